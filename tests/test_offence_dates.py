"""Offence dates per defendant, and the checks that read them (E8, E10, X6). Fictional texts."""

from __future__ import annotations

import pytest

from fayan.pipelines.assemble import extract
from fayan.pipelines.checks import run_checks

JUDGMENT = (
    "某某市某某区人民法院 刑事判决书 （2019）浙0102刑初{seq}号 公诉机关某某市某某区人民检察院。 "
    "{headers}"
    "某某区人民检察院以起诉书指控{accused}犯{charge}，于2019年3月1日向本院提起公诉。 "
    "经审理查明，{facts} 本院认为，{accused}的行为已构成{charge}。{extra}"
    "依照《中华人民共和国刑法》第{article}条之规定，判决如下： {result} "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇一九年四月一日 书记员丙某"
)
HEADER = "被告人{name}，男，{birth}出生，汉族，初中文化，无业。{prior}因本案于{detained}被刑事拘留，同年12月16日被逮捕。 "


def _one(prior: str, facts: str, *, extra: str = "", charge: str = "盗窃罪", article: str = "二百六十四",
         sentence: str = "有期徒刑二年，并处罚金人民币五千元", detained: str = "2018年12月2日") -> str:
    return JUDGMENT.format(
        seq=7, headers=HEADER.format(name="甲某", birth="1980年1月1日", prior=prior, detained=detained),
        accused="被告人甲某", charge=charge, facts=facts, extra=extra, article=article,
        result=f"被告人甲某犯{charge}，判处{sentence}。",
    )  # fmt: skip


def _two(births: tuple[str, str], detained: str, charge: str, article: str, facts: str, sentences: tuple[str, str]) -> str:
    """A judgment of 甲某 and 乙某, born ``births``, each sentenced for ``charge``."""
    headers = "".join(
        HEADER.format(name=name, birth=birth, prior="", detained=detained) for name, birth in zip(("甲某", "乙某"), births)
    )
    return JUDGMENT.format(
        seq=8, headers=headers, accused="被告人甲某、乙某", charge=charge, article=article, facts=facts, extra="",
        result="".join(f"被告人{n}犯{charge}，判处{s}。" for n, s in zip(("甲某", "乙某"), sentences)),
    )


def _findings(text: str, rule: str) -> list[str]:
    return [f.message for f in run_checks([extract(text)]) if f.rule == rule]


RELEASED = "2010年1月1日因犯盗窃罪被判处有期徒刑三年，2013年6月15日刑满释放。"


@pytest.mark.parametrize(
    "facts,fires",
    [
        # the first full date is more than five years after the release ...
        ("2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", True),
        # ... but the facts start in May 2018, which may be within the five years
        ("2018年5月至7月，被告人甲某多次盗窃。2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", False),
    ],
)
def test_recidivism_period_counts_from_the_earliest_possible_day(facts: str, fires: bool) -> None:
    got = _findings(_one(RELEASED, facts, extra="被告人甲某系累犯，应当从重处罚。"), "E10")
    assert bool(got) == fires, got


