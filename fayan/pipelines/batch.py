"""Batch runs: many input files → judgments, tables and a manifest, resumable and incremental.

:func:`run_batch` lists the input files, skips those already done, extracts
the rest on an engine (:mod:`fayan.pipelines.engines`: worker processes or
Dask) and streams the results to disk in chunks, so memory stays flat however
large the corpus.  One bad file or document never stops the run: it becomes a
failed entry in the manifest, with the reason (and a traceback summary for an
exception inside extraction).

Output folder
=============

::

    OUT/
      manifest.jsonl                one entry per input file ever processed here (+ chunk commit lines)
      manifest_summary.json         the last run's BatchSummary and the folder's totals
      judgments.jsonl               every current document, one contract record (Judgment.to_record) a line
      <table>/part-NNNNN.parquet    fmt="parquet": each table of docs/tables.md, one part per chunk
      <table>.csv                   fmt="csv": each table, UTF-8 with BOM, one file
      _parts/judgments/part-NNNNN.jsonl   the records of chunk NNNNN (the source every view is built from)
      _parts/csv/<table>/part-NNNNN.csv   fmt="csv": the rows of chunk NNNNN, without header
      _parts/views.json             which chunks each assembled view was built from
      .lock                         held (flock) while a run writes here

A parquet table folder reads as one frame: ``pandas.read_parquet("OUT/defendants")``
(or :func:`read_table`, which also reads the csv form with the declared dtypes).

Manifest entries
================

Each line of ``manifest.jsonl`` is either a file entry::

    {"path": "/abs/in/a.txt", "status": "ok" | "failed", "reason": null | "…", "error": null | "DecodeError",
     "sha256": "…", "size": 5120, "n_records": 1, "doc_ids": ["a"], "doc_statuses": ["ok"],
     "n_failures": 0, "failures": [{"record", "id", "error", "reason", "traceback"}],
     "chunk": 3, "rows": [0, 1], "run": 2, "extractor": "…", "elapsed_ms": 41.2,
     "read_as": {"format": "txt", "encoding": "gb18030"}}

or a chunk commit ``{"commit": 3, "run": 2, "files": 17, "records": 20}``.
``status`` is ``failed`` when the file gave no document (unreadable, unsupported,
every record bad, or every extraction raised); a file that gave some documents
is ``ok`` and lists its bad records in ``failures`` (at most 100; ``n_failures``
counts them all).  ``rows`` is the line range ``[start, end)`` of the file's
records in ``_parts/judgments/part-<chunk>.jsonl`` (null when it has none).
``read_as`` says how the file was read: its format, the text encoding found, the
html block taken as the judgment (``html_body``), the json field that held the
text (``text_field``); empty for a file that gave no document.

On-disk protocol (what makes kill-and-resume safe)
=================================================

1. Work is written chunk by chunk.  Chunk N's files (its judgments part and,
   for parquet/csv, one part per table) are written under hidden temporary
   names (``.part-NNNNN….tmp``), flushed and fsynced, then renamed to their
   final names (an atomic replace).
2. Only then are the chunk's file entries appended to ``manifest.jsonl``,
   followed by the commit line ``{"commit": N}``, and the manifest is fsynced.
3. A file entry counts only if its chunk's commit line is present; for each
   path the last counted entry is current.  A torn last line, entries without
   a commit, part files of uncommitted chunks and temporary files are removed
   when the next run starts (the manifest is rewritten without them).
   So after a kill at any point each document is in exactly one committed
   chunk or in none, and a resume reprocesses exactly the files of the chunks
   that were not committed: no document is duplicated or lost.
4. Incremental runs skip a file whose current entry is ``ok`` with the same
   sha256 of its bytes and the same extractor fingerprint (the function, the
   fayan version, a hash of the package's code, lexicons and models and of
   the function's own module, ``text_fields``, ``id_field``); new, changed and
   failed files are processed, and so is every file after an upgrade or an
   edit of the extraction code or word lists.  A file of an input folder that is gone
   (deleted or renamed) loses its records; files not among this run's inputs keep theirs.
5. At the end of a run: a part that still holds records of files since
   reprocessed (changed files) is rewritten as a new chunk with only its
   current records, committed as in 1-2, and the old part deleted; missing
   table parts are rebuilt from the judgments parts; ``judgments.jsonl`` and
   the csv tables are assembled (temporary name, then rename) when their chunk
   set changed; the manifest is rewritten with one entry per path (temporary
   name, then rename); then ``manifest_summary.json`` is written.  Until a run
   completes, the parquet parts of a changed file may hold its old and new
   records; a resumed run completes the cleanup.

``incremental=False`` deletes this module's outputs in ``OUT`` and starts afresh.

Work and memory
===============

Files go to workers in tasks of ``files_per_task`` files; a worker reads and
extracts them, serialises each record to its JSON line and converts the
task's table rows to Arrow, so the writer (this process) only concatenates
buffers and writes.  At most ``4 x workers`` tasks are in flight and results
come back in input order.  The writer holds one chunk (about ``chunk_size``
documents) plus, per input path, a small record of its current manifest entry
(status, hash, size, chunk, row range); full entries stay on disk.  A single
huge ``.jsonl`` file is one unit of work and is held whole by its worker.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from fayan.errors import FayanError, InputError, UsageError
from fayan.jsonl import iter_jsonl
from fayan.judgment import ANOTHER_DOCUMENT, Judgment, to_jsonable
from fayan.nlp.lexicon import lexicon_dir
from fayan.pipelines.engines import Engine, make_engine
from fayan.pipelines.readers import READ_AS_KEYS, ReadFailure, iter_sources, read_file, real_path, shown_path
from fayan.pipelines.tables import (
    TABLES,
    arrow_tables_from_rows,
    empty_frame,
    frame_from_arrow,
    gather_rows,
    table_rows,
    table_spec,
)
from fayan.types import Document

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "EXIT_NOTHING_PROCESSED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FORMATS",
    "BatchSummary",
    "DocResult",
    "FileBatch",
    "FileResult",
    "exit_code",
    "process_file",
    "process_files",
    "read_judgments",
    "read_manifest",
    "read_table",
    "run_batch",
]

FORMATS: tuple[str, ...] = ("jsonl", "parquet", "csv")

EXIT_OK = 0
EXIT_NOTHING_PROCESSED = 1
EXIT_USAGE = 2

_MAX_FILES_PER_TASK = 16
_MAX_FAILURES = 100  # failures listed per manifest entry (all are counted)
_TRACEBACK_FRAMES = 4

Extract = Callable[[Document], Judgment]


# ---------------------------------------------------------------------------
# Results crossing the process boundary


@dataclass(frozen=True, slots=True)
class DocResult:
    """One extracted document: its id, status and JSON line (``Judgment.to_record``)."""

    id: str
    status: str
    line: str


@dataclass(frozen=True, slots=True)
class FileResult:
    """Everything one input file gave: documents, per-record failures, hash."""

    path: str
    status: str  # ok | failed
    reason: str | None
    error: str | None
    sha256: str | None
    size: int | None
    docs: tuple[DocResult, ...]
    n_failures: int
    failures: tuple[dict[str, Any], ...]
    elapsed_ms: float
    # how the file was read (its first document's reader notes: format, encoding, the html block, the json text
    # field), so that an analyst can see that a .txt was taken as GB18030 or which part of a page was the judgment
    read_as: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class FileBatch:
    """The results of one task (a few files), with their table rows as Arrow tables (None for jsonl).

    Converting rows to Arrow in the worker keeps the writer process light: it
    receives a handful of column buffers per task instead of many small Python
    objects per document.
    """

    results: tuple[FileResult, ...]
    tables: dict[str, pa.Table] | None


def _traceback_summary(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-_TRACEBACK_FRAMES:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__}: {exc} [at {where}]"


def _failure(record: int | None, doc_id: str | None, error: str, reason: str,
             trace: str | None = None) -> dict[str, Any]:
    """One item of a manifest entry's ``failures``."""
    return {"record": record, "id": doc_id, "error": error, "reason": reason, "traceback": trace}


