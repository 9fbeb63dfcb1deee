"""End to end: the bundled fictional examples against their hand-labelled gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fayan.pipelines.assemble import extract_file
from fayan.pipelines.evaluate import evaluate_records, load_jsonl

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOLD = load_jsonl(Path(__file__).parent / "data" / "examples_gold.jsonl")


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    return {g["id"]: extract_file(EXAMPLES / f"{g['id']}.txt").to_record() for g in GOLD}


def test_every_field_matches_gold(predictions: dict[str, dict]) -> None:
    report = evaluate_records(GOLD, predictions.values())
    assert report.misses == []
    assert report.matched_defendants == report.gold_defendants


@pytest.mark.parametrize("doc_id,status", [("not_a_judgment", "not_judgment"), ("civil_judgment", "not_judgment")])
def test_unknown_documents_are_reported_with_a_reason(predictions: dict[str, dict], doc_id: str, status: str) -> None:
    rec = predictions[doc_id]
    assert rec["status"] == status and rec["reason"]
    assert rec["defendants"] == []


def test_record_round_trips_through_json(predictions: dict[str, dict]) -> None:
    from fayan.judgment import Judgment

    for rec in predictions.values():
        again = Judgment.from_record(json.loads(json.dumps(rec, ensure_ascii=False)))
        assert again.to_record() == rec


def test_spans_point_into_the_original_text(predictions: dict[str, dict]) -> None:
    for doc_id, rec in predictions.items():
        original = (EXAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8")
        for sp in rec["spans"]:
            assert original[sp["start"] : sp["end"]] == sp["text"], (doc_id, sp["field"])


def test_traditional_document_offsets_point_at_traditional_text(predictions: dict[str, dict]) -> None:
    rec = predictions["traditional_chars"]
    original = (EXAMPLES / "traditional_chars.txt").read_text(encoding="utf-8")
    cn = next(s for s in rec["spans"] if s["field"] == "case_number")
    assert original[cn["start"] : cn["end"]] == rec["case_number"]
    assert "號" in rec["case_number"]


@pytest.mark.parametrize(
    "text,reason",
    [
        # a judgment cut off after its first party paragraph
        ("（2015）某刑初字第00820号 公诉机关某某市某某区人民检察院。 被告人甲某，男，1990年10月28日出生。",
         "no 判决如下/裁定如下 result section: not a judgment or ruling, or a truncated one"),
        # a title that names the kind of document: said (it was "no document title" before 再审决定书 was read)
        ("最高人民法院 再审决定书 （2015）刑监字第60号 原审被告人甲某故意伤害一案……决定如下： 一、指令某省高级人民法院对本案进行审理。",
         "再审决定书：not a judgment or ruling"),
        ("（2015）刑监字第60号 原审被告人甲某故意伤害一案……决定如下： 一、指令某省高级人民法院对本案进行审理。",
         "a criminal case number but no document title"),
    ],
)
def test_criminal_case_number_without_a_title_says_what_is_missing(text: str, reason: str) -> None:
    from fayan.pipelines.assemble import extract

    j = extract(text)
    assert j.status == "not_judgment" and reason in (j.reason or "") and "None" not in (j.reason or "")


def test_a_fact_section_alone_gives_its_amounts() -> None:
    """A data set's fact field (no title, case number or result): status facts, amounts and total with spans."""
    from fayan.pipelines.assemble import extract

    text = ("经审理查明：2021年3月5日，被告人甲某在某小区窃取被害人乙某的电动自行车一辆，经鉴定价值人民币2600元；"
            "同月8日，甲某又窃取被害人丙某现金人民币8千元。案发后，赃物已发还。")
    j = extract(text, doc_id="facts1")
    assert (j.status, j.defendants, j.reason is not None) == ("facts", (), True)
    assert j.total_crime_amount_yuan == 10600
    assert [(a.text, a.amount_yuan) for a in j.amounts] == [("2600元", 2600), ("8千元", 8000)]
    assert all(text[a.start : a.end] == a.text for a in j.amounts)
    assert "乙某" in j.victims
    # A prosecution account opens the same way; a news story does not.
    for opening in ("某县人民检察院指控：", "XX县人民检察院以某检刑诉〔2017〕12号起诉书指控被告人甲某犯诈骗罪，", "某市某区检察院指控，",
                    "经依法审理查明：", "经二审审理查明："):
        assert extract(opening + "2020年1月，被告人甲某骗取乙某人民币5万元。").status == "facts", opening
    assert extract("本报讯 近日，某县公安局破获一起盗窃案，犯罪嫌疑人窃得现金5000元。").status == "not_judgment"


