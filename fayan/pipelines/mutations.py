"""Planted inconsistencies: copies of real judgments with one deliberate error each.

Used to measure the checks (does the right rule fire on a planted copy?).  Each
mutation reads the extracted judgment to find the text to change, edits the
document text, and says which rule should fire.  A mutation that does not
apply to a document (no 缓刑 to shorten, one defendant only …) returns None.

>>> text = open_example("dangerous_driving")
>>> m = MUTATIONS["fine_removed"](text, extract(text))
>>> m.expected_rule, extract(text).defendants[0].verdict.fine_yuan, extract(m.text).defendants[0].verdict.fine_yuan
('E5', 4000, None)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from fayan.judgment import Judgment
from fayan.nlp.charges import normalize_charge
from fayan.pipelines.assemble import age_on, extract
from fayan.pipelines.checks.base import fmt_number
from fayan.pipelines.checks.document import CRIME_AMOUNT_ROLES, restated_amounts
from fayan.pipelines.checks.law_rules import MITIGATING, floor_months
from fayan.pipelines.checks.persons import is_negligent
from fayan.pipelines.law import court_level, load_law, province_of_court

__all__ = ["Mutation", "MUTATIONS", "plant", "open_example"]

_CN_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class Mutation:
    kind: str
    expected_rule: str
    text: str
    description: str


def open_example(name: str) -> str:
    return (Path(__file__).resolve().parents[2] / "examples" / f"{name}.txt").read_text(encoding="utf-8")


def _cn_months(months: int) -> str:
    y, m = divmod(months, 12)
    out = ""
    if y:
        out += _cn_num(y) + "年"
    if m:
        out += _cn_num(m) + "个月"
    return out or "零个月"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")


def _result_bounds(text: str, j: Judgment | None = None) -> tuple[int, int] | None:
    """Where to edit: the result section found by the extractor (offsets into ``text``)."""
    if j is not None:
        for sec in j.sections:
            if sec.kind == "result":
                return sec.start, sec.end
        return None
    m = re.search(r"(?:判\s*决|裁\s*定)\s*如\s*下", text)
    if not m:
        return None
    end = re.search(r"如不服本|本判决为终审|审\s*判\s*长|审\s*判\s*员", text[m.end() :])
    return m.start(), m.end() + (end.start() if end else len(text) - m.end())


def _clause(j: Judgment, i: int) -> tuple[int, int] | None:
    p = j.span(f"defendants[{i}].clause")
    return (p.start, p.end) if p else None


def _replace_in_result(
    text: str, pattern: str, repl: str | Callable[[re.Match[str]], str], count: int = 1,
    j: Judgment | None = None, bounds: tuple[int, int] | None = None,
) -> str | None:
    b = bounds or _result_bounds(text, j)
    if b is None:
        return None
    s, e = b
    new, n = re.subn(pattern, repl, text[s:e], count=count)
    if n == 0:
        return None
    return text[:s] + new + text[e:]


def _single(j: Judgment) -> bool:
    return len(j.defendants) == 1 and not j.defendants[0].per_charge


def m_probation_short(text: str, j: Judgment) -> Mutation | None:
    """缓刑考验期 shorter than the term (or than the minimum)."""
    if not j.defendants or not any(d.verdict.probation_months for d in j.defendants):
        return None
    d = next(d for d in j.defendants if d.verdict.probation_months)
    v = d.verdict
    short = 1 if v.principal == "拘役" else max(1, min((v.term_months or 12) - 1, 11))
    new = _replace_in_result(
        text, r"(缓刑(?:考验期(?:限)?(?:为)?)?)[零〇一二两三四五六七八九十\d]+(?:年|个月)(?:[零又]?[零〇一二两三四五六七八九十\d]+个月)?",
        lambda m: m.group(1) + _cn_months(short), j=j, bounds=_clause(j, j.defendants.index(d)),
    )  # fmt: skip
    return Mutation("probation_short", "E6", new, f"缓刑改为{short}个月") if new else None


def m_probation_over_3y(text: str, j: Judgment) -> Mutation | None:
    """缓刑 on a prison term over three years."""
    for d in j.defendants:
        v = d.verdict
        if v.probation_months and v.principal == "有期徒刑":
            new = _replace_in_result(
                text, r"(有期徒刑)[零〇一二两三四五六七八九十\d]+(?:年|个月)(?:[零又]?[零〇一二两三四五六七八九十\d]+个月)?(?=[，,]?\s*(?:宣告)?缓刑)",
                lambda m: m.group(1) + "四年", j=j, bounds=_clause(j, j.defendants.index(d)),
            )  # fmt: skip
            return Mutation("probation_over_3y", "E6", new, "有期徒刑改为四年并缓刑") if new else None
    return None


def m_detention_over_6m(text: str, j: Judgment) -> Mutation | None:
    """拘役 over six months."""
    if not any(d.verdict.principal == "拘役" for d in j.defendants):
        return None
    new = _replace_in_result(text, r"拘役[零〇一二两三四五六七八九十\d]+个月", "拘役八个月", j=j)
    return Mutation("detention_over_6m", "E1", new, "拘役改为八个月") if new else None


def m_term_end_off(text: str, j: Judgment) -> Mutation | None:
    """A term end date that does not match its start and length."""
    for d in j.defendants:
        if d.verdict.term_end and not d.verdict.probation_months and not d.verdict.with_earlier_judgment:
            end = date.fromisoformat(d.verdict.term_end)
            shifted = end + timedelta(days=45)
            pat = rf"至\s*{end.year}\s*年\s*0?{end.month}\s*月\s*0?{end.day}\s*日"
            new = _replace_in_result(text, pat, f"至{shifted.year}年{shifted.month}月{shifted.day}日", j=j)
            return Mutation("term_end_off", "E7", new, f"刑期止日推后45日至{shifted}") if new else None
    return None


def m_fine_removed(text: str, j: Judgment) -> Mutation | None:
    """A mandatory fine removed (charges whose every bracket requires 罚金)."""
    mandatory = {"盗窃罪", "诈骗罪", "危险驾驶罪", "走私、贩卖、运输、制造毒品罪", "容留他人吸毒罪", "开设赌场罪", "抢劫罪", "抢夺罪",
                 "非法持有毒品罪", "敲诈勒索罪", "信用卡诈骗罪", "合同诈骗罪", "组织、领导传销活动罪"}  # fmt: skip
    if not _single(j) or j.defendants[0].verdict.fine_yuan is None:
        return None
    d = j.defendants[0]
    # Combined with an earlier judgment (刑法69-71, 77), the executed clause's 罚金 may be the earlier one or the
    # count's: a count without its own 罚金 there is not an error the document shows by itself.
    if not set(d.charges_standard) <= mandatory or d.verdict.confiscation or d.verdict.with_earlier_judgment:
        return None
    new = _replace_in_result(text, r"[，,；;]?\s*(?:并处|并|处)?罚金(?:刑)?\s*(?:人民币)?[^，。；）)(（]{1,20}?元(?:整)?(?:[（(][^）)]*[）)])?", "", j=j, bounds=_clause(j, 0))
    return Mutation("fine_removed", "E5", new, "删去罚金") if new else None


_SWAP = {"盗窃罪": "抢夺罪", "诈骗罪": "敲诈勒索罪", "危险驾驶罪": "交通肇事罪", "故意伤害罪": "故意毁坏财物罪", "抢劫罪": "抢夺罪"}


def m_charge_swapped(text: str, j: Judgment) -> Mutation | None:
    """The charge in the result differs from the one concluded in the reasoning."""
    if not j.defendants or not j.charges_reasoning:
        return None
    for old in j.defendants[0].charges:
        repl = _SWAP.get(old) or ("寻衅滋事罪" if old != "寻衅滋事罪" else "聚众斗殴罪")
        new = _replace_in_result(text, rf"犯{re.escape(old)}", f"犯{repl}", count=0, j=j, bounds=_clause(j, 0))
        if new:
            return Mutation("charge_swapped", "X1", new, f"主文罪名{old}改为{repl}")
    return None


def m_article_wrong(text: str, j: Judgment) -> Mutation | None:
    """The cited article does not fit the charge."""
    from fayan.nlp.charges import articles_for_charge

    if not j.defendants or not j.defendants[0].charges_standard:
        return None
    arts = articles_for_charge(j.defendants[0].charges_standard[0])
    r = _result_bounds(text, j)
    if not arts or r is None:
        return None
    targets = {a.article.split("-")[0] for a in j.article_refs if a.article in arts and "刑法" in a.law}
    if not targets:
        return None
    clause_start = max(text.rfind("依照", 0, r[0]), text.rfind("依据", 0, r[0]), text.rfind("根据", 0, r[0]))
    if clause_start == -1:
        return None
    clause = text[clause_start : r[0]]
    wrong = "一百一十四" if "114" not in targets else "一百一十五"
    n = 0
    for art in targets:
        clause, k = re.subn(rf"第\s*(?:{_article_cn(int(art))}|{art})\s*条(?:之一)?", f"第{wrong}条", clause)
        n += k
    if n == 0:
        return None
    return Mutation("article_wrong", "E17", text[:clause_start] + clause + text[r[0] :], f"第{'、'.join(sorted(targets))}条改为第{wrong}条")


def _article_cn(n: int) -> str:
    import cn2an

    return str(cn2an.an2cn(n))


def m_over_max(text: str, j: Judgment) -> Mutation | None:
    """A prison term above the charge's statutory maximum."""
    from fayan.pipelines.law import load_law

    if not _single(j):
        return None
    d = j.defendants[0]
    law = load_law().charge(d.charges_standard[0]) if d.charges_standard else None
    if law is None or d.verdict.principal != "有期徒刑" or d.verdict.probation_months:
        return None
    mx = law.max_months()
    if mx is None or mx >= 180 or any("无期徒刑" in b.types for b in law.brackets):
        return None
    new_term = mx + 12
    new = _replace_in_result(
        text, r"(有期徒刑)[零〇一二两三四五六七八九十\d]+(?:年|个月)(?:[零又]?[零〇一二两三四五六七八九十\d]+个月)?",
        lambda m: m.group(1) + _cn_months(new_term), j=j, bounds=_clause(j, 0),
    )  # fmt: skip
    return Mutation("over_max", "E3", new, f"有期徒刑改为{new_term}个月（法定最高{mx}个月）") if new else None


