"""Sentencing circumstances (情节) in the reasoning, attributed to defendants.

Cue phrases live in ``fayan/lexicons/circumstances.tsv`` (kind, regex), so
annotators can add wording without touching code.  A cue counts for the
defendants named in its sentence before it: those named since the cue before it
(or, with none, that cue's), the list that opens the last clause naming one, or,
if none is named there, those the cues of the part before it were said of where a ； joins the two
(二被告人…可以从轻处罚；自愿认罪认罚), else the one named last before it in the section.
``均``/``二被告人`` cover those named before them where the sentence tells, else
everyone.  A sentence that rejects the circumstance (不构成自首, 不予采纳 …)
yields a negated record.

>>> t = "本院认为，被告人张某犯盗窃罪。被告人张某系累犯，应当从重处罚。被告人李某归案后如实供述自己的罪行，可以从轻处罚。"
>>> [(c.kind, c.defendant, c.negated) for c in find_circumstances(t, 0, len(t), ["张某", "李某"])]
[('累犯', '张某', False), ('坦白', '李某', False), ('从轻处罚', '李某', False)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from fayan.errors import LexiconError
from fayan.nlp.facts import HARMS, worst_harm
from fayan.nlp.lexicon import lexicon_cached, lexicon_path, load_table

__all__ = [
    "BracketAct", "CircumstanceHit", "bracket_act_cues", "decides_lightly", "find_bracket_acts",
    "find_circumstances", "circumstance_cues", "in_title", "negated_finding", "overturned", "sentence_spans", "KINDS",
    "ROLES",
]

KINDS = (
    "自首", "坦白", "当庭认罪", "立功", "重大立功", "累犯", "毒品再犯", "前科", "初犯", "主犯", "从犯", "胁从犯",
    "首要分子",  # a role (刑法97: who leads a 犯罪集团 or a 聚众 crime): check E6 (刑法74: a 犯罪集团's, no 缓刑)
    "未遂", "中止", "预备", "未成年", "已满七十五周岁", "聋哑或者盲人", "限制刑事责任能力", "防卫过当", "避险过当",
    "审判时怀孕的妇女",
    "被追诉前主动交代",  # a briber's (刑法390②, 164④; 介绍贿赂 392②): allows a term below the bracket
    "认罪认罚", "退赃退赔", "赔偿", "谅解", "刑事和解",
    "减轻处罚",  # the court's decision to go below the bracket (刑法63), not a 情节: check E11
    "单位犯罪",  # a role, not a 情节: the unit's 直接负责的主管人员/其他直接责任人员 (刑法31): check E5
    "不予从重",  # the court's decision not to punish more heavily (不予从重处罚), not a 情节: check E20
    "从轻处罚",  # the court saying it may or does punish more lightly (依法可以从轻处罚), not a 情节: check E11
    "不予从轻",  # the court declining to (不足以从轻处罚, 不予从轻处罚), not a 情节: check E11
    "核准追诉",  # 最高人民检察院核准追诉 told (刑法17③: a 12- or 13-year-old's liability), not a 情节: check E8
    "特殊减轻",  # 在法定刑以下判处刑罚 for the case's special circumstances (刑法63②): a ground to go below, E3
)  # fmt: skip
# the roles in a joint crime (刑法26-29, 97): a role's clause may leave the count to its sentence's first clause
# (在故意杀人共同犯罪中，甲…系主犯；乙…系从犯)
ROLES = ("主犯", "从犯", "胁从犯", "首要分子")

_NEGATION_RE = re.compile(
    r"不(?:构成|属于|能认定|能成立|予认定|予采纳|成立|符合|应认定|认定|宜|具有|足以认定|予支持)|"
    r"是否(?:构成|属于|具有|成立|认定)?|"  # an open question (可能影响对秦某是否构成立功的认定): not a finding
    r"(?:并非|并不是|不是|没有|无|非)(?:起)?(?:自首|立功|坦白|从犯|累犯|初犯|首要分子|次要作用|辅助作用|次要或者?辅助作用)|"
    r"未能(?:认定|成立)|缺乏[^。]{0,10}依据|"
    # (并无自动投案的行为, 未主动投案: no 自首)
    r"(?:未|尚未|没有|并未|无|拒不|不愿)(?:能|积极|主动|自动|立即|及时|向被害人|与被害人)?(?:对[^，。；]{1,10}?)?"
    r"(?:进行|作出|予以)?(?:退|赔|取得|获得|达成|签署|签订|认罪|如实|投案)"
)
# the decisions that are refusals themselves: a 不 in them is no negation
_REFUSALS = frozenset({"不予从重", "不予从轻"})
_ALL_RE = re.compile(
    r"(?:[二两三四五六七八九十]+|各|全体|上述|以上|全部|诸)名?被告人|被告人[^，。；]{0,30}?(?:均|都|皆)|(?:均|都|皆)\S{0,4}$"
)


@dataclass(frozen=True, slots=True)
class CircumstanceHit:
    kind: str
    defendant: str | None
    start: int
    end: int
    negated: bool


@lexicon_cached("circumstances.tsv")
def circumstance_cues(directory: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (kind, compiled regex) cues of ``circumstances.tsv`` (validated; cached per file mtime)."""
    rows = load_table("circumstances.tsv", 2, directory)
    out = []
    path = str(lexicon_path("circumstances.tsv", directory))
    for line, (kind, pattern) in rows:
        if kind not in KINDS:
            raise LexiconError(f"unknown circumstance kind {kind!r} (known: {'、'.join(KINDS)})", path, line)
        try:
            out.append((kind, re.compile(pattern)))
        except re.error as exc:
            raise LexiconError(f"bad regular expression {pattern!r}: {exc}", path, line) from exc
    return tuple(out)


@dataclass(frozen=True, slots=True)
class BracketAct:
    """An act the statute names as opening a heavier bracket of ``charge`` (``bracket_acts.tsv``)."""

    charge: str  # the standard charge name
    act: str  # the statute's words, as in the condition of the bracket it opens (入户抢劫)
    regex: re.Pattern[str]  # how a clause writes it
    harm: str | None  # the least harm the clause must also state for the act to count (逃逸 with a death)


