"""The rule registry and what every check gets to work with.

A check is a function ``(judgment, ctx) -> Iterator[Finding]`` registered
under a stable code from ``checks.md`` with :func:`rule`.  It reads the
:class:`~fayan.judgment.Judgment` only; evidence comes from the judgment's
provenance spans, so offsets point into the text the user gave us.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from fayan.findings import Evidence, Finding
from fayan.judgment import Circumstance, Defendant, Judgment, Provenance
from fayan.nlp.charges import normalize_charge
from fayan.nlp.numbers import date_range
from fayan.nlp.outcome import GENERAL_TERM_RANGE
from fayan.pipelines.fields import parse_case_number

__all__ = [
    "Rule", "REGISTRY", "rule", "Context", "evidence", "count_evidence", "quoted", "approvals", "refusals", "finding",
    "iso_date", "fmt_term", "case_type_code", "case_stage",
]

CheckFn = Callable[[Judgment, "Context"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str  # Chinese, short
    basis: str  # default legal basis
    func: CheckFn
    needs_law: bool = False
    # it also weighs the sentences an appeal ruling upholds (Judgment.affirmed) as those of defendants: it
    # reads a sentence through ``defendants`` only, with the person's header, the facts and the reasoning's
    # circumstances, and tells nothing of a retold sentence that
    # :func:`~fayan.pipelines.checks.sentence.retold_sentences` reads (E1, E2, E6, E16 read those already)
    affirmed: bool = False


REGISTRY: dict[str, Rule] = {}


def rule(
    code: str, name: str, basis: str, *, needs_law: bool = False, affirmed: bool = False
) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``code``."""

    def deco(fn: CheckFn) -> CheckFn:
        prev = REGISTRY.get(code)
        if prev is not None and (prev.func.__module__, prev.func.__qualname__) != (fn.__module__, fn.__qualname__):
            raise ValueError(f"rule {code} registered twice ({prev.func.__qualname__}, {fn.__qualname__})")
        REGISTRY[code] = Rule(code, name, basis, fn, needs_law, affirmed)
        return fn

    return deco


@dataclass
class Context:
    """Shared, read-only inputs of the checks (the law table is loaded once, lazily)."""

    law_path: str | None = None
    options: dict[str, object] = field(default_factory=dict)

    @cached_property
    def law(self):  # type: ignore[no-untyped-def]
        from fayan.pipelines.law import load_law

        return load_law(self.law_path)


def iso_date(v: str | None) -> date | None:
    """A full ISO date, or None for missing or partial dates."""
    if not v or len(v) != 10:
        return None
    return date.fromisoformat(v)


def iso_bounds(v: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date, year-month or year allows; None for anything else.

    >>> iso_bounds("2016-04"), iso_bounds("2016-04-05")[0], iso_bounds("2016")[1]
    ((datetime.date(2016, 4, 1), datetime.date(2016, 4, 30)), datetime.date(2016, 4, 5), datetime.date(2016, 12, 31))
    """
    if not v:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if m is None:
        return None
    return date_range(*(int(g) if g else None for g in m.groups()))  # type: ignore[arg-type]


def iso_first(v: str | None) -> date | None:
    """The first day an ISO date, year-month or year allows (:func:`iso_bounds`); None for anything else."""
    bounds = iso_bounds(v)
    return bounds[0] if bounds else None


def fmt_term(months: int | None, days: int | None = None) -> str:
    """Months as Chinese term text: 18 -> 一年六个月 style, written with digits (1年6个月)."""
    if months is None:
        return "?"
    y, m = divmod(months, 12)
    out = (f"{y}年" if y else "") + (f"{m}个月" if m else "")
    if days:
        out += f"{days}日"
    return out or "0个月"


def fmt_sentence(principal: str, months: int | None, days: int | None = None, probation: int | None = None) -> str:
    """A sentence as the messages write it: 有期徒刑1年6个月，缓刑2年."""
    term = fmt_term(months, days) if principal in GENERAL_TERM_RANGE else ""
    return principal + term + (f"，缓刑{fmt_term(probation)}" if probation else "")


_SUFFIXES = "一二三四五六七八九"


def fmt_articles(articles: Iterable[str | int]) -> str:
    """Articles of the Criminal Law as the messages write them, in the order given: 第264条, 第264、266条; where
    one was made by an amendment (133-1, 280-2), each with its own 第…条 (第133条之一、第234条)."""
    arts = list(dict.fromkeys(str(a) for a in articles))
    if all("-" not in a for a in arts):
        return f"第{'、'.join(arts)}条"
    return "、".join(f"第{n}条" + (f"之{_SUFFIXES[int(k[0]) - 1]}" if k and 1 <= int(k[0]) <= 9 else "")
                    for a in arts for n, *k in [a.split("-")])


def fmt_number(x: float | int) -> str:
    """An amount or weight as a judgment prints it: no exponent (``f"{1e7:g}"`` gives 1e+07), at most four
    decimals (10000000, 0.8299, 23900.5)."""
    return f"{float(x):.4f}".rstrip("0").rstrip(".")


def quoted(j: Judgment, field_path: str) -> bool:
    """Whether ``field_path``'s text lies in a result item that approves or upholds an earlier decision."""
    p = j.span(field_path)
    return p is not None and any(
        q.field.startswith("result_quotes[") and q.start <= p.start and p.end <= q.end for q in j.spans
    )


# a result item approving an earlier decision (核准…), past its number
_APPROVES_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、．.])?\s*核准")


