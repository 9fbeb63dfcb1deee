"""Text normalisation that keeps a map back to the original offsets.

``normalize(raw)`` returns the text every extractor sees and an
:class:`~fayan.types.OffsetMap` from it back into ``raw``:

* Traditional characters become simplified (OpenCC ``t2s``), but only for a
  document that is written in traditional characters: a simplified judgment is
  left alone, so that a name such as 乾某 is not rewritten.
* Full-width digits, Latin letters and the signs ``．％＋－／`` become
  half-width.  Chinese punctuation (，。：（）) is kept, since documents mix both
  forms and case numbers must be reported as printed; so is a ``．`` between two
  Chinese characters, the dot of a transliterated name (叶某兰．哈某木, as ``·``
  and ``•`` are kept: :data:`NAME_DOTS`), which names are reported as written.
* ``\\r\\n`` and ``\\r`` become ``\\n``; ideographic and no-break spaces become
  spaces; zero-width characters and the BOM are dropped; a run of whitespace
  becomes one ``\\n`` (if it held a line break) or one space.
* HTML character references a web export left in plain text (``&ldquo;``,
  ``&hellip;``, ``&#8220;``, ``&nbsp;``) become the characters they name.
* Hard-wrapped text (copied from a PDF: lines cut at one width, mid-word and
  mid-number) is unwrapped: the line break after a full-width line is dropped,
  so ``1990年1\\n月1日`` reads as one date.  A text is hard-wrapped when one line
  length is far more common than any other (``_wrap_breaks``) or most long
  lines end inside a sentence (``_ragged_breaks``); a shorter line ends a
  paragraph, unless a sentence goes on over it (``_short_line_breaks``).
* Page furniture is dropped: page numbers, a website's lines, and a page header
  that repeats the document's court, title or case number (``_page_furniture``);
  a sentence it cut is joined again.
* The digits of one amount set apart by spaces (``30 000元``, ``3 0 0 0 0元``)
  are joined.

>>> text, m = normalize("被告人　张三，\\r\\n男，１９８５年出生")
>>> text
'被告人 张三，\\n男，1985年出生'
>>> m.to_original(text.index("男"))
9
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache

from fayan.nlp.lexicon import lexicon_cached, load_table
from fayan.types import OffsetMap

__all__ = [
    "normalize", "is_traditional", "to_simplified", "fold_dots", "MASK_CHARS", "NAME_DOTS", "ZERO_WIDTH",
]

# What published copies print in place of hidden digits and names (苏05XX刑初XXX号, 1995年X月X日, XX市XX区人民法院),
# after normalisation (full-width Ｘ is X by then); for regex character classes: f"[{MASK_CHARS}]".
MASK_CHARS = "Xx×*＊"

# The dots that part a transliterated name (买买提·托合提, 努尔兰・别克, 艾某拜尔•吐某地, 叶某兰．哈某木), each
# kept as written: a name's dot in a regex character class, f"[{NAME_DOTS}]". (An ASCII "." between two
# Chinese characters is as often a sentence's end typed on another keyboard: 罪名成立.被告人…)
NAME_DOTS = "·・•．‧∙⋅"
_FOLD_DOTS = str.maketrans({c: "·" for c in NAME_DOTS + "."})

# 1:1 character replacements (length-preserving).
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(ord("０"), ord("９") + 1)}
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(ord("Ａ"), ord("Ｚ") + 1)})
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(ord("ａ"), ord("ｚ") + 1)})
_FULLWIDTH.update({"．": ".", "％": "%", "＋": "+", "－": "-", "／": "/"})
_SPACES = "\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t\f\v"
_FULLWIDTH.update({c: " " for c in _SPACES})
_TRANSLATE = str.maketrans(_FULLWIDTH)
# a full-width dot between two Chinese characters: a name's (叶某兰．哈某木), kept as written, not a decimal point
_NAME_DOT_RE = re.compile(r"(?<=[\u4e00-\u9fff])．(?=[\u4e00-\u9fff])")
# A half-width comma or semicolon beside a Chinese character is the full-width one typed on another keyboard (some
# exports and OCR print 有期徒刑一年,缓刑二年;): the clause rules stop at ， and ；. Not between digits (1,000元) nor in
# Latin text (Co., Ltd.). Length-preserving.
_HALF_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff）”])[,;]|[,;](?=[\u4e00-\u9fff（“])")
_HALF_STOP = {",": "，", ";": "；"}

# An HTML character reference (named, decimal or hexadecimal) that a web export left in its text: &ldquo;保管&rdquo;
# (length-changing; decoded by html.unescape, kept as written when it names no character).
_CHAR_REF_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")

# Dropped characters and whitespace runs (length-changing). The zero-width characters (zero-width space,
# joiners, word joiner, BOM, soft hyphen) print nothing: what is quoted as printed (the case number) goes
# without them too.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_COLLAPSE = re.compile(rf"[{ZERO_WIDTH}]+|[ \n\r{ZERO_WIDTH}]{{2,}}|\r")
# Role and section words a layout may space out (被 告 人, 公 诉 机 关, 判 决 如 下, as titles often are): the spaces
# inside them are dropped, so that every pattern reads them whole. Only spaces, never a line break.
_SPACED_WORDS = (
    "原审被告单位", "原审被告人", "原公诉机关", "被告单位", "被告人", "公诉机关", "抗诉机关", "自诉人", "上诉人",
    "辩护人", "诉讼代理人", "法定代理人", "审判长", "代理审判员", "审判员", "人民陪审员", "书记员", "法官助理",
    "经审理查明", "审理查明", "本院查明", "本院认为", "判决如下", "裁定如下", "公诉机关指控", "起诉书指控",
    # the words of a sentence (判处有 期 徒 刑一年 had read as a fine alone)
    "有期徒刑", "无期徒刑", "拘役", "管制", "罚金", "缓刑", "死刑", "剥夺政治权利", "没收个人全部财产", "决定执行", "判处",
)  # fmt: skip
_SPACED_RE = re.compile("|".join(" *".join(w) for w in sorted(_SPACED_WORDS, key=len, reverse=True)))
# a stretch typed letter-spaced (被 告 人 甲 某 犯 盗 窃 罪 ，判 处 …): eight characters or more, each followed by one
# space, the zero of a date (二 〇 二 二 年 三 月 十 八 日) among them; shorter runs are left to the words above
# (审 判 长 张三 keeps the space before the name)
_LETTER_SPACED_RE = re.compile(r"(?:[\u4e00-\u9fff〇○，。；：、（）] ){7,}[\u4e00-\u9fff〇○，。；：、（）]")
# A space typed between a figure and its unit (2019 年 5 月 20 日, 人民币 5000 元, 有期徒刑 1 年): dropped, so that dates
# and amounts read whole. Only single spaces of one line, never a line break.
_SPACED_FIGURE_RE = re.compile(
    r"(?<=[\d〇○零一二三四五六七八九十百千万两]) (?=[年月日时元万亿角]|个月|余元|多元)|(?<=[年月]) (?=\d)|"
    r"(?<=人民币) (?=[\d〇○零一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾])"
)
# The digits of one amount or weight set apart by spaces (no-break or thin ones, as a typeset page prints
# 30 000元 or 罚金人民币３ ０ ０ ０ ０元): the spaces dropped, so that the figure reads whole. Only before a unit of
# money or weight (元, 克, 万), and only thousands' groups (exactly three digits after each space: 2 000,
# 12 350) or one digit apiece (3 0 0 0 0), so that two figures side by side (编号3 21000元) are not read as one.
_SPACED_DIGITS_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?: \d{3})+|\d(?: \d)+)(?= ?(?:[元克万]|余元|多元))")
# A name typed letter-spaced after a role word (被告人张 某 某，男), or with a stray space (被告人王 建军，男, as OCR
# leaves one): its spaces dropped, as the name is written elsewhere. Not a space before the sex (被告人钟迅 女，汉族:
# the header's space for its comma), which is no part of the name
_SPACED_NAME_RE = re.compile(
    r"(?:被告人|上诉人|被害人|罪犯) ?([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3})(?<! [男女])(?<! [男女]性)(?=[，,（(。；、])"
)
# A name with every character apart, whatever follows it (被告人张 某 某犯诈骗罪, 被告人李 某 某、王 某 某到庭),
# or a name of two padded to the width of three (被告人王  某犯…, one or two spaces, full-width or not): after a
# role word, the list of names it opens (、) too; its spaces dropped, and those of each other writing of it
# spaced alike, where no role word stands before it (期间李 某 某对被害人…, 骗取赵 某 某人民币…):
# :func:`_spaced_names`. Not a list spaced around its 、 (被害人 王 五 、李四); the sex after a space no part of
# it (被告人王 某 某 男，). Where the line breaks of a text became spaces, a space between two characters ends a
# paragraph (…看守所。 辩护人…), but no paragraph is one character long, as the middle of a name spaced out
# would be.
_APART_NAME = r"[\u4e00-\u9fff](?: {1,2}(?![男女]性?(?:[^\u4e00-\u9fff]|$))[\u4e00-\u9fff]){1,3}"
_APART_NAMES_RE = re.compile(
    rf"(?:被告人|上诉人|被害人|罪犯) ?((?:(?:{_APART_NAME}|[\u4e00-\u9fff]{{2,4}})、)*{_APART_NAME}"
    rf"(?:、(?:{_APART_NAME}|[\u4e00-\u9fff]{{2,4}}))*)(?! (?! ?[男女]性?(?:[^\u4e00-\u9fff]|$)))"
)


def _spaced_names(text: str) -> list[tuple[int, int]]:
    """The spaces inside the names that ``text`` writes with their characters apart after a role word
    (:data:`_APART_NAMES_RE`), and inside each other writing of those names spaced alike, as (start, end)
    spans.

    >>> t = "被告人张 某 某犯诈骗罪。后张 某 某到案，李 某 某未到案。"
    >>> [a for a, _ in _spaced_names(t)]
    [4, 6, 15, 17]
    """
    spans: set[tuple[int, int]] = set()
    names = set()
    for m in _APART_NAMES_RE.finditer(text):
        for part in m.group(1).split("、"):
            if " " in part:
                names.add(part.replace(" ", ""))
        spans.update((m.start(1) + g.start(), m.start(1) + g.end()) for g in re.finditer(" +", m.group(1)))
    if names:
        by_length = sorted(names, key=len, reverse=True)
        writings = re.compile("|".join(" {1,2}".join(map(re.escape, n)) for n in by_length))
        spans.update((m.start() + g.start(), m.start() + g.end()) for m in writings.finditer(text)
                     for g in re.finditer(" +", m.group()))
    return sorted(spans)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, one character at a time (length-preserving).

    OpenCC's phrase tables can change the length of a string; converting each
    character alone keeps offsets stable, which the offset map needs.

    >>> to_simplified("刑事判決書")
    '刑事判决书'
    """
    conv = _t2s()
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(_char_t2s(ch) for ch in text)


