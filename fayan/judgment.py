"""The extracted judgment: frozen records in the shape of the output contract.

Field names follow ``shared/data/gold/SCHEMA.md`` (the contract); keys beyond
the contract are allowed there and carry the rest of what fayan extracts.
Values are plain (str, int, ISO date strings) so that a record round-trips
through JSON: ``Judgment.from_record(j.to_record()) == j``.

Provenance is kept apart from values: ``Judgment.spans`` lists, for a field
path such as ``defendants[0].verdict.term_months``, the offsets of the text it
came from in the document as the user gave it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ANOTHER_DOCUMENT",
    "Provenance",
    "CaseNumber",
    "Officer",
    "PriorRecord",
    "CustodyEvent",
    "Defender",
    "Count",
    "Sentence",
    "Circumstance",
    "Disposition",
    "ArticleRef",
    "AmountMention",
    "EntityMention",
    "DrugMention",
    "BloodAlcohol",
    "StolenItem",
    "Defendant",
    "SectionRef",
    "Judgment",
    "to_jsonable",
    "from_jsonable",
]

Number = int | float


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a value came from: a field path and a span of the original text."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CaseNumber:
    """A parsed 案号.  ``text`` is exactly as printed."""

    text: str
    year: int | None = None
    court_code: str | None = None  # 湘0111 / 西 / 临罗
    type_code: str | None = None  # 刑初 / 刑终 / 刑再 … (字第 dropped)
    seq: str | None = None
    old_style: bool = False  # …刑初字第82号


@dataclass(frozen=True, slots=True)
class Officer:
    """A member of the court named in the signatures."""

    role: str  # 审判长 | 审判员 | 代理审判员 | 人民陪审员 | 书记员 | 法官助理 …
    name: str


@dataclass(frozen=True, slots=True)
class PriorRecord:
    """An earlier conviction or administrative punishment stated in the header or facts."""

    kind: str  # criminal | administrative
    date: str | None = None
    authority: str | None = None
    charge: str | None = None
    punishment: str | None = None  # as written: 有期徒刑一年 / 行政拘留十日
    principal: str | None = None
    term_months: int | None = None
    probation_months: int | None = None  # 缓刑 as written (缓刑一年 → 12)
    political_rights: int | str | None = None  # 剥夺政治权利 in months, or 终身
    # of a prior that joined sentences (…判处有期徒刑二年，与前罪…并罚，决定执行有期徒刑九年): its own 有期徒刑's months;
    # term_months is the sentence executed
    count_term_months: int | None = None
    release_date: str | None = None  # 刑满释放; for a 假释, the end of its 考验期 (刑法65②)
    text: str = ""
    # the day the facts tell its crime was done, where a fact sentence about the record gives its release day too
    # (经复核确认：2012年3月9日，被告人…致王某甲轻伤，被判处有期徒刑八个月，2013年1月15日刑满释放); ISO
    act_day: str | None = None


@dataclass(frozen=True, slots=True)
class CustodyEvent:
    """A coercive measure for this case: 刑事拘留, 逮捕, 取保候审, 监视居住, 释放 …"""

    kind: str
    date: str | None
    authority: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Defender:
    name: str
    firm: str | None = None
    appointed: bool = False  # 指定辩护 / 法律援助
    role: str = "辩护人"
    name_variants: tuple[str, ...] = ()  # other spellings after 辩护人 elsewhere (辩护人林志青 for 林志清)


@dataclass(frozen=True, slots=True)
class Count:
    """One charge's sentence, when several are sentenced separately (数罪并罚)."""

    charge: str
    principal: str | None = None
    term_months: int | None = None
    term_days: int | None = None
    fine_yuan: Number | None = None
    political_rights: int | str | None = None
    confiscation: bool = False
    confiscation_yuan: Number | None = None
    # 缓刑 as written on the count: a single count's is the sentence's; of several, 缓刑 belongs to the sentence
    # executed (决定执行), so one on a count (以甲罪判处有期徒刑一年，缓刑一年；…) is E6's lead
    probation_months: int | None = None
    deportation: bool = False  # 驱逐出境 (刑法第三十五条)


@dataclass(frozen=True, slots=True)
class Sentence:
    """The punishment imposed (for 数罪并罚 the 决定执行 one)."""

    principal: str | None = None
    term_months: int | None = None
    term_days: int | None = None
    probation_months: int | None = None
    fine_yuan: Number | None = None
    political_rights: int | str | None = None
    confiscation: bool = False
    term_start: str | None = None
    term_end: str | None = None
    probation_days: int | None = None
    confiscation_yuan: Number | None = None
    combined: bool = False  # 决定执行 / 合并执行 clause present
    with_earlier_judgment: bool = False  # combined with an earlier judgment's sentence (刑法70, 71, 77)
    custody_credit_days: int | None = None  # 折抵 … 日 when printed
    earlier_principal: str | None = None  # the earlier judgment's punishment the 与前罪…并罚 clause names
    earlier_term_months: int | None = None  # and its term
    earlier_fine_yuan: Number | None = None  # and its 罚金 (与前罪所判有期徒刑一年，并处罚金人民币二万元并罚)
    # 驱逐出境 (刑法第三十五条: a foreigner's, added to another punishment, or alone, principal 其他)
    deportation: bool = False


