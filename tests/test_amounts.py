"""Tests for fayan.nlp.amounts: roles of money amounts and the total crime amount.

All texts are fictional (被告人甲, 被害人乙 …).  The last test measures the
total on the LawBench 3-7 dev set under ../shared (skipped when absent).
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from fayan.errors import LexiconError, UsageError
from fayan.nlp.amounts import (
    CRIME_ROLES,
    ROLES,
    AmountFound,
    counted_roles,
    extract_amounts,
    total_crime_amount,
)
from fayan.nlp.lexicon import lexicon_dir, refresh


def roles_of(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.role) for a in extract_amounts(text)]


def one(text: str, amount: str) -> AmountFound:
    hits = [a for a in extract_amounts(text) if a.text == amount]
    assert len(hits) == 1, [(a.text, a.role) for a in extract_amounts(text)]
    return hits[0]


# ---------------------------------------------------------------------------
# Role per phrasing: (text, amount as written, expected role)
# ---------------------------------------------------------------------------

ROLE_CASES = [
    # 盗窃：动词在前
    ("被告人甲盗窃被害人乙现金人民币2000元。", "2000元", "stolen"),
    ("被告人甲窃得被害人乙放在抽屉内的现金800元。", "800元", "stolen"),
    ("被告人甲在公交车上扒窃被害人乙钱包内的现金300元。", "300元", "stolen"),
    ("被告人甲盗刷被害人乙的信用卡人民币6213元。", "6213元", "stolen"),
    ("被告人甲利用乙的手机转走人民币2936元。", "2936元", "stolen"),
    # 盗窃：动词在后（将……盗走）
    ("被告人甲将被害人乙放在床头的现金人民币1600元盗走。", "1600元", "stolen"),
    ("被告人甲将乙的钱包（内有现金345元）和手机窃出。", "345元", "stolen"),
    ("被告人甲将乙装有现金600元，一部手机的钱包盗走。", "600元", "stolen"),
    # 上一句的行为
    ("被告人甲从卧室盗得钱包一个。钱包内有现金773元。", "773元", "stolen"),
    # 诈骗
    ("被告人甲以办理工作为由骗取被害人乙人民币2.6万元。", "2.6万元", "defrauded"),
    ("被告人甲谎称能办理户口，骗得乙现金12万元。", "12万元", "defrauded"),
    ("被告人甲将乙的电动车骗走，经鉴定，被骗电动车价值人民币3800元。", "3800元", "value"),
    ("被害人乙按被告人甲的要求向其转账4000元。", "4000元", "transfer"),
    # 抢劫、敲诈勒索
    ("被告人甲持刀抢走被害人乙现金500元。", "500元", "robbed"),
    ("被告人甲将被害人杀死后，搜得现金735元后逃离现场。", "735元", "robbed"),
    ("被告人甲再次向乙索要钱款遭拒后，搜取乙身上的现金8400元。", "8400元", "robbed"),  # not the refused demand
    ("被告人甲和乙翻得现金7000余元后，拆走监控主机逃离。", "7000余元", "stolen"),  # rummaged and got
    ("被害人家被烧毁房屋及屋内物品共计价值人民币6310元。", "6310元", "loss"),  # burned (放火), not taken
    # a cue inside a 的-phrase only describes the money; the act before it takes it
    ("被告人甲劫得乙的钱包及其付给乙的300元等财物后逃离。", "300元", "robbed"),
    # money raised (筹集) is no taking, though 盗窃 is one of the ways named before it; 筹集毒资 stays a drug price
    ("被告人甲通过集资、盗窃等方式筹集了组织活动经费5090元。", "5090元", "other"),
    ("被告人甲筹集毒资190余万元购买毒品。", "190余万元", "drug_price"),
    ("民警从被告人甲身上搜出现金735元。", "735元", "other"),  # 搜出: seized by the police
    ("被告人甲取走被害人手提袋中的680元现金逃离现场。", "680元", "stolen"),
    ("被告人甲将被害人杀死后，又将被害人的6万元现金窃为己有。", "6万元", "stolen"),  # the act after the money
    ("被告人甲将抢得的项链销售给某金店，获赃款4581元。", "4581元", "gains"),  # the loot sold, not loot again
    ("被告人甲以曝光隐私相威胁，敲诈勒索被害人乙人民币2万元。", "2万元", "extorted"),
    # 职务犯罪、贿赂
    ("被告人甲利用职务便利，侵占公司货款人民币35000元。", "35000元", "embezzled"),
    ("被告人甲挪用公款人民币10万元用于个人投资。", "10万元", "embezzled"),
    ("被告人甲先后收受乙给予的好处费共计人民币5万元。", "5万元", "bribe"),
    # 价值
    ("经鉴定，被盗手机价值人民币1903元。", "1903元", "value"),
    ("被告人甲窃得价值人民币560元的平板电脑1台。", "560元", "value"),
    ("经价格认证中心认定，该手机的价格为人民币5760元。", "5760元", "value"),
    ("被告人甲将乙的电动车（经鉴定价值人民币1345元）盗走。", "1345元", "value"),
    # 损失
    ("被告人甲故意砸毁乙的车辆，造成经济损失人民币8000元。", "8000元", "loss"),
    # 赔偿、退赔、罚金：不是犯罪数额
    ("被告人甲的亲属赔偿被害人乙经济损失人民币9210元。", "9210元", "compensation"),
    ("案发后，被告人甲退赔被害人乙的经济损失计人民币2970元。", "2970元", "restitution"),
    ("被告人甲的家属退赔了被害人乙的被盗现金2000元。", "2000元", "restitution"),
    ("案发后，被告人甲将5万元人民币归还给被害人乙。", "5万元", "restitution"),
    ("公安机关追回赃款人民币350元，已发还被害人。", "350元", "restitution"),
    ("案发后，被告人甲、乙分别退交非法所得10万元。", "10万元", "restitution"),  # 退交 before 非法所得 (gains)
    ("被告人甲共接受他人“六合彩”投注人民币10万余元，从中非法获利约2万元。", "10万余元", "gambling"),
    ("被告人甲向本院预交罚金人民币5000元。", "5000元", "fine"),
    ("判处有期徒刑六个月，并处罚金人民币二千元。", "二千元", "fine"),
    # a fine after its amount (处以20万元罚款), not the act of the sentence before (送给乙现金5万元。…)
    ("被告人甲送给乙现金5万元。同年5月，区安监局对甲的公司处以20万元罚款。", "20万元", "fine"),
    # 违法所得、赌资、经营数额、吸收存款
    ("被告人甲实际得款人民币16000余元。", "16000余元", "gains"),
    ("被告人甲违法所得人民币3万元。", "3万元", "gains"),
    ("被告人甲组织他人赌博，抽头渔利人民币8万元。", "8万元", "rake"),  # the house's take, not the stakes
    ("被告人甲非法经营数额共计人民币26万元。", "26万元", "illegal_business"),
    ("被告人甲以高息为诱饵吸收公众存款人民币500万元。", "500万元", "deposit"),
    ("被告人甲向乙支付毒资人民币300元。", "300元", "drug_price"),
    # 其他：扣押、变卖、挥霍、分赃
    ("民警当场从被告人甲身上查获现金4186.5元。", "4186.5元", "other"),
    ("被告人甲将该电脑以人民币150元的价格卖给他人。", "150元", "other"),
    ("被告人甲将手机变卖获得赃款160元。", "160元", "other"),
    ("事后，被告人甲分得赃款人民币3000元。", "3000元", "other"),
    ("被告人甲将窃得的现金中的3700元藏匿于家中。", "3700元", "other"),
    # 将/把：动词在金额之后
    ("被告人甲已将侵占资金9.99万元退还至单位账户。", "9.99万元", "restitution"),
    ("被告人甲将被害人乙骗至宾馆后骗取现金5000元用于赌博。", "5000元", "defrauded"),
    ("被告人甲将盗窃所得的5000元挥霍。", "5000元", "other"),
    ("被告人甲将乙价值人民币1500元的笔记本电脑盗走。", "1500元", "value"),
    ("案发后，被告人甲将100万元，全部退还被害人。", "100万元", "restitution"),
    # 支付宝 is not 支付
    ("被告人甲登录乙的支付宝账户，盗窃其账户内人民币600元。", "600元", "stolen"),
    # a threshold the law or the province sets is no amount of the crime
    ("本院认为，被告人甲盗窃财物价值共计人民币9120元，尚未达到本省盗窃罪数额巨大人民币八万元的标准。", "八万元", "other"),
    ("本院认为，职务侵占罪中“数额较大”“数额巨大”的数额起点，按照贪污罪相对应的数额标准的二倍、五倍执行，"
     "即人民币六万元、一百万元。", "六万元", "other"),
    ("本院认为，职务侵占罪中“数额较大”“数额巨大”的数额起点，按照贪污罪相对应的数额标准的二倍、五倍执行，"
     "即人民币六万元、一百万元。", "一百万元", "other"),
    ("被告人甲盗窃现金人民币八万元，已达数额巨大。", "八万元", "stolen"),
]


@pytest.mark.parametrize("text,amount,role", ROLE_CASES, ids=[f"{c[2]}-{c[1]}" for c in ROLE_CASES])
def test_role(text: str, amount: str, role: str) -> None:
    assert one(text, amount).role == role


# ---------------------------------------------------------------------------
# Lists: each amount of a list keeps the role
# ---------------------------------------------------------------------------

LIST_CASES = [
    # 现金与物品
    (
        "被告人甲盗窃被害人乙现金人民币2000元及手机一部（价值1500元）。",
        [("2000元", "stolen"), ("1500元", "value")],
    ),
    # 分别为
    (
        "经鉴定，被盗手机、平板电脑及笔记本电脑价值分别为人民币420元、720元和2400元。",
        [("420元", "value"), ("720元", "value"), ("2400元", "value")],
    ),
    # 多名被害人
    (
        "被告人甲骗得丙人民币1.8万元、丁及戊二人的人民币7.1万元。",
        [("1.8万元", "defrauded"), ("7.1万元", "defrauded")],
    ),
    # 强提示词贯穿列举
    (
        "被告人甲已赔偿被害人乙财产损失2088元、丙财产损失1763元。",
        [("2088元", "compensation"), ("1763元", "compensation")],
    ),
]


@pytest.mark.parametrize("text,expected", LIST_CASES, ids=["现金与物品", "分别为", "多名被害人", "赔偿列举"])
def test_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles_of(text) == expected


# ---------------------------------------------------------------------------
# Totals
# ---------------------------------------------------------------------------

TOTAL_FLAG_CASES = [
    ("被告人甲多次实施盗窃，价值共计人民币28500元。", "28500元", True),
    ("被告人甲窃得香烟11条及现金380元，共计价值3719元。", "3719元", True),
    ("被盗地板砖共价值人民币5472元。", "5472元", True),
    ("被盗杉木总价值为人民币3438元。", "3438元", True),
    ("骗取他人现金共计人民币（以下币种均为人民币）18600元。", "18600元", True),
    ("被告人甲窃得现金380元。", "380元", False),
    # 其中 starting a later phrase of the next sentence parts something else (the women), not the amount
    ("被告人甲窃走摩托车（价值3744元）1辆。综上，被告人甲强奸3名妇女，其中强奸2人既遂；甲实施盗窃3起，窃得财物共计4200余元。",
     "3744元", False),
    # details opening the next sentence follow a total whose phrase is not its sentence's last
    ("被告人甲抢劫3次，共劫取现金9340元和手机4部（价值3940元），并致1人轻伤。具体事实如下：1、劫取手机3部，价值3700元。",
     "3940元", True),
]


@pytest.mark.parametrize("text,amount,flag", TOTAL_FLAG_CASES, ids=[c[1] for c in TOTAL_FLAG_CASES])
def test_is_total(text: str, amount: str, flag: bool) -> None:
    assert one(text, amount).is_total is flag


# an amount told per person, per time or per item is a rate (is_per_unit), no part of a sum
PER_UNIT_CASES = [
    ("被告人甲招揽考生七人，约定每人收取费用人民币1.8万元，共计收取人民币4.2万元。", "1.8万元", True),
    ("被告人甲考前先收取定金每人人民币6000元，共计收取人民币4.2万元。", "6000元", True),
    ("被告人甲考前先收取定金每人人民币6000元，共计收取人民币4.2万元。", "4.2万元", False),
    ("被告人甲向考生收取定金人民币6000元/人。", "6000元", True),
    ("被告人甲以300元每克的价格向乙出售甲基苯丙胺。", "300元", True),
    ("被告人甲、乙人均获利人民币2万元。", "2万元", True),
    ("被告人甲送给乙、丙各人民币5000元。", "5000元", True),
    # the per word and the amount in two clauses, or a total word or another amount between: no rate
    ("被告人甲每次作案后均将赃物销赃，得款人民币800元。", "800元", False),
    ("被告人甲每次作案后共获利人民币5000元。", "5000元", False),
    ("被告人甲按每克300元的价格出售甲基苯丙胺10克得款3000元。", "3000元", False),  # the rate is the amount before
    ("被告人甲窃得现金380元。", "380元", False),
]


@pytest.mark.parametrize("text,amount,flag", PER_UNIT_CASES, ids=[f"{c[1]}-{c[2]}" for c in PER_UNIT_CASES])
def test_is_per_unit(text: str, amount: str, flag: bool) -> None:
    assert one(text, amount).is_per_unit is flag


# ---------------------------------------------------------------------------
# Restatements
# ---------------------------------------------------------------------------


def test_restatement_prosecutor_conclusion() -> None:
    text = (
        "公诉机关指控，被告人甲盗窃被害人乙手机一部，经鉴定价值2975元。\n"
        "公诉机关认为，被告人甲盗窃他人财物2970元，数额较大。"
    )
    found = extract_amounts(text)
    assert [(a.text, a.part, a.is_restatement) for a in found] == [
        ("2975元", "prosecution", False),
        ("2970元", "opinion", True),
    ]


def test_restatement_charged_facts_when_court_found_its_own() -> None:
    text = (
        "公诉机关指控，被告人甲盗窃现金1000元。\n"
        "经审理查明，被告人甲盗窃现金1000元。\n"
        "上述事实，有被害人陈述等证据证实。"
    )
    found = extract_amounts(text)
    assert [(a.part, a.is_restatement) for a in found] == [("prosecution", True), ("facts", False)]


def test_restatement_back_reference() -> None:
    text = "被告人甲将乙的一辆价值人民币1898元的摩托车盗走。经认定，该被盗摩托车价值人民币1898元。"
    assert [a.is_restatement for a in extract_amounts(text)] == [False, True]


def test_restatement_sum_so_far() -> None:
    text = "被告人甲骗取乙4000元。后又骗取乙5010元。\n被告人甲将骗取的9010元全部用于消费。"
    assert [a.is_restatement for a in extract_amounts(text)] == [False, False, True]


def test_restatement_further_findings() -> None:
    text = "经审理查明，被告人甲骗取乙货款59360元。\n另查明，被害人乙被骗货款59360元已全部退还。"
    found = extract_amounts(text)
    assert [(a.part, a.is_restatement) for a in found] == [("facts", False), ("extra", True)]


@pytest.mark.parametrize(
    ("taken", "later", "restated"),
    [
        ("现金人民币2300元及手机一部", "经价格认定，被盗手机价值人民币2300元", False),
        ("现金人民币2300元及手机一部", "经价格认定，该手机价值人民币2300元", False),
        ("现金人民币2300元及手机一部", "经价格认定，所盗手机价值人民币2300元", False),
        # the value told again; the cash told again
        ("手机一部，价值人民币2300元", "经价格认定，被盗手机价值人民币2300元", True),
        ("现金人民币2300元", "案发后，所盗现金2300元已发还被害人", True),
        ("现金人民币2300元", "上述2300元已由被告人退赔", True),
    ],
)
def test_the_value_of_goods_taken_with_equal_cash_is_no_restatement(
        taken: str, later: str, restated: bool) -> None:
    """窃得现金2300元及手机一部。经价格认定，被盗手机价值2300元: two things of 2300元 each, 4600元 in all; the
    goods' value is no back-reference to the cash taken in the same act. A value told before, or the cash (所盗
    现金, 上述), is told again."""
    text = f"经审理查明，被告人甲在乙家中窃得{taken}。{later}。"
    assert [a.is_restatement for a in extract_amounts(text)] == [False, restated]
    assert total_crime_amount(text) == Decimal("2300" if restated else "4600")


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("本院认为，公诉机关指控被告人甲诈骗50000元，其中被害人乙所称交付的现金6000元，仅有乙的陈述，被告人亦辩称系借款，"
         "该6000元证据不足，不予认定。", [False, False, True]),
        ("本院认为，被告人甲案发前已归还的5000元应予扣除，其诈骗数额为45000元。", [True, False]),
        ("本院认为，其中丙所称3000元、丁所称2000元证据不足，本院不予认定。", [True, True]),
        # the court rejects what a party says of the amount, or turns to other things
        ("本院认为，被告人辩称其中6000元系借款，无证据证实，本院不予认定。", [False]),
        ("经鉴定，被盗相机价值462元，其余被盗物品未作价格认定，不予认定。", [False]),
    ],
)
def test_an_amount_the_text_counts_out(text: str, out: list[bool]) -> None:
    assert [a.is_counted_out for a in extract_amounts(text)] == out


def test_equal_amounts_in_different_counts_are_not_restatements() -> None:
    text = "1、被告人甲骗取乙现金5000元。\n2、被告人甲骗取丙现金5000元。"
    found = extract_amounts(text)
    assert [(a.count_index, a.is_restatement) for a in found] == [(1, False), (2, False)]


# ---------------------------------------------------------------------------
# Counts and defendants
# ---------------------------------------------------------------------------


def test_count_index_and_defendant() -> None:
    text = (
        "经审理查明：\n1、2016年7月，被告人林某甲骗取黄某人民币2.6万元。\n"
        "2.2016年9月，被告人林某甲骗得陈某人民币1.8万元。\n（三）被告人林某甲骗取丁某1万元。"
    )
    found = extract_amounts(text)
    assert [(a.count_index, a.defendant) for a in found] == [(1, "林某甲"), (2, "林某甲"), (3, "林某甲")]


@pytest.mark.parametrize(
    "text",
    [
        # the first count right after its heading's colon, in the heading's sentence
        "经审理查明：1、被告人甲窃取现金1260元。2、被告人甲窃取现金960元。综上，被告人甲共计窃取现金2220元。",
        # line breaks flattened to spaces: a count after 。 and a space
        "经审理查明： 1、被告人甲窃取现金1260元。 2、被告人甲窃取现金960元。 综上，被告人甲共计窃取现金2220元。",
    ],
)
def test_counts_after_a_colon_or_a_space(text: str) -> None:
    """Each count's amounts in its own count; the summing-up after them lies in the last, and sums them up."""
    found = extract_amounts(text)
    assert [(a.text, a.count_index, a.summing_up) for a in found] == [
        ("1260元", 1, False), ("960元", 2, False), ("2220元", 2, True)]


