"""Numbers, money, durations and dates as judgments write them.

Finding and understanding are separate: each ``find_*`` function scans a text
with one precompiled regular expression and yields ``(Span, value)`` pairs whose
offsets index that text; each ``parse_*`` function turns one span into a value
and raises :class:`fayan.errors.ParseError` when it cannot.  A span found by a
finder parses, alone, to the value the finder gave.

The word tables (numeral characters, currencies, precision words, labels,
relative date words, sentence-term cues) are data files in ``fayan/lexicons/``
loaded through :mod:`fayan.nlp.lexicon`.  The grammar compiled from them is
cached per lexicon directory (``$FAYAN_LEXICONS`` or the package's), so an edit
to a table is seen by a new process, not by one that has already used it.

>>> cn_to_number("十二万零五百")
Decimal('120500')
>>> parse_money("人民币叁万伍仟元整")
Money(amount=Decimal('35000'), currency='CNY', qualifier='exact', low=None, high=None)
>>> [(s.text, m.amount) for s, m in find_money("（2016）湘0111刑初733号 罚金人民币五千元")]
[('五千元', Decimal('5000'))]
>>> parse_duration("一年零三个月")
Duration(months=15, days=0)
>>> parse_date("同年8月25日", base=date(2016, 7, 24))
datetime.date(2016, 8, 25)

Why not cn2an for everything: cn2an (a project dependency) reads plain Chinese
integers correctly, and the tests check our reader against it on those, but it
returns ``int``/``float`` rather than an exact ``Decimal``, and it rejects
several forms judgments use: ``卅``, a leading unit (``万零三千``), ``点`` with a
unit after it (``一点一万``), thousands separators (``1,200``) and full-width
digits in its strict modes.  The tests under ``# cn2an 对照`` show each case, so
the reader below is our own: one small token-and-unit evaluator for all forms.
"""

from __future__ import annotations

import os
import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from fayan.errors import LexiconError, ParseError
from fayan.nlp.lexicon import alternation, lexicon_cached, lexicon_path, load_list, load_table
from fayan.types import Duration, Money, Qualifier, Span

__all__ = [
    "DateMention",
    "cn_to_int",
    "cn_to_number",
    "date_range",
    "find_date_mentions",
    "find_dates",
    "find_durations",
    "find_lengths",
    "find_money",
    "is_birth_date",
    "number_pattern",
    "parse_date",
    "parse_date_partial",
    "parse_duration",
    "parse_money",
]

_NUMERALS = "numerals.tsv"
_CURRENCIES = "money_currencies.tsv"
_QUALIFIERS = "money_qualifiers.tsv"
_LABELS = "money_labels.txt"
_RELATIVE = "date_relative.tsv"
_TERM_CUES = "term_cues.txt"
_FILES = (_NUMERALS, _CURRENCIES, _QUALIFIERS, _LABELS, _RELATIVE, _TERM_CUES)

# Years a date finder accepts; parse_date itself takes any year ``date`` takes.
_FIND_YEARS = range(1900, 2100)

# Grammar connectors (not vocabulary): range separators, the 零/又 that joins
# duration parts, the fillers between a term cue and its duration, and the
# characters that may never precede a money number (vague 数/几/成, ordinal 第; 上
# too, as in 上万元, but not in 以上).
_RANGE_SEP = "至|到|-|－|~|～|—|–"
_MONEY_NOT_AFTER = "数几成第"
_PUNCT_EDGE = " \t\n\r。，,；;：:、"


# ---------------------------------------------------------------------------
# Lexicon loading and the compiled grammar
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Numerals:
    arabic: dict[str, int]
    digit: dict[str, int]
    tens: dict[str, int]
    unit: dict[str, int]
    big: dict[str, int]
    point: frozenset[str]
    arabic_re: re.Pattern[str]  # one arabic number: 1200, 1,200, 1，380, 3.5
    to_ascii: dict[int, str | None]  # str.translate table: digits -> ASCII, separators dropped


_ROLES = ("arabic", "digit", "tens", "unit", "big", "point")
_PRECISION: dict[str, Qualifier] = {"about": "about", "at_least": "at_least", "at_most": "at_most"}


def _load_numerals(directory: str) -> _Numerals:
    path = str(lexicon_path(_NUMERALS, directory))
    tables: dict[str, dict[str, int]] = {role: {} for role in _ROLES}
    seen: set[str] = set()
    for line, (char, value, role) in load_table(_NUMERALS, 3, directory):
        if len(char) != 1:
            raise LexiconError(f"one character per row, found {char!r}", path, line)
        if role not in tables:
            raise LexiconError(f"role must be one of {', '.join(_ROLES)}; found {role!r}", path, line)
        if not value.isdigit():
            raise LexiconError(f"value must be a whole number, found {value!r}", path, line)
        if char in seen:
            raise LexiconError(f"{char!r} is listed twice", path, line)
        if role in ("arabic", "digit") and int(value) > 9:
            raise LexiconError(f"a digit's value is 0 to 9, found {value}", path, line)
        seen.add(char)
        tables[role][char] = int(value)
    a = _cls(tables["arabic"])
    arabic_re = re.compile(
        rf"[{a}]{{1,3}}(?:[,，][{a}]{{3}})+(?:[.．][{a}]+)?(?![{a}])|[{a}]+(?:[.．][{a}]+)?"
    )
    to_ascii: dict[int, str | None] = {
        ord(c): str(v) for c, v in (*tables["arabic"].items(), *tables["digit"].items())
    }
    to_ascii.update({ord("．"): ".", ord(","): None, ord("，"): None})
    return _Numerals(
        arabic=tables["arabic"],
        digit=tables["digit"],
        tens=tables["tens"],
        unit=tables["unit"],
        big=tables["big"],
        point=frozenset(tables["point"]),
        arabic_re=arabic_re,
        to_ascii=to_ascii,
    )