def approvals(j: Judgment) -> list[Provenance]:
    """The result's items that approve an earlier decision (核准…), as their spans."""
    return [q for q in j.spans if q.field.startswith("result_quotes[") and _APPROVES_RE.match(q.text)]


def refusals(j: Judgment) -> list[Provenance]:
    """The result's items that refuse to approve an earlier decision (不核准…), as their spans."""
    return [q for q in j.spans if q.field.startswith("result_refusals[")]


def case_type_code(number: str) -> str:
    """A case number's type code (刑初 for 刑一初字 too), or "" for one that does not parse."""
    parts = parse_case_number(number)
    return parts.type_code if parts else ""


def case_stage(number: str) -> str | None:
    """初 for a first-instance case number (刑初, 刑一初, 刑附民初, 刑速初 …; not a retrial's after a remand, 刑重初), 终
    for a second instance's (刑终, 刑附民终); None for the others (刑核, 刑复, 刑监 …), a retrial's (刑再终, 刑监一再终,
    刑再重初: 审判监督, whose court and the appeals before it follow no instance's order) and one that does not parse."""
    code = case_type_code(number)
    if any(c in code for c in "再监申"):
        return None
    if code.endswith("初") and code != "刑重初":
        return "初"
    return "终" if code.endswith("终") else None


# A prior told with more than one sentence or a later change of it (数罪并罚, 与余刑合并执行, 减为/减刑, 撤销缓刑/假释,
# 脱逃, several charges): its term and dates are not one conviction's
# what may have been done to a prior's or a retold sentence's term since it was imposed (its term told may be what is
# left of it)
CHANGED_SINCE_RE = re.compile(r"余刑|减为|减刑|减去|撤销|假释|脱逃|漏罪")
NOT_ONE_SENTENCE_RE = re.compile(rf"并罚|决定执行|合并|{CHANGED_SINCE_RE.pattern}|、")


def not_one_sentence(text: str, charge: str | None = None) -> bool:
    """Whether a prior or a retold sentence ``text`` is told with more than one sentence or a later change of it
    (:data:`NOT_ONE_SENTENCE_RE`). The 、 of one selective charge (``charge``: 掩饰、隐瞒犯罪所得罪, one standard name)
    is no second charge; 盗窃罪、抢劫罪 is two.

    >>> not_one_sentence("因犯掩饰、隐瞒犯罪所得罪被判处有期徒刑六个月", "掩饰、隐瞒犯罪所得罪")
    False
    >>> not_one_sentence("因犯盗窃罪、抢劫罪被判处有期徒刑六年", "盗窃罪、抢劫罪")
    True
    """
    if charge and "、" in charge and normalize_charge(charge) is not None:
        text = text.replace(charge, "")
    return bool(NOT_ONE_SENTENCE_RE.search(text))


