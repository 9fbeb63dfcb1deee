"""Defendant and defender paragraphs (legal-rules A.4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fayan.nlp.parties import normalize_education, parse_defendant, parse_defenders

# (paragraph, expected fields)
CASES = [
    # 基本身份
    (
        "被告人张某，男，1985年3月2日出生，汉族，初中文化，无业，住浙江省杭州市上城区。因涉嫌犯盗窃罪于2019年1月1日被刑事拘留，同年1月30日被逮捕。",
        dict(name="张某", gender="男", birth_date="1985-03-02", ethnicity="汉族", education="初中", occupation="无业",
             detained_on="2019-01-01", arrested_on="2019-01-30"),
    ),
    # 出生于 + 文化程度 before value
    (
        "被告人李某某，女，1990年12月1日出生于湖南省长沙市，土家族，文化程度高中，农民，住长沙市。2020年5月6日因本案被长沙市公安局刑事拘留，同月20日被逮捕。",
        dict(name="李某某", gender="女", birth_date="1990-12-01", ethnicity="土家族", education="高中", occupation="农民",
             detained_on="2020-05-06", arrested_on="2020-05-20"),
    ),
    # 自报 name, 身份情况系自报
    (
        "被告人自报王某，男，1986年4月12日出生，汉族，户籍地安徽省。",
        dict(name="王某", gender="男", birth_date="1986-04-12", detained_on=None, arrested_on=None),
    ),
    # 上诉人（原审被告人）, year-month only birth
    (
        "上诉人（原审被告人）赵某，男，1979年11月出生，汉族，大学本科文化，无职业。因本案于2013年4月20日被抓获，同月25日被刑事拘留，同年5月22日被逮捕。",
        dict(name="赵某", birth_date="1979-11", education="大学", detained_on="2013-04-25", arrested_on="2013-05-22"),
    ),
    # Seen on documents outside the gold: 日 missing before 出生 (an SPC ruling); the ethnicities of an autonomous county
    # named as the birthplace are not the defendant's (a dev judgment); an approved arrest executed on a later day
    # without naming 逮捕 again (a dev judgment).
    (
        "被告人甲某，男，汉族，1986年3月10出生于新疆维吾尔自治区和田县，农民。",
        dict(birth_date="1986-03-10", ethnicity="汉族"),
    ),
    (
        "被告人乙某，男，1980年5月6日出生于贵州省务川仡佬族苗族自治县，汉族，初中文化。",
        dict(birth_date="1980-05-06", ethnicity="汉族", education="初中"),
    ),
    (
        "被告人丙某，女，1980年5月6日出生，苗族，贵州省黔东南苗族侗族自治州人。",
        dict(ethnicity="苗族"),
    ),
    # the comma before the ethnicity missing (a copy's noise: 出生汉族, 男汉族); a people's name inside a word: none
    (
        "被告人丁某，女，1999年4月22日出生汉族，大学本科文化，，无业。",
        dict(birth_date="1999-04-22", ethnicity="汉族", education="大学"),
    ),
    ("被告人丁某，男土家族，1999年4月22日出生，初中文化。", dict(gender="男", ethnicity="土家族")),
    ("被告人丁某，女1999年4月22日出生，汉族，初中文化。", dict(gender="女", birth_date="1999-04-22")),
    ("被告人丁某，男，1999年4月22日出生，其女儿丁某某在场。", dict(gender="男")),
    ("被告人丁某，男，1999年4月22日出生，系某水族馆员工。", dict(ethnicity=None)),
    (
        "被告人丁某，男，1990年1月2日出生。因涉嫌犯盗窃罪于2017年7月10日被刑事拘留，于2017年8月9日被批准逮捕，同月24日由某市公安局执行。",
        dict(detained_on="2017-07-10", arrested_on="2017-08-24"),
    ),
    (
        "被告人戊某，男，1990年1月2日出生。因涉嫌犯盗窃罪于2017年7月10日被刑事拘留，于2017年8月9日被批准逮捕。",
        dict(detained_on="2017-07-10", arrested_on="2017-08-09"),
    ),
    # 羁押 then 刑事拘留 the next day: detained_on is the 刑事拘留 date
    (
        "被告人孙某，男，1974年8月15日出生。因本案于2017年10月20日被羁押，次日被刑事拘留，同年11月1日被逮捕。",
        dict(detained_on="2017-10-21", arrested_on="2017-11-01"),
    ),
    # no 刑事拘留: 抓获 date used
    (
        "被告人钱某，男，1988年1月1日出生。因本案于2012年5月29日被抓获，同年5月31日被取保候审。",
        dict(detained_on="2012-05-29", arrested_on=None),
    ),
    # 批准逮捕 then 执行逮捕 on another day
    (
        "被告人周某，男。因涉嫌犯诈骗罪于2016年3月9日被刑事拘留，同年3月21日经检察院批准逮捕，次日被执行逮捕。",
        dict(detained_on="2016-03-09", arrested_on="2016-03-22"),
    ),
    # 在逃 decision not executed
    (
        "被告人吴某，女。2013年5月2日，因传唤不到案，经公安局决定刑事拘留（在逃）；2015年7月8日被抓获，同日被刑事拘留。",
        dict(detained_on="2015-07-08"),
    ),
    # 行政拘留 for this case turned into 刑事拘留
    (
        "被告人郑某，男，1991年3月18日出生。因本案于2016年5月18日被公安局行政拘留十三日，同年5月31日转为刑事拘留，同年7月8日被逮捕。",
        dict(detained_on="2016-05-31", arrested_on="2016-07-08"),
    ),
    # all on one sentence with commas
    (
        "被告人王某国，男，汉族，大专文化，无职业，户籍所在地北京市丰台区，因涉嫌诈骗，于2016年3月9日被刑事拘留，于2016年3月22日被执行逮捕，现羁押于看守所。",
        dict(name="王某国", education="大专", occupation="无职业", detained_on="2016-03-09", arrested_on="2016-03-22"),
    ),
    # ID number when no birth date
    (
        "被告人冯某，男，公民身份号码110101199003071234，汉族。",
        dict(birth_date="1990-03-07"),
    ),
    # aliases
    (
        "被告人陈某（曾用名陈某甲），男，1991年11月2日出生，汉族，初中肄业。",
        dict(name="陈某", aliases=("陈某甲",), education="初中"),
    ),
    (
        "被告人马某，绰号“小马”，又名马某乙，男，1960年1月1日出生。",
        dict(name="马某", aliases=("小马", "马某乙")),
    ),
    (  # a list of quoted names
        "被告人吴某明，绰号“龙哥”、“潮州佬”，男，1970年1月1日出生。",
        dict(name="吴某明", aliases=("龙哥", "潮州佬")),
    ),
    (  # another transliteration of the name
        "被告人牙某江·艾某尔（又译亚某甫·艾某尔），男，维吾尔族，1987年5月14日出生。",
        dict(name="牙某江·艾某尔", aliases=("亚某甫·艾某尔",)),
    ),
    (  # the civil role of a 刑事附带民事 case the same person holds (the name had been 暨附带民事诉讼被告人孙文涛)
        "被告人暨附带民事诉讼被告人孙文涛，男，1988年6月3日出生，汉族。",
        dict(name="孙文涛", gender="男"),
    ),
    (
        "原审被告人暨刑事附带民事诉讼被告人钱远山，男，1979年2月1日出生。",
        dict(name="钱远山"),
    ),
    (  # the roles held below in brackets, the civil one too (the paragraph had been read as no defendant's)
        "上诉人（原审被告人、原审附带民事诉讼被告人）邝振宇，男，1990年3月14日出生，壮族，初中文化，无业。"
        "因涉嫌犯故意伤害罪于2020年9月3日被某市公安局刑事拘留，同年9月15日被逮捕。",
        dict(name="邝振宇", gender="男", birth_date="1990-03-14", detained_on="2020-09-03", arrested_on="2020-09-15"),
    ),
    (  # a public interest suit joined to the case (污染环境, 食品安全): the name had been 暨附带民事公益诉讼被告周明华
        "被告人暨附带民事公益诉讼被告周明华，男，1979年2月28日出生，汉族。",
        dict(name="周明华", gender="男"),
    ),
]


def test_a_civil_plaintiff_who_appeals_is_no_defendant() -> None:
    assert parse_defendant("上诉人（原审附带民事诉讼原告人）任秀霞，女，1968年10月2日出生，汉族，个体经营户。") is None
    assert parse_defendant("上诉人（原审被告人、原审附带民事诉讼被告人）蒲德海，男，1983年9月11日出生。") is not None


@pytest.mark.parametrize("paragraph,expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_defendant_paragraph(paragraph: str, expected: dict) -> None:
    h = parse_defendant(paragraph)
    assert h is not None
    for key, value in expected.items():
        assert getattr(h, key) == value, key


def test_priors_and_administrative_punishments() -> None:
    h = parse_defendant(
        "被告人甲某，男，1983年10月16日出生。曾因犯非法侵入住宅罪，于2010年12月16日被本院判处拘役五个月；"
        "因犯盗窃罪，于2011年10月26日被本院判处有期徒刑六年四个月，并处罚金人民币四万元，2016年12月7日刑满释放。"
        "2017年3月1日因吸毒被公安局行政拘留十日。因涉嫌盗窃犯罪，于2017年6月16日被刑事拘留，同年7月20日被执行逮捕。"
    )
    assert h is not None
    assert [(p.charge, p.date, p.principal, p.term_months) for p in h.priors] == [
        ("非法侵入住宅罪", "2010-12-16", "拘役", 5),
        ("盗窃罪", "2011-10-26", "有期徒刑", 76),
    ]
    assert h.priors[1].release_date == "2016-12-07"
    assert [a.kind for a in h.admin_punishments] == ["administrative"]
    assert h.detained_on == "2017-06-16" and h.arrested_on == "2017-07-20"


def test_unit_defendant() -> None:
    h = parse_defendant("被告单位某某建材有限公司，住所地浙江省某某市，法定代表人张某。")
    assert h is not None and h.is_unit and h.name == "某某建材有限公司"


@pytest.mark.parametrize(
    "raw,norm",
    [("大学本科", "大学"), ("本科", "大学"), ("专科", "大专"), ("中技", "中专"), ("职高", "中专"), ("初中肄业", "初中"),
     ("高中毕业", "高中"), ("文盲", "文盲"), ("硕士研究生", "研究生"), ("小学文化程度", "小学")],
)
def test_education(raw: str, norm: str) -> None:
    assert normalize_education(raw) == norm


@pytest.mark.parametrize(
    "paragraph,names,appointed",
    [
        ("辩护人黄某，广东某某律师事务所律师。", ["黄某"], False),
        ("指定辩护人王某，某某市法律援助中心律师。", ["王某"], True),
        ("辩护人刘某，某某律师事务所律师，由某某县法律援助中心指派。", ["刘某"], True),
        ("辩护人张某、李某，某某律师事务所律师。", ["张某", "李某"], False),
        ("辩护人（法律援助律师）赵某，某某律师事务所律师。", ["赵某"], True),
        ("辩护人(委托)钱某，某某律师事务所律师。", ["钱某"], False),
    ],
)
def test_defenders(paragraph: str, names: list[str], appointed: bool) -> None:
    ds = parse_defenders(paragraph)
    assert [d.name for d in ds] == names
    assert all(d.appointed == appointed for d in ds)


@pytest.mark.parametrize(
    "paragraph,priors",
    [
        # the only full date is the release: the conviction date is the year written before it
        (
            "被告人丙某，女，1975年出生，回族。2012年因犯诈骗罪被判处有期徒刑三年，2015年1月5日刑满释放。因本案于2019年6月1日被羁押。",
            [("2012", "2015-01-05", "诈骗罪")],
        ),
        # the release in a sentence of its own belongs to the prior before it
        (
            "被告人庚某，男，1980年1月1日出生，汉族。2017年11月因犯有诈骗罪被判处有期徒刑七个月。2017年12月19日刑满释放。因本案于2019年1月1日被刑事拘留。",
            [("2017-11", "2017-12-19", "诈骗罪")],
        ),
        (
            "被告人辛某，男。2010年5月6日因犯抢劫罪被某县人民法院判处有期徒刑五年。2014年3月2日刑满释放。2016年因犯盗窃罪被判处拘役三个月。因本案于2019年1月1日被刑事拘留。",
            [("2010-05-06", "2014-03-02", "抢劫罪"), ("2016", None, "盗窃罪")],
        ),
        # dates in Chinese numerals: a release day, a conviction month and a release month
        (
            "被告人庚某，男，1980年1月1日出生，汉族。2017年11月因犯有诈骗罪被判处有期徒刑七个月。二〇一七年十二月十九日刑满释放。因本案于2019年1月1日被刑事拘留。",
            [("2017-11", "2017-12-19", "诈骗罪")],
        ),
        (
            "被告人庚某，男，1980年1月1日出生，汉族。二〇一五年十月因犯盗窃罪被判处有期徒刑一年，二〇一六年九月刑满释放。因本案于2019年1月1日被刑事拘留。",
            [("2015-10", "2016-09", "盗窃罪")],
        ),
        # one sentence of several convictions: one prior each, the release the last one's
        (
            "被告人庚某，男，1962年6月11日出生。1983年1月30日因犯盗窃罪被判处有期徒刑三年，1996年10月10日因犯抢劫罪被判处"
            "有期徒刑三年，2003年7月16日因犯贩卖毒品罪被判处有期徒刑二年，并处罚金人民币一千元，2004年10月1日刑满释放。"
            "因本案于2013年7月12日被逮捕。",
            [("1983-01-30", None, "盗窃罪"), ("1996-10-10", None, "抢劫罪"), ("2003-07-16", "2004-10-01", "贩卖毒品罪")],
        ),
        # every charge of a conviction, as printed: a list, a name with 、 inside, an abolished charge
        (
            "被告人庚某，男。1998年5月1日因犯盗窃罪、抢夺罪被判处有期徒刑十二年，2007年3月1日刑满释放。2010年11月20日因犯掩饰、"
            "隐瞒犯罪所得罪被判处拘役三个月。1996年9月24日因犯流氓罪、放火罪被判处有期徒刑七年。因本案于2013年7月12日被逮捕。",
            [("1998-05-01", "2007-03-01", "盗窃罪、抢夺罪"), ("2010-11-20", None, "掩饰、隐瞒犯罪所得罪"),
             ("1996-09-24", None, "流氓罪、放火罪")],
        ),
        # a release month or year after 同年, and 份
        (
            "被告人庚某，男。2015年3月因犯盗窃罪被判处有期徒刑六个月，同年9月刑满释放。2016年1月因犯盗窃罪被判处拘役四个月，"
            "同年刑满释放。2017年2月因犯盗窃罪被判处拘役五个月，2017年7月份刑满释放。因本案于2019年1月1日被刑事拘留。",
            [("2015-03", "2015-09", "盗窃罪"), ("2016-01", "2016", "盗窃罪"), ("2017-02", "2017-07", "盗窃罪")],
        ),
        # the custody of the earlier case told first: the conviction is the judgment's day (or month), not the custody's
        (
            "被告人庚某，男，1990年8月19日出生。2017年3月2日因犯盗窃罪被刑事拘留，2018年1月10日被某区人民法院判处有期徒刑"
            "四年，刑期自2017年3月2日起至2021年3月1日止。2019年5月9日从服刑场所脱逃，同年5月12日被抓获。",
            [("2018-01-10", "2021-03-01", "盗窃罪")],
        ),
        (
            "被告人庚某，男。2017年3月因犯盗窃罪被刑事拘留，同年4月6日被逮捕，同年8月被某区人民法院判处有期徒刑一年，"
            "2018年3月1日刑满释放。因本案于2019年1月1日被刑事拘留。",
            [("2017-08", "2018-03-01", "盗窃罪")],
        ),
    ],
)
def test_prior_dates(paragraph: str, priors: list) -> None:
    h = parse_defendant(paragraph)
    assert [(p.date, p.release_date, p.charge) for p in h.priors] == priors


def test_id_number_is_not_an_occupation() -> None:
    h = parse_defendant("被告人戊某，男，1985年7月7日出生，公民身份号码XXXXXXXXXXXXXXXXXX，汉族，高中文化，个体户，住某地。")
    assert h.occupation == "个体户"


@pytest.mark.parametrize(
    ("paragraph", "residence", "occupation"),
    [
        # where the person lives, not the household register before it
        ("被告人戊某，女，1978年11月5日出生，汉族，小学文化，无业，户籍地某自治区某县，住某省某市海湾区。", "某省某市海湾区", "无业"),
        ("被告人戊某，男，1978年11月5日出生，汉族，农民，户籍所在地某省某县，暂住地某省某市某路。", "某省某市某路", "农民"),
        ("被告人戊某，男，1978年11月5日出生，汉族，农民，户籍地某省某县，住同上。", "某省某县", "农民"),  # 同上: the register's
        # an occupation ending in 人 is one (法定代表人, 负责人, 工人); a birthplace (某省某县人) is not
        ("被告人戊某，男，1975年3月19日出生，汉族，大学文化，某投资咨询有限公司法定代表人，住某市某区。", "某市某区",
         "某投资咨询有限公司法定代表人"),
        ("被告人戊某，男，1975年3月19日出生，某省某县人，汉族，工人，住某市某区。", "某市某区", "工人"),
        # a note on the identity or the household register after the place is not part of it; a place in brackets is
        ("被告人戊某，男，1974年8月15日出生，汉族，文化程度初中，农民，住某省某县（以上身份情况系自报）。", "某省某县", "农民"),
        ("被告人戊某，男，1974年8月15日出生，汉族，农民，住某市某区（户籍所在地某市某县）。", "某市某区", "农民"),
        ("被告人戊某，男，1974年8月15日出生，汉族，农民，住某市某区（某街道某小区）。", "某市某区（某街道某小区）", "农民"),
        # 系 + an occupation; 系 + a relation is none
        ("被告人戊某，男，1974年8月15日出生，汉族，文化程度初中，系某压铸模具有限公司实际经营人，住某县。", "某县",
         "某压铸模具有限公司实际经营人"),
        ("被告人戊某，男，1994年8月15日出生，系某大学理学院物理学专业学生，住某市。", "某市", "某大学理学院物理学专业学生"),
        ("被告人戊某，男，1974年8月15日出生，系被告人己某之父，住某市。", "某市", None),
        ("被告人戊某，男，1974年8月15日出生，案发前系某公司安保经理，住某市。", "某市", "某公司安保经理"),
        ("被告人戊某，男，1974年8月15日出生，原系某报社机房主任，住某市。", "某市", "原系某报社机房主任"),  # a former post
        # a firm's name may hold digits
        ("被告人戊某，男，1990年1月1日出生，大专文化程度，58到家生活服务有限公司员工，住某市某区。", "某市某区", "58到家生活服务有限公司员工"),
        # 曾任… tells a past post, not a record: the identity goes on to the residence
        ("被告人戊某，男，1965年10月25日出生，大学文化，某集团有限公司董事局主席，曾任某省某协会副会长，住某市某区某街。", "某市某区某街",
         "某集团有限公司董事局主席"),
        # 系某监狱服刑人员 is who the person is now, not a record: the identity goes on to the household register
        ("被告人戊某，男，1970年7月4日出生，初中文化，系某省某监狱服刑人员，户籍地某市某街某号。", "某市某街某号", "某省某监狱服刑人员"),
        # 户籍在 is a cue of its own (户籍 + 在… would keep the 在)
        ("被告人戊某，女，1990年1月1日出生，户籍在某市某区，无业。", "某市某区", "无业"),
        # 租住 is where the person lives, not the household register before it
        ("被告人戊某，男，1974年8月15日出生，户籍地某县某镇某村，租住某省某县某镇某村。", "某省某县某镇某村", None),
        ("被告人戊某，男，1974年8月15日出生，户籍地某县某镇某村，租住地某省某县某镇某村。", "某省某县某镇某村", None),  # 租住地
        # a unit: its address is where it is, and it has no occupation
        ("被告单位某某检测有限公司，组织机构代码123，单位地址某市某工业小区，法定代表人甲某。", "某市某工业小区", None),
        # the rest of a compound cue is not part of the place; a bare 于+place is no occupation
        ("被告人戊某，男，1980年1月1日出生，汉族，无业，户籍所在地及捕前住址某省某市。", "某省某市", "无业"),
        ("被告人戊某，男，1980年1月1日出生，汉族，无业，户籍地址为某市某区。", "某市某区", "无业"),
        ("被告人戊某，男，1980年1月1日出生于某省某市，汉族，于某省某市某区，原系某公司职员。", None, "原系某公司职员"),
        # an occupation ending its sentence, the register in the next
        ("被告人戊某，男，1980年1月1日出生，汉族，中专文化，经商。户籍所在地某省某县，住某市某区。", "某市某区", "经商"),
    ],
)
def test_residence_and_occupation(paragraph: str, residence: str, occupation: str) -> None:
    h = parse_defendant(paragraph)
    assert (h.residence, h.occupation) == (residence, occupation)


@pytest.mark.parametrize(
    ("custody", "arrested", "kinds"),
    [
        # 经…批准被逮捕 is the arrest; a later second arrest (after bail) is not the first
        ("2014年6月10日经某县人民检察院批准被逮捕，同年8月4日被取保候审，于同年9月5日经本院决定被依法逮捕。", "2014-06-10",
         ["刑事拘留", "逮捕", "取保候审", "逮捕"]),
        ("同年6月10日经某县人民检察院批准逮捕，次日被执行逮捕。", "2014-06-11", ["刑事拘留", "批准逮捕", "逮捕"]),
        ("同年6月10日经某县人民检察院批准逮捕。", "2014-06-10", ["刑事拘留", "批准逮捕"]),
        # 现押于 as 现羁押于: held at the time of the judgment
        ("同年6月10日被逮捕。现押于某县看守所。", "2014-06-10", ["刑事拘留", "逮捕", "羁押"]),
        ("同年6月10日被逮捕。现羁押于某县看守所。", "2014-06-10", ["刑事拘留", "逮捕", "羁押"]),
        ("同年6月10日被逮捕，现羁押于某县看守所。", "2014-06-10", ["刑事拘留", "逮捕", "羁押"]),
        ("同年6月10日被逮捕，现押于某县看守所。", "2014-06-10", ["刑事拘留", "逮捕", "羁押"]),
    ],
)
def test_an_approved_arrest_carried_out(custody: str, arrested: str, kinds: list[str]) -> None:
    h = parse_defendant(f"被告人甲某，男，1980年1月1日出生。因涉嫌盗窃罪于2014年5月1日被刑事拘留，{custody}")
    assert ([c.kind for c in h.custody], h.arrested_on) == (kinds, arrested)
    # 现羁押: held now, whether or not in the arrest's sentence; not a custody that began on the arrest's day
    if "现" in custody:
        assert h.custody[-1].date is None


def test_each_date_of_a_list_before_a_custody_keyword_is_an_event() -> None:
    h = parse_defendant("被告人甲某，男，1980年1月1日出生。因涉嫌盗窃罪于2018年9月11日被逮捕，"
                        "2018年9月11日、2019年1月21日被取保候审（已羁押4日）。")
    assert [(c.kind, c.date) for c in h.custody] == [
        ("逮捕", "2018-09-11"), ("取保候审", "2018-09-11"), ("取保候审", "2019-01-21")]


def test_days_already_held_are_no_custody_event() -> None:
    h = parse_defendant("被告人甲某，男，1980年1月1日出生。2019年2月19日因本案被刑事拘留，同年3月14日被取保候审（已羁押24日），"
                        "同年8月9日经本院决定被依法逮捕。现羁押于某县看守所。")
    assert [(c.kind, c.date) for c in h.custody] == [
        ("刑事拘留", "2019-02-19"), ("取保候审", "2019-03-14"), ("逮捕", "2019-08-09"), ("羁押", None)]


def test_a_restated_custody_period_and_a_breach_of_bail_are_no_custody_events() -> None:
    """（羁押期间自…起至…止） restates the custody just told, and 因违反取保候审规定 is why the arrest came: neither is
    a custody taken or a release on bail of its own (they read as held from the bail day through to the
    re-arrest)."""
    h = parse_defendant("被告人甲某，男，1985年3月2日出生。因涉嫌犯诈骗罪于2021年4月6日被某市公安局刑事拘留，同年5月5日被取保候审"
                        "（羁押期间自2021年4月6日起至同年5月5日止，计三十日）；2021年9月14日因违反取保候审规定被本院决定逮捕，同日执行。"
                        "现羁押于某市看守所。")
    assert [(c.kind, c.date) for c in h.custody] == [
        ("刑事拘留", "2021-04-06"), ("取保候审", "2021-05-05"), ("逮捕", "2021-09-14"), ("羁押", None)]
    assert (h.detained_on, h.arrested_on) == ("2021-04-06", "2021-09-14")


def test_an_administrative_punishment_dated_in_chinese_numerals() -> None:
    h = parse_defendant("被告人庚某，男，1980年1月1日出生。二〇一五年十月因吸毒被某公安局行政拘留十日。因本案于2019年1月1日被刑事拘留。")
    assert [(p.date, p.kind) for p in h.admin_punishments] == [("2015-10", "administrative")]


def test_an_authority_named_whole_and_the_punishment_right_after_it() -> None:
    """被某市公安局某区分局行政拘留二十日: the sub-bureau is the authority, the detention the punishment; a space
    inside the printed name (某市公 安局) is not part of it."""
    h = parse_defendant(
        "被告人庚某，男，1980年1月1日出生。2015年2月11日因吸毒被某市公安局某区分局行政拘留二十日，"
        "并于2015年3月3日被决定强制隔离戒毒二年。2017年11月10日因吸毒被某市公 安局某区分局行政拘留十四日（未执行）。"
        "2012年3月因犯盗窃罪被某县人民法院判处有期徒刑一年，2013年1月刑满释放。因本案于2019年1月1日被刑事拘留。"
    )
    assert [(p.authority, p.punishment, p.principal) for p in h.admin_punishments] == [
        ("某市公安局某区分局", "行政拘留二十日", "行政拘留"),
        (None, "强制隔离戒毒二年", "强制隔离戒毒"),  # 并于…被决定…: a decision of its own, its authority not named
        ("某市公安局某区分局", "行政拘留十四日（未执行）", "行政拘留"),
    ]
    assert [(p.authority, p.punishment, p.term_months) for p in h.priors] == [("某县人民法院", "有期徒刑一年", 12)]


def test_each_dated_administrative_decision_is_a_punishment_of_its_own() -> None:
    """…行政拘留五日，后于…被…责令接受社区戒毒三年: two punishments; 被决定强制隔离戒毒 and 强制戒毒 are read; a release
    (…被解除劳动教养) is none."""
    h = parse_defendant(
        "被告人庚某，男，1991年11月2日出生，住某市。被告人庚某曾因吸毒，于2013年12月31日被某市公安局行政拘留五日，后于2014年1月3日"
        "被某市公安局责令接受社区戒毒三年；再因吸毒，于2014年3月30日被某市公安局行政拘留十三日，并于2014年4月11日被决定强制隔离戒毒两年。"
        "1999年5月15日因吸毒被强制戒毒。1981年12月3日因盗窃被劳动教养三年，1984年11月20日被解除劳动教养。"
        "因本案于2016年10月21日被刑事拘留。"
    )
    assert [(p.date, p.punishment, p.principal) for p in h.admin_punishments] == [
        ("2013-12-31", "行政拘留五日", "行政拘留"), ("2014-01-03", "社区戒毒三年", "社区戒毒"),
        ("2014-03-30", "行政拘留十三日", "行政拘留"), ("2014-04-11", "强制隔离戒毒两年", "强制隔离戒毒"),
        ("1999-05-15", "强制戒毒", "强制戒毒"), ("1981-12-03", "劳动教养三年", "劳动教养"),
    ]


def test_an_administrative_punishment_by_the_bureau_named_before_and_with_a_fine() -> None:
    """被该局决定行政拘留5日 (the bureau named before); 行政拘留十二日，罚款人民币1500元 is one decision."""
    h = parse_defendant(
        "被告人庚某，女，1990年1月1日出生，无业。2016年11月2日被某市公安局某分局抓获，次日因吸食毒品被该局决定行政拘留5日。"
        "2006年4月12日因寻衅滋事被某县公安局行政拘留十二日，罚款人民币1500元。因本案于2019年1月1日被刑事拘留。"
    )
    assert [p.punishment for p in h.admin_punishments] == ["行政拘留5日", "行政拘留十二日，罚款人民币1500元"]
    assert h.admin_punishments[0].date == "2016-11-03"  # 次日: the decision's day, not the capture's


def test_custody_of_an_arrest_said_once_and_a_summons_not_answered() -> None:
    """抓获归案 is one capture; 现押某市看守所 is custody without 于; 因传唤不到案 is no summons; 治安罚款 is a fine."""
    h = parse_defendant(
        "被告人庚某，男，1980年1月1日出生。2015年3月1日因赌博被某市公安局某分局治安罚款人民币200元。"
        "2015年12月26日被某铁路公安民警抓获归案，同年12月27日被刑事拘留。2016年5月2日因传唤不到案，经某市公安局决定刑事拘留（在逃）。"
        "现押某市看守所。"
    )
    assert [(c.kind, c.date) for c in h.custody] == [
        ("抓获", "2015-12-26"), ("刑事拘留", "2015-12-27"), ("刑事拘留决定", "2016-05-02"), ("羁押", None)
    ]
    assert [p.punishment for p in h.admin_punishments] == ["罚款人民币200元"]


def test_header_aliases_birthplace_note_and_records_from_the_output_lint() -> None:
    """又名甲、乙 is two aliases; 小名 is no occupation; （以下简称…） is no part of the birthplace; 行政处罚人民币3700元 is
    a punishment; 收容教养 released by 解除管教 is dated by its decision, not by the release."""
    h = parse_defendant(
        "被告人庚某，又名庚某力、庚某羊，男，汉族，1973年10月26日出生于某省某傣族佤族自治县（以下简称“某县”），小学文化，小名三矿，"
        "农民，住某县某村。2014年11月10日因擅自改变林地用途，被某森林公安局行政处罚人民币3700元。1984年8月因盗窃被收容教养三年，"
        "1987年4月15日被解除管教。因本案于2019年1月1日被逮捕。"
    )
    assert h.aliases == ("庚某力", "庚某羊", "三矿")
    assert (h.birthplace, h.occupation) == ("某省某傣族佤族自治县", "农民")
    assert [(p.date, p.punishment, p.release_date) for p in h.admin_punishments] == [
        ("2014-11-10", "行政处罚人民币3700元", None), ("1984-08", "收容教养三年", "1987-04-15")
    ]


def test_a_prior_said_as_bei_pan_xing_and_a_shourong_jiaoyang() -> None:
    """1970年12月因犯强奸幼女罪被判刑三年 is a prior conviction (as printed: no punishment word); 收容教养 is one of the
    administrative measures, as 收容教育 and 劳动教养 are."""
    h = parse_defendant(
        "被告人庚某，男，1950年1月1日出生，住某县。1970年12月因犯强奸幼女罪被判刑三年，监外执行；1978年因犯盗窃罪被判处有期徒刑十年，"
        "1984年12月18日假释。2006年10月13日因盗窃被收容教养一年。因本案于2012年1月1日被逮捕。"
    )
    assert [(p.date, p.charge, p.punishment, p.release_date) for p in h.priors] == [
        ("1970-12", "强奸幼女罪", "判刑三年", None), ("1978", "盗窃罪", "有期徒刑十年", "1984-12-18")
    ]
    assert [(p.date, p.punishment, p.principal) for p in h.admin_punishments] == [("2006-10-13", "收容教养一年", "收容教养")]


def test_a_prior_punishment_keeps_its_probation_and_leaves_out_its_term_dates() -> None:
    """有期徒刑一年，缓刑二年，并处罚金… is the punishment; （刑期自…起至…止） after it dates the term, it is not part of it."""
    h = parse_defendant(
        "被告人庚某，男，1980年1月1日出生。2010年5月6日因犯盗窃罪被某县人民法院判处有期徒刑一年，缓刑一年六个月，并处罚金二千元。"
        "因犯制造毒品罪于2015年4月1日被某市中级人民法院判处有期徒刑十个月（刑期自2014年2月28日起至2014年12月27日止）。"
        "因本案于2019年1月1日被刑事拘留。"
    )
    assert [(p.punishment, p.term_months, p.probation_months, p.release_date) for p in h.priors] == [
        ("有期徒刑一年，缓刑一年六个月，并处罚金二千元", 12, 18, None), ("有期徒刑十个月", 10, None, "2014-12-27")
    ]
    h = parse_defendant("被告人庚某，男，1960年1月1日出生。1994年8月22日因犯盗窃罪被判处死刑，缓期二年执行，经减刑后于2008年8月28日释放。"
                        "因本案于2012年3月1日被逮捕。")
    assert [(p.punishment, p.principal, p.release_date) for p in h.priors] == [("死刑，缓期二年执行", "死缓", "2008-08-28")]
    h = parse_defendant("被告人庚某，男，1980年1月1日出生。因犯盗窃罪于2013年6月1日被某县人民法院判处有期徒刑一年零六个月，"
                        "2014年12月24日执行刑满。因本案于2019年1月1日被刑事拘留。")
    assert [(p.date, p.release_date) for p in h.priors] == [("2013-06-01", "2014-12-24")]  # 执行刑满: released


@pytest.mark.parametrize(
    ("paragraph", "birth"),
    [
        ("被告人戊某，男，一九九四年四月十九日生，汉族，初中文化，农民，住某地。", "1994-04-19"),
        ("被告人戊某，男，一九九四年四月十九日生吉林省某市，汉族，初中文化，农民。", "1994-04-19"),
        ("被告人戊某，男，二〇〇一年十二月三日生，汉族，农民。", "2001-12-03"),
    ],
)
def test_a_birth_date_in_chinese_numerals_is_not_an_occupation(paragraph: str, birth: str) -> None:
    h = parse_defendant(paragraph)
    assert (h.birth_date, h.occupation) == (birth, "农民")


@pytest.mark.parametrize(
    "paragraph,birth",
    [
        ("被告人XXX，男，1995年X月X日出生，汉族。", "1995"),
        ("被告人甲某，男，1988年××月出生，汉族。", "1988"),
        ("被告人乙某，女，1990年5月X日出生，汉族。", "1990-05"),
        ("被告人丁某，男，出生于1979年X月X日，汉族。", "1979"),
    ],
)
def test_masked_birth_dates_keep_what_is_printed(paragraph: str, birth: str) -> None:
    assert parse_defendant(paragraph).birth_date == birth


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("于2022年10月5日被南京市公安局秦淮分局刑事拘留，同年11月10日被逮捕。",
         [("刑事拘留", "南京市公安局秦淮分局"), ("逮捕", None)]),  # the police's name is not the arrest's
        ("2022年10月5日被刑事拘留，经某某区人民检察院批准，同年11月10日由某某市公安局某某分局执行逮捕。",
         [("刑事拘留", None), ("逮捕", "某某市公安局某某分局")]),
        ("2022年11月10日经某某县人民检察院批准被逮捕，2023年2月1日经本院决定被取保候审。",
         [("逮捕", "某某县人民检察院"), ("取保候审", "本院")]),  # 批准被逮捕: the arrest, approved by it
        ("于2016年10月27日被某市公安局某区分局（某某分局）刑事拘留，同年11月4日被逮捕。",
         [("刑事拘留", "某市公安局某区分局（某某分局）"), ("逮捕", None)]),  # the note's bracket closed
        ("于2020年3月2日被某市公安局交通警察支队某某大队刑事拘留，同年3月10日被某市公安局某区分局禁毒大队取保候审。",
         [("刑事拘留", "某市公安局交通警察支队某某大队"), ("取保候审", "某市公安局某区分局禁毒大队")]),  # its sub-units
    ],
)
def test_custody_authority(tail: str, expected: list[tuple[str, str | None]]) -> None:
    h = parse_defendant("被告人张某，男，1980年1月1日出生。因涉嫌犯盗窃罪" + tail)
    assert h is not None and [(c.kind, c.authority) for c in h.custody] == expected


def test_a_suspended_prior_has_no_release_date() -> None:
    """缓刑考验期自…起至2025年3月27日止 ends a probation, not a served term: no release date."""
    h = parse_defendant("被告人孙某，男，1996年2月29日出生。2023年3月16日因犯盗窃罪被本院判处有期徒刑一年，缓刑二年，"
                        "缓刑考验期自2023年3月28日起至2025年3月27日止。因涉嫌犯盗窃罪于2024年5月7日被刑事拘留。")
    assert h is not None and [(p.date, p.release_date) for p in h.priors] == [("2023-03-16", None)]


@pytest.mark.parametrize(
    "record",
    [
        "2010年4月16日因犯故意伤害罪被判处有期徒刑四年九个月，2012年5月25日被假释，假释考验期至2014年3月17日止。",
        # the parole in a sentence of its own after the conviction's
        "2010年4月16日因犯故意伤害罪被判处有期徒刑四年九个月；经减刑后于2012年5月25日被裁定假释，假释考验期至2014年3月17日止。",
    ],
)
def test_a_paroled_prior_is_served_when_the_parole_ends(record: str) -> None:
    """假释: the five years of 累犯 count from the end of the 考验期 (刑法65②), the day the sentence counts as served."""
    h = parse_defendant(f"被告人董某，男，1980年1月1日出生。{record}因涉嫌犯抢劫罪于2016年5月7日被刑事拘留。")
    assert h is not None and [(p.date, p.release_date) for p in h.priors] == [("2010-04-16", "2014-03-17")]


def test_liuzhi_is_custody_and_a_decided_arrest_is_not_a_second_arrest() -> None:
    """监察委员会留置 is this case's first detention (credited to the term); 决定逮捕 then 执行逮捕 the same day is one
    approval and one arrest."""
    h = parse_defendant(
        "被告人何某某，男，1968年5月21日出生。因涉嫌犯受贿罪，于2023年3月14日被某某市某某区监察委员会留置，同年6月9日被某某市"
        "某某区人民检察院决定逮捕，同日由某某市公安局某某分局执行逮捕。现羁押于某某市看守所。"
    )
    assert h is not None
    assert [(c.kind, c.date) for c in h.custody][:3] == [("留置", "2023-03-14"), ("批准逮捕", "2023-06-09"), ("逮捕", "2023-06-09")]
    assert (h.detained_on, h.arrested_on) == ("2023-03-14", "2023-06-09")


def test_an_arrest_decided_while_at_large_is_executed_on_capture() -> None:
    """决定逮捕 of someone who fled, executed clauses later on the capture: the arrest is the execution's day."""
    h = parse_defendant(
        "被告人钟某某，男，1991年1月23日出生。2017年5月3日因涉嫌犯寻衅滋事罪被某某分局刑事拘留，同年6月9日被取保候审。"
        "2018年3月12日因下落不明经本院决定逮捕，2019年10月8日被抓获，次日由某某分局执行逮捕。现羁押于某某看守所。"
    )
    assert h is not None and (h.detained_on, h.arrested_on) == ("2017-05-03", "2019-10-09")
    assert ("批准逮捕", "2018-03-12") in [(c.kind, c.date) for c in h.custody]


