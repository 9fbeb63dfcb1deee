"""The findings report: one self-contained HTML file that works offline.

``render_report(findings, judgments, texts, out_path)`` writes a page with

* a header of counts by rule (code and Chinese name), severity, review state,
  court and charge, drawn as small inline SVG bars;
* CSS-only filters (hide a severity, hide dismissed or confirmed findings) —
  the page carries no JavaScript at all, and a Content-Security-Policy that
  forbids scripts and any network fetch;
* per document, every finding with its rule, severity, defendant, message,
  basis, review state, and each evidence span marked with ``<mark>`` inside
  ±200 characters of the document text (the evidence text alone when the
  document text is unavailable or the offsets do not fit it);
* for class-case findings (C1), an SVG scatter of the comparison group with
  the flagged case, its typical range and its nearest cases marked; a
  group's cases (at most 800, an even sample) are drawn once and shared by
  all its charts through ``<use>``, so a large corpus stays a small file.

Every document character and every finding field is HTML-escaped: a document
containing ``<script>`` renders as text.

>>> from fayan.findings import Evidence, Finding
>>> f = Finding("d1", "张某", "X3", "warning", "事实部分认定数额<1万>元与本院认为部分不一致。", "",
...             (Evidence(3, 8, "盗窃数额为", "经审理查明"),))
>>> html = report_html([f], None, lambda doc_id: "查明：盗窃数额为<b>9000元</b>。")
>>> "&lt;1万&gt;" in html, "<mark>盗窃数额为</mark>&lt;b&gt;9000元" in html, "<script" in html
(True, True, False)
"""

from __future__ import annotations

import html
import math
import os
import re
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from fayan.errors import InputError, UsageError
from fayan.findings import Evidence, Finding
from fayan.judgment import Judgment
from fayan.nlp.lexicon import load_table
from fayan.pipelines.classcase import ClassCaseResult, bracket_text
from fayan.pipelines.review import ReviewedFinding

__all__ = ["DEFAULT_TITLE", "render_report", "report_html", "rule_names"]

DEFAULT_TITLE = "法眼 · 刑事裁判文书一致性检查报告"
_ASSETS = Path(__file__).resolve().parent / "report_assets"
_SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
_STATE_NAMES = {"unreviewed": "待审", "confirmed": "已确认", "dismissed": "已排除"}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_MAX_TABLE_ROWS = 20
_MAX_CHART_POINTS = 800
_GROUP_STATUS = {"ok": "比对", "too_small": "样本不足，不作比对", "unadjusted": "档次与数额均不详，不作比对"}
_UNKNOWN_COURT = "（法院不详）"
_UNKNOWN_CHARGE = "（罪名不详）"


def _e(value: Any) -> str:
    """HTML-escape any value (quotes included, so it is safe in attributes too)."""
    return html.escape("" if value is None else str(value), quote=True)


@lru_cache(maxsize=1)
def _rule_table() -> tuple[tuple[str, str], ...]:
    return tuple((code, name) for _line, (code, name) in load_table("rules.tsv", 2, directory=_ASSETS))


def rule_names() -> dict[str, str]:
    """Check code → Chinese name, from ``report_assets/rules.tsv``.

    >>> rule_names()["C1"], rule_names()["E6"]
    ('类案量刑明显偏离', '缓刑适用不当')
    """
    return dict(_rule_table())


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    path = _ASSETS / "report.css"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"report stylesheet unreadable ({exc.strerror}); reinstall fayan", str(path)
        ) from exc


def _rule_sort_key(code: str) -> tuple[str, int, str]:
    m = re.match(r"^([A-Za-z]+)(\d+)$", code)
    return (m.group(1), int(m.group(2)), code) if m else (code, 0, code)


# ---------------------------------------------------------------------------
# Document facts shown next to findings


@dataclass(frozen=True, slots=True)
class _DocInfo:
    doc_id: str
    court: str | None = None
    case_number: str | None = None
    title: str | None = None
    charges: tuple[str, ...] = ()
    defendant_charges: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _from_judgment(j: Judgment) -> _DocInfo:
    per: dict[str, tuple[str, ...]] = {}
    charges: list[str] = []
    for d in j.defendants:
        cs = tuple(d.charges_standard or d.charges)
        per[d.name] = cs
        charges.extend(c for c in cs if c not in charges)
    return _DocInfo(j.id, j.court, j.case_number, j.title, tuple(charges), per)


