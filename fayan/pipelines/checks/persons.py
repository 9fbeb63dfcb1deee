"""Checks on the person: age rules, 累犯 and 毒品再犯 (E8, E9, E10, E20)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from fayan.findings import Evidence, Finding
from fayan.judgment import Defendant, Judgment, PriorRecord
from fayan.nlp.charges import articles_for_charge, normalize_charge
from fayan.nlp.articles import is_criminal_law
from fayan.nlp.lexicon import lexicon_cached, load_list
from fayan.nlp.numbers import find_dates
from fayan.pipelines.assemble import age_on
from fayan.pipelines.checks.base import (
    Context, circumstance_evidence, circumstances_of, evidence, finding, fmt_number, fmt_term,
    iso_bounds, iso_date, not_one_sentence, offence_from_of, offence_of, rule,
)
from fayan.pipelines.checks.dates import add_months
from fayan.pipelines.checks.law_rules import (
    DRUG_BASIS, combined_share, combined_short, drug_evidence, drug_quantity_findings, own_conduct_ends,
)
from fayan.pipelines.law import ChargeLaw

_HEAVY = ("有期徒刑", "无期徒刑", "死刑", "死缓")


@lexicon_cached("law/minor_liability.txt")
def _age14_16(directory: str) -> frozenset[str]:
    return frozenset(load_list("law/minor_liability.txt", directory))


@lexicon_cached("law/negligent_charges.txt")
def _negligent(directory: str) -> frozenset[str]:
    return frozenset(load_list("law/negligent_charges.txt", directory))


def is_negligent(charge: str | None) -> bool:
    return bool(charge) and ("过失" in charge or charge in _negligent())  # type: ignore[operator]


@rule("E8", "未成年人刑事责任与处罚规则", "刑法第十七条、第四十九条、第六十五条", affirmed=True)
def check_e8(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        by_date = list(_recidivist_on_a_minors_prior(j, i, d))
        yield from by_date or _recidivist_said_a_minor_then(j, i, d)  # one finding for one 累犯
        age = d.age_at_offence
        # of age on the offence day, or no full day told (2009年9月至2011年8月间, …): the earliest month or year
        if (age is None or age >= 18) and not d.is_unit:
            yield from _earlier_crime_as_a_minor(j, i, d)
            yield from _said_a_minor_of_age(j, i, d)
        if age is None or age >= 18 or d.is_unit:
            continue
        offence_day, offence_ev = offence_of(j, i, d)
        ev = evidence(j, f"defendants[{i}].birth_date", "出生日期") + offence_ev
        # Facts that run on past the 18th (or 16th) birthday may put the offence itself after it (a narrative
        # opening with 2005年，被告人与被害人相识): the claims that only a minor's offence makes wrong are then
        # warnings, with the last fact date as evidence.
        last = iso_date(j.offence_end)
        born = iso_date(d.birth_date)
        age_last = age_on(born, last) if born and last else age
        unsure = age_last >= 18
        severity = "warning" if unsure else "error"
        note = f"（查明事实延续至{last}，其时已满十八周岁，请核实犯罪时间）" if unsure else ""
        ev_last = evidence(j, "offence_end", "查明事实日期") if unsure else []
        if d.recidivist:
            yield finding(
                j, "E8", severity,
                f"被告人{d.name}犯罪时不满十八周岁（{age}周岁），依法不构成累犯，判决却认定累犯。{note}",
                ev + ev_last + circumstance_evidence(j, d, "累犯"), defendant=d, basis="刑法第六十五条第一款",
            )  # fmt: skip
        if d.verdict.principal in ("死刑", "死缓"):
            yield finding(
                j, "E8", severity, f"被告人{d.name}犯罪时不满十八周岁，依法不适用死刑，判决判处{d.verdict.principal}。{note}",
                ev + ev_last + evidence(j, f"defendants[{i}].verdict", "判决主文"), defendant=d, basis="刑法第四十九条第一款",
            )  # fmt: skip
        if age < 16:
            allowed = _age14_16()
            outside = [c for c in d.charges_standard if c not in allowed]
            # 刑法第十七条第三款 (since 2021-03-01): a 12- or 13-year-old answers for 故意杀人 or 故意伤害 of that gravity
            # where 最高人民检察院 approved the prosecution, which the reasoning tells (核准追诉); not for conduct before
            # the amendment (刑法第十二条)
            approved = (age >= 12 and "核准追诉" in d.circumstances
                        and set(d.charges_standard) <= {"故意杀人罪", "故意伤害罪"}
                        and (offence_day is None or offence_day >= date(2021, 3, 1)))
            if (age < 14 and not approved) or outside:
                limit = 16 if outside else 14  # the age the claim is about: 14–16 responsibility, or under 14
                sure = (age >= 12 or outside) and age_last < limit
                yield finding(
                    j, "E8", "error" if sure else "warning",
                    f"被告人{d.name}犯罪时{age}周岁，" + (f"对{'、'.join(outside)}不负刑事责任。" if outside else "须经最高人民检察院核准追诉方可追究刑事责任。"),
                    ev + (evidence(j, "offence_end", "查明事实日期") if age_last >= limit else []), defendant=d,
                    basis="刑法第十七条第二款、第三款",
                )  # fmt: skip
        if "未成年" not in d.circumstances:
            yield finding(
                j, "E8", "warning",
                f"被告人{d.name}犯罪时不满十八周岁（{age}周岁），本院认为部分未见认定未成年人应当从轻或者减轻处罚的情节。",
                ev, defendant=d, basis="刑法第十七条第四款",
            )  # fmt: skip
        if d.verdict.fine_yuan is not None and d.verdict.fine_yuan < 500:
            yield finding(
                j, "E8", "warning", f"未成年被告人{d.name}被判处罚金{fmt_number(d.verdict.fine_yuan)}元，低于五百元的最低数额。",
                evidence(j, f"defendants[{i}].verdict", "判决主文"), defendant=d,
                basis="《最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释》第十五条",
            )  # fmt: skip
        yield from _minors_political_rights(j, i, d)


def _minors_political_rights(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """A defendant under 18 at the crime deprived of political rights where the law does not say 应当 (刑法56:
    危害国家安全; 刑法57: 无期徒刑 or 死刑, with 终身): 2006 未成年人解释 第十四条 says such a sentence is generally
    not given (一般不判处), to one of age at the trial too. A warning: 一般 leaves the court its discretion."""
    v = d.verdict
    if v.political_rights is None or v.principal in ("无期徒刑", "死刑", "死缓"):
        return
    if any(_state_security(c) for c in d.charges_standard):
        return
    term = v.political_rights if isinstance(v.political_rights, str) else fmt_term(v.political_rights)
    yield finding(
        j, "E8", "warning",
        f"被告人{d.name}犯罪时不满十八周岁，被附加剥夺政治权利{term}；除刑法规定应当附加剥夺政治权利"
        "的以外，对未成年罪犯一般不判处附加剥夺政治权利。",
        evidence(j, f"defendants[{i}].birth_date", "出生日期") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
        defendant=d, basis="《最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释》第十四条",
    )  # fmt: skip


def _last_day_told(first: date) -> date:
    """The last day a date read of a month or a year may stand for: a 1 January's year (2009年), another first day's
    month (2009年4月); a day itself else."""
    if (first.month, first.day) == (1, 1):
        return first.replace(year=first.year + 1) - timedelta(days=1)
    return add_months(first, 1) - timedelta(days=1) if first.day == 1 else first


def _earlier_crime_as_a_minor(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """Of age on the offence day the facts tell first, but under 18 on the earliest day they tell of the defendant
    (a count told later, 二、关于故意伤害事实 of three years before; a month or year counts to its last day), and the
    reasoning finds no 未成年: that count's mitigation (刑法17④) is not said. A warning: the crime of that day is the
    reader's to confirm. On the 154 dev judgments and 500 SPC rulings each such defendant is found 未成年."""
    born, earliest, ev = iso_date(d.birth_date), *offence_from_of(j, i, d)
    if born is None or earliest is None or "未成年" in d.circumstances:
        return
    if age_on(born, _last_day_told(earliest)) >= 18:
        return
    yield finding(
        j, "E8", "warning",
        f"被告人{d.name}在查明事实所述最早的犯罪时间{earliest}不满十八周岁（{age_on(born, earliest)}周岁），本院认为部分未见"
        "认定未成年人应当从轻或者减轻处罚的情节。",
        evidence(j, f"defendants[{i}].birth_date", "出生日期") + ev, defendant=d, basis="刑法第十七条第四款",
    )  # fmt: skip