def test_a_fugitive_not_yet_captured_has_no_capture() -> None:
    """至今未归案 (tried in absentia): no custody at all; 尚未抓获, 未被抓获, 未能归案, 没有被抓获 neither."""
    for told in ("至今未归案", "尚未抓获", "至今未被抓获", "至今未能归案", "一直没有归案", "至今没有被抓获", "未能被抓获"):
        h = parse_defendant(f"被告人周某某，男，1968年3月12日出生。2017年5月14日出境后潜逃境外，{told}。")
        assert h is not None and (h.detained_on, [c.kind for c in h.custody]) == (None, []), told
    h = parse_defendant("被告人周某某，男，1968年3月12日出生。2017年5月14日潜逃，2019年1月2日被抓获归案。")
    assert h is not None and h.detained_on == "2019-01-02"


def test_held_now_in_a_prison_is_no_custody_of_that_day() -> None:
    """现在某监狱羁押 (serving an earlier sentence) tells where the person is, as 现羁押于 does: no custody dated by the
    arrest before it, so no detained_on (the schema's: 刑事拘留 or 抓获/羁押 stated)."""
    h = parse_defendant("被告人孙某某，男，1990年1月1日出生。2018年因犯盗窃罪被判处有期徒刑四年。因本案于2020年9月3日经某某县"
                        "人民检察院批准逮捕，现在某某省某某监狱羁押。")
    assert h is not None and (h.detained_on, h.arrested_on) == (None, "2020-09-03")
    assert [(c.kind, c.date, c.text) for c in h.custody][-1] == ("羁押", None, "现在某某省某某监狱羁押")


