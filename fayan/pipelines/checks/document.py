"""Document-consistency checks that need no statute (X1, X2, X3, X4, X5, X6)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from itertools import combinations, takewhile
from typing import TypeVar

from fayan.findings import Evidence, Finding
from fayan.judgment import (
    Accomplice, AmountMention, CustodyEvent, Defendant, DrugMention, EarlierDecision, Judgment, Number,
    OriginalSentence, Provenance, Sentence,
)
from fayan.nlp.amounts import amount_charge
from fayan.nlp.charges import charge_words, find_charge_mentions, normalize_charge
from fayan.nlp.facts import HARMS, adds_up
from fayan.nlp.numbers import find_dates
from fayan.nlp.parties import SERVED_WORDS
from fayan.nlp.text import MASK_CHARS, alike
from fayan.pipelines.fields import parse_case_number
from fayan.pipelines.sections import CASE_NUMBER_RE
from fayan.pipelines.checks.base import (
    Context,
    appellate_header,
    approvals,
    case_stage,
    case_type_code,
    refusals,
    evidence,
    finding,
    fmt_number,
    fmt_sentence,
    fmt_term,
    iso_date,
    iso_first,
    offence_from_of,
    offence_of,
    quoted,
    rule,
    within_header,
)
from fayan.pipelines.checks.dates import add_months
from fayan.pipelines.checks.sentence import _RELEASE_KINDS, _segments


@rule("X1", "判决主文罪名与本院认为或标题不一致", "《刑事诉讼法》第二百条")
def check_x1(j: Judgment, ctx: Context) -> Iterator[Finding]:
    """The result's charges against the reasoning's (both ways, and the acts of a selective charge) and the
    title's: each defendant's against those the reasoning concludes of them where it tells whose
    (:attr:`~fayan.judgment.Defendant.charges_concluded`), else against all it concludes."""
    yield from _x1_title(j)
    yield from _x1_upheld_otherwise(j)
    reasoning = set(j.charges_reasoning)
    if not reasoning:
        return
    yield from _x1_refused(j)
    found = "、".join(j.charges_reasoning)
    yield from _x1_selective(j)
    # (a charge convicted of the wrong defendant leaves the reasoning's unsentenced: one finding)
    gapped = False
    for i, d in enumerate(j.defendants):
        # each against the charges the reasoning concludes of them, where it tells whose (本院认为，被告人甲…构成窝藏罪；
        # 被告人乙…其行为已构成妨害作证罪: 乙's is 妨害作证罪, not 甲's 窝藏罪), with its clause for evidence
        own = d.charges_concluded
        compared = set(own) if own else reasoning
        said_of = f"认定被告人{d.name}构成{'、'.join(own)}" if own else f"认定的罪名为{found}"
        told = list({(e.start, e.end): e for k in range(len(own))
                     for e in evidence(j, f"defendants[{i}].charges_concluded[{k}]", "本院认为")}.values())
        told = told or evidence(j, "charges_reasoning[0]", "本院认为")
        # (the result's words, its span's field, the charge compared) for each count the reasoning does not name
        gaps = [
            (f"认定被告人{d.name}犯{d.charges[k] if k < len(d.charges) else charge}，本院认为部分{said_of}，二者不一致",
             f"defendants[{i}].charges[{k}]", charge)
            for k, charge in enumerate(d.charges_standard)
            if charge not in compared and normalize_charge(charge) is not None  # an unknown name is E17's
        ]
        if not d.charges and d.verdict.principal not in (None, "无罪"):
            # 维持第一审以判处被告人X死刑 (an SPC ruling): a sentence whose charge the result leaves out
            gaps.append((f"对被告人{d.name}判处{d.verdict.principal}，未写明罪名；本院认为部分{said_of}",
                         f"defendants[{i}].verdict", None))
        for said, path, charge in gaps:
            gapped = True
            # A 核准/维持 item quotes the earlier judgment, which the reasoning may not restate in full: a warning.
            kept = quoted(j, path)
            yield finding(
                j, "X1", "warning" if kept else "error", f"判决主文{'核准或维持的原判' if kept else ''}{said}。",
                evidence(j, path, "判决主文") + told,
                defendant=d,
                data={"result": charge, "reasoning": list(own or j.charges_reasoning), "quoted": kept},
            )  # fmt: skip
    if not gapped:
        yield from _x1_unsentenced(j)


def _x1_upheld_otherwise(j: Judgment) -> Iterator[Finding]:
    """The charges the history retells of the first decision for a defendant, where every later decision upheld it
    (驳回上诉，维持原判; 同意原判), against those this document convicts them of: the same judgment told two ways; a
    warning (the 386 such pairs on the dev judgments and SPC rulings all agree). A selective charge counts by the
    acts its forms name (贩卖毒品罪 told, 运输毒品罪 approved: :func:`charge_words`)."""
    if len(j.earlier_decisions) < 2 or not all(e.upheld or e.agreed for e in j.earlier_decisions[1:]):
        return
    first = j.earlier_decisions[0]
    for n, s in enumerate(first.sentences):
        k, d = next(((k, d) for k, d in enumerate(j.defendants) if s.defendant == d.name), (None, None))
        told = {c.standard for x in s.charges if (c := normalize_charge(x))}
        if d is None or not told or not d.charges_standard:
            continue
        if told == set(d.charges_standard) and _acts_of(s.charges) == _acts_of(d.charges):
            continue
        yield finding(
            j, "X1", "warning",
            f"审理经过记载{first.case_number}{first.form}认定{d.name}犯{'、'.join(s.charges)}，其后各次裁判均予维持，"
            f"本文书认定的罪名却为{'、'.join(d.charges)}，二者不一致。",
            evidence(j, f"earlier_decisions[0].sentences[{n}].charges[0]", "审理经过")
            + evidence(j, f"defendants[{k}].charges[0]", "判决主文"),
            defendant=d, data={"told": s.charges, "result": list(d.charges_standard)},
        )  # fmt: skip


def _acts_of(printed: Sequence[str]) -> dict[str, frozenset[str]]:
    """The words each selective charge's printed forms name, by standard name (走私、贩卖、运输、制造毒品罪: 贩卖 毒品)."""
    out: dict[str, frozenset[str]] = {}
    for x in printed:
        if (c := normalize_charge(x)) is not None and (words := charge_words(c.standard, x)):
            out[c.standard] = out.get(c.standard, frozenset()) | words
    return out


def _x1_refused(j: Judgment) -> Iterator[Finding]:
    """A 不核准 item whose charges (不核准…对被告人X以故意伤害罪判处死刑的裁定) are none of those the reasoning
    concludes: the item's charge or the reasoning's miswritten, or a reasoning that finds another charge than the
    one refused (原判定罪不当), which it then says; a warning."""
    for q in refusals(j):
        named = {c.standard for _, c in find_charge_mentions(q.text)}
        if named and not named & set(j.charges_reasoning):
            yield finding(
                j, "X1", "warning",
                f"判决主文不核准的原判罪名为{'、'.join(sorted(named))}，本院认为部分认定的罪名为"
                f"{'、'.join(j.charges_reasoning)}，二者不一致。",
                evidence(j, q.field, "判决主文") + evidence(j, "charges_reasoning[0]", "本院认为"),
                data={"refused": sorted(named), "reasoning": list(j.charges_reasoning)},
            )  # fmt: skip


def _x1_selective(j: Judgment) -> Iterator[Finding]:
    """A selective charge the result names for other acts than the reasoning (运输毒品罪 against 贩卖毒品罪).

    The reasoning's words are those of every form it concludes the charge in, so a form that names some acts in one
    sentence and others in the next is read whole. The one defendant of the charge convicted of fewer of its acts
    than the reasoning finds, in a form the reasoning never writes (本院认为…构成贩卖、运输毒品罪; 核准…以贩卖毒品罪
    判处), is a warning, since the reasoning's words may be read loosely; so is each of several defendants of the charge
    where none is convicted of all the acts the reasoning finds (本院认为…其行为均已构成贩卖、运输毒品罪, and each
    贩卖毒品罪): the reasoning's acts are then nobody's. On the dev judgments, SPC rulings and examples either flags none.
    """
    for i, d in enumerate(j.defendants):
        for k, (printed, charge) in enumerate(zip(d.charges, d.charges_standard)):
            if charge not in j.charges_reasoning:
                continue
            forms = [f for f in j.charges_reasoning_forms if _standard_of(f) in (None, charge)]
            said = set().union(*(charge_words(charge, f) for f in forms)) if forms else set()
            words = charge_words(charge, printed)
            alone = sum(charge in x.charges_standard for x in j.defendants) == 1
            nobodys = not any(charge_words(charge, p) >= said for x in j.defendants for p in x.charges)
            fewer = words < said and printed not in forms and (alone or nobodys)
            if not said or not words or (words <= said and not fewer):
                continue
            named = "、".join(f for f in forms if charge_words(charge, f))
            kept = quoted(j, f"defendants[{i}].charges[{k}]")
            if fewer:
                severity = "warning"
                said_how = (f"本院认为部分认定被告人{d.name}构成{named}，判决主文{'核准或维持的原判' if kept else ''}"
                            f"却认定其犯{printed}，少列了{'、'.join(sorted(said - words))}行为。")
            else:
                severity = "warning" if kept else "error"
                said_how = (f"判决主文{'核准或维持的原判' if kept else ''}认定被告人{d.name}犯{printed}，本院认为部分认定的是"
                            f"{named}，所列行为不一致（{'、'.join(sorted(words - said))}）。")
            yield finding(
                j, "X1", severity, said_how,
                evidence(j, f"defendants[{i}].charges[{k}]", "判决主文")
                + evidence(j, f"charges_reasoning[{j.charges_reasoning.index(charge)}]", "本院认为"),
                defendant=d, data={"result": printed, "reasoning": named, "quoted": kept},
            )  # fmt: skip


def _standard_of(printed: str) -> str | None:
    c = normalize_charge(printed)
    return c.standard if c else None


def _x1_unsentenced(j: Judgment) -> Iterator[Finding]:
    """A charge the reasoning concludes that the result gives nobody (本院认为…构成诈骗罪; 判决: 犯盗窃罪)."""
    given = {c for d in j.defendants for c in d.charges_standard}
    if not given or not given <= set(j.charges_reasoning) or any(
        not d.charges and d.verdict.principal not in (None, "无罪") for d in j.defendants
    ):
        return  # a result charge the reasoning lacks, or a sentence without one, is the other finding's: one per gap
    for k, charge in enumerate(j.charges_reasoning):
        if charge not in given:
            yield finding(
                j, "X1", "warning",
                f"本院认为部分认定{charge}，判决主文未以该罪判处任何被告人（判决主文的罪名为{'、'.join(sorted(given))}）。",
                evidence(j, f"charges_reasoning[{k}]", "本院认为"), data={"reasoning": charge, "result": sorted(given)},
            )  # fmt: skip


# the title's case cause: 张三、李四盗窃一审刑事判决书, 被告人王某甲犯强制猥亵罪一案的刑事判决书
_TITLE_CAUSE_RE = re.compile(r"^(?P<cause>[^\s]+?)(?:罪)?(?:一案的?|一审|二审|再审|死刑复核|刑罚变更|减刑|假释|刑事)")


def _x1_title(j: Judgment) -> Iterator[Finding]:
    """A charge the title names that neither the result, the reasoning nor the prosecution names."""
    m = _TITLE_CAUSE_RE.match(j.title or "")
    if not m or not j.defendants:
        return
    named = {c.standard for _, c in find_charge_mentions(m["cause"] + "罪")}
    given = {c for d in j.defendants for c in d.charges_standard}
    if not named or not given:
        return
    known = given | set(j.charges_reasoning) | set(j.charges_prosecution)
    for charge in sorted(named - known):
        yield finding(
            j, "X1", "warning",
            f"标题所列罪名{charge}与判决主文、本院认为及指控的罪名（{'、'.join(sorted(known))}）均不一致。",
            evidence(j, "title", "标题"), data={"title": charge, "known": sorted(known)},
        )  # fmt: skip
    # a selective charge the title names for an act neither the result nor the reasoning names (标题 钱远山运输毒品罪,
    # 本院认为 and 主文 贩卖毒品罪); not by its whole name (走私、贩卖、运输、制造毒品一审刑事判决书: the case's cause)
    for charge in sorted(named & given):
        titled = charge_words(charge, m["cause"] + "罪")
        if titled == charge_words(charge, charge):
            continue
        forms = [p for d in j.defendants for p, c in zip(d.charges, d.charges_standard) if c == charge]
        forms += [f for f in j.charges_reasoning_forms if _standard_of(f) == charge]
        told = set().union(*(charge_words(charge, f) for f in forms))
        if titled and told and not titled <= told:
            yield finding(
                j, "X1", "warning",
                f"标题所列罪名与判决主文、本院认为认定的{'、'.join(dict.fromkeys(forms))}所列行为不一致"
                f"（{'、'.join(sorted(titled - told))}）。",
                evidence(j, "title", "标题"), data={"title": m["cause"], "forms": list(dict.fromkeys(forms))},
            )  # fmt: skip


@rule("X2", "首部被告人与判决主文不对应", "《刑事诉讼法》第二百条")
def check_x2(j: Judgment, ctx: Context) -> Iterator[Finding]:
    items = refusals(j) + approvals(j)
    if not j.defendants and not items:
        return  # e.g. 驳回上诉，维持原判: the outcome names nobody
    for q in items:  # (不)核准…对被告人李建国以…判处死刑: a co-defendant tried elsewhere, not of this review
        for n, a in enumerate(j.accomplices):
            if a.role == "同案被告人" and re.search(rf"(?:被告人|对)[^，。；以]{{0,12}}?{re.escape(a.name)}", q.text):
                yield finding(
                    j, "X2", "error", f"判决主文对{a.name}作出处理，但首部未列明该被告人。",
                    evidence(j, q.field, "判决主文") + evidence(j, f"accomplices[{n}]", "同案被告人"),
                    data={"name": a.name},
                )  # fmt: skip
    slip = _misspelt_in_the_result(j)  # X4's
    approved = _misspelt_in_an_approval(j)
    if approved is not None:  # (as below: one person, one finding)
        k, spelt = approved
        yield finding(
            j, "X2", "error",
            f"判决主文对{spelt.text}作出处理，但首部未列明该被告人，首部列明的被告人{j.header_defendants[k]}在判决主文中也没有"
            "处理结果（疑为同一人姓名误写）。",
            [spelt, *evidence(j, f"header_defendants[{k}]", "首部")], data={"name": spelt.text,
                                                                         "header_name": j.header_defendants[k]},
        )  # fmt: skip
    for k in _without_outcome(j):
        if (slip is None or k != slip[0]) and approved is None:
            h = j.header_defendants[k]
            yield finding(
                j, "X2", "error", f"首部列明的被告人{h}在判决主文中没有处理结果。",
                evidence(j, f"header_defendants[{k}]", "首部"), data={"name": h},
            )  # fmt: skip
    for i, d in enumerate(j.defendants):
        if not d.in_header and j.header_defendants and (slip is None or i != slip[1]):
            yield finding(
                j, "X2", "error",
                f"判决主文对{d.name}作出处理，但首部未列明该被告人。",
                evidence(j, f"defendants[{i}].name", "判决主文"), defendant=d,
            )  # fmt: skip
    # one person whose name the result writes otherwise, by a character (X4 reports the spelling), and all the same a
    # result that deals with someone the header does not list and leaves a header defendant without one: one finding
    # each, not two. Where fayan kept them apart (the slip), and where it read the result's name as the header
    # defendant's other spelling (柯小萍 in the result for 柯小平: a name that sounds or looks alike)
    printed = {i: sp.text for i in range(len(j.defendants)) if (sp := j.span(f"defendants[{i}].name")) is not None}
    otherwise = [slip] if slip else []
    otherwise += [(j.header_defendants.index(d.name), i) for i, d in enumerate(j.defendants)
                  if d.name in j.header_defendants and printed.get(i, d.name) in d.name_variants]
    for k, i in otherwise:
        d, h = j.defendants[i], j.header_defendants[k]
        said = printed.get(i, d.name)
        yield finding(
            j, "X2", "error",
            f"判决主文对{said}作出处理，但首部未列明该被告人，首部列明的被告人{h}在判决主文中也没有处理结果（疑为同一人姓名误写）。",
            evidence(j, f"defendants[{i}].name", "判决主文") + evidence(j, f"header_defendants[{k}]", "首部"),
            defendant=d, data={"name": said, "header_name": h},
        )  # fmt: skip


def _without_outcome(j: Judgment) -> list[int]:
    """The header defendants (by index) the result deals with nowhere: not named, not by an alias or another spelling,
    not in an item that upholds the earlier decision (维持原判决中对原审被告人X的定罪量刑部分) or refuses to approve it,
    nor one whose first-instance item it upholds by number (``upheld_by_item``: 维持…刑事判决第一项, the retold
    result's 一、被告人X犯…), and not one whose charge the document says was withdrawn (``withdrawn``: 准许…撤回对
    被告人X的起诉), whom the judgment has no more to decide."""
    named = {d.name for d in j.defendants} | {v for d in j.defendants for v in d.name_variants}
    upheld = " ".join(q.text for q in j.spans if q.field.startswith(("result_quotes[", "result_refusals[")))
    return [k for k, h in enumerate(j.header_defendants)
            if h not in named and not any(h in d.aliases for d in j.defendants) and h not in upheld
            and h not in j.withdrawn and h not in j.upheld_by_item]  # fmt: skip


