"""Mutation recall: plant each kind of error into copies of real judgments and count how often its rule fires.

Usage::

    python bench/eval_mutations.py [DIR] [--kinds appeal_period,appeal_court_level] [--misses N]

For every ``.txt`` judgment in DIR (default ../shared/data/judgments/dev beside the project) and every mutation
kind of ``fayan.pipelines.mutations`` that applies to it, the planted copy is extracted and checked; a kind is
caught when its rule gives a finding (error or warning) that the unmodified document did not have (a
message not among the original's: a document whose rule already fired is caught when the finding changes).
Prints ``kind  caught/planted = recall`` per kind and, with ``--misses``, what the missed copies changed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.pipelines.assemble import extract  # noqa: E402
from fayan.pipelines.checks import run_checks  # noqa: E402
from fayan.pipelines.mutations import MUTATIONS, plant  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "judgments" / "dev"


def _fired(text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.message) for f in run_checks([extract(text)]) if f.severity in ("error", "warning")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed copies per kind")
    args = ap.parse_args()
    kinds = [k for k in args.kinds.split(",") if k] or list(MUTATIONS)
    unknown = sorted(set(kinds) - set(MUTATIONS))
    if unknown:
        ap.error(f"unknown kinds: {', '.join(unknown)}")
    files = sorted(args.dir.glob("*.txt"))
    if not files:
        ap.error(f"{args.dir}: no .txt files")
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    missed: dict[str, list[str]] = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        before = _fired(text)
        for m in plant(text, kinds):
            planted[m.kind] += 1
            if any(rule == m.expected_rule for rule, _ in _fired(m.text) - before):
                caught[m.kind] += 1
            else:
                missed.setdefault(m.kind, []).append(f"{path.name}: {m.description}")
    print(f"{len(files)} documents in {args.dir}")
    for kind in kinds:
        n = planted[kind]
        print(f"{kind:<26}{caught[kind]}/{n} = {caught[kind] / n:.3f}" if n else f"{kind:<26}0/0 (no document admits it)")
        for line in missed.get(kind, [])[: args.misses]:
            print(f"    missed {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
