"""The section splitter on line-broken and on flattened text."""

from __future__ import annotations

import re

import pytest

from fayan.nlp.text import normalize
from fayan.pipelines.assemble import extract
from fayan.pipelines.checks import run_checks
from fayan.pipelines.sections import fact_parts, split_sections

JUDGMENT = """浙江省杭州市某某区人民法院
刑事判决书
（2021）浙0106刑初321号
公诉机关杭州市某某区人民检察院。
被告人张某某，男，1990年2月3日出生，汉族，初中文化，无业，住浙江省杭州市某某区。2021年3月4日因本案被刑事拘留，同年3月18日被逮捕。现羁押于杭州市某某区看守所。
辩护人李某，浙江某某律师事务所律师。
杭州市某某区人民检察院以杭某检刑诉〔2021〕100号起诉书指控被告人张某某犯盗窃罪，于2021年5月6日向本院提起公诉。本院依法适用简易程序，实行独任审判，公开开庭审理了本案。现已审理终结。
杭州市某某区人民检察院指控，2021年3月1日，被告人张某某在某某小区窃得电动自行车一辆，价值人民币2000元。
被告人张某某对指控的事实无异议。
经审理查明，2021年3月1日，被告人张某某在某某小区窃得电动自行车一辆，价值人民币2000元。
上述事实，有被害人陈述、证人证言等证据证实，足以认定。
本院认为，被告人张某某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：
被告人张某某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。
（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2021年3月4日起至2021年9月3日止。）
如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向浙江省杭州市中级人民法院提出上诉。
审判员王某
二〇二一年五月二十日
书记员赵某
附：相关法律条文
《中华人民共和国刑法》
第二百六十四条　盗窃公私财物，数额较大的，或者多次盗窃、入户盗窃、携带凶器盗窃、扒窃的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；本院认为……判决如下……
"""

KINDS = [
    "title", "case_number", "prosecutor", "defendant", "defender", "procedure", "prosecution",
    "defence", "facts", "reasoning", "result", "appeal", "signatures", "appendix",
]  # fmt: skip


def _kinds(text: str) -> list[str]:
    t, _ = normalize(text)
    return [s.kind for s in split_sections(t)]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(JUDGMENT, id="line-broken"),
        pytest.param(re.sub(r"\s*\n\s*", " ", JUDGMENT), id="flattened"),
        pytest.param(JUDGMENT.replace("\n", "\r\n"), id="crlf"),
        pytest.param(re.sub(r"(?<=[。：）])\s*\n\s*", "", JUDGMENT), id="glued"),
    ],
)
def test_same_sections_with_and_without_line_breaks(variant: str) -> None:
    assert _kinds(variant) == KINDS


def test_appendix_is_not_the_judgment() -> None:
    t, _ = normalize(JUDGMENT)
    s = split_sections(t)
    assert s.text("result").startswith("判决如下")
    assert "本院认为" not in s.text("appendix")[:4]
    appendix = s.get("appendix")
    assert appendix is not None and s.body_end == appendix.start
    for sec in s:
        if sec.kind != "appendix":
            assert sec.end <= appendix.start
    assert s.text("signatures").endswith("书记员赵某")


def test_simplified_procedure_facts_are_the_prosecution_account() -> None:
    text = JUDGMENT.replace("经审理查明，2021年3月1日，被告人张某某在某某小区窃得电动自行车一辆，价值人民币2000元。\n", "")
    t, _ = normalize(text)
    s = split_sections(t)
    facts, pros = s.get("facts"), s.get("prosecution")
    assert facts is not None and pros is not None
    assert facts.start == pros.start
    assert "足以认定" in s.text("facts")


def test_second_instance_ruling() -> None:
    text = (
        "某某市中级人民法院 刑事裁定书 （2021）浙01刑终55号 原公诉机关某某区人民检察院。 "
        "上诉人（原审被告人）刘某，男，1988年1月1日出生。因本案于2020年10月1日被刑事拘留。 "
        "某某区人民法院审理某某区人民检察院指控原审被告人刘某犯诈骗罪一案，于2021年1月5日作出（2020）浙0102刑初99号刑事判决。"
        "宣判后，原审被告人刘某不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 "
        "原判认定，2020年5月，刘某骗取被害人钱款人民币3万元。 上诉人刘某上诉提出量刑过重。 "
        "经审理查明的事实与原判相同。 本院认为，上诉人刘某的行为已构成诈骗罪。原判认定事实清楚，量刑适当。"
        "依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项之规定，裁定如下： 驳回上诉，维持原判。 "
        "本裁定为终审裁定。 审判长孙某 审判员周某 审判员吴某 二〇二一年三月二日 书记员郑某"
    )
    t, _ = normalize(text)
    kinds = [s.kind for s in split_sections(t)]
    assert kinds == [
        "title", "case_number", "prosecutor", "defendant", "procedure", "prosecution", "defence",
        "facts", "reasoning", "result", "appeal", "signatures",
    ]  # fmt: skip


@pytest.mark.parametrize("second", ["支持抗诉机关某某省某某市人民检察院。", "原审公诉机关某某区人民检察院。"])
@pytest.mark.parametrize("sep", ["\n", " "])
def test_a_second_prosecution_line_of_an_appeal_is_the_prosecutor_s(second: str, sep: str) -> None:
    """An appeal on a protest lists the procuratorate that backs it after the one that protests (支持抗诉机关…),
    a retrial the one that prosecuted at first (原审公诉机关…): a line of the prosecution's side, not the
    procedure (its 抗诉 read as one), and the defendant's header after it is read."""
    text = sep.join([
        "某某市中级人民法院 刑事判决书 （2021）某01刑终7号", "原公诉机关（抗诉机关）某某区人民检察院。", second,
        "原审被告人蒋某，男，1984年12月9日出生，汉族，高中文化，无业。因涉嫌犯诈骗罪于2020年12月26日被刑事拘留，"
        "2021年1月30日被逮捕。",
        "某某区人民法院审理某某区人民检察院指控原审被告人蒋某犯诈骗罪一案，于2021年5月17日作出（2021）某0102刑初3号"
        "刑事判决。宣判后，某某区人民检察院提出抗诉。本院依法组成合议庭审理了本案。现已审理终结。",
        "原判认定，2020年5月，蒋某骗取被害人钱款人民币12万元。",
        "本院认为，原审被告人蒋某的行为已构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：",
        "原审被告人蒋某犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币三万元。", "本判决为终审判决。",
        "审判长孙某 审判员周某 审判员吴某 二〇二一年八月二日 书记员郑某",
    ])  # fmt: skip
    t, _ = normalize(text)
    s = split_sections(t)
    assert [x.kind for x in s][:6] == [
        "title", "case_number", "prosecutor", "prosecutor", "defendant", "procedure"]
    j = extract(text)
    assert j.prosecutor == "某某区人民检察院"
    d = j.defendants[0]
    assert (d.gender, d.birth_date, d.ethnicity, d.education, d.detained_on, d.arrested_on) == (
        "男", "1984-12-09", "汉族", "高中", "2020-12-26", "2021-01-30")


def test_a_retrial_s_petition_and_prosecutor_s_opinion_are_no_facts() -> None:
    """A retrial (刑再) retells the judgment it reviews (原审判决认定…), then the petition (申诉人…申诉称) and the
    prosecutor's opinion, then its own findings (经再审查明): the petitioner's claims are the defence, not
    facts."""
    text = (
        "某某市中级人民法院 刑事裁定书 （2022）苏02刑再8号 原公诉机关某某区人民检察院。 "
        "原审被告人（申诉人）孔某，男，1985年3月2日出生，汉族，住某某区。现在某某监狱服刑。 "
        "某某区人民法院审理某某区人民检察院指控原审被告人孔某犯盗窃罪一案，于2020年5月6日作出（2020）苏0203刑初90号"
        "刑事判决。孔某不服，提出申诉。本院于2022年3月1日作出再审决定，对本案进行再审。现已审理终结。 "
        "原审判决认定：2019年8月至9月间，被告人孔某先后三次窃得他人财物，共计价值人民币21000元。 "
        "申诉人孔某申诉称，其未参与第三次盗窃，请求改判。其辩护人提出相同的辩护意见。 "
        "出庭检察员认为，原判认定事实清楚，建议驳回申诉。 "
        "经再审查明：2019年8月至9月间，原审被告人孔某先后三次窃得他人财物，共计价值人民币21000元。 "
        "本院认为，原审被告人孔某的行为已构成盗窃罪。依照《中华人民共和国刑事诉讼法》第二百五十六条之规定，裁定如下： "
        "驳回申诉，维持原判。 本裁定为终审裁定。 审判长孙某 审判员周某 审判员吴某 二〇二二年六月二日 书记员郑某"
    )
    t, _ = normalize(text)
    s = split_sections(t)
    assert [x.kind for x in s][4:] == [
        "procedure", "prosecution", "defence", "facts", "reasoning", "result", "appeal", "signatures"]
    assert s.text("defence").startswith("申诉人孔某申诉称") and s.text("facts").startswith("经再审查明")