def _position(doc: Document) -> int | None:
    for key, value in doc.meta:
        if key in ("line", "index") and value.isdigit():
            return int(value)
    return None


def process_file(
    path: str,
    *,
    extract: Extract,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
    rows: dict[str, list[tuple[Any, ...]]] | None = None,
    id_base: str | None = None,
) -> FileResult:
    """Read one file and extract every document in it; never raises for bad input.

    ``id_base`` replaces the file's name in its documents' ids (x, x:3) where another input file has the same name
    (:func:`_ids_of_namesakes`: a/x and b/x).

    A read failure or an exception raised by ``extract`` becomes an entry of
    ``failures`` naming the file, record and document id; the file's
    ``status`` is ``failed`` when it gave no document.  When ``rows`` is given,
    each document's table rows (type-checked, see
    :func:`fayan.pipelines.tables.table_rows`) are appended to it; a document
    whose rows do not type-check is a failure too.
    """
    t0 = time.perf_counter()
    p = Path(path)
    path = shown_path(path)  # (a name that is not UTF-8 as read, so that it can be written)
    sha: str | None = None
    size: int | None = None
    if p.is_file():  # a pipe would block here; read_file reports it, and an unreadable file, below
        with contextlib.suppress(OSError):
            sha, size = _hash_file(p)
    docs: list[DocResult] = []
    failures: list[dict[str, Any]] = []
    read_as: tuple[tuple[str, str], ...] = ()
    stem = Path(path).stem
    for item in read_file(p, text_fields=text_fields, id_field=id_field):
        if id_base is not None and item.id is not None and (item.id == stem or item.id.startswith(f"{stem}:")):
            item = replace(item, id=id_base + item.id[len(stem):])
        if isinstance(item, ReadFailure):
            failures.append(_failure(item.record, item.id, item.error, item.reason))
            continue
        if not read_as:
            read_as = tuple((k, str(v)) for k, v in item.meta if k in READ_AS_KEYS)
        try:
            judgment = extract(item)
            if not isinstance(judgment, Judgment):
                raise FayanError(f"the extract function returned {type(judgment).__name__}, not a Judgment")
            line = json.dumps(judgment.to_record(), ensure_ascii=False, separators=(",", ":"))
            doc_rows = table_rows(judgment) if rows is not None else {}
        except Exception as exc:  # noqa: BLE001 - one bad document is a recorded failure; the run goes on
            failures.append(_failure(
                _position(item), item.id, type(exc).__name__,
                f"{path}: document {item.id}: extraction failed: {type(exc).__name__}: {exc}",
                _traceback_summary(exc)))
            continue
        docs.append(DocResult(judgment.id, judgment.status, line))
        if judgment.notes.startswith(ANOTHER_DOCUMENT):  # a second judgment pasted after the first: not read
            failures.append(_failure(_position(item), item.id, "AnotherDocument", f"{path}: {judgment.notes}"))
        if rows is not None:
            for name, table in doc_rows.items():
                rows[name].extend(table)
    status, reason, error = "ok", None, None
    if failures:
        first = failures[0]
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        error = first["error"]
        if docs:
            total = len(failures) + len(docs)
            reason = f"{len(failures)} of {total} records failed; first: {first['reason']}"
        else:
            status, reason = "failed", first["reason"] + more
    elif not docs:
        status, error, reason = "failed", "InputError", f"{path}: holds no document"
    return FileResult(path, status, reason, error, sha, size, tuple(docs), len(failures),
                      tuple(failures[:_MAX_FAILURES]), round((time.perf_counter() - t0) * 1000, 2), read_as)


def process_files(
    paths: Sequence[str],
    *,
    extract: Extract,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
    with_tables: bool = False,
    id_bases: dict[str, str] | None = None,
) -> FileBatch:
    """:func:`process_file` over a few files (one task), with their table rows as Arrow tables; ``id_bases``: the
    ``id_base`` of each path that has one."""
    rows: dict[str, list[tuple[Any, ...]]] | None = {s.name: [] for s in TABLES} if with_tables else None
    results = tuple(process_file(p, extract=extract, text_fields=text_fields, id_field=id_field, rows=rows,
                                 id_base=(id_bases or {}).get(p))
                    for p in paths)
    return FileBatch(results, arrow_tables_from_rows(rows) if rows is not None else None)


def _crashed(paths: Sequence[str], exc: BaseException) -> FileBatch:
    """The result for a file whose worker process died (twice) while processing it."""
    results = []
    for path in paths:
        reason = (f"{path}: the worker process died while processing this file "
                  f"({type(exc).__name__}: {exc}); it may exhaust memory or crash the interpreter")
        results.append(FileResult(path, "failed", reason, "WorkerCrash", None, None, (), 1,
                                  (_failure(None, None, "WorkerCrash", reason),), 0.0))
    return FileBatch(tuple(results), None)


def _split(paths: Sequence[str]) -> list[list[str]]:
    """A task's files one by one: how a task that crashed its worker is retried."""
    return [[p] for p in paths]


