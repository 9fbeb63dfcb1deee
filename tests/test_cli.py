"""The command line: help, a batch over a folder with a corrupt file, the manifest, show, eval, check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fayan.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


@pytest.mark.parametrize(
    "command",
    [[], ["extract"], ["show"], ["eval"], ["check"], ["review"], ["train-ner"], ["eval-ner"], ["lexicon"],
     ["lexicon", "check"], ["lexicon", "diff"], ["lexicon", "export"], ["lexicon", "import"]],
)  # fmt: skip
def test_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_help_paragraphs_wrap_whole() -> None:
    # a docstring's line breaks are not the terminal's: on a wide one a paragraph is one line, examples stay apart
    output = runner.invoke(app, ["eval-ner", "--help"], env={"COLUMNS": "300"}).output
    assert "else in float32; the report names the model version" in output
    lines = [line.strip() for line in output.splitlines()]
    assert sum(line.startswith("Example: fayan eval-ner") for line in lines) == 3


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "theft_single.txt", src / "theft_single.txt")
    shutil.copy(EXAMPLES / "multi_charge.txt", src / "sub" / "multi_charge.txt")
    shutil.copy(EXAMPLES / "not_a_judgment.txt", src / "news.txt")
    (src / "broken.docx").write_bytes(b"PK\x03\x04 this is not a real zip archive")
    (src / "empty.txt").write_bytes(b"")
    return src


def test_extract_folder_with_a_corrupt_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (out / "judgments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == ["multi_charge", "news", "theft_single"]
    news = next(r for r in records if r["id"] == "news")
    assert news["status"] == "not_judgment" and news["reason"]
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    entries = {Path(m["path"]).name: m for m in manifest if "path" in m}
    assert set(entries) == {"theft_single.txt", "multi_charge.txt", "news.txt", "broken.docx", "empty.txt"}
    assert entries["broken.docx"]["status"] == "failed" and "broken.docx" in entries["broken.docx"]["reason"]
    assert entries["empty.txt"]["status"] == "failed" and entries["empty.txt"]["reason"]
    assert entries["theft_single.txt"]["status"] == "ok"


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.docx").write_bytes(b"not a docx")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 1


@pytest.mark.parametrize("args", [["--format", "xml"], ["--engine", "spark"]])
def test_usage_errors(folder: Path, tmp_path: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "nope" in result.output


def test_messages_print_square_brackets_as_written(tmp_path: Path) -> None:
    """rich reads [ner] as a style tag: a path or a hint such as pip install "fayan[ner]" must print as is."""
    result = runner.invoke(app, ["extract", str(tmp_path / "draft[ner]"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "draft[ner]" in result.output
    assert "fayan[ner]" in runner.invoke(app, ["extract", "--help"]).output
    bracketed = tmp_path / "[draft]判决.txt"
    bracketed.write_text((EXAMPLES / "theft_single.txt").read_text(encoding="utf-8"), encoding="utf-8")
    shown = runner.invoke(app, ["show", str(bracketed)])
    assert shown.exit_code == 0 and "[draft]" in shown.output


def test_show_prints_sections_and_fields() -> None:
    result = runner.invoke(app, ["show", str(EXAMPLES / "multi_charge.txt")])
    assert result.exit_code == 0, result.output
    for word in ("case_number", "reasoning", "result", "verdict", "盗窃罪", "诈骗罪"):
        assert word in result.output


def test_show_and_the_manifest_say_how_a_file_was_read(tmp_path: Path) -> None:
    """The format, the encoding found and the html block taken are shown, and kept in the manifest."""
    from fayan.pipelines.batch import run_batch

    page = tmp_path / "a.html"
    body = (EXAMPLES / "theft_single.txt").read_text(encoding="utf-8").replace("\n", "<br>")
    page.write_bytes(f'<html><head><meta charset="gbk"></head><body><div id="DivContent">{body}</div></body></html>'
                     .encode("gbk"))
    result = runner.invoke(app, ["show", str(page)])
    assert result.exit_code == 0, result.output
    assert "read as: format html, encoding gb18030, html_body id=DivContent" in result.output
    run_batch([page, EXAMPLES / "theft_single.txt"], tmp_path / "out", workers=1, progress=False)
    entries = [json.loads(x) for x in (tmp_path / "out" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["read_as"] for e in entries if "path" in e] == [
        {"format": "html", "encoding": "gb18030", "html_body": "id=DivContent"}, {"format": "txt", "encoding": "utf-8"}]


def test_show_picks_one_record_of_a_jsonl_file(tmp_path: Path) -> None:
    """A file of several records: show says so and how to pick one (it named library functions); --record takes an
    id or a number."""
    path = tmp_path / "two.jsonl"
    texts = [(EXAMPLES / n).read_text(encoding="utf-8") for n in ("theft_single.txt", "drug_sale.txt")]
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in zip(("a1", "b2"), texts)),
                    encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 1 and "holds 2 records" in result.output and "--record" in result.output
    assert "read_file()" not in result.output
    for pick, doc_id in (("b2", "b2"), ("1", "a1")):
        result = runner.invoke(app, ["show", str(path), "--record", pick, "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["id"] == doc_id
    result = runner.invoke(app, ["show", str(path), "--record", "zz"])
    assert result.exit_code == 1 and "no record 'zz'" in result.output


def test_show_prints_victims_and_the_drug() -> None:
    result = runner.invoke(app, ["show", str(EXAMPLES / "theft_single.txt")])
    assert result.exit_code == 0 and "victims" in result.output and "王某" in result.output
    result = runner.invoke(app, ["show", str(EXAMPLES / "drug_sale.txt")])
    assert result.exit_code == 0 and "甲基苯丙胺 2.3克" in result.output


def test_show_prints_the_recommendation_and_the_stance() -> None:
    """A reviewer checking an E12 lead sees what fayan read of the 量刑建议 and of the court's word on it."""
    result = runner.invoke(app, ["show", str(EXAMPLES / "dangerous_driving.txt")])
    assert result.exit_code == 0, result.output
    assert "房立伟: 拘役 2个月 缓刑 yes 3个月 罚金4000元" in result.output
    assert "recommendation stance" in result.output