@lru_cache(maxsize=20000)
def _char_t2s(ch: str) -> str:
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=20000)
def _readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def sounds_alike(a: str, b: str) -> bool:
    """True when two CJK characters share a reading, tones aside (pypinyin): the slip a pinyin keyboard makes in a
    name (王建峰 typed 王建锋). Characters pypinyin cannot read (punctuation, digits) sound like nothing.

    >>> sounds_alike("峰", "锋"), sounds_alike("重", "虫"), sounds_alike("峰", "山"), sounds_alike("，", "，")
    (True, True, False, False)
    """
    if not ("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
        return False
    return bool(_readings(a) & _readings(b))


# the fuzzy readings (模糊音) pinyin keyboards offer, which their users type for one another: zh/z, ch/c, sh/s and n/l
# before the vowel, -ng/-n after it (明 ming typed 民 min)
_FUZZY = ((re.compile(r"^([zcs])h"), r"\1"), (re.compile(r"^n(?!g)"), "l"), (re.compile(r"(?<=[aei])ng$"), "n"))


@lru_cache(maxsize=20000)
def _fuzzy_readings(ch: str) -> frozenset[str]:
    out = set()
    for r in _readings(ch):
        for pattern, repl in _FUZZY:
            r = pattern.sub(repl, r)
        out.add(r)
    return frozenset(out)


def sounds_near(a: str, b: str) -> bool:
    """True when two CJK characters share a reading once the fuzzy readings a pinyin keyboard offers are merged
    (:data:`_FUZZY`: zh/z, ch/c, sh/s, n/l, -ng/-n): what :func:`sounds_alike` finds and the slips of a keyboard set to
    take one for the other (钱远明 typed 钱远民).

    >>> sounds_near("明", "民"), sounds_near("生", "森"), sounds_near("娘", "良"), sounds_near("明", "米")
    (True, True, True, False)
    """
    if not ("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
        return False
    return bool(_fuzzy_readings(a) & _fuzzy_readings(b))


def looks_alike(a: str, b: str, directory: str | None = None) -> bool:
    """True when ``look_alike.tsv`` pairs the two characters: the slip of a pen, a shape-based keyboard or a scan
    in a name (栗亮 written 粟亮), where :func:`sounds_alike` finds a pinyin keyboard's.

    >>> looks_alike("栗", "粟"), looks_alike("粟", "栗"), looks_alike("栗", "李")
    (True, True, False)
    """
    return a != b and frozenset((a, b)) in _look_alike_pairs(directory)


@lexicon_cached("look_alike.tsv")
def _look_alike_pairs(directory: str) -> frozenset[frozenset[str]]:
    return frozenset(frozenset((a, b)) for _line, (a, b) in load_table("look_alike.tsv", 2, directory))


def alike(a: str, b: str, near: bool = False) -> bool:
    """Two characters a slip may swap in a name: they sound alike or look alike; with ``near``, sounding alike takes
    a pinyin keyboard's fuzzy readings (:func:`sounds_near`): for the given name of a name of three, not a surname,
    which would take many a masked person for another (牛某甲 niu for 刘某甲 liu, 陈某某 for 程某某), nor a name of
    two (郑兵 bing beside 郑斌 bin may well be another person)."""
    return (sounds_near(a, b) if near else sounds_alike(a, b)) or looks_alike(a, b)


def one_apart(a: str, b: str) -> tuple[str, str] | None:
    """The one pair of characters in which two names of one length differ (王建国 / 王建果: 国, 果); None where they
    differ in none, several or their length.

    >>> one_apart("王建国", "王建果"), one_apart("王建国", "王建国"), one_apart("王建国", "王建")
    (('国', '果'), None, None)
    """
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return diff[0] if len(a) == len(b) and len(diff) == 1 else None


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """True when at least ``threshold`` of the CJK characters change under t2s.

    >>> is_traditional("被告人張三犯盜竊罪，判處有期徒刑一年。")
    True
    >>> is_traditional("被告人张三犯盗窃罪，判处有期徒刑一年。")
    False
    """
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    if not cjk:
        return False
    conv = _t2s().convert(sample)
    if len(conv) != len(sample):
        conv = "".join(_char_t2s(ch) for ch in sample)
    changed = sum(1 for a, b in zip(sample, conv) if a != b)
    return changed / cjk >= threshold


def _wrap_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks of a hard-wrapped text that continue a paragraph, as (start, end) spans; [] otherwise.

    One length, the wrap width (15 characters or more), is shared by at least eight lines, a third of those
    with text, and three times as many lines as any other length (short paragraphs, signature lines and the
    last line of each paragraph take the rest); a line at least that long (numbers and Latin letters make a
    line longer) continues onto the next one, unless it ends a sentence with 。 or a label with ：.
    """
    lines = text.split("\n")
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < 8:
        return []
    common = Counter(lengths).most_common(2)
    width, n = common[0]
    second = common[1][1] if len(common) > 1 else 0
    if width < 15 or n < 8 or n < len(lengths) / 3 or n < 3 * second:
        return []
    out = []
    pos = 0
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line)
        # the line's own length: a wrap may fall right after a space (…，通过本院 / 或者…) or before an indent
        if len(line.rstrip("\r")) >= width and nxt.strip() and not line.rstrip().endswith(("。", "：", ":")):
            out.append((pos, pos + 1))
        pos += 1
    return out


# What a line broken at no one width may end with and still end its paragraph: a sentence's or a label's end, or a
# title's, a court's or a case number's (湖南省某某县人民法院 / 刑事判决书 / （2020）湘0102刑初1号)
_PARAGRAPH_END_RE = re.compile(
    r"(?:[。；;：:！？!?]\s*$)|^\s*(?:[\u4e00-\u9fff]{2,40}(?:法院|判决书|裁定书|决定书|通知书)|[（(〔\[]\d{4}[）)〕\]][^，。\s]{2,30}号)\s*$"
)
# What opens a line of its own even after a line that does not end a sentence: the signatures (审判长张明 审判员…
# / 人民陪审员…, whose names would run together), an item of the result, an appendix. (A party or a section word
# is not: 被告人 and 本院认为 stand inside sentences too, and a line cut before them goes on.)
_PARAGRAPH_OPENER_RE = re.compile(
    r"\s*(?:审\s*判\s*长|审\s*判\s*员|代理审判员|人民陪审员|书\s*记\s*员|法官助理|[一二三四五六七八九十]{1,3}、|附[：:]|"
    r"[（(][一二三四五六七八九十]{1,3}[）)])"
)


def _ragged_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks of a text broken at no one width (copied from pages of varying layout, where
    :func:`_wrap_breaks` finds no width), as (start, end) spans; [] otherwise.

    Eight lines or more of 15 characters or more, three in five of them ending inside a sentence (not after
    :data:`_PARAGRAPH_END_RE`): each such line continues onto the next, unless that one is blank or opens a
    paragraph (:data:`_PARAGRAPH_OPENER_RE`). A text laid out by paragraphs ends nearly every long line with 。 or ：.
    """
    lines = text.split("\n")
    # per line: long (15 characters or more), and whether it ends inside a sentence
    goes_on = [(len(line.strip()) >= 15, not _PARAGRAPH_END_RE.search(line)) for line in lines]
    n_long = sum(long for long, _ in goes_on)
    if n_long < 8 or sum(long and inside for long, inside in goes_on) < 0.6 * n_long:
        return []
    out = []
    pos = 0
    for (line, nxt), (long, inside) in zip(zip(lines, lines[1:]), goes_on):
        pos += len(line)
        if long and inside and nxt.strip() and not _PARAGRAPH_OPENER_RE.match(nxt):
            out.append((pos, pos + 1))
        pos += 1
    return out


# The two sides of a line break that cuts a word or a figure: two Chinese characters (孙文 / 涛犯盗窃罪), a
# figure and its unit of a date (2021年3 / 月5日) or a date's unit and the figure after it (2022年5月 / 4日止)
_CUT_WORD = (re.compile(r"[\u4e00-\u9fff〇○]$"), re.compile(r"^[\u4e00-\u9fff〇○]"))
_CUT_FIGURE = ((re.compile(r"\d$"), re.compile(r"^[年月日]")), (re.compile(r"[年月]$"), re.compile(r"^\d")))
# a clause's mark: the line holds a sentence begun (本院认为，被告人孙 / 一、被告人孙文), not a title or a signature
_CLAUSE_RE = re.compile(r"[，、,]")


def _short_line_breaks(text: str, wraps: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The breaks of a hard-wrapped text (``wraps``, its breaks found so far) after a short line that a
    sentence goes on from, as (start, end) spans: a PDF's lines are not all cut at the width (本院认为，被告人孙 /
    文涛以非法占有为目的…, 一、被告人孙文 / 涛犯盗窃罪…), and :func:`_wrap_breaks` and :func:`_ragged_breaks` take a short line for
    a paragraph's end. A break goes where it cuts a word or a figure (:data:`_CUT_WORD`, :data:`_CUT_FIGURE`),
    the line before does not end a paragraph (:data:`_PARAGRAPH_END_RE`: a sentence, a title, a court's name,
    a case number) and the next one does not open one (:data:`_PARAGRAPH_OPENER_RE`: a signature, an item of
    the result), and the line before holds a clause's mark or goes on from the line before it: inside a
    sentence. A signature (审判员 李四 / 二〇二〇年五月一日) holds none, nor does a title."""
    joined = {a for a, _ in wraps}
    out = []
    pos = 0
    goes_on = False  # whether the line's start goes on from the line before (its break goes)
    lines = text.split("\n")
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line)
        body = line.rstrip()
        if pos in joined:
            goes_on = True
        elif (
            body and nxt[:1].strip()
            and (goes_on or _CLAUSE_RE.search(body))
            and any(a.search(body) and b.match(nxt) for a, b in (_CUT_WORD, *_CUT_FIGURE))
            and not _PARAGRAPH_END_RE.search(body) and not _PARAGRAPH_OPENER_RE.match(nxt)
        ):
            out.append((pos, pos + 1))
            goes_on = True
        else:
            goes_on = False
        pos += 1
    return out


# A date as fayan reads it in figures: year, month and day, or two of them (2021年5月10日, 2021年5月, 5月10日)
_FIGURE_DATE_RE = re.compile(
    r"(?<!\d)(?:\d{4}年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?|(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
)


def _cut_date_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks that cut a date in figures (…于2021年5 / 月10日…, …2021年5月1 / 0日13时许…, …于2021 / 年8月12日),
    as (start, end) spans: in any text, hard-wrapped or not, since a copy from a PDF may break a line or two
    inside a paragraph laid out whole (:func:`_wrap_breaks` and :func:`_ragged_breaks` then find no width, and
    ``0日`` is read as a day of its own). A break goes where the date read over it is whole and possible (a
    month of 1 to 12, a day of 1 to 31) and the line before holds words (not a page's number alone:
    3 / 月…)."""
    out = []
    for m in re.finditer(r"\n", text):
        p = m.start()
        cut = p - 1 if p and text[p - 1] == "\r" else p  # (a \r\n break, found at its \n)
        line = text[text.rfind("\n", 0, p) + 1 : cut]
        if not (line[-1:].isdigit() or line[-1:] in ("年", "月")) or not re.search(r"[\u4e00-\u9fff]", line):
            continue
        tail, head = line[-12:], text[p + 1 : p + 12]
        for d in _FIGURE_DATE_RE.finditer(tail + head):
            if d.start() < len(tail) < d.end():
                month, day = d.group("m") or d.group("m2"), d.group("d") or d.group("d2")
                if 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31):
                    out.append((p, p + 1))
                break
    return out


# Page furniture a print or PDF export leaves in the text: a page number on a line of its own (第 3 页 共 8 页,
# 第3页, - 3 -, 3/8) or the note on a page without text (（此页无正文）); anywhere, the full 第N页共M页 form. And
# what a copy from a website leaves on lines of their own: the site's name (中国裁判文书网), a web address, the day
# of the download or of publication (下载日期：2023年5月2日), a count of views; and a legal database's footer: its
# copyright line (© 北大法宝…版权所有, Copyright © 2023 …) and its citation code (北大法宝引证码：CLI.C.…, a link
# after it).
_PAGE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}\s*/\s*\d{1,4}|"
    r"[（(]\s*此页无正文\s*[）)]|"
    r"(?:(?:来源|来自|出处)\s*[：:]\s*)?中国裁判文书网(?:\s*[（(]?\s*(?:https?://)?wenshu\.court\.gov\.cn[^\s]*\s*[）)]?)?|"
    r"(?:(?:网址|链接|原文链接|来源)\s*[：:]\s*)?(?:https?://|www\.)[!-~]{3,300}|"
    r"(?:©|Ⓒ|[Cc]opyright\b|COPYRIGHT\b|版权所有)[^\n]{0,300}|"
    r"(?:北大)?法宝引证码\s*[：:]\s*[!-~]{3,60}"
    r"(?:[ \t]+(?:(?:网址|链接|原文链接|来源)\s*[：:]\s*)?(?:https?://|www\.)[!-~]{3,300})?|"
    r"(?:下载|打印|导出|发布|公开|上网)(?:日期|时间)\s*[：:][ \t]*[\d〇○零一二三四五六七八九十年月日\-/.: \t]{4,30}"
    r"(?:[ \t]*浏览(?:次数|量)?\s*[：:]?\s*\d+\s*次?)?|浏览(?:次数|量)?\s*[：:]?\s*\d+\s*次?)"
    r"[ \t]*\r?(?:\n|$)"
)
_PAGE_INLINE_RE = re.compile(r"[ \t]*第\s*\d{1,4}\s*页\s*[，,/]?\s*共\s*\d{1,4}\s*页[ \t]*")
# what follows a page break (a form feed, as pdftotext puts one before each page's first line) on its line
_AFTER_FEED_RE = re.compile(r"[ \t]*(?:\r?\n)?")