def _cls(chars: Iterable[str]) -> str:
    """The inside of a regex character class holding ``chars``."""
    return "".join(re.escape(c) for c in sorted(set(chars)))


@dataclass(frozen=True, slots=True)
class _Scan:
    """How to find the matches of a pattern quickly.

    ``pattern.finditer`` tries every position of the text, and money and date
    patterns start with optional words and lookbehinds that Python's engine
    cannot skip ahead for; a 3,000-character judgment took about 200 µs.  So a
    finder looks for an ``anchor`` every match contains (a currency unit; 年, 月,
    日 or a relative date word), steps back over the ``back`` characters a match
    may hold before its anchor (at most ``max_back``), and tries the pattern only
    at positions holding a ``first`` character.  Matches come out leftmost-first
    and non-overlapping, as from ``finditer``.
    """

    anchor: re.Pattern[str]
    back: frozenset[str]
    first: frozenset[str]
    max_back: int

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        last_end = 0
        for a in self.anchor.finditer(text):
            p = a.start()
            if p < last_end:
                continue
            lo = p
            while lo > last_end and p - lo < self.max_back and text[lo - 1] in self.back:
                lo -= 1
            for i in range(lo, p + 1):
                if text[i] not in self.first:
                    continue
                m = pattern.match(text, i)
                if m is not None and m.end() > p:
                    last_end = m.end()
                    yield m
                    break


@dataclass(frozen=True, slots=True)
class _Grammar:
    num: _Numerals
    currency: dict[str, tuple[str, str]]  # word -> (code, role)
    prefix_q: dict[str, Qualifier]
    infix_q: dict[str, Qualifier]
    suffix_q: dict[str, Qualifier]
    labels: tuple[str, ...]  # longest first
    relative: dict[str, tuple[str, int]]  # word -> (field, offset)
    number: str  # regex source of one number (1,200 / 3.5 / 一千五百 / 3.5万), as money reads it
    money_re: re.Pattern[str]
    money_scan: _Scan
    label_re: re.Pattern[str]
    duration_re: re.Pattern[str]
    term_re: re.Pattern[str]
    date_re: re.Pattern[str]
    date_scan: _Scan


