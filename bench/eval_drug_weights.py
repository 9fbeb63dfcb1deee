"""How many drug weights the rules find (fayan.nlp.facts.find_drugs), against the CAIL2022 drug file's NW labels.

Usage::

    python bench/eval_drug_weights.py [path/to/cail2022_drug_train.jsonl] [--show]

The file labels drug weights (``NW``) in sentences of drug judgments. No model is involved: a weight counts
as found when ``find_drugs`` returns a weighed drug whose span overlaps the labelled one (the labels
sometimes take in 约/重, the rules the number and unit). Scores are printed for the NER training split
(where the rules were looked at while they were written) and the held-out split (the same 8 documents
as ``fayan eval-ner --split heldout``), separately. The file's labels leave out many weights (gross weights,
restated ones), so precision is a lower bound; ``--show`` prints the held-out misses and extras.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.facts import find_drugs  # noqa: E402
from fayan.nlp.ner.data import read_gold, split_records  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "ner" / "cail2022_drug_train.jsonl"


def _overlaps(a: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="print the held-out misses and extras")
    args = ap.parse_args()
    if not args.path.is_file():
        print(f"{args.path}: no such file (the shared data sits beside the project)", file=sys.stderr)
        return 2
    _, records = read_gold(args.path, "cail2022_drug")
    print(f"{'split':<8} {'sentences':>9} {'labelled':>8} {'found':>6} {'extra':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("train", "heldout"):
        tp = fp = fn = n = 0
        for r in split_records("cail2022_drug", records, split):
            n += 1
            gold = {(e.start, e.end) for e in r.entities if e.label == "NW"}
            pred = {(d.start, d.end) for d in find_drugs(r.text) if d.grams is not None}
            hit = {g for g in gold if _overlaps(g, pred)}
            extra = {p for p in pred if not _overlaps(p, gold)}
            tp, fn, fp = tp + len(hit), fn + len(gold - hit), fp + len(extra)
            if args.show and split == "heldout":
                t = r.text
                for a, b in sorted(gold - hit):
                    print("  miss ", t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])
                for a, b in sorted(extra):
                    print("  extra", t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])
        p = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        print(f"{split:<8} {n:>9} {tp + fn:>8} {tp:>6} {fp:>6} {p:>6.3f} {rec:>6.3f} {f1:>6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
