"""Result-section parsing (legal-rules A.5): one defendant, several, several counts, dispositions."""

from __future__ import annotations

import pytest

from fayan.nlp.outcome import parse_dispositions, parse_punishment, parse_result


@pytest.mark.parametrize(
    "phrase,expected",
    [
        # 主刑
        ("判处有期徒刑一年六个月", dict(principal="有期徒刑", term_months=18)),
        ("判处有期徒刑一年又六个月", dict(principal="有期徒刑", term_months=18)),
        ("判处有期徒刑三年零八个月", dict(principal="有期徒刑", term_months=44)),
        ("判处拘役四个月", dict(principal="拘役", term_months=4)),
        ("判处拘役一个月十五日", dict(principal="拘役", term_months=1, term_days=15)),
        ("判处管制一年", dict(principal="管制", term_months=12)),
        ("判处无期徒刑，剥夺政治权利终身", dict(principal="无期徒刑", political_rights="终身")),
        ("判处死刑，缓期二年执行，剥夺政治权利终身", dict(principal="死缓", political_rights="终身")),
        ("判处死刑，剥夺政治权利终身", dict(principal="死刑")),
        ("免予刑事处罚", dict(principal="免予刑事处罚")),
        ("单处罚金人民币五千元", dict(principal="单处罚金", fine_yuan=5000)),
        ("判处罚金人民币二万元", dict(principal="单处罚金", fine_yuan=20000)),
        # 缓刑
        ("判处有期徒刑三年，宣告缓刑三年", dict(term_months=36, probation_months=36)),
        ("判处拘役二个月，缓刑三个月，并处罚金人民币二千元", dict(principal="拘役", probation_months=3, fine_yuan=2000)),
        ("判处有期徒刑一年缓刑一年", dict(term_months=12, probation_months=12)),
        # 附加刑
        ("判处有期徒刑十年，剥夺政治权利二年，并处没收个人财产人民币十万元", dict(political_rights=24, confiscation=True, confiscation_yuan=100000)),
        ("判处有期徒刑十五年，并处没收个人全部财产", dict(confiscation=True, confiscation_yuan=None)),
        ("判处有期徒刑十年，并处罚金50万元", dict(fine_yuan=500000)),
        ("判处拘役五个月，并处罚金人民币2，000元（已缴纳）", dict(fine_yuan=2000)),
        ("判处有期徒刑八个月，并处罚金人民币贰万元", dict(fine_yuan=20000)),
        # digits with a unit other than 万 (this form was read as no fine)
        ("判处有期徒刑八个月，并处罚金人民币8千元", dict(term_months=8, fine_yuan=8000)),
        ("判处有期徒刑二年，并处罚金人民币2万5千元", dict(fine_yuan=25000)),
        ("判处有期徒刑一年，并处罚金1.5万元", dict(fine_yuan=15000)),
        # 驱逐出境 (刑法第三十五条) added to a term, or alone (the schema's 其他)
        ("判处有期徒刑一年，并处罚金人民币五千元，附加驱逐出境", dict(term_months=12, fine_yuan=5000, deportation=True)),
        ("独立适用驱逐出境", dict(principal="其他", deportation=True)),
        # 剥夺政治权利 alone (刑法第五十六条第二款, 侵害英雄烈士名誉、荣誉罪 …): 其他 too; added to a term, the term's
        ("判处剥夺政治权利一年", dict(principal="其他", political_rights=12)),
        ("判处有期徒刑一年，剥夺政治权利一年", dict(principal="有期徒刑", political_rights=12)),
        ("判处有期徒刑一年", dict(deportation=False)),
        # a fine told as a share, its sum after (洗钱罪: 洗钱数额百分之一以上二十以下)
        ("判处有期徒刑一年，并处洗钱数额百分之十的罚金，即人民币四万元", dict(term_months=12, fine_yuan=40000)),
        ("判处有期徒刑六个月，并处违法所得一倍的罚金，计人民币三千元", dict(fine_yuan=3000)),
        ("判处有期徒刑一年，并处罚金，罚金于判决生效后缴纳", dict(fine_yuan=None)),
        # notes in parentheses are ignored
        ("判处拘役五个月（刑期从判决执行之日起计算，羁押一日折抵刑期一日）；并处罚金人民币3000元", dict(term_months=5, fine_yuan=3000)),
    ],
)
def test_punishment(phrase: str, expected: dict) -> None:
    p = parse_punishment(phrase)
    for k, v in expected.items():
        assert getattr(p, k) == v, k


def _parse(text: str, names: list[str]):
    return parse_result(text, 0, len(text), names)


@pytest.mark.parametrize(("text", "name", "also"), [
    ("被告人赛某（SAI KHAM）犯运输毒品罪，判处有期徒刑八年，并处罚金人民币二万元，附加驱逐出境。", "赛某", ("SAI KHAM",)),
    ("被告人NGUYEN VAN AN（阮某）犯运输毒品罪，判处有期徒刑八年，并处罚金人民币二万元。", "NGUYEN VAN AN", ("阮某",)),
    ("被告人NGUYEN VAN AN（中文译名：阮某）犯运输毒品罪，判处有期徒刑八年。", "NGUYEN VAN AN", ("阮某",)),
    ("被告人岩某（音译）犯运输毒品罪，判处有期徒刑八年。", "岩某", ()),
    ("被告人牙某江·艾某尔（又译亚某·艾某尔）犯运输毒品罪，判处有期徒刑八年。", "牙某江·艾某尔", ("亚某·艾某尔",)),
])
def test_a_name_written_otherwise_in_brackets(text: str, name: str, also: tuple[str, ...]) -> None:
    """A foreigner's name and its rendering (or a note that it is one) in brackets after it: the bracket hid
    the clause (no sentence read), and a Latin name's words were cut at the space."""
    (e,) = _parse(text, [])
    assert (e.name, text[e.name_span[0] : e.name_span[1]], e.also, e.charges, e.executed.term_months) == (
        name, name, also, ["运输毒品罪"], 96)


def test_single_defendant_with_term_dates() -> None:
    r = ("判决如下： 一、被告人张某犯盗窃罪，判处有期徒刑七个月，并处罚金一千元。 （刑期从判决执行之日起计算。判决执行以前先行羁押的，"
         "羁押一日折抵刑期一日，即自2017年10月20日起至2018年5月19日止。） 二、追缴被告人张某的违法所得2700元，发还被害人。")
    [e] = _parse(r, ["张某"])
    assert (e.name, e.charges, e.executed.term_months, e.executed.fine_yuan) == ("张某", ["盗窃罪"], 7, 1000)
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2017-10-20", "2018-05-19")
    d = parse_dispositions(r, 0, len(r), ["张某"])
    assert [(x.kind, x.defendant, x.amount_yuan) for x in d] == [("追缴", "张某", 2700)]