@dataclass(frozen=True, slots=True)
class Circumstance:
    """A sentencing circumstance (情节) found in the reasoning, with its evidence."""

    kind: str  # 自首 | 坦白 | 累犯 | 从犯 …
    defendant: str | None
    start: int
    end: int
    text: str
    negated: bool = False  # 不构成自首, 不予认定 …
    charge: str | None = None  # of a defendant with several counts, the one count its sentence names (所犯盗窃罪)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The prosecutor's recommended punishment (量刑建议): ``principals`` allowed, the range for the first, and what
    it says of 缓刑 and the fine in the clauses that follow (…，缓刑六个月，并处罚金人民币四千元)."""

    defendants: tuple[str, ...]  # the defendants it names (empty: none named)
    # 有期徒刑 | 拘役 | 管制; 一年以下有期徒刑或拘役 allows both; 单处罚金: a fine alone (建议对被告单位判处罚金…), of no term
    # (lo_months and hi_months 0)
    principals: tuple[str, ...]
    lo_months: float
    hi_months: float | None  # None: no upper bound (…以上)
    start: int
    end: int
    text: str
    # 缓刑: "yes" (缓刑六个月, 建议适用缓刑), "may" (可以适用缓刑), "no" (不宜适用缓刑), None (not said)
    probation: str | None = None
    probation_lo_months: float | None = None
    probation_hi_months: float | None = None
    # the fine's range in yuan (equal ends for one amount; None: no amount, as in 并处罚金)
    fine_lo_yuan: float | None = None
    fine_hi_yuan: float | None = None
    # the count it is for, as written (对其所犯A罪，判处…；犯B罪，判处…); None: the whole sentence
    charge: str | None = None


@dataclass(frozen=True, slots=True)
class OriginalSentence:
    """An appeal judgment's account of the first-instance sentence (原审法院…认定被告人X犯Y罪，判处…)."""

    defendant: str
    principal: str | None
    term_months: int | None
    term_days: int | None
    probation_months: int | None
    start: int
    end: int
    text: str
    fine_yuan: Number | None = None
    with_earlier_judgment: bool = False  # 与前罪…并罚: the term retold includes an earlier judgment's
    # of several charges (数罪并罚), each charge's sentence retold (犯盗窃罪，判处有期徒刑二年；犯…，决定执行…); also the one
    # count of a term joined to an earlier judgment's (犯故意伤害罪，判处有期徒刑五年六个月，与前罪…并罚，决定执行…)
    counts: tuple[Count, ...] = ()
    political_rights: int | str | None = None  # 剥夺政治权利 retold: months, or "终身"
    charges: tuple[str, ...] = ()  # the charges it convicted of, as retold (认定被告人X犯故意杀人罪)
    # the earlier judgment's 罚金 the 与前罪…并罚 clause names (与前犯盗窃罪所判处的有期徒刑十年，并处罚金人民币三万元并罚)
    earlier_fine_yuan: Number | None = None
    confiscation_yuan: Number | None = None  # the sum of property confiscated it retells (没收个人财产人民币一百五十万元)


