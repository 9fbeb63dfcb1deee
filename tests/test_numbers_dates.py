"""Dates: parse_date / parse_date_partial case tables, find_dates chains, find_date_mentions."""

from __future__ import annotations

from datetime import date

import pytest

from fayan.errors import ParseError
from fayan.nlp.numbers import find_date_mentions, find_dates, parse_date, parse_date_partial

# (text, expected)
ABSOLUTE = [
    # 阿拉伯数字
    ("2016年7月24日", date(2016, 7, 24)),
    ("2016年07月04日", date(2016, 7, 4)),
    ("1974年8月15日", date(1974, 8, 15)),
    ("2016年12月31日", date(2016, 12, 31)),
    ("2000年2月29日", date(2000, 2, 29)),
    ("2016年2月29日", date(2016, 2, 29)),
    ("2019年1月1日", date(2019, 1, 1)),
    ("2017年10月20号", date(2017, 10, 20)),
    ("２０１６年７月２４日", date(2016, 7, 24)),
    ("2016年7月24日，", date(2016, 7, 24)),
    # 汉字数字（落款）
    ("二〇一六年十月二十一日", date(2016, 10, 21)),
    ("二〇一八年十一月二十日", date(2018, 11, 20)),
    ("二〇一七年九月二十九日", date(2017, 9, 29)),
    ("二〇一四年十一月七日", date(2014, 11, 7)),
    ("二〇一九年三月一日", date(2019, 3, 1)),
    ("二〇一六年十二月三十一日", date(2016, 12, 31)),
    ("二〇一七年八月四日", date(2017, 8, 4)),
    ("二〇一八年七月十日", date(2018, 7, 10)),
    ("二〇二〇年元月三日", date(2020, 1, 3)),
    ("二〇一九年二月廿八日", date(2019, 2, 28)),
    ("一九九八年五月三十日", date(1998, 5, 30)),
    # 零的变体
    ("二○一六年十月二十一日", date(2016, 10, 21)),
    ("二Ο一六年十月二十一日", date(2016, 10, 21)),
    ("二O一六年十月二十一日", date(2016, 10, 21)),
    ("二零一六年十月二十一日", date(2016, 10, 21)),
    ("二０一六年十月二十一日", date(2016, 10, 21)),
    ("二0一六年十月二十一日", date(2016, 10, 21)),
    ("2O16年7月2O日", date(2016, 7, 20)),
    # 数字格式
    ("2016-07-24", date(2016, 7, 24)),
    ("2016-7-4", date(2016, 7, 4)),
    ("2016.7.24", date(2016, 7, 24)),
    ("2016/7/24", date(2016, 7, 24)),
    ("2016．7．24", date(2016, 7, 24)),
    ("2016／07／24", date(2016, 7, 24)),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE, ids=[c[0] for c in ABSOLUTE])
def test_parse_date_absolute(text: str, expected: date) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, base=date(1999, 1, 1)) == expected  # a base changes nothing


BASE = date(2016, 7, 24)

# (text, base, expected)
RELATIVE = [
    # 同年、同月
    ("同年8月25日", BASE, date(2016, 8, 25)),
    ("同年十一月一日", BASE, date(2016, 11, 1)),
    ("同年8月25号", BASE, date(2016, 8, 25)),
    ("当年12月1日", BASE, date(2016, 12, 1)),
    ("同月28日", BASE, date(2016, 7, 28)),
    ("同月二十八日", BASE, date(2016, 7, 28)),
    ("本月30日", BASE, date(2016, 7, 30)),
    ("当月5日", BASE, date(2016, 7, 5)),
    # 次年、次月
    ("次年3月1日", BASE, date(2017, 3, 1)),
    ("翌年1月5日", BASE, date(2017, 1, 5)),
    ("次月5日", BASE, date(2016, 8, 5)),
    ("次月5日", date(2016, 12, 15), date(2017, 1, 5)),
    ("上月3日", date(2016, 1, 15), date(2015, 12, 3)),
    # 次日、当日
    ("次日", BASE, date(2016, 7, 25)),
    ("翌日", BASE, date(2016, 7, 25)),
    ("第二天", BASE, date(2016, 7, 25)),
    ("次日", date(2016, 2, 28), date(2016, 2, 29)),
    ("次日", date(2016, 12, 31), date(2017, 1, 1)),
    ("当日", BASE, BASE),
    ("同日", BASE, BASE),
    ("当天", BASE, BASE),
    ("当晚", BASE, BASE),
    ("前一日", BASE, date(2016, 7, 23)),
    # 省略年份
    ("8月25日", BASE, date(2016, 8, 25)),
    ("十月二十一日", BASE, date(2016, 10, 21)),
]


