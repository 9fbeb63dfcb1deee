"""Tools of the crime found by their cue words, beside the model's entities (``labels.json``'s ``tool_cues``).

The model rarely reports a ``tool``: the theft file, its only source, holds a dozen tool mentions in its training
half, and the drug file has no such label. A judgment shows a tool by the words around it, so a small rule finds
most of them: a tool noun after a word of use or preparing, with or without 的 (用扳手和自制钥匙打开, 采用一字起子将,
持刀, 掏出随身携带的尖刀, 作案使用的柴刀, 购买了一把水果刀, 拿出匕首), a vehicle after a word of
driving (驾驶三轮摩托车从…出发, 驾驶自己车牌号为…的…汽车, 驾驶冀A12345的摩托车), anything the judgment itself names as
the tool of the crime (作案工具水果刀一把予以没收, 断线钳等作案工具), every thing of a kit that a word of use or preparing
opens and 等作案工具 / 等工具 closes (准备了绳子、胶带、匕首等作案工具: no tool noun needed), and every thing of one
that 等 alone closes when a thing of it is a tool noun (携带事先购买的铁锤、毛巾等来到; 购置了手铐、警棍、警灯等警用设备).
The nouns and cue words are lists in ``labels.json``; what sits between them is fixed here: a complement of the cue
(拿了, 拿来, 拿上), a quantity (一把, 1辆, 2双: facts' counting words), an owner (自己的, 其, 事先准备的, 自制的), a few
characters that make the noun a compound (一字起子, 断线钳, 黑色大众轿车) and, for a vehicle, its plate (车牌号为…的, or
the plate alone and 的); a kit's things are cut at 、, 和, 及, 以及 and 与, without their counts, none with 的 or a
bracket or longer than 10 characters.

Not taken: a bare 车 (驾车, 骑车 are verbs and name no vehicle); a vehicle after a word of driving and 的 (被害人驾驶的出租车:
whose vehicle, not one driven to the crime); 持有 (possession, not use); a cue that makes a word
of jieba's dictionary with the character before it (军用), unless that character is an adverb (还用, 并用); a
vehicle after 所 or before 的 (其所开轿车, 驾驶摩托车的路人); a noun that jieba cuts as the start of a longer word
(车 of 车头锁, 刀 of 刀伤); a class of vehicles the law names (机动车); after 作案工具 and a comma, or further down
its list, anything that does not end in a tool or vehicle noun (犯罪工具，其行为; 作案工具木棒、…所穿衣服); a thing
of the victim's or the loot itself (被害人的, 被盗, 所盗, 该车 just before or inside the span, or a 被害人 earlier in
the clause with no 被告人 after it); after a word of buying, a noun that describes the thing bought (购买了装猎枪的
渔具包), a buyer's pretext (自称要购买钢丝绳) or a gun (购买一支枪支: what the crime is about); a list 等 alone closes
that holds something taken or someone's (劫得…手机、手电筒等财物, 携带乙某手机和钥匙等物), whose tool noun is only a
vehicle or a gun (购买汽车、手机等), or that is exhibits or ways of acting (柴刀、血迹等物证, 持匕首、长刀捅刺胸部等手段);
买 of 买卖 (非法买卖枪支); a span that overlaps a model entity other than an item the span covers, or one that holds no
more than the span, a cue, an owner and a count (an item the rule covers is relabelled: the model reads 驾驶三轮摩托车
and 一把水果刀 as stolen items).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from fayan.nlp.facts import CLASSIFIERS, PRETEXT, TAKING, _clause_start
from fayan.nlp.lexicon import alternation
from fayan.nlp.ner.data import Entity, LabelSpec
from fayan.nlp.segment import base_tokenizer, is_dictionary_word

__all__ = ["apply_tool_cues", "find_tools"]

# a count: facts' counting words and 本 (一本账本); 若干
_QTY = rf"(?:[一二两三四五六七八九十几数\d]+[{CLASSIFIERS}本]|若干)"
_OWNER = r"(?:自己的?|自家的?|其|他的|事先准备好?的|事先准备的?|随身携带的|随身携带|携带的|准备好?的|自带的|自制的)?"
# characters a compound may put before its head noun (一字起子, 大铁剪): no punctuation, function word or verb of use
_COMPOUND = r"[^\s，。；：、,.;:（）()“”\"'的将把在从到向往至和及与并后又再用使持拿取握砍捅刺划撬剪割打等被所该此了为]"
_QTY_RE = re.compile(_QTY)
# after a cue word: 拿了尖刀, 拿来砍刀, 拿得一根柴棒, 拿上菜刀 (用起子 still reads 起子; 用上述钥匙 is no 上)
_COMPLEMENT = "(?:[了得来出起着]|上(?!述))"
_TAIL_RE = re.compile(f"{_QTY}?(?:等物品?)?")  # what may follow a tool inside a model item: 水果刀一把, 电击棍等物
_AFTER_CUE = "[了好]?的?" + _OWNER  # between a cue word and a kit or the thing it names: 准备了, 携带事先准备的, 购买的
# a plate named (车牌号为云A1234的) or written bare (冀CR2757的, 辽××××××的: a province, then letters, digits or masks)
_PLATE = (
    r"(?:(?:车牌号?码?|号牌号?码?|牌号)为?[A-Za-z0-9\u4e00-\u9fff*＊×]{1,12}的"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z0-9*＊×]{5,7}号?的)?"
)
# the judgment's own list after 作案工具: up to a quantity, a stop word or punctuation
_NAMED_ITEM = re.compile(
    r"(?![到在至往从向于对用将把为是系予依由应已均并])([^\s，。；：、,.;:（）()及和与等]{1,20}?)"
    r"(?=" + _QTY + r"|[\s，。；：、,.;:（）()及和与等]|予以|依法|由|应|已|均|并|系|$)"
)
# a gun bought is what the crime is about (非法买卖、持有枪支), not a tool of it
_CONTRABAND = ("枪", "枪支", "弹药", "子弹")
_ADVERBS = frozenset("还先并后又再便即就均遂仍则也都亦各")  # 还用剪刀, 先用螺丝刀: words of jieba's, but a cue
_GENERIC = frozenset({"车辆", "机动车辆", "机动车", "非机动车", "非机动车辆"})  # a class of vehicles the law names
_NOT_A_TOOL = re.compile(r"照片|提取|笔录|清单|鉴定|说明|扣押|情况|来源|去向")
_BAD_CONTEXT = re.compile(r"被害人|受害人|他人|所盗|被盗|盗得|偷来|窃得|赃|(?<!应)该|(?<![因为])此")
_VICTIM_CLAUSE = re.compile(r"(?:被害人|受害人)(?!.*(?:被告人|犯罪嫌疑人))")


def _alt(words: Sequence[str]) -> str:
    return f"(?:{alternation(words)})"


class _Patterns(NamedTuple):
    use: re.Pattern[str] | None  # a cue of use, then a tool
    drive: re.Pattern[str] | None  # a cue of driving, then a vehicle
    named: re.Pattern[str] | None  # 作案工具 and the like, before the judgment's own list
    back: re.Pattern[str] | None  # a tool or vehicle before 等作案工具 / 作为作案工具
    chain: re.Pattern[str] | None  # a further tool after 和 / 、 (用扳手和自制钥匙)
    lead: re.Pattern[str] | None  # a cue word inside what ``back`` took (某携带大铁剪等作案工具)
    listed: re.Pattern[str] | None  # 等作案工具 / 等工具 closing a list that ``opens`` opens
    opens: re.Pattern[str] | None  # a word of use or preparing, then an owner or 作案工具, before that list
    nouns: tuple[str, ...]  # the tool and vehicle nouns
    tools: tuple[str, ...]  # the tool nouns alone
    prepare: frozenset[str]  # the words of preparing (购买, 准备 …)
    lead_in: re.Pattern[str]  # what may come before a tool inside a model item (一把水果刀, 携带的尖刀): a cue, a count


@lru_cache(maxsize=8)
def _patterns(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> _Patterns:
    c = dict(cues)
    tools, vehicles = c.get("tools", ()), tuple(v for v in c.get("vehicles", ()) if v != "车")
    nouns = tools + vehicles
    ahead = _OWNER + _QTY + "?"  # between a cue and its noun
    use_or_prepare = c.get("use", ()) + c.get("prepare", ())
    cue_words = use_or_prepare + c.get("drive", ())
    use = drive = named = back = lead = listed = opens = None
    if use_or_prepare and tools:  # 持刀, 携带一把尖刀, 购买了一把水果刀, 拿了尖刀
        use = re.compile(
            f"(?P<cue>{_alt(use_or_prepare)})(?![有卖]){_COMPLEMENT}?的?{ahead}"
            f"(?:{_alt(c.get('named', ()))})?(?P<tool>{_COMPOUND}{{0,4}}?{_alt(tools)})"  # 准备了作案工具绳子: 绳子
        )
    if c.get("drive") and vehicles:
        drive = re.compile(f"(?P<cue>{_alt(c['drive'])}){ahead}(?P<tool>{_PLATE}{_COMPOUND}{{0,10}}?{_alt(vehicles)})")
    if c.get("named"):
        named = re.compile("(?<!等)(?<!上述)" + _alt(c["named"]) + "[：:，,]?")
        if nouns:
            back = re.compile("(" + _COMPOUND + "{0,6}?" + _alt(nouns) + ")" + _QTY + "?(?:等|作为)" + _alt(c["named"]))
            lead = re.compile(_alt(cue_words) + _AFTER_CUE)
    if c.get("named") and use_or_prepare:
        listed = re.compile("等(?P<named>" + _alt(c["named"]) + "|工具)?")
        opens = re.compile(
            f"(?P<cue>{_alt(use_or_prepare)})(?![有卖]){_AFTER_CUE}(?:{_alt(c['named'])})?[：:]?"
        )
    chain = re.compile("[和、及与]" + _QTY + "?(" + _COMPOUND + "{0,4}?" + _alt(tools) + ")") if tools else None
    lead_in = re.compile(f"(?:{_alt(cue_words)})?{_COMPLEMENT}?的?{_OWNER}{_QTY}?")
    return _Patterns(
        use, drive, named, back, chain, lead, listed, opens, nouns, tools, frozenset(c.get("prepare", ())), lead_in
    )


def _spec_patterns(spec: LabelSpec) -> _Patterns:
    """The patterns of ``spec``'s tool cues (built once per set of cues)."""
    return _patterns(tuple(sorted(spec.tool_cues.items())))