def test_header_paragraph_on_two_lines_is_one_defendant() -> None:
    text = JUDGMENT.replace("住浙江省杭州市某某区。", "住浙江省杭州市某某区。\n2015年6月1日因犯盗窃罪被判处有期徒刑一年，2016年5月31日刑满释放。\n")
    t, _ = normalize(text)
    s = split_sections(t)
    assert len(s.all("defendant")) == 1
    assert "刑满释放" in s.text("defendant")


def test_glued_header_sentences_about_the_same_defendant_stay_in_the_header() -> None:
    """"…住某市。被告人某某曾因吸毒，于…被行政拘留…。被告人某某因涉嫌…被刑事拘留，同年…被逮捕。" (a dev judgment whose
    paragraphs were glued): the later sentences name the defendant again and go on about them; not the procedure."""
    text = JUDGMENT.replace(
        "住浙江省杭州市某某区。",
        "住浙江省杭州市某某区。被告人张某某曾因吸毒，于2013年12月31日被某市公安局行政拘留五日。被告人张某某因涉嫌犯盗窃罪"
        "于2016年10月21日被刑事拘留（10月20日被羁押），同年11月25日被逮捕。",
    )
    t, _ = normalize(re.sub(r"\s+", "", text))
    s = split_sections(t)
    assert len(s.all("defendant")) == 1
    assert "同年11月25日被逮捕" in s.text("defendant") and "被逮捕" not in s.text("procedure")


@pytest.mark.parametrize("sep", ["\n", ""])
def test_second_defendant_whose_name_extends_the_first_is_a_new_person(sep: str) -> None:
    """"被告人张某，男，…。被告人张某某，男，…": 张某某 is a second defendant (an identity follows the name), not 张某's
    header going on (anonymised judgments name co-defendants so)."""
    header = (
        "被告人张某，男，1980年1月1日出生，汉族，无业。因涉嫌犯抢劫罪于2022年10月5日被刑事拘留。" + sep
        + "被告人张某某，男，2005年8月1日出生，汉族，学生。因涉嫌犯抢劫罪于2022年10月6日被刑事拘留。" + sep
    )
    text = re.sub(r"被告人张某某，男.*?住浙江省杭州市某某区。\n?", header, JUDGMENT, count=1, flags=re.S)
    assert header in text
    t, _ = normalize(text)
    s = split_sections(t)
    names = [t[d.start : d.end][3:6] for d in s.all("defendant")]
    assert names == ["张某，", "张某某"]


@pytest.mark.parametrize("colon", ["：", ":", ""])
def test_a_flattened_table_of_parties_reads_a_paragraph_per_party(colon: str) -> None:
    """A two-column table of parties flattened into lines: the role alone on its line (被告人：), the name on the
    next, the details on the one after. Each defendant is one paragraph with his own details, not the first
    one's."""
    header = (
        f"公诉机关{colon}\n杭州市某某区人民检察院。\n"
        f"被告人{colon}\n甲某\n男，1990年2月3日出生，汉族，初中文化，无业。2021年3月4日因本案被刑事拘留。\n"
        f"被告人{colon}\n钟迅\n男，1993年10月21日出生，汉族，高中文化，无业。2021年3月5日因本案被刑事拘留。\n"
        f"辩护人{colon}\n李某，浙江某某律师事务所律师。\n"
    )
    text = re.sub(r"公诉机关杭州.*?律师事务所律师。\n", header, JUDGMENT, count=1, flags=re.S)
    assert header in text
    t, _ = normalize(text)
    s = split_sections(t)
    defendants = [t[d.start : d.end] for d in s.all("defendant")]
    assert len(defendants) == 2, defendants
    assert "甲某" in defendants[0] and "1990年2月3日" in defendants[0] and "钟迅" not in defendants[0]
    assert "钟迅" in defendants[1] and "1993年10月21日" in defendants[1] and "3月5日" in defendants[1]
    assert "杭州市某某区人民检察院" in s.text("prosecutor") and "李某" in s.text("defender")
    assert s.text("procedure").startswith("杭州市某某区人民检察院以")


def test_a_flattened_table_gives_each_defendant_his_own_identity_and_custody() -> None:
    """The whole reading of a flattened table of parties: the second defendant's birth, education and custody
    are his (not the first one's), and the header lists both."""
    header = (
        "公诉机关：\n杭州市某某区人民检察院。\n"
        "被告人：\n甲某\n男，1990年2月3日出生，汉族，初中文化，无业。2021年3月4日因本案被刑事拘留，同年3月18日被逮捕。\n"
        "被告人：\n钟迅\n女，1993年10月21日出生，回族，高中文化，无业。2021年3月5日因本案被刑事拘留，同年3月19日被逮捕。\n"
    )
    text = re.sub(r"公诉机关杭州.*?律师事务所律师。\n", header, JUDGMENT, count=1, flags=re.S)
    text = text.replace("被告人张某某", "被告人甲某、钟迅").replace("被告人甲某、钟迅犯盗窃罪，判处有期徒刑六个月", (
        "被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。\n被告人钟迅犯盗窃罪，判处有期徒刑六个月"
    ))
    j = extract(text)
    assert j.header_defendants == ("甲某", "钟迅")
    first, second = j.defendants
    assert (first.name, first.birth_date, first.detained_on, first.arrested_on) == (
        "甲某", "1990-02-03", "2021-03-04", "2021-03-18")
    assert (second.name, second.gender, second.birth_date, second.ethnicity, second.education) == (
        "钟迅", "女", "1993-10-21", "回族", "高中")
    assert (second.detained_on, second.arrested_on) == ("2021-03-05", "2021-03-19")
    assert not {c.date for c in first.custody} & {"2021-03-05", "2021-03-19"}


def test_news_story_has_no_judgment_sections() -> None:
    t, _ = normalize("记者从某某法院获悉，一男子因盗窃电动车被判刑。法院认为其行为构成盗窃罪。")
    kinds = {s.kind for s in split_sections(t)}
    assert "result" not in kinds and "case_number" not in kinds


def test_death_penalty_review_facts_open_with_jing_fuhe_queren() -> None:
    """死刑复核 rulings state their findings as 经复核确认: a facts section (amounts, victims, offence dates)."""
    text = (
        "中华人民共和国最高人民法院\n刑事裁定书\n（2015）刑核字第00001号\n"
        "被告人甲某，男，1980年1月1日出生。2013年2月1日被逮捕。现在押。\n"
        "某某省某某市中级人民法院审理某某市人民检察院指控被告人甲某犯抢劫罪一案，于2014年1月1日以（2013）某刑初字第1号刑事判决，"
        "认定被告人甲某犯抢劫罪，判处死刑。宣判后，甲某提出上诉。某某省高级人民法院裁定驳回上诉，维持原判，并依法报请本院核准。"
        "本院依法组成合议庭，对本案进行了复核。现已复核终结。\n"
        "经复核确认：2013年1月6日，被告人甲某劫走被害人乙某现金950元。\n"
        "本院认为，被告人甲某的行为已构成抢劫罪。依照《中华人民共和国刑事诉讼法》第二百三十五条的规定，裁定如下：\n"
        "核准某某省高级人民法院维持第一审以抢劫罪判处被告人甲某死刑的刑事裁定。\n"
        "本裁定自宣告之日起发生法律效力。\n审判长丙某\n二〇一五年六月九日\n书记员丁某\n"
    )
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == [
        "title", "case_number", "defendant", "procedure", "facts", "reasoning", "result", "appeal", "signatures",
    ]  # fmt: skip
    assert t[secs.get("facts").start :].startswith("经复核确认")


