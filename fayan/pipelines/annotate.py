"""Round trips with annotation tools: pre-annotate for Label Studio or Doccano, read corrections back.

Export (one direction)::

    documents ──extract──▶ Judgment.spans, amounts, circumstances … ──▶ labelled spans ──▶ tasks file
              ──NER model (optional)──▶ entities ──────────────────────┘

* :func:`export_label_studio` writes a Label Studio task list (JSON) with fayan's
  spans as ``predictions`` (pre-annotations the annotator corrects), and the
  matching labeling config (``<name>.config.xml``) next to it;
* :func:`export_doccano` writes Doccano sequence-labelling JSONL.

Import (the other direction): :func:`import_label_studio` and
:func:`import_doccano` read annotations back into :class:`AnnotatedText`
records, checking every span against its text, and
:func:`write_training_jsonl` writes them as fayan NER JSONL, the format
:func:`fayan.nlp.ner.train_ner` reads through ``extra_train_files``.

Offsets.  Python counts code points; Label Studio counts JavaScript string
indices, that is UTF-16 code units, so a character outside the Basic
Multilingual Plane (𠮷, emoji) counts 2 there.  Label Studio offsets are
converted both ways (:func:`utf16_offset`, :func:`code_point_offset`).  Doccano
files are read and written in code points (its import and export run in
Python).

>>> text = "𠮷某盗窃现金500元"
>>> utf16_offset(text, 7), code_point_offset(text, 8)
(8, 7)

Labels.  Spans from the rules (:data:`RULE_LABELS`) and from the NER model
(its labels in upper case, :func:`ner_labels`) share one label set.  The rules'
money amounts take the NER model's label where the meaning is the same
(``MONEY`` for money taken, ``VALUE``, ``GAIN``), so that corrected
pre-annotations train the model; other labels (``CHARGE``, ``DATE`` …) are kept
for annotation and left out of the NER training file.
"""

from __future__ import annotations

import bisect
import colorsys
import itertools
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from fayan.errors import ModelError, RecordError, UsageError
from fayan.jsonl import read_jsonl, read_utf8
from fayan.judgment import Judgment
from fayan.types import Document

__all__ = [
    "RULE_LABELS",
    "AnnotatedSpan",
    "AnnotatedText",
    "ExportSummary",
    "TrainingSummary",
    "rule_spans",
    "ner_labels",
    "label_studio_config",
    "export_label_studio",
    "export_doccano",
    "import_label_studio",
    "import_doccano",
    "write_training_jsonl",
    "utf16_offset",
    "code_point_offset",
]

RULE_LABELS: dict[str, str] = {
    "COURT": "the court's name (court)",
    "CASE_NUMBER": "the case number 案号 (case_number)",
    "PROSECUTOR": "the prosecuting organ 公诉机关 (prosecutor)",
    "DEFENDANT": "a defendant's name (defendants[].name, header_defendants[], name_variants[])",
    "DATE": "a date fayan reads: judgment, birth, detention, arrest, offence start, prosecution",
    "CHARGE": "a charge name in the result (defendants[].charges[])",
    "PUNISHMENT": "the punishment imposed, principal to fine (defendants[].verdict, counts[])",
    "FINE": "the fine's amount inside a punishment",
    "ARTICLE": "a cited article (article_refs[])",
    "CIRCUMSTANCE": "a sentencing circumstance cue (circumstances[], negated ones left out)",
    "MONEY": "money taken by the crime: amounts[] of role stolen, defrauded, robbed, extorted, embezzled",
    "VALUE": "the assessed value of goods: amounts[] of role value",
    "GAIN": "illegal gains: amounts[] of role gains",
    "AMOUNT": "any other money amount in the facts: amounts[] of the other roles",
    "DISPOSITION": "a property order in the result: 追缴, 没收, 责令退赔 … (dispositions[])",
}
"""Labels of the spans fayan's rules give, with where each comes from."""

