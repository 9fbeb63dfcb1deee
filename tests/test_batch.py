"""Batch runs: manifest statuses, output formats, incremental re-runs, kill-and-resume, engines.

The corpus is fictional and generated here; the per-document function is
:func:`tiny_extract`, a small real extractor (title, defendants, sentences,
evidence spans), so these tests do not depend on the full assembler.
"""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from fayan.errors import UsageError
from fayan.judgment import Defendant, Judgment, Officer, Provenance, Sentence
from fayan.pipelines.batch import (
    EXIT_NOTHING_PROCESSED,
    EXIT_OK,
    EXIT_USAGE,
    BatchSummary,
    exit_code,
    read_judgments,
    read_manifest,
    read_table,
    run_batch,
)
from fayan.pipelines.engines import THREAD_VARIABLES, LocalEngine
from fayan.pipelines.tables import TABLES, table_spec
from fayan.types import Document

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

# ---------------------------------------------------------------------------
# A small real extractor and a fictional corpus

_TITLE = re.compile(r"刑事(判决|裁定)书")
_COURT = re.compile(r"^\s*(\S+?人民法院)", re.MULTILINE)
_VERDICT = re.compile(
    r"被告人(?P<name>[\u4e00-\u9fff]{1,2}某[甲乙丙]?)犯(?P<charge>[\u4e00-\u9fff]+?罪)，"
    r"判处有期徒刑(?P<months>\d+)个月(?:，并处罚金人民币(?P<fine>\d+)元)?"
)
_JUDGE = re.compile(r"审判长\s*(?P<name>[\u4e00-\u9fff]{1,2}某)")
KILL_ENV = "FAYAN_TEST_KILL_AT"  # doc id at which tiny_extract SIGKILLs its own process
SLOW_ENV = "FAYAN_TEST_SLOW"  # seconds tiny_extract sleeps per document


def tiny_extract(doc: Document) -> Judgment:
    """Title, court, defendants with their sentence, presiding judge; raises on a marked document."""
    if os.environ.get(KILL_ENV) == doc.id:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(float(os.environ.get(SLOW_ENV, "0")))
    if "进程崩溃" in doc.text and multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker dying, not an exception
    if "引发异常" in doc.text:
        raise ValueError("测试用的抽取异常")
    if not _TITLE.search(doc.text):
        return Judgment(id=doc.id, status="not_judgment", reason="no 刑事判决书/裁定书 title",
                        source=doc.source, n_chars=len(doc.original or doc.text))
    court = _COURT.search(doc.text)
    defendants, spans = [], []
    for i, m in enumerate(_VERDICT.finditer(doc.text)):
        fine = int(m["fine"]) if m["fine"] else None
        verdict = Sentence("有期徒刑", term_months=int(m["months"]), fine_yuan=fine)
        defendants.append(Defendant(name=m["name"], charges=(m["charge"],), verdict=verdict))
        span = doc.original_span(m.start(), m.end())
        spans.append(Provenance(f"defendants[{i}].verdict", span.start, span.end, span.text))
    judge = _JUDGE.search(doc.text)
    return Judgment(
        id=doc.id, doc_type="判决书", court=court[1] if court else None, defendants=tuple(defendants),
        officers=(Officer("审判长", judge["name"]),) if judge else (), spans=tuple(spans), source=doc.source,
        n_chars=len(doc.original or doc.text),
    )


_NAMES = ("张某", "李某某", "王某甲", "赵某", "陈某乙", "刘某")
_CHARGES = ("盗窃罪", "诈骗罪", "危险驾驶罪", "故意伤害罪")


