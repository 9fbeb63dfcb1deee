"""Assemble a :class:`~fayan.judgment.Judgment` from one document.

    Document ──split_sections──▶ Sections ──extract_*──▶ elements ──▶ Judgment

This is the one place where the extractors meet; every value it records gets
a provenance span in the coordinates of the text the user gave us.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from fayan import errors
from fayan.errors import UsageError
from fayan.judgment import (
    ANOTHER_DOCUMENT,
    Accomplice,
    AmountMention,
    ArticleRef,
    ChargeFinding,
    Circumstance,
    Count,
    Counted,
    Defendant,
    Defender,
    Disposition,
    BloodAlcohol,
    DrugMention,
    EarlierDecision,
    EntityMention,
    Judgment,
    NameVariant,
    OriginalSentence,
    PriorRecord,
    Provenance,
    Recommendation,
    RetrialOrder,
    SectionRef,
    Sentence,
    Harmed,
    StolenItem,
    Suspended,
    Tally,
)
from fayan.nlp.amounts import (
    TOGETHER_RE, AmountFound, amount_charge, counted_roles, extract_amounts, named_crime_amount,
    names_told_with, total_crime_amount,
)
from fayan.nlp.articles import ArticleCite, criminal_law_articles, find_articles
from fayan.nlp.charges import (
    CHARGES_FILE, charge_words, find_charge_mentions, normalize_charge, standard_charges, unknown_charge_names,
)
from fayan.nlp.facts import (
    CLASSIFIERS, HARMS, PRETEXT, TAKING, EntityPredictor, ItemValue, adds_up, defendant_names, drug_owners,
    drug_total, evidence_ranges, find_blood_alcohol, find_drugs, find_victims, is_body_part, is_drug_name,
    item_values, own_drug_totals, counted_thing, find_counted, find_dead_by_age, find_harmed, find_tallies,
    looks_like_name, summed_up_totals, sums_up, worst_harm, worst_harms,
)
from fayan.nlp.circumstances import (
    ROLES, CircumstanceHit, find_bracket_acts, find_circumstances, in_title, negated_finding, overturned,
    sentence_spans,
)
from fayan.nlp.lexicon import alternation, lexicon_cached
from fayan.nlp.names import masked_slips, name_mentions, short_forms
from fayan.nlp.numbers import (
    cn_to_int, cn_to_number, date_range, find_date_mentions, find_dates, find_impossible_dates, find_money,
    is_birth_date,
)
from fayan.nlp.outcome import (
    OutcomeEntry, Punishment, find_suspended, item_number_at, parse_dispositions, parse_result,
    parse_revisions, quoted_items, refused_items, upheld_item_numbers,
)
from fayan.nlp.parties import PartyHeader, defender_client, parse_defendant, parse_defenders
from fayan.nlp.recommendation import find_recommendations, stance, stances
from fayan.nlp.text import NAME_DOTS, ZERO_WIDTH, alike, fold_dots, normalize, one_apart, sounds_alike
from fayan.pipelines.fields import DocFields, extract_doc_fields
from fayan.pipelines.sections import (
    ANY_CASE_NUMBER_RE, CASE_NUMBER_RE, FORM_LABEL, FORM_LABEL_LINE, Sections, fact_parts, opens_with_facts,
    split_sections,
)
from fayan.types import Document, Section, plain_number

__all__ = ["extract_document", "extract_document_ner", "extract", "extract_file", "age_on"]


def age_on(birth: date, day: date) -> int:
    """Age in full years on ``day``; a year is complete the day *after* the birthday (2006 未成年人解释 第二条).

    >>> age_on(date(2000, 5, 1), date(2018, 5, 1)), age_on(date(2000, 5, 1), date(2018, 5, 2))
    (17, 18)
    """
    years = day.year - birth.year
    if (day.month, day.day) <= (birth.month, birth.day):
        years -= 1
    return years


def extract(text: str, doc_id: str = "doc") -> Judgment:
    """Extract a judgment from a text.

    >>> j = extract("某某县人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某县人民检察院。 "
    ...     "被告人张某，男，1990年1月1日出生。因本案于2019年12月2日被刑事拘留。 "
    ...     "某某县人民检察院以起诉书指控被告人张某犯盗窃罪，于2020年3月1日向本院提起公诉。 "
    ...     "经审理查明，2019年12月1日，被告人张某窃得手机一部。 本院认为，被告人张某构成盗窃罪。"
    ...     "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 被告人张某犯盗窃罪，判处拘役三个月，"
    ...     "并处罚金人民币一千元。 审判员李某 二〇二〇年四月一日 书记员王某")
    >>> j.case_number, j.procedure, j.judgment_date, j.articles
    ('（2020）浙0102刑初1号', '一审', '2020-04-01', (264,))
    >>> d = j.defendants[0]
    >>> d.name, d.detained_on, d.charges, d.verdict.principal, d.verdict.term_months, d.verdict.fine_yuan
    ('张某', '2019-12-02', ('盗窃罪',), '拘役', 3, 1000)
    """
    if not isinstance(text, str):
        hint = "; decode bytes first, or use extract_file(path)" if isinstance(text, (bytes, bytearray)) else ""
        raise UsageError(f"extract() takes the judgment's text as str, not {type(text).__name__}{hint}")
    t, offsets = normalize(text)
    return extract_document(Document(id=doc_id, text=t, original=text, offsets=offsets))


def extract_file(path: str | os.PathLike[str]) -> Judgment:
    """Read one file (txt, docx, pdf, html, or a json/jsonl holding one record) and extract it."""
    from fayan.pipelines.readers import ReadFailure, read_file

    items = list(read_file(path))
    if len(items) != 1:
        raise UsageError(
            f"{path}: holds {len(items)} documents; use fayan.pipelines.readers.read_file() and "
            "extract_document() for each, or the `fayan extract` command"
        )
    item = items[0]
    if isinstance(item, ReadFailure):
        # the reason starts with the path already; the error class is the one the failure names (InputError …)
        cls = getattr(errors, item.error, None)
        raise (cls if isinstance(cls, type) and issubclass(cls, errors.FayanError) else errors.InputError)(item.reason)
    return extract_document(item)


class _Spans:
    """Collects provenance in original-text coordinates."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.items: list[Provenance] = []

    def add(self, field_path: str, span: tuple[int, int] | None) -> None:
        if span is None or span[1] <= span[0]:
            return
        o = self.doc.original_span(span[0], span[1])
        self.items.append(Provenance(field_path, o.start, o.end, o.text))


# the persons a decision names (原审被告人甲、乙…, 认定被告人丙犯…, 对被告人丁、戊分别以…, 申诉人己诉称, 原审被告人庚因…,
# 原审自诉人壬诉被告人癸):
# each name up to a 、 of the list or the word after it, or the first two characters of a charge (被告人辛掩饰、隐瞒犯罪所得案)
@lexicon_cached(CHARGES_FILE)
def _decision_names_re(directory: str) -> re.Pattern[str]:
    charges = "|".join(sorted({c[:2] for c in standard_charges(directory)}))
    return re.compile(
        r"(?P<role>(?:原审)?(?:被告人|自诉人)|申诉人)(?P<names>[\u4e00-\u9fff＊*×Ｘ]{2,4}?(?:、[\u4e00-\u9fff＊*×Ｘ]{2,4}?)*)"
        rf"(?=犯|分别|等|以|的|，|。|（|、被告人|诉称|诉被告人|不服|提出|向|因|{charges})"
    )


_RESULT_CUE_RE = re.compile(r"(判\s*决|裁\s*定|决\s*定)\s*如\s*下")
_DECISION_REASONING_RE = re.compile(r"本院(?:经审查|经复查|审查)?认为")


def _decision_history(doc: Document, secs: Sections, sp: _Spans, cue: re.Match[str] | None) -> dict[str, object]:
    """What a criminal decision (再审决定书, 指定管辖决定书) tells of its case, for the checks that read it: the earlier
    decisions its history recites, with their sentences; the charges it says were prosecuted and the unknown ones its
    reasoning concludes; the persons it names, with their other spellings; the word its result opens with; and every
    term with a 缓刑 it writes. The record stays no judgment: it convicts nobody (defendants []). ``cue``: the words its
    result is opened with (:func:`_result_cue`)."""
    text = doc.text
    title = secs.get("title")
    # (决定如下; 裁定如下 or 判决如下 would be another document's)
    if cue is not None:
        sp.add("result_form", cue.span())
    # each name its history tells (not its result's: 指定…对被告人X…进行审判 may misspell one), with the role word before
    # its first mention and where
    told: dict[str, tuple[str, int]] = {}
    listed: dict[str, set[str]] = {}  # the names each is listed with
    for m in _decision_names_re().finditer(text, title.end if title else 0, cue.start() if cue else len(text)):
        at = m.start("names")
        for n in m.group("names").split("、"):
            told.setdefault(n, (m.group("role"), at))
            listed.setdefault(n, set()).update(m.group("names").split("、"))
            at += len(n) + 1
    names = list(told)
    # a name after a role word written fewer than three times, one character from another's written three times or
    # more, the surname the same, never listed with it, is a slip of that person's (原审被告人刘景成 … 被告人刘景诚不服), as
    # of co-defendants (:func:`_accomplices`)
    counts = {n: text.count(n) for n in told}
    slips = {a: b for a in told for b in told
             if a[0] == b[0] and one_apart(a, b) is not None and b not in listed[a]
             and counts[a] < _OTHER_PERSON_COUNT <= counts[b]}
    # a decision has no party paragraphs: one that opens with 原审被告人… is its history; and the days told after a
    # decision are not the history's: it goes on into the petition, whose grounds retell earlier days (张某以2002年其因
    # 犯…被…为由申诉, after a ruling of 2013)
    decisions, _ = _own_decisions(doc, secs, sp, names, kinds=("procedure", "defendant"), days_after=False)
    prosecuted = _prosecution_charges(text, secs)
    for k, span in enumerate(prosecuted.values()):
        sp.add(f"charges_prosecution[{k}]", span)
    # its reasoning (本院经审查认为，原判认定…的行为构成X罪，系定性不当): the paragraph it opens, a section or not
    opens = _DECISION_REASONING_RE.search(text)
    reasoning = None
    if opens is not None:
        end = text.find("\n", opens.end())
        reasoning = Section("reasoning", opens.start(), len(text) if end == -1 else end)
    concluded = _unknown_concluded(text, reasoning) if reasoning else []
    # its persons, each with its other spellings in the decision (原审被告人刘某臣 … 停止对原审被告人刘某辰判决的执行):
    # names of two or three characters opening with a surname, not one run on into the next word (陈某富仍不服 beside
    # 陈某富, 赵某共同), nor a masked one
    people = []
    for n, (role, at) in told.items():
        if (len(n) > 3 or _masked(n) or set(n) & set("＊*×Ｘ") or not looks_like_name(n)
                or any(n != m and n.startswith(m) for m in told) or n in slips):
            continue
        k = len(people)
        sp.add(f"accomplices[{k}]", (at, at + len(n)))
        variants = _name_variants(text, len(text), n, set(names) - {n} - set(slips))
        variants += [(a, (x, x + len(a))) for a, b in slips.items() if b == n and a not in dict(variants)
                     for x in [told[a][1]]]
        for v, (_spelt, span) in enumerate(variants):
            sp.add(f"accomplices[{k}].name_variants[{v}]", span)
        o = doc.original_span(at, at + len(n))
        people.append(Accomplice(n, o.start, o.end, tuple(x for x, _ in variants), role))
    # the latest day its history tells (申诉…该院于2014年6月16日作出…通知驳回申诉), up to its reasoning or result (its
    # procedure section may run on to its own date): none may come after its own
    proc, history = secs.get("procedure"), None
    if proc is not None:
        ends = [proc.end] + [x.start() for x in (opens, cue) if x is not None and x.start() > proc.start]
        history = Section("procedure", proc.start, min(ends))
    procedure_last_date = _last_date(text, history, sp, "procedure_last_date")
    # the money amounts its history tells (the judgments' findings retold: 扣押在案的赃款280万元予以追缴) and those its
    # reasoning restates (原判认定…将…280万元资金据为己有): X3 compares the two
    amounts = _amount_mentions(doc, history.start, history.end, "facts", "procedure", None) if history else []
    if reasoning is not None:
        amounts += _amount_mentions(doc, reasoning.start, reasoning.end, "reasoning", "reasoning", None)
    return dict(earlier_decisions=decisions, accomplices=tuple(people), charges_prosecution=tuple(prosecuted),
                procedure_last_date=procedure_last_date, amounts=tuple(amounts),
                # (its history may run on into what the splitter takes for the prosecution's account or facts)
                retrial_orders=_retrial_orders(doc, secs, sp, ("procedure", "defendant", "prosecution", "facts")),
                result_form=_cue_word(cue),
                charges_prosecution_unknown=_named("charges_prosecution_unknown", _unknown_prosecuted(text, secs), sp),
                charges_reasoning_unknown=_named("charges_reasoning_unknown", concluded, sp),
                suspended=_suspended(doc, sp))


def _suspended(doc: Document, sp: _Spans) -> tuple[Suspended, ...]:
    """Every term with a 缓刑 the document writes, whoever's it is (撤销…以Y罪判处被告人X有期徒刑三年，缓刑五年…的缓刑部分
    too)."""
    out = []
    for pun, (s0, s1) in find_suspended(doc.text):
        sp.add(f"suspended[{len(out)}]", (s0, s1))
        o = doc.original_span(s0, s1)
        out.append(Suspended(pun.principal or "", pun.term_months, pun.probation_months, o.start, o.end, o.text))
    return tuple(out)


def _named(field_name: str, found: list[tuple[str, tuple[int, int]]], sp: _Spans) -> tuple[str, ...]:
    """The names of ``found`` (name, span), each span recorded as ``field_name[k]``."""
    for k, (_name, span) in enumerate(found):
        sp.add(f"{field_name}[{k}]", span)
    return tuple(name for name, _ in found)


def _cited(doc: Document, start: int, end: int, sp: _Spans) -> tuple[list[ArticleCite], tuple[ArticleRef, ...]]:
    """The articles the 依照 clause(s) in [start, end) cite (the clause right before the result), each span
    recorded as ``article_refs[k]``."""
    cites = find_articles(doc.text, start, end)
    for k, c in enumerate(cites):
        sp.add(f"article_refs[{k}]", (c.start, c.end))
    return cites, tuple(
        ArticleRef(law=c.law, article=c.article, paragraph=c.paragraph, item=c.item,
                   start=(o := doc.original_span(c.start, c.end)).start, end=o.end, text=o.text)
        for c in cites
    )


def _not_judgment(doc: Document, reason: str, status: str = "not_judgment", **kw: object) -> Judgment:
    return Judgment(id=doc.id, status=status, reason=reason, source=doc.source, n_chars=len(doc.original or doc.text), **kw)  # type: ignore[arg-type]


# a procuratorate's documents, by their titles after its name (an analyst's folder may hold them beside the
# judgments)
_PROCURATORATE_FORM_RE = re.compile(
    r"(?<=检察院)\s*(?:不\s*起\s*诉\s*决\s*定\s*书|起\s*诉\s*书|量\s*刑\s*建\s*议\s*书|刑\s*事\s*抗\s*诉\s*书|"
    r"检\s*察\s*建\s*议\s*书)"
)
# the case types of rulings on executing a sentence (刑更: 减刑, 假释; 刑执 before 2016), not on guilt
_EXECUTION_TYPES = ("刑更", "刑执")


def _classify(doc: Document, secs: Sections, f: DocFields, decided: bool) -> str | None:
    """Why this document is not a criminal judgment or ruling; None if it is one. ``decided``: its result is opened by
    决定如下, a decision's word (in a document titled 判决书 or 裁定书 too)."""
    text = doc.text
    if f.form and not f.criminal:
        return f"{f.form}：不是刑事文书 (not a criminal document)"
    if not f.criminal:
        if ANY_CASE_NUMBER_RE.search(text[:600]) and secs.get("result"):
            return "no criminal title or 刑 case number: not a criminal judgment"
        if (own := _PROCURATORATE_FORM_RE.search(text, 0, 300)) is not None:
            title = re.sub(r"\s+", "", own.group())
            return f"{title}：a procuratorate's document, not a court's judgment or ruling"
        return "no document title (刑事判决书/裁定书), case number or result section: not a judgment (e.g. a news story)"
    code = f.case_number.type_code if f.case_number else None
    if code and any(code == t or (code.startswith(t) and not code.endswith("重")) for t in _EXECUTION_TYPES):
        return (f"a ruling on executing a sentence ({code}: 减刑, 假释, 撤销缓刑或假释, 暂予监外执行), not on guilt: "
                "its prisoner's sentence is not read")
    if f.doc_type == "其他":
        if f.form:
            return f"{f.form}：not a judgment or ruling"
        if not secs.get("result"):
            return ("a criminal case number but no document title (刑事判决书/裁定书) and no 判决如下/裁定如下 "
                    "result section: not a judgment or ruling, or a truncated one")
        return "a criminal case number but no document title (刑事判决书/裁定书): not a judgment or ruling"
    if not secs.get("result"):
        if decided:
            return f"a criminal {f.doc_type} whose result opens with 决定如下, a decision's: not a judgment or ruling"
        return (f"a criminal {f.doc_type or 'document'} with no 判决如下/裁定如下 result section: truncated, or a result "
                "worded in a way fayan does not know")
    return None


def _result_cue(doc: Document, secs: Sections) -> re.Match[str] | None:
    """The words a result is opened with after the title (判决如下, 裁定如下, 决定如下)."""
    title = secs.get("title")
    return _RESULT_CUE_RE.search(doc.text, title.end if title else 0)


def _cue_word(cue: re.Match[str] | None) -> str | None:
    """判决 | 裁定 | 决定: the word of a result's opening words."""
    return re.sub(r"\s+", "", cue.group(1)) if cue else None


def _same_person(a: str, b: str) -> bool:
    if fold_dots(a) == fold_dots(b):  # (艾某拜尔•吐某地 and 艾某拜尔·吐某地: one name, dotted otherwise)
        return True
    if len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b)) == 1 and a[0] == b[0]:
        return True
    return False


_SENTENCE_END_RE = re.compile(r"[。；;\n]")
# A fact sentence about the person's record (另查明，被告人曾因…于2006年被劳动教养…刑满释放), not the offence; a note in
# brackets (（已另案判处死刑）) does not make it one.
_HISTORY_RE = re.compile(r"曾因|曾于|曾被|前科|劳动教养|刑满释放|假释|行政拘留|强制隔离戒毒|判处")
_PAREN_RE = re.compile(r"[（(][^（）()]*[）)]")
# the act a sentence tells was tried before: …被以故意伤害罪判刑入狱, …后因此被判刑, 因犯盗窃罪于…被我院判处…, and the
# prison term a prisoner's crime is told after (被告人甲某因犯故意杀人罪，于1999年5月24日入某监狱服刑，后经多次减刑)
_PUNISHED_RE = re.compile(
    r"被(?:[^。；，]{0,20}?(?:法院|本院|我院))?(?:以[^。；，]{1,12}罪)?(?:判刑|判处)|因此被判|因犯[^。；，]{1,15}罪[^。；]{0,30}?入[^。；，]{0,14}服刑"
)
# A fact sentence that tells a marriage, a divorce, a break-up (1993年6月24日，被告人X与被害人Y登记结婚, in a
# ruling on a 2014 killing) or a career sets the scene: its date is no offence day, unless the sentence also tells a
# crime, the case is about a marriage (重婚, 拐卖妇女 …), or no other day is left.
_BACKGROUND_RE = re.compile(
    r"登记结婚|举行了?婚礼|协议离婚|准予离婚|判决[^。；]{0,20}离婚|与[^，。；]{1,10}离婚(?!问题|纠纷|事宜)|调解分手|分手协议|协议分手|再婚|"
    # how a couple lived: 同居 as what they did, not 同居女友 or 恢复同居关系 in a quarrel's sentence
    r"(?<!登记)结婚|结为夫妻|以夫妻名义(?:共同)?(?:生活|同居)|同居(?![女男关期])|恋爱|相恋|保持(?:不正当|情人)关系|婚外情|入赘|"
    # how the two met, where the sentence names the victim (被告人甲某与被害人乙某经人介绍相识): not co-offenders meeting;
    # 结识 of anyone (2003年在萝北县种地期间结识种粮大户王某甲, the victim of a 2004 robbery)
    r"被害人[^。；]{0,40}?(?:相识|交往)|(?:相识|交往)[^。；]{0,40}?被害人|结识|"
    # what led up to it, told of a year before the dated crime (2008年，甲某赌博欠下巨额债务，致使夫妻关系恶化)
    r"欠下[^，。；]{0,8}债|(?:夫妻|感情)[^，。；]{0,4}(?:恶化|不和|破裂)|(?:提起|提出)离婚|起诉离婚|离婚诉讼|"
    # a career (2008年从部队转业后被分配到…, in a ruling on a 2012 killing over the job)
    r"转业|退伍|复员|参军|入伍|毕业|"
    # a licence or a company of the time before the act (2010年8月3日，被告人李某获得准驾车型C1的资格, in a 2015 醉驾;
    # 2013年5月24日，张某（另案处理）等人注册成立…公司, years before the defendant's 传销): a registration that is the
    # crime tells 虚报 or 抽逃 (:data:`_CRIME_ACT_RE`)
    r"(?:获得|取得|领取|考取|申领)[^，。；]{0,12}?(?:驾驶资格|驾驶证|驾照|准驾车型)|注册成立|登记成立|成立于|设立于|"
    # a rule in force from a day (长江干流自2021年1月1日起实行常年禁捕, in a 2024 非法捕捞)
    r"(?:自|从)[^，。；]{0,15}?起(?:实行|施行|实施|禁止)"
)
# A loan to the victim the crime came of (2020年5月，被害人乙向被告人甲借款8万元，约定两个月内归还; 甲借款1万元给
# 被害人乙, before a 非法拘禁 to collect it or a blow over it): the victim's debt sets the scene, and its day is no
# offence day. Only the victim's borrowing: where the accused borrows, the loan may be the fraud itself
# (以修车为由向被害人借款…到期后拒不归还), and so may a loan told with a pretext, interest or a lending business,
# papers or a pledge (套路贷's 虚高借条), or funds the lender held for others (挪用 of a unit's money: 将公款借给…);
# nor one told beside a demand or force (索要, 强行带至…看管), words :data:`_CRIME_ACT_RE` lacks.
_VICTIM_DEBT_RE = re.compile(
    r"被害(?:人|单位)[^，。；]{0,12}?(?:向[^，。；]{1,15}?借(?:款|钱|了|[^，。；]{0,10}?元)|欠[^，。；]{0,15}?(?:款|钱|元|债))"
    r"|(?:借(?:款|钱)?|出借)[^，。；]{0,15}?给(?:了)?被害(?:人|单位)"
)
_LENDING_ACT_RE = re.compile(
    r"为由|为名|名义|借口|谎称|假称|虚|伪造|捏造|冒充|隐瞒|息|利|放贷|发放|贷款|借条|欠条|借据|担保|手续费|"
    r"保证金|服务费|砍头|公款|资金|单位|公司|职务|挪|设局|做局|出千|"
    r"索|讨|催|逼|强行|强迫|拘禁|看管|控制|限制|带至|带到|带往|拉上|押"  # (押: 抵押, 质押, 扣押, 押至)
)
# Taking up or holding a post (被告人甲某自2020年6月起在某公司担任仓库主管，负责原材料的保管; 2015年，乙某被任命为
# 某局局长; 2012年入职某银行; 自2019年起任该公司采购部经理; 负责该村的征地拆迁工作): in a crime done through
# a post (:data:`_POST_CHARGE_RE`) such a sentence tells where the defendant stood when the crime came, and
# its day is no offence day, where a dated sentence of the crime is left (2022年2月至12月，甲某利用管理仓库的
# 职务便利…). Not the post of an event's time (找到时任组长的乙某谈合作), a title (分管副局长), the surname 任 or work told
# of another (让其在某银行工作的外甥女…).
_POST_RE = re.compile(
    r"担任|任职|入职|就职|就任|上任|履职|调任|升任|转任|兼任|接任|历任|参加工作|受聘|聘任|聘用|录用|"
    r"(?:聘|任命|委任|提拔|选举|选|录用)为|签订[^，。；]{0,6}?(?:劳动|聘用|聘任)合同|"
    r"(?:主持|负责)[^，。；]{0,30}?工作|分管(?![^，。；]{0,3}长|领导)|"
    r"(?:进入|到|在)[^，。；的]{1,25}?(?:工作|上班)(?=[，,。；;]|$|期间|至今)|"
    # 任 before the post (起任该公司采购部经理; 2015年，甲某任某村党支部书记): not 时任, 责任, 信任, 任意, 任务,
    # nor the surname after a verb (联系到任某某, 请任某某帮忙)
    r"(?<![时现责信放听到请找与和给向让对])任(?![务何意由])"
    r"(?=[^，。；]{0,25}?(?:经理|主任|书记|主管|会计|出纳|长|员|董事|总监|干部|一职))"
)
# An act of a crime done through a post, beside :data:`_CRIME_ACT_RE` and :data:`_OTHER_CRIME_RE`: the post
# used (利用职务便利, 职务之便), a bribe (谋取利益, 索取, 回扣), a duty abused or neglected (滥用职权, 玩忽职守),
# a rival business (经营同类营业). A sentence that tells one dates the crime.
_DUTY_ACT_RE = re.compile(
    r"便利|之便|职权|职务上|谋取|谋利|牟利|索取|收取|回扣|好处费|感谢费|贿|挪|套取|截留|滥用|玩忽|失职|同类营业"
)
# What else may tell an act of such a crime beside a post: a bribe's giving or the favour it paid for (送,
# 感谢, 关照, 承揽), money moved or spent (转入, 借给, 用于个人开支, 分给个人, 发放), a 挂名 job's pay, a duty
# broken (违反规定, 不履行职责, 明知…仍然), a loss caused; and a post told as the time of an event (在担任…期间，…;
# 任经理时，…). A sentence that tells one with a post tells no post only.
_POST_ACT_RE = re.compile(
    r"领取|收到|收下|接受|给予|送|感谢|好处|关照|照顾|帮助|帮忙|请托|承建|承揽|中标|违反|违规|违背|违法|擅自|私自|私刻|"
    r"隐瞒|转移|转入|转至|转到|转出|借给|借用|出借|用于|个人使用|开支|消费|挥霍|购买|投资|炒股|分给|分发|发放|贷款|"
    r"伙同|挂名|未实际|虚|疏于|怠于|未履行|不履行|未尽|明知|仍然|同意|造成|致使|损失|"
    r"(?:任|职)[^，。；]{0,30}?(?:期间|之时|时)[，,]"
)
# A post's duties, from the word to its clause's end (负责该中心财务报销审核和劳务费发放等工作, 分管销售业务):
# what they name is the job, no act, unless they tell the post used (利用负责审核的职务便利)
_DUTIES_RE = re.compile(r"(?:负责|分管|主管|主持|协助|从事)[^，,。；;]*")
# The charges of a crime done through a post: 贪污贿赂 and 渎职 (刑法第八、九章), 职务侵占, 挪用资金, and those of
# a company's or a bank's staff (非国家工作人员受贿, 非法经营同类营业, 为亲友非法牟利, 违法发放贷款 …). Not a crime
# where joining is the act (a 传销 group's 总管, a fraud ring's 业务员: 2016年6月入职某公司担任业务员 may be the
# day the fraud began).
_POST_CHARGE_RE = re.compile(
    r"贪污|贿|挪用|职务侵占|私分|巨额财产来源不明|隐瞒境外存款|职权|玩忽职守|失职|徇私|枉法|渎职|"
    r"非法经营同类营业|为亲友非法牟利|背信|违法发放|不入账|违规出具金融票证|违法票据|违法运用资金"
)
_CRIME_ACT_RE = re.compile(
    r"杀|砍|捅|刺|殴打|围殴|打死|打伤|扭打|击|撞|砸|勒|掐|切割|割[破伤断开]|捂[嘴住口鼻]|卡[颈脖住]|烧|淹|投毒|下毒|毒死|灌入|掺入|"
    r"抢(?!救)|盗|窃|骗|卖|贩|运输|强奸|奸淫|猥亵|醉酒驾驶|醉驾|酒后驾驶|"  # (经抢救无效死亡 tells no robbery)
    r"发生性关系|绑架|放火|敲诈|威胁|要挟|"
    r"伤害|致[^，。；]{0,4}死|"
    r"毒品|交易|吸食|容留|"  # 前去领取毒品时被抓获, 再次交易毒品时…抓获, 一起吸食冰毒的过程中被抓获: caught in the act
    r"虚报|抽逃"  # a company registered with capital it does not have (虚报注册资本, 抽逃出资)
)
_MARRIAGE_CHARGE_RE = re.compile(r"重婚|婚姻|拐卖妇女|收买被拐卖|虐待|遗弃")
# A fact sentence that tells how the person was caught (2024年1月5日，被告人张某被公安民警抓获), with no crime in it;
# or handed over to the police by those who caught him (次日，二被告人被移送公安机关, after a fishery officer's catch);
# or held by a supervisory commission (2023年3月8日，被告人甲某被某县监察委员会留置; 对甲某采取留置措施), a
# 职务犯罪's custody
_CAPTURE_RE = re.compile(
    r"抓获|归案|投案|到案|被刑事拘留|被查获|被传唤|扭送|被公安|被民警|被[^，,。；;]{0,20}?留置|留置措施|"
    r"(?:移送|移交|送交|交由|交给)[^，,。；;]{0,8}?(?:公安|派出所|侦查机关|警方)"
)
# the capture itself, in such a sentence; not one after an escape, nor several told together (先后将A、B抓获)
# the case filed by the police (…公安局对本案立案侦查, 受案), in a sentence that tells no crime
_FILED_RE = re.compile(r"立案|受案")
_CAUGHT_RE = re.compile(r"(?<![不未没])(?:抓获|归案|投案|到案)")  # not 因传唤不到案…决定刑事拘留（在逃）
_RECAUGHT_RE = re.compile(r"脱逃|逃跑|再次|又被|先后")
_CLAUSE_REST_RE = re.compile(r"[^，,。；;]*")  # the rest of a clause
# a sentence of merit after the crime: the accused helping to catch another (协助公安机关于…抓获贩卖毒品犯罪嫌疑人刘某,
# 立功): its day is neither the offence's nor the accused's capture, whatever crime it names of the other
# The same for a decision of the procuratorate the facts tell (另查明，2021年12月28日，最高人民检察院以…核准追诉决定书
# 核准对马某追诉: 刑法第十七条第三款, 第八十七条): no act's day.
# An accused's report of another's crime is such a sentence too, its crime words and days the other's: told
# of the accused in custody (2021年7月5日，上诉人甲某在某看守所羁押期间，向民警书面检举同监室人员乙某于2020年
# 9月盗窃…的犯罪事实, in an appeal's 另查明), after the capture (被告人甲某归案后检举同案被告人乙某…的犯罪线索)
# or of others (揭发他人犯罪行为); not a cellmate's report of the accused (同监室人员丙某检举被告人甲某…).
_MERIT_RE = re.compile(
    r"协助[^。；]{0,20}?(?:抓获|抓捕|缉捕)|(?:构成|系|属|具有|有)(?:重大)?立功|检举揭发|核准追诉|"
    r"(?:被告人|上诉人|罪犯)[^。；，,]{1,25}?(?:羁押|在押|关押|服刑)期间[^。；]{0,30}?(?:检举|揭发)|"
    r"(?:归案|到案)后[^。；，,]{0,6}?(?:检举|揭发)|(?:检举|揭发)(?:了)?(?:他人|同监室|同监舍|同案)"
)
# the restoration of what an environmental crime harmed (出资购买鱼苗进行增殖放流, 补种树苗, 补植复绿, 缴纳生态修复
# 费用, 修复受损的渔业资源; not a bare 修复: 车辆修复费用 is a damage's value), a making good after the act
_RESTORED = r"增殖放流|补种|补植|复绿|(?:生态|环境)修复|修复(?:受损|被破坏|被毁)?的?(?:生态|环境|渔业|林地|植被|耕地)"
# What a fact sentence tells of the time after the act (the capture and custody, a search, restitution, an appraisal,
# a confession, a report, a judgment): its day need not be an act's.
_AFTERMATH_RE = re.compile(
    _CAPTURE_RE.pattern + r"|羁押|看守所|查获|缴获|搜查|扣押|追缴|追回|退赔|退赃|退还|返还|赔偿|谅解|鉴定|估价|供述|检举|揭发|"
    + _RESTORED + "|"
    r"立功|判处|判决|起诉|立案|经[^，。；]{0,25}认定"  # (经…交通警察大队认定，李某醉酒后驾驶…: the finding of liability)
)
# What makes good after the act, from the word to its clause's end (so that crime words after it, 被骗, 被盗,
# tell no crime): money or goods paid or given back where its clause names the money or the victim (…的亲属代为
# 赔偿被害人乙经济损失3万元, 退还被害人被骗款项, 已退赃9000元; not 将欠条退还), a victim's forgiveness (取得被害人
# 谅解) and a settlement (达成和解, 调解协议; not 聚餐，以示和解); not a topic or a pretext (商谈赔偿事宜, 以归还
# 借款为由); and the restoration of what an environmental crime harmed (:data:`_RESTORED`: …进行增殖放流)
_PAID_BACK = "赔偿|赔付|退赔|退赃|退缴|退还|返还"  # (money or goods paid or given back; the X6 words below too)
_SETTLED_RE = re.compile(
    rf"(?P<pay>{_PAID_BACK}|归还|发还|(?:代为|已经?)偿还|退出[^，,。；;]{{0,6}}?(?:违法|非法)所得)"
    r"(?![^，,。；;]*?(?:事宜|问题|纠纷|为由|为名|名义|借口))[^，,。；;]*"
    r"|(?:谅解|(?:达成|签订|签署)[^，,。；;]{0,12}?(?:和解|调解)|(?:和解|调解)协议)[^，,。；;]*"
    rf"|(?:{_RESTORED})[^，,。；;]*"
)
_SETTLED_WHAT_RE = re.compile(r"被害|失主|损失|赃|所得|[款元]|财物")
# a demand, a pretext, a talk or a refusal before such words in their clause (乙某要求赔偿, 谎称可以返还, 催促其
# 归还, 拒不退还): the sentence tells a payment the crime was about, or none, not what made good after it
_DEMANDED_RE = re.compile(
    r"(?:谎称|假称|声称|承诺|许诺|虚构|要求|索要|索取|催|逼|威胁|商谈|协商|商量|准备|拒)[^，,。；;]*$")
# a payment left undone before such words in their clause (未取得谅解): that clause tells nothing made good
_UNDONE_RE = re.compile(r"(?:[不未没]|无法)[^，,。；;]*$")
# crimes a sentence of what made good may not tell beside it, besides :data:`_CRIME_ACT_RE`'s (挪用公款…后归还)
_OTHER_CRIME_RE = re.compile(
    r"劫|挪用|贪污|侵吞|侵占|收受|受贿|行贿|索贿|走私|伪造|套取|冒领|截留|私分|虚开|透支|赌|集资|吸收|非法|据为己有|占为己有")
# a crime the sentence names as what the person is suspected of or held for (因涉嫌盗窃被抓获), or no crime (自杀)
_SUSPECTED_RE = re.compile(r"涉嫌[^，,。；;]*|因[^，,。；;]{0,15}?(?:罪|案)|自杀")

# What a fact sentence tells that may come after the trial and the decisions the history tells, as an
# appeal's or a retrial's own findings do (另查明…公安局已于2021年9月6日出具情况说明予以更正, in a retrial
# of a case ruled on in 2019; 二审期间，上诉人亲属于…代为退赔…取得谅解): restitution and forgiveness, a
# correction or an authority's statement, evidence gathered or made anew (an appraisal, a valuation, a
# test: 价格认证中心于2021年8月30日作出复核结论, in a retrial of a theft judged in 2020), a petition, the
# sentence served. Its day is none of the case the decisions judged. So is the accused's conduct in custody
# (:data:`_IN_CUSTODY_RE`) and the merit the court finds of it (检举, 揭发, 立功: the sentences of a report of
# another's crime are no fact dates at all, :data:`_MERIT_RE`).
_IN_CUSTODY_RE = re.compile(r"(?:羁押|在押|关押)期间")  # (上诉人甲某在羁押期间表现良好，于…受到看守所书面表扬)
_AFTER_TRIAL_RE = re.compile(
    rf"{_PAID_BACK}|谅解|和解|调解|缴纳|{_RESTORED}|"
    r"情况说明|出具[^，。；]{0,10}?(?:说明|证明)|更正|纠正|调取|申诉|再审|信访|"
    r"鉴定|鉴证|估价|评估|价格认定|价格认证|复核结论|复核意见|检验|检测|"  # (not 经复核确认, a death review's facts)
    rf"服刑|刑满|减刑|假释|监外执行|二审期间|上诉期间|{_IN_CUSTODY_RE.pattern}|检举|揭发|立功"
)