def test_the_count_an_amount_told_again_names() -> None:
    """追回第一起被盗手表一块（价值人民币5200元）、第二起被盗手机一部（价值人民币900元）: of counts 1 and 2, though
    told after them; 第3次 names no count."""
    text = ("1、被告人甲窃取手表两块，价值人民币12400元。\n2、被告人甲窃取手机三部，价值人民币2700元。\n"
            "案发后，公安机关追回第一起被盗手表一块（价值人民币5200元）、第二起被盗手机一部（价值人民币900元）。"
            "被告人甲第3次退赔人民币1000元。")
    assert [(a.text, a.count_named) for a in extract_amounts(text)] == [
        ("12400元", None), ("2700元", None), ("5200元", 1), ("900元", 2), ("1000元", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nearest clause before the amount that names a defendant, its first name
        ("被告人钱小川放哨，被告人赵大山划破被害人谢某外衣口袋后，扒窃其现金2000余元。", "赵大山"),
        ("后被告人赵大山告知被告人钱小川只扒窃了640元。", "赵大山"),  # two mentions: the second is not swallowed
        # a name after 给/向/从/应 is an object
        ("被告人赵大山应被告人钱小川的要求，将80克甲基苯丙胺贩卖给钱小川，获款19200元。", "赵大山"),
        ("此后，钱小川多次从赵大山处领取卖淫所得款共1000余元。", "钱小川"),
        ("被告人赵大山伙同被告人钱小川持刀拦截被害人。赵大山劫得被害人现金2900余元。", "赵大山"),
        ("法院判令钱小川支付赵大山借款318万元。", "钱小川"),  # a causee acts
        # no name in the sentence: the defendant named last before it (not a 同案被告人 tried apart, not 分别)
        ("被告人钱小川、赵大山到某地。二人劫得现金300元。", "赵大山"),
        ("被告人钱小川伙同同案被告人孙某某（另案处理）到某地。二人劫得现金300元。", "钱小川"),
        ("被告人赵大山、钱小川到案后。两被告人分别退出非法所得十万元。", "钱小川"),
    ],
)
def test_defendant_is_the_subject_of_the_amounts_sentence(text: str, expected: str) -> None:
    assert [a.defendant for a in extract_amounts(text, names=["赵大山", "钱小川"])] == [expected] * len(
        extract_amounts(text)
    )


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("被告人王五身上缴获毒资人民币200元。", ["王五"], "王五"),
        ("被告人欧阳将军在超市窃得现金300元。", ["欧阳将军"], "欧阳将军"),  # 将 is no end of this name
        ("被告人阿卜杜·热合曼窃得现金300元。", ["阿卜杜·热合曼"], "阿卜杜·热合曼"),  # longer than four characters
        ("被告人罗某已退赔人民币500元。", ["罗某"], "罗某"),
        ("被告人李某某醉酒后骗取现金500元。", ["李某", "李某某"], "李某某"),  # the longest name that fits
        ("被告人张三骗取现金500元。", ["王五"], None),  # not a defendant of this document: no one
        ("被告人张三骗取现金500元。", [], "张三"),  # no names known: cut from the text
    ],
    ids=["two_chars", "jiang", "dot", "yi", "longest", "unknown", "no-names"],
)
def test_defendant_is_a_known_name(text: str, names: list[str], expected: str | None) -> None:
    """The document's defendants' names, where the caller gives them, decide where a name after 被告人 ends."""
    assert [a.defendant for a in extract_amounts(text, names=names)] == [expected]


# ---------------------------------------------------------------------------
# Names are not amounts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "被告人伍元金将被害人乙的摩托车盗走（价值人民币2744元）。",
        "被告人甲窃得被害人张某2人民币共计16000元。",
    ],
    ids=["姓名伍元", "化名编号"],
)
def test_names_are_not_amounts(text: str) -> None:
    assert len(extract_amounts(text)) == 1


# ---------------------------------------------------------------------------
# Total crime amount: (text, expected total)
# ---------------------------------------------------------------------------

TOTAL_CASES = [
    # 各笔相加
    ("经审理查明，被告人甲盗窃现金1600元。\n2、被告人甲盗窃现金3600元。\n3、盗窃现金3250元。", "8450"),
    ("被告人甲盗窃被害人乙现金人民币773元、手机一部（经鉴定，该手机价值135元）。", "908"),
    # 明示合计在后：不重复计算
    ("被告人甲盗得钱包一个，内有现金773元、手机一部（价值135元），被盗财物价值共计908元。", "908"),
    (
        "1、被告人甲窃得价值700元的盆景1盆、价值1500元的盆景1盆，合计价值2200元。\n"
        "2、被告人甲窃得价值1900元的盆景1盆。",
        "4100",
    ),
    # 明示合计在前，其中/具体如下
    (
        "被告人甲多次骗取他人共计人民币34.75万元，其中：\n"
        "骗取乙10万元。\n骗取丙10万元。\n骗取丁6万元。\n骗取戊7万元。\n骗取己3万元。",
        "347500",
    ),
    (
        "被告人甲先后盗窃五起，价值共计人民币5700元。具体犯罪事实如下：\n"
        "1、盗窃手机一部，价值1306元。\n2、盗窃手机一部，价值1358元。\n"
        "3、盗窃现金900元。\n4、盗窃手机一部，价值2136元。",
        "5700",
    ),
    # 明示合计在前，第一起紧随其后
    (
        "被告人甲多次骗取他人财物，价值共计18.8万元。\n"
        "1、骗取乙11.5万元。\n2、骗取丙3.5万元。\n3、骗取丁3.8万元。",
        "188000",
    ),
    # 综上
    (
        "一、被告人甲骗取乙3500元。\n二、被告人甲骗取丙价值4000元的购物卡。\n"
        "综上，被告人先后两次诈骗他人财物，共计价值7500元。",
        "7500",
    ),
    # 综上 opening a sentence that runs over ；: its one amount sums the items before it
    *(
        ("1、被告人甲窃取现金200余元。2、被告人甲窃取现金267元。3、被告人甲窃走摩托车（价值3744元）1辆。"
         f"综上，被告人甲强奸3名妇女{parted}；甲实施盗窃3起，窃得财物共计4200余元。", "4211")
        for parted in ("", "，其中强奸2人既遂")
    ),
    # 价值合计覆盖同句物品
    ("被告人甲窃得香烟11条及现金380元，共计价值3719元。", "3719"),
    # 取款合计不覆盖同句现金
    ("被告人甲盗窃现金200余元及银行卡一张，后利用密码取走卡内存款共计人民币23216元。", "23416"),
    # 约数合计，细节相加更多
    (
        "被告人甲多次盗窃，共窃得财物价值人民币1600余元。具体分述如下：\n"
        "1.盗窃电脑1台（价值人民币900元）、人民币290余元；\n2.盗窃人民币435元。",
        "1625",
    ),
    # 每人
    ("被告人甲先后骗取被害人乙、丙每人8000元，共计骗取人民币16000元。", "16000"),
    # 实际
    ("被告人甲骗取乙现金20.6万元。案发前，归还5.4万元，实际骗取15.2万元。", "152000"),
    # 贷款金额 less what was paid back is the amount the facts conclude: counted once; where it is not, both count
    *(
        ("被告人甲以零首付方式购买车价为319140元的轿车，首付款由甲支付，余款由甲提供虚假收入证明向银行申请贷款，贷款金额为"
         f"223000元。被告人甲在购车后仅归还银行贷款计22800元，之后未按期还款，骗取银行贷款{net}元。", total)
        for net, total in (("200200", "200200"), ("150000", "373000"))
    ),
    # 退赔、赔偿、罚金、扣押、变卖不计
    ("被告人甲盗窃电动车一辆，价值2560元。案发后，被告人甲的亲属赔偿被害人损失3000元。", "2560"),
    (
        "被告人甲骗取乙9000元。同月24日，被告人甲赔偿被害人乙经济损失人民币3900元。"
        "被告人向本院预交罚金5000元。",
        "9000",
    ),
    ("被告人甲将戒指盗走，经估价鉴定价值人民币4170元。被告人甲将戒指以3970元的价格卖给他人。", "4170"),
    ("被告人甲将四辆电动车盗走，价值分别为1210元、839元、2107元、2129元。公安机关查获现金4186.5元。", "6285"),
    ("被告人甲骗取乙7000元，又骗取乙1000元。案发后，被告人甲已将全部赃款8000元退还被害人乙。", "8000"),
    # 分赃、好处费不计
    ("被告人甲伙同他人骗得乙14万元、丙15.6万元，被告人甲实际分得赃款19万余元。", "296000"),
    # 折合
    ("被告人甲窃得卢布8000元（折合人民币780元）及现金300元。", "1080"),
    # 其后有具体事实：无合计字样也是合计
    (
        "经审理查明，被告人甲利用职务便利，收受他人人民币28万元。具体犯罪事实如下：\n"
        "1.收受乙人民币20万元。\n2.收受丙人民币8万元。",
        "280000",
    ),
    # 退还全部
    ("被告人甲骗取乙100万元。案发后，被告人甲将100万元，全部退还被害人。", "1000000"),
    # 只在公诉机关认为中出现
    ("公诉机关认为，被告人甲盗窃他人财物，价值9108元，数额较大。", "9108"),
    # 只陈述合计的一句：合计本段之前的数额
    ("被告人甲持刀捅刺乙数刀，又抢走乙现金1500余元、手机一部，后逃离现场。甲抢劫财物共计价值3000余元。", "3000"),
    ("被告人甲劫取乙项链1条、现金300余元及笔记本电脑等物后逃离。上述现金及财物共计价值5326元。", "5326"),
    # 一人的小计在总计之后：已计入，不再相加；一件同值的财物不是小计
    (
        "1.被告人甲抢劫现金700余元。\n2.被告人甲、乙抢劫现金5万余元、手机一部价值28500元。\n3.被告人甲、乙抢劫现金120元。\n"
        "被告人甲单独或伙同被告人乙抢劫作案3起，抢劫现金及物品共计价值79320余元。被告人乙与甲结伙抢劫作案2起，抢劫现金及物品共计价值78620元。",
        "79320",
    ),
]


@pytest.mark.parametrize(
    "text,expected", TOTAL_CASES, ids=[f"{i:02d}-{c[1]}" for i, c in enumerate(TOTAL_CASES)]
)
def test_total_crime_amount(text: str, expected: str) -> None:
    assert total_crime_amount(text) == Decimal(expected)


# ---------------------------------------------------------------------------
# Charged facts vs court findings: the same amount is not counted twice
# ---------------------------------------------------------------------------


def test_total_charged_and_found_facts() -> None:
    text = (
        "公诉机关指控，被告人甲盗窃手机一部，经鉴定价值2975元。\n"
        "公诉机关认为，被告人甲盗窃他人财物2970元，数额较大。\n"
        "经审理查明，被告人甲盗窃手机一部，经鉴定价值2975元。\n"
        "另查明，被盗手机已发还被害人。"
    )
    assert total_crime_amount(text) == Decimal("2975")


def test_total_when_court_confirms_charged_facts() -> None:
    text = (
        "公诉机关指控，被告人甲盗窃现金1100元、手机一部，价值500元。\n"
        "经审理查明的事实与公诉机关指控的事实一致。\n"
        "另查明，被告人甲退赃1100元。"
    )
    assert total_crime_amount(text) == Decimal("1600")


# ---------------------------------------------------------------------------
# Fact-section-only text, full judgment, and no amount
# ---------------------------------------------------------------------------


def test_fact_section_without_heading() -> None:
    text = "2016年5月9日，被告人甲进入某装饰城窃取现金人民币600元。事后被告人甲分得人民币300元。"
    assert total_crime_amount(text) == Decimal("600")