# Provenance field paths (Judgment.spans) → label; paths not listed (header
# paragraphs, result clauses, term dates, priors) are not pre-annotated.
_FIELD_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"court", "COURT"),
        (r"case_number", "CASE_NUMBER"),
        (r"prosecutor", "PROSECUTOR"),
        (r"judgment_date|offence_start|prosecution_date", "DATE"),
        (r"defendants\[\d+\]\.(?:birth_date|detained_on|arrested_on)", "DATE"),
        (r"defendants\[\d+\]\.name|header_defendants\[\d+\]|defendants\[\d+\]\.name_variants\[\d+\]", "DEFENDANT"),
        (r"defendants\[\d+\]\.charges\[\d+\]", "CHARGE"),
        (r"defendants\[\d+\]\.(?:verdict|counts\[\d+\])", "PUNISHMENT"),
        (r"article_refs\[\d+\]", "ARTICLE"),
    )
)
_ROLE_LABELS = {
    "stolen": "MONEY", "defrauded": "MONEY", "robbed": "MONEY", "extorted": "MONEY", "embezzled": "MONEY",
    "value": "VALUE", "gains": "GAIN",
}  # fmt: skip
_FINE_CUE = re.compile(r"罚金(?:人民币)?[：:]?$")


# ---------------------------------------------------------------------------
# Types