@pytest.mark.parametrize(("head", "name", "aliases"), [
    ("被告人PETROV ALEXANDER（中文译名：亚历山大·彼得罗夫），男", "亚历山大·彼得罗夫", ("PETROV ALEXANDER",)),
    ("被告人KARIMI（译名：卡里米），男", "卡里米", ("KARIMI",)),
    ("被告人JOHN SMITH，男", "JOHN SMITH", ()),
    # the rendering with a short form after it, or bare; a Chinese name first, the Latin one in brackets
    ("被告人SAI KHAM（中文译名赛某，以下简称赛某），男", "赛某", ("SAI KHAM",)),
    ("被告人NGUYEN VAN AN（阮某），男", "阮某", ("NGUYEN VAN AN",)),
    ("被告人阮某某（NGUYEN VAN AN），男", "阮某某", ("NGUYEN VAN AN",)),
    ("被告人陈某勇（TRAN VAN BINH，自报），男", "陈某勇", ("TRAN VAN BINH",)),
])
def test_a_name_in_latin_letters(head: str, name: str, aliases: tuple[str, ...]) -> None:
    """A foreigner's name in Latin letters, its words spaced, with its Chinese rendering (the result's name) or not:
    it was read as its first word, and the identity after it was lost."""
    h = parse_defendant(f"{head}，1988年2月14日出生，大学文化，无业。因涉嫌犯盗窃罪于2019年7月2日被刑事拘留。")
    assert h is not None and (h.name, tuple(h.aliases), h.gender, h.birth_date, h.detained_on) == (
        name, aliases, "男", "1988-02-14", "2019-07-02")


