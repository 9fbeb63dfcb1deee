"""The charge/bracket table: loading, validation of broken copies, bracket lookups, provinces."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml  # type: ignore[import-untyped]

from fayan.errors import LexiconError, UsageError
from fayan.nlp.charges import normalize_charge, standard_charges
from fayan.nlp.lexicon import lexicon_path
from fayan.pipelines.law import (
    FINE_KINDS,
    PRINCIPAL_TYPES,
    is_fine_mandatory,
    load_law,
    province_of_case_number,
    city_of_county_court,
    province_of_court,
    provinces,
)

LAW = load_law()


def level(charge: str, **kwargs: Any) -> str | None:
    c = LAW.charge(charge)
    assert c is not None
    b = c.bracket_for_amount(**kwargs)
    return b.level if b else None


# --------------------------------------------------------------------------
# The shipped file


def test_shipped_table_loads() -> None:
    assert len(LAW.charges) >= 200
    standard = set(standard_charges())
    assert all(c.name in standard for c in LAW.charges)
    assert len({c.key for c in LAW.charges}) == len(LAW.charges)


REQUIRED = [
    # convicted in the dev judgments and SPC rulings (the table had none of these before 2026-12-03)
    "绑架罪", "放火罪", "组织、领导、参加恐怖组织罪", "虚假诉讼罪", "以危险方法危害公共安全罪",
    "组织、领导、参加黑社会性质组织罪", "挪用公款罪", "徇私枉法罪", "传播淫秽物品罪", "诬告陷害罪", "强迫交易罪",
    "骗取贷款、票据承兑、金融票证罪", "拐卖妇女、儿童罪", "妨害作证罪", "投放危险物质罪", "强迫卖淫罪",
    "寻衅滋事罪",
    "容留他人吸毒罪",
    "开设赌场罪",
    "赌博罪",
    "掩饰、隐瞒犯罪所得、犯罪所得收益罪",
    "交通肇事罪",
    "抢劫罪",
    "抢夺罪",
    "敲诈勒索罪",
    "职务侵占罪",
    "非法持有毒品罪",
    "走私、贩卖、运输、制造毒品罪",
    "聚众斗殴罪",
    "妨害公务罪",
    "帮助信息网络犯罪活动罪",
    "非法拘禁罪",
    "强奸罪",
    "故意毁坏财物罪",
    "侵犯公民个人信息罪",
    "信用卡诈骗罪",
    "合同诈骗罪",
    "非法吸收公众存款罪",
    "集资诈骗罪",
    "贪污罪",
    "受贿罪",
    "行贿罪",
    "引诱、容留、介绍卖淫罪",
    "组织卖淫罪",
    "协助组织卖淫罪",
    "非法经营罪",
    "拒不执行判决、裁定罪",
    "猥亵儿童罪",
    "强制猥亵、侮辱罪",
    "故意杀人罪",
    "故意伤害罪",
    "危险驾驶罪",
    "盗窃罪",
    "诈骗罪",
    "伪造、变造、买卖国家机关公文、证件、印章罪",
    "非法采矿罪",
    "滥伐林木罪",
    "非法狩猎罪",
    "污染环境罪",
    "生产、销售伪劣产品罪",
    "假冒注册商标罪",
    "销售假冒注册商标的商品罪",
    "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪",
    "窝藏、包庇罪",
    "非国家工作人员受贿罪",
    "重婚罪",
]


@pytest.mark.parametrize("name", REQUIRED)
def test_required_charges_are_covered(name: str) -> None:
    c = LAW.charge(name)
    assert c is not None
    assert c.brackets_on(None), "no bracket in force now"
    assert all(b.types and b.fine in FINE_KINDS for b in c.brackets)


def test_legal_rules_keys_are_kept() -> None:
    keys = {c.key for c in LAW.charges}
    assert {
        "theft",
        "fraud",
        "dangerous_driving",
        "intentional_injury",
        "traffic_accident",
        "drugs_traffic",
        "robbery",
        "casino",
        "aiding_cyber_crime",
        "provoking_trouble",
        "illegal_deposit_taking",
        "concealing_proceeds",
        "harbouring_drug_use",
        "property_damage",
        "embezzlement_employee",
        "embezzlement",
        "bribery_taking",
    } <= keys


def test_unit_persons_fine(tmp_path: Path) -> None:
    law = load_law()
    assert law.charge("虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪").unit_persons_fine == "none"
    assert law.charge("合同诈骗罪").unit_persons_fine == "same"
    # An entry whose brackets come from another (受贿罪 ← 贪污罪) keeps its own value of the field.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(lexicon_path("law/charges.yaml").read_text(encoding="utf-8"), Loader=loader)
    assert "brackets_from" in data["charges"]["bribery_taking"]
    data["charges"]["bribery_taking"]["unit_persons_fine"] = "none"
    path = tmp_path / "charges.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert load_law(path).charge("受贿罪").unit_persons_fine == "none"


def test_charge_lookup_is_by_standard_name() -> None:
    assert LAW.charge("贩卖毒品罪") is None
    c = normalize_charge("贩卖毒品罪")
    assert c is not None and LAW.charge(c.standard) is LAW.by_key("drugs_traffic")


# --------------------------------------------------------------------------
# bracket_for_amount

THEFT_AMOUNTS = [
    # 全国标准 (the top of each national range)
    (999, None, None),
    (2999, None, None),
    (3000, None, "1"),
    (80000, None, "1"),
    (99999, None, "1"),
    (100000, None, "2"),
    (499999, None, "2"),
    (500000, None, "3"),
    # 浙江 (3000 / 8万 / 40万)
    (2999, "浙江", None),
    (3000, "浙江", "1"),
    (79999, "浙江", "1"),
    (80000, "浙江", "2"),
    (400000, "浙江", "3"),
    # a province without its own figures falls back to the national ones
    (80000, "江苏", "1"),
]


@pytest.mark.parametrize(
    "amount,province,expected", THEFT_AMOUNTS, ids=[f"{a}-{p}" for a, p, _ in THEFT_AMOUNTS]
)
def test_theft_bracket_for_amount(amount: int, province: str | None, expected: str | None) -> None:
    assert level("盗窃罪", amount_yuan=amount, province=province) == expected


OTHER_AMOUNTS = [
    # 诈骗: 1万 / 10万 / 50万 nationally
    ("诈骗罪", {"amount_yuan": 10000}, "1"),
    ("诈骗罪", {"amount_yuan": 500000}, "3"),
    # 抢劫: any amount is bracket 1; 数额巨大 follows the local 盗窃 standard
    ("抢劫罪", {"amount_yuan": 10}, "1"),
    ("抢劫罪", {"amount_yuan": 80000, "province": "浙江"}, "2"),
    ("抢劫罪", {"amount_yuan": 80000}, "1"),
    # 贪污 / 受贿: 3万 / 20万 / 300万; 较重情节 1万 / 10万 / 150万
    ("贪污罪", {"amount_yuan": 29999}, None),
    ("贪污罪", {"amount_yuan": 30000}, "1"),
    ("受贿罪", {"amount_yuan": 3000000}, "3"),
    ("受贿罪", {"amount_yuan": 1500000, "basis": "较重情节"}, "3"),
    # 贪污 before 2015-11-01: the 1997 brackets have no amount link
    ("贪污罪", {"amount_yuan": 30000, "on": date(2014, 1, 1)}, None),
    # 信用卡诈骗: 恶意透支 has its own table
    ("信用卡诈骗罪", {"amount_yuan": 50000}, "2"),
    ("信用卡诈骗罪", {"amount_yuan": 50000, "basis": "恶意透支"}, "1"),
    # 职务侵占 before and after 2021-03-01
    ("职务侵占罪", {"amount_yuan": Decimal("1000000")}, "2"),
    ("职务侵占罪", {"amount_yuan": "1000000", "on": date(2020, 6, 1)}, "2"),
    # 生产、销售伪劣产品: the statute's own amounts
    ("生产、销售伪劣产品罪", {"amount_yuan": 49999.99}, None),
    ("生产、销售伪劣产品罪", {"amount_yuan": 2000000}, "4"),
    # a charge without amount thresholds
    ("故意杀人罪", {"amount_yuan": 1000000}, None),
]


@pytest.mark.parametrize("name,kwargs,expected", OTHER_AMOUNTS, ids=[f"{n}-{k}" for n, k, _ in OTHER_AMOUNTS])
def test_bracket_for_amount(name: str, kwargs: dict[str, Any], expected: str | None) -> None:
    assert level(name, **kwargs) == expected


def test_a_shared_amount_table_leaves_the_halving_behind() -> None:
    """抢劫's 数额巨大 is 盗窃's figure (amount_from: theft), but 2013 盗窃解释 第二条's halving is 盗窃's alone."""
    theft, robbery = LAW.charge("盗窃罪").amount, LAW.charge("抢劫罪").amount
    assert theft is not None and robbery is not None
    assert theft.halved_by == "2013 盗窃解释第二条" and robbery.halved_by == ""
    assert theft.halved_records == ("盗窃", "扒窃") and robbery.halved_records == ()
    assert robbery.levels == theft.levels and robbery.provinces == theft.provinces


def test_lower_figures_on_grounds_are_variants_of_embezzlement_and_bribery() -> None:
    """贪污、受贿's 较重情节 figures (2016 贪污贿赂解释 第一条第二款、第三款) hold only on grounds the reasoning states;
    信用卡诈骗's 恶意透支 is another basis, which holds on the facts alone."""
    for name, ground in (("贪污罪", "扶贫"), ("受贿罪", "提拔")):
        law = LAW.charge(name)
        assert law is not None and law.amount is not None and not law.amount.grounds
        assert [n for n, t in law.amount_variants if ground in t.grounds] == ["较重情节"]
    card = LAW.charge("信用卡诈骗罪")
    assert card is not None and [t.grounds for _, t in card.amount_variants] == [()]