@dataclass(frozen=True, slots=True)
class EarlierDecision:
    """A decision of this case the procedure history tells (于2013年7月31日以（2013）保刑初字第83号刑事附带民事判决)."""

    date: str | None  # ISO; None where the history tells it without its day (法院以（2007）…号刑事判决，认定…)
    case_number: str
    form: str  # 判决 | 裁定 | 驳回申诉通知 (a notice refusing a petition against a decision)
    start: int
    end: int
    text: str
    # the sentences the history says it imposed (…，认定被告人X犯Y罪，判处死刑，缓期二年执行); none for 驳回上诉，维持原判
    sentences: tuple[OriginalSentence, ...] = ()
    # who the history says sought its review before the next decision: prosecution (抗诉, or new facts prosecuted
    # against nobody named: 补充起诉, 变更起诉; after a remand told last, in the retrial's prosecution too: 重审中，
    # 公诉机关补充起诉…) | defendant (上诉 only) | none (在法定期限内没有上诉、抗诉); None where it tells nothing of it
    appeal: str | None = None
    # 驳回上诉（抗诉），维持原判 told right after it: the whole appeal dismissed
    upheld: bool = False
    # 撤销原判，发回重审 told right after it (以事实不清为由，…): the case sent back for a new trial
    remanded: bool = False
    # 同意原判 told right after it, and nothing changed (a high court's 复核 of a death sentence: 同意原审判决，并依法报请
    # 本院核准); not 同意原审判决中对被告人X…的部分，撤销…, which changes a part
    agreed: bool = False
    # the case number of another decision it upholds, told right after it (，维持某区人民法院（2009）某刑初字第107号刑事
    # 判决第一项…): a review's act, which a first judgment does not do
    upholds: str | None = None
    # the days of the period the history says passed with no appeal or protest (在十日的法定期限内), where it says
    appeal_days: int | None = None
    # a defendant's appeal (上诉) told after it, alone (appeal "defendant") or beside a protest (宣判后，X提出上诉，
    # 检察院提出抗诉: appeal "prosecution")
    appealed: bool = False
    # the court the history says made it, named in its sentence before it (湖南省高级人民法院经依法开庭审理，于…以…)
    court: str | None = None
    # the defendants against whom the history says new facts were prosecuted before the next decision (补充指控被告人X的
    # 行贿犯罪事实: a later sentence of theirs may be heavier, 刑事诉讼法237②)
    new_facts_against: tuple[str, ...] = ()
    # the day the history says its appeal or protest was made (…检察院于2013年5月27日按照审判监督程序…提出抗诉), ISO
    sought_on: str | None = None
    # the first full day the history tells after it, before the next decision (本院受理后，…于2018年8月21日公开开庭审理),
    # that is earlier than it, other than ``sought_on``; ISO
    told_before: str | None = None
    # the first full day the history tells before it, after the decision told before it, that is later than it
    # (2010年11月4日…提起公诉。同年10月19日…作出…判决), other than that decision's ``sought_on``; ISO
    later_told_before: str | None = None


@dataclass(frozen=True, slots=True)
class RetrialOrder:
    """A decision to retry the case the procedure history tells with its day (于2010年8月23日…决定再审; 本院于2013年3月
    14日作出（2012）刑监字第182号指令再审决定; 2014年1月14日…以（2013）鄂刑申字第00008号再审决定，对本案进行提审)."""

    date: str  # ISO
    case_number: str | None  # its own number, where the history gives one
    start: int
    end: int
    text: str  # from the day to the words that tell the order
    # the day of the first ruling the history tells after it, numbered or not (于2009年12月18日裁定撤销…; 并于2010年9月8日
    # 作出…刑事裁定); ISO
    ruled_on: str | None = None


@dataclass(frozen=True, slots=True)
class ChargeFinding:
    """What the reasoning's clause concluding one charge finds of it (…秘密窃取他人财物，数额较大，其行为又构成盗窃罪:
    盗窃罪, amount_level, 较大): in a document of several counts, the finding that is this count's. An ``act`` is read
    in any sentence of the reasoning that is the court's finding, since its words name its charge (具有入户抢劫的情节),
    and its span runs from the sentence's start to the act, so that it names who did it."""

    charge: str  # the standard charge name
    kind: str  # harm | amount_level | quantity_level | severity | act
    # 轻微伤 | 轻伤 | 重伤 | 死亡; 较大 | 巨大 | 特别巨大; 较大 | 大; 严重 | 特别严重; an act of lexicons/bracket_acts.tsv
    # that opens a heavier bracket, or the 情节较轻 of a lighter one, in the statute's words (入户抢劫, 交通运输肇事后逃逸)
    value: str
    start: int  # the clause, up to the charge it concludes (an act's: its sentence, up to the act)
    end: int
    text: str
    # the one defendant a level is said of (…数额特别巨大（乙某参与数额巨大）: 乙某, 巨大); None: the clause's level, of
    # every defendant it concludes but those it names so
    defendant: str | None = None


@dataclass(frozen=True, slots=True)
class Disposition:
    """A property order in the result: 追缴, 责令退赔, 没收, 发还 …"""

    kind: str
    defendant: str | None
    amount_yuan: Number | None
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """One article cited in a 依照…之规定 clause."""

    law: str  # 中华人民共和国刑法 / 最高人民法院关于… (as cited)
    article: str  # "264", "133-1"
    paragraph: int | None
    item: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A money amount in the facts with its role."""

    role: str  # stolen | defrauded | value | loss | compensation | restitution | fine | gains | bribe | other
    amount_yuan: Number
    qualifier: str
    section: str  # facts | reasoning; a criminal decision's: procedure (its history) | reasoning
    start: int
    end: int
    text: str
    defendant: str | None = None
    is_total: bool = False  # 共计/合计 …
    is_restatement: bool = False  # repeats an amount already counted
    currency: str = "CNY"
    # the defendants' names the clause it is told in names as who acted, where the caller knew them (本院认为，被告人
    # 甲、乙…价值共计18400元；被告人丙参与入户盗窃二次，价值共计11200元: 甲、乙, then 丙: of some defendants, a
    # share of the whole); () where its sentence names none so before it, or speaks of them all (三被告人共同…)
    named: tuple[str, ...] = ()
    # the text says it is not counted: 其中…现金12000元…证据不足，不予认定; 已归还的5000元应予扣除 (a court's deduction
    # from the amount charged or found)
    is_counted_out: bool = False
    # told per person, per time or per item (约定每人收取费用1.8万元, 定金每人6000元, 300元/克): a rate, no part of a sum
    # (nor a total of the amounts before it)
    is_per_unit: bool = False
    # the number of the count of the facts it is told of: the one its phrase names (案发后，追回第八起被盗笔记本
    # 电脑一台（价值人民币5200元）: 8), else the numbered count (1、 二、 （三） 第4起 opening a sentence) it is
    # told in (（九）…此起盗窃财物价值共计人民币3760元: 9); None before any count, in an evidence list (which
    # numbers its items, not counts), in a summing-up of them all (综上，…) and outside the facts. X3 reads no
    # count's amount as another's told again
    count: int | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity in the facts: from the NER model (``source="ner"``), or found by a rule (``"rule"``, no score: a
    tool found by the cue words of the model's ``labels.json``, see fayan.nlp.ner.tool_cues)."""

    label: str  # defendant | victim | person | org | place | time | money | value | gain | item | tool | drug | drug_weight
    text: str
    start: int
    end: int
    score: float | None = None  # NER: the model's probability that the span is exactly this one
    source: str = "ner"