def m_defendant_dropped(text: str, j: Judgment) -> Mutation | None:
    """A defendant in the header has no outcome line."""
    if len(j.defendants) < 2:
        return None
    victim = j.defendants[-1].name
    r = _result_bounds(text, j)
    if r is None:
        return None
    s, e = r
    block = text[s:e]
    m = re.search(
        rf"(?:[一二三四五六七八九十]+、)?\s*(?:被告人|上诉人|原审被告人)(?:（[^）]*）)?{re.escape(victim)}犯[^。]*?。(?:\s*（[^）]*）)?(?:。)?",
        block,
    )  # fmt: skip
    if not m:
        return None
    return Mutation("defendant_dropped", "X2", text[: s + m.start()] + text[s + m.end() :], f"删去被告人{victim}的判决项")


def m_combined_above_sum(text: str, j: Judgment) -> Mutation | None:
    """A combined (决定执行) term above the sum of the counts."""
    for d in j.defendants:
        if len(d.per_charge) >= 2 and d.verdict.combined and d.verdict.principal == "有期徒刑":
            total = sum(c.term_months or 0 for c in d.per_charge if c.principal == "有期徒刑")
            new = _replace_in_result(
                text, r"((?:决定执行|合并执行)\s*有期徒刑)[零〇一二两三四五六七八九十\d]+(?:年|个月)(?:[零又]?[零〇一二两三四五六七八九十\d]+个月)?",
                lambda m: m.group(1) + _cn_months(total + 6), j=j, bounds=_clause(j, j.defendants.index(d)),
            )  # fmt: skip
            return Mutation("combined_above_sum", "E2", new, f"决定执行改为{total + 6}个月") if new else None
    return None


