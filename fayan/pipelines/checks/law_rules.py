"""Checks that rest on the charge table (``fayan/lexicons/law/charges.yaml``): E3, E4, E5, E11, E17, E18.

Entries the table marks UNVERIFIED lower an error to a warning: the finding is
still a lead, but its legal basis needs confirming.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from fayan.errors import LexiconError
from fayan.findings import Evidence, Finding
from fayan.judgment import (
    AmountMention, ChargeFinding, Circumstance, Count, Defendant, DrugMention, Judgment, Provenance,
    SectionRef,
)
from fayan.nlp.charges import (
    ChargeName, article_rows_for_charge, articles_for_charge, charge_words, decompose_charge,
    normalize_charge, paragraph_in_force, unknown_charge_names,
)
from fayan.nlp.amounts import amount_charge, counted_roles
from fayan.nlp.articles import is_criminal_law
from fayan.nlp.circumstances import bracket_act_cues, decides_lightly
from fayan.nlp.facts import HARMS
from fayan.nlp.lexicon import lexicon_cached, lexicon_path, load_table
from fayan.pipelines.checks.base import (
    PRINCIPAL_RANK, Context, approvals, circumstance_evidence, circumstances_of, count_evidence, evidence, finding,
    fmt_articles, fmt_number, fmt_term, iso_date, offence_from_of, quoted, refusals, rule,
)
from fayan.pipelines.law import (
    ANY_LEVEL, GENERAL_TERM_RANGE, PRINCIPAL_TYPES, AmountLevel, AmountTable, Bracket, ChargeLaw, FineRule,
    ProvinceAmounts, province_of_court,
)
from fayan.pipelines.checks.document import amount_bounds, bounds_meet
from fayan.pipelines.checks.sentence import retold_sentences

# Circumstances that allow a sentence below the bracket (减轻处罚) — 刑法17, 17-1, 18③, 19, 20②, 21②, 22–24, 27,
# 28, 67, 68. (审判时怀孕的妇女, 刑法49, forbids death and lowers no bracket.)
MITIGATING = frozenset({"自首", "立功", "重大立功", "从犯", "胁从犯", "未遂", "中止", "预备", "未成年", "已满七十五周岁",
                        "聋哑或者盲人",  # 刑法第十九条: 可以从轻、减轻或者免除处罚
                        "限制刑事责任能力",  # 刑法第十八条第三款: 可以从轻或者减轻处罚
                        "防卫过当", "避险过当",  # 刑法第二十条第二款、第二十一条第二款: 应当减轻或者免除处罚
                        "被追诉前主动交代",  # 刑法第三百九十条第二款, 第一百六十四条第四款, 第三百九十二条第二款
                        "特殊减轻"})  # 刑法第六十三条第二款: the case's special circumstances, the SPC approving


def below_allowed(j: Judgment, d: Defendant, said: bool = True, charge: str | None = None) -> bool:
    """Whether the reasoning gives ``d`` a ground to go below the bracket (:data:`MITIGATING`), or, with ``said``,
    says it does so (减轻处罚). A ground the reasoning answers with 从轻处罚 right after it (系自首，依法予以从轻处罚),
    or one it sums up with the others and decides 从轻处罚 on (综上，决定对被告人甲某予以从轻处罚), where it never says
    减轻处罚, took the sentence to the bracket's lower end, not below it; one it answers otherwise (对于未遂犯，依法
    可以减轻处罚, 可以从轻或者减轻处罚) or not at all still allows it. With ``charge`` (a standard
    name), a ground whose sentence names another count (其在敲诈勒索犯罪过程中，自动中止犯罪) is that count's alone."""
    mine = [c for c in circumstances_of(j, d) if charge is None or c.charge is None
            or (n := normalize_charge(c.charge)) is None or n.standard == charge]
    kinds = {c.kind for c in mine}
    if special_mitigation(j, d):
        return True
    if "减轻处罚" in kinds:
        return said or bool(MITIGATING & kinds)
    return any(c.kind in MITIGATING and not _answered_lightly(c, mine) for c in mine)


def special_mitigation(j: Judgment, d: Defendant) -> bool:
    """Whether the court sentences ``d`` below the statutory range with no ground of the law, for the case's
    special circumstances (刑法第六十三条第二款, with the approval of 最高人民法院: 综合本案的特殊情况，对被告人甲某可以
    在法定刑以下判处刑罚; 本判决依法报请最高人民法院核准后生效): the reasoning says so of ``d`` (a 特殊减轻), or the
    依照 clause cites 第六十三条第二款 and the reasoning says it of no other defendant. Such a term needs no ground of
    减轻 (its 不具有法定减轻处罚情节 says there is none)."""
    if any(c.kind == "特殊减轻" for c in circumstances_of(j, d)):
        return True
    cited = any(is_criminal_law(r.law) and r.article == "63" and r.paragraph == 2 for r in j.article_refs)
    return cited and not any(c.kind == "特殊减轻" and not c.negated for c in j.circumstances)


def _answered_lightly(ground: Circumstance, mine: list[Circumstance]) -> bool:
    """Whether the next circumstance after ``ground`` is a 从轻处罚 within 30 characters (主动投案，如实供述自己的罪行，系自首，
    依法予以从轻处罚), or the court, summing up after it, decides 从轻处罚 (系自首，可以从轻或者减轻处罚。…有立功表现，
    可以从轻或者减轻处罚。综上，决定对被告人甲某予以从轻处罚: :func:`decides_lightly`). Not a 酌情从轻处罚
    right after it: the court answers a ground of the law (:data:`MITIGATING`) by the law (依法), and a
    discretionary 从轻 is that of a discretionary circumstance the reasoning went on to (有自首情节，依法可以减轻
    处罚；其部分退赔…损失，可酌情从轻处罚: the 减轻 is the 自首's, the 从轻 the 退赔's)."""
    if any(decides_lightly(c.kind, c.text) and c.end > ground.end for c in mine):
        return True
    after = [c for c in mine if c.start >= ground.end]
    nxt = min(after, key=lambda c: c.start, default=None)
    return (
        nxt is not None and nxt.kind == "从轻处罚" and nxt.start - ground.end <= 30
        and not re.search(r"酌[情定]", nxt.text)
    )


def lightly(j: Judgment, d: Defendant) -> str:
    """What a finding that sees no ground to go below the bracket adds where the reasoning found grounds and answered
    each with 从轻处罚 (:func:`below_allowed`): （认定的自首仅予从轻处罚）, else nothing."""
    mine = circumstances_of(j, d)
    kinds = dict.fromkeys(c.kind for c in mine if c.kind in MITIGATING and c.kind != "特殊减轻"
                          and _answered_lightly(c, mine))
    return f"（认定的{'、'.join(kinds)}仅予从轻处罚）" if kinds else ""


_FIXED = ("管制", "拘役", "有期徒刑")


@dataclass(frozen=True, slots=True)
class _Item:
    charge: str  # standard name
    printed: str
    principal: str | None
    months: int | None
    fine: float | int | None
    confiscation: bool
    count: int  # its index in the defendant's counts


def _items(d: Defendant) -> list[_Item]:
    """This judgment's counts for ``d``; a count's 罚金 or 没收 stated only in the executed clause counts for it."""
    out = []
    single = len(d.counts) == 1
    for k, c in enumerate(d.counts):
        n = normalize_charge(c.charge)
        fine = c.fine_yuan
        conf = c.confiscation
        if single and d.verdict.combined:
            fine = fine if fine is not None else d.verdict.fine_yuan
            conf = conf or d.verdict.confiscation
        out.append(_Item(n.standard if n else c.charge, c.charge, c.principal, c.term_months, fine, conf, k))
    return out


def _on(j: Judgment) -> date | None:
    """The day whose law applies: the offence's first full date, else the first day of the earliest month or year
    the defendants' facts give (2017年3月至2018年6月: the law of 2017, not of the judgment), else the judgment's."""
    froms = [x for d in j.defendants if (x := iso_date(d.offence_from))]
    return iso_date(j.offence_start) or min(froms, default=None) or iso_date(j.judgment_date)


def _also_under_the_later_law(check: Callable[[Judgment, Context], Iterator[Finding]]) -> Callable[..., Iterator[Finding]]:
    """``check`` with the lighter of two laws allowed where the court applies 刑法第十二条 (从旧兼从轻: it cites the
    article): a finding under the law of the conduct's day stands only where the law of the judgment's day gives it too
    (职务侵占 of 2019–2020 tried in 2021 under the amended article 271, 三年以上 for 数额巨大, not the old 五年以上)."""

    @functools.wraps(check)
    def wrapped(j: Judgment, ctx: Context) -> Iterator[Finding]:
        found = list(check(j, ctx))
        on, judged = _on(j), iso_date(j.judgment_date)
        if found and 12 in j.articles and on is not None and judged is not None and judged > on:
            later = replace(j, offence_start=j.judgment_date,
                            defendants=tuple(replace(d, offence_from=None) for d in j.defendants))
            again = {(f.rule, f.defendant) for f in check(later, ctx)}
            found = [f for f in found if (f.rule, f.defendant) in again]
        yield from found

    return wrapped


def _brackets_of_term(law: ChargeLaw, p: str, it: _Item, on: date | None) -> list[Bracket]:
    """The brackets whose range holds the count's punishment (its term for a fixed one), among those in force on
    ``on`` where the table dates any, else among all."""
    return law.bracket_for_term(p, it.months if p in _FIXED else None, on=on if law.brackets_on(on) else None)


def _severity(law: ChargeLaw, severity: str) -> str:
    return "warning" if severity == "error" and "UNVERIFIED" in (law.verified or "").upper() else severity


def _principal(p: str | None) -> str | None:
    return "死刑" if p == "死缓" else p


@rule("E3", "刑罚超出罪名的法定刑幅度", "刑法分则相应条文；刑法第六十三条", needs_law=True, affirmed=True)
@_also_under_the_later_law
def check_e3(j: Judgment, ctx: Context) -> Iterator[Finding]:
    on = _on(j)
    for i, d in enumerate(j.defendants):
        for it in _items(d):
            law = ctx.law.charge(it.charge)
            p = _principal(it.principal)
            if law is None or p not in ("管制", "拘役", "有期徒刑", "无期徒刑", "死刑"):
                continue
            brackets = law.brackets_on(on) or law.brackets
            ev = count_evidence(j, i, it.count)
            if not any(p in b.types for b in brackets):
                allowed = "、".join(dict.fromkeys(t for b in brackets for t in b.types))
                yield finding(
                    j, "E3", _severity(law, "error"),
                    f"被告人{d.name}犯{it.printed}被判处{it.principal}，但{it.charge}的法定刑只有{allowed}。",
                    ev, defendant=d, basis=f"刑法{fmt_articles(law.articles)}", data={"charge": it.charge, "principal": p},
                )  # fmt: skip
                continue
            if p not in _FIXED or it.months is None:
                if p not in _FIXED:
                    yield from _beyond_the_harm(j, i, d, it, law, p, on)
                continue
            if _brackets_of_term(law, p, it, on):
                # one finding per mistake: the 款 cited already tell a term above 234① (轻伤)
                beside = list(_beside_the_paragraphs(j, d, i, it, law, p, brackets))
                harm = [*_beyond_the_harm(j, i, d, it, law, p, on), *_below_the_harm(j, i, d, it, law, on)]
                yield from beside or harm or [*_below_the_stated_act(j, i, d, it, law, p, on),
                                              *_beside_the_role(j, i, d, it, law, p, on)]
                continue
            ranges = [b.term_range(p) for b in brackets if b.term_range(p)]
            hi = max(r[1] for r in ranges)  # type: ignore[index]
            lo = min(r[0] for r in ranges)  # type: ignore[index]
            if it.months > hi and hi < GENERAL_TERM_RANGE[p][1]:
                # (beyond the kind's own maximum too, where the charge allows the kind's whole range, is E1's finding)
                yield finding(
                    j, "E3", _severity(law, "error"),
                    f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，超过该罪{p}的法定最高刑{fmt_term(hi)}。",
                    ev, defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
                    data={"charge": it.charge, "months": it.months, "max": hi},
                )  # fmt: skip
            elif it.months < lo and _own_floor(p, lo) and not below_allowed(
                    j, d, said=False, charge=it.charge):
                # (below the kind's own minimum where the charge allows it from there, 四个月 of 有期徒刑 for 寻衅滋事,
                # is E1's finding: the charge has no minimum of its own to go below)
                yield finding(
                    j, "E3", _severity(law, "warning"),
                    f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，低于该罪法定最低刑{fmt_term(lo)}，"
                    f"本院认为部分未见自首、立功、从犯、未遂等减轻处罚情节{lightly(j, d)}。",
                    ev, defendant=d, basis="刑法第六十三条", data={"charge": it.charge, "months": it.months, "min": lo},
                )  # fmt: skip
    yield from _below_the_stated_level(j, ctx, on)
    yield from _above_the_stated_level(j, ctx, on)
    yield from _beside_the_stated_severity(j, ctx, on)
    yield from _e3_history(j, ctx, on)


def _e3_history(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """A count of an earlier decision's sentence, as retold (each count of several; the one sentence of a defendant of
    one charge), whose term lies outside every bracket of its charge: above the statute's highest, or below its
    lowest, or below the bracket an act the reasoning finds opens (入户抢劫 and eight years), with no ground to go
    lower in this document's reasoning; a warning, a slip in the retelling or the earlier decision's error. Only
    where this document does not sentence the charge anew: its counts of the charge are none or quote the decision it
    approves or upholds (核准…维持第一审对被告人X以抢劫罪判处有期徒刑十年…), and none is the same term (E3 reports
    that one). A term only brackets above the amount level the reasoning finds of the count allow (盗窃 of four years
    retold, 数额较大 found) is reported too, with the level in its data (E4 compares the amount found with it, as of
    the document's own counts: :func:`_outside_the_found_amount_s_level`)."""
    levels = {(d.name, law.name): stated for _i, d, _it, law, stated, _ev in _level_counts(j, ctx)}
    for field, which, label, d, told in _retold_counts(j):
        i = j.defendants.index(d)
        for c in told:
            n = normalize_charge(c.charge)
            law = ctx.law.charge(n.standard if n else c.charge)
            p, months = _principal(c.principal), c.term_months
            if law is None or p not in _FIXED or months is None:
                continue
            own = [it for it in _items(d) if it.charge == law.name]
            if any(it.months == months or not quoted(j, f"defendants[{i}].charges[{it.count}]") for it in own):
                continue
            ranges = [r for b in law.brackets_on(on) or law.brackets if (r := b.term_range(p)) is not None]
            if not ranges:
                continue
            hi, lo = max(r[1] for r in ranges), min(r[0] for r in ranges)
            item = _Item(law.name, c.charge, c.principal, months, c.fine_yuan, c.confiscation, -1)
            act = _stated_act(j, d, item, law, on)
            ev: list[Evidence] = []  # what tells the harm, where that is the reason
            # (the level against the term of a decision that stands: every later one told upheld it; a term a later
            # decision changed may rest on a level the first court found otherwise)
            stated = (levels.get((d.name, law.name))
                      if law.amount is not None and not j.severity_stated and _stands(j, field) else None)
            imposed = _brackets_of_term(law, p, item, on) if stated is not None else []
            above = bool(imposed) and all(_above_the_level(law, b, stated or "", p, on) for b in imposed)
            level: dict[str, object] = {}
            floor = r[0] if act is not None and (r := act[0].term_range(p)) is not None else None
            if months > hi:
                said = f"超过该罪{p}的法定最高刑{fmt_term(hi)}"
            elif months < lo and _own_floor(p, lo) and not below_allowed(
                    j, d, said=False, charge=law.name):  # (below the kind's own minimum: E1's)
                said = f"低于该罪法定最低刑{fmt_term(lo)}，本院认为部分未见减轻处罚情节{lightly(j, d)}"
            elif act is not None and floor is not None and months < floor and not below_allowed(j, d):
                # 入户抢劫 the reasoning finds, and eight years retold: below the bracket the act opens
                said = (f"低于本院认为认定的{act[1].value}所对应第{act[0].level}档的最低刑{fmt_term(floor)}，"
                        f"且未见减轻处罚情节{lightly(j, d)}")
            elif (short := _harm_short(j, d, item, law, p, on)) is not None:
                # 故意伤害 of five years retold where the reasoning finds 轻伤: only the 重伤 bracket allows it
                b = short.bracket
                said = (f"该刑罚仅第{b.level}档（{b.condition}）可判，而{short.said}{short.found}"
                        + ("，未认定该档的情节" if short.unstated else ""))
                ev = short.evidence
            elif above:
                b = min(imposed, key=lambda x: x.number)
                said = f"该刑罚仅第{b.level}档（{b.condition}）可判，而本院认为部分认定数额{stated}"
                level = {"stated": stated, "bracket": b.number, "decision": which}
            else:
                continue
            yield finding(
                j, "E3", "warning", f"{which}对{d.name}以{c.charge}判处{p}{fmt_term(months)}，{said}，请核对。",
                evidence(j, field, label) + ev, defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
                data={"charge": law.name, "principal": p, "months": months, **level},
            )  # fmt: skip


def _stands(j: Judgment, field: str) -> bool:
    """Whether the earlier decision of ``field`` (earlier_decisions[k]…) stands: every decision the history tells after
    it dismissed the appeal or agreed with it and told no sentence of its own. Not a sentence 二审 retells of the first
    instance (original_sentences[k]): this document decides on it."""
    k = re.match(r"earlier_decisions\[(\d+)\]", field)
    return k is not None and all((x.upheld or x.agreed) and not x.sentences
                                 for x in j.earlier_decisions[int(k.group(1)) + 1 :])


@dataclass(frozen=True, slots=True)
class _HarmShort:
    """A count's punishment that only a bracket of a worse harm allows: the lowest such bracket, the harm found,
    whether the bracket is the found harm's by an act the reasoning does not state, what the finding says of the harm
    and its evidence."""

    bracket: Bracket
    found: str
    unstated: bool
    said: str
    evidence: list[Evidence]


@dataclass(frozen=True, slots=True)
class _CountHarm:
    """The harm found of a count (:func:`_count_harm`; None where none is told) and what tells it: the
    clause concluding its charge, the part of the facts headed by it (heading, harm, index in ``sections``),
    or, beside a killing, the harm short of death (``beside``); the document's worst harm where none does."""

    harm: str | None
    own: ChargeFinding | None
    part: tuple[str, str, int] | None
    beside: bool


def _count_harm(j: Judgment, d: Defendant, it: _Item, law: ChargeLaw) -> _CountHarm:
    """The harm found of the count: the one the clause concluding its charge states (:func:`_clause_finding`),
    else the worst the parts of the facts headed by its charge tell (:func:`_own_parts_harm`: 二、关于故意伤害
    事实 … 致董某轻伤), else the worst of the whole document, which a death told of another count or victim
    only ever lifts; of the one defendant's 故意伤害 count beside a 故意杀人 count, where the document tells a
    harm short of death, that harm: the death is the killing's (故意伤害 of four years beside a killing, where
    the facts tell the wounded man 轻伤)."""
    own = _clause_finding(j, it, "harm")
    part = None if own else _own_parts_harm(j, it.charge)
    found = own.value if own else j.harm_found if part is None else part[1]
    short = j.harm_short_of_death
    beside = (not own and not part and found == "死亡" and short is not None
              and len(j.defendants) == 1 and law.name == "故意伤害罪" and "故意杀人罪" in d.charges_standard)
    return _CountHarm(short if beside else found, own, part, beside)


def _unreached(harm: str | None) -> tuple[str, ...]:
    """The harms worse than ``harm``, a count's (:func:`_count_harm`): every one where it has none."""
    return HARMS[HARMS.index(harm) + 1 :] if harm else HARMS


def _harm_short(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, p: str, on: date | None
) -> _HarmShort | None:
    """Whether only brackets opened by a harm the case does not reach allow the count's punishment (故意伤害 of
    three years and a half where the facts and the reasoning tell 轻伤 at worst: 234's 致人重伤 opens the
    second). The harm is the count's (:func:`_count_harm`); where the clause states it, or it is the harm
    short of a killing beside, a bracket of that harm opened otherwise only by acts the reasoning does not
    state for the count does not allow the punishment (十一年 beside a killing, of a man left 重伤: 234's
    third)."""
    h = _count_harm(j, d, it, law)
    own, part, beside, found = h.own, h.part, h.beside, h.harm
    if found is None:
        return None
    imposed = _brackets_of_term(law, p, it, on)
    # a bracket of the stated harm whose every other way is a worse harm or an act the reasoning does not state for
    # the count (234's third: 致人死亡或者以特别残忍手段致人重伤造成严重残疾, where the clause states 重伤)
    unstated = [b for b in imposed if (own or beside) and b.harm == found
                and _opened_by_unstated_acts(j, d, it, law, b, on, _unreached(found))]
    if not imposed or not all(b in unstated or b.harm and HARMS.index(b.harm) > HARMS.index(found) for b in imposed):
        return None
    b = min(imposed, key=lambda x: x.number)
    said = ("本院认为认定该罪致人" if own else f"查明“{part[0]}”部分伤情最重为" if part
            else "查明故意杀人所致死亡之外伤情最重为" if beside else "查明伤情最重为")
    ev = (evidence(j, f"sections[{part[2]}].harm", "伤情") if part
          else evidence(j, "harm_short_of_death", "伤情") if beside else _harm_evidence(j, own))
    return _HarmShort(b, found, b in unstated, said, ev)


def _beyond_the_harm(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str, on: date | None
) -> Iterator[Finding]:
    """A punishment only brackets opened by a harm the case does not reach allow (:func:`_harm_short`)."""
    if (short := _harm_short(j, d, it, law, p, on)) is None:
        return
    b, found = short.bracket, short.found
    shown = f"{p}{fmt_term(it.months)}" if p in _FIXED else p
    needs = "本院认为未认定该档的情节" if short.unstated else f"而该档须致人{b.harm}"
    yield finding(
        j, "E3", _severity(law, "warning"),
        f"{short.said}{found}，被告人{d.name}犯{it.printed}却被判处{shown}，该刑罚仅第{b.level}档（{b.condition}）可判，"
        f"{needs}。",
        short.evidence + count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
        data={"charge": it.charge, "principal": p, "months": it.months, "harm": found, "bracket_harm": b.harm},
    )  # fmt: skip


def _own_parts_harm(j: Judgment, charge: str) -> tuple[str, str, int] | None:
    """Where the facts are told in parts whose every heading names a charge of the judgment's counts, the worst harm
    the parts headed by ``charge`` tell: (heading, harm, index of its part in ``sections``); None where the facts are
    not so told, no heading names ``charge`` or its parts tell no harm."""
    parts = _headed_parts(j)
    if not parts or not all(named for _k, _s, named in parts):
        return None
    own = charge.removesuffix("罪")
    told = [(s.title or "", s.harm, k) for k, s, named in parts if own in named and s.harm]
    return max(told, key=lambda t: HARMS.index(t[1]), default=None)  # type: ignore[arg-type]


def _headed_parts(j: Judgment) -> list[tuple[int, SectionRef, frozenset[str]]]:
    """The parts of the facts told under headings (``facts_part``), each with its index in ``sections`` and the
    charges of the judgment's counts its heading names, without 罪 (二、关于故意杀人、盗窃事实: 故意杀人, 盗窃)."""
    charges = {it.charge.removesuffix("罪") for d in j.defendants for it in _items(d)}
    return [(k, s, _heading_names(s.title or "", charges))
            for k, s in enumerate(j.sections) if s.kind == "facts_part"]  # fmt: skip


# what a heading of a part of the facts adds around the charge it names (关于…的犯罪事实)
_HEADING_FRAME_RE = re.compile(r"^关于|(?:的)?(?:犯罪)?事实$")


def _heading_names(title: str, charges: set[str]) -> frozenset[str]:
    """The charges of ``charges`` (without 罪) a heading names: each one it holds whole, else the one its words name
    as a short form of the standard name (五、掩饰、隐瞒犯罪所得事实 for 掩饰、隐瞒犯罪所得、犯罪所得收益罪)."""
    named = {c for c in charges if c in title}
    if not named and (core := _HEADING_FRAME_RE.sub("", title)):
        short = normalize_charge(core)
        if short is not None and short.standard.removesuffix("罪") in charges:
            named.add(short.standard.removesuffix("罪"))
    return frozenset(named)


def _below_the_harm(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, on: date | None
) -> Iterator[Finding]:
    """A term below the bracket the harm puts the count in, where the clause concluding its charge states the harm
    (故意损害他人身体，致人重伤，其行为又构成故意伤害罪, and 有期徒刑二年: 234's 致人重伤 is three to ten years), with no
    ground to go lower (自首, 从犯, 未遂 … or a 减轻处罚 the reasoning says). The bracket is the highest of those whose
    least harm is below the stated one, and the lowest of those whose least harm it is (a bracket of the same least
    harm may ask for more: 234's third, 以特别残忍手段致人重伤造成严重残疾). Where the one defendant is
    convicted of this charge alone and the facts tell a worse harm than the clause (经鉴定乙某的伤为重伤二级; 本院认为…
    致人轻伤, and 拘役五个月), the bracket is the facts' harm's, and the finding names both: a slip in one of them."""
    own = _clause_finding(j, it, "harm")
    if own is None or it.months is None or below_allowed(j, d):
        return
    found = j.harm_found
    worse = (found is not None and HARMS.index(found) > HARMS.index(own.value) and len(j.defendants) == 1
             and all(x.charge == it.charge for x in _items(d)))
    harm = found if worse and found is not None else own.value
    b = _harm_bracket(law, harm, on)
    low = b.min_months if b is not None else None
    if b is None or low is None or it.months >= low:
        return
    said = f"查明伤情为{harm}，本院认为却认定该罪致人{own.value}" if worse else f"本院认为认定该罪致人{harm}"
    yield finding(
        j, "E3", _severity(law, "warning"),
        f"{said}，被告人{d.name}犯{it.printed}却被判处{it.principal}{fmt_term(it.months)}，"
        f"低于该伤情所在第{b.level}档（{b.condition}）的最低刑{fmt_term(low)}，本院认为部分未见减轻处罚情节{lightly(j, d)}。",
        (evidence(j, "harm_found", "伤情") if worse else []) + _harm_evidence(j, own) + count_evidence(j, i, it.count),
        defendant=d, basis="刑法第六十三条", data={"charge": it.charge, "months": it.months, "harm": harm, "min": low},
    )  # fmt: skip


def _harm_bracket(law: ChargeLaw, harm: str, on: date | None) -> Bracket | None:
    """The bracket a ``harm`` puts a count of ``law`` in (重伤: 234's 致人重伤, three to ten years): the highest of
    those whose least harm is below it, and the lowest of those whose least harm it is (a bracket of the same
    least harm may ask for more: 234's third, 以特别残忍手段致人重伤造成严重残疾); None where no bracket names
    a harm."""
    rank = HARMS.index(harm)
    current = [b for b in law.brackets_on(on) or law.brackets if b.harm]
    same = [b for b in current if HARMS.index(b.harm) == rank]
    opened = [b for b in current if HARMS.index(b.harm) < rank] + ([min(same, key=lambda x: x.number)] if same else [])
    return max(opened, key=lambda x: x.number, default=None)


def _stated_act(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, on: date | None, lenient: bool = False
) -> tuple[Bracket, ChargeFinding] | None:
    """The heaviest bracket of the count's charge (in force on ``on``) that an act the reasoning states opens (入户抢劫:
    抢劫's second, 十年以上), found by the act's words in the bracket's condition, with the finding that states it;
    its sentence must name the defendant as the doer (:func:`_doers`), unless ``d`` is the only one convicted of the
    charge. A 情节 rather than an act (猥亵's 其他恶劣情节: 情节恶劣) may be said of all the crimes of a defendant of
    several charges (猥亵儿童，又杀人灭口，…情节恶劣), so it counts for one of them only where ``lenient``.
    Where the 依照 clause cites the article by 款 or 项 of other brackets only (:func:`_cited_brackets`), the
    court did not put the count in the act's bracket (第二百九十三条第一款第（一）项 beside 纠集他人多次, 293②'s
    words, said of a 恶势力 group's deeds)."""
    alone = [x for x in j.defendants if any(c.charge == it.charge for c in _items(x))] == [d]
    several = any(x.charge != it.charge for x in _items(d))
    current = law.brackets_on(on) or law.brackets
    if (cited := _cited_brackets(j, law, current)) is not None:
        current = cited.brackets
    best: tuple[Bracket, ChargeFinding] | None = None
    for c in j.charge_findings:
        if c.kind != "act" or c.charge != it.charge or not (alone or d.name in _doers(c.text, j.defendants)):
            continue
        if "情节" in c.value and several and not lenient:
            continue
        opened = [b for b in current if c.value in b.condition]
        b = min(opened, key=lambda x: x.number, default=None)
        if b is not None and (best is None or b.number > best[0].number):
            best = (b, c)
    return best


def _own_floor(p: str, least: int) -> bool:
    """Whether a bracket's least term of kind ``p`` is the bracket's own, above the kind's general minimum: a term
    below a bracket that starts where the kind does (有期徒刑五个月 for 高空抛物罪's 一年以下有期徒刑) is below the
    kind's minimum, E1's finding alone; E3 does not say it is below a minimum the bracket does not have."""
    return least > GENERAL_TERM_RANGE[p][0]


def _beside_the_role(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str, on: date | None
) -> Iterator[Finding]:
    """A term outside the brackets of the role the count's charge names as printed, where the standard name joins
    the roles: below the bracket of 组织、领导 (组织、领导恐怖组织罪 of 组织、领导、参加恐怖组织罪: 120's 十年以上;
    组织、领导黑社会性质组织罪: 294's 组织者、领导者) with no ground to go lower, or above every bracket of 参加
    (参加恐怖组织罪 of twelve years: 积极参加 is 三年以上十年以下)."""
    if "参加" not in law.name or it.months is None:
        return
    current = law.brackets_on(on) or law.brackets
    led = [b for b in current if b.condition.startswith("组织、领导")]
    if "参加" in it.printed:  # 参加…罪 alone (not 组织、领导、参加…罪, the whole name)
        joined = [b for b in current if b not in led or "参加" in b.condition]  # 组织、领导和积极参加 (294, before 2011)
        ranges = [r for b in joined if (r := b.term_range(p)) is not None]
        alone = "组织" not in it.printed.split("参加")[0]
        if alone and ranges and it.months > (top := max(r[1] for r in ranges)):
            yield finding(
                j, "E3", _severity(law, "error"),
                f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，超过参加者各档的最高刑{fmt_term(top)}"
                "（更重之档仅适用于组织、领导者）。",
                count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
                data={"charge": it.charge, "months": it.months, "max": top},
            )  # fmt: skip
        return
    if "组织、领导" not in it.printed:
        return
    b = min(led, key=lambda x: x.number, default=None)
    if b is None or (r := b.term_range(p)) is None or it.months >= r[0] or not _own_floor(p, r[0]) \
            or below_allowed(j, d):
        return
    yield finding(
        j, "E3", _severity(law, "warning"),
        f"被告人{d.name}犯{it.printed}，属第{b.level}档（{b.condition}），却被判处{p}{fmt_term(it.months)}，"
        f"低于该档最低刑{fmt_term(r[0])}，且未见减轻处罚情节{lightly(j, d)}。",
        count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}；刑法第六十三条",
        data={"charge": it.charge, "months": it.months, "min": r[0], "bracket": b.level},
    )  # fmt: skip