def _misspelt_in_the_result(j: Judgment) -> tuple[int, int] | None:
    """(header index, defendant index) where the only header defendant the result deals with nowhere and the only
    person the result deals with who is absent from the header have unmasked names of one length that differ in one
    character (闫志远 in the header, 阎志远 in the 核准 line): one person, misspelt in one of the two places (X4, and one
    X2 rather than two)."""
    missing = _without_outcome(j)
    extra = [i for i, d in enumerate(j.defendants) if not d.in_header]
    if len(missing) != 1 or len(extra) != 1 or not j.header_defendants:
        return None
    h, name = j.header_defendants[missing[0]], j.defendants[extra[0]].name
    one_off = len(h) == len(name) >= 2 and sum(a != b for a, b in zip(h, name)) == 1
    masked = bool(set(MASK_CHARS + "某") & set(h + name))  # 张某 and 李某: two people whose names were masked
    return (missing[0], extra[0]) if one_off and not masked else None


# 核准…维持第一审对孙涛以抢劫罪判处…, 被告人孙涛犯…: where an approving item names the person it deals with
_APPROVED_PERSON_RE = r"(?:对|被告人|罪犯)({})(?=以|犯(?!罪))"


def _misspelt_in_an_approval(j: Judgment) -> tuple[int, Evidence] | None:
    """(header index, the name as the item writes it) where the result reads no sentence of anybody the header does
    not list, one header defendant has no outcome, and an item that approves an earlier decision names, where it
    names the person dealt with (对孙滔以抢劫罪判处死刑), a name of that defendant's length one character apart from
    it that sounds or looks alike (孙涛 in the header): the person, misspelt in the 核准 line, which the result could
    therefore not read. Unmasked names only; one such name only."""
    missing = _without_outcome(j)
    if len(missing) != 1 or any(not d.in_header for d in j.defendants):
        return None  # (a person read outside the header: :func:`_misspelt_in_the_result`)
    h = j.header_defendants[missing[0]]
    if set(MASK_CHARS + "某") & set(h):
        return None
    found = []
    for q in approvals(j):
        for m in re.finditer(_APPROVED_PERSON_RE.format(rf"[\u4e00-\u9fff]{{{len(h)}}}"), q.text):
            diff = [(a, b) for a, b in zip(m.group(1), h) if a != b]
            if len(diff) == 1 and alike(*diff[0]):
                found.append(Evidence(q.start + m.start(1), q.start + m.end(1), m.group(1), "判决主文"))
    return (missing[0], found[0]) if len({e.text for e in found}) == 1 else None


@rule("X4", "同一人姓名前后不一致", "《人民法院刑事诉讼文书样式》")
def check_x4(j: Judgment, ctx: Context) -> Iterator[Finding]:
    approved = _misspelt_in_an_approval(j)
    if approved is not None and not any(a.name == j.header_defendants[approved[0]]
                                        and approved[1].text in a.name_variants for a in j.accomplices):
        k, spelt = approved  # (not where he is read as a co-defendant of another's result, his variant with him)
        yield finding(
            j, "X4", "warning", f"被告人姓名前后写法不一致：首部{j.header_defendants[k]}／判决主文{spelt.text}。",
            [*evidence(j, f"header_defendants[{k}]", "首部"), spelt],
            data={"variants": [j.header_defendants[k], spelt.text]},
        )  # fmt: skip
    slip = _misspelt_in_the_result(j)
    if slip is not None:
        k, i = slip
        d = j.defendants[i]
        yield finding(
            j, "X4", "warning", f"被告人姓名前后写法不一致：首部{j.header_defendants[k]}／判决主文{d.name}。",
            evidence(j, f"header_defendants[{k}]", "首部") + evidence(j, f"defendants[{i}].name", "判决主文"),
            defendant=d, data={"variants": [j.header_defendants[k], d.name]},
        )  # fmt: skip
    for i, d in enumerate(j.defendants):
        if d.name_variants:
            ev = within_header(j, i, d.name)
            yield _spelt_otherwise(j, "被告人", d.name, d.name_variants, f"defendants[{i}]", ev, d)
    told = set()  # a defender of two defendants: one finding
    for i, d in enumerate(j.defendants):
        for k, x in enumerate(d.defenders):
            if x.name_variants and (x.name, x.name_variants) not in told:
                told.add((x.name, x.name_variants))
                base = f"defendants[{i}].defenders[{k}]"
                yield _spelt_otherwise(j, "辩护人", x.name, x.name_variants, base, evidence(j, base, "首部"))
    spelt: dict[str, list[int]] = {}
    for k, v in enumerate(j.victim_name_variants):
        spelt.setdefault(v.name, []).append(k)
    for name, ks in spelt.items():
        ev = [e for k in ks for e in evidence(j, f"victim_name_variants[{k}]", "他处写法")]
        variants = [j.victim_name_variants[k].spelling for k in ks]
        yield finding(
            j, "X4", "warning", f"被害人姓名前后写法不一致：{name}／{'／'.join(variants)}。", ev, data={"variants": variants},
        )  # fmt: skip
    for k, a in enumerate(j.accomplices):
        if a.name_variants:
            who = "同案人" if a.role == "另案处理" else a.role
            ev = evidence(j, f"accomplices[{k}]", "首部" if a.role == "被告人" else who)
            yield _spelt_otherwise(j, who, a.name, a.name_variants, f"accomplices[{k}]", ev)


def _spelt_otherwise(
    j: Judgment, who: str, name: str, variants: tuple[str, ...], base: str, ev: list[Evidence],
    d: Defendant | None = None,
) -> Finding:
    """X4's finding for a person (``who``: 被告人, 辩护人, 同案被告人) whose ``name`` is written otherwise elsewhere
    (``variants``, their spans at ``base``.name_variants[k]), with ``ev`` pointing at the name."""
    for v in range(len(variants)):
        ev = ev + evidence(j, f"{base}.name_variants[{v}]", "他处写法")
    return finding(
        j, "X4", "warning", f"{who}姓名前后写法不一致：{name}／{'／'.join(variants)}。", ev, defendant=d,
        data={"variants": list(variants)},
    )  # fmt: skip


@rule("X5", "案号类型与文书形式不一致", "《最高人民法院关于人民法院案件案号的若干规定》")
def check_x5(j: Judgment, ctx: Context) -> Iterator[Finding]:
    ev = evidence(j, "case_number", "案号")
    roles = set(j.header_roles)
    appellate_roles = appellate_header(j)
    reviewed = approvals(j) + refusals(j)
    if j.procedure == "二审" and roles and not appellate_roles and not reviewed:  # a review's header: below
        yield finding(
            j, "X5", "warning",
            f"案号{j.case_number}为二审案号，但首部按一审格式列明{'、'.join(sorted(roles))}，未见上诉人或原公诉机关。",
            ev,
        )  # fmt: skip
    second = sorted(r for r in roles if r.startswith("上诉人") or r in ("原公诉机关", "抗诉机关"))
    code = j.case_number_parts.type_code if j.case_number_parts else None
    # a retrial heard at first instance (刑再, 刑监) lists the parties of the case it reviews: 原公诉机关, 原审被告人
    if j.procedure == "一审" and second and not (code and ("再" in code or "监" in code)):
        yield finding(j, "X5", "warning", f"案号{j.case_number}为一审案号，但首部按二审格式列有{'、'.join(second)}。", ev)
    yield from _x5_review(j, ev, second, reviewed)
    form = {"判决书": "判决", "裁定书": "裁定"}.get(j.doc_type)
    if form and j.result_form and j.result_form != form:
        yield finding(
            j, "X5", "warning",
            f"文书名称为{j.doc_type}，主文却以“{j.result_form}如下”引出。",
            ev + evidence(j, "title", "标题"),
        )  # fmt: skip
    if form and j.appeal_form and j.appeal_form != form:
        yield finding(j, "X5", "warning", f"文书名称为{j.doc_type}，尾部却称“本{j.appeal_form}”。", ev)
    decision = re.search(r"(?:再审|指定管辖)决定书$", j.title or "") if j.status == "not_judgment" else None
    kind = (j.case_number_parts.type_code if j.case_number_parts else None) or ""
    if decision and kind and not re.search(r"[他辖]" if "指定" in decision.group() else r"[监申再]", kind):
        # a decision to retry is 审判监督's (刑监, 刑申, 刑再), one designating a court a 他/辖 case (刑立他, 刑辖): not a
        # trial's or a review's number (刑初, 刑终, 刑核); the 69 SPC decisions are 刑监 and 刑立他
        yield finding(
            j, "X5", "warning", f"文书为{decision.group()}，案号{j.case_number}的类型代字“{kind}”却是审判案件的。",
            ev + evidence(j, "title", "标题"), data={"type_code": kind},
        )  # fmt: skip
    if decision and j.result_form in ("判决", "裁定"):
        yield finding(
            j, "X5", "warning", f"文书为{decision.group()}，主文却以“{j.result_form}如下”引出。",
            evidence(j, "result_form", "主文") + evidence(j, "title", "标题"),
        )  # fmt: skip
    told = list(_x5_appealed_final(j))
    yield from told
    # a number of the history already flagged is the lead; the approving item that cites it right is not another
    yield from _x5_approved_as_told(j, {f.data.get("case_number") for f in told})


def _x5_appealed_final(j: Judgment) -> Iterator[Finding]:
    """A decision the history tells under a second-instance number (刑终), which is final, and then tells was appealed
    (宣判后，X提出上诉): the number of a first-instance judgment misread or miswritten; and the decision on such an
    appeal, told next, under a first-instance number (…宣判后，X提出上诉。…以（2012）某刑二初字第48号刑事裁定，驳回上诉);
    the decision after one that nobody appealed or protested, under a second-instance number (a high court's 复核 as
    刑终) or, a 裁定, under a first-instance one (刑初); one that nobody appealed or protested in the period for it
    under a second-instance number, which is final and has no such period (刑事诉讼法230, 244); an appeal dismissed
    under a review's number (刑复, 刑核); a 判决 that dismisses the whole appeal or sends the case back (驳回上诉，维持原判
    and 撤销原判，发回重审 are a 裁定's, 刑事诉讼法236①(一), (三)) or agrees with the whole judgment before it (a 复核's 同意原判, 解释344); and a
    裁定 under a first-instance number that convicts and sentences (a first judgment is a 判决, 刑事诉讼法200), or
    that upholds another decision it names by number (…（2010）某刑二初字第51号刑事判决，维持…（2009）某刑初字第107号
    刑事判决第一项: an appeal's act; the three such decisions of the dev and SPC documents are 刑终). A protest after
    a decision may be 审判监督's and is left alone."""
    told = j.earlier_decisions
    stages = [case_stage(x.case_number) for x in told]
    for k, dec in enumerate(told):
        after = told[k + 1] if k + 1 < len(told) else None
        # no appeal and no protest (在法定期限内没有上诉、抗诉), so no second instance: the next decision (the high
        # court's 复核) under a 刑终 number. Not where the civil part was appealed (…刑事附带民事裁定)
        # …, or a 裁定 under a first-instance number (a 复核 as 刑初; a new first judgment, after a retrial the
        # history may not tell as a decision, is a 判决)
        review_as_first = after is not None and after.form == "裁定" and case_type_code(after.case_number) == "刑初"
        if (dec.appeal == "none" and after is not None and (stages[k + 1] == "终" or review_as_first)
                and "附带民事" not in after.text):
            yield _with_the_next(
                j, k, f"审理经过记载{dec.case_number}{dec.form}宣判后没有上诉、抗诉，其后的{after.case_number}{after.form}"
                f"却为{'一审案号（刑初）' if review_as_first else '二审案号（刑终）'}。",
            )  # fmt: skip
        done = next(((what, basis) for what, basis, said in (
            ("驳回上诉、维持原判", "刑事诉讼法第二百三十六条第一款第（一）项", dec.upheld),
            ("撤销原判、发回重审", "刑事诉讼法第二百三十六条第一款第（三）项", dec.remanded),
            ("同意原判", "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释（2012）第三百四十四条", dec.agreed),
        ) if said), None)  # fmt: skip
        # a 刑事附带民事判决 may revise the civil part while upholding the rest (驳回上诉，维持第一审刑事判决); not one that
        # upholds the whole (驳回上诉，维持原判: 236①(一)'s 裁定, the civil part included; one SPC ruling tells one so);
        # a remand is a 裁定 whatever it sends back (the 22 remands of the dev and SPC documents all are)
        if done and dec.form == "判决" and ("附带民事" not in dec.text or dec.remanded or dec.upheld):
            yield finding(
                j, "X5", "warning", f"审理经过记载{dec.case_number}判决{done[0]}；{done[0]}应当以裁定作出。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), basis=done[1], data={"case_number": dec.case_number},
            )  # fmt: skip
        if dec.upheld and case_type_code(dec.case_number).endswith(("复", "核")):
            yield finding(
                j, "X5", "warning",
                f"审理经过记载{dec.case_number}驳回上诉、维持原判，却为复核案号；二审案号类型应为刑终。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), data={"case_number": dec.case_number},
            )  # fmt: skip
        if dec.upholds and (code := case_type_code(dec.case_number)).endswith("初") and not re.search("[再监申]", code):
            yield finding(
                j, "X5", "warning",
                f"审理经过记载{dec.case_number}{dec.form}维持{dec.upholds}判决，却为一审案号；维持下级法院判决的为二审"
                "裁判，案号类型应为刑终。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过") + evidence(j, f"earlier_decisions[{k}].upholds", "所维持"),
                data={"case_number": dec.case_number, "upholds": dec.upholds},
            )  # fmt: skip
        if dec.form == "裁定" and dec.sentences and case_type_code(dec.case_number).endswith("初"):
            yield finding(
                j, "X5", "warning",
                f"审理经过记载{dec.case_number}刑事裁定认定被告人犯罪并判处刑罚；第一审的定罪量刑应当以判决作出。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), basis="刑事诉讼法第二百条",
                data={"case_number": dec.case_number},
            )  # fmt: skip
        if dec.appeal == "none" and stages[k] == "终":
            yield finding(
                j, "X5", "warning",
                f"{dec.case_number}为二审（终审）案号，审理经过却记载该{dec.form}宣判后在法定期限内没有上诉、抗诉；"
                "上诉、抗诉期限只适用于第一审的判决、裁定。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), basis="刑事诉讼法第二百三十条、第二百四十四条",
                data={"case_number": dec.case_number},
            )  # fmt: skip
        if not dec.appealed:  # (a protest alone may be 审判监督's)
            continue
        if stages[k] == "终":
            yield finding(
                j, "X5", "warning",
                f"{dec.case_number}为二审（终审）案号，审理经过却记载该{dec.form}宣判后被告人提出上诉。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), data={"case_number": dec.case_number},
            )  # fmt: skip
        if after is not None and stages[k + 1] == "初":
            yield _with_the_next(
                j, k, f"审理经过记载{dec.case_number}{dec.form}宣判后被告人提出上诉，其后的{after.case_number}"
                f"{after.form}却为一审案号，二审案号类型应为刑终。",
            )  # fmt: skip


# the form of the decision a 核准 item approves, at its end: …的刑事裁定。 / …的刑事附带民事判决。
_QUOTED_FORM_RE = re.compile(r"刑事(?:附带民事)?(判决|裁定)\s*[。；;]?\s*$")


def _x5_approved_as_told(j: Judgment, flagged: set[object]) -> Iterator[Finding]:
    """A decision a 核准 item approves (or a 不核准 ruling's item refuses or sets aside: 不核准…, 撤销…) told otherwise
    in the history: the same case number in another form (核准…（2014）湘高法刑三复字第16号…的刑事判决, told as a 刑事
    裁定), or a number one character from a decision the history tells and of another type (云高刑终字 for its
    云高刑复字)."""
    told = {dec.case_number: (k, dec) for k, dec in enumerate(j.earlier_decisions) if dec.case_number not in flagged}
    approved = approvals(j)
    for q in approved + refusals(j):
        number = CASE_NUMBER_RE.search(q.text)
        form = _QUOTED_FORM_RE.search(q.text)
        if number is None or form is None:
            continue
        n = number.group(0)
        verb = "核准" if q in approved else ("撤销" if "撤销" in q.text[: number.start()] else "不核准")
        if n in told:
            k, dec = told[n]
            # the civil part may be judged apart (a 刑事附带民事判决 told, its 刑事裁定 approved), not where both say
            # 附带民事
            civil, told_civil = ("附带民事" if "附带民事" in x else "" for x in (form.group(0), dec.text))
            if dec.form != form.group(1) and (not told_civil or civil):
                yield finding(
                    j, "X5", "warning",
                    f"判决主文{verb}的{n}为刑事{civil}{form.group(1)}，审理经过记载该文书为刑事{told_civil}{dec.form}。",
                    evidence(j, q.field, "判决主文") + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
                    data={"case_number": n},
                )  # fmt: skip
            continue
        near = [(k, dec) for k, dec in told.values()
                if len(dec.case_number) == len(n) and sum(a != b for a, b in zip(dec.case_number, n)) == 1
                and case_type_code(dec.case_number) != case_type_code(n)]
        if len(near) == 1:
            k, dec = near[0]
            yield finding(
                j, "X5", "warning", f"判决主文{verb}的{n}，审理经过记载为{dec.case_number}，案号类型不一致。",
                evidence(j, q.field, "判决主文") + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
                data={"case_number": n, "told": dec.case_number},
            )  # fmt: skip


