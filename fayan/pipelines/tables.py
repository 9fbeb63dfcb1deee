"""Judgments and findings as flat tables, declared once.

Every table is one :class:`TableSpec`: a name, what one row is, and an ordered
list of :class:`Column` (name, dtype, description, and the function that reads
the value from a row).  Everything else is derived from that declaration: the
row tuples (:func:`table_rows`), the pandas frames (:func:`to_frames`,
:func:`frames_from_rows`), the pyarrow schemas (:func:`arrow_schema`), and the
column reference ``docs/tables.md`` (:func:`render_markdown`; regenerate with
``python -m fayan.pipelines.tables > docs/tables.md``).

Dtypes are fixed so that Parquet schemas agree across chunks and runs:

=========  ==============================  ===============
dtype      pandas                          arrow
=========  ==============================  ===============
string     ``string`` (nullable, pd.NA)    ``string``
Int64      ``Int64`` (nullable)            ``int64``
boolean    ``boolean`` (nullable)          ``bool``
float64    ``float64`` (NaN for missing)   ``double``
=========  ==============================  ===============

Every row carries ``doc_id``; rows about a defendant carry ``defendant_index``
(0-based, the order of ``Judgment.defendants``) and ``defendant`` (the name).
Lists inside a cell (charges, aliases, cited articles) are joined with
:data:`LIST_SEP` (``;``), a character no charge name or article number holds.
Offsets (``start``/``end``) index the document text as the user gave it.

>>> from fayan.judgment import Judgment, Defendant, Sentence
>>> j = Judgment(id="样例1", doc_type="判决书", defendants=(
...     Defendant(name="张某", charges=("盗窃罪",),
...               verdict=Sentence(principal="有期徒刑", term_months=6, fine_yuan=2000)),))
>>> frames = to_frames([j])
>>> frames["sentences"][["doc_id", "defendant", "principal", "term_months", "fine_yuan"]]
  doc_id defendant principal  term_months  fine_yuan
0    样例1        张某      有期徒刑            6     2000.0
>>> frames["defendants"].loc[0, "charges"]
'盗窃罪'
>>> to_frames([])["counts"].columns[:4].tolist()
['doc_id', 'defendant_index', 'defendant', 'count_index']
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from fayan.errors import FayanError, UsageError
from fayan.findings import Finding
from fayan.judgment import Count, Defendant, Judgment
from fayan.nlp.amounts import ROLES
from fayan.nlp.circumstances import KINDS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "DTYPES",
    "FINDINGS_TABLE",
    "LIST_SEP",
    "TABLES",
    "Column",
    "TableSpec",
    "arrow_schema",
    "arrow_schemas",
    "arrow_tables_from_rows",
    "empty_frame",
    "findings_frame",
    "findings_rows",
    "frame_from_arrow",
    "frames_from_rows",
    "gather_rows",
    "render_markdown",
    "table_rows",
    "table_spec",
    "to_frames",
]

LIST_SEP = ";"
"""Separator of list values inside one cell (``盗窃罪;诈骗罪``)."""

DTYPES: tuple[str, ...] = ("string", "Int64", "boolean", "float64")
"""The column dtypes a table may declare (pandas names)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One declared column: its name, dtype (one of :data:`DTYPES`), meaning, and reader."""

    name: str
    dtype: str
    description: str
    get: Callable[[Any], Any] = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One declared table: what a row is, how rows come from a record, and the columns."""

    name: str
    row: str  # what one row is, for the docs
    columns: tuple[Column, ...]
    rows: Callable[[Any], Iterator[Any]] = field(repr=False, compare=False)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# ---------------------------------------------------------------------------
# Row contexts


class _Row(NamedTuple):
    """What a column reader sees: the judgment, the defendant (if any), the item and its index."""

    doc: Judgment
    di: int | None
    d: Defendant | None
    k: int | None
    item: Any


def _document_rows(j: Judgment) -> Iterator[_Row]:
    yield _Row(j, None, None, None, j)


def _persons(j: Judgment) -> list[Defendant]:
    """The rows of the person tables: the defendants, then the persons whose first-instance sentences an
    appeal ruling upholds (``affirmed``: 驳回上诉，维持原判, where the result names no one), numbered on after them."""
    return [*j.defendants, *j.affirmed]


def _defendant_rows(j: Judgment) -> Iterator[_Row]:
    for i, d in enumerate(_persons(j)):
        yield _Row(j, i, d, None, d)


def _verdict_rows(j: Judgment) -> Iterator[_Row]:
    for i, d in enumerate(_persons(j)):
        yield _Row(j, i, d, None, d.verdict)


def _per_defendant(*attrs: str) -> Callable[[Judgment], Iterator[_Row]]:
    """Rows for each item of the named defendant tuples, numbered across them."""

    def rows(j: Judgment) -> Iterator[_Row]:
        for i, d in enumerate(_persons(j)):
            k = 0
            for attr in attrs:
                for x in getattr(d, attr):
                    yield _Row(j, i, d, k, (attr, x) if len(attrs) > 1 else x)
                    k += 1

    return rows


def _count_rows(j: Judgment) -> Iterator[_Row]:
    """Every count of each defendant: ``counts``, or ``per_charge`` for records with only the contract's."""
    for i, d in enumerate(_persons(j)):
        for k, c in enumerate(d.counts or d.per_charge):
            yield _Row(j, i, d, k, c)


def _custody_rows(j: Judgment) -> Iterator[_Row]:
    """Each defendant's custody, then that of each header defendant the result names for nothing (an accomplice of
    the role 被告人), unless an appeal ruling upholds his sentence (his custody is then his row's already):
    (accomplice index or None, event)."""
    for i, d in enumerate(_persons(j)):
        for k, x in enumerate(d.custody):
            yield _Row(j, i, d, k, (None, x))
    upheld = {d.name for d in j.affirmed}
    for a_i, a in enumerate(j.accomplices):
        if a.name in upheld:
            continue
        for k, x in enumerate(a.custody):
            yield _Row(j, None, a, k, (a_i, x))  # type: ignore[arg-type]


def _per_document(attr: str) -> Callable[[Judgment], Iterator[_Row]]:
    def rows(j: Judgment) -> Iterator[_Row]:
        for k, x in enumerate(getattr(j, attr)):
            yield _Row(j, None, None, k, x)

    return rows


def _circumstance_rows(j: Judgment) -> Iterator[_Row]:
    """The reasoning's circumstances, then those of the first instance's reasoning that an appeal ruling
    upholds."""
    for k, x in enumerate((*j.circumstances, *j.affirmed_circumstances)):
        yield _Row(j, None, None, k, x)


def _earlier_sentence_rows(j: Judgment) -> Iterator[_Row]:
    for k, dec in enumerate(j.earlier_decisions):
        for x in dec.sentences:
            yield _Row(j, None, None, k, x)


class _RetoldCount(NamedTuple):
    """A count of a retold sentence: where it is told, whose, and the count."""

    told_in: str  # original_sentences | earlier_decisions
    decision: int | None
    sentence: int
    defendant: str
    count: Count


def _retold_count_rows(j: Judgment) -> Iterator[_Row]:
    told = [("original_sentences", None, j.original_sentences)]
    told += [("earlier_decisions", k, dec.sentences) for k, dec in enumerate(j.earlier_decisions)]
    for where, k, sentences in told:
        for n, s in enumerate(sentences):
            for c, count in enumerate(s.counts):
                yield _Row(j, None, None, c, _RetoldCount(where, k, n, s.defendant, count))


def _of_the_count(column: Column) -> Column:
    """A count's column (``_SENTENCE_COLUMNS``) read from a :class:`_RetoldCount` row."""
    return Column(column.name, column.dtype, column.description, lambda r: column.get(r._replace(item=r.item.count)))


# ---------------------------------------------------------------------------
# Value helpers


def _joined(values: Sequence[Any]) -> str | None:
    return LIST_SEP.join(str(v) for v in values) if values else None


def _rights_months(value: int | str | None) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    return int(value) if value.isdigit() else None


def _rights_life(value: int | str | None) -> bool | None:
    if value is None:
        return None
    return value == "终身"


def _attr(name: str) -> Callable[[_Row], Any]:
    return lambda r: getattr(r.item, name)


# Leading columns shared by many tables.
_DOC_ID = Column("doc_id", "string", "document id (file name without extension, or the record's id; files of one name in "
                 "a batch: their path from the folder holding them, a/x and b/x)",
                 lambda r: r.doc.id)
_DEF_INDEX = Column("defendant_index", "Int64", "0-based position of the defendant in the result section "
                    "(then the persons whose sentences an appeal ruling upholds: defendants.affirmed)",
                    lambda r: r.di)
_DEF_NAME = Column("defendant", "string", "the defendant's name as written", lambda r: r.d.name)
# where a number or a person is read: the facts, or the reasoning restating them
_SECTION = Column("section", "string", "facts | reasoning", _attr("section"))


def _index(name: str, what: str) -> Column:
    return Column(name, "Int64", f"0-based position of the {what}", lambda r: r.k)


