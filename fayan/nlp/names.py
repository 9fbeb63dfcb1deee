"""Person names in a text: where known names stand (:func:`name_mentions`), and masked names that run on
(:func:`masked_run_on`: 刘某满 written where the mask keeps the given name's last character).

Published judgments mask names as 王某, 王某某, 王某甲 or 王某1, and also as 刘某满 or 许某金 (surname, 某, the last
character of the given name). A reader of ``X某`` cannot tell from one occurrence whether the character after it is
part of the name (刘某满在…) or the next word (刘某报警). Across a document it can: a name's every occurrence goes
on with its own last character, while the words after a name vary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from fayan.nlp.segment import is_dictionary_word
from fayan.nlp.text import NAME_DOTS, alike

__all__ = [
    "LATIN_NAME", "NAME_NOTE", "masked_run_on", "masked_slips", "name_mentions", "other_writings", "short_forms",
]

# A foreigner's name in Latin letters as a passport writes it, its words spaced (NGUYEN VAN AN, J.-P. O'NEIL)
LATIN_NAME = r"[A-Za-z][A-Za-z.'\-]*(?:[ \t]+[A-Za-z][A-Za-z.'\-]*)*"
# the cues of a Latin name's Chinese rendering, in a bracket after it: （中文译名：亚历山大·彼得罗夫）, （音译：岩某）;
# of another rendering after a Chinese one: 牙某甫江·艾某尔（又译亚某甫·艾某尔）
_RENDERING_CUE = r"(?:中文译名|中文名字?|中文姓名|汉译名|汉语译名|译名|音译名|音译|译音|又译)"
# the cues of a Latin name in a bracket after a Chinese one: （英文名：JOHN SMITH）
_LATIN_CUE = r"(?:英文名字?|英文姓名|外文名|外文姓名|护照姓名|护照名)"
# the words that introduce a short form (（以下简称阮某）, （下称乃比）, ，简称某公司，): :func:`other_writings` and
# :func:`short_forms`
_SHORT_WORD = r"(?:以下|下文)?简称|(?:以下|下文|下)称"
_WRITTEN = rf"[\u4e00-\u9fff{NAME_DOTS}]{{2,20}}"
# a bracket's words that are a note on the name, not another writing of it (（自报）, （缅甸籍）)
_NOTE_WORDS_RE = re.compile(r"自报|自称|自述|音译|译音|国籍|籍$|化名|绰号|外号|曾用名|又名|别名|身份|不详|户籍|公民|居民|护照")
# The bracket right after a name in a result's line that writes the name otherwise or notes it is a rendering:
# 被告人阮某（NGUYEN VAN AN）犯…, 被告人NGUYEN VAN AN（阮某）犯… (a bare Chinese name after a Latin one only),
# 被告人岩某（音译）犯…; a 自报 after it (（TRAN VAN BINH，自报）). Anything else in brackets is no part of the name.
NAME_NOTE = (
    rf"(?:(?<=[A-Za-z])\s*[（(](?:{_RENDERING_CUE}\s*[：:]?\s*)?{_WRITTEN}"
    rf"|\s*[（(](?:(?:{_LATIN_CUE}\s*[：:]?\s*)?{LATIN_NAME}|{_RENDERING_CUE}(?:\s*[：:]?\s*{_WRITTEN})?))"
    r"(?:[，,、]\s*(?:自报|自称|自述))?[）)]"
)


def other_writings(note: str, *, latin: bool) -> list[str]:
    """The other writings of a name that the bracket after it gives (``note``: what the bracket holds): after
    a ``latin`` name, its Chinese rendering, cued (中文译名阮某, 译名：…, 音译…) or bare (阮某), else the short
    form the bracket introduces (以下简称阮某); after a Chinese name, the Latin one (NGUYEN VAN AN, 英文名：JOHN
    SMITH) or another rendering (又译亚某甫·艾某尔). Notes on the name (自报, 音译 alone, 缅甸籍) are none.

    >>> other_writings("中文译名阮某，以下简称阮某", latin=True), other_writings("TRAN VAN BINH，自报", latin=False)
    (['阮某'], ['TRAN VAN BINH'])
    >>> other_writings("音译", latin=False), other_writings("阮某", latin=True), other_writings("缅甸籍", latin=True)
    ([], ['阮某'], [])
    """
    rendered: list[str] = []
    short: list[str] = []
    out: list[str] = []
    for part in (p.strip() for p in re.split(r"[，,；;、]", note)):
        if latin:
            if m := re.fullmatch(rf"{_RENDERING_CUE}\s*[：:]?\s*[“\"]?({_WRITTEN})[”\"]?", part):
                rendered.append(m.group(1))
            elif m := re.fullmatch(rf"(?:{_SHORT_WORD})为?\s*[：:]?\s*[“\"]?({_WRITTEN})[”\"]?", part):
                short.append(m.group(1))
            elif re.fullmatch(_WRITTEN, part) and not _NOTE_WORDS_RE.search(part):
                rendered.append(part)
        elif m := re.fullmatch(rf"(?:{_LATIN_CUE}\s*[：:]?\s*)?({LATIN_NAME})", part):
            out.append(m.group(1))
        elif m := re.fullmatch(rf"{_RENDERING_CUE}\s*[：:]?\s*[“\"]?({_WRITTEN})[”\"]?", part):
            out.append(m.group(1))
    return out if not latin else (rendered or short)[:1]

# characters that begin the text after a name (a verb, a preposition, 处/家), not a name's last character
_AFTER_NAME = frozenset("处家等的在将向与和及被把对给让其之了是所共系均于从到至称说")
# the last characters of a pseudonym (王某甲, 王某乙), not of a name
_PSEUDONYM_STEMS = frozenset("某甲乙丙丁戊己庚辛壬癸")
# a slip of the pen is written at most this often; a spelling written three times or more is another person's
_SLIP_MOST = 2


def name_mentions(text: str, names: Sequence[str], min_len: int = 1) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every occurrence in ``text`` of one of ``names`` (those of ``min_len`` characters or
    more), in text order; where names overlap (张某 inside 张某某) the longer one.

    >>> name_mentions("被告人张某某、张某", ["张某", "张某某"])
    [(3, 6, '张某某'), (7, 9, '张某')]
    """
    out: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for name in sorted({n for n in names if len(n) >= max(min_len, 1)}, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), name))
                covered.update(range(m.start(), m.end()))
    return sorted(out)


