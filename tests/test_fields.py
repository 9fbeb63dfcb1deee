"""Document fields: case numbers, procedure, forms, signature dates, court, prosecutor, officers."""

from __future__ import annotations

import pytest

from fayan.nlp.text import normalize
from fayan.pipelines.fields import classify_form, extract_doc_fields, parse_case_number, procedure_of
from fayan.pipelines.sections import split_sections


@pytest.mark.parametrize(
    "printed,year,court,type_code,seq,old",
    [
        # 新式案号
        ("（2016）湘0111刑初733号", 2016, "湘0111", "刑初", "733", False),
        ("（2018）豫02刑终209号", 2018, "豫02", "刑终", "209", False),
        ("(2019)京0107刑初27号", 2019, "京0107", "刑初", "27", False),
        ("〔2020〕粤0305刑初1234号", 2020, "粤0305", "刑初", "1234", False),
        ("（2021）最高法刑核12345678号", 2021, "最高法", "刑核", "12345678", False),
        ("（2019）浙01刑再3号", 2019, "浙01", "刑再", "3", False),
        ("（2017）川0182刑初556号", 2017, "川0182", "刑初", "556", False),
        # 旧式 字第
        ("（2014）西刑初字第82号", 2014, "西", "刑初", "82", True),
        ("（2015）东刑初字第0106号", 2015, "东", "刑初", "0106", True),
        ("（2011）西刑二初字第20号", 2011, "西", "刑初", "20", True),
        ("（2014）临罗刑一初字第81号", 2014, "临罗", "刑初", "81", True),
        ("（2015）信刑终字第90号", 2015, "信", "刑终", "90", True),
        ("（2016）冀0925刑初字111号", 2016, "冀0925", "刑初", "111", True),
        # a qualifier before the stage
        ("（2015）西刑速初字第00088号", 2015, "西", "刑速初", "00088", True),
        ("（2014）湘0102刑附民初45号", 2014, "湘0102", "刑附民初", "45", False),
        ("（2015）刑立他字第7号", 2015, None, "刑立他", "7", True),
        ("（2008）永中刑一重初字第31号", 2008, "永中", "刑重初", "31", True),  # a retrial after a remand
        # a retrial's or a petition's (SPC rulings tell them in their history)
        ("（2014）鄂刑监一再终字第00004号", 2014, "鄂", "刑监再终", "00004", True),
        ("（2012）津高审刑再终字第0001号", 2012, "津高审", "刑再终", "0001", True),
        ("（2008）锦太刑再重初字第00002号", 2008, "锦太", "刑再重初", "00002", True),
        ("（2001)黔高法刑申立第12号", 2001, "黔高法", "刑申立", "12", False),
        ("（1995）娄中刑经终字第18号", 1995, "娄中", "刑经终", "18", True),
        ("（2015）宁刑执字第1176号", 2015, "宁", "刑执", "1176", True),  # a 减刑 ruling's (刑更 since)
        ("（2022）闽0203刑初456号之一", 2022, "闽0203", "刑初", "456", False),  # a 补正裁定 after the judgment
        # the special procedures': 强制医疗 and 违法所得没收
        ("（2023）川0107刑医2号", 2023, "川0107", "刑医", "2", False),
        ("（2022）浙11刑没初1号", 2022, "浙11", "刑没初", "1", False),
        # 无年份; a masked year (an SPC ruling: （20××）刑核字第××号)
        ("格刑初字第117号", None, "格", "刑初", "117", True),
        ("（20××）刑核字第××号", None, None, "刑核", "××", True),
    ],
)
def test_parse_case_number(printed, year, court, type_code, seq, old) -> None:
    cn = parse_case_number(printed)
    assert cn is not None
    assert (cn.text, cn.year, cn.court_code, cn.type_code, cn.seq, cn.old_style) == (printed, year, court, type_code, seq, old)


@pytest.mark.parametrize("printed", ["（2020）浙0106民初123号", "（2019）京01行终5号", "2019年3月1日", "第264条"])
def test_non_criminal_case_numbers(printed: str) -> None:
    assert parse_case_number(printed) is None