def test_full_judgment_header_and_result_are_not_facts() -> None:
    text = (
        "某某县人民法院\n刑事判决书\n被告人甲，男，曾因犯盗窃罪被判处有期徒刑一年，并处罚金人民币2000元。\n"
        "公诉机关指控，被告人甲盗窃被害人乙现金3000元。\n"
        "本院认为，被告人甲盗窃他人财物3000元，数额较大，其行为已构成盗窃罪。\n"
        "判决如下：被告人甲犯盗窃罪，判处有期徒刑八个月，并处罚金人民币3000元。"
    )
    assert total_crime_amount(text) == Decimal("3000")
    assert [a.part for a in extract_amounts(text)] == ["other", "prosecution", "reasoning", "other"]


@pytest.mark.parametrize(
    "text",
    [
        "被告人甲酒后驾驶机动车，血液酒精含量为180mg/100ml。",
        "判处有期徒刑一年，并处罚金人民币2000元。",
        "被告人甲要求参加者缴纳人民币3800元至69800元不等的入门费。",
    ],
    ids=["无金额", "只有罚金", "金额区间"],
)
def test_no_crime_amount(text: str) -> None:
    assert total_crime_amount(text) is None


# ---------------------------------------------------------------------------
# Charge
# ---------------------------------------------------------------------------


def test_charge_chooses_roles() -> None:
    text = "被告人甲盗窃现金500元。被告人甲以借钱为由骗取乙2000元。"
    assert total_crime_amount(text) == Decimal("2500")
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("500")
    assert total_crime_amount(text, charge="诈骗罪") == Decimal("2000")
    assert total_crime_amount(text, charge="危险驾驶罪") is None
    # money passed on after it was taken is not more money
    onward = ("被害人乙某分两次向某账户汇款，总计人民币35万元。后该笔款项又通过网络转账分别转入丙某、丁某的银行卡各人民币20250元，"
              "向戊某的银行卡中转入人民币8569元。")
    assert total_crime_amount(onward, charge="诈骗罪") == Decimal("350000")
    # a smaller amount after 该 that is not moved on is still counted (该手机价值…)
    assert total_crime_amount("被告人甲盗窃现金3000元和手机一部。经鉴定，该手机价值2000元。", charge="盗窃罪") == Decimal("5000")
    # one participant's share of a total before it is not added to it; without a total, shares are the amounts
    shared = "被告人甲骗取被害人乙等五人钱款共计人民币126000元，被告人丙明知甲实施诈骗，仍提供银行账户，参与诈骗金额人民币38500元。"
    assert total_crime_amount(shared, charge="诈骗罪") == Decimal("126000")
    assert total_crime_amount("被告人甲盗窃现金2000元。被告人乙参与盗窃现金500元。", charge="盗窃罪") == Decimal("2500")
    # a joint embezzlement's total and one defendant's personal take of it (个人实得), not what he netted
    joint = ("被告人甲伙同乙侵吞公款112000元，甲分得28000元。被告人甲伙同乙骗取101400元报销款并予以侵吞，四人各分得25350元。"
             "综上，被告人甲参与共同贪污3起，共计价值人民币349325元，个人实得87350元。")
    assert total_crime_amount(joint, charge="贪污罪") == Decimal("349325")
    # 职务侵占 and 贪污 take by 侵吞, 窃取 or 骗取: what was taken so counts (将货款72000元据为己有 reads as taken)
    assert total_crime_amount("被告人甲利用职务便利私自变卖公司货物，将货款人民币72000元据为己有。", charge="职务侵占罪") == Decimal("72000")
    assert total_crime_amount("被告人甲利用职务便利，窃取公司现金人民币5000元。", charge="贪污罪") == Decimal("5000")
    # a robbed card: not its balance, but what was withdrawn or spent with it (两抢意见 六), the fee inside that once;
    # a passbook's balance neither, the cash beside it yes
    card = ("被告人甲劫得现金400元、银行卡3张（卡内余额共计225001.7元）。后甲持该银行卡分别取款及刷卡消费共计65946元"
            "（包括手续费420元）。")
    assert total_crime_amount(card, charge="抢劫罪") == Decimal("66346")
    book = "被告人甲从乙的提包内搜得银行存折（余额4298元）和现金1600元。"
    assert total_crime_amount(book, charge="抢劫罪") == Decimal("1600")
    # a bookmaker's stakes are the gambling amount; the gains are counted only where no stake is stated
    bets = "被告人甲共接受他人“六合彩”投注人民币10万余元，从中非法获利约2万元。"
    assert total_crime_amount(bets, charge="赌博罪") == Decimal("100000")


def test_a_share_after_the_total_is_inside_it() -> None:
    """One defendant's part of a total of all, told in the sentence after it (其间…其参与期间…) or after its ；, is no
    money on top of it; told as another act (还参与), it is."""
    casino = ("经审理查明，被告人赵甲、钱乙合伙在出租屋内开设赌场，共开设赌场三十余场，抽头渔利共计人民币31400元。其间，"
              "被告人孙丙受雇负责记账、抽头，其参与期间抽头渔利人民币14600元；被告人李丁负责望风。")
    assert total_crime_amount(casino, charge="开设赌场罪") == Decimal("31400")
    semicolon = "被告人甲、乙盗窃他人财物共计价值人民币9400元；被告人丙参与盗窃价值人民币2100元。"
    assert total_crime_amount(semicolon, charge="盗窃罪") == Decimal("9400")
    another = "被告人甲、乙盗窃他人财物共计价值人民币9400元。被告人丙还参与盗窃现金2100元。"
    assert total_crime_amount(another, charge="盗窃罪") == Decimal("11500")
    # a later count (2、) is no part of the total of the count before
    counts = "1、被告人甲盗窃现金共计人民币5200元。2、被告人甲、乙参与盗窃现金人民币1300元。"
    assert total_crime_amount(counts, charge="盗窃罪") == Decimal("6500")


# counts of one paragraph each, then the total of all and each defendant's own total of the counts they
# took part in
_OWN_COUNTS = (
    "经审理查明：\n1.被告人钟立新伙同被告人庞晓东在某小区窃取电动自行车一辆，经鉴定，价值人民币2000元。\n"
    "2.被告人钟立新在某工地窃取电缆，经鉴定，价值人民币30000元。\n"
    "3.被告人庞晓东在某车棚内窃取电动自行车一辆，经鉴定，价值人民币1500元。\n"
    "以上共计盗窃3起，涉案财物价值共计人民币33500元。{whole}被告人钟立新参与第1至2起，共计2起，盗窃数额为人民币32000元"
    "{sep}被告人庞晓东参与第1、3起，共计2起，盗窃数额为人民币3500元。"
)


@pytest.mark.parametrize(("whole", "sep"), [("其中，", "；"), ("其中，", "。"), ("", "；")])
def test_a_defendants_own_total_after_the_total_of_all_is_inside_it(whole: str, sep: str) -> None:
    """被告人乙参与第1、3起，共计2起，盗窃数额为3500元 after 以上共计…33500元: one defendant's own total of the
    acts they took part in is a part of the total of all, whether that total or its counts are summed, and
    whether the shares are parted by ；or 。."""
    text = _OWN_COUNTS.format(whole=whole, sep=sep)
    assert total_crime_amount(text, charge="盗窃罪", names=["钟立新", "庞晓东"]) == Decimal("33500")
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("33500")
    # the defendant named bare, as the judgment's names know him (庞晓东参与其中2起，涉案价值共计…)
    bare = text.replace("被告人庞晓东参与第1、3起，共计2起，盗窃数额为", "庞晓东参与其中2起，涉案价值共计")
    assert total_crime_amount(bare, charge="盗窃罪", names=["钟立新", "庞晓东"]) == Decimal("33500")


def test_a_defendants_own_total_after_a_summing_up_is_inside_it() -> None:
    """综上，被告人甲参与全部3起，骗取钱款共计…；被告人乙参与第（二）、（三）起，骗取钱款共计…: the second is inside the
    first; told as another act (还参与) after a total, it is more money."""
    text = (
        "经审理查明：\n（一）被告人甘雪丽、韦光明骗取被害人钱款人民币4000元。\n"
        "（二）被告人韦光明骗取被害人钱款人民币9000元。\n（三）被告人甘雪丽、韦光明骗取被害人钱款人民币3000元。\n"
        "综上，被告人韦光明参与全部3起诈骗，骗取钱款共计人民币16000元；被告人甘雪丽参与第（一）、（三）起诈骗，骗取钱款共计"
        "人民币7000元，从中分得好处费人民币500元。"
    )
    assert total_crime_amount(text, charge="诈骗罪", names=["韦光明", "甘雪丽"]) == Decimal("16000")
    another = "被告人甲骗取他人钱款共计人民币16000元。被告人乙还参与诈骗2起，骗取钱款共计人民币7000元。"
    assert total_crime_amount(another, charge="诈骗罪") == Decimal("23000")


# counts of one line each, then a summing-up of each defendant's own total with no total of all
_OWN_TOTALS = (
    "经审理查明：\n一、被告人祁文斌、路晓峰在某工地窃得电缆一批，价值人民币4,200元。\n"
    "二、被告人祁文斌在某小区窃得现金人民币900元及手机一部。经认定，该手机价值人民币1,600元。"
    "本起盗窃数额共计人民币2,500元。\n"
    "三、被告人祁文斌、路晓峰在某车棚内窃得电动自行车一辆，价值人民币2,300元。\n"
    "综上，被告人祁文斌参与盗窃三起，盗窃数额{word}人民币9,000元；被告人路晓峰参与第一、三起，盗窃数额为人民币6,500元。"
)


@pytest.mark.parametrize("word", ["共计", "为"])
def test_own_totals_with_no_total_of_all_are_shares_of_the_counts(word: str) -> None:
    """综上，被告人甲参与盗窃三起，盗窃数额共计9,000元；被告人乙参与第一、三起，盗窃数额为6,500元: each
    defendant's own total, with no total of all, is a share of the counts' sum (9,000), never added to
    another's: the counts they share would count twice. So where the counts carry no amounts and the largest
    tells them all (参与盗窃三起 of three counts), and where the counts add up to more than any own total."""
    names = ["祁文斌", "路晓峰"]
    text = _OWN_TOTALS.format(word=word)
    assert total_crime_amount(text, charge="盗窃罪", names=names) == Decimal("9000")
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("9000")
    bare = (
        "经审理查明：\n一、被告人祁文斌、路晓峰在某工地窃得电缆一批。\n二、被告人祁文斌在某小区窃得手机一部。\n"
        "三、被告人祁文斌、路晓峰在某车棚内窃得电动自行车一辆。\n" + text[text.index("综上"):]
    )
    assert total_crime_amount(bare, charge="盗窃罪", names=names) == Decimal("9000")
    # neither tells all the counts (甲 took part in 一、二, 乙 in 一、三): the counts' sum, 9,000
    split = text.replace("参与盗窃三起，盗窃数额" + word + "人民币9,000元", "参与第一、二起，盗窃数额共计人民币6,700元")
    assert total_crime_amount(split, charge="盗窃罪", names=names) == Decimal("9000")


# a summing-up that tells each defendant's own amount without a share word (参与): 丙's is one of the counts
_OWN_AMOUNTS = (
    "经审理查明：\n1．被告人蒲海川、贾立新以在菜品中吃出异物为由威胁被害人，迫使其转账人民币9000元。\n"
    "2．被告人蒲海川、贾立新、桂明远以购买到过期食品为由威胁被害人，迫使其支付现金人民币7000元。\n"
    "综上，被告人蒲海川、贾立新敲诈勒索数额共计人民币16000元{sep}被告人桂明远敲诈勒索数额为人民币7000元。"
)


@pytest.mark.parametrize("sep", ["，", "；"])
def test_own_amounts_of_a_summing_up_without_a_share_word_are_shares(sep: str) -> None:
    """综上，被告人甲、乙敲诈勒索数额共计16000元，被告人丙敲诈勒索数额为7000元: a defendant's own amount told beside
    the total of all, without 参与, is a share of it all the same (丙's 7000 is the second count), whether parted
    by ，or ；; where each told his own acts, the counts add up to more than any own amount and are summed."""
    text = _OWN_AMOUNTS.format(sep=sep)
    assert total_crime_amount(text, charge="敲诈勒索罪") == Decimal("16000")
    assert total_crime_amount(text, charge="敲诈勒索罪", names=["蒲海川", "贾立新", "桂明远"]) == Decimal("16000")
    theft = (
        "经审理查明：\n1．被告人温德顺、柯小梅入户窃得现金人民币1800元、黄金手镯一只。经认定，该手镯价值人民币4600元。\n"
        "2．被告人温德顺、柯小梅入户窃得笔记本电脑一台、手表一块。经认定，上述物品共计价值人民币2400元。\n"
        "3．被告人温德顺、柯小梅、游春生入户窃得现金人民币2100元、金项链一条。经认定，该项链价值人民币1500元。\n"
        f"综上，被告人温德顺、柯小梅入户盗窃三次，盗窃数额共计人民币12400元{sep}被告人游春生入户盗窃一次，"
        "盗窃数额为人民币3600元。"
    )
    assert total_crime_amount(theft, charge="盗窃罪") == Decimal("12400")
    apart = (
        "经审理查明：\n1．被告人温德顺窃得现金人民币2000元。\n2．被告人温德顺窃得现金人民币3000元。\n"
        "3．被告人游春生窃得现金人民币3000元。\n"
        f"综上，被告人温德顺盗窃数额共计人民币5000元{sep}被告人游春生盗窃数额为人民币3000元。"
    )
    assert total_crime_amount(apart, charge="盗窃罪") == Decimal("8000")


def test_a_share_of_anothers_acts_is_inside_his_total() -> None:
    """掩饰、隐瞒: 被告人甲…取现共计156300元 then, in a paragraph of its own, 被告人乙…陪同甲前往银行网点取现…参与取现
    金额分别为…，共计…: 乙's part of 甲's withdrawals, no more money laundered; told as another act (另参与…), it
    is more."""
    text = (
        "经审理查明：\n2023年3月至5月，被告人柏文彬明知资金系他人电信网络诈骗犯罪所得，仍按照上线指令，"
        "先后15次在银行网点将资金取现，取现共计人民币96,400元，获利人民币2,800元。\n"
        "2023年4月间，被告人宁秀娟明知柏文彬所取资金系犯罪所得，仍应柏文彬邀约，两次驾车陪同柏文彬前往银行网点取现，"
        "参与取现金额分别为人民币9,000元、7,500元，共计人民币16,500元，获利人民币500元。\n"
    )
    charge, names = "掩饰、隐瞒犯罪所得罪", ["柏文彬", "宁秀娟"]
    assert total_crime_amount(text, charge=charge, names=names) == Decimal("96400")
    another = text.replace("两次驾车陪同柏文彬前往银行网点取现，参与", "另行组织取现，另参与")
    assert total_crime_amount(another, charge=charge, names=names) == Decimal("112900")


def test_the_price_paid_for_stolen_goods_is_no_money_laundered() -> None:
    """掩饰、隐瞒: 以每公斤16元的价格予以收购，…支付价款人民币29,760元。经…认定，上述电缆价值人民币43,260元: the price
    paid is the means of the buying, the value of the goods bought what was laundered (掩饰隐瞒解释 第三条); in a
    fraud the price a victim paid is the money taken."""
    text = (
        "经审理查明，被告人邬长顺明知电缆系他人盗窃所得，仍先后三次以每公斤人民币15元的价格予以收购，"
        "共计收购电缆900公斤，支付价款人民币13,500元。经某市价格认证中心认定，上述电缆价值人民币21,600元。"
    )
    assert total_crime_amount(text, charge="掩饰、隐瞒犯罪所得罪") == Decimal("21600")
    fraud = "经审理查明，被告人甲谎称出售电缆，骗得被害人乙支付价款人民币13,500元。"
    assert total_crime_amount(fraud, charge="诈骗罪") == Decimal("13500")