def masked_run_on(texts: Sequence[str], name: str) -> str | None:
    """``刘某满`` for ``刘某`` when every occurrence of it in ``texts`` (two or more) goes on with the same character,
    a letter or digit that neither begins the text after a name (在, 向, 家 …) nor makes a word of jieba's
    dictionary with the character after it at every occurrence (王某贩卖 twice); else None.
    Only a two-character ``X某`` is looked at: 王某某 and 王某甲 are whole.

    >>> masked_run_on(["被害人刘某满报警。刘某满称…"], "刘某"), masked_run_on(["王某贩卖毒品，王某贩卖"], "王某")
    ('刘某满', None)
    """
    if len(name) != 2 or name[1] != "某" or name[0] == "某":
        return None
    after = [(t[m.end() : m.end() + 1], t[m.end() : m.end() + 2]) for t in texts for m in re.finditer(re.escape(name), t)]
    nexts = {c for c, _ in after}
    if len(after) < 2 or len(nexts) != 1:
        return None
    c = nexts.pop()
    if not c.isalnum() or c == "某" or c in _AFTER_NAME or all(is_dictionary_word(w) for _, w in after):
        return None
    return name + c


def masked_slips(text: str, name: str) -> list[str]:
    """The other spellings in ``text`` of a masked name of three, ``X某Y`` (钟某善), that slips of the pen explain: each
    other character written after its ``X某`` is one a slip may put for Y (:func:`~fayan.nlp.text.alike`: 钟某山的陈述
    for 钟某善), each such spelling written fewer than three times and no more often than the name, and with them read
    as the name every ``X某`` goes on as :func:`masked_run_on` requires; else empty (王某贩卖 beside 王某善: 贩 is no
    slip of 善; 钟某甲: a pseudonym's stem).

    >>> masked_slips("被害人钟某善报警。钟某山的陈述", "钟某善"), masked_slips("被害人钟某善报警。钟某在家", "钟某善")
    (['钟某山'], [])
    """
    stem, c = name[:2], name[2:]
    if len(name) != 3 or name[1] != "某" or c in _PSEUDONYM_STEMS or masked_run_on([text], stem) is not None:
        return []
    slips = {text[m.end() : m.end() + 1] for m in re.finditer(re.escape(stem), text)} - {c}
    most = min(text.count(name), _SLIP_MOST)
    if not slips or not all(alike(c, d) and text.count(stem + d) <= most for d in slips):
        return []
    read = re.sub(re.escape(stem) + "[" + re.escape("".join(slips)) + "]", name, text)
    return sorted(stem + d for d in slips) if masked_run_on([read], stem) == name else []


# A short form the document introduces for a name it has just written: in brackets after it, maybe after
# another note or bracket (被告人艾力·买买提（以下简称艾力）; （下称乃比，另案处理）; （曾用名…，以下简称…）), or
# after a comma (…，简称某公司，): 以下简称, 下称, 以下称, 简称 and the short form, maybe quoted, up to the
# bracket's end or the next note
_SHORT = r"[“\"‘]?(?P<short>[^，,。；;：:（）()“”\"‘’、\s]{2,20}?)[”\"’]?"
_SHORT_FORM_RE = re.compile(
    r"(?:\s*[（(][^（）()]{0,30}[）)]){0,2}\s*(?:[（(](?:[^（）()]{0,30}?[，,；;、]\s*)?|[，,]\s*)"
    rf"(?:{_SHORT_WORD})为?[：:]?\s*{_SHORT}(?=\s*[，,；;、）)])"
)


def short_forms(text: str, names: Mapping[str, str] | Sequence[str]) -> dict[str, str]:
    """The short forms ``text`` introduces for ``names`` (:data:`_SHORT_FORM_RE`), each with whose it is: the
    name it follows, or, where ``names`` maps each spelling (a name, an alias) to its owner, that owner. A
    document that introduces one (被告人艾克拜尔•吐尔地（以下简称艾克拜尔）) names the person so from then on
    (艾克拜尔受雇驾车，…系从犯).
    Not a short form that is one of ``names`` itself, nor one introduced for two owners.

    >>> t = "被告人艾力·买买提（以下简称艾力），男。被告单位甲乙有限公司，简称甲乙公司，住所地…"
    >>> short_forms(t, ["艾力·买买提", "甲乙有限公司"])
    {'艾力': '艾力·买买提', '甲乙公司': '甲乙有限公司'}
    >>> short_forms("开车接上乃比·依明（下称乃比，另案处理）", {"乃比·依明": "N"})
    {'乃比': 'N'}
    """
    owners = names if isinstance(names, Mapping) else {n: n for n in names}
    found: dict[str, set[str]] = {}
    for _start, end, name in name_mentions(text, list(owners), min_len=2):
        m = _SHORT_FORM_RE.match(text, end)
        if m is not None and m.group("short") not in owners:
            found.setdefault(m.group("short"), set()).add(owners[name])
    return {short: next(iter(whose)) for short, whose in found.items() if len(whose) == 1}