def test_a_review_ruling_retelling_both_lower_courts_findings_has_facts() -> None:
    """某中级人民法院和某高级人民法院认定：… (a ruling that does not approve) opens the facts, as 经复核确认 does."""
    text = (
        "中华人民共和国最高人民法院\n刑事裁定书\n（2015）刑核字第00002号\n"
        "被告人甲某，男，1980年1月1日出生。2013年2月1日被逮捕。现在押。\n"
        "某某省某某市中级人民法院审理某某市人民检察院指控被告人甲某犯故意杀人罪一案，判处死刑。宣判后，甲某提出上诉。"
        "某某省高级人民法院裁定驳回上诉，维持原判，并依法报请本院核准。本院依法组成合议庭，对本案进行了复核。现已复核终结。\n"
        "某某省某某市中级人民法院和某某省高级人民法院认定：2012年7月14日，被告人甲某与被害人乙某（女，殁年25岁）发生争执，"
        "甲某持刀将乙某杀死。\n"
        "本院认为，第一审判决、第二审裁定认定的事实不清，证据不足。依照《中华人民共和国刑事诉讼法》第二百三十九条的规定，裁定如下：\n"
        "一、不核准某某省高级人民法院维持第一审对被告人甲某以故意杀人罪判处死刑的刑事裁定。\n"
        "本裁定自宣告之日起发生法律效力。\n审判长丙某\n二〇一五年六月九日\n书记员丁某\n"
    )
    t, _ = normalize(text)
    facts = split_sections(t).get("facts")
    assert facts is not None and t[facts.start :].startswith("某某省某某市中级人民法院和某某省高级人民法院认定")
    # one court's findings after its retrial (a sentence below the statutory range, reviewed): 某某省高级人民法院再审认定：
    t, _ = normalize(text.replace("某某省某某市中级人民法院和某某省高级人民法院认定", "某某省高级人民法院再审认定"))
    facts = split_sections(t).get("facts")
    assert facts is not None and t[facts.start :].startswith("某某省高级人民法院再审认定")


def test_a_procedure_paragraph_that_reads_like_an_accusation_is_not_split_inside() -> None:
    """X检察院指控…一案 opens the procedure; the prosecution's account is looked for at the next paragraph
    start, not one character later (where 苏省…检察院指控 would match again)."""
    text = (
        "中华人民共和国最高人民法院\n指定管辖决定书\n（2014）刑立他字第26-1号\n"
        "江苏省某某市某某区人民检察院指控被告人甲某犯非法经营罪一案，本院经审查，依照《中华人民共和国刑事诉讼法》第二十六条的规定，决定如下：\n"
        "指定江苏省某某市某某区人民法院依照刑事第一审程序对该案进行审判。\n二〇一五年六月十五日\n"
    )
    t, _ = normalize(text)
    secs = split_sections(t)
    starts = {s.kind: s.start for s in secs}
    assert "prosecution" not in starts and "facts" not in starts
    assert t[starts["procedure"] :].startswith("江苏省")


@pytest.mark.parametrize("role", ["被告人", "上诉人（原审被告人）"])
@pytest.mark.parametrize("name", ["董以成", "李在田", "王因之"])
def test_defendant_paragraph_whatever_the_name_holds(name: str, role: str) -> None:
    """以, 在, 因 after 被告人X open a procedure sentence (被告人张某以非法占有为目的…), but not inside a name
    followed by the person's identity."""
    text = (
        f"某某市中级人民法院 刑事判决书 （2021）某01刑初5号 公诉机关某某市人民检察院。 {role}{name}，男，汉族，1970年8月6日出生，农民。"
        f"2020年12月27日被逮捕。 某某市人民检察院以起诉书指控被告人{name}犯绑架罪，于2021年3月1日向本院提起公诉。 "
        f"经审理查明，2020年12月1日，被告人{name}绑架他人。 本院认为，被告人{name}的行为已构成绑架罪。依照《中华人民共和国刑法》"
        f"第二百三十九条之规定，判决如下： 被告人{name}犯绑架罪，判处有期徒刑十年，并处罚金人民币一万元。 审判员甲某 二〇二一年五月一日"
    )
    t, _ = normalize(text)
    kinds = [s.kind for s in split_sections(t)]
    assert kinds[:5] == ["title", "case_number", "prosecutor", "defendant", "procedure"], kinds


def test_private_prosecution_procedure_opens_with_the_complainant_acting() -> None:
    """自诉人某某以被告人某某犯X罪…向本院提起控诉 opens the procedure; it is not a second complainant paragraph."""
    from pathlib import Path

    raw = (Path(__file__).resolve().parent.parent / "examples" / "private_prosecution.txt").read_text(encoding="utf-8")
    t, _ = normalize(raw)
    s = split_sections(t)
    assert len(s.all("prosecutor")) == 1 and s.text("procedure").startswith("自诉人苗丽娟以被告人宓国庆犯侵占罪")


def test_spaced_out_role_words_read_whole() -> None:
    """A layout that spaces out 被 告 人 / 公 诉 机 关 (as titles often are): the spaces inside are dropped in
    normalisation (offsets still map back), so the header is read; a line break is never dropped so."""
    from fayan.pipelines.assemble import extract

    spaced = JUDGMENT.replace("公诉机关", "公 诉 机 关").replace("被告人张某某，男", "被　告　人张某某，男")
    j = extract(spaced)
    d = j.defendants[0]
    assert (j.prosecutor, d.gender, d.birth_date, d.detained_on) == ("杭州市某某区人民检察院", "男", "1990-02-03", "2021-03-04")
    assert spaced[j.span("defendants[0].name").start : j.span("defendants[0].name").end] == "张某某"
    t, _ = normalize("被\n告人张某")
    assert t == "被\n告人张某"


def test_spaced_out_headings_open_their_sections() -> None:
    """Headings spaced out (公 诉 机 关 指 控：, 经 审 理 查 明) open their sections as written whole: the account
    the prosecution gives was read as more of the procedure, its offence day as a procedure date after the
    prosecution (a false X6)."""
    text = JUDGMENT.replace("杭州市某某区人民检察院指控，", "公 诉 机 关 指 控：").replace("经审理查明，", "经 审 理 查 明，")
    s = split_sections(normalize(text)[0])
    assert s.text("prosecution").startswith("公诉机关指控：2021年3月1日")
    assert s.text("facts").startswith("经审理查明，2021年3月1日")


@pytest.mark.parametrize("written", ["韦 立 新", "韦\u3000立\u3000新", "韦  新", "韦\u3000\u3000新"])
def test_a_name_spaced_out_is_read_wherever_it_stands(written: str) -> None:
    """A name letter-spaced, or a name of two padded to three characters' width, in a copy from a PDF or a
    word processor (被告人韦 立 新，男，…; 被告人韦 立 新犯盗窃罪，…): the result's clause had read no name, and the
    judgment no defendant. Its writings without a role word (期间韦 立 新…) are joined too."""
    name = written.replace(" ", "").replace("\u3000", "")
    raw = JUDGMENT.replace("张某某", written).replace("经审理查明，", f"经审理查明，期间{written}称，")
    j = extract(raw)
    assert [d.name for d in j.defendants] == [name]
    d = j.defendants[0]
    assert (d.gender, d.birth_date, d.charges, d.verdict.term_months) == ("男", "1990-02-03", ("盗窃罪",), 6)
    span = j.span("defendants[0].name")
    assert raw[span.start : span.end] == written
    assert f"期间{name}称" in normalize(raw)[0]


def test_a_sentence_per_line_export_reads_as_the_same_text() -> None:
    """Some exports put every sentence on a line of its own: those breaks are not paragraphs. The record is the one
    the same text gives on one line (the fraud cue 谎称 sits in the sentence before the amount)."""
    from fayan.pipelines.assemble import extract

    text = (
        "某某市某某区人民法院刑事判决书（2019）浙0102刑初9号。公诉机关某某市某某区人民检察院。"
        "被告人张某某，男，1980年1月1日出生，汉族。因涉嫌犯诈骗罪于2019年8月2日被刑事拘留。"
        "同年8月16日被逮捕。某某区人民检察院以起诉书指控被告人张某某犯诈骗罪，于2019年10月8日向本院提起公诉。"
        "经审理查明：2019年5月，被告人张某某向被害人李某谎称可以帮其办理贷款，取得李某的信任。"
        "2019年6月1日至7月1日，被害人李某先后将5笔资金共计人民币30000元打到被告人张某某的账户里。"
        "本院认为，被告人张某某以非法占有为目的，虚构事实，骗取他人财物，数额较大，其行为已构成诈骗罪。"
        "依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：被告人张某某犯诈骗罪，判处有期徒刑一年，并处罚金人民币一万元。"
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。审判员王某。二〇一九年十二月一日。书记员赵某。"
    )
    per_line = re.sub(r"(?<=。)", "\n", text)
    a, b = extract(text).to_record(), extract(per_line).to_record()
    assert a["total_crime_amount_yuan"] == 30000
    for key in ("defendants", "total_crime_amount_yuan", "offence_start", "case_number", "prosecutor"):
        assert a[key] == b[key], key


