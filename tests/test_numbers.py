"""Numerals (cn_to_number, cn_to_int), the word-table data files, and measurements on ../shared."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest

from fayan.errors import LexiconError, ParseError
from fayan.nlp import numbers
from fayan.nlp.lexicon import lexicon_dir
from fayan.nlp.numbers import cn_to_int, cn_to_number, find_dates, find_durations, find_money

D = Decimal

NUMERALS = [
    # 小写
    ("一", D(1)),
    ("十", D(10)),
    ("十二", D(12)),
    ("二十", D(20)),
    ("一百一十", D(110)),
    ("两千", D(2000)),
    ("两千零五", D(2005)),
    ("一千零五十", D(1050)),
    ("十二万零五百", D(120500)),
    ("二十万九千五百", D(209500)),
    ("一亿零五百万", D(105000000)),
    ("一亿五千万", D(150000000)),
    ("一万亿", D(10**12)),
    ("百", D(100)),
    ("千", D(1000)),
    # 大写
    ("叁万伍仟", D(35000)),
    ("壹仟贰佰叁拾肆", D(1234)),
    ("壹拾万", D(100000)),
    ("壹万零伍佰", D(10500)),
    ("玖佰玖拾玖", D(999)),
    ("貳萬", D(20000)),
    ("陸仟", D(6000)),
    # 万零X千
    ("万零三千", D(13000)),
    ("一万零三千", D(13000)),
    ("十万零三千", D(103000)),
    ("3万零5千", D(35000)),
    # 数字与单位混写
    ("3.5万", D(35000)),
    ("1万2千", D(12000)),
    ("1万2000", D(12000)),
    ("12万5", D(125000)),
    ("1亿零500万", D(105000000)),
    ("0.07万", D(700)),
    ("11.57万", D("115700")),
    ("3.5千", D(3500)),
    # 千分位
    ("1,200", D(1200)),
    ("1，380", D(1380)),
    ("1,234,567.89", D("1234567.89")),
    ("1，380万", D(13800000)),
    # 全角
    ("１２００", D(1200)),
    ("１２００．５０", D("1200.5")),
    ("３万", D(30000)),
    # 零的变体（逐位读）
    ("二〇一六", D(2016)),
    ("二○一六", D(2016)),
    ("二Ο一六", D(2016)),
    ("二O一六", D(2016)),
    ("二零一六", D(2016)),
    ("二０一六", D(2016)),
    ("二0一六", D(2016)),
    ("〇", D(0)),
    # 廿卅
    ("廿", D(20)),
    ("廿一", D(21)),
    ("卅", D(30)),
    ("卅六", D(36)),
    ("卌", D(40)),
    # 省略末位单位
    ("一万二", D(12000)),
    ("两万五", D(25000)),
    ("三千五", D(3500)),
    ("一百一", D(110)),
    ("一千零五", D(1005)),
    # 小数点
    ("三点五", D("3.5")),
    ("零点五", D("0.5")),
    ("三点五万", D(35000)),
    ("一点一万", D(11000)),
    ("十二点五", D("12.5")),
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS, ids=[c[0] for c in NUMERALS])
def test_cn_to_number(text: str, expected: Decimal) -> None:
    value = cn_to_number(text)
    assert value == expected
    assert isinstance(value, Decimal)


BAD_NUMERALS = [
    "",
    "元",
    "十百",  # units out of order
    "一二万",  # digits in a row inside a numeral with units
    "一万二万",
    "1万20000",
    "十十",
    "三点",
    "点五",
    "1,20",
    "3万5万",
    "abc",
]


@pytest.mark.parametrize("text", BAD_NUMERALS)
def test_cn_to_number_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        cn_to_number(text)


def test_cn_to_int() -> None:
    assert cn_to_int("二〇一六") == 2016
    assert cn_to_int("1.5万") == 15000
    with pytest.raises(ParseError, match="not a whole number"):
        cn_to_int("1.5")


# ---------------------------------------------------------------------------
# cn2an 对照: where cn2an reads a form, we agree with it; where it fails, we do not use it
# ---------------------------------------------------------------------------

CN2AN_AGREES = [
    "十二万零五百",
    "一万零五百",
    "叁万伍仟",
    "壹佰",
    "一亿零五百万",
    "一百万零五",
    "五十万",
    "二十万九千五百",
    "一千二",
    "两千",
    "廿三",
    "二〇一六",
]


@pytest.mark.parametrize("text", CN2AN_AGREES)
def test_agrees_with_cn2an(text: str) -> None:
    assert cn_to_number(text) == D(cn2an.cn2an(text, "normal"))


# (text, our value) — cn2an 0.5.24 raises on each of these in every mode
CN2AN_FAILS = [
    ("卅", D(30)),
    ("卅六", D(36)),
    ("万零三千", D(13000)),
    ("一点一万", D(11000)),
    ("1,200", D(1200)),
    ("1，380万", D(13800000)),
    ("二O一六", D(2016)),
]


@pytest.mark.parametrize(("text", "expected"), CN2AN_FAILS, ids=[c[0] for c in CN2AN_FAILS])
def test_cn2an_fails_where_we_read(text: str, expected: Decimal) -> None:
    for mode in ("strict", "normal", "smart"):
        with pytest.raises(ValueError):
            cn2an.cn2an(text, mode)
    assert cn_to_number(text) == expected


def test_cn2an_returns_floats_not_exact_decimals() -> None:
    """cn2an gives ``float`` for decimals (and for full-width digits); money needs Decimal."""
    assert isinstance(cn2an.cn2an("12.5", "smart"), float)
    assert isinstance(cn2an.cn2an("１２００", "smart"), float)
    assert cn_to_number("１２００") == D(1200) and cn_to_number("12.5") == D("12.5")


# ---------------------------------------------------------------------------
# Word tables are data: a bad line names its file and line
# ---------------------------------------------------------------------------


@pytest.fixture
def lexicon_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    return copy


def test_bad_numeral_role_names_file_and_line(lexicon_copy: Path) -> None:
    path = lexicon_copy / "numerals.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lineno = next(i for i, line in enumerate(lines, 1) if line.startswith("十\t"))
    lines[lineno - 1] = "十\t10\tunits"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"numerals\.tsv:{lineno}: role must be one of"):
        cn_to_number("十二")


def test_bad_qualifier_names_file_and_line(lexicon_copy: Path) -> None:
    path = lexicon_copy / "money_qualifiers.tsv"
    text = path.read_text(encoding="utf-8") + "大概\tnear\tprefix\n"
    path.write_text(text, encoding="utf-8")
    lineno = len(text.splitlines())
    with pytest.raises(LexiconError, match=rf"money_qualifiers\.tsv:{lineno}: qualifier must be"):
        list(find_money("5000元"))


def test_missing_table_is_an_error(lexicon_copy: Path) -> None:
    (lexicon_copy / "date_relative.tsv").unlink()
    with pytest.raises(LexiconError, match="date_relative.tsv"):
        list(find_dates("2016年7月24日"))


def test_a_new_word_in_the_table_is_read(lexicon_copy: Path) -> None:
    path = lexicon_copy / "money_currencies.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "卢布\tRUB\tname\n", encoding="utf-8")
    [(span, money)] = list(find_money("携带5000卢布"))
    assert (span.text, money.currency) == ("5000卢布", "RUB")


# ---------------------------------------------------------------------------
# Measurements on the development data (../shared)
# ---------------------------------------------------------------------------


def _dev_texts(shared: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((shared / "judgments" / "dev").glob("*.txt"))]


@pytest.mark.shared
def test_scan_finds_what_finditer_finds(shared: Path) -> None:
    """The anchored scan (the speed-up) yields exactly the matches of ``pattern.finditer``."""
    g = numbers._g()
    for text in _dev_texts(shared):
        for pattern, scan in ((g.money_re, g.money_scan), (g.date_re, g.date_scan)):
            assert [m.span() for m in scan.finditer(pattern, text)] == [
                m.span() for m in pattern.finditer(text)
            ]


@pytest.mark.shared
def test_every_yuan_after_a_numeral_is_found(shared: Path) -> None:
    """Recall of find_money: each 元 written right after a numeral is inside a found span.

    Vague amounts (数十元, 几十元, 五六百元) are the only ones allowed to be missed.
    """
    missed = []
    total = 0
    for text in _dev_texts(shared):
        covered = {i for s, _ in find_money(text) for i in range(s.start, s.end)}
        for m in re.finditer(r"[0-9零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]元", text):
            total += 1
            if m.start() + 1 not in covered and not re.search(
                r"[数几]\S?元|[一二三四五六七八九]{2}[十百千万]元", text[m.start() - 3 : m.end()]
            ):
                missed.append(text[max(0, m.start() - 8) : m.end() + 2])
    assert total > 600
    assert missed == []


@pytest.mark.shared
def test_gold_values_are_found(shared: Path) -> None:
    """Every gold date, fine and term of the 40 labelled judgments is among the values found in
    its text (recall only: which defendant a value belongs to is the assembler's job)."""
    counts = {"date": [0, 0], "fine": [0, 0], "term": [0, 0]}
    for line in (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (shared / "judgments" / "dev" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        dates = {d.isoformat() for _, d in find_dates(text)}
        amounts = {m.amount for _, m in find_money(text)}
        terms = {(d.months, d.days) for _, d in find_durations(text)}
        wanted_dates = [gold["judgment_date"]]
        for person in gold["defendants"]:
            verdict = person["verdict"]
            wanted_dates += [person["birth_date"], person["detained_on"], person["arrested_on"]]
            wanted_dates += [verdict["term_start"], verdict["term_end"]]
            if verdict["fine_yuan"] is not None:
                counts["fine"][0] += 1
                counts["fine"][1] += D(str(verdict["fine_yuan"])) in amounts
            for months, days in (
                (verdict["term_months"], verdict["term_days"]),
                (verdict["probation_months"], 0),
            ):
                if months is not None:
                    counts["term"][0] += 1
                    counts["term"][1] += (months, days or 0) in terms
        for value in wanted_dates:
            if value and len(value) == 10:
                counts["date"][0] += 1
                counts["date"][1] += value in dates
    assert counts["date"][0] > 150 and counts["fine"][0] > 25 and counts["term"][0] > 40
    for kind, (total, found) in counts.items():
        assert found / total >= 0.97, f"{kind}: {found}/{total}"
