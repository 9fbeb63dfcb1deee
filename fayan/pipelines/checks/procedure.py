"""Procedure checks: the 量刑建议, 速裁 sentences, the appeal period, 上诉不加刑, trials of minors (E12–E15, E19)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from fayan.findings import Finding
from fayan.judgment import Count, Defendant, Judgment, OriginalSentence, Recommendation, Sentence
from fayan.nlp.charges import normalize_charge
from fayan.nlp.outcome import GENERAL_TERM_RANGE
from fayan.pipelines.checks.base import (
    PRINCIPAL_RANK, Context, appellate_header, case_stage, evidence, finding, fmt_number, fmt_sentence, fmt_term,
    months_of, quoted, rule,
)
from fayan.pipelines.law import (
    appellate_level, city_of_county_court, city_of_court, court_level, province_of_case_number, province_of_court,
)

def _months(months: int | None, days: int | None) -> float | None:
    return None if months is None else months_of(months, days)


def _over_three_years(d: Defendant) -> bool:
    v = d.verdict
    if v.principal not in PRINCIPAL_RANK:
        return False
    if PRINCIPAL_RANK[v.principal] > PRINCIPAL_RANK["有期徒刑"]:
        return True
    months = _months(v.term_months, v.term_days)
    return v.principal == "有期徒刑" and months is not None and months > 36


def _within(principal: str, months: float, principals: tuple[str, ...], lo: float, hi: float | None) -> bool:
    if principal == principals[0]:
        return lo - 1e-6 <= months <= (hi if hi is not None else float("inf")) + 1e-6
    if principal in principals[1:]:
        # 一年以下有期徒刑或拘役: any 拘役; 三个月以下有期徒刑或者拘役 (有期徒刑 starts at six months): 拘役 up to three
        return principal != "拘役" or hi is None or months <= hi + 1e-6
    # 一年以下有期徒刑 and a lighter kind of punishment: still below the recommendation, where its ceiling is one of the
    # code's (在有期徒刑一年以下的幅度内量刑 and 拘役五个月, adopted, in a dev judgment: the bracket 处一年以下有期徒刑、拘役
    # …); not under a ceiling of the prosecutor's own (十个月以下有期徒刑, where 或者拘役 is written when meant)
    return (lo == 0 and (hi is None or hi in _CODE_CEILINGS) and principals[0] in PRINCIPAL_RANK
            and PRINCIPAL_RANK[principal] < PRINCIPAL_RANK[principals[0]])


# the ceilings, in months, of the criminal code's brackets of 有期徒刑 that start at its least: 处一年、二年、三年、五年以下
# 有期徒刑 (no other in the code's text)
_CODE_CEILINGS = frozenset({12, 24, 36, 60})


def _fmt_range(principals: tuple[str, ...], lo: float, hi: float | None) -> str:
    def m(x: float) -> str:
        return fmt_term(int(x), round((x - int(x)) * 30) or None)

    p = principals[0]
    if p == "单处罚金":  # (a fine alone: no term)
        return p
    rng = f"{p}{m(lo)}" if hi == lo else (f"{p}{m(hi)}以下" if lo == 0 and hi is not None else
                                          f"{p}{m(lo)}以上" if hi is None else f"{p}{m(lo)}至{m(hi)}")
    return rng + "".join(f"或{x}" for x in principals[1:])


@rule("E12", "判决偏离量刑建议", "刑事诉讼法第二百零一条")
def check_e12(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for k, r in enumerate(j.recommendations):
        if r.defendants:
            targets = [(i, d) for i, d in enumerate(j.defendants) if d.name in r.defendants or set(d.name_variants) & set(r.defendants)]
        else:
            targets = list(enumerate(j.defendants)) if len(j.defendants) == 1 else []
        for i, d in targets:
            # what the court says of this defendant's own recommendation (对被告人甲、乙提出的量刑建议适当，本院予以采纳，
            # its reasons given for 丙's only); a record without it, the document's
            word, said_at = d.recommendation_stance, f"defendants[{i}].recommendation_stance"
            if word is None:
                word, said_at = j.recommendation_stance, "recommendation_stance"
            if word == "rejected":
                continue  # the court says why it departs
            v, given_at = d.verdict, f"defendants[{i}].verdict"
            if r.charge is not None:  # a count's recommendation (对其所犯A罪，判处…；犯B罪…): that count's sentence
                n = normalize_charge(r.charge)
                ks = [k2 for k2, c in enumerate(d.counts)
                      if n and (m := normalize_charge(c.charge)) and m.standard == n.standard]
                if len(ks) != 1:
                    continue
                c = d.counts[ks[0]]
                v = Sentence(c.principal, c.term_months, c.term_days, fine_yuan=c.fine_yuan)
                given_at = f"defendants[{i}].counts[{ks[0]}]"
            elif v.with_earlier_judgment:
                # 与前罪…并罚, 决定执行…: the recommendation is for the new crime's own sentence
                if len(d.counts) != 1:
                    continue
                c = d.counts[0]
                v, given_at = Sentence(c.principal, c.term_months, c.term_days, fine_yuan=c.fine_yuan), f"defendants[{i}].counts[0]"
            adopted = word == "adopted"
            # 速裁程序 needs the defendant's agreement to the recommendation (刑事诉讼法第二百二十二条; the 2014 pilot
            # likewise): a departure there is one from an agreed sentence, as in a case of 认罪认罚
            pleaded = "认罪认罚" in d.circumstances or j.trial_procedure == "速裁"
            if not adopted and not pleaded:
                continue
            ev = (evidence(j, f"recommendations[{k}]", "量刑建议") + evidence(j, given_at, "判决主文")
                  + evidence(j, said_at, "本院认为"))  # fmt: skip
            departures = list(_departures(r, v))
            if len(departures) > 1:  # one finding per recommendation departed from: the whole of both
                departures = [(_recommended(r), f"判处{_given(v)}", {"departures": [x[2] for x in departures]})]
            for what, given, data in departures:
                what = f"对{r.charge}判处{what}" if r.charge else what
                who = f"{'被告单位' if d.is_unit else '被告人'}{d.name}" + (f"所犯{r.charge}" if r.charge else "")
                msg = (f"判决称采纳公诉机关的量刑建议（{what}），对{who}却{given}。"
                       if adopted else
                       f"{'认罪认罚案件' if '认罪认罚' in d.circumstances else '适用速裁程序的案件'}中公诉机关建议{what}，"
                       f"判决对{who}{given}，未见不采纳量刑建议的理由。")
                yield finding(j, "E12", "error" if adopted else "warning", msg, ev, defendant=d, data=data)


def _yuan(x: float) -> str:
    return f"{fmt_number(x)}元"


def _probation_text(r: Recommendation) -> str:
    """The recommended 缓刑 as a finding writes it (，缓刑1年 / ，缓刑1年至2年 / ，不适用缓刑), or ''."""
    lo, hi = r.probation_lo_months, r.probation_hi_months
    if r.probation == "yes":
        return "，缓刑" + ("" if lo is None else fmt_term(int(lo)) + ("" if hi in (None, lo) else f"至{fmt_term(int(hi))}"))
    return "，不适用缓刑" if r.probation == "no" else ""


def _fine_text(r: Recommendation) -> str:
    """The recommended fine as a finding writes it (，并处罚金2000元 / …至3000元), or '' where none is."""
    if r.fine_lo_yuan is None or r.fine_hi_yuan is None:
        return ""
    return f"，并处罚金{_yuan(r.fine_lo_yuan)}" + ("" if r.fine_hi_yuan == r.fine_lo_yuan else f"至{_yuan(r.fine_hi_yuan)}")


def _recommended(r: Recommendation) -> str:
    """The whole recommendation: its range, 缓刑 and fine."""
    if r.principals[0] == "单处罚金":
        return _sole_fine_text(r)
    return _fmt_range(r.principals, r.lo_months, r.hi_months) + _probation_text(r) + _fine_text(r)


def _sole_fine_text(r: Recommendation) -> str:
    """A fine recommended alone as a finding writes it: 单处罚金200000元 / …至300000元 / 单处罚金."""
    return "单处罚金" + _fine_text(r).removeprefix("，并处罚金")


def _given(v: Sentence) -> str:
    """The whole sentence: its punishment, 缓刑 and fine."""
    if v.principal not in GENERAL_TERM_RANGE:
        return str(v.principal)
    out = fmt_sentence(v.principal, v.term_months, v.term_days, v.probation_months)
    return out + (f"，并处罚金{_yuan(float(v.fine_yuan))}" if v.fine_yuan is not None else "")


def _departures(r: Recommendation, v: Sentence) -> Iterator[tuple[str, str, dict[str, object]]]:
    """How the sentence ``v`` departs from the recommendation ``r``: (what was recommended, what was given, data)."""
    if r.principals[0] == "单处罚金":
        yield from _sole_fine_departures(r, v)
        return
    rng = _fmt_range(r.principals, r.lo_months, r.hi_months)
    months = _months(v.term_months, v.term_days)
    if v.principal in GENERAL_TERM_RANGE and months is not None:
        if not _within(v.principal, months, r.principals, r.lo_months, r.hi_months):
            yield rng, f"判处{fmt_sentence(v.principal, v.term_months, v.term_days)}", {
                "recommended": [r.lo_months, r.hi_months], "principals": list(r.principals)}
    elif v.principal in ("单处罚金", "免予刑事处罚") and r.lo_months > 0:
        # a lighter kind of sentence than any term the recommendation allows
        yield rng, f"判处{v.principal}" if v.principal == "单处罚金" else "免予刑事处罚", {
            "recommended": [r.lo_months, r.hi_months], "principals": list(r.principals), "given": v.principal}
    if v.principal not in GENERAL_TERM_RANGE:
        return
    given = fmt_sentence(v.principal, v.term_months, v.term_days, v.probation_months)
    lo, hi = r.probation_lo_months, r.probation_hi_months
    if r.probation == "yes" and not v.probation_months and not v.probation_days:
        yield rng + _probation_text(r), f"判处{given}，未宣告缓刑", {"probation": "yes", "given": None}
    elif r.probation == "no" and (v.probation_months or v.probation_days):
        yield rng + _probation_text(r), f"判处{given}", {"probation": "no", "given": v.probation_months}
    elif r.probation == "yes" and lo is not None and v.probation_months is not None:
        p = _months(v.probation_months, v.probation_days) or 0.0
        if not lo - 1e-6 <= p <= (hi if hi is not None else lo) + 1e-6:
            yield rng + _probation_text(r), f"判处{given}", {"probation": [lo, hi], "given": p}
    if r.fine_lo_yuan is not None and r.fine_hi_yuan is not None and v.fine_yuan is not None:
        if not r.fine_lo_yuan - 0.005 <= float(v.fine_yuan) <= r.fine_hi_yuan + 0.005:
            yield rng + _fine_text(r), f"判处罚金{_yuan(float(v.fine_yuan))}", {
                "fine": [r.fine_lo_yuan, r.fine_hi_yuan], "given": float(v.fine_yuan)}


def _sole_fine_departures(r: Recommendation, v: Sentence) -> Iterator[tuple[str, str, dict[str, object]]]:
    """How ``v`` departs from a fine recommended alone (建议对被告单位判处罚金人民币二十万元): another kind of
    punishment (a term, or 免予刑事处罚), or a fine outside its amount."""
    what = _sole_fine_text(r)
    if v.principal in PRINCIPAL_RANK or v.principal == "免予刑事处罚":
        given = "免予刑事处罚" if v.principal == "免予刑事处罚" else f"判处{_given(v)}"
        yield what, given, {"recommended": "单处罚金", "given": v.principal}
    elif v.principal == "单处罚金" and r.fine_lo_yuan is not None and r.fine_hi_yuan is not None \
            and v.fine_yuan is not None \
            and not r.fine_lo_yuan - 0.005 <= float(v.fine_yuan) <= r.fine_hi_yuan + 0.005:
        yield what, f"判处罚金{_yuan(float(v.fine_yuan))}", {
            "fine": [r.fine_lo_yuan, r.fine_hi_yuan], "given": float(v.fine_yuan)}


@rule("E13", "速裁程序判处三年有期徒刑以上刑罚", "刑事诉讼法第二百二十二条")
def check_e13(j: Judgment, ctx: Context) -> Iterator[Finding]:
    if j.trial_procedure != "速裁":
        return
    for i, d in enumerate(j.defendants):
        if _over_three_years(d):
            v = d.verdict
            term = fmt_sentence(v.principal, v.term_months, v.term_days)  # type: ignore[arg-type]
            yield finding(
                j, "E13", "error",
                f"本案适用速裁程序，速裁程序只适用于可能判处三年有期徒刑以下刑罚的案件，被告人{d.name}却被判处{term}。",
                evidence(j, "trial_procedure", "审理经过") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
                defendant=d, data={"principal": v.principal, "term_months": v.term_months},
            )  # fmt: skip


_APPEAL_PERIOD = {"判决": 10, "裁定": 5}


@rule("E14", "上诉期限或上诉法院告知有误", "刑事诉讼法第二百二十七条、第二百三十条")
def check_e14(j: Judgment, ctx: Context) -> Iterator[Finding]:
    form, days = j.appeal_form, j.appeal_days
    if j.procedure == "二审" and appellate_header(j) and (days is not None or j.appeal_court):
        # a second-instance judgment or ruling is final (刑事诉讼法第二百四十四条): 本判决为终审判决, not a notice of
        # appeal copied from a first-instance template (如不服本判决，可在…十日内…向某高级人民法院提出上诉); not one
        # whose header is a first instance's (公诉机关, 被告人) under a 刑终 number: X5's lead, the number the slip
        told = evidence(j, "appeal_days", "上诉告知") or evidence(j, "appeal_court", "上诉告知")
        yield finding(
            j, "E14", "error",
            f"{j.case_number}为第二审案件，第二审的判决、裁定是终审的判决、裁定，文书尾部却告知可以上诉。",
            told + evidence(j, "case_number", "案号"), basis="刑事诉讼法第二百四十四条",
            data={"procedure": j.procedure, "days": days, "appeal_court": j.appeal_court},
        )  # fmt: skip
    elif form in _APPEAL_PERIOD and days is not None and days != _APPEAL_PERIOD[form]:
        yield finding(
            j, "E14", "error",
            f"不服{form}的上诉期限为{_APPEAL_PERIOD[form]}日，文书尾部却告知{days}日。",
            evidence(j, "appeal_days", "上诉告知"), basis="刑事诉讼法第二百三十条",
            data={"form": form, "days": days, "expected": _APPEAL_PERIOD[form]},
        )  # fmt: skip
    yield from _appeal_court(j)
    yield from _history_appeal_courts(j)
    for k, dec in enumerate(j.earlier_decisions):  # the history: 在五日的法定期限内没有上诉 after a 判决
        if dec.form in _APPEAL_PERIOD and dec.appeal_days is not None and dec.appeal_days != _APPEAL_PERIOD[dec.form]:
            yield finding(
                j, "E14", "warning",
                f"不服{dec.form}的上诉、抗诉期限为{_APPEAL_PERIOD[dec.form]}日，审理经过却称{dec.case_number}{dec.form}"
                f"在{dec.appeal_days}日的法定期限内没有上诉、抗诉。",
                evidence(j, f"earlier_decisions[{k}]", "审理经过"), basis="刑事诉讼法第二百三十条",
                data={"case_number": dec.case_number, "days": dec.appeal_days, "expected": _APPEAL_PERIOD[dec.form]},
            )  # fmt: skip


def _history_appeal_courts(j: Judgment) -> Iterator[Finding]:
    """A first-instance judgment (刑初) the history tells, and the appeal ruling after it (刑终) by a court that is not
    the next one up: of another level, or of another province (湖南省长沙市中级人民法院, then 湖北省高级人民法院). A
    warning; on the dev judgments and SPC rulings, the 371 such pairs whose courts' levels are known all agree."""
    ds = j.earlier_decisions
    for k in range(1, len(ds)):
        first, appeal = ds[k - 1], ds[k]
        if case_stage(first.case_number) != "初" or case_stage(appeal.case_number) != "终" or not first.court \
                or not appeal.court:
            continue
        expected, level = appellate_level(first.court), court_level(appeal.court)
        here, there = province_of_court(first.court), province_of_court(appeal.court)
        if expected is None or level is None or (level == expected and (not here or not there or here == there)):
            continue
        why = f"{level}法院" if level != expected else there
        yield finding(
            j, "E14", "warning",
            f"审理经过记载{first.court}{first.case_number}判决的上诉由{appeal.court}（{why}）审理，"
            f"应由其上一级{expected}人民法院{f'（{here}）' if here else ''}审理，请核对。",
            evidence(j, f"earlier_decisions[{k}].court", "审理经过")
            + evidence(j, f"earlier_decisions[{k - 1}].court", "审理经过"),
            basis="刑事诉讼法第二百二十七条", data={"court": first.court, "appeal_court": appeal.court},
        )  # fmt: skip


