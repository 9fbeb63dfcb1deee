"""Scoring the NER model against an annotated file, in that file's own label set.

fayan's labels are mapped onto the file's (``labels.json``: all person roles
become ``Nh`` for the CAIL2022 drug file; defendant becomes 犯罪嫌疑人 and victim
受害人 for the LawBench theft file); fayan labels the file lacks are dropped
before scoring.

Matching is exact:

* span files (CAIL2022 drug, fayan NER JSONL): a prediction counts when its
  ``(label, start, end)`` equals a gold mention;
* the LawBench theft file gives strings without offsets: a prediction counts
  when its ``(label, text)`` matches a gold string, as a multiset per sentence
  (a string listed twice needs two predictions).

>>> s = score([[("Nh", 0, 2), ("NT", 5, 9)]], [[("Nh", 0, 2), ("NT", 5, 8)]])
>>> [(x.label, x.tp, x.fp, x.fn) for x in s]
[('NT', 0, 1, 1), ('Nh', 1, 0, 0)]

Where the model and the gold differ, and how: :func:`disagreements` lists every miss and false find with the text
around it, as ``boundary`` (the same label over other ends), ``label`` (another label over the same words),
``missed`` or ``spurious``, so that a person can tell a model's error from a gold annotation's.

How far a micro F1 can be trusted depends on how much it was measured on: :func:`bootstrap` draws the records
again with replacement, whole groups at a time, and gives the interval that holds the middle 95 % of the micro F1s
so measured. :func:`evaluate_file` draws the groups that the train / held-out split keeps together (CAIL's
``articleId``: a batch of cases, annotated together), since records of one group share their annotator's habits.
Whether a retrained model is better than another is a question about the difference of their F1s on the same
records: ``evaluate_file(..., against=other)`` scores both and bootstraps the difference, both models drawn on the
same groups each time (a paired bootstrap), which is far narrower than either interval alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

import numpy as np
from rich.cells import cell_len

from fayan.errors import UsageError
from fayan.nlp.ner.data import (
    Entity,
    FormatSpec,
    GoldEntity,
    GoldRecord,
    Split,
    locate_strings,
    map_entities,
    read_gold,
    split_records,
)
from fayan.nlp.ner.model import NerModel, load_model

__all__ = [
    "LabelScore", "F1Interval", "Comparison", "Disagreement", "EvalReport", "score", "micro", "bootstrap",
    "disagreements", "record_items", "evaluate_file",
]

ErrorKind = Literal["boundary", "label", "missed", "spurious"]
ERROR_KINDS: tuple[ErrorKind, ...] = get_args(ErrorKind)
_T = TypeVar("_T", GoldEntity, Entity)


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Counts for one label (or ``micro`` for all) and the rates they give.

    >>> LabelScore("Nh", tp=8, fp=2, fn=0).f1
    0.8889
    """

    label: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return round(2 * self.tp / d, 4) if d else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "support": self.tp + self.fn}


@dataclass(frozen=True, slots=True)
class F1Interval:
    """A percentile bootstrap interval of the micro F1 (:func:`bootstrap`)."""

    low: float
    high: float
    level: float  # the share of the resampled F1s between low and high, e.g. 0.95
    resamples: int
    groups: int  # how many groups of records were drawn from

    def to_dict(self) -> dict[str, float | int]:
        return {"low": self.low, "high": self.high, "level": self.level, "resamples": self.resamples,
                "groups": self.groups}


