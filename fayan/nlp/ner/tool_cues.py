"""Tools of the crime found by their cue words, beside the model's entities (``labels.json``'s ``tool_cues``).

The model rarely reports a ``tool``: the theft file, its only source, holds a dozen tool mentions in its training
half, and the drug file has no such label. A judgment shows a tool by the words around it, so a small rule finds
most of them: a tool noun after a word of use, with or without 的 (用扳手和自制钥匙打开, 采用一字起子将, 持刀, 掏出随身
携带的尖刀, 作案使用的柴刀), a vehicle after a word of
driving (驾驶三轮摩托车从…出发, 驾驶自己车牌号为…的…汽车), anything the judgment itself names as the tool of the
crime (作案工具水果刀一把予以没收, 断线钳等作案工具), and every thing of a kit that a word of use or preparing opens
and 等作案工具 / 等工具 closes (准备了绳子、胶带、匕首等作案工具: no tool noun needed). The nouns and cue words are
lists in ``labels.json``; what sits between them is fixed here: a quantity (一把, 1辆), an owner (自己的, 其,
事先准备的), a few characters that make the noun a compound (一字起子, 断线钳, 黑色大众轿车) and, for a vehicle, its
plate (车牌号为…的); a kit's things are cut at 、, 和, 及, 以及 and 与, without their counts, none with 的 or a
bracket or longer than 10 characters.

Not taken: a bare 车 (驾车, 骑车 are verbs and name no vehicle); a vehicle after a word of driving and 的 (被害人驾驶的出租车:
whose vehicle, not one driven to the crime); 持有 (possession, not use); a cue that makes a word
of jieba's dictionary with the character before it (军用), unless that character is an adverb (还用, 并用); a
vehicle after 所 or before 的 (其所开轿车, 驾驶摩托车的路人); a noun that jieba cuts as the start of a longer word
(车 of 车头锁, 刀 of 刀伤); a class of vehicles the law names (机动车); after 作案工具 and a comma, or further down
its list, anything that does not end in a tool or vehicle noun (犯罪工具，其行为; 作案工具木棒、…所穿衣服); a thing
of the victim's or the loot itself (被害人的, 被盗, 所盗, 该车 just before or inside the span, or a 被害人 earlier in
the clause with no 被告人 after it); a span that overlaps a model entity other than an item the span covers (an item
the rule covers is relabelled: the model reads 驾驶三轮摩托车 as a stolen item).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from fayan.nlp.facts import _clause_start
from fayan.nlp.lexicon import alternation
from fayan.nlp.ner.data import Entity, LabelSpec
from fayan.nlp.segment import base_tokenizer, is_dictionary_word

__all__ = ["apply_tool_cues", "find_tools"]

_QTY = r"(?:[一二两三四五六七八九十几数\d]+[把根个支只副块辆部台件条张本套瓶袋]|若干)"
_OWNER = r"(?:自己的?|自家的?|其|他的|事先准备好?的|事先准备的?|随身携带的|随身携带|携带的|准备好?的|自带的)?"
# characters a compound may put before its head noun (一字起子, 大铁剪): no punctuation, function word or verb of use
_COMPOUND = r"[^\s，。；：、,.;:（）()“”\"'的将把在从到向往至和及与并后又再用使持拿取握砍捅刺划撬剪割打等被所该此]"
_QTY_RE = re.compile(_QTY)
_AFTER_CUE = "[了好]?" + _OWNER  # between a cue word and a kit or the thing it names: 准备了, 携带事先准备的
_PLATE = r"(?:(?:车牌号?码?|号牌号?码?|牌号)为?[A-Za-z0-9\u4e00-\u9fff*＊×]{1,12}的)?"
# the judgment's own list after 作案工具: up to a quantity, a stop word or punctuation
_NAMED_ITEM = re.compile(
    r"(?![到在至往从向于对用将把为是系予依由应已均并])([^\s，。；：、,.;:（）()及和与等]{1,20}?)"
    r"(?=" + _QTY + r"|[\s，。；：、,.;:（）()及和与等]|予以|依法|由|应|已|均|并|系|$)"
)
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


@lru_cache(maxsize=8)
def _patterns(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> _Patterns:
    c = dict(cues)
    tools, vehicles = c.get("tools", ()), tuple(v for v in c.get("vehicles", ()) if v != "车")
    nouns = tools + vehicles
    ahead = _OWNER + _QTY + "?"  # between a cue and its noun
    use = drive = named = back = lead = listed = opens = None
    if c.get("use") and tools:
        use = re.compile(f"(?P<cue>{_alt(c['use'])})(?!有)的?{ahead}(?P<tool>{_COMPOUND}{{0,4}}?{_alt(tools)})")
    if c.get("drive") and vehicles:
        drive = re.compile(f"(?P<cue>{_alt(c['drive'])}){ahead}(?P<tool>{_PLATE}{_COMPOUND}{{0,10}}?{_alt(vehicles)})")
    if c.get("named"):
        named = re.compile("(?<!等)(?<!上述)" + _alt(c["named"]) + "[：:，,]?")
        if nouns:
            back = re.compile("(" + _COMPOUND + "{0,6}?" + _alt(nouns) + ")" + _QTY + "?(?:等|作为)" + _alt(c["named"]))
            lead = re.compile(_alt(c.get("use", ()) + c.get("prepare", ()) + c.get("drive", ())) + _AFTER_CUE)
    if c.get("named") and (c.get("use") or c.get("prepare")):
        listed = re.compile("等(?:" + _alt(c["named"]) + "|工具)")
        opens = re.compile(
            f"(?P<cue>{_alt(c.get('use', ()) + c.get('prepare', ()))})(?!有){_AFTER_CUE}(?:{_alt(c['named'])})?[：:]?"
        )
    chain = re.compile("[和、及与]" + _QTY + "?(" + _COMPOUND + "{0,4}?" + _alt(tools) + ")") if tools else None
    return _Patterns(use, drive, named, back, chain, lead, listed, opens, nouns)


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


_MEMBER = re.compile(r"[^\s（）()“”\"'的]{1,10}")  # one thing of a listed kit: no bracket, no 的, at most 10 characters
_QTY_END = re.compile(_QTY + "$")
_LIST_SEP = re.compile("、|以及|及|和|与")


def _listed(text: str, listed: re.Pattern[str], opens: re.Pattern[str]) -> list[tuple[int, int]]:
    """The things of a 、-list that a word of use or preparing opens and 等作案工具 / 等工具 closes, in its clause:
    准备了绳子、胶带、匕首等作案工具; 携带事先准备的砍刀、尖刀、头套、手套等作案工具 (none of them a tool noun)."""
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
        for member in _LIST_SEP.split(text[i : m.start()]):
            s = text.index(member, i)
            e = i = s + len(member)
            if q := _QTY_RE.match(text, s, e):  # 一把尖刀
                s = q.end()
            if q := _QTY_END.search(text, s, e):  # 尖刀一把
                e = q.start()
            if _MEMBER.fullmatch(text, s, e) and not _NOT_A_TOOL.search(text, s, e):
                found.append((s, e))
    return found


def find_tools(text: str, spec: LabelSpec) -> list[tuple[int, int]]:
    """``(start, end)`` of the tools ``spec.tool_cues`` finds in ``text``, in order, none overlapping.

    >>> from fayan.nlp.ner.data import load_label_spec
    >>> t = "被告人甲用扳手和自制钥匙打开卷闸门，后驾驶自己的三轮摩托车将电缆线运走。"
    >>> [t[s:e] for s, e in find_tools(t, load_label_spec())]
    ['扳手', '自制钥匙', '三轮摩托车']
    """
    use, drive, named, back, chain, lead, listed, opens, nouns = _patterns(tuple(sorted(spec.tool_cues.items())))
    found: list[tuple[int, int]] = []
    for pat in (use, drive):
        for m in pat.finditer(text) if pat is not None else ():
            if not _a_cue(text, m):  # 军用制式枪支: no cue
                continue
            if pat is drive and (text[m.start() - 1 : m.start()] == "所" or text.startswith("的", m.end("tool"))):
                continue  # 其所开轿车, 驾驶摩托车的路人: a vehicle that describes, not one driven to the crime
            found.append(m.span("tool"))
            e = m.end("tool")
            while pat is use and chain is not None and (n := chain.match(text, e)):  # 用扳手和自制钥匙
                found.append(n.span(1))
                e = n.end(1)
    for m in named.finditer(text) if named is not None else ():
        i = m.end()
        # the first item may be any thing (作案工具闸线), but not after a comma (犯罪工具，其行为) or in a list after it
        first = not m.group().endswith(("，", ","))
        while n := _NAMED_ITEM.match(text, i):  # 作案工具扳手、自制钥匙; 作案工具水果刀一把
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
    for m in back.finditer(text) if back is not None else ():
        s, e = m.span(1)
        for cue in lead.finditer(text, s, e) if lead is not None else ():  # 某携带大铁剪等作案工具: 大铁剪
            s = cue.end()
        found.append((s, e))
    if listed is not None and opens is not None:
        found += _listed(text, listed, opens)
    if not found:
        return []
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


def apply_tool_cues(text: str, entities: Sequence[Entity], spec: LabelSpec) -> list[Entity]:
    """The model's entities with the tools :func:`find_tools` finds added (``source="rule"``, score 1.0).

    An item inside a found tool's span gives way to it; a found tool that overlaps any other entity is dropped.

    >>> from fayan.nlp.ner.data import load_label_spec
    >>> t = "被告人甲驾驶三轮摩托车到某村。"
    >>> [(e.text, e.label, e.source) for e in apply_tool_cues(t, [Entity(6, 11, "三轮摩托车", "item", 0.7)],
    ...                                                        load_label_spec())]
    [('三轮摩托车', 'tool', 'rule')]
    """
    if not spec.tool_cues or "tool" not in spec.labels:
        return list(entities)
    out = list(entities)
    for s, e in find_tools(text, spec):
        over = [x for x in out if x.start < e and s < x.end]
        if any(x.label != "item" or x.start < s or x.end > e for x in over):
            continue
        out = [x for x in out if x not in over]
        out.append(Entity(s, e, text[s:e], "tool", 1.0, "rule"))
    return sorted(out, key=lambda x: (x.start, x.end, x.label))