@dataclass(frozen=True, slots=True)
class AnnotatedSpan:
    """A labelled span ``text[start:end]`` (code points)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class AnnotatedText:
    """A text with its labelled spans; ``source`` says where it came from (``file#task 3``, ``file:12``)."""

    id: str
    text: str
    spans: tuple[AnnotatedSpan, ...]
    source: str = ""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote.  ``model_version`` names the predictors that ran (``rules+ner``, ``rules``)."""

    path: str
    config_path: str | None
    documents: int
    spans: int
    labels: dict[str, int]
    model_version: str
    failures: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def render(self) -> str:
        if not self.documents:
            lines = [f"0 documents: nothing written to {self.path}"]
            lines += [f"note: {n}" for n in self.notes]
            lines += [f"failed: {f}" for f in self.failures]
            return "\n".join(lines)
        lines = [f"{self.documents} documents, {self.spans} pre-annotated spans ({self.model_version}) → {self.path}"]
        if self.config_path:
            lines.append(f"labeling config → {self.config_path}")
        lines += [f"  {n:6d}  {label}" for label, n in self.labels.items()]
        lines += [f"note: {n}" for n in self.notes]
        lines += [f"failed: {f}" for f in self.failures]
        return "\n".join(lines)


@dataclass(frozen=True)
class TrainingSummary:
    """What :func:`write_training_jsonl` wrote, and the labels it left out (not NER labels)."""

    path: str
    texts: int
    mentions: int
    labels: dict[str, int]
    dropped: dict[str, int]
    # spans that overlap a longer one of their layer in the same text: written, but training keeps the longer
    overlapping: tuple[str, ...] = ()
    # texts not written because every span of theirs was dropped ("id (source): labels")
    texts_left_out: tuple[str, ...] = ()

    def render(self) -> str:
        lines = [f"{self.texts} texts, {self.mentions} entity mentions → {self.path}"]
        lines += [f"  {n:6d}  {label}" for label, n in self.labels.items()]
        if self.dropped:
            lines.append("left out (no NER label): " + ", ".join(f"{k} {v}" for k, v in self.dropped.items()))
        if self.texts_left_out:
            lines.append(f"{len(self.texts_left_out)} texts left out: every span of theirs was left out (no NER label), "
                         "and written without one they would read as naming no entity:")
            lines += [f"  {x}" for x in self.texts_left_out[:10]]
            if len(self.texts_left_out) > 10:
                lines.append(f"  … and {len(self.texts_left_out) - 10} more")
        if self.overlapping:
            lines.append(f"{len(self.overlapping)} spans overlap a longer one of their layer; training keeps the longer:")
            lines += [f"  {x}" for x in self.overlapping[:10]]
            if len(self.overlapping) > 10:
                lines.append(f"  … and {len(self.overlapping) - 10} more")
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# Offsets: code points ⇄ UTF-16 code units


class _Utf16:
    """Offset conversion for one text; cheap when the text has no astral character."""

    def __init__(self, text: str):
        self.text = text
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 index of each astral character's first code unit
        self.units = [i + k for k, i in enumerate(self.astral)]

    def to_units(self, index: int) -> int:
        return index + bisect.bisect_left(self.astral, index)

    def to_code_points(self, unit: int) -> int:
        k = bisect.bisect_left(self.units, unit)
        if k < len(self.units) and self.units[k] == unit:
            return unit - k
        if k > 0 and self.units[k - 1] + 1 == unit:
            raise ValueError(f"UTF-16 offset {unit} falls between the two halves of {self.text[self.astral[k - 1]]!r}")
        return unit - k

    @property
    def length(self) -> int:
        return len(self.text) + len(self.astral)


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 (JavaScript) offset of code point ``index`` in ``text``.

    >>> utf16_offset("吉野家", 1), utf16_offset("𠮷野家", 1), utf16_offset("𠮷野家", 0)
    (1, 2, 0)
    """
    if not 0 <= index <= len(text):
        raise UsageError(f"offset {index} is outside the text (length {len(text)})")
    return _Utf16(text).to_units(index)


def code_point_offset(text: str, unit: int) -> int:
    """The code point offset of UTF-16 (JavaScript) offset ``unit`` in ``text``.

    Raises :class:`~fayan.errors.UsageError` for an offset inside a surrogate pair.

    >>> code_point_offset("𠮷野家", 2), code_point_offset("𠮷野家", 4)
    (1, 3)
    """
    conv = _Utf16(text)
    if not 0 <= unit <= conv.length:
        raise UsageError(f"UTF-16 offset {unit} is outside the text (length {conv.length})")
    try:
        return conv.to_code_points(unit)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


# ---------------------------------------------------------------------------
# Pre-annotations


def rule_spans(judgment: Judgment) -> list[AnnotatedSpan]:
    """The labelled spans fayan's extraction gives for one judgment, in original-text offsets.

    >>> from fayan.pipelines.assemble import extract
    >>> j = extract("某某县人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某县人民检察院。 "
    ...     "被告人张某，男，1990年1月1日出生。 经审理查明，被告人张某盗窃现金2000元。 "
    ...     "本院认为，被告人张某构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    ...     "被告人张某犯盗窃罪，判处拘役三个月，并处罚金人民币一千元。 审判员李某 二〇二〇年四月一日 书记员王某")
    >>> [(s.label, s.text) for s in rule_spans(j) if s.label in ("CHARGE", "FINE", "MONEY", "PUNISHMENT")]
    [('MONEY', '2000元'), ('CHARGE', '盗窃罪'), ('PUNISHMENT', '拘役三个月，并处罚金人民币一千元'), ('FINE', '一千元')]
    """
    out: list[AnnotatedSpan] = []
    for p in judgment.spans:
        label = next((lab for rx, lab in _FIELD_LABELS if rx.fullmatch(p.field)), None)
        if label is None:
            continue
        out.append(AnnotatedSpan(p.start, p.end, p.text, label))
        if label == "PUNISHMENT":
            out += _fines(p.start, p.text)
    for a in judgment.amounts:
        out.append(AnnotatedSpan(a.start, a.end, a.text, _ROLE_LABELS.get(a.role, "AMOUNT")))
    for c in judgment.circumstances:
        if not c.negated:
            out.append(AnnotatedSpan(c.start, c.end, c.text, "CIRCUMSTANCE"))
    for d in judgment.dispositions:
        out.append(AnnotatedSpan(d.start, d.end, d.text, "DISPOSITION"))
    return _unique(out)


def _fines(offset: int, punishment: str) -> list[AnnotatedSpan]:
    """FINE spans: money amounts after 罚金 in a punishment's text (read on its normalised form)."""
    from fayan.nlp.numbers import find_money
    from fayan.nlp.text import normalize

    norm, offsets = normalize(punishment)
    out = []
    for span, _money in find_money(norm):
        if _FINE_CUE.search(norm[: span.start]):
            s = offsets.to_original(span.start)
            e = offsets.to_original(span.end - 1) + 1
            out.append(AnnotatedSpan(offset + s, offset + e, punishment[s:e], "FINE"))
    return out


def _unique(spans: Iterable[AnnotatedSpan]) -> list[AnnotatedSpan]:
    seen: dict[tuple[int, int, str], AnnotatedSpan] = {}
    for s in spans:
        seen.setdefault((s.start, s.end, s.label), s)
    return sorted(seen.values(), key=lambda s: (s.start, s.end, s.label))


def ner_labels() -> tuple[str, ...]:
    """The NER model's labels in upper case, as annotation labels (from ``labels.json``).

    >>> ner_labels()[:3]
    ('DEFENDANT', 'VICTIM', 'PERSON')
    """
    from fayan.nlp.ner.data import load_label_spec

    return tuple(label.upper() for label in load_label_spec().labels)


def label_studio_config(labels: Sequence[str]) -> str:
    """A Label Studio labeling config: one ``Labels`` control (``label``) over the ``Text`` (``text``).

    >>> print(label_studio_config(["CHARGE"]))
    <View>
      <Header value="$doc_id"/>
      <Labels name="label" toName="text">
        <Label value="CHARGE" background="#e33b3b"/>
      </Labels>
      <Text name="text" value="$text"/>
    </View>
    """
    lines = ["<View>", '  <Header value="$doc_id"/>', '  <Labels name="label" toName="text">']
    for i, label in enumerate(labels):
        lines.append(f"    <Label value={quoteattr(label)} background={quoteattr(_colour(i, len(labels)))}/>")
    lines += ["  </Labels>", '  <Text name="text" value="$text"/>', "</View>"]
    return "\n".join(lines)


def _colour(i: int, n: int) -> str:
    """The i-th of n distinct colours: hues evenly spaced, alternating two lightnesses.

    >>> _colour(0, 4), _colour(1, 4)
    ('#e33b3b', '#b5ed7e')
    """
    hue = i / max(n, 1)
    r, g, b = colorsys.hls_to_rgb(hue, 0.56 if i % 2 == 0 else 0.71, 0.75)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (r, g, b))