@pytest.mark.parametrize("charge", ["开设赌场罪", None])
def test_a_rate_is_no_part_of_a_total_told_in_another_sentence(charge: str | None) -> None:
    """按每天人民币200元支付报酬。…共计抽头渔利人民币24300元: a rate (a wage a day, a fee each person) is no money of the
    crime, wherever the total is told."""
    casino = ("经审理查明，被告人甲在其租用的门面房内组织他人赌博，收取台费抽头渔利，雇佣被告人乙负责记账，"
              "按每天人民币200元支付报酬。至案发，被告人甲共计抽头渔利人民币24300元，其中支付乙报酬共计人民币8600元。")
    assert total_crime_amount(casino, charge=charge) == Decimal("24300")
    fraud = "经审理查明，被告人甲以帮助办理入学为由，谎称每人需交纳费用人民币8000元。甲先后骗取乙、丙、丁三人共计人民币24000元。"
    assert total_crime_amount(fraud, charge=charge and "诈骗罪") == Decimal("24000")


@pytest.mark.parametrize("charge", ["开设赌场罪", "赌博罪", None])
def test_stakes_and_the_take_are_not_summed(charge: str | None) -> None:
    """The stakes (赌资, 投注) and the house's take of them (抽头渔利) are two measures of one gambling, each with its
    own figures in the law: never one sum; the take counts where stated, the stakes where it is not."""
    both = "经审理查明，被告人甲在其家中开设赌场，参赌人员赌资共计人民币36万元，被告人甲从中抽头渔利人民币2.4万元。"
    assert total_crime_amount(both, charge=charge) == Decimal("24000")
    later = "经审理查明，被告人甲在其家中开设赌场，抽头渔利人民币1.5万元。经统计，参赌人员下注金额共计人民币21万元。"
    assert total_crime_amount(later, charge=charge) == Decimal("15000")
    stakes = "经审理查明，被告人甲在其家中开设赌场，参赌人员赌资共计人民币36万元。"
    assert total_crime_amount(stakes, charge=charge) == Decimal("360000")


def test_transfer_counts_for_fraud_not_for_theft() -> None:
    fraud = "被告人甲虚构投资项目，让被害人乙向其转账5万元。"
    theft = "被告人甲盗窃乙手机一部，价值3000元，乙为要回手机向其转账1000元。"
    assert total_crime_amount(fraud) == Decimal("50000")
    assert total_crime_amount(theft) == Decimal("3000")


def test_counted_roles_are_crime_roles() -> None:
    assert counted_roles(None) <= CRIME_ROLES <= set(ROLES)


def test_bad_section() -> None:
    with pytest.raises(UsageError, match="section must be one of"):
        extract_amounts("被告人甲盗窃现金500元。", section="appendix")


# ---------------------------------------------------------------------------
# Lexicons are data: a bad line names file and line
# ---------------------------------------------------------------------------


def test_bad_cue_line_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    cues = copy / "amount_role_cues.tsv"
    lines = cues.read_text(encoding="utf-8").splitlines()
    lines.append("窃取财物\tstealing\tbefore\tnormal")
    cues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    with pytest.raises(LexiconError, match=rf"amount_role_cues.tsv:{len(lines)}: role must be one of"):
        extract_amounts("被告人甲盗窃现金500元。")


def test_missing_lexicon_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    (copy / "amount_totals.txt").unlink()
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    with pytest.raises(LexiconError, match="amount_totals.txt"):
        total_crime_amount("被告人甲盗窃现金500元。")


def test_lexicon_edit_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    text = "被告人甲顺走被害人乙现金500元。"
    assert one(text, "500元").role == "other"
    with (copy / "amount_role_cues.tsv").open("a", encoding="utf-8") as f:
        f.write("顺走\tstolen\tbefore\tnormal\n")
    refresh()  # mtimes are re-read at most once a second otherwise
    assert one(text, "500元").role == "stolen"


# ---------------------------------------------------------------------------
# Development data (LawBench 3-7, 237 fact sections)
# ---------------------------------------------------------------------------


@pytest.mark.shared
def test_lawbench_3_7_dev_accuracy(shared: Path) -> None:
    items = json.loads((shared / "amounts" / "lawbench_3-7_dev.json").read_text(encoding="utf-8"))
    hits = 0
    for item in items:
        gold = Decimal(str(item["gold"]["total_crime_amount_yuan"]))
        pred = total_crime_amount(item["text"])
        hits += pred is not None and abs(pred - gold) < Decimal("0.01")
    accuracy = hits / len(items)
    assert len(items) == 237
    assert accuracy >= 0.85, f"exact-match accuracy {accuracy:.3f} < 0.85"


@pytest.mark.parametrize("sep", [" ", "\n", "\r\n"])
def test_layout_does_not_change_the_total(sep: str) -> None:
    """A line break after each 。 (some exports) or between paragraphs reads as a space does: a total followed by
    具体犯罪事实如下 on the next line still covers its parts, and an evidence list whose items have lines of their own
    is still evidence (its amounts are no new crime amounts)."""
    details = (f"经审理查明：2019年，被告人张三利用职务便利，收受他人人民币280000元。{sep}具体犯罪事实如下：{sep}"
               f"1.2019年3月，收受钱某人民币200000元。{sep}2.2019年5月，收受孙某人民币80000元。")
    assert total_crime_amount(details, charge="受贿罪") == Decimal("280000")
    evidence = (f"经审理查明，被告人张三窃得被害人李某的拎包1只，内有现金人民币22000元。{sep}"
                f"上述事实，有经庭审举证、质证的下列证据予以证实：{sep}"
                f"被告人张三的供述，证实其窃得拎包一只，取出21000余元现金，后将20000余元藏在酒店房间内。{sep}")
    assert total_crime_amount(evidence, charge="盗窃罪") == Decimal("22000")


@pytest.mark.parametrize("names", [[], ["甲某"]])
def test_restatements_do_not_depend_on_the_names_given(names: list[str]) -> None:
    """The money given back (所盗现金1100元已发还) is a restatement whether or not the defendants' names are known (with
    them, the amount's index was overwritten while looking for its defendant)."""
    text = ("1、被告人甲某窃得现金1100元。2、被告人甲某窃得手机一部，价值500元，合计价值1600元。"
            "案发后，所盗现金1100元已发还被害人。")
    assert [(a.is_restatement, a.defendant) for a in extract_amounts(text, names=names)] == [
        (False, "甲某"), (False, "甲某"), (False, "甲某"), (True, "甲某")]


def test_judgment_amounts_name_the_header_defendant() -> None:
    """In a judgment, the header's names decide an amount's defendant (王五身上 is no name; 阿卜杜·热合曼 is one)."""
    from fayan.pipelines.assemble import extract

    text = (
        "某某市某某区人民法院 刑事判决书 （2019）浙0102刑初7号 公诉机关某某市某某区人民检察院。 "
        "被告人王五，男，1980年1月1日出生，汉族，无业。因本案于2018年12月2日被刑事拘留。 "
        "被告人阿卜杜·热合曼，男，1985年2月1日出生，维吾尔族，无业。因本案于2018年12月2日被刑事拘留。 "
        "某某区人民检察院以起诉书指控被告人王五、阿卜杜·热合曼犯盗窃罪，于2019年3月1日向本院提起公诉。 "
        "经审理查明，2018年12月1日，被告人王五在某超市窃得现金人民币3000元，被告人阿卜杜·热合曼窃得现金人民币2000元。"
        "民警从被告人王五身上查获现金人民币1000元。 本院认为，被告人王五、阿卜杜·热合曼的行为已构成盗窃罪。"
        "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。"
        "被告人阿卜杜·热合曼犯盗窃罪，判处有期徒刑十个月，并处罚金人民币二千元。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇一九年四月一日 书记员丙某"
    )
    j = extract(text)
    assert [d.name for d in j.defendants] == ["王五", "阿卜杜·热合曼"]
    assert [(a.amount_yuan, a.defendant) for a in j.amounts if a.section == "facts"] == [
        (3000, "王五"), (2000, "阿卜杜·热合曼"), (1000, "王五")
    ]


def test_the_total_is_of_the_defendants_convicted_of_its_charge() -> None:
    """Two defendants, one of 帮助信息网络犯罪活动罪 (no amount-based charge), one of 掩饰、隐瞒犯罪所得罪: the total is what
    the second laundered, not the first one's card turnover (支付结算金额) nor anyone's profit."""
    from fayan.pipelines.assemble import extract

    text = (
        "某某省某某县人民法院\n刑事判决书\n（2024）某0101刑初9号\n公诉机关某某县人民检察院。\n"
        "被告人钟迅，男，2002年5月16日出生，汉族，无业。2023年11月6日因本案被刑事拘留。\n"
        "被告人甲某，女，2000年8月9日出生，汉族，无业。2023年11月6日因本案被刑事拘留，同年11月30日被取保候审。\n"
        "某某县人民检察院以起诉书指控被告人钟迅犯帮助信息网络犯罪活动罪、被告人甲某犯掩饰、隐瞒犯罪所得罪，"
        "于2024年2月19日向本院提起公诉。\n"
        "经审理查明：\n一、2023年8月至10月，被告人钟迅明知他人利用信息网络实施犯罪，仍将其名下的银行卡4张提供给上家"
        "用于接收、转移资金，并收取好处费，共计获利人民币6000元。经查，上述银行卡支付结算金额累计人民币128.4万元，"
        "其中有被害人陈述在案的诈骗资金人民币21.3万元。\n"
        "二、2023年10月，被告人甲某明知是他人诈骗犯罪所得，仍将上游资金转入其银行卡后分多笔转至上家指定的账户，"
        "共计转移资金人民币9.36万元，获利人民币1870元。经查，被害人乙某、丙某、丁某分别被骗3.5万元、2.2万元、3.66万元，"
        "上述款项转入甲某名下银行卡并被其转出。\n"
        "本院认为，被告人钟迅的行为已构成帮助信息网络犯罪活动罪；被告人甲某的行为已构成掩饰、隐瞒犯罪所得罪。"
        "依照《中华人民共和国刑法》第二百八十七条之二第一款、第三百一十二条第一款之规定，判决如下：\n"
        "一、被告人钟迅犯帮助信息网络犯罪活动罪，判处有期徒刑九个月，并处罚金人民币八千元。\n"
        "二、被告人甲某犯掩饰、隐瞒犯罪所得罪，判处有期徒刑一年，并处罚金人民币一万元。\n"
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n审判员戊某\n二〇二四年三月二十八日\n书记员己某\n"
    )
    j = extract(text)
    assert [d.charges_standard for d in j.defendants] == [("帮助信息网络犯罪活动罪",), ("掩饰、隐瞒犯罪所得、犯罪所得收益罪",)]
    assert j.total_crime_amount_yuan == 93600
    # the same facts read as a whole, with no defendant to keep to, still count the turnover
    assert total_crime_amount(text, charge="掩饰、隐瞒犯罪所得罪") != Decimal(93600)
    only = total_crime_amount(text, charge="掩饰、隐瞒犯罪所得罪", names=["钟迅", "甲某"], without=["钟迅"])
    assert only == Decimal(93600)


def test_a_launderer_s_amount_is_what_he_moved_not_the_victims_losses_nor_his_profit() -> None:
    """掩饰、隐瞒: each victim's loss to the fraud (被骗人民币28,000元), then what the defendant withdrew of it
    (取现人民币30,000元, 17,500元 of the 19,500元 the next victim lost, the rest frozen), then the total he moved and
    the profits: the amount is what he moved (掩饰隐瞒解释 第三条), the sums withdrawn adding up to the total stated;
    the losses count only where the text tells nothing moved, and a profit (获利) never, even with no total of
    another role."""
    moved = ("经审理查明，被告人甲某明知他人银行卡内的钱款系犯罪所得，仍提供其本人名下的银行卡并负责取现。2023年5月6日，被害人"
             "乙某在电信网络诈骗中被骗人民币28,000元，该款转入甲某的银行卡后，甲某在柜台取现人民币30,000元（含上家另行转入的"
             "犯罪所得2,000元）；次日，被害人丙某在电信网络诈骗中被骗人民币19,500元，该款转入甲某的银行卡后，甲某在另一网点取现"
             "人民币17,500元，剩余款项被银行冻结。甲某共计取现转移犯罪所得人民币47,500元，从中获利人民币1,400元，其同伙丁某获利"
             "人民币600元。")
    found = [(a.text, a.role) for a in extract_amounts(moved, charge="掩饰、隐瞒犯罪所得罪") if not a.is_restatement]
    assert found == [("28,000元", "loss"), ("30,000元", "transfer"), ("2,000元", "other"), ("19,500元", "loss"),
                     ("17,500元", "transfer"), ("47,500元", "transfer"), ("1,400元", "other"), ("600元", "other")]
    assert total_crime_amount(moved, charge="掩饰、隐瞒犯罪所得罪") == Decimal("47500")
    losses = ("经审理查明，被告人甲某明知是犯罪所得仍提供银行卡。被害人乙某、丙某分别被骗人民币2万元、3万元，上述款项转入甲某的"
              "银行卡后被其取现交给上家，甲某获利人民币1000元。")
    assert total_crime_amount(losses, charge="掩饰、隐瞒犯罪所得罪") == Decimal("50000")


def test_money_passed_on_is_a_sum_of_its_own() -> None:
    """A fraud's 该款转入甲某的银行卡后，由甲某…取现人民币37,400元，剩余款项被银行冻结: what became of the 39,400元, no
    more money and no restatement of it (X3 read the 37,400元 as a slip of the pen for it)."""
    fraud = ("经审理查明，被告人甲某冒充客服骗取被害人乙某人民币39,400元，该款转入甲某的银行卡后，由甲某在银行网点取现人民币"
             "37,400元，剩余款项被银行冻结。")
    assert [(a.role, a.is_restatement) for a in extract_amounts(fraud, charge="诈骗罪")] == [
        ("defrauded", False), ("other", False)]
    assert total_crime_amount(fraud, charge="诈骗罪") == Decimal("39400")


def test_amounts_among_money_told_before_are_parts_of_it() -> None:
    """经查，上述款项中包括被害人乙某被骗的…30,000元、被害人丙某被骗的…21,350元 after 共计人民币61,350元: parts of that
    money, no more of it; sums that add up to more than it are no such parts."""
    text = ("经审理查明，被告人甲某以刷单返利为名骗取他人钱款共计人民币61,350元，随即购买虚拟货币转给上家。"
            "经查，上述款项中包括被害人乙某被骗的人民币30,000元、被害人丙某被骗的人民币21,350元。")
    assert [a.is_restatement for a in extract_amounts(text, charge="诈骗罪")] == [False, True, True]
    assert total_crime_amount(text, charge="诈骗罪") == Decimal("61350")
    more = text.replace("30,000元", "50,000元")
    assert [a.is_restatement for a in extract_amounts(more, charge="诈骗罪")] == [False, False, False]