def test_raised_amount_tables() -> None:
    """Tables whose figures rose over the interpretation before them: the lighter rule for earlier conduct judged
    later."""
    assert LAW.charge("盗窃罪").amount.raised and LAW.charge("诈骗罪").amount.raised
    assert dict(LAW.charge("信用卡诈骗罪").amount_variants)["恶意透支"].effective_from == date(2018, 12, 1)
    assert not LAW.charge("职务侵占罪").amount or not LAW.charge("职务侵占罪").amount.raised
    # the figures before them, which conduct before their first day was held to (robbery shares the theft table's)
    earlier = LAW.charge("盗窃罪").amount.earlier
    assert earlier is not None and earlier.effective_from == date(1998, 3, 17) and earlier.verified == "UNVERIFIED"
    assert [(lv.name, lv.min) for lv in earlier.levels] == [("较大", 500), ("巨大", 5000), ("特别巨大", 30000)]
    assert LAW.charge("抢劫罪").amount.earlier == earlier and LAW.charge("诈骗罪").amount.earlier is not None


def test_unknown_amount_basis() -> None:
    with pytest.raises(UsageError, match="恶意透支"):
        level("信用卡诈骗罪", amount_yuan=1, basis="盗刷")


# --------------------------------------------------------------------------
# Drug quantities (刑法347, 348; 2016 毒品解释)

DRUG_CASES = [
    ("走私、贩卖、运输、制造毒品罪", "甲基苯丙胺", 0.5, "1"),
    ("走私、贩卖、运输、制造毒品罪", "甲基苯丙胺", 9.99, "1"),
    ("走私、贩卖、运输、制造毒品罪", "甲基苯丙胺", 10, "2"),
    ("走私、贩卖、运输、制造毒品罪", "冰毒", 49.9, "2"),
    ("走私、贩卖、运输、制造毒品罪", "海洛因", 50, "3"),
    ("走私、贩卖、运输、制造毒品罪", "鸦片", 199, "1"),
    ("走私、贩卖、运输、制造毒品罪", "鸦片", 1000, "3"),
    ("走私、贩卖、运输、制造毒品罪", "氯胺酮", 100, "2"),
    ("走私、贩卖、运输、制造毒品罪", "K粉", 500, "3"),
    ("走私、贩卖、运输、制造毒品罪", "二氢埃托啡", "0.002", "2"),
    ("走私、贩卖、运输、制造毒品罪", "度冷丁", 250, "3"),
    ("走私、贩卖、运输、制造毒品罪", "某新型毒品", 1000, None),
    ("非法持有毒品罪", "甲基苯丙胺", 9.9, None),
    ("非法持有毒品罪", "甲基苯丙胺", 10, "1"),
    ("非法持有毒品罪", "海洛因", 60, "2"),
    ("盗窃罪", "海洛因", 60, None),
]