def _appeal_court(j: Judgment) -> Iterator[Finding]:
    """The notice must name the next court up (刑事诉讼法第二百二十七条): its level, then its province, then its city.

    Special courts (railway, maritime, 兵团 …) and courts whose names do not say are left alone; the city is
    compared only for a district or county court of a prefecture-level city (仙桃市人民法院 appeals to 汉江中院,
    嘉峪关市人民法院 to 酒泉中院), named after the city (杭州市西湖区人民法院) or after the county alone
    (吴川市人民法院, a county of 湛江市 in ``law/counties.tsv``), and only as a warning: the city lists are not
    official files.
    """
    court, target = j.court, j.appeal_court
    if j.procedure != "一审" or not court or not target or target == "原审法院":
        return
    expected, level = appellate_level(court), court_level(target)
    if expected is None or level is None:
        return
    ev = evidence(j, "appeal_court", "上诉告知") + evidence(j, "court", "审判法院")
    data: dict[str, object] = {"court": court, "appeal_court": target, "expected_level": expected}
    city, district = city_of_court(court) or (None, False)
    if city is None and expected == "中级":  # a court named after its county alone: 吴川市人民法院 is 湛江市's
        province = province_of_court(court) or province_of_case_number(j.case_number or "")
        city, district = city_of_county_court(court, province), True
    if level != expected:
        where = city if expected == "中级" and city and district else ""
        yield finding(
            j, "E14", "error",
            f"{court}的第一审判决应上诉于{where}{expected}人民法院，文书却告知上诉于{target}（{level}法院）。",
            ev, basis="刑事诉讼法第二百二十七条", data={**data, "level": level},
        )  # fmt: skip
        return
    # a court an intermediate court designated to try the case (经上海市第一中级人民法院指定，本案由本院审理) is one of its
    # own (刑事诉讼法第二十七条: 上级人民法院可以指定下级人民法院审判), so the appeal goes to that court
    by = j.designated_by
    if by and expected == "中级" and court_level(by) == "中级" and target != by and target.endswith("中级人民法院"):
        yield finding(
            j, "E14", "warning",
            f"本案经{by}指定由{court}审理，上诉应向{by}提出，文书却告知上诉于{target}。",
            ev + evidence(j, "designated_by", "指定管辖"), basis="刑事诉讼法第二十七条、第二百二十七条",
            data={**data, "designated_by": by},
        )  # fmt: skip
        return
    here, there = province_of_court(court), province_of_court(target)
    if here and there and here != there:
        yield finding(
            j, "E14", "error",
            f"{court}属{here}，上一级法院也应在{here}，文书却告知上诉于{target}（{there}）。",
            ev, basis="刑事诉讼法第二百二十七条", data={**data, "province": here, "appeal_province": there},
        )  # fmt: skip
        return
    other = city_of_court(target)
    if expected == "中级" and city and district and other and other[0] != city:
        yield finding(
            j, "E14", "warning",
            f"{court}位于{city}，上诉应向{city}中级人民法院提出，文书却告知上诉于{target}。",
            ev, basis="刑事诉讼法第二百二十七条", data={**data, "city": city, "appeal_city": other[0]},
        )  # fmt: skip