def m_political_rights_6y(text: str, j: Judgment) -> Mutation | None:
    """剥夺政治权利 over five years."""
    if not _single(j) or j.defendants[0].verdict.principal != "有期徒刑":
        return None
    new = _replace_in_result(
        text, r"(有期徒刑[零〇一二两三四五六七八九十\d]+(?:年|个月)(?:[零又]?[零〇一二两三四五六七八九十\d]+个月)?)",
        lambda m: m.group(1) + "，剥夺政治权利六年", j=j, bounds=_clause(j, 0),
    )  # fmt: skip
    return Mutation("political_rights_6y", "E16", new, "加判剥夺政治权利六年") if new else None


def m_recidivist_probation(text: str, j: Judgment) -> Mutation | None:
    """缓刑 for a defendant the reasoning calls a 累犯."""
    d = next((d for d in j.defendants if d.verdict.probation_months), None)
    if d is None:
        return None
    m = re.search(r"本院认为[，,：:]?", text)
    if not m:
        return None
    insert = f"被告人{d.name}系累犯，依法应当从重处罚。"
    pos = text.find("。", m.end())
    if pos == -1:
        return None
    return Mutation("recidivist_probation", "E6", text[: pos + 1] + insert + text[pos + 1 :], "本院认为中加入累犯认定")