@pytest.mark.parametrize(
    "name,drug,grams,expected", DRUG_CASES, ids=[f"{n[:4]}-{d}-{g}" for n, d, g, _ in DRUG_CASES]
)
def test_bracket_for_quantity(name: str, drug: str, grams: Any, expected: str | None) -> None:
    c = LAW.charge(name)
    assert c is not None
    b = c.bracket_for_quantity(drug, grams)
    assert (b.level if b else None) == expected


def test_fifteen_year_bracket_is_fixed() -> None:
    b = LAW.charge("走私、贩卖、运输、制造毒品罪").bracket_for_quantity("海洛因", 50)  # type: ignore[union-attr]
    assert b is not None
    assert (b.statutory_min_months, b.statutory_max_months, b.allows_life, b.allows_death) == (
        180,
        180,
        True,
        True,
    )
    assert b.confiscation == "mandatory" and not is_fine_mandatory(b) and b.property_penalty_mandatory


# --------------------------------------------------------------------------
# bracket_for_term, max_months, fines

TERM_CASES = [
    # 危险驾驶: 拘役 only
    ("危险驾驶罪", "拘役", 3, None, ["1"]),
    ("危险驾驶罪", "有期徒刑", 6, None, []),
    # 盗窃: 36 months sits on the boundary of brackets 1 and 2 (刑法99: 以上、以下 include the number)
    ("盗窃罪", "有期徒刑", 36, None, ["1", "2"]),
    ("盗窃罪", "有期徒刑", 48, None, ["2"]),
    ("盗窃罪", "拘役", 6, None, ["1"]),
    ("盗窃罪", "管制", 24, None, ["1"]),
    ("盗窃罪", "无期徒刑", None, None, ["3"]),
    ("盗窃罪", "死刑", None, None, []),
    # 开设赌场 before and after 修正案（十一）
    ("开设赌场罪", "有期徒刑", 48, date(2020, 12, 31), ["2"]),
    ("开设赌场罪", "有期徒刑", 48, date(2021, 3, 1), ["1"]),
    ("开设赌场罪", "有期徒刑", 48, date(2005, 1, 1), []),
    # 抢劫 has no light bracket
    ("抢劫罪", "有期徒刑", 24, None, []),
    # 贪污 under the 1997 text
    ("贪污罪", "有期徒刑", 96, date(2014, 1, 1), ["旧(三)情节严重", "旧(二)"]),
    # 过失致人死亡: no 拘役
    ("过失致人死亡罪", "拘役", 6, None, []),
]


@pytest.mark.parametrize(
    "name,principal,months,on,expected", TERM_CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{c[3]}" for c in TERM_CASES]
)
def test_bracket_for_term(
    name: str, principal: str, months: int | None, on: date | None, expected: list[str]
) -> None:
    c = LAW.charge(name)
    assert c is not None
    assert [b.level for b in c.bracket_for_term(principal, months, on=on)] == expected


def test_bracket_for_term_rejects_unknown_types() -> None:
    with pytest.raises(UsageError, match="principal"):
        LAW.charge("盗窃罪").bracket_for_term("罚金", 0)  # type: ignore[union-attr]


MAX_CASES = [
    ("危险驾驶罪", None, 6),
    ("盗窃罪", None, 180),
    ("故意毁坏财物罪", None, 84),
    ("重婚罪", None, 24),
    ("开设赌场罪", None, 120),
    ("帮助信息网络犯罪活动罪", None, 36),
    ("帮助信息网络犯罪活动罪", date(2015, 1, 1), None),
    ("袭警罪", date(2020, 1, 1), None),
]


@pytest.mark.parametrize("name,on,expected", MAX_CASES, ids=[f"{c[0]}-{c[1]}" for c in MAX_CASES])
def test_max_months(name: str, on: date | None, expected: int | None) -> None:
    assert LAW.charge(name).max_months(on) == expected  # type: ignore[union-attr]


def test_statutory_bounds() -> None:
    theft = LAW.charge("盗窃罪")
    assert theft is not None
    b1, b2, b3 = theft.brackets
    assert (b1.statutory_min_months, b1.statutory_max_months) == (1, 36)  # 拘役 from one month
    assert b1.term_range("拘役") == (1, 6) and b1.term_range("管制") == (3, 24)
    assert (b3.statutory_min_months, b3.statutory_max_months) == (120, 180)  # 十年以上 → 刑法45
    assert b2.term_range("拘役") is None


FINE_CASES = [
    # (charge, bracket level, now?) → is_fine_mandatory
    ("盗窃罪", "1", True),  # 并处或者单处罚金
    ("盗窃罪", "2", True),  # 并处罚金
    ("盗窃罪", "3", False),  # 并处罚金或者没收财产
    ("危险驾驶罪", "1", True),
    ("故意伤害罪", "1", False),
    ("故意毁坏财物罪", "1", False),  # 或者罚金 (alternative)
    ("妨害公务罪", "1", False),
    ("寻衅滋事罪", "2", False),  # 可以并处罚金
    ("走私、贩卖、运输、制造毒品罪", "3", False),  # 并处没收财产
]


@pytest.mark.parametrize("name,lvl,expected", FINE_CASES, ids=[f"{c[0]}-{c[1]}" for c in FINE_CASES])
def test_is_fine_mandatory(name: str, lvl: str, expected: bool) -> None:
    (b,) = [b for b in LAW.charge(name).brackets_on(None) if b.level == lvl]  # type: ignore[union-attr]
    assert is_fine_mandatory(b) is expected
    assert b.fine_mandatory is expected


def test_fine_rules() -> None:
    theft = LAW.charge("盗窃罪")
    assert theft is not None
    rule = theft.fine_rule_for(theft.brackets[0])
    assert rule is not None
    assert (rule.min_yuan, rule.max_times_amount, rule.max_without_amount) == (1000, 2, 100000)
    bribery = LAW.charge("受贿罪")
    assert bribery is not None
    (b1,) = [b for b in bribery.brackets_on(None) if b.level == "1"]
    assert bribery.fine_rule_for(b1).max_yuan == 500000  # type: ignore[union-attr]