def judgment_text(i: int, marker: str = "") -> str:
    """A fictional first-instance judgment, different for every ``i``."""
    n = 1 + i % 2
    lines = ["某某省某某市某某区人民法院", "刑事判决书", f"（2021）某0101刑初{100 + i}号",
             "公诉机关某某市某某区人民检察院。"]
    verdicts = []
    for k in range(n):
        name = _NAMES[(i + k) % len(_NAMES)]
        lines.append(f"被告人{name}，男，汉族，初中文化。")
        charge, months = _CHARGES[(i + k) % len(_CHARGES)], 6 + (i + k) % 9
        fine = f"，并处罚金人民币{1000 * (1 + i % 4)}元" if (i + k) % 3 else ""
        verdicts.append(f"被告人{name}犯{charge}，判处有期徒刑{months}个月{fine}。")
    lines += [f"经审理查明，第{i}号案件事实清楚。{marker}", "判决如下：", *verdicts,
              "审判长 周某", "二〇二一年三月八日"]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, start: int, stop: int) -> list[str]:
    """One .txt judgment per number; returns the document ids."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        (folder / f"doc{i:04d}.txt").write_text(judgment_text(i), encoding="utf-8")
    return [f"doc{i:04d}" for i in range(start, stop)]


def ids_in(out: Path) -> list[str]:
    with open(out / "judgments.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh]


def records(out: Path) -> list[dict]:
    with open(out / "judgments.jsonl", encoding="utf-8") as fh:
        return sorted((json.loads(line) for line in fh), key=lambda r: r["id"])


def sorted_table(out: Path, name: str) -> pd.DataFrame:
    """Table ``name`` of ``out`` in a fixed row order (every column a sort key), for comparisons."""
    frame = read_table(out, name)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def run(paths, out, **kw) -> BatchSummary:
    kw.setdefault("extract", tiny_extract)
    kw.setdefault("workers", 1)
    kw.setdefault("progress", False)
    return run_batch(paths, out, **kw)


# ---------------------------------------------------------------------------
# Every input is accounted for


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_corpus(folder, 0, 3)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 fictional")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "raises.txt").write_text(judgment_text(7, marker="引发异常"), encoding="utf-8")
    (folder / "story.txt").write_text("某地发生一起交通事故，无人受伤。\n", encoding="utf-8")
    recs = [{"id": "rec1", "text": judgment_text(11)}, "not json", {"id": "rec3", "body_missing": 1},
            {"id": "rec4", "text": judgment_text(12)}]
    (folder / "batch.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in recs) + "\n",
        encoding="utf-8")
    return folder


def test_manifest_lists_every_input_with_status(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run(mixed, out)
    entries = {Path(e["path"]).name: e for e in read_manifest(out)}
    assert sorted(entries) == sorted(p.name for p in mixed.iterdir())
    expected = {
        # name: (status, error, n_records, doc_statuses)
        "doc0000.txt": ("ok", None, 1, ["ok"]),
        "doc0001.txt": ("ok", None, 1, ["ok"]),
        "doc0002.txt": ("ok", None, 1, ["ok"]),
        "story.txt": ("ok", None, 1, ["not_judgment"]),
        "broken.txt": ("failed", "UnsupportedFormat", 0, []),
        "old.doc": ("failed", "UnsupportedFormat", 0, []),
        "empty.txt": ("failed", "InputError", 0, []),
        "raises.txt": ("failed", "ValueError", 0, []),
        "batch.jsonl": ("ok", "RecordError", 2, ["ok", "ok"]),
    }
    for name, (status, error, n, statuses) in expected.items():
        e = entries[name]
        got = (e["status"], e["error"], e["n_records"], e["doc_statuses"])
        assert got == (status, error, n, statuses), name
        assert len(e["sha256"]) == 64 and e["size"] == (mixed / name).stat().st_size
    # reasons name the file, line and document
    assert "old.doc" in entries["old.doc"]["reason"] and ".docx" in entries["old.doc"]["reason"]
    raised = entries["raises.txt"]["failures"][0]
    assert raised["id"] == "raises" and "document raises" in raised["reason"]
    assert "测试用的抽取异常" in raised["traceback"] and "tiny_extract" in raised["traceback"]
    jl = entries["batch.jsonl"]
    assert jl["doc_ids"] == ["rec1", "rec4"] and jl["n_failures"] == 2
    assert [f["record"] for f in jl["failures"]] == [2, 3]
    assert "batch.jsonl:2" in jl["failures"][0]["reason"] and "2 of 4 records failed" in jl["reason"]
    # the summary counts this run
    assert (summary.inputs, summary.processed, summary.failed, summary.skipped_unchanged) == (9, 9, 4, 0)
    assert (summary.documents, summary.ok, summary.not_judgment, summary.failed_documents) == (6, 5, 1, 2)  # the 2 records of batch.jsonl; the 4 failed files are counted apart
    assert sorted(ids_in(out)) == ["doc0000", "doc0001", "doc0002", "rec1", "rec4", "story"]
    written = json.loads((out / "manifest_summary.json").read_text(encoding="utf-8"))
    assert written["documents"] == 6 and written["total_documents"] == 6 and written["run"] == 1
    assert exit_code(summary) == EXIT_OK


def test_manifest_one_line_per_path_after_a_run(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(mixed, out, chunk_size=2)
    lines = [json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    paths = [x["path"] for x in lines if "commit" not in x]
    assert len(paths) == len(set(paths)) == 9
    assert {x["chunk"] for x in lines if "commit" not in x} <= {x["commit"] for x in lines if "commit" in x}


# ---------------------------------------------------------------------------
# Output formats


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "csv"])
def test_outputs_readable_with_documented_columns(fmt: str, tmp_path: Path) -> None:
    ids = write_corpus(tmp_path / "in", 0, 7)
    out = tmp_path / "out"
    summary = run(tmp_path / "in", out, fmt=fmt, chunk_size=3)
    assert sorted(ids_in(out)) == ids
    j = {x.id: x for x in read_judgments(out)}
    assert j["doc0003"].defendants[0].verdict.term_months == 6 + 3 % 9
    if fmt == "jsonl":
        assert not (out / "defendants").exists() and not (out / "defendants.csv").exists()
        return
    for spec in TABLES:
        frame = read_table(out, spec.name)
        assert list(frame.columns) == list(spec.column_names)
        assert [str(t) for t in frame.dtypes] == [c.dtype for c in spec.columns], spec.name
    defendants = read_table(out, "defendants")
    assert len(defendants) == sum(len(x.defendants) for x in j.values()) == 7 + 3
    assert set(defendants["doc_id"]) == set(ids)
    sentences = read_table(out, "sentences").sort_values(["doc_id", "defendant_index"])
    assert sentences.iloc[0]["term_months"] == 6 and pd.isna(sentences.iloc[0]["fine_yuan"])
    if fmt == "parquet":
        assert len(list((out / "documents").glob("part-*.parquet"))) == 3  # chunks of 3, 3, 1 documents
        raw = pd.read_parquet(out / "defendants")  # the folder reads as one table without fayan
        assert len(raw) == len(defendants)
    else:
        raw = pd.read_csv(out / "officers.csv", encoding="utf-8-sig")
        assert list(raw.columns) == list(table_spec("officers").column_names) and len(raw) == 7
    assert any(str(out / "defendants") in o for o in summary.outputs)


def test_out_dir_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    ids = write_corpus(tmp_path / "in", 0, 3)
    run(tmp_path / "in", tmp_path / "in" / "out")
    second = run(tmp_path / "in", tmp_path / "in" / "out")
    assert (second.inputs, second.skipped_unchanged) == (3, 3)
    assert sorted(ids_in(tmp_path / "in" / "out")) == ids


# ---------------------------------------------------------------------------
# Incremental runs


def test_incremental_rerun_processes_only_new_and_changed_files(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    ids = write_corpus(folder, 0, 5)
    first = run(folder, out, fmt="parquet", chunk_size=2)
    assert (first.processed, first.skipped_unchanged) == (5, 0)
    # grown folder: only the new file
    ids += write_corpus(folder, 5, 6)
    second = run(folder, out, fmt="parquet", chunk_size=2)
    assert (second.inputs, second.processed, second.skipped_unchanged, second.documents) == (6, 1, 5, 1)
    assert sorted(ids_in(out)) == ids
    # a changed file replaces its records; nothing is duplicated in any table
    (folder / "doc0001.txt").write_text(judgment_text(40), encoding="utf-8")
    third = run(folder, out, fmt="parquet", chunk_size=2)
    assert (third.processed, third.skipped_unchanged) == (1, 5)
    assert sorted(ids_in(out)) == ids
    assert read_table(out, "documents")["doc_id"].is_unique
    # … and the folder now equals a fresh run over the same files
    fresh = tmp_path / "fresh"
    run(folder, fresh, fmt="parquet", chunk_size=2)
    assert records(out) == records(fresh)
    for spec in TABLES:
        pd.testing.assert_frame_equal(sorted_table(out, spec.name), sorted_table(fresh, spec.name))
    assert read_manifest(out)[1]["sha256"] == read_manifest(fresh)[1]["sha256"]


def test_unchanged_failed_files_are_retried_and_ok_ones_skipped(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    write_corpus(folder, 0, 2)
    (folder / "scan.pdf").write_bytes(b"%PDF")
    run(folder, out)
    again = run(folder, out)
    assert (again.processed, again.skipped_unchanged, again.failed) == (1, 2, 1)
    assert exit_code(again) == EXIT_OK


def test_an_edited_extractor_reprocesses_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    write_corpus(folder, 0, 3)
    module = tmp_path / "my_extractor.py"
    module.write_text("from test_batch import tiny_extract as extract\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import my_extractor

    run(folder, out, extract=my_extractor.extract)
    assert run(folder, out, extract=my_extractor.extract).skipped_unchanged == 3
    module.write_text("from test_batch import tiny_extract as extract  # edited\n", encoding="utf-8")
    # same function object, but its module's source changed: the records may differ now
    again = run(folder, out, extract=my_extractor.extract)
    assert (again.processed, again.skipped_unchanged) == (0, 3)  # tiny_extract lives in test_batch
    wrapped = tmp_path / "wrapped_extractor.py"
    wrapped.write_text("import test_batch\n\ndef extract(doc):\n    return test_batch.tiny_extract(doc)\n",
                       encoding="utf-8")
    import wrapped_extractor

    run(folder, out, extract=wrapped_extractor.extract)
    edited = "import test_batch\n\ndef extract(doc):  # edited\n    return test_batch.tiny_extract(doc)\n"
    wrapped.write_text(edited, encoding="utf-8")
    again = run(folder, out, extract=wrapped_extractor.extract)
    assert (again.processed, again.skipped_unchanged) == (3, 0)


def test_a_lexicon_copy_or_its_edit_reprocesses_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pointing FAYAN_LEXICONS at an annotator's copy of the lexicons, or editing that copy, changes what extraction
    reads: every file is redone (the files were left as unchanged, their records stale)."""
    import shutil

    from fayan.nlp.lexicon import lexicon_dir

    folder, out = tmp_path / "in", tmp_path / "out"
    write_corpus(folder, 0, 3)
    copy = tmp_path / "lex"
    shutil.copytree(lexicon_dir(), copy)
    monkeypatch.delenv("FAYAN_LEXICONS", raising=False)
    run(folder, out)
    assert run(folder, out).skipped_unchanged == 3
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    assert run(folder, out).processed == 3  # another lexicon folder
    assert run(folder, out).skipped_unchanged == 3
    with open(copy / "charge_aliases.tsv", "a", encoding="utf-8") as fh:
        fh.write("贩毒罪\t走私、贩卖、运输、制造毒品罪\n")
    assert run(folder, out).processed == 3  # an edit of the copy


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_files_gone_from_an_input_folder_lose_their_records(tmp_path: Path, fmt: str) -> None:
    """A file deleted, or renamed, since the last run over its folder: its records go (they stayed, and a renamed
    file was counted twice); records of a file named on its own, not re-read this time, stay."""
    from fayan.pipelines.batch import read_table

    folder, other, out = tmp_path / "in", tmp_path / "other", tmp_path / "out"
    write_corpus(folder, 0, 4)
    write_corpus(other, 10, 11)
    run([folder, other / "doc0010.txt"], out, fmt=fmt)
    (folder / "doc0001.txt").unlink()
    (folder / "doc0002.txt").rename(folder / "doc0202.txt")
    summary = run(folder, out, fmt=fmt)
    assert summary.removed == 2 and "2 files gone from the input folders" in summary.render()
    assert sorted(ids_in(out)) == ["doc0000", "doc0003", "doc0010", "doc0202"]
    assert summary.total_documents == 4
    if fmt == "parquet":
        assert sorted(read_table(out, "documents")["doc_id"]) == ["doc0000", "doc0003", "doc0010", "doc0202"]
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in read_manifest(out)) == [
        "doc0000.txt", "doc0003.txt", "doc0010.txt", "doc0202.txt"]