# a document's title lines, which a PDF's page header repeats atop each page
_HEAD = "某某市某某区人民法院\n刑事判决书\n（2020）某0102刑初1号\n"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("被告人甲某犯盗窃罪。\n第 3 页 共 8 页\n二、追缴违法所得。", "被告人甲某犯盗窃罪。\n二、追缴违法所得。"),
        ("被告人甲某犯盗窃罪，判处\n第3页\n有期徒刑一年。", "被告人甲某犯盗窃罪，判处有期徒刑一年。"),  # the cut sentence joined
        ("予以没收。\n（此页无正文）\n审判员乙某", "予以没收。\n审判员乙某"),
        ("予以没收。\n- 3 -\n审判员乙某", "予以没收。\n审判员乙某"),
        ("予以没收。 第 4 页 共 5 页 上述罚金于判决生效后十日内缴纳。", "予以没收。上述罚金于判决生效后十日内缴纳。"),
        ("见卷宗第3页记载。", "见卷宗第3页记载。"),  # no page furniture
        # what a copy from a website leaves (it cut the header: no parties, and its date was read as the procedure's)
        ("（2023）某0102刑初88号\nhttps://wenshu.court.gov.cn/website/wenshu/181107/index.html\n公诉机关某某区人民检察院。",
         "（2023）某0102刑初88号\n公诉机关某某区人民检察院。"),
        ("被告人甲某，男。\n下载日期：2023年5月2日\n某某区人民检察院以…起诉书指控", "被告人甲某，男。\n某某区人民检察院以…起诉书指控"),
        ("被告人甲某，男。\n中国裁判文书网\n某某区人民检察院", "被告人甲某，男。\n某某区人民检察院"),
        ("被告人甲某，男。\n发布日期：2023-05-02 浏览：123次\n某某区人民检察院", "被告人甲某，男。\n某某区人民检察院"),
        ("来源于中国裁判文书网的判决。", "来源于中国裁判文书网的判决。"),  # inside a sentence: text
        # a legal database's footer: its copyright line and its citation code; the line after it stays a line of
        # its own (not glued to the clerk's name), as after a page number
        ("书记员乙某\n© 某某法律数据库 版权所有\n附：相关法律条文", "书记员乙某\n附：相关法律条文"),
        ("审判员乙某\n第3页\n书记员丙某", "审判员乙某\n书记员丙某"),
        ("被告人甲某犯盗窃罪，判处\nCopyright © 2023 某某网 All Rights Reserved\n有期徒刑一年。",
         "被告人甲某犯盗窃罪，判处有期徒刑一年。"),
        ("书记员乙某\n北大法宝引证码：CLI.C.100000001　原文链接：https://www.example.com/x.html\n", "书记员乙某"),
        ("该软件系某公司版权所有。", "该软件系某公司版权所有。"),  # inside a sentence: text
        # a page header that repeats the document's title lines, by its page number or not: the sentences it
        # cut are whole again
        (_HEAD + "被告人乙某，女，汉族，\n某某市某某区人民法院\n刑事判决书\n第2页 共5页\n大专文化。",
         _HEAD + "被告人乙某，女，汉族，大专文化。"),
        (_HEAD + "即自2020年5月8日起至2022年11月\n某某市某某区人民法院\n刑 事 判 决 书\n7日止。",
         _HEAD + "即自2020年5月8日起至2022年11月7日止。"),
        (_HEAD + "现已审理终结。\n第2页\n（2020）某0102刑初1号\n经审理查明，", _HEAD + "现已审理终结。\n经审理查明，"),
        # no header: a court's name alone above the signatures' date, another judgment of the court pasted
        # after this one, a second copy of this one
        (_HEAD + "审判员乙某\n某某市某某区人民法院\n二〇二〇年十月二十六日", _HEAD + "审判员乙某\n某某市某某区人民法院\n二〇二〇年十月二十六日"),
        (_HEAD + "书记员丙某\n某某市某某区人民法院\n刑事判决书\n（2020）某0102刑初2号\n公诉机关某某区人民检察院。",
         _HEAD + "书记员丙某\n某某市某某区人民法院\n刑事判决书\n（2020）某0102刑初2号\n公诉机关某某区人民检察院。"),
        (_HEAD + "书记员丙某\n" + _HEAD + "公诉机关某某区人民检察院。", _HEAD + "书记员丙某\n" + _HEAD + "公诉机关某某区人民检察院。"),
    ],
)
def test_page_furniture_is_dropped(raw: str, text: str) -> None:
    """Page numbers and （此页无正文） a print or PDF export leaves in the text are no part of it (they ran into the
    last order of the result and cut an evidence list in two), nor is a page header that repeats the title (it
    cut a term's end and a defendant's education from their sentences); offsets still map back."""
    t, offsets = normalize(raw)
    assert t == text
    assert all(raw[offsets.to_original(i)] == ch for i, ch in enumerate(t) if not ch.isspace())


def test_an_export_s_metadata_header_is_dropped() -> None:
    """category:刑事 / title:… / publictime:… / content: before the document (an export of the SPC's documents): the
    keys go, the document stays, and offsets still map back; a judgment that begins with a colon line is kept."""
    raw = "category:刑事\ntitle:甲某抢劫死刑复核刑事裁定书\npublictime:2015-10-22\ncontent:中华人民共和国最高人民法院\n刑事裁定书\n被告人甲某"
    t, offsets = normalize(raw)
    assert t == "中华人民共和国最高人民法院\n刑事裁定书\n被告人甲某"
    assert all(raw[offsets.to_original(i)] == ch for i, ch in enumerate(t) if not ch.isspace())
    kept = "公诉机关：某某区人民检察院。\n被告人甲某"
    assert normalize(kept)[0] == kept


# A legal database's copy of JUDGMENT: its metadata lines before the judgment, whose values are the database's
# (the day it was published, not the day signed; the court without its province; the case number in half-width
# brackets), and its copyright footer after it.
_DATABASE_HEADERS = {
    "colon": ("标题：张某某盗窃一审刑事判决书\n审理法院：杭州市某某区人民法院\n案号：(2021)浙0106刑初321号\n案由：盗窃罪\n"
              "裁判日期：2021.06.30\n文书类型：判决书\n审理程序：一审\n当事人：张某某\n法宝引证码：CLI.C.100000001\n\n"),
    "brackets": ("【标题】张某某盗窃一审刑事判决书\n【审理法院】杭州市某某区人民法院\n【案号】(2021)浙0106刑初321号\n"
                 "【裁判日期】2021-06-30\n【文书类型】判决书\n【审理程序】一审\n【当事人】张某某\n【全文】\n"),
    "marker inline": "【标题】张某某盗窃一审刑事判决书\n【案号】(2021)浙0106刑初321号\n【文书类型】判决书\n【全文】",
}
_DATABASE_FOOTER = ("\n© 某某法律数据库（www.example.com）版权所有。未经许可不得转载。\n"
                    "北大法宝引证码：CLI.C.100000001　　原文链接：https://www.example.com/pfnl/100000001.html\n")


@pytest.mark.parametrize("header", list(_DATABASE_HEADERS.values()), ids=list(_DATABASE_HEADERS))
def test_a_legal_database_s_metadata_and_footer_are_no_part_of_the_judgment(header: str) -> None:
    """标题：… / 审理法院：… / 案号：… / 文书类型：判决书 lines (or 【案号】… and 【全文】) before the judgment's own
    court line, and a © … 版权所有 footer after it, are dropped as page furniture: 文书类型：判决书 is no printed
    title (the document was rejected as 判决书：not a judgment), the first label line no title (the header was
    lost: no court, no sex, no custody), and every value is read from the judgment itself, not from the
    metadata."""
    raw = header + JUDGMENT + _DATABASE_FOOTER
    t, offsets = normalize(raw)
    assert t.strip() == normalize(JUDGMENT)[0].strip()
    assert all(raw[offsets.to_original(i)] == ch for i, ch in enumerate(t) if not ch.isspace())
    got, plain = extract(raw).to_record(), extract(JUDGMENT).to_record()
    assert got["status"] == "ok" and got["doc_type"] == "判决书"
    assert got["case_number"] == "（2021）浙0106刑初321号" and got["court"] == "浙江省杭州市某某区人民法院"
    assert got["judgment_date"] == "2021-05-20"
    for key in ("title", "procedure", "prosecutor", "articles", "defendants"):
        assert got[key] == plain[key], key
    assert got["defendants"][0]["gender"] == "男" and got["defendants"][0]["detained_on"] == "2021-03-04"