@lexicon_cached(*_FILES)
def _g(directory: str) -> _Grammar:
    num = _load_numerals(directory)

    currency: dict[str, tuple[str, str]] = {}
    cur_path = str(lexicon_path(_CURRENCIES, directory))
    for line, (word, code, role) in load_table(_CURRENCIES, 3, directory):
        if role not in ("generic", "name"):
            raise LexiconError(f"role must be generic or name, found {role!r}", cur_path, line)
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise LexiconError(
                f"currency code must be three capitals (ISO 4217), found {code!r}", cur_path, line
            )
        currency[word] = (code, role)

    quals: dict[str, dict[str, Qualifier]] = {"prefix": {}, "infix": {}, "suffix": {}}
    q_path = str(lexicon_path(_QUALIFIERS, directory))
    for line, (word, qual, position) in load_table(_QUALIFIERS, 3, directory):
        if qual not in _PRECISION:
            raise LexiconError(f"qualifier must be about, at_least or at_most, found {qual!r}", q_path, line)
        if position not in quals:
            raise LexiconError(f"position must be prefix, infix or suffix, found {position!r}", q_path, line)
        quals[position][word] = _PRECISION[qual]

    labels = tuple(sorted(set(load_list(_LABELS, directory)), key=lambda w: (-len(w), w)))

    relative: dict[str, tuple[str, int]] = {}
    r_path = str(lexicon_path(_RELATIVE, directory))
    for line, (word, fld, offset) in load_table(_RELATIVE, 3, directory):
        if fld not in ("day", "month", "year"):
            raise LexiconError(f"field must be day, month or year, found {fld!r}", r_path, line)
        if not re.fullmatch(r"-?\d+", offset):
            raise LexiconError(f"offset must be a whole number, found {offset!r}", r_path, line)
        relative[word] = (fld, int(offset))
    cues = load_list(_TERM_CUES, directory)

    # Character classes.  Money and durations never read ASCII letters as digits.
    arabic = _cls(num.arabic)
    cn_digit = _cls(c for c in num.digit if not c.isascii())
    cn_all = _cls([*(c for c in num.digit if not c.isascii()), *num.tens, *num.unit, *num.big])
    big = _cls(num.big)
    point = _cls(num.point)
    all_digit = _cls([*num.arabic, *num.digit])

    # --- money ----------------------------------------------------------
    a_tok = (
        rf"[{arabic}]{{1,3}}(?:[,，][{arabic}]{{3}})+(?:[.．][{arabic}]+)?(?![{arabic}])"
        rf"|[{arabic}]+(?:[.．][{arabic}]+)?"
    )
    # Atomic: a digit run is never re-split and retried when what follows fails.
    number = rf"(?>(?:{a_tok}|[{cn_all}])(?:{a_tok}|[{cn_all}]|(?<=[{cn_digit}])[{point}](?=[{cn_digit}]))*)"
    names = [w for w, (_, r) in currency.items() if r == "name"]
    units = list(currency)
    # 元 is not money in 元旦/元月/元素/元件; a currency name is no unit when a number
    # follows it (彭某1人民币35万元: 人民币 labels the 35万元).
    not_after = {"generic": "(?![旦月宵素件])", "name": rf"(?![{arabic}{cn_all}])"}
    unit_alt = "|".join(
        re.escape(w) + not_after[currency[w][1]] for w in sorted(units, key=lambda w: (-len(w), w))
    )
    one_digit = _cls([*num.arabic, *(c for c, v in num.digit.items() if v and not c.isascii())])
    pq, iq, sq = alternation(quals["prefix"]), alternation(quals["infix"]), alternation(quals["suffix"])
    money_re = re.compile(
        rf"(?P<pq>{pq})?(?P<pc>{alternation(names)})?(?P<pq2>{pq})?"
        rf"(?<![{arabic}.．A-Za-z{cn_all}{_MONEY_NOT_AFTER}])(?<![{arabic}][,，])(?<!(?<!以)上)"
        rf"(?P<n1>{number})(?P<iq1>{iq})?(?P<b1>[{big}]+)?"
        rf"(?:(?P<u1>{unit_alt})?(?P<rsep>{_RANGE_SEP})(?P<pc2>{alternation(names)})?"
        rf"(?P<n2>{number})(?P<iq2>{iq})?(?P<b2>[{big}]+)?)?"
        rf"(?P<u>{unit_alt})"
        rf"(?:零?(?P<jiao>[{one_digit}])角)?(?:零?(?P<fen>[{one_digit}])分(?!钟))?"
        rf"(?P<tail>整|钱)?(?P<sc>{alternation(names)})?(?P<sq>{sq})?"
    )
    numeral_chars = {*num.arabic, *(c for c in num.digit if not c.isascii()), *num.tens, *num.unit, *num.big}
    money_scan = _Scan(
        anchor=re.compile(alternation(units)),
        back=frozenset(
            {*numeral_chars, *num.point, *",，.．", *"".join(quals["prefix"]), *"".join(quals["infix"])}
            | {*"".join(units), *"".join(_RANGE_SEP.split("|"))}
        ),
        first=frozenset({*numeral_chars, *(w[0] for w in quals["prefix"]), *(w[0] for w in names)}),
        max_back=40,
    )
    label_re = re.compile(rf"(?:{alternation(labels)}|[{re.escape(_PUNCT_EDGE)}])+")

    # --- durations ------------------------------------------------------
    dnum = rf"(?:[{arabic}]+|[{cn_digit}{_cls(num.tens)}{_cls(num.unit)}])+"
    duration_re = re.compile(_duration_pattern(dnum, ""))
    term_re = re.compile(
        rf"(?:{alternation(cues)})(?:为|是|[:：])?"
        rf"(?:(?P<t1>{_duration_pattern(dnum, '_a')})"
        rf"|(?P<lo>{dnum})(?=(?:{_RANGE_SEP}){_duration_pattern(dnum, None)}))"
        rf"(?:(?:{_RANGE_SEP})(?P<t2>{_duration_pattern(dnum, '_c')}))?"
    )

    # --- dates ----------------------------------------------------------
    words = {f: alternation(w for w, (ff, _) in relative.items() if ff == f) for f in ("day", "month", "year")}
    year = rf"[12１２一二l][{all_digit}]{{3}}"
    # Latin O and Greek Ο stand for 〇 in some scans (7月2O日), and a lower-case l for 1 (l959年), so dates
    # read all digits.
    month = rf"(?:[{all_digit}十]{{1,2}}|元)"
    day = rf"(?:[{all_digit}十{_cls(num.tens)}]{{1,3}})"
    date_re = re.compile(
        # 2014年4、5月 / 2010年七八月份: a list or pair of months stands for its first (the earliest day it allows)
        rf"(?<![{all_digit}{cn_all}A-Za-z])(?P<ay>{year})年(?:(?P<am>{month})(?:[、和或]{month})?月(?:(?P<ad>{day})[日号])?)?"
        rf"|(?<![{arabic}.．/／-])(?P<ny>[12][{arabic}]{{3}})(?P<sep>[-./／．])(?P<nm>[{arabic}]{{1,2}})"
        rf"(?P=sep)(?P<nd>[{arabic}]{{1,2}})(?![{arabic}])(?![-./／．][{arabic}])"
        rf"|(?P<ry>{words['year']})(?P<rym>{month})月(?:(?P<ryd>{day})[日号])?"
        rf"|(?<!不)(?P<rm>{words['month']})(?:(?P<rmd>{day})[日号])?"
        rf"|(?<!不)(?P<rd>{words['day']})(?!起(?!诉))"
        rf"|(?<![{all_digit}{cn_all}年.．/／A-Za-z-])(?P<mm>{month})月(?P<md>{day})[日号]"
        rf"|(?<=[至到~～—、及和或-])(?P<cd>{day})[日号]"
        # the end of a range of months (2013年8月至11月期间; 2013年11月至2月 ends in the next year)
        rf"|(?<=[至到~～—-])(?P<cm>{month})月(?:份)?(?![{all_digit}十]|[日号])"
        # a bare day followed by a time of day (后于26日5时许, 、8日12时许) is a day of the month before it; a
        # duration (拘留15日) is not followed by one
        rf"|(?<![{all_digit}{cn_all}月年/／.．-])(?P<bd>{day})[日号]"
        rf"(?=[{arabic}]{{1,2}}[时点]|[零一二三四五六七八九十]{{1,3}}[时点]|凌晨|早上|早晨|上午|中午|下午|傍晚|晚|夜|深夜)"
    )
    date_scan = _Scan(
        # literals only, so that the engine can skip to the next possible anchor
        anchor=re.compile(alternation([*relative, *"年月日号", *"-./／．"])),
        back=frozenset({*num.arabic, *num.digit, *num.tens, *num.unit, "元"}),
        first=frozenset({*num.arabic, *num.digit, *num.tens, *num.unit, "元", *(w[0] for w in relative)}),
        max_back=8,
    )
    return _Grammar(
        num=num,
        currency=currency,
        prefix_q=quals["prefix"],
        infix_q=quals["infix"],
        suffix_q=quals["suffix"],
        labels=labels,
        relative=relative,
        number=number,
        money_re=money_re,
        money_scan=money_scan,
        label_re=label_re,
        duration_re=duration_re,
        term_re=term_re,
        date_re=date_re,
        date_scan=date_scan,
    )