def test_a_charge_whose_name_holds_brackets() -> None:
    """偷越国（边）境罪: the brackets of the name are no note (they were blanked, and the count lost)."""
    r = ("判决如下： 一、被告人甲某犯组织他人偷越国（边）境罪，判处有期徒刑二年，并处罚金人民币二万元。 二、被告人乙某犯偷越国（边）"
         "境罪，判处拘役五个月，并处罚金人民币二千元（已缴纳）。")
    assert [(e.name, e.charges, e.executed.principal, e.executed.fine_yuan) for e in _parse(r, ["甲某", "乙某"])] == [
        ("甲某", ["组织他人偷越国（边）境罪"], "有期徒刑", 20000), ("乙某", ["偷越国（边）境罪"], "拘役", 2000)]


def test_probation_dates_are_no_term_dates() -> None:
    # the dates of the 缓刑考验期: no term is executed, so none starts or ends (and E7 has nothing to compare)
    r = ("判决如下： 被告人甲某犯过失致人死亡罪，判处有期徒刑二年，缓刑三年。 （缓刑考验期限，从判决确定之日起计算，"
         "即自2020年11月3日起至2023年11月2日止。）")
    [e] = _parse(r, ["甲某"])
    assert (e.executed.probation_months, e.term_start, e.term_end, e.term_dates_span) == (36, None, None, None)
    # a term's dates printed beside a probation stay the term's (E7's lead: a term dated, though suspended)
    r = r.replace("（缓刑考验期限", "（刑期自2020年11月3日起至2022年11月2日止。缓刑考验期限")
    [e] = _parse(r, ["甲某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2020-11-03", "2022-11-02")


def test_a_custody_period_credited_before_the_term_is_no_term() -> None:
    # the note tells the custody credited (自…起至…止) before the term's own dates
    r = ("判决如下： 被告人甲某犯盗窃罪，判处有期徒刑一年六个月。 （刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日"
         "折抵刑期一日。被告人甲某先行羁押期间自2019年5月10日起至2019年6月8日止，共计30日，已予折抵，刑期自2019年6月29日起"
         "至2020年11月28日止。）")
    [e] = _parse(r, ["甲某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat(), e.credit_days) == ("2019-06-29", "2020-11-28", 30)
    # the usual note: the rate's clause names 羁押 and 刑期, the dates are the term's
    r = ("判决如下： 被告人甲某犯盗窃罪，判处有期徒刑一年六个月。 （刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日"
         "折抵刑期一日即自2019年5月10日起至2020年11月9日止。）")
    [e] = _parse(r, ["甲某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2019-05-10", "2020-11-09")


def test_term_dates_without_zhi() -> None:
    r = ("判决如下： 被告人燕某犯故意伤害罪，判处有期徒刑四年。 （刑期从判决执行之日起算，判决以前先行羁押的，羁押一日折抵刑期一日，"
         "即刑期从2015年12月15日至2019年12月14日）。")
    [e] = _parse(r, ["燕某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2015-12-15", "2019-12-14")


def test_approval_combined_with_an_earlier_judgments_count_keeps_only_its_own() -> None:
    """核准…对被告人甲某以A罪判处死刑…；撤销…判决中对被告人甲某以B罪判处…的缓刑部分，数罪并罚，决定执行死刑: B was
    decided by the judgment whose probation is revoked (刑法77), so it is no count of this one, as 与前罪…并罚 is not."""
    r = ("裁定如下： 核准某高级人民法院（2013）某刑终字第2号维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身；"
         "撤销某区人民法院（2013）某刑初字第24号刑事判决中对被告人甲某以强奸罪判处有期徒刑三年，缓刑三年的缓刑部分，数罪并罚，"
         "决定执行死刑，剥夺政治权利终身的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert [(c.charge, c.punishment.principal) for c in e.counts] == [("故意杀人罪", "死刑")]
    assert e.combined and e.with_earlier_judgment and e.executed.principal == "死刑"
    # a 撤销 clause that goes on to a new decision still gives its count
    r2 = "判决如下： 一、撤销某区人民法院（2013）某刑初字第24号刑事判决，改判被告人甲某以盗窃罪判处有期徒刑一年。"
    assert [c.charge for c in _parse(r2, ["甲某"])[0].counts] == ["盗窃罪"]


def test_several_counts_combined() -> None:
    r = ("判决如下： 被告人魏某犯开设赌场罪，判处有期徒刑十个月，并处罚金人民币二万元，犯非法持有枪支罪，判处有期徒刑一年，"
         "数罪并罚，决定执行有期徒刑一年六个月，并处罚金人民币二万元。")
    [e] = _parse(r, ["魏某"])
    assert e.charges == ["开设赌场罪", "非法持有枪支罪"]
    assert [c.punishment.term_months for c in e.counts] == [10, 12]
    assert e.combined and e.executed.term_months == 18 and e.executed.fine_yuan == 20000


def test_combined_fine_is_the_sum_when_not_restated() -> None:
    r = ("判决如下： 被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金2000元；犯贩卖毒品罪，判处有期徒刑一年一个月，并处罚金3000元，"
         "数罪并罚，决定执行有期徒刑一年四个月（刑期从判决执行之日起计算）。")
    [e] = _parse(r, ["甲某"])
    assert e.executed.term_months == 16 and e.executed.fine_yuan == 5000


@pytest.mark.parametrize(
    "names, text, expected",
    [
        # a header name ending in 和 is one person, not 吴振 and somebody
        (["吴振和"], "判决如下：被告人吴振和犯故意杀人罪，判处死刑，剥夺政治权利终身。", ["吴振和"]),
        (["吴振和"], "裁定如下：维持第一审对被告人吴振和以故意杀人罪判处死刑的部分。", ["吴振和"]),
        # 和 / 及 still join names the header does not know
        ([], "判决如下：被告人张三和李四犯盗窃罪，各判处拘役三个月。", ["张三", "李四"]),
        (["王五", "吴振和"], "判决如下：被告人王五、吴振和犯故意伤害罪，各判处有期徒刑一年。", ["王五", "吴振和"]),
    ],
)
def test_names_with_conjunction_characters(names: list[str], text: str, expected: list[str]) -> None:
    es = _parse(text, names)
    assert [e.name for e in es] == expected
    assert all(text[e.name_span[0] : e.name_span[1]] == e.name for e in es)


def test_review_form_with_the_charge_first() -> None:
    """死刑复核 rulings quote the approved sentence charge first: 以X罪判处被告人Y…"""
    r = ("裁定如下： 核准某省高级人民法院（2014）某刑三终字第1号维持第一审以故意杀人罪判处被告人甲某死刑，剥夺政治权利终身；"
         "以放火罪判处有期徒刑十年；以盗窃罪判处有期徒刑三年，并处罚金人民币五千元，决定执行死刑，剥夺政治权利终身，"
         "并处罚金人民币五千元的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert e.name == "甲某" and r[e.name_span[0] : e.name_span[1]] == "甲某"
    assert e.charges == ["故意杀人罪", "放火罪", "盗窃罪"]
    assert [c.punishment.principal for c in e.counts] == ["死刑", "有期徒刑", "有期徒刑"]
    assert [c.punishment.term_months for c in e.counts] == [None, 120, 36]
    assert all(r[c.charge_span[0] : c.charge_span[1]] == c.charge for c in e.counts)
    assert e.combined and e.executed.principal == "死刑" and e.executed.political_rights == "终身"
    assert e.executed.fine_yuan == 5000


def test_charge_first_form_with_the_appellant_role() -> None:
    """原判以X罪判处上诉人Y…: 上诉人 (and 被告单位) after 判处, not only 被告人."""
    r = "原判以抢劫罪判处上诉人刘某某有期徒刑三年六个月，并处罚金人民币五千元。"
    [e] = _parse(r, ["刘某某"])
    assert (e.name, e.role, e.charges, e.executed.term_months) == ("刘某某", "上诉人", ["抢劫罪"], 42)


@pytest.mark.parametrize(
    "text, names",
    [
        ("据此，以故意伤害罪分别判处被告人甲某有期徒刑四年；判处被告人乙某有期徒刑三年六个月；判处被告人丙某有期徒刑二年，缓刑三年。",
         ["甲某", "乙某", "丙某"]),
        ("据此，以故意伤害罪分别判处被告人甲某有期徒刑四年、被告人乙某有期徒刑三年六个月、被告人丙某有期徒刑二年，缓刑三年。",
         ["甲某", "乙某", "丙某"]),
        # known names with no role word after the first
        ("遂以故意伤害罪判处被告人甲某有期徒刑四年，乙某有期徒刑三年六个月，丙某有期徒刑二年，缓刑三年。", ["甲某", "乙某", "丙某"]),
        # names read from the text alone (none known)
        ("据此，以故意伤害罪分别判处被告人甲某有期徒刑四年；判处被告人乙某有期徒刑三年六个月；判处被告人丙某有期徒刑二年，缓刑三年。", []),
    ],
)
def test_a_charge_first_sentence_goes_on_to_the_next_persons(text: str, names: list[str]) -> None:
    """A history retelling the first instance's sentences charge first, person after person: each person their
    own punishment, under the charge of the clause (the last one's 缓刑 is not the first one's)."""
    es = _parse(text, names)
    assert [(e.name, e.charges, e.executed.term_months, e.executed.probation_months) for e in es] == [
        ("甲某", ["故意伤害罪"], 48, None), ("乙某", ["故意伤害罪"], 42, None), ("丙某", ["故意伤害罪"], 24, 36)]
    assert all(text[e.name_span[0] : e.name_span[1]] == e.name for e in es)


def test_a_charge_first_sentence_stops_at_a_clause_of_its_own() -> None:
    """The persons a charge-first clause goes on to sentence end where a person has a clause of their own
    (被告人乙某犯…罪，判处…), who keeps that clause's charge; the next sentence (…。) is not the clause's."""
    r = ("以盗窃罪判处被告人甲某有期徒刑一年，被告人戊某有期徒刑十个月；被告人乙某犯诈骗罪，判处有期徒刑二年，"
         "被告人丙某有期徒刑一年。被告人丁某有期徒刑六个月。")
    es = {e.name: e for e in _parse(r, ["甲某", "乙某", "丙某", "丁某", "戊某"])}
    assert es["甲某"].charges == ["盗窃罪"] and es["甲某"].executed.term_months == 12
    assert es["戊某"].charges == ["盗窃罪"] and es["戊某"].executed.term_months == 10
    assert es["乙某"].charges == ["诈骗罪"] and es["乙某"].executed.term_months == 24
    assert "丁某" not in es


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # two defendants in one charge-first clause, and a slip (犯死刑) after the name
        ("裁定如下： 核准某高级人民法院同意原审以抢劫罪判处被告人甲某、乙某死刑，剥夺政治权利终身，并处没收个人全部财产的刑事裁定。",
         ["甲某", "乙某"], [("甲某", ("抢劫罪",), "死刑", True), ("乙某", ("抢劫罪",), "死刑", True)]),
        ("裁定如下： 核准某高级人民法院同意原审以故意杀人罪判处被告人甲某犯死刑，剥夺政治权利终身的刑事裁定。",
         ["甲某"], [("甲某", ("故意杀人罪",), "死刑", False)]),
        # 均以…分别判处, and 决定均执行
        ("裁定如下： 核准某高级人民法院维持第一审对被告人甲某、乙某均以故意杀人罪分别判处死刑，剥夺政治权利终身；均以抢劫罪分别判处"
         "死刑，剥夺政治权利终身，并处没收个人全部财产，决定均执行死刑，剥夺政治权利终身，并处没收个人全部财产的刑事裁定。",
         ["甲某", "乙某"], [("甲某", ("故意杀人罪", "抢劫罪"), "死刑", True), ("乙某", ("故意杀人罪", "抢劫罪"), "死刑", True)]),
        # a known name after 对 with no role word; an unknown one is not read
        ("裁定如下： 核准某高级人民法院维持第一审对马某以抢劫罪判处死刑，剥夺政治权利终身，并处没收个人全部财产；与前罪没有执行的"
         "剥夺政治权利一年并罚，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产的刑事裁定。",
         ["马某"], [("马某", ("抢劫罪",), "死刑", True)]),
        ("裁定如下： 核准某高级人民法院维持第一审对马某以抢劫罪判处死刑的刑事裁定。", ["甲某"], []),
        # a refusal to approve and a revocation quote the sentence; nothing is decided (发回重审)
        ("裁定如下： 一、不核准某高级人民法院维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身的刑事裁定。"
         "二、撤销某高级人民法院（2013）某刑终字第1号维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身的刑事裁定。"
         "三、发回某高级人民法院重新审判。", ["甲某"], []),
        ("裁定如下： 一、撤销某高级人民法院（2014）某刑再终字第5号以非法拘禁罪判处原审被告人甲某有期徒刑七年的刑事判决；"
         "二、发回某高级人民法院重新审判。", ["甲某"], []),
        # an approval that revokes one count in the same item
        ("裁定如下： 核准某高级人民法院（2011）某刑三核字第35号同意原审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身部分，"
         "撤销对其以故意伤害罪判处无期徒刑，剥夺政治权利终身部分的刑事判决。", ["甲某"], [("甲某", ("故意杀人罪",), "死刑", False)]),
    ],
)
def test_review_forms(text: str, names: list[str], expected: list[tuple]) -> None:
    got = [(e.name, tuple(e.charges), e.executed.principal, e.executed.confiscation) for e in _parse(text, names)]
    assert got == expected


def test_several_defendants_in_order() -> None:
    r = ("判决如下： 一、被告人甲某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币一千元。 二、被告人乙某犯盗窃罪，判处拘役五个月，"
         "缓刑六个月，并处罚金人民币一千元。 三、被告人丙某犯盗窃罪，免予刑事处罚。 四、责令被告人甲某、乙某退赔被害人经济损失人民币2000元。")
    es = _parse(r, ["甲某", "乙某", "丙某"])
    assert [e.name for e in es] == ["甲某", "乙某", "丙某"]
    assert [e.executed.principal for e in es] == ["有期徒刑", "拘役", "免予刑事处罚"]
    assert es[1].executed.probation_months == 6


def test_acquittal() -> None:
    [e] = _parse("判决如下： 被告人甲某无罪。", ["甲某"])
    assert e.executed.principal == "无罪" and e.charges == []


def test_selective_charge_name_kept_whole() -> None:
    [e] = _parse("判决如下： 被告人甲某犯走私、贩卖、运输、制造毒品罪，判处有期徒刑十五年，并处没收个人财产人民币五万元。", ["甲某"])
    assert e.charges == ["走私、贩卖、运输、制造毒品罪"]


def test_new_crime_combined_with_earlier_judgment() -> None:
    r = ("判决如下： 一、撤销某某法院（2016）吉0523刑初1号刑事判决对被告人甲某宣告的缓刑。 二、被告人甲某犯寻衅滋事罪，判处有期徒刑一年，"
         "与前罪所判有期徒刑一年，并处罚金人民币二万元并罚，决定执行有期徒刑一年十个月，并处罚金人民币二万元。")
    [e] = _parse(r, ["甲某"])
    assert e.charges == ["寻衅滋事罪"] and e.with_earlier_judgment
    assert e.executed.term_months == 22 and e.executed.fine_yuan == 20000


def test_counts_of_the_same_case_combined_with_the_original_trial_are_this_cases_counts() -> None:
    """与原审判决认定其犯Y罪判处…并罚: the original trial (原审) is the lower court's judgment in this same case, whose
    counts the appeal or review keeps; they are no earlier judgment's (seen on a 死刑复核 ruling of spc_criminal that
    approves a second-instance judgment re-sentencing one count and combining it with the first instance's others)."""
    r = ("裁定如下： 核准某高级人民法院（2014）某刑一终字第7号刑事判决中对被告人甲某的定罪量刑部分，即：被告人甲某犯骗取贷款罪，"
         "判处有期徒刑四年，并处罚金人民币一千万元，与原审判决认定其犯故意杀人罪判处死刑，剥夺政治权利终身，犯开设赌场罪判处"
         "有期徒刑五年，并处罚金人民币二百万元，犯窝藏罪判处有期徒刑二年的刑罚并罚，决定执行死刑，剥夺政治权利终身，"
         "并处没收个人全部财产。")
    [e] = _parse(r, ["甲某"])
    assert e.charges == ["骗取贷款罪", "故意杀人罪", "开设赌场罪", "窝藏罪"]
    assert [c.punishment.principal for c in e.counts] == ["有期徒刑", "死刑", "有期徒刑", "有期徒刑"]
    assert e.combined and not e.with_earlier_judgment
    assert e.executed.principal == "死刑" and e.executed.confiscation and e.executed.fine_yuan == 12_000_000
    # the first or second instance of this case likewise; an earlier judgment (原判, 前罪, a case number) stays earlier
    r2 = r.replace("与原审判决认定", "与第一审判决认定")
    assert _parse(r2, ["甲某"])[0].charges == e.charges
    r3 = r.replace("与原审判决认定其犯", "与某区人民法院（2010）某刑初字第3号刑事判决对其以")
    assert _parse(r3, ["甲某"])[0].charges == ["骗取贷款罪"] and _parse(r3, ["甲某"])[0].with_earlier_judgment


def test_a_term_without_its_principal_is_a_fixed_term_only_past_two_years() -> None:
    """以强奸罪判处二年六个月 (an SPC ruling leaves 有期徒刑 out): only 有期徒刑 runs past two years; 判处六个月 could be
    拘役 or 管制 too, and stays unread."""
    r = ("裁定如下： 核准某高级人民法院（2013）某刑一终字第9号维持第一审对被告人甲某以抢劫罪判处死刑，剥夺政治权利终身，"
         "并处没收个人全部财产；以强奸罪判处二年六个月，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert [(c.charge, c.punishment.principal, c.punishment.term_months) for c in e.counts] == [
        ("抢劫罪", "死刑", None), ("强奸罪", "有期徒刑", 30)]
    assert e.executed.principal == "死刑"
    assert parse_punishment("判处六个月").principal is None


def test_the_yi_of_a_charge_name_written_once_after_yi() -> None:
    """对被告人甲某以危险方法危害公共安全罪判处死刑 (an SPC ruling): the 以 of 以…罪判处 is written once and is the name's
    own first character; the count keeps it, in both orders of name and charge."""
    r = ("裁定如下： 核准某高级人民法院（2014）某刑三终字第1号维持第一审对被告人甲某以危险方法危害公共安全罪判处死刑，"
         "剥夺政治权利终身；以故意伤害罪判处有期徒刑八个月，决定执行死刑，剥夺政治权利终身的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert e.charges == ["以危险方法危害公共安全罪", "故意伤害罪"]
    c = e.counts[0]
    assert r[c.charge_span[0] : c.charge_span[1]] == "以危险方法危害公共安全罪"
    r2 = "裁定如下： 核准某高级人民法院维持第一审以以危险方法危害公共安全罪判处被告人甲某死刑，剥夺政治权利终身的刑事裁定。"
    assert _parse(r2, ["甲某"])[0].charges == ["以危险方法危害公共安全罪"]
    r3 = "裁定如下： 核准某高级人民法院维持第一审以危险方法危害公共安全罪判处被告人甲某死刑，剥夺政治权利终身的刑事裁定。"
    assert _parse(r3, ["甲某"])[0].charges == ["以危险方法危害公共安全罪"]
    # after 犯 there is no 以 to take: the charge stays as printed, its span on the printed words
    r4 = "判决如下： 被告人甲某犯危险方法危害公共安全罪，判处有期徒刑三年。"
    [c4] = _parse(r4, ["甲某"])[0].counts
    assert r4[c4.charge_span[0] : c4.charge_span[1]] == c4.charge == "危险方法危害公共安全罪"


def test_a_charge_written_without_its_zui_after_yi() -> None:
    """以猥亵儿童判处有期徒刑四年 (an SPC ruling leaves 罪 out): a count when the words + 罪 are a charge's name; other
    other words between 以 and 判处 are none."""
    r = ("裁定如下： 核准某高级人民法院（2014）某刑一终字第5号维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身；"
         "以猥亵儿童判处有期徒刑四年，决定执行死刑，剥夺政治权利终身的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert [(c.charge, c.punishment.term_months) for c in e.counts] == [("故意杀人罪", None), ("猥亵儿童罪", 48)]
    r2 = "判决如下： 被告人甲某犯盗窃罪，依法以从轻处罚判处有期徒刑一年。"
    assert _parse(r2, ["甲某"])[0].charges == ["盗窃罪"]


def test_revoked_sentence_quoted_in_second_instance_is_skipped() -> None:
    r = ("判决如下： 一、维持某某县人民法院（2014）淮刑初字第219号刑事判决中的第一项。 二、撤销某某县人民法院（2014）淮刑初字第219号"
         "刑事判决中的第二项，即被告人甲某犯故意伤害罪，判处有期徒刑五年六个月。 三、上诉人甲某犯故意伤害罪，判处有期徒刑四年。")
    [e] = _parse(r, ["甲某"])
    assert e.executed.term_months == 48


def test_disposition_is_not_a_sentence() -> None:
    r = "判决如下： 被告人甲某犯盗窃罪，判处拘役三个月。 二、被告人甲某的犯罪所得人民币一万八千元，依法予以追缴。"
    es = _parse(r, ["甲某"])
    assert len(es) == 1


def test_review_form_with_a_comma_and_several_defendants() -> None:
    """"以放火罪，判处…" (comma before 判处) and a second "；对被告人Y以A罪，判处…" clause."""
    r = ("裁定如下： 核准某某自治区高级人民法院同意原审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身，以放火罪，判处有期徒刑十五年，"
         "剥夺政治权利五年，决定执行死刑，剥夺政治权利终身；对被告人乙某以参加恐怖组织罪，判处有期徒刑十年，剥夺政治权利三年，"
         "以故意杀人罪，判处死刑，剥夺政治权利终身，决定执行死刑，剥夺政治权利终身的刑事裁定。")
    a, b = _parse(r, ["甲某", "乙某"])
    assert (a.name, a.charges, [c.punishment.term_months for c in a.counts]) == ("甲某", ["故意杀人罪", "放火罪"], [None, 180])
    assert (b.name, b.charges, [c.punishment.term_months for c in b.counts]) == ("乙某", ["参加恐怖组织罪", "故意杀人罪"], [120, None])
    assert a.executed.principal == b.executed.principal == "死刑"


def test_review_form_with_yi_charge() -> None:
    """死刑复核 / 二审: "核准…对被告人X以A罪判处死刑…；以B罪判处有期徒刑…，决定执行死刑"."""
    r = ("判决如下： 核准某某省高级人民法院维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身；以抢劫罪判处有期徒刑十四年，"
         "剥夺政治权利三年，并处罚金人民币一万元，决定执行死刑，剥夺政治权利终身，并处罚金人民币一万元的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert e.charges == ["故意杀人罪", "抢劫罪"]
    assert (e.executed.principal, e.executed.political_rights, e.executed.fine_yuan) == ("死刑", "终身", 10000)
    assert [c.punishment.term_months for c in e.counts] == [None, 168]


@pytest.mark.parametrize(
    "result,expected",
    [
        (
            "判决如下：被告人甲某、乙某均犯盗窃罪，分别判处有期徒刑一年、十个月，并分别处罚金人民币5000元、4000元。",
            [("甲某", "有期徒刑", 12, 5000), ("乙某", "有期徒刑", 10, 4000)],
        ),
        (
            "判决如下：被告人甲某、乙某均犯盗窃罪，分别判处有期徒刑一年和拘役五个月，并处罚金人民币二千元。",
            [("甲某", "有期徒刑", 12, 2000), ("乙某", "拘役", 5, 2000)],
        ),
        # one punishment for all: every person gets it
        (
            "判决如下：被告人甲某、乙某均犯抢劫罪，分别判处死刑，剥夺政治权利终身，并处没收个人全部财产。",
            [("甲某", "死刑", None, None), ("乙某", "死刑", None, None)],
        ),
        ("判决如下：被告人甲某、乙某犯聚众斗殴罪，各判处有期徒刑一年。", [("甲某", "有期徒刑", 12, None), ("乙某", "有期徒刑", 12, None)]),
    ],
)
def test_severally(result: str, expected: list) -> None:
    """甲、乙均犯…罪，分别判处 P1、P2: each person their own punishment, and 均 is not part of a name."""
    got = [(e.name, e.executed.principal, e.executed.term_months, e.executed.fine_yuan)
           for e in parse_result(result, 0, len(result), [])]
    assert got == expected


def test_a_known_name_holding_fan_is_not_cut() -> None:
    """被告人邓犯生 is one person; the generic name pattern must not read 邓 + 犯… as another clause."""
    r = "判决如下： 一、被告人邓犯生犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。 二、责令被告人邓犯生退赔被害人人民币二千元。"
    assert [(e.name, e.charges) for e in _parse(r, ["邓犯生"])] == [("邓犯生", ["盗窃罪"])]


def test_capital_numerals_in_terms() -> None:
    p = parse_punishment("判处有期徒刑壹年陆个月，缓刑贰年，并处罚金人民币伍仟元", 0)
    assert (p.principal, p.term_months, p.probation_months, p.fine_yuan) == ("有期徒刑", 18, 24, 5000)


def test_an_earlier_crimes_sentence_combined_after_qian_fan_is_no_count() -> None:
    """…决定执行死刑，剥夺政治权利终身，与前犯盗窃罪所判处的有期徒刑十年…并罚，决定执行死刑 (an SPC ruling): 前犯 is the
    earlier crime, sentenced by an earlier judgment; its count is not this case's, its fine stays in the executed one."""
    r = ("裁定如下： 核准某高级人民法院（2015）某刑三终字第2号维持第一审对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身；"
         "以强奸罪判处有期徒刑七年，决定执行死刑，剥夺政治权利终身，与前犯盗窃罪所判处的有期徒刑十年，并处罚金人民币三万元并罚，"
         "决定执行死刑，剥夺政治权利终身，并处罚金人民币三万元的刑事裁定。")
    [e] = _parse(r, ["甲某"])
    assert e.charges == ["故意杀人罪", "强奸罪"] and e.with_earlier_judgment
    assert e.executed.principal == "死刑" and e.executed.fine_yuan == 30000
    # the 强奸 count ends at the first 决定执行: the 剥夺政治权利终身 after it is the combined sentence's, not the count's
    rape = e.counts[1].punishment
    assert (rape.principal, rape.term_months, rape.political_rights) == ("有期徒刑", 84, None)


def test_a_count_exempted_after_yi_is_a_count() -> None:
    """以敲诈勒索罪免予刑事处罚 (an SPC ruling approving four counts): a conviction exempted from punishment is still a
    count, also when it is the person's only one."""
    r = ("裁定如下： 核准某高级人民法院（2013）某刑终字第3号对被告人甲某以故意杀人罪判处死刑，剥夺政治权利终身；以抢劫罪判处"
         "有期徒刑四年，并处罚金人民币二千元；以敲诈勒索罪免予刑事处罚，决定执行死刑，剥夺政治权利终身，并处罚金人民币二千元的刑事判决。")
    [e] = _parse(r, ["甲某"])
    assert [(c.charge, c.punishment.principal) for c in e.counts] == [
        ("故意杀人罪", "死刑"), ("抢劫罪", "有期徒刑"), ("敲诈勒索罪", "免予刑事处罚")]
    assert e.executed.principal == "死刑" and e.executed.fine_yuan == 2000
    r2 = "判决如下： 被告人乙某以敲诈勒索罪免予刑事处罚。"
    [e2] = _parse(r2, ["乙某"])
    assert (e2.charges, e2.executed.principal) == (["敲诈勒索罪"], "免予刑事处罚")


def test_a_charge_left_out_before_the_sentence_still_sentences() -> None:
    """维持第一审以判处被告人甲某死刑 (an SPC ruling whose text leaves the charge out): the person is sentenced, with no
    count, rather than lost."""
    r = "裁定如下： 核准某高级人民法院（2015）某刑三终字第31号维持第一审以判处被告人甲某死刑，剥夺政治权利终身的刑事裁定。"
    [e] = _parse(r, ["甲某"])
    assert (e.name, e.charges, e.executed.principal, e.executed.political_rights) == ("甲某", [], "死刑", "终身")
    r2 = "裁定如下： 核准某高级人民法院维持第一审以抢劫罪判处被告人甲某死刑，剥夺政治权利终身的刑事裁定。"
    assert _parse(r2, ["甲某"])[0].charges == ["抢劫罪"]


@pytest.mark.parametrize(
    "result,expected",
    [
        # an approved sentence with 没收个人全部财产 and a fine is a punishment, not a property order
        ("裁定如下： 核准某高级人民法院（2013）某刑一终字第8号维持第一审对被告人甲某以抢劫罪判处死刑，剥夺政治权利终身，"
         "并处没收个人全部财产；以盗窃罪判处有期徒刑一年，并处罚金人民币一万元，决定执行死刑，剥夺政治权利终身，"
         "并处没收个人全部财产的刑事裁定。", []),
        # the order after the sentence in the same item, after its 刑期 note
        ("判决如下： 一、被告人甲某犯非法持有毒品罪，判处有期徒刑一年，并处罚金三千元。 （刑期从判决执行之日起计算。"
         "即自2017年4月28日起至2018年4月27日止） 对扣押的毒品甲基苯丙胺20.1克予以没收。",
         [("没收", None, None, "对扣押的毒品")]),
        # a charge name holding a cue word (销毁) is no order
        ("判决如下： 一、被告人甲某犯故意销毁会计凭证、会计账簿、财务会计报告罪，判处有期徒刑三年，并处罚金人民币十万元。"
         " 二、追缴被告人甲某的违法所得人民币五千元。", [("追缴", "甲某", 5000, "二、追缴")]),
        # an item that revokes quotes what is no longer ordered
        ("判决如下： 一、撤销某县人民法院（2014）某刑初字第9号刑事附带民事判决中的第二项，即被告人甲某犯故意伤害罪，判处有期徒刑"
         "五年；被告人甲某赔偿附带民事诉讼原告人乙某经济损失五千元。 二、上诉人甲某犯故意伤害罪，判处有期徒刑四年。", []),
        # an item that revokes and puts an order in place: the new order
        ("判决如下： 一、维持某县人民法院（2018）某刑初1号刑事判决第一项。 二、撤销某县人民法院（2018）某刑初1号刑事判决第二项，"
         "改为：追缴上诉人甲某违法所得人民币三万元，发还被害人乙某。", [("追缴", "甲某", 30000, "追缴上诉人")]),
        # orders in the sentence of a punishment, after it: after 无罪, after the fine, and beside 被判处 (no punishment)
        ("判决如下： 被告人甲某无罪，扣押的人民币五千元发还被告人甲某。", [("发还", "甲某", 5000, "扣押的人民币")]),
        ("判决如下： 被告人甲某犯盗窃罪，判处有期徒刑一年，并处罚金人民币一千元，追缴被告人甲某违法所得人民币五千元。",
         [("追缴", "甲某", 5000, "追缴被告人")]),
        ("判决如下： 一、被告人甲某犯盗窃罪，判处拘役三个月，并处罚金人民币二千元。 二、扣押在案的人民币五千元，折抵被告人甲某"
         "被判处的罚金，余款发还被告人甲某。", [("发还", "甲某", 5000, "二、扣押在案")]),
        # how a fine is paid is no order
        ("判决如下： 被告人甲某犯赌博罪，判处拘役三个月，并处罚金人民币二千元。 上述罚金于判决生效后十日内缴纳，上缴国库。", []),
        # a fine without 并处 is the sentence's, not an order of 上缴国库
        ("判决如下： 被告人甲某犯赌博罪，判处管制一年，罚金人民币二万元上缴国库。", []),
    ],
    ids=["approved-sentence", "order-after-the-term-note", "charge-name-with-a-cue-word", "revoking-item",
         "revoking-item-with-a-new-order", "after-an-acquittal", "after-the-fine", "beside-bei-panchu", "fine-payment",
         "fine-without-bingchu"],
)
def test_dispositions_leave_the_sentences_out(result: str, expected: list) -> None:
    got = parse_dispositions(result, 0, len(result), ["甲某"])
    assert [
        (d.kind, d.defendant, d.amount_yuan, result[d.span[0] : d.span[0] + len(w)]) for d, (*_, w) in zip(got, expected)
    ] == expected
    assert len(got) == len(expected)


@pytest.mark.parametrize(
    "result, expected",
    [
        # one order per sentence of an item
        ("判决如下： 一、被告人甲某犯贩卖毒品罪，判处有期徒刑一年。 二、追缴被告人甲某违法所得人民币八百元，上缴国库；扣押在案的"
         "毒品、电子秤一台，予以没收。", [("追缴", "甲某", 800, "二、追缴"), ("没收", None, None, "扣押在案的")]),
        # several recipients: the sum; a breakdown (其中): the first amount; 各 of two defendants: an order each
        ("判决如下： 二、责令被告人甲某退赔被害人乙某人民币18400元，退赔被害人丙某人民币4300元、丁某人民币5100元。",
         [("责令退赔", "甲某", 27800, "二、责令")]),
        ("判决如下： 二、责令被告人甲某退赔被害人乙某人民币18400元，其中已退赔5000元。", [("责令退赔", "甲某", 18400, "二、责令")]),
        ("判决如下： 二、对被告人甲某、乙某违法所得各十万元，予以追缴。", [("追缴", "甲某", 100000, "二、对"), ("追缴", "乙某", 100000, "二、对")]),
        ("判决如下： 二、责令被告人甲某退出违法所得人民币一百一十元，上缴国库。", [("责令退赔", "甲某", 110, "二、责令")]),
    ],
    ids=["two-sentences", "several-recipients", "breakdown", "each", "tui-chu"],
)
def test_orders_of_an_item(result: str, expected: list) -> None:
    got = parse_dispositions(result, 0, len(result), ["甲某", "乙某"])
    assert [(d.kind, d.defendant, d.amount_yuan, result[d.span[0] : d.span[0] + len(w)]) for d, (*_, w) in zip(got, expected)] == expected
    assert len(got) == len(expected)


@pytest.mark.parametrize(
    "note, days",
    [
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日；留置一日折抵刑期一日，即自2023年3月14日起"
         "至2027年3月13日止。）", None),  # two rates, no credit
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，已羁押15日。）", 15),
        # the earlier custody named 原羁押, the days before 予以折抵
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，原羁押八日予以折抵，即自2023年3月14日起"
         "至2027年3月5日止。）", 8),
        # the rate with a comma in it; the day of a date is no credit
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日，折抵刑期一日。即自2023年3月14日起至2027年3月13日止。）", None),
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，折抵2014年7月9日至2014年7月23日先行羁押的15日，"
         "即自2023年3月14日起至2027年2月26日止。）", 15),
        # the rate after the credit's own words (先行羁押)
        ("（刑期从判决执行之日起计算。判决执行前先行羁押一日折抵刑期一日，即从2023年3月14日起至2027年3月13日止。）", None),
        # the rate of 指定居所监视居住 recited after the measure's name (…的，二日折抵刑期一日; 每二日…): no day credited
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，指定居所监视居住的，二日折抵刑期一日，"
         "即自2023年3月14日起至2024年3月13日止。）", None),
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日；被指定居所监视居住的，每二日折抵刑期一日，"
         "即自2023年3月14日起至2024年3月13日止。）", None),
        # an administrative detention's rate is no credit of one day; the days it deducted are (已扣除行政拘留十日)
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日；因同一行为被行政拘留的，行政拘留一日折抵"
         "刑期一日，即自2023年6月11日起至2024年3月31日止，已扣除行政拘留十日。）", 10),
        # the days told before the words that credit them
        ("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日。被告人甲某于2023年3月2日至同月21日被刑事拘留"
         "二十日，已予折抵，即自2023年9月15日起至2024年8月25日止。）", 20),
        # the days told as a total after the dates (共…日一并折抵)
        ("（刑期自判决执行之日起计算，判决执行前先行羁押的，羁押一日折抵刑期一日，前案羁押的2021年11月2日至2021年12月8日"
         "共三十七日一并折抵，即自2023年5月8日起至2025年5月31日止。）", 37),
    ],
)
def test_a_credit_rate_is_no_credit(note: str, days: int | None) -> None:
    r = "判决如下： 被告人甲某犯受贿罪，判处有期徒刑四年，并处罚金人民币三十万元。" + note
    [e] = _parse(r, ["甲某"])
    assert e.credit_days == days


@pytest.mark.parametrize("charge", ["帮助信息网络犯罪活动罪", "传授犯罪方法罪", "包庇毒品犯罪分子罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"])
def test_a_charge_name_holding_fanzui(charge: str) -> None:
    """犯罪 inside a charge's name is not its end (帮信 judgments lost 活动罪)."""
    r = f"判决如下： 被告人孙某犯{charge}，判处有期徒刑八个月，并处罚金人民币3000元。"
    [e] = _parse(r, ["孙某"])
    assert e.charges == [charge]


def test_a_revoking_item_quoting_two_defendants() -> None:
    """撤销…即被告人甲犯…；被告人乙犯…: both are quoted (the revoked sentences); the new sentences follow in their own
    items, in that order (乙 was read from the quote, first and with the revoked term)."""
    r = ("判决如下： 一、维持某区人民法院（2022）某0103刑初301号刑事判决第二项，即被告人丙某犯诈骗罪，判处有期徒刑四年，"
         "并处罚金人民币四万元。 二、撤销某区人民法院（2022）某0103刑初301号刑事判决第一项、第三项，即被告人甲某犯诈骗罪，"
         "判处有期徒刑三年，并处罚金人民币三万元；被告人乙某犯诈骗罪，判处有期徒刑一年，并处罚金人民币一万元。 "
         "三、上诉人甲某犯诈骗罪，判处有期徒刑二年六个月，缓刑三年，并处罚金人民币二万元。 "
         "四、原审被告人乙某犯诈骗罪，判处有期徒刑一年十个月，并处罚金人民币二万元。")
    got = _parse(r, ["丙某", "甲某", "乙某"])
    assert [(e.name, e.executed.term_months) for e in got] == [("丙某", 48), ("甲某", 30), ("乙某", 22)]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # one order, a part for each defendant with an amount of their own: an order each
        ("判决如下： 一、被告人甲某犯开设赌场罪，判处有期徒刑一年。 二、追缴被告人甲某违法所得人民币四万二千元、被告人乙某违法所得"
         "人民币六千元，上缴国库。",
         [("追缴", "甲某", 42000, "二、追缴被告人甲某违法所得人民币四万二千元"), ("追缴", "乙某", 6000, "被告人乙某违法所得人民币六千元，上缴国库。")]),
        ("判决如下： 继续对甲某尚未退缴的赃款11.75万元、乙某尚未退缴的赃款9.25万元予以追缴。",
         [("追缴", "甲某", 117500, "继续对甲某尚未退缴的赃款11.75万元"), ("追缴", "乙某", 92500, "乙某尚未退缴的赃款9.25万元予以追缴。")]),
        # several defendants sharing one amount: one order, no one defendant's
        ("判决如下： 责令被告人甲某、乙某共同退赔被害人损失一万元。",
         [("责令退赔", None, 10000, "责令被告人甲某、乙某共同退赔被害人损失一万元。")]),
        ("判决如下： 责令被告人甲某、乙某退赔被害人丙某经济损失人民币2000元。",
         [("责令退赔", None, 2000, "责令被告人甲某、乙某退赔被害人丙某经济损失人民币2000元。")]),
        # the same amount from each (各): an order each
        ("判决如下： 三、对被告人甲某、乙某非法所得各十万元，予以追缴，上缴国库。",
         [("追缴", "甲某", 100000, "三、对被告人甲某、乙某非法所得各十万元，予以追缴，上缴国库。"),
          ("追缴", "乙某", 100000, "三、对被告人甲某、乙某非法所得各十万元，予以追缴，上缴国库。")]),
    ],
    ids=["a-part-each", "a-part-each-without-role-words", "one-shared-amount", "one-amount-without-gongtong",
         "the-same-amount-each"],
)
def test_an_order_for_several_defendants(result: str, expected: list) -> None:
    got = parse_dispositions(result, 0, len(result), ["甲某", "乙某"])
    assert [(d.kind, d.defendant, d.amount_yuan, result[d.span[0] : d.span[1]].removeprefix("判决如下： ")) for d in got] == expected