# what the reasoning says of a minor (作案时未满十八周岁, 已满十六周岁不满十八周岁, 系未成年人): not 已满十八周岁 alone
_SAID_A_MINOR = re.compile(r"[不未]满(?:十八|18)周岁|未成年")


def _said_a_minor_of_age(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """The reasoning finds the defendant a minor at the crime (被告人吴某作案时未满十八周岁，依法予以减轻处罚) where the
    birth date makes them 18 or older on the earliest day the facts tell of them (a month or year from its first day):
    the birth date or the mitigation is wrong. A warning; not for a defendant with a criminal record, of whose earlier
    crime the words may speak (犯前罪时虽不满18周岁，但仍构成累犯: :func:`_recidivist_said_a_minor_then`)."""
    said = [c for c in circumstances_of(j, d) if c.kind == "未成年" and _SAID_A_MINOR.search(c.text)]
    born, earliest, ev = iso_date(d.birth_date), *offence_from_of(j, i, d)
    if not said or born is None or earliest is None or age_on(born, earliest) < 18:
        return
    if d.prior_criminal or any(p.kind == "criminal" for p in d.priors):
        return
    yield finding(
        j, "E8", "warning",
        f"本院认为部分认定被告人{d.name}“{said[0].text}”，而其出生日期为{born}，查明事实所述最早的犯罪时间{earliest}已满十八周岁"
        f"（{age_on(born, earliest)}周岁），请核实出生日期或未成年人从宽处罚的依据。",
        [Evidence(said[0].start, said[0].end, said[0].text, "本院认为")]
        + evidence(j, f"defendants[{i}].birth_date", "出生日期") + ev, defendant=d, basis="刑法第十七条第四款",
    )  # fmt: skip


@rule("E9", "已满七十五周岁的人的处罚规则", "刑法第十七条之一、第四十九条第二款、第七十二条", affirmed=True)
def check_e9(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        if d.is_unit:
            continue
        at_trial, at_offence = d.age_at_judgment, d.age_at_offence
        ev = evidence(j, f"defendants[{i}].birth_date", "出生日期")
        if at_trial is not None and at_trial >= 75 and d.verdict.principal in ("死刑", "死缓"):
            # the exception (以特别残忍手段致人死亡) is for a reader to weigh: a warning
            yield finding(
                j, "E9", "warning",
                f"被告人{d.name}审判时已满七十五周岁（{at_trial}周岁），除以特别残忍手段致人死亡的以外不适用死刑，判决判处{d.verdict.principal}。",
                ev + evidence(j, "judgment_date", "裁判日期") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
                defendant=d, basis="刑法第四十九条第二款",
            )  # fmt: skip
        if at_offence is not None and at_offence >= 75 and "已满七十五周岁" not in d.circumstances and any(
            is_negligent(c) for c in d.charges_standard
        ):
            yield finding(
                j, "E9", "warning",
                f"被告人{d.name}犯罪时已满七十五周岁（{at_offence}周岁），过失犯罪应当从轻或者减轻处罚，本院认为部分未见认定。",
                ev + offence_of(j, i, d)[1], defendant=d, basis="刑法第十七条之一",
            )  # fmt: skip
        v = d.verdict
        short = v.principal == "拘役" or (v.principal == "有期徒刑" and v.term_months is not None and v.term_months <= 36)
        if (at_trial is not None and at_trial >= 75 and short and not v.probation_months and not v.probation_days
                and _remorse_found(d)):
            # whether the four conditions hold is the court's to weigh: a lead for a reader, where the reasoning finds
            # the remorse they need and no 累犯 (who can have none, 刑法74)
            yield finding(
                j, "E9", "warning",
                f"被告人{d.name}审判时已满七十五周岁（{at_trial}周岁），被判处{v.principal}"
                f"{fmt_term(v.term_months, v.term_days) if v.term_months or v.term_days else ''}而未宣告缓刑；"
                f"符合缓刑条件的已满七十五周岁的人，应当宣告缓刑。",
                ev + evidence(j, "judgment_date", "裁判日期") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
                defendant=d, basis="刑法第七十二条第一款",
            )  # fmt: skip


# what the reasoning finds that shows 悔罪表现 (刑法72①(二)), one of the four conditions of 缓刑
_REMORSE = frozenset({"自首", "坦白", "当庭认罪", "认罪认罚", "退赃退赔", "赔偿", "谅解", "刑事和解"})


def _remorse_found(d: Defendant) -> bool:
    """Whether the reasoning finds ``d`` remorseful (a 自首, a 坦白, a plea, amends) and no 累犯: legal-rules.md B.3 flags
    a missing 缓刑 where 本院认为 recites the conditions; a judgment that finds none of these (归案后未能如实供述…亦未赔偿)
    has not found the remorse they need."""
    return "累犯" not in d.circumstances and not d.recidivist and bool(_REMORSE & set(d.circumstances))


_PAROLE_END_RE = re.compile(r"假释考验期(?:限)?(?:自[^，。；]{4,20}?起)?(?:至|到)(?P<end>[^，。；]{4,20}?)(?:止|届满|期满)")


def _prior_end(p: PriorRecord) -> tuple[date, date] | None:
    """When the earlier sentence was served (刑法第六十五条 counts five years from then): the first and the last
    day it can be, which differ where the text gives only a month or a year (2016年4月刑满释放).

    A parole (假释) ends the sentence only when its probation period ends (刑法第八十五条); without a
    readable end date the release cannot be used."""
    if "假释" in p.text:
        m = _PAROLE_END_RE.search(p.text)
        base = iso_bounds(p.release_date)
        found = [d for _span, d in find_dates(m.group("end"), base[0] if base else None)] if m else []
        return (found[-1], found[-1]) if found else None
    return iso_bounds(p.release_date)


def _served_by(p: PriorRecord) -> tuple[date, date] | None:
    """Without a release date, the last day a fixed term can have run to: judged on ``p.date``, the term counted
    from then at the latest (custody before the judgment counts towards it, a 减刑 or 假释 shortens it)."""
    judged = iso_bounds(p.date)
    if judged is None or p.principal != "有期徒刑" or not p.term_months:
        return None
    last = add_months(judged[1], p.term_months)
    return last, last


def _judged_to_served(p: PriorRecord) -> tuple[date, date] | None:
    """Without a release date, a fixed term of one conviction with nothing done to it since (no 减刑, 假释, 并罚 …)
    ends between its judgment and the judgment's day plus the term (:func:`_served_by`)."""
    judged, served = iso_bounds(p.date), _served_by(p)
    if judged is None or served is None or not_one_sentence(p.text, p.charge):
        return None
    return judged[0], served[1]


def _release_shown(p: PriorRecord, day: date) -> str:
    """The release as a finding writes it: as the text dates it (2016-04), or the parole's end ``day``."""
    if p.release_date is None:
        return f"{day}之前（{p.date}判处{fmt_term(p.term_months)}）"
    return p.release_date if "假释" not in p.text else str(day)


def _special_category(charge: str | None) -> bool:
    """危害国家安全 (刑法 102–113), 恐怖活动 (120–120-6) or 黑社会性质组织 (294) crimes: 刑法第六十六条."""
    return any(102 <= a <= 113 or a in (120, 294) for a in _article_numbers(charge))


def _state_security(charge: str) -> bool:
    """A 危害国家安全 crime (刑法 102–113), to which 剥夺政治权利 must be added (刑法56)."""
    return any(102 <= a <= 113 for a in _article_numbers(charge))


def _article_numbers(charge: str | None) -> list[int]:
    """The numbers of the articles that define ``charge`` (120 for 120-1)."""
    n = normalize_charge(charge) if charge else None
    return [] if n is None else [int(a.split("-")[0]) for a in articles_for_charge(n.standard)]


def _special_recidivism(d: Defendant, priors: list[PriorRecord]) -> bool:
    """刑法第六十六条: an earlier and a new crime of those categories make a 累犯 at any time, whatever the
    earlier punishment."""
    return any(_special_category(p.charge) for p in priors) and any(_special_category(c) for c in d.charges_standard)


def _no_basis(p: PriorRecord, birth: date | None) -> str | None:
    """Why a prior of 有期徒刑 or more cannot found a 累犯 (刑法65): a 过失 crime, or one judged before the defendant
    turned eighteen (so committed younger), or committed so on the day the facts tell (``act_day``: 1994年2月9日, judged
    at eighteen that August; the exception holds of a later crime before 2011-05-01 too, 刑法修正案（八）时间效力解释
    第三条); None where it can."""
    if is_negligent(p.charge):
        return f"{p.charge}系过失犯罪"
    judged, acted = iso_date(p.date), iso_date(p.act_day)
    if birth is not None and judged is not None and age_on(birth, judged) < 18:
        return f"判决时（{judged}）其不满十八周岁，{_AS_MINOR}"
    if birth is not None and acted is not None and age_on(birth, acted) < 18:
        return f"实施时（{acted}）其不满十八周岁，{_AS_MINOR}"
    return None


_AS_MINOR = "系未成年时所犯"


def _recidivist_on_a_minors_prior(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """A 累犯 whose every prior of 有期徒刑 or more was judged before the defendant turned eighteen (so committed
    younger): an age rule of 刑法65, which the catalogue files under E8 with the other age rules (a prior that was
    过失 is E10's)."""
    if not d.recidivist or _special_recidivism(d, [p for p in d.priors if p.kind == "criminal"]):
        return
    why = _no_basis_of_every_heavy_prior(d)
    if not why or not all(_AS_MINOR in w for w in why.values()):
        return
    k0 = min(why)
    yield finding(
        j, "E8", "error",
        f"被告人{d.name}被认定为累犯，但其前罪{why[k0]}，依刑法第六十五条不构成累犯。",
        circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k0}]", "前科")
        + evidence(j, f"defendants[{i}].birth_date", "出生日期"),
        defendant=d, basis="刑法第六十五条第一款", data={"priors": [d.priors[k].charge for k in why]},
    )  # fmt: skip


def _recidivist_said_a_minor_then(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """A 累犯 the reasoning itself says was under eighteen (犯前罪时虽不满18周岁，但仍构成累犯) while the header's birth
    date makes the defendant an adult on the first day of the facts and the defendant has one count: the finding of
    未成年 can only be the earlier crime's, which 刑法65 excepts from 累犯. (Of several counts, one may have been
    committed under eighteen: 实施入户抢劫时未满18周岁 beside a murder at 22.)"""
    minor, recidivist = circumstance_evidence(j, d, "未成年"), circumstance_evidence(j, d, "累犯")
    if not minor or not recidivist or len(d.counts) > 1:
        return
    earliest, birth = offence_from_of(j, i, d)[0], iso_date(d.birth_date)
    if earliest is None or birth is None or age_on(birth, earliest) < 18:
        return
    yield finding(
        j, "E8", "error",
        f"本院认为部分认定被告人{d.name}不满十八周岁，而其本案犯罪时已{age_on(birth, earliest)}周岁，所指只能是前罪；"
        "犯前罪时不满十八周岁的，依刑法第六十五条不构成累犯，文书却认定累犯。",
        minor + recidivist, defendant=d, basis="刑法第六十五条第一款",
    )  # fmt: skip


def _no_basis_of_every_heavy_prior(d: Defendant) -> dict[int, str]:
    """Why each prior of 有期徒刑 or more (by its index in ``d.priors``) cannot found a 累犯, where none of them
    can; empty where one can or there is none."""
    heavy = [(k, p) for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY]
    birth = iso_date(d.birth_date)
    why = {k: w for k, p in heavy if (w := _no_basis(p, birth))}
    return why if heavy and len(why) == len(heavy) else {}


def _suspended(p: PriorRecord) -> bool:
    """A prior sentence suspended (缓刑) and, as the header tells it, neither revoked nor served."""
    told = f"{p.punishment or ''}{p.text}"
    return "缓刑" in told and "撤销" not in told and p.release_date is None


def _qualifying(p: PriorRecord) -> bool:
    return p.kind == "criminal" and p.principal in _HEAVY and "缓刑" not in (p.punishment or "") and "缓刑" not in p.text and not is_negligent(p.charge)


def _lightened_right_after(j: Judgment, d: Defendant, kind: str, code: str, basis: str) -> Iterator[Finding]:
    """A circumstance of ``kind`` (累犯, 毒品再犯) the reasoning answers at once with 从轻处罚 (是毒品再犯，应当从轻处罚),
    where the law says 从重. On the 154 dev judgments and 500 SPC rulings none is so answered: the nearest 从轻处罚
    after one lies 34 characters on (of another ground)."""
    mine = sorted(circumstances_of(j, d), key=lambda c: c.start)
    for k, c in enumerate(mine):
        after = next((x for x in mine[k + 1 :] if x.start >= c.end), None)
        if c.kind == kind and after is not None and after.kind == "从轻处罚" and after.start - c.end <= 10:
            yield finding(
                j, code, "warning", f"本院认为部分认定被告人{d.name}系{kind}，其后却写明从轻处罚；{kind}应当从重处罚。",
                [Evidence(c.start, c.end, c.text, "本院认为"), Evidence(after.start, after.end, after.text, "本院认为")],
                defendant=d, basis=basis, data={"circumstance": "从轻处罚"},
            )  # fmt: skip
            return


@rule("E10", "累犯认定与前科情况不符", "刑法第六十五条", affirmed=True)
def check_e10(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        if d.recidivist:
            yield from _e10_recidivist(j, i, d)
        else:
            yield from _e10_not_recidivist(j, i, d)
        yield from _lightened_right_after(j, d, "累犯", "E10", "刑法第六十五条")


def _e10_recidivist(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """Found to be a recidivist: every prior under 有期徒刑 or of a kind 刑法65 excepts, this crime's sentence under
    有期徒刑, or every release more than five years before the offence."""
    priors = [p for p in d.priors if p.kind == "criminal"]
    ev_prior = evidence(j, f"defendants[{i}].priors[0]", "前科")
    if _special_recidivism(d, priors):
        return  # no five-year limit, no minimum earlier punishment
    ev = circumstance_evidence(j, d, "累犯") + ev_prior
    if not priors and (d.custody or d.admin_punishments):  # a header that tells the record (a header of the name
        # alone, as some courts write, may leave the priors to the facts)
        told = "行政处罚及羁押情况" if d.admin_punishments and d.custody else "行政处罚" if d.admin_punishments else "羁押情况"
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}被认定为累犯，但首部记载其{told}，未载明其曾被判处刑罚，认定累犯的前罪无从核对，请核实。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].header", "首部"), defendant=d,
        )  # fmt: skip
    if priors and all(p.principal for p in priors) and not any(p.principal in _HEAVY for p in priors):
        yield finding(
            j, "E10", "error",
            f"被告人{d.name}前罪仅被判处{'、'.join(sorted({p.principal for p in priors if p.principal}))}，不属于“被判处有期徒刑以上刑罚”，认定累犯缺乏依据。",
            ev, defendant=d,
        )  # fmt: skip
    why = _no_basis_of_every_heavy_prior(d)
    if why and not all(_AS_MINOR in w for w in why.values()):  # a minor's alone: E8
        k0 = min(why)
        yield finding(
            j, "E10", "error",
            f"被告人{d.name}被认定为累犯，但其前罪{why[k0]}，依刑法第六十五条不构成累犯。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k0}]", "前科")
            + (evidence(j, f"defendants[{i}].birth_date", "出生日期") if "十八" in why[k0] else []),
            defendant=d, data={"priors": [d.priors[k].charge for k in why]},
        )  # fmt: skip
    heavy = [k for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY]
    if heavy and not why and all(_suspended(d.priors[k]) for k in heavy):
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}被认定为累犯，但其前罪均被宣告缓刑，缓刑考验期满的，原判刑罚不再执行（刑法第七十六条），"
            "不属于刑罚执行完毕，请核实。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{heavy[0]}]", "前科"), defendant=d,
        )  # fmt: skip
    if d.verdict.principal in ("拘役", "管制", "单处罚金", "免予刑事处罚"):
        yield finding(
            j, "E10", "error",
            f"被告人{d.name}被认定为累犯，但本罪仅判处{d.verdict.principal}，累犯以后罪应当判处有期徒刑以上刑罚为条件。",
            ev + evidence(j, f"defendants[{i}].verdict", "判决主文"), defendant=d,
        )  # fmt: skip
    # every act of this case before the first day any earlier sentence can have been served: committed before its
    # judgment (漏罪, 刑法70) or while it was served (刑法71), not 刑罚执行完毕以后 (65). Without a release day, the
    # judgment's: no sentence is served before it is passed (2015年11月21日判处有期徒刑二年, acts of 2015年2月至6月)
    served = [(e[0], k) for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY
              and (e := _prior_end(p) or iso_bounds(p.date))]  # fmt: skip
    # the latest day the facts tell of (the document's last, which may be a co-defendant's: a lead only where even
    # that comes before every release)
    last_act = max((x for x in map(iso_date, (d.last_act_day, d.offence_start, j.offence_end)) if x), default=None)
    if served and last_act and all(last_act < e for e, _k in served):
        first, k = min(served)
        prior = d.priors[k]
        before = (f"刑满释放（{_release_shown(prior, first)}）" if _prior_end(prior)
                  else f"判决（{prior.date}判处{prior.principal}{fmt_term(prior.term_months) if prior.term_months else ''}）")
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}本案犯罪时间{last_act}早于其前罪{before}，不属于刑罚执行完毕以后再犯罪，认定累犯与刑法第六十五条不符。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k}]", "前科")
            + evidence(j, "offence_end", "犯罪时间"),
            defendant=d, data={"last_act": str(last_act), "release": str(first)},
        )  # fmt: skip
        return
    # the last day each release can be: a month-only release counts from the month's end
    ends = [(e[1], k) for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY and (e := _prior_end(p) or _served_by(p))]
    earliest, ev_earliest = offence_from_of(j, i, d)  # 2008年8月 may be the first offence, not 11月3日
    if earliest and ends and all((earliest - e).days > 5 * 366 for e, _k in ends):
        last, k = max(ends)
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}前罪于{_release_shown(d.priors[k], last)}刑满释放，本案犯罪时间{earliest}已逾五年，认定累犯与刑法第六十五条的五年期限不符。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k}]", "前科") + ev_earliest, defendant=d,
        )  # fmt: skip
    elif (outside := _conduct_outside_every_window(d)) is not None:
        k, release = outside
        told = "、".join(a if a == b else f"{a}至{b}" for a, b in d.conduct_dates)
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}本案查明的犯罪时间（{told}）均不在前罪刑满释放（{_release_shown(d.priors[k], release)}）后五年以内，"
            "认定累犯与刑法第六十五条不符。",
            circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k}]", "前科")
            + [e for n in range(len(d.conduct_dates))
               for e in evidence(j, f"defendants[{i}].conduct_dates[{n}]", "犯罪时间")],
            defendant=d, data={"conduct_dates": [list(x) for x in d.conduct_dates], "release": str(release)},
        )  # fmt: skip
    elif earliest and not why:
        yield from _each_prior_excepted(j, i, d, earliest, ev_earliest)


