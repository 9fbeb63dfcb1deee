"""Charge names (罪名): normalise a printed name and find every charge name in a text.

Three data files under ``fayan/lexicons/`` drive this module (format notes in
``fayan/lexicons/README.md``):

* ``charges.txt`` — the 483 current standard names.
* ``charge_aliases.tsv`` — superseded and variant names → the standard name.
* ``charge_articles.tsv`` — standard name → 刑法 article (and 款).

A printed name is matched in this order:

1. **exact** — the standard name itself (after width, whitespace and 、 variants
   are folded); **suffix_added** when only the trailing 罪 was missing;
2. **alias** — a superseded or variant name from ``charge_aliases.tsv``, a part
   of one (强制猥亵妇女罪 is a part of the superseded 强制猥亵、侮辱妇女罪), or
   the standard name spelled without its 、 (窝藏包庇罪);
3. **partial** — a part of a selective charge (选择性罪名): 贩卖毒品罪 is a
   part of 走私、贩卖、运输、制造毒品罪.

Parts are found by an algorithm, not by a list: a name's 、-separated pieces
are read as one or more enumerations (verbs, objects) joined by shared words,
each piece cut only at word boundaries; a part keeps at least one item of every
enumeration, in order (see :func:`decompose_charge`).  A part that two
different names produce is kept for the name it is closer to (fewer characters
dropped); a tie is left out, so such a part matches nothing rather than a guess.

>>> normalize_charge("贩卖毒品罪").standard
'走私、贩卖、运输、制造毒品罪'
>>> normalize_charge("盗窃").how
'suffix_added'
>>> normalize_charge("偷税罪").standard
'逃税罪'
>>> [(s.text, c.standard) for s, c in find_charge_mentions("被告人甲犯盗窃、诈骗罪")]
[('盗窃', '盗窃罪'), ('诈骗罪', '诈骗罪')]
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from fayan.errors import LexiconError, UsageError
from fayan.nlp.lexicon import lexicon_cached, lexicon_path, load_table
from fayan.nlp.segment import base_tokenizer
from fayan.types import Span

__all__ = [
    "ChargeHow",
    "ChargeName",
    "normalize_charge",
    "find_charge_mentions",
    "articles_for_charge",
    "article_rows_for_charge",
    "paragraph_in_force",
    "standard_charges",
    "decompose_charge",
    "charge_words",
    "unknown_charge_names",
    "ARTICLE_ID",
]

ChargeHow = Literal["exact", "suffix_added", "alias", "partial"]

CHARGES_FILE = "charges.txt"
ALIASES_FILE = "charge_aliases.tsv"
ARTICLES_FILE = "charge_articles.tsv"

# 刑法 articles are written "264", "133-1" (第一百三十三条之一); the one charge
# defined outside the 刑法 text, 骗购外汇罪, cites the 1998 全国人大常委会
# 《关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定》 as "骗汇决定-1".
ARTICLE_ID = re.compile(r"^(?:\d{3}(?:-\d{1,2})?|骗汇决定-\d{1,2})$")

# Characters a printed name may carry in place of the standard's.
_LIST_MARKS = ",，､﹑"  # → 、
_SKIP_IN_TEXT = frozenset(" \t\u3000、")  # skipped inside a name when scanning text
_CHAR_FOLD = {"帐": "账"}  # 会计帐簿 → 会计账簿 (older spelling)
_SHARED_SUFFIX_MARKS = "、和及"  # 犯盗窃、诈骗罪 / 构成抢劫和盗窃罪: the earlier items share the 罪


@dataclass(frozen=True, slots=True)
class ChargeName:
    """A printed charge name and the standard name it stands for.

    ``how`` says how it matched: ``exact``, ``suffix_added`` (罪 was missing),
    ``alias`` (a superseded or variant name, or a part of one) or ``partial``
    (a part of a selective charge).  ``matched`` is the list entry the match
    came from (the standard name, or the superseded name in
    ``charge_aliases.tsv``); ``article`` is the first article of the standard
    name in ``charge_articles.tsv`` (``None`` when it has none); ``note``
    explains alias matches.
    """

    printed: str
    standard: str
    how: ChargeHow
    article: str | None = None
    matched: str = ""
    note: str = ""


# --------------------------------------------------------------------------
# Text folding


def _fold_char(ch: str) -> str:
    """One character folded for matching (length-preserving: always one character)."""
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    if folded in _LIST_MARKS:
        return "、"
    return _CHAR_FOLD.get(folded, folded)


def _fold(name: str) -> str:
    """A name folded for matching: NFKC per character, no whitespace, one list mark."""
    return "".join(_fold_char(ch) for ch in name if not ch.isspace())


def _key(body: str) -> str:
    """The lookup key of a name body (no 罪): folded, without 、."""
    return _fold(body).replace("、", "")


# --------------------------------------------------------------------------
# Decomposition of selective charges


@lru_cache(maxsize=4096)
def _cuts(piece: str) -> tuple[int, ...]:
    """Word boundaries inside ``piece`` (jieba search mode), including 0 and len."""
    points = {0, len(piece)}
    for _, start, end in base_tokenizer().tokenize(piece, mode="search", HMM=False):
        points.add(start)
        points.add(end)
    return tuple(sorted(points))


def _structures(body: str) -> Iterator[tuple[list[str], list[list[str]]]]:
    """Every reading of ``body`` as shared words and enumerations.

    Yields ``(connectors, lists)`` with ``len(connectors) == len(lists) + 1``:
    the body is ``connectors[0] + "、".join(lists[0]) + connectors[1] + …``.
    The first piece may start with a shared prefix (非法|制造), the last may end
    with a shared tail (制造|毒品), and a middle piece may end one enumeration
    and start the next (买卖|国家机关|公文).  A reading with one enumeration and
    no shared words needs items of equal length.
    """
    pieces = body.split("、")
    if len(pieces) < 2 or any(not p for p in pieces):
        return
    firsts = [(pieces[0][:c], pieces[0][c:]) for c in _cuts(pieces[0]) if c < len(pieces[0])]
    lasts = [(pieces[-1][:c], pieces[-1][c:]) for c in _cuts(pieces[-1]) if c > 0]
    middles: list[list[tuple[int, int] | None]] = []
    for piece in pieces[1:-1]:
        options: list[tuple[int, int] | None] = [None]
        cuts = _cuts(piece)
        for i, a in enumerate(cuts):
            for b in cuts[i:]:
                if 0 < a and b < len(piece):
                    options.append((a, b))
        middles.append(options)
    for prefix, first in firsts:
        for last, tail in lasts:
            for choice in itertools.product(*middles):
                connectors = [prefix]
                lists: list[list[str]] = []
                current = [first]
                for piece, cut in zip(pieces[1:-1], choice):
                    if cut is None:
                        current.append(piece)
                        continue
                    a, b = cut
                    current.append(piece[:a])
                    lists.append(current)
                    connectors.append(piece[a:b])
                    current = [piece[b:]]
                current.append(last)
                lists.append(current)
                connectors.append(tail)
                if len(lists) == 1 and not prefix and not tail and len({len(i) for i in current}) > 1:
                    # One bare enumeration must be of like items (窝藏、包庇); otherwise
                    # 走私、贩卖、运输、制造毒品 would yield 走私 alone.
                    continue
                yield connectors, lists


def _subsets(items: list[str]) -> list[str]:
    """Non-empty order-keeping sub-lists of ``items``, joined by 、."""
    out = []
    for mask in range(1, 1 << len(items)):
        out.append("、".join(items[i] for i in range(len(items)) if mask >> i & 1))
    return out


@lru_cache(maxsize=2048)
def _parts(body: str) -> frozenset[str]:
    """Every part of the name body ``body`` (without 罪), the body itself excluded."""
    found: set[str] = set()
    for connectors, lists in _structures(body):
        for combo in itertools.product(*[_subsets(items) for items in lists]):
            text = connectors[0]
            for chosen, connector in zip(combo, connectors[1:]):
                text += chosen + connector
            found.add(text)
    found.discard(body)
    return frozenset(p for p in found if len(p.replace("、", "")) >= 2)


def decompose_charge(name: str) -> frozenset[str]:
    """The parts a selective charge may be cited by (its 选择性 forms), each with 罪.

    Works on any name; a name without 、 has no parts.

    >>> sorted(decompose_charge("窝藏、包庇罪"))
    ['包庇罪', '窝藏罪']
    >>> {"非法持有枪支罪", "私藏弹药罪"} <= decompose_charge("非法持有、私藏枪支、弹药罪")
    True
    >>> "伪造国家机关证件罪" in decompose_charge("伪造、变造、买卖国家机关公文、证件、印章罪")
    True
    """
    body = _fold(name).removesuffix("罪")
    return frozenset(p + "罪" for p in _parts(body))


def charge_words(standard: str, printed: str) -> frozenset[str]:
    """The words of the selective charge ``standard`` that the printed form ``printed`` names.

    A standard name's words are its 、-separated pieces cut at word boundaries (走私 贩卖 运输 制造 毒品); a form
    names those it contains. Two forms of one charge name the same acts and objects when their words agree:
    贩卖毒品罪 and 运输毒品罪 do not. A name without 、 has no words to compare (empty).

    >>> sorted(charge_words("走私、贩卖、运输、制造毒品罪", "贩卖、运输毒品罪"))
    ['毒品', '贩卖', '运输']
    >>> sorted(charge_words("非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "非法买卖枪支罪"))
    ['买卖', '枪支', '非法']
    """
    body = _fold(standard).removesuffix("罪")
    if "、" not in body:
        return frozenset()
    form = _fold(printed)
    words = set()
    for piece in body.split("、"):
        cuts = _cuts(piece)
        words.update(w for w in (piece[a:b] for a, b in zip(cuts, cuts[1:])) if w in form)
    return frozenset(words)


# --------------------------------------------------------------------------
# The index (built once per set of lexicon files)


@dataclass(frozen=True, slots=True)
class _Form:
    standard: str
    kind: Literal["exact", "alias", "partial", "alias_partial"]
    matched: str  # the list entry (standard or alias name) the form comes from
    note: str
    dropped: int  # characters dropped from ``matched`` (0 for exact and alias)


@dataclass(frozen=True, slots=True)
class _Index:
    standard: tuple[str, ...]
    articles: dict[str, tuple[tuple[str, str], ...]]
    # (name, article, paragraph) → the first and last day the row holds (None: open), where the file dates it
    in_force: dict[tuple[str, str, str], tuple[date | None, date | None]]
    forms: dict[str, _Form]  # key (folded, no 、, no 罪) → form
    ambiguous: dict[str, tuple[str, ...]]  # parts left out: key → standards
    trie: dict[str, Any]  # reversed keys; "" marks the end of a key
    longest: int


def _load_standard(directory: Path | None) -> tuple[str, ...]:
    path = str(lexicon_path(CHARGES_FILE, directory))
    names = []
    seen: dict[str, int] = {}
    for line, (name,) in load_table(CHARGES_FILE, 1, directory):
        if not name.endswith("罪"):
            raise LexiconError(f"a charge name must end with 罪: {name!r}", path, line)
        if name in seen:
            raise LexiconError(f"duplicate charge name {name!r} (line {seen[name]})", path, line)
        seen[name] = line
        names.append(name)
    return tuple(names)


def _build(directory: Path | None) -> _Index:
    standard = _load_standard(directory)
    std_set = set(standard)
    forms: dict[str, _Form] = {}

    for name in standard:
        key = _key(name[:-1])
        if key in forms:
            other = forms[key].standard
            path = str(lexicon_path(CHARGES_FILE, directory))
            raise LexiconError(f"{name!r} and {other!r} differ only in 、 or width", path)
        forms[key] = _Form(name, "exact", name, "", 0)

    alias_path = str(lexicon_path(ALIASES_FILE, directory))
    aliases: list[tuple[str, str, str]] = []
    for line, (old, target, note) in load_table(ALIASES_FILE, 3, directory, min_columns=2):
        if target not in std_set:
            raise LexiconError(f"alias target {target!r} is not in {CHARGES_FILE}", alias_path, line)
        if not old.endswith("罪"):
            raise LexiconError(f"an alias must end with 罪: {old!r}", alias_path, line)
        key = _key(old[:-1])
        if key in forms:
            have = forms[key]
            if have.kind == "alias" and have.standard == target:
                continue  # the same row again: the first is kept (lexicon check warns of the repeat)
            what = "a standard name" if have.kind == "exact" else f"already an alias of {have.standard!r}, not of {target!r}"
            raise LexiconError(f"alias {old!r} is {what}", alias_path, line)
        forms[key] = _Form(target, "alias", old, note, 0)
        aliases.append((old, target, note))

    # Parts: of standard names, then of aliases; a part never displaces a name.
    candidates: dict[str, list[_Form]] = {}
    sources = [(name, name, "partial", "") for name in standard]
    sources += [(old, target, "alias_partial", note) for old, target, note in aliases]
    for source, target, kind, note in sources:
        body = _fold(source)[:-1]
        for part in _parts(body):
            key = part.replace("、", "")
            if key in forms:
                continue
            dropped = len(body.replace("、", "")) - len(key)
            candidates.setdefault(key, []).append(_Form(target, kind, source, note, dropped))  # type: ignore[arg-type]
    ambiguous: dict[str, tuple[str, ...]] = {}
    for key, options in candidates.items():
        best = min(o.dropped for o in options)
        closest = [o for o in options if o.dropped == best]
        targets = {o.standard for o in closest}
        if len(targets) > 1:
            ambiguous[key] = tuple(sorted(targets))
            continue
        # Prefer a part of the current name over a part of a superseded one.
        closest.sort(key=lambda o: o.kind != "partial")
        forms[key] = closest[0]

    articles, in_force = _load_articles(directory, std_set)

    trie: dict[str, Any] = {}
    for key in forms:
        node = trie
        for ch in reversed(key):
            node = node.setdefault(ch, {})
        node[""] = key
    return _Index(
        standard=standard,
        articles=articles,
        in_force=in_force,
        forms=forms,
        ambiguous=ambiguous,
        trie=trie,
        longest=max(len(k) for k in forms),
    )


# the days a row holds: 2015-11-01~ (since), ~2015-10-31 (until), or both
_IN_FORCE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})?~(\d{4}-\d{2}-\d{2})?$")


def _load_articles(
    directory: Path | None, std_set: set[str]
) -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[tuple[str, str, str], tuple[date | None, date | None]]]:
    path = str(lexicon_path(ARTICLES_FILE, directory))
    rows: dict[str, list[tuple[str, str]]] = {}
    in_force: dict[tuple[str, str, str], tuple[date | None, date | None]] = {}
    for line, (name, article, paragraph, held) in load_table(ARTICLES_FILE, 4, directory, min_columns=2):
        if held:
            m = _IN_FORCE_RE.match(held)
            if m is None or not (m.group(1) or m.group(2)):
                raise LexiconError(f"bad days in force {held!r}: write 2015-11-01~, ~2015-10-31 or both", path, line)
            in_force[(name, article, paragraph)] = (
                date.fromisoformat(m.group(1)) if m.group(1) else None,
                date.fromisoformat(m.group(2)) if m.group(2) else None,
            )
        if name not in std_set:
            raise LexiconError(f"{name!r} is not a standard name in {CHARGES_FILE}", path, line)
        if not ARTICLE_ID.match(article):
            raise LexiconError(
                f"bad article {article!r}: write 264, 133-1 (第一百三十三条之一) or 骗汇决定-1", path, line
            )
        if paragraph and not paragraph.isdigit():
            raise LexiconError(f"bad paragraph {paragraph!r}: write the 款 number, e.g. 2", path, line)
        row = (article, paragraph)
        if row in rows.get(name, []):
            raise LexiconError(f"duplicate row for {name!r}: {article} {paragraph}", path, line)
        rows.setdefault(name, []).append(row)
    return {name: tuple(r) for name, r in rows.items()}, in_force


@lexicon_cached(CHARGES_FILE, ALIASES_FILE, ARTICLES_FILE)
def _index(directory: str) -> _Index:
    return _build(Path(directory))


# --------------------------------------------------------------------------
# Public functions


def standard_charges(directory: str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """The standard charge names (``charges.txt``), in file order.

    >>> len(standard_charges())
    483
    """
    return _index(directory).standard


def _require_standard(name: str, index: _Index) -> None:
    form = index.forms.get(_key(name.removesuffix("罪")))
    if form is None or form.kind != "exact" or form.standard != name:
        raise UsageError(
            f"{name!r} is not a standard charge name; normalise it first with normalize_charge()"
        )


def article_rows_for_charge(
    standard_name: str, directory: str | os.PathLike[str] | None = None
) -> tuple[tuple[str, str], ...]:
    """``(article, paragraph)`` rows of a standard name; paragraph is ``''`` when the whole article.

    >>> article_rows_for_charge("强制猥亵、侮辱罪")
    (('237', '1'), ('237', '2'))
    """
    index = _index(directory)
    _require_standard(standard_name, index)
    return index.articles.get(standard_name, ())


def paragraph_in_force(
    standard_name: str, article: str, paragraph: str, on: date, directory: str | os.PathLike[str] | None = None
) -> bool:
    """Whether the row ``(article, paragraph)`` of a standard name holds on day ``on`` (a row the file does not date
    holds always).

    >>> from datetime import date
    >>> [paragraph_in_force("协助组织卖淫罪", "358", p, date(2016, 1, 1)) for p in ("3", "4")]
    [False, True]
    """
    index = _index(directory)
    _require_standard(standard_name, index)
    since, until = index.in_force.get((standard_name, article, paragraph), (None, None))
    return (since is None or since <= on) and (until is None or on <= until)


def articles_for_charge(
    standard_name: str, directory: str | os.PathLike[str] | None = None
) -> tuple[str, ...]:
    """The 刑法 articles a standard charge is defined in, distinct, in file order.

    >>> articles_for_charge("盗窃罪")
    ('264',)
    >>> articles_for_charge("危险驾驶罪")
    ('133-1',)
    >>> articles_for_charge("放火罪")
    ('114', '115')
    """
    index = _index(directory)
    _require_standard(standard_name, index)
    seen: list[str] = []
    for article, _ in index.articles.get(standard_name, ()):
        if article not in seen:
            seen.append(article)
    return tuple(seen)


def _charge_name(printed: str, body: str, suffix_missing: bool, form: _Form, index: _Index) -> ChargeName:
    rows = index.articles.get(form.standard, ())
    article = rows[0][0] if rows else None
    if form.kind == "exact":
        if body == _fold(form.standard[:-1]):
            how: ChargeHow = "suffix_added" if suffix_missing else "exact"
            note = ""
        else:
            how, note = "alias", "written differently from the standard name (list marks or characters)"
    elif form.kind == "alias":
        how, note = "alias", form.note
    elif form.kind == "partial":
        how, note = "partial", ""
    else:
        how = "alias"
        note = f"a part of the superseded name {form.matched}" + (f"; {form.note}" if form.note else "")
    return ChargeName(printed, form.standard, how, article, form.matched, note)


def normalize_charge(name: str, directory: str | os.PathLike[str] | None = None) -> ChargeName | None:
    """The standard name behind a printed charge name, or ``None``.

    Whitespace, full-width forms, ``，`` for ``、`` and a missing trailing 罪
    are tolerated.  Nothing is guessed: a name that is not a standard name, an
    alias, or a part of either gives ``None``.

    >>> normalize_charge("走私、贩卖、运输、制造毒品罪").how
    'exact'
    >>> c = normalize_charge("贩卖、运输毒品罪"); c.standard, c.how, c.article
    ('走私、贩卖、运输、制造毒品罪', 'partial', '347')
    >>> c = normalize_charge("窝藏、转移、收购、销售赃物罪"); c.standard, c.how
    ('掩饰、隐瞒犯罪所得、犯罪所得收益罪', 'alias')
    >>> normalize_charge("盗 窃 罪").standard
    '盗窃罪'
    >>> normalize_charge("偷东西罪") is None
    True
    """
    index = _index(directory)
    folded = _fold(name).rstrip("。；;，,、")
    suffix_missing = not folded.endswith("罪")
    body = folded if suffix_missing else folded[:-1]
    if not body:
        return None
    form = index.forms.get(body.replace("、", ""))
    if form is None:
        return None
    return _charge_name(name.strip(), body, suffix_missing, form, index)


def _match_back(text: str, end: int, index: _Index) -> int | None:
    """Start of the longest key that ends just before ``end`` (the position of a real or implied 罪)."""
    node = index.trie
    best: int | None = None
    j = end - 1
    steps = 0
    limit = index.longest * 2 + 4
    while j >= 0 and steps < limit:
        ch = text[j]
        if ch in _SKIP_IN_TEXT:
            j -= 1
            steps += 1
            continue
        nxt = node.get(_fold_char(ch))
        if nxt is None:
            break
        node = nxt
        if "" in node:
            best = j
        j -= 1
        steps += 1
    return best


def find_charge_mentions(
    text: str, directory: str | os.PathLike[str] | None = None
) -> Iterator[tuple[Span, ChargeName]]:
    """Every charge name in ``text``, in text order, longest match first.

    A name ends in 罪; the name is the longest standard name, alias or part
    that ends there.  In a list whose items share one 罪 (犯盗窃、诈骗罪,
    构成抢劫和盗窃罪) each earlier item is yielded too, without 罪 (how
    ``suffix_added`` for a standard name).  Spaces inside a name are allowed.

    >>> t = "被告人甲犯盗窃罪，判处有期徒刑一年；犯诈骗罪，判处有期徒刑六个月。"
    >>> [(s.start, s.end, s.text) for s, _ in find_charge_mentions(t)]
    [(5, 8, '盗窃罪'), (19, 22, '诈骗罪')]
    >>> [c.standard for _, c in find_charge_mentions("犯容留他人吸毒罪、贩卖毒品罪")]
    ['容留他人吸毒罪', '走私、贩卖、运输、制造毒品罪']
    """
    index = _index(directory)
    found: list[tuple[int, int, bool]] = []  # (start, end, has 罪)
    for m in re.finditer("罪", text):
        end = m.start()
        start = _match_back(text, end, index)
        if start is None:
            continue
        found.append((start, end + 1, True))
        # Items of a list that share this 罪: 盗窃、诈骗罪 / 抢劫和盗窃罪 → 盗窃 / 抢劫.
        cursor = start
        while cursor > 0 and text[cursor - 1] in _SHARED_SUFFIX_MARKS:
            item_start = _match_back(text, cursor - 1, index)
            if item_start is None:
                break
            found.append((item_start, cursor - 1, False))
            cursor = item_start
    # Keep the longest of overlapping matches.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, bool]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            if item[1] - item[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = item
            continue
        kept.append(item)
    for start, end, has_suffix in kept:
        printed = text[start:end]
        body = _fold(printed[:-1] if has_suffix else printed)
        form = index.forms[body.replace("、", "")]
        yield Span(start, end, printed), _charge_name(printed, body, not has_suffix, form, index)


def unknown_charge_names(text: str) -> list[str]:
    """The names ending in 罪 that ``text`` (one charge, or a list: 抢劫罪、盗窃罪) holds where no charge mention covers
    them and that are no standard 罪名 nor a known old one (抢夺财物罪); 非法持有枪支、弹药罪 is one name, 、 and all.

    >>> unknown_charge_names("故意杀人罪、纵火罪"), unknown_charge_names("非法持有枪支、弹药罪")
    (['纵火罪'], [])
    >>> unknown_charge_names("受贿罪，签订、履行合同失职受骗罪")  # a name with 、 in it is one name
    ['签订、履行合同失职受骗罪']
    >>> unknown_charge_names("非国家人员受贿罪")  # a known name at the end of an unknown one
    ['非国家人员受贿罪']
    >>> unknown_charge_names("贩卖毒品罪，被告人乙犯贩卖毒品罪、非法持有抢支罪")  # after the known names, not with them
    ['非法持有抢支罪']
    """
    rest = text  # what no charge mention covers, each mention cut out; not one that ends a longer name (非国家人员受贿罪:
    # 受贿罪 is a mention, the name is none)
    for m, _n in sorted(find_charge_mentions(text), key=lambda x: -x[0].start):
        if m.start == 0 or not re.match(r"[\u4e00-\u9fff]", text[m.start - 1]) or text[m.start - 1] in "犯以和及与为":
            rest = rest[: m.start] + _CUT + rest[m.end :]
    # a name begins after the last mention cut out or comma before it (…犯贩卖毒品罪、非法持有抢支罪: not 被告人乙犯、…),
    # so that each is written in ``text`` as returned
    names = (re.split(f"[{_CUT}，,]", x)[-1].lstrip("、") for x in re.findall("[^罪]*罪", rest))
    return [x for x in names if len(x) > 2 and normalize_charge(x) is None]


_CUT = "\x00"  # where unknown_charge_names cut a mention out