@pytest.mark.parametrize(
    "type_code,procedure",
    [("刑初", "一审"), ("刑终", "二审"), ("刑重", "一审"), ("刑再", "其他"), ("刑核", "其他"), ("刑监", "其他"),
     ("刑速初", "一审"), ("刑附民初", "一审"), ("刑立他", "其他"),
     ("刑再终", "其他"), ("刑监再终", "其他"), ("刑再重初", "一审"), ("刑经终", "二审"), (None, None)],
)
def test_procedure_of(type_code, procedure) -> None:
    assert procedure_of(type_code) == procedure


@pytest.mark.parametrize(
    "form,doc_type,criminal",
    [
        ("刑事判决书", "判决书", True),
        ("刑事附带民事判决书", "判决书", True),
        ("刑事裁定书", "裁定书", True),
        ("刑 事 判 决 书", "判决书", True),
        ("刑事决定书", "其他", True),
        ("民事判决书", "其他", False),
        ("行政裁定书", "其他", False),
        (None, "其他", False),
    ],
)
def test_classify_form(form, doc_type, criminal) -> None:
    assert classify_form(form) == (doc_type, criminal)


@pytest.mark.parametrize(("heard", "procedure"), [("依照第一审程序", "一审"), ("依照第二审程序", "其他"), ("", "其他")])
def test_a_retrial_numbered_xingzai_alone_is_first_instance_where_it_says_so(heard: str, procedure: str) -> None:
    """The contract counts a retrial heard at first instance as 一审; 刑再 alone does not tell which, the procedure's
    words do (本院依法另行组成合议庭，依照第一审程序公开开庭审理了本案). An intermediate court's (鄂01): a basic court's
    retrial is heard at first instance whatever the words (below)."""
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    text = text.replace("鄂0106刑初165号", "鄂01刑再3号").replace("向本院提起公诉。", f"向本院提起公诉。本院另行组成合议庭，{heard}公开开庭审理了本案。")
    assert _fields(text).procedure == procedure


def _fields(text: str):
    t, _ = normalize(text)
    return extract_doc_fields(t, split_sections(t))


_TEMPLATE = (
    "{title}{court} 刑事判决书 （2019）鄂0106刑初165号 {pros}。 被告人甲某，男，1980年1月1日出生。 "
    "某某人民检察院以起诉书指控被告人甲某犯盗窃罪，向本院提起公诉。 经审理查明，被告人甲某窃得手机一部。 "
    "本院认为，被告人甲某构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "被告人甲某犯盗窃罪，判处拘役二个月。 如不服本判决，可在接到判决书的第二日起十日内提出上诉。 "
    "审判长乙某 人民陪审员丙某 {date} 书记员丁某"
)


@pytest.mark.parametrize(
    "date_text,iso",
    [
        # 〇/○/Ο/零/O variants in the signatures
        ("二〇一九年三月一日", "2019-03-01"),
        ("二○一九年十二月三十一日", "2019-12-31"),
        ("二Ο一七年十月十三日", "2017-10-13"),
        ("二O一四年十二月八日", "2014-12-08"),
        ("二零一八年五月八日", "2018-05-08"),
        ("二〇二〇年二月二十九日", "2020-02-29"),
        ("2018年7月16日", "2018-07-16"),
    ],
)
def test_signature_date(date_text: str, iso: str) -> None:
    f = _fields(_TEMPLATE.format(title="", court="湖北省武汉市武昌区人民法院", pros="公诉机关武汉市武昌区人民检察院", date=date_text))
    assert f.judgment_date is not None and f.judgment_date.isoformat() == iso