@lexicon_cached("bracket_acts.tsv")
def bracket_act_cues(directory: str) -> tuple[BracketAct, ...]:
    """The acts of ``bracket_acts.tsv`` (validated; cached per file mtime)."""
    path = str(lexicon_path("bracket_acts.tsv", directory))
    out = []
    for line, (charge, act, pattern, harm) in load_table("bracket_acts.tsv", 4, directory, min_columns=3):
        if harm and harm not in HARMS:
            raise LexiconError(f"unknown harm {harm!r} (known: {'、'.join(HARMS)})", path, line)
        try:
            rx = re.compile(pattern)
        except re.error as exc:
            raise LexiconError(f"bad regular expression {pattern!r}: {exc}", path, line) from exc
        if rx.search(""):
            raise LexiconError(f"regular expression {pattern!r} matches the empty string", path, line)
        out.append(BracketAct(charge, act, rx, harm or None))
    return tuple(out)


# a negation right before an act: 不属于入户抢劫, 不能认定为持械斗殴, 未逃逸, 并非
_NOT_THE_ACT_RE = re.compile(r"(?:不|未|没有|并非|非|无)(?:属于?|构成|能认定为?|应认定为?|认定为?|具有|系|是)?$")
# a negated finding that a bracket's words (情节严重, 数额巨大, 入户抢劫) follow in its clause: a negation, any modal
# (不宜, 不予, 不能, 难以, 尚不足以, 不应当再, 无需), then a verb that finds (认定, 属于, 构成, 达到 or 达 …) or one that
# makes them a condition (不以数额较大为构成要件, 不要求), then at most a few words of who or what (不宜认定为, 本院不予
# 认定, 不能认定被告人甲某的行为, 虽未达本省数额较大标准); 并非 alone too. Not across a word that turns to another
# finding (未达到数额巨大标准但情节严重).
_NEGATED_FINDING_RE = re.compile(
    r"(?:(?:不|未|没有|难以|无法|无从|不足以|无需|无须)(?:宜|应当?|能够?|予以?|得|可|必|再|足以|需要?|须)*"
    r"(?:认定|认为|视为|评价|属于?|构成|达到?|具有|具备|系|是|定为|列为|作为|以|要求)|并非)"
    r"[^，,。；;：:！？但而且却又并]{0,12}$"
)