def _cell(value: Any) -> Any:
    """A table cell with pandas' missing markers (None, NaN, NA) as None."""
    if value is None or isinstance(value, (list, tuple)):
        return value
    return None if pd.isna(value) else value


def _from_row(row: Mapping[str, Any]) -> _DocInfo:
    doc_id = row.get("doc_id", row.get("id"))
    raw = _cell(row.get("charges", row.get("charge")))
    if raw is None:
        charges: tuple[str, ...] = ()
    elif isinstance(raw, str):
        charges = tuple(c for c in re.split(r"[;；|]", raw) if c)
    else:
        charges = tuple(str(c) for c in raw)
    return _DocInfo(
        str(doc_id),
        _cell(row.get("court")),
        _cell(row.get("case_number")),
        _cell(row.get("title")),
        charges,
    )


def _doc_infos(
    source: Iterable[Judgment] | Mapping[str, Judgment] | pd.DataFrame | None,
) -> dict[str, _DocInfo]:
    if source is None:
        return {}
    if isinstance(source, pd.DataFrame):
        if "doc_id" not in source.columns and "id" not in source.columns:
            raise UsageError("render_report: a document index needs a 'doc_id' (or 'id') column")
        infos = [_from_row(r) for r in source.to_dict(orient="records")]
        return {i.doc_id: i for i in infos}
    items = source.values() if isinstance(source, Mapping) else source
    out: dict[str, _DocInfo] = {}
    for j in items:
        if not isinstance(j, Judgment):
            raise UsageError(f"render_report: expected Judgment objects, got {type(j).__name__}")
        out[j.id] = _from_judgment(j)
    return out


def _charges_of(f: Finding, info: _DocInfo | None) -> tuple[str, ...]:
    if f.rule == "C1" and f.data.get("charge"):
        return (str(f.data["charge"]),)
    if info is None:
        return ()
    if f.defendant and f.defendant in info.defendant_charges:
        return info.defendant_charges[f.defendant]
    return info.charges


# ---------------------------------------------------------------------------
# Small SVG pieces


def _bar(count: int, top: int, css: str = "#5b7a99") -> str:
    width = 0 if top <= 0 else max(1, round(100 * count / top))
    return (
        f'<svg width="104" height="10" role="img" aria-label="{count}">'
        f'<rect x="0" y="1" width="{width}" height="8" fill="{css}"/></svg>'
    )


def _count_table(title: str, rows: Sequence[tuple[str, str, int]], *, head: tuple[str, str]) -> str:
    """rows: (label html, extra html, count)."""
    top = max((c for _, _, c in rows), default=0)
    shown = list(rows[:_MAX_TABLE_ROWS])
    rest = rows[_MAX_TABLE_ROWS:]
    if rest:
        shown.append((_e(f"其他 {len(rest)} 项"), "", sum(c for _, _, c in rest)))
    body = "".join(
        f"<tr><td>{label}</td>{'<td>' + extra + '</td>' if head[1] else ''}"
        f'<td class="num">{count}</td><td class="bar">{_bar(count, top)}</td></tr>'
        for label, extra, count in shown
    )
    extra_head = f"<th>{_e(head[1])}</th>" if head[1] else ""
    return (
        f"<div><h3>{_e(title)}</h3><table><thead><tr><th>{_e(head[0])}</th>{extra_head}"
        f'<th class="num">数量</th><th></th></tr></thead><tbody>{body}</tbody></table></div>'
    )


def _money_tick(v: float, unit: str) -> str:
    if unit == "克":
        return f"{v:g}克"
    if v >= 1e8:
        return f"{v / 1e8:g}亿元"
    if v >= 1e4:
        return f"{v / 1e4:g}万元"
    return f"{v:g}元"


def _jitter(key: str) -> float:
    return (zlib.crc32(key.encode("utf-8")) % 1000) / 1000.0


