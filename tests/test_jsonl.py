"""The one JSON Lines reader: errors name the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from fayan.errors import InputError, RecordError
from fayan.jsonl import iter_jsonl, read_jsonl
from fayan.pipelines.annotate import import_doccano
from fayan.pipelines.evaluate import load_jsonl


def test_objects_with_their_line_numbers(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes('\ufeff{"id": 1}\n\n{"id": "二"}\n'.encode("utf-8"))
    assert list(read_jsonl(p)) == [(1, {"id": 1}), (3, {"id": "二"})]
    assert list(iter_jsonl(p)) == list(read_jsonl(p))  # the same, a line at a time
    assert load_jsonl(p) == [{"id": 1}, {"id": "二"}]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"text": "x"}\n{"id": \n', r"b\.jsonl:2: not valid JSON"),
        ('{"text": "x"}\n[1, 2]\n', r"b\.jsonl:2: each line must be a JSON object"),
    ],
)
def test_bad_lines(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "b.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_jsonl(p)
    with pytest.raises(RecordError, match=message):
        import_doccano(p)


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.jsonl: file not found"):
        load_jsonl(tmp_path / "nowhere.jsonl")
    with pytest.raises(InputError, match=r"nowhere\.jsonl: file not found"):
        import_doccano(tmp_path / "nowhere.jsonl")
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes('{"text": "盗窃"}\n'.encode("gbk"))
    with pytest.raises(InputError, match=r"gbk\.jsonl: not UTF-8"):
        load_jsonl(gbk)