@pytest.mark.parametrize(
    "prior,fires",
    [
        (RELEASED.replace("2013年6月15日", "2015年6月1日"), True),
        # 刑法第八十五条: a parole ends the sentence when its probation ends; this offence is within it (撤销假释, not 累犯)
        ("2012年1月1日因犯盗窃罪被判处有期徒刑三年，2014年6月1日被假释，假释考验期至2018年12月31日止。", False),
        # a parole without a readable end cannot be used
        ("2012年1月1日因犯盗窃罪被判处有期徒刑三年，2014年6月1日被假释。", False),
    ],
)
def test_recidivism_not_found_and_parole(prior: str, fires: bool) -> None:
    got = _findings(_one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。"), "E10")
    assert bool(got) == fires, got


@pytest.mark.parametrize(
    "release,facts_day,recidivist,fires",
    [
        # a release month counts from its last day for "more than five years" ...
        ("2013年6月", "2018年8月1日", True, True),
        ("2013年6月", "2018年7月1日", True, False),  # within five years of 30 June 2013
        ("2012年", "2018年1月5日", True, True),  # a release year: from 31 December 2012
        # ... and from its first day for "within five years" (a 累犯 not found)
        ("2015年6月", "2018年7月1日", False, True),
        ("2013年6月", "2018年7月1日", False, False),  # more than five years after 1 June 2013
        ("2015年6月", "2018年7月1日", True, False),
    ],
)
def test_recidivism_with_a_release_month_only(release: str, facts_day: str, recidivist: bool, fires: bool) -> None:
    prior = f"2010年1月1日因犯盗窃罪被判处有期徒刑三年，{release}刑满释放。"
    facts = f"{facts_day}，被告人甲某窃得他人手机一部，价值人民币3000元。"
    text = _one(prior, facts, extra="被告人甲某系累犯，应当从重处罚。" if recidivist else "", detained="2018年12月2日")
    j = extract(text)
    assert j.defendants[0].priors[0].release_date == {"2013年6月": "2013-06", "2015年6月": "2015-06", "2012年": "2012"}[release]
    got = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert bool(got) == fires, got


@pytest.mark.parametrize(
    "prior_charge,fires",
    [
        ("盗窃罪", True),
        # 刑法第六十六条: 危害国家安全 / 恐怖活动 / 黑社会性质组织 crimes make a 累犯 at any time
        ("分裂国家罪", False),
    ],
)
def test_special_recidivism_has_no_five_year_limit(prior_charge: str, fires: bool) -> None:
    prior = f"2002年9月6日因犯{prior_charge}被判处有期徒刑二年，2004年6月29日刑满释放。"
    text = _one(
        prior, "2013年6月19日，被告人甲某组织恐怖活动组织。", extra="被告人甲某系累犯，应当从重处罚。",
        charge="组织、领导、参加恐怖组织罪", article="一百二十条第一款", sentence="有期徒刑十二年，并处没收个人财产人民币五万元",
    )  # fmt: skip
    got = _findings(text, "E10")
    assert bool(got) == fires, got


@pytest.mark.parametrize("year_only,fires", [("", True), ("2008年，被告人甲某持刀阻碍民警执行职务。", False)])
def test_custody_before_the_offence_counts_a_year_from_its_first_day(year_only: str, fires: bool) -> None:
    text = _one("", year_only + "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", detained="2008年9月5日")
    got = [m for m in _findings(text, "X6") if "刑事拘留" in m]
    assert bool(got) == fires, got


def test_an_arrest_before_the_offence_is_x6_too() -> None:
    """因本案于2017年5月3日被逮捕 for a crime of 2018 (no 刑事拘留 before it): as impossible as a detention before it."""
    text = _one("", "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。")
    text = text.replace("因本案于2018年12月2日被刑事拘留，同年12月16日被逮捕。", "因本案于2017年5月3日被逮捕。")
    assert _findings(text, "X6") == ["被告人甲某逮捕日期2017-05-03早于查明的最早犯罪时间2018-07-01。"]


def test_each_defendant_gets_the_first_date_of_their_own_offence() -> None:
    """A co-defendant's older robbery opens the facts; the younger defendant joined only in 2010."""
    text = _two(
        ("1960年1月1日", "1982年10月28日"), "2010年6月2日", "抢劫罪", "二百六十三",
        "1993年12月22日，被告人甲某伙同他人抢劫出租车司机现金500元。2010年5月1日，被告人甲某、乙某抢劫被害人现金800元。",
        ("有期徒刑十年，并处罚金人民币一万元", "有期徒刑五年，并处罚金人民币五千元"),
    )  # fmt: skip
    j = extract(text)
    first, second = j.defendants
    assert j.offence_start == "1993-12-22"
    assert (first.offence_start, first.age_at_offence) == ("1993-12-22", 33)
    assert (second.offence_start, second.age_at_offence) == ("2010-05-01", 27)
    assert j.span("defendants[1].offence_start").text == "2010年5月1日"
    # by the document's first date 乙某 would be eleven: no minor, no 刑事责任 finding
    assert _findings(text, "E8") == []


@pytest.mark.parametrize("born,age", [("1995年6月20日", 23), ("1995年12月20日", None)])
def test_a_defendant_whose_own_sentences_give_only_a_month(born: str, age: int | None) -> None:
    """乙某 took part only in a fraud of 2018年12月间: no day of their own, and not 甲某's theft day before it; the age
    is the one they had all through that month, where it is one."""
    text = _two(
        ("1985年3月2日", born), "2019年1月5日", "诈骗罪", "二百六十六",
        "2018年11月3日，被告人甲某骗取被害人丙某人民币4200元。2018年12月间，被告人甲某、乙某共谋后骗取被害人丁某人民币26000元。",
        ("有期徒刑一年，并处罚金人民币一万元", "有期徒刑八个月，并处罚金人民币五千元"),
    )  # fmt: skip
    first, second = extract(text).defendants
    assert (first.offence_start, first.age_at_offence) == ("2018-11-03", 33)
    assert (second.offence_start, second.offence_from, second.age_at_offence) == (None, "2018-12-01", age)


def test_a_single_defendant_takes_the_documents_first_date() -> None:
    j = extract(_one("", "2018年5月，被告人甲某多次盗窃。同年7月1日，其窃得手机一部，价值人民币3000元。"))
    (d,) = j.defendants
    assert (j.offence_start, d.offence_start, d.offence_from) == ("2018-07-01", "2018-07-01", "2018-05-01")


def test_the_second_half_of_a_year_starts_in_july() -> None:
    j = extract(_one("", "2018年下半年某日，被告人甲某多次盗窃。同年9月1日，其窃得手机一部，价值人民币3000元。"))
    (d,) = j.defendants
    assert (d.offence_start, d.offence_from) == ("2018-09-01", "2018-07-01")


@pytest.mark.parametrize(
    "told, earliest, age",
    [
        ("2018年底", "2018-11-01", 18),  # 年底 (年末): no day before November, whatever a reader takes it for
        ("2018年年末", "2018-11-01", 18),
        ("2018年5月底", "2018-05-21", 18),  # 月底 (月末): no day before the 21st
        # 年初: no day after March, 月初 none after the 10th; born on 2000-05-15, 17 all through either
        ("2018年初", "2018-01-01", 17),
        ("2018年5月初", "2018-05-01", 17),
        # a season: 春 no day before February nor after May (17 or 18), 秋 August to November (18); 春节 is no season
        ("2018年春", "2018-02-01", None),
        ("2018年秋", "2018-08-01", 18),
        ("2018年春节期间", "2018-01-01", None),
    ],
)
def test_the_end_or_the_start_of_a_year_or_a_month_bounds_its_days(told: str, earliest: str, age: int | None) -> None:
    text = _one("", f"{told}，被告人甲某多次盗窃，窃得手机一部，价值人民币3000元。").replace("1980年1月1日", "2000年5月15日")
    (d,) = extract(text).defendants
    assert (d.offence_from, d.age_at_offence) == (earliest, age)


def test_offence_from_leaves_out_the_persons_record() -> None:
    """另查明 restates earlier punishments; their dates are not the offence (a bracketed 已另案判处 note is)."""
    facts = (
        "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。 另查明，被告人甲某曾因收购赃物于2006年9月11日被劳动教养一年。"
    )
    (d,) = extract(_one("", facts)).defendants
    assert d.offence_from == "2018-07-01"
    facts = "2005年10月17日，被告人甲某应乙某（已另案判处死刑）之邀窃得他人手机一部，价值人民币3000元。"
    (d,) = extract(_one("", facts)).defendants
    assert d.offence_from == "2005-10-17"


def test_offence_start_is_not_the_day_of_a_record_told_first() -> None:
    """A sentence of the facts that tells only a record (…刑满释放) and comes first gives no offence_start."""
    facts = ("2012年3月9日，被告人甲某刑满释放。 2013年10月12日，被告人甲某窃得他人手机一部，价值人民币3000元。")
    j = extract(_one("", facts))
    assert j.offence_start == "2013-10-12" and j.defendants[0].offence_start == "2013-10-12"
    # a crime told in a sentence that also names the release is an offence day
    facts = "被告人甲某刑满释放后不思悔改，于2012年3月9日窃得他人手机一部，价值人民币3000元。"
    assert extract(_one("", facts)).offence_start == "2012-03-09"
    # …but not an earlier crime the sentence says was tried (…被以故意伤害罪判刑入狱，…刑满释放)
    facts = ("1999年3月3日，被告人甲某打架斗殴致一人重伤，于2000年11月27日被以故意伤害罪判刑入狱，2005年9月23日刑满释放。 "
             "2013年2月9日，被告人甲某窃得他人手机一部，价值人民币3000元。")
    assert extract(_one("", facts)).offence_start == "2013-02-09"
    facts = ("1994年2月9日，被告人甲某持刀追砍乙某，后因此被判刑。 2014年5月22日，被告人甲某窃得他人手机一部，价值人民币3000元。")
    assert extract(_one("", facts)).offence_start == "2014-05-22"
    # nor the day a prisoner began the term of the crime told (a crime in prison: 因犯故意杀人罪，于…入某监狱服刑)
    facts = ("被告人甲某因犯故意杀人罪，于1999年5月24日入某监狱服刑，后经多次减刑。2013年7月11日，甲某在劳动中持螺丝刀"
             "捅刺服刑人员乙某，致其死亡。")
    assert extract(_one("", facts)).offence_start == "2013-07-11"


def test_a_marriage_or_divorce_sets_the_scene_and_is_no_offence_day() -> None:
    """Facts that open with 登记结婚 or a divorce (rulings on killings in a family: 1993年…登记结婚, the killing in
    2014) give the offence dates from the crime, not from the marriage; a sentence that tells a crime as well stays."""
    facts = ("2010年6月24日，被告人甲某与被害人乙某登记结婚。2017年3月，二人协议离婚。"
             "2018年7月1日，被告人甲某窃得乙某手机一部，价值人民币3000元。")
    j = extract(_one("", facts))
    (d,) = j.defendants
    assert (j.offence_start, d.offence_start, d.offence_from) == ("2018-07-01", "2018-07-01", "2018-07-01")
    crime = "2018年7月1日，被告人甲某因离婚与乙某发生争吵，后窃得乙某手机一部，价值人民币3000元。"
    assert extract(_one("", crime)).offence_start == "2018-07-01"
    (d,) = extract(_one("", "2018年5月，被告人甲某与乙某离婚后多次盗窃。同年7月1日，其窃得手机一部。")).defendants
    assert d.offence_from == "2018-05-01"
    # 同居 in a quarrel's sentence (要求与乙某恢复同居关系，乙某拒绝，两人发生争吵) is no scene: the day stays
    quarrel = ("2013年1月1日，被告人甲某与乙某举行了婚礼，后两人同居。同年10月12日，甲某要求与乙某恢复同居关系，乙某拒绝，"
               "两人发生争吵。甲某持菜刀砍击乙某头部，致其死亡。")
    assert extract(_one("", quarrel, charge="故意杀人罪", article="二百三十二")).offence_start == "2013-10-12"
    # the only day of the facts stays; a killing told with another verb stays; in a case about a marriage (重婚) the
    # wedding is the offence
    lone = "2014年6月1日，被告人甲某在未与乙某离婚的情况下，与丙某举行婚礼，并以夫妻名义共同生活。"
    assert extract(_one("", lone, charge="重婚罪", article="二百五十八")).offence_start == "2014-06-01"
    killing = ("2010年5月1日，被告人甲某与被害人乙某登记结婚。2014年6月1日晚，因乙某坚持与其离婚，甲某用绳索将乙某勒死。")
    assert extract(_one("", killing, charge="故意杀人罪", article="二百三十二")).offence_start == "2014-06-01"
    bigamy = "被告人甲某于2005年3月1日与乙某登记结婚，婚姻关系存续期间，于2016年8月8日与丙某登记结婚。"
    assert extract(_one("", bigamy, charge="重婚罪", article="二百五十八")).offence_start == "2005-03-01"
    # a couple's break-up agreement sets the scene as a divorce does, and so do how they met and lived together
    parting = "2010年1月31日，被告人甲某与乙某签订了一份分手协议。2013年1月13日，甲某将乙某杀害。"
    assert extract(_one("", parting, charge="故意杀人罪", article="二百三十二")).offence_start == "2013-01-13"
    met = "2006年12月1日，被告人甲某与被害人乙某恋爱，后以夫妻名义同居。2009年，甲某与丙某保持不正当关系。2010年，甲某与丁某产生婚外情。2013年5月6日，甲某将乙某杀害。"
    (d,) = extract(_one("", met, charge="故意杀人罪", article="二百三十二")).defendants
    assert (d.offence_start, d.offence_from) == ("2013-05-06", "2013-05-06")
    # what led up to it: a debt run up, a marriage gone sour, a divorce suit (2008年，甲某赌博欠下巨额债务)
    debt = ("2006年，被告人甲某与被害人乙某登记结婚。2008年，甲某赌博欠下巨额债务，致使夫妻关系恶化。2011年9月，乙某向法院"
            "提起离婚诉讼。2012年1月22日，甲某持刀将乙某杀害。")
    (d,) = extract(_one("", debt, charge="故意杀人罪", article="二百三十二")).defendants
    assert (d.offence_start, d.offence_from) == ("2012-01-22", "2012-01-22")
    # a debt in the sentence of the crime, or one collected by it, leaves the day where it is
    owed = "2012年1月22日，被告人甲某为索要债务，将乙某拘禁于其家中。2012年1月25日，甲某将乙某释放。"
    (d,) = extract(_one("", owed, charge="非法拘禁罪", article="二百三十八")).defendants
    assert d.offence_from == "2012-01-22"
    # a career: 2008年从部队转业 in a ruling on a 2012 killing over the job it brought
    career = ("被告人甲某2008年从部队转业后被分配到某公司，因嫌工作岗位不好而放弃。2012年7月18日，甲某持刀将乙某杀害。")
    (d,) = extract(_one("", career, charge="故意杀人罪", article="二百三十二")).defendants
    assert (d.offence_start, d.offence_from) == ("2012-07-18", "2012-07-18")
    job = career.replace("从部队转业后被分配到某公司", "到某公司工作")  # work told so is no career's start: kept
    assert extract(_one("", job, charge="故意杀人罪", article="二百三十二")).defendants[0].offence_from == "2008-01-01"


@pytest.mark.parametrize(
    ("scene", "charge", "article", "expected"),
    [
        # a licence before the drunk driving (醉驾 is a crime from 2011-05-01 on)
        ("2010年8月3日，被告人甲某获得准驾车型C1的资格。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
        ("2009年6月1日，被告人甲某取得机动车驾驶证。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
        # a company others registered years before the defendant's part
        ("2013年5月24日，乙某（另案处理）等人注册成立某某文化传播有限公司。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
        # a registration that is the crime (虚报注册资本) stays the offence day
        ("2013年5月24日，被告人甲某以虚报的注册资本注册成立某某公司。", "危险驾驶罪", "一百三十三条之一", "2013-05-24"),
        # a company founded (成立于) before the act; a rule in force from a day (自…起实行常年禁捕)
        ("某某公司成立于2013年5月，被告人甲某系该公司法定代表人。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
        ("长江干流自2013年1月1日起实行常年禁捕。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
        # the case filed by the police, told before the act in this sentence's order, is no offence day either
        ("2013年1月1日，某某县公安局对本案立案侦查。", "危险驾驶罪", "一百三十三条之一", "2015-10-08"),
    ],
)
def test_a_licence_or_a_company_before_the_act_is_no_offence_day(
    scene: str, charge: str, article: str, expected: str
) -> None:
    """The facts' first date of a licence obtained or a company registered (2010年8月3日，被告人李某获得准驾车型C1的资格,
    in a 2015 醉驾) sets the scene, as a marriage does: the offence dates come from the act."""
    facts = scene + "2015年10月8日20时许，被告人甲某醉酒驾驶小型客车行驶至某路口时被民警查获。"
    (d,) = extract(_one("", facts, charge=charge, article=article)).defendants
    assert (d.offence_start, d.offence_from) == (expected, expected)


def test_the_day_the_case_was_filed_ends_no_offence() -> None:
    """The police's filing (…对本案立案侦查), told after the act, is no day of the conduct (a 挪用公款 whose last
    transfer was months before the 监察委员会's 立案调查)."""
    facts = ("2015年10月8日20时许，被告人甲某醉酒驾驶小型客车行驶至某路口时被民警查获。"
             "2015年11月2日，某某县公安局对本案立案侦查。")
    j = extract(_one("", facts, charge="危险驾驶罪", article="一百三十三条之一"))
    assert (j.offence_start, j.offence_end) == ("2015-10-08", "2015-10-08")


def test_recidivism_not_found_points_at_the_prior_that_qualifies() -> None:
    prior = "2001年1月1日因犯盗窃罪被判处有期徒刑一年，2002年1月1日刑满释放。" + RELEASED.replace("2013年6月15日", "2015年6月1日")
    text = _one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。")
    (f,) = [f for f in run_checks([extract(text)]) if f.rule == "E10"]
    assert [(e.label, e.text[:9]) for e in f.evidence] == [("前科", "2010年1月1日"), ("犯罪时间", "2018年7月1日")]


def test_stale_recidivism_points_at_the_latest_prior() -> None:
    prior = "2001年1月1日因犯盗窃罪被判处有期徒刑一年，2002年1月1日刑满释放。" + RELEASED
    text = _one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", extra="被告人甲某系累犯，应当从重处罚。")
    (f,) = [f for f in run_checks([extract(text)]) if f.rule == "E10"]
    assert [e.text[:9] for e in f.evidence if e.label == "前科"] == ["2010年1月1日"]


@pytest.mark.parametrize(
    "facts,severity",
    [
        # the offence itself at 17: the death penalty is an error
        ("2006年12月1日，被告人甲某持刀杀死被害人乙某。", "error"),
        # a narrative that opens when he was 17 and runs to an offence at 24: only a lead to check
        # (how a couple lived together, 同居, sets the scene and dates no offence: the narrative opens with an act)
        ("2006年12月1日，被告人甲某开始威胁被害人乙某。2013年5月6日，被告人甲某持刀杀死被害人乙某。", "warning"),
    ],
)
def test_minor_death_penalty_is_an_error_only_if_the_facts_end_before_eighteen(facts: str, severity: str) -> None:
    text = JUDGMENT.format(
        seq=9, headers=HEADER.format(name="甲某", birth="1989年3月1日", prior="", detained="2013年5月6日"),
        accused="被告人甲某", charge="故意杀人罪", facts=facts, extra="", article="二百三十二",
        result="被告人甲某犯故意杀人罪，判处死刑，剥夺政治权利终身。",
    )  # fmt: skip
    got = [f for f in run_checks([extract(text)]) if f.rule == "E8" and "死刑" in f.message]
    assert [f.severity for f in got] == [severity]
    if severity == "warning":
        assert "已满十八周岁" in got[0].message and any(e.label == "查明事实日期" for e in got[0].evidence)


@pytest.mark.parametrize("later,severity", [("", "error"), ("2014年5月6日，被告人甲某再次盗窃。", "warning")])
def test_under_fourteen_is_an_error_only_if_the_facts_end_before_fourteen(later: str, severity: str) -> None:
    """Under 14, 故意杀人 needs the 最高人民检察院's approval; facts running past the 14th birthday make it a lead."""
    text = JUDGMENT.format(
        seq=10, headers=HEADER.format(name="甲某", birth="2000年3月1日", prior="", detained="2014年5月6日"),
        accused="被告人甲某", charge="故意杀人罪", facts="2013年6月1日，被告人甲某持刀杀死被害人乙某。" + later,
        extra="", article="二百三十二", result="被告人甲某犯故意杀人罪，判处有期徒刑十年。",
    )  # fmt: skip
    got = [f.severity for f in run_checks([extract(text)]) if f.rule == "E8" and "核准追诉" in f.message]
    assert got == [severity]


@pytest.mark.parametrize(
    "adopts",
    ["经法庭审理，查明的事实、证据与指控的事实、证据相同。", "经审理查明的事实与公诉机关的指控一致。", "经审理查明的事实与起诉书指控的犯罪事实基本一致。"],
)
def test_findings_that_adopt_the_prosecution_read_its_account(adopts: str) -> None:
    """The facts section only says it agrees with the charge: the dates, drugs and amounts are in the account
    of the prosecution (公诉机关指控：…), which is read as the facts."""
    text = (
        "某某市某某区人民法院 刑事判决书 （2019）浙0102刑初8号 公诉机关某某市某某区人民检察院。 "
        "被告人甲某，男，1980年1月1日出生，汉族，初中文化，无业。因本案于2018年12月2日被刑事拘留。 "
        "某某区人民检察院以起诉书指控被告人甲某犯贩卖毒品罪，于2019年3月1日向本院提起公诉。 "
        "公诉机关指控：2018年11月30日，被告人甲某在某某小区以人民币300元的价格向乙某贩卖甲基苯丙胺一包，净重0.52克。 "
        f"{adopts} 本院认为，被告人甲某的行为已构成贩卖毒品罪。"
        "依照《中华人民共和国刑法》第三百四十七条之规定，判决如下： 被告人甲某犯贩卖毒品罪，判处有期徒刑八个月，并处罚金人民币二千元。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇一九年四月一日 书记员丙某"
    )
    j = extract(text)
    assert (j.offence_start, j.offence_end) == ("2018-11-30", "2018-11-30")
    assert (j.drug, j.drug_grams) == ("甲基苯丙胺", 0.52)
    assert j.defendants[0].age_at_offence == 38


def test_an_appeal_that_adopts_the_first_instance_findings_reads_them() -> None:
    text = (
        "某某市中级人民法院 刑事判决书 （2014）某刑二终字第9号 原公诉机关某某区人民检察院。 "
        "上诉人（原审被告人）甲某，男，1980年1月1日出生，无职业。因本案于2013年4月20日被抓获，同月25日被刑事拘留。 "
        "某某区人民法院审理某某区人民检察院指控原审被告人甲某犯盗窃罪一案，于2014年4月1日作出（2014）某刑初字第1号刑事判决。"
        "原审被告人甲某不服，提出上诉。 原判认定，2013年1月22日，被告人甲某在某某商场窃得被害人乙某的手机一部，价值人民币3000元。"
        "原审法院认为，被告人甲某的行为已构成盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。 "
        "经二审审理查明的事实、证据与一审相同，本院对原判认定的事实和证据予以确认。 本院认为，上诉人甲某的行为已构成盗窃罪。"
        "依照《中华人民共和国刑事诉讼法》第二百二十五条第一款第（一）项之规定，判决如下： 驳回上诉，维持原判。 本判决为终审判决。 "
        "审判长乙某 二〇一四年八月十九日 书记员丙某"
    )
    j = extract(text)
    assert j.offence_start == "2013-01-22"


def test_a_capture_day_is_no_offence_day_when_the_offence_has_months_only() -> None:
    """2023年10月至12月间… (the offence, by month); 2024年1月5日…被公安民警抓获 (the capture, by day): the capture's day was
    the offence_start, and the age was taken on it."""
    facts = ("2018年3月至5月间，被告人甲某多次窃取他人财物，价值共计人民币3000元。"
             "2018年7月1日，被告人甲某被公安民警抓获。")
    (d,) = extract(_one("", facts)).defendants
    assert (d.offence_start, d.offence_from, d.age_at_offence) == (None, "2018-03-01", 38)
    # a day of the offence, where there is one, stays the offence's first day
    (d,) = extract(_one("", "2018年5月2日，被告人甲某窃得他人手机一部，价值人民币3000元。2018年7月1日，被告人甲某被抓获。")).defendants
    assert d.offence_start == "2018-05-02"


def test_a_capture_dated_before_the_crime_is_not_its_earliest_day() -> None:
    """…9月13日被公安民警抓获 written before a crime of 9月15日 (a slip in the year or day): the earliest offence day is the
    crime's, so X6 sees the 刑事拘留 of 9月13日 come before it; a capture that is the only day stays."""
    facts = "2018年9月15日，被告人甲某窃得他人手机一部，价值人民币3000元。2018年9月13日，被告人甲某被公安民警抓获。"
    text = _one("", facts, detained="2018年9月13日")
    (d,) = extract(text).defendants
    assert d.offence_from == "2018-09-15"
    assert any(f.rule == "X6" and "早于查明的最早犯罪时间" in f.message for f in run_checks([extract(text)]))
    (d,) = extract(_one("", "被告人甲某多次窃取他人财物。2018年9月13日，被告人甲某被公安民警抓获。")).defendants
    assert d.offence_from == "2018-09-13"


def test_a_day_caught_in_a_drug_deal_is_an_offence_day() -> None:
    """…前去领取毒品时被抓获 / 交易毒品时…抓获: caught in the act, the day is the offence's (it was dropped as a capture)."""
    facts = "2018年3月，被告人甲某多次贩卖甲基苯丙胺。2018年7月1日，被告人甲某前去领取毒品时被抓获，当场查获甲基苯丙胺10克。"
    (d,) = extract(_one("", facts)).defendants
    assert d.offence_start == "2018-07-01"


def test_a_victims_birth_date_is_no_offence_date() -> None:
    """被害人乙某（出生于2005年9月18日）: a birth date written after 出生于 is no offence date (it was offence_from)."""
    facts = ("2018年7月1日，被告人甲某在某地窃得被害人乙某（出生于2005年9月18日）的手机一部，价值人民币3000元。")
    [d] = extract(_one("", facts)).defendants
    assert (d.offence_start, d.offence_from) == ("2018-07-01", "2018-07-01")


def test_a_name_ending_in_sheng_before_yu_is_no_birth_date() -> None:
    """被告人王建生于2018年7月1日…: 生于 there is the name's 生 and 于, not a birth date."""
    text = _one("", "被告人王建生于2018年7月1日在某地窃得他人手机一部，价值人民币3000元。").replace("甲某", "王建生")
    [d] = extract(text).defendants
    assert d.offence_start == "2018-07-01"


def test_the_reasoning_s_larger_drug_total_is_the_quantity() -> None:
    """The facts state one buyer's subtotal as a total (向乙某贩卖…共计880克) and the reasoning sums every deal
    (…共计7158克): the court's sum is the quantity; a smaller reasoning total (one charge's) changes nothing."""
    facts = ("2018年5月，被告人甲某从丙某处购得甲基苯丙胺7158克。同年5月至7月，被告人甲某先后五次向乙某贩卖甲基苯丙胺共计880克。"
             "其余甲基苯丙胺被公安机关查获。")
    larger = "被告人甲某贩卖、运输甲基苯丙胺共计7158克，数量大。"
    j = extract(_one("", facts, extra=larger, charge="贩卖、运输毒品罪", article="三百四十七"))
    assert (j.drug, j.drug_grams) == ("甲基苯丙胺", 7158.0)
    smaller = "被告人甲某向乙某贩卖甲基苯丙胺共计80克。"
    assert extract(_one("", facts, extra=smaller, charge="贩卖、运输毒品罪", article="三百四十七")).drug_grams == 880.0


def test_a_sentence_naming_a_record_and_telling_a_crime_dates_the_offence() -> None:
    """刑满释放后不思悔改，于…窃得…: the release is named, the theft is told; the day is the offence's, for offence_from
    too (it was later than offence_start, and check E10 read its window from it). A prior told in the facts
    (因犯盗窃罪于…被我院判处…) is still none."""
    facts = ("被告人甲某刑满释放后不思悔改，于2018年5月2日窃得他人手机一部，价值人民币3000元。2018年6月，被告人甲某再次盗窃。"
             "另查明，被告人甲某曾因犯盗窃罪于2009年1月4日被我院判处有期徒刑三年，2011年1月27日刑满释放。")
    (d,) = extract(_one("", facts)).defendants
    assert (d.offence_start, d.offence_from) == ("2018-05-02", "2018-05-02")


def test_the_capture_day_ends_no_conduct() -> None:
    """2012年10月17日…将甲某抓获 after a killing in 1997: the conduct ended in 1997 (E8 and E18 read it from
    offence_end); caught in the act (一起吸食冰毒的过程中被抓获, a 容留 case) is still the conduct."""
    facts = "1997年12月22日，被告人甲某持刀将被害人乙某杀死。2012年10月17日，公安人员将甲某抓获。"
    j = extract(_one("", facts, charge="故意杀人罪", article="二百三十二"))
    assert (j.offence_start, j.offence_end) == ("1997-12-22", "1997-12-22")
    facts = ("2016年7月3日，被告人甲某在其租住屋内容留乙某吸食冰毒。同月5日，被告人甲某在其租住屋内伙同乙某一起吸食冰毒的过程中"
             "被抓获。")
    j = extract(_one("", facts, charge="容留他人吸毒罪", article="三百五十四"))
    assert j.offence_end == "2016-07-05"


@pytest.mark.parametrize(("later", "last"), [
    ("另查明，2019年1月15日，被告人甲某的亲属代为赔偿被害人乙某经济损失人民币2万元，乙某对甲某表示谅解。", "2018-06-20"),
    ("2019年1月15日，被告人甲某与被害人乙某达成和解协议。", "2018-06-20"),
    ("2019年1月15日，被告人甲某退还被害人乙某被抢手机一部。", "2018-06-20"),
    # not a payment the crime demands (丙某要求赔偿…), nor one refused (拒不退还): that is what was done
    ("2019年1月15日，被告人甲某伙同丙某要求乙某赔偿，乙某惧怕，赔偿人民币2万元了事。", "2019-01-15"),
    ("2019年1月15日，被告人甲某将乙某的手机据为己有，拒不退还。", "2019-01-15"),
])
def test_a_day_of_what_made_good_ends_no_conduct(later: str, last: str) -> None:
    """另查明，2019年1月15日，被告人的亲属代为赔偿…: compensation paid, a settlement reached or goods returned after the act
    is no day of the offence (E8 and E18 read the conduct's end from offence_end)."""
    facts = "2018年6月20日，被告人甲某持木棍击打被害人乙某头部，致乙某轻伤二级。" + later
    j = extract(_one("", facts, charge="故意伤害罪", article="二百三十四"))
    assert j.offence_end == last
    assert [b for _a, b in j.defendants[0].conduct_dates] == sorted({"2018-06-20", last})


def test_a_surrender_day_is_no_defendants_offence_start() -> None:
    """Of two defendants, the only whole day of a sentence naming 乙某 is the day he surrendered (…主动到公安机关
    投案): his offence began with the fraud of 2018年3月, first paid on 3月20日, not then (E8 and E9 read his age
    from it)."""
    facts = ("2018年3月，被告人甲某向被害人丙某谎称可为其子安排工作，并安排被告人乙某冒充公司人事主管与丙某见面。丙某信以为真，"
             "于2018年3月20日、4月2日先后向甲某转账共计人民币52000元。2018年9月12日，被告人甲某被公安民警抓获。"
             "2018年9月15日，被告人乙某主动到公安机关投案。")
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年9月15日", "诈骗罪", "二百六十六", facts,
                ("有期徒刑四年，并处罚金人民币四万元", "有期徒刑二年，并处罚金人民币二万元"))
    first, second = extract(text).defendants
    assert (first.offence_start, second.offence_start) == ("2018-03-20", "2018-03-20")
    assert (second.offence_from, second.captured_on) == ("2018-03-01", "2018-09-15")


@pytest.mark.parametrize("after", [
    "2018年5月30日，某建设公司与被害人丙某的近亲属达成赔偿协议，被害人近亲属对二被告人表示谅解。"
    "被告人乙某于2018年6月20日主动到公安机关投案。",
    "2018年5月25日，被告人甲某退赔被害人近亲属经济损失人民币十万元，取得谅解。",
    "2018年5月9日，被告人甲某、乙某被公安机关抓获。",
])
def test_a_defendant_named_only_after_the_act_takes_the_cases_day(after: str) -> None:
    """An accident the facts date in a sentence naming only the foreman 乙某 (2018年5月8日9时许，被告人乙某安排
    工人…), the manager 甲某's omission told undated: the only whole days of sentences naming 甲某 are of what
    came after the act (a compensation of 二被告人, a repayment, the capture), no offence day of his; his is the
    case's, and his detention of the next day is not before it (X6)."""
    facts = ("被告人甲某系某建设公司某项目项目经理，负责项目安全生产管理。2018年5月7日，该项目楼面临边防护栏杆被拆除后未予恢复。"
             "2018年5月8日9时许，被告人乙某在未检查临边防护的情况下安排工人丙某在楼面临边处作业，丙某从临边处坠落至地面，"
             "经抢救无效死亡。被告人甲某未组织开展安全检查，未及时消除事故隐患。" + after)
    headers = (HEADER.format(name="甲某", birth="1975年1月1日", prior="", detained="2018年5月9日")
               + HEADER.format(name="乙某", birth="1980年1月1日", prior="", detained="2018年6月20日"))
    text = JUDGMENT.format(
        seq=9, headers=headers, accused="被告人甲某、乙某", charge="重大责任事故罪", article="一百三十四条第一款",
        facts=facts, extra="", result="被告人甲某犯重大责任事故罪，判处有期徒刑一年六个月。被告人乙某犯重大责任事故罪，判处有期徒刑一年。",
    )  # fmt: skip
    first, _second = extract(text).defendants
    assert (first.offence_from, first.offence_start) == ("2018-05-07", "2018-05-07")
    assert [m for m in _findings(text, "X6") if "甲某" in m] == []


@pytest.mark.parametrize(("second", "last"), [
    ("2.2018年5月21日15时许，被告人甲某在某市场门口以人民币400元的价格向丙某贩卖甲基苯丙胺1.2克，交易完成后被公安民警当场抓获。",
     "2018-05-21"),
    # the crime the capture is for, not one told (因涉嫌…), nor one before the day (…混入…，2018年5月21日，民警…查获)
    ("2.2018年5月21日，被告人甲某因涉嫌贩卖毒品，被公安民警抓获。", "2018-05-14"),
    ("2.后丙某将其吸食剩下的甲基苯丙胺混入上述毒品中，2018年5月21日，民警在丙某住处查获甲基苯丙胺1.2克。", "2018-05-14"),
])
def test_a_day_the_sentence_tells_the_act_before_the_capture_is_an_act_day(second: str, last: str) -> None:
    """…贩卖甲基苯丙胺1.2克，交易完成后被公安民警当场抓获: the sale is told from the day on, the capture after it; the day
    is the last act's (X6 and E10 read it), though the sentence tells what came after too."""
    facts = "1.2018年5月14日20时许，被告人甲某在某烧烤摊旁以人民币300元的价格向乙某贩卖甲基苯丙胺0.8克。" + second
    (d,) = extract(_one("", facts, charge="贩卖毒品罪", article="三百四十七")).defendants
    assert d.last_act_day == last


@pytest.mark.parametrize("part,first", [("上旬", "2018-03-01"), ("中旬", "2018-03-11"), ("下旬", "2018-03-21")])
def test_a_third_of_a_month_dates_the_earliest_offence_day(part: str, first: str) -> None:
    """2018年3月下旬…: the offence cannot have begun before the 21st (it counted from the 1st)."""
    facts = f"2018年3月{part}，被告人甲某多次盗窃他人财物。2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。"
    (d,) = extract(_one("", facts)).defendants
    assert d.offence_from == first


def test_how_the_defendant_met_the_victim_sets_the_scene() -> None:
    """被告人甲某与被害人乙某经人介绍相识 (no act): the month of meeting is no offence day; co-offenders meeting is
    left to the acts around it (a cell's members 相识 in a terror ruling are part of the offence)."""
    facts = "2010年11月，被告人甲某与被害人乙某经人介绍相识，后乙某认为二人不适合交往。2011年9月4日，甲某将乙某杀害。"
    (d,) = extract(_one("", facts, charge="故意杀人罪", article="二百三十二")).defendants
    assert d.offence_from == "2011-09-04"


def test_marrying_into_a_family_sets_the_scene() -> None:
    facts = "2001年7月，被告人甲某入赘乙某家。2003年3月21日，甲某将乙某杀害。"
    (d,) = extract(_one("", facts, charge="故意杀人罪", article="二百三十二")).defendants
    assert d.offence_from == "2003-03-21"


def test_e10_notes_a_prior_judged_before_twenty() -> None:
    """Judged at 19, the earlier crime may have been a minor's (刑法65 excepts it) and the text rarely dates it: the
    lead says so."""
    prior = "1999年6月1日因犯抢劫罪被判处有期徒刑十八年，2016年1月1日刑满释放。"
    (m,) = _findings(_one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。"), "E10")
    assert "判决未认定累犯（前罪判决时19周岁，前罪犯罪时是否已满十八周岁未载明），请核实。" in m


@pytest.mark.parametrize(
    "prior,code,basis",
    [
        ("2015年1月1日因犯盗窃罪被判处有期徒刑三年，2017年6月15日刑满释放。", None, None),
        ("2015年1月1日因犯交通肇事罪被判处有期徒刑三年，2017年6月15日刑满释放。", "E10", "过失犯罪"),  # 刑法65: not 过失
        # judged at 16: an age rule, which the catalogue files under E8 (two blind planters filed it there)
        ("1997年1月1日因犯盗窃罪被判处有期徒刑三年，1999年6月15日刑满释放。", "E8", "不满十八周岁"),
    ],
)
def test_recidivism_found_on_a_negligent_or_a_minors_prior(prior: str, code: str | None, basis: str | None) -> None:
    text = _one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", extra="被告人甲某系累犯，应当从重处罚。")
    text = text.replace("1980年1月1日", "1981年1月1日")
    got = {c: [m for m in _findings(text, c) if "不构成累犯" in m] for c in ("E8", "E10")}
    assert [c for c in got if got[c]] == ([code] if code else []), got
    if code:
        assert basis in got[code][0]


@pytest.mark.parametrize(
    "robbery, fires",
    [("1999年11月3日因犯抢劫罪被判处有期徒刑四年；", True),  # served by 2003-11-03 at the latest
     ("2012年11月3日因犯抢劫罪被判处有期徒刑四年，2016年11月3日刑满释放；", False)],  # within five years of 2018
)
def test_recidivism_on_priors_each_excepted_one_way_or_the_other(robbery: str, fires: bool) -> None:
    """A robbery served long before, and a 交通肇事 (a 过失 crime) released since: neither founds a 累犯."""
    prior = f"{robbery}2015年1月1日因犯交通肇事罪被判处有期徒刑三年，2017年6月15日刑满释放。"
    text = _one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", extra="被告人甲某系累犯，应当从重处罚。")
    assert len(extract(text).defendants[0].priors) == 2
    got = [m for m in _findings(text, "E10") if "不构成累犯" in m]
    assert got == (["被告人甲某被认定为累犯，但其前罪交通肇事罪系过失犯罪，其余前罪最晚于2003-11-03之前（1999-11-03判处4年）"
                    "刑满释放，至本案犯罪时间2018-07-01已逾五年，依刑法第六十五条不构成累犯。"] if fires else []), got


def test_recidivism_beyond_five_years_of_the_latest_possible_release() -> None:
    """No release date: a term judged in 1995 of three years was served by 1998 at the latest; an offence of 2018 is
    far more than five years on."""
    prior = "1995年1月1日因犯盗窃罪被判处有期徒刑三年。"
    got = _findings(_one(prior, "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", extra="被告人甲某系累犯，应当从重处罚。"), "E10")
    assert any("已逾五年" in m for m in got), got
    recent = _one(prior.replace("1995年", "2014年"), "2018年7月1日，被告人甲某窃得他人手机一部，价值人民币3000元。", extra="被告人甲某系累犯，应当从重处罚。")
    assert not any("已逾五年" in m for m in _findings(recent, "E10"))


@pytest.mark.parametrize("caught, fires", [("2018年6月25日", True), ("2018年7月2日", False)])
def test_x6_the_only_defendant_caught_before_a_later_crime(caught: str, fires: bool) -> None:
    """A capture the facts date before a later crime, with no release told: the day of that crime is the one whose
    own sentence sets the scene (…来到某小区), the theft following in a sentence of no date that names the defendant."""
    facts = (f"2018年6月20日，被告人甲某窃得他人手机一部，价值人民币3000元。{caught}，被告人甲某被公安民警抓获。"
             "2018年7月1日10时许，被告人甲某来到某小区。被告人甲某趁无人之机窃得他人电动车一辆，价值人民币2000元。")
    text = _one("", facts, detained="2018年7月2日")
    assert extract(text).defendants[0].last_act_day == "2018-07-01"
    assert _findings(text, "X6") == (
        ["被告人甲某被抓获（归案）日期2018-06-25早于查明事实所述其2018-07-01实施的犯罪。"] if fires else []
    )


def test_x6_not_for_a_capture_dated_from_a_victims_birth_date() -> None:
    """同年 after a victim's birth date in brackets (学生乙某（2010年4月出生）) is the year of the story: the capture is
    2018-10-18, on the day of the custody, not 2010-10-18 before the crime."""
    facts = ("2018年10月17日16时许，被告人甲某以勒索财物为目的，将放学回家的学生乙某（2010年4月出生）骗上其驾驶的轿车，"
             "带至其租住的出租房内控制，并向乙某的父亲索要赎金人民币十万元。公安民警于同年10月18日5时许在上述出租房内将"
             "乙某解救，并将甲某抓获。")
    text = _one("", facts, charge="绑架罪", article="二百三十九", sentence="有期徒刑十年，并处罚金人民币一万元",
                detained="2018年10月18日")
    assert extract(text).defendants[0].captured_on == "2018-10-18"
    assert _findings(text, "X6") == []


def test_a_loan_to_the_victim_sets_the_scene_of_a_detention_for_it() -> None:
    """The victim's loan a 非法拘禁 was to collect (2018年5月，被害人乙某向被告人甲某借款…) is no day of the conduct;
    the accused's borrowing (the fraud may be the loan), a loan at interest and one told with the force
    stay."""
    detention = ("2018年9月3日20时许，被告人甲某将乙某强行拉上车，带至其租住的出租房内看管，不准其离开，逼迫其筹钱还款。"
                 "同年9月5日12时许，乙某的妻子向甲某转账人民币三万元后，乙某被放离。")

    def first(loan: str) -> str | None:
        text = _one("", loan + detention, charge="非法拘禁罪", article="二百三十八", sentence="有期徒刑一年",
                    detained="2018年9月6日")
        return extract(text).defendants[0].offence_from

    assert first("2018年5月，被害人乙某向被告人甲某借款人民币五万元，约定两个月内归还，到期后未还。") == "2018-09-03"
    assert first("2018年5月，被告人甲某借款人民币五万元给被害人乙某，乙某到期后未还。") == "2018-09-03"
    assert first("2018年5月，被告人甲某以做生意为由向被害人乙某借款人民币五万元。") == "2018-05-01"
    assert first("2018年5月，被害人乙某向被告人甲某借款人民币五万元，约定月息3%。") == "2018-05-01"
    assert first("2018年5月，被害人乙某向被告人甲某借款人民币五万元，甲某多次向其索要未果。") == "2018-05-01"


def test_a_post_taken_up_sets_the_scene_of_a_crime_done_through_it() -> None:
    """The day a defendant took up the post a 职务侵占 was done through (被告人甲某自2016年6月起在某公司担任仓库主管) is
    no day of the conduct, where a sentence of the crime is dated (2019年2月至12月，甲某利用管理仓库的职务便利…): the
    conduct falls more than five years after a release of 2013-06-15, and a 累犯 is E10."""
    post = "被告人甲某自2016年6月起在某五金制品有限公司担任仓库主管，负责原材料的入库、保管和出库等工作。"
    crime = ("2019年2月至12月，被告人甲某利用管理仓库的职务便利，先后十次将仓库内的铜材私自运出变卖，得款人民币12万元。"
             "2020年1月5日，被告人甲某被公安机关抓获。")

    def first(facts: str, charge: str = "职务侵占罪", article: str = "二百七十一") -> str | None:
        text = _one("", facts, charge=charge, article=article, detained="2020年1月5日")
        return extract(text).defendants[0].offence_from

    text = _one(RELEASED, post + crime, extra="被告人甲某系累犯，应当从重处罚。", charge="职务侵占罪",
                article="二百七十一", detained="2020年1月5日")
    (d,) = extract(text).defendants
    assert (d.offence_from, d.conduct_dates[0]) == ("2019-02-01", ("2019-02-01", "2019-02-28"))
    assert _findings(text, "E10")
    # months may be all the facts give of the crime (2019年2月至12月，…收受…); a post held for a time, one told by
    # 任 or by the appointment, the duties' words (…审核和劳务费发放等工作) being no act
    months = "2019年2月至12月，被告人甲某利用上述职务便利，为他人谋取利益，非法收受他人财物共计人民币30万元。"
    bribe = ("非国家工作人员受贿罪", "一百六十三")
    assert first("被告人甲某自2016年6月起任某医药公司采购部经理。" + months, *bribe) == "2019-02-01"
    assert first("2016年6月至2020年1月，被告人甲某担任某医药公司采购部经理，负责审核和货款发放等工作。" + months,
                 *bribe) == "2019-02-01"
    assert first("2016年6月，被告人甲某被某公司聘为采购部经理。" + months, *bribe) == "2019-02-01"
    # the post's day stays where its part of the sentence tells the crime (利用担任…的职务便利，于2016年6月…), where
    # no dated sentence of the crime is left (在此期间…), in a crime where joining is the act (a fraud ring's
    # 业务员), and for the post of an event's time (找到时任科长的乙某…)
    used = "被告人甲某利用担任仓库主管的职务便利，于2016年6月至2019年12月先后十次将仓库内的铜材私自运出变卖。"
    assert first(used) == "2016-06-01"
    assert first("2016年6月至2019年12月，被告人甲某担任仓库主管。在此期间，甲某多次将仓库内的铜材私自运出变卖。"
                 "2020年1月5日，被告人甲某被公安机关抓获。") == "2016-06-01"
    fraud = ("2016年6月，被告人甲某入职某科技有限公司担任业务员。2019年2月至12月，甲某以投资为名骗取他人财物共计30万元。")
    assert first(fraud, "诈骗罪", "二百六十六") == "2016-06-01"
    assert first("2016年6月，被告人甲某找到时任某局科长的乙某，请其关照。" + months, *bribe) == "2016-06-01"


def test_a_day_that_sets_the_scene_of_someone_elses_crime_is_no_act_day() -> None:
    """The crime following a day (后乙某…盗窃) is not the defendant's where its sentence does not name them."""
    facts = ("2018年6月20日，被告人甲某窃得他人手机一部，价值人民币3000元。2018年7月1日，乙某（另案处理）与某公司签订协议。"
             "后乙某采取偷拉原矿石的方式盗窃矿石。")
    assert extract(_one("", facts)).defendants[0].last_act_day == "2018-06-20"


def test_whom_a_sentence_says_was_caught() -> None:
    """公安人员在甲某家将乙某抓获: 乙某's capture, not 甲某's, in a judgment of both."""
    facts = ("2018年12月1日，被告人甲某、乙某共同窃得他人手机一部，价值人民币3000元。2018年12月2日，公安人员在甲某家将乙某抓获。"
             "2018年12月3日，被告人甲某被公安民警抓获。")
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年12月3日", "盗窃罪", "二百六十四", facts,
                ("有期徒刑一年", "有期徒刑一年"))
    assert [d.captured_on for d in extract(text).defendants] == ["2018-12-03", "2018-12-02"]


@pytest.mark.parametrize(("told", "expected"), [
    # the capture of the one the sentence tells of (乙某), not of one named inside it (甲某的身份证件)
    ("2018年12月2日，乙某持伪造的甲某身份证件进入某商场时被保安发现，后被民警当场抓获。", [None, "2018-12-02"]),
    ("2018年12月2日，被告人乙某、甲某被民警抓获。", ["2018-12-02", "2018-12-02"]),  # both, listed
    ("2018年12月2日，被告人甲某和乙某在某地被民警抓获。", ["2018-12-02", "2018-12-02"]),
    ("2018年12月2日，被告人乙某负责望风，被告人甲某将手机交给丙某，后两人被民警抓获。", ["2018-12-02", "2018-12-02"]),
])
def test_whom_a_capture_sentence_tells_of(told: str, expected: list[str | None]) -> None:
    facts = "2018年12月1日，被告人甲某、乙某共同窃得他人手机一部，价值人民币3000元。" + told
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年12月3日", "盗窃罪", "二百六十四", facts,
                ("有期徒刑一年", "有期徒刑一年"))
    assert [d.captured_on for d in extract(text).defendants] == expected


@pytest.mark.parametrize("middle, fires", [("", True), ("2008年5月3日，被告人甲某窃得他人自行车一辆，价值人民币800元。", False)])
def test_e10_a_recidivist_whose_every_act_lies_outside_the_five_years(middle: str, fires: bool) -> None:
    """A theft of 1995, before the prior, and one of 2011, more than five years after its release in 2004: neither is
    a crime within five years of the release (刑法65); one of 2008 between them is."""
    prior = "2003年7月16日因犯盗窃罪被判处有期徒刑一年，2004年10月1日刑满释放。"
    facts = (f"1995年9月12日，被告人甲某窃得他人手机一部，价值人民币3000元。{middle}"
             "2011年9月26日，被告人甲某窃得他人电动车一辆，价值人民币5000元。")
    text = _one(prior, facts, extra="被告人甲某系累犯，应当从重处罚。").replace("（2019）", "（2012）").replace(
        "2018年12月2日", "2011年10月2日").replace("同年12月16日", "同年10月16日")
    (d,) = extract(text).defendants
    assert d.conduct_dates[0] == ("1995-09-12", "1995-09-12") and len(d.conduct_dates) == (3 if middle else 2)
    got = [m for m in _findings(text, "E10") if "五年以内" in m]
    assert got == (["被告人甲某本案查明的犯罪时间（1995-09-12、2011-09-26）均不在前罪刑满释放（2004-10-01）后五年以内，"
                    "认定累犯与刑法第六十五条不符。"] if fires else []), got


@pytest.mark.parametrize(
    ("caught", "expected"),
    [
        # what a search seized in the capture's sentence (drugs) is no crime of it
        ("2018年7月5日，民警在被告人甲某的住处将其抓获，并对该住处进行搜查，共查获疑似毒品1包。", "2018-07-05"),
        ("2018年7月5日，公安机关在甲某暂住处查获疑似毒品51包，并当场将被告人甲某抓获。", "2018-07-05"),
        # nor a confession of the crime after it
        ("2018年7月5日，被告人甲某被公安机关传唤到案，其归案后对其实施的盗窃犯罪事实供认不讳。", "2018-07-05"),
        # a crime told with the capture stays the act's, no capture of its own (贩卖 outside the seizure)
        ("2018年7月5日，被告人甲某贩卖毒品时被民警当场查获。", None),
    ],
)
def test_a_capture_with_what_was_seized_or_confessed(caught: str, expected: str | None) -> None:
    """A capture sentence that also tells what a search seized or what the person confessed is the capture's day."""
    facts = "2018年6月20日，被告人甲某窃得他人手机一部，价值人民币3000元。" + caught
    (d,) = extract(_one("", facts)).defendants
    assert d.captured_on == expected


@pytest.mark.parametrize(
    ("caught", "last"),
    [
        # a surrender with the confession of the crime after it; a capture with the stolen goods recovered
        ("2018年7月5日，被告人甲某到某某派出所投案，如实供述了上述盗窃事实。", "2018-06-20"),
        ("次日，被告人甲某被公安机关抓获，被窃手机已追回并发还被害人。", "2018-06-20"),
        ("2018年7月5日，被告人甲某被公安机关抓获，被盗手机已追回。", "2018-06-20"),
        # caught in the act is still the act's day, whatever the confession after it
        ("2018年7月5日，被告人甲某在某商场盗窃时被当场抓获，如实供述了上述盗窃事实。", "2018-07-05"),
    ],
)
def test_a_capture_with_a_confession_or_the_goods_recovered_ends_no_conduct(caught: str, last: str) -> None:
    """…投案，如实供述了上述盗窃事实 and …被公安机关抓获，被窃手机已追回: the crime words are those of the confession
    and of the goods, the day the capture's, no day of the offence (E8 and E18 read the conduct's end from
    offence_end)."""
    facts = "2018年6月20日，被告人甲某窃得他人手机一部，价值人民币3000元。" + caught
    assert extract(_one("", facts)).offence_end == last


# a retrial of a judgment that dated the fraud by months, with the term it imposed and the petition against it
RETRIAL = (
    "某某市中级人民法院 刑事判决书 （2022）苏02刑再6号 原公诉机关某某区人民检察院。 "
    "原审被告人（申诉人）甲某，男，1981年10月20日出生，汉族，住某某区。因涉嫌犯诈骗罪于2019年11月5日被刑事拘留，"
    "同年12月10日被逮捕。现在某某监狱服刑。 某某区人民法院审理某某区人民检察院指控原审被告人甲某犯诈骗罪一案，于2020年4月"
    "8日作出（2020）苏0203刑初77号刑事判决。宣判后，甲某未提出上诉，判决发生法律效力。甲某以原判量刑过重为由提出申诉。本院"
    "于2022年2月14日作出（2022）苏02刑申19号再审决定，对本案进行再审。本院依法另行组成合议庭，公开开庭审理了本案。"
    "现已审理终结。 原审判决认定：2018年5月至2019年8月间，被告人甲某虚构承揽工程的事实，骗取被害人乙某、丙某人民币共计"
    "96000元。2019年11月5日，甲某被公安机关抓获。 原审判决认为，被告人甲某的行为已构成诈骗罪，判决：被告人甲某犯诈骗罪，"
    "判处有期徒刑五年，并处罚金人民币五万元（{term}）。 申诉人甲某申诉称，其于2019年11月5日主动到公安机关投案，系自首。 "
    "出庭检察员认为，甲某系自动投案，建议依法改判。 经再审查明：原审判决认定原审被告人甲某骗取被害人乙某、丙某人民币共计"
    "96000元的事实清楚，证据确实、充分，本院予以确认。另查明：2019年11月5日，甲某到某某派出所投案，如实供述了上述诈骗事实。 "
    "本院认为，原审被告人甲某以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪。甲某自动投案，"
    "如实供述自己的罪行，系自首，可以从轻处罚。依照《中华人民共和国刑法》第二百六十六条、第六十七条第一款之规定，判决如下： "
    "原审被告人甲某犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币五万元（刑期自2019年11月5日起至2023年5月4日止）。 "
    "本判决为终审判决。 审判长丁某 审判员戊某 审判员己某 二〇二二年六月十日 书记员庚某"
)


@pytest.mark.parametrize(
    "term",
    [
        "刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2019年11月5日起至2024年11月4日止",
        "刑期自2019年11月5日起至2024年11月4日止",
        "刑期自2019年11月5日起执行",
    ],
)
def test_the_term_a_retrial_retells_dates_no_offence(term: str) -> None:
    """The term the retried judgment imposed starts on the day custody began (…即自2019年11月5日起至…止): no
    day of a fraud its findings date by months, which the retrial upholds (E8 and E9 read the age from them:
    36 all through May 2018, not 38); nor is the surrender its own findings tell (…投案，如实供述了上述诈骗事实)."""
    j = extract(RETRIAL.format(term=term))
    (d,) = j.defendants
    assert (j.offence_start, j.offence_end, d.offence_start) == (None, None, None)
    assert (d.offence_from, d.age_at_offence) == ("2018-05-01", 36)


# three acts listed, the later two told of 二被告人 (both of the judgment's two) without their names
LISTED_ACTS = (
    "1.2018年6月1日19时许，被告人甲某驾驶摩托车搭载被告人乙某，由乙某抢夺被害人丙某挎包一个，价值人民币3000元。"
    "2.2018年6月14日20时许，二被告人采用上述手段，抢夺被害人丁某手机一部，价值人民币4000元。"
    "3.2018年6月27日21时许，二被告人采用上述手段，抢夺被害人戊某手机一部，价值人民币2000元。"
    "2018年7月2日，二被告人被公安民警抓获。"
)


@pytest.mark.parametrize(
    ("facts", "last", "caught"),
    [
        (LISTED_ACTS, "2018-06-27", "2018-07-02"),
        # 第二被告人 is one of them, not both: the later acts stay 乙某's alone
        (LISTED_ACTS.replace("二被告人采用", "第二被告人乙某采用").replace("二被告人被", "被告人甲某、乙某被"),
         "2018-06-01", "2018-07-02"),
    ],
)
def test_acts_told_of_both_defendants_together_are_each_ones(facts: str, last: str, caught: str) -> None:
    """二被告人 in a judgment of two names each of them: a list of acts that names them in its first act only
    dates their last act (E8, E10 and X6 read it) and their capture by its later items."""
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年7月2日", "抢夺罪", "二百六十七", facts,
                ("有期徒刑二年，并处罚金人民币二千元", "有期徒刑二年，并处罚金人民币二千元"))
    first, second = extract(text).defendants
    assert (first.offence_start, first.last_act_day, first.captured_on) == ("2018-06-01", last, caught)
    assert (second.last_act_day, second.captured_on) == ("2018-06-27", caught)
    assert [len(d.conduct_dates) for d in (first, second)] == [3 if last == "2018-06-27" else 1, 3]


def test_x6_a_defendant_held_before_an_act_told_of_both_together() -> None:
    """Held from 6月20日 by the header, yet the facts tell an act of 二被告人 on 6月27日."""
    facts = LISTED_ACTS.replace("2018年7月2日，二被告人被公安民警抓获。", "")
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年6月20日", "抢夺罪", "二百六十七", facts,
                ("有期徒刑二年，并处罚金人民币二千元", "有期徒刑二年，并处罚金人民币二千元"))
    got = [m for m in _findings(text, "X6") if "实施犯罪" in m]
    assert got == [f"被告人{n}自2018-06-20起被羁押，查明事实却记载其于2018-06-27实施犯罪。" for n in ("甲某", "乙某")], got


@pytest.mark.parametrize("later", [
    "另查明，2018年9月3日，被告人甲某出资人民币3000元购买鱼苗，在渔政部门监督下进行增殖放流，以修复受损的渔业资源。",
    "2018年9月3日，被告人甲某在被毁林地补种树苗二百株。",
    "2018年9月3日，被告人甲某缴纳生态修复费用人民币2万元。",
])
def test_a_day_of_restoring_what_an_environmental_crime_harmed_ends_no_conduct(later: str) -> None:
    """另查明，2018年9月3日，被告人出资…进行增殖放流: restocking the river, replanting or paying for the ecological
    repair after an environmental crime makes good what it harmed; its day is no day of the offence."""
    facts = "2018年6月20日20时许，被告人甲某在禁渔期内使用电鱼工具捕捞水产品，捕获渔获物5公斤。" + later
    j = extract(_one("", facts, charge="非法捕捞水产品罪", article="三百四十"))
    assert j.offence_end == "2018-06-20"


@pytest.mark.parametrize("handover", [
    "同年6月21日，被告人甲某被移送公安机关。",
    "2018年6月21日，渔政部门将案件移送某某县公安局。",
    "2018年6月21日，本院将被告人甲某涉嫌犯罪的线索移送某某县公安局。",
    "次日，执法人员将被告人甲某移交派出所处理。",
])
def test_a_day_of_handing_the_case_to_the_police_ends_no_conduct(handover: str) -> None:
    """同年5月7日，二被告人被移送公安机关 (caught by a fishery officer the day before): the handover to the
    police, like a capture, is no day of the offence."""
    facts = "2018年6月20日20时许，被告人甲某在禁渔期内使用电鱼工具捕捞水产品，捕获渔获物5公斤。" + handover
    j = extract(_one("", facts, charge="非法捕捞水产品罪", article="三百四十"))
    assert j.offence_end == "2018-06-20"


_COUNTS = ("2018年9月，被告人甲某纠集被告人乙某在某某区多次盗窃电动车。具体事实如下：1.2018年9月3日，窃得电动车一辆，"
           "价值人民币2000元；2.2018年9月10日，窃得电动车一辆，价值人民币1800元。")


@pytest.mark.parametrize("said, rejected", [
    ("关于起诉书指控的第三起，即2018年10月20日二被告人盗窃电动车一辆的事实，经查，现场监控未能拍到作案人面部，"
     "现有证据不足以证实该起系二被告人所为，本院不予认定。", True),
    # the court rejects a part of the count only: the act stays
    ("关于起诉书指控的第三起，即2018年10月20日二被告人盗窃电动车一辆及现金500元的事实，其中现金500元证据不足，"
     "本院不予认定。", False),
    # the court rejects the defence's opinion that the count is not proved
    ("关于辩护人提出指控的2018年10月20日盗窃电动车一起证据不足的意见，经查，与查明的事实不符，本院不予采纳。", False),
])
def test_a_charged_count_the_court_does_not_find_dates_no_offence(said: str, rejected: bool) -> None:
    """关于起诉书指控的第三起，即2018年10月20日…的事实，…本院不予认定: the court finds no such count, so its
    day is no day of the offence, neither the case's last nor the first day of the defendants it names
    together."""
    text = _two(("1980年1月1日", "1981年1月1日"), "2018年12月2日", "盗窃罪", "二百六十四", _COUNTS + said,
                ("有期徒刑一年，并处罚金人民币二千元", "有期徒刑十个月，并处罚金人民币一千元"))
    j = extract(text)
    if rejected:
        assert (j.offence_start, j.offence_end) == ("2018-09-03", "2018-09-10")
        assert [d.offence_start for d in j.defendants] == ["2018-09-03", "2018-09-03"]
    else:
        assert j.offence_end == "2018-10-20"


def test_a_supervisory_commissions_hold_is_no_day_of_an_offence_told_by_month() -> None:
    """2019年1月8日，被告人甲某被某县监察委员会留置 (a 职务犯罪's custody, as a capture): where the facts date the
    offence by month only, that day is no offence day."""
    facts = ("2017年4月至2018年6月，被告人甲某利用担任某县农业局出纳的职务便利，先后三次侵吞公款共计人民币12万元。"
             "另查明，2019年1月8日，被告人甲某被某县监察委员会留置。")
    j = extract(_one("", facts, charge="贪污罪", article="三百八十二"))
    assert (j.offence_start, j.offence_end, j.defendants[0].offence_start) == (None, None, None)
    assert j.defendants[0].offence_from == "2017-04-01"
