"""fayan (法眼): read Chinese criminal judgments into structured records and flag inconsistencies.

>>> import fayan
>>> fayan.parse_money("人民币叁万伍仟元整").amount
Decimal('35000')
>>> fayan.parse_duration("一年六个月").months
18

The public API is small: reading (:func:`read_paths`), extraction
(:func:`extract`, :func:`extract_file`, :func:`extract_document`), tables
(:func:`to_frames`), checks (:func:`check`), the normalisers, and the spaCy
pipeline (:func:`load`).  Heavier parts (pandas tables, spaCy, the NER model)
are imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fayan.errors import (
    DecodeError,
    FayanError,
    InputError,
    LexiconError,
    ModelError,
    ParseError,
    RecordError,
    UnsupportedFormat,
    UsageError,
)
from fayan.findings import Evidence, Finding
from fayan.judgment import Count, Defendant, Judgment, Sentence
from fayan.nlp.amounts import total_crime_amount
from fayan.nlp.charges import normalize_charge
from fayan.nlp.numbers import parse_date, parse_duration, parse_money
from fayan.pipelines.assemble import extract, extract_document, extract_file
from fayan.types import Document, Duration, Money, Span

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    import pandas

__version__ = "0.1.0"

__all__ = [
    "__version__",
    # reading and extraction
    "read_paths",
    "read_text",
    "extract",
    "extract_file",
    "extract_document",
    "to_frames",
    "check",
    "load",
    # normalisers and the law as data
    "parse_money",
    "parse_duration",
    "parse_date",
    "normalize_charge",
    "total_crime_amount",
    "load_law",
    # types
    "Document",
    "Judgment",
    "Defendant",
    "Sentence",
    "Count",
    "Finding",
    "Evidence",
    "Money",
    "Duration",
    "Span",
    # errors
    "FayanError",
    "InputError",
    "UnsupportedFormat",
    "DecodeError",
    "RecordError",
    "ParseError",
    "LexiconError",
    "ModelError",
    "UsageError",
]


def read_paths(paths: Any, **kwargs: Any) -> Any:
    """Read files and folders into Documents (and ReadFailures); see :mod:`fayan.pipelines.readers`."""
    from fayan.pipelines.readers import read_paths as _read_paths

    return _read_paths(paths, **kwargs)


def read_text(path: Any) -> Document:
    """Read one file into a Document (raises a named InputError when it cannot)."""
    from fayan.pipelines.readers import read_text as _read_text

    return _read_text(path)


def load_law(path: Any = None) -> Any:
    """The charge/bracket table (``fayan/lexicons/law/charges.yaml``), validated."""
    from fayan.pipelines.law import load_law as _load_law

    return _load_law(path)


def to_frames(judgments: "Judgment | Iterable[Judgment]") -> "dict[str, pandas.DataFrame]":
    """Related tables (documents, defendants, counts, …) as pandas DataFrames, one per table of
    ``docs/tables.md``; the findings table is :func:`fayan.pipelines.tables.findings_frame` of :func:`check`'s list."""
    from fayan.pipelines.tables import to_frames as _to_frames

    return _to_frames([judgments] if isinstance(judgments, Judgment) else judgments)


def check(
    judgments: "Judgment | Iterable[Judgment]", *, codes: "Iterable[str] | None" = None, law_path: str | None = None
) -> list[Finding]:
    """The findings of the consistency checks over one judgment or many (``codes``: only these rules, e.g.
    ``["E6", "E7"]``; ``law_path``: another law-data file); see :mod:`fayan.pipelines.checks`. The class-case
    comparison (C1) needs a corpus: ``fayan check`` runs it over an output folder."""
    from fayan.pipelines.checks import run_checks

    return run_checks([judgments] if isinstance(judgments, Judgment) else judgments, codes=codes, law_path=law_path)


def load(**kwargs: Any) -> Any:
    """A spaCy ``Language`` for Chinese judgments (jieba + fayan's components); needs ``fayan[nlp]``."""
    from fayan.nlp.spacy_pipeline import load as _load

    return _load(**kwargs)