def evidence(j: Judgment, field_path: str, label: str = "") -> list[Evidence]:
    p = j.span(field_path)
    return [Evidence(p.start, p.end, p.text, label)] if p else []


def within_header(j: Judgment, i: int, told: str) -> list[Evidence]:
    """Where the defendant's header paragraph tells ``told`` (a custody: 2016年7月6日被监视居住), else the paragraph."""
    ev = evidence(j, f"defendants[{i}].header", "首部")[:1]
    pos = ev[0].text.find(told) if ev and told else -1
    return [Evidence(ev[0].start + pos, ev[0].start + pos + len(told), told, "首部")] if pos >= 0 else ev


def count_evidence(j: Judgment, i: int, k: int) -> list[Evidence]:
    """Count ``k`` of defendant ``i`` as printed in the result: its charge and its punishment (the defendant's whole
    result where the count's punishment has no span)."""
    return evidence(j, f"defendants[{i}].charges[{k}]", "判决罪名") + (
        evidence(j, f"defendants[{i}].counts[{k}]", "判决主文") or evidence(j, f"defendants[{i}].verdict", "判决主文"))


def offence_of(j: Judgment, i: int, d: Defendant) -> tuple[date | None, list[Evidence]]:
    """The offence date that counts for defendant ``i`` (their ``offence_start``: with several defendants the
    first fact date in a sentence naming them), with its evidence; the document's for records without it."""
    if d.offence_start:
        return iso_date(d.offence_start), evidence(j, f"defendants[{i}].offence_start", "犯罪时间")
    if d.offence_from:
        return None, []  # their own sentences give only a month or year: no day to count from
    return iso_date(j.offence_start), evidence(j, "offence_start", "犯罪时间")


def offence_from_of(j: Judgment, i: int, d: Defendant) -> tuple[date | None, list[Evidence]]:
    """The earliest day the facts allow for defendant ``i``'s offence (a month or year counts from its first
    day), for checks that say an offence came *after* something; falls back to :func:`offence_of`."""
    if d.offence_from:
        return iso_date(d.offence_from), evidence(j, f"defendants[{i}].offence_from", "犯罪时间")
    return offence_of(j, i, d)


def months_of(months: int, days: int | None = None) -> float:
    """A term in months, a day as 1/30 month (as the 量刑建议 parser counts)."""
    return months + (days or 0) / 30


# principal punishments from lightest to heaviest (死缓 between 无期徒刑 and 死刑)
PRINCIPAL_RANK = {"管制": 1, "拘役": 2, "有期徒刑": 3, "无期徒刑": 4, "死缓": 5, "死刑": 6}


def circumstances_of(j: Judgment, d: Defendant) -> list[Circumstance]:
    """The circumstances the reasoning finds for ``d`` (not negated), in the order told."""
    return [c for c in j.circumstances if c.defendant in (d.name, *d.name_variants) and not c.negated]


def appellate_header(j: Judgment) -> bool:
    """Whether the header lists the parties of an appeal or a protest (上诉人, 原公诉机关, 原审被告人, 抗诉机关)."""
    return any(r.startswith("上诉人") or r in ("原公诉机关", "原审被告人", "抗诉机关") for r in j.header_roles)


def circumstance_evidence(j: Judgment, d: Defendant, kind: str) -> list[Evidence]:
    """The first circumstance of ``kind`` the reasoning finds for ``d`` (not negated), as evidence; empty if none."""
    return [Evidence(c.start, c.end, c.text, "本院认为") for c in circumstances_of(j, d) if c.kind == kind][:1]


def finding(
    j: Judgment,
    code: str,
    severity: str,
    message: str,
    ev: list[Evidence],
    *,
    defendant: Defendant | None = None,
    basis: str | None = None,
    data: dict[str, object] | None = None,
) -> Finding:
    return Finding(
        doc_id=j.id,
        defendant=defendant.name if defendant else None,
        rule=code,
        severity=severity,
        message=message,
        basis=basis or REGISTRY[code].basis,
        evidence=tuple(ev),
        data=data or {},
    )