def m_case_number_appeal(text: str, j: Judgment) -> Mutation | None:
    """A 刑终 case number on a first-instance document."""
    if j.procedure != "一审" or not j.case_number:
        return None
    cn = j.case_number
    new_cn = re.sub(r"刑\s*([一二三四五六七])?\s*初", "刑终", cn, count=1)
    if new_cn == cn:
        return None
    return Mutation("case_number_appeal", "X5", text.replace(cn, new_cn, 1), f"案号{cn}改为{new_cn}")


def m_arrest_after_judgment(text: str, j: Judgment) -> Mutation | None:
    """An arrest dated after the judgment."""
    if not j.judgment_date:
        return None
    for d in j.defendants:
        if d.arrested_on:
            a = date.fromisoformat(d.arrested_on)
            later = date.fromisoformat(j.judgment_date) + timedelta(days=40)
            pat = re.compile(rf"(?:{a.year}\s*年\s*)?0?{a.month}\s*月\s*0?{a.day}\s*日(?=[^。，]{{0,30}}逮捕)")
            m = pat.search(text)
            if m is None:
                return None
            return Mutation(
                "arrest_after_judgment", "X6", text[: m.start()] + f"{later.year}年{later.month}月{later.day}日" + text[m.end() :],
                f"逮捕日期改为{later}",
            )  # fmt: skip
    return None


def m_name_misspelt(text: str, j: Judgment) -> Mutation | None:
    """A defendant's name spelled differently in the result."""
    if not j.defendants:
        return None
    name = j.defendants[0].name
    if len(name) < 2 or re.search(r"[某甲乙丙丁\dXx×]", name):
        return None
    repl = name[:-1] + ("锋" if name[-1] != "锋" else "峰")
    new = _replace_in_result(text, rf"(被告人|上诉人){re.escape(name)}犯", lambda m: m.group(1) + repl + "犯", j=j, bounds=_clause(j, 0))
    return Mutation("name_misspelt", "X4", new, f"主文姓名{name}改为{repl}") if new else None


def m_appeal_period(text: str, j: Judgment) -> Mutation | None:
    """The appeal notice of a judgment gives five days instead of ten."""
    span = j.span("appeal_days")
    if j.appeal_form != "判决" or j.appeal_days != 10 or span is None:
        return None
    return Mutation("appeal_period", "E14", text[: span.start] + "五" + text[span.end :], f"上诉期限{span.text}日改为五日")


_PROVINCE_PREFIX_RE = re.compile(r"(?:[^省市]{2,3}省|[^区]{2,6}自治区|北京市|天津市|上海市|重庆市)")


def m_appeal_court_level(text: str, j: Judgment) -> Mutation | None:
    """A first-instance judgment of a basic court tells the defendant to appeal to the provincial 高级人民法院."""
    span = j.span("appeal_court")
    m = _PROVINCE_PREFIX_RE.match(span.text) if span is not None else None
    if span is None or m is None or j.procedure != "一审" or court_level(j.court or "") != "基层":
        return None
    new = m.group() + "高级人民法院"
    return Mutation("appeal_court_level", "E14", text[: span.start] + new + text[span.end :], f"上诉法院{span.text}改为{new}")