def test_another_rendering_of_a_long_name_is_its_alias_whole() -> None:
    """（又译…）: another rendering of a transliterated name, longer than the 12 characters an alias cue reads."""
    h = parse_defendant("被告人买某提江·艾某尔（又译买某提江·艾某尔阿布都某提），男，1988年2月14日出生，维吾尔族。")
    assert h is not None and (h.name, h.aliases, h.gender) == ("买某提江·艾某尔", ("买某提江·艾某尔阿布都某提",), "男")


@pytest.mark.parametrize("status", ["台湾居民", "香港特别行政区居民", "越南社会主义共和国公民"])
def test_a_residents_status_is_no_occupation(status: str) -> None:
    h = parse_defendant(f"被告人甲某，男，1980年1月1日出生，{status}，货车司机。因涉嫌犯走私罪于2020年1月2日被刑事拘留。")
    assert h is not None and h.occupation == "货车司机"


def test_a_bare_release_after_this_cases_custody_is_no_prior() -> None:
    """A retrial's header: this case's custody, then the release from the sentence under review."""
    h = parse_defendant("申诉人（原审被告人）周某某，男，一九七五年一月八日出生。因涉嫌职务侵占罪于二〇一九年五月十日被刑事拘留，"
                        "同年六月十四日被逮捕。二〇二〇年十一月九日刑满释放。")
    assert h is not None and h.priors == ()
    assert [(c.kind, c.date) for c in h.custody] == [("刑事拘留", "2019-05-10"), ("逮捕", "2019-06-14"), ("释放", "2020-11-09")]


