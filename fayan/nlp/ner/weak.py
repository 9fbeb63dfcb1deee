"""Weak labels from fayan's rules: tagging examples made from judgments nobody annotated.

The rules know some entities of a judgment's facts for sure: the header names the defendants, 被害人/受害人 cues
name victims (:func:`~fayan.nlp.facts.find_victims`), and the drug rules find drug names and weights
(:func:`~fayan.nlp.facts.find_drugs`).  :func:`weak_examples` reads judgments, extracts them with the rules only,
and turns the facts section of each into one :class:`~fayan.nlp.ner.data.Example` in the ``fayan`` scheme whose
spans are those entities:

* ``defendant``: every occurrence in the facts of a name (two characters or more) the document gives as a
  defendant, except where 某 runs on before or after it (张某 in 张某某, :func:`~fayan.nlp.ner.data.name_occurrences`)
  and except units (a company);
* ``victim``: every occurrence of a name the victim rules give;
* ``drug_weight`` / ``drug``: the drug rules' mentions, a weight span or, where no weight is given, the name.

The spans are **positive only**: no label counts as annotated, so outside them every tag stays allowed and what
the rules miss (an accomplice, a place, a drug the rules do not weigh) is not taught as "no entity".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fayan.errors import InputError
from fayan.judgment import Judgment
from fayan.nlp.ner.data import Entity, Example, LabelSpec, _drop_layer_overlaps, holds_any, name_occurrences

__all__ = ["WEAK_SOURCE", "weak_example", "weak_examples"]

WEAK_SOURCE = "weak_judgments"  # the examples' ``source`` (TrainConfig.repeat can name it)


def weak_example(judgment: Judgment, original: str, doc_id: str, spec: LabelSpec) -> Example | None:
    """The facts section of one judgment extracted by the rules (``original``: the text its offsets index) with
    their entities as positive-only spans (of two that overlap in a layer, the longer); None when the rules find
    no facts section or no entity in it."""
    facts = [s for s in judgment.sections if s.kind == "facts"]
    if not facts:
        return None
    f0, f1 = facts[0].start, facts[0].end
    text = original[f0:f1]
    spans: list[Entity] = []
    units = {d.name for d in judgment.defendants if d.name and d.is_unit}
    defendants = ({d.name for d in judgment.defendants if d.name} | {n for n in judgment.header_defendants if n}) - units
    for label, names in (("defendant", defendants), ("victim", set(judgment.victims) - defendants)):
        for name in sorted(names, key=lambda n: (-len(n), n)):
            if len(name) < 2:
                continue
            spans += [Entity(s, e, name, label) for s, e in name_occurrences(text, name)]
    for d in judgment.drugs:
        if d.section != "facts":
            continue
        s, e = d.start - f0, d.end - f0
        if not (0 <= s < e <= len(text)) or text[s:e] != d.text:
            continue  # a mention outside the facts (the reasoning's total) or not where it says: not a label
        spans.append(Entity(s, e, d.text, "drug_weight" if d.grams is not None else "drug"))
    if not spans:
        return None
    return Example(doc_id, text, tuple(_drop_layer_overlaps(spans, spec)), "fayan", frozenset(), WEAK_SOURCE)


def weak_examples(paths: Sequence[str | Path], spec: LabelSpec, exclude: Sequence[str] = ()) -> list[Example]:
    """Weak-label examples (see the module) for the judgments in ``paths`` (files as ``fayan extract`` reads them).

    A judgment whose text contains any of ``exclude`` (held-out NER sentences) is left out.  A file that cannot
    be read, or holds other than one document, is an error naming it: training data is not dropped silently.
    """
    from fayan.pipelines.assemble import extract_document
    from fayan.pipelines.readers import ReadFailure, read_file

    held = holds_any(exclude)
    out = []
    for path in paths:
        items = list(read_file(path))
        if len(items) != 1 or isinstance(items[0], ReadFailure):
            why = items[0].reason if items and isinstance(items[0], ReadFailure) else f"{len(items)} documents"
            raise InputError(f"weak labels need one readable judgment per file ({why})", str(path))
        doc = items[0]
        original = doc.original or doc.text
        if held(original):
            continue
        ex = weak_example(extract_document(doc), original, Path(path).name, spec)
        if ex is not None:
            out.append(ex)
    return out
