"""Parse party paragraphs: defendants (persons and units) and their defenders.

A defendant paragraph (legal-rules A.4) reads like::

    被告人张某，男，1985年3月2日出生，汉族，初中文化，无业，住浙江省杭州市上城区……。
    2015年6月10日因犯盗窃罪被杭州市上城区人民法院判处有期徒刑一年，2016年5月10日刑满释放。
    因涉嫌犯盗窃罪于2019年1月1日被杭州市公安局上城区分局刑事拘留，同年1月30日经杭州市上城区
    人民检察院批准，同日由杭州市公安局上城区分局执行逮捕。现羁押于杭州市上城区看守所。

``parse_defendant(paragraph)`` returns a :class:`PartyHeader` whose spans are
offsets into the paragraph string; the caller shifts them.

>>> h = parse_defendant("被告人张某，男，1985年3月2日出生，汉族，初中文化，无业，住浙江省杭州市。"
...     "2015年6月10日因犯盗窃罪被杭州市上城区人民法院判处有期徒刑一年，2016年5月10日刑满释放。"
...     "因涉嫌犯盗窃罪于2019年1月1日被杭州市公安局上城区分局刑事拘留，同年1月30日经杭州市上城区人民检察院批准，"
...     "同日由杭州市公安局上城区分局执行逮捕。现羁押于杭州市上城区看守所。")
>>> h.name, h.gender, h.birth_date, h.ethnicity, h.education, h.occupation
('张某', '男', '1985-03-02', '汉族', '初中', '无业')
>>> h.detained_on, h.arrested_on, [p.charge for p in h.priors], h.priors[0].release_date
('2019-01-01', '2019-01-30', ['盗窃罪'], '2016-05-10')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from fayan.judgment import CustodyEvent, Defender, PriorRecord
from fayan.nlp.charges import find_charge_mentions
from fayan.nlp.lexicon import lexicon_cached, load_list, load_table
from fayan.nlp.names import LATIN_NAME, other_writings
from fayan.nlp.numbers import DateMention, find_date_mentions, find_dates
from fayan.nlp.outcome import parse_punishment
from fayan.nlp.text import MASK_CHARS

__all__ = [
    "PartyHeader", "defender_client", "parse_defendant", "parse_defenders", "normalize_education", "tells_record",
    "DEFENDANT_ROLE_RE", "SERVED_WORDS",
]

DEFENDANT_ROLE_RE = re.compile(
    r"(?P<role>上诉人|原审被告人|被告单位|原审被告单位|被告人|罪犯|申诉人|被告)"
    # the civil role of a 刑事附带民事 case the same person holds (被告人暨附带民事诉讼被告人孙文涛), also of a public
    # interest suit joined to it (被告人暨附带民事公益诉讼被告黄某)
    r"(?:暨(?:刑事)?附带民事(?:公益)?诉讼(?:被告人?|原告人))?"
    # (the roles it held below, in brackets: 上诉人（原审被告人、原审附带民事诉讼被告人）莫某某)
    r"(?:[（(](?P<role2>[^）)]{1,24})[）)])?"
)
_NAME_RE = re.compile(
    r"\s*(?:[：:])?\s*(?P<self>自报|自称|化名)?(?P<name>[^，,。；;：:（(\s、]{1,40})"
)
# 绰号“龙哥”、“潮州佬”: a list of quoted names goes on after the closing quote
_ALIAS_RE = re.compile(
    r"(?:曾用名|又名|别名|化名|绰号|外号|小名|乳名|英文名|又译)[：:“\"]?"
    r"(?P<alias>[^，,。；;）)”\"]{1,12}(?:[”\"]?、[“\"]?[^，,。；;）)”\"、]{1,12})*)"
)


def _aliases(found: Iterable[re.Match[str]]) -> list[str]:
    """The names of alias cues (又名王家力、王群羊: two)."""
    return [a.strip("“”\"") for m in found for a in m.group("alias").split("、") if a.strip("“”\"")]


# 男 or 女 as a clause of its own; a comma dropped before the ethnicity or the birth year (男土家族，男1985年…出生)
_GENDER_RE = re.compile(
    r"(?:^|[，,。\s])(?P<g>男|女)(?:性)?(?=[，,。；、\s]|$|[\u4e00-\u9fff]{1,4}族|(?:19|20)\d{2}\s*年)")
# A masked month or day (1995年X月X日出生, 1988年××月) leaves the year.
_MD = rf"(?:\d{{1,2}}|[{MASK_CHARS}]{{1,2}})"
_BIRTH_RE = re.compile(
    rf"(?:出生(?:日期|年月日)?[为：:于]?\s*)?(?P<y>(?:19|20)\d{{2}})\s*年\s*(?:(?P<m>{_MD})\s*月\s*(?:(?P<d>{_MD})\s*日?)?)?"
    r"\s*(?P<tail>出生|生(?!效|产)|出世)"  # 日 may be missing right before 出生 (1986年3月10出生于…, an SPC ruling)
)
# A clause that opens with a cause or a full date (not a birth date) ends the identity part; dates may be
# spelled in Chinese numerals (二〇一八年七月三十日因涉嫌…).
_YEAR = r"(?:(?:19|20)\d{2}|[一二][〇○Ο零一二三四五六七八九]{3})"
_EVENT_CLAUSE_RE = re.compile(
    rf"\s*(?:因|曾因|曾(?!用名|任|担任)|于{_YEAR}|{_YEAR}\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月\s*[\d一二三四五六七八九十]{{1,3}}\s*日(?!出生|生))"
)
_BIRTH_RE2 = re.compile(rf"(?:出生于|生于|出生日期[为：:]?)\s*(?P<y>(?:19|20)\d{{2}})\s*年\s*(?:(?P<m>{_MD})\s*月\s*(?:(?P<d>{_MD})\s*日)?)?")
_ID_RE = re.compile(r"(?<!\d)\d{6}(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")
_AUTONOMOUS_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}族)+(?:自治(?:区|州|县|旗)|乡)")
_BIRTHPLACE_RE = re.compile(r"出生于(?P<place>[^，,。；\d]{2,30}?)(?=[，,。；]|$)|(?:^|[，,])(?P<native>[^，,。；\d]{2,20}?[省市县区旗州盟])人(?=[，,。；]|$)")
_RESIDENCE_RE = re.compile(
    # 户籍地址为…, 户籍所在地及捕前住址…: the whole compound cue, not 户籍地 with 址为 left in the place
    r"(?:^|[，,。；\s])(?P<kw>现住址为?|现住地?|家住|住址为?|住所地为?|住所|暂住地?为?|住地?|户籍在|"
    r"户籍(?:所在)?地?址?(?:(?:及|暨)[^，,。；]{0,6}?(?:住址|住所|住处|居住地))?为?|"
    r"居住地?为?|现居住?于?|租住(?:地为?|于|在)?|(?:单位|注册|经营)地址为?)[：:]?\s*(?P<place>[^，,。；]{2,80})"
)
_IDENTITY_NOTE_RE = re.compile(r"[（(][^（）()]*(?:自报|自述|身份|户籍|以下简称)[^（）()]*[）)]\s*$")
_EDU_RE = re.compile(
    r"(?:文化程度|学历)[为：:]?\s*(?P<a>[^，,。；]{1,10})|"
    # a note in brackets may follow: 小学文化（特殊教育学校）; a pupil's school: 初中在读
    r"(?P<b>[^，,。；\s]{1,10}?)(?:文化程度|文化|学历|毕业|肄业|在读|文化水平)(?=[，,。；\s（(]|$)|"
    r"(?:^|[，,])(?P<c>文盲|半文盲|小学|初中|高中|中专|大专|大学本科|本科|大学|研究生|硕士研究生|博士研究生|硕士|博士|职高|技校|中技)(?=[，,。；（(]|$)"
)

# Sentence classifiers.
_ADMIN_RE = re.compile(r"行政拘留|行政处罚|罚款|强制隔离戒毒|社区戒毒|劳动教养|收容教育|收容教养|治安拘留|司法拘留|警告处罚|强制戒毒")
_PRIOR_RE = re.compile(r"判处|判决|判刑|免予刑事处罚|免于刑事处罚|刑满释放|假释|服刑|缓刑|赦免|执行完毕")
_THIS_CASE_RE = re.compile(r"本案|涉嫌|现羁押|现押|在押|取保候审|监视居住|本院决定|投案|到案")
_CUSTODY_KINDS: tuple[tuple[str, str], ...] = (
    ("指定居所监视居住", r"指定居所监视居住"),
    ("监视居住", r"监视居住"),
    ("取保候审", r"取保候审"),
    ("刑事拘留", r"刑事拘留|刑拘"),
    ("逮捕", r"逮捕"),
    ("行政拘留", r"行政拘留|治安拘留"),
    ("留置", r"(?<!解除)留置(?!权)"),  # a 监察委员会's detention (监察法第二十二条), credited to the term like custody
    ("释放", r"释放|解除留置"),  # 解除留置: the 监察委员会 ends its detention (often the day a 刑事拘留 begins)
    ("羁押", r"羁押|现押(?=于|在|[^，,。；;]{2,20}?看守所)"),  # 现羁押于, 现押于 and 现押某某看守所
    # 抓获归案: one event; 至今未归案, 尚未抓获, 未被抓获, 未能归案, 没有被抓获: none
    ("抓获", r"(?<![未没])(?<![未没]被)(?<![未没]能)(?<!没有)(?<!没有被)(?<![未没]能被)"
             r"(?:抓获(?:归案)?|捉获(?:归案)?|抓捕归案|被抓(?:获|捕)?(?:归案)?|缉捕归案|归案)"),
    ("投案", r"投案|自首"),
    ("传唤", r"传唤(?![^，,。；;]{0,2}(?:不到|未到))|拘传|通知到案"),  # 因传唤不到案: no event
)
_CUSTODY_RE = re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_CUSTODY_KINDS)))


def tells_record(text: str) -> bool:
    """Whether a header clause or sentence tells of priors, punishments or custody rather than who the person is."""
    return bool(_PRIOR_RE.search(text) or _CUSTODY_RE.search(text) or _ADMIN_RE.search(text))


@dataclass(frozen=True, slots=True)
class PartyHeader:
    """What a defendant paragraph says.  Spans index the paragraph string."""

    role: str
    name: str
    name_span: tuple[int, int]
    is_unit: bool = False
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    birth_date: str | None = None
    birth_span: tuple[int, int] | None = None
    birthplace: str | None = None
    ethnicity: str | None = None
    education: str | None = None
    occupation: str | None = None
    residence: str | None = None
    priors: tuple[PriorRecord, ...] = ()
    admin_punishments: tuple[PriorRecord, ...] = ()
    custody: tuple[CustodyEvent, ...] = ()
    custody_spans: tuple[tuple[int, int], ...] = ()
    detained_on: str | None = None
    detained_span: tuple[int, int] | None = None
    arrested_on: str | None = None
    arrested_span: tuple[int, int] | None = None
    prior_spans: tuple[tuple[int, int], ...] = field(default=())


@lexicon_cached("ethnicities.txt")
def _ethnicities(directory: str) -> frozenset[str]:
    return frozenset(load_list("ethnicities.txt", directory))


@lexicon_cached("education.tsv")
def _education_map(directory: str) -> tuple[tuple[str, str], ...]:
    rows = load_table("education.tsv", 2, directory)
    # Longest keys first, so 大学本科 wins over 大学.
    return tuple(sorted(((c[0], c[1]) for _, c in rows), key=lambda kv: -len(kv[0])))


def normalize_education(raw: str) -> str:
    """Map a printed education level onto the schema's scale.

    >>> normalize_education("大学本科"), normalize_education("初中肄业"), normalize_education("职高")
    ('大学', '初中', '中专')
    >>> normalize_education("扫盲班")
    '扫盲班'
    """
    s = re.sub(r"文化程度|文化水平|文化|学历|毕业|肄业|在读|程度", "", raw).strip()
    for key, value in _education_map():
        if key in s:
            return value
    return s or raw


def _spelled_birth(seg: str) -> tuple[str, tuple[int, int]] | None:
    """A birth date the patterns above miss, as the date grammar of ``fayan.nlp.numbers`` reads it: Chinese
    numerals (一九七九年二月二十一日出生, 出生于一九七九年二月) and scanned digits (l959年, 199O年: numerals.tsv). The
    patterns read ASCII digits and masks only."""
    for m in find_date_mentions(seg):
        if m.relative:
            continue
        before, after = seg[max(0, m.span.start - 6) : m.span.start], seg[m.span.end : m.span.end + 3]
        if re.match(r"\s*(?:出生|生(?!效|产)|出世)", after) or re.search(r"(?:出生于|生于|出生日期[为：:]?)\s*$", before):
            iso = _date_iso(str(m.year), str(m.month) if m.month else None, str(m.day) if m.day else None)
            if iso:
                end = m.span.end + (len(re.match(r"\s*(?:出生|生|出世)?", after).group()))
                return iso, (m.span.start, end)
    return None


def _date_iso(y: str, m: str | None, d: str | None) -> str | None:
    """ISO date, year-month or year; a masked (non-digit) month drops month and day, a masked day the day."""
    if m and not m.isdigit():
        m = d = None
    if d and not d.isdigit():
        d = None
    try:
        if m and d:
            return date(int(y), int(m), int(d)).isoformat()
        if m:
            if not 1 <= int(m) <= 12:
                return None
            return f"{int(y):04d}-{int(m):02d}"
        return f"{int(y):04d}"
    except ValueError:
        return None


def _sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence ranges (split at 。 and ；) of ``text`` from ``start``."""
    out = []
    pos = start
    for m in re.finditer(r"[。；;]", text[start:]):
        e = start + m.end()
        if e > pos:
            out.append((pos, e))
        pos = e
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# a clause that turns from a prior conviction to this case in one sentence (…刑满释放，因涉嫌犯盗窃罪于某日被刑事拘留;
# …（刑期至…止），在服刑期间因涉嫌犯诈骗罪于某日被提解羁押; …刑满释放，现因涉嫌…)
_TURN_TO_THIS_CASE_RE = re.compile(
    r"[，,]\s*(?=(?:在[^，,。；;]{0,10}?(?:期间|期内|期限内)|现|后|又|再)?(?:因|于)?(?:涉嫌|本案|此案))")