_SENTENCE_ENDS = "。；！？;!?"


def _ends_a_word(text: str, end: int) -> bool:
    """Whether jieba's cut of the sentence around ``end`` has a word end there (not 车 of 车头锁)."""
    lo, hi = max(0, end - 80), min(len(text), end + 80)
    a = max([lo] + [i + 1 for p in _SENTENCE_ENDS if (i := text.rfind(p, lo, end)) != -1])
    b = min([hi] + [i for p in _SENTENCE_ENDS if (i := text.find(p, end, hi)) != -1])
    pos = a
    for word in base_tokenizer().cut(text[a:b], HMM=True):
        pos += len(word)
        if pos >= end:
            return pos == end
    return True


def _a_cue(text: str, m: re.Match[str]) -> bool:
    """Whether the cue word ``m`` matched is one (还用, 先用), not the end of a word of jieba's dictionary (军用)."""
    before = text[m.start() - 1 : m.start()] if m.start() else ""
    return not before or before in _ADVERBS or not is_dictionary_word(before + m.group("cue"))


_TAKEN_RE = re.compile(rf"[{TAKING}][得取走]|财物")  # a list of what was taken (劫得现金以及手机、手电筒等财物): not a kit
# what 等 closes when it is no kit: exhibits (柴刀、血迹等物证), ways of acting (持匕首、长刀捅刺胸部等手段)
_NO_KIT_RE = re.compile(r"[^，。；,;]{0,6}?(?:物证|证据|书证)|方式|手段|方法")
_MEMBER = re.compile(r"[^\s（）()“”\"'的]{1,10}")  # one thing of a listed kit: no bracket, no 的, at most 10 characters
_QTY_END = re.compile(_QTY + "$")
_LIST_SEP = re.compile("、|以及|及|和|与")