def test_no_signature_date_is_no_judgment_date() -> None:
    """Without a signed date, a date of the 刑期 note or of the header is not the judgment's (null, as the schema says);
    a signed date without the officers' lines is."""
    base = _TEMPLATE.format(title="", court="湖北省武汉市武昌区人民法院", pros="公诉机关武汉市武昌区人民检察院", date="")
    note = base.replace("判处拘役二个月。", "判处拘役二个月。（刑期自2019年3月1日起至2019年4月30日止。）")
    assert _fields(note).judgment_date is None
    bare = note.replace(" 审判长乙某 人民陪审员丙某  书记员丁某", " 二〇一九年五月六日")
    f = _fields(bare)
    assert f.judgment_date is not None and f.judgment_date.isoformat() == "2019-05-06"


@pytest.mark.parametrize(
    ("signatures", "iso"),
    [
        # letter-spaced, the date too (its 〇 had cut the spaced run, and no date was read)
        ("审 判 员 乙 某 某\n二 〇 二 二 年 三 月 十 八 日\n书 记 员 丁 某", "2022-03-18"),
        # a signature block in two columns, flattened a row per line: the year ends one row, the day the
        # next
        ("审　判　长　　乙某　　　　　　　　二〇一九年\n审　判　员　　丙　某　　　　　　　　十一月二十日\n书　记　员　　丁　某", "2019-11-20"),
    ],
)
def test_signature_date_as_a_pdf_lays_it_out(signatures: str, iso: str) -> None:
    base = _TEMPLATE.format(title="", court="湖北省武汉市武昌区人民法院", pros="公诉机关武汉市武昌区人民检察院", date="")
    f = _fields(base.replace(" 审判长乙某 人民陪审员丙某  书记员丁某", "\n" + signatures))
    assert f.judgment_date is not None and f.judgment_date.isoformat() == iso
    assert [o.name for o in f.officers][-1] == "丁某"


@pytest.mark.parametrize(
    "title,court",
    [
        ("", "湖北省武汉市武昌区人民法院"),
        ("终稿 ", "湖北省武汉市武昌区人民法院"),
        ("甲某犯盗窃罪一审刑事判决书 ", "湖北省武汉市武昌区人民法院"),
    ],
)
def test_court_as_printed(title: str, court: str) -> None:
    f = _fields(_TEMPLATE.format(title=title, court=court, pros="公诉机关武汉市武昌区人民检察院", date="二〇一九年三月一日"))
    assert f.court == court
    assert f.doc_type == "判决书" and f.procedure == "一审"
    assert f.case_number is not None and f.case_number.text == "（2019）鄂0106刑初165号"


def test_a_masked_year_stays_in_the_case_number() -> None:
    """（20××）刑核字第××号 (an SPC ruling, its year masked): the year was left out of the number and read as the end
    of the title."""
    doc = _TEMPLATE.format(title="", court="湖北省武汉市武昌区人民法院", pros="公诉机关武汉市武昌区人民检察院",
                           date="二〇一九年三月一日").replace("（2019）鄂0106刑初165号", "（20××）刑核字第××号")
    f = _fields(doc)
    assert f.case_number is not None and f.case_number.text == "（20××）刑核字第××号"
    assert f.case_number.year is None and f.procedure == "其他"


@pytest.mark.parametrize(
    "line,prosecutor",
    [
        ("公诉机关武汉市武昌区人民检察院", "武汉市武昌区人民检察院"),
        ("公诉机关：武汉市武昌区人民检察院", "武汉市武昌区人民检察院"),
        ("原公诉机关武汉市武昌区人民检察院", "武汉市武昌区人民检察院"),
        ("抗诉机关武汉市武昌区人民检察院", "武汉市武昌区人民检察院"),
        ("公诉机关武汉市武昌区人民检察院（以下简称武昌区检察院）", "武汉市武昌区人民检察院"),
        # an abbreviation note inside the name is left out of the value (the span still covers it)
        ("公诉机关科尔沁左翼后旗（以下简称科左后旗）人民检察院。", "科尔沁左翼后旗人民检察院"),
        ("公诉机关某某县(简称某县)人民检察院", "某某县人民检察院"),
        # a note on the role before the name (抗诉 appeals)
        ("抗诉机关（原公诉机关）某某市某某县人民检察院。", "某某市某某县人民检察院"),
        # the civil role of a public interest suit joined to the case, held by the same procuratorate
        ("公诉机关暨附带民事公益诉讼起诉人某某市某某区人民检察院。", "某某市某某区人民检察院"),
        # the office above that backs a protest (支持抗诉机关) is not the one prosecuting, whichever line is first
        ("支持抗诉机关武汉市人民检察院。 抗诉机关武汉市武昌区人民检察院", "武汉市武昌区人民检察院"),
    ],
)
def test_prosecutor(line: str, prosecutor: str) -> None:
    f = _fields(_TEMPLATE.format(title="", court="湖北省武汉市武昌区人民法院", pros=line, date="二〇一九年三月一日"))
    assert f.prosecutor == prosecutor