def test_each_defendant_s_share_after_a_summing_up_total_is_part_of_it() -> None:
    """综上，…共计人民币135,000元（即13.5万元）。其中，被告人甲某参与全部三起，诈骗金额…；被告人乙某参与第2、3起，…；
    被告人丙某参与第3起，…: each defendant's share is inside the total, though the total restates the counts before it
    (which are summed in its place)."""
    text = ("经审理查明，被告人甲某、乙某、丙某冒充电商客服实施诈骗，具体事实如下：\n"
            "1．骗取被害人丁某人民币40,000元；\n2．骗取被害人戊某人民币55,000元；\n3．骗取被害人己某人民币40,000元。\n"
            "综上，三被告人共骗取三名被害人钱款共计人民币135,000元（即13.5万元）。其中，被告人甲某参与全部三起，诈骗金额人民币"
            "135,000元；被告人乙某参与第2、3起，诈骗金额人民币95,000元；被告人丙某参与第3起，诈骗金额人民币40,000元。")
    assert total_crime_amount(text, charge="诈骗罪") == Decimal("135000")
    assert total_crime_amount(text) == Decimal("135000")


@pytest.mark.parametrize(
    ("text", "charge", "roles", "total"),
    [
        ("被告人甲某采取收款后不入账的方式，先后二十一次侵吞公款共计人民币八万六千元，用于个人消费。", "贪污罪",
         ["embezzled"], "86000"),
        ("被告人甲某未经单位批准，将单位公款人民币十二万元转入其个人银行账户，用于购买理财产品。", "挪用公款罪",
         ["stolen"], "120000"),  # taken by a transfer: counted for 挪用
        # 非法经营: the value of the goods dealt in is its amount
        ("被告人甲某在未取得成品油经营许可的情况下，非法销售柴油，经鉴定价值人民币263962元。", "非法经营罪", ["value"], "263962"),
        # collected for the company, then moved to an account of his own: the transfer is what 挪用 takes
        ("被告人甲某擅自以某公司名义收取乙公司支付给某公司的货款人民币641900元，后被告人甲某擅自将该人民币641900元转入由其控制的"
         "丙公司的账户。", "挪用资金罪", ["transfer", "stolen"], "641900"),
        ("被告人甲某多次持卡取现后交给上线，共计转移诈骗犯罪所得人民币八万六千元，从中获取报酬人民币三千元。",
         "掩饰、隐瞒犯罪所得罪", ["gains", "other"], "86000"),  # what was laundered, not the fee
        # the fraud's money moved, not the mover's profit (掩饰隐瞒解释 第三条: the value of what was laundered);
        # what the victims lost (被骗) is the fraud's loss, his profit his pay
        ("被告人甲某帮助转移诈骗资金共计人民币62.4万元，其中经查证系被害人被骗资金共计人民币38.7万元。甲某从中获利人民币8000元。",
         "掩饰、隐瞒犯罪所得罪", ["defrauded", "loss", "other"], "624000"),
        # the launderer's profit is no money laundered: not added to the total of what was moved (掩饰隐瞒解释 第三条),
        # after it (从中获利) or before it (共计获利 … 共计价值)
        ("被告人甲某明知是他人诈骗的犯罪所得，仍持他人银行卡取现后交给上线。以上累计取现人民币614000元，甲某从中获利人民币"
         "12280元。",
         "掩饰、隐瞒犯罪所得罪", ["transfer", "other"], "614000"),
        ("被告人甲某明知是盗窃所得的手机仍予以收购，后加价转卖，共计获利人民币1800元。经认定，上述手机共计价值人民币12600元。",
         "掩饰、隐瞒犯罪所得罪", ["other", "value"], "12600"),
        # the money moved on is the amount laundered, not the 犯罪所得 its sentence names first
        ("被告人乙某明知是他人诈骗犯罪所得，仍将上游资金分多笔转至指定账户，共计转移资金人民币9.36万元，获利人民币1870元。",
         "掩饰、隐瞒犯罪所得罪", ["transfer", "other"], "93600"),
        # a call-centre hand's wages and commission are his pay, no money defrauded, even after 共计
        ("被告人甲某参与诈骗，致被害人乙某、丙某分别被骗人民币31.2万元、40.8万元，合计人民币72万元。甲某在此期间领取工资、"
         "提成共计人民币4.2万元。", "诈骗罪", ["defrauded", "defrauded", "defrauded", "other"], "720000"),
        # a 提成 demanded is money extorted: the act, not the pay word, gives its role
        ("被告人甲某向乙某索要提成款，乙某给甲某人民币68.8万元。", "敲诈勒索罪", ["extorted"], "688000"),
        ("截至案发，被告人甲某恶意透支本金共计人民币八万三千元。", "信用卡诈骗罪", ["defrauded"], "83000"),
        # what was paid back of the principal overdrawn is no amount overdrawn
        ("被告人甲某恶意透支本金共计人民币312468.5元。案发后，甲某已向发卡银行归还透支本金共计人民币120000元。", "信用卡诈骗罪",
         ["defrauded", "restitution"], "312468.5"),
        ("本院认为，被告人甲某以威胁方法强行索取他人财物人民币六万元，数额巨大。", "敲诈勒索罪", ["extorted"], "60000"),
        ("本院认为，被告人甲某利用职务上的便利，索取他人财物人民币六万元。", "受贿罪", ["bribe"], "60000"),
        # money put up for the crime is not its proceeds
        ("被告人甲某等人预谋抢劫。为便于作案，甲某提供人民币2万元购买作案车辆。", "抢劫罪", ["other"], None),
        # repaid, and the principal still owed: that is the amount of 恶意透支 (2018 信用卡解释 第十条: 尚未归还的实际
        # 透支的本金数额), not the interest and fees a total adds to it
        ("被告人甲某于2012年3月26日还款10000元后，尚欠本金人民币32942.69元。", "信用卡诈骗罪", ["other", "defrauded"],
         "32942.69"),
        ("被告人甲某还款10000元后，尚欠本金人民币32942.69元，利息人民币11542.62元，其他费用人民币8636.89元，合计人民币"
         "53122.20元。", "信用卡诈骗罪", ["other", "defrauded", "other", "other", "other"], "32942.69"),
    ],
)
def test_roles_of_embezzlement_laundering_and_card_overdraft(
    text: str, charge: str, roles: list[str], total: str | None
) -> None:
    assert [a.role for a in extract_amounts(text, charge=charge)] == roles
    assert total_crime_amount(text, charge=charge) == (Decimal(total) if total else None)


def test_the_one_amount_of_a_summing_up_sentence_is_its_total() -> None:
    """综上，…抢劫4起，强奸1起；…抢劫财物价值5086元: the total of the counts before it, not one more; with several
    amounts the 综上 sentence restates parts and adds nothing of its own."""
    counts = ("王某抢走甲的金耳环1副（价值499元）。王某劫取乙的现金100余元和价值67元的食品。王某抢走丙的现金3700元及手机（价值320元）。"
              "王某抢走丁的现金400元。 ")
    assert total_crime_amount(counts + "综上，被告人王某抢劫4起，强奸1起；抢劫财物价值5086元。", charge="抢劫罪") == Decimal("5086")
    assert total_crime_amount(counts, charge="抢劫罪") == Decimal("5086")



_APPEAL = (
    "某某省某某市中级人民法院\n刑事判决书\n（2020）某01刑终88号\n原公诉机关某某市某某区人民检察院。\n"
    "上诉人（原审被告人）钟迅，男，1985年3月2日出生，汉族，住某某市。因涉嫌犯诈骗罪于2019年5月6日被刑事拘留，"
    "同年6月1日被逮捕。\n某某市某某区人民法院审理某某市某某区人民检察院指控原审被告人钟迅犯诈骗罪一案，于2020年1月"
    "8日作出（2019）某0102刑初345号刑事判决。原审被告人钟迅不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。\n"
    "原判认定：2018年7月，他人冒充被害人甲某的亲属，骗取甲某汇款共计人民币30万元。上诉人钟迅明知该款系诈骗所得，"
    "持银行卡在某某市多次取款。\n经审理查明的事实、证据与一审相同。\n"
    "本院认为，上诉人钟迅明知是诈骗所得仍帮助取款，其行为已构成诈骗罪。关于上诉人提出{claim}的上诉理由，"
    "经查，现有证据不能证实上诉人参与了骗取30万元的全部事实，{held}上诉理由成立，本院予以采纳；"
    "原判认定上诉人的犯罪数额为30万元不当，{after}。依照《中华人民共和国刑法》第二百六十六条，《中华人民共和国刑事诉讼法》"
    "第二百三十六条第一款第（二）项之规定，判决如下：\n一、撤销某某市某某区人民法院（2019）某0102刑初345号刑事判决。\n"
    "二、上诉人钟迅犯诈骗罪，判处有期徒刑四年，并处罚金人民币二万元。\n本判决为终审判决。\n审判长乙某\n二〇二〇年四月十日\n"
    "书记员丙某\n"
)


@pytest.mark.parametrize(
    ("claim", "held", "after", "expected", "said"),
    [
        ("其犯罪数额应为12万元", "故其只应对12万元承担刑事责任。", "应予纠正", 120000, "只应对"),  # held before
        ("原判认定数额有误", "", "应认定为12万元", 120000, "应认定为"),  # after the correction, in its sentence
        ("其犯罪数额应为12万元", "", "应予纠正", 120000, "数额应为"),  # the appellant's figure the court adopts
        ("原判认定数额有误", "", "应予纠正", 300000, "共计人民币"),  # no other amount named: the facts' total stands
    ],
)
def test_an_appeal_s_corrected_amount_is_the_total(claim: str, held: str, after: str, expected: int, said: str) -> None:
    """An appeal that overturns the first instance's amount (原判认定…数额为30万元不当) for the one it holds (只应对12万元
    承担刑事责任): the total crime amount is that one, its span the words that hold it."""
    from fayan.pipelines.assemble import extract

    text = _APPEAL.format(claim=claim, held=held, after=after)
    j = extract(text)
    assert j.total_crime_amount_yuan == expected
    span = j.span("total_crime_amount_yuan")
    assert span is not None and text[span.start - len(said) : span.end] == f"{said}{expected // 10000}万元"


def test_an_amount_that_opens_the_paragraph_after_an_evidence_list() -> None:
    """The paragraph after an evidence list starts a part of the facts again; an amount at its very start crashed
    the document (its count was looked up against the part's uncounted start)."""
    text = "被告人甲某窃得现金500元。上述事实，有被害人陈述、证人证言等证据证实。\n3000元现金已发还被害人。"
    assert [(a.amount_yuan, a.role) for a in extract_amounts(text, section="facts")] == [
        (Decimal("500"), "stolen"), (Decimal("3000"), "restitution")]


def test_a_threshold_the_reasoning_quotes_is_no_amount_of_the_crime() -> None:
    """…已达到本省盗窃罪“数额较大”的标准（…本省执行的起点为人民币一千元）: the province's threshold is no stolen amount
    (X3 compared it with the 1800元 found)."""
    text = "被告人甲某秘密窃取他人财物，价值人民币1800元，已达到本省盗窃罪“数额较大”的标准（本省执行的起点为人民币一千元）。"
    assert [(a.amount_yuan, a.role) for a in extract_amounts(text, section="reasoning", charge="盗窃罪")] == [
        (Decimal("1800"), "value"), (Decimal("1000"), "other")]


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        # a limit the insurance sets, in the facts and in the court's sharing out of the civil award
        ("另查明，肇事车辆投保了赔偿限额为五十万元的商业第三者责任保险。", "facts", [("500000", "other")]),
        ("交强险死亡伤残赔偿限额人民币180000元，乙某亲属的丧葬费人民币43000元在该限额内全额赔偿，剩余人民币137000元"
         "赔偿乙某之子；财产损失赔偿限额人民币2000元，由丙某获赔。", "reasoning",
         [("180000", "other"), ("43000", "other"), ("137000", "other"), ("2000", "other")]),
        # compensation paid, told beside no limit, stays compensation
        ("案发后，被告人甲某赔偿被害人亲属经济损失人民币30000元。", "facts", [("30000", "compensation")]),
    ],
)
def test_a_limit_an_insurance_or_the_law_sets_is_no_compensation(
    text: str, section: str, expected: list[tuple[str, str]]
) -> None:
    """交强险死亡伤残赔偿限额人民币180000元 is what the insurer pays at most, no sum the facts tell was paid (X3
    compared it with the compensation they tell); nor is what the court shares out within it."""
    found = [(str(a.amount_yuan), a.role) for a in extract_amounts(text, section=section, charge="交通肇事罪")]
    assert found == expected, found


_BROKEN_DOWN = (
    "经审理查明：一、被告人甲某窃得被害人乙某现金人民币2万元。二、被告人甲某窃得被害人丙某电动自行车一辆，"
    "经价格认定，价值人民币1500元。三、被告人甲某窃得被害人丁某手机一部，经价格认定，价值3500元。"
    "{total}合计价值人民币25,000元{details}。被告人甲某到案后如实供述了上述犯罪事实。"
)


@pytest.mark.parametrize("total", ["以上三起", "三起"])
@pytest.mark.parametrize("details", ["，其中现金2万元，物品价值5000元", "，包括现金2万元、物品价值5000元",
                                     "，含现金2万元，物品价值5000元", ""])
def test_a_total_of_the_counts_broken_down_again_is_counted_once(total: str, details: str) -> None:
    """A total of the counts told (以上三起合计2.5万元) that 其中 (包括, 含) then breaks down again (现金2万元，
    物品价值5000元): the breakdown is parts of the total, which restates the counts; the crime amount is the total,
    once."""
    text = _BROKEN_DOWN.format(total=total, details=details)
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("25000")


def test_a_breakdown_of_a_restated_total_ends_with_its_sentence() -> None:
    """A breakdown may name one part only (其中现金2万元); what the next sentence tells (同日又窃得现金800元) is no
    part of it and still counts."""
    text = _BROKEN_DOWN.format(total="以上三起", details="，其中现金2万元")
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("25000")
    text = _BROKEN_DOWN.format(total="以上三起", details="，其中现金2万元。同日又窃得现金800元")
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("25800")


def test_a_total_whose_details_tell_what_was_returned_still_sums_the_counts() -> None:
    """以上两起合计1.2万元，其中已追回并发还被害人的财物价值8000元: the 其中 part is what was returned of the total, no
    count of its own; the total still stands for the counts before it, and is counted once."""
    text = (
        "经审理查明：\n一、被告人钟迅盗走被害人甲某的手机一部，经价格认定，价值人民币5000元。\n"
        "二、被告人钟迅盗走被害人乙某的项链一条，经价格认定，价值人民币7000元。\n"
        "以上两起，被告人钟迅盗窃财物价值合计人民币一万二千元，其中已追回并发还被害人的财物价值人民币八千元。"
    )
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("12000")


def test_a_gross_total_reduced_by_what_was_returned_to_the_net_stated() -> None:
    """骗取两名被害人钱款合计9万元，案发前已退还共计1万元，实际诈骗数额为8万元: the gross total covers the counts
    before it, and the net after it stands for the gross (gross − returned = net)."""
    text = (
        "经审理查明：\n1．被告人钟迅谎称可以帮忙办理入学，收取被害人甲某人民币5万元。\n"
        "2．被告人钟迅以同样手段收取被害人乙某人民币4万元。\n"
        "综上，被告人钟迅先后骗取两名被害人钱款合计人民币9万元，案发前已退还被害人甲某共计人民币1万元，"
        "实际诈骗数额为人民币8万元。"
    )
    assert total_crime_amount(text, charge="诈骗罪") == Decimal("80000")
    # without the 实际 cue the arithmetic alone says the 8万 is the rest of the 9万
    assert total_crime_amount(text.replace("实际诈骗数额为", "诈骗"), charge="诈骗罪") == Decimal("80000")


