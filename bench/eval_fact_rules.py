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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.facts import find_drugs, find_victims  # noqa: E402
from fayan.nlp.ner.data import read_gold, split_records  # noqa: E402
from fayan.nlp.numbers import find_date_mentions  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data"


def _overlaps(a: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def drug_weights(path: Path, show: bool) -> None:
    _, records = read_gold(path, "cail2022_drug")
    print(f"drug weights ({path.name}, NW)")
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
            if show and split == "heldout":
                t = r.text
                for a, b in sorted(gold - hit):
                    print("  miss ", t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])
                for a, b in sorted(extra):
                    print("  extra", t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])
        p, rec, f1 = _prf(tp, fp, fn)
        print(f"{split:<8} {n:>9} {tp + fn:>8} {tp:>6} {fp:>6} {p:>6.3f} {rec:>6.3f} {f1:>6.3f}")


def dates(path: Path, show: bool) -> None:
    _, records = read_gold(path, "cail2022_drug")
    print(f"dates ({path.name}, NT)")
    print(f"{'split':<8} {'sentences':>9} {'labelled':>8} {'found':>6} {'extra':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("train", "heldout"):
        tp = fp = fn = n = 0
        for r in split_records("cail2022_drug", records, split):
            n += 1
            gold = {(e.start, e.end) for e in r.entities if e.label == "NT"}
            pred = {(m.span.start, m.span.end) for m in find_date_mentions(r.text)}
            hit = {g for g in gold if _overlaps(g, pred)}
            extra = {p for p in pred if not _overlaps(p, gold)}
            tp, fn, fp = tp + len(hit), fn + len(gold - hit), fp + len(extra)
            if show and split == "heldout":
                t = r.text
                for a, b in sorted(gold - hit):
                    print("  miss ", t[max(0, a - 20) : a] + "[" + t[a:b] + "]" + t[b : b + 20])
        p, rec, f1 = _prf(tp, fp, fn)
        print(f"{split:<8} {n:>9} {tp + fn:>8} {tp:>6} {fp:>6} {p:>6.3f} {rec:>6.3f} {f1:>6.3f}")


def victims(path: Path, show: bool) -> None:
    _, records = read_gold(path, "lawbench_theft")
    print(f"victims ({path.name}, 受害人)")
    print(f"{'split':<8} {'sentences':>9} {'labelled':>8} {'found':>6} {'extra':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("train", "heldout"):
        tp = fp = fn = n = 0
        for r in split_records("lawbench_theft", records, split):
            n += 1
            gold = {e.text for e in r.entities if e.label == "受害人"}
            pred = set(find_victims(r.text))
            tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
            if show and split == "heldout" and gold != pred:
                print(f"  labelled {sorted(gold)} found {sorted(pred)} | {r.text[:80]}")
        p, rec, f1 = _prf(tp, fp, fn)
        print(f"{split:<8} {n:>9} {tp + fn:>8} {tp:>6} {fp:>6} {p:>6.3f} {rec:>6.3f} {f1:>6.3f}")


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
    drug_weights(drug, args.show)
    print()
    dates(drug, args.show)
    print()
    victims(theft, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
