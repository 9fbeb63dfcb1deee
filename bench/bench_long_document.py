"""Extraction time against document length: one long judgment must not stall a batch.

    python bench/bench_long_document.py            # 0.5, 1, 2 and 5 MB
    python bench/bench_long_document.py 1 10        # sizes in MB

The bundled fictional example ``examples/theft_single.txt`` with its numbered fact paragraphs repeated until the
text reaches each size (UTF-8 bytes); prints the size, the extraction time (``fayan.extract``, the text already in
memory, dictionaries loaded first) and the time per MB. Time in proportion to the length is the aim: a 5 MB file
took 308 s before the amounts' restatement check and two other loops stopped rescanning the whole text per amount
(2026-11-30); after it, on the same 2-core Xeon, 7.61 s, 7.11 s and 6.99 s in three runs (0.5 / 1 / 2 MB: 0.44 /
0.87 / 1.85 s in the last).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fayan  # noqa: E402


def long_text(mb: float) -> str:
    text = (ROOT / "examples" / "theft_single.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    facts = [line for line in lines if line.startswith(("1、", "2、", "3、"))]
    if not facts:
        raise SystemExit("examples/theft_single.txt: no numbered fact paragraphs (1、 2、 3、) to repeat")
    at = lines.index(facts[-1]) + 1
    unit = len(("\n".join(facts) + "\n").encode("utf-8"))
    n = max(1, int((mb * 1e6 - len(text.encode("utf-8"))) / unit))
    return "\n".join(lines[:at] + facts * n + lines[at:])


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [0.5, 1, 2, 5]
    fayan.extract((ROOT / "examples" / "theft_single.txt").read_text(encoding="utf-8"), doc_id="warm-up")
    print(f"{'MB':>6} {'seconds':>8} {'s/MB':>6}  status")
    for mb in sizes:
        text = long_text(mb)
        size = len(text.encode("utf-8")) / 1e6
        t0 = time.perf_counter()
        j = fayan.extract(text, doc_id=f"long-{mb}")
        took = time.perf_counter() - t0
        print(f"{size:6.2f} {took:8.2f} {took / size:6.2f}  {j.status}", flush=True)


if __name__ == "__main__":
    main()