@dataclass(frozen=True)
class Comparison:
    """Another model scored on the same records: its micro counts, and the paired interval of the difference
    (this report's micro F1 minus the other's) when a bootstrap was asked for."""

    model: str  # the other model's version
    micro: LabelScore
    interval: F1Interval | None = None

    def to_dict(self, f1: float) -> dict[str, Any]:
        return {"model": self.model, "micro_f1": self.micro.f1, "difference": round(f1 - self.micro.f1, 4),
                **({"difference_interval": self.interval.to_dict()} if self.interval is not None else {})}


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place where the model and the file's gold differ, with the text around it (:func:`disagreements`).

    ``gold`` and ``pred`` are in the file's labels; ``gold.start`` is None for a gold string (theft file) that is
    not in its text. ``pred.score`` is the model's probability of its span.
    """

    record: str  # the record's id
    line: int | None  # the file's line the record is on, where the file has lines of records
    kind: ErrorKind
    gold: GoldEntity | None
    pred: Entity | None
    context: str  # the text around, the words in question in 【】

    @property
    def label(self) -> str:
        """The gold's label, else the prediction's."""
        return self.gold.label if self.gold is not None else self.pred.label  # type: ignore[union-attr]

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record, "line": self.line, "kind": self.kind, "label": self.label,
            "gold": None if self.gold is None else asdict(self.gold),
            "pred": None if self.pred is None else asdict(self.pred),
            "context": self.context,
        }


@dataclass(frozen=True)
class EvalReport:
    """Exact-match precision / recall / F1 per label and micro-averaged."""

    path: str
    format: str
    split: str
    scheme: str
    match: str
    records: int
    labels: tuple[LabelScore, ...]
    model: str  # the scored model's :attr:`~fayan.nlp.ner.model.NerModel.version`
    precision: str  # what the network ran in: "bfloat16" or "float32"
    interval: F1Interval | None = None  # of the micro F1, when asked for (``evaluate_file(resamples=N)``)
    against: Comparison | None = None  # another model on the same records (``evaluate_file(against=...)``)
    errors: tuple[Disagreement, ...] | None = None  # every miss and false find (``evaluate_file(errors=True)``)

    def error_counts(self) -> dict[str, dict[str, int]]:
        """Disagreements per label and kind (each label with every kind, 0 where none); empty without errors."""
        counts: dict[str, dict[str, int]] = {}
        for d in self.errors or ():
            row = counts.setdefault(d.label, dict.fromkeys(ERROR_KINDS, 0))
            row[d.kind] += 1
        return dict(sorted(counts.items()))

    @cached_property
    def micro(self) -> LabelScore:
        """The counts of all labels summed."""
        return micro(self.labels)

    @property
    def micro_f1(self) -> float:
        return self.micro.f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "split": self.split,
            "scheme": self.scheme,
            "match": self.match,
            "records": self.records,
            "model": self.model,
            "precision": self.precision,
            "micro_precision": self.micro.precision,
            "micro_recall": self.micro.recall,
            "micro_f1": self.micro.f1,
            "labels": {s.label: s.to_dict() for s in self.labels},
            **({"micro_f1_interval": self.interval.to_dict()} if self.interval is not None else {}),
            **({"against": self.against.to_dict(self.micro.f1)} if self.against is not None else {}),
            **({"disagreements": self.error_counts()} if self.errors is not None else {}),
        }

    def render(self) -> str:
        """A plain-text table for the command line."""
        head = (f"{Path(self.path).name}  format={self.format}  split={self.split}  "
                f"records={self.records}  match={self.match}")
        width = max([cell_len(s.label) for s in self.labels] + [5]) + 2

        def cell(label: str) -> str:  # padded to the column as a terminal shows it: a Chinese character is 2 wide
            return label + " " * (width - cell_len(label))

        rows = [head, f"model={self.model} ({self.precision})",
                f"{cell('label')}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
        for s in (*self.labels, self.micro):
            rows.append(f"{cell(s.label)}{s.precision:>8.4f}{s.recall:>8.4f}{s.f1:>8.4f}{s.tp + s.fn:>9}")
        if self.interval is not None:
            iv = self.interval
            rows.append(f"micro F1 {iv.level:.0%} interval {iv.low:.4f}-{iv.high:.4f} "
                        f"({iv.resamples} resamples of the {iv.groups} groups of records)")
        if self.against is not None:
            a = self.against
            line = (f"against {a.model}: micro F1 {a.micro.f1:.4f} (P {a.micro.precision:.4f}, R {a.micro.recall:.4f}), "
                    f"difference {self.micro.f1 - a.micro.f1:+.4f}")
            if a.interval is not None:
                line += f", {a.interval.level:.0%} paired interval {a.interval.low:+.4f} to {a.interval.high:+.4f}"
            rows.append(line)
        if self.errors is not None:
            counts = self.error_counts()
            rows.append(f"disagreements: {len(self.errors)} "
                        "(a boundary or label one is a miss and a false find at once)")
            rows.append(cell("label") + "".join(f"{k:>10}" for k in ERROR_KINDS))
            for lab, row in counts.items():
                rows.append(cell(lab) + "".join(f"{row[k]:>10}" for k in ERROR_KINDS))
        return "\n".join(rows)


def score(
    gold: Sequence[Sequence[tuple[Hashable, ...]]], pred: Sequence[Sequence[tuple[Hashable, ...]]]
) -> list[LabelScore]:
    """Per-label exact-match counts; items are ``(label, *key)`` tuples, matched as multisets per record."""
    if len(gold) != len(pred):
        raise UsageError(f"{len(gold)} gold records but {len(pred)} predictions")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gc, pc = Counter(g), Counter(p)
        for item in gc | pc:
            lab = str(item[0])
            hit = min(gc[item], pc[item])
            tp[lab] += hit
            fp[lab] += pc[item] - hit
            fn[lab] += gc[item] - hit
    labels = sorted(set(tp) | set(fp) | set(fn))
    return [LabelScore(lab, tp[lab], fp[lab], fn[lab]) for lab in labels]


def micro(scores: Iterable[LabelScore]) -> LabelScore:
    """The counts of ``scores`` summed (micro-averaging: per label, or per fold of one label set)."""
    tp = fp = fn = 0
    for s in scores:
        tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
    return LabelScore("micro", tp, fp, fn)


def bootstrap(
    gold: Sequence[Sequence[tuple[Hashable, ...]]],
    pred: Sequence[Sequence[tuple[Hashable, ...]]],
    groups: Sequence[Hashable],
    resamples: int,
    *,
    against: Sequence[Sequence[tuple[Hashable, ...]]] | None = None,
    level: float = 0.95,
    seed: int = 0,
) -> F1Interval:
    """Percentile interval of the micro F1 of ``gold`` against ``pred`` (items as :func:`score` takes them) when
    the groups of records (``groups[i]`` is record i's) are drawn again with replacement, ``resamples`` times.

    Deterministic for a ``seed``.  Two groups, one found and one missed, can come back as the missed one twice
    (F1 0) or the found one twice (F1 1); as one group, the interval is the point itself:

    >>> g, p = [[("Nh", 0, 2)], [("Nh", 0, 2)]], [[("Nh", 0, 2)], []]
    >>> iv = bootstrap(g, p, ["a", "b"], 1000)
    >>> iv.low, iv.high, iv.groups
    (0.0, 1.0, 2)
    >>> bootstrap(g, p, ["a", "a"], 1000).low   # one group: always the same two records
    0.6667

    With ``against`` (another model's predictions on the same records), the interval is of the micro F1 of ``pred``
    minus that of ``against``, both drawn on the same groups each time:

    >>> iv = bootstrap(g, p, ["a", "b"], 1000, against=[[], []])
    >>> iv.low, iv.high
    (0.0, 1.0)
    """
    if len(gold) != len(pred) or len(gold) != len(groups) or (against is not None and len(against) != len(gold)):
        raise UsageError(f"{len(gold)} gold records, {len(pred)} predictions"
                         f"{'' if against is None else f', {len(against)} other predictions'} and {len(groups)} group keys")
    if resamples < 1:
        raise UsageError(f"bootstrap resamples must be at least 1, not {resamples}")
    if not 0 < level < 1:
        raise UsageError(f"the interval's level must be between 0 and 1, not {level}")
    index: dict[Hashable, int] = {}
    for key in groups:
        index.setdefault(key, len(index))
    n = len(index)
    if n == 0:
        raise UsageError("no records to resample")
    draws = np.random.default_rng(seed).integers(0, n, size=(resamples, n))

    def f1s(predictions: Sequence[Sequence[tuple[Hashable, ...]]]) -> np.ndarray:
        counts = np.zeros((n, 3), dtype=np.int64)
        for g, p, key in zip(gold, predictions, groups):
            m = micro(score([g], [p]))
            counts[index[key]] += (m.tp, m.fp, m.fn)
        drawn = counts[draws].sum(axis=1)
        tp, fp, fn = drawn[:, 0], drawn[:, 1], drawn[:, 2]
        denom = 2 * tp + fp + fn
        return np.divide(2 * tp, denom, out=np.zeros(resamples), where=denom > 0)

    f1 = f1s(pred) if against is None else f1s(pred) - f1s(against)
    low, high = np.quantile(f1, [(1 - level) / 2, (1 + level) / 2])
    return F1Interval(round(float(low), 4), round(float(high), 4), level, resamples, n)


def record_items(
    records: Sequence[GoldRecord],
    fmt: str,
    model: NerModel,
    *,
    batch_size: int | None = None,
) -> tuple[list[list[tuple[Hashable, ...]]], list[list[tuple[Hashable, ...]]]]:
    """Gold and predicted items per record, in the format's own labels and match key, for :func:`score`.

    A record that names the labels it annotates is scored on those only; the parts of a document are read as one.
    """
    return items_of(records, *_predictions(records, fmt, model, batch_size))


def _predictions(
    records: Sequence[GoldRecord], fmt: str, model: NerModel, batch_size: int | None
) -> tuple[FormatSpec, list[list[Entity]]]:
    """The format's mapping and the model's entities (fayan labels) per record, in the format's scheme."""
    fs = model.spec.formats.get(fmt)
    if fs is None:
        raise UsageError(f"the model's label spec has no mapping for format {fmt!r}")
    # a record without a document is one of its own
    return fs, model.predict_many([r.text for r in records], scheme=fs.scheme, batch_size=batch_size,
                                  documents=[r.document_key for r in records])


def items_of(
    records: Sequence[GoldRecord], fs: FormatSpec, predictions: Sequence[Sequence[Entity]]
) -> tuple[list[list[tuple[Hashable, ...]]], list[list[tuple[Hashable, ...]]]]:
    """:func:`record_items` of predictions made already (fayan-labelled entities, one list per record)."""
    key = _match_key(fs)
    gold_items: list[list[tuple[Hashable, ...]]] = []
    pred_items: list[list[tuple[Hashable, ...]]] = []
    for r, ents in zip(records, predictions, strict=True):
        golds, preds = _scored(r, fs, ents)
        gold_items.append([key(e) for e in golds])
        pred_items.append([key(e) for e in preds])
    return gold_items, pred_items


def _match_key(fs: FormatSpec) -> Callable[[GoldEntity | Entity], tuple[Hashable, ...]]:
    """What makes a prediction match a gold item in the format: its label and string, or label and offsets."""
    if fs.match == "string":
        return lambda e: (e.label, e.text)
    return lambda e: (e.label, e.start, e.end)


def _scored(r: GoldRecord, fs: FormatSpec, entities: Sequence[Entity]) -> tuple[list[GoldEntity], list[Entity]]:
    """A record's gold and its predictions in the file's labels, both kept to the labels the record annotates."""
    golds = [g for g in r.entities if r.labels is None or g.label in r.labels]
    return golds, [e for e in map_entities(entities, fs) if r.labels is None or e.label in r.labels]


def disagreements(
    records: Sequence[GoldRecord], fs: FormatSpec, predictions: Sequence[Sequence[Entity]], *, width: int = 20
) -> list[Disagreement]:
    """Every gold item the predictions miss and every prediction the gold lacks, as :func:`score` counts them,
    paired where they overlap, in text order; ``width`` characters of context on each side.

    A missed gold and a false find that overlap are one disagreement: ``boundary`` with the same label (the model
    found the thing, with other ends), ``label`` with another. What is left is ``missed`` or ``spurious``. Gold
    strings without offsets (the theft file) are placed in the text as training places them
    (:func:`~fayan.nlp.ner.data.locate_strings`); one that is not in the text is ``missed``.

    >>> from fayan.nlp.ner.data import load_label_spec
    >>> fs = load_label_spec().formats["cail2022_drug"]
    >>> rec = GoldRecord("1-1", "1", "被告人张某在本市某宾馆门口贩卖冰毒", (GoldEntity("Nh", "张某", 3, 5),
    ...                   GoldEntity("Ns", "本市某宾馆门口", 6, 13), GoldEntity("NDR", "冰毒", 15, 17)))
    >>> pred = [Entity(3, 5, "张某", "defendant", 0.99), Entity(6, 11, "本市某宾馆", "place", 0.6),
    ...         Entity(13, 15, "贩卖", "drug", 0.3)]
    >>> [(d.kind, d.label, d.context) for d in disagreements([rec], fs, [pred], width=2)]
    [('boundary', 'Ns', '某在【本市某宾馆门口】贩卖'), ('spurious', 'NDR', '门口【贩卖】冰毒'), ('missed', 'NDR', '贩卖【冰毒】')]
    """
    if len(records) != len(predictions):
        raise UsageError(f"{len(records)} gold records but {len(predictions)} predictions")
    key = _match_key(fs)
    out: list[Disagreement] = []
    for r, ents in zip(records, predictions):
        golds, preds = _scored(r, fs, ents)
        if fs.match == "string":
            golds = _placed(r.text, golds)
        hits = Counter(key(g) for g in golds) & Counter(key(e) for e in preds)  # multisets, as score() counts
        found = _paired(_unmatched(golds, key, hits), _unmatched(preds, key, hits), len(r.text))
        for _, kind, g, e in sorted(found, key=lambda x: (x[0], ERROR_KINDS.index(x[1]))):
            ends = [x for x in (g, e) if x is not None and x.start is not None]
            if ends:
                a, b = min(x.start for x in ends), max(x.end for x in ends)  # type: ignore[type-var]
                context = f"{r.text[max(0, a - width):a]}【{r.text[a:b]}】{r.text[b:b + width]}"
            else:  # a gold string not in the text
                context = f"【{g.text}】 (not in the text)"  # type: ignore[union-attr]
            out.append(Disagreement(r.id, r.line, kind, g, e, context))
    return out


def _placed(text: str, golds: Sequence[GoldEntity]) -> list[GoldEntity]:
    """Gold strings placed in ``text`` as training places them; a string not in the text keeps no offsets."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for a, b, lab in locate_strings(text, [(g.label, g.text) for g in golds]):
        spans.setdefault((lab, text[a:b]), []).append((a, b))
    placed = []
    for g in golds:
        free = spans.get((g.label, g.text))
        a, b = free.pop(0) if free else (None, None)
        placed.append(GoldEntity(g.label, g.text, a, b))
    return placed


def _paired(
    missed: Sequence[GoldEntity], false_finds: Sequence[Entity], n: int
) -> list[tuple[int, ErrorKind, GoldEntity | None, Entity | None]]:
    """``(position, kind, gold, prediction)`` of each disagreement: a missed gold paired with a false find over it
    (one of its label first: ``boundary``, else ``label``) or ``missed``; the false finds left ``spurious``. A gold
    string with no offsets stands at the end of the text (``n``)."""
    false = list(false_finds)  # each pairs once: taken out of this copy, not the caller's list
    found: list[tuple[int, ErrorKind, GoldEntity | None, Entity | None]] = []
    for g in missed:
        over: list[Entity] = []
        if g.start is not None and g.end is not None:
            over = [e for e in false if e.start < g.end and g.start < e.end]
        same = [e for e in over if e.label == g.label]
        e = (same or over or [None])[0]
        if e is not None:
            false.remove(e)
        kind: ErrorKind = "missed" if e is None else "boundary" if e.label == g.label else "label"
        found.append((g.start if g.start is not None else n, kind, g, e))
    return found + [(e.start, "spurious", None, e) for e in false]


def _unmatched(items: Sequence[_T], key: Callable[[_T], tuple[Hashable, ...]], hits: Counter[Any]) -> list[_T]:
    """``items`` left when each matched key (``hits``, with its count) has taken its first items."""
    left = Counter(hits)
    out = []
    for x in items:
        if left[key(x)] > 0:
            left[key(x)] -= 1
        else:
            out.append(x)
    return out


def evaluate_file(
    path: str | Path,
    model: NerModel | None = None,
    *,
    split: Split = "all",
    batch_size: int | None = None,
    resamples: int = 0,
    against: NerModel | None = None,
    errors: bool = False,
) -> EvalReport:
    """Score ``model`` (default: the shipped one) on an annotated file in any format fayan reads.

    ``split="heldout"`` scores only the held-out part of the deterministic
    split that training leaves out (:func:`~fayan.nlp.ner.data.split_records`),
    which reproduces the model card's numbers; ``"train"`` the rest. With ``resamples`` > 0 the report carries a
    95 % :func:`bootstrap` interval of the micro F1, drawing the records' groups (seed 0). ``against`` scores another
    model on the same records too (:class:`Comparison`), with the paired interval of the difference when
    ``resamples`` > 0. ``errors=True`` lists every disagreement with the gold (:func:`disagreements`) in the report.
    """
    fmt, records = read_gold(path)
    records = split_records(fmt, records, split)
    m = model or load_model()
    fs, predictions = _predictions(records, fmt, m, batch_size)
    gold, pred = items_of(records, fs, predictions)
    per_label = score(gold, pred)
    groups = [r.group for r in records]
    interval = bootstrap(gold, pred, groups, resamples) if resamples else None
    comparison = None
    if against is not None:
        gold_b, pred_b = record_items(records, fmt, against, batch_size=batch_size)
        if gold_b != gold:  # the two label specs map the file's labels differently: not one question
            raise UsageError(f"{path}: the two models' label specs score the file's gold differently; compare models "
                             "that share labels.json's mapping for this format")
        comparison = Comparison(against.version, micro(score(gold, pred_b)),
                                bootstrap(gold, pred, groups, resamples, against=pred_b) if resamples else None)
    return EvalReport(str(path), fmt, split, fs.scheme, fs.match, len(records), tuple(per_label), m.version,
                      m.precision, interval, comparison,
                      tuple(disagreements(records, fs, predictions)) if errors else None)