@pytest.mark.parametrize("turn, custody", [
    ("2013年5月2日刑满释放，因涉嫌犯盗窃罪于2019年3月1日被某县公安局刑事拘留，同年4月1日被逮捕。",
     [("刑事拘留", "2019-03-01"), ("逮捕", "2019-04-01")]),
    ("2013年5月2日刑满释放，现因涉嫌犯盗窃罪于2019年3月1日被刑事拘留。", [("刑事拘留", "2019-03-01")]),
    ("并处罚金人民币五千元（刑期自2012年5月3日起至2013年5月2日止），在服刑期间因涉嫌犯诈骗罪于2012年8月5日被某公安局提解"
     "羁押，同年9月10日被逮捕。", [("羁押", "2012-08-05"), ("逮捕", "2012-09-10")]),
])
def test_a_prior_and_this_cases_custody_in_one_sentence(turn: str, custody: list) -> None:
    """A header that turns from the prior conviction to this case after a comma, not a full stop: both are read."""
    h = parse_defendant(f"被告人甲某，男，1980年1月1日出生，汉族，无业。2012年5月3日因犯盗窃罪被某县人民法院判处有期徒刑一年，{turn}")
    assert h is not None
    assert [(p.date, p.charge, p.release_date, p.term_months) for p in h.priors] == [
        ("2012-05-03", "盗窃罪", "2013-05-02", 12)]
    assert [(c.kind, c.date) for c in h.custody] == custody