# ---------------------------------------------------------------------------
# Summary and exit codes


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What one :func:`run_batch` call did (counts for this run) and what the folder holds after it."""

    out_dir: str
    fmt: str
    engine: str
    workers: int
    inputs: int  # input files found this run
    processed: int  # files read and extracted this run
    skipped_unchanged: int  # files skipped: same content as a current ok entry
    failed: int  # files that gave no document this run
    documents: int  # documents extracted this run
    ok: int  # … with status ok
    not_judgment: int  # … with status not_judgment
    other_status: int  # … with another status (empty …)
    failed_documents: int  # records unreadable or whose extraction raised, in files that gave documents, this run
    total_files: int  # files with a current entry in the manifest
    total_documents: int  # documents in judgments.jsonl after the run
    duplicate_ids: tuple[str, ...]  # doc ids held by more than one current document (first 20)
    n_duplicate_ids: int
    elapsed_s: float
    outputs: tuple[str, ...]
    other_statuses: tuple[tuple[str, int], ...] = ()  # (status, documents) behind other_status: facts, empty …
    hidden: int = 0  # files and folders under the input folders skipped for a name starting with "."
    # (reason, how many) of the other names met and not read: links to folders, files reached twice
    skipped: tuple[tuple[str, int], ...] = ()
    removed: int = 0  # files of the input folders gone since an earlier run, whose records were removed
    first_failures: tuple[str, ...] = ()  # the reasons of the first few failures this run (all: manifest.jsonl)

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)  # type: ignore[no-any-return]

    def render(self) -> str:
        """A few lines for a person at a terminal.

        >>> print(BatchSummary("out", "parquet", "local", 4, 12, 10, 2, 1, 11, 9, 2, 0, 1, 12, 13, ("a",), 1,
        ...                    3.25, ()).render())
        12 input files: 10 processed, 2 unchanged (skipped), 1 failed
        11 documents extracted: 9 ok, 2 not judgments, 0 other; 1 more records failed in files read in part
        out (parquet) now holds 13 documents from 12 files
        records: out/judgments.jsonl; tables: out/<table>/part-*.parquet; every input: out/manifest.jsonl
        3.2 s on local x4
        warning: 1 document ids occur more than once (a); tables join on doc_id: a record's id is its id field (a
        file's: its name without the extension, or its path where files share a name), so make them unique
        """
        lines = [
            (f"{self.inputs} input files: {self.processed} processed, {self.skipped_unchanged} unchanged "
             f"(skipped), {self.failed} failed"),
            (f"{self.documents} documents extracted: {self.ok} ok, {self.not_judgment} not judgments, "
             f"{self.other_status} other"
             + (f" ({', '.join(f'{k} {n}' for k, n in self.other_statuses)})" if self.other_statuses else "")
             + (f"; {self.failed_documents} more records failed in files read in part" if self.failed_documents else "")),
            (f"{self.out_dir} ({self.fmt}) now holds {self.total_documents} documents from "
             f"{self.total_files} files"),
            (f"records: {Path(self.out_dir) / 'judgments.jsonl'}"
             + {"parquet": f"; tables: {Path(self.out_dir) / '<table>'}/part-*.parquet",
                "csv": f"; tables: {Path(self.out_dir) / '<table>'}.csv"}.get(self.fmt, "")
             + f"; every input: {Path(self.out_dir) / 'manifest.jsonl'}"),
            (f"{self.elapsed_s:.1f} s on {self.engine} x{self.workers}" if self.workers
             else f"{self.elapsed_s:.1f} s, nothing to extract"),
        ]
        if self.first_failures:
            lines.append("failures, first ones (files that failed, and files some of whose records failed; "
                         "all in manifest.jsonl):")
            lines += [f"  {r}" for r in self.first_failures]
        if self.hidden:
            lines.append(f"{self.hidden} hidden files or folders skipped (names starting with .; name a file to read it)")
        for reason, n in self.skipped:
            lines.append(f"{n} skipped: {reason}")
        if self.removed:
            lines.append(f"{self.removed} files gone from the input folders since an earlier run: their records removed")
        if self.n_duplicate_ids:
            lines.append(f"warning: {self.n_duplicate_ids} document ids occur more than once "
                         f"({', '.join(self.duplicate_ids)}); tables join on doc_id: a record's id is its id field (a\n"
                         "file's: its name without the extension, or its path where files share a name), so make them unique")
        return "\n".join(lines)


def _skip_counts(not_read: list[tuple[Path, str]]) -> tuple[tuple[str, int], ...]:
    """How many names were skipped for each kind of reason (a file reached twice names its first path; counted
    together)."""
    kinds: dict[str, int] = {}
    for _, reason in not_read:
        kind = "files reached twice (read once)" if reason.startswith("the same file as") else reason
        kinds[kind] = kinds.get(kind, 0) + 1
    return tuple(kinds.items())


def exit_code(summary: BatchSummary | None) -> int:
    """The CLI's exit status for a finished run (``None``: the run stopped on a usage error).

    :data:`EXIT_USAGE` (2) for a usage error, :data:`EXIT_NOTHING_PROCESSED` (1)
    when no input gave a document and nothing was already done, else
    :data:`EXIT_OK` (0), even when some files failed (the manifest lists them).
    """
    if summary is None:
        return EXIT_USAGE
    if summary.documents == 0 and summary.skipped_unchanged == 0:
        return EXIT_NOTHING_PROCESSED
    return EXIT_OK


# ---------------------------------------------------------------------------
# File helpers


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tmp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.tmp")


@contextlib.contextmanager
def _atomic_write(final: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write ``final`` under a temporary name; fsync and rename it into place on success."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(final)
    encoding = None if "b" in mode else "utf-8"
    with open(tmp, mode, encoding=encoding, newline="" if encoding else None) as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)


def _part_name(chunk: int, suffix: str) -> str:
    return f"part-{chunk:05d}{suffix}"


def _chunk_of(name: str) -> int | None:
    """The chunk number of ``part-NNNNN.ext`` (None for other names)."""
    if not name.startswith("part-"):
        return None
    digits = name[5:].split(".", 1)[0]
    return int(digits) if digits.isdigit() else None


# ---------------------------------------------------------------------------
# The output folder


class _Current(NamedTuple):
    """What the run keeps in memory of a path's current manifest entry (the rest stays on disk)."""

    status: str
    sha256: str | None
    size: int | None
    extractor: str
    chunk: int
    rows: tuple[int, int] | None
    bare_id: bool = False  # its documents' ids are its name (x, x:3), not a path given for a namesake (a/x)


def _current(e: dict[str, Any]) -> _Current:
    rows = e.get("rows")
    stem = Path(str(e.get("path", ""))).stem
    bare = bool(e.get("doc_ids")) and all(i == stem or i.startswith(f"{stem}:") for i in e["doc_ids"])
    return _Current(e["status"], e.get("sha256"), e.get("size"), sys.intern(str(e.get("extractor"))),
                    e["chunk"], (rows[0], rows[1]) if rows is not None else None, bare)


