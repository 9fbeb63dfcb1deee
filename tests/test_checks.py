"""The consistency checks: silent on consistent documents, firing on planted inconsistencies."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from fayan.pipelines.assemble import extract, extract_file
from fayan.pipelines.checks import REGISTRY, run_checks
from fayan.pipelines.checks.base import fmt_articles
from fayan.pipelines.checks.dates import add_months, term_end
from fayan.pipelines.evaluate import load_jsonl
from fayan.pipelines.mutations import MUTATIONS, plant

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_catalogue_codes_are_registered() -> None:
    wanted = "E1 E2 E3 E4 E5 E6 E7 E8 E9 E10 E11 E12 E13 E14 E15 E16 E17 E18 E19 E20 X1 X2 X3 X4 X5 X6 X7".split()
    assert [c for c in wanted if c not in REGISTRY] == []


@pytest.mark.parametrize("doc", sorted(p.stem for p in EXAMPLES.glob("*.txt")))
def test_consistent_examples_raise_no_error_or_warning(doc: str) -> None:
    findings = run_checks([extract_file(EXAMPLES / f"{doc}.txt")])
    assert [(f.rule, f.message) for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("row", load_jsonl(Path(__file__).parent / "data" / "planted_expected.jsonl"), ids=lambda r: r["id"])
def test_planted_examples_fire_their_rule(row: dict) -> None:
    findings = run_checks([extract_file(EXAMPLES / "planted" / f"{row['id']}.txt")])
    hits = [f for f in findings if f.rule == row["rule"]]
    assert hits, [f.rule for f in findings]
    assert hits[0].defendant == row["defendant"]
    original = (EXAMPLES / "planted" / f"{row['id']}.txt").read_text(encoding="utf-8")
    for e in hits[0].evidence:
        assert original[e.start : e.end] == e.text


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
def test_each_mutation_fires_on_some_example(kind: str) -> None:
    """Every kind of planted inconsistency that applies to an example is caught."""
    tried = 0
    for path in sorted(EXAMPLES.glob("*.txt")):
        for m in plant(path.read_text(encoding="utf-8"), [kind]):
            tried += 1
            rules = {f.rule for f in run_checks([extract(m.text)])}
            assert m.expected_rule in rules, (path.stem, m.description, rules)
    if tried == 0:
        pytest.skip(f"no example document admits the mutation {kind}")


# Month arithmetic (2021刑诉解释 第二百零二条)
@pytest.mark.parametrize(
    "start,months,end",
    [
        ("2019-01-01", 18, "2020-06-30"),
        ("2017-10-20", 7, "2018-05-19"),
        ("2019-01-31", 1, "2019-02-27"),
        ("2020-01-31", 1, "2020-02-28"),
        ("2019-08-31", 6, "2020-02-28"),
        ("2016-02-29", 12, "2017-02-27"),
        ("2018-03-15", 36, "2021-03-14"),
    ],
)
def test_term_end(start: str, months: int, end: str) -> None:
    from datetime import date

    assert term_end(date.fromisoformat(start), months).isoformat() == end


def test_add_months_keeps_month_end() -> None:
    from datetime import date

    assert add_months(date(2019, 4, 30), 1) == date(2019, 5, 31)


TEMPLATE = (
    "某某市某某区人民法院 刑事判决书 （2020）浙0102刑初{seq}号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，{birth}出生，汉族，初中文化，无业。因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。 "
    "某某区人民检察院以起诉书指控被告人甲某犯{charge}，于2020年3月1日向本院提起公诉。 "
    "经审理查明，2019年12月1日，被告人甲某{facts}。 本院认为，被告人甲某{reason}其行为已构成{charge}。{extra}"
    "依照《中华人民共和国刑法》第{article}条之规定，判决如下： 被告人甲某犯{charge}，判处{sentence}。 "
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自{start}起至{end}止。） "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇二〇年四月一日 书记员丙某"
)
BASE = dict(
    seq=1, birth="1990年1月1日", charge="盗窃罪", facts="窃得他人手机一部，价值人民币2000元", reason="盗窃他人财物，数额较大，",
    extra="", article="二百六十四", sentence="有期徒刑六个月，并处罚金人民币二千元", start="2019年12月2日", end="2020年6月1日",
)  # fmt: skip


def _rules(**over: str) -> set[str]:
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    return {f.rule for f in run_checks([j]) if f.severity != "info"}


def _messages(rule: str, **over: str) -> list[str]:
    """The messages of ``rule``'s findings on the template with ``over`` in place of its parts."""
    return [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == rule]


def test_template_is_consistent() -> None:
    assert _rules() == set()


@pytest.mark.parametrize(
    "over,rule",
    [
        (dict(sentence="有期徒刑十六年，并处罚金人民币二千元", end="2035年12月1日"), "E1"),
        (dict(sentence="拘役七个月，并处罚金人民币二千元", end="2020年7月1日"), "E1"),
        (dict(sentence="有期徒刑六个月", end="2020年6月1日"), "E5"),
        (dict(sentence="有期徒刑六个月，缓刑六个月，并处罚金人民币二千元"), "E6"),
        (dict(sentence="有期徒刑四年，缓刑五年，并处罚金人民币二千元"), "E6"),
        (dict(end="2020年7月1日"), "E7"),
        (dict(start="2019年11月20日", end="2020年5月19日"), "X7"),
        (dict(sentence="有期徒刑六个月，剥夺政治权利六年，并处罚金人民币二千元"), "E16"),
        (dict(article="二百六十六"), "E17"),
        # the result's 盗窃罪 is among the reasoning's, but its 诈骗罪 is given to nobody: X1's warning for it
        (dict(reason="诈骗他人财物，数额较大，", charge="盗窃罪", extra="被告人甲某犯诈骗罪。"), "X1"),
        (dict(seq="1", birth="2003年5月1日"), "E8"),
        (dict(facts="窃得他人现金人民币200000元", reason="盗窃他人财物，"), "E4"),
        # the reasoning finds the level the amount reaches and sentences below its bracket: below its own bracket
        (dict(facts="窃得他人现金人民币200000元", reason="盗窃他人财物，数额巨大，"), "E3"),
        (dict(extra="被告人甲某系累犯，应当从重处罚。", sentence="有期徒刑六个月，缓刑一年，并处罚金人民币二千元"), "E6"),
    ],
)
def test_rule_fires(over: dict, rule: str) -> None:
    got = _rules(**over)
    assert rule in got, got


def test_x7_leaves_a_term_combined_with_an_earlier_judgment() -> None:
    """与前罪…合并执行: the term runs from the earlier case's custody, before this case's (刑法70); a stated reason."""
    early = dict(start="2019年11月20日", end="2020年5月19日")
    assert "X7" in _rules(**early)
    combined = "有期徒刑六个月，并处罚金人民币二千元；与前罪盗窃罪判处的刑罚有期徒刑一年合并执行，决定执行有期徒刑一年四个月，并处罚金人民币二千元"
    assert "X7" not in _rules(**{**early, "end": "2021年3月19日", "sentence": combined})


_PROBATION = "2019年6月3日因犯盗窃罪被某某市某某区人民法院判处有期徒刑六个月，缓刑一年。"
_REVOKED = "撤销某某市某某区人民法院（2019）浙0102刑初5号刑事判决中对被告人甲某宣告缓刑一年的部分。"


def _joined(start: str, end: str, article: str = "二百六十四条、第七十七条第一款、第六十九", prior: str = _PROBATION) -> str:
    """The template's theft of 12月1日 joined with the earlier judgment ``prior`` (a 缓刑 revoked under 刑法77 by
    default): 决定执行有期徒刑十个月 from ``start`` to ``end``."""
    sentence = "有期徒刑六个月，并处罚金人民币二千元；与前罪判处的有期徒刑六个月并罚，决定执行有期徒刑十个月，并处罚金人民币二千元"
    text = TEMPLATE.format(**{**BASE, "sentence": sentence, "start": start, "end": end, "article": article})
    text = text.replace("判决如下： ", "判决如下： " + (_REVOKED if "七十七" in article else ""))
    return text.replace("无业。因本案", f"无业。{prior}因本案")


_SERVED = "2019年6月3日因犯盗窃罪被某某市某某区人民法院判处有期徒刑二年。"
_LATE = ("2019年12月16日", "2020年10月15日")


@pytest.mark.parametrize(
    ("start", "end", "article", "prior", "fires"),
    [(*_LATE, "二百六十四条、第七十七条第一款、第六十九", _PROBATION, True),
     ("2019年12月2日", "2020年10月1日", "二百六十四条、第七十七条第一款、第六十九", _PROBATION, False),
     # earlier: the earlier case's custody credited, as it may be
     ("2019年11月2日", "2020年9月1日", "二百六十四条、第七十七条第一款、第六十九", _PROBATION, False),
     # 漏罪 or a new crime of someone serving an earlier term (刑法70, 71), or a 缓刑 revoked before
     (*_LATE, "二百六十四条、第七十条、第六十九", _SERVED, False),
     (*_LATE, "二百六十四条、第七十一条、第六十九", _SERVED, False),
     (*_LATE, "二百六十四条、第七十七条第一款、第六十九", _PROBATION.replace("。", "，同年10月被撤销缓刑。"), False)],
)
def test_x7_a_later_start_of_a_term_joined_with_a_revoked_probation(
    start: str, end: str, article: str, prior: str, fires: bool
) -> None:
    """撤销缓刑 (刑法第七十七条): the earlier judgment held no one, so the joined term runs from this case's custody
    (刑事拘留 on 12月2日), or from before it where the earlier case's custody is credited, never from the 逮捕 day.
    Joined with a term the person may have been serving (70, 71), the custody may be time served and the term
    may run from the new judgment's execution: no lead."""
    j = extract(_joined(start, end, article, prior))
    assert j.defendants[0].verdict.with_earlier_judgment
    x7 = [f.message for f in run_checks([j]) if f.rule == "X7"]
    assert x7 == (["被告人甲某先行羁押自2019-12-02起，刑期却自2019-12-16起算，且未说明理由。"] if fires else []), x7


@pytest.mark.parametrize(("start", "end", "fires"), [("2019年12月2日", "2020年9月12日", False),
                                                      ("2019年12月16日", "2020年10月15日", True)])
def test_x7_a_revoked_probation_s_own_custody_is_not_this_case_s(start: str, end: str, fires: bool) -> None:
    """The header tells the earlier case's custody (2019年3月, then 取保候审) before its 缓刑: this case's custody
    began on 12月2日, so a term from the 16th leaves days out, whatever the earlier custody."""
    prior = "2019年3月1日因涉嫌盗窃被刑事拘留，同年3月20日被取保候审；" + _PROBATION
    x7 = [f.message for f in run_checks([extract(_joined(start, end, prior=prior))]) if f.rule == "X7"]
    assert x7 == (["被告人甲某先行羁押自2019-12-02起，刑期却自2019-12-16起算，且未说明理由。"] if fires else []), x7


@pytest.mark.parametrize(("end", "fires"), [("2020年6月12日", False), ("2020年6月24日", True)])
def test_x7_a_start_on_the_detention_after_a_designated_residence(end: str, fires: bool) -> None:
    """刑事拘留 on 12月2日, 指定居所监视居住 from the 4th, 刑事拘留 again on the 25th: a term from the 25th whose end
    credits the 2 days held and half the 21 of the residence (6月12日) explains its start; six months from the
    25th to 6月24日 credit nothing, and the days from 12月2日 are left out."""
    custody = "因本案于2019年12月2日被刑事拘留，同年12月4日被指定居所监视居住，同年12月25日被刑事拘留，2020年1月5日被逮捕。"
    text = TEMPLATE.format(**{**BASE, "start": "2019年12月25日", "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody)
    x7 = [f.message for f in run_checks([extract(text)]) if f.rule == "X7"]
    assert x7 == (["被告人甲某先行羁押自2019-12-02起，刑期却自2019-12-25起算，且未说明理由。"] if fires else []), x7


def test_x7_a_printed_credit_does_not_explain_a_start_a_year_early() -> None:
    """逮捕前已羁押24日 explains a start some days before the custody, not one a year before it (a typo of the year):
    the end is right from the custody, so only X7 can see it."""
    custody = "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。"
    note = "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日。逮捕前已羁押14日，即自{start}起至{end}止。）"

    def text(start: str) -> str:
        t = TEMPLATE.format(**{**BASE, "start": "S", "end": "E"})
        t = t.replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody)
        return re.sub(r"（刑期从判决执行之日起计算。.*?止。）", note.format(start=start, end="2020年6月1日"), t)

    assert "X7" in {f.rule for f in run_checks([extract(text("2018年12月2日"))])}
    assert "X7" not in {f.rule for f in run_checks([extract(text("2019年11月28日"))])}


def test_reasoning_names_the_charge_with_fuhe_and_not_with_bufuhe() -> None:
    """其行为符合X罪的构成要件 names the charge as 构成X罪 does; 不符合/不构成 rejects one."""
    text = TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为符合盗窃罪的构成要件。")
    j = extract(text)
    assert j.charges_reasoning == ("盗窃罪",)
    assert "X1" not in {f.rule for f in run_checks([j])}
    rejected = text.replace("其行为符合盗窃罪的构成要件。", "其行为不符合诈骗罪的构成要件，不构成抢劫罪，符合盗窃罪的构成要件。")
    assert extract(rejected).charges_reasoning == ("盗窃罪",)


@pytest.mark.parametrize(
    "said",
    [
        "关于辩护人提出的应以诈骗罪对被告人甲某定罪量刑的辩护意见，经查，不能成立，本院不予采纳。",
        "关于被告人甲某辩称其行为构成诈骗罪的理由，与查明的事实不符，本院不予采纳。",
        "综上，被告人甲某的行为不能以诈骗罪定罪量刑。",
        "被告人甲某的行为不应认定为诈骗罪。",
        "经查，被告人甲某的行为不符合诈骗罪的构成要件，不具有诈骗罪的特点。",
        "被告人当庭自愿认罪；被告人因犯诈骗罪被本院判处有期徒刑二年，刑满释放后又犯新罪，酌情从重处罚。",
        "被告人甲某曾因犯诈骗罪、抢劫罪被判处有期徒刑，在刑罚执行完毕后五年内又犯罪，系累犯。",
        "被告人甲某在假释考验期限内犯新罪，应与其前犯诈骗罪所判处的刑罚依法予以并罚。",
        "甲某及其辩护律师所提甲某没有非法占有目的，应以诈骗罪定性的辩解、辩护意见依法不予采纳。",
        "原判对被告人甲某为他人提供费用帮助逃匿的行为以诈骗罪定罪判刑不当，应予纠正。",
        # what the first instance found, retold by the court above to say it was wrong
        "原判认定为诈骗罪不当，应予纠正。",
        "原判认定被告人甲某的行为构成诈骗罪，系定性错误，本院予以纠正。",
        "原判认定事实清楚，但认定被告人甲某的行为构成诈骗罪有误，应予纠正。",
        "对于被告人甲某所提其行为构成诈骗罪的辩解意见，经查，与事实不符，本院不予采纳。",
        "辩护人认为被告人甲某的行为构成诈骗罪的辩护意见，与事实不符，本院不予采纳。",
        "被告人甲某曾因犯诈骗罪被判过刑，又犯盗窃罪，应酌情从重处罚。",  # an earlier conviction (被判过刑)
        # the prosecution's charge retold and rejected in one sentence (one defendant acquitted of it)
        "公诉机关指控被告人甲某犯诈骗罪，现有证据不足以证实其主观上明知，指控的犯罪不能成立。",
        # … the charge named again in the words that reject it
        "公诉机关指控被告人甲某犯诈骗罪的证据不足，指控的诈骗罪不能成立，本院不予认定。",
        # a question the reasoning asks and then answers
        "关于被告人甲某是否构成诈骗罪。经查，现有证据不足以证明其虚构事实，辩护人的无罪辩护意见，本院予以采纳。",
        # the statute between the words and the charge: not the 定 of 规定的
        "经查，被告人甲某的行为不符合《中华人民共和国刑法》第二百六十六条规定的诈骗罪的构成要件，该意见本院不予采纳。",
    ],
)
def test_reasoning_leaves_out_a_charge_it_rejects_or_quotes_from_a_party(said: str) -> None:
    """A charge the defence argued for (关于辩护人提出…应以X罪…的意见) or the court denies (不能以X罪定罪) is not its finding."""
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + said))
    assert j.charges_reasoning == ("盗窃罪",)
    # the court's own finding in such a clause still counts
    own = "关于本案的定性，本院认为被告人甲某的行为构成盗窃罪，辩护人的意见本院不予采纳。"
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + own.replace("盗窃罪", "诈骗罪")))
    assert j.charges_reasoning == ("盗窃罪", "诈骗罪")
    # retold and upheld, or upheld with a count of it rejected: the court's
    for upheld in ("公诉机关指控被告人甲某犯诈骗罪的事实清楚，证据确实、充分，指控的罪名成立。",
                   "公诉机关指控被告人甲某犯诈骗罪的事实清楚，罪名成立，但指控的第二起诈骗事实证据不足，本院不予认定。"):
        j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + upheld))
        assert j.charges_reasoning == ("盗窃罪", "诈骗罪"), upheld
    # the first instance's finding the court agrees with, or whose sentence alone it corrects: the court's too
    for upheld in ("原判认定被告人甲某犯诈骗罪正确，但量刑不当，应予纠正。",
                   "原判认定被告人甲某的行为构成诈骗罪，定罪准确，并无不当。"):
        j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + upheld))
        assert j.charges_reasoning == ("盗窃罪", "诈骗罪"), upheld
    upheld = "公诉机关指控被告人甲某犯诈骗罪的事实清楚，证据确实、充分，指控的罪名成立。"
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + upheld))
    assert j.charges_reasoning == ("盗窃罪", "诈骗罪")
    # one of two charges named rejected by name: the other stays the court's
    one = "公诉机关指控被告人甲某犯诈骗罪、敲诈勒索罪，其中指控的敲诈勒索罪不能成立。"
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + one))
    assert j.charges_reasoning == ("盗窃罪", "诈骗罪")
    cited = "本院认为，被告人甲某的行为已构成《中华人民共和国刑法》第二百六十六条规定的诈骗罪。"
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + cited))
    assert j.charges_reasoning == ("盗窃罪", "诈骗罪")


@pytest.mark.parametrize(
    "said",
    [
        # the prosecution's charge the court corrects to another: the wrong name for the acts, not its finding
        "公诉机关指控被告人甲某犯诈骗罪的罪名不当，本院予以纠正。",
        "公诉机关指控被告人甲某犯诈骗罪，经查，其并未虚构事实，故公诉机关指控的定性有误，本院予以纠正。",
        "公诉机关指控被告人甲某犯诈骗罪，经查，其系秘密窃取他人财物，应以盗窃罪定罪处罚。",
        # a provision the court says does not apply, cited before the charge
        "现有证据不能证明其虚构事实，依法不能适用刑法第二百六十六条以诈骗罪定罪处罚。",
    ],
)
def test_reasoning_leaves_out_the_prosecution_charge_it_corrects(said: str) -> None:
    """A charge the prosecution brought and the court corrects (指控被告人甲某犯诈骗罪的罪名不当，本院予以纠正; 其行为应以
    盗窃罪定罪处罚) is not the court's finding: X1 sees no charge of the reasoning the result leaves out. One it
    upholds, or one beside another it corrects, still is."""
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + said))
    assert j.charges_reasoning == ("盗窃罪",)
    assert "X1" not in {f.rule for f in run_checks([j])}
    # the charge upheld, one beside another corrected, a wrong amount corrected: the court's, compared by X1
    for upheld in ("公诉机关指控被告人甲某犯诈骗罪的罪名成立，但指控的数额有误，本院予以纠正。",
                   "公诉机关指控被告人甲某犯诈骗罪，指控被告人甲某犯抢夺罪的罪名不当，本院予以纠正。",
                   "公诉机关指控被告人甲某犯诈骗罪的事实清楚，罪名成立，应以诈骗罪定罪处罚。"):
        j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。" + upheld))
        assert j.charges_reasoning == ("盗窃罪", "诈骗罪"), upheld
        assert "X1" in {f.rule for f in run_checks([j])}, upheld


def test_counts_quoted_from_an_earlier_judgment_are_not_compared_with_this_clause() -> None:
    """A 核准/维持 item quotes the earlier judgment's counts: E17 and X1 leave them out; a count this
    document decides itself is still compared."""
    text = TEMPLATE.format(**{**BASE, "article": "二百六十六"})
    plain = extract(text)
    assert {"E17"} <= {f.rule for f in run_checks([plain])}
    quoted_text = text.replace(
        "判决如下： 被告人甲某犯盗窃罪，判处", "判决如下： 一、核准某某市中级人民法院对被告人甲某以盗窃罪判处"
    ).replace("并处罚金人民币二千元。 （", "并处罚金人民币二千元的部分。 （")
    j = extract(quoted_text)
    assert j.defendants[0].charges == ("盗窃罪",)
    quotes = [p for p in j.spans if p.field.startswith("result_quotes[")]
    assert len(quotes) == 1 and quotes[0].text.startswith("一、核准")
    found = run_checks([j])
    assert "X1" not in {f.rule for f in found}
    # not the count's error; only the review's own clause citing an article that fits no charge it approves
    assert [(f.severity, "均不相符" in f.message) for f in found if f.rule == "E17"] == [("warning", True)]


def test_approved_count_that_the_reasoning_names_differently_is_a_warning() -> None:
    """A 核准 item approving 抢夺罪 while the reasoning finds 盗窃罪: X1, as a warning (the item quotes the earlier
    judgment, which the reasoning may not restate in full)."""
    text = TEMPLATE.format(**BASE).replace(
        "判决如下： 被告人甲某犯盗窃罪，判处", "判决如下： 一、核准某某市中级人民法院对被告人甲某以抢夺罪判处"
    ).replace("并处罚金人民币二千元。 （", "并处罚金人民币二千元的部分。 （")
    got = [(f.rule, f.severity) for f in run_checks([extract(text)]) if f.rule == "X1"]
    assert got == [("X1", "warning")]


def test_review_restating_a_kept_count_gets_a_warning_not_an_error() -> None:
    """Item 一 approves one defendant's sentence; item 二 re-sentences another, restating a count kept from
    the earlier judgment whose article this clause does not cite (a real 死刑复核 judgment does this)."""
    base = TEMPLATE.format(**{**BASE, "article": "二百六十三"}).replace("被告人甲某，男", "被告人乙某，男，1980年1月1日出生。 被告人甲某，男")
    text = base.replace(
        "判决如下： 被告人甲某犯盗窃罪，判处",
        "判决如下： 一、核准某某市中级人民法院对被告人乙某以抢劫罪判处有期徒刑十年的部分。 二、被告人甲某犯盗窃罪，判处",
    )
    j = extract(text)
    assert [d.charges for d in j.defendants if d.name == "甲某"] == [("盗窃罪",)]
    e17 = [f for f in run_checks([j]) if f.rule == "E17"]
    assert [(f.severity, f.defendant) for f in e17] == [("warning", "甲某")]
    assert "原判决" in e17[0].message
    # the same clause without the approving item: an error
    plain = extract(base)
    assert [f.severity for f in run_checks([plain]) if f.rule == "E17"] == ["error"]


def test_e4_uses_the_province_standard() -> None:
    """Just above Zhejiang's 数额巨大 standard (below the national top of the range): E4 in a Zhejiang court,
    silent where the table knows no provincial standard."""
    from fayan.pipelines.law import load_law

    theft = load_law().charge("盗窃罪")
    assert theft is not None
    zj = theft.amount.threshold("巨大", "浙江") if theft.amount else None
    assert zj is not None
    amount = int(zj) + 1000
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人现金人民币{amount}元", "reason": "盗窃他人财物，"})
    text = text.replace("某某市某某区人民法院", "浙江省杭州市某某区人民法院")
    assert "E4" in {f.rule for f in run_checks([extract(text)])}
    # The same amount in a court whose province has no standard in the table: below the national top, silent.
    other = text.replace("浙江省杭州市某某区人民法院", "某某省某某市某某区人民法院")
    assert "E4" not in {f.rule for f in run_checks([extract(other)])}


@pytest.mark.parametrize(
    ("facts", "fires"),
    [
        # 83,000 yuan is 数额巨大 for a card used by fraud (50,000) but 数额较大 for 恶意透支 (50,000 / 500,000):
        # which the facts are, fayan does not read, so the bracket both tables agree on is the one E4 holds to
        ("持本人信用卡恶意透支，经发卡银行两次催收后超过三个月仍不归还，透支本金共计人民币83000元", False),
        # 600,000 is 数额巨大 under both
        ("冒用他人信用卡及恶意透支，透支本金共计人民币600000元", True),
    ],
)
def test_e4_holds_to_the_bracket_of_every_threshold_table(facts: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "charge": "信用卡诈骗罪", "article": "一百九十六", "facts": facts,
                              "reason": "以非法占有为目的，恶意透支，数额较大，",
                              "sentence": "有期徒刑一年，并处罚金人民币二万元", "end": "2020年12月1日"})
    j = extract(text)
    assert j.total_crime_amount_yuan is not None
    assert ("E4" in {f.rule for f in run_checks([j])}) == fires


@pytest.mark.parametrize(("caught", "fires"), [("2019年11月20日", True), ("2019年12月1日", False), ("2019年12月2日", False)])
def test_x6_a_capture_the_facts_tell_before_the_crime(caught: str, fires: bool) -> None:
    facts = f"窃得他人手机一部，价值人民币2000元。{caught}，被告人甲某被公安民警抓获"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert j.defendants[0].offence_from == "2019-12-01"
    assert _messages("X6", facts=facts) == (
        ["被告人甲某被抓获（归案）日期2019-11-20早于查明的最早犯罪时间2019-12-01。"] if fires else []
    )


@pytest.mark.parametrize(
    ("hearing", "iso", "fires"),
    [("2020年4月15日", "2020-04-15", True), ("2020年3月25日", "2020-03-25", False), ("2020年4月1日", "2020-04-01", False)],
)
def test_x6_a_hearing_after_the_judgment(hearing: str, iso: str, fires: bool) -> None:
    """Any date of the procedure paragraph (here the hearing) after the judgment date: an error, once."""
    text = TEMPLATE.format(**BASE).replace("向本院提起公诉。", f"向本院提起公诉。本院于{hearing}公开开庭审理了本案。")
    j = extract(text)
    assert j.procedure_last_date == iso
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([("error", f"审理经过所述日期{j.procedure_last_date}晚于裁判日期2020-04-01。")] if fires else [])


@pytest.mark.parametrize(
    ("told", "fires"),
    [("本院于2020年3月5日立案受理，于同年2月15日公开开庭审理了本案。", True),  # 同年 for 次年
     ("本院于2020年2月25日将本案转为普通程序。", True),
     ("本院于2020年3月5日立案受理，于同年3月15日公开开庭审理了本案。", False),
     # 同日 and 同年 after the prosecution count from its day
     ("本院于同日立案受理，于同年2月15日公开开庭审理了本案。", True),
     ("本院于同日立案受理，于同年3月15日公开开庭审理了本案。", False),
     # a day of the conduct an indictment changed or added at trial recounts: no step of the procedure
     ("审理中，某某区人民检察院于2020年3月20日以变更起诉决定书，将原起诉书指控被告人甲某于2019年12月1日所犯盗窃罪变更为"
      "抢劫罪。", False),
     ("某某区人民检察院于2020年3月20日补充起诉被告人甲某于2019年11月20日盗窃电动车一辆的事实。", False),
     ("某某区人民检察院于2020年2月20日补充起诉被告人甲某于2019年11月20日盗窃电动车一辆的事实。", True),  # the step itself
     # the review for prosecution (审查起诉) comes before the prosecution, and so does a return for further
     # investigation during it
     ("本案在审查起诉期间，公诉机关于2020年1月10日、2020年2月10日两次退回侦查机关补充侦查。", False),
     ("审查起诉阶段，因证据不足，于2020年1月10日退回公安机关补充侦查一次，于同年2月5日延长审查起诉期限十五日。", False),
     ("本案由某某市公安局某某分局侦查终结，于2020年1月20日移送审查起诉。", False),
     # at trial it comes after the prosecution
     ("审理中，公诉机关以需要补充侦查为由建议延期审理，本院于2020年2月10日决定延期审理。", True),
     ("审理期间，公诉机关于2020年2月10日退回侦查机关补充侦查。", True)],
)
def test_x6_a_date_told_after_the_prosecution_and_before_it(told: str, fires: bool) -> None:
    """The procedure paragraph tells the prosecution (2020-03-01), then a step of this court dated before it;
    not a day of the conduct it recounts nor one of the review for prosecution before it."""
    j = extract(TEMPLATE.format(**BASE).replace("向本院提起公诉。", f"向本院提起公诉。{told}"))
    assert j.prosecution_date == "2020-03-01"
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([f"审理经过在提起公诉（2020-03-01）之后所述的日期{j.told_before_prosecution}早于提起公诉日期。"]
                     if fires else []), found
    assert (j.told_before_prosecution is not None) == fires


@pytest.mark.parametrize(
    ("told", "fires"),
    [("，审查起诉期间于2020年1月10日退回侦查机关补充侦查一次。", False),
     ("，本院于2020年2月10日立案受理。", True)],
)
def test_x6_a_date_told_in_the_prosecution_s_own_sentence(told: str, fires: bool) -> None:
    """…向本院提起公诉，审查起诉期间于…退回补充侦查一次: the prosecution's own words (本院) tell no step of the trial."""
    j = extract(TEMPLATE.format(**BASE).replace("向本院提起公诉。", f"向本院提起公诉{told}"))
    assert (j.told_before_prosecution is not None) == fires
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert len(found) == fires, found


@pytest.mark.parametrize(
    ("told", "variants"),
    [("辩护人林志青到庭", ["林志青"]), ("辩护人林志清到庭", []), ("辩护人王志清到庭", []), ("辩护人林志青华到庭", [])],
)
def test_x4_a_defender_s_name_spelt_otherwise_after_the_word(told: str, variants: list[str]) -> None:
    # the surname the same, one other character, not a longer name (林志青华 is someone else)
    text = TEMPLATE.format(**BASE).replace("被逮捕。 ", "被逮捕。 辩护人林志清，某某律师事务所律师。 ").replace(
        "于2020年3月1日向本院提起公诉。", f"于2020年3月1日向本院提起公诉。被告人甲某及其{told}参加诉讼。")
    j = extract(text)
    assert [(x.name, x.name_variants) for x in j.defendants[0].defenders] == [("林志清", tuple(variants))]
    x4 = [f for f in run_checks([j]) if f.rule == "X4"]
    assert [f.message for f in x4] == [f"辩护人姓名前后写法不一致：林志清／{v}。" for v in variants]
    if variants:
        assert [(e.text, e.label) for e in x4[0].evidence] == [("林志清", "首部"), ("林志青", "他处写法")]


def test_x4_a_name_cut_by_a_line_break_is_no_spelling_of_it() -> None:
    """A copy from a PDF that keeps a line break inside a name (判处被告人韦立 / 新拘役…, in a text laid out by
    paragraphs, where a break between two characters may end a paragraph): 韦立 and the break had been read as a
    spelling of 韦立新."""
    text = TEMPLATE.format(**{**BASE, "extra": "被告人韦立\n新到案后如实供述自己的罪行，依法可以从轻处罚。"})
    text = text.replace(" ", "\n").replace("甲某", "韦立新")
    j = extract(text)
    assert [(d.name, d.name_variants) for d in j.defendants] == [("韦立新", ())]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == []


@pytest.mark.parametrize("said, fires", [("二十余万元", True), ("三十余万元", False), ("三万元", False)])
def test_x3_a_gain_restated_about_that_no_gain_of_the_facts_can_be(said: str, fires: bool) -> None:
    """二十余万元 (200,000 to 300,000) is no 30余万元; an exact 三万元 may be a threshold passed (已远超三万元)."""
    over = dict(charge="开设赌场罪", facts="开设赌场供他人赌博，截止案发，非法获利累计30余万元", article="三百零三",
                reason=f"以营利为目的开设赌场，从中牟利{said}，情节严重，", sentence="有期徒刑三年，并处罚金人民币五万元")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == ([f"本院认为所述获利{said}，与查明事实所述的获利30余万元不一致。"] if fires else []), found


def _two_gamblers(reason: str, second: str) -> str:
    return (
        "某某县人民法院 刑事判决书 （2020）某0102刑初5号 公诉机关某某县人民检察院。 "
        "被告人王建国，男，1980年1月1日出生。因本案于2019年12月2日被刑事拘留，同年12月20日被逮捕。 "
        "被告人林秀明，男，1982年3月1日出生。因本案于2019年12月2日被刑事拘留，同年12月20日被逮捕。 "
        "某某县人民检察院以起诉书指控被告人王建国、林秀明犯开设赌场罪，于2020年3月1日向本院提起公诉。 "
        "经审理查明，2019年1月至11月，被告人王建国、林秀明在某某村开设赌场，非法获利30余万元。 "
        f"本院认为，{reason}被告人王建国、林秀明能如实供述自己的罪行，可以从轻处罚。"
        "依照《中华人民共和国刑法》第三百零三条第二款之规定，判决如下： "
        "一、被告人王建国犯开设赌场罪，判处有期徒刑三年六个月，并处罚金人民币十万元。 "
        f"二、被告人林秀明犯开设赌场罪，判处{second}，并处罚金人民币十万元。 审判员李某 二〇二〇年四月一日 书记员王某"
    )


@pytest.mark.parametrize("reason,second,fires", [
    ("被告人王建国、林秀明以营利为目的开设赌场，情节严重，其行为均已构成开设赌场罪。", "有期徒刑二年六个月", True),
    ("被告人王建国、林秀明以营利为目的开设赌场，情节严重，其行为均已构成开设赌场罪。", "有期徒刑三年", False),
    # the clause that finds 情节严重 names the first alone
    ("被告人王建国以营利为目的开设赌场，情节严重，其行为已构成开设赌场罪；被告人林秀明伙同他人开设赌场，其行为已构成开设赌场罪。",
     "有期徒刑二年六个月", False),
])
def test_e3_below_the_severity_the_reasoning_finds_of_each_defendant(reason: str, second: str, fires: bool) -> None:
    """Two defendants of one count each: the 情节严重 the clause concluding the charge finds of both opens 三年以上."""
    j = extract(_two_gamblers(reason, second))
    assert [len(d.counts) or len(d.charges) for d in j.defendants] == [1, 1]
    found = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E3"]
    assert found == ([("林秀明", "本院认为部分认定情节严重，对应第2档，被告人林秀明犯开设赌场罪却被判处有期徒刑2年6个月，"
                               "低于该档最低刑3年，且未见减轻处罚情节。")] if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("3", True), ("2", False)])
def test_x3_the_dead_of_a_clause_of_a_sentence_that_sums_up(said: str, fires: bool) -> None:
    """综上，被告人甲某抢劫4起，强奸1起；在抢劫中致2人死亡: the clause after ； belongs to the sentence 综上 opens, so the
    reasoning's 致3人死亡 is compared with its 2 (the persons named dead being fewer than the facts may tell)."""
    over = {**_KILLED_AGED, "facts": _KILLED_AGED["facts"] + "。综上，被告人甲某抢劫4起，强奸1起；在抢劫中致2人死亡",
            "reason": _KILLED_AGED["reason"].format(said=f"{said}人")}
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{said}人死亡，与查明事实综述的2人死亡不一致。"] if fires else []), x3


@pytest.mark.parametrize("who,said,fires", [("被告人王建国", "4", False), ("被告人王建国", "3", True),
                                           ("被告人王建国", "7", True), ("二被告人", "3", False)])
def test_x3_a_defendant_s_dead_restated_otherwise_than_the_facts_sum_them_up(who: str, said: str, fires: bool) -> None:
    """Two defendants: the facts sum each one's robberies up in a sentence opening with the defendant (被告人王建国…共计…，
    致4人死亡); the reasoning's sentence opening with the same defendant tells another number. One opening with both
    (二被告人) may tell a part of their 4 and 3."""
    text = (
        "某某省某某市中级人民法院 刑事判决书 （2020）某01刑初5号 公诉机关某某市人民检察院。 "
        "被告人王建国，男，1980年1月1日出生。因本案于2019年12月2日被刑事拘留，同年12月20日被逮捕。 "
        "被告人林秀明，男，1982年3月1日出生。因本案于2019年12月2日被刑事拘留，同年12月20日被逮捕。 "
        "某某市人民检察院以起诉书指控被告人王建国、林秀明犯抢劫罪，于2020年3月1日向本院提起公诉。 "
        "经审理查明：被告人王建国单独或伙同被告人林秀明抢劫作案3起，抢劫现金及物品共计价值79960余元，致4人死亡。"
        "被告人林秀明与王建国结伙抢劫作案2起，抢劫现金及物品共计价值78620元，致3人死亡。 "
        f"本院认为，{who}单独或结伙采用暴力手段劫取他人财物，其行为构成抢劫罪，具有多次抢劫并致{said}人死亡的严重情节。"
        "被告人林秀明结伙采用暴力手段劫取他人财物，其行为构成抢劫罪，具有抢劫致3人死亡的严重情节。"
        "依照《中华人民共和国刑法》第二百六十三条之规定，判决如下： "
        "一、被告人王建国犯抢劫罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产。 "
        "二、被告人林秀明犯抢劫罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产。 审判长李某 二〇二〇年四月一日 书记员王某"
    )
    j = extract(text)
    assert [(t.section, t.number, t.defendant) for t in j.tallies] == [
        ("facts", 4, "王建国"), ("facts", 3, "林秀明"), ("reasoning", int(said), who.partition("被告人")[2] or None),
        ("reasoning", 3, "林秀明")]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == ([f"本院认为部分所述{said}人死亡，与查明事实综述的4人死亡不一致。"] if fires else []), found


@pytest.mark.parametrize("said, fires", [("4.8克", True), ("4.6克", False), ("2.30克", False), ("约5克", False)])
def test_x3_a_restated_weight_above_every_weight_the_facts_tell(said: str, fires: bool) -> None:
    """The facts weigh 0.82, 1.48 and (their total) 2.30 grams: 4.6 at the most. 4.8 is more, even less the 0.1 its
    rounding can have added; 约5克 may be 4.6 rounded up."""
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8")
    restated = text.replace("明知是毒品甲基苯丙胺而予以贩卖，", f"明知是毒品甲基苯丙胺而予以贩卖，贩卖甲基苯丙胺{said}，", 1)
    assert restated != text
    found = [f.message for f in run_checks([extract(restated)]) if f.rule == "X3"]
    assert found == ([f"本院认为所述甲基苯丙胺{said}，多于查明事实所述该毒品各笔数量之和4.6克。"] if fires else []), found


@pytest.mark.parametrize(
    ("said", "slip"), [("6740元", "两位数字前后颠倒"), ("6370元", "一位数字不同"), ("6475元", None), ("9000元", None)]
)
def test_x3_a_restated_amount_a_slip_of_one_the_facts_tell_about(said: str, slip: str | None) -> None:
    # the slip test alone (a ruling of several counts, where the restated figure meets some sum of the facts): 6740元 and
    # 6370元 are slips of 6470余元; 6475元 is within it; 9000元 is no neighbour
    from fayan.pipelines.checks.document import _misread_digits

    over = dict(facts="窃得现金3060元，又窃得手机一部，价值人民币3000余元，共计价值人民币6470余元", reason=f"盗窃他人财物{said}，数额较大，")
    found = list(_misread_digits(extract(TEMPLATE.format(**{**BASE, **over}))))
    assert [f.message for f in found] == (
        [f"本院认为部分的数额{said}与经审理查明的数额6470余元{slip}，查明部分未见{said}，疑为笔误。"] if slip else []
    )


@pytest.mark.parametrize(
    ("told", "said", "slip"),
    [("11570元", "1570元", "漏写一位数字"), ("1570元", "11570元", "多写一位数字"), ("11570元", "1750元", None),
     ("11570元", "115700元", None),  # a 0 more: ten times, as ten acts of it come to
     ("2500元", "250元", None)],  # (two significant digits: a figure of its own as likely as a slip)
)
def test_x3_a_restated_amount_with_a_digit_left_out_or_added(told: str, said: str, slip: str | None) -> None:
    from fayan.pipelines.checks.document import _misread_digits

    over = dict(facts=f"窃得他人现金人民币{told}", reason=f"盗窃他人财物{said}，数额较大，")
    found = list(_misread_digits(extract(TEMPLATE.format(**{**BASE, **over}))))
    assert [f.message for f in found] == (
        [f"本院认为部分的数额{said}与经审理查明的数额{told}{slip}，查明部分未见{said}，疑为笔误。"] if slip else []
    )


@pytest.mark.parametrize(
    ("listed", "slip"),
    [("4225克", "两位数字前后颠倒"), ("4252克", None), ("4352克", "一位数字不同"), ("4000克", None), ("4452克", None)],
)
def test_x3_a_weight_the_evidence_list_names_otherwise(listed: str, slip: str | None) -> None:
    """…查获海洛因4252克。上述事实，有…查获的4225克毒品海洛因等物证…证实: the evidence list's weight, recorded (section
    evidence) and counting for nothing, against the facts' own weights; 4452克 is the sum of the two the facts tell."""
    over = dict(charge="贩卖毒品罪", reason="贩卖毒品海洛因，", article="三百四十七",
                sentence="无期徒刑，剥夺政治权利终身，并处没收个人全部财产", start="", end="",
                facts="在某某县贩卖毒品海洛因，被民警当场抓获，民警从其挎包内查获海洛因4252克，又从其住处查获海洛因200克。"
                      f"上述事实，有查获的{listed}毒品海洛因等物证，证人乙某的证言，毒品鉴定意见等证据证实，足以认定")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    weighed = [(m.text, m.section) for m in j.drugs if m.grams]
    assert weighed == [("4252克", "facts"), ("200克", "facts"), (listed, "evidence")]
    assert j.drug_grams == 4452
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == ([f"经审理查明部分所载海洛因数量4252克，其后复述为{listed}（{slip}），查明部分未见{listed}，疑为笔误。"]
                     if slip else []), found


@pytest.mark.parametrize(("summed", "slip"), [("15850克", None), ("18550克", "两位数字前后颠倒"), ("16050克", None)])
def test_x3_a_drug_total_the_facts_sum_up_otherwise(summed: str, slip: str | None) -> None:
    """…贩卖给乙某共计15850克 … 综上，被告人甲某贩卖甲基苯丙胺共计18550克: a total told again after an earlier total of its
    drug; 16050克 is the sum of the facts' weights (15850克 and 200克), a summing up, not a slip."""
    facts = ("先后多次贩卖给乙某甲基苯丙胺共计15850克。后公安人员从甲某住处查获甲基苯丙胺200克。"
             f"综上，被告人甲某贩卖甲基苯丙胺共计{summed}")
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖毒品，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == ([f"经审理查明部分所载甲基苯丙胺数量15850克，其后复述为{summed}（{slip}），查明部分未见{summed}，疑为笔误。"]
                     if slip else []), found


@pytest.mark.parametrize(("seized", "slip"), [("2008克", None), ("2080克", "两位数字前后颠倒"), ("2208克", None)])
def test_x3_a_weight_the_summing_up_tells_again_otherwise(seized: str, slip: str | None) -> None:
    """…查获甲基苯丙胺2008克。综上，…共计3508克，其中被查获2080克: a weight told again (其中) against the weights told
    before it; 2208克 is the sum of 2008克 and 200克, no slip."""
    facts = ("先后贩卖甲基苯丙胺500克、1000克。后民警从其住处查获甲基苯丙胺2008克，又从其车内查获甲基苯丙胺200克。"
             f"综上，被告人甲某贩卖、持有甲基苯丙胺共计3708克，其中被查获{seized}")
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖毒品，")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(m.text, m.restated) for m in j.drugs if m.grams][-1] == (seized, True)
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == ([f"经审理查明部分所载甲基苯丙胺数量2008克，其后复述为{seized}（{slip}），查明部分未见{seized}，疑为笔误。"]
                     if slip else []), found


@pytest.mark.parametrize(("summed", "slip"), [("12840元", None), ("14820元", "两位数字互换")])
def test_x3_an_amount_total_the_facts_sum_up_otherwise(summed: str, slip: str | None) -> None:
    """…共计价值人民币12840元 … 综上，…共计价值人民币14820元: an amount's total told again otherwise."""
    from fayan.pipelines.checks.document import _restated_in_the_facts_otherwise

    facts = f"窃得他人手机、电脑等物，共计价值人民币12840元。综上，被告人甲某盗窃他人财物共计价值人民币{summed}"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.text, a.is_total) for a in j.amounts] == [("12840元", True), (summed, True)]
    found = [f.message for f in _restated_in_the_facts_otherwise(j)]
    assert found == ([f"经审理查明部分所载数额12840元，其后复述为{summed}（{slip}），查明部分未见{summed}，疑为笔误。"]
                     if slip else []), found


@pytest.mark.parametrize(("summed", "slip"), [("12840元", None), ("14820元", "两位数字互换")])
def test_x3_a_rate_makes_no_sum_that_explains_a_total_told_again(summed: str, slip: str | None) -> None:
    """（每部价值人民币1980元）…共计价值人民币12840元 … 综上，…共计价值人民币14820元: 14820 is 12840 and 1980 added up,
    but a rate is no part of any sum: the total told again is a slip of the pen."""
    from fayan.pipelines.checks.document import _restated_in_the_facts_otherwise

    facts = ("窃得他人同型号手机四部（每部价值人民币1980元）及电脑等物，共计价值人民币12840元。"
             f"综上，被告人甲某盗窃他人财物共计价值人民币{summed}")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.text, a.is_per_unit) for a in j.amounts][0] == ("1980元", True)
    found = [f.message for f in _restated_in_the_facts_otherwise(j)]
    assert found == ([f"经审理查明部分所载数额12840元，其后复述为{summed}（{slip}），查明部分未见{summed}，疑为笔误。"]
                     if slip else []), found


@pytest.mark.parametrize(("restated", "slip"), [("3.5万元", None), ("5.3万元", "两位数字前后颠倒"), ("3.6万元", None)])
def test_x3_an_amount_the_facts_restate_otherwise(restated: str, slip: str | None) -> None:
    """将…挎包内的3.5万元拿走 … 上述事实，有从其车内提取的5.3万元现金等物证…证实: the evidence list's restatement of the
    sum taken against the sum; one digit of two significant ones (3.6万元) is not read as a slip."""
    from fayan.pipelines.checks.document import _restated_in_the_facts_otherwise

    over = dict(facts=f"趁他人不备，将其放在挎包内的现金3.5万元拿走。上述事实，有从其车内提取的{restated}现金等物证，"
                      "被害人乙某的陈述等证据证实，足以认定")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(a.text, a.is_restatement) for a in j.amounts] == [("3.5万元", False), (restated, True)]
    found = [f.message for f in _restated_in_the_facts_otherwise(j)]
    assert found == ([f"经审理查明部分所载数额3.5万元，其后复述为{restated}（{slip}），查明部分未见{restated}，疑为笔误。"]
                     if slip else []), found


_PASSED_ON = "人民币39,400元，该款转入甲某的银行卡后，由甲某在银行网点取现人民币37,400元，剩余款项被银行冻结"


@pytest.mark.parametrize(
    ("charge", "facts", "reason", "article", "total"),
    [
        ("诈骗罪", "冒充客服骗取乙某" + _PASSED_ON, "骗取他人财物，", "二百六十六", 39400),
        ("掩饰、隐瞒犯罪所得罪", "明知是犯罪所得仍提供银行卡。被害人乙某在电信网络诈骗中被骗" + _PASSED_ON,
         "明知是犯罪所得而予以转移，", "三百一十二", 37400),
    ],
)
def test_x3_money_the_facts_tell_passed_on_is_no_slip(
    charge: str, facts: str, reason: str, article: str, total: int
) -> None:
    """…被骗人民币39,400元，该款转入甲某的银行卡后，由甲某在银行网点取现人民币37,400元，剩余款项被银行冻结: two
    sums of one sentence of the facts (what the victim lost, what was withdrawn of it), no restatement of the
    first; of a fraud the 39,400元 is the amount, of a laundering the 37,400元 moved."""
    over = dict(charge=charge, facts=facts, reason=reason, article=article)
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.total_crime_amount_yuan == total
    assert not [f.message for f in run_checks([j]) if f.rule == "X3"]


# three defendants: 甲某 and 乙某 in three thefts (3000元 and 4200元, 5600元, 5600元), 丙某 keeping watch at the
# later two
SHARED_THEFTS = (
    "某某市某某区人民法院 刑事判决书 （2023）浙0102刑初9号 公诉机关某某市某某区人民检察院。 "
    + "".join(f"被告人{n}，男，1990年1月1日出生，汉族，初中文化，无业。因本案于2023年8月3日被刑事拘留。 "
              for n in ("甲某", "乙某", "丙某"))
    + "某某区人民检察院以起诉书指控被告人甲某、乙某、丙某犯盗窃罪，于2023年11月2日向本院提起公诉。 "
    "经审理查明：一、2023年6月17日，被告人甲某、乙某撬锁进入被害人丁某家中，窃得金项链一条、现金人民币3000元。经认定，该金项链"
    "价值人民币4200元。二、2023年7月2日，被告人甲某、乙某撬锁进入被害人戊某家中，窃得笔记本电脑一台，被告人丙某在楼下望风。"
    "经认定，该笔记本电脑价值人民币5600元。三、2023年7月22日，被告人甲某、乙某撬锁进入被害人己某家中，窃得现金人民币5600元，"
    "被告人丙某在楼下望风。 本院认为，被告人甲某、乙某以非法占有为目的，三次入户盗窃他人财物，价值共计人民币18400元，数额较大；"
    "{share}，数额较大，三被告人的行为均已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "一、被告人甲某犯盗窃罪，判处有期徒刑二年，并处罚金人民币二万元。二、被告人乙某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币"
    "一万五千元。三、被告人丙某犯盗窃罪，判处拘役五个月，缓刑八个月，并处罚金人民币五千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员庚某 二〇二三年十二月十五日 书记员辛某"
)


@pytest.mark.parametrize(("share", "fires"), [
    ("被告人丙某参与入户盗窃二次，价值共计人民币11200元", False),  # 5600元 and 5600元, the thefts 丙某 took part in
    ("被告人丙某参与入户盗窃二次，价值共计人民币11300元", True),  # no sum of some thefts
    ("被告人甲某、乙某、丙某入户盗窃二次，价值共计人民币11200元", True),  # said of all three, not a share
    ("被告人丙某伙同被告人甲某、乙某入户盗窃二次，价值共计人民币11200元", True),  # all three too (伙同)
])
def test_x3_a_total_the_reasoning_states_of_one_defendant_is_their_share(share: str, fires: bool) -> None:
    """…价值共计18400元；被告人丙某参与入户盗窃二次，价值共计11200元: one accomplice's total is the sum of the thefts
    they took part in, not the whole restated otherwise."""
    j = extract(SHARED_THEFTS.format(share=share))
    assert j.total_crime_amount_yuan == 18400
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    said = share[-6:]
    assert found == ([f"本院认为部分认定的数额{said}与经审理查明的数额（合计18400元）不一致。"] if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("约3万元", True), ("约2万元", False), ("约2.3万元", False)])
def test_x3_an_amount_restated_about_a_figure(said: str, fires: bool) -> None:
    """盗窃他人财物约3万元 restates no 20500元: 约 allows a fifth below to a quarter above (约2万元, 约2.3万元 may be it)."""
    over = dict(facts="窃得他人财物共计价值人民币20500元", reason=f"盗窃他人财物{said}，数额较大，",
                sentence="有期徒刑一年，并处罚金人民币五千元", end="2020年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [a.qualifier for a in j.amounts if a.section == "reasoning"] == ["about"]
    assert _messages("X3", **over) == ([f"本院认为部分认定的数额{said}与经审理查明的数额（合计20500元）不一致。"] if fires else [])


@pytest.mark.parametrize(("cause", "said", "fires"), [
    ("该2000元证据不足，不予认定。", "23000元", False),
    ("该2000元应予扣除。", "23000元", False),
    ("该2000元证据不足，不予认定。", "22000元", True),  # 25000 less 2000 is no 22000
    ("该2000元有被告人的供述印证。", "23000元", True),  # no cause stated
])
def test_x3_an_amount_the_reasoning_counts_out_explains_a_smaller_one(
        cause: str, said: str, fires: bool) -> None:
    """The facts total 25000元; the reasoning finds one victim's 2000元 unproved (证据不足，不予认定) and
    restates 23000元: the smaller amount with its cause, no inconsistency. Without that cause, or where the sum
    is off, it is."""
    over = dict(charge="诈骗罪", article="二百六十六", sentence="有期徒刑一年，并处罚金人民币一万元", end="2020年12月1日",
                facts="虚构事实，先后骗取被害人乙、丙、丁钱款共计人民币25000元，其中骗取乙15000元，骗取丙8000元，"
                      "骗取丁2000元",
                reason=f"以非法占有为目的，骗取他人财物。其中被害人丁所称交付的现金2000元，仅有丁的陈述，{cause}"
                       f"本院认定被告人甲某诈骗数额为人民币{said}，数额较大，")  # fmt: skip
    assert _messages("X3", **over) == (
        [f"本院认为部分认定的数额{said}与经审理查明的数额（合计25000元）不一致。"] if fires else [])


@pytest.mark.parametrize(("said", "fires"), [("4600元", False), ("4800元", True)])
def test_x3_cash_and_goods_of_equal_value_are_two_things(said: str, fires: bool) -> None:
    """窃得现金2300元及手机一部。经价格认定，被盗手机价值2300元: 4600元 in all, as the reasoning restates it."""
    over = dict(facts="窃得现金人民币2300元及手机一部。经价格认定，被盗手机价值人民币2300元",
                reason=f"盗窃他人财物价值人民币{said}，数额较大，")
    assert _messages("X3", **over) == (
        [f"本院认为部分认定的数额{said}与经审理查明的数额（合计4600元）不一致。"] if fires else [])


@pytest.mark.parametrize(("said", "fires"), [("3万余元", True), ("2万余元", False), ("31000元", False)])
def test_x3_an_amount_restated_about_is_not_read_as_a_figure_of_no_crime_role(said: str, fires: bool) -> None:
    # 3万余元 is not the motorbike's price told in passing; 31000元, written out, may be the same figure
    over = dict(facts="驾驶其以31000元购得的摩托车，窃得他人财物共计价值人民币20500元", reason=f"盗窃他人财物{said}，数额较大，",
                sentence="有期徒刑一年，并处罚金人民币五千元", end="2020年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(a.text, a.role) for a in j.amounts if a.section == "facts"] == [("31000元", "other"), ("20500元", "value")]
    assert _messages("X3", **over) == ([f"本院认为部分认定的数额{said}与经审理查明的数额（合计20500元）不一致。"] if fires else [])


@pytest.mark.parametrize(
    ("facts", "fires"),
    [
        ("先后三次窃取他人现金2260元、6590元、500元，共计窃取现金9340元", True),  # 9350
        ("先后三次窃取他人现金2260元、6590元、500元，共计窃取现金9350元", False),
        ("先后三次窃取他人现金2260元、6590元、500元，共计窃取现金12340元", False),  # no slip: items told elsewhere
        ("先后三次窃取他人现金，共计9340元。其中：1.窃取现金2260元；2.窃取现金6590元；3.窃取现金500元", True),  # after it
        # one value told twice, counted twice (2000 and 3450 alone make 5450: 7450 with a digit changed)
        ("先后三次窃取他人现金2000元、3450元、2000元，共计窃取现金7450元", False),
    ],
)
def test_x3_a_total_of_the_facts_that_is_no_sum_of_their_items_by_a_slip(facts: str, fires: bool) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["查明事实所列2260元、6590元、500元合计9350元，所述共计9340元与之一位数字不同，疑为笔误或计算错误。"]
                     if fires else []), found


@pytest.mark.parametrize(
    ("told", "fires"),
    [
        ("约定每人收取费用人民币1.8万元，考前先收取定金每人人民币6000元", False),  # two rates: 7 × 6000 is 4.2万
        ("约定每人收取费用人民币1.8万元，考前先收取定金人民币6000元/人", False),
        ("约定人均收取费用人民币1.8万元，考前向每名考生先收取定金人民币6000元", False),
        ("向考生乙某收取费用人民币1.8万元，向考生丙某收取定金人民币6000元", True),  # two sums: 2.4万, digits swapped
    ],
)
def test_x3_amounts_told_per_person_are_rates_no_items_of_a_total(told: str, fires: bool) -> None:
    """招揽考生七人，约定每人收取费用1.8万元，考前先收取定金每人6000元，共计收取4.2万元: the fee and the deposit are told
    per person (每人, 人均, 每名, 6000元/人), rates that add up to nothing the total is, not 24000 with two digits
    swapped; money told of two people is."""
    facts = f"在网络上招揽考生七人，{told}，共计收取人民币4.2万元，并在考试中组织考生使用无线耳机作弊"
    over = dict(charge="组织考试作弊罪", article="二百八十四条之一", facts=facts, reason="在法律规定的国家考试中组织作弊，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["查明事实所列1.8万元、6000元合计24000元，所述共计4.2万元与之两位数字前后颠倒，疑为笔误或计算错误。"]
                     if fires else []), found


@pytest.mark.parametrize(("total", "fires"), [("27,650", False), ("27,560", True)])
def test_x3_an_item_broken_down_by_its_own_parts_is_an_item_of_the_whole(total: str, fires: bool) -> None:
    """An item of the facts told with its own breakdown (骗取乙人民币一万二千元，其中转账5,000元，收取现金7,000元) is a
    total of its parts and an item of the sum after it: 8,000 + 12,000 + 4,650 + 3,000 make 27,650, not the 7,650 of
    the items after it alone (a false "多写一位数字" before); a total the items do not make is still read."""
    facts = ("骗取乙人民币8,000元；骗取丙人民币一万二千元，其中通过微信转账5,000元，当面收取现金7,000元；骗取丁的手机一部，"
             f"经认定价值人民币4,650元；骗取戊人民币3000元。综上，被告人甲某共骗取他人财物价值人民币{total}元")
    over = dict(charge="诈骗罪", article="二百六十六", facts=facts, reason="诈骗他人财物，数额较大，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["查明事实所列8,000元、一万二千元、4,650元、3000元合计27650元，所述共计27,560元与之两位数字前后颠倒，"
                      "疑为笔误或计算错误。"] if fires else []), found


@pytest.mark.parametrize("third, message", [
    ("4291.77", "查明的甲基苯丙胺数量4291.77克与本院认为所述5971.77克减去其余各笔后的4921.77克两位数字前后颠倒，疑为笔误。"),
    ("4921.77", None),
    ("4000", "本院认为所述甲基苯丙胺5971.77克，多于查明事实所述该毒品各笔数量之和5050克。"),
])
def test_x3_a_weight_of_the_facts_that_the_reasoning_s_total_shows_to_be_a_slip(
    third: str, message: str | None
) -> None:
    """1000克, 50克 and a third told, 5971.77克 restated: 4921.77克 is left for the third, of which 4291.77克 is a slip;
    4000克 differs too much to be one, and the court's total is more than the facts tell."""
    facts = f"先后三次向他人贩卖甲基苯丙胺1000克、50克、{third}克"
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖甲基苯丙胺5971.77克，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize("total, fires", [("7580", True), ("7508", False)])
def test_x3_a_drug_total_of_many_items_one_seized_as_told_before(total: str, fires: bool) -> None:
    """Thirteen weights of seven numbered items, the last one's drug told again where it is seized (取得…2008克。…查获…
    2008克: ``restated``): their sum without it, 7508克, of which 7580克 is a slip."""
    facts = ("1、先后两次向他人贩卖甲基苯丙胺50克、50克。2、向他人贩卖甲基苯丙胺100克。"
             "3、先后四次运输甲基苯丙胺100克、500克、500克、1000克。4、先后四次取得甲基苯丙胺500克、500克、200克、1000克。"
             "5、取得甲基苯丙胺1000克。6、从他人处取得甲基苯丙胺2008克并运至某地。次日，公安机关在该处查获甲基苯丙胺2008克。"
             f"综上，被告人甲某贩卖、运输甲基苯丙胺共计{total}克")
    over = dict(charge="贩卖、运输毒品罪", article="三百四十七", facts=facts, reason="贩卖、运输毒品，")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [m.restated for m in j.drugs if m.grams == 2008] == [False, True]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["查明事实所列50克、100克、500克、1000克、200克、2008克合计7508克，所述共计7580克与之两位数字前后颠倒，"
                      "疑为笔误或计算错误。"] if fires else []), found


@pytest.mark.parametrize("others", [
    "2019年12月1日，公安人员将钱某抓获；",  # a co-offender tried elsewhere, captured by name
    "2019年12月1日，钱某到公安机关投案；",  # one who surrenders, before the defendant's own capture
])
def test_x6_the_only_defendant_s_capture_is_theirs_not_another_s(others: str) -> None:
    """Custody dated before the defendant's capture, where the facts tell another person's capture first: the
    capture compared is the one that names the defendant."""
    facts = f"窃得他人手机一部，价值人民币2000元。{others}2019年12月20日，公安人员将甲某抓获"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert j.defendants[0].captured_on == "2019-12-20"
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ["被告人甲某刑事拘留日期2019-12-02早于查明事实所述其被抓获（归案）的日期2019-12-20。"], found


@pytest.mark.parametrize(("said", "fires"), [("196.77", True), ("169.77", False)])
def test_x3_a_blood_alcohol_the_reasoning_restates_otherwise(said: str, fires: bool) -> None:
    over = dict(charge="危险驾驶罪", article="一百三十三条之一", sentence="拘役二个月，并处罚金人民币二千元",
                end="2020年2月1日", facts="醉酒驾驶小型轿车在道路上行驶。经鉴定，其血液中乙醇含量为169.77毫克/100毫升",
                reason=f"在道路上醉酒驾驶机动车，其血液中乙醇含量为{said}毫克/100毫升，")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    told = [(float(b.mg_per_100ml), b.section) for b in j.blood_alcohol]
    assert told == [(169.77, "facts"), (float(said), "reasoning")]
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述血液酒精含量{said}毫克/100毫升，查明事实所载为169.77毫克/100毫升，二者不一致。"]
                  if fires else []), x3


@pytest.mark.parametrize(("concluded", "fires"), [("运输毒品罪", True), ("贩卖毒品罪", False)])
@pytest.mark.parametrize("again", [
    "被告人甲某在刑罚执行完毕后五年内又犯贩卖毒品罪，系累犯。",
    "被告人甲某在刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之贩卖毒品罪，系累犯。",
    "公诉机关指控被告人甲某犯贩卖毒品罪的事实清楚，证据确实、充分，指控罪名成立。"])
def test_x1_a_selective_charge_concluded_otherwise_beside_a_recidivism_clause_or_an_accepted_charge(
    concluded: str, fires: bool, again: str
) -> None:
    """本院认为…构成运输毒品罪 where the result convicts of 贩卖毒品罪: the 累犯 clause's 又犯贩卖毒品罪 (or, in the words of
    刑法第六十五条, 再犯应当判处有期徒刑以上刑罚之贩卖毒品罪) names the current crime again, loosely, and is not a form
    the reasoning concludes in; nor is the prosecution's charge it accepts (公诉机关指控…犯贩卖毒品罪…罪名成立)."""
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts="以100元的价格向他人贩卖甲基苯丙胺0.5克",
                reason="贩卖毒品甲基苯丙胺0.5克，", extra=again)
    text = TEMPLATE.format(**{**BASE, **over}).replace("其行为已构成贩卖毒品罪", f"其行为已构成{concluded}")
    x1 = [f.message for f in run_checks([extract(text)]) if f.rule == "X1"]
    assert x1 == (["判决主文认定被告人甲某犯贩卖毒品罪，本院认为部分认定的是运输毒品罪，所列行为不一致（贩卖）。"]
                  if fires else []), x1


_STATED = BASE["reason"]  # 盗窃他人财物，数额较大，
_REPEATED = "多次盗窃他人财物，"  # no level stated


@pytest.mark.parametrize(
    ("reason", "amount", "sentence", "end", "fires"),
    [
        (_STATED, "5000", "有期徒刑三年六个月", "2023年6月1日", True),
        # short of 数额较大 where a province sets it at 3000元, yet under no standard above the first bracket
        (_STATED, "2000", "有期徒刑三年六个月", "2023年6月1日", True),
        (_STATED, "2000", "有期徒刑一年", "2020年12月1日", False),
        (_STATED, "50000", "有期徒刑三年六个月", "2023年6月1日", False),
        # short of 数额较大 under every standard (多次盗窃, 入户盗窃 need no amount), no level stated: at most the first
        # bracket still, and nothing found that opens the second
        (_REPEATED, "300", "有期徒刑三年六个月", "2023年6月1日", True),
        (_REPEATED, "300", "有期徒刑一年", "2020年12月1日", False),
        # short of it under some standard, no level stated: short of 数额巨大 under every one
        (_REPEATED, "2000", "有期徒刑三年六个月", "2023年6月1日", True),
    ],
)
def test_e4_a_term_of_a_bracket_the_amount_found_reaches_under_no_standard(
    reason: str, amount: str, sentence: str, end: str, fires: bool
) -> None:
    over = dict(facts=f"窃得他人手机一部，价值人民币{amount}元", sentence=f"{sentence}，并处罚金人民币二千元", end=end,
                reason=reason)
    found = [(f.severity, f.message) for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])
             if f.rule == "E4"]
    assert found == ([("warning", f"查明犯罪数额{amount}元，按全国标准至多属第1档，被告人甲某被判处有期徒刑3年6个月，落入第2档，"
                                  "本院认为部分亦未认定该档的数额或情节。")] if fires else []), found


def test_e4_a_small_robbery_is_no_lead_by_its_amount() -> None:
    """A robbery's first bracket needs no amount and acts (入户抢劫) open its second: an amount short of 数额巨大 says
    nothing of a term in the second bracket."""
    over = dict(charge="抢劫罪", article="二百六十三", facts="持刀闯入他人住宅，抢得现金人民币300元", reason="入户抢劫，",
                sentence="有期徒刑十年，并处罚金人民币一万元", end="2029年12月1日")
    assert not [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E4"]


@pytest.mark.parametrize(
    ("gain", "opinion", "fires"),
    [("21212", True, True), ("71212", True, False), ("21212", False, False)],
)
def test_e4_online_gambling_severity_of_an_amount_below_the_opinion_s(gain: str, opinion: bool, fires: bool) -> None:
    """情节严重 of an online casino found of 非法获利21212元, under the online gambling opinion the judgment applies
    (its lowest amount: 3万元); not where the judgment does not apply it (a local standard may)."""
    over = dict(charge="开设赌场罪", article="三百零三", facts=f"利用移动通讯终端组织他人赌博，非法获利{gain}元",
                reason=f"以营利为目的，利用移动通讯终端组织赌博，非法获利{gain}元，应认定为情节严重，",
                sentence="有期徒刑三年，并处罚金人民币二万元", end="2022年12月1日")
    text = TEMPLATE.format(**{**BASE, **over})
    if opinion:
        text = text.replace("第三百零三条之规定", "第三百零三条第二款，《最高人民法院、最高人民检察院、公安部〈关于办理网络赌博"
                            "犯罪案件适用法律若干问题的意见〉》第一条之规定")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "E4"]
    assert found == (["本院认为以21212元认定开设赌场“情节严重”，而《关于办理网络赌博犯罪案件适用法律若干问题的意见》第一条"
                      "规定的数额标准最低为抽头渔利（违法所得）30000元，21212元未达该标准；请核实是否另有参赌人数等情节。"]
                     if fires else []), found


def test_e4_an_online_casino_s_amount_is_weighed_by_its_own_opinion() -> None:
    """An online casino's 赌资 of 61.2万元 (the opinion's 情节严重: 赌资 30万元, 抽头渔利 3万元) and a term of the
    first bracket: E4 gives the online gambling opinion as its basis, not the rule's theft and fraud ones."""
    over = dict(charge="开设赌场罪", article="三百零三", facts="利用手机应用程序组织他人赌博，累计接受赌资人民币61.2万元",
                reason="以营利为目的，利用网络开设赌场，", sentence="有期徒刑一年三个月，并处罚金人民币一万元",
                end="2022年12月1日")  # fmt: skip
    e4 = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E4"]
    assert len(e4) == 1 and "已达第2档（情节严重）" in e4[0].message, [f.message for f in e4]
    assert "网络赌博" in (e4[0].basis or "") and "盗窃" not in (e4[0].basis or ""), e4[0].basis


@pytest.mark.parametrize(("value", "fires"), [("5744", True), ("3744", False), ("5000", False)])
def test_x3_an_item_of_the_facts_whose_slip_the_total_shows(value: str, fires: bool) -> None:
    """Three thefts (200余元, 267元, a motorcycle) summed up as 共计4200余元: a motorcycle of 5744元 makes 6211, but
    read as 3744元 (one digit) the items make 4211, which the total allows. 5000元 is no slip of any reading."""
    facts = (f"窃取现金200余元。次日，甲某又窃取现金267元。后甲某窃走摩托车（价值{value}元）1辆。"
             "综上，被告人甲某实施盗窃3起，窃得财物共计4200余元")
    over = dict(facts=facts, reason="多次盗窃他人财物，数额较大，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["查明事实所列5744元与所述共计4200余元不合，按3744元计则各笔合计与之相符，二者一位数字不同，疑为笔误。"]
                     if fires else []), found


@pytest.mark.parametrize(("value", "fires"), [("7300", True), ("3700", False), ("3800", False)])
def test_x3_an_item_whose_slip_an_exact_total_shows_beside_one_told_with_yu(value: str, fires: bool) -> None:
    """现金100余元, a phone of 499元 and cash taken summed up exactly as 4299元: the court counted 100余元 at its figure,
    so 3700元 makes the total and 7300元 (two digits swapped) does not; 3800元 would need 100余元 to be 0."""
    facts = (f"抢走现金100余元及手机一部（价值499元）。次日，甲某又抢走现金{value}元。"
             "综上，被告人甲某抢劫2起，抢劫财物价值共计4299元")
    over = dict(charge="抢劫罪", article="二百六十三", facts=facts, reason="以暴力手段劫取他人财物，",
                sentence="有期徒刑三年，并处罚金人民币五千元", end="2022年12月1日")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["查明事实所列7300元与所述共计4299元不合，按3700元计则各笔合计与之相符，二者两位数字前后颠倒，疑为笔误。"]
                     if fires else []), found


@pytest.mark.parametrize(("total", "reading"), [("2400余元", "4200余元"), ("4200余元", None)])
def test_x3_a_total_told_with_yu_whose_slip_the_items_show(total: str, reading: str | None) -> None:
    """The same thefts (200余元, 267元, 3744元: 4211 up to 4311) summed up as 共计2400余元: read with two digits swapped,
    4200余元, the total allows the items' sum, where no item read otherwise makes a sum it allows."""
    facts = ("窃取现金200余元。次日，甲某又窃取现金267元。后甲某窃走摩托车（价值3744元）1辆。"
             f"综上，被告人甲某实施盗窃3起，窃得财物共计{total}")
    over = dict(facts=facts, reason="多次盗窃他人财物，数额较大，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == ([f"查明事实所列200余元、267元、3744元与所述共计{total}不合，按{reading}计则与各笔合计相符，二者两位数字前后"
                      "颠倒，疑为笔误。"] if reading else []), found


@pytest.mark.parametrize("total, fires", [("2870", True), ("2770", False)])
def test_x3_a_drug_total_of_the_facts_that_is_no_sum_of_their_weights_by_a_slip(total: str, fires: bool) -> None:
    facts = ("先后两次向他人贩卖甲基苯丙胺30克、50克。后公安人员从甲某驾驶的汽车内查获甲基苯丙胺2690克。"
             f"综上，被告人甲某贩卖甲基苯丙胺共计{total}克")
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖毒品，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["查明事实所列30克、50克、2690克合计2770克，所述共计2870克与之一位数字不同，疑为笔误或计算错误。"]
                     if fires else []), found


@pytest.mark.parametrize(("seized", "fires"), [("2960", True), ("2690", False), ("2000", False)])
def test_x3_a_drug_weight_of_the_facts_whose_slip_the_total_shows(seized: str, fires: bool) -> None:
    """30克、50克 and a seizure against 共计2770克: 2960克 makes 3040, read as 2690克 (two digits swapped) the weights
    make the total. 2000克 is no slip of any reading."""
    facts = ("先后两次向他人贩卖甲基苯丙胺30克、50克。后公安人员从甲某驾驶的汽车内查获甲基苯丙胺{}克。"
             "综上，被告人甲某贩卖甲基苯丙胺共计2770克").format(seized)
    found = _messages("X3", charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖毒品，")
    assert found == (["查明事实所列2960克与所述共计2770克不合，按2690克计则各笔合计与之相符，二者两位数字前后颠倒，疑为笔误。"]
                     if fires else []), found


_SOLD_ON = dict(charge="贩卖毒品罪", article="三百四十七", reason="贩卖毒品，", sentence="有期徒刑一年，并处罚金人民币五千元",
                end="2020年12月1日")  # fmt: skip


@pytest.mark.parametrize(("sold", "fires"), [
    # each buyer's own: 乙某's two deals (told nowhere) tallied, 丙某's one, no part of 乙某's
    ("分别贩卖给乙某（两次共计8.6克）、丙某（一次3.2克）。后公安人员从甲某住处查获甲基苯丙胺6.3克", False),
    ("分别贩卖给乙某（两次共计8.6克）、丙某（两次共计6.8克）", False),  # two buyers' tallies, neither the other's
    # a total of the weights before it: 3.2克 read as 2.3克 makes it
    ("贩卖给乙某甲基苯丙胺3.2克，贩卖给丙某甲基苯丙胺6.3克（共计8.6克）", True),
])
def test_x3_weights_told_each_of_a_buyer_in_brackets(sold: str, fires: bool) -> None:
    """先后三次购买…共计45克，后将其中部分…分别贩卖给乙某（两次共计8.6克）、丙某（一次3.2克）: each buyer's own quantity,
    乙某's a tally of deals not told there; neither sums the weights after it nor restates the other's."""
    facts = f"先后三次购买甲基苯丙胺共计45克，后将其中部分甲基苯丙胺{sold}"
    found = _messages("X3", **{**_SOLD_ON, "facts": facts})
    assert found == (["查明事实所列3.2克与所述共计8.6克不合，按2.3克计则各笔合计与之相符，二者两位数字互换，疑为笔误。"]
                     if fires else []), found


# three defendants in three thefts (甲某 and 乙某 3600元; 甲某 and 丙某 9200元 and 5600元), each one's total summed
# up in the facts
PER_PERSON_THEFTS = (
    "某某市某某区人民法院 刑事判决书 （2023）浙0102刑初19号 公诉机关某某市某某区人民检察院。 "
    + "".join(f"被告人{n}，男，1990年1月1日出生，汉族，初中文化，无业。因本案于2023年8月3日被刑事拘留。 "
              for n in ("甲某", "乙某", "丙某"))
    + "某某区人民检察院以起诉书指控被告人甲某、乙某、丙某犯盗窃罪，于2023年11月2日向本院提起公诉。 "
    "经审理查明：1. 2023年6月17日，被告人甲某、乙某在某某工地盗走电缆一批。经价格认定，被盗物品价值人民币3600元。"
    "2. 2023年7月2日，被告人甲某、丙某在某某厂房盗走铜管一批。经价格认定，被盗物品价值人民币9200元。"
    "3. 2023年7月22日，被告人甲某、丙某在某某仓库盗走电动车蓄电池十组。经价格认定，被盗物品价值人民币5600元。"
    "综上，被告人甲某参与盗窃三次，盗窃数额共计人民币18400元；被告人{who}，盗窃数额共计人民币14800元；"
    "被告人乙某参与盗窃一次，盗窃数额人民币3600元。 "
    "本院认为，被告人甲某、乙某、丙某以非法占有为目的，多次秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。"
    "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "一、被告人甲某犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。二、被告人乙某犯盗窃罪，判处拘役三个月，并处罚金人民币"
    "一千元。三、被告人丙某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币三千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员庚某 二〇二三年十二月十五日 书记员辛某"
)


@pytest.mark.parametrize(("who", "fires"), [("丙某参与盗窃二次", False), ("甲某参与盗窃三次", True)])
def test_x3_totals_the_facts_sum_up_per_defendant(who: str, fires: bool) -> None:
    """综上，被告人甲某…共计人民币18400元；被告人丙某…共计人民币14800元: each one's own total, not 甲某's restated with
    two digits swapped; told again of 甲某, it is."""
    j = extract(PER_PERSON_THEFTS.format(who=who))
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["经审理查明部分所载数额18400元，其后复述为14800元（两位数字前后颠倒），查明部分未见14800元，疑为笔误。"]
                     if fires else []), found


# two counts of theft, each with its own total (1260元 and 2500元 make 3760元, 960元 and 2200元 3160元), and
# what the second is told as: a count of its own (its parts told or not), or the summing-up of the first
_TWO_COUNTS = ("先后盗窃两起：（一）2019年11月3日凌晨，被告人甲某撬开某烟酒店卷闸门，窃取现金人民币1260元及香烟一批，"
               "经价格认定，香烟价值人民币2500元，此起盗窃财物价值共计人民币3760元；{second}")


@pytest.mark.parametrize(
    ("second", "counts", "fires"),
    [
        ("（二）2019年12月1日凌晨，被告人甲某撬开某农资店卷闸门，窃取现金人民币960元及化肥一批，经价格认定，"
         "化肥价值人民币2200元，此起盗窃财物价值共计人民币3160元", [1, 1, 1, 2, 2, 2], False),
        ("（二）2019年12月1日凌晨，被告人甲某撬开某数码店卷闸门，窃取平板电脑两台，经价格认定，价值共计人民币3160元",
         [1, 1, 1, 2], False),
        ("后被公安机关抓获。\n综上，被告人甲某盗窃财物价值共计人民币3160元", [1, 1, 1, None], True),
    ],
)
def test_x3_each_counts_own_total_is_none_told_again(
    second: str, counts: list[int | None], fires: bool
) -> None:
    """（一）…此起盗窃财物价值共计人民币3760元；（二）…此起盗窃财物价值共计人民币3160元: each count's own total,
    the second no restatement of the first with a digit changed; a summing-up (综上，…) that tells 3760元 as 3160元
    is."""
    from fayan.pipelines.checks.document import _restated_in_the_facts_otherwise

    j = extract(TEMPLATE.format(**{**BASE, "facts": _TWO_COUNTS.format(second=second)}))
    assert [a.count for a in j.amounts if a.section == "facts"] == counts
    found = [f.message for f in _restated_in_the_facts_otherwise(j)]
    assert found == (["经审理查明部分所载数额3760元，其后复述为3160元（一位数字不同），查明部分未见3160元，疑为笔误。"]
                     if fires else []), found


@pytest.mark.parametrize(
    ("second", "fires"),
    [("2、2019年11月20日，被告人甲某分两次贩卖给丙某甲基苯丙胺共计18550克", False),
     ("后被公安机关抓获。综上，被告人甲某贩卖甲基苯丙胺共计18550克", True)],
)
def test_x3_each_items_own_drug_total_is_none_told_again(second: str, fires: bool) -> None:
    """1、…贩卖给乙某甲基苯丙胺共计15850克。2、…贩卖给丙某甲基苯丙胺共计18550克: each item's own total, not the first
    told again with two digits swapped; the summing-up (综上，…) is."""
    facts = f"先后贩卖毒品两起：1、2019年11月3日，被告人甲某分三次贩卖给乙某甲基苯丙胺共计15850克。{second}"
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason="贩卖毒品，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["经审理查明部分所载甲基苯丙胺数量15850克，其后复述为18550克（两位数字前后颠倒），查明部分未见"
                      "18550克，疑为笔误。"] if fires else []), found


@pytest.mark.parametrize(("which", "what", "fires"), [("二", "笔记本电脑一台", False), ("一", "香烟一批", True)])
def test_x3_what_is_told_again_of_one_count_retells_no_other_counts(
    which: str, what: str, fires: bool
) -> None:
    """上述事实，有公安机关追回第二起被盗笔记本电脑一台（价值人民币5200元）的扣押清单…证实: one laptop of the
    second count's three (12400元), no slip of the first count's 2500元; told of the first count's cigarettes,
    it is."""
    from fayan.pipelines.checks.document import _restated_in_the_facts_otherwise

    facts = ("先后盗窃两起：（一）2019年11月3日凌晨，被告人甲某撬开某烟酒店卷闸门，窃取现金人民币1260元及香烟一批，"
             "经价格认定，香烟价值人民币2500元；（二）2019年12月1日凌晨，被告人甲某撬开某公司办公室门锁，窃取笔记本电脑"
             f"三台，经价格认定，价值人民币12400元。上述事实，有公安机关追回第{which}起被盗{what}（价值人民币5200元）的"
             "扣押清单、发还清单，被害人乙某的陈述等证据证实，足以认定")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    told_again = [(a.text, a.is_restatement, a.count) for a in j.amounts][-1]
    assert told_again == ("5200元", True, 2 if which == "二" else 1)
    found = [f.message for f in _restated_in_the_facts_otherwise(j)]
    assert found == (["经审理查明部分所载数额2500元，其后复述为5200元（两位数字前后颠倒），查明部分未见5200元，疑为笔误。"]
                     if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("6920元", False), ("6970元", True)])
def test_x3_a_reasoning_total_told_otherwise_beside_counts_own_totals(said: str, fires: bool) -> None:
    """The facts tell two counts' own totals (3760元, 3160元) and sum them up (综上，…共计6920元): X3 finds nothing
    in them; the reasoning's 6970元, one digit off that sum, it still finds."""
    second = ("（二）2019年12月1日凌晨，被告人甲某撬开某农资店卷闸门，窃取现金人民币960元及化肥一批，经价格认定，化肥价值"
              "人民币2200元，此起盗窃财物价值共计人民币3160元。\n综上，被告人甲某盗窃财物价值共计人民币6920元")
    over = dict(facts=_TWO_COUNTS.format(second=second), reason=f"多次盗窃他人财物，价值共计人民币{said}，数额较大，")
    found = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert found == (["本院认为部分认定的数额6970元与经审理查明的数额（合计6920元）不一致。"] if fires else []), found


@pytest.mark.parametrize(
    ("caught", "fires"),
    [
        ("2019年12月20日，被告人甲某被公安民警抓获", True),  # after the 刑事拘留 of 2019-12-02
        ("2019年12月2日，被告人甲某被公安民警抓获", False),
        ("2019年12月2日被刑事拘留后，被告人甲某脱逃，2019年12月20日又被抓获", False),  # caught again
    ],
)
def test_x6_custody_dated_before_the_capture_the_facts_tell(caught: str, fires: bool) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元。{caught}"}))
    assert j.defendants[0].captured_on == ("2019-12-20" if fires else "2019-12-02" if "脱逃" not in caught else None)
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某刑事拘留日期2019-12-02早于查明事实所述其被抓获（归案）的日期2019-12-20。"] if fires else []), found



@pytest.mark.parametrize(
    ("day", "header", "fires"),
    [
        ("2019年12月5日", "", True),  # held from 2019-12-02, the crime on 2019-12-05
        ("2019年12月1日", "", False),
        # a release told (取保候审) may part two custodies
        ("2019年12月5日", "同年12月3日被取保候审，", False),
    ],
)
def test_x6_custody_before_the_first_day_of_the_crime_the_facts_date_beside_an_earlier_year(
    day: str, header: str, fires: bool,
) -> None:
    """The facts' earliest date is a year of something else (the tool kept since 2018), so the custody is weighed
    against the first full day of the crime, for a judgment of one defendant with no release told."""
    text = TEMPLATE.format(**{**BASE, "facts": f"取出其于2018年购买后存放于家中的撬棍，于{day}窃得他人手机一部，价值人民币2000元"})
    text = text.replace("经审理查明，2019年12月1日，被告人甲某", "经审理查明，被告人甲某")
    text = text.replace("同年12月16日被逮捕。", f"{header}同年12月16日被逮捕。")
    j = extract(text)
    assert j.defendants[0].offence_from == "2018-01-01"
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    iso = "2019-12-0" + day[-2]
    assert found == ([f"被告人甲某刑事拘留日期2019-12-02早于查明的犯罪时间{iso}。"] if fires else []), found


@pytest.mark.parametrize(
    ("caught", "day"),
    [
        ("2019年12月20日，被告人甲某被公安民警抓获", "2019-12-20"),
        ("2019年12月20日，被告人甲某因传唤不到案，被公安机关决定刑事拘留（在逃）", None),  # no capture: 不到案
    ],
)
@pytest.mark.parametrize("month", [True, False])
def test_x6_a_capture_by_day_after_an_offence_dated_by_month_only(caught: str, day: str | None, month: bool) -> None:
    """The facts date the theft by month only (2019年11月) and the capture by day: the capture's day dates no offence,
    but it is still the day of the capture, after the 刑事拘留 of 2019-12-02 (and so where the theft has its day)."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元。{caught}"})
    j = extract(text.replace("经审理查明，2019年12月1日，", "经审理查明，2019年11月，") if month else text)
    assert (j.defendants[0].offence_start is None) is month
    assert j.defendants[0].captured_on == day
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某刑事拘留日期2019-12-02早于查明事实所述其被抓获（归案）的日期2019-12-20。"] if day else []), found


@pytest.mark.parametrize(
    ("held", "fires"),
    [
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", True),
        # released on bail, the defendant fled and was caught again
        ("因本案于2019年12月2日被刑事拘留，同年12月6日被取保候审，2019年12月20日被抓获，同日被逮捕。", False),
        ("因本案于2019年12月2日被刑事拘留，后被取保候审，2019年12月21日被逮捕。", False),  # a bail it does not date
        ("因本案于2019年12月2日被刑事拘留，同年12月5日脱逃，2019年12月21日被逮捕。", False),
        ("因本案于2019年12月2日被刑事拘留，因下落不明，2019年12月21日被逮捕。", False),
        # a bail after the capture explains nothing
        ("因本案于2019年12月2日被刑事拘留，2019年12月21日被逮捕，同年12月30日被取保候审。", True),
    ],
)
def test_x6_custody_before_a_capture_after_a_release_or_a_flight(held: str, fires: bool) -> None:
    """A custody dated before the capture the facts tell, where the header tells a release between the two or
    a flight (取保候审期间逃匿，2019年12月20日被抓获): caught again, not a custody misdated."""
    facts = "窃得他人手机一部，价值人民币2000元。2019年12月20日，被告人甲某被公安民警抓获"
    text = TEMPLATE.format(**{**BASE, "facts": facts}).replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", held)
    j = extract(text)
    assert j.defendants[0].captured_on == "2019-12-20"
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某刑事拘留日期2019-12-02早于查明事实所述其被抓获（归案）的日期2019-12-20。"] if fires else []), found

@pytest.mark.parametrize(
    ("told", "fires"),
    [
        ("王建国", True),  # the role word's spelling once, another three times: a slip of it
        ("王建海", False),  # 海 neither sounds nor looks like 果: another person
    ],
)
def test_x4_a_co_defendant_misspelt_only_after_the_role_word(told: str, fires: bool) -> None:
    """同案被告人王建果 only once, in the evidence, where the facts write 王建国 three times without a role word: the
    spelling written often is the co-defendant's name, the role word's a slip of it."""
    facts = (f"与{told}共同窃得他人手机一部，价值人民币2000元，由{told}望风，{told}分得赃款。"
             "上述事实，有同案被告人王建果的供述等证据证实")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.name, list(a.name_variants)) for a in j.accomplices] == ([("王建国", ["王建果"])] if fires
                                                                         else [("王建果", [])])
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["同案被告人姓名前后写法不一致：王建国／王建果。"] if fires else []), found


@pytest.mark.parametrize(
    ("later", "variants"),
    [("王建果", ["王建果"]), ("王建国", []), ("王建果、王建果、王建果", [])],  # written thrice: another person
)
def test_x4_a_co_defendant_tried_elsewhere_whose_name_is_misspelt(later: str, variants: list[str]) -> None:
    facts = f"伙同同案被告人王建国（已判刑）窃得他人手机一部，价值人民币2000元。次日，由{later}将手机卖出"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.name, list(a.name_variants)) for a in j.accomplices] == [("王建国", variants)]
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == ([f"同案被告人姓名前后写法不一致：王建国／{variants[0]}。"] if variants else []), found


@pytest.mark.parametrize(
    ("evidence", "fires"),
    [
        ("钟某山的陈述", True),  # 山 sounds like 善: a slip of the masked name
        ("钟某善的陈述", False),
        ("钟某山、钟某山的陈述", False),  # written more often than the cued spelling: not read as one person
    ],
)
def test_x4_a_masked_victim_s_name_written_otherwise_in_the_evidence(evidence: str, fires: bool) -> None:
    """被害人钟某善 (a mask that keeps the given name's last character), 钟某山 in the evidence list."""
    found = _messages("X4", facts=f"窃得被害人钟某善晾衣架上的衣服，价值人民币2000元。上述事实，有{evidence}等证据证实")
    assert found == (["被害人姓名前后写法不一致：钟某善／钟某山。"] if fires else []), found


@pytest.mark.parametrize(
    ("later", "fires"),
    [
        ("被告人余某负责销赃", True),  # 余 looks like 佘: a slip of the masked name after the role word
        ("被告人余某（另案处理）负责销赃", False),  # told as tried elsewhere: somebody else
        ("被告人余某1负责销赃", False),  # a masked name of its own (余某1, 余某2)
        ("被告人金某负责销赃", False),  # 金 neither looks nor sounds like 佘
    ],
)
def test_x4_a_masked_defendant_s_surname_misspelt_after_the_role_word(later: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元，{later}"}).replace("甲某", "佘某")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X4"]
    assert found == (["被告人姓名前后写法不一致：佘某／余某。"] if fires else []), found


@pytest.mark.parametrize(
    ("later", "fires"),
    [
        ("被告人钱某原负责销赃", True),  # 原 sounds like 远: a slip of the character the mask leaves
        ("被告人钱某园负责销赃", True),  # yuan too
        ("被告人钱某甲负责销赃", False),  # a pseudonym's stem: another person
        ("被告人钱某明负责销赃", False),  # 明 neither looks nor sounds like 远
        ("被告人钱某原（另案处理）负责销赃", False),  # told as tried elsewhere: somebody else
        ("被告人钱某原、钱某原、钱某原负责销赃", False),  # written three times: another person
    ],
)
def test_x4_a_partly_masked_defendant_s_given_name_misspelt_after_the_role_word(later: str, fires: bool) -> None:
    """被告人钱某远 (a mask that keeps the given name's last character), 被告人钱某原 once in the facts."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元，{later}"}).replace("甲某", "钱某远")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X4"]
    spelt = later[3:6]
    assert found == ([f"被告人姓名前后写法不一致：钱某远／{spelt}。"] if fires else []), found


@pytest.mark.parametrize(
    ("told", "fires"),
    [
        ("王建国、王建国、王建国", True),  # the common spelling thrice, the other once: a slip
        ("王建国", False),  # each twice or less: two people as likely as one
        ("王建锋、王建锋、王建国、王建国、王建国", False),  # both written often: two people
    ],
)
def test_x4_a_co_defendant_misspelt_after_the_role_word(told: str, fires: bool) -> None:
    """同案被告人王建国 … 同案被告人王建锋: both after the role word, one character apart; the rarer of the two, where the
    other is written three times or more, is its slip and not a second co-defendant."""
    facts = f"伙同同案被告人王建锋（已判刑）窃得他人手机一部，价值人民币2000元，{told}等人分赃。同案被告人王建国供述"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["同案被告人姓名前后写法不一致：王建国／王建锋。"] if fires else []), found
    assert len(j.accomplices) == (1 if fires else 2)


@pytest.mark.parametrize(
    ("later", "fires"),
    [("王建锋指认", True), ("王建国指认", False), ("王建锋指认，王建锋与王建国、王建国分赃后，王建锋", False)],
)
def test_x4_a_co_defendant_misspelt_after_the_role_word_where_no_name_ends(later: str, fires: bool) -> None:
    """同案被告人王建锋指认: the name runs on into the next word (not a co-defendant of its own), but after the role word
    it is a spelling of 王建国 all the same; written three times it is somebody else."""
    facts = f"伙同同案被告人王建国（已判刑）窃得他人手机一部，价值人民币2000元。公安机关根据同案被告人{later}查获赃物"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["同案被告人姓名前后写法不一致：王建国／王建锋。"] if fires else []), found


@pytest.mark.parametrize(
    ("gathered", "fires"),
    [
        ("纠集王建峰盗窃", True),  # after a word that gathers accomplices, as after a role word: any one character
        ("纠集王建国盗窃", False),
        ("纠集王建峰、孙立盗窃", False),  # a list after it names people of their own (雇请刘某、肖某（均已另案判刑）)
    ],
)
def test_x4_a_co_defendant_misspelt_after_a_word_that_gathers_accomplices(gathered: str, fires: bool) -> None:
    facts = f"伙同同案被告人王建国（已判刑）窃得他人手机一部，价值人民币2000元。次日，被告人甲某又{gathered}未果"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["同案被告人姓名前后写法不一致：王建国／王建峰。"] if fires else []), found


@pytest.mark.parametrize(
    ("listed", "later", "found"),
    [
        # the second name of the list after the role word, misspelt once in a later sentence (李建军 / 李建君)
        ("赵某某、李建军", "次日，由李建君将手机卖出，", ["同案被告人姓名前后写法不一致：李建军／李建君。"]),
        ("赵某某、李建军", "次日，由李建军将手机卖出，", []),
        # two people one list names, one character apart: not a slip, though one is written once
        ("李建军、李建君", "次日，由李建军、李建军将手机卖出，", []),
        # a name of two characters and a longer one of the list that opens like it: not a slip either
        ("李敏、李明华", "次日，由李敏、李敏将手机卖出，", []),
    ],
)
def test_x4_the_names_of_a_list_after_the_role_word(listed: str, later: str, found: list[str]) -> None:
    """同案被告人赵某某、钱建国、孙立的供述: each name of the list is a co-defendant's."""
    facts = f"伙同他人窃得他人手机一部，价值人民币2000元。{later}有同案被告人{listed}的供述等证据证实"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [a.name for a in j.accomplices] == [n for n in listed.split("、") if "某" not in n]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


@pytest.mark.parametrize(
    ("evidence", "found"),
    [
        # each written once, each listed with 孙立: 国 and 果 sound alike, so the later is a slip of the earlier
        ("王建果、孙立", ["同案被告人姓名前后写法不一致：王建国／王建果。"]),
        ("王建国、孙立", []),
        # 国 and 军 do not sound alike: two people as likely as one
        ("王建军、孙立", []),
        # listed with nobody the other is listed with
        ("王建果、赵海", []),
    ],
)
def test_x4_a_co_defendant_misspelt_in_a_list_with_the_same_partner(evidence: str, found: list[str]) -> None:
    """同案被告人王建国、孙立 in the facts and 同案被告人王建果、孙立的供述 in the evidence: each name written once, but each
    listed beside the same co-defendant, and the character that differs sounds alike."""
    facts = (f"伙同同案被告人王建国、孙立（均已判刑）窃得他人手机一部，价值人民币2000元。"
             f"有同案被告人{evidence}的供述等证据证实")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


@pytest.mark.parametrize(("evidence", "found"), [
    ("王建果", ["同案被告人姓名前后写法不一致：王建国／王建果。"]),
    ("王建国", []),
    ("王建军", []),  # 军 sounds nothing like 国: two people as likely as one
])
def test_x4_a_co_defendant_of_the_facts_misspelt_only_in_the_evidence(evidence: str, found: list[str]) -> None:
    """伙同王建国（同案被告人，已判刑） in the facts and 同案被告人王建果的供述 in the evidence they list: each written
    once, the later only in the evidence, the character that differs sounding alike."""
    facts = f"伙同王建国（同案被告人，已判刑）窃得他人手机一部，价值人民币2000元。有同案被告人{evidence}的供述等证据证实"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


@pytest.mark.parametrize(("listed", "found"), [
    ("钱远珊", ["被害人姓名前后写法不一致：钱远山／钱远珊。"]),
    ("钱远山", []),
])
def test_x4_a_victim_misspelt_at_the_end_of_a_list_that_runs_on(listed: str, found: list[str]) -> None:
    """窃得被害人孙文涛、钱远珊放在… where the evidence names 钱远山: the list runs on into the next word, and the name
    there is a slip of the one the text writes elsewhere."""
    facts = f"窃得被害人孙文涛、{listed}放在桌上的手机各一部，价值人民币2000元。有钱远山、孙文涛的陈述等证据证实"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert "钱远山" in j.victims
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


@pytest.mark.parametrize(
    ("facts", "accomplices", "found"),
    [
        # noted as at large or tried elsewhere, with no role word: 伙同钱一鸣（在逃）
        ("伙同郑海涛（在逃）窃得他人手机一部，价值人民币2000元。次日，郑海滔将手机卖出", [("郑海涛", "另案处理")],
         ["同案人姓名前后写法不一致：郑海涛／郑海滔。"]),
        ("伙同郑海涛（在逃）窃得他人手机一部，价值人民币2000元。次日，郑海涛将手机卖出", [("郑海涛", "另案处理")], []),
        # （刑拘在逃）, （另行处理）: dealt with elsewhere too
        ("伙同郑海涛（刑拘在逃）窃得他人手机一部，价值人民币2000元。次日，郑海滔将手机卖出", [("郑海涛", "另案处理")],
         ["同案人姓名前后写法不一致：郑海涛／郑海滔。"]),
        ("伙同郑海涛（另行处理）窃得他人手机一部，价值人民币2000元", [("郑海涛", "另案处理")], []),
        # noted as tried with this case (同案被告人，已判刑), of a surname that opens words too (花)
        ("邀约花立舟（同案被告人，已判刑）窃得他人手机一部，价值人民币2000元。次日，甲某纠集花立州将手机卖出",
         [("花立舟", "同案被告人")], ["同案被告人姓名前后写法不一致：花立舟／花立州。"]),
        # after a word of recruiting: 纠集郑海涛（在逃）
        ("纠集郑海涛（在逃）窃得他人手机一部，价值人民币2000元。次日，甲某指使郑海滔将手机卖出", [("郑海涛", "另案处理")],
         ["同案人姓名前后写法不一致：郑海涛／郑海滔。"]),
        # a surname surnames.txt leaves out (房屋), after the role word twice: a name all the same
        ("伙同同案被告人房志远（已判刑）窃得他人手机一部，价值人民币2000元。次日，房志源将手机卖出。有同案被告人房志远的供述",
         [("房志远", "同案被告人")], ["同案被告人姓名前后写法不一致：房志远／房志源。"]),
        # once, it may be words
        ("伙同他人窃得他人手机一部，价值人民币2000元。有同案被告人房志远的供述", [], []),
        # the surname 丁, which a pseudonym's 丁 (王某丁) never opens
        ("伙同同案被告人丁建龙（已判刑）窃得他人手机一部，价值人民币2000元。次日，丁建龙将手机卖出，赃款由丁建龙花用。有同案被告人丁键龙的供述",
         [("丁建龙", "同案被告人")], ["同案被告人姓名前后写法不一致：丁建龙／丁键龙。"]),
    ],
)
def test_x4_a_co_offender_found_without_a_known_surname_or_a_role_word(
    facts: str, accomplices: list[tuple[str, str]], found: list[str]
) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.name, a.role) for a in j.accomplices] == accomplices
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


@pytest.mark.parametrize(("joined", "found"), [
    ("甲某与钟讯", ["同案被告人姓名前后写法不一致：钟迅／钟讯。"]),
    ("甲某与钟迅", []),
    ("甲某与钟军", []),  # 军 sounds nothing like 迅: another person as likely as a slip
])
def test_x4_a_co_defendant_s_name_of_two_joined_to_a_known_name_by_yu(joined: str, found: list[str]) -> None:
    """纠集钟迅（同案被告人，已判刑）… 后甲某与钟讯跑出: a name of two after another name the document knows and 与 may
    differ from the co-defendant's by a character that sounds alike."""
    facts = f"纠集钟迅（同案被告人，已判刑）窃得他人手机一部，价值人民币2000元。后{joined}跑出商店，由钟迅将手机卖出"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [a.name for a in j.accomplices] == ["钟迅"]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == found


def test_x4_a_name_of_a_list_that_runs_on_is_no_slip() -> None:
    """同案被告人钱海、钱生元到火车站: 钱生元 runs on into 到, so it is not read; its first two characters are no
    spelling of 钱海 (a rule that reads a run-on name after the role word itself does not reach into the list)."""
    facts = "纠集同案被告人钱海、钱生元到火车站窃得他人手机一部，价值人民币2000元。同案被告人钱海供述"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.name, a.name_variants) for a in j.accomplices] == [("钱海", ())]
    assert not [f for f in run_checks([j]) if f.rule == "X4"]


def test_x4_a_slip_that_opens_with_the_defendant_s_shorter_alias() -> None:
    """被告人王建国（又名王建）… 王建果: an alias shorter than the name, at the start of the slip, is no other person."""
    text = (TEMPLATE.format(**BASE).replace("甲某", "王建国").replace("被告人王建国，男", "被告人王建国（又名王建），男", 1)
            .replace("本院认为，", "次日，由王建果将手机卖出。本院认为，"))  # fmt: skip
    j = extract(text)
    assert j.defendants[0].aliases == ("王建",) and j.defendants[0].name_variants == ("王建果",)
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == ["被告人姓名前后写法不一致：王建国／王建果。"]


_TWO = (TEMPLATE.format(**BASE).replace(
    "被告人甲某，男", "被告人乙甲，男，1991年1月1日出生，汉族，初中文化，无业。因本案于2019年12月2日被刑事拘留，同年12月6日被取保候审。"
    " 被告人甲某，男", 1).replace("起诉书指控被告人甲某犯", "起诉书指控被告人甲某、乙甲犯"))


@pytest.mark.parametrize(
    ("told", "withdrawn"),
    [
        ("", False),
        ("审理中，某某区人民检察院于2020年3月20日决定撤回对被告人乙甲的起诉，本院于2020年3月25日裁定准许。", True),
        ("审理中，公诉机关以证据发生变化为由，对被告人乙甲撤回起诉，本院裁定予以准许。", True),
        ("本院裁定准许某某区人民检察院撤回对被告人甲某、乙甲的起诉。", False),  # 甲某 is judged: not this document's
        ("审理中，公诉机关对被告人乙甲的起诉予以撤回，本院已另行裁定准许。", True),
        ("审理中，某某区人民检察院申请撤回对被告人乙甲的起诉，本院裁定不准许撤回起诉。", False),  # refused: to be decided
        ("审理中，某某区人民检察院撤回对被告人乙甲盗窃罪中一起事实的指控。", False),  # a part of the charge only
    ],
)
@pytest.mark.parametrize("reasoning", [False, True])
def test_x2_a_header_defendant_whose_charge_was_withdrawn(
    told: str, withdrawn: bool, reasoning: bool
) -> None:
    """A header defendant the result deals with nowhere, whose charge the prosecution withdrew with the
    court's leave (撤回对被告人乙甲的起诉, 本院裁定准许; 关于被告人乙甲，公诉机关已撤回起诉…本判决不再处理): not a defendant
    left without a result; still one where the withdrawal was refused or of part of the charge."""
    text = _TWO.replace("向本院提起公诉。", f"向本院提起公诉。{told}")
    if reasoning and told:
        text = text.replace("本院认为，", "本院认为，关于被告人乙甲，公诉机关已撤回起诉并经本院裁定准许，本判决不再处理。"
                            if withdrawn else "本院认为，")
    j = extract(text)
    assert j.header_defendants == ("乙甲", "甲某") and [d.name for d in j.defendants] == ["甲某"]
    assert j.withdrawn == (("乙甲",) if withdrawn else ())
    for k in range(len(j.withdrawn)):
        p = j.span(f"withdrawn[{k}]")
        assert p is not None and "撤" in p.text and text[p.start : p.end] == p.text
    found = [f.message for f in run_checks([j]) if f.rule == "X2"]
    assert found == ([] if withdrawn else ["首部列明的被告人乙甲在判决主文中没有处理结果。"]), found


def test_x2_a_withdrawal_told_in_the_reasoning_only() -> None:
    """关于被告人乙甲，公诉机关已撤回起诉并经本院裁定准许，本判决不再处理: the withdrawal the reasoning tells."""
    text = _TWO.replace("本院认为，", "本院认为，关于被告人乙甲，公诉机关已撤回起诉并经本院裁定准许，本判决不再处理。")
    j = extract(text)
    assert j.withdrawn == ("乙甲",)
    assert [f.message for f in run_checks([j]) if f.rule == "X2"] == []


@pytest.mark.parametrize(("short", "header", "result"), [
    ("赛某", "被告人SAI KHAM（中文译名赛某，以下简称赛某）", "被告人赛某（SAI KHAM）"),
    ("阮某", "被告人NGUYEN VAN AN（阮某）", "被告人阮某"),
    ("阮某", "被告人阮某（NGUYEN VAN AN）", "被告人NGUYEN VAN AN（阮某）"),
    ("阮某", "被告人阮某", "被告人NGUYEN VAN AN（阮某）"),
    ("阮某", "被告人NGUYEN VAN AN（译名：阮某）", "被告人阮某（NGUYEN VAN AN）"),
    ("岩某", "被告人岩某（音译）", "被告人岩某（音译）"),
])
def test_x2_a_foreign_name_and_its_rendering_are_one_person(short: str, header: str, result: str) -> None:
    """A foreigner's name in Latin letters and its Chinese rendering in brackets, in either order, in the
    header and in the result: one person, whose header facts are theirs, named as the rendering. The result's
    bracket hid the sentence (no defendant), and the header's bare （阮某） was not read as the name (two X2)."""
    text = TEMPLATE.format(**BASE).replace("甲某", short)
    text = text.replace(f"被告人{short}，男", f"{header}，男").replace(f"判决如下： 被告人{short}犯", f"判决如下： {result}犯")
    j = extract(text)
    assert [(d.name, d.gender, d.birth_date, d.detained_on, d.verdict.term_months) for d in j.defendants] == [
        (short, "男", "1990-01-01", "2019-12-02", 6)]
    assert j.header_defendants == (short,)
    assert [f.message for f in run_checks([j]) if f.rule in ("X2", "X4")] == []


@pytest.mark.parametrize(("header", "result"), [
    ("叶某兰．哈某木", "叶某兰．哈某木"),  # a full-width dot: kept as written, not folded into "."
    ("艾某•吐某•买某", "艾某·吐某·买某"),  # dotted otherwise in the result: one name
])
def test_x2_a_name_with_dots_is_read_as_written(header: str, result: str) -> None:
    text = TEMPLATE.format(**BASE).replace("甲某", header)
    text = text.replace(f"判决如下： 被告人{header}犯", f"判决如下： 被告人{result}犯")
    j = extract(text)
    assert [(d.name, d.birth_date) for d in j.defendants] == [(header, "1990-01-01")]
    assert j.header_defendants == (header,)
    assert [f.message for f in run_checks([j]) if f.rule in ("X2", "X4")] == []


@pytest.mark.parametrize(("header", "result", "fires"), [("王某", "王某1", True), ("王某1", "王某1", False)])
def test_x2_a_numbered_name_is_another_person(header: str, result: str, fires: bool) -> None:
    """Documents number people of one surname apart (王某1, 王某2): 王某1 in the result is not the header's 王某."""
    text = TEMPLATE.format(**BASE).replace("甲某", header).replace(f"判决如下： 被告人{header}犯",
                                                                   f"判决如下： 被告人{result}犯")
    j = extract(text)
    assert [d.name for d in j.defendants] == [result if fires else header]
    found = [f.message for f in run_checks([j]) if f.rule == "X2"]
    assert found == (["首部列明的被告人王某在判决主文中没有处理结果。", "判决主文对王某1作出处理，但首部未列明该被告人。"]
                     if fires else [])


@pytest.mark.parametrize(("said", "fires"), [("林墨辩称", True), ("林默辩称", False), ("林又辩称", False),
                                             # after a conjunction opening a clause, a character that sounds alike
                                             ("本院还认为，且林墨曾因犯罪被判刑，", True),
                                             ("本院还认为，且林又曾因犯罪被判刑，", False)])
def test_x4_a_two_character_name_where_a_clause_opens(said: str, fires: bool) -> None:
    """A name of two characters misspelt where a clause opens with an appeal or a plea (…。林墨辩称…)."""
    text = TEMPLATE.format(**{**BASE, "extra": f"{said}其系初犯，请求从轻处罚。"}).replace("甲某", "林默")
    j = extract(text)
    assert j.defendants[0].name == "林默"
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["被告人姓名前后写法不一致：林默／林墨。"] if fires else [])


@pytest.mark.parametrize(("said", "fires"), [("伙同郑彬", True), ("伙同郑滨", True), ("伙同郑兵", False)])
def test_x4_a_two_character_name_after_huotong(said: str, fires: bool) -> None:
    """伙同 opens a name as a clause does: a co-offender's name of two with a character that sounds alike."""
    facts = f"被告人甲某与郑斌（另案处理）窃得他人手机一部，价值人民币2000元。次日，被告人甲某{said}将手机卖出"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == ([f"同案人姓名前后写法不一致：郑斌／{said[2:]}。"] if fires else []), found


@pytest.mark.parametrize(("name", "said", "fires"), [
    ("柯小平", "柯少平", True), ("柯小平", "柯小萍", True), ("柯小平", "柯大平", False),
    ("柯海波", "柯海坡", True),  # 波/坡 look alike (look_alike.tsv)
    ("柯海金", "柯海全", True),  # 金/全 too
])
def test_x4_a_given_name_s_character_that_looks_alike_inside_a_sentence(name: str, said: str, fires: bool) -> None:
    """小/少 look alike (look_alike.tsv); 萍 sounds like 平. 大 does neither: another person may be meant."""
    text = TEMPLATE.format(**{**BASE, "extra": f"虽然{said}有坦白情节，但不足以从轻处罚。"}).replace("甲某", name)
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X4"]
    assert found == ([f"被告人姓名前后写法不一致：{name}／{said}。"] if fires else []), found


@pytest.mark.parametrize(("name", "said", "fires"), [
    ("韦炳青", "韦丙青", True),  # a stem of the sequence (甲乙丙…) inside a name: a slip all the same
    ("吉克木呷", "吉克木甲", True),  # at the end of a name of four with no 某
    ("韦青", "韦甲", False),  # a masked name of two (韦甲) is somebody else's
    ("韦青", "韦某", False),
])
def test_x4_a_slip_to_a_character_masked_names_use(name: str, said: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": f"被告人{said}到案后如实供述，可从轻处罚。"}).replace("甲某", name)
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X4"]
    assert found == ([f"被告人姓名前后写法不一致：{name}／{said}。"] if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("钱雅文", True), ("钱雅美", False)])
def test_x4_the_two_characters_of_a_given_name_swapped(said: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": f"本院还认为，被告人{said}系初犯，可酌情从轻处罚。"}).replace("甲某", "钱文雅")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X4"]
    assert found == ([f"被告人姓名前后写法不一致：钱文雅／{said}。"] if fires else []), found


@pytest.mark.parametrize(("name", "said", "fires"), [
    ("栗长江", "粟长江", True),  # a surname that looks alike, anywhere before the rest of a name of three
    ("栗长江", "李长江", True),  # one that sounds alike
    ("栗长江", "贾长江", False),
    ("栗亮", "粟亮", True),  # of a name of two, where a clause opens
    ("栗亮", "贾亮", False),
])
def test_x4_a_surname_that_looks_or_sounds_alike(name: str, said: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": f"{said}系初犯，可酌情从轻处罚。"}).replace("甲某", name)
    j = extract(text)
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == ([f"被告人姓名前后写法不一致：{name}／{said}。"] if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("赵姗姗", True), ("赵珊姗", True), ("赵姗珊", True), ("赵美美", False)])
def test_x4_both_characters_of_a_given_name_that_sound_alike(said: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": f"{said}系初犯，可酌情从轻处罚。"}).replace("甲某", "赵珊珊")
    j = extract(text)
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == ([f"被告人姓名前后写法不一致：赵珊珊／{said}。"] if fires else []), found


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("2008年8月26日因犯盗窃罪被某县人民法院判处有期徒刑一年六个月，2007年12月17日刑满释放", True),
        ("2008年8月26日因犯盗窃罪被某县人民法院判处有期徒刑一年六个月，2009年12月17日刑满释放", False),
        # the day of an appeal's judgment, after a term served in custody before it
        ("因犯盗窃罪于2008年8月26日被某市中级人民法院二审判处有期徒刑十个月（刑期自2007年2月18日起至2007年12月17日止）",
         False),
    ],
)
def test_x6_a_prior_served_before_it_was_judged(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].priors[0].release_date is not None
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某前罪判决日期2008-08-26晚于其刑满释放日期2007-12-17。"] if fires else [])


@pytest.mark.parametrize(("served", "said"), [
    ("2008年5月24日入某省某监狱服刑", "入监服刑日期2008-05-24"),
    ("2008年9月24日入某省某监狱服刑", None),
    ("2008年7月12日减为有期徒刑三年", "减刑日期2008-07-12"),
])
def test_x6_a_prior_whose_term_the_header_says_began_before_it_was_judged(served: str, said: str | None) -> None:
    prior = f"2008年8月26日因犯盗窃罪被某县人民法院判处有期徒刑三年六个月，{served}"
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1))
    assert j.defendants[0].priors[0].date == "2008-08-26"
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([f"被告人甲某前罪判决日期2008-08-26晚于其{said}。"] if said else []), found


@pytest.mark.parametrize(("acted", "priors", "act_days"), [
    ("2008年10月9日", 1, ["2008-10-09"]),
    ("2008年3月9日", 1, ["2008-03-09"]),
    ("2008年10月9日", 2, [None, None]),  # of two priors, which one is not told
])
def test_x6_a_prior_s_crime_the_facts_say_it_was_convicted_for(acted: str, priors: int, act_days: list) -> None:
    """…，后因此被判刑: the facts tell the crime of the one prior without its release, and say it was convicted for it."""
    prior = "2008年8月26日因犯故意伤害罪被某县人民法院判处有期徒刑一年，2009年8月25日刑满释放。"
    prior += "2012年1月5日因犯盗窃罪被某县人民法院判处拘役三个月。" if priors == 2 else ""
    told = f"另查明，{acted}，被告人甲某持刀追砍乙某，后因此被判刑。"
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}", 1).replace(" 本院认为", f"{told} 本院认为", 1)
    j = extract(text)
    assert [p.act_day for p in j.defendants[0].priors] == act_days
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    late = act_days[0] == "2008-10-09"
    assert found == (["被告人甲某前罪判决日期2008-08-26早于查明事实所述该前罪的行为日期2008-10-09。"] if late else []), found


@pytest.mark.parametrize(("birth", "fires"), [("1998年5月1日", True), ("1998年2月1日", False)])
def test_e8_a_recidivist_whose_prior_the_facts_tell_done_under_eighteen(birth: str, fires: bool) -> None:
    """The prior judged at eighteen (2016年8月26日) for a crime the facts tell done on 2016年3月9日, before the
    defendant's eighteenth birthday: 刑法65 excepts it, and the reasoning finds 累犯."""
    prior = "2016年8月26日因犯故意伤害罪被某县人民法院判处有期徒刑一年，2017年8月25日刑满释放"
    told = "另查明，2016年3月9日，被告人甲某因琐事与他人发生争执致一人轻伤，被判处有期徒刑一年，2017年8月25日刑满释放。"
    over = dict(birth=birth, extra="被告人甲某系累犯，依法应当从重处罚。")
    text = TEMPLATE.format(**{**BASE, **over}).replace("无业。", f"无业。{prior}。", 1).replace(" 本院认为", f"{told} 本院认为", 1)
    j = extract(text)
    assert j.defendants[0].recidivist and [p.act_day for p in j.defendants[0].priors] == ["2016-03-09"]
    found = [f.message for f in run_checks([j]) if f.rule == "E8"]
    assert found == (["被告人甲某被认定为累犯，但其前罪实施时（2016-03-09）其不满十八周岁，系未成年时所犯，依刑法第六十五条不构成"
                      "累犯。"] if fires else []), found


@pytest.mark.parametrize(("acted", "fires"), [("2008年3月9日", False), ("2008年10月9日", True)])
def test_x6_a_prior_judged_before_the_day_the_facts_tell_its_crime(acted: str, fires: bool) -> None:
    """The facts tell the prior's crime with its sentence and release (…，被判处有期徒刑一年，2009年8月25日刑满释放):
    its header's day of judgment, 2008年8月26日, comes after the crime; not a retelling of the conviction's own day."""
    prior = "2008年8月26日因犯故意伤害罪被某县人民法院判处有期徒刑一年，2009年8月25日刑满释放"
    told = f"另查明，{acted}，被告人甲某因琐事与他人发生争执致一人轻伤，被判处有期徒刑一年，2009年8月25日刑满释放。"
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1).replace(" 本院认为", f"{told} 本院认为", 1)
    j = extract(text)
    assert [p.act_day for p in j.defendants[0].priors] == [f"2008-{acted[5:].split('月')[0].zfill(2)}-09"]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某前罪判决日期2008-08-26早于查明事实所述该前罪的行为日期2008-10-09。"] if fires else []), found
    retold = text.replace(told, "另查明，被告人甲某于2008年8月26日因犯故意伤害罪被某县人民法院判处有期徒刑一年，2009年8月25日刑满释放。")
    assert [p.act_day for p in extract(retold).defendants[0].priors] == [None]


@pytest.mark.parametrize(("second", "said"), [
    ("2012年4月23日减为有期徒刑十八年", None),
    ("2010年4月23日减为有期徒刑十八年", "前罪减刑日期2010-04-23早于在其之前所述的减刑日期2011-07-12"),
    ("2008年4月23日减为有期徒刑十八年", "前罪判决日期2008-08-26晚于其减刑日期2008-04-23"),
])
def test_x6_a_prior_s_term_cut_out_of_order_after_a_semicolon(second: str, said: str | None) -> None:
    """The header tells what was done to a prior's term clause by clause after its judgment (；减为…；减为…): each
    clause is the prior's, and their days follow one another."""
    prior = (f"2008年8月26日因犯故意杀人罪被某市中级人民法院判处死刑，缓期二年执行，2008年9月24日入某省某监狱服刑；"
             f"2011年7月12日减为无期徒刑；{second}，刑期至2025年2月12日止")
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1))
    assert j.defendants[0].priors[0].text.endswith("2025年2月12日止。") and len(j.defendants[0].priors) == 1
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([f"被告人甲某{said}。"] if said else []), found


@pytest.mark.parametrize(("prior", "fires"), [
    ("2015年3月1日因犯掩饰、隐瞒犯罪所得罪被某县人民法院判处有期徒刑一年", True),  # one selective charge
    ("2015年3月1日因犯盗窃罪、诈骗罪被某县人民法院判处有期徒刑一年", False),  # two: the term may be a joined one
])
def test_e10_unfound_from_the_term_of_a_selective_charge(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    found = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert len(found) == fires and all("判决未认定累犯" in m for m in found), found


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("2015年3月1日因犯盗窃罪被某县人民法院判处有期徒刑一年", True),  # served by 2016-03-01, within five years
        ("2014年11月1日因犯盗窃罪被某县人民法院判处有期徒刑一年", False),  # released maybe before 2014-12-01
        ("2017年3月1日因犯盗窃罪被某县人民法院判处有期徒刑三年", False),  # maybe not served by the offence
        ("2015年3月1日因犯盗窃罪被某县人民法院判处有期徒刑一年，后被减刑", False),  # its end is not the term's
    ],
)
def test_e10_unfound_from_a_prior_s_date_and_term(prior: str, fires: bool) -> None:
    """No release date told: a term of one conviction ends between its judgment and the judgment plus the term, so a
    crime after the latter and within five years of the former was committed within five years of the release."""
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].priors[0].release_date is None and not j.defendants[0].recidivist
    found = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert found == (["被告人甲某曾因盗窃罪被判处有期徒刑，2016-03-01之前（2015-03-01判处1年）刑满释放，五年内又犯应当判处"
                      "有期徒刑以上刑罚之罪，判决未认定累犯，请核实。"] if fires else [])


def test_e10_unfound_where_the_sentence_is_suspended() -> None:
    """A suspended sentence is still 有期徒刑 (刑法65's 应当判处有期徒刑以上刑罚); the 缓刑 a recidivist may not have
    (刑法74) is named in the lead."""
    prior = "2015年3月1日因犯盗窃罪被某县人民法院判处有期徒刑一年"
    text = TEMPLATE.format(**{**BASE, "sentence": "有期徒刑六个月，缓刑一年，并处罚金人民币二千元"})
    j = extract(text.replace("无业。", f"无业。{prior}。", 1))
    assert j.defendants[0].verdict.probation_months == 12
    found = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert found == ["被告人甲某曾因盗窃罪被判处有期徒刑，2016-03-01之前（2015-03-01判处1年）刑满释放，五年内又犯应当判处"
                     "有期徒刑以上刑罚之罪，判决未认定累犯，并宣告缓刑（对累犯不适用缓刑），请核实。"], found


@pytest.mark.parametrize(
    ("charge", "article", "day", "fires"),
    [
        ("强制猥亵妇女罪", "二百三十七", "2019年12月1日", True),  # 取消 by 补充规定（六）, in force from 2015-11-01
        ("强制猥亵妇女罪", "二百三十七", "2014年12月1日", False),  # conduct before it: the name of the law applied
        ("侮辱尸体罪", "三百零二", "2019年12月1日", False),  # a part of the current name too
    ],
)
def test_e17_a_cancelled_charge_name_for_later_conduct(charge: str, article: str, day: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "charge": charge, "article": article, "facts": "实施了犯罪行为", "reason": ""})
    j = extract(text.replace("经审理查明，2019年12月1日", f"经审理查明，{day}"))
    assert j.defendants[0].charges == (charge,)
    found = [f.message for f in run_checks([j]) if f.rule == "E17"]
    assert found == ([f"判决认定被告人甲某犯{charge}，该罪名已由两高补充规定（六）取消（2015-11-01起施行），行为发生于其后"
                      "（2019-12-01），应为“强制猥亵、侮辱罪”或其选择性罪名。"] if fires else [])


@pytest.mark.parametrize(("day", "fires"), [("2019年12月1日", True), ("2014年12月1日", False)])
def test_e17_a_cancelled_charge_name_the_reasoning_concludes(day: str, fires: bool) -> None:
    """The outcome names the standard charge, the reasoning the name 补充规定（六） cancelled from 2015-11-01."""
    text = TEMPLATE.format(**{**BASE, "charge": "强制猥亵、侮辱罪", "article": "二百三十七", "facts": "实施了犯罪行为",
                              "reason": ""})
    text = text.replace("其行为已构成强制猥亵、侮辱罪", "其行为已构成强制猥亵妇女罪")
    j = extract(text.replace("经审理查明，2019年12月1日", f"经审理查明，{day}"))
    found = [f.message for f in run_checks([j]) if f.rule == "E17"]
    assert found == (["本院认为部分认定被告人甲某犯强制猥亵妇女罪，该罪名已由两高补充规定（六）取消（2015-11-01起施行），"
                      "行为发生于其后（2019-12-01），应为“强制猥亵、侮辱罪”。"] if fires else []), found


@pytest.mark.parametrize(("said", "fires"), [("100万余元", True), ("10万余元", False)])
def test_x3_the_stakes_restated(said: str, fires: bool) -> None:
    """A gambling case's stakes (投注, 赌资) are its crime amount: restated ten times larger in the reasoning, X3."""
    over = dict(charge="赌博罪", article="三百零三", sentence="有期徒刑六个月，并处罚金人民币二千元",
                facts="以营利为目的，为他人“六合彩”赌博活动提供投注服务，共接受他人投注人民币10万余元",
                reason=f"以营利为目的，以“六合彩”为赌博方式，接受他人投注{said}，情节严重，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(a.section, a.role) for a in j.amounts] == [("facts", "gambling"), ("reasoning", "gambling")]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["本院认为部分认定的数额100万余元与经审理查明的数额（合计100000元）不一致。"] if fires else [])


@pytest.mark.parametrize(
    ("header", "second", "fires"),
    [
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "2019年12月10日，被告人甲某又窃得他人电动车一辆", True),
        # the place held now, with no date, starts or ends nothing
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。现羁押于某某看守所。", "2019年12月10日，被告人甲某又窃得他人电动车一辆",
         True),
        # released on bail before the second theft
        ("因本案于2019年12月2日被刑事拘留，同年12月5日被取保候审，同年12月16日被逮捕。",
         "2019年12月10日，被告人甲某又窃得他人电动车一辆", False),
        # a day after the custody that tells no act: the car's appraisal
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "2019年12月10日，经鉴定，被盗电动车价值人民币800元", False),
        # an act of a sexual crime (强行与…发生性关系, 奸淫, 猥亵) is an act too
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "2019年12月10日凌晨，被告人甲某欲强行与被害人乙某发生性关系",
         True),
        # so is a threat (要挟), in a sentence that also tells the couple's background (恋爱)
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "2019年12月10日，被告人甲某割伤自己手腕要挟乙某继续保持恋爱关系",
         True),
    ],
)
def test_x6_held_on_the_day_of_a_later_act(header: str, second: str, fires: bool) -> None:
    """Held from the 刑事拘留 with no release, yet the facts tell a theft of theirs days later: a warning."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元。{second}"})
    text = text.replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", header)
    j = extract(text)
    assert j.defendants[0].last_act_day == ("2019-12-10" if "被告人甲某" in second else "2019-12-01")
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([("warning", "被告人甲某自2019-12-02起被羁押，查明事实却记载其于2019-12-10实施犯罪。")] if fires else [])


@pytest.mark.parametrize(
    ("acted", "caught", "times"),
    [
        ("14时许", "当日13时30分许", ("14:00", "13:30")),
        ("14时许", "当日15时30分许", ("14:00", "15:30")),
        ("下午2时许", "当日下午1时", ("14:00", "13:00")),
        ("晚上9时许", "当日20时", ("21:00", "20:00")),
        ("凌晨2时许", "当日8时", ("02:00", "08:00")),
        ("", "当日13时30分许", (None, "13:30")),  # no time told of the act: nothing to compare
    ],
)
def test_x6_caught_on_the_day_of_the_act_at_an_earlier_hour(acted: str, caught: str, times: tuple) -> None:
    """The capture (投案, 抓获) told on the day of the act at an hour before the act's: the times of day are read
    (``last_act_at``, ``captured_at``) and X6 warns where the capture's comes first."""
    facts = f"窃得他人手机一部，价值人民币2000元。{caught}，被告人甲某被公安民警抓获"
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}).replace("经审理查明，2019年12月1日，", f"经审理查明，2019年12月1日{acted}，"))
    d = j.defendants[0]
    assert (d.last_act_day, d.captured_on, d.last_act_at, d.captured_at) == ("2019-12-01", "2019-12-01", *times)
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    earlier = None not in times and times[1] < times[0]
    assert found == ([f"被告人甲某被抓获（归案）时间2019-12-01 {times[1]}早于查明事实所述其当日{times[0]}实施的犯罪。"]
                     if earlier else []), found


@pytest.mark.parametrize(("caught", "fires"), [("2020年5月3日", True), ("2019年12月2日", False)])
def test_x6_a_date_of_the_facts_after_the_judgment(caught: str, fires: bool) -> None:
    """A day the facts tell (here the capture, 另查明…被抓获) after the judgment date: an error."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元。另查明，被告人甲某于{caught}被抓获"})
    j = extract(text)
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([("error", "查明事实所述日期2020-05-03晚于裁判日期2020-04-01。")] if fires else [])


@pytest.mark.parametrize(("day", "shown"), [
    ("2020年12月1日", "2020-12-01"), ("2019年12月1日", None),
    # a month or a year whose first day is after the judgment's
    ("2020年12月", "2020-12"), ("2021年", "2021"), ("2020年4月", None), ("2020年", None),
])
def test_x6_a_date_of_the_prosecution_s_account_the_facts_adopt_after_the_judgment(day: str, shown: str | None) -> None:
    """经审理查明，公诉机关指控的事实清楚: the facts are the prosecution's account, and its day is theirs."""
    text = TEMPLATE.format(**{**BASE, "facts": "公诉机关指控的事实清楚，证据确实、充分"}).replace(
        "于2020年3月1日向本院提起公诉。", f"于2020年3月1日向本院提起公诉。公诉机关指控，{day}，被告人甲某窃得他人手机一部，价值人民币2000元。")
    j = extract(text)
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([("error", f"查明事实所述日期{shown}晚于裁判日期2020-04-01。")] if shown else []), found


@pytest.mark.parametrize(
    ("day", "amount", "fires"),
    [
        ("2019年12月1日", "49900", True),  # under the 2016 interpretation's 6万 (2 × 贪污's 3万)
        ("2019年12月1日", "69900", False),
        ("2015年12月1日", "49900", False),  # before 2016-04-18 (第二十条): the earlier, lower figures held
    ],
)
def test_e4_a_stated_level_under_the_2016_figures(day: str, amount: str, fires: bool) -> None:
    """职务侵占 数额较大 starts at 6万 for conduct from the 2016 贪污贿赂解释 on (第十一条, 施行 2016-04-18)."""
    text = TEMPLATE.format(**{**BASE, "charge": "职务侵占罪", "article": "二百七十一",
                              "facts": f"利用担任公司出纳的职务便利，将公司货款人民币{amount}元非法占为己有",
                              "reason": "利用职务上的便利，将本单位财物非法占为己有，数额较大，",
                              "sentence": "有期徒刑六个月，并处罚金人民币一万元"})
    text = text.replace("经审理查明，2019年12月1日", f"经审理查明，{day}")
    j = extract(text)
    assert j.total_crime_amount_yuan == int(amount) and j.amount_level_stated == "较大"
    found = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert len(found) == fires and all("未达全国标准数额较大的最低标准60000元" in m for m in found), found


@pytest.mark.parametrize(("bail", "credit", "fires"), [
    ("12月31日", "三十日", False), ("12月31日", "二十九日", False), ("12月21日", "三十日", True),
])
def test_e7_a_printed_credit_unlike_the_custody_the_header_tells(bail: str, credit: str, fires: bool) -> None:
    """Held from 2019-12-02 to the bail, arrested again 2020-03-01: the term note's credit is those days (29, or 30
    counting both ends); bailed 12-21 instead, the header tells 20 days, not the 30 the note prints."""
    end = "2020年8月1日" if credit == "三十日" else "2020年8月2日"
    text = TEMPLATE.format(**{**BASE, "start": "2020年3月1日", "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。",
        f"因本案于2019年12月2日被刑事拘留，同年{bail}被取保候审，2020年3月1日被逮捕。").replace(
        "羁押一日折抵刑期一日，", f"羁押一日折抵刑期一日，折抵先行羁押的{credit}，")
    j = extract(text)
    assert j.defendants[0].verdict.custody_credit_days == (30 if credit == "三十日" else 29)
    found = [f.message for f in run_checks([j]) if f.rule == "E7" and "刑期括注" in f.message]
    assert found == (["被告人甲某刑期括注折抵先行羁押30日，而首部所载其在2020-03-01之前被羁押20日（2019-12-02至2019-12-21）。"]
                     if fires else []), found


@pytest.mark.parametrize(("end", "fires"), [("2020年8月31日", True), ("2020年8月1日", False), ("2020年8月2日", False)])
@pytest.mark.parametrize(("arrested", "since"), [("，2020年3月1日被逮捕", "再次羁押之日"), ("", "")])
def test_e7_a_term_from_a_re_arrest_or_the_judgment_s_execution_must_credit_the_custody_before_bail(
    end: str, fires: bool, arrested: str, since: str
) -> None:
    """Held 2019-12-02 to 12-31, bailed, and arrested again 2020-03-01 or out on bail to the judgment; six months from
    the re-arrest or from the judgment's execution (2020-03-01) end on 2020-08-31 only when the 30 days held before
    were not credited (legal-rules B.4, case 2)."""
    text = TEMPLATE.format(**{**BASE, "start": "2020年3月1日", "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。",
        f"因本案于2019年12月2日被刑事拘留，同年12月31日被取保候审{arrested}。")
    got = [f for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert [f.message for f in got] == ([
        f"被告人甲某刑期自{since}2020-03-01起算至2020-08-31止，未折抵此前先行羁押的30日（2019-12-02至2019-12-31），"
        "折抵后应至2020-08-01止。"] if fires else [])


@pytest.mark.parametrize("end", ["2020年6月28日", "2020年6月26日"])
def test_e7_reports_the_end_the_printed_credit_leads_to(end: str) -> None:
    """刑事拘留 3月4日, 取保候审 the next day, 逮捕 4月1日; 拘役三个月 from 4月1日 with the note's 先行羁押的二日已予折抵
    ends on 6月28日. An end two days before that is two days early, not four from the plain end (6月30日), and the
    finding cannot say that no credit is stated."""
    text = TEMPLATE.format(**{**BASE, "sentence": "拘役三个月，并处罚金人民币二千元", "start": "2020年4月1日", "end": end})
    text = text.replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。",
                        "因本案于2020年3月4日被刑事拘留，次日被取保候审，同年4月1日被逮捕。")
    text = text.replace(f"{end}止。", f"{end}止，先行羁押的二日已予折抵。")
    got = [(f.message, f.data) for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert got == ([] if end == "2020年6月28日" else [(
        "被告人甲某刑期3个月自2020-04-01起算，折抵判决载明的先行羁押2日，应至2020-06-28止，判决写明至2020-06-26止，相差2日。",
        {"start": "2020-04-01", "end": "2020-06-26", "expected_end": "2020-06-28", "days_off": -2,
         "credit_days": 2},
    )]), got


@pytest.mark.parametrize(
    ("end", "fires"),
    [("2020年8月31日", True), ("2020年8月1日", False), ("2020年7月31日", False)],
)
def test_e7_a_start_back_dated_to_the_first_custody_with_an_end_that_credits_nothing(end: str, fires: bool) -> None:
    """The same custody, the term printed from the first day held (2019-12-02): the end must carry the 60 days out
    on bail (2020-07-31, or 08-01 counted from the re-arrest with the 30 days credited), not six months from the
    re-arrest with nothing credited (2020-08-31), which the end of a term counted from that day had explained."""
    text = TEMPLATE.format(**{**BASE, "start": "2019年12月2日", "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。",
        "因本案于2019年12月2日被刑事拘留，同年12月31日被取保候审，2020年3月1日被逮捕。")
    assert bool([f for f in run_checks([extract(text)]) if f.rule == "E7"]) == fires


@pytest.mark.parametrize(
    ("custody", "sentence", "start", "end", "fires"),
    [
        # 管制 counted from the first day held, custody running to the judgment (2020-04-01): two days each
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "管制一年", "2019年12月2日", "2020年8月2日", False),
        ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "管制一年", "2019年12月2日", "2020年6月30日", True),
        # 指定居所监视居住 for 60 days before the detention: 30 days off a term counted from the detention
        ("因本案于2019年10月3日被指定居所监视居住，同年12月2日被刑事拘留，同年12月16日被逮捕。", "有期徒刑六个月",
         "2019年12月2日", "2020年5月2日", False),
        ("因本案于2019年10月3日被指定居所监视居住，同年12月2日被刑事拘留，同年12月16日被逮捕。", "有期徒刑六个月",
         "2019年12月2日", "2020年3月2日", True),
    ],
)
def test_e7_credits_guanzhi_two_for_one_and_designated_residence_one_for_two(
    custody: str, sentence: str, start: str, end: str, fires: bool
) -> None:
    """刑法第四十一条 (管制: one day held is two of the term) and 刑事诉讼法第七十六条 (指定居所监视居住: two days
    are one of 有期徒刑): ends that credit them so are no E7 (they were errors)."""
    text = TEMPLATE.format(**{**BASE, "sentence": sentence + "，并处罚金人民币二千元" if "有期" in sentence else sentence,
                              "start": start, "end": end}).replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody)
    if "管制" in sentence:
        text = text.replace("羁押一日折抵刑期一日", "羁押一日折抵刑期二日")
    got = [f.message for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert bool(got) == fires, got


_RESIDENCE_NOTE = "羁押一日折抵刑期一日；被留置的，留置一日折抵刑期一日；被指定居所监视居住的，指定居所监视居住二日折抵刑期一日"


def _with_residence(custody: str, sentence: str, start: str, end: str) -> list[tuple[str, str]]:
    """The E7 and X7 findings on the template with ``custody`` in its header and a term note that states the rate
    of 指定居所监视居住."""
    text = TEMPLATE.format(**{**BASE, "sentence": sentence, "start": start, "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody).replace("羁押一日折抵刑期一日", _RESIDENCE_NOTE)
    return [(f.rule, f.message) for f in run_checks([extract(text)]) if f.rule in ("E7", "X7")]


@pytest.mark.parametrize(
    ("end", "fires"),
    [("2021年4月24日", False), ("2021年4月25日", False), ("2021年4月9日", True), ("2021年5月9日", True)],
)
def test_e7_a_term_from_the_first_custody_carries_the_uncredited_half_of_designated_residence(
    end: str, fires: bool
) -> None:
    """留置 3月11日, 刑事拘留 6月10日, 指定居所监视居住 6月20日 to the arrest on 9月18日: 90 days, worth 45 of the
    term (刑事诉讼法第七十六条). 二年 printed from the first custody day runs 45 days past its plain end (2021-03-10),
    to 4月24日 (4月25日 counting the residence's last day too), as a start moved 45 days later would; 15 or 60 days
    past it is no such half."""
    custody = "因本案于2019年3月11日被留置，同年6月10日被刑事拘留，同年6月20日被指定居所监视居住，同年9月18日被逮捕。"
    got = _with_residence(custody, "有期徒刑二年，并处罚金人民币二千元", "2019年3月11日", end)
    assert [r for r, _ in got] == (["E7"] if fires else []), got


@pytest.mark.parametrize(("end", "fires"), [("2020年3月31日", False), ("2020年4月15日", True)])
def test_x7_a_start_on_the_first_day_of_designated_residence_before_the_custody(end: str, fires: bool) -> None:
    """指定居所监视居住 from 9月2日 to the 刑事拘留 on 11月1日 (60 days, 30 of them not credited): 六个月 from 9月2日 to
    次年3月31日 carries the uncredited half, so the start on the residence's first day is explained; an end 45 days
    late is neither that nor the plain one, and both E7 and X7 tell it."""
    custody = "因本案于2019年9月2日被指定居所监视居住，同年11月1日被刑事拘留，同年11月15日被逮捕。"
    got = _with_residence(custody, "有期徒刑六个月，并处罚金人民币二千元", "2019年9月2日", end)
    assert sorted(r for r, _ in got) == (["E7", "X7"] if fires else []), got


ROBBERY = dict(charge="抢劫罪", article="二百六十三", facts="持刀劫走他人手机一部", reason="以暴力手段劫取他人财物，")
THREE_YEARS = dict(sentence="有期徒刑三年，并处罚金人民币二千元", end="2022年12月1日")
TWO_YEARS = dict(sentence="有期徒刑二年，并处罚金人民币二千元", end="2021年12月1日")


@pytest.mark.parametrize(
    "over, fires",
    [
        ({**ROBBERY, **THREE_YEARS, "extra": "被告人甲某系从犯，依法予以减轻处罚。"}, True),  # 抢劫's floor is 3 years
        ({**ROBBERY, **TWO_YEARS, "extra": "被告人甲某系从犯，依法予以减轻处罚。"}, False),
        ({**ROBBERY, **THREE_YEARS, "extra": "被告人甲某系从犯，依法可以从轻或者减轻处罚。"}, False),  # not a decision
        ({**ROBBERY, **THREE_YEARS, "extra": "辩护人提出对其减轻处罚的意见，本院不予采纳。"}, False),
        # 盗窃's lowest bracket allows 拘役: only the amount gives a floor (20万元: 数额巨大, 3 to 10 years).
        ({"facts": "窃得他人现金人民币200000元", **THREE_YEARS, "extra": "被告人甲某有自首情节，对其减轻处罚。"}, True),
        ({"facts": "窃得他人现金人民币200000元", **TWO_YEARS, "extra": "被告人甲某有自首情节，对其减轻处罚。"}, False),
        ({"facts": "窃得他人现金人民币2000元", **TWO_YEARS, "extra": "被告人甲某有自首情节，对其减轻处罚。"}, False),
    ],
)
def test_mitigation_below_the_bracket(over: dict, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, **over})
    j = extract(text)
    assert j.defendants[0].counts[0].principal == "有期徒刑"
    e11 = [f for f in run_checks([j]) if f.rule == "E11"]
    assert [f.severity for f in e11] == (["warning"] if fires else [])
    if fires:
        assert [e.label for e in e11[0].evidence][:1] == ["本院认为"] and "减轻处罚" in e11[0].evidence[0].text
        assert all(text[e.start : e.end] == e.text for e in e11[0].evidence)
        assert e11[0].data["floor_months"] == 36


@pytest.mark.parametrize(
    "extra, fires",
    [
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，依法予以从轻处罚。", True),  # 从轻 only: not below 3 years
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，依法可以从轻或者减轻处罚。", False),
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，依法予以从轻处罚；对其减轻处罚。", False),
        # the ground answered otherwise, and 从轻 said of another circumstance (坦白)
        ("被告人甲某犯罪未遂，依法可以减轻处罚。被告人甲某能如实供述自己的罪行，依法可以从轻处罚。", False),
        ("被告人甲某系自首。", False),  # a ground the reasoning does not answer
        # the ground answered 减轻 in its own clause; the 酌情从轻 is the next clause's (退赔, 认罪态度), not the 自首's
        ("被告人甲某有自首情节，依法可以减轻处罚；其部分退赔被害单位损失，可酌情从轻处罚。", False),
        ("被告人甲某有自首情节，依法可以减轻处罚；其认罪态度较好，可酌情从轻处罚。", False),
        # an attempt answered 比照既遂犯从轻处罚 (not 从轻或者减轻)
        ("该系犯罪未遂，可比照既遂犯从轻处罚。", True),
        ("该系犯罪未遂，依法比照既遂犯予以从轻处罚。", True),
        ("该系犯罪未遂，可以比照既遂犯从轻或者减轻处罚。", False),
        # the court sums up the grounds and decides 从轻 (the 从轻 after the 自首 is the 退赃's), or 减轻
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，可以从轻或者减轻处罚。被告人甲某积极退赃，可以酌情从轻处罚。"
         "综上，决定对被告人甲某予以从轻处罚。", True),
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，可以从轻或者减轻处罚。被告人甲某积极退赃，可以酌情从轻处罚。"
         "综上，决定对被告人甲某予以减轻处罚。", False),
        ("被告人甲某犯罪后主动投案，如实供述自己的罪行，系自首，可以从轻或者减轻处罚。被告人甲某积极退赃，可以酌情从轻处罚。"
         "综上，可以对其从轻处罚。", False),  # the allowance, not a decision
    ],
)
def test_a_ground_answered_with_a_lighter_sentence_only_does_not_go_below_the_bracket(extra: str, fires: bool) -> None:
    e3 = _messages("E3", **ROBBERY, **TWO_YEARS, extra=extra)
    assert len(e3) == int(fires), e3
    ground = "未遂" if "未遂" in extra else "自首"
    assert all(f"（认定的{ground}仅予从轻处罚）" in m for m in e3)


ASSAULT_POLICE = dict(charge="袭警罪", article="二百七十七", facts="以暴力袭击正在依法执行职务的人民警察",
                      reason="暴力袭击正在依法执行职务的人民警察，", sentence="有期徒刑六个月")
EMBEZZLE = dict(charge="挪用资金罪", article="二百七十二", facts="利用职务便利挪用本单位资金人民币二千万元",
                reason="利用职务上的便利，挪用本单位资金，数额特别巨大，", sentence="有期徒刑十二年", end="2031年12月1日")


@pytest.mark.parametrize(
    "over, facts_day, judged, message",
    [
        # 袭警罪 exists from 2021-03-01 (修正案（十一））: conduct of 2019 cannot be convicted under it.
        (ASSAULT_POLICE, "2019年12月1日", "二〇二一年四月一日", "袭警罪自2021-03-01起施行"),
        (ASSAULT_POLICE, "2021年3月5日", "二〇二一年四月一日", None),
        # 挪用资金罪 went to 7 years and more in 2021; before, 10 years was the most.
        (EMBEZZLE, "2019年12月1日", "二〇二一年四月一日", "重于行为时挪用资金罪任何量刑幅度"),
        (EMBEZZLE, "2021年3月5日", "二〇二一年四月一日", None),
        ({**EMBEZZLE, "sentence": "有期徒刑八年", "end": "2027年12月1日"}, "2019年12月1日", "二〇二一年四月一日", None),
    ],
)
def test_law_in_force_when_the_conduct_ended(over: dict, facts_day: str, judged: str, message: str | None) -> None:
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日", f"经审理查明，{facts_day}")
    text = text.replace("二〇二〇年四月一日", judged)
    j = extract(text)
    assert j.judgment_date == "2021-04-01" and j.defendants[0].counts[0].charge == over["charge"]
    e18 = [f for f in run_checks([j]) if f.rule == "E18"]
    assert [f.severity for f in e18] == (["warning"] if message else [])
    if message:
        assert message in e18[0].message
        assert [e.label for e in e18[0].evidence][-1] == "查明事实日期" and e18[0].evidence[-1].text == facts_day
        assert all(text[e.start : e.end] == e.text for e in e18[0].evidence)


@pytest.mark.parametrize(
    "over, facts_from, facts_to, fires",
    [
        # told by month only, the capture the one whole day: the conduct ended by 2019-12-31, before 袭警罪 existed
        (ASSAULT_POLICE, "2019年11月至12月间", "", "2019-12-31"),
        # a whole day before 修正案（十一）, and the conduct told on by month after it: the later law may apply
        (EMBEZZLE, "2019年12月1日", "2021年3月间，被告人甲某又挪用本单位资金人民币五十万元。", None),
    ],
)
def test_e18_reads_the_conduct_to_the_last_day_its_dates_allow(
    over: dict, facts_from: str, facts_to: str, fires: str | None
) -> None:
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日", f"经审理查明，{facts_from}")
    text = text.replace(" 本院认为", f"{facts_to}2021年4月2日，被告人甲某被公安机关抓获。 本院认为", 1)
    text = text.replace("于2019年12月2日被刑事拘留，同年12月16日", "于2021年4月2日被刑事拘留，同年4月16日")
    j = extract(text.replace("二〇二〇年四月一日", "二〇二一年六月一日"))
    assert j.defendants[0].counts[0].charge == over["charge"] and j.offence_end in (None, "2019-12-01")
    e18 = [f for f in run_checks([j]) if f.rule == "E18"]
    assert [f.message.startswith(f"查明的事实均发生在{fires}或之前，") for f in e18] == ([True] if fires else [])
    if fires:
        assert e18[0].evidence[-1].label == "查明事实日期" and e18[0].evidence[-1].text == "12月"


EXTORT = dict(charge="敲诈勒索罪", article="二百七十四", facts="以揭发隐私相要挟，勒索被害人乙某人民币5000元",
              reason="以非法占有为目的，敲诈勒索他人财物，数额较大，")
SEIZE = dict(charge="职务侵占罪", article="二百七十一", facts="利用职务上的便利，将本单位财物人民币5万元非法占为己有",
             reason="利用职务上的便利，将本单位财物非法占为己有，数额较大，")


@pytest.mark.parametrize(
    "over, facts_day, fires",
    [
        # 修正案（八） (2011-05-01) added 罚金 to 敲诈勒索罪 and nothing lighter: the old law, without a fine, applies.
        (EXTORT, "2010年12月1日", True),
        (EXTORT, "2011年6月1日", False),
        ({**EXTORT, "sentence": "有期徒刑六个月"}, "2010年12月1日", False),
        # 修正案（十一） added 罚金 to 职务侵占罪 but lowered its first bracket to three years: it may apply whole.
        (SEIZE, "2019年12月1日", False),
    ],
)
def test_e18_a_fine_the_law_had_not_when_the_conduct_ended(over: dict, facts_day: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日", f"经审理查明，{facts_day}")
    j = extract(text)
    assert j.defendants[0].charges_standard == (over["charge"],)
    e18 = [f for f in run_checks([j]) if f.rule == "E18"]
    assert len(e18) == int(fires), [f.message for f in e18]
    if fires:
        assert "没有罚金刑" in e18[0].message and e18[0].severity == "warning"
        assert {"查明事实日期", "判决主文"} <= {e.label for e in e18[0].evidence}
        assert all(text[e.start : e.end] == e.text for e in e18[0].evidence)


def test_charge_differs_from_reasoning() -> None:
    text = TEMPLATE.format(**BASE).replace("判决如下： 被告人甲某犯盗窃罪", "判决如下： 被告人甲某犯抢夺罪")
    assert "X1" in {f.rule for f in run_checks([extract(text)])}


def _with_procedure(words: str, **over: str) -> str:
    return TEMPLATE.format(**{**BASE, **over}).replace("向本院提起公诉。", f"向本院提起公诉。本院依法{words}审理了本案。")


def _recommended(rec: str, said: str, **over: str) -> str:
    text = TEMPLATE.format(**{**BASE, **over})
    text = text.replace("向本院提起公诉。", f"向本院提起公诉，并建议{rec}。")
    return text.replace("其行为已构成盗窃罪。", f"其行为已构成盗窃罪。{said}")


@pytest.mark.parametrize(
    "rec, said, severity",
    [
        ("对被告人甲某判处有期徒刑八个月至一年", "公诉机关的量刑建议适当，本院予以采纳。", "error"),
        ("对被告人甲某判处有期徒刑八个月至一年", "被告人甲某认罪认罚。", "warning"),
        ("对被告人甲某判处有期徒刑八个月至一年", "对公诉机关量刑情节的建议，予以采纳。", "error"),  # named by what it weighs
        ("对被告人甲某判处有期徒刑八个月至一年", "公诉机关的量刑建议偏重，本院不予采纳。", None),
        ("对被告人甲某判处有期徒刑八个月至一年", "", None),  # neither adopted nor 认罪认罚: no lead
        ("对被告人甲某判处有期徒刑四个月至六个月", "公诉机关的量刑建议适当，本院予以采纳。", None),
        ("对被告人甲某判处一年以下有期徒刑", "公诉机关的量刑建议适当，本院予以采纳。", None),
    ],
)
def test_sentence_outside_the_recommendation(rec: str, said: str, severity: str | None) -> None:
    text = _recommended(rec, said)  # the sentence is 有期徒刑六个月
    e12 = [f for f in run_checks([extract(text)]) if f.rule == "E12"]
    assert [f.severity for f in e12] == ([severity] if severity else [])
    if e12:
        assert all(text[e.start : e.end] == e.text for e in e12[0].evidence)
        assert e12[0].evidence[0].label == "量刑建议"


@pytest.mark.parametrize("procedure, fires", [("适用速裁程序，公开开庭", True), ("适用简易程序，公开开庭", False)])
def test_e12_a_speedy_trial_is_an_agreed_recommendation(procedure: str, fires: bool) -> None:
    """速裁程序 needs the defendant's agreement to the recommendation (刑事诉讼法第二百二十二条): a sentence outside it
    is a departure even where the reasoning says neither 认罪认罚 nor that it adopts it."""
    text = _recommended("对被告人甲某判处有期徒刑八个月至一年", "").replace(
        "向本院提起公诉，", f"向本院提起公诉。本院依法{procedure}审理了本案。公诉机关")
    j = extract(text)
    assert "认罪认罚" not in j.defendants[0].circumstances and j.recommendations
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["适用速裁程序的案件中公诉机关建议有期徒刑8个月至1年，判决对被告人甲某判处有期徒刑6个月，"
                    "未见不采纳量刑建议的理由。"] if fires else [])


@pytest.mark.parametrize(
    "rec, detention, fires",
    [
        ("对被告人甲某判处三个月以下有期徒刑或者拘役", "五", True),  # 有期徒刑 starts at six months: the bound is 拘役's
        ("对被告人甲某判处三个月以下有期徒刑或者拘役", "三", False),
        ("对被告人甲某判处一年以下有期徒刑或者拘役", "五", False),  # any 拘役 is under a year
        # 有期徒刑 alone under a ceiling of the code's brackets (处一年以下有期徒刑、拘役…): a lighter kind is within it;
        # under a ceiling of the prosecutor's own, 或者拘役 is written where meant
        ("对被告人甲某判处一年以下有期徒刑", "五", False),
        ("对被告人甲某判处十个月以下有期徒刑", "五", True),
    ],
)
def test_detention_beyond_a_recommendation_of_months_or_detention(rec: str, detention: str, fires: bool) -> None:
    over = dict(sentence=f"拘役{detention}个月，并处罚金人民币二千元", end={"五": "2020年5月1日", "三": "2020年3月1日"}[detention])
    text = _recommended(rec, "公诉机关的量刑建议适当，本院予以采纳。", **over)
    assert ("E12" in {f.rule for f in run_checks([extract(text)])}) == fires


@pytest.mark.parametrize(
    "rec, sentence, given",
    [
        # the recommendation's 缓刑 and fine count too, when the court says it adopts it
        ("判处有期徒刑六个月，缓刑一年，并处罚金人民币二千元", "有期徒刑六个月，并处罚金人民币二千元", "未宣告缓刑"),
        ("判处有期徒刑六个月，不宜适用缓刑", "有期徒刑六个月，缓刑一年，并处罚金人民币二千元", "缓刑1年"),
        ("判处有期徒刑六个月，缓刑一年", "有期徒刑六个月，缓刑二年，并处罚金人民币二千元", "缓刑2年"),
        ("判处有期徒刑六个月，并处罚金人民币二千元", "有期徒刑六个月，并处罚金人民币二万元", "罚金20000元"),
        ("判处拘役三个月", "免予刑事处罚", "免予刑事处罚"),
        ("判处有期徒刑六个月，缓刑一年，并处罚金人民币二千元", "有期徒刑六个月，缓刑一年，并处罚金人民币二千元", None),
        ("判处有期徒刑六个月，可以适用缓刑", "有期徒刑六个月，并处罚金人民币二千元", None),  # may, not must
        ("判处有期徒刑六个月，并处罚金人民币一千元至三千元", "有期徒刑六个月，并处罚金人民币二千元", None),
        # a term and a 缓刑 both departed from: one finding, giving the whole of both
        ("判处拘役二个月，缓刑四个月，并处罚金人民币二千元", "有期徒刑六个月，缓刑一年，并处罚金人民币二千元",
         "（拘役2个月，缓刑4个月，并处罚金2000元），对被告人甲某却判处有期徒刑6个月，缓刑1年，并处罚金2000元。"),
    ],
)
def test_sentence_departs_from_the_recommended_probation_or_fine(rec: str, sentence: str, given: str | None) -> None:
    text = _recommended(f"对被告人甲某{rec}", "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence)
    e12 = [f for f in run_checks([extract(text)]) if f.rule == "E12"]
    assert [given in f.message for f in e12] == ([True] if given else []), [f.message for f in e12]


@pytest.mark.parametrize(("kind", "fires"), [("有期徒刑", True), ("拘役", False)])
def test_a_recommended_kind_without_a_term(kind: str, fires: bool) -> None:
    """建议判处拘役并处罚金: any term of 拘役; a sentence of 有期徒刑 departs from it."""
    text = _recommended(f"对被告人甲某判处{kind}，并处罚金", "公诉机关的量刑建议适当，本院予以采纳。",
                        sentence="拘役三个月，并处罚金人民币二千元", end="2020年3月1日")
    e12 = [f.message for f in run_checks([extract(text)]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑6个月至15年），对被告人甲某却判处拘役3个月。"]
                   if fires else []), e12


@pytest.mark.parametrize("theft, fires", [("有期徒刑六个月", False), ("有期徒刑一年", True)])
def test_a_recommendation_given_count_by_count_against_each_count(theft: str, fires: bool) -> None:
    """建议对被告人甲某所犯盗窃罪，判处…；犯诈骗罪，判处…: each count's range against that count's sentence, not the
    sentence executed."""
    sentence = ("有期徒刑六个月，并处罚金人民币二千元；犯诈骗罪，判处拘役三个月，并处罚金人民币一千元，"
                "决定执行有期徒刑六个月，并处罚金人民币三千元")  # fmt: skip
    text = _recommended(f"对被告人甲某所犯盗窃罪，判处{theft}，并处罚金人民币二千元；犯诈骗罪，判处拘役三个月",
                        "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence)
    j = extract(text)
    assert [(r.charge, r.defendants) for r in j.recommendations] == [("盗窃罪", ("甲某",)), ("诈骗罪", ("甲某",))]
    assert [c.charge for c in j.defendants[0].counts] == ["盗窃罪", "诈骗罪"]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（对盗窃罪判处有期徒刑1年），对被告人甲某所犯盗窃罪却判处有期徒刑6个月。"]
                   if fires else []), e12


@pytest.mark.parametrize("count, fires", [("有期徒刑九个月", False), ("有期徒刑一年", True)])
def test_recommendation_against_the_new_crimes_sentence_when_combined_with_an_earlier_one(count: str, fires: bool) -> None:
    """撤销缓刑，与前罪并罚: the recommendation (8 to 10 months) is for the new theft, not the 决定执行 sentence."""
    sentence = f"{count}，并处罚金人民币二千元；与前罪判处的有期徒刑一年并罚，决定执行有期徒刑一年六个月，并处罚金人民币二千元"
    text = _recommended("对被告人甲某判处有期徒刑八个月至十个月，并处罚金，撤销缓刑，与前罪数罪并罚",
                        "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence)
    e12 = [f for f in run_checks([extract(text)]) if f.rule == "E12"]
    assert bool(e12) == fires, [f.message for f in e12]
    if e12:
        assert "有期徒刑1年" in e12[0].message and e12[0].evidence[1].text.startswith(count)


@pytest.mark.parametrize("count, expected", [
    ("有期徒刑九个月", []),
    ("有期徒刑一年", ["判决称采纳公诉机关的量刑建议（有期徒刑9个月），对被告人甲某却判处有期徒刑1年。"]),
])
def test_a_recommendation_that_revokes_an_earlier_probation(count: str, expected: list[str]) -> None:
    """…判处有期徒刑九个月，撤销缓刑，与前罪数罪并罚: 撤销缓刑 revokes the earlier judgment's probation; it recommends
    none, so a sentence without 缓刑 keeps to it."""
    sentence = f"{count}，并处罚金人民币二千元；与前罪判处的有期徒刑一年并罚，决定执行有期徒刑一年六个月，并处罚金人民币二千元"
    text = _recommended("对被告人甲某判处有期徒刑九个月，撤销缓刑，与前罪数罪并罚",
                        "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence)
    j = extract(text)
    assert [(r.lo_months, r.probation) for r in j.recommendations] == [(9.0, None)]
    assert [f.message for f in run_checks([j]) if f.rule == "E12"] == expected


@pytest.mark.parametrize("term, fires", [("六个月", False), ("一年", True)])
def test_a_recommendation_told_after_its_name(term: str, fires: bool) -> None:
    """量刑建议为有期徒刑…: read (for the one defendant), and checked against the sentence the court says adopts it."""
    text = TEMPLATE.format(**BASE).replace(
        "向本院提起公诉。", f"向本院提起公诉。公诉机关认为，被告人甲某自愿认罪认罚，量刑建议为有期徒刑{term}，并处罚金。"
    ).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。公诉机关提出的量刑建议，本院予以采纳。")
    j = extract(text)
    months = {"六个月": 6.0, "一年": 12.0}[term]
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [(("甲某",), months)]
    e12 = [f.severity for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["error"] if fires else [])


@pytest.mark.parametrize("term, fires", [("六个月", False), ("十个月", True)])
def test_an_adjusted_recommendation_adopted(term: str, fires: bool) -> None:
    """The prosecutor adjusts the recommendation at trial and the court adopts the adjusted one: the sentence
    is checked against it, not the first (which the court found 明显不当)."""
    said = ("公诉机关原提出的量刑建议明显不当，依法告知公诉机关。公诉机关当庭调整量刑建议为：对被告人甲某判处有期徒刑"
            f"{term}，并处罚金人民币二千元。公诉机关调整后的量刑建议适当，本院予以采纳。")
    j = extract(_recommended("对被告人甲某判处有期徒刑一年，缓刑一年", said))
    assert j.recommendation_stance == "adopted"
    assert [(r.defendants, r.lo_months, r.probation) for r in j.recommendations] == [
        (("甲某",), {"六个月": 6.0, "十个月": 10.0}[term], None)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑10个月），对被告人甲某却判处有期徒刑6个月。"] if fires else []), e12


_TWO_ADJUSTED = (
    "某某市某某区人民法院 刑事判决书 （2023）闽0203刑初9号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1983年1月27日出生，汉族，初中文化。因涉嫌犯开设赌场罪于2022年11月9日被刑事拘留，同年11月22日被逮捕。 "
    "被告人乙某，男，1996年6月3日出生，汉族，中专文化。因涉嫌犯开设赌场罪于2022年11月9日被刑事拘留，同年11月22日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某犯开设赌场罪，于2023年2月27日向本院提起公诉。 "
    "公诉机关认为，被告人甲某、乙某的行为均已构成开设赌场罪。二被告人自愿认罪认罚，并签署了认罪认罚具结书。公诉机关建议对被告人"
    "甲某判处有期徒刑二年，并处罚金人民币二万元；建议对被告人乙某判处有期徒刑一年，缓刑一年六个月，并处罚金人民币一万元。 "
    "庭审中，被告人乙某退缴违法所得。公诉机关据此当庭调整对被告人乙某的量刑建议，建议判处其有期徒刑十个月，缓刑一年，并处罚金"
    "人民币八千元。 经审理查明的事实与公诉机关指控的事实一致。 "
    "本院认为，被告人甲某、乙某以营利为目的，开设赌场，其行为均已构成开设赌场罪。二被告人均自愿认罪认罚，可以依法从宽处理。"
    "公诉机关对被告人甲某的量刑建议及对被告人乙某调整后的量刑建议均适当，本院予以采纳。"
    "依照《中华人民共和国刑法》第三百零三条之规定，判决如下： "
    "一、被告人甲某犯开设赌场罪，判处有期徒刑{first}，并处罚金人民币二万元。 "
    "二、被告人乙某犯开设赌场罪，判处有期徒刑十个月，缓刑一年，并处罚金人民币八千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长丙某 二〇二三年四月十八日 书记员丁某"
)


@pytest.mark.parametrize("first, fires", [("二年", False), ("二年六个月", True)])
def test_an_adjusted_recommendation_for_one_defendant_of_two(first: str, fires: bool) -> None:
    """乙某's recommendation adjusted (…建议判处其…), 甲某's not, both adopted: each sentence against its own."""
    j = extract(_TWO_ADJUSTED.format(first=first))
    assert j.recommendation_stance == "adopted"
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [(("甲某",), 24.0), (("乙某",), 10.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑2年），对被告人甲某却判处有期徒刑2年6个月。"] if fires else []), e12


_ADJUSTED_NAMED = (
    "某某市某某区人民法院 刑事判决书 （2023）湘0104刑初77号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1990年2月3日出生，汉族，大专文化。因涉嫌犯掩饰、隐瞒犯罪所得罪于2023年4月3日被刑事拘留，同年5月9日被逮捕。 "
    "被告人乙某，女，1997年6月8日出生，汉族，初中文化。因涉嫌犯掩饰、隐瞒犯罪所得罪于2023年4月3日被刑事拘留，同年4月28日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某犯掩饰、隐瞒犯罪所得罪，于2023年7月4日向本院提起公诉。 "
    "公诉机关认为，二被告人自愿认罪认罚。公诉机关建议对被告人甲某判处有期徒刑一年二个月，并处罚金人民币一万元；对被告人乙某判处"
    "有期徒刑七个月，缓刑一年，并处罚金人民币四千元。 "
    "庭审中，被告人甲某退赔被害人损失。公诉机关据此{adjusts}有期徒刑一年，并处罚金人民币八千元。 "
    "经审理查明的事实与公诉机关指控的事实一致。 "
    "本院认为，被告人甲某、乙某明知是犯罪所得而予以转移，其行为均已构成掩饰、隐瞒犯罪所得罪。二被告人均自愿认罪认罚，可以依法从宽"
    "处理。公诉机关调整后的量刑建议及对被告人乙某的量刑建议适当，本院予以采纳。"
    "依照《中华人民共和国刑法》第三百一十二条第一款之规定，判决如下： "
    "一、被告人甲某犯掩饰、隐瞒犯罪所得罪，判处有期徒刑一年，并处罚金人民币八千元。 "
    "二、被告人乙某犯掩饰、隐瞒犯罪所得罪，判处有期徒刑{second}，缓刑一年，并处罚金人民币四千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员丙某 二〇二三年八月二十五日 书记员丁某"
)


@pytest.mark.parametrize("adjusts", ["当庭将对被告人甲某的量刑建议调整为", "对被告人甲某的量刑建议当庭调整为"])
@pytest.mark.parametrize("second, fires", [("七个月", False), ("九个月", True)])
def test_an_adjusted_recommendation_named_before_it(adjusts: str, second: str, fires: bool) -> None:
    """甲某's recommendation adjusted at trial, his name told before the 量刑建议 (…将对被告人甲某的量刑建议调整为有期
    徒刑一年…), 乙某's not, both adopted: 甲某's sentence against the adjusted one, 乙某's against her own."""
    j = extract(_ADJUSTED_NAMED.format(adjusts=adjusts, second=second))
    assert [(r.defendants, r.lo_months, r.fine_lo_yuan) for r in j.recommendations] == [
        (("乙某",), 7.0, 4000.0), (("甲某",), 12.0, 8000.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑7个月），对被告人乙某却判处有期徒刑9个月。"] if fires else []), e12


_ONE_OF_TWO_SENTENCED = (
    "某某市某某区人民法院 刑事判决书 （2021）湘0203刑初58号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1986年4月2日出生，汉族，初中文化。因涉嫌犯盗窃罪于2021年3月4日被刑事拘留，同年3月15日被逮捕。 "
    "被告人乙某，男，1993年7月9日出生，汉族，小学文化。因涉嫌犯盗窃罪于2021年3月4日被刑事拘留，同年3月15日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某犯盗窃罪，于2021年4月6日向本院提起公诉。 "
    "公诉机关认为，被告人甲某、乙某的行为已构成盗窃罪，二被告人均自愿认罪认罚，建议对被告人甲某判处有期徒刑七个月，并处罚金"
    "人民币四千元；对被告人乙某判处有期徒刑六个月，缓刑一年，并处罚金人民币三千元。 经审理查明的事实与公诉机关指控的事实一致。 "
    "本院认为，被告人甲某、乙某以非法占有为目的，秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。二被告人均自愿认罪认罚，"
    "可以依法从宽处理。公诉机关的量刑建议适当，本院予以采纳。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "被告人甲某犯盗窃罪，判处有期徒刑{term}，并处罚金人民币四千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员丙某 二〇二一年五月六日 书记员丁某"
)


@pytest.mark.parametrize("term, fires", [("七个月", False), ("八个月", True)])
def test_a_recommendation_for_a_header_defendant_the_result_leaves_out(term: str, fires: bool) -> None:
    """The result sentences 甲某 alone (乙某 has no line: X2): the recommendation naming 乙某 (有期徒刑六个月，缓刑一年)
    is his, not the only defendant's; 甲某's sentence is held to his own (有期徒刑七个月) only."""
    j = extract(_ONE_OF_TWO_SENTENCED.format(term=term))
    assert [d.name for d in j.defendants] == ["甲某"]
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [(("甲某",), 7.0), (("乙某",), 6.0)]
    found = run_checks([j])
    assert [f.message for f in found if f.rule == "X2"] == ["首部列明的被告人乙某在判决主文中没有处理结果。"]
    e12 = [f.message for f in found if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑7个月），对被告人甲某却判处有期徒刑8个月。"]
                   if fires else []), e12


_THREE_IN_ONE = (
    "某某市某某区人民法院 刑事判决书 （2023）鲁0615刑初77号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1989年3月2日出生，汉族，初中文化。因涉嫌犯盗窃罪于2023年8月3日被刑事拘留，同年9月8日被逮捕。 "
    "被告人乙某，男，1992年5月9日出生，汉族，小学文化。因涉嫌犯盗窃罪于2023年8月3日被刑事拘留，同年9月8日被逮捕。 "
    "被告人丙某，女，1998年6月2日出生，汉族，高中文化。因涉嫌犯盗窃罪于2023年8月4日被刑事拘留，同年9月8日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某、丙某犯盗窃罪，于2023年11月2日向本院提起公诉。 "
    "公诉机关认为，三被告人的行为均已构成盗窃罪；三被告人均自愿认罪认罚，建议判处被告人甲某有期徒刑二年，并处罚金人民币二万元；"
    "判处被告人乙某有期徒刑一年六个月，并处罚金人民币一万五千元；判处被告人丙某拘役五个月，缓刑八个月，并处罚金人民币五千元。 "
    "经审理查明的事实与公诉机关指控的事实一致。 "
    "本院认为，被告人甲某、乙某、丙某以非法占有为目的，入户盗窃他人财物，其行为均已构成盗窃罪。三被告人均自愿认罪认罚，可以依法"
    "从宽处理。公诉机关的量刑建议适当，本院予以采纳。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "一、被告人甲某犯盗窃罪，判处有期徒刑二年，并处罚金人民币二万元。 "
    "二、被告人乙某犯盗窃罪，判处有期徒刑{second}，并处罚金人民币一万五千元。 "
    "三、被告人丙某犯盗窃罪，判处拘役五个月，缓刑八个月，并处罚金人民币五千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长丁某 二〇二三年十二月十五日 书记员戊某"
)


@pytest.mark.parametrize("second, fires", [("一年六个月", False), ("一年十个月", True)])
def test_e12_each_defendants_recommendation_in_one_sentence(second: str, fires: bool) -> None:
    """建议判处被告人甲某…；判处被告人乙某…；判处被告人丙某…: every defendant's recommendation is read, so the
    second's sentence is held to his own."""
    j = extract(_THREE_IN_ONE.format(second=second))
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [
        (("甲某",), 24.0), (("乙某",), 18.0), (("丙某",), 5.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑1年6个月），对被告人乙某却判处有期徒刑1年10个月。"]
                   if fires else []), e12


_SOME_ADOPTED = (
    "某某市某某区人民法院 刑事判决书 （2023）浙0702刑初512号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1980年2月3日出生，汉族，初中文化。因涉嫌犯开设赌场罪于2023年8月22日被刑事拘留，同年9月26日被逮捕。 "
    "被告人乙某，男，1985年7月9日出生，汉族，高中文化。因涉嫌犯开设赌场罪于2023年8月22日被刑事拘留，同年9月26日被逮捕。 "
    "被告人丙某，男，1999年4月1日出生，汉族，初中文化。因涉嫌犯开设赌场罪于2023年8月22日被刑事拘留，同年9月26日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某、丙某犯开设赌场罪，于2023年11月6日向本院提起公诉。 "
    "公诉机关认为，三被告人的行为均已构成开设赌场罪；三被告人均自愿认罪认罚，对三被告人的量刑建议分别为：被告人甲某有期徒刑二年，"
    "并处罚金人民币三万元；被告人乙某有期徒刑一年，并处罚金人民币一万元；被告人丙某有期徒刑十个月，并处罚金人民币八千元。 "
    "经审理查明的事实与公诉机关指控的事实一致。 "
    "本院认为，被告人甲某、乙某、丙某以营利为目的，开设赌场，其行为均已构成开设赌场罪。三被告人均自愿认罪认罚，可以依法从宽处理。"
    "公诉机关对被告人甲某、乙某提出的量刑建议适当，本院予以采纳。被告人丙某仅受雇望风，且在本院审理期间退缴了全部违法所得，公诉"
    "机关对其提出的量刑建议明显不当，本院不予采纳。依照《中华人民共和国刑法》第三百零三条之规定，判决如下： "
    "一、被告人甲某犯开设赌场罪，判处有期徒刑二年，并处罚金人民币三万元。 "
    "二、被告人乙某犯开设赌场罪，判处有期徒刑{second}，并处罚金人民币一万元。 "
    "三、被告人丙某犯开设赌场罪，判处有期徒刑八个月，缓刑一年，并处罚金人民币八千元。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长丁某 二〇二三年十二月二十日 书记员戊某"
)


@pytest.mark.parametrize("second, fires", [("一年", False), ("一年三个月", True)])
def test_e12_each_defendants_own_stance(second: str, fires: bool) -> None:
    """The court adopts 甲某's and 乙某's recommendations and departs from 丙某's with its reason: a departure for
    乙某 is one from an adopted recommendation, 丙某's is not."""
    text = _SOME_ADOPTED.format(second=second)
    j = extract(text)
    assert [(d.name, d.recommendation_stance) for d in j.defendants] == [
        ("甲某", "adopted"), ("乙某", "adopted"), ("丙某", "rejected")]
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [
        (("甲某",), 24.0), (("乙某",), 12.0), (("丙某",), 10.0)]
    e12 = [f for f in run_checks([j]) if f.rule == "E12"]
    assert [f.message for f in e12] == (
        ["判决称采纳公诉机关的量刑建议（有期徒刑1年），对被告人乙某却判处有期徒刑1年3个月。"] if fires else [])
    # (the court's words on 乙某's own recommendation, not those on 丙某's)
    said = [e.start for f in e12 for e in f.evidence if e.label == "本院认为"]
    assert all(text.index("乙某提出的") < at < text.index("丙某仅受雇") for at in said) and len(said) == len(e12)


@pytest.mark.parametrize("said", ["公诉机关对被告人乙某、丙某的量刑建议适当，本院予以采纳。", "公诉机关的量刑建议适当，本院予以采纳。"])
def test_no_stance_of_a_defendant_recommended_nothing(said: str) -> None:
    """The prosecutor recommends sentences for 乙某 and 丙某, who plead guilty, and none for 甲某: whatever the
    court says of the recommendations is not said of a recommendation of 甲某's."""
    text = (_SOME_ADOPTED.format(second="一年")
            .replace("三被告人均自愿认罪认罚，对三被告人的量刑建议分别为：被告人甲某有期徒刑二年，并处罚金人民币三万元；",
                     "被告人乙某、丙某自愿认罪认罚，对二被告人的量刑建议分别为：")
            .replace("三被告人均自愿认罪认罚，可以依法从宽处理。", "被告人乙某、丙某自愿认罪认罚，可以依法从宽处理。")
            .replace("公诉机关对被告人甲某、乙某提出的量刑建议适当，本院予以采纳。", said)
            .replace("被告人丙某仅受雇望风，且在本院审理期间退缴了全部违法所得，公诉机关对其提出的量刑建议明显不当，本院不予采纳。", ""))
    j = extract(text)
    assert [r.defendants for r in j.recommendations] == [("乙某",), ("丙某",)]
    assert j.recommendation_stance == "adopted"
    assert [(d.name, d.recommendation_stance) for d in j.defendants] == [
        ("甲某", None), ("乙某", "adopted"), ("丙某", "adopted")]
    # a part recommending 甲某 a punishment the reading takes no term from: his recommendation all the same
    exempt = text.replace("被告人丙某有期徒刑十个月，并处罚金人民币八千元。",
                          "被告人丙某有期徒刑十个月，并处罚金人民币八千元；对被告人甲某免予刑事处罚。")
    j = extract(exempt)
    assert [r.defendants for r in j.recommendations] == [("乙某",), ("丙某",)]
    assert [d.recommendation_stance for d in j.defendants] == ["adopted"] * 3


@pytest.mark.parametrize("executed, fires", [("八个月", False), ("十个月", True)])
def test_e12_the_recommended_term_to_execute(executed: str, fires: bool) -> None:
    """以A罪判处…，以B罪判处…，决定执行…: the executed sentence is held to the recommended 决定执行, each count to its
    own."""
    rec = ("对被告人甲某以盗窃罪判处有期徒刑六个月，并处罚金人民币二千元，以诈骗罪判处拘役三个月，并处罚金人民币一千元，"
           "决定执行有期徒刑八个月，并处罚金人民币三千元")  # fmt: skip
    sentence = ("有期徒刑六个月，并处罚金人民币二千元；犯诈骗罪，判处拘役三个月，并处罚金人民币一千元，"
                f"决定执行有期徒刑{executed}，并处罚金人民币三千元")  # fmt: skip
    end = {"八个月": "2020年8月1日", "十个月": "2020年10月1日"}[executed]
    j = extract(_recommended(rec, "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence, end=end))
    assert [(r.charge, r.lo_months) for r in j.recommendations] == [("盗窃罪", 6.0), ("诈骗罪", 3.0), (None, 8.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑8个月），对被告人甲某却判处有期徒刑10个月。"] if fires else []), e12


@pytest.mark.parametrize("executed, fires", [("八个月", False), ("十个月", True)])
def test_e12_the_term_to_execute_recommended_alone(executed: str, fires: bool) -> None:
    """以A罪、B罪数罪并罚，决定执行…: a recommendation of the term to execute alone, held to the executed sentence."""
    sentence = ("有期徒刑六个月，并处罚金人民币二千元；犯诈骗罪，判处拘役三个月，并处罚金人民币一千元，"
                f"决定执行有期徒刑{executed}，并处罚金人民币三千元")  # fmt: skip
    end = {"八个月": "2020年8月1日", "十个月": "2020年10月1日"}[executed]
    j = extract(_recommended("对被告人甲某以盗窃罪、诈骗罪数罪并罚，决定执行有期徒刑八个月，并处罚金",
                             "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence, end=end))
    assert [(r.defendants, r.charge, r.lo_months) for r in j.recommendations] == [(("甲某",), None, 8.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["判决称采纳公诉机关的量刑建议（有期徒刑8个月），对被告人甲某却判处有期徒刑10个月。"] if fires else []), e12


@pytest.mark.parametrize("term, fires", [("六个月", False), ("一年", True)])
def test_e12_a_recommendation_told_after_a_colon(term: str, fires: bool) -> None:
    """公诉机关提出量刑建议：对被告人甲某判处…: read, and held to the sentence the court says adopts it."""
    text = TEMPLATE.format(**BASE).replace(
        "向本院提起公诉。", f"向本院提起公诉。公诉机关提出量刑建议：对被告人甲某判处有期徒刑{term}，并处罚金人民币二千元。"
    ).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。公诉机关的量刑建议适当，本院予以采纳。")
    j = extract(text)
    months = {"六个月": 6.0, "一年": 12.0}[term]
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [(("甲某",), months)]
    e12 = [f.severity for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == (["error"] if fires else [])


@pytest.mark.parametrize(
    "theft, executed, expected",
    [
        ("六个月", "八个月", []),
        ("六个月", "九个月", ["判决称采纳公诉机关的量刑建议（有期徒刑8个月），对被告人甲某却判处有期徒刑9个月。"]),
        ("七个月", "八个月", ["判决称采纳公诉机关的量刑建议（对盗窃罪判处有期徒刑6个月），对被告人甲某所犯盗窃罪却判处有期徒刑7个月。"]),
    ],
)
def test_e12_counts_recommended_apart_by_semicolons(theft: str, executed: str, expected: list[str]) -> None:
    """对被告人甲某以A罪判处…；以B罪判处…；决定执行…: the counts after a ；are the same recommendation's, so the
    first count's term is not taken for the whole sentence's; each count is held to its own and the executed
    sentence to the recommended 决定执行."""
    rec = ("对被告人甲某以盗窃罪判处有期徒刑六个月，并处罚金人民币二千元；以诈骗罪判处有期徒刑四个月，并处罚金人民币一千元；"
           "决定执行有期徒刑八个月，并处罚金人民币三千元")  # fmt: skip
    sentence = (f"有期徒刑{theft}，并处罚金人民币二千元；犯诈骗罪，判处有期徒刑四个月，并处罚金人民币一千元；"
                f"决定执行有期徒刑{executed}，并处罚金人民币三千元")  # fmt: skip
    end = {"八个月": "2020年8月1日", "九个月": "2020年9月1日"}[executed]
    j = extract(_recommended(rec, "公诉机关的量刑建议适当，本院予以采纳。", sentence=sentence, end=end))
    assert [(r.charge, r.lo_months, r.fine_lo_yuan) for r in j.recommendations] == [
        ("盗窃罪", 6.0, 2000.0), ("诈骗罪", 4.0, 1000.0), (None, 8.0, 3000.0)]
    e12 = [f.message for f in run_checks([j]) if f.rule == "E12"]
    assert e12 == expected, e12


@pytest.mark.parametrize(
    "told, said",
    [
        # the prosecutor's account only; and the court's words too
        ("被告人甲某当庭反悔，不再适用认罪认罚从宽制度，原量刑建议不再适用。", ""),
        ("被告人甲某当庭表示不再认罪认罚。", "被告人甲某虽签署认罪认罚具结书，但在庭审中撤回认罪认罚，依法不再适用认罪认罚从宽的规定，"
         "公诉机关原提出的量刑建议亦不再作为本案量刑的依据。"),
    ],
)
def test_a_withdrawn_plea_is_no_plea(told: str, said: str) -> None:
    """A defendant who signed the plea and withdrew it at trial has no 认罪认罚, and a sentence outside the
    recommendation made on the plea is no departure from an agreed one."""
    text = _recommended("对被告人甲某判处有期徒刑一年", said).replace(
        "向本院提起公诉，", "向本院提起公诉。被告人甲某在审查起诉阶段签署了认罪认罚具结书。" + told + "公诉机关")
    j = extract(text)
    assert "认罪认罚" not in j.defendants[0].circumstances
    assert [(c.defendant, c.negated) for c in j.circumstances if c.kind == "认罪认罚"] == [("甲某", True)]
    assert "E12" not in {f.rule for f in run_checks([j])}


@pytest.mark.parametrize(
    "told, negated",
    [
        ("庭审中被告人乙某当庭撤回认罪认罚。", [("甲某", False), ("乙某", True)]),  # the clause names whom
        ("被告人乙某在庭审中，撤回认罪认罚。", [("甲某", False), ("乙某", True)]),  # the sentence names whom
        ("庭审中二被告人均撤回认罪认罚。", [("甲某", True), ("乙某", True)]),  # the sentence before names both
    ],
)
def test_a_plea_withdrawn_by_one_defendant_of_two(told: str, negated: list[tuple[str, bool]]) -> None:
    """被告人甲某、乙某均签署…具结书，庭审中乙某撤回认罪认罚: 乙某's plea is withdrawn, not 甲某's, whom the sentence
    names before."""
    from fayan.nlp.circumstances import CircumstanceHit
    from fayan.pipelines.assemble import _withdrawn_pleas

    text = "被告人甲某、乙某均签署了认罪认罚具结书" + ("，" if told.startswith("庭审") else "。") + told
    found = [CircumstanceHit("认罪认罚", n, 3, 5, False) for n in ("甲某", "乙某")]
    got = _withdrawn_pleas(text, len(text), ["甲某", "乙某"], found)
    assert {c.defendant: c.negated for c in got if c.kind == "认罪认罚"} == dict(negated)


@pytest.mark.parametrize(
    "article, prior, reason, fires",
    [
        ("三百四十七", "2015年1月1日因犯贩卖毒品罪被判处有期徒刑一年。", "", True),
        ("三百四十七", "", "被告人甲某系毒品再犯，应当从重处罚。", True),
        ("三百四十七条、第三百五十六", "2015年1月1日因犯贩卖毒品罪被判处有期徒刑一年。", "被告人甲某系毒品再犯，应当从重处罚。", False),
        # 356 cited, but the reasoning does not find what it applies
        ("三百四十七条、第三百五十六", "2015年1月1日因犯贩卖毒品罪被判处有期徒刑一年。", "", True),
        ("三百四十七条、第三百五十六", "2015年1月1日因犯贩卖毒品罪被判处有期徒刑一年。",
         "被告人甲某曾因贩卖毒品被判过刑又犯本罪的，系再犯，依法从重处罚。", False),
        ("三百四十七", "2015年1月1日因犯盗窃罪被判处有期徒刑一年。", "", False),  # a prior, but not a drug crime
        ("三百四十七", "", "", False),
        # 毒品再犯 found where the header's one prior is no drug crime; a prior whose charge names a drug may be one
        ("三百四十七条、第三百五十六", "2015年1月1日因犯非法拘禁罪被判处有期徒刑一年。", "被告人甲某系毒品再犯，应当从重处罚。", True),
        ("三百四十七条、第三百五十六", "2015年1月1日因犯容留他人吸毒罪被判处有期徒刑一年。", "被告人甲某系毒品再犯，应当从重处罚。",
         False),
    ],
)
def test_drug_reoffence(article: str, prior: str, reason: str, fires: bool) -> None:
    drug = dict(charge="贩卖毒品罪", facts="以100元的价格向他人贩卖甲基苯丙胺0.5克", reason="贩卖毒品，",
                extra=reason, article=article)  # fmt: skip
    text = TEMPLATE.format(**{**BASE, **drug}).replace("无业。因本案", f"无业。{prior}因本案")
    j = extract(text)
    assert j.defendants[0].charges_standard == ("走私、贩卖、运输、制造毒品罪",)
    assert [p.charge for p in j.defendants[0].priors] == re.findall(r"犯(\S+?罪)", prior)
    assert ("毒品再犯" in j.defendants[0].circumstances) == bool(reason)
    e20 = [f for f in run_checks([j]) if f.rule == "E20"]
    assert bool(e20) == fires, [f.message for f in e20]
    if e20:
        assert e20[0].severity == "warning" and all(text[e.start : e.end] == e.text for e in e20[0].evidence)


_UNDISCOVERED = (
    "某某市某某区人民法院 刑事判决书 （2022）苏0105刑初88号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1988年5月6日出生，汉族，初中文化，无业。{prior}因涉嫌犯容留他人吸毒罪于2022年2月10日被刑事拘留，"
    "同年3月1日被逮捕。 某某区人民检察院以起诉书指控被告人甲某犯容留他人吸毒罪，于2022年4月1日向本院提起公诉。 "
    "经审理查明：2020年6月8日、7月19日，被告人甲某先后两次在其租住房内容留他人吸食甲基苯丙胺。{found} "
    "本院认为，被告人甲某提供场所容留他人吸食毒品，其行为已构成容留他人吸毒罪。{extra}"
    "依照《中华人民共和国刑法》第三百五十四条、第三百五十七条{articles}之规定，判决如下： "
    "被告人甲某犯容留他人吸毒罪，判处有期徒刑八个月，并处罚金人民币三千元{joined}。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇二二年五月十日 书记员丙某"
)
_SERVING = "2021年1月15日因犯{charge}被某某市某某区人民法院判处有期徒刑五年，并处罚金人民币一万元，现在某某监狱服刑。"
_SERVED = "2019年1月15日因犯贩卖毒品罪被某某市某某区人民法院判处有期徒刑六个月，同年7月14日刑满释放。"
_ART70 = dict(
    extra="被告人甲某在判决宣告以后，刑罚执行完毕以前，发现其在判决宣告以前还有其他罪没有判决，应当数罪并罚。",
    articles="、第七十条、第六十九条",
    joined="；与前罪判处的有期徒刑五年，并处罚金人民币一万元并罚，决定执行有期徒刑五年四个月，并处罚金人民币一万三千元",
)


@pytest.mark.parametrize(
    "prior, found, art70, fires",
    [
        # 容留 of 2020, 贩卖毒品 judged in 2021: no 被判过刑，又犯 (刑法356), by the dates alone
        (_SERVING.format(charge="贩卖毒品罪"), "", False, False),
        # and joined to it as a 漏罪 (刑法70), where a discovery date of the facts comes after that judgment
        (_SERVING.format(charge="贩卖毒品罪"), "2021年12月，公安机关在侦办他人吸毒案件中发现上述事实。", True, False),
        (_SERVING.format(charge="贩卖毒品罪"), "", True, False),
        (_SERVED, "", False, True),  # judged and served before the acts: a 毒品再犯
        # the 漏罪 of a 盗窃 judged in 2021, beside a 贩卖毒品 served before the acts: a 毒品再犯 still
        (_SERVED + _SERVING.format(charge="盗窃罪"), "", True, True),
    ],
    ids=["judged-after", "art70-found-later", "art70", "served-before", "art70-other-prior"],
)
def test_no_drug_reoffence_for_acts_before_the_drug_judgment(
    prior: str, found: str, art70: bool, fires: bool
) -> None:
    """刑法356 needs the drug crime after the earlier drug conviction: acts that predate its judgment (a 漏罪
    joined to it under 刑法70) make no 毒品再犯, and the missing 356 is no lead."""
    parts = _ART70 if art70 else dict(extra="", articles="", joined="")
    j = extract(_UNDISCOVERED.format(prior=prior, found=found, **parts))
    assert j.defendants[0].verdict.with_earlier_judgment == art70
    e20 = [f.message for f in run_checks([j]) if f.rule == "E20"]
    assert bool(e20) == fires, e20


@pytest.mark.parametrize(
    "facts, extra, fires",
    [
        ("以6000元的价格向他人贩卖甲基苯丙胺60克", "", True),  # 数量大 (≥ 50 g): fifteen years or more
        ("以6000元的价格向他人贩卖甲基苯丙胺15克", "", True),  # 数量较大 (≥ 10 g): seven years or more
        ("以500元的价格向他人贩卖甲基苯丙胺5克", "", False),
        ("以6000元的价格向他人贩卖甲基苯丙胺60克", "被告人甲某系从犯，依法应当减轻处罚。", False),  # a mitigating ground
        # two drugs: 折算 is not done, but the other can only add: 60 g alone reaches 数量大
        ("以6000元的价格向他人贩卖甲基苯丙胺60克、海洛因5克", "", True),
        ("以6000元的价格向他人贩卖甲基苯丙胺8克、海洛因5克", "", False),  # only the two together might reach 10 g
    ],
)
def test_drug_quantity_bracket(facts: str, extra: str, fires: bool) -> None:
    drug = dict(charge="贩卖毒品罪", facts=facts, reason="贩卖毒品，", extra=extra, article="三百四十七",
                sentence="有期徒刑一年，并处罚金人民币二千元", end="2020年12月1日")  # fmt: skip
    text = TEMPLATE.format(**{**BASE, **drug})
    j = extract(text)
    # the silent cases are silent for the reason named, not because nothing was read
    drugs = {m.drug: float(m.grams) for m in j.drugs}
    assert drugs == dict((d, float(g)) for d, g in re.findall(r"(甲基苯丙胺|海洛因)(\d+)克", facts))
    assert ("从犯" in j.defendants[0].circumstances) == bool(extra)
    e4 = [f for f in run_checks([j]) if f.rule == "E4"]
    assert bool(e4) == fires, [f.message for f in e4]
    if e4:
        assert e4[0].severity == "warning" and "甲基苯丙胺" in e4[0].message
        assert all(text[e.start : e.end] == e.text for e in e4[0].evidence)
        assert "查明数量" in [e.label for e in e4[0].evidence]
    # the catalogue names the comparison under E20 too (drug quantity against the 2016 table): the same finding
    assert [f.message for f in run_checks([j]) if f.rule == "E20"] == [f.message for f in e4]


@pytest.mark.parametrize(("grams", "fires"), [("60", True), ("5", False)])
def test_drug_quantity_bracket_of_the_drug_count_beside_another(grams: str, fires: bool) -> None:
    """One defendant's counts of theft and of selling drugs: the drugs weighed are the drug count's."""
    facts = f"窃得他人手机一部，价值人民币2000元。同日，被告人甲某以6000元的价格向他人贩卖甲基苯丙胺{grams}克"
    text = TEMPLATE.format(**{**BASE, "facts": facts, "article": "二百六十四条、第三百四十七"}).replace(
        "被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。",
        "被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元；犯贩卖毒品罪，判处有期徒刑一年，并处罚金人民币二千元，"
        "决定执行有期徒刑一年三个月，并处罚金人民币四千元。").replace("构成盗窃罪。", "构成盗窃罪、贩卖毒品罪。")
    j = extract(text)
    assert [c.charge for c in j.defendants[0].counts] == ["盗窃罪", "贩卖毒品罪"]
    found = [f.message for f in run_checks([j]) if f.rule == "E20"]
    assert found == ([f"查明甲基苯丙胺{grams}克，已达第3档（鸦片一千克以上、海洛因或者甲基苯丙胺五十克以上或者其他毒品数量大；毒品集团的首要"
                      "分子；武装掩护；以暴力抗拒检查、拘留、逮捕，情节严重；参与有组织的国际贩毒活动），被告人甲某却被判处有期徒刑1年，"
                      "属较低量刑幅度，且未见减轻处罚情节。"] if fires else []), found


@pytest.mark.parametrize(
    "charge, article, facts, sentence, fires",
    [
        # 3.82 g: at most 三年 (情节严重 七年); 八年 lies only in 数量较大's bracket, which only the quantity reaches
        ("贩卖毒品罪", "三百四十七", "向他人贩卖甲基苯丙胺3.82克", "有期徒刑八年", True),
        ("贩卖毒品罪", "三百四十七", "向他人贩卖甲基苯丙胺3.82克", "有期徒刑六年", False),  # 情节严重 allows it
        # 十五年 is also 数量大's bracket, which 武装掩护 or a 首要分子 reach without the quantity
        ("贩卖毒品罪", "三百四十七", "向他人贩卖甲基苯丙胺3.82克", "有期徒刑十五年", False),
        ("非法持有毒品罪", "三百四十八", "非法持有甲基苯丙胺33.76克", "有期徒刑八年", True),
        ("非法持有毒品罪", "三百四十八", "非法持有甲基苯丙胺33.76克", "有期徒刑二年", False),
        # below 数量较大 非法持有 is no crime
        ("非法持有毒品罪", "三百四十八", "非法持有甲基苯丙胺6.76克", "有期徒刑一年", True),
    ],
)
def test_drug_sentence_only_a_larger_quantity_allows(charge: str, article: str, facts: str, sentence: str, fires: bool) -> None:
    over = dict(charge=charge, facts=facts, reason="", article=article, sentence=f"{sentence}，并处罚金人民币二千元")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.drug == "甲基苯丙胺" and float(j.drug_grams) == float(re.search(r"[\d.]+", facts).group())
    got = {f.rule for f in run_checks([j]) if "克" in f.message and f.rule in ("E4", "E20")}
    assert got == ({"E4", "E20"} if fires else set())


@pytest.mark.parametrize(
    "charge, article, facts, sentence, message",
    [
        # 3.82 g of 甲基苯丙胺 and 50 g of 氯胺酮 are 38.2 % and 50 % of 数量较大 (10 g, 100 g): 88.2 % together
        ("贩卖毒品罪", "三百四十七", "向他人贩卖甲基苯丙胺3.82克及氯胺酮50克", "有期徒刑八年",
         "查明甲基苯丙胺至多3.82克（标准10克）、氯胺酮至多50克（标准100克），按数量较大的标准折算合计仅为其88.2%，"
         "未达第2档（鸦片二百克以上不满一千克、海洛因或者甲基苯丙胺十克以上不满五十克或者其他毒品数量较大），"
         "被告人甲某却以走私、贩卖、运输、制造毒品罪被判处有期徒刑8年。"),
        ("贩卖毒品罪", "三百四十七", "向他人贩卖甲基苯丙胺3.82克及氯胺酮80克", "有期徒刑八年", None),  # 118.2 %
        ("非法持有毒品罪", "三百四十八", "非法持有甲基苯丙胺6.76克及氯胺酮20克", "有期徒刑一年",
         "查明甲基苯丙胺至多6.76克（标准10克）、氯胺酮至多20克（标准100克），按数量较大的标准折算合计仅为其87.6%，"
         "未达定罪数量，被告人甲某却以非法持有毒品罪被判处有期徒刑1年。"),
        ("非法持有毒品罪", "三百四十八", "非法持有甲基苯丙胺6.76克及氯胺酮40克", "有期徒刑一年", None),
    ],
)
def test_drug_sentence_several_drugs_do_not_reach_together(
    charge: str, article: str, facts: str, sentence: str, message: str | None
) -> None:
    """Several drugs are added up by 折算 (each at the most the facts' weights of it come to) before a sentence only
    a larger quantity allows is reported."""
    over = dict(charge=charge, facts=facts, reason="", article=article, sentence=f"{sentence}，并处罚金人民币二千元")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert {m.drug for m in j.drugs if m.section == "facts"} == {"甲基苯丙胺", "氯胺酮"}
    got = [(f.rule, f.message) for f in run_checks([j]) if "折算" in f.message]
    assert got == ([("E4", message), ("E20", message)] if message else []), got


@pytest.mark.parametrize(("facts", "fires"), [("向他人贩卖甲基苯丙胺30克及氯胺酮80克", True),
                                              ("向他人贩卖甲基苯丙胺3克及氯胺酮80克", False)])
def test_drug_sentence_below_the_bracket_one_drug_of_several_reaches_alone(facts: str, fires: bool) -> None:
    """30 克 of 甲基苯丙胺 beside 80 克 of 氯胺酮: the main drug by weight (氯胺酮) is short of 数量较大, but the other reaches it
    alone (10 克), so two years are below its bracket (seven to fifteen) with no ground to go lower."""
    over = dict(charge="贩卖毒品罪", facts=facts, reason="", article="三百四十七", sentence="有期徒刑二年，并处罚金人民币二千元")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.drug == "氯胺酮"
    got = [(f.rule, f.message) for f in run_checks([j]) if f.rule in ("E4", "E20") and "较低量刑幅度" in f.message]
    said = ("查明甲基苯丙胺30克，已达第2档（鸦片二百克以上不满一千克、海洛因或者甲基苯丙胺十克以上不满五十克或者其他毒品数量较大），"
            "被告人甲某却被判处有期徒刑2年，属较低量刑幅度，且未见减轻处罚情节。")
    assert got == ([("E4", said), ("E20", said)] if fires else []), got


APPEAL = (
    "某某市中级人民法院 刑事判决书 （2020）浙01刑终5号 原公诉机关某某区人民检察院。 "
    "上诉人（原审被告人）甲某，男，1990年1月1日出生，汉族。因本案于2019年12月2日被刑事拘留。 "
    "某某区人民法院审理某某区人民检察院指控原审被告人甲某犯盗窃罪一案，于2020年4月1日作出（2020）浙0102刑初1号刑事判决。"
    "{who}不服，提出{how}。 原审法院认定被告人甲某犯盗窃罪，判处{first}，并处罚金人民币二千元。 "
    "经审理查明，2019年12月1日，上诉人甲某窃得他人手机一部，价值人民币2000元。 "
    "本院认为，上诉人甲某盗窃他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： "
    "一、撤销某某区人民法院（2020）浙0102刑初1号刑事判决。 二、上诉人甲某犯盗窃罪，判处{second}，并处罚金人民币二千元。 "
    "本判决为终审判决。 审判员乙某 二〇二〇年六月一日 书记员丙某"
)


@pytest.mark.parametrize(
    "who, how, first, second, fires",
    [
        ("原审被告人甲某", "上诉", "有期徒刑六个月", "有期徒刑八个月", True),
        ("原审被告人甲某", "上诉", "拘役五个月", "有期徒刑六个月", True),
        ("原审被告人甲某", "上诉", "有期徒刑六个月，缓刑一年", "有期徒刑六个月", True),
        ("原审被告人甲某", "上诉", "有期徒刑八个月", "有期徒刑六个月", False),
        ("原审被告人甲某", "上诉", "有期徒刑六个月", "有期徒刑六个月，缓刑一年", False),
        ("某某区人民检察院", "抗诉", "有期徒刑六个月", "有期徒刑八个月", False),  # a 抗诉 allows a heavier one
        # a 抗诉 denied is none: the defendant's appeal alone
        ("原公诉机关未提出抗诉，原审被告人甲某", "上诉", "有期徒刑六个月", "有期徒刑八个月", True),
        ("宣判后，某某区人民检察院没有抗诉，原审被告人甲某", "上诉", "有期徒刑六个月", "有期徒刑八个月", True),
        # both combined with an earlier judgment's term (刑法70): the executed terms compare
        ("原审被告人甲某", "上诉", "有期徒刑六个月，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年三个月",
         "有期徒刑六个月，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年四个月", True),
        ("原审被告人甲某", "上诉", "有期徒刑六个月，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年三个月",
         "有期徒刑六个月，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年二个月", False),
        # one combined, the other not: not comparable
        ("原审被告人甲某", "上诉", "有期徒刑六个月", "有期徒刑六个月，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年三个月", False),
    ],
)
def test_no_heavier_sentence_on_a_defendant_appeal(who: str, how: str, first: str, second: str, fires: bool) -> None:
    text = APPEAL.format(who=who, how=how, first=first, second=second)
    j = extract(text)
    assert j.procedure == "二审" and [o.defendant for o in j.original_sentences] == ["甲某"]
    e15 = [f for f in run_checks([j]) if f.rule == "E15"]
    assert bool(e15) == fires, [f.message for f in e15]
    if e15:
        assert [e.label for e in e15[0].evidence] == ["一审判决", "判决主文"]
        assert all(text[e.start : e.end] == e.text for e in e15[0].evidence)


@pytest.mark.parametrize(
    "retold, expected",
    [
        # the retold reasoning closes with 据此 and the sentence (its own sentence, not one opening with 原判)
        ("原判认为，被告人甲某盗窃他人财物，数额较大，构成盗窃罪。甲某到案后如实供述，可以从轻处罚。"
         "据此，以盗窃罪判处被告人甲某有期徒刑六个月，并处罚金人民币二千元。", [("甲某", 6)]),
        # 判处上诉人X (the role the person has now)
        ("原判以盗窃罪判处上诉人甲某有期徒刑七个月，并处罚金人民币二千元。", [("甲某", 7)]),
        # or with the statute it applied: 依照…之规定，判决：被告人X犯…罪，判处…
        ("原判认为，被告人甲某盗窃他人财物，数额较大，构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决："
         "被告人甲某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。", [("甲某", 8)]),
        # the appellant's plea after the retold reasoning is not the first instance's sentence
        ("原判认为，被告人甲某构成盗窃罪。上诉人甲某上诉提出原判量刑过重，故请求判处拘役三个月。", []),
        # 遂 after a comma closes the retold reasoning too
        ("原判认为，被告人甲某盗窃他人财物，数额较大，构成盗窃罪。甲某到案后如实供述，可以从轻处罚，"
         "遂以盗窃罪判处甲某有期徒刑六个月，并处罚金人民币二千元。", [("甲某", 6)]),
    ],
)
def test_first_instance_sentence_retold_by_the_appeal(retold: str, expected: list[tuple[str, int]]) -> None:
    text = APPEAL.format(who="原审被告人甲某", how="上诉", first="有期徒刑六个月", second="有期徒刑六个月").replace(
        "原审法院认定被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。", retold
    )
    assert retold in text
    j = extract(text)
    assert [(o.defendant, o.term_months) for o in j.original_sentences] == expected
    for o in j.original_sentences:
        assert text[o.start : o.end] == o.text


# an appeal of one of two defendants, dismissed: the first instance's result retold item by item, each item
# closed by its 。 and its note; the facts adopt the first instance's (经审理查明的事实与原判认定的事实一致)
TWO_RETOLD = (
    "某某市中级人民法院 刑事裁定书 （2020）浙01刑终88号 原公诉机关某某区人民检察院。 "
    "上诉人（原审被告人）甲某，男，1994年12月25日出生，汉族，住某某区。因涉嫌犯盗窃罪，于2019年10月9日被刑事拘留，"
    "同年11月15日被逮捕。 原审被告人乙某，女，1998年7月2日出生，汉族，住某某区。因涉嫌犯盗窃罪，于2019年10月9日被"
    "刑事拘留，同年11月15日被取保候审。 某某区人民法院审理某某区人民检察院指控原审被告人甲某、乙某犯盗窃罪一案，"
    "于2020年3月30日作出（2020）浙0110刑初16号刑事判决。宣判后，原审被告人甲某不服，提出上诉。{more}"
    "本院依法组成合议庭，经过阅卷，讯问上诉人，认为本案事实清楚，决定不开庭审理。现已审理终结。 "
    "原判认定：2019年9月至10月间，被告人甲某、乙某经事先合谋，共计盗窃得手六次，窃得手机等物品，共计价值人民币26500元。 "
    "原判认为，被告人甲某、乙某以非法占有为目的，结伙多次秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。"
    "依照《中华人民共和国刑法》第二百六十四条、第七十二条第一款之规定，判决：一、被告人甲某犯盗窃罪，判处有期徒刑二年，"
    "并处罚金人民币一万元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2019年10月9日"
    "起至2021年10月8日止。） 二、被告人乙某犯盗窃罪，判处有期徒刑一年，缓刑一年六个月，并处罚金人民币五千元。"
    "（缓刑考验期限，从判决确定之日起计算。） 三、扣押在案的作案工具予以没收。 "
    "上诉人甲某上诉称：原判对其量刑过重。 经审理查明的事实与原判认定的事实一致。 "
    "本院认为，上诉人甲某、原审被告人乙某以非法占有为目的，结伙多次秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。"
    "原判定罪准确，量刑适当，审判程序合法。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项之规定，"
    "裁定如下： 驳回上诉，维持原判。 本裁定为终审裁定。 审判长 丙某 审判员 丁某 审判员 戊某 二〇二〇年六月九日 书记员 己某"
)


def test_first_instance_result_retold_item_by_item() -> None:
    """Each defendant's item of a retold result, though the first item's 。 and its note come before the
    second's."""
    text = TWO_RETOLD.format(more="")
    j = extract(text)
    assert [(o.defendant, o.term_months, o.probation_months, o.fine_yuan) for o in j.original_sentences] == [
        ("甲某", 24, None, 10000), ("乙某", 12, 18, 5000)]
    for o in j.original_sentences:
        assert text[o.start : o.end] == o.text


def test_speedy_procedure_over_three_years() -> None:
    long = dict(sentence="有期徒刑三年六个月，并处罚金人民币二千元", end="2023年6月1日")
    e13 = [f for f in run_checks([extract(_with_procedure("适用速裁程序，公开开庭", **long))]) if f.rule == "E13"]
    assert [(f.severity, f.defendant) for f in e13] == [("error", "甲某")]
    assert [e.text for e in e13[0].evidence][:1] == ["速裁程序"]
    assert "E13" not in {f.rule for f in run_checks([extract(_with_procedure("适用速裁程序，公开开庭"))])}
    simple = extract(_with_procedure("适用简易程序，公开开庭", **long))
    assert simple.trial_procedure == "简易" and "E13" not in {f.rule for f in run_checks([simple])}
    # one judge alone and no procedure named: 简易 or 速裁, not said which
    assert extract(_with_procedure("实行独任审判，公开开庭", **long)).trial_procedure is None
    # begun as 速裁 and turned into another procedure: the trial ended in the last one
    for words, proc in [
        ("适用速裁程序，于同年3月5日转为简易程序，后因案情复杂于同年3月20日依法转为普通程序，公开开庭", "普通"),
        ("适用速裁程序，后决定转为简易程序，公开开庭", "简易"),
    ]:
        text = _with_procedure(words, **long)
        j = extract(text)
        assert j.trial_procedure == proc and "E13" not in {f.rule for f in run_checks([j])}
        p = j.span("trial_procedure")
        assert p is not None and p.text == proc and text[p.start - 2 : p.end + 2] == f"转为{proc}程序"


def test_a_trial_procedure_told_after_the_defendant_s_plea_in_the_procedure_paragraph() -> None:
    """被告人甲某自愿认罪认罚，本院依法适用简易程序… inside the procedure paragraph: the sentence of the plea opens a
    section of its own for the splitter, the paragraph still tells this court's trial (not 普通 for naming none)."""
    text = _with_procedure("适用简易程序，实行独任审判，公开开庭").replace(
        "本院依法适用简易程序", "被告人甲某自愿认罪认罚，本院依法适用简易程序")
    j = extract(text)
    p = j.span("trial_procedure")
    assert j.trial_procedure == "简易" and p is not None and p.text == "简易程序"


def test_the_total_from_the_reasoning_where_the_facts_give_none_of_the_charge_s_roles() -> None:
    """累计取款82700元 in the facts names no 挪用; the reasoning's 挪用公款82700元 does, and its span is the evidence."""
    text = TEMPLATE.format(**{**BASE, "charge": "挪用公款罪", "facts": "利用职务之便，于同日累计取款82700元用于个人还债",
                              "reason": "利用职务上的便利，挪用公款82700元归个人使用，数额较大，超过三个月未还，",
                              "article": "三百八十四"})
    j = extract(text)
    span = j.span("total_crime_amount_yuan")
    assert j.total_crime_amount_yuan == 82700 and span is not None and text[span.start - 4 : span.end] == "挪用公款82700元"
    # the facts' own total comes first
    assert extract(TEMPLATE.format(**BASE)).total_crime_amount_yuan == 2000
    # a total the reasoning gives, the facts naming none: no amount_restated copy is planted (X3 has nothing to compare)
    card = TEMPLATE.format(**{**BASE, "charge": "信用卡诈骗罪", "facts": "经银行两次催收后超过三个月仍不归还，透支该信用卡本金50000元",
                              "reason": "以非法占有为目的，利用信用卡恶意透支本金50000元，数额较大，", "article": "一百九十六"})
    assert extract(card).total_crime_amount_yuan == 50000 and plant(card, ["amount_restated"]) == []
    restating = TEMPLATE.format(**{**BASE, "reason": "盗窃他人财物价值2000元，数额较大，"})
    assert [m.kind for m in plant(restating, ["amount_restated"])] == ["amount_restated"]


def test_the_stance_on_a_recommendation_whose_terms_are_not_given() -> None:
    """公诉机关的量刑建议，本院予以采纳 with no recommendation read before: the stance is still the reasoning's."""
    j = extract(TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。公诉机关的量刑建议，本院予以采纳。"))
    assert j.recommendations == () and j.recommendation_stance == "adopted"
    assert "E12" not in {f.rule for f in run_checks([j])}  # nothing to compare the sentence with


def test_no_trial_procedure_for_an_appeal_or_a_review() -> None:
    """二审 and 死刑复核 have no 普通/简易/速裁 of their own: a 合议庭 there is no sign of 普通."""
    for name in ("appeal_ruling", "appeal_resentenced", "death_review"):
        j = extract_file(EXAMPLES / f"{name}.txt")
        assert j.procedure in ("二审", "其他") and j.trial_procedure is None and j.span("trial_procedure") is None
    assert extract(_with_procedure("组成合议庭，公开开庭")).trial_procedure == "普通"  # a first instance: as before


@pytest.mark.parametrize("days, fires", [("十", False), ("五", True), ("十五", True)])
def test_appeal_period(days: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("第二日起十日内", f"第二日起{days}日内")
    j = extract(text)
    e14 = [f for f in run_checks([j]) if f.rule == "E14"]
    assert bool(e14) == fires
    if fires:
        assert e14[0].evidence[0].text == days and text[e14[0].evidence[0].start : e14[0].evidence[0].end] == days


@pytest.mark.parametrize("start", ["次日", "第二天", "翌日"])
@pytest.mark.parametrize("days, fires", [("十", False), ("五", True)])
def test_appeal_period_wordings(start: str, days: str, fires: bool) -> None:
    """Notices that count from 次日/第二天 (three of the 154 dev judgments) give their period too."""
    j = extract(TEMPLATE.format(**BASE).replace("第二日起十日内", f"{start}起{days}日内"))
    assert j.appeal_days == (5 if fires else 10)
    assert ("E14" in {f.rule for f in run_checks([j])}) == fires


def _appeal_to(court: str, target: str, wording: str = "通过本院或者直接向{}提出上诉") -> str:
    text = TEMPLATE.format(**BASE).replace("某某市某某区人民法院 刑事判决书", f"{court} 刑事判决书")
    return text.replace("第二日起十日内提出上诉", "第二日起十日内，" + wording.format(target))


@pytest.mark.parametrize(
    "court, target, severity",
    [
        ("浙江省杭州市西湖区人民法院", "浙江省杭州市中级人民法院", None),
        ("浙江省杭州市西湖区人民法院", "浙江省高级人民法院", "error"),  # level: a basic court's appeals go to 中级
        ("浙江省杭州市中级人民法院", "浙江省高级人民法院", None),
        ("浙江省杭州市中级人民法院", "浙江省杭州市中级人民法院", "error"),
        ("浙江省杭州市西湖区人民法院", "江苏省苏州市中级人民法院", "error"),  # another province
        ("浙江省杭州市西湖区人民法院", "浙江省宁波市中级人民法院", "warning"),  # another city
        ("杭州市西湖区人民法院", "宁波市中级人民法院", "warning"),
        ("浙江省桐乡市人民法院", "浙江省宁波市中级人民法院", "warning"),  # 桐乡 is a county-level city of 嘉兴
        ("浙江省桐乡市人民法院", "浙江省嘉兴市中级人民法院", None),
        ("吉林省长岭县人民法院", "吉林省白城市中级人民法院", "warning"),  # 长岭县 is 松原市's (law/counties.tsv)
        ("长岭县人民法院", "白城市中级人民法院", None),  # the case number (浙0102) puts the court in 浙江: no 长岭县 there
        ("鼓楼区人民法院", "福州市中级人民法院", None),  # 鼓楼区 of 南京, 徐州, 福州 …: the name tells no city
        ("湖北省仙桃市人民法院", "汉江中级人民法院", None),  # a city court named alone: not compared
        ("上海市闵行区人民法院", "上海市第一中级人民法院", None),
        ("上海铁路运输法院", "上海市高级人民法院", None),  # special courts are left alone
        # … unless the name says its level
        ("吉林省敦化林区基层法院", "吉林省延边林区中级法院", None),
        ("吉林省敦化林区基层法院", "吉林省高级人民法院", "error"),
    ],
)
def test_appeal_court(court: str, target: str, severity: str | None) -> None:
    text = _appeal_to(court, target)
    j = extract(text)
    assert (j.court, j.appeal_court) == (court, target)
    e14 = [f for f in run_checks([j]) if f.rule == "E14"]
    assert [f.severity for f in e14] == ([severity] if severity else [])
    if e14:
        assert [e.label for e in e14[0].evidence] == ["上诉告知", "审判法院"]
        assert all(text[e.start : e.end] == e.text for e in e14[0].evidence) and e14[0].evidence[0].text == target


@pytest.mark.parametrize("wording", ["上诉于{}", "上诉到{}", "直接向{}口头或书面提出上诉"])
def test_appeal_court_wordings(wording: str) -> None:
    j = extract(_appeal_to("浙江省杭州市西湖区人民法院", "浙江省杭州市中级人民法院", wording))
    assert j.appeal_court == "浙江省杭州市中级人民法院" and j.appeal_days == 10


def test_appeal_to_this_court_names_no_court() -> None:
    j = extract(_appeal_to("浙江省杭州市西湖区人民法院", "", "通过本院递交上诉状"))
    assert j.appeal_court is None and "E14" not in {f.rule for f in run_checks([j])}


def test_minor_at_trial() -> None:
    minor = dict(birth="2002年9月1日")  # 17 at the judgment (2020-04-01)
    public = [(f.severity, f.basis) for f in run_checks([extract(_with_procedure("公开开庭", **minor))]) if f.rule == "E19"]
    assert ("error", "刑事诉讼法第二百八十五条") in public
    closed = [(f.severity, f.basis) for f in run_checks([extract(_with_procedure("不公开开庭", **minor))]) if f.rule == "E19"]
    assert closed == [("warning", "刑事诉讼法第二百七十八条")]  # still no defender in the header
    assert "E19" not in {f.rule for f in run_checks([extract(_with_procedure("公开开庭"))])}


_TWO_MINORS = (
    "某某市某某区人民法院\n刑事判决书\n（2024）某0101刑初1号\n公诉机关某某市某某区人民检察院。\n"
    "被告人甲某，男，2007年2月11日出生，汉族，初中在读。因涉嫌犯抢劫罪于2023年11月21日被刑事拘留，同年12月26日被取保候审。\n"
    "法定代理人甲某某，系被告人甲某之父。\n"
    "被告人乙某，男，2006年9月3日出生，汉族。因涉嫌犯抢劫罪于2023年11月21日被刑事拘留，同年12月26日被逮捕。\n"
    "法定代理人乙某某，系被告人乙某之母。\n{defenders}\n"
    "某某市某某区人民检察院以某检刑诉〔2024〕1号起诉书指控被告人甲某、乙某犯抢劫罪，于2024年2月26日向本院提起公诉。"
    "本院依法组成合议庭，不公开开庭审理了本案。现已审理终结。\n"
    "经审理查明，2023年11月18日，被告人甲某、乙某持刀劫得被害人丙某手机一部。\n"
    "本院认为，被告人甲某、乙某的行为均已构成抢劫罪。依照《中华人民共和国刑法》第二百六十三条之规定，判决如下：\n"
    "一、被告人甲某犯抢劫罪，判处有期徒刑二年，缓刑三年，并处罚金人民币二千元。\n"
    "二、被告人乙某犯抢劫罪，判处有期徒刑二年六个月，并处罚金人民币三千元。\n"
    "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向某某市中级人民法院提出上诉。\n"
    "审判长某某\n二〇二四年四月十二日\n书记员某某\n"
)


@pytest.mark.parametrize(
    "defenders",
    [
        # whom each defends, before the name or after it: not the defendant they follow (乙某)
        "被告人甲某的辩护人陈某，某某律师事务所律师。\n被告人乙某的指定辩护人周某，某某律师事务所律师。",
        "辩护人陈某，某某律师事务所律师，系被告人甲某的辩护人。\n指定辩护人周某，某某律师事务所律师，系被告人乙某的辩护人。",
        # 为 / 担任 in place of 系, and in a later sentence of the paragraph
        "辩护人陈某，某某律师事务所律师，为被告人甲某的辩护人。\n指定辩护人周某，某某律师事务所律师，担任被告人乙某的辩护人。",
        "辩护人陈某，某某律师事务所律师。受委托，为被告人甲某的辩护人。\n指定辩护人周某，某某律师事务所律师。",
    ],
)
def test_a_defender_named_with_whom_he_defends(defenders: str) -> None:
    j = extract(_TWO_MINORS.format(defenders=defenders))
    assert [(d.name, [(x.name, x.appointed) for x in d.defenders]) for d in j.defendants] == [
        ("甲某", [("陈某", False)]), ("乙某", [("周某", True)])
    ]
    assert "E19" not in {f.rule for f in run_checks([j])}
    # told by place only, both follow 乙某: 甲某 has none in the header
    j = extract(_TWO_MINORS.format(defenders="辩护人陈某，某某律师事务所律师。\n指定辩护人周某，某某律师事务所律师。"))
    assert [len(d.defenders) for d in j.defendants] == [0, 2]
    assert [f.defendant for f in run_checks([j]) if f.rule == "E19"] == ["甲某"]


def test_death_penalty_at_seventy_five() -> None:
    old = dict(birth="1940年1月1日", sentence="死刑，剥夺政治权利终身", start="2019年12月2日", end="2020年6月1日")
    e9 = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **old}))]) if f.rule == "E9"]
    assert [f.severity for f in e9] == ["warning"] and "七十五" in e9[0].message
    younger = {**old, "birth": "1950年1月1日"}
    assert "E9" not in {f.rule for f in run_checks([extract(TEMPLATE.format(**{**BASE, **younger}))])}


def test_a_three_character_name_misspelt_where_a_clause_opens() -> None:
    """No role word before it (…；王建图犯罪以后自动投案): a name of three characters is read where a clause opens too;
    one of two characters is not (陈给了李一些零食 is no name)."""
    text = TEMPLATE.format(**BASE).replace("甲某", "王建国")
    slip = text.replace("其行为已构成", "王建图归案后如实供述，其行为已构成")
    assert [(f.rule, f.defendant) for f in run_checks([extract(slip)]) if f.rule == "X4"] == [("X4", "王建国")]
    assert extract(slip).defendants[0].name_variants == ("王建图",)
    two = TEMPLATE.format(**BASE).replace("甲某", "王建").replace("其行为已构成", "王在归案后如实供述，其行为已构成")
    assert extract(two).defendants[0].name_variants == ()


@pytest.mark.parametrize(
    "name, written, where, found",
    [
        ("王建国", "王建果", "由", True),  # 果 sounds like 国: a pinyin keyboard's slip, read anywhere
        ("王建国", "王建图", "由", False),  # not alike, and no clause opens before it: perhaps somebody else
        ("钱远明", "钱远民", "由", True),  # 民 min for 明 ming: a pinyin keyboard's fuzzy reading (-ng/-n)
        ("王建生", "王建森", "由", True),  # sheng / sen: sh/s and -ng/-n
        ("钱建明", "钱建米", "由", False),  # mi: no reading near ming
        ("王建", "王剑", "由", False),  # a name of two characters: other people and words
        ("王建", "王剑", "。", True),  # …, read where a stop or a comma opens the clause
        ("王建", "王剑", "、", False),  # …, not in a list of other people
    ],
)
def test_a_name_misspelt_with_a_character_that_sounds_alike_anywhere(
    name: str, written: str, where: str, found: bool
) -> None:
    text = TEMPLATE.format(**BASE).replace("甲某", name)
    slip = text.replace("其行为已构成", f"李甲{where}{written}带路，其行为已构成")
    assert extract(slip).defendants[0].name_variants == ((written,) if found else ())
    assert ("X4" in {f.rule for f in run_checks([extract(slip)])}) == found


def test_name_written_differently_once_is_flagged_but_a_namesake_is_not() -> None:
    text = TEMPLATE.format(**BASE).replace("甲某", "王建国")
    assert "X4" not in {f.rule for f in run_checks([extract(text)])}
    slip = text.replace("判决如下： 被告人王建国", "判决如下： 被告人王建图")
    assert "X4" in {f.rule for f in run_checks([extract(slip)])}
    # a brother tried separately, named three times: another person, not a slip of the pen
    brother = text.replace(
        "被告人王建国窃得", "被告人王建民（另案处理）与被告人王建国窃得"
    ).replace("本院认为，", "被告人王建民供述其望风，被告人王建民分得赃款。本院认为，")
    j = extract(brother)
    assert j.defendants[0].name_variants == ()
    assert "X4" not in {f.rule for f in run_checks([j])}
    # named once, but as 另案被告人 (tried in another case): another person
    other_case = text.replace("本院认为，", "另案被告人王建民的供述证实。本院认为，")
    assert extract(other_case).defendants[0].name_variants == ()
    assert extract(other_case.replace("另案被告人王建民", "被告人王建民")).defendants[0].name_variants == ("王建民",)


@pytest.mark.parametrize("told, fires", [("“被告人韩立斌”应为“被告人韩立彬”", False), ("被告人韩立斌", True)])
def test_x4_the_writing_a_correction_puts_right_is_no_slip(told: str, fires: bool) -> None:
    """A 补正裁定 quotes the slip of an earlier judgment it corrects (…第3页第12行“被告人韩某斌”应为“被告人韩某彬”): the
    document tells the slip, it makes none."""
    j = extract(
        "某某市某某区人民法院\n刑事裁定书\n（2022）浙0102刑初456号之一\n"
        "被告人韩立彬，男，1990年2月25日出生，汉族，大专文化。\n"
        "本院在审理某某区人民检察院指控被告人韩立彬犯危险驾驶罪一案中，于2022年9月14日作出（2022）浙0102刑初456号刑事判决，"
        "该判决已发生法律效力。经审查，该判决书存在笔误，依照《中华人民共和国民事诉讼法》第一百五十七条第一款第（七）项之规定，"
        f"裁定如下：\n本院（2022）浙0102刑初456号刑事判决书第3页第12行{told}。\n审判员乙某\n二〇二二年十月八日\n书记员丙某\n"
    )
    x4 = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert bool(x4) is fires, x4


@pytest.mark.parametrize(
    "told, variant",
    [
        # (王建民 where a clause opens, after 、 or 。; 王建果 anywhere: 果 sounds like 国)
        ("有证人李甲、赵乙、王建民的证言证实", None),  # a witness, the last of the list after 证人
        ("有赵乙、王建民的证言证实", None),  # a witness before 的证言
        ("其兄王建果当即报警", None),  # his brother: the name after a word of kinship
        ("被害人王建果当即报警", None),
        ("王建民（另案处理）负责望风", None),  # an accomplice tried elsewhere
        ("同案人王建果负责望风", None),
        ("被告人王建民归案后如实供述", "王建民"),  # no role of its own: a slip of the defendant's name
        ("王建民归案后如实供述", "王建民"),  # …where a clause opens too
        ("由王建果带路", "王建果"),  # …or anywhere, where the character sounds alike
    ],
)
def test_x4_a_name_told_with_another_role_is_no_slip_of_a_defendants(told: str, variant: str | None) -> None:
    """被告人王建国, and 王建民 once: a brother's, a witness's or a victim's name often differs from a defendant's in one
    character; where the text gives it a role of its own (证人王建民, 其兄王建民, 王建民（另案处理）) it is that person,
    and a slip only where it has none (本院认为，被告人王建民…)."""
    text = TEMPLATE.format(**BASE).replace("甲某", "王建国").replace("本院认为，", f"{told}。本院认为，")
    j = extract(text)
    assert j.defendants[0].name_variants == ((variant,) if variant else ())
    assert ("X4" in {f.rule for f in run_checks([j])}) == bool(variant)
    # once with a role of its own, it is that person wherever else it is written
    if variant is None:
        other = "王建果" if "王建果" in told else "王建民"
        again = text.replace("本院认为，被告人王建国", f"本院认为，{other}归案后如实供述，被告人王建国")
        assert extract(again).defendants[0].name_variants == ()


@pytest.mark.parametrize(("told", "fires"), [("证人王建果的证言", False), ("王建果的陈述", True)])
def test_x4_a_witness_whose_name_is_one_character_from_a_victims_is_no_slip(told: str, fires: bool) -> None:
    """被害人王建国, and 证人王建果 (果 sounds like 国): the victim's brother as a witness, no slip of his name; 王建果的陈述
    with no role of its own is one."""
    over = dict(facts=f"窃得被害人王建国的手机一部，价值人民币2000元。被害人王建国的陈述、{told}等证据证实上述事实",
                reason="盗窃被害人王建国的财物，数额较大，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    x4 = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert x4 == (["被害人姓名前后写法不一致：王建国／王建果。"] if fires else []), x4


def test_findings_evidence_points_into_the_text() -> None:
    text = TEMPLATE.format(**{**BASE, "end": "2020年7月1日"})
    j = extract(text)
    [f] = [f for f in run_checks([j]) if f.rule == "E7"]
    assert f.evidence and all(text[e.start : e.end] == e.text for e in f.evidence)
    assert re.search(r"[\u4e00-\u9fff]", f.message) and f.basis


def test_unknown_rule_code_is_a_usage_error() -> None:
    from fayan.errors import UsageError

    with pytest.raises(UsageError, match="E99"):
        run_checks([], codes=["E99"])
    # C1 is no rule of one judgment: said where it runs, not listed as known while refused
    with pytest.raises(UsageError, match=re.escape("C1, the class-case comparison, compares the documents of a batch")):
        run_checks([], codes=["C1"])
    # codes in any case, as the CLI's --rules takes them
    j = extract(TEMPLATE.format(**{**BASE, "sentence": "有期徒刑六个月，缓刑六个月，并处罚金人民币二千元"}))
    assert [f.rule for f in run_checks([j], codes=["e6"])] == ["E6"]


def test_the_summary_of_a_check_names_c1() -> None:
    from fayan.pipelines.checks.run import CheckRun
    from fayan.findings import Finding

    found = CheckRun(Path("out"), 1, [Finding("a", "甲某", "C1", "warning", "…", "")]).render()
    assert "  C1   warning       1  类案量刑明显偏离" in found.splitlines()


# 单位犯罪: 刑法205② gives the unit's responsible persons a term without 罚金 (unit_persons_fine: none).
UNIT = (EXAMPLES / "unit_crime.txt").read_text(encoding="utf-8")
UNIT_ITEM = "一、被告单位宁波市甬丰五金贸易有限公司犯虚开增值税专用发票罪，判处罚金人民币二十万元。\n（罚金已缴纳。）\n二、"
UNIT_ROLE = "作为被告单位直接负责的主管人员"


def _e5(text: str) -> list[str]:
    return [f.defendant for f in run_checks([extract(text)]) if f.rule == "E5"]


def test_unit_crime_person_needs_no_fine_under_205() -> None:
    assert UNIT_ITEM in UNIT and UNIT_ROLE in UNIT
    j = extract(UNIT)
    person = j.defendants[1]
    assert [d.is_unit for d in j.defendants] == [True, False]
    assert person.verdict.fine_yuan is None and "单位犯罪" in person.circumstances
    assert _e5(UNIT) == []
    # Either sign of a unit crime is enough: the reasoning's role, or a unit convicted of the same charge.
    assert _e5(UNIT.replace(UNIT_ITEM, "")) == []
    assert _e5(UNIT.replace(UNIT_ROLE, "")) == []


@pytest.mark.parametrize("fine, expected", [
    ("二十万元", []),
    ("十五万元", ["判决称采纳公诉机关的量刑建议（单处罚金150000元），对被告单位宁波市甬丰五金贸易有限公司却判处罚金200000元。"]),
])
def test_e12_a_fine_recommended_for_the_unit(fine: str, expected: list[str]) -> None:
    """建议对被告单位判处罚金…: the unit's recommendation (a fine alone), held to the unit's fine."""
    text = UNIT.replace("如实供述了上述事实。", "如实供述了上述事实。公诉机关建议对被告单位判处罚金人民币"
                        f"{fine}，对被告人钟立群判处有期徒刑三年，缓刑四年。").replace(
        "公诉机关指控的罪名成立。", "公诉机关指控的罪名成立。公诉机关的量刑建议适当，本院予以采纳。")
    j = extract(text)
    assert [(r.defendants, r.principals) for r in j.recommendations] == [
        ((j.defendants[0].name,), ("单处罚金",)), (("钟立群",), ("有期徒刑",))]
    e12 = [f for f in run_checks([j]) if f.rule == "E12"]
    assert [f.message for f in e12] == expected
    assert all(text[e.start : e.end] == e.text for f in e12 for e in f.evidence)


def test_unit_crime_exception_needs_a_unit_crime_and_article_205() -> None:
    # The same person tried as a natural person: 205① makes 罚金 mandatory.
    assert _e5(UNIT.replace(UNIT_ITEM, "").replace(UNIT_ROLE, "")) == ["钟立群"]
    # 合同诈骗罪's unit clause (刑法231) punishes the persons 依照本节各该条: a fine is still due.
    swapped = UNIT.replace("虚开增值税专用发票罪", "合同诈骗罪").replace("第二百零五条第一款、第二款", "第二百二十四条")
    assert _e5(swapped) == ["钟立群"]


# 罚金's amount: at least 1,000 yuan (500 for an offender under 18; 财产刑规定 第二条), and for a theft at most twice
# the amount stolen (盗窃解释 第十四条). The example steals 18,600 yuan and is fined 5,000.
THEFT = (EXAMPLES / "theft_single.txt").read_text(encoding="utf-8")
THEFT_FINE = "并处罚金人民币五千元"


@pytest.mark.parametrize("fine, message", [
    ("五千元", None),
    ("五百元", "被告人戚晓川犯盗窃罪被判处罚金500元，低于1000元的最低数额。"),
    ("三万七千元", None),  # twice 18,600 is 37,200
    ("三万八千元", "被告人戚晓川被判处罚金38000元，超过犯罪数额18600元的2倍。"),
])
def test_e5_fine_amount_bounds(fine: str, message: str | None) -> None:
    assert THEFT.count(THEFT_FINE) == 1
    found = [f for f in run_checks([extract(THEFT.replace(THEFT_FINE, "并处罚金人民币" + fine))]) if f.rule == "E5"]
    assert [f.message for f in found] == ([message] if message else [])
    assert all(f.severity == "warning" and f.evidence for f in found)


TWO_THIEVES = (
    "某某市某某区人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1990年1月1日出生，汉族，初中文化，无业。因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。 "
    "被告人乙某，男，1991年1月1日出生，汉族，初中文化，无业。因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某犯盗窃罪，于2020年3月1日向本院提起公诉。 "
    "经审理查明，2019年12月1日，被告人甲某伙同被告人乙某窃得他人现金人民币3000元。 "
    "本院认为，被告人甲某、乙某以非法占有为目的，秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。"
    "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 一、被告人甲某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币{fine}。"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2019年12月2日起至2020年8月1日止。） "
    "二、被告人乙某犯盗窃罪，判处有期徒刑七个月，并处罚金人民币二千元。"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2019年12月2日起至2020年7月1日止。） "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员丙某 二〇二〇年四月一日 书记员丁某"
)


@pytest.mark.parametrize("fine, fires", [("七千元", True), ("六千元", False), ("一千元", False)])
def test_e5_a_fine_above_twice_the_amount_of_a_theft_of_two(fine: str, fires: bool) -> None:
    """Of several defendants the document's 3,000 yuan bounds each one's share: a fine above twice it is above every
    share's cap; one below the floor of a share is not known (the share may be smaller)."""
    j = extract(TWO_THIEVES.format(fine=fine))
    assert [d.name for d in j.defendants] == ["甲某", "乙某"] and j.total_crime_amount_yuan == 3000
    e5 = [f.message for f in run_checks([j]) if f.rule == "E5"]
    assert e5 == (["被告人甲某被判处罚金7000元，超过犯罪数额3000元的2倍。"] if fires else []), e5


@pytest.mark.parametrize(
    ("facts", "said", "fires"),
    [
        ("经鉴定，共计价值人民币7350元", "8000余元", True),
        ("经鉴定，共计价值人民币7350元", "7000余元", False),
        # losses listed without a total: the reasoning's may be their sum, which is not compared
        ("经鉴定，车辆损失人民币3350元，另损坏手机损失4000元", "8000余元", False),
    ],
)
def test_x3_a_loss_the_reasoning_restates(facts: str, said: str, fires: bool) -> None:
    over = dict(charge="故意毁坏财物罪", facts=f"持铁锤砸毁被害人乙某的轿车一辆，{facts}", article="二百七十五",
                reason=f"故意毁坏他人财物，造成财产损失{said}，数额较大，", sentence="有期徒刑六个月")  # fmt: skip
    x3 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "X3"]
    assert x3 == ([f"本院认为部分认定的数额{said}与经审理查明的数额（合计7350元）不一致。"] if fires else []), x3


@pytest.mark.parametrize(("year", "fires"), [("2019", True), ("2007", False)])
def test_e4_a_loss_short_of_the_level_of_a_table_dated_by_its_standard(year: str, fires: bool) -> None:
    """故意毁坏财物罪's 数额较大 is 5,000 元 by the 2008 立案追诉标准（一）: a loss of 1,712 元 found 数额较大 reaches it
    under no standard; conduct before that standard's day is held to none."""
    over = dict(charge="故意毁坏财物罪", facts="持铁锤砸毁被害人乙某的轿车一辆，经鉴定，车辆损失人民币1712元",
                article="二百七十五", reason="故意毁坏他人财物，数额较大，", sentence="有期徒刑六个月")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}).replace("2019年12月1日，被告人", f"{year}年12月1日，被告人"))
    assert j.offence_start == f"{year}-12-01" and j.total_crime_amount_yuan == 1712
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert e4 == (["本院认为部分认定数额较大，而查明犯罪数额1712元未达全国标准数额较大的最低标准5000元。"] if fires else []), e4


@pytest.mark.parametrize(("said", "fires"), [("400余元", True), ("200余元", False)])
def test_x3_a_restated_total_against_the_facts_total_counted_once(said: str, fires: bool) -> None:
    """Two thefts of 100元 and 共计价值200元: the facts' amounts add up to 200, not 400 with the total added to its items."""
    over = dict(facts="窃得他人手机一部，价值人民币100元，又窃得他人钱包一个，价值人民币100元，共计价值人民币200元",
                reason=f"盗窃他人财物共计价值人民币{said}，数额较大，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.total_crime_amount_yuan == 200
    x3 = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert x3 == ([f"本院认为部分认定的数额{said}与经审理查明的数额（合计200元）不一致。"] if fires else []), x3


@pytest.mark.parametrize(("told", "victims"), [("被害人王建果当即报警", ("王建国",)),
                                               ("被害人王建国、王建果当即报警", ("王建国", "王建果"))])
def test_x4_a_victim_s_name_misspelt_after_the_role_word_is_no_second_victim(told: str, victims: tuple) -> None:
    """被害人王建国 three times and 被害人王建果 once (果 sounds like 国): a slip of the one victim's name, not another
    victim; listed beside him, two people."""
    over = dict(facts=f"窃得被害人王建国的手机一部，价值人民币2000元，{told}。被害人王建国的陈述证实上述事实",
                reason="盗窃被害人王建国的财物，数额较大，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.victims == victims
    x4 = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert x4 == (["被害人姓名前后写法不一致：王建国／王建果。"] if len(victims) == 1 else []), x4


@pytest.mark.parametrize(("other", "victims"), [("刘某甲", ("王建国", "刘某甲")), ("钱建民", ("王建国",))])
def test_x4_victims_whose_surnames_sound_near_are_two_people(other: str, victims: tuple) -> None:
    """被害人王建国 three times and 被害人刘某甲 once: wang and liu are far apart, but a surname's fuzzy reading would take
    牛某甲 (niu, near liu) for 刘某甲, and masked names differ by their surname alone; so two victims. A given name's
    fuzzy reading does make a slip (钱建民 for 钱建明: min, ming)."""
    first = "钱建明" if other == "钱建民" else "牛某甲"
    over = dict(facts=f"窃得被害人{first}、王建国的手机二部，价值人民币2000元，被害人{other}当即报警。被害人{first}的陈述、"
                      f"被害人{first}的辨认笔录证实上述事实",
                reason="盗窃他人财物，数额较大，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert set(j.victims) == {first, *victims}, j.victims


@pytest.mark.parametrize(("total", "fires"), [("79690余元", True), ("79960余元", False),
                                              ("79980元", False)])  # 700余元 and 5万余元 allow 79960 up to 90060
def test_x3_a_total_told_with_yu_that_is_no_sum_of_items_told_with_yu(total: str, fires: bool) -> None:
    """Items told with 余 count by their figure (79960); a total is no slip where the values they allow meet its own."""
    j = extract(TEMPLATE.format(**{**BASE, "facts": f"先后三次窃取他人现金700余元、5万余元、29260元，共计窃取现金{total}"}))
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == ([f"查明事实所列700余元、5万余元、29260元合计79960余元，所述共计{total}与之两位数字前后颠倒，疑为笔误或计算错误。"]
                     if fires else []), found


def test_e7_counts_two_days_of_surveillance_per_day_of_custody() -> None:
    """管制: 羁押一日折抵刑期二日 (刑法41). The example credits its 10 days of custody as 20; crediting 10 is a lead."""
    text = (EXAMPLES / "public_surveillance.txt").read_text(encoding="utf-8")
    assert "即自2021年7月20日起至2021年12月30日止" in text
    assert [f.rule for f in run_checks([extract(text)]) if f.rule == "E7"] == []
    one_to_one = text.replace("至2021年12月30日止", "至2022年1月9日止")
    e7 = [f for f in run_checks([extract(one_to_one)]) if f.rule == "E7"]
    assert [(f.defendant, f.data["days_off"]) for f in e7] == [("邰建新", -10)]


@pytest.mark.parametrize("conduct,fires", [("2010年12月1日", False), ("2019年12月1日", True)])
def test_extortion_fine_is_mandatory_only_since_amendment_eight(conduct: str, fires: bool) -> None:
    """刑法274 had no 罚金 before 修正案（八） (2011-05-01): a fine-less sentence for older conduct is no E5 lead."""
    text = TEMPLATE.format(**{**BASE, "charge": "敲诈勒索罪", "article": "二百七十四", "reason": "敲诈勒索他人财物，数额较大，",
                              "facts": "以揭露隐私相要挟，索得被害人人民币5000元", "sentence": "有期徒刑一年"})
    text = text.replace("经审理查明，2019年12月1日", f"经审理查明，{conduct}")
    got = [f.message for f in run_checks([extract(text)]) if f.rule == "E5"]
    assert bool(got) == fires, got


def test_amounts_in_messages_are_printed_in_full() -> None:
    """1234567 元 is not 1.23457e+06 (the ``g`` format rounds to six digits and switches to an exponent)."""
    from fayan.pipelines.checks.base import fmt_number

    assert [fmt_number(x) for x in (10000000, 12439.96, 0.8299, 2000.0)] == ["10000000", "12439.96", "0.8299", "2000"]
    text = TEMPLATE.format(**{**BASE, "facts": "窃得他人现金人民币1234567元", "reason": "盗窃他人财物，"})
    (msg,) = [f.message for f in run_checks([extract(text)]) if f.rule == "E4"]
    assert "1234567元" in msg, msg


def test_e16_on_a_count_points_at_its_charge_and_punishment() -> None:
    """A count sentenced to death without 剥夺政治权利终身 (here misspelt 剥夺政治利终身) is flagged with the count's
    charge and punishment as evidence, as E3 and E5 give them, so the report shows the count's own words: the
    misprint, which the message calls a slip to mend (two reviewers read 未写明/未剥夺 as wrong about such a count)."""
    outcome = ("被告人甲某犯故意杀人罪，判处死刑，剥夺政治利终身；犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元；"
               "决定执行死刑，剥夺政治权利终身，并处罚金人民币二千元。")
    text = TEMPLATE.format(**BASE).replace("被告人甲某犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。", outcome)
    j = extract(text)
    (f,) = [f for f in run_checks([j]) if f.rule == "E16"]
    assert [(e.label, e.text) for e in f.evidence] == [("判决罪名", "故意杀人罪"), ("判决主文", "死刑，剥夺政治利终身")]
    assert all(text[e.start : e.end] == e.text for e in f.evidence)
    assert text.index("死刑，剥夺政治利终身") == f.evidence[1].start
    assert f.severity == "warning" and "写作“剥夺政治利终身”，疑为“剥夺政治权利终身”的笔误" in f.message
    # left out altogether: an error, as before
    (g,) = [g for g in run_checks([extract(text.replace("剥夺政治利终身；", ""))]) if g.rule == "E16"]
    assert g.severity == "error" and "判决未写明剥夺政治权利" in g.message


def test_a_sentence_whose_charge_the_result_leaves_out_is_x1() -> None:
    """维持第一审以判处被告人X死刑 (an SPC ruling whose result leaves the charge out): the person is sentenced with no
    charge while the reasoning names one; a warning, as the item quotes the approved judgment."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert "X1" not in {f.rule for f in run_checks([extract(text)])}
    cut = text.replace("维持第一审对被告人庞立舟以贩卖、运输毒品罪判处死刑", "维持第一审以判处被告人庞立舟死刑")
    j = extract(cut)
    d = next(d for d in j.defendants if d.name == "庞立舟")
    assert d.charges == () and d.verdict.principal == "死刑"
    got = [(f.rule, f.severity, f.defendant) for f in run_checks([j]) if f.rule == "X1"]
    assert got == [("X1", "warning", "庞立舟")]


@pytest.mark.parametrize("stated, grams, fires", [("数量较大", "12975", True), ("数量大", "12975", False),
                                                   ("数量较大", "12.975", False)])
def test_e20_a_stated_quantity_level_below_the_one_the_drug_reaches(stated: str, grams: str, fires: bool) -> None:
    """The reviewed ruling finds 数量较大 while 12975 grams of 甲基苯丙胺 are 数量大 (50 grams) on their own."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    if grams != "12975":
        text = text.replace("约3千克", "约3克").replace("9975克", "9.975克").replace("共计约12975克", "共计约12.975克")
    j = extract(text.replace("贩卖、运输毒品数量大", f"贩卖、运输毒品{stated}"))
    assert (j.quantity_level_stated, float(j.drug_grams or 0)) == (stated[2:], float(grams))
    found = [f.message for f in run_checks([j]) if f.rule == "E20" and "已达数量大" in f.message]
    assert found == (["本院认为部分认定毒品数量较大，而查明甲基苯丙胺12975克，已达数量大的标准50克。"] if fires else [])


@pytest.mark.parametrize("stated, fires", [("数量大", True), ("数量较大", False), ("数量巨大", True)])
def test_e20_a_stated_quantity_level_the_drug_does_not_reach(stated: str, fires: bool) -> None:
    """The reviewed ruling finds 贩卖、运输毒品数量大 (or 数量巨大, at least 大); with the weights misread a thousand
    times smaller, 12.975 grams of 甲基苯丙胺 is 数量较大 (10 grams), not 数量大 (50 grams)."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert "E20" not in {f.rule for f in run_checks([extract(text)])}
    small = (text.replace("约3千克", "约3克").replace("9975克", "9.975克").replace("共计约12975克", "共计约12.975克")
             .replace("贩卖、运输毒品数量大", f"贩卖、运输毒品{stated}"))  # fmt: skip
    j = extract(small)
    assert (j.quantity_level_stated, j.drug, float(j.drug_grams or 0)) == (stated[2:].replace("巨", ""), "甲基苯丙胺", 12.975)
    found = [f.message for f in run_checks([j]) if f.rule == "E20" and "未达" in f.message]
    assert found == (["本院认为部分认定毒品数量大，而查明甲基苯丙胺12.975克，未达数量大的标准50克。"] if fires else [])


@pytest.mark.parametrize("grams, fires", [("48.79", True), ("51.79", False)])
def test_e20_the_cited_item_of_quantity_the_drug_does_not_reach(grams: str, fires: bool) -> None:
    """依照刑法第三百四十七条第一款、第二款第（一）项 (the item of 数量大, 甲基苯丙胺五十克以上) for 48.79克: the item is read
    after the paragraph it follows in a list (it had been dropped there), and the quantity falls short of it."""
    over = dict(charge="贩卖毒品罪", article="三百四十七条第一款、第二款第（一）项、第六十四", facts=f"贩卖甲基苯丙胺{grams}克",
                reason="贩卖毒品，", sentence="有期徒刑十五年，并处没收个人财产人民币一万元", end="2034年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(r.article, r.paragraph, r.item) for r in j.article_refs][:2] == [("347", 1, None), ("347", 2, 1)]
    found = [f.message for f in run_checks([j]) if f.rule == "E20" and "援引" in f.message]
    assert found == ([f"判决援引刑法第三百四十七条第二款第（一）项（毒品数量大），而查明甲基苯丙胺{grams}克，未达数量大的标准50克。"]
                     if fires else []), found


def test_e20_a_weight_of_the_evidence_list_is_no_weight_found() -> None:
    """An evidence list naming the exhibit by the weight the facts had before a slip (…查获的甲基苯丙胺片剂9975克，证人…
    等证据证实) adds no weight of its own: the facts' 3 and 9.975 grams, with no total stated, are what the ruling
    found, short of 数量大."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    small = (re.sub(r"综上，[^\n]*\n", "", text).replace("约3千克", "约3克").replace("9975克", "9.975克")
             .replace("查获的甲基苯丙胺片剂，", "查获的甲基苯丙胺片剂9975克，"))  # fmt: skip
    j = extract(small)
    assert (j.drug, float(j.drug_grams or 0)) == ("甲基苯丙胺", 12.975)
    assert [m.text for m in j.drugs if m.section == "facts" and m.grams] == ["3克", "9.975克"]
    found = [f.message for f in run_checks([j]) if f.rule == "E20" and "未达" in f.message]
    assert found == ["本院认为部分认定毒品数量大，而查明甲基苯丙胺12.975克，未达数量大的标准50克。"]


@pytest.mark.parametrize("ketamine, fires", [("100", True), ("200", False)])
def test_e20_a_stated_quantity_level_several_drugs_do_not_reach_together(ketamine: str, fires: bool) -> None:
    """Several drugs are added up by 折算, each at the most the facts' weights of it come to: 3 + 9.975 + 12.975 +
    9.975 grams of 甲基苯丙胺 (a total and its items counted twice) are 71.85 % of 数量大 (50 grams), and 100 grams
    of 氯胺酮 20 % of its 500: together short of 数量大. 200 grams of 氯胺酮 would reach it (111.85 %)."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    small = (text.replace("约3千克", "约3克").replace("9975克", "9.975克").replace("共计约12975克", "共计约12.975克")
             .replace("查获甲基苯丙胺片剂9.975克", f"查获甲基苯丙胺片剂9.975克及氯胺酮{ketamine}克"))  # fmt: skip
    j = extract(small)
    assert {m.drug for m in j.drugs if m.section == "facts"} == {"甲基苯丙胺", "氯胺酮"}
    found = [f.message for f in run_checks([j]) if f.rule == "E20" and "折算" in f.message]
    assert found == (["本院认为部分认定毒品数量大，而查明甲基苯丙胺至多35.925克（标准50克）、氯胺酮至多100克（标准500克），"
                      "按数量大的标准折算合计仅为其91.8%。"] if fires else []), found


@pytest.mark.parametrize(
    "term, harm, fires",
    [
        ("有期徒刑三年六个月", "轻伤二级", True),  # 234①: 轻伤 allows three years at most
        ("有期徒刑三年", "轻伤二级", False),
        ("有期徒刑三年六个月", "重伤二级", False),  # 234②: 致人重伤, three to ten years
        ("有期徒刑三年六个月", "轻伤二级，另一名被害人经抢救无效死亡", False),  # a death anywhere lifts the harm
        ("无期徒刑", "轻伤二级", True),
    ],
)
def test_e3_a_term_only_a_harm_the_facts_do_not_tell_allows(term: str, harm: str, fires: bool) -> None:
    """A clause citing 第二百三十四条 whole: the 款 (234① for 轻伤) are not there to tell the bracket."""
    text = (EXAMPLES / "injury.txt").read_text(encoding="utf-8").replace("第二百三十四条第一款、", "第二百三十四条、")
    assert "E3" not in {f.rule for f in run_checks([extract(text)])}
    changed = (text.replace("判处有期徒刑八个月，缓刑一年。", f"判处{term}。").replace("（缓刑考验期限，从判决确定之日起计算。）", "")
               .replace("邬某某的损伤程度为轻伤二级", f"邬某某的损伤程度为{harm}").replace("致一人轻伤二级", "致人受伤"))  # fmt: skip
    j = extract(changed)
    assert j.harm_found == ("死亡" if "死亡" in harm else harm[:2])
    found = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert len(found) == fires and all("查明伤情最重为轻伤" in m and "须致人重伤" in m for m in found), found


@pytest.mark.parametrize(("reason", "stated"), [
    ("从建筑物高空抛掷物品，情节严重，", "情节"),  # the 情节 level the reasoning finds: 高空抛物's one bracket
    ("盗窃他人财物，数额较大，", "数额"),  # the amount level: 盗窃's first bracket, from 有期徒刑's own minimum
])
def test_a_term_below_a_stated_level_s_bracket_that_starts_at_the_kind_s_minimum_is_e1_s_alone(
    reason: str, stated: str
) -> None:
    """有期徒刑五个月 where the reasoning finds the level of a bracket that has no minimum of its own (高空抛物罪:
    一年以下有期徒刑、拘役或者管制): E1's finding alone, not an E3 saying it is below "该档最低刑6个月"."""
    over = dict(reason=reason, sentence="有期徒刑五个月，并处罚金人民币二千元", end="2020年5月1日")
    if stated == "情节":
        over |= dict(charge="高空抛物罪", article="二百九十一条之二第一款",
                     facts="从其住处窗户向楼下抛掷玻璃酒瓶、陶瓷花盆等物品十余件，砸坏楼下停放的轿车")
    found = [(f.rule, f.message) for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])
             if f.rule in ("E1", "E3")]
    assert [r for r, _ in found] == ["E1"], found


@pytest.mark.parametrize(("articles", "shown"), [
    (["264"], "第264条"), (["264", "266"], "第264、266条"), (["280-2"], "第280条之二"),
    (["133-1", "234"], "第133条之一、第234条"),
])
def test_articles_are_written_as_a_judgment_cites_them(articles: list[str], shown: str) -> None:
    assert fmt_articles(articles) == shown


def test_a_finding_s_basis_writes_an_amended_article_s_number() -> None:
    """高空抛物罪 (刑法第二百九十一条之二) over its one year: the basis is 刑法第291条之二, not 刑法第291-2条."""
    over = dict(charge="高空抛物罪", article="二百九十一条之二第一款", reason="从建筑物高空抛掷物品，情节严重，",
                facts="从其住处窗户向楼下抛掷玻璃酒瓶等物品十余件", sentence="有期徒刑一年六个月，并处罚金人民币二千元",
                end="2021年6月1日")
    e3 = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E3"]
    assert [f.basis for f in e3] == ["刑法第291条之二"], e3


def test_a_term_below_the_kind_s_own_minimum_is_e1_s_alone() -> None:
    """有期徒刑四个月 for 故意伤害 (234①: 三年以下有期徒刑、拘役或者管制): below 有期徒刑's own six months, E1's
    finding; the charge has no minimum of its own, so no E3 saying it went below one."""
    text = (EXAMPLES / "injury.txt").read_text(encoding="utf-8")
    j = extract(text.replace("判处有期徒刑八个月，缓刑一年。", "判处有期徒刑四个月。")
                .replace("（缓刑考验期限，从判决确定之日起计算。）", ""))
    assert [f.rule for f in run_checks([j]) if f.rule in ("E1", "E3")] == ["E1"]


def test_e3_one_finding_where_the_cited_paragraph_and_the_harm_tell_the_same() -> None:
    text = (EXAMPLES / "injury.txt").read_text(encoding="utf-8")
    changed = text.replace("判处有期徒刑八个月，缓刑一年。", "判处有期徒刑三年六个月。").replace("（缓刑考验期限，从判决确定之日起计算。）", "")
    found = [f.message for f in run_checks([extract(changed)]) if f.rule == "E3"]
    assert len(found) == 1 and "超过所引第234条第1款规定的最高刑3年" in found[0], found


@pytest.mark.parametrize(
    "theft, executed, extra, fires",
    [
        ("有期徒刑三年六个月", "有期徒刑四年", "", True),
        ("有期徒刑一年", "有期徒刑一年八个月", "", False),
        # a 情节 level found may open the higher bracket (其他严重情节)
        ("有期徒刑三年六个月", "有期徒刑四年", "其盗窃行为属情节严重，", False),
    ],
)
def test_e3_a_count_above_the_stated_level_beside_another_count(
    theft: str, executed: str, extra: str, fires: bool
) -> None:
    """Two counts, one of them 盗窃 found 数额较大: three and a half years only 数额巨大's bracket allows. The crime amount
    fayan reads is one for the document, so the stated level speaks for the one count of a charge that names it."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = (text.replace("又以非法占有为目的，虚构事实，骗取他人财物，数额较大，其行为已构成诈骗罪",
                         f"{extra}又随意殴打他人，情节恶劣，其行为已构成寻衅滋事罪")
            .replace("犯盗窃罪，判处有期徒刑一年，", f"犯盗窃罪，判处{theft}，")
            .replace("犯诈骗罪，判处有期徒刑十个月，并处罚金人民币三千元", "犯寻衅滋事罪，判处有期徒刑十个月")
            .replace("决定执行有期徒刑一年八个月，并处罚金人民币八千元", f"决定执行{executed}，并处罚金人民币五千元"))  # fmt: skip
    j = extract(text)
    assert [c.charge for c in j.defendants[0].counts] == ["盗窃罪", "寻衅滋事罪"] and j.amount_level_stated == "较大"
    found = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert len(found) == fires and all("本院认为部分认定数额较大" in m and "仅第2档" in m for m in found), found
    # the theft's 9500元 is 数额较大 under every standard, and reaches 数额巨大 under none: E4 too
    assert len([f for f in run_checks([j]) if f.rule == "E4"]) == fires


@pytest.mark.parametrize(
    "theft, ground, fires",
    [
        ("有期徒刑一年", "", True),
        ("有期徒刑三年六个月", "", False),
        ("有期徒刑一年", "被告人郦永昊系从犯，依法可以减轻处罚。", False),  # a ground to go below the bracket
    ],
)
def test_e3_a_count_below_the_level_its_own_clause_states_beside_another_count(
    theft: str, ground: str, fires: bool
) -> None:
    """Two counts, the theft's clause finding 数额巨大 (三年以上十年以下): one year for it is below that bracket, though
    the judgment, of two counts, has no one count whose level the reasoning speaks for."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = (text.replace("多次秘密窃取他人财物，数额较大", "多次秘密窃取他人财物，数额巨大")
            .replace("依法应当数罪并罚。", f"依法应当数罪并罚。{ground}")
            .replace("犯盗窃罪，判处有期徒刑一年，", f"犯盗窃罪，判处{theft}，")
            .replace("决定执行有期徒刑一年八个月", "决定执行有期徒刑四年"))  # fmt: skip
    j = extract(text)
    assert [(c.charge, c.kind, c.value) for c in j.charge_findings if c.kind == "amount_level"] == [
        ("盗窃罪", "amount_level", "巨大"), ("诈骗罪", "amount_level", "较大")]
    found = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert len(found) == fires and all("认定数额巨大" in m and "低于该档最低刑3年" in m for m in found), found


@pytest.mark.parametrize("phone, fires", [(4300, False), (124300, True)])
def test_e4_the_one_amount_based_count_beside_a_count_of_another_kind(phone: int, fires: bool) -> None:
    """盗窃 beside 寻衅滋事: the crime amount is the theft's, so the level found (数额较大) and the theft's one year are
    read against it as a one-count judgment's would be (129,500 yuan is 数额巨大 in Beijing)."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = (text.replace("又以非法占有为目的，虚构事实，骗取他人财物，数额较大，其行为已构成诈骗罪",
                         "又随意殴打他人，情节恶劣，其行为已构成寻衅滋事罪")
            .replace("犯诈骗罪，判处有期徒刑十个月，并处罚金人民币三千元", "犯寻衅滋事罪，判处有期徒刑十个月")
            .replace("决定执行有期徒刑一年八个月，并处罚金人民币八千元", "决定执行有期徒刑一年八个月，并处罚金人民币五千元")
            .replace("该手机价值人民币4300元", f"该手机价值人民币{phone}元"))  # fmt: skip
    j = extract(text)
    assert [c.charge for c in j.defendants[0].counts] == ["盗窃罪", "寻衅滋事罪"]
    assert j.total_crime_amount_yuan == phone + 5200
    found = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert len(found) == 2 * fires, found
    assert all("129500元" in m and ("已属数额巨大" in m or "属较低量刑幅度" in m) for m in found), found


@pytest.mark.parametrize(
    "said, fires",
    [
        ("庞立舟归案后有立功表现，依法可以从轻处罚。", True),
        ("庞立舟归案后虽有立功表现，但不足以从轻处罚。", False),  # the court declines: no lead
        ("庞立舟归案后有立功表现，依法可以从轻处罚，但其罪行极其严重，不足以从轻处罚。", False),
        ("庞立舟归案后有立功表现，依法可对其所犯贩卖、运输毒品罪从轻处罚。", True),  # the count named
        # a ground the law says may lighten (刑法67, 68), found with nothing said of declining to
        ("庞立舟归案后主动投案，如实供述自己的罪行，系自首。", True),
        ("庞立舟归案后如实供述自己的罪行，系坦白。", True),
        ("庞立舟归案后主动投案，如实供述自己的罪行，系自首，但不足以对二被告人从宽处罚。", False),
    ],
)
def test_e11_a_lighter_punishment_said_and_death_given(said: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    anchor = "庞立舟、蒙小禾贩卖、运输毒品数量大，罪行极其严重。"
    assert anchor in text and "E11" not in {f.rule for f in run_checks([extract(text)])}
    j = extract(text.replace(anchor, anchor + said))
    found = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E11"]
    assert [d for d, _ in found] == (["庞立舟"] if fires else []), found
    assert all("却被判处死刑立即执行" in m for _, m in found)


@pytest.mark.parametrize("rights, fires", [("剥夺政治权利终身", True), ("剥夺政治权利二年", False)])
def test_e16_political_rights_for_life_beside_a_fixed_term(rights: str, fires: bool) -> None:
    over = dict(sentence=f"有期徒刑六个月，{rights}，并处罚金人民币二千元")
    found = _messages("E16", **over)
    assert bool(found) == fires and all("只附加于死刑、无期徒刑" in m for m in found), found


@pytest.mark.parametrize("prior, fires", [
    ("2017年1月1日因犯盗窃罪被判处有期徒刑一年，缓刑二年。", True),  # a suspended sentence is not served (刑法76)
    ("2017年1月1日因犯盗窃罪被判处有期徒刑一年，2018年1月1日刑满释放。", False),
    ("2017年1月1日因犯盗窃罪被判处有期徒刑一年，缓刑二年，2017年9月1日被撤销缓刑，收监执行。", False),
])
def test_e10_a_recidivist_whose_prior_was_suspended(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": "被告人甲某系累犯，依法应当从重处罚。"}).replace("无业。", f"无业。{prior}")
    j = extract(text)
    assert j.defendants[0].recidivist and len(j.defendants[0].priors) == 1
    found = [f.message for f in run_checks([j]) if f.rule == "E10" and "缓刑" in f.message]
    assert bool(found) == fires, found


@pytest.mark.parametrize("law, fires", [("中华人民共和国刑法", True), ("中华人民共和国刑事诉讼法", False)])
def test_e17_a_review_citing_criminal_law_articles_that_fit_no_charge(law: str, fires: bool) -> None:
    """死刑复核: 依照《刑事诉讼法》第二百三十五条、第二百三十九条; written 《刑法》, the articles are 过失致人重伤 and 绑架."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "依照《中华人民共和国刑事诉讼法》第二百三十五条"
    assert old in text
    found = [f.message for f in run_checks([extract(text.replace(old, f"依照《{law}》第二百三十五条"))]) if f.rule == "E17"]
    assert len(found) == fires and all("第235、239条均不相符" in m for m in found), found


@pytest.mark.parametrize(
    "item, fires",
    [("第三百五十条第（三）项", True), ("第三百五十条第（五）项", True), ("第三百五十条第（一）项", False),
     ("第三百五十条第（二）项", False), ("第三百五十条第（一）项、第（三）项", False)],
)
def test_e17_an_approval_citing_an_item_that_refuses(item: str, fires: bool) -> None:
    """刑事诉讼法解释 (2012) 第三百五十条: items (一) and (二) approve; (三) to (六) refuse and send the case back."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "第三百五十条第（一）项"
    assert text.count(old) == 1
    j = extract(text.replace(old, item))
    found = [f.message for f in run_checks([j]) if f.rule == "E17"]
    assert found == ([f"主文核准原判（核准云南省高级人民法院（2015）云高刑…），所引用的刑事诉讼法解释{item}却是不予核准的情形"
                      "（核准应依第（一）项或第（二）项）。"] if fires else []), found


@pytest.mark.parametrize(
    "custody, fires",
    [
        ("2014年7月20日被抓获，次日被刑事拘留，2015年8月2日被逮捕", True),  # after the 一审 judgment of 2015-04-16
        ("2014年7月20日被抓获，次日被刑事拘留，同年8月2日被逮捕", False),
        # bailed: an arrest after the first judgment may follow it
        ("2014年7月20日被抓获，次日被刑事拘留，同年8月2日被取保候审，2015年8月2日被逮捕", False),
    ],
)
def test_x6_custody_after_the_first_instance_judgment(custody: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "2014年7月20日被抓获，次日被刑事拘留，同年8月2日被逮捕"
    assert text.count(old) == 2
    found = [f.message for f in run_checks([extract(text.replace(old, custody, 1))]) if f.rule == "X6"]
    assert len(found) == fires and all("晚于审理经过所述第一审判决（2015）临中刑初字第52号" in m for m in found), found


@pytest.mark.parametrize(
    "period, fires",
    [("在五日的法定期限内", True), ("在十日的法定期限内", False), ("在法定期限内", False), ("在五日的法定上诉期限内", True),
     ("在法定上诉期限内", False), ("在五日的上诉、抗诉期限内", True), ("在十五日的上诉期限内", True),
     ("在十日的上诉期限内", False), ("在法定的五日上诉、抗诉期限内", True), ("在法定的十日上诉期限内", False),
     ("在接到判决书的第二日起五日内", True), ("在接到判决书的第二日起十日内", False)],
)
def test_e14_a_period_the_history_gives_for_an_unappealed_judgment(period: str, fires: bool) -> None:
    """在…法定（上诉）期限内没有上诉、抗诉: no appeal, whose period, where the history gives its days, is the form's."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "宣判后，庞立舟、蒙小禾均提出上诉。云南省高级人民法院经依法开庭审理"
    assert old in text
    j = extract(text.replace(old, f"宣判后，{period}没有上诉、抗诉。云南省高级人民法院经依法复核"))
    assert j.earlier_decisions[0].appeal == "none"
    days = next((n for w, n in (("十五日", 15), ("十日", 10), ("五日", 5)) if w in period), None)
    assert j.earlier_decisions[0].appeal_days == days
    found = [f.message for f in run_checks([j]) if f.rule == "E14"]
    assert found == ([f"不服判决的上诉、抗诉期限为10日，审理经过却称（2015）临中刑初字第52号判决在{days}日的法定期限内没有上诉、抗诉。"]
                     if fires else []), found


@pytest.mark.parametrize("month, fires", [("2015年12月", True), ("2015年11月", False), ("2014年7月", False)])
def test_x6_a_date_of_the_facts_after_the_last_decision_the_history_tells(month: str, fires: bool) -> None:
    """The facts' 同月20日 after the high court's ruling of 2015-11-23 that judged them (after the first judgment
    alone it may be a crime in custody, prosecuted later)."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace("二、2014年7月中旬", f"二、{month}中旬", 1)
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X6" and "查明事实所述日期" in f.message]
    assert found == (["查明事实所述日期2015-12-20晚于审理经过所述（2015）云高刑终字第1187号裁定的作出日期2015-11-23。"]
                     if fires else []), found


# A retrial (审判监督) of a case ruled on in 2019, whose own findings (另查明) tell what happened since: {found}
RETRIED = (
    "某某市中级人民法院\n刑事判决书\n（2021）苏03刑再2号\n原公诉机关某某区人民检察院。\n"
    "原审被告人（申诉人）甲某，男，1985年4月2日出生，汉族，住某某区。因涉嫌犯诈骗罪于2018年5月9日被刑事拘留，"
    "同年6月13日被逮捕。现在某某监狱服刑。\n"
    "某某区人民法院审理某某区人民检察院指控原审被告人甲某犯诈骗罪一案，于2019年1月21日作出（2018）苏0302刑初411号"
    "刑事判决。宣判后，甲某提出上诉。本院于2019年4月2日作出（2019）苏03刑终97号刑事裁定，驳回上诉，维持原判。"
    "该裁定发生法律效力后，甲某以其系自动投案为由提出申诉。本院于2021年6月8日作出（2021）苏03刑申15号再审决定，"
    "对本案进行再审。本院依法另行组成合议庭，公开开庭审理了本案。现已审理终结。\n"
    "原审判决认定：2017年2月至2018年3月间，被告人甲某虚构承揽工程的事实，先后骗取被害人乙某、丙某共计人民币"
    "九万元。2018年5月9日，甲某被公安机关抓获。\n"
    "原审判决认为，被告人甲某以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪，判处有期徒刑"
    "五年，并处罚金人民币三万元。\n"
    "经再审查明：原审判决认定原审被告人甲某骗取被害人乙某、丙某财物共计人民币九万元的事实清楚，本院予以确认。"
    "另查明：{found}\n"
    "上述事实，有接报案登记表、询问笔录、情况说明、收条及谅解书等证据证实，足以认定。\n"
    "本院认为，原审被告人甲某以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪。甲某案发后"
    "自动投案，如实供述自己的罪行，系自首，依法可以从轻处罚。依照《中华人民共和国刑法》第二百六十六条、第六十七条"
    "第一款、第五十二条、第五十三条之规定，判决如下：\n"
    "一、撤销本院（2019）苏03刑终97号刑事裁定和某某区人民法院（2018）苏0302刑初411号刑事判决中对原审被告人甲某的"
    "量刑部分；\n二、原审被告人甲某犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2018年5月9日起至2021年5月8日止。）\n"
    "本判决为终审判决。\n审判长　丁某\n审判员　戊某\n审判员　己某\n二〇二一年十一月三十日\n书记员　庚某\n"
)


@pytest.mark.parametrize(
    "found, fires",
    [
        # a correction an authority made for the retrial, though it names the capture it corrects
        ("2018年5月9日，甲某到某某派出所投案。公安机关原出具的到案经过中“抓获”的表述有误，某某区公安分局已于2021年"
         "7月14日出具情况说明予以更正。", None),
        ("2020年3月至2021年2月，甲某的亲属代其退赔被害人全部损失，被害人乙某于2021年3月2日出具谅解书。", None),
        ("甲某于2020年10月9日向本院提出申诉。", None),
        # a day of the crime after the ruling that judged it: the date is wrong
        ("2019年9月5日，甲某再次虚构承揽工程的事实，骗取被害人丙某人民币一万元。", "2019-09-05"),
    ],
)
def test_x6_a_retrials_own_findings_may_come_after_the_decisions_it_reviews(
    found: str, fires: str | None
) -> None:
    """A retrial's (or an appeal's) own findings tell what happened after the decisions the history tells (a
    correction, an authority's 情况说明, restitution and forgiveness, the petition): none of the case they judged;
    a crime so dated is."""
    j = extract(RETRIED.format(found=found))
    assert [x.date for x in j.earlier_decisions] == ["2019-01-21", "2019-04-02"]
    assert j.retrial_orders and j.retrial_orders[0].date == "2021-06-08"
    found_x6 = [f.message for f in run_checks([j]) if f.rule == "X6" and "查明事实所述日期" in f.message]
    assert found_x6 == ([f"查明事实所述日期{fires}晚于审理经过所述（2019）苏03刑终97号裁定的作出日期2019-04-02。"]
                        if fires else []), found_x6


# A retrial (提审) of a theft judged in 2020, which corrects the value the first instance found: a valuation
# made anew ({found}), and the reasoning's words on the first instance's amount ({said})
CORRECTED = (
    "某某市中级人民法院\n刑事判决书\n（2022）皖02刑再5号\n原公诉机关某某区人民检察院。\n"
    "原审被告人甲某，男，1984年6月3日出生，汉族，住某某区。因涉嫌犯盗窃罪于2020年4月2日被刑事拘留，同年5月8日被逮捕。"
    "现在某某监狱服刑。\n"
    "某某区人民法院审理某某区人民检察院指控原审被告人甲某犯盗窃罪一案，于2020年10月12日作出（2020）皖0202刑初301号"
    "刑事判决，认定甲某犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元。宣判后，甲某未提出上诉，检察机关未提出"
    "抗诉，该判决发生法律效力。后甲某以原判认定的盗窃数额有误为由提出申诉。本院于2022年3月9日作出（2022）皖02刑申11号"
    "再审决定，提审本案。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。\n"
    "原判认定：2019年12月至2020年3月间，原审被告人甲某先后四次在某某区盗窃他人财物，共计价值人民币48600元。\n"
    "经再审查明：2019年12月至2020年3月间，原审被告人甲某先后四次在某某区盗窃他人财物。其中，2020年2月3日夜间，甲某在"
    "某某区一处仓库内盗窃被害人乙某存放的废旧钢材一批。{found}其余三次盗窃财物共计价值人民币18400元。甲某四次盗窃财物"
    "共计价值人民币21500元。\n"
    "上述事实，有被害人陈述、扣押清单、价格认定复核结论书等证据证实，足以认定。\n"
    "本院认为，原审被告人甲某以非法占有为目的，多次秘密窃取他人财物，数额较大，其行为已构成盗窃罪。{said}"
    "依照《中华人民共和国刑事诉讼法》第二百五十六条和《中华人民共和国刑法》第二百六十四条、第五十二条、第五十三条之规定，"
    "判决如下：\n一、撤销某某区人民法院（2020）皖0202刑初301号刑事判决；\n"
    "二、原审被告人甲某犯盗窃罪，判处有期徒刑二年，并处罚金人民币五千元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2020年4月2日起至2022年4月1日止。）\n"
    "本判决为终审判决。\n审判长　丙某\n审判员　丁某\n审判员　戊某\n二〇二二年九月十五日\n书记员　己某\n"
)
_REVALUED = "某某市价格认证中心于2021年8月30日作出复核结论，认定该批废旧钢材价值人民币3100元。"


@pytest.mark.parametrize(
    "said, fires",
    [
        # the first instance's figure, which the court says was wrong and corrects
        ("原判认定甲某盗窃数额为人民币48600元，系因对涉案废旧钢材的价值认定错误所致，经复核，甲某的盗窃数额应为人民币"
         "21500元，原判认定事实错误，应予纠正。", False),
        ("原判认定甲某的盗窃数额为人民币48600元不当，应予纠正。", False),
        # told as the court's own, or the first instance's with the court agreeing: no amount of the facts
        ("甲某盗窃财物共计价值人民币48600元。", True),
        ("原判认定甲某的盗窃数额为人民币48600元，事实清楚，但量刑不当。", True),
        # a party's word of a wrong, which the court turns down
        ("原判认定甲某的盗窃数额为人民币48600元，申诉人提出认定错误，其意见不能成立。", True),
    ],
)
def test_x3_the_first_instance_s_amount_a_retrial_corrects(said: str, fires: bool) -> None:
    """原判认定…盗窃数额为人民币48600元，系因…价值认定错误所致，经复核…应为人民币21500元: the first instance's
    wrong figure, retold to correct it, is no amount the court finds, so not one its reasoning restates of the
    facts."""
    j = extract(CORRECTED.format(found=_REVALUED, said=said))
    assert j.total_crime_amount_yuan == 21500
    assert ("48600元" in [a.text for a in j.amounts if a.section == "reasoning"]) == fires
    x3 = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert x3 == (["本院认为部分认定的数额48600元与经审理查明的数额（合计21500元）不一致。"] if fires else []), x3


@pytest.mark.parametrize(
    "found, fires",
    [
        # a valuation made anew, and an accomplice caught, after the judgment the retrial reviews
        (_REVALUED, None),
        ("经某某市价格认证中心于2021年8月30日复核，该批废旧钢材价值人民币3100元。", None),
        ("该批废旧钢材价值人民币3100元。同案人庚某于2021年3月5日被公安机关抓获。", None),
        # an act so dated is after the judgment that judged it
        ("该批废旧钢材价值人民币3100元。2021年3月5日，甲某又在该仓库盗窃废旧钢材一批。", "2021-03-05"),
    ],
)
def test_x6_a_day_after_the_judgment_a_retrial_reviews_that_is_none_of_the_act(
    found: str, fires: str | None
) -> None:
    """A retrial's own findings may tell evidence made after the judgment it reviews (价格认证中心于2021年8月30日作出
    复核结论, of a theft judged 2020-10-12), or what came after the act (an accomplice caught): no day of the act,
    which that judgment judged; a day of an act is."""
    j = extract(CORRECTED.format(found=found, said=""))
    assert [x.date for x in j.earlier_decisions] == ["2020-10-12"]
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6" and "查明事实所述日期" in f.message]
    assert x6 == ([f"查明事实所述日期{fires}晚于审理经过所述（2020）皖0202刑初301号判决的作出日期2020-10-12。"]
                  if fires else []), x6


@pytest.mark.parametrize(
    "more, fires",
    [("", False), ("二审期间，上诉人甲某的亲属于2020年5月20日代其退赔被害人损失人民币二万元，取得被害人谅解。", False),
     ("2020年5月20日，上诉人甲某的亲属代其退赔被害人损失，被害人出具了谅解书。", False),
     ("2020年5月20日，甲某又窃得手机一部。", True)],
)
def test_x6_restitution_an_appeal_finds_after_the_first_judgment(more: str, fires: bool) -> None:
    """An appeal's own findings may date restitution after the first instance's judgment (2020-03-30); a theft
    so dated is after the judgment that judged it. (Its day, the facts' only whole one, is then their first
    too: X6 also finds the judgment and the custody before it.)"""
    same = "经审理查明的事实与原判认定的事实一致。"
    text = TWO_RETOLD.format(more="").replace(same, same + more)
    assert more in text
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X6"]
    assert found == ([
        "查明事实所述日期2020-05-20晚于审理经过所述（2020）浙0110刑初16号判决的作出日期2020-03-30。",
        "审理经过所述（2020）浙0110刑初16号判决作出于2020-03-30，早于查明的最早犯罪时间2020-05-20。",
        "被告人甲某刑事拘留日期2019-10-09早于查明的最早犯罪时间2020-05-20。",
        "被告人乙某刑事拘留日期2019-10-09早于查明的最早犯罪时间2020-05-20。",
    ] if fires else []), found


@pytest.mark.parametrize(
    "more",
    [
        # the accused's report of another's crime, told in custody: neither day is the case's
        "另查明，2020年5月20日，上诉人甲某在某某看守所羁押期间，向民警书面检举同监室人员丙某于2019年8月在某某区"
        "盗窃他人电动自行车二辆的犯罪事实，经查证属实。",
        "另查明，2020年5月20日，上诉人甲某在羁押期间揭发他人贩卖毒品的犯罪线索，经公安机关查证属实。",
        # the accused's conduct in custody
        "另查明，上诉人甲某在羁押期间表现良好，于2020年5月20日受到看守所书面表扬。",
    ],
)
def test_x6_the_accused_s_merit_or_conduct_in_custody_an_appeal_finds(more: str) -> None:
    """An appeal's own findings of what the accused did in custody after the first instance's judgment
    (2020-03-30), a 检举 of another's crime (立功) or their conduct there: no day of the case the judgment judged,
    nor is the day of the other's crime the report tells; the facts (2019年9月至10月间) tell no whole day."""
    same = "经审理查明的事实与原判认定的事实一致。"
    j = extract(TWO_RETOLD.format(more="").replace(same, same + more))
    assert (j.offence_start, j.offence_end) == (None, None)
    assert j.facts_last_case_date != "2020-05-20"
    assert [f.message for f in run_checks([j]) if f.rule == "X6"] == []


# A ruling that allows an appeal withdrawn, whose appeal's course is told after its account of the judgment
# appealed, in a paragraph of its own; it finds no facts of its own
WITHDRAWN_AFTER_ACCOUNT = (
    "某某市中级人民法院\n刑事裁定书\n（2022）闽02刑终41号\n原公诉机关某某区人民检察院。\n"
    "上诉人（原审被告人）宁远航，男，2001年3月8日出生，汉族，住某某区。因涉嫌犯帮助信息网络犯罪活动罪于2021年11月"
    "23日被刑事拘留，同年12月29日被逮捕。\n"
    "某某区人民法院审理某某区人民检察院指控原审被告人宁远航犯帮助信息网络犯罪活动罪一案，于2022年4月15日作出（2022）"
    "闽0203刑初58号刑事判决。原判认定，2021年7月至9月间，被告人宁远航明知他人利用信息网络实施犯罪，仍将其名下的银行卡"
    "出租给他人使用，获利人民币3000元。据此，以帮助信息网络犯罪活动罪判处被告人宁远航有期徒刑八个月，并处罚金人民币"
    "三千元。\n"
    "{course}\n"
    "本院认为，上诉人宁远航在上诉期满后要求撤回上诉，经审查，原判认定事实清楚，量刑适当。上诉人宁远航撤回上诉的申请"
    "符合法律规定，应予准许。依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第三百八十三条第一款之规定，"
    "裁定如下：\n准许上诉人宁远航撤回上诉。\n本裁定为终审裁定。\n审判长　甲某\n审判员　乙某\n审判员　丙某\n"
    "二〇二二年六月十日\n书记员　丁某\n"
)


@pytest.mark.parametrize(
    "course",
    [
        "宣判后，原审被告人宁远航以原判量刑过重为由提出上诉。本院依法组成合议庭审理本案。在本院审理过程中，上诉人宁远航"
        "于2022年6月2日向本院提出撤回上诉的书面申请。",
        "宣判后，宁远航不服，提出上诉。\n在本院审理期间，上诉人宁远航于2022年6月2日向本院申请撤回上诉。",
    ],
)
def test_x6_the_withdrawal_of_an_appeal_told_after_the_account_is_no_fact(course: str) -> None:
    """宣判后…提出上诉。…上诉人于2022年6月2日…撤回上诉, told after the account of the judgment appealed, is the
    procedure of the appeal: not the facts the ruling adopts, so that its day is no crime's (a false X6 of
    three leads) and the judgment is read as appealed."""
    j = extract(WITHDRAWN_AFTER_ACCOUNT.format(course=course))
    assert (j.offence_start, j.facts_last_date, j.facts_last_case_date) == (None, None, None)
    told = [(x.date, x.appeal, x.appealed) for x in j.earlier_decisions]
    assert told == [("2022-04-15", "defendant", True)]
    assert [f.message for f in run_checks([j]) if f.rule == "X6"] == []


@pytest.mark.parametrize("more, fires", [("", False), ("甲某于2021年10月8日被抓获。", True)])
def test_x6_a_term_recounted_in_the_facts_may_end_after_the_ruling(more: str, fires: bool) -> None:
    """The first instance's term the adopted facts recount (…即自2019年10月9日起至2021年10月8日止) ends after the
    appeal's ruling of 2020-06-09: no event of the case, nor is its start (the facts tell months only); a
    capture on that day told in the history is one."""
    j = extract(TWO_RETOLD.format(more=more))
    assert j.facts_last_date is None
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["审理经过所述日期2021-10-08晚于裁判日期2020-06-09。"] if fires else []), found


def test_x6_a_term_the_facts_recount_is_no_day_of_theirs() -> None:
    """Ended before the ruling (of 2022) but after the first instance's judgment that judged the facts, the term's
    end is still no day of the facts: not their last (X6 would take it for a fact after that judgment), nor the
    offence's. Nor is its start (2019-10-09, the first day of custody): the facts (2019年9月至10月间) tell no
    whole day."""
    j = extract(TWO_RETOLD.format(more="").replace("二〇二〇年六月九日", "二〇二二年六月九日"))
    assert (j.facts_last_date, j.offence_start, j.offence_end) == (None, None, None)
    assert [f.message for f in run_checks([j]) if f.rule == "X6"] == []


WITHDRAWN = (
    "某某市中级人民法院 刑事裁定书 （2022）鲁02刑终9号 原公诉机关某某区人民检察院。 "
    "上诉人（原审被告人）钟迅，男，1988年2月3日出生，汉族，住某某区。因涉嫌犯帮助信息网络犯罪活动罪，于2021年12月14日"
    "被刑事拘留，2022年1月20日被逮捕。 某某区人民法院审理某某区人民检察院指控原审被告人钟迅犯帮助信息网络犯罪活动罪一案，"
    "于2022年5月9日作出（2022）鲁0211刑初7号刑事判决，认定被告人钟迅犯帮助信息网络犯罪活动罪，判处{sentence}。"
    "宣判后，钟迅不服，提出上诉。{more}本院依法组成合议庭审理本案。在本院审理期间，上诉人钟迅于2022年6月20日向本院申请"
    "撤回上诉。 本院认为，上诉人钟迅在上诉期满后要求撤回上诉，经审查，原判认定事实和适用法律正确，量刑适当，应予准许。"
    "依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第三百八十三条之规定，裁定如下： "
    "准许上诉人钟迅撤回上诉。 本裁定为终审裁定。 审判长 甲某 审判员 乙某 审判员 丙某 二〇二二年六月二十八日 书记员 丁某"
)


@pytest.mark.parametrize(
    "sentence, more, late",
    [
        # the end of a term, of a probation, a fine's last day of payment the history recounts: no event
        ("有期徒刑八个月，并处罚金人民币三千元（刑期自2021年12月14日起至2022年8月13日止）", "", None),
        ("有期徒刑八个月，并处罚金人民币三千元，刑期至2022年8月13日", "", None),
        ("有期徒刑八个月，缓刑一年，并处罚金人民币三千元（缓刑考验期限自2022年5月20日起至2023年5月19日止）", "", None),
        ("有期徒刑八个月，缓刑一年，并处罚金人民币三千元（罚金限于2022年9月1日前缴纳）", "", None),
        # a capture after the ruling is one, term note or not
        ("有期徒刑八个月，并处罚金人民币三千元", "钟迅于2022年8月13日被抓获。", "2022-08-13"),
        ("有期徒刑八个月，并处罚金人民币三千元（刑期自2021年12月14日起至2022年8月13日止）", "钟迅于2022年8月14日被抓获。",
         "2022-08-14"),
    ],
)
def test_x6_the_end_of_a_sentence_the_history_recounts_is_no_event(
    sentence: str, more: str, late: str | None
) -> None:
    j = extract(WITHDRAWN.format(sentence=sentence, more=more))
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([f"审理经过所述日期{late}晚于裁判日期2022-06-28。"] if late else []), found


@pytest.mark.parametrize("restated, fires", [("8500元", True), ("9500元", False), ("5500元", False)])
def test_x3_restated_amount_where_the_first_count_has_none(restated: str, fires: bool) -> None:
    """The first count (寻衅滋事) has no crime amount, so the document's is the second's (盗窃, 9500元), which may be
    one defendant's or one count's of several: the reasoning's 盗窃 amount is compared with the facts' amounts and the
    sums of some of them (4300元 and 1200元 make 5500元)."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = (text.replace("又以非法占有为目的，虚构事实，骗取他人财物，数额较大，其行为已构成诈骗罪",
                         "又随意殴打他人，情节恶劣，其行为已构成寻衅滋事罪")
            .replace("经鉴定，该手表价值人民币4000元。", "经鉴定，该手表价值人民币4000元。以上共计价值人民币9500元。")
            .replace("多次秘密窃取他人财物，数额较大", f"多次秘密窃取他人财物共计价值人民币{restated}，数额较大")
            .replace("犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑十个月，并处罚金人民币三千元；",
                     "犯寻衅滋事罪，判处有期徒刑十个月；犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；"))  # fmt: skip
    j = extract(text)
    assert [c.charge for c in j.defendants[0].counts] == ["寻衅滋事罪", "盗窃罪"] and j.total_crime_amount_yuan == 9500
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert len(found) == fires and all(f"数额{restated}，经审理查明部分未见此数额" in m for m in found), found


@pytest.mark.parametrize(
    "reasoning, fires",
    [
        ("其行为已构成贩卖、运输毒品罪", True),  # the result's 贩卖毒品罪 leaves out 运输
        ("其行为已构成贩卖毒品罪", False),
        ("其行为已构成贩卖毒品罪。其运输毒品的行为亦构成运输毒品罪", False),  # the result's form is written too
    ],
)
def test_x1_a_selective_charge_convicted_of_fewer_acts_than_found(reasoning: str, fires: bool) -> None:
    """(The reasoning's 又犯贩卖毒品罪 of the 毒品再犯 would write the result's form too: it says 又犯毒品犯罪 here.)"""
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8").replace("又犯贩卖毒品罪", "又犯毒品犯罪")
    assert text.count("其行为已构成贩卖毒品罪") == 1
    found = [f for f in run_checks([extract(text.replace("其行为已构成贩卖毒品罪", reasoning))]) if f.rule == "X1"]
    assert [(f.severity, "少列了运输行为" in f.message) for f in found] == ([("warning", True)] if fires else []), found


@pytest.mark.parametrize("second", ["贩卖毒品罪", "贩卖、运输毒品罪"])
def test_x1_several_defendants_convicted_of_fewer_acts_than_any_is_found(second: str) -> None:
    """本院认为…其行为均已构成贩卖、运输毒品罪 of two defendants each convicted of 贩卖毒品罪: the reasoning's acts are
    nobody's, so each is reported. Where one is convicted of them all, the other's fewer acts may be their own."""
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8").replace("又犯贩卖毒品罪", "又犯毒品犯罪")
    j = extract(text.replace("其行为已构成贩卖毒品罪", "其行为均已构成贩卖、运输毒品罪"))
    d = j.defendants[0]
    other = replace(d, name="林秀明", charges=(second,))
    found = [f for f in run_checks([replace(j, defendants=(d, other))]) if f.rule == "X1"]
    told = [(f.defendant, "少列了运输行为" in f.message) for f in found]
    assert told == ([(d.name, True), ("林秀明", True)] if second == "贩卖毒品罪" else []), found


# three defendants, the reasoning concluding each one's charge apart (甲某 a gun, 乙某 hiding him, 丙某 bribing
# a witness)
THREE_CHARGES = (
    "某某市某某区人民法院 刑事判决书 （2023）浙0102刑初27号 公诉机关某某市某某区人民检察院。 "
    + "".join(f"被告人{n}，男，1980年1月1日出生，汉族，初中文化，无业。因本案于2023年8月3日被刑事拘留。 "
              for n in ("甲某", "乙某", "丙某"))
    + "某某区人民检察院以起诉书指控被告人甲某犯非法制造、买卖枪支罪，被告人乙某犯窝藏罪，被告人丙某犯妨害作证罪，"
    "于2023年11月2日向本院提起公诉。 "
    "经审理查明：2023年5月，被告人甲某在其租住的仓库内制造气枪4支，并以每支人民币1500元的价格出售给他人。"
    "案发后，被告人乙某明知甲某系犯罪的人，仍为其提供住处，帮助其逃匿。被告人丙某以给付人民币1万元的方法指使证人丁某作伪证。 "
    "本院认为，{reason}公诉机关指控的罪名成立。"
    "依照《中华人民共和国刑法》第一百二十五条第一款、第三百一十条第一款、第三百零七条第一款之规定，判决如下： "
    "一、被告人甲某犯非法制造、买卖枪支罪，判处有期徒刑三年。二、被告人乙某犯{second}，判处有期徒刑一年。"
    "三、被告人丙某犯{third}，判处有期徒刑八个月。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员庚某 二〇二三年十二月十五日 书记员辛某"
)
APART = ("被告人甲某违反枪支管理规定，非法制造、买卖枪支，其行为已构成非法制造、买卖枪支罪；被告人乙某明知是犯罪的人而为其提供"
         "住处，帮助其逃匿，其行为已构成窝藏罪；被告人丙某以贿买方法指使他人作伪证，其行为已构成妨害作证罪。")


@pytest.mark.parametrize(
    ("reason", "second", "third", "found"),
    [
        # the result's charge of 丙某 is none the reasoning concludes: compared with 丙某's own, his clause the
        # evidence
        (APART, "窝藏罪", "帮助毁灭、伪造证据罪",
         [("丙某", "判决主文认定被告人丙某犯帮助毁灭、伪造证据罪，本院认为部分认定被告人丙某构成妨害作证罪，二者不一致。",
           "被告人丙某以贿买方法指使他人作伪证，其行为已构成妨害作证罪")]),
        # 乙某 convicted of 丙某's charge, which the reasoning concludes of 丙某 alone
        (APART, "妨害作证罪", "妨害作证罪",
         [("乙某", "判决主文认定被告人乙某犯妨害作证罪，本院认为部分认定被告人乙某构成窝藏、包庇罪，二者不一致。",
           "被告人乙某明知是犯罪的人而为其提供住处，帮助其逃匿，其行为已构成窝藏罪")]),
        (APART, "窝藏罪", "妨害作证罪", []),
        # a reasoning that tells no one's charge apart (被告人甲某、乙某、丙某的行为分别构成…) is read whole, as before
        ("被告人甲某、乙某、丙某的行为分别构成非法制造、买卖枪支罪、窝藏罪、妨害作证罪。", "窝藏罪", "帮助毁灭、伪造证据罪",
         [("丙某", "判决主文认定被告人丙某犯帮助毁灭、伪造证据罪，本院认为部分认定的罪名为非法制造、买卖、运输、邮寄、储存枪支、"
           "弹药、爆炸物罪、窝藏、包庇罪、妨害作证罪，二者不一致。", "非法制造、买卖枪支罪")]),
    ],
)
def test_x1_each_defendant_against_the_charges_the_reasoning_concludes_of_them(
    reason: str, second: str, third: str, found: list[tuple[str, str, str]]
) -> None:
    """本院认为，被告人甲某…构成非法制造、买卖枪支罪；被告人乙某…构成窝藏罪；被告人丙某…构成妨害作证罪, and 丙某 convicted of
    帮助毁灭、伪造证据罪: the finding tells 丙某's own charge and points at the clause that concludes it, not at 甲某's
    charge, the reasoning's first (nor gives 丙某 all three)."""
    j = extract(THREE_CHARGES.format(reason=reason, second=second, third=third))
    x1 = [f for f in run_checks([j]) if f.rule == "X1"]
    assert [(f.defendant, f.message, f.evidence[-1].text) for f in x1] == found, x1
    assert [d.charges_concluded for d in j.defendants] == ([
        ("非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪",), ("窝藏、包庇罪",), ("妨害作证罪",)] if reason == APART else [()] * 3)


GUN, HIDE, BRIBE = "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "窝藏、包庇罪", "妨害作证罪"


@pytest.mark.parametrize(
    ("reason", "concluded"),
    [
        (APART, [(GUN,), (HIDE,), (BRIBE,)]),
        # a clause names each defendant it tells of, the one hidden too (of 甲某 as well: no charge is taken
        # from anyone)
        (APART.replace("被告人乙某明知是犯罪的人而为其提供住处", "被告人乙某伙同被告人丙某为甲某提供住处"),
         [(GUN, HIDE), (HIDE,), (HIDE, BRIBE)]),
        # the subject told before the ；: a charge of the clause after it is everyone's
        (APART.replace("作伪证，其行为", "作伪证；其行为"), [(GUN, BRIBE), (HIDE, BRIBE), (BRIBE,)]),
        # 二被告人, 均: of several together
        (APART.replace("被告人乙某明知", "二被告人明知"), [(GUN, HIDE), (HIDE,), (HIDE, BRIBE)]),
    ],
)
def test_the_charges_the_reasoning_concludes_of_each_defendant(
    reason: str, concluded: list[tuple[str, ...]]
) -> None:
    j = extract(THREE_CHARGES.format(reason=reason, second="窝藏罪", third="妨害作证罪"))
    assert [d.charges_concluded for d in j.defendants] == concluded


def test_the_history_s_decisions_are_read_in_order() -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    j = extract(text)
    assert [(x.date, x.case_number, x.form) for x in j.earlier_decisions] == [
        ("2015-04-16", "（2015）临中刑初字第52号", "判决"), ("2015-11-23", "（2015）云高刑终字第1187号", "裁定")]
    x = j.earlier_decisions[1]
    assert text[x.start : x.end] == x.text == "于2015年11月23日以（2015）云高刑终字第1187号刑事裁定"
    assert "X6" not in {f.rule for f in run_checks([j])}


@pytest.mark.parametrize(
    "old, new, severity, words",
    [
        # the 二审 ruling dated before the 一审 judgment it upholds
        ("于2015年11月23日以", "于2015年1月23日以", "warning", "早于在其之前所述的（2015）临中刑初字第52号判决"),
        # this review dated before the ruling it reviews
        ("二〇一六年五月十一日", "二〇一五年十一月十一日", "error", "晚于本文书的裁判日期2015-11-11"),
        # the 一审 judgment dated before the crime it judged
        ("于2015年4月16日以", "于2013年4月16日以", "warning", "早于查明的最早犯罪时间2013-09-12"),
    ],
)
def test_x6_a_history_out_of_order(old: str, new: str, severity: str, words: str) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert old in text
    # (a review dated 2015 is also before the year its number, （2016）最高法刑核…, was filed, and custody of 2014 is
    # after a first judgment of 2013: other findings)
    found = [f for f in run_checks([extract(text.replace(old, new))])
             if f.rule == "X6" and "收案年度" not in f.message and "晚于审理经过所述第一审判决" not in f.message]
    assert [(f.severity, words in f.message) for f in found] == [(severity, True)], [f.message for f in found]


@pytest.mark.parametrize("period, fires", [("2017年3月至2018年6月", False), ("2021年5月至2022年6月", True)])
def test_the_law_of_a_month_only_offence_period(period: str, fires: bool) -> None:
    """职务侵占 carried no 罚金 before 修正案（十一） (2021-03-01): facts dated by month only count from their first
    month, not from the judgment's date (a 2024 retrial of a 2017 offence was flagged)."""
    text = (
        "某某市某某区人民法院 刑事判决书 （2024）浙0102刑初9号 公诉机关某某市某某区人民检察院。 "
        "被告人甲某，男，1975年1月8日出生，汉族。因本案于2023年5月10日被刑事拘留，同年6月14日被逮捕。 "
        "某某区人民检察院以起诉书指控被告人甲某犯职务侵占罪，于2023年9月1日向本院提起公诉。 "
        f"经审理查明，{period}，被告人甲某利用担任仓库主管的职务便利，将货款人民币72000元据为己有。 "
        "本院认为，被告人甲某利用职务上的便利，将本单位财物非法占为己有，数额较大，其行为已构成职务侵占罪。"
        "依照《中华人民共和国刑法》第二百七十一条第一款之规定，判决如下： 被告人甲某犯职务侵占罪，判处有期徒刑一年六个月。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇二四年一月二十五日 书记员丙某"
    )
    e5 = [f.message for f in run_checks([extract(text)]) if f.rule == "E5"]
    assert bool(e5) == fires, e5


def test_the_total_of_facts_told_charge_by_charge_is_the_first_charges() -> None:
    """一、抢劫事实 … 二、盗窃事实 …: the total is the robbery's (its parts only), and the theft count's fine is not
    held against it, but against the theft's own 2500元 (盗窃解释第十四条: at most twice the amount), the parts'
    headings read between spaces as a flattened text writes them."""
    text = (
        "某某市某某区人民法院 刑事判决书 （2023）浙0102刑初5号 公诉机关某某市某某区人民检察院。 "
        "被告人甲某，男，1993年12月25日出生，汉族。因本案于2023年2月20日被刑事拘留，同年3月24日被逮捕。 "
        "某某区人民检察院以起诉书指控被告人甲某犯抢劫罪、盗窃罪，于2023年8月14日向本院提起公诉。 "
        "经审理查明： 一、抢劫事实 2023年2月11日，被告人甲某持刀威胁被害人乙某，劫得现金人民币6000元及金项链一条"
        "（经鉴定价值人民币12400元），劫取财物共计价值人民币18400元。 二、盗窃事实 2022年12月9日，被告人甲某盗窃被害人丙某"
        "电动自行车一辆，经鉴定价值人民币1300元。2023年1月5日，被告人甲某盗窃被害人丁某电动自行车一辆，经鉴定价值人民币1200元。"
        "以上盗窃财物共计价值人民币2500元。 "
        "本院认为，被告人甲某以非法占有为目的，持刀劫取他人财物，其行为已构成抢劫罪；多次秘密窃取他人财物，共计价值人民币2500元，"
        "数额较大，其行为又构成盗窃罪，应予数罪并罚。依照《中华人民共和国刑法》第二百六十三条、第二百六十四条、第六十九条之规定，判决如下： "
        "被告人甲某犯抢劫罪，判处有期徒刑四年，并处罚金人民币一万元；犯盗窃罪，判处有期徒刑八个月，并处罚金人民币三千元；"
        "决定执行有期徒刑四年六个月，并处罚金人民币一万三千元。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员戊某 二〇二三年九月一日 书记员己某"
    )
    j = extract(text)
    assert j.total_crime_amount_yuan == 18400 and j.span("total_crime_amount_yuan").text.startswith("18400")
    assert [f.message for f in run_checks([j]) if f.rule in ("E5", "X3")] == []
    over = extract(text.replace("罚金人民币三千元", "罚金人民币六千元").replace("一万三千元", "一万六千元"))
    assert [f.message for f in run_checks([over]) if f.rule in ("E5", "X3")] == [
        "被告人甲某被判处罚金6000元，超过犯罪数额2500元的2倍。"]


@pytest.mark.parametrize(
    "theft, value, reason, fires",
    [
        ("有期徒刑四年", "260", "", True),  # only 数额巨大或者有其他严重情节 allows four years
        ("有期徒刑二年", "260", "", False),  # the first bracket's
        ("有期徒刑四年", "16000", "", False),  # half of 数额巨大 (30,000 at the least): 其他严重情节 may open it
        ("有期徒刑四年", "260", "情节严重，", False),  # a 情节 level found
    ],
)
def test_e4_a_count_s_term_that_no_amount_of_the_facts_reaches(
    theft: str, value: str, reason: str, fires: bool
) -> None:
    """Two counts: 盗窃 of four years beside a 故意伤害, for 260 yuan of diesel, where the reasoning states no level. The
    facts' amounts added up bound the count's amount: short of half the least 数额巨大, neither the amount nor the
    other serious circumstances reach the second bracket."""
    text = (
        "某某市中级人民法院 刑事判决书 （2023）浙01刑初5号 公诉机关某某市人民检察院。 "
        "被告人甲某，男，1983年12月25日出生，汉族。因本案于2023年2月20日被刑事拘留，同年3月24日被逮捕。 "
        "某某市人民检察院以起诉书指控被告人甲某犯故意伤害罪、盗窃罪，于2023年8月14日向本院提起公诉。 "
        "经审理查明： 一、故意伤害事实 2023年2月11日，被告人甲某持刀捅刺被害人乙某腹部，致乙某重伤二级。 "
        f"二、盗窃事实 2023年1月5日，被告人甲某携带匕首盗窃被害人丙某柴油34.7升，价值人民币{value}元。 "
        f"本院认为，被告人甲某故意伤害他人身体，致人重伤，其行为已构成故意伤害罪；携带凶器盗窃他人财物，{reason}其行为又构成盗窃罪，"
        "应予数罪并罚。依照《中华人民共和国刑法》第二百三十四条第二款、第二百六十四条、第六十九条之规定，判决如下： "
        f"被告人甲某犯故意伤害罪，判处有期徒刑五年；犯盗窃罪，判处{theft}，并处罚金人民币一千元；"
        "决定执行有期徒刑六年，并处罚金人民币一千元。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员戊某 二〇二三年九月一日 书记员己某"
    )
    e4 = [f.message for f in run_checks([extract(text)]) if f.rule == "E4"]
    assert e4 == ([f"被告人甲某犯盗窃罪被判处有期徒刑4年，该刑罚仅第2档（数额巨大或者有其他严重情节）可判，而查明事实所涉数额合计"
                   f"{value}元不及数额巨大最低标准30000元的一半，本院认为部分亦未认定数额或情节等级。"] if fires else []), e4


def test_one_count_gives_one_political_rights_finding() -> None:
    """A single count's sentence is the verdict: one E16, with the charge in its evidence (it was given twice)."""
    text = TEMPLATE.format(**{**BASE, "sentence": "有期徒刑六个月，剥夺政治权利六年，并处罚金人民币二千元"})
    e16 = [f for f in run_checks([extract(text)]) if f.rule == "E16"]
    assert len(e16) == 1 and "剥夺政治权利6年" in e16[0].message


def test_x7_a_start_a_day_or_two_before_the_custody_names_the_likely_capture_day() -> None:
    """刑期自12月1日起算 with 12月2日被刑事拘留: usually the capture day the facts give (a reviewer found it in all four
    such findings on dev), so an info that says so, not "且未说明理由"."""
    text = TEMPLATE.format(**{**BASE, "start": "2019年12月1日", "end": "2020年5月31日"})
    (f,) = [f for f in run_checks([extract(text)]) if f.rule == "X7"]
    assert f.severity == "info" and f.message.endswith("早于首部所载首次羁押日2019-12-02（相差1日），多为查明事实中的抓获日，请核对。")


def test_e17_says_the_charge_s_article_is_not_among_those_cited() -> None:
    """The articles cited may be other counts' own (第263条 for a 抢劫罪 beside the 盗窃罪): the message says the charge's
    article is missing from them, not that they were cited instead of it (a reviewer read that as misleading)."""
    (f,) = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, "article": "二百六十六"}))]) if f.rule == "E17"]
    assert f.message == "判决认定被告人甲某犯盗窃罪（刑法第264条），所引用的刑法分则条文（第266条）中没有该条。"


def _x1(text: str) -> list[tuple[str, str | None]]:
    return [(f.severity, f.defendant) for f in run_checks([extract(text)]) if f.rule == "X1"]


def test_selective_charge_named_for_other_acts_than_the_reasoning_is_x1() -> None:
    """贩卖毒品罪 and 运输毒品罪 are forms of one standard charge, but the result must name the acts the reasoning found."""
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8")
    assert _x1(text) == []
    assert _x1(text.replace("一、被告人尤志坤犯贩卖毒品罪", "一、被告人尤志坤犯运输毒品罪")) == [("error", "尤志坤")]
    # the reasoning naming both acts covers a result that names both, or one of them
    both = text.replace("其行为已构成贩卖毒品罪", "其行为已构成贩卖、运输毒品罪")
    assert _x1(both.replace("一、被告人尤志坤犯贩卖毒品罪", "一、被告人尤志坤犯贩卖、运输毒品罪")) == []
    assert _x1(both) == []


def test_charge_the_reasoning_concludes_and_the_result_gives_nobody_is_x1() -> None:
    text = TEMPLATE.format(**BASE).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。其另一行为已构成诈骗罪。")
    assert _x1(text) == [("warning", None)]
    assert _x1(TEMPLATE.format(**BASE)) == []


def test_title_naming_a_charge_nobody_else_names_is_x1() -> None:
    """The title's case cause (甲某盗窃一审刑事判决书) against the result, the reasoning and the prosecution."""
    text = TEMPLATE.format(**BASE)
    assert _x1("甲某盗窃一审刑事判决书\n" + text) == []
    assert _x1("甲某诈骗一审刑事判决书\n" + text) == [("warning", None)]
    # the prosecution's charge, which the court changed, may stay the case's cause
    changed = TEMPLATE.format(**{**BASE, "charge": "诈骗罪"})
    assert _x1("甲某诈骗罪一审刑事判决书\n" + changed) == []


@pytest.mark.parametrize(("title", "fires"), [
    ("甲某运输毒品罪一审刑事判决书", True),
    ("甲某贩卖毒品罪一审刑事判决书", False),
    ("甲某走私、贩卖、运输、制造毒品一审刑事判决书", False),  # the whole name: the case's cause
])
def test_title_naming_a_selective_charge_for_another_act_is_x1(title: str, fires: bool) -> None:
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts="以100元的价格向他人贩卖甲基苯丙胺0.5克",
                reason="贩卖毒品甲基苯丙胺0.5克，")
    j = extract(title + "\n" + TEMPLATE.format(**{**BASE, **over}))
    found = [f.message for f in run_checks([j]) if f.rule == "X1"]
    assert found == (["标题所列罪名与判决主文、本院认为认定的贩卖毒品罪所列行为不一致（运输）。"] if fires else []), found


@pytest.mark.parametrize(
    "measured, fires",
    [
        ("经鉴定，被告人甲某血液中乙醇含量为19.4mg/100ml", True),
        ("经鉴定，被告人甲某血液中乙醇含量为194.5mg/100ml", False),
        ("经呼气检测其血液中乙醇含量为79毫克/100毫升，抽血检验为83.6毫克/100毫升", False),  # the highest counts
        # a blood sample's reading, not the breath test's before it (醉驾意见 2013 第六条)
        ("经呼气酒精测试仪检验，测得其血液中乙醇浓度为118.4毫克／100毫升。后抽取血样送检，经鉴定其血液中乙醇浓度为"
         "54.08毫克／100毫升", True),
        ("经呼气酒精测试仪检验，测得其血液中乙醇浓度为118.4毫克／100毫升", False),  # no blood sample: the breath test
        ("经鉴定，被告人甲某血液中乙醇含量为0.79mg/ml", True),
        ("经鉴定，被告人甲某每100毫升血液中乙醇含量为74.34毫克", True),  # the volume first
        ("经鉴定，被告人甲某每100毫升血液中乙醇含量为174.34毫克", False),
        ("被告人甲某醉酒驾驶机动车", False),  # nothing measured
    ],
)
def test_e4_drunk_driving_below_the_threshold(measured: str, fires: bool) -> None:
    over = dict(
        charge="危险驾驶罪", article="一百三十三条之一", reason="醉酒驾驶机动车，",
        facts=f"驾驶小型轿车在道路上行驶，被民警查获。{measured}", sentence="拘役二个月，并处罚金人民币二千元",
        end="2020年2月1日",
    )
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    e4 = [f for f in run_checks([j]) if f.rule == "E4"]
    assert [f.severity for f in e4] == (["warning"] if fires else [])
    if fires:
        assert "未达到醉酒驾驶80毫克/100毫升的标准" in e4[0].message
        assert e4[0].evidence[0].label == "血液酒精含量" and e4[0].evidence[0].text in measured


@pytest.mark.parametrize(
    "charge, article, facts, fine, fires",
    [
        # 2016 贪污贿赂解释 第十九条: three years or less → 十万元以上
        ("受贿罪", "三百八十五", "收受他人财物人民币28万元", "二万元", True),
        ("受贿罪", "三百八十五", "收受他人财物人民币28万元", "十万元", False),
        ("信用卡诈骗罪", "一百九十六", "恶意透支信用卡本金人民币6万元", "一万元", True),  # 刑法196: 二万元以上
        ("信用卡诈骗罪", "一百九十六", "恶意透支信用卡本金人民币6万元", "二万元", False),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币2000元", "二千元", False),  # a floor of 1,000 yuan
    ],
)
def test_e5_fine_below_the_floor_of_its_bracket(charge: str, article: str, facts: str, fine: str, fires: bool) -> None:
    over = dict(charge=charge, article=article, facts=facts, reason="", sentence=f"有期徒刑二年，并处罚金人民币{fine}",
                end="2021年12月1日")  # fmt: skip
    e5 = _messages("E5", **over)
    assert bool(e5) == fires, e5
    if fires:
        assert "低于该量刑幅度罚金的最低数额" in e5[0]


@pytest.mark.parametrize(
    "charge, article, facts, fine, fires",
    [
        # 刑法140: 销售金额百分之五十以上二倍以下罚金; 80,000 yuan sold: at least 40,000
        ("销售伪劣产品罪", "一百四十", "销售伪劣汽油，合计销售得款人民币80000元", "三万元", True),
        ("销售伪劣产品罪", "一百四十", "销售伪劣汽油，合计销售得款人民币80000元", "四万元", False),
        # 刑法225: 违法所得一倍以上五倍以下, and the gains are not the amount of business (经营数额)
        ("非法经营罪", "二百二十五", "非法经营烟草制品，经营数额人民币80000元", "三万元", False),
    ],
)
def test_e5_a_fine_below_its_times_of_the_crime_amount(
    charge: str, article: str, facts: str, fine: str, fires: bool
) -> None:
    over = dict(charge=charge, article=article, facts=facts, reason="", sentence=f"有期徒刑二年，并处罚金人民币{fine}",
                end="2021年12月1日")  # fmt: skip
    e5 = _messages("E5", **over)
    assert e5 == (["被告人甲某被判处罚金30000元，低于犯罪数额80000元的0.5倍（40000元）。"] if fires else []), e5


_PROMOTED = "为他人谋取职务提拔、调整，"  # a ground of 较重情节 (2016 贪污贿赂解释 第一条第三款(三))


@pytest.mark.parametrize(("taken", "said", "ground", "where"), [
    # 数额巨大 from 20万, and from 10万 with 较重情节: 巨大 either way; with no ground stated only the first figures hold
    ("28万元", "数额较大", "", "全国标准"),
    ("28万元", "数额较大", _PROMOTED, "各项标准"),
    ("28万元", "数额巨大", "", None),
    ("15万元", "数额较大", "", None),  # 巨大 only with 较重情节
    ("15万元", "数额较大", _PROMOTED, None),  # which the court may not have counted
])
def test_e4_a_level_below_what_the_amount_reaches_on_both_bases_of_a_charge(
    taken: str, said: str, ground: str, where: str | None
) -> None:
    over = dict(charge="受贿罪", article="三百八十五", facts=f"收受他人财物人民币{taken}",
                reason=f"{ground}收受他人财物，{said}，", sentence="有期徒刑四年，并处罚金人民币二十万元",
                end="2023年12月1日")  # fmt: skip
    found = [m for m in _messages("E4", **over) if m.startswith("本院认为部分认定")]
    assert found == ([f"本院认为部分认定数额较大，而查明犯罪数额280000元按{where}已属数额巨大。"] if where else [])


_BRIBE_ARTICLES = "三百八十五条、第三百八十六条、第三百八十三条第一款第二"


@pytest.mark.parametrize(("charge", "article", "facts", "reason", "extra", "fires"), [
    # 16.8万: 数额较大 (3万 to 20万); 其他严重情节 from 10万 only with a ground of 第一条第三款 the reasoning states
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币16.8万元", "收受他人财物，数额巨大，", "", True),
    ("贪污罪", "三百八十二条、第三百八十三条第一款第二", "利用职务上的便利，侵吞公款人民币16.8万元",
     "利用职务上的便利，侵吞公款，数额巨大，", "", True),
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币16.8万元", "收受他人财物，数额巨大，不具有其他严重情节，", "", True),
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币16.8万元", f"{_PROMOTED}收受他人财物，数额巨大，", "", False),
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币16.8万元", "收受他人财物，数额巨大，",
     "被告人甲某曾因故意犯罪受过刑事追究，系累犯，依法应当从重处罚。", False),
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币16.8万元", "收受他人财物，数额巨大，",
     "被告人甲某为他人谋取职务提拔，具有其他严重情节。", False),
    ("受贿罪", _BRIBE_ARTICLES, "收受他人财物人民币25万元", "收受他人财物，数额巨大，", "", False),
])
def test_e4_a_level_the_amount_reaches_only_on_grounds_the_reasoning_does_not_state(
    charge: str, article: str, facts: str, reason: str, extra: str, fires: bool
) -> None:
    """受贿 of 16.8万元 found 数额巨大 and sentenced in 383's second bracket: the 10万元 of 其他严重情节 (2016 贪污贿赂解释
    第二条第三款) hold only with one of 第一条第三款's grounds, which the reasoning does not state; 贪污 likewise."""
    over = dict(charge=charge, article=article, facts=facts, reason=reason, extra=extra,
                sentence="有期徒刑三年六个月，并处罚金人民币二十万元", end="2023年6月1日")  # fmt: skip
    found = [m for m in _messages("E4", **over) if m.startswith("本院认为部分认定")]
    source = "第一条第三款、第二条第三款、第三条第三款" if charge == "受贿罪" else "第一条第二款、第二条第二款、第三条第二款"
    assert found == ([f"本院认为部分认定数额巨大，而查明犯罪数额168000元未达全国标准数额巨大的最低标准200000元；具有2016 "
                      f"贪污贿赂解释 {source}规定情形之一的，100000元即可，本院认为部分未认定此类情形。"]
                     if fires else []), found


@pytest.mark.parametrize(("facts", "reason", "fires"), [
    ("利用职务上的便利，侵吞公款人民币2万元", "利用职务上的便利，侵吞公款，数额较大，", True),  # 较大 from 3万
    ("利用职务上的便利，侵吞扶贫款人民币2万元", "利用职务上的便利，侵吞扶贫款，数额较大，", False),  # 1万 for 扶贫 款物
])
def test_e4_embezzlement_below_its_first_figure_without_a_ground(
    facts: str, reason: str, fires: bool
) -> None:
    over = dict(charge="贪污罪", article="三百八十二条、第三百八十三条第一款第一", facts=facts, reason=reason,
                sentence="有期徒刑一年，并处罚金人民币十万元", end="2020年12月1日")  # fmt: skip
    found = [m for m in _messages("E4", **over) if m.startswith("本院认为部分认定")]
    assert len(found) == fires, found


def test_e4_a_bribe_between_the_two_figures_sentenced_in_the_second_bracket_with_no_level_found() -> None:
    """No level and no ground stated: the term lies in a bracket the amount reaches under no figure that
    holds."""
    over = dict(charge="受贿罪", article=_BRIBE_ARTICLES, facts="收受他人财物人民币16.8万元", reason="收受他人财物，",
                sentence="有期徒刑三年六个月，并处罚金人民币二十万元", end="2023年6月1日")  # fmt: skip
    findings = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E4"]
    assert [(f.severity, f.message) for f in findings] == [(
        "warning", "查明犯罪数额168000元，按全国标准至多属第1档，被告人甲某被判处有期徒刑3年6个月，落入第2档，"
        "本院认为部分亦未认定该档的数额或情节。")]


@pytest.mark.parametrize(("began", "fires"), [
    ("2016年3月1日", True),  # under 修九's 383 (2015-11-01), before the 2016 解释 of 4月18日: no earlier one of the fine
    ("2016年", True),  # a year only: its first day
    ("2015年3月1日", False),  # the 1997 383 had no 罚金
])
def test_e5_floor_of_an_interpretation_holds_for_conduct_under_the_statute_it_reads(began: str, fires: bool) -> None:
    """The 2016 fine floor of 受贿罪 (10万, 贪污贿赂解释 第十九条) holds for all conduct under 修九's 383: no
    interpretation of that fine came before it (2001 司法解释时间效力规定 第二条); the 1997 brackets had no fine."""
    over = dict(charge="受贿罪", article="三百八十五", facts="收受他人财物人民币28万元", reason="",
                sentence="有期徒刑二年，并处罚金人民币二万元", end="2021年12月1日")  # fmt: skip
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日", f"经审理查明，{began}")
    e5 = [f.message for f in run_checks([extract(text)]) if f.rule == "E5" and "最低数额" in f.message]
    assert e5 == (["被告人甲某犯受贿罪被判处有期徒刑2年，并处罚金20000元，低于该量刑幅度罚金的最低数额100000元。"]
                  if fires else []), e5


@pytest.mark.parametrize(
    "charge, article, facts, reason, record, fires",
    [
        # 2013 盗窃解释: 数额较大 from 1,000 yuan at the least; half for a record of the same crime (第二条)
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", False, "百分之五十"),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", True, None),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币400元", "盗窃他人财物，数额较大，", True, "最低标准"),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币2000元", "盗窃他人财物，数额较大，", False, None),
        # a record of another crime is no ground of 第二条 (曾因盗窃受过刑事处罚): the halving is only possible
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", "故意伤害罪", "百分之五十"),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", "盗窃罪、抢劫罪", None),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", "因盗窃被", None),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", "因扒窃被", None),
        ("盗窃罪", "二百六十四", "窃得他人手机一部，价值人民币700元", "盗窃他人财物，数额较大，", "因吸毒被", "百分之五十"),
        # 2011 诈骗解释 has no halving: a record does not lower 3,000 yuan
        ("诈骗罪", "二百六十六", "骗取他人现金人民币2000元", "骗取他人财物，数额较大，", True, "最低标准"),
    ],
)
def test_e4_a_stated_amount_level_the_amount_does_not_reach(
    charge: str, article: str, facts: str, reason: str, record: bool | str, fires: str | None
) -> None:
    """``record``: a conviction for the charge (True), for the crime named, or an administrative punishment (因…被)."""
    text = TEMPLATE.format(**{**BASE, "charge": charge, "article": article, "facts": facts, "reason": reason})
    if isinstance(record, str) and record.startswith("因"):
        text = text.replace("无业。", f"无业。2019年1月1日{record}行政拘留十日。")
    elif record:
        crime = charge if record is True else record
        text = text.replace("无业。", f"无业。2010年1月1日因犯{crime}被判处有期徒刑六个月。")
    j = extract(text)
    d = j.defendants[0]
    assert bool(d.priors or d.admin_punishments) == bool(record) and j.amount_level_stated == "较大"
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4" and "未达" in f.message]
    if fires is None:
        assert e4 == []
    else:
        assert len(e4) == 1 and fires in e4[0], e4


@pytest.mark.parametrize(("reason", "stated"), [
    ("多次扒窃他人财物，数额较大，", "较大"),  # the court finds it: 400元 reaches no standard
    # a level named under a negation is none the court finds (扒窃 needs no amount: 刑法第二百六十四条)
    ("多次扒窃他人财物，其盗窃数额虽未达到本省规定的“数额较大”标准，但扒窃的，依法不以数额较大为构成要件，", None),
    ("多次扒窃他人财物，数额虽未达本省数额较大标准，但多次盗窃、扒窃的，", None),
    ("多次扒窃他人财物，扒窃的无需达到数额较大，", None),
    ("多次扒窃他人财物，扒窃不要求数额较大，", None),
])
def test_e4_a_level_the_reasoning_names_under_a_negation(reason: str, stated: str | None) -> None:
    """其盗窃数额虽未达到…“数额较大”标准，但…扒窃的，依法不以数额较大为构成要件: the reasoning says the amount
    is below the level, so that no level is stated and E4 has none to hold against the 400元 found."""
    over = dict(facts="在公交车上扒窃他人现金人民币400元", reason=reason)
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert (j.amount_level_stated, j.amount_levels_stated) == (stated, (stated,) if stated else ())
    assert not [c for c in j.charge_findings if c.kind == "amount_level"] or stated
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4" and "本院认为部分认定数额" in f.message]
    assert len(e4) == (1 if stated else 0), e4


@pytest.mark.parametrize("court, amount, fires", [("四川省成都市某某区", 4000, True), ("四川省成都市某某区", 6000, False),
                                                  ("某某省某某市某某区", 4000, False)])
def test_e4_fraud_under_the_sichuan_standard(court: str, amount: int, fires: bool) -> None:
    """四川's 诈骗 数额较大 is 5,000 yuan: 4,000 found 数额较大 in a 四川 court is short of it; elsewhere 4,000 may reach
    a province's figure (3,000 to 10,000)."""
    over = dict(charge="诈骗罪", article="二百六十六", facts=f"骗取他人现金人民币{amount}元", reason="骗取他人财物，数额较大，")
    text = TEMPLATE.format(**{**BASE, **over}).replace("某某市某某区人民法院", f"{court}人民法院")
    e4 = [f.message for f in run_checks([extract(text)]) if f.rule == "E4" and "未达" in f.message]
    assert bool(e4) == fires, e4
    assert not fires or "四川" in e4[0] and "5000元" in e4[0], e4


@pytest.mark.parametrize("term, end, fires", [("三年", "2022年12月1日", True), ("二年", "2021年12月1日", False)])
def test_e11_a_must_to_go_below_the_bracket_that_the_term_does_not_follow(term: str, end: str, fires: bool) -> None:
    """对于中止犯，依法应当减轻处罚 (刑法24): the court applies the law's must, so the term goes below 抢劫's three years."""
    over = dict(charge="抢劫罪", article="二百六十三", facts="持刀抢劫他人现金人民币500元，后自动放弃",
                reason="以暴力手段劫取他人财物，系犯罪中止，对于中止犯，依法应当减轻处罚，",
                sentence=f"有期徒刑{term}，并处罚金人民币二千元", end=end)  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


@pytest.mark.parametrize(
    "reason, term, end, fires",
    [
        ("系犯罪未遂，依法可以减轻处罚，", "九年", "2028年12月1日", True),  # 强奸 三年以上十年以下: the top quarter
        ("系犯罪未遂，依法可以减轻处罚，", "八年", "2027年12月1日", False),
        ("系犯罪未遂，依法可以减轻处罚，系累犯，依法应当从重处罚，", "九年", "2028年12月1日", False),
        # a principal's attempt may stay high: 主犯, or the 首要分子 of a crime group (刑法26)
        ("系犯罪未遂，依法可以减轻处罚，在共同犯罪中起主要作用，系主犯，", "九年", "2028年12月1日", False),
        ("系犯罪未遂，依法可以减轻处罚，组织、领导该犯罪集团，系首要分子，", "九年", "2028年12月1日", False),
        ("如实供述自己的罪行，依法可以从轻处罚，", "九年", "2028年12月1日", False),  # 坦白 allows no going below
        ("系自首，依法可以从轻处罚，", "九年", "2028年12月1日", False),  # nor does 自首 (the top alone is flagged)
    ],
)
def test_e11_a_ground_to_go_below_the_bracket_and_a_term_in_its_top_quarter(
    reason: str, term: str, end: str, fires: bool
) -> None:
    over = dict(charge="强奸罪", article="二百三十六", facts="违背妇女意志强行与被害人发生性关系，因被害人反抗未得逞",
                reason=f"违背妇女意志强行与被害人发生性关系，{reason}", sentence=f"有期徒刑{term}", end=end)  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


@pytest.mark.parametrize(
    "extra, term, end, fires",
    [
        ("", "二年", "2021年12月1日", True),  # 数额巨大: 三年以上十年以下
        ("", "三年", "2022年12月1日", False),
        ("被告人甲某有自首情节，依法可以减轻处罚。", "二年", "2021年12月1日", False),
    ],
)
def test_e3_a_term_below_the_bracket_of_the_level_the_reasoning_finds(
    extra: str, term: str, end: str, fires: bool
) -> None:
    """43,577 yuan is 数额巨大 only where a province sets the figure under 100,000: fayan cannot tell from the amount,
    but the reasoning finds 数额巨大 itself, so its bracket's three years bind the term."""
    over = dict(facts="窃得他人现金人民币43577元", reason="盗窃他人财物，数额巨大，", extra=extra,
                sentence=f"有期徒刑{term}，并处罚金人民币二千元", end=end)  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.amount_level_stated == "巨大"
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert bool(e3) == fires, e3
    if fires:
        assert "本院认为部分认定数额巨大，对应第2档" in e3[0]


@pytest.mark.parametrize(
    "article, fires",
    [
        ("三百零三条第一款", True),  # 赌博罪's 款
        ("三百零三条第二款", False),
        ("三百零三条", False),  # the article cited whole
    ],
)
def test_e17_the_article_cited_by_a_paragraph_of_another_charge(article: str, fires: bool) -> None:
    over = dict(charge="开设赌场罪", article=article, facts="在其家中开设赌场，抽头渔利人民币5000元", reason="以营利为目的开设赌场，")
    found = run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])
    e17 = [(f.severity, f.message) for f in found if f.rule == "E17"]
    assert e17 == ([("warning", "判决认定被告人甲某犯开设赌场罪（刑法第303条第2款），所引用的却是该条第1款。")] if fires else [])


@pytest.mark.parametrize(("months", "paragraph", "fires"), [
    ("2016年1月至3月", "第三款", True),  # 第三款 is 协助组织卖淫罪's only until 2015-10-31
    ("2016年1月至3月", "第四款", False),
    ("2015年1月至3月", "第三款", False),  # conduct before 修正案（九）, judged after: either numbering
    ("2015年1月至3月", "第四款", False),
    ("2015年1月至2016年3月", "第三款", True),  # conduct that went on past it is judged under it
])
def test_e17_a_paragraph_an_amendment_renumbered(months: str, paragraph: str, fires: bool) -> None:
    over = dict(charge="协助组织卖淫罪", article=f"三百五十八条{paragraph}", reason="为他人组织卖淫招募人员，",
                facts=f"为他人经营的足浴店招募卖淫女多名，{months}间协助他人组织卖淫", sentence="有期徒刑一年，并处罚金人民币二千元")
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日，", "经审理查明，")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "E17"]
    assert found == (["判决认定被告人甲某犯协助组织卖淫罪（刑法第358条第4款），所引用的却是该条第3款。"] if fires else []), found


def _x3(**over: str) -> list[str]:
    return _messages("X3", **over)


@pytest.mark.parametrize(
    "facts,reason,fires",
    [
        ("窃得他人现金人民币5080元", "盗窃他人现金人民币5000余元，数额较大，", False),  # 5000余 allows 5080
        ("窃得他人现金人民币5080元", "盗窃他人现金人民币8000余元，数额较大，", True),
        ("窃得他人现金人民币三十余万元", "盗窃他人现金人民币三十余万元，数额巨大，", False),
        ("窃得他人现金人民币三十余万元", "盗窃他人现金人民币十三万余元，数额巨大，", True),
        # after 万 the step is the unit's: 10万余 is under 11万
        ("窃得他人现金人民币10万余元", "盗窃他人现金人民币12万余元，数额巨大，", True),
        ("窃得他人现金人民币10万余元", "盗窃他人现金人民币10万余元，数额巨大，", False),
        ("窃得他人现金人民币105000元", "盗窃他人现金人民币10万余元，数额巨大，", False),
        ("窃得他人现金人民币1.5万余元", "盗窃他人现金人民币1.6万余元，数额巨大，", True),
        ("窃得他人现金人民币5080元", "盗窃他人现金，数额在5000元以上，", False),  # a threshold, not an amount
    ],
)
def test_x3_reads_an_amount_with_yu_as_the_values_it_allows(facts: str, reason: str, fires: bool) -> None:
    assert bool(_x3(facts=facts, reason=reason)) == fires


def test_x3_a_threshold_the_reasoning_cites_is_no_restated_amount() -> None:
    """The standard the reasoning measures the amount by (尚未达到本省…数额巨大人民币八万元的标准; the multiples of
    贪污's figures an interpretation sets for 职务侵占, 即人民币六万元、一百万元) is no amount of the facts restated;
    the amount it restates is still compared."""
    facts = "窃得他人现金人民币9120元"
    reason = "盗窃他人现金人民币{}元，已达数额较大标准，尚未达到本省盗窃罪数额巨大人民币八万元的标准，"
    assert _x3(facts=facts, reason=reason.format("9120")) == []
    assert _x3(facts=facts, reason=reason.format("9720"))
    over = dict(charge="职务侵占罪", article="二百七十一", facts="利用职务便利侵占本单位货款人民币386540元")
    reason = ("利用职务便利，将本单位财物非法占为己有，数额较大，依照规定，职务侵占罪中“数额较大”“数额巨大”的数额起点，"
              "按照贪污罪相对应的数额标准规定的二倍、五倍执行，即人民币六万元、一百万元，被告人甲某职务侵占的数额为"
              "人民币386540元，")
    assert _x3(**over, reason=reason) == []


def test_x3_a_part_of_another_totals_breakdown_is_no_item_of_a_total() -> None:
    """What a total breaks down into after 其中 (收取购房款共计188000元，其中151300元转入…，36700元用于…) is that
    total's: no item of another total told before it (又转了九万六千元首付，其中有七万多元…), so 36700元 is no slip
    of 16700元 that would make 七万多元 and it 96000元."""
    over = dict(charge="诈骗罪", article="二百六十六", reason="虚构事实骗取他人财物，数额巨大，")
    facts = ("骗取被害人乙某购房款人民币126000元。被害人乙某陈述，其与甲某系棋牌室相识。其先转了三万元定金，又转了九万六千元"
             "首付，其中有七万多元是其刚贷的消费贷。鉴定意见证实，被告人甲某收取购房款共计人民币188000元，其中人民币151300元"
             "转入网络赌博账户，人民币36700元用于偿还个人借款及日常消费")
    assert _x3(**over, facts=facts) == []


def test_x3_a_sum_of_items_the_facts_tell_is_no_restated_crime_amount() -> None:
    """What the reasoning adds up of some items the facts tell (未追回的电脑价值6420元、手镯价值2150元及现金
    3260元，合计11830元, the loss left to repay) is a sum of them, no restatement of the crime amount; a sum of
    items the facts do not tell still differs."""
    facts = ("窃得苹果牌笔记本电脑一台（价值人民币6420元）、足金项链一条（价值人民币6140元）、和田玉手镯一只（价值人民币2150元）"
             "以及现金人民币3260元，共计价值人民币17970元")
    reason = ("盗窃他人财物，数额较大。被告人甲某盗窃的财物中，未追回的笔记本电脑价值{}元、和田玉手镯价值2150元及现金3260元，"
              "合计{}元，应当责令其退赔。")
    assert _x3(facts=facts, reason=reason.format("6420", "11830")) == []
    assert _x3(facts=facts, reason=reason.format("6520", "11930"))


def test_x3_compares_embezzled_amounts_and_a_total_the_facts_state_under_another_role() -> None:
    """贪污 amounts restated in the reasoning are compared; where the facts name the money in words the rules give no
    crime role (透支本金), the total read from the reasoning is no evidence of the facts."""
    over = dict(charge="贪污罪", article="三百八十二")
    assert _x3(**over, facts="利用职务便利侵吞公款349325元", reason="侵吞公款349325元，数额巨大，") == []
    assert _x3(**over, facts="利用职务便利侵吞公款349325元", reason="侵吞公款三十九万四千三百二十五元，数额巨大，")
    over = dict(charge="信用卡诈骗罪", article="一百九十六")
    reason = "以非法占有为目的，利用信用卡恶意透支本金105441元，数额较大，"
    assert _x3(**over, facts="累计消费1447802元，累计还款1342361元，透支该信用卡本金105441元", reason=reason) == []
    assert _x3(**over, facts="累计消费1447802元，累计还款1342361元，透支该信用卡本金150441元", reason=reason)


@pytest.mark.parametrize(
    "facts, reason, slip",
    [
        ("非法获利71212元", "非法获利71221元，情节严重，", "两位数字前后颠倒"),  # a role X3 does not otherwise compare
        ("共获利11.57万元", "共获利11.75万元，情节严重，", "两位数字前后颠倒"),
        ("非法获利71212元", "非法获利71812元，情节严重，", "一位数字不同"),
        ("非法获利71268元", "非法获利71862元，情节严重，", "两位数字互换"),
        ("非法获利71212元", "非法获利71212元，情节严重，", None),
        ("非法获利7100元", "非法获利7200元，情节严重，", None),  # two significant digits: another amount, not a slip
        ("非法获利71212元", "非法获利712120元，情节严重，", None),  # a 0 more: ten times, as ten acts come to
        ("非法获利71212元", "非法获利7121.2元，情节严重，", None),  # a decimal point is no digit
        # the sum of the totals the facts give for one role
        ("造成损失共计3924162元，又造成损失共计1362478元", "造成直接经济损失5826640元，", "两位数字前后颠倒"),
        ("造成损失共计3924162元，又造成损失共计1362478元", "造成直接经济损失5286640元，", None),
        # restated to a unit with 余: the facts' amount cut to that unit (1912万) is what the slip is of
        ("非法获利19120246.98元", "非法获利1921万余元，情节严重，", "两位数字前后颠倒"),
        ("非法获利19120246.98元", "非法获利1912万余元，情节严重，", None),
        ("非法获利19120246.98元", "非法获利1900万余元，情节严重，", None),
        ("非法获利71212元", "非法获利7.2万余元，情节严重，", None),  # two significant digits
    ],
)
def test_x3_flags_a_restated_amount_that_differs_from_the_facts_as_by_a_slip_of_the_pen(
    facts: str, reason: str, slip: str | None
) -> None:
    _assert_slip(_x3(charge="开设赌场罪", article="三百零三", facts=facts, reason=reason), slip)


@pytest.mark.parametrize(("gain", "slip"), [("19210246.98元", "两位数字前后颠倒"), ("19120246.98元", None)])
def test_x3_a_rounded_restatement_is_not_held_to_the_facts_own_restatement(gain: str, slip: str | None) -> None:
    """The facts' 19210246.98元 and, restated in a paragraph of the court's argument the splitter leaves in the facts,
    1912万余元, as the reasoning restates it: the reasoning's 1912万余元 is compared with the facts' own amounts, not
    with their restatement of it."""
    from dataclasses import replace

    over = dict(charge="开设赌场罪", article="三百零三", reason="非法获利1912万余元，情节严重，",
                facts=f"非法获利{gain}。被告人甲某非法获利人民币达1912万余元，已远远超过上述标准")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    told = [a.text for a in j.amounts if a.section == "facts"]
    assert told == [gain, "1912万余元"]
    j = replace(j, amounts=tuple(replace(a, is_restatement=True) if a.section == "facts" and a.text == "1912万余元" else a
                                 for a in j.amounts))  # (as the SPC ruling's restatement was read)
    _assert_slip([f.message for f in run_checks([j]) if f.rule == "X3"], slip)


_NO_SUM = "及其合计均不一致。"
_MIXTURE = "制造甲基苯丙胺，查获白色晶体126.5克，检出甲基苯丙胺成分；查获淡黄色液体5200克，检出甲基苯丙胺成分，含量为8.6%"  # X3 of a weight restated that is none of the facts' nor a sum of them, and no slip


def _assert_slip(found: list[str], slip: str | None) -> None:
    """No X3 message where ``slip`` is None; else one that names it and calls it a slip of the pen (or, for
    ``_NO_SUM``, says the weight restated is none of the facts' weights nor their sum)."""
    if slip is None:
        assert found == []
    elif slip == _NO_SUM:
        assert len(found) == 1 and found[0].endswith(_NO_SUM), found
    else:
        assert len(found) == 1 and slip in found[0] and found[0].endswith("疑为笔误。"), found


@pytest.mark.parametrize(
    "facts, reason, slip",
    [
        ("贩卖甲基苯丙胺0.63克，又贩卖甲基苯丙胺0.15克", "贩卖甲基苯丙胺0.87克，", "两位数字前后颠倒"),  # their sum 0.78
        ("贩卖甲基苯丙胺0.63克，又贩卖甲基苯丙胺0.15克", "贩卖甲基苯丙胺0.78克，", None),
        ("贩卖甲基苯丙胺10.7409克", "贩卖甲基苯丙胺10.7049克，", "两位数字前后颠倒"),  # four decimals are compared
        ("贩卖甲基苯丙胺10.7409克", "贩卖海洛因10.7049克，", None),  # another drug
        ("贩卖大麻9.63克", "贩卖大麻6.93克，", "两位数字互换"),  # two digits swapped that are not neighbours
        ("贩卖大麻9.63克", "贩卖大麻6.39克，", _NO_SUM),  # three digits moved: no slip, but no weight told either
        # two significant digits: not a slip, but none of the weights told nor their sum (1.7克)
        ("贩卖甲基苯丙胺1.5克，又贩卖甲基苯丙胺0.2克", "贩卖甲基苯丙胺1.6克，", _NO_SUM),
        ("贩卖甲基苯丙胺0.68克，又贩卖甲基苯丙胺0.15克", "贩卖甲基苯丙胺0.78克，", _NO_SUM),
        ("贩卖甲基苯丙胺0.68克，又贩卖甲基苯丙胺0.15克", "贩卖甲基苯丙胺0.83克，", None),
        # a weight restated roughly, or cut or rounded to fewer decimals, is no finding
        ("贩卖甲基苯丙胺0.68克，又贩卖甲基苯丙胺0.15克", "贩卖甲基苯丙胺0.8余克，", None),
        ("贩卖甲基苯丙胺63.76克", "贩卖甲基苯丙胺63克，", None),
        ("贩卖甲基苯丙胺63.76克", "贩卖甲基苯丙胺63.8克，", None),
        ("贩卖甲基苯丙胺63.76克", "贩卖甲基苯丙胺约60克，", None),
        ("贩卖甲基苯丙胺63.76克", "贩卖甲基苯丙胺62克，", _NO_SUM),
        ("贩卖甲基苯丙胺63.76克", "贩卖甲基苯丙胺70克，", _NO_SUM),
        # the court adding two of the facts' weights is a sum, not a slip of the larger one
        ("制造甲基苯丙胺共计约9千克，后又制造甲基苯丙胺共计34.703千克，另查获甲基苯丙胺共计6.97千克",
         "制造甲基苯丙胺43.703千克，", None),
        # ... and that sum of two batch totals restated with one digit changed
        ("制造甲基苯丙胺共计约9千克，后又制造甲基苯丙胺共计34.703千克，另查获甲基苯丙胺共计6.97千克",
         "制造甲基苯丙胺45.703千克，", "一位数字不同"),
        # the sum of three of four weights (one defendant's batches) restated with two digits swapped: 3651.3克
        ("贩卖海洛因2184克，又贩卖海洛因934克，又贩卖海洛因533.3克，另查获海洛因76克", "贩卖海洛因3615.3克，", "两位数字前后颠倒"),
        ("贩卖海洛因2184克，又贩卖海洛因934克，又贩卖海洛因533.3克，另查获海洛因76克", "贩卖海洛因3651.3克，", None),
        # the reasoning's own total, the largest stated and so the quantity found, is no figure of the facts
        ("贩卖甲基苯丙胺0.20克，又贩卖甲基苯丙胺0.03克", "贩卖甲基苯丙胺共计0.32克，", "两位数字前后颠倒"),
        ("贩卖甲基苯丙胺0.20克，又贩卖甲基苯丙胺0.03克", "贩卖甲基苯丙胺共计0.23克，", None),
        # a liquid weighed whole and converted by its content: what the conversion gives is no restatement, and the
        # court's total counts it (126.5克 and 447.2克)
        (_MIXTURE, "液体5200克按含量8.6%折算为甲基苯丙胺447.2克，连同晶体126.5克，共计制造甲基苯丙胺573.7克，", None),
        (_MIXTURE, "液体5200克按含量8.6%折算为甲基苯丙胺447.2克，连同晶体162.5克，共计制造甲基苯丙胺609.7克，",
         "两位数字前后颠倒"),  # the crystals' 126.5克 restated with a slip
    ],
)
def test_x3_flags_a_restated_drug_weight_that_differs_from_the_facts_as_by_a_slip_of_the_pen(
    facts: str, reason: str, slip: str | None
) -> None:
    _assert_slip(_x3(charge="贩卖毒品罪", article="三百四十七", facts=facts, reason=reason), slip)


@pytest.mark.parametrize(
    "charge, article, extra, sentence, level, fires",
    [
        ("开设赌场罪", "三百零三", "被告人甲某有自首情节，依法可以从轻处罚。", "有期徒刑十年", "", True),  # the top of 五年以上十年以下
        ("开设赌场罪", "三百零三", "", "有期徒刑十年", "", False),
        ("开设赌场罪", "三百零三", "被告人甲某有自首情节，依法可以从轻处罚。", "有期徒刑九年", "", False),
        # 三年 tops 三年以下 and opens 三年以上十年以下: the case may belong to the higher bracket, unless the reasoning
        # finds no 情节 level and the amount found reaches no higher bracket: the lower one's amount level found
        # (数额较大), or none found and the amount short of the higher one's least figure under every standard (2,000
        # yuan against 数额巨大's 30,000, in a court of no known province)
        ("盗窃罪", "二百六十四", "被告人甲某系从犯，依法应当从轻处罚。", "有期徒刑三年", "", True),
        ("盗窃罪", "二百六十四", "被告人甲某系从犯，依法应当从轻处罚。", "有期徒刑三年", "数额较大，", True),
        ("盗窃罪", "二百六十四", "被告人甲某系从犯，依法应当从轻处罚。", "有期徒刑三年", "情节严重，", False),
    ],
)
def test_e11_a_lighter_ground_with_the_top_of_the_only_bracket(
    charge: str, article: str, extra: str, sentence: str, level: str, fires: bool
) -> None:
    over = dict(charge=charge, article=article, extra=extra, sentence=f"{sentence}，并处罚金人民币二千元",
                facts="在其家中开设赌场，抽头渔利" if charge == "开设赌场罪" else BASE["facts"],
                reason="以营利为目的，开设赌场，情节严重，" if charge == "开设赌场罪" else f"盗窃他人财物，{level}")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    e11 = [f for f in run_checks([j]) if f.rule == "E11"]
    assert bool(e11) == fires, [f.message for f in e11]
    if e11:
        assert e11[0].severity == "warning" and "最高刑" in e11[0].message and e11[0].defendant == "甲某"


def test_no_heavier_fine_on_a_defendant_appeal() -> None:
    """A 附加刑 may not grow either, even beside a lighter prison term: a warning."""
    text = APPEAL.format(who="原审被告人甲某", how="上诉", first="有期徒刑八个月", second="有期徒刑六个月")
    assert [f.rule for f in run_checks([extract(text)]) if f.rule == "E15"] == []
    heavier = text.replace("判处有期徒刑六个月，并处罚金人民币二千元", "判处有期徒刑六个月，并处罚金人民币五千元")
    j = extract(heavier)
    assert j.original_sentences[0].fine_yuan == 2000 and j.defendants[0].verdict.fine_yuan == 5000
    assert [(f.rule, f.severity) for f in run_checks([j]) if f.rule == "E15"] == [("E15", "warning")]


@pytest.mark.parametrize(
    "prior, fires",
    [
        ("有期徒刑三年，缓刑二年", True),  # shorter than the term
        ("有期徒刑六个月，缓刑六个月", True),  # under a year
        ("有期徒刑一年，缓刑六年", True),  # over five years
        ("有期徒刑四年，缓刑五年", True),  # over three years: no 缓刑
        ("拘役三个月，缓刑二个月", True),
        ("有期徒刑一年，缓刑一年", False),
        ("拘役四个月，缓刑六个月", False),
        ("有期徒刑三年，缓刑五年", False),
    ],
)
def test_e6_a_prior_sentence_retold_with_an_unlawful_probation(prior: str, fires: bool) -> None:
    """The header's prior (2010年…判处有期徒刑三年，缓刑二年) breaks 刑法第七十二、七十三条: a warning, since this judgment
    did not impose it; a lawful one is quiet."""
    text = TEMPLATE.format(**BASE).replace(
        "无业。", f"无业。2010年5月6日因犯盗窃罪被某县人民法院判处{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].priors[0].probation_months is not None
    found = [(f.severity, f.evidence[0].text) for f in run_checks([j]) if f.rule == "E6"]
    assert found == ([("warning", j.defendants[0].priors[0].text)] if fires else [])


@pytest.mark.parametrize(("told", "months", "fires"), [
    ("缓刑二年", 24, True), ("缓刑考验期二年", 24, True), ("缓刑三年", 36, False), ("缓刑五年", 60, False),
])
def test_e6_a_probation_written_outside_every_sentence_read(told: str, months: int, fires: bool) -> None:
    """A term with a 缓刑 written where no sentence is read (a ruling's item quoting the part it sets aside: 撤销…对甲判处
    有期徒刑三年，缓刑二年的缓刑部分; here the reasoning) breaks 刑法第七十三条 all the same: a warning."""
    extra = f"某县人民法院此前对被告人甲某所判有期徒刑三年，{told}的缓刑部分，依法应予撤销。"
    j = extract(TEMPLATE.format(**{**BASE, "extra": extra}))
    assert [(s.term_months, s.probation_months) for s in j.suspended] == [(36, months)]
    found = [(f.severity, f.message, f.evidence[0].text) for f in run_checks([j]) if f.rule == "E6"]
    assert found == ([("warning", f"文书所述有期徒刑三年，{told}，不符合“有期徒刑的缓刑考验期限为原判刑期以上五年以下，但不能少于"
                       "一年”的规定，请核对。", f"有期徒刑三年，{told}")] if fires else []), found


@pytest.mark.parametrize(("end", "fires"), [("2022年5月1日", False), ("2022年5月2日", False), ("2022年5月20日", True)])
def test_e7_a_sentence_executed_with_an_earlier_one_that_ends_after_its_term(end: str, fires: bool) -> None:
    """Probation revoked (刑法第七十七条): time served under the earlier judgment may be credited beyond what the text
    computes, so only an end later than 一年二个月 from 2021-03-02 is told wrong (a day's slack, 第二百零二条)."""
    text = (EXAMPLES / "probation_revoked.txt").read_text(encoding="utf-8").replace("至2022年5月1日止", f"至{end}止")
    j = extract(text)
    assert j.defendants[0].verdict.with_earlier_judgment
    found = [f.message for f in run_checks([j]) if f.rule == "E7"]
    assert found == (["被告人房振宇决定执行有期徒刑1年2个月，自2021-03-02起算至迟应至2022-05-01止，判决写明至2022-05-20止，"
                      "晚19日。"] if fires else []), found


@pytest.mark.parametrize(("amount", "fires"), [("150000", True), ("50000", False)])
def test_e4_a_term_below_the_level_that_the_amount_found_and_the_reasoning_agree_on(amount: str, fires: bool) -> None:
    """数额巨大 found, and 有期徒刑二年 with no ground to go lower: E3 (below the bracket the court finds). Where the
    amount found is 数额巨大 under every province's standard (150000元, above the highest figure, 100000元), the
    bracket is as much at odds with it: E4 too. 50000元 may be 数额较大 where a province sets 巨大 higher."""
    over = dict(facts=f"窃得他人现金人民币{amount}元", reason="盗窃他人财物，数额巨大，",
                sentence="有期徒刑二年，并处罚金人民币二千元", end="2021年12月1日")  # fmt: skip
    found = {f.rule: f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])}
    assert "E3" in found
    assert found.get("E4") == (f"查明犯罪数额{amount}元，按各地标准属数额巨大，与本院认为的认定相同，被告人甲某犯盗窃罪被判处"
                               "有期徒刑2年却低于该档的量刑幅度。" if fires else None), found


@pytest.mark.parametrize(("amount", "fires"), [("2000", True), ("40000", False)])
def test_e4_a_term_above_the_level_that_the_amount_found_and_the_reasoning_agree_on(amount: str, fires: bool) -> None:
    """A 盗窃 count of four years beside a killing, 数额较大 found: E3 (a term only 数额巨大's bracket allows). 2000元
    reaches 数额巨大 under no standard (the lowest figure is 30000元): E4 too; 40000元 may, where a province sets it
    at 30000元."""
    over = dict(facts=f"窃得他人现金人民币{amount}元，又持刀将乙某捅伤致死", article="二百六十四条、第二百三十二",
                extra="被告人甲某又故意非法剥夺他人生命，其行为还构成故意杀人罪。",
                sentence="有期徒刑四年，并处罚金人民币二千元；犯故意杀人罪，判处无期徒刑，剥夺政治权利终身；决定执行无期徒刑，"
                "剥夺政治权利终身，并处罚金人民币二千元")  # fmt: skip
    found = {f.rule: f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])}
    assert "E3" in found
    assert found.get("E4") == (f"查明犯罪数额{amount}元，按各地标准属数额较大，与本院认为的认定相同，被告人甲某犯盗窃罪被判处"
                               "有期徒刑4年却超出该档的量刑幅度。" if fires else None), found


def test_e6_an_unlawful_probation_of_the_outcome_is_reported_once() -> None:
    """The document's own sentence with an unlawful 缓刑 is E6's error; its words are no second finding."""
    j = extract(TEMPLATE.format(**{**BASE, "sentence": "有期徒刑一年，缓刑六个月，并处罚金人民币二千元"}))
    assert [s.text for s in j.suspended] == ["有期徒刑一年，缓刑六个月"]
    assert [f.severity for f in run_checks([j]) if f.rule == "E6"] == ["error"]


@pytest.mark.parametrize(
    "prior, code",
    [
        ("2010年5月6日因犯盗窃罪被某县人民法院判处拘役八个月", "E1"),  # 拘役: one to six months
        ("2010年5月6日因犯盗窃罪被某县人民法院判处拘役六个月", None),
        ("2010年5月6日因犯盗窃罪、抢夺罪被某县人民法院判处拘役八个月", None),  # two charges: up to a year (刑法69)
        ("2010年5月6日因犯抢劫罪被某县人民法院判处有期徒刑十二年，剥夺政治权利六年", "E16"),  # one to five years
        ("2010年5月6日因犯抢劫罪被某县人民法院判处有期徒刑十二年，剥夺政治权利三年", None),
        ("2010年5月6日因犯盗窃罪被某县人民法院判处有期徒刑一年六个月，2012年3月2日刑满释放", "E7"),
        ("2010年5月6日因犯盗窃罪被某县人民法院判处有期徒刑一年六个月（刑期至2012年3月2日）", "E7"),
        ("2010年5月6日因犯盗窃罪被某县人民法院判处有期徒刑一年六个月，2011年9月2日刑满释放", None),
        # a term later combined with what was left of another (与余刑合并执行): not one conviction's dates
        ("2010年5月6日因犯脱逃罪被某县人民法院判处有期徒刑一年六个月，与余刑合并执行，2012年3月2日刑满释放", None),
    ],
)
def test_a_prior_retold_with_a_slip(prior: str, code: str | None) -> None:
    """The header's prior outside the law (拘役八个月, 剥夺政治权利六年) or released later than its date and term allow:
    a warning of E1, E16 or E7, since this judgment did not impose it; a prior told with a later change is left."""
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].priors and j.defendants[0].priors[0].term_months is not None
    found = [(f.rule, f.severity) for f in run_checks([j]) if "前罪" in f.message]
    assert found == ([(code, "warning")] if code else [])


@pytest.mark.parametrize(
    "retold, message",
    [
        ("判处拘役八个月", "判处拘役8个月，超出拘役1个月至6个月"),
        ("判处拘役六个月", None),
        ("判处有期徒刑五个月", "判处有期徒刑5个月，超出有期徒刑6个月至15年"),
        # two counts retold one by one: each is held to its kind's range
        ("判处有期徒刑三年；犯盗窃罪，判处拘役八个月，决定执行有期徒刑三年",
         "以盗窃罪判处拘役8个月，超出拘役1个月至6个月"),
        ("判处有期徒刑三年；犯盗窃罪，判处拘役五个月，决定执行有期徒刑三年", None),
    ],
)
def test_e1_a_retold_first_instance_sentence_outside_its_kind(retold: str, message: str | None) -> None:
    """The appeal's account of the first instance (原判认定被告人X犯诈骗罪，判处拘役八个月): a slip in the retelling or
    the first judgment's error, a warning of E1 naming the decision, since this judgment did not impose it."""
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    old = "被告人邬海涛犯诈骗罪，判处有期徒刑三年六个月"
    assert text.count(old) == 1
    j = extract(text.replace(old, f"被告人邬海涛犯诈骗罪，{retold}"))
    assert [o.defendant for o in j.original_sentences] == ["殷志华", "邬海涛"]
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E1"]
    assert found == ([("warning", f"一审判决对邬海涛{message}的法定幅度，疑为复述笔误或原判错误，请核对。")] if message else []), found


@pytest.mark.parametrize(("prior", "latest"), [
    ("2015年3月10日因犯盗窃罪被判处有期徒刑一年，2016年5月9日刑满释放。", "2016-03-10"),
    ("2015年3月10日因犯盗窃罪被判处有期徒刑一年，2016年3月9日刑满释放。", None),
    # a 管制 runs from its execution, some days after the judgment (刑法第四十一条)
    ("2015年3月10日因犯妨害公务罪被判处管制一年，管制期限自2015年3月21日起至2016年3月20日止。", None),
    ("2015年3月10日因犯妨害公务罪被判处管制一年，管制期限自2015年6月21日起至2016年6月20日止。", "2016-03-10"),
])  # fmt: skip
def test_e7_a_prior_released_later_than_its_term_allows(prior: str, latest: str | None) -> None:
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}", 1))
    found = [f.message for f in run_checks([j]) if f.rule == "E7" and "前罪" in f.message]
    assert found == ([f"被告人甲某前罪于2015-03-10被判处{'管制' if '管制' in prior else '有期徒刑'}1年，刑期最迟应于{latest}"
                      f"届满，所述释放（刑满）日期{j.defendants[0].priors[0].release_date}晚于此，疑为前科记载笔误，请核对。"]
                     if latest else []), found


@pytest.mark.parametrize(("executed", "fires"), [("三千元", True), ("二千元", False)])
def test_e2_a_prior_s_fines_joined_to_another_sum(executed: str, fires: bool) -> None:
    """A prior that revoked an earlier 缓刑 and joined both sentences: its fines (one of them in the quoted earlier
    sentence) are executed together (刑法69③)."""
    priors = ("2014年3月13日因犯容留他人吸毒罪被某县人民法院判处有期徒刑七个月，并处罚金人民币一千元，撤销前判“对被告人"
              "甲某犯贩卖毒品罪，判处有期徒刑六个月，缓刑一年，并处罚金人民币一千元”的缓刑执行部分，两罪并罚，决定执行"
              f"有期徒刑一年，并处罚金人民币{executed}，2014年10月20日刑满释放。")
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{priors}", 1))
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E2"]
    assert found == ([("warning", "被告人甲某前罪所载各罪罚金合计2000元，并罚后决定执行罚金3000元，同种附加刑应当合并执行，"
                                  "疑为前科记载笔误，请核对。")] if fires else []), found


@pytest.mark.parametrize(
    ("prior", "shown"),
    [
        ("因犯盗窃罪被判处有期徒刑五个月", "有期徒刑5个月"),
        # of two charges: joined terms may run above the kind's range, never below it
        ("因犯盗窃罪、销售赃物罪被判处有期徒刑五个月", "有期徒刑5个月"),
        ("因犯盗窃罪、销售赃物罪被判处拘役八个月", None),
        ("因犯盗窃罪、销售赃物罪被判处有期徒刑六个月", None),
        # what was left of a term (余刑) may be shorter
        ("因犯盗窃罪被判处有期徒刑一年，后因脱逃与余刑五个月并罚", None),
    ],
)
def test_e1_a_prior_s_term_outside_its_kind(prior: str, shown: str | None) -> None:
    priors = f"2010年3月1日{prior}，并处罚金人民币一千元，2010年8月1日刑满释放。"
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{priors}", 1))
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E1"]
    assert found == ([("warning", f"被告人甲某前罪被判处{shown}，超出有期徒刑6个月至15年的法定幅度，疑为前科记载笔误，请核对。")]
                     if shown else []), found


@pytest.mark.parametrize(("executed", "fires"), [("一年六个月", True), ("二年", False), ("七年", False)])
def test_e2_a_prior_joined_to_less_than_its_own_term(executed: str, fires: bool) -> None:
    """A prior escape of two years joined with what was left of an earlier term: at least two executed (刑法69)."""
    priors = ("2003年7月10日因犯脱逃罪被某县人民法院判处有期徒刑二年，与前罪未执行的刑罚并罚，"
              f"决定执行有期徒刑{executed}，2009年1月2日刑满释放。")
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{priors}", 1))
    assert j.defendants[0].priors[0].count_term_months == 24
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E2"]
    assert found == ([("warning", "被告人甲某前罪被判处有期徒刑2年，并罚后决定执行有期徒刑1年6个月，低于该罪所判刑期，"
                                  "疑为前科记载笔误，请核对。")] if fires else []), found


@pytest.mark.parametrize(("executed", "fires"), [("九年", True), ("八年", False), ("七年", False)])
def test_e2_a_prior_joined_to_more_than_the_sum(executed: str, fires: bool) -> None:
    """A prior escape of two years joined with the six years told before it: at most eight executed (刑法70, 71)."""
    priors = ("2000年5月6日因犯盗窃罪被某县人民法院判处有期徒刑六年；2003年7月10日因犯脱逃罪被某县人民法院判处有期徒刑二年，"
              f"与前罪未执行的刑罚并罚，决定执行有期徒刑{executed}，2009年1月2日刑满释放。")
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{priors}", 1))
    assert [(p.count_term_months, p.term_months) for p in j.defendants[0].priors][1][0] == 24
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E2"]
    assert found == ([("warning", "被告人甲某前罪被判处有期徒刑2年，与此前所判有期徒刑6年并罚，决定执行有期徒刑9年，"
                                  "超过两罪刑期之和8年，疑为前科记载笔误，请核对。")] if fires else [])


@pytest.mark.parametrize(
    "theft, executed, fires",
    [
        ("有期徒刑一年，缓刑一年", "有期徒刑一年八个月", True),  # the count's 缓刑, none on the sentence executed
        ("有期徒刑一年", "有期徒刑一年八个月", False),
        ("有期徒刑一年", "有期徒刑一年八个月，缓刑二年", False),  # the executed sentence's 缓刑
        # a 撤销 clause after the count is another decision: its 缓刑 is the earlier judgment's
        ("有期徒刑一年。撤销某县人民法院（2019）某0101刑初1号刑事判决对被告人郦永昊宣告的缓刑，原判有期徒刑一年，缓刑二年",
         "有期徒刑一年八个月", False),
    ],
)
def test_e6_probation_on_one_count_but_not_on_the_sentence_executed(theft: str, executed: str, fires: bool) -> None:
    """数罪并罚: 缓刑 is decided on the sentence executed; a count with one, beside an executed sentence without,
    contradicts it."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = (text.replace("犯盗窃罪，判处有期徒刑一年，", f"犯盗窃罪，判处{theft}，")
            .replace("决定执行有期徒刑一年八个月，", f"决定执行{executed}，"))  # fmt: skip
    j = extract(text)
    d = j.defendants[0]
    assert [c.charge for c in d.counts] == ["盗窃罪", "诈骗罪"]
    assert d.counts[0].probation_months == (12 if fires else None)
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E6" and "决定执行" in f.message]
    assert len(found) == fires, found
    if fires:
        assert found[0][0] == "error" and "以盗窃罪被判处有期徒刑1年，缓刑1年" in found[0][1]


_REMORSEFUL = "被告人甲某到案后如实供述自己的罪行，依法可以从轻处罚。"


@pytest.mark.parametrize(
    "sentence, extra, fires",
    [
        ("有期徒刑六个月，并处罚金人民币二千元", _REMORSEFUL, True),
        ("拘役三个月，并处罚金人民币二千元", _REMORSEFUL, True),
        ("有期徒刑六个月，缓刑一年，并处罚金人民币二千元", _REMORSEFUL, False),
        ("有期徒刑三年六个月，并处罚金人民币二千元", _REMORSEFUL, False),  # over three years: no 缓刑 to give
        # no remorse found (刑法72①(二)): the conditions are not recited, so nothing says 缓刑 was owed
        ("有期徒刑六个月，并处罚金人民币二千元", "", False),
        ("有期徒刑六个月，并处罚金人民币二千元", "被告人甲某归案后未能如实供述主要犯罪事实，亦未赔偿被害人的经济损失。", False),
        ("有期徒刑六个月，并处罚金人民币二千元", _REMORSEFUL + "被告人甲某系累犯，应当从重处罚。", False),  # 刑法74
    ],
)
def test_e9_someone_of_seventy_five_with_a_short_term_and_no_probation(sentence: str, extra: str, fires: bool) -> None:
    """刑法72: 已满七十五周岁的人 who meet the conditions 应当 be given 缓刑: a lead where none was and the reasoning finds
    the remorse the conditions need."""
    j = extract(TEMPLATE.format(**{**BASE, "birth": "1940年1月1日", "sentence": sentence, "extra": extra}))
    assert j.defendants[0].age_at_judgment == 80
    e9 = [f for f in run_checks([j]) if f.rule == "E9"]
    assert bool(e9) == fires, [f.message for f in e9]
    if e9:
        assert e9[0].severity == "warning" and e9[0].basis == "刑法第七十二条第一款"


def test_x7_a_term_from_the_arrest_day_leaves_the_detention_days_out() -> None:
    """刑事拘留 on 2 December, 逮捕 on 16 December, no release between: a term from the 16th credits too little."""
    assert "X7" not in {f.rule for f in run_checks([extract(TEMPLATE.format(**BASE))])}
    late = TEMPLATE.format(**{**BASE, "start": "2019年12月16日"})
    x7 = [f for f in run_checks([extract(late)]) if f.rule == "X7"]
    assert [(f.severity, f.defendant) for f in x7] == [("warning", "甲某")] and "2019-12-02" in x7[0].message
    # released on bail between them: the arrest day starts the custody again
    bailed = late.replace("同年12月16日被逮捕", "同月5日被取保候审，同年12月16日被逮捕")
    assert "X7" not in {f.rule for f in run_checks([extract(bailed)])}


@pytest.mark.parametrize(
    ("bail", "again", "end", "fires"), [("10", "10", "2020年6月1日", True), ("5", "10", "2020年6月6日", False)]
)
def test_x7_a_term_from_a_detention_the_day_bail_began(bail: str, again: str, end: str, fires: bool) -> None:
    """取保候审 and a 刑事拘留 by another bureau on the same day: custody never broke, so a term from that day (the
    earlier days taken off its end) leaves the first custody day unexplained. Days of freedom between them explain
    it."""
    held = f"同年12月{bail}日被取保候审，同年12月{again}日被某某市公安局刑事拘留，同年12月16日被逮捕"
    text = TEMPLATE.format(**{**BASE, "start": f"2019年12月{again}日", "end": end}).replace("同年12月16日被逮捕", held)
    found = [(f.rule, f.message) for f in run_checks([extract(text)]) if f.rule in ("X7", "E7")]
    assert found == ([("X7", "被告人甲某先行羁押自2019-12-02起，刑期却自2019-12-10起算，且未说明理由。")] if fires else []), found


@pytest.mark.parametrize(("start", "fires"), [("2019年12月2日", False), ("2019年12月5日", True), ("2020年3月1日", False)])
def test_x7_a_term_from_a_day_inside_the_first_custody_before_bail(start: str, fires: bool) -> None:
    """Held from 2 December, on bail from the 10th, arrested on 1 March: a term from the 5th (the end put off by the
    days of bail) starts inside the first custody, on no day the header tells; the arrest day starts custody again."""
    held = "同年12月10日被取保候审，2020年3月1日被逮捕"
    text = TEMPLATE.format(**{**BASE, "start": start, "end": "2020年8月22日"}).replace("同年12月16日被逮捕", held)
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X7"]
    assert found == (["被告人甲某先行羁押自2019-12-02起，刑期却自2019-12-05起算，且未说明理由。"] if fires else []), found


@pytest.mark.parametrize(("start", "end", "fires"), [
    ("2020年2月20日", "2020年8月22日", True),  # the end is from the arrest, less the nine days held before
    ("2020年2月21日", "2020年8月20日", False),  # a start moved back by the days credited, its end from it
    ("2020年3月1日", "2020年8月22日", False),
])
def test_x7_a_start_out_of_custody_whose_end_is_counted_from_the_custody_again(start: str, end: str, fires: bool) -> None:
    """Held from 2 December, on bail from the 10th, arrested on 1 March: a term printed from a day on bail whose end
    is the term's from the arrest, less the days held before, has its start misprinted (E7 finds the end right)."""
    held = "同年12月10日被取保候审，2020年3月1日被逮捕"
    text = TEMPLATE.format(**{**BASE, "start": start, "end": end}).replace("同年12月16日被逮捕", held)
    found = [(f.rule, f.message) for f in run_checks([extract(text)]) if f.rule in ("X7", "E7")]
    assert found == ([("X7", "被告人甲某刑期自2020-02-20起算，该日不在羁押期间（2019-12-10已解除羁押），写明的止日"
                             "2020-08-22却是自再次羁押日2020-03-01起算并折抵此前羁押的止日，起算日有误。")]
                     if fires else []), found


@pytest.mark.parametrize(
    ("before", "fires"),
    [("因本案于2019年12月1日被羁押，次日被刑事拘留", True), ("2019年12月1日被抓获，次日被刑事拘留", False),
     ("2019年12月1日因吸毒被行政拘留，次日被刑事拘留", False)],
)
def test_x7_a_term_from_the_detention_day_after_the_day_custody_began(before: str, fires: bool) -> None:
    """A term from the 刑事拘留 day is explained where something else came first (an 抓获 or 行政拘留 may concern
    another matter), not where the header says the custody of this case began the day before (被羁押)."""
    text = TEMPLATE.format(**BASE).replace("因本案于2019年12月2日被刑事拘留", before)
    j = extract(text)
    assert j.defendants[0].verdict.term_start == "2019-12-02"
    x7 = [f.message for f in run_checks([j]) if f.rule == "X7" and f.severity != "info"]
    assert x7 == (["被告人甲某先行羁押自2019-12-01起，刑期却自2019-12-02起算，且未说明理由。"] if fires else []), x7


@pytest.mark.parametrize(("end", "fires"), [("2020年5月31日", False), ("2020年5月29日", True)])
def test_e7_the_day_held_before_an_administrative_detention_for_another_matter(end: str, fires: bool) -> None:
    """Caught for this case on 11月21日, detained administratively for drug use from the 22nd for ten days, then
    刑事拘留 on 12月2日: a term from 12月2日 may credit the one day held before the detention (six months end on
    5月31日); three days off is still a lead."""
    head = "因涉嫌盗窃于2019年11月21日被抓获，次日因吸毒被某某市公安局处行政拘留十日，同年12月2日被刑事拘留"
    text = TEMPLATE.format(**{**BASE, "end": end}).replace("因本案于2019年12月2日被刑事拘留", head)
    e7 = [f.message for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert len(e7) == int(fires), e7


@pytest.mark.parametrize(("end", "fires"), [("2020年5月31日", True), ("2020年6月1日", False)])
def test_x7_a_start_on_the_detention_day_whose_end_is_counted_from_the_capture(end: str, fires: bool) -> None:
    """刑期自12月2日 (the 刑事拘留 day, after a capture on 12月1日) explains the start, but an end of 2020-05-31 is six
    months from the capture, not from the start: the term was counted from the first day and its start printed
    otherwise."""
    text = TEMPLATE.format(**{**BASE, "end": end}).replace("因本案于2019年12月2日被刑事拘留", "2019年12月1日被抓获，次日被刑事拘留")
    x7 = [f.message for f in run_checks([extract(text)]) if f.rule == "X7"]
    said = "被告人甲某刑期自2019-12-02起算，写明的止日2020-05-31却是自首次羁押日2019-12-01起算的止日，起算日与止日不一致。"
    assert x7 == ([said] if fires else []), x7



@pytest.mark.parametrize(("credit", "fires"), [("〔留置期间八十七日已予折抵〕", False), ("", True)])
def test_x7_a_start_on_the_detention_day_with_the_days_before_it_credited_as_printed(credit: str, fires: bool) -> None:
    """留置 on 9月6日, 刑事拘留 on 12月2日, a term from 12月2日 whose end (2020-03-05) is six months from the 留置: the
    note's 〔留置期间八十七日已予折抵〕 says why; without it the start and the end disagree."""
    over = dict(charge="贪污罪", article="三百八十二条、第三百八十三", facts="利用职务上的便利，侵吞公款人民币五万元",
                reason="利用职务上的便利，侵吞公款，数额较大，", sentence="有期徒刑六个月，并处罚金人民币十万元", end="2020年3月5日")
    text = TEMPLATE.format(**{**BASE, **over}).replace(
        "因本案于2019年12月2日被刑事拘留", "因涉嫌贪污于2019年9月6日被某某区监察委员会留置，同年12月2日被刑事拘留"
    ).replace("至2020年3月5日止。）", f"至2020年3月5日止{credit}。）")
    j = extract(text)
    assert j.defendants[0].verdict.custody_credit_days == (87 if credit else None)
    x7 = [f.message for f in run_checks([j]) if f.rule == "X7"]
    said = "被告人甲某刑期自2019-12-02起算，写明的止日2020-03-05却是自首次羁押日2019-09-06起算的止日，起算日与止日不一致。"
    assert x7 == ([said] if fires else []), x7


@pytest.mark.parametrize(("start", "end", "fires"), [("2019年11月30日", "2020年5月29日", True),
                                                      ("2019年12月1日", "2020年5月31日", False)])
def test_x7_a_start_days_before_the_custody_on_a_day_the_facts_do_not_tell(start: str, end: str, fires: bool) -> None:
    """A start a day or two before the 刑事拘留 is usually the capture's day or the day of an arrest in the act (the
    theft of 12月1日): a note. On a day the facts tell nothing of (11月30日), nothing explains it: a lead."""
    j = extract(TEMPLATE.format(**{**BASE, "start": start, "end": end}))
    x7 = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X7"]
    said = ("被告人甲某刑期自2019-11-30起算，早于首部所载首次羁押日2019-12-02（相差2日），查明事实亦未载该日抓获或犯罪，"
            "且未说明理由。")
    assert x7 == ([("warning", said)] if fires else
                  [("info", "被告人甲某刑期自2019-12-01起算，早于首部所载首次羁押日2019-12-02（相差1日），多为查明事实中的抓获日，请核对。")]), x7


@pytest.mark.parametrize(("end", "fires"), [("2020年6月1日", True), ("2020年5月31日", False)])
def test_x7_a_start_the_day_before_the_custody_whose_end_is_counted_from_the_custody(end: str, fires: bool) -> None:
    """刑期自12月1日, the day of the theft and the day before the 刑事拘留: often the capture in the act, so only a note;
    but an end of 2020-06-01 is six months from the 刑事拘留 on 12月2日, not from the printed start, so the start is
    misprinted."""
    x7 = [(f.severity, f.message) for f in run_checks([extract(TEMPLATE.format(**{**BASE, "start": "2019年12月1日",
                                                                                   "end": end}))]) if f.rule == "X7"]
    said = "被告人甲某刑期自2019-12-01起算，写明的止日2020-06-01却是自首次羁押日2019-12-02起算的止日，起算日与止日不一致。"
    assert [m for s, m in x7 if s != "info"] == ([said] if fires else []), x7
    assert len(x7) == 1, x7

@pytest.mark.parametrize(("start", "end", "fires"), [("2019年11月20日", "2020年5月19日", True),
                                                      ("2019年12月1日", "2020年5月31日", False)])
def test_x6_a_term_from_before_the_crime_where_the_header_dates_no_custody(start: str, end: str, fires: bool) -> None:
    """No custody in the header, a term counted from 20 November for a theft of 1 December: the custody it credits
    cannot have begun before the crime (with custody in the header, X7 weighs the start)."""
    held = "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。"
    text = TEMPLATE.format(**{**BASE, "start": start, "end": end}).replace(held, "")
    j = extract(text)
    assert not j.defendants[0].custody
    assert j.defendants[0].verdict.term_start == ("2019-11-20" if fires else "2019-12-01")
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert x6 == (["被告人甲某刑期自2019-11-20起算，早于查明的最早犯罪时间2019-12-01。"] if fires else []), x6


@pytest.mark.parametrize(("until", "fires"), [("2016年12月31日", True), ("2017年12月31日", False)])
def test_x6_a_prior_paroled_after_its_probation_ended(until: str, fires: bool) -> None:
    prior = f"2015年1月1日因犯盗窃罪被判处有期徒刑三年，2017年6月1日被假释，假释考验期至{until}止"
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1))
    assert j.defendants[0].priors[0].release_date == ("2016-12-31" if fires else "2017-12-31")
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert x6 == (["被告人甲某前罪假释日期2017-06-01晚于其假释考验期满日期2016-12-31。"] if fires else []), x6


def test_x6_a_term_from_after_the_judgment_of_someone_held_before_it() -> None:
    late = dict(start="2020年4月10日", end="2020年10月9日")  # judged 2020-04-01, held since 2019-12-02
    x6 = [f for f in run_checks([extract(TEMPLATE.format(**{**BASE, **late}))]) if f.rule == "X6"]
    assert [(f.severity, f.defendant) for f in x6] == [("warning", "甲某")]
    # on bail at the judgment: the term runs from the execution, which may follow it
    bailed = TEMPLATE.format(**{**BASE, **late}).replace("同年12月16日被逮捕", "同年12月16日被取保候审")
    assert "X6" not in {f.rule for f in run_checks([extract(bailed)])}


def test_e17_a_result_charge_with_words_before_a_known_name_is_no_standard_name() -> None:
    """犯入户盗窃罪: the printed name is not 盗窃罪 with words dropped, but a name that is no 罪名 (E17, not X1)."""
    text = TEMPLATE.format(**BASE).replace("判决如下： 被告人甲某犯盗窃罪", "判决如下： 被告人甲某犯入户盗窃罪")
    j = extract(text)
    assert j.defendants[0].charges == ("入户盗窃罪",)
    got = [(f.rule, f.severity) for f in run_checks([j]) if f.rule in ("E17", "X1")]
    assert got == [("E17", "warning")]
    # only the list's first item takes the words before it; a list without them reads as before
    result = "判决如下： 被告人甲某犯盗窃罪"
    listed = TEMPLATE.format(**BASE).replace(result, "判决如下： 被告人甲某犯盗窃、诈骗罪")
    assert extract(listed).defendants[0].charges == ("盗窃罪", "诈骗罪")
    assert extract(listed.replace("犯盗窃、", "犯入户盗窃、")).defendants[0].charges == ("入户盗窃罪", "诈骗罪")


@pytest.mark.parametrize(
    "sentence, article, extra, rule_severity",
    [
        ("有期徒刑三年二个月", "二百三十四条第一款", "", ("E3", "error")),  # 234①: at most three years
        ("有期徒刑二年", "二百三十四条第一款", "", None),
        ("有期徒刑三年二个月", "二百三十四条第二款", "", None),  # 234② 致人重伤: three to ten years
        ("有期徒刑二年", "二百三十四条第二款", "", ("E3", "warning")),
        ("有期徒刑二年", "二百三十四条第二款", "被告人甲某有自首情节，依法可以减轻处罚。", None),
        ("有期徒刑三年二个月", "二百三十四条", "", None),  # the article cited whole allows every bracket
    ],
)
def test_e3_a_term_the_cited_paragraph_does_not_allow(sentence: str, article: str, extra: str, rule_severity: tuple | None) -> None:
    over = dict(charge="故意伤害罪", facts="持刀将被害人乙某捅伤", reason="故意伤害他人身体，", article=article, extra=extra,
                sentence=sentence)  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    got = [(f.rule, f.severity) for f in run_checks([j]) if f.rule == "E3"]
    assert got == ([rule_severity] if rule_severity else [])


@pytest.mark.parametrize(
    "said, times, variant",
    [
        ("被告人覃墨", 1, "覃墨"),  # 秦墨 / 覃墨: the surname misspelt, after the role word
        ("被告人覃墨", 3, None),  # written this often, somebody else
        ("被告人覃雨", 1, None),  # two characters differ
        ("证人覃墨", 1, None),  # no defendant's role word
    ],
)
def test_x4_reads_a_misspelt_surname_after_a_defendants_role_word(said: str, times: int, variant: str | None) -> None:
    text = TEMPLATE.format(**BASE).replace("甲某", "秦墨")
    text = text.replace("本院认为，", "".join(f"{said}当时在场。" for _ in range(times)) + "本院认为，")
    assert extract(text).defendants[0].name_variants == ((variant,) if variant else ())


@pytest.mark.parametrize(
    "charge, article, facts, sentence, end, fires",
    [
        ("传播淫秽物品罪", "三百六十四条第一款", "在网络群组中传播淫秽视频二百余部", "有期徒刑二年六个月", "2022年6月1日", True),
        ("传播淫秽物品罪", "三百六十四条第一款", "在网络群组中传播淫秽视频二百余部", "有期徒刑二年", "2021年12月1日", False),
        ("诬告陷害罪", "二百四十三条", "捏造他人强奸的事实向公安机关告发", "有期徒刑十一年", "2030年12月1日", True),
        ("虚假诉讼罪", "三百零七条之一", "以捏造的事实提起民事诉讼", "有期徒刑八年，并处罚金人民币二万元", "2027年12月1日", True),
    ],
)
def test_e3_on_charges_the_table_gained(
    charge: str, article: str, facts: str, sentence: str, end: str, fires: bool
) -> None:
    """传播淫秽物品罪 (364①: 二年以下), 诬告陷害罪 (243: 十年以下), 虚假诉讼罪 (307之一: 七年以下)."""
    over = dict(charge=charge, article=article, facts=facts, reason="情节严重，", sentence=sentence, end=end)
    e3 = _messages("E3", **over)
    assert bool(e3) == fires, e3


@pytest.mark.parametrize(
    "extra, term, end, fires",
    [
        ("", "五年", "2024年12月1日", True),  # 399: 五年以下; 情节严重 五年以上十年以下
        ("", "三年", "2022年12月1日", False),
        ("其行为情节严重。", "五年", "2024年12月1日", False),  # the reasoning finds the higher bracket's level
    ],
)
def test_e11_a_term_at_the_edge_of_a_bracket_the_reasoning_does_not_reach(
    extra: str, term: str, end: str, fires: bool
) -> None:
    over = dict(charge="徇私枉法罪", article="三百九十九条第一款", facts="明知他人有罪而故意包庇不使其受追诉",
                reason="身为司法工作人员徇私枉法，", extra=f"{extra}被告人甲某系从犯，依法应当从轻、减轻处罚。",
                sentence=f"有期徒刑{term}", end=end)  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


@pytest.mark.parametrize("executed, fires", [("三万元", True), ("二万元", False)])
def test_e2_the_fine_combined_with_an_earlier_judgments(executed: str, fires: bool) -> None:
    """与前罪所判有期徒刑一年，并处罚金人民币二万元并罚: this count has no fine, so the fine executed is the earlier 二万."""
    over = dict(charge="寻衅滋事罪", article="二百九十三", facts="随意殴打他人", reason="随意殴打他人，情节恶劣，",
                sentence=f"有期徒刑一年，与前罪所判有期徒刑一年，并处罚金人民币二万元并罚，决定执行有期徒刑一年十个月，"
                         f"并处罚金人民币{executed}", end="2021年10月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.defendants[0].verdict.earlier_fine_yuan == 20000
    e2 = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert bool(e2) == fires, e2


@pytest.mark.parametrize(
    "reason, term, end, fires",
    [
        ("贩卖毒品，", "三年八个月", "2023年8月1日", True),  # 少量毒品 (0.23克): 三年以下; 情节严重 三年以上七年以下
        ("多次贩卖毒品，情节严重，", "三年八个月", "2023年8月1日", False),
        ("贩卖毒品，", "二年", "2021年12月1日", False),
    ],
)
def test_e3_a_term_only_347s_serious_small_quantity_bracket_allows(
    reason: str, term: str, end: str, fires: bool
) -> None:
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts="向他人贩卖甲基苯丙胺0.23克", reason=reason,
                sentence=f"有期徒刑{term}，并处罚金人民币二千元", end=end)  # fmt: skip
    e3 = _messages("E3", **over)
    assert bool(e3) == fires, e3


@pytest.mark.parametrize("stated, fires", [("情节严重", True), ("情节特别严重", False)])
def test_e11_a_stated_level_below_the_one_that_opens_the_next_bracket(stated: str, fires: bool) -> None:
    """非法经营: 情节严重 makes the crime (五年以下); 情节特别严重 opens 五年以上. Five years for a 从犯 found 情节严重 is
    the first bracket's top."""
    over = dict(charge="非法经营罪", article="二百二十五", facts="未经许可经营烟草专卖品",
                reason=f"违反国家规定非法经营，{stated}，", extra="被告人甲某系从犯，依法应当从轻、减轻处罚。",
                sentence="有期徒刑五年，并处罚金人民币二万元", end="2024年12月1日")  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


def test_the_quantity_the_reasoning_adds_up_from_the_facts() -> None:
    """49.91克 of crystals and 0.19克 of tablets (both 甲基苯丙胺): the reasoning's 50.1克 is the quantity, 数量大."""
    over = dict(charge="非法持有毒品罪", article="三百四十八",
                facts="非法持有甲基苯丙胺（冰毒，净重共计49.91克）及甲基苯丙胺片剂（净重共计0.19克）",
                reason="非法持有甲基苯丙胺50.1克，", sentence="有期徒刑一年，并处罚金人民币二千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.drug_grams == 50.1
    assert "E20" in {f.rule for f in run_checks([j])}


@pytest.mark.parametrize("day, fires", [("2020年5月6日", True), ("2020年3月20日", False)])
def test_x6_another_measure_of_the_header_dated_after_the_judgment(day: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("同年12月16日被逮捕。", f"同年12月16日被逮捕，{day}经本院决定取保候审。")
    j = extract(text)
    assert "取保候审" in {c.kind for c in j.defendants[0].custody}
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6" and "取保候审" in f.message]
    assert bool(x6) == fires, x6


@pytest.mark.parametrize(
    "level, severity",
    [("数额巨大，", "warning"), ("数额巨大，且有其他特别严重情节，", "info"), ("", "warning")],
)
def test_e4_a_term_of_a_bracket_neither_the_amount_nor_the_reasoning_reaches(level: str, severity: str) -> None:
    """209,500 yuan of 诈骗 reaches 数额巨大 (三年以上十年以下) at most; eleven years is 数额特别巨大's. Where the reasoning
    finds no level that opens it, nothing found explains it: a warning; else a note."""
    over = dict(charge="诈骗罪", article="二百六十六", facts="骗取他人现金人民币209500元", reason=f"骗取他人财物，{level}",
                sentence="有期徒刑十一年，并处罚金人民币十万元", end="2030年12月1日")  # fmt: skip
    e4 = [f.severity for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E4"]
    assert e4 == [severity], e4


@pytest.mark.parametrize("level, fires", [("数额较大", True), ("数额巨大", False)])
def test_e11_a_term_at_the_edge_of_an_amount_bracket_the_amount_does_not_reach(level: str, fires: bool) -> None:
    """职务侵占 before 2021: 数额较大 五年以下, 数额巨大 五年以上. Ninety thousand yuan found 数额较大, five years for a
    defendant who surrendered: the first bracket's top."""
    over = dict(charge="职务侵占罪", article="二百七十一", facts="利用职务便利侵占公司货款人民币90000元",
                reason=f"利用职务上的便利将本单位财物非法占为己有，{level}，",
                extra="被告人甲某犯罪以后自动投案，如实供述自己的罪行，系自首，依法可以从轻处罚。",
                sentence="有期徒刑五年", end="2024年12月1日")  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


def test_x4_reads_each_name_of_a_list_after_the_role_word() -> None:
    """被告人王建国、李建军…: the second name of the list is read for a slip as the first is."""
    two = (TEMPLATE.format(**BASE).replace("甲某", "王建国")
           .replace("被告人王建国，男", "被告人李建军，男，1985年1月1日出生，汉族，无业。 被告人王建国，男")
           .replace("判决如下：", "判决如下： 被告人李建军犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。"))  # fmt: skip
    assert "X4" not in {f.rule for f in run_checks([extract(two)])}
    slip = two.replace("本院认为，", "被告人王建国、李建君共同盗窃。本院认为，")
    assert extract(slip).defendants[0].name_variants == ("李建君",)
    assert ("X4", "李建军") in {(f.rule, f.defendant) for f in run_checks([extract(slip)])}


@pytest.mark.parametrize(
    "charge, article, fires",
    [
        ("高空抛物罪", "二百九十一条之二", True),  # 刑法修正案（十一）: from 2021-03-01; the conduct is of 2019
        ("危险驾驶罪", "一百三十三条之一", False),  # from 2011-05-01
    ],
)
def test_e18_a_charge_created_after_the_conduct(charge: str, article: str, fires: bool) -> None:
    over = dict(charge=charge, article=article, facts="从其住处窗口向楼下抛掷物品", reason="", sentence="拘役三个月，并处罚金人民币二千元",
                end="2020年3月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.defendants[0].charges_standard == (charge,) and j.offence_end == "2019-12-01"
    e18 = [f.message for f in run_checks([j]) if f.rule == "E18"]
    assert bool(e18) == fires, e18
    if fires:
        assert "2021-03-01" in e18[0]


@pytest.mark.parametrize(
    "extra, fires",
    [
        ("被告人甲某系毒品再犯，但鉴于其贩卖数量较少，不予从重处罚。", True),
        ("被告人甲某系累犯和毒品再犯，对累犯依法从重处罚，对毒品再犯不再从重处罚。", True),
        ("被告人甲某系毒品再犯，依法应当从重处罚。", False),
    ],
)
def test_e20_a_drug_reoffender_the_court_will_not_punish_more_heavily(extra: str, fires: bool) -> None:
    over = dict(charge="贩卖毒品罪", facts="以200元的价格向他人贩卖甲基苯丙胺0.5克", reason="贩卖毒品，", extra=extra,
                article="三百四十七条第一款、第四款，第三百五十六", sentence="有期徒刑一年，并处罚金人民币二千元", end="2020年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert "毒品再犯" in j.defendants[0].circumstances
    e20 = [f for f in run_checks([j]) if f.rule == "E20" and "不予从重" in f.message]
    assert bool(e20) == fires, [f.message for f in run_checks([j]) if f.rule == "E20"]


def test_x5_a_first_instance_number_on_a_second_instance_header() -> None:
    text = APPEAL.format(who="原审被告人甲某", how="上诉", first="有期徒刑六个月", second="有期徒刑六个月")
    assert "X5" not in {f.rule for f in run_checks([extract(text)])}
    # a prosecution appeal's header (原公诉机关, 原审被告人) under a first-instance number
    first = text.replace("（2020）浙01刑终5号", "（2020）浙01刑初5号").replace("上诉人（原审被告人）甲某，男", "原审被告人甲某，男")
    assert extract(first).procedure == "一审" and "上诉人" not in "".join(extract(first).header_roles)
    assert [f.rule for f in run_checks([extract(first)]) if f.rule == "X5"] == ["X5"]


@pytest.mark.parametrize(
    "tail, fires",
    [
        ("本判决为终审判决。", False),
        # a first-instance template's notice on a second-instance judgment, which is final (刑诉法244)
        ("如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向某某省高级人民法院提出上诉。", True),
        ("如不服本判决，可在接到判决书的第二日起十日内提出上诉。", True),
    ],
)
def test_e14_a_notice_of_appeal_on_a_second_instance_judgment(tail: str, fires: bool) -> None:
    text = APPEAL.format(who="原审被告人甲某", how="上诉", first="有期徒刑八个月", second="有期徒刑六个月")
    j = extract(text.replace("本判决为终审判决。", tail))
    assert j.procedure == "二审"
    e14 = [f for f in run_checks([j]) if f.rule == "E14"]
    assert [f.message for f in e14] == (
        ["（2020）浙01刑终5号为第二审案件，第二审的判决、裁定是终审的判决、裁定，文书尾部却告知可以上诉。"] if fires else [])
    assert all(f.evidence[0].label == "上诉告知" and f.evidence[-1].label == "案号" for f in e14)
    # a first instance's header (公诉机关, 被告人) under a 刑终 number: the number is the slip (X5), not the notice
    first = (text.replace("本判决为终审判决。", tail).replace("原公诉机关某某区", "公诉机关某某区")
             .replace("上诉人（原审被告人）甲某", "被告人甲某"))
    rules = [f.rule for f in run_checks([extract(first)]) if f.rule in ("E14", "X5")]
    assert rules == ["X5"], rules


def test_e11_an_accessory_punished_above_the_principal() -> None:
    two = (TEMPLATE.format(**BASE)
           .replace("被告人甲某，男", "被告人乙某，男，1985年1月1日出生，汉族，无业。因本案于2019年12月2日被刑事拘留。 被告人甲某，男")
           .replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。被告人乙某起主要作用，系主犯；被告人甲某起次要作用，系从犯，依法应当从轻处罚。")
           .replace("判决如下：", "判决如下： 被告人乙某犯盗窃罪，判处有期徒刑四个月，并处罚金人民币二千元。"))  # fmt: skip
    assert "从犯" in extract(two).defendants[1].circumstances
    got = [(f.rule, f.defendant) for f in run_checks([extract(two)]) if f.rule == "E11"]
    assert got == [("E11", "甲某")]  # 甲某 (从犯) six months, 乙某 (主犯) four
    lighter = two.replace("判处有期徒刑四个月", "判处有期徒刑八个月")
    assert [f for f in run_checks([extract(lighter)]) if f.rule == "E11"] == []
    # an accessory the law commands to punish more heavily too (累犯, 毒品再犯), the principal not: his own due
    again = "被告人甲某曾因故意犯罪被判处有期徒刑，在刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯，依法应当从重处罚。"
    recidivist = two.replace("依法应当从轻处罚。", "依法应当从轻处罚。" + again)
    assert "累犯" in extract(recidivist).defendants[1].circumstances
    assert [f for f in run_checks([extract(recidivist)]) if f.rule == "E11"] == []
    both = recidivist.replace(again, again + again.replace("甲某", "乙某"))
    assert "累犯" in extract(both).defendants[0].circumstances
    assert [(f.rule, f.defendant) for f in run_checks([extract(both)]) if f.rule == "E11"] == [("E11", "甲某")]


def test_e11_an_accessory_punished_above_a_co_defendant_not_found_accessory() -> None:
    """A court that finds one of two 从犯 does not always call the other 主犯: the accessory's heavier term is a lead
    all the same; a co-defendant also found 从犯 (or 胁从犯) is no principal."""
    two = (TEMPLATE.format(**BASE)
           .replace("被告人甲某，男", "被告人乙某，男，1985年1月1日出生，汉族，无业。因本案于2019年12月2日被刑事拘留。 被告人甲某，男")
           .replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪。被告人甲某在共同犯罪中起次要作用，系从犯，依法应当从轻处罚。")
           .replace("判决如下：", "判决如下： 被告人乙某犯盗窃罪，判处有期徒刑四个月，并处罚金人民币二千元。"))  # fmt: skip
    found = [f for f in run_checks([extract(two)]) if f.rule == "E11"]
    assert [(f.defendant, "未被认定为从犯的同案被告人乙某" in f.message) for f in found] == [("甲某", True)]
    both = two.replace("被告人甲某在共同犯罪中起次要作用，系从犯", "被告人乙某、甲某在共同犯罪中均起次要作用，均系从犯")
    assert {"从犯"} <= set(extract(both).defendants[0].circumstances)
    assert [f for f in run_checks([extract(both)]) if f.rule == "E11"] == []


def _drug_ring(seller: str, roles: str) -> str:
    """A fictional first-instance judgment of three: 甲某 the principal who sold and carried methamphetamine,
    乙某 the 从犯 he hired to carry it (fifteen years), and 丙某, a buyer of his who sold 30 grams on (``seller``:
    his charge)."""
    people = "".join(
        f"被告人{n}，男，1985年{m}月1日出生，汉族，初中文化，无业。因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。 "
        for n, m in (("甲某", 1), ("乙某", 2), ("丙某", 3)))
    return (
        "某某市中级人民法院 刑事判决书 （2020）云08刑初7号 公诉机关某某市人民检察院。 " + people
        + "某某市人民检察院以起诉书指控被告人甲某犯贩卖、运输毒品罪，被告人乙某犯运输毒品罪，被告人丙某犯" + seller
        + "，于2020年3月1日向本院提起公诉。 经审理查明，2019年11月，被告人甲某雇佣被告人乙某驾车运输甲基苯丙胺片剂"
        "12000克，于2019年12月1日被查获。此前，甲某向被告人丙某贩卖甲基苯丙胺片剂40克，丙某又将其中30克贩卖给他人。 "
        "本院认为，被告人甲某明知是毒品而贩卖、运输，其行为已构成贩卖、运输毒品罪；被告人乙某明知是毒品而运输，其行为已构成"
        f"运输毒品罪；被告人丙某明知是毒品而贩卖，其行为已构成{seller}。{roles}"
        "依照《中华人民共和国刑法》第三百四十七条第二款、第四款，第二十七条之规定，判决如下： "
        "一、被告人甲某犯贩卖、运输毒品罪，判处无期徒刑，剥夺政治权利终身，并处没收个人财产。 "
        "二、被告人乙某犯运输毒品罪，判处有期徒刑十五年，并处没收个人财产人民币五万元。 "
        f"三、被告人丙某犯{seller}，判处有期徒刑八年，并处罚金人民币二万元。 "
        "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长乙某某 二〇二〇年六月一日 书记员丙某某"
    )


@pytest.mark.parametrize(("seller", "roles", "fires"), [
    # the roles of the joint offence told, 丙某 none: he is outside it (he bought from the principal)
    ("贩卖毒品罪", "在共同犯罪中，被告人甲某起主要作用，系主犯；被告人乙某起次要作用，系从犯，依法减轻处罚。", False),
    ("贩卖、运输毒品罪", "在共同犯罪中，被告人甲某起主要作用，系主犯；被告人乙某起次要作用，系从犯，依法减轻处罚。", False),
    # no 主犯 told: 丙某 is compared, but his 贩卖 is other conduct than 乙某's 运输 under the one selective charge
    ("贩卖毒品罪", "被告人乙某在共同犯罪中起次要作用，系从犯，依法减轻处罚。", False),
    ("贩卖、运输毒品罪", "被告人乙某在共同犯罪中起次要作用，系从犯，依法减轻处罚。", True),
    ("贩卖、运输毒品罪", "被告人丙某起主要作用，系主犯；被告人乙某起次要作用，系从犯，依法减轻处罚。", True),
])  # fmt: skip
def test_e11_an_accessory_against_his_joint_offence_only(seller: str, roles: str, fires: bool) -> None:
    """A 从犯 of fifteen years heavier than a co-defendant of eight of the same standard charge: a lead only where
    the other is of his joint offence (a 主犯, or a defendant with no role where the reasoning finds no 主犯) and the
    other's form of the selective charge names every act his does."""
    j = extract(_drug_ring(seller, roles))
    assert [d.verdict.term_months for d in j.defendants[1:]] == [180, 96]
    assert "从犯" in j.defendants[1].circumstances
    e11 = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E11" and "系从犯，所判" in f.message]
    assert [d for d, _ in e11] == (["乙某"] if fires else []), e11


@pytest.mark.parametrize(
    "day, fine, fires",
    [
        ("2011年12月1日", "六十万元", "高于该量刑幅度罚金的最高数额500000元"),  # 旧176: 五万元以上五十万元以下
        ("2011年12月1日", "五十万元", None),
        ("2011年12月1日", "二万元", "低于该量刑幅度罚金的最低数额50000元"),
        ("2021年12月1日", "六十万元", None),  # 修正案（十一）: 并处罚金, no range
    ],
)
def test_e5_a_fine_outside_a_statutory_range_in_force_for_the_conduct(day: str, fine: str, fires: str | None) -> None:
    over = dict(charge="非法吸收公众存款罪", article="一百七十六", reason="变相吸收公众存款，数额巨大，",
                facts="以高息为诱饵向社会公众吸收存款人民币600万元", sentence=f"有期徒刑三年六个月，并处罚金人民币{fine}",
                end="2023年6月1日")  # fmt: skip
    text = TEMPLATE.format(**{**BASE, **over}).replace("经审理查明，2019年12月1日", f"经审理查明，{day}")
    if day.startswith("2021"):  # judged after the conduct
        text = text.replace("二〇二〇年四月一日", "二〇二二年四月一日").replace("2020年3月1日", "2022年3月1日")
    e5 = [f.message for f in run_checks([extract(text)]) if f.rule == "E5"]
    if fires is None:
        assert e5 == [], e5
    else:
        assert len(e5) == 1 and fires in e5[0], e5


@pytest.mark.parametrize(
    "reason, stated",
    [
        ("以营利为目的开设赌场，情节严重，", "严重"),
        ("以营利为目的开设赌场，情节特别严重，", "特别严重"),
        ("以营利为目的开设赌场，尚不属于情节严重，", None),
        ("以营利为目的开设赌场，具有其他特别严重情节，", "特别严重"),  # the statute's words
        ("以营利为目的开设赌场，不具有其他严重情节，", None),
        ("以营利为目的开设赌场，犯罪情节尚未达到情节特别严重，", None),
        # a finding the court declines, whatever its words (不宜认定为, 不予认定, 难以认定, 尚不足以认定, 不构成 …)
        ("以营利为目的开设赌场，根据有关规定，不宜认定为情节严重。", None),
        ("以营利为目的开设赌场，本院不予认定情节严重。", None),
        ("以营利为目的开设赌场，现有证据不能认定被告人甲某的行为情节严重。", None),
        ("以营利为目的开设赌场，难以认定为情节特别严重，", None),
        ("以营利为目的开设赌场，尚不足以认定情节严重，", None),
        ("以营利为目的开设赌场，不应当再认定为情节严重，", None),
        ("以营利为目的开设赌场，其行为不构成情节严重，", None),
        # and the court's own finding where a negation has nothing to do with it
        ("以营利为目的开设赌场，不思悔改，情节严重，", "严重"),
        ("以营利为目的开设赌场，未达到抽头渔利数额标准但情节严重，", "严重"),
        ("以营利为目的开设赌场，依法应当认定为情节严重，", "严重"),
        # an argument the court answers, a finding it rejects, the statute it quotes
        ("以营利为目的开设赌场。对辩护人提出的本案不属于情节严重的辩护意见，本院予以采纳。", None),
        ("以营利为目的开设赌场。公诉机关认定本案情节严重，于法无据，本院不予支持。", None),
        ("以营利为目的开设赌场。《刑法》第三百零三条第二款规定：“情节严重的，处三年以上十年以下有期徒刑”，本案", None),
    ],
)
def test_the_severity_level_the_reasoning_finds(reason: str, stated: str | None) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "charge": "开设赌场罪", "article": "三百零三", "reason": reason,
                                   "facts": "在家中开设赌场供他人赌博"}))  # fmt: skip
    assert j.severity_stated == stated


@pytest.mark.parametrize(
    "reason, facts, term, end, fires",
    [
        # 开设赌场 before 2021-03-01: 三年以下; 情节严重 三年以上十年以下
        ("以营利为目的开设赌场，", "在家中开设赌场供他人赌博", "三年六个月", "2023年6月1日", "未认定该情节"),
        ("以营利为目的开设赌场，情节严重，", "在家中开设赌场供他人赌博", "三年六个月", "2023年6月1日", None),
        ("以营利为目的开设赌场，", "在家中开设赌场供他人赌博", "二年", "2021年12月1日", None),
        ("以营利为目的开设赌场，情节严重，", "在家中开设赌场供他人赌博", "二年", "2021年12月1日", "低于该档最低刑"),
        ("以营利为目的开设赌场，情节严重，系自首，依法可以减轻处罚，", "在家中开设赌场供他人赌博", "二年",
         "2021年12月1日", None),
        # the amount found makes it 情节严重 (抽头渔利 30,000 yuan or more) though the reasoning does not say so
        ("以营利为目的开设赌场，", "在家中开设赌场供他人赌博，抽头渔利人民币50000元", "三年六个月", "2023年6月1日", None),
    ],
)
def test_e3_a_term_beside_the_severity_level_the_reasoning_finds(
    reason: str, facts: str, term: str, end: str, fires: str | None
) -> None:
    over = dict(charge="开设赌场罪", article="三百零三", facts=facts, reason=reason,
                sentence=f"有期徒刑{term}，并处罚金人民币二千元", end=end)  # fmt: skip
    e3 = _messages("E3", **over)
    if fires is None:
        assert e3 == []
    else:
        assert len(e3) == 1 and fires in e3[0], e3


@pytest.mark.parametrize("term, end, fires", [("三年二个月", "2023年2月1日", True), ("二年", "2021年12月1日", False)])
def test_e11_a_reduction_the_term_does_not_make_below_the_severity_level_the_reasoning_finds(
    term: str, end: str, fires: bool
) -> None:
    """347: 少量毒品，情节严重 is 三年以上七年以下; 减轻 there goes below three years."""
    over = dict(charge="贩卖毒品罪", article="三百四十七", facts="多次向他人贩卖甲基苯丙胺共计0.5克",
                reason="多次贩卖毒品，情节严重，", extra="被告人甲某系自首，决定对被告人甲某予以减轻处罚。",
                sentence=f"有期徒刑{term}，并处罚金人民币二千元", end=end)  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


@pytest.mark.parametrize(
    "reason, stated, fires",
    [
        ("盗窃他人财物，数额较大，", "较大", True),  # 200000 元 is 数额巨大 under every province's standard
        ("盗窃他人财物，数额巨大，", "巨大", False),
        # a quoted rule is not the finding
        ("盗窃他人财物。《刑法》第二百六十四条规定：“盗窃公私财物，数额较大的，处三年以下有期徒刑”，本案", None, False),
    ],
)
def test_e4_the_amount_level_the_reasoning_finds(reason: str, stated: str | None, fires: bool) -> None:
    over = dict(facts="窃得他人现金人民币200000元", reason=reason, sentence="有期徒刑三年六个月，并处罚金人民币二千元")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.amount_level_stated == stated
    got = [f.message for f in run_checks([j]) if f.rule == "E4" and "本院认为部分认定数额" in f.message]
    assert bool(got) == fires, got


@pytest.mark.parametrize(
    "second, stated, levels, fires",
    [
        # the attempt's 数额巨大 governs the bracket: three years is its floor, reduced for the attempt from there
        ("属数额巨大", None, ("较大", "巨大"), False),
        # a level denied is none: 数额较大 alone, whose top three years is
        ("不属数额巨大", "较大", ("较大",), True),
        ("尚未达到数额巨大", "较大", ("较大",), True),
        ("亦属数额较大", "较大", ("较大",), True),
    ],
)
def test_e11_of_several_amount_levels_of_one_charge_the_highest_governs_the_bracket(
    second: str, stated: str | None, levels: tuple[str, ...], fires: bool
) -> None:
    """既遂8000元，属数额较大，未遂50000元，属数额巨大: 58000元 is not 数额巨大 under every standard, but the court finds
    the attempt's 数额巨大, and 三年 is the floor of that bracket, not the top of 数额较大's. ``amount_level_stated``
    stays the one level found (E3, E4 read it), None of several."""
    facts = ("以公开其隐私相威胁，向被害人乙某索要人民币8000元，乙某被迫转账；后又以同样手段向被害人丙某索要人民币50000元，"
             "丙某报警，甲某在收取现金时被民警当场抓获")
    reason = f"以非法占有为目的，采用威胁方法，两次强行索取他人财物，其中既遂人民币8000元，属数额较大，未遂人民币50000元，{second}，"
    extra = "被告人甲某对丙某敲诈勒索已经着手实行犯罪，由于意志以外的原因而未得逞，系犯罪未遂，依法可以比照既遂犯减轻处罚。"
    over = dict(charge="敲诈勒索罪", article="二百七十四", facts=facts, reason=reason, extra=extra,
                sentence="有期徒刑三年，并处罚金人民币二万元", end="2022年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    got = (j.amount_level_stated, j.amount_levels_stated, j.total_crime_amount_yuan)
    assert got == (stated, levels, 58000)
    e11 = [f.message for f in run_checks([j]) if f.rule == "E11"]
    assert bool(e11) == fires, e11
    assert [f for f in run_checks([j]) if f.rule in ("E3", "E4")] == []


def test_several_amount_levels_beside_another_charge_give_none() -> None:
    """盗窃数额较大 … 诈骗数额巨大: the levels are of two charges, and neither's count takes the other's."""
    from fayan.pipelines.checks.law_rules import _amount_level_of
    from fayan.pipelines.law import load_law

    law = load_law()
    j = extract(TEMPLATE.format(**BASE))
    several = replace(j, amount_level_stated=None, amount_levels_stated=("较大", "巨大"))
    assert _amount_level_of(several, law.charge("盗窃罪")) == "巨大"  # (the judgment's one count is of 盗窃)
    assert _amount_level_of(several, law.charge("诈骗罪")) is None
    assert _amount_level_of(j, law.charge("诈骗罪")) == j.amount_level_stated == "较大"


@pytest.mark.parametrize("executed, fires", [("一年三个月", False), ("一年", False), ("二年", True), ("十一个月", True)])
def test_e2_a_count_combined_with_the_earlier_judgments_term(executed: str, fires: bool) -> None:
    """与前罪所判有期徒刑一年并罚: six months and one year make a term of one year to eighteen months (刑法70, 69)."""
    sentence = f"有期徒刑六个月，与前罪所判有期徒刑一年并罚，决定执行有期徒刑{executed}，并处罚金人民币二千元"
    j = extract(TEMPLATE.format(**{**BASE, "sentence": sentence}))
    v = j.defendants[0].verdict
    assert (v.with_earlier_judgment, v.earlier_principal, v.earlier_term_months) == (True, "有期徒刑", 12)
    assert bool([f for f in run_checks([j]) if f.rule == "E2"]) == fires


@pytest.mark.parametrize(
    "sentence",
    [
        # 刑法77: the revoked 缓刑's term, 原判有期徒刑一年，缓刑二年, combined with this one
        "有期徒刑六个月，并处罚金人民币二千元。撤销某某区人民法院（2018）浙0102刑初9号刑事判决对被告人甲某宣告的缓刑，"
        "原判有期徒刑一年，缓刑二年。数罪并罚，决定执行有期徒刑{executed}，并处罚金人民币二千元",
        # a term without its kind, longer than 拘役 can be, into an executed 有期徒刑
        "有期徒刑六个月，与前罪盗窃罪判处的刑罚一年合并执行，决定执行有期徒刑{executed}，并处罚金人民币二千元",
    ],
)
@pytest.mark.parametrize("executed, fires", [("一年三个月", False), ("二年", True)])
def test_e2_reads_the_earlier_term_of_a_revoked_probation_and_of_a_bare_term(
    sentence: str, executed: str, fires: bool
) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "sentence": sentence.format(executed=executed)}))
    v = j.defendants[0].verdict
    assert (v.with_earlier_judgment, v.earlier_principal, v.earlier_term_months) == (True, "有期徒刑", 12)
    assert bool([f for f in run_checks([j]) if f.rule == "E2"]) == fires


def test_e2_reads_no_kind_into_a_bare_term_that_detention_can_be() -> None:
    """刑罚五个月 combined into 拘役: it may be 拘役 as well as 有期徒刑, so no earlier term is read."""
    sentence = "拘役三个月，与前罪盗窃罪判处的刑罚五个月合并执行，决定执行拘役六个月，并处罚金人民币二千元"
    v = extract(TEMPLATE.format(**{**BASE, "sentence": sentence})).defendants[0].verdict
    assert (v.with_earlier_judgment, v.earlier_term_months) == (True, None)


def test_e2_leaves_a_remainder_clause_to_the_reader() -> None:
    """刑法71: 与前罪…尚未执行的刑期二年并罚 combines the new term with what is left of the old one, which the clause
    names beside the old term: no one earlier term to add, so no bounds."""
    sentence = "有期徒刑一年，与前罪判处的有期徒刑五年尚未执行的刑期二年并罚，决定执行有期徒刑二年六个月，并处罚金人民币二千元"
    j = extract(TEMPLATE.format(**{**BASE, "sentence": sentence}))
    v = j.defendants[0].verdict
    assert v.with_earlier_judgment and v.earlier_term_months is None
    assert [f for f in run_checks([j]) if f.rule == "E2"] == []


def test_e2_two_counts_and_an_earlier_term_are_bounded_together() -> None:
    """Two counts of six months and four months with an earlier year: up to twenty-two months, not the counts' ten."""
    sentence = ("有期徒刑六个月；犯诈骗罪，判处有期徒刑四个月，与前罪所判有期徒刑一年并罚，决定执行有期徒刑一年六个月，"
                "并处罚金人民币二千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, "sentence": sentence}).replace("其行为已构成盗窃罪。", "其行为已构成盗窃罪、诈骗罪。"))
    d = j.defendants[0]
    assert [c.term_months for c in d.counts] == [6, 4] and d.verdict.earlier_term_months == 12
    assert [f.message for f in run_checks([j]) if f.rule == "E2"] == []


# Branches of the checks that no other test and no planted copy of fayan.pipelines.mutations reached (a coverage run
# of tests/test_checks.py, test_mutations.py and the examples' tests, 2026-12-02): each planted in a fictional example.
UNREACHED = [
    ("theft_single.txt", "如不服本判决", "如不服本裁定", "X5", "warning", "文书名称为判决书，尾部却称“本裁定”。"),
    ("theft_single.txt", "公诉机关杭州市西湖区人民检察院。", "原公诉机关杭州市西湖区人民检察院。",
     "X5", "warning", "案号（2021）浙0106刑初312号为一审案号，但首部按二审格式列有原公诉机关。"),
    ("theft_single.txt", "于2021年5月20日向本院提起公诉", "于2021年7月20日向本院提起公诉",
     "X6", "error", "提起公诉日期2021-07-20晚于裁判日期2021-06-08。"),
    ("theft_single.txt", "1990年6月14日出生", "2021年2月20日出生",
     "X6", "error", "被告人戚晓川出生日期2021-02-20不早于犯罪时间2021-02-19。"),
    ("theft_single.txt", "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款", "依照《中华人民共和国刑法》第六十七条第三款",
     "E17", "error", "判决认定被告人戚晓川犯盗窃罪，但所引用的刑法条文中没有规定该罪的第264条。"),
    ("fraud_probation.txt", "判处有期徒刑一年，缓刑一年六个月", "判处管制一年，缓刑一年六个月",
     "E6", "error", "被告人骆雅琴被判处管制，依法不能宣告缓刑。"),
    ("multi_charge.txt", "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元",
     "犯盗窃罪，判处无期徒刑，剥夺政治权利终身，并处罚金人民币五千元",
     "E2", "error", "被告人郦永昊数罪中有无期徒刑，决定执行有期徒刑，与数罪并罚吸收原则不符。"),
    ("multi_charge.txt", "决定执行有期徒刑一年八个月，并处罚金人民币八千元", "决定执行有期徒刑一年八个月，并处罚金人民币九千元",
     "E2", "error", "被告人郦永昊各罪罚金合计8000元，决定执行罚金9000元，同种附加刑应当合并执行。"),
    ("public_surveillance.txt", "判处管制六个月，并处罚金人民币二千元", "判处管制六个月，剥夺政治权利一年，并处罚金人民币二千元",
     "E16", "warning", "被告人邰建新被判处管制6个月，附加剥夺政治权利1年，期限应与管制期限相等。"),
    ("juvenile_probation.txt", "并处罚金人民币二千元", "并处罚金人民币三百元",
     "E8", "warning", "未成年被告人覃小龙被判处罚金300元，低于五百元的最低数额。"),
]


def _e2_of_life_counts(theft: str, fraud: str, executed: str, principals: list[str]) -> list[str]:
    """E2's messages for multi_charge.txt with its two counts and executed punishment replaced (each with 剥夺政治权利终身
    where it is life or death), after checking the counts read as ``principals``."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8").replace(
        "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑十个月，并处罚金人民币三千元；"
        "决定执行有期徒刑一年八个月，并处罚金人民币八千元",
        f"犯盗窃罪，判处{theft}，并处罚金人民币五千元；犯诈骗罪，判处{fraud}，并处罚金人民币三千元；"
        f"决定执行{executed}，剥夺政治权利终身，并处罚金人民币八千元",
    )
    j = extract(text)
    assert [c.principal for c in j.defendants[0].per_charge] == principals
    return [f.message for f in run_checks([j]) if f.rule == "E2"]


@pytest.mark.parametrize(("executed", "fires"), [("死刑", True), ("无期徒刑", False)])
def test_e2_executed_heavier_than_every_count(executed: str, fires: bool) -> None:
    """Counts of 无期徒刑 and 有期徒刑 executed as 死刑: the executed punishment is none of the counts' (a 无期徒刑
    absorbs the terms, and nothing makes it heavier)."""
    e2 = _e2_of_life_counts("无期徒刑，剥夺政治权利终身", "有期徒刑十个月", executed, ["无期徒刑", "有期徒刑"])
    assert e2 == (["被告人郦永昊数罪中最重为无期徒刑，决定执行死刑，重于各罪所判刑罚，与数罪并罚吸收原则不符。"]
                  if fires else []), e2


@pytest.mark.parametrize(("executed", "fires"), [("死刑，缓期二年执行", True), ("死刑", False)])
def test_e2_a_death_count_executed_as_a_suspended_death(executed: str, fires: bool) -> None:
    """死刑 absorbs the other counts: executed as 死缓 beside a count of death, it is not (死刑 above 死缓)."""
    e2 = _e2_of_life_counts("死刑，缓期二年执行，剥夺政治权利终身", "死刑，剥夺政治权利终身", executed, ["死缓", "死刑"])
    assert e2 == (["被告人郦永昊数罪中有死刑，决定执行死缓，与数罪并罚吸收原则不符。"] if fires else []), e2


@pytest.mark.parametrize("name, old, new, code, severity, message", UNREACHED,
                         ids=[f"{u[3]}-{k}" for k, u in enumerate(UNREACHED)])
def test_unreached_branches_fire(name: str, old: str, new: str, code: str, severity: str, message: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert text.count(old) == 1
    assert not [f for f in run_checks([extract(text)]) if f.rule == code and f.message == message]
    found = [f for f in run_checks([extract(text.replace(old, new))]) if f.rule == code]
    assert [(f.severity, f.message) for f in found] == [(severity, message)]
    assert found[0].evidence  # each lead points at its text


@pytest.mark.parametrize("fine, fires", [("八千元", False), ("九千元", True)])
def test_e2_fines_add_up_beside_a_life_sentence(fine: str, fires: bool) -> None:
    """A count of 无期徒刑 or 死刑 absorbs the terms, not the fines: they add up all the same (刑法69③)."""
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8").replace(
        "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；", "犯盗窃罪，判处无期徒刑，剥夺政治权利终身，并处罚金人民币五千元；"
    ).replace("决定执行有期徒刑一年八个月，并处罚金人民币八千元", f"决定执行无期徒刑，剥夺政治权利终身，并处罚金人民币{fine}")
    j = extract(text)
    assert j.defendants[0].verdict.principal == "无期徒刑"
    found = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert found == (["被告人郦永昊各罪罚金合计8000元，决定执行罚金9000元，同种附加刑应当合并执行。"] if fires else [])


def test_unreached_x2_defendant_sentenced_but_not_in_the_header() -> None:
    text = (EXAMPLES / "robbery_multi.txt").read_text(encoding="utf-8")
    (line,) = [x for x in text.split("\n") if x.startswith("被告人卜某某，男，")]
    assert not [f for f in run_checks([extract(text)]) if f.rule == "X2"]
    found = [f for f in run_checks([extract(text.replace(line + "\n", ""))]) if f.rule == "X2"]
    assert [(f.severity, f.message) for f in found] == [("error", "判决主文对卜某某作出处理，但首部未列明该被告人。")]


def test_x3_reads_yu_amounts_as_ranges_everywhere() -> None:
    """5000余元 allows 5000 to 6000: a reasoning that gives the laptop of a facts' 7000余元 as 7500元 agrees with it.
    (A copy of X3's earlier exact comparison, left below the range one, still flagged it.)"""
    text = THEFT
    old_value, old_reason = "该笔记本电脑价值人民币7500元", "多次秘密窃取他人财物，数额较大"
    assert text.count(old_value) == 1 and text.count(old_reason) == 1
    text = text.replace(old_value, "该笔记本电脑价值人民币7000余元")
    agrees = text.replace(old_reason, "多次秘密窃取他人财物，其中笔记本电脑价值人民币7500元，数额较大")
    differs = text.replace(old_reason, "多次秘密窃取他人财物，其中笔记本电脑价值人民币8500元，数额较大")
    assert [f.message for f in run_checks([extract(agrees)]) if f.rule == "X3"] == []
    assert [f.message for f in run_checks([extract(differs)]) if f.rule == "X3"] == [
        "本院认为部分认定的数额8500元与经审理查明的数额（合计18100元）不一致。"
    ]


def test_x5_a_review_number_against_what_the_document_decides() -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert "X5" not in {f.rule for f in run_checks([extract(text)])}
    # a 核准 ruling under a second-instance number, its header listing no appeal
    second = text.replace("最高法刑核31250417号", "最高法刑终31250417号")
    x5 = [f for f in run_checks([extract(second)]) if f.rule == "X5"]
    assert len(x5) == 1 and x5[0].message.startswith("案号（2016）最高法刑终31250417号为二审案号，但主文为复核（核准")
    assert [e.label for e in x5[0].evidence] == ["案号", "判决主文"] and x5[0].evidence[1].text.strip().startswith("核准")
    # a review number over an appeal's header
    appeal = text.replace("被告人庞立舟，男", "上诉人（原审被告人）庞立舟，男")
    assert [f.message for f in run_checks([extract(appeal)]) if f.rule == "X5"] == [
        "案号（2016）最高法刑核31250417号为复核案号，但首部按二审格式列有上诉人（原审被告人）。"
    ]


@pytest.mark.parametrize(
    ("ground", "charge", "fires"),
    [
        ("被告人郦永昊主动投案，如实供述其诈骗犯罪事实，对其所犯诈骗罪系自首，依法可以从轻处罚。", "诈骗罪", True),
        # the ground named with the other count, or with both: not the count at the top
        ("被告人郦永昊主动投案，如实供述其盗窃犯罪事实，对其所犯盗窃罪系自首，依法可以从轻处罚。", "盗窃罪", False),
        ("被告人郦永昊主动投案，如实供述其盗窃、诈骗犯罪事实，系自首，依法可以从轻处罚。", None, False),
        # the sentence tells both crimes, and the one the lenience is for (对其所犯诈骗罪)
        ("被告人郦永昊因盗窃犯罪到案后，主动交代诈骗犯罪，系自首，对其所犯诈骗罪可依法从轻处罚。", "诈骗罪", True),
        ("被告人郦永昊因盗窃犯罪到案后，主动交代诈骗犯罪，系自首，对其所犯盗窃罪、诈骗罪可依法从轻处罚。", None, False),
    ],
)
def test_e11_a_ground_named_with_one_count_of_several_at_the_top_of_its_bracket(
    ground: str, charge: str | None, fires: bool
) -> None:
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    text = text.replace("被告人郦永昊归案后如实供述自己的罪行，依法可以从轻处罚。", ground).replace(
        "犯诈骗罪，判处有期徒刑十个月", "犯诈骗罪，判处有期徒刑三年").replace("决定执行有期徒刑一年八个月", "决定执行有期徒刑三年六个月")
    j = extract(text)
    assert [c.charge for c in j.circumstances if c.kind == "自首"] == [charge]
    e11 = [f.message for f in run_checks([j]) if f.rule == "E11"]
    assert bool(e11) == fires, e11
    if fires:
        assert e11 == ["本院认为部分认定被告人郦永昊有自首情节，其犯诈骗罪却被判处有期徒刑3年，为第1档（数额较大）的最高刑，从宽情节未见体现。"]


def test_e11_an_accessory_given_death_to_be_executed_at_once() -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert [f for f in run_checks([extract(text)]) if f.rule == "E11"] == []
    accessory = text.replace("蒙小禾积极实施运输行为，亦应按照其所参与的全部犯罪处罚", "蒙小禾起次要作用，系从犯")
    e11 = [f for f in run_checks([extract(accessory)]) if f.rule == "E11"]
    assert [(f.defendant, f.message) for f in e11] == [
        ("蒙小禾", "本院认为部分认定被告人蒙小禾系从犯，依法应当从轻、减轻处罚或者免除处罚，其犯运输毒品罪却被判处死刑立即执行。")
    ]
    assert e11[0].evidence[0].text == "次要作用" and e11[0].evidence[0].label == "本院认为"
    # the reasoning also saying it may punish more lightly: still one finding for the count, the 从犯's
    both = accessory.replace("蒙小禾起次要作用，系从犯", "蒙小禾起次要作用，系从犯，依法可以从轻处罚")
    assert [f.message for f in run_checks([extract(both)]) if f.rule == "E11"] == [e11[0].message]


@pytest.mark.parametrize(("value", "fires"), [("9000", True), ("40000", False)])
def test_e4_a_stated_level_no_amount_of_the_facts_reaches_in_a_document_of_several_counts(
    value: str, fires: bool
) -> None:
    over = dict(charge="故意伤害罪", facts=f"持刀将乙某砍成轻伤，又窃得他人手机一部，价值人民币{value}元",
                reason="故意伤害他人身体，致人轻伤，又盗窃他人财物，数额巨大，", article="二百三十四条第一款、第二百六十四",
                sentence="有期徒刑一年；犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元；"
                         "决定执行有期徒刑四年，并处罚金人民币一万元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.charge for c in j.defendants[0].counts] == ["故意伤害罪", "盗窃罪"] and j.amount_level_stated == "巨大"
    e4 = [f for f in run_checks([j]) if f.rule == "E4"]
    assert [f.message for f in e4] == (
        ["本院认为部分认定数额巨大，而查明事实所涉数额合计9000元未达全国标准数额巨大的最低标准30000元。"] if fires else []
    )
    if fires:
        assert [e.label for e in e4[0].evidence] == ["本院认为", "查明数额"] and e4[0].data["charge"] == "盗窃罪"


def test_e4_a_rate_is_no_amount_of_the_facts_that_reaches_a_stated_level() -> None:
    """约定每月工资人民币25000元 beside a theft of 9000 yuan, in a document of several counts: the wage is a rate, no
    amount of any count, so the facts' amounts (9000) reach no 数额巨大."""
    over = dict(charge="故意伤害罪", facts="持刀将乙某砍成轻伤。被告人甲某受雇看守丙某的仓库，约定每月工资人民币25000元，"
                                          "其间窃得仓库内手机一部，价值人民币9000元",
                reason="故意伤害他人身体，致人轻伤，又盗窃他人财物，数额巨大，", article="二百三十四条第一款、第二百六十四",
                sentence="有期徒刑一年；犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元；"
                         "决定执行有期徒刑四年，并处罚金人民币一万元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    told = [(a.text, a.is_per_unit) for a in j.amounts if a.section == "facts"]
    assert told == [("25000元", True), ("9000元", False)]
    assert [f.message for f in run_checks([j]) if f.rule == "E4"] == [
        "本院认为部分认定数额巨大，而查明事实所涉数额合计9000元未达全国标准数额巨大的最低标准30000元。"
    ]


_INJURY = dict(charge="故意伤害罪", part="被告人甲某持刀将乙某砍成轻伤，造成乙某经济损失人民币50000元。",
               reason="故意伤害他人身体，致人轻伤，又盗窃他人财物，数额巨大，", article="二百三十四条第一款、第二百六十四")
_HIDING = dict(charge="掩饰、隐瞒犯罪所得、犯罪所得收益罪", part="被告人甲某明知是他人盗窃所得的汽车，仍以人民币50000元的价格予以收购。",
               reason="明知是犯罪所得而予以收购，又盗窃他人财物，数额巨大，", article="三百一十二条第一款、第二百六十四")


@pytest.mark.parametrize(
    ("heading", "first", "fires"),
    [("故意伤害事实", _INJURY, True), ("故意伤害、盗窃事实", _INJURY, False),
     ("掩饰、隐瞒犯罪所得事实", _HIDING, True)],  # a short form of the charge's standard name names it too
)
def test_e4_a_stated_level_against_the_amounts_of_its_own_part_of_the_facts(
    heading: str, first: dict[str, str], fires: bool
) -> None:
    # facts told charge by charge under headings: the other count's amount is no part of the theft's, unless the
    # heading of its part names the theft too
    facts = (f"实施犯罪，事实如下：\n一、{heading}\n{first['part']}\n"
             "二、盗窃事实\n被告人甲某窃得他人手机一部，价值人民币9000元")  # fmt: skip
    over = dict(charge=first["charge"], facts=facts, reason=first["reason"], article=first["article"],
                sentence="有期徒刑一年；犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元；"
                         "决定执行有期徒刑四年，并处罚金人民币一万元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [s.title for s in j.sections if s.kind == "facts_part"] == [heading, "盗窃事实"]
    assert sorted(a.amount_yuan for a in j.amounts if a.section == "facts") == [9000, 50000]
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert e4 == (["本院认为部分认定数额巨大，而查明事实所涉数额合计9000元未达全国标准数额巨大的最低标准30000元。"] if fires else [])


@pytest.mark.parametrize(
    ("harm", "term", "other", "message"),
    [
        # the clause's 重伤 puts 234 in its second bracket (three to ten years), whatever else the facts tell
        ("重伤", "有期徒刑二年", ("盗窃罪", "窃取他人财物，数额较大", "有期徒刑六个月"),
         "本院认为认定该罪致人重伤，被告人甲某犯故意伤害罪却被判处有期徒刑2年，低于该伤情所在第2档（致人重伤）的最低刑3年，"
         "本院认为部分未见减轻处罚情节。"),
        ("重伤", "有期徒刑四年", ("盗窃罪", "窃取他人财物，数额较大", "有期徒刑六个月"), None),
        # the clause's 轻伤 is the count's, though another count's death makes the document's worst harm 死亡
        ("轻伤", "有期徒刑五年", ("交通肇事罪", "违反交通运输管理法规，发生重大事故，致一人死亡", "有期徒刑一年"),
         "本院认为认定该罪致人轻伤，被告人甲某犯故意伤害罪却被判处有期徒刑5年，该刑罚仅第2档（致人重伤）可判，而该档须致人重伤。"),
    ],
)
def test_e3_the_harm_the_clause_concluding_a_count_states(
    harm: str, term: str, other: tuple[str, str, str], message: str | None
) -> None:
    charge, act, sentence = other
    over = dict(charge="故意伤害罪", facts=f"持刀将乙某砍成{harm}，后{act}", reason=f"故意伤害他人身体，致一人{harm}，",
                extra=f"被告人甲某又{act}，其行为还构成{charge}。", article="二百三十四条、第二百六十四条、第一百三十三",
                sentence=f"{term}；犯{charge}，判处{sentence}；决定执行{term}六个月")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(c.kind, c.value) for c in j.charge_findings if c.charge == "故意伤害罪"] == [("harm", harm)]
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == ([message] if message else []), e3


def test_e3_the_amount_level_the_clause_concluding_a_count_states() -> None:
    """Two counts of charges with a bracket of 数额较大 (盗窃, 敲诈勒索): the document's one stated level names neither
    count alone, the clause concluding each names its own."""
    over = dict(facts="窃得他人手机一部，价值人民币2000元，又以揭发隐私相要挟，向乙某索得人民币3000元",
                extra="被告人甲某又以非法占有为目的，敲诈勒索他人财物，数额较大，其行为还构成敲诈勒索罪。",
                article="二百六十四条、第二百七十四", sentence="有期徒刑四年，并处罚金人民币二千元；犯敲诈勒索罪，判处有期徒刑一年，"
                "并处罚金人民币二千元；决定执行有期徒刑四年六个月，并处罚金人民币四千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(c.charge, c.value) for c in j.charge_findings] == [("盗窃罪", "较大"), ("敲诈勒索罪", "较大")]
    assert [f.message for f in run_checks([j]) if f.rule == "E3"] == [
        "本院认为部分认定数额较大，被告人甲某犯盗窃罪却被判处有期徒刑4年，该刑罚仅第2档（数额巨大或者有其他严重情节）可判，"
        "本院认为部分未认定数额巨大或相应情节。"
    ]


@pytest.mark.parametrize(("term", "fires"), [("有期徒刑四年", True), ("有期徒刑二年", False)])
def test_e3_a_count_above_the_stated_level_of_a_bracket_the_table_names_no_level_of(term: str, fires: bool) -> None:
    """故意毁坏财物罪's table has 数额较大 only; its second bracket (数额巨大或者有其他特别严重情节, three to seven years)
    names no level of it, yet lies above the first: four years for a count the reasoning finds 数额较大 is above the
    bracket the court itself finds."""
    over = dict(facts="窃得他人手机一部，价值人民币2000元，又砸毁乙某的汽车，造成损失人民币8000元",
                extra="被告人甲某又故意毁坏他人财物，数额较大，其行为还构成故意毁坏财物罪。",
                article="二百六十四条、第二百七十五", sentence=f"有期徒刑六个月，并处罚金人民币二千元；犯故意毁坏财物罪，判处{term}；"
                "决定执行有期徒刑四年三个月，并处罚金人民币二千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(c.charge, c.value) for c in j.charge_findings] == [("盗窃罪", "较大"), ("故意毁坏财物罪", "较大")]
    found = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert found == ([f"本院认为部分认定数额较大，被告人甲某犯故意毁坏财物罪却被判处{term[:4]}4年，该刑罚仅第2档（数额巨大或者有其他特别严重情节）"
                      "可判，本院认为部分未认定该档的数额或情节。"] if fires else []), found


@pytest.mark.parametrize(
    ("review", "fires"),
    [("宣判后，庞立舟、蒙小禾均提出上诉。", True), ("宣判后，庞立舟、蒙小禾均提出上诉，临沧市人民检察院提出抗诉。", False)],
)
def test_e15_a_heavier_sentence_the_history_of_a_review_tells(review: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert [f for f in run_checks([extract(text)]) if f.rule == "E15"] == []
    heavier = (
        text.replace("认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身", "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，缓期二年执行，剥夺政治权利终身")
        .replace("宣判后，庞立舟、蒙小禾均提出上诉。", review)
        .replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判，",
                 "以（2015）云高刑终字第1187号刑事判决，认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，"
                 "并处没收个人全部财产，")
    )  # fmt: skip
    j = extract(heavier)
    assert [(d.appeal, [(s.defendant, s.principal) for s in d.sentences]) for d in j.earlier_decisions] == [
        ("prosecution" if not fires else "defendant", [("庞立舟", "死缓"), ("蒙小禾", "死刑")]),
        (None, [("庞立舟", "死刑")]),
    ]
    e15 = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E15"]
    assert e15 == ([("error", "（2015）临中刑初字第52号判决后仅有被告人一方上诉，（2015）云高刑终字第1187号判决对庞立舟判处死刑，"
                             "重于此前判处的死缓。")] if fires else [])  # fmt: skip


@pytest.mark.parametrize(("fine", "fires"), [("十万元", True), ("五万元", False)])
def test_e15_a_heavier_fine_the_history_of_a_review_tells(fine: str, fires: bool) -> None:
    """The same principal punishment with a larger fine after only the defendants appealed: 附加刑 may not be raised
    either (a warning, as for the appeal's own sentence)."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    heavier = (
        text.replace("被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产。宣判后",
                     "被告人蒙小禾犯运输毒品罪，判处有期徒刑十五年，并处罚金人民币五万元。宣判后", 1)
        .replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判，",
                 f"以（2015）云高刑终字第1187号刑事判决，认定被告人蒙小禾犯运输毒品罪，判处有期徒刑十五年，并处罚金人民币{fine}，")
    )  # fmt: skip
    j = extract(heavier)
    assert [[(s.defendant, s.fine_yuan) for s in d.sentences] for d in j.earlier_decisions][1] == [
        ("蒙小禾", 100000 if fires else 50000)]
    e15 = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E15"]
    # (the approving item, left as the example's death, is heavier than the first judgment's fifteen years too)
    approved = ("error", "（2015）临中刑初字第52号判决后仅有被告人一方上诉，本文书核准或维持对蒙小禾判处死刑，重于此前判处的有期徒刑15年。")
    assert e15 == ([("warning", "（2015）临中刑初字第52号判决后仅有被告人一方上诉，（2015）云高刑终字第1187号判决对蒙小禾并处罚金"
                                "100000元，多于此前的50000元（附加刑亦不得加重）。")] if fires else []) + [approved], e15


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ("被告人甲某犯前罪时虽不满18周岁，但仍构成累犯，依法应当从重处罚。", True),
        ("被告人甲某犯前罪时不满18周岁，依法不构成累犯。", False),
    ],
)
def test_e8_a_recidivist_the_reasoning_says_was_under_eighteen(extra: str, fires: bool) -> None:
    j = extract(TEMPLATE.format(**{**BASE, "extra": extra, "sentence": "有期徒刑八个月，并处罚金人民币二千元"}))
    e8 = [f.message for f in run_checks([j]) if f.rule == "E8"]
    assert e8 == (["本院认为部分认定被告人甲某不满十八周岁，而其本案犯罪时已29周岁，所指只能是前罪；犯前罪时不满十八周岁的，"
                   "依刑法第六十五条不构成累犯，文书却认定累犯。"] if fires else [])  # fmt: skip


@pytest.mark.parametrize(
    ("birth", "prior", "fires"),
    [
        ("1990年1月1日", "", True),  # 29 at the crime
        ("2002年1月1日", "", False),  # 17
        ("1990年1月1日", "2010年3月1日因犯盗窃罪被某县人民法院判处有期徒刑一年。", False),  # it may be the prior's
    ],
)
def test_e8_the_reasoning_finds_a_minor_whom_the_birth_date_makes_of_age(birth: str, prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "birth": birth, "extra": "被告人甲某作案时未满十八周岁，依法予以减轻处罚。"})
    j = extract(text.replace("无业。", f"无业。{prior}", 1))
    e8 = [f.message for f in run_checks([j]) if f.rule == "E8" and "已满十八周岁" in f.message]
    assert e8 == (["本院认为部分认定被告人甲某“作案时未满十八周岁”，而其出生日期为1990-01-01，查明事实所述最早的犯罪时间"
                   "2019-12-01已满十八周岁（29周岁），请核实出生日期或未成年人从宽处罚的依据。"] if fires else []), e8


@pytest.mark.parametrize(("birth", "fires"), [("2003年11月15日", True), ("1990年11月15日", False)])
def test_e8_facts_dated_by_month_alone_still_weigh_the_earliest_month(birth: str, fires: bool) -> None:
    """Facts with no full day (2019年11月至12月间) and a birthday in their first month give no age at the offence; the
    earliest month told still shows a defendant born in 2003 under 18 all through it, and the reasoning finds no
    未成年."""
    text = TEMPLATE.format(**{**BASE, "birth": birth}).replace("经审理查明，2019年12月1日，", "经审理查明，2019年11月至12月间，")
    j = extract(text)
    assert j.defendants[0].age_at_offence is None
    e8 = [f.message for f in run_checks([j]) if f.rule == "E8"]
    assert e8 == (["被告人甲某在查明事实所述最早的犯罪时间2019-11-01不满十八周岁（15周岁），本院认为部分未见认定未成年人应当从轻"
                   "或者减轻处罚的情节。"] if fires else []), e8


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ("被害人系已满十四周岁不满十八周岁的未成年人，对被告人甲某依法应当从重处罚。", False),
        ("被告人甲某明知被害人系未成年人，仍对其实施猥亵，依法应当从重处罚。", False),
        # the defendant's own age beside the victim's: of age by his birth date, so E8 stands
        ("被告人甲某犯罪时不满十八周岁，被害人系未成年人，依法予以减轻处罚。", True),
    ],
)
def test_e8_a_victim_s_minority_is_not_the_defendant_s(extra: str, fires: bool) -> None:
    """The reasoning's 被害人系…不满十八周岁的未成年人 tells the victim's age: it finds no minority of the defendant (of 29
    here), and E8 has nothing to compare with his birth date."""
    over = dict(charge="强制猥亵罪", facts="在某小区楼道内强行搂抱、抚摸被害人乙某（女，2004年3月出生）", article="二百三十七",
                reason="以暴力方法强制猥亵他人，", extra=extra, sentence="有期徒刑一年", end="2020年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert ("未成年" in j.defendants[0].circumstances) == fires
    e8 = [f.message for f in run_checks([j]) if f.rule == "E8"]
    assert e8 == (["本院认为部分认定被告人甲某“犯罪时不满十八周岁”，而其出生日期为1990-01-01，查明事实所述最早的犯罪时间"
                   "2019-12-01已满十八周岁（29周岁），请核实出生日期或未成年人从宽处罚的依据。"] if fires else []), e8


def test_e8_words_of_a_cited_law_s_title_find_no_minor() -> None:
    """《关于依法惩治性侵害未成年人犯罪的意见》 cited in the reasoning names the law: its 未成年人犯罪 says nothing of the
    defendant's age (of 29 here), nor does a title count for any other circumstance or level."""
    cite = "根据《最高人民法院、最高人民检察院、公安部、司法部关于依法惩治性侵害未成年人犯罪的意见》的规定，"
    text = TEMPLATE.format(**{**BASE, "birth": "1990年1月1日", "extra": cite + "对被告人甲某依法惩处。"})
    j = extract(text)
    assert "未成年" not in j.defendants[0].circumstances
    assert [f.message for f in run_checks([j]) if f.rule == "E8"] == []
    # a title that holds a level (《…情节严重…》) states none
    titled = TEMPLATE.format(**{**BASE, "charge": "开设赌场罪", "article": "三百零三", "facts": "在家中开设赌场供他人赌博",
                                "reason": "以营利为目的开设赌场，依照《关于认定开设赌场情节严重的意见》，"})  # fmt: skip
    assert extract(titled).severity_stated is None


_APPROVED = "另查明，2022年3月28日，最高人民检察院以高检核追〔2022〕3号核准追诉决定书核准对被告人甲某追诉。"


@pytest.mark.parametrize(("approval", "charge", "year", "fires"), [
    (_APPROVED, "故意杀人罪", 2021, False),
    ("", "故意杀人罪", 2021, True),  # 刑法第十七条第三款 needs the approval
    (_APPROVED, "抢劫罪", 2021, True),
    (_APPROVED, "故意杀人罪", 2020, True),  # conduct before the amendment (2021-03-01): no liability under 14
])  # fmt: skip
def test_e8_a_twelve_year_old_s_killing_the_procuratorate_approved(
    approval: str, charge: str, year: int, fires: bool
) -> None:
    """A 12- or 13-year-old's 故意杀人 (刑法第十七条第三款, 2021): liable where 最高人民检察院 approved the
    prosecution, which the reasoning tells; its day in the facts is no act's (it made a false X6 too: caught
    before the crime)."""
    said = "经最高人民检察院核准追诉，" if approval else ""
    text = TEMPLATE.format(**{
        **BASE, "birth": "2008年6月1日", "charge": charge, "article": "二百三十二",
        "facts": "持刀故意杀害被害人乙某，手段特别残忍。" + approval, "reason": f"故意非法剥夺他人生命，{said}",
        "extra": "被告人甲某犯罪时不满十四周岁，依法应当减轻处罚。", "sentence": "有期徒刑十年",
        "start": f"{year}年12月2日", "end": f"{year + 10}年12月1日"}).replace("（2020）", "（2022）").replace(
        "2019年12月1日", f"{year}年12月1日").replace("2019年12月2日", f"{year}年12月2日").replace(
        "同年12月16日", "2022年4月6日").replace("2020年3月1日", "2022年5月1日").replace("二〇二〇年四月一日", "二〇二二年六月一日")
    j = extract(text)
    assert j.defendants[0].last_act_day == f"{year}-12-01"
    e8 = [f.message for f in run_checks([j])
          if f.rule == "E8" and ("核准追诉" in f.message or "不负刑事责任" in f.message)]
    assert bool(e8) == fires, e8
    assert not [f for f in run_checks([j]) if f.rule == "X6"]


@pytest.mark.parametrize(("result_name", "rules"), [("阎志远", ["X2", "X4"]), ("乙某", ["X2", "X2"])])
def test_x4_a_name_of_the_header_misspelt_in_the_result(result_name: str, rules: list[str]) -> None:
    """One character off (闫志远 in the header, 阎志远 in the result): a spelling (X4) and a result that names someone
    the header does not list (X2), one finding each; two masked names (甲某, 乙某) are two people, two X2."""
    text = TEMPLATE.format(**BASE).replace("甲某", "闫志远" if result_name == "阎志远" else "甲某")
    text = text.replace("判决如下： 被告人闫志远", "判决如下： 被告人阎志远").replace("判决如下： 被告人甲某", "判决如下： 被告人乙某")
    found = [f for f in run_checks([extract(text)]) if f.rule in ("X2", "X4")]
    assert [f.rule for f in found] == rules
    if rules == ["X2", "X4"]:
        assert found[0].message == ("判决主文对阎志远作出处理，但首部未列明该被告人，首部列明的被告人闫志远在判决主文中也没有处理结果"
                                    "（疑为同一人姓名误写）。")
        assert found[1].message == "被告人姓名前后写法不一致：首部闫志远／判决主文阎志远。"
        assert [e.label for e in found[1].evidence] == ["首部", "判决主文"]


@pytest.mark.parametrize(("result_name", "x2"), [("柯小萍", True), ("柯小平", False)])
def test_x2_a_result_that_writes_the_header_defendant_otherwise(result_name: str, x2: bool) -> None:
    """The result writes 柯小萍 for the header's 柯小平 (a name that sounds alike, read as the same person's other
    spelling): X4 for the spelling, and X2, since the result deals with a name the header does not list."""
    text = TEMPLATE.format(**BASE).replace("甲某", "柯小平").replace("判决如下： 被告人柯小平", f"判决如下： 被告人{result_name}")
    found = [(f.rule, f.message) for f in run_checks([extract(text)]) if f.rule in ("X2", "X4")]
    assert found == ([
        ("X2", "判决主文对柯小萍作出处理，但首部未列明该被告人，首部列明的被告人柯小平在判决主文中也没有处理结果（疑为同一人姓名误写）。"),
        ("X4", "被告人姓名前后写法不一致：柯小平／柯小萍。"),
    ] if x2 else []), found


def test_e20_a_drug_reoffender_a_review_ruling_does_not_find() -> None:
    """A ruling citing only procedure law (a 核准): the missing 刑法356 cannot tell it, the unsaid 毒品再犯 does."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert [f for f in run_checks([extract(text)]) if f.rule == "E20"] == []
    unfound = extract(text.replace("系累犯和毒品再犯", "系累犯"))
    assert unfound.articles == ()
    assert [(f.defendant, f.message) for f in run_checks([unfound]) if f.rule == "E20"] == [
        ("庞立舟", "被告人庞立舟曾因贩卖毒品罪被判处刑罚（2006-05-10），又犯毒品犯罪，系毒品再犯，本院认为部分却未认定。")
    ]
    # a denial is a finding too (E20's other rules read it)
    denied = extract(text.replace("系累犯和毒品再犯", "系累犯，其前罪虽系毒品犯罪，但不构成毒品再犯"))
    assert [f for f in run_checks([denied]) if f.rule == "E20" and "未认定" in f.message] == []


def test_e20_a_drug_reoffender_unfound_whose_prior_the_header_dates_by_month() -> None:
    """A prior judged in 2006年5月 (no day) is before an offence of 2013 all the same."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace("2006年5月10日", "2006年5月", 1)
    unfound = extract(text.replace("系累犯和毒品再犯", "系累犯"))
    assert unfound.defendants[0].priors[0].date == "2006-05"
    assert [(f.defendant, f.message) for f in run_checks([unfound]) if f.rule == "E20"] == [
        ("庞立舟", "被告人庞立舟曾因贩卖毒品罪被判处刑罚（2006-05），又犯毒品犯罪，系毒品再犯，本院认为部分却未认定。")
    ]


@pytest.mark.parametrize(
    ("review", "term", "fires"),
    [
        ("宣判后，庞立舟、蒙小禾均提出上诉。", "三年", True),
        ("宣判后，庞立舟、蒙小禾均提出上诉。", "二年", False),
        ("宣判后，庞立舟、蒙小禾均提出上诉，临沧市人民检察院提出抗诉。", "三年", False),
        ("宣判后，庞立舟、蒙小禾均提出上诉。临沧市人民检察院追加指控被告人庞立舟非法持有枪支的犯罪事实。", "三年", False),
        # new facts against the other defendant allow no heavier sentence of this one
        ("宣判后，庞立舟、蒙小禾均提出上诉。临沧市人民检察院追加指控被告人蒙小禾非法持有枪支的犯罪事实。", "三年", True),
    ],
)
def test_e15_one_count_heavier_in_the_history_though_the_sentence_executed_is_the_same(
    review: str, term: str, fires: bool
) -> None:
    """死刑 executed both times, but the gun count raised from two years to three on the defendants' appeal alone."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    first = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身"
    counts = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，犯非法持有枪支罪，判处有期徒刑{}，决定执行死刑，剥夺政治权利终身"
    changed = (
        text.replace(first, counts.format("二年")).replace("宣判后，庞立舟、蒙小禾均提出上诉。", review)
        .replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判，",
                 f"以（2015）云高刑终字第1187号刑事判决，{counts.format(term)}，")
    )  # fmt: skip
    j = extract(changed)
    assert [[(c.charge, c.term_months) for c in s.counts] for s in j.earlier_decisions[1].sentences] == [
        [("贩卖、运输毒品罪", None), ("非法持有枪支罪", 36 if term == "三年" else 24)]]
    e15 = [f.message for f in run_checks([j]) if f.rule == "E15"]
    assert e15 == (["（2015）临中刑初字第52号判决后仅有被告人一方上诉，（2015）云高刑终字第1187号判决对庞立舟所犯非法持有枪支罪"
                    "判处有期徒刑3年，重于此前对该罪判处的有期徒刑2年。"] if fires else []), e15


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        ("，剥夺政治权利一年", "，剥夺政治权利二年", "附加剥夺政治权利2年，多于此前对该罪判处的1年"),
        ("，剥夺政治权利一年", "，剥夺政治权利一年", None),
        ("，剥夺政治权利二年", "，剥夺政治权利一年", None),
    ],
)
def test_e15_one_count_s_political_rights_longer_in_the_history(before: str, after: str, said: str | None) -> None:
    """The same term for the gun count, but a longer 剥夺政治权利 on the defendants' appeal alone: no additional
    punishment may be raised either (解释第四百零一条)."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    first = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身"
    counts = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，犯非法持有枪支罪，判处有期徒刑二年{}，决定执行死刑，剥夺政治权利终身"
    changed = (
        text.replace(first, counts.format(before))
        .replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判，",
                 f"以（2015）云高刑终字第1187号刑事判决，{counts.format(after)}，")
    )  # fmt: skip
    found = [(f.severity, f.message) for f in run_checks([extract(changed)]) if f.rule == "E15"]
    assert found == ([("warning", "（2015）临中刑初字第52号判决后仅有被告人一方上诉，（2015）云高刑终字第1187号判决对庞立舟所犯"
                                  f"非法持有枪支罪{said}（附加刑亦不得加重）。")] if said else []), found


@pytest.mark.parametrize(("probation", "fires"), [("六年", True), ("五年", False)])
def test_e6_a_probation_the_first_instance_imposed_as_an_appeal_retells_it(probation: str, fires: bool) -> None:
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    old = "被告人邬海涛犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币二万元。"
    assert old in text
    j = extract(text.replace(old, f"被告人邬海涛犯诈骗罪，判处有期徒刑三年，缓刑{probation}，并处罚金人民币二万元。"))
    assert [(o.defendant, o.probation_months) for o in j.original_sentences][1:] == [("邬海涛", 72 if fires else 60)]
    found = [f.message for f in run_checks([j]) if f.rule == "E6"]
    assert found == (["一审判决对邬海涛判处有期徒刑3年，缓刑6年，不符合“有期徒刑的缓刑考验期限为原判刑期以上五年以下，但不能少于"
                      "一年”的规定，请核对。"] if fires else []), found


@pytest.mark.parametrize(("sentence", "fires"), [("管制二年，缓刑二年", True), ("管制二年", False)])
def test_e6_a_public_surveillance_retold_with_a_probation(sentence: str, fires: bool) -> None:
    """缓刑 is for 拘役 and 有期徒刑 of three years or less (刑法72): a 管制 retold with one is a slip or the earlier
    judgment's error."""
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    old = "被告人邬海涛犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币二万元。"
    j = extract(text.replace(old, f"被告人邬海涛犯诈骗罪，判处{sentence}，并处罚金人民币二万元。"))
    found = [f.message for f in run_checks([j]) if f.rule == "E6"]
    assert found == (["一审判决对邬海涛判处管制2年，缓刑2年，不符合“缓刑只适用于被判处拘役、三年以下有期徒刑的犯罪分子”的规定，"
                      "请核对。"] if fires else []), found


@pytest.mark.parametrize(("term", "fires"), [("一年六个月", True), ("一年", False)])
def test_e15_one_count_heavier_on_appeal_though_the_sentence_executed_is_lighter(term: str, fires: bool) -> None:
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    changed = text.replace(
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑四年，并处罚金人民币三万元；",
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑四年，并处罚金人民币三万元，犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元，"
        "决定执行有期徒刑四年六个月，并处罚金人民币三万五千元；",
    ).replace(
        "上诉人殷志华犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币三万元。",
        f"上诉人殷志华犯诈骗罪，判处有期徒刑三年，并处罚金人民币三万元，犯盗窃罪，判处有期徒刑{term}，并处罚金人民币五千元，"
        "决定执行有期徒刑四年，并处罚金人民币三万五千元。",
    )  # fmt: skip
    j = extract(changed)
    assert [(c.charge, c.term_months) for c in j.original_sentences[0].counts] == [("诈骗罪", 48), ("盗窃罪", 12)]
    e15 = [f.message for f in run_checks([j]) if f.rule == "E15"]
    assert e15 == (["本案仅有被告人一方上诉，二审对殷志华所犯盗窃罪判处有期徒刑1年6个月，重于一审对该罪判处的有期徒刑1年"
                    "（数罪中某罪的刑罚亦不得加重）。"] if fires else []), e15


@pytest.mark.parametrize(("rights", "fires"), [("二年", True), ("一年", False)])
def test_e15_one_count_s_political_rights_longer_on_appeal(rights: str, fires: bool) -> None:
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    changed = text.replace(
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑四年，并处罚金人民币三万元；",
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑四年，并处罚金人民币三万元，犯盗窃罪，判处有期徒刑一年，剥夺政治权利一年，"
        "决定执行有期徒刑四年六个月，剥夺政治权利一年，并处罚金人民币三万元；",
    ).replace(
        "上诉人殷志华犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币三万元。",
        f"上诉人殷志华犯诈骗罪，判处有期徒刑三年，并处罚金人民币三万元，犯盗窃罪，判处有期徒刑一年，剥夺政治权利{rights}，"
        f"决定执行有期徒刑三年六个月，剥夺政治权利{rights}，并处罚金人民币三万元。",
    )  # fmt: skip
    e15 = [f.message for f in run_checks([extract(changed)]) if f.rule == "E15"]
    assert e15 == (["本案仅有被告人一方上诉，二审对殷志华所犯盗窃罪附加剥夺政治权利2年，多于此前对该罪判处的1年（附加刑亦不得加重）。"]
                   if fires else []), e15


@pytest.mark.parametrize(("term", "fires"), [("三年六个月", True), ("二年六个月", False)])
def test_e15_a_count_joined_to_an_earlier_term_heavier_on_appeal(term: str, fires: bool) -> None:
    """One count joined to an earlier judgment's term (与前罪所判有期徒刑三年并罚): the count's own term is compared,
    not only the term executed (四年六个月 before, 五年 now, each with the earlier three years)."""
    text = (EXAMPLES / "appeal_resentenced.txt").read_text(encoding="utf-8")
    changed = text.replace(
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑四年，并处罚金人民币三万元；",
        "原判认定被告人殷志华犯诈骗罪，判处有期徒刑三年，并处罚金人民币三万元，与前罪所判有期徒刑三年并罚，"
        "决定执行有期徒刑五年，并处罚金人民币三万元；",
    ).replace(
        "上诉人殷志华犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币三万元。",
        f"上诉人殷志华犯诈骗罪，判处有期徒刑{term}，并处罚金人民币三万元，与前罪所判有期徒刑三年并罚，"
        "决定执行有期徒刑四年六个月，并处罚金人民币三万元。",
    )  # fmt: skip
    j = extract(changed)
    o = j.original_sentences[0]
    assert o.with_earlier_judgment and [(c.charge, c.term_months) for c in o.counts] == [("诈骗罪", 36)]
    e15 = [f.message for f in run_checks([j]) if f.rule == "E15"]
    assert e15 == (["本案仅有被告人一方上诉，二审对殷志华所犯诈骗罪判处有期徒刑3年6个月，重于一审对该罪判处的有期徒刑3年"
                    "（数罪中某罪的刑罚亦不得加重）。"] if fires else []), e15


@pytest.mark.parametrize(("form", "fires"), [("刑事裁定", True), ("刑事判决", False)])
def test_x5_a_first_instance_ruling_that_convicts_and_sentences(form: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "（2015）临中刑初字第52号刑事判决"
    assert old in text
    j = extract(text.replace(old, f"（2015）临中刑初字第52号{form}", 1))
    assert [(d.form, len(d.sentences)) for d in j.earlier_decisions][0] == (form[2:], 2)
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == (["审理经过记载（2015）临中刑初字第52号刑事裁定认定被告人犯罪并判处刑罚；第一审的定罪量刑应当以判决作出。"]
                     if fires else []), found


@pytest.mark.parametrize(
    ("rights", "message"),
    [
        ("，剥夺政治权利五年", "（2015）临中刑初字第52号判决对庞立舟判处死刑，剥夺政治权利5年，依法应当剥夺政治权利终身，请核对。"),
        ("，剥夺政治权利终身", None),
        # left out in the retelling: all 499 death and life sentences the 500 SPC rulings retell carry theirs
        ("", "（2015）临中刑初字第52号判决对庞立舟判处死刑，复述中未写明剥夺政治权利终身；判处死刑、无期徒刑的，应当剥夺政治权利终身，"
             "请核对。"),
    ],
)
def test_e16_political_rights_beside_death_the_history_retells(rights: str, message: str | None) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身"
    assert old in text
    j = extract(text.replace(old, f"认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑{rights}"))
    assert j.earlier_decisions[0].sentences[0].political_rights == {"五年": 60, "终身": "终身"}.get(rights[-2:])
    found = [f.message for f in run_checks([j]) if f.rule == "E16"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(("penalty", "fires"), [("，并处没收个人全部财产", False), ("", True)])
def test_e5_a_death_sentence_the_history_retells_without_its_property_penalty(penalty: str, fires: bool) -> None:
    """贩卖、运输毒品 to 死刑 carries 并处没收财产 (刑法347②): the first instance's sentence retold without it."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产"
    assert old in text
    j = extract(text.replace(old, f"认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身{penalty}"))
    found = [f.message for f in run_checks([j]) if f.rule == "E5"]
    assert found == (["（2015）临中刑初字第52号判决对庞立舟以贩卖、运输毒品罪判处死刑，复述中该罪未见罚金或没收财产；走私、贩卖、运输、"
                      "制造毒品罪的相应量刑幅度应当并处财产刑，请核对。"] if fires else []), found


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        ("；对蒙小禾以运输毒品罪", "；对李建国以运输毒品罪",
         ["判决主文对李建国作出处理，但首部未列明该被告人。", "首部列明的被告人蒙小禾在判决主文中没有处理结果。"]),
        # the one item names only the co-defendant tried elsewhere: nobody of the header is dealt with
        ("维持第一审对被告人庞立舟以贩卖、运输毒品罪判处死刑，剥夺政治权利终身，并处没收个人全部财产；对蒙小禾以运输毒品罪",
         "维持第一审对李建国以运输毒品罪",
         ["判决主文对李建国作出处理，但首部未列明该被告人。", "首部列明的被告人庞立舟在判决主文中没有处理结果。",
          "首部列明的被告人蒙小禾在判决主文中没有处理结果。"]),
        ("；对蒙小禾以运输毒品罪", "；对蒙小禾以运输毒品罪", []),
    ],
)
def test_x2_an_approval_that_names_a_co_defendant_tried_elsewhere(old: str, new: str, found: list[str]) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert old in text
    text = text.replace("经复核确认：", "经复核确认：同案被告人李建国（另案处理）参与运输。", 1).replace(old, new)
    j = extract(text)
    assert [a.name for a in j.accomplices if a.role == "同案被告人"] == ["李建国"]
    assert sorted(f.message for f in run_checks([j]) if f.rule == "X2") == sorted(found)


@pytest.mark.parametrize(("rights", "fires"), [("", True), ("，剥夺政治权利终身", False), ("，剥夺政治利终身", True)])
def test_e16_a_death_count_the_history_retells_without_political_rights(rights: str, fires: bool) -> None:
    """Of a combined sentence retold count by count, a death count without 剥夺政治权利终身 (the executed one has it);
    a misprint of the words (剥夺政治利终身) is called one, and the evidence is the count's punishment as printed."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产"
    assert old in text
    text = text.replace(old, f"认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑{rights}，并处没收个人全部财产，犯故意伤害罪，"
                             "判处有期徒刑三年，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产")
    j = extract(text)
    told = j.earlier_decisions[0].sentences[0]
    assert told.political_rights == "终身" and [c.principal for c in told.counts] == ["死刑", "有期徒刑"]
    e16 = [f for f in run_checks([j]) if f.rule == "E16"]
    said = "复述写作“剥夺政治利终身”，疑为笔误" if "政治利" in rights else "复述中未写明剥夺政治权利终身"
    assert [f.message for f in e16] == ([f"（2015）临中刑初字第52号判决对庞立舟所犯贩卖、运输毒品罪判处死刑，{said}；判处死刑、"
                                         "无期徒刑的，应当剥夺政治权利终身，请核对。"] if fires else [])
    for f in e16:
        assert [e.text for e in f.evidence] == [f"死刑{rights}，并处没收个人全部财产"]
        assert all(text[e.start : e.end] == e.text for e in f.evidence)


@pytest.mark.parametrize(("rights", "fires"), [("三年", True), ("终身", False)])
def test_e16_a_death_count_the_history_retells_joined_to_a_prior_s_rest_of_political_rights(
    rights: str, fires: bool
) -> None:
    """A death count retold with a term of 剥夺政治权利, joined to the rest of a prior's (与前罪没有执行的剥夺政治权利…并罚):
    the sentence executed has 终身, the count must too."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产"
    assert old in text
    j = extract(text.replace(old, f"认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利{rights}，并处没收个人全部财产；与前罪"
                                  "没有执行的剥夺政治权利一年十个月并罚，决定执行死刑，剥夺政治权利终身，并处没收个人全部财产"))
    told = j.earlier_decisions[0].sentences[0]
    assert told.political_rights == "终身" and told.with_earlier_judgment and len(told.counts) == 1
    found = [f.message for f in run_checks([j]) if f.rule == "E16"]
    assert found == (["（2015）临中刑初字第52号判决对庞立舟所犯贩卖、运输毒品罪判处死刑，剥夺政治权利3年，依法应当剥夺政治权利终身，"
                      "请核对。"] if fires else []), found


@pytest.mark.parametrize(("spelt", "alike"), [("蒙小河", True), ("蒙大山", False)])
def test_x2_the_approval_misspells_a_defendant_it_deals_with(spelt: str, alike: bool) -> None:
    """核准…对蒙小河以运输毒品罪判处死刑 for the header's 蒙小禾: a name the result cannot read, one character apart and
    sounding alike, is the defendant's misspelt (one X2 naming both, and X4); another name leaves him without one."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "；对蒙小禾以运输毒品罪判处死刑"
    assert text.count(old) == 1
    found = [(f.rule, f.message) for f in run_checks([extract(text.replace(old, f"；对{spelt}以运输毒品罪判处死刑"))])
             if f.rule in ("X2", "X4")]
    assert found == ([
        ("X2", f"判决主文对{spelt}作出处理，但首部未列明该被告人，首部列明的被告人蒙小禾在判决主文中也没有处理结果（疑为同一人"
               "姓名误写）。"),
        ("X4", f"被告人姓名前后写法不一致：蒙小禾／{spelt}。"),  # (read as his, a co-defendant's, other spelling)
    ] if alike else [("X2", "首部列明的被告人蒙小禾在判决主文中没有处理结果。")]), found


@pytest.mark.parametrize(("spelt", "alike"), [("庞洲", True), ("庞山", False)])
def test_x4_the_approval_misspells_its_one_defendant(spelt: str, alike: bool) -> None:
    """核准…对庞洲以…判处死刑 for the header's only defendant 庞舟: the result reads nobody, and the name it gives is his,
    misspelt (X4, and one X2 naming both), though a name of two characters is too short to be read as another's
    spelling elsewhere."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace("庞立舟", "庞舟")
    text = text.replace("；对蒙小禾以运输毒品罪判处死刑，剥夺政治权利终身，并处没收个人全部财产", "")
    text = re.sub(r"\n被告人蒙小禾[^\n]*\n", "\n", text)
    old = "维持第一审对被告人庞舟以"
    assert text.count(old) == 1 and "被告人蒙小禾，" not in text
    j = extract(text.replace(old, f"维持第一审对{spelt}以"))
    found = [(f.rule, f.message) for f in run_checks([j]) if f.rule in ("X2", "X4")]
    assert found == ([
        ("X2", f"判决主文对{spelt}作出处理，但首部未列明该被告人，首部列明的被告人庞舟在判决主文中也没有处理结果（疑为同一人"
               "姓名误写）。"),
        ("X4", f"被告人姓名前后写法不一致：首部庞舟／判决主文{spelt}。"),
    ] if alike else [("X2", "首部列明的被告人庞舟在判决主文中没有处理结果。")]), found


@pytest.mark.parametrize(("charge", "fires"), [("谋杀罪", True), ("贩卖、运输毒品罪", False)])
def test_e17_a_charge_the_history_retells_that_is_no_standard_one(charge: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑"
    assert old in text
    j = extract(text.replace(old, f"认定被告人庞立舟犯{charge}，判处死刑"))
    assert j.earlier_decisions[0].sentences[0].charges == (charge,)
    found = [(f.message, [e.text for e in f.evidence]) for f in run_checks([j]) if f.rule == "E17"]
    assert found == ([("（2015）临中刑初字第52号判决认定庞立舟所犯罪名“谋杀罪”不是现行规定的罪名，也不是已知的旧罪名，请核对。",
                       ["谋杀罪"])] if fires else []), found


def test_e17_a_charge_prosecuted_afresh_that_is_no_standard_one() -> None:
    """追诉…犯X罪 (a prosecution of new facts after a remand) names a prosecuted charge as 指控 does."""
    text = TEMPLATE.format(**BASE).replace("提起公诉。", "提起公诉。后某某区人民检察院追诉被告人甲某犯拐骗妇女、儿童罪。", 1)
    assert extract(text).charges_prosecution_unknown == ("拐骗妇女、儿童罪",)


@pytest.mark.parametrize(("prosecuted", "unknown"), [
    ("偷窃罪", "偷窃罪"), ("盗窃罪、诈骗罪", None), ("有盗窃罪", None), ("掩饰、隐瞒犯罪所得罪", None),
    ("盗窃罪、纵火罪", "纵火罪"),  # each of a list
    ("盗窃罪、被告人乙某犯侵犯著作权罪", None), ("盗窃罪、被告人乙某犯偷窃罪", "偷窃罪"),  # past the next person's name
    ("盗窃罪，被告人乙某犯盗窃罪、偷窃罪一案", "偷窃罪"),  # after the next person's known charge (extraction failed)
    ("盗窃罪，签订、履行合同失职受骗罪一案", "签订、履行合同失职受骗罪"),  # after a comma, up to 一案; 、 and all
    ("盗窃罪，签订、履行合同失职被骗罪一案", None),
    ("盗窃罪变更为抢劫罪", None), ("偷窃罪变更为抢劫罪", "偷窃罪"),  # a 变更起诉: no list past the 罪 of 盗窃罪
])
def test_e17_a_prosecuted_charge_that_is_no_standard_one(prosecuted: str, unknown: str | None) -> None:
    text = TEMPLATE.format(**BASE).replace("指控被告人甲某犯盗窃罪", f"指控被告人甲某犯{prosecuted}", 1)
    j = extract(text)
    assert j.charges_prosecution_unknown == ((unknown,) if unknown else ())
    found = [(f.message, [e.text for e in f.evidence]) for f in run_checks([j]) if f.rule == "E17"]
    assert found == ([(f"所述指控的罪名“{unknown}”不是现行规定的罪名，也不是已知的旧罪名，请核对。", [unknown])]
                     if unknown else []), found


@pytest.mark.parametrize(("old", "new", "rule", "message"), [
    ("系毒品再犯，依法应当从重处罚", "系毒品再犯，依法应当从轻处罚", "E20",
     "本院认为部分认定被告人尤志坤系毒品再犯，其后却写明从轻处罚；毒品再犯应当从重处罚。"),
    ("系累犯，依法应当从重处罚", "系累犯，依法应当从轻处罚", "E10",
     "本院认为部分认定被告人尤志坤系累犯，其后却写明从轻处罚；累犯应当从重处罚。"),
    # the court's conclusion written bare, as a clause of its own
    ("系毒品再犯，依法应当从重处罚", "系毒品再犯，从轻处罚", "E20",
     "本院认为部分认定被告人尤志坤系毒品再犯，其后却写明从轻处罚；毒品再犯应当从重处罚。"),
])
def test_a_recidivist_the_reasoning_answers_with_a_lighter_punishment(
    old: str, new: str, rule: str, message: str
) -> None:
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8")
    assert text.count(old) == 1
    assert [f for f in run_checks([extract(text)]) if "其后却写明从轻处罚" in f.message] == []
    found = [(f.rule, f.message) for f in run_checks([extract(text.replace(old, new))]) if "其后却写明" in f.message]
    assert found == [(rule, message)], found


def test_x6_a_decision_dated_before_the_year_its_case_number_was_filed() -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "于2015年4月16日以（2015）临中刑初字第52号"
    assert old in text
    found = [f.message for f in run_checks([extract(text.replace(old, old.replace("2015年4月", "2014年4月")))])
             if f.rule == "X6" and "收案年度" in f.message]
    assert found == ["审理经过所述（2015）临中刑初字第52号判决作出于2014-04-16，早于其案号所示的收案年度2015年。"], found
    own = TEMPLATE.format(**BASE).replace("二〇二〇年四月一日", "二〇一九年十二月三十一日")
    found = [f.message for f in run_checks([extract(own)]) if f.rule == "X6" and "收案年度" in f.message]
    assert found == ["裁判日期2019-12-31早于本文书案号（2020）浙0102刑初1号所示的收案年度2020年。"], found


@pytest.mark.parametrize(("sentence", "fires"), [("有期徒刑六个月", True), ("有期徒刑六个月，并处罚金人民币二千元", False)])
def test_e5_a_note_of_when_a_fine_is_due_where_nobody_is_fined(sentence: str, fires: bool) -> None:
    over = dict(charge="故意伤害罪", facts="持木棒将乙某打成轻伤", reason="故意伤害他人身体，致一人轻伤，", article="二百三十四",
                sentence=sentence)
    text = TEMPLATE.format(**{**BASE, **over}).replace("至2020年6月1日止。）", "至2020年6月1日止。罚金限判决生效后十日内缴纳。）")
    j = extract(text)
    assert j.fine_note == "罚金限判决生效后十日内缴纳"
    found = [f.message for f in run_checks([j]) if f.rule == "E5"]
    assert found == (["判决主文未对被告人判处罚金，却写明“罚金限判决生效后十日内缴纳”，请核对是否遗漏罚金。"] if fires else []), found


def test_e17_a_charge_the_history_retells_under_a_name_cancelled_before_the_offence() -> None:
    """奸淫幼女罪 was cancelled in 2002 (its conduct is 强奸罪's); the offence the facts tell is of 2013."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑"
    j = extract(text.replace(old, "认定被告人庞立舟犯奸淫幼女罪，判处死刑"))
    found = [f.message for f in run_checks([j]) if f.rule == "E17"]
    assert found == ["（2015）临中刑初字第52号判决认定庞立舟犯奸淫幼女罪，该罪名已由两高补充规定取消（2002-03-26起施行），"
                     "行为发生于其后（2013-09-12），应为“强奸罪”，请核对。"], found


@pytest.mark.parametrize(
    ("charge", "second", "fires"),
    [
        ("故意杀人罪", "刑事裁定，驳回上诉，维持原判", True),
        ("贩卖、运输毒品罪", "刑事裁定，驳回上诉，维持原判", False),
        # one selective charge, other acts: 贩卖 told, 贩卖、运输 approved
        ("贩卖毒品罪", "刑事裁定，驳回上诉，维持原判", True),
        # the second instance revised it: the charges may differ
        ("故意杀人罪", "刑事判决，改判被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身", False),
    ],
)
def test_x1_a_first_decision_upheld_since_and_told_with_another_charge(charge: str, second: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old, kept = "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑", "刑事裁定，驳回上诉，维持原判"
    assert old in text and kept in text
    j = extract(text.replace(old, f"认定被告人庞立舟犯{charge}，判处死刑").replace(kept, second))
    found = [f.message for f in run_checks([j]) if f.rule == "X1"]
    assert found == ([f"审理经过记载（2015）临中刑初字第52号判决认定庞立舟犯{charge}，其后各次裁判均予维持，本文书认定的罪名却为"
                      "贩卖、运输毒品罪，二者不一致。"] if fires else []), found


@pytest.mark.parametrize(
    ("court", "message"),
    [
        ("云南省高级人民法院", None),
        ("贵州省高级人民法院", "审理经过记载云南省临沧市中级人民法院（2015）临中刑初字第52号判决的上诉由贵州省高级人民法院（贵州）审理，"
                              "应由其上一级高级人民法院（云南）审理，请核对。"),
        ("云南省临沧市中级人民法院", "审理经过记载云南省临沧市中级人民法院（2015）临中刑初字第52号判决的上诉由云南省临沧市中级人民法院"
                                  "（中级法院）审理，应由其上一级高级人民法院（云南）审理，请核对。"),
    ],
)
def test_e14_an_appeal_the_history_tells_heard_by_another_court(court: str, message: str | None) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "云南省高级人民法院经依法开庭审理"
    assert text.count(old) == 1
    j = extract(text.replace(old, f"{court}经依法开庭审理"))
    assert [d.court for d in j.earlier_decisions] == ["云南省临沧市中级人民法院", court]
    found = [f.message for f in run_checks([j]) if f.rule == "E14"]
    assert found == ([message] if message else []), found


def test_the_court_of_a_decision_is_not_the_prosecutors_branch_after_it() -> None:
    """…中级人民法院审理…人民检察院第一分院指控…: the court's name stops at 人民法院; read on to 分院, it named no level,
    and an appeal heard by another intermediate court went unseen."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "云南省临沧市中级人民法院审理临沧市人民检察院指控"
    assert text.count(old) == 1
    text = text.replace(old, "云南省临沧市中级人民法院审理云南省人民检察院第一分院指控")
    j = extract(text.replace("云南省高级人民法院经依法开庭审理", "云南省普洱市中级人民法院经依法开庭审理"))
    assert [d.court for d in j.earlier_decisions] == ["云南省临沧市中级人民法院", "云南省普洱市中级人民法院"]
    assert [f.rule for f in run_checks([j]) if f.rule == "E14"] == ["E14"]


def test_e15_a_revision_the_history_tells_without_a_charge() -> None:
    """…刑事判决，改判被告人X死刑: the revised sentence, told without a charge, is read too."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    heavier = text.replace(
        "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，剥夺政治权利终身", "认定被告人庞立舟犯贩卖、运输毒品罪，判处死刑，缓期二年执行，剥夺政治权利终身"
    ).replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判，", "以（2015）云高刑终字第1187号刑事判决，改判被告人庞立舟死刑，剥夺政治权利终身，")
    j = extract(heavier)
    assert [(s.defendant, s.principal) for s in j.earlier_decisions[1].sentences] == [("庞立舟", "死刑")]
    assert [f.defendant for f in run_checks([j]) if f.rule == "E15"] == ["庞立舟"]


@pytest.mark.parametrize(("ground", "fires"), [
    ("被告人甲某在敲诈勒索犯罪过程中自动中止犯罪，系中止犯，对其所犯敲诈勒索罪依法免除处罚。", True),  # the other count's
    ("被告人甲某在抢劫犯罪过程中自动中止犯罪，系中止犯，对其所犯抢劫罪依法应当减轻处罚。", False),
])
def test_e3_below_the_minimum_a_ground_of_another_count_does_not_allow(ground: str, fires: bool) -> None:
    """A ground to go below the bracket whose sentence names another count (敲诈勒索罪's 中止) allows nothing below
    抢劫罪's three years."""
    over = dict(charge="抢劫罪", facts="持刀抢得他人现金500元，后又向他人勒索钱财", reason="以暴力劫取他人财物，",
                extra=f"被告人甲某以威胁方法勒索他人财物，其行为还构成敲诈勒索罪。{ground}",
                article="二百六十三条、第二百七十四",
                sentence="有期徒刑二年，并处罚金人民币二千元；犯敲诈勒索罪，免予刑事处罚；决定执行有期徒刑二年，"
                         "并处罚金人民币二千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.charge for c in j.circumstances if c.kind == "中止"] == ["敲诈勒索罪" if fires else "抢劫罪"]
    found = [f.message for f in run_checks([j]) if f.rule == "E3" and "法定最低刑" in f.message]
    assert found == (["被告人甲某犯抢劫罪被判处有期徒刑2年，低于该罪法定最低刑3年，本院认为部分未见自首、立功、从犯、未遂等"
                      "减轻处罚情节。"] if fires else []), found


def test_e11_the_top_of_a_bracket_the_count_s_own_clause_keeps_it_in() -> None:
    """盗窃 of three years tops 三年以下 and opens 三年以上: the count's clause finding 数额较大, with no amount read, keeps
    it in the first bracket."""
    over = dict(charge="故意伤害罪", facts="持刀将乙某砍成轻伤，又窃得他人财物", reason="故意伤害他人身体，致一人轻伤，",
                extra="被告人甲某又秘密窃取他人财物，数额较大，其行为还构成盗窃罪。被告人甲某主动投案，如实供述其盗窃犯罪事实，"
                      "对其所犯盗窃罪系自首，依法可以从轻处罚。",
                article="二百三十四条第一款、第二百六十四",
                sentence="有期徒刑一年；犯盗窃罪，判处有期徒刑三年，并处罚金人民币二千元；决定执行有期徒刑三年六个月，"
                         "并处罚金人民币二千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.total_crime_amount_yuan is None
    assert [(c.charge, c.value) for c in j.charge_findings if c.kind == "amount_level"] == [("盗窃罪", "较大")]
    assert [f.message for f in run_checks([j]) if f.rule == "E11"] == [
        "本院认为部分认定被告人甲某有自首情节，其犯盗窃罪却被判处有期徒刑3年，为第1档（数额较大，或者多次盗窃、入户盗窃、携带凶器盗窃、"
        "扒窃）的最高刑，从宽情节未见体现。"
    ]


@pytest.mark.parametrize(("told", "appealed"), [
    ("宣判后，庞立舟、蒙小禾均提出上诉，某某市人民检察院提出抗诉。", True),
    ("宣判后，某某市人民检察院提出抗诉，庞立舟、蒙小禾未上诉。", False),
    ("宣判后，某某市人民检察院提出抗诉。", False),
])
def test_x5_a_final_decision_appealed_beside_a_protest(told: str, appealed: bool) -> None:
    """A defendant's appeal told beside a protest after a decision under a 刑终 number: the appeal shows it is a first
    judgment's misnumbered; a protest alone may be 审判监督's and is left alone."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    protested = text.replace("宣判后，庞立舟、蒙小禾均提出上诉。", told)
    assert protested != text
    j = extract(protested)
    assert [(x.appeal, x.appealed) for x in j.earlier_decisions][0] == ("prosecution", appealed)
    assert [f for f in run_checks([j]) if f.rule == "X5"] == []
    misnumbered = protested.replace("（2015）临中刑初字第52号", "（2015）临中刑终字第52号")
    assert [f.message for f in run_checks([extract(misnumbered)]) if f.rule == "X5"] == ([
        "（2015）临中刑终字第52号为二审（终审）案号，审理经过却记载该判决宣判后被告人提出上诉。"] if appealed else [])


def test_x5_a_final_decision_the_history_says_was_appealed() -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert [f for f in run_checks([extract(text)]) if f.rule == "X5"] == []
    misnumbered = text.replace("（2015）临中刑初字第52号", "（2015）临中刑终字第52号")
    assert [f.message for f in run_checks([extract(misnumbered)]) if f.rule == "X5"] == [
        "（2015）临中刑终字第52号为二审（终审）案号，审理经过却记载该判决宣判后被告人提出上诉。"
    ]
    # the decision on the appeal, told next, under a first-instance number
    first = text.replace("以（2015）云高刑终字第1187号", "以（2015）云高刑初字第1187号", 1)
    assert [f.message for f in run_checks([extract(first)]) if f.rule == "X5"] == [
        "审理经过记载（2015）临中刑初字第52号判决宣判后被告人提出上诉，其后的（2015）云高刑初字第1187号裁定却为一审案号，"
        "二审案号类型应为刑终。"
    ]
    # no appeal and no protest, so no second instance: the high court's review under a 刑终 number; not where the
    # civil part was appealed (刑事附带民事裁定)
    unappealed = text.replace("宣判后，庞立舟、蒙小禾均提出上诉。云南省高级人民法院经依法开庭审理",
                              "宣判后，在法定期限内没有上诉、抗诉。云南省高级人民法院经依法复核")
    assert [f.message for f in run_checks([extract(unappealed)]) if f.rule == "X5"] == [
        "审理经过记载（2015）临中刑初字第52号判决宣判后没有上诉、抗诉，其后的（2015）云高刑终字第1187号裁定却为二审案号（刑终）。"
    ]
    civil = unappealed.replace("以（2015）云高刑终字第1187号刑事裁定", "以（2015）云高刑终字第1187号刑事附带民事裁定", 1)
    assert civil != unappealed and [f for f in run_checks([extract(civil)]) if f.rule == "X5"] == []
    # a retrial on appeal (审判监督: 刑再终, 刑监一再终) follows no appeal and is no second instance
    for number in ("（2015）云高刑再终字第1187号", "（2015）云高刑监一再终字第1187号"):
        retried = unappealed.replace("（2015）云高刑终字第1187号", number)
        assert [x.case_number for x in extract(retried).earlier_decisions][1] == number
        assert [f for f in run_checks([extract(retried)]) if f.rule == "X5"] == []
    # …or, a 裁定, under a first-instance number; a 判决 there may be a new first judgment after a retrial
    first = unappealed.replace("以（2015）云高刑终字第1187号刑事裁定", "以（2015）云高刑一初字第1187号刑事裁定", 1)
    assert [f.message for f in run_checks([extract(first)]) if f.rule == "X5"] == [
        "审理经过记载（2015）临中刑初字第52号判决宣判后没有上诉、抗诉，其后的（2015）云高刑一初字第1187号裁定却为一审案号（刑初）。"
    ]
    judged = first.replace("第1187号刑事裁定", "第1187号刑事判决", 1)
    assert judged != first and not [f for f in run_checks([extract(judged)]) if "一审案号（刑初）" in f.message]
    # an appeal dismissed by a 判决 (驳回上诉，维持原判 is a 裁定's), not a civil one's
    judged = text.replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉", "以（2015）云高刑终字第1187号刑事判决，驳回上诉", 1)
    assert judged != text and extract(judged).earlier_decisions[1].upheld
    assert [f.message for f in run_checks([extract(judged)]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决驳回上诉、维持原判；驳回上诉、维持原判应当以裁定作出。"
    ]
    # …whoever's appeal it names (驳回庞立舟的上诉，维持原判), not where it upholds one defendant's part only
    named = judged.replace("刑事判决，驳回上诉，维持原判", "刑事判决，驳回庞立舟的上诉，维持原判", 1)
    assert named != judged and [f.message for f in run_checks([extract(named)]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决驳回上诉、维持原判；驳回上诉、维持原判应当以裁定作出。"
    ]
    part = named.replace("驳回庞立舟的上诉，维持原判", "驳回庞立舟的上诉，维持原审对庞立舟的判决", 1)
    assert part != named and not [f for f in run_checks([extract(part)]) if "应当以裁定作出" in f.message]
    # with a civil part too where it upholds the whole (维持原判); not where it upholds the criminal judgment only (维持
    # 第一审刑事判决: the civil part may be revised by the 判决)
    civil = text.replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉", "以（2015）云高刑终字第1187号刑事附带民事判决，驳回上诉", 1)
    assert [f.message for f in run_checks([extract(civil)]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决驳回上诉、维持原判；驳回上诉、维持原判应当以裁定作出。"
    ]
    civil = civil.replace("刑事附带民事判决，驳回上诉，维持原判", "刑事附带民事判决，驳回上诉，维持第一审刑事判决", 1)
    assert "维持第一审刑事判决" in civil and [f for f in run_checks([extract(civil)]) if f.rule == "X5"] == []
    # a case sent back by a 判决 (撤销原判，发回重审 is a 裁定's too)
    old = "以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判"
    sent_back = text.replace(old, "以（2015）云高刑终字第1187号刑事裁定，以事实不清为由，撤销原判，发回重审", 1)
    assert sent_back != text and extract(sent_back).earlier_decisions[1].remanded
    assert [f for f in run_checks([extract(sent_back)]) if f.rule == "X5"] == []
    judged = sent_back.replace("第1187号刑事裁定，以事实不清", "第1187号刑事判决，以事实不清", 1)
    assert [f.message for f in run_checks([extract(judged)]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决撤销原判、发回重审；撤销原判、发回重审应当以裁定作出。"
    ]
    # a remand is a 裁定 in a case with a civil part too
    civil = sent_back.replace("第1187号刑事裁定，以事实不清", "第1187号刑事附带民事判决，以事实不清", 1)
    assert [f.message for f in run_checks([extract(civil)]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决撤销原判、发回重审；撤销原判、发回重审应当以裁定作出。"
    ]



@pytest.mark.parametrize(("form", "fires"), [("判决", True), ("裁定", False)])
def test_x5_a_remand_told_after_a_colon(form: str, fires: bool) -> None:
    """…作出（2015）云高刑终字第1187号刑事判决：撤销原判，发回重审 (a colon, not a comma, before what it did): a remand
    by a 判决 all the same."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判"
    assert text.count(old) == 1
    j = extract(text.replace(old, f"以（2015）云高刑终字第1187号刑事{form}：撤销原判，发回重审"))
    assert j.earlier_decisions[1].remanded
    x5 = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert x5 == (["审理经过记载（2015）云高刑终字第1187号判决撤销原判、发回重审；撤销原判、发回重审应当以裁定作出。"]
                  if fires else []), x5


@pytest.mark.parametrize(("number", "fires"), [("（2015）云高刑一初字第1187号", True), ("（2015）云高刑终字第1187号", False),
                                              ("（2015）云高刑再初字第1187号", False)])
def test_x5_a_decision_of_the_history_upholds_another_under_a_first_instance_number(number: str, fires: bool) -> None:
    """…以（2015）云高刑一初字第1187号刑事判决，维持（2015）临中刑初字第52号刑事判决第一项…: a decision that upholds
    another by its number is an appeal's (or a retrial's), not a first judgment's."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判"
    assert text.count(old) == 1
    j = extract(text.replace(old, f"以{number}刑事判决，维持（2015）临中刑初字第52号刑事判决第一项，撤销第二项"))
    assert j.earlier_decisions[1].upholds == "（2015）临中刑初字第52号"
    x5 = [f.message for f in run_checks([j]) if f.rule == "X5" and "维持（2015）" in f.message]
    assert x5 == ([f"审理经过记载{number}判决维持（2015）临中刑初字第52号判决，却为一审案号；维持下级法院判决的为二审裁判，"
                   "案号类型应为刑终。"] if fires else []), x5


def _refused(charge: str) -> str:
    """death_review.txt as a ruling that refuses to approve 庞立舟's sentence, told under ``charge``."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    k = next(n for n, line in enumerate(lines) if line.startswith("核准云南省高级人民法院"))
    lines[k] = (f"一、不核准云南省高级人民法院（2015）云高刑终字第1187号维持第一审对被告人庞立舟以{charge}判处死刑，"
                "剥夺政治权利终身，并处没收个人全部财产的刑事裁定。\n二、发回云南省高级人民法院重新审判。")
    return "\n".join(lines)


@pytest.mark.parametrize(("held", "message"), [
    ("2013年8月2日被逮捕", "被告人庞立舟逮捕日期2013-08-02早于查明的最早犯罪时间2013-09-12。"),
    ("2014年7月21日被刑事拘留，2015年8月2日被逮捕",
     "被告人庞立舟逮捕日期2015-08-02晚于审理经过所述第一审判决（2015）临中刑初字第52号的日期2015-04-16。"),
    ("2014年7月21日被刑事拘留，同年8月1日被取保候审，2015年8月2日被逮捕", None),  # bailed: arrested later
    ("2014年8月2日被逮捕", None),
])
def test_x6_the_one_defendant_of_a_refusal_held_out_of_order(held: str, message: str | None) -> None:
    """A ruling that refuses to approve sentences no one, but its one header defendant's custody is told all the
    same: an arrest before the first crime of the facts (2013-09-12), or after the first judgment of one held from
    the first custody on, is out of order."""
    lines = _refused("贩卖、运输毒品罪").split("\n")
    lines = [x for x in lines if not x.startswith("被告人蒙小禾，")]
    j = extract("\n".join(lines).replace("2014年7月20日被抓获，次日被刑事拘留，同年8月2日被逮捕", held, 1))
    assert not j.defendants and [(a.name, a.role) for a in j.accomplices][:1] == [("庞立舟", "被告人")]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(("held", "message"), [
    ("2013年8月2日被逮捕", "被告人庞立舟逮捕日期2013-08-02早于查明的最早犯罪时间2013-09-12。"),
    # after the first judgment: of one of two, whose crimes the facts may tell apart, not compared
    ("2014年7月21日被刑事拘留，2015年8月2日被逮捕", None),
])
def test_x6_a_defendant_of_two_of_a_refusal_held_before_any_crime(held: str, message: str | None) -> None:
    """Of several header defendants a refusal sentences, each held before the first crime the facts tell of anyone."""
    j = extract(_refused("贩卖、运输毒品罪").replace("2014年7月20日被抓获，次日被刑事拘留，同年8月2日被逮捕", held, 1))
    assert not j.defendants and [(a.name, a.role) for a in j.accomplices][:2] == [("庞立舟", "被告人"), ("蒙小禾", "被告人")]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(("charge", "fires"), [("故意杀人罪", True), ("贩卖、运输毒品罪", False)])
def test_x1_a_refused_decision_s_charge_the_reasoning_does_not_conclude(charge: str, fires: bool) -> None:
    j = extract(_refused(charge))
    assert [q.field for q in j.spans if q.field.startswith("result_refusals[")] == ["result_refusals[0]"]
    found = [f.message for f in run_checks([j]) if f.rule == "X1"]
    assert found == (["判决主文不核准的原判罪名为故意杀人罪，本院认为部分认定的罪名为走私、贩卖、运输、制造毒品罪，二者不一致。"]
                     if fires else []), found


@pytest.mark.parametrize(("charge", "fires"), [("故意杀人罪", True), ("贩卖、运输毒品罪", False)])
def test_x1_a_revoked_decision_s_charge_beside_the_refusal(charge: str, fires: bool) -> None:
    """二、撤销…以故意杀人罪判处死刑…的刑事裁定 beside 一、不核准… quotes the decision again: its charge is compared too."""
    revoked = (f"二、撤销云南省高级人民法院（2015）云高刑终字第1187号维持第一审对被告人庞立舟以{charge}判处死刑，"
               "剥夺政治权利终身，并处没收个人全部财产的刑事裁定。\n三、发回")
    j = extract(_refused("贩卖、运输毒品罪").replace("\n二、发回", "\n" + revoked, 1))
    assert [q.field for q in j.spans if q.field.startswith("result_refusals[")] == [
        "result_refusals[0]", "result_refusals[1]"]
    found = [f.message for f in run_checks([j]) if f.rule == "X1"]
    assert found == (["判决主文不核准的原判罪名为故意杀人罪，本院认为部分认定的罪名为走私、贩卖、运输、制造毒品罪，二者不一致。"]
                     if fires else []), found


@pytest.mark.parametrize(("charge", "fires"), [("贩卖、运输毒贩罪", True), ("贩卖、运输毒品罪", False),
                                              ("贩卖毒品罪、运输毒品罪", False), ("贩卖、运输毒品罪、故意杀人罪", False)])
def test_e17_a_refused_decision_s_charge_that_is_no_standard_one(charge: str, fires: bool) -> None:
    found = [f.message for f in run_checks([extract(_refused(charge))]) if f.rule == "E17"]
    assert found == ([f"不核准的裁判所述罪名“{charge}”不是现行规定的罪名，也不是已知的旧罪名，请核对。"] if fires else []), found


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("被告人庞立舟", ["首部列明的被告人蒙小禾在判决主文中没有处理结果。"]),
        ("被告人庞立舟、蒙小禾", []),
        # a co-defendant tried elsewhere in place of a header defendant
        ("被告人庞立舟、钱建军", ["判决主文对钱建军作出处理，但首部未列明该被告人。", "首部列明的被告人蒙小禾在判决主文中没有处理结果。"]),
    ],
)
def test_x2_a_refusal_that_leaves_out_a_header_defendant(who: str, expected: list[str]) -> None:
    text = _refused("贩卖、运输毒品罪").replace("对被告人庞立舟以", f"对{who}以", 1)
    text = text.replace("二、2014年7月中旬", "二、2014年7月中旬，同案被告人钱建军（已判刑）参与其中。", 1)
    j = extract(text)
    assert not j.defendants
    assert [f.message for f in run_checks([j]) if f.rule == "X2"] == expected


@pytest.mark.parametrize(
    ("number", "what"),
    [("（2016）最高法刑终31250417号", "二审"), ("（2016）最高法刑核31250417号", None),
     ("（2016）最高法刑监31250417号", "审判监督"), ("（2016）最高法刑申31250417号", "审判监督")],
)
def test_x5_a_refusal_under_an_appeal_s_number(number: str, what: str | None) -> None:
    """A review that refuses to approve (不核准) is a 复核 too: its number's type is 刑核, not an appeal's, nor one of
    审判监督 (a petition's or a retrial order's, which approves or refuses nothing)."""
    j = extract(_refused("贩卖、运输毒品罪").replace("（2016）最高法刑核31250417号", number, 1))
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == ([f"案号{number}为{what}案号，但主文为复核（一、不核准云南省高级人民法院（2015）…），复核案件的案号类型为刑核。"]
                     if what else []), found


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("的刑事裁定。\n本裁定", "的刑事判决。\n本裁定",
         "判决主文核准的（2015）云高刑终字第1187号为刑事判决，审理经过记载该文书为刑事裁定。"),
        ("核准云南省高级人民法院（2015）云高刑终字", "核准云南省高级人民法院（2015）云高刑复字",
         "判决主文核准的（2015）云高刑复字第1187号，审理经过记载为（2015）云高刑终字第1187号，案号类型不一致。"),
        ("核准云南省高级人民法院（2015）云高刑终字第1187号", "核准云南省高级人民法院（2015）云高刑终字第1188号", None),
    ],
)
def test_x5_an_approved_decision_told_otherwise_in_the_history(old: str, new: str, message: str | None) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    assert text.count(old) == 1
    found = [f.message for f in run_checks([extract(text.replace(old, new))]) if f.rule == "X5"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(("number", "message"), [
    ("（2015）云高刑初字第1187号", "判决主文不核准的（2015）云高刑初字第1187号，审理经过记载为（2015）云高刑终字第1187号，案号类型不一致。"),
    ("（2015）云高刑终字第1187号", None),
])
def test_x5_a_refused_decision_told_under_another_type_in_the_history(number: str, message: str | None) -> None:
    """A refusal's item (不核准…) names the decision by a number of another type than the history tells (云高刑初 for
    云高刑终), as a 核准 item may."""
    text = _refused("贩卖、运输毒品罪")
    j = extract(text.replace("一、不核准云南省高级人民法院（2015）云高刑终字第1187号", f"一、不核准云南省高级人民法院{number}", 1))
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(("approved", "message"), [
    ("刑事附带民事裁定", "判决主文核准的（2015）云高刑终字第1187号为刑事附带民事裁定，审理经过记载该文书为刑事附带民事判决。"),
    ("刑事裁定", None),  # the civil part may be judged apart: its 刑事附带民事判决 told, the criminal part's 裁定 approved
])
def test_x5_an_approved_civil_decision_told_in_another_form(approved: str, message: str | None) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    # (维持第一审刑事判决: a 判决 that upholds the whole, 维持原判, is X5's of its own)
    told = text.replace("以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判",
                        "以（2015）云高刑终字第1187号刑事附带民事判决，驳回上诉，维持第一审刑事判决", 1)
    approving = told.replace("的刑事裁定。\n本裁定", f"的{approved}。\n本裁定", 1)
    assert told != text and (approving != told) == (approved != "刑事裁定")
    found = [f.message for f in run_checks([extract(approving)]) if f.rule == "X5"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize(
    "how",
    ["以事实不清为由，撤销原判，发回重审", "以事实不清，证据不足为由，撤销原判，发回重审",
     "以事实不清，证据不足为由撤销原审刑事判决部分，发回重新审判", "以事实不清，证据不足为由，撤销原判刑事部分，发回重审",
     # a long reason (it was read up to 30 characters)
     "以原判未指定律师为没有委托辩护人的被告人甲某提供辩护违反法定诉讼程序、可能影响公正审判为由，撤销原判，发回重审"],
)
def test_x5_a_case_sent_back_by_a_judgment(how: str) -> None:
    """撤销原判，发回重审 is a 裁定's (刑事诉讼法236①(三)), however the history words the reason and what it revokes."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "以（2015）云高刑终字第1187号刑事裁定，驳回上诉，维持原判"
    assert old in text
    j = extract(text.replace(old, f"以（2015）云高刑终字第1187号刑事判决，{how}", 1))
    assert j.earlier_decisions[1].remanded
    assert [f.message for f in run_checks([j]) if f.rule == "X5"] == [
        "审理经过记载（2015）云高刑终字第1187号判决撤销原判、发回重审；撤销原判、发回重审应当以裁定作出。"
    ]


@pytest.mark.parametrize(("number", "fires"), [("云高刑复字", True), ("云高刑核字", True), ("云高刑终字", False)])
def test_x5_an_appeal_dismissed_under_a_review_number(number: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace("云高刑终字", number)
    j = extract(text)
    assert j.earlier_decisions[1].upheld
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == ([f"审理经过记载（2015）{number}第1187号驳回上诉、维持原判，却为复核案号；二审案号类型应为刑终。"]
                     if fires else []), found


@pytest.mark.parametrize(
    "told, agreed",
    [
        ("刑事判决，同意原判，并依法报请本院核准", True),
        ("刑事判决，同意原审判决", True),
        ("刑事裁定，同意原判，并依法报请本院核准", False),  # the 复核's own form: quiet
        # a part agreed with and another changed: a 判决 may do that
        ("刑事判决，同意原审判决中对被告人庞立舟的定罪量刑部分，撤销对蒙小禾的量刑部分，并依法报请本院核准", False),
    ],
)
def test_x5_a_review_that_agrees_with_the_judgment_told_as_a_judgment(told: str, agreed: bool) -> None:
    """A high court's 复核 that agrees with the whole death sentence before it (同意原判) does so by 裁定; the history
    telling it as a 判决 is a slip of the form."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = ("宣判后，庞立舟、蒙小禾均提出上诉。云南省高级人民法院经依法开庭审理，于2015年11月23日以（2015）云高刑终字第1187号"
           "刑事裁定，驳回上诉，维持原判，并依法报请本院核准")
    assert old in text
    new = f"在法定期限内没有上诉、抗诉。云南省高级人民法院经依法复核，于2015年11月23日以（2015）云高刑一复字第1187号{told}"
    j = extract(text.replace(old, new, 1))
    assert j.earlier_decisions[1].agreed == ("撤销" not in told)
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == (["审理经过记载（2015）云高刑一复字第1187号判决同意原判；同意原判应当以裁定作出。"] if agreed else []), found

@pytest.mark.parametrize(("judged", "fires"), [("二〇二〇年四月一日", True), ("二〇一三年三月一日", False)])
def test_e4_earlier_conduct_judged_after_an_interpretation_that_raised_the_figures(judged: str, fires: bool) -> None:
    """A theft of 2012 found 数额较大 at 800 yuan: under the 2013 figures (the lighter rule) where it was judged from
    2013-04-04 on; under the 1998 figures, which 800 reaches, where it was judged before."""
    text = TEMPLATE.format(**{**BASE, "facts": "窃得他人手机一部，价值人民币800元"}).replace("2019年12月", "2012年12月")
    text = text.replace("2020年3月1日", "2013年2月1日").replace("二〇二〇年四月一日", judged)
    j = extract(text)
    assert j.offence_start == "2012-12-01" and j.total_crime_amount_yuan == 800
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    expected = ("本院认为部分认定数额较大，而查明犯罪数额800元未达全国标准数额较大的最低标准1000元（行为在2013-04-04之前，"
                "2020-04-01始审判，新标准对被告人有利，应予适用）；如有2013 盗窃解释第二条规定可按百分之五十确定的情形，请核实。")
    assert e4 == ([expected] if fires else [])


@pytest.mark.parametrize(
    ("year", "value", "fires"), [("2012", "2000", True), ("2012", "4000", False), ("1997", "2000", False)]
)
def test_e4_earlier_conduct_judged_before_the_raised_figures_held_to_the_earlier_ones(
    year: str, value: str, fires: bool
) -> None:
    """A theft before 2013-04-04 judged before that day is held to the 1998 figures (数额巨大 from 5,000 yuan): 2,000
    yuan found 数额巨大 reaches it under none. Within half the figure, and for conduct before 1998-03-17, no lead."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币{value}元", "reason": "盗窃他人财物，数额巨大，"})
    text = text.replace("2019年12月", f"{year}年12月").replace("2020年3月1日", "2013年2月1日")
    j = extract(text.replace("二〇二〇年四月一日", "二〇一三年三月一日"))
    assert j.offence_start == f"{year}-12-01" and j.total_crime_amount_yuan == int(value)
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert e4 == (["本院认为部分认定数额巨大，而查明犯罪数额2000元未达此前全国标准数额巨大的最低标准5000元（行为在2013-04-04之前，"
                   "按1998 盗窃解释 第三条）。"] if fires else []), e4  # fmt: skip


@pytest.mark.parametrize(("act", "fires"), [("利用信用卡恶意透支本金", True), ("冒用他人信用卡骗取", False)])
def test_e4_the_basis_the_clause_names_for_a_charge_of_two(act: str, fires: bool) -> None:
    """信用卡诈骗罪 has two amount tables: 恶意透支 (5万 for 数额较大) and the other forms (5,000); the clause concluding
    the count says which."""
    over = dict(charge="信用卡诈骗罪", article="一百九十六", facts=f"{act}人民币45441元", reason=f"{act}人民币45441元，数额较大，",
                sentence="有期徒刑一年，并处罚金人民币二万元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.total_crime_amount_yuan == 45441 and j.amount_level_stated == "较大"
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert e4 == (["本院认为部分认定数额较大，而查明犯罪数额45441元未达全国标准数额较大的最低标准50000元。"] if fires else [])


@pytest.mark.parametrize(("said", "fires"), [("，且超过三个月未归还", True),  # the 10万 table (营利活动 or three months)
                                             ("，用于赌博等非法活动", False),  # the 6万 table: reached
                                             ("", False)])  # either: only a level below both is certain
def test_e4_a_basis_named_by_the_table_s_cues(said: str, fires: bool) -> None:
    """挪用资金罪 has two amount tables (2016: 10万 for 营利活动 or 超过三个月未还, 6万 for 非法活动); a clause naming the
    one by its cues (超过三个月) is held to it. The conduct of 2019 judged in 2020 is held to the 2016 figures."""
    over = dict(charge="挪用资金罪", article="二百七十二", facts="利用职务便利挪用本单位资金93962.4元归个人使用",
                reason=f"利用职务便利挪用本单位资金归个人使用，数额较大{said}，", sentence="有期徒刑六个月")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert float(j.total_crime_amount_yuan or 0) == 93962.4 and j.amount_level_stated == "较大"
    e4 = [f.message for f in run_checks([j]) if f.rule == "E4"]
    assert e4 == (["本院认为部分认定数额较大，而查明犯罪数额93962.4元未达全国标准数额较大的最低标准100000元。"] if fires else []), e4


@pytest.mark.parametrize(("caught", "fires"), [("2019年11月22日，被告人甲某被公安机关抓获", True),
                                               ("2019年11月29日，被告人甲某被公安机关抓获", False),  # three days
                                               ("2019年11月22日，被告人甲某因吸毒被公安机关抓获", False)])  # another matter
def test_x7_a_start_days_after_the_capture_where_the_header_tells_no_custody(caught: str, fires: bool) -> None:
    """No custody in the header; the facts tell the capture: a term from ten days later leaves them unaccounted for."""
    text = TEMPLATE.format(**{**BASE, "facts": f"窃得他人手机一部，价值人民币2000元。{caught}"}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", "")
    j = extract(text)
    assert not j.defendants[0].custody and j.defendants[0].captured_on is not None
    x7 = [f.message for f in run_checks([j]) if f.rule == "X7"]
    assert x7 == (["被告人甲某刑期自2019-12-02起算，而查明事实所述其于2019-11-22被抓获，首部未载羁押情况，其间10日未说明理由。"]
                  if fires else []), x7


@pytest.mark.parametrize(
    ("end", "fires"), [("2020年6月1日", True), ("2020年7月22日", False), ("2020年7月23日", False)]
)
def test_e7_a_term_counted_straight_through_a_release_on_bail(end: str, fires: bool) -> None:
    """Held 2019-12-02, on bail from 12-10, arrested again 2020-02-01: a term of six months from the first day must
    add the 52 days out of custody. The right end is six months from the re-arrest (7月31日) less the nine days
    held (7月22日), not the plain end with the 52 days added (7月23日, a day later: six months from 12月2日 are
    183 days, six from 2月1日 182); a day off is tolerated."""
    text = TEMPLATE.format(**{**BASE, "end": end}).replace(
        "同年12月16日被逮捕", "同年12月10日被取保候审，2020年2月1日被逮捕"
    )
    e7 = [(f.severity, f.message) for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert e7 == ([("error", "被告人甲某刑期自首次羁押之日2019-12-02起连续计算至2020-06-01止，未扣除其间未被羁押的52日"
                             "（2019-12-10至2020-02-01），应至2020-07-22止。")] if fires else [])  # fmt: skip


_BAIL_BREACHED = ("因本案于2019年12月2日被刑事拘留，同年12月10日被取保候审（羁押期间自2019年12月2日起至同年12月10日止）；"
                  "2020年2月1日因违反取保候审规定被本院决定逮捕，同日执行。")


@pytest.mark.parametrize(
    ("start", "end", "fires"),
    [("2019年12月2日", "2020年6月1日", True), ("2020年2月1日", "2020年7月22日", False),
     ("2019年12月2日", "2020年7月22日", False)],
)
def test_e7_a_restated_custody_and_a_breach_of_bail_leave_the_days_out_uncounted(
    start: str, end: str, fires: bool
) -> None:
    """Held 2019-12-02, on bail from 12-10 (its note restating 羁押期间自…起至…止), arrested 2020-02-01
    因违反取保候审规定: the note is no custody begun on 12-10 and the breach no release on bail on 2-1, so the 52
    days out are out. Six months straight from the first day (6月1日) leave them in; six from the re-arrest less
    the nine days held (7月22日) are right, however the start is printed."""
    text = TEMPLATE.format(**{**BASE, "start": start, "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", _BAIL_BREACHED)
    e7 = [(f.severity, f.message) for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert e7 == ([("error", "被告人甲某刑期自首次羁押之日2019-12-02起连续计算至2020-06-01止，未扣除其间未被羁押的52日"
                             "（2019-12-10至2020-02-01），应至2020-07-22止。")] if fires else []), e7  # fmt: skip


@pytest.mark.parametrize(("end", "fires"), [("2020年6月1日", True), ("2020年5月17日", False)])
def test_e7_a_term_from_the_detention_must_credit_the_designated_residence_before_it(
    end: str, fires: bool
) -> None:
    """指定居所监视居住 from 11月2日 to the 刑事拘留 on 12月2日 (30 days, 15 of the term; 刑事诉讼法第七十六条): six
    months from 12月2日 must end 15 days before 6月1日. The note reciting the rate (指定居所监视居住的，二日折抵刑期一日)
    credits no day, so it does not explain the plain end."""
    custody = "因本案于2019年11月2日被指定居所监视居住，同年12月2日被刑事拘留，同年12月16日被逮捕。"
    text = TEMPLATE.format(**{**BASE, "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody).replace(
        "羁押一日折抵刑期一日", "羁押一日折抵刑期一日，指定居所监视居住的，二日折抵刑期一日")
    j = extract(text)
    assert j.defendants[0].verdict.custody_credit_days is None
    e7 = [(f.severity, f.message, f.data) for f in run_checks([j]) if f.rule == "E7"]
    assert e7 == ([("error", "被告人甲某刑期自2019-12-02起算至2020-06-01止，未折抵此前指定居所监视居住的30日（2019-11-02至"
                             "2019-12-02，折抵刑期15日），折抵后应至2020-05-17止。",
                    {"start": "2019-12-02", "end": "2020-06-01", "expected_end": "2020-05-17",
                     "residence_days": 30, "residence_credit_days": 15})] if fires else []), e7  # fmt: skip


HOME_ROBBERY = dict(charge="抢劫罪", facts="持刀闯入乙某家中，劫得现金人民币2000元", reason="以非法占有为目的，入户抢劫他人财物，",
               article="二百六十三", sentence="有期徒刑十年，并处罚金人民币二万元", end="2029年12月1日")  # fmt: skip
CHILD = dict(charge="猥亵儿童罪", facts="在某小区楼道内对不满十四周岁的女童乙某进行猥亵", reason="猥亵不满十四周岁的儿童，",
             article="二百三十七条第三款", start="2019年12月2日")  # fmt: skip
TRAFFIC = dict(charge="交通肇事罪", facts="驾驶小型轿车撞倒行人乙某，致乙某死亡，后驾车逃离现场",
               reason="违反交通运输管理法规，因而发生重大事故，致一人死亡，负事故全部责任，且肇事后逃逸，", article="一百三十三",
               sentence="有期徒刑三年", end="2022年12月1日")  # fmt: skip


@pytest.mark.parametrize(
    ("over", "message"),
    [
        (dict(sentence="有期徒刑八年，并处罚金人民币二万元", end="2027年12月1日"),
         "本院认为认定被告人甲某入户抢劫，属第2档（入户抢劫；在公共交通工具上抢劫；抢劫银行或者其他金融机构；多次抢劫或者抢劫数额巨大；"
         "抢劫致人重伤、死亡；冒充军警人员抢劫；持枪抢劫；抢劫军用物资或者抢险、救灾、救济物资），其犯抢劫罪却被判处有期徒刑8年，"
         "低于该档最低刑10年，且未见减轻处罚情节。"),
        (dict(), None),
        # a ground to go below the bracket
        (dict(sentence="有期徒刑八年，并处罚金人民币二万元", end="2027年12月1日", extra="被告人甲某系从犯，依法应当减轻处罚。"), None),
        # the court finds it is no 入户抢劫
        (dict(sentence="有期徒刑八年，并处罚金人民币二万元", end="2027年12月1日",
              reason="以非法占有为目的，采用暴力手段抢劫他人财物，不属于入户抢劫，"), None),
    ],
)
def test_e3_a_term_below_the_bracket_an_act_the_clause_states_opens(over: dict[str, str], message: str | None) -> None:
    """刑法263: 入户抢劫 is 十年以上; the clause concluding 抢劫罪 states it."""
    j = extract(TEMPLATE.format(**{**BASE, **HOME_ROBBERY, **over}))
    acts = [(c.charge, c.value) for c in j.charge_findings if c.kind == "act"]
    assert acts == ([] if "不属于" in over.get("reason", "") else [("抢劫罪", "入户抢劫")])
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == ([message] if message else []), e3


@pytest.mark.parametrize(
    ("over", "fires"),
    [
        (dict(sentence="有期徒刑二年", end="2021年12月1日"), True),
        (dict(sentence="拘役六个月", end="2020年6月1日"), True),
        (dict(), False),
        # 逃逸 after one 重伤 is what makes the crime (2000 交通肇事解释 第二条第二款(六)), not a heavier bracket
        (dict(sentence="有期徒刑二年", end="2021年12月1日", facts="驾驶小型轿车撞倒行人乙某，致乙某重伤，后驾车逃离现场",
              reason="违反交通运输管理法规，因而发生重大事故，致一人重伤，负事故全部责任，且肇事后逃逸，"), False),
    ],
)
def test_e3_a_traffic_death_and_an_escape_below_three_years(over: dict[str, str], fires: bool) -> None:
    """刑法133: 交通运输肇事后逃逸 is 三年以上七年以下."""
    j = extract(TEMPLATE.format(**{**BASE, **TRAFFIC, **over}))
    e3 = [f for f in run_checks([j]) if f.rule == "E3"]
    assert len(e3) == fires, [f.message for f in e3]
    if fires:
        assert e3[0].data["act"] == "交通运输肇事后逃逸" and [e.label for e in e3[0].evidence][0] == "本院认为"
        assert "低于该档最低刑" + ("3年" if "有期" in over["sentence"] else "有期徒刑3年") in e3[0].message


def test_e11_a_reduction_that_stays_inside_the_bracket_an_act_opens() -> None:
    """自首 and 减轻处罚 for a death and an escape: three years and a half stays inside 133's second bracket."""
    over = dict(sentence="有期徒刑三年六个月", end="2023年6月1日", extra="被告人甲某系自首，依法对其减轻处罚。")
    j = extract(TEMPLATE.format(**{**BASE, **TRAFFIC, **over}))
    assert [f.message for f in run_checks([j]) if f.rule == "E11"] == [
        "本院认为部分写明对被告人甲某减轻处罚，但其犯交通肇事罪被判处有期徒刑3年6个月，未低于本院认定的交通运输肇事后逃逸所在第2档的最低刑3年。"
    ]
    lower = dict(over, sentence="有期徒刑二年", end="2021年12月1日")
    quiet = run_checks([extract(TEMPLATE.format(**{**BASE, **TRAFFIC, **lower}))])
    assert [f for f in quiet if f.rule in ("E3", "E11")] == []


def test_every_bracket_act_names_a_bracket_of_its_charge() -> None:
    """Each act of lexicons/bracket_acts.tsv stands in the condition of a bracket of its charge in charges.yaml, where
    E3 and E11 look it up: one above the first, or a lighter one of 情节较轻 (故意杀人's first)."""
    from fayan.nlp.circumstances import bracket_act_cues
    from fayan.pipelines.law import load_law

    law = load_law()
    for cue in bracket_act_cues():
        charge = law.charge(cue.charge)
        assert charge is not None, cue.charge
        assert any(cue.act in b.condition and (b.number > 1 or "较轻" in b.condition) for b in charge.brackets), (
            cue.charge, cue.act)


@pytest.mark.parametrize(
    ("facts", "prior", "fires"),
    [
        # the crime dated by month only: 2019年9月 lies within five years of a release in 2015 whatever its day
        ("2019年9月，被告人甲某多次", "2015年3月2日刑满释放", True),
        ("2019年9月，被告人甲某多次", "2014年10月2日刑满释放", True),  # five years run to 2019-10-02
        # five years from 2014-09-15 end within the month: the month alone does not tell on which side the crime is
        ("2019年9月，被告人甲某多次", "2014年9月15日刑满释放", False),
        ("2019年，被告人甲某多次", "2015年3月2日刑满释放", True),  # the whole year within five years
        ("2019年，被告人甲某多次", "2014年6月2日刑满释放", False),  # a year alone: maybe after 2019-06-02
        ("2015年3月，被告人甲某多次", "2015年3月2日刑满释放", False),  # maybe before the release
    ],
)
def test_e10_unfound_where_the_crime_is_dated_by_month(facts: str, prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "facts": "窃得他人手机一部，价值人民币2000元"}).replace(
        "无业。", f"无业。2014年3月2日因犯盗窃罪被某县人民法院判处有期徒刑一年，{prior}。", 1
    ).replace("经审理查明，2019年12月1日，被告人甲某", f"经审理查明，{facts}")
    j = extract(text)
    d = j.defendants[0]
    assert (d.offence_start, d.recidivist) == (None, False) and d.offence_from.startswith(facts[:4])
    found = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert len(found) == fires and all("判决未认定累犯" in m for m in found), found


@pytest.mark.parametrize(
    ("reason", "rules"),
    [
        # below the bracket the court itself finds (E3), which the amount found is in under every standard (E4)
        ("盗窃他人财物，数额巨大，", {"E3", "E4"}),
        ("盗窃他人财物，数额较大，", {"E4"}),  # the level found is below the amount's: the level is the error
        ("盗窃他人财物，", {"E4"}),
    ],
)
def test_the_codes_for_a_term_below_the_amount_s_bracket(reason: str, rules: set[str]) -> None:
    assert _rules(facts="窃得他人现金人民币200000元", reason=reason) & {"E3", "E4"} == rules


TWO_FINES = dict(facts="窃得他人手机一部，价值人民币2000元，又以揭发隐私相要挟，向乙某索得人民币3000元",
                 extra="被告人甲某又以非法占有为目的，敲诈勒索他人财物，数额较大，其行为还构成敲诈勒索罪。",
                 article="二百六十四条、第二百七十四")  # fmt: skip


@pytest.mark.parametrize(
    ("executed", "fires"),
    [
        ("有期徒刑一年", True),
        ("有期徒刑一年，并处罚金人民币四千元", False),
        ("有期徒刑一年，并处没收个人全部财产", False),  # 没收全部财产 takes the fines in (财产刑规定 第三条)
    ],
)
def test_e2_an_executed_sentence_that_leaves_the_counts_fines_out(executed: str, fires: bool) -> None:
    sentence = (f"有期徒刑六个月，并处罚金人民币二千元；犯敲诈勒索罪，判处有期徒刑八个月，并处罚金人民币二千元；"
                f"决定执行{executed}")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **TWO_FINES, "sentence": sentence}))
    assert [c.fine_yuan for c in j.defendants[0].counts] == [2000, 2000]
    e2 = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert e2 == (["被告人甲某所犯数罪中判处罚金合计4000元，决定执行的刑罚却未写明罚金；数罪中有判处附加刑的，附加刑仍须执行。"]
                  if fires else [])  # fmt: skip


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("判处有期徒刑七年，剥夺政治权利六年，2004年1月12日经减刑释放", True),  # a 减刑 of a term keeps the deprivation
        ("判处有期徒刑七年，剥夺政治权利三年，2004年1月12日经减刑释放", False),
        ("判处死刑，缓期二年执行，剥夺政治权利终身，后减为有期徒刑十八年，剥夺政治权利六年，2014年1月12日刑满释放", False),
    ],
)
def test_e16_a_prior_term_reduced_with_political_rights_beyond_five_years(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。1998年3月2日因犯抢劫罪被某市中级人民法院{prior}。", 1)
    e16 = [f.message for f in run_checks([extract(text)]) if f.rule == "E16"]
    assert e16 == (["被告人甲某前罪被判处有期徒刑，附加剥夺政治权利6年，超出一年以上五年以下的法定期限，疑为前科记载笔误，"
                    "请核对。"] if fires else []), e16  # fmt: skip


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("判处无期徒刑，剥夺政治权利五年，2015年5月1日刑满释放", True),
        ("判处无期徒刑，剥夺政治权利终身，经减刑后附加剥夺政治权利改为三年，2015年5月1日刑满释放", False),
    ],
)
def test_e16_a_prior_life_sentence_with_a_term_of_political_rights(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。1998年3月2日因犯抢劫罪被某市中级人民法院{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].priors[0].principal == "无期徒刑"
    e16 = [f.message for f in run_checks([j]) if f.rule == "E16"]
    assert e16 == (["被告人甲某前罪被判处无期徒刑，附加剥夺政治权利5年；判处死刑、无期徒刑的，应当剥夺政治权利终身，"
                    "疑为前科记载笔误，请核对。"] if fires else [])  # fmt: skip


@pytest.mark.parametrize(
    ("charge", "fires"),
    [("组织、领导黑社会性质组织罪", True), ("参加黑社会性质组织罪", False), ("组织、领导、参加黑社会性质组织罪", False)],
)
def test_e3_a_term_below_the_bracket_of_the_role_the_charge_names(charge: str, fires: bool) -> None:
    """刑法294 (since 2011-05-01): 组织、领导 七年以上, 积极参加 三年以上七年以下; six years fits only an active member."""
    over = dict(charge=charge, facts="纠集多人长期在某镇收取保护费，形成黑社会性质组织", article="二百九十四条第一款",
                reason="组织、领导、参加黑社会性质组织，", sentence="有期徒刑六年", end="2025年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.charge for c in j.defendants[0].counts] == [charge]
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == ([f"被告人甲某犯{charge}，属第3档（组织、领导黑社会性质的组织），却被判处有期徒刑6年，低于该档最低刑7年，"
                   "且未见减轻处罚情节。"] if fires else []), e3  # fmt: skip


@pytest.mark.parametrize(
    ("reason", "sentence", "fires"),
    [
        ("故意伤害他人身体，致一人重伤，", "有期徒刑十一年", True),
        ("故意伤害他人身体，致一人重伤，", "有期徒刑九年", False),
        ("故意伤害他人身体，手段特别残忍，致一人重伤，造成严重残疾，", "有期徒刑十一年", False),
        ("故意伤害他人身体，致一人死亡，", "有期徒刑十一年", False),
    ],
)
def test_e3_injury_above_ten_years_with_neither_death_nor_cruelty(reason: str, sentence: str, fires: bool) -> None:
    """刑法234②: 致人重伤 三年以上十年以下; 致人死亡或者以特别残忍手段致人重伤造成严重残疾 十年以上."""
    over = dict(charge="故意伤害罪", facts="持刀刺伤被害人乙某", article="二百三十四条第二款", reason=reason,
                sentence=sentence, end="2030年12月1日")  # fmt: skip
    e3 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E3"]
    assert e3 == (["本院认为认定该罪致人重伤，被告人甲某犯故意伤害罪却被判处有期徒刑11年，该刑罚仅第3档（致人死亡或者以特别残忍手段"
                   "致人重伤造成严重残疾）可判，本院认为未认定该档的情节。"] if fires else []), e3


@pytest.mark.parametrize(
    ("charge", "sentence", "fires"),
    [("参加黑社会性质组织罪", "有期徒刑八年", True), ("参加黑社会性质组织罪", "有期徒刑七年", False),
     ("组织、领导、参加黑社会性质组织罪", "有期徒刑八年", False), ("组织、领导黑社会性质组织罪", "有期徒刑八年", False)],
)
def test_e3_a_term_above_every_bracket_of_a_member(charge: str, sentence: str, fires: bool) -> None:
    """刑法294 (since 2011-05-01): 积极参加 三年以上七年以下, 其他参加 三年以下; more is a 组织者、领导者's only."""
    over = dict(charge=charge, facts="纠集多人长期在某镇收取保护费，形成黑社会性质组织", article="二百九十四条第一款",
                reason="参加黑社会性质组织，", sentence=sentence, end="2027年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.charge for c in j.defendants[0].counts] == [charge]
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == ([f"被告人甲某犯{charge}被判处有期徒刑8年，超过参加者各档的最高刑7年（更重之档仅适用于组织、领导者）。"]
                  if fires else []), e3


@pytest.mark.parametrize(
    ("reason", "fires"),
    [
        (TRAFFIC["reason"], True),  # seven years: the top of 三年以上七年以下, 因逃逸致人死亡 untold
        ("违反交通运输管理法规，因而发生重大事故，致一人死亡后逃逸，", True),
        ("违反交通运输管理法规，因而发生重大事故，肇事后逃逸，致使被害人得不到救助而死亡，", False),  # 七年以上: its bottom
    ],
)
def test_e11_a_ground_at_the_top_of_the_bracket_below_one_only_untold_acts_open(reason: str, fires: bool) -> None:
    over = dict(reason=reason, sentence="有期徒刑七年", end="2026年12月1日", extra="被告人甲某系自首，依法予以从轻处罚。")
    j = extract(TEMPLATE.format(**{**BASE, **TRAFFIC, **over}))
    assert [c.value for c in j.charge_findings if c.kind == "act"] == (
        ["交通运输肇事后逃逸"] if fires else ["交通运输肇事后逃逸", "因逃逸致人死亡"])
    e11 = [f.message for f in run_checks([j]) if f.rule == "E11"]
    assert e11 == (["本院认为部分认定被告人甲某有自首情节，其犯交通肇事罪却被判处有期徒刑7年，"
                    "为第2档（交通运输肇事后逃逸或者有其他特别恶劣情节）的最高刑，从宽情节未见体现。"] if fires else []), e11


@pytest.mark.parametrize(
    ("charge", "facts", "reason", "article", "fires"),
    [
        # 三年: the top of 238's first, and the bottom of its 致人重伤, which nothing in the document tells
        ("非法拘禁罪", "为索要债务将乙某关押在其租住房内三十小时", "非法拘禁他人，剥夺他人人身自由，", "二百三十八条第一款", True),
        ("非法拘禁罪", "将乙某关押在其租住房内三十小时，其间致乙某重伤二级", "非法拘禁他人，致人重伤，", "二百三十八条第二款",
         False),
        # 234's first and its 致人重伤: 轻伤 found
        ("故意伤害罪", "持木棍殴打乙某，致乙某轻伤一级", "故意伤害他人身体，致一人轻伤，", "二百三十四条第一款", True),
        ("故意伤害罪", "持木棍殴打乙某，致乙某重伤二级", "故意伤害他人身体，致一人重伤，", "二百三十四条第二款", False),
    ],
)
def test_e11_a_ground_at_the_top_of_the_bracket_below_one_only_an_unfound_harm_opens(
    charge: str, facts: str, reason: str, article: str, fires: bool
) -> None:
    """刑法238①/234①: 三年以下; ②: 致人重伤 三年以上十年以下. A 自首 and three years, with no 重伤 found for the count:
    the top of the only bracket the case is in."""
    over = dict(charge=charge, facts=facts, reason=reason, article=article, sentence="有期徒刑三年",
                end="2022年12月1日", extra="被告人甲某犯罪后自动投案，如实供述自己的罪行，系自首，依法可以从轻处罚。")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.harm_found == (None if "拘禁他人，剥夺" in reason else "轻伤" if fires else "重伤")
    found = [(f.rule, f.message) for f in run_checks([j]) if f.severity != "info"]
    bracket = ("非法拘禁他人或者以其他方法非法剥夺他人人身自由 (具有殴打、侮辱情节的，从重处罚)" if charge == "非法拘禁罪"
               else "故意伤害他人身体 (轻伤)")
    assert found == ([("E11", f"本院认为部分认定被告人甲某有自首情节，其犯{charge}却被判处有期徒刑3年，为第1档（{bracket}）的"
                             "最高刑，从宽情节未见体现。")] if fires else []), found


@pytest.mark.parametrize(
    ("executed", "fires"), [("有期徒刑十二年", True), ("有期徒刑十二年，并处没收个人全部财产", False)]
)
def test_e2_an_executed_sentence_that_leaves_a_count_s_confiscation_out(executed: str, fires: bool) -> None:
    over = dict(charge="抢劫罪", facts="持刀劫走他人手机一部，价值人民币2000元，又窃得他人现金人民币3000元",
                reason="以暴力手段劫取他人财物，", article="二百六十三条、第二百六十四",
                extra="被告人甲某又秘密窃取他人财物，数额较大，其行为还构成盗窃罪。",
                sentence=f"有期徒刑十一年，并处没收个人全部财产；犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元；决定执行{executed}",
                end="2031年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.confiscation for c in j.defendants[0].counts] == [True, False]
    e2 = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert e2 == (["被告人甲某所犯抢劫罪判处没收财产，决定执行的刑罚却未写明没收财产；数罪中有判处附加刑的，附加刑仍须执行。"]
                  if fires else []), e2  # fmt: skip


@pytest.mark.parametrize(("slip", "fires"), [("甘德生", True), ("甘德胜", False)])
def test_x4_a_header_defendant_the_result_names_for_nothing(slip: str, fires: bool) -> None:
    """A ruling that upholds the first instance (驳回上诉，维持原判) sentences no one itself: its header defendant is no
    defendant of the result, yet a slip in the name still shows (胜/生, a pinyin keyboard's)."""
    text = (EXAMPLES / "appeal_ruling.txt").read_text(encoding="utf-8")
    changed = text.replace("二审期间，上诉人甘德胜", f"二审期间，上诉人{slip}")
    j = extract(changed)
    assert j.defendants == () and [(a.name, a.role) for a in j.accomplices] == [("甘德胜", "被告人")]
    x4 = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert x4 == (["被告人姓名前后写法不一致：甘德胜／甘德生。"] if fires else [])


@pytest.mark.parametrize(
    ("held", "fires"),
    [
        ("因本案于2019年11月20日被监视居住。", True),  # before the theft of 2019-12-01
        ("因本案于2019年12月5日被监视居住。", False),
        # a measure of the earlier case, told before its judgment, is no measure of this one
        ("因涉嫌犯盗窃罪于2016年3月1日被取保候审；2016年5月6日因犯盗窃罪被某县人民法院判处有期徒刑六个月，2016年11月5日刑满释放。"
         "因本案于2019年12月5日被监视居住。", False),
    ],
)
def test_x6_a_coercive_measure_dated_before_the_crime(held: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", held)
    x6 = [f.message for f in run_checks([extract(text)]) if f.rule == "X6"]
    assert x6 == (["被告人甲某监视居住日期2019-11-20早于查明的最早犯罪时间2019-12-01。"] if fires else []), x6


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("2018年3月2日因犯盗窃罪被某县人民法院判处有期徒刑二年，2020年1月2日刑满释放", True),
        ("2018年3月2日因犯盗窃罪被某县人民法院判处有期徒刑二年，2019年11月2日刑满释放", False),
        ("2018年3月2日因犯盗窃罪被某县人民法院判处有期徒刑二年，刑期至2020年1月2日止", False),  # when the term ends
    ],
)
def test_x6_a_prior_released_after_this_case_s_custody_began(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    x6 = [f.message for f in run_checks([extract(text)]) if f.rule == "X6"]
    assert x6 == (["被告人甲某前罪刑满释放日期2020-01-02晚于本案刑事拘留日期2019-12-02。"] if fires else []), x6


GANG_TROUBLE = dict(charge="寻衅滋事罪", facts="伙同他人在某镇集市随意殴打他人，致二人轻微伤",
                    reason="随意殴打他人，情节恶劣，", article="二百九十三", sentence="有期徒刑三年", end="2022年12月1日")


@pytest.mark.parametrize(
    ("group", "cited", "fires"),
    [
        # the 恶势力 definition's words: no 293② found, three years lie in the first bracket
        ("被告人甲某纠集他人多次实施违法犯罪活动，为非作恶，欺压百姓，已形成恶势力犯罪集团，系该集团的首要分子。", "", False),
        ("被告人甲某多次纠集他人，在某镇一带实施违法犯罪活动，已形成恶势力犯罪集团，系该集团的首要分子。", "", False),
        # 293②'s own words, and three years below its five
        ("被告人甲某系恶势力犯罪集团的首要分子，纠集他人多次实施寻衅滋事行为，严重破坏社会秩序。", "", True),
        # the 依照 clause cites 293① only: the court did not put the count in 293②
        ("被告人甲某纠集他人多次随意殴打他人，情节恶劣。", "第一款第（一）项", False),
        ("被告人甲某纠集他人多次随意殴打他人，严重破坏社会秩序。", "第一款第（一）项、第二款", True),
    ],
)
def test_e3_a_crime_group_s_deeds_open_no_bracket_of_the_charge(group: str, cited: str, fires: bool) -> None:
    """寻衅滋事 of a 恶势力犯罪集团's leader, three years: 纠集他人多次 opens 293②'s 五年以上 only where the reasoning
    says it of the charge's acts (纠集他人多次实施前款行为), not of the group's 违法犯罪活动, and the 依照 clause does
    not cite 293's first 款 alone."""
    text = TEMPLATE.format(**{**BASE, **GANG_TROUBLE, "extra": group})
    text = text.replace("第二百九十三条之规定", f"第二百九十三条{cited}之规定")
    e3 = [f.message for f in run_checks([extract(text)]) if f.rule == "E3"]
    assert len(e3) == fires and all("纠集他人多次" in m for m in e3), e3


@pytest.mark.parametrize(
    ("over", "fires"),
    [
        (dict(TRAFFIC, sentence="有期徒刑八年", end="2027年12月1日"), True),  # 七年以上 needs 因逃逸致人死亡
        (dict(TRAFFIC, sentence="有期徒刑八年", end="2027年12月1日",
              reason="违反交通运输管理法规，因而发生重大事故，肇事后逃逸，致使被害人得不到救助而死亡，"), False),
        (dict(charge="寻衅滋事罪", facts="在某镇集市随意殴打他人，致一人轻微伤", reason="随意殴打他人，情节恶劣，",
              article="二百九十三", sentence="有期徒刑六年", end="2025年12月1日"), True),  # 五年以上: 纠集他人多次
        (dict(charge="寻衅滋事罪", facts="在某镇集市随意殴打他人，致一人轻微伤", article="二百九十三",
              reason="纠集他人多次随意殴打他人，严重破坏社会秩序，", sentence="有期徒刑六年", end="2025年12月1日"), False),
        # 猥亵儿童 before 2021-03-01 (刑法237③, 修正案（九）): 五年以上 for 聚众, 当众 or 其他恶劣情节
        (dict(CHILD, sentence="有期徒刑五年六个月", end="2025年6月1日"), True),
        (dict(CHILD, sentence="有期徒刑四年六个月", end="2024年6月1日"), False),
        (dict(CHILD, reason="猥亵不满十四周岁的儿童，情节恶劣，", sentence="有期徒刑五年六个月", end="2025年6月1日"), False),
        (dict(CHILD, reason="在公共场所当众猥亵不满十四周岁的儿童，", sentence="有期徒刑五年六个月", end="2025年6月1日"), False),
        (dict(CHILD, reason="猥亵不满十四周岁的儿童，尚不属情节恶劣，", sentence="有期徒刑五年六个月", end="2025年6月1日"), True),
        (dict(charge="强制猥亵罪", facts="在某小区楼道内强行搂抱、抚摸被害人乙某", reason="以暴力方法强制猥亵他人，",
              article="二百三十七", sentence="有期徒刑六年", end="2025年12月1日"), True),
    ],
)
def test_e3_a_term_only_a_bracket_of_untold_acts_allows(over: dict[str, str], fires: bool) -> None:
    e3 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E3"]
    assert len(e3) == fires and all("本院认为部分未认定该情节" in m for m in e3), e3


@pytest.mark.parametrize(
    ("header", "fires"),
    [
        ("无业。因本案于2019年12月2日被刑事拘留", True),
        ("无业。2015年3月因吸毒被行政拘留十日。因本案于2019年12月2日被刑事拘留", True),
        ("无业。2015年3月2日因犯盗窃罪被某县人民法院判处有期徒刑一年，2016年3月1日刑满释放。因本案于2019年12月2日被刑事拘留", False),
        # a header of the name alone, as some courts write, leaves the record to the facts
        ("无业。", False),
    ],
)
def test_e10_a_recidivist_whose_header_tells_no_earlier_sentence(header: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": "被告人甲某系累犯，应当从重处罚。"})
    text = text.replace("无业。因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", header + ("，同年12月16日被逮捕。" if "因本案" in header else ""))
    j = extract(text)
    assert j.defendants[0].recidivist and bool(j.defendants[0].custody) == ("因本案" in header)
    e10 = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert len(e10) == fires and all("未载明其曾被判处刑罚" in m for m in e10), e10


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ("", True),
        # a defendant of two charges: the reasoning's 情节恶劣 may be said of both crimes, not of 猥亵 alone
        ("被告人甲某又故意伤害他人身体，致一人轻伤，其行为又构成故意伤害罪。", False),
    ],
)
def test_e3_a_term_below_the_bracket_of_a_stated_vile_circumstance(extra: str, fires: bool) -> None:
    """猥亵儿童 before 2021-03-01: 情节恶劣 is the statute's 其他恶劣情节, 五年以上; four years is below it."""
    sentence = "有期徒刑四年" + ("；犯故意伤害罪，判处有期徒刑一年，决定执行有期徒刑四年六个月" if extra else "")
    over = dict(CHILD, reason="猥亵不满十四周岁的儿童，又殴打他人致轻伤，情节恶劣，", extra=extra, sentence=sentence)
    j = extract(TEMPLATE.format(**{**BASE, **over, "end": "2023年12月1日"}))
    assert ("猥亵儿童罪", "其他恶劣情节") in [(c.charge, c.value) for c in j.charge_findings]
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == (["本院认为认定被告人甲某其他恶劣情节，属第2档（聚众或者在公共场所当众猥亵儿童，或者有其他恶劣情节 (依照前两款从重)），"
                   "其犯猥亵儿童罪却被判处有期徒刑4年，低于该档最低刑5年，且未见减轻处罚情节。"] if fires else []), e3


PUBLIC = dict(charge="强制猥亵罪", facts="在地铁车厢内强行搂抱、抚摸被害人乙某，多名乘客目睹", article="二百三十七",
              reason="以暴力方法强制猥亵他人，且系在公共场所当众实施，", sentence="有期徒刑五年六个月", end="2025年6月1日")


@pytest.mark.parametrize(
    ("over", "fires"),
    [
        (PUBLIC, False),
        (dict(PUBLIC, reason="以暴力方法在地铁车厢内当众对被害人实施猥亵，"), False),
        # denied, or not told: only 237② allows five years and a half
        (dict(PUBLIC, reason="以暴力方法强制猥亵他人，但并非在公共场所当众实施，"), True),
        (dict(PUBLIC, reason="以暴力方法强制猥亵他人，"), True),
    ],
)
def test_e3_a_public_indecent_assault_told_after_the_act(over: dict[str, str], fires: bool) -> None:
    """刑法237②: 聚众或者在公共场所当众犯前款罪的, 五年以上. The reasoning may tell it after the act (强制猥亵他人，且系在
    公共场所当众实施): the bracket the term lies in is then the case's."""
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    acts = [(c.charge, c.value) for c in j.charge_findings if c.kind == "act"]
    assert acts == ([] if fires else [("强制猥亵、侮辱罪", "在公共场所当众")]), acts
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert len(e3) == fires and all("本院认为部分未认定该情节" in m for m in e3), e3


@pytest.mark.parametrize(
    ("reason", "fires"),
    [
        ("以暴力手段强奸妇女，且系在公共场所当众实施，", True),
        ("以暴力手段在公园内当众强行奸淫妇女，", True),
        ("以暴力手段强奸妇女，", False),  # 情节恶劣, which no act tells, may be the case's: no finding
    ],
)
def test_e3_a_term_below_the_bracket_of_a_public_rape(reason: str, fires: bool) -> None:
    """刑法236③: 在公共场所当众强奸, 十年以上; eight years is below it, told before the act or after."""
    over = dict(charge="强奸罪", facts="在公园内以暴力手段强行与被害人乙某发生性关系，多名游客目睹", article="二百三十六",
                reason=reason, sentence="有期徒刑八年", end="2027年12月1日")
    e3 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E3"]
    assert e3 == ([f"本院认为认定被告人甲某在公共场所当众强奸，属第2档（{_RAPE_2}），其犯强奸罪却被判处有期徒刑8年，低于该档最低刑10年，"
                   "且未见减轻处罚情节。"] if fires else []), e3


_RAPE_2 = ("情节恶劣；强奸妇女、奸淫幼女多人；在公共场所当众强奸；二人以上轮奸；奸淫不满十周岁的幼女或者造成幼女伤害；"
           "致使被害人重伤、死亡或者造成其他严重后果")


@pytest.mark.parametrize(
    ("reason", "fires"),
    [
        # 修正案（十一） (2021-03-01), 237③: every item of 五年以上 is an act the reasoning may tell
        ("猥亵不满十四周岁的儿童，", True),
        ("猥亵不满十四周岁的儿童，未造成严重后果，", True),
        ("猥亵不满十四周岁的儿童，致使被害儿童轻伤，", False),
        ("猥亵不满十四周岁的儿童，手段恶劣，", False),
        ("多次猥亵不满十四周岁的儿童，", False),
        ("猥亵不满十四周岁的儿童，且在公共场所当众实施，情节恶劣，", False),
    ],
)
def test_e3_a_child_molestation_since_2021_told_by_its_items(reason: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, **CHILD, "reason": reason, "sentence": "有期徒刑六年", "start": "2021年12月2日",
                              "end": "2027年12月1日"})  # fmt: skip
    for old, new in (("2019年12月", "2021年12月"), ("2020年3月1日", "2022年3月1日"), ("（2020）", "（2022）"),
                     ("二〇二〇年四月一日", "二〇二二年四月一日")):
        text = text.replace(old, new)
    j = extract(text)
    assert j.offence_start == "2021-12-01"
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert len(e3) == fires and all("本院认为部分未认定该情节" in m for m in e3), e3


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        # the theft of 2019-12-01 came before the earlier sentence was served: 刑法71, not 刑罚执行完毕以后 (65)
        ("2019年8月1日因犯盗窃罪被某县人民法院判处有期徒刑一年，2020年8月1日刑满释放", True),
        ("2018年8月1日因犯盗窃罪被某县人民法院判处有期徒刑一年，2019年8月1日刑满释放", False),
    ],
)
def test_e10_a_recidivist_whose_crime_came_before_the_release(prior: str, fires: bool) -> None:
    text = TEMPLATE.format(**{**BASE, "extra": "被告人甲某系累犯，应当从重处罚。"}).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    assert j.defendants[0].recidivist
    e10 = [f.message for f in run_checks([j]) if f.rule == "E10"]
    assert e10 == (["被告人甲某本案犯罪时间2019-12-01早于其前罪刑满释放（2020-08-01），不属于刑罚执行完毕以后再犯罪，"
                    "认定累犯与刑法第六十五条不符。"] if fires else []), e10  # fmt: skip


@pytest.mark.parametrize(("judged", "fires"), [("2020年3月1日", True), ("2018年3月1日", False)])
def test_e10_a_recidivist_whose_crime_came_before_the_earlier_judgment(judged: str, fires: bool) -> None:
    """No release day told: the earlier judgment's day bounds it, as no sentence is served before it is passed."""
    prior = f"{judged}因犯盗窃罪被某县人民法院判处有期徒刑一年"
    text = TEMPLATE.format(**{**BASE, "extra": "被告人甲某系累犯，应当从重处罚。"}).replace("无业。", f"无业。{prior}。", 1)
    j = extract(text)
    e10 = [f.message for f in run_checks([j]) if f.rule == "E10" and "早于" in f.message]
    assert e10 == (["被告人甲某本案犯罪时间2019-12-01早于其前罪判决（2020-03-01判处有期徒刑1年），不属于刑罚执行完毕以后再犯罪，"
                    "认定累犯与刑法第六十五条不符。"] if fires else []), e10  # fmt: skip


@pytest.mark.parametrize(("seized", "fires"), [("没收个人财产人民币一万元", True), ("没收个人全部财产", False)])
def test_e2_fines_add_up_beside_a_sum_confiscated(seized: str, fires: bool) -> None:
    """Only a 没收个人全部财产 takes the fines in (财产刑规定 第三条); beside a sum confiscated they still add up, in the
    judgment's own sentence and in one it retells."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产"
    new = (f"被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身，并处{seized}；犯容留他人吸毒罪，判处有期徒刑一年，"
           f"并处罚金人民币五千元，决定执行死刑，剥夺政治权利终身，并处{seized}，罚金人民币一万元")  # fmt: skip
    j = extract(text.replace(old, new, 1))
    e2 = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert e2 == (["（2015）临中刑初字第52号判决对蒙小禾所判各罪罚金合计5000元，决定执行罚金10000元，同种附加刑应当合并执行，"
                   "请核对。"] if fires else []), e2  # fmt: skip
    own = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8").replace(
        "犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；", f"犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元，并处{seized}；"
    ).replace("决定执行有期徒刑一年八个月，并处罚金人民币八千元", f"决定执行有期徒刑一年八个月，并处罚金人民币九千元，{seized}")
    found = [f.message for f in run_checks([extract(own)]) if f.rule == "E2" and "罚金" in f.message]
    assert found == (["被告人郦永昊各罪罚金合计8000元，决定执行罚金9000元，同种附加刑应当合并执行。"] if fires else []), found


@pytest.mark.parametrize(("executed", "fires"), [("并处罚金人民币一万元", True), ("并处罚金人民币五千元", False)])
def test_e2_a_retold_sentence_whose_executed_fine_is_not_its_counts_sum(executed: str, fires: bool) -> None:
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8")
    old = "被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产"
    new = ("被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身；犯容留他人吸毒罪，判处有期徒刑一年，并处罚金人民币五千元，"
           f"决定执行死刑，剥夺政治权利终身，{executed}")  # fmt: skip
    j = extract(text.replace(old, new, 1))
    e2 = [f.message for f in run_checks([j]) if f.rule == "E2"]
    assert e2 == (["（2015）临中刑初字第52号判决对蒙小禾所判各罪罚金合计5000元，决定执行罚金10000元，同种附加刑应当合并执行，"
                   "请核对。"] if fires else []), e2  # fmt: skip


@pytest.mark.parametrize(("fine", "fires"), [("三万元", True), ("五万元", False), ("六万元", False)])
def test_e5_a_fine_below_the_statute_s_times_of_the_gains(fine: str, fires: bool) -> None:
    """非法经营罪 (刑法225: 违法所得一倍以上五倍以下罚金): gains of 50000元 the facts find and the reasoning restates
    floor the fine at 50000元."""
    over = dict(charge="非法经营罪", article="二百二十五", facts="非法经营卷烟，违法所得人民币50000元",
                reason="违反国家规定，非法经营，违法所得5万元，情节严重，", sentence=f"有期徒刑六个月，并处罚金人民币{fine}")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(a.section, a.role) for a in j.amounts] == [("facts", "gains"), ("reasoning", "gains")]
    e5 = [m for m in _messages("E5", **over) if "违法所得" in m]
    assert e5 == (["被告人甲某被判处罚金30000元，低于查明的违法所得50000元的1倍（50000元）。"] if fires else []), e5


@pytest.mark.parametrize(
    "reason, term, end, fires",
    [
        ("任意损毁公私财物，情节严重，", "五年二个月", "2025年2月1日", True),  # 情节严重: 五年以下; 纠集他人多次 not found
        ("纠集他人多次任意损毁公私财物，情节严重，", "五年二个月", "2025年2月1日", False),
        ("任意损毁公私财物，情节严重，", "四年", "2023年12月1日", False),
    ],
)
def test_e3_a_term_above_the_stated_severity_s_bracket_that_only_unstated_acts_open(
    reason: str, term: str, end: str, fires: bool
) -> None:
    """寻衅滋事 of one count, 情节严重 found: a term above five years is 293②'s (纠集他人多次实施前款行为), which the
    reasoning does not state."""
    over = dict(charge="寻衅滋事罪", article="二百九十三", facts="在某公司起哄闹事，任意损毁公司财物",
                reason=reason, sentence=f"有期徒刑{term}", end=end)  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.severity_stated == "严重"
    e3 = [m for m in _messages("E3", **over) if "纠集他人多次" in m]
    assert bool(e3) == fires, e3


@pytest.mark.parametrize(
    ("held", "said"),
    [("因本案于2019年12月10日被刑事拘留，同年12月5日被逮捕", "逮捕日期2019-12-05早于其前所述的刑事拘留日期2019-12-10"),
     ("因本案于2019年12月5日被刑事拘留，同年12月10日被逮捕", None),
     # a release before the 留置 it ends; a 取保候审 before the arrest told before it
     ("因本案于2019年12月10日被某某市监察委员会留置，同年12月1日对其解除留置措施，同日被刑事拘留，同年12月16日被逮捕",
      "释放日期2019-12-01早于其前所述的留置日期2019-12-10"),
     ("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕，同年12月6日被取保候审",
      "取保候审日期2019-12-06早于其前所述的逮捕日期2019-12-16")],
)
def test_x6_a_later_custody_step_dated_before_the_measure_told_before_it(held: str, said: str | None) -> None:
    text = TEMPLATE.format(**BASE).replace("因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕", held)
    x6 = [f.message for f in run_checks([extract(text)]) if f.rule == "X6" and "其前所述" in f.message]
    assert x6 == ([f"被告人甲某{said}。"] if said else []), x6


# 致戊某、己某重伤 names two persons 重伤; so does a death told clause by clause with its cause, the second over a
# comma (…致戊某因锐器刺戳致心脏破裂死亡；己某因锐器刺戳致颈动脉断裂，锁骨下动脉破裂后大失血死亡)
_HURT_TWO = dict(charge="故意伤害罪", article="二百三十四", facts="持刀捅刺被害人戊某、己某，致戊某、己某重伤",
                 reason="故意伤害他人身体，致{said}重伤，", sentence="有期徒刑三年", end="2022年12月1日")
_KILLED_TWO = dict(charge="故意杀人罪", article="二百三十二",
                   facts=("持刀捅刺戊某、己某，致戊某因锐器刺戳致心脏破裂死亡；己某因锐器刺戳致颈动脉断裂，"
                          "锁骨下动脉破裂后大失血死亡"),
                   reason="故意非法剥夺他人生命，致{said}死亡，", sentence="死刑，剥夺政治权利终身", end="2022年12月1日")


_HURT_TWO_LIGHTLY = {**_HURT_TWO, "facts": _HURT_TWO["facts"].replace("重伤", "轻伤"),
                     "reason": _HURT_TWO["reason"].replace("重伤", "轻伤")}


@pytest.mark.parametrize(("case", "harm", "said", "fires"), [
    (_HURT_TWO, "重伤", "一人", True), (_HURT_TWO, "重伤", "二人", False), (_HURT_TWO, "重伤", "三人", True),
    (_HURT_TWO_LIGHTLY, "轻伤", "一人", True), (_HURT_TWO_LIGHTLY, "轻伤", "三人", True),
    (_KILLED_TWO, "死亡", "一人", True), (_KILLED_TWO, "死亡", "二人", False), (_KILLED_TWO, "死亡", "三人", True),
])
def test_x3_fewer_harmed_in_the_reasoning_than_the_facts_name(case: dict, harm: str, said: str, fires: bool) -> None:
    """A reasoning that says 致一人重伤 of two persons the facts name 重伤 tells fewer; 致三人重伤 more."""
    over = {**case, "reason": case["reason"].format(said=said)}
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(h.name, h.harm) for h in j.harmed] == [("戊某", harm), ("己某", harm)]
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{said}{harm}，而查明事实载明{harm}者2人（戊某、己某）。"] if fires else []), x3


# two defendants: 甲某 and 乙某 beat 戊某 and 己某 together, 甲某 alone 庚某 and 辛某; each 轻微伤
BEATINGS = (
    "某某市某某区人民法院 刑事判决书 （2023）鲁0102刑初7号 公诉机关某某市某某区人民检察院。 "
    + "".join(f"被告人{n}，男，1995年1月1日出生，汉族，初中文化，无业。因本案于2023年3月6日被刑事拘留。 "
              for n in ("甲某", "乙某"))
    + "某某区人民检察院以起诉书指控被告人甲某、乙某犯寻衅滋事罪，于2023年6月1日向本院提起公诉。 "
    "经审理查明：一、2022年8月1日22时许，被告人甲某、乙某酒后在某某路一饭店门口无故殴打被害人戊某、己某，"
    "致戊某、己某轻微伤。二、2022年9月2日1时许，被告人甲某在某某路一夜市持酒瓶击打被害人庚某头部，致庚某轻微伤。"
    "三、2023年1月5日20时许，被告人甲某在某某街一网吧内殴打被害人辛某，致辛某轻微伤。 "
    "本院认为，{said}，情节恶劣，二被告人的行为均已构成寻衅滋事罪。依照《中华人民共和国刑法》第二百九十三条之规定，判决如下： "
    "一、被告人甲某犯寻衅滋事罪，判处有期徒刑一年六个月。二、被告人乙某犯寻衅滋事罪，判处有期徒刑八个月。 "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员戊某 二〇二三年七月一日 书记员己某"
)


@pytest.mark.parametrize(("said", "fires"), [
    # of 乙某 alone, of two: his share, the two beaten in the one act he is named in
    ("被告人甲某多次随意殴打他人，被告人乙某伙同他人随意殴打他人致二人轻微伤", False),
    ("被告人甲某多次随意殴打他人，被告人乙某随意殴打他人致一人轻微伤", False),  # fewer than his share too
    # of both, with a word of company or in a list: the whole, which the facts tell of four
    ("被告人甲某伙同被告人乙某多次随意殴打他人致二人轻微伤", True),
    ("被告人甲某、乙某多次随意殴打他人致二人轻微伤", True),
])
def test_x3_a_harm_count_the_reasoning_tells_of_one_defendant_is_their_share(said: str, fires: bool) -> None:
    """…被告人乙某伙同他人随意殴打他人致二人轻微伤: a count of some of the defendants is theirs, fewer than the facts
    name in all; only a count of them all is held against every person the facts name so."""
    j = extract(BEATINGS.format(said=said))
    hurt = [h.name for h in j.harmed if h.section == "facts" and h.harm == "轻微伤"]
    assert hurt == ["戊某", "己某", "庚某", "辛某"], hurt
    x3 = [f.message for f in run_checks([j]) if f.rule == "X3"]
    told = "本院认为部分所述二人轻微伤，而查明事实载明轻微伤者4人（戊某、己某、庚某、辛某）。"
    assert x3 == ([told] if fires else []), x3


@pytest.mark.parametrize(("sentence", "fires"), [
    ("有期徒刑二年；犯寻衅滋事罪，判处有期徒刑一年，决定执行有期徒刑二年六个月", False), ("有期徒刑二年", True),
])
def test_x3_fewer_harmed_in_the_reasoning_of_one_of_several_charges(sentence: str, fires: bool) -> None:
    """致二人轻伤 of a defendant convicted of two charges may be the first count's, where the facts name a third 轻伤
    of the second: fewer than named is not compared there."""
    facts = "持刀捅刺被害人戊某、己某，致戊某、己某轻伤。次日，被告人甲某在街头殴打被害人庚某，致庚某轻伤"
    over = {**_HURT_TWO_LIGHTLY, "facts": facts, "reason": "故意伤害他人身体，致二人轻伤，", "sentence": sentence}
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(h.name, h.harm) for h in j.harmed] == [("戊某", "轻伤"), ("己某", "轻伤"), ("庚某", "轻伤")]
    x3 = _messages("X3", **over)
    assert x3 == (["本院认为部分所述二人轻伤，而查明事实载明轻伤者3人（戊某、己某、庚某）。"] if fires else []), x3


# 殁年 tells a person dead whatever the facts tell of how (戊某 is told so only); 己某 dies of the act
_KILLED_AGED = dict(charge="故意杀人罪", article="二百三十二",
                    facts="持刀捅刺戊某（被害人，殁年30岁）、己某，致己某因锐器刺戳致心脏破裂死亡",
                    reason="故意非法剥夺他人生命，致{said}死亡，", sentence="死刑，剥夺政治权利终身", end="2022年12月1日")


@pytest.mark.parametrize(("facts", "said", "fires"), [
    (_KILLED_AGED["facts"], "三人", True), (_KILLED_AGED["facts"], "二人", False),
    # the facts tell a number of dead of their own (等3名被害人当场死亡): the persons they name are not all
    ("持刀捅刺戊某（被害人，殁年30岁）、己某等3名被害人，致3名被害人均当场死亡", "三人", False),
    # fewer than the persons told dead, by the act or by 殁年 (of one charge: of several, the reasoning may tell one
    # count's)
    (_KILLED_AGED["facts"], "一人", True),
])
def test_x3_more_dead_in_the_reasoning_than_the_facts_tell(facts: str, said: str, fires: bool) -> None:
    """A reasoning that says 致三人死亡 (or 致一人死亡) where the facts tell two persons dead, by the act or by the age at
    death, and no number of dead of their own."""
    over = {**_KILLED_AGED, "facts": facts, "reason": _KILLED_AGED["reason"].format(said=said)}
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    if facts == _KILLED_AGED["facts"]:
        assert [(h.name, h.harm, h.by_age) for h in j.harmed] == [("戊某", "死亡", True), ("己某", "死亡", False)]
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{said}死亡，而查明事实载明死亡者2人（戊某、己某）。"] if fires else []), x3


@pytest.mark.parametrize(("harm", "term", "said"), [
    ("轻伤", "四年", "有期徒刑4年，该刑罚仅第2档（致人重伤）可判，而该档须致人重伤。"),
    ("轻伤", "二年", None),
    ("重伤", "十一年",
     "有期徒刑11年，该刑罚仅第3档（致人死亡或者以特别残忍手段致人重伤造成严重残疾）可判，本院认为未认定该档的情节。"),
    ("重伤", "十年", None),
])
def test_e3_an_injury_count_beside_a_killing_held_to_the_harm_short_of_death(
    harm: str, term: str, said: str | None
) -> None:
    """故意伤害 beside a killing of the one defendant: the death is the killing's, so the injury count's bracket is
    that of the harm the facts tell short of death (轻伤: three years at most; 重伤: ten, where the reasoning states no
    特别残忍手段 for the count)."""
    over = dict(charge="故意杀人罪", article="二百三十二、第二百三十四",
                facts=f"持刀捅刺戊某，致戊某死亡。另，被告人甲某持刀捅刺己某腹部，致其{harm}",
                reason="故意伤害他人身体，其行为已构成故意伤害罪；故意非法剥夺他人生命，",
                sentence=f"死刑，剥夺政治权利终身；犯故意伤害罪，判处有期徒刑{term}，决定执行死刑，剥夺政治权利终身",
                end="2022年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert (j.harm_found, j.harm_short_of_death) == ("死亡", harm)
    e3 = [m for m in _messages("E3", **over) if "故意伤害罪" in m]
    assert e3 == ([f"查明故意杀人所致死亡之外伤情最重为{harm}，被告人甲某犯故意伤害罪却被判处{said}"] if said else []), e3


@pytest.mark.parametrize(("again", "fires"), [("三人死亡", True), ("二人死亡", False)])
def test_x3_more_dead_in_the_reasoning_told_twice(again: str, fires: bool) -> None:
    """致三人死亡 and again 三人死亡 of two persons the facts tell dead: one number told twice is compared; two numbers
    (三人, 二人: of two counts, or of a part) are not."""
    over = {**_KILLED_AGED, "reason": _KILLED_AGED["reason"].format(said="三人") + f"后果严重，共造成{again}，"}
    x3 = _messages("X3", **over)
    assert x3 == (["本院认为部分所述三人死亡，而查明事实载明死亡者2人（戊某、己某）。"] if fires else []), x3


def test_x3_fewer_dead_in_a_reasoning_sentence_that_sums_up() -> None:
    """致三人中毒，其中一人死亡 of two persons the facts tell dead: a number in a sentence that sums up is compared."""
    over = {**_KILLED_AGED, "reason": "故意非法剥夺他人生命，致三人中毒，其中一人死亡，"}
    assert _messages("X3", **over) == ["本院认为部分所述一人死亡，而查明事实载明死亡者2人（戊某、己某）。"]


def test_x3_more_dead_in_a_reasoning_sentence_that_sums_up() -> None:
    """致三人中毒，其中三人死亡: a number of the reasoning in a sentence that sums up (其中) is compared too."""
    over = {**_KILLED_AGED, "reason": "故意非法剥夺他人生命，致三人中毒，其中三人死亡，"}
    assert [t.summing for t in extract(TEMPLATE.format(**{**BASE, **over})).tallies if t.what == "死亡"] == [True]
    assert _messages("X3", **over) == ["本院认为部分所述三人死亡，而查明事实载明死亡者2人（戊某、己某）。"]


@pytest.mark.parametrize(("total", "fires"), [("24408.8", True), ("20408.8", False)])
def test_x3_a_total_of_values_a_slip_of_the_sum_of_values_and_cash_taken(total: str, fires: bool) -> None:
    """The values of three things and 700元 of cash stolen add up to 20408.8元; a stated total one digit apart is a
    slip, though the cash is read as stolen and the rest as values."""
    over = dict(facts=(f"先后盗窃4起，窃得财物共计价值人民币{total}元。1、窃得手机一部，价值人民币6700元；2、窃得手表一块，"
                       "价值人民币1008.8元；3、窃得电脑一台，价值人民币12000元；4、窃得现金700元"),
                reason="多次秘密窃取他人财物，数额巨大，", sentence="有期徒刑三年，并处罚金人民币五千元", end="2022年12月1日")
    x3 = _messages("X3", **over)
    assert x3 == ([f"查明事实所列6700元、1008.8元、12000元、700元合计20408.8元，所述共计{total}元与之一位数字不同，"
                   "疑为笔误或计算错误。"] if fires else []), x3


@pytest.mark.parametrize(("said", "fires"), [("30余刀", True), ("20余刀", False), ("二十余刀", False), ("26刀", False),
                                            ("19刀", True)])
def test_x3_a_number_of_blows_the_reasoning_tells_otherwise(said: str, fires: bool) -> None:
    """捅刺20余刀 in the facts; the reasoning's 30余刀 or 19刀 is none of it (20余刀 allows 20 to 29)."""
    over = dict(charge="故意伤害罪", article="二百三十四", facts="持刀捅刺被害人戊某胸部20余刀，致戊某重伤",
                reason=f"持刀捅刺他人{said}，致一人重伤，", sentence="有期徒刑三年", end="2022年12月1日")
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{said}，与查明事实所述的20余刀不一致。"] if fires else []), x3


@pytest.mark.parametrize(("said", "fires"), [("69台", True), ("46台", False), ("50台", False)])
def test_x3_a_number_of_machines_the_reasoning_tells_otherwise(said: str, fires: bool) -> None:
    """单人机4台、6人机2台 (8台 in all, 46 units) in the facts, 为46台…基本单元 by the appraisal; the reasoning's 69台 is
    none of them nor a sum of some (50台 is 4台 and 46台; 三台县, a place, is no number of machines)."""
    over = dict(charge="开设赌场罪", article="三百零三", reason=f"以营利为目的，设置{said}赌博机开设赌场，情节严重，",
                facts="在某某县租用门面房，放置“乐翻天”单人机4台、“海洋之星”6人机2台供他人赌博，经认定为46台独立供一人进行"
                      "赌博活动的操作基本单元。被告人甲某住三台县",
                sentence="有期徒刑三年，并处罚金人民币五万元")  # fmt: skip
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{said}，与查明事实所述的4台、2台、46台不一致。"] if fires else []), x3


@pytest.mark.parametrize(("said", "fires"), [("自制手枪五支", True), ("自制手枪四支", False), ("枪支五支", False),
                                            ("步枪一支", False)])
def test_x3_a_number_of_guns_of_one_kind_the_reasoning_tells_otherwise(said: str, fires: bool) -> None:
    """一支…步枪 and 四支自制手枪 in the facts; the reasoning's 自制手枪五支 is no number of pistols, though a rifle and
    four pistols make five guns (枪支五支, of no kind, is their sum)."""
    over = dict(charge="非法持有枪支罪", article="一百二十八", reason=f"违反枪支管理规定，非法持有{said}，情节严重，",
                facts="公安机关在被告人甲某家中查获一支81-1式军用半自动步枪，在其家附近查获被掩埋的四支自制手枪",
                sentence="有期徒刑三年", end="2022年12月1日")  # fmt: skip
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述手枪{said[-2:]}，与查明事实所述的四支不一致。"] if fires else []), x3


@pytest.mark.parametrize(("said", "fires"), [("重伤", False), ("轻伤", True)])
def test_x3_a_person_the_reasoning_names_with_another_harm_than_the_facts(said: str, fires: bool) -> None:
    """致戊某…死亡、己某重伤 in the facts (the list goes on after a death told with its cause); the reasoning's
    致戊某死亡、己某轻伤 tells 己某's harm otherwise."""
    over = dict(charge="故意杀人罪", article="二百三十二", facts="持刀捅刺戊某、己某，致戊某失血性休克死亡、己某重伤",
                reason=f"故意非法剥夺他人生命，致戊某死亡、己某{said}，", sentence="死刑，剥夺政治权利终身",
                end="2022年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [(h.name, h.harm, h.section) for h in j.harmed] == [
        ("戊某", "死亡", "facts"), ("己某", "重伤", "facts"), ("戊某", "死亡", "reasoning"),
        ("己某", said, "reasoning")]
    x3 = _messages("X3", **over)
    assert x3 == (["本院认为部分所述己某轻伤，而查明事实载明己某重伤。"] if fires else []), x3


@pytest.mark.parametrize(("facts", "fires"), [
    ("持刀捅刺戊某、己某，致戊某失血性休克死亡、己某轻伤", True),
    ("持刀捅刺戊某、己某，致戊某失血性休克死亡、己某重伤", False),
])
def test_x3_the_reasoning_counts_the_harmed_otherwise_than_the_facts_name_them(facts: str, fires: bool) -> None:
    """致一人死亡、一人重伤 in the reasoning adds up to the two persons the facts name harmed, but the facts name one dead
    and one 轻伤."""
    over = dict(charge="故意杀人罪", article="二百三十二", facts=facts, reason="故意非法剥夺他人生命，致一人死亡、一人重伤，",
                sentence="死刑，剥夺政治权利终身", end="2022年12月1日")  # fmt: skip
    x3 = _messages("X3", **over)
    told = "本院认为部分所述一人死亡、一人重伤，而查明事实载明死亡1人（戊某）、轻伤1人（己某）。"
    assert x3 == ([told] if fires else []), x3


@pytest.mark.parametrize(("facts", "fires"), [
    ("持木棒殴打戊某，致戊某轻微伤。经鉴定，丁某左尺骨骨折，损伤程度为轻伤一级", False),
    ("持木棒殴打丁某。经鉴定，丁某左尺骨骨折，损伤程度为轻微伤", True),
])
def test_x3_a_harm_an_appraisal_tells_of_the_person_it_opens_with(facts: str, fires: bool) -> None:
    """致一人轻伤 in the reasoning, and the facts name 戊某 轻微伤 and, after 经鉴定, 丁某 轻伤一级 (their wounds
    told before the harm): the reasoning's 轻伤 is 丁某's, who had not been read as harmed (X3 then read the
    facts as naming 戊某 alone, 轻微伤). Where the appraisal tells 轻微伤, that is the one person the facts name harmed."""
    over = dict(charge="故意伤害罪", article="二百三十四", reason="故意伤害他人身体，致一人轻伤，", facts=facts,
                sentence="有期徒刑一年", end="2020年12月1日")  # fmt: skip
    x3 = _messages("X3", **over)
    told = "本院认为部分所述一人轻伤，而查明事实载明轻微伤1人（丁某）。"
    assert x3 == ([told] if fires else []), x3


@pytest.mark.parametrize(("day", "fires"), [("同年11月30日", False), ("同年11月31日", True), ("同年2月30日", True)])
def test_x6_a_day_no_calendar_has(day: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("同年12月16日被逮捕", f"{day}被逮捕")
    j = extract(text)
    assert j.impossible_dates == ((day,) if fires else ()), j.impossible_dates
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6" and "不存在" in f.message]
    assert x6 == ([f"日期{day}不存在。"] if fires else []), x6


@pytest.mark.parametrize(("day", "fires"), [("2019年11月1日", True), ("2019年12月20日", False)])
def test_x6_a_prosecution_before_the_first_crime(day: str, fires: bool) -> None:
    text = TEMPLATE.format(**BASE).replace("于2020年3月1日向本院提起公诉", f"于{day}向本院提起公诉")
    x6 = [f.message for f in run_checks([extract(text)]) if f.rule == "X6" and "提起公诉日期" in f.message]
    assert x6 == (["提起公诉日期2019-11-01早于查明的最早犯罪时间2019-12-01。"] if fires else []), x6


def test_x3_an_amount_told_about_in_the_facts_meets_only_a_restatement_told_about() -> None:
    """从中获利约1.2万元 is no figure that 盗窃他人财物1万余元 may restate (it is 20500元): an amount the facts tell about
    is compared with a restatement told about only."""
    over = dict(facts="窃得他人财物共计价值人民币20500元，从中获利约1.2万元", reason="盗窃他人财物1万余元，数额较大，",
                sentence="有期徒刑一年，并处罚金人民币五千元", end="2020年12月1日")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [a.qualifier for a in j.amounts if a.section == "facts"] == ["exact", "about"]
    assert _messages("X3", **over) == ["本院认为部分认定的数额1万余元与经审理查明的数额（合计20500元）不一致。"]


def test_a_person_harmed_is_read_once_at_the_worst_harm() -> None:
    """致被害人戊某重伤 and later 被害人戊某经抢救无效死亡: one person, dead, where the death is told."""
    over = dict(charge="故意伤害罪", article="二百三十四", facts="持刀捅刺被害人戊某，致戊某重伤。被害人戊某经抢救无效死亡",
                reason="故意伤害他人身体，致一人死亡，", sentence="有期徒刑十年", end="2029年12月1日")
    text = TEMPLATE.format(**{**BASE, **over})
    j = extract(text)
    assert [(h.name, h.harm, text[h.end : h.end + 7]) for h in j.harmed] == [("戊某", "死亡", "经抢救无效死亡")]
    assert _messages("X3", **over) == []


# A criminal decision (再审决定书, 指定管辖决定书) convicts nobody and stays no judgment, but the checks read what it
# recites: the earlier decisions of its case with their sentences, and the charges prosecuted.
def _retrial_decision(history: str) -> str:
    return (
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第183号\n"
        f"原审被告人甲某故意毁坏财物一案，某某省某某县人民法院于2005年2月25日作出（2005）某刑初字第43号刑事判决，{history}"
        "宣判后，甲某上诉。某某省某某市中级人民法院于2005年6月21日作出（2005）某刑终字第72号刑事裁定，驳回上诉，维持原判。"
        "裁定生效后，甲某不服，向本院申诉。\n申诉人甲某诉称，其行为不成立犯罪，请求改判无罪。\n"
        "本院经审查认为，甲某的申诉符合《中华人民共和国刑事诉讼法》第二百四十二条规定的重新审判条件。"
        "依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n指令某某省高级人民法院对本案进行再审。\n"
        "二〇一四年十二月二日\n"
    )


@pytest.mark.parametrize(
    "history,rule",
    [
        ("认定被告人甲某犯故意毁坏财物罪，判处有期徒刑十个月。", None),
        ("认定被告人甲某犯故意毁坏财物罪，判处有期徒刑五个月。", "E1"),  # 有期徒刑 is six months at least
        ("认定甲某犯故意毁坏财物罪，判处有期徒刑五个月。", "E1"),  # the known name without a role word
        ("认定被告人甲某犯非法行医罪，判处管制三年，并处罚金人民币三万元。", "E1"),  # 管制 two years at most
        ("认定被告人甲某犯故意毁坏财物罪，判处有期徒刑四年，缓刑五年。", "E6"),
        ("认定被告人甲某犯爆炸罪，判处无期徒刑，剥夺政治权利五年。", "E16"),
        # the charge first and the known name without a role word
        ("以爆炸罪，判处甲某死刑，缓期二年执行，剥夺政治权利终身。", None),
        ("以爆炸罪，判处甲某死刑，缓期二年执行，剥夺政治权利五年。", "E16"),
        # the counts' sentences, a stop, then the combined one: one sentence (it had been cut at the stop)
        ("认定被告人甲某犯贪污罪，判处有期徒刑十年；犯行贿罪，判处有期徒刑五年；犯挪用公款罪，判处有期徒刑六年。"
         "总和刑期二十一年，决定执行有期徒刑十五年。", None),
        ("认定被告人甲某犯贪污罪，判处有期徒刑十年；犯行贿罪，判处有期徒刑五年；犯挪用公款罪，判处有期徒刑六年。"
         "总和刑期二十一年，决定执行有期徒刑九年。", "E2"),
        # the sums of property two counts confiscate, and the executed one (同种附加刑合并执行)
        ("认定被告人甲某犯贪污罪，判处无期徒刑，剥夺政治权利终身，并处没收个人财产人民币一百万元；犯受贿罪，判处有期徒刑十年，"
         "并处没收个人财产人民币五十万元，决定执行无期徒刑，剥夺政治权利终身，并处没收个人财产人民币一百五十万元。", None),
        ("认定被告人甲某犯贪污罪，判处无期徒刑，剥夺政治权利终身，并处没收个人财产人民币一百万元；犯受贿罪，判处有期徒刑十年，"
         "并处没收个人财产人民币五十万元，决定执行无期徒刑，剥夺政治权利终身，并处没收个人财产人民币一百二十万元。", "E2"),
    ],
)
def test_a_retrial_decision_s_recited_sentences_are_checked(history: str, rule: str | None) -> None:
    j = extract(_retrial_decision(history))
    assert j.status == "not_judgment" and j.defendants == () and j.reason == "再审决定书：not a judgment or ruling"
    assert [x.case_number for x in j.earlier_decisions] == ["（2005）某刑初字第43号", "（2005）某刑终字第72号"]
    # the court of each is its sentence's, not the title's (the history opens the paragraph after it)
    assert [x.court for x in j.earlier_decisions] == ["某某省某某县人民法院", "某某省某某市中级人民法院"]
    assert [s.defendant for s in j.earlier_decisions[0].sentences] == ["甲某"]
    found = {f.rule for f in run_checks([j]) if f.severity in ("error", "warning")}
    assert found == ({rule} if rule else set()), found


@pytest.mark.parametrize(
    ("told", "iso", "fires"), [("2014年6月16日", "2014-06-16", False), ("2015年6月16日", "2015-06-16", True)])
def test_x6_a_decision_s_history_tells_a_day_after_the_decision(told: str, iso: str, fires: bool) -> None:
    """A day its history tells (the 驳回申诉 notice of a court asked before) after the decision's own: its history is
    read up to its reasoning, not to its result and date, which its procedure section may run on to."""
    history = "认定被告人甲某犯故意毁坏财物罪，判处有期徒刑十个月。"
    text = _retrial_decision(history).replace(
        "裁定生效后，甲某不服，向本院申诉。",
        f"裁定生效后，甲某向某某省高级人民法院申诉，该院于{told}作出（2014）某刑监字第102号通知驳回申诉。甲某不服，向本院申诉。")
    j = extract(text)
    assert j.status == "not_judgment" and j.procedure_last_date == iso
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([("error", f"审理经过所述日期{j.procedure_last_date}晚于裁判日期2014-12-02。")] if fires else [])


def test_a_decision_s_history_without_a_day_of_its_own_tells_no_last_day() -> None:
    """The decision's own date, after its result, is not a day of its history."""
    j = extract(_retrial_decision("认定被告人甲某犯故意毁坏财物罪，判处有期徒刑十个月。").replace(
        "于2005年2月25日作出", "作出").replace("于2005年6月21日作出", "作出"))
    assert j.procedure_last_date is None and j.judgment_date == "2014-12-02"


def test_a_decision_s_history_dated_by_its_court_without_yu_and_an_appellant_s_label() -> None:
    """法院2010年4月13日作出… (no 于) is a decision told; 改判上诉人X免于刑事处罚 names the appellant of that decision, it
    tells no appeal after it (a 终 decision appealed would be an X5 warning)."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2013）刑监字第90号\n"
        "被告人甲某、乙某失职致使在押人员脱逃一案，某某省某某市中级人民法院2010年4月13日作出（2010）某刑二终字第51号刑事判决，"
        "维持某某区人民法院（2009）某刑初字第107号刑事判决第一项，撤销该判决第二项量刑部分，改判上诉人乙某免于刑事处罚。"
        "判决发生法律效力后，原审被告人甲某、乙某向本院提出申诉。\n本院经审查认为，申诉理由符合重新审判条件。"
        "依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一三年十二月三十日\n"
    )
    assert [(x.date, x.appeal) for x in j.earlier_decisions] == [("2010-04-13", None)]
    assert [f.rule for f in run_checks([j])] == []


@pytest.mark.parametrize("term,rule", [("有期徒刑十年六个月", None), ("有期徒刑十五年六个月", "E1"), ("管制三年", "E1")])
def test_a_decision_the_history_tells_without_its_day_is_read(term: str, rule: str | None) -> None:
    """某法院以（2007）…号刑事判决，认定…，判处… (作出…号刑事裁定): a decision told without its day is still one of
    the case, its date null and its sentences checked; one only named (不服…法院…号刑事判决) is not read as told."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2012）刑监字第96号\n"
        f"原审被告人甲某贪污一案，某某市中级人民法院以（2007）某刑初字第19号刑事判决，认定甲某犯贪污罪，判处{term}。"
        "甲某不服，提起上诉。某某省高级人民法院以（2008）某刑终字第22号刑事裁定，驳回上诉，维持原判。"
        "甲某不服某某省高级人民法院（2008）某刑终字第22号刑事裁定，向本院提出申诉。\n"
        "本院经审查认为，申诉理由符合重新审判条件。依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n"
        "指令某某省高级人民法院对本案进行再审。\n二〇一二年十二月三日\n"
    )
    assert [(x.date, x.case_number, x.form, x.upheld) for x in j.earlier_decisions] == [
        (None, "（2007）某刑初字第19号", "判决", False), (None, "（2008）某刑终字第22号", "裁定", True)]
    assert [s.defendant for s in j.earlier_decisions[0].sentences] == ["甲某"]
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == ([rule] if rule else [])


@pytest.mark.parametrize("term,rule", [("有期徒刑十三年六个月", None), ("有期徒刑十六年六个月", "E1")])
def test_a_decision_quoted_by_what_it_decided_is_read(term: str, rule: str | None) -> None:
    """…驳回申诉通知，维持某中级人民法院（2012）…号认定被告人X犯Y罪，判处…的刑事裁定: the quoted ruling is a decision of the
    case, its form told after its sentences and its court named in it; one quoted inside a decision's own sentence
    (…作出…刑事裁定，维持…号对被告人…的判决) is that decision's."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第11号\n"
        "原审被告人甲某职务侵占一案，某某省高级人民法院于二〇一三年十一月十五日做出（2013）某监字第22号驳回申诉通知，"
        f"维持某某市中级人民法院（2012）某刑终字第2号认定被告人甲某犯职务侵占罪，判处{term}，并处没收财产八十万元的刑事裁定。"
        "裁定已经发生法律效力。甲某遂向本院提出申诉。\n本院经审查认为，申诉理由符合重新审判条件。"
        "依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n指令某某省高级人民法院对本案进行再审。\n"
        "二〇一四年十二月三十一日\n"
    )
    assert [(x.date, x.case_number, x.form, x.court) for x in j.earlier_decisions] == [
        (None, "（2012）某刑终字第2号", "裁定", "某某市中级人民法院")]
    assert [s.defendant for s in j.earlier_decisions[0].sentences] == ["甲某"]
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == ([rule] if rule else [])
    within = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第12号\n"
        "原审被告人甲某爆炸一案，某某省高级人民法院于2010年10月29日作出（2010）某刑二终字第211号刑事裁定，维持某某市中级"
        f"人民法院（2009）某刑初字第19号对被告人甲某以爆炸罪判处{term}的刑事判决。甲某提出申诉。\n"
        "本院经审查认为，申诉理由符合重新审判条件。决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一四年十二月三十一日\n"
    )
    assert [x.case_number for x in within.earlier_decisions] == ["（2010）某刑二终字第211号"]


@pytest.mark.parametrize(("day", "messages"), [
    ("2012年2月10日", []),
    ("2011年2月10日", ["审理经过所述（2011）某刑申字第70号驳回申诉通知作出于2011-02-10，早于在其之前所述的（2011）某刑二终字"
                      "第211号裁定（2011-10-29）。"]),
    ("2010年12月10日", ["审理经过所述（2011）某刑申字第70号驳回申诉通知作出于2010-12-10，早于其案号所示的收案年度2011年。",
                       "审理经过所述（2011）某刑申字第70号驳回申诉通知作出于2010-12-10，早于在其之前所述的（2011）某刑二终字"
                       "第211号裁定（2011-10-29）。"]),
])
def test_x6_a_notice_refusing_a_petition_dated_before_the_decision_it_upholds(day: str, messages: list[str]) -> None:
    """A 驳回申诉通知 the history tells with its day and number is one of its decisions, in the order told."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2013）刑监字第166号\n"
        "原审被告人甲某爆炸一案，某某省高级人民法院于2011年10月29日作出（2011）某刑二终字第211号刑事裁定，维持某某市中级"
        "人民法院（2009）某刑初字第19号对被告人甲某以爆炸罪判处无期徒刑的刑事判决。上述裁判发生法律效力后，甲某提出申诉，"
        f"某某省高级人民法院于{day}以（2011）某刑申字第70号驳回申诉通知，维持原裁判。甲某之妻乙某遂向本院提出申诉。\n"
        "本院经审查认为，申诉理由符合重新审判条件。决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一三年十二月三十一日\n"
    )
    assert [x.form for x in j.earlier_decisions] == ["裁定", "驳回申诉通知"]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == messages, found


@pytest.mark.parametrize("order,message", [
    ("于2010年8月23日以原判认定的部分事实不清为由决定再审", None),
    ("于2010年9月23日以原判认定的部分事实不清为由决定再审",  # after the ruling it led to
     "审理经过所述（2010）某刑再终字第21号裁定作出于2010-09-08，早于在其之前所述的再审决定（2010-09-23）。"),
    ("于2004年8月23日以原判认定的部分事实不清为由决定再审",  # before the judgment it reviews
     "审理经过所述再审决定作出于2004-08-23，早于在其之前所述的（2005）某刑初字第43号判决（2005-02-25）。"),
    ("于2010年8月23日作出（2010）某刑监字第5号再审决定，对本案进行提审", None),
    ("于2009年8月23日作出（2010）某刑监字第5号再审决定，对本案进行提审",
     "审理经过所述（2010）某刑监字第5号再审决定作出于2009-08-23，早于其案号所示的收案年度2010年。"),
])
def test_x6_a_decision_to_retry_dated_out_of_the_history_s_order(order: str, message: str | None) -> None:
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第71号\n"
        "原审被告人甲某故意毁坏财物一案，某某县人民法院于2005年2月25日作出（2005）某刑初字第43号刑事判决，认定被告人甲某"
        "犯故意毁坏财物罪，判处有期徒刑十个月。判决发生法律效力后，甲某提出申诉。"
        f"某某市中级人民法院{order}，并于2010年9月8日作出（2010）某刑再终字第21号刑事裁定，驳回申诉，维持原判。"
        "甲某不服，向本院申诉。\n本院经审查认为，申诉理由符合重新审判条件。"
        "依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n指令某某省高级人民法院对本案进行再审。\n"
        "二〇一四年十二月二日\n"
    )
    assert [x.date for x in j.retrial_orders] == [f"{order[1:5]}-08-23" if "8月" in order else f"{order[1:5]}-09-23"]
    assert [x.ruled_on for x in j.retrial_orders] == ["2010-09-08"]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == ([message] if message else []), found


@pytest.mark.parametrize("ruled", ["2009年12月18日", "2009年11月18日"])
def test_x6_a_ruling_with_no_number_told_after_a_decision_to_retry(ruled: str) -> None:
    """在再审期间，…于X裁定撤销该院…判决: the first ruling told after the decision to retry (2009年11月25日) comes after it."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第72号\n"
        "原审被告人甲某故意伤害一案，某某市中级人民法院于2002年1月28日作出（2002）某刑初字第10号刑事判决，以故意伤害罪，"
        "判处甲某有期徒刑十五年。2009年11月25日某某市中级人民法院决定对该案进行再审。在再审期间，某某市人民检察院撤回起诉，"
        f"某某市中级人民法院于{ruled}裁定撤销该院（2002）某刑初字第10号刑事判决，准予某某市人民检察院撤回起诉。"
        "甲某不服，向本院申诉。\n本院经审查认为，申诉理由符合重新审判条件。"
        "依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n指令某某省高级人民法院对本案进行再审。\n"
        "二〇一四年十二月二日\n"
    )
    assert [(x.date, x.ruled_on) for x in j.retrial_orders] == [("2009-11-25", f"2009-{ruled[5:7]}-18")]
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["审理经过在再审决定（2009-11-25）之后所述的裁判日期2009-11-18早于该决定。"] if "11月" in ruled else []), found


@pytest.mark.parametrize("charge,rule", [("非法经营罪", None), ("非法营业罪", "E17"), ("妨害信用卡罪", "E17"),
                                         ("非国家工作人员受贿罪", None), ("非国家人员受贿罪", "E17")])  # (受贿罪 inside)
def test_a_designation_decision_s_prosecuted_charges_are_checked(charge: str, rule: str | None) -> None:
    j = extract(
        "中华人民共和国最高人民法院\n指定管辖决定书\n（2015）刑立他字第16号\n"
        f"某某市某某区人民检察院指控被告人甲某、乙某犯{charge}一案，本院经审查，依照《中华人民共和国刑事诉讼法》第二十六条的规定，"
        "决定如下：\n指定某某市某某区人民法院依照刑事第一审程序对该案进行审判。\n二〇一五年六月十五日\n"
    )
    assert j.status == "not_judgment" and j.defendants == ()
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == ([rule] if rule else [])


def test_a_case_number_with_its_ordinal_is_kept_as_printed() -> None:
    """A ruling of the same case after the judgment (a 补正裁定 of a clerical error) numbers itself …号之一."""
    j = extract(TEMPLATE.format(**BASE).replace("（2020）浙0102刑初1号", "（2020）浙0102刑初1号之一"))
    assert j.case_number == "（2020）浙0102刑初1号之一" and j.procedure == "一审"


@pytest.mark.parametrize(
    "title,number,clause,cue,articles",
    [
        ("刑事裁定书", "（2021）苏05刑更1234号", "《中华人民共和国刑法》第七十八条、第七十九条，《中华人民共和国刑事诉讼法》第二百七十三条第二款",
         "裁定如下", (78, 79)),
        ("强制医疗决定书", "（2024）渝0112刑医2号", "《中华人民共和国刑法》第十八条第一款，《中华人民共和国刑事诉讼法》第三百零五条",
         "决定如下", (18,)),
    ],
)
def test_a_ruling_set_aside_still_gives_the_articles_its_clause_cites(
    title: str, number: str, clause: str, cue: str, articles: tuple[int, ...]
) -> None:
    """A 减刑 ruling or a 强制医疗 decision is no judgment on guilt, but the contract's articles are those of any
    依照 clause that leads to the result."""
    j = extract(f"某某省某某市中级人民法院\n{title}\n{number}\n罪犯甲某，男，1980年1月1日出生。\n"
                f"本院认为，罪犯甲某在服刑期间确有悔改表现。依照{clause}之规定，{cue}：\n对罪犯甲某减去有期徒刑六个月。\n"
                "审判长乙某\n二〇二一年六月一日\n书记员丙某\n")
    assert j.status == "not_judgment" and j.articles == articles
    assert [r.text for r in j.article_refs][:1] == [clause.split("》")[1].split("、")[0].split("，")[0]]


@pytest.mark.parametrize(
    "form,number,fires",
    [("再审决定书", "（2013）刑监字第192号", False), ("再审决定书", "（2013）刑初字第192号", True),
     ("再审决定书", "（2013）刑申字第192号", False), ("再审决定书", "（2013）刑核字第192号", True),
     ("指定管辖决定书", "（2015）刑立他字第16号", False), ("指定管辖决定书", "（2015）刑终字第16号", True),
     ("指定管辖决定书", "（2015）刑监字第16号", True)],
)
def test_x5_a_decision_under_a_trial_s_case_number(form: str, number: str, fires: bool) -> None:
    """A decision to retry is 审判监督's (刑监, 刑申, 刑再) and one designating a court a 他 case (刑立他): not a trial's
    or a review's number (the 69 such SPC decisions are 刑监 and 刑立他). Checked also where it recites nothing else."""
    j = extract(f"中华人民共和国最高人民法院\n{form}\n{number}\n原审被告人甲某申诉一案，本院经审查，决定如下：\n"
                "指令某某省高级人民法院对本案进行再审。\n二〇一四年十二月二日\n")
    assert j.status == "not_judgment"
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == ([f"文书为{form}，案号{number}的类型代字“{number[6:8]}”却是审判案件的。"] if fires else []), found


@pytest.mark.parametrize("executed,fires", [("二十年", False), ("十年", True)])
def test_a_retrial_decision_whose_history_reads_like_a_party_paragraph(executed: str, fires: bool) -> None:
    """A decision's history that opens with 原审被告人X贪污、…，原审被告人Y…一案 is split as party paragraphs; it is read
    as the history all the same (a decision has no party paragraphs)."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2013）刑监字第140号\n"
        "原审被告人甲某贪污、职务侵占、行贿，原审被告人乙某贪污、受贿一案，某某省第二中级人民法院于2011年6月2日以"
        "（2011）某二中刑初字第5号刑事判决，认定被告人甲某犯贪污罪，判处有期徒刑十四年，犯职务侵占罪，判处有期徒刑十五年，"
        f"犯行贿罪，判处有期徒刑三年，决定执行有期徒刑{executed}；认定被告人乙某犯贪污罪，判处有期徒刑十一年。宣判后，甲某、乙某"
        "不服，提出上诉。某某省高级人民法院于2012年3月1日以（2011）某刑二终字第9号刑事裁定，驳回上诉，维持原判。\n"
        "本院经审查认为，申诉人的申诉符合重新审判的情形。依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，决定如下：\n"
        "本案由本院提审。\n二〇一三年十月八日\n"
    )
    assert [x.case_number for x in j.earlier_decisions] == ["（2011）某二中刑初字第5号", "（2011）某刑二终字第9号"]
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E2"] if fires else [])


@pytest.mark.parametrize(("result", "fires"), [("代文启", False), ("戴文启", True)])
def test_x4_a_designation_misspells_a_defendant_of_the_surname_dai(result: str, fires: bool) -> None:
    """代 is a surname (代文启, told last before the charge in the case line): a name the result spells otherwise is one
    name spelled two ways."""
    j = extract(
        "中华人民共和国最高人民法院\n指定管辖决定书\n（2014）刑立他字第9号\n"
        "被告人王文成、代文启故意杀人、抢劫一案，根据《中华人民共和国刑事诉讼法》第二十六条的规定，决定如下：\n"
        f"指定某某省某某市中级人民法院依照刑事第一审程序对被告人王文成、{result}故意杀人、抢劫一案进行审判。\n二〇一四年七月十四日\n"
    )
    assert [a.name for a in j.accomplices] == ["王文成", "代文启"]
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == (["被告人姓名前后写法不一致：代文启／戴文启。"] if fires else []), found


@pytest.mark.parametrize("charge,fires", [("非法经营罪", False), ("非法营业罪", True)])
def test_e17_an_unknown_charge_prosecuted_against_a_long_list_of_defendants(charge: str, fires: bool) -> None:
    """指控被告人…（ten names, 45 characters）犯X罪一案, in a decision that designates the court."""
    names = "、".join(f"{s}某某" for s in "张朱强杨范宋魏柯费郭")
    j = extract(
        "中华人民共和国最高人民法院\n指定管辖决定书\n（2014）刑立他字第9号\n"
        f"某某省某某市人民检察院指控被告人{names}犯{charge}一案，本院经审查，依照《中华人民共和国刑事诉讼法》第二十六条的"
        "规定，决定如下：\n指定某某省某某市人民法院依照刑事第一审程序对该案进行审判。\n二〇一五年八月六日\n"
    )
    assert j.charges_prosecution_unknown == ((charge,) if fires else ())
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E17"] if fires else [])


@pytest.mark.parametrize("charge,fires", [("非法出售珍贵、濒危野生动物制品罪", False), ("非法贩卖珍贵、濒危野生动物制品罪", True)])
def test_e17_the_case_line_names_an_unknown_charge_of_a_later_clause(charge: str, fires: bool) -> None:
    """…指控被告人甲某犯A罪，被告人乙某、丙某犯B罪，被告人丁某、戊某犯X罪一案: each defendant's clause of the case line is
    read, not only the first after 指控; the one unknown name is reported once."""
    j = extract(
        "中华人民共和国最高人民法院\n指定管辖决定书\n（2014）刑立他字第9号\n"
        "某某市某某区人民检察院指控被告人孙文涛、钱远山犯非法收购、运输、出售珍贵、濒危野生动物制品罪，被告人周明华、吴立新犯"
        f"非法收购、运输珍贵、濒危野生动物制品罪，被告人郑海波、王志平犯{charge}一案，本院经审查，依照《中华人民共和国刑事"
        "诉讼法》第二十六条的规定，决定如下：\n指定某某市某某区人民法院依照刑事第一审程序对该案进行审判。\n二〇一四年八月六日\n"
    )
    assert j.charges_prosecution_unknown == ((charge,) if fires else ())
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E17"] if fires else [])


@pytest.mark.parametrize("charge,fires", [("妨害公务罪", False), ("绑架勒索罪", True)])
def test_e17_a_retrial_decision_s_reasoning_concludes_an_unknown_charge(charge: str, fires: bool) -> None:
    """本院经审查认为，原判认定…的行为构成X罪: a decision's reasoning (not split as a section of its own) is read."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2015）刑监字第99号\n"
        "原审被告人甲某因妨害公务（申诉）一案，不服某某县人民法院(1999)某刑初字第14号刑事判决，向本院提出申诉。\n"
        f"本院经审查认为，原判认定被告人甲某采取暴力方法阻碍公安机关依法执行职务的行为构成{charge}，系定性和适用法律不当。"
        "甲某的申诉符合《中华人民共和国刑事诉讼法》第二百四十二条规定的重新审判条件。决定如下：\n"
        "指令某某省高级人民法院对本案进行再审。\n二〇一五年六月十五日\n"
    )
    assert j.status == "not_judgment" and j.charges_reasoning_unknown == ((charge,) if fires else ())
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E17"] if fires else [])


@pytest.mark.parametrize("term,fires", [("三年", False), ("四年", True)])
def test_e6_a_decision_s_history_quotes_a_suspended_term_it_revokes(term: str, fires: bool) -> None:
    """撤销…以Y罪判处被告人X有期徒刑四年，缓刑五年…的缓刑部分: a term with a 缓刑 written anywhere in a decision is read, as
    in a judgment (``suspended``)."""
    j = extract(_retrial_decision(
        "认定被告人甲某犯故意毁坏财物罪，判处有期徒刑十年；撤销某某县人民法院（2003）某刑初字第12号以盗窃罪判处被告人甲某"
        f"有期徒刑{term}，缓刑五年的缓刑部分，数罪并罚，决定执行有期徒刑十二年。"))
    assert [(s.term_months, s.probation_months) for s in j.suspended] == [(36 if term == "三年" else 48, 60)]
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E6"] if fires else [])


@pytest.mark.parametrize("second,fires", [("五年", False), ("十五年", True)])
def test_e15_a_decision_s_history_revises_several_defendants_in_one_list(second: str, fires: bool) -> None:
    """以合同诈骗罪改判甲某有期徒刑十年，乙某有期徒刑X，丙某…: each name of the list after 改判 has its own sentence (only
    the first had been read); heavier than the first judgment's on the defendants' appeal alone: E15."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2015）刑监字第30号\n"
        "被告人甲某、乙某、丙某合同诈骗一案，某某县人民法院于2003年1月10日作出（2002）某刑初字第156号刑事判决，"
        "被告人甲某犯合同诈骗罪，判处有期徒刑十五年；被告人乙某犯合同诈骗罪，判处有期徒刑十三年；被告人丙某犯合同诈骗罪，"
        "判处有期徒刑十年。宣判后，甲某、乙某、丙某提出上诉。某某市中级人民法院于2003年3月28日作出（2003）某刑二终字第48号"
        f"刑事判决，撤销一审判决对三被告人的定罪量刑部分，以合同诈骗罪改判甲某有期徒刑十年，乙某有期徒刑{second}，"
        "丙某有期徒刑五年，维持一审判决的其他部分。丙某不服，向本院提出申诉。\n"
        "本院经审查认为，申诉人丙某的申诉符合重新审判条件。依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，"
        "决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一五年九月二十八日\n"
    )
    assert [(s.defendant, s.term_months) for s in j.earlier_decisions[1].sentences] == [
        ("甲某", 120), ("乙某", 180 if fires else 60), ("丙某", 60)]
    assert [f.rule for f in run_checks([j]) if f.severity in ("error", "warning")] == (["E15"] if fires else [])


@pytest.mark.parametrize(
    "history,result,message",
    [
        # a designation: the name run on into its charge in the history, misspelt in the result
        ("某某省高级人民法院请示指定管辖被告人林秀明掩饰、隐瞒犯罪所得案。本院经审查，依照《中华人民共和国刑事诉讼法》第二十六条的规定，",
         "指定某某市某某区人民法院依照刑事第一审程序对被告人林秀铭掩饰、隐瞒犯罪所得案进行审判。",
         "被告人姓名前后写法不一致：林秀明／林秀铭。"),
        ("某某省高级人民法院请示指定管辖被告人林秀明掩饰、隐瞒犯罪所得案。本院经审查，依照《中华人民共和国刑事诉讼法》第二十六条的规定，",
         "指定某某市某某区人民法院依照刑事第一审程序对被告人林秀明掩饰、隐瞒犯罪所得案进行审判。", None),
        # a retrial: 原审被告人X因…一案, and the stay of its execution misspelt
        ("原审被告人刘景成因贪污一案，不服某某省高级人民法院（2012）某刑二终字第36号刑事判决，向本院提出申诉。"
         "本院经审查认为，本案符合重新审判条件。依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，",
         "一、指令某某省高级人民法院对本案进行再审。\n二、再审期间，停止对原审被告人刘景诚判决的执行。",
         "原审被告人姓名前后写法不一致：刘景成／刘景诚。"),
    ],
)
def test_x4_a_decision_s_person_misspelt_in_its_result(history: str, result: str, message: str | None) -> None:
    """A criminal decision sentences no one, but the persons its history names (``accomplices``, with the role word
    before them) are compared with the rest of it: 指定…对被告人X…进行审判 may misspell one."""
    form = "指定管辖决定书\n（2014）刑立他字第23号" if "指定" in history else "再审决定书\n（2014）刑监字第3号"
    j = extract(f"中华人民共和国最高人民法院\n{form}\n{history}决定如下：\n{result}\n二〇一五年一月十五日\n")
    assert j.status == "not_judgment" and [a.name for a in j.accomplices] == [history.split("被告人")[1][:3]]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == ([message] if message else [])


@pytest.mark.parametrize(("slipped", "fires"), [
    ("被告人刘景诚不服", True),  # once, beside 刘景成 three times: a slip of his name
    ("被告人刘景成不服", False),
    ("被告人刘景成、刘景诚不服", False),  # listed with him: another person
])
def test_x4_a_decision_s_person_misspelt_after_another_role_word_in_its_history(slipped: str, fires: bool) -> None:
    """原审被告人刘景成 … 被告人刘景诚不服: a name after a role word, written once, one character from a person's
    written three times, is a slip of his, not another person of the decision."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第3号\n"
        "原审被告人刘景成贪污一案，某某市中级人民法院以（2011）某刑初字第9号刑事判决，认定刘景成犯贪污罪，判处有期徒刑十年。"
        f"{slipped}，提出上诉。某某省高级人民法院以（2012）某刑二终字第36号刑事裁定，驳回上诉，维持原判。刘景成仍不服，"
        "向本院提出申诉。本院经审查认为，本案符合重新审判条件。依照《中华人民共和国刑事诉讼法》第二百四十三条第二款的规定，"
        "决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一五年一月十五日\n")
    assert j.status == "not_judgment"
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == (
        ["原审被告人姓名前后写法不一致：刘景成／刘景诚。"] if fires else [])


@pytest.mark.parametrize("executed, fires", [("一百五十万元", False), ("一百二十万元", True)])
def test_e2_the_sums_of_property_confiscated_and_the_executed_one(executed: str, fires: bool) -> None:
    """贪污罪 confiscating 100万元 and 受贿罪 50万元: the executed 没收个人财产 is their sum (刑法69③)."""
    over = dict(charge="贪污罪", article="三百八十三、第三百八十五、第三百八十六、第六十九",
                sentence="有期徒刑十年，并处没收个人财产人民币一百万元；犯受贿罪，判处有期徒刑五年，并处没收个人财产人民币五十万元，"
                         f"决定执行有期徒刑十三年，并处没收个人财产人民币{executed}", end="2032年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert [c.confiscation_yuan for c in j.defendants[0].per_charge] == [1000000, 500000]
    found = [f.message for f in run_checks([j]) if f.rule == "E2" and "没收" in f.message]
    assert found == (["被告人甲某各罪没收个人财产合计1500000元，决定执行没收个人财产1200000元，同种附加刑应当合并执行。"]
                     if fires else []), found


def test_x4_a_decision_s_private_prosecutor_misspelt_in_its_reasoning() -> None:
    """原审自诉人X诉被告人Y…一案: the private prosecutor is one of the decision's persons too (…，X的申诉符合…)."""
    j = extract(
        "中华人民共和国最高人民法院\n再审决定书\n（2015）刑监字第103号\n"
        "原审自诉人孙国立诉被告人王宏达侵占（申诉）一案，不服某某县人民法院（2010）某刑初字第8号刑事判决，向本院提出申诉。\n"
        "本院经审查认为，原判认定被告人王宏达不构成侵占罪的事实不清、证据不足，孙国丽的申诉符合《中华人民共和国刑事诉讼法》"
        "第二百四十二条规定的重新审判条件。决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一五年六月十五日\n"
    )
    assert [(a.name, a.role) for a in j.accomplices] == [("孙国立", "原审自诉人"), ("王宏达", "被告人")]
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == ["原审自诉人姓名前后写法不一致：孙国立／孙国丽。"]


@pytest.mark.parametrize("cue,fires", [("决定如下", False), ("裁定如下", True), ("判决如下", True)])
def test_x5_a_decision_whose_result_opens_as_another_document_s(cue: str, fires: bool) -> None:
    """A 再审决定书 opens its result with 决定如下; 裁定如下 or 判决如下 is a ruling's or a judgment's (``result_form``)."""
    j = extract("中华人民共和国最高人民法院\n再审决定书\n（2014）刑监字第12号\n原审被告人甲某申诉一案，本院经审查认为，"
                f"申诉符合重新审判条件，{cue}：\n指令某某省高级人民法院对本案进行再审。\n二〇一四年十二月二日\n")
    assert j.status == "not_judgment" and j.result_form == cue[:2]
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == ([f"文书为再审决定书，主文却以“{cue[:2]}如下”引出。"] if fires else []), found


@pytest.mark.parametrize("title", ["刑事判决书", "刑事裁定书"])
def test_x5_a_judgment_s_title_over_a_decision_s_result(title: str) -> None:
    """Titled 判决书 (裁定书) but deciding 决定如下 under a 刑监 number: a decision, no judgment, and checked as one."""
    j = extract(f"中华人民共和国最高人民法院\n{title}\n（2014）刑监字第12号\n原审被告人甲某申诉一案，本院经审查认为，"
                "申诉符合重新审判条件，决定如下：\n指令某某省高级人民法院对本案进行再审。\n二〇一四年十二月二日\n")
    assert j.status == "not_judgment" and j.result_form == "决定" and "决定如下" in (j.reason or "")
    found = [f.message for f in run_checks([j]) if f.rule == "X5"]
    assert found == [f"文书名称为{title[2:]}，主文却以“决定如下”引出。"], found


def test_x4_a_fund_raising_victim_misspelt_in_the_result() -> None:
    """集资参与人 names the victims of 非法吸收公众存款; one spelt otherwise in the result is X4's."""
    over = dict(charge="非法吸收公众存款罪", article="一百七十六",
                facts="以高息为诱饵，向集资参与人林秀明、刘景成等人吸收存款共计人民币50万元，有集资参与人林秀明、刘景成的陈述为证",
                reason="非法吸收公众存款，扰乱金融秩序，", sentence="有期徒刑六个月，并处罚金人民币二万元")
    text = TEMPLATE.format(**{**BASE, **over})
    assert _messages("X4", **over) == []
    j = extract(text.replace("） 如不服", "） 二、责令被告人甲某退赔林秀铭、刘景成的损失。 如不服"))
    assert [f.message for f in run_checks([j]) if f.rule == "X4"] == ["被害人姓名前后写法不一致：林秀明／林秀铭。"]


@pytest.mark.parametrize(("written", "fires"), [("龚建国", True), ("宫建国", False)])
def test_x4_a_victim_s_surname_written_with_a_character_that_looks_alike(written: str, fires: bool) -> None:
    """袭 and 龚 look alike (look_alike.tsv); a victim of a list after 被害人 written so once is X4's. 宫 neither
    looks nor sounds alike."""
    over = dict(charge="故意伤害罪", article="二百三十四",
                facts="持刀捅刺被害人林秀明、袭建国，致被害人林秀明、袭建国轻伤，有被害人袭建国的陈述为证",
                reason=f"故意伤害他人身体，致被害人林秀明、{written}轻伤，", sentence="有期徒刑一年")
    x4 = _messages("X4", **over)
    assert x4 == ([f"被害人姓名前后写法不一致：袭建国／{written}。"] if fires else []), x4


@pytest.mark.parametrize(("prior", "fires"), [
    ("2018年8月26日因犯盗窃罪被某县人民法院判处有期徒刑一年，2019年8月25日刑满释放", False),
    ("2018年8月26日因犯盗窃罪被某县人民法院判处有期徒刑一年三个月，2019年12月2日刑满释放", True),
    # released on parole: the day is the probation's end (刑法第八十六条 is another matter)
    ("2016年8月26日因犯盗窃罪被某县人民法院判处有期徒刑四年，2019年5月2日被假释，假释考验期至2020年8月25日", False),
])
def test_x6_a_crime_dated_inside_a_prior_s_term_that_the_sentence_does_not_join(prior: str, fires: bool) -> None:
    """The facts date the theft 2019年12月1日; a prior term served until 2019年12月2日, the day this case's custody
    began, was still running at the theft, and the sentence is not joined to what remained of it (刑法第七十一条).
    (A release after this case's custody began is another lead, of its own.)"""
    j = extract(TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1))
    found = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert found == (["被告人甲某前罪于2019-12-02刑满释放，查明事实却记载其于2019-12-01即实施本案犯罪，判决亦未与前罪余刑并罚。"]
                     if fires else []), found


@pytest.mark.parametrize("act", ["投毒", "将老鼠药掺入其饮用的茶水中", "在其药瓶中灌入农药"])
def test_a_poisoning_is_an_act_its_day_dates(act: str) -> None:
    """投毒, 掺入, 灌入: the day of the sentence that tells it is the defendant's last act day."""
    over = dict(charge="故意杀人罪", facts=f"被告人甲某{act}，致被害人乙某中毒死亡", reason="故意非法剥夺他人生命，",
                article="二百三十二", sentence="有期徒刑十年", end="2029年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.defendants[0].last_act_day == "2019-12-01"


@pytest.mark.parametrize("spelt", ["翟俊峰", "翟俊锋"])
def test_a_circumstance_told_of_a_defendant_s_name_misspelt_is_still_theirs(spelt: str) -> None:
    """本院认为…被告人翟俊锋、卜某某起次要作用，系从犯 for 翟俊峰 (a slip X4 reports): the 从犯 is 翟俊峰's too, and no other
    finding than X4's comes of the slip."""
    text = (EXAMPLES / "robbery_multi.txt").read_text(encoding="utf-8")
    cue = "被告人翟俊峰、卜某某起次要作用"
    assert cue in text
    j = extract(text.replace(cue, cue.replace("翟俊峰", spelt)))
    assert sorted(c.defendant for c in j.circumstances if c.kind == "从犯") == ["卜某某", "翟俊峰"]
    found = sorted((f.rule, f.message) for f in run_checks([j]) if f.severity in ("error", "warning"))
    clean = sorted((f.rule, f.message) for f in run_checks([extract(text)]) if f.severity in ("error", "warning"))
    slip = [] if spelt == "翟俊峰" else [("X4", "被告人姓名前后写法不一致：翟俊峰／翟俊锋。")]
    assert found == sorted(clean + slip), found


@pytest.mark.parametrize("severity", ["，情节特别严重", ""])
def test_e3_a_term_only_a_bracket_of_untold_acts_allows_beside_another_count_s_severity(severity: str) -> None:
    """寻衅滋事 of six years (五年以上: 纠集他人多次, which the reasoning never finds) beside a count of 非法经营 the reasoning
    finds 情节特别严重: that level opens no bracket of 寻衅滋事's acts, so E3 reports the six years either way."""
    over = dict(charge="寻衅滋事罪", facts="在某镇集市随意殴打他人，致一人轻微伤；另非法经营烟草制品",
                reason="随意殴打他人，情节恶劣，",
                extra=f"被告人甲某违反国家规定，非法经营烟草制品，扰乱市场秩序{severity}，其行为还构成非法经营罪。",
                article="二百九十三条、第二百二十五",
                sentence="有期徒刑六年；犯非法经营罪，判处有期徒刑五年，并处罚金人民币十万元；决定执行有期徒刑十年，"
                         "并处罚金人民币十万元", end="2029年12月1日")  # fmt: skip
    e3 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))])
          if f.rule == "E3" and "寻衅滋事罪" in f.message]
    assert len(e3) == 1 and "纠集他人多次" in e3[0] and "本院认为部分未认定该情节" in e3[0], e3


@pytest.mark.parametrize(
    ("later", "act"),
    [
        # an arrest moved before the act, which the facts tell by 切割 (no other word of a crime in its sentence)
        ("同月5日22时许，被告人甲某持水果刀切割被害人乙某颈部一刀", "2019-12-05"),
        ("同月5日22时许，被告人甲某用手捂住被害人乙某的口鼻", "2019-12-05"),
        # 经抢救无效死亡 tells a death, not a robbery: the day of the blow stays the last act's
        ("被告人甲某持刀捅刺被害人乙某腹部。同月5日，乙某经抢救无效死亡", "2019-12-01"),
    ],
)
def test_x6_held_before_an_act_the_facts_tell(later: str, act: str) -> None:
    over = dict(charge="故意伤害罪", facts=f"与被害人乙某发生争执。{later}", reason="故意伤害他人身体，",
                article="二百三十四", sentence="有期徒刑三年", end="2022年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.defendants[0].last_act_day == act
    x6 = [f.message for f in run_checks([j]) if f.rule == "X6"]
    assert x6 == ([f"被告人甲某自2019-12-02起被羁押，查明事实却记载其于{act}实施犯罪。"] if act > "2019-12-02" else []), x6


@pytest.mark.parametrize(("verb", "told", "said", "fires", "noun"), [
    ("退赔", "2000元", "二千元", False, "退赃（退赔）"), ("退赔", "2000元", "二万元", True, "退赃（退赔）"),
    ("退赔", "2000元", "二千余元", False, "退赃（退赔）"),
    ("赔偿", "30000元", "三万元", False, "赔偿"), ("赔偿", "30000元", "3000元", True, "赔偿"),
    ("赔偿", "30000元", "三万余元", False, "赔偿"),
])
def test_x3_a_sum_paid_back_or_in_compensation_the_reasoning_restates_otherwise(
    verb: str, told: str, said: str, fires: bool, noun: str
) -> None:
    """案发后，被告人甲某退赔（赔偿）被害人经济损失2000元 in the facts; the reasoning's sum of that kind is told nowhere
    there."""
    over = dict(facts=f"窃得他人手机一部，价值人民币2000元。案发后，被告人甲某{verb}被害人经济损失{told}",
                extra=f"被告人甲某已{verb}被害人经济损失{said}，可酌情从轻处罚。")
    x3 = _messages("X3", **over)
    assert x3 == ([f"本院认为部分所述{noun}数额{said}，经审理查明部分未见此数额（所载为{told}）。"] if fires else []), x3


@pytest.mark.parametrize(("said", "fires"), [
    ("肇事车辆投保了交强险，交强险死亡伤残赔偿限额人民币180000元，由保险公司在该限额内先行赔偿。", False),
    ("交强险死亡伤残赔偿限额人民币180000元，乙某亲属的丧葬费人民币43000元在该限额内全额赔偿，剩余人民币137000元赔偿"
     "乙某之子。", False),
    ("被告人甲某已赔偿被害人亲属经济损失50000元，可酌情从轻处罚。", True),
])
def test_x3_a_limit_of_the_insurance_is_no_compensation_the_reasoning_restates(
    said: str, fires: bool
) -> None:
    """交强险死亡伤残赔偿限额人民币180000元 in the reasoning of a 交通肇事 is what the insurer pays at most, and
    what the court shares out within it is its award: no compensation paid that the facts (赔偿…30000元) tell."""
    over = dict(charge="交通肇事罪", facts="驾驶小型普通客车将行人乙某撞倒致其死亡。案发后，被告人甲某赔偿被害人亲属经济损失"
                "30000元", reason="违反交通运输管理法规，因而发生重大事故，致一人死亡，", extra=said, article="一百三十三",
                sentence="有期徒刑一年", end="2020年12月1日")
    x3 = _messages("X3", **over)
    assert x3 == (["本院认为部分所述赔偿数额50000元，经审理查明部分未见此数额（所载为30000元）。"] if fires else []), x3


@pytest.mark.parametrize(("grade", "fires"), [("重伤二级", True), ("轻伤二级", False)])
def test_e3_below_the_bracket_of_a_worse_harm_the_facts_tell_than_the_reasoning(grade: str, fires: bool) -> None:
    """经鉴定，乙某的伤为重伤二级 in the facts, 致人轻伤 in the reasoning, and 拘役五个月: below 致人重伤's three years,
    with no ground to go lower; the finding names both harms."""
    over = dict(charge="故意伤害罪", facts=f"因琐事与被害人乙某发生厮打，将乙某打伤。经鉴定，乙某的伤为{grade}",
                reason="故意伤害他人身体，致人轻伤，", article="二百三十四条第一款", sentence="拘役五个月",
                end="2020年5月1日")
    e3 = _messages("E3", **over)
    assert e3 == (["查明伤情为重伤，本院认为却认定该罪致人轻伤，被告人甲某犯故意伤害罪却被判处拘役5个月，低于该伤情所在第2档"
                   "（致人重伤）的最低刑3年，本院认为部分未见减轻处罚情节。"] if fires else []), e3


@pytest.mark.parametrize(("called", "fires"), [("叫来", True), ("喊来", True), ("找来", True), ("见到", False)])
def test_x4_a_co_offender_called_over_and_dealt_with_elsewhere_spelt_otherwise(called: str, fires: bool) -> None:
    """被告人甲某叫来钱一鸣（另案处理）: a co-offender, so 钱一明 once later in the facts is a slip of the name."""
    facts = (f"{called}钱一鸣（另案处理）一同窃得他人手机一部，价值人民币2000元。次日，钱一明将该手机以500元的价格卖给他人")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert ("钱一鸣" in [a.name for a in j.accomplices]) == fires
    x4 = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert x4 == (["同案人姓名前后写法不一致：钱一鸣／钱一明。"] if fires else []), x4


@pytest.mark.parametrize(
    ("prior", "fires"),
    [
        ("因犯盗窃罪于2019年6月1日被本院判处拘役三个月，缓刑六个月", True),  # 2019-12-01: the probation's last day at least
        ("因犯盗窃罪于2019年5月31日被本院判处拘役三个月，缓刑六个月", False),  # it may have ended 2019-11-30
        ("因犯盗窃罪于2019年11月25日被本院判处拘役三个月，缓刑六个月", False),  # judged six days before: not yet in effect
        ("因犯盗窃罪于2019年6月1日被本院判处拘役三个月，缓刑六个月，后被撤销缓刑", False),  # revoked already
    ],
)
def test_x6_a_crime_within_a_prior_s_probation_not_revoked(prior: str, fires: bool) -> None:
    """刑法第七十七条: a new crime within the 缓刑考验期 revokes the probation, and the crimes are punished together."""
    text = TEMPLATE.format(**BASE).replace("无业。", f"无业。{prior}。", 1)
    x6 = [f.message for f in run_checks([extract(text)]) if f.rule == "X6"]
    assert x6 == (["被告人甲某前罪于2019-06-01被判处缓刑（考验期6个月），查明事实记载其于2019-12-01即在考验期内实施本案犯罪，"
                   "判决未撤销缓刑并与前罪并罚。"] if fires else []), x6


@pytest.mark.parametrize(
    ("approved", "said"),
    [
        ("判处死刑，缓期二年执行，剥夺政治权利终身", "死缓，审理经过记载其所维持的（2015）临中刑初字第52号判决判处死刑"),
        ("判处死刑，剥夺政治权利终身", None),
    ],
)
def test_x3_a_sentence_approved_otherwise_than_the_history_tells_it(approved: str, said: str | None) -> None:
    """The approval quotes the sentence of the decision it approves, which upheld the first judgment; told lighter
    there than the history tells the first judgment (no defendant-only appeal made it heavier): one of the two is a
    slip."""
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace(
        "维持第一审对被告人庞立舟以贩卖、运输毒品罪判处死刑，剥夺政治权利终身",
        f"维持第一审对被告人庞立舟以贩卖、运输毒品罪{approved}")
    found = [f.message for f in run_checks([extract(text)]) if f.rule == "X3"]
    assert found == ([f"判决主文核准的（2015）云高刑终字第1187号对庞立舟判处{said}，二者不一致。"] if said else [])


@pytest.mark.parametrize(("fine", "fires"), [("2万元", True), ("1万元", False)])
def test_x3_a_fine_approved_otherwise_than_the_retrial_the_history_tells(fine: str, fires: bool) -> None:
    """A review below the statutory minimum (法定刑以下) approving a retrial's judgment, which the history tells with no
    charge (…号刑事判决，在法定刑以下判处钟迅有期徒刑四年，并处罚金…): the fine approved is the one told."""
    text = (
        "中华人民共和国最高人民法院\n刑事裁定书\n（2014）刑核字第7号\n"
        "原审被告人钟迅，男，1950年3月2日出生，医生。现在某省某监狱服刑。\n"
        "某县人民检察院指控原审被告人钟迅犯非法行医罪一案，某县人民法院于2011年3月10日作出（2009）某刑初字第95号刑事判决，"
        "认定钟迅犯非法行医罪，判处有期徒刑十年六个月，并处罚金人民币1万元。宣判后，钟迅提出上诉。某市中级人民法院于2011年"
        "9月5日以（2011）某刑终字第53号刑事裁定，驳回上诉，维持原判。钟迅提出申诉，某省高级人民法院于2014年1月23日作出"
        "（2014）某刑再终字第4号刑事判决，在法定刑以下判处钟迅有期徒刑四年，并处罚金人民币1万元，并依法报请本院核准。"
        "本院依法组成合议庭，对本案进行了复核。\n"
        "经复核确认：2008年至2009年，被告人钟迅未取得医生执业资格，在某村非法行医，致一人死亡。\n"
        "本院认为，被告人钟迅未取得医生执业资格非法行医，造成就诊人死亡，其行为已构成非法行医罪。鉴于本案的特殊情况，"
        "可以在法定刑以下判处刑罚。某省高级人民法院再审判决定罪准确，量刑适当。审判程序合法。依照《中华人民共和国刑法》"
        "第六十三条第二款的规定，裁定如下：\n"
        f"核准某省高级人民法院（2014）某刑再终字第4号以原审被告人钟迅犯非法行医罪，在法定刑以下判处有期徒刑四年，"
        f"并处罚金人民币{fine}的刑事判决。\n本裁定自宣告之日起发生法律效力。\n二〇一四年十二月二十六日\n"
    )
    j = extract(text)
    assert [(s.defendant, s.term_months, s.fine_yuan) for s in j.earlier_decisions[-1].sentences] == [("钟迅", 48, 10000)]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == (["判决主文核准的（2014）某刑再终字第4号对钟迅判处罚金20000元，审理经过记载该判决判处罚金10000元，二者不一致。"]
                     if fires else [])


@pytest.mark.parametrize(
    ("later", "variants"),
    [("钟讯", ["钟讯"]), ("钟迅", []), ("钟海", [])],  # 海 neither sounds nor looks like 迅: another person
)
def test_x4_a_co_defendant_noted_after_a_word_whose_name_is_misspelt(later: str, variants: list[str]) -> None:
    """A co-defendant named first after a word that is no role word, with a note (其朋友钟迅（同案被告人，已判刑）), then
    written again, and once otherwise where a clause opens (。钟讯将手机卖出)."""
    facts = ("被告人甲某联系其朋友钟迅（同案被告人，已判刑），与钟迅共同窃得他人手机一部，价值人民币2000元。"
             f"{later}将手机卖出")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [(a.name, list(a.name_variants)) for a in j.accomplices] == [("钟迅", variants)]
    found = [f.message for f in run_checks([j]) if f.rule == "X4"]
    assert found == ([f"同案被告人姓名前后写法不一致：钟迅／{variants[0]}。"] if variants else []), found


@pytest.mark.parametrize(
    ("designated", "target", "fires"),
    [
        ("上海市第一中级人民法院", "上海市第二中级人民法院", True),
        ("上海市第一中级人民法院", "上海市第一中级人民法院", False),
        ("上海市高级人民法院", "上海市第二中级人民法院", False),  # a high court may designate a court of another 中院
    ],
)
def test_e14_an_appeal_court_other_than_the_intermediate_court_that_designated_this_one(
    designated: str, target: str, fires: bool
) -> None:
    """经上海市第一中级人民法院指定，本案由本院审理: an intermediate court designates one of its own basic courts, whose
    appeals it hears; a notice naming another intermediate court is a slip (刑事诉讼法第二十七条)."""
    text = _appeal_to("上海市闵行区人民法院", target).replace(
        "向本院提起公诉。", f"向本院提起公诉。经{designated}指定，本案由本院审理。")
    j = extract(text)
    assert (j.designated_by, j.appeal_court) == (designated, target)
    e14 = [f for f in run_checks([j]) if f.rule == "E14"]
    assert [f.message for f in e14] == ([
        f"本案经{designated}指定由上海市闵行区人民法院审理，上诉应向{designated}提出，文书却告知上诉于{target}。"]
        if fires else [])
    assert all(text[e.start : e.end] == e.text for f in e14 for e in f.evidence)


@pytest.mark.parametrize(("executed", "fires"), [("有期徒刑二十年", True), ("无期徒刑", False)])
def test_e2_a_life_count_joined_to_an_earlier_term_and_executed_lighter(executed: str, fires: bool) -> None:
    """无期徒刑 joined to the rest of an earlier term (与前罪…并罚): the life sentence absorbs the term (刑法69, 71), in
    this judgment's result and in a sentence the history retells."""
    sentence = ("无期徒刑，剥夺政治权利终身，并处没收个人全部财产，与前罪尚未执行完毕的刑期有期徒刑一年并罚，"
                f"决定执行{executed}，剥夺政治权利终身，并处没收个人全部财产")
    own = _messages("E2", sentence=sentence)
    assert own == (["被告人甲某本案判处无期徒刑，与前罪并罚决定执行有期徒刑，与数罪并罚吸收原则不符。"] if fires else [])
    text = (EXAMPLES / "death_review.txt").read_text(encoding="utf-8").replace(
        "被告人蒙小禾犯运输毒品罪，判处死刑，剥夺政治权利终身，并处没收个人全部财产。宣判后",
        "被告人蒙小禾犯运输毒品罪，判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产，与前罪尚未执行完毕的刑期"
        f"有期徒刑一年并罚，决定执行{executed}，剥夺政治权利终身，并处没收个人全部财产。宣判后", 1)
    told = [f.message for f in run_checks([extract(text)]) if f.rule == "E2"]
    assert told == (["（2015）临中刑初字第52号判决对蒙小禾数罪中有无期徒刑，决定执行有期徒刑，与数罪并罚吸收原则不符，请核对。"]
                    if fires else [])


@pytest.mark.parametrize(
    ("restated", "fires"),
    [("280万元", False), ("208万元", True), ("380万元", False)],  # 380 of 280: one digit of two significant ones
)
def test_x3_a_decision_s_reasoning_restates_an_amount_of_its_history_otherwise(restated: str, fires: bool) -> None:
    """A retrial decision's reasoning restating the amount the judgment it reviews found (原判认定…280万元) as by a
    slip of the pen (208万元: two digits swapped)."""
    text = _retrial_decision("认定被告人甲某犯贪污罪，判处有期徒刑十年，扣押在案的赃款280万元予以追缴。").replace(
        "本院经审查认为，", f"本院经审查认为，原判认定甲某将某公司{restated}资金据为己有的证据不足，")
    j = extract(text)
    assert [(a.section, a.text) for a in j.amounts] == [("procedure", "280万元"), ("reasoning", restated)]
    found = [f.message for f in run_checks([j]) if f.rule == "X3"]
    assert found == ([f"本院认为部分的数额{restated}与审理经过所载的数额280万元两位数字前后颠倒，审理经过未见{restated}，"
                      "疑为笔误。"] if fires else [])


def test_e7_a_retrial_whose_header_tells_the_term_served_out() -> None:
    """A retrial's header: held from the first custody until 刑满释放 (the only custody, which ended); the term counts
    from its first day. That period was read as custody before a re-arrest, never credited (a false E7)."""
    header = "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。"
    text = TEMPLATE.format(**BASE).replace(header, header + "2020年6月1日刑满释放。")
    assert "刑满释放" in text
    assert [f.message for f in run_checks([extract(text)]) if f.rule == "E7"] == []


@pytest.mark.parametrize(
    ("earlier", "fires"),
    [("有期徒刑一年六个月，并处罚金人民币三千元", False),
     ("有期徒刑一年六个月", True)],  # the earlier judgment has no fine: the counts' 25000元 must be the 28000元 executed
)
def test_e2_counts_joined_with_an_earlier_judgment_whose_term_is_not_read(earlier: str, fires: bool) -> None:
    """漏罪 (刑法70): 连同前罪判处的有期徒刑一年六个月，并处罚金人民币三千元 joins the earlier sentence, which fayan does not
    read here; the executed term and fine, within the bounds with it, are no lead (two false E2 errors before). Where
    the earlier sentence has no fine, the counts' fines must add up to the one executed."""
    sentence = ("有期徒刑一年，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑八个月，并处罚金人民币二万元；"
                f"连同前罪判处的{earlier}，数罪并罚，决定执行有期徒刑二年八个月，"
                "并处罚金人民币二万八千元")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, "sentence": sentence, "start": "2019年12月2日", "end": "2022年8月1日"}))
    d = j.defendants[0]
    assert d.verdict.with_earlier_judgment and d.verdict.term_months == 32 and len(d.per_charge) == 2
    assert [f.message for f in run_checks([j]) if f.rule == "E2"] == (
        ["被告人甲某各罪罚金合计25000元，决定执行罚金28000元，同种附加刑应当合并执行。"] if fires else [])


@pytest.mark.parametrize(
    ("start", "end", "fires"),
    [("2019年12月2日", "2020年6月1日", False), ("2019年11月20日", "2020年5月19日", True)],
)
def test_x7_a_start_from_the_days_of_a_supervisory_detention(start: str, end: str, fires: bool) -> None:
    """留置 by a 监察委员会 is credited day for day (监察法第四十四条): a term from its first day is explained, one
    before it is not. 解除留置 the day the 刑事拘留 begins breaks no custody."""
    custody = ("因涉嫌犯受贿罪，于2019年12月2日被某某区监察委员会留置，2020年1月10日被解除留置，同日被刑事拘留，"
               "同年1月20日被逮捕。")
    text = TEMPLATE.format(**{**BASE, "start": start, "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody)
    j = extract(text)
    assert [c.kind for c in j.defendants[0].custody] == ["留置", "释放", "刑事拘留", "逮捕"]
    got = {f.rule for f in run_checks([j]) if f.severity != "info"}
    assert ("X7" in got) == fires and "E7" not in got, got


@pytest.mark.parametrize(
    ("start", "end", "fires"),
    [("2019年12月22日", "2020年6月21日", False), ("2019年12月17日", "2020年6月16日", True)],
)
def test_x7_a_start_moved_by_the_uncredited_half_of_designated_residence(start: str, end: str, fires: bool) -> None:
    """刑事拘留 on 12月2日, 指定居所监视居住 from 12月12日 to the arrest on 2020年1月21日: 10 days held and 40 of the
    residence, worth 20 (刑事诉讼法第七十六条), are 30 days of the term before the arrest, so it starts on 12月22日,
    20 days after the custody's first day. The 17th is explained by nothing."""
    custody = "因本案于2019年12月2日被刑事拘留，同年12月12日被指定居所监视居住，2020年1月21日被逮捕。"
    text = TEMPLATE.format(**{**BASE, "start": start, "end": end}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。", custody)
    assert ("X7" in {f.rule for f in run_checks([extract(text)])}) == fires


@pytest.mark.parametrize(("said", "fires"), [("十克以上", False), ("一千克以上", False), ("4.9克", True)])
def test_x3_a_weight_of_the_law_s_threshold_is_no_restated_weight(said: str, fires: bool) -> None:
    """走私、贩卖甲基苯丙胺一千克以上 restates the law's threshold (刑法第三百四十七条第二款), not a weight found: no X3
    against the facts' 0.82, 1.48 and 2.30 grams. An exact weight that is none of them still is one."""
    text = (EXAMPLES / "drug_sale.txt").read_text(encoding="utf-8")
    restated = text.replace("明知是毒品甲基苯丙胺而予以贩卖，", f"明知是毒品甲基苯丙胺而予以贩卖，贩卖甲基苯丙胺{said}，", 1)
    assert restated != text
    found = [f.message for f in run_checks([extract(restated)]) if f.rule == "X3"]
    assert bool(found) == fires, found


def test_x6_the_day_of_the_accused_s_merit_is_no_day_of_the_offence() -> None:
    """另查明，甲某…协助公安机关于2019年12月20日抓获贩卖毒品犯罪嫌疑人乙某 (立功): that day is not the earliest
    offence day, so the 刑事拘留 of 12月2日 is not before the crime."""
    merit = "另查明，被告人甲某归案后协助公安机关于2019年12月20日抓获贩卖毒品犯罪嫌疑人乙某，构成立功。"
    text = TEMPLATE.format(**BASE).replace("经审理查明，2019年12月1日，", "经审理查明，2019年12月间，").replace(
        " 本院认为，", merit + " 本院认为，")
    j = extract(text)
    assert j.offence_start != "2019-12-20"
    assert "X6" not in {f.rule for f in run_checks([j])}


@pytest.mark.parametrize(("cited", "fires"), [("第二百七十一条第一款、第十二条第一款", False), ("第二百七十一条第一款", True)])
def test_e3_the_lighter_later_law_where_the_court_applies_article_12(cited: str, fires: bool) -> None:
    """职务侵占 of 2019 tried in 2021: 数额巨大 was 五年以上 before 刑法修正案（十一）, 三年以上 since. Citing 刑法第十二条
    (从旧兼从轻), the court applies the lighter amended article: 三年六个月 is no lead then; without it, the law of the
    conduct's day reads it as below the bracket."""
    text = TEMPLATE.format(**{
        **BASE, "charge": "职务侵占罪", "article": "二百七十一", "facts": "利用职务上的便利，侵占单位财物人民币125万元",
        "reason": "利用职务上的便利，将本单位财物非法占为己有，数额巨大，", "sentence": "有期徒刑三年六个月，并处罚金人民币十万元",
        "end": "2023年6月1日"}).replace("二〇二〇年四月一日", "二〇二一年六月一日").replace(
        "第二百七十一条之规定", f"{cited}之规定")
    j = extract(text)
    assert (12 in j.articles) == (not fires)
    got = {f.rule for f in run_checks([j]) if f.severity != "info"}
    assert ("E3" in got) == fires, got


def test_e7_a_guanzhi_term_owes_two_days_for_each_day_held_before_the_release() -> None:
    """管制 counted from the re-arrest with nothing credited: the 30 days held before the release on bail are 60 days
    of 管制 (刑法第四十一条), so the finding's right end is 60 days earlier, not 30."""
    text = TEMPLATE.format(**{**BASE, "sentence": "管制一年", "start": "2020年3月1日", "end": "2021年2月28日"}).replace(
        "因本案于2019年12月2日被刑事拘留，同年12月16日被逮捕。",
        "因本案于2019年12月2日被刑事拘留，同年12月31日被取保候审，2020年3月1日被逮捕。").replace(
        "羁押一日折抵刑期一日", "羁押一日折抵刑期二日")
    got = [f for f in run_checks([extract(text)]) if f.rule == "E7"]
    assert [(f.message, f.basis) for f in got] == [(
        "被告人甲某刑期自再次羁押之日2020-03-01起算至2021-02-28止，未折抵此前先行羁押的30日（2019-12-02至2019-12-31）"
        "（折抵管制60日），折抵后应至2020-12-30止。", "刑法第四十一条")]


KILLING = dict(charge="故意杀人罪", article="二百三十二", facts="持刀捅刺乙某胸部，致乙某死亡", reason="故意非法剥夺他人生命，")


def _years(n: int) -> dict[str, str]:
    """The template's sentence of ``n`` years of 有期徒刑 and the end of its term."""
    return dict(sentence=f"有期徒刑{'一二三四五六七八九十'[n - 1] if n <= 10 else '十' + '一二三四五'[n - 11]}年",
                end=f"{2019 + n}年12月1日")


@pytest.mark.parametrize(
    "years, extra, e11, e3",
    [
        # no 情节较轻 found: the case lies in 死刑、无期徒刑或者十年以上, and nine years is below it, as 减轻 asks
        (9, "被告人甲某系自首，本院决定对其减轻处罚。", [], []),
        (10, "被告人甲某系自首，本院决定对其减轻处罚。", [120], []),
        # 情节较轻 found: its bracket (三年以上十年以下) is the case's, and five years is inside it
        (5, "本案系因婚恋纠纷引发，属情节较轻。被告人甲某系自首，本院决定对其减轻处罚。", [36], []),
        (2, "本案系因婚恋纠纷引发，属情节较轻。被告人甲某系自首，本院决定对其减轻处罚。", [], []),
        # nine years, no 情节较轻 found and no ground to go lower: below the case's bracket (E3)
        (9, "", [], ["E3"]),
        (9, "本案系因婚恋纠纷引发，属情节较轻。", [], []),
        (9, "辩护人提出本案属情节较轻的意见，本院不予采纳。", [], ["E3"]),
        # the 缓刑 test of 刑法第七十二条 is not the bracket's 情节较轻
        (9, "被告人甲某犯罪情节较轻，有悔罪表现。", [], ["E3"]),
        # a finding in the sentence right after a quotation of the law, which opens with its closing mark
        (5, "《中华人民共和国刑法》第二百三十二条规定：“故意杀人的，处死刑、无期徒刑或者十年以上有期徒刑；情节较轻的，"
            "处三年以上十年以下有期徒刑。”本案系因婚恋纠纷引发，犯罪情节较轻，应当在三年以上十年以下有期徒刑的幅度内量刑。",
         [], []),
        (5, "《中华人民共和国刑法》第二百三十二条规定：“故意杀人的，处死刑、无期徒刑或者十年以上有期徒刑；情节较轻的，"
            "处三年以上十年以下有期徒刑。”", [], ["E3"]),
    ],
)
def test_e11_and_e3_floor_of_the_bracket_the_killing_is_in(
    years: int, extra: str, e11: list, e3: list
) -> None:
    """故意杀人's 情节较轻 bracket (3 to 10 years) is the case's only where the reasoning finds 情节较轻: a
    减轻处罚 goes below the floor of the bracket the case is in (ten years without it), and a term below it
    needs a ground."""
    j = extract(TEMPLATE.format(**{**BASE, **KILLING, **_years(years), "extra": extra}))
    found = run_checks([j])
    assert [f.data["floor_months"] for f in found if f.rule == "E11"] == e11
    assert [f.rule for f in found if f.rule == "E3"] == e3


@pytest.mark.parametrize(
    "extra, fires",
    [
        ("被告人甲某系尚未完全丧失辨认或者控制自己行为能力的精神病人，属限制刑事责任能力人，依法可以从轻或者减轻处罚。"
         "对被告人甲某予以减轻处罚。", False),
        ("被告人甲某的防卫明显超过必要限度造成重大损害，属防卫过当，依法应当负刑事责任，但应当减轻处罚。", False),
        ("被告人甲某的避险超过必要限度造成不应有的损害，属于紧急避险过当，应当负刑事责任，但应当减轻或者免除处罚。", False),
        ("", True),
        # a claim the court rejects is no ground
        ("辩护人提出被告人甲某系防卫过当的意见，与查明事实不符，本院不予采纳。", True),
        # a victim's capacity is not the defendant's
        ("被害人乙某系限制刑事责任能力人。", True),
    ],
)
def test_e3_grounds_of_capacity_and_excess_allow_going_below_the_bracket(extra: str, fires: bool) -> None:
    """限制刑事责任能力 (刑法18③), 防卫过当 (20②) and 避险过当 (21②) allow a term below the bracket: 故意伤害 of two
    years where the reasoning finds 致人重伤 (三年以上十年以下)."""
    over = dict(charge="故意伤害罪", article="二百三十四条第二款、第十八条第三款、第二十条第二款、第二十一条第二",
                facts="持刀捅刺乙某腹部，致乙某重伤二级", reason="故意伤害他人身体，致人重伤，",
                **_years(2), extra=extra)
    assert ("E3" in _rules(**over)) is fires


@pytest.mark.parametrize(
    ("extra", "article"),
    [
        # the case's special circumstances (刑法63②), told of the defendant, with or without the article cited
        ("被告人甲某不具有法定减轻处罚情节，但综合本案的特殊情况，对被告人甲某可以在法定刑以下判处刑罚。", ""),
        ("根据本案的特殊情况，对被告人甲某在法定刑以下判处刑罚，并依法报请最高人民法院核准。", ""),
        ("", "、第六十三条第二款"),
    ],
)
def test_e3_special_circumstances_allow_going_below_the_bracket(extra: str, article: str) -> None:
    """刑法63②: with no ground of the law, the case's special circumstances allow a term below the bracket, with
    the approval of 最高人民法院 (本判决依法报请最高人民法院核准后生效): 故意伤害 of two years where the reasoning
    finds 致人重伤 (三年以上十年以下). The court says so (在法定刑以下判处刑罚) or cites 第六十三条第二款; without either,
    and with no ground, the term is a lead."""
    over = dict(charge="故意伤害罪", article="二百三十四条第二款", facts="持擀面杖击打乙某头部，致乙某重伤二级",
                reason="故意伤害他人身体，致人重伤，", **_years(2))
    assert "E3" not in _rules(**{**over, "article": over["article"] + article}, extra=extra)
    # no ground: 第一款 cited, the law's must of 第一款 recited, a point turned down, a refusal
    for none, cited in (("", ""), ("", "、第六十三条第一款"),
                        ("犯罪分子具有本法规定的减轻处罚情节的，应当在法定刑以下判处刑罚。", ""),
                        ("辩护人提出可对被告人甲某在法定刑以下判处刑罚的意见，与本案情况不符，本院不予采纳。", ""),
                        ("本案不具有特殊情况，对被告人甲某不宜在法定刑以下判处刑罚。", "")):
        assert "E3" in _rules(**{**over, "article": over["article"] + cited}, extra=none), none or cited


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ("被告人甲某在被追诉前主动交代行贿行为，对侦破重大案件起关键作用，依法可以减轻处罚。", False),
        ("", True),
        # the statute recited is no ground of the defendant's
        ("根据刑法规定，行贿人在被追诉前主动交待行贿行为的，可以从轻或者减轻处罚。", True),
    ],
)
def test_e3_a_briber_who_confessed_before_prosecution_may_go_below_the_bracket(extra: str, fires: bool) -> None:
    """刑法390②: a briber who owns up before he is prosecuted may be sentenced below the bracket (三年 of 情节严重's
    五年以上十年以下)."""
    over = dict(charge="行贿罪", article="三百八十九条、第三百九十条", facts="为谋取不正当利益，给予国家工作人员乙某人民币一百二十万元",
                reason="为谋取不正当利益，给予国家工作人员财物，情节严重，", sentence="有期徒刑三年，并处罚金人民币二十万元",
                start="2019年12月2日", end="2022年12月1日", extra=extra)
    assert ("E3" in _rules(**over)) is fires


@pytest.mark.parametrize(("reason", "fires"), [("以非法占有为目的，采用暴力手段入户抢劫他人财物，", False),
                                             ("以非法占有为目的，采用暴力手段抢劫他人财物，", True)])
def test_e4_an_act_the_reasoning_states_opens_the_bracket_whatever_the_amount(reason: str, fires: bool) -> None:
    """入户抢劫 of 5,000 yuan and eleven years: the act opens 刑法263's 十年以上, which the amount (short of 数额巨大)
    does not; without the act stated, eleven years is a bracket the amount does not reach."""
    over = dict(charge="抢劫罪", article="二百六十三条第（一）项", facts="持刀闯入被害人乙某家中，劫得现金人民币五千元",
                reason=reason, sentence="有期徒刑十一年，并处罚金人民币二万元", end="2030年12月1日")
    assert ("E4" in _rules(**over)) is fires


@pytest.mark.parametrize(("reason", "fires"), [
    ("以非法占有为目的，使用诈骗方法非法集资，骗取集资款人民币75万元，数额较大，", False),
    ("以非法占有为目的，使用诈骗方法非法集资，数额较大，", True),
    # an amount the facts do not tell is no amount the court counts of them
    ("以非法占有为目的，使用诈骗方法非法集资，骗取集资款人民币70万元，数额较大，", True),
])
def test_e4_the_level_of_an_amount_the_facts_tell_below_the_total(reason: str, fires: bool) -> None:
    """集资诈骗 in 2022 of 168万元 raised (数额巨大), 93万元 returned before the case came to light, 75万元 lost: the
    court counts the 75万元 (2022 非法集资解释 第八条) and finds it 数额较大; five years lies in that bracket (三年以上
    七年以下)."""
    over = dict(charge="集资诈骗罪", article="一百九十二", reason=reason, sentence="有期徒刑五年，并处罚金人民币十万元",
                facts="以高额回报为诱饵，向四十二名被害人非法集资共计人民币168万元，案发前归还本息人民币93万元，造成被害人"
                      "实际损失共计人民币75万元", start="2022年12月2日", end="2027年12月1日")
    text = TEMPLATE.format(**{**BASE, **over})
    for old, new in (("（2020）", "（2023）"), ("2019年12月1日，", "2022年12月1日，"), ("2019年12月2日被", "2022年12月2日被"),
                     ("2020年3月1日", "2023年3月1日"), ("二〇二〇年四月一日", "二〇二三年四月一日")):
        text = text.replace(old, new)
    assert ("E4" in {f.rule for f in run_checks([extract(text)])}) is fires


THEFT_1998 = (
    "湖南省某某市某某区人民法院 刑事判决书 （2010）某刑初字第1号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1976年1月1日出生，汉族，小学文化，农民。因本案于2010年6月18日被刑事拘留，同年7月22日被逮捕。 "
    "某某区人民检察院以起诉书指控被告人甲某犯盗窃罪，于2010年9月27日向本院提起公诉。 "
    "经审理查明，2010年6月2日凌晨，被告人甲某撬开某商行的卷闸门，窃得羽绒服一批，经鉴定价值人民币{amount}元。 "
    "本院认为，被告人甲某以非法占有为目的，秘密窃取他人财物，价值人民币{amount}元，根据本省确定的执行标准（个人盗窃"
    "公私财物价值人民币一千元以上为\"数额较大\"，一万元以上为\"数额巨大\"，三万元以上为\"数额特别巨大\"），{level}"
    "其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 被告人甲某犯盗窃罪，判处有期徒刑十一年，"
    "并处罚金人民币二万元。 （刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2010年6月18日起"
    "至2021年6月17日止。） 如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员乙某 二〇一〇年十一月十九日 书记员丙某"
)


@pytest.mark.parametrize(
    "amount, level, stated, fires",
    [
        # conduct and judgment before the 2013 interpretation: the figures before it hold (3万元 may be 特别巨大)
        ("53860", "属数额特别巨大，", "特别巨大", False),
        ("53860", "", None, False),
        # under every figure before it 2万元 is at most 数额巨大: eleven years lies above it
        ("20000", "", None, True),
    ],
)
def test_e4_theft_before_2013_by_the_figures_of_the_time(amount: str, level: str, stated: str | None,
                                                           fires: bool) -> None:
    """The recital of the province's lines in brackets is the law's, not the finding; the court's own 属数额特别巨大
    after it is. The amount is weighed by the figures of the conduct's day where the 2013 ones do not hold."""
    j = extract(THEFT_1998.format(amount=amount, level=level))
    assert j.amount_level_stated == stated
    assert ("E4" in {f.rule for f in run_checks([j]) if f.severity == "warning"}) is fires


@pytest.mark.parametrize(("day", "fires"), [("2019年12月1日", False), ("2021年6月1日", True)])
def test_e4_a_stated_level_against_the_brackets_in_force_for_the_conduct(day: str, fires: bool) -> None:
    """非法吸收公众存款 of 1.2亿元 found 数额巨大: before 2021-03-01 article 176 had no bracket above 数额巨大, so the
    level is the highest the law of the conduct has; from that day 数额特别巨大 is a bracket the amount reaches. The
    finding cites the charge's own interpretation (非法集资解释), not the theft and fraud ones."""
    over = dict(charge="非法吸收公众存款罪", article="一百七十六", facts="向社会公众非法吸收资金共计人民币1.2亿元",
                reason="非法吸收公众存款一亿二千万元，数额巨大，", sentence="有期徒刑七年，并处罚金人民币五十万元",
                end="2026年12月1日")  # fmt: skip
    text = (TEMPLATE.format(**{**BASE, **over}).replace("2019年12月1日，被告人甲某", f"{day}，被告人甲某")
            .replace("二〇二〇年四月一日", "二〇二二年四月一日"))
    found = [f for f in run_checks([extract(text)]) if f.rule == "E4" and f.message.startswith("本院认为部分认定")]
    assert [f.message for f in found] == (
        ["本院认为部分认定数额巨大，而查明犯罪数额120000000元按全国标准已属数额特别巨大。"] if fires else [])
    assert all("非法集资解释" in f.basis for f in found), [f.basis for f in found]


_TWO_LEVELS = (
    "某某市某某区人民法院\n刑事判决书\n（2021）闽0203刑初845号\n公诉机关某某市某某区人民检察院。\n"
    "被告人钟迅，男，1985年7月19日出生，汉族，高中文化，无业。2020年11月3日因涉嫌诈骗罪被刑事拘留，同年12月9日被逮捕。\n"
    "被告人甲某，男，1992年2月8日出生，汉族，大专文化，无业。2020年11月3日因涉嫌诈骗罪被刑事拘留，同年12月9日被取保候审。\n"
    "某某区人民检察院以起诉书指控被告人钟迅、甲某犯诈骗罪，于2021年4月2日向本院提起公诉。\n"
    "经审理查明：2019年5月至2020年10月，被告人钟迅伙同甲某等人，通过网络诱骗被害人投资，共骗取乙某等十一名被害人钱款共计"
    "人民币68万余元。其中被告人甲某参与骗取人民币21万余元。\n"
    "本院认为，被告人钟迅、甲某以非法占有为目的，虚构事实，骗取他人财物，数额特别巨大{own}，其行为均已构成诈骗罪。"
    "在共同犯罪中，被告人钟迅起主要作用，系主犯；被告人甲某起次要作用，系从犯，依法应当从轻处罚。"
    "依照《中华人民共和国刑法》第二百六十六条、第二十五条第一款、第二十六条、第二十七条之规定，判决如下：\n"
    "一、被告人钟迅犯诈骗罪，判处有期徒刑十年六个月，并处罚金人民币十万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2020年11月3日起至2031年5月2日止。）\n"
    "二、被告人甲某犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2020年11月3日起至2023年11月2日止。）\n"
    "审判员　　丙某\n二〇二一年六月十八日\n书记员　　丁某\n"
)


@pytest.mark.parametrize(("own", "fires"), [
    ("", True),  # 数额特别巨大 is both defendants': 甲某's three years are below its bracket
    ("（甲某参与数额巨大）", False),  # 甲某's own level is 数额巨大: three years are its bracket's least
    ("，其中被告人甲某参与诈骗数额巨大", False),
])
def test_e3_a_level_said_of_one_defendant_is_his(own: str, fires: bool) -> None:
    """A level the reasoning says of one named defendant, in brackets (（甲某参与数额巨大）) or after 其中…参与, is his;
    the clause's 数额特别巨大 is the other defendant's, whose ten years and six months it still reads."""
    j = extract(_TWO_LEVELS.format(own=own))
    levels = {(c.defendant, c.value) for c in j.charge_findings if c.kind == "amount_level"}
    assert levels == ({(None, "特别巨大")} | ({("甲某", "巨大")} if own else set())), levels
    found = [f for f in run_checks([j]) if f.rule == "E3" and "数额特别巨大" in f.message]
    assert [f.defendant for f in found] == (["甲某"] if fires else []), [f.message for f in found]
    lower = _TWO_LEVELS.replace("十年六个月", "三年").replace("2031年5月2日", "2023年11月2日")
    assert "钟迅" in {f.defendant for f in run_checks([extract(lower.format(own=own))]) if f.rule == "E3"}


_EACH_OWN_LEVEL = (
    "某某市某某区人民法院\n刑事判决书\n（2016）某0105刑初377号\n公诉机关某某市某某区人民检察院。\n"
    "被告人冼文博，男，1981年3月9日出生，汉族，初中文化，无业。2015年10月12日因涉嫌盗窃罪被刑事拘留，同年11月16日被逮捕。\n"
    "被告人符春燕，女，1990年6月2日出生，汉族，小学文化，无业。2015年10月12日因涉嫌盗窃罪被刑事拘留，同年11月16日被逮捕。\n"
    "某某区人民检察院以起诉书指控被告人冼文博、符春燕犯盗窃罪，于2016年2月3日向本院提起公诉。\n"
    "经审理查明：2015年3月至9月，被告人冼文博单独或伙同符春燕在某某市多次盗窃，窃得财物共计价值人民币六万余元，"
    "其中被告人符春燕参与盗窃财物价值人民币八千余元。\n"
    "本院认为，{reason}二被告人的行为均已构成盗窃罪。二被告人到案后均如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第六十七条第三款之规定，判决如下：\n"
    "一、被告人冼文博犯盗窃罪，判处有期徒刑四年，并处罚金人民币二万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2015年10月12日起至2019年10月11日止。）\n"
    "二、被告人符春燕犯盗窃罪，判处有期徒刑{term}，并处罚金人民币五千元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2015年10月12日起至{end}止。）\n"
    "审判员　　戊某\n二〇一六年四月八日\n书记员　　己某\n"
)
_EACH_OWN = "被告人冼文博以非法占有为目的，单独或伙同他人秘密窃取公私财物，数额巨大；被告人符春燕伙同他人多次秘密窃取公私财物，数额较大，"


@pytest.mark.parametrize("reason", [
    _EACH_OWN,
    "被告人冼文博、符春燕以非法占有为目的，秘密窃取公私财物，其中被告人冼文博盗窃数额巨大，被告人符春燕盗窃数额较大，",
])
def test_e3_each_defendant_s_own_clause_gives_his_level(reason: str) -> None:
    """A level in the part of the reasoning's sentence that one defendant opens, before a conclusion of
    several (被告人甲某…数额巨大；被告人乙某…数额较大，二被告人的行为均已构成盗窃罪) or after his name (其中被告人甲某
    盗窃数额巨大，被告人乙某盗窃数额较大), is his: 冼文博's four years lie in his 数额巨大's bracket, not above
    符春燕's 数额较大."""
    j = extract(_EACH_OWN_LEVEL.format(reason=reason, term="一年", end="2016年10月11日"))
    assert {(c.defendant, c.value) for c in j.charge_findings if c.kind == "amount_level"} == {
        ("冼文博", "巨大"), ("符春燕", "较大")}
    assert not [f.message for f in run_checks([j]) if f.rule == "E3"]


def test_e3_a_severity_said_of_one_defendant_alone_is_not_the_other_s() -> None:
    """被告人甲…情节严重；被告人乙…，二被告人的行为均已构成…: the 情节严重 is 冼文博's alone (its finding's text, which
    runs from the sentence start, names 符春燕 too), so her one year is not below its bracket."""
    reason = "被告人冼文博以非法占有为目的，多次秘密窃取公私财物，情节严重；被告人符春燕伙同他人秘密窃取公私财物，"
    j = extract(_EACH_OWN_LEVEL.format(reason=reason, term="一年", end="2016年10月11日"))
    assert {(c.defendant, c.value) for c in j.charge_findings if c.kind == "severity"} == {("冼文博", "严重")}
    assert not [f.message for f in run_checks([j]) if f.rule == "E3" and f.defendant == "符春燕"]


def test_e3_a_term_against_the_defendant_s_own_level() -> None:
    """The level said of one defendant (数额较大) bounds her term even where the other's (数额巨大) allows it: four
    years of 符春燕 lie above her bracket. A level the last phrase says of all (…，被告人乙某盗窃财物八千余元，均属数额
    巨大) is the clause's, not the defendant's whose phrase it follows: one year of 符春燕 is below it."""
    j = extract(_EACH_OWN_LEVEL.format(reason=_EACH_OWN, term="四年", end="2019年10月11日"))
    found = [f for f in run_checks([j]) if f.rule == "E3"]
    assert [f.defendant for f in found] == ["符春燕"], [f.message for f in found]
    assert "数额较大" in found[0].message
    all_ = "被告人冼文博、符春燕以非法占有为目的，其中被告人冼文博盗窃财物六万余元，被告人符春燕盗窃财物八千余元，均属数额巨大，"
    j = extract(_EACH_OWN_LEVEL.format(reason=all_, term="一年", end="2016年10月11日"))
    assert [(c.defendant, c.value) for c in j.charge_findings if c.kind == "amount_level"] == [(None, "巨大")]
    found = [f for f in run_checks([j]) if f.rule == "E3"]
    assert [f.defendant for f in found] == ["符春燕"], [f.message for f in found]


_FOUR = (
    "某某市某某区人民法院\n刑事判决书\n（2022）某0203刑初518号\n公诉机关某某市某某区人民检察院。\n"
    "被告人柏文轩，男，1985年2月11日出生，汉族，初中文化，无业。2022年3月1日因涉嫌{charge}被刑事拘留，同年3月30日被逮捕。\n"
    "被告人戚子扬，男，1988年7月19日出生，汉族，初中文化，无业。2022年3月1日因涉嫌{charge}被刑事拘留，同年3月30日被逮捕。\n"
    "被告人蓝一鸣，男，1992年5月6日出生，汉族，高中文化，无业。2022年3月1日因涉嫌{charge}被刑事拘留，同年3月30日被逮捕。\n"
    "被告人凌可心，女，1996年9月23日出生，汉族，高中文化，无业。2022年3月1日因涉嫌{charge}被刑事拘留，同年3月30日被逮捕。\n"
    "某某区人民检察院以起诉书指控被告人柏文轩、戚子扬、蓝一鸣、凌可心犯{charge}，于2022年6月2日向本院提起公诉。\n"
    "经审理查明：2021年8月至2022年2月，被告人柏文轩、戚子扬、蓝一鸣、凌可心结伙{facts}，"
    "其中被告人柏文轩涉案人民币96000元，被告人戚子扬涉案人民币85000元，被告人蓝一鸣涉案人民币21000元，"
    "被告人凌可心涉案人民币9000元。\n"
    "本院认为，被告人柏文轩、戚子扬、蓝一鸣、凌可心以非法占有为目的，结伙{act}，{reason}其行为均已构成{charge}。"
    "在共同犯罪中，被告人柏文轩、戚子扬起主要作用，系主犯；被告人蓝一鸣、凌可心起次要作用，系从犯，依法应当从轻或者减轻处罚，"
    "{reduced}各被告人到案后均如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第{article}条、第二十五条第一款、第二十六条、第二十七条、第六十七条第三款之规定，判决如下：\n"
    "一、被告人柏文轩犯{charge}，判处有期徒刑四年，并处罚金人民币四万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年3月1日起至2026年2月28日止。）\n"
    "二、被告人戚子扬犯{charge}，判处有期徒刑三年六个月，并处罚金人民币三万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年3月1日起至2025年8月31日止。）\n"
    "三、被告人蓝一鸣犯{charge}，判处有期徒刑{term}，并处罚金人民币一万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年3月1日起至{end}止。）\n"
    "四、被告人凌可心犯{charge}，判处有期徒刑一年，并处罚金人民币五千元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年3月1日起至2023年2月28日止。）\n"
    "审判员　　某某\n二〇二二年九月九日\n书记员　　某某\n"
)
_THEFT = dict(charge="盗窃罪", facts="多次窃取他人财物", act="多次秘密窃取他人财物", article="二百六十四", reduced="",
              term="一年", end="2023年2月28日")  # fmt: skip
_EACH_LIST = (
    "其中被告人柏文轩盗窃数额共计人民币96000元，被告人戚子扬盗窃数额共计人民币85000元，均属数额巨大；"
    "被告人蓝一鸣盗窃数额共计人民币21000元，被告人凌可心盗窃数额共计人民币9000元，均属数额较大，"
)


@pytest.mark.parametrize("reason", [
    _EACH_LIST,
    "其中被告人柏文轩、戚子扬盗窃数额巨大，被告人蓝一鸣、凌可心盗窃数额较大，",
])
def test_e3_a_level_said_of_a_list_of_defendants_is_each_one_s(reason: str) -> None:
    """Defendants named one by one with their amounts, then 均属 and a level (…，被告人乙某盗窃…元，均属数额巨大；被告人
    丙某…，被告人丁某…，均属数额较大), or in a list before it (被告人甲某、乙某盗窃数额巨大), each have that level, each list
    its own: 柏文轩's four years and 戚子扬's three years and six months lie in their 数额巨大's bracket, not above the
    数额较大 of the last list."""
    j = extract(_FOUR.format(**_THEFT, reason=reason))
    assert {(c.defendant, c.value) for c in j.charge_findings if c.kind == "amount_level"} == {
        ("柏文轩", "巨大"), ("戚子扬", "巨大"), ("蓝一鸣", "较大"), ("凌可心", "较大")}
    assert not [f.message for f in run_checks([j]) if f.rule in ("E3", "E4")]


_FRAUD = dict(charge="诈骗罪", facts="虚构事实骗取他人财物", act="虚构事实、隐瞒真相，骗取他人财物", article="二百六十六",
              reduced="", term="二年六个月", end="2024年8月31日")  # fmt: skip


@pytest.mark.parametrize(("reason", "fires"), [
    # his level read from the list that names him: 数额巨大 (三年以上), below which the term was taken
    ("其中被告人柏文轩、戚子扬、蓝一鸣诈骗数额巨大，被告人凌可心诈骗数额较大，", False),
    # no level told: two years and six months is the first bracket's top quarter
    ("", True),
])
def test_e11_an_accessory_s_term_against_the_level_his_list_states(reason: str, fires: bool) -> None:
    """A 从犯 of two years and six months for 诈骗 was taken below the bracket of his 数额巨大, told of him in a
    list of names (其中被告人甲某、乙某、丙某诈骗数额巨大，被告人丁某诈骗数额较大); with no level told, the term
    is the top quarter of the first bracket."""
    j = extract(_FOUR.format(**_FRAUD, reason=reason))
    found = [f.message for f in run_checks([j]) if f.rule == "E11" and f.defendant == "蓝一鸣"]
    assert bool(found) == fires, found


@pytest.mark.parametrize(("born", "fires"), [("2005年1月16日", True), ("1995年1月16日", False)])
def test_e8_minor_deprived_of_political_rights(born: str, fires: bool) -> None:
    """2006 未成年人解释 第十四条: a minor is generally not deprived of political rights where the law does not say 应当
    (抢劫 allows it, 刑法56, but not for one under 18 at the crime)."""
    text = (EXAMPLES / "juvenile_probation.txt").read_text(encoding="utf-8")
    text = text.replace("2005年1月16日出生", f"{born}出生").replace(
        "判处有期徒刑二年，缓刑三年，并处罚金", "判处有期徒刑二年，缓刑三年，剥夺政治权利一年，并处罚金")
    j = extract(text)
    assert j.defendants[0].verdict.political_rights == 12
    found = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E8" and "政治权利" in f.message]
    assert found == ([("warning", "被告人覃小龙犯罪时不满十八周岁，被附加剥夺政治权利1年；除刑法规定应当附加剥夺政治权利的以外，"
                                  "对未成年罪犯一般不判处附加剥夺政治权利。")] if fires else [])


def test_a_term_beyond_its_kind_is_one_finding_not_two() -> None:
    """拘役七个月 for 故意伤害 (234① allows 拘役 up to the kind's own six months): E1's finding, not E3's again."""
    over = dict(charge="故意伤害罪", facts="殴打被害人致其轻伤二级", reason="故意伤害他人身体，致人轻伤，", article="二百三十四",
                sentence="拘役七个月", end="2020年7月1日")  # fmt: skip
    rules = [f.rule for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule in ("E1", "E3")]
    assert rules == ["E1"]


@pytest.mark.parametrize(("amount", "level", "fires"), [("128000", "巨大", False), ("12800", "较大", True)])
def test_e11_a_term_below_the_stated_levels_bracket_shows_the_ground(amount: str, level: str, fires: bool) -> None:
    """A 从犯 of 诈骗 数额巨大 (三年以上) sentenced to two years and six months was taken below the bracket: not the top
    quarter of the first bracket (六个月至三年) that the same term would be for 数额较大."""
    over = dict(charge="诈骗罪", article="二百六十六", sentence="有期徒刑二年六个月，并处罚金人民币二万元", end="2022年6月1日",
                facts=f"伙同他人骗取被害人钱财人民币{amount}元",
                reason=f"伙同他人以非法占有为目的，骗取他人财物，数额{level}，在共同犯罪中起次要作用，系从犯，依法应当减轻处罚，")  # fmt: skip
    e11 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E11"]
    assert bool(e11) == fires, e11


JOINT_DRUG = (
    "某某县人民法院 刑事判决书 （2023）滇0111刑初9号 公诉机关某某县人民检察院。\n"
    "被告人甲某，男，1988年3月2日出生，汉族，无业。因本案于2023年6月1日被刑事拘留。\n"
    "被告人乙某，女，1995年7月9日出生，汉族，无业。因本案于2023年6月1日被刑事拘留。\n"
    "某某县人民检察院指控被告人甲某、乙某犯贩卖毒品罪，于2023年9月1日向本院提起公诉。\n"
    "经审理查明：{facts}\n"
    "本院认为，被告人甲某、乙某明知是毒品而贩卖，其行为均已构成贩卖毒品罪。在共同犯罪中，被告人甲某起主要作用，系主犯；"
    "被告人乙某起次要作用，系从犯，依法应当减轻处罚。二被告人均如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第三百四十七条、第二十五条第一款、第二十六条、第二十七条、第六十七条第三款之规定，判决如下：\n"
    "一、被告人甲某犯贩卖毒品罪，判处有期徒刑四年，并处罚金人民币一万元。\n"
    "二、被告人乙某犯贩卖毒品罪，判处有期徒刑三年，并处罚金人民币五千元。\n"
    "审判长 某某某 二〇二三年十二月一日 书记员 某某某"
)


@pytest.mark.parametrize(
    "facts, fires",
    [
        # one sale of them both, one seizure: the 12.6 克 is each one's; four years is below 数量较大's seven for
        # the 主犯, while the 从犯 may go below it
        ("2023年6月1日，买家丙某联系被告人甲某购买甲基苯丙胺，甲某安排被告人乙某携带甲基苯丙胺前往某小区门口交易，"
         "甲某随后到场，二被告人被当场抓获，民警从乙某的挎包内查获白色晶体一包。经称量，该白色晶体净重12.6克；"
         "经鉴定，检出甲基苯丙胺成分。", True),
        # separate sales of different quantities on different days: whose weight is whose fayan does not read
        ("2023年3月5日，被告人甲某向丙某贩卖甲基苯丙胺一包，净重12.6克。2023年6月1日，被告人乙某向丁某贩卖"
         "甲基苯丙胺一包，净重0.8克。", False),
        # one weighed seizure, but of a day 乙某's sale is not of
        ("2023年3月5日，被告人乙某向丙某贩卖甲基苯丙胺一包。2023年6月1日，被告人甲某在某小区门口被抓获，"
         "民警从其挎包内查获甲基苯丙胺一包，净重12.6克。", False),
    ],
)
def test_drug_quantity_bracket_of_two_defendants_of_one_sale(facts: str, fires: bool) -> None:
    """Of two defendants the facts tell in one sale of one weighed seizure, each answers for its quantity
    (刑法第二十六条第四款): the 主犯's term below the bracket it reaches is reported, not the 从犯's; separate acts
    are left alone."""
    text = JOINT_DRUG.format(facts=facts)
    j = extract(text)
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    assert j.drug == "甲基苯丙胺" and j.drug_grams is not None
    assert "从犯" in j.defendants[1].circumstances
    found = [(f.rule, f.defendant) for f in run_checks([j])
             if f.rule in ("E4", "E20") and "较低量刑幅度" in f.message]
    assert found == ([("E4", "甲某"), ("E20", "甲某")] if fires else []), found
    for f in run_checks([j]):
        if f.rule in ("E4", "E20"):
            assert all(text[e.start : e.end] == e.text for e in f.evidence)


SEPARATE_DRUG = (
    "某某市中级人民法院 刑事判决书 （2023）滇08刑初7号 公诉机关某某市人民检察院。\n"
    "被告人甲某，男，1986年4月2日出生，汉族，无业。因本案于2023年5月14日被刑事拘留。\n"
    "被告人乙某，女，1994年9月6日出生，汉族，无业。因本案于2023年5月21日被刑事拘留。\n"
    "某某市人民检察院指控被告人甲某、乙某犯运输毒品罪，于2023年9月4日向本院提起公诉。\n"
    "经审理查明：\n"
    "一、2023年5月13日，被告人甲某受他人雇佣驾车运输毒品，次日途经某检查站时被民警查获，民警从该车备胎内查获"
    "红色药片三包。经称量，净重共计326.5克；经鉴定，均检出甲基苯丙胺成分。\n"
    "二、2023年5月20日，{second}\n"
    "本院认为，被告人甲某、乙某明知是毒品而运输，其行为均已构成运输毒品罪。被告人甲某运输甲基苯丙胺326.5克，数量大。"
    "二被告人归案后均如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第三百四十七条、第六十七条第三款之规定，判决如下：\n"
    "一、被告人甲某犯运输毒品罪，判处有期徒刑十五年，并处没收个人财产人民币五万元。\n"
    "二、被告人乙某犯运输毒品罪，判处{sentence}，并处罚金人民币二万元。\n"
    "审判长 某某某 二〇二三年十一月二十八日 书记员 某某某"
)
# 乙某's own seizure, the weight told before the drug an appraisal names
_HER_SEIZURE = ("被告人乙某受他人指使，将一包毒品藏于随身携带的洗发水瓶内乘坐客车运输，次日被民警查获，民警从乙某的"
                "洗发水瓶内查获白色粉末一包。经称量，净重8.6克；经鉴定，检出海洛因成分。")


@pytest.mark.parametrize(
    "second, sentence, fires",
    [
        # 8.6 克 of 海洛因 is 347④'s (三年以下; 情节严重 七年以下): seven years and six months lie only in 数量较大's
        # bracket, though the document's other defendant carried 326.5 克 of 甲基苯丙胺
        (_HER_SEIZURE, "有期徒刑七年六个月", True),
        ("被告人乙某乘坐客车运输毒品，次日被民警查获，民警从乙某的背包内查获海洛因一包，净重8.6克。",
         "有期徒刑七年六个月", True),
        (_HER_SEIZURE, "有期徒刑二年", False),
        # the item tells 甲某 had a part in 乙某's carrying: the 8.6 克 is not hers alone
        (_HER_SEIZURE.replace("受他人指使", "受被告人甲某指使"), "有期徒刑七年六个月", False),
    ],
)
def test_drug_quantity_bracket_of_each_defendant_s_own_seizure(
    second: str, sentence: str, fires: bool
) -> None:
    """Of two defendants whose seizures the facts tell in items of their own, each one's sentence is weighed
    against their own drug and weight (乙某's 海洛因 8.6 克), not the document's main drug (甲某's 甲基苯丙胺
    326.5 克)."""
    text = SEPARATE_DRUG.format(second=second, sentence=sentence)
    j = extract(text)
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    assert (j.drug, float(j.drug_grams or 0)) == ("甲基苯丙胺", 326.5)
    assert [(m.drug, m.grams) for m in j.drugs if m.section == "facts" and m.grams] == [("甲基苯丙胺", 326.5),
                                                                                          ("海洛因", 8.6)]
    own = [(d.drug, d.drug_grams) for d in j.defendants]
    assert own == ([("甲基苯丙胺", 326.5), ("海洛因", 8.6)] if "甲某指使" not in second else [(None, None), (None, None)])
    found = [(f.rule, f.defendant) for f in run_checks([j]) if f.rule in ("E4", "E20")]
    assert found == ([("E4", "乙某"), ("E20", "乙某")] if fires else []), found
    for f in run_checks([j]):
        if f.rule in ("E4", "E20"):
            assert "海洛因8.6克" in f.message and all(text[e.start : e.end] == e.text for e in f.evidence)


def test_drug_quantity_of_a_seizure_told_of_no_defendant_is_nobody_s_own() -> None:
    """A weight in a paragraph that names no defendant (另查明，民警在某出租屋内查获…) may be anyone's: no
    defendant's own quantity is read, and no sentence is weighed against one."""
    text = SEPARATE_DRUG.format(second=_HER_SEIZURE + "\n另查明，民警在某出租屋内查获海洛因一包，净重20.5克。",
                                sentence="有期徒刑七年六个月")
    j = extract(text)
    assert [(d.drug, d.drug_grams) for d in j.defendants] == [(None, None), (None, None)]
    assert not [f for f in run_checks([j]) if f.rule in ("E4", "E20")]


def test_drug_quantity_of_each_defendant_that_the_summing_up_tells() -> None:
    """乙某 delivers for 甲某 in two of his sales (both named: neither's alone), and the summing-up tells each
    one's total (综上，被告人甲某贩卖甲基苯丙胺四次，共计3.6克…；被告人乙某参与其中第二、四起，贩卖甲基苯丙胺共计
    1.7克): those are their own quantities."""
    facts = ("一、2023年5月2日，被告人甲某向丙某贩卖甲基苯丙胺约0.5克。\n"
             "二、2023年5月9日，被告人甲某安排被告人乙某将甲基苯丙胺约0.8克送交丁某。\n"
             "三、2023年5月13日，被告人甲某向丙某贩卖甲基苯丙胺约1.4克。\n"
             "四、2023年5月14日，被告人甲某安排被告人乙某将甲基苯丙胺约0.9克送交丁某，乙某收取毒资后被民警抓获。\n"
             "综上，被告人甲某贩卖甲基苯丙胺四次，共计3.6克；被告人乙某参与其中第二、四起，贩卖甲基苯丙胺共计1.7克。")
    second = SEPARATE_DRUG.format(second="", sentence="有期徒刑一年")
    text = second.replace("一、2023年5月13日，被告人甲某受他人雇佣驾车运输毒品，次日途经某检查站时被民警查获，民警从该车备胎内查获"
                          "红色药片三包。经称量，净重共计326.5克；经鉴定，均检出甲基苯丙胺成分。\n二、2023年5月20日，\n", facts + "\n")
    j = extract(text)
    assert (j.drug, float(j.drug_grams or 0)) == ("甲基苯丙胺", 3.6)
    assert [(d.name, d.drug, d.drug_grams) for d in j.defendants] == [
        ("甲某", "甲基苯丙胺", 3.6), ("乙某", "甲基苯丙胺", 1.7)]


@pytest.mark.parametrize(("severity", "fires"), [("情节严重，", False), ("", True)])
def test_e11_a_term_below_the_bracket_of_the_found_severity(severity: str, fires: bool) -> None:
    """A 从犯 of 贩卖毒品 whose reasoning finds 情节严重 (三年以上七年以下) sentenced to two years and six months was taken
    below that bracket; without 情节严重 the same term is the top quarter of the first (三年以下)."""
    over = dict(charge="贩卖毒品罪", article="三百四十七", sentence="有期徒刑二年六个月，并处罚金人民币五千元", end="2022年6月1日",
                facts="伙同他人三次贩卖甲基苯丙胺共计7.7克",
                reason=f"伙同他人贩卖毒品，{severity}在共同犯罪中起次要作用，系从犯，依法予以减轻处罚，")  # fmt: skip
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.severity_stated == ("严重" if severity else None)
    e11 = [f.message for f in run_checks([j]) if f.rule == "E11"]
    assert bool(e11) == fires, e11


def test_x3_no_slip_where_what_each_item_actually_took_adds_up() -> None:
    """Goods received at a value, then what was actually obtained of each (收取价值16.6万元的铜材…实际骗取14.6万元): the
    values miss the total by one digit, but what each item took makes it; no slip."""
    facts = ("1．被告人签订购销合同后收取被害单位价值人民币8.4万元的钢材，仅支付货款人民币2万元，实际骗取人民币6.4万元。"
             "2．被告人收取被害单位价值人民币5.3万元的铜材，未支付任何货款，实际骗取人民币5.3万元。"
             "综上，被告人共计骗取被害单位财物价值人民币11.7万元")
    j = extract(TEMPLATE.format(**{**BASE, "facts": facts}))
    assert [f.message for f in run_checks([j]) if f.rule == "X3" and "所列" in f.message] == []


@pytest.mark.parametrize(("severity", "fires"), [("", True), ("情节严重，", False)])
def test_e11_the_top_of_a_bracket_whose_next_opens_on_a_severity_not_found(severity: str, fires: bool) -> None:
    """挪用公款 数额较大 for 营利活动 with 自首, five years: the top of 384's first bracket (五年以下); the second (情节严重,
    五年以上) opens only where the reasoning finds 情节严重, which 数额较大 does not say."""
    over = dict(charge="挪用公款罪", article="三百八十四", sentence="有期徒刑五年", end="2024年12月1日",
                facts="利用担任某某局出纳的职务便利，挪用公款人民币18万元用于经营个人公司",
                reason=f"利用职务上的便利，挪用公款数额较大，进行营利活动，{severity}其犯罪以后自动投案，如实供述自己的罪行，系自首，")  # fmt: skip
    e11 = [f.message for f in run_checks([extract(TEMPLATE.format(**{**BASE, **over}))]) if f.rule == "E11"]
    assert bool(e11) == fires, e11


def test_e1_points_at_the_punishment_printed() -> None:
    """E1's evidence holds the term out of range as the result prints it (拘役七个月), not the charge's name alone."""
    j = extract(TEMPLATE.format(**{**BASE, "sentence": "拘役七个月", "end": "2020年7月1日"}))
    e1 = [f for f in run_checks([j]) if f.rule == "E1"]
    assert len(e1) == 1 and any("拘役七个月" in e.text for e in e1[0].evidence), [e.text for e in e1[0].evidence]


@pytest.mark.parametrize(("said", "fires"), [
    ("，且属入户抢劫", False), ("，系入户抢劫", False), ("，属于入户抢劫", False), ("，具有入户抢劫情节", False),
    ("，属入户抢劫的情形", False),
    # no 入户抢劫 stated: ten years is the top of 三年以上十年以下, the only bracket the amount reaches
    ("", True),
])
def test_e11_ten_years_for_a_robbery_in_a_home_the_reasoning_states_is_the_bottom_of_its_bracket(
    said: str, fires: bool
) -> None:
    """入户抢劫 of 2,000 yuan with a 立功, ten years: the act opens 刑法263's 十年以上, of which ten years is the bottom,
    though the amount reaches no 数额巨大 (the bracket's other way in). Without the act, it is the first's top."""
    text = TEMPLATE.format(**{**BASE, **HOME_ROBBERY, "reason": "以非法占有为目的，持刀进入他人住所劫取他人财物，",
                              "extra": "被告人甲某检举揭发他人犯罪行为，经查证属实，有立功表现，可以从轻处罚。"})
    text = text.replace("其行为已构成抢劫罪。", f"其行为已构成抢劫罪{said}。", 1)
    assert ("E11" in {f.rule for f in run_checks([extract(text)])}) is fires



_BASIC_ROBBERY = "以非法占有为目的，采用暴力手段劫取他人财物，"


@pytest.mark.parametrize(("over", "message"), [
    # the act in other words (劫取, with the means before it): 入户抢劫 and 持枪抢劫 open 刑法263's 十年以上
    (dict(reason="以非法占有为目的，采用暴力、胁迫方法入户劫取他人财物，"), None),
    (dict(reason="以非法占有为目的，持枪劫取他人财物，"), None),
    # the amount level the reasoning finds (抢劫数额巨大), the facts telling no figure
    (dict(reason="以非法占有为目的，采用暴力手段抢劫他人财物，数额巨大，", facts="持刀拦截乙某，劫得金条三根"), None),
    # the 项 the 依照 clause cites (第二百六十三条第（一）项: 入户抢劫), the reasoning naming no act
    (dict(reason=_BASIC_ROBBERY, article="二百六十三条第（一）项"), None),
    (dict(reason=_BASIC_ROBBERY, article="二百六十三条第（一）项", sentence="有期徒刑十年，并处罚金人民币一万元",
          end="2029年12月1日"),
     "本院认为部分写明对被告人甲某减轻处罚，但其犯抢劫罪被判处有期徒刑10年，未低于所引第263条第1项规定的最低刑10年。"),
    # the first bracket's minimum, none of them found: no reduction
    (dict(reason=_BASIC_ROBBERY, sentence="有期徒刑三年，并处罚金人民币一万元", end="2022年12月1日"),
     "本院认为部分写明对被告人甲某减轻处罚，但其犯抢劫罪被判处有期徒刑3年，未低于抢劫罪各量刑幅度的最低刑3年。"),
])  # fmt: skip
def test_e11_a_reduction_below_the_robbery_bracket_the_reasoning_or_the_clause_puts_the_count_in(
    over: dict[str, str], message: str | None
) -> None:
    """An accessory to a robbery the court puts in 刑法263's 十年以上, reduced (减轻处罚) to five years: below it,
    by the act it states in whatever words (采用暴力、胁迫方法入户劫取他人财物), the amount level it finds or the
    项 of 263 its 依照 clause cites; not the minimum of the three to ten years of a robbery none of them is found
    for, which a reduction leaves."""
    over = {**HOME_ROBBERY, "sentence": "有期徒刑五年，并处罚金人民币一万元", "end": "2024年12月1日",
            "extra": "被告人甲某在共同犯罪中起次要作用，系从犯，依法应当减轻处罚。", **over}
    assert _messages("E11", **over) == ([message] if message else [])


def test_e3_a_term_below_the_bracket_of_the_item_the_clause_cites() -> None:
    """第二百六十三条第（一）项 cited, no act found, eight years and no ground to go lower: below 十年以上, as the 项
    cited tells. Where the document convicts two of robbery, the 项 may be the other's deed (the co-defendant's
    入户抢劫 of twelve years), so it is not held against the one of eight."""
    over = dict(HOME_ROBBERY, reason=_BASIC_ROBBERY, article="二百六十三条第（一）项",
                sentence="有期徒刑八年，并处罚金人民币一万元", end="2027年12月1日")
    assert _messages("E3", **over) == [
        "被告人甲某犯抢劫罪被判处有期徒刑8年，低于所引第263条第1项规定的最低刑10年，本院认为部分未见自首、立功、从犯、未遂等"
        "减轻处罚情节（所引款项或刑罚有一处不当）。"]
    assert _messages("E3", **dict(over, article="二百六十三")) == []
    two = (TEMPLATE.format(**{**BASE, **over})
           .replace("被告人甲某，男", "被告人乙某，男，1985年1月1日出生，汉族，无业。因本案于2019年12月2日被刑事拘留。 被告人甲某，男")
           .replace("判决如下：", "判决如下： 被告人乙某犯抢劫罪，判处有期徒刑十二年，并处罚金人民币二万元。"))  # fmt: skip
    j = extract(two)
    assert [d.charges for d in j.defendants] == [("抢劫罪",), ("抢劫罪",)]
    assert [f.message for f in run_checks([j]) if f.rule == "E3"] == []

_CIVIL_INJURY = dict(
    charge="故意伤害罪", article="二百三十四条第一款", sentence="有期徒刑一年", end="2020年12月1日",
    facts="因琐事与乙某发生争执，乙某要求甲某赔偿人民币三千元，甲某拒绝后持木棍击打乙某头部，致乙某轻伤一级。经核定，乙某的"
          "经济损失共计人民币三万元。案发后，甲某已赔偿乙某人民币五千元",
    reason="故意伤害他人身体，致一人轻伤，",
)  # fmt: skip


@pytest.mark.parametrize(("extra", "fires"), [
    # the court's own award of the civil claim: a share of the loss, and what is left to pay
    ("关于附带民事部分，乙某对纠纷的引发存在过错，本院酌定由甲某承担百分之七十的赔偿责任，即人民币二万一千元，扣除已支付的"
     "人民币五千元，甲某尚应赔偿人民币一万六千元。", False),
    # a compensation paid that the facts do not tell
    ("被告人甲某已赔偿乙某经济损失人民币六千元，可酌情从轻处罚。", True),
])
def test_x3_a_civil_award_the_reasoning_decides_is_no_compensation_restated(extra: str, fires: bool) -> None:
    """附带民事: what the court decides the defendant owes (酌定…承担…的赔偿责任，即…元; 尚应赔偿…元) is no compensation
    paid that the facts would tell; a sum the reasoning says was paid is."""
    x3 = _messages("X3", **_CIVIL_INJURY, extra=extra)
    assert bool(x3) is fires, x3


def _short_forms_case(short: str) -> str:
    """Two defendants of a theft, the second one named by the short form ``short`` the header introduces for
    him (被告人帕尔哈提•艾则孜（以下简称帕尔哈提）) everywhere after it but in the result."""
    return (
        "某某县人民法院 刑事判决书 （2023）某0102刑初88号 公诉机关某某县人民检察院。 "
        "被告人韩立春，男，1985年2月3日出生。因本案于2023年3月2日被刑事拘留，同年3月20日被逮捕。 "
        f"被告人帕尔哈提•艾则孜{short}，男，1992年6月7日出生。因本案于2023年3月2日被刑事拘留，同年3月20日被逮捕。 "
        "某某县人民检察院以起诉书指控被告人韩立春、帕尔哈提犯盗窃罪，于2023年5月4日向本院提起公诉，并建议对被告人"
        "韩立春判处有期徒刑三年六个月，并处罚金人民币一万元；对被告人帕尔哈提判处有期徒刑二年，并处罚金人民币五千元。"
        "二被告人对指控的犯罪事实、罪名及量刑建议均无异议，并签署了认罪认罚具结书。 "
        "经审理查明，2023年2月间，被告人韩立春纠集被告人帕尔哈提在某某村盗窃他人财物，价值共计人民币60000元，其中帕尔哈提分得赃款人民币8000元。 "
        "本院认为，被告人韩立春、帕尔哈提以非法占有为目的，秘密窃取他人财物，数额巨大，其行为均已构成盗窃罪。"
        "在共同犯罪中，韩立春起主要作用，系主犯；帕尔哈提受人纠集望风，起次要作用，系从犯，依法应当减轻处罚。"
        "公诉机关的量刑建议适当，本院予以采纳。依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第二十六条第一款、"
        "第二十七条之规定，判决如下： "
        "一、被告人韩立春犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元。 "
        "二、被告人帕尔哈提•艾则孜犯盗窃罪，判处有期徒刑二年，并处罚金人民币五千元。 "
        "审判员李某 二〇二三年六月一日 书记员王某"
    )


@pytest.mark.parametrize("short", ["（以下简称帕尔哈提）", "（下称帕尔哈提）", "（曾用名帕尔哈提•艾孜，以下称帕尔哈提）"])
def test_a_short_form_the_document_introduces_is_the_defendant_s_name(short: str) -> None:
    """被告人帕尔哈提•艾则孜（以下简称帕尔哈提）: what the document tells of 帕尔哈提 is his, the 从犯 and the
    lessened punishment (no E3 for his term below 三年, nor for the other's), the recommendation, the amounts
    and the plea of 二被告人."""
    j = extract(_short_forms_case(short))
    first, second = j.defendants
    assert second.name == "帕尔哈提•艾则孜" and "帕尔哈提" in second.aliases
    assert {"从犯", "减轻处罚", "认罪认罚"} <= set(second.circumstances), second.circumstances
    assert "从犯" not in first.circumstances and "认罪认罚" in first.circumstances, first.circumstances
    assert [(r.defendants, r.lo_months) for r in j.recommendations] == [
        (("韩立春",), 42.0), (("帕尔哈提•艾则孜",), 24.0)]
    assert [(a.amount_yuan, a.named) for a in j.amounts if a.section == "facts"] == [
        (60000, ("韩立春", "帕尔哈提•艾则孜")), (8000, ("帕尔哈提•艾则孜",))]
    assert [f.rule for f in run_checks([j]) if f.rule in ("E3", "E11", "E12")] == []


# 乙某 sells once with 甲某, 甲某 twice alone; the summing-up tells each one's quantity in a clause of its own
SUMMED_DRUG = (
    "某某县人民法院 刑事判决书 （2023）滇0112刑初21号 公诉机关某某县人民检察院。\n"
    "被告人甲某，男，1981年5月3日出生，汉族，无业。因本案于2023年7月9日被刑事拘留。\n"
    "被告人乙某，女，1993年2月8日出生，汉族，无业。因本案于2023年7月12日被刑事拘留。\n"
    "某某县人民检察院指控被告人甲某、乙某犯贩卖毒品罪，于2023年10月9日向本院提起公诉。\n"
    "经审理查明：\n"
    "1.2023年6月2日，被告人甲某在某小区门口以人民币500元的价格向吸毒人员丙某贩卖甲基苯丙胺2.6克。\n"
    "2.2023年6月20日，吸毒人员丁某联系被告人甲某购买甲基苯丙胺，甲某安排被告人乙某送货，乙某将甲基苯丙胺1.9克"
    "交给丁某。\n"
    "3.2023年7月9日，民警在甲某的住处查获甲基苯丙胺{seized}克，系其准备用于贩卖。\n"
    "上述毒品经鉴定，均检出甲基苯丙胺成分。综上，被告人甲某贩卖甲基苯丙胺共计{total}克；被告人乙某参与贩卖甲基苯丙胺"
    "1.9克。\n"
    "本院认为，被告人甲某、乙某明知是毒品而贩卖，其行为均已构成贩卖毒品罪。二被告人归案后均如实供述自己的罪行，"
    "依法可以从轻处罚。依照《中华人民共和国刑法》第三百四十七条、第二十五条第一款、第六十七条第三款之规定，判决如下：\n"
    "一、被告人甲某犯贩卖毒品罪，判处{sentence}，并处罚金人民币三万元。\n"
    "二、被告人乙某犯贩卖毒品罪，判处有期徒刑八个月，并处罚金人民币二千元。\n"
    "审判长 某某某 二〇二三年十二月八日 书记员 某某某"
)


@pytest.mark.parametrize(
    ("seized", "total", "sentence", "fires"),
    [
        # 2.6 + 1.9 + 48.3 = 52.8 克 of 甲某 (数量大: fifteen years or more), thirteen years and only a 坦白
        ("48.3", "52.8", "有期徒刑十三年", True),
        ("48.3", "52.8", "有期徒刑十五年", False),
        ("28.3", "32.8", "有期徒刑八年", False),  # 数量较大: seven years or more
    ],
)
def test_drug_quantity_bracket_of_a_total_the_summing_up_tells_of_one_defendant(
    seized: str, total: str, sentence: str, fires: bool
) -> None:
    """A total the summing-up tells of one defendant alone (综上，被告人甲某贩卖甲基苯丙胺共计52.8克；被告人乙某…)
    is at least his quantity, though a sale told in his item is the other's too: a term below the bracket it
    reaches, with no ground to go lower, is reported."""
    text = SUMMED_DRUG.format(seized=seized, total=total, sentence=sentence)
    j = extract(text)
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    assert [m.named for m in j.drugs if m.section == "facts" and m.total] == [("甲某",)]
    found = [(f.rule, f.defendant) for f in run_checks([j]) if f.rule in ("E4", "E20")]
    assert found == ([("E4", "甲某"), ("E20", "甲某")] if fires else []), found
    for f in run_checks([j]):
        if f.rule in ("E4", "E20"):
            assert f"甲基苯丙胺{total}克" in f.message and all(text[e.start : e.end] == e.text for e in f.evidence)


@pytest.mark.parametrize(
    ("facts", "reason", "fires"),
    [
        # 8.4 克 of 海洛因 (少量: 三年以下), seven years: 情节严重 (三年以上七年以下) or 数量较大 (七年以上) only, and the
        # reasoning finds neither
        ("以400元的价格向他人贩卖海洛因0.6克，民警从其住处查获海洛因7.8克。上述毒品共计8.4克", "贩卖毒品，", True),
        ("以400元的价格向他人贩卖海洛因0.6克，民警从其住处查获海洛因7.8克。上述毒品共计8.4克",
         "多次贩卖毒品，情节严重，", False),
        # sales on three days: 多次贩卖 is 情节严重 by the 2016 毒品解释 第四条, whether the reasoning says so or not
        ("以400元的价格向他人贩卖海洛因2.6克。2019年12月5日、12月9日，被告人甲某又两次向他人贩卖海洛因，分别重2.7克、"
         "3.1克", "贩卖毒品，", False),
    ],
)
def test_drug_sentence_only_severity_or_a_larger_quantity_allows(
    facts: str, reason: str, fires: bool
) -> None:
    """Seven years for less than 10 克 of 海洛因 lie in 347④'s 情节严重 and in 数量较大's bracket only: a lead where
    the quantity is short of the one and the reasoning does not find the other."""
    over = dict(charge="贩卖毒品罪", facts=facts, reason=reason, article="三百四十七",
                sentence="有期徒刑七年，并处罚金人民币一万元", end="2026年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert (j.drug, float(j.drug_grams or 0)) == ("海洛因", 8.4)
    got = [(f.rule, f.message) for f in run_checks([j]) if f.rule in ("E3", "E4", "E20")]
    said = ("查明海洛因8.4克，属第1档（鸦片不满二百克、海洛因或者甲基苯丙胺不满十克或者其他少量毒品 (无论数量多少，都应当追究"
            "刑事责任)），被告人甲某却被判处有期徒刑7年，该刑罚仅第2档（鸦片二百克以上不满一千克、海洛因或者甲基苯丙胺十克以上"
            "不满五十克或者其他毒品数量较大）或第1b档（少量毒品，情节严重）可判，前者只因毒品数量适用，后者须情节严重，"
            "而本院认为部分未认定情节严重。")
    assert got == ([("E4", said), ("E20", said)] if fires else []), got


# one load of 氯胺酮 (86.4克, 少量: 三年以下), seven years: 情节严重 (三年以上七年以下) or 数量较大 (一百克以上) only
CARRIED_DAYS = (
    "某某市某某区人民法院 刑事判决书 （2021）川0107刑初88号 公诉机关某某市某某区人民检察院。\n"
    "被告人甲某，男，1980年3月2日出生，汉族，无业。因本案于2021年4月17日被刑事拘留。\n"
    "某某区人民检察院指控被告人甲某犯{charge}，于2021年7月1日向本院提起公诉。\n"
    "经审理查明：{facts}4月17日9时许，被告人甲某在某汽车客运站出站口接受民警检查时，民警从其行李箱内查获白色晶体2包。"
    "经称量，净重分别为51.3克、35.1克，共计86.4克；经鉴定，均检出氯胺酮成分。\n"
    "本院认为，被告人甲某明知是毒品而{act}，其行为已构成{charge}。被告人甲某归案后如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第三百四十七条第一款、第三款，第六十七条第三款之规定，判决如下：\n"
    "被告人甲某犯{charge}，判处有期徒刑七年，并处罚金人民币二万元。\n"
    "审判长 某某某 二〇二一年九月一日 书记员 某某某"
)


@pytest.mark.parametrize(
    ("charge", "act", "facts", "fires"),
    [
        # hired on the 15th, the load taken on on the 16th, seized on the 17th: one journey, not three acts
        ("运输毒品罪", "运输",
         "2021年4月15日，被告人甲某受他人雇请，约定将毒品从某省运至某市。4月16日，甲某接收毒品2包后乘坐长途客车前往某市。",
         True),
        # trips on days apart: 多次运输 is 情节严重 by the 2016 毒品解释 第四条, whether the reasoning says so or not
        ("运输毒品罪", "运输",
         "2021年4月3日、4月10日，被告人甲某两次受他人雇请，携带毒品乘坐长途客车从某省运至某市。4月16日，甲某又接收毒品"
         "2包后乘坐长途客车前往某市。", False),
        # a sale on each of three days is three deals, the days following one another or not
        ("贩卖毒品罪", "贩卖",
         "2021年4月15日，被告人甲某向吸毒人员乙某贩卖氯胺酮1包。4月16日，甲某向吸毒人员丙某贩卖氯胺酮1包。", False),
    ],
)
def test_drug_sentence_only_severity_or_a_larger_quantity_allows_of_one_journey(
    charge: str, act: str, facts: str, fires: bool
) -> None:
    """Days that follow one another tell one journey of a count that names no sale: seven years for 86.4克 of
    氯胺酮 carried from the 15th to the 17th lie in 情节严重 and 数量较大 only, and the reasoning finds neither."""
    j = extract(CARRIED_DAYS.format(charge=charge, act=act, facts=facts))
    assert (j.drug, float(j.drug_grams or 0)) == ("氯胺酮", 86.4)
    assert len(j.defendants[0].conduct_dates) == 3 + ("4月3日" in facts)
    got = [f.rule for f in run_checks([j]) if f.rule in ("E3", "E4", "E20")]
    assert got == (["E4", "E20"] if fires else []), got


# 甲某 hires 乙某 to drive a load of two drugs; 海洛因 18.6克 alone is 数量较大 (七年以上)
HIRED_DRIVER = (
    "某某市人民法院 刑事判决书 （2022）云3102刑初51号 公诉机关某某市人民检察院。\n"
    "被告人甲某，男，1978年1月9日出生，汉族，农民。因本案于2021年8月23日被刑事拘留。\n"
    "被告人乙某，男，1992年4月16日出生，汉族，驾驶员。因本案于2021年8月23日被刑事拘留。\n"
    "某某市人民检察院指控被告人甲某、乙某犯运输毒品罪，于2022年1月10日向本院提起公诉。\n"
    "经审理查明：2021年8月23日，被告人甲某以人民币三千元的报酬雇请被告人乙某驾驶小型轿车，将毒品藏匿于轿车备胎内，"
    "由某市驶往某县。当日14时许，该车行至某公安检查站时，民警从备胎内查获块状物1块、红色药片245粒。经称量，"
    "块状物净重18.6克，红色药片净重24.5克；经鉴定，块状物检出海洛因成分，红色药片检出甲基苯丙胺成分。"
    "二被告人当场被抓获。\n"
    "本院认为，被告人甲某、乙某明知是毒品而运输，其行为均已构成运输毒品罪{level}。在共同犯罪中，被告人甲某起主要作用，"
    "系主犯；被告人乙某起次要作用，系从犯，依法应当减轻处罚。依照《中华人民共和国刑法》第三百四十七条第一款、第三款，"
    "第二十五条第一款，第二十六条第一款、第四款，第二十七条之规定，判决如下：\n"
    "一、被告人甲某犯运输毒品罪，判处有期徒刑十二年，并处罚金人民币五万元。\n"
    "二、被告人乙某犯运输毒品罪，判处有期徒刑六年，并处罚金人民币二万元。\n"
    "审判长 某某某 二〇二二年三月十五日 书记员 某某某"
)


@pytest.mark.parametrize("level", ["，毒品数量较大", ""])
def test_e11_weighs_an_accessory_s_term_against_the_bracket_of_the_quantity(level: str) -> None:
    """Six years for a 从犯 of 数量较大 (七年以上) lie below the case's bracket: the 从犯 was taken below it, though
    six years are the top quarter of 347④'s 少量毒品，情节严重 (三年以上七年以下), which no one found (no E11, nor
    E3). Each weight is the drug its own thing was found to hold (the tablets' 甲基苯丙胺, not the 海洛因 named
    first)."""
    j = extract(HIRED_DRIVER.format(level=level))
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    assert sorted((m.drug, m.grams) for m in j.drugs if m.section == "facts" and m.grams) == [
        ("海洛因", 18.6), ("甲基苯丙胺", 24.5)]
    assert j.quantity_level_stated == ("较大" if level else None)
    got = [(f.rule, f.defendant) for f in run_checks([j]) if f.rule in ("E3", "E4", "E11", "E20")]
    assert got == [], got


JOINT_THEFT = (
    "浙江省某某市某某区人民法院 刑事判决书 （2019）浙0212刑初77号 公诉机关某某市某某区人民检察院。\n"
    "被告人甲某，男，1980年3月5日出生，汉族，无业。因本案于2019年1月23日被刑事拘留。\n"
    "被告人乙某，男，1986年8月1日出生，汉族，无业。因本案于2019年1月24日被刑事拘留。\n"
    "某某市某某区人民检察院指控被告人甲某、乙某犯盗窃罪，于2019年5月6日向本院提起公诉。\n"
    "经审理查明：\n"
    "（一）2018年9月14日，被告人甲某、乙某至某公司仓库，窃得铜排一批。经认定，价值人民币158200元。\n"
    "（二）2018年10月3日，被告人甲某至某工地，窃得电缆一批。经认定，价值人民币{second}元。\n"
    "{summed}\n"
    "本院认为，被告人甲某、乙某以非法占有为目的，秘密窃取他人财物，被告人甲某盗窃数额巨大，被告人乙某盗窃数额巨大，"
    "其行为均已构成盗窃罪。二被告人归案后均能如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第六十七条第三款之规定，判决如下：\n"
    "一、被告人甲某犯盗窃罪，判处{sentence}，并处罚金人民币五万元。\n"
    "二、被告人乙某犯盗窃罪，判处有期徒刑四年，并处罚金人民币二万元。\n"
    "审判长 某某某 二〇一九年六月十八日 书记员 某某某"
)
_EACH_SUMMED = "综上，被告人甲某参与盗窃二次，窃得财物价值共计人民币{total}元；被告人乙某参与盗窃一次，窃得财物价值人民币158200元。"


_BELOW_OWN_TOTAL = ("查明被告人甲某个人所涉犯罪数额共计437560元，按浙江的标准已达第3档（数额特别巨大或者有其他特别严重情节），"
                    "本院认为部分却认定其数额巨大，被告人甲某被判处有期徒刑8年，属较低量刑幅度，且未见减轻处罚情节。")


@pytest.mark.parametrize(
    ("second", "summed", "sentence", "said"),
    [
        # 甲某's own 437,560 yuan is 数额特别巨大 in 浙江 (from 40万元): eight years, and only a 坦白
        ("279360", _EACH_SUMMED.format(total="437560"), "有期徒刑八年", _BELOW_OWN_TOTAL),
        # ten years fit it, the level the reasoning says of him does not
        ("279360", _EACH_SUMMED.format(total="437560"), "有期徒刑十年",
         "本院认为部分认定被告人甲某数额巨大，而查明被告人甲某个人所涉犯罪数额共计437560元，按浙江的标准已属数额特别巨大。"),
        ("179360", _EACH_SUMMED.format(total="337560"), "有期徒刑八年", None),  # 数额巨大
        # a total told of both: whose share is what, fayan does not read
        ("279360", "综上，被告人甲某、乙某窃得财物价值共计人民币437560元。", "有期徒刑八年", None),
    ],
)
def test_e4_a_term_below_the_bracket_of_a_total_told_of_one_defendant_alone(
    second: str, summed: str, sentence: str, said: str | None
) -> None:
    """Of several defendants, the total the facts tell of one alone (综上，被告人甲某参与盗窃二次，窃得财物价值
    共计…) is at least his amount: a term below the bracket it reaches under the province's standard, with no
    ground to go lower, is reported (with the level the reasoning says of him where that is lower too), else
    such a level."""
    text = JOINT_THEFT.format(second=second, summed=summed, sentence=sentence)
    j = extract(text)
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    found = [(f.rule, f.defendant, f.message) for f in run_checks([j]) if f.rule in ("E3", "E4")]
    assert found == ([("E4", "甲某", said)] if said else []), found
    for f in run_checks([j]):
        if f.rule == "E4":
            assert all(text[e.start : e.end] == e.text for e in f.evidence)


TOGETHER_THEFT = (
    "浙江省某某市某某区人民法院 刑事判决书 （2019）浙0212刑初95号 公诉机关某某市某某区人民检察院。\n"
    "被告人甲某，男，1982年4月6日出生，汉族，无业。因本案于2019年2月11日被刑事拘留。\n"
    "被告人乙某，男，1987年9月2日出生，汉族，无业。因本案于2019年2月12日被刑事拘留。\n"
    "某某市某某区人民检察院指控被告人甲某、乙某犯盗窃罪，于2019年5月8日向本院提起公诉。\n"
    "经审理查明：{facts}\n"
    "本院认为，被告人甲某、乙某以非法占有为目的，结伙多次秘密窃取他人财物，其行为均已构成盗窃罪，系共同犯罪。{roles}"
    "二被告人归案后均能如实供述自己的罪行，依法可以从轻处罚。"
    "依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第六十七条第三款之规定，判决如下：\n"
    "一、被告人甲某犯盗窃罪，判处有期徒刑二年六个月，并处罚金人民币一万元。\n"
    "二、被告人乙某犯盗窃罪，判处有期徒刑二年三个月，并处罚金人民币八千元。\n"
    "审判长 某某某 二〇一九年七月十日 书记员 某某某"
)
_TOGETHER = ("2018年10月至12月间，被告人甲某、乙某结伙，先后三次至某公司仓库，窃得铜排、电缆等物。"
             "经认定，被盗物品价值共计人民币{amount}元。")
_APART = ("（一）2018年10月5日，被告人甲某、乙某至某公司仓库，窃得铜排一批。经认定，价值人民币50000元。"
          "（二）2018年12月2日，被告人甲某至某工地，窃得电缆一批。经认定，价值人民币46000元。")
_ACCESSORY = "被告人乙某在共同犯罪中起次要作用，系从犯，依法可以从轻处罚。"


@pytest.mark.parametrize(
    ("facts", "roles", "warned"),
    [
        # 96,000 yuan stolen by both together is 数额巨大 in 浙江 (from 8万元): terms of the first bracket with only a
        # 坦白, for each
        (_TOGETHER.format(amount="96000"), "", ["甲某", "乙某"]),
        (_TOGETHER.format(amount="96000"), _ACCESSORY, ["甲某"]),  # a 从犯 answers for it with less
        (_TOGETHER.format(amount="60000"), "", []),  # 数额较大
        # one theft of 甲某 alone: whose share is what, fayan does not read
        (_APART, "", []),
    ],
    ids=["together", "accessory", "smaller", "apart"],
)
def test_e4_a_term_below_the_bracket_of_the_amount_several_defendants_took_together(
    facts: str, roles: str, warned: list[str]
) -> None:
    """Of several defendants tried for one count of the same charge, where every amount the facts tell is told
    of them all or of none in particular (甲某、乙某结伙…被盗物品价值共计…), the crime amount found is each one's
    (刑法第二十六条第四款): a term below the bracket it reaches, with no ground to go lower, is reported for each."""
    text = TOGETHER_THEFT.format(facts=facts, roles=roles)
    j = extract(text)
    assert [d.name for d in j.defendants] == ["甲某", "乙某"]
    found = [f for f in run_checks([j]) if f.rule in ("E3", "E4")]
    assert [(f.rule, f.defendant) for f in found] == [("E4", n) for n in warned], [f.message for f in found]
    for f in found:
        assert f.message.startswith("查明犯罪数额96000元，按浙江的标准已达第2档（数额巨大或者有其他严重情节）")
        assert all(text[e.start : e.end] == e.text for e in f.evidence)


@pytest.mark.parametrize(
    ("amount", "rules"),
    [
        # 8,750 yuan and 数额较大 found: four years lie only in 数额巨大's bracket, above the court's own level (E3),
        # and above what the amount reaches (E4)
        ("8750", {"E3", "E4"}),
        # 200,000 yuan is 数额巨大 everywhere: the level is wrong, not the term (E4 alone)
        ("200000", {"E4"}),
    ],
)
def test_e3_one_count_above_the_bracket_of_the_level_the_reasoning_finds(
    amount: str, rules: set[str]
) -> None:
    over = dict(facts=f"窃得他人现金人民币{amount}元", reason="盗窃他人财物，数额较大，",
                sentence="有期徒刑四年，并处罚金人民币八千元", end="2023年12月1日")
    j = extract(TEMPLATE.format(**{**BASE, **over}))
    assert j.total_crime_amount_yuan == int(amount)
    got = {f.rule for f in run_checks([j]) if f.rule in ("E3", "E4") and f.severity != "info"}
    assert got == rules, [(f.rule, f.message) for f in run_checks([j])]


# an appeal of one of two defendants dismissed after the ruling's own findings and reasons (经审理查明的事实与原判认定的
# 事实一致; 本院认为…原判…量刑适当): it upholds both sentences, as the first instance's result retold item by item gives
# them, each note with a 。 inside it
UPHELD = (
    "某某市中级人民法院 刑事裁定书 （2021）浙01刑终120号 原公诉机关某某区人民检察院。 "
    "上诉人（原审被告人）甲某，男，1985年3月2日出生，汉族，住某某区。{prior}因涉嫌犯{charge}，于2021年6月20日被刑事拘留，"
    "同年7月5日被逮捕。 原审被告人乙某，男，1990年5月6日出生，汉族，住某某区。因涉嫌犯{charge}，于2021年6月22日被刑事"
    "拘留，同年7月5日被逮捕。 某某区人民法院审理某某区人民检察院指控原审被告人甲某、乙某犯{charge}一案，于2021年11月2日"
    "作出（2021）浙0110刑初300号刑事判决。原审被告人甲某不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，认为"
    "本案事实清楚，决定不开庭审理。现已审理终结。 原判认定：{facts} 2021年6月20日、22日，二被告人先后被抓获。 "
    "原判认为，{reasons}依照《中华人民共和国刑法》第{article}条、第二十五条第一款之规定，判决：一、被告人甲某犯{charge}，"
    "判处{first}（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2021年6月20日起至{end1}止）。"
    "二、被告人乙某犯{charge}，判处{second}（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自"
    "2021年6月22日起至{end2}止）。 上诉人甲某上诉称：原判对其量刑过重。 经审理查明的事实与原判认定的事实一致。 "
    "本院认为，{own}原判定罪准确，量刑适当，审判程序合法。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项"
    "之规定，裁定如下： 驳回上诉，维持原判。 本裁定为终审裁定。 审判长 丙某 审判员 丁某 审判员 戊某 二〇二二年一月十日 "
    "书记员 己某"
)
# 故意伤害 of 轻伤 (234①, three years at most), both sentences within it
HURT = dict(
    prior="", charge="故意伤害罪", article="二百三十四条第一款",
    facts="2021年6月18日，被告人甲某、乙某在某某区一饭店门口与被害人丙某发生争执，甲某持刀刺伤丙某，乙某拳击丙某。"
          "经鉴定，丙某的损伤程度为轻伤二级。",
    reasons="被告人甲某、乙某故意伤害他人身体，致一人轻伤，其行为均已构成故意伤害罪。",
    first="有期徒刑二年", end1="2023年6月19日", second="有期徒刑一年", end2="2022年6月21日",
    own="上诉人甲某、原审被告人乙某故意伤害他人身体，致一人轻伤二级，其行为均已构成故意伤害罪。",
)  # fmt: skip


def test_an_appeal_ruling_upholds_the_sentences_it_retells_of_its_header_s_persons() -> None:
    """驳回上诉，维持原判: the result names no one (no defendants), the persons whose sentences it upholds are read as
    defendants are, the second's item too, after the first item's note with its 。 inside."""
    text = UPHELD.format(**HURT)
    j = extract(text)
    assert j.defendants == ()
    assert [o.defendant for o in j.original_sentences] == ["甲某", "乙某"]
    assert [(d.name, d.verdict.term_months, d.verdict.term_start, d.verdict.term_end, d.detained_on)
            for d in j.affirmed] == [("甲某", 24, "2021-06-20", "2023-06-19", "2021-06-20"),
                                     ("乙某", 12, "2021-06-22", "2022-06-21", "2021-06-22")]
    p = j.span("affirmed_by")
    assert p is not None and p.text == "驳回上诉，维持原判" and text[p.start : p.end] == p.text
    assert run_checks([j]) == []


def test_e3_on_an_upheld_sentence_above_the_bracket_of_the_harm_the_ruling_finds() -> None:
    """三年六个月 for 故意伤害 of 轻伤 (234①: three years at most), which the ruling upholds as 量刑适当 after finding the
    轻伤 itself: its own error, told as the sentence it upholds, with the words that uphold it."""
    text = UPHELD.format(**{**HURT, "first": "有期徒刑三年六个月", "end1": "2024年12月19日"})
    found = [f for f in run_checks([extract(text)]) if f.rule == "E3"]
    assert [(f.defendant, f.message[:8]) for f in found] == [("甲某", "本裁定维持原判：")], found
    labels = {e.label: e.text for e in found[0].evidence}
    assert labels["裁定主文"] == "驳回上诉，维持原判" and labels["一审判决主文"] == "有期徒刑三年六个月"
    assert found[0].data["affirmed"] is True
    for e in found[0].evidence:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("released, fires", [("2014年1月10日", True), ("2017年1月10日", False)])
def test_e10_on_an_upheld_sentence_of_a_recidivist_released_more_than_five_years_before(
    released: str, fires: bool
) -> None:
    """The ruling's own reasoning finds 累犯 (刑罚执行完毕后五年以内再犯) of a man released more than five years before the
    crimes it finds (the first instance's, adopted): its own error in the sentence it upholds."""
    over = dict(
        prior=f"2012年3月因犯盗窃罪被某某区人民法院判处有期徒刑二年，{released}刑满释放。", charge="盗窃罪",
        article="二百六十四", facts="2021年5月至6月，被告人甲某、乙某结伙盗窃三次，窃得手机等物品，共计价值人民币9800元。",
        reasons="被告人甲某、乙某以非法占有为目的，多次秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。",
        first="有期徒刑一年六个月，并处罚金人民币五千元", end1="2022年12月19日",
        second="有期徒刑一年，并处罚金人民币三千元", end2="2022年6月21日",
        own="上诉人甲某、原审被告人乙某多次秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。上诉人甲某曾因犯盗窃罪被判处有期"
            "徒刑，刑罚执行完毕后五年以内再犯应当判处有期徒刑以上刑罚之罪，系累犯，依法应当从重处罚。",
    )  # fmt: skip
    j = extract(UPHELD.format(**over))
    found = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E10"]
    assert bool(found) == fires, found
    assert not fires or found[0][0] == "甲某" and found[0][1].startswith("本裁定维持原判：")


@pytest.mark.parametrize("role, fires", [("乙某起次要作用，系从犯，依法减轻处罚。", False), ("", True)])
def test_an_upheld_sentence_below_the_harm_s_bracket_for_a_ground_the_first_instance_found(
    role: str, fires: bool
) -> None:
    """二年六个月 for 故意伤害 of 重伤 (234②: three to ten years), taken below it for the 从犯 the first instance's
    reasoning finds (原判认为…系从犯，依法减轻处罚), which the ruling upholds (量刑适当) without telling it again: the
    ground is the upheld judgment's, and neither E3 nor E11 is a lead; without it, E3."""
    over = dict(
        HURT, facts=HURT["facts"].replace("轻伤二级", "重伤二级"),
        reasons=f"被告人甲某、乙某故意伤害他人身体，致一人重伤，其行为均已构成故意伤害罪。{role}",
        first="有期徒刑三年六个月", end1="2024年12月19日", second="有期徒刑二年六个月", end2="2023年12月21日",
        own="上诉人甲某、原审被告人乙某故意伤害他人身体，致一人重伤，其行为均已构成故意伤害罪。",
    )  # fmt: skip
    j = extract(UPHELD.format(**over))
    assert [(c.kind, c.defendant) for c in j.affirmed_circumstances if c.kind == "从犯"] == (
        [] if fires else [("从犯", "乙某")])
    found = [(f.rule, f.defendant) for f in run_checks([j]) if f.severity != "info"]
    assert found == ([("E3", "乙某")] if fires else []), found


@pytest.mark.parametrize("harm, fires", [("重伤二级", False), ("轻伤一级", True)])
def test_e11_a_term_below_the_bracket_of_the_harm_the_clause_states(harm: str, fires: bool) -> None:
    """故意伤害…致人重伤 (234②: three to ten years) and 二年六个月 for a 从犯: taken below the harm's bracket, the
    ground left its trace, though the term lies in the top quarter of 234①'s six months to three years; of 轻伤,
    it did not."""
    said = "重伤" if harm.startswith("重伤") else "轻伤"
    over = dict(charge="故意伤害罪", article="二百三十四", facts=f"伙同他人殴打被害人乙某，致乙某{harm}",
                reason=f"伙同他人故意伤害他人身体，致人{said}，在共同犯罪中起次要作用，系从犯，依法应当减轻处罚，",
                sentence="有期徒刑二年六个月", end="2022年6月1日")  # fmt: skip
    e11 = _messages("E11", **over)
    assert bool(e11) == fires, e11


RING = (
    "某某市某某区人民法院 刑事判决书 （2023）浙0102刑初8号 公诉机关某某市某某区人民检察院。 "
    "被告人甲某，男，1990年1月1日出生，汉族，初中文化，无业。因本案于2023年1月5日被刑事拘留，同年1月20日被取保候审。 "
    "被告人乙某，男，1991年1月1日出生，汉族，初中文化，无业。因本案于2023年1月5日被刑事拘留，同年1月20日被取保候审。 "
    "被告人丙某，男，1992年1月1日出生，汉族，初中文化，无业。因本案于2023年1月5日被刑事拘留，同年1月20日被取保候审。 "
    "某某区人民检察院以起诉书指控被告人甲某、乙某、丙某犯{charge}，于2023年3月1日向本院提起公诉。 "
    "经审理查明，{facts} 本院认为，{reasons}"
    "依照《中华人民共和国刑法》第{article}条，第七十二条第一款，第七十三条第二款、第三款之规定，判决如下： "
    "一、被告人甲某犯{charge}，判处有期徒刑二年，缓刑三年{fine}。 二、被告人乙某犯{charge}，判处有期徒刑一年，缓刑二年{fine}。 "
    "三、被告人丙某犯{charge}，判处有期徒刑一年，缓刑二年{fine}。 （缓刑考验期限，从判决确定之日起计算。） "
    "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判员丁某 二〇二三年四月一日 书记员戊某"
)
_GANG = dict(
    charge="诈骗罪", article="二百六十六", fine="，并处罚金人民币一万元",
    facts="2022年5月至10月，被告人甲某纠集被告人乙某、丙某，以招聘兼职为名骗取他人钱款共计人民币42000元。",
    reasons="被告人甲某、乙某、丙某以非法占有为目的，骗取他人财物，数额较大，其行为均已构成诈骗罪。{role}",
)  # fmt: skip
_BRAWL = dict(
    charge="聚众斗殴罪", article="二百九十二条第一款", fine="",
    facts="2022年8月1日晚，被告人甲某因琐事纠集被告人乙某、丙某与他人互相殴斗。",
    reasons="被告人甲某、乙某、丙某聚众斗殴，{role}其行为均已构成聚众斗殴罪。",
)  # fmt: skip


@pytest.mark.parametrize(
    ("case", "role", "lead", "fires"),
    [
        # the reasoning calls the group a 犯罪集团, then its leader 首要分子
        (_GANG, "被告人甲某、乙某、丙某为共同实施诈骗犯罪组成较为固定的犯罪组织，系犯罪集团。甲某组织、领导该集团，"
                "系首要分子，应当按照集团所犯的全部罪行处罚；乙某、丙某起次要作用，系从犯，依法可以从轻处罚。", True, True),
        # the 首要分子's words name the group
        (_GANG, "甲某系该犯罪集团的首要分子，应当按照集团所犯的全部罪行处罚。", True, True),
        # one the reasoning says is not (不是首要分子): a negated record, no lead
        (_GANG, "被告人甲某、乙某、丙某为共同实施诈骗犯罪组成较为固定的犯罪组织，系犯罪集团。甲某虽纠集他人，"
                "但不是首要分子。", False, False),
        # the 首要分子 of a 聚众 crime is not barred from 缓刑 (刑法74 names a 犯罪集团's), nor is a 积极参加者
        (_BRAWL, "其中甲某系首要分子，乙某、丙某系积极参加者，", True, False),
        (_BRAWL, "甲某是聚众斗殴的首要分子，乙某、丙某系积极参加者，", True, False),
    ],
)
def test_e6_the_ringleader_of_a_criminal_group_given_probation(
    case: dict, role: str, lead: bool, fires: bool
) -> None:
    """刑法第七十四条: 对于…犯罪集团的首要分子，不适用缓刑. The 首要分子 the reasoning finds is recorded as a role, of a
    犯罪集团 or of a 聚众 crime (刑法第九十七条); only the group's, given 缓刑, is an error; the others of the group
    (从犯) and a brawl's 积极参加者 may have 缓刑."""
    j = extract(RING.format(**{**case, "reasons": case["reasons"].format(role=role)}))
    assert [(c.defendant, c.negated) for c in j.circumstances if c.kind == "首要分子"] == [("甲某", not lead)]
    assert [v.verdict.probation_months for v in j.defendants] == [36, 24, 24]
    e6 = [f for f in run_checks([j]) if f.rule == "E6"]
    found = [(f.defendant, f.message, f.basis) for f in e6]
    assert found == ([("甲某", "被告人甲某系犯罪集团的首要分子，依法不适用缓刑，判决却宣告缓刑。", "刑法第七十四条")]
                     if fires else []), found
    # the 首要分子 the reasoning finds is evidence, and the 犯罪集团 it finds where those words do not name it
    assert all(any(e.text.endswith("首要分子") for e in f.evidence) for f in e6)


def test_e11_an_accessory_punished_above_the_ringleader() -> None:
    """The 首要分子 of a crime group is a principal (刑法26, 97) though the reasoning does not say 主犯: an accessory
    sentenced more heavily than the ringleader is compared with him as with a principal, and the roles of the
    group are told, so a co-defendant found neither (丙某) is not taken for a principal."""
    role = ("被告人甲某、乙某、丙某为共同实施诈骗犯罪组成较为固定的犯罪组织，系犯罪集团。甲某组织、领导该集团，系首要分子，"
            "应当按照集团所犯的全部罪行处罚；乙某起次要作用，系从犯，依法可以从轻处罚。")
    text = (RING.format(**{**_GANG, "reasons": _GANG["reasons"].format(role=role)})
            .replace("甲某犯诈骗罪，判处有期徒刑二年，缓刑三年", "甲某犯诈骗罪，判处有期徒刑十个月")
            .replace("乙某犯诈骗罪，判处有期徒刑一年，缓刑二年", "乙某犯诈骗罪，判处有期徒刑一年二个月")
            .replace("第七十二条第一款，第七十三条第二款、第三款", "第二十六条、第二十七条"))  # fmt: skip
    j = extract(text)
    assert [(c.defendant, c.kind) for c in j.circumstances if c.kind in ("首要分子", "从犯")] == [
        ("甲某", "首要分子"), ("乙某", "从犯")]
    found = [(f.defendant, f.message) for f in run_checks([j]) if f.rule == "E11"]
    assert found == [("乙某", "被告人乙某系从犯，所判有期徒刑1年2个月重于同案首要分子甲某的有期徒刑10个月，"
                              "从犯应当从轻、减轻或者免除处罚。")], found


# a first-instance judgment after a remand: the first judgment, the defendant's appeal alone, the case sent
# back
_REMANDED = (
    "江西省九江市濂溪区人民法院\n刑 事 判 决 书\n（2024）赣0402刑初211号\n\n公诉机关江西省九江市濂溪区人民检察院。\n\n"
    "被告人柴晓东，男，1986年4月11日出生，汉族，高中文化，无业，住九江市濂溪区莲花路16号。因涉嫌犯盗窃罪于2023年5月8日"
    "被九江市公安局濂溪分局刑事拘留，同年6月9日被逮捕。现羁押于九江市看守所。\n\n"
    "江西省九江市濂溪区人民检察院以九濂检刑诉〔2023〕233号起诉书指控被告人柴晓东犯盗窃罪，于2023年8月2日向本院提起公诉。"
    "本院于2023年10月16日作出（2023）赣0402刑初455号刑事判决，以盗窃罪判处被告人柴晓东有期徒刑三年，并处罚金人民币一万元。"
    "宣判后，被告人柴晓东不服，提出上诉。江西省九江市中级人民法院于2024年1月22日作出（2024）赣04刑终19号刑事裁定，"
    "以原判认定的部分事实不清为由，撤销原判，发回本院重新审判。本院依法另行组成合议庭，公开开庭审理了本案。现已审理终结。\n\n"
    "九江市濂溪区人民检察院指控：2022年11月至2023年4月间，被告人柴晓东先后四次进入他人店铺，窃取现金及手机等财物，"
    "共计价值人民币四万二千元。重审中，公诉机关未变更起诉。\n\n"
    "经审理查明：2022年11月至2023年4月间，被告人柴晓东先后四次进入九江市濂溪区多家店铺，窃取现金及手机等财物，"
    "共计价值人民币四万二千元。\n\n上述事实，有被害人陈述，证人证言，被告人柴晓东的供述等证据证实，足以认定。\n\n"
    "本院认为，被告人柴晓东以非法占有为目的，多次秘密窃取他人财物，数额巨大，其行为已构成盗窃罪。"
    "依照《中华人民共和国刑法》第二百六十四条、第五十二条、第五十三条之规定，判决如下：\n\n"
    "被告人柴晓东犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元。\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2023年5月8日起至2026年11月7日止。）\n\n"
    "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向江西省九江市中级人民法院提出上诉。\n\n"
    "审　判　长　　乔静怡\n审　判　员　　甘立新\n审　判　员　　喻文澜\n\n二〇二四年四月十九日\n\n书　记　员　　卞春晓\n"
)


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        ("", "", ("error", "本文书对柴晓东判处有期徒刑3年6个月，重于此前判处的有期徒刑3年。")),
        # the same term, a larger fine: a warning
        ("有期徒刑三年六个月，并处罚金人民币一万元", "有期徒刑三年，并处罚金人民币二万元",
         ("warning", "本文书对柴晓东并处罚金20000元，多于此前的10000元（附加刑亦不得加重）。")),
        ("有期徒刑三年六个月，并处罚金人民币一万元", "有期徒刑三年，并处罚金人民币一万元", None),
        # a protest beside the appeal, new facts prosecuted at the retrial (in the history or told with the
        # prosecution's charges), or no remand: none
        ("提出上诉。", "提出上诉，九江市濂溪区人民检察院提出抗诉。", None),
        ("重审中，公诉机关未变更起诉。", "重审中，公诉机关补充起诉被告人柴晓东于2023年3月盗窃电动车一辆的犯罪事实。", None),
        ("重审中，公诉机关未变更起诉。", "重审中，公诉机关以新的犯罪事实补充指控。", None),
        ("本院依法另行组成合议庭", "重审期间，九江市濂溪区人民检察院变更起诉，指控被告人柴晓东犯盗窃罪、诈骗罪。本院依法另行组成合议庭",
         None),
        ("撤销原判，发回本院重新审判", "驳回上诉，维持原判", None),
        # the law's exception quoted is no new facts prosecuted
        ("依照《", "除有新的犯罪事实，人民检察院补充起诉的以外，原审人民法院也不得加重被告人的刑罚。依照《",
         ("error", "本文书对柴晓东判处有期徒刑3年6个月，重于此前判处的有期徒刑3年。")),
    ],
)
def test_e15_a_retrial_after_a_remand_heavier_than_the_first_judgment(
    old: str, new: str, found: tuple[str, str] | None
) -> None:
    """刑事诉讼法第二百三十七条第二款: a case sent back on the defendant's appeal alone may not be punished more
    heavily at the retrial unless new facts were prosecuted (补充起诉, 变更起诉); the document's own sentence is
    compared with the first judgment's its history tells."""
    j = extract(_REMANDED.replace(old, new, 1) if old else _REMANDED)
    assert [d.remanded for d in j.earlier_decisions][-1] == ("驳回上诉" not in new)
    e15 = [(f.severity, f.message) for f in run_checks([j]) if f.rule == "E15"]
    prefix = "（2023）赣0402刑初455号判决后仅有被告人一方上诉，（2024）赣04刑终19号裁定发回重审，未见补充起诉新的犯罪事实，"
    assert e15 == ([(found[0], prefix + found[1])] if found else []), e15


# a second-instance judgment that finds 轻伤 where the first instance found 重伤, and says that finding was wrong
_HARM_CORRECTED = (
    "山东省潍坊市中级人民法院\n刑 事 判 决 书\n（2024）鲁07刑终88号\n\n原公诉机关山东省潍坊市奎文区人民检察院。\n\n"
    "上诉人（原审被告人）龚海川，男，1990年2月14日出生，汉族，初中文化，务工人员，住潍坊市奎文区东风街9号。"
    "因涉嫌犯故意伤害罪于2023年7月3日被潍坊市公安局奎文分局刑事拘留，同年8月4日被逮捕。现羁押于潍坊市看守所。\n\n"
    "山东省潍坊市奎文区人民法院审理潍坊市奎文区人民检察院指控原审被告人龚海川犯故意伤害罪一案，于2024年1月10日作出"
    "（2023）鲁0705刑初612号刑事判决。原审被告人龚海川不服，提出上诉。本院依法组成合议庭，公开开庭审理了本案。"
    "现已审理终结。\n\n原判认定：2023年7月2日22时许，被告人龚海川在潍坊市奎文区一烧烤店内因琐事与被害人谭永生发生争执，"
    "龚海川持木凳击打谭永生头部，致谭永生颅骨骨折。经鉴定，谭永生的损伤程度为重伤二级。"
    "原判以故意伤害罪判处龚海川有期徒刑三年六个月。\n\n上诉人龚海川提出，被害人的伤情鉴定有误，原判量刑过重。\n\n"
    "经审理查明：2023年7月2日22时许，上诉人龚海川在潍坊市奎文区一烧烤店内因琐事与被害人谭永生发生争执，"
    "龚海川持木凳击打谭永生头部，致谭永生头皮挫裂伤、颅骨线性骨折。二审期间，经本院委托重新鉴定，"
    "谭永生的损伤程度为轻伤一级。\n\n上述事实，有被害人陈述，证人证言，重新鉴定意见书，上诉人龚海川的供述等证据证实，"
    "足以认定。\n\n本院认为，上诉人龚海川故意伤害他人身体，致一人轻伤，其行为已构成故意伤害罪。"
    "原判认定龚海川致被害人重伤二级的鉴定依据不足，应予纠正。上诉人的相关上诉理由成立，本院予以采纳。"
    "依照《中华人民共和国刑法》第二百三十四条第一款，《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，"
    "判决如下：\n\n一、撤销山东省潍坊市奎文区人民法院（2023）鲁0705刑初612号刑事判决。\n"
    "二、上诉人龚海川犯故意伤害罪，判处有期徒刑二年。\n（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日"
    "折抵刑期一日，即自2023年7月3日起至2025年7月2日止。）\n\n本判决为终审判决。\n\n"
    "审　判　长　　房明哲\n审　判　员　　戚玉兰\n审　判　员　　阎少川\n\n二〇二四年三月二十八日\n\n书　记　员　　殷若溪\n"
)


@pytest.mark.parametrize(
    ("said", "harm"),
    [
        ("原判认定龚海川致被害人重伤二级的鉴定依据不足，应予纠正。", "轻伤"),
        ("原判认定龚海川致被害人重伤二级的依据不足。", "轻伤"),
        ("原判认定龚海川致被害人重伤二级有误。", "轻伤"),
        ("现有证据不能认定被害人谭永生的损伤为重伤。", "轻伤"),
        # a 重伤 the court does not say is wrong is found: the slip between it and the 轻伤 concluded is reported
        ("被害人谭永生的损伤为重伤。", "重伤"),
    ],
)
def test_e3_a_harm_the_court_says_the_first_instance_found_wrongly_is_not_found(said: str, harm: str) -> None:
    """The harm found is not one the court rejects (原判认定…致被害人重伤二级的鉴定依据不足; 不能认定…为重伤): the
    轻伤 it finds puts 二年 within 234's first bracket, with no 重伤 for E3 to set against it."""
    text = _HARM_CORRECTED.replace("原判认定龚海川致被害人重伤二级的鉴定依据不足，应予纠正。", said)
    j = extract(text)
    assert (j.harm_found, j.harm_short_of_death) == (harm, harm)
    e3 = [f.message for f in run_checks([j]) if f.rule == "E3"]
    assert e3 == ([] if harm == "轻伤" else [
        "查明伤情为重伤，本院认为却认定该罪致人轻伤，被告人龚海川犯故意伤害罪却被判处有期徒刑2年，低于该伤情所在第2档"
        "（致人重伤）的最低刑3年，本院认为部分未见减轻处罚情节。"]), e3


# 二审 of three: 简海峰's item revoked and his sentence passed anew, the others' upheld by number alone (fictional)
_PARTLY_REVISED = (
    "湖北省宜昌市中级人民法院\n"
    "刑事判决书\n"
    "（2024）鄂05刑终131号\n"
    "\n"
    "原公诉机关宜昌市西陵区人民检察院。\n"
    "\n"
    "上诉人（原审被告人）蒲国栋，男，1985年6月12日出生，汉族，初中文化，无业，住宜昌市西陵区。因涉嫌犯盗窃罪于2023年5月9日被宜昌市公安局西陵区分局刑事拘留，同年6月14日被逮捕。现羁"
    "押于宜昌市看守所。\n"
    "\n"
    "原审被告人简海峰，男，1992年1月25日出生，汉族，初中文化，无业，住宜昌市伍家岗区。2020年3月2日因犯盗窃罪被宜昌市西陵区人民法院判处有期徒刑一年，2021年1月15日刑满释放。因涉"
    "嫌犯盗窃罪于2023年5月9日被宜昌市公安局西陵区分局刑事拘留，同年6月14日被逮捕。现羁押于宜昌市看守所。\n"
    "\n"
    "原审被告人屈文亮，男，1996年10月7日出生，汉族，高中文化，无业，住宜昌市点军区。因涉嫌犯盗窃罪于2023年5月10日被宜昌市公安局西陵区分局刑事拘留，同年6月14日被逮捕。现羁押于宜昌"
    "市看守所。\n"
    "\n"
    "宜昌市西陵区人民法院审理宜昌市西陵区人民检察院指控原审被告人蒲国栋、简海峰、屈文亮犯盗窃罪一案，于2023年12月4日作出（2023）鄂0502刑初377号刑事判决。宣判后，原审被告人蒲国栋"
    "不服，提出上诉。宜昌市西陵区人民检察院以原判对原审被告人简海峰量刑畸轻为由，提出抗诉。本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。\n"
    "\n"
    "原判认定：2023年2月至4月，被告人蒲国栋、简海峰、屈文亮结伙，先后三次进入宜昌市西陵区居民住宅，窃得现金、首饰等财物，价值共计人民币15600元。\n"
    "\n"
    "原判认为，被告人蒲国栋、简海峰、屈文亮以非法占有为目的，入户盗窃他人财物，数额较大，其行为均已构成盗窃罪，系共同犯罪。依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款之规定，判决："
    "一、被告人蒲国栋犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币八千元；二、被告人简海峰犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；三、被告人屈文亮犯盗窃罪，判处有期徒刑十个月，并处罚"
    "金人民币四千元；四、责令被告人蒲国栋、简海峰、屈文亮退赔各被害人的经济损失。\n"
    "\n"
    "上诉人蒲国栋上诉提出，原判量刑过重。\n"
    "\n"
    "经审理查明的事实与原判认定的事实相同，本院予以确认。另查明，原审被告人简海峰曾因犯盗窃罪于2020年3月2日被判处有期徒刑一年，2021年1月15日刑满释放。\n"
    "\n"
    "本院认为，上诉人蒲国栋、原审被告人简海峰、屈文亮以非法占有为目的，入户盗窃他人财物，数额较大，其行为均已构成盗窃罪，系共同犯罪。原审被告人简海峰系累犯，应当从重处罚，原判未予认定，本院予以纠"
    "正。上诉人蒲国栋所提量刑过重的意见不能成立，本院不予采纳。\n"
    "\n"
    "综上，原判对上诉人蒲国栋、原审被告人屈文亮的定罪量刑适当，对原审被告人简海峰量刑不当，应予改判。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项、第（二）项，《中华人民共和国刑"
    "法》第二百六十四条、第二十五条第一款、第六十五条第一款之规定，判决如下：\n"
    "\n"
    "一、维持宜昌市西陵区人民法院（2023）鄂0502刑初377号刑事判决第一项、第三项、第四项；\n"
    "\n"
    "二、撤销宜昌市西陵区人民法院（2023）鄂0502刑初377号刑事判决第二项；\n"
    "\n"
    "三、原审被告人简海峰犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币五千元。\n"
    "\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2023年5月9日起至2024年11月8日止。）\n"
    "\n"
    "本判决为终审判决。\n"
    "\n"
    "审　判　长　　戴卫东\n"
    "审　判　员　　符晓琳\n"
    "审　判　员　　孔德明\n"
    "\n"
    "二〇二四年三月八日\n"
    "\n"
    "书　记　员　　鲁思远\n"
)


@pytest.mark.parametrize(
    ("kept", "upheld", "expected"),
    [
        ("第一项、第三项、第四项；", ("蒲国栋", "屈文亮"), []),
        ("第一、三、四项；", ("蒲国栋", "屈文亮"), []),
        ("第一项至第四项；", ("蒲国栋", "屈文亮"), []),
        ("第一项、第三项、第四项，即对上诉人蒲国栋、原审被告人屈文亮的定罪量刑；", ("蒲国栋", "屈文亮"), []),
        # 屈文亮's item (三) neither upheld nor replaced: a true lead
        ("第一项、第四项；", ("蒲国栋",), ["首部列明的被告人屈文亮在判决主文中没有处理结果。"]),
    ],
)
def test_x2_a_first_instance_item_upheld_by_its_number(
    kept: str, upheld: tuple[str, ...], expected: list[str]
) -> None:
    """An appeal that resentences one (撤销…判决第二项；原审被告人简海峰犯盗窃罪，判处…) and upholds the others' items by
    their numbers alone (维持…刑事判决第一项、第三项、第四项), the retold result telling whose each is (判决：一、被告人
    蒲国栋犯盗窃罪…；三、被告人屈文亮犯…): it deals with them, who are no defendants of its result; X2 only for one whose
    item it neither upholds nor replaces."""
    line = "第一项、第三项、第四项；"
    assert _PARTLY_REVISED.count(line) == 1
    j = extract(_PARTLY_REVISED.replace(line, kept))
    assert ([d.name for d in j.defendants], j.upheld_by_item) == (["简海峰"], upheld)
    assert [f.message for f in run_checks([j]) if f.rule == "X2"] == expected


def test_a_ground_named_of_a_person_upheld_by_item_number_is_not_the_resentenced_defendants() -> None:
    """The one defendant of the result (简海峰) does not take a ground the reasoning names of a co-appellant whose
    item the result upholds by number (上诉人蒲国栋起主要作用，系主犯; 系累犯)."""
    told = "系共同犯罪。原审被告人简海峰系累犯"
    assert _PARTLY_REVISED.count(told) == 1
    j = extract(_PARTLY_REVISED.replace(told, "系共同犯罪。上诉人蒲国栋起主要作用，系主犯。原审被告人简海峰系累犯"))
    assert [d.name for d in j.defendants] == ["简海峰"]
    assert "主犯" not in j.defendants[0].circumstances and "累犯" in j.defendants[0].circumstances


# 二审 of two: the helper's amount found anew, her item revoked, the deceiver's upheld by number (fictional)
_OWN_AMOUNT = (
    "江西省九江市中级人民法院\n"
    "刑事判决书\n"
    "（2024）赣04刑终88号\n"
    "\n"
    "原公诉机关九江市浔阳区人民检察院。\n"
    "\n"
    "上诉人（原审被告人）骆志鹏，男，1982年2月14日出生，汉族，初中文化，无业，住九江市浔阳区。因涉嫌犯诈骗罪于2023年3月6日被九江市公安局浔阳分局刑事拘留，同年4月11日被逮捕。现羁押"
    "于九江市看守所。\n"
    "\n"
    "上诉人（原审被告人）阎秋菊，女，1990年9月3日出生，汉族，高中文化，无业，住九江市濂溪区。因涉嫌犯诈骗罪于2023年3月8日被九江市公安局浔阳分局刑事拘留，同年4月11日被逮捕。现羁押于"
    "九江市看守所。\n"
    "\n"
    "九江市浔阳区人民法院审理九江市浔阳区人民检察院指控原审被告人骆志鹏、阎秋菊犯诈骗罪一案，于2023年11月20日作出（2023）赣0403刑初512号刑事判决。原审被告人骆志鹏、阎秋菊不服，"
    "提出上诉。本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。\n"
    "\n"
    "原判认定：2022年5月至12月，被告人骆志鹏谎称能为他人办理低息贷款，以收取手续费为由，先后骗取被害人蔡文斌、邓玉梅、符志刚、宫晓燕、华明轩五人钱款共计人民币128000元。其中，被告人阎"
    "秋菊明知骆志鹏无力办理贷款，仍冒充银行职员接听被害人符志刚、宫晓燕的电话，协助骆志鹏骗取符志刚人民币12000元、宫晓燕人民币9500元。原判据此认定被告人阎秋菊参与诈骗数额共计人民币128"
    "000元。\n"
    "\n"
    "原判认为，被告人骆志鹏、阎秋菊以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为均已构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条、第二十五条第一款之规定，判决：一、被告人骆志"
    "鹏犯诈骗罪，判处有期徒刑四年，并处罚金人民币四万元；二、被告人阎秋菊犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元；三、责令被告人骆志鹏、阎秋菊退赔各被害人的经济损失。\n"
    "\n"
    "上诉人阎秋菊上诉提出，其仅参与了对符志刚、宫晓燕的诈骗，原判认定其诈骗数额错误。\n"
    "\n"
    "经审理查明，2022年5月至12月，上诉人骆志鹏谎称能为他人办理低息贷款，以收取手续费为由，先后骗取被害人蔡文斌、邓玉梅、符志刚、宫晓燕、华明轩五人钱款共计人民币128000元。其中，上诉人"
    "阎秋菊明知骆志鹏无力办理贷款，仍冒充银行职员接听被害人符志刚、宫晓燕的电话，协助骆志鹏骗取符志刚人民币12000元、宫晓燕人民币9500元。\n"
    "\n"
    "本院认为，上诉人骆志鹏以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪。上诉人阎秋菊明知他人实施诈骗仍提供帮助，骗取他人财物，数额较大，其行为已构成诈骗罪。\n"
    "\n"
    "关于上诉人阎秋菊所提诈骗数额认定错误的意见，经查，阎秋菊仅参与了对符志刚、宫晓燕的诈骗，其应对该二起诈骗数额共计人民币21500元承担刑事责任，该上诉意见成立，本院予以采纳。\n"
    "\n"
    "综上，原判对上诉人骆志鹏的定罪量刑正确，应予维持；对上诉人阎秋菊的量刑不当，应予改判。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项、第（二）项，《中华人民共和国刑法》第二百"
    "六十六条、第二十五条第一款之规定，判决如下：\n"
    "\n"
    "一、维持九江市浔阳区人民法院（2023）赣0403刑初512号刑事判决第一项、第三项；\n"
    "\n"
    "二、撤销九江市浔阳区人民法院（2023）赣0403刑初512号刑事判决第二项；\n"
    "\n"
    "三、上诉人阎秋菊犯诈骗罪，判处有期徒刑一年，并处罚金人民币一万元。\n"
    "\n"
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2023年3月8日起至2024年3月7日止。）\n"
    "\n"
    "本判决为终审判决。\n"
    "\n"
    "审　判　长　　龚立新\n"
    "审　判　员　　欧阳慧\n"
    "审　判　员　　祁振华\n"
    "\n"
    "二〇二四年二月二十六日\n"
    "\n"
    "书　记　员　　俞晓婷\n"
)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("一年", []),
        ("四年", ["查明犯罪数额21500元，按全国标准至多属第1档，被告人阎秋菊被判处有期徒刑4年，落入第2档，请核实是否具有其他严重情节。"]),
    ],
)
def test_e4_weighs_the_one_defendant_s_own_amount(term: str, expected: list[str]) -> None:
    """The one defendant an appeal sentences answers for the amount the document fixes as hers (其应对该二起诈骗数额
    共计人民币21500元承担刑事责任), not the sum the facts tell of the one who deceived all five (共计人民币128000元):
    E4 weighs hers, 数额较大 everywhere, against her term (one year: within its bracket; four: above it)."""
    old = "判处有期徒刑一年，并处罚金人民币一万元"
    assert _OWN_AMOUNT.count(old) == 1
    j = extract(_OWN_AMOUNT.replace(old, f"判处有期徒刑{term}，并处罚金人民币一万元"))
    assert [d.name for d in j.defendants] == ["阎秋菊"] and j.total_crime_amount_yuan == 128000
    assert [f.message for f in run_checks([j]) if f.rule == "E4"] == expected


# a fraud judgment whose evidence list tells dated papers and sums that are no money taken (all invented)
LISTED_EVIDENCE = (
    "某某省某某市某某区人民法院\n刑事判决书\n（2023）某0101刑初77号\n公诉机关某某市某某区人民检察院。\n"
    "被告人柯望舒，女，1981年3月4日出生，汉族，无业，住某某市某某区。因涉嫌犯诈骗罪于2023年2月6日被刑事拘留，"
    "同年3月10日被逮捕。\n"
    "某某市某某区人民检察院以某检刑诉〔2023〕51号起诉书指控被告人柯望舒犯诈骗罪，于2023年5月8日向本院提起公诉。"
    "本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。\n"
    "经审理查明：2021年9月，被告人柯望舒向被害人甄若溪谎称可以“内部价”购买某楼盘房屋，并伪造一份认购书，载明"
    "总价人民币900000元。甄若溪信以为真，先后向柯望舒转账人民币30000元、56000元。被告人柯望舒骗得上述款项共计"
    "人民币86000元后用于赌博。2023年2月6日，被告人柯望舒被抓获。\n"
    "上述事实，有下列证据证实：\n一、书证\n"
    "1．受案登记表，证实甄若溪于2023年1月9日报案。\n"
    "2．房屋租赁合同，证实甄若溪租住某小区房屋，租期自2021年3月1日起至{end}止，年租金人民币48000元。\n"
    "3．甄若溪的购房合同及贷款合同，证实其另于2020年购得住房一套，总价人民币1800000元，贷款人民币1200000元。\n"
    "4．机动车保险单，证实甄若溪的车辆投保商业险，保险期间为2022年12月1日至{insured}。\n"
    "二、被害人陈述\n被害人甄若溪的陈述，证实其先后被骗三万元、五万六千元，共计八万六千元。\n"
    "本院认为，被告人柯望舒以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪。"
    "被告人柯望舒诈骗数额为人民币86000元，属数额巨大。依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：\n"
    "被告人柯望舒犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币二万元。\n"
    "审判长　甲某\n审判员　乙某\n审判员　丙某\n二〇二三年八月一日\n书记员　丁某\n"
)


@pytest.mark.parametrize(("end", "insured"), [("2024年2月29日", "2023年11月30日"), ("2023年2月28日", "2023年11月30日"),
                                              ("2024年2月29日", "2023年7月31日")])
def test_x6_the_end_of_a_term_a_paper_of_the_evidence_tells_is_no_event(end: str, insured: str) -> None:
    """A lease's term (租期自2021年3月1日起至2024年2月29日止) or an insurance's (保险期间为…至2023年11月30日)
    the evidence list tells may end after the judgment: no day of the facts, so no X6."""
    j = extract(LISTED_EVIDENCE.format(end=end, insured=insured))
    assert j.judgment_date == "2023-08-01"
    assert j.facts_last_date is not None and j.facts_last_date <= "2023-08-01", j.facts_last_date
    assert [f.message for f in run_checks([j]) if f.rule == "X6"] == []


def test_e4_sums_of_the_evidence_list_and_a_forged_price_are_no_crime_amount() -> None:
    """Items of a numbered evidence list, whatever paper each names (2．房屋租赁合同，证实…年租金人民币48000元;
    3．…购房合同…总价人民币1800000元), are the list's, not the facts', and the price a forged paper of the facts
    states (总价人民币900000元) is no money taken: the facts' own total, 86000元, which the reasoning names the
    fraud's amount, is the crime amount (数额巨大, no E4)."""
    j = extract(LISTED_EVIDENCE.format(end="2024年2月29日", insured="2023年11月30日"))
    assert j.total_crime_amount_yuan == 86000
    assert [f.message for f in run_checks([j]) if f.rule in ("E4", "X3")] == []