# a seizure (…民警从其挎包内查获甲基苯丙胺一包): what a capture's sentence may tell was held on its day
_SEIZED_RE = re.compile(r"查获|缴获|搜出|起获")
# What a search seized, from the word to its clause's end (…当场从其房间内查获用于贩卖的甲基苯丙胺二小包; not after a 被
# in the clause, but for 被告人 and 被害人: 被告人甲某被查获当日接收投注…, 被执勤交警查获, where the person is caught),
# and a confession (对…犯罪事实供认不讳, 如实供述…): their crime words tell no crime of a capture's sentence
_CONFESSED_RE = re.compile(r"(?:对|就)[^，,。；;]{0,40}?(?:供认不讳|如实供述|如实交代)|(?:如实供述|如实交代|供认)[^，,。；;]*")
_SEIZED_OR_CONFESSED_RE = re.compile(
    r"(?:(?<=[，,。；;])|^)(?P<pre>(?:[^，,。；;被]|被(?:告人|害人))*?)(?:查获|缴获|搜出|起获|扣押)[^，,。；;]*|"
    + _CONFESSED_RE.pattern
)
# What the crime took, recovered or given back, in a clause of its own (…被公安机关抓获，被窃电缆已追回并发还被害
# 单位; 赃款已全部追缴): its crime words (被窃, 赃) tell no crime of a capture's sentence
_RECOVERED_RE = re.compile(
    r"(?:(?<=[，,。；;])|^)(?:被(?:窃|盗|骗|抢)|赃)[^，,。；;]{0,20}?(?:追回|追缴|发还|退还|返还)[^，,。；;]*"
)
# a day in a clause (2021年5月12日, 同年6月, 次日): a confession that dates what it confesses (如实供述了其于2021年5月12日
# 盗窃的事实) tells the act's day
_DAY_IN_CLAUSE_RE = re.compile(r"\d{2,4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|[同当次翌]日|同年|同月|当[天晚夜]")
# A count the prosecution charged that the court does not find (关于起诉书指控的第五起，即2023年6月2日…的事实，经查，
# …证据不足，本院不予认定): the charge (指控) in its sentence, the rejection after the day; not where the court weighs
# a party's opinion (辩护人提出指控的第三起证据不足的意见…不予采纳: the rejection may be the defence's), nor where it
# rejects a part of the count (其中现金2000元证据不足，不予认定: the act stays)
_CHARGED_RE = re.compile(r"指控")
_NOT_FOUND_RE = re.compile(r"不予(?:认定|确认)|不(?:应|能|宜)(?:予以)?认定|难以认定|证据不足|不足以(?:认定|证实|证明)")
_WEIGHS_OPINION_RE = re.compile(r"采纳|采信")


@dataclass(frozen=True, slots=True)
class _FactDate:
    """A date in the facts: a whole day, or a month or year mention (2008年8月, 1993年) as its first possible day."""

    day: date
    span: tuple[int, int]
    full: bool
    sentence: str  # the fact sentence it stands in
    last: date  # the last day it allows (``day`` for a whole day)
    rest: str = ""  # the words after it up to its clause's end (…于同月30日死亡)
    then: str = ""  # the sentences after its own up to the next date's or the paragraph's end
    at: int = 0  # where it stands in ``sentence``

    @property
    def _plain(self) -> str:
        """The sentence without its bracketed notes (（已另案判处死刑） tells no record of this person)."""
        return _PAREN_RE.sub("", self.sentence)

    def _tells_only(self, pattern: re.Pattern[str], plain: str | None = None) -> bool:
        """The sentence (or ``plain``, a part of it) tells what ``pattern`` names and no crime."""
        plain = self._plain if plain is None else plain
        return bool(pattern.search(plain)) and not _CRIME_ACT_RE.search(plain)

    @property
    def capture(self) -> bool:
        """The sentence tells a capture and no crime but in a confession or in what the crime took recovered,
        each in a clause that tells no day (2021年5月13日，被告人甲某到派出所投案，如实供述了上述诈骗事实; 次日，甲某、
        乙某被公安机关抓获，被窃电缆已追回并发还被害单位)."""
        def undated(m: re.Match[str]) -> str:
            return m.group() if _DAY_IN_CLAUSE_RE.search(m.group()) else ""

        plain = _RECOVERED_RE.sub(undated, _CONFESSED_RE.sub(undated, self._plain))
        return self._tells_only(_CAPTURE_RE, plain)

    @property
    def caught(self) -> bool:
        """The sentence tells a capture and no crime but in what a search seized or the person confessed (…将其抓获，
        并对该住处进行搜查，共查获疑似毒品1包; 被传唤到案，其归案后对…信用卡诈骗的犯罪事实供认不讳): the capture's day,
        though the seizure may keep it a day of the conduct (drugs held that day)."""
        return self._tells_only(_CAPTURE_RE, _SEIZED_OR_CONFESSED_RE.sub(lambda m: m.group("pre") or "", self._plain))

    @property
    def settled(self) -> bool:
        """The sentence tells what made good after the act (:data:`_SETTLED_RE`: compensation paid, goods
        returned, a victim's forgiveness) and no crime but in the words of what was made good (另查明，2023年4月10日，
        被告人甲、乙的亲属共同赔偿被害人丙经济损失6万元，丙对二被告人表示谅解; 被告人甲退还被害人被骗款项5万元)."""
        plain = self._plain
        left, at = [], 0  # (the words outside what was made good)
        for m in _SETTLED_RE.finditer(plain):
            clause = max(plain.rfind(c, 0, m.start()) for c in "，,。；;") + 1
            if _DEMANDED_RE.search(plain, clause, m.start()):
                return False  # (…王某要求赔偿，乙惧怕…，赔偿人民币40万元了事: the crime's payment)
            if _UNDONE_RE.search(plain, clause, m.start()) or (
                    m.group("pay") and not _SETTLED_WHAT_RE.search(plain, clause, m.end())):
                continue
            left.append(plain[at : m.start()])
            at = m.end()
        rest = "".join(left) + plain[at:]
        return at > 0 and not _CRIME_ACT_RE.search(rest) and not _OTHER_CRIME_RE.search(rest)

    @property
    def later(self) -> bool:
        """The sentence tells only what came after the act: the capture (:attr:`capture`), what made good
        (:attr:`settled`), the case's filing (2022年10月10日，…公安局…对本案立案侦查), or the accused's conduct in
        custody (:data:`_IN_CUSTODY_RE`). Its day is no day of the offence."""
        return (self.capture or self.settled or self._tells_only(_FILED_RE)
                or self._tells_only(_IN_CUSTODY_RE))

    @property
    def rejected(self) -> bool:
        """The sentence tells a count the prosecution charged that the court does not find
        (:data:`_NOT_FOUND_RE` after the day: 关于起诉书指控的第十七起，即2024年3月2日被害人乙某被骗人民币18000元的
        事实，经查，…现有证据不足以证实该起系被告人甲某所为，本院不予认定). Its day is no day of the offence."""
        s = self.sentence
        verdict = _NOT_FOUND_RE.search(s, self.at)
        return (verdict is not None and bool(_CHARGED_RE.search(s, 0, verdict.start()))
                and "其中" not in s[self.at : verdict.start()] and not _WEIGHS_OPINION_RE.search(s))

    @property
    def of_the_act(self) -> bool:
        """The sentence may tell a day of the act: it tells more than what came after it (:attr:`later`), or it
        tells a capture with a seizure (…被抓获，民警从其挎包内查获甲基苯丙胺一包: drugs held that day)."""
        return not self.later or (self.capture and bool(_SEIZED_RE.search(self._plain)))

    @property
    def background(self) -> bool:
        """The sentence sets the scene (:data:`_BACKGROUND_RE`: a marriage, a career …;
        :data:`_VICTIM_DEBT_RE`: the victim's loan the crime came of) and tells no crime."""
        return self._tells_only(_BACKGROUND_RE) or (
            self._tells_only(_VICTIM_DEBT_RE) and not _LENDING_ACT_RE.search(self._plain))

    @property
    def _own_part(self) -> tuple[str, str]:
        """What the date tells: its sentence from its own clause up to the clause of the next date after it
        (to the end where none follows), and that with the clauses before it, without bracketed notes (被告人
        甲某自2015年起担任某村会计，2016年3月至2018年5月，甲某利用职务便利挪用…: the first ends before 2016年3月)."""
        s = self.sentence
        lo = max(s.rfind(c, 0, self.at) for c in "，,") + 1
        own = _CLAUSE_REST_RE.match(s, self.at).end()  # (a range, 2021年3月至2023年10月, is one clause)
        nxt = _DAY_IN_CLAUSE_RE.search(s, own)
        hi = max(s.rfind(c, 0, nxt.start()) for c in "，,") if nxt else len(s)
        return _PAREN_RE.sub("", s[lo:hi]), _PAREN_RE.sub("", s[:hi])

    @property
    def post(self) -> bool:
        """The date's part of its sentence (:attr:`_own_part`) tells a post taken up or held
        (:data:`_POST_RE`: 被告人甲某自2020年6月起在某公司担任仓库主管), and that part with the clauses before
        it, the post's duties aside (:data:`_DUTIES_RE`), no act of a crime (利用担任出纳的职务便利，于2020年6月
        …挪用)."""
        own, told = self._own_part

        def duties(m: re.Match[str]) -> str:
            return m.group() if _DUTY_ACT_RE.search(m.group()) or _OTHER_CRIME_RE.search(m.group()) else ""

        told = _DUTIES_RE.sub(duties, told)
        return bool(_POST_RE.search(own)) and not any(
            r.search(told) for r in (_CRIME_ACT_RE, _OTHER_CRIME_RE, _DUTY_ACT_RE, _POST_ACT_RE))

    @property
    def tells_post_crime(self) -> bool:
        """The sentence tells an act of a crime, one done through a post too (2021年3月至2023年10月，甲某利用上述
        职务便利…非法收受他人财物), not only one the person was suspected of (…涉嫌职务侵占一案，在…开庭审理)."""
        plain = _SUSPECTED_RE.sub("", self._plain)
        return any(r.search(plain) for r in (_CRIME_ACT_RE, _OTHER_CRIME_RE, _DUTY_ACT_RE))

    @property
    def after_trial(self) -> bool:
        """The sentence tells what may follow the trial (:data:`_AFTER_TRIAL_RE`) and no crime."""
        return self._tells_only(_AFTER_TRIAL_RE)

    @property
    def act(self) -> bool:
        """A whole day of a sentence that tells a crime and nothing after the act (:data:`_AFTERMATH_RE`), not a
        record or background, nor the day of a death told after the blow (…经抢救无效于同月30日死亡)."""
        plain = self._plain
        return (self.full and bool(_CRIME_ACT_RE.search(plain)) and not _AFTERMATH_RE.search(plain)
                and not self.record and not self.background and not re.search(r"死亡|身亡", self.rest))

    def act_first(self, names: Collection[str] = (), together: int = 0) -> bool:
        """A whole day of a sentence that tells a crime from the day on, in clauses before the first of what
        came after it (2022年5月21日15时许，被告人甲…贩卖甲基苯丙胺1.2克，交易完成后被公安民警当场抓获), not one it
        says the person was suspected of (因涉嫌盗窃，被公安民警抓获) nor one of before the day (…混入上述冰毒中，
        2018年3月17日，民警在上址查获冰毒); with ``names``, those clauses naming one of them, or all the ``together``
        defendants at once (:func:`_names_one`: not 在场的乙 caught beside those who dealt); not a record or
        background, nor the day of a death told after the blow."""
        if not self.full or self.record or self.background or re.search(r"死亡|身亡", self.rest):
            return False
        # (brackets blanked, not cut, so that the day keeps its place)
        masked = _PAREN_RE.sub(lambda m: "　" * len(m.group()), self.sentence)
        after = _AFTERMATH_RE.search(masked)
        if after is None:
            return False
        cut = max(masked.rfind(c, 0, after.start()) for c in "，,") + 1
        return (self.at < cut and bool(_CRIME_ACT_RE.search(_SUSPECTED_RE.sub("", masked[self.at : cut])))
                and (not names or _names_one(masked[:cut], set(names), together)))

    def act_then(self, names: set[str], together: int = 0) -> bool:
        """A whole day whose own sentence tells only the setting (当日12时许，甲驾车来到约定地点…), the crime following
        in a sentence of no date of its own that names one of ``names`` (…甲持尖刀朝乙颈部猛刺数刀), or all the
        ``together`` defendants at once (:func:`_names_one`), before anything told after the act."""
        plain = self._plain
        if (not self.full or self.record or self.background or _AFTERMATH_RE.search(plain)
                or _CRIME_ACT_RE.search(plain) or re.search(r"死亡|身亡", self.rest)):
            return False  # (nor the day of a death: …经抢救无效于5月10日死亡)
        then = _PAREN_RE.sub("", self.then)
        crime, after = _CRIME_ACT_RE.search(then), _AFTERMATH_RE.search(then)
        if crime is None or (after is not None and after.start() < crime.start()):
            return False
        lo = max(then.rfind(c, 0, crime.start()) for c in "。；;") + 1
        m = _SENTENCE_END_RE.search(then, crime.end())
        return _names_one(then[lo : m.start() if m else len(then)], names, together)

    @property
    def record(self) -> bool:
        """The sentence tells of a person's record (曾因…被判处…, 刑满释放) and no crime of this case: none, or one it
        says was punished (1999年3月3日，…打架斗殴致一人重伤…，于2000年…被以故意伤害罪判刑入狱)."""
        return self._tells_only(_HISTORY_RE) or bool(_PUNISHED_RE.search(self._plain))


# a time of day right after a day (14时许, 13时30分许, 下午三时, 晚上8点半; 当晚 is read as a day word before it)
_TIME_RE = re.compile(
    r"\s*(?P<part>凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|晚|夜里|夜间|深夜)?\s*"
    r"(?P<h>\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*[时点](?:\s*(?P<m>\d{1,2}|[零〇一二三四五六七八九十]{1,3}|半)\s*分?)?"
)


def _time_of(text: str, x: _FactDate) -> str | None:
    """The time of day told right after the whole day ``x`` (2012年12月21日14时许, 当日13时30分许, 当晚8时: its
    ``rest``), as HH:MM; None where none is, or where 晚 or 夜 twelve o'clock leaves the day in doubt."""
    m = _TIME_RE.match(x.rest) if x.full else None
    if m is None:
        return None
    hour, minute = int(cn_to_number(m.group("h"))), m.group("m")
    minutes = 30 if minute == "半" else int(cn_to_number(minute)) if minute else 0
    part = m.group("part") or ("晚" if text[x.span[1] - 1] in "晚夜" else "-")  # (当晚8时)
    if part[0] in "下傍晚夜深" and hour < 12:
        hour += 12
    elif part == "中午" and hour < 6:
        hour += 12
    elif part[0] in "晚夜深" and hour == 12:
        return None
    return f"{hour:02d}:{minutes:02d}" if hour < 24 and minutes < 60 else None


# a record sentence's conviction for the act it tells (…持刀追砍乙某，后因此被判刑)
_CONVICTED_FOR_IT_RE = re.compile(r"(?:因此|为此|因该[^，。；]{0,4})被[^，。；]{0,20}?(?:判刑|判处)")
# what follows the day of a conviction, not of a crime (于2011年9月20日被我院判处…; 2003年3月24日因犯盗窃罪被…判处)
_CONVICTED_ON_RE = re.compile(r"\s*(?:因犯?[^，,。；;]{1,20}?罪)?\s*被[^，,。；;]{0,20}?(?:判处|判刑)")


def _priors_acted(
    text: str, priors: tuple[PriorRecord, ...], dates: list[_FactDate], sp: _Spans, base: str,
    names: Collection[str] = (),
) -> tuple[PriorRecord, ...]:
    """``priors``, each criminal one with the day the facts tell its crime was done (``act_day``): the first full date
    of a fact sentence about a record (:attr:`_FactDate.record`) that gives the prior's release day too (2012年3月9日，
    被告人…致王某甲轻伤，被判处有期徒刑八个月，2013年1月15日刑满释放), where it is not the day of the conviction the
    sentence retells (于2011年9月20日被我院判处…); of the one criminal prior, also that of the one such sentence that
    names the defendant (``names``) and says they were convicted for it (1994年2月9日，甲某持刀追砍乙某…，后因此被判刑;
    one SPC ruling tells one so)."""
    told: dict[str, list[_FactDate]] = {}
    for x in dates:
        if x.full and x.record:
            told.setdefault(x.sentence, []).append(x)
    # each sentence's first day, where it is no conviction's, with the days told after it
    acts = [(same[0], {x.day.isoformat() for x in same[1:]}) for same in told.values()
            if not _CONVICTED_ON_RE.match(text, same[0].span[1])]
    therefore = [first for first, _ in acts if _CONVICTED_FOR_IT_RE.search(first.sentence)
                 and any(n and n in first.sentence for n in names)]
    out = []
    for k, p in enumerate(priors):
        acted = next((first for first, later in acts if p.kind == "criminal" and p.release_date in later), None)
        if (acted is None and p.kind == "criminal" and len(therefore) == 1
                and sum(q.kind == "criminal" for q in priors) == 1):
            acted = therefore[0]
        if acted is not None:
            sp.add(f"{base}.priors[{k}].act_day", acted.span)
            p = replace(p, act_day=acted.day.isoformat())
        out.append(p)
    return tuple(out)


def _first_offence(dates: list[_FactDate]) -> _FactDate | None:
    """The first of ``dates`` not of a sentence about a record (1999年3月3日，被告人因…被判处…, told in the facts), else the
    first."""
    return next((x for x in dates if not x.record), dates[0] if dates else None)


def _age_at_offence(birth: date | None, day: date | None, earliest: _FactDate | None) -> int | None:
    """The age on the offence ``day``; without one, the age all through the month or year of the person's
    ``earliest`` mention, where it is the same on its first and last day (born in June, 2021年12月间)."""
    if birth is None:
        return None
    if day is not None:
        return age_on(birth, day)
    if earliest is not None and age_on(birth, earliest.day) == age_on(birth, earliest.last):
        return age_on(birth, earliest.day)
    return None


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """Where the sentence holding ``text[s:e]`` starts and ends (its stop left out)."""
    lo = max(text.rfind(c, 0, s) for c in "。；;\n") + 1
    m = _SENTENCE_END_RE.search(text, e)
    return lo, m.start() if m else len(text)


# A plea of guilt and to the punishment the text tells before the reasoning (认罪认罚: 刑事诉讼法第十五条、第一百七十四条,
# the defendant's agreement to the charge and to the recommendation, signed): 被告人甲某对指控事实、罪名及量刑建议没有
# 异议且签字具结 (the wording of 速裁 and 认罪认罚 judgments), 签署了认罪认罚具结书; and the court's own 本院依法适用简易
# 程序，…适用认罪认罚制度. Not a defendant's own claim (被告人甲某提出系…自愿认罪认罚) nor a refusal (未签署具结书).
_SIGNED_PLEA_RE = re.compile(
    r"对(?:公诉机关)?(?:起诉书)?指控(?:的)?(?:犯罪)?事实、罪名(?:及|和|、)量刑建议(?:均)?(?:没有|无)异议[，,]?(?:且|并且|并)?"
    r"(?:已|自愿)?(?:签字具结|签署(?:了)?(?:认罪认罚)?具结书)|(?<![未不拒])签署(?:了)?认罪认罚具结书"
)
_COURT_PLEA_RE = re.compile(r"本院[^。]{0,40}?适用认罪认罚(?:从宽)?(?:制度|程序)")


def _pleas_told_before(
    text: str, end: int, names: list[str], found: list[CircumstanceHit],
    aliases: Mapping[str, str] | None = None,
) -> list[CircumstanceHit]:
    """认罪认罚 of each defendant the reasoning does not find it of, where the text before ``end`` (the
    reasoning) tells it (:data:`_SIGNED_PLEA_RE`: those its sentence names before the words, or all of them
    where it speaks of them together, 二被告人对指控的事实、罪名及量刑建议均无异议，并签署了认罪认罚具结书, else
    the one defendant; :data:`_COURT_PLEA_RE`: those its sentence names, else every defendant). ``aliases``
    maps other names of the defendants (a short form the document introduces) onto theirs in ``names``. The
    dev judgments that tell a plea only so (4 of 154, found by blind labels) go on to adopt the recommendation
    or to leave it unmentioned."""
    have = {c.defendant for c in found if c.kind == "认罪认罚" and not c.negated}
    out: list[CircumstanceHit] = []
    for regex, everyone in ((_SIGNED_PLEA_RE, False), (_COURT_PLEA_RE, True)):
        for m in regex.finditer(text, 0, end):
            lo, _hi = _sentence_bounds(text, m.start(), m.end())
            named = _named_in(text, lo, m.start(), names, aliases)
            together = not named and _all_together(text[lo : m.start()], len(set(names)))
            whom = named or (names if everyone or together or len(names) == 1 else [])
            out += [CircumstanceHit("认罪认罚", n, m.start(), m.end(), False) for n in whom
                    if n not in have and all(c.defendant != n for c in out)]
    return out


def _named_in(
    text: str, lo: int, hi: int, names: list[str], aliases: Mapping[str, str] | None
) -> list[str]:
    """The defendants of ``names`` that ``text[lo:hi]`` names, by a name or one of ``aliases`` (another name
    of theirs: a short form), each once in the order of ``names``; a longer name read whole (an alias 艾力 is
    not read inside 艾力江)."""
    spelt = {n: n for n in names if n} | {a: n for a, n in (aliases or {}).items() if a and n in names}
    said = {spelt[n] for _s, _e, n in name_mentions(text[lo:hi], list(spelt))}
    return [n for n in dict.fromkeys(names) if n in said]


def _all_together(words: str, count: int) -> bool:
    """Whether ``words`` speak of all the ``count`` defendants together
    (:data:`fayan.nlp.amounts.TOGETHER_RE`: 二被告人 of two, 各被告人, 上述被告人; not 二被告人 of three)."""
    return count > 1 and any(m.group("n") is None or cn_to_int(m.group("n")) == count
                             for m in TOGETHER_RE.finditer(words))


# A plea withdrawn (the defendant goes back on it at trial, and 认罪认罚从宽 no longer applies): 撤回认罪认罚, 表示不再
# 认罪认罚, 当庭反悔，不再适用认罪认罚从宽制度. What was signed before is no plea then.
_PLEA_WITHDRAWN_RE = re.compile(r"撤回(?:了|其)?认罪认罚|不再(?:适用)?认罪认罚")


def _withdrawn_pleas(
    text: str, end: int, names: list[str], found: list[CircumstanceHit],
    aliases: Mapping[str, str] | None = None,
) -> list[CircumstanceHit]:
    """``found`` with the 认罪认罚 of each defendant the text before ``end`` (the result) says withdrew the
    plea (:data:`_PLEA_WITHDRAWN_RE`: those its clause names, else those its sentence names, else the one
    defendant; 甲某、乙某均签署具结书，庭审中乙某撤回认罪认罚: 乙某's alone) negated: one negated hit at the first
    withdrawal told of them, in place of their plea's. ``aliases``: as of :func:`_pleas_told_before`."""
    withdrawn: dict[str, re.Match[str]] = {}
    for m in _PLEA_WITHDRAWN_RE.finditer(text, 0, end):
        lo, _hi = _sentence_bounds(text, m.start(), m.end())
        clause = max(lo, *(text.rfind(c, lo, m.start()) + 1 for c in "，,"))
        named = (_named_in(text, clause, m.start(), names, aliases)
                 or _named_in(text, lo, m.start(), names, aliases))
        for n in named or (names if len(names) == 1 else []):
            withdrawn.setdefault(n, m)
    if not withdrawn:
        return found
    kept = [c for c in found if not (c.kind == "认罪认罚" and c.defendant in withdrawn)]
    return kept + [CircumstanceHit("认罪认罚", n, m.start(), m.end(), True) for n, m in withdrawn.items()]


def _sentence_at(text: str, s: int, e: int) -> str:
    lo, hi = _sentence_bounds(text, s, e)
    return text[lo:hi]


def _names_one(text: str, names: set[str], together: int = 0) -> bool:
    """Whether ``text`` names one of ``names``, or speaks of all the ``together`` defendants of the judgment
    at once (二被告人采用上述手段…, of two; 各被告人, 上述被告人: :data:`fayan.nlp.amounts.TOGETHER_RE`): a list of
    acts may name them in its first act only.

    >>> [_names_one(t, {"甲某"}, 2) for t in ("二被告人采用上述手段", "第二被告人乙某", "三被告人", "各被告人")]
    [True, False, False, True]
    """
    if any(n and n in text for n in names):
        return True
    for m in TOGETHER_RE.finditer(text) if together > 1 else ():
        n = m.group("n")
        if n is None or cn_to_int(n) == together:
            return True
    return False


def _naming(dates: list[_FactDate], names: set[str], together: int = 0) -> list[_FactDate]:
    """The fact dates whose sentence names one of ``names``, or all the ``together`` defendants at once
    (:func:`_names_one`). In a judgment of several defendants the document's first date may be an offence
    this person took no part in (an older robbery by a co-defendant), and ages and 累犯 periods are about the
    person's own offence."""
    return [x for x in dates if _names_one(x.sentence, names, together)]


def _caught(dates: list[_FactDate], names: set[str], several: bool, others: Sequence[str] = ()) -> _FactDate | None:
    """The first whole day of a fact sentence that tells only a capture (…于2012年8月8日被抓获) and no other whole day,
    not after an escape or of several (先后将A、B抓获), nor one that says it captured others (将张某抓获: a co-offender
    tried elsewhere, beside the document's only defendant); of a defendant of several, one naming them (``names``),
    where it does not say whom it captured, not after another defendant (``others``) of whom it tells
    (乙持伪造的甲的身份证件进入考场…，后被民警当场抓获)."""
    pool = _naming(dates, names, len(others) + 1) if several else dates
    caught = [x for x in pool if x.full and x.caught and _CAUGHT_RE.search(x.sentence)
              and not _RECAUGHT_RE.search(x.sentence) and sum(y.sentence == x.sentence for y in dates) == 1
              and _caught_named(x.sentence, names)
              and (_CAUGHT_WHOM_RE.search(x.sentence) or _first_named(x.sentence, names, others))]
    if not several:  # of one defendant, a capture that names them before one that names nobody (…，李某到公安机关投案；
        caught = _naming(caught, names) or caught  # 次日，公安人员将被告人抓获)
    return min(caught, key=lambda x: x.day, default=None)


# 公安人员在刘某家将桓某、仇某抓获: who was captured, where the sentence says (between 将 and 抓获)
_CAUGHT_WHOM_RE = re.compile(r"将([^，,。；;将]{1,40}?)(?:抓获|抓捕归案)")
_PRONOUN_RE = re.compile(r"其|他|她|[二两三四五六七八九十数多]人|该犯|被告人$")


def _first_named(sentence: str, names: set[str], others: Sequence[str]) -> bool:
    """Whether ``names`` are among the first people ``sentence`` names (who it tells of), of them and ``others``: the
    first named, and those listed with them (甲、乙被抓获); True where no other is named before them."""
    if re.search(r"[二两三四五六七八九十数多]人|均|分别|一并|先后|相继", sentence):
        return True  # (…，后两人被公安民警抓获: more than the first)
    at = {n: i for n in (*names, *others) if n and (i := sentence.find(n)) != -1}
    own = min((at[n] for n in names if n in at), default=None)
    first = min(at.values(), default=None)
    if own is None or first is None or own == first:
        return True
    # (a list from the first name on: 甲、乙 / 甲和乙 …)
    listed = re.match(rf"(?:(?:{'|'.join(map(re.escape, sorted(at, key=len, reverse=True)))})[、和与及]?)+",
                      sentence[first:])
    return listed is not None and first + listed.end() > own


def _caught_named(sentence: str, names: set[str]) -> bool:
    """Whether a capture sentence that names one of ``names`` captures them: not where it says whom it captured
    (将A、B抓获) and they are not among them (in whose home, by whom)."""
    whom = [m.group(1) for m in _CAUGHT_WHOM_RE.finditer(sentence)]
    return not whom or any(n and n in w for n in names for w in whom) or any(_PRONOUN_RE.search(w) for w in whom)


def _written_otherwise(e: OutcomeEntry, h: PartyHeader) -> bool:
    """Whether the result writes the name of the header's ``h`` otherwise, in Latin letters or their rendering
    (NGUYEN VAN AN for 阮某, in a bracket or as the header's alias): the same name, no misspelling of it."""
    latin = bool(re.search("[A-Za-z]", e.name + h.name))
    return e.name != h.name and (h.name in e.also or (latin and e.name in h.aliases))


def _match_header(name: str, headers: list[PartyHeader], also: Sequence[str] = ()) -> int | None:
    """The header of the result's ``name``, or of the name written otherwise in the bracket after it
    (``also``: 被告人阮某（NGUYEN VAN AN） where the header lists NGUYEN VAN AN, or 阮某 alone)."""
    for n in (name, *also):
        for i, h in enumerate(headers):
            if n == h.name or n in h.aliases:
                return i
    for n in (name, *also):
        for i, h in enumerate(headers):
            if _same_person(n, h.name) or any(fold_dots(n) == fold_dots(a) for a in h.aliases):
                return i
    for i, h in enumerate(headers):
        if len(name) >= 2 and (_inside(name, h.name) or _inside(h.name, name)):
            return i
    return None


def _inside(part: str, whole: str) -> bool:
    """``part`` within ``whole``, where what is left is not a number: 鲍某 is not 鲍某1, whom the document numbers
    apart from another (王某1, 王某2)."""
    return part in whole and not whole.replace(part, "", 1).isdigit()


# 于2014年10月20日以（2014）粤高法刑二终字第137号刑事裁定…: a decision of this case, told in its history; a notice
# that refused a petition against it too (…法院于2012年2月10日以（2011）豫法刑申字第70号驳回申诉通知，维持原裁判), which
# the history tells in its order (seven SPC rulings tell one)
_OWN_DECISION_RE = re.compile(
    rf"(?:于|(?<=法院))\s*(?P<d>[^，。；以]{{6,16}}?日)\s*(?:作出)?\s*以?\s*(?:{CASE_NUMBER_RE.pattern})[^，。；]{{0,12}}?"
    r"(?:判决|裁定|驳回申诉通知)"
)
# 合肥市中级人民法院以（2007）合刑初字第109号刑事判决，认定… (作出（2012）承刑再终字第＊＊号刑事附带民事裁定): one told
# without its day; not one only named (不服…法院（2009）…号刑事判决, 维持…法院…号刑事判决第一项)
_UNDATED_DECISION_RE = re.compile(rf"(?:以|作出)\s*(?:{CASE_NUMBER_RE.pattern})[^，。；]{{0,12}}?(?:判决|裁定)")
# 维持…法院（2012）…号认定被告人X犯Y罪，判处…的刑事裁定: one quoted by what it decided, its form told after that
_QUOTED_DECISION_RE = re.compile(rf"(?<=维持)[^，。；（(]{{0,30}}?(?:{CASE_NUMBER_RE.pattern})(?=认定|对被告人)")
_QUOTED_FORM_RE = re.compile(r"的刑事(?:附带民事)?(判决|裁定)")


# a court's name (湖南省长沙市中级人民法院, 新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院); not a 检察院, nor what
# follows the name (上海市第一中级人民法院审理上海市人民检察院第一分院…)
_COURT_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,30}?人民法院(?:(?:(?!院|审理)[\u4e00-\u9fff]){2,12}?分院)?")


# what the history says was done against a decision before the next one: a protest (or new facts prosecuted,
# 补充起诉, 追加指控, 变更起诉 or 新的犯罪事实: 刑事诉讼法237②) or an appeal; one it says was not made
# (在法定期限内没有上诉、抗诉) is no review
_PROTEST_RE = re.compile(r"抗诉|(?P<new>(?:(?:补充|追加|变更)(?:起诉|指控)|新的犯罪事实)(?!的?以外))")
# new facts not prosecuted: denied (重审中，公诉机关未变更起诉; 并无新的犯罪事实), or the law's exception quoted (除有新的
# 犯罪事实，人民检察院补充起诉的以外, which the lookahead above leaves out too); the words before the cue in its clause
_NO_NEW_FACTS_RE = re.compile(r"(?:未|没有|无|不|除)[^，,。；;：:]{0,6}$")
# the sections after the history that tell the retrial's prosecution (重审中，公诉机关补充起诉指控：…) and what the court
# made of it
_RETRIAL_KINDS = ("prosecution", "defence", "facts", "reasoning")
# …刑事判决，维持某区人民法院（2009）某刑初字第107号刑事判决第一项…: another decision it upholds, by its number
_UPHOLDS_RE = re.compile(rf"\s*[，,：:]\s*(?:判决|裁定)?维持[^。；，,（(]{{0,30}}?(?P<n>{CASE_NUMBER_RE.pattern})")
# …刑事裁定，驳回上诉，维持原判: the whole appeal or protest dismissed, and the whole judgment upheld, whoever's appeal
# it names (驳回吴某的上诉，维持原判; not 驳回吴某的上诉，维持原审对吴某的判决, which may leave others' changed)
_UPHELD_RE = re.compile(
    r"\s*[，,：:]\s*驳回(?:[^，,。；;、]{1,16}?的)?(?:上诉|抗诉|上诉、抗诉|抗诉、上诉)\s*[，,]\s*维持原判")
# …刑事裁定，以事实不清为由，撤销原判，发回重审 (以事实不清，证据不足为由撤销原审刑事判决部分，发回重新审判; …刑事裁定：
# 撤销原判，发回重审): the case sent back for a new trial
_REMANDED_RE = re.compile(
    r"\s*[，,：:]\s*(?:以[^。；]{1,80}?为由\s*[，,]?\s*)?(?:裁定)?撤销(?:原判决?|原审[^，。]{0,10})(?:中?的?刑事部分)?\s*[，,]\s*"
    r"发回[^，。]{0,12}?重(?:新)?审"
)
# …刑事裁定，同意原审判决，并依法报请本院核准: a 复核 that agrees with the whole judgment before it
_AGREED_RE = re.compile(r"\s*[，,]\s*同意(?:原判|原审判决|一审判决|第一审判决)(?:[，,]\s*(?:并|遂)?(?:依法)?报请|\s*[。；;]|$)")
# 在十日的法定期限内 (在法定的十日上诉、抗诉期限内, 在接到判决书的第二日起十日内) 没有上诉、抗诉: the period, where the
# history gives its days
_DAYS = r"[一二三四五六七八九十两\d]{1,3}"
_SOUGHT = r"(?:上诉、抗诉|抗诉、上诉|上诉|抗诉)"
_PERIOD_DAYS_RE = re.compile(
    rf"在(?:法定的?)?({_DAYS})日的?(?:法定{_SOUGHT}?|{_SOUGHT})期限?内|在?接到(?:判决书|裁定书)的?第二日起({_DAYS})日内")
# the period itself, with or without its days: its 上诉 (在法定上诉期限内没有上诉) tells no appeal
_PERIOD_RE = re.compile(
    rf"在(?:法定的?)?(?:{_DAYS}日的?)?(?:法定{_SOUGHT}?|{_SOUGHT})期限?内|在?接到(?:判决书|裁定书)的?第二日起{_DAYS}日内")
_NO_REVIEW_RE = re.compile(r"(?:没有|未|无|均未|均没有|不)(?:提出|提起)?(?:上诉|抗诉)(?:、(?:上诉|抗诉))?")


# 现已审理终结: the history ends there (what follows retells the findings: 原判认定：2011年3月9日…)
_TRIED_RE = re.compile(r"审理终结|审理完毕")
# 提出抗诉, 提起上诉: the act whose day the history may tell in its sentence (…于2013年5月27日…提出抗诉)
_SOUGHT_RE = re.compile(r"(?:提出|提起)(?:上诉|抗诉)")


def _sought_on(text: str, start: int, end: int, decided: date) -> tuple[tuple[int, int], date] | None:
    """The day the first appeal or protest ``text[start:end]`` tells after a decision of ``decided`` was made: the
    last full date of its sentence before 提出抗诉 (同年 of the decision's year), with its span; None where its
    sentence tells no day."""
    m = _SOUGHT_RE.search(text, start, end)
    if m is None:
        return None
    opens = max(text.rfind("。", start, m.start()), text.rfind("；", start, m.start()), start - 1) + 1
    days = list(find_dates(text[opens : m.start()], base=decided))
    if not days:
        return None
    span, day = days[-1]
    return (opens + span.start, opens + span.end), day


def _protests(gap: str) -> list[re.Match[str]]:
    """The protests and new facts prosecuted ``gap`` (the history after a decision) tells
    (:data:`_PROTEST_RE`), less new facts it denies (:data:`_NO_NEW_FACTS_RE`: 公诉机关未变更起诉)."""
    return [p for p in _PROTEST_RE.finditer(gap)
            if not p.group("new") or not _NO_NEW_FACTS_RE.search(gap, max(0, p.start() - 8), p.start())]


