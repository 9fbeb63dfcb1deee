"""Checks on a review ruling of several counts told under headings of their own (fictional: every name, court and
number is made up), as the Supreme People's Court writes them: each test changes one thing and expects one lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from fayan.judgment import Judgment
from fayan.pipelines.assemble import extract
from fayan.pipelines.checks import run_checks

# 韦长青, convicted of 故意杀人, 盗窃 and 故意伤害, the facts of the injury told under a heading of their own
REVIEW = (Path(__file__).resolve().parent / "data" / "review_of_counts.txt").read_text(encoding="utf-8")


def _extract(*changes: tuple[str, str]) -> Judgment:
    text = REVIEW
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    return extract(text)


def _messages(rule: str, *changes: tuple[str, str]) -> list[str]:
    return [f.message for f in run_checks([_extract(*changes)]) if f.rule == rule]


def test_the_review_is_consistent() -> None:
    j = _extract()
    assert [(s.title, s.harm) for s in j.sections if s.kind == "facts_part"] == [
        ("关于故意杀人、盗窃事实", "死亡"), ("关于故意伤害事实", "轻伤")]  # (the evidence's 尸体鉴定意见 is no part's)
    assert [f.message for f in run_checks([j]) if f.severity != "info"] == []


# the 故意伤害 count, in the history and in the approving item alike
INJURY_FOUR_YEARS = (("犯故意伤害罪，判处有期徒刑八个月", "犯故意伤害罪，判处有期徒刑四年"),
                     ("以故意伤害罪判处有期徒刑八个月", "以故意伤害罪判处有期徒刑四年"))


def test_e3_a_term_beyond_the_harm_its_own_part_of_the_facts_tells() -> None:
    """The clause concluding 故意伤害 states no harm and the document's worst is a death (the killing): the part headed
    by the charge tells 轻伤, whose bracket ends at three years."""
    assert _messages("E3", *INJURY_FOUR_YEARS) == [
        "查明“关于故意伤害事实”部分伤情最重为轻伤，被告人韦长青犯故意伤害罪却被判处有期徒刑4年，该刑罚仅第2档（致人重伤）可判，"
        "而该档须致人重伤。"]


def test_e3_a_count_above_the_amount_level_the_reasoning_finds() -> None:
    assert _messages("E3", ("犯盗窃罪，判处有期徒刑一年", "犯盗窃罪，判处有期徒刑四年"),
                     ("以盗窃罪判处有期徒刑一年", "以盗窃罪判处有期徒刑四年")) == [
        "本院认为部分认定数额较大，被告人韦长青犯盗窃罪却被判处有期徒刑4年，该刑罚仅第2档（数额巨大或者有其他严重情节）可判，"
        "本院认为部分未认定数额巨大或相应情节。"]


def test_e3_a_retold_count_above_its_charge_s_highest_term() -> None:
    """The history's 盗窃 count of sixteen years, where the approving item quotes one year: the slip is the retelling's
    or the first judgment's; the item's own term is no lead."""
    assert _messages("E3", ("犯盗窃罪，判处有期徒刑一年", "犯盗窃罪，判处有期徒刑十六年")) == [
        "（2014）柳市刑一初字第40号判决对韦长青以盗窃罪判处有期徒刑16年，超过该罪有期徒刑的法定最高刑15年，请核对。"]


def test_e5_a_retold_count_without_its_fine() -> None:
    assert _messages("E5", ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；", "犯盗窃罪，判处有期徒刑一年；")) == [
        "（2014）柳市刑一初字第40号判决对韦长青以盗窃罪判处有期徒刑1年，复述中该罪未见罚金或没收财产；盗窃罪的相应量刑幅度"
        "应当并处财产刑，请核对。"]


def test_e5_a_count_without_its_fine_in_the_history_and_the_item_is_one_lead() -> None:
    found = _messages("E5", ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；", "犯盗窃罪，判处有期徒刑一年；"),
                      ("以盗窃罪判处有期徒刑一年，并处罚金人民币五千元；", "以盗窃罪判处有期徒刑一年；"))
    assert found == ["被告人韦长青犯盗窃罪，该罪依法应当并处罚金，判决未判处罚金。"], found


def test_e2_a_retold_fine_joined_with_an_earlier_judgment_s() -> None:
    told = ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯故意伤害罪，判处有期徒刑八个月，决定执行死刑，剥夺政治权利终身，"
            "并处罚金人民币五千元。")
    joined = "与前犯盗窃罪所判处的有期徒刑二年，并处罚金人民币三千元并罚，决定执行死刑，剥夺政治权利终身，并处罚金人民币{}元。"
    assert _messages("E2", (told, joined.format("三千"))) == []
    assert _messages("E2", (told, joined.format("五千"))) == [
        "（2014）柳市刑一初字第40号判决对韦长青本案未判处罚金，与前罪罚金3000元并罚，决定执行罚金5000元，同种附加刑应当合并执行，"
        "请核对。"]


@pytest.mark.parametrize(("told", "unknown"), [
    ("杀人罪", "杀人罪"), ("入户故意杀人罪", "入户故意杀人罪"), ("持刀故意杀人罪", "持刀故意杀人罪"),
    ("了故意杀人罪", None), ("一个故意杀人罪", None), ("量刑较重的故意杀人罪", None),
    # a name holding 、 (走私、贩运毒品罪), not a list's names sharing 罪 (抢劫、故意杀人罪)
    ("伤害、杀人罪", "伤害、杀人罪"), ("抢劫、故意杀人罪", None)])
def test_e17_a_charge_the_reasoning_concludes_under_no_standard_name(told: str, unknown: str | None) -> None:
    # words before a standard name that make another name of it (入户抢劫罪), not words of the sentence (构成了X罪)
    assert _messages("E17", ("其行为已构成故意杀人罪", "其行为已构成" + told)) == (
        [f"本院认为部分认定的罪名“{unknown}”不是现行规定的罪名，也不是已知的旧罪名。"] if unknown else [])


@pytest.mark.parametrize(("told", "fires"), [("2014年10月5日", True), ("同年11月10日", False)])
def test_x6_an_appeal_dated_before_the_judgment_it_appeals(told: str, fires: bool) -> None:
    j = _extract(("宣判后，韦长青提出上诉", f"宣判后，韦长青于{told}提出上诉"))
    assert j.earlier_decisions[0].sought_on == ("2014-10-05" if fires else "2014-11-10")
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["审理经过所述对（2014）柳市刑一初字第40号判决提出上诉的日期2014-10-05，早于该判决的作出日期2014-11-03。"]
                     if fires else []), found


@pytest.mark.parametrize(("heard", "fires"), [("2015年4月20日", True), ("2015年1月20日", False)])
def test_x6_a_hearing_of_the_appeal_dated_after_the_ruling_on_it(heard: str, fires: bool) -> None:
    """A day told before the second decision, after the first, that is later than the second (the mirror of the
    test below)."""
    j = _extract(("经依法开庭审理，于2015年3月16日", f"于{heard}开庭审理，于2015年3月16日"))
    assert j.earlier_decisions[1].later_told_before == ("2015-04-20" if fires else None)
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["审理经过在（2015）桂刑三终字第9号裁定（2015-03-16）之前所述的日期2015-04-20晚于该裁定的作出日期。"]
                     if fires else []), found


@pytest.mark.parametrize("day", ["2015年3月16日", "次年3月16日"])
def test_a_decision_s_day_told_before_its_court(day: str) -> None:
    """。次年3月16日，…高级人民法院作出（2015）…号刑事裁定: the day opens the clause, before the court."""
    j = _extract(("广西壮族自治区高级人民法院经依法开庭审理，于2015年3月16日以",
                  f"{day}，广西壮族自治区高级人民法院作出"))
    assert [x.date for x in j.earlier_decisions] == ["2014-11-03", "2015-03-16"]


@pytest.mark.parametrize(("heard", "fires"), [("2014年10月20日", True), ("2015年1月20日", False)])
def test_x6_a_hearing_of_the_appeal_dated_before_the_judgment_appealed(heard: str, fires: bool) -> None:
    j = _extract(("经依法开庭审理，于2015年3月16日", f"于{heard}开庭审理，于2015年3月16日"))
    assert j.earlier_decisions[0].told_before == ("2014-10-20" if fires else None)
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["审理经过在（2014）柳市刑一初字第40号判决（2014-11-03）之后所述的日期2014-10-20早于该判决的作出日期。"]
                     if fires else []), found


def test_x5_a_decision_under_a_final_number_that_nobody_appealed_in_the_period() -> None:
    found = _messages("X5", ("柳市刑一初字第40号", "柳市刑一终字第40号"),
                      ("宣判后，韦长青提出上诉。", "宣判后，在法定期限内没有上诉、抗诉。"))
    assert ("（2014）柳市刑一终字第40号为二审（终审）案号，审理经过却记载该判决宣判后在法定期限内没有上诉、抗诉；上诉、抗诉期限"
            "只适用于第一审的判决、裁定。") in found, found


def test_x4_a_surname_that_sounds_alike_where_a_clause_opens() -> None:
    assert _messages("X4", ("。韦长青持刀砍击", "。魏长青持刀砍击")) == ["被告人姓名前后写法不一致：韦长青／魏长青。"]


def test_x4_a_surname_that_sounds_alike_within_a_clause() -> None:
    """后韦长青从… written 后魏长青从…: a name of three with the surname typed otherwise is a slip wherever it stands."""
    assert _messages("X4", ("休克死亡。后韦长青从", "休克死亡。后魏长青从")) == ["被告人姓名前后写法不一致：韦长青／魏长青。"]


def test_x4_a_victim_s_name_written_otherwise_in_the_evidence() -> None:
    assert _messages("X4", ("、覃立新的陈述", "、覃立欣的陈述")) == ["被害人姓名前后写法不一致：覃立新／覃立欣。"]


def test_e8_a_count_committed_under_18_told_after_one_committed_of_age() -> None:
    """Born 1995-10-01: 18 at the killing (2014-05-02) told first, 17 at the injury (2013-08-09) told under the second
    heading. (The prior of 2006 is a child's too: E8's other lead.)"""
    found = _messages("E8", ("1980年6月3日出生", "1995年10月1日出生"))
    assert ("被告人韦长青在查明事实所述最早的犯罪时间2013-08-09不满十八周岁（17周岁），本院认为部分未见认定未成年人应当从轻或者"
            "减轻处罚的情节。") in found, found


def test_a_meeting_told_before_the_crimes_is_no_offence_day() -> None:
    """结识 sets the scene (2008年…结识卢某甲, six years before the killing): the earliest offence day stays the injury's."""
    j = _extract(("一、关于故意杀人、盗窃事实\n", "一、关于故意杀人、盗窃事实\n2008年3月，被告人韦长青在柳州市打工期间结识卢某甲。"))
    assert j.defendants[0].offence_from == "2013-08-09"


