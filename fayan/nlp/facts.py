"""What the facts say beyond money: victims, drugs and weights, and (with the NER model) items, places, tools.

Rules reach the formulaic parts; the facts are free text.  Without the NER
model, victims come from ``被害人X`` and ``X（被害人，…）`` and drugs from the names in
``fayan/lexicons/drugs.tsv`` next to a weight.  With a model (anything with
``predict(text) -> [Entity]``, e.g. :func:`fayan.nlp.ner.load_model`), its
entities are used as well.

>>> t = "被告人甲某在某宾馆以300元的价格向吸毒人员乙某贩卖甲基苯丙胺一包，净重0.52克。被害人丙某1的手机被盗。"
>>> [(d.drug, d.grams) for d in find_drugs(t)], find_victims(t)
([('甲基苯丙胺', 0.52)], ['丙某1'])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import combinations
from typing import Protocol

from fayan.errors import ParseError
from fayan.judgment import BloodAlcohol
from fayan.nlp.amounts import TOGETHER_RE
from fayan.nlp.lexicon import alternation, lexicon_cached, load_list, load_table
from fayan.nlp.names import masked_run_on, masked_slips, name_mentions
from fayan.nlp.numbers import cn_to_number, find_money, number_pattern
from fayan.nlp.segment import base_tokenizer, dictionary_tags, is_dictionary_word
from fayan.nlp.text import MASK_CHARS, NAME_DOTS, alike, one_apart
from fayan.types import Money, Span, plain_number

__all__ = [
    "find_blood_alcohol", "HARMS", "worst_harm", "find_tallies",
    "DrugFound", "find_drugs", "find_victims", "defendant_names", "drug_owners", "drug_total",
    "evidence_ranges", "is_drug_name", "own_drug_totals", "summed_up_totals",
    "is_body_part", "looks_like_name", "EntityPredictor", "ItemValue", "item_values",
]


class PredictedEntity(Protocol):
    """What an entity predictor returns per entity (e.g. :class:`fayan.nlp.ner.data.Entity`)."""

    start: int
    end: int
    label: str
    score: float


class EntityPredictor(Protocol):
    def predict(self, text: str) -> Sequence[PredictedEntity]: ...


@dataclass(frozen=True, slots=True)
class DrugFound:
    drug: str  # canonical name
    grams: float | None
    start: int  # span of the weight (or of the name when no weight)
    end: int
    text: str
    total: bool = False  # 共计/合计/总重
    item: int = -1  # which enumerated item of the facts (1、… 2、…) it is in; -1 before any
    # in an evidence list, after 上述/该/前述/以上/其中, or seized and told before (_reconcile): a weight already given
    restated: bool = False
    superseded: bool = False  # a rough weight (agreed, estimated) that a later measured one of the same drug replaces
    sentence: int = -1  # which sentence of the text it is in (-1: not known)
    times: int = 1  # the deals it is told of, each of this weight (先后两次…每次…约0.9克: 2)
    converted: bool = False  # what a conversion gives (按含量8.6%折算为甲基苯丙胺447.2克), not a weight weighed
    aside: bool = False  # alone in brackets after whom or what it is of (贩卖给甲（两次共计8.6克）): :func:`_aside`


# a conversion in the clause before a weight: of a mixture by its content (按含量8.6%折算为甲基苯丙胺447.2克, 折合纯
# 甲基苯丙胺…) or of one drug into another (折算成海洛因…): a weight derived from the weights told, not weighed
_CONVERTED_RE = re.compile(r"折算|折合|换算")


# Units after a number (numbers.number_pattern: arabic, Chinese or mixed). 千 before 克 is read as part of the
# number (一千克 = 一千 克 = 1000 g, the same as 一 千克); 克拉 is carats.
_UNITS = r"千克|公斤|kg|KG|毫克|mg|MG|克(?!拉)|g|G"
_KILO, _MILLI = ("千克", "公斤", "kg", "KG"), ("毫克", "mg", "MG")


@lexicon_cached("numerals.tsv")
def _weight_re(directory: str) -> re.Pattern[str]:
    """A drug weight: a number and a unit (约七克, 1，000克, 0.5g), not 数十克 or 第三克."""
    return re.compile(
        rf"(?<![数几第每余])(?P<n>{number_pattern(directory)})\s*(?:余|多)?(?P<u>{_UNITS})"
        r"(?![a-zA-Z\u4e00-\u9fff]{0,1}[/])"
    )


# a threshold quoted from the law (贩卖甲基苯丙胺十克以上不满五十克, 贩卖甲基苯丙胺不满十克) is no quantity
_THRESHOLD_AFTER_RE = re.compile(r"以上(?:、|，|,)?不满")
_THRESHOLD_BEFORE_RE = re.compile(r"不满$")
# the stems that tell masked names apart (柯甲, 王某乙, 王某（甲）)
_GANZHI = "甲乙丙丁戊己庚辛壬癸"
# a number inside a masked name, before its 某 (白1某, 蒋12某某: LawBench and the CJRC passages write them so)
_MASK_NUMBER = r"(?:\d{1,2}(?=某))?"
# a name of the peoples who write one with a middle dot (买买提·托合提, 努尔兰・别克)
_DOTTED_NAME = rf"[\u4e00-\u9fff]{{1,8}}[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}}"
# an ordinal in brackets that tells two people of one masked name apart: 王某（甲）, 黄某（一）
_ORDINAL = rf"(?:[（(][{_GANZHI}一二三四五六七八九十\d]{{1,2}}[）)])?"


@dataclass(frozen=True, slots=True)
class _NameRes:
    victim: re.Pattern[str]  # 被害人X
    defendant: re.Pattern[str]  # 被告人X
    listed: re.Pattern[str]  # 、Y or …和Y（…殁年…） after a name


@lexicon_cached("surnames.txt")
def _name_res(directory: str) -> _NameRes:
    """The name patterns, with the compound surnames of ``surnames.txt`` that a masked name keeps whole (上官某某).

    A name as a judgment writes it: with a middle dot, up to a delimiter; masked (王某, 李某某1, 白1某, 柯甲; the
    number is no quantity: 黄某某3个配件); or a word of two or three characters up to a delimiter (checked against
    the surnames afterwards)."""
    compound = alternation(n for n in load_list("surnames.txt", directory) if len(n) == 2)
    name = (
        rf"{_DOTTED_NAME}?(?=[的，,、。；;（(和及与向处家所在被称将把对为等自当受死经驾乘]|$|\s)|"
        # up to four 某 (和某某某某, 南某某某: names masked by their length), or ×, X, * (张**); after a compound
        # surname too (上官某某); not 子丑午未申: 王某未到场
        rf"(?:{compound}|[\u4e00-\u9fff](?<!某)){_MASK_NUMBER}[某×X*＊]{{1,4}}[{_GANZHI}卯辰巳酉戌亥]?"
        r"(?:\d{1,2}(?![\d.．个辆部台件只块元张条根把名次组套袋包克瓶箱双枚支本斤米吨万千百余多]|人(?!民币)))?"
        # 蒋某和、谢某: a character before 、 is the name's (和 is no "and" there), not 家/处/等 (贺某某家、周某家)
        r"(?:(?![家处等的之及与])[\u4e00-\u9fff](?=、))?|"
        # …or an amount (骗取被害人谢婉婷人民币8600元; 谢婉婷8600元)
        r"[\u4e00-\u9fff]{2,3}?(?=[的，,、。；;（(和及与向处家所在被称将把对为等自当受死经驾乘]|$|\s|人民币|现金|[0-9０-９][0-9０-９.．,，]*万?元)|"
        rf"[\u4e00-\u9fff](?<!某)[{_GANZHI}]\d{{0,2}}"  # 蔡丙 before any word (与被害人蔡丙发生冲突)
    )
    return _NameRes(
        victim=re.compile(rf"(?:被害人|受害人|集资参与人)(?P<name>(?:{name}){_ORDINAL})"),
        defendant=re.compile(rf"被告人(?P<name>(?:{name}){_ORDINAL})"),
        # 被害人曹某某、徐某某; 被害人邓甲（男，殁年28岁）、阮某某; 黄某（一）（男，时年4岁）、梁某某: notes in brackets may
        # stand before the 、; 李某某（…殁年48岁）和何某某（…殁年4岁）: after a note, 和/及/与 joins a list too where the
        # next name has its own age
        listed=re.compile(
            rf"(?:[（(][^（）()。；]{{1,30}}[）)]){{0,2}}、(?P<name>(?:{name}){_ORDINAL})"
            rf"|(?:[（(][^（）()。；]{{1,30}}[）)]){{1,2}}(?:和|及|与|以及)(?P<joined>(?:{name}){_ORDINAL})"
            r"(?=[（(][^（）()。；]{0,20}?[殁时]年)"
        ),
    )


# what follows 被害人 that is no name: 阻止被害人呼救 (呼 is a surname); a stop-list, since a real name can be a word too
# (a name can be a word of jieba's dictionary too: 高山, 石磊)
# the money of the victims (骗取九名被害人钱款共计…, 骗取被害人钱款，…: 钱 is a surname)
_NOT_NAMES = {"人", "方", "单位", "家属", "亲属", "本人", "陈述", "的", "呼救", "求救", "报警", "报案", "反抗", "挣扎", "逃跑",
              "逃离", "倒地", "死亡", "受伤", "离开", "回家", "醒来", "钱款", "钱财", "钱物", "金钱"}
# a person of a list written without a name (a foreigner: 某女（菲律宾籍，殁年55岁）): the list goes on past it
_UNNAMED_PERSON = {"某女", "某男"}
# the cue after the name, as death-penalty reviews write it: 其妻胡某某（被害人，殁年35岁）, 村民罗甲（被害人）
_CUE_AFTER_RE = re.compile(r"[（(](?:被害人|受害人)(?=[，,）)])")
# words before a name that are no surname (迪某某, 买某甲 are, though not in surnames.txt)
_NOT_SURNAMES = frozenset("将把被对给让其之的了是在")
_KIN = frozenset("子女妻夫儿父母兄弟姐妹孙侄叔伯姑姨舅嫂婿")  # 其子甲, 之妻乙: a relative, not a surname
# a masked name or one with a 甲/乙 suffix (and an ordinal in brackets: 谷某某（甲）), ending where the cue begins; the
# surname part may be preceded by a word (女儿郭某, 之妻鞠某某), so it is cut afterwards: two characters only when they
# are a compound surname
_NAME_BEFORE_RE = re.compile(
    rf"(?P<sur>(?:(?!某)[\u4e00-\u9fff]){{1,2}})"
    rf"(?P<rest>(?:{_MASK_NUMBER}[某{MASK_CHARS}]{{1,3}}[{_GANZHI}]?\d{{0,2}}|[{_GANZHI}]\d{{0,2}}){_ORDINAL})$"
)


@lexicon_cached("surnames.txt")
def _surnames(directory: str) -> frozenset[str]:
    return frozenset(load_list("surnames.txt", directory))


def looks_like_name(name: str) -> bool:
    """A masked name (王某, 李某某1, 白1某, 柯甲), one written with a middle dot (买买提·托合提) or one that opens with
    a known surname (李德成, 欧阳某)."""
    if re.match(rf".{_MASK_NUMBER}[某{MASK_CHARS}]", name) or re.fullmatch(r".[甲乙丙丁戊己庚辛]", name):
        return True
    if re.fullmatch(_DOTTED_NAME, name):
        return True
    surnames = _surnames()
    return name[:1] in surnames or name[:2] in surnames


@lexicon_cached("drugs.tsv")
def _drugs(directory: str) -> tuple[re.Pattern[str], dict[str, str]]:
    rows = load_table("drugs.tsv", 2, directory)
    names = {c[0]: c[1] for _, c in rows}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return pattern, names


# drugs.tsv's canonical name of a precursor chemical (羟亚胺, 麻黄碱): named so that a weight next to it is its own,
# not that of a drug the sentence names too (购得羟亚胺约28千克, …可用于制造氯胺酮); its weights are no drug's
PRECURSOR = "制毒物品"


_CLAUSE_START_RE = re.compile(r"[，,；;：:]")


def _clause_start(s: str, lo: int, at: int) -> int:
    """Where the clause holding position ``at`` of ``s`` starts: after the last ，；： before it, not before ``lo``."""
    return max((m.end() for m in _CLAUSE_START_RE.finditer(s, lo, at)), default=lo)
# 共计 / 合计 … before the weight in its clause; 共 alone but not 共同 / 共犯 / 公共
_TOTAL_WORD_RE = re.compile(r"共计|合计|总计|总重|共重|累计|(?<!公)共(?![同犯谋产])")


_SUMMARY_RE = re.compile(r"\s*综上")
_TOTAL_NEAR_RE = re.compile(rf"(?:{_TOTAL_WORD_RE.pattern})\S{{0,6}}$")


def _is_total(body: str, at: int) -> bool:
    """Whether the weight at ``at`` is stated as a total: a total word close before it (共计0.6克), or opening
    its clause (综上，甲共贩卖、运输甲基苯丙胺12439.96克). One package is no total (共查获疑似毒品1包重0.93克)."""
    if _ONE_PACKAGE_RE.search(body, _clause_start(body, 0, at), at):
        return False
    if _TOTAL_NEAR_RE.search(body[max(0, at - 8) : at]):
        return True
    if _SUMMARY_RE.match(body) and not _weight_re().search(body, 0, at):
        return True  # 综上，甲贩卖甲基苯丙胺3000克: the first weight of a summing-up sentence
    clause = body[_clause_start(body, 0, at) : at]
    # only the clause's first weight: in 共计34.703千克、麻黄素125.65千克 the second is not a total
    return not _weight_re().search(clause) and bool(_TOTAL_WORD_RE.search(clause))


def _aside(body: str, at: int, end: int) -> bool:
    """Whether the weight at ``at``-``end`` of ``body`` (a sentence) is told alone in brackets after whom or
    what it is of, no weight right before them: a note of that one's own, a total there a tally whose parts
    are not told with it (分别贩卖给被告人甲（两次共计8.6克）、乙（一次3.2克）: 甲's two deals, of which 乙's
    3.2克 is none; 甲基苯丙胺（冰毒，2小包净重共计19.91克）). Not a weight whose brackets tell others
    (（分别净重0.27克、0.42克，总计0.69克）) or follow a weight (分别重1.2克、2.3克（共计3.5克）: the total of the
    two)."""
    opened = max(body.rfind("（", 0, at), body.rfind("(", 0, at))
    if opened < 0 or max(body.rfind("）", 0, at), body.rfind(")", 0, at)) > opened:
        return False
    shut = min((x for x in (body.find("）", end), body.find(")", end)) if x >= 0), default=-1)
    if shut < 0 or sum(1 for _ in _weight_re().finditer(body, opened, shut)) != 1:
        return False
    return not any(w.end() == len(body[:opened].rstrip()) for w in _weight_re().finditer(body, 0, opened))


# one package right before its weight: 1包重, 一小包净重, 1袋（…）重
_ONE_PACKAGE_RE = re.compile(r"(?<![\d.十百])(?:1|一)(?:小|大)?(?:包|袋|颗|粒|瓶|块|支)[^，,。；\d]{0,6}$")


# what a weight's clause calls it before it, the last label counting: a gross weight, with the packing (毛重, 连同
# 包装毛重共计, 含包装重), or the net weight (净重, 去除包装后净重分别为); or a label right after it (44.8克（含包装）)
_GROSS = r"毛重|(?:连同|连|(?<!不)含|带|包括|(?<!不)包含)包装"
_WEIGHED_AS_RE = re.compile(rf"(?P<gross>{_GROSS})|净重|(?:去除|除去|去掉|不含|除)包装")
_GROSS_AFTER_RE = re.compile(rf"\s*[（(](?:{_GROSS})")


def _weighed_as(body: str, start: int, end: int) -> str | None:
    """What the weight at ``body[start:end]`` is: ``gross``, with the packing, where the last label of its
    clause before it says so (毛重3.1克, 连同包装毛重共计0.421千克, 含包装重5克) or a bracket right after it
    (44.8克（含包装）); ``net`` where it says 净重 or 去除包装 (去除包装后净重分别为59.8克、60.2克: both); else
    None."""
    if _GROSS_AFTER_RE.match(body, end):
        return "gross"
    labels = list(_WEIGHED_AS_RE.finditer(body, _clause_start(body, 0, start), start))
    return None if not labels else "gross" if labels[-1]["gross"] is not None else "net"


# growing plants, counted in 株 (刑法第三百五十一条), or their fresh weight: 铲除的大麻植株共计6210株，称量鲜重共计
# 1862.5千克, 罂粟幼苗, 毒品原植物; not a plant's dried leaves sold as a drug (将1包绿色植株贩卖给…，净重14.27克)
_PLANT_RE = re.compile(r"原植物|幼苗|[\d零〇一二两三四五六七八九十百千万余多]株|鲜重")


def _plants(body: str, at: int, drug_ends: list[int]) -> bool:
    """Whether the weight at ``body[at]`` is one of plants: the last thing named before it in its sentence is
    a plant or its fresh weight (大麻植株共计6210株，称量鲜重共计1862.5千克), not a drug (种植大麻300株，将收获的
    大麻叶晒干后贩卖，共计500克: the leaves) nor a substance yet to be identified (白色粉末)."""
    plants = [m.end() for m in _PLANT_RE.finditer(body, 0, at)]
    if not plants:
        return False
    others = [e for e in drug_ends if e <= at] + [m.end() for m in _UNNAMED_RE.finditer(body, 0, at)]
    return plants[-1] >= max(others, default=-1)


# another thing of a list, named right before its weight: 、麻黄素125.65千克 (not 、重10克, 、共计, 、净重, nor a form the
# drug takes: 含有甲基苯丙胺成分的白色晶体、粉末共计243.96克)
_OTHER_SUBSTANCE_RE = re.compile(
    r"(?!.*(?:含有|成分))[^。；]*、(?![^、]*(?:[共计重约合总另]|毒品|晶体|粉末|液|膏|状|物|片|丸|颗粒))[\u4e00-\u9fff]{2,10}$"
)
# precursor chemicals named right after a weight by what they are (300千克易制毒化学品, 50千克的制毒原料); one named by
# its own name (300千克麻黄素) is drugs.tsv's (PRECURSOR)
_PRECURSOR_RE = re.compile(r"的?(?:易制毒|制毒物品|制毒原料)")
# the strength of one tablet, not a quantity dealt (盐酸曲马多片（规格：每片含盐酸曲马多50毫克，每板10片）, 规格为0.1克×10片,
# 50毫克每片; 50mg/片 is no weight to _weight_re)
_PER_UNIT_BEFORE_RE = re.compile(r"(?:每(?:片|粒|颗|丸|支|毫升)(?:含有?|含量为?)|规格(?:为|是)?[：:]?)[^，,。；;\d]{0,12}$")
_PER_UNIT_AFTER_RE = re.compile(r"\s*每(?:片|粒|颗|丸|支)")
# the opening of a count's details, at the start of the next sentence
_DETAILS_NEXT_RE = re.compile(r"\s*(?:具体(?:犯罪)?(?:事实|情况)?(?:分述)?(?:如下|为)|分述如下|分别如下)")
# a sentence that weighs a substance not yet named (毒品可疑物…净重2.5克。经鉴定，检出海洛因成分。)
# (电子烟油 with a synthetic cannabinoid: 10瓶电子烟油共计净重98.6克；经鉴定，均检出MDMB-4en-PINACA成分)
_UNNAMED_RE = re.compile(r"毒品|疑似|可疑|晶体|粉末|块状|片剂|药片|药丸|液体|膏状|颗粒|胶囊|上述物品|植物|烟油|烟弹")
# a drug a test did not find (另查获废液两桶，共计12.5千克，经鉴定未检出甲基苯丙胺成分): no drug of the weight
_NOT_FOUND_RE = re.compile(r"(?:未|没有|不)(?:能)?(?:检出|检测出|检验出|含有?)(?:[^，。；]{0,12}[、和及])?$")
_IDENTIFIED_RE = re.compile(r"检出|检测出|检验出|含有|成分|成份|系|为")
_SENTENCE_RE = re.compile(r"[^。；;]+[。；;]?")


def _identifying(
    text: str, sentences: list[re.Match[str]], i: int, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The one of the next two sentences of the paragraph that identifies a drug (检出甲基苯丙胺成分), if any."""
    for nxt in sentences[i + 1 : i + 3]:
        if "\n" in text[sentences[i].end() : nxt.start() + 1]:
            break
        if pattern.search(nxt.group()) is not None and _IDENTIFIED_RE.search(nxt.group()):
            return nxt
        if "\n" in nxt.group():
            break
    return None


