"""Training fayan's NER model from scratch, on the CPU (or a GPU: ``device``), in two stages.

1. **Masked-LM pre-training** of a small character BERT on unlabelled legal text
   (:attr:`TrainConfig.corpus`: dev judgments, Supreme People's Court documents,
   case stories, the fact sections of the amount / term / reading-comprehension
   sets, and the training halves of the two NER files).  Any corpus document that
   contains a held-out NER sentence is dropped, so held-out text is never seen.
2. **Tagging**: the pre-trained encoder plus a linear head is trained on the
   training splits (:func:`~fayan.nlp.ner.data.split_records`) of the CAIL2022
   drug file and the LawBench theft file, plus any ``extra_train_files``.  Each
   layer of tags (see :class:`~fayan.nlp.ner.data.LabelSpec`) gets a softmax;
   a label a file does not annotate is *unknown* there, and the loss is the
   negative log of the probability of all tags allowed at that character (the
   gold tag where the file annotates, any unknown label's tags otherwise).

Everything runs in a fixed number of steps from ``seed``, so a run with the
same data, seed and thread count on the same kind of CPU reproduces the shipped
model (an Intel Xeon with AMX, in bfloat16; another CPU's kernels round
differently and give other weights of the same quality).  ``max_minutes``
is a safety stop: a run that reaches it stops early and says so in the report.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from fayan.errors import InputError, UsageError
from fayan.nlp.ner.data import (
    CharVocab,
    Example,
    LabelSpec,
    holds_any,
    load_label_spec,
    read_gold,
    split_records,
    to_examples,
)
from fayan.nlp.ner.model import NerModel, _native_bf16, bert_config, build_network, require_torch
from fayan.nlp.ner.weak import WEAK_SOURCE, weak_examples
from fayan.nlp.ner.words import N_WORD_FEATURES, word_features

__all__ = ["TrainConfig", "TrainReport", "train_ner", "training_bf16", "training_device", "build_corpus", "pretrain",
           "finetune", "make_model"]

Log = Callable[[str], None]

# Sentence ends where a training text may be cut into windows.
_CUTS = frozenset("。；;！？!?\n")


@dataclass(frozen=True)
class TrainConfig:
    """Every knob of a training run; the defaults reproduce the shipped model."""

    # network
    hidden: int = 256
    layers: int = 4
    heads: int = 4
    intermediate: int = 1024
    window: int = 256
    stride: int = 192
    dropout: float = 0.1
    conv_embed: int = 3
    conv_head: int = 3
    # jieba word features beside the characters (fayan.nlp.ner.words), in masked-LM pre-training and tagging:
    # drug F1 0.8979 vs 0.8946 on the internal split (mean of two seeds) and 0.8906 vs 0.8828 on the held-out
    # documents (see HISTORY.md)
    word_features: bool = True
    min_char_count: int = 3
    # masked-LM pre-training; 1,000 steps as in every internal-split run (the recipe before FGM had 1,200; 2,000
    # gained nothing): the 200 fewer steps pay for part of FGM's second pass
    pretrain_steps: int = 1000
    pretrain_batch: int = 64
    # 256-character windows, 32 a step, did worse on folds 0 and 3 of the training halves (0.8931 vs 0.8960 drug F1)
    pretrain_len: int = 128
    pretrain_lr: float = 1e-3
    # 0.25 gave drug F1 0.9042 vs 0.9031 pooled over the 4 folds (better on 3), theft 0.8000 vs 0.8018: under the
    # 0.003 bar (see HISTORY.md)
    mask_prob: float = 0.15
    # tagging
    finetune_epochs: int = 12
    # 8 against 16 (twice the optimizer steps): drug F1 0.8987 vs 0.8966 pooled over the 4 folds of the training
    # halves, better on all 4; with minimum-Bayes-risk decoding (labels.json's span_threshold) 0.9028 out of fold.
    # On the held-out documents 0.8947 vs 0.8939 with Viterbi, 0.8997 with that decoding (see MODEL_CARD.md)
    finetune_batch: int = 8
    finetune_lr: float = 5e-4
    # dropout while tagging (pre-training keeps ``dropout``): 0.3 against 0.1 gave drug F1 0.8940 vs 0.8885 on the
    # internal split and 0.8828 vs 0.8797 on the held-out documents, once no copy of a held-out record was trained
    # on; with FGM and masking, 0.2 against 0.3 gave 0.9030 vs 0.8992 on the internal split (one tagging seed) and
    # 0.8946 vs 0.8943 (drug), 0.858 vs 0.846 (theft) on the held-out data; 0.1 against 0.2 gave 0.9069 vs 0.9030 on
    # the internal split (one tagging seed) but 0.8945 vs 0.8946 and 0.849 vs 0.858 held-out (see HISTORY.md)
    finetune_dropout: float = 0.2
    # share of the input characters replaced by [MASK] in each tagging batch (their tags and word features
    # stay): the tagger must read a name's context, not only the name, as it must for names it has never seen.
    # 0.1 against 0 gave drug F1 0.8961 / 0.8980 vs 0.8923 / 0.8887 on the internal split (two tagging seeds)
    # and 0.8907 vs 0.8906 on the held-out documents, theft 0.837 vs 0.818 (see HISTORY.md)
    finetune_mask: float = 0.1
    # adversarial training (FGM): each batch is trained on a second time with the character embeddings
    # moved this far (Frobenius norm) along their gradient; 0 for none. 1.0 gave drug F1 0.8992 / 0.9013
    # vs 0.8961 / 0.8980 and theft 0.795 / 0.781 vs 0.735 / 0.759 on the internal split (two tagging
    # seeds); trained in full (with 1,000 pre-training steps, not 1,200) 0.8943 vs 0.8907 (drug) and 0.846
    # vs 0.837 (theft) on the held-out data. It makes tagging 1.7-2 times slower (see HISTORY.md)
    finetune_adv: float = 1.0
    # weak labels from the rules (fayan.nlp.ner.weak): globs, relative to the data folder, of judgments whose facts
    # section, with the rules' defendants, victims, drugs and drug weights as positive-only spans, is added to the
    # tagging examples in the fayan scheme. Off: on the 154 dev judgments, drug F1 0.9027 vs 0.9031 pooled over the
    # 4 folds of the training halves (better on 3), theft 0.8114 vs 0.8018 (see MODEL_CARD.md)
    finetune_weak_judgments: tuple[str, ...] = ()
    repeat: tuple[tuple[str, int], ...] = (("lawbench_theft", 6),)
    warmup: float = 0.06
    weight_decay: float = 0.01
    # bfloat16 autocast for the training steps. None: where the device computes bfloat16 natively (CPUs with
    # AVX512-BF16 or AMX, CUDA GPUs that support it), float32 elsewhere: on a CPU without it (AVX2 only) torch
    # emulates bfloat16, and a masked-LM step took 53.5 s instead of 1.9 s in float32 (2-core AMD EPYC, 2026-12-01).
    # The shipped weights were trained in bfloat16 (an Intel Xeon with AMX); float32 gives other weights.
    bf16: bool | None = None
    # data, relative to data_dir
    drug_file: str = "ner/cail2022_drug_train.jsonl"
    theft_file: str = "ner/lawbench_2-6_dev.json"
    corpus: tuple[tuple[str, str], ...] = (
        ("judgments/dev/*.txt", ""),
        ("extra/spc_criminal/*.txt", ""),
        ("extra/case_stories/*.txt", ""),
        ("amounts/lawbench_3-7_dev.json", "[].text"),
        ("terms/lawbench_3-4_dev.json", "[].fact"),
        ("amounts/cjrc_criminal_dev.json", "data[].paragraphs[].context"),
    )

    @classmethod
    def tiny(cls, **changes: Any) -> "TrainConfig":
        """A few-second configuration for tests."""
        base = cls(
            hidden=32, layers=1, heads=2, intermediate=64, window=32, stride=24, min_char_count=1,
            pretrain_steps=3, pretrain_batch=4, pretrain_len=16, finetune_epochs=2, finetune_batch=4,
            bf16=False,
        )
        return replace(base, **changes)


@dataclass(frozen=True)
class TrainReport:
    """What a training run did and how long it took."""

    out_dir: str
    seed: int
    threads: int
    wall_seconds: float
    pretrain_seconds: float
    finetune_seconds: float
    pretrain_steps: int
    finetune_steps: int
    stopped_early: bool
    corpus_chars: int
    corpus_docs_dropped: int
    vocab_size: int
    parameters: int
    model_bytes: int
    examples: dict[str, int] = field(default_factory=dict)
    mlm_loss: float = math.nan
    tag_loss: float = math.nan
    device: str = "cpu"
    precision: str = "bfloat16"  # what the training steps ran in: "bfloat16" or "float32"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def render(self, where: str | None = None) -> str:
        """The report as text; ``where`` names the model's place when it is not ``out_dir`` (e.g. copied elsewhere)."""
        lines = [f"NER model written to {where or self.out_dir}"]
        lines.append(
            f"  wall {self.wall_seconds / 60:.1f} min (pre-training {self.pretrain_seconds / 60:.1f}, "
            f"tagging {self.finetune_seconds / 60:.1f}) on {self.threads} threads"
            f"{'' if self.device == 'cpu' else ' and ' + self.device}, {self.precision}, seed {self.seed}"
        )
        lines.append(f"  steps: {self.pretrain_steps} masked-LM, {self.finetune_steps} tagging"
                     + ("  (STOPPED EARLY at max_minutes)" if self.stopped_early else ""))
        lines.append(f"  corpus {self.corpus_chars:,} chars ({self.corpus_docs_dropped} docs dropped: held-out text)")
        lines.append("  examples: " + ", ".join(f"{k} {v}" for k, v in self.examples.items()))
        lines.append(f"  vocab {self.vocab_size}, {self.parameters:,} parameters, {self.model_bytes / 1e6:.1f} MB")
        lines.append(f"  final losses: masked-LM {self.mlm_loss:.3f}, tagging {self.tag_loss:.4f}")
        return "\n".join(lines)


