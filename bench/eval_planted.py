"""Recall of the checks on planted-error copies made by someone else (not by ``fayan.pipelines.mutations``).

Usage::

    python bench/eval_planted.py DIR [DIR ...] [--originals FOLDER] [--misses]

Each DIR holds ``manifest.jsonl`` and ``copies/``: one JSON object per copy with ``file`` (in ``copies/``),
``source`` (the original's file name in ``--originals``, by default ../shared/data/judgments/dev beside the
project), ``code`` (the check expected to fire), ``defendant`` and ``description``. A copy is caught when a finding
(error or warning) of its code appears that the original did not have. Prints ``code caught/planted`` per code
and in all, and with ``--misses`` each copy missed, with the other codes that fired new instead.

The planted sets of 2026-11-30 (helpers 120-122 and 124, blind to the code) hold real documents and live outside
the project; see the issue notes for their numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.pipelines.assemble import extract  # noqa: E402
from fayan.pipelines.checks import run_checks  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "judgments" / "dev"


def _fired(text: str) -> set[tuple[str, str | None, str]]:
    return {(f.rule, f.defendant, f.message) for f in run_checks([extract(text)]) if f.severity in ("error", "warning")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--originals", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list the copies missed")
    args = ap.parse_args()
    before: dict[str, set[tuple[str, str | None, str]]] = {}
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    missed = []
    for d in args.dirs:
        manifest = d / "manifest.jsonl"
        if not manifest.is_file():
            ap.error(f"{manifest}: no such file")
        for n, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            m = json.loads(line)
            src = m["source"]
            if src not in before:
                before[src] = _fired((args.originals / src).read_text(encoding="utf-8"))
            new = _fired((d / "copies" / m["file"]).read_text(encoding="utf-8")) - before[src]
            planted[m["code"]] += 1
            if any(rule == m["code"] for rule, _who, _msg in new):
                caught[m["code"]] += 1
            else:
                others = sorted({rule for rule, _who, _msg in new})
                missed.append(f"{d.name}/{m['file']} ({m['code']}): {m.get('description', '')[:100]}"
                              + (f" [new instead: {', '.join(others)}]" if others else ""))  # fmt: skip
    for code in sorted(planted, key=lambda c: (c[0], int(c[1:]) if c[1:].isdigit() else 0)):
        print(f"{code:4s} {caught[code]}/{planted[code]}")
    print(f"all  {sum(caught.values())}/{sum(planted.values())} = {sum(caught.values()) / max(1, sum(planted.values())):.3f}")
    if args.misses:
        print("\n".join(missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