def _manifest_lines(path: Path) -> Iterator[dict[str, Any] | None]:
    """Parsed manifest lines; ``None`` for a line that is torn or not a manifest object."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            if not raw.endswith("\n"):
                yield None  # torn last line of a killed run
                return
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError:
                yield None
                continue
            ok = isinstance(obj, dict) and (
                isinstance(obj.get("commit"), int)
                or (isinstance(obj.get("chunk"), int) and isinstance(obj.get("path"), str)
                    and "status" in obj)
            )
            yield obj if ok else None


class _Store:
    """The output folder and its manifest (see the module docstring for the protocol).

    Memory: a small :class:`_Current` per input path; full entries are read
    back from the manifest when needed (compaction, the final rewrite).
    """

    def __init__(self, out: Path, fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.manifest = out / "manifest.jsonl"
        self.parts = out / "_parts" / "judgments"
        self.csv_parts = out / "_parts" / "csv"
        self.views_file = out / "_parts" / "views.json"
        self.current: dict[str, _Current] = {}
        self.next_chunk = 0
        self.run = 1
        self.n_documents = 0
        self.duplicates: list[str] = []
        self.n_duplicates = 0
        self._fh: IO[str] | None = None

    # -- opening ----------------------------------------------------------

    def clear(self) -> None:
        """Delete every output this module writes in the folder."""
        for name in ("manifest.jsonl", "manifest_summary.json", "judgments.jsonl"):
            with contextlib.suppress(FileNotFoundError):
                (self.out / name).unlink()
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(self.out / "_parts")
        for spec in TABLES:
            with contextlib.suppress(FileNotFoundError):
                (self.out / f"{spec.name}.csv").unlink()
            self._remove_parquet_parts(self.out / spec.name, keep=set())

    @staticmethod
    def _remove_parquet_parts(folder: Path, keep: set[int]) -> None:
        """Delete ``part-*.parquet`` (and our temporary files) not in ``keep``; the folder if emptied."""
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            chunk = _chunk_of(path.name.lstrip("."))
            tmp = path.name.startswith(".part-") and path.name.endswith(".tmp")
            if chunk is not None and (tmp or (path.name.endswith(".parquet") and chunk not in keep)):
                path.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty

    def load(self) -> None:
        """Read the manifest; drop uncommitted entries and orphan parts left by a killed run."""
        pending: dict[int, list[tuple[str, _Current]]] = {}
        runs: set[int] = set()
        seen: set[int] = set()
        dirty = False
        for obj in _manifest_lines(self.manifest):
            if obj is None:
                dirty = True
            elif "commit" in obj:
                runs.add(int(obj.get("run", 0)))
                for path, cur in pending.pop(obj["commit"], ()):
                    self.current[path] = cur
            else:
                pending.setdefault(obj["chunk"], []).append((obj["path"], _current(obj)))
                seen.add(obj["chunk"])
                runs.add(int(obj.get("run", 0)))
        dirty = dirty or bool(pending)  # entries whose chunk never committed
        for path, cur in list(self.current.items()):
            if cur.rows is not None and not (self.parts / _part_name(cur.chunk, ".jsonl")).exists():
                del self.current[path]  # its part was deleted by hand: process the file again
                dirty = True
        self.next_chunk = max(seen | self._chunks_on_disk(), default=-1) + 1
        self.run = max(runs, default=0) + 1
        self._collect_garbage()
        if dirty:
            self.rewrite_manifest()

    def _chunks_on_disk(self) -> set[int]:
        found: set[int] = set()
        folders = [self.parts, *(self.out / s.name for s in TABLES),
                   *(self.csv_parts / s.name for s in TABLES)]
        for folder in folders:
            if folder.is_dir():
                found.update(c for p in folder.iterdir() if (c := _chunk_of(p.name.lstrip("."))) is not None)
        return found

    def _live_chunks(self) -> set[int]:
        return {c.chunk for c in self.current.values() if c.rows is not None}

    def _collect_garbage(self) -> None:
        """Delete parts of chunks that hold no current record, and temporary files."""
        live = self._live_chunks()
        folders = [self.parts, *(self.csv_parts / s.name for s in TABLES)]
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                chunk = _chunk_of(path.name.lstrip("."))
                if chunk is not None and (chunk not in live or path.name.endswith(".tmp")):
                    path.unlink()
        for spec in TABLES:
            self._remove_parquet_parts(self.out / spec.name, keep=live)
        for path in self.out.glob(".*.tmp"):
            path.unlink()

    # -- writing chunks ---------------------------------------------------

    def _append(self, lines: list[str]) -> None:
        if self._fh is None:  # kept open across chunks; closed by close()
            self._fh = open(self.manifest, "a", encoding="utf-8")  # noqa: SIM115
        self._fh.write("".join(lines))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def _commit(self, chunk: int, entries: list[dict[str, Any]], **info: Any) -> None:
        """Append ``entries`` and the commit line of ``chunk`` (protocol step 2)."""
        lines = [json.dumps(e, ensure_ascii=False) + "\n" for e in entries]
        lines.append(json.dumps({"commit": chunk, "run": self.run, **info}) + "\n")
        self._append(lines)
        for e in entries:
            self.current[e["path"]] = _current(e)

    def write_chunk(self, batches: Sequence[FileBatch], extractor: str) -> None:
        """Write one chunk's parts, then commit its entries (protocol steps 1-2)."""
        chunk = self.next_chunk
        self.next_chunk += 1
        results = [r for b in batches for r in b.results]
        n_records = sum(len(r.docs) for r in results)
        if n_records:
            with _atomic_write(self.parts / _part_name(chunk, ".jsonl")) as fh:
                for r in results:
                    for d in r.docs:
                        fh.write(d.line)
                        fh.write("\n")
            if self.fmt != "jsonl":
                import pyarrow as pa

                tables = [b.tables for b in batches if b.tables is not None]
                self._write_table_parts(chunk, {
                    s.name: pa.concat_tables([t[s.name] for t in tables]).combine_chunks() for s in TABLES})
            _fsync_dir(self.parts)
        entries: list[dict[str, Any]] = []
        row = 0
        for r in results:
            entries.append(self._entry(r, chunk, row, extractor))
            row += len(r.docs)
        self._commit(chunk, entries, files=len(results), records=n_records)

    def _entry(self, r: FileResult, chunk: int, row: int, extractor: str) -> dict[str, Any]:
        return {
            "path": r.path, "status": r.status, "reason": r.reason, "error": r.error,
            "sha256": r.sha256, "size": r.size, "n_records": len(r.docs),
            "doc_ids": [d.id for d in r.docs], "doc_statuses": [d.status for d in r.docs],
            "n_failures": r.n_failures, "failures": list(r.failures),
            "chunk": chunk, "rows": [row, row + len(r.docs)] if r.docs else None,
            "run": self.run, "extractor": extractor, "elapsed_ms": r.elapsed_ms, "read_as": dict(r.read_as),
        }

    def _write_table_parts(self, chunk: int, tables: dict[str, pa.Table]) -> None:
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            for name, table in tables.items():
                with _atomic_write(self.out / name / _part_name(chunk, ".parquet"), "wb") as fh:
                    pq.write_table(table, fh, compression="zstd")
                _fsync_dir(self.out / name)
        elif self.fmt == "csv":
            for name, table in tables.items():
                with _atomic_write(self.csv_parts / name / _part_name(chunk, ".csv")) as fh:
                    frame_from_arrow(table).to_csv(fh, header=False, index=False, lineterminator="\n")
                _fsync_dir(self.csv_parts / name)

    # -- finishing --------------------------------------------------------

    def _part_lines(self, chunk: int) -> list[str]:
        """The records of chunk ``chunk``'s judgments part, one JSON line each."""
        with open(self.parts / _part_name(chunk, ".jsonl"), encoding="utf-8") as fh:
            return fh.read().splitlines()

    def _current_entries(self) -> Iterator[dict[str, Any]]:
        """The full current entries (in log order), read back from the manifest."""
        for obj in _manifest_lines(self.manifest):
            if obj is not None and "commit" not in obj:
                cur = self.current.get(obj["path"])
                if cur is not None and cur.chunk == obj["chunk"]:
                    yield obj

    def _entries_of(self, paths: set[str]) -> dict[str, dict[str, Any]]:
        """The full current entries of ``paths``."""
        return {obj["path"]: obj for obj in self._current_entries() if obj["path"] in paths}

    def compact(self) -> int:
        """Rewrite parts that hold records of reprocessed files (protocol step 5); return how many."""
        by_chunk: dict[int, list[tuple[str, tuple[int, int]]]] = {}
        for path, cur in self.current.items():
            if cur.rows is not None:
                by_chunk.setdefault(cur.chunk, []).append((path, cur.rows))
        rewritten = 0
        for chunk in sorted(by_chunk):
            keep = sorted(by_chunk[chunk], key=lambda item: item[1][0])
            lines = self._part_lines(chunk)
            if sum(end - start for _, (start, end) in keep) == len(lines):
                continue
            full = self._entries_of({path for path, _ in keep})
            new_chunk = self.next_chunk
            self.next_chunk += 1
            kept: list[str] = []
            moved: list[dict[str, Any]] = []
            for path, (start, end) in keep:
                moved.append(dict(full[path], chunk=new_chunk, rows=[len(kept), len(kept) + end - start],
                                  run=self.run))
                kept.extend(lines[start:end])
            with _atomic_write(self.parts / _part_name(new_chunk, ".jsonl")) as out:
                out.write("".join(line + "\n" for line in kept))
            if self.fmt != "jsonl":
                self._write_table_parts(new_chunk, _tables_from_lines(kept))
            _fsync_dir(self.parts)
            self._commit(new_chunk, moved, files=len(moved), records=len(kept), compacts=chunk)
            rewritten += 1
        self._collect_garbage()
        return rewritten

    def ensure_table_parts(self) -> None:
        """Build missing table parts of live chunks from their judgments parts (after a format switch)."""
        if self.fmt == "jsonl":
            return
        for chunk in sorted(self._live_chunks()):
            if self.fmt == "parquet":
                wanted = [self.out / s.name / _part_name(chunk, ".parquet") for s in TABLES]
            else:
                wanted = [self.csv_parts / s.name / _part_name(chunk, ".csv") for s in TABLES]
            if not all(p.exists() for p in wanted):
                self._write_table_parts(chunk, _tables_from_lines(self._part_lines(chunk)))

    def remove_other_views(self) -> None:
        """Delete table views of formats other than this run's."""
        if self.fmt != "parquet":
            for spec in TABLES:
                self._remove_parquet_parts(self.out / spec.name, keep=set())
        if self.fmt != "csv":
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(self.csv_parts)
            for spec in TABLES:
                with contextlib.suppress(FileNotFoundError):
                    (self.out / f"{spec.name}.csv").unlink()

    @staticmethod
    def _concatenate(out: IO[bytes], sources: Iterable[Path]) -> None:
        for path in sources:
            with open(path, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)

    def assemble_views(self) -> list[Path]:
        """Assemble judgments.jsonl (and csv tables) when their chunk set changed, or a view is no longer as it was
        written (cut short, edited, removed: its size and modification time are kept with the chunk set); return the
        view paths."""
        live = sorted(self._live_chunks())
        stamp: dict[str, Any] = {}
        if self.views_file.exists():
            stamp = json.loads(self.views_file.read_text(encoding="utf-8"))
        written: dict[str, list[int]] = stamp.get("written", {})

        def as_written(*paths: Path) -> bool:
            return all(p.exists() and written.get(p.name) == [p.stat().st_size, p.stat().st_mtime_ns] for p in paths)

        judgments = self.out / "judgments.jsonl"
        outputs = [judgments]
        if stamp.get("judgments") != live or not as_written(judgments):
            with _atomic_write(judgments, "wb") as out:
                self._concatenate(out, (self.parts / _part_name(c, ".jsonl") for c in live))
            stamp["judgments"] = live
        if self.fmt == "csv":
            targets = [self.out / f"{s.name}.csv" for s in TABLES]
            if stamp.get("csv") != live or not as_written(*targets):
                for spec, target in zip(TABLES, targets):
                    with _atomic_write(target, "wb") as out:
                        out.write(("\ufeff" + ",".join(spec.column_names) + "\n").encode("utf-8"))
                        parts = (self.csv_parts / spec.name / _part_name(c, ".csv") for c in live)
                        self._concatenate(out, parts)
                stamp["csv"] = live
            outputs.extend(targets)
        else:
            stamp.pop("csv", None)
        stamp["written"] = {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in outputs}
        if self.fmt == "parquet":
            outputs.extend(self.out / s.name for s in TABLES)
        with _atomic_write(self.views_file) as fh:
            json.dump(stamp, fh)
        return outputs

    def rewrite_manifest(self) -> None:
        """The current entries (in log order) and their commit lines, as an atomic replace.

        Also counts the documents and duplicate ids of the current entries.
        """
        self.close()
        counts: Counter[str] = Counter()
        runs: dict[int, int] = {}
        with _atomic_write(self.manifest) as fh:
            for obj in self._current_entries():
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
                counts.update(obj.get("doc_ids", ()))
                runs[obj["chunk"]] = max(runs.get(obj["chunk"], 0), int(obj.get("run", 0)))
            for chunk in sorted(runs):
                fh.write(json.dumps({"commit": chunk, "run": runs[chunk]}) + "\n")
        dups = sorted(i for i, n in counts.items() if n > 1)
        self.n_documents = sum(counts.values())
        self.duplicates, self.n_duplicates = dups[:20], len(dups)