def _with_the_next(j: Judgment, k: int, message: str) -> Finding:
    """X5's finding on the history's decision ``k`` and the one told after it, whose case number is the lead."""
    return finding(
        j, "X5", "warning", message,
        evidence(j, f"earlier_decisions[{k}]", "审理经过") + evidence(j, f"earlier_decisions[{k + 1}]", "审理经过"),
        data={"case_number": j.earlier_decisions[k + 1].case_number},
    )  # fmt: skip


def _x5_review(j: Judgment, ev: list[Evidence], appellate: list[str], reviewed: list[Provenance]) -> Iterator[Finding]:
    """A review's number against what the document decides: a decision to approve or not (核准, 不核准: 死刑复核,
    法定刑以下) under a first- or second-instance number with no appeal in the header, or under a number of 审判监督
    (刑监, 刑申: a petition's or a retrial order's, which approves nothing), or a 刑核 number over an appeal's header."""
    code = j.case_number_parts.type_code if j.case_number_parts else None
    if code in ("刑初", "刑终", "刑监", "刑申") and reviewed and not appellate:
        what = j.procedure if code in ("刑初", "刑终") else "审判监督"
        yield finding(
            j, "X5", "warning",
            f"案号{j.case_number}为{what}案号，但主文为复核（{reviewed[0].text.strip()[:20]}…），"
            "复核案件的案号类型为刑核。",
            ev + evidence(j, reviewed[0].field, "判决主文"),
        )  # fmt: skip
    if code == "刑核" and appellate:
        yield finding(j, "X5", "warning", f"案号{j.case_number}为复核案号，但首部按二审格式列有{'、'.join(appellate)}。", ev)


@rule("X6", "日期先后顺序不合常理", "《刑事诉讼法》")
def check_x6(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for k, day in enumerate(j.impossible_dates):
        yield finding(j, "X6", "warning", f"日期{day}不存在。", evidence(j, f"impossible_dates[{k}]", "日期"))
    yield from _sought_out_of_order(j)
    judged = iso_date(j.judgment_date)
    yield from _retrial_ordered_out_of_order(j, judged)
    if judged is None:
        return
    ev_date = evidence(j, "judgment_date", "裁判日期")
    if (filed := _filed_in(j.case_number)) and judged.year < filed:
        yield finding(
            j, "X6", "warning", f"裁判日期{judged}早于本文书案号{j.case_number}所示的收案年度{filed}年。",
            ev_date + evidence(j, "case_number", "案号"), data={"case_number": j.case_number},
        )  # fmt: skip
    # a day told after the judgment: the prosecution's; any other of the procedure paragraph (开庭, 立案 …), where
    # neither that nor a decision of the history (its own finding, below) is the late one; any of the facts
    prosecuted, procedure_last = iso_date(j.prosecution_date), iso_date(j.procedure_last_date)
    if (prosecuted and prosecuted > judged) or procedure_last in {iso_date(x.date) for x in j.earlier_decisions}:
        procedure_last = None
    for field_name, what, label, day, told_as in (
        ("prosecution_date", "提起公诉日期", "审理经过", prosecuted, prosecuted),
        ("procedure_last_date", "审理经过所述日期", "审理经过", procedure_last, procedure_last),
        # (a month or a year of the facts, by its first day)
        ("facts_last_date", "查明事实所述日期", "查明事实", iso_first(j.facts_last_date), j.facts_last_date),
    ):
        if day and day > judged:
            yield finding(j, "X6", "error", f"{what}{told_as}晚于裁判日期{judged}。", evidence(j, field_name, label) + ev_date)
    told, prosecuted = iso_date(j.told_before_prosecution), iso_date(j.prosecution_date)
    offence = iso_date(j.offence_start)
    if prosecuted and offence and prosecuted < offence:  # (of the 146 dev, SPC and example documents dating both: none)
        yield finding(
            j, "X6", "warning", f"提起公诉日期{prosecuted}早于查明的最早犯罪时间{offence}。",
            evidence(j, "prosecution_date", "提起公诉") + evidence(j, "offence_start", "犯罪时间"),
        )  # fmt: skip
    if told and prosecuted:
        yield finding(
            j, "X6", "warning", f"审理经过在提起公诉（{prosecuted}）之后所述的日期{told}早于提起公诉日期。",
            evidence(j, "prosecution_date", "提起公诉") + evidence(j, "told_before_prosecution", "审理经过"),
        )  # fmt: skip
    yield from _history_out_of_order(j, judged, ev_date)
    yield from _unsentenced_held_out_of_order(j, judged, ev_date)
    yield from _custody_after_the_first_judgment(j)
    yield from _prior_released_before_judged(j)
    yield from _acted_while_serving(j)
    yield from _acted_on_probation(j)
    for i, d in enumerate(j.defendants):
        offence, ev_offence = offence_of(j, i, d)
        late = False
        for field_name, label in (("detained_on", "刑事拘留"), ("arrested_on", "逮捕")):
            day = iso_date(getattr(d, field_name))
            if day and day > judged:
                late = True
                yield finding(
                    j, "X6", "error", f"被告人{d.name}{label}日期{day}晚于裁判日期{judged}。",
                    evidence(j, f"defendants[{i}].{field_name}", "首部") + ev_date, defendant=d,
                )  # fmt: skip
        # another measure of the header dated after the judgment (取保候审, 监视居住): the first one only
        after = [(day, c) for c in d.custody if (day := iso_date(c.date)) and day > judged]
        if after and not late:
            day, c = after[0]
            yield finding(
                j, "X6", "error", f"被告人{d.name}{c.kind}日期{day}晚于裁判日期{judged}（{c.text}）。",
                evidence(j, f"defendants[{i}].header", "首部") + ev_date, defendant=d,
            )  # fmt: skip
        start, segs = iso_date(d.verdict.term_start), _segments(d.custody)
        held = bool(segs) and segs[-1][1] is None and segs[-1][0] <= judged  # in custody when judged
        if start and start > judged and held and not d.verdict.with_earlier_judgment:
            # held at the judgment, the term runs from the custody (a bailed defendant's from the execution)
            yield finding(
                j, "X6", "warning", f"被告人{d.name}刑期自{start}起算，晚于裁判日期{judged}，而其判决前已被羁押。",
                evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + ev_date, defendant=d,
            )  # fmt: skip
        birth = iso_date(d.birth_date)
        if birth and offence and birth >= offence:
            yield finding(
                j, "X6", "error", f"被告人{d.name}出生日期{birth}不早于犯罪时间{offence}。",
                evidence(j, f"defendants[{i}].birth_date", "出生日期") + ev_offence, defendant=d,
            )  # fmt: skip
        # the first custody of this case, 刑事拘留 or, without one before it, 逮捕 (2012年5月3日被逮捕 for a 2013 crime)
        custody = [(day, f, label) for f, label in (("detained_on", "刑事拘留"), ("arrested_on", "逮捕"))
                   if (day := iso_date(getattr(d, f)))]
        earliest, ev_earliest = offence_from_of(j, i, d)  # 1993年 counts from 1993-01-01
        first = min(custody, key=lambda c: c[0], default=None)
        # any other coercive measure (监视居住, 取保候审) told before the crime, not one of an earlier case (dated no later
        # than a prior's judgment: the header keeps those in ``custody``, a revoked probation credits them)
        judged_before = [x for p in d.priors if p.kind == "criminal" and (x := iso_date(p.date))]
        measures = [(day, k, c.kind) for k, c in enumerate(d.custody)
                    if (day := iso_date(c.date)) and not any(day <= x for x in judged_before)]
        other = min(measures, key=lambda c: c[0], default=None)
        caught = iso_date(d.captured_on)
        lead: tuple[str, list[Evidence]] | None = None
        if earliest and other is not None and other[0] < earliest and (first is None or other[0] < first[0]):
            day, k, kind = other
            lead = f"{kind}日期{day}早于查明的最早犯罪时间{earliest}", within_header(j, i, d.custody[k].text) + ev_earliest
        elif first is not None:
            day, f, label = first
            held = evidence(j, f"defendants[{i}].{f}", "首部")
            # released from an earlier sentence after this case's custody began (刑满释放 only: 刑期至 and 假释考验期至 tell
            # when a term ends, and a defendant may be held for this case before it does)
            freed = [(x, k) for k, p in enumerate(d.priors) if p.kind == "criminal" and (x := iso_date(p.release_date))
                     and x > day and "刑满释放" in p.text and not re.search("假释|刑期至|考验期", p.text)]
            if freed:
                x, k = freed[0]
                lead = f"前罪刑满释放日期{x}晚于本案{label}日期{day}", evidence(j, f"defendants[{i}].priors[{k}]", "前科") + held
            elif earliest and day < earliest:
                lead = f"{label}日期{day}早于查明的最早犯罪时间{earliest}", held + ev_earliest
            elif (offence and earliest and day < offence and not _within_the_month_or_year(day, earliest)
                  and len(j.defendants) == 1 and not any(c.kind in _RELEASE_KINDS for c in d.custody)):
                # before the first full day of the crime, where the facts' earliest is a year or month before the
                # custody's, of something else (取出其于2011年…存放于此处的毒物 of a poisoning on 2013年3月31日): only
                # for a judgment of one defendant with no release told (another's custody may precede; a release may
                # part two custodies)
                lead = f"{label}日期{day}早于查明的犯罪时间{offence}", held + ev_offence
            elif caught and day < caught and not _free_before_the_capture(j, i, d, day, caught):
                # held before the capture the facts tell
                lead = (f"{label}日期{day}早于查明事实所述其被抓获（归案）的日期{caught}",
                        held + evidence(j, f"defendants[{i}].captured_on", "查明事实"))
        if lead is None and caught and earliest and caught < earliest:  # caught before any crime of the case
            lead = (f"被抓获（归案）日期{caught}早于查明的最早犯罪时间{earliest}",
                    evidence(j, f"defendants[{i}].captured_on", "查明事实") + ev_earliest)
        # a term counted from before any crime of the case (the custody it credits began before the crime), where the
        # header dates no custody (X7 weighs the start against one), not one joined with an earlier judgment's, which
        # may run from that case's custody
        if (lead is None and start and earliest and start < earliest and not segs
                and not d.verdict.with_earlier_judgment and not d.verdict.probation_months):
            lead = (f"刑期自{start}起算，早于查明的最早犯罪时间{earliest}",
                    evidence(j, f"defendants[{i}].verdict.term_dates", "刑期起止") + ev_earliest)
        act = iso_date(d.last_act_day)
        # caught before a later crime of theirs, where nothing tells a release (取保候审 …) in between; only for a
        # judgment of one defendant, whose capture and acts the facts do not share with others; on the same day, by
        # the times told (2012年12月21日14时许…捅刺…; 当日13时30分许…投案自首)
        earlier_hour = (caught == act and d.captured_at is not None and d.last_act_at is not None
                        and d.captured_at < d.last_act_at)
        if (lead is None and caught and act and (caught < act or earlier_hour) and len(j.defendants) == 1
                and not any(c.kind in _RELEASE_KINDS for c in d.custody)):
            said = (f"被抓获（归案）时间{caught} {d.captured_at}早于查明事实所述其当日{d.last_act_at}实施的犯罪" if earlier_hour
                    else f"被抓获（归案）日期{caught}早于查明事实所述其{act}实施的犯罪")
            lead = (said, evidence(j, f"defendants[{i}].captured_on", "查明事实")
                    + evidence(j, f"defendants[{i}].last_act_day", "查明事实"))
        if lead is not None:
            yield finding(j, "X6", "warning", f"被告人{d.name}{lead[0]}。", lead[1], defendant=d)
            continue
        yield from _arrested_before_the_detention(j, i, d)
        yield from _held_at_an_act(j, i, d)


# a flight the defendant's header tells (因下落不明经本院决定逮捕, 取保候审期间脱逃, 在逃, 被网上追逃); not a prior
# conviction's crime (因犯脱逃罪被判处…)
_FLED_RE = re.compile(r"(?:脱逃|逃跑|潜逃|逃匿|外逃|在逃|下落不明|通缉|追逃)(?!罪)")


def _within_the_month_or_year(day: date, earliest: date) -> bool:
    """Whether ``day`` may fall in the month or year the facts' ``earliest`` date may stand for (a year is kept as
    its 1 January, a month as its first day: 2008年，被告人…持刀阻碍民警执行职务 and a 刑事拘留 of 2008年9月5日)."""
    if earliest.day != 1:
        return False
    return (day.year, day.month) == (earliest.year, earliest.month) or (earliest.month == 1 and day.year == earliest.year)


def _free_before_the_capture(j: Judgment, i: int, d: Defendant, held: date, caught: date) -> bool:
    """Whether defendant ``i``, held from ``held``, may rightly have been caught on the later day ``caught``
    the facts tell: the header tells a release between the two (取保候审, 监视居住, 释放 dated from ``held`` to
    ``caught``, or a 取保候审 or 监视居住 it does not date) or a flight (:data:`_FLED_RE`), after which the defendant
    was caught again (刑事拘留 2017年5月3日，同年6月9日被取保候审，2018年3月12日因下落不明经本院决定逮捕，
    2019年10月8日被抓获)."""
    for c in d.custody:
        day = iso_date(c.date)
        if c.kind in _RELEASE_KINDS and (held <= day <= caught if day else c.kind in _BAILED):
            return True
    return any(_FLED_RE.search(e.text) for e in evidence(j, f"defendants[{i}].header"))


def _unsentenced_held_out_of_order(j: Judgment, judged: date, ev_date: list[Evidence]) -> Iterator[Finding]:
    """Each defendant of a document that sentences no one (a 不核准 ruling that sends the case back), held (刑事拘留,
    逮捕 …) after the document's judgment or before the first day its facts tell (2010年6月19日被逮捕 for a killing of
    2010年7月15日: before any crime the facts tell of anyone); and the one such defendant, whose the document's facts
    are, held after the first judgment with no bail told."""
    header = [(k, a) for k, a in enumerate(j.accomplices) if a.role == "被告人"]
    if j.defendants or not header or len(j.header_defendants) != len(header):
        return
    offence = iso_date(j.offence_start)
    for k, a in header:
        dated = sorted(((day, c) for c in a.custody if (day := iso_date(c.date))), key=lambda x: x[0])
        held = [(day, c) for day, c in dated if c.kind in ("刑事拘留", "逮捕")]  # (行政拘留 … may be of another matter)
        ev = evidence(j, f"accomplices[{k}].header", "首部")
        late = next(((day, c) for day, c in dated if day > judged), None)
        if late is not None:
            yield finding(j, "X6", "error", f"被告人{a.name}{late[1].kind}日期{late[0]}晚于裁判日期{judged}。", ev + ev_date)
        elif held and offence is not None and held[0][0] < offence:
            day, c = held[0]
            yield finding(
                j, "X6", "warning", f"被告人{a.name}{c.kind}日期{day}早于查明的最早犯罪时间{offence}。",
                ev + evidence(j, "offence_start", "犯罪时间"),
            )  # fmt: skip
        elif len(header) == 1:
            yield from _held_after_the_first_judgment(j, a, held, ev)


def _held_after_the_first_judgment(
    j: Judgment, a: Accomplice, held: list[tuple[date, CustodyEvent]], ev: list[Evidence]
) -> Iterator[Finding]:
    """The unsentenced defendant ``a`` (``ev``: their header), held (``held``: 刑事拘留, 逮捕) after the first judgment the
    history tells, with no bail (取保候审, 监视居住) in the header: a custody that comes after the trial it was for."""
    if (first := _first_judgment(j)) is not None and not any(c.kind in _BAILED for c in a.custody):
        # held from the first custody on, as :func:`_custody_after_the_first_judgment` reads a defendant's
        n, x, first_day = first
        day, c = next(((day, c) for day, c in held if day > first_day), (None, None))
        if day is not None and c is not None:
            yield finding(
                j, "X6", "warning",
                f"被告人{a.name}{c.kind}日期{day}晚于审理经过所述第一审判决{x.case_number}的日期{first_day}。",
                ev + evidence(j, f"earlier_decisions[{n}]", "审理经过"),
            )  # fmt: skip


def _arrested_before_the_detention(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """A later step of custody the header tells right after a measure but dates before it: a 逮捕 before the 刑事拘留
    (2017年6月20日…刑事拘留，同年6月4日被依法逮捕), a release before the 留置 it ends (2018年8月14日…留置，同年7月30日
    对其解除留置措施), a 取保候审 before the arrest. Of the 294 pairs of dated custody steps the dev, SPC and example
    headers tell one right after the other, 224 are a measure and a later step, and none of those is so (one other
    pair is told out of order: a 羁押 the day before the 刑事拘留 told before it, which is no later step)."""
    told = [(c, day) for c in d.custody if (day := iso_date(c.date))]
    for (c0, d0), (c1, d1) in zip(told, told[1:]):
        if c0.kind in _MEASURES and c1.kind in _LATER_STEPS and d1 < d0:
            yield finding(
                j, "X6", "warning", f"被告人{d.name}{c1.kind}日期{d1}早于其前所述的{c0.kind}日期{d0}。",
                within_header(j, i, c0.text) + within_header(j, i, c1.text), defendant=d,
            )  # fmt: skip
            return


# the measures a header tells, and the steps that follow one (not a 羁押, 抓获 or 传唤, which may be told after the
# measure they led to)
_MEASURES = frozenset({"刑事拘留", "留置", "逮捕", "取保候审", "监视居住", "指定居所监视居住"})
_LATER_STEPS = frozenset({"逮捕", "释放", "取保候审", "监视居住", "指定居所监视居住"})


def _held_at_an_act(j: Judgment, i: int, d: Defendant) -> Iterator[Finding]:
    """A defendant the header has held (刑事拘留, 逮捕 …, with no release before it) on a later day the facts tell a crime
    of theirs (an arrest moved before the last of several robberies). Only where every release (取保候审 …) has its
    date: one without would join two custodies into one."""
    act = iso_date(d.last_act_day)
    if act is None or any(c.kind in _RELEASE_KINDS and iso_date(c.date) is None for c in d.custody):
        return
    held = next((start for start, end in _segments(d.custody) if start < act and (end is None or act < end)), None)
    if held is not None:
        yield finding(
            j, "X6", "warning", f"被告人{d.name}自{held}起被羁押，查明事实却记载其于{act}实施犯罪。",
            evidence(j, f"defendants[{i}].header", "首部") + evidence(j, f"defendants[{i}].last_act_day", "查明事实"),
            defendant=d,
        )  # fmt: skip


def _dated_decisions(j: Judgment) -> list[tuple[int, EarlierDecision, date]]:
    """The earlier decisions the history tells with their day: (index, decision, day), in the order told."""
    return [(k, x, day) for k, x in enumerate(j.earlier_decisions) if (day := iso_date(x.date))]


def _sought_out_of_order(j: Judgment) -> Iterator[Finding]:
    """An appeal or protest the history dates before the decision it seeks to review (…刑事判决。判决发生法律效力后，
    …检察院于2011年5月27日…提出抗诉, of a judgment of 2011年12月2日), or after the decision told next; and any other
    day the history tells after a decision and before the next one that is earlier than the first (本院受理后，…于2018年8
    月21日公开开庭审理, of a judgment of 2018年9月28日) or later than the next (2010年11月4日…提起公诉。同年10月19日…作出
    …判决). In the 914 decisions of the dev, SPC and example documents, none."""
    told = _dated_decisions(j)
    for k, x, day in told:
        if (before := iso_date(x.told_before)) is not None:
            yield finding(
                j, "X6", "warning", f"审理经过在{x.case_number}{x.form}（{day}）之后所述的日期{before}早于该{x.form}的作出日期。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过")
                + evidence(j, f"earlier_decisions[{k}].told_before", "审理经过"),
            )  # fmt: skip
        if (later := iso_date(x.later_told_before)) is not None:
            told_later = evidence(j, f"earlier_decisions[{k}].later_told_before", "审理经过")
            # (a decision to retry the case so dated is _retrial_ordered_out_of_order's)
            if not any(o.start <= e.start < o.end for o in j.retrial_orders for e in told_later):
                yield finding(
                    j, "X6", "warning",
                    f"审理经过在{x.case_number}{x.form}（{day}）之前所述的日期{later}晚于该{x.form}的作出日期。",
                    told_later + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
                )  # fmt: skip
        sought = iso_date(x.sought_on)
        what = "抗诉" if x.appeal == "prosecution" else "上诉"
        after = next(((k1, b, d1) for k1, b, d1 in told if k1 > k), None)
        if sought is not None and sought < day:
            yield finding(
                j, "X6", "warning", f"审理经过所述对{x.case_number}{x.form}提出{what}的日期{sought}，早于该{x.form}的作出日期{day}。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过") + evidence(j, f"earlier_decisions[{k}].sought_on", what),
            )  # fmt: skip
        elif sought is not None and after is not None and after[2] < sought:
            k1, b, d1 = after
            yield finding(
                j, "X6", "warning",
                f"审理经过所述对{x.case_number}{x.form}提出{what}的日期{sought}，晚于其后所述的{b.case_number}{b.form}（{d1}）。",
                evidence(j, f"earlier_decisions[{k}].sought_on", what)
                + evidence(j, f"earlier_decisions[{k1}]", "审理经过"),
            )  # fmt: skip


