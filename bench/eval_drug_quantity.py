"""The drug quantity read from the facts (``Judgment.drug_grams``) against the quantity the court's reasoning
(本院认为) states, on the real judgments of ``../shared/data``: a proxy gold, since no file labels quantities.

Usage::

    python bench/eval_drug_quantity.py [--data ../shared/data] [--show]

For each document of ``judgments/dev`` and ``extra/spc_criminal`` whose facts give a quantity, the reasoning
section is read with the same weight reader (``fayan.nlp.facts.find_drugs``, weights of the record's drug). The
facts' quantity *agrees* when it equals (within 0.5 %) one of those weights or their total: reasonings often
state the quantity of one charge or one defendant, so any of them counts. Documents whose reasoning names no
weight of the drug are counted apart. ``--show`` lists the disagreements.

This is a proxy: the reasoning can round (63克 for 63.76克), give another charge's quantity, or itself be
wrong, and the documents were looked at while the rules were written. It measures whether the facts are summed
the way the court sums them (a deal and its seizure once, a stated total instead of its parts).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.facts import drug_total, find_drugs  # noqa: E402
from fayan.pipelines.assemble import extract_document  # noqa: E402
from fayan.pipelines.readers import ReadFailure, read_file  # noqa: E402
from fayan.pipelines.sections import split_sections  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data"
FOLDERS = ("judgments/dev", "extra/spc_criminal")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="list the documents that disagree")
    args = ap.parse_args()
    for folder in FOLDERS:
        files = sorted(p for p in (args.data / folder).iterdir() if p.is_file())
        agree, differ, unstated, shown, unread = 0, 0, 0, [], []
        for path in files:
            for doc in read_file(path):
                if isinstance(doc, ReadFailure):
                    unread.append(f"  {path.name}: {doc.reason}")  # an empty export (spc_criminal/4.txt) has no quantity
                    continue
                j = extract_document(doc)
                if j.drug_grams is None:
                    continue
                reasoning = split_sections(doc.text).get("reasoning")
                stated = [d for d in find_drugs(doc.text[reasoning.start : reasoning.end]) if d.grams and d.drug == j.drug] if reasoning else []
                if not stated:
                    unstated += 1
                    continue
                values = {d.grams for d in stated} | {drug_total(stated)[1]}  # type: ignore[index]
                if any(abs(v - j.drug_grams) <= 0.005 * v for v in values if v):
                    agree += 1
                else:
                    differ += 1
                    shown.append(f"  {path.name[:12]:<13} {j.drug} facts {j.drug_grams:g} g, reasoning {sorted(values)}")
        n = agree + differ
        print(f"{folder}: {agree}/{n} agree ({agree / n if n else 0:.3f}); {unstated} more documents with a quantity "
              f"whose reasoning states none; {len(unread)} not read")
        if args.show and unread:
            print("\n".join(unread))
        if args.show:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