def _heavier(new_p: str, new_m: float | None, new_prob: int | None, old_p: str, old_m: float | None, old_prob: int | None) -> bool:
    if PRINCIPAL_RANK[new_p] != PRINCIPAL_RANK[old_p]:
        return PRINCIPAL_RANK[new_p] > PRINCIPAL_RANK[old_p]
    if new_m is not None and old_m is not None and new_m > old_m + 1e-6:
        return True
    return bool(old_prob) and not new_prob and (new_m is None or old_m is None or new_m >= old_m)


@rule("E15", "二审违反上诉不加刑", "刑事诉讼法第二百三十七条")
def check_e15(j: Judgment, ctx: Context) -> Iterator[Finding]:
    yield from _heavier_in_the_history(j)
    if j.procedure != "二审" or j.appeal_by != "defendant" or not j.original_sentences:
        return
    originals = {o.defendant: (k, o) for k, o in enumerate(j.original_sentences)}
    for i, d in enumerate(j.defendants):
        hit = originals.get(d.name) or next((originals[v] for v in d.name_variants if v in originals), None)
        v = d.verdict
        if hit is None or v.principal not in PRINCIPAL_RANK:
            continue
        k, o = hit
        if o.principal not in PRINCIPAL_RANK or v.with_earlier_judgment != o.with_earlier_judgment:
            continue  # one combined with another judgment's sentence, the other not: not comparable
        new_m, old_m = _months(v.term_months, v.term_days), _months(o.term_months, o.term_days)
        if _heavier(v.principal, new_m, v.probation_months, o.principal, old_m, o.probation_months):
            severity = "error"
            said = (f"判处{fmt_sentence(v.principal, v.term_months, v.term_days, v.probation_months)}，"
                    f"重于一审判处的{fmt_sentence(o.principal, o.term_months, o.term_days, o.probation_months)}")
            data: dict[str, object] = {"first_instance": o.principal, "first_months": o.term_months}
        elif v.fine_yuan is not None and o.fine_yuan is not None and float(v.fine_yuan) > float(o.fine_yuan):
            severity = "warning"
            said = f"并处罚金{fmt_number(v.fine_yuan)}元，多于一审的{fmt_number(o.fine_yuan)}元（附加刑亦不得加重）"
            data = {"first_fine": o.fine_yuan, "fine": v.fine_yuan}
        elif (pair := next(_heavier_counts(d.counts, o.counts), None)) is not None:
            severity, (new, old) = "error", pair
            said = _raised_count(new, old, "一审") + "（数罪中某罪的刑罚亦不得加重）"
            data = {"charge": new.charge, "first_instance": old.principal, "first_months": old.term_months}
        elif (added := next(_added_to_counts(d.counts, o.counts), None)) is not None:
            (said, data), severity = added, "warning"
        else:
            continue
        yield finding(
            j, "E15", severity, f"本案仅有被告人一方上诉，二审对{d.name}{said}。",
            evidence(j, f"original_sentences[{k}]", "一审判决") + evidence(j, f"defendants[{i}].verdict", "判决主文"),
            defendant=d, data=data,
        )  # fmt: skip