_W, _H, _L, _R, _T, _B = 560, 270, 54, 14, 14, 40  # chart size and margins


@dataclass(frozen=True, slots=True)
class _Frame:
    """The axes of one comparison group's charts, shared by all its C1 findings."""

    cov_name: str | None
    x0: float
    x1: float
    y1: float
    points: tuple[tuple[float, float], ...]  # the group's cases (a sample of at most _MAX_CHART_POINTS)
    n_missing: int  # group cases without the covariate (not drawn)
    full: bool  # the whole group is known (else only nearest cases)
    bg_id: str | None  # id of the shared background <g>, when shared

    def px(self, x: float) -> float:
        return _L + (x - self.x0) / (self.x1 - self.x0) * (_W - _L - _R)

    def py(self, y: float) -> float:
        return _H - _B - y / self.y1 * (_H - _T - _B)


def _xval(cov_name: str | None, cov: Any, key: str) -> float | None:
    """x position: log10 of the covariate, or a stable jitter for a strip plot."""
    if cov_name is None:
        return _jitter(key)
    if cov is None or not isinstance(cov, (int, float)) or not cov > 0:
        return None
    return math.log10(float(cov))


def _own_points(f: Finding) -> list[tuple[float, float]]:
    """This case (x may be None → placed later), its typical range top, its nearest cases."""
    d = f.data
    cov_name = d.get("covariate")
    pts = []
    for n in d.get("nearest") or []:
        x = _xval(cov_name, n.get("covariate"), f"{n.get('doc_id')}/{n.get('defendant')}")
        if x is not None and n.get("term_months") is not None:
            pts.append((x, float(n["term_months"])))
    return pts


def _frame(findings: Sequence[Finding], group_rows: pd.DataFrame | None, bg_id: str | None) -> _Frame:
    d0 = findings[0].data
    cov_name = d0.get("covariate")
    points: list[tuple[float, float]] = []
    n_missing = 0
    if group_rows is not None and len(group_rows):
        covs = group_rows[cov_name].tolist() if cov_name in group_rows.columns else [None] * len(group_rows)
        keys = (group_rows["doc_id"].astype(str) + "/" + group_rows["defendant"].astype(str)).tolist()
        terms = group_rows["term_months"].tolist()
        step = max(1, math.ceil(len(terms) / _MAX_CHART_POINTS))
        for i in range(0, len(terms), step):
            x = _xval(cov_name, _cell(covs[i]), keys[i])
            if x is None:
                n_missing += 1
                continue
            points.append((x, float(terms[i])))
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    for f in findings:
        own = _own_points(f)
        xs += [x for x, _ in own]
        ys += [y for _, y in own]
        me = _xval(cov_name, f.data.get("covariate_value"), f"{f.doc_id}/{f.defendant}")
        if me is not None:
            xs.append(me)
        ys += [
            float(f.data.get("term_months") or 0.0),
            float((f.data.get("typical_range_months") or (0, 0))[1]),
        ]
    x0, x1 = (min(xs), max(xs)) if xs else (0.0, 1.0)
    if x1 - x0 < 1e-9:
        x0, x1 = x0 - 0.5, x1 + 0.5
    pad = (x1 - x0) * 0.05
    y1 = (max(ys) if ys else 1.0) * 1.08 or 1.0
    return _Frame(cov_name, x0 - pad, x1 + pad, y1, tuple(points), n_missing, group_rows is not None, bg_id)


