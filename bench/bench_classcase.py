"""Benchmark the class-case comparison (rule C1) on a generated corpus.

Usage::

    python bench/bench_classcase.py            # 50,000 rows, 3 repeats
    python bench/bench_classcase.py --rows 200000 --repeats 1

Prints rows per second for ``sentence_rows`` (Judgments → table) and
``compare_cases`` (table → findings), and the recall of the planted
outliers and the false-flag rate on clean rows.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

from fayan.judgment import Defendant, Judgment, Sentence
from fayan.pipelines.classcase import circumstance_flags, compare_cases, sentence_rows, synthetic_rows


def _judgments(rows: pd.DataFrame) -> list[Judgment]:
    """One single-defendant Judgment per generated row (to time sentence_rows)."""
    flags = [f for f in circumstance_flags() if f in rows.columns]
    out = []
    for r in rows.to_dict(orient="records"):
        kinds = tuple(f for f in flags if r[f])
        verdict = Sentence(
            principal=r["principal"],
            term_months=int(r["term_months"]),
            probation_months=12 if r["probation"] else None,
        )
        d = Defendant(name=r["defendant"], charges=(r["charge"],), verdict=verdict, circumstances=kinds)
        amount = r["amount_yuan"]
        out.append(
            Judgment(
                id=r["doc_id"],
                court=r["court"],
                judgment_date=f"{r['year']}-06-30",
                defendants=(d,),
                total_crime_amount_yuan=None if pd.isna(amount) else float(amount),
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    rows = synthetic_rows(args.rows, seed=args.seed)
    n = len(rows)

    judgments = _judgments(rows)
    t0 = time.perf_counter()
    built = sentence_rows(judgments)
    t_rows = time.perf_counter() - t0
    assert len(built) == n

    best = float("inf")
    result = None
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        result = compare_cases(rows)
        best = min(best, time.perf_counter() - t0)
    assert result is not None

    out = result.rows
    planted = out["planted"].to_numpy(dtype=bool)
    flagged = out["flagged"].to_numpy(dtype=bool)
    tp = int((planted & flagged).sum())
    fp = int((flagged & ~planted).sum())
    groups = result.groups
    print(f"rows: {n:,}  groups: {len(groups)} ({int((groups['status'] == 'ok').sum())} compared)")
    print(f"sentence_rows: {t_rows:.2f} s  ({n / t_rows:,.0f} rows/s)")
    print(f"compare_cases: {best:.2f} s  ({n / best:,.0f} rows/s, best of {args.repeats})")
    print(f"findings: {len(result.findings)}")
    print(
        f"planted outliers: {int(planted.sum())}  found: {tp}  recall: {tp / max(1, int(planted.sum())):.3f}"
    )
    print(
        f"false flags on clean rows: {fp} of {int((~planted).sum()):,} ({fp / max(1, int((~planted).sum())):.4%})"
    )


if __name__ == "__main__":
    main()