# ---------------------------------------------------------------------------
# Running a batch


def _default_extract() -> Extract:
    try:
        from fayan.pipelines.assemble import extract_document
    except ImportError as exc:
        raise UsageError(f"the default extractor fayan.pipelines.assemble.extract_document cannot be "
                         f"imported ({exc}); pass extract= or reinstall fayan") from exc
    return extract_document


# Package files that cannot change what extraction produces (docs, report assets).
_NOT_CODE = frozenset({".md", ".html", ".css", ".js", ".svg", ".png", ".pyc"})


def _code_hash(extract: Extract) -> str:
    """sha256 (12 hex digits) of the fayan package's files (code, lexicons, models; not docs) and of
    the module that defines ``extract``: any edit to what extraction runs changes it."""
    import inspect

    package = Path(__file__).resolve().parent.parent
    files = sorted(p for p in package.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts and p.suffix not in _NOT_CODE)
    with contextlib.suppress(TypeError, OSError):  # builtins and C functions have no source file
        source = inspect.getsourcefile(extract)
        if source is not None and package not in Path(source).resolve().parents:
            files.append(Path(source).resolve())
    # the lexicons extraction reads: a copy named by $FAYAN_LEXICONS (an annotator's edit) counts as code
    lexicons = lexicon_dir().resolve()
    if package not in lexicons.parents:
        files += sorted(p for p in lexicons.rglob("*") if p.is_file() and p.suffix not in _NOT_CODE)
    h = hashlib.sha256()
    for path in files:
        if package in path.parents:
            name = str(path.relative_to(package))
        elif lexicons in path.parents:
            name = "lexicons:" + str(path.relative_to(lexicons))
        else:
            name = path.name
        h.update(name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _fingerprint(extract: Extract, text_fields: Any, id_field: Any) -> str:
    """What a file's records depend on besides its bytes: the extract function, code and options."""
    try:
        version = importlib.metadata.version("fayan")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    name = f"{getattr(extract, '__module__', '?')}.{getattr(extract, '__qualname__', type(extract).__name__)}"
    return (f"{name}@{version} code={_code_hash(extract)} text_fields={text_fields!r} "
            f"id_field={id_field!r}")


# the json/jsonl options at the end of a fingerprint (_fingerprint)
_READ_OPTIONS_RE = re.compile(r" text_fields=(?P<text>.*) id_field=(?P<id>.*)$")


def read_options(entry: dict[str, Any]) -> tuple[Any, Any]:
    """(text_fields, id_field) as a batch read the file of a manifest ``entry``, from its extractor fingerprint
    (:func:`_fingerprint`), so that the file can be read again as it was; (None, None) where it does not tell."""
    m = _READ_OPTIONS_RE.search(str(entry.get("extractor", "")))
    try:
        text, id_ = (ast.literal_eval(m.group("text")), ast.literal_eval(m.group("id"))) if m else (None, None)
    except (ValueError, SyntaxError):
        return None, None
    return tuple(text) if isinstance(text, list) else text, tuple(id_) if isinstance(id_, list) else id_


def _tables_from_lines(lines: list[str]) -> dict[str, pa.Table]:
    """Arrow tables of judgments part lines (for rewritten parts and format switches)."""
    return arrow_tables_from_rows(gather_rows(Judgment.from_record(json.loads(line)) for line in lines))


def _hash_file(path: Path) -> tuple[str, int]:
    """The sha256 (hex) and size of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def _unchanged(path: Path, entry: _Current | None, extractor: str) -> bool:
    if entry is None or entry.status != "ok" or entry.extractor != extractor:
        return False
    try:
        if path.stat().st_size != entry.size:
            return False
        return _hash_file(path)[0] == entry.sha256
    except OSError:
        return False  # unreadable now: process it so the failure is recorded


def task_size(n_files: int, workers: int) -> int:
    """Files per task: enough tasks to keep every worker busy (four each), few enough files each to stay cheap.

    >>> task_size(154, 2), task_size(40, 2), task_size(3, 2)
    (16, 5, 1)
    """
    return max(1, min(_MAX_FILES_PER_TASK, n_files // (4 * workers)))


def _tasks(todo: list[str], files_per_task: int) -> Iterator[list[str]]:
    for i in range(0, len(todo), files_per_task):
        yield todo[i:i + files_per_task]


_SHOWN_FAILURES = 3  # failure reasons a run's summary shows


def _run(store: _Store, todo: list[str], counts: Counter[str], failures: list[str], *, work: Callable[[list[str]], FileBatch],
         engine: Engine[list[str], FileBatch], files_per_task: int | None, chunk_size: int, extractor: str,
         progress: bool) -> tuple[str, int]:
    """Process ``todo`` on ``engine`` in tasks of a few files, committing a chunk every ``chunk_size``
    documents or files."""
    with engine, _progress(progress) as bar:
        if files_per_task is None and engine.name == "inline":
            files_per_task = 1  # nothing to ship between processes: chunks end exactly at chunk_size
        elif files_per_task is None:
            files_per_task = task_size(len(todo), engine.workers)
        task = bar.add_task(f"fayan ({engine.name} x{engine.workers})", total=len(todo), docs=0, failed=0)
        buffer: list[FileBatch] = []
        n_docs = n_files = 0
        for batch in engine.map_ordered(work, _tasks(todo, files_per_task), on_crash=_crashed, split=_split):
            for result in batch.results:
                counts["processed"] += 1
                counts["failed"] += result.status == "failed"
                if result.status == "failed" or result.n_failures:
                    if len(failures) < _SHOWN_FAILURES:
                        failures.append(result.reason or f"{result.path}: failed")
                if result.status != "failed":
                    counts["failed_documents"] += result.n_failures
                for d in result.docs:
                    counts["documents"] += 1
                    counts[f"status:{d.status}"] += 1
                n_docs += len(result.docs)
            n_files += len(batch.results)
            buffer.append(batch)
            if n_docs >= chunk_size or n_files >= chunk_size:
                store.write_chunk(buffer, extractor)
                buffer, n_docs, n_files = [], 0, 0
            bar.update(task, advance=len(batch.results), docs=counts["documents"], failed=counts["failed"])
        if buffer:
            store.write_chunk(buffer, extractor)
        return engine.name, engine.workers


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Create ``out`` (and its missing parents) and hold its lock while the block runs. When the block fails before
    anything but the lock file was written (an unreachable Dask scheduler), the folders this created are removed."""
    created = [a for a in (out, *out.parents) if not os.path.lexists(a)]  # deepest first
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # (a file in the way, no permission, a read-only or virtual file system: /proc/x)
        raise UsageError(f"{out}: cannot create the output folder: {exc.strerror or exc}") from exc
    try:  # before any work: a folder that exists but cannot be written (its records would go stale)
        tempfile.TemporaryFile(dir=out).close()
    except OSError as exc:
        raise UsageError(f"{out}: cannot write in the output folder: {exc.strerror or exc}") from exc
    try:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, documented
            yield
            return
        with open(out / ".lock", "w") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UsageError(f"{out}: another run is writing to this folder") from None
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except BaseException:
        _remove_unused(created)
        raise


def _remove_unused(created: list[Path]) -> None:
    """Remove these folders, deepest first, while each is empty or holds only the lock file."""
    for folder in created:
        try:
            names = {e.name for e in os.scandir(folder)}
            if not names <= {".lock"}:
                return
            if names:
                (folder / ".lock").unlink()
            folder.rmdir()
        except OSError:  # gone already, or not ours to remove: the rest stays as it is
            return


def _progress(enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TextColumn("{task.fields[docs]} docs, {task.fields[failed]} failed"), TimeRemainingColumn(),
        console=console, disable=not (enabled and console.is_terminal), transient=False,
    )


def run_batch(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "jsonl",
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = 1000,
    incremental: bool = True,
    progress: bool = True,
    extract: Extract | None = None,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
    files_per_task: int | None = None,
) -> BatchSummary:
    """Extract every document under ``paths`` into ``out_dir``; see the module docstring for the layout.

    ``fmt``: ``jsonl`` (judgments.jsonl only), ``parquet`` or ``csv`` (also the
    tables of ``docs/tables.md``).  ``workers``: processes (default: CPUs; 1
    runs in this process).  ``engine``: ``local`` or ``dask`` (``scheduler``:
    a scheduler address, default a LocalCluster of ``workers`` processes).
    ``files_per_task``: files a worker takes at a time (default: 1 in this
    process, else enough tasks for four per worker, at most 16).  ``chunk_size``: documents per committed
    chunk (also the most files per chunk; a chunk holds whole tasks).  ``incremental``: skip
    files already done with the same content (``False``: start afresh).
    ``extract``: the per-document function (default
    ``fayan.pipelines.assemble.extract_document``); with more than one worker
    it must be picklable (a module-level function).  ``text_fields`` /
    ``id_field``: for json/jsonl records, see :func:`fayan.pipelines.readers.read_file`.

    Raises :class:`~fayan.errors.UsageError` for bad arguments, no input files,
    or a folder another run is writing to, and :class:`~fayan.errors.LexiconError`
    for a bad lexicon line (``FAYAN_LEXICONS``).  Bad files and documents do not
    raise: they are failed entries in the manifest.
    """
    t0 = time.perf_counter()
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if chunk_size < 1:
        raise UsageError(f"chunk_size must be at least 1, got {chunk_size}")
    if files_per_task is not None and files_per_task < 1:
        raise UsageError(f"files_per_task must be at least 1, got {files_per_task}")
    func = extract if extract is not None else _default_extract()
    if getattr(func, "__module__", "").startswith("fayan."):
        from fayan.pipelines.lexicon_tools import load_lexicons

        load_lexicons()  # a bad lexicon line fails the run here, naming file and line, not every document
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: the output folder is a file")
    above = next((a for a in out.parents if a.exists()), None)
    if above is not None and not above.is_dir():
        raise UsageError(f"{out}: cannot create the output folder: {above} is a file")
    extractor = _fingerprint(func, text_fields, id_field)
    inputs = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)  # a generator is read once
    sources, hidden, not_read = _input_files(inputs, out)

    with _locked(out):
        store = _Store(out, fmt)
        if not incremental:
            store.clear()
        store.load()
        gone = _forget_removed(store, inputs, sources)
        todo = [str(p) for p in sources
                if not (incremental and _unchanged(p, store.current.get(shown_path(p)), extractor))]
        skipped = len(sources) - len(todo)

        counts: Counter[str] = Counter()
        failures: list[str] = []
        engine_name, workers_used = engine, 0
        try:
            if todo:
                engine_name, workers_used = _run(
                    store, todo, counts, failures,
                    work=functools.partial(process_files, extract=func, text_fields=text_fields,
                                           id_field=id_field, with_tables=fmt != "jsonl",
                                           id_bases=_ids_of_namesakes(sources, store.current)),
                    engine=make_engine(engine, workers=workers, scheduler=scheduler),
                    files_per_task=files_per_task, chunk_size=chunk_size, extractor=extractor,
                    progress=progress)
            store.compact()
            store.remove_other_views()
            store.ensure_table_parts()
            outputs = store.assemble_views()
            store.rewrite_manifest()
        finally:
            store.close()

        named = ("status:ok", "status:not_judgment")
        others = tuple(
            sorted((k[len("status:") :], n) for k, n in counts.items() if k.startswith("status:") and k not in named and n)
        )
        summary = BatchSummary(
            out_dir=str(out), fmt=fmt, engine=engine_name, workers=workers_used, inputs=len(sources),
            processed=counts["processed"], skipped_unchanged=skipped, failed=counts["failed"],
            documents=counts["documents"], ok=counts["status:ok"], not_judgment=counts["status:not_judgment"],
            other_status=sum(n for _, n in others), failed_documents=counts["failed_documents"], total_files=len(store.current),
            total_documents=store.n_documents, duplicate_ids=tuple(store.duplicates),
            n_duplicate_ids=store.n_duplicates,
            elapsed_s=round(time.perf_counter() - t0, 3),
            outputs=tuple(str(p) for p in [store.manifest, out / "manifest_summary.json", *outputs]),
            other_statuses=others, hidden=len(hidden), first_failures=tuple(failures),
            skipped=_skip_counts(not_read), removed=len(gone),
        )
        with _atomic_write(out / "manifest_summary.json") as fh:
            json.dump({"run": store.run, **summary.to_dict()}, fh, ensure_ascii=False, indent=2)
    return summary


