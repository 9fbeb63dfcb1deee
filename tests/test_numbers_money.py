"""Money: parse_money case tables and find_money spans.

Phrasing follows real judgments (罚金人民币五千元, 价值人民币2800元, 非法获利4.2万余元 …);
the values are our own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fayan.errors import ParseError
from fayan.nlp.numbers import find_money, parse_money
from fayan.types import Money

D = Decimal

# (text, amount, currency, qualifier)
POINT_CASES = [
    # 阿拉伯数字
    ("2700元", D("2700"), "CNY", "exact"),
    ("人民币1455元", D("1455"), "CNY", "exact"),
    ("人民币1200.50元", D("1200.5"), "CNY", "exact"),
    ("11796.38元", D("11796.38"), "CNY", "exact"),
    ("0.5元", D("0.5"), "CNY", "exact"),
    ("２７００元", D("2700"), "CNY", "exact"),
    ("人民币２８００．５元", D("2800.5"), "CNY", "exact"),
    ("500元钱", D("500"), "CNY", "exact"),
    ("80元整", D("80"), "CNY", "exact"),
    ("300块钱", D("300"), "CNY", "exact"),
    # 千分位
    ("1,200元", D("1200"), "CNY", "exact"),
    ("人民币30，000元", D("30000"), "CNY", "exact"),
    ("人民币2，760元", D("2760"), "CNY", "exact"),
    ("1,234,567.89元", D("1234567.89"), "CNY", "exact"),
    ("人民币1，380万元", D("13800000"), "CNY", "exact"),
    # 小写中文
    ("五千元", D("5000"), "CNY", "exact"),
    ("一万元", D("10000"), "CNY", "exact"),
    ("二千五百元", D("2500"), "CNY", "exact"),
    ("一万二千元", D("12000"), "CNY", "exact"),
    ("十万元", D("100000"), "CNY", "exact"),
    ("一百一十元", D("110"), "CNY", "exact"),
    ("二十万九千五百元", D("209500"), "CNY", "exact"),
    ("两千元", D("2000"), "CNY", "exact"),
    ("一千零五十元", D("1050"), "CNY", "exact"),
    ("十二万零五百元", D("120500"), "CNY", "exact"),
    ("三千零八元", D("3008"), "CNY", "exact"),
    ("二千七百八十九元", D("2789"), "CNY", "exact"),
    # 大写金额
    ("人民币叁万伍仟元整", D("35000"), "CNY", "exact"),
    ("贰万元", D("20000"), "CNY", "exact"),
    ("壹仟贰佰叁拾肆元", D("1234"), "CNY", "exact"),
    ("人民币壹拾万元整", D("100000"), "CNY", "exact"),
    ("玖佰玖拾玖元", D("999"), "CNY", "exact"),
    ("壹万零伍佰元", D("10500"), "CNY", "exact"),
    ("伍万元整", D("50000"), "CNY", "exact"),
    ("捌佰圆整", D("800"), "CNY", "exact"),
    ("貳仟元", D("2000"), "CNY", "exact"),
    # 角分
    ("壹佰元伍角", D("100.5"), "CNY", "exact"),
    ("叁拾元零伍分", D("30.05"), "CNY", "exact"),
    ("壹佰元伍角叁分", D("100.53"), "CNY", "exact"),
    ("100元5角", D("100.5"), "CNY", "exact"),
    ("伍拾元零伍角", D("50.5"), "CNY", "exact"),
    ("贰元伍角整", D("2.5"), "CNY", "exact"),
    # 万元单位
    ("3.5万元", D("35000"), "CNY", "exact"),
    ("50万元", D("500000"), "CNY", "exact"),
    ("1.8万元", D("18000"), "CNY", "exact"),
    ("2.6万元", D("26000"), "CNY", "exact"),
    ("7.1万元", D("71000"), "CNY", "exact"),
    ("0.4万元", D("4000"), "CNY", "exact"),
    ("11.57万元", D("115700"), "CNY", "exact"),
    ("1.1万元", D("11000"), "CNY", "exact"),
    ("1万2千元", D("12000"), "CNY", "exact"),
    ("3万零5百元", D("30500"), "CNY", "exact"),
    ("万零三千元", D("13000"), "CNY", "exact"),
    ("1亿零500万元", D("105000000"), "CNY", "exact"),
    ("10.5亿元", D("1050000000"), "CNY", "exact"),
    ("三点五万元", D("35000"), "CNY", "exact"),
    ("两万五元", D("25000"), "CNY", "exact"),
    # 限定词
    ("1000余元", D("1000"), "CNY", "at_least"),
    ("十余万元", D("100000"), "CNY", "at_least"),
    ("4.2万余元", D("42000"), "CNY", "at_least"),
    ("三千多元", D("3000"), "CNY", "at_least"),
    ("20多万元", D("200000"), "CNY", "at_least"),
    ("3万元以上", D("30000"), "CNY", "at_least"),
    ("超过5000元", D("5000"), "CNY", "at_least"),
    ("逾百万元", D("1000000"), "CNY", "at_least"),
    ("约5000元", D("5000"), "CNY", "about"),
    ("近3万元", D("30000"), "CNY", "about"),
    ("近万元", D("10000"), "CNY", "about"),
    ("将近2万元", D("20000"), "CNY", "about"),
    ("大约800元", D("800"), "CNY", "about"),
    ("5000元左右", D("5000"), "CNY", "about"),
    ("6200元许", D("6200"), "CNY", "about"),
    ("人民币约110元", D("110"), "CNY", "about"),
    ("近3万余元", D("30000"), "CNY", "about"),
    ("不足1000元", D("1000"), "CNY", "at_most"),
    ("5万元以下", D("50000"), "CNY", "at_most"),
    ("不满二百万元", D("2000000"), "CNY", "at_most"),
    ("达5000元", D("5000"), "CNY", "exact"),
    # 标签
    ("罚金人民币五千元", D("5000"), "CNY", "exact"),
    ("价值1110元", D("1110"), "CNY", "exact"),
    ("共计人民币1.8万元", D("18000"), "CNY", "exact"),
    ("违法所得人民币一千元", D("1000"), "CNY", "exact"),
    ("合计3000元", D("3000"), "CNY", "exact"),
    ("价值人民币2800元", D("2800"), "CNY", "exact"),
    ("计22800元", D("22800"), "CNY", "exact"),
    ("并处罚金人民币二万元。", D("20000"), "CNY", "exact"),
    ("经济损失：4500元", D("4500"), "CNY", "exact"),
    ("非法获利累计30余万元", D("300000"), "CNY", "at_least"),
    ("550元人民币", D("550"), "CNY", "exact"),
    # 外币
    ("5000美元", D("5000"), "USD", "exact"),
    ("20万美元", D("200000"), "USD", "exact"),
    ("港币17100元", D("17100"), "HKD", "exact"),
    ("1000港元", D("1000"), "HKD", "exact"),
    ("5000元港币", D("5000"), "HKD", "exact"),
    ("300欧元", D("300"), "EUR", "exact"),
    ("10万日元", D("100000"), "JPY", "exact"),
    ("5000澳门元", D("5000"), "MOP", "exact"),
    ("2000新台币", D("2000"), "TWD", "exact"),
    ("约3000美金", D("3000"), "USD", "about"),
]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier"), POINT_CASES, ids=[c[0] for c in POINT_CASES]
)
def test_parse_money_point(text: str, amount: Decimal, currency: str, qualifier: str) -> None:
    assert parse_money(text) == Money(amount=amount, currency=currency, qualifier=qualifier)  # type: ignore[arg-type]


# (text, low, high, currency)
RANGE_CASES = [
    # 区间
    ("2万元至3万元", D("20000"), D("30000"), "CNY"),
    ("2万至3万元", D("20000"), D("30000"), "CNY"),
    ("2000-3000元", D("2000"), D("3000"), "CNY"),
    ("800元至1200元", D("800"), D("1200"), "CNY"),
    ("一千元至二千元", D("1000"), D("2000"), "CNY"),
    ("2至3万元", D("20000"), D("30000"), "CNY"),
    ("5000至3万元", D("5000"), D("30000"), "CNY"),
    ("350元到400元", D("350"), D("400"), "CNY"),
    ("5000～8000元", D("5000"), D("8000"), "CNY"),
    ("人民币2万元至人民币3万元", D("20000"), D("30000"), "CNY"),
    ("4，800元至59，800元", D("4800"), D("59800"), "CNY"),
    ("100至200美元", D("100"), D("200"), "USD"),
]


@pytest.mark.parametrize(("text", "low", "high", "currency"), RANGE_CASES, ids=[c[0] for c in RANGE_CASES])
def test_parse_money_range(text: str, low: Decimal, high: Decimal, currency: str) -> None:
    assert parse_money(text) == Money(amount=low, currency=currency, qualifier="range", low=low, high=high)


BAD_MONEY = [
    # 没有金额
    "",
    "元",
    "人民币",
    "2016年7月24日",
    "（2016）湘0111刑初733号",
    "3次",
    "2部手机",
    "甲基苯丙胺5克",
    "第二百六十四条",
    "数万元",
    "几千元",
    "13800138000",
    # 读不通的数字
    "一二万元",
    "十百元",
    "1,20元",
    # 不止一个金额 / 多余的文字
    "5000元和3000元",
    "人民币2700元拿走",
    # 区间倒置
    "3000-2000元",
]


@pytest.mark.parametrize("text", BAD_MONEY)
def test_parse_money_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_money(text)


def test_parse_money_error_message_names_the_text() -> None:
    with pytest.raises(ParseError, match="no money amount in '2部手机'"):
        parse_money("2部手机")
    with pytest.raises(ParseError, match="not an amount alone: '拿走' is around '人民币2700元'"):
        parse_money("人民币2700元拿走")


# ---------------------------------------------------------------------------
# find_money
# ---------------------------------------------------------------------------

# (text, [span texts]) — every mention the brief requires, inside real-looking sentences
FIND_CASES = [
    ("包内有人民币2700元、平板电脑一台", ["2700元"]),
    ("盗走价值1110元的电动车一辆", ["1110元"]),
    ("骗取他人财物共计人民币1.8万元。", ["1.8万元"]),
    ("以投资为名骗取被害人人民币2.6万元。", ["2.6万元"]),
    ("并处罚金人民币五千元（已缴纳）。", ["五千元"]),
    ("骗得乙、丙二人的人民币7.1万元。", ["7.1万元"]),
    ("窃得现金1000余元后逃离", ["1000余元"]),
    ("处罚金人民币叁万伍仟元整。", ["叁万伍仟元整"]),
    ("从中获利十余万元，情节严重", ["十余万元"]),
    ("非法获利约2万元。", ["约2万元"]),
    ("数额在五万元以上五十万元以下的", ["五万元以上", "五十万元以下"]),
    ("以每克350元至400元不等的价格", ["350元至400元"]),
    ("携带港币17100元、美元500元入境", ["港币17100元", "美元500元"]),
    ("收取李某600元人民币后", ["600元"]),
    ("以2.35万元人民币购得", ["2.35万元"]),
    ("价值约人民币110元", ["约人民币110元"]),
    ("罚款人民币1500元；因", ["1500元"]),
    ("1.人民币2000元，2.人民币3000元", ["2000元", "3000元"]),
    # 案号、日期紧挨着金额
    ("（2016）湘0111刑初733号刑事判决书确定的罚金人民币3000元", ["3000元"]),
    ("（2016）湘0111刑初733号3000元", ["3000元"]),
    ("1.2018年5月9日，盗得人民币2700元", ["2700元"]),
    ("于2018年5月9日12时许以500元的价格", ["500元"]),
]


@pytest.mark.parametrize(("text", "spans"), FIND_CASES, ids=[c[0] for c in FIND_CASES])
def test_find_money_spans(text: str, spans: list[str]) -> None:
    found = list(find_money(text))
    assert [s.text for s, _ in found] == spans
    for span, money in found:
        assert text[span.start : span.end] == span.text
        assert parse_money(span.text) == money  # a span alone parses to the same value


def test_find_money_foreign_prefix_sets_currency() -> None:
    found = [(s.text, m.currency) for s, m in find_money("携带港币17100元、美元500元、人民币300元入境")]
    assert found == [("港币17100元", "HKD"), ("美元500元", "USD"), ("300元", "CNY")]


def test_find_money_offsets_and_values() -> None:
    text = "（2016）湘0111刑初733号 被告人张某于2016年7月24日盗窃人民币2700元，价值1110元的手机1部，并处罚金人民币五千元。"
    found = [(s.start, s.end, m.amount) for s, m in find_money(text)]
    assert found == [
        (text.index("2700元"), text.index("2700元") + 5, D("2700")),
        (text.index("1110元"), text.index("1110元") + 5, D("1110")),
        (text.index("五千元"), text.index("五千元") + 3, D("5000")),
    ]


NO_MONEY = [
    # 案号干扰
    "（2016）湘0111刑初733号",
    "某检诉刑诉［2017］999号起诉书",
    "（2015）某刑初字第88号刑事判决",
    # 日期
    "于2019年6月3日凌晨2时许",
    "二〇一六年十月二十一日",
    "1.2018年5月9日凌晨",
    # 电话号码、身份证、车牌
    "联系电话13800138000，",
    "公民身份号码110101199001011234",
    "驾驶吉A12345号小型轿车",
    # 重量、数量、次数
    "甲基苯丙胺3.2克、海洛因0.5克",
    "盗窃3次，窃得手机2部",
    "血液酒精含量为156mg/100ml",
    # 法条
    "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款",
    # 模糊数额与非金额的元
    "现金数十元、几千元",
    "于2018年元旦期间",
    "2017年元月5日",
    "化学元素",
]


@pytest.mark.parametrize("text", NO_MONEY)
def test_find_money_no_false_positives(text: str) -> None:
    assert list(find_money(text)) == []


def test_issue_currency_name_after_pseudonym_digit() -> None:
    """A pseudonymised name ending in a digit (张某1) is no amount before 人民币.

    Before the fix, 张某1人民币35万元 yielded ``1人民币`` (one yuan) and lost 35万元.
    """
    found = [(s.text, m.amount) for s, m in find_money("骗取被害人张某1人民币35万元")]
    assert found == [("35万元", D("350000"))]


def test_issue_amount_after_yishang() -> None:
    """五万元以上五十万元以下: the second amount follows 上 and must still be found.

    上 before a number is vague (上万元), but not as the end of 以上.
    """
    assert [s.text for s, _ in find_money("处五万元以上五十万元以下罚金")] == ["五万元以上", "五十万元以下"]
    assert list(find_money("损失上万元")) == []


def test_yuan_sign_before_an_amount() -> None:
    from fayan.nlp.numbers import parse_money
    from fayan.nlp.outcome import parse_punishment

    assert parse_money("￥1000元").amount == 1000 and parse_money("￥1000元").currency == "CNY"
    assert parse_punishment("判处有期徒刑六个月，并处罚金￥1000元", 0).fine_yuan == 1000