@pytest.mark.parametrize("number", ["（{}）", "{}、", "{}."], ids=["paren", "arabic-comma", "arabic-dot"])
def test_items_numbered_otherwise_than_yi(number: str) -> None:
    """Results numbered （一）（二） or 1. 2. are items too: a revoking item's quoted sentence is no verdict, and each
    order is its own (they were read as one text, the revoked sentence as the verdict)."""
    n = [number.format(x) for x in (("一", "二", "三") if "（" in number else ("1", "2", "3"))]
    r = (f"判决如下： {n[0]}撤销某县人民法院（2018）某刑初1号刑事判决第一项，即被告人甲某犯诈骗罪，判处有期徒刑七年，并处罚金人民币"
         f"十万元； {n[1]}上诉人甲某犯诈骗罪，判处有期徒刑五年，并处罚金人民币五万元。 {n[2]}追缴上诉人甲某违法所得人民币三万元。")
    [e] = _parse(r, ["甲某"])
    assert (e.name, e.executed.term_months, e.executed.fine_yuan) == ("甲某", 60, 50000)
    assert [(d.kind, d.amount_yuan) for d in parse_dispositions(r, 0, len(r), ["甲某"])] == [("追缴", 30000)]
    # a review that does not approve: the sentence it refuses is no verdict
    r = (f"裁定如下： {n[0]}不核准某省高级人民法院（2015）某刑一终字第1号维持第一审以故意杀人罪判处被告人甲某死刑，剥夺政治权利"
         f"终身的刑事裁定。 {n[1]}撤销某省高级人民法院（2015）某刑一终字第1号刑事裁定中对被告人甲某的量刑部分。 "
         f"{n[2]}发回某省高级人民法院重新审判。")
    assert _parse(r, ["甲某"]) == []