def _span_columns(what: str, prefix: str = "") -> tuple[Column, ...]:
    """start, end and text of a span (``prefix``: value_start … for a second span of the same row)."""
    return (
        Column(f"{prefix}start", "Int64", f"start offset of the {what} in the original text", _attr(f"{prefix}start")),
        Column(f"{prefix}end", "Int64", f"end offset (exclusive) of the {what}", _attr(f"{prefix}end")),
        Column(f"{prefix}text", "string", f"the {what} as written", _attr(f"{prefix}text")),
    )


# the columns of a sentence a document retells (original_sentences, earlier_sentences)
_RETOLD_SENTENCE_COLUMNS = (
    Column("defendant", "string", "the defendant", _attr("defendant")),
    Column("charges", "string", "the charges it convicted of, as retold, joined with ;",
           lambda r: _joined(r.item.charges)),
    Column("principal", "string", "principal punishment retold", _attr("principal")),
    Column("term_months", "Int64", "its term in months", _attr("term_months")),
    Column("term_days", "Int64", "and days", _attr("term_days")),
    Column("probation_months", "Int64", "缓刑 months", _attr("probation_months")),
    Column("fine_yuan", "float64", "its 罚金 in yuan", _attr("fine_yuan")),
    Column("confiscation_yuan", "float64", "the sum of property it confiscates, in yuan (没收个人财产人民币…元; null for "
           "all the property or none)", _attr("confiscation_yuan")),
    Column("with_earlier_judgment", "boolean", "the term retold includes an earlier judgment's (与前罪…并罚)",
           _attr("with_earlier_judgment")),
    Column("earlier_fine_yuan", "float64", "the earlier judgment's 罚金 that clause names", _attr("earlier_fine_yuan")),
    Column("political_rights_months", "Int64", "剥夺政治权利 retold, in months (null when life or none)",
           lambda r: _rights_months(r.item.political_rights)),
    Column("political_rights_life", "boolean", "true for 剥夺政治权利终身 retold; null when none",
           lambda r: _rights_life(r.item.political_rights)),
    *_span_columns("sentence"),
)


def _cn(j: Judgment, name: str) -> Any:
    parts = j.case_number_parts
    return None if parts is None else getattr(parts, name)


# Punishment columns shared by ``counts`` and ``sentences`` (item: Count or Sentence).
_SENTENCE_COLUMNS = (
    Column("principal", "string",
           "principal punishment: 有期徒刑 | 拘役 | 管制 | 无期徒刑 | 死刑 | 死缓 | 单处罚金 | "
           "免予刑事处罚 | 无罪 | 其他",
           _attr("principal")),
    Column("term_months", "Int64", "term length in whole months (一年六个月 → 18)", _attr("term_months")),
    Column("term_days", "Int64", "extra days when the term is stated with days", _attr("term_days")),
    Column("fine_yuan", "float64", "fine (罚金) in yuan", _attr("fine_yuan")),
    Column("political_rights_months", "Int64", "剥夺政治权利 length in months (null when life or none)",
           lambda r: _rights_months(r.item.political_rights)),
    Column("political_rights_life", "boolean", "true for 剥夺政治权利终身; null when none",
           lambda r: _rights_life(r.item.political_rights)),
    Column("confiscation", "boolean", "没收个人财产 ordered", _attr("confiscation")),
    Column("confiscation_yuan", "float64", "amount of personal property confiscated, in yuan",
           _attr("confiscation_yuan")),
    Column("deportation", "boolean", "驱逐出境 ordered (刑法第三十五条; alone, the principal is 其他)",
           _attr("deportation")),
)


# ---------------------------------------------------------------------------
# The declaration