@pytest.mark.parametrize(("said", "fires"), [("1人轻伤", False), ("2人轻伤", True)])
def test_x3_a_number_of_victims_the_reasoning_tells_otherwise_than_the_facts_sum_up(said: str, fires: bool) -> None:
    j = _extract(("致覃立新轻伤。\n", "致覃立新轻伤。\n综上，被告人韦长青共致1人死亡、1人轻伤。\n"),
                 ("韦长青持刀砍击被害人数十刀，", f"韦长青持刀砍击被害人数十刀，致1人死亡、{said}，"))
    assert [(t.what, t.number, t.section, t.summing) for t in j.tallies] == [
        ("死亡", 1, "facts", True), ("轻伤", 1, "facts", True), ("死亡", 1, "reasoning", False),
        ("轻伤", int(said[0]), "reasoning", False)]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["本院认为部分所述2人轻伤，与查明事实综述的1人轻伤不一致。"] if fires else []), found


# 岑远航, convicted of 抢劫 and 盗窃, each told under a heading of its own: the crime amount fayan reads is the robbery's
ROBBERY_THEFT = (Path(__file__).resolve().parent / "data" / "review_robbery_theft.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("amount", "province", "message"),
    [
        ("六千", "广西壮族自治区", None),
        ("十二万", "广西壮族自治区", "本院认为部分认定数额较大，而查明事实“关于盗窃事实”部分所述十二万元按全国标准已属数额巨大。"),
        # 90,000 yuan: 数额巨大 under Zhejiang's figure (80,000), the province of the courts below the SPC, not everywhere
        ("九万", "广西壮族自治区", None),
        ("九万", "浙江省", "本院认为部分认定数额较大，而查明事实“关于盗窃事实”部分所述九万元按浙江的标准已属数额巨大。"),
    ],
)
def test_e4_an_amount_of_the_count_s_own_part_above_the_level_the_reasoning_finds(
    amount: str, province: str, message: str | None
) -> None:
    text = ROBBERY_THEFT.replace("共计价值人民币六千元", f"共计价值人民币{amount}元").replace("广西壮族自治区", province)
    j = extract(text)
    assert j.total_crime_amount_yuan == 20000  # the robbery's
    found = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert found == ([message] if message else []), found


