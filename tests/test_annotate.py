"""Annotation round trips: Label Studio and Doccano export → import, offsets, errors, NER training file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from fayan.errors import RecordError, UsageError
from fayan.nlp.ner.data import load_label_spec, read_gold, to_examples
from fayan.nlp.text import normalize
from fayan.pipelines.annotate import (
    RULE_LABELS,
    AnnotatedSpan,
    AnnotatedText,
    code_point_offset,
    export_doccano,
    export_label_studio,
    import_doccano,
    import_label_studio,
    label_studio_config,
    ner_labels,
    rule_spans,
    utf16_offset,
    write_training_jsonl,
)
from fayan.pipelines.assemble import extract_document
from fayan.types import Document

ASTRAL = "𠮷"  # U+20BB7, outside the BMP: 1 code point, 2 UTF-16 code units
EMOJI = "😀"


def _document(doc_id: str, raw: str) -> Document:
    text, offsets = normalize(raw)
    return Document(id=doc_id, text=text, original=raw, offsets=offsets, source=f"<{doc_id}>")


@pytest.fixture(scope="module")
def astral_docs(examples_dir: Path) -> list[Document]:
    """Two fictional examples with characters outside the BMP before, inside and after spans."""
    theft = (examples_dir / "theft_single.txt").read_text(encoding="utf-8")
    assert "戚晓川" in theft
    drug = (examples_dir / "drug_sale.txt").read_text(encoding="utf-8")
    assert "经审理查明" in drug
    return [
        _document("theft_astral", EMOJI + theft.replace("戚晓川", ASTRAL + "晓川")),
        _document("drug_astral", drug.replace("经审理查明", f"经审理查明{EMOJI}{ASTRAL}")),
    ]


def _utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) gives."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


# ---------------------------------------------------------------------------
# Offsets

OFFSET_CASES = [
    # BMP only: the same
    ("盗窃现金500元", 2, 2),
    ("盗窃现金500元", 8, 8),
    # astral before the offset: +1 per character
    (ASTRAL + "某盗窃", 1, 2),
    (ASTRAL + "某盗窃", 4, 5),
    (ASTRAL + EMOJI + "某", 2, 4),
    # astral after the offset: unchanged
    ("某" + ASTRAL, 1, 1),
    ("某" + ASTRAL, 2, 3),
]


@pytest.mark.parametrize(
    "text, code_points, units", OFFSET_CASES, ids=["bmp", "bmp_end", "astral1", "astral_end", "two", "after", "after_end"]
)
def test_offsets_both_ways(text, code_points, units):
    assert utf16_offset(text, code_points) == units
    assert code_point_offset(text, units) == code_points


def test_offset_outside_text():
    with pytest.raises(UsageError, match="outside the text"):
        utf16_offset("某" + ASTRAL, 3)
    with pytest.raises(UsageError, match="outside the text"):
        code_point_offset("某" + ASTRAL, 4)


def test_offset_inside_surrogate_pair():
    with pytest.raises(UsageError, match="between the two halves"):
        code_point_offset("某" + ASTRAL + "某", 2)


# ---------------------------------------------------------------------------
# Pre-annotations


def test_rule_spans_labels_and_offsets(examples_dir):
    doc = _document("multi", (examples_dir / "multi_charge.txt").read_text(encoding="utf-8"))
    spans = rule_spans(extract_document(doc))
    labels = {s.label for s in spans}
    assert {"COURT", "CASE_NUMBER", "DEFENDANT", "CHARGE", "PUNISHMENT", "FINE", "DATE", "ARTICLE"} <= labels
    assert labels <= set(RULE_LABELS)
    for s in spans:
        assert doc.original[s.start : s.end] == s.text
    charges = [s.text for s in spans if s.label == "CHARGE"]
    assert charges == ["盗窃罪", "诈骗罪"]
    fines = [s.text for s in spans if s.label == "FINE"]
    assert "八千元" in fines and "五千元" in fines


def test_export_label_studio_tasks_and_config(tmp_path, examples_dir):
    out = tmp_path / "ls" / "tasks.json"
    summary = export_label_studio(examples_dir, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert summary.documents == len(tasks) == len(list(examples_dir.rglob("*.txt")))
    task = next(t for t in tasks if t["data"]["doc_id"] == "theft_single")
    assert task["data"]["text"] == (examples_dir / "theft_single.txt").read_text(encoding="utf-8")
    (pred,) = task["predictions"]
    assert pred["model_version"].startswith("fayan ")
    item = pred["result"][0]
    assert set(item) == {"id", "from_name", "to_name", "type", "value"}
    assert (item["from_name"], item["to_name"], item["type"]) == ("label", "text", "labels")
    assert set(item["value"]) == {"start", "end", "text", "labels"}
    assert len({r["id"] for r in pred["result"]}) == len(pred["result"])
    config = ET.fromstring(Path(summary.config_path).read_text(encoding="utf-8"))
    assert Path(summary.config_path).name == "tasks.config.xml"
    labels_tag = config.find("Labels")
    assert labels_tag.get("name") == "label" and labels_tag.get("toName") == "text"
    config_labels = [x.get("value") for x in labels_tag.findall("Label")]
    assert set(config_labels) >= set(RULE_LABELS) | set(ner_labels())
    assert len(config_labels) == len(set(config_labels))
    used = {r["value"]["labels"][0] for t in tasks for r in t["predictions"][0]["result"]}
    assert used <= set(config_labels)
    assert config.find("Text").get("value") == "$text"


def test_export_without_predictions(tmp_path, examples_dir):
    out = tmp_path / "tasks.json"
    summary = export_label_studio(examples_dir / "injury.txt", out, with_predictions=False)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert "predictions" not in task and summary.spans == 0
    export_doccano(examples_dir / "injury.txt", tmp_path / "d.jsonl", with_predictions=False)
    assert json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8"))["label"] == []


def test_export_records_unreadable_input(tmp_path, examples_dir):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4")
    summary = export_doccano([examples_dir / "injury.txt", bad], tmp_path / "d.jsonl", model="rules")
    assert summary.documents == 1
    assert len(summary.failures) == 1 and summary.failures[0].startswith(str(bad))


def test_export_bad_model_name(tmp_path, examples_dir):
    with pytest.raises(UsageError, match="model must be"):
        export_label_studio(examples_dir / "injury.txt", tmp_path / "t.json", model="rules+crf")


def test_export_ner_missing_model_is_a_note(tmp_path, examples_dir):
    summary = export_label_studio(
        examples_dir / "injury.txt", tmp_path / "t.json", ner_model_path=tmp_path / "no_model"
    )
    assert summary.model_version == "rules"
    assert any(n.startswith("NER pre-annotations skipped:") and "no_model" in n for n in summary.notes)


def test_export_with_ner_model(tmp_path, astral_docs):
    """A real (randomly initialised, tiny) model through load_model: its entities become predictions."""
    pytest.importorskip("torch")
    from fayan.nlp.ner.data import CharVocab
    from fayan.nlp.ner.train import TrainConfig, make_model

    spec = load_label_spec()
    vocab = CharVocab.build([d.text for d in astral_docs], min_count=1)
    make_model(vocab, spec, TrainConfig.tiny(), seed=7).save(tmp_path / "model")
    # an untrained model is unsure of every span, so the shipped decoding (spans above probability 0.5) takes
    # none; its Viterbi path still has spans, which is what this test needs to follow through the export
    labels = tmp_path / "model" / "labels.json"
    labels.write_text(json.dumps({**json.loads(labels.read_text(encoding="utf-8")), "span_threshold": None}), encoding="utf-8")
    out = tmp_path / "t.json"
    summary = export_label_studio(astral_docs, out, ner_model_path=tmp_path / "model")
    assert summary.model_version == "rules+ner" and summary.notes == ()
    ner = set(ner_labels()) - set(RULE_LABELS)
    assert ner & set(summary.labels), summary.labels
    for task in json.loads(out.read_text(encoding="utf-8")):
        text = task["data"]["text"]
        for r in task["predictions"][0]["result"]:
            v = r["value"]
            assert _utf16_slice(text, v["start"], v["end"]) == v["text"]


# ---------------------------------------------------------------------------
# Round trips


def _exported_spans(docs: list[Document]) -> dict[str, list[AnnotatedSpan]]:
    return {d.id: rule_spans(extract_document(d)) for d in docs}


def test_label_studio_round_trip_astral(tmp_path, astral_docs):
    out = tmp_path / "tasks.json"
    export_label_studio(astral_docs, out, model="rules")
    tasks = json.loads(out.read_text(encoding="utf-8"))
    # Label Studio (JavaScript) reads each region as text.slice(start, end): UTF-16 units
    shifted = 0
    for task in tasks:
        text = task["data"]["text"]
        for r in task["predictions"][0]["result"]:
            v = r["value"]
            assert _utf16_slice(text, v["start"], v["end"]) == v["text"]
            shifted += code_point_offset(text, v["start"]) != v["start"]
    assert shifted > 20  # the astral characters stand before most spans
    items = import_label_studio(out, unreviewed=True)  # the tasks as exported: pre-annotations only
    expected = _exported_spans(astral_docs)
    assert [i.id for i in items] == ["theft_astral", "drug_astral"]
    for item in items:
        assert list(item.spans) == expected[item.id]
        assert item.text == next(d.original for d in astral_docs if d.id == item.id)
    names = [s for s in items[0].spans if s.label == "DEFENDANT"]
    assert names and all(s.text == ASTRAL + "晓川" for s in names)


def test_doccano_round_trip_astral(tmp_path, astral_docs):
    out = tmp_path / "d.jsonl"
    export_doccano(astral_docs, out, model="rules")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["doc_id"] for x in lines] == ["theft_astral", "drug_astral"]
    for line in lines:
        for start, end, _label in line["label"]:
            assert 0 <= start < end <= len(line["text"])  # code points
    items = import_doccano(out)
    expected = _exported_spans(astral_docs)
    assert [i.id for i in items] == ["theft_astral", "drug_astral"]
    for item in items:
        assert item.spans and list(item.spans) == expected[item.id]


def test_examples_round_trip_both_tools(tmp_path, examples_dir):
    export_label_studio(examples_dir, tmp_path / "t.json", model="rules")
    export_doccano(examples_dir, tmp_path / "d.jsonl", model="rules")
    ls = import_label_studio(tmp_path / "t.json", unreviewed=True)
    dc = import_doccano(tmp_path / "d.jsonl")
    assert [(i.id, i.text, i.spans) for i in ls] == [(i.id, i.text, i.spans) for i in dc]
    assert sum(len(i.spans) for i in ls) > 300


# ---------------------------------------------------------------------------
# Label Studio import: which result, and errors


def _ls_file(tmp_path: Path, tasks: list[dict]) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def _region(start: int, end: int, text: str | None, label: str, rid: str = "a1") -> dict:
    value: dict = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


TEXT = f"被害人{ASTRAL}某的手机被盗。"  # 𠮷某 is code points [3, 5), UTF-16 [3, 6)


def test_ls_import_prefers_annotations(tmp_path):
    path = _ls_file(tmp_path, [{
        "id": 9,
        "data": {"text": TEXT},
        "annotations": [
            {"was_cancelled": False, "result": [_region(3, 6, ASTRAL + "某", "PERSON")]},
            {"was_cancelled": False, "result": [_region(3, 6, ASTRAL + "某", "VICTIM"),
                                                {"type": "relation", "from_id": "a1", "to_id": "a2"}]},
            {"was_cancelled": True, "result": [_region(0, 3, "被害人", "ORG")]},
        ],
        "predictions": [{"result": [_region(7, 9, "手机", "ITEM")]}],
    }])
    (item,) = import_label_studio(path)
    assert item.id == "9" and item.spans == (AnnotatedSpan(3, 5, ASTRAL + "某", "VICTIM"),)


def test_ls_import_leaves_out_unreviewed_and_skipped_tasks(tmp_path):
    """A task nobody annotated holds only fayan's pre-annotations: left out unless unreviewed=True; a task the
    annotator skipped (every annotation cancelled) is always left out. Both are reported."""
    path = _ls_file(tmp_path, [
        {"data": {"text": TEXT, "doc_id": "d1"}, "annotations": [],
         "predictions": [{"result": [_region(7, 9, "手机", "ITEM")]}]},
        {"data": {"text": TEXT, "doc_id": "d2"}, "annotations": [{"was_cancelled": True, "result": []}],
         "predictions": [{"result": [_region(7, 9, "手机", "ITEM")]}]},
    ])
    skipped: list[str] = []
    assert import_label_studio(path, skipped=skipped) == []
    assert [x.split(":")[0] for x in skipped] == ["task 1 of the file, doc_id 'd1'", "task 2 of the file, doc_id 'd2'"]
    (item,) = import_label_studio(path, unreviewed=True)
    assert item.id == "d1" and item.spans == (AnnotatedSpan(6, 8, "手机", "ITEM"),)


def test_ls_import_reads_hypertextlabels_and_counts_other_results(tmp_path):
    """An HTML task's spans come as hypertextlabels (labels under value.hypertextlabels): read where start and end are
    character offsets into the task's text. Results of other types are not spans: counted by type, and a task with
    nothing else (a choice only; hypertextlabels over an XPath range) is left out, not read as naming no entity."""
    html_span = {"id": "h1", "type": "hypertextlabels",
                 "value": {"start": 3, "end": 6, "text": ASTRAL + "某", "hypertextlabels": ["VICTIM"]}}
    xpath_span = {"id": "h2", "type": "hypertextlabels",
                  "value": {"start": "/p[1]/text()[1]", "end": "/p[1]/text()[1]", "startOffset": 3, "endOffset": 5,
                            "text": ASTRAL + "某", "hypertextlabels": ["VICTIM"]}}
    choice = {"id": "c1", "type": "choices", "value": {"choices": ["盗窃"]}}
    path = _ls_file(tmp_path, [
        {"data": {"text": TEXT, "doc_id": "html"}, "annotations": [{"result": [html_span, choice]}]},
        {"data": {"text": TEXT, "doc_id": "choice_only"}, "annotations": [{"result": [choice]}]},
        {"data": {"text": TEXT, "doc_id": "xpath"}, "annotations": [{"result": [xpath_span]}]},
        {"data": {"text": TEXT, "doc_id": "none"}, "annotations": [{"result": []}]},  # reviewed: names nobody
    ])
    skipped: list[str] = []
    not_read: Counter[str] = Counter()
    items = import_label_studio(path, skipped=skipped, skipped_results=not_read)
    assert [(x.id, x.spans) for x in items] == [("html", (AnnotatedSpan(3, 5, ASTRAL + "某", "VICTIM"),)), ("none", ())]
    assert not_read == {"choices": 2, "hypertextlabels without character offsets": 1}
    assert [x.split(":")[0] for x in skipped] == ["task 2 of the file, doc_id 'choice_only'",
                                                  "task 3 of the file, doc_id 'xpath'"]
    assert "none of its 1 results is a span fayan reads (choices 1)" in skipped[0]


def test_cli_import_warns_of_results_not_read(tmp_path):
    from typer.testing import CliRunner

    from fayan.cli import app

    path = _ls_file(tmp_path, [
        {"data": {"text": TEXT, "doc_id": "d1"},
         "annotations": [{"result": [{"id": "h1", "type": "hypertextlabels",
                                      "value": {"start": 3, "end": 6, "labels": ["VICTIM"]}}]}]},
        {"data": {"text": TEXT, "doc_id": "d2"}, "annotations": [{"result": [{"id": "t", "type": "textarea",
                                                                              "value": {"text": ["?"]}}]}]},
    ])
    out = tmp_path / "train.jsonl"
    result = CliRunner().invoke(app, ["lexicon", "import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 texts, 1 entity mentions" in result.output
    assert "warning: 1 annotation results not read, of types textarea (1)" in " ".join(result.output.split())
    assert "doc_id 'd2': none of its 1 results" in result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["d1"]


LS_ERRORS = [
    # 文本不符 (text differs at the offsets: here code points were given instead of UTF-16)
    ([_region(3, 5, ASTRAL + "某", "VICTIM")], r"task 1 of the file, doc_id 'd1' result 'a1': span text '𠮷某' differs"),
    # 越界 (outside the text)
    ([_region(8, 20, None, "ITEM")], r"task 1 of the file, doc_id 'd1' result 'a1': span \[8, 20\) is outside the text"),
    ([_region(5, 5, None, "ITEM")], r"is outside the text"),
    # 代理对中间 (inside a surrogate pair)
    ([_region(4, 6, None, "VICTIM")], r"falls between the two halves"),
    # 格式 (malformed)
    ([_region(3, "6", None, "VICTIM")], r"start and end must be integers"),
    ([{"id": "x", "type": "labels", "value": {"start": 3, "end": 6, "labels": []}}], r"'labels' must be a non-empty"),
]


@pytest.mark.parametrize("result, message", LS_ERRORS, ids=["text", "outside", "empty", "surrogate", "type", "labels"])
def test_ls_import_errors(tmp_path, result, message):
    path = _ls_file(tmp_path, [{"data": {"text": TEXT, "doc_id": "d1"}, "annotations": [{"result": result}]}])
    with pytest.raises(RecordError, match=message) as info:
        import_label_studio(path)
    assert str(path) in str(info.value)


def test_ls_import_not_a_list(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"data": {}}', encoding="utf-8")
    with pytest.raises(RecordError, match="JSON list of tasks"):
        import_label_studio(path)


# ---------------------------------------------------------------------------
# Doccano import: span shapes, and errors


DOCCANO_SHAPES = [
    {"text": TEXT, "label": [[3, 5, "VICTIM"]]},
    {"text": TEXT, "labels": [[3, 5, "VICTIM"]]},
    {"text": TEXT, "label": [{"start_offset": 3, "end_offset": 5, "label": "VICTIM"}]},
    {"text": TEXT, "entities": [{"id": 1, "start_offset": 3, "end_offset": 5, "label": "VICTIM"}]},
    {"text": TEXT, "label": [{"start": 3, "end": 5, "label": "VICTIM", "text": ASTRAL + "某"}]},
]


@pytest.mark.parametrize("record", DOCCANO_SHAPES, ids=["label", "labels", "dict", "entities", "start_end"])
def test_doccano_span_shapes(tmp_path, record):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (item,) = import_doccano(path)
    assert item.spans == (AnnotatedSpan(3, 5, ASTRAL + "某", "VICTIM"),)
    assert item.source == f"{path}:1"


DOCCANO_ERRORS = [
    ({"text": TEXT, "label": [[3, 50, "VICTIM"]]}, r"d.jsonl:2: span \[3, 50\) VICTIM is outside the text"),
    ({"text": TEXT, "label": [{"start": 3, "end": 5, "label": "VICTIM", "text": "某某"}]}, r"d.jsonl:2: span text '某某' differs"),
    ({"text": TEXT, "label": ["positive"]}, r"d.jsonl:2: a span is \[start, end, label\]"),
    ({"text": TEXT, "label": [[3, 5, ""]]}, r"d.jsonl:2: a span needs integer start and end and a label"),
    ({"label": [[3, 5, "VICTIM"]]}, r"d.jsonl:2: each line must be an object with a 'text' string"),
]


@pytest.mark.parametrize("record, message", DOCCANO_ERRORS, ids=["outside", "text", "classification", "label", "no_text"])
def test_doccano_errors(tmp_path, record, message):
    path = tmp_path / "d.jsonl"
    good = json.dumps({"text": TEXT, "label": []}, ensure_ascii=False)
    path.write_text(good + "\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=message):
        import_doccano(path)


# ---------------------------------------------------------------------------
# NER training file


def test_training_jsonl_read_by_ner_loader(tmp_path):
    items = [
        AnnotatedText("t1", TEXT, (
            AnnotatedSpan(3, 5, ASTRAL + "某", "VICTIM"),
            AnnotatedSpan(6, 8, "手机", "ITEM"),
            AnnotatedSpan(0, 3, "被害人", "ROLE_WORD"),
        )),
        AnnotatedText("t2", "被告人甲盗窃现金500元。", (
            AnnotatedSpan(3, 4, "甲", "DEFENDANT"),
            AnnotatedSpan(6, 12, "现金500元", "MONEY"),
            AnnotatedSpan(8, 12, "500元", "AMOUNT"),
        )),
    ]
    out = tmp_path / "train.jsonl"
    summary = write_training_jsonl(items, out)
    assert (summary.texts, summary.mentions) == (2, 4)
    assert summary.dropped == {"AMOUNT": 1, "ROLE_WORD": 1}
    assert summary.labels == {"defendant": 1, "item": 1, "money": 1, "victim": 1}
    fmt, records = read_gold(out)
    assert fmt == "fayan_jsonl"
    examples = to_examples(fmt, records, load_label_spec())
    assert [(e.start, e.end, e.text, e.label) for e in examples[0].spans] == [
        (3, 5, ASTRAL + "某", "victim"), (6, 8, "手机", "item")
    ]
    assert examples[1].annotated == frozenset(load_label_spec().labels)
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"id", "group", "text", "entityMentions"}


def test_training_jsonl_annotated_labels(tmp_path):
    item = AnnotatedText("t1", TEXT, (AnnotatedSpan(3, 5, ASTRAL + "某", "VICTIM"),))
    out = tmp_path / "train.jsonl"
    write_training_jsonl([item], out, annotated_labels=["VICTIM", "defendant"])
    assert json.loads(out.read_text(encoding="utf-8"))["labels"] == ["defendant", "victim"]
    fmt, records = read_gold(out)
    (example,) = to_examples(fmt, records, load_label_spec())
    assert example.annotated == frozenset({"victim", "defendant"})
    with pytest.raises(UsageError, match="not NER labels"):
        write_training_jsonl([item], out, annotated_labels=["CHARGE"])


def test_training_jsonl_leaves_out_a_text_whose_every_span_was_dropped(tmp_path):
    """A misspelt label (DEFENDENT) is no NER label: its span is dropped, and a text left with no mention would read
    as naming no entity; it is left out and listed. A text without any span is written (nobody is named)."""
    text = "被告人钟迅盗窃现金500元。"
    lines = [
        {"text": text, "label": [[3, 5, "DEFENDENT"]], "id": "typo"},
        {"text": text, "label": [[3, 5, "DEFENDANT"], [7, 13, "CHARGE"]], "id": "good"},
        {"text": "本院认为。", "label": [], "id": "empty"},
    ]
    src = tmp_path / "doccano.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "train.jsonl"
    summary = write_training_jsonl(import_doccano(src), out)
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["good", "empty"]
    assert (summary.texts, summary.mentions, summary.labels) == (2, 1, {"defendant": 1})
    assert summary.dropped == {"CHARGE": 1, "DEFENDENT": 1}
    assert summary.texts_left_out == (f"typo ({src}:1): DEFENDENT",)
    assert "1 texts left out: every span of theirs was left out (no NER label)" in summary.render()


def test_export_reads_nested_text_fields(tmp_path, examples_dir):
    """Records whose text sits at doc.qwContent: named with text_fields (the CLI's --text-field), they are exported."""
    text = (examples_dir / "theft_single.txt").read_text(encoding="utf-8")
    src = tmp_path / "export.jsonl"
    src.write_text(json.dumps({"doc": {"qwContent": text}, "meta": {"no": "a7"}}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    summary = export_doccano([src], tmp_path / "none.jsonl", with_predictions=False)
    assert summary.documents == 0 and "--text-field" in summary.failures[0]
    summary = export_doccano([src], tmp_path / "t.jsonl", with_predictions=False, text_fields="doc.qwContent",
                             id_field="meta.no")
    assert summary.documents == 1 and not summary.failures
    (line,) = (json.loads(x) for x in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines())
    assert line["doc_id"] == "a7" and line["text"] == text


def test_round_trip_to_training_file(tmp_path, astral_docs):
    """Export → (annotator) → import → training file that the NER loader reads, offsets intact."""
    export_label_studio(astral_docs, tmp_path / "t.json", model="rules")
    items = import_label_studio(tmp_path / "t.json", unreviewed=True)  # the pre-annotations, as nobody corrected them
    summary = write_training_jsonl(items, tmp_path / "train.jsonl")
    fmt, records = read_gold(tmp_path / "train.jsonl")
    examples = to_examples(fmt, records, load_label_spec())
    assert len(examples) == 2 and summary.mentions == sum(len(r.entities) for r in records) > 0
    assert any(s.text == ASTRAL + "晓川" and s.label == "defendant" for s in examples[0].spans)


def test_label_studio_config_escapes():
    root = ET.fromstring(label_studio_config(["A&B", 'Q"'] + list(RULE_LABELS)))
    values = [x.get("value") for x in root.iter("Label")]
    assert values[:2] == ["A&B", 'Q"']
    assert len({x.get("background") for x in root.iter("Label")}) == len(values)


def test_training_file_names_spans_that_overlap_in_a_layer(tmp_path):
    """Two spans of one layer that overlap (人民币6800元 and 6800元, both VALUE): training keeps the longer; the
    summary says which one goes."""
    item = AnnotatedText("d1", "价值人民币6800元。", (AnnotatedSpan(2, 10, "人民币6800元", "VALUE"),
                                                    AnnotatedSpan(5, 10, "6800元", "VALUE")), "x")
    summary = write_training_jsonl([item], tmp_path / "t.jsonl")
    assert summary.overlapping == ("d1: 6800元 (value) at 5",)
    assert "1 spans overlap a longer one of their layer" in summary.render()
