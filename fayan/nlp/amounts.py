"""Money amounts in the facts of a judgment: their roles, and the document's total crime amount.

Two functions, one per question:

* :func:`extract_amounts` finds every money amount (through
  :func:`fayan.nlp.numbers.find_money`) and says what it is: the money stolen or
  defrauded, the value of goods, a loss, compensation or restitution paid back,
  a fine, gains, and so on (``role``); whether it is a total (共计/合计…); whether
  it only restates money already counted (the prosecutor's conclusion, the
  evidence list, 所盗现金2600元已返还 …); which count (1、2、…) and defendant it
  belongs to.
* :func:`total_crime_amount` adds up the amounts that make the crime amount of
  the charge (stolen money + value of stolen goods for theft, defrauded sums for
  fraud …), preferring a total the text states over the sum of its parts and
  never counting a part and its total twice.

>>> text = ("经审理查明，被告人甲盗窃被害人乙的现金人民币2000元及手机一部（价值1500元）。"
...         "案发后，被告人甲退赔被害人经济损失3500元。")
>>> [(a.text, a.role) for a in extract_amounts(text)]
[('2000元', 'stolen'), ('1500元', 'value'), ('3500元', 'restitution')]
>>> total_crime_amount(text)
Decimal('3500')

How a role is chosen
--------------------
Every cue word of ``amount_role_cues.tsv`` is found once (longest first, so that
支付宝 shields 支付); a cue scoped to some charges (送给, 给予 of a bribery) only where
the caller names one of them.  For each amount, in this order:

1. a *strong* cue (退赔, 赔偿, 罚金, 扣押 …) before it in its clause decides
   (退赔被害人经济损失2970元 is restitution, not loss; 赔偿甲损失100元、乙损失200元);
   so does a strong cue of side ``after`` after it (以150元的价格卖给); a threshold the law sets is
   ``other`` (尚未达到数额巨大人民币八万元的标准; 按照…的二倍、五倍执行，即人民币六万元、一百万元);
2. else the nearest cue decides: before it in its sentence (back to the amount
   before it, if any), or after it in its clause, where a cue after the amount
   counts one and a half times its distance (现金1600元盗走).  An act cue before
   it in its clause wins over cues after it (挪用公款10万元用于投资) unless it only
   describes the money (骗取的, 所盗, 将侵占资金…) or 将/把 stands between them:
   then the verb after the amount is the predicate (将侵占资金9.99万元退还).  A return
   verb before the act's name of the money wins over it (归还剩余挪用资金30万元 is
   paid back), and a negated one (仍未归还, 未追回) is a loss, no money paid back;
3. else it continues a list: the role of the amount before it in the sentence
   (价值分别为420元、720元和2400元);
4. else the nearest act cue (盗窃, 骗取 …) anywhere before it in its sentence,
   then an act or strong cue anywhere after it (将钱包（内有人民币345元）和手机窃出),
   then the last act of the sentence before it in the same paragraph (盗走钱包一个。
   钱包内有现金773元);
5. else ``other``.

Money moved by a means of the charge's act (``amount_charge_roles.tsv``'s third column:
transfer for a bribery) takes the act's role where its sentence tells the act before it
(给予乙财物，其中…通过银行转账向乙指定的账户支付30万元), or the heading of the numbered list it is an item
of (给予乙财物，具体如下：…2．以“借款”名义向乙转账10万元；); 以上共计… closing such a list takes its items' role.

Parentheses are clauses of their own.  A converted amount (卢布8000元（折合人民币
780元）) takes the role and the original becomes ``other``.  Numbers that are part
of a name (被告人伍元金, 被害人张某2人民币…) are not amounts (``amount_names.tsv``).

Parts and restatements
----------------------
Words of ``amount_parts.tsv`` near a sentence start split the text into parts:
the facts as charged (指控), the facts found (经审理查明), further findings
(另查明), the prosecutor's conclusion, defence, evidence, reasoning, other.  An
amount is a restatement when it lies outside the fact parts; when it lies in the
charged facts and the court's findings state crime amounts of their own; or when
a back-reference (``amount_backrefs.tsv``: 上述, 该, 所盗, 骗取的 …) introduces
it and it repeats an earlier crime amount (of its paragraph, or of its part for
the stronger words; for 另查明, of the main facts) or the sum of its part so far.
So is the same sum written again in a bracket right after it (12,368,000元（一千二百
三十六万八千元）, 23,865,000元（即2386.5万元）), and what a further finding says is
left of a crime amount of the main facts once money paid back is taken off (另查明，
…归还4万元；尚欠透支本金46,327.45元 after 透支本金86,327.45元), and the amounts after a word that points
back at money among which they are (``among``: 经查，上述款项中包括被害人乙被骗的30,000元、丙被骗的21,350元)
where they add up to no more than a crime amount before it in its paragraph.  Money passed on after it was
taken (被骗39,400元，该款转入甲的银行卡后，由甲取现37,400元) is a sum of its own, what became of the money:
``other``, neither counted nor a restatement.

The total
---------
Amounts with a counted role (``amount_charge_roles.tsv`` for a charge, else
inferred from the text) that are not restatements are taken in order; each
stated total then absorbs its parts (``amount_scope.tsv``):

* 其中/具体如下 after it (these make an amount a total even without a total
  word), or the first count (1、) opening the next sentence: the amounts after
  it, until their sum reaches it (where none of them counts, 其中已追回…: as below);
* 综上 before it: every amount before it (in a sentence opening 综上 a total word anywhere before the amount in
  its clause makes it a total: 综上，甲公司共计向213名集资参与人吸收资金人民币13862500元); and, where it took in
  amounts before it, every amount of its part after it that no 另, 又, 还 or 再 tells as a further act: the
  court's own figure stands, what follows is that money again or what became of it (…实际骗取财物价值共计
  376500元。…向网络赌博平台充值的资金达人民币146000元);
* 以上/上述 opening its sentence, which counts the acts just told (以上被告人甲共计盗窃四次，窃得财物价值人民币
  8750元: the 共计 is the count's, the one amount after it still their total; 以上四笔，…共计贪污公款…): the
  run right before it that sums to it, else the amounts back to the last such sentence that add up to no more;
  a count with a total word and no such opening (被告人甲共盗窃5次，…) makes a total only of the sum of the
  amounts right before it;
* otherwise the run of amounts right before it that sums to it exactly; for a
  value total, the amounts before it in its sentence when they sum to less
  (窃得香烟11条及现金380元，共计价值3719元); else the run right after it that
  sums to it exactly.

A rate (每人8000元, 按每天200元支付报酬, 日工资180元, 每转出人民币1万元; :attr:`AmountFound.is_per_unit`) is no part
of any sum, whether a total after it covers it or not; a defendant's share after 其中 (综上…共计436,300元。其中，
被告人乙参与第3、5、6、8起，诈骗金额182,200元；…) or own total after the total of all (以上共计…106500元。其中，被告人乙参与第5至12起，
共计8起，盗窃数额为18300元) is a part of it, whether that total or its counts are summed; the own totals of one
summing-up, one of which may be of all (综上，被告人甲参与盗窃四起，…共计13,820元；被告人乙参与第一、二、四起，…为
11,670元; without 参与: 综上，被告人甲、乙敲诈勒索数额共计16000元，被告人丙敲诈勒索数额为7000元) are shares of the
counts' sum, never added up, the largest the total where it covers the counts (:func:`_shares_of_counts`); a
share told again, of the same defendant and sum (乙参与数额为…), is that share (:func:`_share_again`); a
defendant's share of another's acts is a part of that one's total before it (甲…取现共计156300元。…乙…陪同甲…
取现，参与取现金额…15000元), and a defendant's amount after that of a unit he acted in a part of the unit's
(该公司共向431名投资人吸收资金2860万元。被告人乙作为该公司业务员，…吸收资金236万元: :func:`_share_of_unit`); a
net amount (实际骗取15.2万元, one after a sentence's opening 扣除…， clause, or one the text names the crime's right
after money paid back: 已返还人民币170,000元，集资诈骗数额为人民币850,000元) replaces
the amounts before it in its paragraph (a net total of a summing-up, those of its part), and so does an amount
that a gross one less what was paid back comes to (a gross total still covers its parts, as does a gross told
as the whole that the counts before it add up to: 综上，…非法集资人民币1,020,000元 after counts of 300,000,
200,000 and 520,000);
an approximate total (1600余元) whose parts add up to more becomes their sum.
Ranges (3800元至69800元不等) are not summed, nor is an attempt's sum with money taken (综上，…诈骗既遂十五起，骗得
钱款共计人民币336550元，另诈骗未遂一起，数额人民币20000元 is 336550: :func:`_without_attempts`).  A part split
off money just told (将其中15万元转给甲，余款5万元归其所有: ``portion`` and ``rest``) is a restatement; a sum asked
for or agreed (若乙不支付30万元，即…; 乙同意支付20万元) that a payment told after it answers, no larger, is left out
(:func:`_without_asked`).
The answer is the sum of what is left.  When no counted amount is stated, gains
(违法所得, 得款) are used; when the facts state none at all, the amounts of the
prosecutor's conclusion are.  A charge that counts gains beside other roles
(掩饰、隐瞒: the 犯罪所得 laundered) does not add them to a total the text states of
another role: 累计取现614000元，从中获利12280元 is 614000, the profit is no money
laundered (of 掩饰、隐瞒 the profit words are no gains at all: 获利, 违法所得 are ``other``).  A charge's
fallback roles (``amount_charge_roles.tsv``'s fourth column) count only where none of its roles does: of
掩饰、隐瞒 the victims' losses to the crime laundered (被害人乙…被骗48,000元) where the text tells nothing the
defendant moved (取现50,000元).  A gambling case's stakes and the house's take of them (赌资 and
抽头渔利: ``gambling`` and ``rake``) are two measures, never summed: the take
counts where the text states it.  Where the caller names defendants whose
amounts do not count (``without``), an amount the text tells of one of them (a
co-defendant's 帮信 turnover beside a 掩饰、隐瞒) is left out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from fayan.errors import LexiconError, UsageError
from fayan.nlp.lexicon import alternation, lexicon_cached, lexicon_path, load_list, load_table
from fayan.nlp.names import name_mentions
from fayan.nlp.numbers import find_money
from fayan.nlp.text import NAME_DOTS
from fayan.types import Qualifier

__all__ = [
    "ROLES",
    "PARTS",
    "CRIME_ROLES",
    "AmountFound",
    "extract_amounts",
    "names_told_with",
    "total_crime_amount",
    "counted_roles",
    "named_crime_amount",
]

ROLES: tuple[str, ...] = (
    "stolen",
    "defrauded",
    "robbed",
    "extorted",
    "embezzled",
    "bribe",
    "value",
    "loss",
    "compensation",
    "restitution",
    "fine",
    "gains",
    "illegal_business",
    "gambling",
    "rake",
    "drug_price",
    "deposit",
    "transfer",
    "other",
)
"""Every role an amount can have.