def test_label_lines_that_are_the_judgment_s_own_header_stay() -> None:
    """A judgment that prints its own header as labels (法院：… / 文书：刑事判决书 / 案号：… / 公诉机关：…)
    goes on with a party, not a court's or a title's line: nothing is dropped. A file of metadata alone (no
    judgment after it) is empty, and says why."""
    kept = ("法院：浙江省杭州市某某区人民法院\n文书：刑事判决书\n案号：（2021）浙0106刑初321号\n"
            "公诉机关：杭州市某某区人民检察院\n被告人：张某某，男，1990年2月3日出生。\n")
    assert normalize(kept)[0] == kept
    dated = "审理法院：杭州市某某区人民法院\n裁判日期：2021.06.30\n被告人张某某，男。\n"  # (no court or title after)
    assert normalize(dated)[0] == dated
    j = extract(_DATABASE_HEADERS["colon"])
    assert j.status == "empty" and "legal database's metadata" in j.reason


@pytest.mark.parametrize("variant", ["lines", "flattened"])
def test_paragraphs_numbered_one_two_three_open_their_sections(variant: str) -> None:
    """一、…提起公诉。 二、…检察院指控：… 三、被告人…无异议 四、经审理查明：… 五、本院认为…: the cue after
    the number opens its section, which starts at the number; the procedure no longer runs on over the
    prosecution's account, whose day of the offence (2021年3月1日) read as a step of the trial told before the
    prosecution (X6)."""
    numbered = JUDGMENT
    for k, opening in enumerate(["杭州市某某区人民检察院以", "杭州市某某区人民检察院指控，", "被告人张某某对指控",
                                 "经审理查明，", "本院认为，", "如不服本判决"]):
        numbered = numbered.replace(f"\n{opening}", f"\n{'一二三四五六'[k]}、{opening.replace('，', '：')}", 1)
    if variant == "flattened":
        numbered = numbered.replace("\n", " ")
    t, _ = normalize(numbered)
    secs = split_sections(t)
    assert [s.kind for s in secs] == KINDS
    for kind, number in [("procedure", "一、"), ("prosecution", "二、"), ("defence", "三、"), ("facts", "四、"),
                         ("reasoning", "五、"), ("appeal", "六、")]:
        assert secs.text(kind).startswith(number), kind
    assert "2021年3月1日" not in secs.text("procedure")
    j = extract(numbered)
    assert j.prosecution_date == "2021-05-06" and j.told_before_prosecution is None
    assert [f.rule for f in run_checks([j]) if f.rule == "X6"] == []


# (the heading before the defence's own sentence; in place of the cue before the others)
_HEADED = ("杭州市某某区人民检察院指控，", "", "经审理查明，", "本院认为，")


@pytest.mark.parametrize(
    "headings, flattened",
    [
        (("【公诉机关指控】", "【被告人辩解及辩护意见】", "【经审理查明】", "【本院认为】"), False),
        (("【公诉机关指控】", "【被告人辩解及辩护意见】", "【经审理查明】", "【本院认为】"), True),
        (("〖公诉机关指控〗", "〖被告人辩解〗", "〖本院查明〗", "〖本院认为〗"), False),
        (("[ 公诉机关指控 ]", "[ 被告人辩解及辩护意见 ]", "[ 经审理查明 ]", "[ 本院认为 ]"), False),
        # headings in words no sentence opens with
        (("【指控事实】", "【辩护意见】", "【事实认定】", "【本院认为】"), False),
        (("【指控事实】", "【辩护意见】", "【事实认定】", "【本院认为】"), True),
        (("一、起诉指控", "二、辩护意见", "三、认定事实", "四、本院认为"), False),
        (("一、【指控事实】", "二、【辩解与辩护】", "三、【查明事实】", "四、【本院认为】"), False),
        # the reasons under a heading of their own, no 本院认为 in them
        (("【指控事实】", "【辩护意见】", "【认定事实】", "【裁判理由】"), False),
        (("【指控事实】", "【辩护意见】", "【认定事实】", "【裁判理由】"), True),
        (("一、起诉指控", "二、辩护意见", "三、认定事实", "四、判决理由"), False),
        (("〖公诉机关指控〗", "〖被告人辩解〗", "〖本院查明〗", "〖本院意见〗"), False),
    ],
)
def test_headings_on_lines_of_their_own_open_their_sections(
    headings: tuple[str, ...], flattened: bool
) -> None:
    """【公诉机关指控】⏎…⏎【经审理查明】⏎…: a heading in brackets on a line of its own opens its section, which
    starts at the bracket. The charge ran on in the procedure and the findings in the defence, and the
    judgment had no facts: no amount, no day of the offence. An item of the findings (一、盗窃事实) stays in
    them."""
    text = JUDGMENT
    for heading, cue in zip(headings, _HEADED):
        old = cue or "被告人张某某对指控"
        text = text.replace(f"\n{old}", f"\n{heading}\n{'' if cue else old}", 1)
    text = text.replace(f"\n{headings[2]}\n", f"\n{headings[2]}\n一、盗窃事实\n", 1)
    if flattened:
        text = text.replace("\n", " ")
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == KINDS
    for kind, heading in zip(["prosecution", "defence", "facts", "reasoning"], headings):
        assert secs.text(kind).startswith(heading), kind
    assert secs.text("procedure").endswith("现已审理终结。") and "一、盗窃事实" in secs.text("facts")
    j = extract(text)
    assert j.offence_start == "2021-03-01" and [a.amount_yuan for a in j.amounts] == [2000]


def test_a_heading_of_a_part_of_the_reasons_does_not_move_them() -> None:
    """【裁判理由】⏎本院认为，…⏎【量刑理由】⏎…: the reasons open at their heading; the heading after 本院认为 is
    one of their parts."""
    text = JUDGMENT.replace("\n本院认为，", "\n【裁判理由】\n本院认为，", 1)
    parts = text.split("依照", 1)
    text = parts[0] + "\n【量刑理由】\n依照" + parts[1]
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == KINDS
    assert secs.text("reasoning").startswith("【裁判理由】\n本院认为") and "【量刑理由】" in secs.text("reasoning")


def test_bracket_headings_over_the_parties_and_the_procedure() -> None:
    """【当事人】 over the parties is passed over (it read as the procedure, and the header had no one in it);
    【审理经过】 after them opens the procedure."""
    text = JUDGMENT.replace("\n公诉机关", "\n【当事人】\n公诉机关", 1).replace(
        "\n杭州市某某区人民检察院以", "\n【审理经过】\n杭州市某某区人民检察院以", 1
    )
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == KINDS
    assert secs.text("procedure").startswith("【审理经过】") and secs.text("defender").endswith("律师。")
    assert [d.name for d in extract(text).defendants] == ["张某某"]


FORM_LAYOUT = """浙江省杭州市某某区人民法院
刑事判决书
（2021）浙0106刑初322号
公诉机关：杭州市某某区人民检察院
被告人：钱某某，男，1991年4月5日出生，汉族，高中文化，无业，住浙江省杭州市某某区。因涉嫌犯盗窃罪于2021年3月4日被杭州市公安局某某区分局取保候审。
辩护人：孙某，浙江某某律师事务所律师
案由：盗窃罪
起诉书文号：杭某检刑诉〔2021〕101号
起诉日期：2021年5月6日
适用程序：速裁程序，独任审判，公开开庭
开庭日期：2021年5月13日
出庭人员：检察员周某，被告人钱某某及其辩护人孙某
起诉书指控：2021年3月1日，被告人钱某某在某某小区窃得电动自行车一辆，价值人民币2000元。
量刑建议：拘役三个月，缓刑四个月，并处罚金人民币一千元。
辩护意见：被告人钱某某系初犯，自愿认罪认罚，请求从轻处罚。
本院认定事实：2021年3月1日，被告人钱某某在某某小区窃得电动自行车一辆，价值人民币2000元。被告人钱某某对指控的犯罪事实、罪名及量刑建议没有异议，签署了认罪认罚具结书。
裁判理由：本院认为，被告人钱某某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。公诉机关的量刑建议适当，本院予以采纳。依照《中华人民共和国刑法》第二百六十四条、第七十二条之规定，判决如下：
判决结果：被告人钱某某犯盗窃罪，判处拘役三个月，缓刑四个月，并处罚金人民币一千元。
上诉权告知：如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向浙江省杭州市中级人民法院提出上诉。
审判员王某
二〇二一年五月十三日
书记员赵某
"""


