"""Measure fayan.nlp.amounts.total_crime_amount on the LawBench 3-7 dev set.

Usage::

    python bench/eval_amounts.py [path/to/lawbench_3-7_dev.json] [--misses N] [--normalize]

Prints the exact-match accuracy (|pred - gold| < 0.01) and, for each miss, the
id, gold, prediction and the amounts found with their roles.  The default path
is ../shared/data/amounts/lawbench_3-7_dev.json beside the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.amounts import extract_amounts, total_crime_amount  # noqa: E402
from fayan.nlp.text import normalize  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "amounts" / "lawbench_3-7_dev.json"


def evaluate(path: Path, use_normalize: bool = False) -> tuple[float, list[tuple[dict, Decimal | None, str]]]:
    """(accuracy, misses) over the file; each miss is (item, prediction, normalised text)."""
    items = json.loads(path.read_text(encoding="utf-8"))
    hits = 0
    misses = []
    for item in items:
        text = normalize(item["text"])[0] if use_normalize else item["text"]
        gold = Decimal(str(item["gold"]["total_crime_amount_yuan"]))
        pred = total_crime_amount(text)
        if pred is not None and abs(pred - gold) < Decimal("0.01"):
            hits += 1
        else:
            misses.append((item, pred, text))
    return hits / len(items), misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", type=int, default=1000, help="how many misses to print (default all)")
    ap.add_argument("--normalize", action="store_true", help="run fayan.nlp.text.normalize first")
    args = ap.parse_args()
    acc, misses = evaluate(args.path, args.normalize)
    total = round(len(misses) / (1 - acc)) if acc < 1 else None
    for item, pred, text in misses[: args.misses]:
        print(f"=== {item['id']} gold={item['gold']['total_crime_amount_yuan']} pred={pred}")
        for a in extract_amounts(text):
            flags = ("T" if a.is_total else "-") + ("R" if a.is_restatement else "-")
            print(
                f"    {a.start:5d} {a.text:>12} {a.role:12} {flags} {a.part:11}"
                f" cue={a.cue} count={a.count_index}"
            )
    print(f"accuracy {acc:.4f} ({len(misses)} misses of {total if total else 'all'})")


if __name__ == "__main__":
    main()