TABLES: tuple[TableSpec, ...] = (
    TableSpec("documents", "document", (
        _DOC_ID,
        Column("source", "string", "the input file the document was read from", lambda r: r.doc.source),
        Column("status", "string", "ok | facts (a fact section only) | not_judgment | empty", lambda r: r.doc.status),
        Column("reason", "string", "why status is not ok", lambda r: r.doc.reason),
        Column("doc_type", "string", "判决书 | 裁定书 | 其他, from the title", lambda r: r.doc.doc_type),
        Column("title", "string", "the document title as printed", lambda r: r.doc.title),
        Column("case_number", "string", "案号 exactly as printed", lambda r: r.doc.case_number),
        Column("case_year", "Int64", "year in the 案号", lambda r: _cn(r.doc, "year")),
        Column("court_code", "string", "court code in the 案号 (湘0111)", lambda r: _cn(r.doc, "court_code")),
        Column("case_type_code", "string", "case type code in the 案号 (刑初, 刑终 …)",
               lambda r: _cn(r.doc, "type_code")),
        Column("case_seq", "string", "sequence number in the 案号", lambda r: _cn(r.doc, "seq")),
        Column("case_old_style", "boolean", "old-style 案号 with 字第", lambda r: _cn(r.doc, "old_style")),
        Column("court", "string", "the issuing court as printed", lambda r: r.doc.court),
        Column("procedure", "string", "一审 | 二审 | 其他", lambda r: r.doc.procedure),
        Column("trial_procedure", "string", "普通 | 简易 | 速裁: how a first-instance trial was heard (null for 二审, 死刑复核, 再审)", lambda r: r.doc.trial_procedure),
        Column("public_trial", "boolean", "this court heard the case in public (本院…公开开庭; 不公开开庭: false); none for an "
               "appeal or a review that names no hearing of its own", lambda r: r.doc.public_trial),
        Column("judgment_date", "string", "date near the signatures, ISO (YYYY-MM-DD)",
               lambda r: r.doc.judgment_date),
        Column("prosecutor", "string", "公诉机关 as named", lambda r: r.doc.prosecutor),
        Column("prosecution_date", "string", "提起公诉 date from the procedure paragraph, ISO",
               lambda r: r.doc.prosecution_date),
        Column("procedure_last_date", "string",
               "the latest full date the procedure paragraph tells (立案, 开庭, 延期审理, a decision of the history), not the "
               "end of a sentence's period it recounts (刑期自…起至…止, 缓刑考验期限…至…止, 罚金限于…前缴纳), ISO",
               lambda r: r.doc.procedure_last_date),
        Column("told_before_prosecution", "string",
               "the first full date the procedure paragraph tells after its 提起公诉 that is earlier than the prosecution "
               "(立案 or 开庭 dated 同年 for 次年), ISO", lambda r: r.doc.told_before_prosecution),
        Column("impossible_dates", "string", "days the document writes that no calendar has (2013年2月30日, 同月31日 "
               "of June), as written", lambda r: _joined(r.doc.impossible_dates)),
        Column("facts_last_date", "string",
               "the latest full date the facts section tells, the capture's too, from the prosecution's account where "
               "the facts adopt it (offence_end leaves out one after the judgment), not the end of a sentence's period "
               "they recount (刑期…至…止), ISO; a month or year whose first day comes after the judgment's and every "
               "full date instead, as YYYY-MM or YYYY",
               lambda r: r.doc.facts_last_date),
        Column("facts_last_case_date", "string",
               "the latest full date the facts tell of the act itself, before the judgment: not of a "
               "sentence that tells what may follow the trial and no crime (退赔, 谅解, 出具情况说明予以更正, 鉴定, "
               "价格认定复核结论, 申诉, 再审, 服刑: an appeal's or a retrial's own findings may tell it), nor only "
               "what came after the act (a capture, a surrender, the case's filing; a capture with a seizure "
               "counts), a birth or a merit, ISO",
               lambda r: r.doc.facts_last_case_date),
        Column("offence_start", "string", "first full date in the facts in text order (a count told later may be dated "
               "earlier; a defendant's offence_from is the earliest day the facts allow), not of a sentence that tells only "
               "a marriage, a divorce, a break-up or how a couple lived (登记结婚, 协议离婚, 分手协议, 同居, 恋爱), a "
               "career, a licence or a company's registration (转业, 取得驾驶证, 注册成立), nor, in a crime "
               "done through a post, a post taken up or held where a sentence of the crime is dated "
               "(自…起担任…), nor, where "
               "the offence is dated by month only, a capture's day (…被抓获; caught in the act, 交易毒品时被抓获, is the "
               "offence's), nor a record (…刑满释放, an earlier crime it says was tried), nor a charged count "
               "the court does not find (关于起诉书指控的第五起，即2023年6月2日…，本院不予认定), ISO",
               lambda r: r.doc.offence_start),
        Column("offence_end", "string", "latest full date in the facts before the judgment, not of a sentence that tells "
               "only the capture (…被抓获归案, where another day is left; caught in the act, 吸食冰毒的过程中被抓获, counts; "
               "a supervisory commission's 留置 is one), nor the end of a sentence's period they recount "
               "(刑期…至…止), nor a charged count the court does not find, ISO",
               lambda r: r.doc.offence_end),
        Column("result_form", "string", "判决 | 裁定: the word of the 判决如下 / 裁定如下 cue (决定 in a criminal decision)",
               lambda r: r.doc.result_form),
        Column("appeal_form", "string", "判决 | 裁定: the form the closing clause names, an appeal notice (如不服本判决 …) "
               "or the word that the document is final (本判决为终审判决, 本裁定自宣告之日起发生法律效力)",
               lambda r: r.doc.appeal_form),
        Column("appeal_days", "Int64", "the appeal period the notice gives, in days (…第二日起十日内)",
               lambda r: r.doc.appeal_days),
        Column("appeal_court", "string", "the court the notice says to appeal to (上诉于… / 向…提出上诉)",
               lambda r: r.doc.appeal_court),
        Column("designated_by", "string", "the court the history says designated this one to try the case "
               "(经X法院指定，本案由本院审理)", lambda r: r.doc.designated_by),
        Column("recommendation_stance", "string", "adopted | rejected: what the reasoning says of the 量刑建议 "
               "(adopted where it adopts the one adjusted at trial; rejected where it no longer counts, the plea "
               "withdrawn; where it says otherwise of some defendants than of others, rejected: each one's "
               "own in defendants.recommendation_stance)", lambda r: r.doc.recommendation_stance),
        Column("appeal_by", "string", "二审: prosecution (抗诉) | defendant (上诉 only)", lambda r: r.doc.appeal_by),
        Column("articles", "string", "Criminal Law articles cited before 判决如下, in order, joined with ;",
               lambda r: _joined(r.doc.articles)),
        Column("n_defendants", "Int64", "number of defendants in the result section",
               lambda r: len(r.doc.defendants)),
        Column("header_defendants", "string", "every defendant paragraph's name, in order, joined with ;",
               lambda r: _joined(r.doc.header_defendants)),
        Column("withdrawn", "string",
               "header defendants the result deals with nowhere whose charge the document says was withdrawn "
               "(撤回对被告人X的起诉, 关于被告人X，公诉机关已撤回起诉), joined with ;", lambda r: _joined(r.doc.withdrawn)),
        Column("upheld_by_item", "string",
               "二审: header defendants whose first-instance sentences the result upholds by their items' numbers "
               "alone (维持…刑事判决第一项、第三项), and sentences not, joined with ;",
               lambda r: _joined(r.doc.upheld_by_item)),
        Column("header_roles", "string",
               "role words of the header paragraphs (公诉机关, 上诉人（原审被告人） …), joined with ;",
               lambda r: _joined(r.doc.header_roles)),
        Column("charges_prosecution", "string", "charges the prosecution alleged, joined with ;",
               lambda r: _joined(r.doc.charges_prosecution)),
        Column("charges_reasoning", "string", "charges named in 本院认为, joined with ;",
               lambda r: _joined(r.doc.charges_reasoning)),
        Column("amount_level_stated", "string", "较大 | 巨大 | 特别巨大: the one amount level 本院认为 finds (数额巨大)",
               lambda r: r.doc.amount_level_stated),
        Column("amount_levels_stated", "string", "every amount level 本院认为 finds, lowest first (既遂…数额较大，未遂…"
               "数额巨大: 较大;巨大; of several the highest governs the bracket), joined with ;",
               lambda r: _joined(r.doc.amount_levels_stated)),
        Column("severity_stated", "string", "严重 | 特别严重: the one 情节 level 本院认为 finds (情节严重)",
               lambda r: r.doc.severity_stated),
        Column("crime_group_stated", "string", "the group 本院认为 finds the defendants formed, as first written "
               "(犯罪集团, 恶势力犯罪集团, 黑社会性质组织, 组织、领导该集团's 该集团)", lambda r: r.doc.crime_group_stated),
        Column("harm_found", "string", "轻微伤 | 轻伤 | 重伤 | 死亡: the worst harm the facts and the reasoning tell",
               lambda r: r.doc.harm_found),
        Column("harm_short_of_death", "string", "轻微伤 | 轻伤 | 重伤: the worst harm short of death the facts and the "
               "reasoning tell", lambda r: r.doc.harm_short_of_death),
        Column("fine_note", "string", "the result's note of when the fine is to be paid (罚金限判决生效后十日内缴纳), "
               "as printed", lambda r: r.doc.fine_note),
        Column("quantity_level_stated", "string", "较大 | 大: the one drug quantity level 本院认为 finds (数量大; "
               "数量巨大 counts as 大)", lambda r: r.doc.quantity_level_stated),
        Column("charges_reasoning_forms", "string",
               "every form 本院认为 concludes a charge in, as printed (贩卖毒品罪, 运输毒品罪), joined with ;",
               lambda r: _joined(r.doc.charges_reasoning_forms)),
        Column("charges_reasoning_unknown", "string",
               "every charge 本院认为 concludes (构成X罪) under a name that is no standard name, alias or old name "
               "(杀人罪), joined with ;", lambda r: _joined(r.doc.charges_reasoning_unknown)),
        Column("charges_prosecution_unknown", "string",
               "every charge the procedure or prosecution paragraphs say was prosecuted (指控被告人X犯Y罪) under a name "
               "that is no standard name, alias or old name (绑架勒索罪), joined with ;",
               lambda r: _joined(r.doc.charges_prosecution_unknown)),
        Column("total_crime_amount_yuan", "float64",
               "total crime amount in yuan, of the first charge convicted or, where only one charge convicted is "
               "amount-based, of that one (the amounts of the roles it counts: 盗窃 stolen and value, 诈骗 defrauded …; "
               "lexicons/amount_charge_roles.tsv) in the facts; where the facts give none, in the reasoning; "
               "not the amounts of a defendant convicted of another charge only (a co-defendant's 帮信 "
               "turnover beside a 掩饰、隐瞒), nor gains beside a stated total of another role (累计取现614000元，从中获利"
               "12280元 is 614000); of one defendant whose appeal's reasoning overturns the first instance's "
               "amount (原判认定…数额为35万元不当), the amount it holds instead",
               lambda r: r.doc.total_crime_amount_yuan),
        Column("victims", "string", "victims named in the facts, joined with ;",
               lambda r: _joined(r.doc.victims)),
        Column("victim_name_variants", "string", "a victim's name written otherwise elsewhere, as name/spelling, "
               "joined with ; (覃立新/覃立欣)",
               lambda r: _joined([f"{v.name}/{v.spelling}" for v in r.doc.victim_name_variants])),
        Column("drug", "string", "the main drug (canonical name): the most by weight; in a drug case no weight is given for, the one named most", lambda r: r.doc.drug),
        Column("drug_grams", "float64",
               "its quantity in grams: the largest stated total, else the sum of weights",
               lambda r: r.doc.drug_grams),
        Column("blood_alcohol_mg_100ml", "float64",
               "the highest blood alcohol the facts measure, in mg/100ml (醉酒驾驶 from 80; 1.79mg/ml is 179); "
               "the thresholds a text quotes (达到80毫克/100毫升以上) are not measurements",
               lambda r: max((b.mg_per_100ml for b in r.doc.blood_alcohol if b.section == "facts"), default=None)),
        Column("stolen_items", "string",
               "stolen or seized items (NER) where a charge takes property (盗窃, 诈骗, 抢劫 …; convicted, else "
               "prosecuted or reasoned on; none named: where the facts tell a taking), each once (被盗X after X is X "
               "again), not a name the model also calls a person, a part of the body (body_parts.txt), a tool in a "
               "hand or used on a person (持刀, 用电线捆绑), a bare count (一部), a fee or a tax (交通费, 购置税), a "
               "password or a number (银行卡密码) nor a means or an occasion (撬门等方式, 换牌的手段, …之机), joined "
               "with ;",
               lambda r: _joined(r.doc.stolen_items)),
        Column("places", "string", "places in the facts (NER), each once (…停车场处 is …停车场), without the person or "
               "open bracket the model ran on into (…村被害人孙某甲 is …村), joined with ;",
               lambda r: _joined(r.doc.places)),
        Column("ner_model", "string", "the NER model that produced the entities table's rows: its version, with +bf16 where it ran in bfloat16 (null: none)",
               lambda r: r.doc.ner_model),
        Column("n_chars", "Int64", "length of the document text in characters", lambda r: r.doc.n_chars),
        Column("notes", "string", "anything unusual noted by the extractor", lambda r: r.doc.notes or None),
    ), _document_rows),
    TableSpec("defendants", "defendant of a document, or a person whose first-instance sentence an appeal "
              "ruling upholds (affirmed)", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME,
        Column("affirmed", "boolean", "no defendant of the result: a person whose first-instance sentence "
               "the appeal ruling upholds (驳回上诉，维持原判 after findings and reasons of its own), read as one; "
               "the checks weigh it as this document's", lambda r: r.di >= len(r.doc.defendants)),
        Column("is_unit", "boolean", "a unit (被告单位), not a person", _attr("is_unit")),
        Column("in_header", "boolean", "named in the header paragraphs", _attr("in_header")),
        Column("gender", "string", "男 | 女", _attr("gender")),
        Column("birth_date", "string", "ISO date, or YYYY-MM / YYYY when only that is given",
               _attr("birth_date")),
        Column("ethnicity", "string", "民族 as written", _attr("ethnicity")),
        Column("education", "string", "文化程度 (文盲 | 小学 | 初中 | 高中 | 中专 | 大专 | 大学 | 研究生 …)",
               _attr("education")),
        Column("occupation", "string", "occupation as written", _attr("occupation")),
        Column("residence", "string", "where the person lives (住, 暂住 …) as written, else the household register (户籍地)", _attr("residence")),
        Column("birthplace", "string", "出生地 as written", _attr("birthplace")),
        Column("offence_start", "string",
               "the offence date for this person, ISO: with several defendants the first fact date in a sentence "
               "naming them (or all the defendants together: 二被告人 of two), else the "
               "document's", _attr("offence_start")),
        Column("offence_from", "string",
               "the earliest day the facts allow for that offence (a month or year from its first day; with "
               "several defendants of sentences naming them that tell more than the capture or what made "
               "good, else the document's), ISO",
               _attr("offence_from")),
        Column("last_act_day", "string",
               "the latest day of a fact sentence telling a crime by them and nothing after the act (capture, "
               "restitution, appraisal, a death told later), or setting the scene of one told next without a day "
               "(当日12时许，甲来到… 甲持刀…), ISO", _attr("last_act_day")),
        Column("last_act_at", "string", "the time of day told right after that day (14时许, 下午3时), HH:MM",
               _attr("last_act_at")),
        Column("captured_on", "string", "the day of the first fact sentence that tells only the person's capture "
               "(…于2012年8月8日被抓获; not 在甲家将乙抓获 for 甲), what a search seized or the person confessed in it "
               "aside (…将其抓获，并…查获疑似毒品1包), ISO", _attr("captured_on")),
        Column("captured_at", "string", "the time of day told right after that day (当日13时30分许), HH:MM",
               _attr("captured_at")),
        Column("conduct_dates", "string", "every date the facts tell of their conduct (not a capture's nor a "
               "record's, nor a post's in a crime done through it), ISO, a month or year as first/last day, "
               "joined with '; '",
               lambda r: "; ".join(a if a == b else f"{a}/{b}" for a, b in r.item.conduct_dates) or None),
        Column("age_at_offence", "Int64", "age in years at offence_start; without one, the age all through the month or "
               "year of the earliest mention (2021年12月间), where it is the same on its first and last day",
               _attr("age_at_offence")),
        Column("age_at_judgment", "Int64", "age in years at the judgment date", _attr("age_at_judgment")),
        Column("prior_criminal", "boolean", "previously convicted of a crime", _attr("prior_criminal")),
        Column("recidivist", "boolean", "called 累犯 by the document", _attr("recidivist")),
        Column("detained_on", "string", "first custody date for this case, ISO", _attr("detained_on")),
        Column("arrested_on", "string", "逮捕 date, ISO", _attr("arrested_on")),
        Column("charges", "string", "convicted charges from the result section, joined with ;",
               lambda r: _joined(r.item.charges)),
        Column("charges_standard", "string", "the charges as standard 罪名 (a name no alias or rule maps stays as written; check E17 flags it), joined with ;",
               lambda r: _joined(r.item.charges_standard)),
        Column("charges_concluded", "string",
               "the charges 本院认为 concludes of this defendant where it tells whose (被告人乙…其行为已构成妨害作证罪), "
               "with those it concludes of no one apart; empty where it tells no one's apart; joined with ;",
               lambda r: _joined(r.item.charges_concluded)),
        Column("aliases", "string", "other names (曾用名, 绰号, a short form the document introduces: （以下简称…）), "
               "joined with ;",
               lambda r: _joined(r.item.aliases)),
        Column("name_variants", "string",
               "other spellings of the name after a role word elsewhere in the document (one character differs; "
               "one written three times or more is taken for another person), joined with ;",
               lambda r: _joined(r.item.name_variants)),
        Column("circumstances", "string", "sentencing circumstances found for the defendant, joined with ;",
               lambda r: _joined(r.item.circumstances)),
        Column("recommendation_stance", "string", "adopted | rejected: what the reasoning says of the "
               "defendant's own 量刑建议 where it names whose (公诉机关对被告人甲、乙提出的量刑建议适当，本院予以采纳); "
               "else what it says naming no one (公诉机关的量刑建议适当), or documents.recommendation_stance; "
               "null of one recommended nothing (the recommendations each name others, and no part of their "
               "sentences names him with a punishment), where it does not name him",
               _attr("recommendation_stance")),
        Column("drug", "string", "of several defendants, this one's own drug (canonical name): of the facts' "
               "weights told of this defendant alone (drugs.named), where every weight is told of a "
               "defendant named and none of this one's of another too, else the totals a summing-up tells of "
               "them alone (综上，被告人甲贩卖…共计8.66克；被告人乙…共计2.7克); null where it cannot be told",
               _attr("drug")),
        Column("drug_grams", "float64",
               "that drug's quantity in grams (as documents.drug_grams, of those weights)",
               _attr("drug_grams")),
        Column("n_priors", "Int64", "number of prior criminal records", lambda r: len(r.item.priors)),
        Column("n_admin_punishments", "Int64", "number of prior administrative punishments",
               lambda r: len(r.item.admin_punishments)),
        Column("n_custody_events", "Int64", "number of custody events", lambda r: len(r.item.custody)),
        Column("n_defenders", "Int64", "number of defenders", lambda r: len(r.item.defenders)),
    ), _defendant_rows),
    TableSpec("counts", "charge sentenced for a defendant (one per charge; 数罪并罚 gives several)", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME, _index("count_index", "count for the defendant"),
        Column("charge", "string", "the charge (罪名) sentenced", _attr("charge")),
        *_SENTENCE_COLUMNS,
        Column("probation_months", "Int64", "缓刑 months as written on the count (of several counts, 缓刑 is the "
               "executed sentence's)", _attr("probation_months")),
        Column("per_charge", "boolean",
               "also in the contract's per_charge list (sentenced separately: 数罪并罚, two or more "
               "charges)",
               lambda r: r.item in r.d.per_charge),
    ), _count_rows),
    TableSpec("sentences", "defendant: the executed sentence (决定执行 for 数罪并罚)", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME,
        *_SENTENCE_COLUMNS,
        Column("probation_months", "Int64", "缓刑 length in months", _attr("probation_months")),
        Column("probation_days", "Int64", "extra 缓刑 days", _attr("probation_days")),
        Column("combined", "boolean", "a 决定执行 / 合并执行 clause is present", _attr("combined")),
        Column("with_earlier_judgment", "boolean",
               "combined with an earlier judgment's sentence (刑法第七十条, 第七十一条, "
               "第七十七条)",
               _attr("with_earlier_judgment")),
        Column("term_start", "string", "即自…起 date of the 刑期 note, ISO", _attr("term_start")),
        Column("term_end", "string", "至…止 date of the 刑期 note, ISO", _attr("term_end")),
        Column("custody_credit_days", "Int64", "days of custody credited (折抵) when printed",
               _attr("custody_credit_days")),
        Column("earlier_principal", "string", "the earlier judgment's punishment the 与前罪…并罚 clause names",
               _attr("earlier_principal")),
        Column("earlier_term_months", "Int64", "and its term in months", _attr("earlier_term_months")),
        Column("earlier_fine_yuan", "float64", "and its 罚金 in yuan", _attr("earlier_fine_yuan")),
    ), _verdict_rows),
    TableSpec("articles", "article cited in a 依照…之规定 clause", (
        _DOC_ID, _index("ref_index", "citation in the document"),
        Column("law", "string", "the law or interpretation as cited", _attr("law")),
        Column("article", "string", "article number (264, 133-1)", _attr("article")),
        Column("paragraph", "Int64", "款 number", _attr("paragraph")),
        Column("item", "Int64", "项 number", _attr("item")),
        *_span_columns("citation"),
    ), _per_document("article_refs")),
    TableSpec("circumstances", "sentencing circumstance (情节) found in the reasoning, and a 认罪认罚 told before it "
              "(签字具结, 适用认罪认罚制度); a plea withdrawn (撤回认罪认罚, 不再适用认罪认罚) is a negated 认罪认罚", (
        _DOC_ID, _index("circumstance_index", "circumstance in the document"),
        Column("kind", "string", " | ".join(KINDS) + " (lexicons/circumstances.tsv)", _attr("kind")),
        Column("defendant", "string", "the defendant it concerns, when known", _attr("defendant")),
        Column("negated", "boolean", "stated as not applying (不构成自首 …)", _attr("negated")),
        Column("charge", "string", "of a defendant with several counts, the one count its sentence names "
               "(对其所犯盗窃罪具有自首情节), as the result prints it", _attr("charge")),
        Column("upheld", "boolean", "found in the first instance's reasoning that an appeal ruling retells "
               "and upholds (原判认为…系从犯: affirmed_circumstances), not in its own",
               lambda r: r.k >= len(r.doc.circumstances)),
        *_span_columns("evidence"),
    ), _circumstance_rows),
    TableSpec("charge_findings", "what the reasoning's clause concluding one charge states of it: the harm, one "
              "amount, quantity or 情节 level (…数额较大，其行为又构成盗窃罪), or an act that opens a heavier bracket "
              "(or the 情节较轻 of a lighter one) (…入户抢劫…，其行为已构成抢劫罪)", (
        _DOC_ID, _index("finding_index", "clause finding in the document"),
        Column("charge", "string", "the standard charge name the clause concludes", _attr("charge")),
        Column("kind", "string", "harm | amount_level | quantity_level | severity | act", _attr("kind")),
        Column("value", "string", "轻微伤 | 轻伤 | 重伤 | 死亡 (harm); 较大 | 巨大 | 特别巨大 (amount); 较大 | 大 "
               "(quantity); 严重 | 特别严重 (severity); the act in the statute's words, 入户抢劫 (act: "
               "lexicons/bracket_acts.tsv)", _attr("value")),
        Column("defendant", "string", "the one defendant a level is said of (…数额特别巨大（乙某参与数额巨大）: 乙某, "
               "巨大); null: the clause's, of every defendant it does not name so", _attr("defendant")),
        *_span_columns("clause"),
    ), _per_document("charge_findings")),
    TableSpec("amounts", "money amount mentioned in the facts (and restated in the reasoning: see section), with its "
              "role; of a criminal decision (再审决定书 …), those its history tells (section procedure) and its "
              "reasoning restates", (
        _DOC_ID, _index("amount_index", "amount in the document"),
        Column("role", "string", " | ".join(ROLES) + " (fayan.nlp.amounts.ROLES says what each means)", _attr("role")),
        Column("amount_yuan", "float64", "the amount in yuan", _attr("amount_yuan")),
        Column("currency", "string", "currency code (CNY …)", _attr("currency")),
        Column("qualifier", "string", "exact | about | at_least | at_most | range", _attr("qualifier")),
        Column("is_total", "boolean", "a total (共计, 合计 …) of other amounts", _attr("is_total")),
        Column("is_restatement", "boolean", "repeats an amount already counted",
               _attr("is_restatement")),
        Column("is_counted_out", "boolean", "the text says it is not counted (…该12000元证据不足，不予认定; "
               "已归还的5000元应予扣除)", _attr("is_counted_out")),
        Column("is_per_unit", "boolean", "told per person, per time or per item (约定每人收取费用1.8万元, 6000元/人): a "
               "rate, no part of a sum", _attr("is_per_unit")),
        Column("section", "string", "the section it was found in (facts, reasoning; a criminal decision's: procedure, "
               "reasoning)", _attr("section")),
        Column("defendant", "string", "the defendant it concerns, when known", _attr("defendant")),
        Column("named", "string", "the defendants' names its clause tells of as who acted (被告人丙参与入户盗窃二次，"
               "价值共计11200元: 丙; null where it names none, or all together: 三被告人), joined with ;",
               lambda r: _joined(r.item.named)),
        Column("count", "Int64", "the number of the numbered count of the facts it is told of: the one its "
               "phrase names (追回第八起被盗笔记本电脑一台（价值…）: 8), else the one it is told in (（九）…此起…共计"
               "3760元: 9); null before any, in an evidence list, in a summing-up (综上，…) and outside the "
               "facts",
               _attr("count")),
        *_span_columns("amount"),
    ), _per_document("amounts")),
    TableSpec("dispositions", "property order in the result (追缴, 责令退赔, 没收, 发还 …)", (
        _DOC_ID, _index("disposition_index", "order in the document"),
        Column("kind", "string", "追缴 | 责令退赔 | 没收 | 发还 …", _attr("kind")),
        Column("defendant", "string", "the defendant it concerns, when known (null for an order on several together: "
               "责令甲、乙退赔…; 甲、乙…各十万元 is an order each)", _attr("defendant")),
        Column("amount_yuan", "float64", "the amount in yuan, when stated", _attr("amount_yuan")),
        *_span_columns("order"),
    ), _per_document("dispositions")),
    TableSpec("recommendations", "the prosecutor's recommended punishment (量刑建议) for a defendant's whole sentence, or "
              "for one count where it is given count by count (对其所犯A罪，判处…；犯B罪，判处…). One the prosecutor "
              "adjusted at trial (当庭调整量刑建议为…) takes the place of the earlier one for its defendants", (
        _DOC_ID, _index("recommendation_index", "order in the document"),
        Column("defendants", "string", "the defendants it names (by 其, the one named before it; naming none, the "
               "only defendant), joined with ;", lambda r: _joined(r.item.defendants)),
        Column("charge", "string", "the count it is for, as written (null: the whole sentence)", _attr("charge")),
        Column("principals", "string", "有期徒刑 | 拘役 | 管制 allowed, joined with ; (the range is for the first); "
               "单处罚金: a fine alone (建议对被告单位判处罚金…), of no term",
               lambda r: _joined(r.item.principals)),
        Column("lo_months", "float64", "lower end of the range in months (0: …以下)", _attr("lo_months")),
        Column("hi_months", "float64", "upper end in months (null: …以上)", _attr("hi_months")),
        Column("probation", "string", "缓刑: yes (缓刑六个月, 建议适用缓刑) | may (可以适用缓刑) | no (不宜适用缓刑); null: not said",
               _attr("probation")),
        Column("probation_lo_months", "float64", "the 缓刑 term recommended, lower end in months", _attr("probation_lo_months")),
        Column("probation_hi_months", "float64", "and upper end", _attr("probation_hi_months")),
        Column("fine_lo_yuan", "float64", "the fine recommended, lower end in yuan (null: no amount)", _attr("fine_lo_yuan")),
        Column("fine_hi_yuan", "float64", "and upper end", _attr("fine_hi_yuan")),
        *_span_columns("recommendation"),
    ), _per_document("recommendations")),
    TableSpec("original_sentences", "二审: the first-instance sentence the appeal judgment recounts", (
        _DOC_ID, _index("original_index", "order in the document"), *_RETOLD_SENTENCE_COLUMNS,
    ), _per_document("original_sentences")),
    TableSpec("earlier_decisions", "a decision of this case the procedure history tells (一审 judgment, 二审 ruling …)", (
        _DOC_ID, _index("decision_index", "order told in the history"),
        Column("date", "string", "ISO date of the decision; null where the history tells it without its day",
               _attr("date")),
        Column("case_number", "string", "its case number as written", _attr("case_number")),
        Column("form", "string", "判决 | 裁定 | 驳回申诉通知", _attr("form")),
        Column("court", "string", "the court the history says made it, where it names one", _attr("court")),
        Column("appeal", "string", "who the history says sought its review before the next decision: prosecution "
               "(抗诉, or new facts prosecuted against nobody named: 补充起诉, 追加指控, 变更起诉; after a remand told "
               "last, in the retrial's prosecution too) | defendant (上诉 only) | none (没有上诉、抗诉)",
               _attr("appeal")),
        Column("upheld", "boolean", "驳回上诉（抗诉），维持原判 told right after it: the whole appeal dismissed",
               _attr("upheld")),
        Column("agreed", "boolean", "同意原判 told right after it, and nothing changed (a high court's 复核)",
               _attr("agreed")),
        Column("remanded", "boolean", "撤销原判，发回重审 told right after it: the case sent back for a new trial",
               _attr("remanded")),
        Column("upholds", "string", "the case number of another decision it upholds, told right after it (，维持…"
               "（2009）某刑初字第107号刑事判决…)", _attr("upholds")),
        Column("appealed", "boolean", "a defendant's appeal (上诉) told after it, alone or beside a protest",
               _attr("appealed")),
        Column("appeal_days", "Int64", "the days of the period the history says passed with no appeal or protest "
               "(在十日的法定期限内), where it says", _attr("appeal_days")),
        Column("new_facts_against", "string", "the defendants the history says new facts were prosecuted against "
               "before the next decision (补充指控被告人X的…犯罪事实), joined", lambda r: _joined(r.item.new_facts_against)),
        Column("sought_on", "string", "the ISO day the history says its appeal or protest was made (…于2013年5月27日"
               "…提出抗诉), where it says", _attr("sought_on")),
        Column("told_before", "string", "the first ISO day the history tells after it and before the next decision "
               "that is earlier than it (an appeal's day aside), where there is one", _attr("told_before")),
        Column("later_told_before", "string", "the first ISO day the history tells before it and after the decision "
               "before it that is later than it (that decision's appeal day aside), where there is one",
               _attr("later_told_before")),
        *_span_columns("clause"),
    ), _per_document("earlier_decisions")),
    TableSpec("retrial_orders", "a decision to retry the case the procedure history tells with its day (于2010年8月23日…"
              "决定再审; 作出（2012）刑监字第182号指令再审决定)", (
        _DOC_ID, _index("order_index", "order told in the history"),
        Column("date", "string", "ISO date of the decision to retry", _attr("date")),
        Column("case_number", "string", "its own case number, where the history gives one", _attr("case_number")),
        Column("ruled_on", "string", "the ISO day of the first ruling the history tells after it, numbered or not",
               _attr("ruled_on")),
        *_span_columns("clause"),
    ), _per_document("retrial_orders")),
    TableSpec("earlier_sentences", "a sentence the procedure history says an earlier decision imposed (…刑事判决，"
              "认定被告人X犯Y罪，判处…)", (
        _DOC_ID, _index("decision_index", "decision in earlier_decisions"), *_RETOLD_SENTENCE_COLUMNS,
    ), _earlier_sentence_rows),
    TableSpec("retold_counts", "of a retold sentence of several charges (数罪并罚), each charge's sentence; the one "
              "count of a term joined to an earlier judgment's (与前罪…并罚)", (
        _DOC_ID,
        Column("told_in", "string", "original_sentences (二审's account of the first instance) | earlier_decisions "
               "(the procedure history)", _attr("told_in")),
        Column("decision_index", "Int64", "the decision in earlier_decisions (null for original_sentences)",
               _attr("decision")),
        Column("sentence_index", "Int64", "the sentence in its list", _attr("sentence")),
        Column("defendant", "string", "the defendant", _attr("defendant")),
        _index("count_index", "charge in the retold sentence"),
        Column("charge", "string", "the charge (罪名) as written", lambda r: r.item.count.charge),
        *map(_of_the_count, _SENTENCE_COLUMNS),
        Column("probation_months", "Int64", "缓刑 months as written on the count",
               lambda r: r.item.count.probation_months),
    ), _retold_count_rows),
    TableSpec("accomplices", "an accused person named who is none of the document's defendants: a co-defendant "
              "(同案被告人X), one the facts say is dealt with elsewhere or at large (伙同X（在逃）), a header "
              "defendant the result names for nothing (不核准), or a person a criminal decision's history names", (
        _DOC_ID, _index("accomplice_index", "header defendants first, then co-defendants, then those dealt with "
                        "elsewhere, each in order of first mention"),
        Column("name", "string", "the name after 同案被告人 (or 同案犯), before （另案处理）, （已判刑）, （在逃） …, or the "
               "header paragraph's", _attr("name")),
        Column("role", "string", "同案被告人 | 另案处理 (dealt with elsewhere or at large) | 被告人 (of the header, not "
               "of the result); of a criminal decision, the persons its history names: 原审被告人 | 被告人 | 申诉人 | "
               "原审自诉人 …",
               _attr("role")),
        Column("name_variants", "string", "other spellings of the name elsewhere in the document, joined",
               lambda r: _joined(r.item.name_variants)),
        Column("start", "Int64", "start offset of the first mention in the original text", _attr("start")),
        Column("end", "Int64", "end offset (exclusive) of the first mention", _attr("end")),
    ), _per_document("accomplices")),
    TableSpec("custody", "coercive measure for this case (刑事拘留, 逮捕, 取保候审 …) of a defendant, or of a header "
              "defendant the result names for nothing (不核准)", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME, _index("event_index", "event for the defendant"),
        Column("accomplice_index", "Int64", "of a header defendant the result names for nothing: its position in the "
               "accomplices table (defendant_index is then null)", lambda r: r.item[0]),
        Column("kind", "string", "刑事拘留 | 逮捕 | 取保候审 | 监视居住 | 释放 …", lambda r: r.item[1].kind),
        Column("date", "string", "ISO date", lambda r: r.item[1].date),
        Column("authority", "string", "the deciding or executing authority", lambda r: r.item[1].authority),
        Column("text", "string", "the clause as written", lambda r: r.item[1].text),
    ), _custody_rows),
    TableSpec("priors", "earlier conviction or administrative punishment of a defendant", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME, _index("prior_index", "record for the defendant"),
        Column("listed_as", "string", "priors | admin_punishments: the Defendant field it came from",
               lambda r: r.item[0]),
        Column("kind", "string", "criminal | administrative", lambda r: r.item[1].kind),
        Column("date", "string", "date of the decision: ISO date, year-month or year, as written", lambda r: r.item[1].date),
        Column("authority", "string", "the court or authority", lambda r: r.item[1].authority),
        Column("charge", "string", "the charge or offence", lambda r: r.item[1].charge),
        Column("punishment", "string", "the punishment as written (有期徒刑一年, 行政拘留十日)",
               lambda r: r.item[1].punishment),
        Column("principal", "string", "the principal punishment", lambda r: r.item[1].principal),
        Column("term_months", "Int64", "term in months (of a prior that joined sentences, 决定执行, the one executed)",
               lambda r: r.item[1].term_months),
        Column("count_term_months", "Int64", "of a prior that joined sentences: its own 有期徒刑 in months",
               lambda r: r.item[1].count_term_months),
        Column("probation_months", "Int64", "缓刑 in months, as written", lambda r: r.item[1].probation_months),
        Column("political_rights_months", "Int64", "剥夺政治权利 in months (null when life or none)",
               lambda r: _rights_months(r.item[1].political_rights)),
        Column("political_rights_life", "boolean", "true for 剥夺政治权利终身; null when none",
               lambda r: _rights_life(r.item[1].political_rights)),
        Column("release_date", "string", "刑满释放 date (a 假释's: the end of its 考验期): ISO date, year-month or year, as written", lambda r: r.item[1].release_date),
        Column("act_day", "string", "the ISO day the facts tell its crime was done, where a fact sentence about the "
               "record gives its release day too", lambda r: r.item[1].act_day),
        Column("text", "string", "the clause as written", lambda r: r.item[1].text),
    ), _per_defendant("priors", "admin_punishments")),
    TableSpec("defenders", "defender (辩护人) of a defendant", (
        _DOC_ID, _DEF_INDEX, _DEF_NAME, _index("defender_index", "defender for the defendant"),
        Column("name", "string", "the defender's name", _attr("name")),
        Column("firm", "string", "law firm, when named", _attr("firm")),
        Column("appointed", "boolean", "appointed (指定辩护 / 法律援助: in the header, or where the text before the "
               "reasoning tells legal aid assigned them, …法律援助中心指派的辩护人甲某)", _attr("appointed")),
        Column("role", "string", "辩护人 | 诉讼代理人 …", _attr("role")),
        Column("name_variants", "string", "other spellings of the name after 辩护人 elsewhere in the document, joined",
               lambda r: _joined(r.item.name_variants)),
    ), _per_defendant("defenders")),
    TableSpec("officers", "member of the court named in the signatures", (
        _DOC_ID, _index("officer_index", "name in the signatures"),
        Column("role", "string", "审判长 | 审判员 | 人民陪审员 | 书记员 …", _attr("role")),
        Column("name", "string", "the name as written", _attr("name")),
    ), _per_document("officers")),
    TableSpec("drugs", "drug weight mentioned in the facts (and named in their evidence lists or restated in the "
              "reasoning: see section), with the drug it belongs to", (
        _DOC_ID, _index("drug_index", "mention in the document"),
        Column("drug", "string", "canonical drug name (甲基苯丙胺, 海洛因 …)", _attr("drug")),
        Column("grams", "float64", "the weight in grams", _attr("grams")),
        Column("total", "boolean", "a stated total (共计 …) rather than one weighing", _attr("total")),
        Column("section", "string", "facts | evidence (a weight an evidence list of the facts names: 查获的4225克毒品"
               "海洛因等物证; it counts for nothing) | reasoning", _attr("section")),
        Column("times", "Int64", "the deals it is told of, each of this weight (先后两次…每次…约0.9克: 2)", _attr("times")),
        Column("restated", "boolean", "a weight of what is already told: after 上述/该/前述/以上/其中 in its clause, "
               "or a weight seized equal to one of its drug in an earlier sentence of the same numbered item of the "
               "facts (取得…2008克。…查获…2008克)", _attr("restated")),
        Column("converted", "boolean", "what a conversion gives (按含量8.6%折算为甲基苯丙胺447.2克, 折合海洛因…), not a "
               "weight weighed", _attr("converted")),
        Column("named", "string", "of several defendants, those the facts name in its paragraph within its "
               "numbered item, or from the item's heading on (二、被告人乙…查获白色粉末一包。经称量，净重8.6克: 乙), "
               "all where they speak of them together (二被告人), joined with ;; null where none is named so, "
               "and in the reasoning",
               lambda r: _joined(r.item.named)),
        Column("aside", "boolean", "told alone in brackets after whom or what it is of (分别贩卖给乙（两次共计8.6克）、"
               "丙（一次3.2克）): that one's own; a total so told tallies parts not told with it", _attr("aside")),
        Column("item", "Int64", "which enumerated item of the facts (1、… 2、…) it is told in, counted from 0; "
               "-1 before any, in an evidence list, in a summing-up (综上，…) and in the reasoning",
               _attr("item")),
        *_span_columns("mention"),
    ), _per_document("drugs")),
    TableSpec("tallies", "a number of persons or events told with what befell them (致2名幼女轻伤, 既遂7起), in the facts "
              "(not the evidence they list) and the reasoning", (
        _DOC_ID, _index("tally_index", "tally in the document"),
        Column("what", "string", "死亡 | 重伤 | 轻伤 | 轻微伤 | 中毒 | 既遂 | 未遂 | 中止", _attr("what")),
        Column("number", "Int64", "how many", _attr("number")),
        _SECTION,
        Column("summing", "boolean", "its sentence sums the facts up (综上, 共计, 其中 …)", _attr("summing")),
        Column("defendant", "string", "the defendant its sentence opens with (被告人X单独或伙同…), where one does",
               _attr("defendant")),
        Column("named", "string", "the defendants' names its clause tells of as who acted (…被告人乙伙同他人随意殴打"
               "他人致二人轻微伤: 乙; null where it names none, or all together: 二被告人), joined with ;",
               lambda r: _joined(r.item.named)),
        *_span_columns("tally"),
    ), _per_document("tallies")),
    TableSpec("counted", "a number of things told with their measure word (捅刺20余刀, 自制手枪四支, 麻古28000颗), in the "
              "facts (not the evidence they list) and the reasoning", (
        _DOC_ID, _index("counted_index", "number in the document"),
        Column("unit", "string", "刀 | 枚 | 支 | 颗 | 粒 | 发 | 包", _attr("unit")),
        Column("number", "Int64", "how many", _attr("number")),
        Column("about", "boolean", "told with 余 (20余刀 is more than 20)", _attr("about")),
        Column("thing", "string", "the kind of arm or explosive counted, told beside it (自制手枪四支: 手枪), or empty",
               _attr("thing")),
        _SECTION,
        *_span_columns("number"),
    ), _per_document("counted")),
    TableSpec("harmed", "a person the facts name with the harm that befell them (致被害人王某甲重伤, 被害人张某经抢救无效"
              "死亡), at their worst harm; and one the reasoning names so", (
        _DOC_ID, _index("harmed_index", "person in the document"),
        Column("name", "string", "the name as the facts write it", _attr("name")),
        Column("harm", "string", "死亡 | 重伤 | 轻伤 | 轻微伤", _attr("harm")),
        Column("by_age", "boolean", "told dead only by the age at death in a note after the name (殁年)",
               _attr("by_age")),
        _SECTION,
        *_span_columns("naming"),
    ), _per_document("harmed")),
    TableSpec("suspended", "a term with its 缓刑 the document writes anywhere: its own, a prior's, an earlier "
              "decision's, or one a ruling approves or quotes", (
        _DOC_ID, _index("suspended_index", "term with 缓刑 in the document"),
        Column("principal", "string", "有期徒刑 | 拘役", _attr("principal")),
        Column("term_months", "Int64", "the term in months", _attr("term_months")),
        Column("probation_months", "Int64", "the 缓刑考验期 in months", _attr("probation_months")),
        *_span_columns("term"),
    ), _per_document("suspended")),
    TableSpec("blood_alcohol", "blood alcohol measured in the facts (醉酒驾驶), each measurement as written, then the "
              "values the reasoning restates", (
        _DOC_ID, _index("measurement_index", "measurement in the document"),
        Column("mg_per_100ml", "float64", "the value in mg/100ml (1.79mg/ml is 179)", _attr("mg_per_100ml")),
        Column("breath", "boolean", "a breath test's reading (呼气), not a blood sample's", _attr("breath")),
        _SECTION,
        *_span_columns("measurement"),
    ), _per_document("blood_alcohol")),
    TableSpec("stolen_items", "stolen or seized item of the facts (NER), with the value the facts give for it", (
        _DOC_ID, _index("item_index", "item in the document (the order of the documents table's stolen_items)"),
        Column("item", "string", "the item, as in the documents table's stolen_items", _attr("item")),
        *_span_columns("item's first mention"),
        Column("value_yuan", "float64",
               "its value in yuan where the facts give one: right after it (手机一部（价值1500元）, 电瓶2块，经鉴定价值800元), "
               "right before it (价值1100元的电动自行车), inside its span (一部价值1903元的手机), or in a valuation after it "
               "that names it again (该手机价值…; 上述被盗香烟共计价值…) or all the things (上述物品价值共计…)",
               _attr("value_yuan")),
        *_span_columns("value", "value_"),
        Column("value_shared", "boolean",
               "the value is stated for this item and others together (A、B等物品共计价值…; 窃得A、B，价值…; "
               "被盗A、B的价值…)",
               _attr("value_shared")),
        Column("owner", "string",
               "the person its first mention opens with (张某的手机, 王某某手机, 李某家中的电视机: 张某, 王某某, 李某), a victim "
               "or another person the facts name (null: none)",
               _attr("owner")),
    ), _per_document("stolen_item_mentions")),
    TableSpec("entities", "entity found in the facts by the NER model or a rule", (
        _DOC_ID, _index("entity_index", "entity in the document"),
        Column("label", "string",
               "defendant | victim | person | org | place | time | money | value | gain | item | tool | drug "
               "| drug_weight", _attr("label")),
        *_span_columns("entity"),
        Column("score", "float64", "the model's probability that the span is exactly this one (null for rules)", _attr("score")),
        Column("source", "string", "ner | rule (a tool found by the NER model's cue words)", _attr("source")),
    ), _per_document("entities")),
    TableSpec("sections", "section of a document (header, facts, reasoning, result …)", (
        _DOC_ID, _index("section_index", "section in the document"),
        Column("kind", "string",
               "title | case_number | prosecutor | defendant | facts | reasoning | result … | facts_part (a "
               "part of the facts under a heading of its own)",
               _attr("kind")),
        Column("start", "Int64", "start offset of the section in the original text", _attr("start")),
        Column("end", "Int64", "end offset (exclusive) of the section", _attr("end")),
        Column("title", "string", "facts_part: the heading of a part of the facts told under headings (关于盗窃事实)",
               _attr("title")),
        Column("harm", "string", "facts_part: the worst harm the part tells outside the evidence it lists (轻微伤 | "
               "轻伤 | 重伤 | 死亡)", _attr("harm")),
    ), _per_document("sections")),
    TableSpec("spans", "extracted value that records where its text is (field path and offsets)", (
        _DOC_ID,
        Column("field", "string", "the field path (defendants[0].verdict.term_months); result_quotes[k]: a result item "
               "that approves or upholds an earlier decision (核准…/维持…); result_refusals[k]: one that refuses to "
               "approve it (不核准…), or, beside one, revokes it (撤销…)", _attr("field")),
        *_span_columns("evidence"),
    ), _per_document("spans")),
)
"""The tables :func:`to_frames` builds, in output order."""