def _input_files(
    inputs: list[str | os.PathLike[str]], out: Path
) -> tuple[list[Path], list[Path], list[tuple[Path, str]]]:
    """The files to read under ``inputs`` (absolute, as the analyst names them: a symbolic link keeps its own
    name), the hidden files left out and the files not read with why; never the outputs in ``out`` when it sits
    inside an input folder. No file at all is a :class:`~fayan.errors.UsageError`."""
    out_root = out.resolve()
    sources: list[Path] = []
    hidden: list[Path] = []
    not_read: list[tuple[Path, str]] = []
    for p in iter_sources(inputs, hidden, not_read):
        resolved = real_path(p)
        if resolved == out_root or out_root in resolved.parents:
            continue
        sources.append(Path(os.path.abspath(p)))
    # (the output folder's own hidden files, its lock and temporary parts, are no inputs left out)
    hidden = [h for h in hidden if not (real_path(h) == out_root or out_root in real_path(h).parents)]
    if not sources:
        if any(real_path(Path(p)) == out_root for p in inputs):
            raise UsageError(f"{out}: the output folder is an input folder; give the outputs a folder of their own")
        inside = any(real_path(Path(p)) in out_root.parents for p in inputs)
        raise UsageError(f"no input files under {', '.join(map(str, inputs))}"
                         + (f" (the output folder {out} inside it is not read)" if inside else ""))
    return sources, hidden, not_read