def m_mitigation_unreflected(text: str, j: Judgment) -> Mutation | None:
    """The reasoning gains 对被告人X依法予以减轻处罚 for a one-count defendant sentenced at or above the charge's floor."""
    law = load_law()
    reasoning = next((s for s in j.sections if s.kind == "reasoning"), None)
    at = text.rfind("依照", reasoning.start, reasoning.end) if reasoning else -1
    if at <= 0 or text[at - 1] not in "。；":
        return None
    for d in j.defendants:
        if len(d.counts) != 1 or "减轻处罚" in d.circumstances or d.counts[0].principal != "有期徒刑":
            continue
        n = normalize_charge(d.counts[0].charge)
        charge = law.charge(n.standard if n else d.counts[0].charge)
        floor = floor_months(charge, j, d) if charge else None  # the floor E11 compares with
        if floor is not None and (d.counts[0].term_months or 0) >= floor:
            added = f"对被告人{d.name}依法予以减轻处罚。"
            return Mutation("mitigation_unreflected", "E11", text[:at] + added + text[at:], f"本院认为部分加入“{added}”")
    return None


def m_speedy_over_3y(text: str, j: Judgment) -> Mutation | None:
    """A case heard under 简易/普通程序 with a sentence over three years, relabelled 速裁程序."""
    span = j.span("trial_procedure")
    if span is None or span.text == "速裁程序" or not any(
        d.verdict.principal == "有期徒刑" and (d.verdict.term_months or 0) > 36 for d in j.defendants
    ):
        return None
    return Mutation("speedy_over_3y", "E13", text[: span.start] + "速裁程序" + text[span.end :], f"{span.text}改为速裁程序")


def m_minor_public_trial(text: str, j: Judgment) -> Mutation | None:
    """A defendant born so late that he is seventeen at the (public) trial."""
    if not j.public_trial or not j.judgment_date or not j.defendants:
        return None
    d = j.defendants[0]
    span = j.span("defendants[0].birth_date")
    if not d.birth_date or span is None:
        return None
    judged = date.fromisoformat(j.judgment_date)
    day = re.match(r".*?日", span.text)
    new = f"{judged.year - 17}年1月1日" + (span.text[day.end() :] if day else "")  # keep 出生 / 生 after the date
    return Mutation(
        "minor_public_trial", "E19", text[: span.start] + new + text[span.end :],
        f"出生日期{span.text}改为{new}（审判时十七周岁，公开审理）",
    )  # fmt: skip


def m_recommendation_departure(text: str, j: Judgment) -> Mutation | None:
    """The adopted 量刑建议 rewritten to a range the sentence lies below."""
    span = j.span("recommendations[0]")
    if span is None or j.recommendation_stance != "adopted" or not j.recommendations or j.recommendations[0].charge:
        return None  # (a count's recommendation is for that count's sentence)
    r = j.recommendations[0]
    named = [d for d in j.defendants if d.name in r.defendants]
    d = named[0] if named else (j.defendants[0] if len(j.defendants) == 1 else None)
    if d is None or d.verdict.principal not in ("有期徒刑", "拘役") or d.verdict.term_months is None:
        return None
    lo = d.verdict.term_months + 3
    new = (f"对被告人{d.name}" if named else "") + f"判处{d.verdict.principal}{_cn_months(lo)}至{_cn_months(lo + 3)}"
    return Mutation(
        "recommendation_departure", "E12", text[: span.start] + new + text[span.end :], f"量刑建议“{span.text}”改为“{new}”"
    )


def m_drug_reoffence_unapplied(text: str, j: Judgment) -> Mutation | None:
    """第三百五十六条 (毒品再犯) struck from the clause of a drug case with a drug prior or the finding."""
    refs = [r for r in j.article_refs if r.article == "356"]
    if len(refs) != 1 or "毒品再犯" not in {c for d in j.defendants for c in d.circumstances} and not any(
        p.charge and "毒品" in p.charge for d in j.defendants for p in d.priors
    ):
        return None
    r = refs[0]
    end = r.end + (1 if text[r.end : r.end + 1] in "、，," else 0)
    return Mutation("drug_reoffence_unapplied", "E20", text[: r.start] + text[end:], f"删去依照条款中的{r.text}")