_TWO_EXTORTERS = (
    "某某市某某区人民法院\n刑事判决书\n（2022）某0411刑初207号\n公诉机关某某市某某区人民检察院。\n"
    "被告人阮星河，男，1986年4月3日出生，汉族，初中文化，无业。2022年1月5日因涉嫌敲诈勒索罪被刑事拘留，同年2月8日被逮捕。\n"
    "被告人骆青禾，男，1993年8月17日出生，汉族，初中文化，无业。2022年1月5日因涉嫌敲诈勒索罪被刑事拘留，同年2月8日被逮捕。\n"
    "某某区人民检察院以起诉书指控被告人阮星河犯寻衅滋事罪、敲诈勒索罪，被告人骆青禾犯敲诈勒索罪，于2022年4月6日向本院提起公诉。\n"
    "经审理查明：\n一、寻衅滋事事实\n2021年6月2日晚，被告人阮星河在某某路一烧烤店内酒后无故殴打顾客，致一人轻微伤。\n"
    "二、敲诈勒索事实\n1．2021年7月至9月，被告人阮星河以阻拦施工相威胁，迫使被害人柯某向其交付“协调费”人民币120000元。\n"
    "2．2021年10月3日，被告人阮星河、骆青禾到被害人卞某经营的饭店，以“保护费”名义威胁索要钱款，卞某被迫交付人民币6000元。\n"
    "本院认为，被告人阮星河随意殴打他人，情节恶劣，其行为已构成寻衅滋事罪；被告人阮星河、骆青禾以非法占有为目的，"
    "采用威胁手段强行索取他人财物，数额较大，其行为均已构成敲诈勒索罪。被告人阮星河一人犯数罪，应予数罪并罚。"
    "依照《中华人民共和国刑法》第二百九十三条、第二百七十四条、第二十五条第一款、第六十九条之规定，判决如下：\n"
    "一、被告人阮星河犯寻衅滋事罪，判处有期徒刑一年；犯敲诈勒索罪，判处有期徒刑二年，并处罚金人民币二万元，"
    "决定执行有期徒刑二年六个月，并处罚金人民币二万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年1月5日起至2024年7月4日止。）\n"
    "二、被告人骆青禾犯敲诈勒索罪，判处有期徒刑一年，并处罚金人民币五千元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年1月5日起至2023年1月4日止。）\n"
    "审判员　　某某\n二〇二二年六月九日\n书记员　　某某\n"
)