def _turns(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` (a header sentence) cut where, after a prior conviction told with no word of this case, a clause
    turns to this case: the record and this case's custody are read each on its own (2019年3月15日因犯盗窃罪被某法院
    判处有期徒刑二年…，在服刑期间因涉嫌犯诈骗罪于某日被提解羁押，同年某日被逮捕)."""
    for m in _TURN_TO_THIS_CASE_RE.finditer(text, s, e):
        before = text[s : m.start()]
        if re.search(r"判处|判决|判刑", before) and "罪" in before and not _THIS_CASE_RE.search(before):
            return [(s, m.start() + 1), (m.start() + 1, e)]
    return [(s, e)]


def _identity(text: str, start: int, end: int) -> dict[str, object]:
    """Gender, birth, ethnicity, education, occupation, residence from the identity part."""
    seg_text = text[start:end]
    out: dict[str, object] = {}
    g = _GENDER_RE.search(seg_text)
    if g:
        out["gender"] = g.group("g")
    b = _BIRTH_RE.search(seg_text) or _BIRTH_RE2.search(seg_text)
    spelled = None if b else _spelled_birth(seg_text)
    if b:
        iso = _date_iso(b.group("y"), b.group("m"), b.group("d"))
        if iso:
            out["birth_date"] = iso
            out["birth_span"] = (start + b.start("y"), start + b.end())
    elif spelled:
        out["birth_date"], (a, e) = spelled
        out["birth_span"] = (start + a, start + e)
    else:
        idm = _ID_RE.search(seg_text)
        if idm:
            iso = _date_iso(idm.group("y"), idm.group("m"), idm.group("d"))
            if iso:
                out["birth_date"] = iso
                out["birth_span"] = (start + idm.start(), start + idm.end())
    bp = _BIRTHPLACE_RE.search(seg_text)
    if bp:
        out["birthplace"] = _IDENTITY_NOTE_RE.sub("", bp.group("place") or bp.group("native")).strip()  # （以下简称…）
    ethnicities = _ethnicities()
    # not the ethnicities in a place name: 出生于贵州省务川仡佬族苗族自治县，汉族 (a dev judgment), 某某回族乡
    eth_text = _AUTONOMOUS_RE.sub(lambda a: "　" * len(a.group()), seg_text)
    for m in re.finditer(r"[\u4e00-\u9fff]{1,6}族", eth_text):
        # or the end of a run whose comma before it is missing (1999年4月22日出生汉族，): after 出生, 生, the sex or a
        # native place's 人, not after any word (系某水族馆员工 holds 水族, a people's name)
        run = m.group()
        told = next((run[k:] for k in range(len(run) - 1) if run[k:] in ethnicities
                     and (k == 0 or re.search(r"(?:生|[男女]性?|人)$", run[:k]))), None)
        if told:
            out["ethnicity"] = told
            break
    else:  # a foreigner's, as written (缅甸联邦籍，护照号码…，缅族): a clause of its own that is only a people's name
        if m := re.search(r"(?:^|[，,])\s*([\u4e00-\u9fff]{1,4}(?<!家|民|班)族)\s*(?=[，,。；;]|$)", eth_text):
            out["ethnicity"] = m.group(1)
    e = _EDU_RE.search(seg_text)
    if e:
        raw = e.group("a") or e.group("b") or e.group("c")
        if raw and not re.search(r"\d|住|省|市|县|公司|族", raw):
            out["education"] = normalize_education(raw)
    # where the person lives (住, 现住, 暂住 …) over the household register (户籍地…，住…: two places)
    places = list(_RESIDENCE_RE.finditer(seg_text))
    r = next((x for x in places if not x.group("kw").startswith("户籍") and not re.match(r"同(?:上|户籍|前)", x.group("place"))),
             places[0] if places else None)
    if r:
        # 住某县（以上身份情况系自报）, 住某区（户籍所在地某县）: a note, not part of the place
        out["residence"] = _IDENTITY_NOTE_RE.sub("", r.group("place")).strip()
    # Occupation: the first comma segment that is none of the above.
    for part in re.split(r"[，,。；;]", seg_text):  # 中专文化，经商。户籍所在地…: 。 ends a part too
        p = part.strip()
        if not p or len(p) > 40:
            continue
        if _OCCUPATION_AFTER_XI_RE.match(p):  # 系某公司实际经营人, 案发前系某公司经理: the occupation after 系
            p = p[p.index("系") + 1 :]
        if re.search(r"\d", p) and not (_EMPLOYEE_RE.search(p) and not re.search(r"年|月|日|号", p)):
            continue  # a date or a number; a firm's name may hold digits (58到家生活服务有限公司员工)
        if (
            p in ("男", "女", "男性", "女性")
            or p in ethnicities
            or re.search(r"[〇○零一二三四五六七八九]{2,}年|年[一二三四五六七八九十]{1,2}月|出生|生于|住|户籍|身份证|身份号码|证件号|籍贯|族$|文化|学历|毕业|肄业|文盲|曾用名|又名|别名|绰号|外号|小名|乳名|化名|^自报|^系|党员|群众|(?:[省市县区州旗盟镇乡村屯]|^本地|^外地)人$|^因|^捕前|^于[^，]*[省市县区州旗盟镇乡村]|.籍$|国籍|护照|居民$|公民$|^聋哑人?$|^盲人$|^(?:[一二三四]级)?(?:肢体|视力|听力|言语|智力|精神)?残疾人?$", p)
            or re.match(r"(?:上诉人|原审被告人|被告人|被告单位|罪犯)", p)
            or (e and p in (e.group("c") or "",))
        ):
            continue
        out["occupation"] = p
        break
    return out


_INMATE_RE = re.compile(r"\s*系?[^，,。；;]{0,30}?(?:监狱|看守所|戒毒所)服刑人员[，,。；;]?\s*$")
# a post at a firm, named whole: 某某有限公司员工, 某某厂工人
_EMPLOYEE_RE = re.compile(
    r"(?:公司|厂|店|中心|集团|银行|医院|学校|酒店|超市)[^，,。；]{0,8}?"
    r"(?:员工|职工|工人|人员|经理|主任|厂长|店长|老板|司机|会计|出纳|负责人|经营者|股东|法定代表人)$"
)


# 系 + what a person works as (not 系某某之父, 系累犯, 系法律援助中心指派)
_OCCUPATION_AFTER_XI_RE = re.compile(
    r"(?:案发前|捕前)?系(?![^，,。；]*(?:之[父母子女妻夫兄弟姐妹]|父亲|母亲|罪|犯|指派))[^，,。；]{2,38}?"
    r"(?:人员|经营人|负责人|代表人|股东|经理|主任|厂长|老板|职工|工人|农民|学生|教师|医生|司机|干部|会计|出纳|个体户)$"
)


_MASKED_DATE_RE = re.compile(
    rf"(?:\d{{4}}\s*年|同年|次年)?\s*[\d{MASK_CHARS}]{{0,2}}[{MASK_CHARS}][\d{MASK_CHARS}]?\s*月(?:\s*[\d{MASK_CHARS}]{{1,2}}\s*日)?"
    rf"|[{MASK_CHARS}]{{1,2}}\s*日"
)


# the units under a police authority that decide or execute for it, named after it: 某市公安局某区分局, 某某派出所,
# 交通警察支队, 治安管理大队, 禁毒大队 (被某市公安局交通警察支队处以罚款…, 被某区分局禁毒大队取保候审)
_SUB_UNIT = r"分局|派出所|支队|大队|中队"
# who decides or executes a custody measure: 被南京市公安局秦淮分局刑事拘留, 经某某区人民检察院批准, 由某公安局执行
_AUTHORITY_RE = re.compile(
    r"(?:被|由|经)\s*(?P<a>[^，,。；;被由经\s]{0,40}(?:人民检察院|检察院|人民法院|法院|本院|公安局|公安分局|派出所|"
    rf"监察委员会|监委|国家安全局|缉私局|公安处|看守所|{_SUB_UNIT}))"
)


def _closed(text: str, m: re.Match[str], group: str | int) -> str:
    """The name ``m`` found, with the bracket closing a note inside it: 某公安局青山区分局（钢城分局）."""
    name = m.group(group)
    opened = name.count("（") + name.count("(") - name.count("）") - name.count(")")
    return name + text[m.end(group)] if opened > 0 and text[m.end(group) : m.end(group) + 1] in ("）", ")") else name


# the measures that leave a person at large, which a breach of their rules (违反取保候审规定) names without imposing
_BAIL_KINDS = frozenset({"取保候审", "监视居住", "指定居所监视居住"})
# an arrest decided that its sentence says was not executed (…决定逮捕，因其在境外，逮捕决定未能执行; 在逃)
_UNEXECUTED_RE = re.compile(r"未能执行|未执行|无法执行|在逃|追逃|未归案|未到案")
# the clause after a 批准逮捕 that dates its execution without naming 逮捕 again
_EXECUTED_RE = re.compile(r"\s*[，,]\s*[^，,。；;]{0,30}?执行(?!\s*逮捕)")


def _resolve_events(text: str, lo: int, hi: int, base: date | None) -> tuple[list[tuple[str, date | None, int, int, str]], date | None]:
    """Custody keywords in ``text[lo:hi]`` with the nearest preceding date in the same sentence chain."""
    dates = [(sp.start + lo, sp.end + lo, d) for sp, d in find_dates(text[lo:hi], base=base)]
    events = []
    for m in _CUSTODY_RE.finditer(text, lo, hi):
        kind = _CUSTODY_KINDS[int(m.lastgroup[1:])][0]  # type: ignore[index]
        before = [d for d in dates if d[1] <= m.start()]
        d = before[-1] if before else None
        if d is not None and re.search(r"[。]", text[d[1] : m.start()]):
            d = None  # a date from an earlier sentence does not date this event
        if d is not None and _MASKED_DATE_RE.search(text, d[1], m.start()):
            d = None  # 同年X月X日被逮捕: its own date is masked, not the one before it
        if kind == "羁押" and re.match(r"\s*[\d零一二两三四五六七八九十百]+\s*[日天个]", text[m.end() : hi]):
            continue  # （已羁押4日）: how long custody has lasted, not an event
        if kind == "羁押" and re.match(r"\s*(?:期间|期限)", text[m.end() : hi]):
            # …被取保候审（羁押期间自某年10月9日起至同年11月7日止）: the period just told, restated; no custody began
            # on the day before it
            continue
        if kind in _BAIL_KINDS and re.search(r"违反(?:了)?\s*$", text[max(lo, m.start() - 4) : m.start()]):
            continue  # 因违反取保候审规定被本院决定逮捕: why the arrest came, no release on bail that day
        # (现在某监狱羁押, 现在某看守所羁押: where the person is held now too)
        now_in = re.search(r"(?:^|[，,；;])\s*(?P<now>现在[^，,。；;]{2,30})$", text[lo : m.start()])
        if kind == "羁押" and (m.group().startswith("现") or text[max(lo, m.start() - 1) : m.start()] == "现" or now_in):
            # …被逮捕，现羁押于某看守所: held at the time of the judgment, not a custody that began that day
            at = lo + now_in.start("now") if now_in else m.start() - (not m.group().startswith("现"))
            events.append(("羁押", None, at, m.end(), text[at : m.end()]))
            continue
        if kind == "逮捕" and re.search(r"不(?:予)?(?:批准|决定)?\s*$", text[max(lo, m.start() - 5) : m.start()]):
            ev_start = d[0] if d else m.start()  # 决定不批准逮捕: no arrest
            events.append(("不批准逮捕", d[2] if d else None, ev_start, m.end(), text[ev_start : m.end()]))
            continue
        if kind == "逮捕":
            clause_start = max(text.rfind("，", lo, m.start()), text.rfind(",", lo, m.start()), lo)
            clause = text[clause_start : m.end()]
            # 经某检察院批准逮捕 (executed later); 被某检察院决定逮捕，同日由某公安局执行逮捕 (the decision, then the arrest).
            # 经本院决定逮捕 alone is the arrest; its execution may come clauses later, after a flight (…经本院决定逮捕，
            # 2019年10月8日被抓获，次日由某公安局执行逮捕).
            executed_next = re.match(r"\s*[，,][^。；;]{0,60}?执行逮捕", text[m.end() : hi])
            # 经某检察院批准被逮捕 / 批准后被依法逮捕: the arrest itself (被 before 逮捕)
            taken = re.search(r"被\s*(?:依法)?\s*$", text[max(lo, m.start() - 4) : m.start()])
            sub = ("批准逮捕" if "执行" not in clause and not taken and ("批准" in clause or ("决定" in clause and executed_next))
                   else "逮捕")
            # 经某检察院决定逮捕，因其在境外，逮捕决定未能执行 (a trial in absentia): decided, never executed, no arrest
            stop = min([x for c in "。；;" if (x := text.find(c, m.end(), hi)) >= 0] + [hi])
            if _UNEXECUTED_RE.search(text, m.end(), stop) and "执行逮捕" not in text[m.end() : stop]:
                ev_start = d[0] if d else m.start()
                if not (events and events[-1][:2] == ("逮捕决定", d[2] if d else None)):  # (its 逮捕决定未能执行)
                    events.append(("逮捕决定", d[2] if d else None, ev_start, m.end(), text[ev_start : m.end()]))
                continue
            ex = _EXECUTED_RE.match(text, m.end(), hi) if sub == "批准逮捕" else None
            exd = [x for x in dates if m.end() <= x[0] and x[1] <= ex.end()] if ex else []
            if ex and exd:
                # "于2017年8月9日被批准逮捕，同月24日由某公安局执行" (a dev judgment): the approval, then the arrest
                ev_start = d[0] if d else m.start()
                events.append((sub, d[2] if d else None, ev_start, m.end(), text[ev_start : m.end()]))
                x = exd[0]
                events.append(("逮捕", x[2], x[0], ex.end(), text[x[0] : ex.end()]))
                continue
        elif kind == "刑事拘留" and (
            re.search(r"在逃|不到案|追逃|未归案|未能执行", text[lo:hi])
            or (
                re.search(r"(?:决定|宣布)\s*$", text[max(lo, m.start() - 4) : m.start()])
                and re.search(r"执行刑事拘留", text[m.end() : hi])
            )
        ):
            sub = "刑事拘留决定"  # decided while at large: not executed
        else:
            sub = kind
        if d is not None:
            # 2018年9月11日、2019年1月21日被取保候审: each date of a list before the keyword is an event of its own
            k = dates.index(d)
            first = k
            while first > 0 and re.fullmatch(r"\s*[、和及]\s*", text[dates[first - 1][1] : dates[first][0]]):
                first -= 1
            for x in dates[first:k]:
                events.append((sub, x[2], x[0], m.end(), text[x[0] : m.end()]))
        ev_start = d[0] if d else m.start()
        events.append((sub, d[2] if d else None, ev_start, m.end(), text[ev_start : m.end()]))
    last = dates[-1][2] if dates else base
    return events, last


_RELEASE_ONLY_RE = re.compile(r"[^。；;]{4,24}?(?:刑满释放|释放|假释出狱|假释)(?:[，,]假释考验期[^。；;]{0,30})?[。；;]?")
# what a day of a prior's record may tell of its term after the judgment: it began (入监), was cut (减为), or paroled
SERVED_WORDS = ("入监", "入狱", "收监", "减为", "减刑", "减去", "假释")
# a dated clause of what was done to a prior's term after its judgment, which goes on the prior's sentence after a ；
# (…被判处死刑，缓期二年执行，1999年5月24日入监服刑；2001年7月12日减为无期徒刑；2004年4月23日减为有期徒刑十八年。)
_SERVED_ONLY_RE = re.compile(
    rf"[^。；;罪]{{0,6}}?(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年[^，。；;罪]{{0,12}}?(?:{'|'.join(SERVED_WORDS)})[^。；;罪]*[。；;]?"
)


# where a sentence of convictions goes on to another one: a comma before a date and the next 因犯…罪
_NEXT_CONVICTION_RE = re.compile(
    r"[，,；;](?=[^，。；]{0,6}?(?:\d{4}|[〇○零一二三四五六七八九]{4})年[^，。；]{0,20}?(?:因|犯)[^，。；]{0,40}?罪[^，。；]{0,30}?(?:判处|判决))"
)


# where a prior conviction's charges end: its punishment (被某法院判处…) or the clause's end
_CHARGES_END_RE = re.compile(r"被[^，。；]{0,40}?(?:判处|判决|处以)|判处|[，。；]")


def _month_iso(m: DateMention) -> str | None:
    """A date mention without its day, as PriorRecord writes a month or a year (2016-04, 2016)."""
    return _date_iso(str(m.year), str(m.month) if m.month else None, None)


# the end of a measure that is no 释放: 收容教养…，1987年4月15日被解除管教
_DISCHARGE = r"解除(?:管教|劳动教养|收容教养|强制隔离戒毒)"
# the principal punishments (criminal and administrative) a prior record names
_PRINCIPALS = r"有期徒刑|拘役|管制|无期徒刑|死刑|行政拘留|强制隔离戒毒|强制戒毒|社区戒毒|劳动教养|收容教养"
# the parts that may follow a punishment's first: its 缓刑, added penalties and an administrative
# punishment's other items (罚款…，暂扣机动车驾驶证二个月)
_ADDED = r"缓刑|缓期|并处|剥夺政治权利|罚款|罚金|暂扣|吊销|没收"
# a character of a punishment's part: not the words that close it (处以行政拘留十五日的处罚, …六个月的行政处罚) nor
# the 、 before its next item
_PART_CHAR = r"(?:(?!的(?:行政|治安)?(?:处罚|刑罚|处理))[^，。；（(、])"
# the items a 、 joins to a part, each of its own length (罚款人民币一千元、暂扣机动车驾驶证六个月、记12分)
_ITEMS = rf"(?:、(?:{_PRINCIPALS}|{_ADDED}|拘留|警告|记){_PART_CHAR}{{1,20}})*"
# a punishment as the record writes it: a principal or another kind, with its 缓刑 and added penalties
# (有期徒刑一年，缓刑二年，并处罚金…; 行政拘留十日，罚款…) and a short note (（未执行）), not its term's dates (（刑期自…）)
_PUNISHMENT = (
    rf"((?:{_PRINCIPALS}|罚金|拘留|罚款|免予刑事处罚|(?<=被)判刑(?=[零〇一二两三四五六七八九十\d])|行政处罚(?=人民币|罚款|\d))"
    rf"{_PART_CHAR}{{0,20}}{_ITEMS}(?:[（(](?!刑期)[^（()）]{{1,10}}[）)])?"
    rf"(?:[，,]\s*(?:{_ADDED}){_PART_CHAR}{{1,16}}{_ITEMS})*)"
)
_PUNISHMENT_RE = re.compile(
    # right after the authority: 被某县公安局行政拘留十日, 被某分局治安管理支队罚款…
    r"(?:判处|判决|处以?|被(?:该[局所])?(?:决定)?|(?:(?<=[局所队])|(?<=[局所队][）)]))(?:治安)?|责令接受)" + _PUNISHMENT
)
# the punishment of a prior that joined sentences (…判处有期徒刑四年，与前罪没有执行的刑罚并罚，决定执行有期徒刑十年)
_COMBINED_RE = re.compile(r"决定执行" + _PUNISHMENT)


# a later dated decision in a sentence of administrative punishments: ，后于2014年1月3日被…强制隔离戒毒两年
_NEXT_DECISION_RE = re.compile(
    rf"[，,](?=\s*(?:后|又|再|并)?(?:于)?\s*{_YEAR}\s*年[^，。；]{{0,40}}?被(?!解除|释放)[^，。；]{{0,40}}?"
    rf"(?:{_ADMIN_RE.pattern}|责令接受))"
)


def _decisions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` (a sentence of administrative punishments) cut before each later dated decision."""
    bounds = [s]
    for m in _NEXT_DECISION_RE.finditer(text, s, e):
        if _ADMIN_RE.search(text, bounds[-1], m.start()):  # a decision before it: 因吸毒，于…被… is the first
            bounds.append(m.start() + 1)
    bounds.append(e)
    return [(a, b) for a, b in zip(bounds, bounds[1:])]


def _convictions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` (a sentence of prior convictions) cut at each conviction after the first."""
    cuts = [m.start() for m in _NEXT_CONVICTION_RE.finditer(text, s, e)]
    bounds = [s, *(c + 1 for c in cuts), e]
    return [(a, b) for a, b in zip(bounds, bounds[1:])]


# who convicted or punished: a court or a police authority, with the sub-units named after it; a sub-unit's
# name holds no punishment (被某县公安局行政拘留十日（某某派出所执行）: the 县公安局 decided)
_PRIOR_AUTHORITY_RE = re.compile(
    r"被([^，。；]{2,40}?(?:人民法院|法院|本院|我院|公安局|公安分局|派出所|分局)"
    rf"(?:(?:(?!处以|处罚|判处|判决|决定|责令|{_ADMIN_RE.pattern})[^，。；被]){{0,10}}?(?:{_SUB_UNIT}))*)"
)


def _prior_from(
    text: str, s: int, e: int, base: date | None, kind: str, whole: str | None = None
) -> PriorRecord:
    """The record ``text[s:e]`` tells; its ``text`` as ``whole`` (the text before _blanked) prints it."""
    seg = text[s:e]
    dates = [(sp, d) for sp, d in find_dates(seg, base=base)]
    release = None
    release_at = len(seg)  # where the release date is written (the conviction date comes before it)
    rel = re.search(rf"(刑满释放|释放|假释|执行完毕|执行刑满|刑满|赦免|{_DISCHARGE})", seg)  # …，2014年12月24日执行刑满
    # 假释, 假释考验期至2009年9月1日止: the sentence counts as served when the 考验期 ends (刑法65②, 85)
    parole = re.search(r"假释考验期(?:限|满)?[^，。；]{0,12}?至\s*([^，。；止]{6,16}?日)", seg)
    parole_end = next(find_dates(parole.group(1), base=dates[0][1] if dates else base), None) if parole else None
    if parole_end is not None:
        release, release_at = parole_end[1].isoformat(), parole.start()  # type: ignore[union-attr]
    elif rel:
        before = [(sp, d) for sp, d in dates if sp.end <= rel.start()]
        if before and before[-1][1] != (dates[0][1] if dates else None):
            release, release_at = before[-1][1].isoformat(), before[-1][0].start
        elif before and len(dates) == 1 and re.search(
            rf"[\d〇○零一二三四五六七八九十]日\s*(?:被)?(?:刑满)?(?:释放|假释|{_DISCHARGE})", seg[: rel.end()]
        ):
            release, release_at = before[-1][1].isoformat(), before[-1][0].start
    if release is None and rel:
        # "2016年4月刑满释放", "2016年4月份释放", "同年4月刑满释放", "二〇一六年四月刑满释放": a release month (or year) with
        # no day, written as PriorRecord.date writes one (year-month / year); the checks take its first or last day
        mentions = list(find_date_mentions(seg[: rel.start()], base=base))
        last = mentions[-1] if mentions else None
        if last is not None and last.day is None and re.fullmatch(
            r"份?[底初末中]?\s*(?:[\u4e00-\u9fff]{0,4}?[被予])?\s*", seg[last.span.end : rel.start()]
        ):
            release, release_at = _month_iso(last), last.span.start
        elif last is not None and (same := re.search(r"同年[底初末中]?\s*(?:[\u4e00-\u9fff]{0,4}?[被予])?\s*$", seg[: rel.start()])):
            release, release_at = str(last.year), same.start()  # 同年刑满释放: the year of the date before
    if release is None:
        # "刑期自…起至2014年12月27日止", "（刑期至2004年3月2日）": the prior term's end (not a 缓刑考验期's: a suspended
        # sentence is not served)
        tm = re.search(r"至\s*([^，。；止]{6,16}?日)\s*止|刑期至\s*([^，。；）)]{6,16}?日)", seg)
        if tm and not re.search(r"考验期[^，。；]{0,20}$", seg[: tm.start()]):
            ends = list(find_dates(tm.group(1) or tm.group(2), base=dates[0][1] if dates else base))
            if ends:
                release = ends[0][1].isoformat()
    # the whole authority with its sub-units: 杭州市公安局萧山区分局, 某市公安局交通警察支队某某大队, not 某市公安局
    court = _PRIOR_AUTHORITY_RE.search(seg)
    charge = re.search(r"(?:因|犯|涉嫌)(?:犯有|犯)?([^，。；、]{1,30}?罪)", seg)
    charge_text = charge.group(1) if charge else None
    cause = re.search(r"因(?:犯有|犯|涉嫌犯?)?|犯", seg)
    if cause is not None:  # every charge as printed: 盗窃罪、抢夺罪 both; 掩饰、隐瞒犯罪所得罪 whole; 流氓罪 (abolished) too
        upto = _CHARGES_END_RE.search(seg, cause.end())
        region = seg[cause.end() : upto.start() if upto else len(seg)]
        printed = region[: region.rfind("罪") + 1].strip()
        if len(printed) >= 2 and not re.search(r"\d|年", printed) and (charge_text or any(find_charge_mentions(printed))):
            charge_text = printed
    combined = _COMBINED_RE.search(seg)
    pun = combined or _PUNISHMENT_RE.search(seg)
    principal = term = probation = rights = own_term = None
    if combined is not None and (own := _PUNISHMENT_RE.search(seg, 0, combined.start())) is not None:
        told_own = parse_punishment(own.group(1))
        own_term = told_own.term_months if told_own.principal == "有期徒刑" else None
    if pun:
        pm = re.match(_PRINCIPALS, pun.group(1))
        principal = pm.group() if pm else None
        if principal == "死刑" and "缓期" in pun.group(1):
            principal = "死缓"  # 死刑，缓期二年执行: the verdicts' word for it
        told = parse_punishment(pun.group(1))
        rights = told.political_rights
        if principal in ("有期徒刑", "拘役", "管制"):
            term, probation = told.term_months, told.probation_months
    # The conviction date: the first date before the release date ("2012年因犯诈骗罪被判处…，2015年1月5日刑满释放"
    # has a full date only for the release), after the custody of that case where a date follows it before the
    # punishment (2017年3月2日因犯盗窃罪被刑事拘留，2018年1月10日被某法院判处…: the judgment's day)
    held = 0
    if kind == "criminal" and pun is not None:
        told = [m.span.start for m in find_date_mentions(seg[: pun.start()], base=base)]
        held = max((m.end() for m in _CUSTODY_RE.finditer(seg, 0, pun.start())
                    if any(t >= m.end() for t in told)), default=0)
    early = [(sp, d) for sp, d in dates if held <= sp.start and sp.end <= release_at]
    first = early[0][1].isoformat() if early else None
    # a conviction dated by month or year before a later full date (2006年5月因犯…被判处…，2011年3月2日被假释，假释考验期
    # 至…): the day of the parole is no judgment's
    lead = next((m for m in find_date_mentions(seg[:release_at], base=base) if m.span.start >= held), None)
    if (early and lead is not None and lead.day is None and lead.span.start < early[0][0].start
            and (pun is None or lead.span.start < pun.start())):
        first = _month_iso(lead)
    if kind == "administrative" and pun is not None:
        # …被某分局抓获，次日因吸食毒品被该局决定行政拘留5日: the day of the decision, the last before the punishment
        decided = [d for sp, d in dates if sp.end <= pun.start()]
        first = decided[-1].isoformat() if decided else first
    if first is None:  # a month or a year (2012年, 二〇一五年十月)
        ym = next((m for m in find_date_mentions(seg[:release_at], base=base) if m.span.start >= held), None)
        if ym is not None:
            first = _month_iso(ym)
    return PriorRecord(
        kind=kind,
        date=first,
        authority=re.sub(r"\s+", "", _closed(seg, court, 1)) if court else None,  # 杭州市公 安局: a space inside a word
        charge=charge_text if kind == "criminal" else None,
        punishment=pun.group(1) if pun else None,
        principal=principal,
        term_months=term,
        probation_months=probation,
        political_rights=rights,
        count_term_months=own_term,
        release_date=release,
        text=(whole[s:e] if whole is not None else seg).strip(),
    )


# a note or clause that tells the custody of the case a prior record names, not this case's (该案中, 前案中, 因该案,
# 在该案中, 因前罪 …): …判处有期徒刑八个月，缓刑一年（该案中于某日被刑事拘留，同年某日被取保候审）
_EARLIER_CASE_RE = re.compile(r"(?:该|前一?|上一?)起?案件?|前罪")
# the custody such a note tells (its 刑满释放 is the prior's release, read with the prior)
_EARLIER_HELD = frozenset({"指定居所监视居住", "监视居住", "取保候审", "刑事拘留", "逮捕", "留置", "羁押", "抓获", "传唤"})
# a clause, with a note in brackets inside it (被某公安局（某分局）刑事拘留)
_CLAUSE_RE = re.compile(r"(?:[^，,。；;（()）]|[（(][^（()）]*[）)])*")
# a clause that is only the cue (该案中, 在前案中, 因该案)
_CUE_ONLY_RE = re.compile(rf"\s*(?:在|因|于)?(?:{_EARLIER_CASE_RE.pattern})(?:中|期间|审理中|侦查中)?\s*")
# a clause that turns to this case (…同年4月3日被取保候审，因涉嫌犯诈骗罪于某日被刑事拘留): the note has ended
_THIS_CASE_TURN_RE = re.compile(r"\s*(?:又|后|再)?(?:因|于)?(?:涉嫌|本案|此案)|\s*现(?:羁押|押|在押|被羁押)|\s*又因")


def _held_kinds(text: str, lo: int, hi: int) -> set[str]:
    """The custody kinds ``text[lo:hi]`` names."""
    return {_CUSTODY_KINDS[int(m.lastgroup[1:])][0]  # type: ignore[index]
            for m in _CUSTODY_RE.finditer(text, lo, hi)}


def _earlier_custody(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of ``text[s:e]`` that tell the custody of an earlier case (a note in brackets: its inside;
    else the clause of the cue and the custody clauses after it), whether or not a prior record is told
    before them: the caller decides. ``…缓刑一年（该案中于某日被刑事拘留，同年某日被取保候审），缓刑考验期自…``: the bracket's inside.

    >>> t = "2020年5月6日因犯盗窃罪被判处有期徒刑八个月，缓刑一年，该案中于2020年3月1日被刑事拘留，同年4月1日被取保候审，缓刑考验期…"
    >>> [t[a:b] for a, b in _earlier_custody(t, 0, len(t))]
    ['该案中于2020年3月1日被刑事拘留，同年4月1日被取保候审']
    """
    out: list[tuple[int, int]] = []
    for m in _EARLIER_CASE_RE.finditer(text, s, e):
        if out and m.start() < out[-1][1]:
            continue
        opened = max(text.rfind("（", s, m.start()), text.rfind("(", s, m.start()))
        if opened >= 0 and max(text.rfind("）", opened, m.start()), text.rfind(")", opened, m.start())) < 0:
            shut = min([x for c in "）)" if (x := text.find(c, m.end(), e)) >= 0] + [e])
            a, b = opened + 1, shut
        else:
            a = max(text.rfind("，", s, m.start()), text.rfind(",", s, m.start()), s - 1) + 1
            b = _CLAUSE_RE.match(text, m.end(), e).end()
            if not _held_kinds(text, a, b) & _EARLIER_HELD:
                if not _CUE_ONLY_RE.fullmatch(text, a, b) or b >= e or text[b] not in "，,":
                    continue
                b = _CLAUSE_RE.match(text, b + 1, e).end()  # 该案中，其于某日被刑事拘留: the cue is a clause of its own
            while b < e and text[b] in "，,":  # the custody clauses after it (，同年某日被取保候审)
                nxt = _CLAUSE_RE.match(text, b + 1, e).end()
                kinds = _held_kinds(text, b + 1, nxt)
                released = "释放" in kinds and not re.search(r"刑满|假释|执行完毕", text[b + 1 : nxt])
                if not (kinds & _EARLIER_HELD or released) or _THIS_CASE_TURN_RE.match(text, b + 1, nxt):
                    break
                b = nxt
        if _held_kinds(text, a, b) & _EARLIER_HELD:
            out.append((a, b))
    return out


def _blanked(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[s:e]`` with ``spans`` blanked (full-width spaces): a prior with a note of custody stays one."""
    seg = text[s:e]
    for a, b in spans:
        seg = seg[: a - s] + "\u3000" * (b - a) + seg[b - s :]
    return seg


def _classify(
    seg: str, s: int, priors: list[PriorRecord], prior_spans: list[tuple[int, int]],
    custody: list[CustodyEvent],
) -> tuple[bool, bool, bool, bool, bool]:
    """What the header sentence ``seg`` (at ``s``) tells: (this case, the release of the last prior,
    what was served of it, a prior, an administrative punishment)."""
    this_case = bool(_THIS_CASE_RE.search(seg)) or bool(
        re.search(r"刑事拘留|逮捕", seg) and not _PRIOR_RE.search(seg)
    )
    # "…被判处有期徒刑七个月。2017年12月19日刑满释放。": the release of the prior just read
    release_only = bool(_RELEASE_ONLY_RE.fullmatch(seg.strip())) and not re.search(r"罪|判处", seg)
    release_of_last = bool(not this_case and priors and priors[-1].release_date is None and release_only)
    served_of_last = bool(not this_case and prior_spans and prior_spans[-1][1] == s
                          and _SERVED_ONLY_RE.fullmatch(seg.strip()) and not re.search(r"判处", seg))
    # "因涉嫌职务侵占罪于…被刑事拘留，…被逮捕。2020年11月9日刑满释放。" (a retrial's header): a bare release after this
    # case's own custody, with no prior before it, is the end of this case's term, not a conviction of another
    bare_release = bool(not priors and custody and release_only)
    prior = not this_case and not bare_release and bool(_PRIOR_RE.search(seg) and re.search(r"罪|判处|刑满", seg))
    admin = not this_case and not bare_release and bool(_ADMIN_RE.search(seg))
    return this_case, release_of_last, served_of_last, prior, admin


def parse_defendant(text: str) -> PartyHeader | None:
    """Parse one defendant paragraph; None if it does not start with a defendant role."""
    m = DEFENDANT_ROLE_RE.match(text)
    if not m:
        return None
    role = m.group("role")
    if role == "上诉人" and m.group("role2") and "被告" not in m.group("role2") and "原告" in m.group("role2"):
        return None  # a civil plaintiff who appeals (上诉人（原审附带民事诉讼原告人）甲某) is no defendant
    if m.group("role2") and "被告" in m.group("role2"):
        role = f"{role}（{m.group('role2')}）"
    nm = _NAME_RE.match(text, m.end())
    if not nm:
        return None
    name = nm.group("name")
    name_span = nm.span("name")
    is_unit = "单位" in role or bool(re.search(r"(?:公司|厂|中心|集团|合作社|商行|医院|学校|协会|银行|店)$", name))
    aliases = []
    rest_from = nm.end()
    # A name in Latin letters, its words spaced (PETROV ALEXANDER): the whole of it
    latin = bool(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", name))
    if latin:
        rest_from = re.compile(LATIN_NAME).match(text, nm.start("name")).end()
        name, name_span = text[nm.start("name") : rest_from], (nm.start("name"), rest_from)
    # Name-adjacent parenthetical: （曾用名X） / （自报） / （绰号“X”）
    pm = re.match(r"\s*[（(]([^）)]{1,40})[）)]", text[rest_from:])
    if pm:
        # the name written otherwise: a Latin one's Chinese rendering (被告人NGUYEN VAN AN（中文译名阮某，以下简称阮某）,
        # 被告人PETROV ALEXANDER（译名：亚历山大·彼得罗夫）, 被告人NGUYEN VAN AN（阮某）) is the name, as the result writes
        # it, and the Latin one an alias; a Chinese one's Latin (被告人阮某（NGUYEN VAN AN）) or another rendering of
        # it (（又译亚某甫·艾某尔）) an alias
        for other in other_writings(pm.group(1), latin=latin):
            if latin:
                at = rest_from + pm.start(1) + pm.group(1).index(other)
                aliases.append(name)
                name, name_span = other, (at, at + len(other))
            else:
                aliases.append(other)
        # (an alias cue's name is cut at 12 characters: not again where the writing above has it whole)
        cued = _aliases(_ALIAS_RE.finditer(pm.group(1)))
        aliases += [a for a in cued if not any(x.startswith(a) for x in aliases)]
        rest_from += pm.end()
    # Identity part: up to the first clause that talks about priors, punishments or custody.
    id_end = len(text)
    for cm in re.finditer(r"[^，,。；;]+[，,。；;]?", text[rest_from:]):
        clause = cm.group()
        # 系某监狱服刑人员 says who the person is now (an inmate), not a record: the identity goes on (户籍地…)
        if (tells_record(clause) and not _INMATE_RE.match(clause)) or _EVENT_CLAUSE_RE.match(clause):
            id_end = rest_from + cm.start()
            break
    ident = _identity(text, rest_from, id_end if id_end > rest_from else len(text))
    if is_unit:
        ident.pop("occupation", None)  # a unit's parts (单位地址…, 法定代表人…) are no occupation
    aliases += _aliases(_ALIAS_RE.finditer(text, rest_from, id_end))

    priors: list[PriorRecord] = []
    admins: list[PriorRecord] = []
    prior_spans: list[tuple[int, int]] = []
    custody: list[CustodyEvent] = []
    custody_spans: list[tuple[int, int]] = []
    base: date | None = None
    prior_base: date | None = None  # the base date the last prior was read with
    plain = text  # with the custody a prior tells of its own case blanked (offsets kept): priors read it
    earlier: list[bool] = []  # by custody event: told of the case of a prior record, not of this one
    # by custody event: told in a sentence of another case in progress (…同年10月8日被逮捕，现羁押于某看守所（另案处理）。
    # 因涉嫌犯帮助信息网络犯罪活动罪于某日被刑事拘留…: the first is the 另案's)
    elsewhere: list[bool] = []

    def add(
        events: list[tuple[str, date | None, int, int, str]], since: int, of_prior: Callable[[int, int], bool]
    ) -> None:
        for kind, d, es, ee, etext in events:
            found = list(_AUTHORITY_RE.finditer(text, since, ee))
            authority = _closed(text, found[-1], "a") if found else None
            day = d.isoformat() if d else None
            custody.append(CustodyEvent(kind=kind, date=day, authority=authority, text=etext))
            custody_spans.append((es, ee))
            earlier.append(of_prior(es, ee))
            elsewhere.append(apart)
            since = ee  # an authority named for one event is not the next one's (被某公安局刑事拘留，同年…被逮捕)

    sentences = _sentences(text, id_end if id_end > rest_from else rest_from)
    for s, e in [part for s, e in sentences for part in _turns(text, s, e)]:
        apart = bool(_OTHER_CASE_RE.search(text, s, e))  # (what ``add`` marks ``elsewhere`` of this sentence)
        told = _earlier_custody(text, s, e)
        seg = _blanked(text, s, e, told)
        _, release_of_last, served_of_last, prior, admin = _classify(seg, s, priors, prior_spans, custody)
        if told and not (release_of_last or served_of_last or prior):
            # no prior in this sentence whose case the notes tell of: it is read whole
            seg = text[s:e]
            _, release_of_last, served_of_last, prior, admin = _classify(seg, s, priors, prior_spans, custody)
        if not (release_of_last or served_of_last or prior or admin):
            events, base = _resolve_events(text, s, e, base)
            # a sentence after a prior that tells that prior's case (…缓刑一年。该案中，其于某日被刑事拘留，同年某日被
            # 取保候审。): its custody is the prior's, while neither this case nor its custody has come since
            # (因涉嫌犯盗窃罪于某日被抓获，因该案于次日被刑事拘留: 该案 is this case)
            add(events, s, lambda es, ee: bool(prior_spans) and any(
                a <= es and ee <= b and not re.search(r"涉嫌|本案|此案", text[s:a]) for a, b in told
            ) and all(f for f, sp in zip(earlier, custody_spans) if sp[0] >= prior_spans[-1][1]))
            continue
        if told:
            plain = plain[:s] + seg + plain[e:]
        if release_of_last or served_of_last:
            s0 = prior_spans[-1][0]
            priors[-1] = _prior_from(plain, s0, e, prior_base, "criminal", text)
            prior_spans[-1] = (s0, e)
        elif prior:
            prior_base = base
            # one sentence may list several convictions (1983年…判处有期徒刑三年，1996年…因犯抢劫罪被判处…，2004年…刑满释放)
            for ps, pe in _convictions(plain, s, e):
                priors.append(_prior_from(plain, ps, pe, base, "criminal", text))
                prior_spans.append((ps, pe))
        else:
            # …行政拘留五日，后于2014年1月3日被…责令接受社区戒毒三年: each dated decision is a punishment of its own
            for ps, pe in _decisions(text, s, e):
                admins.append(_prior_from(text, ps, pe, base, "administrative"))
        # the custody a prior's note tells of its own case (…缓刑一年（该案中于某日被刑事拘留，同年某日被取保候审）) stays
        # in ``custody`` (a revoked probation credits it) but is not this case's
        for a, b in told if release_of_last or served_of_last or prior else ():
            before = list(find_dates(text[s:a], base=base))  # (…判处…（该案中同年3月5日被刑事拘留）: the judgment's year)
            add(_resolve_events(text, a, b, before[-1][1] if before else base)[0], a, lambda es, ee: True)
        dl = list(find_dates(text[s:e], base=base))  # later relative dates (同年, 次日) count from its last
        base = dl[-1][1] if dl else base

    # Custody written before a prior conviction, dated no later than its judgment, when the header then goes on to
    # a new custody, was for that earlier case (因涉嫌犯A罪于2012年6月1日被刑事拘留…；因犯B罪于2012年12月21日被判处…。
    # 因涉嫌犯C罪于2014年9月19日被刑事拘留). It stays in ``custody`` (a revoked probation credits it) but is not this
    # case's detention or arrest. Without a new custody after it, the conviction is this case's own earlier
    # judgment (a retrial: 2013年8月21日被逮捕…2014年10月20日因犯X罪被判处…), and the custody is this case's.
    closed = [  # (where it is written, its judgment date) of each prior conviction a new custody follows
        (ps, p.date) for p, (ps, pe) in zip(priors, prior_spans)
        if p.date and any(sp[0] > pe and ev.kind in _CUSTODY_TAKEN and not f
                          for ev, sp, f in zip(custody, custody_spans, earlier))
    ]
    ours = [
        (ev, sp, o) for ev, sp, f, o in zip(custody, custody_spans, earlier, elsewhere)
        if not f and not (ev.date and any(sp[0] < ps and ev.date <= judged for ps, judged in closed))
    ]
    # the custody of another case in progress is not this case's, where the header tells this case's own: it is
    # left out of ``custody`` too (no term of this case is credited with it)
    if any(ev.kind in _CUSTODY_TAKEN and not o for ev, _, o in ours):
        ours = [x for x in ours if not x[2]]
        kept = [k for k, o in enumerate(elsewhere) if not o]
        custody, custody_spans = [custody[k] for k in kept], [custody_spans[k] for k in kept]
    this_events, this_spans = [ev for ev, _, _ in ours], [sp for _, sp, _ in ours]
    detained = _first(this_events, this_spans, ("刑事拘留",)) or _first(this_events, this_spans, ("留置", "抓获", "羁押"))
    arrested = _first(this_events, this_spans, ("逮捕",)) or _first(this_events, this_spans, ("批准逮捕",))
    return PartyHeader(
        role=role,
        name=name,
        name_span=name_span,
        is_unit=is_unit,
        aliases=tuple(dict.fromkeys(a for a in aliases if a and a != name)),
        gender=ident.get("gender"),  # type: ignore[arg-type]
        birth_date=ident.get("birth_date"),  # type: ignore[arg-type]
        birth_span=ident.get("birth_span"),  # type: ignore[arg-type]
        birthplace=ident.get("birthplace"),  # type: ignore[arg-type]
        ethnicity=ident.get("ethnicity"),  # type: ignore[arg-type]
        education=ident.get("education"),  # type: ignore[arg-type]
        occupation=ident.get("occupation"),  # type: ignore[arg-type]
        residence=ident.get("residence"),  # type: ignore[arg-type]
        priors=tuple(priors),
        admin_punishments=tuple(admins),
        custody=tuple(custody),
        custody_spans=tuple(custody_spans),
        detained_on=detained[0] if detained else None,
        detained_span=detained[1] if detained else None,
        arrested_on=arrested[0] if arrested else None,
        arrested_span=arrested[1] if arrested else None,
        prior_spans=tuple(prior_spans),
    )


_CUSTODY_TAKEN = frozenset({"刑事拘留", "逮捕", "抓获", "羁押"})  # custody that opens a case
# a header sentence of the defendant's case tried apart (现羁押于某看守所（另案处理）, 因另案被羁押, 另案羁押), not of
# another person's (同案人乙另案处理, 王某（另案处理）)
_OTHER_CASE_RE = re.compile(
    r"(?:羁押|关押|看守所|监狱|服刑)[^，,。；;]{0,20}?[（(]另案(?:处理|侦查|审理)?[）)]|因另案|另案(?:羁押|关押|在押)")



def _first(
    events: list[CustodyEvent], spans: list[tuple[int, int]], kinds: tuple[str, ...]
) -> tuple[str, tuple[int, int]] | None:
    for ev, sp in zip(events, spans):
        if ev.kind in kinds and ev.date:
            return ev.date, sp
    return None


_DEFENDER_RE = re.compile(
    # 辩护人（法律援助律师）王某: a note on how the defender came may sit between role and name
    r"(?P<role>指定辩护人|委托辩护人|辩护人|诉讼代理人)(?:[（(][^）)]{1,12}[）)])?[：:]?\s*(?P<names>[^，,。；（(]{1,30})"
    r"(?:[，,（(](?P<rest>[^。]*))?"
)


# whom a defender defends, where the paragraph says so: 被告人甲的辩护人X…, or …律师，系被告人甲的辩护人 (为, 是,
# 担任, 作为 too: 辩护人（法律援助）X，某某律师事务所律师，为被告人甲的辩护人。)
_CLIENT = r"(?:被告人|上诉人|原审被告人|被告单位|原审被告单位)(?P<client>[^，,。；、的\s（(]{1,10})的(?P<as>(?:指定|委托)?辩护人)"
_CLIENT_OPENING_RE = re.compile(_CLIENT)
_CLIENT_LATER_RE = re.compile(rf"[，,（(]\s*(?:系|为|是|担任|作为)\s*{_CLIENT}")


def defender_client(text: str, *, opening: bool = False) -> str | None:
    """The defendant a 辩护人 paragraph names as the one its defender defends (opening it, or after 系), else None;
    with ``opening``, only a paragraph that opens so (被告人甲的辩护人X…, a party paragraph that is a defender's).

    >>> defender_client("被告人甲某的辩护人张某，某某律师事务所律师。")
    '甲某'
    >>> defender_client("辩护人张某，某某律师事务所律师，系被告人乙某的辩护人。")
    '乙某'
    >>> defender_client("辩护人张某，某某律师事务所律师。经法律援助中心指派，为被告人丙某的辩护人。")
    '丙某'
    """
    m = _CLIENT_OPENING_RE.match(text)
    if m is None and not opening:
        m = _CLIENT_LATER_RE.search(text)  # (anywhere in the paragraph: a later sentence may name the client)
    return m.group("client") if m else None


def parse_defenders(text: str) -> list[Defender]:
    """Defenders named in one 辩护人 paragraph (which may open with whom they defend: 被告人甲的辩护人X).

    >>> parse_defenders("指定辩护人王某，某某市法律援助中心律师。")
    [Defender(name='王某', firm='某某市法律援助中心', appointed=True, role='指定辩护人', name_variants=())]
    """
    if (c := _CLIENT_OPENING_RE.match(text)) is not None:
        text = text[c.start("as") :]
    m = _DEFENDER_RE.match(text)
    if not m:
        return []
    rest = m.group("rest") or ""
    firm_m = re.search(r"([^，,。；]*?(?:律师事务所|法律援助中心|法律援助处|法律服务所|律所))", rest)
    appointed = m.group("role") == "指定辩护人" or "法律援助" in text
    names = [n for n in re.split(r"[、和及]", m.group("names")) if n]
    return [
        Defender(name=n, firm=firm_m.group(1) if firm_m else None, appointed=appointed, role=m.group("role"))
        for n in names
    ]