def train_ner(
    out_dir: str | Path,
    *,
    data_dir: str | Path,
    seed: int = 0,
    threads: int = 2,
    max_minutes: float = 120.0,
    extra_train_files: Sequence[str | Path] = (),
    config: TrainConfig | None = None,
    spec_path: str | Path | None = None,
    log: Log | None = None,
    device: str = "cpu",
) -> TrainReport:
    """Train a model on the training splits of ``data_dir``'s NER files and save it to ``out_dir``.

    ``data_dir`` is the shared ``data`` folder (it holds ``ner/`` and the corpus
    files of ``config``); every file named there must exist.  ``extra_train_files``
    are fayan NER JSONL files (see the model card), used whole for training.
    ``threads`` sets torch's thread count for the run (restored afterwards). ``device`` is where the training
    steps run: ``"cpu"`` reproduces the shipped model; ``"cuda"`` (a CUDA build of torch and a GPU) is faster but
    computes differently, so its model differs. ``config.bf16`` None (the default) trains in bfloat16 where the
    device computes it natively, else in float32 (see :func:`training_bf16`); the shipped weights were trained in
    bfloat16 on an Intel Xeon with AMX, so only such a CPU reproduces them (an AMD EPYC with AVX512-BF16 gave other
    weights of the same quality).
    """
    torch = require_torch()
    device = training_device(device)
    cfg = config or TrainConfig()
    say = log or (lambda _msg: None)
    native = _device_bf16(device)
    bf16 = training_bf16(cfg, device)
    if bf16 and not native:
        say(f"precision: bfloat16, which {device} emulates: training runs tens of times slower than in float32")
    elif not bf16 and cfg.bf16 is None:
        say(f"precision: float32 ({device} computes no bfloat16 natively, as AVX512-BF16 or AMX would); the shipped "
            "weights were trained in bfloat16, so these differ (bfloat16 reproduces them, tens of times slower here)")
    cfg = replace(cfg, bf16=bf16)
    t0 = time.monotonic()
    deadline = t0 + max_minutes * 60
    data = Path(data_dir)
    spec = load_label_spec(spec_path)
    old_threads = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        train_ex, heldout_texts, counts = load_training_examples(data, cfg, spec, extra_train_files)
        corpus, dropped = build_corpus(data, cfg, heldout_texts)
        corpus += [ex.text for ex in train_ex]
        corpus_chars = sum(map(len, corpus))
        vocab = CharVocab.build(corpus, cfg.min_char_count)
        say(f"{sum(counts.values())} training sentences, corpus {corpus_chars:,} chars, vocab {len(vocab)}")
        model = make_model(vocab, spec, cfg, seed)
        t1 = time.monotonic()
        mlm = pretrain(model, corpus, cfg, seed, deadline, say, device=device)
        t2 = time.monotonic()
        tag = finetune(model, train_ex, cfg, seed, deadline, say, device=device)
        t3 = time.monotonic()
        out = Path(out_dir)
        model.save(out)
    finally:
        torch.set_num_threads(old_threads)
    return TrainReport(
        out_dir=str(out),
        seed=seed,
        threads=threads,
        wall_seconds=round(time.monotonic() - t0, 1),
        pretrain_seconds=round(t2 - t1, 1),
        finetune_seconds=round(t3 - t2, 1),
        pretrain_steps=mlm["steps"],
        finetune_steps=tag["steps"],
        stopped_early=bool(mlm["stopped"] or tag["stopped"]),
        corpus_chars=corpus_chars,
        corpus_docs_dropped=dropped,
        vocab_size=len(vocab),
        parameters=sum(p.numel() for p in model.net.parameters()),
        model_bytes=(out / "model.safetensors").stat().st_size,
        examples=counts,
        mlm_loss=round(mlm["loss"], 4),
        tag_loss=round(tag["loss"], 5),
        device=device,
        precision="bfloat16" if bf16 else "float32",
    )


