"""bench/eval_circumstances.py: circumstances of records against hand labels."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "eval_circumstances.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("eval_circumstances", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


RECORD = {
    "id": "d1",
    "defendants": [{"name": "钟迅", "circumstances": ["坦白", "从轻处罚"]}, {"name": "孙文涛", "circumstances": ["累犯"]}],
    "circumstances": [
        {"kind": "坦白", "defendant": "钟迅", "negated": False},
        {"kind": "从轻处罚", "defendant": "钟迅", "negated": False},
        {"kind": "自首", "defendant": "钟迅", "negated": True},
        {"kind": "累犯", "defendant": "孙文涛", "negated": False},
    ],
}
LABELS = [{"id": "d1", "defendants": [
    {"name": "钟迅", "found": ["坦白", "从轻处罚", "谅解"], "rejected": ["自首"]},
    {"name": "孙文涛", "found": [], "rejected": []},
    {"name": "钱远山", "found": ["主犯"], "rejected": []},
]}]


def test_agreed_and_one_sided_kinds_per_sign(bench) -> None:
    agreed, fayan_only, labels_only, lines = bench.compare(LABELS, {"d1": RECORD})
    assert agreed == {"+坦白": 1, "+从轻处罚": 1, "-自首": 1}
    assert fayan_only == {"+累犯": 1} and labels_only == {"+谅解": 1}
    assert "d1\t孙文涛\t+累犯\tfayan only" in lines and "d1\t钟迅\t+谅解\tlabels only" in lines
    assert any(line.startswith("d1\t钱远山\tnot a defendant") for line in lines)


def test_main_prints_the_totals(bench, tmp_path: Path, capsys) -> None:
    labels, pred = tmp_path / "labels.jsonl", tmp_path / "judgments.jsonl"
    labels.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in LABELS), encoding="utf-8")
    pred.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert bench.main([str(labels), str(pred), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "all             3      1      1      0.750  0.750" in out
    assert "labels only" in out


def test_a_bad_line_names_the_file_and_line(bench, tmp_path: Path) -> None:
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"id": "d1", "defendants": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"labels.jsonl:2: not valid JSON"):
        bench.main([str(bad), str(bad)])
