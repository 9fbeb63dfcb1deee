"""NER training speed: one step of tagging and of masked-LM pre-training, and the two pieces fayan replaced.

Run from the repository root (nothing else should use the cores)::

    python bench/bench_train_step.py --threads 2

Builds the shipped network (``fayan/models/ner``) in training mode and times, on random input of the shapes
``train-ner`` uses (bfloat16 autocast where the CPU computes bfloat16 natively, as ``train-ner`` decides by default;
``--fp32`` / ``--bf16`` choose):

* a tagging step: forward, CRF loss, backward (16 windows of 128 and of 256 characters; FGM doubles it);
* a masked-LM step: forward and backward of the encoder (64 windows of 128 characters);
* dropout of attention weights ``[16, 4, 256, 256]``: torch's ``dropout`` against :func:`fayan.nlp.ner.model.dropout`;
* the CRF loss of 16 x 256 characters, forward and backward: the forward algorithm in log space differentiated
  by autograd (what fayan used before) against :func:`fayan.nlp.ner.model._log_partition`.

Each row is the median of ``--repeat`` timed runs after two untimed ones.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    for _ in range(2):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=7)
    prec = ap.add_mutually_exclusive_group()
    prec.add_argument("--fp32", action="store_true", help="the steps in float32")
    prec.add_argument("--bf16", action="store_true", help="the steps in bfloat16 even where the CPU emulates it")
    args = ap.parse_args(argv)

    import torch

    from fayan.nlp.ner import load_model
    from fayan.nlp.ner.model import _log_partition, _native_bf16, dropout
    from fayan.nlp.ner.train import TrainConfig, training_bf16

    torch.set_num_threads(args.threads)
    native = _native_bf16()
    bf16 = training_bf16(TrainConfig(bf16=True if args.bf16 else False if args.fp32 else None))  # as train-ner decides
    model = load_model()
    net, layout, spec = model.net, model._layout, model.spec
    net.train()
    g = torch.Generator().manual_seed(0)
    rows: list[tuple[str, float]] = []

    def batch(b: int, t: int) -> tuple[torch.Tensor, ...]:
        ids = torch.randint(3, len(model.vocab), (b, t), generator=g)
        words = torch.randint(0, 36, (b, t), generator=g) if model.uses_words else None
        return ids, torch.zeros_like(ids), torch.ones_like(ids), words

    for t in (128, 256):
        ids, types, mask, words = batch(16, t)
        allowed = torch.ones(16, t, spec.n_tags, dtype=torch.bool)
        lengths = mask.sum(1)

        def tagging_step() -> None:
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                logits = net(ids, types, mask, words)
            (layout.crf_nll(logits.float(), allowed, lengths, net) / lengths.sum()).backward()

        rows.append((f"tagging step, 16 x {t} characters", _median_ms(tagging_step, args.repeat)))

    ids, types, mask, words = batch(64, 128)

    def mlm_step() -> None:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            hidden = net.encode(ids, types, mask, words)
        hidden.float().square().mean().backward()

    rows.append(("masked-LM step (encoder), 64 x 128", _median_ms(mlm_step, args.repeat)))

    weights = torch.rand(16, 4, 256, 256, generator=g).to(torch.bfloat16)
    for name, fn in (("torch.nn.functional.dropout", torch.nn.functional.dropout), ("fayan dropout", dropout)):
        def drop(fn: Callable[..., torch.Tensor] = fn) -> None:
            x = weights.clone().requires_grad_()
            fn(x, 0.2, True).sum().backward()

        rows.append((f"{name}, p 0.2, [16, 4, 256, 256] bf16, fwd+bwd", _median_ms(drop, args.repeat)))

    logits = torch.randn(16, 256, spec.n_tags, generator=g)
    em = layout.emissions(logits)
    scores = torch.cat([em, em], 0)
    lens = torch.full((32,), 256)
    trans, start = layout.scores(net)

    def autograd_log_z(s: torch.Tensor, tr: torch.Tensor, st: torch.Tensor) -> torch.Tensor:
        alpha = s[:, 0] + st
        for i in range(1, s.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(-1) + tr, dim=2) + s[:, i]
            alpha = torch.where((i < lens).view(-1, 1, 1), nxt, alpha)
        return torch.logsumexp(alpha, dim=-1)

    for name, fn in (("CRF forward algorithm by autograd", autograd_log_z),
                     ("CRF forward-backward (_log_partition)", lambda s, tr, st: _log_partition().apply(s, tr, st, lens))):
        def crf(fn: Callable[..., torch.Tensor] = fn) -> None:
            s = scores.detach().clone().requires_grad_()
            tr, st = trans.detach().clone().requires_grad_(), start.detach().clone().requires_grad_()
            fn(s, tr, st).sum().backward()

        rows.append((f"{name}, 2 x 16 x 256, fwd+bwd", _median_ms(crf, args.repeat)))

    how = "natively" if native else "by emulation"
    print(f"torch {torch.__version__}, {args.threads} threads, median of {args.repeat}; steps in "
          f"{'bfloat16' if bf16 else 'float32'} (this CPU computes bfloat16 {how})")
    for name, ms in rows:
        print(f"{ms:9.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