@pytest.mark.parametrize(("text", "base", "expected"), RELATIVE, ids=[f"{c[0]}@{c[1]}" for c in RELATIVE])
def test_parse_date_relative(text: str, base: date, expected: date) -> None:
    assert parse_date(text, base=base) == expected


PARTIAL = [
    ("2016年7月", (2016, 7, None)),
    ("二〇一六年", (2016, None, None)),
    ("2016年", (2016, None, None)),
    ("2016年7月24日", (2016, 7, 24)),
    ("二〇一六年十月", (2016, 10, None)),
    ("2016-07-24", (2016, 7, 24)),
    ("1985年元月", (1985, 1, None)),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL, ids=[c[0] for c in PARTIAL])
def test_parse_date_partial(text: str, expected: tuple[int, int | None, int | None]) -> None:
    assert parse_date_partial(text) == expected


# (text, base or None, message fragment)
BAD_DATES = [
    # 无效日期
    ("2017年2月30日", None, "no such date"),
    ("2017年2月29日", None, "no such date"),
    ("2016年4月31日", None, "no such date"),
    ("2016年13月1日", None, "no such date"),
    ("2016年0月1日", None, "no such date"),
    ("2016-02-30", None, "no such date"),
    ("同月31日", date(2016, 6, 1), "no such date"),
    # 相对日期没有基准
    ("同年8月25日", None, "relative"),
    ("同月28日", None, "relative"),
    ("次日", None, "relative"),
    ("次月5日", None, "relative"),
    ("8月25日", None, "relative"),
    # 只到月份或年份
    ("本月", BASE, "names a month"),
    ("2016年7月", None, "names a month"),
    ("二〇一六年", None, "names a year"),
    # 不是日期
    ("", None, "not a date"),
    ("明天", BASE, "not a date"),
    ("2016年7月24日被抓获", None, "not a date"),
    ("（2016）湘0111刑初733号", None, "not a date"),
    ("十五日", BASE, "not a date"),
]


