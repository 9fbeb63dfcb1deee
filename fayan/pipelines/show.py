"""``fayan show``: one document's sections and fields, for a person checking it."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from fayan.judgment import Defendant, Judgment, Recommendation, Sentence
from fayan.pipelines.readers import READ_AS_KEYS
from fayan.types import Document

__all__ = ["render_show"]

_STYLE = {
    "title": "bold",
    "case_number": "bold cyan",
    "prosecutor": "cyan",
    "defendant": "green",
    "defender": "green",
    "party": "green",
    "procedure": "dim",
    "prosecution": "yellow",
    "defence": "magenta",
    "facts": "white",
    "reasoning": "bold yellow",
    "result": "bold red",
    "appeal": "dim",
    "signatures": "blue",
    "appendix": "dim italic",
}


def _clip(s: str, n: int = 60) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def render_show(doc: Document, j: Judgment, console: Console) -> None:
    """Print sections (with offsets into the original text), document fields and defendants."""
    original = doc.original or doc.text
    console.rule(Text.assemble((doc.id, "bold"), f"  {doc.source}"))
    read_as = [f"{k} {v}" for k, v in doc.meta if k in READ_AS_KEYS]
    if read_as:  # how the file was read: a .txt taken as GB18030, the part of a page taken as the judgment
        console.print(Text("read as: " + ", ".join(read_as), style="dim"))
    if j.status != "ok":
        console.print(Text.assemble((f"status: {j.status}", "bold yellow"), f" — {j.reason}"))
    console.print(_sections_table(j, original))
    console.print(_document_table(j))
    for i, d in enumerate(j.defendants):
        console.print(_defendant_table(f"Defendant {i + 1}: {d.name}", d))
        printed = _verdict_as_printed(j, f"defendants[{i}]", original)
        if printed is not None:
            console.print(printed)
    for i, d in enumerate(j.affirmed):  # an appeal ruling's 驳回上诉，维持原判: the sentences it upholds
        console.print(_defendant_table(f"Upheld {i + 1}: {d.name} (维持原判; affirmed, not a defendant of the result)", d))
        printed = _verdict_as_printed(j, f"affirmed[{i}]", original)
        if printed is not None:
            console.print(printed)


def _sections_table(j: Judgment, original: str) -> Table:
    sec = Table(title="Sections", show_lines=False)
    sec.add_column("kind")
    sec.add_column("start", justify="right")
    sec.add_column("end", justify="right")
    sec.add_column("text")
    for s in j.sections:
        sec.add_row(Text(s.kind, style=_STYLE.get(s.kind, "")), str(s.start), str(s.end), _clip(original[s.start : s.end]))
    return sec


def _document_table(j: Judgment) -> Table:
    fields = Table(title="Document", show_header=False)
    fields.add_column("field", style="bold")
    fields.add_column("value")
    for name in ("doc_type", "case_number", "court", "procedure", "judgment_date", "prosecutor", "trial_procedure"):
        fields.add_row(name, str(getattr(j, name)))
    fields.add_row("articles", ", ".join(str(a) for a in j.articles))
    fields.add_row("charges (prosecution)", "、".join(j.charges_prosecution))
    fields.add_row("charges (reasoning)", "、".join(j.charges_reasoning))
    if j.total_crime_amount_yuan is not None:
        fields.add_row("total crime amount", f"{j.total_crime_amount_yuan} 元")
    # what the facts say beyond money (victims and drugs by the rules; items and places with the NER model)
    if j.victims:
        fields.add_row("victims", "、".join(j.victims))
    if j.drug:
        weighed = [f"{m.drug} {m.grams}克" for m in j.drugs if m.grams is not None and m.section == "facts"]
        total = f"{j.drug} {j.drug_grams}克" if j.drug_grams is not None else j.drug
        fields.add_row("drug", total + (f"  (weights: {'  '.join(weighed)})" if weighed else ""))
    if j.stolen_items:  # with the value the facts give (共: stated for it and others together)
        valued = {m.item: f"（{'共' if m.value_shared else ''}{m.value_yuan}元）" for m in j.stolen_item_mentions
                  if m.value_yuan is not None}
        fields.add_row("items", "、".join(i + valued.get(i, "") for i in j.stolen_items))
    if j.places:
        fields.add_row("places", "、".join(j.places))
    for r in j.recommendations:  # the prosecutor's 量刑建议, as E12 compares them with the sentences
        fields.add_row("recommended", _recommended(r))
    if j.recommendation_stance:
        fields.add_row("recommendation stance", j.recommendation_stance)
    fields.add_row("officers", "  ".join(f"{o.role}{o.name}" for o in j.officers))
    return fields


def _recommended(r: Recommendation) -> str:
    """One 量刑建议 in one line: 甲某、乙某: 有期徒刑 12–18个月 缓刑 may 罚金2000–3000元 (诈骗罪)."""
    def span(lo: float | None, hi: float | None, unit: str) -> str:
        if lo is None:
            return ""
        return f"{lo:g}{unit}" if hi == lo else f"{lo:g}–{hi:g}{unit}" if hi is not None else f"{lo:g}{unit}以上"

    sole = r.principals == ("单处罚金",)  # (a fine alone: no term)
    parts = ["/".join(r.principals), "" if sole else span(r.lo_months, r.hi_months, "个月")]
    if r.probation:
        parts.append(f"缓刑 {r.probation} {span(r.probation_lo_months, r.probation_hi_months, '个月')}".rstrip())
    if r.fine_lo_yuan is not None:
        parts.append("罚金" + span(r.fine_lo_yuan, r.fine_hi_yuan, "元"))
    who = "、".join(r.defendants) or "(no one named)"
    return f"{who}: " + " ".join(p for p in parts if p) + (f" ({r.charge})" if r.charge else "")


def _verdict(v: Sentence) -> str:
    """The executed sentence in one line: 有期徒刑 36个月 缓刑48个月 罚金5000元 …"""
    term = f"{v.term_months}个月" if v.term_months is not None else ""
    if v.term_days:
        term += f"{v.term_days}日"
    parts = [v.principal or "?", term]
    if v.probation_months:
        parts.append(f"缓刑{v.probation_months}个月")
    if v.fine_yuan is not None:
        parts.append(f"罚金{v.fine_yuan}元")
    if v.political_rights:
        parts.append(f"剥夺政治权利{v.political_rights}")
    if v.confiscation:
        parts.append("没收个人财产")
    return " ".join(p for p in parts if p)


def _defendant_table(title: str, d: Defendant) -> Table:
    t = Table(title=title, show_header=False)
    t.add_column("field", style="bold")
    t.add_column("value")
    for name in ("gender", "birth_date", "ethnicity", "education", "occupation", "prior_criminal", "recidivist", "detained_on", "arrested_on"):
        t.add_row(name, str(getattr(d, name)))
    if d.offence_start:
        since = f" (facts from {d.offence_from})" if d.offence_from and d.offence_from != d.offence_start else ""
        age = f", age {d.age_at_offence}" if d.age_at_offence is not None else ""
        t.add_row("offence", f"{d.offence_start}{age}{since}")
    t.add_row("charges", "、".join(d.charges))
    if d.drug:  # (of several defendants, where the facts tell this one's own weights apart)
        t.add_row("own drug", f"{d.drug} {d.drug_grams}克")
    t.add_row("verdict", Text(_verdict(d.verdict), style="bold red"))
    if d.verdict.term_start or d.verdict.term_end:
        t.add_row("term", f"{d.verdict.term_start} → {d.verdict.term_end}")
    for c in d.per_charge:
        t.add_row("count", f"{c.charge} {c.principal} {c.term_months}个月 罚金{c.fine_yuan}")
    if d.circumstances:
        t.add_row("circumstances", "、".join(d.circumstances))
    if d.recommendation_stance:
        t.add_row("recommendation stance", d.recommendation_stance)
    for p in d.priors:
        t.add_row("prior", _clip(p.text, 80))
    for ev in d.custody:
        t.add_row("custody", f"{ev.date or '(undated)'} {ev.kind}")
    return t


def _verdict_as_printed(j: Judgment, person: str, original: str) -> Text | None:
    """The verdict of ``person`` (``defendants[0]``, ``affirmed[0]``) highlighted in 30 characters of its context,
    where its span is known."""
    span = j.span(f"{person}.verdict")
    if span is None:
        return None
    s0 = max(0, span.start - 30)
    lead = "verdict as printed: …"
    text = Text(lead + original[s0 : span.end + 30].replace("\n", " ") + "…")
    text.stylize("bold red reverse", len(lead) + span.start - s0, len(lead) + span.end - s0)
    return text