def _identified_later(text: str, sentences: list[re.Match[str]], i: int, pattern: re.Pattern[str],
                      names: dict[str, str]) -> str | None:
    """The drug that one of the next two sentences of the paragraph identifies (检出甲基苯丙胺成分), if any."""
    return _drug_of(_identifying(text, sentences, i, pattern), pattern, names)


def _drug_of(found: re.Match[str] | None, pattern: re.Pattern[str], names: dict[str, str]) -> str | None:
    """The (first) drug a sentence that identifies one (:func:`_identifying`) names; None without the sentence."""
    m = pattern.search(found.group()) if found is not None else None
    return names[m.group()] if m is not None else None


# a clause that names what it tested before the drug found in it (块状物检出海洛因成分, 红色药片中均检出甲基苯丙胺成分)
_FOUND_IN_RE = re.compile(r"(?:中|内|里)?(?:均|亦|也|还)?(?:检出|检测出|检验出|含有)")
_TESTED_OPENING_RE = re.compile(r"^(?:经(?:鉴定|检验|检测|称量)[，,]?)?(?:上述|所述|其中|该|的)*")
_FULL_STOP_RE = re.compile(r"[。\n]")  # the end of a sentence a ； does not end, or of its paragraph
# between a weight and the drug it is: 0.3克甲基苯丙胺, 15.37克的毒品麻古, 7.17克检出氯胺酮成分
_QUALIFIES_RE = re.compile(rf"的?(?:毒品)?|{_FOUND_IN_RE.pattern}(?:毒品)?")


def _identified_things(
    text: str, nxt: re.Match[str], pattern: re.Pattern[str], names: dict[str, str]
) -> list[tuple[str, str]]:
    """Each thing the sentence ``nxt`` that identifies a sentence's weights (:func:`_identifying`) names in a
    clause of its own, with the drug found in it, where it finds several drugs (经鉴定，块状物检出海洛因成分，红色药片
    检出甲基苯丙胺成分: (块状物, 海洛因), (红色药片, 甲基苯丙胺)): the weights of 块状物净重18.6克，红色药片净重
    24.5克 are each its own thing's. The sentence reads on past its ； to its 。 (经鉴定，上述白色晶体中均检出甲基苯丙胺
    成分；上述白色粉末中均检出氯胺酮成分。: each thing in a sentence of :data:`_SENTENCE_RE` of its own). Empty
    where it finds one drug or names no thing."""
    read = nxt.group()
    if read.endswith(("；", ";")):
        stop = _FULL_STOP_RE.search(text, nxt.end())
        read += text[nxt.end() : stop.start() if stop is not None else len(text)]
    out = []
    for clause in re.split(r"[，,；;]", read):
        m = pattern.search(clause)
        found = _FOUND_IN_RE.search(clause, 0, m.start()) if m is not None else None
        if m is None or found is None or _NOT_FOUND_RE.search(clause, 0, m.start()):
            continue
        thing = _TESTED_OPENING_RE.sub("", clause[: found.start()].strip())
        if len(thing) >= 2:
            out.append((thing, names[m.group()]))
    return out if len({drug for _t, drug in out}) > 1 else []


def _own_thing(body: str, w: re.Match[str], things: list[tuple[str, str]]) -> str | None:
    """The drug of the thing (:func:`_identified_things`) the weight ``w`` of ``body`` is: the thing named
    last before it in its sentence (in 二包白色粉末净重分别为21.40克、19.75克，共计41.15克 each weight is 白色粉末's, the
    total's too, whose clause names no thing; in 块状物净重18.6克，红色药片净重24.5克 the second is 红色药片's), or
    the weight itself where the identifying sentence names things by their weights (1大包净重22.32克。…可疑毒品22.32克
    检出甲基苯丙胺成份，7.17克检出氯胺酮成份). None where it names none."""
    weights = {thing: _weight_re().search(thing) for thing, _drug in things}
    weighed = {drug for thing, drug in things if (m := weights[thing]) is not None and m.group() == w.group()}
    if len(weighed) == 1:
        return weighed.pop()
    at = w.start()
    named = [(body.rfind(thing, 0, at) + len(thing), len(thing), drug) for thing, drug in things
             if weights[thing] is None and thing in body[:at]]
    return max(named)[2] if named else None


# a sentence that weighs what the one before it seized (…查获白色粉末一包。经称量，净重8.6克；经鉴定，检出海洛因成分。)
_WEIGHING_RE = re.compile(r"称量|称重|净重|毛重")


def _weighed_of_before(text: str, sentences: list[re.Match[str]], i: int, pattern: re.Pattern[str],
                       names: dict[str, str]) -> str | None:
    """The drug of a weighing sentence that names nothing weighed (经称量，净重8.6克), where the sentence before
    it in its paragraph tells of what it weighs and weighs nothing itself: the one drug that sentence names
    (查获甲基苯丙胺一包。经称量，净重5.2克), else, where it names a substance not yet identified (查获白色粉末
    一包), the drug one of the next two sentences identifies (经鉴定，检出海洛因成分); None where it names
    several drugs or neither."""
    body, before = sentences[i].group(), sentences[i - 1].group().rsplit("\n", 1)[-1]
    if re.match(r"\s*\n", body) or _weight_re().search(before):
        return None  # another paragraph, or a sentence with a weight of its own
    named = {names[m.group()] for m in pattern.finditer(before)
             if not _NOT_FOUND_RE.search(before, 0, m.start())}
    if len(named) == 1:
        return named.pop()
    if not named and _UNNAMED_RE.search(before):
        return _identified_later(text, sentences, i, pattern, names)
    return None


# An enumerated item of the facts: 1、 2. （三） at the start of a sentence or line (not 1.5克).
_ITEM_RE = re.compile(
    r"(?:^|(?<=[。；;：:\s]))(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:、|[.．](?!\d)))"
)
# 上述毒品海洛因0.08克, 该包毒品重2.74克: the weight of something already described
_ANAPHORA_RE = re.compile(r"上述|前述|所述|该|以上|其中")


def is_drug_name(text: str) -> bool:
    """Whether ``text`` is a name drugs.tsv lists, as written: a drug's (甲基苯丙胺片剂, 冰毒, 海洛因) or a precursor's
    (羟亚胺): neither is a stolen item."""
    pattern, _names = _drugs()
    return pattern.fullmatch(text.strip()) is not None