@dataclass(frozen=True)
class _Prepared:
    doc: Document
    spans: list[AnnotatedSpan]


def _parse_model(model: str) -> frozenset[str]:
    parts = frozenset(p.strip() for p in model.split("+"))
    if not parts or not parts <= {"rules", "ner"}:
        raise UsageError(f"model must be 'rules', 'ner' or 'rules+ner', not {model!r}")
    return parts


def _read_inputs(
    documents_or_paths: Any,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> tuple[list[Document], list[str]]:
    """The documents, and a 'source: reason' string for each input that could not be read.  ``text_fields`` and
    ``id_field`` say how json/jsonl records are read (:func:`fayan.pipelines.readers.read_file`)."""
    from fayan.pipelines.readers import ReadFailure, read_paths

    items = [documents_or_paths] if isinstance(documents_or_paths, (str, os.PathLike, Document)) else documents_or_paths
    docs: list[Document] = []
    failures: list[str] = []
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
            continue
        for got in read_paths([item], text_fields=text_fields, id_field=id_field):
            if isinstance(got, ReadFailure):
                failures.append(got.line)
            else:
                docs.append(got)
    return docs, failures


def _prepare(
    documents_or_paths: Any,
    with_predictions: bool,
    model: str,
    ner_model_path: str | os.PathLike[str] | None,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> tuple[list[_Prepared], list[str], list[str], str]:
    from fayan.pipelines.assemble import extract_document

    parts = _parse_model(model) if with_predictions else frozenset()
    docs, failures = _read_inputs(documents_or_paths, text_fields, id_field)
    notes: list[str] = []
    spans: list[list[AnnotatedSpan]] = [[] for _ in docs]
    ran = []
    if "rules" in parts:
        ran.append("rules")
        for i, doc in enumerate(docs):
            spans[i] += rule_spans(extract_document(doc))
    if "ner" in parts and docs:  # no document: no need to load the model
        try:
            from fayan.nlp.ner import load_model

            ner = load_model(ner_model_path)
        except ModelError as exc:
            notes.append(f"NER pre-annotations skipped: {exc}")
        else:
            ran.append("ner")
            predicted = ner.predict_many([d.text for d in docs])
            for i, (doc, entities) in enumerate(zip(docs, predicted)):
                for e in entities:
                    o = doc.original_span(e.start, e.end)
                    spans[i].append(AnnotatedSpan(o.start, o.end, o.text, e.label.upper()))
    prepared = [_Prepared(doc, _unique(s)) for doc, s in zip(docs, spans)]
    return prepared, failures, notes, "+".join(ran) if ran else "none"


def _summary(
    out: Path, config: Path | None, prepared: Sequence[_Prepared], failures: list[str], notes: list[str], ran: str
) -> ExportSummary:
    counts = Counter(s.label for p in prepared for s in p.spans)
    return ExportSummary(
        path=str(out), config_path=str(config) if config else None, documents=len(prepared),
        spans=sum(counts.values()), labels=dict(sorted(counts.items())), model_version=ran,
        failures=tuple(failures), notes=tuple(notes),
    )


def _label_set() -> tuple[list[str], list[str]]:
    notes = []
    labels = list(RULE_LABELS)
    try:
        labels += [lab for lab in ner_labels() if lab not in RULE_LABELS]
    except ModelError as exc:
        notes.append(f"NER labels left out of the config: {exc}")
    return labels, notes


def _text(doc: Document) -> str:
    return doc.original or doc.text


def export_label_studio(
    documents_or_paths: Iterable[Document | str | os.PathLike[str]] | str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    with_predictions: bool = True,
    model: str = "rules+ner",
    ner_model_path: str | os.PathLike[str] | None = None,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> ExportSummary:
    """Write a Label Studio task list (JSON) and its labeling config (``<stem>.config.xml``).

    Each task is ``{"data": {"text", "doc_id"}, "predictions": [{"model_version",
    "result": [{"id", "from_name": "label", "to_name": "text", "type": "labels",
    "value": {"start", "end", "text", "labels": [LABEL]}}]}]}`` with offsets in
    UTF-16 code units.  The text is the document as given (provenance offsets
    index it).  ``model`` picks the predictors: ``rules``, ``ner`` or
    ``rules+ner``; when the NER model cannot be loaded (no torch, no weights)
    its pre-annotations are skipped and the summary says why.  ``text_fields``
    and ``id_field`` say how json/jsonl records are read (as for
    :func:`fayan.pipelines.readers.read_file`).  A file or record that
    cannot be read is listed in ``failures`` and the export goes on.  When no
    document could be read nothing is written (the summary has ``documents`` 0
    and ``config_path`` None).
    """
    prepared, failures, notes, ran = _prepare(
        documents_or_paths, with_predictions, model, ner_model_path, text_fields, id_field)
    out = Path(out_path)
    if not prepared:
        return _summary(out, None, prepared, failures, notes, ran)
    tasks = []
    for p in prepared:
        text = _text(p.doc)
        task: dict[str, Any] = {"data": {"text": text, "doc_id": p.doc.id}}
        if with_predictions:
            conv = _Utf16(text)
            result = [
                {
                    "id": f"r{k}",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": conv.to_units(s.start), "end": conv.to_units(s.end), "text": s.text,
                              "labels": [s.label]},
                }
                for k, s in enumerate(p.spans)
            ]
            task["predictions"] = [{"model_version": f"fayan {ran}", "result": result}]
        tasks.append(task)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    labels, label_notes = _label_set()
    config = out.with_name(out.stem + ".config.xml")
    config.write_text(label_studio_config(labels) + "\n", encoding="utf-8")
    return _summary(out, config, prepared, failures, notes + label_notes, ran)


def export_doccano(
    documents_or_paths: Iterable[Document | str | os.PathLike[str]] | str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    with_predictions: bool = True,
    model: str = "rules+ner",
    ner_model_path: str | os.PathLike[str] | None = None,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> ExportSummary:
    """Write Doccano sequence-labelling JSONL: ``{"text", "label": [[start, end, LABEL], …], "doc_id"}``.

    Offsets are code points.  Options as for :func:`export_label_studio`;
    without predictions every ``label`` list is empty.  When no document could
    be read nothing is written (the summary has ``documents`` 0).
    """
    prepared, failures, notes, ran = _prepare(
        documents_or_paths, with_predictions, model, ner_model_path, text_fields, id_field)
    out = Path(out_path)
    if not prepared:
        return _summary(out, None, prepared, failures, notes, ran)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for p in prepared:
            line = {"text": _text(p.doc), "label": [[s.start, s.end, s.label] for s in p.spans], "doc_id": p.doc.id}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return _summary(out, None, prepared, failures, notes, ran)


# ---------------------------------------------------------------------------
# Import


def import_label_studio(
    path: str | os.PathLike[str],
    *,
    text_key: str = "text",
    unreviewed: bool = False,
    skipped: list[str] | None = None,
    skipped_results: Counter[str] | None = None,
) -> list[AnnotatedText]:
    """Read a Label Studio JSON export: one :class:`AnnotatedText` per annotated task.

    A task's spans come from its last annotation that was not cancelled
    (``annotations[].result[]``).  A task the annotator skipped (every annotation
    cancelled) is left out; so is a task nobody annotated, unless ``unreviewed``
    is true, when its last prediction (the pre-annotation) is read instead.  Each
    task left out is appended to ``skipped`` (when given) as ``"task N (doc_id …): why"``.

    Spans are read from the results of type ``labels`` and, where their
    ``start`` and ``end`` are character offsets into the task's text, of type
    ``hypertextlabels`` (HTML tasks; labels in ``value.hypertextlabels`` or
    ``value.labels``).  Other results (relations, choices, text areas,
    ``hypertextlabels`` over XPath ranges …) are not spans fayan can read:
    they are counted by type in ``skipped_results`` (when given), and a task
    whose every result is such is left out (in ``skipped``) rather than read as
    a text without entities.  Offsets are converted from UTF-16 code units and
    checked: a span outside the text, inside a surrogate pair, or whose ``text``
    differs from the text at its offsets raises
    :class:`~fayan.errors.RecordError` naming the file and the task.
    """
    p = Path(path)
    if p.is_dir():
        raise RecordError("is a folder, not a Label Studio export file", str(p))
    text = read_utf8(p)  # a missing, unreadable or non-UTF-8 file is an InputError naming it
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg}", str(p), exc.lineno) from exc
    if not isinstance(data, list):
        raise RecordError("a Label Studio export is a JSON list of tasks", str(p))
    out = []
    for index, task in enumerate(data):
        # the task as the annotator finds it: its place in the file (1 for the first) and Label Studio's own id
        where = f"task {index + 1} of the file" + (f" (id {task['id']})" if isinstance(task, dict) and "id" in task else "")
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise RecordError(f"{where}: a task is an object with a 'data' object", str(p))
        text = task["data"].get(text_key)
        if not isinstance(text, str):
            raise RecordError(f"{where}: data has no {text_key!r} string", str(p))
        doc_id = str(task["data"].get("doc_id", task.get("id", index)))
        where = f"{where}, doc_id {doc_id!r}"
        annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
        if annotations and all(a.get("was_cancelled") for a in annotations):
            if skipped is not None:
                skipped.append(f"{where}: skipped by the annotator")
            continue
        if not annotations and not unreviewed:
            if skipped is not None:
                skipped.append(f"{where}: not annotated (its pre-annotations are not gold; --unreviewed reads them)")
            continue
        results = _ls_results(task, where, str(p))
        conv = _Utf16(text)
        spans = []
        not_read: Counter[str] = Counter()
        for r in results:
            kind = _ls_span_kind(r)
            if kind is None:
                spans += _ls_span(r, text, conv, where, str(p))
            else:
                not_read[kind] += 1
        if skipped_results is not None:
            skipped_results.update(not_read)
        if results and sum(not_read.values()) == len(results):
            if skipped is not None:
                skipped.append(f"{where}: none of its {len(results)} results is a span fayan reads "
                               f"({', '.join(f'{k} {n}' for k, n in not_read.items())})")
            continue
        out.append(AnnotatedText(doc_id, text, tuple(_unique(spans)), f"{p}#{index}"))
    return out


def _ls_span_kind(r: object) -> str | None:
    """None for a Label Studio result read as spans; else what it is, for the count of results not read."""
    if not isinstance(r, dict):
        return "not an object"
    rtype = r.get("type")
    if rtype == "labels":
        return None
    if rtype == "hypertextlabels":
        value = r.get("value")
        # character offsets into the task's text are read; an XPath range (start "/p[1]/text()[1]") is not
        if isinstance(value, dict) and _is_int(value.get("start")) and _is_int(value.get("end")):
            return None
        return "hypertextlabels without character offsets"
    return str(rtype) if rtype is not None else "no type"


def _ls_span(r: dict[str, Any], text: str, conv: _Utf16, where: str, path: str) -> list[AnnotatedSpan]:
    """The spans of one ``labels`` (or ``hypertextlabels``) result of a Label Studio task (one per label), its UTF-16
    offsets converted and checked against ``text``."""
    rid = r.get("id", "?")
    value = r.get("value")
    if not isinstance(value, dict):
        raise RecordError(f"{where} result {rid!r}: no 'value' object", path)
    start, end = value.get("start"), value.get("end")
    if not _is_int(start) or not _is_int(end):
        raise RecordError(f"{where} result {rid!r}: start and end must be integers, got {start!r}, {end!r}", path)
    if not 0 <= start < end <= conv.length:
        raise RecordError(
            f"{where} result {rid!r}: span [{start}, {end}) is outside the text "
            f"({conv.length} UTF-16 code units)", path,
        )
    try:
        s, e = conv.to_code_points(start), conv.to_code_points(end)
    except ValueError as exc:
        raise RecordError(f"{where} result {rid!r}: {exc}", path) from exc
    key = r.get("type") if r.get("type") in value else "labels"  # Label Studio names the list after the type
    labels = value.get(key)
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) and x for x in labels):
        raise RecordError(f"{where} result {rid!r}: {key!r} must be a non-empty list of names", path)
    given = value.get("text")
    if given is not None and given != text[s:e]:
        raise RecordError(
            f"{where} result {rid!r}: span text {given!r} differs from the text at "
            f"[{start}, {end}) (UTF-16), {text[s:e]!r}", path,
        )
    return [AnnotatedSpan(s, e, text[s:e], label) for label in labels]