def _heavier_in_the_history(j: Judgment) -> Iterator[Finding]:
    """A sentence the procedure history tells heavier than the one it told the same defendant before, where between
    the two only the defendants appealed (刑事诉讼法第二百三十七条: 上诉不加刑, and after a remand too, unless the
    prosecution protested or prosecuted new facts): a review ruling (死刑复核) or a retrial that tells how the case
    went shows the sentence it approves or reviews was made against the rule."""
    # each sentence told of each defendant, in order, with what was done against the decisions since (``appeal``)
    told: dict[str, list[tuple[int, int, OriginalSentence, set[str | None]]]] = {}
    for k, dec in enumerate(j.earlier_decisions):
        for n, new in enumerate(dec.sentences):
            before = told.get(new.defendant, [None])[-1]
            if before is not None and _appealed_by_defendants_only(before[3]):
                k0, n0, old, _seen = before
                severity = "error"
                said, data = _raised(new, new.counts, old) or (None, {})
                if (said is None and new.fine_yuan is not None and old.fine_yuan is not None
                        and new.principal == old.principal and float(new.fine_yuan) > float(old.fine_yuan)):
                    said, severity = (f"并处罚金{fmt_number(new.fine_yuan)}元，多于此前的{fmt_number(old.fine_yuan)}元"
                                      "（附加刑亦不得加重）"), "warning"
                    data = {"earlier_fine": old.fine_yuan, "later_fine": new.fine_yuan}
                if said is None and (added := next(_added_to_counts(new.counts, old.counts), None)) is not None:
                    (said, data), severity = added, "warning"
                if said is not None:
                    d = next((x for x in j.defendants if new.defendant in (x.name, *x.aliases, *x.name_variants)), None)
                    yield finding(
                        j, "E15", severity,
                        f"{j.earlier_decisions[k0].case_number}{j.earlier_decisions[k0].form}后仅有被告人一方上诉，"
                        f"{dec.case_number}{dec.form}对{new.defendant}{said}。",
                        evidence(j, f"earlier_decisions[{k0}].sentences[{n0}]", "此前判决")
                        + evidence(j, f"earlier_decisions[{k}].sentences[{n}]", "其后判决"),
                        defendant=d, data=data,
                    )  # fmt: skip
            told.setdefault(new.defendant, []).append((k, n, new, set()))
        for name, sentences in told.items():
            done = "prosecution" if name in dec.new_facts_against else dec.appeal
            for *_, seen in sentences:
                seen.add(done)
    # the sentence this document approves or upholds (核准…维持第一审对被告人X以抢劫罪判处死刑), against the last one the
    # history tells of X, where only the defendants appealed since (一审 死缓, 上诉, 二审 维持原审判决, 核准 死刑); else
    # against an earlier one the defendants appealed so, which the last is not heavier than (一审 持有假币罪 一年, 上诉,
    # 二审 told 一年 and approved as 二年; a heavier last one is reported above; not a judgment none appealed, which a
    # retrial or a new prosecution followed)
    for i, d in enumerate(j.defendants):
        sentences = next((told[n] for n in (d.name, *d.aliases, *d.name_variants) if n in told), [])
        if not quoted(j, f"defendants[{i}].verdict"):
            yield from _heavier_on_remand(j, i, d, sentences)
            continue
        raised, severity, k0, n0 = None, "error", -1, -1
        latest = sentences[-1][2] if sentences else None
        for k0, n0, old, seen in reversed(sentences):
            if not _appealed_by_defendants_only(seen) or (latest is not None and old is not latest and (
                    j.earlier_decisions[k0].appeal != "defendant" or _raised(latest, latest.counts, old) is not None
                    or next(_added_to_counts(latest.counts, old.counts), None) is not None)):
                continue
            raised, severity = _raised(d.verdict, d.counts, old), "error"  # (a count too: 抢劫 十二年 told, 十四年 approved)
            if raised is None:
                raised, severity = next(_added_to_counts(d.counts, old.counts), None), "warning"
            if raised is not None:
                break
        if raised is None:
            continue
        yield finding(
            j, "E15", severity,
            f"{j.earlier_decisions[k0].case_number}{j.earlier_decisions[k0].form}后仅有被告人一方上诉，本文书核准或维持对"
            f"{d.name}{raised[0]}。",
            evidence(j, f"earlier_decisions[{k0}].sentences[{n0}]", "此前判决")
            + evidence(j, f"defendants[{i}].verdict", "判决主文"),
            defendant=d, data=raised[1],
        )  # fmt: skip