def training_bf16(cfg: TrainConfig, device: str = "cpu") -> bool:
    """Whether the training steps run in bfloat16: ``cfg.bf16`` where it is set, else where ``device`` computes
    bfloat16 natively (a CPU with AVX512-BF16 or AMX, as :attr:`NerModel.bf16` decides for prediction; a CUDA GPU
    that supports it). A CPU without it emulates bfloat16 tens of times slower than float32."""
    return _device_bf16(device) if cfg.bf16 is None else cfg.bf16


def _device_bf16(device: str) -> bool:
    """Whether ``device`` computes bfloat16 natively (a CUDA GPU that supports it; a CPU as :func:`_native_bf16`)."""
    torch = require_torch()
    if torch.device(device).type == "cuda":
        return bool(torch.cuda.is_bf16_supported())
    return _native_bf16()


def training_device(name: str) -> str:
    """``name`` as a torch device fayan can train on (``cpu``, ``cuda``, ``cuda:N``), or a :class:`UsageError`."""
    torch = require_torch()
    try:
        dev = torch.device(name)
    except RuntimeError as exc:
        raise UsageError(f"device {name!r}: not a torch device name ({exc})") from exc
    if dev.type not in ("cpu", "cuda"):
        raise UsageError(f"device {name!r}: fayan trains on cpu or cuda")
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise UsageError(
            f"device {name!r}: torch {torch.__version__} sees no CUDA GPU (fayan's install pins torch's CPU build; "
            "a CUDA build of the same version and a GPU are needed to train on one)")
    return str(dev)


