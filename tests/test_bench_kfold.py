"""bench/eval_ner_kfold.py: the jobs file of ``pool`` and its accounting (no training here)."""

from __future__ import annotations

import importlib.util
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


def test_pool_checks_the_device_once(tmp_path: Path) -> None:
    """A device fayan cannot train on ends ``pool`` before any job starts."""
    jobs = tmp_path / "jobs"
    jobs.write_text("a 0\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "out"), "pool", str(jobs),
                          "--workers", "1", "--device", "meta"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "'meta': fayan trains on cpu or cuda" in out.stderr
    assert not (tmp_path / "out" / "logs").exists()