def _retrial_ordered_out_of_order(j: Judgment, judged: date | None) -> Iterator[Finding]:
    """A decision to retry the case (``retrial_orders``) dated before the decision the history tells just before it,
    which it reviews, or after the one told just after it, which it led to (于2010年8月23日…决定再审，并于2010年7月8日
    作出…刑事裁定), or after the first ruling told after it, numbered or not (``ruled_on``); after this document; or
    before the year its own number was filed in. On the dev judgments, SPC rulings and examples (5 orders told with a
    day, in 5 SPC documents) none."""
    told = _dated_decisions(j)
    for n, o in enumerate(j.retrial_orders):
        if (day := iso_date(o.date)) is None:
            continue
        ev = evidence(j, f"retrial_orders[{n}]", "再审决定")
        before = max((t for t in told if t[1].start < o.start), default=None, key=lambda t: t[1].start)
        after = min((t for t in told if t[1].start > o.start), default=None, key=lambda t: t[1].start)
        if before is not None and before[2] > day:
            k, x, d0 = before
            yield finding(
                j, "X6", "warning", f"审理经过所述再审决定作出于{day}，早于在其之前所述的{x.case_number}{x.form}（{d0}）。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过") + ev,
            )  # fmt: skip
        if after is not None and after[2] < day:
            k, x, d1 = after
            yield finding(
                j, "X6", "warning", f"审理经过所述{x.case_number}{x.form}作出于{d1}，早于在其之前所述的再审决定（{day}）。",
                ev + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
            )  # fmt: skip
        elif (ruled := iso_date(o.ruled_on)) is not None and ruled < day:
            # a ruling told after it with no number of its own (在再审期间，…于2009年12月18日裁定撤销…)
            yield finding(
                j, "X6", "warning", f"审理经过在再审决定（{day}）之后所述的裁判日期{ruled}早于该决定。",
                ev + evidence(j, f"retrial_orders[{n}].ruled_on", "审理经过"),
            )  # fmt: skip
        if judged is not None and day > judged:
            yield finding(j, "X6", "error", f"审理经过所述再审决定作出于{day}，晚于本文书的裁判日期{judged}。",
                          ev + evidence(j, "judgment_date", "裁判日期"))
        elif (filed := _filed_in(o.case_number)) and day.year < filed:
            yield finding(
                j, "X6", "warning", f"审理经过所述{o.case_number}再审决定作出于{day}，早于其案号所示的收案年度{filed}年。",
                ev, data={"case_number": o.case_number},
            )  # fmt: skip


def _filed_in(number: str | None) -> int | None:
    """The year a case number says its case was filed ((2011)通中刑初字第20号: 2011); None where it gives none. A
    decision of the case is made in that year or later: on the dev judgments, SPC rulings and examples all 1,157
    decisions with both are."""
    parsed = parse_case_number(number) if number else None
    return parsed.year if parsed else None


def _history_out_of_order(j: Judgment, judged: date, ev_date: list[Evidence]) -> Iterator[Finding]:
    """A decision of this case the history tells dated after this document, or before a decision told before it
    (the history tells them in the order they were made: 一审, 二审, 复核), or before the first crime the facts date;
    and a day of the act the facts tell (``facts_last_case_date``) after the last of
    them, which judged those facts (the facts may go on past the first: a crime in custody, prosecuted later, or an
    escape during the trial, as the 154 dev judgments and 500 SPC rulings have four times, all before the
    last). Not a day of what may follow the trial, which an appeal's or a retrial's own findings tell
    (另查明…公安局已于2021年9月6日出具情况说明予以更正, in a retrial of a case ruled on in 2019; 二审期间…退赔; a
    valuation made anew: 价格认证中心于2021年8月30日作出复核结论, in a retrial of a theft judged in 2020), nor of what
    came after the act (an accomplice caught since)."""
    told = _dated_decisions(j)
    facts_last = iso_date(j.facts_last_case_date)
    if told and facts_last and max(day for _k, _x, day in told) < facts_last <= judged:
        k, x, day = max(told, key=lambda t: t[2])
        yield finding(
            j, "X6", "warning", f"查明事实所述日期{facts_last}晚于审理经过所述{x.case_number}{x.form}的作出日期{day}。",
            evidence(j, "facts_last_case_date", "查明事实") + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
        )  # fmt: skip
    for k, x, day in told:
        if day > judged:
            yield finding(
                j, "X6", "error", f"审理经过所述{x.case_number}{x.form}作出于{day}，晚于本文书的裁判日期{judged}。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过") + ev_date,
            )  # fmt: skip
        elif (filed := _filed_in(x.case_number)) and day.year < filed:
            yield finding(
                j, "X6", "warning", f"审理经过所述{x.case_number}{x.form}作出于{day}，早于其案号所示的收案年度{filed}年。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), data={"case_number": x.case_number},
            )  # fmt: skip
    offence = iso_date(j.offence_start)
    if told and offence and (early := min(told, key=lambda t: t[2]))[2] < offence:
        # a decision that judged the facts before the first of them (none of the 424 documents of the dev, SPC and
        # example sets that date both does)
        k, x, day = early
        yield finding(
            j, "X6", "warning", f"审理经过所述{x.case_number}{x.form}作出于{day}，早于查明的最早犯罪时间{offence}。",
            evidence(j, f"earlier_decisions[{k}]", "审理经过") + evidence(j, "offence_start", "犯罪时间"),
        )  # fmt: skip
    for (k0, a, d0), (k1, b, d1) in zip(told, told[1:]):
        if d1 < d0:
            yield finding(
                j, "X6", "warning",
                f"审理经过所述{b.case_number}{b.form}作出于{d1}，早于在其之前所述的{a.case_number}{a.form}（{d0}）。",
                evidence(j, f"earlier_decisions[{k0}]", "审理经过") + evidence(j, f"earlier_decisions[{k1}]", "审理经过"),
            )  # fmt: skip


def _acted_while_serving(j: Judgment) -> Iterator[Finding]:
    """A defendant whose first act the facts date after a prior's judgment and before its 刑满释放, where the sentence
    is not joined to that judgment's (刑法第七十一条: a crime in the term is punished with what remains of it): the
    day or the release is told wrong, or the term was left out. Only a prior the header says was served (刑满释放), not
    one released on parole (假释: its day is the end of the probation) or whose term was suspended. Of the dev and SPC
    defendants, two act in a prior's term, both joined to it, and one on parole."""
    for i, d in enumerate(j.defendants):
        acted, ev_acted = offence_from_of(j, i, d)
        if acted is None or d.verdict.with_earlier_judgment:
            continue
        for k, p in enumerate(d.priors):
            judged, out = iso_date(p.date), iso_date(p.release_date)
            if (judged is None or out is None or not judged < acted < out or "刑满释放" not in p.text
                    or re.search(r"假释|缓刑", p.text)):
                continue  # (not a term the header says runs on: 刑期至2025年2月12日止)
            if any(day < out for c in d.custody if (day := iso_date(c.date))):
                continue  # released after this case's custody began: reported as that
            yield finding(
                j, "X6", "warning",
                f"被告人{d.name}前罪于{out}刑满释放，查明事实却记载其于{acted}即实施本案犯罪，判决亦未与前罪余刑并罚。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科") + ev_acted,
                defendant=d, data={"acted": str(acted), "released": str(out)},
            )  # fmt: skip
            break


def _acted_on_probation(j: Judgment) -> Iterator[Finding]:
    """A defendant whose act the facts date on a whole day within a prior's 缓刑考验期 (from ten days after its judgment,
    the least time before it can take effect, to its probation's months after the judgment, the least end the
    probation can have), where the sentence is not joined to that judgment's (刑法第七十七条: the probation is revoked
    and the crimes punished together) and the header tells no revocation (撤销). Of the 21 priors with a probation of
    the dev and SPC defendants, one is so: a new crime six months into an eight-month probation, not revoked."""
    for i, d in enumerate(j.defendants):
        acted, ev_acted = offence_of(j, i, d)
        if acted is None or d.verdict.with_earlier_judgment:
            continue
        for k, p in enumerate(d.priors):
            judged = iso_date(p.date)
            if p.kind != "criminal" or not p.probation_months or judged is None or re.search("撤销|假释", p.text):
                continue
            if not judged + timedelta(days=10) <= acted <= add_months(judged, p.probation_months):
                continue
            yield finding(
                j, "X6", "warning",
                f"被告人{d.name}前罪于{judged}被判处缓刑（考验期{fmt_term(p.probation_months)}），查明事实记载其于{acted}"
                "即在考验期内实施本案犯罪，判决未撤销缓刑并与前罪并罚。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科") + ev_acted, defendant=d,
                basis="刑法第七十七条", data={"acted": str(acted), "judged": str(judged), "probation": p.probation_months},
            )  # fmt: skip
            break


def _prior_released_before_judged(j: Judgment) -> Iterator[Finding]:
    """A prior the header says was served (刑满释放) before the day it was judged, or whose term it says began, was
    cut or paroled before then (1998年5月24日入监服刑, 减为无期徒刑, 被假释: the 11 such days of the dev and SPC
    documents' priors all come after the judgment). Not one judged on appeal or retrial (二审, 终审, 再审): the day
    told may be the later decision's, after a term served in custody before it. And a prior whose header tells what
    was done to its term out of order (减为无期徒刑 in 2001, then 减为有期徒刑十八年 in 2000), or after its release or
    its parole's probation ended (假释 in 2012, 假释考验期至2011年8月7日); or judged before the day the facts tell its
    crime was done (``act_day``)."""
    for i, d in enumerate(j.defendants):
        for k, p in enumerate(d.priors):
            judged, out = iso_date(p.date), iso_date(p.release_date)
            if judged is None or re.search(r"二审|终审|再审", p.text):
                continue
            served = [(day, m.group(1)) for span, day in find_dates(p.text)
                      if (m := _SERVED_RE.match(p.text, span.end))]
            facts: list[Evidence] = []
            if out and out < judged:
                said = f"前罪判决日期{judged}晚于其刑满释放日期{out}"
            elif (early := next(((day, word) for day, word in served if day < judged), None)) is not None:
                said = f"前罪判决日期{judged}晚于其{_SERVED[early[1]]}日期{early[0]}"
            elif back := next(((a, b) for a, b in zip(served, served[1:]) if b[0] < a[0]), None):
                (d0, w0), (d1, w1) = back
                said = f"前罪{_SERVED[w1]}日期{d1}早于在其之前所述的{_SERVED[w0]}日期{d0}"
            elif out and (late := next(((day, word) for day, word in served if day > out), None)) is not None:
                # paroled or cut after the day the term or the parole's probation ended (假释考验期至 …)
                ended = "假释考验期满" if "考验期" in p.text else "刑满释放"
                said = f"前罪{_SERVED[late[1]]}日期{late[0]}晚于其{ended}日期{out}"
            elif (acted := iso_date(p.act_day)) is not None and acted > judged:
                # the facts tell the prior's crime and its release (…，被判处有期徒刑八个月，2013年1月15日刑满释放): judged
                # before it was done (neither of the 2 such priors of the dev and SPC documents)
                said = f"前罪判决日期{judged}早于查明事实所述该前罪的行为日期{acted}"
                facts = evidence(j, f"defendants[{i}].priors[{k}].act_day", "查明事实")
            else:
                continue
            yield finding(
                j, "X6", "warning", f"被告人{d.name}{said}。",
                evidence(j, f"defendants[{i}].priors[{k}]", "前科") + facts, defendant=d,
            )  # fmt: skip


# what a prior's day may tell right after it of the term served: 入…监狱服刑, 入监, 减为…, 被假释, 减刑
_SERVED_RE = re.compile(rf"[^，。；,;]{{0,12}}?({'|'.join(('服刑', *SERVED_WORDS))})")
_SERVED = {**dict.fromkeys(("入监", "入狱", "收监", "服刑"), "入监服刑"), **dict.fromkeys(("减为", "减刑", "减去"), "减刑"),
           "假释": "假释"}


# released from custody before the judgment, so that an arrest may follow it
_BAILED = ("取保候审", "监视居住")


def _first_judgment(j: Judgment) -> tuple[int, EarlierDecision, date] | None:
    """The first-instance judgment the history tells: its index, the decision and its day."""
    return next(((k, x, day) for k, x in enumerate(j.earlier_decisions)
                 if x.form == "判决" and case_stage(x.case_number) == "初" and (day := iso_date(x.date))), None)