def test_e4_an_amount_of_the_part_told_of_another_defendant_is_not_his() -> None:
    """Of two defendants found 数额较大 for one 敲诈勒索, the part of the facts headed by the charge tells
    120,000 yuan of one alone (数额巨大 everywhere) and 6,000 yuan of both: the first's level is at odds with
    his own amount, the second's is not, for he took no part in the larger sum."""
    j = extract(_TWO_EXTORTERS)
    found = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E4"]
    assert found == [("阮星河", "本院认为部分认定数额较大，而查明事实“敲诈勒索事实”部分所述120000元按全国标准已属数额巨大。")], found


@pytest.mark.parametrize(
    ("amount", "level", "term", "message"),
    [
        ("六千", "较大", "一年", None),
        # four years for a theft of 6,000 yuan found 数额较大: above the level's bracket (E3), and the amount the facts
        # can come to for it, 6,000 at most, is 数额较大 everywhere: the bracket is at odds with the amount found too
        ("六千", "较大", "四年", "查明事实所涉数额合计至多6000元，按各地标准属数额较大，与本院认为的认定相同，被告人岑远航犯盗窃罪"
                                "被判处有期徒刑4年却超出该档的量刑幅度。"),
        ("六万", "较大", "四年", None),  # 60,000 may be 数额巨大 (E4 reports the level)
        # one year for a theft found 数额巨大 whose own part tells 120,000 yuan, 数额巨大 everywhere at least: below it
        ("十二万", "巨大", "一年", "查明事实“关于盗窃事实”部分所述十二万元，按各地标准属数额巨大，与本院认为的认定相同，被告人岑远航"
                                  "犯盗窃罪被判处有期徒刑1年却低于该档的量刑幅度。"),
        ("四万", "巨大", "一年", None),  # 40,000 may be 数额较大 under a province's figure
    ],
)
def test_e4_a_count_s_term_outside_its_level_which_the_count_s_own_facts_confirm(
    amount: str, level: str, term: str, message: str | None
) -> None:
    """Of a defendant's two amount-based counts told under headings of their own (抢劫, 盗窃), the crime amount found is
    the robbery's; the theft's term against the level the reasoning finds is weighed with what bounds the theft's
    amount: at most all the facts outside the robbery's part, at least the largest amount its own part tells."""
    text = (ROBBERY_THEFT.replace("共计价值人民币六千元", f"共计价值人民币{amount}元")
            .replace("多次秘密窃取他人财物，数额较大", f"多次秘密窃取他人财物，数额{level}")
            .replace("以盗窃罪判处有期徒刑一年", f"以盗窃罪判处有期徒刑{term}")
            .replace("犯盗窃罪，判处有期徒刑一年", f"犯盗窃罪，判处有期徒刑{term}"))
    j = extract(text)
    assert j.total_crime_amount_yuan == 20000  # the robbery's
    found = [f.message for f in run_checks([j]) if f.rule == "E4" and "与本院认为的认定相同" in f.message]
    assert found == ([message] if message else []), found
    assert bool(found) <= any(f.rule == "E3" for f in run_checks([j]))  # E4 beside E3's finding, never alone


def test_e3_a_count_above_its_amount_level_beside_a_severity_the_reasoning_finds_of_another_count() -> None:
    """情节严重 said of the injury (its clause) opens no bracket of the theft found 数额较大."""
    j = _extract(("犯盗窃罪，判处有期徒刑一年", "犯盗窃罪，判处有期徒刑四年"), ("以盗窃罪判处有期徒刑一年", "以盗窃罪判处有期徒刑四年"),
                 ("故意伤害他人身体，其行为", "故意伤害他人身体，情节严重，其行为"))
    assert j.severity_stated == "严重" and ("故意伤害罪", "severity", "严重") in [
        (c.charge, c.kind, c.value) for c in j.charge_findings]
    assert [f.message for f in run_checks([j]) if f.rule == "E3"] == [
        "本院认为部分认定数额较大，被告人韦长青犯盗窃罪却被判处有期徒刑4年，该刑罚仅第2档（数额巨大或者有其他严重情节）可判，"
        "本院认为部分未认定数额巨大或相应情节。"]


# the 盗窃 count made a 掩饰、隐瞒犯罪所得 one: three years or less, three to seven where 情节严重
RECEIVING = (("盗窃罪", "掩饰、隐瞒犯罪所得罪"), ("以非法占有为目的，秘密窃取他人财物，数额较大，", "明知是他人犯罪所得的摩托车而予以收购，"),
             ("后韦长青从卢某甲家中窃取现金人民币六千元。", "2014年4月，韦长青以人民币八百元收购他人盗窃所得的摩托车一辆。"),
             ("盗窃事实", "掩饰、隐瞒犯罪所得事实"))


