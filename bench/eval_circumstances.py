"""Sentencing circumstances against hand labels: per kind, how many fayan finds, misses and adds.

Usage::

    python bench/eval_circumstances.py LABELS.jsonl PRED.jsonl [--misses]

``PRED.jsonl`` is what ``fayan extract DIR -o OUT`` writes (``OUT/judgments.jsonl``). ``LABELS.jsonl`` holds one
object per document, labelled by reading the court's reasoning (本院认为 … 判决如下) of that document:

    {"id": "<document id>", "defendants": [{"name": "<as the result section names them>",
     "found": ["坦白", "从轻处罚"], "rejected": ["自首"]}]}

``found`` lists the kinds of ``fayan.nlp.circumstances.KINDS`` the reasoning affirms for that defendant,
``rejected`` those it says do not apply (不构成自首). A found kind is compared with the defendant's
``circumstances`` in the record, a rejected one with the record's negated circumstances of that defendant.
Prints, per kind (``+`` found, ``-`` rejected), the labels fayan agrees with, those only fayan gives and those
only the labels give, with precision and recall; ``--misses`` lists every disagreement.

Labels differ from fayan's definitions in places by design: 前科 is a record that is not 累犯, so the
prior conviction a 累犯 sentence tells (曾因犯罪被判处…，刑满释放后五年内又犯罪，系累犯) is no 前科 of fayan's, and
可以从轻或者减轻处罚, the statute's allowance, is no 从轻处罚 (see ``lexicons/circumstances.tsv``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.errors import InputError  # noqa: E402
from fayan.pipelines.evaluate import load_jsonl  # noqa: E402


def compare(labels: list[dict], records: dict[str, dict]) -> tuple[Counter, Counter, Counter, list[str]]:
    """(agreed, fayan only, labels only) per signed kind, and one line per disagreement."""
    agreed: Counter = Counter()
    fayan_only: Counter = Counter()
    labels_only: Counter = Counter()
    lines: list[str] = []
    for doc in labels:
        record = records.get(doc["id"])
        if record is None:
            lines.append(f"{doc['id']}\t-\tno record")
            continue
        people = {d["name"]: d for d in record["defendants"]}
        for person in doc["defendants"]:
            name = person["name"]
            if name not in people:
                lines.append(f"{doc['id']}\t{name}\tnot a defendant of the record ({'、'.join(people)})")
                continue
            given = {
                "+": set(people[name]["circumstances"]),
                "-": {c["kind"] for c in record["circumstances"] if c["defendant"] == name and c["negated"]},
            }
            told = {"+": set(person.get("found") or ()), "-": set(person.get("rejected") or ())}
            for sign in "+-":
                for kind in given[sign] & told[sign]:
                    agreed[sign + kind] += 1
                for kind in sorted(given[sign] - told[sign]):
                    fayan_only[sign + kind] += 1
                    lines.append(f"{doc['id']}\t{name}\t{sign}{kind}\tfayan only")
                for kind in sorted(told[sign] - given[sign]):
                    labels_only[sign + kind] += 1
                    lines.append(f"{doc['id']}\t{name}\t{sign}{kind}\tlabels only")
    return agreed, fayan_only, labels_only, lines


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--misses", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    try:  # (a bad line names the file and line)
        records = {r["id"]: r for r in load_jsonl(args.pred)}
        labels = load_jsonl(args.labels)
    except InputError as exc:
        raise SystemExit(str(exc)) from exc
    agreed, fayan_only, labels_only, lines = compare(labels, records)
    kinds = sorted(set(agreed) | set(fayan_only) | set(labels_only), key=lambda k: (-agreed[k] - labels_only[k], k))
    print(f"{'kind':10} {'agreed':>6} {'fayan':>6} {'labels':>6}  precision recall")
    for k in kinds:
        a, f, m = agreed[k], fayan_only[k], labels_only[k]
        print(f"{k:10} {a:6} {f:6} {m:6}  {_ratio(a, a + f):>9} {_ratio(a, a + m):>6}")
    a, f, m = sum(agreed.values()), sum(fayan_only.values()), sum(labels_only.values())
    print(f"{'all':10} {a:6} {f:6} {m:6}  {_ratio(a, a + f):>9} {_ratio(a, a + m):>6}")
    if args.misses:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
