"""Measured on the development data beside the project (skipped when ../shared is absent).

These are the acceptance numbers of the extraction and checks; the closing notes
of the issues quote the same measurements.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fayan.errors import InputError
from fayan.pipelines.assemble import extract_document
from fayan.pipelines.checks import run_checks
from fayan.pipelines.evaluate import DOC_FIELDS, evaluate_records, load_jsonl
from fayan.pipelines.readers import read_text

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def dev(shared: Path) -> dict[str, object]:
    files = sorted((shared / "judgments" / "dev").glob("*.txt"))
    judgments = {f.stem: extract_document(read_text(f)) for f in files}
    return {"files": files, "judgments": judgments}


def test_every_dev_judgment_has_result_facts_reasoning(dev) -> None:
    assert len(dev["files"]) == 154
    for doc_id, j in dev["judgments"].items():
        kinds = {s.kind for s in j.sections}
        assert {"result", "facts", "reasoning"} <= kinds, doc_id
        assert j.status == "ok", (doc_id, j.reason)


def test_document_fields_against_gold(shared: Path, dev) -> None:
    gold = load_jsonl(shared / "gold" / "dev.jsonl")
    report = evaluate_records(gold, [j.to_record() for j in dev["judgments"].values()])
    for name in ("doc_type", "case_number", "court", "procedure", "judgment_date", "prosecutor"):
        assert report.accuracy(name) >= 0.99, (name, report.accuracy(name))
    # Measured: every field ≥ 0.98 except verdict.principal at 46/47, where the gold labeller read
    # past a document whose result literally says 有期徒刑三个月 for 危险驾驶罪 (the checks flag it).
    for name, (right, total) in report.counts.items():
        assert right / total >= 0.97, (name, right, total)
    assert report.accuracy("whole_sentence") >= 0.97
    assert set(DOC_FIELDS) <= set(report.counts)


def test_cited_articles_against_judge_labels(shared: Path, dev) -> None:
    """JuDGE's labels drop 之一 (133之一 is 133); compare the article numbers as sets."""
    labels = load_jsonl(shared / "gold" / "dev_articles.jsonl")
    right = 0
    for row in labels:
        pred = {str(a).split("-")[0] for a in dev["judgments"][row["id"]].articles}
        right += pred == {str(a) for a in row["articles"]}
    # 147 of 154 measured: five labels have articles the 依照 clause does not cite, and two lack one the clause cites
    # without its 条 (第五十三之规定, 第六十七第三款), which the labels' own extraction missed as fayan did until 2026-11-30.
    assert right / len(labels) >= 0.95


def test_at_most_five_percent_of_dev_documents_get_an_error(dev) -> None:
    findings = run_checks(dev["judgments"].values())
    docs = {f.doc_id for f in findings if f.severity == "error"}
    assert len(docs) / len(dev["judgments"]) <= 0.05, sorted(docs)


@pytest.mark.parametrize("folder", ["spc_criminal", "case_stories"])
def test_other_documents_run_through_and_are_not_first_instance_judgments(shared: Path, folder: str) -> None:
    files = sorted((shared / "extra" / folder).glob("*.txt"))
    assert files
    empty = []
    for f in files:
        try:
            doc = read_text(f)
        except InputError as exc:  # an export record whose content is empty: the batch reports it as failed
            assert "empty (no text: only" in str(exc), f.name
            empty.append(f.name)
            continue
        j = extract_document(doc)
        assert not (j.doc_type == "判决书" and j.procedure == "一审"), f.name
        if folder == "case_stories":
            assert j.status != "ok" and j.reason, f.name
        json.dumps(j.to_record(), ensure_ascii=False)
    assert len(empty) <= 2, empty  # spc_criminal/4.txt and case_stories/54.txt: title:… content: and nothing after


def test_class_case_comparison_stays_silent_on_small_groups(dev) -> None:
    """154 judgments give no comparison group of the minimum size (30): C1 must say nothing."""
    from fayan.pipelines.checks.run import check_judgments

    findings, n, groups = check_judgments(dev["judgments"].values())
    assert n == 154
    assert [f for f in findings if f.rule == "C1"] == []
    assert groups is not None and len(groups) > 0
    assert set(groups["status"]) <= {"too_small", "unadjusted"}
