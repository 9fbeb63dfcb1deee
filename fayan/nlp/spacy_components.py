"""fayan's spaCy components, tokenizer and user dictionary (the parts :mod:`fayan.nlp.spacy_pipeline` assembles).

Importing this module registers, in spaCy's registries:

* the tokenizer ``fayan.ChineseTokenizer.v1``: spaCy's Chinese tokenizer with the
  jieba segmenter, after fayan's legal user dictionary has been added to jieba;
* the Doc extension ``doc._.judgment`` (a :class:`fayan.judgment.Judgment`, or None);
* the factories ``fayan_sections``, ``fayan_lexicon``, ``fayan_extract`` and
  ``fayan_ner``, and the model loader ``fayan.ner_model.v1`` (registry ``misc``).

Every component normalises ``doc.text`` with :func:`fayan.nlp.text.normalize`,
runs the plain-function stage on the normalised text, and maps the offsets back
to ``doc.text`` before it makes spaCy spans, so spans always cover the text the
caller gave.  spaCy objects stay in this module and ``spacy_pipeline``; the
rest of fayan works on dataclasses.

jieba's user dictionary is global to the process and spaCy does not save it:
the tokenizer factory adds it every time a pipeline is created or loaded from
disk.  The words are those of ``fayan/lexicons/jieba_user.txt`` (charge names
and legal terms), read with :func:`fayan.pipelines.lexicon_tools.jieba_user_words`.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "fayan.ChineseTokenizer.v1"}}})
>>> [t.text for t in nlp("公诉机关指控被告人犯盗窃罪")]
['公诉机关', '指控', '被告人', '犯', '盗窃罪']
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans, registry

from fayan.errors import ModelError, UsageError
from fayan.judgment import Judgment
from fayan.nlp.charges import find_charge_mentions, normalize_charge, standard_charges
from fayan.nlp.circumstances import circumstance_cues
from fayan.nlp.facts import EntityPredictor
from fayan.nlp.lexicon import using_lexicons
from fayan.nlp.segment import jieba_user_words
from fayan.nlp.text import normalize
from fayan.pipelines.assemble import extract_document
from fayan.pipelines.sections import split_sections
from fayan.types import Document, OffsetMap

__all__ = [
    "SPAN_KEYS",
    "EntityPredictor",
    "install_user_dict",
    "create_tokenizer",
    "ner_model",
    "SectionsComponent",
    "LexiconComponent",
    "ExtractComponent",
    "NerComponent",
]


# doc.spans keys the components fill.
SPAN_KEYS = ("sections", "lexicon", "fields", "ner")

_JUDGMENT_KEY = "fayan.judgment"  # doc.user_data key of the judgment record (a JSON string)

# ---------------------------------------------------------------------------
# The jieba user dictionary


def install_user_dict(directory: str | os.PathLike[str] | None = None) -> int:
    """Add the words of ``jieba_user.txt`` to jieba's global dictionary; return how many.

    Safe to call again (a word added twice keeps one entry).  This changes how
    ``jieba.cut`` segments text for the whole process, which is what spaCy's
    jieba segmenter calls.
    """
    import jieba

    # jieba logs its dictionary build at DEBUG level to stderr; a command-line run should stay quiet.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    words = jieba_user_words(directory)
    for word, freq, tag in words:
        jieba.add_word(word, freq, tag)
    return len(words)


@registry.tokenizers("fayan.ChineseTokenizer.v1")
def create_tokenizer(segmenter: str = "jieba", lexicon_dir: str | None = None) -> Callable[[Language], ChineseTokenizer]:
    """spaCy's Chinese tokenizer (jieba) with fayan's user dictionary installed first."""
    if segmenter != "jieba":
        raise UsageError(f"fayan's tokenizer segments with jieba; got segmenter={segmenter!r}")

    def make(nlp: Language) -> ChineseTokenizer:
        install_user_dict(lexicon_dir)
        return ChineseTokenizer(nlp.vocab, segmenter="jieba")

    return make


# ---------------------------------------------------------------------------
# doc._.judgment: stored as a JSON string so that Doc.to_bytes / DocBin keep working


@lru_cache(maxsize=32)
def _judgment_from_json(record: str) -> Judgment:
    return Judgment.from_record(json.loads(record))


def _get_judgment(doc: Doc) -> Judgment | None:
    record = doc.user_data.get(_JUDGMENT_KEY)
    return None if record is None else _judgment_from_json(record)


def _set_judgment(doc: Doc, value: Judgment | None) -> None:
    if value is None:
        doc.user_data.pop(_JUDGMENT_KEY, None)
        return
    if not isinstance(value, Judgment):
        raise UsageError(f"doc._.judgment takes a fayan Judgment, not {type(value).__name__}")
    doc.user_data[_JUDGMENT_KEY] = json.dumps(value.to_record(), ensure_ascii=False)


if not Doc.has_extension("judgment"):
    Doc.set_extension("judgment", getter=_get_judgment, setter=_set_judgment)


# ---------------------------------------------------------------------------
# Shared helpers


@lru_cache(maxsize=4)
def _normalized(text: str) -> tuple[str, OffsetMap]:
    # Each component of one pipeline run normalises the same doc.text: do it once.
    return normalize(text)


def _document(doc: Doc, doc_id: str = "doc") -> Document:
    """The fayan Document for ``doc``: normalised text, with ``doc.text`` as the original."""
    text, offsets = _normalized(doc.text)
    return Document(id=doc_id, text=text, original=doc.text, offsets=offsets)


def _spans(
    doc: Doc,
    items: Iterable[tuple[int, int, str, str]],
    *,
    mode: str = "expand",
) -> list[Span]:
    """Spans for ``(start, end, label, kb_id)`` in ``doc.text`` offsets, deduplicated, in text order.

    An item that covers no token (empty, or only a space that belongs to the
    token before it) has no span and is left out; with ``mode="strict"`` so is
    one whose ends are not token boundaries.
    """
    out: dict[tuple[int, int, str], Span] = {}
    for start, end, label, kb_id in items:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode=mode)
        if span is not None:
            out.setdefault((span.start, span.end, label), span)
    return sorted(out.values(), key=lambda s: (s.start, -s.end, s.label_))


def _to_doc_text(document: Document, start: int, end: int) -> tuple[int, int]:
    span = document.original_span(start, end)
    return span.start, span.end


# ---------------------------------------------------------------------------
# fayan_sections


class SectionsComponent:
    """Sets ``doc.spans["sections"]``: one span per section, labelled with its kind (facts, result …)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        document = _document(doc)
        items = (
            (*_to_doc_text(document, s.start, s.end), s.kind, "")
            for s in split_sections(document.text)
            if s.end > s.start
        )
        doc.spans["sections"] = _spans(doc, items)
        return doc


