"""Planted inconsistencies in copies of the dev judgments: the right rule fires on ≥ 95% of each kind."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from fayan.pipelines.assemble import extract
from fayan.pipelines.checks import run_checks
from fayan.pipelines.mutations import MUTATIONS, plant

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def recall(shared: Path) -> dict[str, tuple[int, int]]:
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f in sorted((shared / "judgments" / "dev").glob("*.txt")):
        for m in plant(f.read_text(encoding="utf-8")):
            rules = {x.rule for x in run_checks([extract(m.text)])}
            hits[m.kind][0] += m.expected_rule in rules
            hits[m.kind][1] += 1
    return {k: (v[0], v[1]) for k, v in hits.items()}


def test_at_least_ten_kinds_are_planted(recall: dict[str, tuple[int, int]]) -> None:
    assert len([k for k, (_h, n) in recall.items() if n >= 5]) >= 10


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
def test_rule_fires_on_planted_copies(recall: dict[str, tuple[int, int]], kind: str) -> None:
    found, total = recall.get(kind, (0, 0))
    if total == 0:
        pytest.skip(f"no dev judgment admits {kind}")
    assert found / total >= 0.95, (kind, found, total)