def test_a_fine_rule_an_amendment_ended_holds_for_the_old_bracket_only() -> None:
    """旧176's 五万元以上五十万元以下 ends on 2021-02-28; the bracket of the same level from 2021-03-01 has none."""
    deposit = LAW.charge("非法吸收公众存款罪")
    assert deposit is not None
    old, new = (deposit.brackets_on(date(y, 1, 1)) for y in (2020, 2022))
    (o2,), (n2,) = ([b for b in bs if b.level == "2"] for bs in (old, new))
    rule = deposit.fine_rule_for(o2)
    assert rule is not None and rule.max_yuan == 500000 and rule.in_force(date(2020, 1, 1))
    assert not rule.in_force(date(2022, 1, 1)) and not rule.in_force(None)
    assert deposit.fine_rule_for(n2) is None


# Charges of 刑法 chapters 4, 5, 7, 8, 9 added on their own: each bracket in force on the date as the loader
# reads it: (level, principal types, statutory min and max months, fine kind, alone), the lightest first.
CHAPTER_4589_CASES: list[tuple[str, date | None, list[tuple[str, str, int, int, str, str]]]] = [
    ("负有照护职责人员性侵罪", None, [("1", "有期徒刑", 6, 36, "none", ""), ("2", "有期徒刑", 36, 120, "none", "")]),
    ("负有照护职责人员性侵罪", date(2020, 6, 1), []),  # 修正案（十一）: from 2021-03-01
    ("虐待被监管人罪", None, [("1", "有期徒刑/拘役", 1, 36, "none", ""), ("2", "有期徒刑", 36, 120, "none", "")]),
    ("侵占罪", None, [("1", "有期徒刑/拘役", 1, 24, "alternative", ""), ("2", "有期徒刑", 24, 60, "mandatory", "")]),
    ("挪用特定款物罪", None, [("1", "有期徒刑/拘役", 1, 36, "none", ""), ("2", "有期徒刑", 36, 84, "none", "")]),
    ("单位受贿罪", None, [("1", "有期徒刑/拘役", 1, 36, "none", ""), ("2", "有期徒刑", 36, 120, "none", "")]),
    ("单位受贿罪", date(2024, 2, 29), [("1", "有期徒刑/拘役", 1, 60, "none", "")]),  # before 修正案（十二）
    ("对单位行贿罪", None, [("1", "有期徒刑/拘役", 1, 36, "mandatory", ""), ("2", "有期徒刑", 36, 84, "mandatory", "")]),
    ("对单位行贿罪", date(2024, 2, 29), [("1", "有期徒刑/拘役", 1, 36, "mandatory", "")]),  # 修正案（九）
    ("对单位行贿罪", date(2015, 10, 31), [("1", "有期徒刑/拘役", 1, 36, "none", "")]),  # 1997
    ("徇私舞弊不移交刑事案件罪", None, [("1", "有期徒刑/拘役", 1, 36, "none", ""), ("2", "有期徒刑", 36, 84, "none", "")]),
    ("徇私舞弊不征、少征税款罪", None, [("1", "有期徒刑/拘役", 1, 60, "none", ""), ("2", "有期徒刑", 60, 180, "none", "")]),
    ("动植物检疫徇私舞弊罪", None, [("1", "有期徒刑/拘役", 1, 60, "none", ""), ("2", "有期徒刑", 60, 120, "none", "")]),
    ("招收公务员、学生徇私舞弊罪", None, [("1", "有期徒刑/拘役", 1, 36, "none", "")]),
    (
        "伪造、变造、买卖武装部队公文、证件、印章罪",
        None,
        [("1", "有期徒刑/拘役/管制", 1, 36, "none", "剥夺政治权利"), ("2", "有期徒刑", 36, 120, "none", "")],
    ),
    (
        "过失损坏武器装备、军事设施、军事通信罪",
        None,
        [("1", "有期徒刑/拘役", 1, 36, "none", ""), ("2", "有期徒刑", 36, 84, "none", "")],
    ),
    ("过失损坏武器装备、军事设施、军事通信罪", date(2005, 2, 27), []),  # 修正案（五）: from 2005-02-28
]


@pytest.mark.parametrize("name,on,expected", CHAPTER_4589_CASES, ids=[f"{c[0]}-{c[1]}" for c in CHAPTER_4589_CASES])
def test_brackets_of_chapters_4589(
    name: str, on: date | None, expected: list[tuple[str, str, int, int, str, str]]
) -> None:
    c = LAW.charge(name)
    assert c is not None, name
    got = [
        (
            b.level,
            "/".join(sorted(b.types, key=PRINCIPAL_TYPES.index, reverse=True)),
            b.statutory_min_months,
            b.statutory_max_months,
            b.fine,
            "/".join(b.alone),
        )
        for b in c.brackets_on(on)
    ]
    assert got == expected


def test_every_current_bracket_is_ordered() -> None:
    for c in LAW.charges:
        current = c.brackets_on(None)
        tops = [b.statutory_max_months or 999 for b in current]
        assert tops == sorted(tops), c.key