def m_drug_quantity_large(text: str, j: Judgment) -> Mutation | None:
    """Every weight of the drug multiplied by 100 (数量大), the sentence kept."""
    named = {m.drug for m in j.drugs if m.section == "facts"}
    if j.drug not in ("甲基苯丙胺", "海洛因") or len(j.defendants) != 1 or len(named) != 1:
        return None
    d = j.defendants[0]
    if d.verdict.principal not in ("有期徒刑", "拘役") or MITIGATING & set(d.circumstances):
        return None
    if j.drug_grams is None or not 0.5 <= float(j.drug_grams) < 10 or (d.verdict.term_months or 0) >= 84:
        return None  # from the smallest bracket (a sentence under seven years) to 数量大
    out = _times_100(text, [(m.start, m.end, m.text) for m in j.drugs])
    if out is None:
        return None
    return Mutation("drug_quantity_large", "E4", out, f"{j.drug}各次数量乘以一百（{j.drug_grams}克→{fmt_number(float(j.drug_grams) * 100)}克）")


def _times_100(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """``text`` with the first arabic number of each span multiplied by 100; None when a span holds no arabic
    number or its text is not at its offsets."""
    if not all(re.search(r"\d", t) for _, _, t in spans):
        return None
    out = text
    for start, end, t in sorted(spans, reverse=True):
        if out[start:end] != t:
            return None
        new = re.sub(r"\d+(?:\.\d+)?", lambda x: fmt_number(float(x.group()) * 100), t, count=1)
        out = out[:start] + new + out[end:]
    return out


def m_appeal_heavier(text: str, j: Judgment) -> Mutation | None:
    """In a defendant-only appeal, the first-instance term as recounted made lighter than the new one."""
    span = j.span("original_sentences[0]")
    if j.appeal_by != "defendant" or span is None or not j.original_sentences:
        return None
    o = j.original_sentences[0]
    d = next((d for d in j.defendants if d.name == o.defendant), None)
    if d is None or o.principal != "有期徒刑" or d.verdict.principal != "有期徒刑" or (d.verdict.term_months or 0) < 12:
        return None
    if d.verdict.with_earlier_judgment:
        return None  # combined with another judgment's sentence: E15 does not compare those
    m = re.match(r"有期徒刑[^，,；;]*?(?=[，,；;]|$)", span.text)
    if m is None:
        return None
    lighter = "有期徒刑" + _cn_months(d.verdict.term_months - 6)  # type: ignore[operator]
    new = lighter + span.text[m.end() :]
    return Mutation("appeal_heavier", "E15", text[: span.start] + new + text[span.end :], f"一审刑期{m.group()}改为{lighter}")


def m_amount_large(text: str, j: Judgment) -> Mutation | None:
    """Every crime amount multiplied by 100 (数额巨大 or more), the first-bracket sentence kept."""
    if not _single(j) or j.total_crime_amount_yuan is None:
        return None
    d = j.defendants[0]
    if len(d.charges_standard) != 1 or d.verdict.principal not in ("有期徒刑", "拘役", "管制") or d.verdict.probation_months:
        return None
    if MITIGATING & set(d.circumstances) or d.verdict.with_earlier_judgment:
        return None
    law = load_law().charge(d.charges_standard[0])
    if law is None or law.amount is None or not d.verdict.term_months or d.verdict.term_months > 36:
        return None
    total = float(j.total_crime_amount_yuan)
    province = province_of_court(j.court or "")
    on = date.fromisoformat(j.offence_start) if j.offence_start else None
    imposed = law.bracket_for_term(d.verdict.principal, d.verdict.term_months, on=on)
    later = law.bracket_for_amount(total * 100, province=province, on=on)
    if not imposed or later is None or later.number <= max(b.number for b in imposed):
        return None  # the planted amount must reach a bracket above every one the sentence fits
    crime = [a for a in j.amounts if a.role in CRIME_AMOUNT_ROLES]
    out = _times_100(text, [(a.start, a.end, a.text) for a in crime]) if crime else None
    if out is None:
        return None
    return Mutation("amount_large", "E4", out, f"犯罪数额乘以一百（{fmt_number(total)}元→{fmt_number(total * 100)}元）")


def _aged(text: str, j: Judgment, age: int, kind: str, rule: str) -> Mutation | None:
    """The single defendant's printed birth date moved so that they were ``age`` on the first offence day."""
    d = j.defendants[0]
    span = j.span("defendants[0].birth_date")
    if span is None or not d.birth_date or len(d.birth_date) != 10 or not d.offence_start:
        return None
    offence = date.fromisoformat(d.offence_start)
    born = offence - timedelta(days=age * 365 + 60)
    m = re.match(r"[^年]+年[^月]*月[^日]*日", span.text)
    if age_on(born, offence) != age or m is None:
        return None
    new = f"{born.year}年{born.month}月{born.day}日" + span.text[m.end() :]
    return Mutation(kind, rule, text[: span.start] + new + text[span.end :], f"出生日期改为{born}（犯罪时{age}周岁）")


def m_minor_unmitigated(text: str, j: Judgment) -> Mutation | None:
    """The defendant's birth date moved so that they were 17 at the offence; nothing else says so."""
    if not _single(j):
        return None
    d = j.defendants[0]
    if d.recidivist or d.verdict.principal in ("死刑", "死缓", "无期徒刑") or "未成年" in d.circumstances:
        return None
    return _aged(text, j, 17, "minor_unmitigated", "E8")


def m_elderly_negligent(text: str, j: Judgment) -> Mutation | None:
    """The defendant of a negligent crime (交通肇事罪, 过失致人死亡罪…) made 76 at the offence by the birth date;
    the reasoning does not say so (刑法第十七条之一: 过失犯罪 of a person 75 or over 应当从轻或者减轻处罚)."""
    if not _single(j):
        return None
    d = j.defendants[0]
    if not any(is_negligent(c) for c in d.charges_standard) or "已满七十五周岁" in d.circumstances:
        return None
    return _aged(text, j, 76, "elderly_negligent", "E9")


def m_conduct_before_law(text: str, j: Judgment) -> Mutation | None:
    """Every year of the facts moved back so that the conduct ends the year before the charge was created
    (危险驾驶罪 in 2010, before 刑法修正案（八）): convicted of a crime that did not exist then (刑法第十二条)."""
    if not _single(j) or not j.offence_end or j.judgment_date is None:
        return None
    facts = next((s for s in j.sections if s.kind == "facts"), None)
    first = j.span("offence_start")
    if facts is None or first is None:
        return None
    lo = min(first.start, facts.start)  # the facts, or the prosecution's account they adopt
    body = text[lo : facts.end]
    if re.search(r"[〇零一二三四五六七八九]{4}\s*年", body):
        return None  # years spelled in characters would stay
    law = load_law()
    for charge in j.defendants[0].charges_standard:
        rule = law.charge(charge)
        if rule is None or any(b.effective_to for b in rule.brackets):
            continue  # the charge existed before, with other brackets: not a new crime
        starts = [b.effective_from for b in rule.brackets if b.effective_from is not None]
        if not starts:
            continue
        shift = date.fromisoformat(j.offence_end).year - (min(starts).year - 1)
        if shift <= 0:
            return None
        moved = re.sub(r"((?:19|20)\d\d)(?=\s*年)", lambda m: str(int(m.group(1)) - shift), body)
        return Mutation(
            "conduct_before_law", "E18", text[:lo] + moved + text[facts.end :],
            f"查明事实的年份提前{shift}年（早于{charge}施行日{min(starts).isoformat()}）",
        )
    return None


def m_recidivist_stale(text: str, j: Judgment) -> Mutation | None:
    """A 累犯's earlier release moved six years back: more than five years before the new offence."""
    for i, d in enumerate(j.defendants):
        criminal = [p for p in d.priors if p.kind == "criminal"]
        if not d.recidivist or len(criminal) != 1:
            continue  # with another prior still inside the five years, the 累犯 may rest on that one
        for k, p in enumerate(d.priors):
            span = j.span(f"defendants[{i}].priors[{k}]")
            if p.kind != "criminal" or not p.release_date or span is None or "假释" in span.text:
                continue
            m = re.search(r"((?:19|20)\d\d)(\s*年[^。，；]{0,12}?(?:刑满)?释放)", span.text)
            if m is None:
                continue
            year = int(m.group(1))
            conv = re.search(r"(?:19|20)\d\d", span.text)
            if conv is not None and conv.start() < m.start() and int(conv.group()) > year - 6:
                # the conviction year must stay before the release: move it back too
                body = span.text[: conv.start()] + str(int(conv.group()) - 6) + span.text[conv.end() : m.start()]
            else:
                body = span.text[: m.start()]
            new = body + str(year - 6) + span.text[m.start(2) :]
            return Mutation("recidivist_stale", "E10", text[: span.start] + new + text[span.end :], f"前罪释放年份{year}改为{year - 6}")
    return None


def m_amount_restated(text: str, j: Judgment) -> Mutation | None:
    """The amount the reasoning restates made different from the facts (本院认为 says 1000 元 more)."""
    if j.total_crime_amount_yuan is None:
        return None
    total, reasoning = j.span("total_crime_amount_yuan"), next((s for s in j.sections if s.kind == "reasoning"), None)
    if total is not None and reasoning is not None and reasoning.start <= total.start < reasoning.end:
        return None  # the total is the reasoning's own (the facts give none): nothing in the facts to differ from
    for a in restated_amounts(j):
        if a.qualifier != "exact":
            continue
        m = re.search(r"\d+(?:\.\d+)?", a.text)
        if m is None or text[a.start : a.end] != a.text or "万" in a.text:
            continue
        new_amount = float(m.group()) + 1000
        new = a.text[: m.start()] + fmt_number(new_amount) + a.text[m.end() :]
        return Mutation("amount_restated", "X3", text[: a.start] + new + text[a.end :], f"本院认为所述数额{a.text}改为{new}")
    return None


def m_term_start_shifted(text: str, j: Judgment) -> Mutation | None:
    """The printed term moved 20 days later (start and end), away from the first custody day."""
    for i, d in enumerate(j.defendants):
        v = d.verdict
        if not (v.term_start and v.term_end) or v.probation_months or v.with_earlier_judgment or v.custody_credit_days:
            continue
        span = j.span(f"defendants[{i}].verdict.term_dates")
        first = [c.date for c in d.custody if c.date]
        if span is None or v.term_start not in first:
            continue
        if {c.kind for c in d.custody} & {"取保候审", "监视居住", "指定居所监视居住", "释放"}:
            continue  # custody interrupted: a later start may be the court's credit for it
        out = span.text
        for iso in (v.term_end, v.term_start):
            day = date.fromisoformat(iso)
            later = day + timedelta(days=20)
            pat = rf"{day.year}\s*年\s*0?{day.month}\s*月\s*0?{day.day}\s*日"
            out, n = re.subn(pat, f"{later.year}年{later.month}月{later.day}日", out, count=1)
            if n != 1:
                break
        else:
            return Mutation("term_start_shifted", "X7", text[: span.start] + out + text[span.end :], "刑期起止日均推后20日")
        return None
    return None


MUTATIONS: dict[str, Callable[[str, Judgment], Mutation | None]] = {
    "probation_short": m_probation_short,
    "probation_over_3y": m_probation_over_3y,
    "detention_over_6m": m_detention_over_6m,
    "term_end_off": m_term_end_off,
    "fine_removed": m_fine_removed,
    "charge_swapped": m_charge_swapped,
    "article_wrong": m_article_wrong,
    "over_max": m_over_max,
    "defendant_dropped": m_defendant_dropped,
    "combined_above_sum": m_combined_above_sum,
    "political_rights_6y": m_political_rights_6y,
    "recidivist_probation": m_recidivist_probation,
    "case_number_appeal": m_case_number_appeal,
    "arrest_after_judgment": m_arrest_after_judgment,
    "name_misspelt": m_name_misspelt,
    "appeal_period": m_appeal_period,
    "appeal_court_level": m_appeal_court_level,
    "mitigation_unreflected": m_mitigation_unreflected,
    "speedy_over_3y": m_speedy_over_3y,
    "minor_public_trial": m_minor_public_trial,
    "recommendation_departure": m_recommendation_departure,
    "drug_reoffence_unapplied": m_drug_reoffence_unapplied,
    "drug_quantity_large": m_drug_quantity_large,
    "appeal_heavier": m_appeal_heavier,
    "amount_large": m_amount_large,
    "minor_unmitigated": m_minor_unmitigated,
    "elderly_negligent": m_elderly_negligent,
    "conduct_before_law": m_conduct_before_law,
    "recidivist_stale": m_recidivist_stale,
    "amount_restated": m_amount_restated,
    "term_start_shifted": m_term_start_shifted,
}


def plant(text: str, kinds: list[str] | None = None) -> list[Mutation]:
    """Every applicable mutation of one document's text."""
    j = extract(text)
    if j.status != "ok":
        return []
    out = []
    for kind in kinds or list(MUTATIONS):
        m = MUTATIONS[kind](text, j)
        if m is not None and m.text != text:
            out.append(m)
    return out
