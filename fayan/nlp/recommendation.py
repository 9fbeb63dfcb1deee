"""The prosecutor's sentencing recommendation (量刑建议) and whether the court says it adopts it.

A recommendation names a principal punishment and a term or a range of terms:
``建议判处被告人甲拘役二个月至四个月``, ``判处一年以下有期徒刑或拘役``, ``在有期徒刑三年至四年的区间内量刑``; a kind
alone (``判处拘役并处罚金``) allows any term of it.
The principal punishment is read from the first clause; the clauses right after it may add 缓刑 (its term, or
whether it may or may not be given) and the fine (an amount or a range).  A recommendation that covers several
counts (对其所犯A罪，判处…；犯B罪，判处…; 以A罪判处…，以B罪判处…, or …；以B罪判处…) is read count by count, each with its ``charge``, and
the term to execute it names (…，决定执行有期徒刑一年三个月) as the whole sentence's; one of several charges may give
that term alone (以A罪、B罪数罪并罚，决定执行有期徒刑四年六个月). A fine alone (建议对被告单位判处罚金人民币二十万元,
对被告人甲单处罚金…) recommends 单处罚金, of the unit where it names 被告单位.
It may be told after its name (量刑建议为有期徒刑十个月，缓刑一年; 提出量刑建议：对被告人甲判处…), or under it as a form's
label (量刑建议⏎拘役三个月至四个月…, that line alone); one the prosecutor
adjusted at trial (当庭调整量刑建议为：…) replaces the earlier one for its defendants.

>>> [(r.defendants, r.principals, r.lo_months, r.hi_months) for r in find_recommendations(
...     "公诉机关建议对被告人甲某判处拘役二个月至四个月，并处罚金。", ["甲某"])]
[(('甲某',), ('拘役',), 2.0, 4.0)]
>>> [(r.principals, r.lo_months, r.hi_months) for r in find_recommendations("并建议对被告人乙某判处一年以下有期徒刑或拘役。", ["乙某"])]
[(('有期徒刑', '拘役'), 0.0, 12.0)]
>>> [(r.text, r.probation, r.probation_lo_months, r.fine_lo_yuan, r.fine_hi_yuan) for r in find_recommendations(
...     "公诉机关建议判处拘役二个月，缓刑三个月，并处罚金人民币四千元至六千元。", [])]
[('判处拘役二个月，缓刑三个月，并处罚金人民币四千元至六千元', 'yes', 3.0, 4000.0, 6000.0)]
>>> stance("公诉机关的量刑建议适当，本院予以采纳。")[0], stance("公诉机关的量刑建议偏重，本院不予采纳。")[0]
('adopted', 'rejected')
>>> {n: w for n, (w, _span) in stances("公诉机关对被告人甲某的量刑建议适当，本院予以采纳。公诉机关对被告人乙某的量刑建议偏重，"
...     "本院不予采纳。", ["甲某", "乙某"]).items()}
{'甲某': 'adopted', '乙某': 'rejected'}
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from fayan.judgment import Recommendation
from fayan.nlp.numbers import cn_to_int, find_lengths, find_money
from fayan.nlp.outcome import GENERAL_TERM_RANGE

__all__ = ["find_recommendations", "stance", "stances"]

_PRINCIPALS = ("有期徒刑", "拘役", "管制")
# a further defendant's part that names him and his punishment without 对 or 判处 before (…并处罚金；被告人乙有期徒刑
# 一年…, …；被告人乙判处…): his name runs up to the punishment, without 被 or 判 (not …；被告人乙曾因犯盗窃罪被判处有期徒刑…,
# a record told after the recommendation)
_NEXT_NAMED = r"被告人[^，,；;。被判]{1,12}?(?:判处)?(?:有期徒刑|拘役|管制)"
# a further count of the same defendant's, or the term to execute them, after a ；(建议对被告人甲以A罪判处有期徒刑四年，并处
# 罚金；以B罪判处有期徒刑一年；决定执行有期徒刑四年六个月): the recommendation goes on
# the sentence to execute of a defendant's counts (…，以B罪判处有期徒刑七个月，决定执行有期徒刑一年三个月): his whole sentence's
_COMBINED = r"(?:数罪并罚[，,]?\s*)?(?:决定|合并)执行"
_NEXT_COUNT = rf"(?:以|所?犯)[^，,；;。]{{1,20}}?罪[，,]?\s*判处|{_COMBINED}"
# where a recommendation goes on past a ；: another defendant's part (…；对被告人乙判处…, …；判处被告人乙…, …；对王某判处…,
# …；被告人乙有期徒刑…, …；对被告单位判处罚金…) or the same defendant's next count or term to execute; not a clause
# that names its own 量刑建议 (当庭将对被告人甲的量刑建议调整为…；对被告人乙的量刑建议调整为…), read on its own as
# told after its name, of whom it names before it
_GOES_ON = (rf"[；;](?![^，,；;。]{{0,40}}?量刑建议(?:当庭)?(?:(?:调整|变更)?为|[：:]))"
            rf"(?=\s*(?:对|判处)被告|\s*对[^，,；;。]{{1,12}}?判处|\s*{_NEXT_NAMED}|\s*(?:{_NEXT_COUNT}))")
# a recommendation: 建议 … 判处 / 量刑 / 区间 / 幅度内处刑 / 幅度内确定…刑罚, up to where the principal punishment's part
# ends; one sentence, or its clauses for several defendants (…并处罚金；对被告人乙判处…, …并处罚金；判处被告人乙…,
# …并处罚金；被告人乙有期徒刑…) or one defendant's counts (…并处罚金；以B罪判处…；决定执行…), as many as there are (three
# defendants' terms, 缓刑 and fines run past 160 characters)
_REC_RE = re.compile(
    # (单处罚金 of a fine alone; 以A罪、B罪数罪并罚，决定执行… of the term to execute only)
    rf"(?<!量刑)建议(?P<body>[^。；;]{{0,80}}?(?:判处|判|量刑|区间|处刑|幅度|单处|{_COMBINED})"
    rf"(?:[^。；;]|{_GOES_ON}){{0,400}})"
    # 公诉机关关于对被告人甲判处有期徒刑二年至三年的量刑意见 (the court quoting it, without 建议)
    r"|(?:公诉机关|检察院|公诉人|检察员)(?:提出)?的?关于(?P<quoted>对[^。；;]{0,80}?判处?[^。；;]{0,80}?)的量刑意见"
    # 公诉机关提出对被告人甲判处十个月以下有期徒刑…的量刑建议适当, 所提…判处拘役二至六个月…的量刑建议 (named after)
    r"|(?:提出|所提)的?(?P<named>(?:对[^。；;]{0,40}?)?(?:判处[^。；;]{0,160}?|在[^。；;]{0,60}?(?:幅度|区间|之间)内?量刑"
    r"[^。；;]{0,40}?))的(?:量刑)?建议"
    # 量刑建议为有期徒刑十个月，缓刑一年; 当庭调整量刑建议为：对被告人甲判处… (the recommendation told after its name);
    # 对二被告人的量刑建议分别为：被告人甲有期徒刑三年…；被告人乙有期徒刑二年…; 公诉机关提出量刑建议：对被告人甲判处…；
    # 对被告人乙判处… (after a colon alone), 量刑建议如下：…
    # (当庭将量刑建议调整为判处…, 对被告人甲的量刑建议当庭调整为…: the adjusted one)
    # a form layout's label opening its line, with its colon or alone, the content on the next line (量刑建议⏎拘役
    # 三个月至四个月，可以适用缓刑): the content is its line, not the next label's (被告人意见⏎对指控的犯罪事实、罪名…)
    rf"|(?:(?<=\n)|^)量刑建议[ \t]*(?:[：:]\s*|\n\s*)"
    rf"(?P<cell>[^。；;\n]{{0,160}}(?:{_GOES_ON}\s*[^。；;\n]{{0,160}})*)"
    rf"|量刑建议(?:(?:当庭)?(?:调整|变更)(?=为))?(?:如下)?(?:分别)?(?:(?:为|是(?!否))[：:]?|[：:])\s*(?P<told>[^。；;]{{0,160}}"
    rf"(?:{_GOES_ON}[^。；;]{{0,160}})*)"
)
# where the principal punishment's part ends: 并处罚金, 缓刑…, 不宜适用缓刑 …; also 撤销缓刑 / 撤销假释, which ends the
# new crime's term (…判处有期徒刑三年六个月，撤销缓刑，与前罪…数罪并罚) and is no 缓刑 of it
_STOP_RE = re.compile(
    r"[，,]?\s*(?:并处|单处|撤销(?:缓刑|假释)|(?<!撤销)缓刑|罚金|可(?:以|依法)?(?:适用|宣告)|适用缓刑|的量刑|的刑事处罚|"
    r"的区间内量刑|"
    r"(?:且|并)?(?:建议)?(?:不宜|不予|不应|不得|不能|不建议)|如[^，,]{0,12}?可|$)"
)
# 二被告人 (as many as there are defendants), 各被告人, 上述被告人
_EVERYONE_RE = re.compile(r"(?:(?P<n>[二两三四五六七八九])|各|上述|全体|以上)名?被告人")
_RANGE_WORDS = re.compile(r"至|到|～|~|－|-|以上")


def _durations(seg: str) -> list[tuple[int, int, float]]:
    """(start, end, months) of every length of time in ``seg``, in order (a day is 1/30 month)."""
    return [(span.start, span.end, d.months + d.days / 30) for span, d in find_lengths(seg)]


# 缓刑 allowed on a condition told in clauses of its own right after the recommendation (…判处拘役二个月至四个月，并处
# 罚金。如符合社区矫正条件，可适用缓刑。)
_NEXT_PROBATION_RE = re.compile(
    r"[。；;，,]\s*(?:如|若)[^。；;]{0,20}?[，,]\s*(?:可|可以|可依法|可以依法)(?:对其)?(?:适用|宣告)缓刑(?=[。；;]|的)"
)


# the prosecutor changing the recommendation at trial (刑事诉讼法第二百零一条第二款): 当庭调整量刑建议为…, 调整对被告人甲的
# 量刑建议，建议判处其…, 变更后的量刑建议为…, 当庭将量刑建议调整为…, 对被告人甲的量刑建议当庭调整为… (not 未调整, 没有调整,
# 无需调整, 不予调整, 未将…)
_ADJUSTED_RE = re.compile(
    r"(?<![未不没无])(?<![不无]需)(?<!无须)(?<![不未]予)(?<!没有)(?<!不必)(?:调整|变更)(?:了|后的?)?(?:对[^。；;]{0,20}?的)?量刑建议"
    r"|(?<![未不没无]将)(?<!没有将)量刑建议(?:当庭)?(?:调整|变更)为"
)
# whose 量刑建议 it is, said right before it (当庭将对被告人甲的量刑建议调整为…, 将甲的量刑建议调整为…, 调整对被告人甲的量刑
# 建议，建议判处…, 对其的量刑建议…): of a clause that ends there
_OWNER_RE = re.compile(r"(?:对|将)(?P<who>[^，,。；;：:的]{1,40})的$|(?:被告人|被告单位)(?P<named>[^，,。；;：:的]{1,20})的$")
# the defence counsel witnessing the plea the prosecutor's recommendation rests on (在辩护人见证下签署, 在辩护人甲某
# 在场的情况下签署, 在值班律师、辩护人的见证下): present, saying nothing of the sentence
_WITNESSED_RE = re.compile(r"辩护人[^，,。；;]{0,12}?(?:见证|在场|陪同)")
# a part that names its defendant by 其 (建议对其…, 建议判处其…): the one named last before it
_ITS_RE = re.compile(r"\s*(?:对|判处|判|给予)?其")


def find_recommendations(text: str, names: Sequence[str], start: int = 0, end: int | None = None,
                         units: Sequence[str] = (), others: Sequence[str] = (),
                         aliases: Mapping[str, str] | None = None) -> list[Recommendation]:
    """Recommendations in ``text[start:end]``; offsets (and ``text`` of each) index the ``text`` given.

    ``units``: those of ``names`` that are units (被告单位), which a part naming 被告单位 alone is of where there is
    one (建议对被告单位判处罚金人民币二十万元), and which 二被告人 or 各被告人 does not count.
    ``others``: people the document names who are none of ``names`` (a header defendant the result sentences
    for nothing, a co-defendant tried elsewhere): a part naming one of them is his, never one of ``names``'
    (建议对被告人甲判处有期徒刑七个月…；对被告人乙判处有期徒刑六个月，缓刑一年…, where the result sentences 甲
    alone: the second part is 乙's, not 甲's as the only defendant's).

    One that names no defendant is the one named by its 其 (…调整对被告人乙的量刑建议，建议判处其…), else the only one of
    ``names`` where there is one. One the prosecutor made in place of an earlier one (当庭调整量刑建议为…) replaces the
    earlier ones of its defendants: the court rules on what is recommended at last.
    ``aliases`` maps other names of the defendants (a short form the document introduces: 被告人艾力·买买提（以下简称艾力）)
    onto theirs in ``names``: a part naming one is that defendant's (建议判处被告人艾力有期徒刑十个月)."""
    end = len(text) if end is None else end
    out: list[Recommendation] = []
    # what adjusted recommendations replaced (quoted again later: still gone)
    gone: set[tuple[object, ...]] = set()
    only = tuple(dict.fromkeys(n for n in names if n))
    aliases = _own_aliases(aliases, only)
    # (who a part names: the defendants, their other names, then the others)
    known = [*only, *aliases, *(n for n in dict.fromkeys(others) if n and n not in only and n not in aliases)]
    for m in _REC_RE.finditer(text, start, end):
        opens = max(text.rfind("。", 0, m.start()) + 1, start)
        if m.group("cell") is not None:  # (a label's content: its line, not the line before, another label's)
            opens = max(opens, text.rfind("\n", 0, m.start()) + 1)
        # (the defence as a witness of the plea is not its view: 并在辩护人见证下签署了认罪认罚具结书，建议判处…)
        sentence = _WITNESSED_RE.sub("", text[opens : m.start()])
        if re.search(r"辩护|辩称|辩解|被告人[^，。]{0,8}(?:认为|提出)", sentence):
            continue  # the defence's view of the sentence, not the prosecutor's recommendation
        key = next(g for g in ("body", "quoted", "named", "told", "cell") if m.group(g) is not None)
        body, at_body = m.group(key), m.start(key)
        group = "told" if key == "cell" else key  # (a label's content is told after its name)
        adjusted = bool(_ADJUSTED_RE.search(text, opens, at_body))
        new: list[Recommendation] = []
        charges = _charges(body)
        # count by count: 犯A罪，判处…; or 以A罪判处…，以B罪判处… where more than one 罪 is named (以A罪判处 alone is the
        # whole sentence's)
        if re.search(r"犯[^，,]{1,20}罪[，,]?\s*判处", charges) or (
            re.search(r"以[^，,]{1,20}罪判处", charges) and len(re.findall(r"罪", charges)) > 1
        ):
            if group in ("body", "told"):
                at = at_body
                stop = text.find("。", at, end)
                new = _per_count(text, at, end if stop < 0 else stop, names, text[max(start, at - 200) : at],
                                 known)
        # (several charges in one: whose range cannot be told, unless the term to execute them is what is
        # given: 对被告人甲以A罪、B罪数罪并罚，决定执行有期徒刑四年六个月)
        elif len(re.findall(r"罪", charges)) <= 1 or _COMBINED_RE.search(charges):
            # one part per defendant: 对被告人甲判处…，对被告人乙判处…
            # (…；对王某判处…: after a ；, a defendant named without 被告人 too)
            # (…并处罚金、对被告人乙判处…, …并处罚金，被告人乙有期徒刑…: after a 、 or before a name without 对 or 判处
            # only where the part before names a punishment; 对被告人甲、对被告人乙判处… is one part for both)
            seps = []
            for x in re.finditer(rf"[，,；;、]\s*(?=对被告|判处被告)|[；;]\s*(?=对[^，,；;。]{{1,12}}?判处)"
                                 rf"|(?P<named>[，,；;]\s*(?={_NEXT_NAMED}))", body):
                since = body[seps[-1].end() if seps else 0 : x.start()]
                weak = x.group().startswith("、") or x.group("named")
                if not weak or any(p in since for p in _PRINCIPALS):
                    seps.append(x)
            for a, b in zip([0] + [x.end() for x in seps], [x.start() for x in seps] + [len(body)]):
                if len(re.findall(r"罪", _charges(body[a:b]))) > 1 and not _COMBINED_RE.search(body[a:b]):
                    continue  # (one defendant's several charges without the term to execute them)
                rec = _one(body[a:b], names, at_body + a, units, known)
                if rec is not None and not rec.defendants and _ITS_RE.match(body[a:b]):
                    # 被告人甲系逃逸，有自首情节，建议对其在有期徒刑三至五年之间量刑: 其 is the one named last before it
                    rec = replace(rec, defendants=_last_named(known, text[opens : at_body + a]))
                if rec is not None and not (group != "body" and any(_what(r) == _what(rec) for r in out)):
                    new.append(rec)  # a recommendation the court quotes again is the one made before
        if any(not r.defendants for r in new):
            # a part naming no one is of whom the 量刑建议 before it names (公诉机关当庭将对被告人甲的量刑建议调整为有期
            # 徒刑一年: 甲's, not no one's): the one it is told after, or the one its sentence adjusts
            said = m.start() if group == "told" else -1
            if adjusted and group != "told":
                a = list(_ADJUSTED_RE.finditer(text, opens, at_body))[-1]
                said = text.find("量刑建议", a.start(), a.end())
            persons = [n for n in only if n not in units]
            owner = _owner(text, said, known, max(opens, start), persons) if said >= 0 else ()
            new = [replace(r, defendants=owner) if not r.defendants else r for r in new]
        new = [replace(r, defendants=_as_named(r.defendants, aliases)) for r in new]
        new = [replace(r, defendants=only) if not r.defendants and len(only) == 1 else r for r in new]
        if adjusted:
            for r in new:
                gone |= {_what(x) for x in out if _replaces(r, x)}
                out = [x for x in out if not _replaces(r, x)]
            gone -= {_what(r) for r in new}  # (what it recommends again, unchanged, is still recommended)
        out += [r for r in new if _what(r) not in gone]
    return [replace(r, probation="may") if r.probation is None and _NEXT_PROBATION_RE.match(text, r.end) else r
            for r in out]


def _owner(text: str, at: int, known: Sequence[str], opens: int, persons: Sequence[str]) -> tuple[str, ...]:
    """Whom the 量刑建议 at ``at`` is said of, named right before it in its clause (对被告人甲、乙的量刑建议, 将甲的量刑
    建议; 对其的量刑建议: the one named last before; 对二被告人的量刑建议: all ``persons``, as many as it counts); none
    where its clause names no one of ``known`` so (公诉机关当庭将量刑建议调整为…, 根据被告人甲的退赔情况调整量刑建议为…)."""
    clause = text[max([opens] + [text.rfind(c, opens, at) + 1 for c in "，,；;：:"]) : at]
    m = _OWNER_RE.search(clause)
    if m is None:
        return ()
    who = m.group("who") or "被告人" + m.group("named")
    named = tuple(n for n in known if n and n in who)
    if not named and who.endswith("其"):
        named = _last_named(known, text[max(0, at - 300) : at - len(clause) + m.start()])
    elif not named and (everyone := _EVERYONE_RE.search(who)):
        count = everyone.group("n")
        named = tuple(persons) if count is None or cn_to_int(count) == len(persons) else ()
    if len(named) > 1 and "分别" in text[at : at + 10]:
        return ()  # (对被告人甲、乙的量刑建议分别调整为…: each his own, which a part naming no one cannot tell)
    return named


def _charges(s: str) -> str:
    """``s`` without the 罪 that names no count of its own: 前罪 / 数罪并罚 / 新罪 / 漏罪 (撤销缓刑，与前罪数罪并罚)."""
    return re.sub(r"前罪|后罪|新罪|漏罪|余罪|数罪并罚|数罪", "", s)


def _replaces(new: Recommendation, old: Recommendation) -> bool:
    """Whether the adjusted recommendation ``new`` takes the place of ``old``: the same defendant's (or, of no
    one named, another of no one named), for the same count or for the whole sentence."""
    same = bool(set(new.defendants) & set(old.defendants)) or new.defendants == old.defendants
    return same and new.charge in (None, old.charge)


# a count's recommendation: (对被告人甲)所犯A罪，判处…; (对其)以A罪判处…
_COUNT_RE = re.compile(r"(?P<pre>对[^，,；;。]{0,12}?)?(?:所?犯|以)(?P<charge>[^，,；;。、]{1,20}?罪)[，,]?\s*(?=判处)")
_COMBINED_RE = re.compile(_COMBINED)


def _own_aliases(aliases: Mapping[str, str] | None, names: Sequence[str]) -> dict[str, str]:
    """Those of ``aliases`` (another name → a defendant's) that stand for one of ``names`` and are none of
    them."""
    return {a: n for a, n in (aliases or {}).items() if a and n in names and a not in names}


def _as_named(who: Sequence[str], aliases: Mapping[str, str]) -> tuple[str, ...]:
    """``who`` with each other name of ``aliases`` read as the defendant's name, each once."""
    return tuple(dict.fromkeys(aliases.get(n, n) for n in who))


def _last_named(names: Sequence[str], before: str) -> tuple[str, ...]:
    """The name ``before`` ends nearest to, as the one 其 points to (empty where it names none)."""
    said = [n for n in set(names) if n and n in before]
    return (max(said, key=lambda n: (before.rfind(n) + len(n), len(n))),) if said else ()


def _per_count(text: str, start: int, end: int, names: Sequence[str], before: str,
               known: Sequence[str] | None = None) -> list[Recommendation]:
    """The recommendations of one 建议 given count by count (建议对其所犯A罪，判处有期徒刑二年，并处罚金人民币4000元；犯B罪，
    判处拘役五个月…。) in ``text[start:end]``; ``before``: the text before the 建议, whose last name 其 points to;
    ``known``: the names a count may name, as of :func:`_one`."""
    known = names if known is None else known
    counts = list(_COUNT_RE.finditer(text, start, end))
    out: list[Recommendation] = []
    who: tuple[str, ...] = ()
    for k, m in enumerate(counts):
        upto = counts[k + 1].start() if k + 1 < len(counts) else end
        # after the last count, (数罪并罚，)决定执行…: the term to execute, which the court's 决定执行 is held to
        combined = _COMBINED_RE.search(text, m.end(), upto)
        stop = min([upto if combined is None else combined.start()]
                   + [x for c in "；;" if (x := text.find(c, m.end(), upto)) >= 0])
        rec = _one(text[m.end() : stop], names, m.end(), (), known)
        if rec is None:
            continue
        pre = m.group("pre") or ""
        # (以A罪判处被告人甲…: named after the 判处)
        named = tuple(n for n in known if n and n in pre) or rec.defendants
        if named:
            who = named
        elif pre.startswith("对其"):
            who = _last_named(known, before)
        # (else a later count, 犯B罪…, is the same defendant's as the one before)
        out.append(replace(rec, defendants=who, charge=m.group("charge")))
        # (of 数罪 only: 犯A罪，判处…，与前罪…并罚，决定执行… joins an earlier judgment's term, which E12 leaves aside)
        several = sum(r.defendants == who and r.charge is not None for r in out) > 1
        if combined and several and not re.search(r"前罪|原判|余刑|剩余刑期|漏罪", text[m.end() : combined.start()]):
            stop = min([upto] + [x for c in "；;" if (x := text.find(c, combined.end(), upto)) >= 0])
            whole = _one(text[combined.end() : stop], names, combined.end(), (), known)
            if whole is not None:
                out.append(replace(whole, defendants=who))
    return out


def _what(r: Recommendation) -> tuple[object, ...]:
    """What a recommendation recommends, to whom (not where it is written)."""
    return r.defendants, r.principals, r.lo_months, r.hi_months, r.charge


def _range(seg: str, principals: tuple[str, ...]) -> tuple[float, float | None] | None:
    """The months ``seg`` recommends for its first punishment: a range, one term, …以下 or …以上; a kind without a
    term (判处拘役并处罚金) allows any term of that kind (刑法38, 42, 45), so a sentence of another kind departs from
    it."""
    times = _durations(seg)
    if not times:
        kind = GENERAL_TERM_RANGE.get(principals[0]) if len(principals) == 1 else None
        return (float(kind[0]), float(kind[1])) if kind else None
    first = times[0]
    after = seg[first[1] : first[1] + 3]
    if len(times) >= 2 and _RANGE_WORDS.search(seg[first[1] : times[1][0]] or "至"):
        return first[2], times[1][2]
    if after.startswith("以下"):
        return 0.0, first[2]
    if after.startswith("以上"):
        return first[2], None
    return (first[2], first[2]) if len(times) == 1 else None


def _one(part: str, names: Sequence[str], offset: int, units: Sequence[str] = (),
         known: Sequence[str] | None = None) -> Recommendation | None:
    """The recommendation in one defendant's part of a 建议 sentence (``offset``: where ``part`` starts);
    ``known``: every name it may name (``names``, whom 二被告人 counts, then the others; ``names`` by default).

    A part that gives the term to execute of several charges, or before any punishment (以A罪、B罪数罪并罚，决定执行
    有期徒刑四年六个月), is read from there; a term before it of one charge is the new crime's own, read up to it
    (…判处有期徒刑一年，与前罪…数罪并罚，决定执行…), as a verdict joined to an earlier judgment's is compared.
    A fine alone (对被告单位判处罚金人民币二十万元, 对被告人甲单处罚金人民币五千元) recommends 单处罚金."""
    known = names if known is None else known
    at, cut = 0, len(part)
    if combined := _COMBINED_RE.search(part):
        before = part[: combined.start()]
        if len(re.findall(r"罪", _charges(before))) > 1 or not any(p in before for p in _PRINCIPALS):
            at = combined.end()
        else:
            cut = combined.start()
    stop = _STOP_RE.search(part, at, cut)
    upto = stop.start() if stop else cut
    seg = part[at:upto]
    principals = tuple(p for p in sorted(_PRINCIPALS, key=seg.find) if p in seg)
    if not principals and stop is not None and (
        (stop.group() == "单处" and part.startswith("罚金", stop.end()))
        or (stop.group() == "罚金" and re.search(r"判处?[^，,]*$", seg))
    ):
        principals, span = ("单处罚金",), (0.0, 0.0)  # (判处罚金 with a name between: 判处被告单位甲公司罚金…)
    elif not principals or (len(principals) > 1 and "或" not in seg):
        return None  # no punishment named, or two without 或: not a plain recommendation
    else:
        # (a name is no term: 被告人陆天成有期徒刑十个月, whose 陆天 reads as six days)
        unnamed = seg
        for n in sorted({n for n in known if n}, key=len, reverse=True):
            unnamed = unnamed.replace(n, "某" * len(n))
        span = _range(unnamed, principals)
    if span is None:
        return None
    lo, hi = span
    named = part[:upto]
    who = tuple(n for n in known if n and n in named)
    persons = [n for n in dict.fromkeys(names) if n and n not in units]
    everyone = _EVERYONE_RE.search(named)
    count = everyone.group("n") if everyone else None
    if not who and everyone and (count is None or cn_to_int(count) == len(persons)):
        who = tuple(persons)  # 对二被告人判处…, 对各被告人…: all of them (被告人: not the 被告单位)
    elif not who and "被告单位" in named and len(set(units)) == 1:
        who = (units[0],)
    extra, used = _after(part[upto:cut])
    end = upto + used
    return Recommendation(who, principals, lo, hi, offset, offset + end, part[:end], **extra)


# the clauses that may follow the principal punishment: 缓刑…, 并处罚金…, (可以/依法)适用缓刑, 不宜适用缓刑
# (each may end in 的量刑建议…, which is left out of the recommendation's text)
_TAIL = r"(?=的|$)"
_PROBATION_NO_RE = re.compile(rf"(?:且|并)?(?:建议)?(?:不宜|不予|不应|不得|不能|不建议|不)(?:对其)?(?:适用|宣告)?缓刑{_TAIL}")
_PROBATION_MAY_RE = re.compile(rf"(?:且|并)?(?:建议)?(?:如[^，,]{{0,12}}?)?(?:可|可以|可依法|可以依法)(?:对其)?(?:适用|宣告)缓刑{_TAIL}")
_PROBATION_YES_RE = re.compile(rf"(?:且|并)?(?:建议)?(?:对其)?(?:(?:适用|宣告)缓刑|缓刑)(?P<term>[^，,的]*){_TAIL}")
_FINE_RE = re.compile(rf"(?:并处|单处|并|处)?罚金(?P<amount>[^，,的]*){_TAIL}")


def _after(tail: str) -> tuple[dict[str, object], int]:
    """What the clauses after the principal punishment say of 缓刑 and the fine, and how far they reach."""
    out: dict[str, object] = {}
    at = 0
    for m in re.finditer(r"\s*[，,]?\s*(?P<clause>[^，,]+)", tail):
        clause, c0 = m.group("clause"), m.start("clause")
        no = _PROBATION_NO_RE.match(clause)
        may = None if no else _PROBATION_MAY_RE.match(clause)
        if hit := no or may:
            out["probation"] = "no" if no else "may"
        elif hit := _PROBATION_YES_RE.match(clause):
            terms = _durations(hit.group("term"))
            out["probation"] = "yes"
            if terms:
                out["probation_lo_months"] = terms[0][2]
                out["probation_hi_months"] = terms[1][2] if len(terms) == 2 else terms[0][2]
        elif hit := _FINE_RE.match(clause):
            money = [x for _span, x in find_money(hit.group("amount"))]
            if len(money) == 1 and money[0].qualifier in ("exact", "range"):
                x = money[0]
                out["fine_lo_yuan"] = float(x.low if x.low is not None else x.amount)
                out["fine_hi_yuan"] = float(x.high if x.high is not None else x.amount)
        else:
            break
        at = c0 + hit.end()
        if hit.end() < len(clause):
            break  # 的量刑建议…: the recommendation ends here
    return out, at


# the prosecutor's recommendation by name, not the defence's: 量刑建议; 公诉机关…量刑意见; 其建议对被告人X判处拘役，并处罚金的
# 量刑意见 (named by its 建议)
_REC_NAME = (
    r"(?:量刑建议|(?:公诉机关|检察院|公诉人|检察员)[^。；;，,]{0,60}?量刑意见|(?<!辩护人)(?<!辩护)建议[^。；;]{0,60}?的量刑意见"
    # …在有期徒刑六个月至一年的幅度内量刑，并处罚金的建议; …对被告人X判处有期徒刑九个月至一年的建议
    r"|(?:公诉机关|检察院)提出[^。；;]{0,80}?(?:量刑|判处)[^。；;]{0,40}?的建议"
    # 对公诉机关量刑情节的建议，予以采纳: the recommendation named by what it weighs
    r"|(?:公诉机关|检察院|公诉人)[^。；;，,]{0,10}?量刑[^。；;，,]{1,8}?建议)"
)
_ADOPTS = r"(?:予以采纳|予以支持|应予采纳|应予支持|本院(?:予以)?采纳|(?<!不)适当|(?<!不)恰当|(?<!不)合理|(?<!不)合法|符合法律规定)"
_ADOPTED = re.compile(_REC_NAME + r"[^。；;]{0,40}?" + _ADOPTS)
# the court adopting the recommendation as the prosecutor adjusted it at trial (公诉机关调整后的量刑建议适当，本院予以
# 采纳): the adjusted one is what it adopts, whatever it said of the first (原提出的量刑建议明显不当)
_ADOPTED_ADJUSTED = re.compile(r"(?:调整|变更)后的?(?:量刑建议|量刑意见)[^。；;]{0,40}?" + _ADOPTS)
# not the prosecutor's own adjustment (公诉机关当庭调整量刑建议为…), which the court may go on to adopt; a recommendation
# that no longer counts (the defendant withdrew the plea: 原提出的量刑建议亦不再作为本案量刑的依据) is set aside too
_REJECTED = re.compile(
    _REC_NAME + r"[^。；;]{0,40}?(?:不予采纳|不予支持|不当|偏重|偏轻|过重|过轻|不符合|不予确认|不再(?:作为|适用))"
    r"|(?:(?<!当庭)(?<!公诉机关)(?<!检察院)(?<!检察机关)(?<!据此)调整(?!后)|不采纳|未采纳)[^。；;]{0,10}量刑建议"
)


def stance(text: str, start: int = 0, end: int | None = None) -> tuple[str | None, tuple[int, int] | None]:
    """``adopted`` / ``rejected`` (with the span saying so) or ``(None, None)``; rejection wins, except over
    the adoption of an adjusted recommendation (:data:`_ADOPTED_ADJUSTED`)."""
    end = len(text) if end is None else end
    for kind, pattern in (("adopted", _ADOPTED_ADJUSTED), ("rejected", _REJECTED), ("adopted", _ADOPTED)):
        m = pattern.search(text, start, end)
        if m:
            return kind, m.span()
    return None, None


def stances(
    text: str, names: Sequence[str], start: int = 0, end: int | None = None, others: Sequence[str] = (),
    aliases: Mapping[str, str] | None = None, unrecommended: Collection[str] = (),
) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each defendant's ``adopted`` / ``rejected`` (with the span saying so), where the court's words may
    differ between defendants (公诉机关对被告人甲、乙提出的量刑建议适当，本院予以采纳。…对被告人丙的量刑建议明显
    不当，本院不予采纳): of the words naming him, as :func:`stance` weighs them; one they name nowhere takes the
    words naming no one (公诉机关的量刑建议适当，本院予以采纳). Absent where neither says anything.
    Words naming only ``others`` (people who are none of ``names``, as of :func:`find_recommendations`) are
    theirs, not words naming no one (…对被告人乙的量刑建议偏重，本院不予采纳, where the result sentences 甲 alone).
    ``aliases``: as of :func:`find_recommendations`. ``unrecommended``: those of ``names`` recommended nothing
    (建议对被告人乙判处…, 丙 pleading not guilty): words naming no one are not theirs, only words naming them."""
    end = len(text) if end is None else end
    aliases = _own_aliases(aliases, names)
    known = [*names, *aliases, *(n for n in others if n and n not in names and n not in aliases)]
    said: list[tuple[int, int, str, tuple[int, int], tuple[str, ...]]] = []
    for rank, (kind, pattern) in enumerate((("adopted", _ADOPTED_ADJUSTED), ("rejected", _REJECTED),
                                            ("adopted", _ADOPTED))):
        said += [(rank, m.start(), kind, m.span(), _as_named(_whose(text, m, known, start), aliases))
                 for m in pattern.finditer(text, start, end)]
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for n in dict.fromkeys(n for n in names if n):
        mine = [x for x in said if n in x[4]] or [x for x in said if not x[4] and n not in unrecommended]
        if mine:
            _rank, _at, kind, span, _who = min(mine)
            out[n] = kind, span
    return out


def _whose(text: str, m: re.Match[str], names: Sequence[str], start: int) -> tuple[str, ...]:
    """The defendants whose 量刑建议 the court's words ``m`` are of: those named in the clause before the 量刑建议
    (公诉机关对被告人甲、乙提出的量刑建议适当; …调整对其的量刑建议: the one named before), else in its sentence (被告人丙…，
    本院对该量刑建议不予采纳); none where neither names anyone (公诉机关的量刑建议适当: everyone's)."""
    at = m.start() + (x.start() if (x := re.search(r"量刑(?:建议|意见)|建议", m.group())) else 0)
    opens = max([start] + [text.rfind(c, start, at) + 1 for c in "。；;"])
    clause = text[max([opens] + [text.rfind(c, opens, at) + 1 for c in "，,"]) : at]
    named = tuple(n for n in names if n and n in clause)
    if not named and (its := clause.find("对其")) >= 0:
        named = _last_named(names, text[max(start, at - 300) : at - len(clause) + its])
    return named or tuple(n for n in names if n and n in text[opens:at])