def load_training_examples(
    data: Path, cfg: TrainConfig, spec: LabelSpec, extra: Sequence[str | Path] = ()
) -> tuple[list[Example], list[str], dict[str, int]]:
    """Training examples (training splits + extras), the held-out texts, and counts per source."""
    examples: list[Example] = []
    heldout: list[str] = []
    counts: dict[str, int] = {}
    for rel, fmt in ((cfg.drug_file, "cail2022_drug"), (cfg.theft_file, "lawbench_theft")):
        _, records = read_gold(data / rel, fmt)
        train = split_records(fmt, records, "train")
        heldout += [r.text for r in split_records(fmt, records, "heldout")]
        examples += to_examples(fmt, train, spec)
        counts[fmt] = len(train)
    for path in extra:
        fmt, records = read_gold(path)
        if fmt != "fayan_jsonl":
            raise UsageError(f"{path}: extra training files must be fayan NER JSONL, not {fmt}")
        examples += to_examples(fmt, records, spec)
        counts[str(path)] = len(records)
    if cfg.finetune_weak_judgments:
        weak = weak_examples(weak_paths(data, cfg.finetune_weak_judgments), spec, heldout)
        examples += weak
        counts[WEAK_SOURCE] = len(weak)
    return examples, heldout, counts


def _matching(data: Path, pattern: str, what: str) -> list[Path]:
    """The files the glob ``pattern`` (relative to ``data``) names, sorted; none is an error."""
    paths = sorted(data.glob(pattern))
    if not paths:
        raise InputError(f"{what} pattern {pattern!r} matches no file", str(data))
    return paths