def test_a_term_note_in_square_brackets() -> None:
    """The 刑期 note in 【】 with 从…至… and no 止: the dates are read, and the note is no part of the next order."""
    r = ("判决如下： 一、被告人甲某犯贩卖毒品罪，判处有期徒刑四年，并处罚金人民币一万元【刑期从判决执行之日起计算，判决执行以前先行"
         "羁押的，羁押一日折抵刑期一日，即刑期从2015年12月15日至2019年12月14日】。 二、对扣押的毒品予以没收。")
    [e] = _parse(r, ["甲某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat(), e.executed.term_months) == ("2015-12-15", "2019-12-14", 48)
    assert [r[d.span[0] : d.span[1]] for d in parse_dispositions(r, 0, len(r), ["甲某"])] == ["二、对扣押的毒品予以没收。"]


def test_a_review_that_approves_a_sentence_below_the_statutory_minimum() -> None:
    """核准…以盗窃罪在法定刑以下判处被告人甲某有期徒刑五年 (刑法第六十三条第二款): the words between the charge and
    the verb had left the person unsentenced."""
    r = ("裁定如下： 核准某某市某某区人民法院（2021）沪0115刑初1234号以盗窃罪在法定刑以下判处被告人甲某有期徒刑五年，"
         "并处罚金人民币五万元的刑事判决。")
    [e] = _parse(r, ["甲某"])
    assert (e.name, e.counts[0].charge, e.executed.term_months, e.executed.fine_yuan) == ("甲某", "盗窃罪", 60, 50000)


@pytest.mark.parametrize(("start", "end"), [("2019.11.20", "2020.9.19"), ("2019-11-20", "2020-09-19"),
                                            ("2019/11/20", "2020/9/19"), ("2019年11月20日", "2020年9月19日")])
def test_term_dates_written_in_figures(start: str, end: str) -> None:
    """A note outside brackets whose days are written in figures (即自2019.11.20起至2020.9.19止)."""
    r = ("判决如下： 被告人甲某犯盗窃罪，判处有期徒刑十个月，并处罚金人民币五千元。 刑期从判决执行之日起计算，判决执行以前先行"
         f"羁押的，羁押一日折抵刑期一日，即自{start}起至{end}止。")
    [e] = _parse(r, ["甲某"])
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2019-11-20", "2020-09-19")


@pytest.mark.parametrize("acquittal", ["被告人乙某无罪（掩饰、隐瞒犯罪所得罪部分）。", "宣告被告人乙某无罪（诈骗罪部分）。",
                                       "被告人乙某被指控的其余部分，宣告被告人乙某无罪。"])
def test_an_acquittal_of_one_count_leaves_the_conviction_of_another(acquittal: str) -> None:
    """被告人乙某犯诈骗罪，判处… then, in a later item, 被告人乙某无罪（…罪部分）: he is acquitted of that count only, and
    stands convicted and sentenced for the other; the later item had replaced the conviction."""
    r = ("判决如下： 一、被告人甲某犯诈骗罪，判处有期徒刑四年，并处罚金人民币四万元。 二、被告人乙某犯诈骗罪，判处有期徒刑"
         "三年三个月，并处罚金人民币二万五千元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自"
         f"2020年11月9日起至2024年2月8日止。） 三、{acquittal}")
    e = {x.name: x for x in _parse(r, ["甲某", "乙某"])}["乙某"]
    got = (e.charges, e.executed.principal, e.executed.term_months, e.executed.fine_yuan)
    assert got == (["诈骗罪"], "有期徒刑", 39, 25000)
    assert (e.term_start.isoformat(), e.term_end.isoformat()) == ("2020-11-09", "2024-02-08")


def test_an_acquittal_of_the_whole_stays_an_acquittal() -> None:
    """被告人乙某无罪 naming no part, alone or after a conviction of another defendant: 无罪, no count."""
    r = "判决如下： 一、被告人甲某犯诈骗罪，判处有期徒刑四年。 二、被告人乙某无罪。"
    e = {x.name: x for x in _parse(r, ["甲某", "乙某"])}["乙某"]
    assert (e.charges, e.executed.principal, e.executed.term_months) == ([], "无罪", None)


def test_a_person_named_first_in_an_item_that_upholds_his_conviction_comes_first() -> None:
    """The order the result names the persons it convicts (SCHEMA): 甲某's conviction and sentence of one count
    upheld in the first item, before 乙某's, whose upheld sentence the item quotes, though 甲某's new sentence of
    another count comes in a later item."""
    result = ("判决如下： 一、维持某区人民法院（2020）浙0110刑初41号刑事判决第一项中对上诉人甲某犯盗窃罪的定罪量刑及犯诈骗罪"
              "的定罪部分，第二项对原审被告人乙某的定罪量刑部分，即被告人乙某犯盗窃罪，判处有期徒刑一年，并处罚金人民币三千元。 "
              "二、撤销某区人民法院（2020）浙0110刑初41号刑事判决第一项中对上诉人甲某犯诈骗罪的量刑及决定执行的刑罚部分。 "
              "三、上诉人甲某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑一年八个月，并处罚金"
              "人民币八千元，决定执行有期徒刑二年十个月，并处罚金人民币一万三千元。")
    assert [e.name for e in parse_result(result, 0, len(result), ["甲某", "乙某"])] == ["甲某", "乙某"]
