"""Parse the result section (判决如下 / 裁定如下): sentences per defendant, counts, dispositions.

The grammar (legal-rules A.5), per defendant::

    被告人X犯A罪，判处有期徒刑二年，并处罚金人民币一万元；犯B罪，判处有期徒刑一年，
    并处罚金人民币五千元；决定执行有期徒刑二年六个月，并处罚金人民币一万五千元。
    （刑期从判决执行之日起计算……即自2019年1月1日起至2021年6月30日止。）

``parse_result(text, start, end, names)`` finds each defendant's clause in
``text[start:end]`` and returns :class:`OutcomeEntry` records with offsets into
``text``.

>>> r = "判决如下：被告人张某犯盗窃罪，判处有期徒刑一年六个月，缓刑二年，并处罚金人民币五千元。"
>>> e = parse_result(r, 0, len(r), ["张某"])[0]
>>> e.name, e.charges, e.executed.principal, e.executed.term_months, e.executed.probation_months, e.executed.fine_yuan
('张某', ['盗窃罪'], '有期徒刑', 18, 24, 5000)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from fayan.errors import ParseError
from fayan.nlp.charges import find_charge_mentions, normalize_charge, standard_charges
from fayan.nlp.names import LATIN_NAME, NAME_NOTE, name_mentions, other_writings
from fayan.nlp.numbers import cn_to_int, find_dates, parse_duration, parse_money
from fayan.types import plain_number

# 刑法38, 42, 45: the general range of each fixed-term punishment, in months
GENERAL_TERM_RANGE: dict[str, tuple[int, int]] = {"管制": (3, 24), "拘役": (1, 6), "有期徒刑": (6, 180)}

__all__ = [
    "GENERAL_TERM_RANGE",
    "Punishment",
    "quoted_items",
    "refused_items",
    "upheld_item_numbers",
    "item_number_at",
    "OutcomeCount",
    "OutcomeEntry",
    "DispositionItem",
    "parse_result",
    "parse_revisions",
    "parse_punishment",
    "find_suspended",
    "parse_dispositions",
    "DURATION",
    "MONEY",
]

_NUM = r"[零〇○一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰\d]"  # 大写 too: 有期徒刑壹年陆个月
DURATION = rf"(?:{_NUM}+\s*年(?:\s*[零又]?\s*{_NUM}+\s*(?:个月|月))?(?:\s*[零又]?\s*{_NUM}+\s*(?:日|天))?(?:半)?|{_NUM}+\s*个?半?月(?:\s*[零又]?\s*{_NUM}+\s*(?:日|天))?|{_NUM}+\s*(?:日|天)|半年)"
MONEY = (
    # digits with units as well: 8千元, 2万5千元, 1.5万元
    r"(?:人民币|RMB|￥|¥)?\s*(?:[\d][\d,，]*(?:\.\d+)?(?:\s*[十百千万亿拾佰仟萬億](?:\s*\d+\s*[十百千拾佰仟])*)?"
    r"|[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+)"
    r"\s*(?:元|圆)(?:整)?(?:[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖\d]+角)?(?:[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖\d]+分)?"
)
_DUR_RE = re.compile(DURATION)
_PRINCIPAL_RE = re.compile(
    rf"(?P<p>有期徒刑|拘役|管制)\s*(?P<d>{DURATION})|(?P<life>无期徒刑)|"
    r"(?P<death>死刑)(?P<susp>[，,]?\s*缓期\s*(?:二|两|2)\s*年执行)?|"
    r"(?P<exempt>免予刑事处罚|免于刑事处罚|免除刑事处罚|免予刑事处分|免除处罚)|(?P<sole>单处罚金)"
)
_BARE_TERM_RE = re.compile(rf"判处\s*(?P<d>{DURATION})")  # 判处二年六个月: the principal left out
_PROBATION_RE = re.compile(rf"(?:宣告)?缓刑\s*(?:考验期(?:限)?(?:为)?)?\s*(?P<d>{DURATION})")
# Tolerates a stray word before the amount (罚金人民4000元, 罚金计人民币…), and a fine told as a share first, its sum
# after (并处洗钱数额百分之十的罚金，即人民币四万元).
_FINE_RE = re.compile(rf"罚金\s*(?:刑)?\s*(?:[，,]\s*(?:即|计|共计|合计)\s*)?(?:人民币|[^，。；\d零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖]{{0,4}}?)\s*(?P<m>{MONEY})")
_POLITICAL_RE = re.compile(rf"剥夺政治权利\s*(?P<d>终身|{DURATION})")
# the same words misprinted (剥夺政治利终身, 剥夺政权权利终身, 剥夺政治权力终身): no deprivation as printed, which a 补正
# must mend; the punishment's span takes them in, so that the report shows them
POLITICAL_MISPRINT_RE = re.compile(rf"剥夺政(?:治利|权权利|治权力)\s*(?:终身|{DURATION})")
_DEPORTATION_RE = re.compile(r"(?:附加|独立)?(?:适用|判处|并处)?驱逐出境")
_CONFISCATION_RE = re.compile(
    rf"没收(?:被告人)?(?:其|个人|本人)?(?:全部|部分)?(?:个人)?财产(?:\s*(?:人民币)?\s*(?P<m>{MONEY}))?"
)
_NUMERIC_DAY = r"[12]\d{3}[.．/／-]\d{1,2}[.．/／-]\d{1,2}(?!\d)"  # 2019.11.20, 2019-11-20, 2019/11/20
_TERM_DATES_RE = re.compile(
    # a day written in words (2019年11月20日) or in figures (2019.11.20, 2019-11-20, 2019/11/20); 止 is sometimes
    # left out
    rf"(?:即|刑期|即刑期|为)?(?:自|从)\s*(?P<a>[^起至，。；]{{6,20}}?日|{_NUMERIC_DAY})\s*(?:起)?\s*[，,]?\s*(?:至|到)\s*"
    rf"(?P<b>[^止，。；]{{6,20}}?日|{_NUMERIC_DAY})\s*(?:止|(?=[）)】］\]。；;，,]))"
)
# A printed credit of earlier custody ("折抵…先行羁押的15日", "逮捕前已羁押24日", "应折抵刑期七日",
# "原羁押八日予以折抵"), not the boilerplate "羁押一日折抵刑期一日".
_CREDIT_RE = re.compile(
    r"(?:应折抵刑期|折抵刑期|已折抵|折抵|扣除(?:先行)?(?:羁押|行政拘留)|已羁押|原羁押|先行羁押的?)[^。；）)，,]{0,30}?"
    r"(?<![月\d零一二两三四五六七八九十百])(?P<n>\d+|[零一二两三四五六七八九十百]+)\s*(?:日|天)(?!\s*折抵)"  # not 7月9日
)
# a credit told before its words: 被告人甲于…被刑事拘留二十日，已予折抵; 〔留置期间八十七日已予折抵〕
_CREDIT_BEFORE_RE = re.compile(
    r"(?:羁押|拘留|留置)(?:期间|期限)?(?:共计|共)?(?P<n>\d+|[零一二两三四五六七八九十百]+)\s*(?:日|天)\s*[，,]?\s*"
    r"(?:已予|已经|已|予以)折抵"
)
# a credit told as the days between two dates (前案羁押的2021年11月2日至2021年12月8日共三十七日一并折抵, …共计30日，
# 已予折抵)
_CREDIT_TOTAL_RE = re.compile(
    r"(?:羁押|拘留|留置)[^。；）)]{0,40}?共计?\s*(?P<n>\d+|[零一二两三四五六七八九十百]+)\s*(?:日|天)\s*[，,]?\s*"
    r"(?:一并|亦|均)?(?:已予|已经|已|予以)?折抵"
)
# the clause before a note's 自…起至…止 that makes it a custody credited, not the term (先行羁押期间自…): it names a
# custody and not the term
_CUSTODY_PERIOD_RE = re.compile(r"^(?![^，,]*刑期)[^，,]*(?:羁押|拘留|留置|关押|监视居住)[^，,]*$")
_COMBINE_RE = re.compile(r"决定均?执行|合并执行|数罪并罚[，,]?\s*执行|并罚[，,]?\s*执行|总和刑期[^。]{0,40}执行")
# 与前罪/前犯X罪所判处的…/原判/another judgment …并罚: combined with an earlier judgment's sentence. Not 与原审判决 /
# 与第一审判决 …: the original trial of this same case (an appeal or a 死刑复核 ruling combining its counts with the
# lower court's).
_PRIOR_COMBINE_RE = re.compile(r"与(?:前罪|前犯|原判|(?!原审|第?[一二]审)[^，。；]{0,60}?(?:判决|裁定))[^。；]*?(?:并罚|合并)")
# Signs that the executed sentence combines this judgment's count with an earlier one (刑法70, 71, 77).
_EARLIER_RE = re.compile(r"撤销[^。；]{0,60}缓刑|原判(?:有期徒刑|拘役|管制)|前罪|与前犯|余刑|尚未执行|漏罪|剩余刑期")
# what is left of an earlier term (刑法71: 前罪没有执行的刑罚, 余刑), in a 与前罪…并罚 clause
_REMAINDER_RE = re.compile(r"余刑|未执行|没有执行|剩余刑期")
# a numbered item of the result: 一、 as most courts number them, （一） and 1. / 1、 as some do
_ITEM_NUMBER = r"(?:[一二三四五六七八九十]+\s*[、，.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[、.．](?![\d.．]))"
_ITEM_RE = re.compile(rf"(?:^|(?<=[\s。；;：:）)])){_ITEM_NUMBER}")
# "犯盗窃罪，判处…" and the appellate/review form "以盗窃罪判处…" / "以放火罪，判处…" / "以敲诈勒索罪免予刑事处罚".
_CHARGE_RE = re.compile(
    # the name may hold 犯罪 (帮助信息网络犯罪活动罪, 传授犯罪方法罪, 包庇毒品犯罪分子罪): not its end
    r"犯(?!罪所得|罪嫌疑|罪事实|罪情节|罪行为)(?P<c>[\u4e00-\u9fff、，,（）()]{1,40}?罪)(?!名|行|犯|嫌疑|所得|活动|方法|分子|证据)|"
    r"以(?P<c2>[\u4e00-\u9fff、]{1,30}?罪)(?=\s*[，,]?\s*(?:分别)?\s*(?:判处|判决|处以|处|免予|免于|免除))|"
    # 以猥亵儿童判处有期徒刑四年 (an SPC ruling): the 罪 left out; kept only where the words + 罪 are a charge's name
    r"以(?P<c3>[\u4e00-\u9fff]{2,30}?)(?=\s*[，,]?\s*判处)"
)
_ROLE = r"(?:被告人|被告单位|原审被告人|原审被告单位|上诉人|原审上诉人|罪犯)(?:[（(][^）)]{0,10}[）)])?"


@dataclass(frozen=True, slots=True)
class Punishment:
    """One punishment as printed (a count's or the executed one)."""

    principal: str | None = None
    term_months: int | None = None
    term_days: int | None = None
    probation_months: int | None = None
    probation_days: int | None = None
    fine_yuan: int | float | None = None
    political_rights: int | str | None = None
    confiscation: bool = False
    confiscation_yuan: int | float | None = None
    span: tuple[int, int] | None = None
    deportation: bool = False  # 驱逐出境 (刑法第三十五条), added to another punishment or imposed alone


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    charge: str
    charge_span: tuple[int, int]
    punishment: Punishment


@dataclass(frozen=True, slots=True)
class OutcomeEntry:
    """One defendant's clause in the result section."""

    name: str
    name_span: tuple[int, int]
    role: str
    span: tuple[int, int]
    counts: tuple[OutcomeCount, ...] = ()
    executed: Punishment = field(default_factory=Punishment)
    combined: bool = False  # a 决定执行 / 合并执行 clause
    with_earlier_judgment: bool = False  # 与前罪…并罚 (Art. 69–71 with an earlier judgment)
    earlier: Punishment | None = None  # the earlier judgment's term the clause names (与前罪所判有期徒刑一年并罚)
    term_start: date | None = None
    term_end: date | None = None
    term_dates_span: tuple[int, int] | None = None
    credit_days: int | None = None
    # an acquittal of a part only (被告人X无罪（Y罪部分）): the counts and sentence another clause gives X stand
    acquitted_in_part: bool = False
    # the name written otherwise in a bracket after it (被告人阮某（NGUYEN VAN AN）, 被告人NGUYEN VAN AN（阮某）): one
    # person, whom the header may list by either
    also: tuple[str, ...] = ()

    @property
    def charges(self) -> list[str]:
        return [c.charge for c in self.counts]


@dataclass(frozen=True, slots=True)
class DispositionItem:
    kind: str  # 追缴 | 责令退赔 | 退赔 | 没收 | 发还 | 返还 | 赔偿 | 销毁 | 上缴国库
    defendant: str | None
    amount_yuan: int | float | None
    span: tuple[int, int]


@lru_cache(maxsize=4)
def _name_brackets(names: tuple[str, ...]) -> re.Pattern[str]:
    """The brackets standard charge names hold (偷越国（边）境罪, 组织参与国（境）外赌博罪), each after the character
    that comes before it there, in full- or half-width brackets."""
    parts = {m.groups() for n in names for m in re.finditer(r"(.)[（(]([^）)]{1,4})[）)]", n)}
    return re.compile("|".join(rf"(?<={re.escape(a)})[（(]{re.escape(b)}[）)]" for a, b in sorted(parts)) or "(?!)")


def _strip_parens(text: str) -> str:
    """Blank out parenthesised and bracketed notes (keeping offsets), e.g. the 刑期 note and （已缴纳）; not the
    brackets of a charge's name (偷越国（边）境罪)."""
    out = list(text)
    depth = 0
    kept = {i for m in _name_brackets(standard_charges()).finditer(text) for i in range(m.start(), m.end())}
    for i, ch in enumerate(text):
        if i in kept and not depth:
            continue
        if ch in "（(【［[":  # some courts bracket the 刑期 note 【…】
            depth += 1
        if depth:
            out[i] = " "
        if ch in "）)】］]" and depth:
            depth -= 1
    return "".join(out)


# a term with its 缓刑 right after it, wherever a document writes one (有期徒刑三年，缓刑三年; 拘役五个月，缓刑考验期六个月),
# the 缓刑 as the sentences' own are read
_SUSPENDED_RE = re.compile(rf"(?:有期徒刑|拘役)\s*{DURATION}\s*[，,]?\s*" + _PROBATION_RE.pattern)


def find_suspended(text: str) -> list[tuple[Punishment, tuple[int, int]]]:
    """Every term with a 缓刑 ``text`` writes, whoever it is of (the document's own, a prior's, an earlier decision's,
    a sentence a ruling approves or quotes): (the punishment, its span).

    >>> [(p.principal, p.term_months, p.probation_months, s) for p, s in find_suspended("对甲判处有期徒刑三年，缓刑二年的缓刑部分")]
    [('有期徒刑', 36, 24, (4, 15))]
    """
    return [(parse_punishment(m.group()), m.span()) for m in _SUSPENDED_RE.finditer(text)]


def parse_punishment(text: str, offset: int = 0) -> Punishment:
    """Parse one punishment phrase (parenthesised notes are ignored).

    >>> parse_punishment("判处有期徒刑三年，缓刑四年，并处罚金人民币二万元")
    Punishment(principal='有期徒刑', term_months=36, term_days=None, probation_months=48, probation_days=None, fine_yuan=20000, political_rights=None, confiscation=False, confiscation_yuan=None, span=(2, 24), deportation=False)
    >>> parse_punishment("判处死刑，缓期二年执行，剥夺政治权利终身，并处没收个人全部财产").principal
    '死缓'
    """
    t = _strip_parens(text)
    principal = None
    term_m = term_d = None
    first = None
    last = 0
    m = _PRINCIPAL_RE.search(t)
    if m:
        first, last = m.start(), m.end()
        if m.group("p"):
            principal = m.group("p")
            try:
                dur = parse_duration(m.group("d"))
                term_m, term_d = dur.months, (dur.days or None)
            except ParseError:
                pass  # an unreadable term stays None: the record keeps the principal, visibly without a term
        elif m.group("life"):
            principal = "无期徒刑"
        elif m.group("death"):
            principal = "死缓" if m.group("susp") else "死刑"
        elif m.group("exempt"):
            principal = "免予刑事处罚"
        elif m.group("sole"):
            principal = "单处罚金"
    elif (b := _BARE_TERM_RE.search(t)) is not None:
        # "以强奸罪判处二年六个月，决定执行死刑" (an SPC ruling) leaves 有期徒刑 out; only it runs past two years
        # (拘役 at most six months, 管制 two years), so a shorter bare term stays unread.
        try:
            dur = parse_duration(b.group("d"))
        except ParseError:
            dur = None
        if dur is not None and dur.months > 24:
            principal, term_m, term_d = "有期徒刑", dur.months, (dur.days or None)
            first, last = b.start("d"), b.end()
    prob_m = prob_d = None
    pm = _PROBATION_RE.search(t, m.end() if m else 0)
    if pm:
        try:
            dur = parse_duration(pm.group("d"))
            prob_m, prob_d = dur.months, (dur.days or None)
        except ParseError:
            pass  # an unreadable probation term stays None (the 缓刑 span is still recorded)
        last = max(last, pm.end())
    fine = None
    fm = _FINE_RE.search(t)
    if fm:
        try:
            fine = plain_number(parse_money(fm.group("m")).amount)
        except ParseError:
            fine = None
        first = fm.start() if first is None else min(first, fm.start())
        last = max(last, fm.end())
        if principal is None:
            principal = "单处罚金"
    pol: int | str | None = None
    po = _POLITICAL_RE.search(t)
    if po:
        if po.group("d") == "终身":
            pol = "终身"
        else:
            try:
                pol = parse_duration(po.group("d")).months
            except ParseError:
                pol = None
        last = max(last, po.end())
    elif mp := POLITICAL_MISPRINT_RE.search(t):
        last = max(last, mp.end())
    conf = False
    conf_amount = None
    cm = _CONFISCATION_RE.search(t)
    if cm:
        conf = True
        if cm.group("m"):
            try:
                conf_amount = plain_number(parse_money(cm.group("m")).amount)
            except ParseError:
                conf_amount = None
        last = max(last, cm.end())
    # 驱逐出境 (刑法第三十五条: a foreigner's, added to another punishment or alone); alone, the schema's 其他
    dm = _DEPORTATION_RE.search(t)
    if dm:
        first = dm.start() if first is None else min(first, dm.start())
        last = max(last, dm.end())
        if principal is None:
            principal = "其他"
    # 剥夺政治权利 alone (刑法第五十六条第二款: 独立适用, 侵害英雄烈士名誉、荣誉罪 …): no principal of the list, the
    # schema's 其他 as for 驱逐出境
    if principal is None and pol is not None and fine is None and not re.search(r"无罪|不负刑事责任|免予", t):
        principal = "其他"
    if principal is None and re.search(r"无罪|不负刑事责任", t):
        principal = "无罪"
    span = (offset + (first if first is not None else 0), offset + last) if (first is not None or last) else None
    return Punishment(principal, term_m, term_d, prob_m, prob_d, fine, pol, conf, conf_amount, span, dm is not None)


def _known(names: list[str]) -> str:
    """An alternation of the known names, longest first (empty when none)."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)


def _names_group(names: list[str]) -> str:
    """``(?P<names>…)``: one or more names joined by 、/和/及, the known ones preferred; a Latin name whole, its
    words spaced (被告人NGUYEN VAN AN犯…); each with the bracket that writes it otherwise
    (:data:`~fayan.nlp.names.NAME_NOTE`: 被告人阮某（NGUYEN VAN AN）犯…)."""
    known = _known(names)
    generic = rf"{LATIN_NAME}(?=[^A-Za-z.'\-])|[^，,。；;\s、：:（(“”的]{{1,15}}?"
    name = (f"(?:{known}|{generic})" if known else f"(?:{generic})") + f"(?:{NAME_NOTE})?"
    return rf"(?P<names>{name}(?:\s*[、和及]\s*{name})*)"


_NAME_NOTE_RE = re.compile(NAME_NOTE)


# 以盗窃罪在法定刑以下判处被告人甲…: a sentence below the statutory minimum (刑法第六十三条第二款) between charge and verb
_BELOW = r"(?:在法定刑以下\s*[，,]?\s*)?"
# After a name, the review form's charge and its sentence: (均)以X罪(，)(分别)判处/判决 … or 以X罪免予刑事处罚.
_YI_CHARGE_NEXT = rf"均?以[^，。；]{{1,30}}?罪\s*[，,]?\s*{_BELOW}(?:分别)?\s*(?:判处|判决|免予|免于|免除)"


def _clause_re(names: list[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<role>{_ROLE})\s*{_names_group(names)}\s*(?:均\s*)?"  # 甲、乙均犯…罪
        rf"(?=犯(?!罪)|{_YI_CHARGE_NEXT}|无罪|不构成犯罪|不负刑事责任|免予|免于|的行为不构成)"
    )


# the punishment a charge-first clause goes on with (以抢劫罪判处被告人甲死刑)
_PUNISHMENT_NEXT = r"(?=死刑|无期徒刑|有期徒刑|拘役|管制|罚金|剥夺政治权利|免予|免于)"


# a clause that sentences a known person with no charge told: …号刑事判决，(在法定刑以下)判处X有期徒刑四年
_BARE_SENTENCING = r"(?<=[，,])\s*(?:在法定刑以下|依法|改)?"


def _known_list(known: str) -> str:
    """``(?P<role>)(?P<names>…)``: known names (``known``: :func:`_known`) joined by 、/和/及, with no role word."""
    return rf"(?P<role>)(?P<names>(?:{known})(?:\s*[、和及]\s*(?:{known}))*)"


def _inverted_re(names: list[str], *, known_only: bool = False) -> re.Pattern[str] | None:
    """The review form with the charge first: 维持第一审以抢劫罪判处被告人甲死刑，剥夺政治权利终身… The charge may be
    missing from the text (维持第一审以判处被告人甲死刑…, an SPC ruling): the person is still sentenced.
    ``known_only``: a known name with no role word after a charge (以故意伤害罪，判处李某死刑, a history's account of a
    decision), or after a clause's comma with no charge (…号刑事判决，在法定刑以下判处李某有期徒刑四年); None where no
    name is known, as :func:`_addressed_re`."""
    if known_only:
        known = _known(names)
        if not known:
            return None
        who = _known_list(known) + r"\s*"
        return re.compile(
            rf"(?:(?<!所)以(?P<charge>[\u4e00-\u9fff、]{{1,30}}?罪)\s*[，,]?\s*{_BELOW}(?:分别)?|{_BARE_SENTENCING})\s*判处\s*"
            rf"{who}{_PUNISHMENT_NEXT}"
        )
    charge = r"(?:(?P<charge>[\u4e00-\u9fff、]{1,30}?罪)\s*[，,]?\s*)?"
    who = rf"(?P<role>{_ROLE})\s*{_names_group(names)}\s*犯?\s*"  # 犯 a slip: 判处被告人甲犯死刑
    return re.compile(rf"(?<!所)以{charge}{_BELOW}(?:分别)?\s*判处\s*{who}{_PUNISHMENT_NEXT}")


def _continued_res(names: list[str]) -> list[re.Pattern[str]]:
    """The next persons of a charge-first sentence, each with their own punishment and the charge of the
    clause before: 以故意伤害罪分别判处被告人甲有期徒刑四年；判处被告人乙有期徒刑三年；判处被告人丙有期徒刑二年，缓刑三年
    (or …有期徒刑四年、被告人乙有期徒刑三年). A role word, or a known name without one, then the punishment."""
    lead = r"(?<=[；;，,、])\s*(?:(?:分别)?判处\s*)?"
    out = [re.compile(rf"{lead}(?P<role>{_ROLE})\s*{_names_group(names)}\s*{_PUNISHMENT_NEXT}")]
    if known := _known(names):
        out.append(re.compile(rf"{lead}{_known_list(known)}\s*{_PUNISHMENT_NEXT}"))
    return out


def _addressed_re(names: list[str]) -> re.Pattern[str] | None:
    """A known name after 对 with no role word, charge next: 维持第一审对马某以抢劫罪判处死刑. Known names only (from
    the header): without a role word an unknown name cannot be told from any other words."""
    known = _known(names)
    if not known:
        return None
    return re.compile(
        rf"对\s*{_known_list(known)}\s*"
        rf"(?=均?以[^，。；]{{1,30}}?罪\s*[，,]?\s*{_BELOW}(?:分别)?\s*(?:判处|判决))"
    )


def _split_names(group: str, names: list[str]) -> list[str]:
    """``甲、乙和丙`` -> the names; a known name keeps its 和/及 (吴振和 is one person).

    >>> _split_names("吴振和", ["吴振和"]), _split_names("张三和李四", [])
    (['吴振和'], ['张三', '李四'])
    """
    if "（" in group or "(" in group:
        group = _NAME_NOTE_RE.sub("", group)  # (a name written otherwise, in its bracket)
    if not re.search(r"[和及]", group):
        return [n for n in re.split(r"\s*、\s*", group.strip()) if n]  # the usual case: no pattern to build
    known = _known(names)
    token = re.compile((rf"{known}|" if known else "") + rf"{LATIN_NAME}(?![A-Za-z])|[^、和及\s]+")
    return [m.group() for m in token.finditer(group)]


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    starts = [m.start() for m in _ITEM_RE.finditer(text, start, end)]
    if not starts or starts[0] > start:
        starts.insert(0, start)
    return [(s, starts[i + 1] if i + 1 < len(starts) else end) for i, s in enumerate(starts)]


def _item_starts_with(text: str, item: tuple[int, int], words: str) -> bool:
    """Whether the result ``item`` (after its number 一、) begins with one of ``words`` (a regex)."""
    s, e = item
    return bool(re.match(rf"\s*(?:{_ITEM_NUMBER})?\s*(?:{words})", text[s : min(s + 14, e)]))


def quoted_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of the result section [start, end) that approve or uphold an earlier decision (核准… / 维持…).

    The counts such an item quotes were decided by the earlier judgment, under its own articles, and a
    review may quote only the part it approves; checks that compare this document's clause and
    reasoning with its result (E17, X1) leave them out.

    >>> t = "裁定如下：一、核准某高级人民法院对被告人甲以故意杀人罪判处死刑的部分。二、撤销对被告人乙的判决。"
    >>> [t[a:b] for a, b in quoted_items(t, 0, len(t))]
    ['一、核准某高级人民法院对被告人甲以故意杀人罪判处死刑的部分。']
    """
    return _items_opening(text, start, end, "核准|维持")


# 维持…刑事判决第一项、第三项 / 维持原判第二项 / 判决中的第一项 / 第一、三项 / 第一至三项 / 第一项至第三项: the items of the
# earlier decision that an item of the result upholds by their numbers, a part of one too (第二项定罪部分)
_UPHELD_ITEMS_RE = re.compile(
    r"维持[^；;。]{0,80}?(?:判决|裁定|原判)书?(?:中的|中|的)?(?P<run>第[一二三四五六七八九十]+项?"
    r"(?:(?:中的|的)?(?:定罪|量刑|刑罚|主刑|附加刑|罚金)?(?:部分)?(?:、|和|及|以及|至)第?[一二三四五六七八九十]+项?)*)"
)


def upheld_item_numbers(text: str) -> tuple[int, ...]:
    """The numbers of the earlier decision's items that a result's item ``text`` upholds by number (维持…刑事判决
    第一项、第三项: 1 and 3), in order; () where it names none (维持原判, 维持…判决中对被告人甲的定罪部分).

    >>> upheld_item_numbers("一、维持某区人民法院（2023）某0101刑初1号刑事判决第一项、第三项；")
    (1, 3)
    >>> upheld_item_numbers("一、维持原判第一至三项、第五项；二、撤销原判第四项；")
    (1, 2, 3, 5)
    >>> upheld_item_numbers("一、维持某区人民法院（2009）某刑初字第107号刑事判决第一项、第二项定罪部分、第三项，即…")
    (1, 2, 3)
    >>> upheld_item_numbers("一、维持某区人民法院（2009）某刑初字第107号刑事判决中对被告人甲的定罪部分；")
    ()

    Not an item kept for one person named after it (第二项中对被告人乙某的定罪量刑): another its item sentences
    may be dealt with otherwise, or not at all.

    >>> upheld_item_numbers("一、维持原判第一项、第二项中对被告人乙某的定罪量刑；")
    (1,)
    """
    out: list[int] = []
    for m in _UPHELD_ITEMS_RE.finditer(text):
        found = [(k.group(1), cn_to_int(k.group(2)))
                 for k in re.finditer(r"(至)?第?([一二三四五六七八九十]+)", m.group("run"))]
        if re.match(r"中?的?(?:对|关于)", text[m.end() :]):
            found.pop()
        for to, n in found:
            if to and out and out[-1] < n:
                out += range(out[-1] + 1, n)
            out.append(n)
    return tuple(dict.fromkeys(out))


def item_number_at(text: str, start: int, pos: int) -> int | None:
    """The number of the item (一、, （一）) of a numbered result that opens at ``start`` in which ``pos`` lies
    (判决：一、被告人甲某犯…；二、被告人乙某犯…: 2 at 乙某), None where no such number comes before it.

    >>> t = "判决：一、被告人甲某犯盗窃罪，判处有期徒刑一年；二、被告人乙某犯盗窃罪，判处有期徒刑十个月。"
    >>> item_number_at(t, 0, t.index("乙某")), item_number_at(t, 0, t.index("甲某")), item_number_at(t, 0, 2)
    (2, 1, None)
    """
    numbers = [n.group() for m in _ITEM_RE.finditer(text, start, pos)
               if (n := re.search(r"[一二三四五六七八九十]+", m.group())) is not None]
    return cn_to_int(numbers[-1]) if numbers else None


def refused_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of the result section [start, end) that refuse to approve an earlier decision (不核准… / 不予核准…), and,
    beside one, those that revoke it (撤销…), which quote it again.

    >>> t = "裁定如下：一、不核准某高级人民法院对被告人甲以故意杀人罪判处死刑的裁定。二、发回某高级人民法院重新审判。"
    >>> [t[a:b] for a, b in refused_items(t, 0, len(t))]
    ['一、不核准某高级人民法院对被告人甲以故意杀人罪判处死刑的裁定。']
    >>> t = t.replace("二、", "二、撤销某高级人民法院对被告人甲以故意杀人罪判处死刑的裁定。三、")
    >>> [t[a:b][:8] for a, b in refused_items(t, 0, len(t))]
    ['一、不核准某高级', '二、撤销某高级人']
    """
    refused = _items_opening(text, start, end, "不核准|不予核准")
    return _items_opening(text, start, end, "不核准|不予核准|撤销") if refused else refused


def _items_opening(text: str, start: int, end: int, words: str) -> list[tuple[int, int]]:
    """The items of the result section [start, end), past its 如下：, that open with ``words`` (a regex)."""
    cue = re.compile(r"如下\s*[:：]?").search(text, start, end)
    body = cue.end() if cue else start  # past 判决如下：
    return [item for item in _items(text, body, end) if _item_starts_with(text, item, words)]


def _last_part(s: str) -> str:
    """What follows the last ； of ``s``, without leading blanks."""
    return s[max(s.rfind("；"), s.rfind(";")) + 1 :].lstrip()


def _revoking(text: str, item_start: int, at: int) -> bool:
    """Whether the part of an item before ``at`` (from its last ；) opens with 撤销: what follows is quoted from
    the judgment it revokes (核准…死刑；撤销…判决中对被告人X以强奸罪判处有期徒刑三年，缓刑三年的缓刑部分)."""
    return _last_part(text[item_start:at]).startswith("撤销")


def _revoked_count(plain: str, at: int) -> bool:
    """Whether the charge at ``at`` is named by a 撤销 clause (up to it, since the last ；) that has not yet gone on
    to a new decision (改判, 判处, 决定)."""
    if re.search(r"撤销(?:对其|对该犯|其)?\s*$", plain[max(0, at - 6) : at]):
        return True
    part = _last_part(plain[:at])
    return part.startswith("撤销") and not re.search(r"改判|改为|判处|决定", part)


def parse_revisions(text: str, start: int, end: int, names: list[str]) -> list[OutcomeEntry]:
    """The sentences ``text[start:end]`` gives in the words of a revision, without a charge, for the known ``names``
    (a told decision: …刑事判决，改判被告人甲某死刑，剥夺政治权利终身), each up to the next ；, or up to the next known
    name a comma opens (以合同诈骗罪改判甲某有期徒刑十年，乙某有期徒刑十五年).

    >>> t = "以（2012）某刑终字第1号刑事判决，改判被告人甲某死刑，剥夺政治权利终身，并依法报请本院核准"
    >>> [(e.name, e.executed.principal) for e in parse_revisions(t, 0, len(t), ["甲某"])]
    [('甲某', '死刑')]
    >>> t = "撤销一审判决的量刑部分，以合同诈骗罪改判甲某有期徒刑十年，乙某有期徒刑十五年，维持一审判决的其他部分"
    >>> [(e.name, e.executed.term_months) for e in parse_revisions(t, 0, len(t), ["甲某", "乙某"])]
    [('甲某', 120), ('乙某', 180)]
    """
    known = _known(names)
    if not known:
        return []
    out = []
    for m in re.compile(rf"改判(?:为)?(?:{_ROLE})?(?P<name>{known})").finditer(text, start, end):
        stop = text.find("；", m.end(), end)
        stop = end if stop == -1 else stop
        told = [m, *re.compile(rf"[，,](?:{_ROLE})?(?P<name>{known})").finditer(text, m.end(), stop)]
        for k, n in enumerate(told):
            upto = told[k + 1].start() if k + 1 < len(told) else stop
            out.append(OutcomeEntry(n.group("name"), n.span("name"), "", (n.start(), upto),
                                    executed=parse_punishment(text[n.end() : upto], n.end())))  # fmt: skip
    return out


def parse_result(text: str, start: int, end: int, names: list[str]) -> list[OutcomeEntry]:
    """Each defendant's sentence in the result section ``text[start:end]``, in order of mention."""
    clause = _clause_re(names)
    # built only when some item has the charge-first form (each build compiles a pattern with the names)
    inverted = _inverted_re(names) if re.search(rf"判处\s*{_ROLE}", text[start:end]) else None
    addressed = _addressed_re(names) if any(f"对{n}" in text[start:end] for n in names if n) else None
    known = _known(names)
    told = known and re.search(rf"(?:罪\s*[，,]?|{_BARE_SENTENCING})\s*判处\s*(?:{known})", text[start:end])
    known_first = _inverted_re(names, known_only=True) if told else None  # 以Y罪，判处X死刑 (X known, no role word)
    # a history's account of a decision: 认定X犯Y罪，判处… with X known and no role word
    affirmed = (re.compile(rf"(?<=认定){_known_list(known)}\s*(?=犯(?!罪))")
                if known and re.search(rf"认定(?:{known})\s*犯", text[start:end]) else None)
    items = _items(text, start, end)
    hits: list[tuple[re.Match[str], int]] = []  # (match, item end)
    carried: dict[int, tuple[str, tuple[int, int]]] = {}  # a continuation's start -> the charge it carries on
    for s, e in items:
        if _item_starts_with(text, (s, e), "不核准|不予核准"):
            continue  # the sentence quoted there is what this court refuses to approve
        item_from = len(hits)
        revoked = _item_starts_with(text, (s, e), "撤销")
        charge_first = (
            [m for m in inverted.finditer(text, s, e) if not _revoking(text, s, m.start())]
            if inverted is not None and not revoked else []
        )
        hits += [(m, e) for m in charge_first]
        if addressed is not None and not revoked:
            hits += [(m, e) for m in addressed.finditer(text, s, e) if not _revoking(text, s, m.start())]
        if known_first is not None and not revoked:
            hits += [(m, e) for m in known_first.finditer(text, s, e) if not _revoking(text, s, m.start())]
        if affirmed is not None and not revoked:
            hits += [(m, e) for m in affirmed.finditer(text, s, e) if not _revoking(text, s, m.start())]
        for m in clause.finditer(text, s, e):
            if any(c.start() <= m.start() < c.end() for c in charge_first):
                continue  # the names of a charge-first clause
            if any(len(n) > len(m.group("names")) and text.startswith(n, m.start("names")) for n in names):
                continue  # 被告人邓犯生赔偿…: a cut-off known name (邓 + 犯) is no clause
            if (revoked or _revoking(text, s, m.start())) and re.search(r"(?:即|对)\s*$", text[max(s, m.start() - 3) : m.start()]):
                continue  # 撤销…即被告人X犯… / (核准…；)撤销…中对被告人X以Y罪判处…的部分: the revoked sentence, quoted
            before = text[s : m.start()]
            if revoked and "即" in before and (
                not re.search(r"[；;。]\s*$", before)
                # 撤销…即被告人甲犯…；被告人乙犯…: the quote goes on, unless the item puts a new sentence in place
                or not re.search(r"改判|改为|重新判决|现判决|判决如下", before[before.rfind("即") :])
            ):
                continue
            # "责令被告人X退赔" / "追缴被告人X的" are dispositions, not sentences; "与被告人X犯Y罪判处…并罚" quotes
            # the count combined with the clause before it.
            if re.search(r"(?:责令|追缴|没收|对|向|由|将|扣押|与)\s*$", text[max(s, m.start() - 4) : m.start()]) and not (
                re.match(_YI_CHARGE_NEXT, text[m.end() : m.end() + 40])
            ):
                continue
            hits.append((m, e))
        # the persons a charge-first clause goes on to sentence, up to the next clause of the item
        here = sorted(h.start() for h, _ in hits[item_from:])
        for m in [h for h, _ in hits[item_from:] if "charge" in h.re.groupindex]:
            upto = min([x for x in here if x > m.start()] + [e])
            for c in _continuations(text, m, upto, names):
                hits.append((c, e))
                carried[c.start()] = (m.group("charge") or "", m.span("charge"))
    hits.sort(key=lambda h: h[0].start())
    entries: list[OutcomeEntry] = []
    for i, (m, item_end) in enumerate(hits):
        block_end = min(item_end, hits[i + 1][0].start()) if i + 1 < len(hits) else item_end
        block_end = max(block_end, m.end())
        role = re.sub(r"[（(].*", "", m.group("role"))
        names_here = _split_names(m.group("names"), names)
        if "charge" in m.re.groupindex:
            lead = (m.group("charge") or "", m.span("charge"))
        else:  # a continuation carries the charge of its clause
            lead = carried.get(m.start())
        base = _parse_block(text, m.end(), block_end, lead)
        if base.executed.principal == "无罪" and not base.counts and not base.acquitted_in_part:
            # the part may be told before the names, in the same sentence (对…罪部分，宣告被告人X无罪)
            bounds = [x.end() for r in (_ITEM_RE, _SENTENCE_END_RE)
                      for x in r.finditer(text, start, m.start())]
            lo = max([hits[i - 1][0].end() if i else start, *bounds])
            base = replace(base, acquitted_in_part=_names_a_part(text[lo : m.start()]))
        each = _severally(text, m.end(), block_end, len(names_here)) if len(names_here) > 1 else None
        pos = m.start("names")
        for k, n in enumerate(names_here):
            npos = text.find(n, pos, m.end())
            entry = base if each is None else _with_punishment(base, each[k])
            note = _NAME_NOTE_RE.match(text, npos + len(n), m.end())
            latin = bool(re.match("[A-Za-z]", n))
            also = tuple(other_writings(note.group().strip()[1:-1], latin=latin)) if note else ()
            entries.append(replace(entry, name=n, name_span=(npos, npos + len(n)), role=role,
                                   span=(m.start(), block_end), also=also))
            pos = npos + len(n)
    return _named_first(text, start, end, _merge(entries))


def _named_first(text: str, start: int, end: int, entries: list[OutcomeEntry]) -> list[OutcomeEntry]:
    """``entries`` in the order the result names the persons it convicts: one an item upholding the earlier
    judgment's conviction of him names (一、维持…第一项中对上诉人甲犯盗窃罪的定罪量刑…，第二项对原审被告人乙的定罪量刑
    部分，即被告人乙犯盗窃罪，判处…。三、上诉人甲犯诈骗罪，判处…) is named there, before the sentence a later item gives
    him: 甲, then 乙. Else in the order of their sentences.

    >>> t = ("判决如下：一、维持某区人民法院刑事判决第一项中对上诉人甲某犯盗窃罪的定罪量刑，第二项对原审被告人乙某的定罪量刑"
    ...      "部分，即被告人乙某犯盗窃罪，判处有期徒刑一年。二、上诉人甲某犯诈骗罪，判处有期徒刑二年。")
    >>> [e.name for e in parse_result(t, 0, len(t), ["甲某", "乙某"])]
    ['甲某', '乙某']
    """
    quotes = quoted_items(text, start, end)
    if len(entries) < 2 or not quotes:
        return entries

    def named(e: OutcomeEntry) -> int:
        return min([e.name_span[0], *(m.start() for a, b in quotes for n in (e.name, *e.also) if n
                                      for m in re.compile(rf"对{_ROLE}?{re.escape(n)}(?=犯|的|以|，|、)").finditer(
                                          text, a, b))])

    return sorted(entries, key=named)


def _continuations(text: str, lead: re.Match[str], end: int, names: list[str]) -> list[re.Match[str]]:
    """The persons a charge-first clause ``lead`` goes on to sentence (:func:`_continued_res`), each after the
    punishment of the one before, up to ``end``; none past the sentence's 。 (a ； only parts the persons)."""
    stop = text.find("。", lead.end(), end)
    stop_at = end if stop == -1 else stop
    found = sorted((m for r in _continued_res(names) for m in r.finditer(text, lead.end(), stop_at)),
                   key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue  # the same person, read by both patterns
        out.append(m)
    return out


_SEVERALLY_RE = re.compile(r"分别(?:判处|处以|处)\s*")
_SEVERAL_FINES_RE = re.compile(r"(?:并\s*)?分别(?:并处|处以?|判处)?\s*罚金\s*")
_LIST_SEP_RE = re.compile(r"\s*[、和及]\s*")
_LIST_END_RE = re.compile(r"[，,；;。]")
_FINE_LIST_END_RE = re.compile(r"[，,；;。（(]")


def _list_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at 、/和/及 into (start, end) parts."""
    parts, pos = [], start
    for sep in _LIST_SEP_RE.finditer(text, start, end):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, end))
    return parts


def _severally(text: str, start: int, end: int, n: int) -> list[Punishment] | None:
    """Per-person punishments of a shared clause, in the order of the names: 被告人甲、乙均犯盗窃罪，分别判处有期徒刑
    一年、十个月，并分别处罚金人民币五千元、四千元. None unless the list has one punishment per name
    (分别判处死刑，剥夺政治权利终身 gives every person the same, which the shared reading already does).
    """
    m = _SEVERALLY_RE.search(text, start, end)
    if m is None:
        return None
    stop = _LIST_END_RE.search(text, m.end(), end)
    parts = _list_parts(text, m.end(), stop.start() if stop else end)
    if len(parts) != n:
        return None
    head = re.match(r"有期徒刑|拘役|管制", text[parts[0][0] : parts[0][1]])
    out = []
    for a, b in parts:
        part = text[a:b]
        if head is not None and re.fullmatch(DURATION, part):
            part = head.group() + part  # 有期徒刑一年、十个月: the second inherits the principal
        pun = parse_punishment(part, 0)
        if pun.principal is None:
            return None
        out.append(replace(pun, span=(a, b)))
    f = _SEVERAL_FINES_RE.search(text, stop.start() if stop else end, end)
    if f is not None:
        f_stop = _FINE_LIST_END_RE.search(text, f.end(), end)
        fines = _list_parts(text, f.end(), f_stop.start() if f_stop else end)
        if len(fines) == n:
            try:
                amounts = [plain_number(parse_money(text[a:b]).amount) for a, b in fines]
            except ParseError:
                return out
            out = [replace(p, fine_yuan=amt) for p, amt in zip(out, amounts)]
    return out


def _with_punishment(entry: OutcomeEntry, pun: Punishment) -> OutcomeEntry:
    """``entry`` with its single count's punishment (and the executed one) replaced by ``pun``."""
    if len(entry.counts) != 1 or entry.combined:
        return entry
    shared = entry.counts[0].punishment
    pun = replace(  # what the list does not say stays shared (剥夺政治权利, 没收)
        pun,
        fine_yuan=pun.fine_yuan if pun.fine_yuan is not None else shared.fine_yuan,
        political_rights=pun.political_rights or shared.political_rights,
        confiscation=pun.confiscation or shared.confiscation,
    )
    return replace(entry, counts=(replace(entry.counts[0], punishment=pun),), executed=pun)


def _names_a_part(told: str) -> bool:
    """Whether ``told``, the words of an acquittal's sentence, name a charge or a 部分: the acquittal is then of
    that part only."""
    return "部分" in told or any(True for _ in find_charge_mentions(told))


def _merge(entries: list[OutcomeEntry]) -> list[OutcomeEntry]:
    """One entry per defendant. A later clause for the same name replaces a quoted earlier one; the earlier
    clause's counts that carry a punishment stay, unless a later combined clause (决定执行) restates them. An
    acquittal of a part (被告人X无罪（Y罪部分）) replaces no clause that convicts X of another count or sentences X:
    X stands convicted of that; an acquittal with no part named (被告人X无罪) replaces as any clause does."""
    out: dict[str, OutcomeEntry] = {}
    for e in entries:
        prev = out.get(e.name)
        if (prev is not None and e.acquitted_in_part and not e.counts
                and (prev.counts or prev.executed.principal not in (None, "无罪"))):
            continue
        if prev is None or e.counts or e.executed.principal:
            if prev is not None and prev.counts and e.counts and not prev.combined:
                # Two clauses for one person: keep the counts that carry a punishment (a quoted
                # "维持…定罪部分，即：被告人X犯Y罪" item has none). A later combined clause (…数罪并罚，决定执行…)
                # combines the earlier count with its own unless it restates it.
                own = {c.charge for c in e.counts}
                kept = tuple(c for c in prev.counts if c.punishment.principal and not (e.combined and c.charge in own))
                e = replace(e, counts=kept + e.counts)
            out[e.name] = e
    return list(out.values())


def _is_standard(name: str) -> bool:
    """``name`` is a standard charge name as it stands (charges.txt, as the lexicon is now)."""
    n = normalize_charge(name)
    return n is not None and n.how == "exact"


def _with_yi(charge: str, at: int) -> tuple[str, int]:
    """A charge read after 以 (``at`` its offset): ``(charge, at)``, or with that 以 where it belongs to the name:
    以危险方法危害公共安全罪判处 (an SPC ruling) writes the 以 of 以…罪判处 once, and it is the name's first character."""
    if not _is_standard(charge) and _is_standard("以" + charge):
        return "以" + charge, at - 1
    return charge, at


def _parse_block(text: str, start: int, end: int, lead: tuple[str, tuple[int, int]] | None = None) -> OutcomeEntry:
    """One defendant's block; ``lead`` is a charge written before the name (以X罪判处被告人Y…) and its span; an empty
    charge where the text leaves it out (以判处被告人Y死刑): the block is then the punishment, with no count."""
    block = text[start:end]
    plain = _strip_parens(block)
    # every 决定执行 … clause: a count ends at the first after it, and the last is the sentence executed
    # (…以强奸罪判处有期徒刑七年，决定执行死刑，…与前犯…并罚，决定执行死刑)
    clauses = list(_COMBINE_RE.finditer(plain))
    combine = clauses[-1] if clauses else None
    combines = [c.start() for c in clauses]
    prior_combine = _PRIOR_COMBINE_RE.search(plain)
    # 核准…部分，撤销对其以故意伤害罪判处…部分 / 核准…；撤销…判决中对被告人X以强奸罪判处…的缓刑部分: a count the
    # same item revokes or quotes from the judgment it revokes is not part of the sentence
    charges = [
        c for c in _CHARGE_RE.finditer(plain)
        if not _revoked_count(plain, c.start()) and (c.group("c3") is None or _is_standard(c.group("c3") + "罪"))
    ]
    if prior_combine is not None:
        # "与…判决中对X犯Y罪判处的…并罚": Y is an earlier judgment's count, not this one's.
        stop = combine.start() if combine is not None and combine.start() > prior_combine.start() else len(plain)
        charges = [c for c in charges if not prior_combine.start() <= c.start() < stop]
    # (where the count starts and its punishment begins in the block, the charge words, their offset in text)
    marks = []
    for cm in charges:
        if cm.group("c"):  # 犯X罪
            marks.append((cm.start(), cm.end(), cm.group("c"), start + cm.start("c")))
        else:  # 以X罪 / 以X: the 以 may be the name's
            key = "c2" if cm.group("c2") else "c3"
            marks.append((cm.start(), cm.end(), *_with_yi(cm.group(key), start + cm.start(key))))
    if lead is not None and lead[0]:
        marks.insert(0, (0, 0, *_with_yi(lead[0], lead[1][0])))
    counts: list[OutcomeCount] = []
    for j, (m_start, m_end, group, gstart) in enumerate(marks):
        seg_end = marks[j + 1][0] if j + 1 < len(marks) else len(plain)
        seg_end = min([c for c in combines if m_start < c < seg_end] or [seg_end])
        if prior_combine is not None and m_start < prior_combine.start() < seg_end:
            seg_end = prior_combine.start()
        # A charge list "犯盗窃罪、诈骗罪，判处…" shares one punishment. A 撤销 clause after it is another decision
        # (…判处有期徒刑一年。撤销…宣告的缓刑，原判有期徒刑二年，缓刑二年): its 缓刑 is not the count's.
        seg = block[m_end:seg_end]
        cut = re.search(r"[，,；;。]\s*撤销", seg)
        if cut:
            seg = seg[: cut.start()]
        pun = parse_punishment(seg, start + m_end)
        found = [(sp.start, sp.end) for sp, _c in find_charge_mentions(group)]
        if not found:
            found = [(0, len(group))]
        elif found[0][0] > 0 and re.fullmatch(r"[\u4e00-\u9fff]+", group[: found[0][0]]):
            # 犯聚众赌博罪, 犯非法贩卖毒品罪: words before the name the lexicons know make the name as printed, which
            # is then no standard name (E17), not the known one the words were cut from
            found[0] = (0, found[0][1])
        for a, b in found:
            part = group[a:b]
            counts.append(OutcomeCount(part if part.endswith("罪") else part + "罪", (gstart + a, gstart + b), pun))
    executed = Punishment()
    in_part = False
    if combine is not None:
        executed = parse_punishment(block[combine.end() :], start + combine.end())
        if executed.fine_yuan is None:
            fines = [c.punishment.fine_yuan for c in counts if c.punishment.fine_yuan is not None]
            if fines and len(counts) > 1:
                executed = replace(executed, fine_yuan=plain_number(Decimal(str(sum(fines)))))
        if not executed.confiscation and any(c.punishment.confiscation for c in counts):
            executed = replace(executed, confiscation=True)
    elif counts:
        executed = counts[-1].punishment if len(counts) == 1 else counts[0].punishment
    elif lead is not None and not lead[0]:
        executed = parse_punishment(block, start)
    elif acquittal := re.search(r"无罪|不负刑事责任", plain):
        executed = Punishment(principal="无罪", span=(start, end))
        # its sentence (the note in brackets too) names a charge or a 部分: 无罪（掩饰、隐瞒犯罪所得罪部分）
        stop = _SENTENCE_END_RE.search(plain, acquittal.end())
        told = block[: stop.start() if stop else len(block)]
        in_part = _names_a_part(told)
    elif re.search(r"免予刑事处罚|免于刑事处罚", plain):
        executed = Punishment(principal="免予刑事处罚", span=(start, end))
    term_start = term_end = None
    tspan = None
    # not the dates of a 缓刑考验期 (缓刑考验期限，从判决确定之日起计算，即自…起至…止): no term is executed; nor of a
    # custody the note credits (被告人戊某先行羁押期间自…起至…止，共计30日，已予折抵，刑期自…起至…止)
    tm = next((m for m in _TERM_DATES_RE.finditer(block)
               if "缓刑考验期" not in re.split(r"[。；;（(]", block[: m.start()])[-1]
               and not _CUSTODY_PERIOD_RE.search(re.split(r"[，,。；;（(]", block[: m.start()])[-1])), None)
    if tm:
        try:
            a = list(find_dates(tm.group("a")))
            b = list(find_dates(tm.group("b"), base=a[0][1] if a else None))
            if a and b:
                term_start, term_end = a[0][1], b[0][1]
                tspan = (start + tm.start("a"), start + tm.end("b"))
        except ParseError:
            pass  # a term note with an impossible date (2月30日) gives no term dates rather than wrong ones
    credit = None
    # the rate, not a credit: 羁押一日折抵刑期一日, 留置一日…, 指定居所监视居住二日折抵刑期一日, also where the credit's
    # words open it (判决执行前先行羁押一日折抵刑期一日) or where the rate is recited for a measure named before it
    # (指定居所监视居住的，二日折抵刑期一日; 每二日折抵刑期一日): a rate recited is no day credited
    cr = next((c for c in _CREDIT_RE.finditer(block)
               if not re.search(r"(?:羁押|留置|监视居住|拘留)[一二两]日\s*[，,]?\s*$", block[: c.start()])
               and not (re.search(r"(?:的\s*[，,]?|每)\s*[一二两]日\s*$", block[: c.start()])
                        and re.fullmatch(r"折抵(?:刑期)?[一二两]日", c.group()))
               and not re.search(r"[一二两]日\s*[，,]?\s*折抵刑期[一二两]日$", c.group())), None)
    cr = cr or _CREDIT_BEFORE_RE.search(block) or _CREDIT_TOTAL_RE.search(block)
    if cr:
        n = cr.group("n")
        try:
            credit = int(n) if n.isdigit() else parse_duration(n + "日").days
        except ParseError:
            credit = None
    return OutcomeEntry(
        name="",
        name_span=(start, start),
        role="",
        span=(start, end),
        counts=tuple(counts),
        executed=executed,
        combined=combine is not None,
        with_earlier_judgment=prior_combine is not None or bool(_EARLIER_RE.search(plain)),
        earlier=_earlier_term(plain, prior_combine, start),
        term_start=term_start,
        term_end=term_end,
        term_dates_span=tspan,
        credit_days=credit,
        acquitted_in_part=in_part,
    )


# 撤销…宣告的缓刑，原判有期徒刑二年，缓刑二年。数罪并罚 (刑法77): the revoked 缓刑's term is the earlier one
_REVOKED_TERM_RE = re.compile(r"撤销[^。；]{0,60}缓刑[^。；]{0,10}?[，,]\s*原判(?P<t>(?:有期徒刑|拘役)[^，,。；]+)")
# 与前罪…判处的刑罚一年二个月合并执行: a term without its kind
_BARE_EARLIER_RE = re.compile(rf"刑罚\s*(?P<d>{DURATION})")


def _earlier_term(plain: str, prior_combine: re.Match[str] | None, start: int) -> Punishment | None:
    """The one term the 与前罪…并罚 clause names (与前罪所判有期徒刑一年二个月并罚), or None where it names none or
    several, or what is left of one (与前罪判处的有期徒刑五年尚未执行的刑期二年并罚, 刑法71: the remainder, not the term).
    A term the clause gives without its kind (与前罪…判处的刑罚一年二个月合并执行) is 有期徒刑 where it is longer than
    拘役 can be (six months) and the sentence executed is 有期徒刑 (管制 would be executed apart, 刑法69②). Without
    such a clause, the term of a revoked 缓刑 (撤销…缓刑，原判有期徒刑二年，缓刑二年), which 刑法77 combines."""
    if prior_combine is None:
        revoked = _REVOKED_TERM_RE.search(plain)
        if revoked is None or not _COMBINE_RE.search(plain, revoked.end()):
            return None
        p = parse_punishment(revoked.group("t"), start + revoked.start("t"))
        return p if p.principal is not None else None
    clause = prior_combine.group()
    if _REMAINDER_RE.search(clause):
        return None
    kinds = list(_PRINCIPAL_RE.finditer(clause))
    if not kinds:
        bare = list(_BARE_EARLIER_RE.finditer(clause))
        executed = _PRINCIPAL_RE.search(plain, prior_combine.end())
        if len(bare) != 1 or executed is None or executed.group("p") != "有期徒刑":
            return None
        try:
            dur = parse_duration(bare[0].group("d"))
        except ParseError:
            return None
        if dur.months <= 6:
            return None
        at = start + prior_combine.start() + bare[0].start("d")
        return Punishment("有期徒刑", dur.months, dur.days or None, span=(at, at + len(bare[0].group("d"))))
    if len(kinds) != 1:
        return None
    p = parse_punishment(clause, start + prior_combine.start())
    return p if p.principal is not None else None


_DISPOSITION_RE = re.compile(
    r"责令[^。；]{0,20}?退(?:赔|还|缴)|继续追缴|追缴|退赔|没收|发还|返还|退还|赔偿|销毁|上缴国库"
)
_DISP_KIND = (
    ("责令退赔", r"责令[^。；]{0,20}?退(?:赔|还|缴|出)"),
    ("追缴", r"追缴"),
    ("退赔", r"退赔"),
    ("发还", r"发还|返还|退还"),
    ("赔偿", r"赔偿"),
    ("没收", r"没收"),
    ("销毁", r"销毁"),
    ("上缴国库", r"上缴国库"),
)
_MONEY_RE = re.compile(MONEY)


# A clause of the result that punishes (…判处…, 免予刑事处罚, 决定执行…, …并罚, 并处罚金/并处没收个人财产, 无罪) or
# tells how a fine is paid (上述罚金…缴纳，上缴国库): an order is read only after the last such clause of its sentence.
# 被判处 (折抵被告人甲某被判处的罚金) names a punishment, it does not impose one.
# a clause that punishes; 罚金… opening a clause is the fine of the sentence before it (判处管制一年，罚金人民币二万元)
_PUNISHING_RE = re.compile(
    r"(?<!被)判处|免予刑事处罚|免于刑事处罚|免除刑事处罚|决定执行|并罚|合并执行|无罪|并处|^罚金(?:人民币)?[\d零一二两三四五六七八九十百千万]"
)
_FINE_PAYMENT_RE = re.compile(r"\s*(?:上述|所处)?罚金")
_SENTENCE_END_RE = re.compile(r"[。；;]")
_CLAUSE_END_RE = re.compile(r"[，,。；;]")
_REVISED_RE = re.compile(r"(?:改为|改判为?|变更为)[：:\s]*")


def _order_start(plain: str) -> int | None:
    """Where the first property order in ``plain`` (a result item, parentheses blanked) starts, or None. A penalty's
    没收个人财产 and a charge name's cue word (故意销毁会计凭证…罪) are no order."""
    pos = 0
    for m in [*_SENTENCE_END_RE.finditer(plain), None]:
        stop = m.end() if m is not None else len(plain)
        if _FINE_PAYMENT_RE.match(plain, pos):
            pos = stop
            continue
        begin = cpos = pos
        for c in [*_CLAUSE_END_RE.finditer(plain, pos, stop), None]:
            cend = c.end() if c is not None else stop
            if _PUNISHING_RE.search(plain[cpos:cend].lstrip()):
                begin = cend
            cpos = cend
            if cend >= stop:
                break
        part = plain[begin:stop]
        blank = lambda x: " " * len(x.group())  # noqa: E731
        if _DISPOSITION_RE.search(_CHARGE_RE.sub(blank, _CONFISCATION_RE.sub(blank, part))):
            return begin + len(part) - len(part.lstrip())
        pos = stop
    return None


def parse_dispositions(text: str, start: int, end: int, names: list[str]) -> list[DispositionItem]:
    """Property orders in the result section (追缴, 责令退赔, 没收 of seized goods …): each item's text from its first
    order that comes after any punishment of its sentence. In an item that revokes, only what it puts in place
    (撤销…第二项，改为：追缴…); what it only quotes (撤销…中对被告人X的量刑及追缴违法所得部分; 撤销…即被告人X…；被告人X
    赔偿…) is no longer ordered."""
    out: list[DispositionItem] = []
    for s, e in _items(text, start, end):
        plain = _strip_parens(text[s:e])
        if _item_starts_with(text, (s, e), "撤销"):
            revised = _REVISED_RE.search(plain)
            if revised is None:
                continue
            s += revised.end()
            plain = plain[revised.end() :]
        found = _order_start(plain)
        if found is None:
            continue
        s += found
        seg = plain[found:]
        # one order per sentence (追缴…上缴国库；扣押在案的毒品…予以没收): a sentence without an order word goes
        # with the one before it, and the order's kind is its first sentence's
        pieces: list[tuple[int, int, str]] = []  # (start, end, kind) in seg
        for m in re.finditer(r"[^；;。]+[；;。]?", seg):
            kind = _order_kind(m.group())
            if pieces and kind is None:
                pieces[-1] = (pieces[-1][0], m.end(), pieces[-1][2])
            elif kind is not None:
                pieces.append((m.start(), m.end(), kind))
        for a, b, kind in pieces:
            piece = seg[a:b].rstrip("；;。 ")
            end = e if b == len(seg) else s + a + len(piece)
            shares = _shares(piece, names)
            if shares:  # 追缴被告人甲违法所得四万元、被告人乙违法所得六千元: one order for each
                for k, (x, y, who) in enumerate(shares):
                    last = k == len(shares) - 1
                    out.append(DispositionItem(kind, who, _order_amount(piece[x:y]), (s + a + x, end if last else s + a + y)))
                continue
            # the defendants it names (a name after 被害人 is who is paid, not who pays)
            named = [x for a0, _, x in name_mentions(piece, names) if not re.search(r"(?:被害人|受害人)$", piece[:a0])]
            if len(set(named)) >= 2 and _EACH_RE.search(piece):  # 对被告人甲、乙非法所得各十万元予以追缴: one each
                for who in dict.fromkeys(named):
                    out.append(DispositionItem(kind, who, _order_amount(piece), (s + a, end)))
                continue
            # one order on several defendants together (责令被告人甲、乙退赔…2000元) is no one defendant's
            who = named[0] if len(set(named)) == 1 else None
            out.append(DispositionItem(kind, who, _order_amount(piece), (s + a, end)))
    return out


_EACH_RE = re.compile(r"各(?:人民币)?[\d零一二两三四五六七八九十百千万]")  # 各十万元: the same amount from each


def _shares(piece: str, names: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each defendant's part of an order that names two or more, each with an amount of
    their own (追缴被告人甲违法所得四万元、被告人乙违法所得六千元); the first part takes the order's words before
    it. Empty where the order names one, or several sharing one amount (责令被告人甲、乙共同退赔…一万元)."""
    found = name_mentions(piece, names)
    starts: list[tuple[int, str]] = []
    for x, _, n in sorted(found):
        if n not in {m for _, m in starts}:
            role = re.search(r"(?:原审被告人|被告人|上诉人|被告单位)$", piece[:x])
            starts.append((role.start() if role else x, n))
    if len(starts) < 2:
        return []
    parts = [(0 if k == 0 else x, starts[k + 1][0] if k + 1 < len(starts) else len(piece), n)
             for k, (x, n) in enumerate(starts)]
    parts = [(x, len(piece[:y].rstrip("、，, 及和以")), n) for x, y, n in parts]
    return parts if all(_MONEY_RE.search(piece, x, y) for x, y, _ in parts) else []


def _order_kind(text: str) -> str | None:
    """The kind of the first order word of ``_DISP_KIND`` in ``text`` (in that list's order), or None."""
    return next((k for k, p in _DISP_KIND if re.search(p, text)), None)


def _order_amount(piece: str) -> int | float | None:
    """The money an order names: the sum where it names several (退赔被害人甲360元、乙468元; 赃款…及违法所得…), the
    first where it breaks one down (其中) or gives one to each (各十万元)."""
    amounts = []
    for mm in _MONEY_RE.finditer(piece):
        try:
            amounts.append(parse_money(mm.group()).amount)
        except ParseError:
            continue
    if not amounts:
        return None
    if len(amounts) == 1 or re.search(r"其中|各", piece):
        return plain_number(amounts[0])
    return plain_number(sum(amounts))