@dataclass(frozen=True, slots=True)
class DrugMention:
    """A drug weight with the drug it belongs to (canonical name), in the facts or restated in the reasoning."""

    drug: str
    grams: Number | None
    start: int
    end: int
    text: str
    total: bool = False
    # facts | evidence (a weight an evidence list of the facts names: 查获的4225克毒品海洛因等物证; it counts for
    # nothing) | reasoning
    section: str = "facts"
    times: int = 1  # the deals it is told of, each of this weight (先后两次…每次…约0.9克: 2)
    # a weight of what is already told: in an evidence list, after 上述/该/前述/以上/其中 in its clause, or a weight
    # seized equal to one of its drug in an earlier sentence of the same enumerated item (取得…2008克。…查获…2008克)
    restated: bool = False
    # what a conversion gives (按含量8.6%折算为甲基苯丙胺447.2克, 折合海洛因…克), not a weight weighed: X3 does not
    # compare it with the facts' weights, and counts it among them
    converted: bool = False
    # of several defendants, those the facts name in its paragraph within its enumerated item, or from the
    # item's heading on (二、被告人乙…查获白色粉末一包。经称量，净重8.6克: 乙), all where they speak of them
    # together (二被告人); () where none is named so, of one defendant, and in the reasoning
    named: tuple[str, ...] = ()
    # told alone in brackets after whom or what it is of, no weight right before them (分别贩卖给被告人甲（两次共计
    # 8.6克）、乙（一次3.2克）): that one's own; a total so told is a tally whose parts are not told with it, and X3
    # sums no weights around it up to it nor compares it with another total
    aside: bool = False
    # which enumerated item of the facts (1、… 2、… （三）…) it is told in, counted from 0 (1、…共计15850克。2、…共计
    # 18550克: 0, then 1); -1 before any, in an evidence list, in a summing-up of them all (综上，…) and in the
    # reasoning. X3 reads no item's total as another's told again
    item: int = -1


@dataclass(frozen=True, slots=True)
class BloodAlcohol:
    """A blood alcohol measurement in the facts (血液中乙醇含量为154.08mg/100ml), in mg/100ml; the values the reasoning
    restates are told apart by ``section``."""

    mg_per_100ml: Number
    start: int
    end: int
    text: str
    # a breath test's reading (经呼气酒精测试仪检验，测得…), not a blood sample's: the last test named before it in its
    # sentence is 呼气 or 吹气, not 血样, 抽血 or 鉴定
    breath: bool = False
    section: str = "facts"  # facts | reasoning


@dataclass(frozen=True, slots=True)
class Suspended:
    """A term with its 缓刑 the document writes anywhere: the document's own, a prior's, an earlier decision's, or
    one a ruling approves or quotes (对甲判处有期徒刑三年，缓刑三年的缓刑部分)."""

    principal: str  # 有期徒刑 | 拘役
    term_months: int | None
    probation_months: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Tally:
    """A number of persons or events told with what befell them (致2名幼女轻伤, 致1人死亡, 既遂7起), in the facts or the
    reasoning; ``summing``: its sentence sums the facts up (综上, 共计, 其中 …)."""

    what: str  # 死亡 | 重伤 | 轻伤 | 轻微伤 | 中毒 | 既遂 | 未遂 | 中止
    number: int
    section: str  # facts | reasoning
    start: int
    end: int
    text: str
    summing: bool = False
    # the defendant its sentence opens with (被告人王某平单独或伙同…，致4人死亡), where one does
    defendant: str | None = None
    # the defendants' names its clause tells of as who acted (本院认为，被告人甲多次随意殴打他人，被告人乙…随意殴打
    # 他人致二人轻微伤: 乙, of two defendants a share of the whole); () where it names none so, or all together
    named: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Counted:
    """A number of things told with their measure word (捅刺20余刀, 自制手枪四支, 麻古28000颗), in the facts or the
    reasoning; ``about``: told with 余 (20余刀 is more than 20)."""

    unit: str  # 刀 | 枚 | 支 | 颗 | 粒 | 发 | 包
    number: int
    about: bool
    section: str  # facts | reasoning
    start: int
    end: int
    text: str
    thing: str = ""  # the kind told beside it (自制手枪四支: 手枪; :func:`fayan.nlp.facts.counted_thing`), or ''