def weak_paths(data: Path, patterns: Sequence[str]) -> list[Path]:
    """The judgments ``patterns`` (globs relative to ``data``) name; a pattern matching nothing is an error."""
    return [p for pattern in patterns for p in _matching(data, pattern, "weak-label")]


def build_corpus(data: Path, cfg: TrainConfig, exclude: Sequence[str] = ()) -> tuple[list[str], int]:
    """Unlabelled texts of ``cfg.corpus``; documents containing any ``exclude`` text are dropped.

    A corpus entry is ``(glob, field)``: ``field`` empty reads each file as
    text; otherwise it is a path into JSON such as ``data[].paragraphs[].context``.
    A pattern that matches no file is an error.
    """
    texts: list[str] = []
    for pattern, fld in cfg.corpus:
        for p in _matching(data, pattern, "corpus"):
            try:
                raw = p.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read corpus file ({exc})", str(p)) from exc
            if not fld:
                texts.append(raw)
                continue
            try:
                texts += [t for t in _walk(json.loads(raw), fld.split(".")) if isinstance(t, str)]
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"corpus field {fld!r} not readable ({exc})", str(p)) from exc
    holds = holds_any(exclude)
    kept = [t for t in texts if not holds(t)]
    return [t for t in kept if t.strip()], len(texts) - len(kept)


def _walk(obj: Any, path: list[str]) -> list[Any]:
    if not path:
        return [obj]
    head, rest = path[0], path[1:]
    many = head.endswith("[]")
    key = head[:-2] if many else head
    value = obj[key] if key else obj
    if many:
        return [x for item in value for x in _walk(item, rest)]
    return _walk(value, rest)


def make_model(vocab: CharVocab, spec: LabelSpec, cfg: TrainConfig, seed: int) -> NerModel:
    """A randomly initialised model (seeded) for ``vocab`` and ``spec``."""
    torch = require_torch()
    torch.manual_seed(seed)
    config = bert_config(
        {
            "vocab_size": len(vocab),
            "hidden_size": cfg.hidden,
            "num_hidden_layers": cfg.layers,
            "num_attention_heads": cfg.heads,
            "intermediate_size": cfg.intermediate,
            "max_position_embeddings": cfg.window,
            "type_vocab_size": len(spec.schemes),
            "hidden_dropout_prob": cfg.dropout,
            "attention_probs_dropout_prob": cfg.dropout,
            "conv_embed": cfg.conv_embed,
            "conv_head": cfg.conv_head,
            "word_features": N_WORD_FEATURES if cfg.word_features else 0,
        }
    )
    return NerModel(build_network(config, spec), vocab, spec, window=cfg.window, stride=cfg.stride)


