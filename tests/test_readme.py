"""The README's quick start and CI stay in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quick_start() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", section, re.S)]


def test_two_quick_start_commands() -> None:
    run, test = _quick_start()
    assert "fayan extract examples" in run and "pip install" in run
    assert "pytest" in test and "pip install" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _run, test = _quick_start()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_torch_is_pinned_to_the_cpu_wheel() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"torch==2.13.0"' in pyproject


def test_the_tables_list_names_every_table() -> None:
    from fayan.pipelines.tables import TABLES

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = text.split("- **Tables**", 1)[1].split("\n- **", 1)[0]
    assert [t.name for t in TABLES if not re.search(rf"\b{t.name}\b", listed)] == []