def test_show_with_the_model_gives_the_stolen_items_and_their_values() -> None:
    pytest.importorskip("torch")
    result = runner.invoke(app, ["show", str(EXAMPLES / "theft_single.txt"), "--ner"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    # 窃得…电动自行车一辆。经…认定，该电动自行车价值人民币3200元。
    assert "电动自行车一辆（3200元）" in result.output and "苹果牌手机一部（6800元）" in result.output


def test_show_with_the_model_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import fayan.nlp.ner
    from fayan.errors import ModelError

    def missing(*args: object) -> None:
        raise ModelError('the NER model needs torch: pip install "fayan[ner]"')

    monkeypatch.setattr(fayan.nlp.ner, "load_model", missing)
    result = runner.invoke(app, ["show", str(EXAMPLES / "theft_single.txt"), "--ner"])
    assert result.exit_code != 0 and 'pip install "fayan[ner]"' in result.output


def test_show_gives_each_defendants_own_offence_date() -> None:
    result = runner.invoke(app, ["show", str(EXAMPLES / "death_review.txt")])
    assert result.exit_code == 0, result.output
    assert "2014-07-20, age 18" in result.output  # 蒙小禾 joined in 2014; the facts open in 2013


def test_show_prints_the_sentence_an_appeal_ruling_upholds() -> None:
    # 驳回上诉，维持原判: the ruling's result names no one; the person whose sentence it upholds is shown with it
    result = runner.invoke(app, ["show", str(EXAMPLES / "appeal_ruling.txt")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Upheld 1: 甘德胜 (维持原判" in result.output
    assert "有期徒刑 22个月 罚金15000元" in result.output
    assert "以诈骗罪判处被告人甘德胜有期徒刑一年十个月" in result.output  # the verdict as printed


def test_show_json_is_the_record() -> None:
    result = runner.invoke(app, ["show", str(EXAMPLES / "theft_single.txt"), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["id"] == "theft_single"


def test_eval_against_gold(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "--no-progress"]).exit_code == 0
    gold = Path(__file__).parent / "data" / "examples_gold.jsonl"
    result = runner.invoke(app, ["eval", str(out / "judgments.jsonl"), "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["fields"]["verdict.term_months"]["accuracy"] == 1.0


def test_check_and_review(tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES / "planted", src)
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["check", str(out)])
    assert result.exit_code == 0, result.output
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {f["rule"] for f in findings} >= {"E3", "E6", "E7"}
    assert (out / "report.html").exists()
    key = findings[0]["key"]
    result = runner.invoke(app, ["review", str(out), key, "--dismiss", "--note", "测试", "--date", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["check", str(out)]).exit_code == 0
    again = {f["key"]: f for f in (json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines())}
    assert again[key]["review"] == "dismissed" and not again[key]["new"]
    # the findings table carries the review state too, and read_table reads it, for parquet and csv
    from fayan.pipelines.batch import read_table

    for fmt in ("parquet", "csv"):
        assert runner.invoke(app, ["check", str(out), "--format", fmt, "--no-report"]).exit_code == 0
        table = read_table(out, "findings")
        assert str(table["review"].dtype) == "string" and str(table["new"].dtype) == "boolean"
        row = table[table["key"] == key].iloc[0]
        assert row["review"] == "dismissed" and not row["new"]
        assert set(table["review"]) == {"dismissed", "unreviewed"}
        (out / f"findings.{fmt}").unlink()  # read_table takes the parquet file before the csv


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        (b'{"id": "x", "doc_type"', "not valid JSON"),  # a record cut short
        ('{"id": "甲'.encode()[:-1], "not UTF-8"),  # cut inside a character
        (b'["list"]\n', "each line must be a JSON object"),
        ('{"id": "x", "defendants": "甲某"}\n'.encode(), "not a judgment record"),
    ],
)  # fmt: skip
def test_check_names_the_line_of_a_damaged_judgments_file(tmp_path: Path, tail: bytes, message: str) -> None:
    """fayan check (and read_judgments) once printed a traceback here; fayan eval named the line, and so do they."""
    from fayan.errors import InputError
    from fayan.pipelines.batch import read_judgments

    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(EXAMPLES / "planted"), "-o", str(out), "--no-progress"]).exit_code == 0
    path = out / "judgments.jsonl"
    n = len(path.read_bytes().splitlines()) + 1
    with path.open("ab") as fh:
        fh.write(tail)
    _clean(runner.invoke(app, ["check", str(out)]), 2, f"{path}:{n}: {message}")
    assert not (out / "findings.jsonl").exists()  # nothing written
    with pytest.raises(InputError, match=f"judgments.jsonl:{n}: {message}"):
        list(read_judgments(out))


def test_check_refuses_a_reviews_file_that_does_not_exist(tmp_path: Path) -> None:
    """--reviews naming a missing file (a misspelt name) once rewrote findings.jsonl with every finding unreviewed."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(EXAMPLES / "planted"), "-o", str(out), "--no-progress"]).exit_code == 0
    assert runner.invoke(app, ["check", str(out), "--no-report"]).exit_code == 0  # no reviews file yet: allowed
    key = json.loads((out / "findings.jsonl").read_text(encoding="utf-8").splitlines()[0])["key"]
    assert runner.invoke(app, ["review", str(out), key, "--dismiss", "--date", "2026-11-28"]).exit_code == 0
    assert runner.invoke(app, ["check", str(out), "--no-report"]).exit_code == 0
    before = (out / "findings.jsonl").read_text(encoding="utf-8")
    assert '"review": "dismissed"' in before
    typo = out / "review.jsonl"
    _clean(runner.invoke(app, ["check", str(out), "--reviews", str(typo)]), 2, str(typo), "reviews file not found")
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == before
    result = runner.invoke(app, ["check", str(out), "--no-report", "--reviews", str(out / "reviews.jsonl")])
    assert result.exit_code == 0, result.output


def test_check_rejects_an_unknown_rule_code(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(EXAMPLES / "planted"), "-o", str(out), "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["check", str(out), "--rules", "E99,E6", "--no-report", "--no-classcase"])
    assert result.exit_code == 2 and "unknown rule code(s) E99" in result.output and "E20" in result.output
    assert not (out / "findings.jsonl").exists()  # nothing written: it failed before any work
    result = runner.invoke(app, ["check", str(out), "--rules", "E14", "--no-report", "--no-classcase"])
    assert result.exit_code == 0, result.output
    rules = {json.loads(x)["rule"] for x in (out / "findings-E14.jsonl").read_text(encoding="utf-8").splitlines()}
    assert rules == {"E14"}


def test_a_run_of_some_rules_leaves_the_full_run_alone(tmp_path: Path) -> None:
    """--rules writes findings-<codes>.jsonl and report-<codes>.html; findings.jsonl keeps every rule, and a review
    can name a finding of either file. Codes are read in any case; C1 runs only when named."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(EXAMPLES / "planted"), "-o", str(out), "--no-progress"]).exit_code == 0
    assert runner.invoke(app, ["check", str(out)]).exit_code == 0
    full = (out / "findings.jsonl").read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", str(out), "--rules", "e7,E6"])
    assert result.exit_code == 0, result.output
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == full and (out / "report-E6_E7.html").exists()
    some = [json.loads(x) for x in (out / "findings-E6_E7.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {f["rule"] for f in some} == {"E6", "E7"} and not any(f["new"] for f in some)  # seen in the full run
    result = runner.invoke(app, ["review", str(out), some[0]["key"], "--confirm", "--date", "2026-11-28"])
    assert result.exit_code == 0, result.output


def test_lexicon_check_on_a_broken_copy(tmp_path: Path) -> None:
    from fayan.nlp.lexicon import lexicon_dir

    copy = tmp_path / "lex"
    shutil.copytree(lexicon_dir(), copy)
    with (copy / "education.tsv").open("a", encoding="utf-8") as fh:
        fh.write("只有一列\n")
    result = runner.invoke(app, ["lexicon", "check", "--dir", str(copy), "--corpus", str(EXAMPLES)])
    assert result.exit_code == 1
    assert "education.tsv" in result.output


def test_a_bad_lexicon_fails_the_batch_once_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FAYAN_LEXICONS with a repeated charge: extract stops before any document (exit 2), naming file and line;
    lexicon check reports the loader's error at that line too."""
    from fayan.nlp.lexicon import lexicon_dir

    copy = tmp_path / "lex"
    shutil.copytree(lexicon_dir(), copy)
    lines = (copy / "charges.txt").read_text(encoding="utf-8").splitlines()
    with (copy / "charges.txt").open("a", encoding="utf-8") as fh:
        fh.write("盗窃罪\n")
    result = runner.invoke(app, ["lexicon", "check", "--dir", str(copy)])
    assert result.exit_code == 1
    assert f"charges.txt:{len(lines) + 1}:error[parse]duplicatechargename" in "".join(result.output.split())
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(out), "--no-progress"])
    assert result.exit_code == 2, result.output
    assert f"charges.txt:{len(lines) + 1}:duplicatechargename" in "".join(result.output.split())
    assert not out.exists()


@pytest.mark.parametrize(("name", "line"), [("drugs.tsv", "冰毒"), ("education.tsv", "大学"), ("look_alike.tsv", "甲"),
                                          ("law/counties.tsv", "某某县")])
def test_a_bad_line_in_any_lexicon_stops_extract_before_any_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, line: str
) -> None:
    """Files read by one extractor or one check alone once failed every document (exit 0, and --check read as an
    all-clear): the pre-load covers them too."""
    from fayan.nlp.lexicon import lexicon_dir

    copy = tmp_path / "lex"
    shutil.copytree(lexicon_dir(), copy)
    n = len((copy / name).read_text(encoding="utf-8").splitlines()) + 1
    with (copy / name).open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(out), "--no-progress",
                                 "--check"])
    _clean(result, 2, f"{name}:{n}:", "tab-separated columns")
    assert not out.exists()


def test_eval_refuses_duplicate_document_ids(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "a", "court": "某某市人民法院"}, ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text("".join(json.dumps({"id": "a", "court": c}, ensure_ascii=False) + "\n" for c in ("甲", "乙")),
                    encoding="utf-8")
    result = runner.invoke(app, ["eval", str(pred), "--gold", str(gold)])
    assert result.exit_code == 2 and "'a' more than once" in result.output, result.output


def test_eval_scores_the_order_of_defendants(tmp_path: Path) -> None:
    from fayan.pipelines.evaluate import evaluate_records

    gold = [{"id": "a", "defendants": [{"name": "甲某"}, {"name": "乙某"}]}]
    pred = [{"id": "a", "defendants": [{"name": "乙某"}, {"name": "甲某"}]}]
    report = evaluate_records(gold, pred)
    assert report.to_dict()["fields"]["defendants.order"]["right"] == 0
    assert report.to_dict()["fields"]["name"]["right"] == 2


def test_long_messages_are_not_wrapped_when_piped(tmp_path: Path) -> None:
    """A message wider than 80 columns (a long charge name counts two columns a character) stays one line when stdout
    is a pipe or a file, so that grep file:line finds it whole."""
    from fayan.nlp.lexicon import lexicon_dir

    copy = tmp_path / "lex"
    shutil.copytree(lexicon_dir(), copy)
    with (copy / "charges.txt").open("a", encoding="utf-8") as fh:
        fh.write("组织、领导、参加黑社会性质组织罪\n")
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    proc = subprocess.run([sys.executable, "-m", "fayan.cli", "lexicon", "check", "--dir", str(copy)],
                          capture_output=True, text=True, env=env, timeout=300, check=False)  # stdout is a pipe
    line = next(x for x in proc.stdout.splitlines() if "warning [duplicate] '组织、领导、参加黑社会性质组织罪'" in x)
    assert line.endswith("delete one")


# --- user mistakes end in one line naming the path or the option (exit 2), or exit 1 when nothing was done ---------


def _clean(result, code: int, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for word in words:
        assert word in result.output, (word, result.output)


def test_show_html_to_a_folder_or_a_missing_folder(tmp_path: Path) -> None:
    doc = str(EXAMPLES / "theft_single.txt")
    folder = tmp_path / "dir"
    folder.mkdir()
    _clean(runner.invoke(app, ["show", doc, "--html", str(folder)]), 2, str(folder), "--html")
    missing = tmp_path / "nope" / "x.html"
    _clean(runner.invoke(app, ["show", doc, "--html", str(missing)]), 2, str(missing), "does not exist")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    under_file = tmp_path / "afile" / "x.html"
    _clean(runner.invoke(app, ["show", doc, "--html", str(under_file)]), 2, str(tmp_path / "afile"), "is a file")


def test_extract_output_folder_under_a_file(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    doc = str(EXAMPLES / "theft_single.txt")
    _clean(runner.invoke(app, ["extract", doc, "-o", str(afile), "--no-progress"]), 2, "the output folder is a file")
    result = runner.invoke(app, ["extract", doc, "-o", str(afile / "sub"), "--no-progress"])
    _clean(result, 2, str(afile / "sub"), f"{afile} is a file")


def test_extract_a_link_in_a_loop_named_as_input(tmp_path: Path) -> None:
    # the link exists: it fails with its reason (exit 1: nothing processed), it is not "no such file"
    (tmp_path / "self").symlink_to("self")
    result = runner.invoke(app, ["extract", str(tmp_path / "self"), "-o", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 1 and "no such file" not in result.output
    assert f"{tmp_path / 'self'}: cannot read: Too many levels of symbolic links" in " ".join(result.output.split())


def test_lexicon_import_a_missing_file(tmp_path: Path) -> None:
    for fmt in ("label-studio", "doccano"):
        result = runner.invoke(app, ["lexicon", "import", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.jsonl"),
                                     "--format", fmt])
        _clean(result, 2, "nope.json")
    assert not (tmp_path / "x.jsonl").exists()
    folder = tmp_path / "export"
    folder.mkdir()
    _clean(runner.invoke(app, ["lexicon", "import", str(folder), "-o", str(tmp_path / "x.jsonl")]), 2, str(folder))


def test_library_import_of_a_missing_label_studio_file_names_it(tmp_path: Path) -> None:
    from fayan.errors import InputError
    from fayan.pipelines.annotate import import_label_studio

    with pytest.raises(InputError, match="nope.json: file not found"):
        import_label_studio(tmp_path / "nope.json")


def test_lexicon_import_rejects_unknown_labels(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"text": "张三盗窃", "label": [[0, 2, "DEFENDANT"]]}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "import", str(src), "--format", "doccano", "-o", str(tmp_path / "x.jsonl"),
                                 "--labels", "FOO,DEFENDANT"])
    _clean(result, 2, "--labels FOO", "DEFENDANT")
    assert "annotated_labels" not in result.output and not (tmp_path / "x.jsonl").exists()


def test_lexicon_export_to_a_folder_or_under_a_file(tmp_path: Path) -> None:
    doc = str(EXAMPLES / "theft_single.txt")
    folder = tmp_path / "dir"
    folder.mkdir()
    _clean(runner.invoke(app, ["lexicon", "export", doc, "-o", str(folder), "--model", "rules"]), 2, str(folder), "--out")
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "export", doc, "-o", str(afile / "t.json"), "--model", "rules"])
    _clean(result, 2, str(afile / "t.json"), f"{afile} is a file")


def test_lexicon_export_of_nothing_fails_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "o" / "t.json"
    _clean(runner.invoke(app, ["lexicon", "export", str(tmp_path / "nope"), "-o", str(out)]), 2, "nope")
    empty = tmp_path / "empty"
    empty.mkdir()
    _clean(runner.invoke(app, ["lexicon", "export", str(empty), "-o", str(out)]), 1, "nothing exported", str(empty))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.docx").write_bytes(b"not a docx")
    for fmt in ("label-studio", "doccano"):
        result = runner.invoke(app, ["lexicon", "export", str(bad), "-o", str(out), "--format", fmt])
        _clean(result, 1, "nothing exported", "a.docx")
    assert not out.parent.exists() or not any(out.parent.iterdir())


def test_lexicon_commands_name_inputs_they_could_not_read(tmp_path: Path) -> None:
    """A corpus whose records hold their text at doc.qwContent: diff and check list every record that failed and,
    having read nothing, exit 1; with --text-field they read it, and so does export."""
    text = (EXAMPLES / "theft_single.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "export.jsonl").write_text(
        "".join(json.dumps({"doc": {"qwContent": text}, "meta": {"no": f"n{k}"}}, ensure_ascii=False) + "\n"
                for k in range(2)), encoding="utf-8")
    for command in (["diff", "--after", str(EXAMPLES.parent / "fayan" / "lexicons")], ["check"]):
        result = runner.invoke(app, ["lexicon", *command, "--corpus", str(corpus)])
        _clean(result, 1, "2 inputs", "export.jsonl:2: no usable text field", "could be read (2 inputs failed)")
        result = runner.invoke(app, ["lexicon", *command, "--corpus", str(corpus), "--text-field", "doc.qwContent",
                                     "--id-field", "meta.no"])
        _clean(result, 0)
        assert "no usable text field" not in result.output
    out = tmp_path / "tasks.jsonl"
    result = runner.invoke(app, ["lexicon", "export", str(corpus), "-o", str(out), "--format", "doccano",
                                 "--no-predictions", "--text-field", "doc.qwContent", "--id-field", "meta.no"])
    _clean(result, 0, "2 documents")
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["n0", "n1"]


def test_lexicon_check_rejects_an_unknown_severity() -> None:
    result = runner.invoke(app, ["lexicon", "check", "--min-severity", "fatal"])
    _clean(result, 2, "--min-severity must be info, warning or error")


def test_an_unreachable_dask_scheduler_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection failure (OSError, TimeoutError) of distributed's Client becomes one line naming the address."""
    import types

    def refuse(address: str, *args: object, **kwargs: object) -> None:
        raise TimeoutError(f"Timed out trying to connect to {address} after 30 s")

    monkeypatch.setitem(sys.modules, "distributed", types.SimpleNamespace(Client=refuse, LocalCluster=None))
    address = "tcp://127.0.0.1:8798"
    result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(tmp_path / "a" / "out"),
                                 "--engine", "dask", "--scheduler", address, "--no-progress"])
    _clean(result, 2, f"cannot connect to the Dask scheduler at {address}")
    assert list(tmp_path.iterdir()) == []  # the folders it made for the output (a/out, with its lock) are gone
    (tmp_path / "kept").mkdir()  # a folder that was there before stays, even empty
    result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(tmp_path / "kept"),
                                 "--engine", "dask", "--scheduler", address, "--no-progress"])
    _clean(result, 2, f"cannot connect to the Dask scheduler at {address}")
    assert [p.name for p in tmp_path.iterdir()] == ["kept"]