def _evidence_json(f: Finding) -> str:
    spans = [{"start": e.start, "end": e.end, "text": e.text, "label": e.label} for e in f.evidence]
    return json.dumps(spans, ensure_ascii=False)


def _first_evidence(name: str) -> Callable[[Finding], Any]:
    return lambda f: getattr(f.evidence[0], name) if f.evidence else None


def _finding_rows(f: Finding) -> Iterator[Finding]:
    yield f


FINDINGS_TABLE = TableSpec("findings", "finding of a consistency check; the table `fayan check` writes adds `review` "
                           "(unreviewed, confirmed or dismissed) and `new` (first seen in this run)", (
    Column("key", "string", "stable id of the finding (for suppression files)", lambda f: f.key),
    Column("doc_id", "string", "document id", lambda f: f.doc_id),
    Column("defendant", "string", "the defendant it concerns, or null", lambda f: f.defendant),
    Column("rule", "string", "the rule that fired", lambda f: f.rule),
    Column("severity", "string", "error | warning | info", lambda f: f.severity),
    Column("message", "string", "one sentence, in Chinese", lambda f: f.message),
    Column("basis", "string", "the legal source of the rule", lambda f: f.basis),
    Column("n_evidence", "Int64", "number of evidence spans", lambda f: len(f.evidence)),
    Column("evidence_start", "Int64", "start offset of the first evidence span", _first_evidence("start")),
    Column("evidence_end", "Int64", "end offset of the first evidence span", _first_evidence("end")),
    Column("evidence_text", "string", "text of the first evidence span", _first_evidence("text")),
    Column("evidence", "string", "all evidence spans as a JSON array of {start, end, text, label}",
           _evidence_json),
    Column("data", "string", "the rule's extra values as a JSON object",
           lambda f: json.dumps(f.data, ensure_ascii=False, sort_keys=True)),
), _finding_rows)
"""The findings table (:func:`findings_frame`)."""

