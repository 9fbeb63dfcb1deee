"""The ``fayan`` command: a thin shell over the library.

Each command parses its arguments, calls one library function, prints, and
sets the exit code (0 ok; 1 nothing could be processed; 2 usage error).
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.text import Text

from fayan.errors import FayanError, LexiconError, UsageError

if TYPE_CHECKING:  # the NER model needs torch: imported by the commands that use it
    from fayan.nlp.ner.model import NerModel

app = typer.Typer(
    name="fayan",
    help="法眼 fayan: read Chinese criminal judgments into tables and flag inconsistencies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# markup=False: paths, messages and document text print as written (rich would read "fayan[ner]" or a file named
# "[draft]x.txt" as style tags and drop them); styled bits are built as Text.
# soft_wrap: a long message stays one line (a terminal wraps it; a pipe or file gets it whole, for grep)
console = Console(highlight=False, markup=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


def _error_line(message: object) -> Text:
    return Text.assemble(("error:", "bold red"), " ", str(message))


def _fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(_error_line(message))
    raise typer.Exit(code)


def _ner_model() -> NerModel:
    """The shipped NER model, or exit 2 saying what is missing (torch, the weights)."""
    from fayan.nlp.ner import load_model

    try:
        return load_model()
    except FayanError as exc:
        _fail(str(exc))


def _require_inputs(paths: list[Path]) -> None:
    """A missing input path is a usage error (exit 2), named."""
    missing = [str(p) for p in paths if not os.path.lexists(p)]  # (a link in a loop exists: read_file reports it)
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")


def _check_output_file(path: Path, option: str, *, create_parents: bool = True) -> None:
    """Fail (exit 2) before any work when ``path`` cannot be written as a file: it is a folder, a file stands where
    one of its folders would be, or (``create_parents`` false) its folder does not exist."""
    if path.is_dir():
        _fail(f"{path}: {option} names a folder; give a file name")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                _fail(f"{path}: cannot write {option} here: {parent} is a file, not a folder")
            break
        if not create_parents:
            _fail(f"{path}: cannot write {option} here: the folder {parent} does not exist")


def _write_failed(path: Path, option: str, exc: OSError) -> None:
    _fail(f"{path}: cannot write {option}: {exc.strerror or exc}")


# what writing a file the user named can raise for a path that is wrong (a folder, a file as a folder, no rights)
_BAD_OUTPUT_PATH = (IsADirectoryError, NotADirectoryError, FileExistsError, FileNotFoundError, PermissionError)


# how json/jsonl records are read (fayan extract, fayan show, and the lexicon commands that read documents)
_TextFieldOption = Annotated[Optional[list[str]], typer.Option(
    "--text-field", help="Text field(s) of json/jsonl records; doc.qwContent reaches into a nested object.")]
_IdFieldOption = Annotated[Optional[str], typer.Option(
    "--id-field", help="Id field of json/jsonl records (dotted for a nested one).")]


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | parquet | csv")] = "jsonl",
    workers: Annotated[int, typer.Option(
        "--workers", "-w",
        help="Worker processes (0 = one per CPU, 1 = in-process); each runs torch/BLAS on its share of the CPUs.",
    )] = 0,
    chunk_size: Annotated[int, typer.Option(help="Documents per output chunk (Parquet part / manifest commit).")] = 1000,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    check: Annotated[bool, typer.Option("--check", help="Also run the consistency checks and write the report.")] = False,
    text_field: _TextFieldOption = None,
    id_field: _IdFieldOption = None,
    incremental: Annotated[
        bool,
        typer.Option(help="Skip inputs unchanged since the last run in OUT; OUT keeps the records of inputs not given "
                          "this time (--no-incremental starts OUT afresh)."),
    ] = True,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    ner: Annotated[bool, typer.Option("--ner", help="Also run the NER model on the facts (needs fayan\\[ner]).")] = False,
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
    if workers < 0:
        _fail(f"--workers must be 0 (one per CPU) or more, got {workers}")
    if chunk_size < 1:
        _fail(f"--chunk-size must be at least 1, got {chunk_size}")
    if scheduler and engine != "dask":
        _fail("--scheduler is for --engine dask (it names a running Dask scheduler)")
    _require_inputs(paths)
    extract_fn = None
    if ner:
        from fayan.pipelines.assemble import extract_document_ner

        _ner_model()  # fail now, with the fix, rather than once per document
        extract_fn = extract_document_ner
    try:
        summary = run_batch(
            paths,
            out,
            fmt=fmt,
            workers=workers or None,
            chunk_size=chunk_size,
            engine=engine,
            scheduler=scheduler,
            incremental=incremental,
            progress=progress and sys.stderr.isatty(),
            text_fields=text_field or None,
            id_field=id_field,
            extract=extract_fn,
        )
    except (UsageError, LexiconError) as exc:
        _fail(str(exc))
    console.print(summary.render())
    if check:
        from fayan.pipelines.checks.run import check_output

        console.print(check_output(out, fmt=fmt).render())
    raise typer.Exit(exit_code(summary))


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One document (txt, docx, pdf, html, json with one record).")],
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write the entities rendered by displaCy here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON instead.")] = False,
    record: Annotated[Optional[str], typer.Option(
        "--record", help="In a json/jsonl file of several records: the record's id, or its number (1 for the first).")] = None,
    text_field: _TextFieldOption = None,
    id_field: _IdFieldOption = None,
    ner: Annotated[bool, typer.Option(
        "--ner", help="Also run the NER model on the facts, as extract --ner does (victims, stolen items with their "
        "values, places; needs fayan\\[ner]).")] = False,
) -> None:
    """Print a document's sections and extracted fields, for a person checking one document.

    Example: fayan show examples/theft_single.txt --ner
    """
    from fayan.pipelines.readers import ReadFailure, read_file
    from fayan.pipelines.show import render_show
    from fayan.types import Document

    if not file.exists():
        _fail(f"no such file: {file}")
    if file.is_dir():
        _fail(f"{file}: is a folder; fayan show takes one file (for a folder: fayan extract {file} -o OUT)")
    if html is not None:
        _check_output_file(html, "--html", create_parents=False)
    model = _ner_model() if ner else None
    items = list(read_file(file, text_fields=text_field or None, id_field=id_field))
    docs = [x for x in items if isinstance(x, Document)]
    if record is not None:
        chosen = [d for d in docs if d.id == record]
        if not chosen and record.isdigit() and 1 <= int(record) <= len(items):
            chosen = [items[int(record) - 1]]  # type: ignore[list-item]
        if not chosen:
            _fail(f"{file}: no record {record!r} (ids: {', '.join(d.id for d in docs[:10])}"
                  f"{' …' if len(docs) > 10 else ''}; or a number from 1 to {len(items)})", 1)
        items = chosen  # type: ignore[assignment]
    elif len(items) > 1:
        _fail(f"{file}: holds {len(items)} records ({len(docs)} readable); fayan show prints one: choose it with "
              f"--record ID or --record N (ids: {', '.join(d.id for d in docs[:5])}{' …' if len(docs) > 5 else ''}), "
              "or run fayan extract on the file for all of them", 1)
    if not items:
        _fail(f"{file}: holds no document", 1)
    if isinstance(items[0], ReadFailure):
        _fail(items[0].reason, 1)
    doc = items[0]
    from fayan.pipelines.assemble import extract_document

    judgment = extract_document(doc, ner=model)
    if as_json:
        console.print_json(json.dumps(judgment.to_record(), ensure_ascii=False))
    else:
        render_show(doc, judgment, console)
    if html is not None:
        from fayan.nlp.spacy_pipeline import render_html

        try:
            html.write_text(render_html(doc.text), encoding="utf-8")
        except _BAD_OUTPUT_PATH as exc:
            _write_failed(html, "--html", exc)
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
    if not report.gold_docs:  # 0/0 matched is no result: exit 1, as when nothing matches
        _fail(f"{gold}: holds no gold record: nothing was evaluated", 1)
    if as_json:
        d = report.to_dict()
        if not misses:
            d.pop("misses")
        console.print_json(json.dumps(d, ensure_ascii=False))
    else:
        console.print(report.render())
        if misses:
            for m in report.misses:
                console.print(json.dumps(m, ensure_ascii=False))
    if report.gold_docs and not report.pred_docs_matched:
        err_console.print(Text.assemble(
            ("warning:", "bold yellow"),
            f" no predicted document of {pred} matches a gold document of {gold} (by id) — were they extracted from "
            "the same files?"))
        raise typer.Exit(1)


@app.command()
def check(
    out: Annotated[Path, typer.Argument(help="An output folder of `fayan extract` (holding judgments.jsonl).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Also write findings as parquet or csv.")] = "jsonl",
    report: Annotated[bool, typer.Option(help="Write OUT/report.html.")] = True,
    classcase: Annotated[bool, typer.Option(help="Run the class-case comparison (C1).")] = True,
    rules: Annotated[
        Optional[str],
        typer.Option(help="Only these rule codes, comma-separated (e.g. E6,E7); written to OUT/findings-E6_E7.jsonl and "
                          "OUT/report-E6_E7.html, leaving the full run's files as they are."),
    ] = None,
    reviews: Annotated[Optional[Path], typer.Option(
        help="Reviews file; one named here must exist (default OUT/reviews.jsonl, if there is one).")] = None,
    min_group_size: Annotated[int, typer.Option(help="Smallest class-case group that is compared.")] = 30,
    hide_dismissed: Annotated[bool, typer.Option(help="Leave dismissed findings out of the report.")] = False,
) -> None:
    """Run the consistency checks over an extract output; write OUT/findings.jsonl and OUT/report.html.

    Example: fayan check out/ --format parquet
    """
    from fayan.pipelines.checks.run import check_output

    if min_group_size < 3:
        _fail(f"--min-group-size must be at least 3, got {min_group_size}")
    codes = [c.strip() for c in rules.split(",") if c.strip()] if rules else None
    if not classcase and codes is not None and "C1" in {c.upper() for c in codes}:
        _fail("--rules C1 asks for the class-case comparison, which --no-classcase turns off")
    try:
        run = check_output(
            out, fmt=fmt, report=report, classcase=classcase, reviews_path=reviews, codes=codes,
            min_group_size=min_group_size, hide_dismissed=hide_dismissed,
        )  # fmt: skip
    except FayanError as exc:  # a bad option, a damaged judgments.jsonl or reviews file, a bad lexicon line: file:line
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

    from fayan.pipelines.review import _check_date, add_review, default_reviews_path, load_findings

    if confirm == dismiss:
        _fail("give exactly one of --confirm or --dismiss")
    if date is not None and not _check_date(date):
        _fail(f"--date must be a date written YYYY-MM-DD, not {date!r}")
    findings_path = out / "findings.jsonl"
    paths = ([findings_path] if findings_path.exists() else []) + sorted(out.glob("findings-*.jsonl"))
    if not paths:
        _fail(f"{findings_path}: not found; run `fayan check {out}` first")
    found = [f for p in paths for f in load_findings(p) if f.key == key]
    if not found:
        _fail(f"no finding with key {key} in {', '.join(str(p) for p in paths)}")
    f = found[0]
    when = date or _dt.date.today().isoformat()
    path = default_reviews_path(out)
    add_review(
        path, key, "confirmed" if confirm else "dismissed", note, date=when, reviewer=reviewer,
        rule=f.rule, doc_id=f.doc_id, defendant=f.defendant,
    )  # fmt: skip
    console.print(f"{'confirmed' if confirm else 'dismissed'} {f.rule} {f.doc_id}: {f.message}\nrecorded in {path}")


def _default_data_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@app.command("train-ner")
def train_ner_cmd(
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Where to write the model (default: the package's model folder).")] = None,
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder holding ner/ and the pre-training texts.")] = None,
    extra: Annotated[Optional[list[Path]], typer.Option(help="More training data in fayan NER JSONL (e.g. from `fayan lexicon import`).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (training is deterministic for a seed).")] = 0,
    threads: Annotated[int, typer.Option(help="CPU threads for torch.")] = 2,
    device: Annotated[str, typer.Option(
        help="Where to train: cpu reproduces the shipped model (on an Intel Xeon with AMX); cuda is faster (needs a "
             "CUDA build of torch and a GPU) but computes differently, so its model differs.")] = "cpu",
    max_minutes: Annotated[float, typer.Option(
        help="Safety stop: end training after this many minutes. A run stopped early exits 1, and without -o "
             "it leaves the package's model as it was.")] = 120.0,
    precision: Annotated[str, typer.Option(
        help="auto: bfloat16 where the CPU (or GPU) computes it natively (AVX512-BF16, AMX), else float32; "
             "bf16 or fp32 to choose. The shipped model was trained in bfloat16: float32 gives other weights, and "
             "bfloat16 on a CPU without it is tens of times slower.")] = "auto",
) -> None:
    """Train the NER model from scratch on the NER data (+ extra annotations); reproduces the shipped model on the
    CPU it was trained on (an Intel Xeon with AMX).

    Without -o the new model replaces the package's own, once training has run to the end. It took
    20 minutes on 2 cores of an Intel Xeon with AMX (bfloat16) and 16 to 31 on an AMD EPYC Zen 4 with
    AVX512-BF16, by the host; a CPU without native bfloat16 (AVX2 only) trains in float32, 57 minutes on 2 cores of
    an AMD EPYC Zen 3. Other CPUs give other weights of the same quality (see fayan/models/ner/MODEL_CARD.md).

    Example: fayan train-ner --data ../shared/data -o my-model/
    """
    from fayan.nlp.ner import TrainConfig, train_ner
    from fayan.nlp.ner.data import MODEL_DIR
    from fayan.pipelines.batch import _atomic_write

    if threads < 1:
        _fail(f"--threads must be at least 1, got {threads}")
    if max_minutes <= 0:
        _fail(f"--max-minutes must be more than 0, got {max_minutes:g}")
    precisions = {"auto": None, "bf16": True, "fp32": False}
    if precision not in precisions:
        _fail(f"--precision must be auto, bf16 or fp32, got {precision!r}")
    data_dir = data or _default_data_dir()
    if not (data_dir / "ner").is_dir():
        _fail(f"{data_dir}: no ner/ folder here; pass --data pointing at the shared data folder")
    with tempfile.TemporaryDirectory(prefix="fayan-ner-") as tmp:
        # without -o, train beside and copy in only a finished model: a run cut short by --max-minutes must not
        # replace the shipped weights
        target = out if out is not None else Path(tmp)
        try:
            report = train_ner(target, data_dir=data_dir, seed=seed, threads=threads, max_minutes=max_minutes,
                               extra_train_files=tuple(extra or ()), log=lambda msg: err_console.print(msg),
                               device=device, config=TrainConfig(bf16=precisions[precision]))
        except FayanError as exc:
            _fail(str(exc))
        if report.stopped_early:
            console.print(report.render(where=None if out is not None else "a temporary folder, now removed"))
            where = (f"the model in {out} is under-trained" if out is not None
                     else f"the package's model in {MODEL_DIR} was left as it was")
            _fail(f"training stopped early at --max-minutes {max_minutes:g}: {where}; "
                  "raise --max-minutes to train in full", code=1)
        if out is None:
            for f in sorted(Path(tmp).iterdir()):
                with _atomic_write(Path(MODEL_DIR) / f.name, "wb") as fh:
                    fh.write(f.read_bytes())
        console.print(report.render(
            where=None if out is not None else f"{MODEL_DIR} (trained in a temporary folder, copied in when finished)"))


@app.command("eval-ner")
def eval_ner_cmd(
    file: Annotated[Path, typer.Argument(help="Annotated NER data: the drug-case JSONL (entityMentions) or the theft-case JSON.")],
    model: Annotated[Optional[Path], typer.Option(help="Model folder (default: the shipped model).")] = None,
    split: Annotated[str, typer.Option(help="all | heldout | train (heldout reproduces the model card).")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (with micro_f1).")] = False,
    fp32: Annotated[bool, typer.Option("--fp32", help="Run the network in float32 where it would run in bfloat16.")] = False,
    bootstrap: Annotated[int, typer.Option(help="Also give a 95 % interval of the micro F1: draw the records again this many times, whole groups (CAIL articleIds) at a time (0: none).")] = 0,
    against: Annotated[Optional[str], typer.Option(help="Also score this model folder ('shipped': the package's) on the same records; with --bootstrap, the paired interval of the difference.")] = None,
    errors: Annotated[Optional[Path], typer.Option(help="Write every disagreement with the gold to this JSONL file (record, line, kind, gold, prediction, context) and count them per label and kind.")] = None,
) -> None:
    """Exact-span precision, recall and F1 per label and micro-averaged, in the file's own label set.

    The network runs in bfloat16 where the CPU computes it natively (AVX512-BF16, AMX), else in float32; the
    report names the model version and which of the two ran. With --bootstrap N the report adds how far the micro
    F1 would move on another draw of the file's groups of records (a percentile bootstrap, seed 0). With
    --against OTHER it scores a second model on the same records and gives the difference, and with --bootstrap
    the interval of that difference, both models drawn on the same groups (whether a retrained model is better).
    With --errors FILE it writes every miss and false find, with the text around it, to FILE (one JSON object a
    line): a boundary disagreement (the same label over other ends), a label one, a missed or a spurious entity,
    to read whether the model or the gold is wrong.

    Example: fayan eval-ner ../shared/data/ner/cail2022_drug_train.jsonl --split heldout --bootstrap 2000 --json
    Example: fayan eval-ner my_labels.jsonl --model retrained/ --against shipped --bootstrap 2000
    Example: fayan eval-ner my_labels.jsonl --errors errors.jsonl
    """
    import copy

    from fayan.nlp.ner import evaluate_file, load_model

    if split not in ("all", "heldout", "train"):
        _fail("--split must be all, heldout or train")
    if bootstrap < 0:
        _fail(f"--bootstrap must be 0 (none) or a number of resamples, not {bootstrap}")

    def precision(m: NerModel) -> NerModel:
        if fp32 and m.bf16:
            m = copy.copy(m)  # load_model's instance is shared (cached): switch a copy
            m.bf16 = False
        return m

    try:
        ner = precision(load_model(model))
        other = None if against is None else precision(load_model(None if against == "shipped" else Path(against)))
        report = evaluate_file(file, ner, split=split, resamples=bootstrap,  # type: ignore[arg-type]  # split checked above
                               against=other, errors=errors is not None)
    except FayanError as exc:
        _fail(str(exc))
    if not report.records:  # a micro F1 of 0.0000 over support 0 would read as a result
        where = "holds no annotated record" if split == "all" else (
            f"no record falls in its {split} part (the split is by group: a file of few groups may leave a part empty;"
            " --split all scores every record)")
        _fail(f"{file}: {where}: nothing was evaluated", 1)
    if errors is not None:
        from fayan.pipelines.batch import _atomic_write

        try:
            with _atomic_write(errors) as fh:
                for d in report.errors or ():
                    fh.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
        except OSError as exc:
            _fail(f"{errors}: cannot write the disagreements ({exc.strerror or exc})")
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        console.print(report.render())


lexicon_app = typer.Typer(help="Tools for annotators who edit fayan/lexicons/ and label data.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("check")
def lexicon_check(
    directory: Annotated[Optional[Path], typer.Option("--dir", help="Lexicon folder (default: $FAYAN_LEXICONS or the package's).")] = None,
    corpus: Annotated[Optional[Path], typer.Option(help="Documents whose contexts test jieba's segmentation of entries.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_severity: Annotated[str, typer.Option(help="info | warning | error")] = "info",
    text_field: _TextFieldOption = None,
    id_field: _IdFieldOption = None,
) -> None:
    """Report parse errors (file:line), duplicates, conflicts between files, and entries jieba splits in context.

    The corpus inputs that could not be read are counted, with the first reasons; when none could be read, the
    command exits 1 (the segmentation was not checked).

    Example: fayan lexicon check --dir my-lexicons/ --corpus examples/
    """
    from fayan.pipelines.lexicon_tools import _SEVERITIES, check_lexicons

    if min_severity not in _SEVERITIES:
        _fail(f"--min-severity must be info, warning or error, not {min_severity!r}")
    report = check_lexicons(directory, corpus=corpus, text_fields=text_field or None, id_field=id_field)
    if as_json:
        console.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        console.print(report.render(min_severity=min_severity))
    if report.corpus_unread:
        _fail(f"no document of {report.corpus} could be read ({len(report.corpus_failures)} inputs failed): "
              "segmentation not checked", 1)
    raise typer.Exit(report.exit_code)


@lexicon_app.command("diff")
def lexicon_diff(
    corpus: Annotated[Path, typer.Option(help="Documents to extract with both lexicon versions.")],
    before: Annotated[Optional[Path], typer.Option(help="Lexicons before the edit (default: the shipped ones / git HEAD).")] = None,
    after: Annotated[Optional[Path], typer.Option(help="Lexicons after the edit (default: $FAYAN_LEXICONS / working copy).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    max_docs: Annotated[int, typer.Option(help="Documents to list in full.")] = 200,
    ner: Annotated[bool, typer.Option(
        "--ner", help="Run the NER model on the facts on both sides (extract --ner): edits read only with it "
        "(body_parts.txt) show in the victims, stolen items, places and entities. Needs the ner extra.")] = False,
    ner_model: Annotated[Optional[Path], typer.Option(help="NER model folder for --ner (default: the shipped one).")] = None,
    ner_model_before: Annotated[Optional[Path], typer.Option(
        help="NER model folder the before side runs (default: as --ner-model; with the shipped model and the "
        "lexicons edited in place, git HEAD's, so that an edit of its labels.json cue lists shows).")] = None,
    text_field: _TextFieldOption = None,
    id_field: _IdFieldOption = None,
) -> None:
    """Show which extracted values change after a lexicon edit (before → after, per document).

    The inputs that failed on both sides (could not be read) are counted, with the first reasons; when no document
    could be compared, the command exits 1.

    Example: fayan lexicon diff --corpus ../shared/data/judgments/dev --after my-lexicons/ [--ner]
    """
    from fayan.pipelines.lexicon_tools import diff_lexicons

    if (ner_model is not None or ner_model_before is not None) and not ner:
        _fail("--ner-model and --ner-model-before are for --ner (the models the two sides run)")
    if max_docs < 0:
        _fail(f"--max-docs must be 0 or more, got {max_docs}")
    try:
        report = diff_lexicons(corpus, before, after, ner=ner, ner_model=ner_model, ner_model_before=ner_model_before,
                               text_fields=text_field or None, id_field=id_field)
    except FayanError as exc:
        _fail(str(exc))
    if as_json:
        console.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        console.print(report.render(max_documents=max_docs))
    if not report.n_compared:
        _fail(f"nothing compared: no document of {corpus} could be read ({len(report.failures)} inputs failed)", 1)


@lexicon_app.command("export")
def lexicon_export(
    paths: Annotated[list[Path], typer.Argument(help="Documents (files or folders).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (.json for Label Studio, .jsonl for Doccano).")],
    fmt: Annotated[str, typer.Option("--format", help="label-studio | doccano")] = "label-studio",
    predictions: Annotated[bool, typer.Option(help="Include pre-annotations from the rules (and the NER model).")] = True,
    model: Annotated[str, typer.Option(help="Model version written into the pre-annotations.")] = "rules+ner",
    ner_model: Annotated[Optional[Path], typer.Option(help="NER model folder (default: the shipped one).")] = None,
    text_field: _TextFieldOption = None,
    id_field: _IdFieldOption = None,
) -> None:
    """Export documents with pre-annotations for Label Studio (JSON + labeling config) or Doccano (JSONL).

    Example: fayan lexicon export examples/ -o tasks.json --format label-studio
    """
    from fayan.pipelines.annotate import export_doccano, export_label_studio

    if fmt not in ("label-studio", "doccano"):
        _fail(f"--format must be label-studio or doccano, not {fmt!r}")
    _require_inputs(paths)
    _check_output_file(out, "--out")
    fn = export_label_studio if fmt == "label-studio" else export_doccano
    try:
        summary = fn(paths, out, with_predictions=predictions, model=model, ner_model_path=ner_model,
                     text_fields=text_field or None, id_field=id_field)
    except FayanError as exc:
        _fail(str(exc))
    except _BAD_OUTPUT_PATH as exc:
        _write_failed(Path(exc.filename) if exc.filename else out, "--out", exc)
    console.print(summary.render())
    if not summary.documents:
        _fail(f"nothing exported: no document could be read from {', '.join(map(str, paths))}; "
              f"{out} was not written", 1)


@lexicon_app.command("import")
def lexicon_import(
    file: Annotated[Path, typer.Argument(help="A Label Studio JSON export or a Doccano JSONL export.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Training file to write (fayan NER JSONL).")],
    fmt: Annotated[str, typer.Option("--format", help="label-studio | doccano")] = "label-studio",
    labels: Annotated[Optional[str], typer.Option(help="Only these labels were annotated, comma-separated.")] = None,
    text_key: Annotated[str, typer.Option(help="Label Studio data key holding the text.")] = "text",
    unreviewed: Annotated[
        bool, typer.Option(help="Label Studio: also read tasks nobody annotated, from their pre-annotations.")
    ] = False,
) -> None:
    """Import span annotations as training data for `fayan train-ner --extra FILE`.

    Label Studio tasks the annotator skipped are left out, and so are tasks nobody annotated (their pre-annotations
    are fayan's own guesses) unless --unreviewed; the summary counts them. Spans are read from results of type labels
    and hypertextlabels (with character offsets); other results (relations, choices …) are counted in a warning, and
    a task with no other result is left out. A text whose every span has a label that is no NER label (a typo such as
    DEFENDENT) is left out too, not written as a text without entities.

    Example: fayan lexicon import export.json --format label-studio -o extra_train.jsonl
    """
    from fayan.pipelines.annotate import annotated_ner_labels, import_doccano, import_label_studio, write_training_jsonl

    if fmt not in ("label-studio", "doccano"):
        _fail(f"--format must be label-studio or doccano, not {fmt!r}")
    if not file.exists():
        _fail(f"no such file: {file}")
    _check_output_file(out, "--out")
    skipped: list[str] = []
    skipped_results: Counter[str] = Counter()
    try:
        annotated = None
        if labels:
            annotated = annotated_ner_labels([lab.strip() for lab in labels.split(",") if lab.strip()] or [labels], "--labels")
        if fmt == "label-studio":
            items = import_label_studio(file, text_key=text_key, unreviewed=unreviewed, skipped=skipped,
                                        skipped_results=skipped_results)
        else:
            items = import_doccano(file)
        summary = write_training_jsonl(items, out, annotated_labels=annotated)
    except FayanError as exc:
        _fail(str(exc))
    except _BAD_OUTPUT_PATH as exc:  # only writing can meet them: the input was read through read_utf8
        _write_failed(out, "--out", exc)
    console.print(summary.render())
    if skipped:
        console.print(f"{len(skipped)} tasks left out:")
        for line in skipped[:10]:
            console.print(f"  {line}")
        if len(skipped) > 10:
            console.print(f"  … and {len(skipped) - 10} more")
    if skipped_results:
        err_console.print(Text.assemble(
            ("warning:", "bold yellow"),
            f" {sum(skipped_results.values())} annotation results not read, of types "
            f"{', '.join(f'{k} ({n})' for k, n in skipped_results.most_common())}: fayan reads spans from results "
            "of type labels, and hypertextlabels with character offsets into the text"))


def _reflow(doc: str) -> str:
    """``doc`` with the lines of each paragraph joined, except lines that start with ``Example:``.

    typer (0.29, rich mode) prints a docstring's line breaks as they are, so a paragraph written to the code's width
    wraps raggedly on a narrower terminal; joined, the terminal wraps it whole."""
    paragraphs = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not line.startswith("Example:") and not lines[-1].startswith("Example:"):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


for _command in (*app.registered_commands, *lexicon_app.registered_commands):
    if _command.help is None and _command.callback is not None and _command.callback.__doc__:
        _command.help = _reflow(_command.callback.__doc__)


def main() -> None:
    """Entry point of the ``fayan`` console script."""
    try:
        app()
    except FayanError as exc:
        err_console.print(_error_line(exc))
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