def test_prosecutor_branch_of_a_procuratorate() -> None:
    """A branch's name runs on after 人民检察院 (it was cut there: 北京市人民检察院)."""
    f = _fields(_TEMPLATE.format(title="", court="北京市第二中级人民法院", pros="公诉机关北京市人民检察院第二分院",
                                 date="二〇一九年三月一日"))
    assert f.prosecutor == "北京市人民检察院第二分院"


@pytest.mark.parametrize(
    "history,prosecutor",
    [
        ("某某省某某市中级人民法院审理某某市人民检察院指控被告人甲某犯故意杀人罪一案", "某某市人民检察院"),
        ("某某市第五中级人民法院审理某某市人民检察院第五分院指控被告人甲某犯故意杀人罪一案", "某某市人民检察院第五分院"),
        ("某某地区中级人民法院审理某某自治区人民检察院某某分院指控被告人甲某犯抢劫罪一案", "某某自治区人民检察院某某分院"),
        # a private prosecution names no procuratorate
        ("某某县人民法院审理自诉人乙某指控被告人甲某犯侮辱罪一案", None),
        # a prosecution withdrawn: the case went on with the next one
        ("某甲市中级人民法院审理某甲市人民检察院指控被告人甲某犯故意伤害罪一案，于2004年9月1日作出判决。2010年，"
         "某甲市人民检察院以事实、证据有变化为由撤回起诉。某乙市中级人民法院根据指定管辖，审理某乙市人民检察院指控被告人甲某"
         "犯故意杀人罪一案", "某乙市人民检察院"),
    ],
)
def test_prosecutor_from_the_case_history(history: str, prosecutor: str | None) -> None:
    """A review ruling has no 公诉机关 line: the procuratorate is the one its case history says prosecuted."""
    text = (f"中华人民共和国最高人民法院 刑事裁定书 被告人甲某，男，1980年1月1日出生。2013年2月7日被逮捕。现在押。 "
            f"{history}，于2014年1月27日以（2013）某刑初字第108号刑事判决，认定被告人甲某犯故意杀人罪，判处死刑。 "
            "本院认为，第一审判决、第二审裁定认定的事实清楚。依照《中华人民共和国刑事诉讼法》第二百三十五条之规定，"
            "裁定如下： 核准某某省高级人民法院维持第一审以故意杀人罪判处被告人甲某死刑的刑事裁定。 本裁定自宣告之日起发生法律效力。 "
            "审判长乙某 二〇一五年三月一日 书记员丁某")
    assert _fields(text).prosecutor == prosecutor