def _background(fr: _Frame) -> str:
    """Axes, ticks and the group's cases as one SVG ``<g>`` (with ``id`` when shared)."""
    unit = "克" if fr.cov_name == "drug_g" else "元"
    ident = f' id="{_e(fr.bg_id)}"' if fr.bg_id else ""
    parts = [
        f"<g{ident}>",
        f'<line x1="{_L}" y1="{_H - _B}" x2="{_W - _R}" y2="{_H - _B}" stroke="#8895a3"/>',
        f'<line x1="{_L}" y1="{_T}" x2="{_L}" y2="{_H - _B}" stroke="#8895a3"/>',
    ]
    step_y = _nice_step(fr.y1 / 5)
    yv = 0.0
    while yv <= fr.y1:
        y = fr.py(yv)
        parts.append(
            f'<line x1="{_L - 3}" y1="{y:.1f}" x2="{_W - _R}" y2="{y:.1f}" stroke="#eef1f4"/>'
            f'<text x="{_L - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{yv:g}</text>'
        )
        yv += step_y
    mid = _T + (_H - _T - _B) / 2
    parts.append(
        f'<text x="12" y="{mid:.0f}" transform="rotate(-90 12 {mid:.0f})" text-anchor="middle" font-size="11">'
        f"{_e('刑期（月）')}</text>"
    )
    if fr.cov_name is not None:
        for k in range(math.ceil(fr.x0), math.floor(fr.x1) + 1):
            x = fr.px(k)
            parts.append(
                f'<line x1="{x:.1f}" y1="{_H - _B}" x2="{x:.1f}" y2="{_H - _B + 4}" stroke="#8895a3"/>'
                f'<text x="{x:.1f}" y="{_H - _B + 16}" text-anchor="middle" font-size="11">'
                f"{_e(_money_tick(10.0**k, unit))}</text>"
            )
        caption = "涉案数额（对数刻度）" if unit == "元" else "毒品数量（对数刻度）"
    else:
        caption = "同组案件（横向随机排列）"
    parts.append(
        f'<text x="{(_L + _W - _R) / 2:.0f}" y="{_H - 6}" text-anchor="middle" font-size="11">{_e(caption)}</text>'
    )
    parts.append('<g class="group-cases" fill="#7d8a97" fill-opacity="0.35">')
    parts.extend(f'<circle cx="{fr.px(x):.0f}" cy="{fr.py(y):.0f}" r="2.2"/>' for x, y in fr.points)
    parts.append("</g></g>")
    return "".join(parts)


def _c1_chart(f: Finding, fr: _Frame) -> str:
    """Inline SVG: the group (shared background), nearest cases (blue), this case (red) and its range."""
    d = f.data
    term = float(d.get("term_months") or 0.0)
    lo, hi = (float(x) for x in d.get("typical_range_months") or (0, 0))
    near = _own_points(f)
    me_x = _xval(fr.cov_name, d.get("covariate_value"), f"{f.doc_id}/{f.defendant}")
    if me_x is None:  # this case lacks the covariate: put it at the centre
        me_x = (fr.x0 + fr.x1) / 2
    parts = [
        f'<svg width="{_W}" height="{_H}" viewBox="0 0 {_W} {_H}" role="img" aria-label="{_e("类案比对散点图")}">',
        f'<use href="#{_e(fr.bg_id)}"/>' if fr.bg_id else _background(fr),
    ]
    parts.extend(
        f'<circle cx="{fr.px(x):.1f}" cy="{fr.py(y):.1f}" r="3.6" fill="#1f5fa8" stroke="#fff" stroke-width="0.8"/>'
        for x, y in near
    )
    mx = fr.px(me_x)
    parts.append(
        f'<line x1="{mx:.1f}" y1="{fr.py(lo):.1f}" x2="{mx:.1f}" y2="{fr.py(hi):.1f}" stroke="#2e7d32" '
        f'stroke-width="7" stroke-opacity="0.45" stroke-linecap="round"/>'
        f'<circle cx="{mx:.1f}" cy="{fr.py(term):.1f}" r="5.5" fill="#b3261e" stroke="#fff" stroke-width="1.2"/>'
        f'<text x="{mx + 8:.1f}" y="{fr.py(term) + 4:.1f}" fill="#b3261e">{_e(f"本案 {term:g}个月")}</text>'
    )
    parts.append("</svg>")
    legend = "灰点：同组案件；蓝点：情节最相近案件；红点：本案；绿条：与本案情节相近者的通常区间。"
    if fr.n_missing:
        legend += f"另有{fr.n_missing}件缺少数额或数量，未画出。"
    if not fr.full:
        legend += "（未提供完整比对组，仅画出最相近案件。）"
    return "".join(parts) + f'<div class="note">{_e(legend)}</div>'


def _num(v: Any) -> str:
    """``32.0`` → ``32``; ``7.5`` → ``7.5``; None → ``—``."""
    if v is None:
        return "—"
    return f"{float(v):g}" if isinstance(v, (int, float)) else str(v)


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return float(m * mag)
    return float(10 * mag)