# what follows the part struck: 颈部捅刺两刀, 头颈部连捅数刀, 腹部猛刺数刀, 右肺破裂, 胸部等处, 肝脏等多脏器 (a strike
# count or the wound first, then 等处 / 等部位)
_STRIKES_RE = re.compile(
    r"(?:(?:连续?|连|猛)?(?:捅刺|刺戳|砍击|击打|捅|刺|戳|砍|割|划|打)?了?[一二两三四五六七八九十数几多\d]+[刀下拳脚]"
    r"|破裂|断裂|裂创|裂伤|骨折|损伤|挫伤|出血)$"
)
_WHERE_RE = re.compile(r"(?:等多?(?:处|部位|脏器)|部位|等|处)$")


@lexicon_cached("body_parts.txt")
def _body_parts(directory: str) -> re.Pattern[str]:
    words = load_list("body_parts.txt", directory)
    regions = "".join(re.escape(w) for w in words if len(w) == 1)
    longer = alternation(w for w in words if len(w) > 1)
    return re.compile(rf"(?:{longer}|[{regions}]+部)$|(?:^|的|[左右双两])[{regions}]$" if regions else rf"(?:{longer})$")


def is_body_part(text: str) -> bool:
    """Whether ``text`` names a part of the body, or a list of them (body_parts.txt): 胸腹部, 张某甲颈总动脉, 孔某的头,
    右肺破裂, 颈部捅刺两刀, 头部、嘴; not 插头 or 手机."""
    rest = _WHERE_RE.sub("", _STRIKES_RE.sub("", text.strip()))
    parts = [p for p in re.split(r"[、和及与]", rest) if p]
    return bool(parts) and all(_body_parts().search(p) is not None for p in parts)


# 每次 shortly before a weight of its sentence (每次以人民币500元的价格将1包约0.9克…贩卖给), and the count of the deals
# told before it (先后两次, 共三次, 分2次): the weight is each deal's
_EACH_TIME_RE = re.compile(r"每次[^。；]{0,40}$")
_TIMES_RE = re.compile(r"(?:先后|共|累计|分|前后)([两二三四五六七八九十\d]{1,3})次")


def _times_each(body: str, at: int) -> int:
    """How many deals the weight at ``body[at]`` is each one's: the count told before 每次 in its sentence
    (先后两次…每次…约0.9克: 2); 1 where no 每次 comes shortly before it or no count before that.

    >>> _times_each("先后两次在小区门口，每次以500元的价格将1包约0.9克甲基苯丙胺贩卖给唐某", 24)
    2
    """
    each = _EACH_TIME_RE.search(body, 0, at)
    if each is None:
        return 1
    counts = list(_TIMES_RE.finditer(body, 0, each.start()))
    if not counts:
        return 1
    try:
        n = int(cn_to_number(counts[-1].group(1)))
    except ParseError:
        return 1
    return n if 2 <= n <= 50 else 1


def find_drugs(text: str) -> list[DrugFound]:
    """Drug weights with the drug they belong to: the nearest name in the same sentence, or, for a sentence that
    weighs an unnamed substance (毒品可疑物, 白色晶体), the drug one of the next two sentences identifies."""
    pattern, names = _drugs()
    out: list[DrugFound] = []
    sentences = list(_SENTENCE_RE.finditer(text))
    # enumerated items and evidence ranges of the text: read on its first weight (most texts weigh no drug)
    item_starts: list[int] | None = None
    evidence: list[tuple[int, int]] = []
    for i, sent in enumerate(sentences):
        s0 = sent.start()
        body = sent.group()
        drugs = [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(body)
                 if not _NOT_FOUND_RE.search(body, 0, m.start())]
        weights = [w for w in _weight_re().finditer(body)
                   if not _THRESHOLD_AFTER_RE.match(body, w.end()) and not _THRESHOLD_BEFORE_RE.search(body, 0, w.start())]
        things: list[tuple[str, str]] = []  # (what a later sentence tests, the drug found in it)
        if not drugs:
            later, identifying = None, None
            if weights and _UNNAMED_RE.search(body):
                identifying = _identifying(text, sentences, i, pattern)
                later = _drug_of(identifying, pattern, names)
            elif weights and i > 0 and _WEIGHING_RE.search(body):
                later = _weighed_of_before(text, sentences, i, pattern, names)
            if later is None or later == PRECURSOR:
                continue  # (白色粉末…净重23.58千克。经鉴定，检出羟亚胺成分: a precursor's weight)
            drugs = [(len(body), len(body), later)]  # as if named after the weights
            if identifying is not None:
                things = _identified_things(text, identifying, pattern, names)
        # 贩卖甲基苯丙胺4910克、…。具体犯罪事实如下：… — the sentence that opens the details states the totals
        details_next = bool(_DETAILS_NEXT_RE.match(text, sent.end()))
        # 毛重3.1克，净重2.5克: the gross weight includes the packing; a net weight of its sentence is the quantity
        # (连同包装毛重共计0.421千克，去除包装后净重分别为59.8克…; 净重2.5克，毛重3.1克). A gross weight alone still
        # counts, but never as a total (毛重共计5.2克 is no 共计 of the drug).
        kinds = {w.start(): _weighed_as(body, w.start(), w.end()) for w in weights}
        gross = {at for at, kind in kinds.items() if kind == "gross"}
        if "net" in kinds.values():
            weights = [w for w in weights if w.start() not in gross]
        # the fresh weight of the plants (…大麻植株共计6210株，称量鲜重共计1862.5千克): no drug's quantity
        weights = [w for w in weights if not _plants(body, w.start(), [d[1] for d in drugs])]
        for w in weights:
            n, unit = w.group("n"), w.group("u")
            if n.endswith("千") and unit == "克":
                n, unit = n[:-1], "千克"  # 五十千克: the number took the 千 of the unit
            if re.search(r"[一二两三四五六七八九]{2}", n):
                continue  # 两三克: a rough range, not the number 23
            try:
                number = cn_to_number(n)
            except ParseError:  # 十百克, 千克 alone: numeral characters that spell no number are no weight
                continue
            grams = float(number * 1000 if unit in _KILO else number / 1000 if unit in _MILLI else number)
            # The name the weight qualifies (0.3克甲基苯丙胺, 四公斤的氯胺酮); else the nearest name, before the weight
            # preferred, else after it ("…净重1克，检出甲基苯丙胺成分").
            before = [d for d in drugs if d[1] <= w.start()]
            after = [d for d in drugs if d[0] >= w.end()]
            if _PRECURSOR_RE.match(body, w.end()):
                continue  # 用300千克易制毒化学品制造甲基苯丙胺: the weight of a precursor, not of the drug made from it
            if _PER_UNIT_BEFORE_RE.search(body, 0, w.start()) or _PER_UNIT_AFTER_RE.match(body, w.end()):
                continue  # 每片含盐酸曲马多50毫克: one tablet's strength
            clause = body[_clause_start(body, 0, w.start()) : w.start()]
            own = _own_thing(body, w, things)
            if after and _QUALIFIES_RE.fullmatch(body[w.end() : after[0][0]]):  # 15.37克的毒品麻古 too
                name = after[0][2]  # (可疑毒品22.32克检出甲基苯丙胺成分, 7.17克检出氯胺酮成分: what it is found to be)
            elif own is not None:
                name = own  # (块状物净重18.6克，红色药片净重24.5克；…红色药片检出甲基苯丙胺成分: the tablets' drug)
            elif before and _OTHER_SUBSTANCE_RE.match(body, before[-1][1], w.start()):
                continue  # 甲基苯丙胺…34.703千克、硫酸125.65千克: another thing listed after the drug
            else:
                name = (before[-1] if before else after[0])[2]
            if name == PRECURSOR:
                continue  # 购得羟亚胺约28千克 (…可用于制造氯胺酮), 用300千克麻黄素制造甲基苯丙胺: a precursor's weight
            total = (_is_total(body, w.start()) or details_next) and w.start() not in gross
            at = s0 + w.start()
            if item_starts is None:
                item_starts, evidence = [m.start() for m in _ITEM_RE.finditer(text)], evidence_ranges(text)
            restated = any(a <= at < b for a, b in evidence) or bool(_ANAPHORA_RE.search(clause))
            item = sum(1 for p in item_starts if p <= at) - 1
            times = _times_each(body, w.start()) if not total else 1
            out.append(DrugFound(name, grams, at, s0 + w.end(), w.group(), total, item, restated, sentence=i,
                                 times=times, converted=bool(_CONVERTED_RE.search(clause)),
                                 aside=_aside(body, w.start(), w.end())))
        if not weights:
            for d in [d for d in drugs if d[2] != PRECURSOR][:1]:
                out.append(DrugFound(d[2], None, s0 + d[0], s0 + d[1], body[d[0] : d[1]]))
    return _reconcile(text, [m.start() for m in sentences], out)


# a sentence that reports a measurement: 净重48.98克, 经鉴定…重2.74克, 经称量
_MEASURED_RE = re.compile(r"净重|鉴定|称量|称重|检验")
# the clause of a weight a deal names before it is done: 向乙购买1克, 商定以每克200元购买1500克
_DEAL_RE = re.compile(r"购买|商定|约定|谈妥|联系|订购|预定|欲")
_CLOSE = 0.15  # a later weight within 15 % of a rough one is the same drug weighed


_SEIZED_RE = re.compile(r"查获|缴获|起获|扣押|查扣|搜出|收缴")


def _reconcile(text: str, sentence_starts: list[int], found: list[DrugFound]) -> list[DrugFound]:
    """Weights of the facts that another weight of the same drug accounts for.

    * ``superseded``: a rough weight that a later one replaces, in the same enumerated item, within 15 %, neither
      a stated total: a later measurement (购买50克…扣押的甲基苯丙胺净重48.98克; 查获白色晶体约40克（…净重35.77克）),
      or, for the weight a deal names (向乙购买1克), the weight delivered (携带0.95克甲基苯丙胺至约定地点).
    * ``total``: a weight with decimals equal to the sum of two or more weights of its drug in earlier sentences
      (查获0.36克…又查获0.89克。…多次贩卖甲基苯丙胺1.25克).
    * ``restated``: a weight seized (查获, 缴获, 扣押 … in its clause) equal to one of its drug in an earlier sentence of
      the same enumerated item, neither a total: the drug dealt, seized (7、…取得甲基苯丙胺2008克…。当日中午，…查获甲基
      苯丙胺2008克); not a weight dealt again (…其中甲基苯丙胺1000克赊给…。…其中1000克赊给…: two batches), nor two
      in one sentence (分4次取得500克、500克、200克).
    """
    def sentence_start(d: DrugFound) -> int:  # the sentence of find_drugs that holds the weight
        return sentence_starts[bisect_right(sentence_starts, d.start) - 1]

    def measured(d: DrugFound) -> bool:
        return bool(_MEASURED_RE.search(text, sentence_start(d), d.start))

    def deal(d: DrugFound) -> bool:
        return bool(_DEAL_RE.search(text, _clause_start(text, sentence_start(d), d.start), d.start))

    out = []
    for d in found:
        if d.grams and not d.total and not measured(d):
            by_deal = deal(d)
            if any(
                b.start > d.start and b.drug == d.drug and b.item == d.item and b.grams and not b.total
                and b.grams != d.grams and abs(b.grams - d.grams) <= _CLOSE * d.grams
                and (measured(b) or (by_deal and not deal(b)))  # 购买1克…又购买0.95克: two deals
                for b in found
            ):
                d = replace(d, superseded=True)
        out.append(d)
    for k, d in enumerate(out):
        if not d.grams or d.total or d.grams == int(d.grams):
            continue
        earlier = [x for x in out[:k] if x.drug == d.drug and x.grams and not x.superseded and not x.total]
        values = list(dict.fromkeys(x.grams for x in earlier))
        # in a later sentence than its parts: in 分别净重0.27克、0.42克、0.69克 the third is a package, not a sum
        if (len(values) >= 2 and sentence_start(d) > earlier[-1].start
                and abs(sum(values) - d.grams) <= max(0.005, 0.002 * d.grams)):  # type: ignore[arg-type]
            out[k] = replace(d, total=True)
    for k, d in enumerate(out):
        seized = _SEIZED_RE.search(text, _clause_start(text, sentence_start(d), d.start), d.start)
        if d.grams and not d.total and d.item >= 0 and seized and any(
            x.drug == d.drug and x.grams == d.grams and x.item == d.item and not x.total
            and sentence_start(x) < sentence_start(d) for x in out[:k]
        ):
            out[k] = replace(d, restated=True)
    return out


# 血液中乙醇含量为154.08mg/100ml, 118.4毫克/100毫升, 1.79mg/ml (per millilitre), 217.20mg/100mL (after normalisation)
_BAC_RE = re.compile(
    # 269.77毫克／l00毫升: a full-width slash, and a letter l for the 1 of 100 (a slip of a real judgment's)
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:mg|毫克)\s*[/／每]\s*(?P<per>100|l00|一百|百)?\s*(?:ml|毫升)"
    # 每100毫升血液中乙醇含量为174.34毫克, 检出乙醇，含量为每百毫升95毫克: the volume first
    r"|(?P<per100>每\s*(?:100|一百|百)\s*(?:ml|毫升)\s*(?:血液?中?的?\s*(?:乙醇|酒精)(?:含量)?(?:为|是|达)?)?)\s*"
    r"(?P<v2>\d+(?:\.\d+)?)\s*(?:mg|毫克)(?!\s*[/／每])",
    re.IGNORECASE,
)
# the law's thresholds quoted, not a measurement: 达到80毫克/100毫升以上, 已超过200mg/100ml
_BAC_QUOTED_BEFORE_RE = re.compile(r"(?:达到|超过|超出|大于|高于|不足|低于|不满|≥|>)\s*$")
_BAC_QUOTED_AFTER_RE = re.compile(r"\s*(?:以上|以下|的标准|之标准)")