def test_not_incremental_starts_afresh(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    write_corpus(folder, 0, 4)
    run(folder, out, fmt="csv")
    (folder / "doc0000.txt").unlink()
    again = run(folder, out, fmt="csv", incremental=False)
    assert (again.processed, again.skipped_unchanged, again.total_documents) == (3, 0, 3)
    assert sorted(ids_in(out)) == ["doc0001", "doc0002", "doc0003"]
    assert len(read_table(out, "documents")) == 3


def test_files_no_longer_given_keep_their_records(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 0, 2)
    write_corpus(tmp_path / "b", 2, 4)
    out = tmp_path / "out"
    run(tmp_path / "a", out)
    summary = run(tmp_path / "b", out)
    assert summary.total_documents == 4 and sorted(ids_in(out)) == [f"doc{i:04d}" for i in range(4)]


def test_switching_format_builds_the_tables_for_earlier_chunks(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    write_corpus(folder, 0, 4)
    run(folder, out, fmt="jsonl", chunk_size=2)
    write_corpus(folder, 4, 5)
    run(folder, out, fmt="parquet", chunk_size=2)
    assert sorted(read_table(out, "documents")["doc_id"]) == [f"doc{i:04d}" for i in range(5)]
    run(folder, out, fmt="csv")
    assert not (out / "documents").exists()
    assert len(read_table(out, "documents")) == 5


def test_files_of_one_name_get_their_paths_as_ids_and_duplicate_record_ids_are_reported(tmp_path: Path) -> None:
    """Files of one name in different folders (courts' folders each with its 1.txt) would share one id, and their
    records, findings and report merge: their ids are their paths from the folder holding them (x/same, y/same);
    files that differ only in extension keep it (z/doc.txt, z/doc.jsonl:1). Records' own ids may still repeat."""
    for sub in ("x", "y", "z"):
        (tmp_path / "in" / sub).mkdir(parents=True)
    for sub in ("x", "y"):
        (tmp_path / "in" / sub / "same.txt").write_text(judgment_text(1), encoding="utf-8")
    (tmp_path / "in" / "z" / "doc.txt").write_text(judgment_text(2), encoding="utf-8")
    record = json.dumps({"text": judgment_text(3)}, ensure_ascii=False)
    (tmp_path / "in" / "z" / "doc.jsonl").write_text(record + "\n", encoding="utf-8")
    (tmp_path / "in" / "recs.jsonl").write_text("".join(
        json.dumps({"id": "dup", "text": judgment_text(i)}, ensure_ascii=False) + "\n" for i in (4, 5)), encoding="utf-8")
    summary = run(tmp_path / "in", tmp_path / "out")
    ids = sorted(json.loads(x)["id"] for x in (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8").splitlines())
    assert ids == ["doc.jsonl:1", "doc.txt", "dup", "dup", "x/same", "y/same"]
    assert (summary.n_duplicate_ids, summary.duplicate_ids) == (1, ("dup",))


# ---------------------------------------------------------------------------
# Kill and resume

_KILLER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    import test_batch
    from fayan.pipelines import batch

    def main():
        point, n = sys.argv[3], int(sys.argv[4])
        calls = [0]
        if point in ("torn", "before_commit"):
            original = batch._Store._append
            def append(self, lines):
                calls[0] += 1
                if calls[0] == n:
                    if point == "torn":  # half of the chunk's entries reach the manifest
                        text = "".join(lines)
                        with open(self.manifest, "a", encoding="utf-8") as fh:
                            fh.write(text[: len(text) // 2])
                    os.kill(os.getpid(), signal.SIGKILL)
                return original(self, lines)
            batch._Store._append = append
        batch.run_batch(sys.argv[1], sys.argv[2], extract=test_batch.tiny_extract, workers=int(sys.argv[5]),
                        chunk_size=3, fmt=sys.argv[6], progress=False)

    if __name__ == "__main__":  # worker processes are spawned and import this file
        main()
""")


def _killed_run(tmp_path: Path, folder: Path, out: Path, point: str, n: int, workers: int = 1,
                fmt: str = "parquet", env: dict[str, str] | None = None) -> None:
    script = tmp_path / "killer.py"
    script.write_text(_KILLER.format(tests=str(TESTS)), encoding="utf-8")
    args = [str(folder), str(out), point, str(n), str(workers), fmt]
    proc = subprocess.run([sys.executable, str(script), *args], env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]


def _check_complete(out: Path, ids: list[str], fmt: str) -> None:
    got = ids_in(out)
    assert Counter(got) == Counter(ids), "a document was lost or duplicated"
    if fmt == "parquet":
        for name in ("documents", "defendants", "sentences", "spans"):
            frame = read_table(out, name)
            assert sorted(set(frame["doc_id"])) == sorted(ids), name
        assert read_table(out, "documents")["doc_id"].is_unique
    assert sorted(e["doc_ids"][0] for e in read_manifest(out)) == sorted(ids)
    assert not list(out.rglob("*.tmp"))


@pytest.mark.parametrize(
    "point, n",
    [
        # killed inside extraction of the 8th document: two chunks of 3 committed
        ("extract", 7),
        # killed after chunk 2's parts were renamed, before its manifest entries
        ("before_commit", 2),
        # killed while appending chunk 3's entries: a torn manifest line, no commit line
        ("torn", 3),
    ],
)
@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_killed_run_resumes_without_duplicates_or_losses(
    tmp_path: Path, point: str, n: int, fmt: str
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    ids = write_corpus(folder, 0, 11)
    env = {KILL_ENV: ids[n]} if point == "extract" else None
    _killed_run(tmp_path, folder, out, point, n, fmt=fmt, env=env)
    committed = [json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                 if x.endswith("}") and '"commit"' in x]
    assert len(committed) == {"extract": 2, "before_commit": 1, "torn": 2}[point]
    summary = run(folder, out, fmt=fmt, chunk_size=3)
    assert summary.skipped_unchanged == 3 * len(committed)
    assert summary.processed == len(ids) - summary.skipped_unchanged
    _check_complete(out, ids, fmt)


@pytest.mark.parametrize("point", ["before_commit", "torn"])
def test_run_killed_while_compacting_a_changed_file_resumes(tmp_path: Path, point: str) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    ids = write_corpus(folder, 0, 7)
    run(folder, out, fmt="parquet", chunk_size=3)
    (folder / "doc0001.txt").write_text(judgment_text(50), encoding="utf-8")
    # append 1 commits the changed file's new chunk; append 2 is the rewrite of its old chunk
    _killed_run(tmp_path, folder, out, point, 2)
    summary = run(folder, out, fmt="parquet", chunk_size=3)
    assert (summary.processed, summary.skipped_unchanged) == (0, 7)
    _check_complete(out, ids, "parquet")
    fresh = tmp_path / "fresh"
    run(folder, fresh, fmt="parquet", chunk_size=3)
    assert records(out) == records(fresh)
    for spec in TABLES:
        pd.testing.assert_frame_equal(sorted_table(out, spec.name), sorted_table(fresh, spec.name))


def test_killed_multiprocess_run_resumes(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    ids = write_corpus(folder, 0, 60)
    script = tmp_path / "killer.py"
    script.write_text(_KILLER.format(tests=str(TESTS)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(folder), str(out), "none", "0", "2", "parquet"],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, SLOW_ENV: "0.05"})
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_text(encoding="utf-8").count('"commit"') >= 2:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its worker processes
    proc.wait(timeout=30)
    before = len(read_manifest(out))
    assert 0 < before < len(ids)
    summary = run(folder, out, fmt="parquet", chunk_size=3, workers=2)
    assert summary.skipped_unchanged == before and summary.processed == len(ids) - before
    _check_complete(out, ids, "parquet")


def test_worker_crash_fails_only_its_file(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    ids = write_corpus(folder, 0, 6)
    (folder / "doc0003.txt").write_text(judgment_text(3, marker="进程崩溃"), encoding="utf-8")
    summary = run(folder, out, workers=2, chunk_size=2, files_per_task=3)  # the crash takes down a task of 3
    crashed = {Path(e["path"]).stem: e for e in read_manifest(out)}["doc0003"]
    assert (crashed["status"], crashed["error"]) == ("failed", "WorkerCrash")
    assert sorted(ids_in(out)) == [i for i in ids if i != "doc0003"]
    assert (summary.processed, summary.failed) == (6, 1)


# ---------------------------------------------------------------------------
# Engines give identical records


def test_local_processes_match_inline(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 0, 9)
    run(tmp_path / "in", tmp_path / "a", workers=1, fmt="parquet")
    run(tmp_path / "in", tmp_path / "b", workers=2, fmt="parquet")
    assert ids_in(tmp_path / "a") == ids_in(tmp_path / "b")  # same order, too
    assert records(tmp_path / "a") == records(tmp_path / "b")


def _thread_settings(_: int) -> tuple[str | None, ...]:
    """What a worker's libraries size their thread pools by, and torch's threads there (None without torch).

    A module-level function: workers unpickle it.
    """
    try:
        import torch
    except ImportError:
        threads = None
    else:
        threads = str(torch.get_num_threads())
    return (*(os.environ.get(name) for name in THREAD_VARIABLES), threads)


@pytest.mark.parametrize("workers", [2, 3])
def test_local_workers_share_the_cpus_for_their_threads(workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # without a share each worker's torch started a thread per CPU: 2 workers on 2 cores read 2.4-2.5 times fewer
    # characters a second with the NER model
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with LocalEngine(workers) as engine:
        seen = set(engine.map_ordered(_thread_settings, range(2 * workers), on_crash=lambda item, exc: ()))
    share = str(max(1, (os.cpu_count() or 1) // workers))
    torch = share if importlib.util.find_spec("torch") else None
    assert seen == {(*(share,) * len(THREAD_VARIABLES), torch)}
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # a user's setting leaves them all alone
    with LocalEngine(workers) as engine:
        seen = {s[: len(THREAD_VARIABLES)] for s in engine.map_ordered(_thread_settings, range(2), lambda i, e: ())}
    assert seen == {("3", *(None,) * (len(THREAD_VARIABLES) - 1))}


def _sigint_ignored(_item: int) -> bool:
    """Whether this worker ignores Ctrl-C (a module-level function: workers unpickle it)."""
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_local_workers_ignore_ctrl_c_and_the_main_process_keeps_its_handler() -> None:
    """The terminal sends Ctrl-C to every process of a run; the workers printed tracebacks while they imported fayan.
    They ignore it; the main process, which stops the run, has its handler back. (That they ignore it already while
    they start, before any task, no task can see: measured in a pseudo-terminal, commit 4255a1b.)"""
    import signal

    before = signal.getsignal(signal.SIGINT)
    with LocalEngine(2) as engine:
        assert all(engine.map_ordered(_sigint_ignored, range(6), on_crash=lambda item, exc: False))
    assert signal.getsignal(signal.SIGINT) == before


def test_dask_local_cluster_matches_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    write_corpus(folder, 0, 10)
    (folder / "scan.pdf").write_bytes(b"%PDF")
    local = run(folder, tmp_path / "local", workers=2, fmt="parquet", chunk_size=4)
    dask = run(folder, tmp_path / "dask", workers=2, fmt="parquet", chunk_size=4, engine="dask",
               files_per_task=3)
    assert dask.engine == "dask" and dask.workers == 2
    assert (dask.documents, dask.failed) == (local.documents, local.failed) == (10, 1)
    assert records(tmp_path / "local") == records(tmp_path / "dask")
    for spec in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path / "local", spec.name),
                                      read_table(tmp_path / "dask", spec.name))
    strip = ("elapsed_ms", "chunk", "rows")  # timing and on-disk layout (tasks of 3 vs 1 file) differ
    a = [{k: v for k, v in e.items() if k not in strip} for e in read_manifest(tmp_path / "local")]
    b = [{k: v for k, v in e.items() if k not in strip} for e in read_manifest(tmp_path / "dask")]
    assert a == b


def test_missing_dask_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "in", 0, 1)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r'pip install "fayan\[dask\]"'):
        run(tmp_path / "in", tmp_path / "out", engine="dask")


# ---------------------------------------------------------------------------
# Usage errors and exit codes


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"fmt": "xlsx"}, "unknown format 'xlsx'"),
        ({"engine": "spark"}, "unknown engine 'spark'"),
        ({"chunk_size": 0}, "chunk_size must be at least 1"),
        ({"files_per_task": 0}, "files_per_task must be at least 1"),
        ({"workers": 0}, "workers must be at least 1"),
        ({"scheduler": "tcp://127.0.0.1:1"}, 'scheduler= is for engine="dask"'),
    ],
)
def test_bad_arguments_raise_usage_error(tmp_path: Path, kwargs: dict, message: str) -> None:
    write_corpus(tmp_path / "in", 0, 1)
    with pytest.raises(UsageError, match=re.escape(message)):
        run(tmp_path / "in", tmp_path / "out", **kwargs)


def test_no_input_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    with pytest.raises(UsageError, match=re.escape(f"no input files under {tmp_path / 'in'}")) as err:
        run(tmp_path / "in", tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing to write: no output folder made
    assert "output folder" not in str(err.value)  # an output folder elsewhere is no reason
    # an output folder inside the input folder is never read: said so when nothing else is there
    with pytest.raises(UsageError, match=re.escape(f"(the output folder {tmp_path / 'in' / 'out'} inside it is not read)")):
        run(tmp_path / "in", tmp_path / "in" / "out")
    # the output folder is the input folder (whose files are all outputs' neighbours then): said so
    (tmp_path / "in" / "a.txt").write_text("某某市人民法院\n刑事判决书", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(f"{tmp_path / 'in'}: the output folder is an input folder")):
        run(tmp_path / "in", tmp_path / "in")


def test_an_output_folder_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    write_corpus(tmp_path / "in", 0, 1)
    run(tmp_path / "in", tmp_path / "out")
    before = (tmp_path / "out" / "manifest.jsonl").read_bytes()
    write_corpus(tmp_path / "in", 1, 2)

    def refused(*args: object, **kwargs: object) -> object:  # as a folder without write permission (tests run as root)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    with pytest.raises(UsageError, match=re.escape(f"{tmp_path / 'out'}: cannot write in the output folder: Permission")):
        run(tmp_path / "in", tmp_path / "out")
    assert (tmp_path / "out" / "manifest.jsonl").read_bytes() == before


def test_a_folder_being_written_is_refused(tmp_path: Path) -> None:
    import fcntl

    write_corpus(tmp_path / "in", 0, 1)
    (tmp_path / "out").mkdir()
    with open(tmp_path / "out" / ".lock", "w") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(UsageError, match="another run is writing"):
            run(tmp_path / "in", tmp_path / "out")


def _summary(documents: int, skipped: int) -> BatchSummary:
    failed = 3 - skipped - documents
    return BatchSummary("out", "jsonl", "inline", 1, 3, 3 - skipped, skipped, failed, documents, documents,
                        0, 0, 0, 3, documents + skipped, (), 0, 0.1, ())


@pytest.mark.parametrize(
    "summary, code",
    [
        # some documents extracted (failures are in the manifest)
        (_summary(documents=2, skipped=0), EXIT_OK),
        # nothing new, but everything already done
        (_summary(documents=0, skipped=3), EXIT_OK),
        # nothing could be processed
        (_summary(documents=0, skipped=0), EXIT_NOTHING_PROCESSED),
        # a usage error stopped the run
        (None, EXIT_USAGE),
    ],
)
def test_exit_code(summary: BatchSummary | None, code: int) -> None:
    assert exit_code(summary) == code


def test_all_inputs_failing_gives_nothing_processed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.pdf").write_bytes(b"%PDF")
    summary = run(tmp_path / "in", tmp_path / "out", fmt="parquet")
    assert exit_code(summary) == EXIT_NOTHING_PROCESSED
    assert (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8") == ""
    empty = read_table(tmp_path / "out", "defendants")
    assert empty.empty and list(empty.columns) == list(table_spec("defendants").column_names)


def test_summary_names_the_other_statuses(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "facts.txt").write_text("经审理查明：被告人甲某窃取被害人乙某现金人民币3000元。", encoding="utf-8")
    (tmp_path / "in" / "story.txt").write_text("本报讯 近日，某县公安局破获一起盗窃案。", encoding="utf-8")
    from fayan.pipelines.assemble import extract_document

    summary = run(tmp_path / "in", tmp_path / "out", extract=extract_document)
    assert (summary.not_judgment, summary.other_status, summary.other_statuses) == (1, 1, (("facts", 1),))
    assert "1 not judgments, 1 other (facts 1)\n" in summary.render()


def test_hidden_files_links_and_failures_are_accounted_for(tmp_path: Path) -> None:
    """Hidden names under a folder are counted in the summary, not silently dropped; a symbolic link is listed
    under its own name (also a broken one); the first failure reasons are shown."""
    src = tmp_path / "in"
    (src / ".cache").mkdir(parents=True)
    (src / ".cache" / "old.txt").write_text("某某人民法院 刑事判决书", encoding="utf-8")
    (src / ".notes.txt").write_text("某某人民法院 刑事判决书", encoding="utf-8")
    (src / "a.txt").write_text("某某市人民法院\n刑事判决书\n被告人张某犯盗窃罪，判处有期徒刑6个月。", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text("某某市人民法院\n刑事判决书\n被告人李某犯盗窃罪，判处有期徒刑7个月。", encoding="utf-8")
    (src / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    (src / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    summary = run(src, tmp_path / "out")
    assert summary.hidden == 2 and "2 hidden files or folders skipped" in summary.render()
    listed = {json.loads(x).get("path") for x in (tmp_path / "out" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()}
    assert {str(src / n) for n in ("a.txt", "link.txt", "broken.txt", "empty.txt")} <= listed
    assert [r.split(":")[0] for r in summary.first_failures] == [str(src / "broken.txt"), str(src / "empty.txt")]
    assert f"  {src / 'empty.txt'}: empty file" in summary.render()


def test_pipes_folder_links_files_met_twice_and_unlistable_folders_are_accounted_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe among the inputs fails (reading it would block the run for ever); a folder that cannot be listed
    fails with its reason; a link to a folder and a file reached a second time are counted as skipped."""
    import threading

    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "inside.txt").write_text("某某市人民法院\n刑事判决书", encoding="utf-8")
    (src / "a.txt").write_text("某某市人民法院\n刑事判决书\n被告人张某犯盗窃罪，判处有期徒刑6个月。", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "b.txt").write_text("某某市人民法院\n刑事判决书\n被告人李某犯盗窃罪，判处有期徒刑7个月。", encoding="utf-8")
    (src / "other_link").symlink_to(tmp_path / "other")
    os.mkfifo(src / "pipe.txt")
    # should anything still read the pipe, a writer that opens and closes it every 5 s ends each read (no hang)
    done = threading.Event()

    def unblock() -> None:
        while not done.wait(5):
            try:
                fd = os.open(src / "pipe.txt", os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # no reader at the moment
                continue
            os.close(fd)

    threading.Thread(target=unblock, daemon=True).start()
    scandir = os.scandir

    def locked(path: object = ".") -> object:  # as a folder without permission (the tests may run as root)
        if Path(str(path)) == src / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", locked)
    try:
        summary = run([src, src / "a.txt"], tmp_path / "out")
    finally:
        done.set()
    reasons = summary.first_failures
    assert f"{src / 'pipe.txt'}: not a regular file (a pipe, socket or device); fayan reads files" in reasons
    assert f"{src / 'locked'}: cannot list this folder: Permission denied" in reasons
    assert (summary.inputs, summary.failed, summary.ok) == (3, 2, 1)
    assert dict(summary.skipped) == {"a link to a folder (not followed)": 1, "files reached twice (read once)": 1}
    text = summary.render()
    assert "1 skipped: a link to a folder (not followed)" in text and "1 skipped: files reached twice (read once)" in text


def test_a_file_keeps_its_id_when_a_namesake_comes(tmp_path: Path) -> None:
    """in/a/x.txt read alone has the id x; when in/b/x.txt comes, x keeps it (reviews name its findings by keys made
    with it), also when x is edited and read again, and the newcomer takes its path: b/x."""
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "a" / "x.txt").write_text(judgment_text(1), encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    (tmp_path / "in" / "b").mkdir()
    (tmp_path / "in" / "b" / "x.txt").write_text(judgment_text(2), encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    (tmp_path / "in" / "a" / "x.txt").write_text(judgment_text(3), encoding="utf-8")
    summary = run(tmp_path / "in", tmp_path / "out")
    assert summary.processed == 1
    ids = {json.loads(x)["source"]: json.loads(x)["id"]
           for x in (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8").splitlines()}
    assert ids == {str(tmp_path / "in" / "a" / "x.txt"): "x", str(tmp_path / "in" / "b" / "x.txt"): "b/x"}


def test_a_second_judgment_pasted_into_a_file_is_accounted_for(tmp_path: Path) -> None:
    """Two judgments in one file: the first is read; the second, which was lost without a word, is a failed record
    with its place and case number (and the first's notes say so)."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    first = (examples / "theft_single.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "two.txt").write_text(first + (examples / "fraud_probation.txt").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    from fayan.pipelines.assemble import extract_document

    summary = run(tmp_path / "in", tmp_path / "out", extract=extract_document)
    assert (summary.ok, summary.failed_documents) == (1, 1)
    note = f"the text holds another document from character {len(first)} on (（2020）苏0106刑初455号), not read"
    assert note in summary.first_failures[0]
    record = json.loads((tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8"))
    assert record["notes"].startswith(note) and record["case_number"] != "（2020）苏0106刑初455号"


def test_the_same_judgment_pasted_twice_is_read_once_and_noted(tmp_path: Path) -> None:
    """A judgment pasted twice into one file (laid out otherwise the second time): nothing is left unread, so no
    failure; the notes say where the copy starts. A copy that differs stays a second document, as above."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    first = (examples / "theft_single.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "twice.txt").write_text(first + "\n\n" + first.replace("\n", "\r\n　　"), encoding="utf-8")
    (tmp_path / "in" / "changed.txt").write_text(first + "\n\n" + first.replace("有期徒刑", "拘役"), encoding="utf-8")
    from fayan.pipelines.assemble import extract_document

    summary = run(tmp_path / "in", tmp_path / "out", extract=extract_document)
    assert (summary.ok, summary.failed_documents) == (2, 1)
    assert "changed.txt" in summary.first_failures[0]
    lines = (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8").splitlines()
    records = {Path(r["source"]).name: r for r in map(json.loads, lines)}
    at = len(first) + 2
    assert records["twice.txt"]["notes"] == (
        f"the text holds this document twice: a second, identical copy from character {at} on, not read")
    assert records["twice.txt"]["defendants"] == records["changed.txt"]["defendants"]


def test_a_notice_pasted_after_the_judgment_is_noted_not_failed(tmp_path: Path) -> None:
    """A 执行通知书 after the signatures (sent with the judgment, saved in one file) went into the signatures without a
    word; it is no judgment, so the record's notes say where it starts, nothing fails, and its officer and date are
    not the judgment's."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    first = (examples / "theft_single.txt").read_text(encoding="utf-8").rstrip("\n") + "\n"
    notice = ("\n某某市某某区人民法院\n执行通知书\n（2020）浙0102刑初1号\n某某市看守所：\n本院于二〇二〇年四月一日以上述刑事判决书"
              "判处被告人有期徒刑一年。现将罪犯交付执行。\n特此通知。\n审判员　钱小勇\n二〇二〇年四月二十日\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "with_notice.txt").write_text(first + notice, encoding="utf-8")
    from fayan.pipelines.assemble import extract_document

    summary = run(tmp_path / "in", tmp_path / "out", extract=extract_document)
    assert (summary.ok, summary.failed_documents) == (1, 0)
    record = json.loads((tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8"))
    at = len(first) + 1
    assert record["notes"] == f"the text goes on with a 执行通知书 from character {at} on, not read as part of the judgment"
    from fayan.pipelines.assemble import extract

    alone = extract(first).to_record()
    assert (record["judgment_date"], record["officers"]) == (alone["judgment_date"], alone["officers"])


def test_a_folder_read_again_through_a_link_keeps_one_record_per_file(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 0, 2)
    (tmp_path / "alias").symlink_to(tmp_path / "in")
    run(tmp_path / "in", tmp_path / "out")
    again = run(tmp_path / "alias", tmp_path / "out")
    assert (again.total_documents, again.total_files) == (2, 2)  # (was 4 and 4: each file twice)
    records = (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(x)["source"] for x in records) == [str(tmp_path / "alias" / f"doc{i:04d}.txt") for i in range(2)]


def test_the_output_folders_own_hidden_files_are_no_hidden_inputs(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 0, 1)
    run(tmp_path / "in", tmp_path / "in" / "out")
    assert run(tmp_path / "in", tmp_path / "in" / "out").hidden == 0  # (its .lock was counted)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_damaged_view_is_assembled_again_by_the_next_run(tmp_path: Path, fmt: str) -> None:
    """judgments.jsonl (or a csv table) cut short after a run: the next run, with nothing to extract, wrote nothing
    and said the folder held every document."""
    write_corpus(tmp_path / "in", 0, 3)
    run(tmp_path / "in", tmp_path / "out", fmt=fmt)
    views = [tmp_path / "out" / "judgments.jsonl"] + ([tmp_path / "out" / "documents.csv"] if fmt == "csv" else [])
    whole = [v.read_bytes() for v in views]
    for view in views:
        with open(view, "r+b") as fh:
            fh.truncate(100)
    assert run(tmp_path / "in", tmp_path / "out", fmt=fmt).processed == 0
    assert [v.read_bytes() for v in views] == whole


def test_links_in_a_loop_fail_with_their_reason_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("某某市人民法院\n刑事判决书\n被告人张某犯盗窃罪，判处有期徒刑6个月。", encoding="utf-8")
    (src / "self").symlink_to("self")
    (src / "b").symlink_to("c.txt")
    (src / "c.txt").symlink_to("b")
    summary = run(src, tmp_path / "out")
    assert (summary.inputs, summary.ok, summary.failed) == (4, 1, 3)
    assert {r.split(":")[0] for r in summary.first_failures} == {str(src / n) for n in ("self", "b", "c.txt")}
    assert all("Too many levels of symbolic links" in r for r in summary.first_failures)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_as_gbk(tmp_path: Path) -> None:
    """A zip made on Chinese Windows unpacked as it was: the name's bytes are GBK. The file is read, shown by its
    name read as GB18030 in the records and the manifest, and a second run finds it unchanged (not removed)."""
    src = tmp_path / "in"
    src.mkdir()
    text = "某某市人民法院\n刑事判决书\n被告人张某犯盗窃罪，判处有期徒刑6个月。"
    (src / "a.txt").write_text(text, encoding="utf-8")
    with open(os.path.join(os.fsencode(src), "诈骗案.txt".encode("gbk")), "w", encoding="utf-8") as fh:
        fh.write(text)
    summary = run(src, tmp_path / "out")
    assert (summary.inputs, summary.ok, summary.failed) == (2, 2, 0)
    records = [json.loads(x) for x in (tmp_path / "out" / "judgments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((r["id"], r["source"]) for r in records) == [("a", str(src / "a.txt")), ("诈骗案", str(src / "诈骗案.txt"))]
    again = run(src, tmp_path / "out")
    assert (again.skipped_unchanged, again.removed, again.total_documents) == (2, 0, 2)


def test_reading_the_judgments_of_a_file_says_it_is_one(tmp_path: Path) -> None:
    from fayan.pipelines.batch import read_judgments

    f = tmp_path / "judgment.txt"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(f"{f}: is a file; give the output folder of a batch")):
        list(read_judgments(f))
    with pytest.raises(UsageError, match=re.escape("not found (run a batch into")):
        list(read_judgments(tmp_path / "nothing"))
