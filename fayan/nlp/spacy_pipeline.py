"""The spaCy pipeline for Chinese judgments (:func:`load`) and its displaCy page (:func:`render_html`).

``load()`` builds a blank Chinese pipeline that segments with jieba (fayan's
legal user dictionary added) and runs fayan's components in this order:

=================  ==========================================================
``fayan_sections``  ``doc.spans["sections"]``, labelled with section kinds
``fayan_lexicon``   ``doc.spans["lexicon"]``: CHARGE, CIRCUMSTANCE:<kind>, TERM
``fayan_extract``   ``doc._.judgment`` (a :class:`~fayan.judgment.Judgment`) and
                    ``doc.spans["fields"]`` labelled with field paths
``fayan_ner``       ``doc.ents`` (and nested entities in ``doc.spans["ner"]``);
                    only with the ``fayan[ner]`` extra and a trained model
=================  ==========================================================

>>> nlp = load(ner=False)
>>> nlp.pipe_names
['fayan_sections', 'fayan_lexicon', 'fayan_extract']
>>> doc = nlp("公诉机关指控被告人张某犯盗窃罪。被告人张某，系累犯。")
>>> [(s.text, s.label_) for s in doc.spans["lexicon"]]
[('公诉机关', 'TERM'), ('盗窃罪', 'CHARGE'), ('系累犯', 'CIRCUMSTANCE:累犯')]
>>> doc._.judgment.status  # a fact section alone: no title, case number or result
'facts'

A pipeline saved with ``nlp.to_disk(path)`` loads with ``fayan.load(path=path)``,
or with ``spacy.load(path)`` once this module has been imported (it registers
the components and the tokenizer).  The spaCy objects stay in this module and
:mod:`fayan.nlp.spacy_components`; everything else in fayan works on dataclasses.

``nlp.pipe(texts, n_process=N)`` forks N processes; once the NER model is loaded, a
forked process runs torch on one thread (GNU OpenMP hangs in a fork of a process
that has run threads), so each process reads on one core.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import Any

import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import fayan
from fayan.errors import ModelError, UsageError
from fayan.nlp.spacy_components import install_user_dict  # noqa: F401  (registers the components)

__all__ = ["load", "render_html", "PIPE_NAMES", "INSTALL_NER"]

PIPE_NAMES = ("fayan_sections", "fayan_lexicon", "fayan_extract", "fayan_ner")
INSTALL_NER = 'pip install "fayan[ner]"'

_log = logging.getLogger(__name__)
_NOTICES_GIVEN: set[str] = set()


def _notice(message: str) -> None:
    """Log ``message`` as a warning once per process."""
    if message not in _NOTICES_GIVEN:
        _NOTICES_GIVEN.add(message)
        _log.warning(message)


def _ner_unavailable() -> str | None:
    """Why the shipped NER model cannot be used, or None when it loads."""
    from fayan.nlp.ner import load_model

    try:
        load_model()
    except ModelError as exc:
        return str(exc)
    return None


def _ner_help(reason: str) -> str:
    return (
        f"the NER component needs the fayan[ner] extra and a trained model ({reason}); "
        f"to enable it: {INSTALL_NER} (the model is read from fayan/models/ner)"
    )


def load(
    *,
    ner: bool | None = None,
    lexicon_dir: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Language:
    """A spaCy pipeline for Chinese judgments (see the module docstring for its components).

    ``ner``: True requires the NER component (raises :class:`~fayan.errors.ModelError`
    naming the fix when torch or the model is missing), False leaves it out, None
    (default) adds it when it can and otherwise logs once how to enable it.
    ``lexicon_dir``: a copy of ``fayan/lexicons`` for the tokenizer's user
    dictionary, the lexicon component and the extraction (default: ``$FAYAN_LEXICONS`` or the
    package's).  ``path``: load a pipeline saved with ``nlp.to_disk`` instead of
    building one; its saved settings decide the lexicon directory (the folder's path is saved, not its files: keep
    the folder where it is).

    jieba's user dictionary is global to the process: the words of the last pipeline loaded are added for every
    pipeline in it (words are added, never removed), so two pipelines with different lexicons belong in two processes.
    """
    if path is not None:
        if lexicon_dir is not None:
            raise UsageError("fayan.load(): a saved pipeline keeps its own lexicon_dir; pass path or lexicon_dir")
        return _load_saved(Path(path), ner)
    lex = None if lexicon_dir is None else os.path.abspath(lexicon_dir)  # (a saved pipeline is loaded from anywhere)
    nlp = spacy.blank(
        "zh",
        config={"nlp": {"tokenizer": {"@tokenizers": "fayan.ChineseTokenizer.v1", "segmenter": "jieba", "lexicon_dir": lex}}},
    )
    nlp.meta["name"] = "fayan_zh"
    nlp.meta["version"] = fayan.__version__
    nlp.meta["description"] = "fayan (法眼): sections, lexicon terms, rule extraction and NER for Chinese criminal judgments"
    nlp.add_pipe("fayan_sections")
    nlp.add_pipe("fayan_lexicon", config={"lexicon_dir": lex})
    nlp.add_pipe("fayan_extract", config={"lexicon_dir": lex})
    if ner is not False:
        reason = _ner_unavailable()
        if reason is None:
            nlp.add_pipe("fayan_ner")
        elif ner:
            raise ModelError(f"fayan.load(ner=True): {_ner_help(reason)}")
        else:
            _notice(f"fayan.load(): left out NER: {_ner_help(reason)}; fayan.load(ner=False) skips this check")
    return nlp


def _load_saved(path: Path, ner: bool | None) -> Language:
    if not (path / "config.cfg").is_file():
        raise UsageError(f"{path}: not a saved spaCy pipeline (no config.cfg); save one with nlp.to_disk(path)")
    if ner is False:
        return spacy.load(path, exclude=["fayan_ner"])
    try:
        nlp = spacy.load(path)
    except ModelError as exc:
        if ner:
            raise ModelError(f"fayan.load(path={str(path)!r}, ner=True): {_ner_help(str(exc))}") from exc
        _notice(f"fayan.load(path={str(path)!r}): left out NER: {_ner_help(str(exc))}")
        return spacy.load(path, exclude=["fayan_ner"])
    if ner and "fayan_ner" not in nlp.pipe_names:
        reason = _ner_unavailable()
        if reason is not None:
            raise ModelError(f"fayan.load(path={str(path)!r}, ner=True): {_ner_help(reason)}")
        nlp.add_pipe("fayan_ner")
    return nlp


# ---------------------------------------------------------------------------
# displaCy page

_COLORS = {
    # NER labels (fayan/models/ner/labels.json)
    "DEFENDANT": "#f4a3a3", "VICTIM": "#f7c59f", "PERSON": "#f3e1a8", "ORG": "#c7d9f2", "PLACE": "#b9e3c6",
    "TIME": "#d8c8ef", "MONEY": "#ffd36b", "VALUE": "#ffe59a", "GAIN": "#f9d27a", "ITEM": "#a8e0e0",
    "TOOL": "#cfd8dc", "DRUG": "#e8a6d6", "DRUG_WEIGHT": "#f0c6e6",
    # lexicon and field groups (by prefix)
    "CHARGE": "#ff8a80", "CIRCUMSTANCE": "#ffcc80", "TERM": "#b3e5fc",
}  # fmt: skip
_FIELD_COLORS = {
    "case_number": "#90caf9", "court": "#a5d6a7", "judgment_date": "#ce93d8", "prosecutor": "#80cbc4",
    "header_defendants": "#ef9a9a", "defendants": "#ffab91",
}  # fmt: skip
_DEFAULT_COLOR = "#ddd"

_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-size: 16px; font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       padding: 2rem 3rem; max-width: 70rem; }}
h1 {{ font-size: 1.4rem; }} h2 {{ font-size: 1.15rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }}
p.note {{ color: #555; }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def _color(label: str) -> str:
    upper = label.upper()
    if upper in _COLORS:
        return _COLORS[upper]
    head = upper.split(":", 1)[0]
    if head in _COLORS:
        return _COLORS[head]
    field = label.split("[", 1)[0].split(".", 1)[0]
    return _FIELD_COLORS.get(field, _DEFAULT_COLOR)


def _colors(labels: set[str]) -> dict[str, str]:
    return {lab.upper(): _color(lab) for lab in labels}


def _settings() -> dict[str, str]:
    return {"lang": "zh", "direction": "ltr"}


def _ents_markup(doc: Doc) -> str:
    """displaCy's entity view of ``doc.ents`` (labels and kb ids escaped here; displaCy escapes the text)."""
    ents = [
        {"start": e.start_char, "end": e.end_char, "label": html.escape(e.label_), "kb_id": html.escape(e.kb_id_)}
        for e in doc.ents
    ]
    parsed = {"text": doc.text, "ents": ents, "title": None, "settings": _settings()}
    options = {"colors": _colors({e.label_ for e in doc.ents})}
    return displacy.render(parsed, style="ent", manual=True, page=False, jupyter=False, options=options)


def _spans_markup(doc: Doc, key: str) -> str:
    """displaCy's span view of ``doc.spans[key]``, one block per line of the text (so line breaks show)."""
    group = list(doc.spans[key]) if key in doc.spans else []
    blocks: list[dict[str, Any]] = []
    line_start = 0
    for tok in list(doc) + [None]:
        if tok is not None and "\n" not in tok.text:
            continue
        line_end = tok.i if tok is not None else len(doc)
        if line_end > line_start:
            blocks.append(_span_block(doc, group, line_start, line_end))
        line_start = line_end + 1
    options = {"colors": _colors({s.label_ for s in group})}
    return displacy.render(blocks, style="span", manual=True, page=False, jupyter=False, options=options)


def _span_block(doc: Doc, group: list[Span], start: int, end: int) -> dict[str, Any]:
    spans = [
        {
            "start_token": max(s.start, start) - start,
            "end_token": min(s.end, end) - start,
            "label": html.escape(s.label_),
            "kb_id": html.escape(s.kb_id_),
        }
        for s in group
        if s.start < end and s.end > start
    ]
    return {"tokens": [t.text for t in doc[start:end]], "spans": spans, "title": None, "settings": _settings()}


def render_html(text: str, *, nlp: Language | None = None) -> str:
    """A self-contained HTML page showing a document's entities, lexicon spans and field spans.

    Three views rendered by displaCy: the NER entities (``doc.ents``), the
    lexicon spans and the extracted field spans (stacked where they overlap).
    The page needs no network access; all document text is HTML-escaped.
    ``nlp`` defaults to :func:`load` ``()``.

    >>> page = render_html("被告人张某犯盗窃罪，判处有期徒刑一年。<b>", nlp=load(ner=False))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;" in page, "<b>" in page
    (True, True, False)
    """
    if nlp is None:
        nlp = load()
    doc = nlp(text)
    judgment = doc._.judgment
    title = "fayan: " + (judgment.case_number if judgment is not None and judgment.case_number else "document")
    parts: list[str] = []

    parts.append("<h2>Entities (NER)</h2>")
    if "fayan_ner" not in nlp.pipe_names:
        parts.append(
            f'<p class="note">The NER model is not in this pipeline. Install it with '
            f"<code>{html.escape(INSTALL_NER)}</code> (and a trained model in fayan/models/ner).</p>"
        )
    elif not doc.ents:
        parts.append('<p class="note">The NER model found no entities in this document.</p>')
    else:
        parts.append(_ents_markup(doc))

    for key, heading in (("lexicon", "Lexicon: charges, circumstance cues, legal terms"), ("fields", "Extracted fields")):
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if key not in doc.spans or not len(doc.spans[key]):
            parts.append(f'<p class="note">No {html.escape(key)} spans in this document.</p>')
        else:
            parts.append(_spans_markup(doc, key))
    return _PAGE.format(title=html.escape(title), body="\n".join(parts))
