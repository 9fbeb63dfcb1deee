"""Checks on the punishment itself: ranges, 数罪并罚, 缓刑, term dates, 剥夺政治权利 (E1, E2, E6, E7, E16, X7)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from fayan.findings import Evidence, Finding
from fayan.judgment import Count, CustodyEvent, Defendant, Judgment, Number, OriginalSentence, PriorRecord, Sentence
from fayan.nlp.numbers import cn_to_int
from fayan.nlp.outcome import GENERAL_TERM_RANGE, POLITICAL_MISPRINT_RE, parse_punishment
from fayan.pipelines.checks.base import (
    CHANGED_SINCE_RE, Context, circumstance_evidence, circumstances_of, count_evidence, evidence, finding,
    fmt_number, fmt_term, iso_date, months_of, not_one_sentence, rule, within_header,
)
from fayan.pipelines.checks.dates import term_end

_ARTICLE = {"管制": "刑法第三十八条", "拘役": "刑法第四十二条", "有期徒刑": "刑法第四十五条"}
# the life and death punishments from the lightest: the heaviest count's absorbs the others (刑法69)
_LIFE_ORDER = {"无期徒刑": 1, "死缓": 2, "死刑": 3}
_LIFE = tuple(_LIFE_ORDER)


def _total_days(months: int | None, days: int | None) -> int:
    return (months or 0) * 30 + (days or 0)


def _outside_kind(principal: str | None, months: int | None, days: int | None) -> tuple[int, int] | None:
    """The range in months of ``principal``'s kind (刑法38, 42, 45: 拘役 one to six) where the term lies outside it."""
    if principal not in GENERAL_TERM_RANGE or months is None:
        return None
    lo, hi = GENERAL_TERM_RANGE[principal]
    return (lo, hi) if not lo * 30 <= _total_days(months, days) <= hi * 30 else None


