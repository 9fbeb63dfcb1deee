"""Score extracted records against hand-labelled gold in the contract's shape.

Documents are matched by ``id``; defendants within a document by name (exact,
else the same length with one differing character, as in 王建峰/王建锋).  A
gold document or defendant with no prediction counts as wrong on every field.

>>> gold = [{"id": "a", "doc_type": "判决书", "articles": [264], "defendants": [
...     {"name": "张某", "verdict": {"principal": "拘役", "term_months": 3}}]}]
>>> pred = [{"id": "a", "doc_type": "判决书", "articles": [264, 52], "defendants": [
...     {"name": "张某", "verdict": {"principal": "拘役", "term_months": 3}}]}]
>>> r = evaluate_records(gold, pred)
>>> r.accuracy("doc_type"), r.accuracy("articles"), r.accuracy("verdict.term_months")
(1.0, 0.0, 1.0)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fayan.errors import UsageError
from fayan.jsonl import read_jsonl

__all__ = ["EvalReport", "evaluate_records", "evaluate_files", "load_jsonl", "DOC_FIELDS", "DEFENDANT_FIELDS"]

DOC_FIELDS = ("doc_type", "case_number", "court", "procedure", "judgment_date", "prosecutor", "articles")
DEFENDANT_FIELDS = (
    "name",
    "gender",
    "birth_date",
    "ethnicity",
    "education",
    "prior_criminal",
    "recidivist",
    "detained_on",
    "arrested_on",
    "charges",
    "per_charge",
    "verdict.principal",
    "verdict.term_months",
    "verdict.term_days",
    "verdict.probation_months",
    "verdict.fine_yuan",
    "verdict.political_rights",
    "verdict.confiscation",
    "verdict.term_start",
    "verdict.term_end",
)
WHOLE_SENTENCE = ("verdict.principal", "verdict.term_months", "verdict.probation_months", "verdict.fine_yuan")


@dataclass
class EvalReport:
    counts: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, total]
    misses: list[dict[str, Any]] = field(default_factory=list)
    gold_docs: int = 0
    pred_docs_matched: int = 0
    gold_defendants: int = 0
    pred_defendants: int = 0
    matched_defendants: int = 0

    def _tick(self, name: str, ok: bool) -> None:
        c = self.counts.setdefault(name, [0, 0])
        c[0] += int(ok)
        c[1] += 1

    def accuracy(self, name: str) -> float:
        right, total = self.counts.get(name, [0, 0])
        return right / total if total else float("nan")

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_docs": self.gold_docs,
            "matched_docs": self.pred_docs_matched,
            "gold_defendants": self.gold_defendants,
            "pred_defendants": self.pred_defendants,
            "matched_defendants": self.matched_defendants,
            "fields": {k: {"right": v[0], "total": v[1], "accuracy": v[0] / v[1] if v[1] else None} for k, v in self.counts.items()},
            "misses": self.misses,
        }

    def render(self) -> str:
        lines = [
            f"documents: {self.pred_docs_matched}/{self.gold_docs} matched; "
            f"defendants: {self.matched_defendants}/{self.gold_defendants} gold matched, {self.pred_defendants} predicted",
            f"{'field':<28}{'right':>7}{'total':>7}{'accuracy':>10}",
        ]
        for k, (r, t) in self.counts.items():
            lines.append(f"{k:<28}{r:>7}{t:>7}{(r / t if t else 0):>10.3f}")
        return "\n".join(lines)


def _norm(v: Any) -> Any:
    if isinstance(v, float) and v == int(v):
        return int(v)
    if isinstance(v, list):
        return [_norm(x) for x in v]
    if isinstance(v, dict):
        return {k: _norm(x) for k, x in v.items()}
    return v


def _get(d: dict[str, Any], path: str) -> Any:
    cur: Any = d
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return _norm(cur)


def _per_charge(v: Any) -> Any:
    if not v:
        return []
    keys = ("charge", "principal", "term_months", "fine_yuan")
    return [{k: _norm(c.get(k)) for k in keys} for c in v]


def _same_name(a: str, b: str) -> bool:
    return a == b or (len(a) == len(b) >= 2 and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1)


def evaluate_records(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> EvalReport:
    """Per-field accuracy of ``pred`` against ``gold``, matched by ``id``; an id that either side holds twice is a
    :class:`~fayan.errors.UsageError` (which of the two to score would be a guess)."""
    report = EvalReport()
    gold = list(gold)
    by_id = _by_id(gold, pred)
    for g in gold:
        report.gold_docs += 1
        p = by_id.get(g["id"])
        if p is not None:
            report.pred_docs_matched += 1
        for name in DOC_FIELDS:
            if name not in g:
                continue
            gv, pv = _norm(g.get(name)), _norm(p.get(name)) if p else None
            ok = p is not None and gv == pv
            report._tick(name, ok)
            if not ok:
                report.misses.append({"id": g["id"], "field": name, "gold": gv, "pred": pv})
        gdefs = g.get("defendants") or []
        pdefs = list((p or {}).get("defendants") or [])
        report.gold_defendants += len(gdefs)
        report.pred_defendants += len(pdefs)
        report._tick("defendants.count", len(gdefs) == len(pdefs))
        # the order the result section names them in (defendants are matched by name below, whatever their order)
        g_order, p_order = [d.get("name") for d in gdefs], [d.get("name") for d in pdefs]
        report._tick("defendants.order", g_order == p_order)
        if g_order != p_order:
            report.misses.append({"id": g["id"], "field": "defendants.order", "gold": g_order, "pred": p_order})
        used: set[int] = set()
        for gd in gdefs:
            match = _match_defendant(gd, pdefs, used)
            if match is not None:
                used.add(match)
                report.matched_defendants += 1
            _score_defendant(report, g["id"], gd, pdefs[match] if match is not None else None)
    return report


def _by_id(gold: list[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """The predictions by their id, each side's ids checked to be unique."""
    by_id: dict[Any, dict[str, Any]] = {}
    for side, records in (("gold", gold), ("predictions", pred)):
        seen: set[Any] = set()
        for r in records:
            if "id" not in r:
                continue
            if r["id"] in seen:
                raise UsageError(f"the {side} hold the document id {r['id']!r} more than once; make the ids unique")
            seen.add(r["id"])
            if side == "predictions":
                by_id[r["id"]] = r
    return by_id