@pytest.mark.parametrize(("changes", "fires"), [
    ((), False),
    ((("判处有期徒刑一年", "判处有期徒刑四年"),), True),
    ((("判处有期徒刑一年", "判处有期徒刑四年"), ("而予以收购，", "而予以收购，情节严重，")), False),
])
def test_e3_a_count_of_several_in_a_bracket_of_a_severity_the_reasoning_never_finds(
    changes: tuple[tuple[str, str], ...], fires: bool
) -> None:
    """Four years of 掩饰、隐瞒犯罪所得 beside a murder: only 情节严重's bracket has them, and the reasoning finds no 情节
    level of any count; where the count's clause finds 情节严重, nothing."""
    assert _messages("E3", *RECEIVING, *changes) == (
        ["被告人韦长青犯掩饰、隐瞒犯罪所得罪被判处有期徒刑4年，仅第2档（情节严重）有此刑期，本院认为部分未认定该情节。"] if fires else [])


# 莫文斌 and 韩子墨, each given death for a robbery and a kidnapping they committed together
JOINT = (Path(__file__).resolve().parent / "data" / "review_joint_counts.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("said", "fires"), [
    ("莫文斌、韩子墨均系主犯", False),
    ("莫文斌系主犯，韩子墨系从犯", True),
])
def test_e11_an_accessory_given_death_on_every_count(said: str, fires: bool) -> None:
    """The sentence finding the role names no charge: whichever count it is of, that count was given death."""
    assert "莫文斌、韩子墨均系主犯" in JOINT
    j = extract(JOINT.replace("莫文斌、韩子墨均系主犯", said))
    assert [f.message for f in run_checks([j]) if f.rule == "E11"] == ([
        "本院认为部分认定被告人韩子墨系从犯，依法应当从轻、减轻处罚或者免除处罚，其所犯抢劫罪、绑架罪却均被判处死刑立即执行。"]
        if fires else [])


@pytest.mark.parametrize(("said", "fires"), [
    ("在绑架共同犯罪中，莫文斌系主犯；韩子墨系从犯", True),  # the sentence's first clause names the joint crime
    ("在共同犯罪中，莫文斌系主犯；韩子墨系从犯", False),  # no count named, and not death on every count
])
def test_e11_an_accessory_given_death_on_the_count_the_role_s_sentence_names(said: str, fires: bool) -> None:
    """韩子墨 given life for the robbery and death for the kidnapping; the role after ； is of the count the first
    clause of its sentence names."""
    robbery = "对被告人韩子墨以抢劫罪判处死刑，"
    assert "在共同犯罪中，莫文斌、韩子墨均系主犯" in JOINT and JOINT.count(robbery) == 1
    j = extract(JOINT.replace("在共同犯罪中，莫文斌、韩子墨均系主犯", said).replace(robbery, "对被告人韩子墨以抢劫罪判处无期徒刑，"))
    assert [(c.charge, c.principal) for c in j.defendants[1].counts] == [("抢劫罪", "无期徒刑"), ("绑架罪", "死刑")]
    assert [f.message for f in run_checks([j]) if f.rule == "E11"] == ([
        "本院认为部分认定被告人韩子墨系从犯，依法应当从轻、减轻处罚或者免除处罚，其犯绑架罪却被判处死刑立即执行。"]
        if fires else [])


def test_a_decision_s_sentences_retold_after_a_stop_where_a_comma_belongs() -> None:
    """…刑事判决。认定被告人韦长青犯…: the sentence after the stop is the decision's all the same."""
    comma, stop = _extract(), _extract(("刑事判决，认定被告人韦长青", "刑事判决。认定被告人韦长青"))
    assert stop.earlier_decisions[0].sentences and [
        (s.defendant, s.principal, [(c.charge, c.principal, c.term_months) for c in s.counts])
        for s in stop.earlier_decisions[0].sentences] == [
        (s.defendant, s.principal, [(c.charge, c.principal, c.term_months) for c in s.counts])
        for s in comma.earlier_decisions[0].sentences]
    assert _messages("E1", ("刑事判决，认定被告人韦长青", "刑事判决。认定被告人韦长青"),
                     ("犯盗窃罪，判处有期徒刑一年", "犯盗窃罪，判处有期徒刑十六年")) == [
        "（2014）柳市刑一初字第40号判决对韦长青以盗窃罪判处有期徒刑16年，超出有期徒刑6个月至15年的法定幅度，疑为复述笔误或原判错误，请核对。"]


@pytest.mark.parametrize(("term", "fires"), [("四年", True), ("二年", False)])
def test_e3_a_retold_count_beyond_the_harm_its_own_part_of_the_facts_tells(term: str, fires: bool) -> None:
    """The history's 故意伤害 count of four years, where the approving item quotes eight months and the part of the
    facts headed by the charge tells 轻伤, whose bracket ends at three years."""
    assert _messages("E3", ("犯故意伤害罪，判处有期徒刑八个月", f"犯故意伤害罪，判处有期徒刑{term}")) == ([
        "（2014）柳市刑一初字第40号判决对韦长青以故意伤害罪判处有期徒刑4年，该刑罚仅第2档（致人重伤）可判，"
        "而查明“关于故意伤害事实”部分伤情最重为轻伤，请核对。"] if fires else [])