# the sections of FORM_LAYOUT, and the label each opens with
_FORM_SECTIONS = [
    "title", "case_number", "prosecutor", "defendant", "defender", "procedure", "prosecution", "defence", "facts",
    "reasoning", "result", "appeal", "signatures",
]
_FORM_STARTS = [("procedure", "案由"), ("prosecution", "起诉书指控"), ("defence", "辩护意见"), ("facts", "本院认定事实"),
                ("reasoning", "裁判理由"), ("appeal", "上诉权告知")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(FORM_LAYOUT, id="line-broken"),
        pytest.param(FORM_LAYOUT.replace("\n", " "), id="flattened"),
        # the result under its label alone, no 判决如下 before it
        pytest.param(FORM_LAYOUT.replace("之规定，判决如下：", "之规定。"), id="no-panjue-ruxia"),
        pytest.param(FORM_LAYOUT.replace("\n案由", "\n一、案由").replace("\n起诉书指控", "\n二、起诉书指控"), id="numbered"),
    ],
)
def test_the_labelled_lines_of_a_form_layout_open_their_sections(text: str) -> None:
    """案由：…⏎适用程序：速裁程序…⏎起诉书指控：…⏎本院认定事实：…⏎裁判理由：…⏎判决结果：…⏎上诉权告知：… (a 表格式 速裁
    judgment): each label opens the section it names. The defender's line ran on over the case's labels, the
    charge and the recommendation; the judgment had no prosecution, no facts, and was read as tried in
    普通程序."""
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == _FORM_SECTIONS
    assert secs.text("defender").endswith("律师事务所律师")
    assert "速裁程序" in secs.text("procedure") and "量刑建议：" in secs.text("prosecution")
    for kind, label in _FORM_STARTS:
        assert re.sub(r"^[一二]、", "", secs.text(kind)).startswith(f"{label}："), kind
    assert "判决结果：" in secs.text("result") and "判决结果：" not in secs.text("reasoning")
    j = extract(text)
    assert j.trial_procedure == "速裁" and j.charges_prosecution == ("盗窃罪",)
    assert j.offence_start == "2021-03-01"
    assert [a.amount_yuan for a in j.amounts if a.section == "facts"] == [2000]
    assert j.defendants[0].verdict.principal == "拘役" and j.defendants[0].verdict.probation_months == 4


def test_a_label_alone_on_its_line_opens_its_section_as_with_its_colon() -> None:
    """案由⏎盗窃罪⏎…起诉书指控⏎…⏎量刑建议⏎拘役三个月…⏎辩护意见⏎… (the form exported from its table, each label a line
    of its own, its content on the next): each label opens the section it names, as 案由：… does. The labels
    opened nothing; the recommendation was not read, and a sentence beyond it raised no E12."""
    text = re.sub(r"^([^\n：]{2,12})：", r"\1\n", FORM_LAYOUT, flags=re.M)
    assert "\n量刑建议\n拘役三个月" in text
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == _FORM_SECTIONS
    for kind, label in _FORM_STARTS:
        assert secs.text(kind).startswith(f"{label}\n"), kind
    assert "判决结果\n" in secs.text("result") and "量刑建议\n" in secs.text("prosecution")
    j = extract(text)
    assert j.trial_procedure == "速裁" and j.charges_prosecution == ("盗窃罪",)
    assert [(r.principals, r.lo_months, r.probation, r.fine_lo_yuan) for r in j.recommendations] == [
        (("拘役",), 3.0, "yes", 1000.0)
    ]
    assert [f.rule for f in run_checks([j]) if f.rule == "E12"] == []
    beyond = extract(text.replace("判处拘役三个月，缓刑四个月", "判处拘役五个月，缓刑六个月"))
    assert [f.rule for f in run_checks([beyond]) if f.rule == "E12"] == ["E12"]
    # the appeal's form word read after its label, however long (上诉权利告知⏎如不服本判决…, with its colon too)
    for layout in (text, FORM_LAYOUT):
        assert extract(layout.replace("上诉权告知", "上诉权利告知")).appeal_form == "判决"


def test_a_label_after_the_parties_that_names_no_procedure_opens_its_own_section() -> None:
    """辩护人：…⏎起诉书指控：… with no line of the procedure between: the label ends the parties and opens the
    prosecution's account, not a procedure (which took the account's place)."""
    text = re.sub(r"\n案由：.*?(?=\n起诉书指控)", "", FORM_LAYOUT, flags=re.S)
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs][:7] == [
        "title", "case_number", "prosecutor", "defendant", "defender", "prosecution", "defence"
    ]  # fmt: skip
    assert secs.text("defender").endswith("律师事务所律师") and secs.text("prosecution").startswith("起诉书指控：")
    assert secs.get("procedure") is None and secs.text("facts").startswith("本院认定事实：")


def test_a_label_opens_nothing_after_a_sentence_s_end() -> None:
    """…孙某。量刑建议：… inside a line is no line of a form layout: it opens nothing, and the prosecution's account
    opens at the next line's label."""
    line = "量刑建议：拘役三个月，缓刑四个月，并处罚金人民币一千元。"
    text = FORM_LAYOUT.replace(f"\n{line}", "").replace("辩护人孙某\n", f"辩护人孙某。{line}\n")
    t, _ = normalize(text)
    secs = split_sections(t)
    assert secs.text("procedure").startswith("案由：") and secs.text("procedure").endswith(line)
    assert secs.text("prosecution").startswith("起诉书指控：")


@pytest.mark.parametrize("heading", ["【被告人基本情况】", "【被告人】", "〖当事人情况〗", "【辩护人】"])
def test_a_bracket_heading_naming_parties_after_the_prosecutor_opens_nothing(heading: str) -> None:
    """公诉机关…。⏎【被告人基本情况】⏎被告人甲某，男，…: a heading naming the parties after the prosecutor's line
    is passed over like 【当事人】 before it; it had opened the procedure, and the defendant's particulars
    (birth, custody) were lost."""
    text = JUDGMENT.replace("\n被告人张某某，", f"\n{heading}\n被告人张某某，", 1)
    t, _ = normalize(text)
    secs = split_sections(t)
    assert [s.kind for s in secs] == KINDS
    d = extract(text).defendants[0]
    assert d.name == "张某某" and d.birth_date is not None and d.detained_on is not None


@pytest.mark.parametrize("form", ["指定管辖决定书", "再审决定书", "复议决定书", "指令再审决定书", "强制医疗决定书"])
def test_the_spc_s_other_documents_are_named_by_their_title(form: str) -> None:
    """指定管辖决定书 and the like are read as their titles say (the reason names it), not as titleless documents."""
    from fayan.pipelines.assemble import extract

    j = extract(f"中华人民共和国最高人民法院\n{form}\n（2014）刑立他字第43-1号\n根据《中华人民共和国刑事诉讼法》第二十六条的规定，"
                "决定如下：\n指定某某区人民法院对本案进行审判。\n二〇一四年十二月二日")
    assert j.status == "not_judgment" and j.reason == f"{form}：not a judgment or ruling"
    assert j.title == f"中华人民共和国最高人民法院 {form}"  # what it is, for the reader of the skipped records


@pytest.mark.parametrize(("head", "reason"), [
    ("某某市某某区人民检察院\n起 诉 书\n某检刑诉〔2023〕18号\n被告人甲某，男，1991年4月17日出生。",
     "起诉书：a procuratorate's document, not a court's judgment or ruling"),
    ("某某市某某区人民检察院\n不起诉决定书\n某检刑不诉〔2023〕57号\n被不起诉人甲某，女，1996年11月2日出生。",
     "不起诉决定书：a procuratorate's document, not a court's judgment or ruling"),
    ("某某市某某区人民检察院\n量 刑 建 议 书\n某检刑量建〔2023〕2451号\n被告人甲某涉嫌危险驾驶罪一案。",
     "量刑建议书：a procuratorate's document, not a court's judgment or ruling"),
    # a lawyer's brief that names the 起诉书 is no procuratorate's document
    ("被告人甲某涉嫌诈骗罪一案\n辩 护 词\n审判长、审判员：\n本案起诉书指控被告人甲某犯诈骗罪。",
     "no document title (刑事判决书/裁定书), case number or result section: not a judgment (e.g. a news story)"),
    ("某某省某某监狱所在地中级人民法院\n刑事裁定书\n（2023）某01刑更1234号\n罪犯甲某，男，1985年5月1日出生。"
     "\n本院认为，罪犯甲某确有悔改表现。裁定如下：\n对罪犯甲某减去有期徒刑七个月。",
     "a ruling on executing a sentence (刑更: 减刑, 假释, 撤销缓刑或假释, 暂予监外执行), not on guilt: its prisoner's sentence is not read"),
])
def test_documents_that_are_no_judgment_of_guilt_say_what_they_are(head: str, reason: str) -> None:
    """An indictment, a decision not to prosecute, a sentencing recommendation and a ruling on a sentence's
    execution (减刑) in an analyst's folder: each skipped with a reason that names it, not as titleless or
    as an empty judgment (the 减刑 ruling was read as a 裁定书 with no defendant)."""
    from fayan.pipelines.assemble import extract

    j = extract(head)
    assert (j.status, j.reason) == ("not_judgment", reason)