# A line of a document's title (after its spaces go): its court (四川省锦阳市涪江区人民法院), its title
# (刑事判决书, or the two on one line) or its case number (（2022）川0703刑初215号)
_TITLE_LINE_RE = re.compile(r"[\u4e00-\u9fff]{2,40}(?:法院|书)|[（(〔\[]\d{4}[）)〕\]][^，。\s]{2,30}号")


def _title_repeats(text: str, start: int, pages: Collection[int]) -> list[tuple[int, int]]:
    """Lines that repeat the document's own title lines further on (the court, the title and the case number
    it opens with at ``start``), as the header a PDF prints atop each page (某某市某某区人民法院 / 刑事判决书 /
    第2页 共5页): their spans with their line breaks, as :data:`_PAGE_LINE_RE`'s (``pages``: where its lines
    start).

    A run of such lines is a header beside a page number's line, inside a sentence that it cuts (the line
    before it long or ending with ，、 and no paragraph's end), or where it holds two lines or more but not the
    whole title. Not else: a court's name alone above the signatures' date, the title of another judgment
    pasted after this one (beside its own court or case number), a second copy of this one (its whole title).
    """
    lines = []  # (start, end with the line break, the line without its spaces), blank lines left out
    pos = 0
    for line in text.split("\n"):
        body = re.sub(rf"[\s{ZERO_WIDTH}]+", "", line)
        if body:
            lines.append((pos, min(pos + len(line) + 1, len(text)), body))
        pos += len(line) + 1
    own: set[str] = set()
    k = 0
    for k, (a, _, body) in enumerate(lines):
        if a < start:
            continue
        if not _TITLE_LINE_RE.fullmatch(body):
            break
        own.add(body)
    else:
        return []  # (nothing after the title)
    out = []
    i = k
    while i < len(lines):
        if lines[i][2] not in own:
            i += 1
            continue
        j = i  # the run of repeated lines: i to j
        while j + 1 < len(lines) and lines[j + 1][2] in own:
            j += 1
        before, after = lines[i - 1], lines[j + 1] if j + 1 < len(lines) else None
        beside = [x for x in (before, after) if x]
        last = text[before[0] : before[1]].rstrip()  # the line before, as written
        if any(_TITLE_LINE_RE.fullmatch(x[2]) and x[0] not in pages for x in beside):
            pass  # another document's title
        elif (
            any(x[0] in pages for x in beside)
            or (not _PARAGRAPH_END_RE.search(last) and not _PARAGRAPH_OPENER_RE.match(last)
                and (last.endswith(("，", "、")) or len(before[2]) >= 15))
            or (j > i and {x[2] for x in lines[i : j + 1]} != own)
        ):
            out += [(a, b) for a, b, _ in lines[i : j + 1]]
        i = j + 1
    return out


