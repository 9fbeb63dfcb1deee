"""Inference with fayan's character-level transformer NER model.

The model is a small BERT (``transformers.BertModel``, trained from scratch) with
a residual character convolution before it and one after it, one linear head
and a CRF.  Models trained with word features (``config.json``'s
``word_features``) also add an embedding of each character's place in jieba's
word and that word's class (:mod:`fayan.nlp.ner.words`).  The head tags every
character in several BIO *layers* at once (see
:class:`~fayan.nlp.ner.data.LabelSpec`): labels in different layers may nest,
so a victim inside a stolen item (``被害人张某的手机一部``) comes out as two
entities.  Token ``i`` is character ``i``, so offsets need no mapping.  The
token-type embedding carries the annotation *scheme*: ``fayan`` by default,
``cail2022_drug`` to reproduce that file's boundary habits (a time without its
trailing 许, for instance).

Long texts are cut into overlapping windows (``window`` characters, advancing
by ``stride``); each window's layers are decoded under the BIO constraints, as the
spans whose CRF probability passes ``labels.json``'s ``span_threshold`` (minimum Bayes risk,
:meth:`_Layout.mbr`) or, without one, as the CRF's Viterbi path, and
neighbouring windows hand over at a point in their overlap where both agree, so
offsets map back exactly.

torch and transformers are an optional extra: importing this module does not
need them; loading a model without them raises :class:`~fayan.errors.ModelError`
naming the install command.

A model directory holds ``model.safetensors``, ``config.json``, ``vocab.txt``
and ``labels.json``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from bisect import bisect_right
from collections.abc import Hashable, Sequence
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from fayan.errors import ModelError, UsageError
from fayan.nlp.ner.data import (
    MODEL_DIR,
    CharVocab,
    Entity,
    LabelSpec,
    apply_document_names,
    apply_gain_cues,
    apply_role_cues,
    load_label_spec,
)
from fayan.nlp.ner.tool_cues import apply_tool_cues
from fayan.nlp.ner.words import word_features

__all__ = ["NerModel", "load_model", "require_torch", "INSTALL_HINT", "MODEL_FILES"]

INSTALL_HINT = 'pip install "fayan[ner]"'
MODEL_FILES = ("model.safetensors", "config.json", "vocab.txt", "labels.json")
_MODEL_TYPE = "fayan-char-bert-tagger"
_BERT_KEYS = (
    "vocab_size",
    "hidden_size",
    "num_hidden_layers",
    "num_attention_heads",
    "intermediate_size",
    "max_position_embeddings",
    "type_vocab_size",
    "hidden_dropout_prob",
    "attention_probs_dropout_prob",
    "conv_embed",
    "conv_head",
    "word_features",
)
_NEG = -1e4  # "impossible" in log space; finite so that sums stay finite
# windows decoded together, whatever the network's batch: the CRF's forward-backward steps through the characters
# one at a time, and a step over 64 windows cost about twice one over 16, not four times (forward-backward of 256
# windows: 0.24-0.27 s in groups of 64, 0.49-0.51 s in groups of 16; 2 cores, 2026-12-01)
_DECODE_GROUP = 64


def require_torch() -> Any:
    """Import and return torch (and check transformers), or raise ModelError with the fix."""
    try:
        import torch
        import transformers  # noqa: F401
        import safetensors  # noqa: F401
    except ImportError as exc:
        raise ModelError(
            f"the NER model needs torch, transformers and safetensors ({exc.name} is not installed); "
            f"install them with: {INSTALL_HINT}"
        ) from exc
    return torch


@lru_cache(maxsize=1)
def _one_thread_after_fork() -> None:
    """Make a process forked from one that holds a model run torch on one thread (spaCy's ``nlp.pipe(texts,
    n_process=2)``, a ``multiprocessing`` pool started by ``fork``).

    GNU OpenMP, which torch runs its threads on here, is not fork-safe: once this process has run a parallel
    region, a forked child's first one waits for threads that were not copied, for ever (``nlp.pipe(texts,
    n_process=2)`` hung so in ``gomp_team_barrier_wait_end``). On one thread torch enters no parallel region.
    """
    os.register_at_fork(after_in_child=partial(require_torch().set_num_threads, 1))


def _native_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AVX512-BF16; AMX CPUs have it too), as torch reports it."""
    torch = require_torch()
    check = getattr(torch.cpu, "_is_avx512_bf16_supported", None)  # private in torch 2.13: absent means no
    return bool(check()) if check is not None else False


# BERT's eager attention with the cheap dropout below, for training; registered with transformers
_ATTENTION = "fayan_eager"


