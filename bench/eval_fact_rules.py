"""The fact rules without a model, against the labels of the two NER files: drug weights
(``fayan.nlp.facts.find_drugs``) and dates (``fayan.nlp.numbers.find_date_mentions``, which offence dates come
from) against the CAIL2022 drug file's ``NW`` and ``NT``, and victims (``find_victims``) against the LawBench theft
file's 受害人.

Usage::

    python bench/eval_fact_rules.py [--data ../shared/data] [--show]

The drug file labels drug weights (``NW``) in sentences of drug judgments. No model is involved: a weight counts
as found when ``find_drugs`` returns a weighed drug whose span overlaps the labelled one (the labels
sometimes take in 约/重, the rules the number and unit). Scores are printed for the NER training split
(where the rules were looked at while they were written) and the held-out split (the same 8 documents
as ``fayan eval-ner --split heldout``), separately. The file's labels leave out many weights (gross weights,
restated ones), so precision is a lower bound; ``--show`` prints the held-out misses and extras.

Dates: an ``NT`` label counts as found when a date mention overlaps it. ``NT`` also marks times of day with no
date (14时40分许, 当晚), which the date reader leaves alone, so recall is a lower bound.

Victims are compared as the set of name strings of each sentence, on the theft file's two halves (the
held-out half is the one ``fayan eval-ner`` holds out). ``find_victims`` reads names written after 被害人
(and those listed after it), so a victim the sentence names without that word (窃得张某的手机) is a miss by design:
the NER model is there for those.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.facts import find_drugs, find_victims  # noqa: E402
from fayan.nlp.ner.data import GoldRecord, read_gold, split_records  # noqa: E402
from fayan.nlp.ner.evaluate import LabelScore  # noqa: E402
from fayan.nlp.numbers import find_date_mentions  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data"

Item = tuple[int, int] | str  # a span (matched by overlap) or a string (matched exactly)


def _weights(text: str) -> set[Item]:
    return {(d.start, d.end) for d in find_drugs(text) if d.grams is not None}


def _dates(text: str) -> set[Item]:
    return {(m.span.start, m.span.end) for m in find_date_mentions(text)}


def _victims(text: str) -> set[Item]:
    return set(find_victims(text))


# what, file format, gold label, whether gold holds strings (else spans), the rule reader
READERS: tuple[tuple[str, str, str, bool, Callable[[str], set[Item]]], ...] = (
    ("drug weights", "cail2022_drug", "NW", False, _weights),
    ("dates", "cail2022_drug", "NT", False, _dates),
    ("victims", "lawbench_theft", "受害人", True, _victims),
)


def _matched(a: Item, others: set[Item]) -> bool:
    if isinstance(a, str):
        return a in others
    return any(not isinstance(b, str) and a[0] < b[1] and b[0] < a[1] for b in others)


def _show(r: GoldRecord, what: str, items: set[Item]) -> None:
    t = r.text
    for it in sorted(items, key=str):
        if isinstance(it, str):
            print(f"  {what:<5} {it} | {t[:80]}")
        else:
            a, b = it
            print(f"  {what:<5} " + t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])


def score(path: Path, what: str, fmt: str, label: str, strings: bool, read: Callable[[str], set[Item]],
          show: bool) -> None:
    """Print one reader's table: training and held-out split of ``path``."""
    _, records = read_gold(path, fmt)
    print(f"{what} ({path.name}, {label})")
    print(f"{'split':<8} {'sentences':>9} {'labelled':>8} {'found':>6} {'extra':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("train", "heldout"):
        tp = fp = fn = 0
        recs = split_records(fmt, records, split)
        for r in recs:
            gold: set[Item] = {e.text if strings else (e.start, e.end) for e in r.entities if e.label == label}
            pred = read(r.text)
            missed = {g for g in gold if not _matched(g, pred)}
            extra = {p for p in pred if not _matched(p, gold)}
            tp, fn, fp = tp + len(gold) - len(missed), fn + len(missed), fp + len(extra)
            if show and split == "heldout":
                _show(r, "miss", missed)
                _show(r, "extra", extra)
        s = LabelScore(label, tp, fp, fn)
        print(f"{split:<8} {len(recs):>9} {tp + fn:>8} {tp:>6} {fp:>6} {s.precision:>6.4f} {s.recall:>6.4f} {s.f1:>6.4f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="the shared data folder")
    ap.add_argument("--show", action="store_true", help="print the held-out misses and extras")
    args = ap.parse_args()
    drug, theft = args.data / "ner" / "cail2022_drug_train.jsonl", args.data / "ner" / "lawbench_2-6_dev.json"
    missing = [str(p) for p in (drug, theft) if not p.is_file()]
    if missing:
        print(f"{', '.join(missing)}: no such file (the shared data sits beside the project)", file=sys.stderr)
        return 2
    for i, (what, fmt, label, strings, read) in enumerate(READERS):
        if i:
            print()
        score(drug if fmt == "cail2022_drug" else theft, what, fmt, label, strings, read, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
