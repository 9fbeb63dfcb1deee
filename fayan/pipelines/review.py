"""Review and suppression: a reviewer's decisions that later runs honour.

A reviewer marks a finding ``confirmed`` (a real problem) or ``dismissed`` (a
false lead) with a note.  Decisions live in a small plain file the user
chooses, by default ``OUT/reviews.jsonl``; one JSON object per line::

    {"key": "3f2a9c0d1e4b5a6c", "rule": "E6", "doc_id": "2019-001", "defendant": "张某",
     "decision": "dismissed", "note": "累犯系误认", "reviewer": "李检", "date": "2024-05-06"}

``key`` is :attr:`fayan.findings.Finding.key`; the other identifying fields
are kept for people reading the file.  A file ending in ``.tsv`` is read and
written as a tab-separated table with a header row of the same eight columns
(tabs and line breaks in a note become spaces).  The file is append-only:
when a key is reviewed twice, the later line wins.

Three operations follow from the file:

* :func:`apply_reviews` pairs every finding with its review state
  (``new`` | ``confirmed`` | ``dismissed``), which the report shows;
* :func:`new_only` keeps what a reviewer has not seen: findings neither
  reviewed nor present in the previous run's ``findings.jsonl``, so that a
  second run over a grown corpus shows only what is new;
* :func:`add_review` appends one decision.

>>> from fayan.findings import Finding
>>> f = Finding("d1", "张某", "E6", "error", "累犯被宣告缓刑。", "刑法第七十四条")
>>> r = Review(key=f.key, decision="dismissed", note="误报", date="2024-05-06")
>>> [x.state for x in apply_reviews([f], [r])]
['dismissed']
>>> new_only([f], [r])
[]
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Any

from fayan.errors import InputError, UsageError
from fayan.findings import Finding
from fayan.jsonl import jsonl_objects

__all__ = [
    "DECISIONS",
    "REVIEW_FIELDS",
    "Review",
    "ReviewedFinding",
    "add_review",
    "apply_reviews",
    "default_reviews_path",
    "load_findings",
    "load_reviews",
    "new_only",
]

DECISIONS: tuple[str, ...] = ("confirmed", "dismissed")
REVIEW_FIELDS: tuple[str, ...] = (
    "key",
    "rule",
    "doc_id",
    "defendant",
    "decision",
    "note",
    "reviewer",
    "date",
)
_KEY_RE = re.compile(r"^[0-9a-f]{16}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewer decision about one finding."""

    key: str
    decision: str  # confirmed | dismissed
    note: str = ""
    rule: str = ""
    doc_id: str = ""
    defendant: str | None = None
    reviewer: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD

    def to_record(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in REVIEW_FIELDS}


@dataclass(frozen=True, slots=True)
class ReviewedFinding:
    """A finding with its review state: ``unreviewed``, ``confirmed`` or ``dismissed``."""

    finding: Finding
    state: str
    review: Review | None = None


def default_reviews_path(out_dir: str | os.PathLike[str]) -> Path:
    """``OUT/reviews.jsonl``.

    >>> default_reviews_path("out").as_posix()
    'out/reviews.jsonl'
    """
    return Path(out_dir) / "reviews.jsonl"


def _is_tsv(path: Path) -> bool:
    return path.suffix.lower() == ".tsv"


def _check_date(value: str) -> bool:
    if not _DATE_RE.match(value):
        return False
    try:
        _date.fromisoformat(value)
    except ValueError:
        return False
    return True


class _Invalid(Exception):
    """A review record that does not validate (turned into a named error by the caller)."""