def test_a_gross_that_sums_the_counts_is_superseded_by_the_net_named_after_it() -> None:
    """综上，…共计向14名集资参与人非法集资人民币1,000,000元，案发前已返还人民币140,000元，集资诈骗数额为人民币860,000元:
    the gross (its 共计 too far before it to make it a total) is the sum of the three counts, so it covers them,
    and the net stands for it; the partial breakdown of count 3 (其中丙某投资7万元…) takes no amount of the
    summing-up as a detail."""
    text = (
        "经审理查明：被告人邵青禾以投资果园项目、承诺高额回报为诱饵，向社会公众非法集资。具体如下：\n"
        "1．集资参与人甲某先后三次向被告人邵青禾投资共计人民币400,000元，邵青禾以“分红”名义向其返还人民币30,000元。\n"
        "2．集资参与人乙某向被告人邵青禾投资人民币十五万元，邵青禾向其返还人民币20,000元。\n"
        "3．被告人邵青禾向丙某、丁某等12名集资参与人集资共计人民币45万元，其中丙某投资7万元，丁某投资5.5万元；"
        "邵青禾向上述人员返还本息共计人民币90,000元。\n"
        "综上，被告人邵青禾共计向14名集资参与人非法集资人民币1,000,000元，案发前已返还人民币140,000元，"
        "集资诈骗数额为人民币860,000元。案发后，被告人邵青禾退赔人民币50,000元。"
    )
    assert total_crime_amount(text, charge="集资诈骗罪") == Decimal("860000")
    # 综上 alone, no total word, tells the gross as the whole as well
    plain = text.replace("共计向14名集资参与人非法集资", "向14名集资参与人非法集资")
    assert total_crime_amount(plain, charge="集资诈骗罪") == Decimal("860000")


def test_the_crime_amount_named_after_a_deduction_is_what_remains() -> None:
    """犯罪数额为, 诈骗数额为 right after money paid back in its sentence name what remains: the net, though the gross
    stands in another paragraph; no list of the money paid back goes on into it; and a 其中 that tells the money
    paid back of a total breaks down no net after it."""
    apart = ("经审理查明：被告人邵青禾以代办落户为由，先后骗取甲某、乙某共计人民币50万元。\n"
             "案发前，被告人邵青禾已归还甲某人民币10万元，诈骗数额为人民币40万元。")
    assert total_crime_amount(apart, charge="诈骗罪") == Decimal("400000")
    named = ("经审理查明：1．被告人邵青禾骗取甲某人民币30万元。2．被告人邵青禾骗取乙某人民币20万元。\n"
             "综上，被告人邵青禾共骗取人民币50万元，案发前已归还人民币10万元，犯罪数额为人民币40万元。")
    assert [a.role for a in extract_amounts(named, charge="诈骗罪")][-1] == "defrauded"
    assert total_crime_amount(named, charge="诈骗罪") == Decimal("400000")
    among = "经审理查明：被告人邵青禾共计骗取人民币102万元，其中案发前已返还人民币17万元，实际骗取人民币85万元。"
    assert total_crime_amount(among, charge="诈骗罪") == Decimal("850000")
    raised = among.replace("骗取人民币102万元", "非法集资人民币102万元").replace("实际骗取", "集资诈骗数额为")
    assert total_crime_amount(raised, charge="集资诈骗罪") == Decimal("850000")
    # each count's own net in one paragraph replaces its own gross, not the count before it
    counts = ("经审理查明：1、被告人邵青禾骗取甲某人民币10万元，案发前已归还人民币2万元，诈骗数额为人民币8万元；2、被告人"
              "邵青禾骗取乙某人民币6万元，案发前已归还人民币1万元，{}人民币5万元。")
    assert total_crime_amount(counts.format("诈骗数额为"), charge="诈骗罪") == Decimal("130000")
    assert total_crime_amount(counts.format("实际骗取"), charge="诈骗罪") == Decimal("130000")


def test_the_amount_after_deducting_is_the_amount_taken() -> None:
    """扣除已交付货物价值，被告人骗取货款计30万元: what remains after the deduction replaces the contract price, the
    prepayment and the goods delivered that its paragraph told before; 从中获取好处费 is a share of it."""
    text = (
        "经审理查明：被告人钟迅以其公司名义与被害单位签订供货合同，合同总价款人民币九十万元。被害单位按约支付"
        "预付款计人民币40万元。被告人钟迅仅交付部分货物，经价格认定，已交付货物价值人民币10万元。扣除已交付货物"
        "价值，被告人钟迅、甲某骗取被害单位货款计人民币30万元。被告人甲某从中获取好处费人民币五千元。"
    )
    assert total_crime_amount(text, charge="合同诈骗罪") == Decimal("300000")


def test_economic_crime_totals_leave_out_parts_and_pay() -> None:
    """A 其中 total inside a total, one defendant's 其中 part and pay, 集资参与人 (no share), 行贿罪's own words, and a
    net told in a later paragraph after what was repaid."""
    bribes = ("经审理查明，1．被告人甲向商户乙索要人民币5000元。2．被告人甲收受丙所送现金人民币3000元。3．被告人甲向丁"
              "索要人民币1.2万元。\n\n综上，被告人甲受贿共计人民币2万元，其中两次索贿共计人民币1.7万元。")
    assert total_crime_amount(bribes, charge="受贿罪") == Decimal("20000")
    deposits = ("经审理查明，被告单位共向200名集资参与人吸收资金人民币800万元；截至案发，已返还本金人民币300万元。其中，"
                "被告人乙负责的团队向60名集资参与人吸收资金人民币210万元，乙从中领取业务提成人民币6万元。")
    assert total_crime_amount(deposits, charge="非法吸收公众存款罪") == Decimal("8000000")
    net = ("经审理查明，被告人甲共向50名集资参与人非法集资人民币300万元，其中：乙人民币100万元，其余49名集资参与人共计人民币"
           "200万元。\n\n被告人甲以“收益”名义返还人民币80万元。扣除已返还的部分，被告人甲实际骗取集资参与人人民币220万元。")
    assert total_crime_amount(net, charge="集资诈骗罪") == Decimal("2200000")
    given = "本院认为，被告人甲为谋取不正当利益，给予国家工作人员财物，数额共计人民币28万元，其行为已构成行贿罪。"
    assert total_crime_amount(given, charge="行贿罪") == Decimal("280000")


def test_the_same_sum_again_in_brackets_is_told_once() -> None:
    """人民币10,000,000元（一千万元）: a bracket that writes the amount before it again, in other numerals, holds no
    more money (人民币5000元（大写：伍仟元） alike)."""
    text = ("经审理查明，被告人甲虚构投资项目，向社会公众非法集资共计人民币3000万元。上述集资款中，甲以返还本金、支付利息"
            "等方式兑付集资参与人共计人民币2,000万元，案发时尚有集资款人民币10,000,000元（一千万元）未归还。")
    assert total_crime_amount(text, charge="集资诈骗罪") == Decimal("10000000")
    found = extract_amounts(text, charge="集资诈骗罪")
    assert [(a.role, a.is_restatement) for a in found[-2:]] == [("deposit", False), ("deposit", True)]
    assert total_crime_amount("被告人甲窃得现金人民币5000元（大写：伍仟元）。", charge="盗窃罪") == Decimal("5000")


def test_a_defendants_share_opening_the_next_paragraph_is_a_part() -> None:
    """其中，被告人乙…吸收资金350万元；被告人丁…吸收资金150万元 opening the paragraph after the whole: each is one
    defendant's part of it, the second too (its clause opens after ；)."""
    text = ("经审理查明，被告人甲以丙公司名义向社会公众吸收资金，经审计，共计向300名集资参与人吸收资金人民币1200万元。"
            "截至案发，已返还本金人民币400万元。\n\n其中，被告人乙及其团队共计向90名集资参与人吸收资金人民币350万元，"
            "乙从中获取提成人民币12万元；被告人丁及其团队共计向40名集资参与人吸收资金人民币150万元，丁从中获取提成人民币"
            "5万元。")
    assert total_crime_amount(text, charge="非法吸收公众存款罪") == Decimal("12000000")
    assert total_crime_amount(text, charge="非法吸收公众存款罪", names=["甲", "乙", "丁"]) == Decimal("12000000")


def test_a_defendants_part_of_the_amount_of_the_unit_he_acted_in_is_no_more_money() -> None:
    """经审计，该公司共向…吸收资金1460万元。被告人乙担任该公司出纳，经手吸收资金1460万元。被告人丙、丁作为该公司业务员，
    分别招揽投资人吸收资金138万元、96万元: each defendant's part of the company's business, no more money, with no
    其中; told as another act (另以个人名义…), it is more; a unit named as the means of one defendant's act (以乙公司名义)
    tells no amount of the unit."""
    text = ("经审理查明：被告人鲁建平系某投资咨询有限公司实际控制人。经审计，该公司共向210名投资人吸收资金人民币1460万元，"
            "已兑付本息人民币520万元。\n被告人韩佩玲担任该公司出纳，经手吸收资金人民币1460万元。被告人韦思远、卓晓丹作为该公司"
            "业务员，分别招揽投资人吸收资金人民币138万元、96万元，分别领取提成人民币5.5万元、3.8万元。")
    charge = "非法吸收公众存款罪"
    assert total_crime_amount(text, charge=charge) == Decimal("14600000")
    another = text.replace("分别招揽投资人吸收资金", "另以个人名义分别吸收资金")
    assert total_crime_amount(another, charge=charge) == Decimal("16940000")
    means = "经审理查明，被告人鲁建平以某贸易公司名义骗取被害人人民币10万元。被告人韦思远作为该公司员工，骗取被害人人民币5万元。"
    assert total_crime_amount(means, charge="诈骗罪") == Decimal("150000")


def test_what_is_left_after_a_later_repayment_is_no_more_money() -> None:
    """另查明，…归还人民币2万元；尚欠透支本金人民币30,500.50元: what is left of the principal the facts counted, once
    paid back in part, tells that principal again."""
    text = ("经审理查明，截至立案时，被告人甲尚欠乙银行透支本金人民币30,500.50元、欠丙银行透支本金人民币20,000元，"
            "透支本金共计人民币50,500.50元。\n另查明，被告人甲的亲属代其向乙银行归还人民币10,000元、向丙银行归还人民币"
            "8,000元；尚欠乙银行透支本金人民币20,500.50元、丙银行透支本金人民币12,000元。")
    assert total_crime_amount(text, charge="信用卡诈骗罪") == Decimal("50500.50")
    assert [a.is_restatement for a in extract_amounts(text, charge="信用卡诈骗罪")][-2:] == [True, True]


def test_cash_out_over_a_pos_terminal_is_an_illegal_business() -> None:
    """为持卡人套现金额共计…元 is a 非法经营's business amount (no money stolen, no profit); a thief's 套现 stays stolen."""
    text = ("经审理查明，被告人甲使用POS机以虚构交易的方式为信用卡持卡人直接支付现金，共计为持卡人套现金额人民币"
            "3,500,000元，收取手续费人民币52,500元，扣除支付给收单机构的手续费后，非法获利人民币31,000元。")
    assert total_crime_amount(text, charge="非法经营罪") == Decimal("3500000")
    assert extract_amounts(text, charge="非法经营罪")[0].role == "illegal_business"
    assert extract_amounts("被告人甲用乙的信用卡套现人民币8000元。", charge="盗窃罪")[0].role == "stolen"


@pytest.mark.parametrize(("text", "want"), [
    ("本院酌定由被告人甲承担百分之六十的赔偿责任，即人民币四万八千元，扣除已支付的人民币二万元，被告人甲尚应赔偿人民币二万"
     "八千元。", ["other", "transfer", "other"]),
    ("被告人甲应赔偿附带民事诉讼原告人乙经济损失人民币12000元。", ["other"]),
    # what was paid stays compensation
    ("被告人甲已赔偿被害人乙经济损失人民币9000元，可酌情从轻处罚。", ["compensation"]),
])
def test_a_civil_award_the_reasoning_decides_is_no_compensation_paid(text: str, want: list[str]) -> None:
    """附带民事: the court's own award (酌定…承担…的赔偿责任，即…元; 尚应赔偿…元) is owed, not paid."""
    assert [a.role for a in extract_amounts(text, section="reasoning")] == want



@pytest.mark.parametrize(("text", "charge", "expected"), [
    # a demand under a threat, a lower sum agreed, then paid: the sum paid, once
    ("经审理查明：被告人甲某多次向被害人乙某发送短信，声称若乙某不支付人民币十万元，即将其隐私公之于众。经讨价还价，"
     "乙某同意支付人民币六万元。次日，乙某向甲某转账人民币六万元。", "敲诈勒索罪", "60000"),
    # 要求…支付 a sum, a lower one paid
    ("经审理查明，被告人甲某以散布乙某隐私相威胁，要求乙某支付3万元。乙某被迫向甲某转账1.5万元。", "敲诈勒索罪", "15000"),
    # the sum a fraud asks for and the same sum paid: one payment
    ("经审理查明，被告人甲某谎称可代办贷款，要求被害人乙某缴纳保证金8000元，乙某遂向甲某转账8000元。", "诈骗罪", "8000"),
])
def test_a_sum_asked_for_and_answered_by_a_payment_counts_once(text: str, charge: str, expected: str) -> None:
    """若乙不支付10万元即…, 要求乙支付3万元, 乙同意支付6万元: a sum asked for or promised, which the payment told
    after it answers (no larger), is no money taken beside that payment."""
    assert total_crime_amount(text, charge=charge) == Decimal(expected)


def test_a_sum_asked_for_that_no_payment_answers_still_counts() -> None:
    """A demand nothing answers (未遂), a second payment told as another act (又), a list of sums asked for and a
    payment made as asked (按要求) are no sums a later payment stands for."""
    threat = "经审理查明，被告人甲某声称若乙某不支付人民币5万元，即将其打伤。经讨价还价，乙某同意支付人民币3万元。"
    assert total_crime_amount(threat, charge="敲诈勒索罪") == Decimal("30000")
    assert total_crime_amount(threat.split("经讨价")[0] + "乙某随即报警。", charge="敲诈勒索罪") == Decimal("50000")
    again = ("经审理查明，被告人甲某虚构出售车辆，要求被害人乙某交纳订金3000元，后又以过户为由，又让乙某向其转款1000元。")
    assert total_crime_amount(again, charge="诈骗罪") == Decimal("4000")
    listed = "经审理查明，被告人甲某谎称可代办贷款，要求被害人乙某缴纳保证金3000元、手续费1000元。"
    assert total_crime_amount(listed, charge="诈骗罪") == Decimal("4000")
    as_asked = "经审理查明，被告人甲某冒充客服，被害人乙某按甲某要求支付6000元，后向甲某转账2000元。"
    assert total_crime_amount(as_asked, charge="诈骗罪") == Decimal("8000")


