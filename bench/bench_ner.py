"""NER inference speed: characters per second over the dev judgments.

Run from the repository root::

    python bench/bench_ner.py --threads 2

Each judgment is given whole to ``NerModel.predict_many``; long texts are cut
into overlapping windows inside the model and the offsets of every entity are
checked against the text.  The first two documents warm the model up and are
not timed.  The network runs in bfloat16 where the CPU computes it natively
(``NerModel.bf16``), else in float32; ``--fp32`` forces float32.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.ner import load_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder")
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=None,
                    help="windows a pass (default: the model's, 64 in bfloat16 and 16 in float32)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (0: all)")
    ap.add_argument("--fp32", action="store_true", help="float32 even where the CPU computes bfloat16 natively")
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    paths = sorted((args.data / "judgments" / "dev").glob("*.txt"))
    if not paths:
        print(f"no judgments under {args.data / 'judgments' / 'dev'}", file=sys.stderr)
        return 2
    if args.limit:
        paths = paths[: args.limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    model = load_model(args.model)
    if args.fp32:
        model.bf16 = False
    model.predict_many(texts[:2], batch_size=args.batch_size)
    t0 = time.perf_counter()
    preds = model.predict_many(texts, batch_size=args.batch_size)
    dt = time.perf_counter() - t0
    chars = sum(map(len, texts))
    bad = sum(1 for t, ents in zip(texts, preds) for e in ents if t[e.start : e.end] != e.text)
    n_ent = sum(map(len, preds))
    print(f"{len(texts)} documents, {chars:,} chars, {n_ent:,} entities in {dt:.2f} s on {args.threads} threads, "
          f"{model.precision}")
    print(f"{chars / dt:,.0f} chars/s  (offset mismatches: {bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