def _review_from(record: dict[str, Any]) -> Review:
    """Validate one record."""
    unknown = sorted(set(record) - set(REVIEW_FIELDS))
    if unknown:
        raise _Invalid(f"unknown review field(s) {unknown}; allowed: {list(REVIEW_FIELDS)}")
    for name in REVIEW_FIELDS:
        v = record.get(name)
        if v is not None and not isinstance(v, str):
            raise _Invalid(f"review field {name!r} must be a string, got {type(v).__name__}")
    key = (record.get("key") or "").strip()
    if not _KEY_RE.match(key):
        raise _Invalid(f"review key {key!r} is not a finding key (16 lowercase hex digits)")
    decision = (record.get("decision") or "").strip()
    if decision not in DECISIONS:
        raise _Invalid(f"decision {decision!r} must be one of {list(DECISIONS)}")
    day = (record.get("date") or "").strip()
    if day and not _check_date(day):
        raise _Invalid(f"date {day!r} is not an ISO date (YYYY-MM-DD)")
    defendant = record.get("defendant")
    return Review(
        key=key,
        decision=decision,
        note=record.get("note") or "",
        rule=record.get("rule") or "",
        doc_id=record.get("doc_id") or "",
        defendant=defendant if defendant else None,
        reviewer=record.get("reviewer") or "",
        date=day,
    )


def load_reviews(path: str | os.PathLike[str], *, missing_ok: bool = False) -> list[Review]:
    """Reviews in file order (``.jsonl``, or ``.tsv`` with a header row).

    A malformed line raises :class:`~fayan.errors.InputError` naming the file
    and line.  A missing file is an error unless ``missing_ok`` (then: no reviews).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "reviews.jsonl"
    >>> _ = p.write_text('{"key": "0123456789abcdef", "decision": "maybe"}\\n', encoding="utf-8")
    >>> load_reviews(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fayan.errors.InputError: ...reviews.jsonl:1: decision 'maybe' must be one of ['confirmed', 'dismissed']
    """
    p = Path(path)
    if not p.exists():
        if missing_ok:
            return []
        raise InputError("reviews file not found (pass missing_ok=True to start with none)", str(p))
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("reviews file is not UTF-8", str(p)) from exc
    except OSError as exc:
        raise InputError(f"cannot read reviews file: {exc.strerror}", str(p)) from exc
    return _parse_tsv(text, str(p)) if _is_tsv(p) else _parse_jsonl(text, str(p))


def _parse_jsonl(text: str, path: str) -> list[Review]:
    return [_read_record(record, path, lineno) for lineno, record in jsonl_objects(text, path)]


def _read_record(record: dict[str, Any], path: str, line: int) -> Review:
    try:
        return _review_from(record)
    except _Invalid as exc:
        raise InputError(str(exc), path, line) from exc


def _parse_tsv(text: str, path: str) -> list[Review]:
    lines = text.splitlines()
    if not lines:
        return []
    header = lines[0].split("\t")
    if tuple(h.strip() for h in header) != REVIEW_FIELDS:
        raise InputError(f"header must be the tab-separated columns {list(REVIEW_FIELDS)}", path, 1)
    out: list[Review] = []
    for lineno, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != len(REVIEW_FIELDS):
            raise InputError(
                f"expected {len(REVIEW_FIELDS)} tab-separated columns, found {len(cols)}", path, lineno
            )
        out.append(_read_record(dict(zip(REVIEW_FIELDS, cols)), path, lineno))
    return out


def add_review(
    path: str | os.PathLike[str],
    finding_key: str,
    decision: str,
    note: str = "",
    *,
    date: str | _date,
    reviewer: str = "",
    rule: str = "",
    doc_id: str = "",
    defendant: str | None = None,
) -> Review:
    """Append one decision to the reviews file (created with its folder if absent).

    ``date`` is required: fayan never reads the clock.  Pass the finding's
    ``rule``, ``doc_id`` and ``defendant`` so that the file reads well.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out" / "reviews.jsonl"
    >>> add_review(p, "0123456789abcdef", "confirmed", "属实", date="2024-05-06").decision
    'confirmed'
    >>> [r.note for r in load_reviews(p)]
    ['属实']
    """
    day = date.isoformat() if isinstance(date, _date) else date
    record: dict[str, Any] = {
        "key": finding_key,
        "decision": decision,
        "note": note,
        "rule": rule,
        "doc_id": doc_id,
        "defendant": defendant,
        "reviewer": reviewer,
        "date": day,
    }
    try:
        review = _review_from(record)
    except _Invalid as exc:
        raise UsageError(f"add_review: {exc}") from exc
    if not review.date:
        raise UsageError("add_review: date is required (YYYY-MM-DD)")
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tsv = _is_tsv(p)
    fresh = not p.exists() or p.stat().st_size == 0
    prefix = ""
    if not fresh:
        with p.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                prefix = "\n"
    if tsv:
        line = "\t".join(_tsv_cell(review.to_record()[f]) for f in REVIEW_FIELDS) + "\n"
        if fresh:
            line = "\t".join(REVIEW_FIELDS) + "\n" + line
    else:
        line = json.dumps(review.to_record(), ensure_ascii=False) + "\n"
    with p.open("a", encoding="utf-8", newline="") as fh:
        fh.write(prefix + line)
    return review