def _conduct_outside_every_window(d: Defendant) -> tuple[int, date] | None:
    """A 累犯 none of whose dated conduct (``conduct_dates``, a month or a year as its range) lies between an earlier
    sentence's release and five years after it (刑法65): acts before the release (漏罪, or a crime while serving) and
    acts more than five years on (a robbery of 1995 and a kidnapping of 2011 around a release of 2004). Every prior of
    有期徒刑 or more must give its release day, or a judgment day and a term of one conviction with nothing done to it
    since (released between that day and the term's end: :func:`_judged_to_served`); the one released last and its
    last possible day are returned. Of the 102 recidivists of the dev, SPC and example documents with conduct dates,
    95 are so judged, and none is reported."""
    heavy = [k for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY]
    ends = [(k, e) for k in heavy if (e := _prior_end(d.priors[k]) or _judged_to_served(d.priors[k]))]
    spans = [(a, b) for x, y in d.conduct_dates if (a := iso_date(x)) and (b := iso_date(y))]
    if not heavy or len(ends) != len(heavy) or not spans or len(spans) != len(d.conduct_dates):
        return None
    if any(b >= e[0] and (a - e[1]).days <= 5 * 366 for a, b in spans for _k, e in ends):
        return None
    k, e = max(ends, key=lambda t: t[1][1])
    return k, e[1]


