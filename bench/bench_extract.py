"""Throughput and memory of extraction, with plain jieba segmentation as the yardstick.

    python bench/bench_extract.py                      # rows on bench/corpus/c1000 (built if missing)
    python bench/bench_extract.py --batch 100000 -w 2  # the run_batch row on a 100,000-document corpus
    python bench/bench_extract.py --report             # only rewrite bench/RESULTS.md from saved results

Rows, each measured in its own child process on the same documents (read and
normalised before timing starts; models and dictionaries loaded and warmed
up before timing starts):

* ``jieba.lcut``: ``jieba.lcut(doc.text)`` per document, the yardstick;
* ``extract``: :func:`fayan.pipelines.assemble.extract_document`;
* ``extract + NER``: ``extract_document(doc, ner=fayan.nlp.ner.load_model())`` (entities in the facts)
  (skipped with a note when the model or torch is not available);
* per-document CPU time (``time.process_time``) of one typical judgment (the
  median-length document of the corpus), median of 30 repeats;
* ``run_batch``: the whole pipeline through :func:`fayan.pipelines.batch.run_batch`
  (reading, extraction in worker processes, Parquet + JSONL output, manifest).

Peak RSS is sampled with psutil every 50 ms over the child process and all of
its children (worker processes included).  Results are saved as JSON under
``bench/out/`` and rendered to ``bench/RESULTS.md`` with the machine's description.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
RESULTS = HERE / "RESULTS.md"
SAMPLE_S = 0.05

ROWS = ("jieba", "extract", "extract_ner")
ROW_NAMES = {
    "jieba": "jieba.lcut (yardstick)",
    "extract": "extract_document",
    "extract_ner": "extract_document(ner=load_model())",
}


# ---------------------------------------------------------------------------
# Child side: one measurement in this process


def _load_docs(corpus: Path, n: int) -> list[Any]:
    from fayan.pipelines.readers import ReadFailure, read_paths

    docs = []
    for item in read_paths(corpus):
        if not isinstance(item, ReadFailure):
            docs.append(item)
            if len(docs) == n:
                break
    return docs


def _timed(fn: Any, docs: list[Any]) -> dict[str, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        fn(d)
    return {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}


def _typical_cpu_ms(fn: Any, docs: list[Any], repeats: int = 30) -> dict[str, Any]:
    doc = sorted(docs, key=lambda d: len(d.text))[len(docs) // 2]
    fn(doc)
    times = []
    for _ in range(repeats):
        c0 = time.process_time()
        fn(doc)
        times.append((time.process_time() - c0) * 1000)
    return {"chars": len(doc.text), "median_ms": statistics.median(times), "min_ms": min(times)}


def child_row(row: str, corpus: Path, n: int) -> dict[str, Any]:
    docs = _load_docs(corpus, n)
    result: dict[str, Any] = {"row": row, "docs": len(docs), "chars": sum(len(d.text) for d in docs)}
    if row == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()

        def fn(d: Any) -> Any:
            return jieba.lcut(d.text)
    elif row == "extract":
        from fayan.pipelines.assemble import extract_document as fn
    elif row == "extract_ner":
        from fayan.errors import ModelError
        from fayan.pipelines.assemble import extract_document

        try:
            from fayan.nlp.ner import load_model

            model = load_model()
        except ModelError as exc:
            return {**result, "skipped": str(exc)}

        def fn(d: Any) -> Any:
            return extract_document(d, ner=model)
    else:
        raise SystemExit(f"unknown row {row}")
    for d in docs[:3]:  # warm-up: dictionaries, lexicons, caches
        fn(d)
    result.update(_timed(fn, docs))
    result["typical"] = _typical_cpu_ms(fn, docs)
    return result


def child_batch(corpus: Path, out: Path, workers: int, chunk_size: int) -> dict[str, Any]:
    from fayan.pipelines.batch import read_manifest, run_batch

    summary = run_batch(
        corpus, out, fmt="parquet", workers=workers, chunk_size=chunk_size, progress=False, incremental=False
    )
    entries = len(read_manifest(out))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {"summary": summary.to_dict(), "manifest_entries": entries, "out_bytes": size}


def child_rerun(corpus: Path, out: Path, workers: int, chunk_size: int) -> dict[str, Any]:
    """The same batch again, incremental: only hashing and the manifest when nothing changed."""
    from fayan.pipelines.batch import run_batch

    again = run_batch(corpus, out, fmt="parquet", workers=workers, chunk_size=chunk_size, progress=False)
    return {"elapsed_s": again.elapsed_s, "skipped_unchanged": again.skipped_unchanged,
            "processed": again.processed}


# ---------------------------------------------------------------------------
# Parent side: run a child, sample its memory


def _tree_rss(proc: Any) -> tuple[int, int]:
    """(RSS of the process, RSS of it and all its descendants) in bytes."""
    import psutil

    try:
        own = proc.memory_info().rss
        total = own
        for child in proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.NoSuchProcess:
                continue  # a worker that just exited
        return own, total
    except psutil.NoSuchProcess:
        return 0, 0


def run_child(args: list[str], timeline_every_s: float = 0.0) -> dict[str, Any]:
    import psutil

    result_file = OUT / f".child-{os.getpid()}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), *args, "--result-file", str(result_file)]
    load_start = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    ps = psutil.Process(proc.pid)
    peak_own = peak_tree = 0
    timeline: list[tuple[float, int, int]] = []
    next_mark = 0.0
    while proc.poll() is None:
        own, tree = _tree_rss(ps)
        peak_own, peak_tree = max(peak_own, own), max(peak_tree, tree)
        elapsed = time.perf_counter() - t0
        if timeline_every_s and elapsed >= next_mark:
            timeline.append((round(elapsed, 1), own, tree))
            next_mark += timeline_every_s
        time.sleep(SAMPLE_S)
    if proc.returncode != 0:
        raise SystemExit(f"child {' '.join(args)} failed with exit code {proc.returncode}")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    result_file.unlink()
    result["peak_rss_parent"] = peak_own
    result["peak_rss_tree"] = peak_tree
    result["child_wall_s"] = time.perf_counter() - t0
    result["loadavg"] = [load_start, os.getloadavg()[0]]  # 1-minute load average at start and end
    if timeline:
        result["timeline"] = timeline
    return result


# ---------------------------------------------------------------------------
# Report


def machine() -> dict[str, Any]:
    import psutil

    model = platform.processor() or "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions = {}
    for pkg in ("fayan", "jieba", "torch", "pandas", "pyarrow"):
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            versions[pkg] = "not installed"
    return {
        "cpu": model,
        "cores_logical": psutil.cpu_count(logical=True),
        "cores_physical": psutil.cpu_count(logical=False),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "versions": versions,
    }


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f}"


def _load(r: dict[str, Any]) -> str:
    start, end = r.get("loadavg", (None, None))
    return "n/a" if start is None else f"{start:.1f} → {end:.1f}"


def _rerun_row(r: dict[str, Any]) -> str:
    note = ""
    if r["processed"]:
        note = ("; the fayan package's files changed between the two runs (other work in the same tree), "
                "so the extractor fingerprint changed and files were processed again")
    rss = f", peak RSS {_mib(r['peak_rss_tree'])} MiB" if "peak_rss_tree" in r else ""
    return (f"| the same run again (incremental) | {r['elapsed_s']:,.1f} s "
            f"({r['skipped_unchanged']:,} skipped, {r['processed']:,} processed{rss}{note}) |")


def render(results: dict[str, Any], batches: list[dict[str, Any]]) -> str:
    m = results.get("machine") or machine()
    v = m["versions"]
    lines = [
        "# Extraction benchmarks",
        "",
        "Generated by `python bench/bench_extract.py`; the numbers are measurements on the machine",
        "below, not targets. Corpus: `bench/make_corpus.py` copies of `examples/` and",
        "`../shared/data/judgments/dev/` with light variations (see `bench/README.md`). The machine is",
        f"shared: the load average shows how busy it was (it has {m['cores_logical']} cores); CPU seconds",
        "are less affected by other work than wall seconds.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores_logical']} logical cores ({m['cores_physical']} physical"
        + (f", {m['affinity']} available to this process" if m.get("affinity") else "")
        + ")",
        f"- RAM: {m['ram_gib']} GiB",
        f"- Python {m['python']} on {m['os']}",
        (f"- fayan {v['fayan']}, jieba {v['jieba']}, torch {v['torch']}, pandas {v['pandas']}, "
         f"pyarrow {v['pyarrow']}"),
        "",
    ]
    rows = results.get("rows", {})
    if rows:
        any_row = next(iter(rows.values()))
        lines += [
            "## Single process, same documents",
            "",
            (f"{any_row['docs']} documents, {any_row['chars']:,} characters (normalised text) from "
             f"`{results['corpus']}`; one process, after warm-up. Peak RSS covers the measuring child "
             "process (documents held in memory, models loaded)."),
            "",
            ("| what | docs/s | chars/s | CPU s | wall s | peak RSS MiB | typical judgment CPU ms "
             "(median of 30) | load avg start → end |"),
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for key in ROWS:
            r = rows.get(key)
            if r is None:
                continue
            if "skipped" in r:
                lines.append(f"| {ROW_NAMES[key]} | skipped: {r['skipped']} | | | | | | |")
                continue
            t = r["typical"]
            lines.append(
                f"| {ROW_NAMES[key]} | {r['docs'] / r['wall_s']:,.1f} | {r['chars'] / r['wall_s']:,.0f} | "
                f"{r['cpu_s']:.2f} | {r['wall_s']:.2f} | {_mib(r['peak_rss_tree'])} | "
                f"{t['median_ms']:.2f} ({t['chars']:,} chars) | {_load(r)} |"
            )
        if "jieba" in rows and "extract" in rows and "skipped" not in rows["extract"]:
            ratio = rows["extract"]["cpu_s"] / rows["jieba"]["cpu_s"]
            lines += ["", f"extract_document takes {ratio:.2f}x the CPU time of jieba.lcut on the same text."]
        lines.append("")
    for b in batches:
        s = b["summary"]
        lines += [
            f"## run_batch: {s['inputs']:,} files",
            "",
            (f'`run_batch(corpus, out, fmt="parquet", workers={s["workers"]}, chunk_size={b["chunk_size"]}, '
             "incremental=False)` in a child process; worker processes started with `spawn`."),
            "",
            "| measure | value |",
            "|---|---:|",
            (f"| documents extracted | {s['documents']:,} ({s['ok']:,} ok, "
             f"{s['not_judgment']:,} not_judgment, {s['other_status']:,} other) |"),
            f"| failed files / failed records | {s['failed']:,} / {s['failed_documents']:,} |",
            f"| manifest entries (one per input file) | {b['manifest_entries']:,} |",
            f"| elapsed (run_batch) | {s['elapsed_s']:,.1f} s |",
            f"| throughput | {s['documents'] / s['elapsed_s']:,.1f} docs/s |",
            f"| peak RSS, writer process | {_mib(b['peak_rss_parent'])} MiB |",
            f"| peak RSS, writer + {s['workers']} workers | {_mib(b['peak_rss_tree'])} MiB |",
            f"| output size | {b['out_bytes'] / 2**20:,.0f} MiB |",
            *([_rerun_row(b["rerun"])] if "rerun" in b else []),
            f"| 1-minute load average at start → end | {_load(b)} |",
            "",
        ]
        if b.get("timeline"):
            tl = b["timeline"]
            picks = sorted({0, len(tl) // 4, len(tl) // 2, 3 * len(tl) // 4, len(tl) - 1})
            lines += [
                "Writer-process RSS over the run (flat memory means the corpus is never held whole):",
                "",
                "| elapsed s | writer RSS MiB | writer + workers RSS MiB |",
                "|---:|---:|---:|",
            ]
            lines += [f"| {tl[i][0]:,.0f} | {_mib(tl[i][1])} | {_mib(tl[i][2])} |" for i in picks]
            lines.append("")
    return "\n".join(lines)


def write_report() -> None:
    results: dict[str, Any] = {}
    path = OUT / "results_extract.json"
    if path.exists():
        results = json.loads(path.read_text(encoding="utf-8"))
    batches = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(OUT.glob("batch_*.json"))]
    RESULTS.write_text(render(results, batches), encoding="utf-8")
    print(f"wrote {RESULTS}")


# ---------------------------------------------------------------------------


def _shown(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _ensure_corpus(n: int, corpus: Path | None) -> Path:
    path = corpus or HERE / "corpus" / f"c{n}"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(path)], check=True)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000, help="documents for the single-process rows")
    parser.add_argument(
        "--corpus", type=Path, help="corpus folder (default bench/corpus/c<N>, built if missing)"
    )
    parser.add_argument("--batch", type=int, help="run the run_batch row on a corpus of this many documents")
    parser.add_argument("-w", "--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--report", action="store_true", help="only rewrite RESULTS.md from saved results")
    parser.add_argument("--rerun-only", type=int, metavar="N",
                        help="only measure the incremental re-run over an existing --batch N output")
    parser.add_argument("--row", help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)

    if args.row:  # child process
        if args.row == "batch":
            result = child_batch(args.corpus, args.out_dir, args.workers, args.chunk_size)
        elif args.row == "rerun":
            result = child_rerun(args.corpus, args.out_dir, args.workers, args.chunk_size)
        else:
            result = child_row(args.row, args.corpus, args.n)
        args.result_file.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return

    if args.report:
        write_report()
        return

    if args.rerun_only:
        n = args.rerun_only
        saved = OUT / f"batch_{n}.json"
        corpus = _ensure_corpus(n, args.corpus)
        r = json.loads(saved.read_text(encoding="utf-8"))
        out = OUT / f"batch_out_{n}"
        r["rerun"] = run_child(["--row", "rerun", "--corpus", str(corpus), "--out-dir", str(out),
                                "-w", str(args.workers), "--chunk-size", str(args.chunk_size)])
        saved.write_text(json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8")
        print(json.dumps(r["rerun"], ensure_ascii=False))
        write_report()
        return

    if args.batch:
        corpus = _ensure_corpus(args.batch, args.corpus)
        out = OUT / f"batch_out_{args.batch}"
        common = ["--corpus", str(corpus), "--out-dir", str(out), "-w", str(args.workers),
                  "--chunk-size", str(args.chunk_size)]
        r = run_child(["--row", "batch", *common], timeline_every_s=10)
        # the same run again: nothing changed, so only hashing and the manifest (unless the code changed)
        r["rerun"] = run_child(["--row", "rerun", *common])
        r.update(
            corpus=_shown(corpus),
            chunk_size=args.chunk_size,
            machine=machine(),
        )
        (OUT / f"batch_{args.batch}.json").write_text(
            json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(json.dumps({k: v for k, v in r.items() if k != "timeline"}, ensure_ascii=False, indent=1))
        write_report()
        return

    corpus = _ensure_corpus(args.n, args.corpus)
    rows = {}
    for row in ROWS:
        rows[row] = run_child(["--row", row, "--corpus", str(corpus), "--n", str(args.n)])
        print(json.dumps(rows[row], ensure_ascii=False))
    results = {
        "machine": machine(),
        "corpus": _shown(corpus),
        "rows": rows,
    }
    (OUT / "results_extract.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_report()


if __name__ == "__main__":
    main()