def _duration_pattern(dnum: str, tag: str | None) -> str:
    """The duration grammar: a year, a month and a day part, in that order, at least one.

    Parts may be joined by 零/又: 一年零六个月, 二年又六个月, 四个月十五日, 一年半, 一个半月,
    半个月.  ``tag`` suffixes the group names so that the pattern can repeat in one
    regex; ``None`` leaves the groups unnamed.
    """

    def g(name: str) -> str:
        return "?:" if tag is None else f"?P<{name}{tag}>"

    y = rf"(?:({g('y')}{dnum})年({g('yh')}半)?|({g('hy')}半)年)"
    m = rf"(?:({g('mo')}{dnum})(?:个({g('mh')}半)?)?月|({g('hm')}半)个月)"
    d = rf"(?:({g('d')}{dnum})[日天])"
    if tag is None:
        return rf"(?:{y}|{m}|{d})"
    return rf"(?={_duration_pattern(dnum, None)}){y}?(?:[零又]?{m})?(?:[零又]?{d})?"


# ---------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------


def _tidy(d: Decimal) -> Decimal:
    """``Decimal('35000.0')`` -> ``Decimal('35000')``; ``1200.50`` -> ``1200.5``."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def _integer_part(s: str, num: _Numerals) -> Decimal:
    """Evaluate a numeral that has no Chinese decimal point (点)."""
    if not s:
        raise ParseError("empty numeral")
    # Digits alone are read digit by digit: 二〇一六 -> 2016, 二0一六 -> 2016.
    if all(c in num.arabic or c in num.digit for c in s) or num.arabic_re.fullmatch(s):
        return Decimal(s.translate(num.to_ascii))

    total = Decimal(0)  # finished sections, already multiplied by their 万/亿
    section = Decimal(0)  # the current section, below the last big unit
    pending: Decimal | None = None  # a number waiting for its unit
    pending_single = False  # pending is one digit (so 一万二 can mean 12000)
    last_small: int | None = None  # the last 十/百/千 in this section
    last_unit: int | None = None  # the last unit of any kind
    zero = False  # a 零 since the last unit: 一万零二 is 10002, not 12000
    bigs: list[int] = []
    seen = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in num.arabic:
            if pending is not None:
                raise ParseError(f"two numbers in a row in {s!r}")
            m = num.arabic_re.match(s, i)
            assert m is not None  # s[i] is an arabic digit
            pending = Decimal(m.group().translate(num.to_ascii))
            pending_single, seen, i = m.end() - i == 1, True, m.end()
            continue
        i += 1
        if ch in num.digit:
            value = num.digit[ch]
            if value == 0:
                if pending is not None:
                    raise ParseError(f"零 right after a digit in {s!r}")
                zero = True
            elif pending is not None:
                raise ParseError(
                    f"two digits in a row in {s!r}; digits are read one by one only without units"
                )
            else:
                pending, pending_single, seen = Decimal(value), True, True
        elif ch in num.tens or ch in num.unit:
            # 廿 is 二十: a digit and a 十 in one character.
            u = 10 if ch in num.tens else num.unit[ch]
            if pending is not None and ch in num.tens:
                raise ParseError(f"a digit before {ch!r} in {s!r}")
            if (last_small is not None and u >= last_small) or (bigs and u >= bigs[-1]):
                raise ParseError(f"unit {ch!r} out of order in {s!r}")
            mult = Decimal(num.tens[ch] // 10) if ch in num.tens else (pending if pending is not None else 1)
            section += mult * u
            pending, last_small, last_unit, zero, seen = None, u, u, False, True
        elif ch in num.big:
            u = num.big[ch]
            if pending is not None:
                if last_small is not None and pending >= last_small:
                    raise ParseError(f"{pending} follows a smaller unit in {s!r}")
                section += pending
            if section == 0 and not (bigs and u > max(bigs) and not zero):
                if seen:
                    raise ParseError(f"unit {ch!r} without a number before it in {s!r}")
                section = Decimal(1)  # a leading unit counts one: 万零三千 is 13000
            if not bigs or u > max(bigs):
                total = (total + section) * u  # 一万亿: the larger unit multiplies all before it
            elif u < bigs[-1]:
                total += section * u  # 一亿五千万
            else:
                raise ParseError(f"unit {ch!r} out of order in {s!r}")
            bigs.append(u)
            section, pending, last_small, last_unit, zero, seen = Decimal(0), None, None, u, False, True
        else:
            raise ParseError(f"{ch!r} is not part of a numeral (in {s!r})")
    if pending is not None:
        if pending_single and last_unit is not None and last_unit >= 100 and not zero:
            pending *= last_unit // 10  # 一万二 -> 12000, 三千五 -> 3500, 一百一 -> 110
        elif last_small is not None and pending >= last_small:
            raise ParseError(f"{pending} follows a smaller unit in {s!r}")
        section += pending
    if bigs and section >= bigs[-1]:
        raise ParseError(f"{section} is too large after its unit in {s!r}")
    if not seen:
        raise ParseError(f"no digits in {s!r}")
    return total + section


def _number(s: str, num: _Numerals) -> Decimal:
    s = s.strip()
    pos = next((i for i, c in enumerate(s) if c in num.point), -1)
    if pos < 0:
        return _tidy(_integer_part(s, num))
    # 三点五万: an integer part, the digits after the point, then optional 万/亿.
    head, rest = s[:pos], s[pos + 1 :]
    k = 0
    while k < len(rest) and (rest[k] in num.digit or rest[k] in num.arabic):
        k += 1
    frac = rest[:k].translate(num.to_ascii)
    scale = 1
    for ch in rest[k:]:
        if ch not in num.big:
            raise ParseError(f"{ch!r} after the decimal part of {s!r}")
        scale *= num.big[ch]
    if not frac or not head:
        raise ParseError(f"{s!r} needs digits on both sides of its decimal point")
    return _tidy((_integer_part(head, num) + Decimal("0." + frac)) * scale)


def _int(s: str, num: _Numerals) -> int:
    if s.isascii() and s.isdigit():
        return int(s)  # the common case in dates, kept off the Decimal path
    value = _number(s, num)
    if value != value.to_integral_value():
        raise ParseError(f"{s!r} is not a whole number")
    return int(value)


def cn_to_number(s: str) -> Decimal:
    """Read a numeral written in Chinese, arabic digits or a mix; exact.

    >>> cn_to_number("叁万伍仟")
    Decimal('35000')
    >>> cn_to_number("3.5万"), cn_to_number("1万2千"), cn_to_number("万零三千")
    (Decimal('35000'), Decimal('12000'), Decimal('13000'))
    >>> cn_to_number("1,200"), cn_to_number("１２００.５０"), cn_to_number("卅六")
    (Decimal('1200'), Decimal('1200.5'), Decimal('36'))
    >>> cn_to_number("二〇一六"), cn_to_number("一万二"), cn_to_number("三点五万")
    (Decimal('2016'), Decimal('12000'), Decimal('35000'))
    >>> cn_to_number("十百")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: unit '百' out of order in '十百'
    """
    return _number(s, _g().num)


def cn_to_int(s: str) -> int:
    """Like :func:`cn_to_number`, for whole numbers only.

    >>> cn_to_int("两千零五"), cn_to_int("廿一"), cn_to_int("一亿零五百万")
    (2005, 21, 105000000)
    >>> cn_to_int("3.5")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: '3.5' is not a whole number
    """
    return _int(s, _g().num)


# ---------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------


def _combine(quals: list[Qualifier]) -> Qualifier:
    found = {q for q in quals if q != "exact"}
    if not found:
        return "exact"
    if len(found) == 1:
        return found.pop()
    return "about"  # 近3万余元: near and more-than at once


def _scaled(g: _Grammar, number: str, bigs: str | None) -> Decimal:
    value = _number(number, g.num)
    for ch in bigs or "":
        value *= g.num.big[ch]
    return value


def _money_from_match(g: _Grammar, m: re.Match[str]) -> Money:
    low = _scaled(g, m["n1"], m["b1"])
    code, role = g.currency[m["u"]]
    if role == "generic":
        for name in (m["pc"], m["pc2"], m["sc"]):
            if name:
                code = g.currency[name][0]
                break
    if m["n2"]:
        high = _scaled(g, m["n2"], m["b2"])
        # 2至3万元: a bare lower end takes the 万/亿 that ends the upper one.
        tail = m["b2"] or ""
        n2 = m["n2"]
        while n2 and n2[-1] in g.num.big:
            tail = n2[-1] + tail
            n2 = n2[:-1]
        bare = not m["b1"] and not m["u1"] and all(c not in g.num.big for c in m["n1"])
        if tail and bare and n2 and low < _number(n2, g.num):
            for ch in tail:
                low *= g.num.big[ch]
        if m["u1"] and g.currency[m["u1"]][0] != code and g.currency[m["u1"]][1] == "name":
            raise ParseError(f"two currencies in the range {m.group()!r}")
        if low > high:
            raise ParseError(f"range runs backwards in {m.group()!r}")
        low, high = _tidy(low), _tidy(high)
        return Money(amount=low, currency=code, qualifier="range", low=low, high=high)
    amount = low
    if m["jiao"]:
        amount += _number(m["jiao"], g.num) / 10
    if m["fen"]:
        amount += _number(m["fen"], g.num) / 100
    qual = _combine(
        [
            g.prefix_q.get(m["pq"] or "", "exact"),
            g.prefix_q.get(m["pq2"] or "", "exact"),
            g.infix_q.get(m["iq1"] or "", "exact"),
            g.suffix_q.get(m["sq"] or "", "exact"),
        ]
    )
    return Money(amount=_tidy(amount), currency=code, qualifier=qual)


def parse_money(text: str) -> Money:
    """Parse one money amount; labels before it (罚金, 价值, 共计 …) are tolerated.

    >>> parse_money("3.5万元")
    Money(amount=Decimal('35000'), currency='CNY', qualifier='exact', low=None, high=None)
    >>> parse_money("违法所得共计人民币1000余元").qualifier
    'at_least'
    >>> m = parse_money("2万至3万元"); (m.qualifier, m.low, m.high)
    ('range', Decimal('20000'), Decimal('30000'))
    >>> parse_money("叁拾元零伍分").amount, parse_money("港币5000元").currency
    (Decimal('30.05'), 'HKD')
    >>> parse_money("2017年7月")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: no money amount in '2017年7月'
    """
    g = _g()
    s = text.strip(_PUNCT_EDGE)
    lead = g.label_re.match(s)
    body = s[lead.end() :] if lead else s
    m = g.money_re.fullmatch(body)
    if m is None:
        found = g.money_re.search(body)
        if found is None:
            raise ParseError(f"no money amount in {text!r}")
        extra = (body[: found.start()] + " … " + body[found.end() :]).strip(" …")
        raise ParseError(
            f"{text!r} is not an amount alone: {extra!r} is around {found.group()!r} "
            f"(words allowed before an amount are listed in {_LABELS})"
        )
    return _money_from_match(g, m)


def number_pattern(directory: str | os.PathLike[str] | None = None) -> str:
    """The regular expression (source) of one number as money reads it, built from ``numerals.tsv``: arabic
    (1,200 / 1，380 / 3.5), Chinese (一千五百 / 一点五) or mixed (3.5万). For finders of other quantities
    (drug weights); read what it matches with :func:`cn_to_number`.

    >>> import re
    >>> re.fullmatch(number_pattern(), "1,200") is not None, re.fullmatch(number_pattern(), "一点五") is not None
    (True, True)
    """
    return _g(directory).number


def find_money(text: str) -> Iterator[tuple[Span, Money]]:
    """Every money mention in ``text``; spans cover qualifier, number and unit, not labels.

    A currency name before the number is part of the span when it is not 人民币
    (港币5000元), so that each span parses alone to the same value.  Vague amounts
    (数十元, 几千元, 上万元, 五六百元) are not mentions.

    >>> [(s.start, s.text, str(m.amount), m.qualifier) for s, m in
    ...  find_money("共计人民币1.8万元，其中现金1000余元，手机2部，重3克。")]
    [(5, '1.8万元', '18000', 'exact'), (15, '1000余元', '1000', 'at_least')]
    """
    g = _g()
    for m in g.money_scan.finditer(g.money_re, text):
        try:
            money = _money_from_match(g, m)
        except ParseError:
            # The pattern over-generates (e.g. 一二万元); a candidate that does not
            # read as a numeral is not a money mention.
            continue
        start = m.start("n1")
        if m["pq2"]:
            start = m.start("pq2")
        if m["pc"] and g.currency[m["pc"]][0] != "CNY":
            start = m.start("pc")
        if m["pq"]:
            start = m.start("pq")
        end = m.end()
        if m["sc"] and not m["sq"] and g.currency[m["sc"]][0] == "CNY":
            end = m.start("sc")
        yield Span(start, end, text[start:end]), money


# ---------------------------------------------------------------------------
# Durations
# ---------------------------------------------------------------------------


def _duration_from_match(g: _Grammar, m: re.Match[str], tag: str = "") -> Duration:
    def n(group: str) -> int:
        value = m[group + tag]
        return _int(value, g.num) if value else 0

    years = n("y")
    if years >= 1000:
        raise ParseError(f"{m.group()!r} reads as a calendar date, not a length of time")
    months = years * 12 + n("mo")
    days = n("d")
    if m["yh" + tag] or m["hy" + tag]:
        months += 6
    if m["mh" + tag] or m["hm" + tag]:
        days += 15
    return Duration(months=months, days=days)


def parse_duration(text: str) -> Duration:
    """Parse a length of time as sentences write it; years fold into months.

    >>> parse_duration("一年六个月"), parse_duration("四个月十五日"), parse_duration("一年半")
    (Duration(months=18, days=0), Duration(months=4, days=15), Duration(months=18, days=0))
    >>> parse_duration("十五天")
    Duration(months=0, days=15)
    >>> parse_duration("有期徒刑")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: not a duration: '有期徒刑'
    """
    g = _g()
    m = g.duration_re.fullmatch(text.strip(_PUNCT_EDGE))
    if m is None:
        raise ParseError(f"not a duration: {text!r}")
    return _duration_from_match(g, m)


def find_durations(text: str) -> Iterator[tuple[Span, Duration]]:
    """Sentence terms after a cue (有期徒刑, 拘役, 管制, 缓刑 …); spans cover the duration only.

    A range after the cue (有期徒刑一年至一年六个月) yields both ends; in 三至五年 the
    lower end shares the unit of the upper one and its span is the bare number.

    >>> [(s.text, d.months) for s, d in find_durations("判处有期徒刑一年六个月，缓刑二年，并处罚金")]
    [('一年六个月', 18), ('二年', 24)]
    >>> [(s.text, d.months) for s, d in find_durations("建议判处有期徒刑三至五年")]
    [('三', 36), ('五年', 60)]
    """
    g = _g()
    for m in g.term_re.finditer(text):
        try:
            found: list[tuple[str, Duration]] = []
            if m["t1"]:
                found.append(("t1", _duration_from_match(g, m, "_a")))
            if m["t2"]:
                found.append(("t2", _duration_from_match(g, m, "_c")))
            if m["lo"]:
                value = _int(m["lo"], g.num)
                if m["y_c"] or m["hy_c"]:
                    lo = Duration(months=value * 12)
                elif m["mo_c"] or m["hm_c"]:
                    lo = Duration(months=value)
                else:
                    lo = Duration(months=0, days=value)
                found.insert(0, ("lo", lo))
        except ParseError:
            # The pattern over-generates (十十年); a numeral that does not read is no term.
            continue
        for group, duration in found:
            yield Span.of(text, m.start(group), m.end(group)), duration


def find_lengths(text: str) -> Iterator[tuple[Span, Duration]]:
    """Every length of time in ``text``, in order: :func:`find_durations`' terms after a cue, and bare
    lengths such as the range in ``二个月至三个月拘役`` or ``六个月以上二年以下有期徒刑``.

    >>> [(s.text, d.months) for s, d in find_lengths("判处六个月以上二年以下有期徒刑")]
    [('六个月', 6), ('二年', 24)]
    >>> [(s.text, d.months) for s, d in find_lengths("建议判处有期徒刑三至五年")]
    [('三', 36), ('五年', 60)]
    """
    found = {span.start: (span, d) for span, d in find_durations(text)}
    g = _g()
    for m in g.duration_re.finditer(text):
        if not m.group() or any(s.start <= m.start() < s.end for s, _ in found.values()):
            continue
        try:
            found[m.start()] = (Span.of(text, m.start(), m.end()), _duration_from_match(g, m))
        except ParseError:
            continue  # the pattern over-generates (十十年)
    for k in sorted(found):
        yield found[k]


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_Partial = tuple[int, int | None, int | None]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written, resolved to as much precision as the text gives.

    ``relative`` is true for 同年…, 次日, bare 8月25日 and the like, which were
    resolved from the date before them.
    """

    span: Span
    year: int
    month: int | None
    day: int | None
    relative: bool

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def to_date(self) -> date | None:
        """The calendar day, or None for a year or a month."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def _month(g: _Grammar, s: str) -> int:
    if s == "元":
        return 1
    if len(s) == 2 and all(g.num.digit.get(c, 0) >= 1 for c in s):
        return g.num.digit[s[0]]  # 七八月: two months (July or August), not 78; 一二月 is January or February
    return _int(s, g.num)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _resolve(g: _Grammar, m: re.Match[str], ctx: _Partial | None) -> tuple[_Partial, bool]:
    """The (year, month, day) a date match names, and whether it was relative."""

    def need(what: str) -> _Partial:
        if ctx is None:
            raise ParseError(f"{m.group()!r} is relative: pass the date it counts from as base")
        if (what in ("month", "day") and ctx[1] is None) or (what == "day" and ctx[2] is None):
            raise ParseError(f"{m.group()!r} is relative and needs a base with a {what}")
        return ctx

    if m["ay"]:
        y = _int(m["ay"], g.num)
        mo = _month(g, m["am"]) if m["am"] else None
        d = _int(m["ad"], g.num) if m["ad"] else None
        return (y, mo, d), False
    if m["ny"]:
        return (int(m["ny"]), int(m["nm"]), int(m["nd"])), False
    if m["ry"]:
        base = need("year")
        y = base[0] + g.relative[m["ry"]][1]
        return (y, _month(g, m["rym"]), _int(m["ryd"], g.num) if m["ryd"] else None), True
    if m["rm"]:
        y, base_month, _ = need("month")
        y, mo = _shift_month(y, base_month or 0, g.relative[m["rm"]][1])  # need() saw the month
        return (y, mo, _int(m["rmd"], g.num) if m["rmd"] else None), True
    if m["rd"]:
        base = need("day")
        day = _checked(base) + timedelta(days=g.relative[m["rd"]][1])
        return (day.year, day.month, day.day), True
    if m["mm"]:
        base = need("year")
        return (base[0], _month(g, m["mm"]), _int(m["md"], g.num)), True
    base = need("month")
    if m["cm"]:
        mo = _month(g, m["cm"])
        return (base[0] + (mo < (base[1] or 0)), mo, None), True
    return (base[0], base[1], _int(m["cd"] or m["bd"], g.num)), True


def _checked(p: _Partial) -> date:
    """The date of a full (y, m, d), or ParseError when the calendar has no such day."""
    y, mo, d = p
    if mo is None or d is None:
        raise ParseError(f"{p} is not a full date")
    if not (1 <= y <= 9999 and 1 <= mo <= 12 and 1 <= d <= monthrange(y, mo)[1]):
        raise ParseError(f"no such date: {y}年{mo}月{d}日")
    return date(y, mo, d)


def _valid_partial(p: _Partial) -> bool:
    y, mo, d = p
    if mo is not None and not 1 <= mo <= 12:
        return False
    if d is not None:
        return mo is not None and 1 <= y <= 9999 and 1 <= d <= monthrange(y, mo)[1]
    return True


def _match_date(text: str) -> tuple[_Grammar, re.Match[str]]:
    g = _g()
    m = g.date_re.fullmatch(text.strip(_PUNCT_EDGE))
    if m is None or m["cd"] or m["cm"]:
        raise ParseError(f"not a date: {text!r}")
    return g, m


def parse_date(text: str, base: date | None = None) -> date:
    """Parse one date; relative forms (同年8月25日, 次日 …) resolve from ``base``.

    >>> parse_date("二〇一六年十月二十一日"), parse_date("2016.7.24")
    (datetime.date(2016, 10, 21), datetime.date(2016, 7, 24))
    >>> parse_date("次日", base=date(2016, 12, 31))
    datetime.date(2017, 1, 1)
    >>> parse_date("同月28日")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: '同月28日' is relative: pass the date it counts from as base
    >>> parse_date("2017年2月30日")
    Traceback (most recent call last):
    ...
    fayan.errors.ParseError: no such date: 2017年2月30日
    """
    g, m = _match_date(text)
    ctx = (base.year, base.month, base.day) if base else None
    partial, _ = _resolve(g, m, ctx)
    if partial[2] is None:
        raise ParseError(
            f"{text!r} names a {'month' if partial[1] else 'year'}, not a day; use parse_date_partial"
        )
    return _checked(partial)


def parse_date_partial(text: str) -> tuple[int, int | None, int | None]:
    """Parse an absolute date that may stop at the month or the year.

    >>> parse_date_partial("2016年7月"), parse_date_partial("二〇一六年"), parse_date_partial("2016年7月24日")
    ((2016, 7, None), (2016, None, None), (2016, 7, 24))
    """
    g, m = _match_date(text)
    if not (m["ay"] or m["ny"]):
        raise ParseError(f"{text!r} is relative; use parse_date with a base")
    partial, _ = _resolve(g, m, None)
    if not _valid_partial(partial):
        raise ParseError(f"no such date: {text!r}")
    return partial


def date_range(year: int, month: int | None = None, day: int | None = None) -> tuple[date, date]:
    """The first and last day a date at its precision allows: a day, a month or a year.

    >>> date_range(2016, 4), date_range(2016)[1], date_range(2016, 4, 5)[0]
    ((datetime.date(2016, 4, 1), datetime.date(2016, 4, 30)), datetime.date(2016, 12, 31), datetime.date(2016, 4, 5))
    """
    if day is not None:
        d = date(year, month or 1, day)
        return d, d
    if month is not None:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


# what may stand before a date that opens a clause: the text's start, a punctuation mark, 于/在/自/从
_OPENS_CLAUSE_RE = re.compile(r"(?:^|[。；;，,：:\n（(])\s*(?:[于在自从至到]|[截直]至)?\s*$")
# the rest of a clause that describes a thing (…参与实验后存放于此处的): 的 before the clause ends
_ATTRIBUTIVE_RE = re.compile(r"[^，。；;,、\n]{1,20}的")


# a birth date: one before 出生 / 出世 / 生 and a break (2012年4月出生, 1964年生人, 1990年生，), or after 出生于 or
# 出生日期 (not a bare 生于: 王建生于2017年5月26日… is a name ending in 生; nor 生效, 生病, 生意 after a date)
_BORN_AFTER_RE = re.compile(r"\s*(?:出生|出世|生(?=人|[，,、。；;）)\s]|$))")
_BORN_BEFORE_RE = re.compile(r"(?:出生于|出生日期为?[:：]?)\s*$")
# a bracket's opening and its close: what a bracket holds is an aside (吴某（2012年4月出生）, （自2009年9月7日至2010年
# 9月7日）), the story going on after it from the date before it
_BRACKET_RE = re.compile(r"[（(]|[）)]")


def is_birth_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a birth date: 出生 (出世, 生人) after it or 出生于 before it.

    >>> text = "被害人吴某（2012年4月出生）；出生于1988年；王建生于2017年5月26日到案"
    >>> [m.span.text for m in find_date_mentions(text) if is_birth_date(text, m.span.start, m.span.end)]
    ['2012年4月', '1988年']
    """
    return bool(_BORN_AFTER_RE.match(text, end)
                or _BORN_BEFORE_RE.search(text, max(0, start - 7), start))