@pytest.mark.parametrize(("term", "fires"), [("有期徒刑八年", True), ("有期徒刑十二年", False)])
def test_e3_a_retold_count_below_the_bracket_of_an_act_the_reasoning_finds(term: str, fires: bool) -> None:
    """入户抢劫 found, and the first judgment retold as giving 韩子墨 eight years for the robbery the ruling approves
    death for: below the ten years the act's bracket starts at."""
    old = "被告人韩子墨犯抢劫罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产；犯绑架罪"
    assert old in JOINT
    j = extract(JOINT.replace(old, f"被告人韩子墨犯抢劫罪，判处{term}，并处罚金人民币一万元；犯绑架罪"))
    assert [f.message for f in run_checks([j]) if f.rule == "E3"] == ([
        "（2016）衡中刑一初字第51号判决对韩子墨以抢劫罪判处有期徒刑8年，低于本院认为认定的入户抢劫所对应第2档的最低刑10年，"
        "且未见减轻处罚情节，请核对。"] if fires else [])


@pytest.mark.parametrize(("listed", "found"), [("莫文斌、韩默", ("韩默",)), ("莫文斌、韩森", ()), ("韩墨、韩默", ())])
def test_a_two_character_name_misspelt_in_a_list_another_defendant_opens(listed: str, found: tuple[str, ...]) -> None:
    """。莫文斌、韩默均系主犯 for 韩墨: no role word before the list, but the name before it is another defendant's, so
    the next is a name; only a character that sounds or looks alike may differ there (韩森 may be somebody else), and
    a list that names 韩墨 too names two people."""
    text = JOINT.replace("韩子墨", "韩墨")
    said = "在共同犯罪中，莫文斌、韩墨均系主犯"
    assert said in text
    j = extract(text.replace(said, f"在共同犯罪中，{listed}均系主犯"))
    assert [d.name_variants for d in j.defendants if d.name == "韩墨"] == [found]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == (["被告人姓名前后写法不一致：韩墨／韩默。"] if found else [])


@pytest.mark.parametrize(("prior", "fires"), [
    ("2006年4月10日因犯抢夺财物罪", True),
    ("2006年4月10日因犯抢劫罪、盗窃罪", False),
    ("2006年4月10日因犯非法持有枪支、弹药罪", False),  # one name, 、 and all
    ("1996年4月10日因犯流氓罪", False),  # a name of the 1979 law, before 1997-10-01
])
def test_e17_a_prior_s_charge_under_no_standard_name(prior: str, fires: bool) -> None:
    found = _messages("E17", ("2006年4月10日因犯抢劫罪", prior))
    assert found == (["被告人韦长青前科所载罪名“抢夺财物罪”不是现行规定的罪名，也不是已知的旧罪名（前罪判决于2006-04-10），请核对。"]
                     if fires else [])


@pytest.mark.parametrize(("fine", "fires"), [("五万元", True), ("一万元", False)])
def test_e5_a_fine_of_one_count_of_several_above_twice_what_the_facts_tell_of_it(fine: str, fires: bool) -> None:
    """盗窃's 罚金 is at most twice the amount stolen (2013 盗窃解释 第十四条); beside a robbery the amount found is the
    robbery's (二万元), but the amounts the facts tell outside the other charges' parts bound the theft's (六千元)."""
    text = ROBBERY_THEFT.replace("并处罚金人民币五千元，决定执行死刑", f"并处罚金人民币{fine}，决定执行死刑")
    j = extract(text)
    assert text.count(f"并处罚金人民币{fine}") == 2 and j.total_crime_amount_yuan == 20000
    found = [f.message for f in run_checks([j]) if f.rule == "E5"]
    assert found == (["被告人岑远航被判处罚金50000元，超过犯罪数额6000元的2倍。"] if fires else [])


def test_e5_a_total_and_the_items_it_sums_bound_a_count_s_amount_once() -> None:
    """窃取手机（价值二千元）、现金四千元，共计六千元: the theft is at most 6000 yuan, not 12000, so 二万元 is above twice it."""
    text = ROBBERY_THEFT.replace("并处罚金人民币五千元，决定执行死刑", "并处罚金人民币二万元，决定执行死刑").replace(
        "窃取手机、现金等财物共计价值人民币六千元", "窃取手机一部（价值人民币二千元）、现金人民币四千元，共计价值人民币六千元")
    assert [f.message for f in run_checks([extract(text)]) if f.rule == "E5"] == [
        "被告人岑远航被判处罚金20000元，超过犯罪数额6000元的2倍。"]


@pytest.mark.parametrize(("executed", "fires"), [("二年", True), ("一年六个月", False)])
def test_e2_a_retold_combined_term_above_the_sum_of_its_counts(executed: str, fires: bool) -> None:
    """The history's first judgment retold with two terms, one year and eight months, and an executed one above their
    sum: a slip of the retelling or the judgment's error (刑法69)."""
    found = _messages("E2", ("认定被告人韦长青犯故意杀人罪，判处死刑，剥夺政治权利终身；犯盗窃罪", "认定被告人韦长青犯盗窃罪"),
                      ("判处有期徒刑八个月，决定执行死刑，剥夺政治权利终身，并处罚金人民币五千元。宣判后",
                       f"判处有期徒刑八个月，决定执行有期徒刑{executed}，并处罚金人民币五千元。宣判后"))
    assert found == (["（2014）柳市刑一初字第40号判决对韦长青数罪并罚决定执行有期徒刑2年，不在数刑中最高刑期1年以上、总和刑期1年8个月"
                      "（上限1年8个月）以下的范围内，请核对。"] if fires else [])