def _schedule(step: int, total: int, warmup: float) -> float:
    w = max(1, int(total * warmup))
    if step < w:
        return (step + 1) / w
    return max(0.0, (total - step) / max(1, total - w))


def pretrain(model: NerModel, corpus: Sequence[str], cfg: TrainConfig, seed: int,
             deadline: float, log: Log, device: str = "cpu") -> dict[str, Any]:
    """Masked-LM training of ``model``'s encoder on random windows of ``corpus`` (in place).

    ``device`` (a torch device name) is where the steps run; the network is on the CPU again afterwards, where
    :class:`NerModel` predicts. Only the CPU reproduces the shipped model: another device computes differently.
    """
    torch = require_torch()
    from transformers.models.bert.modeling_bert import BertOnlyMLMHead

    net = model.net
    if cfg.pretrain_steps <= 0:
        return {"steps": 0, "stopped": False, "loss": math.nan}
    torch.manual_seed(seed + 1)
    rng = np.random.default_rng(seed + 1)
    sep = np.array(model.vocab.encode(" "), dtype=np.int64)
    stream = np.concatenate([x for t in corpus for x in (np.array(model.vocab.encode(t), dtype=np.int64), sep)])
    words = None
    if model.uses_words:
        w_sep = word_features(" ")
        words = np.concatenate([x for t in corpus for x in (word_features(t), w_sep)])
    dev = torch.device(device)
    bf16 = training_bf16(cfg, device)
    net.to(dev)
    head = BertOnlyMLMHead(net.bert.config)
    head.predictions.decoder.weight = net.bert.embeddings.word_embeddings.weight  # tied, as in BERT
    head.to(dev)
    params = list(net.parameters()) + [p for n, p in head.named_parameters() if "decoder.weight" not in n]
    opt = torch.optim.AdamW(params, lr=cfg.pretrain_lr, weight_decay=cfg.weight_decay)
    L, B = min(cfg.pretrain_len, len(stream)), cfg.pretrain_batch
    n_types = net.bert.config.type_vocab_size
    k = max(1, round(L * cfg.mask_prob))
    vocab_n = len(model.vocab)
    net.train()
    head.train()
    ema = math.nan
    step = 0
    stopped = False
    for step in range(cfg.pretrain_steps):
        if time.monotonic() > deadline:
            stopped = True
            break
        starts = rng.integers(0, len(stream) - L + 1, size=B)
        ids = np.stack([stream[s : s + L] for s in starts])
        # exactly k masked characters per row: a fixed shape keeps oneDNN's kernel cache from growing
        pick = np.zeros(ids.shape, dtype=bool)
        np.put_along_axis(pick, rng.random(ids.shape).argsort(axis=1)[:, :k], True, axis=1)
        roll = rng.random(ids.shape)
        inputs = ids.copy()
        inputs[pick & (roll < 0.8)] = CharVocab.MASK
        rand_ids = rng.integers(3, vocab_n, size=ids.shape)
        swap = pick & (roll >= 0.8) & (roll < 0.9)
        inputs[swap] = rand_ids[swap]
        types = np.repeat(rng.integers(0, n_types, size=(B, 1)), L, axis=1)
        for g in opt.param_groups:
            g["lr"] = cfg.pretrain_lr * _schedule(step, cfg.pretrain_steps, cfg.warmup)
        t_pick = torch.from_numpy(pick).to(dev)
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=bf16):
            t_in = torch.from_numpy(inputs).to(dev)
            t_words = None
            if words is not None:
                t_words = torch.from_numpy(np.stack([words[s : s + L] for s in starts])).to(dev)
            hidden = net.encode(t_in, torch.from_numpy(types).to(dev), torch.ones_like(t_in), t_words)
            logits = head(hidden[t_pick])
        loss = torch.nn.functional.cross_entropy(logits.float(), torch.from_numpy(ids).to(dev)[t_pick])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        ema = loss.item() if math.isnan(ema) else 0.98 * ema + 0.02 * loss.item()
        if step % 100 == 0 or step == cfg.pretrain_steps - 1:
            log(f"mlm step {step}/{cfg.pretrain_steps} loss {ema:.3f}")
    else:
        step = cfg.pretrain_steps
    net.eval()
    net.to("cpu")
    return {"steps": step, "stopped": stopped, "loss": ema}