def _tsv_cell(value: str | None) -> str:
    return "" if value is None else re.sub(r"[\t\r\n]+", " ", value)


def _latest(reviews: Iterable[Review]) -> dict[str, Review]:
    latest: dict[str, Review] = {}
    for r in reviews:
        latest[r.key] = r
    return latest


def apply_reviews(findings: Iterable[Finding], reviews: Iterable[Review]) -> list[ReviewedFinding]:
    """Each finding with its review state; the last review of a key wins.

    >>> from fayan.findings import Finding
    >>> a = Finding("d1", None, "X1", "warning", "罪名不一致。", "")
    >>> b = Finding("d2", None, "X1", "warning", "罪名不一致。", "")
    >>> rs = [Review(a.key, "dismissed"), Review(a.key, "confirmed")]
    >>> [(x.finding.doc_id, x.state) for x in apply_reviews([a, b], rs)]
    [('d1', 'confirmed'), ('d2', 'unreviewed')]
    """
    latest = _latest(reviews)
    out: list[ReviewedFinding] = []
    for f in findings:
        r = latest.get(f.key)
        out.append(ReviewedFinding(f, r.decision if r else "unreviewed", r))
    return out


def load_findings(path: str | os.PathLike[str]) -> list[Finding]:
    """Findings from a ``findings.jsonl`` (one :meth:`Finding.to_record` per line).

    Errors name the file and line.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError("findings file not found", str(p)) from exc
    except OSError as exc:
        raise InputError(f"cannot read findings file: {exc.strerror}", str(p)) from exc
    out: list[Finding] = []
    for lineno, record in jsonl_objects(text, p):
        try:
            f = Finding.from_record(record)
        except (KeyError, TypeError) as exc:
            raise InputError(f"not a finding record: missing or bad field {exc}", str(p), lineno) from exc
        stored = record.get("key")
        if stored is not None and stored != f.key:
            raise InputError(
                f"stored key {stored!r} does not match the finding's key {f.key!r} (edited by hand?)",
                str(p),
                lineno,
            )
        out.append(f)
    return out


def new_only(
    findings: Iterable[Finding],
    reviews: Iterable[Review],
    previous_findings: Iterable[Finding] | str | os.PathLike[str] | None = None,
) -> list[Finding]:
    """Findings not reviewed and not in the previous run (a list, or its ``findings.jsonl`` path).

    >>> from fayan.findings import Finding
    >>> old = Finding("d1", None, "X3", "warning", "数额前后不一致。", "")
    >>> seen = Finding("d2", None, "X3", "warning", "数额前后不一致。", "")
    >>> fresh = Finding("d3", None, "X3", "warning", "数额前后不一致。", "")
    >>> [f.doc_id for f in new_only([old, seen, fresh], [Review(seen.key, "confirmed")], [old])]
    ['d3']
    """
    if isinstance(previous_findings, (str, os.PathLike)):
        previous: Iterable[Finding] = load_findings(previous_findings)
    else:
        previous = previous_findings or ()
    known = set(_latest(reviews)) | {f.key for f in previous}
    return [f for f in findings if f.key not in known]