def _custody_after_the_first_judgment(j: Judgment) -> Iterator[Finding]:
    """A 刑事拘留 or 逮捕 of the header dated after the first-instance judgment the history tells, for a defendant
    never released on bail (取保候审) or to residential surveillance (监视居住) before: one held from the first
    custody on was arrested before that judgment (one on bail may be arrested after it)."""
    first = _first_judgment(j)
    if first is None:
        return
    k, x, judged = first
    for i, d in enumerate(j.defendants):
        if any(c.kind in _BAILED for c in d.custody):
            continue
        for field_name, label in (("detained_on", "刑事拘留"), ("arrested_on", "逮捕")):
            day = iso_date(getattr(d, field_name))
            if day and day > judged:
                yield finding(
                    j, "X6", "warning",
                    f"被告人{d.name}{label}日期{day}晚于审理经过所述第一审判决{x.case_number}的日期{judged}。",
                    evidence(j, f"defendants[{i}].{field_name}", "首部") + evidence(j, f"earlier_decisions[{k}]", "审理经过"),
                    defendant=d,
                )  # fmt: skip
                break


_M = TypeVar("_M", AmountMention, DrugMention)

# Roles of an amount that is (part of) the crime amount, as X3 compares it (gambling: 赌资, 投注; rake: 抽头渔利).
CRIME_AMOUNT_ROLES = (
    "stolen", "defrauded", "robbed", "embezzled", "bribe", "value", "transfer", "extorted", "gambling",
    "rake",
)


# roles of amounts the facts tell beside the crime's (a price, damages, money returned, a fine)
_NOT_CRIME_ROLES = ("other", "compensation", "restitution", "fine")


def restated_amounts(j: Judgment) -> list[AmountMention]:
    """The crime amounts the reasoning states in yuan that X3 compares with the facts: totals, and amounts of a
    crime role but a transfer (a payment named in passing)."""
    return [
        a for a in j.amounts
        if a.section == "reasoning" and a.role in CRIME_AMOUNT_ROLES and a.currency == "CNY"
        and (a.is_total or a.role != "transfer")
    ]  # fmt: skip


def amount_bounds(a: AmountMention) -> tuple[float, float] | None:
    """The values an amount as written allows: 5080元 exactly; 5000余元 from 5000 up to 6000 (the next step of its
    last stated digit: 三十余万元 300000-400000); after 万 or 亿, the next step of the unit's last stated digit (10万余元
    100000-110000, 十三万余元 130000-140000, 1.5万余元 15000-16000); None for 约, 以上 (a threshold), 以下 and
    ranges."""
    v = round(float(a.amount_yuan), 2)
    if a.qualifier == "exact":
        return v, v
    if a.qualifier != "at_least" or not re.search("[余多]", a.text) or v <= 0 or v != int(v):
        return None  # 5000元以上 is a threshold, not an amount
    unit = re.search(r"(?:[.．](\d+))?([万亿])[余多]", a.text)
    if unit:
        return v, v + (10_000 if unit.group(2) == "万" else 100_000_000) / 10 ** len(unit.group(1) or "")
    return v, v + _last_place(v)


def _about(a: AmountMention) -> tuple[float, float] | None:
    """The values an amount told about (约5万元) allows where a restatement told about is compared: a fifth below to a
    quarter above (约5万元 is no restatement of 3万元; the dev and SPC documents restate none so)."""
    v = float(a.amount_yuan)
    return (round(v * 0.8, 2), round(v * 1.25, 2)) if a.qualifier == "about" and v > 0 else None


def _sums_of_bounds(parts: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The bounds of the sum of each two or more of ``parts`` (:func:`amount_bounds`), each end rounded to the fen."""
    return [(round(sum(lo for lo, _ in part), 2), round(sum(hi for _, hi in part), 2))
            for k in range(2, len(parts) + 1) for part in combinations(parts, k)]


def bounds_meet(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Whether two amounts' bounds share a value: points are equal, a point lies in [lo, hi), intervals overlap."""
    (a, b), (c, d) = x, y
    if a == b and c == d:
        return a == c
    if a == b:
        return c <= a < d
    if c == d:
        return a <= c < b
    return a < d and c < b


@rule("X3", "本院认为所述数额与查明的数额不一致", "《刑事诉讼法》第二百条")
def check_x3(j: Judgment, ctx: Context) -> Iterator[Finding]:
    found = (
        next(_restated_total_differs(j), None) or next(_misread_digits(j), None) or next(_misread_weights(j), None)
        or next(_misadded_total(j), None) or next(_weight_above_all_told(j), None)
        or next(_weight_of_nothing_told(j), None) or next(_gain_about_otherwise(j), None)
        or next(_alcohol_restated_otherwise(j), None) or next(_restated_in_the_facts_otherwise(j), None)
        or next(_paid_restated_otherwise(j), None)
    )  # fmt: skip
    if found is not None:
        yield found
    tallied = (
        next(_tallied_otherwise(j), None) or next(_named_beyond_the_tally(j), None)
        or next(_harmed_beyond_the_named(j), None) or next(_harm_told_otherwise(j), None)
        or next(_harms_counted_otherwise(j), None) or next(_counted_otherwise(j), None)
    )  # fmt: skip
    if tallied is not None:
        yield tallied
    yield from _approved_as_told_otherwise(j)


def _approved_as_told_otherwise(j: Judgment) -> Iterator[Finding]:
    """The sentence a 核准 item approves of a defendant (核准…（2014）某刑再终字第4号以…判处有期徒刑四年，并处
    罚金人民币1万元的刑事判决) against the one the history tells that decision imposed, or kept where it upheld or
    agreed with the one told before it (驳回上诉，维持原判; 同意原判): one sentence told two ways, a slip in one of them
    (the 422 such pairs on the dev judgments and SPC rulings all agree)."""
    index = {dec.case_number: k for k, dec in enumerate(j.earlier_decisions)}
    for q in approvals(j):
        number = CASE_NUMBER_RE.search(q.text)
        if number is None or number.group(0) not in index:
            continue
        for i, d in enumerate(j.defendants):
            p = j.span(f"defendants[{i}].verdict")
            told = _kept_by(j, index[number.group(0)], d.name)
            if p is None or not q.start <= p.start < p.end <= q.end or told is None:
                continue
            k, n = told
            s = j.earlier_decisions[k].sentences[n]
            approved, before = _told_apart(d.verdict, s)
            if approved:
                dec = j.earlier_decisions[k]
                which = "该" if dec.case_number == number.group(0) else f"其所维持的{dec.case_number}"
                yield finding(
                    j, "X3", "warning",
                    f"判决主文核准的{number.group(0)}对{d.name}判处{approved}，审理经过记载{which}{dec.form}判处{before}，"
                    "二者不一致。",
                    evidence(j, f"earlier_decisions[{k}].sentences[{n}]", "审理经过")
                    + evidence(j, f"defendants[{i}].verdict", "判决主文"),
                    defendant=d, data={"case_number": number.group(0), "approved": approved, "told": before},
                )  # fmt: skip


def _kept_by(j: Judgment, at: int, name: str) -> tuple[int, int] | None:
    """Where the history tells the sentence its decision ``at`` imposed on ``name`` or kept (that decision's, else the
    one before it that it upheld or agreed with, and so on back): (the decision, the sentence's index); None where it
    tells none or a decision between changed it in words not read."""
    for k in range(at, -1, -1):
        dec = j.earlier_decisions[k]
        n = next((n for n, s in enumerate(dec.sentences) if s.defendant == name), None)
        if n is not None:
            return k, n
        if not (dec.upheld or dec.agreed):
            return None
    return None


def _told_apart(v: Sentence, s: OriginalSentence) -> tuple[str, str]:
    """The parts of a sentence (``v``) told otherwise than in an account of it (``s``), as each tells them: the
    principal punishment and its term and probation, the fine, the 剥夺政治权利; ("", "") where they agree."""
    a: list[str] = []
    b: list[str] = []
    if (v.principal, v.term_months, v.term_days, v.probation_months) != (
            s.principal, s.term_months, s.term_days, s.probation_months) and v.principal and s.principal:
        a.append(fmt_sentence(v.principal, v.term_months, v.term_days, v.probation_months))
        b.append(fmt_sentence(s.principal, s.term_months, s.term_days, s.probation_months))
    if v.fine_yuan is not None and s.fine_yuan is not None and float(v.fine_yuan) != float(s.fine_yuan):
        a.append(f"罚金{fmt_number(v.fine_yuan)}元")
        b.append(f"罚金{fmt_number(s.fine_yuan)}元")
    rights = [x if x == "终身" or x is None else fmt_term(x) for x in (v.political_rights, s.political_rights)]
    if None not in rights and rights[0] != rights[1]:
        a.append(f"剥夺政治权利{rights[0]}")
        b.append(f"剥夺政治权利{rights[1]}")
    return "，".join(a), "，".join(b)


def _restated_in_the_facts_otherwise(j: Judgment) -> Iterator[Finding]:
    """What the facts tell twice, told otherwise the second time as by a slip of the pen (:func:`_slip`): a drug weight
    an evidence list names (…查获海洛因4225克。上述事实，有…查获的4252克毒品海洛因等物证…证实) that no weight of its drug
    the facts tell equals, nor a sum of them; a crime amount told exactly that the facts restate (从其车内提取的3.5万元
    现金, 所盗现金…已发还) that no other amount of the facts equals, nor a sum of those of its role, against one of its
    role told exactly; and a total of a drug or a crime amount told exactly (综上，被告人甲贩卖甲基苯丙胺共计18550克)
    that no other weight or amount equals, nor a sum of those of its drug or role, against a total of them told before
    it (…共计15850克), not one told of other defendants (:func:`_told_of_others`). Neither against one told of
    another count of the facts (:func:`_counts_apart`: each count's own total is no restatement of
    another's). A rate (:attr:`AmountMention.is_per_unit`: 每人8000元) is neither told again nor part of a sum.
    On the 154 dev judgments and 500 SPC rulings none is found."""
    weighed = [m for m in j.drugs if m.section == "facts" and m.grams is not None]
    told = [a for a in j.amounts if a.section == "facts" and a.currency == "CNY"]
    exact = [a for a in told if a.qualifier == "exact" and a.role in CRIME_AMOUNT_ROLES and not a.is_per_unit]
    # (what is told again, what it may restate, its kind's other values, the decimals compared, its noun)
    pairs: list[tuple[_M, list[_M], list[_M], int, str]] = []
    for m in j.drugs:
        if m.grams is None or m.section not in ("facts", "evidence") or (m.section == "facts" and not m.total
                                                                          and not m.restated):
            continue
        same = [w for w in weighed if w.drug == m.drug and w is not m]
        # an evidence list's weight against any of the facts'; a total against the totals before it, neither
        # told aside (贩卖给甲（两次共计8.6克）、乙（两次共计6.8克）: each one's own); a weight told again
        # (其中被查获2080克, 上述…) against the weights before it not told again
        if m.section == "evidence":
            first = same
        elif m.total:
            first = [w for w in same if w.total and not w.aside and w.start < m.start
                     and not _counts_apart(m, w)] if not m.aside else []
        else:
            first = [w for w in same if not w.restated and not w.total and w.start < m.start]
        pairs.append((m, first, same, 4, f"{m.drug}数量"))
    for a in exact:
        if a.is_restatement or a.is_total:
            same = [b for b in exact if b.role == a.role and b is not a and not b.is_restatement]
            first = [b for b in same if not _counts_apart(a, b)] if a.is_restatement else [
                b for b in same if b.is_total and b.start < a.start and not _told_of_others(a, b)
                and not _counts_apart(a, b)]
            pairs.append((a, first, same, 2, "数额"))
    for said, first, same, places, noun in pairs:
        value = _value(said)
        others = weighed if isinstance(said, DrugMention) else told
        if (any(b is not said and abs(_value(b) - value) < 5e-5 for b in others)
                or adds_up(value, [_value(b) for b in same])):
            continue
        for b in first:
            how = _slip(_digits(value, places), _digits(_value(b), places))
            if how is None:
                continue
            yield finding(
                j, "X3", "warning",
                f"经审理查明部分所载{noun}{b.text}，其后复述为{said.text}（{how}），查明部分未见{said.text}，疑为笔误。",
                [Evidence(b.start, b.end, b.text, "查明事实"), Evidence(said.start, said.end, said.text, "复述")],
                data={"facts_value": _value(b), "restated_value": value, "slip": how},
            )  # fmt: skip
            return


def _told_of_others(a: AmountMention, b: AmountMention) -> bool:
    """Whether two amounts are told of defendants apart, none named with both (:attr:`AmountMention.named`):
    totals told per person (被告人甲参与盗窃三次，盗窃数额共计人民币29600元；…被告人乙参与盗窃三次，盗窃
    数额共计人民币19600元) are each one's own, neither the other restated."""
    return bool(a.named and b.named and not set(a.named) & set(b.named))


def _counts_apart(x: AmountMention | DrugMention, y: AmountMention | DrugMention) -> bool:
    """Whether two amounts or weights are told of numbered counts of the facts apart
    (:attr:`AmountMention.count`, :attr:`DrugMention.item`): neither tells the other again. Each count's own
    total (（九）…此起盗窃财物价值共计人民币3760元 … （十二）…此起盗窃财物价值共计人民币3160元) is its own, and
    what is told again of one count (追回第八起被盗笔记本电脑一台（价值人民币5200元）) retells none of another's
    (the 2500元 of the ninth); a summing-up (综上，…) lies in no count."""
    if isinstance(x, DrugMention) and isinstance(y, DrugMention):
        return x.item >= 0 and y.item >= 0 and x.item != y.item
    if isinstance(x, AmountMention) and isinstance(y, AmountMention):
        return x.count is not None and y.count is not None and x.count != y.count
    return False


def _paid_restated_otherwise(j: Judgment) -> Iterator[Finding]:
    """A sum returned or paid back (退赃, 退赔, 退出非法所得), or paid as compensation (赔偿被害人经济损失), the reasoning
    restates that no amount of the facts allows, nor a sum of some of the facts' such sums (of up to ten), where the
    facts tell one of its kind (…分别退交非法所得10万元; 本院认为…分别退出非法所得五万元). Of the 154 dev judgments and
    500 SPC rulings one reasoning restates a sum paid back and one a compensation the facts tell, each as told there."""
    facts = [a for a in j.amounts if a.section == "facts" and a.currency == "CNY"]
    for role in ("restitution", "compensation"):
        yield from _role_restated_otherwise(j, facts, role)


_RESTATED_NOUNS = {"restitution": "退赃（退赔）", "compensation": "赔偿"}


def _role_restated_otherwise(j: Judgment, facts: list[AmountMention], role: str) -> Iterator[Finding]:
    shown = [a for a in facts if a.role == role]
    returned = [b for a in shown if (b := amount_bounds(a))]
    if not returned:
        return
    known = [b for a in facts if (b := amount_bounds(a))] + (_sums_of_bounds(returned) if len(returned) <= 10 else [])
    for a in j.amounts:
        b = amount_bounds(a) if a.section == "reasoning" and a.role == role and a.currency == "CNY" else None
        if b is None or any(bounds_meet(b, k) for k in known):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{_RESTATED_NOUNS[role]}数额{a.text}，经审理查明部分未见此数额（所载为{'、'.join(f.text for f in shown)}）。",
            [Evidence(a.start, a.end, a.text, "本院认为")] + [Evidence(f.start, f.end, f.text, "查明数额") for f in shown[:3]],
            data={"reasoning_amount": a.amount_yuan, "facts": [f.amount_yuan for f in shown]},
        )  # fmt: skip
        return


def _alcohol_restated_otherwise(j: Judgment) -> Iterator[Finding]:
    """A blood alcohol value the reasoning restates (其血液中乙醇含量为296.77毫克/100毫升) that no measurement of the facts
    gives (269.77: two digits swapped)."""
    measured = [b for b in j.blood_alcohol if b.section == "facts"]
    for b in j.blood_alcohol:
        if b.section != "reasoning" or any(abs(float(b.mg_per_100ml - m.mg_per_100ml)) < 0.005 for m in measured):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述血液酒精含量{b.text}，查明事实所载为{'、'.join(m.text for m in measured)}，二者不一致。",
            [Evidence(b.start, b.end, b.text, "本院认为")] + [Evidence(m.start, m.end, m.text, "查明事实") for m in measured],
            data={"said": b.mg_per_100ml, "found": [m.mg_per_100ml for m in measured]},
        )  # fmt: skip