stolen (盗窃/窃得/盗走 the money itself), defrauded (骗取/骗得), robbed (抢劫/抢夺),
extorted (敲诈勒索/索要), embezzled (侵占/挪用/贪污), bribe (受贿/行贿/收受), value
(价值/经鉴定价值/估价 of goods), loss (造成…损失), compensation (赔偿), restitution
(退赔/退赃/退还/返还/发还/追回/归还), fine (罚金/罚款), gains (违法所得/获利/得款),
illegal_business (经营数额/销售金额), gambling (赌资/投注: the stakes), rake (抽头渔利/抽水:
the house's cut of them), drug_price (毒资), deposit (吸收存款), transfer (转账/汇款/支付:
money a victim moved), other (seized, sold, spent, shared out, or no cue at all)."""

CRIME_ROLES: frozenset[str] = frozenset(ROLES) - {"compensation", "restitution", "fine", "other"}
"""Roles of money that can make up a crime amount (for some charge)."""

PARTS: tuple[str, ...] = (
    "prosecution",
    "facts",
    "extra",
    "opinion",
    "defence",
    "evidence",
    "reasoning",
    "other",
)
"""Parts of a judgment an amount can lie in (see ``amount_parts.tsv``)."""
_FACT_PARTS = frozenset({"prosecution", "facts", "extra"})

# Roles counted when no charge is given; transfer joins them in fraud-like texts.
_DEFAULT_ROLES = frozenset(
    {"stolen", "defrauded", "robbed", "extorted", "embezzled", "bribe", "value"}
    | {"illegal_business", "gambling", "rake", "deposit"}
)
# Roles of the acts themselves: they carry over into the next sentence of a paragraph.
_ACT_ROLES = frozenset({"stolen", "defrauded", "robbed", "extorted", "embezzled", "bribe"})
_FRAUD_ROLES = frozenset({"defrauded", "extorted", "deposit"})
# Fallback for total_crime_amount when no counted amount is stated (no charge given):
# gains.  Losses are not a fallback: without a charge they are mostly what a victim of
# an injury or a traffic crime lost, not a crime amount.
_FALLBACK_ROLES: tuple[frozenset[str], ...] = (frozenset({"gains"}),)

# money paid back to the victim, and the words that tell it was not (:func:`_lex`)
_PAID_BACK = frozenset({"restitution", "compensation"})
_NEGATIONS = ("未", "未能", "未予", "没", "没有", "没能", "不", "不能", "无法", "无力")

_CUES = "amount_role_cues.tsv"
_TOTALS = "amount_totals.txt"
_SCOPE = "amount_scope.tsv"
_BACKREFS = "amount_backrefs.tsv"
_PARTS = "amount_parts.tsv"
_CHARGE_ROLES = "amount_charge_roles.tsv"
_NAMES = "amount_names.tsv"
_FILES = (_CUES, _TOTALS, _SCOPE, _BACKREFS, _PARTS, _CHARGE_ROLES, _NAMES)

# Text structure (punctuation, not vocabulary).
_SENTENCE_END = "。；;！？!?\n"
_PHRASE_END = _SENTENCE_END + "，,：:"  # a clause, parentheses left inside
_CLAUSE_END = _PHRASE_END + "（）()"  # a clause, a parenthesis its own
_PART_WINDOW = 24  # a part word must start within this many characters of its sentence start
_TOTAL_WINDOW = 12  # a total word must end within this many characters before the amount
_DETAILS_WINDOW = 80  # 其中/具体如下 must start within this many characters after a total
_AFTER_WEIGHT = 1.5  # a cue after the amount counts this much farther away
_CENT = Decimal("0.01")
_PAREN_RE = re.compile(r"[（(][^（()）]*[)）]")
# an HTML entity left in the text (&ldquo;): its ";" ends no sentence
_ENTITY_RE = re.compile(r"&#?[A-Za-z0-9]{2,8};")
# a thousands separator between digits (9,000元; 1,286,530元)
_THOUSANDS_RE = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
# The disposal construction 将/把 + money + verb (将现金500元盗走, 将5万元归还给): the verb after
# the amount is the predicate.  Grammar, not vocabulary (将近 is a precision word).
_DISPOSAL_RE = re.compile(r"将(?!近)|把")
_CONVERSION_RE = re.compile(r"[（(]?(?:折合|约合|合人民币|相当于)")
# words of a court deciding compensation, before the amount in its sentence: 酌定, 承担…的赔偿责任, 尚应赔偿, 应由甲赔偿,
# 判令, and the limit of an insurance it shares out (交强险死亡伤残赔偿限额人民币180000元，乙的误工费…在该限额内全额
# 赔偿，剩余人民币158000元赔偿丙) (not 已赔偿, what was paid)
_AWARDED_RE = re.compile(r"酌定|(?:赔偿|民事)责任|(?:应当?|尚需|还需)(?:由[^，,。；;]{1,12}?)?(?:予以?)?赔偿|判令|限额")
_COUNT_RE = re.compile(
    r"(?:事实|第)?(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:起)?"
    r"(?:[、:：)）]|[.．](?![0-9０-９]{1,3}(?![0-9０-９])))"
    r"|[（(](?P<p>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）]"
)
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_NAME_CHARS = rf"[\u4e00-\u9fffXx×＊*{NAME_DOTS}0-9]"
# a lookahead: 被告人孙远航告知被告人钱元平 holds two mentions, the first must not swallow the second
_DEFENDANT_RE = re.compile(rf"被告人(?=(?P<n>{_NAME_CHARS}{{2,8}}))")


# ---------------------------------------------------------------------------
# Value type
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AmountFound:
    """One money amount in a text, with what it is.

    ``start``/``end`` index the text given to :func:`extract_amounts`; ``text`` is
    the amount as written (qualifier, number and unit).  ``amount_yuan`` is the
    value in yuan for CNY; for another currency it is the value in that currency
    (no conversion) and ``currency`` says which.  ``part`` is the part of the
    judgment the amount lies in (see :data:`PARTS`) and ``cue`` the word that
    decided the role (None when inherited or absent).
    """

    start: int
    end: int
    text: str
    amount_yuan: Decimal
    qualifier: Qualifier
    role: str
    currency: str
    defendant: str | None
    count_index: int | None
    is_total: bool
    is_restatement: bool
    part: str = "facts"
    cue: str | None = None
    named: tuple[str, ...] = ()  # the names its clause tells of as who acted (:func:`_clause_names`)
    is_counted_out: bool = False  # the text says it is not counted (…证据不足，不予认定: :func:`_counted_out`)
    # told per person, per time or per item (约定每人收取费用1.8万元, 定金每人6000元, 300元/克: :func:`_per_unit`): a
    # rate, no part of a sum
    is_per_unit: bool = False
    # its sentence opens summing the acts up (综上，被告人甲…共计126450元): of all the counts, though it lies in the
    # last one's ``count_index``
    summing_up: bool = False
    # the count its phrase names before it, wherever it is told (案发后，公安机关追回第八起被盗笔记本电脑一台（价值人民币
    # 5200元）: 8): :func:`_count_named`
    count_named: int | None = None


# ---------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    role: str
    side: str  # before | after | both
    strong: bool
    charges: tuple[str, ...] = ()  # words of the charge names it applies in; () in all


@dataclass(frozen=True, slots=True)
class _Lex:
    cues: dict[str, _Cue]
    cue_re: re.Pattern[str]
    total_re: re.Pattern[str]
    details_re: re.Pattern[str]
    summary_re: re.Pattern[str]
    recap_re: re.Pattern[str]
    net_re: re.Pattern[str]
    named_re: re.Pattern[str]
    per_re: re.Pattern[str]
    per_far_re: re.Pattern[str]
    share_re: re.Pattern[str]
    portion_re: re.Pattern[str]
    rest_re: re.Pattern[str]
    among_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    unit_word_re: re.Pattern[str]
    person_re: re.Pattern[str]
    placeholder: frozenset[str]
    name_end_re: re.Pattern[str]
    backref_part_re: re.Pattern[str]
    backref_para_re: re.Pattern[str]
    parts: dict[str, str]
    part_re: re.Pattern[str]
    # (word, roles, means, fallback)
    charge_roles: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]
    scoped: tuple[tuple[str, _Cue], ...]  # the cues of some charges alone (their ``charges``)
    by_charges: dict[tuple[str, ...], "_Lex"]  # the lexicon in effect for the scopes a charge matches


@lexicon_cached(*_FILES)
def _lex(directory: str) -> _Lex:
    cues: dict[str, _Cue] = {}
    scoped: dict[tuple[str, tuple[str, ...]], _Cue] = {}
    path = str(lexicon_path(_CUES, directory))
    for line, (word, role, side, strength, charges) in load_table(_CUES, 5, directory, min_columns=4):
        if role not in ROLES and role != "none":
            raise LexiconError(f"role must be one of {', '.join(ROLES)} or none; found {role!r}", path, line)
        if side not in ("before", "after", "both"):
            raise LexiconError(f"side must be before, after or both; found {side!r}", path, line)
        if strength not in ("normal", "strong"):
            raise LexiconError(f"strength must be normal or strong; found {strength!r}", path, line)
        words = tuple(w.strip() for w in charges.split(",") if w.strip())
        if charges and not words:
            raise LexiconError(f"charges must be words split by commas; found {charges!r}", path, line)
        if (word in cues and not words) or (word, words) in scoped:
            raise LexiconError(f"{word!r} is listed twice", path, line)
        if words:
            scoped[word, words] = _Cue(role, side, strength == "strong", words)
        else:
            cues[word] = _Cue(role, side, strength == "strong")

    scope: dict[str, list[str]] = {
        kind: []
        for kind in (
            "details", "summary", "recap", "net", "named", "per", "share", "portion", "rest", "among", "unit"
        )
    }
    s_path = str(lexicon_path(_SCOPE, directory))
    for line, (word, kind) in load_table(_SCOPE, 2, directory):
        if kind not in scope:
            kinds = "details, summary, recap, net, named, per, share, portion, rest, among or unit"
            raise LexiconError(f"scope must be {kinds}; found {kind!r}", s_path, line)
        scope[kind].append(word)

    parts: dict[str, str] = {}
    p_path = str(lexicon_path(_PARTS, directory))
    for line, (word, part) in load_table(_PARTS, 2, directory):
        if part not in PARTS:
            raise LexiconError(f"part must be one of {', '.join(PARTS)}; found {part!r}", p_path, line)
        parts[word] = part

    charge_roles: list[tuple[str, frozenset[str], frozenset[str], frozenset[str]]] = []
    c_path = str(lexicon_path(_CHARGE_ROLES, directory))
    for line, (word, roles, means, fallback) in load_table(_CHARGE_ROLES, 4, directory, min_columns=2):
        names = frozenset(r.strip() for r in roles.split(",") if r.strip())
        bad = sorted(names - CRIME_ROLES)
        if not names or bad:
            raise LexiconError(
                f"roles must be a comma-separated list of {', '.join(sorted(CRIME_ROLES))}; found {roles!r}",
                c_path,
                line,
            )
        by = frozenset(r.strip() for r in means.split(",") if r.strip())
        if by & names or by - set(ROLES):
            raise LexiconError(
                f"means must be a comma-separated list of roles the charge does not count; found {means!r}",
                c_path,
                line,
            )
        if by and not names & _ACT_ROLES:
            raise LexiconError(f"means need an act among the roles; found {roles!r}", c_path, line)
        after = frozenset(r.strip() for r in fallback.split(",") if r.strip())
        if after & (names | by) or after - CRIME_ROLES:
            raise LexiconError(
                "fallback must be a comma-separated list of crime roles the charge does not count; "
                f"found {fallback!r}",
                c_path,
                line,
            )
        charge_roles.append((word, names, by, after))

    names: dict[str, list[str]] = {"person": [], "placeholder": [], "after_name": []}
    n_path = str(lexicon_path(_NAMES, directory))
    for line, (word, kind) in load_table(_NAMES, 2, directory):
        if kind not in names:
            raise LexiconError(
                f"kind must be person, placeholder or after_name; found {kind!r}", n_path, line
            )
        if kind == "placeholder" and len(word) != 1:
            raise LexiconError(f"a placeholder is one character; found {word!r}", n_path, line)
        names[kind].append(word)

    backrefs: dict[str, list[str]] = {"part": [], "paragraph": []}
    b_path = str(lexicon_path(_BACKREFS, directory))
    for line, (word, reach) in load_table(_BACKREFS, 2, directory):
        if reach not in backrefs:
            raise LexiconError(f"reach must be part or paragraph; found {reach!r}", b_path, line)
        backrefs[reach].append(word)
    # a return told as not made (仍未归还, 拒不退还, 尚有5万元未追回, 未赔偿被害人损失): money still lost, no money
    # paid back. A negation before a verb of paying back (a restitution or compensation cue of two characters)
    # makes a cue of its own, the longer one that shields the verb; a row of the file for it, or a longer one,
    # takes its place (未归还本金: a card's principal unpaid, the amount overdrawn)
    for word, cue in list(cues.items()):
        if cue.role in _PAID_BACK and len(word) == 2:
            for no in _NEGATIONS:
                cues.setdefault(no + word, _Cue("loss", "both", False))
    acts = [w for w, c in cues.items() if c.role in CRIME_ROLES and c.side != "after"]
    # (a scoped cue ends a name whatever the charge: 被告人甲送给乙…)
    name_ends = [*names["after_name"], *(w for w, c in cues.items() if c.role != "none")]
    name_ends += [w for (w, _), c in scoped.items() if c.role != "none"]
    return _Lex(
        cues=cues,
        cue_re=re.compile(alternation(cues)),
        total_re=re.compile(alternation(load_list(_TOTALS, directory))),
        details_re=re.compile(alternation(scope["details"])),
        summary_re=re.compile(alternation(scope["summary"])),
        # a sentence that opens pointing back at the acts just told, or summing them up (以上，综上)
        recap_re=re.compile(rf"\s*(?:{alternation([*scope['recap'], *scope['summary']])})"),
        net_re=re.compile(alternation(scope["net"])),
        # right before the amount (犯罪数额为人民币40万元)
        named_re=re.compile(rf"(?:{alternation(scope['named'])})(?:人民币)?\s*$"),
        per_re=re.compile(rf"(?:{alternation(scope['per'])})(?:人民币)?$"),
        # (a word of two characters or more reaches back through the clause: 约定每人收取费用人民币1.8万元; 各 does not)
        per_far_re=re.compile(alternation([w for w in scope["per"] if len(w) > 1])),
        share_re=re.compile(alternation(scope["share"])),
        # right before the amount, a few characters between at most (余下的5万元, 余款人民币五万元)
        portion_re=re.compile(rf"(?:{alternation(scope['portion'])})[^，,。；;0-9０-９]{{0,4}}$"),
        rest_re=re.compile(rf"(?:{alternation(scope['rest'])})[^，,。；;0-9０-９]{{0,4}}$"),
        among_re=re.compile(alternation(scope["among"])),
        # a clause that opens with a unit, by a back-reference or its name, before any act (该公司共向431名投资人吸收
        # 资金…; 甲投资咨询有限公司自2021年起…): not 以乙公司名义 (a means), 向乙公司 (a victim), 被害单位
        unit_re=re.compile(rf"\s*(?:该|涉案|上述|前述)?[^，,。；;：:以向从给对被]{{0,20}}?(?:{alternation(scope['unit'])})"),
        unit_word_re=re.compile(alternation(scope["unit"])),
        person_re=re.compile(rf"(?:{alternation(names['person'])})$"),
        placeholder=frozenset(names["placeholder"]),
        name_end_re=re.compile(alternation(name_ends)),
        # a back-reference word, or a cue word followed by 的 (骗取的3000元)
        backref_part_re=re.compile(rf"(?:{alternation(backrefs['part'])})|(?:{alternation(acts)})的"),
        backref_para_re=re.compile(alternation(backrefs["paragraph"])),
        parts=parts,
        part_re=re.compile(alternation(parts)),
        charge_roles=tuple(charge_roles),
        scoped=tuple((w, c) for (w, _), c in scoped.items()),
        by_charges={},
    )


def _lex_for(charge: str | None) -> _Lex:
    """The lexicon in effect for ``charge``: the cues of every charge, with those scoped to words of its name
    (``amount_role_cues.tsv``'s fifth column) added, or put in place of a cue of the same word. 送给乙现金5万元 is
    the bribe of a 行贿罪; told of a thief (送给其女友), it is none of the theft and leaves the amount the role the
    theft gives it."""
    lex = _lex()
    keys = tuple(sorted({w for _, c in lex.scoped for w in c.charges if charge and w in charge}))
    if not keys:
        return lex
    if keys not in lex.by_charges:
        cues = dict(lex.cues)
        for word, cue in lex.scoped:
            if any(w in keys for w in cue.charges):
                cues[word] = cue
        lex.by_charges[keys] = replace(lex, cues=cues, cue_re=re.compile(alternation(cues)))
    return lex.by_charges[keys]


# ---------------------------------------------------------------------------
# Text structure
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    text: str
    sentence_starts: tuple[int, ...]  # sorted; 0 first
    clause_starts: tuple[int, ...]
    phrase_starts: tuple[int, ...]
    para_starts: tuple[int, ...]

    @staticmethod
    def of(text: str) -> "_Layout":
        entity_ends = {m.end() - 1 for m in _ENTITY_RE.finditer(text)}
        # (nor does the thousands separator of a number: 人民币9,000元、7,500元 is one clause)
        entity_ends.update(m.start() for m in _THOUSANDS_RE.finditer(text))
        sent = [0] + [i + 1 for i, ch in enumerate(text) if ch in _SENTENCE_END and i not in entity_ends]
        clause = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_END and i not in entity_ends]
        phrase = [0] + [i + 1 for i, ch in enumerate(text) if ch in _PHRASE_END and i not in entity_ends]
        para = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        return _Layout(text, tuple(sent), tuple(clause), tuple(phrase), tuple(para))

    @staticmethod
    def _bounds(starts: tuple[int, ...], pos: int, length: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else length
        return starts[i], end

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._bounds(self.sentence_starts, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._bounds(self.clause_starts, pos, len(self.text))

    def phrase(self, pos: int) -> tuple[int, int]:
        return self._bounds(self.phrase_starts, pos, len(self.text))

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._bounds(self.para_starts, pos, len(self.text))

    def skip_space(self, pos: int) -> int:
        """The first position from ``pos`` that is not whitespace (the text's length when none is)."""
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos


def _parts(text: str, layout: _Layout, lex: _Lex, first: str) -> list[tuple[int, str]]:
    """(start, part) for every part change; the text starts in part ``first``."""
    changes: list[tuple[int, str]] = [(0, first)]
    fact_part = first if first in _FACT_PARTS else "facts"
    current = first
    para_starts = set(layout.para_starts)
    listed: set[int] = set()  # the paragraphs that start inside the evidence list
    for k, start in enumerate(layout.sentence_starts):
        end = layout.sentence_starts[k + 1] if k + 1 < len(layout.sentence_starts) else len(text)
        head = text[start : min(end, start + _PART_WINDOW + 12)]
        m = lex.part_re.search(head)
        new: str | None = None
        if m and m.start() <= _PART_WINDOW:
            new = lex.parts[m.group()]
        elif (start in para_starts and current == "evidence"
              and not _goes_on_listing(text, start, head, listed)):
            new = fact_part  # the evidence list ends with its paragraph
        if new is not None and new != current:
            changes.append((start, new))
            current = new
        if new in _FACT_PARTS:
            fact_part = new
        if start in para_starts and current == "evidence":
            listed.add(start)
    return changes


# a paragraph that is an item of an evidence list: 被告人张三的供述，证实… / 2.证人李某的证言 / 书证：…
_EVIDENCE_ITEM_RE = re.compile(
    r"\s*(?:[\d０-９]+\s*[.．、]|[（(][\d一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?[^，。；：:]{0,20}?"
    r"(?:供述|证言|陈述|辩解|书证|物证|鉴定|笔录|视听资料|电子数据|证明|照片|清单|记录|说明|报告)"
)


# an item's number opening a paragraph: 1． 2、 （3） 四、
_ITEM_NUMBER_RE = re.compile(
    r"\s*(?:(?P<d>[0-9０-９]{1,2})\s*(?P<ds>[.．、])(?![0-9０-９])|[（(](?P<p>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）]"
    r"|(?P<c>[一二三四五六七八九十]{1,3})、)"
)


# the end of a heading of an evidence list, the kind of evidence it names: （二）集资参与人的陈述, 三、证人证言; not a
# heading of facts (十一、故意销毁会计凭证、会计账簿、财务会计报告事实)
_EVIDENCE_KIND_RE = re.compile(r"(?:供述|证言|陈述|辩解|书证|物证|意见|笔录|视听资料|电子数据|证据)$")


def _item_number(text: str, start: int) -> tuple[str, int] | None:
    """(numbering style, number) of the item number opening the paragraph at ``start``, if one does."""
    m = _ITEM_NUMBER_RE.match(text, start)
    if m is None:
        return None
    style = "d" + m["ds"] if m["d"] else "p" if m["p"] else "c"
    n = _count_number(m["d"] or m["p"] or m["c"])
    return None if n is None else (style, n)


def _goes_on_listing(text: str, start: int, head: str, listed: Collection[int] = ()) -> bool:
    """Whether the evidence list goes on into the paragraph at ``start``: the paragraph before it introduces the list
    (…下列证据予以证实：) or this one is one of its items (where each item has a line of its own).  Of the paragraphs
    ``listed`` (that start inside the list), one before it that is a heading naming a kind of evidence
    (（二）集资参与人的陈述: no sentence ended) or an item numbered one less in the same style
    (5．…情况说明…, then 6．房屋认购意向书复印件一份，载明…: any paper, whatever its name) also carries
    the list on; not a paragraph of facts only ending in the list (1、2019年5月3日，被告人甲盗窃…。上述事实，
    有…证实。 then 2、2019年6月…: the count after it is a fact again)."""
    last = start - 1  # the last character before the paragraph that is not whitespace
    while last >= 0 and text[last].isspace():
        last -= 1
    if (last >= 0 and text[last] in "：:") or bool(_EVIDENCE_ITEM_RE.match(head)):
        return True
    before = text.rfind("\n", 0, max(last, 0)) + 1  # the paragraph before it
    if last < 0 or before not in listed:
        return False
    heading = not any(c in _SENTENCE_END for c in text[before : last + 1])
    if heading and _EVIDENCE_KIND_RE.search(text, before, last + 1):
        return True  # a heading of the list
    this, prev = _item_number(text, start), _item_number(text, before)
    return this is not None and prev is not None and this[0] == prev[0] and this[1] == prev[1] + 1


def _part_at(changes: list[tuple[int, str]], pos: int) -> str:
    i = bisect.bisect_right(changes, (pos, "~")) - 1
    return changes[max(i, 0)][1]


def _count_number(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(s) if len(s) == 1 else None


def _counts(text: str, layout: _Layout, parts: list[tuple[int, str]]) -> list[tuple[int, int | None]]:
    """(start, count number) where a numbered count (1、 二、 （三） 第4起) opens a sentence, or, the first, follows
    the colon of its heading in the heading's sentence (先后盗窃两起：（一）…；（二）…)."""
    out: list[tuple[int, int | None]] = [(0, None)]
    for k, start in enumerate(layout.sentence_starts):
        if any(p == start for p, _ in parts[1:]):
            out.append((start, None))  # a new part starts uncounted
        m = _COUNT_RE.match(text, layout.skip_space(start))  # (。 2、…: line breaks flattened to spaces)
        if m:
            n = _count_number(m["n"] or m["p"])
            if n is not None:
                out.append((start, n))
            continue
        end = layout.sentence_starts[k + 1] if k + 1 < len(layout.sentence_starts) else len(text)
        colon = _COLON_RE.search(text, start, end)
        m = _COUNT_RE.match(text, colon.end()) if colon else None
        if m and _count_number(m["n"] or m["p"]) == 1:
            out.append((m.start(), 1))
    return out


# the end of a list's heading: a details word in its last phrase, then a colon (…给予乙财物，具体如下：; 分述如下：)
_HEAD_COLON_RE = re.compile(r"[：:]\s*$")
# item 1 right after its heading's colon, in the heading's sentence
_COLON_RE = re.compile(r"[：:]\s*(?=[0-9０-９一（(])")


def _list_item(layout: _Layout, lex: _Lex, pos: int) -> tuple[int, int, int] | None:
    """(item start, item end, heading end) where ``pos`` lies in an item of a numbered list a heading opens
    (…先后五次给予乙财物，具体如下：\n1．…送给其现金5万元；\n2．…向乙转账10万元…): walking back sentence by sentence
    from ``pos`` over items numbered one less each (each with a line of its own, or one after another in a
    paragraph), item 1 stands right after a phrase that holds a details word (具体如下, 分述如下, 其中) and ends with
    a colon. The item runs to the next item's number or the end of its paragraph. Else None."""
    text = layout.text
    s, _ = layout.sentence(pos)
    opening: int | None = None  # the start of the item that holds pos
    expected: int | None = None  # the number the item before must have
    para = layout.paragraph(pos)[0]  # a sentence must share a paragraph with an item opening after it
    while True:
        b = layout.skip_space(s)
        m = _COUNT_RE.match(text, b) if b < layout.sentence(s)[1] else None
        colon = _COLON_RE.search(text, s, min(layout.sentence(s)[1], pos))
        if m is None and colon is not None:  # the heading's own sentence (分述如下：1、…；2、…)
            b = colon.end()
            m = _COUNT_RE.match(text, b)
        if m is not None:
            n = _count_number(m["n"] or m["p"])
            if n is None or (expected is not None and n != expected):
                return None
            if opening is None:
                opening = b
            if n == 1:
                head = text[:b].rstrip()
                h_start, _ = layout.phrase(max(len(head) - 1, 0))
                if not _HEAD_COLON_RE.search(head) or not lex.details_re.search(text, h_start, len(head)):
                    return None
                p_start, p_end = layout.paragraph(opening)
                nxt = [x for x in layout.sentence_starts if opening < x < p_end and _COUNT_RE.match(text, x)]
                return opening, min([p_end, *nxt]), len(head)
            expected = n - 1
            para = layout.paragraph(b)[0]
        elif text[s:layout.sentence(s)[1]].strip() and layout.paragraph(s)[0] != para:
            return None  # a sentence of another paragraph that opens no item: no list
        if s == 0:
            return None
        s, _ = layout.sentence(s - 1)


def _defendants(text: str, lex: _Lex) -> list[tuple[int, str]]:
    """(position, name) of every 被告人 mention whose name can be cut out of the text alone (where the caller knows
    no names: else :func:`_name_mentions` finds them whole, whatever their length).

    A name ends before a word that follows names (在, 伙同, 将 …) or a role cue (骗取 …); a mention with no such word
    keeps the longest prefix (two to four characters) it shares with another mention.
    """
    raw = [(m.start(), m["n"]) for m in _DEFENDANT_RE.finditer(text)]
    names: list[tuple[int, str]] = []
    for pos, s in raw:
        cut = next((m.start() for m in lex.name_end_re.finditer(s) if m.start() >= 2), None)
        if cut is not None and cut <= 4:
            names.append((pos, s[:cut]))
            continue
        best = ""
        for _, other in raw:
            k = 0
            while k < min(len(s), len(other)) and s[k] == other[k]:
                k += 1
            if other != s and k >= 2 and len(best) < k <= 4:
                best = s[:k]
        if best:
            names.append((pos, best))
    return names


def _name_mentions(text: str, known: Sequence[str]) -> list[tuple[int, str]]:
    """(position, name) of every occurrence of a ``known`` name of two characters or more (:func:`name_mentions`)."""
    return [(s, name) for s, _, name in name_mentions(text, known, min_len=2)]


# a name right after one of these is an object (贩卖给吴某, 向李某索要, 应被告人吴某的要求), not who acted
_OBJECT_BEFORE = frozenset("给向从对被与和跟同帮替为应")


def _as_object(text: str, p: int) -> bool:
    """Whether the name at ``p`` follows an object word, before its 被告人 if it has one (应被告人吴某的要求)."""
    q = p - 3 if text.startswith("被告人", p - 3) else p
    return q > 0 and text[q - 1] in _OBJECT_BEFORE


def _given_to(text: str, p: int) -> bool:
    """Whether the name at ``p`` follows 给, before its 被告人 if it has one (销售给被告人乙, 交给乙): whom goods or money
    went to."""
    q = p - 3 if text.startswith("被告人", p - 3) else p
    return q > 0 and text[q - 1] == "给"


def _subjects(text: str, layout: "_Layout", named: list[tuple[int, str]], pos: int) -> list[tuple[int, str]]:
    """The known names (with their positions) of the nearest clause before ``pos`` in its sentence that names
    one not as an object (被告人钱元平放哨，被告人孙远航…划破…口袋后，扒窃其现金2000余元: 孙远航; 被告人吴阿亮应
    被告人吴永安的要求，将…贩卖给吴永安，获款19200元: 吴阿亮), in text order; [] where the sentence names none so."""
    s0 = layout.sentence(pos)[0]
    here = [(p, n) for p, n in named[bisect.bisect_left(named, (s0, "")) : bisect.bisect_left(named, (pos, ""))]
            if p + len(n) <= pos]
    subjects = [(p, n) for p, n in here if not _as_object(text, p)]
    if not subjects:
        return []
    clause = layout.clause(subjects[-1][0])[0]
    return [(p, n) for p, n in subjects if p >= clause]


def _subject(text: str, layout: "_Layout", named: list[tuple[int, str]], pos: int) -> str | None:
    """Who an amount at ``pos`` is about, from the known names of its sentence: the first of
    :func:`_subjects`; None where the sentence names none so."""
    subjects = _subjects(text, layout, named, pos)
    return subjects[0][1] if subjects else None


# the defendants spoken of all together (三被告人, 二名被告人, 各被告人, 上述(原审)被告人, 诸被告人; not 第二被告人), with how many
# where it says (``n``)
TOGETHER_RE = re.compile(
    r"(?:(?<![第\d〇零一二两三四五六七八九十百])(?P<n>\d{1,2}|[二两三四五六七八九十])名?|各|全体|上述|以上|诸)(?:原审)?(?:被告人|上诉人)")


# a word of company right before a name (before its 被告人): the name's bearer acts with the subject (被告人甲伙同
# 被告人乙, 便同被告人乙持木棒殴打…, 被告人甲与被告人乙共同…), though :func:`_as_object` reads it as an object
_ALONG_BEFORE = frozenset("同与和跟")
# not after 或 (被告人甲单独或伙同被告人乙抢劫作案3起: 甲's acts, some without 乙)
_ALONE_OR_RE = re.compile(r"或者?(?:伙同|与|和|同|跟)$")


def _along(text: str, p: int) -> bool:
    """Whether the name at ``p`` follows a word of company (:data:`_ALONG_BEFORE`), before its 被告人 if it
    has one, not after 或 (:data:`_ALONE_OR_RE`)."""
    q = p - 3 if text.startswith("被告人", p - 3) else p
    return q > 0 and text[q - 1] in _ALONG_BEFORE and not _ALONE_OR_RE.search(text, max(0, q - 4), q)


def _clause_names(text: str, layout: "_Layout", named: list[tuple[int, str]], pos: int) -> tuple[str, ...]:
    """The names the clause of :func:`_subjects` tells of as who acted, each once, with those it names after a
    word of company up to ``pos`` (:data:`_ALONG_BEFORE`: 被告人甲伙同被告人乙…): whose the amount at ``pos``
    is (本院认为，被告人甲、乙…三次入户盗窃…价值共计18400元；被告人丙参与入户盗窃二次，价值共计11200元: 甲 and
    乙, then 丙, a share of the whole); () where the sentence names none so, or speaks of all the defendants
    together between that clause and the amount (被告人甲、乙…，三被告人共同…).

    >>> t = ("被告人甲某、乙某盗窃三次，价值18400元；被告人丙某参与二次，价值共计11200元；"
    ...      "被告人甲某纠集乙某，三被告人共同窃得8000元；被告人甲某伙同被告人丙某窃得3000元")
    >>> named = [(t.index(n), n) for n in ("甲某", "乙某", "丙某")]
    >>> named += [(t.rindex(n), n) for n in ("甲某", "丙某")]
    >>> named.sort()
    >>> [_clause_names(t, _Layout.of(t), named, t.index(v)) for v in ("18400", "11200", "8000", "3000")]
    [('甲某', '乙某'), ('丙某',), (), ('甲某', '丙某')]
    """
    subjects = _subjects(text, layout, named, pos)
    if not subjects:
        return ()
    lo = layout.clause(subjects[0][0])[0]
    if TOGETHER_RE.search(text, lo, pos):
        return ()
    here = named[bisect.bisect_left(named, (lo, "")) : bisect.bisect_left(named, (pos, ""))]
    along = [(p, n) for p, n in here if p + len(n) <= pos and _along(text, p)]
    return tuple(dict.fromkeys(n for _p, n in sorted(subjects + along)))


def names_told_with(text: str, names: Sequence[str], positions: Sequence[int]) -> list[tuple[str, ...]]:
    """For each of ``positions`` (a number's, a harm's), the ``names`` its clause tells of as who acted
    (:func:`_clause_names`): 本院认为，被告人甲多次随意殴打他人，被告人乙伙同他人随意殴打他人致二人轻微伤 tells
    二人轻微伤 of 乙, a share where others are tried too; () where it names none so, or all together.

    >>> t = ("本院认为，被告人甲某多次殴打他人，被告人乙某殴打他人致二人轻微伤；二被告人共致四人轻微伤；"
    ...      "被告人甲某单独或伙同被告人乙某殴打他人，致三人轻微伤；被告人乙某伙同被告人甲某殴打他人，致二人轻伤")
    >>> names_told_with(t, ["甲某", "乙某"], [t.index(x) for x in ("二人轻微伤", "四人", "三人", "二人轻伤")])
    [('乙某',), (), ('甲某',), ('乙某', '甲某')]
    """
    layout, named = _Layout.of(text), _name_mentions(text, names)
    return [_clause_names(text, layout, named, pos) for pos in positions]


def _defendant_at(
    text: str, layout: "_Layout", pos: int, named: list[tuple[int, str]], cut: list[tuple[int, str]]
) -> str | None:
    """Whom the amount at ``pos`` is about. With the defendants' names known (``named``: their mentions): the subject
    of its sentence (:func:`_subject`), else the defendant named last before it (not a 同案被告人 tried apart, not
    分别; where its sentence names none, not one its paragraph names before as whom goods went to: 甲…销售给被告人
    乙等人，销售金额共计14.3万元。公安机关在上述厂房内查获尚未销售的机油…，价值7.3万元 is 甲's, not the buyer's);
    else the last name ``cut`` from the text after 被告人 before it."""
    if named:
        who = _subject(text, layout, named, pos)
        if who is not None:
            return who
        i = bisect.bisect_left(named, (pos, "")) - 1
        while i >= 0 and named[i][0] + len(named[i][1]) > pos:
            i -= 1
        s_start, _ = layout.sentence(pos)
        p_start, _ = layout.paragraph(pos)
        k = i
        while k > 0 and p_start <= named[k][0] < s_start and _given_to(text, named[k][0]):
            k -= 1  # (one its own sentence names stands, whatever his place: 民警从被告人甲身上查获现金1000元)
        if k >= 0 and named[k][0] >= p_start and not _given_to(text, named[k][0]):
            return named[k][1]
        return named[i][1] if i >= 0 else None
    j = bisect.bisect_right(cut, (pos, "\uffff")) - 1
    return cut[j][1] if j >= 0 else None


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    text: str
    amount: Decimal
    qualifier: Qualifier
    currency: str
    role: str = "other"
    cue: str | None = None
    cue_before: bool = False
    is_total: bool = False
    is_per_unit: bool = False
    backref: str | None = None
    part: str = "facts"


def _is_name(text: str, start: int, span_text: str, lex: _Lex) -> bool:
    """A money-looking span that is part of a name (被告人伍元金, 被害人张某2人民币)."""
    glued = start > 0 and text[start - 1] in lex.placeholder
    if glued and span_text[:1].isdigit() and not span_text.endswith(("元", "圆")):
        return True
    return (
        len(span_text) == 2
        and span_text[1] in "元圆"
        and not span_text[0].isdigit()
        and lex.person_re.search(text, max(0, start - 4), start) is not None
    )


def _role(
    d: _Draft,
    prev: _Draft | None,
    nxt: _Draft | None,
    cues: list[tuple[int, int, str]],
    cue_starts: list[int],
    layout: _Layout,
    lex: _Lex,
) -> tuple[str, str | None, bool]:
    """(role, cue, cue_before) of one amount; ``cue_before`` says the deciding cue stands before it."""
    s_start, s_end = layout.sentence(d.start)
    c_start, c_end = layout.clause(d.start)
    same_sentence_prev = prev is not None and prev.end > s_start
    lo = prev.end if prev is not None and same_sentence_prev else s_start
    hi = min(c_end, nxt.start) if nxt is not None else c_end

    # 1. a strong cue in its clause wins outright: before it (赔偿甲损失100元、乙损失200元),
    #    else one that only follows amounts, after it (以150元的价格卖给)
    for cs, ce, word in reversed(_cues_between(cues, cue_starts, c_start, d.start)):
        if lex.cues[word].strong and lex.cues[word].side != "after":
            return lex.cues[word].role, word, True
    for cs, ce, word in _cues_between(cues, cue_starts, d.end, hi):
        if lex.cues[word].strong and lex.cues[word].side == "after":
            return lex.cues[word].role, word, False
    # 1b. a card's or a passbook's balance (银行卡3张（卡内余额共计225001.7元）, 余额分别为2012.79元、908.43元) is no money
    #     taken: what was withdrawn or spent with it is (两抢意见 六)
    if _BALANCE_RE.search(layout.text, c_start, d.start):
        return "other", None, False  # (not a list's role for the amount after it: 存折（余额…）和现金1600元)
    # 1c. a threshold the law or the province sets, told as the standard the amount is (尚未达到本省盗窃罪数额巨大人民币
    #     八万元的标准) or as what a standard's multiples come to (…的数额起点，按照…的二倍、五倍执行，即人民币六万元、
    #     一百万元), is no amount of the crime (the cues 起点, 标准为 take it only where they stand in its clause)
    if _threshold(layout.text, s_start, c_start, c_end, d):
        return "other", None, False
    # 2. the nearest cue: before it since the previous amount, after it in its clause; an act
    #    before it in its clause (not an attributive one) wins over cues after it
    #    (挪用公款10万元用于投资), unless 将/把 stands between them (将侵占资金9.99万元退还);
    #    a label right before it (将价值1500元的电脑盗走) is not overridden by 将/把
    back: tuple[float, str] | None = None
    back_start = 0  # where that cue starts
    after: tuple[float, str] | None = None
    act_end: int | None = None  # end of the last act cue before it in its clause
    act: str | None = None  # and that cue
    for cs, ce, word in _cues_between(cues, cue_starts, lo, hi):
        cue = lex.cues[word]
        if ce <= d.start and cue.side != "after":
            back, back_start = (d.start - ce, word), cs  # the last one is the nearest
            # an attributive act (窃得的现金, 所盗现金, 将侵占资金…) only describes the money
            attributive = (
                word.startswith("所")
                or layout.text.startswith("的", ce)
                or _DISPOSAL_RE.match(layout.text, max(cs - 1, 0)) is not None
            )
            if cue.role in _ACT_ROLES and cs >= c_start and not attributive:
                act_end, act = ce, word
        elif cs >= d.end and cue.side != "before":
            dist = (cs - d.end) * _AFTER_WEIGHT + 1
            if after is None or dist < after[0]:
                after = (dist, word)
    if back is not None and lex.cues[back[1]].role in CRIME_ROLES:
        returned = _return_of(cues, cue_starts, max(lo, c_start), back_start, layout, lex)
        if returned is not None:
            return lex.cues[returned].role, returned, True  # 归还剩余挪用资金人民币30万元
    back_is_act = back is None or lex.cues[back[1]].role in _ACT_ROLES
    if after is not None and back_is_act and _DISPOSAL_RE.search(layout.text, act_end or c_start, d.start):
        return lex.cues[after[1]].role, after[1], False  # 将侵占资金9.99万元退还
    if (act is not None and back is not None and lex.cues[back[1]].role not in _ACT_ROLES
            and _DESCRIBES_RE.match(layout.text, d.start - back[0], d.start)):
        # 劫得…钱包及其付给侯某的300元嫖娼款: a cue in a 的-phrase only describes the money; the act takes it
        return lex.cues[act].role, act, True
    if back is not None and (after is None or act_end is not None or back[0] <= after[0]):
        return lex.cues[back[1]].role, back[1], True
    if after is not None:
        return lex.cues[after[1]].role, after[1], False
    # 3. a list goes on: the role of the amount before it in the sentence, unless the text names it the
    #    crime's amount (已返还人民币10万元，犯罪数额为人民币40万元: no money paid back; the act of its sentence
    #    tells its role)
    if (same_sentence_prev and prev is not None and prev.cue_before
            and not lex.named_re.search(layout.text, c_start, d.start)):
        return prev.role, prev.cue, True
    # 4. an act before it anywhere in its sentence (盗得红包98个，每个内有100元面值…，合计9800元)
    for cs, ce, word in reversed(_cues_between(cues, cue_starts, s_start, d.start)):
        cue = lex.cues[word]
        if ce <= d.start and cue.role in _ACT_ROLES and cue.side != "after":
            return cue.role, word, True
    # 5. an act or a strong cue after it in its sentence (将钱包（内有人民币345元）和手机窃出;
    #    将100万元，全部退还被害人)
    for cs, ce, word in _cues_between(cues, cue_starts, d.end, s_end):
        cue = lex.cues[word]
        if (cue.role in _ACT_ROLES or cue.strong) and cue.side != "before":
            return cue.role, word, False
    # 6. the last act of the sentence before, in the same paragraph (盗走钱包一个。钱包内有现金773元)
    p_start, _ = layout.paragraph(d.start)
    if s_start > p_start:
        ps, _ = layout.sentence(s_start - 1)
        for cs, ce, word in reversed(_cues_between(cues, cue_starts, ps, s_start)):
            cue = lex.cues[word]
            if cue.role in _ACT_ROLES and cue.side != "after":
                return cue.role, word, True
    return "other", None, False


# a balance named in the amount's clause, no cash between (存折（余额4298元）和现金1600元: the cash is taken)
_BALANCE_RE = re.compile(r"余额(?:(?!现金)[^，,。；;]){0,16}$")
# a threshold's figure: the amount (or a list of them) followed by 的标准 or 的起点 (人民币三万元、十万元的标准), or
# after 即 where a standard or its multiples end the clause before (…按照…的二倍、五倍执行，即人民币六万元、一百万元)
_AMOUNT_LISTED = r"(?:人民币)?[0-9０-９.．,一二三四五六七八九十百千万亿零两]+元"
_THRESHOLD_AFTER_RE = re.compile(rf"(?:\s*[、和及至到]\s*{_AMOUNT_LISTED})*\s*(?:以上|以下)?的?(?:数额)?(?:标准|起点)")
_THRESHOLD_BEFORE_RE = re.compile(rf"\s*即(?:为)?\s*(?:人民币)?\s*(?:{_AMOUNT_LISTED}\s*[、和及至到]\s*)*$")
# what makes a standard after the amount a threshold, not a rate (按每月2000元的标准赔偿): the level or the reaching
# of it before the amount in its clause
_LEVEL_BEFORE_RE = re.compile(r"达到|超过|数额|起点")
_STANDARD_ENDS_RE = re.compile(r"(?:标准|起点|倍)(?:执行|计算|确定)?[，,：:]\s*$")


def _threshold(text: str, s_start: int, c_start: int, c_end: int, d: "_Draft") -> bool:
    """Whether the amount ``d`` is told as a threshold the law sets: 达到数额巨大人民币八万元的标准 (not a rate: 按每月
    2000元的标准赔偿); 即人民币六万元 after a clause that ends with a standard's multiples (…按照贪污罪的二倍、五倍执行，
    即人民币六万元、一百万元)."""
    if _THRESHOLD_AFTER_RE.match(text, d.end, c_end) and _LEVEL_BEFORE_RE.search(text, c_start, d.start):
        return True
    return (c_start > s_start and _THRESHOLD_BEFORE_RE.match(text, c_start, d.start) is not None
            and _STANDARD_ENDS_RE.search(text, s_start, c_start) is not None)


# the rest of a 的-phrase between a cue and the amount it describes (付给侯某的300元)
_DESCRIBES_RE = re.compile(r"[^，,。；;的]{0,8}的\s*$")


# what may stand between a return verb and the name of the money it returns (剩余, 信用卡, 单位): a few characters,
# no amount, no word that starts another act (归还欠款后又挪用…, 归还手机时窃取…); and a purpose before the verb
# (为归还赌债挪用公款5万元)
_RETURNED_GAP_RE = re.compile(r"[^，,。；;：:0-9０-９时后又再并而将把为以趁就便却]{0,6}")
_FOR_RETURN_RE = re.compile(r"(?:为了?|用于|用以|用来|以便)[^，,。；;]{0,4}$")


def _return_of(
    cues: list[tuple[int, int, str]], cue_starts: list[int], lo: int, cue_start: int, layout: _Layout,
    lex: _Lex,
) -> str | None:
    """The return verb (a ``restitution`` cue) whose object the crime's cue at ``cue_start`` names, the cue
    right before it since ``lo``: 亲属代其向乙公司归还剩余挪用资金人民币30万元, 归还信用卡透支本金人民币3万元,
    兑付集资参与人本金160万元 tell money paid back by the act that took it, though the act's cue stands nearer
    the amount; else None."""
    before = _cues_between(cues, cue_starts, lo, cue_start)
    if not before:
        return None
    cs, ce, word = before[-1]
    cue = lex.cues[word]
    text = layout.text
    if (cue.role != "restitution" or cue.side == "after"
            or _RETURNED_GAP_RE.fullmatch(text, ce, cue_start) is None
            or _FOR_RETURN_RE.search(text, lo, cs) is not None):
        return None
    return word


def _cues_between(
    cues: list[tuple[int, int, str]], cue_starts: list[int], lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """The cues that start in ``[lo, hi)`` and end by ``hi``."""
    i = bisect.bisect_left(cue_starts, lo)
    j = bisect.bisect_left(cue_starts, hi)
    return [c for c in cues[i:j] if c[1] <= hi]


_SPACES_RE = re.compile(r"\s*")


def _is_total(d: _Draft, prev: _Draft | None, layout: _Layout, lex: _Lex) -> bool:
    """A total word shortly before the amount in its clause, or anywhere before it there where its sentence
    opens summing up (综上，甲公司共计向213名集资参与人吸收资金人民币13862500元: the 共计 is the whole sentence's), or
    details (其中, 具体如下) right after it."""
    if _details_follow(d.end, layout, lex):
        return True
    text = layout.text
    c_start, _ = layout.phrase(d.start)
    lo = max(c_start, prev.end if prev is not None else 0)
    summing_up = _opens_summing_up(layout, lex, d.start)
    for m in lex.total_re.finditer(text, lo, d.start):
        # 共计人民币（以下币种均为人民币）18600元: a parenthesis in between does not count
        between = _PAREN_RE.sub("", text[m.end() : d.start])
        if summing_up or len(between) <= _TOTAL_WINDOW:
            return True
    return False


# a rate told after the figure: 6000元/人, 300元/克, 500元每次
_PER_AFTER_RE = re.compile(r"\s*(?:[/／]|每)[\u4e00-\u9fff]")
# a rate told by 每 and a verb right before the figure (每转出人民币1万元获取报酬人民币100元, 每介绍一人…): the sum the
# rate is of, per unit as much as 每人 is
_PER_VERB_RE = re.compile(r"每[\u4e00-\u9fff]{1,2}(?:人民币)?$")


def _per_unit(d: _Draft, prev: _Draft | None, layout: _Layout, lex: _Lex) -> bool:
    """Whether ``d`` is told per person, per time or per item (``per`` of ``amount_scope.tsv``), a rate and
    no part of a sum: a per word right before it (定金每人人民币6000元, 各1000元), one of two characters or more
    before it in its clause with no amount nor total word between (约定每人收取费用人民币1.8万元, 人均获利2万元;
    not 每次作案后共获利5000元), or a slash or 每 and a unit right after it (6000元/人). Of seven examinees,
    约定每人收取费用人民币1.8万元，考前先收取定金每人人民币6000元，共计收取人民币4.2万元: the two rates add up to
    nothing the total is."""
    text = layout.text
    c_start, _ = layout.clause(d.start)
    if (lex.per_re.search(text, max(c_start, d.start - 6), d.start) or _PER_AFTER_RE.match(text, d.end)
            or _PER_VERB_RE.search(text, max(c_start, d.start - 6), d.start)):
        return True
    far = None
    for far in lex.per_far_re.finditer(text, max(c_start, prev.end if prev is not None else 0), d.start):
        pass
    return far is not None and lex.total_re.search(text, far.end(), d.start) is None


# a count of acts (共计盗窃四次, 共盗窃5次, 先后作案三起, 作案十余起, 多次; of sums taken or moved: 以上四笔), not an
# ordinal (第2次)
_ACT_COUNT_RE = re.compile(r"(?<![第0-9０-９])(?P<n>[0-9０-９]{1,3}|[一二两三四五六七八九十百]{1,4}|[多数])余?[次起宗笔]")
# one act is no count of acts, and 一起 is mostly "together" (伙同乙一起盗窃)
_ONE = frozenset({"一", "1", "１"})
# words before a count that tell further acts (又盗窃两次，窃得…500元), or acts one after another (先后作案三起)
_FURTHER_RE = re.compile(r"[另又还再]")
_IN_TURN_RE = re.compile(r"先后|陆续")


def _recap_sentence_start(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` starts: after a 。 or a line break (a summing-up runs over ， and ；, which
    end a :meth:`_Layout.sentence`)."""
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


def _counts_acts(layout: _Layout, lex: _Lex, pos: int) -> str | None:
    """How the sentence of the amount at ``pos`` counts acts before it: ``recap`` where it opens pointing
    back at them or summing them up (以上被告人甲共计盗窃四次，…; 综上，被告人甲先后作案三起，…), ``count``
    where it counts them with a total word or 先后 in the count's phrase, or a total word after the count
    (被告人甲共盗窃5次，…; 盗窃四次，合计…), else None: no count of two or more, or one of further acts
    (…又盗窃两次，窃得…500元 is an act, no total)."""
    text = layout.text
    s_start = _recap_sentence_start(text, pos)
    counts = [m for m in _ACT_COUNT_RE.finditer(text, s_start, pos) if m["n"] not in _ONE]
    if not counts:
        return None
    count = counts[-1]
    lo = max(layout.phrase(count.start())[0], s_start)
    if _FURTHER_RE.search(text, lo, count.start()):
        return None
    if lex.recap_re.match(text, s_start):
        return "recap"
    if (lex.total_re.search(text, lo, count.start()) or _IN_TURN_RE.search(text, lo, count.start())
            or lex.total_re.search(text, count.end(), pos)):
        return "count"
    return None


def _opens_summing_up(layout: _Layout, lex: _Lex, pos: int) -> bool:
    """Whether the sentence around ``pos`` (:func:`_recap_sentence_start`) opens summing the acts up
    (综上，…)."""
    opening = layout.skip_space(_recap_sentence_start(layout.text, pos))
    return lex.summary_re.match(layout.text, opening) is not None


# a count named by its number (第八起), not a count of acts (共计盗窃八起)
_COUNT_NAMED_RE = re.compile(r"第(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})起")


def _count_named(layout: _Layout, pos: int) -> int | None:
    """The number of the count the phrase of the amount at ``pos`` names last before it (追回第六起被盗黄金手镯一只
    （价值人民币9800元）、第八起被盗笔记本电脑一台（价值人民币5200元）: 6, then 8); None where it names none."""
    named = list(_COUNT_NAMED_RE.finditer(layout.text, layout.phrase(pos)[0], pos))
    return _count_number(named[-1]["n"]) if named else None


def _sums_drafts_before(drafts: Sequence[_Draft], k: int) -> bool:
    """Whether amount ``k`` is the sum of two or more crime amounts of its part right before it (totals left
    out: their parts are among them)."""
    d = drafts[k]
    running = Decimal(0)
    n = 0
    for i in range(k - 1, -1, -1):
        x = drafts[i]
        if x.role not in CRIME_ROLES or x.is_total or x.part != d.part:
            continue
        running += x.amount
        n += 1
        if n >= 2 and _close(running, d.amount):
            return True
        if running > d.amount:
            return False
    return False


def _backref(d: _Draft, prev: _Draft | None, layout: _Layout, lex: _Lex) -> str | None:
    """The reach of a back-reference before the amount in its clause: part, paragraph or None."""
    c_start, _ = layout.clause(d.start)
    lo = max(c_start, prev.end if prev is not None else 0)
    if lex.backref_part_re.search(layout.text, lo, d.start):
        return "part"
    if lex.backref_para_re.search(layout.text, lo, d.start):
        return "paragraph"
    return None


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def extract_amounts(
    text: str, *, section: str = "facts", charge: str | None = None, names: Sequence[str] = ()
) -> list[AmountFound]:
    """Every money amount in ``text`` with its role, in text order.

    ``section`` is the part of the judgment ``text`` starts in (``facts`` for a
    fact section, ``prosecution`` for the charged facts, …, see :data:`PARTS`);
    part words inside the text (公诉机关指控, 经审理查明, 另查明 …) switch it.
    ``charge`` (a charge name such as 行贿罪) adds the cues scoped to it (``amount_role_cues.tsv``'s fifth
    column: 送给, 给予 of a bribery) and makes money moved by a means its row of ``amount_charge_roles.tsv``
    names the charge's act where its sentence tells that act before it (:func:`_means_of_act`).
    ``names`` are the defendants' names where the caller knows
    them (an amount's ``defendant`` is then the one the text names, whatever its length).  The last amount below is the
    stolen money again (所盗), so it is a restatement:

    >>> text = ("1、被告人甲窃得现金1100元。2、被告人甲窃得手机一部，价值500元，合计价值1600元。"
    ...         "案发后，所盗现金1100元已发还被害人。")
    >>> [(a.amount_yuan, a.role, a.count_index, a.is_total, a.is_restatement) for a in extract_amounts(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(Decimal('1100'), 'stolen', 1, False, False), (Decimal('500'), 'value', 2, False, False),
     (Decimal('1600'), 'value', 2, True, False), (Decimal('1100'), 'stolen', 2, False, True)]
    """
    if section not in PARTS:
        raise UsageError(f"section must be one of {', '.join(PARTS)}; got {section!r}")
    lex = _lex_for(charge)
    counted, means, fallback = _charge_row(charge, lex)
    layout = _Layout.of(text)
    parts = _parts(text, layout, lex, section)
    counts = _counts(text, layout, parts)
    named = _name_mentions(text, names)
    defendants = [] if names else _defendants(text, lex)  # names cut from the text only where none are known
    cues = [(m.start(), m.end(), m.group()) for m in lex.cue_re.finditer(text)]

    drafts: list[_Draft] = []
    for span, money in find_money(text):
        if _is_name(text, span.start, span.text, lex):
            continue
        drafts.append(
            _Draft(span.start, span.end, span.text, money.amount, money.qualifier, money.currency)
        )
    # cues inside an amount span are not cues; "none" words only shield the cues inside them
    starts = [d.start for d in drafts]
    cues = [c for c in cues if lex.cues[c[2]].role != "none" and not _inside(drafts, starts, c[0])]
    cue_starts = [c[0] for c in cues]

    for k, d in enumerate(drafts):
        prev = drafts[k - 1] if k else None
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        d.role, d.cue, d.cue_before = _role(d, prev, nxt, cues, cue_starts, layout, lex)
        if d.role in means:
            d.role, d.cue, d.cue_before = _means_of_act(d, counted, cues, cue_starts, layout, lex)
        if d.role == "transfer" and _paid_to_victim(d, layout, named, defendants):
            d.role = "restitution"
        d.is_total = _is_total(d, prev, layout, lex)
        d.is_per_unit = _per_unit(d, prev, layout, lex)
        d.backref = _backref(d, prev, layout, lex)
        d.part = _part_at(parts, d.start)
    for k, d in enumerate(drafts):
        item = _list_item(layout, lex, d.start) if d.is_total else None
        if (item is not None and not _details_follow(d.end, layout, lex)
                and not any(x is not d and item[0] <= x.start < item[1] for x in drafts)):
            # 3．送给乙面值共计人民币3万元的购物卡；: the one amount of a list's item sums no amounts, only what the item
            # tells (the cards), so it is no total that other items could be parts of
            d.is_total = False
        closed = _closes_list(layout, lex, d.start) if d.role == "other" and d.is_total else None
        if closed is not None:
            # 以上共计人民币39.5万元。 after the items of a list: the total of the items, with their role (the most of
            # them have, the first of those told first)
            told = [x.role for x in drafts[:k] if closed[2] <= x.start and x.role in CRIME_ROLES]
            if told:
                d.role = max(told, key=told.count)
    # 综上，被告人抢劫4起…，抢劫财物价值5086元: the one amount of a summing-up sentence is its total (with several,
    # the sentence restates parts: 综上…窃得现金500元及手机一部（价值2000元）)
    by_sentence: dict[int, list[_Draft]] = {}  # by the 。 sentence (综上，…抢劫4起，强奸1起；…价值5086元)
    for d in drafts:
        by_sentence.setdefault(text.rfind("。", 0, d.start) + 1, []).append(d)
    for s_start, ds in by_sentence.items():
        if len(ds) == 1 and lex.summary_re.match(text, _SPACES_RE.match(text, s_start).end()):  # type: ignore[union-attr]
            ds[0].is_total = True
    # 以上被告人甲共计盗窃四次，窃得财物价值人民币8750元: the one crime amount after a count of the acts just told is their
    # total, though its 共计 is the count's; without 以上 or 综上 (被告人甲共盗窃5次，…) only where it is the sum of the
    # amounts right before it
    told: dict[int, list[int]] = {}
    for k, d in enumerate(drafts):
        if d.role in CRIME_ROLES:
            told.setdefault(_recap_sentence_start(text, d.start), []).append(k)
    for ks in told.values():
        d = drafts[ks[0]]
        if len(ks) == 1 and not d.is_total:
            kind = _counts_acts(layout, lex, d.start)
            d.is_total = kind == "recap" or (kind == "count" and _sums_drafts_before(drafts, ks[0]))
    # 卢布8000元（折合人民币780元）: the converted amount takes the role, the original is other
    for k, d in enumerate(drafts[:-1]):
        nxt = drafts[k + 1]
        if _CONVERSION_RE.match(text, d.end) and nxt.start - d.end <= 8:
            nxt.role, nxt.cue, nxt.cue_before = d.role, d.cue, d.cue_before
            d.role, d.cue, d.cue_before = "other", None, False
    # 人民币12,368,000元（一千二百三十六万八千元）: the same sum again in brackets is the amount told twice: it takes the
    # amount's role and restates it (:func:`_told_again`)
    for k in _told_again(drafts, text):
        d, again = drafts[k - 1], drafts[k]
        again.role, again.cue, again.cue_before = d.role, d.cue, d.cue_before
    # the court's own decision of a civil claim (附带民事) after the facts (the reasoning, or a 辩护人提出 part word in
    # it): 本院酌定由甲承担百分之六十的赔偿责任，即人民币四万八千九百元; 甲尚应赔偿人民币二万八千九百元. What it awards
    # is owed, no compensation paid that the facts would tell
    for d in drafts:
        if d.role == "compensation" and d.part not in _FACT_PARTS and _AWARDED_RE.search(
                text, layout.sentence(d.start)[0], d.start):
            d.role, d.cue, d.cue_before = "other", None, False

    restated, moved = _restatements(drafts, layout, fallback)
    # money passed on after it was taken (被骗人民币39,400元，该款转入甲的银行卡后，由甲取现人民币37,400元): a sum
    # the facts tell of their own, what became of the money, neither more money nor that money told again (X3
    # reads no slip of the pen in it)
    for k in moved:
        drafts[k].role, drafts[k].cue, drafts[k].cue_before = "other", None, False
    counted_out = _counted_out(drafts, layout)
    out: list[AmountFound] = []
    count_starts = [s for s, _ in counts]  # (by start alone: a part's uncounted start holds None, no number to order)
    for k, d in enumerate(drafts):
        c = bisect.bisect_right(count_starts, d.start) - 1
        out.append(
            AmountFound(
                start=d.start,
                end=d.end,
                text=d.text,
                amount_yuan=d.amount,
                qualifier=d.qualifier,
                role=d.role,
                currency=d.currency,
                defendant=_defendant_at(text, layout, d.start, named, defendants),
                named=_clause_names(text, layout, named, d.start),
                count_index=counts[c][1] if c >= 0 else None,
                is_total=d.is_total,
                is_restatement=k in restated,
                part=d.part,
                cue=d.cue,
                is_counted_out=k in counted_out,
                is_per_unit=d.is_per_unit,
                summing_up=_opens_summing_up(layout, lex, d.start),
                count_named=_count_named(layout, d.start),
            )
        )
    return out


# a payment's verbs (the ``transfer`` cues a payer uses of his own money), and what makes its clause's payer
# another's agent or the payee the payer himself (被告人甲让乙向其转账: 乙 pays 甲, the victim's money moved)
_PAY_CUES = frozenset({"支付", "付给", "给付", "转账", "转帐", "转款", "转给", "汇款", "打款"})
_PAYEE_SELF_RE = re.compile(r"\s*(?:其|自己|本人|被告人|他|她)")
_MADE_TO_PAY_RE = re.compile(r"被害|让|使|令|叫|要求|指使|骗|诱|逼|迫|胁")
# what the payment buys, after it in its clause (向乙支付人民币300元购买了一粒“种子”: a price, not money paid back)
_PAID_FOR_RE = re.compile(r"\s*(?:用于|用以|以)?(?:购买|购得|买了|买下|买入|换取|加入|入会|作为[^，,。；;]{0,6}费)")


def _paid_to_victim(
    d: _Draft, layout: _Layout, named: list[tuple[int, str]], cut: list[tuple[int, str]]
) -> bool:
    """Whether ``d``, money moved by a payment's verb (:data:`_PAY_CUES`), is paid by a defendant to another
    (向 before the verb in its clause, the payee no defendant): 为拖延催讨，甲于同年7月至9月分三次向被害单位支付货款
    共计24100元 is money a contract fraud's defendant paid for the goods he took, deducted from the amount like
    money paid back, no money the victim moved. The payer is a defendant named before 向 in its clause, or the
    subject its sentence names (:func:`_subject`), with none of :data:`_MADE_TO_PAY_RE` between (被告人甲让被害人
    乙向丙转账5000元: the victim pays)."""
    if d.cue not in _PAY_CUES or not d.cue_before:
        return False
    text = layout.text
    if _PAID_FOR_RE.match(text, d.end):
        return False
    c_start, _ = layout.clause(d.start)
    verb = text.rfind(d.cue, c_start, d.start)
    to = text.rfind("向", c_start, verb) if verb >= 0 else -1
    if to < 0 or _PAYEE_SELF_RE.match(text, to + 1):
        return False
    mentions = named or cut
    if any(to < p < verb for p, _ in mentions):
        return False  # 向被告人甲转账: paid to a defendant
    s_start, _ = layout.sentence(d.start)
    payers = [p for p, n in mentions if s_start <= p and p + len(n) <= to and not _as_object(text, p)]
    if named and not payers:
        who = _subject(text, layout, named, to)
        payers = [p for p, n in named if n == who and s_start <= p < to]
    return bool(payers) and not _MADE_TO_PAY_RE.search(text, payers[-1], to)


def _charge_row(charge: str | None, lex: _Lex) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(roles, means, fallback) of the first row of ``amount_charge_roles.tsv`` whose word is in ``charge``;
    empty without one."""
    if charge:
        for word, roles, means, fallback in lex.charge_roles:
            if word in charge:
                return roles, means, fallback
    return frozenset(), frozenset(), frozenset()


def _means_of_act(
    d: _Draft, counted: frozenset[str], cues: list[tuple[int, int, str]], cue_starts: list[int],
    layout: _Layout, lex: _Lex,
) -> tuple[str, str | None, bool]:
    """The role of ``d``, money moved by a means of the charge's act (a bribery's transfer): the act's, where
    a cue of an act the charge counts (``counted``) stands before it in its sentence (甲先后七次给予乙财物，其中…
    通过银行转账向乙指定的账户支付30万元; 收受丙所送现金及微信转账共计9万元: how the bribe was paid, no other
    money), or in the heading of the list it is an item of (给予乙财物，具体如下：…2．以“借款”名义向乙转账10万元；
    :func:`_list_item`); else its own."""
    s_start, _ = layout.sentence(d.start)
    told = [(s_start, d.start)]
    item = _list_item(layout, lex, d.start)
    if item is not None:
        told.append((layout.sentence(item[2] - 1)[0], item[2]))
    for lo, hi in told:
        for cs, ce, word in reversed(_cues_between(cues, cue_starts, lo, hi)):
            cue = lex.cues[word]
            if cue.role in _ACT_ROLES and cue.role in counted and cue.side != "after":
                return cue.role, word, True
    return d.role, d.cue, d.cue_before


def _closes_list(layout: _Layout, lex: _Lex, pos: int) -> tuple[int, int, int] | None:
    """The last item of the list (:func:`_list_item`) right before the sentence of ``pos``, where that
    sentence opens pointing back (以上共计人民币39.5万元。 after the items of …具体如下：); else None."""
    s_start, _ = layout.sentence(pos)
    if s_start == 0 or not lex.recap_re.match(layout.text, s_start):
        return None
    return _list_item(layout, lex, s_start - 1)


def _inside(drafts: Sequence[_Draft], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and drafts[k].start <= pos < drafts[k].end


def _restatements(
    drafts: Sequence[_Draft], layout: _Layout, upstream: Collection[str] = ()
) -> tuple[set[int], set[int]]:
    """Indexes of the amounts that restate money counted elsewhere, and of those that tell money counted
    before passed on (:func:`_moved_on`). ``upstream`` are the charge's fallback roles
    (``amount_charge_roles.tsv``): money moved on right after an amount of one is no part of it but the
    charge's act (掩饰、隐瞒: 被害人乙…被骗人民币39,400元，该款…转入…后，由甲取现人民币37,400元 is what 甲
    laundered).

    What was counted so far is kept per part and paragraph as it grows, so that a long text (a 5 MB file) costs
    time in proportion to its amounts, not to their square."""
    out: set[int] = set()
    moved: set[int] = set()
    crime = [d.role in CRIME_ROLES for d in drafts]
    court_has_own = any(c and d.part == "facts" for d, c in zip(drafts, crime))
    main_part = "facts" if court_has_own else "prosecution"
    main_values: dict[Decimal, set[str]] = {}
    for d, c in zip(drafts, crime):
        if c and d.part == main_part:
            main_values.setdefault(d.amount, set()).add(d.role)
    # crime amounts counted so far (not totals, not restated), per part: how many, their sum, their values
    # (with the roles told of each), and their values per paragraph
    n_counted: dict[str, int] = {}
    sums: dict[str, Decimal] = {}
    values: dict[str, dict[Decimal, set[str]]] = {}
    para_values: dict[tuple[str, int], dict[Decimal, set[str]]] = {}
    # the largest crime amount so far per paragraph that is not restated, totals too (总计人民币35万元)
    taken_max: dict[int, Decimal] = {}
    last_role: dict[int, str] = {}  # the role of the last crime amount so far per paragraph
    portions = _portions(drafts, layout) | _told_again(drafts, layout.text) | _among(drafts, layout)
    for k, d in enumerate(drafts):
        if d.part not in _FACT_PARTS or (d.part == "prosecution" and court_has_own) or k in portions:
            out.add(k)
            continue
        if k in out:
            continue  # a part of a restated total's details (below)
        paragraph = layout.paragraph(d.start)[0]
        before_role = last_role.get(paragraph)
        if crime[k]:
            last_role[paragraph] = d.role
        n = n_counted.get(d.part, 0)
        sums_up = n >= 2 and _close(d.amount, sums[d.part])
        if crime[k] and d.is_total and sums_up and (details := _restated_details(drafts, k, crime, layout)):
            # 以上三起合计价值人民币29,000元，其中现金2.3万元，物品价值6000元: a total of what was counted, broken down
            # again after 其中: the total and its breakdown both restate the amounts counted
            out.update((k, *details))
            continue
        if crime[k] and d.part == "extra" and _left_of(d, drafts[:k], main_values, layout):
            out.add(k)
            continue
        if d.backref:
            if (
                (d.part == "extra" and _repeats(d, main_values))
                or _repeats(d, para_values.get((d.part, paragraph), {}))
                or (d.backref == "part" and _repeats(d, values.get(d.part, {})))
                or sums_up
            ):
                out.add(k)
                continue
        if crime[k] and not d.is_total:
            if before_role not in upstream and _moved_on(
                    d, drafts[k - 1] if k else None, k - 1 in out or k - 1 in moved, taken_max.get(paragraph),
                    layout):
                moved.add(k)
                continue
            n_counted[d.part] = n_counted.get(d.part, 0) + 1
            sums[d.part] = sums.get(d.part, Decimal(0)) + d.amount
            values.setdefault(d.part, {}).setdefault(d.amount, set()).add(d.role)
            para_values.setdefault((d.part, paragraph), {}).setdefault(d.amount, set()).add(d.role)
        if crime[k]:
            taken_max[paragraph] = max(taken_max.get(paragraph, d.amount), d.amount)
    return out, moved


def _left_of(
    d: _Draft, before: Sequence[_Draft], main_values: dict[Decimal, set[str]], layout: _Layout
) -> bool:
    """Whether ``d``, of a further finding (另查明), is what is left of a crime amount of the main facts once
    money paid back, told before it in its paragraph, is taken off: 透支本金共计86,327.45元 … 另查明，…归还人民币
    4万元；尚欠透支本金人民币46,327.45元 tells the 86,327.45元 again, less what came back after it (exact figures
    only: the arithmetic is the evidence; a net amount of the main facts themselves is
    :func:`_net_of_repaid`'s)."""
    if d.qualifier != "exact":
        return False
    paragraph = layout.paragraph(d.start)
    return any(
        r.role in ("restitution", "compensation") and r.qualifier == "exact" and r.currency == d.currency
        and layout.paragraph(r.start) == paragraph and (d.amount + r.amount) in main_values
        for r in before
    )


def _repeats(d: _Draft, told: dict[Decimal, set[str]]) -> bool:
    """Whether ``d``, introduced by a back-reference, repeats an amount ``told`` before (its value, and the
    roles told of it): one of equal value, unless ``d`` is the value of goods and each amount of that value
    was money taken itself. 窃得现金2300元及手机一部。经价格认定，被盗手机价值2300元 tells two things of 2300元
    each; 所盗现金2300元已发还 and 上述2300元 tell the cash again."""
    roles = told.get(d.amount)
    return roles is not None and (d.role != "value" or not roles <= _ACT_ROLES)


# the opening of a bracket that holds an amount alone, with a word that says it is the same sum (即, 大写)
_AGAIN_OPEN_RE = re.compile(r"\s*[（(]\s*(?:即|大写|小写|人民币|[：:]|\s)*")
_AGAIN_CLOSE_RE = re.compile(r"\s*[)）]")


def _told_again(drafts: Sequence[_Draft], text: str) -> set[int]:
    """Indexes of the amounts that only write the amount right before them again, in other numerals or units,
    in a bracket that holds nothing else: 尚有集资款人民币12,368,000元（一千二百三十六万八千元）未归还 and
    共计人民币23,865,000元（即2386.5万元） each tell one sum. (A bracket that converts another currency,
    卢布8000元（折合人民币780元）, is no such amount: its value differs.)"""
    return {
        k for k in range(1, len(drafts))
        if drafts[k].amount == drafts[k - 1].amount and drafts[k].currency == drafts[k - 1].currency
        and _AGAIN_OPEN_RE.fullmatch(text, drafts[k - 1].end, drafts[k].start)
        and _AGAIN_CLOSE_RE.match(text, drafts[k].end)
    }


def _portions(drafts: Sequence[_Draft], layout: _Layout) -> set[int]:
    """Indexes of the amounts split off money told just before (``amount_scope.tsv``'s ``portion``, and the
    ``rest`` after it in its sentence): …将人民币20万元转入乙的账户。当日，乙将其中15万元转给甲，余款5万元归其
    所有 tells 20万元 once. The whole is the amount right before the first of them, in its sentence or the one
    before in its paragraph, and holds them all. Only a part that could count is marked (what was paid back of
    it, 将其中50万元归还, is money paid, no repeat of money taken); a part told as an act (据为己有) is the crime's
    own money where the whole was no money taken: 收取货款10万元，将其中5万元据为己有 (职务侵占) keeps the 5万元."""
    lex = _lex()
    text = layout.text
    out: set[int] = set()
    k = 0
    while k < len(drafts):
        d = drafts[k]
        c_start, _ = layout.clause(d.start)
        if k == 0 or not lex.portion_re.search(text, c_start, d.start):
            k += 1
            continue
        whole = drafts[k - 1]
        s_start, s_end = layout.sentence(d.start)
        p_start, _ = layout.paragraph(d.start)
        before = layout.sentence(s_start - 1)[0] if s_start > p_start else s_start
        split = [k]  # the portion and the rest after it in its sentence
        for i in range(k + 1, len(drafts)):
            x = drafts[i]
            if x.start >= s_end:
                break
            if lex.rest_re.search(text, layout.clause(x.start)[0], x.start):
                split.append(i)
        if (whole.start >= max(before, p_start) and whole.part == d.part
                and sum((drafts[i].amount for i in split), Decimal(0)) <= whole.amount + _CENT):
            out.update(i for i in split if drafts[i].role in CRIME_ROLES
                       and (whole.role in _ACT_ROLES or drafts[i].role not in _ACT_ROLES))
        k = split[-1] + 1
    return out


def _among(drafts: Sequence[_Draft], layout: _Layout) -> set[int]:
    """Indexes of the crime amounts after a word that points back at money among which they are
    (``amount_scope.tsv``'s ``among``: 经查，上述款项中包括被害人乙被骗的人民币30,000元、被害人丙被骗的人民币
    21,350元), to the end of its sentence (its 。): parts of that money, no more of it, where they add up to no
    more than a crime amount of their part told before the word in its paragraph (the 共计人民币61,350元 the
    defendant received)."""
    lex = _lex()
    text = layout.text
    starts = [d.start for d in drafts]
    out: set[int] = set()
    for m in lex.among_re.finditer(text):
        end = min(i for i in (text.find("。", m.end()), text.find("\n", m.end()), len(text)) if i != -1)
        p_start, _ = layout.paragraph(m.start())
        lo, mid, hi = (bisect.bisect_left(starts, x) for x in (p_start, m.start(), end))
        parts = [i for i in range(mid, hi) if drafts[i].role in CRIME_ROLES]
        if not parts:
            continue
        part = drafts[parts[0]].part
        wholes = [d.amount for d in drafts[lo:mid] if d.role in CRIME_ROLES and d.part == part]
        if wholes and sum((drafts[i].amount for i in parts), Decimal(0)) <= max(wholes) + _CENT:
            out.update(parts)
    return out


def _restated_details(drafts: Sequence[_Draft], k: int, crime: list[bool], layout: _Layout) -> list[int]:
    """The indexes of the amounts after total ``k`` that break it down: the crime amounts of its part in the
    sentence of the details word right after it (其中, 包括, 具体如下 …), all of them or some (其中现金2.3万元
    alone); [] where no details follow or the amounts there add up to more than the total (then they are no
    breakdown of it)."""
    d = drafts[k]
    lex = _lex()
    if not _details_follow(d.end, layout, lex):
        return []
    m = lex.details_re.search(layout.text, d.end)
    limit = layout.sentence(m.start())[1] if m else d.end
    running = Decimal(0)
    run: list[int] = []
    for i in range(k + 1, len(drafts)):
        x = drafts[i]
        if x.start >= limit or x.part != d.part:
            break
        if crime[i] and not x.is_total:
            running += x.amount
            run.append(i)
    return run if running <= d.amount + _CENT else []


# money passed on after it was taken (后该笔款项又通过网络转账分别转入…各人民币20250元): not more money
_MOVED_ON_RE = re.compile(r"转入|转至|转到|汇入|转出|提取|取现")
_THAT_MONEY_RE = re.compile(r"该(?:笔)?(?:款项?|钱款|赃款)|上述(?:款项|钱款|赃款)")


def _moved_on(d: _Draft, prev: _Draft | None, prev_restated: bool, taken_max: Decimal | None, layout: _Layout) -> bool:
    """Whether ``d`` is a part of money counted before in its paragraph, passed on: its sentence refers back to that
    money (该笔款项) and moves it on, for less than it (``taken_max``: the largest crime amount taken before in the
    paragraph); or it goes on with such a list in its sentence."""
    s_start, _ = layout.sentence(d.start)
    _, c_end = layout.clause(d.start)
    if not _MOVED_ON_RE.search(layout.text, s_start, c_end):
        return False
    if prev is not None and prev_restated and prev.start >= s_start:
        return True  # …各人民币20250元，向户名为王某的银行卡中转入人民币8569元
    if not _THAT_MONEY_RE.search(layout.text, s_start, d.start):
        return False
    return taken_max is not None and d.amount < taken_max


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) < _CENT


def amount_charge(convicted: Sequence[str]) -> str | None:
    """The charge whose roles make up a judgment's crime amount, of the charges ``convicted`` in order: the first, or,
    where only one of them is amount-based, that one (盗窃罪 beside 故意杀人罪: the things taken are its amount).

    >>> amount_charge(["故意杀人罪", "盗窃罪"]), amount_charge(["诈骗罪", "盗窃罪"]), amount_charge(["故意杀人罪"])
    ('盗窃罪', '诈骗罪', '故意杀人罪')
    """
    based = list(dict.fromkeys(c for c in convicted if counted_roles(c)))
    return based[0] if len(based) == 1 else (convicted[0] if convicted else None)


def named_crime_amount(text: str, start: int) -> bool:
    """Whether ``text`` names the amount at ``start`` the crime's amount right before it, in its clause
    (``amount_scope.tsv``'s ``named``: 被告人甲诈骗数额为人民币188000元).

    >>> t = "被告人甲诈骗数额为人民币188000元，属数额巨大。被害人乙另借款40000元。"
    >>> named_crime_amount(t, t.index("188000")), named_crime_amount(t, t.index("40000"))
    (True, False)
    """
    return _lex().named_re.search(text, max(0, start - 16), start) is not None


def counted_roles(charge: str | None, text: str = "") -> frozenset[str]:
    """The roles that make up the crime amount of ``charge`` (a charge name such as 盗窃罪).

    Without a charge the roles are those of any amount-based charge; ``transfer``
    (money the victim paid or transferred) joins them unless the text's theft words
    outnumber its fraud words.

    >>> sorted(counted_roles("盗窃罪"))
    ['stolen', 'value']
    >>> counted_roles("危险驾驶罪")  # not amount-based
    frozenset()
    >>> "transfer" in counted_roles(None, "被告人骗取被害人信任，被害人转账5000元")
    True
    >>> "transfer" in counted_roles(None, "被告人盗窃被害人手机后，用其微信转账5000元")
    False
    """
    lex = _lex()
    if charge:
        return _charge_row(charge, lex)[0]  # empty: not an amount-based charge
    fraud = theft = 0
    for m in lex.cue_re.finditer(text):
        role = lex.cues[m.group()].role
        fraud += role in _FRAUD_ROLES
        theft += role == "stolen"
    return _DEFAULT_ROLES if theft > fraud else _DEFAULT_ROLES | {"transfer"}


def total_crime_amount(
    text: str, *, charge: str | None = None, names: Sequence[str] = (), without: Collection[str] = ()
) -> Decimal | None:
    """The total crime amount of a document (or of its fact section alone), in yuan.

    ``charge`` (a charge name such as 盗窃罪) chooses the roles that count
    (``amount_charge_roles.tsv``; its fallback roles where none of those is stated); a charge that is not
    amount-based gives None.
    Without a charge the roles are inferred from the text (:func:`counted_roles`).
    ``names`` are the defendants' names where the caller knows them (as for
    :func:`extract_amounts`); an amount the text tells of a defendant named in
    ``without`` (one not convicted of ``charge``) does not count: one defendant's
    帮助信息网络犯罪活动 turnover is no money the other laundered.  Returns None when
    the text states no amount of a counted role.

    >>> total_crime_amount("经审理查明，被告人甲先后骗取乙共计人民币1.8万元，其中："
    ...                    "1、骗取乙8000元。2、骗取乙1万元。")
    Decimal('18000')
    >>> total_crime_amount("被告人甲盗窃手机一部，经鉴定价值2000元。"
    ...                    "被告人已赔偿被害人损失2000元，并处罚金3000元。")
    Decimal('2000')
    >>> total_crime_amount("被告人甲因犯盗窃罪被判处有期徒刑一年，并处罚金人民币2000元。") is None
    True
    """
    roles = counted_roles(charge, text)
    if not roles:
        return None
    found = extract_amounts(text, charge=charge, names=names)
    layout = _Layout.of(text)
    lex = _lex()
    fallback = _charge_row(charge, lex)[2]
    cny = [
        a for a in found
        if a.currency == "CNY" and a.qualifier != "range"  # 3800元至69800元不等
        and a.defendant not in without
        # a rate is no part of any sum, wherever the total is told (…按每天人民币200元支付报酬。至…，共计抽头渔利人民币
        # 24300元: the wage rate is no money of the take)
        and not a.is_per_unit
    ]
    for role_set in (roles, *([fallback] if fallback else []), *_FALLBACK_ROLES):
        pool = [a for a in cny if a.role in role_set and not a.is_restatement]
        pool += _taken_on(cny, role_set, pool)
        pool, superseded = _net_of_repaid(pool, cny, layout, lex)
        if not pool:  # only restated (e.g. only in the prosecutor's conclusion)
            pool = [a for a in cny if a.role in role_set and a.part in ("opinion", "reasoning")]
            pool = _one_part(pool)
        pool = _without_stakes_beside_rake(_without_gains_beside_total(_without_asked(pool, layout)))
        pool = _without_attempts(pool, layout, found)
        if pool:
            # the totals the text states of these roles but restates (以上共计盗窃12起，涉案财物价值共计106500元 after
            # the counts): no part of the sum, still the whole a defendant's own total after them is a part of
            stated = [a for a in cny if a.role in role_set and a.is_total and a.is_restatement]
            return _sum_with_totals(pool, layout, lex, superseded, stated, _repaid(cny))
    return None


# money asked for, not yet paid, in its clause right before the amount: a demand under a threat (若乙不支付30万元，即…;
# 如不给5万元就…; 要求乙支付5万元, not 按要求/按该局要求, which tell a payment made as asked), or a sum agreed (乙同意支付
# 20万元; 答应给付, not 经同意, which tells leave given)
_PAY = r"(?:支付|给付|交付|缴纳|交纳|转账|转款|汇款|打款|赔偿|拿出|交出|付|给|交|缴|转)"
_DEMANDED_RE = re.compile(
    rf"(?:(?:(?:若|如果|倘若|假如|要是)[^，,。；;]{{0,12}}?|如)不(?:肯|愿意?|按时)?{_PAY}"
    rf"|(?<![按应依据照的其])要求[^，,。；;]{{0,12}}?{_PAY})[^，,。；;]{{0,10}}$"
)
# a payment made as asked (按该局要求另行支付赔偿金…, 按照被告人的要求将…转入): no demand
_AS_ASKED_RE = re.compile(r"(?:按照?|依照?|根据|遵照|应)[^，,。；;]{0,8}要求$")
_AGREED_RE = re.compile(rf"(?<!经)(?:同意|答应|承诺|允诺)[^，,。；;]{{0,6}}?{_PAY}[^，,。；;]{{0,10}}$")


# a payment told as another act, after the sum asked for: 要求被害人交纳订金2000元，后又以…为由，又让被害人转款1000元
_ANOTHER_ACT_RE = re.compile(r"又|另|再次")


def _asked(a: AmountFound, layout: _Layout) -> str | None:
    """``demanded`` or ``agreed`` where ``a`` is a sum asked for or promised (:data:`_DEMANDED_RE`,
    :data:`_AGREED_RE`), not a total; else None."""
    if a.is_total:
        return None
    c_start, _ = layout.clause(a.start)
    demand = _DEMANDED_RE.search(layout.text, c_start, a.start)
    as_asked = demand is not None and demand[0].startswith("要求") and _AS_ASKED_RE.search(
        layout.text, c_start, demand.start() + 2) is not None
    if demand and not as_asked:
        return "demanded"
    if _AGREED_RE.search(layout.text, c_start, a.start):
        return "agreed"
    return None


def _without_asked(pool: list[AmountFound], layout: _Layout) -> list[AmountFound]:
    """The pool without the sums asked for or promised (:func:`_asked`) that the next amount of the pool after
    their clause answers: no larger, with a cue of its own (支付, 转账), in their paragraph, count and part,
    before another demand or act (又, 另): 声称若乙不支付30万元即…。经讨价还价，乙同意支付20万元。…乙向甲转账
    20万元 is 20万元 taken, once (a demand not met is no money obtained; the sum agreed and the sum paid are
    one). A demand nothing after it answers (未遂) still counts."""
    items = sorted(pool, key=lambda a: a.start)
    kinds = [_asked(a, layout) for a in items]
    dropped: set[int] = set()
    for i, a in enumerate(items):
        if kinds[i] is None:
            continue
        paragraph = layout.paragraph(a.start)
        _, c_end = layout.clause(a.start)
        for j in range(i + 1, len(items)):
            b = items[j]
            if (kinds[j] == "demanded" or layout.paragraph(b.start) != paragraph
                    or b.count_index != a.count_index or b.part != a.part
                    or _ANOTHER_ACT_RE.search(layout.text, a.end, b.start)):
                break  # another demand, another act (又让被害人转款1000元), paragraph or count
            if b.start < c_end:
                continue  # a list in its clause (交纳保证金2000元、手续费1000元): asked as well
            b_end = layout.clause(b.start)[1]
            answers = b.cue is not None and layout.text.find(b.cue, a.end, b_end) >= 0
            if answers and b.amount_yuan <= a.amount_yuan + _CENT:
                dropped.add(id(a))
            break
    return [a for a in pool if id(a) not in dropped]


# an attempt (诈骗未遂, 此起系犯罪未遂, 因…未得逞), not a completed act (既遂)
_ATTEMPT_RE = re.compile(r"(?<!既)未遂|未得逞")


def _attempted(a: AmountFound, layout: _Layout, amounts: Sequence[AmountFound]) -> bool:
    """Whether ``a`` is the sum of an attempt: :data:`_ATTEMPT_RE` in its phrase or the phrase before it,
    after the amount before it (另诈骗未遂一起，数额人民币20000元), or after it in its sentence where no amount
    follows there (…欲向乙提供的账户转账人民币20000元，因银行工作人员劝阻而未转出，此起系犯罪未遂); words in
    parentheses left out (盗窃五次（其中一次未遂），价值共计…)."""
    text = layout.text
    s_start, s_end = layout.sentence(a.start)
    before = max([s_start, *(x.end for x in amounts if x.end <= a.start)])
    after = min([s_end, *(x.start for x in amounts if x.start >= a.end)])
    p_start, _ = layout.phrase(a.start)
    lo = max(before, layout.phrase(p_start - 1)[0] if p_start > s_start else p_start)
    told = text[lo : a.start] + (text[a.end : after] if after == s_end else "")
    return _ATTEMPT_RE.search(_PAREN_RE.sub("", told)) is not None


def _without_attempts(
    pool: list[AmountFound], layout: _Layout, amounts: Sequence[AmountFound]
) -> list[AmountFound]:
    """The pool without the sums of attempts (:func:`_attempted`; ``amounts``: all the text's) where it holds
    a completed one: an attempt's sum and the money taken are never added up (诈骗解释 第六条, 盗窃解释
    第十二条: where an act is completed and another attempted, the heavier of the two punishes), and the court
    states them apart (综上，被告人甲诈骗既遂十五起，骗得钱款共计人民币336550元，另诈骗未遂一起，数额人民币
    20000元: 336550). An attempt alone still counts."""
    attempts = {id(a) for a in pool if _attempted(a, layout, amounts)}
    if len(attempts) == len(pool):
        return pool
    return [a for a in pool if id(a) not in attempts]


def _without_gains_beside_total(pool: list[AmountFound]) -> list[AmountFound]:
    """The pool without its gains where it holds a stated total of another role: the defendant's profit (累计取现
    614000元，从中获利12280元; 共计获利1800元 … 共计价值12600元) is no part of the money laundered that total states, even
    where its own sentence calls it 共计 (gains count for 掩饰、隐瞒 where they are the 犯罪所得 laundered)."""
    if any(a.is_total and a.role != "gains" for a in pool):
        return [a for a in pool if a.role != "gains"]
    return pool


def _without_stakes_beside_rake(pool: list[AmountFound]) -> list[AmountFound]:
    """The pool without its stakes (``gambling``: 赌资, 投注) where it holds the house's take (``rake``: 抽头渔利):
    two measures of the same gambling, each with figures of its own in the law (赌博解释 第一条: 抽头渔利5000元 or 赌资5万元;
    网络赌博意见: 3万元 or 30万元), so never one sum (参赌人员赌资共计31万元，从中抽头渔利2.8万元 is 2.8万元). The take is
    the one the charges' amount tables are of (``law/charges.yaml``: 抽头渔利数额, 赌资 a variant); the stakes count
    where no take is stated (a bookmaker's 接受投注10万余元)."""
    if any(a.role == "rake" for a in pool):
        return [a for a in pool if a.role != "gambling"]
    return pool


def _taken_on(cny: list[AmountFound], role_set: frozenset[str], pool: list[AmountFound]) -> list[AmountFound]:
    """Restatements that are the crime itself: 收取货款641900元，后将该641900元转入其控制的账户 (挪用) restates money first
    named in a role this charge does not count, and the charge's act is the restatement's."""
    counted = {a.amount_yuan for a in pool}
    return [
        a for a in cny
        if a.is_restatement and a.role in role_set and a.amount_yuan not in counted
        and any(b.amount_yuan == a.amount_yuan and b.start < a.start and b.part == a.part and b.role not in role_set
                and not b.is_restatement for b in cny)
    ]


def _told_net(d: AmountFound, layout: _Layout, lex: _Lex, repaid: Sequence[AmountFound] = ()) -> bool:
    """Whether ``d`` is told as what remains: 实际 before it in its clause, or its sentence opening 扣除…，; or the
    text names it the crime's amount (``named``: 数额为) right after a deduction in its sentence, a phrase that
    holds money paid back (of ``repaid``) or opens 扣除 (…案发前已返还人民币170,000元，集资诈骗数额为人民币850,000元;
    …扣除案发前已返还的部分，集资诈骗数额为人民币85万元)."""
    text = layout.text
    c_start, _ = layout.clause(d.start)
    s_start, _ = layout.sentence(d.start)
    deducted = _DEDUCTED_RE.match(text, s_start)
    if lex.net_re.search(text, c_start, d.start) is not None or (deducted and deducted.end() <= d.start):
        return True
    p_start, _ = layout.phrase(d.start)
    if p_start <= s_start or not lex.named_re.search(text, c_start, d.start):
        return False
    before, _ = layout.phrase(p_start - 1)  # the phrase right before its own, in its sentence
    return (_DEDUCTED_RE.match(text, before) is not None
            or any(before <= r.start < p_start for r in repaid))


def _net_of_repaid(
    pool: list[AmountFound], cny: list[AmountFound], layout: _Layout, lex: _Lex
) -> tuple[list[AmountFound], set[int]]:
    """The pool without a gross amount that the facts then reduce by what was paid back, to an amount of the pool
    later in the same paragraph (or in the same part, where it is told as what remains: 非法集资412.6万元 …返还96.4万
    元 … 扣除…，实际骗取316.2万元): 贷款金额为223000元 … 仅归还银行贷款计22800元 … 骗取银行贷款200200元 counts 200200 once,
    not with the loan it is the rest of (exact figures only: the arithmetic is the evidence).  A gross that is
    a total stays, with its id in the set returned: it must still cover the counts it sums (骗取四名被害人钱款合计23.3万元，
    已退还共计3.2万元，实际诈骗数额为20.1万元 after the four counts), and counts nothing itself.  So does a gross told
    as the whole (:func:`_told_as_whole`) that two or more amounts of its part before it add up to, though no
    total word stands right before it: 综上，被告人甲共计向23名集资参与人非法集资人民币1,020,000元，案发前已返还人民币
    170,000元，集资诈骗数额为人民币850,000元 after counts of 300,000, 200,000 and 520,000 is 850,000, not the counts
    and the net."""
    exact: dict[Decimal, list[AmountFound]] = {}
    for a in pool:
        if a.qualifier == "exact":
            exact.setdefault(a.amount_yuan, []).append(a)
    repaid = _repaid(cny)
    gross = {
        id(a) for found in exact.values() for a in found for r in repaid if a.start < r.start
        for d in exact.get(a.amount_yuan - r.amount_yuan, ())
        if r.start < d.start and a.part == d.part
        and (layout.paragraph(a.start) == layout.paragraph(d.start) or _told_net(d, layout, lex, repaid))
    }
    superseded = {id(a) for a in pool if id(a) in gross and a.is_total}
    kept: list[AmountFound] = []
    for a in pool:
        if id(a) in gross and not a.is_total:
            before = [x for x in pool if x.start < a.start and x.part == a.part and id(x) not in gross]
            if not (len(before) >= 2 and _told_as_whole(a, layout, lex)
                    and _close(_sum_with_totals(before, layout, lex, repaid=repaid), a.amount_yuan)):
                continue
            a = replace(a, is_total=True)  # the sum of the counts: a total, which the net stands for
            superseded.add(id(a))
        kept.append(a)
    return kept, superseded


def _repaid(cny: Sequence[AmountFound]) -> list[AmountFound]:
    """The money paid back among ``cny`` (restitution, compensation)."""
    return [r for r in cny if r.role in ("restitution", "compensation")]


def _told_as_whole(a: AmountFound, layout: _Layout, lex: _Lex) -> bool:
    """Whether ``a`` is told as the whole of the acts: a total word before it in its phrase (共计向23名集资参与人
    非法集资…, however far), or its sentence opening pointing back at them or summing them up (综上，…; 以上…)."""
    p_start, _ = layout.phrase(a.start)
    return (lex.total_re.search(layout.text, p_start, a.start) is not None
            or lex.recap_re.match(layout.text, _recap_sentence_start(layout.text, a.start)) is not None)


def _one_part(pool: list[AmountFound]) -> list[AmountFound]:
    parts = {a.part for a in pool}
    if len(parts) <= 1:
        return pool
    first = "opinion" if "opinion" in parts else sorted(parts)[0]
    return [a for a in pool if a.part == first]


def _sums_up(a: AmountFound, prev: AmountFound | None, layout: _Layout, lex: _Lex) -> bool:
    """Whether ``a`` is the one amount of a summing-up sentence that runs over ；(综上，被告人甲强奸18名妇女…；甲实施盗窃3
    起，窃得财物共计4200余元。), as :func:`extract_amounts` reads it a total."""
    o_start = layout.skip_space(layout.text.rfind("。", 0, a.start) + 1)
    return (prev is None or prev.end <= o_start) and lex.summary_re.match(layout.text, o_start) is not None


def _sum_with_totals(
    pool: Sequence[AmountFound], layout: _Layout, lex: _Lex, superseded: Collection[int] = (),
    stated: Sequence[AmountFound] = (), repaid: Sequence[AmountFound] = (),
) -> Decimal:
    """Sum the amounts, letting every stated total stand for its parts; a total whose id is in
    ``superseded`` still covers its parts but counts nothing itself (:func:`_net_of_repaid`). ``stated`` are
    totals outside the pool (restated: their parts are counted instead) that a defendant's own total after
    them is still a part of (:func:`_own_total`). ``repaid``: the money paid back, which an amount told as
    what remains may follow (:func:`_told_net`)."""
    items = sorted(pool, key=lambda a: a.start)
    n = len(items)
    absorbed = [False] * n
    value = [a.amount_yuan for a in items]
    text = layout.text
    wholes = [*items, *stated]
    names = {n for x in wholes for n in (x.defendant, *x.named) if n}
    # 以上被告人甲共计盗窃四次，窃得财物价值人民币8750元: totals of the acts just told (:func:`_counts_acts`)
    # (以上共计人民币39.5万元。 closing the items of a list: :func:`_closes_list`)
    nets = [_told_net(a, layout, lex, repaid) for a in items]
    recaps = [a.is_total and (_counts_acts(layout, lex, a.start) == "recap"
                              or _closes_list(layout, lex, a.start) is not None) for a in items]
    for k, b in enumerate(items):
        # 共计人民币126000元，被告人乙参与诈骗金额人民币38500元: one participant's share of a total before it, whether
        # that total or its counts are summed (综上…共计人民币436,300元。其中，被告人乙参与第3、5、6、8起，诈骗金额…),
        # or of another's total he took part in (甲…取现共计156300元。…乙…陪同甲…取现，参与取现金额…15000元)
        if (_share_of_total(b, wholes, layout, lex) or _own_total(b, wholes, names, layout, lex)
                or _share_of_partner(b, wholes, layout, lex) or _share_of_unit(b, wholes, layout, lex)
                or _share_again(b, [x for j, x in enumerate(items[:k]) if absorbed[j]], layout, lex)):
            absorbed[k] = True
    # 综上，被告人甲参与盗窃四起，…共计13,820元；被告人乙参与第一、二、四起，…11,670元: own totals, no total of all
    for k in _shares_of_counts(items, absorbed, layout, lex, names, superseded, stated, repaid):
        absorbed[k] = True
    covers = [False] * n  # a total that took in parts before it
    for t, a in enumerate(items):
        if absorbed[t]:
            continue  # a part already covered by a total covers nothing itself
        s_start, s_end = layout.sentence(a.start)
        if nets[t]:
            # 实际骗取15.2万元 (or 扣除已交付布料价值，骗取货款计38.52万元) replaces what its paragraph stated before,
            # back to the net of a count before it (1、骗取乙10万元，已归还2万元，诈骗数额为8万元；2、骗取丙6万元，
            # 已归还1万元，诈骗数额为5万元: 13万元), unless it is their total; a net total of a summing-up replaces
            # every amount of its part before it, as any total of one does (综上，…合同货款共计496500元，已支付及案发前
            # 归还共计120000元，实际骗取财物价值共计376500元, after counts told paragraph by paragraph)
            paragraph = layout.paragraph(a.start)
            summing_up = a.is_total and lex.summary_re.search(text, s_start, a.start) is not None
            for k in range(t - 1, -1, -1):
                if summing_up:
                    covers[t] = covers[t] or not absorbed[k] and items[k].part == a.part
                    absorbed[k] = absorbed[k] or items[k].part == a.part
                    continue
                if layout.paragraph(items[k].start) != paragraph or (nets[k] and not a.is_total):
                    break
                absorbed[k] = True
            continue
        if not a.is_total:
            continue
        if any(items[k].is_total and items[k].start >= s_start
               and lex.details_re.search(text, items[k].end, a.start) for k in range(t)):
            # 受贿共计2.68万元，其中三次索贿共计2.4万元: a total after 其中 is a part of the total before it
            absorbed[t] = True
            continue
        parts: list[int] = []
        summed = (
            lex.summary_re.search(text, s_start, a.start) is not None
            or _sums_up(a, items[t - 1] if t else None, layout, lex)
        )
        recapping = recaps[t] and not _details_follow(a.end, layout, lex)
        if summed:
            parts = [k for k in range(t) if not absorbed[k] and items[k].part == a.part]
        elif recapping:
            parts = (_exact_run(items, value, absorbed, t, range(t - 1, -1, -1))
                     or _recapped(items, value, absorbed, recaps, t))
        elif _opens_details(a, layout, lex):
            running = Decimal(0)
            for k in range(t + 1, n):
                if absorbed[k] or items[k].part != a.part:
                    continue
                if running >= a.amount_yuan - _CENT or nets[k] or lex.recap_re.match(
                        text, _recap_sentence_start(text, items[k].start)):
                    # what remains is no detail (共计骗取102万元，其中案发前已返还17万元，实际骗取85万元), nor is a
                    # sentence that sums up the acts (集资共计52万元，其中乙投资8万元，丙投资6.5万元。综上，…集资
                    # 诈骗数额为850,000元 leaves the 850,000 to the summing-up)
                    break
                running += value[k]
                parts.append(k)
            if not parts and recaps[t]:
                # a recap whose 其中 parts what remains of it among the defendants (上述两起，…骗取的货物价值共计
                # 61400元，案发前已支付货款共计32000元，实际骗取数额共计29400元。其中，被告人甲参与两起…): it still
                # sums the acts told before it
                parts = (_exact_run(items, value, absorbed, t, range(t - 1, -1, -1))
                         or _recapped(items, value, absorbed, recaps, t))
        if not parts and not summed and not recapping:
            # no counted parts after 其中 (合计19320元，其中已追回并发还…13490元: the details are of another role, what
            # was returned of it): the total may still sum the counts before it
            parts = _exact_run(items, value, absorbed, t, range(t - 1, -1, -1))
            if not parts and a.role == "value":
                # 窃得香烟11条及现金380元，共计价值3719元: a value total covers its sentence
                before = [k for k in range(t) if not absorbed[k] and items[k].start >= s_start]
                if before and sum((value[k] for k in before), Decimal(0)) < a.amount_yuan:
                    parts = before
            if not parts and _STATES_TOTAL_RE.match(text, s_start, a.start):
                # 又抢走沈某某现金1500余元、手机一部。沈某抢劫财物共计价值3000余元。: a sentence that only states what
                # the act came to sums the amounts before it in its paragraph
                p_start, _ = layout.paragraph(a.start)
                before = [k for k in range(t) if not absorbed[k] and items[k].start >= p_start and items[k].part == a.part]
                if before and sum((value[k] for k in before), Decimal(0)) <= a.amount_yuan + _CENT:
                    parts = before
            if not parts:
                parts = _exact_run(items, value, absorbed, t, range(t + 1, n))
        if not parts and _share_of_counted(items, value, absorbed, t):
            absorbed[t] = True  # 韩金涛…抢劫作案2起，抢劫…共计价值78620元 after the whole 79960: a share, counted
            continue
        for k in parts:
            absorbed[k] = True
        covers[t] = bool(parts)
        parts_sum = sum((value[k] for k in parts), Decimal(0))
        if a.qualifier != "exact" and parts_sum > value[t]:
            value[t] = parts_sum  # 1600余元 stated, parts add up to 1625
    for t, a in enumerate(items):
        if absorbed[t] or not covers[t] or id(a) in superseded or not a.summing_up:
            continue  # (a gross total stands for nothing after it: the net it came to is told there)
        # 综上，…实际骗取财物价值共计人民币376500元。…上述期间甲向网络赌博平台充值的资金达人民币146000元: the
        # total of a summing-up that took in the acts before it is the court's own figure of its part; what
        # the part tells after it is that money again or what became of it (spent, passed on, a sum it is a
        # part of), no more of it, unless told as a further act (另, 又, 还, 再: :data:`_FURTHER_ACT_RE`)
        for k in range(t + 1, n):
            b = items[k]
            if absorbed[k] or b.part != a.part or nets[k]:
                continue
            s_start = layout.sentence(b.start)[0]
            told = max([s_start, *(x.end for x in items[:k] if x.end <= b.start)])
            if not _FURTHER_ACT_RE.search(text, told, b.start):
                absorbed[k] = True
    for t, a in enumerate(items):
        if id(a) in superseded:
            absorbed[t] = True  # a gross total the net after it stands for; its parts stay covered
    return sum((v for k, v in enumerate(value) if not absorbed[k]), Decimal(0))


# words that tell a further act between an amount and the amount or sentence start before it (…共计336550元，另诈骗未遂
# 一起，数额人民币20000元; 又盗窃…; 还参与…; 再次…), not the 还 of paying back (偿还借款, 归还, 还款) nor 另查明
_FURTHER_ACT_RE = re.compile(r"另(?!查明)|又|(?<![偿归退返发交价])还(?![款钱])|再(?!未)")
# a sentence opening 其中 (of a part of what the sentence before told)
_OF_ONE_RE = re.compile(r"\s*其中[，,：:]?")
# a share word after one of these tells another act, not a part of the total before (被告人乙还参与盗窃3000元)
_ANOTHER_RE = re.compile(r"[另又还再]$")


def _share_of_total(b: AmountFound, items: Sequence[AmountFound], layout: _Layout, lex: _Lex) -> bool:
    """Whether ``b`` is one participant's share (a share word before it in its clause: 参与, 个人实得) of a total of
    its part and count stated before it (of ``items``: those summed, and totals restated, whose counts are:
    综上，…共计人民币436,300元。其中，被告人乙参与第3、5、6、8起，诈骗金额人民币182,200元；…): in its sentence
    (共计人民币126000元，被告人乙参与诈骗金额人民币38500元), or, as long as the total is no smaller, in the
    sentence before it up to a 。 (抽头渔利共计人民币28600元。其间，被告人乙受雇负责记账，其参与期间抽头渔利人民币
    17200元: a part of the 28600, told of one defendant), where no 另, 又, 还 or 再 makes it another act (…共计
    5000元。被告人乙还参与盗窃3000元)."""
    text = layout.text
    c_start, _ = layout.clause(b.start)
    # (not 参与 of 集资参与人, a person: 实际骗取集资参与人人民币316.2万元 is no share)
    shares = [m for m in lex.share_re.finditer(text, c_start, b.start) if not text.startswith("人", m.end())]
    s_start, _ = layout.sentence(b.start)
    # 其中 opening its sentence, or the 。 sentence it goes on (其中，乙…；丙…) where no further act is told (丙另…)
    o_start = layout.skip_space(s_start)
    if not _OF_ONE_RE.match(text, o_start) and not _FURTHER_RE.search(text, s_start, b.start):
        o_start = layout.skip_space(_recap_sentence_start(text, b.start))
    if _OF_ONE_RE.match(text, o_start) and "被告人" in text[o_start : b.start]:
        # 吸收资金1286.5万元…。其中，被告人乙负责的业务团队…吸收资金357.8万元；被告人丙…吸收资金…: each defendant's part
        # of an amount before, in its paragraph, or in the paragraph before where 其中 opens its own
        p_start, _ = layout.paragraph(b.start)
        if o_start == layout.skip_space(p_start):
            while p_start > 0:  # (over blank lines)
                p_start, p_end = layout.paragraph(p_start - 1)
                if text[p_start:p_end].strip():
                    break
        return any(x.start >= p_start and x.start < o_start and x.part == b.part and x.role == b.role
                   and x.amount_yuan >= b.amount_yuan for x in items)
    if not shares:
        return False
    if any(x.is_total and s_start <= x.start < b.start for x in items):
        return True
    if _ANOTHER_RE.search(text, c_start, shares[-1].start()):
        return False
    period = text.rfind("。", 0, b.start)  # the 。 ending the sentence before
    before = text.rfind("。", 0, period) + 1 if period >= 0 else 0
    return any(
        x.is_total and before <= x.start < b.start and x.amount_yuan >= b.amount_yuan and x.part == b.part
        and x.count_index == b.count_index for x in items
    )


def _share_again(b: AmountFound, shares: Sequence[AmountFound], layout: _Layout, lex: _Lex) -> bool:
    """Whether ``b``, told with a share word before it in its clause (参与), is a share of ``shares`` (the parts
    placed before it) told again: of its defendant, part and role, of the same sum (其中：被告人乙参与诈骗数额为人民币
    812000元；… then, where the court weighs each one's part, 乙参与数额为人民币812000元: the same share, no more
    money)."""
    text = layout.text
    c_start, _ = layout.clause(b.start)
    if b.defendant is None or not any(
            not text.startswith("人", m.end()) for m in lex.share_re.finditer(text, c_start, b.start)):
        return False
    return any(x.defendant == b.defendant and x.part == b.part and x.role == b.role
               and x.amount_yuan == b.amount_yuan for x in shares)


def _share_of_partner(b: AmountFound, items: Sequence[AmountFound], layout: _Layout, lex: _Lex) -> bool:
    """Whether ``b`` is one defendant's share (a share word before it in its clause, no 另, 又, 还 or 再
    right before that word) of the acts of another defendant whom its clause tells acting with him, of which
    a total of its part and role, no smaller, stands before its sentence (of ``items``): 被告人甲…取现共计
    人民币156300元。…被告人乙…应甲邀约，三次驾车陪同甲前往银行网点取现，…参与取现金额分别为人民币15000元、
    12500元、11000元: 乙's part of 甲's withdrawals, no more money."""
    text = layout.text
    c_start, _ = layout.clause(b.start)
    shares = [m for m in lex.share_re.finditer(text, c_start, b.start) if not text.startswith("人", m.end())]
    if not shares or _ANOTHER_RE.search(text, c_start, shares[-1].start()):
        return False
    partners = {n for n in b.named if n != b.defendant}
    o_start = _recap_sentence_start(text, b.start)
    return any(
        x.is_total and x.start < o_start and x.defendant in partners and x.part == b.part and x.role == b.role
        and x.amount_yuan >= b.amount_yuan for x in items
    )


def _share_of_unit(b: AmountFound, items: Sequence[AmountFound], layout: _Layout, lex: _Lex) -> bool:
    """Whether ``b`` is one defendant's part of the amount of a unit he acted in: its sentence (over ， and
    ；) opens with 被告人 and names a unit (``unit`` of ``amount_scope.tsv``) before ``b``, its clause tells no
    further act (另, 又, 还, 再), and an amount of its role, part and count, no smaller, stands before that
    sentence in a clause that opens with the unit (of ``items``): 经审计，该公司共向431名投资人吸收资金人民币
    2860万元…。被告人乙作为该公司业务员，招揽投资人吸收资金人民币236万元 is 乙's part of the company's
    business, no more money."""
    text = layout.text
    o_start = layout.skip_space(_recap_sentence_start(text, b.start))
    opening = _OWN_OPENING_RE.match(text, o_start, b.start)
    if (opening is None or not opening[0].endswith(("被告人", "上诉人"))
            or not lex.unit_word_re.search(text, opening.end(), b.start)
            or _FURTHER_RE.search(text, layout.clause(b.start)[0], b.start)):
        return False
    for x in items:
        if (x.start >= o_start or x.part != b.part or x.role != b.role or x.count_index != b.count_index
                or x.amount_yuan < b.amount_yuan):
            continue
        unit = lex.unit_re.match(text, layout.clause(x.start)[0], x.start)
        if unit is not None and "被告人" not in text[unit.end() : x.start]:
            return True
    return False


# a sentence that opens with the defendant it tells of taking part (其中，被告人乙参与…; 被告人丙共参与…;
# 综上，被告人甲参与盗窃四起，…): what it tells is that defendant's own part of the acts (还/又/另/再 before
# 参与 makes it another act: _ANOTHER_RE)
_OWN_PART_RE = re.compile(
    rf"\s*(?:(?:其中|综上所述|综上)[，,：:]?)?"
    rf"(?P<who>(?P<title>(?:原审)?(?:被告人|上诉人))?{_NAME_CHARS}{{1,8}}?)(?:共|均|先后)?$"
)


def _opens_own_part(
    text: str, s_start: int, end: int, lex: _Lex, names: Collection[str]
) -> re.Match[str] | None:
    """The share word (参与) of the sentence at ``s_start`` before ``end``, where the sentence opens with the
    defendant who took part, after 被告人 or one of the defendants' ``names`` bare (被告人乙参与第5至12起，共计8起，…;
    其中乙参与3起，…); else None."""
    for m in lex.share_re.finditer(text, s_start, end):
        opens = _OWN_PART_RE.fullmatch(text, s_start, m.start())
        if (opens and (opens["title"] or opens["who"] in names)
                and not _ANOTHER_RE.search(text, s_start, m.start())):
            return m
    return None


def _own_total(
    b: AmountFound, wholes: Sequence[AmountFound], names: Collection[str], layout: _Layout, lex: _Lex
) -> bool:
    """Whether ``b`` is one defendant's own total told after the total of all the acts: its sentence opens
    with the defendant taking part (被告人乙参与…) and sums up (a total word between 参与 and ``b``), and a total
    of its part and count no smaller than it stands before it in its paragraph, in the sentence right before
    its own or before a run of such sentences (以上共计盗窃12起，价值共计106500元。其中，被告人甲参与第1至10起，…；
    被告人乙参与第5至12起，共计8起，盗窃数额为18300元: 乙's 18300 is inside the 106500, whether ``wholes``
    count that total or its counts). ``names``: the defendants the ``wholes`` name, who may open such a
    sentence without 被告人."""
    text = layout.text
    s_start, _ = layout.sentence(b.start)
    share = _opens_own_part(text, s_start, b.start, lex, names)
    if share is None or not lex.total_re.search(text, share.end(), b.start):
        return False
    p_start, _ = layout.paragraph(b.start)
    lo = s_start
    while lo > p_start:
        lo, _ = layout.sentence(lo - 1)
        if _opens_own_part(text, lo, layout.sentence(lo)[1], lex, names) is None:
            break
    return any(
        x is not b and x.is_total and lo <= x.start < s_start and x.amount_yuan >= b.amount_yuan
        and x.part == b.part and x.count_index == b.count_index for x in wholes
    )


# the acts a defendant's own total sums up, between the share word and the amount: 参与第一、二、四起 (a list of the
# counts), 参与盗窃四起 (how many: ``n``)
_OWN_ACTS_RE = re.compile(
    r"第[^，,。；;]{0,24}?[起次宗]|(?P<n>[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})[起次宗]"
)


def _own_sum(b: AmountFound, layout: _Layout, lex: _Lex, names: Collection[str]) -> int | None:
    """Where the acts start that ``b`` sums up, where ``b`` is a defendant's own total of the acts he took
    part in: after the share word of a sentence that opens with him taking part (:func:`_opens_own_part`)
    and sums up between that word and ``b`` (a total word, or the acts counted: 被告人乙参与第一、二、四起，
    盗窃数额为人民币11,670元); or after his name where a summing-up tells each defendant's amount in a
    sentence or clause of its own (:func:`_own_in_summing_up`); else None."""
    text = layout.text
    s_start, _ = layout.sentence(b.start)
    share = _opens_own_part(text, s_start, b.start, lex, names)
    if share is None:
        return _own_in_summing_up(b, layout, lex, names)
    if not (lex.total_re.search(text, share.end(), b.start)
            or _OWN_ACTS_RE.search(text, share.end(), b.start)):
        return None
    return share.end()


# a defendant opening a sentence or clause of a summing-up (综上，被告人甲、乙…; …，被告人丙…), after which his acts or
# his amount are told
_OWN_OPENING_RE = re.compile(r"\s*(?:(?:其中|综上所述|综上)[，,：:]?\s*)?(?:原审)?(?:被告人|上诉人)?")


def _own_in_summing_up(b: AmountFound, layout: _Layout, lex: _Lex, names: Collection[str]) -> int | None:
    """Where the acts start that ``b`` sums up, where a summing-up (a sentence opening 综上 or 以上, over ，
    and ；) tells ``b`` as one defendant's own amount, no share word needed: the last phrase of the sentence
    before ``b`` that opens with a defendant (被告人, or one of the defendants' ``names``) and sums up between
    his name and ``b``, with a total word, the acts counted or the amount named the crime's (综上，被告人甲、乙
    敲诈勒索数额共计人民币16000元，被告人丙敲诈勒索数额为人民币7000元; …；被告人丙入户盗窃一次，盗窃数额为人民币
    3600元), where no further act is told (丙另盗窃…); else None. Which of such amounts is the whole and which
    its shares is for :func:`_shares_of_counts` to say."""
    text = layout.text
    o_start = _recap_sentence_start(text, b.start)
    if not lex.recap_re.match(text, o_start):
        return None
    s_start, _ = layout.sentence(b.start)  # (not back over a ；: 被告人甲…；被告人乙… are two)
    p = b.start
    while p > s_start:
        p, _ = layout.phrase(p - 1)
        m = _OWN_OPENING_RE.match(text, p, b.start)
        who = next((n for n in sorted(names, key=len, reverse=True) if text.startswith(n, m.end())), None)
        if not m[0].endswith(("被告人", "上诉人")) and who is None:
            continue
        start = m.end() + len(who or "")
        summed = (lex.total_re.search(text, start, b.start) or _OWN_ACTS_RE.search(text, start, b.start)
                  or lex.named_re.search(text, start, b.start))
        return start if summed and not _FURTHER_RE.search(text, start, b.start) else None
    return None


def _shares_of_counts(
    items: Sequence[AmountFound], absorbed: Sequence[bool], layout: _Layout, lex: _Lex,
    names: Collection[str], superseded: Collection[int] = (), stated: Sequence[AmountFound] = (),
    repaid: Sequence[AmountFound] = (),
) -> set[int]:
    """Indexes of ``items`` that are defendants' own totals summed up with no total of all the acts (综上，被告人
    甲参与盗窃四起，盗窃数额共计人民币13,820元；被告人乙参与第一、二、四起，盗窃数额为人民币11,670元; or without
    the share word, one of them of all the acts: 综上，被告人甲、乙敲诈勒索数额共计人民币16000元，被告人丙敲诈勒索
    数额为人民币7000元): the amounts each first after the share word or the name of a sentence or clause of
    :func:`_own_sum`, two or more in one paragraph with no other amount between them (one alone is added to no
    other: 综上，被告人甲参与共同贪污3起，共计…元 is his).
    Each is a share of the sum of the counts told before them in their part, never added to another's (the
    counts they share would count twice). Where those counts add up to no more than the largest (甲's 13,820 of
    counts of 3,260, 6,630, 2,150 and 1,780), or it tells as many acts as there are counts (参与盗窃四起 of
    four, which need carry no amounts), the largest is the total: it stands for the counts, the others are its
    shares; where they add up to more, each is a share and the counts are summed. Where the counts carry no
    amounts and no own total tells them all, nothing is known of the whole: they are left as they are."""
    text = layout.text
    groups: list[list[tuple[int, int]]] = []
    last: int | None = None  # the item before, where it was an own total
    for k, b in enumerate(items):
        share = _own_sum(b, layout, lex, names)
        if share is None:
            last = None
            continue
        if absorbed[k] or any(share <= x.start < b.start and x.part == b.part for x in items):
            continue  # a share already placed, or a further amount of an own total's sentence (个人实得…)
        if last is not None and layout.paragraph(items[last].start) == layout.paragraph(b.start):
            groups[-1].append((k, share))
        else:
            groups.append([(k, share)])
        last = k
    out: set[int] = set()
    for group in groups:
        first = group[0][0]
        if len(group) < 2:
            continue  # one own total is added to none (综上，被告人甲参与共同贪污3起，共计…: his, the case's)
        part = items[first].part
        before = [x for x in items[:first] if x.part == part]
        counts = _sum_with_totals(before, layout, lex, superseded, stated, repaid) if before else Decimal(0)
        top, share = max(group, key=lambda g: items[g[0]].amount_yuan)
        told = [m["n"] for m in _OWN_ACTS_RE.finditer(text, share, items[top].start) if m["n"]]
        tells_all = bool(told) and _count_number(told[-1].replace("两", "二")) == items[top].count_index
        if not counts and not tells_all:
            continue
        if tells_all or counts <= items[top].amount_yuan + _CENT:
            # the largest is the whole: it stands for the counts before it, the others are its shares
            out.update(k for k in range(first) if items[k].part == part)
            out.update(k for k, _ in group if k != top)
        else:
            out.update(k for k, _ in group)
    return out


# what says an amount is not counted, after it in its sentence: …该12000元证据不足，不予认定; 已归还的5000元应予扣除;
# 不计入犯罪数额
_COUNTED_OUT_RE = re.compile(
    r"不予(?:认定|计入|计算)|不(?:能|应|宜)(?:认定|计入|计算)|难以认定|不计入|不列入|不作为犯罪数额"
    r"|(?:应当?|应予|予以|依法)扣除|应从[^，,。；;]{0,12}中扣除"
)
# a party's words in an amount's clause before it or between it and such a verdict: the court rejects what the
# party said of the amount, not the amount (被告人辩称其中12000元系借款，无证据证实，本院不予认定)
_PARTY_SAID_RE = re.compile(r"辩称|辩解|提出|意见|认为|主张")
# a clause that turns to other things before such a verdict (…相机价值462元，其余被盗物品…不予认定): not the amount's
_OTHER_THINGS_RE = re.compile(r"[，,：:]\s*(?:其余|其他|其它|剩余|余下|另)")


def _counted_out(drafts: Sequence[_Draft], layout: _Layout) -> set[int]:
    """Indexes of the amounts the text says are not counted: a verdict of :data:`_COUNTED_OUT_RE` after the
    amount in its sentence (within 40 characters) and before the next amount, with no party's words between
    nor in its clause before it, and no clause turning to other things (其余…) between (…被告人亦辩称系借款，
    该12000元证据不足，不予认定: the second 12000元; 已归还的5000元应予扣除); and the amounts listed right before
    such an amount in its clause (其中甲所称3000元、乙所称2000元证据不足，不予认定)."""
    text = layout.text
    out: set[int] = set()
    for k in range(len(drafts) - 1, -1, -1):
        d = drafts[k]
        _, s_end = layout.sentence(d.start)
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        end = min(s_end, nxt.start) if nxt is not None else s_end
        verdict = _COUNTED_OUT_RE.search(text, d.end, min(end, d.end + 40))
        if (verdict is not None
                and not _PARTY_SAID_RE.search(text, layout.clause(d.start)[0], verdict.start())
                and not _OTHER_THINGS_RE.search(text, d.end, verdict.start())):
            out.add(k)
        elif (nxt is not None and k + 1 in out and nxt.start < s_end
              and not any(ch in _PHRASE_END for ch in text[d.end:nxt.start])):
            out.add(k)  # 3000元、乙所称2000元: listed with the one counted out after it
    return out


# a sentence that opens by deducting (扣除已交付布料价值，被告人…骗取货款计38.52万元): the amounts after that clause are
# what remains, as after 实际
_DEDUCTED_RE = re.compile(r"\s*(?:扣除|减除|除去)[^，,。；;]{1,30}(?:后)?[，,]")


# a sentence that only states a total: (被告人)甲某抢劫财物共计价值 / 盗窃钱物合计 / 上述现金及财物共计价值
_STATES_TOTAL_RE = re.compile(
    r"\s*(?:(?:被告人)?[^，,。；;]{1,12}?(?:抢劫|盗窃|诈骗|骗取|窃取|劫取|抢夺|敲诈勒索)(?:的)?(?:财物|钱物|物品|现金|钱款)?"
    r"|上述(?:现金|钱款)?(?:及|和|、)?(?:财物|钱物|物品)?)(?:共计|合计|总计|共)(?:价值)?(?:人民币)?$"
)


def _details_follow(end: int, layout: _Layout, lex: _Lex) -> bool:
    """其中/具体如下 … after ``end``, before the end of the next sentence (and within the window)."""
    _, s_end = layout.sentence(max(end - 1, 0))
    nxt = layout.skip_space(s_end)  # a line break after the 。 is no sentence of its own (一行一句 exports)
    _, next_end = layout.sentence(nxt) if nxt < len(layout.text) else (nxt, nxt)
    # the details word must sit in the amount's phrase, or start the phrase after it or the next sentence, not a later
    # phrase (价值3144元）1辆。综上，被告人甲强奸18名妇女，其中…: 其中 parts the women, not the 3144元)
    _, p_end = layout.phrase(max(end - 1, 0))
    opening = {p_end, layout.skip_space(p_end), s_end, nxt}
    for m in lex.details_re.finditer(layout.text, end, min(next_end, end + _DETAILS_WINDOW)):
        c_start, _ = layout.phrase(m.start())
        if c_start <= end or (layout.text[c_start : m.start()].strip() == "" and c_start in opening):
            return True
    return False


def _opens_details(a: AmountFound, layout: _Layout, lex: _Lex) -> bool:
    """A total followed by its details: 其中/具体如下, or the first count (1、) opening the next sentence."""
    if _details_follow(a.end, layout, lex):
        return True
    _, s_end = layout.sentence(a.start)
    m = _COUNT_RE.match(layout.text, layout.skip_space(s_end))
    return m is not None and _count_number(m["n"] or m["p"]) == 1


def _share_of_counted(items: Sequence[AmountFound], value: list[Decimal], absorbed: list[bool], t: int) -> bool:
    """Whether total ``t``, which found no parts of its own, sums a run of two or more parts an earlier, larger total
    already took in: one defendant's share of the whole, stated after it (one part of the same value is a
    coincidence: 零钱10元 of one theft, 草莓…共计价值10元 of another)."""
    for i in range(t):
        running = Decimal(0)
        for k in range(i, t):
            if not absorbed[k] or items[k].is_total or items[k].part != items[t].part:
                break
            running += value[k]
            if k > i and _close(running, value[t]):
                return any(items[j].is_total and not absorbed[j] and value[j] > value[t] for j in range(t))
            if running > value[t]:
                break
    return False


def _recapped(
    items: Sequence[AmountFound], value: list[Decimal], absorbed: list[bool], recaps: list[bool], t: int
) -> list[int]:
    """The acts recap total ``t`` sums up where no run of them adds up to it exactly: the unabsorbed items
    before it, nearest first, back to the recap before it, as long as they add up to no more than it (one
    act's value left unstated: 以上共计盗窃三次，…价值3000元 after 1200元 and 1500元); an approximate total
    takes them all (8700余元 of acts that add up to 8750元 becomes their sum)."""
    run: list[int] = []
    running = Decimal(0)
    for k in range(t - 1, -1, -1):
        if recaps[k]:
            break
        if absorbed[k] or items[k].part != items[t].part:
            continue
        running += value[k]
        if items[t].qualifier == "exact" and running > value[t] + _CENT:
            break
        run.append(k)
    return run


def _exact_run(
    items: Sequence[AmountFound], value: list[Decimal], absorbed: list[bool], t: int, order: Iterable[int]
) -> list[int]:
    """The nearest unabsorbed items (in ``order``) that sum exactly to item ``t``, or []."""
    target = value[t]
    running = Decimal(0)
    run: list[int] = []
    for k in order:
        if absorbed[k] or items[k].part != items[t].part:
            continue
        running += value[k]
        run.append(k)
        if _close(running, target):
            return run
        if running > target:
            return []
    return []