@rule("E1", "主刑超出法定种类幅度", "刑法第三十八条、第四十二条、第四十五条")
def check_e1(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        for k, c in enumerate(d.counts):
            if (outside := _outside_kind(c.principal, c.term_months, c.term_days)) is not None:
                lo, hi = outside
                yield finding(
                    j, "E1", "error",
                    f"被告人{d.name}犯{c.charge}被判处{c.principal}{fmt_term(c.term_months, c.term_days)}，超出"
                    f"{c.principal}{fmt_term(lo)}至{fmt_term(hi)}的法定幅度。",
                    count_evidence(j, i, k), defendant=d, basis=_ARTICLE[c.principal],
                    data={"principal": c.principal, "months": c.term_months, "days": c.term_days, "range": [lo, hi]},
                )  # fmt: skip
    for i, d, k, p, joined in _unchanged_priors(j):
        if (outside := _outside_kind(p.principal, p.term_months, None)) is not None:
            lo, hi = outside
            if joined and p.term_months is not None and p.term_months >= lo:
                continue  # (joined terms may run above the kind's range, not below it: 刑法69)
            yield finding(
                j, "E1", "warning",
                f"被告人{d.name}前罪被判处{p.principal}{fmt_term(p.term_months)}，超出{p.principal}{fmt_term(lo)}至"
                f"{fmt_term(hi)}的法定幅度，疑为前科记载笔误，请核对。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, basis=_ARTICLE[p.principal],
                data={"principal": p.principal, "months": p.term_months, "range": [lo, hi]},
            )  # fmt: skip
    for field, which, label, s in retold_sentences(j):  # a sentence of an earlier decision of the case, as retold
        counts = [(c.charge, c.principal, c.term_months, c.term_days) for c in s.counts]
        if not counts and not s.with_earlier_judgment and not not_one_sentence(s.text, "".join(s.charges[:1])):
            counts = [(None, s.principal, s.term_months, s.term_days)]  # one count: a combined one is retold by counts
        for charge, principal, months, days in counts:
            if (outside := _outside_kind(principal, months, days)) is not None:
                lo, hi = outside
                yield finding(
                    j, "E1", "warning",
                    f"{which}对{s.defendant}{f'以{charge}' if charge else ''}判处{principal}{fmt_term(months, days)}，"
                    f"超出{principal}{fmt_term(lo)}至{fmt_term(hi)}的法定幅度，疑为复述笔误或原判错误，请核对。",
                    evidence(j, field, label), basis=_ARTICLE[principal],
                    data={"principal": principal, "months": months, "days": days, "range": [lo, hi]},
                )  # fmt: skip


def _single_priors(j: Judgment) -> Iterator[tuple[int, Defendant, int, PriorRecord]]:
    """Each criminal prior the header tells as one conviction of one charge, with nothing done to it since."""
    for i, d, k, p, joined in _unchanged_priors(j):
        if not joined:
            yield i, d, k, p


def _unchanged_priors(j: Judgment) -> Iterator[tuple[int, Defendant, int, PriorRecord, bool]]:
    """Each criminal prior the header tells with nothing done to its term since (减刑, 假释, 余刑 …), and whether it
    joined several charges or terms (盗窃罪、销售赃物罪, 决定执行: :func:`not_one_sentence`)."""
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            if p.kind == "criminal" and not CHANGED_SINCE_RE.search(p.text):
                yield i, d, k, p, not_one_sentence(p.text, p.charge)


# 刑法69: the cap of a combined term of each kind, by the sum of the terms (有期徒刑 25 years from a sum of 35)
_CAPS = {"有期徒刑": lambda total: 300 if total >= 420 else 240, "拘役": lambda total: 12, "管制": lambda total: 36}


def _outside(executed: float, terms: list[float], kind: str) -> tuple[float, float, float] | None:
    """(longest, sum, upper bound) where ``executed`` lies outside [longest, min(sum, cap)] (刑法69), else None."""
    lo, total = max(terms), sum(terms)
    hi = min(total, _CAPS[kind](total))
    return (lo, total, hi) if executed < lo - 1e-9 or executed > hi + 1e-9 else None


def _combined_outside(kind: str, months: int | None, days: int | None, out: tuple[float, float, float]) -> str:
    """How a finding tells an executed term outside the range :func:`_outside` gives (its longest, sum, upper bound)."""
    lo, total, hi = out
    return (f"数罪并罚决定执行{kind}{fmt_term(months, days)}，不在数刑中最高刑期{fmt_term(int(lo))}以上、"
            f"总和刑期{fmt_term(int(total))}（上限{fmt_term(int(hi))}）以下的范围内")


# an earlier judgment's fine that a sentence joins (连同前罪判处的有期徒刑一年六个月，并处罚金人民币三千元)
_EARLIER_FINE_RE = re.compile(r"前罪(?:(?!并罚|决定执行)[^。；]){0,40}?罚金")  # (not the executed one after 并罚)


def _with_an_earlier_fine(j: Judgment, i: int, v: Sentence) -> bool:
    """Whether the sentence of defendant ``i`` joins an earlier judgment's fine: read (:func:`_fine_with_earlier`
    adds it up), or told in the clause and not read, when the counts' fines alone rightly fall short of the one
    executed. An earlier judgment without a fine leaves the counts' sum to be compared."""
    if not v.with_earlier_judgment:
        return False
    clause = j.span(f"defendants[{i}].clause")
    return v.earlier_fine_yuan is not None or (clause is not None and bool(_EARLIER_FINE_RE.search(clause.text)))


def _earlier_known(v: Sentence) -> bool:
    return v.principal == "有期徒刑" and v.earlier_principal == "有期徒刑" and bool(v.earlier_term_months)


def _with_earlier(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """This judgment's 有期徒刑 counts combined with the one earlier term the clause names (与前罪所判有期徒刑一年并罚,
    刑法70, 71, 77 apply 69's bounds): the executed term between the longest and the sum (capped)."""
    v = d.verdict
    terms = [months_of(c.term_months, c.term_days) for c in d.counts if c.principal == "有期徒刑" and c.term_months]
    if not _earlier_known(v) or v.term_months is None or not terms or len(terms) != len(d.counts):
        return  # a count of another kind (拘役 is absorbed), or one whose term was not read
    terms.append(float(v.earlier_term_months or 0))
    out = _outside(months_of(v.term_months, v.term_days), terms, "有期徒刑")
    if out is None:
        return
    lo, total, hi = out
    yield finding(
        j, "E2", "error",
        f"被告人{d.name}本案所判有期徒刑与前罪有期徒刑{fmt_term(v.earlier_term_months)}并罚，决定执行有期徒刑"
        f"{fmt_term(v.term_months, v.term_days)}，不在其中最高刑期{fmt_term(int(lo))}以上、总和刑期{fmt_term(int(total))}"
        f"（上限{fmt_term(int(hi))}）以下的范围内。",
        evidence(j, f"defendants[{i}].clause", "判决主文"), defendant=d, basis="刑法第六十九条、第七十条、第七十一条、第七十七条",
        data={"counts": terms[:-1], "earlier": v.earlier_term_months, "executed": months_of(v.term_months, v.term_days),
              "lo": lo, "hi": hi},
    )  # fmt: skip


def _fine_with_earlier(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """The 罚金 executed where the 与前罪…并罚 clause names the earlier judgment's (与前罪所判有期徒刑一年，并处罚金
    人民币二万元并罚): this judgment's fines and the earlier one added up (刑法69③, 同种的，合并执行; a fine already
    paid is credited when it is executed, not left out of the decision)."""
    v = d.verdict
    if v.earlier_fine_yuan is None or v.fine_yuan is None or any(c.confiscation for c in d.counts):
        return
    fines = [float(c.fine_yuan) for c in d.counts if c.fine_yuan is not None]
    total = sum(fines) + float(v.earlier_fine_yuan)
    if abs(total - float(v.fine_yuan)) <= 0.5:
        return
    yield finding(
        j, "E2", "error",
        f"被告人{d.name}本案罚金{fmt_number(sum(fines))}元与前罪罚金{fmt_number(v.earlier_fine_yuan)}元并罚，"
        f"决定执行罚金{fmt_number(v.fine_yuan)}元，同种附加刑应当合并执行（合计{fmt_number(total)}元）。",
        evidence(j, f"defendants[{i}].clause", "判决主文"), defendant=d, basis="刑法第六十九条第三款",
        data={"fines": fines, "earlier": v.earlier_fine_yuan, "executed": v.fine_yuan},
    )  # fmt: skip


@rule("E2", "数罪并罚决定执行刑期或罚金不当", "刑法第六十九条")
def check_e2(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        counts = d.per_charge
        v = d.verdict
        if v.with_earlier_judgment:
            yield from _with_earlier(j, i, d)
            yield from _fine_with_earlier(j, i, d)
            if (heaviest := _absorbed_lighter(v.principal, [c.principal for c in d.counts])) is not None:
                # (one count of life or death joined to an earlier term: 判处无期徒刑，与前罪…并罚，决定执行有期徒刑二十年)
                yield finding(
                    j, "E2", "error",
                    f"被告人{d.name}本案判处{heaviest}，与前罪并罚决定执行{v.principal}，与数罪并罚吸收原则不符。",
                    evidence(j, f"defendants[{i}].clause", "判决主文"), defendant=d, basis="刑法第六十九条、第七十一条",
                    data={"heaviest": heaviest, "executed": v.principal},
                )  # fmt: skip
        if len(counts) < 2 or not v.combined:
            continue
        ev = evidence(j, f"defendants[{i}].clause", "判决主文")
        principals = {c.principal for c in counts}
        if principals & set(_LIFE):
            heaviest = max(principals & set(_LIFE_ORDER), key=_LIFE_ORDER.__getitem__)  # (死刑, 死缓, 无期徒刑)
            if v.principal not in _LIFE or _LIFE_ORDER.get(v.principal, 0) < _LIFE_ORDER[heaviest]:
                yield finding(
                    j, "E2", "error",
                    f"被告人{d.name}数罪中有{heaviest}，决定执行{v.principal or '未知刑罚'}，与数罪并罚吸收原则不符。",
                    ev, defendant=d,
                )  # fmt: skip
            elif _LIFE_ORDER[v.principal] > _LIFE_ORDER[heaviest]:  # (死刑 executed where the heaviest is 无期徒刑)
                yield finding(
                    j, "E2", "error",
                    f"被告人{d.name}数罪中最重为{heaviest}，决定执行{v.principal}，重于各罪所判刑罚，与数罪并罚吸收原则不符。",
                    ev, defendant=d, data={"heaviest": heaviest, "executed": v.principal},
                )  # fmt: skip
        for kind in () if principals & set(_LIFE) else _CAPS:  # a life or death count absorbs the terms
            terms = [months_of(c.term_months, c.term_days) for c in counts if c.principal == kind and c.term_months is not None]
            if not terms or v.principal != kind or v.term_months is None:
                continue
            if (kind == "拘役" and "有期徒刑" in principals) or (kind == "有期徒刑" and v.with_earlier_judgment):
                continue  # (the counts with the earlier term: _with_earlier's, where that term is read)
            executed = months_of(v.term_months, v.term_days)
            if out := _outside(executed, terms, kind):
                yield finding(
                    j, "E2", "error", f"被告人{d.name}{_combined_outside(kind, v.term_months, v.term_days, out)}。",
                    ev, defendant=d, data={"counts": terms, "executed": executed, "lo": out[0], "hi": out[2]},
                )  # fmt: skip
        fines = [c.fine_yuan for c in counts if c.fine_yuan is not None]
        seized = [c.charge for c in counts if c.confiscation]
        executed = evidence(j, f"defendants[{i}].verdict", "决定执行")
        # The record carries the counts' 没收财产 and 罚金 over to an executed clause that leaves them out (决定执行有期徒刑
        # 五年): the clause itself tells. A 没收个人全部财产 executed takes the fines in (财产刑规定 第三条). Of dev and SPC,
        # 50 combined sentences have a count's confiscation and 55 a fine that is not so taken in; none leaves it out.
        left_out = []
        if executed and seized and not any("没收" in e.text for e in executed):
            left_out.append((f"所犯{'、'.join(seized)}判处没收财产", "没收财产", {"confiscation": seized}))
        fine_left_out = bool(executed and fines) and not v.confiscation and not any("罚金" in e.text for e in executed)
        if fine_left_out:
            left_out.append((f"所犯数罪中判处罚金合计{fmt_number(sum(fines))}元", "罚金", {"fines": fines}))
        for said, what, data in left_out:
            yield finding(
                j, "E2", "warning",
                f"被告人{d.name}{said}，决定执行的刑罚却未写明{what}；数罪中有判处附加刑的，附加刑仍须执行。",
                executed + ev, defendant=d, basis="刑法第六十九条第三款", data=data,
            )  # fmt: skip
        if not fine_left_out and fines and v.fine_yuan is not None and not _all_property_seized(counts) \
                and not _with_an_earlier_fine(j, i, v):
            if abs(float(sum(fines)) - float(v.fine_yuan)) > 0.5:
                yield finding(
                    j, "E2", "error",
                    f"被告人{d.name}各罪罚金合计{fmt_number(sum(fines))}元，决定执行罚金{fmt_number(v.fine_yuan)}元，同种附加刑应当合并执行。",
                    ev, defendant=d, basis="刑法第六十九条第三款", data={"fines": fines, "executed": v.fine_yuan},
                )  # fmt: skip
        yield from _confiscated_otherwise(j, d, counts, v.confiscation_yuan, f"被告人{d.name}", "error", ev)
    yield from _prior_combined_outside_its_bounds(j)
    yield from _retold_fines(j)
    yield from _retold_terms(j)
    for field, which, label, s in retold_sentences(j):
        yield from _confiscated_otherwise(j, None, s.counts, s.confiscation_yuan, f"{which}对{s.defendant}", "warning",
                                          evidence(j, field, label))


def _confiscated_otherwise(
    j: Judgment, d: Defendant | None, counts: Sequence[Count], executed: Number | None, who: str, severity: str,
    ev: list[Evidence],
) -> Iterator[Finding]:
    """Sums of property confiscated by two or more counts (没收个人财产人民币一百万元, …五十万元) and an executed sum that is
    not theirs together (一百二十万元): 同种附加刑合并执行 (刑法69③). Not where a count confiscates all the property."""
    sums = [c.confiscation_yuan for c in counts if c.confiscation]
    if executed is None or len(sums) < 2 or any(x is None for x in sums):
        return
    total = sum(float(x) for x in sums if x is not None)
    if abs(total - float(executed)) > 0.5:
        yield finding(
            j, "E2", severity,
            f"{who}各罪没收个人财产合计{fmt_number(total)}元，决定执行没收个人财产{fmt_number(executed)}元，同种附加刑应当合并执行"
            + ("。" if severity == "error" else "，请核对。"),
            ev, defendant=d, basis="刑法第六十九条第三款", data={"confiscated": sums, "executed": executed},
        )  # fmt: skip


def _retold_terms(j: Judgment) -> Iterator[Finding]:
    """A sentence of an earlier decision of the case, as the document retells it with its counts, all of one kind of
    term (有期徒刑), whose executed term lies outside [the longest, min(the sum, the cap)] (刑法69: 故意伤害十五年 and
    非法持有枪支三年, 决定执行十九年), not one joined to an earlier judgment's term; or, of counts one of which is
    无期徒刑, 死缓 or 死刑, whose executed punishment is lighter than the heaviest (死刑 and terms, 决定执行无期徒刑),
    joined to an earlier term too (无期徒刑 与前罪…并罚，决定执行有期徒刑二十年: of the 11 such retold sentences on
    the dev judgments and SPC rulings, none); a warning, since this document did not impose it."""
    for field, which, label, s in retold_sentences(j):
        kinds = {c.principal for c in s.counts}
        if (len(s.counts) >= 2 or s.with_earlier_judgment) and kinds & set(_LIFE_ORDER) and s.principal:
            if (heaviest := _absorbed_lighter(s.principal, kinds)) is not None:
                yield finding(
                    j, "E2", "warning",
                    f"{which}对{s.defendant}数罪中有{heaviest}，决定执行{s.principal}，与数罪并罚吸收原则不符，请核对。",
                    evidence(j, field, label), basis="刑法第六十九条",
                    data={"heaviest": heaviest, "executed": s.principal},
                )  # fmt: skip
            continue
        if len(s.counts) < 2 or s.with_earlier_judgment or len(kinds) != 1 or s.principal not in kinds:
            continue
        kind = s.principal
        terms = [months_of(c.term_months, c.term_days) for c in s.counts if c.term_months is not None]
        if kind not in _CAPS or len(terms) != len(s.counts) or s.term_months is None:
            continue
        executed = months_of(s.term_months, s.term_days)
        if out := _outside(executed, terms, kind):
            yield finding(
                j, "E2", "warning",
                f"{which}对{s.defendant}{_combined_outside(kind, s.term_months, s.term_days, out)}，请核对。",
                evidence(j, field, label), basis="刑法第六十九条",
                data={"counts": terms, "executed": executed, "lo": out[0], "hi": out[2]},
            )  # fmt: skip


def _absorbed_lighter(executed: str | None, principals: Iterable[str | None]) -> str | None:
    """The heaviest of the life and death punishments among ``principals`` (死刑, 死缓, 无期徒刑), where the punishment
    ``executed`` is lighter: it absorbs the others (刑法69), an earlier judgment's term too (刑法70, 71)."""
    lives = set(principals) & set(_LIFE_ORDER)
    if not lives or not executed:
        return None
    heaviest = max(lives, key=_LIFE_ORDER.__getitem__)
    return heaviest if _LIFE_ORDER.get(executed, 0) < _LIFE_ORDER[heaviest] else None


def _all_property_seized(counts: Sequence[Count]) -> bool:
    """Whether a count confiscates all the defendant's property (没收个人全部财产), which takes the fines in: only that
    is executed (财产刑规定 第三条). A sum confiscated (没收个人财产人民币一万元) leaves the fines to be added up."""
    return any(c.confiscation and c.confiscation_yuan is None for c in counts)


def _retold_fines(j: Judgment) -> Iterator[Finding]:
    """A sentence of an earlier decision of the case, as the document retells it with its counts, whose executed 罚金
    is not the sum of its counts' (刑法69③: 同种附加刑合并执行), with the earlier judgment's where it joins one (与前犯
    盗窃罪所判处的…并处罚金人民币三万元并罚, 刑法70, 71); a warning, since this document did not impose it."""
    for field, which, label, s in retold_sentences(j):
        fines = [c.fine_yuan for c in s.counts if c.fine_yuan is not None]
        earlier = [s.earlier_fine_yuan] if s.with_earlier_judgment and s.earlier_fine_yuan is not None else []
        if len(s.counts) + len(earlier) < 2 or not fines + earlier or s.fine_yuan is None:
            continue
        if _all_property_seized(s.counts):
            continue
        total = sum(float(x) for x in fines + earlier)
        if abs(total - float(s.fine_yuan)) > 0.5:
            told = (f"所判各罪罚金合计{fmt_number(total)}元" if not earlier else
                    f"所判本案罚金{fmt_number(sum(fines))}元与前罪罚金{fmt_number(earlier[0])}元合计{fmt_number(total)}元"
                    if fines else f"本案未判处罚金，与前罪罚金{fmt_number(earlier[0])}元并罚")  # fmt: skip
            yield finding(
                j, "E2", "warning",
                f"{which}对{s.defendant}{told}，决定执行罚金{fmt_number(s.fine_yuan)}元，同种附加刑应当合并执行，请核对。",
                evidence(j, field, label), basis="刑法第六十九条第三款",
                data={"fines": fines, "earlier": earlier[0] if earlier else None, "executed": s.fine_yuan},
            )  # fmt: skip


def _prior_combined_outside_its_bounds(j: Judgment) -> Iterator[Finding]:
    """A prior that joined its own term with the one told before it (…判处有期徒刑二年，与前罪…并罚，决定执行有期徒刑九年)
    to more than the two together: whether the earlier term was joined whole (刑法70) or what was left of it (71), the
    sentence executed is no longer than their sum. A warning: this judgment did not impose it. And one whose sentence
    executed is shorter than its own term (决定执行有期徒刑三年 of 有期徒刑三年六个月): 刑法第六十九条 sets it at the
    longest term or above, whatever was joined. And one whose fines do not add up to the fine executed
    (:func:`_prior_fines`: 刑法69③)."""
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            own, executed = p.count_term_months, p.term_months
            if own is not None and executed is not None and p.principal == "有期徒刑" and executed < own:
                yield finding(
                    j, "E2", "warning",
                    f"被告人{d.name}前罪被判处有期徒刑{fmt_term(own)}，并罚后决定执行有期徒刑{fmt_term(executed)}，低于该罪"
                    "所判刑期，疑为前科记载笔误，请核对。",
                    evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, basis="刑法第六十九条",
                    data={"own": own, "executed": executed},
                )  # fmt: skip
        for k, p in enumerate(d.priors):
            if (told := _prior_fines(p.text)) is not None and abs(sum(told[0]) - told[1]) > 0.5:
                yield finding(
                    j, "E2", "warning",
                    f"被告人{d.name}前罪所载各罪罚金合计{fmt_number(sum(told[0]))}元，并罚后决定执行罚金{fmt_number(told[1])}元，"
                    "同种附加刑应当合并执行，疑为前科记载笔误，请核对。",
                    evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, basis="刑法第六十九条第三款",
                    data={"fines": told[0], "executed": told[1]},
                )  # fmt: skip
        for k, (before, p) in enumerate(zip(d.priors, d.priors[1:]), 1):
            own, executed, earlier = p.count_term_months, p.term_months, before.term_months
            if own is None or executed is None or earlier is None or before.principal != "有期徒刑":
                continue  # (count_term_months is read of a 有期徒刑 only)
            if executed > own + earlier:
                yield finding(
                    j, "E2", "warning",
                    f"被告人{d.name}前罪被判处有期徒刑{fmt_term(own)}，与此前所判有期徒刑{fmt_term(earlier)}并罚，决定执行有期徒刑"
                    f"{fmt_term(executed)}，超过两罪刑期之和{fmt_term(own + earlier)}，疑为前科记载笔误，请核对。",
                    evidence(j, f"defendants[{i}].priors[{k - 1}]", "前科")
                    + evidence(j, f"defendants[{i}].priors[{k}]", "前科"),
                    defendant=d, basis="刑法第六十九条至第七十一条",
                    data={"own": own, "earlier": earlier, "executed": executed},
                )  # fmt: skip


def _prior_fines(text: str) -> tuple[list[float], float] | None:
    """The fines a prior that joined sentences tells before its 决定执行 (each clause's, a quoted earlier sentence's
    too) and the fine executed after it (…并处罚金人民币一千元，撤销前判“…并处罚金人民币一千元”的缓刑执行部分，两罪并罚，
    决定执行有期徒刑一年，并处罚金人民币二千元); None where it tells no join, fewer than two fines before, none after,
    or a confiscation of all property, which takes the fines in."""
    at = text.find("决定执行")
    if at < 0 or "并罚" not in text[:at] or "全部财产" in text:
        return None
    fines = [float(f) for clause in re.split(r"[，,；;“”]", text[:at])
             if "罚金" in clause and (f := parse_punishment(clause).fine_yuan) is not None]
    executed = parse_punishment(re.split(r"[。；;]", text[at:])[0]).fine_yuan
    return (fines, float(executed)) if len(fines) >= 2 and executed is not None else None


@rule("E6", "缓刑适用或考验期不合法", "刑法第七十二条至第七十四条")
def check_e6(j: Judgment, ctx: Context) -> Iterator[Finding]:
    reported: list[tuple[int, int]] = []
    for f in _probation_findings(j):
        reported += [(e.start, e.end) for e in f.evidence]
        yield f
    yield from _told_probation(j, reported)


def _told_probation(j: Judgment, reported: list[tuple[int, int]]) -> Iterator[Finding]:
    """A term with a 缓刑 the law does not allow written anywhere else in the document (a sentence a ruling approves
    or quotes: 撤销…对甲判处有期徒刑三年，缓刑二年的缓刑部分; a second retelling of a judgment): a warning, as for the
    retold sentences; not one inside the evidence of a finding above (``reported``)."""
    for k, s in enumerate(j.suspended):
        why = _retold_probation_unlawful(s.principal, s.term_months, s.probation_months)
        if not why or any(a < s.end and s.start < b for a, b in reported):
            continue
        yield finding(
            j, "E6", "warning", f"文书所述{s.text}，不符合“{why}”的规定，请核对。",
            evidence(j, f"suspended[{k}]", "缓刑"), basis="刑法第七十二条、第七十三条",
            data={"term_months": s.term_months, "probation_months": s.probation_months},
        )  # fmt: skip


def _probation_findings(j: Judgment) -> Iterator[Finding]:
    """The sentences of this document, and the priors and earlier decisions it retells, against 刑法第七十二条至第七十四条."""
    for i, d in enumerate(j.defendants):
        v = d.verdict
        if not v.probation_months and not v.probation_days:
            continue
        ev = evidence(j, f"defendants[{i}].verdict", "判决主文")
        term = _total_days(v.term_months, v.term_days)
        prob = _total_days(v.probation_months, v.probation_days)
        if v.principal not in ("拘役", "有期徒刑"):
            yield finding(j, "E6", "error", f"被告人{d.name}被判处{v.principal}，依法不能宣告缓刑。", ev, defendant=d, basis="刑法第七十二条第一款")
            continue
        if v.principal == "有期徒刑" and (v.term_months or 0) > 36:
            yield finding(
                j, "E6", "error",
                f"被告人{d.name}被判处有期徒刑{fmt_term(v.term_months)}，超过三年，依法不能宣告缓刑。",
                ev, defendant=d, basis="刑法第七十二条第一款",
            )  # fmt: skip
            continue
        if bound := _probation_unlawful(v.principal, term, prob):
            yield finding(
                j, "E6", "error",
                f"被告人{d.name}被判处{v.principal}{fmt_term(v.term_months, v.term_days)}，缓刑考验期{fmt_term(v.probation_months, v.probation_days)}，"
                f"不符合“{bound}”的规定。",
                ev, defendant=d, basis="刑法第七十三条",
                data={"term_days": term, "probation_days": prob},
            )  # fmt: skip
        if d.recidivist:
            yield finding(
                j, "E6", "error",
                f"被告人{d.name}被认定为累犯，依法不适用缓刑，判决却宣告缓刑。",
                ev + circumstance_evidence(j, d, "累犯"), defendant=d, basis="刑法第七十四条",
            )  # fmt: skip
        if lead := _ring_leader(j, d):
            yield finding(
                j, "E6", "error",
                f"被告人{d.name}系犯罪集团的首要分子，依法不适用缓刑，判决却宣告缓刑。",
                ev + lead, defendant=d, basis="刑法第七十四条",
            )  # fmt: skip
    yield from _count_probation(j)
    yield from _priors_probation(j)
    yield from _history_probation(j)


# what a 首要分子's words say it led: a 犯罪集团 (该犯罪集团, 恶势力犯罪集团, 组织、领导该集团; a 黑社会性质组织 is one),
# or a 聚众 crime (是聚众斗殴的首要分子)
_GROUP_WORDS_RE = re.compile(r"集团|黑社会性质的?组织")


def _ring_leader(j: Judgment, d: Defendant) -> list[Evidence]:
    """Where the reasoning finds ``d`` the 首要分子 of a 犯罪集团 (刑法第七十四条: 对于…犯罪集团的首要分子，不适用缓刑):
    the 首要分子 it finds and, where those words do not name the group, the 犯罪集团 it finds the defendants formed
    (``crime_group_stated``: …组成较为固定的犯罪组织，系犯罪集团。甲某组织、领导该集团，系首要分子), as evidence; else
    empty. The 首要分子 of a 聚众 crime (聚众斗殴, 聚众扰乱社会秩序: 刑法第九十七条) is not barred: words that name one
    (是聚众斗殴的首要分子), or no group named in them and a 聚众 charge of ``d`` (乙某系首要分子, convicted of
    聚众斗殴罪), are read as the crowd's, whatever group the reasoning finds."""
    for c in circumstances_of(j, d):
        if c.kind != "首要分子":
            continue
        said = [Evidence(c.start, c.end, c.text, "本院认为")]
        if _GROUP_WORDS_RE.search(c.text):
            return said
        crowd = "聚众" in c.text or any("聚众" in x for x in (*d.charges, *d.charges_standard))
        if crowd or not j.crime_group_stated:
            continue
        return said + evidence(j, "crime_group_stated", "本院认为")
    return []


def _count_probation(j: Judgment) -> Iterator[Finding]:
    """A 缓刑 written on one count of several (以甲罪判处有期徒刑一年，缓刑一年；以乙罪判处…，决定执行…) where the
    executed sentence has none: 缓刑 is decided on the sentence executed (刑法第六十九条、第七十二条), so the two
    parts of the outcome contradict each other."""
    for i, d in enumerate(j.defendants):
        v = d.verdict
        if len(d.counts) < 2 or v.probation_months or v.probation_days:
            continue
        executed = f"{v.principal or ''}{fmt_term(v.term_months, v.term_days) if v.term_months else ''}"
        for k, c in enumerate(d.counts):
            if not c.probation_months:
                continue
            yield finding(
                j, "E6", "error",
                f"被告人{d.name}以{c.charge}被判处{c.principal or ''}{fmt_term(c.term_months, c.term_days)}，"
                f"缓刑{fmt_term(c.probation_months)}，而数罪并罚决定执行的{executed}未宣告缓刑：缓刑应就决定执行的刑罚宣告，"
                "主文前后矛盾。",
                count_evidence(j, i, k) + evidence(j, f"defendants[{i}].verdict", "判决主文"),
                defendant=d, basis="刑法第六十九条、第七十二条",
                data={"charge": c.charge, "probation_months": c.probation_months},
            )  # fmt: skip


def _probation_unlawful(principal: str, term_days: int, probation_days: int) -> str | None:
    """The rule of 刑法第七十三条 that a 缓刑考验期 of ``probation_days`` breaks for ``principal`` of ``term_days``."""
    lo, hi = (max(term_days, 60), 360) if principal == "拘役" else (max(term_days, 360), 1800)
    if lo <= probation_days <= hi:
        return None
    if principal == "拘役":
        return "拘役的缓刑考验期限为原判刑期以上一年以下，但不能少于二个月"
    return "有期徒刑的缓刑考验期限为原判刑期以上五年以下，但不能少于一年"


def _priors_probation(j: Judgment) -> Iterator[Finding]:
    """A prior sentence the document retells with a 缓刑 the law does not allow (有期徒刑三年，缓刑二年): a slip in the
    retelling, or in the earlier judgment; a warning, since this document did not impose it."""
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            why = _retold_probation_unlawful(p.principal, p.term_months, p.probation_months)
            if not why:
                continue
            told = f"被告人{d.name}前罪被判处{p.principal}{fmt_term(p.term_months)}，缓刑{fmt_term(p.probation_months)}"
            yield finding(
                j, "E6", "warning", f"{told}，不符合“{why}”的规定，疑为前科记载笔误，请核对。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, basis="刑法第七十二条、第七十三条",
                data={"term_months": p.term_months, "probation_months": p.probation_months},
            )  # fmt: skip


def _retold_probation_unlawful(principal: str | None, term_months: int | None, probation: int | None) -> str | None:
    """The rule of 刑法第七十二条 or 第七十三条 that a retold sentence's 缓刑 breaks, where it has one; else None.

    >>> _retold_probation_unlawful("管制", 24, 24)
    '缓刑只适用于被判处拘役、三年以下有期徒刑的犯罪分子'
    >>> _retold_probation_unlawful("有期徒刑", 24, 24) is None
    True
    """
    if principal == "管制" and probation is not None:
        return "缓刑只适用于被判处拘役、三年以下有期徒刑的犯罪分子"
    if principal not in ("拘役", "有期徒刑") or probation is None or term_months is None:
        return None
    if principal == "有期徒刑" and term_months > 36:
        return "有期徒刑超过三年的，不能宣告缓刑"
    return _probation_unlawful(principal, _total_days(term_months, 0), _total_days(probation, 0))


def retold_sentences(j: Judgment) -> list[tuple[str, str, str, OriginalSentence]]:
    """The sentences of earlier decisions of the case the document retells: (field, the decision as a message names
    it, the evidence label, the sentence), 二审's account of the first instance, then the procedure history's."""
    told = [(f"original_sentences[{k}]", "一审判决", "一审判决", s) for k, s in enumerate(j.original_sentences)]
    told += [(f"earlier_decisions[{k}].sentences[{n}]", f"{dec.case_number}{dec.form}", "审理经过", s)
             for k, dec in enumerate(j.earlier_decisions) for n, s in enumerate(dec.sentences)]  # fmt: skip
    return told


def _history_probation(j: Judgment) -> Iterator[Finding]:
    """A sentence an earlier decision of this case imposed, as the document retells it (二审's account of the first
    instance, the procedure history), with a 缓刑 the law does not allow (判三缓六): a slip in the retelling or the
    earlier decision's error; a warning, since this document did not impose it."""
    for field, which, label, s in retold_sentences(j):
        why = _retold_probation_unlawful(s.principal, s.term_months, s.probation_months)
        if why:
            yield finding(
                j, "E6", "warning",
                f"{which}对{s.defendant}判处{s.principal}{fmt_term(s.term_months)}，缓刑{fmt_term(s.probation_months)}，"
                f"不符合“{why}”的规定，请核对。",
                evidence(j, field, label), basis="刑法第七十二条、第七十三条",
                data={"term_months": s.term_months, "probation_months": s.probation_months},
            )  # fmt: skip


def _designated_residences(d: Defendant) -> list[tuple[date, int]]:
    """(first day, days) of each 指定居所监视居住: from its date to the next custody event after it (刑事拘留, 逮捕,
    取保候审 …)."""
    events = sorted((day, e.kind) for e in d.custody if (day := iso_date(e.date)) is not None)
    return [(day, (events[k + 1][0] - day).days) for k, (day, kind) in enumerate(events)
            if kind == "指定居所监视居住" and k + 1 < len(events)]


def _designated_residence_days(d: Defendant) -> int:
    """Days of 指定居所监视居住 (:func:`_designated_residences`), all together."""
    return sum(n for _, n in _designated_residences(d))


def _residence_uncredited(d: Defendant, since: date) -> set[int]:
    """The days of the 指定居所监视居住 from ``since`` on that the term does not credit (two of them are one of it,
    刑事诉讼法第七十六条), counted without and with their last day: a term counted from ``since``, a custody day before
    the residence, ends that many days after its plain end (留置 4月9日, 指定居所监视居住 7月22日 to the arrest on
    10月16日: 86 days, 43 credited, so 二年 runs to 次年5月21日, not 4月8日); empty where none comes after it."""
    n = sum(days for day, days in _designated_residences(d) if day >= since)
    return {k - k // 2 for k in (n, n + 1)} if n else set()


def _residence_before(
    d: Defendant, since: date, per_day: int = 1
) -> tuple[list[tuple[date, date]], int, int]:
    """The 指定居所监视居住 periods over by ``since`` (first day, the next measure's), their days and the days of the
    term they are worth: two of them one of 拘役 or 有期徒刑, one of 管制 (刑事诉讼法第七十六条). A term counted from
    ``since`` must credit them (指定居所监视居住 12月3日, 刑事拘留 次年1月2日: 30 days, 15 off an end from 1月2日)."""
    periods = [(day, day + timedelta(days=n)) for day, n in _designated_residences(d)
               if day + timedelta(days=n) <= since]
    n = sum((e - s).days for s, e in periods)
    return periods, n, n if per_day == 2 else n // 2


# 留置: a 监察委员会's detention, credited day for day (监察法第四十四条), so custody of this case from its first day
_START_KINDS = ("刑事拘留", "羁押", "抓获", "行政拘留", "逮捕", "拘传", "传唤", "留置")
_RELEASE_KINDS = ("取保候审", "监视居住", "释放")


def _segments(custody: tuple[CustodyEvent, ...]) -> list[tuple[date, date | None]]:
    """Custody periods [start, release) from the header's events, in date order."""
    events = sorted(
        ((iso_date(e.date), e.kind) for e in custody if iso_date(e.date) is not None),
        key=lambda x: x[0],  # type: ignore[arg-type,return-value]
    )
    segs: list[tuple[date, date | None]] = []
    start: date | None = None
    for day, kind in events:
        if kind in _START_KINDS and start is None:
            start = day
        elif kind in _RELEASE_KINDS and start is not None:
            if kind == "监视居住" and any(k == "指定居所监视居住" for _, k in events):
                continue
            segs.append((start, day))
            start = None
    if start is not None:
        segs.append((start, None))
    return segs


def _unbroken(segs: list[tuple[date, date | None]]) -> list[tuple[date, date | None]]:
    """``segs`` with a period released the day the next begins joined to it: custody never broke (取保候审 and a
    刑事拘留 by another bureau on the same day), so the later day begins no custody of its own."""
    out: list[tuple[date, date | None]] = []
    for start, end in segs:
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _naive_end(start: date, months: int, days: int) -> date:
    """The end many courts print: same day number ``months`` later (clipped to the month), minus one day."""
    y, m = divmod(start.month - 1 + months, 12)
    y += start.year
    m += 1
    day = min(start.day, calendar.monthrange(y, m)[1])
    return date(y, m, day) + timedelta(days=days - 1)


def _admin_credit(d: Defendant, first: date | None) -> int:
    """Days of 行政拘留 for the same conduct just before the criminal custody (often credited)."""
    if first is None:
        return 0
    total = 0
    for p in d.admin_punishments:
        day = iso_date(p.date)
        m = re.search(r"(?:行政|治安)?拘留\s*(\d+|[一二三四五六七八九十]+)\s*[日天]", p.punishment or p.text)
        if day and m and 0 <= (first - day).days <= 60:
            n = m.group(1)
            total += int(n) if n.isdigit() else cn_to_int(n)
    return total


def _held_before_an_admin_detention(d: Defendant, a: date) -> set[int]:
    """Days of custody before each 行政拘留 the header tells that a term starting ``a`` comes after (抓获 on the 17th,
    行政拘留 from the 18th: 1)."""
    held = sorted(day for e in d.custody if e.kind in ("抓获", "刑事拘留", "羁押") and (day := iso_date(e.date)))
    out = set()
    for e in d.custody:
        if e.kind == "行政拘留" and (x := iso_date(e.date)) and x < a and (before := [h for h in held if h < x]):
            out.add((x - before[0]).days)
    return out


def _held_before_rearrest(a: date, segs: list[tuple[date, date | None]]) -> list[tuple[date, date]]:
    """The custody periods that ended (release on bail …) before the last one began, where the term counts from that
    last one's first day ``a``, or every one that ended before a term counted from a later day (the judgment executed
    on someone out on bail: 刑期从判决执行之日起计算…即自…起), and they held someone a day or more: they must be
    credited; [] otherwise."""
    held = [(s, e) for s, e in segs if e is not None]
    if not any(e > s for s, e in held):
        return []
    after_all = len(held) == len(segs) and a > max(e for _, e in held)
    if a == segs[-1][0]:  # the periods before the last, not the last itself, which may end too (刑满释放 of a retrial)
        before = [(s, e) for s, e in segs[:-1] if e is not None]
        return before if any(e > s for s, e in before) else []
    return held if after_all else []


def _out_of_custody(segs: list[tuple[date, date | None]]) -> list[tuple[date, date]]:
    """(released, taken again) for each time out of custody between two custody periods."""
    return [(e0, s1) for (_s0, e0), (s1, _e1) in zip(segs, segs[1:]) if e0 is not None and s1 > e0]


def _custody_miscounted(
    a: date, b: date, segs: list[tuple[date, date | None]], per_day: int, term: tuple[int, int],
    residence: tuple[list[tuple[date, date]], int, int],
) -> tuple[str, date, dict[str, int]] | None:
    """A term of ``term`` (months, days) from ``a`` to ``b`` (its plain end: no day credited or added) that
    miscounts the custody: counted from a re-arrest without the days held before the release on bail, or from
    the first custody straight through a release and a re-arrest, the days out counted as held, or without the
    指定居所监视居住 before ``a`` (``residence``: :func:`_residence_before`): (what the finding says, up to the
    right end, that end, the finding's data). The day taken and the day let go both count as held; each is
    ``per_day`` days of the term (管制: 2, 刑法第四十一条)."""
    spans, rsl, rsl_worth = residence
    told = f"指定居所监视居住的{rsl}日（{'、'.join(f'{s0}至{e0}' for s0, e0 in spans)}，折抵刑期{rsl_worth}日）"
    also = f"及{told}" if rsl_worth else ""
    rsl_data = {"residence_days": rsl, "residence_credit_days": rsl_worth} if rsl_worth else {}
    held = _held_before_rearrest(a, segs)
    if held:
        days = sum((e0 - s0).days + 1 for s0, e0 in held)
        periods = "、".join(f"{s0}至{e0}" for s0, e0 in held)
        since = "再次羁押之日" if a == segs[-1][0] else ""
        worth = f"（折抵管制{days * per_day}日）" if per_day != 1 else ""
        said = f"自{since}{a}起算至{b}止，未折抵此前先行羁押的{days}日（{periods}）{worth}{also}，折抵后"
        return said, b - timedelta(days=days * per_day + rsl_worth), {"uncredited_days": days, **rsl_data}
    outside = _out_of_custody(segs)
    if outside and segs[0][0] == a:
        gap = sum((s1 - e0).days - 1 for e0, s1 in outside)
        periods = "、".join(f"{e0}至{s1}" for e0, s1 in outside)
        said = f"自首次羁押之日{a}起连续计算至{b}止，未扣除其间未被羁押的{gap}日（{periods}）{also}，"
        # the end is the term's from the last custody, less the days held before it (刑诉解释第二百零二条, legal-rules
        # B.4 case 2), not the plain end with the days out added: a year from 10月9日 that spans 2月29日 is a day
        # longer than one from a re-arrest on 5月13日 that does not
        joined = _unbroken(segs)
        before = sum((e0 - s0).days + 1 for s0, e0 in joined[:-1] if e0 is not None)
        right = term_end(joined[-1][0], *term) - timedelta(days=before + rsl_worth)
        return said, right, {"days_out": gap, **rsl_data}
    if rsl_worth:
        return f"自{a}起算至{b}止，未折抵此前{told}，折抵后", b - timedelta(days=rsl_worth), rsl_data
    return None


def _explained_ends(
    a: date, months: int, days: int, d: Defendant, credit: int | None, per_day: int = 1, judged: date | None = None
) -> set[date]:
    """Term ends that the printed start, the term and the custody history can explain.

    ``per_day``: days of term one day of custody is worth (管制: 2, 刑法41; 拘役 and 有期徒刑: 1). ``judged``: the
    judgment date, up to which custody still running is credited (a 管制 term counted from the first day held gains
    one more day for each held to the judgment, or to its taking effect some days later).
    """
    ok: set[date] = set()
    segs = _segments(d.custody)
    closed = [(s, e) for s, e in segs if e is not None]
    earlier_days = sum(((e - s).days for s, e in closed), 0)  # type: ignore[operator]
    starts = {a}
    if segs:
        starts.add(segs[-1][0])  # computed from the last custody, crediting the earlier periods
    admin = _admin_credit(d, segs[0][0] if segs else None)
    minuses = {per_day * n for n in (earlier_days, earlier_days + len(closed))}
    # held for this case, then detained administratively for another matter, then taken into criminal custody (因涉嫌
    # 贩卖毒品于7月17日被抓获，次日因吸毒被行政拘留十日，同月28日被刑事拘留): the days before the detention, credited
    # to a term counted from after it
    minuses |= {per_day * n for n in _held_before_an_admin_detention(d, a)}
    if credit or admin:
        minuses |= {credit or 0, admin + (credit or 0), per_day * admin} - {0}
    # 指定居所监视居住: two days of it are one of 拘役 or 有期徒刑 (刑事诉讼法第七十六条), and one of 管制
    rsl = _designated_residence_days(d)
    plain = set(minuses) | {0}
    if rsl:
        for n in (rsl, rsl + 1):
            worth = n if per_day == 2 else n // 2
            minuses |= {m + worth for m in plain}
    if per_day == 2 and judged is not None and segs and segs[-1][1] is None and a == segs[0][0]:
        held = (judged - segs[-1][0]).days  # the extra day of 管制 for each day held until the judgment (or later)
        minuses |= {earlier_days + held + k for k in range(0, 13)}
    # no deduction at all only where no earlier custody ended before the last one began: a term counted from a
    # re-arrest must credit the days held before release on bail (legal-rules B.4, case 2); that holds for the
    # printed start and for the last custody's first day, from which the end may also have been counted
    minuses.add(0)
    if credit and per_day != 1:
        minuses.add(per_day * credit)  # a printed credit in days of custody
    gaps = sum((s1 - e0).days for e0, s1 in _out_of_custody(segs))
    for start in starts:
        uncredited = bool(_held_before_rearrest(start, segs))
        # a start before a 指定居所监视居住: the end carries its uncredited half instead
        # (:func:`_residence_uncredited`; 管制 credits it day for day, so nothing is left over)
        later = _residence_uncredited(d, start) if per_day == 1 else set()
        own = minuses | {m - n for m in plain for n in later}
        # a 指定居所监视居住 over before the start is credited (:func:`_residence_before`): an end that credits
        # nothing leaves it out
        uncredited = uncredited or bool(_residence_before(d, start, per_day)[2])
        # Back-dated start: counted from the first custody across a release (取保候审 …) and a re-arrest, the days
        # spent out of custody are added at the end; an end that adds none counts them as held
        back_dated = start == (segs[0][0] if segs else None) and len(segs) > 1 and gaps > 0
        for base in {term_end(start, months, days), _naive_end(start, months, days)}:
            for minus in () if back_dated else own - ({0} if uncredited else set()):
                for k in range(-per_day, per_day + 1) if minus else (0,):
                    ok.add(base - timedelta(days=minus + k))
            if back_dated:
                for k in (-1, 0, 1):
                    ok.add(base + timedelta(days=gaps + k))
    return ok


@rule("E7", "刑期起止日期与刑期及羁押折抵不符", "刑法第四十一条、第四十四条、第四十七条；《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第二百零二条",
      affirmed=True)
def check_e7(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        v = d.verdict
        a, b = iso_date(v.term_start), iso_date(v.term_end)
        if a is None or b is None or v.term_months is None or v.principal not in ("有期徒刑", "拘役", "管制"):
            continue
        if v.with_earlier_judgment:
            yield from _ends_after_the_executed_term(j, i, d, a, b)
            continue
        if v.probation_months:
            yield finding(
                j, "E7", "warning",
                f"被告人{d.name}被宣告缓刑，判决却写明刑期起止日期（{a}至{b}）。",
                evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止"), defendant=d,
            )  # fmt: skip
            continue
        per_day = 2 if v.principal == "管制" else 1  # days of the term one day held is worth (刑法第四十一条)
        ok = _explained_ends(a, v.term_months, v.term_days or 0, d, v.custody_credit_days, per_day,
                             iso_date(j.judgment_date))
        if b in ok:
            continue
        expected = term_end(a, v.term_months, v.term_days or 0)
        off = (b - expected).days
        segs = _segments(d.custody)
        miscounted = _custody_miscounted(a, b, segs, per_day, (v.term_months, v.term_days or 0),
                                         _residence_before(d, a, per_day)) if off == 0 else None
        if miscounted is not None:
            said, right, extra = miscounted
            yield finding(
                j, "E7", "error", f"被告人{d.name}刑期{said}应至{right}止。",
                evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止")
                + evidence(j, f"defendants[{i}].detained_on", "羁押情况"),
                defendant=d, basis="刑法第四十一条" if per_day == 2 else "刑法第四十七条",
                data={"start": str(a), "end": str(b), "expected_end": str(right), **extra},
            )  # fmt: skip
            continue
        # A credit the note prints (先行羁押的二日已予折抵) is the end's to carry: the end it leads to is the one to
        # report, not the plain one, and the finding cannot say no credit is stated (拘役三个月 from 7月18日 with two
        # days credited ends on 10月15日, and 10月13日 is two days early, not four). 管制: days held or of the term.
        less, said = "", "，且未载明折抵或中断羁押的理由"
        if credit := v.custody_credit_days:
            expected = min((expected - timedelta(days=c) for c in {credit, per_day * credit}),
                           key=lambda end: abs((b - end).days))
            off = (b - expected).days
            less, said = f"，折抵判决载明的先行羁押{credit}日，", ""
        # Without any custody history in the header the credit cannot be checked: a lead, not an error.
        severity = "warning" if abs(off) <= 1 or not segs else "error"
        yield finding(
            j, "E7", severity,
            f"被告人{d.name}刑期{fmt_term(v.term_months, v.term_days)}自{a}起算{less}应至{expected}止，判决写明至{b}止，"
            f"相差{abs(off)}日{said}。",
            evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
            defendant=d, data={"start": str(a), "end": str(b), "expected_end": str(expected), "days_off": off,
                               **({"credit_days": credit} if credit else {})},
        )  # fmt: skip
    yield from _prior_served_too_long(j)
    yield from _credit_unlike_the_header(j)


def _credit_unlike_the_header(j: Judgment) -> Iterator[Finding]:
    """A custody credit the term note prints (折抵刑期七日) that is not the days the header tells this person was held
    before the term began (刑事拘留 on 6月6日, 取保候审 on 6月21日: 15 or, counting both ends, 16 days). Only where every
    custody the header tells is dated and none is 指定居所监视居住 or an administrative detention, which count
    otherwise (the dev, SPC and example documents print 2 such credits, both as their headers tell)."""
    for i, d in enumerate(j.defendants):
        v, a = d.verdict, iso_date(d.verdict.term_start)
        # (现羁押于…看守所 is a dateless 羁押: where the person is, no custody of its own)
        undated = any(iso_date(c.date) is None and c.kind != "羁押" for c in d.custody)
        if not v.custody_credit_days or a is None or undated:
            continue
        segs = _segments(d.custody)
        closed = [(s, e) for s, e in segs if e is not None and e <= a]
        if not closed or _designated_residence_days(d) or _admin_credit(d, segs[0][0]):
            continue
        held = sum(((e - s).days for s, e in closed), 0)
        both_ends = held + len(closed)  # each period counted with its first and last day
        if v.custody_credit_days in (held, both_ends):
            continue
        yield finding(
            j, "E7", "warning",
            f"被告人{d.name}刑期括注折抵先行羁押{v.custody_credit_days}日，而首部所载其在{a}之前被羁押{both_ends}日"
            f"（{'、'.join(f'{s}至{e}' for s, e in closed)}）。",
            evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + evidence(j, f"defendants[{i}].header", "首部"),
            defendant=d, basis="刑法第四十七条", data={"credit_days": v.custody_credit_days, "held_days": both_ends},
        )  # fmt: skip


def _ends_after_the_executed_term(j: Judgment, i: int, d: Defendant, a: date, b: date) -> Iterator[Finding]:
    """A sentence executed with an earlier judgment's (刑法第六十九条至第七十一条、第七十七条) whose printed end is later
    than the executed term from its printed start, less the custody credit it prints: time served under the earlier
    judgment may be credited too, which the text need not compute, but nothing lengthens the term (the dev, SPC and
    example documents have 5 such sentences with term dates, none later, one a day later by 第二百零二条)."""
    v = d.verdict
    latest = term_end(a, v.term_months or 0, v.term_days or 0) - timedelta(days=v.custody_credit_days or 0)
    if (b - latest).days <= 1:
        return
    less = f"折抵羁押{v.custody_credit_days}日后" if v.custody_credit_days else ""
    yield finding(
        j, "E7", "warning",
        f"被告人{d.name}决定执行{v.principal}{fmt_term(v.term_months, v.term_days)}，自{a}起算{less}至迟应至{latest}止，"
        f"判决写明至{b}止，晚{(b - latest).days}日。",
        evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
        defendant=d, basis="刑法第四十一条、第四十七条",
        data={"start": str(a), "end": str(b), "latest_end": str(latest), "credit_days": v.custody_credit_days},
    )  # fmt: skip


def _prior_served_too_long(j: Judgment) -> Iterator[Finding]:
    """A prior of one conviction whose release (刑满释放, 刑期至…) comes later than its date and term allow: custody
    begins by the judgment at the latest, so the term ends by the judgment's day plus the term. A 管制 runs from the
    day it is executed (刑法第四十一条), after the judgment takes effect and the person reports to 社区矫正: up to 30
    days later (管制一年 of 2023年3月10日, 管制期限自2023年3月21日起至2024年3月20日止)."""
    for i, d, k, p in _single_priors(j):
        day, out = iso_date(p.date), iso_date(p.release_date)
        if (day is None or out is None or p.term_months is None or p.probation_months
                or p.principal not in GENERAL_TERM_RANGE):
            continue
        latest = term_end(day, p.term_months) + timedelta(days=1)
        if out > latest + timedelta(days=30 if p.principal == "管制" else 0):
            yield finding(
                j, "E7", "warning",
                f"被告人{d.name}前罪于{day}被判处{p.principal}{fmt_term(p.term_months)}，刑期最迟应于{latest}届满，"
                f"所述释放（刑满）日期{out}晚于此，疑为前科记载笔误，请核对。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, basis="刑法第四十一条、第四十四条、第四十七条",
                data={"date": str(day), "term_months": p.term_months, "release_date": str(out)},
            )  # fmt: skip


@rule("E16", "剥夺政治权利期限不当", "刑法第五十五条、第五十七条")
def check_e16(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        # a count's evidence is its charge and its punishment as printed (a misspelt 剥夺政治利终身 shows there)
        items = [(c.principal, c.term_months, c.political_rights, count_evidence(j, i, k)) for k, c in enumerate(d.counts)]
        v = d.verdict
        if v.combined or len(d.counts) != 1:  # a single count's sentence is the verdict: one finding, not two
            items.append((v.principal, v.term_months, v.political_rights, evidence(j, f"defendants[{i}].verdict", "判决主文")))
        for principal, months, pol, ev in items:
            if principal in _LIFE and pol != "终身":
                # the words there but misprinted (剥夺政治利终身): a slip a 补正 must mend, not a deprivation left out
                # (the count's printed punishment holds them: parse_punishment takes them into its span)
                slip = next((m.group() for e in ev if (m := POLITICAL_MISPRINT_RE.search(e.text))), None)
                said = (f"判决主文写作“{slip}”，疑为“剥夺政治权利终身”的笔误，应予补正" if slip
                        else "判决未写明剥夺政治权利" if pol is None else f"判决剥夺政治权利{fmt_term(pol)}")  # type: ignore[arg-type]
                yield finding(
                    j, "E16", "warning" if slip else "error",
                    f"被告人{d.name}被判处{principal}，依法应当剥夺政治权利终身，{said}。",
                    ev, defendant=d, basis="刑法第五十七条第一款",
                )  # fmt: skip
            elif pol == "终身" and principal in ("有期徒刑", "拘役", "管制"):
                yield finding(
                    j, "E16", "error",
                    f"被告人{d.name}被判处{principal}{fmt_term(months) if months else ''}，附加剥夺政治权利终身；剥夺政治权利终身"
                    "只附加于死刑、无期徒刑，附加于有期徒刑的期限为一年以上五年以下。",
                    ev, defendant=d, basis="刑法第五十五条第一款、第五十七条第一款",
                )  # fmt: skip
            elif isinstance(pol, int):
                if principal == "管制":
                    if months is not None and pol != months:
                        yield finding(
                            j, "E16", "warning",
                            f"被告人{d.name}被判处管制{fmt_term(months)}，附加剥夺政治权利{fmt_term(pol)}，期限应与管制期限相等。",
                            ev, defendant=d, basis="刑法第五十五条第二款",
                        )  # fmt: skip
                elif not 12 <= pol <= 60:
                    yield finding(
                        j, "E16", "error",
                        f"被告人{d.name}被剥夺政治权利{fmt_term(pol)}，超出一年以上五年以下的法定期限。",
                        ev, defendant=d, basis="刑法第五十五条第一款",
                    )  # fmt: skip
    single = {(i, k) for i, _d, k, _p in _single_priors(j)}
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            # 无期徒刑，剥夺政治权利五年: the first deprivation told is the one imposed with the sentence (one a 减刑 changed
            # later, 附加剥夺政治权利改为三年, comes after it); a term of years only of a single prior or of one whose text
            # names no 死刑 or 无期徒刑 (有期徒刑七年，剥夺政治权利六年，…经减刑释放), not of 死缓 or 无期 commuted to a term,
            # whose 剥夺政治权利 becomes three to ten years (刑法57②)
            rule = (_unlawful_rights(p.principal, p.political_rights, GENERAL_TERM_RANGE)
                    if p.kind == "criminal" else None)
            if rule is None or (rule != "终身" and (i, k) not in single and re.search("死刑|死缓|无期", p.text)):
                continue
            life = rule == "终身"
            yield finding(
                j, "E16", "warning",
                f"被告人{d.name}前罪被判处{p.principal}，附加剥夺政治权利{fmt_term(p.political_rights)}"
                + ("；判处死刑、无期徒刑的，应当剥夺政治权利终身" if life else "，超出一年以上五年以下的法定期限")
                + "，疑为前科记载笔误，请核对。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d,
                basis="刑法第五十七条第一款" if life else "刑法第五十五条第一款",
            )  # fmt: skip
    yield from _history_political_rights(j)


def _unlawful_rights(principal: str | None, rights: int | str | None, terms: Collection[str]) -> str | None:
    """Which rule a term of years of 剥夺政治权利 (``rights`` in months) beside ``principal`` breaks: ``"终身"`` beside
    死刑 or 无期徒刑 (刑法57①), ``"一年以上五年以下"`` outside it beside a fixed term of ``terms`` (55①); else None."""
    if not isinstance(rights, int):
        return None
    if principal in _LIFE:
        return "终身"
    return "一年以上五年以下" if principal in terms and not 12 <= rights <= 60 else None


def _history_political_rights(j: Judgment) -> Iterator[Finding]:
    """A 剥夺政治权利 an earlier decision of this case imposed, as the document retells it (二审's account of the first
    instance, the procedure history; the sentence or one of its counts), that the law does not allow: a term of years
    beside 死刑 or 无期徒刑 (剥夺政治权利五年), or one outside a year to five; and a 死刑 or 无期徒刑 retold with none (all
    499 retold on the 500 SPC rulings carry theirs). A warning: a slip in the retelling, or the earlier decision's
    error."""
    for field, which, label, s in retold_sentences(j):
        ev = evidence(j, field, label)
        items = [("", s.principal, s.term_months, s.political_rights, ev)]
        # one count has the sentence's rights, but not where it is joined to an earlier judgment's rest (判处死刑，剥夺
        # 政治权利终身…；与前罪没有执行的剥夺政治权利…并罚，决定执行…): its own are then told apart
        if len(s.counts) > 1 or (s.with_earlier_judgment and s.counts[:1]
                                 and s.counts[0].political_rights != s.political_rights):
            items += [(f"所犯{c.charge}", c.principal, c.term_months, c.political_rights,
                       evidence(j, f"{field}.counts[{k}]", label) or ev) for k, c in enumerate(s.counts)]
        # (of the 215 death and life counts retold in combined sentences, one has none: 剥夺政治利终身, a misprint,
        # which the count's punishment as printed shows)
        if none := next(((what, p, told) for what, p, _m, pol, told in items if p in _LIFE and pol is None), None):
            what, principal, told = none
            slip = next((m for e in [*told, *ev] if (m := POLITICAL_MISPRINT_RE.search(e.text))), None)
            said = f"复述写作“{slip.group()}”，疑为笔误" if slip else "复述中未写明剥夺政治权利终身"
            yield finding(
                j, "E16", "warning",
                f"{which}对{s.defendant}{what}判处{principal}，{said}；判处死刑、无期徒刑的，应当剥夺政治权利终身，请核对。",
                told, basis="刑法第五十七条第一款",
            )  # fmt: skip
            continue
        for what, principal, months, pol, told in items:
            if (rule := _unlawful_rights(principal, pol, ("有期徒刑", "拘役"))) is None:
                continue
            why = "依法应当剥夺政治权利终身" if rule == "终身" else "超出一年以上五年以下的法定期限"
            yield finding(
                j, "E16", "warning",
                f"{which}对{s.defendant}{what}判处{principal}{fmt_term(months) if months else ''}，剥夺政治权利{fmt_term(pol)}，"
                f"{why}，请核对。",
                told, basis="刑法第五十五条第一款、第五十七条第一款",
            )  # fmt: skip
            break


def _a_day_the_facts_tell(d: Defendant, day: date) -> bool:
    """Whether the facts tell ``day`` of the person: their capture's, or a day of their conduct (a month or a year
    told of it counts for each of its days)."""
    if day == iso_date(d.captured_on) or day == iso_date(d.last_act_day) or day == iso_date(d.offence_start):
        return True
    return any(lo is not None and hi is not None and lo <= day <= hi
               for lo, hi in ((iso_date(x), iso_date(y)) for x, y in d.conduct_dates))


def _end_counted_from(v: Sentence, a: date, segs: list[tuple[date, date | None]]) -> date | None:
    """The printed end of a term whose printed start ``a`` is another day than the first of one unbroken custody (the
    刑事拘留 day after the 抓获 day, or a day or two before it) where the end is the term's from the custody's first day
    and not from ``a``, with no credit printed: the term was counted from the first day and its start printed otherwise
    (自2017年5月10日起至2032年5月8日止 for fifteen years from a capture on 5月9日); else None."""
    b = iso_date(v.term_end)
    if b is None or v.term_months is None or v.custody_credit_days or len(segs) != 1 or segs[0][1] is not None:
        return None
    first = segs[0][0]
    counted = term_end(first, v.term_months, v.term_days or 0)
    return b if b == counted and b != term_end(a, v.term_months, v.term_days or 0) else None


def _out_of_custody_start(v: Sentence, a: date, segs: list[tuple[date, date | None]]) -> tuple[date, date] | None:
    """(release, custody again) where the printed start ``a`` is a day out of custody between them (刑拘 6月6日,
    取保候审 6月12日, 逮捕 7月17日: a start of 7月11日) and the printed end is the term's from the custody again, less
    the days held before (…折抵刑期七日，即自2018年7月11日起至2020年7月9日止: from 7月17日), not from ``a``, whether
    less those days or not: a misprinted start (a start moved back by the days credited, 7月10日, ends on that day
    too, and stays unflagged); else None."""
    b = iso_date(v.term_end)
    if b is None or v.term_months is None:
        return None
    gap = next(((e0, s1) for (_, e0), (s1, _) in zip(segs, segs[1:]) if e0 is not None and e0 < a < s1), None)
    if gap is None or gap[1] != segs[-1][0]:
        return None  # (within the last gap only: the custody the term runs on from)
    held = sum(((e - s).days for s, e in segs[:-1] if e is not None), 0)
    credits = {held, held + len(segs) - 1} | ({v.custody_credit_days} if v.custody_credit_days else set())
    months, days = v.term_months, v.term_days or 0
    from_a = {end - timedelta(days=c) for end in (term_end(a, months, days), _naive_end(a, months, days))
              for c in credits | {0}}
    from_again = {term_end(gap[1], months, days) - timedelta(days=c) for c in credits}
    return gap if b in from_again and b not in from_a else None


# a capture of another matter (因吸毒行为被抓获, then 行政拘留) or one after which the accused was let go, or held
# otherwise
_CAPTURE_OF_ANOTHER_RE = re.compile(r"因[^，,。；;]{1,20}被|行政拘留|强制隔离|取保|监视居住|释放|传唤")


def _start_after_the_capture(j: Judgment, i: int, d: Defendant, start: date) -> Iterator[Finding]:
    """Where the header tells no custody, a term starting more than three days after the capture the facts tell
    (2018年4月5日…被抓获, the term from 2018-04-15): the days between, held or not, are unaccounted for. Not where
    the capture's sentence tells of another matter or another measure (:data:`_CAPTURE_OF_ANOTHER_RE`). On the 154
    dev judgments, 500 SPC rulings and the examples four defendants have a capture and no custody in the header:
    three start on the capture day, one five days after a capture for 吸毒."""
    caught = iso_date(d.captured_on)
    told = j.span(f"defendants[{i}].capture")
    if caught is None or (start - caught).days <= 3 or (told and _CAPTURE_OF_ANOTHER_RE.search(told.text)):
        return
    yield finding(
        j, "X7", "warning",
        f"被告人{d.name}刑期自{start}起算，而查明事实所述其于{caught}被抓获，首部未载羁押情况，其间{(start - caught).days}日"
        "未说明理由。",
        evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + evidence(j, f"defendants[{i}].captured_on", "抓获"),
        defendant=d, data={"term_start": str(start), "captured_on": str(caught)},
    )  # fmt: skip


def _probation_revoked_on(j: Judgment, d: Defendant) -> date | None:
    """The day of the earlier judgment whose 缓刑 a sentence joined to it revokes (刑法第七十七条: a crime committed
    or found in the 考验期), where the judgment cites 77, neither 71 nor 86, and the defendant's latest criminal
    prior is that 缓刑, not revoked before: it held no one, so custody after it is this case's, and the term
    runs from that or, crediting the earlier case's custody, from before it, never from later (被判处拘役三个月，
    缓刑六个月; 12月9日刑事拘留，24日逮捕; 撤销缓刑…即自12月24日起: a lead). None for a term joined to one
    the person may have been serving (70: a prisoner's 漏罪, counted from the earlier term's start; 71 and 86: a
    crime in prison or on parole, counted from the new judgment or the new crime's custody)."""
    cited = {str(a) for a in j.articles}
    if "77" not in cited or cited & {"71", "86"}:
        return None
    dated = [(day, p) for p in d.priors if p.kind == "criminal" and (day := iso_date(p.date)) is not None]
    if not dated:
        return None
    day, p = max(dated, key=lambda x: x[0])
    return day if p.probation_months and not re.search("撤销|假释", p.text) else None


@rule("X7", "刑期起算日与先行羁押日不一致", "刑法第四十四条、第四十七条", affirmed=True)
def check_x7(j: Judgment, ctx: Context) -> Iterator[Finding]:
    judged = iso_date(j.judgment_date)
    for i, d in enumerate(j.defendants):
        v = d.verdict
        a = iso_date(v.term_start)
        if a is None or v.probation_months:
            continue
        revoked = _probation_revoked_on(j, d) if v.with_earlier_judgment else None
        if v.with_earlier_judgment:
            if revoked is None:
                continue  # 与前罪…合并执行: the term may run from the earlier case's custody or the new judgment
            # this case's custody: the header's after the 缓刑 judgment, not the earlier case's it may tell
            # first (2021年3月10日因涉嫌犯盗窃罪被刑事拘留，同年4月8日被取保候审；6月15日…判处有期徒刑一年，缓刑二年)
            ours = tuple(e for e in d.custody if (x := iso_date(e.date)) is None or x > revoked)
            d = replace(d, custody=ours)
        segs = _unbroken(_segments(d.custody))
        if not segs:
            caught = iso_date(d.captured_on)
            if revoked is None or (caught is not None and caught > revoked):
                yield from _start_after_the_capture(j, i, d, a)
            continue
        if revoked is not None and a <= segs[0][0]:
            continue  # joined to a revoked 缓刑: an earlier start may credit the earlier case's custody
        # a start on a day custody began, or on the 刑事拘留 day (an earlier 抓获 or 行政拘留 may concern another
        # matter: 因吸毒被行政拘留; not an earlier 羁押, which the header tells of this case: 因涉嫌犯危险驾驶罪于…被羁押),
        # is explained; the 逮捕 day inside a custody running from an earlier 刑事拘留 leaves the days between uncredited
        detained = sorted(day for e in d.custody if e.kind == "刑事拘留" and (day := iso_date(e.date)))
        held = [day for e in d.custody if e.kind == "羁押" and (day := iso_date(e.date))]
        explained = {begun for begun, _ in segs}
        if detained and not any(day < detained[0] for day in held):
            explained.add(detained[0])  # the first 刑事拘留, not a second one
        first = segs[0][0]
        # two days of 指定居所监视居住 are one of the term (刑事诉讼法第七十六条): inside the custody its other half moves the
        # start later (刑拘 8月5日, 指定居所监视居住 9月4日–12月3日: from 9月19日), before it its credited half earlier
        rsl = _designated_residence_days(d)
        for n in (rsl, rsl + 1) if rsl else ():
            explained |= {first + timedelta(days=n - n // 2), first - timedelta(days=n // 2)}
        b = iso_date(v.term_end)
        # or on the first day of a 指定居所监视居住 before the custody, where the end carries its uncredited half
        # (指定居所监视居住 10月3日, 刑拘 12月2日: 六个月 from 10月3日 to 次年5月2日, 30 of its 60 days left over),
        # as one from a custody day before the residence does (:func:`_residence_uncredited`); E7 weighs the end
        if b is not None and v.term_months is not None:
            months, days = v.term_months, v.term_days or 0
            for day, _ in _designated_residences(d):
                ends = (term_end(day, months, days), _naive_end(day, months, days))
                left = _residence_uncredited(d, day)
                if day < first and any(abs((b - end).days - n) <= 1 for end in ends for n in left):
                    explained.add(day)
        # or on the day custody began again after it, where the end credits days before the start (刑拘 5月27日,
        # 指定居所监视居住 5月29日, 刑拘 6月19日: 一年十个月 from 6月19日 to 次年4月5日, 13 days early); E7 weighs that
        if rsl and b is not None and v.term_months is not None and b < min(
                term_end(a, v.term_months, v.term_days or 0), _naive_end(a, v.term_months, v.term_days or 0)):
            events = sorted((day, e.kind) for e in d.custody if (day := iso_date(e.date)) is not None)
            explained |= {day for (_, was), (day, kind) in zip(events, events[1:])
                          if was == "指定居所监视居住" and kind in _START_KINDS}
        shortly_before = 0 < (first - a).days <= 3  # often the capture's day, or an arrest in the act
        # a start on a later day of the custody, or shortly before it, whose printed end is counted from the custody's
        # first day: the start is misprinted, whatever explains its day
        near = (a in explained and a != first) or shortly_before
        # …即自10月16日（刑事拘留）起…〔留置期间八十七日已予折抵〕: the days before the start are credited as printed
        credited = bool(v.custody_credit_days) and abs((a - first).days - v.custody_credit_days) <= 1
        if near and not credited and (late := _end_counted_from(v, a, segs)) is not None:
            yield finding(
                j, "X7", "warning",
                f"被告人{d.name}刑期自{a}起算，写明的止日{late}却是自首次羁押日{first}起算的止日，起算日与止日不一致。",
                evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止")
                + within_header(j, i, next((e.text for e in d.custody if iso_date(e.date) == first), "")),
                defendant=d, data={"term_start": str(a), "first_custody": str(first), "term_end": str(late)},
            )  # fmt: skip
            continue
        if a in explained or (a in {iso_date(e.date) for e in d.custody} and len(segs) > 1):
            continue
        interrupted = len(segs) > 1 or segs[0][1] is not None
        if interrupted and a > first and (segs[0][1] is None or a >= segs[0][1]):
            if (again := _out_of_custody_start(v, a, segs)) is not None:
                yield finding(
                    j, "X7", "warning",
                    f"被告人{d.name}刑期自{a}起算，该日不在羁押期间（{again[0]}已解除羁押），写明的止日{v.term_end}却是"
                    f"自再次羁押日{again[1]}起算并折抵此前羁押的止日，起算日有误。",
                    evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止")
                    + evidence(j, f"defendants[{i}].detained_on", "羁押情况"),
                    defendant=d, data={"term_start": str(a), "released": str(again[0]), "custody_again": str(again[1])},
                )  # fmt: skip
            continue  # custody was interrupted (取保候审 …): E7 weighs the credit; not a start inside the first custody
        if v.custody_credit_days and (a >= first or (first - a).days <= v.custody_credit_days + 1):
            continue  # a printed credit explains a start up to that many days before the first custody, not a year
        ev = evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + evidence(j, f"defendants[{i}].detained_on", "羁押情况")
        severity = "warning"
        if shortly_before and _a_day_the_facts_tell(d, a):
            # usually the 抓获 date the facts give, a day or two before 刑事拘留, or the day of an arrest in the act:
            # not "no reason" (on the dev judgments, two such starts are the capture's day, two the offence's)
            severity = "info"
            msg = (f"被告人{d.name}刑期自{a}起算，早于首部所载首次羁押日{first}（相差{(first - a).days}日），"
                   "多为查明事实中的抓获日，请核对。")
        elif shortly_before:
            msg = (f"被告人{d.name}刑期自{a}起算，早于首部所载首次羁押日{first}（相差{(first - a).days}日），"
                   "查明事实亦未载该日抓获或犯罪，且未说明理由。")
        elif a < first:
            msg = f"被告人{d.name}刑期自{a}起算，早于首部所载首次羁押日{first}，且未说明理由。"
        elif judged is not None and a > judged:
            msg = f"被告人{d.name}先行羁押自{first}起，刑期却自判决之后的{a}起算，先行羁押期间未予折抵。"
        else:
            msg = f"被告人{d.name}先行羁押自{first}起，刑期却自{a}起算，且未说明理由。"
        yield finding(j, "X7", severity, msg, ev, defendant=d, data={"term_start": str(a), "first_custody": str(first)})