def test_a_part_split_from_money_just_told_is_inside_it() -> None:
    """将其中5万元转给丙，余款3万元归其所有: the portion and the rest are parts of the 8万元 told before; a part taken as
    the crime itself from money that was no crime amount (职务侵占: 收取货款…将其中6万元据为己有) still counts."""
    split = ("经审理查明，被告人甲某骗取被害人乙某人民币8万元。当日，甲某将其中5万元转给被告人丙某，余款3万元归其个人所有。")
    assert total_crime_amount(split, charge="诈骗罪") == Decimal("80000")
    passed_on = "经审理查明，被告人甲某以揭发乙某隐私相威胁，乙某被迫向甲某转账人民币4万元。甲某将其中1万元转给丁某。"
    assert total_crime_amount(passed_on, charge="敲诈勒索罪") == Decimal("40000")
    kept = "经审理查明，被告人甲某利用职务便利，收取客户货款人民币10万元，将其中6万元据为己有。"
    assert total_crime_amount(kept, charge="职务侵占罪") == Decimal("60000")


# four thefts, each in a line of its own, and a sentence that sums them up
_FOUR_THEFTS = (
    "经审理查明：\n1.2021年3月2日，被告人韩立群在某小区窃得被害人乙某的电动自行车一辆。经认定，价值人民币1860元。\n"
    "2.2021年3月9日，被告人韩立群在某餐馆窃得被害人丙某的手机一部。经认定，价值人民币2150元。\n"
    "3.2021年4月1日，被告人韩立群在某车棚窃得被害人丁某的电动自行车一辆{third}。\n"
    "4.2021年4月20日，被告人韩立群在某咖啡馆窃得被害人戊某的笔记本电脑一台。经认定，价值人民币3260元。\n"
)
_VALUED = "。经认定，价值人民币1480元"


@pytest.mark.parametrize("recap", [
    "以上被告人韩立群共计盗窃四次，窃得财物价值人民币8750元。",
    "上述被告人韩立群共盗窃4次，窃得财物价值人民币8750元。",
    "以上四起盗窃，合计窃得被害人乙某、丙某、丁某、戊某的财物价值人民币8750元。",
], ids=["yishang-gongji", "shangshu-gong", "yishang-heji-far"])
def test_a_sentence_that_counts_the_acts_just_told_states_their_total(recap: str) -> None:
    """以上被告人甲共计盗窃四次，窃得财物价值人民币8750元: the 共计 is the count's, yet the amount after it is the total
    of the four acts, not a fifth."""
    text = _FOUR_THEFTS.format(third=_VALUED) + recap
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("8750")
    assert extract_amounts(text)[-1].is_total


def test_a_recap_covers_the_acts_before_it_that_add_up_to_no_more() -> None:
    """The recap stands for the acts it sums up where one of them has no value stated (the three values add up
    to less), or where it is approximate (8700余元 of acts that add up to 8750元 is their sum)."""
    unvalued = _FOUR_THEFTS.format(third="（未作价格认定）")
    recap = "以上被告人韩立群共计盗窃四次，窃得财物价值人民币{amount}。"
    assert total_crime_amount(unvalued + recap.format(amount="8750元"), charge="盗窃罪") == Decimal("8750")
    approximate = _FOUR_THEFTS.format(third=_VALUED) + recap.format(amount="8700余元")
    assert total_crime_amount(approximate, charge="盗窃罪") == Decimal("8750")


def test_recaps_of_two_runs_of_acts_each_cover_their_own() -> None:
    """以上…共计盗窃两次 after each of two runs of acts: the second covers the acts after the first recap only (one
    value unstated), and a recap of all after them is the sum of the two."""
    text = (
        "经审理查明：\n1.被告人韩立群窃得被害人乙某现金500元。\n2.被告人韩立群窃得被害人丙某手机一部，价值300元。\n"
        "以上被告人韩立群共计盗窃两次，窃得财物价值人民币800元。\n3.被告人韩立群窃得被害人丁某现金200元。\n"
        "4.被告人韩立群窃得被害人戊某自行车一辆（未作价格认定）。\n以上被告人韩立群共计盗窃两次，窃得财物价值人民币{second}元。\n"
    )
    assert total_crime_amount(text.format(second="300"), charge="盗窃罪") == Decimal("1100")
    assert total_crime_amount(text.format(second="1500"), charge="盗窃罪") == Decimal("2300")
    grand = text.format(second="300") + "综上，被告人韩立群共计盗窃四次，窃得财物价值人民币1100元。"
    assert total_crime_amount(grand, charge="盗窃罪") == Decimal("1100")
    again = text.format(second="300") + "以上被告人韩立群共计盗窃四次，窃得财物价值人民币1100元。"
    assert total_crime_amount(again, charge="盗窃罪") == Decimal("1100")


def test_a_count_with_a_total_word_sums_up_only_the_amounts_it_equals() -> None:
    """被告人甲共计盗窃四次，…8750元 with no 以上 is the total of the acts before it where it is their sum; where
    it is not, it is an act of its own, and so is one told as further acts (又先后盗窃两次，窃得…500元), whatever
    it comes to."""
    counted = "被告人韩立群共计盗窃四次，窃得财物价值人民币8750元。"
    assert total_crime_amount(_FOUR_THEFTS.format(third=_VALUED) + counted, charge="盗窃罪") == Decimal("8750")
    unvalued = _FOUR_THEFTS.format(third="（未作价格认定）") + counted
    assert total_crime_amount(unvalued, charge="盗窃罪") == Decimal("16020")
    further = ("经审理查明：\n1.被告人韩立群窃得被害人乙某现金200元。\n2.被告人韩立群窃得被害人丙某现金300元。\n"
               "此后，被告人韩立群又先后盗窃两次，窃得财物价值人民币500元。")
    assert total_crime_amount(further, charge="盗窃罪") == Decimal("1000")
    assert not extract_amounts(further)[-1].is_total


@pytest.mark.parametrize(("text", "charge", "roles", "expected"), [
    # 行贿: the money given, told at a distance from 给予…财物 (送予), and a transfer to the bribe-taker's account
    ("经审理查明，2017年3月至2018年6月，被告人柯远航为在工程结算方面谋取不正当利益，先后五次给予时任某县水务局局长邝立群"
     "财物，其中送予现金人民币26万元，通过银行转账向邝立群指定的账户支付人民币15万元，共计人民币41万元。", "行贿罪",
     ["bribe", "bribe", "bribe"], "410000"),
    # 单位行贿: the unit's money, taken out of its accounts (提取) and given
    ("经审理查明，被告单位某建材公司为承揽工程，经被告人宁振华决定，由被告人游佩玲从公司账外资金中提取现金，先后四次送给"
     "时任某镇镇长闵德才现金共计人民币58万元。", "单位行贿罪", ["bribe"], "580000"),
    ("经审理查明，被告人祝海林为使其公司成为某电器公司的合格供应商，先后三次送给该公司采购部经理殷立平现金共计人民币12万元。",
     "对非国家工作人员行贿罪", ["bribe"], "120000"),
    # the taker's side: cash and a transfer received, a kickback, money demanded
    ("经审理查明，被告人童思远利用担任某物流公司采购经理的职务便利，先后收受供应商庞建业所送现金及微信转账共计人民币6万元；"
     "收取供应商骆佳所给予的回扣人民币3万元；向供应商费立新索要人民币2万元。", "非国家工作人员受贿罪",
     ["bribe", "bribe", "bribe"], "110000"),
    # a payment told by itself (工程款) is no bribe; the bribe after it is
    ("经审理查明，2019年6月，某公司向该局支付工程款300万元后，被告人岑立伟送给该局局长乐振东现金10万元。", "行贿罪",
     ["transfer", "bribe"], "100000"),
    # the previous sentence's giving does not make a later fine a bribe
    ("经审理查明，2018年3月，被告人甲送给乙现金5万元。同年5月，区安监局对甲的公司处以20万元罚款。", "行贿罪",
     ["bribe", "fine"], "50000"),
], ids=["行贿", "单位行贿", "对非国家工作人员行贿", "非国家工作人员受贿", "工程款", "罚款"])
def test_bribery_words_count_the_bribe(text: str, charge: str, roles: list[str], expected: str) -> None:
    """A bribery's giving (送给, 送予, 给予), a transfer its sentence tells as the way the bribe was paid, a
    kickback (回扣) and a 受贿's money demanded (索贿) are the bribe, so that its amount reaches the bracket
    (行贿: 3万 入罪, 100万 情节严重)."""
    assert [a.role for a in extract_amounts(text, charge=charge)] == roles
    assert total_crime_amount(text, charge=charge) == Decimal(expected)


def test_bribery_words_leave_other_crimes_alone() -> None:
    """送给 and 索要 are cues of the bribery charges alone: a thief who gives the money away keeps it stolen, an
    extortioner's demand stays extortion, and a text read without a charge is read as before."""
    theft = "经审理查明，被告人甲在乙家中盗窃现金，后送给其女友丙人民币2000元。"
    assert [a.role for a in extract_amounts(theft, charge="盗窃罪")] == ["stolen"]
    assert [a.role for a in extract_amounts(theft)] == ["stolen"]
    assert total_crime_amount(theft, charge="盗窃罪") == Decimal("2000")
    assert [a.role for a in extract_amounts(theft, charge="行贿罪")] == ["bribe"]  # the same words of a bribe
    demand = "经审理查明，被告人甲以散布乙的隐私相威胁，向乙索要人民币2万元。"
    assert [a.role for a in extract_amounts(demand, charge="敲诈勒索罪")] == ["extorted"]
    assert [a.role for a in extract_amounts(demand, charge="受贿罪")] == ["bribe"]
    # a laundering's transfer after 收受 stays a transfer: a bribery's row alone names it a means of its act
    mule = "经审理查明，被告人甲收受乙的银行卡后，通过网上银行转账5万元。"
    assert [a.role for a in extract_amounts(mule, charge="掩饰、隐瞒犯罪所得罪")] == ["transfer"]


def test_list_items_take_the_act_of_their_heading() -> None:
    """Items of a list opened by a sentence that tells the act (给予乙财物，具体如下：) take that act: a transfer
    or a payment an item tells is the bribe; an item's one amount with its own 共计 (面值共计3万元的购物卡) sums
    no other item; and 以上共计… closing the list is their total, with their role."""
    given = ("经审理查明：2016年至2020年，被告人鲁锦程为在工程验收中获得关照，先后五次给予时任某区水务局副局长"
             "闻仲秋财物，具体如下：\n\n1．2016年春节前，送给其现金人民币4万元；\n\n"
             "2．2017年5月，以“借款”名义向闻仲秋转账人民币8万元，此后未要求归还；\n\n"
             "3．2018年中秋节前，送给闻仲秋面值共计人民币2万元的购物卡；\n\n"
             "4．2019年9月，为闻仲秋支付其住房装修款人民币12.5万元；\n\n"
             "5．2020年春节前，送给其现金人民币4万元。\n\n以上共计人民币30.5万元。")
    found = extract_amounts(given, charge="行贿罪")
    assert [a.role for a in found] == ["bribe"] * 6
    assert [a.is_total for a in found] == [False] * 5 + [True]
    assert total_crime_amount(given, charge="行贿罪") == Decimal("305000")
    # one after another in a paragraph (分述如下：1、…；2、…。上述共计…)
    inline = ("经审理查明，被告人甲先后三次给予乙财物，分述如下：1、送给乙现金3万元；2、通过微信向乙转账2万元；"
              "3、为乙支付购车款6万元。上述共计人民币11万元。")
    assert total_crime_amount(inline, charge="行贿罪") == Decimal("110000")
    # a payment told without such a heading stays none of the bribe
    alone = "经审理查明：\n1．被告人甲送给乙现金3万元。\n2．某公司向该局支付工程款300万元。"
    assert total_crime_amount(alone, charge="行贿罪") == Decimal("30000")
    # a theft's item whose one value is a 共计 of its things is no total of the item before it
    theft = ("经审理查明，被告人甲先后两次盗窃，具体如下：\n1．盗窃乙现金人民币2000元；\n"
             "2．盗窃丙手机两部，价值共计人民币2000元。")
    assert total_crime_amount(theft, charge="盗窃罪") == Decimal("4000")