def _heavier_on_remand(
    j: Judgment, i: int, d: Defendant, sentences: Sequence[tuple[int, int, OriginalSentence, set[str | None]]]
) -> Iterator[Finding]:
    """This document's own sentence of ``d`` (not one it approves or upholds), heavier than the last one the
    history tells of him (``sentences``: :func:`_heavier_in_the_history`'s), where since then only the
    defendants appealed and the case was sent back: a retrial after a remand may not be heavier unless new
    facts were prosecuted (刑事诉讼法第二百三十七条第二款: 一审 有期徒刑三年, 上诉, 撤销原判，发回重审, then 有期徒刑三年六个月).
    A 抗诉, or a 补充起诉 or 变更起诉 the history or the retrial's prosecution tells (``new_facts_against``),
    makes it lawful."""
    if not sentences:
        return
    k0, n0, old, seen = sentences[-1]
    ds = j.earlier_decisions
    remand = next((k for k in range(k0 + 1, len(ds)) if ds[k].remanded), None)
    if remand is None or not _appealed_by_defendants_only(seen):
        return
    v, severity = d.verdict, "error"
    said, data = _raised(v, d.counts, old) or (None, {})
    if (said is None and v.fine_yuan is not None and old.fine_yuan is not None
            and (v.principal, v.with_earlier_judgment) == (old.principal, old.with_earlier_judgment)
            and float(v.fine_yuan) > float(old.fine_yuan)):
        said, severity = (f"并处罚金{fmt_number(v.fine_yuan)}元，多于此前的{fmt_number(old.fine_yuan)}元"
                          "（附加刑亦不得加重）"), "warning"
        data = {"earlier_fine": old.fine_yuan, "later_fine": v.fine_yuan}
    if said is None and (added := next(_added_to_counts(d.counts, old.counts), None)) is not None:
        (said, data), severity = added, "warning"
    if said is None:
        return
    first, back = ds[k0], ds[remand]
    yield finding(
        j, "E15", severity,
        f"{first.case_number}{first.form}后仅有被告人一方上诉，{back.case_number}{back.form}发回重审，"
        f"未见补充起诉新的犯罪事实，本文书对{d.name}{said}。",
        evidence(j, f"earlier_decisions[{k0}].sentences[{n0}]", "此前判决")
        + evidence(j, f"earlier_decisions[{remand}]", "发回重审")
        + evidence(j, f"defendants[{i}].verdict", "判决主文"),
        defendant=d, basis="刑事诉讼法第二百三十七条第二款", data={**data, "remanded_by": back.case_number},
    )  # fmt: skip