def test_facts_a_sentence_per_line_in_a_text_laid_out_by_paragraphs_keep_their_breaks() -> None:
    """Only the facts written a sentence per line, the other paragraphs whole (several sentences each): the text is
    laid out by paragraphs, and its breaks stay (all were dropped, and the sections ran together)."""
    from fayan.nlp.text import _sentence_per_line

    whole = ["被告人甲某，男，1980年1月1日出生。因本案于2019年1月1日被刑事拘留。同年1月15日被逮捕。"] * 3
    facts = [f"2018年{m % 12 + 1}月{m % 28 + 1}日，被告人甲某在某地窃得现金{m}00元。" for m in range(1, 101)]
    assert not _sentence_per_line("\n".join(whole + facts))
    assert _sentence_per_line("\n".join(facts))


@pytest.mark.parametrize(
    "facts",
    ["经审理查明", "本院审理查明", "本院经公开开庭审理查明", "经依法公开开庭审理查明", "本院经审理查明", "本院再审查明", "经再审审理查明",
     "经再审查明", "经本院再审查明", "经二审查明"],
)
@pytest.mark.parametrize("reasoning", ["本院认为", "本院经审理认为", "本院经审查认为", "本院审查认为", "本院经合议庭评议认为"])
def test_facts_and_reasoning_as_other_courts_word_them(facts: str, reasoning: str) -> None:
    """The cues of the findings and of the reasoning in the words other courts use (本院审理查明, 本院经审理认为 …): the
    sections are found (with 本院经审理认为 there was no reasoning, and no charge, 累犯 or article came from it)."""
    assert _kinds(JUDGMENT.replace("经审理查明", facts, 1).replace("本院认为", reasoning, 1)) == KINDS


def test_a_benyuan_renwei_inside_the_procedure_paragraph_is_not_the_reasoning() -> None:
    """A review ruling retells an earlier ruling in its procedure paragraph (…提起公诉。本院认为，本案出现了新的事实，
    需要并案处理，…作出裁定，撤销…): the reasoning opens at the line that starts with 本院认为, and the facts stand."""
    text = JUDGMENT.replace("现已审理终结。", "现已审理终结。本院认为，本案出现了新的事实，需要并案处理，于2021年5月1日作出裁定，"
                            "撤销原判，发回重审。", 1)
    assert _kinds(text) == KINDS


def test_a_plain_benyuan_renwei_is_the_reasoning_over_an_earlier_answer_to_the_defence() -> None:
    """本院审查认为 answering one defence point before the plain 本院认为: the reasoning opens at 本院认为."""
    t, _ = normalize(JUDGMENT.replace(
        "被告人张某某对指控的事实无异议。", "被告人张某某对指控的事实无异议。\n辩护人提出检材提取不合法。本院审查认为，检材提取合法。", 1))
    s = split_sections(t)
    assert s.text("reasoning").startswith("本院认为，被告人张某某以非法占有为目的")


def test_public_trial_is_this_court_s_hearing() -> None:
    """A death-penalty review retells the high court's hearing (经依法不公开开庭审理，…报请本院核准) and holds none of
    its own: no public_trial. An appeal heard publicly by 本院 is public even where the first instance was not."""
    from pathlib import Path

    from fayan.pipelines.assemble import extract

    text = (Path(__file__).resolve().parent.parent / "examples" / "death_review.txt").read_text(encoding="utf-8")
    assert extract(text).public_trial is None
    assert extract(text.replace("经依法开庭审理", "经依法不公开开庭审理")).public_trial is None
    appeal = JUDGMENT.replace("本院依法适用简易程序，实行独任审判，公开开庭审理了本案。",
                              "该院不公开开庭审理后作出判决。宣判后，被告人提出上诉。本院依法组成合议庭，公开开庭审理了本案。")
    assert extract(appeal).public_trial is True


def test_the_prosecution_s_charges_end_at_the_case_it_names() -> None:
    """…指控被告人甲某犯故意杀人罪、盗窃罪一案，于…判决，认定被告人甲某犯抢劫罪…: 抢劫罪 is the first court's finding, not
    a charge the prosecution brought (a death-penalty review retelling the first instance)."""
    from pathlib import Path

    from fayan.pipelines.assemble import extract

    text = (Path(__file__).resolve().parent.parent / "examples" / "death_review.txt").read_text(encoding="utf-8")
    said = "认定被告人庞立舟犯贩卖、运输毒品罪"
    assert said in text
    j = extract(text.replace(said, "认定被告人庞立舟犯贩卖、运输毒品罪、非法持有枪支罪", 1))
    assert "非法持有、私藏枪支、弹药罪" not in j.charges_prosecution and j.charges_prosecution


@pytest.mark.parametrize("opening", ["如不服本判决", "如不服从本判决"])
def test_the_appeal_notice_however_it_opens(opening: str) -> None:
    t, _ = normalize(JUDGMENT.replace("如不服本判决", opening))
    appeal = [s for s in split_sections(t) if s.kind == "appeal"]
    assert len(appeal) == 1 and t[appeal[0].start :].startswith(opening)


@pytest.mark.parametrize(
    ("facts", "titles"),
    [
        ("一、关于故意杀人事实\n甲某持刀杀人。\n二、关于盗窃事实\n甲某窃得手机。", ["关于故意杀人事实", "关于盗窃事实"]),
        ("（一）甲某贩卖毒品，乙某运输毒品事实\n…\n（二）乙某非法持有枪支事实\n…", ["甲某贩卖毒品，乙某运输毒品事实", "乙某非法持有枪支事实"]),
        ("一、关于盗窃事实\n甲某窃得手机。", []),  # one heading divides nothing
        ("一、2019年5月的事实\n…。二、盗窃事实\n…", []),  # a heading must be a line of its own
        # or, in a text whose line breaks were flattened to spaces, stand between spaces
        ("一、被告人甲某盗窃罪犯罪事实 1、甲某窃得手机。 二、被告人甲某强奸罪犯罪事实 甲某强奸乙某。",
         ["被告人甲某盗窃罪犯罪事实", "被告人甲某强奸罪犯罪事实"]),
        ("一、2019年5月的事实，…。 二、盗窃事实，…", []),
    ],
)
def test_fact_parts_under_headings_of_their_own(facts: str, titles: list[str]) -> None:
    head = "某某人民法院\n刑事判决书\n被告人甲某，男。\n某某人民检察院指控被告人甲某犯盗窃罪，向本院提起公诉。\n"
    text, _ = normalize(f"{head}经审理查明：\n{facts}\n本院认为，被告人甲某构成犯罪。\n判决如下：\n被告人甲某无罪。")
    secs = split_sections(text)
    parts = fact_parts(text, secs.get("facts"))
    assert [title for _s, _e, title in parts] == titles
    if parts:
        assert parts[-1][1] == secs.get("facts").end and text[parts[1][0]:].startswith(("二、", "（二）"))


@pytest.mark.parametrize("told", ["指控，", "原起诉书指控：", "起诉书指控：", "补充起诉决定书指控：", "变更起诉决定书指控："])
def test_the_prosecution_s_account_after_an_indictment_changed_at_trial(told: str) -> None:
    """The account of the indictment as first filed, or of one that adds or changes charges (原起诉书指控：,
    变更起诉决定书指控：), opens the prosecution's section: the procedure paragraph ends before it, so the days of
    the conduct it tells are no steps of the procedure."""
    text = JUDGMENT.replace("杭州市某某区人民检察院指控，", f"杭州市某某区人民检察院{told}").replace("\n", " ")
    t, _ = normalize(text)
    starts = {s.kind: s.start for s in split_sections(t)}
    assert t[starts["prosecution"] :].startswith(f"杭州市某某区人民检察院{told}")


def test_a_procuratorate_named_without_renmin_opens_the_prosecution_s_account() -> None:
    """南昌铁路运输检察院指控，… (the railway procuratorates have no 人民 in their names): the procedure ended only at
    the facts, and the conduct's days read as steps after the prosecution (a false X6)."""
    text = JUDGMENT.replace("杭州市某某区人民检察院指控，", "某某铁路运输检察院指控，").replace("\n", " ")
    t, _ = normalize(text)
    starts = {s.kind: s.start for s in split_sections(t)}
    assert t[starts["prosecution"] :].startswith("某某铁路运输检察院指控，")