def _match_defendant(gd: dict[str, Any], pdefs: list[dict[str, Any]], used: set[int]) -> int | None:
    """The first predicted defendant not ``used`` of the gold one's name, else of the same name written otherwise."""
    for j, pd in enumerate(pdefs):
        if j not in used and pd.get("name") == gd.get("name"):
            return j
    for j, pd in enumerate(pdefs):
        if j not in used and _same_name(str(pd.get("name")), str(gd.get("name"))):
            return j
    return None


def _score_defendant(report: EvalReport, doc_id: Any, gd: dict[str, Any], pd: dict[str, Any] | None) -> None:
    """Tick every field the gold defendant ``gd`` has against its match ``pd`` (None: none matched)."""
    for name in DEFENDANT_FIELDS:
        if name.split(".")[0] not in gd and name != "name":
            continue
        if name == "per_charge":
            gv, pv = _per_charge(gd.get(name)), _per_charge(pd.get(name)) if pd else None
        else:
            gv = _get(gd, name)
            pv = _get(pd, name) if pd else None
        ok = pd is not None and gv == pv
        report._tick(name, ok)
        if not ok:
            report.misses.append({"id": doc_id, "defendant": gd.get("name"), "field": name, "gold": gv, "pred": pv})
    if "verdict" in gd:
        ok = pd is not None and all(_get(gd, k) == _get(pd, k) for k in WHOLE_SENTENCE)
        report._tick("whole_sentence", ok)


def load_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The objects of a JSONL file (gold or predictions); errors name the file and line."""
    return [record for _, record in read_jsonl(path)]


def evaluate_files(gold_path: str | os.PathLike[str], pred_path: str | os.PathLike[str]) -> EvalReport:
    """``fayan eval``: per-field accuracy of a prediction JSONL against a gold JSONL."""
    return evaluate_records(load_jsonl(gold_path), load_jsonl(pred_path))