def test_bad_charge_scope_or_means_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scoped cue twice with one scope, and a means the charge also counts, are errors of their line."""
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    cues = copy / "amount_role_cues.tsv"
    original = cues.read_text(encoding="utf-8")
    lines = original.splitlines() + ["送给\tother\tbefore\tnormal\t贿"]
    cues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"amount_role_cues.tsv:{len(lines)}: '送给' is listed twice"):
        extract_amounts("被告人甲送给乙现金5万元。", charge="行贿罪")
    cues.write_text(original, encoding="utf-8")
    roles = copy / "amount_charge_roles.tsv"
    lines = roles.read_text(encoding="utf-8").splitlines() + ["介绍贿赂\tbribe\tbribe"]
    roles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"amount_charge_roles.tsv:{len(lines)}: means must be"):
        total_crime_amount("被告人甲送给乙现金5万元。", charge="行贿罪")


def test_goods_partly_paid_for_by_the_defendants_leave_the_net_they_sum_up_to() -> None:
    """A contract fraud of goods partly paid for: what the defendant paid the victim (甲向被害单位支付货款…; 案发前
    已支付货款共计…) is deducted, no money the victim moved; the recap of the gross still sums the counts though its
    其中 parts the net among the defendants, and a defendant who took part in every count has the whole as his
    share."""
    text = (
        "经审理查明：\n"
        "一、2021年6月，被告人甲某、乙某冒用某商贸公司名义，与被害单位某钢材公司签订购销合同，骗得螺纹钢一批，"
        "价值人民币40000元。为拖延催讨，甲某于同年7月向被害单位支付货款共计18000元。扣除案发前已支付的货款，"
        "二被告人实际骗取被害单位财物价值22000元。\n"
        "二、2021年8月，被告人甲某以同样方式骗得丙某交付的建材，价值人民币12000元。案发前，甲某向丙某支付货款"
        "5000元，余款7000元未付。\n"
        "上述两起，二被告人骗取的货物价值共计人民币52000元，案发前已支付货款共计23000元，实际骗取数额共计29000元。"
        "其中，被告人甲某参与两起，实际骗取29000元；被告人乙某参与第一起，实际骗取22000元。\n"
    )
    roles = {a.amount_yuan: a.role for a in extract_amounts(text, charge="合同诈骗罪", names=["甲某", "乙某"])}
    assert roles[Decimal("18000")] == roles[Decimal("5000")] == roles[Decimal("23000")] == "restitution"
    assert total_crime_amount(text, charge="合同诈骗罪", names=["甲某", "乙某"]) == Decimal("29000")
    # a price a defendant paid for something (向丙某支付人民币300元购买…) is no money paid back
    found = extract_amounts("被告人甲某经丙某介绍，向丙某支付人民币300元购买了一个会员名额。", names=["甲某"])
    assert [a.role for a in found] == ["transfer"]
    # only a defendant paying another: 被害人乙某向被告人甲某支付货款, 甲某让乙某向丙某转账 are the victim's money moved
    for text in ("经审理查明：被告人甲某谎称有货可供，被害人乙某向被告人甲某支付货款人民币30000元。",
                 "经审理查明：被告人甲某谎称可代办贷款，让被害人乙某向丙某转账人民币30000元。",
                 "经审理查明：被告人甲某谎称有货可供，骗得乙某向其支付货款人民币30000元。"):
        found = extract_amounts(text, charge="合同诈骗罪", names=["甲某"])
        assert [a.role for a in found] == ["transfer"], text
        assert total_crime_amount(text, charge="合同诈骗罪", names=["甲某"]) == Decimal("30000")


def test_a_return_of_money_named_by_the_act_that_took_it_is_restitution() -> None:
    """归还剩余挪用资金人民币15万元, 归还信用卡透支本金人民币2万元: the money paid back, though the act's name of it
    (挪用, 透支本金) stands nearer the amount than the return verb; a return that is the act's purpose (为归还赌债挪用
    公款…) or its time (归还手机时窃取…) leaves the act its amount."""
    misused = ("经审理查明：被告人甲某利用担任乙公司出纳的职务便利，分两次挪用公司资金共计人民币20万元用于炒股。2023年5月，"
               "甲某向乙公司归还人民币5万元。\n另查明，甲某的亲属代其向乙公司归还剩余挪用资金人民币15万元。")
    assert [a.role for a in extract_amounts(misused, charge="挪用资金罪")] == [
        "embezzled", "restitution", "restitution"]
    assert total_crime_amount(misused, charge="挪用资金罪") == Decimal("200000")
    card = ("经审理查明：截至案发，被告人甲某恶意透支本金共计人民币6万元。\n另查明，审理期间，甲某的亲属代其向丙银行股份"
            "有限公司归还信用卡透支本金人民币2万元。")
    assert [a.role for a in extract_amounts(card, charge="信用卡诈骗罪")] == ["defrauded", "restitution"]
    assert total_crime_amount(card, charge="信用卡诈骗罪") == Decimal("60000")
    purpose = "经审理查明：被告人甲某为归还赌债挪用公款人民币5万元。"
    assert [a.role for a in extract_amounts(purpose, charge="挪用公款罪")] == ["embezzled"]
    # nor is an act the return only dates
    theft = "经审理查明：被告人甲某向乙某归还手机时窃取乙某现金人民币800元。"
    assert [a.role for a in extract_amounts(theft, charge="盗窃罪")] == ["stolen"]


def test_a_fund_raiser_s_paying_investors_back_is_no_money_raised() -> None:
    """兑付本息共计…, 其中兑付本金…: money the fund-raiser paid back to investors, neither money raised nor, with what
    is still unpaid (尚有本金…未兑付), added to the amount raised."""
    text = ("经审理查明：被告人甲某以乙公司名义，承诺高额回报，向社会公众吸收资金共计人民币400万元。\n截至案发，乙公司已向"
            "集资参与人兑付本息共计人民币120万元，其中兑付本金人民币100万元、利息人民币20万元，尚有本金人民币300万元"
            "未兑付。")
    assert [a.role for a in extract_amounts(text, charge="非法吸收公众存款罪")] == [
        "deposit", "restitution", "restitution", "other", "loss"]
    assert total_crime_amount(text, charge="非法吸收公众存款罪") == Decimal("4000000")


@pytest.mark.parametrize(("text", "charge", "roles"), [
    # what a loan's borrower did not pay back is the bank's loss
    ("贷款到期后，被告人甲某归还本金人民币50万元，剩余本金人民币30万元至案发时仍未归还，给银行造成损失人民币30万元。",
     "骗取贷款罪", ["restitution", "loss", "loss"]),
    ("案发后，赃款人民币800元未追回，其他被盗物品均已发还被害人。", "盗窃罪", ["loss"]),
    ("被告人甲某至今未赔偿被害人乙某经济损失人民币5000元。", "故意毁坏财物罪", ["loss"]),
    ("经乙某多次催要，被告人甲某仍拒不退还乙某人民币2万元。", "侵占罪", ["loss"]),
    # the principal of a card not paid back is the amount overdrawn, not money paid back
    ("经发卡银行多次催收，被告人甲某尚未归还透支本金人民币3万元。", "信用卡诈骗罪", ["defrauded"]),
])
def test_a_return_not_made_is_no_restitution(text: str, charge: str, roles: list[str]) -> None:
    """仍未归还, 未追回, 未赔偿, 拒不退还: a return or a compensation told as not made is money still lost."""
    assert [a.role for a in extract_amounts(text, charge=charge)] == roles


def test_items_of_a_numbered_evidence_list_whatever_paper_they_name_are_no_facts() -> None:
    """The evidence list goes on through its numbered items (2．房屋租赁合同，证实… after 1．受案登记表，证实…) and
    a heading of its kinds (二、被害人陈述), though neither names a kind of evidence in its first words: a rent, a
    house price and a loan they tell are no money taken. A count of facts after a list that ends its own
    paragraph (1、…。上述事实，有…证实。 then 2、…) is a fact again."""
    text = (
        "经审理查明：2021年9月，被告人甲某骗得被害人乙某人民币30000元、56000元，共计人民币86000元。\n"
        "上述事实，有下列证据证实：\n一、书证\n1．受案登记表，证实乙某于2023年1月9日报案。\n"
        "2．房屋租赁合同，证实乙某租住某小区房屋，年租金人民币48000元。\n"
        "3．购房合同及贷款合同，证实乙某购得住房一套，总价人民币1800000元，贷款人民币1200000元。\n"
        "二、被害人陈述\n乙某称其被骗8.6万元，另借给丙某人民币20000元。\n"
    )
    assert total_crime_amount(text, charge="诈骗罪") == Decimal("86000")
    counts = (
        "经审理查明：\n1、2021年5月，被告人甲某骗取乙某人民币3000元。上述事实，有乙某的陈述等证据证实。\n"
        "2、2021年6月，被告人甲某骗取丙某人民币5000元。\n"
    )
    assert total_crime_amount(counts, charge="诈骗罪") == Decimal("8000")


def test_a_summing_up_s_total_word_may_stand_far_before_its_amount() -> None:
    """综上，某公司共计向213名集资参与人吸收资金人民币…元: the 共计 is the whole summing-up's, though many words stand
    between it and the amount; the total is told once, not added to the counts it sums up."""
    text = (
        "经审理查明：1．2021年，被告人甲某以某公司名义吸收丙某等30名集资参与人资金人民币420000元。\n"
        "2．2022年，被告人甲某吸收丁某等25名集资参与人资金人民币380000元。\n"
        "综上，某公司共计向55名集资参与人吸收资金人民币800000元，被告人甲某从中获取提成人民币16000元。"
    )
    assert [a.is_total for a in extract_amounts(text, charge="非法吸收公众存款罪")] == [False, False, True, False]
    assert total_crime_amount(text, charge="非法吸收公众存款罪") == Decimal("800000")


@pytest.mark.parametrize("rate", ["日工资180元", "月薪人民币6000元", "每转出人民币1万元获取报酬人民币100元"])
def test_a_wage_or_a_pay_told_by_its_period_or_per_sum_moved_is_a_rate(rate: str) -> None:
    """日工资180元, 月薪6000元, 每转出人民币1万元: rates, per day or per sum, no money taken nor moved."""
    text = f"经审理查明：被告人甲某在某快递站做分拣工，{rate}。其间，甲某先后两次窃得现金人民币3000元、5000元。"
    found = extract_amounts(text, charge="盗窃罪")
    assert found[0].is_per_unit
    assert total_crime_amount(text, charge="盗窃罪") == Decimal("8000")


def test_a_recap_of_sums_counted_in_transactions_covers_them() -> None:
    """以上四笔，被告人甲某共计贪污公款人民币…元: a recap of the sums (笔) told before it, whatever role one of them
    took (the third's 支付 is the pretext, no money paid); the items are not counted again beside it."""
    text = (
        "经审理查明：\n1.2017年4月，被告人甲某套取补贴资金人民币68000元，据为己有。\n"
        "2.2018年8月，被告人甲某套取培训经费人民币42500元，据为己有。\n"
        "3.2019年6月，被告人甲某以支付验收费为名，使用空壳公司开具发票，套取项目资金人民币95300元，据为己有。\n"
        "4.2020年10月，被告人甲某虚报差旅费，套取资金人民币57200元，据为己有。\n"
        "以上四笔，被告人甲某共计贪污公款人民币263000元。"
    )
    assert total_crime_amount(text, charge="贪污罪") == Decimal("263000")


def test_a_summing_up_net_total_covers_counts_told_paragraph_by_paragraph() -> None:
    """综上，…合同货款共计…，已支付及归还共计…，实际骗取财物价值共计…: the net total of a summing-up stands for every
    count before it, not only those of its paragraph; what the defendant did with the money after it (充值,
    偿还借款) is no more money taken."""
    text = (
        "经审理查明：\n（一）2021年5月，被告人甲某与乙公司签订购销合同，货款人民币126400元，支付定金人民币20000元。"
        "经核算，扣除已支付的人民币20000元，甲某骗取乙公司财物价值人民币106400元。\n"
        "（二）2021年9月，被告人甲某与丙公司签订购销合同，货款人民币97600元，收货后未支付任何货款。"
        "甲某骗取丙公司财物价值人民币97600元。\n"
        "综上，被告人甲某签订合同两份，合同货款共计人民币224000元，已支付共计人民币20000元，实际骗取财物价值共计人民币"
        "204000元。经审计，上述期间甲某向网络赌博平台充值的资金达人民币146000元，向其个人债权人偿还借款人民币98000元。"
    )
    assert total_crime_amount(text, charge="合同诈骗罪") == Decimal("204000")


def test_what_a_summing_up_s_part_tells_after_its_total_is_no_more_money() -> None:
    """综上，被告人甲某共计转移犯罪所得资金…，金额共计人民币1265650元: the court's own figure of the money he moved; the
    victims' money told after it (转入…的款项共计人民币1289250元，其中1265650元已…转出；另有23600元…未能转出) is
    that money again and what was stopped of it. A further act told after the summing-up (又) still counts."""
    text = (
        "经审理查明：被告人甲某明知是他人诈骗所得的资金，仍提供银行卡接收，每转出人民币1万元获取报酬人民币100元。"
        "甲某经农业银行卡转出十五笔，共计人民币692250元；经建设银行卡转出十五笔，共计人民币573400元。"
        "综上，被告人甲某共计转移犯罪所得资金三十笔，金额共计人民币1265650元，从中获取报酬人民币12600元。\n"
        "经查，上述资金系被害人乙某等21人被他人诈骗后转入的款项。上述期间，上述被害人转入甲某两张银行卡的款项共计人民币"
        "1289250元，其中人民币1265650元已由甲某按上家指令转出；另有人民币23600元因账户被止付而未能转出，已发还被害人。"
    )
    charge = "掩饰、隐瞒犯罪所得罪"
    assert total_crime_amount(text, charge=charge) == Decimal("1265650")
    further = ("经审理查明：1、被告人甲某窃得乙某现金人民币3000元。2、被告人甲某窃得丙某现金人民币5000元。"
               "综上，被告人甲某共计盗窃两次，窃得现金共计人民币8000元。案发前，甲某又窃得丁某现金人民币600元。")
    assert total_crime_amount(further, charge="盗窃罪") == Decimal("8600")


def test_an_attempt_s_sum_is_not_added_to_the_money_taken() -> None:
    """综上，被告人甲某诈骗既遂三起，骗得钱款共计人民币…，另诈骗未遂一起，数额人民币20000元；被告人乙某…另诈骗未遂
    一起，数额人民币20000元: the attempt's sum is told apart and never added to the money taken (诈骗解释 第六条); an
    attempt alone still counts."""
    text = (
        "经审理查明：\n1.骗取被害人丙某人民币38600元；\n2.骗取被害人丁某人民币12000元；\n"
        "3.被害人戊某按指令欲向乙某提供的账户转账人民币20000元，因银行工作人员劝阻而未转出，此起系犯罪未遂；\n"
        "4.骗取被害人己某人民币3800元。\n"
        "综上，被告人甲某诈骗既遂三起，骗得钱款共计人民币54400元，另诈骗未遂一起，数额人民币20000元；被告人乙某诈骗既遂"
        "一起，骗得钱款共计人民币3800元，另诈骗未遂一起，数额人民币20000元。"
    )
    assert total_crime_amount(text, charge="诈骗罪", names=["甲某", "乙某"]) == Decimal("54400")
    alone = "经审理查明：被告人甲某冒充客服欲骗取被害人乙某人民币20000元，因乙某察觉而未得逞，系犯罪未遂。"
    assert total_crime_amount(alone, charge="诈骗罪") == Decimal("20000")


def test_a_defendant_s_share_told_again_is_no_more_money() -> None:
    """其中：被告人乙某参与诈骗数额为…；… then, where the court weighs each one's part, 乙某参与数额为…: the same
    share again, not a detail of the gang's total to be added where the counts told do not reach it."""
    text = (
        "经审理查明：经查，该团伙共骗得丙某、丁某等40名被害人钱款共计人民币500000元。其中：被告人乙某参与诈骗数额为"
        "人民币300000元；被告人戊某参与诈骗数额为人民币200000元。具体为：\n"
        "1. 被害人丙某被诱骗，分十次转账共计人民币86000元。\n2. 被害人丁某被诱骗转账人民币152000元。\n"
        "其余被害人被骗的具体时间、金额，详见被害人被骗情况统计表。\n"
        "关于各被告人诈骗数额的认定，经查，被告人甲某应对团伙骗取的全部数额负责，乙某参与数额为人民币300000元，"
        "戊某参与数额为人民币200000元。"
    )
    assert total_crime_amount(text, charge="诈骗罪", names=["甲某", "乙某", "戊某"]) == Decimal("500000")


def test_selling_goods_with_a_counterfeit_trademark_counts_its_sales() -> None:
    """销售假冒注册商标的商品罪: the 销售金额 is its amount (知识产权解释 第二条); 假冒注册商标罪's 非法经营数额 holds
    the value of the goods not yet sold (第十二条), which its total covers."""
    text = "本院认为，被告人甲某销售明知是假冒注册商标的商品，销售金额人民币186420元，数额较大。"
    assert counted_roles("销售假冒注册商标的商品罪") == frozenset({"illegal_business", "value"})
    assert total_crime_amount(text, charge="销售假冒注册商标的商品罪") == Decimal("186420")
    made = ("经审理查明：一、被告人甲某未经注册商标所有人许可，灌装生产假冒某牌机油，并销售给被告人乙某等人，销售金额共计人民币"
            "14.3万元。公安机关在上述厂房内查获尚未销售的假冒某牌机油1460升，按照实际销售平均价格计算，价值人民币7.3万元。"
            "被告人甲某假冒注册商标的非法经营数额共计人民币21.6万元。\n二、被告人乙某明知是假冒注册商标的机油，仍从被告人甲某"
            "处购进并对外销售，销售金额共计人民币12.4万元。")
    total = total_crime_amount(made, charge="假冒注册商标罪", names=["甲某", "乙某"], without=["乙某"])
    assert total == Decimal("216000")


def test_an_amount_of_a_sentence_naming_no_one_is_of_the_last_defendant_named_as_actor() -> None:
    """…并销售给被告人乙某等人，…。公安机关在上述厂房内查获尚未销售的机油…，价值人民币7.3万元: the sentence names no
    defendant, and the one named last before it is a buyer, an object (给): the goods are the maker's, 甲某's."""
    text = ("经审理查明：被告人甲某灌装生产假冒某牌机油，并销售给被告人乙某等人，销售金额共计人民币14.3万元。"
            "公安机关在上述厂房内查获尚未销售的假冒某牌机油1460升，价值人民币7.3万元。")
    assert [a.defendant for a in extract_amounts(text, names=["甲某", "乙某"])] == ["甲某", "甲某"]