def _tallied_otherwise(j: Judgment) -> Iterator[Finding]:
    """A number the reasoning tells of persons or events with what befell them (并致3名幼女轻伤, 既遂8人) where the
    sentences summing the facts up (综上, 共计, 其中 …) tell that outcome, and neither one of their numbers nor their sum:
    of one defendant; of several, only a number above that sum (the reasoning may tell one defendant's part of it: 致2人
    死亡 of a gang's 共致8人死亡), unless both sentences open with the same defendant (被告人甲…共致4人死亡 in the facts,
    被告人甲…致3人死亡 in the reasoning): then that defendant's sums alone, as of one defendant. On the 154 dev
    judgments and 500 SPC rulings none is found."""
    summed: dict[str, list[int]] = {}
    for k, t in enumerate(j.tallies):
        if t.section == "facts" and t.summing:
            summed.setdefault(t.what, []).append(k)
    for k, t in enumerate(j.tallies):
        if t.section != "reasoning" or t.what not in summed:
            continue
        sums, several = summed[t.what], len(j.defendants) != 1
        if several and t.defendant and (own := [i for i in sums if j.tallies[i].defendant == t.defendant]):
            sums, several = own, False
        told = [j.tallies[i].number for i in sums]
        if t.number in told or t.number == sum(told) or (several and t.number < sum(told)):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{t.text}，与查明事实综述的{'、'.join(j.tallies[i].text for i in sums)}不一致。",
            evidence(j, f"tallies[{k}]", "本院认为") + [e for i in sums for e in evidence(j, f"tallies[{i}]", "查明事实")],
            data={"what": t.what, "said": t.number, "found": told},
        )  # fmt: skip


def _named_beyond_the_tally(j: Judgment) -> Iterator[Finding]:
    """A number of persons the reasoning tells with a harm (致二人死亡, 一人重伤, 其中五人死亡: its one such number) below
    the persons the facts name with that harm (``harmed``: 致王某甲…死亡, 被害人王某乙经抢救无效死亡, 李某（殁年30岁）).
    The facts may name fewer (致二人重伤 of persons named without it), so only more is compared here, and not where a
    defendant is convicted of several charges: of the reasoning's such numbers on the dev judgments, SPC rulings and
    examples, the persons named so are as many 145 times, fewer 41 (most with none named), more 3 times, each in a
    ruling of several charges whose reasoning tells one count's harms (二人轻伤 of the first count, where the facts
    name a third 轻伤 of the second). A number its clause tells of some defendants, not all (:func:`_of_some`:
    被告人甲多次随意殴打他人，被告人乙…致二人轻微伤), is their share, the harms of the acts they took part in, and
    may be fewer. A number above the persons named is :func:`_harmed_beyond_the_named`'s."""
    for k, t in enumerate(j.tallies):
        if t.section != "reasoning" or t.what not in HARMS or _of_some(j, t.named):
            continue
        if sum(1 for x in j.tallies if x.section == "reasoning" and x.what == t.what) != 1:
            continue  # one count's of several, or told twice
        named = [(i, h) for i, h in enumerate(j.harmed) if h.harm == t.what and h.section == "facts"]
        if len(named) <= t.number or any(len(d.charges) > 1 for d in j.defendants):
            continue  # (of several charges the reasoning may tell one count's harms: 致二人轻伤 of the first count's)
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{t.text}，而查明事实载明{t.what}者{len(named)}人（{'、'.join(h.name for _, h in named)}）。",
            evidence(j, f"tallies[{k}]", "本院认为") + [e for i, _ in named for e in evidence(j, f"harmed[{i}]", t.what)],
            data={"what": t.what, "said": t.number, "named": [h.name for _, h in named]},
        )  # fmt: skip


def _harmed_beyond_the_named(j: Judgment) -> Iterator[Finding]:
    """A number of persons harmed the reasoning tells (致三人死亡, 二人重伤, 其中五人死亡: its one such number of a harm,
    told once or again) above the persons the facts tell so (``harmed``; the dead by what befell them or by the age at
    death, 殁年), where they tell one or more so and no number of their own (共致二人死亡 is compared by
    :func:`_tallied_otherwise`). On the dev judgments, SPC rulings and examples none is reported."""
    for what in reversed(HARMS):
        reasoned = [k for k, t in enumerate(j.tallies) if t.section == "reasoning" and t.what == what]
        if len({j.tallies[k].number for k in reasoned}) != 1 or any(
                t.section == "facts" and t.what == what for t in j.tallies):
            continue  # (one number, told once or again: 致一人死亡、三人轻伤…一死三轻伤)
        k, t = reasoned[0], j.tallies[reasoned[0]]
        told = [(i, h) for i, h in enumerate(j.harmed) if h.harm == what and h.section == "facts"]
        if not told or len(told) >= t.number:
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{t.text}，而查明事实载明{what}者{len(told)}人（{'、'.join(h.name for _, h in told)}）。",
            evidence(j, f"tallies[{k}]", "本院认为") + [e for i, _ in told for e in evidence(j, f"harmed[{i}]", what)],
            data={"what": t.what, "said": t.number, "named": [h.name for _, h in told]},
        )  # fmt: skip


def _harm_told_otherwise(j: Judgment) -> Iterator[Finding]:
    """A person the reasoning names with a harm (致王某某死亡、李某某轻伤) whom the facts name with another, their worst
    (``harmed``: 李某某重伤). On the dev judgments, SPC rulings and examples the reasoning names 35 persons the facts
    name with a harm, each with the facts' harm."""
    found = {h.name: (i, h) for i, h in enumerate(j.harmed) if h.section == "facts"}
    for k, h in enumerate(j.harmed):
        if h.section != "reasoning" or h.name not in found or found[h.name][1].harm == h.harm:
            continue
        i, f = found[h.name]
        yield finding(
            j, "X3", "warning", f"本院认为部分所述{h.name}{h.harm}，而查明事实载明{h.name}{f.harm}。",
            evidence(j, f"harmed[{k}]", "本院认为") + evidence(j, f"harmed[{i}]", "查明事实"),
            data={"name": h.name, "said": h.harm, "found": f.harm},
        )


def _harms_counted_otherwise(j: Judgment) -> Iterator[Finding]:
    """The reasoning's numbers of persons harmed (致一人死亡、一人重伤: one number a harm) that add up to the persons the
    facts name harmed (``harmed``), but not harm by harm (the facts: one dead, one 轻伤). Of the dev judgments, SPC
    rulings and examples whose reasoning tells such numbers, 83 add up to the persons named so, each harm by harm."""
    said: dict[str, list[int]] = {}
    for k, t in enumerate(j.tallies):
        if t.section == "reasoning" and not t.summing and t.what in HARMS:
            said.setdefault(t.what, []).append(k)
    if not said or any(len(ks) > 1 for ks in said.values()):
        return
    named: dict[str, list[int]] = {}
    for i, h in enumerate(j.harmed):
        if h.section == "facts":
            named.setdefault(h.harm, []).append(i)
    counts = {what: j.tallies[ks[0]].number for what, ks in said.items()}
    if sum(counts.values()) != sum(map(len, named.values())):
        return
    if all(counts.get(h, 0) == len(named.get(h, ())) for h in HARMS):
        return
    told = "、".join(f"{h}{len(named[h])}人（{'、'.join(j.harmed[i].name for i in named[h])}）"
                    for h in reversed(HARMS) if h in named)
    yield finding(
        j, "X3", "warning",
        f"本院认为部分所述{'、'.join(j.tallies[ks[0]].text for ks in said.values())}，而查明事实载明{told}。",
        [e for ks in said.values() for e in evidence(j, f"tallies[{ks[0]}]", "本院认为")]
        + [e for ks in named.values() for i in ks for e in evidence(j, f"harmed[{i}]", j.harmed[i].harm)],
        data={"said": counts, "named": {h: [j.harmed[i].name for i in ks] for h, ks in named.items()}},
    )  # fmt: skip


def _counted_otherwise(j: Judgment) -> Iterator[Finding]:
    """A number of things the reasoning tells with a measure word (捅刺30余刀, 非法制造枪支六支) that the facts tell with
    that word too, where no number of theirs and no sum of some of them allows it (20余刀; 四支; 4000颗 and 24000颗
    make 28000颗). A number told with 余 allows those from it up to its next step (30余刀: 30 to 39) and the same told
    so. With more than ten distinct numbers of the word in the facts, nothing is compared. Of the reasoning's such
    numbers on the dev judgments, SPC rulings and examples, 14 meet the facts' numbers of their word. Where both tell
    the kind counted (军用半自动步枪一支, 四支自制手枪: :func:`fayan.nlp.facts.counted_thing`), only the facts' numbers of
    that kind, or of none, are compared: 一支 rifle and 四支 pistols do not make 自制手枪五支."""
    for k, c in enumerate(j.counted):
        if c.section != "reasoning":
            continue
        told = {(x.number, x.about): i for i, x in enumerate(j.counted)
                if x.section == "facts" and x.unit == c.unit and not (c.thing and x.thing and x.thing != c.thing)}
        if not told or len(told) > 10:
            continue
        sums = {(sum(n for n, _ in part), any(a for _, a in part))
                for size in range(1, len(told) + 1) for part in combinations(told, size)}
        if any(_count_allows(c.number, c.about, n, about) for n, about in sums):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{c.thing}{c.text}，与查明事实所述的{'、'.join(j.counted[i].text for i in told.values())}"
            "不一致。",
            evidence(j, f"counted[{k}]", "本院认为")
            + [e for i in told.values() for e in evidence(j, f"counted[{i}]", "查明事实")],
            data={"unit": c.unit, "said": c.number, "found": [n for n, _ in told]},
        )  # fmt: skip


def _count_allows(said: int, said_about: bool, found: int, found_about: bool) -> bool:
    """Whether a number told (20余: ``said_about``) may restate one found: the same, or, told with 余, one from it up
    to its next step (20余 allows 20 to 29, 100余 100 to 199).

    >>> _count_allows(20, True, 26, False), _count_allows(30, True, 20, True), _count_allows(26, False, 20, True)
    (True, False, True)
    """
    if said_about == found_about:
        return said == found
    about, exact = (said, found) if said_about else (found, said)
    return about <= exact < about + 10 ** max(0, len(str(about)) - 1)


def _digits(value: float, places: int = 2) -> str:
    """An amount in yuan (a weight in grams: ``places=4``) as its digits are compared: 71212, 115700, 0.5."""
    return f"{value:.{places}f}".rstrip("0").rstrip(".")


def _slip(said: str, found: str) -> str | None:
    """How the digits of an amount restated in the reasoning differ from those of an amount of the facts when they
    look like a slip of the pen: two digits swapped, neighbours (71212 / 71221, 11.57万 / 11.75万) or not (9.63克 /
    6.93克), or one digit changed, or one but 0 left out or added, where both amounts have three or more significant
    digits (263962 / 263862; 11.57万 / 1.57万: 115700 / 15700); else None."""
    if abs(len(said) - len(found)) == 1:
        return _digit_dropped(said, found)
    if len(said) != len(found) or said == found:
        return None
    at = [i for i, (a, b) in enumerate(zip(said, found)) if a != b]
    if not all(said[i].isdigit() and found[i].isdigit() for i in at):
        return None
    if len(at) == 2 and (said[at[0]], said[at[1]]) == (found[at[1]], found[at[0]]):
        return "两位数字前后颠倒" if at[1] == at[0] + 1 else "两位数字互换"
    significant = min(len(x.replace(".", "").strip("0")) for x in (said, found))
    return "一位数字不同" if len(at) == 1 and significant >= 3 else None


def _digit_dropped(said: str, found: str) -> str | None:
    """Whether ``said`` is ``found`` with one digit but 0 left out (115700 / 15700) or one more (15700 / 115700), where
    both have three or more significant digits. Not a 0 (71212 / 712120): ten times an amount is also what ten
    acts of it come to."""
    short, long = sorted((said, found), key=len)
    if len(short.replace(".", "").strip("0")) < 3:
        return None
    if not any(long[:i] + long[i + 1 :] == short for i in range(len(long)) if long[i] in "123456789"):
        return None
    return "漏写一位数字" if said is short else "多写一位数字"


def _misread_digits(j: Judgment) -> Iterator[Finding]:
    """An amount of the reasoning, of any role, that no amount of the facts (nor their total) equals but that
    differs as by a slip of the pen from one of them, or from the sum of the totals the facts give for one role
    (两笔损失共计3924162元、1362478元 → 5286640元). On the 154 dev judgments, 500 SPC rulings and the examples no
    reasoning amount was such a neighbour (one with a single significant digit was: 一千万元 / 1080万元). A criminal
    decision's reasoning (本院经审查认为，原判认定…将…208万元资金据为己有) is read against its history's amounts instead
    (``section`` procedure: …赃款280万元予以追缴): of the 500 SPC rulings, 18 criminal decisions tell amounts, and the
    5 their reasoning restates are each told in the history too."""
    history = not any(a.section == "facts" for a in j.amounts)
    facts = [a for a in j.amounts if a.section == ("procedure" if history else "facts")]
    stated = {round(float(a.amount_yuan), 2) for a in facts}
    if j.total_crime_amount_yuan is not None:
        stated.add(round(float(j.total_crime_amount_yuan), 2))
    exact = [a for a in facts if a.currency == "CNY" and a.qualifier == "exact"]
    bounded = [(b, x) for b in facts if b.currency == "CNY" and (x := amount_bounds(b))]
    # and the figure of one told about (6470余元, restated as 6740元), which the amount restated is not within
    about = [(b, x) for b, x in bounded if x[0] != x[1]]
    candidates: list[tuple[float, str, list[AmountMention]]] = [
        (float(b.amount_yuan), b.text, [b]) for b in exact + [b for b, _x in about]
    ]
    for role in dict.fromkeys(b.role for b in exact):
        # (not a rate: 每人共计…元 is no total of the role)
        totals = [b for b in exact
                  if b.role == role and b.is_total and not b.is_restatement and not b.is_per_unit]
        if len(totals) > 1:
            summed = round(sum(float(b.amount_yuan) for b in totals), 2)
            candidates.append((summed, f"合计{fmt_number(summed)}元", totals))
    for a in j.amounts:
        if a.section != "reasoning" or a.currency != "CNY":
            continue
        if a.qualifier != "exact":
            # (not against the facts' own restatements: a paragraph of the court's reasoning the splitter leaves in the
            # facts restates the same 1912万余元)
            found = _rounded_slip(j, a, [x for b, x in bounded if not b.is_restatement], exact, history)
        else:
            v = round(float(a.amount_yuan), 2)
            if v in stated or any(bounds_meet((v, v), x) for _b, x in about):
                continue
            found = _slip_finding(j, a, a.amount_yuan, candidates, 2, "数额", "数额", "amount", history)
        if found is not None:
            yield found
            return