def _c1_block(f: Finding, fr: _Frame) -> str:
    d = f.data
    lo, hi = d.get("typical_range_months") or (None, None)
    unit = "克" if d.get("covariate") == "drug_g" else "元"
    cov = d.get("covariate_value")
    facts = [
        ("比对组", "，".join(x for x in (str(d.get("charge") or ""), bracket_text(d.get("bracket"))) if x)),
        ("同组案件数", d.get("group_size")),
        ("情节相近者通常刑期", f"{lo}至{hi}个月"),
        ("模型预期刑期", f"{float(d.get('expected_months') or 0):.1f}个月"),
        ("本案刑期", f"{_num(d.get('term_months'))}个月" + ("（缓刑）" if d.get("probation") else "")),
        ("稳健z值", f"{float(d.get('z') or 0):.1f}"),
        ("本案数额/数量", "—" if cov is None else f"{cov:g}{unit}"),
        ("本案情节", "、".join(d.get("flags") or []) or "—"),
    ]
    fact_rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
    near_rows = "".join(
        "<tr>"
        f"<td>{_e(n.get('doc_id'))}</td><td>{_e(n.get('defendant'))}</td>"
        f'<td class="num">{_e(n.get("principal") or "")}{_e(_num(n.get("term_months")))}个月'
        f"{'（缓刑）' if n.get('probation') else ''}</td>"
        f'<td class="num">{_e("—" if n.get("covariate") is None else format(n["covariate"], "g") + unit)}</td>'
        f"<td>{_e('、'.join(n.get('flags') or []) or '—')}</td>"
        "</tr>"
        for n in d.get("nearest") or []
    )
    near = (
        '<h3>情节最相近的同类案件</h3><table><thead><tr><th>文书</th><th>被告人</th><th class="num">刑期</th>'
        f'<th class="num">数额/数量</th><th>情节</th></tr></thead><tbody>{near_rows}</tbody></table>'
        if near_rows
        else ""
    )
    return (
        f'<div class="c1"><div>{_c1_chart(f, fr)}</div>'
        f"<div><table><tbody>{fact_rows}</tbody></table>{near}</div></div>"
    )


# ---------------------------------------------------------------------------
# Evidence in context


def _evidence_html(e: Evidence, text: str | None, context: int) -> str:
    label = e.label or "证据"
    where = f"{label}（第{e.start}–{e.end}字）"
    fits = (
        text is not None
        and 0 <= e.start <= e.end <= len(text)
        and (not e.text or text[e.start : e.end] == e.text)
    )
    if text is not None and fits:
        a = max(0, e.start - context)
        b = min(len(text), e.end + context)
        before = ("…" if a > 0 else "") + text[a : e.start]
        after = text[e.end : b] + ("…" if b < len(text) else "")
        body = f"{_e(before)}<mark>{_e(text[e.start : e.end])}</mark>{_e(after)}"
        note = ""
    else:
        body = f"<mark>{_e(e.text)}</mark>"
        note = (
            '<div class="note">原文不可用，仅显示证据文本。</div>'
            if text is None
            else '<div class="note">证据位置与原文不符，仅显示证据文本。</div>'
        )
    return f'<div class="evidence"><div class="ev-label">{_e(where)}</div><div class="context">{body}</div>{note}</div>'


# ---------------------------------------------------------------------------
# The page


def _as_reviewed(items: Iterable[Finding | ReviewedFinding]) -> list[ReviewedFinding]:
    out: list[ReviewedFinding] = []
    for x in items:
        if isinstance(x, ReviewedFinding):
            out.append(x)
        elif isinstance(x, Finding):
            out.append(ReviewedFinding(x, "unreviewed", None))
        else:
            raise UsageError(f"render_report: expected Finding or ReviewedFinding, got {type(x).__name__}")
    return out