def find_blood_alcohol(text: str) -> list[BloodAlcohol]:
    """Blood alcohol measured in ``text`` (a facts section), in mg/100ml (1.79mg/ml is 179), with offsets into
    ``text``; the thresholds a text quotes (达到80毫克/100毫升以上, 已超过200mg/100ml) are not measurements.

    >>> [b.mg_per_100ml for b in find_blood_alcohol("经鉴定，其血液中乙醇含量为1.79mg/ml，达到80mg/100ml以上。")]
    [179]
    >>> [b.mg_per_100ml for b in find_blood_alcohol("经鉴定，其每100毫升血液中乙醇含量为174.3毫克。")]
    [174.3]
    """
    found = []
    for m in _BAC_RE.finditer(text):
        quoted = _BAC_QUOTED_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
        if quoted or _BAC_QUOTED_AFTER_RE.match(text, m.end()):
            continue
        value = Decimal(m.group("v2")) if m.group("per100") else Decimal(m.group("v")) * (1 if m.group("per") else 100)
        opens = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1
        tests = _BAC_TEST_RE.findall(text, opens, m.start())
        found.append(BloodAlcohol(plain_number(value), m.start(), m.end(), m.group(),
                                  breath=bool(tests) and tests[-1] in ("呼气", "吹气")))
    return found


# the test a blood alcohol reading comes from, named before it in its sentence: a breath test (经呼气酒精测试仪检验，测得
# 其血液中乙醇浓度为…) or a blood sample's (抽取血样送检…经鉴定)
_BAC_TEST_RE = re.compile(r"呼气|吹气|血样|抽血|抽取|鉴定")


# a number of persons or events told with what befell them: 致2名幼女轻伤, 致1人死亡, 既遂7起; 既遂7人 (the number
# after), as Tally's ``what``; the dead may be told further on (等9名女童工均被烟熏窒息死亡, 2名被害人经医院抢救无效死亡;
# not 一名幼儿在内的二人死亡, which tells two)
_OUTCOMES = r"(死亡|重伤|轻伤|轻微伤|中毒|既遂|未遂|中止)"
_TALLY_NUMBER = r"([一二两三四五六七八九十\d]{1,3})"
_TALLY_BEFORE_RE = re.compile(
    rf"(?<![\d一二两三四五六七八九十百千万.．]){_TALLY_NUMBER}"
    rf"(?:(?:人|名[^，。；、\d]{{0,4}}?|起|次)?{_OUTCOMES}|名[^，。；、\d一二两三四五六七八九十]{{5,12}}?(?P<dead>死亡))")
_TALLY_AFTER_RE = re.compile(rf"{_OUTCOMES}{_TALLY_NUMBER}(?:人|名|起|次)")
# a sentence that sums the facts up (综上，…并致2名幼女轻伤; 先后奸淫幼女13起，其中既遂7起)
_SUMMING_RE = re.compile(r"综上|共计|总计|合计|其中|共致|共造成")


# a number of things told with its measure word (捅刺20余刀, 自制手枪四支, 麻古28000颗, 赌博机96台), not an ordinal or a
# vague one (第3支, 数十刀, 每包), nor a word that opens with the measure word (一支队, 一发现, 三包括, 一台湾)
_COUNTED_RE = re.compile(
    r"(?<![\d一二两三四五六七八九十百千万.．余数几第每])([\d一二两三四五六七八九十百千万]{1,6})(余)?"
    r"(刀(?![具片柄口])|枚|支(?![队部付出持援撑配线行票])|颗|粒|发(?![生现出放展动布送给])|包(?![括庇含装])"
    r"|台(?![湾阶州山风账上下前后面词球县市镇乡村区]))"
)


def find_counted(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, bool, tuple[int, int]]]:
    """The numbers of things ``text[start:end]`` tells with their measure word (刀, 枚, 支, 颗, 粒, 发, 包, 台): (unit,
    number, told with 余, span).

    >>> find_counted("捅刺其胸部20余刀，查获自制手枪四支、子弹一发现场提取，第3支")
    [('刀', 20, True, (5, 9)), ('支', 4, False, (16, 18))]
    """
    out = []
    for m in _COUNTED_RE.finditer(text, start, len(text) if end is None else end):
        try:
            n = int(cn_to_number(m.group(1)))
        except ParseError:
            continue
        out.append((m.group(3), n, bool(m.group(2)), m.span()))
    return out


# what a number of arms or explosives counts, told beside it (自制手枪四支, 一支81-1式军用半自动步枪, 雷管20枚): a kind,
# not the general 枪支 / 枪 / 爆炸物, which may hold several kinds
_THING = r"(?:手枪|步枪|猎枪|气枪|滑膛枪|钢珠枪|冲锋枪|霰弹枪|火药枪|射钉枪|机枪|雷管|手榴弹|炸弹|子弹|爆炸装置)"
_THING_BEFORE_RE = re.compile(rf"({_THING})(?:共计|合计|共|计)?$")
_THING_AFTER_RE = re.compile(rf"[^，,。；;、：:（）()\s和及与]{{0,12}}?({_THING})")


def counted_thing(text: str, start: int, end: int) -> str:
    """The kind of thing the count at ``text[start:end]`` (:func:`find_counted`) tells, where it stands right before
    the count or after it in the same phrase; '' where none is told, where it is a general word (枪支), or where it
    closes a list (滑膛枪、手枪共计3支: several kinds).

    >>> t = "劫取军用半自动步枪一支，查获四支自制手枪、滑膛枪、手枪共计3支，枪支1支，冲锋枪、自制手枪共计3支"
    >>> [counted_thing(t, *m.span()) for m in _COUNTED_RE.finditer(t)]
    ['步枪', '手枪', '', '', '']
    >>> t = "查获手榴弹1枚、小口径步枪1支，获得滑膛枪2支、手枪1支"
    >>> [counted_thing(t, *m.span()) for m in _COUNTED_RE.finditer(t)]
    ['手榴弹', '步枪', '滑膛枪', '手枪']
    """
    if m := _THING_BEFORE_RE.search(text, max(0, start - 12), start):
        # the phrase the kind closes, from the clause or the last count (手榴弹1枚、小口径步枪1支): a list of kinds
        # there (五六式冲锋枪、自制仿六四式手枪共计3支) counts them all
        opened = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:\n") + 1
        opened = max([opened] + [x.end() for x in _COUNTED_RE.finditer(text, opened, m.start())])
        phrase = text[opened : m.start()].lstrip("、和及与")
        return "" if any(c in phrase for c in "、和及与") else m.group(1)
    if text[max(0, start - 12) : start].endswith(("枪支", "枪", "共计", "合计")):
        return ""
    m = _THING_AFTER_RE.match(text, end)
    return m.group(1) if m else ""


def find_tallies(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, bool, tuple[int, int]]]:
    """The numbers of persons or events ``text[start:end]`` tells with what befell them (死亡, 重伤, 轻伤, 轻微伤,
    中毒, 既遂, 未遂, 中止): (what, number, whether its sentence sums the facts up, span).

    >>> find_tallies("综上，被告人实施奸淫幼女犯罪12起，其中犯罪未遂2起，并致2名幼女轻伤。")
    [('未遂', 2, True, (22, 26)), ('轻伤', 2, True, (29, 35))]
    >>> find_tallies("致张某、李某等5名被害人当场死亡。")
    [('死亡', 5, False, (7, 16))]
    >>> find_tallies("综上，被告人甲抢劫4起；在抢劫中致2人死亡。其间致1人轻伤。")
    [('死亡', 2, True, (17, 21)), ('轻伤', 1, False, (25, 29))]
    """
    stop = len(text) if end is None else end
    out = []
    for s, e in _sentence_bounds(text, start, stop):
        # (or a clause of a sentence 综上 opens: 综上，被告人甲抢劫4起，强奸1起；在抢劫中致2人死亡)
        opened = max(text.rfind("。", start, s), text.rfind("\n", start, s), start - 1) + 1
        summing = bool(_SUMMING_RE.search(text, s, e)) or text.startswith("综上", opened)
        for rx, number, what in ((_TALLY_BEFORE_RE, 1, 2), (_TALLY_AFTER_RE, 2, 1)):
            for m in rx.finditer(text, s, e):
                try:
                    n = int(cn_to_number(m.group(number)))
                except ParseError:
                    continue
                out.append((m.group(what) or m.group("dead"), n, summing, m.span()))
    return sorted(out, key=lambda x: x[3])


# a victim named in the facts, masked (王某, 张某某, 李某甲), for names the document does not otherwise know
_MASKED_NAME_RE = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[致使成人]))[\u4e00-\u9fff]某(?:某|[{_GANZHI}])?")
# what opens a person's harm (致王某重伤, 致使王某死亡, 造成王某死亡, 被害人王某经抢救无效死亡) and how it goes on
_HARM_OPENED_RE = re.compile(r"(?:致|致使|造成|被害人)$")
# what stands between a list's name and the next one the same opening word covers (致王某、李某轻伤; 致王某重伤、李某轻伤)
_LIST_ON_RE = re.compile(r"(?:轻微伤|轻伤|重伤|死亡)?[、和及与]")
_LIST_REST = r"(?:[、和及与][\u4e00-\u9fff]{2,4}?)*"  # the other names of a list the harm follows (致王某、李某重伤)
_HARMED_AFTER = {
    "死亡": re.compile(_LIST_REST + r"[^，,。；;、]{0,30}?死亡"),
    "重伤": re.compile(_LIST_REST + r"[^，,。；;、]{0,6}?重伤(?!害)"),
    "轻伤": re.compile(_LIST_REST + r"[^，,。；;、]{0,6}?轻伤(?!害)"),
    "轻微伤": re.compile(_LIST_REST + r"[^，,。；;、]{0,6}?轻微伤"),
}
# what a person suffered, graded, with no opening word: …的损伤程度为重伤二级, …身体的损伤程度构成重伤, …所受损伤（右侧眶内
# 骨折）构成轻伤, 甲、乙所受损伤均为轻微伤 (the last read for each of the list, _EACH_HARMED_RE)
_INJURY = r"(?:身体)?(?:的|所受的?|受到的)?(?:损伤|伤情|伤势)(?:程度)?"
_GRADED_RE = re.compile(rf"{_INJURY}(?:[（(][^（）()。；;]{{0,20}}[）)])?均?(?:为|系|属|达|构成|已构成)(重伤|轻伤|轻微伤)")
# a clause that opens with the names of the dead and tells the cause (。经法医鉴定：张某因…致心脏破裂死亡; 马某某、兰某甲均因
# 重度颅脑损伤死亡); the cause may run over one comma where both parts tell only wounds (陈某某因锐器刺戳致右颈总动脉断裂，
# 左锁骨下动脉破裂后大失血死亡), not a quarrel or an act (张某因琐事与李某发生争执，遂持刀…致其死亡: 张某 is no victim)
_WOUND_ONLY = r"(?:(?!与|和|同|将|把|持|对|朝|向|被|争|纠纷|琐事|遂|便|其)[^，,。；;])"
_DIED_OF_RE = re.compile(
    rf"(?:、[\u4e00-\u9fff]{{2,4}}?)*均?因(?:[^，,。；;]{{0,40}}?|{_WOUND_ONLY}{{1,40}}[，,]{_WOUND_ONLY}{{0,40}}?)死亡"
)
_CLAUSE_OPENS = "，,。：:；;\n"
# a clause that opens with a person and tells what they suffered, to its harm, over a comma at most, with no other
# person named on the way (张某乙被刀捅刺致右侧气胸、肝破裂，属轻伤; 韩某甲被锐器刺破心脏…经抢救无效死亡), or that
# they took it (…均因失血性休克死亡，王某某受轻伤)
_SUFFERED_RE = re.compile(
    r"(?:被[^。；;，,]{1,40}?(?:[，,](?:经鉴定[，,]?)?[^。；;，,]{0,12}?)?(?:属|系|为|构成|已构成|达|致|造成|经抢救无效)?"
    r"|受到?)(重伤|轻伤|轻微伤|死亡)(?!害)")
# what was done to a person 将 or 把 opens, to its harm, in its clause (将王某某殴打致轻伤, 把李某打成重伤)
_DEALT_RE = re.compile(r"[^。；;，,、]{1,8}?(?:致|成)(重伤|轻伤|轻微伤|死亡)(?!害)")
# a list of persons a harm is told of each (赵某某（被害人，时年52岁）、儿子王某甲（被害人）均被炸成重伤; 被害人钱某丙、孙某乙
# 分别被刺中胸部、背部等处构成重伤; 周某丁、周某损伤均构成轻伤一级): what joins two names (a note, 、 or 和, a word of
# kin), and the harm after the last, in its clause, told once (not 分别构成重伤、轻伤)
_NOTE = r"(?:[（(][^（）()。；;]{0,30}[）)])?"
_CHAIN_ON_RE = re.compile(rf"{_NOTE}[、和及与][\u4e00-\u9fff]{{0,2}}")
_EACH_HARMED_RE = re.compile(
    rf"{_NOTE}(?:{_INJURY})?(?:均|分别|都)(?:(?!死亡|重伤|轻伤|轻微伤)[^，,。；;]){{0,20}}(死亡|重伤|轻伤|轻微伤)(?!害)"
    rf"(?![^，,。；;]{{0,4}}(?:死亡|重伤|轻伤|轻微伤))")