@dataclass(frozen=True, slots=True)
class Harmed:
    """A person the facts name with the harm that befell them (致被害人王某甲重伤, 被害人张某经抢救无效死亡), at their
    worst harm; the span is the name where that harm is told. A person the facts tell dead only by the age at death in
    a note after the name (胡某某（被害人，殁年35岁）) is 死亡 ``by_age``. The persons the reasoning names with a harm
    (致王某某死亡、李某某重伤) are told apart by ``section``."""

    name: str
    harm: str  # 死亡 | 重伤 | 轻伤 | 轻微伤
    start: int
    end: int
    text: str
    by_age: bool = False  # told dead only by 殁年, not with what befell them
    section: str = "facts"  # facts | reasoning


@dataclass(frozen=True, slots=True)
class StolenItem:
    """A stolen or seized item in the facts (NER; one per value of ``stolen_items``, at its first mention), with the
    value the facts give for it where they give one (窃得手机一部（价值1500元）; 价值1100元的电动自行车)."""

    item: str  # as in ``stolen_items``
    start: int
    end: int
    text: str  # the mention as written
    value_yuan: Number | None = None
    value_start: int | None = None
    value_end: int | None = None
    value_text: str | None = None
    value_shared: bool = False  # the value is stated for it and other things together (A、B等物品共计价值…)
    owner: str | None = None  # the person its mention opens with (张某的手机: 张某), a victim or another person the facts name


@dataclass(frozen=True, slots=True)
class NameVariant:
    """A person's name and another spelling of it elsewhere in the document (覃立新, and 覃立欣 in the evidence)."""

    name: str
    spelling: str


@dataclass(frozen=True, slots=True)
class SectionRef:
    """A section of the document (``kind`` as :class:`fayan.types.Section`'s), or one part of the facts told under a
    heading of its own (``facts_part``, with the heading as ``title``: 关于盗窃事实, and the worst harm the part tells
    as ``harm``: 轻伤, the harm of the count its heading names)."""

    kind: str
    start: int
    end: int
    title: str | None = None
    harm: str | None = None


@dataclass(frozen=True, slots=True)
class Accomplice:
    """An accused person the document names who is none of its own defendants (those its result sentences, exempts or
    acquits): a co-defendant named as such (同案被告人X, 同案犯X), tried elsewhere (另案处理, 已判刑) or in an earlier
    decision; a defendant of the header whom the result names for nothing (a 不核准 ruling that sends the case
    back); or a person a criminal decision's history names (原审被告人X, 申诉人Y)."""

    name: str
    start: int  # the first mention after 同案被告人, or the header paragraph's name
    end: int
    name_variants: tuple[str, ...] = ()  # other spellings of the name elsewhere in the document
    # 同案被告人 | 另案处理 (伙同X（在逃）, X（已判刑）) | 被告人 (of the header, not of the result); in a criminal decision
    # (再审决定书, 指定管辖决定书), which sentences no one, the persons its history names: 原审被告人 | 被告人 | 申诉人 |
    # 原审自诉人 …
    role: str = "同案被告人"
    custody: tuple[CustodyEvent, ...] = ()  # a 被告人 of the header: the coercive measures its paragraph tells