def _ls_results(task: Mapping[str, Any], where: str, path: str) -> list[Any]:
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    chosen = annotations or [a for a in task.get("predictions") or [] if isinstance(a, dict)]
    if not chosen:
        return []
    result = chosen[-1].get("result", [])
    if not isinstance(result, list):
        raise RecordError(f"{where}: 'result' must be a list", path)
    return result


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def import_doccano(path: str | os.PathLike[str]) -> list[AnnotatedText]:
    """Read Doccano sequence-labelling JSONL: one :class:`AnnotatedText` per line.

    Spans come from ``label``, ``labels`` or ``entities``, each a
    ``[start, end, label]`` list or an object with ``start_offset``/``end_offset``
    (or ``start``/``end``) and ``label``.  Offsets are code points; a span
    outside the text, or whose ``text`` (when given) differs, raises
    :class:`~fayan.errors.RecordError` with the file and line.
    """
    p = Path(path)
    out = []
    for lineno, rec in read_jsonl(p, RecordError):
        if not isinstance(rec.get("text"), str):
            raise RecordError("each line must be an object with a 'text' string", str(p), lineno)
        text = rec["text"]
        raw = next((rec[k] for k in ("label", "labels", "entities") if k in rec), [])
        if not isinstance(raw, list):
            raise RecordError("'label' must be a list of spans", str(p), lineno)
        spans = []
        for item in raw:
            start, end, label, given = _doccano_span(item, str(p), lineno)
            if not 0 <= start < end <= len(text):
                raise RecordError(f"span [{start}, {end}) {label} is outside the text (length {len(text)})", str(p), lineno)
            if given is not None and given != text[start:end]:
                raise RecordError(
                    f"span text {given!r} differs from text[{start}:{end}] = {text[start:end]!r}", str(p), lineno
                )
            spans.append(AnnotatedSpan(start, end, text[start:end], label))
        doc_id = str(rec.get("doc_id", rec.get("id", lineno)))
        out.append(AnnotatedText(doc_id, text, tuple(_unique(spans)), f"{p}:{lineno}"))
    return out