def _finding_html(
    rf: ReviewedFinding,
    names: Mapping[str, str],
    text: str | None,
    context: int,
    frames: Mapping[str, _Frame],
    new: bool = False,
) -> str:
    f = rf.finding
    sev = f.severity if f.severity in _SEVERITY_NAMES else "info"
    state = rf.state if rf.state in _STATE_NAMES else "unreviewed"
    head = (
        f'<div class="f-head"><span class="code">{_e(f.rule)}</span>'
        f"<span>{_e(names.get(f.rule, ''))}</span>"
        f'<span class="badge sev-{sev}">{_e(_SEVERITY_NAMES.get(f.severity, f.severity))}</span>'
        f'<span class="badge state-{state}">{_e(_STATE_NAMES[state])}</span>'
        + ('<span class="badge new">新</span>' if new else "")
        + (f"<span>被告人：{_e(f.defendant)}</span>" if f.defendant else "")
        + f'<span class="key">{_e(f.key)}</span></div>'
    )
    parts = [head, f'<p class="message">{_e(f.message)}</p>']
    if f.basis:
        parts.append(f'<p class="basis">依据：{_e(f.basis)}</p>')
    if rf.review is not None:
        r = rf.review
        who = "，".join(x for x in (r.reviewer, r.date) if x)
        parts.append(
            f'<p class="review-note">审查意见（{_e(_STATE_NAMES[state])}{_e("，" + who if who else "")}）：'
            f"{_e(r.note or '—')}</p>"
        )
    parts.extend(_evidence_html(e, text, context) for e in f.evidence)
    if f.rule == "C1" and f.data:
        parts.append(_c1_block(f, frames[f.key]))
    return (
        f'<article class="finding sev-{sev} review-{state}" id="f-{_e(f.key)}">'
        + "".join(parts)
        + "</article>"
    )


def _group_lookup(summary: ClassCaseResult | None) -> Callable[[str], pd.DataFrame | None]:
    if summary is None:
        return lambda _group: None
    rows = summary.rows
    cache: dict[str, pd.DataFrame] = {}
    if "group" in rows.columns:
        for key, part in rows[rows["group"] != ""].groupby("group", sort=False):
            cache[str(key)] = part
    return lambda group: cache.get(group)


def _c1_frames(findings: Sequence[Finding], summary: ClassCaseResult | None) -> tuple[dict[str, _Frame], str]:
    """Chart frames by finding key, and the shared group backgrounds (one per group, drawn once)."""
    c1 = [f for f in findings if f.rule == "C1" and f.data]
    lookup = _group_lookup(summary)
    by_group: dict[str, list[Finding]] = {}
    for f in c1:
        by_group.setdefault(str(f.data.get("group", "")), []).append(f)
    frames: dict[str, _Frame] = {}
    backgrounds: list[str] = []
    for n, (group, members) in enumerate(sorted(by_group.items())):
        rows = lookup(group)
        if rows is None:
            continue
        fr = _frame(members, rows, f"cc-bg-{n}")
        backgrounds.append(_background(fr))
        for f in members:
            frames[f.key] = fr
    for f in c1:
        if f.key not in frames:
            frames[f.key] = _frame([f], None, None)
    return frames, "".join(backgrounds)


def _groups_table(summary: ClassCaseResult) -> str:
    g = summary.groups
    body = "".join(
        "<tr>"
        f"<td>{_e(r['charge'])}</td><td>{_e(r['bracket'] if isinstance(r['bracket'], str) else '—')}</td>"
        f'<td class="num">{_e(r["n_used"])}</td>'
        f"<td>{_e(_GROUP_STATUS.get(str(r['status']), str(r['status'])))}</td>"
        f'<td class="num">{_e(r["n_flagged"])}</td>'
        "</tr>"
        for r in g.to_dict(orient="records")
    )
    return (
        '<section class="card" id="classcase"><h2>类案比对分组（C1）</h2>'
        '<table><thead><tr><th>罪名</th><th>档次</th><th class="num">可比案件数</th><th>状态</th>'
        f'<th class="num">偏离线索</th></tr></thead><tbody>{body}</tbody></table></section>'
    )


