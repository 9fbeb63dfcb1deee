"""Review and suppression: the reviews file, review states, and new-only runs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from fayan.errors import InputError, UsageError
from fayan.findings import Evidence, Finding
from fayan.pipelines.classcase import compare_cases, synthetic_rows
from fayan.pipelines.review import (
    REVIEW_FIELDS,
    Review,
    add_review,
    apply_reviews,
    default_reviews_path,
    load_findings,
    load_reviews,
    new_only,
)

F1 = Finding(
    "doc-1",
    "甲某",
    "E6",
    "error",
    "被告人系累犯，不应宣告缓刑。",
    "刑法第七十四条",
    (Evidence(10, 20, "缓刑一年", "判决主文"),),
)
F2 = Finding("doc-1", "乙某", "E5", "warning", "盗窃罪应并处罚金，判决未判处罚金。", "刑法第二百六十四条")
F3 = Finding("doc-2", None, "X1", "warning", "判决主文罪名与本院认为部分不一致。", "")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------------------
# load_reviews: good files


def test_load_jsonl(tmp_path: Path) -> None:
    p = _write(
        tmp_path / "reviews.jsonl",
        _jsonl(
            {
                "key": F1.key,
                "rule": "E6",
                "doc_id": "doc-1",
                "defendant": "甲某",
                "decision": "confirmed",
                "note": "属实",
                "reviewer": "审查员甲",
                "date": "2024-05-06",
            },
            {"key": F2.key, "decision": "dismissed"},
        )
        + "\n",  # a blank line is ignored
    )
    reviews = load_reviews(p)
    assert [(r.key, r.decision) for r in reviews] == [(F1.key, "confirmed"), (F2.key, "dismissed")]
    assert reviews[0] == Review(F1.key, "confirmed", "属实", "E6", "doc-1", "甲某", "审查员甲", "2024-05-06")
    assert reviews[1].defendant is None and reviews[1].date == ""


def test_load_tsv(tmp_path: Path) -> None:
    header = "\t".join(REVIEW_FIELDS)
    cells = [F3.key, "X1", "doc-2", "", "dismissed", "罪名写法不同，实为同一罪名", "审查员乙", "2024-06-01"]
    row = "\t".join(cells)
    reviews = load_reviews(_write(tmp_path / "reviews.tsv", f"{header}\n{row}\n"))
    assert reviews == [
        Review(
            F3.key, "dismissed", "罪名写法不同，实为同一罪名", "X1", "doc-2", None, "审查员乙", "2024-06-01"
        )
    ]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_reviews(tmp_path / "reviews.jsonl")
    assert load_reviews(tmp_path / "reviews.jsonl", missing_ok=True) == []


def test_default_path_is_in_the_output_folder(tmp_path: Path) -> None:
    assert default_reviews_path(tmp_path) == tmp_path / "reviews.jsonl"


# ---------------------------------------------------------------------------
# load_reviews: bad lines name file and line

BAD_JSONL = [
    # 语法
    ("not_json", '{"key": ', "not valid JSON"),
    ("not_object", "[1, 2]", "must be a JSON object"),
    # 字段
    ("bad_key", '{"key": "XYZ", "decision": "confirmed"}', "not a finding key"),
    ("missing_key", '{"decision": "confirmed"}', "not a finding key"),
    ("bad_decision", json.dumps({"key": F1.key, "decision": "ok"}), "decision 'ok'"),
    (
        "bad_date",
        json.dumps({"key": F1.key, "decision": "confirmed", "date": "2024-13-01"}),
        "not an ISO date",
    ),
    (
        "unknown_field",
        json.dumps({"key": F1.key, "decision": "confirmed", "who": "x"}),
        "unknown review field",
    ),
    ("non_string", json.dumps({"key": F1.key, "decision": "confirmed", "note": 3}), "must be a string"),
]


@pytest.mark.parametrize("line,message", [c[1:] for c in BAD_JSONL], ids=[c[0] for c in BAD_JSONL])
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    good = json.dumps({"key": F2.key, "decision": "confirmed"})
    p = _write(tmp_path / "reviews.jsonl", f"{good}\n\n{line}\n")
    with pytest.raises(InputError, match=message) as err:
        load_reviews(p)
    assert str(err.value).startswith(f"{p}:3: ")
    assert err.value.line == 3


def test_bad_tsv_header(tmp_path: Path) -> None:
    p = _write(tmp_path / "r.tsv", "key\tdecision\n")
    with pytest.raises(InputError, match=r"r\.tsv:1: header"):
        load_reviews(p)


def test_bad_tsv_column_count(tmp_path: Path) -> None:
    p = _write(tmp_path / "r.tsv", "\t".join(REVIEW_FIELDS) + f"\n{F1.key}\tconfirmed\n")
    with pytest.raises(InputError, match=r"r\.tsv:2: expected 8 tab-separated columns, found 2"):
        load_reviews(p)


# ---------------------------------------------------------------------------
# add_review


def test_add_review_appends_jsonl_and_creates_folder(tmp_path: Path) -> None:
    p = tmp_path / "out" / "reviews.jsonl"
    add_review(
        p,
        F1.key,
        "confirmed",
        "属实",
        date="2024-05-06",
        reviewer="审查员甲",
        rule="E6",
        doc_id="doc-1",
        defendant="甲某",
    )
    add_review(p, F1.key, "dismissed", "复核后认为系误报", date=date(2024, 5, 7))
    reviews = load_reviews(p)
    assert [(r.decision, r.date) for r in reviews] == [
        ("confirmed", "2024-05-06"),
        ("dismissed", "2024-05-07"),
    ]
    assert reviews[0].defendant == "甲某" and reviews[0].rule == "E6"
    assert p.read_text(encoding="utf-8").count("\n") == 2


def test_add_review_after_a_hand_edit_without_final_newline(tmp_path: Path) -> None:
    p = _write(tmp_path / "reviews.jsonl", json.dumps({"key": F2.key, "decision": "confirmed"}))
    add_review(p, F3.key, "dismissed", date="2024-05-06")
    assert [r.key for r in load_reviews(p)] == [F2.key, F3.key]


def test_add_review_tsv_writes_header_once_and_flattens_notes(tmp_path: Path) -> None:
    p = tmp_path / "reviews.tsv"
    add_review(p, F1.key, "confirmed", "第一行\n第二行\t附注", date="2024-05-06")
    add_review(p, F2.key, "dismissed", date="2024-05-06", defendant="乙某")
    lines = p.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "\t".join(REVIEW_FIELDS)
    assert len(lines) == 3
    reviews = load_reviews(p)
    assert reviews[0].note == "第一行 第二行 附注"
    assert reviews[1].defendant == "乙某"


@pytest.mark.parametrize(
    "key,decision,day,message",
    [
        (F1.key, "accepted", "2024-05-06", "decision 'accepted'"),
        ("123", "confirmed", "2024-05-06", "not a finding key"),
        (F1.key, "confirmed", "", "date is required"),
        (F1.key, "confirmed", "06/05/2024", "not an ISO date"),
    ],
    ids=["bad_decision", "bad_key", "no_date", "bad_date"],
)
def test_add_review_rejects_bad_arguments(
    tmp_path: Path, key: str, decision: str, day: str, message: str
) -> None:
    p = tmp_path / "reviews.jsonl"
    with pytest.raises(UsageError, match=message):
        add_review(p, key, decision, date=day)
    assert not p.exists()


# ---------------------------------------------------------------------------
# apply_reviews


def test_review_states() -> None:
    reviews = [Review(F1.key, "confirmed"), Review(F2.key, "dismissed")]
    states = [(r.finding, r.state) for r in apply_reviews([F1, F2, F3], reviews)]
    assert states == [(F1, "confirmed"), (F2, "dismissed"), (F3, "unreviewed")]


def test_the_latest_review_wins() -> None:
    reviews = [Review(F1.key, "dismissed", "初审"), Review(F1.key, "confirmed", "复核")]
    (r,) = apply_reviews([F1], reviews)
    assert (r.state, r.review.note if r.review else None) == ("confirmed", "复核")


def test_a_review_of_another_finding_does_not_apply() -> None:
    changed = Finding(F1.doc_id, F1.defendant, F1.rule, F1.severity, F1.message + "（另一处）", F1.basis)
    (r,) = apply_reviews([changed], [Review(F1.key, "dismissed")])
    assert r.state == "unreviewed"


# ---------------------------------------------------------------------------
# new_only


def test_new_only_drops_reviewed_and_previously_seen() -> None:
    assert new_only([F1, F2, F3], [Review(F1.key, "dismissed")], [F2]) == [F3]
    assert new_only([F1, F2, F3], []) == [F1, F2, F3]


def test_new_only_reads_the_previous_findings_jsonl(tmp_path: Path) -> None:
    prev = tmp_path / "findings.jsonl"
    prev.write_text(json.dumps(F3.to_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert new_only([F1, F2, F3], [Review(F2.key, "confirmed")], prev) == [F1]


def test_load_findings_errors_name_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "findings.jsonl"
    good = json.dumps(F1.to_record(), ensure_ascii=False)
    _write(p, good + "\n" + '{"doc_id": "x"}\n')
    with pytest.raises(InputError, match=r"findings\.jsonl:2: not a finding record"):
        load_findings(p)
    edited = dict(F1.to_record(), message="改过的消息")
    _write(p, good + "\n" + json.dumps(edited, ensure_ascii=False) + "\n")
    with pytest.raises(InputError, match=r"findings\.jsonl:2: stored key"):
        load_findings(p)
    assert load_findings(_write(p, good + "\n")) == [F1]


def test_second_run_over_a_grown_corpus_shows_only_what_is_new(tmp_path: Path) -> None:
    """Run 1 → findings.jsonl + one review; run 2 on a larger corpus → new_only."""
    first = synthetic_rows(8000, seed=21)
    run1 = compare_cases(first).findings
    prev = tmp_path / "findings.jsonl"
    prev.write_text(
        "".join(json.dumps(f.to_record(), ensure_ascii=False) + "\n" for f in run1), encoding="utf-8"
    )
    reviews_path = default_reviews_path(tmp_path)
    add_review(reviews_path, run1[0].key, "dismissed", "量刑有特殊理由", date="2024-05-06")

    grown = pd.concat([first, synthetic_rows(4000, seed=22).assign(doc_id=lambda d: "new-" + d["doc_id"])])
    run2 = compare_cases(grown).findings
    fresh = new_only(run2, load_reviews(reviews_path), prev)

    old_keys = {f.key for f in run1}
    assert fresh == [f for f in run2 if f.key not in old_keys]
    assert all(f.key != run1[0].key for f in fresh)
    # almost everything new comes from the added documents
    from_new_docs = sum(f.doc_id.startswith("new-") for f in fresh)
    assert from_new_docs >= 0.8 * len(fresh) > 0


def test_a_findings_table_of_an_earlier_run_follows_the_reviews(tmp_path: Path) -> None:
    """check --format parquet, a review, then a plain check: findings.parquet says what findings.jsonl says."""
    from fayan.pipelines.batch import run_batch
    from fayan.pipelines.checks.run import check_output

    out = tmp_path / "out"
    run_batch([Path(__file__).resolve().parent.parent / "examples" / "planted"], out, workers=1, progress=False)
    first = check_output(out, fmt="parquet", report=False, classcase=False)
    key = first.findings[0].key
    assert pd.read_parquet(out / "findings.parquet").set_index("key").loc[key, "review"] == "unreviewed"
    add_review(default_reviews_path(out), key, "dismissed", "理由充分", date="2024-05-06")
    check_output(out, report=False, classcase=False)  # jsonl only
    lines = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl = {json.loads(line)["key"]: json.loads(line)["review"] for line in lines}
    table = pd.read_parquet(out / "findings.parquet").set_index("key")["review"].to_dict()
    assert jsonl[key] == table[key] == "dismissed" and jsonl == table
    assert not (out / "findings.csv").exists()  # only a table written before is kept up to date


@pytest.mark.parametrize("layout", ["namesakes", "json_fields"])
def test_the_report_finds_the_text_of_each_flagged_document(tmp_path: Path, layout: str) -> None:
    """The report re-reads each flagged document's text as the batch read it: a file whose id is its path (a/case,
    b/case: two files of one name) and a JSON record read with --text-field / --id-field (it lost its text in the
    report: 原文不可用)."""
    from fayan.pipelines.batch import run_batch
    from fayan.pipelines.checks.run import check_output

    text = (Path(__file__).resolve().parent.parent / "examples" / "planted" / "e6_probation_shorter.txt").read_text(
        encoding="utf-8")
    src, options = tmp_path / "in", {}
    if layout == "namesakes":
        for sub, name in (("a", "甲某"), ("b", "乙某")):
            (src / sub).mkdir(parents=True)
            (src / sub / "case.txt").write_text(text.replace("骆雅琴", name), encoding="utf-8")
    else:
        src.mkdir()
        record = {"caseId": "c-1", "doc": {"qwContent": text}}
        (src / "export.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        options = {"text_fields": ["doc.qwContent"], "id_field": "caseId"}
    run_batch([src], tmp_path / "out", workers=1, progress=False, **options)
    run = check_output(tmp_path / "out", classcase=False)
    assert {f.rule for f in run.findings} == {"E6"}
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "原文不可用" not in html and "未取得文书原文" not in html


def test_the_report_draws_the_whole_class_case_group_and_marks_what_is_new(tmp_path: Path) -> None:
    """fayan check gave the report no class-case result: a C1 chart drew the nearest cases only (未提供完整比对组) and
    the group table was missing; nor did the report mark the findings first seen in this run (新)."""
    from fayan.pipelines.batch import run_batch
    from fayan.pipelines.checks.run import check_output

    src = tmp_path / "in"
    src.mkdir()
    for i in range(36):
        amount, months = 4000 + 400 * i, 8 + i % 6
        if i == 35:
            amount, months = 4200, 34  # far above every similar case
        term = f"{months // 12}年{months % 12}个月" if months >= 12 else f"{months}个月"
        (src / f"t{i:02d}.txt").write_text(
            "某某市某某区人民法院\n刑事判决书\n（2021）浙0106刑初" + str(100 + i) + "号\n公诉机关某某市某某区人民检察院。\n"
            f"被告人甲{i:02d}，男，1990年6月14日出生，汉族，初中文化，无业。因涉嫌犯盗窃罪于2021年3月15日被刑事拘留。\n"
            f"经审理查明：2021年3月2日，被告人甲{i:02d}窃得被害人手机一部，价值人民币{amount}元。\n"
            f"本院认为，被告人甲{i:02d}以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》"
            f"第二百六十四条之规定，判决如下：\n被告人甲{i:02d}犯盗窃罪，判处有期徒刑{term}，并处罚金人民币二千元。\n"
            "审判员乙某\n二〇二一年六月一日\n书记员丙某\n", encoding="utf-8")
    run_batch([src], tmp_path / "out", workers=1, progress=False)
    run = check_output(tmp_path / "out", min_group_size=30)
    assert [f.doc_id for f in run.findings if f.rule == "C1"] == ["t35"]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "类案比对分组（C1）" in html and "未提供完整比对组" not in html
    assert html.count('<span class="badge new">新</span>') == len(run.findings) > 0
    again = check_output(tmp_path / "out", min_group_size=30)
    assert not again.new_keys and 'class="badge new"' not in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