# 刑法 chapters 2 and 3, added 2026-12: per current bracket (level, least and most months, heaviest principal,
# fine, 没收财产), and the fixed 罚金 range (yuan) of the first current bracket where the statute gives one
CHAPTER_2_3 = [
    (
        "过失以危险方法危害公共安全罪",
        ("115",),
        [
            ("1", 1, 36, "有期徒刑", "none", "none"),
            ("2", 36, 84, "有期徒刑", "none", "none"),
        ],
        None,
    ),
    (
        "过失投放危险物质罪",
        ("115",),
        [
            ("1", 1, 36, "有期徒刑", "none", "none"),
            ("2", 36, 84, "有期徒刑", "none", "none"),
        ],
        None,
    ),
    (
        "破坏交通工具罪",
        ("116", "119"),
        [
            ("1", 36, 120, "有期徒刑", "none", "none"),
            ("2", 120, 180, "死刑", "none", "none"),
        ],
        None,
    ),
    (
        "破坏易燃易爆设备罪",
        ("118", "119"),
        [
            ("1", 36, 120, "有期徒刑", "none", "none"),
            ("2", 120, 180, "死刑", "none", "none"),
        ],
        None,
    ),
    (
        "劫持船只、汽车罪",
        ("122",),
        [
            ("1", 60, 120, "有期徒刑", "none", "none"),
            ("2", 120, 180, "无期徒刑", "none", "none"),
        ],
        None,
    ),
    (
        "破坏广播电视设施、公用电信设施罪",
        ("124",),
        [
            ("1", 36, 84, "有期徒刑", "none", "none"),
            ("2", 84, 180, "有期徒刑", "none", "none"),
        ],
        None,
    ),
    (
        "过失损坏广播电视设施、公用电信设施罪",
        ("124",),
        [
            ("1", 1, 36, "有期徒刑", "none", "none"),
            ("2", 36, 84, "有期徒刑", "none", "none"),
        ],
        None,
    ),
    (
        "非法制造、买卖、运输、储存危险物质罪",
        ("125",),
        [
            ("1", 36, 120, "有期徒刑", "none", "none"),
            ("2", 120, 180, "死刑", "none", "none"),
        ],
        None,
    ),
    (
        "盗窃、抢夺枪支、弹药、爆炸物、危险物质罪",
        ("127",),
        [
            ("1", 36, 120, "有期徒刑", "none", "none"),
            ("2", 120, 180, "死刑", "none", "none"),
        ],
        None,
    ),
    (
        "生产、销售伪劣农药、兽药、化肥、种子罪",
        ("147",),
        [
            ("1", 1, 36, "有期徒刑", "mandatory_or_sole", "none"),
            ("2", 36, 84, "有期徒刑", "mandatory", "none"),
            ("3", 84, 180, "无期徒刑", "mandatory", "alternative"),
        ],
        None,
    ),
    (
        "走私国家禁止进出口的货物、物品罪",
        ("151",),
        [
            ("1", 1, 60, "有期徒刑", "mandatory_or_sole", "none"),
            ("2", 60, 180, "有期徒刑", "mandatory", "none"),
        ],
        None,
    ),
    (
        "违法发放贷款罪",
        ("186",),
        [
            ("1", 1, 60, "有期徒刑", "mandatory", "none"),
            ("2", 60, 180, "有期徒刑", "mandatory", "none"),
        ],
        (10000, 100000),
    ),
    (
        "金融凭证诈骗罪",
        ("194",),
        [
            ("1", 1, 60, "有期徒刑", "mandatory", "none"),
            ("2", 60, 120, "有期徒刑", "mandatory", "none"),
            ("3", 120, 180, "无期徒刑", "mandatory", "alternative"),
        ],
        (20000, 200000),
    ),
    (
        "非法制造、出售非法制造的发票罪",
        ("209",),
        [
            ("1", 1, 24, "有期徒刑", "mandatory_or_sole", "none"),
            ("2", 24, 84, "有期徒刑", "mandatory", "none"),
        ],
        (10000, 50000),
    ),
    (
        "非法出售发票罪",
        ("209",),
        [
            ("1", 1, 24, "有期徒刑", "mandatory_or_sole", "none"),
            ("2", 24, 84, "有期徒刑", "mandatory", "none"),
        ],
        (10000, 50000),
    ),
    (
        "为境外窃取、刺探、收买、非法提供商业秘密罪",
        ("219-1",),
        [
            ("1", 6, 60, "有期徒刑", "mandatory_or_sole", "none"),
            ("2", 60, 180, "有期徒刑", "mandatory", "none"),
        ],
        None,
    ),
]


@pytest.mark.parametrize("name,articles,brackets,fine_yuan", CHAPTER_2_3, ids=[c[0] for c in CHAPTER_2_3])
def test_chapter_2_and_3_charges(
    name: str, articles: tuple[str, ...], brackets: list[tuple[Any, ...]], fine_yuan: tuple[int, int] | None
) -> None:
    c = LAW.charge(name)
    assert c is not None, name
    assert c.articles == articles
    current = c.brackets_on(None)
    got = [
        (b.level, b.statutory_min_months, b.statutory_max_months, max(b.types, key=PRINCIPAL_TYPES.index), b.fine,
         b.confiscation)
        for b in current
    ]  # fmt: skip
    assert got == brackets
    rule = c.fine_rule_for(current[0])
    assert (None if rule is None or rule.min_yuan is None else (rule.min_yuan, rule.max_yuan)) == fine_yuan


def test_chapter_2_and_3_dates_and_paragraphs() -> None:
    """219之一 came in on 2021-03-01; 127② (国家机关、军警人员、民兵的枪支) sets the heavy bracket only;
    金融凭证诈骗 follows 票据诈骗 (194②), 1997 刑法199 included; its unit's persons are fined by 刑法200."""
    abroad = LAW.charge("为境外窃取、刺探、收买、非法提供商业秘密罪")
    assert abroad is not None and abroad.brackets_on(date(2021, 3, 1))
    assert not abroad.brackets_on(date(2020, 12, 31))
    guns = LAW.charge("盗窃、抢夺枪支、弹药、爆炸物、危险物质罪")
    assert guns is not None and [b.paragraphs for b in guns.brackets] == [(1,), (1, 2)]
    robbery = LAW.charge("抢劫罪")  # 263 (一)–(八) list the conditions of 十年以上
    assert robbery is not None and [b.items for b in robbery.brackets] == [(), (1, 2, 3, 4, 5, 6, 7, 8)]
    voucher = LAW.charge("金融凭证诈骗罪")
    assert voucher is not None and voucher.unit_persons_fine == "none"
    assert any(b.allows_death for b in voucher.brackets_on(date(2010, 1, 1)))
    assert not any(b.allows_death for b in voucher.brackets_on(None))


