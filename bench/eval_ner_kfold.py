"""Screen an NER training recipe on K folds of the training halves (the held-out data is never read for scoring).

Usage::

    python bench/eval_ner_kfold.py run --fold K NAME [key=value ...]   # one fold; TrainConfig overrides
    python bench/eval_ner_kfold.py table NAME [--against base]          # per fold and pooled, against a baseline,
                                                                        # with the paired interval of the difference
    python bench/eval_ner_kfold.py --tagging-seed 1 table NAME --against NAME@0  # one tagging seed against another
    python bench/eval_ner_kfold.py pool JOBS --workers P [--device cuda] # many runs at once (one process each)
    python bench/eval_ner_kfold.py floors NAME                          # fit per-label score floors on NAME's folds

Folds: the training half's drug ``articleId``s (33) and theft sentence ids (109), each sorted, shuffled with
``random.Random(777)`` and dealt into ``--folds`` folds (fold ``k`` holds keys ``k, k+K, ...``); records whose
text is that of a held-out fold record are not trained on. Every fold and candidate of one network size shares
one masked-LM pre-training (seed 0) on the corpus ``train-ner`` uses, held-out texts excluded and the whole
training halves' texts included, cached under ``OUT/cache``; a fold then costs one tagging run (about 10
minutes on 2 cores for the shipped recipe). Each run appends a line to ``OUT/results.jsonl`` and writes its
predictions to ``OUT/preds_NAME_fK_tS_FORMAT.json`` (with every entity's fayan label and score).
With ``finetune_weak_judgments`` (weak labels from the rules, :mod:`fayan.nlp.ner.weak`) a judgment holding a held-out
or fold-held NER text is not used. ``run --save`` keeps the fold's weights under ``OUT/models``, ``run --weights FILE`` scores saved weights again
instead of training; ``run --spec FILE`` trains and scores with another ``labels.json`` (its layers and schemes as
the shipped one's, which the cached pre-training fits); ``floors`` fits score floors per label on the folds of a run
(see its docstring). The micro F1 is exact-span (drug file) / exact-string (theft file), as ``fayan eval-ner`` scores. Decide what counts as a
gain before looking at the numbers.

``--device cuda`` trains on a GPU (prediction and scoring stay on the CPU, as ``fayan eval-ner`` runs them). A GPU
computes differently from the CPU, so its runs compare with a baseline run on the same device, not with CPU runs:
give them their own names. ``pool`` runs the lines of a jobs file (``NAME FOLD [seed=N] [key=value ...]``; ``seed``
is the tagging seed, by default ``--tagging-seed``; ``#`` starts a comment) as separate ``run`` processes, ``--workers`` at a time in file order, and kills what is still running after
``--kill-after`` minutes; every job ends as done, failed (exit status) or killed, with its log under ``OUT/logs``.
Jobs whose pre-training is not cached yet would each pre-train: run one of them first.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.nlp.ner.data import CharVocab, Entity, _natural, load_label_spec, read_gold, split_records, to_examples  # noqa: E402
from fayan.nlp.ner.evaluate import LabelScore, items_of, micro, score  # noqa: E402
from fayan.errors import ModelError, UsageError  # noqa: E402
from fayan.nlp.ner.train import (  # noqa: E402
    TrainConfig,
    build_corpus,
    finetune,
    make_model,
    pretrain,
    training_bf16,
    training_device,
    weak_paths,
)
from fayan.nlp.ner.weak import weak_examples  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out" / "ner_kfold"
FORMATS = (("drug_file", "cail2022_drug"), ("theft_file", "lawbench_theft"))


def _overrides(pairs: list[str]) -> dict[str, Any]:
    """``key=value`` pairs as TrainConfig overrides (values as Python literals, else strings)."""
    fields = set(asdict(TrainConfig()))
    out: dict[str, Any] = {}
    for kv in pairs:
        key, sep, value = kv.partition("=")
        if not sep or key not in fields:
            raise SystemExit(f"not a TrainConfig override: {kv!r} (key=value with a key of {sorted(fields)})")
        try:
            out[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            out[key] = value
    return out


def _folds(fmt: str, records: list[Any], fold: int, k: int) -> tuple[list[Any], list[Any], list[Any]]:
    """(training half, its records trained on for this fold, the fold's held records)."""
    train = split_records(fmt, records, "train")
    if fmt == "lawbench_theft":
        keys = sorted({r.id for r in train})
        key_of = lambda r: r.id  # noqa: E731
    else:
        keys = sorted({r.group for r in train}, key=_natural)
        key_of = lambda r: r.group  # noqa: E731
    random.Random(777).shuffle(keys)
    held_keys = set(keys[fold::k])
    held = [r for r in train if key_of(r) in held_keys]
    held_texts = {r.text for r in held}
    trained = [r for r in train if key_of(r) not in held_keys and r.text not in held_texts]
    return train, trained, held


def _device(name: str) -> str:
    """``name`` checked by :func:`training_device`; a device fayan cannot train on ends the script."""
    try:
        return training_device(name)
    except UsageError as exc:
        raise SystemExit(str(exc)) from exc


def _micro(counts: list[list[int]]) -> LabelScore:
    """``[tp, fp, fn]`` lists (of results.jsonl) summed."""
    return micro(LabelScore("", *c) for c in counts)


def run(args: argparse.Namespace) -> None:
    import torch

    over = _overrides(args.overrides)
    device = _device(args.device)  # before the data is read
    cfg = replace(TrainConfig(), **over)
    cfg = replace(cfg, bf16=training_bf16(cfg, device))  # resolved: the pre-training cache's key holds it
    try:
        spec = load_label_spec(args.spec)
    except ModelError as exc:  # a missing or malformed --spec: its message names the file
        raise SystemExit(str(exc)) from exc
    shipped = load_label_spec()
    if (spec.layer_sizes, len(spec.schemes)) != (shipped.layer_sizes, len(shipped.schemes)):
        # the cached pre-training holds the network's tag head and token types: their shapes must stay
        raise SystemExit(f"{spec.source}: --spec must keep the shipped layers, their sizes and the number of schemes "
                         "(the pre-training cache is shared by every candidate of one network size)")
    torch.set_num_threads(args.threads)
    out = Path(args.out)
    (out / "cache").mkdir(parents=True, exist_ok=True)
    parts, all_train, trained, heldout_texts = {}, [], [], []
    for attr, fmt in FORMATS:
        _, records = read_gold(Path(args.data) / getattr(cfg, attr), fmt)
        train, fold_train, held = _folds(fmt, records, args.fold, args.folds)
        parts[fmt] = held
        all_train += to_examples(fmt, train, spec)
        trained += to_examples(fmt, fold_train, spec)
        heldout_texts += [r.text for r in split_records(fmt, records, "heldout")]
    print("held records:", {fmt: len(held) for fmt, held in parts.items()}, flush=True)
    if cfg.finetune_weak_judgments:  # judgments holding a held-out or fold-held NER text are left out
        held_texts = heldout_texts + [r.text for held in parts.values() for r in held]
        weak = weak_examples(weak_paths(Path(args.data), cfg.finetune_weak_judgments), spec, held_texts)
        trained += weak
        print(f"weak-label examples: {len(weak)}", flush=True)
    corpus, _ = build_corpus(Path(args.data), cfg, heldout_texts)
    corpus += [ex.text for ex in all_train]
    model = make_model(CharVocab.build(corpus, cfg.min_char_count), spec, cfg, 0)
    shared = {k: v for k, v in asdict(cfg).items() if not k.startswith("finetune") and k != "repeat"}
    key = hashlib.md5(json.dumps([shared, 0, "kfold-shared"], sort_keys=True, default=str).encode()).hexdigest()[:10]
    cache = out / "cache" / f"kpre_{key}.pt"
    log = lambda m: print(m, flush=True)  # noqa: E731
    t0 = time.time()
    if args.weights:  # a fold's tagging weights saved by an earlier run --save: score them again
        model.net.load_state_dict(torch.load(args.weights))
        log(f"weights from {args.weights}")
    elif cache.exists():
        model.net.load_state_dict(torch.load(cache))
        log(f"pre-training from the cache {cache}")
    else:
        pretrain(model, corpus, cfg, 0, time.monotonic() + 1e6, log, device=device)
        torch.save(model.net.state_dict(), cache)
    t1 = time.time()
    if not args.weights:
        finetune(model, trained, cfg, args.tagging_seed, time.monotonic() + 1e6, log, device=device)
    t2 = time.time()
    if args.save:
        (out / "models").mkdir(exist_ok=True)
        torch.save(model.net.state_dict(), out / "models" / f"{args.name}_f{args.fold}_t{args.tagging_seed}.pt")
    res: dict[str, Any] = {"name": args.name, "fold": args.fold, "K": args.folds, "ftseed": args.tagging_seed,
                           "over": {k: str(v) for k, v in over.items()}, "pre_min": round((t1 - t0) / 60, 1),
                           "tag_min": round((t2 - t1) / 60, 1), "precision": model.precision, "device": device,
                           "train_precision": "bfloat16" if cfg.bf16 else "float32"}
    if args.weights:
        res["weights"] = str(args.weights)
    for fmt, held in parts.items():
        fs = model.spec.formats[fmt]  # as fayan eval-ner scores a file; the entities are kept with their scores
        ents = model.predict_many([r.text for r in held], scheme=fs.scheme, documents=[r.document_key for r in held])
        gold, pred = items_of(held, fs, ents)
        scores = score(gold, pred)
        total = micro(scores)
        res[fmt] = total.f1
        res[fmt + "_counts"] = [total.tp, total.fp, total.fn]
        res[fmt + "_labels"] = {s.label: (s.f1, s.tp + s.fn) for s in scores}
        with open(out / f"preds_{args.name}_f{args.fold}_t{args.tagging_seed}_{fmt}.json", "w", encoding="utf-8") as f:
            json.dump([{"id": r.id, "text": r.text, "gold": [list(x) for x in g], "pred": [list(x) for x in p],
                        "entities": [[e.label, e.start, e.end, e.score] for e in es]}
                       for r, g, p, es in zip(held, gold, pred, ents)], f, ensure_ascii=False)
    print(json.dumps(res, ensure_ascii=False), flush=True)
    with open(out / "results.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(res, ensure_ascii=False) + "\n")


def _floored(entities: list[Entity], floors: dict[str, float]) -> list[Entity]:
    return [e for e in entities if e.score >= floors.get(e.label, 0.0)]


FLOOR_GRID = [0.0] + [x / 100 for x in range(5, 100, 5)]


def floors(args: argparse.Namespace) -> None:
    """Fit per-label score floors on the folds' predictions of run NAME, and check them fold by fold.

    The procedure written before its first use (issue 5's notes, 2026-11-30): per fayan label a floor from 0,
    0.05, ..., 0.95, by coordinate ascent (3 rounds, labels in labels.json's order, ties to the lower floor) on the
    sum of the pooled drug and theft micro F1; each fold is scored with the floors fitted on the other folds
    (leave-one-fold-out), then the floors are fitted on every fold. fayan itself reports every entity: floors
    did not pass (the model card's *Candidates*).
    """
    spec = load_label_spec()
    out = Path(args.out)
    folds: list[dict[str, tuple[list[Any], list[list[Entity]], Any]]] = []
    training = {fmt: read_gold(Path(args.data) / getattr(TrainConfig(), attr), fmt)[1] for attr, fmt in FORMATS}
    for k in range(args.folds):
        fold = {}
        for _, fmt in FORMATS:
            path = out / f"preds_{args.name}_f{k}_t{args.tagging_seed}_{fmt}.json"
            try:
                rows = json.loads(path.read_text(encoding="utf-8"))
                ents = [[Entity(s, e, r["text"][s:e], lab, sc) for lab, s, e, sc in r["entities"]] for r in rows]
            except (OSError, ValueError, KeyError) as exc:
                raise SystemExit(f"{path}: no scored predictions ({type(exc).__name__}: {exc}); run the fold again") from exc
            recs = {r.id: r for r in _folds(fmt, training[fmt], k, args.folds)[2]}
            fold[fmt] = ([recs[r["id"]] for r in rows], ents, spec.formats[fmt])
        folds.append(fold)

    def counts(which: list[int], fmt: str, fl: dict[str, float]) -> LabelScore:
        gold, pred = [], []
        for k in which:
            recs, ents, fs = folds[k][fmt]
            g, p = items_of(recs, fs, [_floored(e, fl) for e in ents])
            gold += g
            pred += p
        return micro(score(gold, pred))

    def fit(which: list[int]) -> dict[str, float]:
        fl: dict[str, float] = {}
        present = {e.label for k in which for _, fmt in FORMATS for es in folds[k][fmt][1] for e in es}
        for _ in range(3):
            for lab in (x for x in spec.labels if x in present):
                fl[lab] = max(FLOOR_GRID, key=lambda t: (
                    round(sum(counts(which, fmt, {**fl, lab: t}).f1 for _, fmt in FORMATS), 12), -t))
        return {k: v for k, v in fl.items() if v}

    every = list(range(args.folds))
    print("| fold | floors fitted on the other folds | drug without -> with (TP/FP/FN) | theft without -> with |")
    print("|---|---|---:|---:|")
    pooled: dict[str, list[list[LabelScore]]] = {fmt: [[], []] for _, fmt in FORMATS}
    for k in every:
        fl = fit([j for j in every if j != k])
        cells = []
        for _, fmt in FORMATS:
            b, w = counts([k], fmt, {}), counts([k], fmt, fl)
            pooled[fmt][0].append(b)
            pooled[fmt][1].append(w)
            cells.append(f"{b.f1:.4f} -> {w.f1:.4f}" + (f" ({w.tp}/{w.fp}/{w.fn})" if fmt == "cail2022_drug" else ""))
        print(f"| {k} | {', '.join(f'{a} {v:g}' for a, v in fl.items())} | {' | '.join(cells)} |", flush=True)
    cells = []
    for _, fmt in FORMATS:
        b, w = micro(pooled[fmt][0]), micro(pooled[fmt][1])
        better = sum(y.f1 > x.f1 for x, y in zip(*pooled[fmt]))
        cells.append(f"{b.f1:.4f} -> {w.f1:.4f} ({w.f1 - b.f1:+.4f}, better on {better} of {len(every)})")
    print(f"| pooled, out of fold | | {' | '.join(cells)} |")
    print("floors fitted on every fold:", json.dumps(fit(every)))


def table(args: argparse.Namespace) -> None:
    path = Path(args.out) / "results.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: no results yet (run a fold first)")
    rows = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError as exc:
            raise SystemExit(f"{path}:{n}: not JSON ({exc})") from exc
        rows[(f"{r['name']}@{r['ftseed']}", r["fold"])] = r  # a rerun replaces the earlier line
    run = f"{args.name}@{args.tagging_seed}"
    base = args.against if "@" in args.against else f"{args.against}@{args.tagging_seed}"
    names = [base, run] if base != run else [run]
    folds = sorted(fold for name, fold in rows if name == run)
    if not folds:
        raise SystemExit(f"{path}: no runs of {args.name!r} with tagging seed {args.tagging_seed}")
    print(f"| fold | {' | '.join(f'{n} drug (TP/FP/FN)' for n in names)} | {' | '.join(f'{n} theft' for n in names)} |")
    print("|---|" + "---:|" * 2 * len(names))
    counts: dict[str, dict[str, list[list[int]]]] = {n: {fmt: [] for _, fmt in FORMATS} for n in names}
    for fold in folds:
        missing = [n for n in names if (n, fold) not in rows]
        if missing:
            print(f"| {fold} | no run of {', '.join(missing)} on this fold |")
            continue
        cells = {fmt: [] for _, fmt in FORMATS}
        for n in names:
            r = rows[(n, fold)]
            for _, fmt in FORMATS:
                c = r[fmt + "_counts"]
                counts[n][fmt].append(c)
                cells[fmt].append(f"{r[fmt]:.4f}" + (f" ({c[0]}/{c[1]}/{c[2]})" if fmt == "cail2022_drug" else ""))
        print(f"| {fold} | {' | '.join(cells['cail2022_drug'])} | {' | '.join(cells['lawbench_theft'])} |")
    pooled = {n: {fmt: _micro(c) for fmt, c in counts[n].items()} for n in names}
    drug = [f"{m.f1:.4f} ({m.tp}/{m.fp}/{m.fn})" for m in (pooled[n]["cail2022_drug"] for n in names)]
    theft = [f"{pooled[n]['lawbench_theft'].f1:.4f}" for n in names]
    print(f"| pooled | {' | '.join(drug)} | {' | '.join(theft)} |")
    if len(names) == 2:
        _paired_interval(args, names, folds)


def _paired_interval(args: argparse.Namespace, names: list[str], folds: list[int]) -> None:
    """The 95 % paired bootstrap interval of the pooled drug F1 difference (``names[1]`` minus ``names[0]``, each
    ``NAME@SEED``), the training halves' ``articleId``s drawn again with replacement, from the runs' prediction
    files."""
    from fayan.nlp.ner.evaluate import bootstrap

    _, records = read_gold(Path(args.data) / TrainConfig().drug_file, "cail2022_drug")
    group = {r.id: r.group for r in records}
    gold: list[list[tuple[Any, ...]]] = []
    preds: dict[str, list[list[tuple[Any, ...]]]] = {n: [] for n in names}
    keys: list[str] = []
    for fold in folds:
        runs = {}
        for n in names:
            name, seed = n.rsplit("@", 1)
            f = Path(args.out) / f"preds_{name}_f{fold}_t{seed}_cail2022_drug.json"
            if not f.is_file():
                print(f"(no paired interval: {f.name} is missing)")
                return
            runs[n] = json.loads(f.read_text(encoding="utf-8"))
        a, b = runs[names[0]], runs[names[1]]
        if [r["id"] for r in a] != [r["id"] for r in b]:
            raise SystemExit(f"fold {fold}: the two runs' prediction files hold different records")
        for ra, rb in zip(a, b):
            gold.append([tuple(x) for x in ra["gold"]])
            keys.append(group[ra["id"]])
            preds[names[0]].append([tuple(x) for x in ra["pred"]])
            preds[names[1]].append([tuple(x) for x in rb["pred"]])
    iv = bootstrap(gold, preds[names[1]], keys, 2000, against=preds[names[0]])
    print(f"pooled drug F1 of {names[1]} minus {names[0]}: 95 % paired interval {iv.low:+.4f} to {iv.high:+.4f} "
          f"({iv.resamples} draws of the {iv.groups} articleIds; the training seed's own spread is not in it)")


def _jobs(path: Path, seed: int) -> list[tuple[str, int, int, list[str]]]:
    """``(name, fold, tagging seed, overrides)`` of each ``NAME FOLD [seed=N] [key=value ...]`` line."""
    jobs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) < 2 or not words[1].isdigit():
            raise SystemExit(f"{path}:{n}: expected 'NAME FOLD [seed=N] [key=value ...]', got {line!r}")
        over = [w for w in words[2:] if not w.startswith("seed=")]
        seeds = [w[5:] for w in words[2:] if w.startswith("seed=")]
        if len(seeds) > 1 or not all(x.isdigit() for x in seeds):
            raise SystemExit(f"{path}:{n}: at most one seed=N (N a whole number), got {line!r}")
        _overrides(over)  # a bad override stops here, not in a worker
        jobs.append((words[0], int(words[1]), int(seeds[0]) if seeds else seed, over))
    return jobs