def _doccano_span(item: object, path: str, lineno: int) -> tuple[int, int, str, str | None]:
    if isinstance(item, list) and len(item) == 3:
        start, end, label = item
        given = None
    elif isinstance(item, dict):
        start = item.get("start_offset", item.get("start"))
        end = item.get("end_offset", item.get("end"))
        label = item.get("label")
        given = item.get("text")
    else:
        raise RecordError(f"a span is [start, end, label] or an object, not {item!r}", path, lineno)
    if not _is_int(start) or not _is_int(end) or not isinstance(label, str) or not label:
        raise RecordError(f"a span needs integer start and end and a label: {item!r}", path, lineno)
    return start, end, label, given  # type: ignore[return-value]


# ---------------------------------------------------------------------------
# Training file


def _by_annotation_label() -> dict[str, str]:
    """NER label by its annotation label (``VICTIM`` -> ``victim``)."""
    from fayan.nlp.ner.data import load_label_spec

    return {label.upper(): label for label in load_label_spec().labels}


def annotated_ner_labels(given: Iterable[str], what: str = "annotated_labels") -> list[str]:
    """The NER labels ``given`` names, in any case (``VICTIM`` is ``victim``), sorted; a :class:`UsageError` naming
    ``what`` (the parameter or option they came from) for any that is none."""
    ner = _by_annotation_label()
    given = list(given)
    unknown = [lab for lab in given if lab.upper() not in ner]
    if unknown:
        raise UsageError(f"{what} {', '.join(unknown)}: not NER labels; NER labels are {', '.join(ner)}")
    return sorted({ner[lab.upper()] for lab in given})