def find_harmed(
    text: str, start: int, end: int, names: Collection[str], skip: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, str, tuple[int, int]]]:
    """Each naming in ``text[start:end]`` of a person with a harm that befell them (死亡, 重伤, 轻伤, 轻微伤): (name,
    harm, span of the name), in text order; a person may be named with several. A person is one of ``names`` (the
    victims the document names) or a masked name (王某, 李某甲); ``skip``: spans left out (the evidence the facts list).

    >>> t = "致被害人王某甲重伤、李某轻伤。被害人张某经抢救无效死亡。致孙立右肺破裂引起失血性休克死亡。赵某的损伤程度为轻微伤。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ["孙立", "王某"])]
    [('王某甲', '重伤'), ('李某', '轻伤'), ('张某', '死亡'), ('孙立', '死亡'), ('赵某', '轻微伤')]
    >>> t = "致王某某创伤性失血性休克死亡、李某某重伤。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ())]
    [('王某某', '死亡'), ('李某某', '重伤')]
    >>> t = "被害人钱某丙（男，时年52岁）、孙某乙分别被刺中胸部、背部等处构成重伤；赵某、钱某分别构成重伤、轻伤。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ())]
    [('钱某丙', '重伤'), ('孙某乙', '重伤')]
    >>> t = "。张某乙被刀捅刺致右侧气胸、肝破裂，属轻伤；李某被王某打成轻伤。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ["王某"])]  # 李某's harm: 王某 is named on the way
    [('张某乙', '轻伤')]
    >>> t = "经法医鉴定：马某某、兰某甲均因重度颅脑损伤死亡，兰某乙因失血性休克死亡。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ())]
    [('马某某', '死亡'), ('兰某甲', '死亡'), ('兰某乙', '死亡')]
    >>> t = "；陈某某因锐器刺戳致右颈总动脉断裂，左锁骨下动脉破裂后大失血死亡；张某因琐事与李某发生争执，遂持刀致其死亡。"
    >>> [(n, h) for n, h, _ in find_harmed(t, 0, len(t), ())]
    [('陈某某', '死亡')]
    """
    found: list[tuple[str, str, tuple[int, int]]] = []
    listed_to = harm_to = -1  # where the last name opened so ends, and its harm: the next of its list is opened too
    chain: list[tuple[str, tuple[int, int]]] = []  # the list the name ends, for a harm told of each (均, 分别)
    spots = _name_spots(text, start, end, names)
    starts = [at for at, _ in spots]
    for at, name in spots:
        if any(a <= at < b for a, b in skip):
            continue
        after = at + len(name)
        if not (chain and _CHAIN_ON_RE.fullmatch(text, chain[-1][1][1], at)):
            chain = []
        chain.append((name, (at, after)))
        each = _EACH_HARMED_RE.match(text, after, end)
        if each:
            found += [(n, each.group(1), span) for n, span in chain]
            chain = []
        harms: list[str] = []
        opened = _HARM_OPENED_RE.search(text[max(start, at - 3) : at])
        if opened or any(x >= 0 and _LIST_ON_RE.fullmatch(text, x, at) for x in (listed_to, harm_to)):
            listed_to = after
            told = [(h, m) for h, rx in _HARMED_AFTER.items() if (m := rx.match(text, after, end))]
            harms = [h for h, _ in told]
            # the list may go on after the harm told with its cause (致王某某创伤性失血性休克死亡、李某某重伤)
            harm_to = max((m.end() for _, m in told if "、" not in m.group()), default=-1)
        graded = _GRADED_RE.match(text, after, end)
        if graded:
            harms.append(graded.group(1))
        opens = at == start or text[at - 1] in _CLAUSE_OPENS or (listed_to >= 0 and text[listed_to:at] == "、")
        if opens and _DIED_OF_RE.match(text, after, end):
            listed_to = after
            harms.append("死亡")
        suffered = (_SUFFERED_RE.match(text, after, end) if opens
                    else _DEALT_RE.match(text, after, end) if at > start and text[at - 1] in "将把" else None)
        if suffered and not any(after < a < suffered.start(1) for a in starts) and not _NO_HARM_RE.search(
                text, max(after, suffered.start(1) - 14), suffered.start(1)):
            harms.append(suffered.group(1))
        found += [(name, h, (at, after)) for h in dict.fromkeys(harms)]
    found += _each_of_the_clauses(text, start, end, spots, skip)
    return sorted(dict.fromkeys(found), key=lambda x: x[2])


# a harm told in a clause of its own, of each of the clauses before it (致刘某某双眼球破裂；王某脑挫裂伤…，均属重伤; 李某甲因
# 左耻骨骨折、陈某乙因右耻骨骨折，均构成轻伤) or, with no 均, of the one person a harm word opened them with (致王某某失血性
# 休克、右侧血气胸、肺破裂，构成重伤)
_EACH_CLAUSE_RE = re.compile(
    r"[，,](?:经鉴定[，,]?)?(?:损伤程度|伤情)?(均)?(?:属|为|系|构成|已构成|达到?)(重伤|轻伤|轻微伤)(?!害)")
_HARM_WORD_RE = re.compile(r"死亡|重伤|轻伤|轻微伤|[。：:]")
_WOUNDS_RE = re.compile(rf"{_WOUND_ONLY}+(?=[，,；;、]|$)")
_INJURED_RE = re.compile(r"伤|骨折|破裂|断裂|挫|出血|烧|残")
# the words of an appraisal a clause opens with, up to the person appraised (经鉴定，邓某…; 经法医鉴定：…)
_APPRAISED_RE = re.compile(r"经[^，,。；;：:]{0,20}?(?:鉴定|检验)\s*[，,：:]\s*$")


def _each_of_the_clauses(
    text: str, start: int, end: int, spots: Sequence[tuple[int, str]], skip: Sequence[tuple[int, int]]
) -> list[tuple[str, str, tuple[int, int]]]:
    """:func:`find_harmed`'s persons a clause of its own tells a harm of (…，均属重伤; …，构成重伤): those that open a
    clause of what they suffered since the sentence or the last harm told, a wound or a cause after them (after 致,
    ； or 、; not a person who acts, 张某持刀…, or one acted on, 击打刘某某、王某头部, or one of a list, 刘某某（被害人）、
    王某); with no 均, the one such person, opened by a harm word (致王某某…，构成重伤), opening the sentence
    (。陈某某全身烧伤面积约57%，致右肩关节…强直，功能丧失，构成重伤) or an appraisal's clause (经鉴定，邓某左尺骨骨折，
    损伤程度为轻伤一级), wounds told of them and no one else named before the harm."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    for m in _EACH_CLAUSE_RE.finditer(text, start, end):
        lo = max((x.end() for x in _HARM_WORD_RE.finditer(text, start, m.start())), default=start)
        each: list[tuple[str, str, tuple[int, int]]] = []
        for at, name in spots:
            after = at + len(name)
            if not lo <= at < after <= m.start() or any(a <= at < b for a, b in skip):
                continue
            before = text[at - 1] if at > start else ""
            opened = bool(_HARM_OPENED_RE.search(text[max(start, at - 3) : at]))
            # wounds told of them, and no one else named before the harm
            solo = bool(_INJURED_RE.search(text, after, m.start())) and not any(
                after <= a < m.start() for a, _ in spots)
            # the person an appraisal's clause opens with (经鉴定，邓某左尺骨骨折，损伤程度为轻伤一级)
            appraised = solo and bool(_APPRAISED_RE.search(text, max(start, at - 30), at))
            # after 、 only the next of such clauses (…骨折、陈某乙因…), not a name of a list (刘某某（被害人）、王某)
            opens = at == lo or opened or appraised or before in "；;" or (
                before == "、" and bool(each) and text[at - 2 : at - 1] not in "）)"
                and not any(a + len(n) == at - 1 for a, n in spots))
            wounds = _WOUNDS_RE.match(text, after, m.start())
            if opens and wounds and not any(a == after for a, _ in spots):
                # (or the person the sentence opens with, wounds told of them and no one else named before the harm:
                # 。陈某某全身烧伤面积约57%，致…功能丧失，构成重伤)
                own = (before in "。；;\n" and solo) or appraised
                each.append((name, m.group(2), (at, after), opened or own))
        if m.group(1):
            found += [(n, h, span) for n, h, span, _ in each]
        elif len(each) == 1 and each[0][3]:
            found += [each[0][:3]]
    return found


def _name_spots(text: str, start: int, end: int, names: Collection[str]) -> list[tuple[int, str]]:
    """Where ``text[start:end]`` names a person, in text order: one of ``names`` or a masked name (王某, 李某甲), the
    longest at a place (赵某甲, not the victim 赵某 it opens)."""
    longest: dict[int, str] = {}
    spots = [(m.start(), m.group()) for m in _MASKED_NAME_RE.finditer(text, start, end)]
    for name in names:
        spots += [(m.start(), name) for m in re.compile(re.escape(name)).finditer(text, start, end)]
    for at, name in spots:
        if len(name) > len(longest.get(at, "")):
            longest[at] = name
    return sorted(longest.items())


# the age at death in the note after a name (胡某某（被害人，殁年35岁）); 均 covers the list the name ends
# (林某甲、陈某乙（女，殁年均16岁）)
_AGED_AT_DEATH_RE = re.compile(r"[（(][^（()）。；]{0,30}?殁年(均)?")


def find_dead_by_age(
    text: str, start: int, end: int, names: Collection[str], skip: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, tuple[int, int]]]:
    """Each person ``text[start:end]`` tells dead by the age at death in a note after the name (殁年), whatever the
    facts tell of how: (name, span of the name), in text order. Persons and ``skip`` as :func:`find_harmed`.

    >>> t = "被告人甲某与其妻胡某某（被害人，殁年35岁）争吵。杀死林某甲、陈某乙（女，殁年均16岁）和王某（时年9岁）。"
    >>> [n for n, _ in find_dead_by_age(t, 0, len(t), ["胡某某", "林某甲"])]
    ['胡某某', '林某甲', '陈某乙']
    """
    found: list[tuple[str, tuple[int, int]]] = []
    listed: list[tuple[str, tuple[int, int]]] = []  # the list the name ends, for a note with 均
    for at, name in _name_spots(text, start, end, names):
        if any(a <= at < b for a, b in skip):
            continue
        if not (listed and text[listed[-1][1][1] : at] == "、"):
            listed = []
        after = at + len(name)
        listed.append((name, (at, after)))
        note = _AGED_AT_DEATH_RE.match(text, after, end)
        if note:
            found += listed if note.group(1) else listed[-1:]
            listed = []
    return found


def _sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:end]``, ended by 。, ；, or a line break."""
    at = start
    for m in re.finditer(r"[。；;\n]", text[start:end]):
        yield at, start + m.end()
        at = start + m.end()
    if at < end:
        yield at, end


# a paragraph that opens a part of its own after the enumerated items (另查明，…; 综上，…): none of the last item's
_AFTER_ITEMS_RE = re.compile(r"\s*(?:经审理查明|另查明|还查明|又查明|综上)")
# the same after a space, where a text's line breaks were flattened to spaces (…净重8.6克。 另查明，被告人甲、乙均系…):
# where such a paragraph starts, for the last item's end
_AFTER_ITEMS_FLAT_RE = re.compile(r"(?<=\s)(?:经审理查明|另查明|还查明|又查明|综上|上述事实)")


# a summing-up sentence of the facts (综上，被告人甲…共计52.4克；被告人乙…), and the end of one of its clauses
_SUMMING_UP_RE = re.compile(r"\s*综上")
_CLAUSE_END_RE = re.compile(r"[。；;]")


def sums_up(text: str, pos: int) -> bool:
    """Whether the sentence (to 。 or a line break) around ``pos`` opens summing the facts up (1、…共计15850克。2、…
    综上，被告人甲贩卖甲基苯丙胺共计18550克): of all the items before it, none's own.

    >>> t = "1、甲贩卖甲基苯丙胺共计15850克。2、…\\n综上，甲贩卖甲基苯丙胺共计18550克。"
    >>> sums_up(t, t.index("15850")), sums_up(t, t.index("18550"))
    (False, True)
    """
    return _SUMMING_UP_RE.match(text, max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1) is not None


def _summed_up_clause(text: str, lo: int, hi: int, d: DrugFound) -> tuple[int, int] | None:
    """The clause (to ；) of ``d`` in ``text[lo:hi]``, where its sentence (to 。) sums up (综上，…); else None."""
    opened = max(text.rfind("。", lo, d.start), lo - 1) + 1
    if not _SUMMING_UP_RE.match(text, opened):
        return None
    ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, opened, d.start)]
    stop = _CLAUSE_END_RE.search(text, d.end, hi)
    return (ends[-1] if ends else opened), (stop.start() if stop else hi)


def drug_owners(text: str, found: Sequence[DrugFound], names: dict[str, str]) -> list[tuple[str, ...]]:
    """For each of ``found`` (what :func:`find_drugs` read from ``text``), the defendants named (``names``:
    each name or alias as written, with the defendant it is of; all of them where it speaks of them together:
    二被告人) in its paragraph within its enumerated item, or from the item's heading on (二、被告人乙运输毒品的
    事实 on a line of its own, 另查明 and 综上 not of it): the seizure of 二、被告人乙…民警从其随身携带的洗发水瓶
    内查获白色粉末一包。经称量，净重8.6克 is 乙's, though item 一 tells of 甲, and 从乙驾驶的车内查获… in a
    paragraph that tells 甲 hired 乙 is both's (not its sentence's 乙 alone); () where none is named so. A masked
    name run on (戊某 of 戊某某, 戊某戌) is not the shorter name's. A stated total of a summing-up (综上，…) whose own
    clause (to ；) names defendants is theirs: the summing-up tells each one's quantity in turn (综上，被告人甲贩卖甲基
    苯丙胺共计52.4克；被告人乙参与贩卖甲基苯丙胺2.4克: 52.4克 is 甲's alone, though the paragraph names 乙 too). A
    total told in the course of the facts is not (在甲的组织下，…制造出甲基苯丙胺共计35642克 is also the 乙 who
    arranged it the sentence before).

    >>> t = "一、被告人甲某贩卖甲基苯丙胺5克。\\n二、乙某携带毒品被查获。经称量，净重8.6克；经鉴定，检出海洛因成分。"
    >>> drug_owners(t, [d for d in find_drugs(t) if d.grams], {"甲某": "甲某", "乙某": "乙某"})
    [('甲某',), ('乙某',)]
    """
    return [o for o, _summed in _drug_owners(text, found, names)]