def _rounded_slip(
    j: Judgment, a: AmountMention, told: list[tuple[float, float]], exact: list[AmountMention], history: bool = False
) -> Finding | None:
    """An amount the reasoning gives to a unit with 余 (1921万余元) that no amount of the facts (``told``: the values
    each allows) lies within, where an exact amount of the facts, cut to that unit (19120246.98元: 1912万), differs
    from it as by a slip of the pen."""
    bounds = amount_bounds(a)
    if bounds is None or bounds[0] == bounds[1] or any(bounds_meet(bounds, x) for x in told):
        return None
    step = bounds[1] - bounds[0]
    if j.total_crime_amount_yuan is not None and bounds[0] <= float(j.total_crime_amount_yuan) < bounds[1]:
        return None
    said = _digits(bounds[0] // step, 0)
    unit, name = (1e8, "亿") if "亿" in a.text else (1e4, "万") if "万" in a.text else (1, "")
    for b in exact:
        how = _slip(said, _digits(float(b.amount_yuan) // step, 0)) if float(b.amount_yuan) >= step else None
        if how is not None:
            cut = float(b.amount_yuan) // step * step / unit
            where, gap, label = _told_where(history, "数额")
            return finding(
                j, "X3", "warning",
                f"本院认为部分的数额{a.text}与{where}的数额{b.text}（{fmt_number(cut)}{name}余元）{how}，"
                f"{gap}未见{a.text}，疑为笔误。",
                [Evidence(a.start, a.end, a.text, "本院认为"), Evidence(b.start, b.end, b.text, label)],
                data={"reasoning_amount": a.amount_yuan, "facts_amount": b.amount_yuan, "slip": how},
            )  # fmt: skip
    return None


def _told_where(history: bool, measure: str) -> tuple[str, str, str]:
    """Where the value restated otherwise is told, as X3's slip findings word it: the facts (经审理查明), or a criminal
    decision's history (审理经过所载); and its evidence label."""
    return ("审理经过所载", "审理经过", "审理经过") if history else ("经审理查明", "查明部分", f"查明{measure}")


def _slip_finding(
    j: Judgment, a: _M, said_value: Number, candidates: Sequence[tuple[float, str, list[_M]]], places: int,
    noun: str, measure: str, key: str, history: bool = False,
) -> Finding | None:
    """X3's finding for the reasoning's ``a`` (of ``said_value``, its digits to ``places`` decimals) and the first of
    ``candidates`` (value, as shown, its mentions in the facts, or in a decision's ``history``) it differs from as by
    a slip of the pen; None if none. ``noun`` names ``a`` (数额, 甲基苯丙胺数量), ``measure`` the facts' value (数额,
    数量), ``key`` the data's (reasoning_amount, facts_amount)."""
    said = _digits(float(said_value), places)
    where, gap, label = _told_where(history, measure)
    for value, shown, spans in candidates:
        how = _slip(said, _digits(value, places))
        if how is None:
            continue
        return finding(
            j, "X3", "warning",
            f"本院认为部分的{noun}{a.text}与{where}的{measure}{shown}{how}，{gap}未见{a.text}，疑为笔误。",
            [Evidence(a.start, a.end, a.text, "本院认为")]
            + [Evidence(b.start, b.end, b.text, label) for b in spans],
            data={f"reasoning_{key}": said_value, f"facts_{key}": value, "slip": how},
        )  # fmt: skip
    return None


def _misread_weights(j: Judgment) -> Iterator[Finding]:
    """A drug weight the reasoning restates that no weight of the same drug in the facts equals, nor a sum of some of
    them (the court adding two batches, 共计34.703千克 and 共计约9千克, to 43.703千克), nor the quantity found, but
    that differs from one of them, the sum of all or some of them (of up to eight weights) or the quantity as by a
    slip of the pen (0.78克 / 0.87克). Not a weight a conversion gives, nor a sum with one (see
    :func:`_weight_of_nothing_told`)."""
    facts = [m for m in j.drugs if m.section == "facts" and m.grams is not None]
    derived = [m for m in j.drugs if m.converted and m.grams is not None]
    for a in j.drugs:
        if a.section != "reasoning" or a.grams is None or a.converted:
            continue
        same = [m for m in facts if m.drug == a.drug]
        candidates = [(float(m.grams), m.text, [m]) for m in same]  # type: ignore[arg-type]
        weighed = [m for m in same if not m.total]
        for part in (weighed, [m for m in same if m.total], same):
            if len(part) > 1:
                summed = round(sum(float(m.grams) for m in part), 4)  # type: ignore[arg-type]
                candidates.append((summed, f"合计{fmt_number(summed)}克", part[:3]))
        # the quantity found: a stated total, else the sum; not where it is this restatement's own figure (the largest
        # total stated being the reasoning's: 共计0.32克 of 0.20克 and 0.03克)
        if a.drug == j.drug and j.drug_grams is not None:
            equal = [m for m in same if float(m.grams) == float(j.drug_grams)]  # type: ignore[arg-type]
            if equal or float(j.drug_grams) != float(a.grams):  # type: ignore[arg-type]
                candidates.append((float(j.drug_grams), f"{fmt_number(j.drug_grams)}克", equal[:1] or weighed[:3]))
        # the sum of some of them (three batches of one defendant's of four): 2184克、934克、533.3克 and 3615.3克; a
        # batch's own total among them (共计34.703千克 and 共计约9千克, restated as 43.703千克)
        distinct = list({float(m.grams): m for m in same}.values())  # type: ignore[arg-type]
        if len(distinct) <= 8:
            for k in range(2, len(distinct)):
                for part in combinations(distinct, k):
                    summed = round(sum(float(m.grams) for m in part), 4)  # type: ignore[arg-type]
                    candidates.append((summed, f"合计{fmt_number(summed)}克", list(part)[:3]))
        said = _digits(float(a.grams), 4)
        # a court adding some of them up, or with what it converted (126.5克 and 折算为…447.2克: 573.7克)
        restated = adds_up(float(a.grams), [m.grams for m in same + derived if m.drug == a.drug])
        if restated or any(_digits(value, 4) == said for value, _, _ in candidates):
            continue
        found = _slip_finding(j, a, a.grams, candidates, 4, f"{a.drug}数量", "数量", "grams")
        if found is None and len(weighed) >= 2 and len(weighed) == len(same):
            found = _misread_item(j, a, weighed)
        if found is not None:
            yield found
            return


def _gain_about_otherwise(j: Judgment) -> Iterator[Finding]:
    """A gain the reasoning restates about (从中牟利二十余万元: 200,000 to 300,000) that no gain the facts tell can be
    (非法获利累计30余万元), where the restatement gives one digit (二十余万, not 7.2万余 of 71212元, which the slips of
    :func:`_misread_digits` read). Not one restated exactly, which may be a threshold the gain passes (已远超三万元).
    An amount told about reaches up to the next step of its last digit that is not 0 (30余万元 up to 40万). The dev
    judgments and SPC rulings restate one gain so (三十余万元 of 30余万元): no finding."""

    def loose(a: AmountMention) -> tuple[float, float] | None:
        b = amount_bounds(a)
        return b if b is None or b[0] == b[1] else (b[0], max(b[1], b[0] + _last_place(b[0])))

    told = [(a, b) for a in j.amounts if a.section == "facts" and a.role == "gains" and (b := loose(a))]
    for a in j.amounts:
        b = loose(a) if a.section == "reasoning" and a.role == "gains" and a.qualifier != "exact" else None
        if b is None or not told or len(str(int(b[0])).rstrip("0")) != 1 or any(bounds_meet(b, k) for _f, k in told):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为所述获利{a.text}，与查明事实所述的获利{'、'.join(f.text for f, _k in told)}不一致。",
            [Evidence(a.start, a.end, a.text, "本院认为")]
            + [Evidence(f.start, f.end, f.text, "查明数额") for f, _k in told[:3]],
            data={"reasoning_amount": a.amount_yuan, "facts_amounts": [f.amount_yuan for f, _k in told]},
        )  # fmt: skip
        return


def _last_place(value: float) -> float:
    """The place of a figure's last significant digit (3.8万克: 1,000; 1.32克: 0.01; 5000余元: 1,000), the most its
    rounding can have added or 余 can add."""
    digits = _digits(value, 4)
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _weight_above_all_told(j: Judgment) -> Iterator[Finding]:
    """A drug weight the reasoning restates above every weight of that drug the facts tell added up (a total and
    its items twice), even less what its rounding can have added (3.8万克 of 甲基苯丙胺, where the facts weigh 33,000,
    1,249.6, 0.6 and 3 grams): more than the facts found. On the 154 dev judgments and 500 SPC rulings the 34
    weights restated of a drug the facts weigh come to at most the facts' sum. Not one a conversion gives (折算成
    海洛因…: another drug's weights converted)."""
    facts = [m for m in j.drugs if m.section == "facts" and m.grams is not None]
    for a in j.drugs:
        if a.section != "reasoning" or a.grams is None or a.converted:
            continue
        same = [m for m in facts if m.drug == a.drug]
        told = round(sum(float(m.grams) for m in same), 4)  # type: ignore[arg-type]
        if same and float(a.grams) - _last_place(float(a.grams)) >= told:  # type: ignore[arg-type]
            yield finding(
                j, "X3", "warning",
                f"本院认为所述{a.drug}{a.text}，多于查明事实所述该毒品各笔数量之和{fmt_number(told)}克。",
                [Evidence(a.start, a.end, a.text, "本院认为")]
                + [Evidence(m.start, m.end, m.text, "查明数量") for m in same[:3]],
                data={"reasoning_grams": a.grams, "facts_grams": told},
            )  # fmt: skip
            return


def _weight_of_nothing_told(j: Judgment) -> Iterator[Finding]:
    """A drug weight the reasoning restates exactly (no 余 or 多) that is none of the weights the facts give the same
    drug, no sum of some of them (each as told, or times the deals it is told of) and not the quantity found, nor
    one of those cut or rounded to the restatement's last place (63克 of 63.76克): the facts' 0.68克 and 0.15克 restated
    as 0.78克. :func:`_misread_weights` reports those that look like a slip of the pen; this, the rest. Of the 34
    weights the reasoning restates in the 154 dev judgments and 500 SPC rulings, two are none of those, both told
    roughly (63克, 3.4万余克): no finding. A weight a conversion gives (按含量8.6%折算为甲基苯丙胺447.2克) is no
    restatement: it is not compared, and counts among the facts' weights (126.5克 and the 447.2克: 共计573.7克)."""
    facts = [m for m in j.drugs if m.section == "facts" and m.grams is not None]
    derived = [m for m in j.drugs if m.converted and m.grams is not None]
    for a in j.drugs:
        if (a.section != "reasoning" or a.grams is None or a.converted
                or re.search("余|多", a.text)):  # (a 约 before it: rounded below)
            continue
        same = [m for m in facts if m.drug == a.drug]
        if not same:
            continue
        told = {round(float(m.grams) * t, 4) for m in same + [d for d in derived if d.drug == a.drug]
                for t in {1, m.times}}  # type: ignore[arg-type]
        if len(told) > 12:
            continue
        found = set(told) | {round(sum(c), 4) for k in range(2, len(told) + 1) for c in combinations(sorted(told), k)}
        if a.drug == j.drug and j.drug_grams is not None:
            found.add(round(float(j.drug_grams), 4))
        said = float(a.grams)  # type: ignore[arg-type]
        # the restatement's last place, in grams (1.2千克: 100克; 60克: 10克, as 约60克 is told, its 约 outside the span)
        printed = re.search(r"(\d+?)(0*)(?:\.(\d+))?(?!\d)", a.text)
        unit = 1.0
        if printed and float(printed.group()):
            places = -len(printed.group(3)) if printed.group(3) else len(printed.group(2))
            unit = 10.0**places * said / float(printed.group())
        if any(abs(v - said) < 5e-5 or abs(round(v / unit) * unit - said) < unit / 100
               or abs(int(v / unit + 1e-9) * unit - said) < unit / 100 for v in found):
            continue
        yield finding(
            j, "X3", "warning",
            f"本院认为部分所述{a.drug}数量{a.text}，与查明事实所述该毒品的各笔数量（{'、'.join(m.text for m in same[:6])}）"
            "及其合计均不一致。",
            [Evidence(a.start, a.end, a.text, "本院认为")] + [Evidence(m.start, m.end, m.text, "查明数量") for m in same[:6]],
            data={"reasoning_grams": a.grams, "facts_grams": [m.grams for m in same]},
        )  # fmt: skip
        return


def _misread_item(j: Judgment, a: DrugMention, weighed: list[DrugMention]) -> Finding | None:
    """A weight of the facts that differs as by a slip of the pen from what the reasoning's total leaves for it once
    the facts' other weights are taken off (1,000克, 50克 and 4,291.77克 told, 5,971.77克 restated: 4,921.77克 left):
    the slip is the facts' item, the total the court's sum of the right one."""
    total = float(a.grams)  # type: ignore[arg-type]
    for m in weighed:
        left = round(total - sum(float(x.grams) for x in weighed if x is not m), 4)  # type: ignore[arg-type]
        how = _slip(_digits(left, 4), _digits(float(m.grams), 4)) if left > 0 else None  # type: ignore[arg-type]
        if how is not None:
            return finding(
                j, "X3", "warning",
                f"查明的{a.drug}数量{m.text}与本院认为所述{a.text}减去其余各笔后的{fmt_number(left)}克{how}，"
                "疑为笔误。",
                [Evidence(m.start, m.end, m.text, "查明数量"), Evidence(a.start, a.end, a.text, "本院认为")],
                data={"reasoning_grams": a.grams, "facts_grams": m.grams, "expected": left, "slip": how},
            )  # fmt: skip
    return None


_TAKEN = {"stolen": "taken", "robbed": "taken", "defrauded": "taken", "value": "taken"}  # what was taken, its value


def _misadded_total(j: Judgment) -> Iterator[Finding]:
    """A total the facts state (综上…共计2870克, 共计骗取…元) that is no sum of the items they list before it, since the
    last total of the same drug or amount role, nor of those after it, up to the next, but differs from the sum of
    all of one side as by a slip of the pen (2770克 of 30克, 50克 and 2690克). Most totals of the 154 dev judgments and
    500 SPC rulings are no sum of the items around them (a count's items told elsewhere, a seizure beside sales); one
    is such a neighbour, a slip of the ruling's own (共劫取现金9340元 of 2260, 6590 and 500 yuan). Amounts are read by
    their role, then, where that finds none, what was taken and the value of it as one kind (盗窃…价值24408.8元 of
    1、…价值6700元 …), which finds no other on those documents. Amounts told with 余 (现金700余元, 共计价值79960余元)
    count by their figure, and the total is no slip where the values they allow meet (5万余元 and 29960元 make 79960余元
    up to 89960余元). Where the sum is no slip of the total, an item (an amount or a weight) may be the slip
    (:func:`_slipped_item`): one item that, one digit changed or two swapped, makes a sum the total allows, where no
    reading of its items adds up to it; on those documents none is. A weight's total told aside
    (:attr:`DrugMention.aside`: 分别贩卖给甲（两次共计8.6克）、乙（一次3.2克）) tallies parts not told with it and is
    not summed, nor is an amount told per person, per time or per item (:attr:`AmountMention.is_per_unit`), a
    rate and neither an item nor a total: 招揽考生七人，约定每人收取费用1.8万元，考前先收取定金每人6000元，共计
    收取4.2万元 is seven deposits, not 1.8万 and 6000 (24000, its digits swapped). A part of the breakdown of an
    amount of another role (:func:`_broken_down`: 收取购房款共计188000元，其中…转入…，36700元用于日常消费) is that
    amount's, no item of this total."""
    weights = [(m.drug, float(m.grams), m.total, m) for m in j.drugs if m.section == "facts" and m.grams is not None]
    told = [a for a in j.amounts if a.section == "facts" and a.currency == "CNY" and not a.is_restatement
            and not a.is_per_unit
            and (a.qualifier == "exact" or (a.qualifier == "at_least" and amount_bounds(a) is not None))]
    amounts = [(a.role, float(a.amount_yuan), a.is_total, a) for a in told]
    taken = [(_TAKEN.get(a.role, a.role), float(a.amount_yuan), a.is_total, a) for a in told]
    # an item read as a slip (:func:`_slipped_item`) is reported only where no reading of the total's items adds up to
    # it (the values alone may not, and the values with the cash taken do: 6700、1008.8、12000 and 700 元 of 20408.8元)
    explained: set[int] = set()  # the totals' starts
    # (the total, the item read otherwise or the total itself, the reading, how, the total's items)
    slipped: list[tuple[AmountMention, AmountMention, float, str, list[AmountMention | DrugMention]]] = []
    # (the total, the finding of its sum's slip)
    misadded: list[tuple[AmountMention | DrugMention, Finding]] = []
    details = _broken_down(told)
    # each part of a breakdown, and the whole it breaks down (其中人民币151300元转入…，人民币36700元用于…)
    whole_of = {p: w for w, parts in details.items() for p in parts}
    for mentions, places, unit in ((weights, 4, "克"), (amounts, 2, "元"), (taken, 2, "元")):
        mentions.sort(key=lambda x: x[3].start)
        for kind, value, total, t in mentions:
            # (a total told aside, 贩卖给甲（两次共计8.6克）、乙（一次3.2克）, tallies 甲's deals, told elsewhere if at all)
            if not total or (isinstance(t, DrugMention) and t.aside):
                continue
            same = [(v, is_total, m) for kind2, v, is_total, m in mentions if kind2 == kind]
            at = next(n for n, x in enumerate(same) if x[2] is t)
            before = list(reversed(list(takewhile(lambda x: not x[1], reversed(same[:at])))))
            after = list(takewhile(lambda x: not x[1], same[at + 1 :]))
            if unit == "元":
                # a part of a breakdown of a whole of another role is that whole's, no item of this total:
                # 收取…购房款共计188000元，其中…36700元用于偿还借款 is no item of 又转了九万六千元首付，其中有七万多元…
                kinds = {m.start for _, _, m in same}
                before, after = ([x for x in side if whole_of.get(x[2].start, t.start) in kinds]
                                 for side in (before, after))
            nested = _with_subtotals(same[:at], details)
            if nested and abs(sum(_value(m) for m in nested) - value) < 5e-3:
                explained.add(t.start)
                continue
            if nested and (how := _slip(_digits(value, places), _digits(sum(_value(m) for m in nested), places))):
                summed = round(sum(_value(m) for m in nested), places)
                misadded.append((t, finding(
                    j, "X3", "warning",
                    f"查明事实所列{'、'.join(m.text for m in nested)}合计{fmt_number(summed)}{unit}，所述共计{t.text}"
                    f"与之{how}，疑为笔误或计算错误。",
                    [Evidence(t.start, t.end, t.text, "所述合计")]
                    + [Evidence(m.start, m.end, m.text, "所列数额") for m in nested[:3]],
                    data={"stated_total": value, "sum_of_items": summed, "slip": how},
                )))  # fmt: skip
                continue
            for side in (before, after):
                values = [v for v, _, _ in side]
                if len(values) < 2 or len(values) > 16:
                    continue
                allowed = unit == "元" and _sum_allows(t, [m for _, _, m in side])
                if value in values or adds_up(value, values) or allowed:
                    explained.add(t.start)
                    continue
                # the sum of all, of the distinct values (a batch told again: 约定购买350克…将350克寄给 is one), or of
                # the weights not told again (取得…2008克。…查获…2008克: ``restated``)
                anew = [v for v, _, m in side if not (isinstance(m, DrugMention) and m.restated)]
                sums = dict.fromkeys(round(sum(x), places) for x in (values, set(values), anew))
                summed, how = next(((x, h) for x in sums if (h := _slip(_digits(value, places), _digits(x, places)))),
                                   (0.0, None))
                if how is None:
                    items = [m for _, _, m in side]
                    item = _slipped_item(t, items, places) or _slipped_total(t, items)
                    if item is not None:
                        slipped.append((t, *item, items))
                    continue
                listed = "、".join(dict.fromkeys(m.text for _, _, m in side))
                more = "余" if any(isinstance(m, AmountMention) and m.qualifier != "exact" for _, _, m in side) else ""
                misadded.append((t, finding(
                    j, "X3", "warning",
                    f"查明事实所列{listed}合计{fmt_number(summed)}{more}{unit}，所述共计{t.text}与之{how}，疑为笔误或计算错误。",
                    [Evidence(t.start, t.end, t.text, "所述合计")]
                    + [Evidence(m.start, m.end, m.text, "所列数额") for _, _, m in side[:3]],
                    data={"stated_total": value, "sum_of_items": summed, "slip": how},
                )))  # fmt: skip
    # a sum that misses the total by a slip is reported only where no other reading of its items adds up to
    # it: the values of goods received (收取价值16.6万元的铜材…实际骗取14.6万元) miss 共计骗取…价值32.6万元, which what each
    # item states was actually obtained makes
    for t, found in misadded:
        if t.start not in explained:
            yield found
            return
    for t, m, read, how, items in slipped:
        if t.start not in explained and m is t:  # the total read otherwise (:func:`_slipped_total`)
            listed = "、".join(dict.fromkeys(x.text for x in items))
            yield finding(
                j, "X3", "warning",
                f"查明事实所列{listed}与所述共计{t.text}不合，按{fmt_number(read)}余元计则与各笔合计相符，二者{how}，疑为笔误。",
                [Evidence(t.start, t.end, t.text, "所述合计")]
                + [Evidence(x.start, x.end, x.text, "所列数额") for x in items[:3]],
                data={"stated_total": _value(t), "read_as": read, "slip": how},
            )  # fmt: skip
            return
        if t.start not in explained:
            unit = "克" if isinstance(t, DrugMention) else "元"
            yield finding(
                j, "X3", "warning",
                f"查明事实所列{m.text}与所述共计{t.text}不合，按{fmt_number(read)}{unit}计则各笔合计与之相符，二者{how}，"
                "疑为笔误。",
                [Evidence(m.start, m.end, m.text, "所列数额"), Evidence(t.start, t.end, t.text, "所述合计")],
                data={"stated_total": _value(t), "item": _value(m), "read_as": read, "slip": how},
            )  # fmt: skip
            return


def _broken_down(told: Sequence[AmountMention]) -> dict[int, set[int]]:
    """The amounts of ``told`` that the amounts right after them break down (骗取乙人民币一万二千元，其中通过微信转账
    5,000元，当面收取现金7,000元): each one's start, and the starts of its parts, the two or more amounts that follow
    it within 60 characters, of any role, and add up to it."""
    out: dict[int, set[int]] = {}
    for n, x in enumerate(told):
        if run := _adding_up(x, told[n + 1 :]):
            out[x.start] = {z.start for z in run}
    return out


def _adding_up(
    whole: AmountMention, ordered: Iterable[AmountMention], *, back: bool = False,
    stop: Callable[[AmountMention], bool] = lambda _x: False,
) -> list[AmountMention]:
    """The first two or more of ``ordered`` (the amounts after ``whole`` in reading order, or before it read
    backwards with ``back``), each within 60 characters of the one before, that add up to ``whole``: its
    breakdown (:func:`_broken_down`), or the items it sums (:func:`_sums_told_items`); [] where the run breaks
    (too far, or at one ``stop`` says ends it) before it does."""
    run: list[AmountMention] = []
    for x in ordered:
        prev = run[-1] if run else whole
        if (prev.start - x.end if back else x.start - prev.end) > 60 or stop(x):
            break
        run.append(x)
        if len(run) >= 2 and abs(sum(float(z.amount_yuan) for z in run) - float(whole.amount_yuan)) < 5e-3:
            return run
    return []


def _with_subtotals(
    earlier: Sequence[tuple[float, bool, AmountMention | DrugMention]], details: dict[int, set[int]]
) -> list[AmountMention | DrugMention]:
    """The items told before a total, in order, back to the last total that is no item of it, where an item's own
    breakdown (:func:`_broken_down`) is that item: 8,000元、一万二千元（其中5,000元、7,000元）、4,650元、3000元 before
    综上共计27,650元, whose 一万二千元 is a total of its own parts and an item of the whole. Empty where no such item
    is crossed (the items since the last total are then read as they are) or fewer than two are left."""
    items: list[AmountMention | DrugMention] = []
    crossed = False
    for _v, is_total, m in reversed(earlier):
        if is_total:
            parts = details.get(m.start) if isinstance(m, AmountMention) else None
            if not parts:
                break
            items = [x for x in items if x.start not in parts]
            crossed = True
        items.append(m)
    return list(reversed(items)) if crossed and len(items) >= 2 else []


def _value(m: AmountMention | DrugMention) -> float:
    """An amount's yuan or a weight's grams."""
    return float(m.grams or 0) if isinstance(m, DrugMention) else float(m.amount_yuan)


def _slipped_total(
    total: AmountMention | DrugMention, items: Sequence[AmountMention | DrugMention]
) -> tuple[AmountMention | DrugMention, float, str] | None:
    """A total told with 余 that, its figure read with two digits swapped or one changed (:func:`_slip`), the sum of
    ``items`` allows, where as written it does not (现金200余元、267元 and 3744元 against 共计2400余元: 4200余元 allows
    4211 up to 4311); (the total, the reading, how). None for a weight or an exact total (the sum is compared with
    those as it is)."""
    told = _item_bounds(total) if isinstance(total, AmountMention) else None
    bounds = [b for m in items if (b := _item_bounds(m)) is not None]
    if told is None or told[0] == told[1] or len(bounds) != len(items):
        return None
    width, summed = told[1] - told[0], (sum(lo for lo, _ in bounds), sum(hi for _, hi in bounds))
    said = _digits(told[0])
    readings = {said[:i] + d + said[i + 1 :] for i in range(len(said)) for d in "0123456789"} | {
        said[:i] + said[k] + said[i + 1 : k] + said[i] + said[k + 1 :]
        for i in range(len(said)) for k in range(i + 1, len(said))}  # fmt: skip
    for reading in sorted(readings):
        how = _slip(said, reading) if not reading.startswith("0") else None
        if how is not None and bounds_meet((float(reading), float(reading) + width), summed):
            return total, float(reading), how
    return None


def _item_bounds(m: AmountMention | DrugMention) -> tuple[float, float] | None:
    """The values an amount (:func:`amount_bounds`) or a weight of one deal allows (a weight is exact)."""
    if isinstance(m, DrugMention):
        return (float(m.grams), float(m.grams)) if m.grams is not None and m.times == 1 else None
    return amount_bounds(m)


def _slipped_item(
    total: AmountMention | DrugMention, items: Sequence[AmountMention | DrugMention], places: int = 2
) -> tuple[AmountMention | DrugMention, float, str] | None:
    """The one exact item of ``items`` that, read with one digit changed or two swapped (:func:`_slip`), makes their
    sum one ``total`` allows (:func:`amount_bounds`; a weight, ``places=4``, exactly), where no other item or reading
    does: the facts' item is the slip (现金200余元、267元 and a motorcycle of 5744元 against 共计4200余元: 3744元 makes
    4211; 贩卖30克、50克 and 2960克 against 综上…共计2770克: 2690克). (item, reading, how.)"""
    told = _item_bounds(total)
    bounds = [b for m in items if (b := _item_bounds(m)) is not None]
    if told is None or len(bounds) != len(items):
        return None
    tolerance = 0.5 / 10**places
    found: list[tuple[AmountMention | DrugMention, float, str]] = []
    for k, m in enumerate(items):
        if bounds[k][0] != bounds[k][1]:  # (told with 余: no figure to read otherwise)
            continue
        rest = bounds[:k] + bounds[k + 1 :]
        lo, hi = told[0] - sum(b[1] for b in rest), told[1] - sum(b[0] for b in rest)
        # a bound is met where what it comes from is exact: 100余元 counts from its figure up to, not with, 200元,
        # so 499、100余、67、3700、320 and 400 元 make an exact 5086元 (the upper bound met), and no 5186元
        low_met, high_met = all(lo_ == hi_ for lo_, hi_ in rest), told[0] == told[1]
        digits = _digits(_value(m), places)
        for read in _readings(digits):
            value = float(read)
            fits = (value > lo - tolerance if low_met else value > lo + tolerance) and (
                value < hi + tolerance if high_met else value < hi - tolerance)
            if fits and (how := _slip(read, digits)) is not None:
                found.append((m, value, how))
    return found[0] if len(found) == 1 else None


def _readings(digits: str) -> Iterator[str]:
    """The figures ``digits`` becomes with one digit changed (not to a leading 0) or two digits swapped."""
    places = [i for i, c in enumerate(digits) if c.isdigit()]
    for i in places:
        for c in "0123456789":
            if c != digits[i] and not (c == "0" and i == 0):
                yield digits[:i] + c + digits[i + 1 :]
    for x, i in enumerate(places):
        for k in places[x + 1 :]:
            if digits[i] != digits[k] and not (digits[k] == "0" and i == 0):
                yield digits[:i] + digits[k] + digits[i + 1 : k] + digits[i] + digits[k + 1 :]


def _sum_allows(total: AmountMention, items: Sequence[AmountMention]) -> bool:
    """Whether the values an amount told with 余 allows (:func:`amount_bounds`) meet those the sum of ``items`` allows,
    some told with 余 (700余元 and 5万余元 with 29260元: 79960 up to 90060); False where all are exact."""
    bounds = [b for a in (total, *items) if (b := amount_bounds(a)) is not None]
    if len(bounds) <= len(items) or all(lo == hi for lo, hi in bounds):
        return False
    rest = bounds[1:]
    return bounds_meet(bounds[0], (sum(lo for lo, _ in rest), sum(hi for _, hi in rest)))


def _of_some(j: Judgment, told_of: Sequence[str]) -> bool:
    """Whether an amount or a number is told of some of the document's defendants, not all: its clause names
    some of them (``told_of``, :attr:`AmountMention.named` or :attr:`Tally.named`: 被告人丙参与入户盗窃二次，价值
    共计11200元, of 甲, 乙 and 丙; 被告人乙伙同他人随意殴打他人致二人轻微伤, of 甲 and 乙)."""
    if len(j.defendants) < 2 or not told_of:
        return False
    named = set(told_of)
    some = sum(1 for d in j.defendants if named & {d.name, *d.aliases, *d.name_variants})
    return 0 < some < len(j.defendants)


def _sums_told_items(
    total: AmountMention, reasoned: Sequence[AmountMention], facts: Sequence[AmountMention]
) -> bool:
    """Whether a total the reasoning states adds up two or more of its amounts right before it (each within 60
    characters of the next), each of which the facts tell exactly: a sum of some items of the facts, no
    restatement of the crime amount (尚未退赔的经济损失3830元（未追回的电脑价值6420元、手镯价值2150元及现金3260元，合计11830元，
    扣除已退赔的8000元）)."""
    told = {round(float(f.amount_yuan), 2) for f in facts if f.qualifier == "exact"}
    run = _adding_up(total, reversed([x for x in reasoned if x.end <= total.start]), back=True,
                     stop=lambda x: x.qualifier != "exact" or x.is_total)
    return bool(run) and all(round(float(z.amount_yuan), 2) in told for z in run)


def _restated_total_differs(j: Judgment) -> Iterator[Finding]:
    """A crime amount the reasoning restates that no amount of the facts, their total or their sum allows. Without a
    crime amount of the document, or with one of a later count (several counts, the first of no amount: 故意杀人 and
    盗窃), where the facts give a total of a crime role, against the facts' amounts and the sums of some of their crime
    amounts (one defendant's thefts of several: 4000元、3000余元、3060元、6470余元 and 16530元); with more than twelve,
    nothing is compared. An amount its clause tells of some defendants, not all (:func:`_of_some`), is their
    share, so the sums of some of the facts' crime amounts allow it too. A loss the reasoning restates is
    compared too where the facts total a loss or a value. An amount the reasoning counts out (…其中…现金12000元…
    证据不足，不予认定。本院认定…诈骗数额为人民币122000元) is its cause of a smaller amount: the facts' totals and sums
    less it (or less several it counts out) are allowed too. A total the reasoning adds up of items before it
    that the facts tell (:func:`_sums_told_items`: 未追回的…6420元、…2150元及现金3260元，合计11830元) is a sum
    of some of them."""
    facts = [a for a in j.amounts if a.section == "facts"]
    if not facts:
        return
    # an amount the reasoning restates about (30余万元) is not read as one of the facts of no crime role (a car's price
    # of 319140元 beside the loan of 200200元 defrauded by buying it); one restated exactly may be any
    known = [b for a in facts if a.role not in _NOT_CRIME_ROLES and (b := amount_bounds(a))]
    unnamed = [b for a in facts if a.role in _NOT_CRIME_ROLES and (b := amount_bounds(a))]
    told_about = [b for a in facts if (b := _about(a))]  # (约2万元: only what the reasoning restates about meets it)
    # (a rate, 每人8000元, is no part of any sum of them)
    crimes = [a for a in facts if a.role in CRIME_AMOUNT_ROLES and not a.is_restatement and not a.is_per_unit]
    convicted = [c for d in j.defendants for c in d.charges_standard]
    if j.total_crime_amount_yuan is None or (convicted and amount_charge(convicted) != convicted[0]):
        parts = [b for b in map(amount_bounds, crimes) if b]
        if not any(a.is_total and a.role in CRIME_AMOUNT_ROLES for a in facts) or len(parts) > 12:
            return
        wholes = _sums_of_bounds(parts)
        known += wholes
        listed = True  # no total of the document's to show: the facts' amounts are
    else:
        total = j.span("total_crime_amount_yuan")
        # a total read from the reasoning itself (the facts name no crime amount) is no evidence of the facts
        listed = total is not None and any(s.kind == "reasoning" and s.start <= total.start < s.end for s in j.sections)
        wholes = []
        if not listed:
            t = round(float(j.total_crime_amount_yuan), 2)
            wholes.append((t, t))
        # their sum, the facts' totals apart from the items they sum (three thefts of 10元 and 共计价值30元: 30, not 60)
        for part in ([a for a in crimes if not a.is_total], [a for a in crimes if a.is_total]):
            crime = round(sum(float(a.amount_yuan) for a in part), 2)
            wholes.append((crime, crime))
        known += wholes
    wholes += [b for a in crimes if a.is_total and (b := amount_bounds(a))]
    # less what the reasoning counts out (of up to six values: 134000元 less 12000元 不予认定 is 122000元)
    dropped = sorted({float(a.amount_yuan) for a in j.amounts if a.section == "reasoning" and a.is_counted_out
                      and a.currency == "CNY" and a.amount_yuan})
    if len(dropped) <= 6:
        less = [round(sum(c), 2) for n in range(1, len(dropped) + 1) for c in combinations(dropped, n)]
        known += [(round(lo - x, 2), round(hi - x, 2)) for lo, hi in wholes for x in less if hi - x > 0]
    # a loss the reasoning restates (放火…造成财产损失7000余元) where the facts total the loss or the value destroyed
    # (共计价值7350元); without such a total its parts are not summed, so it is not compared
    losses = [a for a in j.amounts if a.section == "reasoning" and a.role == "loss" and a.currency == "CNY"]
    if not any(f.is_total and f.role in ("loss", "value") for f in facts):
        losses = []
    # an amount the reasoning states of some defendants, not all (…；被告人丙参与入户盗窃二次，价值共计11200元), is
    # their share: the sum of the counts they took part in, some of the facts' crime amounts (of up to twelve)
    shares = [b for b in map(amount_bounds, crimes) if b]
    shares_known = _sums_of_bounds(shares) if len(shares) <= 12 else None
    reasoned = [a for a in j.amounts if a.section == "reasoning" and a.currency == "CNY"]
    for a in restated_amounts(j) + losses:
        b = amount_bounds(a) or _about(a)
        also = told_about if a.qualifier == "about" else []
        if a.is_total and _sums_told_items(a, reasoned, [f for f in facts if f.currency == "CNY"]):
            continue
        if _of_some(j, a.named):
            if shares_known is None:
                continue  # (too many parts to sum each way)
            also = also + shares_known
        if b is None or any(bounds_meet(b, k) for k in known + also + (unnamed if b[0] == b[1] else [])):
            continue
        shown = [Evidence(a.start, a.end, a.text, "本院认为")]
        if listed:
            said = "、".join(dict.fromkeys(f.text for f in facts))
            message = f"本院认为部分认定的数额{a.text}，经审理查明部分未见此数额（所列数额为{said}）。"
            shown += [Evidence(f.start, f.end, f.text, "查明数额") for f in facts[:3]]
        else:
            message = f"本院认为部分认定的数额{a.text}与经审理查明的数额（合计{fmt_number(j.total_crime_amount_yuan)}元）不一致。"
            shown += evidence(j, "total_crime_amount_yuan", "查明数额")
        yield finding(
            j, "X3", "warning", message, shown,
            data={"reasoning_amount": a.amount_yuan, "facts_total": None if listed else j.total_crime_amount_yuan},
        )  # fmt: skip
        return