@pytest.mark.parametrize("header, detained, arrested", [
    # held in another case (另案处理), then taken in this one: this one's
    ("2021年9月3日因涉嫌犯诈骗罪被某区公安分局刑事拘留，同年10月8日被逮捕，现羁押于某区看守所（另案处理）。因涉嫌犯帮助信息网络"
     "犯罪活动罪于2021年12月20日被某区公安分局刑事拘留，2022年1月25日被逮捕。", "2021-12-20", "2022-01-25"),
    ("因另案于2020年1月1日被某县公安局刑事拘留，同年2月1日被逮捕。因涉嫌犯盗窃罪于2020年5月1日被某区公安局刑事拘留，同年6月1日"
     "被逮捕。", "2020-05-01", "2020-06-01"),
    # another person's case tried apart says nothing of the defendant's custody
    ("因涉嫌犯盗窃罪于2020年1月1日被刑事拘留，同案人乙某另案处理。同年2月1日被逮捕。", "2020-01-01", "2020-02-01"),
    # no custody of this case told apart: the only custody there is stays
    ("因涉嫌犯盗窃罪于2020年1月1日被刑事拘留，同年2月1日被逮捕，现因另案羁押于某看守所。", "2020-01-01", "2020-02-01"),
])
def test_custody_in_a_case_tried_apart_is_not_this_cases(header: str, detained: str, arrested: str) -> None:
    h = parse_defendant(f"被告人甲某，男，1995年3月2日出生，汉族，无业。{header}")
    assert h is not None and (h.detained_on, h.arrested_on) == (detained, arrested)
    assert h.custody[0].date == detained  # the other case's custody is no custody of this case (X7)