_BY_NAME: dict[str, TableSpec] = {t.name: t for t in (*TABLES, FINDINGS_TABLE)}


def table_spec(name: str) -> TableSpec:
    """The declaration of table ``name`` (one of :data:`TABLES`, or ``findings``)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UsageError(f"no table named {name!r}; tables: {', '.join(_BY_NAME)}") from None


# ---------------------------------------------------------------------------
# Rows and frames

_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "Int64": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "float64": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
}


def _spec_rows(spec: TableSpec, record: Any, doc_id: str) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for row in spec.rows(record):
        values = tuple(c.get(row) for c in spec.columns)
        for c, v in zip(spec.columns, values):
            if v is not None and not _CHECKS[c.dtype](v):
                raise FayanError(
                    f"document {doc_id}: table {spec.name}, column {c.name} expects {c.dtype}, "
                    f"got {type(v).__name__} {v!r}; the extractor produced a value of the wrong type"
                )
        out.append(values)
    return out


def table_rows(judgment: Judgment) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table in :data:`TABLES` for one judgment, type-checked.

    Each row is a tuple in the declared column order.  A value whose Python type
    does not fit the column's dtype raises :class:`~fayan.errors.FayanError`
    naming the document, table and column.

    >>> from fayan.judgment import Judgment, Officer
    >>> table_rows(Judgment(id="样例2", officers=(Officer("审判长", "李某"),)))["officers"]
    [('样例2', 0, '审判长', '李某')]
    """
    return {spec.name: _spec_rows(spec, judgment, judgment.id) for spec in TABLES}