def _ids_of_namesakes(sources: list[Path], stored: dict[str, _Current] | None = None) -> dict[str, str]:
    """The id of each input file whose name (less its extension) another input file has too, by path: its path from
    the folder that holds them all, less the extension (in/a/x.txt and in/b/x.txt: a/x and b/x; with it where that is
    all they differ in: x.txt and x.json), so that the records, findings and report of the two do not share one id.
    Other files keep their name as id, and so does the one file of such a name whose records of an earlier run
    (``stored``) have it: its id, and the keys of its findings that reviews name, do not change because a namesake
    came."""
    by_stem: dict[str, list[Path]] = {}
    for p in sources:
        by_stem.setdefault(Path(shown_path(p)).stem, []).append(p)
    ids: dict[str, str] = {}
    for group in (g for g in by_stem.values() if len(g) > 1):
        top = shown_path(os.path.commonpath([p.parent for p in group]))
        paths = [Path(shown_path(p)).relative_to(top) for p in group]
        bare = [r.with_suffix("").as_posix() for r in paths]
        given = dict(zip(map(str, group), bare if len(set(bare)) == len(bare) else [r.as_posix() for r in paths]))
        kept = [p for p in group if (cur := (stored or {}).get(shown_path(p))) is not None and cur.bare_id]
        if len(kept) == 1:
            del given[str(kept[0])]
        ids.update(given)
    return ids