def _raised(
    new: Sentence | OriginalSentence, counts: Sequence[Count], old: OriginalSentence
) -> tuple[str, dict[str, object]] | None:
    """How a sentence (``new``, of ``counts``) is heavier than one told before of the same defendant (``old``): its
    principal punishment or term, else one of its counts; as a finding tells it, with the finding's data. None where
    it is not, or where one of the two is joined to another judgment's sentence and the other not."""
    if (new.principal in PRINCIPAL_RANK and old.principal in PRINCIPAL_RANK
            and new.with_earlier_judgment == old.with_earlier_judgment
            and _heavier(new.principal, _months(new.term_months, new.term_days), new.probation_months,
                         old.principal, _months(old.term_months, old.term_days), old.probation_months)):
        return (f"判处{fmt_sentence(new.principal, new.term_months, new.term_days, new.probation_months)}，重于此前判处的"
                f"{fmt_sentence(old.principal, old.term_months, old.term_days, old.probation_months)}",
                {"earlier": old.principal, "later": new.principal})
    if (pair := next(_heavier_counts(counts, old.counts), None)) is not None:
        a, b = pair
        return _raised_count(a, b, "此前"), {"charge": a.charge, "earlier": b.principal, "later": a.principal}
    return None


def _by_charge(counts: Sequence[Count]) -> dict[str, Count]:
    """The counts by their standard charge, where one count has it."""
    named: dict[str, list[Count]] = {}
    for c in counts:
        n = normalize_charge(c.charge)
        named.setdefault(n.standard if n else c.charge, []).append(c)
    return {k: v[0] for k, v in named.items() if len(v) == 1}


