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
    console.print(summary.render() if hasattr(summary, "render") else str(summary))
    if check:
        from fayan.pipelines.checks import check_output

        result = check_output(out, fmt=fmt)
        console.print(result.render())
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


def main() -> None:
    """Entry point of the ``fayan`` console script."""
    try:
        app()
    except FayanError as exc:
        err_console.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