def test_a_masked_copy_keeps_its_structure() -> None:
    """Published copies mask digits and places (苏05XX刑初XXX号, XX市XX区人民法院, 同年X月X日): the case number
    still opens the header, so the prosecutor and the defendant's paragraph are read; a masked date dates nothing."""
    text = (EXAMPLES / "probation_revoked.txt").read_text(encoding="utf-8")
    masked = (text.replace("江苏省苏州市吴中区人民法院\n", "XX省XX市XX区人民法院\n")
              .replace("（2021）苏0506刑初611号", "（2021）苏05XX刑初XXX号")
              .replace("公诉机关苏州市吴中区人民检察院", "公诉机关XX市XX区人民检察院")
              .replace("同年3月30日被逮捕", "同年X月X日被逮捕"))
    j = extract_file_text(masked)
    assert (j.court, j.case_number, j.procedure, j.prosecutor) == (
        "XX省XX市XX区人民法院", "（2021）苏05XX刑初XXX号", "一审", "XX市XX区人民检察院")
    d = j.defendants[0]
    assert (d.detained_on, d.arrested_on, d.birth_date) == ("2021-03-02", None, "1995-03-08")


def extract_file_text(text: str):  # type: ignore[no-untyped-def]
    from fayan.pipelines.assemble import extract

    return extract(text, doc_id="masked")


def test_a_retrials_sentence_under_review_is_no_prior_conviction() -> None:
    """A retrial's header tells the sentence it reviews (原审被告人甲某…2014年10月20日因犯Y罪被判处…), dated as a decision
    of this case in the history: not an earlier conviction. An earlier case's sentence in the same header stays one."""
    from fayan.pipelines.assemble import extract

    text = ("最高人民法院 刑事判决书 （2015）刑抗字第9号 抗诉机关某某人民检察院。 原审被告人甲某，男，1980年1月1日出生。"
            "2013年8月21日被逮捕，2014年3月28日被取保候审。2014年10月20日因犯内幕交易罪被判处有期徒刑三年，缓刑五年。"
            "现在某区司法局接受社区矫正。 某市中级人民法院审理某市人民检察院指控被告人甲某犯内幕交易罪一案，于2014年3月24日以"
            "（2014）某中法刑二初字第27号刑事判决，认定被告人甲某犯内幕交易罪，判处有期徒刑三年，缓刑五年。宣判后，某市人民检察院"
            "提出抗诉。某省高级人民法院于2014年10月20日以（2014）某高法刑二终字第137号刑事裁定，驳回抗诉，维持原判。"
            "本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 经审理查明，2011年至2013年，甲某利用内幕信息交易股票。"
            "本院认为，原审被告人甲某构成内幕交易罪。依照《中华人民共和国刑法》第一百八十条之规定，判决如下： "
            "原审被告人甲某犯内幕交易罪，判处有期徒刑五年。 本判决为终审判决。 审判长乙某 二〇一五年十二月十一日 书记员丙某")
    [d] = extract(text).defendants
    assert (d.name, d.charges, d.prior_criminal, d.priors) == ("甲某", ("内幕交易罪",), False, ())
    earlier = text.replace("2014年10月20日因犯内幕交易罪被判处有期徒刑三年，缓刑五年。",
                           "2009年5月6日因犯盗窃罪被判处有期徒刑一年。")
    [d2] = extract(earlier).defendants
    assert d2.prior_criminal and [p.charge for p in d2.priors] == ["盗窃罪"]
    # a new crime tried while the sentence of the judgment the history retells is served (与前罪…并罚): that judgment
    # is an earlier case, also when it is dated and named in the history
    new_crime = (text.replace("内幕交易罪被判处有期徒刑三年，缓刑五年。", "内幕交易罪被判处有期徒刑三年。")
                 .replace("原审被告人甲某犯内幕交易罪，判处有期徒刑五年。",
                          "原审被告人甲某犯诈骗罪，判处有期徒刑一年，与前罪所判有期徒刑三年并罚，决定执行有期徒刑三年六个月。"))
    [d3] = extract(new_crime).defendants
    assert d3.prior_criminal and [p.charge for p in d3.priors] == ["内幕交易罪"]