def gather_rows(judgments: Iterable[Judgment]) -> dict[str, list[tuple[Any, ...]]]:
    """:func:`table_rows` of every judgment, concatenated per table (every table present)."""
    gathered: dict[str, list[tuple[Any, ...]]] = {spec.name: [] for spec in TABLES}
    for j in judgments:
        for name, rows in table_rows(j).items():
            gathered[name].extend(rows)
    return gathered


def _check_known(rows: Mapping[str, Any]) -> None:
    unknown = set(rows) - {t.name for t in TABLES}
    if unknown:
        raise UsageError(f"rows for unknown tables: {', '.join(sorted(unknown))}")


def _columns(spec: TableSpec, rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Row tuples transposed into one tuple of values per declared column."""
    return list(zip(*rows)) if rows else [()] * len(spec.columns)


def _frame(spec: TableSpec, rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    import pandas as pd

    columns = _columns(spec, rows)
    data = {c.name: pd.Series(list(values), dtype=c.dtype) for c, values in zip(spec.columns, columns)}
    return pd.DataFrame(data, columns=list(spec.column_names))


def frames_from_rows(rows: Mapping[str, Sequence[tuple[Any, ...]]]) -> dict[str, pd.DataFrame]:
    """Frames for every table in :data:`TABLES` from rows gathered with :func:`table_rows`.

    A table missing from ``rows`` comes back empty with its columns.
    """
    _check_known(rows)
    return {spec.name: _frame(spec, rows.get(spec.name, ())) for spec in TABLES}


def to_frames(judgments: Iterable[Judgment]) -> dict[str, pd.DataFrame]:
    """One DataFrame per table in :data:`TABLES`, in that order, with the declared dtypes.

    An empty input gives empty frames with the declared columns.
    """
    return frames_from_rows(gather_rows(judgments))


def findings_rows(findings: Iterable[Finding]) -> list[tuple[Any, ...]]:
    """Rows of the findings table, type-checked like :func:`table_rows`."""
    out: list[tuple[Any, ...]] = []
    for f in findings:
        out.extend(_spec_rows(FINDINGS_TABLE, f, f.doc_id))
    return out


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """The findings as one DataFrame with the columns of :data:`FINDINGS_TABLE`.

    >>> from fayan.findings import Evidence, Finding
    >>> f = Finding("样例1", "张某", "fine_missing", "warning", "判处盗窃罪未并处罚金。",
    ...             "刑法第二百六十四条", (Evidence(120, 132, "判处有期徒刑六个月"),))
    >>> findings_frame([f])[["doc_id", "rule", "evidence_start", "evidence_text"]]
      doc_id          rule  evidence_start evidence_text
    0    样例1  fine_missing             120     判处有期徒刑六个月
    """
    return _frame(FINDINGS_TABLE, findings_rows(findings))


def empty_frame(name: str) -> pd.DataFrame:
    """An empty frame of table ``name`` with its declared columns and dtypes."""
    return _frame(table_spec(name), ())


# ---------------------------------------------------------------------------
# Arrow schemas


def _arrow_type(dtype: str) -> pa.DataType:
    import pyarrow as pa

    return {"string": pa.string(), "Int64": pa.int64(), "boolean": pa.bool_(), "float64": pa.float64()}[dtype]


def arrow_schema(name: str) -> pa.Schema:
    """The pyarrow schema of table ``name``, from the same declaration.

    >>> arrow_schema("officers").names
    ['doc_id', 'officer_index', 'role', 'name']
    """
    import pyarrow as pa

    spec = table_spec(name)
    return pa.schema(
        [pa.field(c.name, _arrow_type(c.dtype), nullable=True, metadata={"description": c.description})
         for c in spec.columns],
        metadata={"table": spec.name, "row": spec.row},
    )


def arrow_tables_from_rows(rows: Mapping[str, Sequence[tuple[Any, ...]]]) -> dict[str, pa.Table]:
    """Arrow tables for every table in :data:`TABLES` from :func:`table_rows` rows, without pandas.

    The same values and schema as ``pa.Table.from_pandas(frames_from_rows(rows)[name], schema=...)``,
    built directly (what the batch writer uses for Parquet parts).

    >>> from fayan.judgment import Judgment, Officer
    >>> t = arrow_tables_from_rows(table_rows(Judgment(id="样例3", officers=(Officer("书记员", "吴某"),))))
    >>> t["officers"].to_pylist()
    [{'doc_id': '样例3', 'officer_index': 0, 'role': '书记员', 'name': '吴某'}]
    """
    import pyarrow as pa

    _check_known(rows)
    out: dict[str, pa.Table] = {}
    for spec in TABLES:
        schema = arrow_schema(spec.name)
        columns = _columns(spec, rows.get(spec.name, ()))
        arrays = [pa.array(list(values), type=f.type) for f, values in zip(schema, columns)]
        out[spec.name] = pa.Table.from_arrays(arrays, schema=schema)
    return out


def frame_from_arrow(table: pa.Table) -> pd.DataFrame:
    """A table read back from Arrow/Parquet as a frame with the declared pandas dtypes.

    >>> from fayan.judgment import Judgment, Officer
    >>> t = arrow_tables_from_rows(table_rows(Judgment(id="样例4", officers=(Officer("审判长", "周某"),))))
    >>> frame_from_arrow(t["officers"]).dtypes.astype(str).tolist()
    ['string', 'Int64', 'string', 'string']
    """
    import pandas as pd

    name = (table.schema.metadata or {}).get(b"table", b"").decode()
    spec = table_spec(name) if name else None
    frame = table.to_pandas(types_mapper={_arrow_type(d): pd.api.types.pandas_dtype(d)
                                          for d in ("string", "Int64", "boolean")}.get)
    if spec is not None:
        frame = frame.astype({c.name: c.dtype for c in spec.columns})[list(spec.column_names)]
    return frame


def arrow_schemas() -> dict[str, pa.Schema]:
    """Schemas of every table in :data:`TABLES` and of ``findings``."""
    return {name: arrow_schema(name) for name in _BY_NAME}


# ---------------------------------------------------------------------------
# Documentation

_DOC_HEADER = """\
# fayan's output tables

<!-- Generated from fayan/pipelines/tables.py; do not edit by hand.
     Regenerate: python -m fayan.pipelines.tables > docs/tables.md -->

`fayan.pipelines.tables.to_frames(judgments)` returns one pandas DataFrame per table below, and
`findings_frame(findings)` the findings table. `fayan.pipelines.batch.run_batch(..., fmt="parquet")`
writes each table as a folder of Parquet parts (`OUT/<table>/part-NNNNN.parquet`, one part per chunk,
all with the schema below); `fmt="csv"` writes `OUT/<table>.csv` (UTF-8 with BOM). `fayan check --format
parquet` writes the findings as one file, `OUT/findings.parquet`.

- dtypes are fixed: `string` (nullable), `Int64` (nullable integer), `boolean` (nullable),
  `float64` (NaN when missing). In Parquet: `string`, `int64`, `bool`, `double`.
- Every row carries `doc_id`; rows about a defendant carry `defendant_index` (0-based, result-section
  order) and `defendant` (the name). Join tables on `doc_id` (+ `defendant_index`).
- Lists inside one cell are joined with `;` (`盗窃罪;诈骗罪`).
- Offsets (`start`, `end`) index the document text as the user gave it; `end` is exclusive.
- Dates are ISO strings (`2016-10-21`; a birth date may be `1975-04` or `1975`).
"""


_PIPE = "\\|"  # a literal | inside a Markdown table cell


def render_markdown() -> str:
    """``docs/tables.md``: every table and column, generated from the declaration."""
    parts = [_DOC_HEADER]
    for spec in (*TABLES, FINDINGS_TABLE):
        parts.append(f"\n## {spec.name}\n\nOne row per {spec.row}.\n\n")
        parts.append("| column | dtype | meaning |\n|---|---|---|\n")
        for c in spec.columns:
            meaning = c.description.replace("|", _PIPE)
            parts.append(f"| `{c.name}` | {c.dtype} | {meaning} |\n")
    return "".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(render_markdown())