def summed_up_totals(text: str, found: Sequence[DrugFound], names: dict[str, str]) -> list[bool]:
    """For each of ``found`` (as :func:`drug_owners` takes them), whether it is a stated total of a summing-up
    (综上，…) whose own clause names defendants (综上，被告人甲贩卖甲基苯丙胺八次，共计8.66克: 甲's own quantity, as
    the court sums it up).

    >>> t = "一、甲某贩卖甲基苯丙胺5克。\\n综上，被告人甲某贩卖甲基苯丙胺共计5克；被告人乙某参与贩卖甲基苯丙胺共计2克。"
    >>> summed_up_totals(t, [d for d in find_drugs(t) if d.grams], {"甲某": "甲某", "乙某": "乙某"})
    [False, True, True]
    """
    return [summed for _o, summed in _drug_owners(text, found, names)]


def _drug_owners(
    text: str, found: Sequence[DrugFound], names: dict[str, str]
) -> list[tuple[tuple[str, ...], bool]]:
    """:func:`drug_owners`, each with whether a summing-up's clause gave it (:func:`summed_up_totals`)."""
    mentions = [(a, n) for a, b, n in name_mentions(text, list(names), min_len=2)
                if not (n.endswith("某") and re.match(rf"[某{_GANZHI}\d]", text[b : b + 1]))]
    items = [m.start() for m in _ITEM_RE.finditer(text)]
    out = []
    for d in found:
        start, nl = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.start)
        j = bisect_right(items, d.start)
        lo = items[j - 1] if j else start
        if lo < start:  # an item of earlier paragraphs: only a heading's, and not past a part of its own
            line = text[lo : max(lo, text.find("\n", lo))]
            if "。" in line or len(line) > 40 or _AFTER_ITEMS_RE.match(text, start):
                lo = start
        hi = min(nl if nl >= 0 else len(text), items[j] if j < len(items) else len(text))
        if (after := _AFTER_ITEMS_FLAT_RE.search(text, d.end, hi)) is not None:
            hi = after.start()
        summed = False
        if d.total and (clause := _summed_up_clause(text, lo, hi, d)) is not None:
            at, until = clause
            if TOGETHER_RE.search(text, at, until) or any(at <= a < until for a, _n in mentions):
                lo, hi, summed = at, until, True
        if TOGETHER_RE.search(text, lo, hi):
            out.append((tuple(dict.fromkeys(names.values())), summed))
        else:
            out.append((tuple(dict.fromkeys(names[n] for a, n in mentions if lo <= a < hi)), summed))
    return out


def own_drug_totals(
    found: Sequence[DrugFound], owners: Sequence[tuple[str, ...]], summed: Sequence[bool] = (),
) -> dict[str, tuple[str, float]]:
    """Each defendant's own main drug and quantity (:func:`drug_total` of the weights told of them alone),
    where the facts tell each one's weights apart (``owners``: :func:`drug_owners`): every weight is told of a
    defendant named (a weight told again, 上述…, aside), and none of this defendant's is told of another too
    (被告人甲…向被告人乙贩卖…5克: of both, or of one only as the buyer; 甲 and 乙 get none). {} where a weight
    is told of no one: it may be anyone's. Where some of a defendant's are told of another too, the totals a
    summing-up tells of them alone (``summed``: :func:`summed_up_totals`) are theirs: the court has summed
    their part (第四起…被告人甲安排被告人乙将甲基苯丙胺约1.2克送至…; 综上，被告人甲贩卖甲基苯丙胺八次，共计8.66克；
    被告人乙参与其中第四、七起，贩卖甲基苯丙胺共计2.7克: 甲 8.66克, 乙 2.7克).

    >>> t = "一、被告人甲某运输甲基苯丙胺326.5克。\\n二、被告人乙某运输海洛因8.6克。"
    >>> found = find_drugs(t)
    >>> own_drug_totals(found, drug_owners(t, found, {"甲某": "甲某", "乙某": "乙某"}))
    {'甲某': ('甲基苯丙胺', 326.5), '乙某': ('海洛因', 8.6)}
    """
    sums = {id(d) for d, s in zip(found, summed) if s}
    weighed = [(d, o) for d, o in zip(found, owners) if d.grams is not None]
    if any(not o and not d.restated for d, o in weighed):
        return {}
    out: dict[str, tuple[str, float]] = {}
    for name in dict.fromkeys(n for _d, o in weighed for n in o):
        mine = [(d, o) for d, o in weighed if name in o]
        if all(o == (name,) for _d, o in mine):
            total = drug_total([d for d, _o in mine])
        else:
            total = drug_total([d for d, o in mine if o == (name,) and id(d) in sums])
        if total is not None:
            out[name] = total
    return out


def drug_total(found: Sequence[DrugFound]) -> tuple[str, float] | None:
    """The main drug and its quantity: the largest stated total (共计…, 综上…) or a heavier weight told before one in
    its sentence, else the sum of the weights found (a weight of each of several deals as often as they are told:
    先后两次…每次…约0.9克 is 1.8克), each value once unless it comes again in another enumerated item of the facts."""
    weighed = [d for d in found if d.grams is not None and not d.superseded]
    if not weighed:
        return None
    by: dict[str, list[DrugFound]] = {}
    for d in weighed:
        by.setdefault(d.drug, []).append(d)
    drug, items = max(by.items(), key=lambda kv: sum(x.grams or 0 for x in kv[1]))
    totals = [x.grams for x in items if x.total and x.grams is not None]
    if totals:
        # a weight told before a total of its sentence and above it is not of it (卖出的一包10.23克、随身携带的七包共计
        # 2.21克): the quantity is at least that weight
        apart = [x.grams for x in items for t in items if t.total and x.grams is not None and t.grams is not None
                 and x.grams > t.grams and x.end <= t.start and x.sentence == t.sentence >= 0]
        return drug, max(totals + apart)
    # The same weight again is mostly the same drug restated (上述毒品0.08克, an evidence list) and counts once; in
    # another enumerated item of the facts (1、…卖出10克。2、…卖出10克。) it is another sale and counts again.
    seen: dict[float, set[int]] = {}
    grams = 0.0
    for x in items:
        where = seen.setdefault(x.grams, set())  # type: ignore[arg-type]
        if not where or (not x.restated and x.item >= 0 and x.item not in where):
            grams += x.grams * x.times  # type: ignore[operator]
        where.add(x.item)
    return drug, round(grams, 4)


# the harms a judgment tells (伤情), lightest first; Bracket.harm names one
HARMS = ("轻微伤", "轻伤", "重伤", "死亡")
# 轻伤, 重伤 …; not 严重伤害 (a 重伤 inside it)
_HARM_RE = re.compile(r"(轻微伤)|(轻伤)|(?<!严)(重伤)|(死亡|身亡|殁年|致死|死者|尸体)")
# a harm denied in its clause: 未造成他人重伤, 不构成轻伤, 尚未达到轻伤, 未达轻伤, 没有致人死亡, 非重伤
_NO_HARM_RE = re.compile(r"(?:(?:未|没有|不|并未)(?:造成|致使?|构成|达到?|导致|属于?)[^，。；,;]{0,4}|未|没有|不|非)$")


def worst_harm(
    text: str, start: int = 0, end: int | None = None, skip: Callable[[int, int], bool] | None = None
) -> tuple[str, tuple[int, int]] | None:
    """The worst harm (one of :data:`HARMS`) ``text[start:end]`` tells, and where it is first told: any death (死亡,
    身亡, 殁年 …) outweighs a 重伤, and so on; None where it tells none. A harm its clause denies (未造成重伤) does not
    count, nor one at a span ``skip`` says is not found (a caller's test: the first instance's finding the
    court says is wrong, 原判认定…致被害人重伤二级的鉴定依据不足).

    >>> worst_harm("致被害人左手受伤，经鉴定构成轻伤二级，另致一人轻微伤")
    ('轻伤', (14, 16))
    >>> worst_harm("未造成他人重伤，致其轻伤")
    ('轻伤', (10, 12))
    """
    return worst_harms(text, start, end, skip)[0]


def worst_harms(
    text: str, start: int = 0, end: int | None = None, skip: Callable[[int, int], bool] | None = None
) -> tuple[tuple[str, tuple[int, int]] | None, tuple[str, tuple[int, int]] | None]:
    """:func:`worst_harm`, and the worst harm short of death, in one pass.

    >>> worst_harms("致张某死亡。另，致王某轻伤")
    (('死亡', (3, 5)), ('轻伤', (11, 13)))
    """
    best: tuple[int, tuple[int, int]] | None = None
    short: tuple[int, tuple[int, int]] | None = None
    for m in _HARM_RE.finditer(text, start, len(text) if end is None else end):
        if _NO_HARM_RE.search(text, max(start, m.start() - 14), m.start()):
            continue
        if skip is not None and skip(*m.span()):
            continue
        rank = (m.lastindex or 1) - 1
        if best is None or rank > best[0]:
            best = (rank, m.span())
        if HARMS[rank] != "死亡" and (short is None or rank > short[0]):
            short = (rank, m.span())
    def named(x: tuple[int, tuple[int, int]] | None) -> tuple[str, tuple[int, int]] | None:
        return None if x is None else (HARMS[x[0]], x[1])

    return named(best), named(short)


def adds_up(total: float, weights: Iterable[float | None]) -> bool:
    """Whether two or more of the distinct ``weights`` add up to ``total`` (every subset of up to 12 of them; beyond
    that, pairs): 共计34.703千克 and 共计约9千克 make the 43.703千克 a court restates; or all of them, a value told twice
    counted twice (骗取…5000元、8500元、5000元，共计18500元: two sums of one value, which the distinct ones miss).

    >>> adds_up(50.1, [49.91, 0.19, 49.91]), adds_up(0.87, [0.63, 0.15]), adds_up(18500, [5000, 8500, 5000])
    (True, False, True)
    """
    told = [round(float(w), 4) for w in weights if w is not None]
    if len(told) >= 2 and abs(sum(told) - total) < 5e-5:
        return True
    values = sorted(set(told))
    sizes = range(2, len(values) + 1) if len(values) <= 12 else (2,)
    return any(abs(sum(c) - total) < 5e-5 for k in sizes for c in combinations(values, k))


def find_victims(text: str, known: Iterable[str] = ()) -> list[str]:
    """Victims' names, in order of first mention.

    ``known`` are names the document gives as defendants: 被害人向常在交纳… tells the victim paid 常在, so a
    "name" that is one character and then the start of a known name (向常) is none.

    A name written after 被害人 or 受害人 (and the names listed after it with 、), or a masked name written just
    before ``（被害人，`` or ``（被害人）`` (王某甲之妻鞠某某（被害人，殁年33岁）; 村民罗甲（被害人）).  An unmasked
    name before the cue is left to the NER model: where it begins cannot be told from the text alone.  A masked
    ``X某`` whose every occurrence in the text goes on with the same character is that longer name
    (:func:`fayan.nlp.names.masked_run_on`: 被害人钟某善晾…, 钟某善的陈述), or with that character or a slip of it
    (:func:`fayan.nlp.names.masked_slips`: 被害人钟某善晾…, 钟某山的陈述).

    >>> find_victims("被告人甲某与其妻胡某某（被害人，殁年35岁）争吵，后被害人胡某某死亡。")
    ['胡某某']
    """
    found: list[tuple[int, str]] = []
    known = [k for k in known if len(k) >= 2]
    res = _name_res()
    for m in res.victim.finditer(text):
        if any(text.startswith(k, m.start("name") + 1) for k in known):
            continue
        names, end = [m.group("name")], m.end()
        while (more := res.listed.match(text, end)) is not None:
            name = more.group("name") or more.group("joined")
            if name not in _UNNAMED_PERSON:  # 某女 is passed over, the list goes on
                if not looks_like_name(name):
                    break
                names.append(name)
            end = more.end()
        if (last := _run_on_last(text, end)) is not None:
            names.append(last)
        for name in names:
            if name in _NOT_NAMES or len(name) < 2 or not looks_like_name(name) or _word_before_amount(text, name):
                break  # a list goes on only after a name
            found.append((m.start(), name))
    for m in _CUE_AFTER_RE.finditer(text):
        if (name := _name_before(text, m.start())) is not None:
            found.append((m.start() - len(name), name))
    found.sort(key=lambda x: x[0])
    # 被害人钟某善晾… reads as 钟某 above; it is 钟某善 when every 钟某 of the text goes on with 善
    cued = {n: at for at, n in reversed(found)}  # where each name is first written after a cue
    names = list(dict.fromkeys(
        masked_run_on([text], name) or _run_on_at(text, name, text.find(name, cued[name])) or name
        for name in dict.fromkeys(n for _, n in found)
    ))
    return [n for n in names if not _runs_on_into_a_word(text, n, names)]


