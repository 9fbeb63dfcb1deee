"""``fayan check OUT``: checks, class-case comparison, reviews and the report over an extract output.

Reads ``OUT/judgments.jsonl`` lazily (twice: once for the checks and the
class-case rows, once more for the documents that got findings), so memory
grows with the number of findings, not with the corpus.  Writes::

    OUT/findings.jsonl     one finding per line (Finding.to_record, with the review state)
    OUT/findings.parquet   or OUT/findings.csv with --format parquet|csv (docs/tables.md)
    OUT/report.html        the self-contained report
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from fayan.errors import FayanError, UsageError
from fayan.findings import Finding
from fayan.judgment import Judgment
from fayan.pipelines.checks import check_judgment, select
from fayan.pipelines.checks.base import REGISTRY, Context
from fayan.pipelines.report import rule_names

if TYPE_CHECKING:
    from fayan.pipelines.classcase import ClassCaseResult

__all__ = ["CheckRun", "check_output", "check_judgments"]


@dataclass
class CheckRun:
    out_dir: Path
    n_documents: int
    findings: list[Finding]
    states: dict[str, str] = field(default_factory=dict)  # finding key -> new | confirmed | dismissed
    new_keys: set[str] = field(default_factory=set)  # not reviewed and not in the previous run
    paths: dict[str, Path] = field(default_factory=dict)
    groups: pd.DataFrame | None = None

    def render(self) -> str:
        by = Counter((f.rule, f.severity) for f in self.findings)
        docs = Counter(f.severity for f in {(f.doc_id, f.severity): f for f in self.findings}.values())
        per_doc = f" ({', '.join(f'{n} {s}' for s, n in sorted(docs.items()))} documents)" if docs else ""
        lines = [
            f"checked {self.n_documents} documents: {len(self.findings)} findings{per_doc}, "
            f"{len(self.new_keys)} new since the last run",
        ]
        for (rule, sev), n in sorted(by.items(), key=lambda kv: (kv[0][0][0], int(kv[0][0][1:]) if kv[0][0][1:].isdigit() else 0, kv[0][1])):
            name = REGISTRY[rule].name if rule in REGISTRY else rule_names().get(rule, "")  # (C1: the report's)
            lines.append(f"  {rule:<4} {sev:<8} {n:>6}  {name}")
        for what, p in self.paths.items():
            lines.append(f"{what}: {p}")
        return "\n".join(lines)


def _codes(codes: Iterable[str]) -> list[str]:
    """Rule codes as given, in any case (e6 = E6), once each, sorted."""
    return sorted({c.strip().upper() for c in codes if c.strip()})


def check_judgments(
    judgments: Iterable[Judgment],
    *,
    codes: Iterable[str] | None = None,
    law_path: str | None = None,
    classcase: bool = True,
    min_group_size: int = 30,
) -> tuple[list[Finding], int, pd.DataFrame | None]:
    """Findings of the rules and of the class-case comparison; also returns the count and the group table."""
    findings, n, result = _check_judgments(
        judgments, codes=codes, law_path=law_path, classcase=classcase, min_group_size=min_group_size)
    return findings, n, result.groups if result is not None else None


def _check_judgments(
    judgments: Iterable[Judgment],
    *,
    codes: Iterable[str] | None,
    law_path: str | None,
    classcase: bool,
    min_group_size: int,
) -> tuple[list[Finding], int, ClassCaseResult | None]:
    """:func:`check_judgments` with the whole class-case result (its groups and cases, which the report's C1 charts
    draw)."""
    from fayan.pipelines.classcase import ClassCaseConfig, compare_cases, law_bracket, sentence_rows

    ctx = Context(law_path=law_path)
    if codes is not None:
        # C1 is the class-case comparison; an unknown code fails before any work
        wanted = _codes(codes)
        classcase = classcase and "C1" in wanted
        codes = [r.code for r in select([c for c in wanted if c != "C1"])]
    findings: list[Finding] = []
    rows: list[pd.DataFrame] = []
    batch: list[Judgment] = []
    bracket_of = law_bracket(ctx.law) if classcase else None
    n = 0

    def flush() -> None:
        if batch and classcase:
            rows.append(sentence_rows(batch, bracket_of=bracket_of))
        batch.clear()

    for j in judgments:
        n += 1
        findings.extend(check_judgment(j, ctx, codes))
        if classcase and j.status == "ok":
            batch.append(j)
            if len(batch) >= 2000:
                flush()
    flush()
    result = None
    if classcase and rows:
        table = pd.concat(rows, ignore_index=True) if len(rows) > 1 else rows[0]
        result = compare_cases(table, ClassCaseConfig(min_group_size=min_group_size))
        findings.extend(result.findings)
    return findings, n, result


def _atomic_text(path: Path, lines: Iterable[str]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def check_output(
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "jsonl",
    report: bool = True,
    classcase: bool = True,
    reviews_path: str | os.PathLike[str] | None = None,
    codes: Iterable[str] | None = None,
    law_path: str | None = None,
    min_group_size: int = 30,
    hide_dismissed: bool = False,
) -> CheckRun:
    """Run the checks over ``OUT/judgments.jsonl`` and write findings and the report into ``OUT``.

    All rules write ``OUT/findings.jsonl`` and ``OUT/report.html``; a run of some ``codes`` writes
    ``OUT/findings-<codes>.jsonl`` and ``OUT/report-<codes>.html`` (``findings-E6_E7.jsonl``) beside them, so that it
    does not replace the findings of the other rules. What is new is judged against the last run of the same rules,
    else against those rules' findings in ``OUT/findings.jsonl``.

    ``reviews_path`` (default ``OUT/reviews.jsonl``, which may be absent) must exist when given. Before anything is
    written, a bad reviews file or lexicon line raises (:class:`~fayan.errors.UsageError`,
    :class:`~fayan.errors.InputError`, :class:`~fayan.errors.LexiconError`, naming file and line); a damaged
    ``judgments.jsonl`` raises :class:`~fayan.errors.InputError` naming its line."""
    from fayan.pipelines.batch import read_judgments
    from fayan.pipelines.lexicon_tools import load_lexicons
    from fayan.pipelines.review import apply_reviews, default_reviews_path, load_findings, load_reviews, new_only

    out = Path(out_dir)
    if fmt not in ("jsonl", "parquet", "csv"):
        raise UsageError(f"format must be jsonl, parquet or csv, not {fmt!r}")
    codes = _codes(codes) if codes is not None else None
    if reviews_path is not None and not Path(reviews_path).exists():
        # a misspelt name would otherwise rewrite findings.jsonl with every finding unreviewed
        raise UsageError(f"{reviews_path}: reviews file not found (leave it out to use {default_reviews_path(out)})")
    reviews = load_reviews(reviews_path or default_reviews_path(out), missing_ok=True)
    load_lexicons()  # a bad lexicon line stops here, naming file and line, not in the middle of the checks
    suffix = f"-{'_'.join(codes)}" if codes else ""
    findings_path = out / f"findings{suffix}.jsonl"
    if findings_path.exists():
        previous = load_findings(findings_path)
    elif codes and (out / "findings.jsonl").exists():
        previous = [f for f in load_findings(out / "findings.jsonl") if f.rule in codes]
    else:
        previous = []
    findings, n, compared = _check_judgments(
        read_judgments(out), codes=codes, law_path=law_path, classcase=classcase, min_group_size=min_group_size
    )
    groups = compared.groups if compared is not None else None
    reviewed = apply_reviews(findings, reviews)
    states = {r.finding.key: r.state for r in reviewed}
    new_keys = {f.key for f in new_only(findings, reviews, previous)}
    run = CheckRun(out, n, findings, states, new_keys, groups=groups)

    def record(f: Finding) -> str:
        r = f.to_record()
        r["review"] = states.get(f.key, "unreviewed")  # "new" below: first seen in this run
        r["new"] = f.key in new_keys
        return json.dumps(r, ensure_ascii=False, default=str)

    _atomic_text(findings_path, (record(f) for f in findings))
    run.paths["findings"] = findings_path
    # the table asked for, and any an earlier run wrote (left as it was, it would contradict findings.jsonl)
    tables = [f for f in ("parquet", "csv") if f == fmt or (out / f"findings{suffix}.{f}").exists()]
    if tables:
        import pandas as pd

        from fayan.pipelines.tables import findings_frame

        frame = findings_frame(findings)
        # the review state of each finding, as in findings.jsonl and the report
        frame["review"] = pd.array([states.get(k, "unreviewed") for k in frame["key"]], dtype="string")
        frame["new"] = pd.array([k in new_keys for k in frame["key"]], dtype="boolean")
    for table in tables:
        target = out / f"findings{suffix}.{table}"
        tmp = target.with_name(f".{target.name}.tmp")
        if table == "parquet":
            frame.to_parquet(tmp, index=False)
        else:
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, target)
        run.paths["findings table" if table == fmt else f"findings table ({table}, kept up to date)"] = target
    if report:
        from fayan.pipelines.report import render_report

        flagged = {f.doc_id for f in findings}
        index = {j.id: j for j in read_judgments(out) if j.id in flagged}
        texts = _TextSource(index, out)
        run.paths["report"] = render_report(
            reviewed, index, texts, out / f"report{suffix}.html", hide_dismissed=hide_dismissed,
            classcase_summary=compared, new_keys=new_keys,
        )
    return run


class _TextSource:
    """Document texts for the report, re-read from the judgments' source files (once per file) as the batch read
    them: with its json/jsonl options, each document taken by its place among the file's documents (the manifest's
    doc_ids), as the batch may have given it an id of its own (a/x for one of two files named x)."""

    def __init__(self, index: dict[str, Judgment], out: Path):
        self.index = index
        self.entries = _manifest_entries(out)

    def __call__(self, doc_id: str) -> str | None:
        from fayan.pipelines.batch import read_options

        j = self.index.get(doc_id)
        if j is None or not j.source:
            return None
        entry = self.entries.get(j.source, {})
        texts = _texts_of(j.source, *read_options(entry))
        ids = entry.get("doc_ids") or []
        if doc_id in ids and len(ids) == len(texts):
            return texts[ids.index(doc_id)][1]
        return dict(texts).get(doc_id)


def _manifest_entries(out: Path) -> dict[str, dict[str, Any]]:
    """The current manifest entry of each file of the batch in ``out``; none where it has no manifest (the texts are
    then read without the batch's options, and taken by id)."""
    from fayan.pipelines.batch import read_manifest

    try:
        return {e["path"]: e for e in read_manifest(out)}
    except UsageError:  # (no manifest.jsonl: a judgments.jsonl put together otherwise)
        return {}


@lru_cache(maxsize=64)
def _texts_of(source: str, text_fields: Any = None, id_field: Any = None) -> tuple[tuple[str, str], ...]:
    """(id, text) of each document of ``source``, in the order read."""
    from fayan.pipelines.readers import Document, read_file

    if not Path(source).exists():
        return ()
    out: list[tuple[str, str]] = []
    try:
        for item in read_file(source, text_fields=text_fields, id_field=id_field):
            if isinstance(item, Document):
                out.append((item.id, item.original or item.text))
    except FayanError:
        return ()
    return tuple(out)