@dataclass(frozen=True)
class _Piece:
    ids: np.ndarray  # [T] int64
    words: np.ndarray | None  # [T] int64 word features, when the model reads them
    type_id: int
    allowed: np.ndarray  # [T, n_tags] bool
    source: str


def pieces_for(examples: Sequence[Example], model: NerModel) -> list[_Piece]:
    """Cut examples into windows (at sentence ends outside entities) with their allowed-tag masks.

    Inside a gold span only its tag is allowed; elsewhere ``O`` and the tags of
    every label the example does not annotate.
    """
    spec = model.spec
    sizes, offsets = model._layout.sizes, model._layout.offsets
    out = []
    for ex in examples:
        n = len(ex.text)
        allowed = np.zeros((n, spec.n_tags), dtype=bool)
        inside = np.zeros(n, dtype=bool)
        for li, labels in enumerate(spec.layers):
            o = offsets[li]
            allowed[:, o] = True
            for j, lab in enumerate(labels):
                if lab not in ex.annotated:
                    allowed[:, o + 1 + 2 * j] = True
                    allowed[:, o + 2 + 2 * j] = True
        for sp in ex.spans:
            li = spec.layer_of(sp.label)
            o = offsets[li]
            j = spec.layers[li].index(sp.label)
            allowed[sp.start : sp.end, o : o + sizes[li]] = False
            allowed[sp.start, o + 1 + 2 * j] = True
            allowed[sp.start + 1 : sp.end, o + 2 + 2 * j] = True
            inside[sp.start + 1 : sp.end] = True  # cutting before a character inside a span would split it
        ids = np.array(model.vocab.encode(ex.text), dtype=np.int64)
        words = word_features(ex.text) if model.uses_words else None
        type_id = spec.scheme_id(ex.scheme)
        for s, e in _cut(ex.text, inside, model.window):
            out.append(_Piece(ids[s:e], None if words is None else words[s:e], type_id, allowed[s:e], ex.source))
    return out