def _each_prior_excepted(
    j: Judgment, i: int, d: Defendant, earliest: date, ev_earliest: list[Evidence]
) -> Iterator[Finding]:
    """A 累犯 whose priors of 有期徒刑 or more each fail 刑法65 one way or the other, some as 过失 (or a minor's) crimes,
    the rest served more than five years before the offence (两次抢劫 long served, and a 交通肇事 released since)."""
    birth = iso_date(d.birth_date)
    heavy = [(k, p) for k, p in enumerate(d.priors) if p.kind == "criminal" and p.principal in _HEAVY]
    excepted = {k: w for k, p in heavy if (w := _no_basis(p, birth))}
    old = {k: e[1] for k, p in heavy if k not in excepted and (e := _prior_end(p) or _served_by(p))
           and (earliest - e[1]).days > 5 * 366}  # fmt: skip
    if not excepted or not old or len(excepted) + len(old) != len(heavy):
        return
    k0, k1 = min(excepted), max(old, key=lambda k: old[k])
    yield finding(
        j, "E10", "warning",
        f"被告人{d.name}被认定为累犯，但其前罪{excepted[k0]}，其余前罪最晚于"
        f"{_release_shown(d.priors[k1], old[k1])}刑满释放，至本案犯罪时间{earliest}已逾五年，依刑法第六十五条不构成累犯。",
        circumstance_evidence(j, d, "累犯") + evidence(j, f"defendants[{i}].priors[{k0}]", "前科")
        + evidence(j, f"defendants[{i}].priors[{k1}]", "前科") + ev_earliest,
        defendant=d,
        data={"excepted": [d.priors[k].charge for k in excepted], "served": [str(e) for e in old.values()]},
    )  # fmt: skip