def test_an_unreachable_dask_scheduler_with_a_short_timeout(tmp_path: Path) -> None:
    """The same with distributed itself, at a local port where nothing listens (1 s connect timeout)."""
    pytest.importorskip("distributed")
    import socket

    import dask

    with socket.socket() as sock:  # bound, not listening: the port is ours and refuses connections
        sock.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{sock.getsockname()[1]}"
        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(tmp_path / "out"),
                                         "--engine", "dask", "--scheduler", address, "--no-progress"])
    _clean(result, 2, f"cannot connect to the Dask scheduler at {address}")
    result = runner.invoke(app, ["extract", str(EXAMPLES / "theft_single.txt"), "-o", str(tmp_path / "out"),
                                 "--engine", "dask", "--scheduler", "nowhere", "--no-progress"])
    _clean(result, 2, "'nowhere' is not a Dask scheduler address")


def test_show_reads_a_nested_text_field(tmp_path: Path) -> None:
    """A record whose text is nested: show says to name it with --text-field, and takes --text-field and --id-field
    as extract does."""
    path = tmp_path / "nested.json"
    text = (EXAMPLES / "theft_single.txt").read_text(encoding="utf-8")
    path.write_text(json.dumps({"meta": {"docId": "n1"}, "doc": {"qwContent": text}}, ensure_ascii=False),
                    encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)])
    _clean(result, 1, "--text-field")
    result = runner.invoke(app, ["show", str(path), "--text-field", "doc.qwContent", "--id-field", "meta.docId", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["id"] == "n1" and record["court"]
    for option in ("--text-field", "--id-field"):
        assert option in runner.invoke(app, ["show", "--help"]).output


def test_show_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    _clean(runner.invoke(app, ["show", str(tmp_path / "nope.txt")]), 2, "nope.txt")
    result = runner.invoke(app, ["show", str(EXAMPLES)])
    _clean(result, 2, "fayan show takes one file", f"fayan extract {EXAMPLES} -o OUT")
    assert "read_paths" not in result.output


def test_eval_with_no_matching_document_fails(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "a", "court": "某某市人民法院"}, ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "b", "court": "某某市人民法院"}, ensure_ascii=False) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        result = runner.invoke(app, ["eval", str(pred), "--gold", str(gold), *extra])
        _clean(result, 1, "no predicted document", "matches a gold document", str(pred))