@pytest.mark.parametrize(("text", "base", "message"), BAD_DATES, ids=[c[0] or "empty" for c in BAD_DATES])
def test_parse_date_rejects(text: str, base: date | None, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_date(text, base=base)


@pytest.mark.parametrize("text", ["2016年13月", "同年8月", "次日", "2016年2月30日", "明年"])
def test_parse_date_partial_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_date_partial(text)


# ---------------------------------------------------------------------------
# find_dates: relative dates resolve from the date before them
# ---------------------------------------------------------------------------

CHAINS = [
    (
        "因本案于2018年3月12日被羁押，同日被刑事拘留，同年4月2日被逮捕。",
        None,
        [("2018年3月12日", "2018-03-12"), ("同日", "2018-03-12"), ("同年4月2日", "2018-04-02")],
    ),
    (
        "2019年1月14日被羁押，次日被刑事拘留，同月23日被取保候审，次年3月5日被逮捕。",
        None,
        [
            ("2019年1月14日", "2019-01-14"),
            ("次日", "2019-01-15"),
            ("同月23日", "2019-01-23"),
            ("次年3月5日", "2020-03-05"),
        ],
    ),
    ("次日被刑事拘留", date(2016, 7, 24), [("次日", "2016-07-25")]),
    ("次日被刑事拘留", None, []),
    (
        "1.2018年5月9日凌晨3时许，被告人到某房内盗窃。2．被告人于2018年5月20日凌晨",
        None,
        [("2018年5月9日", "2018-05-09"), ("2018年5月20日", "2018-05-20")],
    ),
    ("2016年7月24日至26日期间", None, [("2016年7月24日", "2016-07-24"), ("26日", "2016-07-26")]),
    ("2019年3月7日或8日的下午", None, [("2019年3月7日", "2019-03-07"), ("8日", "2019-03-08")]),
    ("同年5月3日、9日，被告人", date(2017, 1, 1), [("同年5月3日", "2017-05-03"), ("9日", "2017-05-09")]),
    ("2015年3月至5月间，同月19日10时许", None, [("同月19日", "2015-03-19")]),
    (
        "审 判 长 张某某 二〇一六年十月二十一日 书 记 员 李某",
        None,
        [("二〇一六年十月二十一日", "2016-10-21")],
    ),
    ("2017年2月30日，次日", None, []),
    ("可在接到判决书的第二日起十日内，判决生效次日起三个月内缴纳", date(2016, 7, 24), []),
    ("（2016）湘0111刑初733号 联系电话13800138000 甲基苯丙胺3.2克", None, []),
    ("于次日起诉至本院", date(2016, 7, 24), [("次日", "2016-07-25")]),
]


@pytest.mark.parametrize(("text", "base", "expected"), CHAINS, ids=[c[0][:20] for c in CHAINS])
def test_find_dates_chain(text: str, base: date | None, expected: list[tuple[str, str]]) -> None:
    found = list(find_dates(text, base=base))
    assert [(s.text, d.isoformat()) for s, d in found] == expected
    for span, _ in found:
        assert text[span.start : span.end] == span.text


def test_find_dates_offsets() -> None:
    text = "被告人张某，1985年3月2日出生。因涉嫌盗窃罪于2016年7月24日被刑事拘留，同年8月25日被逮捕。"
    found = [(s.start, s.end) for s, _ in find_dates(text)]
    assert found == [
        (text.index("1985"), text.index("1985") + len("1985年3月2日")),
        (text.index("2016"), text.index("2016") + len("2016年7月24日")),
        (text.index("同年"), text.index("同年") + len("同年8月25日")),
    ]


def test_a_birth_date_or_an_aside_in_brackets_is_no_anchor() -> None:
    """A relative date counts from the story's date, not from a birth date (…将学生乙某（2012年4月出生）骗上车…同年
    10月18日 is in 2020) nor from the date of an aside in brackets; an aside that narrows the date before it, or
    one with no date before it, still is what the next counts from."""
    def days(text: str) -> list[tuple[str, str]]:
        return [(s.text, d.isoformat()) for s, d in find_dates(text)]

    text = "2020年10月17日16时许，被告人甲某将学生乙某（2012年4月出生）骗上车。同年10月18日5时许，民警将甲某抓获。"
    assert days(text)[-1] == ("同年10月18日", "2020-10-18")
    told = "2016年9月21日，甲某遇见学生丙某（女，2002年6月26日出生），遂要求其卖淫。当日傍晚，甲某再次纠缠丙某。"
    assert days(told)[-1] == ("当日", "2016-09-21")
    bare = "2016年9月21日，甲某遇见丙某，丙某系2002年6月出生。9月25日，甲某再次纠缠丙某。"
    assert days(bare)[-1] == ("9月25日", "2016-09-25")
    aside = "2006年7月21日，该案移送某市公安局管辖（2005年3月21日某县公安局已立案侦查）。7月26日，民警将甲某抓获。"
    assert days(aside)[-1] == ("7月26日", "2006-07-26")
    assert days("2019年春节期间（2019年2月5日），甲某与乙某发生争执，次日乙某报警。")[-1] == ("次日", "2019-02-06")
    assert days("该案（2005年3月21日立案），同年5月3日移送")[-1] == ("同年5月3日", "2005-05-03")  # (no date before)
    assert days("被害人乙某（2012年4月出生），同年5月3日") == []  # (a birth date never: the year is the story's)
    from fayan.nlp.numbers import is_birth_date

    birth = "被害人乙某（2012年4月出生）；出生于1988年；王建生于2017年5月26日到案；2019年1月1日生效；1964年生人"
    got = [m.span.text for m in find_date_mentions(birth) if is_birth_date(birth, m.span.start, m.span.end)]
    assert got == ["2012年4月", "1988年", "1964年"]


def test_find_date_mentions_precision() -> None:
    text = "2014年11月下旬至2015年，同年3月，同月19日"
    mentions = [
        (m.span.text, m.year, m.month, m.day, m.precision, m.relative) for m in find_date_mentions(text)
    ]
    assert mentions == [
        ("2014年11月", 2014, 11, None, "month", False),
        ("2015年", 2015, None, None, "year", False),
        ("同年3月", 2015, 3, None, "month", True),
        ("同月19日", 2015, 3, 19, "day", True),
    ]
    assert [m.to_date() for m in find_date_mentions(text)][-1] == date(2015, 3, 19)


def test_find_date_mentions_skips_years_outside_range() -> None:
    assert list(find_date_mentions("公元1000年，2150年")) == []


def test_scanned_l_reads_as_one_in_dates() -> None:
    from fayan.nlp.numbers import find_dates, parse_date

    assert parse_date("l959年6月22日").isoformat() == "1959-06-22"
    assert parse_date("1970年10月l2日").isoformat() == "1970-10-12"
    # only inside a date: a word with l next to it is no date
    assert [s.text for s, _ in find_dates("html 2019年3月1日，model l2月")] == ["2019年3月1日"]


def test_latin_o_reads_as_zero_in_chinese_years() -> None:
    """二o一三年 (a typed o for 〇, as in a prosecutor's charge in the CAIL drug file) is 2013; a word with o is no date."""
    from fayan.nlp.numbers import find_dates, parse_date

    assert parse_date("二o一三年二月一日").isoformat() == "2013-02-01"
    assert parse_date("二o一o年三月五日").isoformat() == "2010-03-05"
    assert [s.text for s, _ in find_dates("购买oppo手机，photo二o一三年")] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2014年4、5月一天", [(2014, 4, None)]),
        ("2017年7、8月份的一天", [(2017, 7, None)]),
        ("2010年七八月份的一天", [(2010, 7, None)]),  # not month 78: before, no date at all
        ("2013年2、3月份至5月份", [(2013, 2, None), (2013, 5, None)]),  # the range's end: see below
        ("二〇一六年十二月", [(2016, 12, None)]),
        # a relative date counts from the pair: the murder of 同年8月13日 is in 1998, not in 1997
        ("1997年，公司开发房地产。1998年三四月，双方发生冲突。同年8月13日晚，唐某报复。",
         [(1997, None, None), (1998, 3, None), (1998, 8, 13)]),
    ],
)
def test_a_list_of_months_is_its_first(text: str, expected: list) -> None:
    assert [(m.year, m.month, m.day) for m in find_date_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2016年8月25日，被告人后于26日5时许被查获。", [(2016, 8, 25), (2016, 8, 26)]),
        ("2013年4月27日到达。28日晚上，二人取得毒品。29日21时32分，二人被抓获。", [(2013, 4, 27), (2013, 4, 28), (2013, 4, 29)]),
        # a duration is not followed by a time of day
        ("2015年3月1日，被行政拘留15日，拘留十五日期满。", [(2015, 3, 1)]),
    ],
)
def test_a_bare_day_before_a_time_of_day(text: str, expected: list) -> None:
    assert [(m.year, m.month, m.day) for m in find_date_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2013年8月至11月期间", [(2013, 8, None), (2013, 11, None)]),
        ("2013年2、3月份至5月份", [(2013, 2, None), (2013, 5, None)]),
        ("2013年11月至2月", [(2013, 11, None), (2014, 2, None)]),  # ends in the next year
        ("2013年8月至11月30日", [(2013, 8, None), (2013, 11, 30)]),
        ("被判处有期徒刑一年至3月", []),  # no date before it to continue
    ],
)
def test_a_range_of_months_ends_in_a_month(text: str, expected: list) -> None:
    assert [(m.year, m.month, m.day) for m in find_date_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare year inside a clause describing a thing: when the thing came to be, not where the narrative is
        ("2013年3月31日，甲取出其于2011年参与实验后存放于此处的试剂瓶。4月1日，乙入院。",
         [(2013, 3, 31), (2011, None, None), (2013, 4, 1)]),
        # a bare year that opens a clause, or that a person does something in, moves the narrative on
        ("2016年3月5日，甲盗窃。2017年，甲又结识乙。5月3日，甲再次盗窃。", [(2016, 3, 5), (2017, None, None), (2017, 5, 3)]),
        ("2016年3月5日，甲盗窃。被告人甲于2017年结识乙。5月3日，甲再次盗窃。", [(2016, 3, 5), (2017, None, None), (2017, 5, 3)]),
    ],
)
def test_a_bare_year_in_an_attributive_clause_keeps_the_narrative_s_year(text: str, expected: list) -> None:
    assert [(m.year, m.month, m.day) for m in find_date_mentions(text)] == expected