def _doers(text: str, defendants: tuple[Defendant, ...]) -> set[str]:
    """The defendants ``text`` (ending with an act) names last, with those listed with them (甲、乙入户抢劫: both;
    乙揭发甲持枪抢劫: 甲)."""
    spellings = {n: x.name for x in defendants for n in (x.name, *x.name_variants) if n}
    if not spellings:
        return set()
    alternation = "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))
    found = list(re.finditer(alternation, text))
    if not found:
        return set()
    run = [found[-1]]
    for m in reversed(found[:-1]):  # back along a list: 甲、乙, 甲和乙, 被告人甲与被告人乙
        if not re.fullmatch(r"[、和与及]?(?:被告人)?", text[m.end() : run[-1].start()]):
            break
        run.append(m)
    return {spellings[m.group()] for m in run}


def _opened_by_unstated_acts(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, b: Bracket, on: date | None,
    unreached: tuple[str, ...] = (),
) -> bool:
    """Whether every alternative of ``b``'s condition (cut at ； and 或者) is an act of ``bracket_acts.tsv`` for the
    charge (交通肇事's third, 因逃逸致人死亡), or part of one that itself holds 或者 (猥亵儿童多人或者多次's 多次), or
    names only harms of ``unreached``, those the count does not reach, where ``b`` is one a harm opens (its
    ``harm`` in charges.yaml; :func:`_unreached`: 故意伤害's 致人死亡 beside 以特别残忍手段…, where the count's harm is
    重伤; 非法拘禁's 致人重伤, where no harm is told), and the reasoning states none of the acts for the count that
    opens ``b`` or a higher bracket (:func:`_stated_act`)."""
    acts = [c.act for c in bracket_act_cues() if c.charge == law.name]

    def unstated(alt: str) -> bool:
        named = [h for h in HARMS if h in alt] if b.harm else []
        return (any(act in alt or alt in act.split("或者") for act in acts)
                or bool(named) and all(h in unreached for h in named))

    alternatives = [a for a in re.split(r"；|或者", re.split(r"\s*[(（]", b.condition)[0]) if a]
    if not alternatives or not all(unstated(alt) for alt in alternatives):
        return False
    stated = _stated_act(j, d, it, law, on, lenient=True)
    return stated is None or stated[0].number < b.number


def _below_the_stated_act(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str, on: date | None
) -> Iterator[Finding]:
    """A term below the bracket an act the reasoning states for the count opens (:func:`_stated_act`: 入户抢劫 and
    有期徒刑八年; 肇事后逃逸 with a death and 拘役), with no ground to go lower (自首, 从犯, 未遂 … or a 减轻处罚 it says)."""
    found = _stated_act(j, d, it, law, on)
    if found is None or it.months is None or below_allowed(j, d):
        return
    b, c = found
    if (r := b.term_range(p)) is not None:
        if it.months >= r[0] or not _own_floor(p, r[0]):
            return
        least = fmt_term(r[0])
    elif b.fixed_types and PRINCIPAL_RANK[p] < PRINCIPAL_RANK[b.fixed_types[0]]:  # 拘役 where it starts at 有期徒刑
        least = b.fixed_types[0] + (fmt_term(b.min_months) if b.min_months and len(b.fixed_types) == 1 else "")
    else:
        return
    yield finding(
        j, "E3", _severity(law, "warning"),
        f"本院认为认定被告人{d.name}{c.value}，属第{b.level}档（{b.condition}），其犯{it.printed}却被判处{p}"
        f"{fmt_term(it.months)}，低于该档最低刑{least}，且未见减轻处罚情节{lightly(j, d)}。",
        _clause_evidence(c) + count_evidence(j, i, it.count), defendant=d, basis="刑法第六十三条",
        data={"charge": it.charge, "months": it.months, "act": c.value, "bracket": b.level},
    )  # fmt: skip


def _clause_finding(j: Judgment, it: _Item, kind: str) -> ChargeFinding | None:
    """What the reasoning's clause concluding the count's charge states of ``kind`` (harm, amount_level …): the
    first such clause, where every one of them states the same; None where none does or they differ. A level
    said of one defendant (:func:`_own_finding`) is not the clause's."""
    found = [c for c in j.charge_findings
             if c.kind == kind and c.charge == it.charge and c.defendant is None]
    return found[0] if found and len({c.value for c in found}) == 1 else None


def _own_finding(j: Judgment, d: Defendant, it: _Item, kind: str) -> ChargeFinding | None:
    """What the reasoning says of ``kind`` of the count's charge for defendant ``d`` alone (…数额特别巨大（乙某参与数额
    巨大）: 乙某's 巨大), where it says one thing; None where it says nothing of ``d`` alone, or several things."""
    found = [c for c in j.charge_findings
             if c.kind == kind and c.charge == it.charge and c.defendant == d.name]
    return found[0] if found and len({c.value for c in found}) == 1 else None


def _clause_evidence(own: ChargeFinding) -> list[Evidence]:
    """The clause concluding a count's charge, as a finding's evidence."""
    return [Evidence(own.start, own.end, own.text, "本院认为")]


def _harm_evidence(j: Judgment, own: ChargeFinding | None) -> list[Evidence]:
    return _clause_evidence(own) if own else evidence(j, "harm_found", "伤情")


