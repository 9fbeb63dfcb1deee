"""Person names in a text: where known names stand (:func:`name_mentions`), and masked names that run on
(:func:`masked_run_on`: 刘某满 written where the mask keeps the given name's last character).

Published judgments mask names as 王某, 王某某, 王某甲 or 王某1, and also as 刘某满 or 许某金 (surname, 某, the last
character of the given name). A reader of ``X某`` cannot tell from one occurrence whether the character after it is
part of the name (刘某满在…) or the next word (刘某报警). Across a document it can: a name's every occurrence goes
on with its own last character, while the words after a name vary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fayan.nlp.segment import is_dictionary_word
from fayan.nlp.text import alike

__all__ = ["masked_run_on", "masked_slips", "name_mentions"]

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