@pytest.mark.parametrize(("sought", "fires"), [("宣判后，岑远航提出上诉", True), ("宣判后，南宁市人民检察院提出抗诉", False)])
def test_e15_an_approved_sentence_heavier_than_the_first_on_the_defendant_s_appeal_alone(
    sought: str, fires: bool
) -> None:
    """The first judgment retold as 死缓, the defendant alone appealing, and the ruling approving death: against
    上诉不加刑 (刑事诉讼法237); after a protest, nothing."""
    text = ROBBERY_THEFT.replace("认定被告人岑远航犯抢劫罪，判处死刑，剥夺政治权利终身",
                                 "认定被告人岑远航犯抢劫罪，判处死刑，缓期二年执行，剥夺政治权利终身").replace(
        "决定执行死刑，剥夺政治权利终身，并处没收个人全部财产。宣判后",
        "决定执行死刑，缓期二年执行，剥夺政治权利终身，并处没收个人全部财产。宣判后").replace("宣判后，岑远航提出上诉", sought)
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "E15"]
    assert found == (["（2015）南市刑一初字第66号判决后仅有被告人一方上诉，本文书核准或维持对岑远航判处死刑，重于此前判处的死缓。"]
                     if fires else [])


@pytest.mark.parametrize(("told", "fires"), [("后韦炳青从卢某甲家中窃取", True), ("后韦丙青从卢某甲家中窃取", False)])
def test_x4_a_name_with_a_stem_of_the_masking_sequence_is_no_masked_name(told: str, fires: bool) -> None:
    """韦丙青 holds 丙, as masked names do (李某丙), but is none: its other spelling is read like any name's."""
    text = REVIEW.replace("韦长青", "韦丙青").replace("后韦丙青从卢某甲家中窃取", told)
    assert [f.message for f in run_checks([extract(text)]) if f.rule == "X4"] == (
        ["被告人姓名前后写法不一致：韦丙青／韦炳青。"] if fires else [])


# the 盗窃 count made a 寻衅滋事 one: five years or less, five to ten where 纠集他人多次
AFFRAY = (("盗窃罪", "寻衅滋事罪"), ("以非法占有为目的，秘密窃取他人财物，数额较大，", "随意殴打他人，情节恶劣，"),
          ("后韦长青从卢某甲家中窃取现金人民币六千元。", "2014年4月，韦长青在柳江区某集市无故殴打摊贩一名。"),
          ("盗窃事实", "寻衅滋事事实"))


@pytest.mark.parametrize(("changes", "fires"), [
    ((), False),
    ((("判处有期徒刑一年", "判处有期徒刑六年"),), True),
    ((("判处有期徒刑一年", "判处有期徒刑六年"), ("随意殴打他人，情节恶劣，", "纠集他人多次随意殴打他人，情节恶劣，")), False),
])
def test_e3_a_count_of_several_in_a_bracket_an_act_the_reasoning_never_states_opens(
    changes: tuple[tuple[str, str], ...], fires: bool
) -> None:
    """Six years of 寻衅滋事 beside a murder: only the bracket of 纠集他人多次 has them, and the reasoning states no such
    act of the count."""
    assert _messages("E3", *AFFRAY, *changes) == (
        ["被告人韦长青犯寻衅滋事罪被判处有期徒刑6年，仅第2档（纠集他人多次实施前款行为，严重破坏社会秩序 (三次以上，未经处理: 解释 第六条)）"
         "有此刑期，本院认为部分未认定该情节。"] if fires else [])


def test_e15_an_approved_count_heavier_than_the_first_judgment_s_on_the_defendant_s_appeal_alone() -> None:
    """The theft retold as ten months in the first judgment, one year in the approved one: a count of several raised."""
    text = ROBBERY_THEFT.replace("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元，决定执行死刑",
                                 "犯盗窃罪，判处有期徒刑十个月，并处罚金人民币五千元，决定执行死刑")
    assert [f.message for f in run_checks([extract(text)]) if f.rule == "E15"] == [
        "（2015）南市刑一初字第66号判决后仅有被告人一方上诉，本文书核准或维持对岑远航所犯盗窃罪判处有期徒刑1年，重于此前对该罪判处的"
        "有期徒刑10个月。"]