def _forget_removed(store: _Store, inputs: list[str | os.PathLike[str]], sources: list[Path]) -> list[str]:
    """Drop the records of files of an input folder deleted (or renamed) since an earlier run, and name them (a
    renamed file's records come back under its new name); records of inputs not named this run stay, and those of a
    file whose name is not UTF-8, kept under the name :func:`shown_path` gives it."""
    folders = [Path(os.path.abspath(i)) for i in inputs if Path(i).is_dir()]
    shown = {shown_path(p) for p in sources}
    gone = sorted(p for p in store.current if any(f in Path(p).parents for f in folders) and not os.path.lexists(p)
                  and p not in shown)
    # and a file read this run under another name than before (its folder named through a link, or the link's
    # target named now): its records come back under this run's name, once
    dropped = set(gone)
    others = [p for p in store.current if p not in shown and p not in dropped]
    if others:  # (the sources' real paths only then: a rerun over the same names resolves none)
        real = {real_path(p) for p in sources}
        gone += sorted(p for p in others if real_path(Path(p)) in real)
    for p in gone:
        del store.current[p]
    return gone


# ---------------------------------------------------------------------------
# Reading a batch's output


def read_manifest(out_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The current manifest entry of every path, sorted by path (uncommitted entries ignored)."""
    path = Path(out_dir) / "manifest.jsonl"
    if not path.exists():
        raise UsageError(f"{out_dir}: no manifest.jsonl (not a batch output folder)")
    pending: dict[int, list[dict[str, Any]]] = {}
    current: dict[str, dict[str, Any]] = {}
    for obj in _manifest_lines(path):
        if obj is None:
            continue
        if "commit" in obj:
            for e in pending.pop(obj["commit"], ()):
                current[e["path"]] = e
        else:
            pending.setdefault(obj["chunk"], []).append(obj)
    return [current[p] for p in sorted(current)]


def read_judgments(out_dir: str | os.PathLike[str]) -> Iterator[Judgment]:
    """The judgments of a completed batch, read lazily from ``judgments.jsonl``.

    A damaged file (a line cut short, not UTF-8, not a JSON object, or an object that is no judgment record) raises
    :class:`~fayan.errors.InputError` naming the file and line."""
    path = Path(out_dir) / "judgments.jsonl"
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise UsageError(f"{out_dir}: is a file; give the output folder of a batch (fayan extract … -o OUT)")
    if not path.exists():
        raise UsageError(f"{path}: not found (run a batch into {out_dir} first)")
    for lineno, record in iter_jsonl(path):
        try:
            judgment = Judgment.from_record(record)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise InputError(f"not a judgment record ({type(exc).__name__}: {exc})", str(path), lineno) from exc
        yield judgment


def read_table(out_dir: str | os.PathLike[str], name: str) -> pd.DataFrame:
    """Table ``name`` of a batch output (parquet folder or csv file) with the declared dtypes."""
    import pandas as pd

    spec = table_spec(name)
    folder = Path(out_dir) / name
    csv = Path(out_dir) / f"{name}.csv"
    dtypes = {c.name: c.dtype for c in spec.columns}
    columns = list(spec.column_names)
    if name == "findings":  # one file, written by fayan check with the review columns
        dtypes.update({"review": "string", "new": "boolean"})
        columns += ["review", "new"]
        single = Path(out_dir) / "findings.parquet"
        if single.exists():
            return pd.read_parquet(single, dtype_backend="numpy_nullable").astype(dtypes)[columns]
    if folder.is_dir():
        parts = sorted(folder.glob("part-*.parquet"))
        if not parts:
            raise UsageError(f"{folder}: no parquet parts")
        frame = pd.concat([pd.read_parquet(p, dtype_backend="numpy_nullable") for p in parts],
                          ignore_index=True)
    elif csv.exists():
        frame = pd.read_csv(csv, dtype=dtypes, encoding="utf-8-sig", keep_default_na=False,
                            na_values=[""])
    else:
        summary = Path(out_dir) / "manifest_summary.json"
        fmt = json.loads(summary.read_text(encoding="utf-8")).get("fmt") if summary.exists() else None
        if fmt in ("parquet", "csv"):
            return empty_frame(name)  # a run in which no file gave a document
        raise UsageError(f"{out_dir}: table {name} not found (was the batch run with fmt=parquet or csv?)")
    return frame.astype(dtypes)[columns]


if __name__ == "__main__":  # pragma: no cover - manual runs: python -m fayan.pipelines.batch IN OUT
    print(json.dumps(run_batch(sys.argv[1:-1], sys.argv[-1]).to_dict(), ensure_ascii=False, indent=2))