def dropout(x: Any, p: float, training: bool = True, dtype: Any = None) -> Any:
    """Inverted dropout, its mask drawn from random bytes: ``p`` is rounded to a multiple of 1/256.

    torch's CPU dropout draws its mask with ``bernoulli_``, one generator call per element: with the
    attention dropout over ``[batch, heads, T, T]`` that was 42 % of the network's forward and backward
    pass on 2 cores (327 of 786 ms for 16 windows of 256 characters, torch 2.13). Eight mask bytes per
    64-bit draw of ``randint`` cost about a fifth of that (bench/bench_train_step.py). Seeded by
    ``torch.manual_seed`` like torch's own.

    ``dtype``: the output's, when the next step would cast it (the attention weights going into a bfloat16
    matrix product under autocast). The values are those of ``x`` times a mask of its own dtype (0.0 or the scale),
    cast to ``dtype`` after: bit for bit, signed zeros included.
    """
    if not training or p <= 0.0:
        return x
    if p >= 1.0:
        return x * 0.0
    torch = require_torch()
    cut = round(p * 256)
    n = x.numel()
    out = dtype or x.dtype
    draws = torch.randint(-(2**63), 2**63 - 1, (-(-n // 8),), dtype=torch.int64, device=x.device)
    keep = draws.view(torch.uint8)[:n].view(x.shape).to(out).ge_(cut)  # 1.0 or 0.0 (bytes are exact in it)
    scale = torch.tensor(256.0 / (256 - cut), dtype=x.dtype).item()  # rounded to x's dtype, as a mask of it was
    return _scale_kept().apply(x, keep, scale)


@lru_cache(maxsize=1)
def _scale_kept() -> Any:
    """``(x * scale).to(keep.dtype) * keep``: dropout with its mask ``keep`` of 1.0 and 0.0 in the output's dtype.

    A mask of that dtype made by comparing in it, and each product between tensors of one dtype: torch's CPU
    kernels of mixed dtypes (a bool mask converted or multiplied in, a product written in another dtype) do not
    vectorise and took about 2 to 10 times as long (HISTORY.md, *Training speed*; about a tenth of a masked-LM
    step on 2 cores of an AMD EPYC went to the attention weights' dropout). Scaling by 1.0 or 0.0 is exact, so
    the order of the products does not change a bit of the result, forwards or backwards.

    A Function of its own, not the same three operations left to autograd: those give the same bits but made
    bench_train_step.py's tagging step of 16 x 256 characters slower (264-281 ms against 240-251, 4 runs each,
    alternating, on 2 cores of an AMD EPYC Zen 4, 2026-12-02).
    """
    torch = require_torch()

    class ScaleKept(torch.autograd.Function):  # type: ignore[misc,name-defined]
        @staticmethod
        def forward(ctx: Any, x: Any, keep: Any, scale: float) -> Any:
            ctx.save_for_backward(keep)
            ctx.scale, ctx.dtype = scale, x.dtype
            return x.mul(scale).to(keep.dtype).mul_(keep)

        @staticmethod
        def backward(ctx: Any, grad: Any) -> tuple[Any, None, None]:
            (keep,) = ctx.saved_tensors
            return grad.mul(keep).to(ctx.dtype).mul_(ctx.scale), None, None

    return ScaleKept


def _attention(module: Any, query: Any, key: Any, value: Any, attention_mask: Any, scaling: float | None = None,
               **kwargs: Any) -> tuple[Any, Any]:
    """transformers' ``eager_attention_forward`` for BERT with :func:`dropout` on the attention weights.

    transformers passes the attention dropout's ``p`` as the keyword ``dropout`` (here in ``kwargs``: the name is
    this module's dropout function).

    The network attends so while training; in inference (``eval()``) it uses transformers' ``sdpa``, which was
    faster there (9,000 against 7,100 characters per second in float32 ``predict_many`` on 2 cores) and slower
    with dropout.
    """
    torch = require_torch()
    if scaling is None:
        scaling = query.size(-1) ** -0.5
    if math.frexp(scaling)[0] == 0.5:  # a power of two (head sizes 64, 16, 4): exact on the query, half the size
        weights = torch.matmul(query * scaling, key.transpose(2, 3))
    else:
        weights = torch.matmul(query, key.transpose(2, 3)) * scaling
    if attention_mask is not None:
        weights = weights + attention_mask
    device = value.device.type
    cast = torch.get_autocast_dtype(device) if torch.is_autocast_enabled(device) else None  # as matmul casts
    weights = dropout(torch.softmax(weights, dim=-1), kwargs.get("dropout", 0.0), module.training, cast)
    return torch.matmul(weights, value).transpose(1, 2).contiguous(), weights


@lru_cache(maxsize=1)
def _register_attention() -> None:
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface, eager_mask

    AttentionInterface.register(_ATTENTION, _attention)
    AttentionMaskInterface.register(_ATTENTION, eager_mask)  # an additive float mask, as eager attention takes


@lru_cache(maxsize=1)
def _net_class() -> Any:
    torch = require_torch()
    from transformers import BertModel

    _register_attention()

    class Dropout(torch.nn.Dropout):  # type: ignore[misc,name-defined]
        """``torch.nn.Dropout`` with the cheaper mask of :func:`dropout`."""

        def forward(self, x: Any) -> Any:
            return dropout(x, self.p, self.training)

    class TaggerNet(torch.nn.Module):  # type: ignore[misc,name-defined]
        """BertModel with optional local convolutions, dropout, one linear layer over all tags, and a CRF.

        ``config.conv_embed`` (odd kernel size, 0 for none) adds a residual
        convolution over the character embeddings before the transformer, and
        ``config.conv_head`` one over its output: a transformer trained from
        scratch on little data learns "what are my neighbours" slowly, and a
        B- versus I- decision is mostly that.
        """

        def __init__(self, config: Any, n_tags: int, n_layers: int, kmax: int):
            super().__init__()
            h = config.hidden_size
            k_e = int(getattr(config, "conv_embed", 0))
            k_h = int(getattr(config, "conv_head", 0))
            self.bert = BertModel(config, add_pooling_layer=False)
            for parent in list(self.bert.modules()):
                for name, child in list(parent.named_children()):
                    if type(child) is torch.nn.Dropout:
                        setattr(parent, name, Dropout(child.p))
            n_words = int(getattr(config, "word_features", 0))
            # jieba word features (fayan.nlp.ner.words), added to the character embeddings; zero at the start, so a
            # network pre-trained without them starts tagging as it was
            self.word_embed = torch.nn.Embedding(n_words, h) if n_words else None
            if self.word_embed is not None:
                torch.nn.init.zeros_(self.word_embed.weight)
            self.embed_conv = torch.nn.Conv1d(h, h, k_e, padding=k_e // 2) if k_e else None
            self.head_conv = torch.nn.Conv1d(h, h, k_h, padding=k_h // 2) if k_h else None
            self.dropout = Dropout(config.hidden_dropout_prob)
            self.head = torch.nn.Linear(h, n_tags)
            # learned CRF transition and start scores per layer (added to the hard BIO constraints)
            self.crf_trans = torch.nn.Parameter(torch.zeros(n_layers, kmax, kmax))
            self.crf_start = torch.nn.Parameter(torch.zeros(n_layers, kmax))
            self.train()  # a new module is in training mode: attend as in training

        def train(self, mode: bool = True) -> Any:
            """Training attends with :func:`_attention` (cheap dropout), inference with transformers' ``sdpa``."""
            super().train(mode)
            self.bert.config._attn_implementation = _ATTENTION if mode else "sdpa"
            return self

        @staticmethod
        def _conv(conv: Any, x: Any, keep: Any) -> Any:
            return conv((x * keep).transpose(1, 2)).transpose(1, 2)

        def encode(self, ids: Any, types: Any, mask: Any, words: Any = None) -> Any:
            """Contextual character vectors [B, T, H] (also used by masked-LM pre-training)."""
            emb = self.bert.embeddings.word_embeddings(ids)
            if self.word_embed is not None and words is not None:
                emb = emb + self.word_embed(words)
            if self.embed_conv is not None:
                emb = emb + self._conv(self.embed_conv, emb, mask.unsqueeze(-1).to(emb.dtype))
            out = self.bert(inputs_embeds=emb, token_type_ids=types, attention_mask=mask)
            return out.last_hidden_state

        def forward(self, ids: Any, types: Any, mask: Any, words: Any = None) -> Any:
            """Tag scores [B, T, n_tags]; ``types`` holds the scheme id of every character, ``words`` its word feature."""
            h = self.encode(ids, types, mask, words)
            if self.head_conv is not None:
                keep = mask.unsqueeze(-1).to(h.dtype)
                h = h + torch.nn.functional.gelu(self._conv(self.head_conv, h, keep))
            return self.head(self.dropout(h))

    return TaggerNet


def bert_config(values: dict[str, Any]) -> Any:
    """A ``transformers.BertConfig`` from the keys fayan stores in ``config.json``."""
    require_torch()
    from transformers import BertConfig

    return BertConfig(pad_token_id=0, **{k: values[k] for k in _BERT_KEYS if k in values})


def build_network(config: Any, spec: LabelSpec) -> Any:
    """A fresh (randomly initialised) tagger network for ``spec``."""
    sizes = spec.layer_sizes
    return _net_class()(config, spec.n_tags, len(sizes), max(sizes))


class NerModel:
    """A loaded NER model.  Use :func:`load_model` rather than the constructor.

    ``predict`` and ``predict_many`` return :class:`~fayan.nlp.ner.data.Entity`
    lists with offsets into the given text, sorted by start, end and label.
    """

    def __init__(
        self,
        net: Any,
        vocab: CharVocab,
        spec: LabelSpec,
        *,
        window: int = 256,
        stride: int = 192,
        path: Path | None = None,
    ):
        if not 0 < stride < window:
            raise ModelError(f"window/stride must satisfy 0 < stride < window, got {window}/{stride}")
        self.net = net.eval()
        self.vocab = vocab
        self.spec = spec
        self.window = window
        self.stride = stride
        self.path = path
        self._layout = _Layout(spec)
        #: run the network in bfloat16 (autocast) in ``predict_many``; by default where the CPU computes bfloat16
        #: natively (AVX512-BF16 or AMX): twice as fast there, and it moved the internal split's micro F1 by
        #: -0.0002 (drug) and -0.0028 (theft) for a model trained without it (see HISTORY.md). Set False for float32.
        self.bf16 = _native_bf16()
        _one_thread_after_fork()

    @property
    def uses_words(self) -> bool:
        """Whether the network reads jieba word features (:mod:`fayan.nlp.ner.words`) beside the characters."""
        return getattr(self.net, "word_embed", None) is not None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.spec.labels)

    @cached_property
    def version(self) -> str:
        """``fayan-ner@`` and 12 hex digits of the SHA-256 of the weights and ``labels.json`` (see :attr:`run_version`).

        ``labels.json`` counts because its role and gain cues and document names change what the model returns; its
        content counts, not its layout (a retrained model writes it with another indentation than a hand-edited copy).
        """
        if self.path is None or not (self.path / "model.safetensors").is_file():
            return "fayan-ner@unsaved"
        h = hashlib.sha256((self.path / "model.safetensors").read_bytes())
        labels = json.loads((self.path / "labels.json").read_text(encoding="utf-8"))
        h.update(json.dumps(labels, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
        return f"fayan-ner@{h.hexdigest()[:12]}"

    @property
    def precision(self) -> str:
        """The number format ``predict_many`` runs the network in: ``"bfloat16"`` or ``"float32"``."""
        return "bfloat16" if self.bf16 else "float32"

    @property
    def run_version(self) -> str:
        """:attr:`version`, with ``+bf16`` where the network runs in bfloat16 (recorded in each Judgment).

        bfloat16 can move a few entities against float32 (the same weights on a CPU without it), so what a
        Judgment's entities came from names both.
        """
        return f"{self.version}+bf16" if self.bf16 else self.version

    def predict(self, text: str, *, scheme: str | None = None) -> list[Entity]:
        """Entities in ``text`` (fayan labels).

        ``scheme`` picks the annotation habits (default: the model's, ``fayan``).
        """
        return self.predict_many([text], scheme=scheme)[0]

    def predict_many(
        self,
        texts: Sequence[str],
        *,
        scheme: str | None = None,
        batch_size: int | None = None,
        documents: Sequence[Hashable] | None = None,
    ) -> list[list[Entity]]:
        """Entities for each text; windows of all texts are batched together, ``batch_size`` windows a pass.

        ``batch_size`` None: 64 in bfloat16, 16 in float32, where the float32 activations of 64 windows of 256
        characters outgrow the CPU's cache (on a 2-core AMD EPYC, 32 MiB of L3, 16 windows ran 1.25 times as fast as
        64 over 60 dev judgments; 2026-12-01). The batch changed no entity there (scores may differ in their last bits).
        The CRF decodes the windows 64 at a time (at least ``batch_size``) whatever the network's batch.

        ``documents`` says which texts are parts of one document (one key per text; default: each text is a
        document of its own): when ``labels.json`` asks for ``document_names``, person names are made to agree
        across the parts of a document (:func:`~fayan.nlp.ner.data.apply_document_names`).

        An entity's ``score`` is the probability the model gives to its span being exactly this one
        (:meth:`_Layout.span_probs`).
        """
        if documents is not None and len(documents) != len(texts):
            raise UsageError(f"{len(texts)} texts but {len(documents)} document keys")
        torch = require_torch()
        type_id = self.spec.scheme_id(scheme or self.spec.default_scheme)
        encoded = [np.asarray(self.vocab.encode(t), dtype=np.int64) for t in texts]
        words = [word_features(t) for t in texts] if self.uses_words else None
        windows = [_windows(len(ids), self.window, self.stride) for ids in encoded]
        jobs = [(ti, s, e) for ti, wins in enumerate(windows) for s, e in wins]
        jobs.sort(key=lambda j: j[2] - j[1], reverse=True)
        results: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
        if batch_size is None:
            batch_size = 64 if self.bf16 else 16
        group = max(batch_size, _DECODE_GROUP)
        with torch.inference_mode():
            for g in range(0, len(jobs), group):
                part = jobs[g : g + group]
                lengths = np.array([e - s for _, s, e in part])
                logits = torch.zeros((len(part), self._width(lengths[0]), self.spec.n_tags))
                for b in range(0, len(part), batch_size):
                    out = self._scores(part[b : b + batch_size], lengths[b : b + batch_size], encoded, words, type_id)
                    logits[b : b + out.shape[0], : out.shape[1]] = out
                tags, probs = self._layout.decode(logits, lengths, self.net, self.spec.span_threshold)
                for row, (ti, s, e) in enumerate(part):
                    results[(ti, s)] = (tags[row, : e - s], probs[row, : e - s])
        found = []
        for ti, (text, wins) in enumerate(zip(texts, windows)):
            tags, probs = _stitch(wins, [results[(ti, s)] for s, _ in wins], len(text), self._layout.n_layers)
            found.append(self._layout.entities(text, tags, probs))
        if self.spec.document_names:
            parts: dict[Hashable, list[int]] = {}
            for ti, key in enumerate(documents if documents is not None else range(len(texts))):
                parts.setdefault(key, []).append(ti)
            for idx in parts.values():
                agreed = apply_document_names([texts[i] for i in idx], [found[i] for i in idx], self.spec)
                for ti, ents in zip(idx, agreed):
                    found[ti] = ents
        spec = self.spec
        return [
            apply_tool_cues(text, apply_gain_cues(text, apply_role_cues(text, ents, spec), spec), spec)
            for text, ents in zip(texts, found)
        ]

    def _scores(
        self,
        chunk: Sequence[tuple[int, int, int]],
        lengths: np.ndarray,
        encoded: Sequence[np.ndarray],
        words: Sequence[np.ndarray] | None,
        type_id: int,
    ) -> Any:
        """The network's tag scores (float32, ``[len(chunk), width, n_tags]``) for windows ``(text, start, end)`` of
        the texts ``encoded`` (with their word features ``words``), padded to the width of the longest (the first)."""
        torch = require_torch()
        longest = self._width(lengths[0])
        ids = np.zeros((len(chunk), longest), dtype=np.int64)
        feats = np.zeros((len(chunk), longest), dtype=np.int64) if words is not None else None
        for row, (ti, s, e) in enumerate(chunk):
            ids[row, : e - s] = encoded[ti][s:e]
            if feats is not None:
                feats[row, : e - s] = words[ti][s:e]
        t_ids = torch.from_numpy(ids)
        mask = torch.arange(longest)[None, :] < torch.from_numpy(lengths)[:, None]
        t_words = torch.from_numpy(feats) if feats is not None else None
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            out = self.net(t_ids, torch.full_like(t_ids, type_id), mask.long(), t_words)
        return out.float()

    def _width(self, length: int) -> int:
        """The padded length of a batch whose longest window is ``length``: a multiple of 16 (few distinct shapes)."""
        return min(-(-int(length) // 16) * 16, self.window)

    def save(self, directory: str | Path) -> None:
        """Write the four model files into ``directory`` (created if missing)."""
        require_torch()
        from safetensors.torch import save_file

        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().contiguous() for k, v in self.net.state_dict().items()}
        save_file(state, str(d / "model.safetensors"), metadata={"format": "pt"})  # one key: the header order is then stable
        bert = self.net.bert.config
        cfg = {
            "model_type": _MODEL_TYPE,
            "window": self.window,
            "stride": self.stride,
            # a key at 0 that older models lack is left out, so their config.json stays as it was
            "bert": {k: getattr(bert, k, 0) for k in _BERT_KEYS if k != "word_features" or getattr(bert, k, 0)},
        }
        (d / "config.json").write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
        self.vocab.save(d / "vocab.txt")
        # the label file as it was read, so a rebuild leaves the shipped file's hand-kept layout as it was
        (d / "labels.json").write_text(self.spec.text, encoding="utf-8")


def load_model(path: str | Path | None = None) -> NerModel:
    """Load a model directory (default: the shipped ``fayan/models/ner``); cached per directory.

    Raises :class:`~fayan.errors.ModelError` when torch is missing (with the
    install command), when a model file is missing, or when the weights do not
    fit the config.
    """
    require_torch()
    d = Path(path) if path is not None else MODEL_DIR
    missing = [f for f in MODEL_FILES if not (d / f).is_file()]
    if missing:
        raise ModelError(
            f"{d}: NER model files missing: {', '.join(missing)}; train a model with "
            "fayan.nlp.ner.train_ner (fayan train-ner) or reinstall fayan to get the shipped one"
        )
    stamp = tuple((d / f).stat().st_mtime_ns for f in MODEL_FILES)
    return _load(str(d.resolve()), stamp)


@lru_cache(maxsize=4)
def _load(directory: str, stamp: tuple[int, ...]) -> NerModel:
    require_torch()
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    d = Path(directory)
    try:
        cfg = json.loads((d / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{d / 'config.json'}: unreadable model config ({exc})") from exc
    if cfg.get("model_type") != _MODEL_TYPE or "bert" not in cfg:
        raise ModelError(f"{d / 'config.json'}: not a fayan NER model config (model_type {_MODEL_TYPE!r})")
    spec = load_label_spec(d / "labels.json")
    vocab = CharVocab.load(d / "vocab.txt")
    config = bert_config(cfg["bert"])
    if config.vocab_size != len(vocab):
        raise ModelError(f"{d}: config vocab_size {config.vocab_size} but vocab.txt has {len(vocab)} entries")
    net = build_network(config, spec)
    try:
        state = load_file(str(d / "model.safetensors"))
        net.load_state_dict(state, strict=True)
    except (SafetensorError, RuntimeError, OSError) as exc:
        raise ModelError(f"{d / 'model.safetensors'}: weights do not load ({exc})") from exc
    return NerModel(net, vocab, spec, window=int(cfg["window"]), stride=int(cfg["stride"]), path=d)


# ---------------------------------------------------------------------------
# Windows, decoding, stitching


def _windows(n: int, window: int, stride: int) -> list[tuple[int, int]]:
    """Window ``(start, end)`` pairs covering ``[0, n)``; the last one ends at ``n``.

    >>> _windows(10, 4, 3)
    [(0, 4), (3, 7), (6, 10)]
    >>> _windows(3, 4, 3), _windows(0, 4, 3)
    ([(0, 3)], [])
    """
    if n == 0:
        return []
    if n <= window:
        return [(0, n)]
    starts = list(range(0, n - window, stride)) + [n - window]
    return [(s, s + window) for s in starts]


def _stitch(
    wins: list[tuple[int, int]], parts: list[tuple[np.ndarray, np.ndarray]], n: int, n_layers: int
) -> tuple[np.ndarray, np.ndarray]:
    """Join per-window tags: each hand-over is where both windows agree, nearest the overlap's middle."""
    tags = np.zeros((n, n_layers), dtype=np.int64)
    probs = np.ones((n, n_layers), dtype=np.float32)
    pos = 0
    for k, ((s, e), (t, p)) in enumerate(zip(wins, parts)):
        end = e
        if k + 1 < len(wins):
            s2 = wins[k + 1][0]
            t2 = parts[k + 1][0]
            lo, hi = s2 + 1, e - 1
            mid = (s2 + e) // 2
            end = mid
            for off in range(0, max(mid - lo, hi - mid) + 1):
                found = False
                for q in (mid - off, mid + off):
                    if lo <= q <= hi and np.array_equal(t[q - 1 - s], t2[q - 1 - s2]) and np.array_equal(
                        t[q - s], t2[q - s2]
                    ):
                        end, found = q, True
                        break
                if found:
                    break
        tags[pos:end] = t[pos - s : end - s]
        probs[pos:end] = p[pos - s : end - s]
        pos = end
    return tags, probs


_TINY = 1e-300  # keeps a sequence without any allowed path finite (it has probability 0, not NaN)


class _Forward(NamedTuple):
    """The CRF's forward variables in exp space (see :func:`_scaled_forward`); layouts are [T, L, N, K]."""

    e: Any  # the scores in float64
    e_max: Any  # [T, L, N, 1]: each step's largest score, taken out before exp
    exp_e: Any
    tr: Any  # transition scores [L, K, K] in float64
    a_max: Any  # [L, 1, 1]: each layer's largest transition score
    exp_a: Any
    s_max: Any  # [L, 1]: each layer's largest start score
    fwd: Any  # forward variables, each step scaled to sum 1
    norms: Any  # [T, L, N, 1]: the scale of each step


def _scaled_forward(scores: Any, trans: Any, start: Any) -> _Forward:
    """The forward algorithm of ``scores`` [N, T, L, K] in float64 and exp space, each step's variables scaled to sum 1
    so that a step is one batched matrix product (shared by :func:`_log_partition` and :meth:`_Layout.span_probs`).
    ``log alpha[i]`` is ``log fwd[i] + cumsum(log norms + e_max)[i] + s_max + i * a_max``."""
    torch = require_torch()
    e = scores.detach().double().permute(1, 2, 0, 3)  # [T, L, N, K]
    t, n_l, n, _ = e.shape
    e_max = e.amax(-1, keepdim=True)
    exp_e = torch.exp(e - e_max)
    tr = trans.detach().double()
    a_max = tr.amax(dim=(1, 2), keepdim=True)  # [L, 1, 1]
    exp_a = torch.exp(tr - a_max)
    st = start.detach().double()
    s_max = st.amax(-1, keepdim=True)  # [L, 1]
    fwd = torch.empty_like(exp_e)
    norms = torch.empty((t, n_l, n, 1), dtype=torch.float64, device=e.device)
    q = torch.exp(st - s_max).unsqueeze(1) * exp_e[0]
    for i in range(t):
        if i:
            q = torch.bmm(fwd[i - 1], exp_a).mul_(exp_e[i])
        c = q.sum(-1, keepdim=True).clamp_min_(_TINY)
        norms[i] = c
        torch.div(q, c, out=fwd[i])
    return _Forward(e, e_max, exp_e, tr, a_max, exp_a, s_max, fwd, norms)


@lru_cache(maxsize=1)
def _log_partition() -> Any:
    """A ``torch.autograd.Function``: the CRF's log partition and, in ``backward``, its exact gradient.

    ``apply(scores [N, T, L, K], trans [L, K, K], start [L, K], lengths [N])`` -> ``log Z`` [N, L]. The same
    number as the forward algorithm in log space (``logsumexp`` step by step, differentiated by autograd: log Z within
    2e-12 and the gradients within 1e-10 in float64, 32 sequences of 256 characters), in float64 with each step's forward variables scaled to sum 1, so that a step is one
    batched matrix product; the gradients are the forward-backward marginals (``d log Z / d score`` = the tag's
    marginal, ``d log Z / d trans`` = the transition's expected count). The CRF loss of a tagging step took 0.27 s
    by autograd and 0.04 s so (16 x 256 characters, 2 threads; bench/bench_train_step.py).
    """
    torch = require_torch()

    class LogPartition(torch.autograd.Function):  # type: ignore[misc,name-defined]
        @staticmethod
        def forward(ctx: Any, scores: Any, trans: Any, start: Any, lengths: Any) -> Any:
            n, t, n_l, _ = scores.shape
            fw = _scaled_forward(scores, trans, start)
            fwd, exp_e, exp_a, a_max, s_max = fw.fwd, fw.exp_e, fw.exp_a, fw.a_max, fw.s_max
            steps = (torch.log(fw.norms) + fw.e_max).squeeze(-1).cumsum(0)  # [T, L, N]: log Z of every prefix
            last = (lengths - 1).clamp_min(0).view(1, 1, n).expand(1, n_l, n)
            log_z = steps.gather(0, last).squeeze(0) + s_max + (lengths - 1).view(1, n).double() * a_max.view(n_l, 1)
            ctx.save_for_backward(fwd, exp_e, exp_a, lengths)
            ctx.dtypes = (scores.dtype, trans.dtype, start.dtype)
            return log_z.t().to(scores.dtype)

        @staticmethod
        def backward(ctx: Any, grad: Any) -> tuple[Any, Any, Any, None]:
            fwd, exp_e, exp_a, lengths = ctx.saved_tensors
            t, n_l, n, k = fwd.shape
            exp_a_t = exp_a.transpose(1, 2)
            bwd = torch.empty_like(fwd)  # backward variables, each step scaled to sum 1
            steps = torch.arange(t, device=fwd.device).view(t, 1, 1, 1)
            ends = steps == (lengths - 1).view(1, 1, n, 1)
            bwd[t - 1] = 1.0
            for i in range(t - 1, 0, -1):
                b = torch.bmm(bwd[i] * exp_e[i], exp_a_t)
                b.div_(b.sum(-1, keepdim=True).clamp_min_(_TINY))
                bwd[i - 1] = torch.where(ends[i - 1], 1.0, b)  # a sequence's last character starts its own
            valid = (steps < lengths.view(1, 1, n, 1)).double()  # [T, 1, N, 1]
            w = grad.double().t().unsqueeze(-1)  # [L, N, 1]
            marg = fwd * bwd
            marg = marg / marg.sum(-1, keepdim=True).clamp_min(_TINY) * valid * w
            g_scores = marg.permute(2, 0, 1, 3).to(ctx.dtypes[0])
            g_start = marg[0].sum(1).to(ctx.dtypes[2])
            prev = fwd[:-1].permute(1, 0, 2, 3).reshape(n_l, (t - 1) * n, k)
            nxt = (exp_e[1:] * bwd[1:]).permute(1, 0, 2, 3).reshape(n_l, (t - 1) * n, k)
            norm = (torch.bmm(prev, exp_a) * nxt).sum(-1, keepdim=True).clamp_min_(_TINY)
            v = (valid[1:] * w.unsqueeze(0)).permute(1, 0, 2, 3).reshape(n_l, (t - 1) * n, 1) / norm
            g_trans = (exp_a * torch.bmm(prev.transpose(1, 2), nxt * v)).to(ctx.dtypes[1])
            return g_scores, g_trans, g_start, None

    return LogPartition


class _Layout:
    """Where each layer's tags sit in the head's output, and their BIO constraints."""

    def __init__(self, spec: LabelSpec):
        self.spec = spec
        self.sizes = list(spec.layer_sizes)
        self.offsets = list(np.cumsum([0] + self.sizes[:-1]))
        self.n_layers = len(self.sizes)
        self.kmax = max(self.sizes)
        trans = np.full((self.n_layers, self.kmax, self.kmax), _NEG, dtype=np.float32)
        start = np.full((self.n_layers, self.kmax), _NEG, dtype=np.float32)
        for li, k in enumerate(self.sizes):
            for prev in range(k):
                for cur in range(k):
                    # I-x (even index > 0) may follow only B-x or I-x of the same label
                    if cur == 0 or cur % 2 == 1 or (prev > 0 and (prev + 1) // 2 == cur // 2):
                        trans[li, prev, cur] = 0.0
            start[li, 0] = 0.0
            start[li, 1:k:2] = 0.0
        self.trans = trans
        self.start = start

    def emissions(self, logits: Any) -> Any:
        """[B, T, n_tags] logits -> [B, T, L, Kmax] per-layer scores (padding tags at _NEG)."""
        torch = require_torch()
        b, t, _ = logits.shape
        out = torch.full((b, t, self.n_layers, self.kmax), _NEG, dtype=logits.dtype, device=logits.device)
        for li, (o, k) in enumerate(zip(self.offsets, self.sizes)):
            out[:, :, li, :k] = logits[:, :, o : o + k]
        return out

    def stack_mask(self, allowed: Any) -> Any:
        """[B, T, n_tags] bool -> [B, T, L, Kmax] (padding tags never allowed)."""
        torch = require_torch()
        b, t, _ = allowed.shape
        out = torch.zeros((b, t, self.n_layers, self.kmax), dtype=torch.bool, device=allowed.device)
        for li, (o, k) in enumerate(zip(self.offsets, self.sizes)):
            out[:, :, li, :k] = allowed[:, :, o : o + k]
        return out

    def scores(self, net: Any) -> tuple[Any, Any]:
        """Transition [L, K, K] and start [L, K] scores: the CRF's learned ones plus the hard BIO constraints."""
        torch = require_torch()
        dev = net.crf_trans.device
        trans, start = torch.from_numpy(self.trans).to(dev), torch.from_numpy(self.start).to(dev)
        return net.crf_trans + trans, net.crf_start + start

    def crf_nll(self, logits: Any, allowed: Any, lengths: Any, net: Any) -> Any:
        """Summed negative log-likelihood of the allowed tag paths (a CRF with partial labels).

        ``-log P(path in allowed)`` = ``log Z(all paths) - log Z(allowed paths)``,
        both by the forward algorithm, per layer, summed over layers and sequences.
        """
        torch = require_torch()
        em = self.emissions(logits)
        ok = self.stack_mask(allowed)
        both = torch.cat([em, em.masked_fill(~ok, _NEG)], 0)  # [2B, T, L, K]
        lens = torch.cat([lengths, lengths], 0)
        trans, start = self.scores(net)
        log_z = _log_partition().apply(both, trans, start, lens)  # [2B, L]
        b = em.shape[0]
        return (log_z[:b] - log_z[b:]).sum()

    def decode(
        self, logits: Any, lengths: np.ndarray, net: Any, threshold: float | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Tags [B, T, L] and each span's probability on its characters: CRF Viterbi for every layer with
        :meth:`span_probs` of its spans, or with a ``threshold``, :meth:`mbr`'s spans."""
        torch = require_torch()
        em = self.emissions(logits)
        b, t, n_l, k = em.shape
        trans, start = self.scores(net)
        trans, start = trans.detach(), start.detach()
        if threshold is not None:
            return self.mbr(em, trans, start, np.asarray(lengths), threshold)
        lens = torch.from_numpy(np.asarray(lengths))
        ident = torch.arange(k).expand(b, n_l, k)
        score = em[:, 0] + start
        backs = torch.empty((t, b, n_l, k), dtype=torch.long)
        for i in range(1, t):
            best, idx = (score.unsqueeze(-1) + trans).max(dim=2)
            active = (i < lens).view(b, 1, 1)
            score = torch.where(active, best + em[:, i], score)
            backs[i] = torch.where(active, idx, ident)
        last = score.argmax(-1)
        path = torch.empty((b, t, n_l), dtype=torch.long)
        path[:, t - 1] = last
        for i in range(t - 1, 0, -1):
            last = backs[i].gather(-1, last.unsqueeze(-1)).squeeze(-1)
            path[:, i - 1] = last
        path_np = path.numpy()
        return path_np, self.span_probs(em, trans, start, np.asarray(lengths), path_np)

    @staticmethod
    def _forward_backward(em: Any, trans: Any, start: Any, lengths: np.ndarray) -> tuple[Any, Any, Any, Any]:
        """The CRF's forward and backward variables of ``em`` [B, T, L, K] (float64, [T, L, B, K], each step scaled to
        sum 1, :func:`_scaled_forward`) and the logs of their scales: ``log alpha[i, k] = log fwd[i, k] + f_log[i]``
        sums the paths of positions ``0..i`` that end in tag ``k``, ``log beta[i, k] = log bwd[i, k] + b_log[i]``
        those of ``i..end`` that begin with ``k`` (emissions included in both; beta of a sequence restarts at its
        last position). Returns ``(fw, bwd, f_log, b_log)``."""
        torch = require_torch()
        fw = _scaled_forward(em, trans, start)
        e_max, exp_e, a_max = fw.e_max, fw.exp_e, fw.a_max
        t, n_l, b, _ = fw.e.shape
        exp_a_t = fw.exp_a.transpose(1, 2)
        bwd = torch.empty_like(exp_e)
        b_c = torch.empty((t, n_l, b, 1), dtype=torch.float64)
        ends = torch.from_numpy(np.asarray(lengths)).view(1, b, 1)
        for i in range(t - 1, -1, -1):
            q = exp_e[i] if i == t - 1 else torch.where(i + 1 < ends, torch.bmm(bwd[i + 1], exp_a_t), 1.0).mul_(exp_e[i])
            torch.sum(q, -1, keepdim=True, out=b_c[i]).clamp_min_(_TINY)
            torch.div(q, b_c[i], out=bwd[i])
        steps = torch.arange(t, dtype=torch.float64).view(t, 1, 1, 1)
        f_log = (torch.log(fw.norms) + e_max).cumsum(0) + fw.s_max.unsqueeze(1) + steps * a_max
        x = torch.cat([torch.log(b_c) + e_max, torch.zeros((1, n_l, b, 1), dtype=torch.float64)])
        suffix = x.flip(0).cumsum(0).flip(0)  # [T + 1, L, B, 1]: sum of x from position i on
        n_at = ends.view(1, 1, b, 1).expand(1, n_l, b, 1)
        b_log = suffix[:t] - suffix.gather(0, n_at) + (n_at - 1 - steps) * a_max
        return fw, bwd, f_log, b_log

    def span_probs(self, em: Any, trans: Any, start: Any, lengths: np.ndarray, path: np.ndarray) -> np.ndarray:
        """[B, T, L]: for each character inside a span of ``path``, the CRF's probability that its layer is tagged
        with exactly that span (its ``B-``, ``I-`` to its end, no ``I-`` of it right after); 1 elsewhere.

        By the forward-backward algorithm (:meth:`_forward_backward`): a span's log probability is ``alpha`` at its
        start, the transitions and emissions inside it, the sum over ``beta`` of the tags allowed after it, less
        ``log Z``.
        """
        fw, bwd, f_log, b_log = self._forward_backward(em, trans, start, lengths)
        n_l, b = fw.e.shape[1], fw.e.shape[2]
        fwd_np, bwd_np, f_np, b_np = fw.fwd.numpy(), bwd.numpy(), f_log.numpy(), b_log.numpy()
        e_np, tr_np, a_max_np = fw.e.numpy(), fw.tr.numpy(), fw.a_max.view(n_l).numpy()
        out = np.ones(path.shape, dtype=np.float32)
        for row in range(b):
            n = int(lengths[row])
            for li in range(n_l):
                col = path[row, :n, li]
                log_z = f_np[n - 1, li, row, 0]  # fwd sums to 1 at every step
                for s in np.flatnonzero(col % 2 == 1).tolist():  # B- tags start spans
                    tag = int(col[s])
                    end = s + 1
                    while end < n and col[end] == tag + 1:
                        end += 1
                    lp = np.log(fwd_np[s, li, row, tag]) + f_np[s, li, row, 0]
                    prev = tag
                    for pos in range(s + 1, end):
                        lp += tr_np[li, prev, tag + 1] + e_np[pos, li, row, tag + 1]
                        prev = tag + 1
                    if end < n:
                        after = bwd_np[end, li, row] * np.exp(tr_np[li, prev] - a_max_np[li])
                        after[tag + 1] = 0.0
                        lp += np.log(after.sum()) + b_np[end, li, row, 0] + a_max_np[li]
                    out[row, s:end, li] = min(1.0, float(np.exp(lp - log_z)))
        return out

    def span_marginals(
        self, em: Any, trans: Any, start: Any, lengths: np.ndarray, floor: float, max_len: int = 64
    ) -> list[tuple[int, int, int, int, int, float]]:
        """Every span of at most ``max_len`` characters whose probability (as :meth:`span_probs` gives it for the
        spans of a path) exceeds ``floor``: ``(row, layer, label index in the layer, start, end, probability)``.

        A span ``[s, s + d)`` of label ``j`` has ``log alpha[s, B-j]``, the ``I-j`` steps inside it (a running sum),
        and the log of the sum over ``beta`` of the tags allowed after it (none at a sequence's end), less ``log Z``.
        No span is more probable than its first tag, so only starts whose ``B-j`` marginal exceeds ``floor`` are
        followed (a few per entity), each over every length at once.
        """
        fw, bwd, f_log, b_log = self._forward_backward(em, trans, start, lengths)
        t, n_l, b, _ = fw.e.shape
        with np.errstate(divide="ignore"):  # tags no path reaches: log 0
            la = (np.log(fw.fwd.numpy()) + f_log.numpy()).transpose(1, 3, 2, 0)  # [L, K, B, T]
            lb = (np.log(bwd.numpy()) + b_log.numpy()).transpose(1, 2, 0, 3)  # [L, B, T, K]
        e = fw.e.numpy().transpose(1, 3, 2, 0)  # [L, K, B, T]
        tr = fw.tr.numpy()
        n = np.asarray(lengths)
        log_z = np.take_along_axis(f_log.numpy()[:, :, :, 0], (n - 1)[None, None, :], 0)[0]  # [L, B]
        inside = np.arange(t)[None, :] < n[:, None]
        log_floor = np.log(floor) if floor > 0 else -np.inf
        d = np.arange(1, min(max_len, t) + 1)[None, :]
        out: list[tuple[int, int, int, int, int, float]] = []
        for li, k in enumerate(self.sizes):
            z = log_z[li][:, None]
            after = None  # the layer's _log_after, computed for its first label with a start above the floor
            for j in range((k - 1) // 2):
                tb, ti = 2 * j + 1, 2 * j + 2
                with np.errstate(invalid="ignore"):
                    first = la[li, tb] + lb[li, :, :, tb] - e[li, tb] - z  # log P(B-j at s): alpha and beta share e
                r, s0 = np.nonzero(inside & (first > log_floor))
                if not len(r):
                    continue
                if after is None:
                    after = self._log_after(lb[li, :, :, :k], tr[li, :k, :k], n)
                after_b, after_i = after[tb], after[ti]
                run = np.zeros((b, t + 1))
                np.cumsum(tr[li, ti, ti] + e[li, ti], axis=1, out=run[:, 1:])
                ends = s0[:, None] + d  # [C, D]
                fits = ends <= n[r][:, None]
                end_at = np.minimum(ends, t)
                rr = r[:, None]
                with np.errstate(invalid="ignore"):
                    longer = (tr[li, tb, ti] + e[li, ti][r, np.minimum(s0 + 1, t - 1)] - run[r, np.minimum(s0 + 2, t)])[:, None]
                    longer = longer + run[rr, end_at] + after_i[rr, end_at]
                    lp = (la[li, tb][r, s0] - z[r, 0])[:, None] + np.where(d == 1, after_b[rr, end_at], longer)
                    lp[~fits] = -np.inf
                    hit = np.nonzero(lp > log_floor if floor > 0 else np.isfinite(lp))
                for c, di in zip(*hit):
                    out.append((int(r[c]), li, j, int(s0[c]), int(ends[c, di]), min(1.0, float(np.exp(lp[c, di])))))
        return out

    @staticmethod
    def _log_after(lb: np.ndarray, tr: np.ndarray, n: np.ndarray) -> np.ndarray:
        """[K, B, T + 1]: for a span ending in tag ``q`` before position ``i``, the log of the sum over ``beta`` at
        ``i`` of the tags allowed after it (any but the ``I-`` of ``q``'s label, which would continue the span); 0 at a
        sequence's end, -inf beyond it (row 0, ``O``, is not used). ``lb`` [B, T, K] is log beta, ``tr`` [K, K] the
        transition scores, ``n`` [B] the lengths.

        ``log sum_k' exp(tr[q, k'] + lb[k'])`` for every ``q`` at once, as one matrix product in exp space with each
        factor scaled by its largest term (a per-tag ``logsumexp`` over [B, T, K] for each was a quarter of decoding).
        """
        b, t, k = lb.shape
        top = lb.max(-1, keepdims=True)
        top[~np.isfinite(top)] = 0.0  # no tag reachable there: the sum is 0
        t_max = tr.max(-1)  # [K]
        ex = np.exp(tr - t_max[:, None])
        q = np.arange(1, k)
        ex[q, q + q % 2] = 0.0  # B-j (odd) may not be followed by I-j = B-j + 1, nor I-j (even) by itself
        # the product in torch: numpy's BLAS threads would keep spinning beside torch's (3x slower forward-backward)
        torch = require_torch()
        summed = (torch.from_numpy(np.exp(lb - top).reshape(b * t, k)) @ torch.from_numpy(ex.T)).numpy()
        with np.errstate(divide="ignore"):
            a = np.log(summed).reshape(b, t, k) + top + t_max
        out = np.full((k, b, t + 1), -np.inf)
        out[:, :, :t] = a.transpose(2, 0, 1)
        out[:, np.arange(t + 1)[None, :] > n[:, None]] = -np.inf
        out[:, np.arange(b), n] = 0.0
        return out

    def mbr(self, em: Any, trans: Any, start: Any, lengths: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
        """Minimum-Bayes-risk spans: per layer, the non-overlapping spans that maximise the sum of (probability -
        ``threshold``) over the spans taken (weighted interval scheduling over :meth:`span_marginals`), as BIO tags
        [B, T, L] and each span's probability on its characters (1 elsewhere).

        Viterbi takes the most probable whole tag path; exact-span F1 rewards each span that is right, so a span
        is worth taking when its own probability is high enough, whatever the rest of its path. Spans of a layer
        exclude each other, so at most one of those that overlap has a probability above 0.5.
        """
        b, t, n_l = em.shape[0], em.shape[1], em.shape[2]
        tags = np.zeros((b, t, n_l), dtype=np.int64)
        probs = np.ones((b, t, n_l), dtype=np.float32)
        by_end: dict[tuple[int, int], dict[int, list[tuple[int, int, float]]]] = {}
        for row, li, j, s, end, p in self.span_marginals(em, trans, start, lengths, threshold):
            by_end.setdefault((row, li), {}).setdefault(end, []).append((s, j, p))
        for (row, li), ends in by_end.items():
            # the best sum changes only at a span's end: keep it there (``at`` ascending, with 0 before any)
            at, best = [0], [0.0]
            choice: dict[int, tuple[int, int, float]] = {}
            for end in sorted(ends):
                cur = best[-1]
                for s, j, p in ends[end]:
                    worth = best[bisect_right(at, s) - 1] + p - threshold
                    if worth > cur:
                        cur, choice[end] = worth, (s, j, p)
                at.append(end)
                best.append(cur)
            taken = sorted(choice)
            i = int(lengths[row])
            while (c := bisect_right(taken, i)) > 0:  # the last span that ends at or before i
                end = taken[c - 1]
                s, j, p = choice[end]
                tags[row, s, li] = 2 * j + 1
                tags[row, s + 1 : end, li] = 2 * j + 2
                probs[row, s:end, li] = p
                i = s
        return tags, probs

    def entities(self, text: str, tags: np.ndarray, probs: np.ndarray) -> list[Entity]:
        """Read BIO tags [T, L] into entities (an I- that cannot continue starts a new span)."""
        out: list[Entity] = []
        for li, labels in enumerate(self.spec.layers):
            col = tags[:, li]
            start = -1
            lab = -1
            prev = -2
            for i in np.flatnonzero(col).tolist():
                k = int(col[i])
                j = (k - 1) // 2
                if start >= 0 and (k % 2 == 1 or i != prev + 1 or j != lab):
                    out.append(self._entity(text, start, prev + 1, labels[lab], probs[:, li]))
                    start = -1
                if start < 0:
                    start, lab = i, j
                prev = i
            if start >= 0:
                out.append(self._entity(text, start, prev + 1, labels[lab], probs[:, li]))
        out.sort(key=lambda e: (e.start, e.end, e.label))
        return out

    @staticmethod
    def _entity(text: str, s: int, e: int, label: str, probs: np.ndarray) -> Entity:
        # the lowest of its characters': a span joined at a window hand-over gets the lower of the two windows'
        return Entity(s, e, text[s:e], label, round(float(probs[s:e].min()), 4))