def _listed(
    text: str, listed: re.Pattern[str], opens: re.Pattern[str], tools: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The things of a 、-list that a word of use or preparing opens and 等作案工具 / 等工具 closes, in its clause:
    准备了绳子、胶带、匕首等作案工具; 携带事先准备的砍刀、尖刀、头套、手套等作案工具 (none of them a tool noun). A list
    closed by 等 alone (等物, 等来到) is one where a thing of it is a tool noun (not a vehicle, often bought with the
    proceeds, nor a gun, the crime's object: 购买了射钉枪、子弹等物品), nothing between the cue and 等 is taken,
    someone's (某) or another list, and what 等 closes is no exhibits or property (购买匕首、电击棍等物; not 携带窃得的
    手机、钱包等, 携带乙某手机和钥匙等物逃离, 劫得现金以及手机、手电筒等财物, 柴刀、血迹等物证)."""
    found = []
    for m in listed.finditer(text):
        clause = _clause_start(text, text.rfind("。", 0, m.start()) + 1, m.start())
        cue = None
        for c in opens.finditer(text, clause, m.start()):
            if _a_cue(text, c):
                cue = c  # the last cue of the clause opens the list
        if cue is None:
            continue
        i = cue.end()
        kit = []
        for member in _LIST_SEP.split(text[i : m.start()]):
            s = text.index(member, i)
            e = i = s + len(member)
            if q := _QTY_RE.match(text, s, e):  # 一把尖刀
                s = q.end()
            if q := _QTY_END.search(text, s, e):  # 尖刀一把
                e = q.start()
            if _MEMBER.fullmatch(text, s, e) and not _NOT_A_TOOL.search(text, s, e):
                kit.append((s, e))
        if m.group("named") or (
            any(text[s:e].endswith(tools) and not text[s:e].endswith(_CONTRABAND) for s, e in kit)
            and not _NO_KIT_RE.match(text, m.end())
            and not re.search("[等某]", text[cue.end() : m.start()])
            and not _BAD_CONTEXT.search(text, cue.start(), m.start())
            and not _TAKEN_RE.search(text, cue.start(), m.end() + 2)
        ):
            found += kit
    return found


def find_tools(text: str, spec: LabelSpec) -> list[tuple[int, int]]:
    """``(start, end)`` of the tools ``spec.tool_cues`` finds in ``text``, in order, none overlapping.

    >>> from fayan.nlp.ner.data import load_label_spec
    >>> t = "被告人甲用扳手和自制钥匙打开卷闸门，后驾驶自己的三轮摩托车将电缆线运走。"
    >>> [t[s:e] for s, e in find_tools(t, load_label_spec())]
    ['扳手', '自制钥匙', '三轮摩托车']
    """
    use, drive, named, back, chain, lead, listed, opens, nouns, tools, prepare, _ = _spec_patterns(spec)
    found = _after_cues(text, use, drive, chain, prepare)
    if named is not None:
        found += _named_tools(text, named, nouns)
    for m in back.finditer(text) if back is not None else ():
        s, e = m.span(1)
        for cue in lead.finditer(text, s, e) if lead is not None else ():  # 某携带大铁剪等作案工具: 大铁剪
            s = cue.end()
        found.append((s, e))
    if listed is not None and opens is not None:
        found += _listed(text, listed, opens, tools)
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(found), key=lambda x: (x[0], -x[1])):
        if text[s:e] in _GENERIC or _BAD_CONTEXT.search(text, max(0, s - 6), e) or not _ends_a_word(text, e):
            continue
        clause = _clause_start(text, text.rfind("。", 0, s) + 1, s)
        if _VICTIM_CLAUSE.search(text, clause, s):  # 适被害人许某驾驶二轮摩托车: the victim's
            continue
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _after_cues(
    text: str,
    use: re.Pattern[str] | None,
    drive: re.Pattern[str] | None,
    chain: re.Pattern[str] | None,
    prepare: frozenset[str],
) -> list[tuple[int, int]]:
    """A tool after a word of use or preparing (and those ``chain`` joins to it: 用扳手和自制钥匙), a vehicle after a
    word of driving."""
    found: list[tuple[int, int]] = []
    for pat in (use, drive):
        for m in pat.finditer(text) if pat is not None else ():
            if not _a_cue(text, m):  # 军用制式枪支: no cue
                continue
            if pat is drive and (text[m.start() - 1 : m.start()] == "所" or text.startswith("的", m.end("tool"))):
                continue  # 其所开轿车, 驾驶摩托车的路人: a vehicle that describes, not one driven to the crime
            if m.group("cue") in prepare and (
                text.startswith("的", m.end("tool"))
                or (m.start() > 0 and text[m.start() - 1] in PRETEXT)
                or m.group("tool").endswith(_CONTRABAND)
            ):
                continue  # 购买了装猎枪的渔具包: the noun describes the thing bought; 自称要购买钢丝绳: a pretext
            found.append(m.span("tool"))
            e = m.end("tool")
            while pat is use and chain is not None and (n := chain.match(text, e)):  # 用扳手和自制钥匙
                found.append(n.span(1))
                e = n.end(1)
    return found


def _named_tools(text: str, named: re.Pattern[str], nouns: tuple[str, ...]) -> list[tuple[int, int]]:
    """What the judgment names as the tools of the crime: 作案工具扳手、自制钥匙; 作案工具水果刀一把."""
    found: list[tuple[int, int]] = []
    for m in named.finditer(text):
        i = m.end()
        # the first item may be any thing (作案工具闸线), but not after a comma (犯罪工具，其行为) or in a list after it
        first = not m.group().endswith(("，", ","))
        while n := _NAMED_ITEM.match(text, i):
            s, e = n.span(1)
            # the list may go on with other exhibits (作案工具木棒、作案时所穿衣服、拖鞋): after the first, tools only
            if not _NOT_A_TOOL.search(text, s, e) and (first or text[s:e].endswith(nouns)):
                found.append((s, e))
            first = False
            q = _QTY_RE.match(text, e)
            j = q.end() if q else e
            if not text.startswith(("、", "及", "和", "与"), j):
                break
            i = j + 1
    return found


def apply_tool_cues(text: str, entities: Sequence[Entity], spec: LabelSpec) -> list[Entity]:
    """The model's entities with the tools :func:`find_tools` finds added (``source="rule"``, score 1.0).

    An item inside a found tool's span gives way to it, and so does one that holds no more than the tool and, before
    it, a cue word, an owner or a count (the model's 一把水果刀 for the tool 水果刀 after 购买了); a found tool that
    overlaps any other entity is dropped.

    >>> from fayan.nlp.ner.data import load_label_spec
    >>> t = "被告人甲驾驶三轮摩托车到某村。"
    >>> [(e.text, e.label, e.source) for e in apply_tool_cues(t, [Entity(6, 11, "三轮摩托车", "item", 0.7)],
    ...                                                        load_label_spec())]
    [('三轮摩托车', 'tool', 'rule')]
    """
    if not spec.tool_cues or "tool" not in spec.labels:
        return list(entities)
    out = list(entities)
    lead_in = _spec_patterns(spec).lead_in
    for s, e in find_tools(text, spec):
        over = [x for x in out if x.start < e and s < x.end]
        if any(
            x.label != "item"
            or (x.start < s and not lead_in.fullmatch(text, x.start, s))
            or (x.end > e and not _TAIL_RE.fullmatch(text, e, x.end))
            for x in over
        ):
            continue
        out = [x for x in out if x not in over]
        out.append(Entity(s, e, text[s:e], "tool", 1.0, "rule"))
    return sorted(out, key=lambda x: (x.start, x.end, x.label))