def _retrial_new_facts(text: str, secs: Sections, since: int) -> str:
    """The clauses of the sections after ``since`` (the history's end) that tell new facts prosecuted at the
    retrial this document records (:data:`_RETRIAL_KINDS`: 重审期间，公诉机关变更起诉，指控被告人甲某犯抢劫罪、
    故意杀人罪), each from its cue to its 。, joined: what was done against a remand the history tells last."""
    out = []
    for sec in secs:
        if sec.kind in _RETRIAL_KINDS and sec.start >= since:
            part = text[sec.start : sec.end]
            for p in _protests(part):
                if p.group("new"):
                    stop = part.find("。", p.end())
                    out.append(part[p.start() : len(part) if stop == -1 else stop + 1])
    return "".join(out)


def _new_facts_against(gap: str, protests: list[re.Match[str]], names: list[str]) -> tuple[str, ...]:
    """The defendants the history names where all it tells against a decision is new facts prosecuted (补充指控被告人X的
    行贿犯罪事实): theirs alone, not a protest of the whole decision. None where a 抗诉 is told or nobody is named."""
    if not protests or not all(p.group("new") for p in protests):
        return ()
    named = []
    for p in protests:
        stop = gap.find("。", p.end())
        clause = gap[p.end() : stop if stop != -1 else len(gap)]
        named += [n for n in names if n and n in clause]
    return tuple(dict.fromkeys(named))


# an appeal told after a decision; not the party's label of a sentence changed on appeal (改判上诉人X免于刑事处罚)
_APPEALED_RE = re.compile(r"上诉(?!人)")
# a defendant's appeal told beside a protest: 提出上诉, 不服，上诉…; not 未上诉, 没有上诉, 不上诉, 撤回上诉
_DEFENDANT_APPEALED_RE = re.compile(r"(?<![未不回])(?<!没有|放弃)(?:提出|提起)?上诉(?![人状期])")
# the combined sentence told after a stop that ends the counts' (…判处有期徒刑六年。总和刑期二十一年，决定执行…)
_COMBINED_NEXT_RE = re.compile(r"\s*(?:总和刑期|决定执行|数罪并罚|合并执行)")


def _own_decisions(
    doc: Document, secs: Sections, sp: _Spans, names: list[str], kinds: tuple[str, ...] = ("procedure",),
    days_after: bool = True,
) -> tuple[tuple[EarlierDecision, ...], str]:
    """This case's earlier decisions told in the procedure history (the sections of ``kinds``), in the order told, each
    with the sentences the history says it imposed (the clause after it, up to its 。: …刑事判决，认定被告人X犯Y罪，
    判处…) and who sought its review before the next one; and that history's text. ``days_after`` False: no day told
    after a decision is read as the history's (``told_before``)."""
    text = doc.text
    # (clause, day, case number, its section's end, the form told after a quoted decision's sentences)
    found: list[tuple[re.Match[str], date | None, str, int, re.Match[str] | None]] = []
    for sec in secs:
        if sec.kind not in kinds:
            continue
        dated = []
        for m in _OWN_DECISION_RE.finditer(text, sec.start, sec.end):
            day = next(find_dates(m.group("d")), None)
            number = CASE_NUMBER_RE.search(m.group(0))
            if day is not None and number is not None:
                dated.append((m, day[1], number.group(0), sec.end, None))
        undated = [(m, _day_opening(text, sec.start, m.start()), number.group(0), sec.end, None)
                   for m in _UNDATED_DECISION_RE.finditer(text, sec.start, sec.end)
                   if not any(x.start() <= m.start() < x.end() for x, *_ in dated)
                   and (number := CASE_NUMBER_RE.search(m.group(0))) is not None]
        for m in _QUOTED_DECISION_RE.finditer(text, sec.start, sec.end):
            opens, end = text.rfind("。", sec.start, m.start()), text.find("。", m.end(), sec.end)
            if any(opens < x.start() < m.start() for x, *_ in dated + undated):
                continue  # upheld by a decision of its sentence (…作出…刑事裁定，维持…号对被告人…的判决): its sentences
            tail = _QUOTED_FORM_RE.search(text, m.end(), sec.end if end == -1 else end)
            if tail is not None and (number := CASE_NUMBER_RE.search(m.group(0))) is not None:
                undated.append((m, None, number.group(0), sec.end, tail))
        found += sorted(dated + undated, key=lambda f: f[0].start())
    out: list[EarlierDecision] = []
    # the history told after the decision before (its start, its text, its day, its appeal's span)
    gap_before: tuple[int, str, date | None, tuple[int, int] | None] | None = None
    # the course of an appeal told in a procedure paragraph of its own after the account of the decision
    # appealed (原判认定…。⏎宣判后，原审被告人甲某以原判量刑过重为由提出上诉。…申请撤回上诉): the later procedure
    # sections, each told after the decision before it
    courses = [sec for sec in secs.all("procedure")[1:] if "procedure" in kinds]
    for k, (m, day, number, section_end, tail) in enumerate(found):
        stop = text.find("。", m.end())
        if stop != -1 and not text[m.end() : stop].strip() and text.startswith("认定", stop + 1):
            stop = text.find("。", stop + 1)  # …刑事附带民事判决。认定被告人X犯Y罪，判处…: a stop where a comma belongs
        while stop != -1 and _COMBINED_NEXT_RE.match(text, stop + 1):
            stop = text.find("。", stop + 1)  # …犯挪用公款罪，判处有期徒刑六年。总和刑期二十一年，决定执行…: one sentence
        stop = len(text) if stop == -1 else stop
        if tail is not None:
            stop = tail.start()  # its sentences end where its form is told (…，继续追缴赃款…的刑事裁定)
        base = f"earlier_decisions[{k}]"
        sp.add(base, m.span())
        told: dict[str, OriginalSentence] = {}
        entries = parse_result(text, m.end(), stop, names) or parse_revisions(text, m.end(), stop, names)
        _retold_sentences(doc, entries, f"{base}.sentences", sp, told)
        after = text[stop : found[k + 1][0].start() if k + 1 < len(found) else section_end]
        upto = found[k + 1][0].start() if k + 1 < len(found) else len(text)
        after_all = after + "".join(text[c.start : min(c.end, upto)] for c in courses
                                    if section_end <= c.start < upto)
        gap = _NO_REVIEW_RE.sub("", _PERIOD_RE.sub("", after_all))
        remanded = bool(_REMANDED_RE.match(text, m.end(), stop))
        if remanded and k == len(found) - 1:  # the retrial this document records: new facts prosecuted there
            gap += _retrial_new_facts(text, secs, section_end)
        protests = _protests(gap)
        against = _new_facts_against(gap, protests, names)
        appeal = ("prosecution" if protests and not against else "defendant" if _APPEALED_RE.search(gap)
                  else "none" if _NO_REVIEW_RE.search(after_all) else None)
        # (beside a protest too: 宣判后，X提出上诉，检察院提出抗诉)
        appealed = appeal == "defendant" or (appeal == "prosecution" and _DEFENDANT_APPEALED_RE.search(gap) is not None)
        o = doc.original_span(*m.span())
        form = tail.group(1) if tail is not None else "驳回申诉通知" if m.group(0).endswith("通知") else m.group(0)[-2:]
        sentences = tuple(told.values())
        upheld = bool(_UPHELD_RE.match(text, m.end(), stop))
        agreed = bool(_AGREED_RE.match(text, m.end(), stop + 1))
        upholds = _UPHOLDS_RE.match(text, m.end(), stop)
        if upholds is not None:
            sp.add(f"{base}.upholds", upholds.span("n"))
        period = _PERIOD_DAYS_RE.search(after) if appeal == "none" else None
        opens = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        # the sentence's subject, not 根据…法院的指定管辖; a quoted decision's court is named in it (维持…中级人民法院（2012）…号)
        court = _COURT_NAME_RE.search(text, *((m.start(), m.end()) if tail is not None else (opens, m.start())))
        if court is not None:
            sp.add(f"{base}.court", court.span())
        sought = (_sought_on(text, stop, stop + len(after), day)
                  if day is not None and appeal in ("prosecution", "defendant") else None)
        if sought is not None:
            sp.add(f"{base}.sought_on", sought[0])
        # the history's days, not those of a retold finding after it (现已审理终结。原判认定：2011年3月9日…)
        told = after[: m_end.start()] if (m_end := _TRIED_RE.search(after)) else after
        earlier = next(((span, d) for span, d in find_dates(told, base=day)
                        if d < day and (sought is None or sought[0] != (stop + span.start, stop + span.end))),
                       None) if days_after and day is not None else None
        if earlier is not None:
            sp.add(f"{base}.told_before", (stop + earlier[0].start, stop + earlier[0].end))
        later = _later_told(gap_before, day)  # (between two decisions: the history's, ``days_after`` or not)
        if later is not None:
            sp.add(f"{base}.later_told_before", later[0])
        gap_before = (stop, told, day, sought[0] if sought else None)
        out.append(EarlierDecision(
            day.isoformat() if day else None, number, form, o.start, o.end, o.text, sentences, appeal, upheld=upheld,
            remanded=remanded,
            agreed=agreed, upholds=upholds.group("n") if upholds else None, appealed=appealed,
            appeal_days=int(cn_to_number(period.group(period.lastindex or 1))) if period else None,
            new_facts_against=against, court=court.group() if court else None,
            sought_on=sought[1].isoformat() if sought else None,
            told_before=earlier[1].isoformat() if earlier else None,
            later_told_before=later[1].isoformat() if later else None,
        ))
    return tuple(out), " ".join(text[s.start : s.end] for s in secs if s.kind == "procedure")


def _later_told(
    gap: tuple[int, str, date | None, tuple[int, int] | None] | None, day: date | None
) -> tuple[tuple[int, int], date] | None:
    """The first full day of ``gap`` (the history told after the decision before: its start, its text, that
    decision's day, its appeal's span) later than ``day``, a decision's, other than that appeal's; with its span."""
    if gap is None or day is None or gap[2] is None:
        return None
    start, told, before, appeal = gap
    return next((((start + s.start, start + s.end), d) for s, d in find_dates(told, base=before)
                 if d > day and (start + s.start, start + s.end) != appeal), None)


def _day_opening(text: str, start: int, at: int) -> date | None:
    """The day that opens the clause of a decision told at ``at`` before its court (。同年10月19日，阜新市中级人民法院
    作出（2010）…号刑事判决), a relative one read on from the history's days before it (``start``: the history's
    start); None where the clause opens otherwise."""
    opens = max(text.rfind(c, start, at) for c in "。；\n") + 1
    head = _DAY_THEN_COURT_RE.fullmatch(text, max(opens, start), at)
    if head is None:
        return None
    days = [d for span, d in find_dates(text[start:at]) if span.start == head.start("d") - start]
    return days[0] if days else None


# a day, then the court that made the decision after it (同年10月19日，阜新市中级人民法院)
_DAY_THEN_COURT_RE = re.compile(rf"\s*(?P<d>[^，。；]{{4,16}}?日)[，,]\s*{_COURT_NAME_RE.pattern}\s*")


# the words that tell a decision to retry the case (决定再审, 决定对该案进行再审, 指令再审决定, 再审决定，对本案进行提审), not a
# document's title (再审决定书)
_RETRIAL_ORDER_RE = re.compile(r"决定(?:对(?:本|该)案)?(?:进行)?(?:再审|提审)|(?:指令)?再审决定(?!书)")
# what follows a ruling's day (于2009年12月18日裁定撤销…, 于2010年9月8日作出…, 于…以（2010）…号刑事判决)
_RULED_AFTER_RE = re.compile(r"\s*(?:作出|以|裁定|判决)")


def _retrial_orders(doc: Document, secs: Sections, sp: _Spans, kinds: tuple[str, ...]) -> tuple[RetrialOrder, ...]:
    """The decisions to retry the case the history (the sections of ``kinds``) tells with a full day in their clause
    before the words (于2010年8月23日以…为由决定再审; 本院于2013年3月14日作出（2012）刑监字第182号指令再审决定), the last
    such day; with the case number between the day and the words, where there is one, and the day of the first ruling
    told after it."""
    text, out = doc.text, []
    for sec in secs:
        if sec.kind not in kinds:
            continue
        for m in _RETRIAL_ORDER_RE.finditer(text, sec.start, sec.end):
            opens = max(text.rfind("。", sec.start, m.start()), text.rfind("；", sec.start, m.start()), sec.start - 1) + 1
            days = list(find_dates(text[opens : m.start()]))
            if not days:
                continue
            span, day = days[-1]
            start = opens + span.start
            o = doc.original_span(start, m.end())
            if any(o.start == x.start for x in out):
                continue  # sections that overlap (the prosecution's account and the facts)
            number = CASE_NUMBER_RE.search(text, start, m.start())
            base = f"retrial_orders[{len(out)}]"
            sp.add(base, (start, m.end()))
            ruled = next(((at, d) for at, d in find_dates(text[m.end() : sec.end])
                          if _RULED_AFTER_RE.match(text, m.end() + at.end)), None)
            if ruled is not None:
                sp.add(f"{base}.ruled_on", (m.end() + ruled[0].start, m.end() + ruled[0].end))
            out.append(RetrialOrder(day.isoformat(), number.group(0) if number else None, o.start, o.end, o.text,
                                    ruled[1].isoformat() if ruled else None))
    return tuple(out)


def _sentence(e: OutcomeEntry) -> Sentence:
    p = e.executed
    return Sentence(
        principal=p.principal,
        term_months=p.term_months,
        term_days=p.term_days,
        probation_months=p.probation_months,
        fine_yuan=p.fine_yuan,
        political_rights=p.political_rights,
        confiscation=p.confiscation,
        term_start=e.term_start.isoformat() if e.term_start else None,
        term_end=e.term_end.isoformat() if e.term_end else None,
        probation_days=p.probation_days,
        confiscation_yuan=p.confiscation_yuan,
        combined=e.combined,
        with_earlier_judgment=e.with_earlier_judgment,
        custody_credit_days=e.credit_days,
        earlier_principal=e.earlier.principal if e.earlier else None,
        earlier_term_months=e.earlier.term_months if e.earlier else None,
        earlier_fine_yuan=e.earlier.fine_yuan if e.earlier else None,
        deportation=p.deportation,
    )


def _count(charge: str, p: Punishment) -> Count:
    return Count(
        charge=charge,
        principal=p.principal,
        term_months=p.term_months,
        term_days=p.term_days,
        fine_yuan=p.fine_yuan,
        political_rights=p.political_rights,
        confiscation=p.confiscation,
        confiscation_yuan=p.confiscation_yuan,
        probation_months=p.probation_months,
        deportation=p.deportation,
    )


def _charge_mentions(
    text: str, start: int, end: int, cue: re.Pattern[str], court: bool = False
) -> list[tuple[str, tuple[int, int]]]:
    """The charges named in ``text[start:end]`` after a cue (构成, 犯 …): (standard name, span) of every
    mention; with ``court`` (the reasoning), not one the first instance found that the court says was wrong
    (:func:`~fayan.nlp.circumstances.overturned`: 原判认定为盗窃罪不当)."""
    out: list[tuple[str, tuple[int, int]]] = []
    last = -1  # end of the last mention taken: a list (构成甲罪、乙罪和丙罪) shares its cue
    for span, c in find_charge_mentions(text[start:end]):
        s = start + span.start
        base = max(start, s - 12)
        # 构成《中华人民共和国刑法》第二百六十四条规定的盗窃罪: the cue stands before the statute it cites
        if cited := _CITED_BEFORE_RE.search(text, max(start, s - 60), s):
            base = max(start, cited.start() - 12)
        before = text[base : cited.start() if cited else s]
        if not cited and "《" in before and "》" not in before:
            continue
        # a cue of this clause: not 构成 of 不符合甲罪的构成要件，不具有乙罪的…
        cues = [c for c in cue.finditer(before) if not re.search(r"[，,。；;：:]", before[c.end() :])]
        # the nearest cue names it, unless negated: 不构成抢劫罪 / 不符合诈骗罪的构成要件 / 不能以…罪定罪 reject a charge,
        # and so does a negated provision its clause cites before it (依法不能适用刑法第二百六十七条第二款以抢劫罪定罪处罚)
        named = bool(cues) and _NEGATED_CUE_RE.search(before[: cues[-1].start()]) is None and not (
            court and _QUESTION_CUE_RE.search(before[: cues[-1].start()])) and not (
            _NOT_APPLIED_RE.search(text, _clause_start(text, start, s), base + cues[-1].start()))
        after = start + span.end
        if named and (_in_quoted_opinion(text, start, s, end) or _PRIOR_CONVICTION_AFTER_RE.match(text, after)
                      or _WRONGLY_CONVICTED_RE.match(text, after) or _charge_rejected(text, start, s, after)
                      or court and overturned(text, start, s, after)):
            # a party's point, an earlier conviction (被告人曾因犯X罪被本院判处…), one the court quashes or rejects
            # (原判认定为盗窃罪不当，应予纠正: the first instance's, not the court's)
            continue
        if named or (last != -1 and re.fullmatch(r"\s*[、和及,，]\s*", text[last:s])):
            out.append((c.standard, (s, start + span.end)))
            last = start + span.end
    return out