@pytest.mark.parametrize(("term", "sought", "fires"), [
    ("一年", "宣判后，岑远航提出上诉", False),
    ("二年", "宣判后，岑远航提出上诉", True),
    ("二年", "宣判后，南宁市人民检察院提出抗诉", False),
])
def test_e15_an_approved_count_heavier_than_the_first_judgment_s_where_the_second_is_retold_lighter(
    term: str, sought: str, fires: bool
) -> None:
    """The second instance's 判决 retold with the theft's one year, as the first's, and approved with two: heavier than
    the first judgment, which only the defendant appealed (the second, approved and not appealed, is no ceiling)."""
    told = ("认定被告人岑远航犯抢劫罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产；犯盗窃罪，判处有期徒刑一年，并处罚金人民币"
            "五千元，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产")
    text = (ROBBERY_THEFT.replace("（2016）桂刑一终字第3号刑事裁定，驳回上诉，维持原判", "（2016）桂刑一终字第3号刑事判决，" + told)
            .replace("第3号维持第一审对被告人岑远航以抢劫罪", "第3号对被告人岑远航以抢劫罪")
            .replace("以盗窃罪判处有期徒刑一年，并处罚金人民币五千元，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产的刑事裁定",
                     f"以盗窃罪判处有期徒刑{term}，并处罚金人民币五千元，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产的刑事判决")
            .replace("宣判后，岑远航提出上诉", sought))
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "E15"]
    assert found == (["（2015）南市刑一初字第66号判决后仅有被告人一方上诉，本文书核准或维持对岑远航所犯盗窃罪判处有期徒刑2年，重于此前"
                      "对该罪判处的有期徒刑1年。"] if fires else []), found


@pytest.mark.parametrize(("decided", "fires"), [("于2014年11月3日", True), ("于2000年11月3日", False)])
def test_e5_a_retold_fine_below_the_least(decided: str, fires: bool) -> None:
    """The history's 盗窃 count fined 五百元, below the 一千元 the 2000 财产刑规定 allows at least, where the approving
    item quotes 五千元: the slip is the retelling's or the first judgment's. Not a decision before that 规定."""
    found = _messages("E5", ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯故意", "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五百元；犯故意"),
                      ("于2014年11月3日", decided))
    assert found == (["（2014）柳市刑一初字第40号判决对韦长青以盗窃罪判处罚金500元，低于1000元的最低数额，复述有误或原判不当，"
                      "请核对。"] if fires else []), found


def test_e5_a_fine_below_the_least_in_the_history_and_the_item_is_one_lead() -> None:
    low = "以盗窃罪判处有期徒刑一年，并处罚金人民币五百元；"
    found = _messages("E5", ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯故意", "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五百元；犯故意"),
                      ("以盗窃罪判处有期徒刑一年，并处罚金人民币五千元；", low))
    assert found == ["被告人韦长青犯盗窃罪被判处罚金500元，低于1000元的最低数额。"], found


THEFT_FOUR_YEARS_TOLD = ("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯故意", "犯盗窃罪，判处有期徒刑四年，并处罚金人民币五千元；犯故意")


@pytest.mark.parametrize("revised", [False, True])
def test_e3_e4_a_retold_count_above_the_level_the_reasoning_finds(revised: bool) -> None:
    """The history's 盗窃 count of four years, where the reasoning finds 数额较大 (6000元, the approving item quoting one
    year): only 数额巨大's bracket allows it (E3), and the amount is 数额较大 everywhere (E4). Not where a later
    decision of the history revised the sentence (the first court may have found the amount otherwise)."""
    changes = [THEFT_FOUR_YEARS_TOLD]
    if revised:
        changes.append(("刑事裁定，驳回上诉，维持原判，并依法报请本院核准",
                        "刑事判决，维持第一审对被告人韦长青的定罪及对故意杀人罪、故意伤害罪的量刑，撤销对盗窃罪的量刑，以盗窃罪"
                        "判处有期徒刑一年，并处罚金人民币五千元，决定执行死刑，剥夺政治权利终身，并处罚金人民币五千元，并依法报请"
                        "本院核准"))
    assert _messages("E3", *changes) == ([] if revised else [
        "（2014）柳市刑一初字第40号判决对韦长青以盗窃罪判处有期徒刑4年，该刑罚仅第2档（数额巨大或者有其他严重情节）可判，"
        "而本院认为部分认定数额较大，请核对。"])
    assert _messages("E4", *changes) == ([] if revised else [
        "查明犯罪数额6000元，按各地标准属数额较大，与本院认为的认定相同，被告人韦长青犯盗窃罪被（2014）柳市刑一初字第40号判决"
        "判处有期徒刑4年却超出该档的量刑幅度。"])


@pytest.mark.parametrize(("executed", "fires"), [("死刑", False), ("无期徒刑", True), ("死刑，缓期二年执行", True)])
def test_e2_a_retold_combination_below_its_death_count(executed: str, fires: bool) -> None:
    """The first judgment retold as 故意杀人 死刑, 盗窃 and 故意伤害 terms, 决定执行无期徒刑 (or 死缓): the death count
    absorbs the rest (刑法69), the approving item still quoting 死刑."""
    old = "决定执行死刑，剥夺政治权利终身，并处罚金人民币五千元。宣判后"
    found = _messages("E2", (old, f"决定执行{executed}，剥夺政治权利终身，并处罚金人民币五千元。宣判后"))
    shown = "死缓" if "缓期" in executed else executed
    assert found == ([f"（2014）柳市刑一初字第40号判决对韦长青数罪中有死刑，决定执行{shown}，与数罪并罚吸收原则不符，请核对。"]
                     if fires else []), found