def _within(inner: _Partial, outer: _Partial) -> bool:
    """Whether ``inner`` names a time inside ``outer`` (2019年2月5日 inside 2019年, or 2019年2月)."""
    return inner[0] == outer[0] and all(o is None or o == i for i, o in zip(inner[1:], outer[1:]))


def find_date_mentions(text: str, base: date | None = None) -> Iterator[DateMention]:
    """Every date mention in order, at its own precision (year, month or day).

    Each relative mention is resolved from the mention before it (of any
    precision), or from ``base`` for the first.  A relative mention that needs
    more than that context gives (次日 after a bare 2016年7月), an impossible day
    (2月30日) and a year outside 1900–2099 are not mentions and are skipped;
    so are bare year words (同年 with no month after it).  A birth date
    (:func:`is_birth_date`) is no date of the story, and a date in brackets an
    aside: neither is what a relative mention after it counts from (2020年10月17日，
    甲将乙（2012年4月出生）骗上车…同年10月18日 is in 2020), but for an aside that only
    narrows the date before it (2019年春节（2019年2月5日），次日) or one with no date before it.

    >>> [(d.span.text, d.year, d.month, d.day) for d in find_date_mentions("2016年7月，同月28日，次日")]
    [('2016年7月', 2016, 7, None), ('同月28日', 2016, 7, 28), ('次日', 2016, 7, 29)]
    """
    for mention, valid in _scan_dates(text, base):
        if valid:
            yield mention