def test_eval_with_an_empty_gold_fails(tmp_path: Path) -> None:
    """0/0 matched once read as a result (exit 0): nothing was evaluated, exit 1, naming the gold file."""
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text("\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "a", "court": "某某市人民法院"}, ensure_ascii=False) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        result = runner.invoke(app, ["eval", str(pred), "--gold", str(gold), *extra])
        _clean(result, 1, str(gold), "nothing was evaluated")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", str(EXAMPLES), "-o", "{tmp}/o", "--workers", "-3"], "--workers must be 0 (one per CPU) or more"),
        (["extract", str(EXAMPLES), "-o", "{tmp}/o", "--chunk-size", "0"], "--chunk-size must be at least 1"),
        (["extract", str(EXAMPLES), "-o", "{tmp}/o", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
        (["check", "{tmp}", "--min-group-size", "0"], "--min-group-size must be at least 3"),
        (["check", "{tmp}", "--rules", "c1", "--no-classcase"], "--rules C1 asks for the class-case comparison"),
        (["extract", str(EXAMPLES), "-o", "/proc/fayan-out"], "/proc/fayan-out: cannot create the output folder"),
        (["lexicon", "diff", "--corpus", str(EXAMPLES), "--max-docs", "-1"], "--max-docs must be 0 or more"),
        (["review", "{tmp}", "0123456789abcdef", "--dismiss", "--date", "2026-13-45"], "--date must be a date"),
        (["train-ner", "--threads", "0", "-o", "{tmp}/m"], "--threads must be at least 1"),
        (["train-ner", "--precision", "fp16", "-o", "{tmp}/m"], "--precision must be auto, bf16 or fp32"),
    ],
)  # fmt: skip
def test_option_errors_name_the_option(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    _clean(result, 2, message)
    assert f"error: {message}" in result.output  # the option, not the library's parameter (workers=, add_review: …)
    assert "add_review" not in result.output and "scheduler=" not in result.output
    assert not (tmp_path / "o").exists()