def test_the_procedure_opening_with_the_named_prosecutor_acting() -> None:
    """公诉机关某某区人民检察院以…起诉书指控… is the procedure, not a second party paragraph of the prosecutor: its
    date of prosecution is read."""
    text = ("某某市某某区人民法院\n刑事判决书\n（2024）鲁0102刑初455号\n公诉机关某某市某某区人民检察院。\n"
            "被告人甲某，男，1979年4月22日出生，汉族，无业。因涉嫌犯盗窃罪于2024年2月27日被刑事拘留，同年3月8日被逮捕。\n"
            "公诉机关某某市某某区人民检察院以某检刑诉〔2024〕421号起诉书指控被告人甲某犯盗窃罪，于2024年5月20日向本院提起公诉。"
            "本院依法适用速裁程序，实行独任审判，公开开庭审理了本案。\n"
            "公诉机关指控，2024年2月26日，被告人甲某窃得他人手机一部，价值人民币3000元。\n"
            "本院认为，被告人甲某盗窃他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：\n"
            "被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。\n审判员乙某\n二〇二四年五月二十八日\n书记员丙某")
    j = extract(text)
    assert j.prosecution_date == "2024-05-20"
    assert [s.kind for s in split_sections(normalize(text)[0])].count("prosecutor") == 1


# An appeal ruling that retells the judgment appealed and finds no facts of its own, {course} told after that
# account
APPEAL_RULING = (
    "某某市中级人民法院\n刑事裁定书\n（2022）闽02刑终41号\n原公诉机关某某区人民检察院。\n"
    "上诉人（原审被告人）宁远航，男，2001年3月8日出生，汉族，住某某区。\n"
    "某某区人民法院审理某某区人民检察院指控原审被告人宁远航犯盗窃罪一案，于2022年4月15日作出（2022）闽0203刑初58号"
    "刑事判决。\n原判认定，2021年7月间，被告人宁远航窃得他人手机一部。据此，以盗窃罪判处被告人宁远航拘役四个月。\n"
    "{course}\n"
    "本院认为，上诉人宁远航撤回上诉的申请符合法律规定，应予准许。裁定如下：\n准许上诉人宁远航撤回上诉。\n"
    "本裁定为终审裁定。\n审判员　甲某\n二〇二二年六月十日\n书记员　乙某"
)


@pytest.mark.parametrize(
    ("course", "split"),
    [
        ("宣判后，原审被告人宁远航以原判量刑过重为由提出上诉。在本院审理过程中，上诉人宁远航于2022年6月2日申请撤回上诉。",
         True),
        ("宣判后，宁远航不服，提出上诉，某某区人民检察院亦提出抗诉。", True),
        ("在本院审理过程中，上诉人宁远航于2022年6月2日向本院提出撤回上诉的书面申请。", True),
        # a protest's grounds, not its course
        ("一审宣判后，某某区人民检察院抗诉提出，原判量刑畸轻。", False),
    ],
)
def test_an_appeal_s_course_told_after_its_account_of_the_judgment_appealed(course: str, split: bool) -> None:
    """宣判后…提出上诉。…申请撤回上诉, told after the account of the judgment appealed (原判认定…): a procedure
    section of its own, where the account the ruling adopts as its facts ends."""
    text, _ = normalize(APPEAL_RULING.format(course=course))
    secs = split_sections(text)
    procedures = secs.all("procedure")
    at = text.index(course[:6])
    assert [s.start for s in procedures[1:]] == ([at] if split else [])
    assert (secs.get("facts").end < at) == split
    assert secs.get("facts").start == secs.get("prosecution").start


# An element-form judgment (要素式) whose top lists the names only and whose first item tells the particulars
ELEMENT_FORM = (
    "某某省某某市某某区人民法院\n刑事判决书\n（2024）某0101刑初88号\n公诉机关：某某市某某区人民检察院。\n{top}\n"
    "某某市某某区人民检察院以某检刑诉〔2024〕70号起诉书指控被告人{names}犯盗窃罪，于2024年5月6日向本院提起公诉。"
    "被告人{names}自愿认罪认罚，本院依法适用简易程序，实行独任审判，公开开庭审理了本案。{extra}现根据案件要素判决如下：\n"
    "{item}\n"
    "{n[0]}指控的犯罪事实：2024年3月1日，被告人{names}在某某小区窃得电动自行车一辆，价值人民币2000元。证据如下：\n"
    "（一）被告人基本情况：被告人{first}的户籍证明，证实其身份。\n"  # (an evidence list's item: no particulars)
    "{n[1]}量刑情节：被告人{names}归案后如实供述自己的罪行，系坦白。\n"
    "本院认为，被告人{names}以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"
    "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：\n"
    "{n[2]}裁判结果：被告人{first}犯盗窃罪，判处拘役三个月，并处罚金人民币二千元。\n"
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n审判员　甲甲\n二〇二四年五月二十日\n书记员　乙乙"
)
_LONG = "被告人龙小川，男，1990年2月3日出生，汉族，初中文化，无业，住某某区。因涉嫌犯盗窃罪于2024年3月2日被刑事拘留，同年3月15日被逮捕。"
_XIA = "被告人夏雨薇，女，1992年6月7日出生，汉族，高中文化，无业，住某某区。因涉嫌犯盗窃罪于2024年3月4日被刑事拘留，同年3月9日被取保候审。"
_WITHDRAWN = "审理过程中，某某市某某区人民检察院撤回对被告人夏雨薇的起诉，本院已裁定准许。"


@pytest.mark.parametrize(
    ("top", "item", "extra", "numbers"),
    [
        ("被告人：龙小川。", f"一、被告人基本情况：{_LONG}", "", "二三四"),
        # the defender listed at the top, before the defendant's paragraph
        ("被告人：龙小川。\n辩护人：钟明远，某某律师事务所律师。", f"一、被告人情况：{_LONG}", "", "二三四"),
        # the label on a line of its own, two persons, the second's charge withdrawn (told in the procedure)
        ("被告人：龙小川。\n被告人：夏雨薇。", f"一、被告人基本情况\n{_LONG}\n{_XIA}", _WITHDRAWN, "二三四"),
        # （一） items, each person's paragraph numbered
        ("被告人：龙小川、夏雨薇。", f"（一）当事人基本情况\n（1）{_LONG}\n（2）{_XIA}", _WITHDRAWN, "（二）（三）（四）"),
        # the label at the top, in the header itself
        ("一、被告人基本情况：" + _LONG, "", "", "二三四"),
    ],
    ids=["glued", "defender-at-top", "label-alone-two", "sub-items", "at-top"],
)
def test_an_element_form_item_of_particulars_is_the_defendants_header(
    top: str, item: str, extra: str, numbers: str
) -> None:
    """要素式: 被告人：甲某。 at the top, 一、被告人基本情况：被告人甲某，男，… after the procedure: the item's paragraphs are
    the defendants' header paragraphs, and the items after it keep the section they lie in. An item of an
    evidence list (（一）被告人基本情况：被告人甲某的户籍证明…) is none."""
    n = re.findall(r"（.）|.", numbers)
    n = [x if x.startswith("（") else f"{x}、" for x in n]
    two = "夏雨薇" in item
    names = "龙小川、夏雨薇" if two else "龙小川"
    raw = ELEMENT_FORM.format(top=top, item=item, extra=extra, n=n, names=names, first="龙小川")
    for flat in (False, True):
        t = re.sub(r"\s*\n\s*", " ", raw) if flat else raw
        text, _ = normalize(t)
        secs = split_sections(text)
        defendants = [text[s.start : s.end] for s in secs.all("defendant")]
        assert [d[:6] for d in defendants] == (["被告人龙小川", "被告人夏雨薇"] if two else ["被告人龙小川"])
        assert not any("户籍证明" in d for d in defendants)
        if item:
            at = text.index(f"{n[0]}指控的犯罪事实")
            before = max((s for s in secs if s.end <= at and s.kind != "defendant"), key=lambda s: s.start)
            assert next(s.kind for s in secs if s.start == at) == before.kind  # (procedure, or the defence)
        j = extract(t)
        (d,) = j.defendants
        assert (d.name, d.gender, d.birth_date, d.ethnicity, d.education, d.detained_on, d.arrested_on) == (
            "龙小川", "男", "1990-02-03", "汉族", "初中", "2024-03-02", "2024-03-15"
        )
        assert [x.name for x in d.defenders] == (["钟明远"] if "钟明远" in top else [])
        assert j.header_defendants == (("龙小川", "夏雨薇") if two else ("龙小川",))
        assert j.withdrawn == (("夏雨薇",) if extra else ())
        assert "X2" not in {f.rule for f in run_checks([j])}
