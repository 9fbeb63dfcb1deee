"""Cited articles from the 依照/依据/根据 … 之规定 clause(s) that lead to the result.

>>> t = ("本院认为……依照《中华人民共和国刑法》第二百六十四条、第六十七条第一款、第三款、"
...      "第一百三十三条之一第一款第（二）项及《最高人民法院关于审理盗窃案件的解释》第一条之规定，判决如下：")
>>> refs = find_articles(t, 0, t.index("判决如下"))
>>> [(r.law, r.article, r.paragraph, r.item) for r in refs]  # doctest: +NORMALIZE_WHITESPACE
[('中华人民共和国刑法', '264', None, None), ('中华人民共和国刑法', '67', 1, None),
 ('中华人民共和国刑法', '67', 3, None), ('中华人民共和国刑法', '133-1', 1, 2),
 ('最高人民法院关于审理盗窃案件的解释', '1', None, None)]
>>> criminal_law_articles(refs)
[264, 67, '133-1']
>>> t = "依照《中华人民共和国刑法》第三百四十七条第一款、第二款第（一）项之规定，判决如下："
>>> [(r.article, r.paragraph, r.item) for r in find_articles(t, 0, t.index("判决如下"))]
[('347', 1, None), ('347', 2, 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fayan.errors import ParseError
from fayan.nlp.numbers import cn_to_int

__all__ = ["ArticleCite", "find_articles", "criminal_law_articles", "CRIMINAL_LAW", "is_criminal_law"]

CRIMINAL_LAW = "中华人民共和国刑法"
_N = r"[零〇一二两三四五六七八九十百千\d]+"
_LISTED = rf"[（(]?{_N}[）)]?(?:\s*[、和及]\s*[（(]?{_N}[）)]?)*"
_CLAUSE_START_RE = re.compile(r"(?:依照|依据|根据|按照|适用)\s*(?:《|中华人民共和国刑法|刑法|最高)")
_CLAUSE_END_RE = re.compile(r"(?:之|的)?规定|判\s*决\s*如\s*下|裁\s*定\s*如\s*下")
_LAW_RE = re.compile(r"《(?P<law>[^》]{2,80})》|(?P<bare>(?:中华人民共和国)?刑法)(?=第|修正案)")
# An article is 第N条 (之M); one may lack its 条 right before the clause's end or its paragraph (第五十二条、第五十三之规定,
# 第六十七第三款: two dev judgments). Only there: 第三、四款 is a paragraph list, not articles 3 and 4.
_ART_RE = re.compile(
    rf"(?:第|(?<=[》、，,和及]))\s*(?P<art>{_N})\s*(?:条(?:\s*之\s*(?P<sub>{_N}))?|(?=[之的]?规定|第\s*{_N}\s*款))"
    rf"(?P<rest>(?:\s*[，,、和及与]?\s*第?\s*{_LISTED}\s*[款项])*)"
)
# 第一款, 第（二）项, and lists sharing one 款/项: 第一、四款, 第（一）、（三）项
_PARA_ITEM_RE = re.compile(rf"第?\s*(?P<ns>{_LISTED})\s*(?P<kind>[款项])")
_LIST_SEP_RE = re.compile(r"\s*[、和及]\s*")


@dataclass(frozen=True, slots=True)
class ArticleCite:
    law: str
    article: str  # "264", "133-1"
    paragraph: int | None
    item: int | None
    start: int
    end: int


def is_criminal_law(law: str) -> bool:
    """True for the Criminal Law itself (not its interpretations or the procedure law)."""
    return law in ("中华人民共和国刑法", "刑法", "中华人民共和国刑法修正案") or bool(
        re.fullmatch(r"(?:中华人民共和国)?刑法(?:（\d{4}年修正）|（\d{4}修正）)?", law)
    )


def _to_int(s: str) -> int:
    s = s.strip()
    return int(s) if s.isdigit() else cn_to_int(s)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """依照 clauses in ``text[start:end]`` that lead to ``end`` (the result cue)."""
    found = []
    for m in _CLAUSE_START_RE.finditer(text, start, end):
        if found and m.start() < found[-1][1]:
            continue
        e = _CLAUSE_END_RE.search(text, m.end(), min(end + 12, len(text)))
        stop = e.end() if e else end
        found.append((m.start(), min(stop, end)))
    if not found:
        return []
    # Keep the last clause and those chained to it (only punctuation or a short link between).
    chain = [found[-1]]
    if end - found[-1][1] > 60:
        return []
    for s, e in reversed(found[:-1]):
        gap = text[e : chain[0][0]]
        # A sentence ending inside the gap (not right after the earlier clause) means that clause belonged to
        # the reasoning: "依照刑法第六十九条的规定，决定执行的刑罚。被告人…可以从轻处罚。依照《…》…之规定，判决如下".
        if len(gap) <= 40 and "本院认为" not in gap and "。" not in gap.strip()[1:]:
            chain.insert(0, (s, e))
        else:
            break
    return chain


def find_articles(text: str, start: int, end: int) -> list[ArticleCite]:
    """Every article cited in the 依照 clause(s) ending near ``end`` (the result cue)."""
    out: list[ArticleCite] = []
    for cs, ce in _clauses(text, start, end):
        law = None
        laws = list(_LAW_RE.finditer(text, cs, ce))
        for m in _ART_RE.finditer(text, cs, ce):
            prior = [lm for lm in laws if lm.end() <= m.start()]
            if prior:
                lm = prior[-1]
                law = lm.group("law") or lm.group("bare")
                if law == "刑法":
                    law = CRIMINAL_LAW
            if law is None:
                continue
            try:
                art = str(_to_int(m.group("art")))
                if m.group("sub"):
                    art += f"-{_to_int(m.group('sub'))}"
            except (ParseError, ValueError):
                continue
            # each paragraph with the items told right after it (第一款、第二款第（一）项: 1, and 2 item 1)
            paras: list[tuple[int | None, list[int]]] = []
            for pm in _PARA_ITEM_RE.finditer(m.group("rest") or ""):
                values = []
                for n in _LIST_SEP_RE.split(pm.group("ns")):
                    try:
                        values.append(_to_int(n.strip("（()）")))
                    except (ParseError, ValueError):
                        continue
                if pm.group("kind") == "款":
                    paras += [(v, []) for v in values]
                else:
                    if not paras:
                        paras.append((None, []))
                    paras[-1][1].extend(values)
            for p, items in paras or [(None, [])]:
                for it in items or [None]:
                    out.append(ArticleCite(law, art, p, it, m.start(), m.end()))
    return out


def criminal_law_articles(refs: list[ArticleCite]) -> list[int | str]:
    """The contract's ``articles``: Criminal Law article numbers in order of first citation, no duplicates."""
    seen: list[int | str] = []
    for r in refs:
        if not is_criminal_law(r.law):
            continue
        v: int | str = int(r.article) if r.article.isdigit() else r.article
        if v not in seen:
            seen.append(v)
    return seen