def find_impossible_dates(text: str, base: date | None = None) -> Iterator[Span]:
    """The days ``text`` writes that no calendar has (2013年2月30日, 同月31日 after a date in June, 6月0日), where
    :func:`find_date_mentions` skips them; a year outside 1900–2099 is no date to read.

    >>> [s.text for s in find_impossible_dates("2012年2月27日购买胶囊，同月30日服下；2012年2月29日；2013年2月29日")]
    ['同月30日', '2013年2月29日']
    """
    for mention, valid in _scan_dates(text, base):
        if not valid:
            yield mention.span


def _scan_dates(text: str, base: date | None) -> Iterator[tuple[DateMention, bool]]:
    """Every date mention in order with whether its day is one (:func:`find_date_mentions`)."""
    g = _g()
    ctx: _Partial | None = (base.year, base.month, base.day) if base else None
    prev_end = -2
    depth, outer, seen = 0, ctx, 0  # (brackets open, the context before the outermost, read up to where)
    for m in g.date_scan.finditer(g.date_re, text):
        for b in _BRACKET_RE.finditer(text, seen, m.start()):
            if b.group() in "（(":
                depth, outer = depth + 1, ctx if depth == 0 else outer
            elif depth:
                depth -= 1
                if depth == 0 and outer is not None and ctx is not None and not _within(ctx, outer):
                    ctx = outer
        seen = max(seen, m.start())
        if m["cd"] and m.start() != prev_end + 1:
            continue  # 至26日, 、26日 only continue the date right before them
        if m["cm"] and not (prev_end >= 0 and re.fullmatch(r"份?[至到~～—-]", text[prev_end : m.start()])):
            continue  # 至11月 likewise (after 8月 or 8月份)
        try:
            partial, relative = _resolve(g, m, ctx)
        except ParseError:
            # Relative with too little context before it, or a numeral that does
            # not read (十十月): not a date mention.
            continue
        if partial[0] not in _FIND_YEARS:
            continue
        if not _valid_partial(partial):
            y, mo, d = partial
            yield DateMention(Span.of(text, m.start(), m.end()), y, mo, d, relative), False
            continue
        # 2015年3月至5月间，同月19日: 同月 is still March. A bare year inside an attributive clause after a full date
        # (2013年3月31日，甲取出其于2011年参与实验后存放于此处的试剂瓶…4月1日) tells when a thing came to be, not
        # where the narrative is: 4月1日 is still 2013's
        inside = (partial[1] is None and ctx is not None and ctx[2] is not None
                  and not _OPENS_CLAUSE_RE.search(text, max(0, m.start() - 4), m.start())
                  and bool(_ATTRIBUTIVE_RE.match(text, m.end())))
        if not m["cm"] and not inside and not is_birth_date(text, m.start(), m.end()):
            ctx = partial
        prev_end = m.end()
        yield DateMention(Span.of(text, m.start(), m.end()), partial[0], partial[1], partial[2], relative), True


def find_dates(text: str, base: date | None = None) -> Iterator[tuple[Span, date]]:
    """Every full or relative calendar day in ``text``, resolved in a chain.

    >>> text = "于2018年3月12日被羁押，次日被刑事拘留，同年4月2日被逮捕。二〇一八年九月五日"
    >>> [(s.text, d.isoformat()) for s, d in find_dates(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('2018年3月12日', '2018-03-12'), ('次日', '2018-03-13'), ('同年4月2日', '2018-04-02'),
     ('二〇一八年九月五日', '2018-09-05')]
    """
    for mention in find_date_mentions(text, base):
        day = mention.to_date()
        if day is not None:
            yield mention.span, day