def _page_furniture(text: str, feeds: Sequence[int] = (), start: int = 0) -> list[tuple[int, int]]:
    """Spans of page furniture to drop: its lines (a page number's, a website's, a page header's that repeats
    the document's title lines after ``start``: :func:`_title_repeats`) and the page breaks at ``feeds`` (form
    feeds, which ``text`` holds as spaces), with their line break (where the text before goes on mid-sentence,
    the break before too, so that the sentence is whole again), and a 第N页共M页 inside a line."""
    spans = [m.span() for m in _PAGE_LINE_RE.finditer(text)]
    spans += _title_repeats(text, start, {a for a, _ in spans})
    spans += [(p, m.end()) for p in feeds if (m := _AFTER_FEED_RE.match(text, p + 1))]
    lines = []
    for s, end in sorted(spans):
        last = s
        while last > 0 and text[last - 1] in " \t\r\n":  # the end of the text before it
            last -= 1
        line_before = text[text.rfind("\n", 0, last) + 1 : last].strip()
        # (not after a title or a case number: 刑事判决书, （2023）…刑初88号, which no sentence goes on from)
        heading = len(line_before) <= 30 and line_before[-1:] in ("书", "号")
        # (nor before a line that opens a paragraph of its own: 书记员…, 附：…, 二、…, after a signature or a footer)
        opens = _PARAGRAPH_OPENER_RE.match(text, end) is not None
        ends = text[last - 1] in "。；：:！？”" if last > 0 else True
        if s > 0 and text[s - 1] == "\n" and not ends and not heading and not opens:
            s = last  # joins the sentence cut by the page end
            # and, where a long line goes on mid-sentence (…至2020年5 / / 第 2 页 / / 月19日止), over the blank lines after
            # it too; not after a short line (审判员 李四) or a bracket's end, which end their paragraphs
            if last - (text.rfind("\n", 0, last) + 1) >= 15 and text[last - 1] not in "）)":
                while end < len(text) and text[end] in " \t\r\n":
                    end += 1
        if lines and s <= lines[-1][1]:  # (a page number's line, then the page break: one span)
            s = lines.pop()[0]
        lines.append((s, end))
    inline = [(m.start(), m.end()) for m in _PAGE_INLINE_RE.finditer(text)
              if not any(a <= m.start() < b for a, b in lines)]
    return lines + inline