def test_a_refused_arrest_is_no_arrest() -> None:
    h = parse_defendant("被告人吴某某，男，1990年1月1日出生。因涉嫌犯盗窃罪于2023年2月16日被刑事拘留，2023年2月17日经某某县"
                        "人民检察院决定不批准逮捕，同日被某某县公安局取保候审。")
    assert h is not None and h.arrested_on is None
    assert [c.kind for c in h.custody] == ["刑事拘留", "不批准逮捕", "取保候审"]


@pytest.mark.parametrize("told", ["因其在境外，逮捕决定未能执行", "因其在逃，未执行"])
def test_an_arrest_decided_and_never_executed_is_no_arrest(told: str) -> None:
    """A trial in absentia: 经某检察院决定逮捕，因其在境外，逮捕决定未能执行 is a decision, no arrest, told once."""
    h = parse_defendant(f"被告人饶某某，男，1966年4月2日出生。因涉嫌犯贪污罪，2022年9月14日经某某市人民检察院决定逮捕，{told}。")
    assert h is not None and (h.arrested_on, h.detained_on) == (None, None)
    assert [(c.kind, c.date) for c in h.custody] == [("逮捕决定", "2022-09-14")]


def test_custody_text_keeps_the_whole_verb() -> None:
    """被抓获 is one event: the evidence text must not stop at 被抓."""
    h = parse_defendant("被告人钱某，男，1988年1月1日出生。因本案于2012年5月29日被抓获，同年5月31日被取保候审。")
    assert [(c.kind, c.text) for c in h.custody][:2] == [
        ("抓获", "2012年5月29日被抓获"), ("取保候审", "同年5月31日被取保候审"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "paragraph,expected",
    [
        # scanned digits: a lower-case l for 1, a Latin O for 0
        ("被告人甲某，男，汉族，l959年6月22日出生于某某市，小学文化，农民。", dict(birth_date="1959-06-22")),
        ("被告人乙某，男，汉族，1970年10月l2日出生于某某县，小学文化，农民。", dict(birth_date="1970-10-12")),
        ("被告人丙某，女，199O年1月1日出生。", dict(birth_date="1990-01-01", gender="女")),
        # 男、汉族: gender before an enumeration comma
        ("被告人丁某，男、汉族，1983年1月28日出生，小学文化，农民。", dict(gender="男", ethnicity="汉族", occupation="农民")),
    ],
)
def test_scanned_digits_and_enumeration_comma(paragraph: str, expected: dict) -> None:
    h = parse_defendant(paragraph)
    for k, v in expected.items():
        assert getattr(h, k) == v, (k, getattr(h, k))


def test_custody_after_a_spelled_date_and_a_comma() -> None:
    """二〇一八年七月三十日因涉嫌…，于被某县公安局取保候审: the date opens the custody clause, spelled or not."""
    for when in ("2018年7月30日", "二〇一八年七月三十日"):
        h = parse_defendant(f"被告人付某，男，1989年6月18日出生，汉族，农民。{when}因涉嫌犯窝藏罪，于被某县公安局取保候审。")
        assert [(c.kind, c.date) for c in h.custody] == [("取保候审", "2018-07-30")], when


def test_prior_term_in_capital_numerals() -> None:
    h = parse_defendant("被告人甲某，男，1980年1月1日出生。2010年1月1日因犯盗窃罪被判处有期徒刑壹年陆个月，2011年7月1日刑满释放。")
    assert (h.priors[0].principal, h.priors[0].term_months, h.priors[0].release_date) == ("有期徒刑", 18, "2011-07-01")


def test_custody_of_an_earlier_case_is_not_this_cases_detention() -> None:
    """Custody before a prior conviction belongs to that case when the header then opens a new custody."""
    h = parse_defendant(
        "上诉人（原审被告人）甲某，男，1989年12月6日出生。因涉嫌犯寻衅滋事罪，于2012年6月1日被某县公安局刑事拘留，"
        "同月16日被逮捕，同年8月6日被取保候审；因犯聚众斗殴罪，于2012年12月21日被某县人民法院判处有期徒刑三年，缓刑四年。"
        "因涉嫌犯故意伤害罪，于2014年9月19日被某县公安局刑事拘留，2014年9月30日被逮捕，现羁押于某县看守所。"
    )
    assert (h.detained_on, h.arrested_on) == ("2014-09-19", "2014-09-30")
    assert [c.date for c in h.custody][:2] == ["2012-06-01", "2012-06-16"]  # still there: a revoked probation credits it
    # A retrial of the same case: no new custody after the conviction, so the arrest is this case's.
    h = parse_defendant(
        "原审被告人乙某，某公司经理。2013年8月21日被逮捕，2014年3月28日被取保候审。"
        "2014年10月20日因犯利用未公开信息交易罪被判处有期徒刑三年，缓刑五年。现在某区司法局接受社区矫正。"
    )
    assert h.arrested_on == "2013-08-21"


def test_an_authority_with_its_sub_units_and_a_punishment_of_several_items() -> None:
    """被某市公安局交通警察支队处以罚款…、暂扣…的行政处罚: the 支队 is the authority, each item joined by 、 is the
    punishment, and 的行政处罚 (as 的处罚) closes it, read as the bare 被某县公安局行政拘留十日 is."""
    h = parse_defendant(
        "被告人庚某，男，1980年1月1日出生。2014年7月12日因饮酒后驾驶机动车被某市公安局交通警察支队处以罚款人民币一千元、"
        "暂扣机动车驾驶证六个月的行政处罚。2015年5月3日因吸毒被某县公安局某某派出所处以行政拘留十五日的处罚。"
        "2016年6月4日因吸毒被某市公安局某区分局治安管理支队行政拘留十日、罚款人民币五百元。"
        "2017年2月1日因酒后驾驶被某市公安局交通警察支队某某大队处以罚款人民币二千元、暂扣机动车驾驶证六个月、记12分的处罚。"
        "2018年3月5日因吸毒被某县公安局禁毒大队行政拘留十二日。因本案于2019年1月1日被刑事拘留。"
    )
    assert [(p.authority, p.punishment, p.principal) for p in h.admin_punishments] == [
        ("某市公安局交通警察支队", "罚款人民币一千元、暂扣机动车驾驶证六个月", None),
        ("某县公安局某某派出所", "行政拘留十五日", "行政拘留"),
        ("某市公安局某区分局治安管理支队", "行政拘留十日、罚款人民币五百元", "行政拘留"),
        ("某市公安局交通警察支队某某大队", "罚款人民币二千元、暂扣机动车驾驶证六个月、记12分", None),
        ("某县公安局禁毒大队", "行政拘留十二日", "行政拘留"),
    ]


def test_a_prior_punishment_closed_by_its_word_or_with_a_fine_after_a_comma() -> None:
    """判处拘役三个月，罚金人民币一千元: the fine is part of it without 并处; …六个月的刑罚 closes with 的刑罚; 罚款…，暂扣…:
    both items."""
    h = parse_defendant(
        "被告人庚某，男，1980年1月1日出生。2006年8月11日因犯盗窃罪被某县人民法院判处拘役三个月，罚金人民币一千元。"
        "2010年3月2日因犯诈骗罪被某县人民法院判处有期徒刑六个月的刑罚，2010年9月1日刑满释放。"
        "2012年2月因酒后驾驶被罚款500元，暂扣机动车驾驶证2个月。因本案于2019年1月1日被刑事拘留。"
    )
    assert [(p.punishment, p.term_months) for p in h.priors] == [
        ("拘役三个月，罚金人民币一千元", 3), ("有期徒刑六个月", 6)]
    assert [p.punishment for p in h.admin_punishments] == ["罚款500元，暂扣机动车驾驶证2个月"]


_SUSPENDED = "2020年5月6日因犯盗窃罪被某区人民法院判处有期徒刑八个月，缓刑一年，并处罚金人民币二千元"
_NEW_CASE = "因涉嫌犯诈骗罪于2021年1月10日被某市公安局刑事拘留，同年2月5日被逮捕。现羁押于某看守所。"


@pytest.mark.parametrize(
    "record",
    [
        # a note in brackets after the punishment
        f"{_SUSPENDED}（该案中于2020年3月1日被刑事拘留，同年4月1日被取保候审），缓刑考验期自2020年5月20日起至2021年5月19日止。",
        # a clause of the prior's sentence, then the rest of the prior (its 缓刑考验期)
        f"{_SUSPENDED}，前案中于2020年3月1日被刑事拘留，同年4月1日被取保候审，缓刑考验期自2020年5月20日起至2021年5月19日止。",
        # a sentence of its own after the prior, the cue a clause of its own
        f"{_SUSPENDED}。在该案中，其于2020年3月1日被刑事拘留，同年4月1日被取保候审。",
        f"{_SUSPENDED}（因前罪于2020年3月1日被刑事拘留，同年4月1日被取保候审）。",
    ],
    ids=["note", "clause", "sentence", "qianzui"],
)
def test_custody_a_prior_tells_of_its_own_case_is_not_this_cases(record: str) -> None:
    """Custody that a prior's record tells of that earlier case (该案中, 前案中, 因前罪 …) is not this case's first
    custody, and the record is still a prior; the custody stays listed (a revoked probation credits it)."""
    h = parse_defendant(f"被告人甲某，男，1990年1月1日出生，汉族，初中文化，无业，住某市某区。{record}{_NEW_CASE}")
    assert h is not None
    assert (h.detained_on, h.arrested_on) == ("2021-01-10", "2021-02-05")
    assert [(p.date, p.charge, p.probation_months) for p in h.priors] == [("2020-05-06", "盗窃罪", 12)]
    assert h.priors[0].punishment.startswith("有期徒刑八个月，缓刑一年") and "该案" not in h.priors[0].punishment
    assert [(c.kind, c.date) for c in h.custody][:4] == [
        ("刑事拘留", "2020-03-01"), ("取保候审", "2020-04-01"), ("刑事拘留", "2021-01-10"), ("逮捕", "2021-02-05")
    ]
    # 因该案 after this case's own capture points back at this case, a prior before it or not: the custody is its
    h = parse_defendant(f"被告人乙某，男。{_SUSPENDED}。因涉嫌犯诈骗罪于2021年1月8日被抓获，因该案于2021年1月10日被某市"
                        "公安局刑事拘留，同年2月5日被逮捕。")
    assert h is not None and len(h.priors) == 1
    assert (h.detained_on, h.arrested_on) == ("2021-01-10", "2021-02-05")


def test_an_administrative_authority_with_a_note_in_brackets_keeps_its_closing_bracket() -> None:
    h = parse_defendant("被告人庚某，男，1980年1月1日出生。2015年3月2日因吸食毒品被某市公安局（某某分局）行政拘留十日。"
                        "因本案于2019年1月1日被刑事拘留。")
    assert [(p.authority, p.punishment) for p in h.admin_punishments] == [("某市公安局（某某分局）", "行政拘留十日")]


def test_a_prior_that_joined_sentences_has_the_punishment_decided_on() -> None:
    """…判处有期徒刑四年，与前罪没有执行的刑罚并罚，决定执行有期徒刑十年: ten years were served, not four."""
    h = parse_defendant("被告人庚某，男，1960年1月1日出生。1992年7月30日因犯脱逃罪被判处有期徒刑四年，与前罪没有执行的刑罚并罚，"
                        "决定执行有期徒刑十年，1997年8月23日被假释，假释考验期至2000年6月30日；2001年7月19日因犯抢劫罪被判处"
                        "有期徒刑六年，并处罚金人民币三千元。因本案于2012年3月1日被逮捕。")
    assert [(p.punishment, p.term_months) for p in h.priors] == [("有期徒刑十年", 120), ("有期徒刑六年，并处罚金人民币三千元", 72)]


_HEADER_AID = "辩护人厍立新，广东鹏湾律师事务所律师，系深圳市宝安区法律援助中心指派。"
_AT_TRIAL = "被告人尤志坤及其辩护人厍立新到庭参加诉讼"


@pytest.mark.parametrize(
    ("at_trial", "appointed"),
    [
        ("被告人尤志坤及深圳市宝安区法律援助中心指派的辩护人厍立新到庭参加诉讼", True),
        ("被告人尤志坤及本院通过深圳市宝安区法律援助中心指定的广东鹏湾律师事务所律师厍立新到庭参加诉讼", True),
        (_AT_TRIAL, False),
        # legal aid of another lawyer in the sentence before the defender's clause
        ("深圳市宝安区法律援助中心指派的值班律师乙某为被告人尤志坤提供法律帮助，被告人尤志坤及其委托的辩护人厍立新到庭参加诉讼",
         False),
    ],
)
def test_legal_aid_told_in_the_procedure(at_trial: str, appointed: bool) -> None:
    """A defender the header lists with the firm alone is appointed where the procedure tells legal aid assigned them
    (…法律援助中心指派的辩护人甲某到庭参加诉讼)."""
    from fayan.pipelines.assemble import extract

    base = (Path(__file__).parent.parent / "examples" / "drug_sale.txt").read_text(encoding="utf-8")
    assert _HEADER_AID in base and _AT_TRIAL in base
    text = base.replace(_HEADER_AID, "辩护人厍立新，广东鹏湾律师事务所律师。").replace(_AT_TRIAL, at_trial)
    (d,) = extract(text).defendants
    assert [(x.name, x.appointed) for x in d.defenders] == [("厍立新", appointed)]


def test_a_foreigner_s_people_and_nationality() -> None:
    """A foreign defendant's people is kept as written (缅族 is none of China's 56), and the nationality and passport
    are no occupation."""
    h = parse_defendant("被告人梭温·昂（SOE WIN AUNG），男，1991年7月3日出生，缅甸联邦籍，护照号码MD0000001，缅族，文盲，"
                        "农民。因涉嫌犯走私、贩卖毒品罪于2020年10月13日被刑事拘留。")
    assert h is not None
    assert (h.name, h.ethnicity, h.education, h.occupation) == ("梭温·昂", "缅族", "文盲", "农民")
    h = parse_defendant("被告人阮某，女，1990年1月1日出生，越南社会主义共和国国籍，京族，小学文化，无业。")
    assert h is not None and (h.ethnicity, h.occupation) == ("京族", "无业")


def test_a_note_after_the_education_and_a_disability_that_is_no_occupation() -> None:
    """小学文化（特殊教育学校）: the note in brackets does not hide the education; 聋哑人 is who the person is, not
    their occupation."""
    h = parse_defendant("被告人吴某，男，1992年5月6日出生，汉族，聋哑人，小学文化（特殊教育学校），无业，住某某市。")
    assert h is not None and (h.education, h.occupation) == ("小学", "无业")
    h = parse_defendant("被告人戴某晨，男，2005年3月1日出生，汉族，初中在读，住某某市。")  # a pupil: the school he attends
    assert h is not None and h.education == "初中"
    h = parse_defendant("被告人吴某，男，1980年5月6日出生，汉族，初中文化，盲人按摩师，住某某市。")  # an occupation stays
    assert h is not None and h.occupation == "盲人按摩师"
