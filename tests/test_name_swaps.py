"""Metamorphic: a defendant's name must not change what is read about anybody.

Each example defendant's name is replaced by names that hold characters the patterns treat as cues
(以/在/因 open a procedure sentence, 均 means "all", 犯 opens a charge, 和/与/及 join lists …). Every
extracted value except the name itself must stay the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fayan.pipelines.assemble import extract
from fayan.pipelines.evaluate import load_jsonl

ROOT = Path(__file__).resolve().parent.parent
GOLD = load_jsonl(ROOT / "tests" / "data" / "examples_gold.jsonl")
NAMES = ["李以宁", "王在田", "陈因之", "吴均", "邓犯生", "周和平", "钱与同", "王及第", "孙于海", "郑自首", "欧阳明", "阿不都·热合曼"]
CASES = [
    (g["id"], d["name"])
    for g in GOLD
    for d in g["defendants"]
    if len(d["name"]) >= 2 and "公司" not in d["name"]
]


def _view(record: dict, new: str, old: str) -> list[tuple]:
    return [
        (d["name"].replace(new, old), d["charges"], d["verdict"], d["birth_date"], d["detained_on"], d["arrested_on"],
         d["recidivist"], d["prior_criminal"], d["circumstances"], d["offence_start"], d["in_header"])
        for d in record["defendants"]
    ]  # fmt: skip


@pytest.mark.parametrize("doc,old", CASES)
def test_swapping_a_name_changes_nothing_else(doc: str, old: str) -> None:
    text = (ROOT / "examples" / f"{doc}.txt").read_text(encoding="utf-8")
    base = _view(extract(text).to_record(), old, old)
    for new in NAMES:
        if new in text:
            continue
        got = _view(extract(text.replace(old, new)).to_record(), new, old)
        assert got == base, (doc, old, new)
