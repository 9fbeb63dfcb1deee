"""bench/eval_ner_kfold.py: the jobs file of ``pool`` and its accounting (no training here)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "eval_ner_kfold.py"


@pytest.fixture(scope="module")
def kfold():
    spec = importlib.util.spec_from_file_location("eval_ner_kfold", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_jobs_file(kfold, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs"
    jobs.write_text("# comment\n\nbase 0\nlr 1 finetune_lr=7e-4 seed=2  # trailing\nrep 3 repeat=((\"x\",3),)\n",
                    encoding="utf-8")
    assert kfold._jobs(jobs, 5) == [("base", 0, 5, []), ("lr", 1, 2, ["finetune_lr=7e-4"]),
                                     ("rep", 3, 5, ['repeat=(("x",3),)'])]


@pytest.mark.parametrize("line, message", [
    ("base", "jobs:1: expected 'NAME FOLD"),
    ("base x", "jobs:1: expected 'NAME FOLD"),
    ("base 0 seed=1 seed=2", "jobs:1: at most one seed=N"),
    ("base 0 seed=a", "jobs:1: at most one seed=N"),
    ("base 0 nokey=1", "not a TrainConfig override: 'nokey=1'"),
])
def test_bad_jobs_line(kfold, tmp_path: Path, line: str, message: str) -> None:
    jobs = tmp_path / "jobs"
    jobs.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=message):
        kfold._jobs(jobs, 0)


def test_pool_accounts_for_every_job(tmp_path: Path) -> None:
    """Jobs that fail (here: a fold out of range) are reported with their exit status and log."""
    jobs = tmp_path / "jobs"
    jobs.write_text("a 7\nb 9 seed=1\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "out"), "pool", str(jobs),
                          "--workers", "1"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "a_f7_t0: failed (exit status 2)" in out.stdout
    assert "b_f9_t1: failed (exit status 2)" in out.stdout
    assert "2 of 2 jobs accounted for: {'failed (exit status 2)': 2}" in out.stdout
    assert "--fold must be 0..3" in (tmp_path / "out" / "logs" / "b_f9_t1.log").read_text(encoding="utf-8")


def _run_with_spec(tmp_path: Path, spec: Path) -> subprocess.CompletedProcess[str]:
    """``run --spec SPEC`` on a data folder that is not there (what is checked must end it before the data)."""
    return subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "out"), "run", "--fold", "0", "x",
                           "--spec", str(spec), "--data", str(tmp_path / "no-data")],
                          capture_output=True, text=True, timeout=120)


def test_run_names_a_missing_label_spec(tmp_path: Path) -> None:
    """``run --spec`` with a file that is not there ends before any data is read, naming it."""
    missing = tmp_path / "nowhere.json"
    out = _run_with_spec(tmp_path, missing)
    assert out.returncode == 1
    assert f"{missing}: label spec not found" in out.stderr
    assert "Traceback" not in out.stderr


def test_run_keeps_the_network_shape_of_the_shipped_spec(tmp_path: Path) -> None:
    """A ``--spec`` with another number of schemes would not fit the shared pre-training cache: refused, named."""
    raw = json.loads((SCRIPT.parent.parent / "fayan" / "models" / "ner" / "labels.json").read_text(encoding="utf-8"))
    raw["schemes"].append("another")
    spec = tmp_path / "labels.json"
    spec.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    out = _run_with_spec(tmp_path, spec)
    assert out.returncode == 1
    assert f"{spec}: --spec must keep the shipped layers" in out.stderr


def test_pool_checks_the_device_once(tmp_path: Path) -> None:
    """A device fayan cannot train on ends ``pool`` before any job starts."""
    jobs = tmp_path / "jobs"
    jobs.write_text("a 0\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "out"), "pool", str(jobs),
                          "--workers", "1", "--device", "meta"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "'meta': fayan trains on cpu or cuda" in out.stderr
    assert not (tmp_path / "out" / "logs").exists()


def test_table_gives_the_paired_interval(tmp_path: Path) -> None:
    import json

    from fayan.nlp.ner.data import read_gold

    data = tmp_path / "data"
    (data / "ner").mkdir(parents=True)
    lines = [{"articleId": a, "sentId": 0, "sentText": "2019年3月5日，某甲。", "relationMentions": [],
              "entityMentions": [{"start": 0, "end": 9, "text": "2019年3月5日", "label": "NT"}]} for a in range(4)]
    drug = data / "ner" / "cail2022_drug_train.jsonl"
    drug.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    _, records = read_gold(drug)
    out = tmp_path / "out"
    out.mkdir()
    found = [["NT", 0, 9]]
    runs = {"a": [found] * 4, "b": [found, found, [], []]}  # b misses the mention of two articles
    rows = []
    for name, preds in runs.items():
        tp = sum(1 for p in preds if p)
        rows.append({"name": name, "fold": 0, "ftseed": 0, "cail2022_drug": round(2 * tp / (tp + 4), 4),
                     "cail2022_drug_counts": [tp, 0, 4 - tp], "lawbench_theft": 0.0, "lawbench_theft_counts": [0, 0, 0]})
        (out / f"preds_{name}_f0_t0_cail2022_drug.json").write_text(json.dumps(
            [{"id": r.id, "text": r.text, "gold": found, "pred": p, "entities": []} for r, p in zip(records, preds)]),
            encoding="utf-8")
    (out / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "table", "b", "--against", "a",
                          "--data", str(data)], capture_output=True, text=True, check=True)
    assert "| pooled | 1.0000 (4/0/0) | 0.6667 (2/0/2) |" in res.stdout
    line = next(x for x in res.stdout.splitlines() if "paired interval" in x)
    low, high = (float(v) for v in line.split("paired interval ")[1].split(" (")[0].split(" to "))
    assert -1.0 <= low < -0.3333 < high <= 0.0 and "4 articleIds" in line
    (out / "preds_b_f0_t0_cail2022_drug.json").unlink()
    res = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "table", "b", "--against", "a",
                          "--data", str(data)], capture_output=True, text=True, check=True)
    assert "no paired interval: preds_b_f0_t0_cail2022_drug.json is missing" in res.stdout


def test_table_against_another_tagging_seed(kfold, tmp_path: Path, monkeypatch, capsys) -> None:
    # the same recipe with two tagging seeds: the difference one seed makes, with its paired interval
    data = tmp_path / "data"
    (data / "ner").mkdir(parents=True)
    sents = [{"articleId": a, "sentId": 1, "sentText": "被告人张某贩卖海洛因。", "relationMentions": [],
              "entityMentions": [{"start": 3, "end": 5, "text": "张某", "label": "Nh"}]} for a in (1, 2)]
    (data / "ner" / "cail2022_drug_train.jsonl").write_text(
        "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sents), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    rows = []
    for seed, counts in ((0, [1, 0, 0]), (1, [0, 1, 1])):
        for fold in (0, 1):
            f1 = 1.0 if seed == 0 else 0.0
            rows.append({"name": "a", "fold": fold, "ftseed": seed, "cail2022_drug": f1, "cail2022_drug_counts": counts,
                         "lawbench_theft": f1, "lawbench_theft_counts": counts})
            pred = [["Nh", 3, 5]] if seed == 0 else [["Nh", 2, 5]]
            (out / f"preds_a_f{fold}_t{seed}_cail2022_drug.json").write_text(json.dumps(
                [{"id": f"{fold + 1}-1", "gold": [["Nh", 3, 5]], "pred": pred}]), encoding="utf-8")
    (out / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    argv = ["x", "--out", str(out), "--tagging-seed", "1", "table", "a", "--against", "a@0", "--data", str(data)]
    monkeypatch.setattr(sys, "argv", argv)
    kfold.main()
    printed = capsys.readouterr().out
    assert "| fold | a@0 drug (TP/FP/FN) | a@1 drug (TP/FP/FN) |" in printed
    assert "| 0 | 1.0000 (1/0/0) | 0.0000 (0/1/1) |" in printed
    assert "| pooled | 1.0000 (2/0/0) | 0.0000 (0/2/2) |" in printed
    assert "pooled drug F1 of a@1 minus a@0: 95 % paired interval -1.0000 to -1.0000" in printed