def write_training_jsonl(
    items: Iterable[AnnotatedText],
    out_path: str | os.PathLike[str],
    *,
    annotated_labels: Iterable[str] | None = None,
) -> TrainingSummary:
    """Write fayan NER JSONL for ``fayan.nlp.ner.train_ner(extra_train_files=…)``.

    One line per text: ``{"id", "group", "text", "entityMentions": [{"start",
    "end", "text", "label"}]}``, labels in the NER model's names (an annotation
    label is its NER label in upper case: ``VICTIM`` → ``victim``).  Spans with
    other labels (``CHARGE``, ``DATE`` …) are left out and counted in
    ``dropped``.  ``annotated_labels`` lists the labels the annotators were
    asked to mark (e.g. only ``DEFENDANT`` and ``VICTIM``): it is written as
    each line's ``labels``, and training then treats the other NER labels as
    unknown in these texts rather than absent.  Leave it out when every NER
    label was annotated.

    A text that has spans but none with an NER label (a misspelt label such as
    ``DEFENDENT``, or only ``CHARGE`` and ``DATE``) is not written: with no
    mention it would say that the text names no entity.  It is listed in
    ``texts_left_out``.  A text without any span is written (the annotator
    found no entity).
    """
    from fayan.nlp.ner.data import load_label_spec

    ner = _by_annotation_label()
    annotated = None if annotated_labels is None else annotated_ner_labels(annotated_labels)
    spec = load_label_spec()
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    overlapping: list[str] = []
    left_out: list[str] = []
    n = 0
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            mentions = []
            for s in item.spans:
                label = ner.get(s.label.upper())
                if label is None:
                    dropped[s.label] += 1
                    continue
                mentions.append({"start": s.start, "end": s.end, "text": item.text[s.start : s.end], "label": label})
            if item.spans and not mentions:
                left_out.append(f"{item.id}" + (f" ({item.source})" if item.source else "") + ": "
                                + ", ".join(sorted({s.label for s in item.spans})))
                continue
            kept.update(m["label"] for m in mentions)
            # training keeps the longer of two spans that overlap in one layer (BIO holds one): say which go
            for a, b in itertools.combinations(mentions, 2):
                if spec.layer_of(a["label"]) == spec.layer_of(b["label"]) and a["start"] < b["end"] and b["start"] < a["end"]:
                    short = min((a, b), key=lambda m: m["end"] - m["start"])
                    overlapping.append(f"{item.id}: {short['text']} ({short['label']}) at {short['start']}")
            line: dict[str, Any] = {"id": item.id, "group": item.id, "text": item.text, "entityMentions": mentions}
            if annotated is not None:
                line["labels"] = annotated
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    return TrainingSummary(
        path=str(out), texts=n, mentions=sum(kept.values()), labels=dict(sorted(kept.items())),
        dropped=dict(sorted(dropped.items())), overlapping=tuple(overlapping), texts_left_out=tuple(left_out),
    )