def _summary_html(reviewed: list[ReviewedFinding], infos: Mapping[str, _DocInfo], names: Mapping[str, str]) -> str:
    """The overview card: the findings counted by rule, severity, review state, court and charge."""
    rules = Counter(r.finding.rule for r in reviewed)
    sevs = Counter(r.finding.severity for r in reviewed)
    states = Counter(r.state for r in reviewed)
    courts: Counter[str] = Counter()
    charges: Counter[str] = Counter()
    for r in reviewed:
        info = infos.get(r.finding.doc_id)
        courts[(info.court if info and info.court else _UNKNOWN_COURT)] += 1
        for c in _charges_of(r.finding, info) or (_UNKNOWN_CHARGE,):
            charges[c] += 1

    rule_rows = [
        (f'<span class="code">{_e(code)}</span>', _e(names.get(code, "")), rules[code])
        for code in sorted(rules, key=_rule_sort_key)
    ]
    sev_rows = [
        (_e(f"{_SEVERITY_NAMES.get(s, s)}（{s}）"), "", sevs[s])
        for s in sorted(sevs, key=lambda s: (_SEVERITY_ORDER.get(s, 9), s))
    ]
    state_rows = [(_e(_STATE_NAMES[s]), "", states[s]) for s in _STATE_NAMES if states[s]]
    court_rows = [(_e(c), "", n) for c, n in sorted(courts.items(), key=lambda kv: (-kv[1], kv[0]))]
    charge_rows = [(_e(c), "", n) for c, n in sorted(charges.items(), key=lambda kv: (-kv[1], kv[0]))]

    return (
        '<section class="card" id="summary"><h2>概览</h2><div class="summary-grid">'
        + _count_table("按规则", rule_rows, head=("代码", "规则"))
        + _count_table("按严重程度", sev_rows, head=("严重程度", ""))
        + (_count_table("按审查状态", state_rows, head=("状态", "")) if state_rows else "")
        + _count_table("按法院", court_rows, head=("法院", ""))
        + _count_table("按罪名", charge_rows, head=("罪名", ""))
        + "</div></section>"
    )


def _doc_section(
    i: int,
    doc_id: str,
    findings: list[ReviewedFinding],
    info: _DocInfo | None,
    text: str | None,
    names: Mapping[str, str],
    context_chars: int,
    frames: Mapping[str, _Frame],
    fresh: Collection[str] = frozenset(),
) -> str:
    """One document's card: its findings, errors first, each with its evidence in the text around it (those whose
    keys are in ``fresh`` marked new)."""
    meta = [x for x in ((info.court, info.case_number) if info else ()) if x]
    items = sorted(
        findings,
        key=lambda r: (
            _SEVERITY_ORDER.get(r.finding.severity, 9),
            _rule_sort_key(r.finding.rule),
            r.finding.defendant or "",
            r.finding.key,
        ),
    )
    body = "".join(_finding_html(r, names, text, context_chars, frames, r.finding.key in fresh) for r in items)
    note = "" if text is not None else '<div class="note">未取得文书原文。</div>'
    return (
        f'<section class="card doc" id="doc-{i}"><div class="doc-head"><h2>{_e(doc_id)}</h2>'
        f'<span class="meta">{_e(" · ".join(meta))}</span></div>{note}{body}</section>'
    )