def _first_of_each(mentions: list[tuple[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    """Each charge's first mention, in text order."""
    first: dict[str, tuple[int, int]] = {}
    for name, span in mentions:
        first.setdefault(name, span)
    return first


# an earlier conviction told after the charge: …罪被本院判处, …罪所判处 (与其前犯盗窃罪所判处的刑罚并罚)
_PRIOR_CONVICTION_AFTER_RE = re.compile(
    r"(?:\s*[、和及]\s*[^，。；、]{1,20}?罪)*\s*(?:被[^，。；]{0,25}?|所)(?:判处|判决|判刑|判过刑)")  # 曾因犯X罪被判过刑
# a conviction the court finds wrong: …的行为以窝藏罪定罪判刑不当 (and 并无不当 is not one)
_WRONGLY_CONVICTED_RE = re.compile(r"(?:定罪|定性|认定|判刑|量刑|处罚|判处刑罚){1,3}(?:不当|错误|有误)")
_NEGATED_CUE_RE = re.compile(r"(?:不|不能|不应|不应当|不宜|不得|无法|并非|不是)$")
# a question the reasoning asks, then answers, is no finding of it either (关于被告人甲某是否构成掩饰、隐瞒犯罪所得罪。经查，…)
_QUESTION_CUE_RE = re.compile(r"(?:是否|能否|可否|应否)$")
# a provision the clause says does not apply, right before the cue (不能适用刑法第二百六十七条第二款以…)
_NOT_APPLIED_RE = re.compile(r"(?:不|不能|不应|不应当|不宜|不得|无法)(?:再)?(?:适用|依照|依据|按照|援引|引用)[^，,。；;：:]*$")


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` opens: after the last ，。；： before it (from ``lo``)."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in "，,。；;：:"))
# the prosecution's charge the reasoning retells and then rejects in the same sentence (公诉机关指控被告人X犯Y罪，现有
# 证据不足以证实其明知，指控的犯罪不能成立): not the court's finding; 指控…犯Y罪的事实清楚…罪名成立 is, and so is one whose
# sentence rejects only a count or a fact of it (但指控的第二起盗窃事实证据不足，本院不予认定)
_CHARGED_BEFORE_RE = re.compile(r"指控[^。；]{0,30}$")
# (指控的故意毁坏财物罪不能成立: the charge named again in the words that reject it)
_REJECTED_AFTER_RE = re.compile(
    r"[^。]{0,80}?(?:指控的?(?:罪名|犯罪)(?:不能|不)成立|指控的?(?P<named>[^。，,；;]{1,20}?罪)名?(?:不能|不)成立|罪名(?:不能|不)成立"
    r"|不能认定[^。，；]{0,10}(?:构成|犯有?)[^。，；]{0,12}罪)"
)


# a statute's article right before a charge it names (…《中华人民共和国刑法》第二百二十四条规定的合同诈骗罪)
_CITED_BEFORE_RE = re.compile(r"(?:《[^《》]{1,30}》)?第[〇零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十])?"
                              r"(?:第[一二三四五六七八九十\d]+款)?(?:第[（(]?[一二三四五六七八九十\d]+[）)]?项)?(?:之|所)?规定的\s*$")


# the prosecution's charge the court says is the wrong name for the acts (公诉机关指控被告人甲犯抢劫罪的罪名不当，本院予以
# 纠正; 指控的定性有误; 对指控的罪名予以变更): right after the charge, or further on in its sentence, where no other charge
# is named between; not 罪名并无不当, nor a wrong amount it corrects (指控的数额有误，本院予以纠正)
_MISNAMED_RIGHT_AFTER_RE = re.compile(r"的?(?:罪名|定性)?(?:认定)?(?:不当|有误|错误|不准确|不妥|欠妥)")
_MISNAMED_AFTER_RE = re.compile(
    r"[^。；;]{0,80}?(?P<wrong>(?:罪名|定性)(?:认定)?(?:明显)?(?:不当|有误|错误|不准确|不妥|欠妥)"
    r"|(?:罪名|定性)[^。；;，,]{0,6}?予以(?:纠正|变更)|变更(?:罪名|定性))"
)
# …, the court naming another charge for the acts in its sentence (公诉机关指控被告人甲犯抢劫罪，…，其行为应以抢夺罪定罪处罚),
# where it does not hold the charge made out (指控的罪名成立), and names it nowhere in that clause
_ANOTHER_CHARGE_RE = re.compile(r"应(?:当)?(?:以|认定为|定性为)(?P<charges>[^，,。；;]{1,30}?罪)(?:定罪|论处|处罚|追究)")
_HELD_RE = re.compile(r"成立|正确|准确|无误")
# the charges listed right after one (犯甲罪、乙罪的罪名不当: the words are said of them all)
_LISTED_AFTER_RE = re.compile(r"(?:\s*[、和及与]\s*[^，,。；;、]{1,15}?罪)+")


def _same_charge(a: str, b: str) -> bool:
    """Whether two charge names are one standard charge (the same words where either is none)."""
    x, y = normalize_charge(a), normalize_charge(b)
    return x.standard == y.standard if x is not None and y is not None else a == b


def _charge_rejected(text: str, lo: int, at: int, end: int) -> bool:
    """Whether the charge at ``at`` (ending at ``end``) is the prosecution's, retold and rejected in its
    sentence: not made out (指控的罪名不能成立), the wrong name for the acts (指控被告人甲犯抢劫罪的罪名不当，本院予以
    纠正), or one for which the court names another (…，应以抢夺罪定罪处罚)."""
    if not _CHARGED_BEFORE_RE.search(text, max(lo, at - 40), at):
        return False
    if (m := _REJECTED_AFTER_RE.match(text, end)) is not None and (
            m.group("named") is None or _same_charge(m.group("named"), text[at:end])):
        return True  # (of a charge the words name, this one: not 指控的乙罪不能成立 after 犯甲罪、乙罪)
    if _MISNAMED_RIGHT_AFTER_RE.match(text, end):
        return True
    listed = _LISTED_AFTER_RE.match(text, end)
    after = listed.end() if listed else end
    if (m := _MISNAMED_AFTER_RE.match(text, after)) is not None:
        return not any(find_charge_mentions(text[after : m.start("wrong")]))
    stop = min((k for k in (text.find(c, after) for c in "。；;") if k != -1), default=len(text))
    own = normalize_charge(text[at:end])
    for m in _ANOTHER_CHARGE_RE.finditer(text, after, stop):
        named = {c.standard for _s, c in find_charge_mentions(m.group("charges"))}
        held = _HELD_RE.search(text, after, m.start())
        if named and own is not None and own.standard not in named and not held:
            return True
    return False


# 关于辩护人提出的…应以私分国有资产罪定罪量刑的辩护意见, 辩护人认为…构成故意伤害罪的辩护意见: a party's point the
# reasoning answers, not its finding (without 关于/对于 only the defence's: 公诉机关认为…的意见成立 is the court's too)
_OPINION_OPEN_RE = re.compile(
    r"(?:关于|对于)[^。；]{0,30}?(?:辩护人|被告人|上诉人|公诉机关|检察院|检察员|抗诉机关|诉讼代理人)[^。；]{0,20}?"
    r"(?:提出|认为|辩称|主张|所提)|(?:辩护人|辩护律师|上诉人|诉讼代理人)[^。；，]{0,20}?(?:提出|认为|辩称|主张|所提)"
)
_OPINION_CLOSE_RE = re.compile(r"意见|理由")


def _in_quoted_opinion(text: str, start: int, at: int, end: int) -> bool:
    """Whether ``at`` lies in a 关于…提出…的意见 clause of ``text[start:end]`` (the point the court answers)."""
    open_at = max(text.rfind("。", start, at), text.rfind("；", start, at), start - 1) + 1
    opened = None
    for opened in _OPINION_OPEN_RE.finditer(text, open_at, at):
        pass
    if opened is None or _OPINION_CLOSE_RE.search(text, opened.end(), at) or "本院" in text[opened.end() : at]:
        return False
    stop = min(k for k in (text.find("。", at, end), text.find("；", at, end), end) if k != -1)
    return _OPINION_CLOSE_RE.search(text, at, stop) is not None


# a charge the reasoning concludes (其行为已构成X罪): a name of two or more characters, none of them 罪
# (a name may hold 、: 构成走私、贩卖、运输、制造毒品罪)
_CONCLUDED_RE = re.compile(r"(?<![不未否])构成([\u4e00-\u9fff](?:(?!罪)[\u4e00-\u9fff、]){1,24}罪)")
# 构成共同犯罪, 构成单位犯罪, 构成此罪: no charge's name
_NO_CHARGE_NAME_RE = re.compile(r"(?:犯罪|^[此该本何其他两各同][一种个]?罪)$")
# words before a charge's name that make another name of it (入户抢劫罪, 持枪抢劫罪, 入室盗窃罪: the act that opens a
# bracket, or how it was done, is no part of a charge's name), not words of the sentence (构成了抢劫罪, 构成量刑较轻的
# 职务侵占罪, 构成抢劫和盗窃罪, 构成一个抢劫罪)
_NAME_PREFIX_RE = re.compile(r"(?:(?![了的和与及或个种项])[\u4e00-\u9fff]){1,4}")


def _unknown_concluded(text: str, reasoning: Section) -> list[tuple[str, tuple[int, int]]]:
    """The charges the reasoning concludes (构成X罪) under a name that is no standard name, alias or old name (构成杀人罪
    for 故意杀人罪), with their spans: not a name a charge mention covers, not one in a quoted statute (《…》) or in a
    party's point the court answers; and a standard name after words that make another name of it (构成入户抢劫罪)."""
    a, b = reasoning.start, reasoning.end
    known = [(a + s.start, a + s.end) for s, _ in find_charge_mentions(text[a:b])]
    out = []
    for m in _CONCLUDED_RE.finditer(text, a, b):
        s, e = m.span(1)
        if _NO_CHARGE_NAME_RE.search(m.group(1)):
            continue
        covered = [(x, y) for x, y in known if x < e and y > s]
        if covered and not (covered[0][1] == e and _NAME_PREFIX_RE.fullmatch(text, s, covered[0][0])):
            continue
        before = text[max(a, s - 12) : s]
        if ("《" in before and "》" not in before) or _in_quoted_opinion(text, a, s, b):
            continue
        out.append((m.group(1), (s, e)))
    return out


# the result's note of when the fine is to be paid: 罚金限判决生效后十日内缴纳, 罚金于本判决生效后…缴纳, 罚金已缴纳
_FINE_NOTE_RE = re.compile(r"罚金[^。；）)]{0,30}?缴纳|缴纳罚金")


# 指控被告人X犯Y罪 (指控李某犯有强奸罪、盗窃罪): where the charges prosecuted are named (not 指控的犯罪事实)
# (a list of ten defendants runs to 45 characters before 犯: 指控被告人张某、…、郭某某犯非法经营罪一案); and the case's
# own line, 被告人X犯Y罪一案 (…，被告人乙、丙犯Z罪一案，本院经审查: each defendant's clause of a list after 指控)
_PROSECUTED_CHARGE_RE = re.compile(
    r"(?:指控|追诉)[^，。；犯]{0,120}?犯(?!罪)有?"
    r"|(?:被告人|上诉人|罪犯|被告单位)[^，。；犯]{0,120}?犯(?!罪)有?(?=[^。；]{2,120}?一案)"
)


def _unknown_prosecuted(text: str, secs: Sections) -> list[tuple[str, tuple[int, int]]]:
    """The charges the procedure and prosecution paragraphs say were prosecuted (指控被告人X犯Y罪) under a name that is
    no standard name, alias or old name (:func:`~fayan.nlp.charges.unknown_charge_names`: 绑架勒索罪), with their
    spans: each of the list up to its last 罪 (犯故意杀人罪、纵火罪一案), past the next person's name (、被告人乙犯Y罪).
    The 593 such clauses of the 154 dev judgments and 500 SPC rulings name none."""
    out = []
    for sec in secs:
        if sec.kind not in ("procedure", "prosecution"):
            continue
        for m in _PROSECUTED_CHARGE_RE.finditer(text, sec.start, sec.end):
            run = _CHARGE_LIST_RE.match(text, m.end(), sec.end)
            listed = run.group() if run else ""
            # not past a charge that no 、 or comma follows (所犯盗窃罪变更为抢劫罪: no list)
            ends = [sp.end for sp, _c in find_charge_mentions(listed) if listed[sp.end : sp.end + 1] not in "、，,"]
            listed = listed[: min(ends, default=len(listed))]
            listed = listed[: listed.rfind("罪") + 1]
            at = m.end()
            for name in unknown_charge_names(listed):
                at = text.index(name, at)
                who = _PERSON_BEFORE_RE.match(name)
                printed = name[who.end() :] if who else name
                span = (at + len(name) - len(printed), at + len(name))
                if len(printed) > 2 and normalize_charge(printed) is None and (printed, span) not in out:
                    out.append((printed, span))  # (a clause read after 指控 and again as 被告人乙犯Z罪一案)
                at += len(name)
    return out


# the words after 指控…犯 that may list charges (故意杀人罪、纵火罪一案; 受贿罪，签订、履行合同失职被骗罪一案): cut at the
# last 罪
_CHARGE_LIST_RE = re.compile(r"[\u4e00-\u9fff、]{2,80}(?:[，,][\u4e00-\u9fff、]{2,40}罪(?=一案))?")
# the next of a list of people before their charge (、被告人乙犯Y罪; ，被告人乙、丙犯Y罪)
_PERSON_BEFORE_RE = re.compile(r"(?:被告人)?(?:[\u4e00-\u9fff]{1,4}、)*[\u4e00-\u9fff]{1,4}?犯(?!罪)")


# 符合危险驾驶罪的构成要件 names the charge as 构成 does
_REASONING_CHARGE_CUE = re.compile(r"构成|犯|以|定|成立|认定为?|触犯|符合")
# (the label of the case in a form layout, 案由：盗窃罪 or 案由⏎盗窃罪 alone on its line, names the charge it was
# brought on)
_PROSECUTION_CHARGE_CUE = re.compile(r"犯|以|构成|涉嫌|指控|案由[ \t]*[：:]|(?:(?<=\n)|^)案由[ \t]*\n")


# 另案被告人X, 同案被告人X: somebody tried in another case, not a spelling of this defendant's name.
_ROLE_NAME_RE = re.compile(r"(?<!另案)(?<!同案)(?:被告人|上诉人|原审被告人|被告)(?:[（(][^）)]{0,8}[）)])?([\u4e00-\u9fff]{2,4})")
_PSEUDONYM_CHARS = set("某甲乙丙丁戊己庚辛壬癸ＸX×")
# no digit nor pseudonym's stem goes on from a masked name here (余某1, 余某甲 are other people than 余某)
_NO_PSEUDONYM_AFTER = rf"(?![\d０-９{''.join(sorted(_PSEUDONYM_CHARS))}])"


def _pseudonymous(name: str) -> bool:
    """Whether ``name`` holds a character of a pseudonym's (王某, 张甲, 李某乙) where no surname stands: not the surname
    丁 of a name (同案被告人丁建龙), which a pseudonym's 丁 never opens."""
    return name[:1] in "某ＸX×" or bool(_PSEUDONYM_CHARS & set(name[1:]))


def _masked(name: str) -> bool:
    """Whether ``name`` is a masked one (张某, 李某甲, 王×, 张甲), not a name with a stem of the sequence in it (韦丙青)."""
    return bool(re.search("[某ＸX×]", name)) or (len(name) == 2 and name[1] in _PSEUDONYM_CHARS)
_OTHER_PERSON_COUNT = 3  # a one-character variant written this often is somebody else
# words of kinship before a name (其兄X, 岳父X, 女友X)
_KIN_WORDS = (
    r"儿子|女儿|之子|之女|之兄|之弟|之妻|之夫|其兄|其弟|其姐|其妹|其妻|其夫|其父|其母|伯父|叔父|叔叔|岳父|岳母|妻子|丈夫|"
    r"父亲|母亲|哥哥|弟弟|姐姐|妹妹|侄子|侄女|堂侄|堂兄|堂弟|表哥|表弟|女友|男友|前妻|前夫|儿媳|女婿|妻妹|妻弟|外甥|孙子|孙女"
)
# role words that introduce a person who is no defendant of the case: a witness (证人, 目击证人), a victim,
# counsel or a representative, one who reported the crime, an accomplice tried elsewhere or at large, kin
_WITNESS_ROLES = r"证人|辩护人|法定代理人|诉讼代理人|委托代理人|报案人|举报人|鉴定人"
_ELSEWHERE_ROLES = r"同案人|同案犯|另案处理的|另案处理人员|另案被告人|在逃人员"
_NOT_A_DEFENDANTS_ROLES = rf"被害人|{_WITNESS_ROLES}|{_ELSEWHERE_ROLES}|其子|其女|{_KIN_WORDS}"
_NOT_A_VICTIMS_ROLES = rf"{_WITNESS_ROLES}|{_ELSEWHERE_ROLES}|其子|其女|{_KIN_WORDS}"
# a name, not a kind of evidence (证人证言、被害人陈述), in a list after a role word (证人甲某、乙某、X)
_LISTED_NAME = r"(?!证言|陈述|供述|辩解|笔录)[\u4e00-\u9fff]{2,3}"


# "经审理查明，公诉机关指控的事实清楚", "查明的事实、证据与指控的事实、证据相同", "与公诉机关的指控一致": the findings
# are the prosecution's account; on appeal "…与一审相同", "对原判认定的事实和证据予以确认", and in a retrial "经再审
# 查明：原审判决、裁定认定原审被告人甲某骗取…的事实清楚，证据确实、充分，本院予以确认": the first instance's
# findings (原判认定…), which the sections give as the prosecution's part
_ADOPTS_PROSECUTION = re.compile(
    r"(?:公诉机关|检察院|起诉书)?指控[^。]{0,40}?(?:事实|犯罪)[^。]{0,10}?(?:清楚|属实|成立)"
    r"|(?:原审|原判|一审)[^。，,]{0,10}?认定[^。]{0,60}?(?:事实|犯罪)[^。]{0,10}?(?:清楚|属实|成立)"
    r"|与(?:公诉机关|起诉书|检察院)?(?:的)?(?:起诉书)?指控(?:的)?(?:犯罪)?(?:事实)?(?:[、和及]?(?:证据|罪名|情节))*(?:基本)?(?:相同|一致|相符)"
    r"|与(?:一审|原审|原判)(?:判决|法院)?(?:认定的?)?(?:事实)?(?:[、和及]?证据)*(?:基本)?(?:相同|一致)"
)
_HEADER_ROLE_RE = re.compile(
    r"原公诉机关|公诉机关|抗诉机关|自诉人|上诉人(?:[（(][^）)]{0,10}[）)])?|原审被告人|被告单位|被告人|罪犯|申诉人"
)


# 本院…（不）公开开庭审理: this court's hearing (not 报请本院核准 in a sentence about the lower court's)
_OWN_HEARING_RE = re.compile(r"(?<![报请向])本院[^。]{0,30}?(?P<w>不公开|公开)")


def _after_the_case(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` comes after the 一案 that closes the charge of its sentence (…指控…犯甲罪一案，…认定…犯乙罪)."""
    start = max(text.rfind("。", lo, at) + 1, lo)
    charged = [m.end() for m in re.finditer(r"指控|起诉", text[start:at])]
    return bool(charged) and "一案" in text[start + charged[-1] : at]


def _first_word(text: str, start: int, end: int, words: tuple[str, ...], sp: _Spans, fld: str) -> str | None:
    """The first of ``words`` (in their order of priority) in ``text[start:end]``; its span is recorded as ``fld``."""
    for w in words:
        k = text.find(w, start, end)
        if k != -1:
            sp.add(fld, (k, k + len(w)))
            return w
    return None


# 转为普通程序, 依法转换为简易程序, 改为普通程序审理: the procedure a trial was turned into
_PROCEDURE_CHANGE_RE = re.compile(r"(?:转为|转换为|转入|改为|改用|变更为)(?P<p>速裁|简易|普通)程序")
# 如不服本判决，可在接到判决书的第二日（次日, 第二天, 翌日）起十日内… : the appeal period the notice gives
_APPEAL_DAYS_RE = re.compile(r"(?:第二[日天]|次日|翌日|之日)起\s*(?P<n>[一二三四五六七八九十]{1,2}|\d{1,2})\s*日内")
# The court an appeal goes to: 上诉于/到X法院, or (直接)向X法院(口头或书面)(提出)上诉; 向本院递交上诉状 names none.
_APPEAL_COURT_RE = re.compile(
    r"上诉(?:于|到|至)\s*(?P<a>[^，。；、\s]{2,40}?法院)"
    r"|向\s*(?P<b>[^，。；、\s]{2,40}?法院)\s*(?:口头或者?书面|书面或者?口头)?\s*(?:提出|提起)?上诉"
)


def _recommendations(
    doc: Document, secs: Sections, end: int, names: list[str], sp: _Spans, units: list[str],
    others: Sequence[str] = (), aliases: Mapping[str, str] | None = None,
) -> tuple[tuple[Recommendation, ...], str | None, list[str | None]]:
    """The 量刑建议 before ``end`` (the result section), whether the reasoning adopts or rejects it, and what it
    says of each defendant's own (of ``names``, the result's defendants in order; ``units``, those of them
    that are units: 建议对被告单位判处罚金… is the unit's). ``others``: the people named who are none of them
    (a header defendant the result sentences for nothing, a co-defendant): a recommendation naming one is his,
    never the only defendant's (…；对被告人乙判处有期徒刑六个月，缓刑一年, where the result sentences 甲 alone).
    ``aliases`` maps the defendants' other names (a short form the document introduces) onto theirs."""
    text = doc.text
    recs = []
    found = find_recommendations(text, names, 0, end, units, others, aliases)
    for k, r in enumerate(found):
        sp.add(f"recommendations[{k}]", (r.start, r.end))
        o = doc.original_span(r.start, r.end)
        recs.append(replace(r, start=o.start, end=o.end, text=o.text))
    reasoning = secs.get("reasoning")
    # what the reasoning says of the 量刑建议, also where the recommendation itself was not read (公诉机关的量刑建议，
    # 本院予以采纳, with no term given before); without a recommendation, only the reasoning section is read
    at = reasoning.start if reasoning else 0
    word, span = stance(text, at, end) if recs or reasoning else (None, None)
    if span is not None:
        sp.add("recommendation_stance", span)
    # each defendant's, where the reasoning names whose it adopts or rejects (…对被告人甲、乙提出的量刑建议适当，本院予以
    # 采纳…对被告人丙的量刑建议明显不当，本院不予采纳) or says it naming no one; else the document's. Not of one
    # recommended nothing (:func:`_recommended_nothing`): no recommendation of his is ruled on, but where the
    # words name him.
    unrecommended = _recommended_nothing(text, found, names, aliases)
    own = stances(text, names, at, end, others, aliases, unrecommended) if span is not None else {}
    words: list[str | None] = []
    for i, n in enumerate(names):
        w, where = own.get(n, (None, None) if n in unrecommended else (word, span))
        if where is not None:
            sp.add(f"defendants[{i}].recommendation_stance", where)
        words.append(w)
    return tuple(recs), word, words


# what a part of a recommendation recommends (…；对被告人丙免予刑事处罚, 判处被告人丁剥夺政治权利一年)
_PUNISHMENT_WORDS_RE = re.compile(r"判处|免予|免除|单处|处以|有期徒刑|拘役|管制|罚金|缓刑|剥夺政治权利")
_STOP_RE = re.compile(r"[。\n]")  # a sentence's end, not a ；'s


def _recommended_nothing(
    text: str, found: Sequence[Recommendation], names: Sequence[str], aliases: Mapping[str, str] | None,
) -> set[str]:
    """The defendants of ``names`` the recommendations ``found`` in ``text`` leave out, each naming others
    (乙某、丙某自愿认罪认罚，建议对被告人乙某判处…；对被告人丙某判处…, 甲某 pleading not guilty), where no part
    (to a ；) of their sentences from the 建议 on names them with a punishment (…，对被告人丁某免予刑事处罚, a part
    not read as one; not 请法庭对被告人丁某依法判决). ``aliases`` maps their other names onto theirs."""
    if not found or any(not r.defendants for r in found):
        return set()
    parts = []
    for r in found:
        opens = max(text.rfind(c, 0, r.start) for c in "。\n") + 1
        cue = text.rfind("建议", opens, r.start)
        ends = _STOP_RE.search(text, r.end)
        said = text[cue if cue >= 0 else r.start : ends.start() if ends else len(text)]
        parts += [p for p in re.split(r"[；;]", said) if _PUNISHMENT_WORDS_RE.search(p)]
    spelt = {n: n for n in names if n} | {a: n for a, n in (aliases or {}).items() if a and n in names}
    told = {n for p in parts for w, n in spelt.items() if w in p}
    return {n for n in names if n and n not in told and all(n not in r.defendants for r in found)}


# 原审法院…认定被告人X犯Y罪，判处… / 原判以X罪判处被告人Y…: the first instance's sentence retold by the appeal
_ORIGINAL_RE = re.compile(r"(?:原审法院|原审判决|原判|一审法院|一审判决)[^。]{0,300}?判处[^。]*")
# 原判认为，…构成诈骗罪。…可以从轻处罚。据此，以诈骗罪判处被告人X… (or 依照…之规定，判决：被告人X犯…罪，判处…): the
# sentence closes the retold reasoning
_ORIGINAL_OPENS_RE = re.compile(r"(?:原审法院|原审判决|原判|一审法院|一审判决|一审)(?:经审理)?(?:认为|认定|审理认为)")
# (据此 and 遂 also after a comma: …系自首，依法可以从轻处罚，遂以故意伤害罪判处甲某有期徒刑十个月)
_THEREFORE_RE = re.compile(
    r"(?:(?<=[。；;\s])(?:据此|遂|故|综上|依照[^。]{0,300}?规定)|(?<=[，,])(?:据此|遂))[，,]?[^。]{0,200}?判处[^。]*"
)
# the retold result's next numbered item, after the 。 that closes the one before and its note (判决：一、被告人甲某犯…，
# 判处有期徒刑二年。（刑期…即自…起至…止。） 二、被告人乙某犯…): the sentences of a result retold item by item
_NEXT_ITEM_RE = re.compile(
    r"。\s*(?:[（(][^（）()]{0,300}[）)]\s*。?\s*)?(?=[二三四五六七八九十]+\s*[、.．]|[（(][二三四五六七八九十]{1,3}[）)])[^。]*"
)
# the first numbered item of a retold result (判决：一、 / 判决如下：（一）)
_FIRST_ITEM_RE = re.compile(r"[：:]\s*(?:一\s*[、.．]|[（(]一[）)])")
# a sentence that is no longer the first instance's account: the appeal, this court, the defence
_NOT_ORIGINAL_RE = re.compile(
    r"(?<=[。；;\s])\s*(?:(?:上诉人|原审被告人|被告人)[^。，,]{1,15}?(?:上诉|辩解|辩称)|上诉|抗诉|本院|二审|经审理查明|"
    r"辩护人|检察员|出庭|[^。]{0,30}检察院(?:认为|提出|的意见))"
)



def _first_instance(
    doc: Document, end: int, procedure: str | None, names: list[str], sp: _Spans
) -> tuple[tuple[OriginalSentence, ...], str | None, list[OutcomeEntry], list[tuple[int, OutcomeEntry]]]:
    """An appeal's account (before ``end``, the result section) of the first-instance sentences, who appealed
    (抗诉 or only 上诉), the retold result's item of each person whose sentence it tells, and the number of the
    item of a result retold item by item that sentences each person it names so (判决：一、被告人甲某犯…；二、…:
    1 and 甲某's entry), by which the appeal's result may uphold it (维持…刑事判决第一项)."""
    if procedure != "二审":
        return (), None, [], []
    text = doc.text
    # a 抗诉 made, not one denied (原公诉机关未提出抗诉) nor the period for one (在法定抗诉期限内), as the history reads
    made = _NO_REVIEW_RE.sub("", _PERIOD_RE.sub("", text[:end]))
    appeal_by = "prosecution" if "抗诉" in made else "defendant" if "上诉" in text[:end] else None
    out: dict[str, OriginalSentence] = {}
    spans = [(m.start(), m.end()) for m in _ORIGINAL_RE.finditer(text, 0, end)]
    for m in _THEREFORE_RE.finditer(text, 0, end):
        opens = [o for o in _ORIGINAL_OPENS_RE.finditer(text, max(0, m.start() - 1500), m.start())]
        if opens and not _NOT_ORIGINAL_RE.search(text, opens[-1].end(), m.start()):
            spans.append((m.start(), m.end()))
    items: dict[str, OutcomeEntry] = {}
    numbered: dict[str, tuple[int, OutcomeEntry]] = {}
    for s, e_ in sorted(spans):
        # a result retold item by item: its items after the first's 。 too, and after a note whose 。 ends no
        # item (…决定执行有期徒刑四年（刑期从判决执行之日起计算。判决执行以前先行羁押的，…止）。二、被告人乙某犯…)
        first = _FIRST_ITEM_RE.search(text, s, e_)
        if first:
            e_ = _past_open_note(text, s, e_, end)
            while (more := _NEXT_ITEM_RE.match(text, e_, end)) is not None:
                e_ = _past_open_note(text, s, more.end(), end)
        entries = parse_result(text, s, e_, names)
        _retold_sentences(doc, entries, "original_sentences", sp, out, items)
        for e in entries if first else ():
            n = item_number_at(text, first.start(), e.span[0]) if e.span[0] >= first.start() else None
            if n is not None and e.executed.principal is not None:
                numbered.setdefault(e.name, (n, e))
    return tuple(out.values()), appeal_by, list(items.values()), list(numbered.values())


# the first instance's reasoning as an appeal retells it (原判认为，… / 原审法院认为 / 一审法院经审理认为)
_RETOLD_REASONS_RE = re.compile(r"(?:原审法院|原审判决|原判|一审法院|一审判决|一审)(?:经审理|审理)?认为")
# words of the appeal, which the first instance's reasoning does not use
_APPEAL_WORDS_RE = re.compile(r"上诉|抗诉|二审|经审理查明")


def _upheld_reasons(
    text: str, at: int, names: list[str], own: list[CircumstanceHit], units: Collection[str] = ()
) -> list[CircumstanceHit]:
    """The circumstances the first instance's reasoning finds of ``names``, as an appeal ruling that upholds
    it retells it up to its sentences at ``at`` (原判认为，…泽仁某起次要作用，系从犯，依法减轻处罚。据此，以故意伤害罪判处…):
    the ruling adopts them (原判…定罪准确，量刑适当), save one its own reasoning ``own`` denies of the person (不构成
    自首). None where no such reasoning opens within 3000 characters before ``at``, or words of the appeal come
    between (上诉, 二审)."""
    opens = list(_RETOLD_REASONS_RE.finditer(text, max(0, at - 3000), at))
    if not opens or _APPEAL_WORDS_RE.search(text, opens[-1].end(), at):
        return []
    denied = {(c.kind, c.defendant) for c in own if c.negated}
    return [c for c in find_circumstances(text, opens[-1].end(), at, names, units=units)
            if (c.kind, c.defendant) not in denied]


def _past_open_note(text: str, start: int, end: int, stop: int) -> int:
    """``end``, or past the bracket that closes a note still open in ``text[start:end]`` (…四年（刑期从判决执行之日
    起计算。判决执行以前先行羁押的，…即自2017年6月20日起至2021年12月19日止）) where one closes within 300 characters,
    before ``stop``.

    >>> t = "判决：一、被告人甲某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算。即自…止）。二、…"
    >>> t[_past_open_note(t, 0, t.find("计算。") + 2, len(t)):][:3]
    '。二、'
    """
    told = text[start:end]
    if told.count("（") + told.count("(") <= told.count("）") + told.count(")"):
        return end
    close = re.match(r"[^（）()]{0,300}[）)]", text[end:stop])
    return end + close.end() if close else end


def _retold_sentences(
    doc: Document, entries: list[OutcomeEntry], field: str, sp: _Spans, told: dict[str, OriginalSentence],
    items: dict[str, OutcomeEntry] | None = None,
) -> None:
    """Each defendant's first sentence among ``entries`` (parsed from a decision the document retells) into ``told``,
    by name, its span recorded as ``field[k]``; its entry into ``items``, where given."""
    for e in entries:
        p = e.executed
        if p.principal is None or e.name in told:
            continue
        if items is not None:
            items[e.name] = e
        sp.add(f"{field}[{len(told)}]", p.span or e.span)
        for c, count in enumerate(e.counts):
            sp.add(f"{field}[{len(told)}].charges[{c}]", count.charge_span)
            if count.punishment.span:  # a count's punishment as printed (a misprinted 剥夺政治利终身 shows there)
                sp.add(f"{field}[{len(told)}].counts[{c}]", count.punishment.span)
        o = doc.original_span(*(p.span or e.span))
        # the counts where they differ from the sentence: several, or one joined to an earlier judgment's term
        several = len(e.counts) > 1 or (e.with_earlier_judgment and e.counts)
        counts = tuple(_count(c.charge, c.punishment) for c in e.counts) if several else ()
        told[e.name] = OriginalSentence(e.name, p.principal, p.term_months, p.term_days, p.probation_months, o.start,
                                        o.end, o.text, p.fine_yuan, e.with_earlier_judgment, counts, p.political_rights,
                                        tuple(e.charges), e.earlier.fine_yuan if e.earlier else None,
                                        p.confiscation_yuan)


# the amount levels, lowest first
_AMOUNT_LEVELS = ("较大", "巨大", "特别巨大")
# 数额较大 / 数额巨大 / 数额特别巨大 as the reasoning finds it (not 未达到数额较大, not a quoted statute or rule)
_AMOUNT_LEVEL_RE = re.compile(r"(?<![未不尚])(?<!未达到)(?<!没有达到)(?<!未达)(?:数额|金额)(特别巨大|巨大|较大)")
# 毒品数量大 / 数量较大 likewise; 数量巨大 and 数量特别巨大 (not the statute's words) are at least 数量大
_QUANTITY_LEVEL_RE = re.compile(r"(?<![未不尚])(?<!未达到)(?<!没有达到)(?<!不属于)(?<!不属)数量(?:特别)?巨?(较大|大)")
# 情节严重 / 情节特别严重 / 其他特别严重情节 likewise (not 不属于情节严重, 尚未达到情节特别严重, 不具有其他严重情节)
_SEVERITY_RE = re.compile(
    r"(?<![未不尚无非])(?<!不属于)(?<!不属)(?<!达到)(?<!不构成)(?<!不具有)(?<!没有)"
    r"(?:情节(特别严重|严重)|其他(特别严重|严重)情节)"
)
# the group the reasoning finds the defendants formed (刑法26②, 97: 犯罪集团; 恶势力犯罪集团; a 黑社会性质组织 is one
# too), or the one it says a defendant organised and led (邝某组织、领导该集团，系首要分子); not one it denies (不构成犯罪集团,
# 尚未形成犯罪集团), nor the statute's definition of a 首要分子 (在犯罪集团或者聚众犯罪中起组织、策划、指挥作用的)
_CRIME_GROUP_RE = re.compile(
    r"(?<!未形成)(?<!未结成)(?<!未组成)"
    r"((?:恶势力)?犯罪集团(?![或和及]者?聚众)|黑社会性质的?组织|(?<=组织、领导)(?:该|此|上述)?(?:犯罪)?集团)"
)
# a sentence that answers an argument or rejects a finding: 辩护人提出…不属于情节严重的意见; 认定…属情节严重，于法无据
_ARGUED_RE = re.compile(r"辩护|辩解|辩称|不予支持|不予采纳|于法无据|不能成立")


# a recital of the standard: the words before a level in its sentence open one (本省确定的执行标准（…, 起点为, 标准为：)
_RECITAL_OPENS_RE = re.compile(r"(?:标准|起点)(?:为|是)[：:]?[^，,。；;]*$")
# or the words after it give its figure (数额较大为三千元以上, “数额较大”的起点为六万元)
_RECITAL_FIGURE_RE = re.compile(r"[\"”’」]?(?:的)?(?:起点|标准|起刑点)?(?:为|是)(?:人民币)?[\d一二三四五六七八九十两百千万]")


def _in_quotation(text: str, start: int, pos: int) -> bool:
    """Whether a sentence that starts at ``pos`` lies inside quotation marks opened since ``start``; one that
    opens with the closing mark of a quotation ended by its own 。 (…依照规定。”本案系邻里纠纷引发，…犯罪情节较轻)
    is past it.

    >>> t = "刑法规定：“过失致人死亡的，处三年以上七年以下有期徒刑。”本案犯罪情节较轻。"
    >>> _in_quotation(t, 0, t.index("本案") - 1), _in_quotation(t, 0, t.index("处三年"))
    (False, True)
    """
    closing = re.match(r"[”」』]*", text[pos : pos + 4])
    before = text[start : pos + (closing.end() if closing else 0)]
    return before.count("“") > before.count("”")


def _recited(text: str, lo: int, at: int, end: int) -> bool:
    """Whether the level at ``at``..``end`` is words of a recital of the standard, not the court's finding:
    inside brackets opened in its sentence (since ``lo`` or the last 。 or ；), after 标准为/起点为 in its
    clause, or followed by its figure (数额较大为三千元以上). The court's own 属数额特别巨大 after such a recital
    is the finding.

    >>> t = "本院认为，根据本省执行标准（一千元以上为数额较大，三万元以上为数额特别巨大），属数额特别巨大。"
    >>> [_recited(t, 0, m.start(), m.end()) for m in _AMOUNT_LEVEL_RE.finditer(t)]
    [True, True, False]
    """
    lo = max(lo, text.rfind("。", lo, at) + 1, text.rfind("；", lo, at) + 1)
    before = text[lo:at]
    return (before.count("（") > before.count("）") or before.count("(") > before.count(")")
            or _RECITAL_OPENS_RE.search(before) is not None
            or _RECITAL_FIGURE_RE.match(text, end) is not None)


def _stated_level(
    text: str, reasoning: Section, pattern: re.Pattern[str], argued: bool = True, names: Sequence[str] = ()
) -> tuple[str, tuple[int, int]] | None:
    """The one level of ``pattern`` (数额巨大's 巨大, 情节严重's 严重) the reasoning finds, and where; None where it
    names none or several (one count's 数额巨大, another's 数额较大): :func:`_stated_levels`."""
    found = _stated_levels(text, reasoning, pattern, argued, names)
    return next(iter(found.items())) if len(found) == 1 else None


def _stated_levels(
    text: str, reasoning: Section, pattern: re.Pattern[str], argued: bool = True, names: Sequence[str] = ()
) -> dict[str, tuple[int, int]]:
    """Each level of ``pattern`` (数额巨大's 巨大, 情节严重's 严重) the reasoning finds, and where first, in the order
    first found. Words inside quotation marks or after a cited article's colon (《刑法》第二百六十六条：“诈骗公私
    财物，数额较大的…”) quote the law, not the finding; words in a clause that denies them (:func:`negated_finding`:
    不宜认定为情节严重, 本院不予认定情节严重) or in a cited law's title (:func:`in_title`) are no finding, nor words of a
    recital of the standard (:func:`_recited`: in brackets, after 标准为 or 起点为, or followed by the figure); with
    ``argued`` False, a sentence that answers an argument (:data:`_ARGUED_RE`) does not state one either;
    nor is a level said of one of the defendants ``names`` (:func:`_said_of`) the document's."""
    found: dict[str, tuple[int, int]] = {}
    for m in pattern.finditer(text, reasoning.start, reasoning.end):
        if _said_of(text, reasoning.start, m.start(), names):
            continue  # …数额特别巨大，其中被告人乙某参与诈骗数额巨大: 乙某's level
        before = text[reasoning.start : m.start()]
        if before.count("“") > before.count("”") or re.search(r"(?:条|款|规定|标准|通知|解释)[：:][^。]*$", before):
            continue
        if _recited(text, reasoning.start, m.start(), m.end()):
            continue  # （一千元以上为“数额较大”…）, 起点为: the standard recited, not the finding
        if negated_finding(text, reasoning.start, m.start()) or in_title(text, reasoning.start, m.start()):
            continue  # 不宜认定为情节严重, 本院不予认定情节严重, 尚不足以认定数额巨大; a cited law's title
        if not argued:
            start = max(before.rfind("。"), before.rfind("；")) + 1
            end = text.find("。", m.end(), reasoning.end)
            if _ARGUED_RE.search(text, reasoning.start + start, end if end >= 0 else reasoning.end):
                continue
        found.setdefault(m.group(m.lastindex or 1), m.span())
    return found


# the conclusion of a clause of the reasoning: …，其行为又构成盗窃罪
_CONCLUDES_RE = re.compile(r"构成了?([^，,。；;：:]{2,40}?罪)")
# what a concluding clause may state of its charge, besides the harm
_CLAUSE_LEVELS = (
    ("amount_level", _AMOUNT_LEVEL_RE), ("quantity_level", _QUANTITY_LEVEL_RE), ("severity", _SEVERITY_RE),
)


# the words that open a level said of one defendant, before the name: （其中被告人乙某参与数额巨大）
_SAID_OF_RE = re.compile(r"(?:其中)?(?:被告人)?")


def _said_of(text: str, lo: int, at: int, names: Sequence[str]) -> str | None:
    """The one defendant of ``names`` a level at ``at`` is said of, or None: a level in brackets that open
    with the name (…数额特别巨大（乙某参与数额巨大）), or in a phrase of 其中 and the name that says what the defendant
    took part in (…数额特别巨大，其中被告人乙某参与诈骗数额巨大). The level of the sentence (特别巨大) is then the
    other defendants'.

    >>> t = "本院认为，被告人甲某、乙某骗取他人财物，数额特别巨大（乙某参与数额巨大），其中被告人乙某参与诈骗数额巨大"
    >>> [_said_of(t, 0, m.start(), ["甲某", "乙某"]) for m in _AMOUNT_LEVEL_RE.finditer(t)]
    [None, '乙某', '乙某']
    """
    before = text[max(lo, text.rfind("。", lo, at) + 1, text.rfind("；", lo, at) + 1) : at]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened > max(before.rfind("）"), before.rfind(")")):
        head, own = before[opened + 1 :], True
    else:
        head = re.split(r"[，,：:]", before)[-1]
        own = head.startswith("其中") and "参与" in head
    if not own:
        return None
    rest = head[_SAID_OF_RE.match(head).end() :]  # type: ignore[union-attr]
    return next((n for n in sorted(names, key=len, reverse=True) if n and rest.startswith(n)), None)


def _charge_findings(
    text: str, reasoning: Section, names: Sequence[str] = ()
) -> list[tuple[str, str, str, tuple[int, int], str | None]]:
    """(charge, kind, value, clause span, defendant) for each clause of the reasoning that concludes one
    charge and states a harm or one level of it: …，故意损害他人身体，致人重伤，其行为又构成故意伤害罪 gives
    (故意伤害罪, harm, 重伤, …, None). A clause runs from the last 。 or ； (or the conclusion before it) to
    its 构成…罪; one that concludes several charges (分别构成强奸罪、故意杀人罪), answers an argument or sits inside a
    quotation states nothing of one of them. A level said of one of the defendants ``names`` (:func:`_said_of`:
    …数额特别巨大（乙某参与数额巨大）) is that defendant's, besides the clause's level for the others; so is one in a
    part of the sentence that opens with one defendant, where parts of two or more defendants lead to the
    conclusion (:func:`_parts_of`: 被告人甲某…数额巨大；被告人乙某…数额较大，二被告人的行为均已构成盗窃罪), the parts
    before the clause's ； too; one in a part of a list of them, or in a 均属 after their parts, is each one's
    (其中被告人甲某、乙某诈骗数额巨大，被告人丙某、丁某诈骗数额较大).

    >>> t = "本院认为，甲某秘密窃取他人财物，数额较大，其行为已构成盗窃罪；又故意伤害他人身体，致一人重伤，其行为还构成故意伤害罪。"
    >>> r = Section("reasoning", 0, len(t))
    >>> [(c, k, v, who) for c, k, v, _, who in _charge_findings(t, r)]
    [('盗窃罪', 'amount_level', '较大', None), ('故意伤害罪', 'harm', '重伤', None)]
    >>> t = "本院认为，甲某、乙某骗取他人财物，数额特别巨大，其中乙某参与诈骗数额巨大，其行为均已构成诈骗罪。"
    >>> r = Section("reasoning", 0, len(t))
    >>> [(c, k, v, who) for c, k, v, _, who in _charge_findings(t, r, ["甲某", "乙某"])]
    [('诈骗罪', 'amount_level', '特别巨大', None), ('诈骗罪', 'amount_level', '巨大', '乙某')]
    >>> t = "本院认为，被告人甲某秘密窃取他人财物，数额巨大；被告人乙某多次盗窃，数额较大，二被告人的行为均已构成盗窃罪。"
    >>> r = Section("reasoning", 0, len(t))
    >>> [(c, k, v, who) for c, k, v, _, who in _charge_findings(t, r, ["甲某", "乙某"])]
    [('盗窃罪', 'amount_level', '巨大', '甲某'), ('盗窃罪', 'amount_level', '较大', '乙某')]
    """
    out = []
    pos = reasoning.start
    for m in _CONCLUDES_RE.finditer(text, reasoning.start, reasoning.end):
        lo = max(text.rfind("。", pos, m.start()), text.rfind("；", pos, m.start()), pos - 1) + 1
        # the sentence up to the conclusion, its parts before the clause's ； too (被告人甲某…数额巨大；被告人乙某…)
        opens = max(text.rfind("。", pos, m.start()), pos - 1) + 1
        pos = m.end()
        charges = [c for _, c in find_charge_mentions(m.group(1))]
        several = text.startswith(("、", "和", "及", "与"), m.end()) or text.endswith("分别", 0, m.start())
        if len(charges) != 1 or several or _ARGUED_RE.search(text, lo, m.end()):
            continue
        if _in_quotation(text, reasoning.start, lo):
            continue
        if _ARGUED_RE.search(text, opens, lo) or _in_quotation(text, reasoning.start, opens):
            opens = lo
        parts = _parts_of(text, opens, m.start(), names)
        h = worst_harm(text, lo, m.start())
        stated: list[tuple[str, str, str | None]] = [("harm", h[0], None)] if h else []
        for kind, rx in _CLAUSE_LEVELS:
            levels: set[str] = set()
            own: dict[str, set[str]] = {}
            for x in rx.finditer(text, lo if not parts else opens, m.start()):
                at = max(lo, text.rfind("；", opens, x.start()) + 1)  # its own clause's start
                if negated_finding(text, at, x.start()) or in_title(text, at, x.start()):
                    continue
                part = next((who for a, b, who in parts if a <= x.start() < b), ())
                if who := _said_of(text, at, x.start(), names):
                    own.setdefault(who, set()).add(x.group(x.lastindex or 1))
                elif _recited(text, at, x.start(), x.end()):
                    continue
                elif part:
                    for who in part:
                        own.setdefault(who, set()).add(x.group(x.lastindex or 1))
                elif x.start() >= lo:
                    levels.add(x.group(x.lastindex or 1))
            stated += [(kind, levels.pop(), None)] if len(levels) == 1 else []
            stated += [(kind, v.pop(), who) for who, v in own.items() if len(v) == 1]
        # a defendant's level with the parts before the clause, which name him
        out += [(charges[0].standard, kind, value, (lo if who is None else min(lo, opens), m.end()), who)
                for kind, value, who in stated]
    return out


# a sentence of the reasoning that tells a party's claim or the court's answer to one, not the court's own finding
_CLAIMED_RE = re.compile(rf"{_ARGUED_RE.pattern}|指控|意见|是否|建议")


def _act_findings(
    text: str, reasoning: Section, charges: Collection[str]
) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(charge, ``act``, act, span) for each act that opens a heavier bracket of one of ``charges`` (the reasoning's;
    :func:`find_bracket_acts`: 入户抢劫) that a sentence of the reasoning (up to 。 or ；) states as the court's
    finding: not one that tells or answers a claim (:data:`_CLAIMED_RE`), quotes the law or sits inside quotation
    marks. The span runs from the sentence's start to the act's end, so that it names who did it. An act's words name
    its charge, so the sentence need not conclude it.

    >>> t = "本院认为，被告人甲某以非法占有为目的，入户抢劫他人财物，其行为已构成抢劫罪。辩护人提出甲某不属于持枪抢劫的意见，本院予以采纳。"
    >>> _act_findings(t, Section("reasoning", 0, len(t)), ["抢劫罪"])
    [('抢劫罪', 'act', '入户抢劫', (0, 23))]
    """
    out = []
    for pos, end in sentence_spans(text, reasoning.start, reasoning.end):
        quoted = _in_quotation(text, reasoning.start, pos) or re.search(r"(?:条|款|规定)[：:]", text[pos:end])
        if not quoted and not _CLAIMED_RE.search(text, pos, end):
            out += [(c, "act", act, (pos, e)) for c in charges for act, (_, e) in find_bracket_acts(c, text, pos, end)]
    return out


def _form_word(s: str) -> str | None:
    s = re.sub(r"\s+", "", s)
    return "判决" if "判决" in s else ("裁定" if "裁定" in s else None)


# a form layout's label that opens a section (上诉权利告知：如不服本判决…, 上诉权利告知⏎如不服本判决…)
_LEADING_LABEL_RE = re.compile(rf"\s*{FORM_LABEL_LINE}\s*")


def _past_label(s: str) -> str:
    """``s`` after the form layout's label it opens with, if any: the section's own words."""
    m = _LEADING_LABEL_RE.match(s)
    return s[m.end() :] if m else s


# Where a clause opens: a name of three characters there may be a defendant's (程文远犯罪以后自动投案).
_CLAUSE_START = r"(?:^|(?<=[，；。：）、“\s]))"


# 同案被告人房志远（已判刑）, 同案犯王某的供述: a co-defendant's name of two or three characters, then a word that ends it
_ACCOMPLICE_RE = re.compile(r"(?:同案被告人|同案犯|同案人)(?P<name>[\u4e00-\u9fff]{2,3})")
_AFTER_A_NAME = set("（(、，。；：的等因在于已系和与及供称证")
# a word that gathers or directs accomplices (纠集韩墨, 安排丁某、戊某参与作案)
_GATHERS = r"伙同|纠集|召集|指使|安排|雇佣|雇用|雇请|邀约|邀集|叫上|约上|叫来|喊来|找来"
# a name the facts follow with a note that its bearer is dealt with elsewhere or at large: 伙同钱一鸣（在逃）,
# 、刘某（均已判刑）, 与孙小川（另案被告人，已判刑）; the name opens after punctuation, a word of company or one that
# gathers accomplices (纠集韩墨（在逃）), or 联系 (联系韩墨（另案处理）: the note makes the contact a co-offender)
_ELSEWHERE_RE = re.compile(
    rf"(?:^|[，。；、：,\s]|与|和|及|同案犯|被告人|联系|{_GATHERS})(?P<name>[\u4e00-\u9fff]{{2,3}})"
    r"[（(](?P<note>均|均已|已|另案|已被|在逃|均系同案被告人|另案被告人|同案被告人|同案犯|刑拘|另行处理|另处|负案在逃|网上追逃|尚未到案|未归案)"
    r"[^）)]{0,10}[）)]"
)


# the same note where it says the bearer is a co-defendant, after any word (其朋友钟迅（同案被告人，女，已判刑）, 通过钱远山
# （同案被告人，已判刑）): the name before it is :func:`_named_before`'s. Not one tried elsewhere or at large (…小弟
# 孙文涛（已另案判刑）): a gang's review names dozens so, among whom a name of three one character from another's is
# somebody else's (孙文涛, 孙文 and 孙文至某地 in one SPC ruling)
_NOTED_RE = re.compile(r"[（(](?P<note>均系同案被告人|同案被告人|同案犯)[^）)]{0,10}[）)]")


def _named_before(text: str, at: int) -> str | None:
    """The name that ends at ``at``, written elsewhere too after another character (a word's or a stop's): its three
    characters before where they open with a surname and their last two are written nowhere without the first (钱远山
    of 通过钱远山, not 长刘景 of 原处长刘景 where 刘景 is written alone too), else two (钟迅 of 其朋友钟迅, written
    alone elsewhere); None where neither opens with a surname or is written so (the last two characters of a longer
    name, 钟迅” of 绰号“钟迅”)."""
    four, three, two = (text[max(0, at - n) : at] for n in (4, 3, 2))
    if not re.fullmatch(r"[\u4e00-\u9fff]{3}", three) or (at >= 4 and text[at - 4] in NAME_DOTS):
        return None
    if looks_like_name(three) and text.count(three) == text.count(two) and text.count(three) > text.count(four):
        return three
    return two if looks_like_name(two) and text.count(two) > text.count(three) else None


def _gathered(text: str, end: int) -> list[int]:
    """Where a name starts after a word that gathers or directs accomplices (纠集花某忠运输毒品, 伙同钱一鸣), not one that
    opens a list of names (雇请刘某、肖某…（均已另案判刑）: people of their own, whose names the document need not know
    otherwise). Read there as after a role word for a name of three or more only (:func:`_after_gathered`)."""
    return [m.end() for m in re.finditer(_GATHERS, text[:end]) if "、" not in text[m.end() + 2 : m.end() + 4]]


def _after_gathered(gathered: list[int], name: str) -> list[int]:
    """``gathered`` (:func:`_gathered`) for a name of three or more characters; none for one of two, which after 伙同
    may differ only in a character that sounds alike (:func:`_name_variants`)."""
    return gathered if len(name) >= 3 else []


def _accomplices(
    doc: Document, end: int, known: set[str], sp: _Spans, unsentenced: dict[str, tuple[int, int]],
    evidence: Sequence[tuple[int, int]] = (),
) -> tuple[Accomplice, ...]:
    """The header defendants the result names for nothing (``unsentenced``: name and span; a 不核准 ruling's), then the
    co-defendants named after 同案被告人 (or 同案犯), each name of its list (同案被告人赵某某、钱建国、孙立的供述: 55
    of the 500 SPC rulings name more so), who are none of ``known`` (the document's own defendants), each
    with its other spellings (:func:`_name_variants`): the name is the two characters a word like （, 、, 的 or 供
    follows, else the three, opening with a surname. On the 154 dev judgments and 500 SPC rulings no co-defendant's
    name has another spelling; of the ten header defendants of nine SPC rulings that sentence no one, none either.
    A name written after 同案被告人 too is a spelling of another where it is rare and the other is not; so is one
    written only in the evidence the facts list (``evidence``) where another spelling is written often, or is a
    co-defendant's the facts name (one character apart, sounding or looking alike)."""
    text = doc.text
    named = dict(unsentenced)
    roles = []  # where a name follows 同案被告人, and the next names of its list (同案被告人赵某某、钱建国、孙立的供述)
    lists: dict[str, set[int]] = {}  # the lists each name is in
    matches = list(_ACCOMPLICE_RE.finditer(text, 0, end))
    # a name of three written after the role word twice or more is a name whatever its surname: surnames.txt leaves
    # out those that open common words (房志远, 展文博); once, it may be words (同案被告人的供述, 被判刑)
    told = Counter(text[m.start("name") : m.start("name") + 3] for m in matches
                   if text[m.start("name") + 3 : m.start("name") + 4] in _AFTER_A_NAME)
    for k, m in enumerate(matches):
        s = m.start("name")
        roles.append(s)  # (also where the name runs on into the next word: 同案被告人周文坡指认; not so in a list)
        while s < end and (name := next((text[s : s + n] for n in (2, 3) if text[s + n : s + n + 1] in _AFTER_A_NAME),
                                        None)):
            if s != roles[-1]:
                roles.append(s)
            if name not in known and not _pseudonymous(name) and (
                looks_like_name(name) or (len(name) == 3 and told[name] >= 2 and name[0] not in "的被")):
                named.setdefault(name, (s, s + len(name)))
                lists.setdefault(name, set()).add(k)
            if text[s + len(name) : s + len(name) + 1] != "、":
                break
            s += len(name) + 1
    # a person the facts say is tried or dealt with elsewhere or at large: 伙同钱一鸣（在逃）, 、刘某（均已判刑）
    elsewhere: set[str] = set()
    noted = [(m.group("name"), m.span("name"), m.group("note")) for m in _ELSEWHERE_RE.finditer(text, 0, end)]
    noted += [(name, (m.start() - len(name), m.start()), m.group("note")) for m in _NOTED_RE.finditer(text, 0, end)
              if (name := _named_before(text, m.start()))]
    for name, span, note in noted:
        if name not in known and name not in named and not _pseudonymous(name) and looks_like_name(name):
            named[name] = span
            if not note.startswith("同案"):  # (同案被告人，已判刑): tried with this case
                elsewhere.add(name)
    # of two co-defendants' names one character apart, one written fewer than three times and the other three times
    # or more is a slip of the other's (同案被告人王建锋 once, 王建国 six times), read as its spelling below; so is,
    # of two both written fewer times, the later where the character that differs sounds or looks alike and each is
    # listed with the same other co-defendant (同案被告人王建国、孙立 and, in the evidence, 同案被告人王建果、孙立的供述);
    # not where one list names both (同案犯…钱建国、钱建军: two people)
    counts = {name: text.count(name) for name in named}
    members: dict[int, set[str]] = {}
    for name, ks in lists.items():
        for k in ks:
            members.setdefault(k, set()).add(name)

    def partners(name: str) -> set[str]:
        return {x for k in lists.get(name, ()) for x in members[k]} - {name}

    def listed_only(name: str) -> bool:
        return all(any(a <= m.start() < b for a, b in evidence) for m in re.finditer(re.escape(name), text[:end]))

    def slip_of(a: str, b: str) -> bool:
        apart = one_apart(a, b)
        if apart is None or a[0] != b[0] or lists.get(a, set()) & lists.get(b, set()):
            return False
        if counts[a] < _OTHER_PERSON_COUNT <= counts[b]:
            return True
        # (or the later only in the evidence the facts list, the other in the facts, not both listed with others:
        # 钟克布（同案被告人…） in the facts, 同案被告人钟克步的供述 in the evidence)
        return (counts[b] < _OTHER_PERSON_COUNT and named[b][0] < named[a][0] and alike(*apart, near=len(a) >= 3)
                and (bool(partners(a) & partners(b))
                     or (listed_only(a) and not listed_only(b) and not (partners(a) and partners(b)))))

    slips = {a: b for a in named for b in named if slip_of(a, b)}
    first = {name: span for name, span in named.items() if name not in slips}
    # a co-defendant the role word names fewer than three times, only in the evidence the facts list, where a spelling
    # one character apart that sounds or looks alike is written three times or more and names no one else (同案被告人
    # 钱文博的供述 once, 钱文波 thirteen times in the facts): that spelling is the name, the evidence's a slip of it, as of
    # victims (:func:`_without_slips`); not one the facts name so (伙同同案被告人王建国（已判刑）…由王建果、王建果、
    # 王建果将手机卖出: two people). None on the 154 dev judgments and 500 SPC rulings.
    for name in [x for x in first if counts[x] < _OTHER_PERSON_COUNT and listed_only(x)]:
        alt = _often_spelt_otherwise(text, end, name, set(named) | known)
        if alt is not None:
            at = text.find(alt, 0, end)
            named[alt], slips[name] = (at, at + len(alt)), alt
            first = {alt if x == name else x: named[alt] if x == name else span for x, span in first.items()}
    out = []
    gathered = _gathered(text, end)
    for k, (name, span) in enumerate(first.items()):
        sp.add(f"accomplices[{k}]", span)
        # also after 同案被告人 where the name runs on into the next word (同案被告人周文坡指认)
        after = roles + _after_gathered(gathered, name)
        variants = _name_variants(text, end, name, (known | set(first)) - {name}, after=after)
        variants += [(a, named[a]) for a, b in slips.items() if b == name and a not in dict(variants)]
        for v, (_variant, vspan) in enumerate(variants):
            sp.add(f"accomplices[{k}].name_variants[{v}]", vspan)
        o = doc.original_span(*span)
        role = "被告人" if name in unsentenced else "另案处理" if name in elsewhere else "同案被告人"
        out.append(Accomplice(name, o.start, o.end, tuple(x for x, _ in variants), role))
    return tuple(out)


def _name_variants(
    text: str, end: int, name: str, others: set[str], after: Sequence[int] = (), roles: str = ""
) -> list[tuple[str, tuple[int, int]]]:
    """Other spellings of ``name`` after a role word (王建峰 / 王建锋), or for a name of three characters also where a
    clause opens (…；程文元犯罪以后自动投案) and, where the character that differs sounds alike, anywhere (由王建果带路
    for 王建国: a pinyin keyboard's slip): same length, one CJK character differs; the surname only after a role word
    (被告人覃墨 for 秦墨: the 500 SPC rulings gave one, a true one, 腾明远 for 滕明远) or, of a name of three, one that
    sounds alike before the rest of the name anywhere (。魏长青持刀砍击 for 韦长青, 对阎立川判处 for 闫立川: none on the
    154 dev judgments and 500 SPC rulings), of a name of two where a clause opens (。粟亮因欠债 for 栗亮). "Sounds
    alike" is :func:`~fayan.nlp.text.alike`: it takes characters that look alike too (``look_alike.tsv``: a pen's, a
    shape-based keyboard's or a scan's slip), which gave no other spelling on those documents either, and, in a given
    name of three, a pinyin keyboard's fuzzy readings (传唤钱远民 for 钱远明: min, ming), which gave none there (in a
    name of two they would take 郑兵 for 郑斌, and names of two are many a person's); and a name of
    three with the two characters of its given name swapped, anywhere (钱雅文 for 钱文雅: none there either);
    ``after`` adds the starts of names after other role words (a co-defendant's: 同案被告人周文坡指认). Anywhere in the
    154 dev judgments and 500 SPC rulings, names of three characters gave only the three slips the other places find;
    names of two gave another person whose name sounds alike and a word after the surname (一同). Both characters of
    a given name of two may differ where each sounds alike (赵姗姗 for 赵珊珊: one word of a pinyin keyboard for
    another); a name of two is read after 伙同 too (伙同郑彬 for 郑斌): neither gave a spelling on those documents
    (伙同 stands before the surname of a name of two there 8 times). A masked name (佘某, 钱某远) has only the slips of
    its unmasked characters after a role word (:func:`_masked_surname_slips`). Where ``roles`` (an alternation
    of role words) is given, not a spelling the text introduces as another person's after one of them (证人邬某华
    beside the defendant 邬某军: a brother; :func:`_told_as_another`).

    A spelling written three times or more is another person (two brothers whose names differ in one
    character, the members of one gang in a review ruling), not a slip of the pen. Clause openings found one other
    spelling on the 154 dev judgments, 500 SPC rulings and the examples, a true one (孙换英 / 孙焕英 in one judgment);
    for names of two characters they find words (陈给了李一些零食, 杨在车内), so those are read after role words, where
    a clause opens with an appeal or a plea (宣判后，林墨提出上诉; 林墨辩称), or with a character that sounds alike
    after a stop or a comma (。林默接受他人雇用) or a conjunction after one (，且林墨曾因犯罪被判刑 for 林默), only.
    """
    if len(name) < 2:
        return []
    if _masked(name):
        return _masked_surname_slips(text, end, name, others)
    found: dict[str, tuple[int, int]] = {}
    n = len(name)
    after_role = set(_role_name_starts(text, end, others | {name})) | set(after)
    starts = set(after_role)
    anywhere: set[int] = set()  # where only a character that sounds alike may differ
    alike_surnames: set[int] = set()  # a surname that sounds alike, the rest the name's
    if n >= 3:
        starts.update(m.start() for m in re.finditer(_CLAUSE_START + re.escape(name[0]), text[:end]))
        anywhere = {m.start() for m in re.finditer(re.escape(name[0]), text[:end])} - starts
        alike_surnames = {m.start() for m in re.finditer(r"[\u4e00-\u9fff]" + re.escape(name[1:]), text[:end])
                          if text[m.start()] != name[0] and alike(text[m.start()], name[0])}  # fmt: skip
        starts |= alike_surnames
    else:  # a name of two characters where a clause opens before an appeal or a plea (宣判后，林墨提出上诉), or, where
        # the character that differs sounds alike, after a stop or a comma before anything (。林默接受他人雇用; not after
        # 、 or ）: （同案被告人）李一同服刑 for 李毅); not a word of one character after a surname (王在归案后)
        one = re.escape(name[0]) + r"[^\W\d在已于又也即便就均亦被等将因经对向把自从与和及的]"
        starts.update(m.start() for m in re.finditer(
            _CLAUSE_START + one + r"(?=(?:均|亦)?(?:提出上诉|不服|上诉称|辩称))", text[:end]))
        opens = r"(?:^|(?<=[，；。：\s])|(?<=[，；。：\s][且但而])|(?<=伙同))"
        anywhere = {m.start() for m in re.finditer(opens + one, text[:end])} - starts
        # there too, a surname that sounds or looks alike before the given name (。粟亮因欠债 for 栗亮)
        alike_surnames = {m.start() for m in re.finditer(opens + r"[\u4e00-\u9fff]" + re.escape(name[1]), text[:end])
                          if text[m.start()] != name[0] and alike(text[m.start()], name[0])}  # fmt: skip
        starts |= alike_surnames
    # in a list another known name opens without a role word (。莫文斌、韩默均系主犯 for 韩墨), only a character that
    # sounds or looks alike may differ
    listed = set(_listed_after_known(text, end, name, others)) - starts
    anywhere |= listed
    starts |= anywhere
    for at in sorted(starts):
        cand = text[at : at + n]
        if len(cand) != n or cand == name or any(len(o) >= n and text.startswith(o, at) for o in others):
            continue  # (another person's name starts there: 李明华 is no slip of 李敏; an alias 李江 is not 李江红)
        if any(c.isspace() for c in cand):
            continue  # a name cut by a line break the text keeps (…判处被告人王建 / 国拘役…): no spelling of it
        # the surname too, but after a defendant's role word only (被告人覃墨 for 秦墨), or, of a name of three, one that
        # sounds alike (。魏长青持刀砍击 for 韦长青)
        surname = cand[0] != name[0]
        if surname and ((at not in after_role and at not in alike_surnames) or cand[1:] != name[1:]
                        or not re.match(r"[\u4e00-\u9fff]", cand)):
            continue
        diff = [(a, b) for a, b in zip(cand, name) if a != b]
        # both characters of a given name of two, where each sounds alike (赵姗姗 for 赵珊珊: one word of a pinyin
        # keyboard for another)
        word = n == 3 and not surname and len(diff) == 2 and all(sounds_alike(a, b) for a, b in diff)
        # or the two characters of a given name swapped (钱雅文 for 钱文雅)
        word = word or (n == 3 and cand == name[0] + name[2] + name[1])
        if at in anywhere and not (len(diff) == 1 and alike(*diff[0], near=n >= 3) or word):
            continue
        # not a masked name (韦甲 beside 韦青, 王某 beside 王建国); a stem of the sequence inside a name is a slip of it
        # (韦丙青 for 韦炳青; a name of four characters ending in 甲 for one ending in 呷)
        if ((len(diff) == 1 or word) and not _masked(cand) and not diff[0][0].isdigit()
                and text.count(cand) < _OTHER_PERSON_COUNT
                and not (roles and _told_as_another(text, cand, roles)) and not _corrected(text, cand)):
            found.setdefault(cand, (at, at + n))
    return list(found.items())


# the quoted writing a correction puts right: …第3页第12行“被告人蒋某彬”应为“被告人蒋某斌” (a 补正裁定 of a slip in an
# earlier judgment), 将…“蒋某彬”更正为…
_CORRECTED_RE = re.compile(r"\s*[”\"’']\s*(?:应当?(?:更正)?为|更正为|改为|系笔误)")


def _corrected(text: str, name: str) -> bool:
    """Whether ``text`` quotes ``name`` as a writing it puts right (:data:`_CORRECTED_RE`): the document tells
    the slip itself, no slip of its own."""
    return any(_CORRECTED_RE.match(text, m.end()) for m in re.finditer(re.escape(name), text))


def _told_as_another(text: str, name: str, roles: str) -> bool:
    """Whether ``text`` introduces ``name`` somewhere as another person: after one of ``roles`` (an
    alternation of role words: 证人, 其兄), itself or in the list it opens (证人甲某、乙某、X的证言), or before
    的证言 (X、乙某的证言: witnesses), or with a note that tries its bearer elsewhere (X（另案处理）, X（在逃）).
    Brothers' names often differ in one character (被告人邬某军, his brother, 证人邬某华): the other is no slip
    of the defendant's name. A name of two after a role word only where no character of a longer name goes on
    from it (证人王剑锋 is no 王剑)."""
    before = re.compile(rf"(?:{roles})(?:[（(][^）)]{{0,12}}[）)])?[：:]?(?:{_LISTED_NAME}、)*$")
    behind = re.compile(rf"(?:、{_LISTED_NAME})*(?:等人?)?的?证言|{_ACCOMPLICE_NOTE}")
    for m in re.finditer(re.escape(name), text):
        after = text[m.end() : m.end() + 1]
        ends = len(name) >= 3 or not re.fullmatch(r"[\u4e00-\u9fff]", after) or after in _AFTER_A_NAME
        if (ends and before.search(text, max(0, m.start() - 40), m.start())) or behind.match(text, m.end()):
            return True
    return False


def _masked_surname_slips(text: str, end: int, name: str, others: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """Other spellings of a masked name (佘某, 佘某某, 钱某远) after a defendant's role word (被告人余某担任…): one
    character that looks or sounds alike (:func:`~fayan.nlp.text.alike`), the surname or a character of the given name
    the mask leaves (被告人钱某原约 for 钱某远), and not a pseudonym's stem (钱某甲 beside 钱某乙 are two people); nobody
    else's name (not one of ``others``, nor one told as tried elsewhere: 被告人余某（另案处理）), and, counted where no
    digit or pseudonym's stem goes on from it (余某1, 余某甲 are other people), written fewer than three times."""
    m = re.fullmatch(r"[\u4e00-\u9fff]某+([\u4e00-\u9fff]{0,2})", name)
    if m is None or any(c in _PSEUDONYM_CHARS for c in m.group(1)):
        return []
    n, found = len(name), {}
    for at in sorted(set(_role_name_starts(text, end, others | {name}))):
        cand = text[at : at + n]
        diff = [k for k, (a, b) in enumerate(zip(cand, name)) if a != b]
        if (len(cand) != n or len(diff) != 1 or name[diff[0]] == "某" or cand[diff[0]] in _PSEUDONYM_CHARS
                or not alike(cand[diff[0]], name[diff[0]])
                or any(text.startswith(o, at) for o in others) or re.match(_ACCOMPLICE_NOTE, text[at + n :])):
            continue
        alone = re.escape(cand) + _NO_PSEUDONYM_AFTER
        if re.match(alone, text[at:]) and len(re.findall(alone, text)) < _OTHER_PERSON_COUNT:
            found.setdefault(cand, (at, at + n))
    return list(found.items())


_DEFENDER_WORD_RE = re.compile(r"辩护人(?:[（(][^）)]{1,12}[）)])?[：:]?")
# what follows a defender's name after 辩护人 on the 154 dev judgments and 500 SPC rulings (辩护人林志清到庭, …提出, …的)
# and a few more words that open a clause; a CJK character else may be a longer name's (辩护人王玮华 for 王伟)
_AFTER_A_DEFENDER = set("到均提关等在请以的认对发称意所及和与并出辩律作亦")


def _defender_starts(text: str, end: int) -> list[int]:
    """Where a name after the word 辩护人 starts (辩护人林志清到庭; 辩护人（法律援助律师）林志清)."""
    return [m.end() for m in _DEFENDER_WORD_RE.finditer(text, 0, end)]


# what opens a sentence before its subject: 本院认为，被告人王某平单独或伙同…; a form layout's label before it
# (裁判理由：本院认为，被告人…)
_SUBJECT_ROLE_RE = re.compile(
    rf"\s*(?:{FORM_LABEL}\s*)?"
    r"(?:(?:本院认为|综上所述|综上|经审理查明|经审理认定|经复核确认|经审查查明)\s*[，,：:]?\s*)?"
    r"(?:原审被告人|原审上诉人|上诉人|被告人)?"
)


def _sentence_subject(text: str, lo: int, at: int, names: Collection[str]) -> str | None:
    """The one of ``names`` the sentence of ``text[at]`` opens with (after a role word), the sentence not opening
    before ``lo``."""
    opens = max(text.rfind("。", lo, at), text.rfind("\n", lo, at), lo - 1) + 1
    head = _SUBJECT_ROLE_RE.match(text, opens).end()
    return max((n for n in names if n and text.startswith(n, head)), key=len, default=None)


def _parts_of(text: str, lo: int, hi: int, names: Collection[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The parts of ``text[lo:hi]`` each said of some defendants of ``names``, as (start, end, their names),
    where they are of two or more: a part runs from a phrase that opens with a name or a list of names, not
    all of ``names`` (after 其中 or a role word: …，其中被告人乙某诈骗数额较大; 被告人乙某、丙某诈骗数额巨大) to the
    next phrase that opens with another name or several (被告人甲某等…, 二被告人…, 均属…), or to the next ；. A
    phrase of 均属, 均系 or 均为 after the parts of two or more defendants is a part of theirs (…，被告人甲某盗窃
    …元，被告人乙某盗窃…元，均属数额巨大；被告人丙某…: 甲某's and 乙某's), unless they are all of ``names``: it
    is then everyone's, as is one after the part of one defendant (…，被告人丙某…元，均属数额巨大). None where
    the parts of one defendant or list alone are found: the sentence is then of those defendants, or of all.

    >>> t = "被告人甲某窃取财物，数额巨大；被告人乙某多次盗窃，数额较大，二被告人的行为均已构成盗窃罪"
    >>> [(t[a:b], who) for a, b, who in _parts_of(t, 0, len(t), ["甲某", "乙某"])]
    [('被告人甲某窃取财物，数额巨大；', ('甲某',)), ('被告人乙某多次盗窃，数额较大，', ('乙某',))]
    >>> t = "其中被告人甲某盗窃三万元，被告人乙某盗窃二万元，均属数额较大；被告人丙某、丁某盗窃数额巨大"
    >>> for a, b, who in _parts_of(t, 0, len(t), ["甲某", "乙某", "丙某", "丁某"]):
    ...     print(t[a:b], who)
    其中被告人甲某盗窃三万元， ('甲某',)
    被告人乙某盗窃二万元， ('乙某',)
    均属数额较大； ('甲某', '乙某')
    被告人丙某、丁某盗窃数额巨大 ('丙某', '丁某')
    """
    out: list[tuple[int, int, tuple[str, ...]]] = []
    who: tuple[str, ...] = ()
    start = lo
    one_by_one: list[str] = []  # the defendants of the parts just before a 均属 (…，被告人乙某…，均属…)
    for m in re.finditer(r"[^，,；;：:。]+[，,；;：:。]?", text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        head = _SUBJECT_ROLE_RE.match(text, a + 2 if text.startswith("其中", a) else a).end()
        named = _names_at(text, head, names)
        several = _SEVERAL_OPEN_RE.match(text, a) is not None
        if named is None or (len(named) > 1 and set(named) >= set(names)):
            named, several = (), True  # 被告人甲某等, 被告人甲某与他人, every defendant's name
        each = not named and _EACH_OF_THEM_RE.match(text, a) is not None
        if each and len(set(one_by_one)) >= 2 and not set(names) <= set(one_by_one):
            named = tuple(dict.fromkeys(one_by_one))
        if named or several:
            if named != who:
                if who:
                    out.append((start, a, who))
                who, start = named, a
            one_by_one = [] if each else [*one_by_one, *named]
        if text[b - 1 : b] in ("；", ";") or b == hi:
            if who:
                out.append((start, b, who))
            who, one_by_one = (), []
    return out if len({n for *_, n in out}) >= 2 else []


def _concluded_of(
    text: str, lo: int, mentions: Sequence[tuple[str, tuple[int, int]]], names: Mapping[str, str]
) -> dict[str, dict[str, tuple[int, int]]]:
    """The charges the reasoning concludes of each defendant, where it tells them apart: {the defendant's
    name: {the standard charge: the clause that concludes it}}, for ``mentions`` (:func:`_charge_mentions`)
    from ``lo`` on and ``names`` (every writing of a defendant's name, with the name). A charge is of the
    defendants named between the charge before it in its part of the sentence (up to 。 or ；) and it, else
    of those named in that part: 本院认为，被告人甲…，其行为已构成非法制造枪支罪；被告人乙明知…，其行为已
    构成窝藏罪；被告人丙…，其行为已构成妨害作证罪 (丙: 妨害作证罪); 被告人甲伙同被告人乙…构成盗窃罪 (both). It
    is every defendant's where the part names none (…；其行为还构成诈骗罪: the subject told before the ；), or
    speaks of several (被告人甲等, 二被告人…, …均已构成: :data:`_SEVERAL_IN_PART_RE`). The clause runs from its
    part's start to the charge. {} for fewer than two defendants, or where every charge is everyone's."""
    every = set(names.values())
    if len(every) < 2:
        return {}
    name_re = re.compile(alternation(names))
    told: list[tuple[str, tuple[int, int], set[str]]] = []
    last = lo
    for charge, (s, e) in mentions:
        part = max(text.rfind("。", lo, s), text.rfind("；", lo, s), lo - 1) + 1
        who: set[str] = set()
        several = _SEVERAL_IN_PART_RE.search(text, part, s) is not None
        for a in (max(part, last), part):
            found = list(name_re.finditer(text, a, s))
            who = {names[m.group()] for m in found}
            several = several or any(text.startswith("等", m.end()) for m in found)
            if who:
                break
        last = e
        told.append((charge, (part, e), set() if several or who >= every else who))
    if all(not who for *_, who in told):
        return {}
    out: dict[str, dict[str, tuple[int, int]]] = {n: {} for n in sorted(every)}
    for charge, span, who in told:
        for n in who or every:
            out[n].setdefault(charge, span)
    return out


# a part of a sentence of the reasoning that speaks of several defendants together (二被告人的行为均已构成…, 上述被告人,
# 二人; and 被告人甲等): its charge is every defendant's
_SEVERAL_IN_PART_RE = re.compile(rf"{TOGETHER_RE.pattern}|[二两三四五六七八九十]人|[均都]")


def _names_at(text: str, at: int, names: Collection[str]) -> tuple[str, ...] | None:
    """The defendants of ``names`` whose name or list of names (甲某、被告人乙某和丙某) opens ``text`` at ``at``, in
    order; () where none does, None where the list runs on past them (甲某等, 甲某与他人, 甲某、某公司)."""
    found: list[str] = []
    pos = at
    while name := max((n for n in names if n and text.startswith(n, pos)), key=len, default=None):
        found.append(name)
        pos += len(name)
        if text.startswith("等", pos):
            return None
        if not text.startswith(_NAME_JOINS, pos):
            return tuple(found)
        pos = _ROLE_RE.match(text, pos + 1).end()  # type: ignore[union-attr]
    return None if found else ()


# what joins the names of a list (被告人甲某、乙某和丙某), and the role word that may open each
_NAME_JOINS = ("、", "和", "与", "及")
_ROLE_RE = re.compile(r"(?:原审被告人|上诉人|被告人)?")
# a phrase that says of the defendants of the phrases before it what each of them is (…，被告人乙某盗窃…元，均属数额巨大)
_EACH_OF_THEM_RE = re.compile(r"(?:其行为|其)?[均皆都](?:属于?|系|为)")


# a phrase that opens with several defendants together (二被告人的行为均…, 上述被告人…, 二人…) or says what all of them
# did (…，被告人丙某诈骗数额共计四万余元，均属数额巨大: every defendant's level, not 丙某's)
_SEVERAL_OPEN_RE = re.compile(
    rf"(?:其中)?(?:{TOGETHER_RE.pattern}|[二两三四五六七八九十]人|(?:其行为|其)?[均都皆])"
)


def _facts_then_reasoning(
    facts: Sequence[tuple[Section, list[tuple[int, int]]]], reasoning: Section | None
) -> list[tuple[str, Section, list[tuple[int, int]]]]:
    """Each facts section with the evidence it lists (left out where numbers are read), then the reasoning."""
    told = [("facts", sec, listed) for sec, listed in facts]
    return told + ([("reasoning", reasoning, [])] if reasoning is not None else [])


def _tallies(
    doc: Document, facts: Sequence[tuple[Section, list[tuple[int, int]]]], reasoning: Section | None, sp: _Spans,
    names: Collection[str],
) -> tuple[Tally, ...]:
    """The numbers of persons or events the facts (``facts``: each section with the evidence it lists, left out) and
    the reasoning tell with what befell them (:func:`fayan.nlp.facts.find_tallies`), recorded as ``tallies[k]``, each
    with the defendant of ``names`` its sentence opens with and those its clause tells of as who acted
    (:func:`fayan.nlp.amounts.names_told_with`: …被告人乙伙同他人随意殴打他人致二人轻微伤, 乙's)."""
    text, found = doc.text, []
    for section, sec, listed in _facts_then_reasoning(facts, reasoning):
        found += [(section, sec, t) for t in find_tallies(text, sec.start, sec.end)
                  if not any(x <= t[3][0] < y for x, y in listed)]
    named = names_told_with(text, names, [t[3][0] for _, _, t in found]) if found else []
    out = []
    for (section, sec, (what, n, summing, (s, e))), who in zip(found, named):
        sp.add(f"tallies[{len(out)}]", (s, e))
        o = doc.original_span(s, e)
        subject = _sentence_subject(text, sec.start, s, names)
        out.append(Tally(what, n, section, o.start, o.end, o.text, summing, subject, who))
    return tuple(out)


def _impossible_dates(doc: Document, end: int, sp: _Spans) -> tuple[str, ...]:
    """The days the document up to ``end`` writes that no calendar has
    (:func:`fayan.nlp.numbers.find_impossible_dates`), as written, recorded as ``impossible_dates[k]``."""
    out = []
    for span in find_impossible_dates(doc.text[:end]):
        sp.add(f"impossible_dates[{len(out)}]", (span.start, span.end))
        out.append(doc.original_span(span.start, span.end).text)
    return tuple(out)


def _counted(
    doc: Document, facts: Sequence[tuple[Section, list[tuple[int, int]]]], reasoning: Section | None, sp: _Spans
) -> tuple[Counted, ...]:
    """The numbers of things the facts (outside the evidence they list) and the reasoning tell with their measure word
    (:func:`fayan.nlp.facts.find_counted`), recorded as ``counted[k]``."""
    out = []
    for section, sec, listed in _facts_then_reasoning(facts, reasoning):
        for unit, n, about, (s, e) in find_counted(doc.text, sec.start, sec.end):
            if any(x <= s < y for x, y in listed):
                continue
            sp.add(f"counted[{len(out)}]", (s, e))
            o = doc.original_span(s, e)
            out.append(Counted(unit, n, about, section, o.start, o.end, o.text, counted_thing(doc.text, s, e)))
    return tuple(out)


def _harmed(
    doc: Document, facts: Sequence[tuple[Section, list[tuple[int, int]]]], reasoning: Section | None,
    victims: Sequence[str], sp: _Spans,
) -> tuple[Harmed, ...]:
    """The persons the facts name with the harm that befell them (:func:`fayan.nlp.facts.find_harmed`), outside the
    evidence they list, each once at their worst harm, where first told so; then the persons they tell dead only by the
    age at death (:func:`fayan.nlp.facts.find_dead_by_age`), where first told so; then the persons the reasoning names
    with a harm, as the facts: recorded as ``harmed[k]``."""
    out: list[Harmed] = []
    read = _facts_then_reasoning(facts, reasoning)
    for section in ("facts", "reasoning"):
        told = [(sec, listed) for s, sec, listed in read if s == section]
        worst: dict[str, tuple[str, tuple[int, int]]] = {}
        for sec, listed in told:
            for name, harm, span in find_harmed(doc.text, sec.start, sec.end, victims, listed):
                if name not in worst or HARMS.index(harm) > HARMS.index(worst[name][0]):
                    worst[name] = (harm, span)
        by_age: set[str] = set()
        for sec, listed in told if section == "facts" else ():
            for name, span in find_dead_by_age(doc.text, sec.start, sec.end, victims, listed):
                if worst.get(name, ("",))[0] != "死亡" and name not in by_age:
                    worst[name] = ("死亡", span)
                    by_age.add(name)
        for name, (harm, (s, e)) in sorted(worst.items(), key=lambda x: x[1][1]):
            sp.add(f"harmed[{len(out)}]", (s, e))
            o = doc.original_span(s, e)
            out.append(Harmed(name, harm, o.start, o.end, o.text, name in by_age, section))
    return tuple(out)


def _told_harm(
    text: str, a: int, b: int, listed: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The worst harm ``text[a:b]`` tells outside the evidence it lists (``listed``: 上述事实，有…尸体鉴定意见…证实,
    which may cover every part of the facts), and where (:func:`worst_harm`)."""
    cuts = sorted((max(a, x), min(b, y)) for x, y in listed if x < b and y > a)
    pieces, at = [], a
    for x, y in cuts:
        pieces.append((at, x))
        at = max(at, y)
    pieces.append((at, b))
    harms = [h for x, y in pieces if x < y and (h := worst_harm(text, x, y, _unfound_harm(text, a)))]
    return max(harms, key=lambda h: HARMS.index(h[0])) if harms else None


def _unfound_harm(text: str, start: int) -> Callable[[int, int], bool]:
    """A test of a harm's span after ``start`` (a section's) that the court does not find it: the first
    instance's finding it says is wrong (:func:`overturned`: 原判认定甲某致被害人重伤二级的鉴定依据不足), or one
    its clause says it cannot make (:func:`negated_finding`: 不能认定被害人的损伤为重伤)."""
    return lambda a, b: overturned(text, start, a, b) or negated_finding(text, start, a)


def _often_spelt_otherwise(text: str, end: int, name: str, taken: set[str]) -> str | None:
    """The one spelling in ``text[:end]`` of ``name``'s length, one character apart that sounds or looks alike, written
    three times or more and none of ``taken`` (the names known to be others'); None where there is none or several."""
    alts = set()
    for m in re.finditer(re.escape(name[0]), text[:end]):
        spelt = text[m.start() : m.start() + len(name)]
        apart = one_apart(spelt, name)
        if (spelt not in taken and apart is not None and alike(*apart, near=len(name) >= 3)
                and text.count(spelt) >= _OTHER_PERSON_COUNT):
            alts.add(spelt)
    return alts.pop() if len(alts) == 1 else None


def _without_slips(victims: list[str], text: str) -> list[str]:
    """``victims`` less those that are a slip of another's name (被害人王建国 six times, 被害人王建果 once): the same
    length, one character apart that sounds or looks alike (in a name of three, a given name's by fuzzy readings too;
    not a pseudonym's 甲/乙), written fewer than three times where the other is written three times or more, and
    never listed beside it (王建国、王建果: two people). The other's variants then take the slip
    (:func:`_victim_variants`)."""
    def slip(a: str, b: str) -> bool:
        apart = one_apart(a, b)
        near = a[0] == b[0] and len(a) >= 3
        return (apart is not None and alike(*apart, near=near) and not _PSEUDONYM_CHARS & set(apart)
                and text.count(a) < _OTHER_PERSON_COUNT <= text.count(b)
                and f"{a}、{b}" not in text and f"{b}、{a}" not in text)  # fmt: skip

    return [v for v in victims if not any(slip(v, w) for w in victims if w != v)]


def _victim_variants(
    text: str, end: int, victims: Sequence[str], others: set[str], sp: _Spans
) -> tuple[NameVariant, ...]:
    """Each victim's other spellings (:func:`_name_variants`: 被害人覃立新, and 覃立欣的陈述 in the evidence; of a masked
    name, :func:`~fayan.nlp.names.masked_slips`: 被害人钟某善, and 钟某山的陈述), recorded
    as ``victim_name_variants[k]``: the names of the defendants, accomplices and the other victims are others'
    (``others``)."""
    out: list[NameVariant] = []
    for v in victims:
        # else a masked name's slips (钟某山的陈述 for 钟某善): not where another person's name is so written
        spellings = _name_variants(text, end, v, (others | set(victims)) - {v}, roles=_NOT_A_VICTIMS_ROLES)
        spellings = spellings or [
            (s, (at, at + len(s))) for s in masked_slips(text[:end], v) if s not in others for at in [text.find(s)]]
        for spelt, span in spellings:
            sp.add(f"victim_name_variants[{len(out)}]", span)
            out.append(NameVariant(v, spelt))
    return tuple(out)


def _spelt_defenders(
    text: str, starts: list[int], listed: list[Defender], others: set[str], sp: _Spans, base: str
) -> tuple[Defender, ...]:
    """A defendant's defenders, each with its other spellings after the word 辩护人 (``starts``, from
    :func:`_defender_starts`; the header's 辩护人林志清, the procedure's 辩护人林志青): same length, the surname the
    same, one other CJK character differs, no character of a longer name after it, written fewer than three times,
    and none of ``others`` (the defendants', the defenders') starting there. No defender of the 154 dev judgments and
    500 SPC rulings has another spelling so found."""
    out = []
    for k, d in enumerate(listed):
        n, found = len(d.name), {}
        first = next((at for at in starts if text.startswith(d.name, at)), None)
        if first is not None:
            sp.add(f"{base}.defenders[{k}]", (first, first + n))
        for at in starts:
            cand, after = text[at : at + n], text[at + n : at + n + 1]
            diff = [(a, b) for a, b in zip(cand, d.name) if a != b]
            if (len(cand) != n or len(diff) != 1 or cand[0] != d.name[0] or any(text.startswith(o, at) for o in others)
                    or not re.fullmatch(r"[\u4e00-\u9fff]", diff[0][0]) or diff[0][0] in _PSEUDONYM_CHARS
                    or (re.fullmatch(r"[\u4e00-\u9fff]", after) and after not in _AFTER_A_DEFENDER)
                    or text.count(cand) >= _OTHER_PERSON_COUNT):
                continue
            found.setdefault(cand, (at, at + n))
        for v, span in enumerate(found.values()):
            sp.add(f"{base}.defenders[{k}].name_variants[{v}]", span)
        out.append(replace(d, name_variants=tuple(found)))
    return tuple(out)


# Legal aid the procedure tells of a defender the header lists with the firm alone (本院通过温岭市法律援助中心指定的某某律师
# 事务所律师甲某到庭; 由某区法律援助中心指派的辩护人乙某、翻译…)
_LEGAL_AID_RE = re.compile(r"法律援助(?:中心|机构|处)?(?:指派|指定)的?")
_LEGAL_AID_GAP = 40  # characters at most from those words to the defender's name (a firm's name between)


def _legal_aid(text: str, aid: list[int], end: int, listed: tuple[Defender, ...]) -> tuple[Defender, ...]:
    """``listed`` with each defender marked appointed whose name follows, in its clause, a 法律援助中心指派/指定 of
    the text before ``end`` (the reasoning; ``aid``: where each of those words ends); not one a 委托 between names
    (…指派的辩护人甲某、委托辩护人乙某). On the dev judgments, 8 of 183 defenders the blind labels call appointed were
    told so only there."""
    out = []
    for d in listed:
        told = any(
            (i := text.find(d.name, a, min(a + _LEGAL_AID_GAP, end))) != -1 and not re.search(r"[，。；]|委托", text[a:i])
            for a in aid
        )
        out.append(replace(d, appointed=True) if told and not d.appointed else d)
    return tuple(out)


def _role_name_starts(text: str, end: int, known: set[str]) -> Iterator[int]:
    """Where a name after a role word starts (被告人王某), and the next names of its list (被告人王太平、颜东明、颜有为):
    a list goes on past each name the document knows, or past one of its spelling's length."""
    for m in _ROLE_NAME_RE.finditer(text, 0, end):
        yield m.start(1)
        yield from _next_in_list(text, m.start(1), end, known)


def _listed_after_known(text: str, end: int, name: str, others: set[str]) -> Iterator[int]:
    """Where a name starts in a list that another person's name the document knows opens, without a role word
    (。莫文斌、韩默均系主犯 for 韩墨): the names after it, in a list that does not also name ``name`` (韩墨、韩默 are two
    people); and the one name another joins with 与, 和 or 及 (后莫文斌与韩默跑出 for 韩墨)."""
    for k in others:
        if len(k) >= 2:
            for m in re.finditer(re.escape(k) + "、", text[:end]):
                items = list(_next_in_list(text, m.start(), end, others | {name}))
                if not any(text.startswith(name, at) for at in items):
                    yield from items
            for m in re.finditer(re.escape(k) + "[与和及]", text[:end]):
                if not text.startswith(name, m.end()):
                    yield m.end()


def _next_in_list(text: str, at: int, end: int, known: set[str]) -> Iterator[int]:
    """The starts of the names after the one at ``at`` in its list of names joined by 、: a list goes on past each name
    the document knows, or past one of its spelling's length."""
    longest_first = sorted((k for k in known if k), key=len, reverse=True)
    lengths = sorted({len(k) for k in longest_first}, reverse=True) or [3]
    while True:
        step = next((len(k) for k in longest_first if text.startswith(k, at)), None)
        nxt = None
        for n in ([step] if step else lengths):
            if text.startswith("、", at + n) and re.match(r"[\u4e00-\u9fff]{2}", text[at + n + 1 : at + n + 3]):
                nxt = at + n + 1
                break
        if nxt is None or nxt >= end:
            return
        at = nxt
        yield at


_PERSON_LABELS = frozenset({"defendant", "victim", "person"})
# 该手机, 上述财物: a second mention of an item already listed.
_ANAPHORA_RE = re.compile(r"(?:该|此|上述|前述|所述|所盗|涉案)")


@dataclass(frozen=True, slots=True)
class _Found:
    entity: EntityMention  # in original-text offsets
    text: str  # as normalised (simplified, half-width), like the record's other values
    retold: bool  # an item named again (该手机, 上述手机): no thing taken of its own, but its value is one's
    # an item in a list of means (采用剪锁、撬门等方式), ridden to the scene (驾驶一辆轿车来到), bought (购买了一辆出租车) or
    # used on a person (用电线捆绑)
    means: bool
    value: ItemValue | None = None  # an item's value as the facts give it, in original offsets

    @property
    def not_loot(self) -> bool:
        """An item the text shows is no thing taken: a second mention or a means."""
        return self.retold or self.means


def _facts_entities(
    doc: Document, offset: int, ftext: str, ner: EntityPredictor, known: set[str], evidence: list[tuple[int, int]]
) -> list[_Found]:
    """The model's entities in the fact section ``ftext`` (at ``offset`` in ``doc.text``), minus those in the
    evidence list ``evidence`` (户籍证明, a witness) and defendants' names tagged as items or places (张三的手机,
    张三家中 and 张三老家 stay)."""
    name_at = [(m.start(), m.end()) for n in known if len(n) >= 2 for m in re.finditer(re.escape(n), ftext)]
    out = []
    at = []  # the entities' spans in ``ftext``
    for ent in ner.predict(ftext):
        if any(a <= ent.start and ent.end <= b for a, b in evidence):
            continue
        if ent.label not in _PERSON_LABELS and any(
            a < ent.end and ent.start < b
            and not (ent.start <= a < b < ent.end and ftext.startswith(("的", "家", "老家"), b))
            for a, b in name_at
        ):
            continue
        o = doc.original_span(offset + ent.start, offset + ent.end)
        rule = getattr(ent, "source", "model") == "rule"  # a tool found by labels.json's cue words: no probability
        score = None if rule else round(float(ent.score), 4)
        at.append((ent.start, ent.end))
        out.append(_Found(
            EntityMention(ent.label, o.text, o.start, o.end, score, "rule" if rule else "ner"),
            ftext[ent.start : ent.end],
            # 该手机, or 上述手机 cut to 述手机; 采用剪锁、撬门、翻墙等方式; 驾驶一辆轿车来到
            any(_ANAPHORA_RE.match(ftext, s) for s in (ent.start, ent.start - 1) if s >= 0),
            _MEANS_AFTER_RE.match(ftext, ent.end) is not None or _ridden_there(ftext, ent.start, ent.end)
            or _bought(ftext, ent.start) or _used_on(ftext, ent.start, ent.end),
        ))  # fmt: skip
    items = [k for k, f in enumerate(out) if f.entity.label == "item"]
    for k, v in zip(items, item_values(ftext, [at[k] for k in items])):
        if v is not None:
            o = doc.original_span(offset + v.start, offset + v.end)
            out[k] = replace(out[k], value=replace(v, start=o.start, end=o.end, text=o.text))
    return out


# the parts of the text (fayan.nlp.amounts.PARTS) that tell the facts the court finds, count by count
_OWN_ACCOUNT = frozenset({"facts", "extra"})


def _count_of(a: AmountFound) -> int | None:
    """The count of the facts an amount of them is told of: the one its phrase names (追回第八起被盗笔记本电脑一台
    （价值人民币5200元）: 8), else the numbered count it is told in; none in an evidence list (which numbers its
    items) or a summing-up (of all the counts)."""
    if a.count_named is not None:
        return a.count_named
    return a.count_index if a.part in _OWN_ACCOUNT and not a.summing_up else None


def _amount_mentions(
    doc: Document, start: int, end: int, part: str, section: str, charge: str | None, names: Sequence[str] = ()
) -> list[AmountMention]:
    """The money amounts of ``doc.text[start:end]`` (which begins in judgment part ``part``), in original offsets;
    ``names`` are the defendants' names, where known."""
    out = []
    own = section == "facts"  # (a criminal decision's history retells others' facts)
    for a in extract_amounts(doc.text[start:end], section=part, charge=charge, names=names):
        o = doc.original_span(start + a.start, start + a.end)
        out.append(
            AmountMention(
                role=a.role,
                amount_yuan=plain_number(a.amount_yuan),
                qualifier=a.qualifier,
                section=section,
                start=o.start,
                end=o.end,
                text=o.text,
                defendant=a.defendant,
                is_total=a.is_total,
                is_restatement=a.is_restatement,
                currency=a.currency,
                named=a.named,
                is_counted_out=a.is_counted_out,
                is_per_unit=a.is_per_unit,
                count=_count_of(a) if own else None,
            )
        )
    return out


# a heading of the facts for one charge: 一、抢劫事实 / （二）关于盗窃的事实 / 三、故意伤害犯罪事实
_CHARGE_HEADING_RE = re.compile(
    r"(?:^|(?<=[\s。；：:]))(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*(?:关于)?"
    r"(?P<name>[\u4e00-\u9fff、]{2,16}?)罪?的?(?:犯罪)?事实"
)


def _charge_parts(text: str, start: int, end: int, charge: str | None) -> list[tuple[int, int]]:
    """Where facts told charge by charge (一、抢劫事实 … 二、盗窃事实 …; 三、抢劫、故意杀人事实) tell ``charge``: each part
    from a heading naming it to the next heading; the whole of ``text[start:end]`` where the facts are not so told
    or no heading names it."""
    heads = list(_CHARGE_HEADING_RE.finditer(text, start, end))
    if charge is None or len(heads) < 2:
        return [(start, end)]
    core = charge.removesuffix("罪")
    parts = [
        (h.start(), heads[k + 1].start() if k + 1 < len(heads) else end)
        for k, h in enumerate(heads)
        if any(name and core.startswith(name) for name in h.group("name").split("、"))
    ]
    return parts or [(start, end)]


def _total(
    doc: Document, start: int, end: int, charge: str | None, amounts: list[AmountMention], sp: _Spans,
    section: str = "facts", names: Sequence[str] = (), without: Sequence[str] = (),
) -> int | float | None:
    """The total crime amount of the facts (or the reasoning: ``section``) ``doc.text[start:end]`` (of ``charge``'s
    parts where the facts are told charge by charge; not of the defendants named ``without``, of those
    ``names`` names), with the span of the amount that states it."""
    parts = _charge_parts(doc.text, start, end, charge)
    t = total_crime_amount(
        "\n".join(doc.text[a:b] for a, b in parts), charge=charge, names=names, without=without
    )
    if t is None:
        return None
    total = plain_number(t)
    spans = [doc.original_span(a, b) for a, b in parts]  # the mentions are in original offsets
    same = [
        m for m in amounts
        if m.section == section and m.amount_yuan == total and any(o.start <= m.start < o.end for o in spans)
    ]
    if same:
        sp.items.append(Provenance("total_crime_amount_yuan", same[-1].start, same[-1].end, same[-1].text))
    return total


# 被盗相机 after 白色奥迪车内的相机一部: the stolen camera again, told by what was done to it
_RETOLD_ITEM_RE = re.compile(r"^(?:被盗|被抢|所盗|所抢|盗得|窃得|抢得|骗得)的?")
# a bare count (一部, 1辆): the model's item without the thing counted
_COUNT_ONLY_RE = re.compile(rf"[\d一二两三四五六七八九十数几]+[{CLASSIFIERS}]")
# an item the model ran into from the hand that held it (刘某各持手枪, 房某手持砍刀, 用手铐): a tool, not a thing taken
# (持有 is having, as in 非法持有枪支: its gun is a seized item)
_HELD_ITEM_RE = re.compile(r"持(?!有)|^(?:使用|用|拿着)")
# the rest of a list of means after an item (采用剪锁、撬门、翻墙等方式进入, 以喷辣椒水、布条捆绑等手段): a way of acting
# the model, trained on thefts, reads as a thing taken (5 of the 619 stolen items of spc_criminal, 2026-12-02)
_MEANS_AFTER_RE = re.compile(r"(?:[、和及与或][^，。；,;、]{1,10})*等(?:方式|手段|方法)")
# a vehicle ridden to the scene (驾驶一辆摩托车来到, 驾乘一辆轿车来到, 骑电动车经过, 乘一辆轿车来到): the way there, not a
# thing taken; not someone's vehicle (骗租被害人驾驶的出租车, which the robbery takes) nor one driven away (驾驶其电动三轮车
# （价值3570元）逃离; 骑走)
_RIDDEN_BEFORE_RE = re.compile(r"(?:驾驶|驾乘|驾着|开着|骑着|骑|乘坐|搭乘|乘)$")
_ARRIVING_RE = re.compile(r"[，,]?(?:来到|到达|到|前往|行至|驶至|窜至|至|经过|返回|回到|搭乘|携带|载着|载|在)")


def _ridden_there(text: str, s: int, e: int) -> bool:
    return _RIDDEN_BEFORE_RE.search(text, max(0, s - 2), s) is not None and _ARRIVING_RE.match(text, e) is not None


# a thing used on a person (用电线捆绑住…的四肢, 用毛巾条、鼠标线、裤子捆绑, 用被褥及身体捂压, 拿来一把水果刀…捅刺): a tool
# of the crime, though no tool noun names it (the tool cues read those); the thing, or a list that holds it, right after
# the word of use, the act within its clause (not 用铁棍将…网吧电脑砸坏: the computer is what was struck)
_USED_BEFORE_RE = re.compile(r"(?:用|使用|拿来|拿起|取出)(?:[^，。；,;、]{1,8}[、和及])*$")
_USED_ON_RE = re.compile(
    r"(?:[、和及与][^，。；,;、]{1,8})*?(?:捆绑|捆住|捆扎|绑住|勒住|勒压|勒颈|捂住|捂压|堵住|堵塞|塞入|塞住|缠绕|缠住|封住|"
    r"蒙住|套住|包裹|击打|砸|捅|刺|砍)"
)


def _used_on(text: str, s: int, e: int) -> bool:
    return _USED_BEFORE_RE.search(text, max(0, s - 30), s) is not None and _USED_ON_RE.match(text, e) is not None


# no thing: a fee or a tax (交通费, 医药费, 机动车辆购置税), a password or a number (逼问出银行卡密码, 电话号码), or a way
# or an occasion of acting (换牌的手段, 窗帘绳勒颈的手段, 趁…照顾小孩之机, 以办理房本等名义), which the model, trained on
# thefts, reads as things (9, 22 and 8 of the items of the four corpora and the CJRC passages that only this rule takes
# out, counted with it switched off, 2026-12-02)
_NOT_A_THING_RE = re.compile(r"(?:费|费用|税|税款|密码|号码|账号|帐号|卡号|手段|方式|方法|手法|之机|为由|名义)$")


# a thing bought, a word of buying shortly before it in its clause (购买了一辆出租车, 以1.45万元人民币购买白色吉利小轿车
# 一辆, 用赃款购买了手机一部): the defendant's purchase, not a thing taken; not a buyer's pretext (谎称购买电动车为由将
# 乙的电动车盗走) nor renting (租赁的轿车 may be what a fraud takes)
_BOUGHT_RE = re.compile(rf"(?<![{PRETEXT}])(?:购买|购置|购得|买了|买来|买下)[^，。；,;{TAKING}]{{0,14}}$")


def _bought(text: str, s: int) -> bool:
    return _BOUGHT_RE.search(text, max(0, s - 20), s) is not None


# a charge that takes property: its items are what was taken (not in a rape or a drunk-driving case, nor in 贪污, 挪用,
# 受贿 or 信用卡诈骗, where the model's items are the defendant's own card, pretexts, cars bought)
_PROPERTY_CHARGE_RE = re.compile(r"盗窃|抢劫|抢夺|(?<!信用卡)诈骗|敲诈勒索|侵占|掩饰|哄抢|毁坏|赃")
# a fact section that tells a taking (窃得, 骗取, 抢走, 偷走, 占为己有, 携手机逃离): where no charge is named, its model items
# are things taken; in one that tells none (an assault, counterfeit goods, a forged licence) they are not. 偷 only with
# a taking after it: 偷渡, 偷逃税款 and 偷工减料 take nothing
_TELLS_TAKING_RE = re.compile(
    rf"[{TAKING}]|敲诈|勒索|侵占|毁坏|赃|偷[走了得来取拿]|据为己有|占为己有|非法占有|携[^，。；,;]{{0,8}}?(?:逃|离开)"
)


def _takes_property(charges: Sequence[str], facts: str) -> bool:
    """Whether the model's items are things taken: a charge of ``charges`` takes property, or, none named, the facts
    ``facts`` tell a taking."""
    if charges:
        return any(_PROPERTY_CHARGE_RE.search(c) for c in charges)
    return _TELLS_TAKING_RE.search(facts) is not None


# an accomplice: the note after the name, or a 均 note after the 、-list that holds it, that they are tried elsewhere or
# with this case (王某（另案处理）, 李某（均已判决）, 胡某、杨某（均另案处理，已判刑）, 尹某（同案被告人，已判刑）, 宋某（因涉嫌
# 其他犯罪在逃）, 徐某（已起诉）, 胡某（另行处理）), or 同案被告人 before it, or a word that gathers or directs
# accomplices before the list that holds it (召集同案被告人甲、乙和丙等二十余人, 安排丁、戊参与作案, 纠集己等人)
_ACCOMPLICE_NOTE = (
    r"(?:(?:、[^、，,。；;（(）)]{1,8}){1,8}\s*[（(]均|\s*[（(])[^）)]{0,10}?(?:另案|另行|同案|已判|判决|判处|在逃|已起诉)"
)
_ACCOMPLICE_BEFORE = (
    rf"(?:同案(?:被告人|犯)|(?:{_GATHERS})(?:同案被告人|同案犯)?"
    r"(?:[^，,。；;、\s被]{1,5}[、和])*)"
)
# a name that only ever names a place (村民苏某家, 许某茶园北侧, 陈某家北门处), in no sentence where something is taken: the
# owner of the scene, not a victim (李某家被盗 and 潜入李某家盗窃 keep their victim)
_OWNER_OF_RE = re.compile(r"家(?![属人])|的(?:家|店|住处|房|院)|开办|经营|茶园|住处|门口|院|店")
# a place written with or without its 处/内/门口 (…停车场处 and …停车场), 本市 or not: one place
_PLACE_EDGES_RE = re.compile(r"^本[市区县]|(?:处|内|附近|门口|等地)$")


def _item_parts(text: str) -> list[str]:
    """The things an item names (笔记本电脑及证件: 笔记本电脑, 证件), without 被盗, 该 and such."""
    return [_RETOLD_ITEM_RE.sub("", re.sub("^" + _ANAPHORA_RE.pattern, "", p)) for p in re.split(r"[、及和]", text) if p]


def _holds(holder: str, part: str, retold: bool) -> bool:
    """Whether the item ``holder`` names the thing ``part``: it holds it, or, for a thing told again (被盗的钱X牌摩托车
    after 红色钱X牌男式摩托车; 被盗的一部金立牌手机 after 1部金立牌M6手机) by a holder that is not itself told again,
    its characters in order, less a count, and its last two together."""
    if part in holder:
        return True
    if not retold or _RETOLD_ITEM_RE.match(holder):
        return False
    part = part[m.end() :] if (m := _COUNT_ONLY_RE.match(part)) else part  # less a count opening it (一部, 三根)
    if len(part) < 2 or part[-2:] not in holder:
        return False
    rest = iter(holder)
    return all(ch in rest for ch in part)  # in order: each found after the one before


# a numbered part of the facts (…。三、2019年…; 2、…; （二）…)
_PART_RE = re.compile(r"[。；;]\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])")


def _owner(item: str, names: Collection[str]) -> str | None:
    """The person an item's mention opens with (张某的手机, 王某某手机, 李某家中的电视机: 张某, 王某某, 李某): the longest
    of ``names`` (two characters or more, shaped like a name: not 吊坠 the model once called a person) that leaves
    something after it."""
    return max((n for n in names if len(n) >= 2 and len(item) > len(n) and item.startswith(n) and looks_like_name(n)),
               key=len, default=None)


def _told_again(item: str, names: Collection[str]) -> tuple[str, str]:
    """The owner ``item`` opens with and the rest, where the rest tells a thing again (周某被盗的手机: 周某, 被盗的手机);
    else ``("", item)``."""
    owner = _owner(item, names)
    rest = item[len(owner) :] if owner else item
    return (owner, rest) if owner and _RETOLD_ITEM_RE.match(rest) else ("", item)


def _mentions_of(
    stolen: tuple[str, ...], found: list[_Found], text: str, names: Collection[str]
) -> dict[str, list[_Found]]:
    """Every mention of each stolen item, its first one first: as written, or retold after it (手机 or 该手机 after
    万利达牌手机一部: the last item before it that holds every part of it, in the same numbered part of ``text``; not
    货车的电瓶 of another theft further down, 七、…; 周某被盗的手机: the last of 周某's if any, see :func:`_told_again`)."""
    out: dict[str, list[_Found]] = {t: [] for t in stolen}
    for f in found:
        owner, told = _told_again(f.text, names)
        if f.text in out:
            out[f.text].append(f)
        elif parts := _item_parts(told):
            retold = _RETOLD_ITEM_RE.match(told) is not None
            holders = [t for t, ms in out.items() if ms and ms[0].entity.start < f.entity.start
                       and all(_holds(t, p, retold) for p in parts)
                       and not _PART_RE.search(text, ms[-1].entity.end, f.entity.start)]
            holders = [t for t in holders if owner and t.startswith(owner)] or holders
            if holders:
                out[holders[-1]].append(f)
    return out


def _first_mentions(items: list[str], names: Collection[str]) -> tuple[str, ...]:
    """Each item once: not again as written, nor retold where an item before it holds every part of it (被盗相机, 宝马轿车
    after 宝马轿车1辆, 笔记本电脑及证件 after 联想笔记本电脑一台及证件; see :func:`_holds` for 被盗的本田牌摩托车 after
    红色本田牌男式摩托车, :func:`_told_again` for 周某被盗的手机 where ``names`` holds 周某), and not 被盗财物 / 所盗物品 or a
    bare count (一部), which name none."""
    out: list[str] = []
    for text in items:
        _, told = _told_again(text, names)
        parts = _item_parts(told)
        if _RETOLD_ITEM_RE.match(told) and _RETOLD_ITEM_RE.sub("", told) in ("财物", "物品", "财产", "赃物"):
            continue
        if _COUNT_ONLY_RE.fullmatch(text):
            continue
        retold = _RETOLD_ITEM_RE.match(told) is not None
        if text in out or (parts and all(any(_holds(x, p, retold) for x in out) for p in parts)):
            continue
        out.append(text)
    return tuple(out)


# what a model place runs on into: the person after it (…村被害人孙某甲, …×组被害人, …社的同村村民) or a note whose
# bracket it leaves open (…学生李甲（被害人); 被害人王某家 and …住处 stay whole
_PLACE_TAIL_RE = re.compile(r"(?:的?(?:被害人[^家住处中内屋房]{0,4}|(?:同村)?村民)|[（(][^）)]*)$")


# a relative of someone in the case, as the facts introduce a name the model calls a victim (其儿子X, 伯父X, 之兄X, 岳父X,
# 女友X): the motive, a witness or the owner of a house, unless a mention is marked 被害人 (女友谷某（被害人…）) or the
# sentence that introduces it takes something (窃得其岳父X家中…: a theft from a relative)
_KIN_BEFORE_RE = re.compile(rf"(?:{_KIN_WORDS})$")


def _introduced_as_kin(name: str, text: str) -> bool:
    """Whether the first mention of ``name`` in ``text`` follows a word of kinship, in a sentence that takes nothing,
    and no mention is marked as the victim's (被害人X, X（被害人…）, X（甲）（被害人…）)."""
    first = text.find(name)
    if first < 0 or not _KIN_BEFORE_RE.search(text, max(0, first - 4), first):
        return False
    if _TELLS_TAKING_RE.search(_sentence_at(text, first, first + len(name))):
        return False
    n = re.escape(name)
    return re.search(rf"被害人{n}|{n}(?:[（(][^）)]{{0,4}}[）)])?[（(][^）)]{{0,6}}被害人", text) is None


def _names_only_the_scene(name: str, text: str, evidence: list[tuple[int, int]]) -> bool:
    """Whether every mention of ``name`` in ``text`` outside the ``evidence`` lists (a witness there: 李某等的证言) is the
    owner of a place, none in a sentence where something is taken (the sentence, not the clause: 潜入李某家，窃得…)."""
    mentions = [m for m in re.finditer(re.escape(name), text)
                if not any(a <= m.start() and m.end() <= b for a, b in evidence)]
    return bool(mentions) and all(
        _OWNER_OF_RE.match(text, m.end()) and not _TELLS_TAKING_RE.search(_sentence_at(text, m.start(), m.end()))
        for m in mentions
    )


def _distinct_places(places: list[str]) -> tuple[str, ...]:
    """Each place once, the first way it is written: …停车场处 and …停车场 are one place; without a person or an open
    bracket the model ran on into (…××村被害人孙某甲 is …××村)."""
    seen: set[str] = set()
    out = []
    for written in places:
        p = _PLACE_TAIL_RE.sub("", written)
        key = _PLACE_EDGES_RE.sub("", p)
        if p and key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _FactElements:
    entities: list[EntityMention] = field(default_factory=list)
    found: list[_Found] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    drugs: list[DrugMention] = field(default_factory=list)
    main_drug: tuple[str, float] | None = None
    source: str = ""  # the text the entities' offsets index (the original)
    blood_alcohol: list[BloodAlcohol] = field(default_factory=list)
    # of several defendants, each one's own drug and quantity where the facts tell them apart: own_drug_totals
    own_drugs: dict[str, tuple[str, float]] = field(default_factory=dict)

    def record_fields(
        self, ner: EntityPredictor | None, drug_charge: bool = False, property_charge: bool = True
    ) -> dict[str, object]:
        """The Judgment fields these give (and the model that found the entities). ``drug_charge``: a charge of the
        document is a drug crime, so that a drug named without a weight (容留他人吸毒) is its main drug.
        ``property_charge``: a charge of the document takes property (盗窃, 诈骗 …), or none is named and the facts
        tell a taking (:func:`_takes_property`), so that the model's items are stolen items; in a rape or a
        drunk-driving case they are not (a disease, the vehicles)."""
        drug = self.main_drug[0] if self.main_drug else None
        named = [d.drug for d in self.drugs if d.section == "facts"]
        if drug is None and drug_charge and named:
            drug = Counter(named).most_common(1)[0][0]  # the most named; a tie: the first named
        # no stolen item: a drug's name (甲基苯丙胺片剂 seized in a drug case: it is in ``drugs``), a name the model also
        # reads as a person or a victim (a list of names, 王某戊、刘某辛、张某寅, reads like a list of goods), or a part
        # of the body (the model, trained on thefts, reads 捅刺被害人胸腹部 in a robbery as the thing taken), or a tool in
        # a hand: of the 948 items of 499 spc_criminal judgments, 159 names, 108 parts of the body and 8 tools in a hand
        # (2026-12-02)
        persons = {f.text for f in self.found if f.entity.label in _PERSON_LABELS}.union(self.victims)
        items = [
            f for f in self.found
            if f.entity.label == "item" and not f.not_loot and f.text not in persons
            and not is_drug_name(f.text) and not is_body_part(f.text) and not _HELD_ITEM_RE.search(f.text)
            and not _NOT_A_THING_RE.search(f.text)
        ]  # fmt: skip
        stolen = _first_mentions([f.text for f in items], persons) if property_charge else ()
        retold = [f for f in self.found if f.entity.label == "item" and f.retold]  # 该手机: its value is one's
        mentions = _mentions_of(stolen, sorted(items + retold, key=lambda f: f.entity.start), self.source, persons)
        return dict(
            victims=tuple(self.victims),
            drugs=tuple(self.drugs),
            drug=drug,
            drug_grams=self.main_drug[1] if self.main_drug else None,
            blood_alcohol=tuple(self.blood_alcohol),
            stolen_items=stolen,
            stolen_item_mentions=tuple(_stolen_item(text, ms, _owner(text, persons)) for text, ms in mentions.items()),
            places=_distinct_places([f.text for f in self.found if f.entity.label == "place"]),
            entities=tuple(self.entities),
            ner_model=(getattr(ner, "run_version", None) or getattr(ner, "version", None)
                       or (type(ner).__name__ if ner is not None else None)),
        )


def _stolen_item(item: str, mentions: list[_Found], owner: str | None) -> StolenItem:
    """``item`` where first written (its first of ``mentions``), with the value the facts give at the first of its
    ``mentions`` that has one (窃得电动自行车一辆。经认定，该电动自行车价值…: the value of the second) and its ``owner``."""
    first = mentions[0].entity
    v = next((f.value for f in mentions if f.value is not None), None)
    if v is None:
        return StolenItem(item, first.start, first.end, first.text, owner=owner)
    return StolenItem(item, first.start, first.end, first.text, plain_number(v.yuan), v.start, v.end, v.text, v.shared,
                      owner)


def _a_place_not_a_name(text: str) -> bool:
    """A model "victim" that is a place: 在某某市某某区某某路某某 (a masked address the model reads as a masked name).
    A preposition first, or five characters or more with a place word after the first (a name of that length is a
    transliteration, written with ·)."""
    if re.match(r"[在到至往]", text):  # not 于 or 从: surnames (于某)
        return True
    dotted = bool(re.search(f"[{NAME_DOTS}]", text))
    return not dotted and len(text) >= 5 and bool(re.search(r"[省市县区镇乡村路街巷道号楼室]", text[1:]))


def _fact_elements(
    doc: Document, start: int, end: int, ner: EntityPredictor | None, known: set[str],
    defendants: dict[str, str] | None = None,
) -> _FactElements:
    """Victims, drugs and weights (rules) and the NER model's entities in the facts ``doc.text[start:end]``.

    ``known``: names the document gives as defendants (a person, not a victim, and not an item).
    ``defendants``: of several defendants, each name or alias as written with the defendant's name, to tell
    whose each weight is (:func:`drug_owners`) and each one's own quantity where the facts tell them apart
    (:func:`own_drug_totals`).
    """
    ftext = doc.text[start:end]
    # the evidence lists: no entity of the model's, and no drug weight (below)
    evidence = evidence_ranges(ftext)
    found: list[_Found] = []
    if ner is not None:
        found = _facts_entities(doc, start, ftext, ner, known, evidence)
    victims = find_victims(ftext, known)
    for hit in found:
        if hit.entity.label == "victim" and hit.text not in known and not any(hit.text in w or w in hit.text for w in victims):
            # a victim called by the surname alone (捆住王的手脚, 砍击刘的头面部) comes out as 王的, 刘的头: no name
            # holds 的 (none of the gold defendants' names); fayan-ner@d903d5a2c010 gave 11 such on spc_criminal
            if "的" in hit.text or _a_place_not_a_name(hit.text):
                continue
            name = re.escape(hit.text)
            if re.search(name + _ACCOMPLICE_NOTE, ftext) or re.search(_ACCOMPLICE_BEFORE + name, ftext):
                continue  # 王某（另案处理）, 李某（均已判决）, 同案被告人王某: an accomplice
            if _names_only_the_scene(hit.text, ftext, evidence) or _introduced_as_kin(hit.text, ftext):
                continue
            victims.append(hit.text)
    victims = _without_slips(victims, doc.text)
    # a weight in an evidence list names an exhibit (…查获的4225克毒品海洛因等物证): the facts told it, or should have;
    # it counts for nothing, but is recorded, after the facts' own (section "evidence"), so that X3 can compare it
    weighed = [(x, any(a <= x.start < b for a, b in evidence)) for x in find_drugs(ftext)]
    found_drugs = [x for x, listed in weighed if not listed]
    several = defendants is not None and len(set(defendants.values())) > 1
    owners = drug_owners(ftext, found_drugs, defendants or {}) if several else [()] * len(found_drugs)
    named = dict(zip(map(id, found_drugs), owners))
    drugs = []
    for dfound, listed in sorted(weighed, key=lambda w: w[1]):  # (the facts' own first)
        if listed and dfound.grams is None:
            continue
        o = doc.original_span(start + dfound.start, start + dfound.end)
        drugs.append(DrugMention(dfound.drug, dfound.grams, o.start, o.end, o.text, dfound.total, times=dfound.times,
                                 restated=dfound.restated, section="evidence" if listed else "facts",
                                 converted=dfound.converted, named=named.get(id(dfound), ()),
                                 aside=dfound.aside,
                                 item=-1 if listed or sums_up(ftext, dfound.start) else dfound.item))
    alcohol = []
    for b in find_blood_alcohol(ftext):
        o = doc.original_span(start + b.start, start + b.end)
        alcohol.append(replace(b, start=o.start, end=o.end, text=o.text))
    summed = summed_up_totals(ftext, found_drugs, defendants or {}) if several else []
    own = own_drug_totals(found_drugs, owners, summed) if several else {}
    return _FactElements([f.entity for f in found], found, victims, drugs, drug_total(found_drugs),
                         doc.original or doc.text, alcohol, own)


# the head of another document (某某人民法院 刑事判决书 （2020）…号) after this one's result: two in one file
_ANOTHER_DOCUMENT_RE = re.compile(
    r"(?:^|(?<=\s))[^\s。，；：]{2,40}?人民法院\s{0,3}(?:刑事(?:附带民事)?)?(?:判决|裁定|决定)书\s{0,3}"
    r"(?P<number>[（(][0-9Xx×]{4}[）)][^\s。，；]{1,30}?号)"
)


# the head of a notice the court sent with it (某某人民法院 执行通知书 （2023）…号), pasted after the judgment: no judgment
_A_NOTICE_RE = re.compile(
    r"(?:^|(?<=\s))[^\s。，；：]{2,40}?人民法院\s{0,3}(?P<kind>执行通知书|结案通知书|释放证明书|送达回证|起诉书副本)"
)


def _another_document(doc: Document, secs: Sections, notice: re.Match[str] | None) -> str:
    """A note where the text goes on after this document's result with the head of another (two judgments pasted
    into one file), of which fayan reads the first only: where the other starts and its case number; or with a
    notice the court sent with it (``notice``, from :func:`_notice`), which is no judgment and is not read either;
    else ''."""
    result = secs.get("result")
    m = _ANOTHER_DOCUMENT_RE.search(doc.text, result.end) if result is not None else None
    if m is not None:
        at = doc.original_span(m.start(), m.end()).start
        first = _ANOTHER_DOCUMENT_RE.search(doc.text, 0, m.start())
        if first is not None and _squashed(doc.text[m.start() :]) == _squashed(doc.text[first.start() : m.start()]):
            # the same judgment pasted twice: nothing is left unread (a copy that differs is another document)
            return f"the text holds this document twice: a second, identical copy from character {at} on, not read"
        return f"{ANOTHER_DOCUMENT} from character {at} on ({m.group('number')}), not read: save it as a file of its own"
    if notice is None:
        return ""
    at = doc.original_span(notice.start(), notice.end()).start
    return f"the text goes on with a {notice.group('kind')} from character {at} on, not read as part of the judgment"


def _squashed(text: str) -> str:
    """``text`` without whitespace, to compare two copies of a document laid out differently."""
    return re.sub(r"\s+", "", text)


def _notice(text: str, secs: Sections) -> tuple[re.Match[str] | None, Sections]:
    """The head of a notice pasted after the result (:data:`_A_NOTICE_RE`: 执行通知书, 送达回证), if any, and ``secs``
    ending where it begins: its signatures and dates are not the judgment's."""
    result = secs.get("result")
    n = _A_NOTICE_RE.search(text, result.end) if result is not None else None
    if n is None:
        return None, secs
    cut = n.start()
    return n, Sections(tuple(replace(x, end=min(x.end, cut)) for x in secs if x.start < cut), text)


def _title(text: str, sec: Section | None) -> str | None:
    """The court and the form as printed, one line (a record that is no judgment keeps it too: 指定管辖决定书)."""
    return (re.sub(r"\s+", " ", text[sec.start : sec.end]).strip() or None) if sec else None


def _reasoning_alcohol(doc: Document, reasoning: Section | None, fe: _FactElements) -> _FactElements:
    """The blood alcohol values the reasoning restates, after the facts' (X3 compares them), where the facts measure
    one."""
    if not fe.blood_alcohol or reasoning is None:
        return fe
    restated = []
    for b in find_blood_alcohol(doc.text[reasoning.start : reasoning.end]):
        o = doc.original_span(reasoning.start + b.start, reasoning.start + b.end)
        restated.append(replace(b, start=o.start, end=o.end, text=o.text, section="reasoning"))
    return replace(fe, blood_alcohol=fe.blood_alcohol + restated)


def _reasoning_drugs(doc: Document, reasoning: Section | None, fe: _FactElements) -> _FactElements:
    """The weights the reasoning restates, after the facts' (X3 compares them), and the reasoning's total of the main
    drug where it is larger than what the facts add up to: the court summing every deal (刘某单独或指使他人贩卖、运输
    甲基苯丙胺共计7158克) where the facts state only one buyer's subtotal (向李某贩卖甲基苯丙胺共计880克) as a total,
    or restating as one weight what some of the facts' weights add up to (49.91克 and 0.19克 of tablets: 非法持有
    甲基苯丙胺50.1克); after a conversion of the main drug by its content, the reasoning's total, smaller or not. Not a
    weight of the law's threshold (…一千克以上)."""
    if fe.main_drug is None or reasoning is None:
        return fe
    text = doc.text[reasoning.start : reasoning.end]
    # a weight with 以上 or 以下 after it is the law's threshold (走私、贩卖甲基苯丙胺一千克以上, 第三百四十七条第二款), not
    # this case's weight told again (none of the 34 weights the dev judgments and SPC rulings restate has one)
    found = [d for d in find_drugs(text) if text[d.end : d.end + 2] not in ("以上", "以下")]
    restated = []
    for d in found:
        if d.grams is not None:
            o = doc.original_span(reasoning.start + d.start, reasoning.start + d.end)
            restated.append(DrugMention(d.drug, d.grams, o.start, o.end, o.text, d.total, "reasoning",
                                        converted=d.converted))
    drug, grams = fe.main_drug
    parts = [d.grams for d in fe.drugs if d.drug == drug]
    # a stated total larger by more than a rounding; a sum of the facts' own weights larger at all
    stated = [d.grams for d in found if d.drug == drug and d.grams
              and ((d.total and d.grams > grams * 1.005) or (d.grams > grams and adds_up(d.grams, parts)))]
    # where the reasoning converts the main drug (按含量8.6%折算为甲基苯丙胺447.2克), the facts weigh a mixture
    # (淡黄色液体5200克) and the court's total after the conversion (共计573.7克) is the quantity, smaller or not
    converted = [d.start for d in found if d.drug == drug and d.converted and d.grams]
    counted = [d.grams for d in found
               if converted and d.drug == drug and d.total and d.grams and d.start >= converted[0]]
    main = (drug, counted[-1]) if counted else (drug, max(stated)) if stated else fe.main_drug
    return replace(fe, drugs=fe.drugs + restated, main_drug=main)


def _ner_amount_roles(
    amounts: list[AmountMention], entities: list[EntityMention], text: str
) -> list[AmountMention]:
    """Amount roles the rules left open in the facts, from overlapping NER entities (value, gains).

    A ``value`` needs a valuation word in its clause before it (:data:`_VALUE_CUE`); a ``gain`` needs a word of
    proceeds there (:data:`_GAIN_CUE`) or a sale right after it (以350元的价格卖给, :data:`_GAIN_SALE`).

    >>> def role(text):
    ...     s = text.index("2000元")
    ...     a = AmountMention("other", 2000, "exact", "facts", s, s + 5, "2000元")
    ...     return _ner_amount_roles([a], [EntityMention("value", "2000元", s, s + 5)], text)[0].role
    >>> role("手机一部，价值人民币2000元。"), role("被告人张某以人民币2000元的价格贩卖")
    ('value', 'other')
    >>> def gain(text):
    ...     s = text.index("2000元")
    ...     a = AmountMention("other", 2000, "exact", "facts", s, s + 5, "2000元")
    ...     return _ner_amount_roles([a], [EntityMention("gain", "2000元", s, s + 5)], text)[0].role
    >>> gain("将手机销赃获利2000元。"), gain("后以2000元的价格卖给他人"), gain("花医疗费2000元。")
    ('gains', 'gains', 'other')
    """
    out = list(amounts)
    for k, a in enumerate(out):
        if a.role != "other" or a.section != "facts":
            continue
        for e in entities:
            if e.start < a.end and a.start < e.end and e.label in _NER_AMOUNT_ROLE:
                clause = _CLAUSE_END.split(text[max(0, a.start - 15) : a.start])[-1]
                if e.label == "value" and not _VALUE_CUE.search(clause):
                    continue
                if e.label == "gain" and not (_GAIN_CUE.search(clause) or _GAIN_SALE.match(text, a.end)):
                    continue
                out[k] = replace(a, role=_NER_AMOUNT_ROLE[e.label])
                break
    return out


# The model learnt "value of goods" from theft facts only, and elsewhere calls drug prices, loans, card limits and
# fraud losses values too (154 dev judgments: 110 such amounts against 29 after a valuation word, with
# fayan-ner@ba0f48aa3b95). In the theft training half every value (53) follows one of these words in its clause
# (价值人民币2000元, 经鉴定, 折合人民币42元, 财产损失1099元) and none of its stolen cash (21) or gains (6) does.
_VALUE_CUE = re.compile("价值|估价|鉴定|认定|评估|折合|损失|价格")
# Gains likewise: the weights with word features (fayan-ner@d903d5a2c010) call medical bills, a monthly income, a
# partnership's capital, card spending and a car's price gains on the dev judgments. In the theft training half 5 of
# the 6 gains have a word of proceeds in their clause (销赃获利, 获得赃款共计, 共获利) or a sale right after them
# (以350元的价格卖给, 以人民币900元卖给); none of its 53 values or 21 stolen cash does. (The sixth is card spending.)
_GAIN_CUE = re.compile("获利|赢利|盈利|牟利|得款|卖得|赃款|所得|销赃|变卖|典当")  # not 售 alone: 汽车销售服务有限公司
_GAIN_SALE = re.compile(r"(?:的?价[格钱])?(?:卖|售|销赃|典当|变卖)")
_CLAUSE_END = re.compile("[，。；：,;\n]")


def _count_named(text: str, start: int, end: int, entry: OutcomeEntry | None, role: bool = False) -> str | None:
    """Of a defendant's several counts, the one the sentence of a circumstance at [start, end), up to its 。 or ；,
    names (甲某…如实供述司法机关尚未掌握的盗窃犯罪事实，具有自首情节，对其所犯盗窃罪，依法可从轻处罚: 盗窃罪; in
    …不满十八周岁，对其所犯强奸罪应依法从轻处罚；…具有自首情节，对其所犯盗窃罪… each its own); of a ``role`` (主犯,
    从犯) whose clause names none, the one its whole sentence up to 。 names; ``None`` where it names none of them or
    more than one, and for a defendant of one count."""
    charges = list(dict.fromkeys(c.charge for c in entry.counts)) if entry else []
    if len(charges) < 2:
        return None
    sentence = _sentence_at(text, start, end)
    named = [c for c in charges if c.removesuffix("罪") in sentence]
    # a sentence that tells another count's crime too (因抢劫犯罪到案后，主动交代…盗窃犯罪，系自首，对其所犯盗窃罪可依法
    # 从轻处罚): the one it says the lenience is for
    said = re.search(r"对(?:其|该)?所犯([^，。；、]*?罪(?:、[^，。；、]*?罪)*)", sentence)  # (…抢劫罪、强奸罪: both)
    meant = [c for c in named if said and c.removesuffix("罪") in said.group(1)]
    named = meant if len(named) > 1 and len(meant) == 1 else named
    if not named and role:  # a role's clause after ； where the sentence's first clause names the joint crime (在故意杀人
        # 共同犯罪中，甲…系主犯；乙…系从犯)
        lo = max(text.rfind(c, 0, start) for c in "。\n") + 1
        stop = min((i for c in "。\n" if (i := text.find(c, end)) != -1), default=len(text))
        named = [c for c in charges if c.removesuffix("罪") in text[lo:stop]]
    return named[0] if len(named) == 1 else None


def _facts_only(doc: Document, ner: EntityPredictor | None, sp: _Spans, common: dict[str, object]) -> Judgment:
    """A text that is only a fact section: its amounts, total crime amount, drugs, victims and entities."""
    text = doc.text
    amounts = _amount_mentions(doc, 0, len(text), "facts", "facts", None)
    total = _total(doc, 0, len(text), None, amounts, sp)
    fe = _fact_elements(doc, 0, len(text), ner, set(defendant_names(text)))  # no header: 被告人X in the facts
    return Judgment(
        id=doc.id,
        status="facts",
        reason="a fact section only (no title, case number or result): amounts, drugs, victims and entities are read, "
        "no parties or sentences",
        source=doc.source,
        n_chars=len(doc.original or doc.text),
        amounts=tuple(_ner_amount_roles(amounts, fe.entities, doc.original or doc.text)),
        total_crime_amount_yuan=total,
        spans=tuple(sp.items),
        **fe.record_fields(ner, property_charge=_takes_property((), text)),  # type: ignore[arg-type]
        **{**common, "sections": (SectionRef("facts", 0, len(doc.original or doc.text)),)},  # type: ignore[arg-type]
    )


def extract_document_ner(doc: Document) -> Judgment:
    """:func:`extract_document` with the shipped NER model (loaded once per process)."""
    from fayan.nlp.ner import load_model

    return extract_document(doc, ner=load_model())


# NER labels that map onto an amount role the rules left as "other".
_NER_AMOUNT_ROLE = {"value": "value", "gain": "gains"}


def _aliases_of(defendants: Sequence[Defendant]) -> dict[str, str]:
    """Each other name of ``defendants`` (an alias: 曾用名, a short form the document introduces) of two
    characters or more that is no defendant's name, with the name of whose it is."""
    names = {d.name for d in defendants}
    return {a: d.name for d in defendants for a in d.aliases if len(a) >= 2 and a not in names}


def _as_named(who: Sequence[str], aliases: Mapping[str, str]) -> tuple[str, ...]:
    """``who`` with each other name of ``aliases`` (:func:`_aliases_of`) read as the defendant's name, each
    once."""
    return tuple(dict.fromkeys(aliases.get(n, n) for n in who))


def _as_named_one(who: str | None, aliases: Mapping[str, str]) -> str | None:
    """``who`` read as :func:`_as_named` reads each name."""
    return aliases.get(who, who) if who else who


def _with_short_forms(text: str, end: int, headers: list[PartyHeader]) -> list[PartyHeader]:
    """``headers`` with the short forms the document up to ``end`` introduces for each among its aliases
    (:func:`~fayan.nlp.names.short_forms`: 被告人艾克拜尔•吐尔地（以下简称艾克拜尔）, in the header or the
    facts): the document names the person so from then on (艾克拜尔受雇驾车，…系从犯), and each reading by name
    takes a defendant's aliases as the defendant's."""
    owners = {n: h.name for h in headers for n in (h.name, *h.aliases) if n}
    forms = short_forms(text[:end], owners)
    own = {h.name: tuple(s for s, n in forms.items() if n == h.name and s not in h.aliases) for h in headers}
    return [replace(h, aliases=(*h.aliases, *own[h.name])) if own[h.name] else h for h in headers]


def _header_parties(text: str, secs: Sections) -> tuple[list[PartyHeader], list[tuple[int, int]], dict[int, list]]:
    """The defendants the header describes, the span of each one's paragraph, and the defenders listed after each."""
    headers: list[PartyHeader] = []
    spans: list[tuple[int, int]] = []
    defenders: dict[int, list] = {}
    # defenders listed before any defendant's paragraph: an element-form judgment's top lists 被告人：甲某。辩护人：乙某，…
    # and its item of particulars (一、被告人基本情况：被告人甲某，男，…) after the procedure is the defendant's paragraph
    early: list[str] = []
    for s in secs:
        if s.kind == "defendant":
            h = parse_defendant(text[s.start : s.end])
            if h is not None:
                headers.append(h)
                spans.append((s.start, s.end))
        elif s.kind == "defender" and headers:
            para = text[s.start : s.end]
            # the defendant the paragraph names (…，系被告人甲的辩护人), else the one it follows
            client = defender_client(para)
            k = next((k for k, h in enumerate(headers) if client and h.name == client), len(headers) - 1)
            defenders.setdefault(k, []).extend(parse_defenders(para))
        elif s.kind == "defender":
            early.append(text[s.start : s.end])
    for para in reversed(early if headers else []):  # (the one it names, else the first)
        client = defender_client(para)
        k = next((k for k, h in enumerate(headers) if client and h.name == client), 0)
        defenders[k] = parse_defenders(para) + defenders.get(k, [])
    return headers, spans, defenders


def _without_own_decisions(h: PartyHeader, e: OutcomeEntry, own_days: set[str], history: str) -> PartyHeader:
    """``h`` less the priors that are decisions of this very case.

    A retrial's header tells the sentence under review (原审被告人X…2014年10月20日因犯Y罪被判处…): dated as a
    decision of this case in its history, for a charge the history names and this result convicts again, it is
    this case, not a prior. Not where the result combines with an earlier judgment (漏罪, 又犯罪): the history
    retells that judgment.
    """
    if not own_days or e.with_earlier_judgment:
        return h
    own = [
        p.kind == "criminal" and p.date in own_days and bool(p.charge) and p.charge in history and p.charge in e.charges
        for p in h.priors
    ]
    if not any(own):
        return h
    return replace(
        h,
        priors=tuple(p for p, o in zip(h.priors, own) if not o),
        prior_spans=tuple(ps for ps, o in zip(h.prior_spans, own) if not o),
    )


def _add_defendant_spans(
    sp: _Spans, base: str, e: OutcomeEntry, h: PartyHeader | None, hs: tuple[int, int] | None
) -> None:
    """Record where a defendant's name, header facts (``h`` read from the paragraph at ``hs``) and sentence are."""
    sp.add(f"{base}.name", e.name_span)
    if h is not None and hs is not None:
        sp.add(f"{base}.header", hs)
        if h.birth_span:
            sp.add(f"{base}.birth_date", (hs[0] + h.birth_span[0], hs[0] + h.birth_span[1]))
        if h.detained_span:
            sp.add(f"{base}.detained_on", (hs[0] + h.detained_span[0], hs[0] + h.detained_span[1]))
        if h.arrested_span:
            sp.add(f"{base}.arrested_on", (hs[0] + h.arrested_span[0], hs[0] + h.arrested_span[1]))
        for k, ps in enumerate(h.prior_spans):
            sp.add(f"{base}.priors[{k}]", (hs[0] + ps[0], hs[0] + ps[1]))
    sp.add(f"{base}.verdict", e.executed.span)
    sp.add(f"{base}.verdict.term_dates", e.term_dates_span)
    sp.add(f"{base}.clause", e.span)
    for k, c in enumerate(e.counts):
        sp.add(f"{base}.charges[{k}]", c.charge_span)
        sp.add(f"{base}.counts[{k}]", c.punishment.span)


def _facts_start(text: str, secs: Sections) -> int:
    """Where the facts are read from: the findings, or the prosecution's account where the findings adopt it
    ("查明的事实与公诉机关的指控一致"): dates, drugs and victims as well as amounts."""
    facts = secs.get("facts")
    if facts is None:
        return 0
    pros = secs.get("prosecution")
    adopts = _ADOPTS_PROSECUTION.search(text[facts.start : facts.start + 80])
    return pros.start if pros is not None and pros.start < facts.start and adopts else facts.start


def _fact_dates(
    text: str, start: int, end: int, judgment_day: date | None, *, marriage: bool, post: bool = False,
) -> list[_FactDate]:
    """The dates of ``text[start:end]`` (the facts) that may date the offence or the capture, in text order.

    Leaves out birth dates, anything after the judgment, the start and the end of a sentence's period
    recounted (:func:`_period_day`: 刑期自2019年10月9日起至2021年10月8日止 in an appeal's account of the first
    instance, in a retrial's of the judgment it reviews), the days of the accused's merit
    (:data:`_MERIT_RE`) and of a charged count the court does not find (:attr:`_FactDate.rejected`); and
    the dates of sentences that tell only a marriage, a divorce or how a couple met or lived, where a full date of
    something else is left and the case is not about a marriage; with ``post`` (a crime done through a post),
    the dates of a post taken up or held (:attr:`_FactDate.post`), where a date of a sentence of the crime is
    left. :func:`_offence_dates` leaves out the capture's day where the facts date the offence by month only.
    """
    ftext = text[start:end]
    dates: list[_FactDate] = []
    for mention in find_date_mentions(ftext):
        span = mention.span
        first, last = date_range(mention.year, mention.month, mention.day)
        if mention.month is None:  # 2011年下半年 allows no day before July; 上半年 none after June; 年底 (年末) none
            # before November, 年初 none after March (either way wider than the words, which a reader may take as
            # December and January)
            half = ftext[span.end : span.end + 3]
            if half == "下半年":
                first = date(mention.year, 7, 1)
            elif half == "上半年":
                last = date(mention.year, 6, 30)
            elif re.match("年?[底末]", half):
                first = date(mention.year, 11, 1)
            elif re.match("年?初", half):
                last = date(mention.year, 3, 31)
            elif (season := re.match("年?([春夏秋])(?!节)", half)) is not None:  # 2008年春 allows no day before
                # February nor after May; 夏 May to August, 秋 August to November (wider than the seasons, which a
                # reader may count from 立春 or from March); not 冬, which may be the winter the year opens with
                first, last = {"春": (date(mention.year, 2, 1), date(mention.year, 5, 31)),
                               "夏": (date(mention.year, 5, 1), date(mention.year, 8, 31)),
                               "秋": (date(mention.year, 8, 1), date(mention.year, 11, 30))}[season.group(1)]
        elif mention.day is None:  # 2012年1月下旬 allows no day before the 21st, 上旬 none after the 10th; 月底 (月末)
            # none before the 21st, 月初 none after the 10th
            part = ftext[span.end : span.end + 2]
            if part in ("中旬", "下旬") or part[:1] in ("底", "末"):
                first = first.replace(day=11 if part == "中旬" else 21)
            if part in ("上旬", "中旬") or part[:1] == "初":
                last = first.replace(day=20 if part == "中旬" else 10)
        born = is_birth_date(ftext, span.start, span.end)  # (2000年9月18日出生, （出生于2000年9月18日）)
        at = (start + span.start, start + span.end)
        if born or (judgment_day and first > judgment_day) or _period_day(text, *at):
            continue
        rest = _CLAUSE_REST_RE.match(text, at[1])
        lo, hi = _sentence_bounds(text, *at)
        dates.append(_FactDate(first, at, mention.day is not None, text[lo:hi], last,
                               rest.group() if rest else "", at=at[0] - lo))
    for k, x in enumerate(dates):  # the sentences between a date's own and the next date's, in its paragraph
        m = _SENTENCE_END_RE.search(text, x.span[1], end)
        if m is None or m.group() == "\n":
            continue
        stop = dates[k + 1].span[0] if k + 1 < len(dates) else end
        para = text.find("\n", m.end(), stop)
        upto = para if para >= 0 else stop
        if k + 1 < len(dates) and para < 0:  # not into the next date's sentence
            upto = max(m.end(), max(text.rfind(c, m.end(), upto) for c in "。；;") + 1)
        dates[k] = replace(x, then=text[m.end():upto])
    if not marriage and any(x.full and not x.background for x in dates):
        dates = [x for x in dates if not x.background]
    dates = [x for x in dates if not _MERIT_RE.search(x._plain) and not x.rejected]
    # in a crime done through a post, the day a post was taken up or held, where a day or a month of a
    # sentence of the crime is left (months may be all the facts give: 2021年3月至2023年10月，…收受…)
    if post and any(not x.post and not x.later and not x.record and x.tells_post_crime for x in dates):
        dates = [x for x in dates if not x.post]
    return dates


def _offence_dates(dates: list[_FactDate]) -> list[_FactDate]:
    """``dates`` without the capture's days where the facts date the offence by month only and the capture by day
    (2023年10月至12月间…；2024年1月5日被抓获): the capture's day is no offence day. Only then: a day of the offence,
    where there is one, stays the first."""
    if all(x.later for x in dates if x.full) and any(not x.later and not x.full for x in dates):
        return [x for x in dates if not x.later]
    return dates


def _own_offence_dates(
    mentions: list[_FactDate], dates: list[_FactDate], full_dates: list[_FactDate], names: set[str],
    together: int,
) -> tuple[_FactDate | None, _FactDate | None, bool]:
    """A defendant's first offence day and earliest date (not a capture's), and whether a sentence naming them
    (``names``, or all the ``together`` defendants at once: :func:`_names_one`) gave it.

    Where one defendant is tried every date of the facts is theirs; of several, the sentences naming them. With no
    full date in such a sentence but one of what came after the act (:attr:`_FactDate.later`: 乙某主动到公安机关投案),
    the document's first full date, but not one before the earliest month or year their own sentences give (甲
    2021年11月3日 theft, 乙 only 2021年12月间 fraud). Sentences that tell only what came after the act, but a
    capture with a seizure (:attr:`_FactDate.of_the_act`), give no date of theirs: a manager whose omission the
    facts tell undated, beside the accident's day told of a foreman (2021年5月8日9时许，被告人乙安排工人…坠落),
    takes the case's dates, not the day of a compensation that names both (2021年5月20日，…公司与被害人近亲属达成
    赔偿协议，…对二被告人表示谅解) nor the foreman's surrender told after it.
    """
    several = together > 1
    named = [x for x in _naming(mentions, names, together) if x.of_the_act] if several else []
    # not the day of a sentence that tells only the capture (…9月13日被公安民警抓获 before a crime of 9月15日), where
    # another day is left, as for the document's last day of the conduct
    pool = named or mentions
    earliest = min([x for x in pool if not x.later] or pool, key=lambda x: x.day, default=None)
    after = [x for x in full_dates if x.day >= earliest.day] if named and earliest else full_dates
    # nor the day of what followed the act (…主动到公安机关投案 is no day of a fraud told by month), where another is
    # left
    own = ([x for x in _naming(dates, names, together) if not x.later][:1] if several else []) or [
        _first_offence([x for x in after if not x.later] or after)]
    return own[0], earliest, bool(named)


def _prosecution_charges(text: str, secs: Sections) -> dict[str, tuple[int, int]]:
    """The charges the procedure and prosecution paragraphs name, each at its first mention."""
    found: dict[str, tuple[int, int]] = {}
    for s in secs:
        if s.kind in ("procedure", "prosecution"):
            for name, span in _first_of_each(_charge_mentions(text, s.start, s.end, _PROSECUTION_CHARGE_CUE)).items():
                if s.kind == "procedure" and _after_the_case(text, s.start, span[0]):
                    continue  # …指控被告人X犯甲罪一案，于…判决，认定被告人X犯乙罪: 乙 is the court's, not the charge
                found.setdefault(name, span)
    return found


def _amounts_and_total(
    doc: Document, facts: Section | None, facts_from: int, reasoning: Section | None, result_start: int,
    main_charge: str | None, names: list[str], sp: _Spans, one_defendant: bool = False,
    without: Sequence[str] = (),
) -> tuple[list[AmountMention], float | None]:
    """The money amounts of the facts (read from ``facts_from``) and of the reasoning, and the total crime amount:
    the facts' total; where they give none of the charge's roles, the reasoning's; of ``one_defendant``, a
    total of the facts the reasoning names the crime's (:func:`_stated_total`), and the amount an appeal's
    reasoning holds instead of the first instance's (:func:`_corrected_total`). The total leaves
    out the amounts of the defendants named ``without`` (those not convicted of ``main_charge`` where others
    are)."""
    amounts: list[AmountMention] = []
    total = None
    for sec_kind, sec in (("facts", facts), ("reasoning", reasoning)):
        if sec is None:
            continue
        sec_start, sec_end = (facts_from, sec.end) if sec_kind == "facts" else (sec.start, result_start)
        amounts += _amount_mentions(
            doc, sec_start, sec_end, "prosecution" if sec_start != sec.start else sec_kind, sec_kind, main_charge, names
        )
        if total is None:
            total = _total(doc, sec_start, sec_end, main_charge, amounts, sp, sec_kind, names, without)
    if total is not None and reasoning is not None and one_defendant:
        total = _stated_total(doc, amounts, total, main_charge, sp)
        total = _corrected_total(doc, reasoning.start, result_start, amounts, total, sp)
    if reasoning is not None:
        wrong = _overturned_amounts(doc, reasoning.start, result_start)
        amounts = [a for a in amounts if a.section != "reasoning" or (a.start, a.end) not in wrong]
    return amounts, total


def _overturned_amounts(doc: Document, start: int, end: int) -> set[tuple[int, int]]:
    """The (original) spans of the amounts of the reasoning ``doc.text[start:end]`` that retell what the first
    instance found to say it was wrong (:func:`~fayan.nlp.circumstances.overturned`: 原判认定其盗窃数额为人民币
    48600元，系因对涉案钢材的价值认定错误所致，经复核，其盗窃数额应为21500元, in a retrial; 原判认定上诉人的
    犯罪数额为35万元不当): none the court finds, so no amount its reasoning restates (X3 compares those with the
    facts). Read after :func:`_corrected_total`, which finds the amount held instead beside it."""
    text = doc.text
    wrong = set()
    for span, _money in find_money(text[start:end]):
        at, to = start + span.start, start + span.end
        if overturned(text, start, at, to, whole_clause=True):
            o = doc.original_span(at, to)
            wrong.add((o.start, o.end))
    return wrong


# An appeal's correction of the amount the first instance found (原判认定上诉人的犯罪数额为35万元不当，应予纠正) and the
# words right before the amount it holds instead, earlier in its paragraph or later in its sentence (故其只应对268400元
# 承担刑事责任; 应认定为…; 数额应为…)
_OVERTURNED_RE = re.compile(
    r"原(?:判|审判决|一审判决|审法院)[^。；]{0,30}?(?:数额|金额|价值)[^。；]{0,40}?(?:不当|有误|错误|不妥|不准确)"
)
_HELD_INSTEAD_RE = re.compile(r"(?:只|仅)应(?:对|就|按)|应(?:当)?(?:认定|确认|计算)?为|应(?:当)?(?:认定|按|以)")
_PARAGRAPH_END_RE = re.compile(r"。\s|\n")


def _stated_total(
    doc: Document, amounts: list[AmountMention], total: int | float, charge: str | None, sp: _Spans
) -> int | float:
    """The total crime amount where the reasoning names one amount the crime's (诈骗数额为人民币188000元) and the
    facts state it as a total (骗得上述款项共计人民币188000元: restating the sum of the transfers before it, still a
    total the court found), while ``total``, the sum of the facts' amounts, comes to more (a price of a paper
    forged, 伪造…认购意向书，载明…总价人民币1281280元, no money taken): that one, with its span. Unchanged where
    the reasoning names several, or the facts state none of them."""
    original = doc.original or doc.text  # (mentions are in original offsets)
    named = {a.amount_yuan for a in amounts
             if a.section == "reasoning" and a.currency == "CNY" and a.qualifier == "exact"
             and named_crime_amount(original, a.start)}
    if len(named) != 1 or (said := next(iter(named))) >= total:
        return total
    roles = counted_roles(charge, original)
    stated = [a for a in amounts
              if a.section == "facts" and a.is_total and a.currency == "CNY" and a.role in roles
              and a.amount_yuan == said]
    if not stated:
        return total
    sp.items = [p for p in sp.items if p.field != "total_crime_amount_yuan"]
    sp.items.append(Provenance("total_crime_amount_yuan", stated[-1].start, stated[-1].end, stated[-1].text))
    return said


def _corrected_total(
    doc: Document, start: int, end: int, amounts: list[AmountMention], total: int | float, sp: _Spans
) -> int | float:
    """The total crime amount where the reasoning of ``doc.text[start:end]`` overturns the first instance's, which is
    ``total`` (read from the facts the appeal upholds), for another: that one, with its span (the dev appeal whose
    appellant only withdrew 268400元 of a 35万元 fraud). Unchanged where the correction names no other amount, or
    several."""
    text = doc.text
    for m in _OVERTURNED_RE.finditer(text, start, end):
        o = doc.original_span(m.start(), m.end())
        was = [a for a in amounts if a.section == "reasoning" and o.start <= a.start < o.end]
        if len(was) != 1 or was[0].amount_yuan != total:
            continue
        para = max([p.end() for p in _PARAGRAPH_END_RE.finditer(text, start, m.start())], default=start)
        stop = min(i for i in (text.find("。", m.end(), end), end) if i != -1)
        lo, original = doc.original_span(para, stop), doc.original or doc.text  # (mentions are in original offsets)
        held = [
            a for a in amounts
            if a.section == "reasoning" and lo.start <= a.start < lo.end and a.amount_yuan != total
            and _HELD_INSTEAD_RE.search(original[max(a.start - 6, lo.start) : a.start])
        ]
        if len({a.amount_yuan for a in held}) != 1:
            continue
        a = held[-1]
        sp.items = [p for p in sp.items if p.field != "total_crime_amount_yuan"]
        sp.items.append(Provenance("total_crime_amount_yuan", a.start, a.end, a.text))
        return a.amount_yuan
    return total


_PROSECUTED_RE = re.compile(r"提起公诉|提起诉讼|移送起诉|提出公诉")
# A day the procedure tells after the prosecution that is no step taken after it. One of the conduct it
# recounts: the words after it to its clause's end tell an act (将原起诉书指控被告人周某于2020年1月14日所犯盗窃罪
# 变更为抢劫罪; 补充起诉…于…盗窃电动车一辆的事实) and no step of the case (以诈骗罪向本院提起公诉, 被抓获).
_CONDUCT_RE = re.compile(_CRIME_ACT_RE.pattern + r"|所犯|所实施|实施|作案|犯罪|的事实|的行为")
_STEP_RE = re.compile(
    r"起诉|公诉|决定|裁定|判决|审理|开庭|受理|立案|移送|建议|作出|提出|送达|退回|侦查|本院|宣判|"
    r"拘留|逮捕|取保|监视居住|羁押|抓获|归案|投案|到案|释放"
)
# One of the review for prosecution before it: its sentence tells the investigation or that review (本案在审查起诉
# 期间，…于2021年4月28日退回侦查机关补充侦查; 侦查机关于…移送审查起诉; 两次退查) and nothing of the trial, where a
# return for further investigation comes after the prosecution (审理中，公诉机关以需要补充侦查为由建议延期审理)
_REVIEW_STAGE_RE = re.compile(
    r"审查起诉|移送起诉|侦查终结|立案侦查|退回[^，,。；;]{0,10}?补充侦查|退查|补查重报"
)
_TRIAL_STAGE_RE = re.compile(r"本院|审理|审判|开庭|庭审|延期|法庭|宣判")


def _before_prosecution_by_right(text: str, start: int, end: int, since: int) -> bool:
    """Whether the day ``text[start:end]``, told in the procedure after the prosecution (whose words end at
    ``since``) and earlier than it, may rightly be so: a day of the conduct the procedure recounts
    (:data:`_CONDUCT_RE`), or of the review for prosecution (:data:`_REVIEW_STAGE_RE`; of its sentence, what
    follows the prosecution: …向本院提起公诉，审查起诉期间于…退回补充侦查一次)."""
    rest = _CLAUSE_REST_RE.match(text, end)
    after = rest.group() if rest else ""
    if _CONDUCT_RE.search(after) and not _STEP_RE.search(after):
        return True
    lo, hi = _sentence_bounds(text, start, end)
    told = text[max(lo, since) : hi]
    return bool(_REVIEW_STAGE_RE.search(told)) and not _TRIAL_STAGE_RE.search(told)


# A withdrawal of the charge against named persons (the court rules on it, 刑诉法解释第二百九十六条; the judgment
# then deals with them no more): 撤回对被告人甲某、乙某的起诉, 对被告人甲某撤回起诉, 对甲某的起诉予以撤回,
# 关于被告人甲某，公诉机关已撤回起诉, 被告人甲某经公诉机关撤回起诉; the group w1 … w4 names them
_HEADER_KINDS = ("title", "case_number", "prosecutor", "defendant", "defender", "party")
_WITHDRAWN_BY = r"(?:申请|决定|要求|依法|已|予以|裁定)?"
_WITHDRAWAL_RE = re.compile(
    rf"撤回对(?P<w1>[^，,。；;]{{2,40}}?)的(?:起诉|公诉|指控)"
    rf"|对(?P<w2>[^，,。；;]{{2,40}}?)(?:的(?:起诉|公诉|指控))?[，,]?{_WITHDRAWN_BY}"
    r"(?:撤回(?:起诉|公诉|指控)?|撤诉)"
    r"|(?:关于|对于|至于)(?P<w3>[^，,。；;]{2,20}?)[，,][^。；;]{0,30}?(?:撤回(?:起诉|公诉|指控)|撤诉)"
    r"|(?P<w4>被告人[^，,。；;]{2,20}?)[，,]?(?:因|经|由)"
    r"(?:公诉机关|检察机关|[^，,。；;]{2,20}?人民检察院|自诉人)[^，,。；;]{0,12}?(?:撤回(?:起诉|公诉|指控)|撤诉)"
)
_WITHDRAWN_WHO_SEP_RE = re.compile(r"、|和|及|与")
_WITHDRAWAL_REFUSED_RE = re.compile(r"不(?:予)?准(?:许)?|不同意|驳回")


def _withdrawn(text: str, start: int, end: int, names: Collection[str], sp: _Spans) -> tuple[str, ...]:
    """The persons of ``names`` (header defendants the result deals with nowhere) whose charge
    ``text[start:end]`` says was withdrawn (:data:`_WITHDRAWAL_RE`), in the order told, each with the
    withdrawal's span (``withdrawn[k]``): only where the withdrawal names nothing but such persons
    (被告人甲某、乙某; not 对被告人甲某盗窃罪中一起事实的指控, a part of the charge, nor 其) and its sentence tells no refusal
    (本院裁定不准许撤回起诉), after which the court still has to decide."""
    found: list[str] = []
    for m in _WITHDRAWAL_RE.finditer(text, start, end):
        who = next(g for g in m.groups() if g is not None)
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        if _WITHDRAWAL_REFUSED_RE.search(text, lo, hi):
            continue
        listed = [re.sub(r"^(?:原审)?(?:被告人|被告单位)", "", w) for w in _WITHDRAWN_WHO_SEP_RE.split(who)]
        if listed and all(w in names for w in listed):
            for w in listed:
                if w not in found:
                    sp.add(f"withdrawn[{len(found)}]", m.span())
                    found.append(w)
    return tuple(found)


def _prosecution_dates(text: str, proc: Section, sp: _Spans) -> tuple[str | None, str | None]:
    """The last date before 提起公诉 (or the like) in its sentence of the procedure paragraph; and the first full date
    the paragraph tells after it that is earlier than the prosecution (…于2013年12月14日向本院提起公诉。本院于2013年12月
    17日立案受理，…于同年1月15日…开庭审理: 同年 for 次年), not one of the conduct the paragraph recounts nor of the
    review for prosecution (:func:`_before_prosecution_by_right`)."""
    pm = _PROSECUTED_RE.search(text, proc.start, proc.end)
    if not pm:
        return None, None
    sent_start = max(text.rfind("。", proc.start, pm.start()) + 1, proc.start)
    last = None
    for dspan, d in find_dates(text[sent_start : pm.start()]):
        last = (dspan, d)
    if last is None:
        return None, None
    sp.add("prosecution_date", (sent_start + last[0].start, sent_start + last[0].end))
    prosecuted = last[1]
    # (from the prosecution's day: 本院于同日立案，于同年2月10日开庭 of a prosecution on 2011年2月25日)
    for dspan, d in find_dates(text[pm.end() : proc.end], prosecuted):
        s, e = pm.end() + dspan.start, pm.end() + dspan.end
        if d < prosecuted and not _before_prosecution_by_right(text, s, e, pm.end()):
            sp.add("told_before_prosecution", (s, e))
            return prosecuted.isoformat(), d.isoformat()
    return prosecuted.isoformat(), None


# the words of a sentence's period in the sentence that tells its days (刑期, 缓刑考验期限, 管制期, 剥夺政治权利, 罚金)
_PERIOD_WORDS_RE = re.compile(r"刑期|考验期|缓刑|管制期|剥夺政治权利|罚金")
# a day a period runs to (…起至2021年10月8日止, 刑期至2022年8月13日）): 至 before it, 止 or the note's end after it
_PERIOD_TO_RE = re.compile(r"(?:至|到)\s*$")
_PERIOD_CLOSES_RE = re.compile(r"\s*(?:止|届满|期满|[）)。；;])")
# a day a payment is due by (罚金限于2020年7月1日前缴纳), after the day
_PAYMENT_DUE_RE = re.compile(r"\s*(?:之|以)?前\s*(?:缴纳|缴清|交纳|交清|付清)")
# a day a period runs from (即自2019年10月9日起至2021年10月8日止, 刑期自2020年5月6日起执行): 自 or 从 before it; after
# it 起 and the period's last day with what closes it, or 起执行 (起计算)
_PERIOD_FROM_RE = re.compile(r"(?:自|从)\s*$")
_PERIOD_RUNS_RE = re.compile(
    r"\s*起?\s*[，,]?\s*(?:至|到)\s*[^，,。；;起至止）)]{2,16}?日\s*(?:止|届满|期满|[）)。；;])|\s*起\s*(?:执行|计算)"
)
# the end of a term an agreement or a paper runs for, told in the evidence or the facts (租期自2019年2月1日起至
# 2024年1月31日止, 保险期间均为2022年11月30日至2023年11月29日, 驾驶证有效期至2026年5月1日): the term's word, its
# first day if told, then 至 right before the day; no event, and may fall after the judgment
_TERM_TO_RE = re.compile(
    r"(?:租期|租赁期(?:间|限)?|保险期(?:间|限)|有效期(?:限|间)?|合同期(?:限|间)?|借款期(?:限|间)?|还款期限|承包期(?:限|间)?"
    r"|聘用期(?:限|间)?|劳动合同期限|质保期|保修期)"
    r"(?:[^，,。；;至到]{0,24}?日\s*起?\s*[，,]?)?\s*(?:至|到|截至|截止(?:至|到)?)\s*$"
)
_TERM_TO_NOT_RE = re.compile(r"\s*(?:期?间|之间|期内|内)")


def _period_day(text: str, start: int, end: int) -> bool:
    """Whether the day at ``text[start:end]`` starts or ends a sentence's period as the document recounts it
    (a term's, a probation's, a fine's payment's): 判处有期徒刑二年（…即自2019年10月9日起至2021年10月8日止） in
    an appeal's or a retrial's account of the judgment it reviews, or in its history. Neither is an event of
    the case: the start is the first day of custody credited (or of execution), the day of no act; the end may
    fall after the judgment that tells it. A day after 至 and before 止 (or before 前缴纳), or after 自 and before
    起至…止 or 起执行, in a sentence that names the period (刑期, 缓刑, 罚金 …); not the days of a period of conduct
    (在缓刑考验期限内，于2021年5月至2021年10月8日间多次盗窃: 间 follows the end, and no 自 comes before the start).

    >>> t = "判处有期徒刑八个月（刑期自2021年12月14日起至2022年8月13日止）。2022年9月1日被抓获。"
    >>> [_period_day(t, t.find(d), t.find(d) + len(d)) for d in ("2021年12月14日", "2022年8月13日", "2022年9月1日")]
    [True, True, False]
    >>> t = "自2021年3月1日起至2021年5月6日止，被告人甲某多次盗窃。"
    >>> [_period_day(t, t.find(d), t.find(d) + len(d)) for d in ("2021年3月1日", "2021年5月6日")]
    [False, False]

    Nor the last day of a term an agreement or a paper runs for, as the evidence or the facts tell it (a
    lease's, an insurance's, a licence's: :data:`_TERM_TO_RE`), which may come after the judgment; not its
    first day, which comes before it.

    >>> t = "保险期间均为2022年11月30日至2023年11月29日，事故发生在保险期间内。"
    >>> [_period_day(t, t.find(d), t.find(d) + len(d)) for d in ("2022年11月30日", "2023年11月29日")]
    [False, True]
    """
    lo = max(start - 80, 0, *(text.rfind(c, max(start - 80, 0), start) + 1 for c in "。；;\n"))
    before = text[lo:start]
    ends = (_PERIOD_TO_RE.search(before) is not None and _PERIOD_CLOSES_RE.match(text, end) is not None
            or _PAYMENT_DUE_RE.match(text, end) is not None)
    starts = _PERIOD_FROM_RE.search(before) is not None and _PERIOD_RUNS_RE.match(text, end) is not None
    if _TERM_TO_RE.search(before) is not None and _TERM_TO_NOT_RE.match(text, end) is None:
        return True
    return (ends or starts) and _PERIOD_WORDS_RE.search(before) is not None


def _last_date(
    text: str, sec: Section | None, sp: _Spans, field_name: str, *, after: date | None = None
) -> str | None:
    """The latest full date section ``sec`` tells (the procedure's 立案, 开庭, 延期审理, a decision of the history; the
    facts' every date, the capture's too), recorded as ``field_name``; a month or year told whose first day comes after
    ``after`` (the judgment's day) and every full date instead, as ``YYYY-MM`` or ``YYYY`` (公诉机关指控，2018年12月，
    被告人…贩卖 in a judgment of 2018年8月13日; the facts of the 154 dev judgments, 500 SPC rulings and the examples tell
    none. Not any later month: …自2017年10月至2018年6月共25份…判决书, told in an appeal's facts, is no fact's day).
    Not the start nor the end of a sentence's period recounted (:func:`_period_day`): no event; the end may
    come after the judgment."""
    if sec is None:
        return None
    mentions = [m for m in find_date_mentions(text[sec.start : sec.end])
                if not _period_day(text, sec.start + m.span.start, sec.start + m.span.end)]
    last = None
    for m in mentions:
        if (d := m.to_date()) is not None and (last is None or d > last[1]):
            last = (m.span, d)
    told = last[1].isoformat() if last is not None else None
    if after is not None:
        for m in mentions:
            first = date_range(m.year, m.month, m.day)[0]
            if m.day is None and first > after and (last is None or first > last[1]):
                last, told = (m.span, first), f"{m.year:04d}" + (f"-{m.month:02d}" if m.month else "")
    if last is None:
        return None
    sp.add(field_name, (sec.start + last[0].start, sec.start + last[0].end))
    return told


def _trial_procedure(text: str, proc: Section, procedure: str | None, sp: _Spans) -> str | None:
    """速裁, 简易 or 普通, as the procedure paragraph tells this court's trial."""
    # 二审, 死刑复核, 再审 have no 普通/简易/速裁 of their own (a word there tells of the first instance): none
    if procedure in ("二审", "其他"):
        return None
    # a trial begun in one procedure and turned into another (…适用简易程序…决定转为普通程序) ends in the last
    converted = None
    for converted in _PROCEDURE_CHANGE_RE.finditer(text, proc.start, proc.end):
        pass
    if converted is not None:
        sp.add("trial_procedure", converted.span("p"))
        return converted.group("p")
    # (up to the end of its paragraph: a section the splitter opens inside it, 被告人甲自愿认罪认罚，本院依法适用简易
    # 程序…, read as the defence's, is still the paragraph telling this court's trial)
    end = len(text) if (nl := text.find("\n", max(proc.start, proc.end - 1))) < 0 else max(nl, proc.end)
    words = ("速裁程序", "简易程序", "普通程序")
    trial_word = _first_word(text, proc.start, proc.end, words, sp, "trial_procedure") or _first_word(
        text, proc.end, end, words, sp, "trial_procedure")
    # a procedure paragraph naming none: 普通, unless one judge sat alone (独任审判: 简易 or 速裁, not said which)
    return trial_word[:2] if trial_word else (None if "独任" in text[proc.start : end] else "普通")


def _public_trial(text: str, proc: Section, procedure: str | None, sp: _Spans) -> bool | None:
    """Whether this court heard the case in public, where the procedure paragraph says."""
    # this court's hearing: a sentence of 本院 (本院依法组成合议庭，公开开庭审理了本案); without one, a first
    # instance's paragraph as a whole, but not an appeal's or a review's, which retell the lower court's
    # (高级人民法院…不公开开庭审理 in a death-penalty review, which holds no hearing of its own)
    own = _OWN_HEARING_RE.search(text, proc.start, proc.end)
    if own is not None:
        sp.add("public_trial", own.span("w"))
        return own.group("w") == "公开"
    if procedure in ("二审", "其他"):
        return None
    word = _first_word(text, proc.start, proc.end, ("不公开", "公开"), sp, "public_trial")
    return None if word is None else word == "公开"


# 经上海市第一中级人民法院指定，本案由本院审理 / 经某中级人民法院指定由本院管辖: the court that designated this one
_DESIGNATED_RE = re.compile(
    r"经\s*(?P<c>[^，,。；;\s]{2,30}?法院)(?:依法)?指定(?:管辖)?\s*[，,]?\s*(?:本案|该案)?(?:移送)?由本院(?:审理|管辖|审判)"
)


def _designated_by(text: str, proc: Section, sp: _Spans) -> str | None:
    """The court the procedure history says designated this one to try the case (经X法院指定，本案由本院审理)."""
    m = _DESIGNATED_RE.search(text, proc.start, proc.end)
    if m is None:
        return None
    sp.add("designated_by", m.span("c"))
    return m.group("c")


def _appeal_terms(text: str, appeal: Section, sp: _Spans) -> tuple[int | None, str | None]:
    """The days allowed for an appeal and the court it goes to, as the appeal paragraph gives them."""
    days = court = None
    am = _APPEAL_DAYS_RE.search(text, appeal.start, appeal.end)
    if am:
        days = int(cn_to_number(am.group("n")))
        sp.add("appeal_days", am.span("n"))
    cm = _APPEAL_COURT_RE.search(text, appeal.start, appeal.end)
    if cm:
        group = "a" if cm.group("a") else "b"
        court = cm.group(group)
        sp.add("appeal_court", cm.span(group))
    return days, court


def extract_document(doc: Document, *, ner: EntityPredictor | None = None) -> Judgment:
    """Extract everything fayan knows how to find from one document.

    ``ner`` (e.g. :func:`fayan.nlp.ner.load_model`) adds entities in the facts:
    victims, stolen items (with the values the facts give), places, and roles for
    amounts the rules could not place. Drugs and weights stay the lexicon's
    (drugs.tsv): the model's drug entities are recorded, but of the 535 it found in
    the spc_criminal and dev judgments (2026-12-02) 10 were names drugs.tsv lacks,
    half of them no drug (咖啡, 乙醇, 麻将).
    """
    text = doc.text
    if not text.strip():
        # (a text of page furniture or metadata alone, which normalising drops: say so)
        what = "" if not (doc.original or "").strip() else (
            ": only page furniture, an export's header (title:…/content:) or a legal database's metadata "
            "(标题：…/案号：…/文书类型：…) with no judgment after it")
        return _not_judgment(doc, f"empty document{what}", status="empty")
    notice, secs = _notice(text, split_sections(text))
    f = extract_doc_fields(text, secs)
    sp = _Spans(doc)
    sp.add("case_number", f.case_number_span)
    sp.add("court", f.court_span)
    sp.add("judgment_date", f.judgment_date_span)
    sp.add("prosecutor", f.prosecutor_span)
    title = secs.get("title")
    if title:
        sp.add("title", (title.start, title.end))
    sections = [
        SectionRef(s.kind, doc.original_span(s.start, s.end).start, doc.original_span(s.start, s.end).end)
        for s in secs
    ]
    # each facts section with the evidence it lists (上述事实，有…证实), which tells no part's harm and no tally
    facts_listed = [(sec, [(sec.start + x, sec.start + y) for x, y in evidence_ranges(text[sec.start : sec.end])])
                    for sec in secs.all("facts")]  # fmt: skip
    for facts, listed in facts_listed:
        for a, b, heading in fact_parts(text, facts):
            part_harm = _told_harm(text, a, b, listed)
            if part_harm is not None:
                sp.add(f"sections[{len(sections)}].harm", part_harm[1])
            o = doc.original_span(a, b)
            sections.append(SectionRef("facts_part", o.start, o.end, heading, part_harm[0] if part_harm else None))
    common = dict(
        doc_type=f.doc_type,
        # as printed, less a hard wrap's line break inside it (（2016）豫\n1621刑初170号) and the zero-width
        # characters that print nothing (刑初\u200b147号)
        case_number=(re.sub(rf"[\r\n{ZERO_WIDTH}]+", "", doc.original_span(*f.case_number_span).text)
                     if f.case_number_span else None),
        court=f.court,
        procedure=f.procedure,
        judgment_date=f.judgment_date.isoformat() if f.judgment_date else None,
        prosecutor=f.prosecutor,
        case_number_parts=f.case_number,
        officers=f.officers,
        sections=tuple(sections),
        title=_title(text, title),
        notes=_another_document(doc, secs, notice),
    )
    # a document with no result section may open its result with 决定如下 (searched once, where it is needed)
    cue = None if secs.get("result") else _result_cue(doc, secs)
    reason = _classify(doc, secs, f, decided=_cue_word(cue) == "决定")
    if reason is not None:
        if not secs.get("result") and opens_with_facts(text):
            return _facts_only(doc, ner, sp, common)
        if secs.get("result") and f.criminal:
            cue = _result_cue(doc, secs)  # (a 再审决定书 whose result opens with 裁定如下 has a result section)
        decision = f.criminal and ((f.form or "").endswith("决定书") or _cue_word(cue) == "决定")
        told = _decision_history(doc, secs, sp, cue) if decision else {}
        # a criminal ruling or decision set aside (减刑, 假释, 强制医疗) still cites its law before its result
        # (依照《中华人民共和国刑法》第七十八条、第七十九条…，裁定如下; …第十八条…，决定如下): the contract's articles
        # are those of any such clause
        res = secs.get("result")
        if f.criminal and (until := res.start if res else cue.start() if cue else None) is not None:
            reasoning = secs.get("reasoning")
            cites, refs = _cited(doc, reasoning.start if reasoning and reasoning.start < until else 0, until, sp)
            told = {**told, "articles": tuple(criminal_law_articles(cites)), "article_refs": refs}
        return _not_judgment(doc, reason, spans=tuple(sp.items), **common, **told)

    headers, header_spans, defenders = _header_parties(text, secs)
    headers = _with_short_forms(text, secs.body_end, headers)
    names = [h.name for h in headers] + [a for h in headers for a in h.aliases]
    all_defenders = {x.name for listed in defenders.values() for x in listed}
    defender_starts = _defender_starts(text, secs.body_end) if all_defenders else []
    for k, hs in enumerate(header_spans):
        sp.add(f"header_defendants[{k}]", (hs[0] + headers[k].name_span[0], hs[0] + headers[k].name_span[1]))
    result = secs.get("result")
    assert result is not None  # _classify checked
    entries = parse_result(text, result.start, result.end, names)
    for k, (q0, q1) in enumerate(quoted_items(text, result.start, result.end)):
        sp.add(f"result_quotes[{k}]", (q0, q1))
    for k, (q0, q1) in enumerate(refused_items(text, result.start, result.end)):
        sp.add(f"result_refusals[{k}]", (q0, q1))
    reasoning = secs.get("reasoning")
    facts = secs.get("facts")

    # Each defendant's other spellings (a slip of the pen: X4), whose circumstances are theirs.
    gathered = _gathered(text, secs.body_end)
    matched = [_match_header(e.name, headers, e.also) for e in entries]  # each entry's header, if one is its
    # the other writings of each entry's name: its bracket's, and the header's where that is one (阮某 listed,
    # the result's NGUYEN VAN AN（阮某）), by which the reasoning may tell of the person
    writings = [(*e.also, *((headers[hi].name,) if _written_otherwise(e, headers[hi]) else ()))
                if hi is not None else e.also for e, hi in zip(entries, matched)]
    spellings = []
    for e, hi in zip(entries, matched):
        name = headers[hi].name if hi is not None else e.name
        spellings.append(_name_variants(text, secs.body_end, name, set(names) - {name},
                                        after=_after_gathered(gathered, name), roles=_NOT_A_DEFENDANTS_ROLES))
    # Each defendant's other names, as the result names him: the header's name and aliases (曾用名, a short form
    # the document introduces: 被告人艾克拜尔•吐尔地（以下简称艾克拜尔）), read by name below as his.
    out_names = [e.name for e in entries]
    written_as = {a: e.name for e, hi in zip(entries, matched) if hi is not None
                  for a in (headers[hi].name, *headers[hi].aliases) if len(a) >= 2 and a not in out_names}
    # Circumstances in the reasoning. A person of the header the result names not (a co-appellant whose items it
    # upholds by number: 上诉人乙某系累犯, said of him) is read too, that a ground named of him goes to no defendant.
    apart_names = [h.name for k, h in enumerate(headers) if k not in matched] if out_names else []
    circ_hits = (
        find_circumstances(
            text, reasoning.start, reasoning.end, out_names or [h.name for h in headers], others=apart_names,
            units={h.name for h in headers if h.is_unit} | {e.name for e in entries if "单位" in e.role},
            aliases=written_as | {v: e.name for e, found in zip(entries, writings) for v in found}
            | {v: e.name for e, found in zip(entries, spellings) for v, _span in found},
        )
        if reasoning
        else []
    )
    circ_hits = [c for c in circ_hits if c.defendant not in apart_names]
    before_reasoning = reasoning.start if reasoning else result.start  # (what the text tells before the court's words)
    circ_hits += _pleas_told_before(text, before_reasoning, out_names, circ_hits, written_as)
    circ_hits = _withdrawn_pleas(text, result.start, out_names, circ_hits, written_as)
    legal_aid = [m.end() for m in _LEGAL_AID_RE.finditer(text, 0, before_reasoning)]
    circumstances = tuple(
        Circumstance(
            kind=c.kind,
            defendant=c.defendant,
            start=doc.original_span(c.start, c.end).start,
            end=doc.original_span(c.start, c.end).end,
            text=doc.original_span(c.start, c.end).text,
            negated=c.negated,
            charge=_count_named(text, c.start, c.end, next((e for e in entries if e.name == c.defendant), None),
                                role=c.kind in ROLES),
        )
        for c in circ_hits
    )

    facts_from = _facts_start(text, secs)
    charges_prosecution = _prosecution_charges(text, secs)
    # the charges convicted of and those charged (all a ruling tells that convicts none: 驳回抗诉, 维持原判)
    charged = [*charges_prosecution, *(c for e in entries for c in e.charges)]
    # Offence dates (for ages and chronology): the first and the latest full dates in the facts.
    judgment_day = f.judgment_date
    every_date = (
        _fact_dates(
            text, facts_from, facts.end, judgment_day,
            marriage=any(_MARRIAGE_CHARGE_RE.search(c) for e in entries for c in e.charges),
            post=any(_POST_CHARGE_RE.search(c) for c in charged),
        )
        if facts
        else []
    )
    fact_dates = _offence_dates(every_date)
    full_dates = [x for x in fact_dates if x.full]
    # the first and last days of the conduct: not the day of a sentence that tells only the capture (…被公安民警抓获)
    # or what made good after the act (另查明，2024年3月15日，被告人的亲属代为赔偿…), where another day is left (E8 and
    # E18 read the conduct's end from it)
    acts = [x for x in full_dates if not x.later] or full_dates
    offence_first = _first_offence(acts)
    offence_last = max(acts, key=lambda x: x.day, default=None)  # the first of equal latest days
    if offence_first is not None and offence_last is not None:
        sp.add("offence_start", offence_first.span)
        sp.add("offence_end", offence_last.span)

    offence_mentions = [x for x in fact_dates if not x.record]
    decisions, history = _own_decisions(doc, secs, sp, names)
    own_days = {x.date for x in decisions if x.date}

    def person(base: str, e: OutcomeEntry, hi: int | None, variants: list[tuple[str, tuple[int, int]]],
               group: list[OutcomeEntry], hits: list[CircumstanceHit]) -> Defendant:
        """The defendant of the sentence ``e`` among ``group`` (the result's, or those of the first instance
        an appeal ruling upholds), of the header paragraph ``hi``, written otherwise as ``variants``, with the
        circumstances of ``hits`` found of him; its spans under ``base``."""
        # Each defendant's own offence dates leave out fact sentences about a person's record.
        several = len(group) > 1
        # (a sentence that names a record and tells a crime stays: 刑满释放后不思悔改，于2007年4月22日…抢劫)
        offence_dates = [x for x in full_dates if not x.record] if several else full_dates
        h = _without_own_decisions(headers[hi], e, own_days, history) if hi is not None else None
        _add_defendant_spans(sp, base, e, h, header_spans[hi] if hi is not None else None)
        name = h.name if h is not None else e.name
        # the result's name written in Latin letters or rendered from them, or dotted otherwise (艾某•吐某 in the
        # header, 艾某·吐某 in the result), is the header's name: no other spelling of it
        written = h is not None and _written_otherwise(e, h)
        if e.name != name and not written and fold_dots(e.name) != fold_dots(name):
            variants.insert(0, (e.name, e.name_span))
        for k, (_v, vspan) in enumerate(variants):
            sp.add(f"{base}.name_variants[{k}]", vspan)
        kinds = [c for c in hits if c.defendant in (e.name, name) and not c.negated]
        kind_names = tuple(dict.fromkeys(c.kind for c in kinds))
        recidivist = "累犯" in kind_names
        prior_criminal = bool(h and h.priors) or recidivist or "前科" in kind_names
        # per_charge only when this judgment sentences two or more charges separately.
        per_charge: tuple[Count, ...] = ()
        if len(e.counts) >= 2 and len({c.charge for c in e.counts}) >= 2:
            per_charge = tuple(_count(c.charge, c.punishment) for c in e.counts)
        birth = None
        if h and h.birth_date and len(h.birth_date) == 10:
            birth = date.fromisoformat(h.birth_date)
        own_names = {name, e.name, *(h.aliases if h else ())}
        together = len(group)  # (a sentence of 二被告人 names each of two)
        own, earliest, named = _own_offence_dates(
            offence_mentions, offence_dates, full_dates, own_names, together)
        own_offence = own.day if own else None
        if own:
            sp.add(f"{base}.offence_start", own.span)
        acts = [x for x in (_naming(full_dates, own_names, together) if several else full_dates)
                if x.act or x.act_first(own_names if several else (), together)
                or x.act_then(own_names, together)]
        last_act = max(acts, key=lambda x: x.day, default=None)
        if last_act is not None:
            sp.add(f"{base}.last_act_day", last_act.span)
        if earliest is not None:
            sp.add(f"{base}.offence_from", earliest.span)
        # (the capture's day counts here where the facts date the offence by month only)
        others = [x.name for x in group if x is not e]
        caught = _caught([x for x in every_date if x.full], own_names, several, others)
        if caught is not None:
            sp.add(f"{base}.captured_on", caught.span)
            # and its sentence (2018年1月20日，被告人易某因吸毒行为被抓获，…: the capture may be of another matter)
            said, said_end = _sentence_bounds(text, *caught.span)
            while said < said_end and text[said].isspace():
                said += 1
            while said_end > said and text[said_end - 1].isspace():
                said_end -= 1
            sp.add(f"{base}.capture", (said, said_end))
        told = [x for x in ((_naming(offence_mentions, own_names, together) or offence_mentions) if several
                            else offence_mentions) if not x.later]
        # each range once, at its first mention (the mentions are in text order)
        conduct = [x for k, x in enumerate(told) if all((y.day, y.last) != (x.day, x.last) for y in told[:k])]
        for k, x in enumerate(conduct):
            sp.add(f"{base}.conduct_dates[{k}]", x.span)
        standard = tuple(
            (normalize_charge(c.charge).standard if normalize_charge(c.charge) else c.charge)  # type: ignore[union-attr]
            for c in e.counts
        )
        return Defendant(
            name=name,
            gender=h.gender if h else None,
            birth_date=h.birth_date if h else None,
            ethnicity=h.ethnicity if h else None,
            education=h.education if h else None,
            prior_criminal=prior_criminal,
            recidivist=recidivist,
            detained_on=h.detained_on if h else None,
            arrested_on=h.arrested_on if h else None,
            charges=tuple(dict.fromkeys(c.charge for c in e.counts)),
            per_charge=per_charge,
            verdict=_sentence(e),
            is_unit=(h.is_unit if h else "单位" in e.role),
            aliases=(*h.aliases, *([e.name] if written and e.name not in h.aliases else []))
            if h else e.also,
            charges_standard=tuple(dict.fromkeys(standard)),
            occupation=h.occupation if h else None,
            residence=h.residence if h else None,
            birthplace=h.birthplace if h else None,
            age_at_offence=_age_at_offence(birth, own_offence, earliest if named or not several else None),
            offence_start=own_offence.isoformat() if own_offence else None,
            offence_from=earliest.day.isoformat() if earliest else None,
            last_act_day=last_act.day.isoformat() if last_act else None,
            last_act_at=_time_of(text, last_act) if last_act else None,
            captured_on=caught.day.isoformat() if caught else None,
            captured_at=_time_of(text, caught) if caught else None,
            conduct_dates=tuple((x.day.isoformat(), x.last.isoformat()) for x in conduct),
            age_at_judgment=age_on(birth, judgment_day) if birth and judgment_day else None,
            priors=_priors_acted(text, h.priors, full_dates, sp, base, own_names) if h else (),
            admin_punishments=h.admin_punishments if h else (),
            custody=h.custody if h else (),
            defenders=_legal_aid(text, legal_aid, before_reasoning, _spelt_defenders(
                text, defender_starts, defenders.get(hi, []) if hi is not None else [],
                set(names) | all_defenders, sp, base)),
            circumstances=kind_names,
            in_header=h is not None,
            name_variants=tuple(dict.fromkeys(v for v, _s in variants)),
            counts=tuple(_count(c.charge, c.punishment) for c in e.counts),
        )

    defendants = [person(f"defendants[{i}]", e, hi, list(spellings[i]), entries, circ_hits)
                  for i, (e, hi) in enumerate(zip(entries, matched))]

    # Articles of the 依照 clause(s) before the result.
    cites, article_refs = _cited(doc, reasoning.start if reasoning else 0, result.start, sp)

    # Charges named by the prosecution (read above, before the offence dates) and concluded in the reasoning.
    reasoning_mentions = (
        _charge_mentions(text, reasoning.start, result.start, _REASONING_CHARGE_CUE, court=True)
        if reasoning else []
    )
    charges_reasoning = _first_of_each(reasoning_mentions)
    # each defendant's, where the reasoning tells whose (被告人甲…构成窝藏罪；被告人乙…构成妨害作证罪)
    concluded_of = _concluded_of(text, reasoning.start, reasoning_mentions, {
        **{v: d.name for d in defendants for v in d.name_variants}, **_aliases_of(defendants),
        **{d.name: d.name for d in defendants if d.name}}) if reasoning else {}
    for i, d in enumerate(defendants):
        own = concluded_of.get(d.name, {})
        for k, span in enumerate(own.values()):
            sp.add(f"defendants[{i}].charges_concluded[{k}]", span)
        defendants[i] = replace(d, charges_concluded=tuple(own))
    # the forms it concludes in: not the current crime named again in a 累犯 clause (…五年内又犯贩卖毒品罪) for acts
    # the charge's other forms do not conclude (构成运输毒品罪): a slip of the one or the other; some of them (构成贩卖、
    # 运输毒品罪 …又犯贩卖毒品罪) is the clause naming the crime loosely, as a form of the reasoning's
    # (…五年内再犯应当判处有期徒刑以上刑罚之贩卖毒品罪: the clause in the words of 刑法第六十五条)
    # and so is the prosecution's charge the reasoning accepts (公诉机关指控被告人甲犯贩卖毒品罪的事实清楚…罪名成立)
    # beside a form of its own for other acts (其行为已构成运输毒品罪)
    loose = {k for k, (_, (s, _e)) in enumerate(reasoning_mentions)
             if re.search(r"[又再]犯(?:应当?判处有期徒刑以上(?:刑罚)?之?)?$", text[max(0, s - 20) : s])
             or re.search(r"指控(?:被告人)?[^，,。；;]{0,12}?犯$", text[max(0, s - 20) : s])}

    def concluded(k: int, c: str, s: int, e: int) -> bool:
        others = [charge_words(c, text[a:b])
                  for i, (x, (a, b)) in enumerate(reasoning_mentions) if x == c and i not in loose]
        return k not in loose or not others or charge_words(c, text[s:e]) <= frozenset().union(*others)

    reasoning_forms = dict.fromkeys(
        text[s:e] for k, (c, (s, e)) in enumerate(reasoning_mentions) if concluded(k, c, s, e))
    unknown_concluded = _named(
        "charges_reasoning_unknown", _unknown_concluded(text, reasoning) if reasoning else [], sp
    )
    unknown_prosecuted = _named("charges_prosecution_unknown", _unknown_prosecuted(text, secs), sp)
    # every amount level the reasoning finds, lowest first (of several, the highest governs the bracket:
    # 既遂…数额较大，未遂…数额巨大 is sentenced in 数额巨大's, reduced for the attempt), and the one where it finds one
    found_levels = (_stated_levels(text, reasoning, _AMOUNT_LEVEL_RE, names=[*out_names, *written_as])
                    if reasoning else {})
    levels_stated = tuple(x for x in _AMOUNT_LEVELS if x in found_levels)
    for k, x in enumerate(levels_stated):
        sp.add(f"amount_levels_stated[{k}]", found_levels[x])
    level_stated = next(iter(found_levels.items())) if len(found_levels) == 1 else None
    if level_stated is not None:
        sp.add("amount_level_stated", level_stated[1])
    severity = _stated_level(text, reasoning, _SEVERITY_RE, argued=False) if reasoning else None
    if severity is not None:
        sp.add("severity_stated", severity[1])
    # (the first group the reasoning finds: 系恶势力犯罪集团…该犯罪集团 names one group twice)
    groups = _stated_levels(text, reasoning, _CRIME_GROUP_RE, argued=False) if reasoning else {}
    group = next(iter(groups.items()), None)
    if group is not None:
        sp.add("crime_group_stated", group[1])
    quantity_level = _stated_level(text, reasoning, _QUANTITY_LEVEL_RE, argued=False) if reasoning else None
    if quantity_level is not None:
        sp.add("quantity_level_stated", quantity_level[1])
    charge_findings = []
    clauses = (_charge_findings(text, reasoning, [*out_names, *written_as])
               + [(*a, None) for a in _act_findings(text, reasoning, charges_reasoning)] if reasoning else [])
    for k, (charge, kind, value, (c0, c1), who) in enumerate(clauses):
        o = doc.original_span(c0, c1)
        who = written_as.get(who, who) if who else who
        charge_findings.append(ChargeFinding(charge, kind, value, o.start, o.end, o.text, who))
        sp.add(f"charge_findings[{k}]", (c0, c1))
    # (what is told of a defendant by another name of his, a short form, is his)
    aliases = _aliases_of(defendants)
    tallies = tuple(replace(t, defendant=_as_named_one(t.defendant, aliases),
                            named=_as_named(t.named, aliases))
                    for t in _tallies(doc, facts_listed, reasoning, sp, names))
    suspended = _suspended(doc, sp)
    # the worst harm the facts and the reasoning tell, and the worst short of death
    # (not one the court says is not found: 原判认定…致被害人重伤二级的鉴定依据不足)
    worst = [worst_harms(text, sec.start, sec.end, _unfound_harm(text, sec.start))
             for sec in (facts, reasoning) if sec is not None]
    harm, short_of_death = (max((w[i] for w in worst if w[i]), key=lambda h: HARMS.index(h[0]), default=None)
                            for i in (0, 1))
    for field_name, told in (("harm_found", harm), ("harm_short_of_death", short_of_death)):
        if told is not None:
            sp.add(field_name, told[1])
    for field_name, found in (("charges_prosecution", charges_prosecution), ("charges_reasoning", charges_reasoning)):
        for k, span in enumerate(found.values()):
            sp.add(f"{field_name}[{k}]", span)

    fine_note = _FINE_NOTE_RE.search(text, result.start, result.end)
    if fine_note is not None:
        sp.add("fine_note", fine_note.span())

    # Property dispositions.
    disp = parse_dispositions(text, result.start, result.end, [d.name for d in defendants] + names)
    dispositions = tuple(
        Disposition(
            kind=d.kind,
            defendant=d.defendant,
            amount_yuan=d.amount_yuan,
            start=doc.original_span(*d.span).start,
            end=doc.original_span(*d.span).end,
            text=doc.original_span(*d.span).text,
        )
        for d in disp
    )

    # Money amounts in the facts (and those the reasoning restates), and the total crime amount.
    convicted = [c for d in defendants for c in d.charges_standard]
    main_charge = amount_charge(convicted)
    # where only some defendants are convicted of the charge the amount is of (甲 of 帮信, 乙 of 掩饰、隐瞒), the
    # others' amounts are none of it (all named: an unnamed one's amounts would be told of the name before
    # them)
    others = [d for d in defendants if main_charge not in d.charges_standard]
    without = [] if len(others) == len(defendants) or not all(d.name for d in defendants) else [
        n for d in others for n in (d.name, *d.aliases) if n
    ]
    amount_list, total = _amounts_and_total(
        doc, facts, facts_from, reasoning, result.start, main_charge,
        [d.name for d in defendants if d.name] + names, sp, len(defendants) == 1, without,
    )
    amount_list = [replace(a, defendant=_as_named_one(a.defendant, aliases),
                           named=_as_named(a.named, aliases)) for a in amount_list]
    # Entities in the facts: rules, and the NER model where given.
    fe = _FactElements()
    if facts is not None:
        # Where the header names a defendant, the rules know that string is a person and not a victim.
        known = {d.name for d in defendants if d.name} | {h.name for h in headers if h.name}
        written = {n: h.name for h in headers if h.name for n in (h.name, *h.aliases) if n}
        written |= {n: d.name for d in defendants if d.name for n in (d.name, *d.aliases) if n}
        fe = _fact_elements(doc, facts_from, facts.end, ner, known, written)
        defendants = [replace(d, drug=fe.own_drugs[d.name][0], drug_grams=fe.own_drugs[d.name][1])
                      if d.name in fe.own_drugs else d for d in defendants]
        amount_list = _ner_amount_roles(amount_list, fe.entities, doc.original or doc.text)
        fe = _reasoning_alcohol(doc, secs.get("reasoning"), _reasoning_drugs(doc, secs.get("reasoning"), fe))
    amounts = tuple(amount_list)

    proc = secs.get("procedure")
    prosecution_date, told_before_prosecution = _prosecution_dates(text, proc, sp) if proc is not None else (None, None)
    procedure_last_date = _last_date(text, proc, sp, "procedure_last_date")
    # the facts as the court finds them: from the prosecution's account where they adopt it (经审理查明的事实与指控一致)
    facts_last_date = _last_date(
        text, Section("facts", facts_from, facts.end) if facts else None, sp, "facts_last_date", after=judgment_day)
    # the latest day of the act: not of what may follow its trial, which a court reviewing the decisions the
    # history tells may find (…已于2021年9月6日出具情况说明予以更正, in a retrial's 另查明), nor of what came after the
    # act (:attr:`_FactDate.of_the_act`: an accomplice caught since, 同案人乙于2021年3月5日被抓获)
    case_last = max((x for x in every_date if x.full and not x.after_trial and x.of_the_act),
                    key=lambda x: x.day, default=None)
    if case_last is not None:
        sp.add("facts_last_case_date", case_last.span)
    trial = _trial_procedure(text, proc, f.procedure, sp) if proc is not None else None
    public = _public_trial(text, proc, f.procedure, sp) if proc is not None else None
    designated_by = _designated_by(text, proc, sp) if proc is not None else None
    appeal = secs.get("appeal")
    appeal_days, appeal_court = _appeal_terms(text, appeal, sp) if appeal is not None else (None, None)
    result_names = [d.name for d in defendants]
    unsentenced = {h.name: (hs[0] + h.name_span[0], hs[0] + h.name_span[1])
                   for h, hs in zip(headers, header_spans) if h.name not in result_names}
    # (from the body on: the procedure, the reasoning, where a court tells it; not the header paragraphs at
    # the top: an element-form judgment's item of particulars, 一、被告人基本情况：…, lies after the procedure)
    top = next((k for k, sec in enumerate(secs) if sec.kind not in _HEADER_KINDS), len(secs))
    body = max((sec.end for sec in secs[:top] if sec.end <= result.start), default=0)
    withdrawn = _withdrawn(text, body, result.start, unsentenced, sp)
    accomplices = _accomplices(doc, secs.body_end, set(result_names) | set(names), sp, unsentenced,
                               [r for _sec, listed in facts_listed for r in listed])
    # a header defendant the result names for nothing keeps the custody its paragraph tells (X6 weighs it)
    held = {h.name: (h, hs) for h, hs in zip(headers, header_spans) if h.name in unsentenced}
    kept = []
    for k, a in enumerate(accomplices):
        if a.role == "被告人" and a.name in held:
            h, hs = held.pop(a.name)
            sp.add(f"accomplices[{k}].header", hs)
            a = replace(a, custody=h.custody)
        kept.append(a)
    accomplices = tuple(kept)
    victim_variants = _victim_variants(
        text, secs.body_end, fe.victims, set(result_names) | set(names) | {a.name for a in accomplices}, sp)
    harmed = _harmed(doc, facts_listed, reasoning, fe.victims, sp)
    recommendations, stance_word, stance_words = _recommendations(
        doc, secs, result.start, result_names, sp, [d.name for d in defendants if d.is_unit],
        [a.name for a in accomplices], _aliases_of(defendants))
    defendants = [replace(d, recommendation_stance=w) for d, w in zip(defendants, stance_words)]
    originals, appeal_by, retold, numbered = _first_instance(
        doc, result.start, f.procedure, result_names + names, sp)
    # the persons of the header whose first-instance items the result upholds by number only (一、维持…刑事判决第一项、
    # 第三项；二、撤销…第二项；三、上诉人乙某犯…), as the retold result numbers them (判决：一、被告人甲某犯…): it deals
    # with them, and sentences them not
    kept_items = set(upheld_item_numbers(text[result.start : result.end]))
    upheld_by_item: list[str] = []
    for n, e in numbered:
        hi = _match_header(e.name, headers, e.also) if n in kept_items else None
        if hi is not None and headers[hi].name not in result_names and headers[hi].name not in upheld_by_item:
            sp.add(f"upheld_by_item[{len(upheld_by_item)}]", e.span)
            upheld_by_item.append(headers[hi].name)
    # a ruling that dismisses the appeal and upholds the whole judgment (驳回上诉，维持原判) after findings and reasons
    # of its own (经审理查明, the first instance's facts where it adopts them; 本院认为…系累犯): each first-instance
    # sentence it retells of a person of its header, read as a defendant's, whose facts and circumstances the
    # ruling finds (the checks weigh the sentence it upholds as one it passes: E3, E10 …)
    upheld = _UPHELD_RE.search(text, result.start, result.end)
    upholds = not entries and facts is not None and reasoning is not None and upheld is not None
    if upholds and upheld is not None:
        sp.add("affirmed_by", (upheld.start() + upheld.group().index("驳回"), upheld.end()))
    kept = [(e, hi) for e in retold if upholds and (hi := _match_header(e.name, headers, e.also)) is not None]
    upheld_hits = _upheld_reasons(
        text, min((e.span[0] for e, _ in kept), default=0), [headers[hi].name for _, hi in kept], circ_hits,
        units={headers[hi].name for _, hi in kept if headers[hi].is_unit}) if kept else []
    affirmed = tuple(
        person(f"affirmed[{i}]", e, hi, _name_variants(
            text, secs.body_end, headers[hi].name, set(names) - {headers[hi].name},
            after=_after_gathered(gathered, headers[hi].name), roles=_NOT_A_DEFENDANTS_ROLES),
            [x for x, _ in kept], circ_hits + upheld_hits)
        for i, (e, hi) in enumerate(kept)
    )
    affirmed_circumstances = tuple(
        Circumstance(kind=c.kind, defendant=c.defendant, start=doc.original_span(c.start, c.end).start,
                     end=doc.original_span(c.start, c.end).end, text=doc.original_span(c.start, c.end).text,
                     negated=c.negated, charge=_count_named(text, c.start, c.end, next(
                         (e for e, hi in kept if headers[hi].name == c.defendant), None),
                         role=c.kind in ROLES))
        for c in upheld_hits
    )
    return Judgment(
        id=doc.id,
        articles=tuple(criminal_law_articles(cites)),
        defendants=tuple(defendants),
        status="ok",
        source=doc.source,
        article_refs=article_refs,
        charges_prosecution=tuple(charges_prosecution),
        charges_reasoning=tuple(charges_reasoning),
        charges_reasoning_forms=tuple(reasoning_forms),
        charges_reasoning_unknown=unknown_concluded,
        charges_prosecution_unknown=unknown_prosecuted,
        amount_level_stated=level_stated[0] if level_stated else None,
        amount_levels_stated=levels_stated,
        quantity_level_stated=quantity_level[0] if quantity_level else None,
        harm_found=harm[0] if harm else None,
        harm_short_of_death=short_of_death[0] if short_of_death else None,
        fine_note=doc.original_span(*fine_note.span()).text if fine_note else None,
        charge_findings=tuple(charge_findings),
        tallies=tallies,
        counted=_counted(doc, facts_listed, reasoning, sp),
        harmed=harmed,
        suspended=suspended,
        severity_stated=severity[0] if severity else None,
        crime_group_stated=group[0] if group else None,
        circumstances=circumstances,
        dispositions=dispositions,
        amounts=amounts,
        total_crime_amount_yuan=total,
        trial_procedure=trial,
        header_defendants=tuple(h.name for h in headers),
        withdrawn=withdrawn,
        accomplices=accomplices,
        victim_name_variants=victim_variants,
        header_roles=tuple(
            m.group() for sec in secs if sec.kind in ("prosecutor", "defendant") for m in [_HEADER_ROLE_RE.match(text, sec.start)] if m
        ),
        result_form=_form_word(text[result.start : result.start + 8]),
        appeal_form=_form_word(_past_label(secs.text("appeal"))[:12]),
        offence_start=offence_first.day.isoformat() if offence_first else None,
        offence_end=offence_last.day.isoformat() if offence_last else None,
        prosecution_date=prosecution_date,
        procedure_last_date=procedure_last_date,
        told_before_prosecution=told_before_prosecution,
        impossible_dates=_impossible_dates(doc, secs.body_end, sp),
        facts_last_date=facts_last_date,
        facts_last_case_date=case_last.day.isoformat() if case_last else None,
        earlier_decisions=decisions,
        retrial_orders=_retrial_orders(doc, secs, sp, ("procedure",)),
        public_trial=public,
        appeal_days=appeal_days,
        appeal_court=appeal_court,
        designated_by=designated_by,
        recommendations=recommendations,
        original_sentences=originals,
        affirmed=affirmed,
        affirmed_circumstances=affirmed_circumstances,
        upheld_by_item=tuple(upheld_by_item),
        appeal_by=appeal_by,
        recommendation_stance=stance_word,
        spans=tuple(sp.items),
        n_chars=len(doc.original or doc.text),
        **fe.record_fields(  # type: ignore[arg-type]
            ner,
            drug_charge=any("毒品" in c or "吸毒" in c for c in convicted),
            property_charge=_takes_property(
                convicted or list(charges_reasoning) or list(charges_prosecution),
                secs.text("facts") if facts else text,
            ),
        ),
        **common,  # type: ignore[arg-type]
    )