def test_officers_and_roles() -> None:
    f = _fields(_TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日"))
    assert [(o.role, o.name) for o in f.officers] == [("审判长", "乙某"), ("人民陪审员", "丙某"), ("书记员", "丁某")]


def test_officer_names_with_a_middle_dot_are_kept_whole() -> None:
    """Names of minorities written with a · run longer than five characters: 艾某瓦尔·司某义."""
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    text = text.replace("人民陪审员丙某", "代理审判员艾某瓦尔·司某义 人民陪审员买买提·吐某")
    f = _fields(text)
    assert [(o.role, o.name) for o in f.officers] == [
        ("审判长", "乙某"), ("代理审判员", "艾某瓦尔·司某义"), ("人民陪审员", "买买提·吐某"), ("书记员", "丁某")
    ]


@pytest.mark.parametrize("dot", ["•", "・", "．"])
def test_officer_names_with_another_dot_are_kept_whole(dot: str) -> None:
    """The dot of such a name may be a bullet or a full-width stop (哈某旦．吐某洪): the officer was lost."""
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    text = text.replace("人民陪审员丙某", f"审判员哈某旦{dot}吐某洪 人民陪审员丙某")
    assert [(o.role, o.name) for o in _fields(text).officers][:3] == [
        ("审判长", "乙某"), ("审判员", f"哈某旦{dot}吐某洪"), ("人民陪审员", "丙某")]


def test_officer_titles_with_a_colon() -> None:
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    text = text.replace("审判长乙某 人民陪审员丙某", "审判长：乙某 代理审判员：戊某").replace("书记员丁某", "书记员：丁某")
    assert [(o.role, o.name) for o in _fields(text).officers] == [("审判长", "乙某"), ("代理审判员", "戊某"), ("书记员", "丁某")]


def test_spaced_officer_titles() -> None:
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    text = text.replace("审判长乙某 人民陪审员丙某", "审　判　长　乙某某 审　判　员　戊某").replace("书记员丁某", "书　记　员　丁书某")
    f = _fields(text)
    assert [(o.role, o.name) for o in f.officers] == [("审判长", "乙某某"), ("审判员", "戊某"), ("书记员", "丁书某")]
    # names spaced out too (审 判 长　胡 静 had given 胡)
    text = text.replace("乙某某", "胡　静").replace("戊某", "许 强").replace("丁书某", "沈　诚")
    assert [(o.role, o.name) for o in _fields(text).officers] == [("审判长", "胡静"), ("审判员", "许强"), ("书记员", "沈诚")]


@pytest.mark.parametrize(
    "text,court",
    [
        # a news report: 法院 in its sentences and its headline is no court of the document
        ("某某因盗窃被判三年\n本报讯 张某因盗窃他人财物，被诉至北京市昌平区人民法院。经法院审理，判处有期徒刑三年。", None),
        ("家长为游戏动手被告上法庭\n日前，某区法院审结一起案件。", None),
        # no printed form, but the court's own line
        ("北京市昌平区人民法院\n（2019）京0114刑初1号\n公诉机关北京市昌平区人民检察院。\n被告人甲某，男。", "北京市昌平区人民法院"),
    ],
)
def test_court_without_a_form(text: str, court: str | None) -> None:
    assert _fields(text).court == court


@pytest.mark.parametrize(("number", "procedure"), [("（2019）鄂0106刑再3号", "一审"), ("（2019）鄂01刑再3号", "其他")])
def test_a_basic_courts_retrial_is_first_instance(number: str, procedure: str) -> None:
    """A basic court (a court code of four digits) hears cases at first instance only, its retrials too (刑事诉讼法
    第二百五十六条); an intermediate court's 刑再 may be heard either way, and the words do not say which here."""
    text = _TEMPLATE.format(title="", court="某某法院", pros="公诉机关某某人民检察院", date="二〇一九年三月一日")
    assert _fields(text.replace("（2019）鄂0106刑初165号", number)).procedure == procedure


def test_a_basic_courts_retrial_lists_the_original_prosecutor_without_x5() -> None:
    """A retrial heard at first instance (一审 by the contract) names the prosecutor of the case it reviews 原公诉机关:
    no X5 "一审案号…按二审格式"."""
    from fayan.pipelines.assemble import extract
    from fayan.pipelines.checks import run_checks

    text = _TEMPLATE.format(title="", court="某某法院", pros="原公诉机关某某人民检察院", date="二〇一九年三月一日")
    j = extract(text.replace("（2019）鄂0106刑初165号", "（2019）鄂0106刑再3号"))
    assert j.procedure == "一审"
    assert [f.message for f in run_checks([j]) if f.rule == "X5"] == []