def _below_the_stated_level(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """A term below the bracket of the amount level the reasoning itself finds for the count (:func:`_level_counts`:
    its charge's concluding clause's, 其行为已构成盗窃罪，且数额特别巨大, else the one level the reasoning states; 数额巨大:
    三年以上十年以下, and 有期徒刑二年), with no ground to go lower (自首, 从犯, 未遂 …, or a 减轻处罚 it says), unless the
    amount found reaches a higher bracket under every standard (then E4 reports it: the level itself is wrong). Where
    the amount reaches the stated level's bracket, the term is below the bracket the court itself finds: E3, and E4's
    own comparison leaves it (:func:`_below_its_own_level`); E4 repeats it only where the amount found lies in the
    stated level under every standard (:func:`_outside_the_found_amount_s_level`)."""
    convicted = [c for d in j.defendants for c in d.charges_standard]
    for i, d, it, law, level, ev_level in _level_counts(j, ctx):
        p = _principal(it.principal)
        if law.amount is None or p not in _FIXED or it.months is None or below_allowed(j, d):
            continue
        levels = [b for b in (law.brackets_on(on) or law.brackets) if b.amount_level == level]
        lows = [r[0] for b in levels if (r := b.term_range(p)) is not None] if levels else []
        if not levels or len(lows) != len(levels) or it.months >= min(lows) or not _own_floor(p, min(lows)):
            continue  # (a bracket without this kind of punishment: the type check above, or a lighter kind: none)
        b = min(levels, key=lambda x: x.number)
        if j.total_crime_amount_yuan is not None and amount_charge(convicted) == it.charge:
            reached = _amount_brackets(j, law, float(j.total_crime_amount_yuan), _province(j), on)
            if reached and min(x.number for x in reached) > b.number:
                continue  # the amount alone reaches a higher bracket under every standard: E4 reports the term
        yield finding(
            j, "E3", _severity(law, "warning"),
            f"本院认为部分认定数额{level}，对应第{b.level}档（{b.condition}），被告人{d.name}犯{it.printed}却被判处"
            f"{p}{fmt_term(it.months)}，低于该档最低刑{fmt_term(min(lows))}，且未见减轻处罚情节{lightly(j, d)}。",
            ev_level + count_evidence(j, i, it.count), defendant=d, basis="刑法第六十三条",
            data={"charge": it.charge, "months": it.months, "min": min(lows), "stated": level},
        )  # fmt: skip


def _below_its_own_level(j: Judgment, ctx: Context, d: Defendant, it: _Item, on: date | None) -> bool:
    """Whether E3 reports the count's term as below the bracket of the amount level the reasoning itself states for it
    (:func:`_below_the_stated_level`), which the amount found reaches too: one finding, E3's."""
    return any(f.defendant == d.name and f.data["charge"] == it.charge for f in _below_the_stated_level(j, ctx, on))


def _beside_the_stated_severity(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """One defendant, one count: a term below the bracket of the 情节 level the reasoning finds (情节严重 and
    347's 三年以上七年以下) with no ground to go lower, or above it in brackets only acts the reasoning does not
    state open (:func:`_opened_by_unstated_acts`); or, where the reasoning finds no 情节 level and no amount
    level and the amount found reaches the bracket under no standard, a term that only brackets of 情节严重 or
    情节特别严重 allow (协助组织卖淫 of five years and a half). Of the one-count terms of the 154 dev judgments and
    500 SPC rulings one lies in such brackets alone (贩卖毒品 of four years), and its reasoning finds 情节严重."""
    one = _one_count(j, ctx)
    if one is None:
        yield from _severity_unstated_counts(j, ctx, on)
        yield from _below_the_severity_found_of_each(j, ctx, on)
        return
    d, it, law, p = one
    if p not in _FIXED or it.months is None:
        return
    if j.severity_stated is not None:
        b = _severity_bracket(j, law, on)
        if b is None or (r := b.term_range(p)) is None:
            return
        if r[1] is not None and it.months > r[1]:
            # above it, in brackets only acts the reasoning does not state open (寻衅滋事 of five years and two
            # months, 情节严重 found and no 纠集他人多次)
            imposed = law.bracket_for_term(p, it.months, on=on)
            if imposed and all(x.number > b.number and x.amount_level is None
                               and _opened_by_unstated_acts(j, d, it, law, x, on) for x in imposed):
                yield from _severity_unstated(j, 0, d, it, law, p, imposed, on)
            return
        if it.months >= r[0] or not _own_floor(p, r[0]):
            return
        if below_allowed(j, d):
            return
        yield _below_the_severity_bracket(j, 0, d, it, law, p, b, r[0])
        return
    if j.total_crime_amount_yuan is not None and law.amount is not None:
        return  # E4 compares the amount found with the bracket of the term
    imposed = law.bracket_for_term(p, it.months, on=on)
    untold = [b for b in imposed if _not_found(j, law, b, on) or _opened_by_unstated_acts(j, d, it, law, b, on)]
    if not imposed or untold != imposed:
        return
    yield from _severity_unstated(j, 0, d, it, law, p, imposed, on)


def _below_the_severity_bracket(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str, b: Bracket, least: int
) -> Finding:
    return finding(
        j, "E3", _severity(law, "warning"),
        f"本院认为部分认定情节{j.severity_stated}，对应第{b.level}档，被告人{d.name}犯{it.printed}却被判处"
        f"{p}{fmt_term(it.months)}，低于该档最低刑{fmt_term(least)}，且未见减轻处罚情节{lightly(j, d)}。",
        evidence(j, "severity_stated", "本院认为") + count_evidence(j, i, it.count), defendant=d,
        basis="刑法第六十三条", data={"charge": it.charge, "months": it.months, "min": least, "stated": j.severity_stated},
    )  # fmt: skip


def _below_the_severity_found_of_each(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """Several defendants, each tried for one count of the same charge: a term below the bracket of the 情节 level the
    reasoning finds where the clause concluding that charge names the defendant (被告人甲、乙…，情节严重，被告人甲、乙的
    行为均构成开设赌场罪), with no ground to go lower. Not where a clause naming them finds another level."""
    if j.severity_stated is None or len(j.defendants) < 2:
        return
    for i, d in enumerate(j.defendants):
        items = _items(d)
        if len(items) != 1:
            continue
        it = items[0]
        law, p = ctx.law.charge(it.charge), _principal(it.principal)
        if law is None or p not in _FIXED or it.months is None:
            continue
        # (not a level said of another defendant alone: 被告人甲…情节严重；被告人乙…，其行为均已构成…)
        named = {f.value for f in j.charge_findings if f.kind == "severity" and f.charge == it.charge
                 and d.name in f.text and f.defendant in (None, d.name)}
        b = _severity_bracket(j, law, on) if named == {j.severity_stated} else None
        if b is None or (r := b.term_range(p)) is None or it.months >= r[0] or not _own_floor(p, r[0]) \
                or below_allowed(j, d):
            continue
        yield _below_the_severity_bracket(j, i, d, it, law, p, b, r[0])


def _severity_unstated(
    j: Judgment, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str, imposed: list[Bracket],
    on: date | None,
) -> Iterator[Finding]:
    """A term only brackets the reasoning does not find allow. Where the term lies below every other bracket,
    of those the case may be in (故意杀人 of nine years, no 情节较轻 found: below 十年以上), it is below the
    case's bracket, which a ground to go lower (自首, 从犯, 已满七十五周岁 … or a 减轻处罚 the reasoning says)
    allows: no finding then."""
    current = law.brackets_on(on) or law.brackets
    b = min(imposed, key=lambda x: x.number)
    # the brackets the case may be in: neither a 情节 level nor an act the reasoning does not find opens them
    rest = [x for x in current if x not in imposed and not _opened_by_unstated_acts(j, d, it, law, x, on)
            and not (_by_severity_only(x) and _not_found(j, law, x, on, it, d))]
    fixed = [x for x in rest if x.fixed_types]  # (one of 死刑 alone lies above any term)
    months = it.months
    if fixed and months is not None and all(x.min_months is not None and months < x.min_months
                                            for x in fixed):
        if below_allowed(j, d):
            return
        low = min(fixed, key=lambda x: x.min_months or 0)
        under = f"，低于第{low.level}档（{low.condition}）的最低刑{fmt_term(low.min_months)}"
        yield finding(
            j, "E3", _severity(law, "warning"),
            f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}{under}，仅第{b.level}档（{b.condition}）有此刑期，"
            f"本院认为部分未认定该情节，亦未见减轻处罚情节{lightly(j, d)}。",
            count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}；刑法第六十三条",
            data={"charge": it.charge, "months": it.months, "min": low.min_months},
        )  # fmt: skip
        return
    yield finding(
        j, "E3", _severity(law, "warning"),
        f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，仅第{b.level}档（{b.condition}）有此刑期，"
        "本院认为部分未认定该情节。",
        count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
        data={"charge": it.charge, "months": it.months},
    )  # fmt: skip


def _severity_unstated_counts(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """Of a judgment of several counts or defendants whose reasoning finds no 情节 level at all, each count sentenced
    to a term that only brackets opened by 情节严重 or 情节特别严重 (:func:`_not_found`: 掩饰、隐瞒犯罪所得 of four years
    beside a robbery and a murder) or by acts of ``bracket_acts.tsv`` the reasoning does not state of the count
    (:func:`_opened_by_unstated_acts`: 寻衅滋事 of six years, no 纠集他人多次) allow. Brackets an amount level opens,
    alone or among acts (抢劫's 抢劫数额巨大), are left out here: the amount found may be another count's. Of the 154
    dev judgments and 500 SPC rulings one such count is reported (非法持有枪支 of four years and a half, no 情节严重
    found). A 情节 level the reasoning finds (of any count: the clause may not say whose) opens no bracket of acts
    alone, so only the brackets of 情节 are then left out (寻衅滋事 of six years beside 骗取贷款…情节特别严重)."""
    severity = j.severity_stated is not None or any(c.kind == "severity" for c in j.charge_findings)
    for i, d in enumerate(j.defendants):
        for it in _items(d):
            law = ctx.law.charge(it.charge)
            p = _principal(it.principal)
            if law is None or p not in _FIXED or it.months is None:
                continue
            imposed = law.bracket_for_term(p, it.months, on=on)
            if imposed and all((not severity and _by_severity_only(b) and _not_found(j, law, b, on, it, d))
                               or (b.amount_level is None and _opened_by_unstated_acts(j, d, it, law, b, on))
                               for b in imposed):
                yield from _severity_unstated(j, i, d, it, law, p, imposed, on)


def _by_severity_only(b: Bracket) -> bool:
    """Whether a 情节 level alone opens ``b`` (情节严重, which an amount may make: 掩饰、隐瞒犯罪所得's table has a level
    of that name), not another amount level, a quantity or an act besides."""
    cond = re.split(r"\s*[(（]", b.condition)[0]
    level = b.amount_level in (None, "any") or (b.amount_level or "").startswith("情节")
    return level and "或者" not in cond and bool(_OPENED_BY_SEVERITY.fullmatch(cond))


# a bracket above the first that a 情节 level opens, alone or after the lower bracket's act (情节严重; 347's 少量毒品，
# 情节严重), not one an amount, a quantity or a consequence opens instead (数额巨大或者有其他严重情节)
_OPENED_BY_SEVERITY = re.compile(r"(?:[^，；]*，)?情节(?:特别)?严重")


def _not_found(
    j: Judgment, law: ChargeLaw, b: Bracket, on: date | None, it: _Item | None = None,
    d: Defendant | None = None,
) -> bool:
    """Whether the judgment leaves out what opens ``b`` (not the first bracket): a bracket of 情节严重 or 情节特别严重,
    or one of an amount level (数额巨大或者有其他严重情节), where the reasoning finds no amount or 情节 level as high
    (情节严重 does not open 非法经营's 情节特别严重, nor 数额较大 职务侵占's 数额巨大), and neither the amount nor the
    quantity found reaches ``b`` (开设赌场's 抽头渔利 of 30,000 yuan is 情节严重 whether the reasoning says so or not).
    The amount level of the count ``it`` of defendant ``d`` is the one the reasoning says of ``d`` alone
    (:func:`_own_finding`: 被告人甲某…数额巨大；被告人乙某…数额较大), else the one its own clause states, where it
    does (charge_findings), else the document's (:func:`_amount_level_of`)."""
    cond = re.split(r"\s*[(（]", b.condition)[0]
    current = law.brackets_on(on) or law.brackets
    if b is min(current, key=lambda x: x.number) or j.severity_stated == "特别严重":
        return False
    own = ((_own_finding(j, d, it, "amount_level") if d is not None else None)
           or _clause_finding(j, it, "amount_level")) if it is not None else None
    level = own.value if own else _amount_level_of(j, law)
    if level is not None:  # found unless the level stated is a lower bracket's (数额较大)
        stated = [x.number for x in current if x.amount_level == level]
        # a level no bracket of the charge is named by (挪用公款's 数额较大, a condition of its first bracket) says
        # nothing of a bracket of 情节严重: that is read below
        if (stated and max(stated) >= b.number) or (not stated and not _OPENED_BY_SEVERITY.fullmatch(cond)):
            return False
    reached = None
    if j.total_crime_amount_yuan is not None and law.amount is not None:
        reached = _amount_brackets(j, law, float(j.total_crime_amount_yuan), _province(j), on, d)
        if b.amount_level not in (None, "any"):
            # 数额巨大或者有其他严重情节: an amount short of it under every standard, and no 情节 level found; an
            # amount short of every bracket (another count's, in a document of several) where the reasoning finds a
            # lower level (数额较大), or, finding none, short of the least figure of ``b``'s level (239元 of 多次盗窃)
            if reached:
                short = max(x.number for x in reached) < b.number
            elif level is not None:
                short = True
            else:
                lv = next((x for x in law.amount.levels if x.name == b.amount_level), None)
                local = law.amount.province(_province(j))
                short = lv is not None and float(j.total_crime_amount_yuan) < _bound(local, lv, top=False)
            return j.severity_stated is None and short
    elif own is not None and b.amount_level not in (None, "any"):
        return j.severity_stated is None  # the count's clause finds a lower level, and no amount to say more
    if "或者" in cond or not _OPENED_BY_SEVERITY.fullmatch(cond):
        return False
    if j.severity_stated == "严重" and "特别严重" not in cond:
        return False
    if reached and max(x.number for x in reached) >= b.number:
        return False
    # (nor where the quantity the facts weigh, or the quantity level the reasoning finds, reaches it: a term
    # in 347④'s 少量毒品，情节严重 for a 从犯 of 数量较大 is one taken below the case's bracket)
    quantity = [x for x in (_quantity_reached(j, law, on), _stated_quantity_bracket(j, law, on, d, it))
                if x is not None]
    return all(x.number < b.number for x in quantity)


def _amount_level_of(j: Judgment, law: ChargeLaw) -> str | None:
    """The amount level the reasoning finds (``amount_level_stated``), or, of several, the highest where every
    count of the judgment is of ``law``'s charge: the levels are then its counts', and the highest governs the
    bracket (既遂…数额较大，未遂…数额巨大: an attempt of 数额巨大 is sentenced in that bracket, reduced for the
    attempt). Several levels beside other charges (盗窃数额较大 … 诈骗数额巨大) give none."""
    if j.amount_level_stated is not None or len(j.amount_levels_stated) < 2:
        return j.amount_level_stated
    one = {it.charge for d in j.defendants for it in _items(d)} == {law.name}
    return j.amount_levels_stated[-1] if one else None


@dataclass(frozen=True)
class _Cited:
    brackets: list[Bracket]  # those the 款 and 项 cited allow, lightest first
    where: str  # the article with the 款 and 项 cited, as the messages write it: 第263条第1项
    paragraphs: list[int]
    items: list[int]  # the cited 项 that list a bracket's conditions


def _cited_brackets(
    j: Judgment, law: ChargeLaw, brackets: Sequence[Bracket], d: Defendant | None = None
) -> _Cited | None:
    """The brackets of ``brackets`` the 依照 clause's citations of the charge's article allow, where they
    tell: a cited 项 that lists a bracket's conditions (``items`` in charges.yaml: 第二百六十三条第（一）项,
    入户抢劫, allows 263's 十年以上 only), else a cited 款 that sets brackets of its own (``paragraphs``:
    第二百三十四条第一款, 三年以下). None where the article is cited whole (or not at all): it allows each of its
    brackets; nor where what is cited allows every bracket or none. The clause is the document's, and a 项
    tells one defendant's deed: of several convicted of the charge, it may be another's (a review that
    resentences one, whose robbery killed two, under 第二百六十三条第（五）项, and approves a co-defendant's nine
    years for his). So, for ``d`` (where the bracket found is held against the term), a 项 is read only where
    ``d`` is the one defendant the document convicts of the charge; without (where it only takes a bracket out
    of doubt), of every count."""
    refs = [r for r in j.article_refs if is_criminal_law(r.law) and r.article in law.articles]
    if not refs or any(r.paragraph is None and r.item is None for r in refs):
        return None
    own = d is None or [x for x in j.defendants if any(it.charge == law.name for it in _items(x))] == [d]
    allowed: list[Bracket] = []
    items: list[int] = []
    for r in refs:
        listed = [b for b in brackets if own and r.item is not None and r.item in b.items
                  and (r.paragraph is None or not b.paragraphs or r.paragraph in b.paragraphs)]
        items += [r.item] if listed and r.item is not None else []
        allowed += listed or [b for b in brackets if r.paragraph in b.paragraphs]
    allowed = [b for b in brackets if b in allowed]
    if not allowed or len(allowed) == len(brackets):
        return None
    paragraphs = sorted({r.paragraph for r in refs if r.paragraph is not None})
    cited = sorted({(r.paragraph or 0, r.item if r.item in items else 0) for r in refs})
    where = fmt_articles(law.articles[:1]) + "、".join(
        (f"第{n}款" if n else "") + (f"第{k}项" if k else "") for n, k in cited if n or k)
    return _Cited(allowed, where, paragraphs, sorted(set(items)))


def _cited_items(j: Judgment, law: ChargeLaw, brackets: Sequence[Bracket]) -> _Cited | None:
    """What :func:`_cited_brackets` tells where the 依照 clause cites 项 that list a bracket's conditions, read
    of every count (第二百六十三条第（一）项: 十年以上); None where it cites none. Not a 款 alone: the brackets of
    one 款 may be told apart by a harm the reasoning need not state in words the checks read (234②: 致人重伤,
    three years up, and 致人死亡, ten), so its lightest is no floor to hold a reduction to."""
    cited = _cited_brackets(j, law, brackets)
    return cited if cited is not None and cited.items else None


def _beside_the_paragraphs(
    j: Judgment, d: Defendant, i: int, it: _Item, law: ChargeLaw, p: str, brackets: list[Bracket]
) -> Iterator[Finding]:
    """A term the 款 or 项 the 依照 clause cites for the charge do not allow (:func:`_cited_brackets`:
    第二百三十四条第一款 and 三年二个月; 第二百六十三条第（一）项 and 八年), where each 款 of the article sets
    its own brackets (``paragraphs`` in charges.yaml) or the 项 cited list a bracket's conditions (``items``).
    Above them an error; below them a warning where no ground to go lower was found."""
    cited = _cited_brackets(j, law, brackets, d)
    if cited is None or it.months is None:
        return  # an article cited whole (or not at all) allows each of its brackets
    ranges = [r for b in cited.brackets if (r := b.term_range(p))]
    if not ranges:
        return
    hi, lo = max(r[1] for r in ranges), min(r[0] for r in ranges)
    where = cited.where
    data = {"paragraphs": cited.paragraphs, **({"items": cited.items} if cited.items else {})}
    cites = {(e.start, e.end): e for k, r in enumerate(j.article_refs) if r.article in law.articles
             for e in evidence(j, f"article_refs[{k}]", "依照条款")}  # 第三百四十七条第一款、第三款: one span, two refs
    ev = count_evidence(j, i, it.count) + list(cites.values())[:2]
    if it.months > hi:
        yield finding(
            j, "E3", "error",
            f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，超过所引{where}规定的最高刑{fmt_term(hi)}"
            "（所引款项或刑罚有一处不当）。",
            ev, defendant=d, basis=f"刑法{where}",
            data={"charge": it.charge, "months": it.months, "max": hi, **data},
        )  # fmt: skip
    elif it.months < lo and not below_allowed(j, d, said=False):
        yield finding(
            j, "E3", "warning",
            f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，低于所引{where}规定的最低刑{fmt_term(lo)}，"
            f"本院认为部分未见自首、立功、从犯、未遂等减轻处罚情节{lightly(j, d)}（所引款项或刑罚有一处不当）。",
            ev, defendant=d, basis="刑法第六十三条",
            data={"charge": it.charge, "months": it.months, "min": lo, **data},
        )  # fmt: skip


@rule("E4", "量刑幅度与查明的犯罪数额不对应", "《关于办理盗窃刑事案件适用法律若干问题的解释》《关于办理诈骗刑事案件具体应用法律若干问题的解释》",
      needs_law=True, affirmed=True)
@_also_under_the_later_law
def check_e4(j: Judgment, ctx: Context) -> Iterator[Finding]:
    j = _with_own_amount(j, ctx)
    yield from drug_quantity_findings(j, ctx, "E4")
    yield from _not_drunk(j)
    yield from _stated_level(j, ctx)
    yield from _stated_level_beyond_the_facts(j, ctx)
    yield from _term_beyond_the_facts(j, ctx)
    yield from _outside_the_found_amount_s_level(j, ctx, _on(j))
    yield from _below_an_own_total(j, ctx, _on(j))
    yield from _online_gambling_severity_below_its_amounts(j)
    if j.total_crime_amount_yuan is None:
        return
    one, lower_only = _the_amount_s_count(j, ctx)
    if one is None:
        yield from _below_the_joint_amount(j, ctx, _on(j))
        return
    d, it, law, p = one
    if law.amount is None or p not in ("管制", "拘役", "有期徒刑", "无期徒刑") or (p in _FIXED and it.months is None):
        return
    on = _on(j)
    province = _province(j)
    amount = j.total_crime_amount_yuan
    # (None where some standard's first threshold is above the amount: 2155元 may be short of 数额较大 where a
    # province sets it at 3000元; only the comparison the other way round is made then)
    reached = _amount_brackets(j, law, amount, province, on, d)
    imposed = law.bracket_for_term(p, it.months if p in _FIXED else None, on=on)
    if not imposed:
        return  # outside every bracket: E3's business
    top_imposed = max(b.number for b in imposed)
    ev = count_evidence(j, 0, it.count) + evidence(j, "total_crime_amount_yuan", "查明数额")
    table = law.amount
    local = table.province(province) is not None
    where = f"{province}的标准" if local else "全国标准"
    certain = min(reached, key=lambda b: b.number) if reached else None
    data = {"amount": amount, "province": province, "amount_bracket": certain.number if certain else None,
            "imposed_brackets": [b.number for b in imposed]}
    # the charge's own interpretation (开设赌场's 网络赌博意见), not the rule's 盗窃 and 诈骗 ones
    basis = table.source or "数额认定标准"
    if certain is not None and top_imposed < certain.number and not below_allowed(j, d, said=False):
        if not _below_its_own_level(j, ctx, d, it, on) and not _level_of_an_amount_told(j, float(amount)):
            yield _below_the_amount_s_bracket(j, d, it, p, float(amount), where, certain, ev, basis, data)
        return
    if lower_only:
        return
    # The other way round: a sentence that only a higher bracket allows, for an amount that reaches no higher
    # bracket even under the strictest standard a province may set (other serious circumstances may explain it).
    # Conduct before the table's interpretation, judged before it too (:func:`_standard_applies`), is held to
    # the figures before it (``earlier``: lower, national only, so the least of each range): 盗窃 of 53860元 in
    # 2010 is 数额特别巨大 where a province set that level at 3万元 under the 1998 interpretation.
    earlier = _earlier_figures(j, table) if _standard_applies(j, table) is None else None
    if earlier is not None:
        where = "此前全国标准"
        data["earlier"] = earlier.source.split(" (")[0]
    reachable = list(reached or ())
    for tab in (earlier or table, *(t for _, t in _variants(j, law, d))):
        for level in tab.levels:
            value = tab.threshold(level.name, province) if tab.province(province) is not None else level.min
            if value is not None and amount >= value:
                reachable += [br for br in law.brackets_on(on) if br.amount_level == level.name]
    if not reachable:
        # short of every standard's first threshold: acts may open the first bracket (多次盗窃, 入户盗窃) where it is
        # the first amount level's (盗窃, 诈骗), and no more; not where it needs no amount (抢劫: acts open its second)
        first = min(law.brackets_on(on) or law.brackets, key=lambda b: b.number)
        if first.amount_level != table.levels[0].name:
            return
        reachable = [first]
    highest = max(reachable, key=lambda b: b.number)
    lowest = min(imposed, key=lambda b: b.number)
    if (act := _stated_act(j, d, it, law, on, lenient=True)) is not None and act[0].number >= lowest.number:
        return  # an act the reasoning states opens the bracket (入户抢劫, 十年以上), whatever the amount
    if lowest.number > highest.number and p in _FIXED:
        # the statute's own numbering of its brackets (档), not their place in the table, which lists the
        # brackets of earlier versions of the law too. A warning where the reasoning finds no level that opens it
        # either (数额巨大 for a term of 数额特别巨大), else a note: other serious circumstances may explain it.
        unfound = _not_found(j, law, lowest, on)
        yield finding(
            j, "E4", "warning" if unfound else "info",
            f"查明犯罪数额{fmt_number(amount)}元，按{where}至多属第{highest.level}档，被告人{d.name}被判处{p}"
            f"{fmt_term(it.months)}，落入第{lowest.level}档，"
            + ("本院认为部分亦未认定该档的数额或情节。" if unfound else "请核实是否具有其他严重情节。"),
            ev, defendant=d, basis=basis, data=data,
        )  # fmt: skip


def _below_the_amount_s_bracket(
    j: Judgment, d: Defendant, it: _Item, p: str, amount: float, where: str, certain: Bracket,
    ev: list[Evidence], basis: str, data: dict[str, object],
) -> Finding:
    """E4's finding of a term below the bracket the crime amount found reaches, with no ground to go lower."""
    return finding(
        j, "E4", "warning",
        f"查明犯罪数额{fmt_number(amount)}元，按{where}已达第{certain.level}档（{certain.condition}），"
        f"被告人{d.name}却被判处{p}{fmt_term(it.months) if p in _FIXED else ''}，属较低量刑幅度，且未见减轻处罚情节{lightly(j, d)}。",
        ev, defendant=d, basis=basis, data=data,
    )  # fmt: skip


def _below_the_joint_amount(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """E4's comparison for each of several defendants of the same acts (:func:`_joint_amount_counts`): the
    crime amount found is each one's (刑法第二十六条第四款: each answers for the joint crimes he took part in), so a
    term below the bracket it reaches, with no ground to go lower, is reported for each (甲、乙结伙盗窃三次，被盗物品
    价值共计86400元, 浙江's 数额巨大, and terms of two years or so with 坦白 alone). Only that way round: a term above
    what the amount reaches may rest on what only one of them did. A defendant with any ground to go lower
    found (a 从犯: one answers for the same amount with less) is left out."""
    amount = float(j.total_crime_amount_yuan or 0)
    province = _province(j)
    for i, d, it, law, p in _joint_amount_counts(j, ctx):
        if law.amount is None or p not in _FIXED or it.months is None:
            continue
        lighter = {c.kind for c in circumstances_of(j, d)} & {*MITIGATING, "减轻处罚"} or special_mitigation(j, d)
        if lighter or below_allowed(j, d, said=False):
            continue
        reached = _amount_brackets(j, law, amount, province, on, d)
        imposed = law.bracket_for_term(p, it.months, on=on)
        if not reached or not imposed:
            continue
        certain = min(reached, key=lambda b: b.number)
        if max(b.number for b in imposed) >= certain.number or _below_its_own_level(j, ctx, d, it, on):
            continue
        if _level_of_an_amount_told(j, amount):
            continue
        local = law.amount.province(province) is not None
        where = f"{province}的标准" if local else "全国标准"
        ev = count_evidence(j, i, it.count) + evidence(j, "total_crime_amount_yuan", "查明数额")
        data = {"amount": amount, "province": province, "amount_bracket": certain.number,
                "imposed_brackets": [b.number for b in imposed]}
        yield _below_the_amount_s_bracket(
            j, d, it, p, amount, where, certain, ev, law.amount.source or "数额认定标准", data)


def _joint_amount_counts(
    j: Judgment, ctx: Context
) -> list[tuple[int, Defendant, _Item, ChargeLaw, str | None]]:
    """Of several defendants, each tried for the one count of the same amount-based charge, each one's count,
    where the facts and the reasoning tell the acts as done by them all: every amount of the roles the charge
    counts is told of all of them (``AmountMention.named``: 被告人甲、乙结伙…窃得价值5000元) or of none in particular
    (其中，4月17日窃得的物品价值27600元; 三被告人共同…), and the facts date the conduct of each alike
    (``conduct_dates``, from the sentences naming him, and ``offence_from``), so the crime amount found is the
    sum of their joint acts. An amount told of some of them only (被告人甲单独窃得…3000元), or an act dated in a
    sentence naming one alone (（二）2018年12月2日，被告人甲至某工地，窃得电缆一批。经认定，价值46000元: its amount
    names no one) may be a share: empty, as where a defendant is a unit or tried for more counts (the drug
    side's :func:`_one_act_counts`)."""
    first = j.defendants[0] if j.defendants else None
    if len(j.defendants) < 2 or j.total_crime_amount_yuan is None or first is None or not first.conduct_dates:
        return []
    dated = (first.conduct_dates, first.offence_from)
    if any((d.conduct_dates, d.offence_from) != dated for d in j.defendants):
        return []
    out = []
    for i, d in enumerate(j.defendants):
        items = _items(d)
        law = ctx.law.charge(items[0].charge) if len(items) == 1 and not d.is_unit else None
        if law is None or law.amount is None:
            return []
        out.append((i, d, items[0], law, _principal(items[0].principal)))
    if len({it.charge for _i, _d, it, _law, _p in out}) != 1:
        return []
    roles = counted_roles(out[0][2].charge)
    told = [a for a in j.amounts if a.section in ("facts", "reasoning") and a.currency == "CNY"
            and a.role in roles and not a.is_counted_out and not a.is_per_unit]
    if not told or any(a.named and not all({d.name, *d.name_variants} & set(a.named) for d in j.defendants)
                       for a in told):
        return []
    return out


def _with_own_amount(j: Judgment, ctx: Context) -> Judgment:
    """``j`` with the amount found (``total_crime_amount_yuan`` and its span) the one defendant's own, where
    the count E4 weighs is of a defendant the sum found is not told of, and the document states his own amount
    apart (an appeal that resentences a helper and upholds the others' items: 骗取七人钱款共计156000元, told of
    the one who deceived them all; 其应对该二起诈骗数额共计人民币23000元承担刑事责任, of the helper). The sum is
    his where a mention of it names him among who acted, or names no one (三被告人共同…); his own is a total told
    of him alone (``AmountMention.named``) and below the sum: the reasoning's largest, else the facts'."""
    if j.total_crime_amount_yuan is None:
        return j
    one, _lower_only = _the_amount_s_count(j, ctx)
    if one is None:
        return j
    d, it = one[0], one[1]
    names, roles = {d.name, *d.name_variants}, counted_roles(it.charge)
    total = float(j.total_crime_amount_yuan)
    counted = [a for a in j.amounts if a.currency == "CNY" and a.role in roles and not a.is_counted_out]
    found = [a for a in counted if float(a.amount_yuan) == total]
    if not found or any(not a.named or names & set(a.named) for a in found):
        return j
    own = [a for a in counted
           if a.is_total and a.named and set(a.named) <= names and float(a.amount_yuan) < total]
    told = [a for a in own if a.section == "reasoning"] or [a for a in own if a.section == "facts"]
    if not told:
        return j
    top = max(told, key=lambda a: float(a.amount_yuan))
    spans = (*(p for p in j.spans if p.field != "total_crime_amount_yuan"),
             Provenance("total_crime_amount_yuan", top.start, top.end, top.text))
    return replace(j, total_crime_amount_yuan=top.amount_yuan, spans=spans)


def _outside_the_found_amount_s_level(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """E3 reports a count's term outside the bracket of the amount level the reasoning states: below it
    (:func:`_below_the_stated_level`) or one only a bracket above it allows (:func:`_above_the_stated_level`). Where
    the count's amount lies in that level under every standard the table's figures give for the conduct, the bracket
    is as much at odds with the amount found: E4 too, the catalogue's code for that (盗窃 of 20408元, 数额较大 found,
    and four years). The count's amount is the crime amount found where that is its charge's (one defendant; the
    charge whose roles it totals); else, of one defendant's several counts, what bounds it (:func:`_count_s_amount`:
    a theft of 8800余元 told under its own heading beside a robbery, four years). A term above the level of one
    count is left to E4's own comparison of the amount found with the term."""
    if len(j.defendants) != 1:
        return
    d = j.defendants[0]
    province = _province(j)
    retold = [f for f in _e3_history(j, ctx, on) if "stated" in f.data]  # (a count an earlier decision imposed)
    for f in [*_below_the_stated_level(j, ctx, on), *_above_the_stated_level(j, ctx, on), *retold]:
        charge, stated, below = str(f.data["charge"]), str(f.data["stated"]), "min" in f.data
        law = ctx.law.charge(charge)
        if law is None or law.amount is None or _variants(j, law, d):
            continue
        table = law.amount
        names = [lv.name for lv in table.levels]
        if stated not in names or _standard_applies(j, table) is None:
            continue
        known = _count_s_amount(j, ctx, d, charge, below)
        if known is None:
            continue
        amount, told, ev = known
        local, k = table.province(province), names.index(stated)
        if below and amount < _bound(local, table.levels[k], top=True):
            continue  # the amount may not reach the stated level under some standard
        if not below and k + 1 < len(names) and amount >= _bound(local, table.levels[k + 1], top=False):
            continue  # the amount may reach the next level under some standard
        if not below and _amount_is_the_count_s(j, ctx):
            continue  # one count: E4's own comparison of the amount found with the term reports it
        where = f"{province}的标准" if local is not None else "各地标准"
        term = f"{f.data.get('principal') or '有期徒刑'}{fmt_term(f.data['months'])}" if f.data.get("months") else ""
        by = f"被{f.data['decision']}判处" if f.data.get("decision") else "被判处"  # (a count an earlier decision imposed)
        yield finding(
            j, "E4", "warning",
            f"{told}，按{where}属数额{stated}，与本院认为的认定相同，被告人{d.name}犯{charge}"
            f"{by}{term or '的刑罚'}却{'低于' if below else '超出'}该档的量刑幅度。",
            [*f.evidence, *ev], defendant=d,
            basis=table.source or "数额认定标准", data={**f.data, "amount": amount, "province": province},
        )  # fmt: skip


def _below_an_own_total(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """Of several defendants, each one's one count of an amount-based charge against the largest total the
    facts tell of that defendant alone (``AmountMention.named``: 综上，被告人甲某参与盗窃六次，窃得财物价值共计
    人民币437560元；被告人乙某参与盗窃三次，…共计人民币186300元: 437560元 is 甲某's), where that total reaches
    a bracket under every standard (the court's province's where the table has it: 浙江's 数额特别巨大 from
    40万元): a term below that bracket with no ground to go lower, else an amount level the reasoning says of
    the defendant (or its charge's clause) below the level the total reaches. Only that way round: a defendant
    answers for at least a total told of him alone, and for more where other acts are told of others too.
    Money raised (集资, ``deposit``) is left out: the amount of 集资诈骗 is what was not paid back."""
    if len(j.defendants) < 2:
        return
    province = _province(j)
    for i, d in enumerate(j.defendants):
        items = _items(d)
        it = items[0] if len(items) == 1 else None
        law = ctx.law.charge(it.charge) if it is not None else None
        p = _principal(it.principal) if it is not None else None
        if it is None or law is None or law.amount is None or _variants(j, law, d) or p not in _FIXED:
            continue
        roles, names = counted_roles(it.charge) - {"deposit"}, {d.name, *d.name_variants}
        own = [a for a in j.amounts if a.section == "facts" and a.is_total and not a.is_restatement
               and a.currency == "CNY" and a.role in roles and a.named and set(a.named) <= names]
        if not own or it.months is None:
            continue
        top = max(own, key=lambda a: float(a.amount_yuan))
        amount = float(top.amount_yuan)
        reached = _amount_brackets(j, law, amount, province, on, d)
        imposed = law.bracket_for_term(p, it.months, on=on)
        if not reached or not imposed:
            continue
        certain = min(reached, key=lambda b: b.number)
        table, local = law.amount, law.amount.province(province)
        where = f"{province}的标准" if local is not None else "全国标准"
        said = _own_finding(j, d, it, "amount_level") or _clause_finding(j, it, "amount_level")
        levels = [lv.name for lv in table.levels]
        sure = [lv.name for lv in table.levels if amount >= _bound(local, lv, top=True)]
        lower = (said.value if said is not None and said.value in levels and sure
                 and levels.index(sure[-1]) > levels.index(said.value) else None)
        told = f"查明被告人{d.name}个人所涉犯罪数额共计{fmt_number(amount)}元"
        ev = [Evidence(top.start, top.end, top.text, "查明数额"), *count_evidence(j, i, it.count)]
        basis = table.source or "数额认定标准"
        data = {"charge": it.charge, "amount": amount, "province": province, "amount_bracket": certain.number,
                "imposed_brackets": [b.number for b in imposed]}
        if max(b.number for b in imposed) < certain.number and not below_allowed(j, d, said=False):
            if _below_its_own_level(j, ctx, d, it, on):
                continue  # E3: below the bracket of the level the reasoning itself finds
            yield finding(
                j, "E4", "warning",
                f"{told}，按{where}已达第{certain.level}档（{certain.condition}）"
                + (f"，本院认为部分却认定其数额{lower}" if lower else "")
                + f"，被告人{d.name}被判处{p}{fmt_term(it.months)}，属较低量刑幅度，且未见减轻处罚情节{lightly(j, d)}。",
                ev, defendant=d, basis=basis, data=data,
            )  # fmt: skip
        elif lower and said is not None:
            yield finding(
                j, "E4", "warning", f"本院认为部分认定被告人{d.name}数额{lower}，而{told}，按{where}已属数额{sure[-1]}。",
                [*_clause_evidence(said), *ev[:1]], defendant=d, basis=basis,
                data={**data, "stated": lower, "reached": sure[-1]},
            )  # fmt: skip


def _count_s_amount(
    j: Judgment, ctx: Context, d: Defendant, charge: str, below: bool
) -> tuple[float, str, list[Evidence]] | None:
    """The amount of ``d``'s count of ``charge`` E4 weighs against a level (with the words that tell it and their
    evidence): the crime amount found where it is the charge's (:func:`amount_charge`); else, of several counts, the
    least it comes to for a term ``below`` the level (the largest amount of its roles told in a part of the facts
    headed by its charge alone: :func:`_own_part_amounts`), the most for a term above it (:func:`_amount_bound`)."""
    if j.total_crime_amount_yuan is not None and amount_charge(d.charges_standard) == charge:
        amount = float(j.total_crime_amount_yuan)
        return amount, f"查明犯罪数额{fmt_number(amount)}元", evidence(j, "total_crime_amount_yuan", "查明数额")
    if _amount_is_the_count_s(j, ctx):
        return None  # one count: the crime amount found is its, of another charge's roles
    if below:
        told = _own_part_amounts(j, charge)
        if not told:
            return None
        top = max(told, key=lambda a: float(a.amount_yuan))
        return float(top.amount_yuan), f"查明事实“{_part_title(j, top)}”部分所述{top.text}", [
            Evidence(top.start, top.end, top.text, "查明数额")]
    bound = _amount_bound(j, ctx, charge)
    if bound is None:
        return None
    most, facts = bound
    return most, f"查明事实所涉数额合计至多{fmt_number(most)}元", [
        Evidence(a.start, a.end, a.text, "查明数额") for a in facts[:3]]


def _part_title(j: Judgment, a: AmountMention) -> str | None:
    """The heading of the part of the facts ``a`` is told in (关于盗窃事实)."""
    return next((s.title for _k, s, _n in _headed_parts(j) if s.start <= a.start < s.end), None)


def _own_part_amounts(j: Judgment, charge: str) -> list[AmountMention]:
    """The amounts of the roles ``charge`` counts (盗窃: stolen, value) told in the parts of the facts headed by that
    charge and no other of the judgment (二、关于盗窃事实): each is the count's, so its amount is at least the largest."""
    parts = [s for _k, s, named in _headed_parts(j) if named == {charge.removesuffix("罪")}]
    roles = counted_roles(charge)
    return [a for a in j.amounts if a.section == "facts" and a.role in roles and a.currency == "CNY"
            and any(s.start <= a.start < s.end for s in parts)]  # fmt: skip


DRUNK_MG_PER_100ML = 80  # 醉酒驾驶: 血液酒精含量达到80毫克/100毫升以上 (醉驾意见 2013 第一条, 2023 第四条)


def _not_drunk(j: Judgment) -> Iterator[Finding]:
    """The one defendant convicted of 危险驾驶罪 where every blood alcohol the facts measure is below the 醉驾
    threshold; where a blood sample was tested, a breath test's reading does not count (醉驾意见 2013 第六条: the
    blood test is the basis; cited from memory, the text is not in the shared refs). A warning: 危险驾驶 has other
    forms (追逐竞驶, 严重超员超速, 危险化学品) that need no alcohol."""
    measured = [b for b in j.blood_alcohol if b.section == "facts"]
    if not measured or len(j.defendants) != 1 or "危险驾驶罪" not in j.defendants[0].charges_standard:
        return
    top = max([b for b in measured if not b.breath] or measured, key=lambda b: b.mg_per_100ml)
    if top.mg_per_100ml >= DRUNK_MG_PER_100ML:
        return
    d = j.defendants[0]
    yield finding(
        j, "E4", "warning",
        f"查明血液酒精含量为{top.text}，未达到醉酒驾驶{DRUNK_MG_PER_100ML}毫克/100毫升的标准，被告人{d.name}却被以危险驾驶罪"
        "定罪处罚；如系追逐竞驶等其他情形，请核实。",
        [Evidence(top.start, top.end, top.text, "血液酒精含量")] + evidence(j, "defendants[0].verdict", "判决主文"),
        defendant=d, basis="刑法第一百三十三条之一；醉驾意见第一条（2013）、第四条（2023）",
        data={"mg_per_100ml": top.mg_per_100ml, "threshold": DRUNK_MG_PER_100ML},
    )  # fmt: skip


# 网络赌博意见 (2010) 第一条: an online casino's 情节严重 by amount, its lowest figure (抽头渔利, 违法所得: 3万元; 赌资
# 30万元): an amount below it meets none of them
_ONLINE_GAMBLING_LEAST = 30_000
# at most this many characters between an amount and the 情节严重 it grounds (…21212元，应认定为情节严重)
_GROUND_GAP = 8


def _online_gambling_severity_below_its_amounts(j: Judgment) -> Iterator[Finding]:
    """情节严重 of 开设赌场罪, under the online gambling opinion the judgment applies (its 依照 cites 《关于办理网络赌博犯罪
    案件适用法律若干问题的意见》), found right after one amount of the reasoning as its ground (非法获利21212元，应认定
    为情节严重) that is below every amount the opinion sets (3万元 of 抽头渔利 or 违法所得, 30万元 of 赌资). A warning: its
    other grounds (参赌人数 120人, 代理) are not read. The dev judgment that cites the opinion finds it of 71212元."""
    if j.severity_stated != "严重" or not any("网络赌博" in (r.law or "") for r in j.article_refs):
        return
    if not any("开设赌场罪" in d.charges_standard for d in j.defendants):
        return
    said = j.span("severity_stated")
    before = [a for a in j.amounts if a.section == "reasoning" and a.currency == "CNY" and said is not None
              and 0 <= said.start - a.end <= _GROUND_GAP]
    if len(before) != 1 or float(before[0].amount_yuan) >= _ONLINE_GAMBLING_LEAST:
        return
    a = before[0]
    yield finding(
        j, "E4", "warning",
        f"本院认为以{a.text}认定开设赌场“情节严重”，而《关于办理网络赌博犯罪案件适用法律若干问题的意见》第一条规定的数额标准"
        f"最低为抽头渔利（违法所得）{fmt_number(_ONLINE_GAMBLING_LEAST)}元，{a.text}未达该标准；请核实是否另有参赌人数等情节。",
        [Evidence(a.start, a.end, a.text, "本院认为"), *evidence(j, "severity_stated", "本院认为")],
        basis="《关于办理网络赌博犯罪案件适用法律若干问题的意见》第一条",
        data={"amount": float(a.amount_yuan), "least": _ONLINE_GAMBLING_LEAST},
    )  # fmt: skip


def _stated_level(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """The amount level the reasoning finds (数额较大) against the amount found, one defendant, one count: a level below
    the one the amount reaches under every standard (the court's province's where the table has it), and a level the
    amount does not reach under any (:func:`_stated_level_not_reached`); of a defendant's one amount-based count beside
    others (:func:`_amount_count`), the first only."""
    if j.total_crime_amount_yuan is None or not j.amount_level_stated:
        return
    one, lower_only = _the_amount_s_count(j, ctx)
    if one is None or one[2].amount is None:
        return
    d, it, law, _p = one
    table, stated = _basis_table(j, d, it, law), j.amount_level_stated
    # a charge of two bases whose clause names neither (受贿 where the reasoning states a ground of 较重情节, and
    # may count it or not): only a level below what the amount reaches on both is certain
    held = [law.amount, *(t for _, t in _variants(j, law, d))] if law.amount else []
    tables = [table] if table is not None else held
    if not tables:
        return
    table = tables[0]
    # the levels this charge's brackets name (抢劫 has 数额巨大 only: the theft table's 特别巨大 is no bracket of
    # it), of the brackets in force for the conduct (非法吸收公众存款 before 2021-03-01: no bracket of 数额特别巨大)
    brackets = law.brackets_on(_on(j)) or law.brackets
    names = [lv.name for lv in table.levels if any(b.amount_level == lv.name for b in brackets)]
    if stated not in names:
        return
    province = _province(j)
    local = table.province(province)
    amount = float(j.total_crime_amount_yuan)
    where = f"{province}的标准" if local is not None else "全国标准" if len(tables) == 1 else "各项标准"
    ev = evidence(j, "amount_level_stated", "本院认为") + evidence(j, "total_crime_amount_yuan", "查明数额")
    data = {"stated": stated, "amount": j.total_crime_amount_yuan, "province": province}
    # the highest level the amount reaches everywhere, under every table
    reached = [[lv.name for lv in t.levels if lv.name in names and amount >= _bound(t.province(province), lv, top=True)]
               for t in tables]
    sure = min(reached, key=len)
    if sure and names.index(sure[-1]) > names.index(stated) and not _level_of_an_amount_told(j, amount):
        yield finding(
            j, "E4", "warning",
            f"本院认为部分认定数额{stated}，而查明犯罪数额{fmt_number(j.total_crime_amount_yuan)}元按{where}已属数额{sure[-1]}。",
            ev, defendant=d, basis=table.source or "数额认定标准", data={**data, "reached": sure[-1]},
        )  # fmt: skip
        return
    if lower_only or len(tables) > 1:
        return
    least = _bound(local, next(lv for lv in table.levels if lv.name == stated), top=False)
    yield from _stated_level_not_reached(j, d, table, stated, amount, least, where, ev, data, law=law)


def _level_of_an_amount_told(j: Judgment, total: float) -> bool:
    """Whether the reasoning states its level right after an amount below the total found that the facts tell too
    (向42人集资168万元…归还本息93万元，造成实际损失75万元; 本院认为…骗取集资款人民币75万元，数额较大): the court
    counts that amount, a loss after what was returned (集资诈骗, 2022 非法集资解释 第八条), a part, and the level is
    that amount's, which :func:`_stated_level` compares with the total otherwise."""
    at = j.span("amount_level_stated")
    if at is None:
        return False
    told = {float(a.amount_yuan) for a in j.amounts if a.section == "facts" and a.currency == "CNY"}
    return any(a.section == "reasoning" and a.currency == "CNY" and float(a.amount_yuan) < total
               and float(a.amount_yuan) in told and 0 <= at.start - a.end <= 8 for a in j.amounts)


def _basis_table(j: Judgment, d: Defendant, it: _Item, law: ChargeLaw) -> AmountTable | None:
    """The amount table of the count's basis: the charge's own, or, for a charge with a second basis (信用卡诈骗罪's
    恶意透支, ten times higher), the one the clause concluding the count names (…恶意透支本金45441元，数额较大，其行为
    已构成信用卡诈骗罪) by its name or its ``cues`` (…数额较大，且超过三个月未归还，其行为…构成挪用资金罪: the table
    beside 非法活动); None where the charge has a second basis and the clause names none of its bases, or several.
    Lower figures on grounds the reasoning does not state are no basis (:func:`_variants`: 受贿's 较重情节)."""
    variants = _variants(j, law, d)
    if not variants:
        return law.amount
    own = _clause_finding(j, it, "amount_level")
    said = own.text if own is not None else ""
    bases = [(t, (name, *t.cues)) for name, t in variants]
    if law.amount is not None:
        bases.insert(0, (law.amount, law.amount.cues))
    named = [t for t, cues in bases if any(c in said for c in cues)]
    return named[0] if len(named) == 1 else None


def _province(j: Judgment) -> str | None:
    """The province whose amount standards hold for the case: its court's, or, for a court of the whole country (the
    Supreme People's Court reviewing a death sentence), that of the first court of the case its history names."""
    here = province_of_court(j.court or "")
    if here is not None:
        return here
    return next((p for x in j.earlier_decisions if x.court and (p := province_of_court(x.court))), None)


def _bound(local: ProvinceAmounts | None, lv: AmountLevel, top: bool) -> float:
    """The figure of level ``lv``: the province's where the table has one, else the national range's top (the amount
    that reaches it in every province) or bottom (the least that reaches it in any)."""
    v = local.value(lv.name) if local is not None else None
    return float(v if v is not None else (lv.national_value if top else lv.min))


def _amount_is_the_count_s(j: Judgment, ctx: Context) -> bool:
    """Whether the crime amount found is the one count's to compare (one defendant, one count)."""
    return j.total_crime_amount_yuan is not None and _one_count(j, ctx) is not None


def _facts_sum(j: Judgment, ctx: Context, charge: str) -> tuple[float, list[AmountMention]] | None:
    """Where the amount found is not the one count's (several counts or defendants), every amount the facts tell of
    ``charge``'s count and their sum, which bounds the count's amount from above, whatever other counts' amounts it
    holds: all of them, less those in parts of the facts told under a heading that names other charges of the
    judgment and not this one (:func:`_other_charges_parts`), and less the rates
    (:attr:`AmountMention.is_per_unit`: 按每天人民币200元支付报酬 is no money of any count); None where the amount
    found is the count's, or the facts tell none, or one in another currency."""
    others = _other_charges_parts(j, charge)
    facts = [a for a in j.amounts if a.section == "facts" and not a.is_per_unit
             and not any(s.start <= a.start < s.end for s in others)]
    if _amount_is_the_count_s(j, ctx) or not facts or any(a.currency != "CNY" for a in facts):
        return None
    return sum(float(a.amount_yuan) for a in facts), facts


def _amount_bound(j: Judgment, ctx: Context, charge: str) -> tuple[float, list[AmountMention]] | None:
    """What the amount of ``charge``'s count is at most (:func:`_facts_sum`), where a total of the facts is also the sum
    of their other amounts (盗窃共计20408.8元 and its four thefts) counted once: the totals' sum then; with the amounts
    summed."""
    summed = _facts_sum(j, ctx, charge)
    if summed is None:
        return None
    total, facts = summed
    totals = [float(a.amount_yuan) for a in facts if a.is_total]
    items = round(sum(float(a.amount_yuan) for a in facts if not a.is_total), 2)
    return (round(sum(totals), 2) if items and any(abs(t - items) < 0.01 for t in totals) else total), facts


def _other_charges_parts(j: Judgment, charge: str) -> list[SectionRef]:
    """The parts of the facts told under headings (``facts_part``) whose heading names a charge of the judgment's
    counts other than ``charge`` and not ``charge`` (二、关于抢劫事实 for 盗窃罪): that count's facts are told elsewhere. A
    heading naming no charge of the judgment (违法事实) may tell any count's."""
    own = charge.removesuffix("罪")
    return [s for _k, s, named in _headed_parts(j) if named and own not in named]


def _stated_level_beyond_the_facts(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """Where the amount found is not the one count's to compare (several counts or defendants), each count whose
    amount level the reasoning tells (:func:`_level_counts`) against every amount the facts tell of it
    (:func:`_facts_sum`), added up: a level the sum does not reach under any standard (盗窃 of 10,560 yuan found
    数额特别巨大 beside a murder)."""
    province = _province(j)
    one, _lower_only = _the_amount_s_count(j, ctx)
    for i, d, it, law, stated, ev_level in _level_counts(j, ctx):
        table = _basis_table(j, d, it, law)
        summed = _facts_sum(j, ctx, it.charge)
        if table is None or summed is None:
            continue
        total, facts = summed
        local = table.province(province)
        least = _bound(local, next(lv for lv in table.levels if lv.name == stated), top=False)
        ev = ev_level + [Evidence(a.start, a.end, a.text, "查明数额") for a in facts[:3]]
        data = {"stated": stated, "amount": total, "province": province, "charge": it.charge}
        where = f"{province}的标准" if local is not None else "全国标准"
        yield from _stated_level_not_reached(
            j, d, table, stated, total, least, where, ev, data, what="查明事实所涉数额合计", law=law)
        if one is None or (one[0].name, one[1].charge) != (d.name, it.charge):  # (else _stated_level reads it)
            yield from _own_part_above_the_level(j, it, d, table, stated, local, where, ev_level, data)


def _own_part_above_the_level(
    j: Judgment, it: _Item, d: Defendant, table: AmountTable, stated: str, local: ProvinceAmounts | None, where: str,
    ev_level: list[Evidence], data: dict[str, object],
) -> Iterator[Finding]:
    """A level above the stated one that one amount alone reaches under every standard, where the facts tell the count
    in parts of their own (二、关于盗窃事实), headed by its charge and no other of the judgment: an amount of the roles
    the charge counts (盗窃: stolen, value) told there is the count's, so the count's amount is at least the largest
    (盗窃 of 88,000余元 found 数额较大). Only where the table's figures hold for the conduct (:func:`_standard_applies`):
    a level may be younger than the conduct (敲诈勒索's 数额特别巨大, from 2011). Where other defendants are convicted
    of the charge too, only an amount told of ``d`` among who acted is his (…，被告人甲某参与四起，数额共计119000
    元；被告人乙某参与一起，数额6000元: 乙某's level is not weighed against 甲某's sum)."""
    if _standard_applies(j, table) is None:
        return
    told = _own_part_amounts(j, it.charge)
    if any(e is not d and it.charge in e.charges_standard for e in j.defendants):
        told = [a for a in told if d.name in a.named or any(v in a.named for v in d.name_variants)]
    if not told:
        return
    top = max(told, key=lambda a: float(a.amount_yuan))
    names = [lv.name for lv in table.levels]
    sure = [lv.name for lv in table.levels if float(top.amount_yuan) >= _bound(local, lv, top=True)]
    if not sure or names.index(sure[-1]) <= names.index(stated):
        return
    yield finding(
        j, "E4", "warning",
        f"本院认为部分认定数额{stated}，而查明事实“{_part_title(j, top)}”部分"
        f"所述{top.text}按{where}已属数额{sure[-1]}。",
        ev_level + [Evidence(top.start, top.end, top.text, "查明数额")], defendant=d,
        basis=table.source or "数额认定标准", data={**data, "amount": float(top.amount_yuan), "reached": sure[-1]},
    )  # fmt: skip


def _above_the_stated_level(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """Each count whose amount level the reasoning tells (:func:`_level_counts`), sentenced to a punishment
    that only brackets above that level's allow, where the reasoning finds no 情节 level either (盗窃 of five
    years beside a 抢劫 sentenced to death, 数额较大 found; one count of 盗窃, 多次秘密窃取他人财物，数额较大,
    and four years). The term is above the bracket the court itself finds: E3, as a term below it is
    (:func:`_below_the_stated_level`), and E4 where the amount found agrees
    (:func:`_outside_the_found_amount_s_level`; of one count, E4's own comparison of the amount with the
    term). Not where the amount found is the one count's and reaches the term's bracket under every standard:
    the level is wrong then, not the term (:func:`_stated_level`). A bracket above is one of a higher amount
    level, or one naming no level in the table (故意毁坏财物's 数额巨大或者有其他特别严重情节, where the table has
    较大 only) whose term begins where the stated level's ends. A 情节 level the reasoning finds may open the
    bracket, unless the clauses concluding the charges state it of other counts only, naming neither the
    count's charge nor its act (非法持有枪支…情节严重 beside a 盗窃 found 数额巨大; not 其盗窃行为属情节严重，又
    随意殴打他人…构成寻衅滋事罪)."""
    found = float(j.total_crime_amount_yuan) if _amount_is_the_count_s(j, ctx) else None
    severe = [c for c in j.charge_findings if c.kind == "severity"]
    for i, d, it, law, stated, ev_level in _level_counts(j, ctx):
        if j.severity_stated is not None and (
            not severe or any(c.charge == it.charge or it.charge.removesuffix("罪") in c.text for c in severe)
        ):
            continue
        p = _principal(it.principal)
        if p not in ("管制", "拘役", "有期徒刑", "无期徒刑") or (p in _FIXED and it.months is None) or law.amount is None:
            continue
        imposed = _brackets_of_term(law, p, it, on)
        if not imposed or not all(_above_the_level(law, b, stated, p, on) for b in imposed):
            continue
        if _clause_finding(j, it, "severity"):
            continue
        b = min(imposed, key=lambda x: x.number)
        if found is not None and (reached := _amount_brackets(j, law, found, _province(j), on)) and min(
                x.number for x in reached) >= b.number:
            continue  # the amount found reaches the term's bracket under every standard: the level is wrong
        yield finding(
            j, "E3", _severity(law, "warning"),
            f"本院认为部分认定数额{stated}，被告人{d.name}犯{it.printed}却被判处{p}{fmt_term(it.months) if p in _FIXED else ''}，"
            f"该刑罚仅第{b.level}档（{b.condition}）可判，本院认为部分未认定"
            + (f"数额{b.amount_level}或相应情节。" if b.amount_level else "该档的数额或情节。"),
            ev_level + count_evidence(j, i, it.count), defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
            data={"stated": stated, "charge": it.charge, "principal": p, "months": it.months, "bracket": b.number},
        )  # fmt: skip


def _above_the_level(law: ChargeLaw, b: Bracket, stated: str, p: str, on: date | None) -> bool:
    """Whether bracket ``b`` lies above the brackets of amount level ``stated``: a higher level of the charge's table,
    or no level where ``b``'s term of ``p`` begins at or above the end of theirs (or they have no ``p`` at all)."""
    names = [lv.name for lv in law.amount.levels] if law.amount else []
    if b.amount_level in names:
        return names.index(b.amount_level) > names.index(stated)
    own = [x for x in law.brackets_on(on) or law.brackets if x.amount_level == stated]
    if b.amount_level is not None or not own or b.number <= max(x.number for x in own):
        return False
    ends = [r[1] for x in own if (r := x.term_range(p)) is not None]
    mine = b.term_range(p)
    return mine is not None and (not ends or mine[0] >= max(ends))


def _level_counts(j: Judgment, ctx: Context) -> Iterator[tuple[int, Defendant, _Item, ChargeLaw, str, list[Evidence]]]:
    """Each count of a charge in the law table whose amount level the reasoning tells, with the level and where it is
    told: the level the reasoning says of its defendant alone (…数额特别巨大（乙某参与数额巨大）: :func:`_own_finding`),
    else the level the clause concluding its charge states (…数额较大，其行为又构成盗窃罪), else the document's one
    stated level (``amount_level_stated``) where this is the one count of the judgment whose charge has a bracket of
    it. Only levels a bracket of the charge names (抢劫's 数额巨大, not 较大)."""
    doc = j.amount_level_stated
    counts = [(i, d, it, law) for i, d in enumerate(j.defendants) for it in _items(d)
              if (law := ctx.law.charge(it.charge)) is not None]  # fmt: skip
    naming = [(i, it.count) for i, _d, it, law in counts if doc and any(b.amount_level == doc for b in law.brackets)]
    for i, d, it, law in counts:
        own = _own_finding(j, d, it, "amount_level") or _clause_finding(j, it, "amount_level")
        if own is not None:
            level, ev = own.value, _clause_evidence(own)
        elif doc is not None and naming == [(i, it.count)]:
            level, ev = doc, evidence(j, "amount_level_stated", "本院认为")
        else:
            continue
        if any(b.amount_level == level for b in law.brackets):
            yield i, d, it, law, level, ev


def _stated_level_not_reached(
    j: Judgment, d: Defendant, table: AmountTable, stated: str, amount: float, least: float, where: str,
    ev: list[Evidence], data: dict[str, object], what: str = "查明犯罪数额", law: ChargeLaw | None = None,
) -> Iterator[Finding]:
    """A level the amount found does not reach under any standard (``least``: the lowest figure a province may set,
    or the court's province's), where the table's figures hold for the conduct (:func:`_standard_applies`). Where the
    table's interpretation lets a level be reached at half the figure for a record of the same crime, special victims
    or places (``halved_by``: 2013 盗窃解释 第二条), between half and the whole figure only a defendant with no record is
    reported, and the message says to look for the other grounds. Where lower figures of the charge ``law`` on
    grounds the reasoning does not state reach the level (:func:`_variants`: 受贿 of 16.8万元 found 数额巨大, and the
    10万元 of 其他严重情节), the message names them."""
    note = _standard_applies(j, table)
    if note is None and (earlier := _earlier_figures(j, table)) is not None:
        # conduct before the table's interpretation, held to the figures before it (lower: a level they do not
        # reach, the later ones do not either)
        least = float(next(lv.min for lv in earlier.levels if lv.name == stated))
        where = "此前全国标准"
        note = f"（行为在{table.effective_from}之前，按{earlier.source.split(' (')[0]}）"
        if amount >= least / 2:
            return  # (the rules that let an amount near the figure count then are not in the table)
    if note is None or amount >= least:
        return
    halved = bool(table.halved_by) and amount >= least / 2
    if halved and _record_halves(d, table):
        return
    note += f"；如有{table.halved_by}规定可按百分之五十确定的情形，请核实" if halved else ""
    if law is not None:
        held = _variants(j, law, d)
        for _name, t in law.amount_variants:
            v = t.threshold(stated, _province(j)) if t.grounds and (_name, t) not in held else None
            if v is not None and amount >= float(v):
                note += f"；具有{t.source}规定情形之一的，{fmt_number(v)}元即可，本院认为部分未认定此类情形"
    yield finding(
        j, "E4", "warning",
        f"本院认为部分认定数额{stated}，而{what}{fmt_number(amount)}元未达{where}数额{stated}的最低标准"
        f"{fmt_number(least)}元{note}。",
        ev, defendant=d, basis=table.source or "数额认定标准", data={**data, "least": least},
    )  # fmt: skip


# what an administrative punishment was for, where its text tells it (因盗窃被行政拘留十日 / 因吸毒，于…被强制戒毒)
_CAUSE = re.compile(r"因([^，,。；;被于]{1,20})[，,]?(?:于|被)")


def _record_halves(d: Defendant, table: AmountTable) -> bool:
    """Whether the defendant may have a record that is one of ``table.halved_by``'s grounds: any record, where the
    table names none of the crimes (``halved_records``); else a conviction or an administrative punishment for one
    of them, or one the document tells without its crime, or a record stated but not told (有前科)."""
    records = (*d.priors, *d.admin_punishments)
    if not table.halved_records or (d.prior_criminal and not d.priors):
        return bool(d.prior_criminal or records)
    causes = [r.charge or ((m := _CAUSE.search(r.text)) and m.group(1)) for r in records]
    return any(not c or any(x in c for x in table.halved_records) for c in causes)


def _standard_applies(j: Judgment, table: AmountTable) -> str | None:
    """Whether ``table``'s figures hold for the conduct: from the first day of its interpretation on (earlier
    thresholds were lower: 盗窃 before 2013, 贪污 before 2016), or for earlier conduct first judged from that day on
    where the table raised the figures (``raised``: the lighter rule applies, 2001 司法解释时间效力规定 第三条; the first
    decision the history tells, else this one, is the first judgment). None where they do not; else the note a message
    adds ("" for conduct after the day)."""
    conduct = _conduct_days(j)
    if table.effective_from is None or not conduct:
        return None
    judged = iso_date(j.earlier_decisions[0].date if j.earlier_decisions else j.judgment_date)
    if min(conduct) >= table.effective_from:
        return ""
    if table.raised and judged is not None and judged >= table.effective_from:
        return f"（行为在{table.effective_from}之前，{judged}始审判，新标准对被告人有利，应予适用）"
    return None


def _conduct_days(j: Judgment) -> list[date]:
    """The first days the facts tell of the conduct: the document's and each defendant's."""
    return [x for x in map(iso_date, (j.offence_start, *(x.offence_from for x in j.defendants))) if x]


def _earlier_figures(j: Judgment, table: AmountTable) -> AmountTable | None:
    """The figures before ``table``'s interpretation (``earlier``), where the conduct began before its first day and
    after the earlier one's; None where the table has none or the conduct is undated or older."""
    conduct = _conduct_days(j)
    old = table.earlier
    if old is None or not conduct or table.effective_from is None or min(conduct) >= table.effective_from:
        return None
    return old if old.effective_from is None or min(conduct) >= old.effective_from else None


# a bracket that the amount opens, or the other serious circumstances beside it (数额巨大或者有其他严重情节), not also
# an act or a consequence (抢劫's 入户抢劫；…；多次抢劫或者抢劫数额巨大)
_OPENED_BY_AMOUNT = re.compile(r"[\u4e00-\u9fff]{0,4}数额(?:特别)?巨大(?:或者有其他(?:特别)?严重情节)?")


def _term_beyond_the_facts(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """Where the amount found is not the one count's (several counts or defendants), a count sentenced to a term that
    only brackets of a higher amount level allow (盗窃's 数额巨大或者有其他严重情节), where every amount the facts tell
    of it (:func:`_facts_sum`), added up, is short of half the least figure of that level anywhere, so that neither
    the amount nor the other serious circumstances the interpretations open from half the figure reach it, and the
    reasoning states no amount or 情节 level (盗窃 of four years beside a killing, for 260 yuan of diesel)."""
    if j.severity_stated or j.amount_level_stated:
        return
    on = _on(j)
    for i, d in enumerate(j.defendants):
        for it in _items(d):
            law = ctx.law.charge(it.charge)
            p = _principal(it.principal)
            if law is None or law.amount is None or p not in _FIXED or it.months is None:
                continue
            if _variants(j, law, d):
                continue
            # a level the reasoning says of the defendant alone, or of the count's clause
            if any(_own_finding(j, d, it, k) or _clause_finding(j, it, k)
                   for k in ("amount_level", "severity")):
                continue
            names = [lv.name for lv in law.amount.levels]
            imposed = _brackets_of_term(law, p, it, on)
            if not imposed or not all(b.amount_level in names[1:] and _OPENED_BY_AMOUNT.fullmatch(b.condition)
                                      for b in imposed):
                continue
            b = min(imposed, key=lambda x: x.number)
            lv = next(x for x in law.amount.levels if x.name == b.amount_level)
            least = _bound(None, lv, top=False)
            note = _standard_applies(j, law.amount)
            summed = _facts_sum(j, ctx, it.charge)
            if note is None or summed is None or summed[0] >= least / 2:
                continue
            total, facts = summed
            yield finding(
                j, "E4", "warning",
                f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，该刑罚仅第{b.level}档（{b.condition}）可判，"
                f"而查明事实所涉数额合计{fmt_number(total)}元不及数额{lv.name}最低标准{fmt_number(least)}元的一半{note}，"
                "本院认为部分亦未认定数额或情节等级。",
                count_evidence(j, i, it.count) + [Evidence(a.start, a.end, a.text, "查明数额") for a in facts[:3]],
                defendant=d, basis=law.amount.source or "数额认定标准",
                data={"charge": it.charge, "months": it.months, "amount": total, "least": least},
            )  # fmt: skip


def _amount_brackets(
    j: Judgment, law: ChargeLaw, amount: float, province: str | None, on: date | None,
    d: Defendant | None = None,
) -> list[Bracket] | None:
    """The bracket ``amount`` reaches under each threshold table of the charge that may hold for ``d``'s
    count (:func:`_variants`), or None where it reaches none under one of them. A charge with a second table
    (信用卡诈骗罪: 恶意透支, ten times higher) gives a lead only for the bracket the amount reaches under each:
    which one the facts are, fayan does not read."""
    reached = [law.bracket_for_amount(amount, province=province, on=on, basis=basis)
               for basis in (None, *(name for name, _ in _variants(j, law, d)))]
    return None if any(b is None for b in reached) else reached  # type: ignore[return-value]


def _variants(j: Judgment, law: ChargeLaw, d: Defendant | None = None) -> tuple[tuple[str, AmountTable], ...]:
    """The charge's second amount tables that may hold for the case: each of another basis (信用卡诈骗's 恶意透支:
    which one the facts are, fayan does not read), and each of lower figures that hold only on grounds an
    interpretation lists (``grounds``: 受贿's 较重情节) where the reasoning states one (:func:`_grounds_stated`).
    受贿 of 16.8万元 found 数额巨大 with none stated is held to the 20万元 of its own figures, not to the 10万元 of
    其他严重情节 (2016 贪污贿赂解释 第二条第三款)."""
    return tuple((n, t) for n, t in law.amount_variants if not t.grounds or _grounds_stated(j, law, t, d))


def _grounds_stated(j: Judgment, law: ChargeLaw, table: AmountTable, d: Defendant | None) -> bool:
    """Whether the reasoning states a ground ``table``'s lower figures hold on: a 情节 level (…，具有其他严重情节, the
    level they open), a clause concluding the charge that names one of its ``grounds`` (…为他人谋取职务提拔、调整，
    其行为已构成受贿罪), or a circumstance of that name it finds of ``d`` (of anyone where None), not denied (系累犯:
    曾因故意犯罪受过刑事追究)."""
    if j.severity_stated is not None:
        return True
    if any(c.charge == law.name and (c.kind == "severity" or any(w in c.text for w in table.grounds))
           for c in j.charge_findings):
        return True
    return any(c.kind in table.grounds and not c.negated and (d is None or c.defendant in (None, d.name))
               for c in j.circumstances)


def _one_count(j: Judgment, ctx: Context) -> tuple[Defendant, _Item, ChargeLaw, str | None] | None:
    """The defendant, count, charge law and principal of a one-defendant, one-count judgment (E4's scope)."""
    if len(j.defendants) != 1:
        return None
    items = _items(j.defendants[0])
    if len(items) != 1:
        return None
    law = ctx.law.charge(items[0].charge)
    return None if law is None else (j.defendants[0], items[0], law, _principal(items[0].principal))


def _amount_count(j: Judgment, ctx: Context) -> tuple[Defendant, _Item, ChargeLaw, str | None] | None:
    """Of one defendant's several counts, the one count of an amount-based charge (盗窃罪 beside 故意杀人罪), whose
    amount the crime amount found is (the extraction totals that charge's roles); None where there is no such count.
    Beside a killing the amount is read less surely (a robbery's car, a ransom asked) and a bracket may open by what
    the count's own clause tells (入户抢劫), so only a level or a term below what the amount reaches is reported."""
    return _the_count_that(j, ctx, lambda it: bool(counted_roles(it.charge)))


def _quantity_count(j: Judgment, ctx: Context) -> tuple[Defendant, _Item, ChargeLaw, str | None] | None:
    """Of one defendant's several counts, the one count of a charge with a drug quantity table (贩卖毒品罪 beside
    故意杀人罪), whose quantity the drugs the document weighs are; None where there is no such count or several."""
    return _the_count_that(
        j, ctx, lambda it: (law := ctx.law.charge(it.charge)) is not None and law.quantity is not None)


def _the_count_that(
    j: Judgment, ctx: Context, kind: Callable[[_Item], bool]
) -> tuple[Defendant, _Item, ChargeLaw, str | None] | None:
    """Of one defendant's several counts, the only one of ``kind``, with its charge's law and its principal."""
    if len(j.defendants) != 1 or len(_items(j.defendants[0])) < 2:
        return None
    d = j.defendants[0]
    based = [it for it in _items(d) if kind(it)]
    if len(based) != 1 or (law := ctx.law.charge(based[0].charge)) is None:
        return None
    return d, based[0], law, _principal(based[0].principal)


def _the_amount_s_count(
    j: Judgment, ctx: Context
) -> tuple[tuple[Defendant, _Item, ChargeLaw, str | None] | None, bool]:
    """The count the crime amount found is of, and whether only a level or a term below what it reaches is read:
    a one-count judgment's count (both ways), else a defendant's one amount-based count (:func:`_amount_count`)."""
    one = _one_count(j, ctx)
    return (one, False) if one is not None else (_amount_count(j, ctx), True)


def drug_evidence(j: Judgment) -> list[Evidence]:
    """The weight that gave the quantity (a stated total), else the weights that were added up."""
    facts = [m for m in j.drugs if m.section == "facts"]
    same = [m for m in facts if m.grams is not None and float(m.grams) == float(j.drug_grams or 0)]
    return [Evidence(m.start, m.end, m.text, "查明数量") for m in (same[:1] or facts[:3])]


DRUG_BASIS = "刑法第三百四十七条、第三百四十八条；《最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释》（2016）第一条、第二条"


def drug_quantity_findings(j: Judgment, ctx: Context, code: str) -> Iterator[Finding]:
    """The main drug's quantity against the 2016 毒品解释 table (one defendant, one count, or of one defendant's
    several counts the one of a drug charge: :func:`_quantity_count`, 7 judgments of the dev, SPC and example
    documents, none reported; or each of several defendants of one act: :func:`_one_act_counts`; else each of
    several defendants whose own drug and weight the facts tell apart: :func:`_own_quantity_counts`; else, of
    several defendants, a total told of one alone: :func:`_own_total_counts`), under ``code``.

    The catalogue names this comparison twice, E4 (the bracket against the quantity found) and E20 (the quantity
    against the 2016 table): both run it. Only what no other circumstance explains is reported: a sentence below
    the bracket the quantity alone requires, with no mitigating ground, and a sentence that only a bracket the
    statute reaches by quantity alone allows (347's 数量较大), for a quantity short of it. A quantity of several
    drugs is added up by 折算 (:func:`combined_share`), each drug at the most the facts' weights of it come to, so
    only a sum short even so is reported; the bracket the main drug reaches alone holds too, the others only adding.
    """
    if j.drug is None or j.drug_grams is None:
        return
    one = _one_count(j, ctx) or _quantity_count(j, ctx)
    if one is not None:
        yield from _drug_quantity_of(j, ctx, code, 0, *one)
        return
    acts = _one_act_counts(j, ctx)
    for i, d, it, law, p in acts:
        # a 从犯 (or one with another ground to go below the bracket) answers for the same quantity with less
        lighter = {c.kind for c in circumstances_of(j, d)} & {*MITIGATING, "减轻处罚"} or special_mitigation(j, d)
        yield from _drug_quantity_of(j, ctx, code, i, d, it, law, p, lower=not lighter)
    for i, d, it, law, p in () if acts else _own_quantity_counts(j, ctx):
        # the facts' weights of this defendant alone, as if the document weighed no others
        mine = tuple(m for m in j.drugs if m.section == "facts" and m.named == (d.name,))
        own = replace(j, drugs=mine, drug=d.drug, drug_grams=d.drug_grams)
        yield from _drug_quantity_of(own, ctx, code, i, d, it, law, p)
    for i, d, it, law, p, m in () if acts else _own_total_counts(j, ctx):
        # only a sentence below the bracket the total reaches: the defendant may answer for more (a joint sale
        # told of another too)
        own = replace(j, drugs=(m,), drug=m.drug, drug_grams=m.grams)
        yield from _drug_quantity_of(own, ctx, code, i, d, it, law, p, higher=False)


def _own_total_counts(
    j: Judgment, ctx: Context
) -> list[tuple[int, Defendant, _Item, ChargeLaw, str | None, DrugMention]]:
    """Of several defendants, each one's count of a drug charge (their one count, or the one such count of
    several) with the largest total the facts tell of that defendant alone (``DrugMention.named``: 综上，被告人甲
    贩卖甲基苯丙胺共计52.4克；被告人乙参与贩卖甲基苯丙胺2.4克: 52.4克 of 甲), where the facts do not tell the
    defendant's own quantity (``Defendant.drug_grams``: a sale of both, told in 甲's item, is not 甲's alone).
    He answers for at least that total. None of a unit's."""
    out = []
    for i, d in enumerate(j.defendants if len(j.defendants) > 1 else ()):
        if d.drug_grams is not None or d.is_unit:
            continue
        names = {d.name, *d.name_variants}
        totals = [m for m in j.drugs if m.section == "facts" and m.total and m.grams is not None
                  and not m.converted and m.named and set(m.named) <= names]
        counted = [(it, law) for it in _items(d)
                   if (law := ctx.law.charge(it.charge)) is not None and law.quantity is not None]
        if totals and len(counted) == 1:
            it, law = counted[0]
            top = max(totals, key=lambda m: float(m.grams or 0))
            out.append((i, d, it, law, _principal(it.principal), top))
    return out


def _own_quantity_counts(
    j: Judgment, ctx: Context
) -> list[tuple[int, Defendant, _Item, ChargeLaw, str | None]]:
    """Of several defendants, each one's count of a drug charge (their one count, or the one such count of
    several) whose own quantity the facts tell apart from the others' (``Defendant.drug_grams``: 一、被告人甲…
    运输甲基苯丙胺326.5克 二、被告人乙…净重8.6克；经鉴定，检出海洛因成分: 乙's sentence weighed against
    海洛因 8.6克 alone, not the document's 甲基苯丙胺 326.5克). None of a unit's, nor where it cannot be told
    whose a weight is."""
    out = []
    for i, d in enumerate(j.defendants if len(j.defendants) > 1 else ()):
        if d.drug is None or d.drug_grams is None or d.is_unit:
            continue
        counted = [(it, law) for it in _items(d)
                   if (law := ctx.law.charge(it.charge)) is not None and law.quantity is not None]
        if len(counted) == 1:
            it, law = counted[0]
            out.append((i, d, it, law, _principal(it.principal)))
    return out


def _one_act_counts(j: Judgment, ctx: Context) -> list[tuple[int, Defendant, _Item, ChargeLaw, str | None]]:
    """Of several defendants, each tried for the one count of one drug charge, each one's count, where the
    facts tell one act of them all: one day (the facts' first and last whole dates, each defendant's earliest
    date and every date of their conduct) and one drug of one weight (2023年6月1日，甲联系买家，安排乙携带毒品
    交易，…净重12.6克). In a joint crime each answers for the quantity of the joint acts they took part in (刑法
    第二十六条第四款), so the one seizure's is each one's. Facts of several days or weights may tell acts of
    some of them only (甲 sold 5克 in March, 乙 10克 in May): empty, as where a defendant is a unit or tried for
    more counts."""
    day = j.offence_start
    weighed = [m for m in j.drugs if m.section == "facts" and m.grams is not None and not m.converted]
    if len(j.defendants) < 2 or day is None or j.offence_end != day or not weighed or any(
            float(m.grams or 0) != float(j.drug_grams or 0) or m.times != 1 for m in weighed):
        return []
    if {m.drug for m in j.drugs if m.section == "facts"} != {j.drug}:
        return []
    out = []
    for i, d in enumerate(j.defendants):
        items = _items(d)
        law = ctx.law.charge(items[0].charge) if len(items) == 1 and not d.is_unit else None
        if law is None or law.quantity is None or d.offence_from not in (None, day) or any(
                tuple(span) != (day, day) for span in d.conduct_dates):
            return []
        out.append((i, d, items[0], law, _principal(items[0].principal)))
    return out if len({it.charge for _i, _d, it, _law, _p in out}) == 1 else []


def _drug_quantity_of(
    j: Judgment, ctx: Context, code: str, i: int, d: Defendant, it: _Item, law: ChargeLaw, p: str | None,
    lower: bool = True, higher: bool = True,
) -> Iterator[Finding]:
    """:func:`drug_quantity_findings` of defendant ``i``'s count ``it``; with ``lower`` False, no sentence
    below the bracket the quantity requires is reported (a 从犯's), with ``higher`` False, none that only a
    higher quantity allows (the quantity is the least the defendant answers for)."""
    several = len({m.drug for m in j.drugs if m.section == "facts"}) > 1
    if law.quantity is None or p not in ("管制", "拘役", "有期徒刑", "无期徒刑", "死刑"):
        return
    on = _on(j)
    certain = law.bracket_for_quantity(j.drug, j.drug_grams, on=on)
    imposed = law.bracket_for_term(p, it.months if p in _FIXED else None, on=on)
    given = f"{p}{fmt_term(it.months) if p in _FIXED else ''}"
    values = law.quantity.values(j.drug)
    no_floor = not any(b.quantity_level == ANY_LEVEL for b in law.brackets_on(on))
    ev = count_evidence(j, i, it.count) + drug_evidence(j)
    if several and values:
        # the drugs added up by 折算, each at the most the facts' weights of it come to, short of the level that
        # alone could give the sentence: below 数量较大 (no crime, 非法持有毒品罪) or the lowest bracket imposed, where
        # only quantity opens each
        need: tuple[str, str] | None = None
        if certain is None and no_floor:
            need = min(values, key=lambda level: values[level]), "定罪数量"
        elif imposed and all(b.only_by_quantity and b.quantity_level for b in imposed):
            b = min(imposed, key=lambda b: b.number)
            need = str(b.quantity_level), f"第{b.level}档（{b.condition}）"
        combined = combined_share(j, law, need[0]) if need else None
        if need and combined is not None and combined[0] < 1:
            said, data = combined_short(combined, need[0])
            yield finding(
                j, code, "warning", f"{said}，未达{need[1]}，被告人{d.name}却以{it.charge}被判处{given}。",
                ev, defendant=d, basis=DRUG_BASIS, data=data,
            )  # fmt: skip
            return
    if higher and not several and certain is None and values and no_floor:
        # 非法持有毒品罪: below 数量较大 there is no crime (its lowest bracket needs that quantity)
        level, least = min(values.items(), key=lambda kv: kv[1])
        yield finding(
            j, code, "warning",
            f"查明{j.drug}{fmt_number(j.drug_grams)}克，未达{it.charge}的定罪数量（数量{level}：{fmt_number(least)}克），"
            f"被告人{d.name}却以该罪被判处{given}。",
            count_evidence(j, i, it.count) + drug_evidence(j), defendant=d, basis=DRUG_BASIS,
            data={"drug": j.drug, "grams": j.drug_grams, "threshold": least},
        )  # fmt: skip
        return
    # of several drugs, one whose largest weight alone reaches a higher bracket than the main drug's quantity (9克 and
    # 30.04克 of 甲基苯丙胺 beside 77.4克 of 氯胺酮: 数量较大 of the one, not of the other)
    drug, grams = j.drug, j.drug_grams
    for m in j.drugs if several else ():
        b = law.bracket_for_quantity(m.drug, m.grams, on=on) if m.section == "facts" and m.grams else None
        if b is not None and (certain is None or b.number > certain.number):
            certain, drug, grams, ev = b, m.drug, m.grams, count_evidence(j, i, it.count) + [
                Evidence(m.start, m.end, m.text, "查明数量")]
    if certain is None or not imposed:
        return
    data = {"drug": drug, "grams": grams, "quantity_bracket": certain.number,
            "imposed_brackets": [b.number for b in imposed]}  # fmt: skip
    if lower and max(b.number for b in imposed) < certain.number and not below_allowed(j, d, said=False):
        yield finding(
            j, code, "warning",
            f"查明{drug}{fmt_number(grams)}克，已达第{certain.level}档（{certain.condition}），"
            f"被告人{d.name}却被判处{given}，属较低量刑幅度，且未见减轻处罚情节{lightly(j, d)}。",
            ev, defendant=d, basis=DRUG_BASIS, data=data,
        )  # fmt: skip
    elif not higher:
        return
    elif not several and all(b.only_by_quantity and b.number > certain.number for b in imposed):  # others may add
        b = min(imposed, key=lambda b: b.number)
        yield finding(
            j, code, "warning",
            f"查明{j.drug}{fmt_number(j.drug_grams)}克，属第{certain.level}档（{certain.condition}），"
            f"被告人{d.name}却被判处{given}，该刑罚仅第{b.level}档（{b.condition}）可判，而该档只因毒品数量适用。",
            ev, defendant=d, basis=DRUG_BASIS, data=data,
        )  # fmt: skip
    elif not several and (unfound := _severity_beside_quantity(j, law, imposed, certain, on, d, it)):
        b = min((x for x in imposed if x.only_by_quantity), key=lambda x: x.number)
        yield finding(
            j, code, "warning",
            f"查明{j.drug}{fmt_number(j.drug_grams)}克，属第{certain.level}档（{certain.condition}），"
            f"被告人{d.name}却被判处{given}，该刑罚仅第{b.level}档（{b.condition}）或第{unfound.level}档"
            f"（{_bare(unfound.condition)}）可判，前者只因毒品数量适用，后者须情节严重，而本院认为部分未认定情节严重。",
            ev, defendant=d, basis=DRUG_BASIS, data={**data, "unfound": unfound.number},
        )  # fmt: skip


def _severity_beside_quantity(
    j: Judgment, law: ChargeLaw, imposed: list[Bracket], certain: Bracket, on: date | None, d: Defendant,
    it: _Item,
) -> Bracket | None:
    """The bracket of 情节 the reasoning does not find (:func:`_not_found`) among the brackets of a term that
    only it and brackets above the quantity found, which the statute reaches by quantity alone, allow: 海洛因
    8.4克 and seven years, the top of 347④'s 少量毒品，情节严重 (三年以上七年以下) and the foot of 数量较大 (七年以上),
    with no 情节严重 found. None where the defendant's acts are told on three days or more, or a weight of several
    deals (先后三次…每次): 多次贩卖 is 情节严重 by the 2016 毒品解释 第四条 whether the reasoning says so or not.
    Of a count that names no sale (运输毒品罪), days that follow one another are one journey (hired on the 15th,
    the drugs taken on the 16th, seized off the coach on the 17th), not three acts: a sale a day is a deal
    each, a load carried over days is not."""
    above = [b for b in imposed if b.only_by_quantity and b.number > certain.number]
    rest = [b for b in imposed if b not in above]
    days = {tuple(span) for span in d.conduct_dates}
    acts = len(days) if "贩卖" in it.printed else len(_runs_of_days(days))
    if not above or len(rest) != 1 or not days or acts > 2 or any(
            m.times != 1 for m in j.drugs if m.section == "facts"):
        return None
    b = rest[0]
    return b if _by_severity_only(b) and _not_found(j, law, b, on, it, d) else None


def _runs_of_days(spans: Iterable[tuple[str, str]]) -> list[tuple[date, date]]:
    """Spans of ISO days (a day, or a month as its first and last day) joined where one starts by the day
    after the one before it ends: (5-15, 5-15), (5-16, 5-16), (5-20, 5-20) → (5-15, 5-16), (5-20, 5-20)."""
    out: list[tuple[date, date]] = []
    for lo, hi in sorted((a, b) for x, y in spans if (a := iso_date(x)) and (b := iso_date(y))):
        if out and lo <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _bare(condition: str) -> str:
    """A bracket's condition without its note in brackets (少量毒品，情节严重 (2016 解释 第四条: …): 少量毒品，情节严重)."""
    return re.split(r"\s*[(（]", condition)[0]


def combined_share(j: Judgment, law: ChargeLaw, level: str) -> tuple[float, list[tuple[str, float, float]]] | None:
    """The drugs the facts weigh, added up by 折算 against ``level`` of ``law``'s table: the sum over the drugs of
    the most each can come to (every weight the facts tell of it added up, so that a total and its items count
    twice) divided by its threshold for that level; with each drug's (name, most grams, threshold). None where a drug
    the facts name has no threshold or no weight: its share is unknown."""
    most: dict[str, float] = {}
    for m in j.drugs:
        if m.section == "facts":
            most[m.drug] = most.get(m.drug, 0.0) + float(m.grams or 0)
    parts = []
    for drug, grams in most.items():
        threshold = (law.quantity.values(drug) or {}).get(level) if law.quantity else None
        if threshold is None or grams <= 0:
            return None
        parts.append((drug, grams, float(threshold)))
    return sum(g / t for _d, g, t in parts), parts


def combined_short(
    combined: tuple[float, list[tuple[str, float, float]]], level: str
) -> tuple[str, dict[str, object]]:
    """A sum of :func:`combined_share` short of ``level`` as a message tells it (查明氯胺酮至多158.48克（标准500克）、…，
    按数量大的标准折算合计仅为其31.7%), and the finding's data."""
    share, parts = combined
    told = "、".join(f"{d}至多{fmt_number(round(g, 4))}克（标准{fmt_number(t)}克）" for d, g, t in parts)
    return (f"查明{told}，按数量{level}的标准折算合计仅为其{share:.1%}",
            {"drugs": [d for d, _g, _t in parts], "level": level, "share": round(share, 4)})


def floor_months(law: ChargeLaw, j: Judgment, d: Defendant | None = None) -> int | None:
    """The shortest term any bracket of ``law`` in force for ``j`` allows, where each starts at a stated 有期徒刑
    minimum (抢劫 3 years).

    ``None`` when one of them allows 管制 or 拘役 or sets no minimum: a 减轻处罚 there has no floor to compare with.
    Brackets of 无期徒刑/死刑 only have no fixed term and are left out. With ``d`` (a defendant convicted of
    the charge), a bracket only a condition the court must find opens (故意杀人's 情节较轻, an act of
    ``bracket_acts.tsv``) counts only where the reasoning finds it for ``d``'s count
    (:func:`_opened_by_unstated_acts`): 故意杀人 with no 情节较轻 found lies in 死刑、无期徒刑或者十年以上,
    whose floor is ten years, not three.
    """
    on = _on(j)
    own = next((it for it in _items(d) if it.charge == law.name), None) if d is not None else None
    lows = []
    for b in law.brackets_on(on) or law.brackets:
        if not b.fixed_types:
            continue
        if d is not None and own is not None and _opened_by_unstated_acts(j, d, own, law, b, on):
            continue
        if b.fixed_types[0] != "有期徒刑" or b.min_months is None:
            return None
        lows.append(b.min_months)
    return min(lows) if lows else None


def _counts_with(
    j: Judgment, ctx: Context, kinds: tuple[str, ...]
) -> Iterator[tuple[int, Defendant, list[Circumstance], _Item, ChargeLaw, str | None]]:
    """Each count of a charge in the law table with a circumstance of ``kinds`` (not negated) of its defendant: the one
    count of a defendant with one, each count a circumstance's sentence names (``Circumstance.charge``) of a defendant
    with several. (index, defendant, those circumstances, the count, its law, its principal)."""
    for i, d in enumerate(j.defendants):
        found = [c for c in j.circumstances
                 if c.kind in kinds and not c.negated and c.defendant in (d.name, *d.name_variants)]  # fmt: skip
        items = _items(d) if found else []
        for it in items:
            own = found if len(items) == 1 else [c for c in found if c.charge == it.printed]
            law = ctx.law.charge(it.charge) if own else None
            if law is not None:
                yield i, d, own, it, law, _principal(it.principal)


# statutory grounds to punish more lightly (刑法22-24, 27, 28, 67, 68); the age grounds are E8's and E9's
_LIGHTER = ("从犯", "胁从犯", "未遂", "中止", "预备", "自首", "立功", "重大立功")
# those that may take the punishment below the bracket (减轻) whatever else is found: 刑法22-24, 27, 28
_BELOW_BRACKET = ("从犯", "胁从犯", "未遂", "中止", "预备")


def _found_floor(j: Judgment, law: ChargeLaw, on: date | None, level: str | None, severity: bool) -> int | None:
    """The lowest bracket of ``law`` the reasoning's finding opens: the amount ``level`` found for the count, or
    (with ``severity``: every count of the judgment is of this charge) the 情节 level it finds (情节严重 of
    贩卖毒品's 三年以上七年以下); None where it finds neither."""
    current = law.brackets_on(on) or law.brackets
    own = [b.number for b in current if level is not None and b.amount_level == level]
    if not own and severity and j.severity_stated:
        own = [b.number for b in current
               if _OPENED_BY_SEVERITY.fullmatch(re.split(r"\s*[(（]", b.condition)[0])
               and ("特别严重" in b.condition) == (j.severity_stated == "特别严重")]
    return min(own) if own else None


def _quantity_floor(
    j: Judgment, law: ChargeLaw, on: date | None, d: Defendant, it: _Item, every: bool
) -> Bracket | None:
    """The lowest bracket of ``law`` the drug quantity puts ``d``'s count ``it`` in: the one of the quantity
    level the reasoning finds (:func:`_stated_quantity_bracket`: …其行为均已构成运输毒品罪，毒品数量较大: 347's
    七年以上), else the one the facts' quantity reaches alone: ``d``'s own (``Defendant.drug_grams``), or, of a
    judgment of one defendant, the document's (:func:`_quantity_reached`), of several, the highest one weight
    the facts tell with ``d`` named (``DrugMention.named``: 甲某雇请乙某驾车…查获…块状物净重18.6克, 海洛因: 乙某's
    too) reaches alone. None where neither tells one: the document's quantity may be more than one of several
    defendants answers for."""
    if law.quantity is None:
        return None
    if (b := _stated_quantity_bracket(j, law, on, d, it, every)) is not None:
        return b
    if d.drug is not None and d.drug_grams is not None:
        return law.bracket_for_quantity(d.drug, d.drug_grams, on=on)
    if len(j.defendants) == 1:
        return _quantity_reached(j, law, on)
    names = {d.name, *d.name_variants}
    mine = [m for m in j.drugs
            if m.section == "facts" and m.grams and not m.converted and names & set(m.named)]
    reached = [b for m in mine if (b := law.bracket_for_quantity(m.drug, m.grams, on=on)) is not None]
    return max(reached, key=lambda b: b.number, default=None)


def _stated_quantity_bracket(
    j: Judgment, law: ChargeLaw, on: date | None, d: Defendant | None, it: _Item | None, every: bool = True
) -> Bracket | None:
    """The lowest bracket of the drug quantity level the reasoning finds of defendant ``d`` alone or in the
    clause concluding count ``it``'s charge, else, with ``every`` (every count of the judgment is of ``law``'s
    charge), of the case (``quantity_level_stated``: …毒品数量较大); None where it finds none a bracket names."""
    own = None
    if it is not None:
        own = (_own_finding(j, d, it, "quantity_level") if d is not None else None) or _clause_finding(
            j, it, "quantity_level")
    level = own.value if own is not None else j.quantity_level_stated if every else None
    current = law.brackets_on(on) or law.brackets
    found = [b for b in current if level is not None and b.quantity_level == level]
    return min(found, key=lambda b: b.number) if found else None


def _quantity_reached(j: Judgment, law: ChargeLaw, on: date | None) -> Bracket | None:
    """The bracket the drug quantity the facts weigh reaches at least: the one drug's
    (:func:`_certain_bracket`), or, of several, the highest one weight of one drug reaches alone (海洛因18.6克
    beside 甲基苯丙胺片剂24.5克: 数量较大; added up by 折算 they may reach more)."""
    if law.quantity is None:
        return None
    reached = [b for m in j.drugs if m.section == "facts" and m.grams
               if (b := law.bracket_for_quantity(m.drug, m.grams, on=on)) is not None]
    if (b := _certain_bracket(j, law, on)) is not None:
        reached.append(b)
    return max(reached, key=lambda b: b.number, default=None)


def _at_the_top(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """A defendant with a statutory ground for a lighter punishment, sentenced for its count (of several, the one the
    ground's sentence names: 对其所犯盗窃罪具有自首情节) to the very top of the only bracket the term lies in (a bracket
    without 无期徒刑 or 死刑, whose top is no other bracket's bottom): the ground left no trace in the punishment. A
    term at the top of one bracket and the bottom of the next is left alone (the case may belong to the higher one),
    unless the higher one opens only on a 情节 level the reasoning does not find (:func:`_not_found`) or only on acts
    it does not state (:func:`_opened_by_unstated_acts`: 交通肇事 of seven years, 因逃逸致人死亡 untold) or a harm
    not found of the count (:func:`_count_harm`: 非法拘禁 of three years, no 重伤 told). A ground that
    allows going below the bracket (未遂, 从犯 …) left no trace either in a term of the bracket's top quarter, unless
    the defendant is also found 累犯, 毒品再犯 or a principal (主犯, 首要分子: 强奸未遂 of nine years in three to ten)."""
    on = _on(j)
    levels = {(i, it.count): level for i, _d, it, _law, level, _ev in _level_counts(j, ctx)}
    one_charge = {x.charge for e in j.defendants for x in _items(e)}
    for i, d, grounds, it, law, p in _counts_with(j, ctx, _LIGHTER):
        if p not in _FIXED or it.months is None:
            continue
        imposed = law.bracket_for_term(p, it.months, on=on)
        # (of those the 项 the 依照 clause cites allow: 第二百六十三条第（一）项 and ten years, the bottom of 十年以上)
        cited = _cited_items(j, law, law.brackets_on(on) or law.brackets)
        imposed = [b for b in imposed if cited is None or b in cited.brackets] or imposed
        # a term below the bracket of the amount level the reasoning finds for the count (数额巨大 of 三年以上, two
        # years and six months for a 从犯), or of the 情节 level it finds where every count is of this charge
        # (贩卖毒品…情节严重 of 三年以上七年以下), has been taken below it: the ground left its trace
        floor = _found_floor(j, law, on, levels.get((i, it.count)), severity=one_charge == {law.name})
        if floor is not None and all(b.number < floor for b in imposed):
            continue
        # or below the bracket of the harm the clause concluding its charge states (致一人重伤 of 三年以上十年以下, two
        # years and six months for a 从犯)
        harm = _clause_finding(j, it, "harm")
        hb = _harm_bracket(law, harm.value, on) if harm is not None else None
        if hb is not None and all(b.number < hb.number for b in imposed):
            continue
        # or below the bracket the drug quantity puts the case in (…运输毒品罪，毒品数量较大 of 七年以上, six years for a
        # 从犯), not the one the term itself lies in (347④'s 少量毒品，情节严重, whose top quarter six years is)
        qb = _quantity_floor(j, law, on, d, it, every=one_charge == {law.name})
        if qb is not None and all(b.number < qb.number for b in imposed):
            continue
        # a bracket the statute reaches by quantity alone is out of reach of a smaller quantity (the document's
        # whole quantity bounds each defendant's)
        quantity = _certain_bracket(j, law, on) if law.quantity is not None else None
        if quantity is not None:
            imposed = [b for b in imposed if not (b.only_by_quantity and b.number > quantity.number)]
        # a bracket of 情节严重 the reasoning does not find is not the case's (徇私枉法 of five years: the first's top)
        # (not one an act the reasoning states opens, whatever the amount: 入户抢劫 of 5,400元 lies in 263's 十年以上,
        # which 抢劫数额巨大 opens too, and ten years is its bottom)
        act = _stated_act(j, d, it, law, on, lenient=True)
        imposed = [b for b in imposed if (act is not None and act[0].number >= b.number)
                   or not _not_found(j, law, b, on, it, d)] or imposed
        # nor one that only acts open (交通肇事's 因逃逸致人死亡, 七年以上) where the reasoning states none of them, or
        # only a harm the count does not reach (非法拘禁's 致人重伤, 三年以上, where no 重伤 is found: :func:`_count_harm`)
        unreached = _unreached(_count_harm(j, d, it, law).harm)
        imposed = [b for b in imposed
                   if not _opened_by_unstated_acts(j, d, it, law, b, on, unreached)] or imposed
        if not imposed or any(b.allows_life or b.allows_death or b.fixed_types[-1] != p for b in imposed):
            continue  # 拘役六个月 in a bracket of 有期徒刑 is not its top
        ranges = [b.term_range(p) for b in imposed]
        below = any(c.kind in _BELOW_BRACKET for c in grounds) and not (
            any(circumstance_evidence(j, d, k) for k in ("累犯", "毒品再犯")) or _lead_evidence(j, d)
        )
        # the lowest term that leaves the ground no trace: the bracket's top, or its top quarter
        if any(it.months < (high - (high - low) / 4 if below else high) or low == it.months for low, high in ranges):
            continue
        b = imposed[0]
        low, high = ranges[0]
        kinds = "、".join(dict.fromkeys(c.kind for c in grounds))
        where = "的最高刑" if it.months == high else f"（{fmt_term(low)}至{fmt_term(high)}）的上四分之一"
        yield finding(
            j, "E11", "warning",
            f"本院认为部分认定被告人{d.name}有{kinds}情节，其犯{it.printed}却被判处{p}{fmt_term(it.months)}，"
            f"为第{b.level}档（{b.condition}）{where}，从宽情节未见体现。",
            [Evidence(grounds[0].start, grounds[0].end, grounds[0].text, "本院认为")] + count_evidence(j, i, it.count),
            defendant=d, data={"charge": it.charge, "principal": p, "months": it.months, "grounds": kinds},
        )  # fmt: skip


@rule("E11", "从宽处罚情节未在刑罚中体现", "刑法第二十二条至第二十四条、第二十七条、第二十八条、第六十三条、第六十七条、第六十八条",
      needs_law=True, affirmed=True)
def check_e11(j: Judgment, ctx: Context) -> Iterator[Finding]:
    yield from _at_the_top(j, ctx)
    yield from _reduced(j, ctx)
    yield from _accessory_above_principal(j)
    yield from _lighter_yet_death(j, ctx)


def _lighter_yet_death(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """A count given death to be executed at once, the heaviest punishment there is, whose defendant the reasoning
    finds 从犯 or 胁从犯, whom the law commands to punish more lightly, below the bracket or not at all (刑法27②, 28:
    应当), or says it may punish more lightly (依法可以从轻处罚), or finds 自首, 坦白 or 立功 (刑法67, 68: 可以), where it
    nowhere declines to (不足以从轻处罚: the 25 defendants of the dev and SPC documents given death on a count with a
    自首, 坦白 or 立功 of theirs all have it). Of a defendant with several counts, the count the sentence of the
    finding names (``Circumstance.charge``). One finding a count, the 从犯's where both are said. A 从犯 whose
    sentence names no charge, of a defendant given death on every count, is reported once: whichever count the role
    is of, it was given death."""
    yield from _accessory_given_death_on_every_count(j, ctx)
    for i, d, grounds, it, _law, _p in _counts_with(j, ctx, ("从犯", "胁从犯", "从轻处罚", "自首", "坦白", "立功", "重大立功")):
        accessory = [g for g in grounds if g.kind in ("从犯", "胁从犯")]
        if it.principal != "死刑" or not accessory and circumstance_evidence(j, d, "不予从轻"):
            continue
        said_lighter = [g for g in grounds if g.kind == "从轻处罚"]
        g = (accessory or said_lighter or grounds)[0]
        if accessory:
            said = f"认定被告人{d.name}系{g.kind}，依法应当从轻、减轻处罚或者免除处罚"
            basis, data = "刑法第二十七条第二款、第二十八条", {"charge": it.charge, "ground": g.kind}
        elif said_lighter:
            said = f"写明对被告人{d.name}{g.text}，未见不予从轻的理由"
            basis, data = "刑法第六十一条、第六十七条、第六十八条", {"charge": it.charge}
        else:
            said = f"认定被告人{d.name}有{g.kind}情节，未见不予从轻的理由"
            basis, data = "刑法第六十七条、第六十八条", {"charge": it.charge, "ground": g.kind}
        yield finding(
            j, "E11", "warning", f"本院认为部分{said}，其犯{it.printed}却被判处死刑立即执行。",
            [Evidence(g.start, g.end, g.text, "本院认为")] + count_evidence(j, i, it.count), defendant=d,
            basis=basis, data=data,
        )  # fmt: skip


def _accessory_given_death_on_every_count(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        items = _items(d)
        if len(items) < 2 or any(it.principal != "死刑" or ctx.law.charge(it.charge) is None for it in items):
            continue
        roles = [c for c in j.circumstances if c.kind in ("从犯", "胁从犯") and not c.negated and c.charge is None
                 and c.defendant in (d.name, *d.name_variants)]  # fmt: skip
        if not roles:
            continue
        g = roles[0]
        yield finding(
            j, "E11", "warning",
            f"本院认为部分认定被告人{d.name}系{g.kind}，依法应当从轻、减轻处罚或者免除处罚，其所犯"
            f"{'、'.join(it.printed for it in items)}却均被判处死刑立即执行。",
            [Evidence(g.start, g.end, g.text, "本院认为")] + [e for it in items for e in count_evidence(j, i, it.count)],
            defendant=d, basis="刑法第二十七条第二款、第二十八条", data={"charges": [it.charge for it in items], "ground": g.kind},
        )  # fmt: skip


# statutory grounds to punish more heavily (刑法65 累犯, 356 毒品再犯: 应当从重处罚)
_HEAVIER = ("累犯", "毒品再犯")


def _lead_evidence(j: Judgment, d: Defendant) -> list[Evidence]:
    """The reasoning's finding that ``d`` is a principal: 主犯, or the 首要分子 of a crime group or a 聚众 crime
    (刑法26: 组织、领导犯罪集团进行犯罪活动的…是主犯; 刑法97), which a court often writes without the word 主犯
    (甲某系该犯罪集团的首要分子，应当按照集团所犯的全部罪行处罚)."""
    return circumstance_evidence(j, d, "主犯") or circumstance_evidence(j, d, "首要分子")


def _accessory_above_principal(j: Judgment) -> Iterator[Finding]:
    """An accessory (从犯, 应当从轻、减轻或者免除) punished more heavily than a principal of the same single charge in
    the same judgment: a co-defendant found 主犯, or one the reasoning finds neither 从犯 nor 胁从犯 (a court that
    names one 从犯 among two does not always call the other 主犯). Only co-defendants of the same joint
    offence are comparable: where the reasoning finds some defendant 主犯, it has told the roles of that
    offence, and one it finds neither 主犯 nor 从犯 is taken to be outside it (a seller the principals
    supplied, tried with them: one of eight years beside a 从犯 of fifteen who carried their 12 kg); and the
    other's forms of a selective charge must name every act and object the accessory's do
    (:func:`charge_words`: a 运输毒品罪 accessory is compared with a principal of 贩卖、运输毒品罪, not with
    one of 贩卖毒品罪, whose conduct is another). Not where the accessory has a ground to punish more heavily
    that the other lacks (累犯, 毒品再犯: 刑法65, 356, 应当从重处罚): the law weighs it against the role, and
    the heavier term may be its due. A warning: other circumstances may explain part of it."""

    def shown(d: Defendant) -> str:
        return f"{d.verdict.principal}{fmt_term(d.verdict.term_months) if d.verdict.term_months else ''}"

    def weight(d: Defendant) -> tuple[int, int] | None:
        p = d.verdict.principal
        if p not in PRINCIPAL_RANK or (p in _FIXED and d.verdict.term_months is None):
            return None
        return PRINCIPAL_RANK[p], d.verdict.term_months or 0

    def words(d: Defendant, charge: str) -> frozenset[str]:
        """The acts and objects ``d``'s printed forms of the selective ``charge`` name (none if not one)."""
        return frozenset().union(*(charge_words(charge, p) for p in d.charges))

    roles_told = any(_lead_evidence(j, d) for d in j.defendants)
    for i, a in enumerate(j.defendants):
        acc = circumstance_evidence(j, a, "从犯")
        if not acc or _lead_evidence(j, a) or len(set(a.charges_standard)) != 1 or (wa := weight(a)) is None:
            continue
        charge = a.charges_standard[0]
        for k, b in enumerate(j.defendants):
            if k == i or b.is_unit or set(b.charges_standard) != set(a.charges_standard):
                continue
            if circumstance_evidence(j, b, "从犯") or circumstance_evidence(j, b, "胁从犯"):
                continue
            if roles_told and not _lead_evidence(j, b):
                continue  # the roles of the joint offence told, and b has none: b is outside it
            if not words(a, charge) <= words(b, charge):
                continue  # 运输毒品罪 against 贩卖毒品罪: other conduct under one selective charge
            if any(circumstance_evidence(j, a, k) and not circumstance_evidence(j, b, k) for k in _HEAVIER):
                continue  # 系从犯…系累犯，依法应当从重处罚: a heavier term than the principal's may be the law's
            wb = weight(b)
            if wb is None or wa <= wb:
                continue
            lead = _lead_evidence(j, b)
            role = ("同案主犯" if circumstance_evidence(j, b, "主犯") else "同案首要分子") if lead else (
                "未被认定为从犯的同案被告人")
            yield finding(
                j, "E11", "warning",
                f"被告人{a.name}系从犯，所判{shown(a)}重于{role}{b.name}的{shown(b)}，从犯应当从轻、减轻或者免除处罚。",
                acc + lead + evidence(j, f"defendants[{i}].verdict", "判决主文") + evidence(j, f"defendants[{k}].verdict", "判决主文"),
                defendant=a, basis="刑法第二十七条",
            )  # fmt: skip
            break


def _reduced(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """A defendant the reasoning says it punishes below the bracket (减轻处罚), sentenced at or above its minimum.

    The minimum is the lowest a bracket of the charge allows (when every bracket starts at a stated term of
    有期徒刑), of the brackets the case may be in: not one only a condition the reasoning does not find opens
    (故意杀人's 情节较轻: :func:`floor_months`), raised to the bracket the crime amount or drug quantity
    alone reaches in a one-defendant, one-count case, or the one the reasoning puts the count in: by the
    amount level it finds (抢劫数额巨大: :func:`_level_counts`), the 情节 level, an act it states (入户抢劫,
    持枪劫取财物: :func:`_stated_act`) or the 项 the 依照 clause cites (第二百六十三条第（一）项: :func:`_cited_items`),
    all of which put a robbery in 十年以上, where five years for a 从犯 is below it. A warning: the reasoning may
    mean another count, or an amount fayan misread. Of a defendant with several counts, only the one the
    reduction's sentence names is read (对其所犯盗窃罪减轻处罚).
    """
    on = _on(j)
    levels = {(i, it.count): level for i, _d, it, _law, level, _ev in _level_counts(j, ctx)}
    for i, d, cue, it, law, p in _counts_with(j, ctx, ("减轻处罚",)):
        if p not in ("有期徒刑", "无期徒刑", "死刑") or (p == "有期徒刑" and it.months is None):
            continue
        floor = floor_months(law, j, d)
        why = f"{it.charge}各量刑幅度的最低刑"
        current = law.brackets_on(on) or law.brackets
        # (a bracket only a condition the court does not find opens is not the case's: 故意杀人's 情节较轻)
        if floor != floor_months(law, j):
            unfound = "、".join(dict.fromkeys(
                b.condition for b in current
                if b.fixed_types and _opened_by_unstated_acts(j, d, it, law, b, on)))
            why = f"{it.charge}（本院认为未认定{unfound}）所在量刑幅度的最低刑"
        # a higher floor: the bracket the amount or quantity alone reaches (one defendant, one count), the one
        # of the amount or 情节 level the reasoning states, the one an act it states opens, the lightest the 项
        # cited allow; the highest of them
        raised = []
        if len(j.defendants) == 1 and len(d.counts) == 1 and (b := _certain_bracket(j, law, on)) is not None:
            raised.append((b, f"查明数额所在第{b.level}档（{b.condition}）的最低刑"))
        of_level = [x for x in current if x.amount_level == levels.get((i, it.count), "")]
        if of_level:
            b = min(of_level, key=lambda x: x.number)
            raised.append((b, f"本院认定数额{b.amount_level}所在第{b.level}档的最低刑"))
        if (b := _severity_bracket(j, law, on)) is not None:
            raised.append((b, f"本院认定情节{j.severity_stated}所在第{b.level}档的最低刑"))
        if (act := _stated_act(j, d, it, law, on)) is not None:
            raised.append((act[0], f"本院认定的{act[1].value}所在第{act[0].level}档的最低刑"))
        if (cited := _cited_items(j, law, current)) is not None:
            raised.append((cited.brackets[0], f"所引{cited.where}规定的最低刑"))
        for b, said in raised:
            if b.fixed_types[:1] == ("有期徒刑",) and b.min_months is not None and (floor is None or b.min_months > floor):
                floor, why = b.min_months, said
        if floor is None or (p == "有期徒刑" and (it.months or 0) < floor):
            continue
        shown = f"{p}{fmt_term(it.months)}" if p == "有期徒刑" else (it.principal or p)
        yield finding(
            j, "E11", "warning",
            f"本院认为部分写明对被告人{d.name}减轻处罚，但其犯{it.printed}被判处{shown}，未低于{why}{fmt_term(floor)}。",
            [Evidence(cue[0].start, cue[0].end, cue[0].text, "本院认为")] + count_evidence(j, i, it.count), defendant=d,
            basis="刑法第六十三条",
            data={"charge": it.charge, "principal": p, "months": it.months, "floor_months": floor},
        )  # fmt: skip


# a bracket's condition that names the 情节 level the reasoning states
_SEVERITY_NAMED = {"严重": re.compile(r"(?<!特别)(?:情节严重|严重情节)"), "特别严重": re.compile(r"情节特别严重|特别严重情节")}


def _severity_bracket(j: Judgment, law: ChargeLaw, on: date | None) -> Bracket | None:
    """The lowest bracket whose condition names the 情节 level the reasoning states (情节严重: 347's 少量毒品，情节严重,
    三年以上七年以下), where every defendant is tried for this one charge only (the finding may concern any count);
    None where it states none. Where 情节严重 makes the crime (非法经营), that is the first bracket."""
    if j.severity_stated is None or {it.charge for d in j.defendants for it in _items(d)} != {law.name}:
        return None
    named = _SEVERITY_NAMED[j.severity_stated]
    found = [b for b in (law.brackets_on(on) or law.brackets) if named.search(b.condition)]
    return min(found, key=lambda b: b.number) if found else None


def _certain_bracket(j: Judgment, law: ChargeLaw, on: date | None) -> Bracket | None:
    """The bracket the crime amount, or the single drug's quantity, alone puts the case in (at least)."""
    if j.total_crime_amount_yuan is not None and law.amount is not None:
        reached = _amount_brackets(j, law, j.total_crime_amount_yuan, _province(j), on)
        return None if reached is None else min(reached, key=lambda b: b.number)
    one_drug = len({m.drug for m in j.drugs if m.section == "facts"}) <= 1
    if j.drug is not None and j.drug_grams is not None and one_drug and law.quantity is not None:
        return law.bracket_for_quantity(j.drug, j.drug_grams, on=on)
    return None


def unit_crime_person(j: Judgment, d: Defendant, charge: str) -> bool:
    """Whether ``d`` (a person) is tried for ``charge`` as a unit's 直接负责的主管人员 or 其他直接责任人员.

    Either the reasoning calls them so (circumstance 单位犯罪), or a unit co-defendant is convicted of the same charge.
    """
    if d.is_unit:
        return False
    if any(c.kind == "单位犯罪" and not c.negated and c.defendant in (d.name, *d.name_variants) for c in j.circumstances):
        return True
    return any(u.is_unit and charge in u.charges_standard for u in j.defendants)


@rule("E5", "罚金适用不当", "刑法分则相应条文；《最高人民法院关于适用财产刑若干问题的规定》第二条",
      needs_law=True, affirmed=True)
def check_e5(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """罚金 missing where every matching bracket makes it mandatory, below the minimum, or above a formula's cap.

    The unit's responsible persons in a unit crime are fined as the unit clause says: where it gives them a term
    only (``unit_persons_fine: none``, 刑法205②), a missing 罚金 is what the law asks.
    """
    on = _on(j)
    # the total is one charge's (Judgment.total_crime_amount_yuan): no other count's amount
    main = amount_charge([c for x in j.defendants for c in x.charges_standard])
    for i, d in enumerate(j.defendants):
        for it in _items(d):
            law = ctx.law.charge(it.charge)
            ev = count_evidence(j, i, it.count)
            if law is not None and law.unit_persons_fine == "none" and unit_crime_person(j, d, it.charge):
                continue
            missing = _e5_fine_missing(j, d, it, law, on, ev) if law is not None else None
            if missing is not None:
                yield missing
                continue
            if it.fine is None:
                continue
            outside = _e5_outside_rule(j, d, it, law, on, ev) if law is not None else None
            if outside is not None:
                yield outside
                continue
            minimum = _fine_minimum(d)
            if it.fine < minimum and d.verdict.principal != "单处罚金":
                yield finding(
                    j, "E5", "warning",
                    f"被告人{d.name}犯{it.printed}被判处罚金{fmt_number(it.fine)}元，低于{minimum}元的最低数额。",
                    ev, defendant=d, data={"fine": it.fine, "minimum": minimum},
                )  # fmt: skip
            if law is not None and len(j.defendants) == 1 and len(_items(d)) == 1:
                below = _below_the_gains_floor(j, d, it, law, on, ev)
                if below is not None:
                    yield below
                    continue
            total = j.total_crime_amount_yuan
            if law is not None and total and total >= 1000 and it.charge == main:
                # of several defendants, the document's amount bounds each one's share: its cap holds, not its floor
                times = _e5_times_amount(j, d, it, law, on, ev, float(it.fine), float(total), len(j.defendants) > 1)
                if times is not None:
                    yield times
            elif law is not None and (bound := _amount_bound(j, ctx, it.charge)) is not None:
                # another count's: the amounts the facts tell of it bound it from above, so its cap holds
                times = _e5_times_amount(j, d, it, law, on, ev, float(it.fine), bound[0], True)
                if times is not None:
                    yield times
    yield from _e5_history(j, ctx, on)
    fined = any(d.verdict.fine_yuan or any(c.fine_yuan for c in d.counts) for d in j.defendants)
    if j.fine_note and j.defendants and not fined:
        # a note left from a template or a fine struck out: on the dev judgments, SPC rulings and examples one of the
        # 115 results with such a note fines nobody (罚金限判决生效后十日内缴纳 after 有期徒刑八个月，缓刑一年)
        yield finding(
            j, "E5", "warning", f"判决主文未对被告人判处罚金，却写明“{j.fine_note}”，请核对是否遗漏罚金。",
            evidence(j, "fine_note", "判决主文"), data={"note": j.fine_note},
        )  # fmt: skip


def _e5_history(j: Judgment, ctx: Context, on: date | None) -> Iterator[Finding]:
    """A count of an earlier decision's sentence, as retold (:func:`_retold_counts`), with neither 罚金 nor 没收财产
    where every bracket of its charge that allows its punishment makes one mandatory (抢劫 to 死刑 without 并处没收个人
    全部财产; of several counts, 数罪并罚 fixes each one's property penalty before joining them); a warning, a slip in
    the retelling or the earlier decision's error. Not where this document's own count of the charge is the same
    punishment without one: its E5 is the lead. And such a count with a 罚金 below the least the 2000 财产刑规定
    allows (一千元; 五百元 for a minor), decided after it took effect: of the 106 fines the dev judgments, SPC rulings
    and examples retell, none."""
    for field, which, label, d, told in _retold_counts(j):
        own = [(it.charge, _principal(it.principal), it.months) for it in _items(d)
               if it.fine is None and not it.confiscation]
        fined = {(it.charge, it.fine) for it in _items(d)}
        decided, least = _decided_on(j, field), _fine_minimum(d)
        for c in told:
            n = normalize_charge(c.charge)
            if (c.fine_yuan is not None and c.fine_yuan < least and _principal(c.principal) != "单处罚金"
                    and decided is not None and decided >= _FINE_RULES_FROM
                    and ((n.standard if n else c.charge), c.fine_yuan) not in fined):
                yield finding(
                    j, "E5", "warning",
                    f"{which}对{d.name}以{c.charge}判处罚金{fmt_number(c.fine_yuan)}元，低于{least}元的最低数额，"
                    "复述有误或原判不当，请核对。",
                    evidence(j, field, label), defendant=d, basis="《最高人民法院关于适用财产刑若干问题的规定》第二条",
                    data={"charge": c.charge, "fine": c.fine_yuan, "minimum": least},
                )  # fmt: skip
                continue
            law = ctx.law.charge(n.standard if n else c.charge)
            p = _principal(c.principal)
            if law is None or p not in PRINCIPAL_TYPES or c.fine_yuan is not None or c.confiscation:
                continue
            if (law.name, p, c.term_months) in own or (p in _FIXED and c.term_months is None):
                continue
            if _property_penalty_due(law, p, _Item(law.name, c.charge, p, c.term_months, None, False, -1), on):
                yield finding(
                    j, "E5", "warning",
                    f"{which}对{d.name}以{c.charge}判处{p}{fmt_term(c.term_months) if p in _FIXED else ''}，复述中该罪未见"
                    f"罚金或没收财产；{law.name}的相应量刑幅度应当并处财产刑，请核对。",
                    evidence(j, field, label), defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
                    data={"charge": law.name, "principal": p},
                )  # fmt: skip


def _retold_counts(j: Judgment) -> Iterator[tuple[str, str, str, Defendant, list[Count]]]:
    """Each sentence of an earlier decision the document retells (:func:`retold_sentences`), of a defendant of this
    document, as counts: its counts where it retells them (several, or the one joined to an earlier judgment's term);
    else, for a defendant of one charge and a sentence not joined to an earlier judgment's, the sentence itself as the
    charge's count (a 罚金 or 没收 anywhere in its words counts as one). (field, the decision as named, the evidence
    label, the defendant, the counts.)"""
    for field, which, label, s in retold_sentences(j):
        d = next((d for d in j.defendants if s.defendant in (d.name, *d.name_variants)), None)
        if d is None:
            continue
        if s.counts:
            yield field, which, label, d, list(s.counts)
        elif len(set(d.charges_standard)) == 1 and not s.with_earlier_judgment:
            told = Count(d.charges[0] if d.charges else d.charges_standard[0], s.principal, s.term_months, s.term_days,
                         s.fine_yuan, confiscation=bool(re.search(r"罚金|没收", s.text)))
            yield field, which, label, d, [told]


def _property_penalty_due(law: ChargeLaw, p: str, it: _Item, on: date | None) -> list[Bracket]:
    """The brackets the count's punishment ``p`` lies in, where every one makes a 罚金 or 没收财产 mandatory; empty
    where one does not. A term below every bracket (减轻处罚) lowers the principal punishment only: 并处罚金 still
    holds when every bracket in force requires it."""
    matching = _brackets_of_term(law, p, it, on) or law.brackets_on(on) or law.brackets
    return list(matching) if all(b.property_penalty_mandatory for b in matching) else []


def _e5_fine_missing(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, on: date | None, ev: list[Evidence]
) -> Finding | None:
    """No 罚金 (nor 没收) for a count whose every matching bracket makes it mandatory."""
    p = _principal(it.principal)
    if p not in PRINCIPAL_TYPES or it.fine is not None or it.confiscation:
        return None
    matching = _property_penalty_due(law, p, it, on)
    if not matching:
        return None
    return finding(
        j, "E5", _severity(law, "error"),
        f"被告人{d.name}犯{it.printed}，该罪依法应当并处罚金，判决未判处罚金。",
        ev, defendant=d, basis=f"刑法{fmt_articles(law.articles)}",
        data={"charge": it.charge, "brackets": [b.number for b in matching]},
    )  # fmt: skip


_FINE_FLOOR = 1000  # 罚金 at least 一千元 (最高人民法院关于适用财产刑若干问题的规定 第二条; 五百元 for a minor)
_FINE_RULES_FROM = date(2000, 12, 19)  # the day that 规定 took effect


def _fine_minimum(d: Defendant) -> int:
    """The least 罚金 for ``d``: 五百元 for one under 18 at the offence, else 一千元 (财产刑规定 第二条)."""
    return 500 if (d.age_at_offence is not None and d.age_at_offence < 18) else _FINE_FLOOR


def _decided_on(j: Judgment, field: str) -> date | None:
    """The day of the earlier decision a retold sentence's ``field`` (:func:`retold_sentences`) belongs to, where the
    procedure history dates it; None for 二审's account of the first instance, which gives no day."""
    m = re.match(r"earlier_decisions\[(\d+)\]", field)
    if m:
        return iso_date(j.earlier_decisions[int(m.group(1))].date)
    return None


def _e5_outside_rule(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, on: date | None, ev: list[Evidence]
) -> Finding | None:
    """A 罚金 below the least or above the most that the fine rules of the brackets the term falls in allow (贪污、
    受贿 with three years or less: 十万元以上, 2016 贪污贿赂解释 第十九条; 信用卡诈骗罪 in its first bracket: 二万元以上
    二十万元以下, 刑法196; 旧176's 五万元以上五十万元以下 for conduct before 2021-03-01). Where an earlier
    interpretation ruled the conduct before a new one's first day, that one applies unless the new one is lighter
    (最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定 第三条), and a floor is not lighter (an SPC
    ruling of 2014 approves a 敲诈勒索 fine of 1000 yuan for 2011); where none did, the new one holds for all conduct
    under the statute it reads (第二条: 受贿 of 2016年至2019年 under 修九's 383 is fined by the 2016 贪污贿赂解释
    第十九条). The rule's ``effective_from`` says which day (charges.yaml)."""
    p = _principal(it.principal)
    if p not in _FIXED or it.months is None or it.fine is None:
        return None
    rules = [law.fine_rule_for(b) for b in law.bracket_for_term(p, it.months, on=on)]
    held = [fr for fr in rules if fr is not None and fr.in_force(on)]
    if not held or len(held) != len(rules):
        return None  # a bracket the term falls in has no rule for this conduct: nothing certain
    shown = f"被告人{d.name}犯{it.printed}被判处{p}{fmt_term(it.months)}，并处罚金{fmt_number(it.fine)}元，"
    if all(fr.min_yuan is not None for fr in held):
        fr = min(held, key=lambda r: r.min_yuan)  # type: ignore[arg-type, return-value]
        least = fr.min_yuan
        # a floor no higher than the general one (盗窃's 一千元) is the general check's
        if least is not None and it.fine < least and least > _FINE_FLOOR:
            return finding(
                j, "E5", "warning", f"{shown}低于该量刑幅度罚金的最低数额{fmt_number(least)}元。",
                ev, defendant=d, basis=fr.source or "罚金数额规则", data={"fine": it.fine, "minimum": least},
            )  # fmt: skip
    if all(fr.max_yuan is not None for fr in held):
        fr = max(held, key=lambda r: r.max_yuan)  # type: ignore[arg-type, return-value]
        most = fr.max_yuan
        if most is not None and it.fine > most:
            return finding(
                j, "E5", "warning", f"{shown}高于该量刑幅度罚金的最高数额{fmt_number(most)}元。",
                ev, defendant=d, basis=fr.source or "罚金数额规则", data={"fine": it.fine, "maximum": most},
            )  # fmt: skip
    return None


def _fine_rule_of(law: ChargeLaw, it: _Item, on: date | None) -> FineRule | None:
    """The fine rule of the first bracket whose term the count's falls in, if it has one."""
    p = _principal(it.principal)
    brackets = law.bracket_for_term(p, it.months, on=on) if p in _FIXED and it.months is not None else []
    return law.fine_rule_for(brackets[0]) if brackets else None


def _e5_times_amount(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, on: date | None, ev: list[Evidence], fine: float,
    total: float, cap_only: bool = False,
) -> Finding | None:
    """A 罚金 (``fine``) above the cap that the fine rule of the first bracket matching the term sets in times the
    crime amount ``total``, or, unless ``cap_only`` (``total`` a bound of the defendant's amount), below its floor
    where the rule's times are of the crime amount itself (140's 销售金额百分之五十以上二倍以下; not 225's 违法所得一倍
    以上五倍以下, whose gains are less than the amount: its cap is read against the amount, a bound, and its floor
    against the gains where they are known, :func:`_below_the_gains_floor`)."""
    fr = _fine_rule_of(law, it, on)
    if fr is None:
        return None
    shown = f"被告人{d.name}被判处罚金{fmt_number(it.fine)}元，"
    if fr.max_times_amount is not None:
        cap = max(float(fr.max_times_amount) * total, float(fr.min_yuan or 0))
        if fine > cap + 0.5:
            return finding(
                j, "E5", "warning", f"{shown}超过犯罪数额{fmt_number(total)}元的{fmt_number(fr.max_times_amount)}倍。",
                ev, defendant=d, basis=fr.source or "罚金数额规则", data={"fine": it.fine, "cap": cap},
            )  # fmt: skip
    if fr.min_times_amount is not None and fr.base == "amount" and not cap_only:
        floor = float(fr.min_times_amount) * total
        if fine < floor - 0.5:
            return finding(
                j, "E5", "warning",
                f"{shown}低于犯罪数额{fmt_number(total)}元的{fmt_number(fr.min_times_amount)}倍（{fmt_number(floor)}元）。",
                ev + evidence(j, "total_crime_amount_yuan", "查明数额"), defendant=d,
                basis=fr.source or "罚金数额规则", data={"fine": it.fine, "floor": floor},
            )  # fmt: skip
    return None


def _below_the_gains_floor(
    j: Judgment, d: Defendant, it: _Item, law: ChargeLaw, on: date | None, ev: list[Evidence]
) -> Finding | None:
    """A 罚金 below the floor the statute sets in times the gains (180's 违法所得一倍以上五倍以下), of the one count of
    the one defendant, where the gains are known: the one figure of the facts' gains that the gains the reasoning
    restates allows (违法所得1912万余元 for 19120246.98元)."""
    fr = _fine_rule_of(law, it, on)
    # (the statute's floor; an interpretation's may be a rule of thumb: 个人信息解释's 一般在违法所得的一倍以上)
    if fr is None or fr.base != "gains" or fr.min_times_amount is None or it.fine is None or fr.source[:2] != "刑法":
        return None
    said = [(a, b) for a in j.amounts if a.section == "reasoning" and a.role == "gains" and a.currency == "CNY"
            and (b := amount_bounds(a))]
    found = {float(f.amount_yuan): f for a, b in said for f in j.amounts
             if f.section == "facts" and f.role == "gains" and f.qualifier == "exact" and f.currency == "CNY"
             and bounds_meet(b, (float(f.amount_yuan),) * 2)}
    if len(found) != 1:
        return None
    (gains, told), = found.items()
    floor = float(fr.min_times_amount) * gains
    if float(it.fine) >= floor - 0.5:
        return None
    return finding(
        j, "E5", "warning",
        f"被告人{d.name}被判处罚金{fmt_number(it.fine)}元，低于查明的违法所得{fmt_number(gains)}元的"
        f"{fmt_number(fr.min_times_amount)}倍（{fmt_number(floor)}元）。",
        ev + [Evidence(told.start, told.end, told.text, "违法所得")], defendant=d, basis=fr.source or "罚金数额规则",
        data={"fine": it.fine, "floor": floor, "gains": gains},
    )  # fmt: skip


def _heavier_than_all(law: ChargeLaw, p: str, months: int | None, on: date) -> bool:
    """Whether a sentence is heavier than every bracket in force on ``on`` allows."""
    brackets = law.brackets_on(on)
    top = max(PRINCIPAL_TYPES.index(t) for b in brackets for t in b.types)
    if PRINCIPAL_TYPES.index(p) != top:
        return PRINCIPAL_TYPES.index(p) > top
    if p not in _FIXED or months is None:
        return False
    return months > max(r[1] for b in brackets if (r := b.term_range(p)))


def _fine_added(law: ChargeLaw, last: date, judged: date) -> bool:
    """Whether an amendment in force on ``judged`` but not on ``last`` added 罚金 and made nothing lighter.

    No bracket in force on ``last`` has a fine, one in force on ``judged`` has, and every old bracket has a new one of
    the same level and threshold whose term range is no lower at either end (敲诈勒索 by 修正案（八）). Where the new law
    is lighter somewhere (职务侵占's first bracket, three years instead of five, in 2021) it may apply as a whole, fine
    and all, so nothing is said.
    """
    old, new = law.brackets_on(last), law.brackets_on(judged)
    if old == new or any(b.fine != "none" for b in old) or all(b.fine == "none" for b in new):
        return False
    for b in old:
        same = [n for n in new if n.level == b.level and n.amount_level == b.amount_level]
        if not any((n.statutory_min_months or 0) >= (b.statutory_min_months or 0)
                   and (n.statutory_max_months or 0) >= (b.statutory_max_months or 0)
                   and n.allows_life >= b.allows_life and n.allows_death >= b.allows_death for n in same):
            return False
    return True


@lexicon_cached("law/charge_dates.tsv")
def charge_dates(directory: str) -> dict[str, date]:
    """Standard charge name -> the day conduct became punishable under it, for charges created after 1997."""
    out = {}
    for line, (name, _article, day, _source) in load_table("law/charge_dates.tsv", 4, directory, min_columns=3):
        try:
            out[name] = date.fromisoformat(day)
        except ValueError as exc:
            path = str(lexicon_path("law/charge_dates.tsv", directory))
            raise LexiconError(f"not a date (YYYY-MM-DD): {day!r}", path, line) from exc
    return out


def own_conduct_ends(d: Defendant, base: str = "defendant") -> list[tuple[date, str]]:
    """The days the facts date the end of defendant ``d``'s own conduct by, each with its field under ``base``
    (``defendants[i]``): their last whole day of the act (``last_act_day``) and the last day each date of their
    conduct allows, a month or a year as its end (2014年11月: 2014-11-30)."""
    told = [(iso_date(d.last_act_day), f"{base}.last_act_day")]
    told += [(iso_date(b), f"{base}.conduct_dates[{k}]") for k, (_a, b) in enumerate(d.conduct_dates)]
    return [(x, f) for x, f in told if x is not None]


def conduct_end(j: Judgment, i: int) -> tuple[date | None, str]:
    """The last day the conduct of defendant ``i`` can have ended on, and the field that tells it: the latest of
    the case's last full day of the act (``offence_end``) and the person's own (:func:`own_conduct_ends`: a
    month's end where the facts give no whole day of the act, only the capture's). The latest, so that conduct
    told by month that went on after a whole day (2015年10月3日…；同年12月间…) is not taken to have ended on that day."""
    told = [(x, "offence_end") for x in [iso_date(j.offence_end)] if x is not None]
    told += own_conduct_ends(j.defendants[i], f"defendants[{i}]")
    return max(told, key=lambda t: t[0], default=(None, "offence_end"))


@rule("E18", "行为时法律与裁判时法律（从旧兼从轻）", "刑法第十二条", needs_law=True)
def check_e18(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """Conduct that ended before an amendment, judged under it to the defendant's harm.

    The conduct date is the last day the defendant's conduct can have ended on (:func:`conduct_end`), so every fact
    predates the amendment. Three leads: a charge that did not exist yet when the conduct ended (袭警罪 before 2021-03-01: the dates of
    ``charges.yaml``'s brackets, else ``law/charge_dates.tsv``), a 罚金 that only the later law has where it is
    lighter nowhere, and a sentence heavier than any bracket then in force that only the later law allows. A later
    law that is lighter may apply (从轻): a sentence below the old range is not a lead.
    """
    judged = iso_date(j.judgment_date)
    if judged is None:
        return
    for i, d in enumerate(j.defendants):
        last, field = conduct_end(j, i)
        if last is None or last >= judged:
            continue
        for it in _items(d):
            law = ctx.law.charge(it.charge)
            ev = count_evidence(j, i, it.count) + evidence(j, field, "查明事实日期")
            # when the charge came in: its first bracket's day where charges.yaml has none in force at the conduct,
            # else law/charge_dates.tsv's (charges.yaml carries dates for only some)
            starts = [b.effective_from for b in law.brackets if b.effective_from is not None] if law else []
            created = min(starts) if law and starts and not law.brackets_on(last) else charge_dates().get(it.charge)
            if created is not None and last < created:
                yield finding(
                    j, "E18", "warning",
                    f"查明的事实均发生在{last.isoformat()}或之前，{it.charge}自{created.isoformat()}起施行，"
                    f"被告人{d.name}却以该罪定罪。",
                    ev, defendant=d, data={"charge": it.charge, "offence_end": last.isoformat(),
                                           "in_force_from": created.isoformat()},
                )  # fmt: skip
                continue
            if law is None or not law.brackets_on(judged) or not law.brackets_on(last):
                continue
            if it.fine and _fine_added(law, last, judged):
                yield finding(
                    j, "E18", "warning",
                    f"查明的事实均发生在{last.isoformat()}或之前，行为时{it.charge}没有罚金刑，修正后的规定才增设罚金，"
                    f"且修正后的规定并不更轻，被告人{d.name}却被判处罚金。",
                    ev, defendant=d, data={"charge": it.charge, "offence_end": last.isoformat(), "fine_yuan": it.fine},
                )  # fmt: skip
            p = _principal(it.principal)
            if p not in PRINCIPAL_TYPES or law.brackets_on(last) == law.brackets_on(judged) or (p in _FIXED and it.months is None):
                continue
            if law.bracket_for_term(p, it.months, on=judged) and _heavier_than_all(law, p, it.months, last):
                shown = f"{p}{fmt_term(it.months)}" if p in _FIXED else p
                yield finding(
                    j, "E18", "warning",
                    f"查明的事实均发生在{last.isoformat()}或之前，被告人{d.name}犯{it.printed}被判处{shown}，"
                    f"重于行为时{it.charge}任何量刑幅度所允许的刑罚，只有修正后的规定才允许。",
                    ev, defendant=d, data={"charge": it.charge, "offence_end": last.isoformat(), "principal": p,
                                           "months": it.months},
                )  # fmt: skip


def _article_order(article: str) -> tuple[int, ...]:
    """An article's place in the Criminal Law: 133 < 133-1 < 134."""
    return tuple(int(x) for x in article.split("-"))


@rule("E17", "罪名不规范或引用法条与罪名不符", "最高人民法院、最高人民检察院关于执行刑法确定罪名的规定")
def check_e17(j: Judgment, ctx: Context) -> Iterator[Finding]:
    cited = {r.article for r in j.article_refs if is_criminal_law(r.law)}
    specific = {a for a in cited if int(a.split("-")[0]) > 101}
    # A review that approves part of an earlier judgment and re-sentences the rest often restates counts kept
    # from it without citing their articles again: there a missing article is a warning, not an error.
    review = any(q.field.startswith("result_quotes[") for q in j.spans)
    for i, d in enumerate(j.defendants):
        for k, printed in enumerate(d.charges):
            n = normalize_charge(printed)
            ev = evidence(j, f"defendants[{i}].charges[{k}]", "判决主文")
            if n is None:
                yield finding(
                    j, "E17", "warning", f"判决主文认定的罪名“{printed}”不是现行规定的罪名，也不是已知的旧罪名。",
                    ev, defendant=d, data={"charge": printed},
                )  # fmt: skip
                continue
            yield from _cancelled_name(j, i, d, printed, n, ev, f"判决认定被告人{d.name}", "或其选择性罪名", d)
            if not cited or quoted(j, f"defendants[{i}].charges[{k}]"):
                continue  # no 依照 clause citing the Criminal Law; or a 核准/维持 item quoting an earlier judgment
            arts = set(articles_for_charge(n.standard))
            if arts and not (arts & cited):
                if not specific and arts:
                    msg = f"判决认定被告人{d.name}犯{printed}，但所引用的刑法条文中没有规定该罪的{fmt_articles(sorted(arts))}。"
                else:
                    # (the articles cited may be other counts' own: 第263条 for his 抢劫罪 beside a 盗窃罪)
                    msg = (f"判决认定被告人{d.name}犯{printed}（刑法{fmt_articles(sorted(arts))}），"
                           f"所引用的刑法分则条文（{fmt_articles(sorted(specific, key=_article_order))}）"
                           "中没有该条。")
                if review:
                    msg += "本文书核准或维持原判决的部分内容，该罪名可能沿用原判决引用的条文。"
                yield finding(
                    j, "E17", "warning" if review else "error", msg,
                    ev + [e for k2, r in enumerate(j.article_refs) for e in evidence(j, f"article_refs[{k2}]", "依照条款") if is_criminal_law(r.law)][:3],
                    defendant=d, data={"charge": n.standard, "articles": sorted(arts), "cited": sorted(cited)},
                )  # fmt: skip
            elif arts and not review:
                yield from _other_paragraph(j, i, d, printed, n.standard, ev)
    yield from _review_citing_other_articles(j, specific)
    yield from _approval_citing_a_refusal(j)
    yield from _retold_nonstandard(j)
    yield from _refused_nonstandard(j)
    yield from _prior_nonstandard(j)
    for k, printed in enumerate(j.charges_reasoning_unknown):
        yield finding(
            j, "E17", "warning", f"本院认为部分认定的罪名“{printed}”不是现行规定的罪名，也不是已知的旧罪名。",
            evidence(j, f"charges_reasoning_unknown[{k}]", "本院认为"), data={"charge": printed},
        )  # fmt: skip
    yield from _cancelled_in_the_reasoning(j)
    for k, printed in enumerate(j.charges_prosecution_unknown):
        yield finding(
            j, "E17", "warning", f"所述指控的罪名“{printed}”不是现行规定的罪名，也不是已知的旧罪名，请核对。",
            evidence(j, f"charges_prosecution_unknown[{k}]", "指控罪名"), data={"charge": printed},
        )  # fmt: skip


def _cancelled_in_the_reasoning(j: Judgment) -> Iterator[Finding]:
    """A charge the reasoning concludes under a name cancelled before the conduct (奸淫幼女罪, 取消 in 2002, for a rape
    of 2012; :func:`_cancelled_name`), of the first defendant convicted of the name's standard charge, where the
    reasoning's first mention of that charge is the cancelled name (its evidence) and the outcome names it otherwise
    (the outcome's own cancelled name is reported of the outcome)."""
    for printed in j.charges_reasoning_forms:
        n = normalize_charge(printed)
        if n is None or n.standard not in j.charges_reasoning:
            continue
        k = j.charges_reasoning.index(n.standard)
        ev = [e for e in evidence(j, f"charges_reasoning[{k}]", "本院认为") if printed in e.text]
        who = next(((i, d) for i, d in enumerate(j.defendants) if n.standard in d.charges_standard), None)
        if ev and who is not None and printed not in who[1].charges:
            yield from _cancelled_name(j, who[0], who[1], printed, n, ev, "本院认为部分认定被告人" + who[1].name, "", who[1])


def _retold_nonstandard(j: Judgment) -> Iterator[Finding]:
    """A charge an earlier decision of the case convicted of, as the document retells it (认定被告人X犯谋杀罪), that is
    no standard 罪名 nor a known old one, or, of a defendant of this document, a name cancelled before the offence
    (奸淫幼女罪, 取消 in 2002, for an offence of 2012); a warning, a slip in the retelling or
    the earlier decision's (all 793 charges retold on the dev judgments and SPC rulings are standard)."""
    for field, which, label, s in retold_sentences(j):
        for c, printed in enumerate(s.charges):
            n = normalize_charge(printed)
            ev = evidence(j, f"{field}.charges[{c}]", label)
            if n is None:
                yield finding(
                    j, "E17", "warning",
                    f"{which}认定{s.defendant}所犯罪名“{printed}”不是现行规定的罪名，也不是已知的旧罪名，请核对。",
                    ev, data={"charge": printed},
                )  # fmt: skip
                continue
            i = next((i for i, d in enumerate(j.defendants) if d.name == s.defendant), None)
            if i is not None:  # (a name cancelled before the offence: :func:`_cancelled_name`)
                yield from _cancelled_name(j, i, j.defendants[i], printed, n, ev, f"{which}认定{s.defendant}", "，请核对",
                                           None)


# 不核准…以故意杀人罪判处…: the charge a refused decision convicted of
_REFUSED_CHARGE_RE = re.compile(r"以([\u4e00-\u9fff、]{2,40}?罪)(?=判处|对|，)")


def _refused_nonstandard(j: Judgment) -> Iterator[Finding]:
    """A charge a 不核准 item quotes (不核准…以非法拘留罪判处…) that is no standard 罪名 nor a known old one, nor a list
    of them (以故意杀人罪、抢劫罪判处). The 8 such items of the SPC rulings quote standard names only."""
    for q in refusals(j):
        for m in _REFUSED_CHARGE_RE.finditer(q.text):
            name = m.group(1)
            if not unknown_charge_names(name):
                continue
            yield finding(
                j, "E17", "warning", f"不核准的裁判所述罪名“{name}”不是现行规定的罪名，也不是已知的旧罪名，请核对。",
                [Evidence(q.start + m.start(1), q.start + m.end(1), name, "裁定主文")], data={"charge": name},
            )  # fmt: skip


# the 1997 Criminal Law's first day: a conviction before it may bear a name of the 1979 law (流氓罪, 投机倒把罪)
_CRIMINAL_LAW_1997 = date(1997, 10, 1)


def _prior_nonstandard(j: Judgment) -> Iterator[Finding]:
    """A prior conviction's charge, as the header tells it (2006年6月23日因犯故意伤人罪被判处…), of a judgment given under
    the 1997 Criminal Law, that is no standard 罪名 nor a known old one; each name of a list (抢劫罪、盗窃罪) is read,
    where no charge mention covers it (非法持有枪支、弹药罪 is one name).
    The unknown prior charges of the 154 dev judgments and 500 SPC rulings are all of convictions before 1997-10-01
    (惯窃罪, 投机倒把罪)."""
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            day = iso_date(p.date)
            if p.kind != "criminal" or not p.charge or day is None or day < _CRIMINAL_LAW_1997:
                continue
            for printed in unknown_charge_names(p.charge):
                yield finding(
                    j, "E17", "warning",
                    f"被告人{d.name}前科所载罪名“{printed}”不是现行规定的罪名，也不是已知的旧罪名（前罪判决于{p.date}），"
                    "请核对。",
                    evidence(j, f"defendants[{i}].priors[{k}]", "前科"), defendant=d, data={"charge": printed},
                )  # fmt: skip


# The day each 补充规定 took effect (its 施行 line in shared/data/refs/law/司法解释): a name it 取消'd (charge_aliases.tsv's
# notes say which) is no name for conduct from that day on
_IN_FORCE_FROM = {
    "补充规定": date(2002, 3, 26), "补充规定（二）": date(2003, 8, 21), "补充规定（三）": date(2007, 11, 6),
    "补充规定（四）": date(2009, 10, 16), "补充规定（五）": date(2011, 5, 1), "补充规定（六）": date(2015, 11, 1),
    "补充规定（七）": date(2021, 3, 1), "补充规定（八）": date(2024, 3, 1),
}
_CANCELLED_BY_RE = re.compile(r"取消 by (补充规定(?:（[二三四五六七八]）)?)")


def _cancelled_name(
    j: Judgment, i: int, d: Defendant, printed: str, n: ChargeName, ev: list[Evidence], said: str, tail: str,
    defendant: Defendant | None,
) -> Iterator[Finding]:
    """A charge name a 补充规定 取消'd (强制猥亵妇女罪, 2015) for ``d``'s conduct from the day it took effect on: the
    earliest day the facts allow for the person's offence. Not a name that is also a part of the standard one (侮辱尸体罪
    of 盗窃、侮辱、故意毁坏尸体、尸骨、骨灰罪). ``said`` tells who names it (判决认定被告人X, or a retold decision's
    …判决认定X), ``tail`` what the message ends with."""
    by = _CANCELLED_BY_RE.search(n.note or "") if n.how == "alias" else None
    conduct, ev_conduct = offence_from_of(j, i, d)
    if by is None or conduct is None:
        return
    if printed.replace("、", "") in {p.replace("、", "") for p in decompose_charge(n.standard)}:
        return
    since = _IN_FORCE_FROM[by.group(1)]
    if conduct >= since:
        yield finding(
            j, "E17", "warning",
            f"{said}犯{printed}，该罪名已由两高{by.group(1)}取消（{since}起施行），行为发生于其后（{conduct}），"
            f"应为“{n.standard}”{tail}。",
            ev + ev_conduct, defendant=defendant, basis=f"两高关于执行刑法确定罪名的{by.group(1)}",
            data={"charge": printed, "standard": n.standard, "since": str(since)},
        )  # fmt: skip


def _review_citing_other_articles(j: Judgment, specific: set[str]) -> Iterator[Finding]:
    """A review whose every charge quotes the judgment it approves (核准…以故意杀人罪判处…) and whose clause cites
    articles of the Criminal Law's specific part that fit none of them: 刑法第二百三十五条、第二百三十九条 for
    刑事诉讼法's, the law's name miswritten. (Its own clause usually cites procedure law alone.)"""
    printed = [(i, k, c) for i, d in enumerate(j.defendants) for k, c in enumerate(d.charges)]
    charges = {n.standard for _i, _k, c in printed if (n := normalize_charge(c))}
    if not specific or not charges or not all(quoted(j, f"defendants[{i}].charges[{k}]") for i, k, _c in printed):
        return
    fitting = {a for c in charges for a in articles_for_charge(c)}
    if specific & fitting:
        return
    shown = fmt_articles(sorted(specific, key=_article_order))
    yield finding(
        j, "E17", "warning",
        f"本文书核准或维持的罪名（{'、'.join(sorted(charges))}）与所引用的刑法{shown}均不相符，"
        "请核对所引法律的名称与条文（是否应为刑事诉讼法）。",
        [e for k, r in enumerate(j.article_refs) for e in evidence(j, f"article_refs[{k}]", "依照条款")
         if is_criminal_law(r.law)][:3],
        data={"charges": sorted(charges), "cited": sorted(specific)},
    )  # fmt: skip


# 刑事诉讼法解释 (2012) 第三百五十条, (2021) 第四百二十九条: how the Supreme Court decides a death review; items (一)
# and (二) approve (核准), items (三) to (六) refuse and send back (不予核准，发回重新审判 or 改判)
_REVIEW_ARTICLES = {"350": "三百五十", "429": "四百二十九"}
_REFUSING_ITEMS = (3, 4, 5, 6)


def _approval_citing_a_refusal(j: Judgment) -> Iterator[Finding]:
    """A review whose result approves (核准…) and whose clause cites only refusing items of the article on death
    reviews (第三百五十条第（三）项: 原判事实不清、证据不足的，应当裁定不予核准): the item miswritten, or the decision."""
    approved = approvals(j)
    refs = [(k, r) for k, r in enumerate(j.article_refs)
            if r.article in _REVIEW_ARTICLES and "刑事诉讼法" in r.law and "解释" in r.law and r.item is not None]
    if not approved or not refs or not all(r.item in _REFUSING_ITEMS for _, r in refs):
        return
    k, r = refs[0]
    yield finding(
        j, "E17", "warning",
        f"主文核准原判（{approved[0].text.strip()[:20]}…），所引用的刑事诉讼法解释{r.text}却是不予核准的情形"
        "（核准应依第（一）项或第（二）项）。",
        evidence(j, approved[0].field, "判决主文") + evidence(j, f"article_refs[{k}]", "依照条款"),
        basis=f"最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第{_REVIEW_ARTICLES[r.article]}条",
        data={"article": r.article, "item": r.item},
    )  # fmt: skip


def _other_paragraph(
    j: Judgment, i: int, d: Defendant, printed: str, standard: str, ev: list[Evidence]
) -> Iterator[Finding]:
    """The charge's article cited, but only by 款 that do not define it (开设赌场罪 is 第三百零三条第二款; the clause
    cites 第三百零三条第一款, 赌博罪's), where charge_articles.tsv gives the charge's 款 (a charge defined by a whole
    article, or an article cited whole, says nothing). A warning: the file lists the 款 of every version it knows
    (协助组织卖淫罪: 第三款 until 修正案（九）, 第四款 since), and an amendment it does not know may have renumbered
    them (on the 154 dev judgments and 500 SPC rulings the one judgment it flagged cited 第四款 for 协助组织卖淫罪, which
    the file listed only as 第三款). Where the file dates a 款 (协助组织卖淫罪's 第三款 until 2015-10-31), one in force
    neither on the last day of the conduct nor on the judgment's is none of the charge's: conduct that went on past
    an amendment is judged under it (最高人民检察院 1998 批复 on 跨越修订刑法施行日期的继续犯罪、连续犯罪), and conduct
    ended before it and judged after may be cited by either numbering."""
    rows = article_rows_for_charge(standard)
    days = [x for x in (conduct_end(j, i)[0] or _on(j), iso_date(j.judgment_date)) if x is not None]
    for article in dict.fromkeys(a for a, _ in rows):
        own = {int(p) for a, p in rows
               if a == article and p and (not days or any(paragraph_in_force(standard, a, p, x) for x in days))}
        refs = [(k, r) for k, r in enumerate(j.article_refs) if is_criminal_law(r.law) and r.article == article]
        whole = any(a == article and not p for a, p in rows) or any(r.paragraph is None for _, r in refs)
        if not refs or not own or whole:
            continue
        if {r.paragraph for _, r in refs} & own:
            continue
        shown = "、".join(f"第{p}款" for p in sorted({r.paragraph for _, r in refs if r.paragraph is not None}))
        yield finding(
            j, "E17", "warning",
            f"判决认定被告人{d.name}犯{printed}（刑法{fmt_articles([article])}第{'、'.join(map(str, sorted(own)))}款），"
            f"所引用的却是该条{shown}。",
            ev + [e for k, _r in refs for e in evidence(j, f"article_refs[{k}]", "依照条款")][:3], defendant=d,
            data={"charge": standard, "article": article, "paragraphs": sorted(own),
                  "cited": sorted({r.paragraph for _, r in refs if r.paragraph is not None})},
        )  # fmt: skip