# an export's metadata lines before the document itself: category:刑事 / title:… / publictime:… / content:中华人民共和国…
# (the 500 SPC documents of ../shared/data/extra come so); the keys and the lines before content: go, the content stays
_EXPORT_HEADER_RE = re.compile(r"\A\s*(?:[A-Za-z_][A-Za-z0-9_]{0,20}[：:][^\n]*\n){1,10}?\s*(?:content|text|body)[：:]\s*")


# a legal database's metadata lines before the judgment (北大法宝, 威科先行 and the like): 标题：… / 审理法院：… /
# 案号：… / 裁判日期：… / 文书类型：判决书 / 当事人：…, or the same labels in brackets (【案号】…), two or more, then a
# 【全文】/正文 marker or the judgment's own first line (its court, 某某市人民法院, or its title, …刑事判决书), or nothing
# (a file of metadata alone). The values are the database's, not the judgment's (a 裁判日期 that is the day of
# publication, a court without its province, a case number in half-width brackets), and 文书类型：判决书 is no printed
# title. A judgment that prints its own header as labels (法院：… / 案号：… / 公诉机关：…) goes on with a party, not a
# court or a title, and is kept.
_META_LABELS = (
    r"(?:文书|案件)?标题|案件名称|审理法院|法院名称|法院级别|(?:案件)?字号|案号|(?:刑事)?案由|"
    r"(?:裁判|判决|审结|宣判|发布|公开|上网)日期|文书(?:类型|种类|性质)|(?:审理|审判)程序|审级|案件类型|公开类型|"
    r"当事人|审判人员|审理法官|代理律师|律所|关键词|(?:北大)?法宝引证码|引证码|来源|原文链接|效力级别"
)
_META_LINE = rf"[ \t]*(?:【[ \t]*(?:{_META_LABELS})[ \t]*】|(?:{_META_LABELS})[ \t]*[：:])[^\n]*(?:\n|\Z)"
# the marker before the judgment's text: 【全文】 or 全文：/正文： on a line of its own or before the text's first words
_BODY_MARKER = r"[ \t]*(?:【[ \t]*(?:全[ \t]*文|正[ \t]*文|(?:裁判|判决)?文书全文)[ \t]*】|(?:全文|正文)[ \t]*[：:])"
_META_HEADER_RE = re.compile(
    rf"\A\s*(?:{_META_LINE}\s*){{2,30}}"
    rf"(?:(?:{_BODY_MARKER}|[ \t]*(?:全文|正文))[ \t]*(?:\r?\n|\Z)\s*|{_BODY_MARKER}[ \t]*(?=\S)|"
    # (the court's line, or the title's: no label's colon or bracket in it)
    r"(?=[\u4e00-\u9fff]{2,40}法院[ \t\r]*(?:\n|\Z)|"
    r"[^\n：:【】]{0,60}?(?:判[ \t]*决|裁[ \t]*定|决[ \t]*定)[ \t]*书[ \t\r]*(?:\n|\Z)|\Z))"
)