def pool(args: argparse.Namespace) -> None:
    import subprocess

    jobs = _jobs(Path(args.jobs), args.tagging_seed)
    device = _device(args.device)  # once, not in every job
    out = Path(args.out)
    (out / "logs").mkdir(parents=True, exist_ok=True)
    kill_at = time.monotonic() + args.kill_after * 60
    waiting = list(jobs)
    running: dict[Any, tuple[str, float]] = {}
    ended: list[str] = []
    print(f"{len(jobs)} jobs, {args.workers} at a time on {device}", flush=True)
    while waiting or running:
        while waiting and len(running) < args.workers and time.monotonic() < kill_at:
            name, fold, seed, over = waiting.pop(0)
            cmd = [sys.executable, __file__, "--out", str(out), "--folds", str(args.folds), "--tagging-seed",
                   str(seed), "run", "--fold", str(fold), "--data", args.data, "--threads",
                   str(args.threads), "--device", device, name, *over]
            tag = f"{name}_f{fold}_t{seed}"
            with open(out / "logs" / f"{tag}.log", "w", encoding="utf-8") as log:
                running[subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)] = (tag, time.monotonic())
        time.sleep(2)
        for proc in [p for p in running if p.poll() is not None]:
            tag, t = running.pop(proc)
            ended.append("done" if proc.returncode == 0 else f"failed (exit status {proc.returncode})")
            print(f"{tag}: {ended[-1]} after {(time.monotonic() - t) / 60:.1f} min", flush=True)
        if time.monotonic() >= kill_at:
            for proc, (tag, t) in running.items():
                proc.kill()
                proc.wait()
                ended.append("killed (--kill-after)")
                print(f"{tag}: killed after {(time.monotonic() - t) / 60:.1f} min", flush=True)
            running.clear()
            for name, fold, seed, _ in waiting:
                ended.append("not started (--kill-after)")
                print(f"{name}_f{fold}_t{seed}: not started", flush=True)
            waiting.clear()
    counts = {how: ended.count(how) for how in sorted(set(ended))}
    print(f"{len(ended)} of {len(jobs)} jobs accounted for: {counts}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(OUT), help="results, predictions and the pre-training cache")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--tagging-seed", type=int, default=0)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="train and score one fold")
    r.add_argument("--fold", type=int, required=True)
    r.add_argument("--data", default=str(DATA), help="the shared data folder")
    r.add_argument("--threads", type=int, default=2)
    r.add_argument("name")
    r.add_argument("overrides", nargs="*", help="TrainConfig overrides, key=value")
    r.add_argument("--device", default="cpu", help="where to train (a torch device name, e.g. cuda)")
    r.add_argument("--save", action="store_true", help="keep the fold's weights in OUT/models/NAME_fK_tS.pt")
    r.add_argument("--weights", help="score these saved weights of the fold instead of training")
    r.add_argument("--spec", help="a labels.json to train and score with instead of the shipped one")
    f = sub.add_parser("floors", help="fit per-label score floors on run NAME's folds and check them out of fold")
    f.add_argument("name")
    f.add_argument("--data", default=str(DATA), help="the shared data folder")
    t = sub.add_parser("table", help="per fold and pooled micro F1 against a baseline")
    t.add_argument("name")
    t.add_argument("--against", default="base", help="the baseline run: NAME, or NAME@SEED for another tagging seed")
    t.add_argument("--data", default=str(DATA), help="the shared data folder (for the paired interval's articleIds)")
    p = sub.add_parser("pool", help="run the jobs of a file (NAME FOLD [key=value ...] per line), P at a time")
    p.add_argument("jobs")
    p.add_argument("--workers", type=int, required=True)
    p.add_argument("--kill-after", type=float, default=1e6, help="minutes; then running jobs are killed")
    p.add_argument("--data", default=str(DATA), help="the shared data folder")
    p.add_argument("--threads", type=int, default=1, help="CPU threads of each job")
    p.add_argument("--device", default="cpu")
    args = ap.parse_args()
    if args.cmd == "run" and not 0 <= args.fold < args.folds:
        ap.error(f"--fold must be 0..{args.folds - 1}")
    {"run": run, "table": table, "pool": pool, "floors": floors}[args.cmd](args)


if __name__ == "__main__":
    main()