def in_title(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a cited law's title (a 《 after ``start`` not yet closed by 》): its words
    (《关于依法惩治性侵害未成年人犯罪的意见》's 未成年人犯罪) name the law, not what the court finds.

    >>> t = "本院认为，依照《关于依法惩治性侵害未成年人犯罪的意见》之规定"
    >>> in_title(t, 0, t.index("未成年人犯罪")), in_title(t, 0, t.index("之规定"))
    (True, False)
    """
    return text.rfind("《", start, at) > text.rfind("》", start, at)


def negated_finding(text: str, start: int, at: int) -> bool:
    """Whether the words at ``at`` (a bracket's: 情节严重, 数额巨大, an act) sit in a clause that denies them: the
    clause (from the last ，。；： after ``start``) says 不宜认定为, 不予认定, 难以认定, 尚不足以认定, 不构成 … before them.

    >>> t = "本院认为，根据相关批复的规定，不宜认定为情节严重。"
    >>> negated_finding(t, 0, t.index("情节严重"))
    True
    >>> t = "本院认为，被告人甲某不思悔改，多次非法持有枪支，情节严重。"
    >>> negated_finding(t, 0, t.index("情节严重"))
    False
    >>> t = "本院认为，其盗窃数额虽未达到本省规定的数额较大标准，但多次盗窃、扒窃的，依法不以数额较大为构成要件。"
    >>> [negated_finding(t, 0, m.start()) for m in re.finditer("数额较大", t)]
    [True, True]
    """
    lo = max(start, *(text.rfind(c, start, at) + 1 for c in "，,。；;：:"))
    return _NEGATED_FINDING_RE.search(text[lo:at]) is not None


# the first instance named as who found something: 原判, 原判决, 原审判决, 原审法院, 一审法院, 第一审判决, 原二审裁定 (not
# 原审被告人, a person), then its verb (认定, 认为, 以…罪, 对…, 将…) within a few words
_FIRST_INSTANCE_RE = re.compile(
    r"(?:原判决?|(?:原一审|原二审|原审|一审|第一审)(?:判决|裁定|裁判|法院)?)(?!被告|上诉|自诉|附带|第三人|起诉|公诉)"
    r"[^，,。；;：:]{0,6}?(?:认定|认为|以|对|将)"
)
# what the court says of it: wrong (…不当, 错误, 有误, 应予纠正, 不予认定, 事实不清、证据不足, 鉴定依据不足); not 并无不当,
# 没有错误
_WRONG_RE = re.compile(r"(?<!并无)(?<!没有)(?<!不存在)(?<!未见)(?<![无非])"
                       r"(?:不当|错误|有误|不妥|不准确|不正确|(?:应当?|依法)?予以纠正|应予纠正|不予支持|不予认定|事实不清|"
                       r"[证依]据不足)")
# the court agreeing (原判认定…正确), or the wrong a sentence's (原判认定其构成盗窃罪，但量刑不当; …判处有期徒刑三年
# 量刑畸重) or a count's (其中第二起事实不清), not the finding's
_NOT_THE_FINDING_RE = re.compile(
    r"但|然而|正确|准确|无误|恰当|适当|得当|量刑|刑罚|判处|罚金|缓刑|刑期|其中|部分|[一二三四五六七八九十\d]+[起笔次]"
)
# the first instance's finding a negation (原判未认定其自首不当: the court grants what it refused)
_NOT_FOUND_RE = re.compile(rf"未|没有|不|漏|遗漏|忽视|忽略|{_NOT_THE_FINDING_RE.pattern}")
# a clause right after the finding's that says it was wrong (，系定性和适用法律不当; ，属于认定情节错误; ，本院不予认定);
# and, for a finding of an amount, one that says so anywhere in it (原判认定其盗窃数额为人民币48600元，系因对涉案钢材
# 的价值认定错误所致: what the wrong was)
_WRONG_CLAUSE_RE = re.compile(rf"\s*(?:本院)?(?:对此)?[^，,。；;：:]{{0,12}}?(?P<wrong>{_WRONG_RE.pattern})")
_WRONG_IN_CLAUSE_RE = re.compile(rf"\s*(?:本院)?(?:对此)?[^，,。；;：:]*?(?P<wrong>{_WRONG_RE.pattern})")
# a party's point the court answers (抗诉机关认为原判认定自首错误的意见不能成立; 关于原判认定…不当的意见): the court's
# words only where it accepts it
# (the words of a party's point: :data:`_CLAIM_RE`'s, and those of a point named)
_CLAIM_WORDS = r"提出|所提(?!供|交|取)|辩称|认为|主张|关于"
_CLAIMED_BEFORE_RE = re.compile(rf"{_CLAIM_WORDS}|诉称|意见|理由|对于")
_CLAIMED_AFTER_RE = re.compile(r"[^，,。；;]{0,12}?的[^，,。；;]{0,6}?(?:意见|理由|主张|观点)")
# what the court says of a party's point: it takes it up, or turns it down
_ACCEPTED_RE = re.compile(r"成立|予以采纳|应予采纳|予以支持|予以采信")
# (the words of a point turned down: :data:`_REJECT_CLAIM_RE`'s too)
_TURNED_DOWN = r"不予采纳|不予采信|不能成立|不予支持|不能采纳"
_REFUSED_RE = re.compile(rf"{_TURNED_DOWN}|不成立")
# a clause that goes on with the first instance's verb after a comma (…，定罪准确，但认定自首不当; 原判认定其系自首
# 正确，但对其减轻处罚不当)
_GOES_ON_RE = re.compile(r"\s*(?:但是?|然而|而|且|并|又|却)?(?:其)?(?:认定为?|以|对)")


def overturned(text: str, start: int, at: int, end: int, whole_clause: bool = False) -> bool:
    """Whether the words ``text[at:end]`` (a charge, a circumstance, an amount) are what the first instance
    found, retold by the court above it (after ``start``) to say it was wrong: the clause opens with
    原判/一审/原审…认定 (or 以, 对), or goes on with its verb (原判认定事实清楚，…，但认定自首不当), and ends,
    or the clause after it ends, in 不当, 错误, 有误, 应予纠正, 不予认定 … (with ``whole_clause``, says so
    anywhere in that clause, not a party's words: 原判认定其盗窃数额为48600元，系因对涉案钢材的价值认定错误所致).
    Not what it refused (原判未认定其自首不当), where the court agrees (原判认定…正确, 并无不当), where the wrong is
    the sentence (但量刑不当), nor a party's point (抗诉机关认为原判认定…错误) that its sentence does not accept
    (…的意见成立).

    >>> t = "本院认为，原判认定其构成自首并据此对其减轻处罚不当，量刑畸轻，应予纠正。"
    >>> [overturned(t, 0, t.index(w), t.index(w) + 4) for w in ("构成自首", "减轻处罚")]
    [True, True]
    >>> t = "本院认为，原判认定其构成自首，依法对其减轻处罚，并无不当。"
    >>> overturned(t, 0, t.index("自首"), t.index("自首") + 2)
    False
    >>> t = "本院认为，原判认定上诉人犯盗窃罪正确，但量刑不当。"
    >>> overturned(t, 0, t.index("盗窃罪"), t.index("盗窃罪") + 3)
    False
    >>> t = "原判认定事实清楚，定罪准确，但认定自首不当，应予改判。原判未认定其系从犯不当。"
    >>> [overturned(t, 0, t.index(w), t.index(w) + 2) for w in ("自首", "从犯")]
    [True, False]
    >>> t = "抗诉机关认为原判认定自首错误的意见不能成立。抗诉机关关于原判认定自首不当的抗诉意见成立。"
    >>> [overturned(t, 0, m.start(), m.end()) for m in re.finditer("自首", t)]
    [False, True]
    >>> t = "原判认定其盗窃数额为48600元，系因对涉案废旧钢材的价值认定错误所致，经复核，其盗窃数额应为21500元。"
    >>> [overturned(t, 0, t.index(w), t.index(w) + 6, whole_clause=k)
    ...  for w in ("48600元", "21500元") for k in (False, True)]
    [False, True, False, False]
    """
    lo = max(start, *(text.rfind(c, start, at) + 1 for c in "。；;"))
    clause = max(lo, *(text.rfind(c, lo, at) + 1 for c in "，,"))
    # (a cue may hold the verb: 原判认定自首不当's 认定自首)
    opened = None
    for m in _FIRST_INSTANCE_RE.finditer(text, lo, end):
        if m.start() >= at:
            break
        opened = m
    if opened is None:
        return False
    # the finding opens in the clause of the words (or right before: 原判认定，…), or the clause goes on with the
    # first instance's verb (原判认定事实清楚，定罪准确，但认定自首不当)
    goes_on = _GOES_ON_RE.match(text, clause)
    if opened.start() >= clause or not re.search(r"[，,]", text[opened.end() + 1 : at]):
        found_from = opened.start()
    elif goes_on is not None and goes_on.end() <= end:
        found_from = goes_on.end()
    else:
        return False
    # (nor one it refused: 原审判决、二审裁定未认定其自首情节，适用法律错误)
    if re.search(r"[：:]", text[opened.end() + 1 : at]) or _NOT_FOUND_RE.search(text, found_from, at):
        return False
    claimed = _CLAIMED_BEFORE_RE.search(re.sub(r"本院[^，,。；;]{0,8}?认为", "", text[lo : opened.start()]))
    stops = [i for i in (text.find(c, end) for c in "，,。；;") if i != -1]
    hi = min(stops, default=len(text))
    wrong = _WRONG_RE.search(text, end, hi)
    if wrong is None and hi < len(text) and text[hi] in "，,":
        wrong = (_WRONG_IN_CLAUSE_RE if whole_clause else _WRONG_CLAUSE_RE).match(text, hi + 1)
        # (the wrong of a party's words in that clause is not the court's: 原判认定…48600元，上诉人提出认定错误)
        said = re.sub(r"本院[^，,。；;]{0,8}?认为", "", text[hi + 1 : wrong.start("wrong")]) if wrong else ""
        if wrong is not None and (_NOT_THE_FINDING_RE.search(text, hi + 1, wrong.start("wrong"))
                                  or whole_clause and _CLAIMED_BEFORE_RE.search(said)):
            return False
    if wrong is None or _NOT_THE_FINDING_RE.search(text, end, min(wrong.start(), hi)):
        return False
    if not claimed and _CLAIMED_AFTER_RE.match(text, wrong.end()) is None:
        return True
    # a party's point is the court's where its sentence accepts it (抗诉机关关于原判认定自首不当的抗诉意见成立)
    stop = min([i for i in (text.find(c, wrong.end()) for c in "。；;") if i != -1], default=len(text))
    said = text[wrong.end() : stop]
    return bool(_ACCEPTED_RE.search(said)) and not _REFUSED_RE.search(said)


def find_bracket_acts(charge: str, text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The acts of ``bracket_act_cues`` for ``charge`` that ``text[start:end]`` (a clause concluding the charge)
    states, each with where it is first stated: not one right after a negation or in a clause that denies it
    (:func:`negated_finding`: 不宜认定为入户抢劫) or inside a cited law's title (:func:`in_title`), nor one whose
    ``harm`` the clause does not reach. Where the regex has a group named ``act``, that group is the act's
    words (the crime's word before it only names whose act it is: 强制猥亵他人，但并非在公共场所当众实施 denies
    it).

    >>> t = "被告人甲违反交通运输管理法规，致一人死亡，且肇事后逃逸，其行为已构成交通肇事罪"
    >>> find_bracket_acts("交通肇事罪", t, 0, len(t))
    [('交通运输肇事后逃逸', (22, 27))]
    >>> t = "被告人甲违反交通运输管理法规，致一人重伤，且肇事后逃逸，其行为已构成交通肇事罪"
    >>> find_bracket_acts("交通肇事罪", t, 0, len(t))
    []
    >>> t = "被告人甲某以暴力方法强制猥亵他人，且系在公共场所当众实施，其行为已构成强制猥亵罪"
    >>> find_bracket_acts("强制猥亵、侮辱罪", t, 0, len(t))
    [('在公共场所当众', (19, 28))]
    """
    cues = [c for c in bracket_act_cues() if c.charge == charge]
    worst = worst_harm(text, start, end) if any(c.harm for c in cues) else None
    out: dict[str, tuple[int, int]] = {}
    for cue in cues:
        if cue.act in out or cue.harm and (worst is None or HARMS.index(worst[0]) < HARMS.index(cue.harm)):
            continue
        m = next((m for m in cue.regex.finditer(text, start, end)
                  if not _NOT_THE_ACT_RE.search(text, max(start, (at := _act_span(m)[0]) - 6), at)
                  and not negated_finding(text, start, at)
                  and not in_title(text, start, at)
                  and not _the_group_s(text, start, end, _act_span(m)[1])), None)
        if m is not None:
            out[cue.act] = _act_span(m)
    return list(out.items())


# the general words of a crime group's deeds (恶势力: 经常纠集在一起…多次实施违法犯罪活动; 黑社会性质组织: 有组织地多次
# 进行违法犯罪活动), or of a list of its crimes (多次实施寻衅滋事、敲诈勒索等违法犯罪活动): not one charge's acts
_GROUP_DEEDS = r"(?:实施|进行|从事)了?(?:各类|各种|一系列|系列|多起)?(?:违法犯罪|违法活动|犯罪活动)"
_GROUP_DEEDS_RE = re.compile(rf"[^，,。；;]*?(?:{_GROUP_DEEDS}|等(?:违法犯罪|违法活动|犯罪活动))")
_NEXT_GROUP_DEEDS_RE = re.compile(rf"\s*[，,][^，,。；;等]*?{_GROUP_DEEDS}")
# a sentence that tells of a crime group (已形成恶势力犯罪集团, 该黑社会性质组织, 犯罪团伙)
_GROUP_RE = re.compile(r"恶势力|黑社会性质|犯罪集团|犯罪团伙|犯罪组织")


def _the_group_s(text: str, start: int, end: int, after: int) -> bool:
    """Whether an act's words ending at ``after`` tell how often a crime group's deeds, or a list of crimes,
    were done, not the charge's own: its clause goes on to 实施违法犯罪活动 or …等违法犯罪活动 (被告人甲某纠集他人
    多次实施违法犯罪活动，…已形成恶势力犯罪集团: the 恶势力's definition, not 寻衅滋事's 纠集他人多次实施前款行为),
    or, in a sentence that tells of the group, the clause it ends goes on so (甲某多次纠集他人，在某片区实施违法犯罪
    活动，…).

    >>> t = "被告人甲某纠集他人多次实施违法犯罪活动，已形成恶势力犯罪集团"
    >>> _the_group_s(t, 0, len(t), t.index("多次") + 2)
    True
    >>> t = "被告人甲某多次纠集他人，在某镇实施违法犯罪活动，已形成恶势力犯罪集团"
    >>> _the_group_s(t, 0, len(t), t.index("他人") + 2)
    True
    >>> t = "被告人甲某纠集他人多次实施寻衅滋事行为，严重破坏社会秩序，其行为已构成寻衅滋事罪"
    >>> _the_group_s(t, 0, len(t), t.index("多次") + 2)
    False
    """
    if _GROUP_DEEDS_RE.match(text, after, end):
        return True
    group = _GROUP_RE.search(text, start, end)
    return group is not None and _NEXT_GROUP_DEEDS_RE.match(text, after, end) is not None


def _act_span(m: re.Match[str]) -> tuple[int, int]:
    """Where a match of a bracket act's regex has the act's own words: its group ``act`` where the regex has
    one and it took part (强制猥亵他人，且系在公共场所当众实施's 在公共场所当众实施), else the whole match."""
    return m.span("act") if "act" in m.re.groupindex and m.start("act") >= 0 else m.span()


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as (start, end), each up to and with its 。 or ；, the last to ``end``."""
    out = []
    pos = start
    for m in re.finditer(r"[。；;]", text[start:end]):
        e = start + m.end()
        out.append((pos, e))
        pos = e
    if pos < end:
        out.append((pos, end))
    return out


# 提出被告人有自首情节的辩解，经查…系被动归案，不能以自首论
_NOT_TAKEN_AS = r"不能以[^。，；]{1,8}论"
_REJECT_CLAIM_RE = re.compile(
    rf"(?:意见|辩解|理由)[^。]{{0,40}}(?:{_TURNED_DOWN}|本院不予)|(?:不予采纳|不予采信|不能成立)|{_NOT_TAKEN_AS}"
)


def _negated(text: str, s: int, e: int, cs: int, ce: int) -> bool:
    """Whether the cue at [cs, ce) is rejected: a negation in its clause, or a rejected defence claim."""
    lo = max(text.rfind("，", s, cs), text.rfind(",", s, cs), s)
    hi_c = [i for i in (text.find("，", ce, e), text.find(",", ce, e)) if i != -1]
    hi = min(hi_c) if hi_c else e
    if _NEGATION_RE.search(text, lo, hi):
        return True
    if re.search(r"虽然?|尽管", text[lo:cs]) and _NOT_RECOGNISED_RE.search(text, hi, e):
        return True  # 虽自动投案但在取保候审期间脱逃，不认定其自动到案: granted, then denied in the same sentence
    if not _CLAIM_RE.search(text, s, cs):
        return False
    if not _VERDICT_RE.search(text, s, e):
        # 关于…系从犯的辩护意见，经查，…；…，故该辩护意见不能成立: the court's answer after a ；, in the same 。 sentence
        stop = text.find("。", e)
        e = len(text) if stop == -1 else stop
    return bool(_REJECT_CLAIM_RE.search(text[s:e]))


# a party's point the court goes on to answer (提出…的辩解, 辩护人认为…)
_CLAIM_RE = re.compile(_CLAIM_WORDS)
_OPINION_RE = re.compile(rf"{_CLAIM_RE.pattern}|辩解|辩护|意见")  # a sentence that tells a party's opinion
# the court denying that a circumstance holds (not 不宜从轻处罚, which grants it and declines to lessen the sentence)
_NOT_RECOGNISED_RE = re.compile(rf"不(?:予|能|应)?认定|不(?:能)?构成|不(?:能)?成立|不属于|{_NOT_TAKEN_AS}")
# what the court says of a claim: it takes it up or turns it down
_VERDICT_RE = re.compile(r"采纳|采信|支持|成立|不能以|予以认定|不予认定")


# more than one prior: 曾二次被判刑, 曾多次因犯罪被判
_SEVERAL_RE = re.compile(r"[二两三四五六七八九十多数]次")
# a circumstance the larger one takes in, for the same defendant
_TAKEN_IN = {"坦白": "自首", "立功": "重大立功"}

# The court's decision on every ground told before it, after it sums them up: 综上，决定对被告人甲某予以从轻处罚;
# 综合考虑其犯罪情节…，本院对其从轻处罚; 本院决定依法予以从轻处罚 (read on the sentence up to a 从轻处罚 cue, names
# masked; ``at`` where the record starts). Whom it names: 其, the defendants named (对被告人甲某、乙某均), or all of
# them (对各被告人). Not a party's request (综上，请求对被告人甲某从轻处罚) nor the law's allowance (综上，可以从轻处罚).
_WHOM = (r"(?:对(?:其|(?:(?:各|全体|上述|[二两三四五六七八九十]名?)(?:原审)?(?:被告人|上诉人))|"
         r"(?:原审)?(?:被告人|上诉人)?某+(?:(?:、|和|及|与)(?:原审)?(?:被告人|上诉人)?某+)*))?")
_DECIDED_RE = re.compile(
    r"(?:^\s*|[，,])(?P<at>(?:综上(?:所述)?|据此|综合[^。；]{0,60}?)[，,](?:本院)?(?:决定)?"
    r"|(?:本院)?(?:经审判委员会讨论)?决定)"
    rf"(?:依法)?{_WHOM}(?:均|都)?(?:依法)?$"
)
# a 从轻处罚 record that starts where :data:`_DECIDED_RE` does
_DECIDED_START_RE = re.compile(r"综上|据此|综合|本院|决定")


def decides_lightly(kind: str, words: str) -> bool:
    """Whether a circumstance of ``kind`` with ``words`` is the court's 从轻处罚 decided on every ground told
    before it (综上，决定对被告人甲某予以从轻处罚), as :func:`find_circumstances` records it: from its summing up,
    and beside an earlier 从轻处罚 of the same defendant (其积极退赃，可以酌情从轻处罚)."""
    return kind == "从轻处罚" and _DECIDED_START_RE.match(words) is not None


# a name right after these is what the act is done to (揭发夏某某行贿, 协助抓获杨某), not who did it
_OBJECT_OF_RE = re.compile(r"(?:揭发|检举|举报|抓获|指认|供出|带领|协助)了?(?:同案犯|被告人)?$")
# nor a name after 对 whose act the words after it go on to name (乙某系从犯，且对甲某伤害被害人的行为事先并不知情，
# 依法应当减轻处罚: 乙某's, told what he did not know of 甲某's act); 对甲某从轻处罚 names whom the ground is for
_ABOUT_RE = re.compile(r"对(?:同案犯|同案人|被告人)?$")
_ACT_OF_RE = re.compile(r"[^，,。；;：:]{0,20}?的[^，,。；;：:的]{0,6}?(?:行为|犯罪)")


_COUNTS = {c: n for n, c in enumerate("二三四五六七八九", 2)} | {"两": 2}
# the sentence going on to say whom its grounds are for: 对二被告人, 对各被告人, 对上述被告人 (n: the count, if given)
_THEM_AFTER_RE = re.compile(r"对(?:(?P<n>[二两三四五六七八九])名?|各|全体|上述)被告人")


# the kinds that tell what a person is (age, deafness or blindness, mental state, pregnancy): the court tells
# them of a victim too (被害人系已满十四周岁不满十八周岁的未成年人, 被害人已满七十五周岁), and then they are none
# of the defendant's
_PERSONAL = frozenset({"未成年", "已满七十五周岁", "聋哑或者盲人", "限制刑事责任能力", "审判时怀孕的妇女"})
_VICTIM_RE = re.compile(r"被害人|受害人|被侵害人|被害(?:女童|男童|儿童|幼女|学生)")
# who the words after it may be said of: a defendant (被告人, a name, 其 as a subject) or a victim
_PERSON_RE = re.compile(
    rf"(?P<victim>{_VICTIM_RE.pattern})|被告人|上诉人|其(?=系|是|为|属|在|于|犯罪|作案|行为|案发|实施|时年|年仅|尚|已满|不满|未满)"
)
# what opens a clause whose subject is the victim after it (且被害人系…; 鉴于被害人…), or tells what the defendant knew
# of the victim (明知被害人系未成年人): not an act done to one (在强奸被害人乙某时未满十八周岁 is the defendant's age)
_VICTIM_SUBJECT_RE = re.compile(
    r"(?:^|[，,；;：:）)])(?:且|而|又|并且|但|但是|鉴于|因|因为|由于|考虑到|同时|加之|另|本案|该案|其中)*$"
    r"|(?:明知|知道|知晓|明知道|认识到|应当知道)$"
)
# an act done to the person the words tell of: 针对未成年人, 教唆未成年人犯罪, 猥亵不满十八周岁的…, 诈骗已满七十五周岁的老人
_DONE_TO_RE = re.compile(
    r"(?:针对|利用|教唆|引诱|胁迫|组织|雇佣|雇用|招用|招募|拐卖|拐骗|收买|强迫|奸淫|强奸|猥亵|侵害|性侵|伤害|殴打|杀害|诈骗|"
    r"欺骗|虐待|遗弃)(?:[二两三四五六七八九十多数]名)?$"
)


def _of_a_victim(text: str, s: int, at: int, name_re: re.Pattern[str] | None) -> bool:
    """Whether the words at ``at`` that tell what a person is (:data:`_PERSONAL`) are said of a victim, not of
    a defendant: they follow an act done to the person (针对未成年人, 猥亵不满十八周岁的…), or the person the
    sentence (from ``s``) names last before them is a victim who is the subject of the clause (被害人系…未成年人,
    且被害人…, 明知被害人系…), with no defendant (``name_re``, 被告人, 其 as a subject) named after.

    >>> t = "被害人系已满十四周岁不满十八周岁的未成年人，对被告人甲某依法应当从重处罚。"
    >>> _of_a_victim(t, 0, t.index("不满十八"), re.compile("甲某"))
    True
    >>> t = "被告人甲某在强奸被害人乙某时未满十八周岁，依法应当从轻处罚。"
    >>> _of_a_victim(t, 0, t.index("未满十八"), re.compile("甲某"))
    False
    >>> t = "被告人甲某猥亵不满十八周岁的未成年人，依法应当从重处罚。"
    >>> _of_a_victim(t, 0, t.index("不满十八"), re.compile("甲某"))
    True
    """
    # (not the doer's time: 甲某强奸犯罪时不满十八周岁)
    if not text.startswith(("犯罪时", "作案时", "行为时"), at) and _DONE_TO_RE.search(text, max(s, at - 8), at):
        return True
    # (the words after 其 that make it a subject may be the cue's own: 其作案时不满十八周岁)
    people = [(m.start(), m.end(), bool(m.group("victim")))
              for m in _PERSON_RE.finditer(text, s, at + 4) if m.end() <= at]
    people += [(m.start(), m.end(), False) for m in name_re.finditer(text, s, at)] if name_re else []
    if not people:
        return False
    opens, _end, victim = max(people, key=lambda p: (p[1], -p[0]))
    return victim and _VICTIM_SUBJECT_RE.search(text[s:opens]) is not None


def _all_of(
    a: re.Match[str], before: str, named: Callable[[int], list[str]], names: list[str]
) -> list[str | None]:
    """Whom an "all" word ``a`` of :data:`_ALL_RE` in ``before`` (the sentence up to the cue, names masked; ``named(i)``
    the defendants named in its first ``i`` characters) stands for, where its
    sentence tells: a counted 二被告人 the two named before it (关于被告人甲、乙的辩护人认为二被告人均系坦白, of four), a
    均 the defendants named before it (被告人甲、乙均系初犯; 甲、乙到案后…，均没有如实供述), 其余被告人 those not named
    before it; else none, and the caller takes every defendant (各被告人, 上述被告人, 甲某等人均, a 均 after no name)."""
    counted = re.search(r"[二两三四五六七八九]名?被告人", a.group())
    if counted:
        who = list(dict.fromkeys(named(a.start() + counted.start())))
        return who if len(who) == _COUNTS[counted.group()[0]] else []
    if re.search(r"各|全体|上述|以上|全部|诸", a.group()):
        return []
    if before[: a.start()].endswith(("其余", "其他")):
        return [n for n in names if n not in named(a.start())]
    who = list(dict.fromkeys(named(a.end())))
    # one named before a 均 that sums up things listed after the name is that one's (被告人甲某归案后及庭审中均能如实供述:
    # at both times, not every defendant); 被告单位亦构成自首，均可从轻处罚 is everyone's
    tail = re.split(r"某+", before[: a.end()])[-1]  # after the last name masked (or the last 某 of another's name)
    things = "等" not in tail and re.search(r"[及和、与]", tail)
    return who if len(who) > 1 or (who and things) else []


# what comes before a name that opens a clause: the sentence's start or a comma, maybe with 且/又/鉴于 and 被告人
_OPENS_RE = re.compile(r"(?:^|[，,；;。：:]|且|并且|而|又|鉴于|其中|同时)(?:原审)?(?:被告人|上诉人)?$")
# what joins the names of a list (甲、乙和被告人丙)
_LIST_GAP_RE = re.compile(r"(?:、|和|及|与|以及)(?:原审)?(?:被告人|上诉人)?")


def _last_list(
    name_re: re.Pattern[str], text: str, lo: int, hi: int, who: Callable[[re.Match[str]], str], skip: Collection[str]
) -> list[str]:
    """The defendants of ``text[lo:hi]`` (read as :func:`_subjects` reads them) in the last list of names that opens a
    clause (甲、乙归案后如实供述; 甲、乙贩卖毒品数量大，且乙系主犯: 乙; 钱远山为孙文涛保管毒品，…，亦系主犯: 钱远山, not
    the one he did it for), else in the last list."""
    found = [m for m in _subject_matches(name_re, text, lo, hi) if who(m) not in skip]
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and _LIST_GAP_RE.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    opening = [r for r in runs if r[0].start() == lo or _OPENS_RE.search(text, max(0, r[0].start() - 8), r[0].start())]
    return [who(m) for m in (opening or runs or [[]])[-1]]


def _subjects(
    name_re: re.Pattern[str] | None, text: str, lo: int, hi: int, who: Callable[[re.Match[str]], str]
) -> list[str]:
    """The defendants named in ``text[lo:hi]`` (``who`` reads a match), leaving out those named as the object of a
    disclosure or an arrest: in 夏某甲揭发夏某乙行贿的犯罪事实，构成立功 the 立功 is 夏某甲's."""
    return [who(m) for m in _subject_matches(name_re, text, lo, hi)] if name_re else []


def _subject_matches(name_re: re.Pattern[str], text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The names of ``text[lo:hi]`` that are not the object of a disclosure or an arrest (:func:`_subjects`),
    nor the one whose act a clause is about (对甲某…的行为)."""
    return [m for m in name_re.finditer(text, lo, hi)
            if not _OBJECT_OF_RE.search(text, max(0, m.start() - 8), m.start())
            and not (_ABOUT_RE.search(text, max(0, m.start() - 4), m.start())
                     and _ACT_OF_RE.match(text, m.end()))]


def _addressed(
    name_re: re.Pattern[str] | None, text: str, lo: int, hi: int, who: Callable[[re.Match[str]], str]
) -> list[str]:
    """The defendants a cue's own words ``text[lo:hi]`` say it is for, after 对 (对被告人乙某减轻处罚; 对甲某、乙某
    从轻处罚), not one whose act they go on to name (对甲某伤害被害人的行为).

    >>> t = "本院决定对被告人甲某从轻处罚，对被告人乙某减轻处罚"
    >>> rx = re.compile("甲某|乙某")
    >>> _addressed(rx, t, t.index("对被告人乙某"), len(t), lambda m: m.group())
    ['乙某']
    """
    out: list[str] = []
    last = None
    for m in name_re.finditer(text, lo, hi) if name_re else ():
        if last is not None and _LIST_GAP_RE.fullmatch(text, last, m.start()):
            out.append(who(m))
        elif (not out and _ABOUT_RE.search(text, max(lo, m.start() - 4), m.start())
              and not _ACT_OF_RE.match(text, m.end())):
            out.append(who(m))
        else:
            break
        last = m.end()
    return list(dict.fromkeys(out))


def find_circumstances(
    text: str, start: int, end: int, names: list[str], units: Collection[str] = (),
    aliases: Mapping[str, str] | None = None, others: Collection[str] = (),
) -> list[CircumstanceHit]:
    """Circumstance cues in ``text[start:end]`` with the defendant each applies to.

    ``units`` are the names in ``names`` that are units (被告单位): the role 单位犯罪 goes to the person named
    with it, not to the unit (被告人甲系乙公司直接负责的主管人员). ``aliases`` maps other spellings of a name (a slip
    of the pen: 被告人翟俊锋、卜某某起次要作用 for 翟俊峰) onto the name of ``names`` they stand for. ``others`` are
    persons who are no defendants of ``names`` (a co-appellant whose item the result upholds by number): a cue a
    sentence says of one of them is his (上诉人乙某系累犯), not the one defendant's whom a cue naming no one is.
    """
    cues = circumstance_cues()
    # (not a spelling that holds a cue itself: 有自首 read as a slip of a name 郑自首)
    aliases = {a: n for a, n in (aliases or {}).items()
               if a and n in names and a not in names and not any(rx.search(a) for _k, rx in cues)}
    spelt = {n for n in [*names, *aliases, *others] if n}
    alternatives = [re.escape(n) for n in sorted(spelt, key=len, reverse=True)]
    # 被告单位亦构成自首: a bare 被告单位 names the unit, where there is one
    unit = next(iter(set(units))) if len(set(units)) == 1 else None
    if unit:
        alternatives.append(f"(?P<unit>被告单位)(?!{re.escape(unit)})")
    name_re = re.compile("|".join(alternatives)) if alternatives else None

    def named_by(m: re.Match[str]) -> str:
        return unit if unit and m.group("unit") else aliases.get(m.group(), m.group())

    hits: list[CircumstanceHit] = []
    seen: set[tuple[str, str | None, bool] | tuple[str, str | None, bool, str]] = set()
    last_named: list[str] = []
    # whom the cues of a sentence that ends in ； were said of last: the next one, naming no one, goes on of
    # them (二被告人到案后如实供述…，依法可以从轻处罚；自愿认罪认罚，依法可以从宽处理: both pleas)
    carried: list[str | None] = []
    for s, e in sentence_spans(text, start, end):
        sent = text[s:e]
        named = [named_by(m) for m in name_re.finditer(sent)] if name_re else []
        if named:
            last_named = list(dict.fromkeys(named))
        # every cue, in the order written, and where they end: a name list belongs to the cue after it
        # (认为甲、乙具有自首情节和丙、丁具有坦白情节: 坦白 is 丙's and 丁's; 甲、乙取得其谅解，丙、丁亦获得了被害人谅解:
        # the second 谅解 is 丙's and 丁's)
        # (not words of a cited law's title: 《关于依法惩治性侵害未成年人犯罪的意见》 finds no minor; nor a victim's age or
        # state: 被害人系已满十四周岁不满十八周岁的未成年人)
        found = sorted(((kind, m) for kind, rx in cues for m in rx.finditer(text, s, e)
                        if not in_title(text, start, m.start())
                        and not (kind in _PERSONAL and _of_a_victim(text, s, m.start(), name_re))),
                       key=lambda x: x[1].start())
        ends = sorted(m.end() for _k, m in found)
        told: dict[int, list[str | None]] = {}  # the defendants of each cue of this sentence, by where it ends
        for kind, m in found:
            before = text[s : m.start()]
            # a refusal (不宜从轻处罚) is what it says, not the negation of something
            # (and one the first instance found, which the court says was wrong: 原判认定其构成自首…不当)
            negated = kind not in _REFUSALS and (_negated(text, s, e, m.start(), m.end())
                                                 or overturned(text, start, m.start(), m.end()))
            # 均 inside a name (被告人吴均起主要作用) is not 均 "all": names are masked before the test
            unnamed = name_re.sub(lambda x: "某" * len(x.group()), before) if name_re else before
            # the court's 从轻处罚 after summing up its grounds, decided (not 可以…, nor …从轻处罚的意见)
            decided = (
                _DECIDED_RE.search(unnamed)
                if kind == "从轻处罚" and not negated and not m.group().startswith("可")
                and not text.startswith("的", m.end()) else None
            )
            # (a cue that opens with 均 is read with it: 其余被告人均系从犯)
            unnamed += m.group()[:1] if m.group()[:1] in "均都皆" else ""
            # (and a cue that names whom it is said of, where as many are named before it or there are as many:
            # 鉴于甲具有坦白情节，乙具有自首情节，依法对二被告人予以从轻处罚)
            inner = re.match(r".*?对([二两三四五六七八九])名?被告人", m.group())
            if inner and _COUNTS[inner.group(1)] in (len(set(_subjects(name_re, text, s, m.start(), named_by))),
                                                     len(set(names))):
                unnamed += inner.group()
            # 均/二被告人 covers everyone, unless a defendant is named after it, nearer the cue (根据二被告人的
            # 犯罪情节，确定基准刑…，李正平主动投案: 李正平's)
            # 张某均起主要作用: a 均 right after one name is that person's acts, not everyone (甲、乙均…: the list's)
            name_ends = {x.end() for x in name_re.finditer(before)} if name_re else set()
            every = [a for a in _ALL_RE.finditer(unnamed)
                     if not (a.group()[0] in "均都皆" and a.start() in name_ends)
                     and not (a.group()[-1] in "均都皆" and a.end() - 1 in name_ends)]
            since = max((x for x in ends if x <= m.start()), default=s)
            if (every and not (name_re and name_re.search(before, every[-1].end()))) or (not names):
                # 关于被告人甲、乙的辩护人认为二被告人均系坦白 (of four): the two named before it
                targets: list[str | None] = _all_of(every[-1], unnamed, lambda hi: _subjects(
                    name_re, text, s, s + hi, named_by), names) if every else []
                targets = targets or list(names) or [None]
            else:
                skip = units if kind == "单位犯罪" else ()
                who = who_since = [n for n in _subjects(name_re, text, since, m.start(), named_by) if n not in skip]
                # a cue with no name of its own since the one before it is theirs (甲、乙、丙是初犯，在庭上认罪态度好，
                # …，故本院依法对其从轻处罚: all three)
                earlier = [n for n in told.get(since, []) if n is not None and n not in skip] if since > s else []
                who = who or [n for n in _subjects(name_re, text, s, m.start(), named_by) if n not in skip]
                persons = [n for n in named if n not in skip]
                # (a cue whose own words name whom it is for: 本院决定对被告人甲某从轻处罚，对被告人乙某减轻处罚, 乙某's)
                addressed = [n for n in _addressed(name_re, text, m.start(), m.end(), named_by) if n not in skip]
                if addressed:
                    targets = addressed
                elif earlier and not who_since:
                    targets = list(earlier)
                elif who:
                    # The defendants named in this sentence before the cue: the list opening the last clause that
                    # names one (:func:`_last_list`); a cue that opens with 均 (黄某、冯某共谋抢劫，…，均系主犯) is every
                    # one of them, however far back the list is.
                    if m.group()[:1] in "均都皆" and len(set(who)) > 1:
                        targets = list(dict.fromkeys(who))
                    else:
                        lo = since if who_since else s
                        targets = list(dict.fromkeys(_last_list(name_re, text, lo, m.start(), named_by, skip)))
                elif persons:
                    targets = [persons[0]]
                elif len(names) == 1:
                    targets = [names[0]]
                elif (them := _THEM_AFTER_RE.search(text, m.end(), e)) is not None and (
                        _COUNTS.get(them.group("n") or "", len(set(names))) == len(set(names))):
                    # grounds told of no one that the sentence then applies to all (施工单位已赔偿…并取得谅解，可对二
                    # 被告人酌情从轻处罚): theirs, not the last one named before
                    targets = list(dict.fromkeys(names))
                else:
                    targets = list(carried) or list(last_named[-1:]) or [None]
            told[m.end()] = targets
            for t in targets:
                key = (kind, t, negated)
                if decided:
                    # kept beside an earlier 从轻处罚 of the same defendant (积极退赃，可以酌情从轻处罚。综上，决定对
                    # 被告人甲某予以从轻处罚: check E3 reads it as answering the 自首 and 立功 before it), from its
                    # summing up
                    if (kind, t, negated, "decided") in seen:
                        continue
                    seen |= {key, (kind, t, negated, "decided")}
                    hits.append(CircumstanceHit(kind, t, s + decided.start("at"), m.end(), negated))
                    continue
                if key in seen:
                    continue
                seen.add(key)
                hits.append(CircumstanceHit(kind, t, m.start(), m.end(), negated))
        # 自动投案，如实供述 is 自首, not also 坦白; 重大立功 is not also 立功: for the defendant the sentence gives the
        # larger one (甲某、乙某具有自首情节和丙某具有坦白情节: 丙某's 坦白 stays).
        # A 坦白 named after the 自首 (构成自首，主动坦白…两次抢劫犯罪; 抢劫犯罪具有自首情节，对故意杀人犯罪具有坦白情节) is
        # another crime's and stays; one before it (如实坦白已掌握的问题…，构成自首) is part of the 自首.
        # (a rejected 自首 takes in nothing)
        here = {(h.kind, h.defendant): h.start for h in hits if h.start >= s and not h.negated}
        gone = [
            h for h in hits
            if h.start >= s and not h.negated and (taker := (_TAKEN_IN.get(h.kind), h.defendant)) in here
            and not (here[taker] < h.start and _own_confession(text, h))
        ] + [
            # 曾因犯盗窃罪被判处…，刑满释放后五年内又犯罪，系累犯: the prior is the 累犯's, not a 前科 beside it
            # (legal-rules: 前科 is a record that is not 累犯); several (曾二次被判刑…且系累犯, 有多次犯罪前科) keep both
            h for h in hits
            if h.start >= s and not h.negated and h.kind == "前科" and ("累犯", h.defendant) in here
            and text.startswith("曾", h.start) and not _SEVERAL_RE.search(text, h.start, h.end)
        ]
        if gone:
            hits = [h for h in hits if h not in gone]
            seen -= {(h.kind, h.defendant, h.negated) for h in gone}  # a later sentence may still find it
        goes_on = text[s:e].rstrip().endswith(("；", ";"))
        carried = [t for t in list(told.values())[-1] if t is not None] if told and goes_on else []
    # A positive finding wins over a rejected claim for the same defendant. A defendant's 自首 takes in his
    # 如实供述 (坦白), and 重大立功 his 立功, wherever the two are written (a defence opinion restating 如实供述
    # after the finding of 自首).
    # The court's own 坦白 in a sentence of its own (虽主动坦白多起抢劫犯罪: other crimes than those of the 自首) stays.
    positive = {(h.kind, h.defendant) for h in hits if not h.negated}
    return [
        h for h in hits
        if not (h.negated and (h.kind, h.defendant) in positive)
        and not (not h.negated and (_TAKEN_IN.get(h.kind), h.defendant) in positive and not _own_confession(text, h))
    ]


def _own_confession(text: str, h: CircumstanceHit) -> bool:
    """A 坦白 the court names by that word, outside a party's opinion."""
    if h.kind != "坦白" or "坦白" not in text[h.start : h.end]:
        return False
    s = max(text.rfind("。", 0, h.start), text.rfind("；", 0, h.start)) + 1
    return not _OPINION_RE.search(text, s, h.end)