@dataclass(frozen=True, slots=True)
class Defendant:
    """One person or unit the result section convicts, sentences, exempts or acquits."""

    name: str
    gender: str | None = None
    birth_date: str | None = None
    ethnicity: str | None = None
    education: str | None = None
    prior_criminal: bool = False
    recidivist: bool = False
    detained_on: str | None = None
    arrested_on: str | None = None
    charges: tuple[str, ...] = ()
    per_charge: tuple[Count, ...] = ()
    verdict: Sentence = field(default_factory=Sentence)
    # beyond the contract
    is_unit: bool = False
    aliases: tuple[str, ...] = ()
    charges_standard: tuple[str, ...] = ()
    occupation: str | None = None
    residence: str | None = None
    birthplace: str | None = None
    age_at_offence: int | None = None
    age_at_judgment: int | None = None
    # the offence date for this person's age and 累犯 period: with several defendants the first fact date in a
    # sentence naming them (or all the defendants together: 二被告人 of two) that tells more than the capture or
    # what made good (not the day they surrendered: …主动到公安机关投案), else (or when none does) the first full
    # date from their earliest date, month or year on
    offence_start: str | None = None
    # the earliest day the facts allow for that offence: the first day of the earliest date, month or year they
    # mention (in sentences naming the person when there are several, not those that tell only the capture or
    # what made good: else the case's); for checks that need "not before"
    offence_from: str | None = None
    # the latest whole day of a fact sentence that tells a crime (naming the person, where there are several)
    # and nothing after the act: no capture, search, restitution, appraisal, nor a death told after the blow;
    # or that tells the crime from the day on before what came after (…贩卖甲基苯丙胺1.2克，交易完成后被当场抓获); or that sets
    # the scene of a crime told next, naming the person, in sentences of no day of their own
    last_act_day: str | None = None
    last_act_at: str | None = None  # the time of day told right after that day (14时许: 14:00), HH:MM
    # the day of the first fact sentence that tells only this person's capture (…于2012年8月8日被抓获), where it gives
    # one whole day and no escape (脱逃后又被抓获), and does not say it captured others (在甲家将乙抓获)
    captured_on: str | None = None
    captured_at: str | None = None  # the time of day told right after that day (当日13时30分许: 13:30), HH:MM
    # every date the facts tell of the person's conduct (their sentences, where several are tried; not a
    # capture's, a record's, nor that of what made good after the act: 赔偿, 退赃, 谅解), as (first, last) ISO days:
    # a month or a year as its range (2008年春: February to May)
    conduct_dates: tuple[tuple[str, str], ...] = ()
    priors: tuple[PriorRecord, ...] = ()
    admin_punishments: tuple[PriorRecord, ...] = ()
    custody: tuple[CustodyEvent, ...] = ()
    defenders: tuple[Defender, ...] = ()
    circumstances: tuple[str, ...] = ()
    in_header: bool = True
    name_variants: tuple[str, ...] = ()  # other spellings of the name elsewhere in the document
    counts: tuple[Count, ...] = ()  # every count this judgment sentences (also a single one; per_charge follows the contract)
    # the charges (standard names) 本院认为 concludes of this defendant, where it tells whose (本院认为，被告人甲…其行为已构成
    # 窝藏罪；被告人乙…其行为已构成妨害作证罪: 乙, 妨害作证罪), with those it concludes of no one apart (二被告人…均已构成…);
    # () where it tells no one's apart, or of one defendant
    charges_concluded: tuple[str, ...] = ()
    # adopted | rejected: what the reasoning says of this defendant's own 量刑建议 where its words name him
    # (公诉机关对被告人甲、乙提出的量刑建议适当，本院予以采纳；…对被告人丙的量刑建议明显不当，本院不予采纳); else
    # its words naming no one (公诉机关的量刑建议适当), or the document's recommendation_stance; None of one
    # recommended nothing, where the words do not name him: the recommendations read each name others, and no
    # part of their sentences names him with a punishment (建议对被告人乙判处…；对被告人丙免予刑事处罚: 丙's is one)
    recommendation_stance: str | None = None
    # of several defendants, this one's own drug (canonical name) and quantity: those of the facts' weights
    # told of this defendant alone (``DrugMention.named``: 一、被告人甲…运输…326.5克 二、被告人乙…查获白色
    # 粉末一包。经称量，净重8.6克；…检出海洛因成分: 乙's 海洛因 8.6克), where every weight is told of a
    # defendant named and none of this one's of another too, else the totals a summing-up tells of them alone
    # (综上，被告人甲贩卖甲基苯丙胺共计8.66克；被告人乙参与其中两起，贩卖甲基苯丙胺共计2.7克); None where it cannot be
    # told (and of one defendant: the document's drug is theirs)
    drug: str | None = None
    drug_grams: Number | None = None


# how ``Judgment.notes`` opens where the text goes on with another document after the result (two judgments pasted into
# one file), of which only the first is read
ANOTHER_DOCUMENT = "the text holds another document"