def _export_header(text: str) -> list[tuple[int, int]]:
    """The span of an export's metadata header (``_EXPORT_HEADER_RE``) or of a legal database's metadata lines
    (``_META_HEADER_RE``), or none."""
    m = _EXPORT_HEADER_RE.match(text) or _META_HEADER_RE.match(text)
    return [(0, m.end())] if m else []


def _sentence_per_line(text: str) -> bool:
    """Whether the line breaks of ``text`` end sentences, not paragraphs (some exports put each sentence on a line of
    its own): 8 lines or more, 80 % of them ending with 。 or ；, and at most two holding several sentences. In a text
    laid out by paragraphs a fifth or more of the lines hold several sentences."""
    lines = [line for line in text.replace("\r", "").split("\n") if line.strip()]
    if len(lines) < 8:
        return False
    ends = sum(1 for line in lines if line.rstrip().endswith(("。", "；")))
    several = sum(1 for line in lines if line.count("。") >= 2)
    # at most two lines of several sentences (a term note in brackets): a text whose facts alone stand a sentence per
    # line, its other paragraphs whole, is laid out by paragraphs, and its breaks must stay
    return ends >= 0.8 * len(lines) and several <= min(2, 0.05 * len(lines))


def _restored_dots(raw: str, text: str) -> list[str]:
    """``text`` (``raw`` translated, of its length) with each name's full-width dot of ``raw`` put back."""
    out = list(text)
    for m in _NAME_DOT_RE.finditer(raw):
        out[m.start()] = "．"
    return out