@Language.factory(
    "fayan_sections",
    assigns=["doc.spans"],
    default_config={},
)
def make_sections(nlp: Language, name: str) -> SectionsComponent:
    return SectionsComponent(nlp, name)


# ---------------------------------------------------------------------------
# fayan_lexicon


@lru_cache(maxsize=8)
def _terms(words: tuple[tuple[str, str | None], ...], directory: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The legal terms among the user dictionary's words (charge names are CHARGE spans instead).

    Returns a pattern matching any of them (longest first) and each term's label.
    """
    labels = {
        word: f"TERM:{tag}" if tag else "TERM"
        for word, tag in words
        if not (word.endswith("罪") and normalize_charge(word, directory) is not None)
    }
    if not labels:
        return None, labels
    ordered = sorted(labels, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered)), labels


class LexiconComponent:
    """Sets ``doc.spans["lexicon"]``: charge names, circumstance cue phrases and legal terms.

    Labels: ``CHARGE`` (``kb_id`` is the standard name), ``CIRCUMSTANCE:<kind>``
    for every match of a ``circumstances.tsv`` cue (negated ones too: this
    marks wording, not findings), and ``TERM`` for the other words of
    ``jieba_user.txt`` (``TERM:<tag>`` where the line gives a tag).  A term is
    marked only where it is a whole run of tokens, so a term inside a longer
    word that jieba keeps whole is not marked.
    """

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None = None):
        self.name = name
        self.lexicon_dir = lexicon_dir
        # Read every file now, so that a bad lexicon fails when the pipeline is built.
        standard_charges(lexicon_dir)
        circumstance_cues(lexicon_dir)
        jieba_user_words(lexicon_dir)

    def _items(self, document: Document) -> Iterator[tuple[int, int, str, str, str]]:
        text = document.text
        for span, charge in find_charge_mentions(text, self.lexicon_dir):
            yield span.start, span.end, "CHARGE", charge.standard, "expand"
        for kind, rx in circumstance_cues(self.lexicon_dir):
            for m in rx.finditer(text):
                if m.end() > m.start():
                    yield m.start(), m.end(), f"CIRCUMSTANCE:{kind}", "", "expand"
        words = tuple((word, tag) for word, _freq, tag in jieba_user_words(self.lexicon_dir))
        pattern, labels = _terms(words, self.lexicon_dir)
        if pattern is not None:
            for m in pattern.finditer(text):
                yield m.start(), m.end(), labels[m.group()], "", "strict"

    def __call__(self, doc: Doc) -> Doc:
        document = _document(doc)
        expand: list[tuple[int, int, str, str]] = []
        strict: list[tuple[int, int, str, str]] = []
        for start, end, label, kb_id, mode in self._items(document):
            (strict if mode == "strict" else expand).append((*_to_doc_text(document, start, end), label, kb_id))
        spans = _spans(doc, expand) + _spans(doc, strict, mode="strict")
        doc.spans["lexicon"] = sorted(spans, key=lambda s: (s.start, -s.end, s.label_))
        return doc


@Language.factory(
    "fayan_lexicon",
    assigns=["doc.spans"],
    default_config={"lexicon_dir": None},
)
def make_lexicon(nlp: Language, name: str, lexicon_dir: str | None) -> LexiconComponent:
    return LexiconComponent(nlp, name, lexicon_dir)


# ---------------------------------------------------------------------------
# fayan_extract


class ExtractComponent:
    """Sets ``doc._.judgment`` (the rule extraction) and ``doc.spans["fields"]`` (its value spans).

    The judgment is exactly ``extract_document`` of the normalised text with
    ``doc.text`` as the original; each :class:`~fayan.judgment.Provenance`
    becomes a span labelled with its field path (``defendants[0].verdict`` …).
    """

    def __init__(self, nlp: Language, name: str, doc_id: str = "doc", lexicon_dir: str | None = None):
        self.name = name
        self.doc_id = doc_id
        self.lexicon_dir = lexicon_dir  # the pipeline's lexicons (None: $FAYAN_LEXICONS or the package's)

    def __call__(self, doc: Doc) -> Doc:
        with using_lexicons(self.lexicon_dir):
            judgment = extract_document(_document(doc, self.doc_id))
        doc._.judgment = judgment
        doc.spans["fields"] = _spans(doc, ((p.start, p.end, p.field, "") for p in judgment.spans))
        return doc


@Language.factory(
    "fayan_extract",
    assigns=["doc._.judgment", "doc.spans"],
    default_config={"doc_id": "doc", "lexicon_dir": None},
)
def make_extract(nlp: Language, name: str, doc_id: str, lexicon_dir: str | None) -> ExtractComponent:
    return ExtractComponent(nlp, name, doc_id, lexicon_dir)


# ---------------------------------------------------------------------------
# fayan_ner


@registry.misc("fayan.ner_model.v1")
def ner_model(path: str | None = None) -> Callable[[], EntityPredictor]:
    """A loader for fayan's NER model (``path`` None: the shipped ``fayan/models/ner``)."""

    def get() -> EntityPredictor:
        from fayan.nlp.ner import load_model

        return load_model(path)

    return get


class NerComponent:
    """Sets ``doc.ents`` from the transformer NER and keeps every entity in ``doc.spans["ner"]``.

    The model sees the normalised text; entity offsets are mapped back to
    ``doc.text`` and widened to token boundaries.  The model's layers may nest
    (a victim inside a stolen item): ``doc.spans["ner"]`` keeps them all, with
    their scores (the model's probability that the span is exactly right) in
    ``doc.spans["ner"].attrs["scores"]``, and ``doc.ents`` keeps the longest of
    overlapping ones (``spacy.util.filter_spans``).

    The model is loaded on first use.  ``to_disk`` saves its weights into the
    pipeline folder when the model can save itself (fayan's ``NerModel``), and
    ``from_disk`` loads them back from there.
    """

    def __init__(self, nlp: Language, name: str, model: Callable[[], EntityPredictor]):
        self.name = name
        self._load = model
        self._model: EntityPredictor | None = None

    @property
    def predictor(self) -> EntityPredictor:
        """The NER model, loaded on first use.

        (Not called ``model``: spaCy probes a component's ``model`` attribute
        when it links components, which would load the weights too early.)
        """
        if self._model is None:
            self._model = self._load()
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        document = _document(doc)
        entities = self.predictor.predict(document.text)
        # the court's officers in the signatures are persons, not defendants (审判员王某, 书记员刘某)
        signatures = [(s.start_char, s.end_char) for s in doc.spans.get("sections", []) if s.label_ == "signatures"]
        scored: dict[tuple[int, int, str], float] = {}
        for e in entities:
            start, end = _to_doc_text(document, e.start, e.end)
            label = e.label
            if label in ("defendant", "victim") and any(a <= start < b for a, b in signatures):
                label = "person"
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                key = (span.start, span.end, label)
                scored[key] = max(scored.get(key, 0.0), float(e.score))
        keys = sorted(scored, key=lambda k: (k[0], -k[1], k[2]))
        spans = [Span(doc, s, e, label=label) for s, e, label in keys]
        doc.spans["ner"] = SpanGroup(doc, name="ner", spans=spans, attrs={"scores": [scored[k] for k in keys]})
        doc.ents = filter_spans(spans)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        d = Path(path)
        d.mkdir(parents=True, exist_ok=True)
        model = self.predictor
        save = getattr(model, "save", None)
        saved = callable(save)
        if saved:
            save(d / "model")  # type: ignore[misc]
        (d / "cfg.json").write_text(json.dumps({"weights": saved}) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "NerComponent":
        d = Path(path)
        try:
            cfg = json.loads((d / "cfg.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{d / 'cfg.json'}: unreadable NER component settings ({exc})") from exc
        if cfg.get("weights"):
            from fayan.nlp.ner import load_model

            self._model = load_model(d / "model")
        return self


@Language.factory(
    "fayan_ner",
    assigns=["doc.ents", "doc.spans"],
    default_config={"model": {"@misc": "fayan.ner_model.v1", "path": None}},
)
def make_ner(nlp: Language, name: str, model: Callable[[], EntityPredictor]) -> NerComponent:
    return NerComponent(nlp, name, model)