def _cut(text: str, inside: np.ndarray, window: int) -> list[tuple[int, int]]:
    """Split ``[0, len)`` into pieces of at most ``window`` chars, preferring sentence ends."""
    n = len(text)
    out = []
    s = 0
    while n - s > window:
        limit = s + window
        e = next((i + 1 for i in range(limit - 1, s + window // 4, -1)
                  if text[i] in _CUTS and not inside[i + 1 : i + 2].any()), None)
        if e is None:
            e = next((i for i in range(limit, s + window // 4, -1) if not inside[i]), limit)
        out.append((s, e))
        s = e
    if s < n:
        out.append((s, n))
    return out


def _adversarial_step(net: Any, eps: float, loss_fn: Callable[[], Any]) -> None:
    """FGM: add the gradient of the loss at character embeddings moved ``eps`` along their gradient."""
    weight = net.bert.embeddings.word_embeddings.weight
    grad = weight.grad
    if grad is None:
        return
    norm = grad.norm()
    if not bool(norm > 0):
        return
    saved = weight.data.clone()  # restored by copy: subtracting the step again is not exact in floats
    weight.data.add_(eps * grad / norm)
    try:
        loss_fn().backward()
    finally:
        weight.data.copy_(saved)


def finetune(model: NerModel, examples: Sequence[Example], cfg: TrainConfig, seed: int,
             deadline: float, log: Log, device: str = "cpu") -> dict[str, Any]:
    """Train the tagger on ``examples`` (in place) with the partial-label loss.

    In each batch a share ``cfg.finetune_mask`` of the real input characters is replaced by ``[MASK]``.
    ``device`` as in :func:`pretrain`.
    """
    torch = require_torch()
    torch.manual_seed(seed + 2)
    rng = random.Random(seed + 2)
    np_rng = np.random.default_rng(seed + 2)
    net = model.net
    dev = torch.device(device)
    bf16 = training_bf16(cfg, device)
    net.to(dev)
    for module in net.modules():  # every dropout of the network, attention included, reads its ``p``
        if isinstance(module, torch.nn.Dropout):
            module.p = cfg.finetune_dropout
    reps = dict(cfg.repeat)
    base = pieces_for(examples, model)
    weights = [reps.get(p.source, 1) for p in base]
    epoch_size = sum(weights)
    B = cfg.finetune_batch
    steps_per_epoch = math.ceil(epoch_size / B)
    total = steps_per_epoch * cfg.finetune_epochs
    layout = model._layout
    no_decay = ("bias", "LayerNorm.weight", "crf_")
    groups = [
        {"params": [p for n, p in net.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": cfg.weight_decay},
        {"params": [p for n, p in net.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=cfg.finetune_lr)
    net.train()
    step = 0
    ema = math.nan
    stopped = False
    for epoch in range(cfg.finetune_epochs):
        order = [i for i, w in enumerate(weights) for _ in range(w)]
        rng.shuffle(order)
        batches = []
        for c in range(0, len(order), B * 32):  # length-sorted batches inside shuffled chunks
            chunk = sorted(order[c : c + B * 32], key=lambda i: len(base[i].ids))
            batches += [chunk[b : b + B] for b in range(0, len(chunk), B)]
        rng.shuffle(batches)
        for batch in batches:
            if time.monotonic() > deadline:
                stopped = True
                break
            # lengths rounded up to a multiple of 32: few distinct shapes (oneDNN caches one kernel per shape)
            T = min(-(-max(len(base[i].ids) for i in batch) // 32) * 32, model.window)
            ids = np.zeros((len(batch), T), dtype=np.int64)
            types = np.zeros((len(batch), T), dtype=np.int64)
            feats = np.zeros((len(batch), T), dtype=np.int64) if model.uses_words else None
            allowed = np.ones((len(batch), T, model.spec.n_tags), dtype=bool)
            mask = np.zeros((len(batch), T), dtype=bool)
            for r, i in enumerate(batch):
                p = base[i]
                n = len(p.ids)
                ids[r, :n] = p.ids
                if feats is not None:
                    feats[r, :n] = p.words
                types[r, :] = p.type_id
                allowed[r, :n] = p.allowed
                mask[r, :n] = True
            if cfg.finetune_mask > 0:
                hide = (np_rng.random(ids.shape) < cfg.finetune_mask) & mask
                ids[hide] = CharVocab.MASK
            for g in opt.param_groups:
                g["lr"] = cfg.finetune_lr * _schedule(step, total, cfg.warmup)
            t_mask = torch.from_numpy(mask).to(dev)
            t_ids, t_types = torch.from_numpy(ids).to(dev), torch.from_numpy(types).to(dev)
            t_allowed = torch.from_numpy(allowed).to(dev)
            t_words = torch.from_numpy(feats).to(dev) if feats is not None else None
            lengths = t_mask.sum(1)

            def batch_loss() -> Any:  # this batch's loss; run twice with FGM, after the embeddings are moved
                with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=bf16):
                    logits = net(t_ids, t_types, t_mask.long(), t_words)
                return layout.crf_nll(logits.float(), t_allowed, lengths, net) / lengths.sum()

            loss = batch_loss()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if cfg.finetune_adv > 0:
                _adversarial_step(net, cfg.finetune_adv, batch_loss)
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            ema = loss.item() if math.isnan(ema) else 0.95 * ema + 0.05 * loss.item()
            step += 1
        log(f"tagging epoch {epoch + 1}/{cfg.finetune_epochs} step {step}/{total} loss {ema:.4f}")
        if stopped:
            break
    net.eval()
    net.to("cpu")
    return {"steps": step, "stopped": stopped, "loss": ema}