def fold_dots(name: str) -> str:
    """``name`` with each of its dots (:data:`NAME_DOTS`, and ``.``) as ``·``: one name however a document
    dots it (艾某拜尔•吐某地 in the header, 艾某拜尔·吐某地 in the result).

    >>> fold_dots("叶某兰．哈某木") == fold_dots("叶某兰·哈某木") == fold_dots("叶某兰.哈某木")
    True
    """
    return name.translate(_FOLD_DOTS)


def normalize(raw: str) -> tuple[str, OffsetMap]:
    """Normalise ``raw`` for extraction; return the text and the map back to ``raw``."""
    text = raw.translate(_TRANSLATE)
    if "．" in raw:
        text = "".join(_restored_dots(raw, text))
    text = _HALF_STOP_RE.sub(lambda m: _HALF_STOP[m.group()], text)
    traditional = is_traditional(text)
    if traditional:
        text = to_simplified(text)
    pieces: list[str] = []
    points: list[tuple[int, int]] = [(0, 0)]
    pos = 0  # position in text (same length as raw so far)
    out_len = 0
    # Both kinds of edit in text order: whitespace runs, and hard-wrap line breaks (dropped). \r is kept as one
    # character for the wrap search (a \r\n break is found at its \n), so positions stay those of ``text``.
    feeds = [m.start() for m in re.finditer("\f", raw)]  # page breaks (spaces in ``text``)
    if "\n" not in text and not feeds:
        wraps = []
    elif _sentence_per_line(text):
        # a line per sentence: every break goes, as between the sentences of one paragraph (a space would make each
        # sentence a paragraph of its own, which the section and header rules read as a new part)
        wraps = [(m.start(), m.end()) for m in re.finditer(r"\r?\n", text)]
    else:
        lined = text.replace("\r", " ")  # (and a page break as a line's end, for the lengths of the lines)
        if feeds:
            chars = list(lined)
            for k in feeds:
                chars[k] = "\n"
            lined = "".join(chars)
        wraps = _wrap_breaks(lined) or _ragged_breaks(lined)
        if wraps:  # (a hard-wrapped text: and the short lines inside a sentence)
            wraps = sorted(wraps + _short_line_breaks(lined, wraps))
        wraps = sorted(set(wraps) | set(_cut_date_breaks(text)))  # (and, in any text, a break inside a date)
    spaced = [
        (m.start() + g.start(), m.start() + g.end(), "")
        for rx in (_SPACED_RE, _LETTER_SPACED_RE) for m in rx.finditer(text) if " " in m.group()
        for g in re.finditer(" +", m.group())
    ]
    spaced += [(m.start(), m.end(), "") for m in _SPACED_FIGURE_RE.finditer(text)]
    spaced += [(m.start() + g.start(), m.start() + g.end(), "") for m in _SPACED_DIGITS_RE.finditer(text)
               for g in re.finditer(" ", m.group())]
    # (a space that two rules drop is two equal edits: the loop below skips the second)
    spaced += [(m.start(1) + g.start(), m.start(1) + g.end(), "") for m in _SPACED_NAME_RE.finditer(text)
               for g in re.finditer(" ", m.group(1))]
    spaced += [(a, b, "") for a, b in _spaced_names(text)]
    header = _export_header(text)
    furniture = header + _page_furniture(text, feeds, header[0][1] if header else 0)
    # each character reference that names a character: its start, end and what it names
    named = {
        m.start(): (m.end(), c) for m in _CHAR_REF_RE.finditer(raw) if (c := html.unescape(m.group())) != m.group()
    }
    # (a break that page furniture drops with itself is no wrap of its own: the furniture's span, which may run on
    # past it, is the edit; else the break went first and the page number stayed in the sentence)
    wraps = [(a, b) for a, b in wraps if not any(fa <= a < fb for fa, fb in furniture)]
    wrap_at = {a for a, _ in wraps}
    # (nor is a whitespace run that starts inside it, which sorted first would have kept the furniture)
    collapsed = [(m.start(), m.end(), m.group()) for m in _COLLAPSE.finditer(text)
                 if not any(fa <= m.start() < fb for fa, fb in furniture)]
    edits = sorted(
        [(a, b, "") for a, b in furniture] + collapsed + [(a, b, "") for a, b in wraps] + spaced
        + [(a, b, "&") for a, (b, _) in named.items()]
    )
    for s, e, run in edits:
        if s < pos:
            continue  # a wrap break inside a whitespace run already replaced
        pieces.append(text[pos:s])
        out_len += s - pos
        if run == "&":  # a character reference: what it names, normalised as the text around it
            rep = (to_simplified(named[s][1]) if traditional else named[s][1]).translate(_TRANSLATE)
            if rep == " " and next((p for p in reversed(pieces) if p), "").endswith(" "):
                rep = ""  # &nbsp;&nbsp;: one space, as a run of spaces
        elif run == "" or (run == "\r\n" and s + 1 in wrap_at):
            rep = ""  # a hard-wrap break: the paragraph goes on
        elif run == "\r":
            rep = "\n"
        elif run.strip(ZERO_WIDTH) == "":
            rep = ""
        else:
            rep = "\n" if ("\n" in run or "\r" in run) else " "
        pieces.append(rep)
        out_len += len(rep)
        pos = e
        points.append((out_len, e))
    pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(tuple(points))
