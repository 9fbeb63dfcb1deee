"""Findings: leads for a reviewer, each with the evidence on both sides of a mismatch.

A finding is a record (see ``shared/docs/checks.md``)::

    {"doc_id", "defendant" (or null), "rule", "severity": "error"|"warning"|"info",
     "message" (Chinese, one sentence), "basis" (legal source), "evidence": [{"start","end","text"}]}

Evidence offsets index the document text as the user gave it (the same
coordinates as ``Judgment.spans``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Evidence", "Finding", "Severity"]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a mismatch: ``text`` is ``document[start:end]`` of the text as the user gave it, and ``label``
    says which part of the judgment it is (判决主文, 本院认为, 量刑建议 …)."""

    start: int
    end: int
    text: str
    label: str = ""  # which side of the mismatch: "判决主文", "本院认为" …


@dataclass(frozen=True, slots=True)
class Finding:
    """A lead for a reviewer: rule ``rule`` (E1–E20, X1–X7, C1; ``shared/docs/checks.md``) found ``message`` in
    document ``doc_id`` (about ``defendant``, or the whole document when None), on the legal ``basis``, with the
    ``evidence`` spans to read; ``severity`` is error, warning or info; ``data`` holds the values compared; ``key``
    identifies it across runs (for reviews)."""

    doc_id: str
    defendant: str | None
    rule: str
    severity: str
    message: str
    basis: str
    evidence: tuple[Evidence, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        """A stable id for suppression files: rule, document, defendant and message."""
        raw = "\x1f".join([self.rule, self.doc_id, self.defendant or "", self.message])
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_record(self) -> dict[str, Any]:
        """The finding as a JSON-ready dict (one line of findings.jsonl, without the review columns)."""
        return {
            "key": self.key,
            "doc_id": self.doc_id,
            "defendant": self.defendant,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "basis": self.basis,
            "evidence": [
                {"start": e.start, "end": e.end, "text": e.text, "label": e.label} for e in self.evidence
            ],
            "data": self.data,
        }

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> "Finding":
        """A finding from :meth:`to_record`'s dict (extra keys, such as a review's, are ignored)."""
        return cls(
            doc_id=r["doc_id"],
            defendant=r.get("defendant"),
            rule=r["rule"],
            severity=r["severity"],
            message=r["message"],
            basis=r.get("basis", ""),
            evidence=tuple(
                Evidence(e["start"], e["end"], e["text"], e.get("label", "")) for e in r.get("evidence", ())
            ),
            data=dict(r.get("data") or {}),
        )
