"""Durations: parse_duration case tables and find_durations spans."""

from __future__ import annotations

import pytest

from fayan.errors import ParseError
from fayan.nlp.numbers import find_durations, parse_duration
from fayan.types import Duration

# (text, months, days)
CASES = [
    # 年和月
    ("一年六个月", 18, 0),
    ("一年零三个月", 15, 0),
    ("二年又六个月", 30, 0),
    ("三年零六个月", 42, 0),
    ("1年6个月", 18, 0),
    ("十年零二个月", 122, 0),
    ("五年十个月", 70, 0),
    ("二年六个月", 30, 0),
    ("一年一个月", 13, 0),
    ("三年三个月", 39, 0),
    ("六年四个月", 76, 0),
    ("四年十个月", 58, 0),
    ("一年零七个月", 19, 0),
    ("3年2个月", 38, 0),
    ("五年零五个月", 65, 0),
    ("二年十个月", 34, 0),
    ("一年又六个月", 18, 0),
    ("十五年六个月", 186, 0),
    # 只有年
    ("一年", 12, 0),
    ("两年", 24, 0),
    ("二年", 24, 0),
    ("三年", 36, 0),
    ("十年", 120, 0),
    ("十一年", 132, 0),
    ("十五年", 180, 0),
    ("二十年", 240, 0),
    ("3年", 36, 0),
    ("贰年", 24, 0),
    # 只有月
    ("十个月", 10, 0),
    ("六个月", 6, 0),
    ("八个月", 8, 0),
    ("一个月", 1, 0),
    ("二个月", 2, 0),
    ("两个月", 2, 0),
    ("十二个月", 12, 0),
    ("十八个月", 18, 0),
    ("6个月", 6, 0),
    # 半
    ("一年半", 18, 0),
    ("半年", 6, 0),
    ("两年半", 30, 0),
    ("一个半月", 1, 15),
    ("半个月", 0, 15),
    ("三个半月", 3, 15),
    # 日和天
    ("四个月十五日", 4, 15),
    ("一个月二十日", 1, 20),
    ("十五日", 0, 15),
    ("十五天", 0, 15),
    ("二个月十五日", 2, 15),
    ("三十日", 0, 30),
    ("10日", 0, 10),
    ("1个月15天", 1, 15),
    ("一年零六个月零十日", 18, 10),
    ("二十天", 0, 20),
    ("廿日", 0, 20),
    # 全角与无"个"的写法
    ("１年６个月", 18, 0),
    ("一年六月", 18, 0),
    ("三年六月", 42, 0),
    ("六月", 6, 0),
    # 两端标点
    ("一年六个月，", 18, 0),
    (" 六个月。", 6, 0),
]


@pytest.mark.parametrize(("text", "months", "days"), CASES, ids=[c[0] for c in CASES])
def test_parse_duration(text: str, months: int, days: int) -> None:
    assert parse_duration(text) == Duration(months=months, days=days)


BAD = [
    "",
    "有期徒刑",
    "年",
    "个月",
    "一年以下",
    "三年有期徒刑",
    "1.5年",
    "十十年",
    "2016年7月",
    "二〇一六年",
    "一年半年",
    "六个月一年",
    "五千元",
]


@pytest.mark.parametrize("text", BAD)
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_duration(text)


def test_parse_duration_error_names_the_text() -> None:
    with pytest.raises(ParseError, match="not a duration: '三年有期徒刑'"):
        parse_duration("三年有期徒刑")


def test_total_months() -> None:
    assert parse_duration("四个月十五日").total_months == pytest.approx(4.5)


# ---------------------------------------------------------------------------
# find_durations
# ---------------------------------------------------------------------------

# (text, [(span text, months, days)])
FIND = [
    ("判处有期徒刑一年六个月，缓刑二年，并处罚金人民币五千元。", [("一年六个月", 18, 0), ("二年", 24, 0)]),
    ("犯危险驾驶罪，判处拘役四个月，并处罚金人民币四千元。", [("四个月", 4, 0)]),
    ("判处拘役二个月十五日，缓刑三个月。", [("二个月十五日", 2, 15), ("三个月", 3, 0)]),
    ("判处有期徒刑十年，剥夺政治权利二年。", [("十年", 120, 0), ("二年", 24, 0)]),
    ("判处管制一年。", [("一年", 12, 0)]),
    ("缓刑考验期限为二年，从判决确定之日起计算。", [("二年", 24, 0)]),
    ("建议对被告人在有期徒刑六个月至一年之间量刑", [("六个月", 6, 0), ("一年", 12, 0)]),
    ("建议判处有期徒刑三至五年", [("三", 36, 0), ("五年", 60, 0)]),
    ("建议判处拘役二至六个月", [("二", 2, 0), ("六个月", 6, 0)]),
    ("决定执行有期徒刑三年零八个月，并处罚金", [("三年零八个月", 44, 0)]),
    ("判处有期徒刑一年又六个月（刑期从2018年3月12日起至2019年9月11日止）", [("一年又六个月", 18, 0)]),
    ("对被告人判处六个月以上一年以下有期徒刑", [("六个月", 6, 0)]),
]


@pytest.mark.parametrize(("text", "expected"), FIND, ids=[c[0] for c in FIND])
def test_find_durations(text: str, expected: list[tuple[str, int, int]]) -> None:
    found = list(find_durations(text))
    assert [(s.text, d.months, d.days) for s, d in found] == expected
    for span, _ in found:
        assert text[span.start : span.end] == span.text


NO_TERMS = [
    "羁押一日折抵刑期一日",
    "可在接到判决书的第二日起十日内",
    "罚金于判决生效后十日内缴纳",
    "于2016年7月24日被刑事拘留",
    "并处罚金人民币五千元",
    "判处罚金",
    "被行政拘留十五日",
]


@pytest.mark.parametrize("text", NO_TERMS)
def test_find_durations_needs_a_term_cue(text: str) -> None:
    assert list(find_durations(text)) == []


def test_find_durations_offsets() -> None:
    text = "被告人张某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。"
    [(span, duration)] = list(find_durations(text))
    assert (span.start, span.end) == (text.index("八个月"), text.index("八个月") + 3)
    assert duration == Duration(8)
