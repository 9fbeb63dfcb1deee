"""Frozen value types that cross stage boundaries.

The data flow is one-way (see ``docs`` in the README)::

    path ──read──▶ Document ──split──▶ [Section] ──extract──▶ elements ──assemble──▶ Judgment

Every value that came from text carries a :class:`Span` whose offsets index
``Document.text`` (the normalised text).  ``Document.original_span`` maps such
offsets back into the text the user gave us, which is what the output tables
and reports show.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

__all__ = [
    "Span",
    "OffsetMap",
    "Document",
    "Section",
    "Money",
    "Duration",
    "Qualifier",
]

Qualifier = Literal["exact", "about", "at_least", "at_most", "range"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` with the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Span of ``text[start:end]``."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise-linear map from normalised offsets to original offsets.

    ``points`` is a sorted tuple of ``(norm_offset, orig_offset)`` breakpoints;
    between breakpoints offsets advance together.  The identity map has the
    single point ``(0, 0)``.

    >>> m = OffsetMap(((0, 0), (3, 5)))
    >>> m.to_original(2), m.to_original(4)
    (2, 6)
    """

    points: tuple[tuple[int, int], ...] = ((0, 0),)

    def to_original(self, offset: int) -> int:
        if len(self.points) == 1:
            return offset + self.points[0][1] - self.points[0][0]
        i = bisect.bisect_right(self.points, (offset, float("inf"))) - 1
        n, o = self.points[max(i, 0)]
        return o + (offset - n)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document after reading and normalisation.

    ``text`` is what every extractor sees: simplified characters, half-width
    digits and letters, collapsed whitespace.  ``original`` is the decoded text
    as given (for json records: the text field), and ``offsets`` maps one onto
    the other.
    """

    id: str
    text: str
    original: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    source: str = ""
    meta: tuple[tuple[str, str], ...] = ()

    def original_span(self, start: int, end: int) -> Span:
        """The span of the original text that normalised ``[start, end)`` came from."""
        orig = self.original or self.text
        if not self.original:
            return Span(start, end, self.text[start:end])
        s = self.offsets.to_original(start)
        e = self.offsets.to_original(end - 1) + 1 if end > start else s
        return Span(s, e, orig[s:e])


SectionKind = Literal[
    "title",  # court name + document form (刑事判决书)
    "case_number",
    "prosecutor",  # 公诉机关 / 原公诉机关 / 抗诉机关 / 自诉人 paragraph
    "defendant",  # one per 被告人 / 上诉人 / 被告单位 paragraph
    "defender",  # 辩护人 paragraph
    "party",  # other party paragraph (诉讼代表人, 附带民事诉讼原告人 …)
    "procedure",  # 审理经过
    "prosecution",  # 公诉机关指控
    "defence",  # 被告人辩解 / 辩护意见
    "facts",  # 经审理查明 (and 另查明)
    "reasoning",  # 本院认为
    "result",  # 判决如下 / 裁定如下
    "appeal",  # 如不服本判决 … / 本判决为终审判决
    "signatures",  # judges, date, clerk
    "appendix",  # 附：相关法律条文 — never part of the judgment
]


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a judgment.  Offsets index ``Document.text``."""

    kind: str
    start: int
    end: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Money:
    """A parsed money amount.

    ``amount`` is the point value in ``currency`` units (yuan for CNY); for a
    range it is the low end.  ``qualifier`` keeps the text's precision:
    ``3000余元`` is ``Money(3000, qualifier="at_least")``.
    """

    amount: Decimal
    currency: str = "CNY"
    qualifier: Qualifier = "exact"
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time as written in a sentence: years folded into months."""

    months: int
    days: int = 0

    @property
    def total_months(self) -> float:
        return self.months + self.days / 30


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def plain_number(d: Decimal) -> int | float:
    """A Decimal as the JSON-friendly number the records hold: int when whole.

    >>> plain_number(Decimal("5000")), plain_number(Decimal("1.50"))
    (5000, 1.5)
    """
    return int(d) if d == d.to_integral_value() else float(d)