def report_html(
    findings: Iterable[Finding | ReviewedFinding],
    judgments_or_index: Iterable[Judgment] | Mapping[str, Judgment] | pd.DataFrame | None,
    texts: Callable[[str], str | None],
    *,
    title: str = DEFAULT_TITLE,
    classcase_summary: ClassCaseResult | None = None,
    hide_dismissed: bool = False,
    context_chars: int = 200,
    new_keys: Collection[str] = (),
) -> str:
    """The report page as a string (see :func:`render_report`)."""
    if context_chars < 0:
        raise UsageError(f"context_chars must be >= 0, got {context_chars}")
    reviewed = _as_reviewed(findings)
    n_hidden = sum(1 for r in reviewed if r.state == "dismissed") if hide_dismissed else 0
    if hide_dismissed:
        reviewed = [r for r in reviewed if r.state != "dismissed"]
    infos = _doc_infos(judgments_or_index)
    names = rule_names()

    by_doc: dict[str, list[ReviewedFinding]] = {}
    for r in reviewed:
        by_doc.setdefault(r.finding.doc_id, []).append(r)
    doc_ids = sorted(by_doc)

    subtitle = f"共 {len(reviewed)} 条线索，涉及 {len(doc_ids)} 份文书"
    fresh = frozenset(new_keys)
    if fresh:
        subtitle += f"；其中 {sum(r.finding.key in fresh for r in reviewed)} 条为本次新增（标“新”）"
    if n_hidden:
        subtitle += f"；已隐藏 {n_hidden} 条已排除线索"
    summary = _summary_html(reviewed, infos, names)
    filters = (
        '<section class="card filters" id="filters"><h2>筛选</h2>'
        '<label><input type="checkbox" id="hide-error"> 隐藏错误</label>'
        '<label><input type="checkbox" id="hide-warning"> 隐藏警告</label>'
        '<label><input type="checkbox" id="hide-info"> 隐藏提示</label>'
        '<label><input type="checkbox" id="hide-confirmed"> 隐藏已确认</label>'
        '<label><input type="checkbox" id="hide-dismissed" checked> 隐藏已排除</label>'
        "</section>"
    )
    index_items = "".join(
        f'<li><a href="#doc-{i}">{_e(doc_id)}</a>（{len(by_doc[doc_id])}）</li>'
        for i, doc_id in enumerate(doc_ids)
    )
    index = f'<section class="card" id="documents"><h2>文书目录</h2><ol class="doc-index">{index_items}</ol></section>'

    frames, backgrounds = _c1_frames([r.finding for r in reviewed], classcase_summary)
    doc_sections = [
        _doc_section(i, doc_id, by_doc[doc_id], infos.get(doc_id), texts(doc_id), names, context_chars, frames, fresh)
        for i, doc_id in enumerate(doc_ids)
    ]
    groups = _groups_table(classcase_summary) if classcase_summary is not None else ""

    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_stylesheet()}</style></head><body>"
        f'<header class="top"><h1>{_e(title)}</h1><p>{_e(subtitle)}</p></header>'
        + (
            f'<svg class="svg-defs" aria-hidden="true"><defs>{backgrounds}</defs></svg>'
            if backgrounds
            else ""
        )
        + "<main>"
        + summary
        + filters
        + index
        + "".join(doc_sections)
        + groups
        + "</main></body></html>\n"
    )


def render_report(
    findings: Iterable[Finding | ReviewedFinding],
    judgments_or_index: Iterable[Judgment] | Mapping[str, Judgment] | pd.DataFrame | None,
    texts: Callable[[str], str | None],
    out_path: str | os.PathLike[str],
    *,
    title: str = DEFAULT_TITLE,
    classcase_summary: ClassCaseResult | None = None,
    hide_dismissed: bool = False,
    context_chars: int = 200,
    new_keys: Collection[str] = (),
) -> Path:
    """Write the findings report to ``out_path`` (one self-contained HTML file) and return its path.

    ``findings`` are :class:`~fayan.findings.Finding` or, to show review
    states, :class:`~fayan.pipelines.review.ReviewedFinding` (from
    :func:`~fayan.pipelines.review.apply_reviews`).  ``judgments_or_index``
    gives each document's court, case number and charges: Judgments (an
    iterable or a ``doc_id`` mapping), or a DataFrame with ``doc_id`` and
    optional ``court``, ``case_number``, ``title``, ``charges`` columns; None
    when unknown.  ``texts(doc_id)`` returns the document text the evidence
    offsets index (the text as the user gave it), or None.
    ``classcase_summary`` (from :func:`~fayan.pipelines.classcase.compare_cases`)
    lets C1 charts show the whole comparison group.  The findings whose keys
    are in ``new_keys`` (first seen in this run) are marked 新.  ``hide_dismissed``
    leaves dismissed findings out of the file; otherwise they are hidden by
    a checkbox that the reader can clear.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "report.html"
    >>> render_report([], None, lambda _id: None, out).name
    'report.html'
    """
    page = report_html(
        findings,
        judgments_or_index,
        texts,
        title=title,
        classcase_summary=classcase_summary,
        hide_dismissed=hide_dismissed,
        context_chars=context_chars,
        new_keys=new_keys,
    )
    path = Path(out_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