def _heavier_counts(new: Sequence[Count], old: Sequence[Count]) -> Iterator[tuple[Count, Count]]:
    """Each count of ``new`` heavier than the count of the same charge in ``old`` (the one count of that standard
    charge on each side): 数罪并罚 allows no count's punishment raised on a defendant's appeal either (最高法解释
    第四百零一条), though the sentence executed stays the same (死刑 beside 盗窃 raised from two years to three)."""
    before = _by_charge(old)
    for charge, a in _by_charge(new).items():
        b = before.get(charge)
        if b is None or a.principal not in PRINCIPAL_RANK or b.principal not in PRINCIPAL_RANK:
            continue
        if _heavier(a.principal, _months(a.term_months, a.term_days), a.probation_months,
                    b.principal, _months(b.term_months, b.term_days), b.probation_months):  # fmt: skip
            yield a, b


def _added_to_counts(new: Sequence[Count], old: Sequence[Count]) -> Iterator[tuple[str, dict[str, object]]]:
    """Each count of ``new`` with the principal punishment of the count of the same charge in ``old`` (the one count
    of that standard charge on each side) and a longer 剥夺政治权利 (四年 told, 五年 after a defendant's appeal and a
    remand: 解释第四百零一条, no additional punishment raised either), as a finding tells it, with the finding's data.
    A count's larger fine is not compared here (a sentence's fine is, in the history and on a second instance)."""
    before = _by_charge(old)
    for charge, a in _by_charge(new).items():
        b = before.get(charge)
        if (b is None or a.principal != b.principal
                or _months(a.term_months, a.term_days) != _months(b.term_months, b.term_days)):
            continue
        # (months only: 终身 goes with 死刑 and 无期徒刑 alone, which the same principal keeps; beside a term it is
        # E16's slip, 剥夺政治权利终身三年 in one SPC ruling's approval)
        later, earlier = a.political_rights, b.political_rights
        if isinstance(later, int) and isinstance(earlier, int) and later > earlier:
            yield (f"所犯{a.charge}附加剥夺政治权利{fmt_term(later)}，多于此前对该罪判处的{fmt_term(earlier)}"
                   "（附加刑亦不得加重）",
                   {"charge": a.charge, "earlier_political_rights": earlier, "later_political_rights": later})