CHAPTER_SIX_CASES = [
    # (charge, conduct date, articles, [(level, principal types, fixed-term range, fine kind) of the brackets then])
    ("伪造公司、企业、事业单位、人民团体印章罪", date(2014, 6, 1), ("280",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "none")]),  # 1997 text: no 罚金
    ("伪造公司、企业、事业单位、人民团体印章罪", date(2016, 6, 1), ("280",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "mandatory")]),  # 修正案（九）
    ("冒名顶替罪", date(2021, 7, 1), ("280-2",), [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "mandatory")]),
    ("冒名顶替罪", date(2020, 7, 1), ("280-2",), []),  # before 修正案（十一）
    ("聚众冲击国家机关罪", None, ("290",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 60), "none"), ("2", ("有期徒刑",), (60, 120), "none")]),
    ("传授犯罪方法罪", date(2010, 1, 1), ("295",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 60), "none"), ("2", ("有期徒刑",), (60, 180), "none"),
      ("3", ("无期徒刑", "死刑"), (None, None), "none")]),
    ("传授犯罪方法罪", None, ("295",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 60), "none"), ("2", ("有期徒刑",), (60, 120), "none"),
      ("3", ("有期徒刑", "无期徒刑"), (120, 180), "none")]),
    ("侵害英雄烈士名誉、荣誉罪", None, ("299-1",), [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "none")]),
    ("组织参与国（境）外赌博罪", None, ("303",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 60), "mandatory"), ("2", ("有期徒刑",), (60, 120), "mandatory")]),
    ("打击报复证人罪", None, ("308",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "none"), ("2", ("有期徒刑",), (36, 84), "none")]),
    ("非法植入基因编辑、克隆胚胎罪", None, ("336-1",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory"), ("2", ("有期徒刑",), (36, 84), "mandatory")]),
    ("非法猎捕、收购、运输、出售陆生野生动物罪", None, ("341",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "alternative")]),  # 341②: …或者罚金
    ("破坏自然保护地罪", None, ("342-1",), [("1", ("有期徒刑", "拘役"), (1, 60), "mandatory_or_sole")]),
    ("非法引进、释放、丢弃外来入侵物种罪", None, ("344-1",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory_or_sole")]),
    ("包庇毒品犯罪分子罪", None, ("349",),
     [("1", ("有期徒刑", "拘役", "管制"), (1, 36), "none"), ("2", ("有期徒刑",), (36, 120), "none")]),
    ("妨害兴奋剂管理罪", None, ("355-1",), [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory")]),
    ("传播性病罪", None, ("360",), [("1", ("有期徒刑", "拘役", "管制"), (1, 60), "mandatory")]),
]


# the entries added last (every charge of CAIL2018's 202 is tabled now; 161's fine range of 修正案（六） ends with it)
LAST_CASES = [
    # (charge, conduct date, articles, [(level, principal types, fixed-term range, fine kind) of the brackets then])
    ("违规披露、不披露重要信息罪", date(2019, 6, 1), ("161",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory_or_sole")]),  # 修正案（六）
    ("违规披露、不披露重要信息罪", date(2022, 6, 1), ("161",),
     [("1", ("有期徒刑", "拘役"), (1, 60), "mandatory_or_sole"), ("2", ("有期徒刑",), (60, 120), "mandatory")]),
    ("非法经营同类营业罪", date(2024, 6, 1), ("165",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory_or_sole"), ("2", ("有期徒刑",), (36, 84), "mandatory")]),
    ("为亲友非法牟利罪", date(2024, 6, 1), ("166",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory_or_sole"), ("2", ("有期徒刑",), (36, 84), "mandatory")]),
    ("提供侵入、非法控制计算机信息系统程序、工具罪", date(2020, 6, 1), ("285",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "mandatory_or_sole"), ("2", ("有期徒刑",), (36, 84), "mandatory")]),
    ("提供侵入、非法控制计算机信息系统程序、工具罪", date(2008, 6, 1), ("285",), []),  # before 修正案（七）
    ("妨害传染病防治罪", date(2020, 2, 1), ("330",),
     [("1", ("有期徒刑", "拘役"), (1, 36), "none"), ("2", ("有期徒刑",), (36, 84), "none")]),
]


@pytest.mark.parametrize(
    "name,on,articles,expected", CHAPTER_SIX_CASES + LAST_CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CHAPTER_SIX_CASES + LAST_CASES],
)
def test_brackets_of_added_charges(
    name: str, on: date | None, articles: tuple[str, ...], expected: list[tuple[Any, ...]]
) -> None:
    """The entries of chapter 6 (妨害社会管理秩序罪) and the last ones added from 刑法.md and the 修正案 texts: the
    brackets in force on a day, as load_law() reads them (term range of the heaviest fixed-term type, fine kind)."""
    c = LAW.charge(name)
    assert c is not None, name
    assert c.articles == articles
    got = [(b.level, b.types, (b.statutory_min_months, b.statutory_max_months), b.fine) for b in c.brackets_on(on)]
    assert got == expected


def test_every_charge_of_cail2018_is_tabled(shared: Path) -> None:
    cail = shared / "refs/charges/cail2018_accu.txt"
    names = {c.name for c in LAW.charges}
    missing = []
    for line in cail.read_text(encoding="utf-8").splitlines():
        n = normalize_charge(line.strip() + "罪") or normalize_charge(line.strip()) if line.strip() else None
        if n is not None and n.standard not in names:
            missing.append(n.standard)
    assert missing == []


# --------------------------------------------------------------------------
# Broken copies of the table

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        node: Any = data["charges"]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return apply


def _swap_theft_brackets(data: dict[str, Any]) -> None:
    b = data["charges"]["theft"]["brackets"]
    b[0], b[1] = b[1], b[0]


def _drop_successor(data: dict[str, Any]) -> None:
    brackets = data["charges"]["casino"]["brackets"]
    data["charges"]["casino"]["brackets"] = [
        b for b in brackets if "effective_from" not in b or b["effective_from"] != date(2021, 3, 1)
    ] + [
        {**brackets[2], "effective_from": date(2021, 3, 2)},
        {**brackets[3], "effective_from": date(2021, 3, 2)},
    ]


BROKEN = [
    # (id, mutation, words the message must contain)
    (
        "max below min",
        _set(["theft", "brackets", 1, "penalty", "max_months"], 24),
        ["'theft'", "bracket 2", "penalty.max_months", "below min_months 36"],
    ),
    (
        "unknown principal",
        _set(["theft", "brackets", 0, "penalty", "types"], ["有期徒刑", "劳动教养"]),
        ["'theft'", "bracket 1", "unknown principal type '劳动教养'"],
    ),
    (
        "bad fine kind",
        _set(["fraud", "brackets", 2, "fine"], "required"),
        ["'fraud'", "bracket 3", "field 'fine'", "unknown fine kind"],
    ),
    (
        "bad harm",
        _set(["fraud", "brackets", 2, "harm"], "伤残"),
        ["'fraud'", "bracket 3", "field 'harm'", "unknown harm '伤残'"],
    ),
    (
        "bad confiscation",
        _set(["fraud", "brackets", 2, "confiscation"], "maybe"),
        ["bracket 3", "confiscation"],
    ),
    (
        "bad raised",
        _set(["theft", "thresholds", "amount", "raised"], "yes"),
        ["'theft'", "field 'raised'", "expected true or false"],
    ),
    (
        "earlier figures above the later",
        _set(["theft", "thresholds", "amount", "earlier", "levels", "较大"], 5000),
        ["'theft'", "field 'earlier'", "level '较大'", "above the later figure 1000"],
    ),
    (
        "earlier figures of a table not raised",
        _set(["theft", "thresholds", "amount", "raised"], False),
        ["'theft'", "field 'earlier'", "raised"],
    ),
    (
        "records that halve without halved_by",
        _set(["theft", "thresholds", "amount", "halved_by"], None),
        ["'theft'", "field 'halved_records'", "halved_by"],
    ),
    (
        "records that halve not a list",
        _set(["theft", "thresholds", "amount", "halved_records"], "盗窃"),
        ["'theft'", "field 'halved_records'", "list of crime names"],
    ),
    (
        "cues not a list of words",
        _set(["theft", "thresholds", "amount", "cues"], "盗窃"),
        ["'theft'", "field 'cues'", "list of words"],
    ),
    (
        "grounds on a charge's own figures",
        _set(["theft", "thresholds", "amount", "grounds"], ["累犯"]),
        ["'theft'", "field 'grounds'", "belong to an amount variant"],
    ),
    (
        "grounds not a list of words",
        _set(["bribery_taking", "thresholds", "amount_variants", "较重情节", "grounds"], "提拔"),
        ["'bribery_taking'", "field 'grounds'", "list of words"],
    ),
    (
        "name not standard",
        _set(["theft", "name"], "偷窃罪"),
        ["'theft'", "field 'name'", "not a standard name"],
    ),
    ("unordered", _swap_theft_brackets, ["'theft'", "bracket 2", "out of order"]),
    (
        "overlapping",
        _set(["fraud", "brackets", 1, "penalty", "min_months"], 24),
        ["'fraud'", "bracket 2", "overlaps"],
    ),
    (
        "above general range",
        _set(["fraud", "brackets", 2, "penalty", "max_months"], 240),
        ["bracket 3", "outside the general range"],
    ),
    (
        "unknown field",
        _set(["theft", "brackets", 0, "maximum"], 36),
        ["bracket 1", "unknown field 'maximum'"],
    ),
    (
        "unknown amount level",
        _set(["theft", "brackets", 0, "amount_level"], "较小"),
        ["'theft'", "bracket 1", "amount_level", "'较小'"],
    ),
    (
        "unknown province",
        _set(["theft", "thresholds", "amount", "provinces", "浙江省"], {"较大": 2000}),
        ["province '浙江省'", "unknown province"],
    ),
    (
        "province outside range",
        _set(["theft", "thresholds", "amount", "provinces", "浙江", "较大"], 5000),
        ["province '浙江'", "outside the national range"],
    ),
    (
        "levels not increasing",
        _set(["fraud", "thresholds", "amount", "levels", "巨大"], 2000),
        ["level '巨大'", "below the previous level"],
    ),
    ("no successor", _drop_successor, ["'casino'", "effective_to", "no bracket takes over on 2021-03-01"]),
    (
        "to before from",
        _set(["casino", "brackets", 0, "effective_to"], date(2000, 1, 1)),
        ["'casino'", "bracket 1", "before effective_from"],
    ),
    (
        "article not of charge",
        _set(["theft", "articles"], ["266"]),
        ["'theft'", "field 'articles'", "charge_articles.tsv"],
    ),
    ("bad article", _set(["theft", "articles"], ["第264条"]), ["'theft'", "bad article"]),
    ("fine rule level", _set(["theft", "fine_rules", 0, "levels"], ["9"]), ["'theft'", "fine rule 1", "'9'"]),
    (
        "fine rule to before from",
        lambda d: [_set(["theft", "fine_rules", 0, k], v)(d) for k, v in
                   (("effective_from", date(2013, 4, 4)), ("effective_to", date(2000, 1, 1)))],
        ["'theft'", "fine rule 1", "before effective_from"],
    ),
    (
        "drug level missing",
        _set(["drugs_traffic", "thresholds", "quantity", "substances", "海洛因"], {"较大": 10}),
        ["substance '海洛因'", "missing field '大'"],
    ),
    (
        "unit fine kind",
        _set(["theft", "unit_persons_fine"], "never"),
        ["'theft'", "field 'unit_persons_fine'", "same or none", "'never'"],
    ),
    (
        "item not a number",
        _set(["robbery", "brackets", 1, "items"], ["一"]),
        ["'robbery'", "bracket 2", "field 'items'", "item numbers"],
    ),
    (
        "brackets_from unknown",
        _set(["bribery_taking", "brackets_from"], "nothing"),
        ["'bribery_taking'", "brackets_from"],
    ),
]


@pytest.mark.parametrize("name,mutate,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_copies_name_the_entry(tmp_path: Path, name: str, mutate: Mutation, words: list[str]) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    data = yaml.load(lexicon_path("law/charges.yaml").read_text(encoding="utf-8"), Loader=loader)
    mutate(data)
    path = tmp_path / "charges.yaml"
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_law(path)
    message = str(err.value)
    assert message.startswith(f"{path}:")
    for word in words:
        assert word in message, message


def test_broken_copy_reports_the_line(tmp_path: Path) -> None:
    lines = lexicon_path("law/charges.yaml").read_text(encoding="utf-8").splitlines()
    theft = lines.index("  theft:                               # 盗窃罪")
    edited = lines.index("        fine: mandatory_or_sole", theft)  # bracket 1 of 盗窃罪
    lines[edited] = "        fine: sometimes"
    path = tmp_path / "charges.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="charge 'theft' bracket 1 field 'fine': unknown fine kind") as err:
        load_law(path)
    # the error names the bracket's first line ("- level: ..."), a few lines above the edited one
    assert err.value.line is not None
    assert lines[err.value.line - 1].strip().startswith("- level:")
    assert 0 < edited + 1 - err.value.line < 6


def test_invalid_yaml_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "charges.yaml"
    path.write_text("charges:\n  theft:\n    name: 盗窃罪\n    articles: [264\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_law(path)


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    text = lexicon_path("law/charges.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "        fine: mandatory_or_sole\n", "        fine: mandatory_or_sole\n        fine: none\n", 1
    )
    path = tmp_path / "charges.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match="duplicate key 'fine'") as err:
        load_law(path)
    assert err.value.line is not None and "fine: none" in text.splitlines()[err.value.line - 1]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        load_law(tmp_path / "nothing.yaml")


# --------------------------------------------------------------------------
# Provinces

COURTS = [
    # 省级全称开头
    ("浙江省杭州市上城区人民法院", "浙江"),
    ("上海市浦东新区人民法院", "上海"),
    ("广西壮族自治区南宁市中级人民法院", "广西"),
    ("新疆维吾尔自治区高级人民法院", "新疆"),
    ("内蒙古自治区呼和浩特市中级人民法院", "内蒙古"),
    # 简称开头
    ("北京铁路运输中级法院", "北京"),
    ("新疆生产建设兵团第八师中级人民法院", "新疆"),
    # 地级市、自治州开头
    ("苏州市吴江区人民法院", "江苏"),
    ("通化市二道江区人民法院", "吉林"),
    ("吉林市中级人民法院", "吉林"),
    ("济源市人民法院", "河南"),
    ("延边朝鲜族自治州中级人民法院", "吉林"),
    ("海南藏族自治州中级人民法院", "青海"),
    ("海南省海口市中级人民法院", "海南"),
    ("恩施州中级人民法院", "湖北"),
    # 说不出省份
    ("中华人民共和国最高人民法院", None),
    ("最高人民法院", None),
    ("中国人民解放军南部战区军事法院", None),
    ("某某县人民法院", None),
    ("", None),
]


@pytest.mark.parametrize("court,expected", COURTS, ids=[c[0] or "<empty>" for c in COURTS])
def test_province_of_court(court: str, expected: str | None) -> None:
    assert province_of_court(court) == expected


CASE_NUMBERS = [
    ("（2019）浙0102刑初123号", "浙江"),
    ("(2018)粤0103刑初36号", "广东"),
    ("（2020）内0105刑初7号", "内蒙古"),
    ("（2016）吉7504刑初94号", "吉林"),
    ("（2021）兵0801刑初1号", "新疆"),
    ("（2015）渝刑初字第00437号", None),
    ("（2016）最高法刑核12345678号", None),
]


@pytest.mark.parametrize("number,expected", CASE_NUMBERS, ids=[c[0] for c in CASE_NUMBERS])
def test_province_of_case_number(number: str, expected: str | None) -> None:
    assert province_of_case_number(number) == expected


def test_thirty_four_provinces() -> None:
    assert len(provinces()) == 34 == len(set(provinces()))
    assert {"北京", "浙江", "内蒙古", "新疆", "香港", "澳门", "台湾"} <= set(provinces())


# --------------------------------------------------------------------------
# Against the development data (skipped without ../shared)


@pytest.mark.shared
def test_gold_sentences_fall_in_a_bracket(shared: Path) -> None:
    """Every single-charge gold sentence of a covered charge lies inside a bracket in force on the judgment date."""
    checked = 0
    for line in (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        on = date.fromisoformat(record["judgment_date"])
        assert province_of_court(record["court"]) is not None, record["court"]
        for d in record["defendants"]:
            if len(d["charges"]) != 1:
                continue
            c = normalize_charge(d["charges"][0])
            assert c is not None
            law = LAW.charge(c.standard)
            verdict = d["verdict"]
            if law is None or verdict["principal"] not in PRINCIPAL_TYPES:
                continue
            brackets = law.bracket_for_term(verdict["principal"], verdict["term_months"], on=on)
            assert brackets, (c.standard, verdict)
            if all(is_fine_mandatory(b) for b in brackets):
                assert verdict["fine_yuan"], (c.standard, verdict)
            checked += 1
    assert checked >= 40


def test_every_drug_name_has_a_quantity_row() -> None:
    """drugs.tsv's canonical names are what E4 looks up: one the table does not know silently skips the check
    (MDMA, 苯丙胺 and the 大麻 forms once did). 大麻 alone has none: its thresholds are per form; nor has 合成大麻素
    (the 2016 table lists none) or 制毒物品, which marks a precursor (羟亚胺), no drug."""
    from fayan.nlp.lexicon import load_table

    table = LAW.charge("走私、贩卖、运输、制造毒品罪").quantity  # type: ignore[union-attr]
    assert table is not None
    canonical = {cols[1] for _, cols in load_table("drugs.tsv", 2)}
    assert {c for c in canonical if table.values(c) is None} == {"大麻", "合成大麻素", "制毒物品"}
    assert table.values("摇头丸") is None  # a written name goes through drugs.tsv first
    assert table.values("MDMA") == table.values("苯丙胺") == table.values("吗啡")


def test_counties_name_cities_of_the_city_list() -> None:
    """Every prefecture of law/counties.tsv is a city of law/cities.tsv in the same province, so that E14 compares
    like with like (city_of_court reads the appeal court's city from cities.tsv)."""
    from fayan.nlp.lexicon import load_table

    cities = {city: province for _line, (city, province, _others) in load_table("law/cities.tsv", 3, min_columns=2)}
    rows = [row for _line, row in load_table("law/counties.tsv", 3)]
    assert len(rows) > 2500
    assert [(county, city) for county, city, province in rows if cities.get(city) != province] == []


@pytest.mark.parametrize(
    "court, province, city",
    [
        ("广东省吴川市人民法院", None, "湛江市"),
        ("吴川市人民法院", "广东", "湛江市"),
        ("吴川市人民法院", "浙江", None),  # not a county of that province
        ("河北省桥西区人民法院", None, None),  # 石家庄, 张家口 and 邢台 each have one
        ("湛江市中级人民法院", None, None),  # no county
        ("广东省湛江市赤坎区人民法院", None, None),  # named after its city: city_of_court's
    ],
)
def test_city_of_county_court(court: str, province: str | None, city: str | None) -> None:
    assert city_of_county_court(court, province) == city