def _runs_on_into_a_word(text: str, name: str, names: Sequence[str]) -> bool:
    """Whether unmasked ``name`` is another of ``names`` (of two characters or more) running on into the next
    word (no middle dot in what runs on). Of a name without a middle dot: it is never written before a
    delimiter or an amount (窃得被害人蒋慧放在收银台上的挎包 beside 退赔被害人蒋慧人民币2400元: 蒋慧 put it
    there; the name pattern ends before 在, as in 被害人王某在家). Of a name with one, longer and its end free:
    wherever it is written, what runs on opens a word of jieba's dictionary of two characters or more that is
    no name, within it or with the character after it, not into an amount (趁被害人阿依努尔·买买提不备， beside
    被害人阿依努尔·买买提的陈述: 不备; 停放在, 放在). A name may be another's and more: 蒋慧芳 of 蒋慧, written
    before an amount; 阿依努尔·买买提明 of 阿依努尔·买买提, its 明 no word with what follows (明在家: no 明在)."""
    if re.search(rf"[某{MASK_CHARS}\d]", name):
        return False
    dotted = re.search(_DOTTED_NAME, name) is not None
    for short in names:
        rest = name[len(short):]
        if len(short) < 2 or not name.startswith(short) or not re.fullmatch(r"[\u4e00-\u9fff]+", rest):
            continue
        if not dotted and not re.search(re.escape(name) + r"(?=[，,、。；;（(）)]|$|\s|人民币|现金|[0-9０-９])", text):
            return True
        if dotted and all(_opens_a_word(text, m.start() + len(short),
                                        len(rest) + (not re.match(r"人民币|现金", text[m.end() :])))
                          for m in re.finditer(re.escape(name), text)):
            return True
    return False


def _opens_a_word(text: str, at: int, most: int) -> bool:
    """Whether a word of jieba's dictionary of two to ``most`` characters that is no name (tagged ``nr``, as
    米拉 is) begins at ``at`` of ``text``: 不备, 停放, 放在."""
    tags = dictionary_tags()
    return any(is_dictionary_word(w := text[at : at + n]) and not tags.get(w, "").startswith("nr")
               for n in range(2, most + 1) if at + n <= len(text))


def _word_before_amount(text: str, name: str) -> bool:
    """Whether unmasked ``name`` is written only before an amount (被害人谢婉婷人民币8600元), never before a
    delimiter, and opens with a word of jieba's dictionary that is no person's name, and so is no name:
    窃取被害人钱包内人民币500元 (钱 is a surname, 钱包 a word; 李四 is a name in jieba's dictionary too)."""
    if (re.search(rf"[某{MASK_CHARS}\d]", name) or not is_dictionary_word(name[:2])
            or dictionary_tags().get(name[:2], "").startswith("nr")):
        return False
    return not re.search(re.escape(name) + r"(?![人现0-9０-９])", text)


def _run_on_last(text: str, at: int) -> str | None:
    """The unmasked name after the 、 at ``at`` that ends a list running on into the next word (被害人孙文涛、钱远山签订
    …), which the name pattern, ending only at a delimiter, does not read: the longest of two or three characters
    that opens with a surname and that the text writes elsewhere before a delimiter (孙文涛、钱远山、周明华) or that an
    amount or 分别 follows right here (骗取被害人孙文涛、钱远山、周明华100万元; 致被害人孙文涛、钱远山、周明华分别被骗…:
    分别 tells the list ended); else the one name of three so written that the three there are a slip of;
    else None."""
    if not text.startswith("、", at):
        return None
    for n in (3, 2):
        cand = text[at + 1 : at + 1 + n]
        if (len(cand) == n and re.fullmatch(r"[\u4e00-\u9fff]+", cand) and "某" not in cand and looks_like_name(cand)
                and (re.search(re.escape(cand) + r"(?=[的，,、。；;（(])", text)
                     or re.match(r"[0-9０-９]|分别", text[at + 1 + n : at + 3 + n]))):
            return cand
    # else, of three characters, a slip of the one name the text so writes elsewhere, the surname the same and the
    # character that differs sounding or looking alike (被害人孙文涛、钱远珊签订… for 钱远山, of 钱远山的陈述): that name
    cand = text[at + 1 : at + 4]
    if len(cand) == 3 and re.fullmatch(r"[\u4e00-\u9fff]+", cand) and looks_like_name(cand):
        alts = {m.group() for m in re.finditer(re.escape(cand[0]) + r"[\u4e00-\u9fff]{2}(?=[的，,、。；;（(])", text)
                if (apart := one_apart(m.group(), cand)) is not None and alike(*apart, near=True)}
        if len(alts) == 1:
            return alts.pop()
    return None


def _run_on_at(text: str, name: str, at: int) -> str | None:
    """``钟某善`` for ``钟某`` written at ``at`` before 善, where each other 钟某 of the text goes on with 善 or with a
    slip of it (:func:`~fayan.nlp.names.masked_slips`: 钟某山的陈述 in the evidence); else None."""
    c = text[at + len(name) : at + len(name) + 1] if at >= 0 else ""
    return name + c if c and masked_slips(text, name + c) else None


def defendant_names(text: str) -> list[str]:
    """The names written after 被告人 in ``text``, in order of first mention: the defendants of a text that is only a
    fact section, which has no header to name them (被告人王某伙同…; not 被告人的, nor a name that also stands after
    被害人 or 受害人: one side of a mutual fight may be both).

    >>> defendant_names("被告人王某甲伙同李某（另案处理）殴打被害人赵某某，被告人王某甲逃离。")
    ['王某甲']
    """
    res = _name_res()
    victims = {m.group("name") for m in res.victim.finditer(text)}
    names = (m.group("name") for m in res.defendant.finditer(text))
    return list(dict.fromkeys(
        n for n in names if n not in _NOT_NAMES and len(n) >= 2 and looks_like_name(n) and n not in victims
    ))


def _name_before(text: str, end: int) -> str | None:
    """The masked name (or name with a 甲/乙 suffix) that ends at ``end``, or None."""
    m = _NAME_BEFORE_RE.search(text, max(0, end - 11), end)
    if m is None:
        return None
    sur, rest = m.group("sur"), m.group("rest")
    surnames = _surnames()
    at = m.start()
    if len(sur) == 2 and (sur not in surnames or (at > 0 and is_dictionary_word(text[at - 1 : at + 1]))):
        sur = sur[1]  # 女儿郭某; 组长孙某甲 (长孙 is a compound surname, but 组长 a word)
    if sur in _NOT_SURNAMES or (rest[0] in _GANZHI and sur in _KIN):
        return None  # 将某某: 某某 alone names no one; 之子甲 is a son, 罗甲 and 柯甲 are names
    return sur + rest


# A sentence that lists the evidence: 上述事实，有……等证据证实，足以认定。
_EVIDENCE_SENTENCE_RE = re.compile(
    r"证据(?:予以)?(?:证实|证明|在案)|足以认定|予以(?:证实|确认|认定)|(?:上述|以上|前述)[^，,。；;]{0,8}?事实[，,]?有|证据有"
    r"|等证据[。；;，,]"
)
# The start of an evidence list that runs on: 证据如下： / 有下列证据证实： / 认定上述事实的证据有： / …并经庭审质证的证据有： /
# 公诉机关提供如下证据：
_EVIDENCE_LIST_RE = re.compile(r"(?:证据如下|如下证据|下列证据|以下证据|证据(?:有|如下))[^。]{0,12}?[:：]")
# What ends such a list: another finding of facts.
_FACTS_AGAIN_RE = re.compile(r"经审理查明|另查明|还查明|又查明")