@dataclass(frozen=True, slots=True)
class Judgment:
    """Everything fayan extracted from one document."""

    id: str
    doc_type: str = "其他"  # 判决书 | 裁定书 | 其他
    case_number: str | None = None
    court: str | None = None
    procedure: str | None = None  # 一审 | 二审 | 其他
    judgment_date: str | None = None
    prosecutor: str | None = None
    articles: tuple[int | str, ...] = ()
    defendants: tuple[Defendant, ...] = ()
    notes: str = ""
    # beyond the contract
    status: str = "ok"  # ok | facts (a fact section only) | not_judgment | empty
    reason: str | None = None  # why status is not ok
    source: str = ""
    case_number_parts: CaseNumber | None = None
    title: str | None = None
    officers: tuple[Officer, ...] = ()
    article_refs: tuple[ArticleRef, ...] = ()
    charges_prosecution: tuple[str, ...] = ()
    charges_reasoning: tuple[str, ...] = ()
    charges_reasoning_forms: tuple[str, ...] = ()  # every charge 本院认为 concludes as printed (贩卖毒品罪), distinct
    # every charge 本院认为 concludes (构成X罪) under a name that is no standard name, alias or old name (杀人罪)
    charges_reasoning_unknown: tuple[str, ...] = ()
    # every charge the procedure or prosecution paragraphs say was prosecuted (指控被告人X犯Y罪) under a name that is no
    # standard name, alias or old name (绑架勒索罪)
    charges_prosecution_unknown: tuple[str, ...] = ()
    amount_level_stated: str | None = None  # 较大 | 巨大 | 特别巨大: the one amount level 本院认为 finds (数额巨大)
    # every amount level 本院认为 finds, lowest first (既遂…数额较大，未遂…数额巨大: 较大, 巨大); the last governs
    # the bracket
    amount_levels_stated: tuple[str, ...] = ()
    quantity_level_stated: str | None = None  # 较大 | 大: the one drug quantity level 本院认为 finds (数量大, 数量巨大)
    severity_stated: str | None = None  # 严重 | 特别严重: the one 情节 level 本院认为 finds (情节严重)
    # the group 本院认为 finds the defendants formed, as first written: 犯罪集团, 恶势力犯罪集团, 黑社会性质组织, or the
    # 集团 it says one organised and led (组织、领导该集团); not one it denies (不构成犯罪集团), nor the statute's
    # 在犯罪集团或者聚众犯罪中 (刑法97). Check E6 reads it beside a 首要分子 (刑法74: no 缓刑)
    crime_group_stated: str | None = None
    circumstances: tuple[Circumstance, ...] = ()
    dispositions: tuple[Disposition, ...] = ()
    amounts: tuple[AmountMention, ...] = ()
    total_crime_amount_yuan: Number | None = None
    victims: tuple[str, ...] = ()
    victim_name_variants: tuple[NameVariant, ...] = ()  # a victim's name written otherwise elsewhere
    drugs: tuple[DrugMention, ...] = ()  # the facts' weights (not an evidence list's), then the reasoning's
    drug: str | None = None  # the main drug (canonical name)
    drug_grams: Number | None = None  # its quantity: the largest stated total, else the sum of the weights
    # the result's note of when the fine is to be paid (罚金限判决生效后十日内缴纳), as printed
    fine_note: str | None = None
    harm_found: str | None = None  # 轻微伤 | 轻伤 | 重伤 | 死亡: the worst harm the facts and the reasoning tell (伤情)
    # the worst they tell short of death (轻微伤 | 轻伤 | 重伤): beside a killing, what another count's victim suffered
    harm_short_of_death: str | None = None
    charge_findings: tuple[ChargeFinding, ...] = ()  # the level or harm each charge's concluding clause states
    blood_alcohol: tuple[BloodAlcohol, ...] = ()  # blood alcohol measured in the facts (醉酒驾驶), then the reasoning's
    suspended: tuple[Suspended, ...] = ()  # every term with a 缓刑 the document writes, whoever's it is
    counted: tuple[Counted, ...] = ()  # numbers of things with their measure word (20余刀, 四支), facts then reasoning
    tallies: tuple[Tally, ...] = ()  # numbers of persons or events with what befell them (致2人死亡), facts then reasoning
    harmed: tuple[Harmed, ...] = ()  # persons the facts name with the harm that befell them (致王某甲重伤)
    stolen_items: tuple[str, ...] = ()  # NER: stolen or seized items
    stolen_item_mentions: tuple[StolenItem, ...] = ()  # NER: each of ``stolen_items`` where written, with its value
    places: tuple[str, ...] = ()  # NER: places in the facts
    entities: tuple[EntityMention, ...] = ()  # NER entities in the facts (empty without the model)
    ner_model: str | None = None  # the NER model that produced ``entities``
    trial_procedure: str | None = None  # 普通 | 简易 | 速裁 (first instance only)
    public_trial: bool | None = None
    header_defendants: tuple[str, ...] = ()  # every defendant paragraph's name, in order
    # header defendants the result deals with nowhere whose charge the document says was withdrawn
    # (撤回对被告人X的起诉)
    withdrawn: tuple[str, ...] = ()
    # co-defendants named who are not this document's defendants, and header defendants the result names for nothing
    accomplices: tuple[Accomplice, ...] = ()
    header_roles: tuple[str, ...] = ()  # role words of the header paragraphs: 公诉机关, 上诉人（原审被告人） …
    result_form: str | None = None  # 判决 | 裁定: the word of the 判决如下/裁定如下 cue (a criminal decision's: 决定 …)
    appeal_form: str | None = None  # 判决 | 裁定: the word of the appeal notice (如不服本判决 …)
    appeal_days: int | None = None  # the appeal period the notice gives (…第二日起十日内)
    appeal_court: str | None = None  # the court the notice says to appeal to (上诉于 / 向…提出上诉)
    # the court the history says designated this one to try the case (经X法院指定，本案由本院审理)
    designated_by: str | None = None
    recommendations: tuple[Recommendation, ...] = ()  # 量刑建议 read before the result
    # adopted | rejected: what the reasoning says of the 量刑建议; where it says otherwise of some defendants
    # than of others, rejected (adopted where it adopts one adjusted at trial): each one's own is
    # Defendant.recommendation_stance
    recommendation_stance: str | None = None
    original_sentences: tuple[OriginalSentence, ...] = ()  # 二审: the first-instance sentences it recounts
    # 二审 驳回上诉，维持原判 after findings and reasons of its own: the persons whose first-instance sentences
    # it upholds, each read as a defendant is (header, the retold result's item, the circumstances the ruling
    # finds); none are ``defendants``, whom the result names
    affirmed: tuple[Defendant, ...] = ()
    # and the circumstances the first instance's reasoning it upholds finds of them (原判认为，…系从犯，依法减轻处罚),
    # save those its own reasoning denies: the checks weigh them with ``circumstances``, the ruling's own
    affirmed_circumstances: tuple[Circumstance, ...] = ()
    # 二审: the header's persons whose first-instance sentences the result upholds by their items' numbers alone
    # (维持…刑事判决第一项、第三项, where the retold result reads 判决：一、被告人甲某犯…), and sentences not: the result
    # deals with them (X2), yet none are ``defendants``
    upheld_by_item: tuple[str, ...] = ()
    appeal_by: str | None = None  # 二审: prosecution (抗诉) | defendant (上诉 only)
    # first and latest full dates in the facts before the judgment, not the days of sentences that tell only
    # the capture or what made good after the act (另查明，2024年3月15日，被告人的亲属代为赔偿…), where another day is left,
    # nor of a charged count the court does not find (关于起诉书指控的第五起，即2023年6月2日…，本院不予认定)
    offence_start: str | None = None
    offence_end: str | None = None
    prosecution_date: str | None = None  # 提起公诉 date from the procedure
    # the latest full date the procedure paragraph tells (开庭, 立案 …), not the end of a sentence's period it recounts
    procedure_last_date: str | None = None
    # a date the procedure paragraph tells after 提起公诉 that is earlier than it (开庭 dated 同年 for 次年)
    told_before_prosecution: str | None = None
    impossible_dates: tuple[str, ...] = ()  # days no calendar has, as written (2013年2月30日, 同月31日 of June)
    # the latest full date the facts tell, from the prosecution's account where they adopt it (offence_end leaves out
    # one after the judgment; both leave out the end of a sentence's period recounted, 刑期…至…止); a month or year
    # (YYYY-MM, YYYY) whose first day comes after the judgment's and every full date instead
    facts_last_date: str | None = None
    # the latest full date the facts tell of the act itself, before the judgment: not of a sentence that
    # tells what may follow the trial and no crime (退赔, 谅解, 出具情况说明予以更正, 鉴定, 价格认定复核结论,
    # 申诉, 再审, 服刑: an appeal's or a retrial's own findings may date it after the decisions the history
    # tells), nor only what came after the act (a capture, a surrender, the case's filing; a capture with a
    # seizure counts), a birth or a merit
    facts_last_case_date: str | None = None
    earlier_decisions: tuple[EarlierDecision, ...] = ()  # this case's decisions the procedure history tells, in order
    retrial_orders: tuple[RetrialOrder, ...] = ()  # the decisions to retry it the history tells with their days
    sections: tuple[SectionRef, ...] = ()
    spans: tuple[Provenance, ...] = ()  # where each value came from; result_quotes[k]: 核准…/维持… items of the result
    n_chars: int = 0

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict in the contract's shape (extra keys included)."""
        return to_jsonable(self)  # type: ignore[no-any-return]

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Judgment":
        """Rebuild a Judgment from :meth:`to_record` output (unknown keys ignored)."""
        return from_jsonable(cls, record)  # type: ignore[no-any-return]

    def span(self, field_path: str) -> Provenance | None:
        """The provenance of ``field_path`` (e.g. ``defendants[0].verdict``), or None."""
        for p in self.spans:
            if p.field == field_path:
                return p
        return None


def to_jsonable(obj: Any) -> Any:
    """Dataclasses → dicts, tuples → lists, recursively."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    h = _HINTS.get(cls)
    if h is None:
        h = typing.get_type_hints(cls)
        _HINTS[cls] = h
    return h


def from_jsonable(tp: Any, data: Any) -> Any:
    """Inverse of :func:`to_jsonable` for the types used in this module."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        for a in args:
            if dataclasses.is_dataclass(a) and isinstance(data, dict):
                return from_jsonable(a, data)
        return data
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp)
        return tuple(from_jsonable(inner, x) for x in data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        kwargs = {k: from_jsonable(hints[k], v) for k, v in data.items() if k in names}
        return tp(**kwargs)
    return data
