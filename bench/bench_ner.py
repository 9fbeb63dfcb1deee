"""NER inference speed: characters per second over the dev judgments.

Run from the repository root::

    python bench/bench_ner.py --threads 2              # one process, 2 threads
    python bench/bench_ner.py --threads 2 --procs 2    # 2 worker processes of 1 thread each

Each judgment is given whole to ``NerModel.predict_many``; long texts are cut
into overlapping windows inside the model and the offsets of every entity are
checked against the text.  The network runs in bfloat16 where the CPU computes
it natively (``NerModel.bf16``), else in float32; ``--fp32`` forces float32.

With ``--procs 1`` the first two documents warm the model up and are not timed.
With ``--procs N`` the judgments go, in tasks of a few documents, to N worker
processes of :class:`fayan.pipelines.engines.LocalEngine` (as ``fayan extract
--ner --workers N`` runs them), each with its share of ``--threads``; every
worker loads the model and reads two documents before the clock starts, and the
time is the wall time of all tasks.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.ner import Entity, load_model  # noqa: E402
from fayan.pipelines.batch import task_size  # noqa: E402
from fayan.pipelines.engines import THREAD_VARIABLES, LocalEngine, worker_threads  # noqa: E402


def _model(model_dir: Path | None, fp32: bool) -> Any:
    model = load_model(model_dir)  # cached per process
    if fp32:
        model.bf16 = False
    return model


def _predict(texts: list[str], model_dir: Path | None, fp32: bool, batch_size: int | None) -> list[list[Entity]]:
    return _model(model_dir, fp32).predict_many(texts, batch_size=batch_size)


def _warm(item: tuple[Any, list[str]], model_dir: Path | None, fp32: bool, batch_size: int | None) -> str:
    """Load the model and read ``texts``, then wait until every worker has (so each worker warms once)."""
    barrier, texts = item
    model = _model(model_dir, fp32)
    model.predict_many(texts, batch_size=batch_size)
    barrier.wait(timeout=600)
    return model.precision


def _on_crash(item: Any, exc: BaseException) -> Any:
    raise SystemExit(f"a worker process died: {exc}")


def run_in_workers(texts: list[str], args: argparse.Namespace) -> tuple[list[list[Entity]], float, str]:
    """Entities of ``texts`` from ``args.procs`` worker processes, and the wall time of the timed part."""
    share = str(worker_threads(args.procs, cpus=args.threads))
    for name in THREAD_VARIABLES:  # the workers' share of --threads (LocalEngine keeps what the environment sets)
        os.environ[name] = share
    per_task = task_size(len(texts), args.procs)  # as fayan.pipelines.batch deals files to tasks
    tasks = [texts[i : i + per_task] for i in range(0, len(texts), per_task)]
    opts = dict(model_dir=args.model, fp32=args.fp32, batch_size=args.batch_size)
    with multiprocessing.Manager() as manager, LocalEngine(args.procs) as engine:
        barrier = manager.Barrier(args.procs)
        warm = [(barrier, texts[:2])] * args.procs
        precision = set(engine.map_ordered(functools.partial(_warm, **opts), warm, _on_crash))
        t0 = time.perf_counter()
        preds = [p for part in engine.map_ordered(functools.partial(_predict, **opts), tasks, _on_crash) for p in part]
        dt = time.perf_counter() - t0
    return preds, dt, "/".join(sorted(precision))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder")
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--threads", type=int, default=2, help="threads in all (each of --procs processes gets its share)")
    ap.add_argument("--procs", type=int, default=1, help="worker processes (1: in this process)")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="windows a pass (default: the model's, 64 in bfloat16 and 16 in float32)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (0: all)")
    ap.add_argument("--fp32", action="store_true", help="float32 even where the CPU computes bfloat16 natively")
    args = ap.parse_args(argv)
    if args.procs < 1 or args.threads < 1:
        ap.error("--procs and --threads must be at least 1")

    paths = sorted((args.data / "judgments" / "dev").glob("*.txt"))
    if not paths:
        print(f"no judgments under {args.data / 'judgments' / 'dev'}", file=sys.stderr)
        return 2
    if args.limit:
        paths = paths[: args.limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if args.procs == 1:
        import torch

        torch.set_num_threads(args.threads)
        model = _model(args.model, args.fp32)
        model.predict_many(texts[:2], batch_size=args.batch_size)
        t0 = time.perf_counter()
        preds = model.predict_many(texts, batch_size=args.batch_size)
        dt = time.perf_counter() - t0
        precision = model.precision
    else:
        preds, dt, precision = run_in_workers(texts, args)
    chars = sum(map(len, texts))
    bad = sum(1 for t, ents in zip(texts, preds) for e in ents if t[e.start : e.end] != e.text)
    n_ent = sum(map(len, preds))
    how = f"{args.threads} threads" if args.procs == 1 else (
        f"{args.procs} processes x {worker_threads(args.procs, cpus=args.threads)} threads")
    print(f"{len(texts)} documents, {chars:,} chars, {n_ent:,} entities in {dt:.2f} s on {how}, {precision}")
    print(f"{chars / dt:,.0f} chars/s  (offset mismatches: {bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