def _e10_not_recidivist(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """Not found to be a recidivist although a prior of the header seems to qualify. Where the facts date the
    defendant's offence by month or year only (2016年9月至11月), it lies between that first day and the month's last
    (a year on from a 1 January, which may be a year's)."""
    offence, ev_offence = offence_of(j, i, d)
    latest = offence
    if offence is None and d.offence_from:
        offence, ev_offence = offence_from_of(j, i, d)
        if offence is not None and (offence.month, offence.day) == (1, 1):
            latest = offence.replace(year=offence.year + 1) - timedelta(days=1)
        elif offence is not None:
            latest = (offence.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if offence is None or latest is None or d.verdict.principal not in _HEAVY:
        return
    if any(is_negligent(c) for c in d.charges_standard) or (d.age_at_offence is not None and d.age_at_offence < 18):
        return
    birth = iso_date(d.birth_date)
    for k, p in enumerate(d.priors):
        if p.kind != "criminal":
            continue
        bounds = _prior_end(p) or _judged_to_served(p)
        pd = iso_date(p.date)
        # released for sure before the offence, and within five years of it even at the earliest day the text allows
        if not _qualifying(p) or bounds is None or not (bounds[1] <= offence) or (latest - bounds[0]).days > 5 * 365:
            continue
        end = _release_shown(p, bounds[1])
        if birth is None or pd is None or (pd - birth).days < 19 * 365:
            continue  # cannot tell whether the earlier crime was committed as an adult
        # judged before 20: the earlier crime may still have been a minor's (刑法65 excepts it); the text rarely dates it
        young = f"（前罪判决时{age_on(birth, pd)}周岁，前罪犯罪时是否已满十八周岁未载明）" if age_on(birth, pd) < 20 else ""
        yield finding(
            j, "E10", "warning",
            f"被告人{d.name}曾因{p.charge or '犯罪'}被判处{p.principal}，{end}刑满释放，五年内又犯应当判处有期徒刑以上刑罚之罪，"
            f"判决未认定累犯{young}{'，并宣告缓刑（对累犯不适用缓刑）' if d.verdict.probation_months else ''}，请核实。",
            evidence(j, f"defendants[{i}].priors[{k}]", "前科") + ev_offence, defendant=d,
            data={"prior_release": str(end), "offence": str(offence)},
        )  # fmt: skip
        break


# 刑法第三百五十六条: 因走私、贩卖、运输、制造、非法持有毒品罪被判过刑，又犯本节规定之罪的，从重处罚。
_DRUG_PRIOR_WORDS = ("走私", "贩卖", "运输", "制造", "非法持有")


def _drug_priors(d: Defendant) -> list[int]:
    """The header's priors (by index) of a charge 刑法356 names (走私、贩卖、运输、制造、非法持有毒品罪)."""
    return [k for k, p in enumerate(d.priors)
            if p.kind == "criminal" and p.charge and "毒品" in p.charge and any(w in p.charge for w in _DRUG_PRIOR_WORDS)]


def _latest_act(d: Defendant) -> date | None:
    """The latest day the facts date ``d``'s conduct by (:func:`own_conduct_ends`, or their ``offence_start``);
    None where they date none."""
    told = [x for x, _f in own_conduct_ends(d)] + [x for x in [iso_date(d.offence_start)] if x is not None]
    return max(told, default=None)


def _joined_as_undiscovered(j: Judgment, d: Defendant) -> int | None:
    """The prior this judgment joins its sentence to as that of a crime committed before the prior was judged
    (刑法第七十条: 判决宣告以后，刑罚执行完毕以前，发现…在判决宣告以前还有其他罪没有判决, a 漏罪): the latest judged
    criminal prior, where the verdict joins an earlier sentence and the clause cites 70, not 71 (a crime while
    serving, 又犯). None where a prior is undated beside others, or where the latest was judged before the
    earliest day the facts allow (the acts cannot predate it)."""
    cited = {str(a) for a in j.articles}
    criminal = [k for k, p in enumerate(d.priors) if p.kind == "criminal"]
    if not d.verdict.with_earlier_judgment or "70" not in cited or "71" in cited or not criminal:
        return None
    dated = [(b, k) for k in criminal if (b := iso_bounds(d.priors[k].date))]
    if len(dated) != len(criminal):
        return criminal[0] if len(criminal) == 1 else None
    (_first, last), k = max(dated)
    earliest = iso_date(d.offence_from) or iso_date(d.offence_start)
    return None if earliest is not None and last < earliest else k


def _drug_reoffence_priors(j: Judgment, d: Defendant) -> list[int]:
    """The drug priors (:func:`_drug_priors`) that can found a 毒品再犯: 刑法356 needs the new crime after the
    earlier conviction (因…毒品罪被判过刑，又犯本节规定之罪). Not one judged, even on its first possible day, after
    every act the facts date (容留他人吸毒 on three days of 2019年3月至5月, 贩卖毒品 judged on 2020年1月15日), nor
    the one this judgment joins as a 漏罪's earlier judgment (:func:`_joined_as_undiscovered`)."""
    latest, undiscovered = _latest_act(d), _joined_as_undiscovered(j, d)
    return [k for k in _drug_priors(d) if k != undiscovered
            and not (latest and (b := iso_bounds(d.priors[k].date)) and b[0] > latest)]  # fmt: skip


def _drug_reoffender_unfound(j: Judgment) -> Iterator[Finding]:
    """A defendant convicted of a drug crime whose header shows a prior of a charge 刑法356 names that can found
    a 毒品再犯 (:func:`_drug_reoffence_priors`), judged before this offence (or, with no offence date, the latest
    prior of a defendant found 累犯: the court dates the offence after it), where the reasoning says nothing of
    毒品再犯 (neither finds nor denies it): 毒品再犯 应当从重处罚, whatever else the defendant is found. For rulings
    that cite no 刑法 article (a 核准 quoting an earlier judgment), where the missing 356 cannot tell it, and for
    judgments that cite 356 without finding what it applies (one dev judgment said it as
    曾因贩卖毒品被判过刑又犯本罪的，系再犯, which the circumstance lexicon now reads)."""
    for i, d in enumerate(j.defendants):
        said = any(c.kind == "毒品再犯" and c.defendant in (d.name, *d.name_variants) for c in j.circumstances)
        if said or not any(_drug_section(c) for c in d.charges_standard):
            continue
        offence = offence_of(j, i, d)[0]
        dated = [(day, k) for k, p in enumerate(d.priors) if p.kind == "criminal" and (day := iso_date(p.date))]
        latest = max(dated)[1] if dated and offence is None and d.recidivist else None
        # a prior judged in a month or a year (2000年10月) is before the offence where its last day is
        priors = [k for k in _drug_reoffence_priors(j, d)
                  if k == latest or ((b := iso_bounds(d.priors[k].date)) and offence and b[1] < offence)]  # fmt: skip
        if priors:
            p = d.priors[priors[0]]
            yield finding(
                j, "E20", "warning",
                f"被告人{d.name}曾因{p.charge}被判处刑罚（{p.date}），又犯毒品犯罪，系毒品再犯，本院认为部分却未认定。",
                evidence(j, f"defendants[{i}].priors[{priors[0]}]", "前科"), defendant=d,
                data={"priors": [d.priors[k].charge for k in priors]},
            )  # fmt: skip


def _drug_reoffender_without_a_drug_prior(j: Judgment) -> Iterator[Finding]:
    """A defendant the reasoning finds 毒品再犯 whose header tells criminal priors, each of a standard charge, none
    of them a drug crime (a prior of 非法拘禁罪 only): 刑法356 needs a prior of 走私、贩卖、运输、制造、非法持有毒品罪.
    Not where a prior's charge is not read or is not a standard one (贩毒罪), nor where one names a drug at all."""
    for i, d in enumerate(j.defendants):
        found = circumstance_evidence(j, d, "毒品再犯")
        criminal = [(k, p) for k, p in enumerate(d.priors) if p.kind == "criminal"]
        if not found or not criminal or any(
            p.charge is None or normalize_charge(p.charge) is None or "毒" in p.charge for _k, p in criminal
        ):
            continue
        charges = "、".join(dict.fromkeys(p.charge for _k, p in criminal if p.charge))
        yield finding(
            j, "E20", "warning",
            f"本院认为部分认定被告人{d.name}系毒品再犯，而首部所列前科（{charges}）均非刑法第三百五十六条所列毒品犯罪。",
            found + evidence(j, f"defendants[{i}].priors[{criminal[0][0]}]", "前科"), defendant=d,
            basis="刑法第三百五十六条", data={"priors": [p.charge for _k, p in criminal]},
        )  # fmt: skip


def _drug_section(charge: str) -> bool:
    """Whether a standard charge is one of 刑法 section 6-7 (毒品犯罪, 第三百四十七条至第三百五十七条)."""
    n = normalize_charge(charge)
    return n is not None and any(347 <= int(a.split("-")[0]) <= 357 for a in articles_for_charge(n.standard))


def _drug_law(j: Judgment, ctx: Context) -> ChargeLaw | None:
    """The law of the first drug charge convicted of that has a quantity table."""
    return next((law for d in j.defendants for c in d.charges_standard
                 if (law := ctx.law.charge(c)) and law.quantity), None)  # fmt: skip


def _quantity_threshold(j: Judgment, ctx: Context, level: str) -> float | None:
    """The grams of the main drug (``j.drug``) that reach ``level`` (较大, 大) in the table of the first drug charge
    convicted of; None where no charge has one."""
    law = _drug_law(j, ctx)
    return (law.quantity.values(j.drug) or {}).get(level) if law and law.quantity and j.drug else None


def _stated_quantity_not_reached(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """The reasoning finds the drugs 数量大 (or 数量较大) while the one drug the facts weigh falls short of that level
    in the table of the drug charge convicted of (4225克 misread as 42.25克 would give a death sentence for 42.25
    grams). Several drugs are added up by 折算, each at the most the facts' weights of it come to
    (:func:`combined_share`): a finding only where even that falls short (59.17 and 99.31 克 of 氯胺酮 beside 2.21 克
    of 尼美西泮, found 数量大)."""
    level, grams = j.quantity_level_stated, j.drug_grams
    if level is None or j.drug is None or grams is None:
        return
    ev = evidence(j, "quantity_level_stated", "本院认为") + drug_evidence(j)
    if len({m.drug for m in j.drugs if m.section == "facts"}) > 1:
        law = _drug_law(j, ctx)
        combined = combined_share(j, law, level) if law else None
        if combined is not None and combined[0] < 1:
            said, data = combined_short(combined, level)
            yield finding(j, "E20", "warning", f"本院认为部分认定毒品数量{level}，而{said}。", ev, basis=DRUG_BASIS, data=data)
        return
    yield from _one_drug_short_of(j, ctx, level, f"本院认为部分认定毒品数量{level}", ev)


def _cited_quantity_item_not_reached(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """The result cites 刑法第三百四十七条第二款第（一）项, the item of 数量大 (甲基苯丙胺五十克以上…), while the one drug
    the facts weigh falls short of 数量大 (48.79克 of 甲基苯丙胺), where the reasoning states no level itself
    (:func:`_stated_quantity_not_reached` reads that)."""
    cited = [k for k, r in enumerate(j.article_refs)
             if is_criminal_law(r.law) and (r.article, r.paragraph, r.item) == ("347", 2, 1)]
    if not cited or j.quantity_level_stated is not None or len({m.drug for m in j.drugs if m.section == "facts"}) > 1:
        return
    ev = evidence(j, f"article_refs[{cited[0]}]", "依照条款") + drug_evidence(j)
    yield from _one_drug_short_of(j, ctx, "大", "判决援引刑法第三百四十七条第二款第（一）项（毒品数量大）", ev)


def _one_drug_short_of(j: Judgment, ctx: Context, level: str, said: str, ev: list[Evidence]) -> Iterator[Finding]:
    """E20 where the one drug the facts weigh falls short of quantity ``level`` that ``said`` (its words) tells."""
    grams, threshold = j.drug_grams, _quantity_threshold(j, ctx, level)
    if grams is None or threshold is None or float(grams) >= float(threshold):
        return
    yield finding(
        j, "E20", "warning",
        f"{said}，而查明{j.drug}{fmt_number(grams)}克，未达数量{level}的标准{fmt_number(threshold)}克。",
        ev, basis=DRUG_BASIS, data={"drug": j.drug, "grams": grams, "level": level, "threshold": threshold},
    )  # fmt: skip


def _stated_quantity_below_reached(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """The reasoning finds the drugs 数量较大 while the main drug the facts weigh reaches 数量大 on its own (2770克 of
    甲基苯丙胺): other drugs beside it can only add to the quantity, so several drugs do not matter here."""
    level, grams = j.quantity_level_stated, j.drug_grams
    if level != "较大" or j.drug is None or grams is None:
        return
    threshold = _quantity_threshold(j, ctx, "大")
    if threshold is None or float(grams) < float(threshold):
        return
    yield finding(
        j, "E20", "warning",
        f"本院认为部分认定毒品数量较大，而查明{j.drug}{fmt_number(grams)}克，已达数量大的标准{fmt_number(threshold)}克。",
        evidence(j, "quantity_level_stated", "本院认为") + drug_evidence(j), basis=DRUG_BASIS,
        data={"drug": j.drug, "grams": grams, "level": level, "threshold": threshold},
    )  # fmt: skip


@rule("E20", "毒品数量与2016年毒品解释的量刑幅度不对应，或毒品再犯未依法适用", "刑法第三百五十六条",
      needs_law=True, affirmed=True)
def check_e20(j: Judgment, ctx: Context) -> Iterator[Finding]:
    yield from drug_quantity_findings(j, ctx, "E20")
    yield from _stated_quantity_not_reached(j, ctx)
    yield from _stated_quantity_below_reached(j, ctx)
    yield from _cited_quantity_item_not_reached(j, ctx)
    for d in j.defendants:
        refused = circumstance_evidence(j, d, "不予从重")
        found = circumstance_evidence(j, d, "毒品再犯")
        if refused and found:
            yield finding(
                j, "E20", "warning",
                f"本院认为部分认定被告人{d.name}系毒品再犯，却写明不予从重处罚；毒品再犯应当从重处罚。",
                found + refused, defendant=d, data={"circumstance": "不予从重"},
            )  # fmt: skip
        yield from _lightened_right_after(j, d, "毒品再犯", "E20", "刑法第三百五十六条")
    yield from _drug_reoffender_without_a_drug_prior(j)
    cited = {str(a) for a in j.articles}  # 刑法 articles of the 依照 clause
    if "356" in cited or not cited:
        # a ruling citing only procedure law (a 核准 of an earlier judgment), or one citing 356 without the reasoning
        # finding what it applies
        yield from _drug_reoffender_unfound(j)
        return
    for i, d in enumerate(j.defendants):
        if not any(_drug_section(c) for c in d.charges_standard):
            continue
        priors = _drug_reoffence_priors(j, d)
        found = circumstance_evidence(j, d, "毒品再犯")
        if not priors and not found:
            continue
        why = "本院认为部分认定其系毒品再犯" if found else f"其曾因{d.priors[priors[0]].charge}被判处刑罚"
        clause = [e for k, r in enumerate(j.article_refs) if is_criminal_law(r.law)
                  for e in evidence(j, f"article_refs[{k}]", "依照条款")][:1]
        yield finding(
            j, "E20", "warning",
            f"被告人{d.name}{why}，又犯毒品犯罪，依法应以毒品再犯从重处罚，判决援引的法条中却没有刑法第三百五十六条。",
            found + [e for k in priors[:1] for e in evidence(j, f"defendants[{i}].priors[{k}]", "前科")] + clause,
            defendant=d, data={"priors": [d.priors[k].charge for k in priors], "circumstance": bool(found)},
        )  # fmt: skip