def _raised_count(new: Count, old: Count, when: str) -> str:
    """How a finding tells a count raised: 所犯盗窃罪判处有期徒刑3年，重于一审对该罪判处的有期徒刑2年."""
    now = fmt_sentence(new.principal or "", new.term_months, new.term_days, new.probation_months)
    before = fmt_sentence(old.principal or "", old.term_months, old.term_days, old.probation_months)
    return f"所犯{new.charge}判处{now}，重于{when}对该罪判处的{before}"


def _appealed_by_defendants_only(seen: set[str | None]) -> bool:
    """Whether what was done against the decisions since a sentence (their ``appeal``) was the defendants' appeals
    only: at least one 上诉, no 抗诉 or 补充起诉 (a decision the history tells no review of is a remand or the like)."""
    return "defendant" in seen and "prosecution" not in seen


@rule("E19", "未成年被告人审判程序不当", "刑事诉讼法第二百七十八条、第二百八十五条")
def check_e19(j: Judgment, ctx: Context) -> Iterator[Finding]:
    for i, d in enumerate(j.defendants):
        age = d.age_at_judgment
        if age is None or age >= 18 or d.is_unit:
            continue
        ev = evidence(j, f"defendants[{i}].birth_date", "出生日期") + evidence(j, "judgment_date", "裁判日期")
        if j.public_trial:
            yield finding(
                j, "E19", "error",
                f"被告人{d.name}审判时不满十八周岁（{age}周岁），依法不公开审理，文书却载明公开开庭审理。",
                ev + evidence(j, "public_trial", "审理经过"), defendant=d, basis="刑事诉讼法第二百八十五条",
            )  # fmt: skip
        if not d.defenders:
            yield finding(
                j, "E19", "warning",
                f"被告人{d.name}审判时不满十八周岁（{age}周岁），首部未见辩护人；未成年被告人没有委托辩护人的，应当通知法律援助机构指派律师。",
                ev, defendant=d, basis="刑事诉讼法第二百七十八条",
            )  # fmt: skip
