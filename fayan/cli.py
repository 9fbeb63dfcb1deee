"""The ``fayan`` command: a thin shell over the library.

Each command parses its arguments, calls one library function, prints, and
sets the exit code (0 ok; 1 nothing could be processed; 2 usage error).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from fayan.errors import FayanError, UsageError

app = typer.Typer(
    name="fayan",
    help="法眼 fayan: read Chinese criminal judgments into tables and flag inconsistencies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def _fail(message: str, code: int = 2) -> None:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | parquet | csv")] = "jsonl",
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes (1 = in-process).")] = 1,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    check: Annotated[bool, typer.Option("--check", help="Also run the consistency checks and write the report.")] = False,
    text_field: Annotated[Optional[list[str]], typer.Option(help="Text field(s) of json/jsonl records.")] = None,
    id_field: Annotated[Optional[str], typer.Option(help="Id field of json/jsonl records.")] = None,
    incremental: Annotated[bool, typer.Option(help="Skip inputs unchanged since the last run in OUT.")] = True,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Extract judgments from PATHS into OUT.

    Example: fayan extract examples/ -o out/ --format jsonl --workers 2

    OUT/judgments.jsonl holds one record per document (the output contract);
    OUT/manifest.jsonl lists every input as ok or failed with the reason.
    """
    from fayan.pipelines.batch import exit_code, run_batch

    if fmt not in ("jsonl", "parquet", "csv"):
        _fail(f"--format must be jsonl, parquet or csv, not {fmt!r}")
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    try:
        summary = run_batch(
            paths,
            out,
            fmt=fmt,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            incremental=incremental,
            progress=progress and sys.stderr.isatty(),
            text_fields=text_field or None,
            id_field=id_field,
        )
    except UsageError as exc:
        _fail(str(exc))
    console.print(summary.render())
    if check:
        from fayan.pipelines.checks.run import check_output

        console.print(check_output(out, fmt=fmt).render())
    raise typer.Exit(exit_code(summary))


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One document (txt, docx, html, json with one record).")],
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write the entities rendered by displaCy here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON instead.")] = False,
) -> None:
    """Print a document's sections and extracted fields, for a person checking one document.

    Example: fayan show examples/theft_single.txt
    """
    from fayan.pipelines.readers import read_text
    from fayan.pipelines.show import render_show

    try:
        doc = read_text(file)
    except FayanError as exc:
        _fail(str(exc), 1)
    from fayan.pipelines.assemble import extract_document

    judgment = extract_document(doc)
    if as_json:
        console.print_json(json.dumps(judgment.to_record(), ensure_ascii=False))
    else:
        render_show(doc, judgment, console)
    if html is not None:
        from fayan.nlp.spacy_pipeline import render_html

        html.write_text(render_html(doc.text), encoding="utf-8")
        console.print(f"entities written to {html}")


@app.command("eval")
def eval_cmd(
    pred: Annotated[Path, typer.Argument(help="Predicted records (JSONL), e.g. OUT/judgments.jsonl.")],
    gold: Annotated[Path, typer.Option("--gold", help="Hand-labelled gold records (JSONL, same schema).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List every wrong value.")] = False,
) -> None:
    """Per-field accuracy of PRED against GOLD (defendants matched by name within a document).

    Example: fayan eval out/judgments.jsonl --gold ../shared/data/gold/dev.jsonl
    """
    from fayan.pipelines.evaluate import evaluate_files

    try:
        report = evaluate_files(gold, pred)
    except (FayanError, OSError) as exc:
        _fail(str(exc))
    if as_json:
        d = report.to_dict()
        if not misses:
            d.pop("misses")
        console.print_json(json.dumps(d, ensure_ascii=False))
        return
    console.print(report.render())
    if misses:
        for m in report.misses:
            console.print(json.dumps(m, ensure_ascii=False))


@app.command()
def check(
    out: Annotated[Path, typer.Argument(help="An output folder of `fayan extract` (holding judgments.jsonl).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Also write findings as parquet or csv.")] = "jsonl",
    report: Annotated[bool, typer.Option(help="Write OUT/report.html.")] = True,
    classcase: Annotated[bool, typer.Option(help="Run the class-case comparison (C1).")] = True,
    rules: Annotated[Optional[str], typer.Option(help="Only these rule codes, comma-separated (e.g. E6,E7).")] = None,
    reviews: Annotated[Optional[Path], typer.Option(help="Reviews file (default OUT/reviews.jsonl).")] = None,
    min_group_size: Annotated[int, typer.Option(help="Smallest class-case group that is compared.")] = 30,
    hide_dismissed: Annotated[bool, typer.Option(help="Leave dismissed findings out of the report.")] = False,
) -> None:
    """Run the consistency checks over an extract output; write OUT/findings.jsonl and OUT/report.html.

    Example: fayan check out/ --format parquet
    """
    from fayan.pipelines.checks.run import check_output

    codes = [c.strip() for c in rules.split(",") if c.strip()] if rules else None
    try:
        run = check_output(
            out, fmt=fmt, report=report, classcase=classcase, reviews_path=reviews, codes=codes,
            min_group_size=min_group_size, hide_dismissed=hide_dismissed,
        )  # fmt: skip
    except UsageError as exc:
        _fail(str(exc))
    console.print(run.render())


@app.command()
def review(
    out: Annotated[Path, typer.Argument(help="The output folder whose findings.jsonl holds the finding.")],
    key: Annotated[str, typer.Argument(help="The finding's key (column `key` of findings.jsonl).")],
    confirm: Annotated[bool, typer.Option("--confirm", help="The inconsistency is real.")] = False,
    dismiss: Annotated[bool, typer.Option("--dismiss", help="A false alarm.")] = False,
    note: Annotated[str, typer.Option(help="Why (shown in the report).")] = "",
    reviewer: Annotated[str, typer.Option(help="Who decided.")] = "",
    date: Annotated[Optional[str], typer.Option(help="Decision date, YYYY-MM-DD (default: today).")] = None,
) -> None:
    """Record a reviewer's decision on a finding; later `fayan check` runs honour it.

    Example: fayan review out/ 3f2a9c0d1e4b5a67 --dismiss --note "起算日系抓获之日"
    """
    import datetime as _dt

    from fayan.pipelines.review import add_review, default_reviews_path, load_findings

    if confirm == dismiss:
        _fail("give exactly one of --confirm or --dismiss")
    findings_path = out / "findings.jsonl"
    if not findings_path.exists():
        _fail(f"{findings_path}: not found; run `fayan check {out}` first")
    found = [f for f in load_findings(findings_path) if f.key == key]
    if not found:
        _fail(f"no finding with key {key} in {findings_path}")
    f = found[0]
    when = date or _dt.date.today().isoformat()
    path = default_reviews_path(out)
    add_review(
        path, key, "confirmed" if confirm else "dismissed", note, date=when, reviewer=reviewer,
        rule=f.rule, doc_id=f.doc_id, defendant=f.defendant,
    )  # fmt: skip
    console.print(f"{'confirmed' if confirm else 'dismissed'} {f.rule} {f.doc_id}: {f.message}\nrecorded in {path}")


def main() -> None:
    """Entry point of the ``fayan`` console script."""
    try:
        app()
    except FayanError as exc:
        err_console.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