def evidence_ranges(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (a fact section) lists evidence rather than narrating the facts.

    Covers a sentence such as 上述事实，有被害人的陈述、户籍证明等证据证实，足以认定。 and an
    evidence list after 证据如下： up to the next 另查明/经审理查明 or the end of the text.
    Entities found there (户籍证明, 执法记录仪视频, a witness) are not facts of the case.

    >>> t = "被告人甲盗窃手机一部。上述事实，有户籍证明等证据证实，足以认定。"
    >>> [t[a:b] for a, b in evidence_ranges(t)]
    ['上述事实，有户籍证明等证据证实，足以认定。']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _EVIDENCE_LIST_RE.finditer(text):
        if m.start() < pos:
            continue
        again = _FACTS_AGAIN_RE.search(text, m.end())
        end = again.start() if again else len(text)
        start = max(text.rfind(c, pos, m.start()) for c in "。\n") + 1  # the sentence that opens the list
        out.append((max(start, pos), end))
        pos = end
    start = 0
    # whole 。 sentences: the clauses of an evidence list are cut by ； (…的陈述；户籍证明…等证据证实)
    for m in re.finditer(r"[。\n]|$", text):
        end = m.end()
        if end > start and _EVIDENCE_SENTENCE_RE.search(text, start, end) and not any(a <= start and end <= b for a, b in out):
            out.append((start, end))
        start = end
        if start >= len(text):
            break
    return sorted(out)


@dataclass(frozen=True, slots=True)
class ItemValue:
    """The value the facts give for an item: the money mention ``text[start:end]``."""

    yuan: Decimal
    start: int
    end: int
    text: str
    shared: bool  # stated for the item together with others (手机、电脑等物品共计价值…; 窃得A、B，价值…)
    total: bool = False  # stated with a total word (共计, 合计)


CLASSIFIERS = "辆部台个只件张把条块枚副对组根瓶袋箱盒包双套颗粒支头匹串"  # the words that count things
PRETEXT = "要欲想称以"  # before a word of buying, a buyer's pretext (自称要购买钢丝绳, 谎称购买电动车为由, 以购买…为名)
TAKING = "盗窃抢劫骗"  # the characters of taking (窃得, 抢走, 骗取, 盗窃)
# a count after the item (手机一部, 电瓶2块, 黄金约10克)
_ITEM_COUNT = rf"(?:[\d.一二两三四五六七八九十百千万余多约]+(?:[{CLASSIFIERS}]|吨|斤|公斤|千克|克|米))?"
_VALUE_WORDS = "价值|价格|估价|市值"
_VALUING = "鉴定|认定|认证|鉴证|评估|估价"  # what a valuation is called after 经 (经价格认定, 经认证)
# who valued it, before the value (电瓶2块，经鉴定价值…; 上述被盗手机经物价部门鉴定，共计价值…)
_VALUED_BY = rf"(?:[，,]?经[^，,。；;（()）]{{0,12}}?(?:{_VALUING})[，,]?)?"
# what may stand between an item (and its count) and its value: an opening bracket, a valuation (经鉴定 / 经价格认定),
# a total word, 价值 and its joins (窃得手机一部（价值1500元）; 电瓶2块，经鉴定价值共计800元; 等物品，总价值人民币3万元)
_VALUE_AFTER_RE = re.compile(
    _ITEM_COUNT
    + r"(?P<etc>等(?:物品?|财物|东西))?(?:(?P<open>[（(])|[，,])?(?P<all>(?:上述|以上)[^，,。；;（()）]{0,6}?)?"
    + _VALUED_BY
    + rf"(?P<sum>共计|合计|总计|累计|总|共)?的?(?:{_VALUE_WORDS}|价)(?P<sum2>共计|合计|总计)?(?:为|约为)?(?:人民币)?$"
)
# a value before the item: 价值1100元的电动自行车, 价值人民币3000余元的金项链一条
_VALUE_BEFORE_RE = re.compile(rf"(?P<sum>共计|合计|总计|共)?(?:{_VALUE_WORDS})(?:为|约为)?(?:人民币)?$")
_LIST_GOES_ON_RE = re.compile(_ITEM_COUNT + r"(?:[、及和][^，,。；;、价]{1,15}){1,8}等(?:物品?|财物)")
_VALUE_JOIN_RE = re.compile(r"(?:左右)?的" + _ITEM_COUNT + "$")
_LATIN_RE = re.compile("[A-Za-z]")  # a brand in Latin letters, which needs no 的 after a value (价值1719元vivo牌手机)
_LISTED_BEFORE_RE = re.compile(r"(?:[、及和与]|以及)$")
# a valuation's words before the amount (价值人民币, 价格为, 价值共计)
_VALUATION = rf"(?:{_VALUE_WORDS})(?:为|共计|合计|总计|约为)?(?:人民币)?"
# the value a model's item span holds before its name (一部价值1903元的手机): 的 after the amount
_OF_RE = re.compile(rf"(?:左右)?的|(?={_LATIN_RE.pattern})")
# a remark in brackets inside a name (香烟（软）, 手机（白色）): no part of the word it is named again by
_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")
_COUNT_OF_SEVERAL = rf"[两二三四五六七八九十\d]+[{CLASSIFIERS}]"  # 两头, 二部: things counted together
_SEVERAL_RE = re.compile(_COUNT_OF_SEVERAL)
# 该车辆, 被盗的摩托车: a thing named again (not 此 of 在此, 于此: here)
_RETELLING = r"(?:该|(?<![在于从至到])此|上述|前述|所述|涉案|被盗|所盗|被骗|被抢)的?"
_RETELLING_BEFORE_RE = re.compile(_RETELLING + "$")
_RETELLING_RE = re.compile(_RETELLING)
# a valuation of every thing taken (上述物品价值共计…, 被盗财物总价值…)
_ALL_VALUED_RE = re.compile(
    r"(?:(?:上述|以上)(?:被盗|被抢|所盗|涉案)?|被盗|被抢|所盗|涉案)(?:物品|财物|赃物|款物)的?"
    + _VALUED_BY + r"(?:总|共计|合计|总计)?" + _VALUATION + "$"
)
# a count and an owner around an item's name (一部, 2块; 被盗的): not its name
_ITEM_HEAD_RE = re.compile(r"^" + _ITEM_COUNT + r"|" + _ITEM_COUNT.removesuffix("?") + r"$")
# between two things of one list: a count, 各一部, a separator (苹果牌、三星牌手机各一部、导航仪一部; 戒指等金首饰)
_LIST_JOIN_RE = re.compile(_ITEM_COUNT + rf"(?:各[\d一二两三四五六七八九十]+[{CLASSIFIERS}])?(?:[、及和与等]|以及)")
# a valuation of each thing of a list in turn (被盗A、B及C，价值分别为人民币420元、720元和2400元), and what stands between
# its amounts
_EACH_VALUED_RE = re.compile(_ITEM_COUNT + r"[，,]?" + _VALUED_BY + rf"的?(?:{_VALUE_WORDS})分别(?:为|是)?(?:人民币)?")
_NEXT_AMOUNT_RE = re.compile(r"[、，,和及与]\s*(?:人民币)?")


def _retelling(text: str, s: int) -> bool:
    """Whether the item at ``s`` is a thing named again: 该 and such just before it or opening it."""
    return _RETELLING_BEFORE_RE.search(text, max(0, s - 3), s) is not None or _RETELLING_RE.match(text, s) is not None


def item_values(text: str, items: Sequence[tuple[int, int]]) -> list[ItemValue | None]:
    """The value ``text`` gives for each item ``text[s:e]`` of ``items`` (in text order): a money mention in yuan
    right after it (and its count) after 价值 and such, right before it (价值1100元的电动自行车) or inside its span
    before its name (一部价值1903元的手机), or in a valuation of the sentence or the two after it that names it again
    or all the things of the last sentence that names things (窃得手机一部。经鉴定，该手机价值…; 上述物品价值共计…;
    以上被盗物品共计价值…); None where there is none.

    A value stated for several things together is each one's, marked ``shared``: after 等物品 or 上述物品, after a
    later thing of a list of things with a total word or outside a bracket of its own (A、B（价值共计…）; 窃得A、B，价值…;
    not A、B（价值…）, 草莓20颗，共计价值10元 nor A价值2944元、B价值2160元), before a list that goes on to 等物, or
    naming things counted together, listed, or by a word they share (被盗两头耕牛价值…; 被盗A、B、C的价值…; 上述被盗
    香烟共计价值… for 红河香烟5条、云烟香烟8条). A list valued each in turn (A、B及C，价值分别为420元、720元和2400元) gives
    each thing its own amount, where the things and the amounts are as many.

    >>> t = "窃得手机一部（价值1500元）、电瓶2块，经鉴定共计价值800元，又盗走价值1100元的电动自行车一辆及钱包。"
    >>> def values(t, words):
    ...     spans = [(t.index(w), t.index(w) + len(w)) for w in words]
    ...     return [(str(v.yuan), v.text, v.shared) if v else None for v in item_values(t, spans)]
    >>> values(t, ["手机", "电瓶", "电动自行车", "钱包"])
    [('1500', '1500元', False), ('800', '800元', True), ('1100', '1100元', False), None]

    The things of a list before one with a shared value share it; a valuation after names a thing again:

    >>> values("抢得项链一条、戒指两枚、手机一部（价值共计2360元）。", ["项链", "戒指", "手机"])
    [('2360', '2360元', True), ('2360', '2360元', True), ('2360', '2360元', True)]
    >>> values("窃得苹果牌手机一部。经认定，该手机价值人民币6800元。", ["苹果牌手机一部"])
    [('6800', '6800元', False)]
    """
    money = [(span, m) for span, m in find_money(text) if m.currency == "CNY"]
    starts = [span.start for span, _ in money]
    out: list[ItemValue | None] = []
    for s, e in items:  # its own value, right after or right before it (价值1500元的盆景1盆，合计价值2200元: 1500)
        k = bisect_right(starts, e - 1)
        after = _value_after(text, s, e, money[k] if k < len(money) else None)
        before = _value_before(text, s, e, money[: bisect_right(starts, s - 1)][-1:])
        within = _value_within(text, s, e, money[bisect_left(starts, s) : bisect_left(starts, e)])
        out.append(within or (before if before is not None and (after is None or after.total) else after))
    # a valuation after that names it again, of a value no other thing has (a thing named again, 该车辆, has none of its
    # own): the last thing so named before it takes it (窃得手机。又窃得手机。经鉴定，该手机价值…: the second phone); a
    # total or a valuation of all the things is every one's
    taken = {v.start for (s, _), v in zip(items, out) if v is not None and not _retelling(text, s)}
    own = [v is not None for v in out]  # a value stated at the thing, which a list before it may share
    for k in range(len(items) - 1, -1, -1):
        if out[k] is None:
            s, e = items[k]
            out[k] = _value_retold(text, s, e, items, money[bisect_right(starts, e - 1) :], taken)
            if out[k] is not None and not out[k].shared:  # a total or a value of all the things is every one's
                taken.add(out[k].start)
    # the things of a list before the one its shared value follows share it (A、B、C（共计价值…）: A and B too; not
    # a valuation after that names the things it values: 窃得A、B、C。被盗A、C的价值…)
    for k in range(len(out) - 1, 0, -1):
        v = out[k]
        joined = _LIST_JOIN_RE.fullmatch(text, items[k - 1][1], items[k][0]) is not None
        if v is not None and v.shared and own[k] and out[k - 1] is None and joined:
            out[k - 1], own[k - 1] = v, True
    _each_valued(text, items, money, starts, out)
    return out


def _each_valued(text: str, items: Sequence[tuple[int, int]], money: list[tuple[Span, Money]], starts: list[int],
                 out: list[ItemValue | None]) -> None:
    """A list's things valued each in turn (A、B及C，价值分别为420元、720元和2400元): each its amount, where the list and
    the amounts are as many (in place; ``starts``: where each of ``money`` starts)."""
    for k, (_, e) in enumerate(items):
        m = _EACH_VALUED_RE.match(text, e)
        if m is None:
            continue
        amounts: list[tuple[Span, Money]] = []
        j, pos = bisect_left(starts, m.end()), m.end()
        while j < len(money) and starts[j] == pos:
            amounts.append(money[j])
            joined = _NEXT_AMOUNT_RE.match(text, money[j][0].end)
            if joined is None:
                break
            j, pos = j + 1, joined.end()
        first = k
        while first > 0 and _LIST_JOIN_RE.fullmatch(text, items[first - 1][1], items[first][0]):
            first -= 1
        if len(amounts) == k - first + 1 >= 2:
            for i, (span, amount) in zip(range(first, k + 1), amounts):
                out[i] = ItemValue(amount.amount, span.start, span.end, span.text, False)


def _value_after(text: str, s: int, e: int, after: tuple[Span, Money] | None) -> ItemValue | None:
    """手机一部（价值1500元）; 电瓶2块，经鉴定价值800元; A、B等物品，共计价值…"""
    if after is None:
        return None
    span, m = after
    between = _VALUE_AFTER_RE.match(text, e, span.start)
    if between is None:
        return None
    # the list's value: that of a later thing of a list, not in a bracket of its own or with a total word (A、B，价值…;
    # A、B（价值共计…）); after a value (现金300元、手机1部…), with a total word and no bracket (零钱10元、香烟半包，共计价值
    # 20元; not 现金300元、手机1部，价值3600元 nor A价值2944元、B价值2160元); and the name of a list's things (手镯、戒指等
    # 金首饰; 香烟等财物)
    listed = _LISTED_BEFORE_RE.search(text, max(0, s - 2), s) is not None
    total = bool(between["sum"] or between["sum2"])
    bracket = bool(between["open"])
    after_value = text[s - 2 : s - 1] == "元"
    named = text[s - 1 : s] == "等" or "等" in text[s:e] or bool(between["etc"] or between["all"])
    shared = named or (listed and ((total and not bracket) if after_value else (total or not bracket)))
    return ItemValue(m.amount, span.start, span.end, span.text, shared, total)


def _value_before(text: str, s: int, e: int, before: list[tuple[Span, Money]]) -> ItemValue | None:
    """价值1100元的电动自行车一辆; 价值1719元vivo牌手机 (no 的 before a brand in Latin letters)"""
    if not before:
        return None
    span, m = before[0]
    valued = _VALUE_BEFORE_RE.search(text, max(0, span.start - 10), span.start)
    if valued and (_VALUE_JOIN_RE.fullmatch(text, span.end, s) or (span.end == s and _LATIN_RE.match(text, s))):
        # 共计价值…的电脑, 价值16370元的电脑、硬盘、香烟等物: the list's (not 价值560元的平板电脑、价值1260元的…)
        shared = bool(valued["sum"]) or _LIST_GOES_ON_RE.match(text, e) is not None
        return ItemValue(m.amount, span.start, span.end, span.text, shared)
    return None


def _value_within(text: str, s: int, e: int, within: list[tuple[Span, Money]]) -> ItemValue | None:
    """一部价值人民币1903元的手机, 乙价值3145元的手机1部: the value the item's own span states before its name."""
    for span, m in within:
        of = _OF_RE.match(text, span.end, e)
        if of is not None and (v := _value_before(text, of.end(), e, [(span, m)])) is not None:
            return v
    return None


# a paragraph that opens with a valuation (经永安市价格认证中心认定，被盗…价值…)
_VALUATION_OPENS_RE = re.compile(rf"\s*经[^，,。；;\n]{{0,20}}?(?:{_VALUING})")
# a brand in a thing's name (本田牌, 钱X牌, YAMAHA牌): the characters before 牌
_BRAND_RE = re.compile(r"([^\s牌的、，,（(]{1,8})牌")


def _last_word(chars: str) -> str:
    """The last word of ``chars`` (摩托车 of 三轮摩托车, 本田 of 黑色本田), or its last two characters where that word is
    one character (钱X)."""
    words = list(base_tokenizer().cut(chars, HMM=False))
    return words[-1] if len(words[-1]) > 1 else chars[-2:]


def _value_retold(
    text: str, s: int, e: int, items: Sequence[tuple[int, int]], after: list[tuple[Span, Money]], taken: set[int]
) -> ItemValue | None:
    """The value of the money mentions ``after`` that a valuation in the item's sentence or the two after gives (not
    past a line, unless the next paragraph opens with a valuation: 经…认定，被盗…), naming it again (该手机价值…,
    被盗电动车案发时价值…; by its last word after a word that names it again: 被盗手机 for 苹果牌手机一部; by its brand
    and last word; not a value that starts at one of ``taken``) or all the things of its sentence (上述物品价值共计…)."""
    end = text.find("。", e) % (len(text) + 1)  # the end of its sentence (or of the text)
    stop = text.find("。", end + 1) % (len(text) + 1)
    line = text.find("\n", e) % (len(text) + 1)
    if _VALUATION_OPENS_RE.match(text, line + 1):  # a paragraph of its own that values the things (经…认定，被盗…)
        line = text.find("\n", line + 1) % (len(text) + 1)
    stop = min(text.find("。", stop + 1) % (len(text) + 1), line)
    head = _BRACKETED_RE.sub("", _ITEM_HEAD_RE.sub("", text[s:e]).rsplit("的", 1)[-1])
    if not head:
        return None
    # its name as written, or its last word (jieba's; 摩托车 of 三轮摩托车) or 车辆 for a vehicle after a word that names
    # the thing again (被盗手机, 该车辆, 经鉴定，摩托车; not 雅马哈牌摩托车 for 本田牌摩托车); then up to 6 characters
    # (该被盗手机案发时价值)
    full = ([head] if len(head) > 2 else []) + (["该车"] if head.endswith("车") else [])
    short = [_last_word(head)] + (["车辆"] if head.endswith("车") else [])
    # or its brand and last word, whatever stands between (本田牌摩托车 for 黑色本田牌男式摩托车; 金立牌M6手机)
    branded = _BRAND_RE.search(head)
    by_brand = "(?!)"
    if branded:
        by_brand = rf"{re.escape(_last_word(branded[1]))}牌[^，,。；;：:、]{{0,12}}?(?:{alternation(short)})"
    again = re.compile(
        rf"(?:{alternation(full) if full else '(?!)'}|(?:^|[，,：:；;。（(]|{_RETELLING})(?:{_COUNT_OF_SEVERAL})?"
        rf"(?:{alternation(short)})|{by_brand})(?P<list>(?:、[^，,。；;：:、]{{1,12}}){{1,8}})?"
        rf"[^，,。；;：:、]{{0,6}}?{_VALUED_BY}的?(?:共计|合计|总计)?{_VALUATION}$"
    )
    begin = text.rfind("。", 0, s) + 1
    together = sum(1 for a, b in items if begin <= a and b <= end)
    for span, m in after:
        if span.start >= stop:
            break
        lo = max(e, span.start - 60)  # room for a list of things valued together
        if span.start not in taken and (named := again.search(text, lo, span.start)):
            # a total, or things counted (被盗二部手机共计价值, 被盗两头耕牛价值): theirs together, no one's alone
            # or a list of things valued together (被盗电子鼓、足疗仪的价值; 被盗电子鼓、纪念币价值: 纪念币 too): each
            # one's, shared
            total = _TOTAL_WORD_RE.search(named.group()) is not None or _SEVERAL_RE.search(named.group()) is not None
            listed = bool(named["list"]) or text[named.start() - 1 : named.start()] == "、"
            return ItemValue(m.amount, span.start, span.end, span.text, total or listed, total)
        # all the things of the last sentence that names things before it (抢得A。又搜得B、C（上述物品共计价值…）: B and C)
        if _ALL_VALUED_RE.search(text, lo, span.start) and not any(end < a < span.start for a, _ in items):
            return ItemValue(m.amount, span.start, span.end, span.text, together > 1)
    return None
