"""JSON Lines: one object per line, errors naming the file and line."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fayan.errors import InputError

__all__ = ["jsonl_objects", "read_jsonl", "iter_jsonl", "read_utf8"]


def jsonl_objects(
    text: str, path: str | os.PathLike[str], error: type[InputError] = InputError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of ``text`` (read from ``path``).

    A line that is not JSON, or not a JSON object, raises ``error`` naming the file and line.

    >>> list(jsonl_objects('{"a": 1}\\n\\n{"b": 2}\\n', "x.jsonl"))
    [(1, {'a': 1}), (3, {'b': 2})]
    >>> list(jsonl_objects('[1]', "x.jsonl"))
    Traceback (most recent call last):
    ...
    fayan.errors.InputError: x.jsonl:1: each line must be a JSON object
    """
    for lineno, line in enumerate(text.splitlines(), 1):
        record = _line_object(line, path, lineno, error)
        if record is not None:
            yield lineno, record


def _line_object(
    line: str, path: str | os.PathLike[str], lineno: int, error: type[InputError]
) -> dict[str, Any] | None:
    """The object on one line (None for a blank line); ``error`` naming ``path:lineno`` when it is not one."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(f"not valid JSON ({exc.msg} at column {exc.colno})", str(path), lineno) from exc
    if not isinstance(record, dict):
        raise error("each line must be a JSON object", str(path), lineno)
    return record


def read_jsonl(
    path: str | os.PathLike[str], error: type[InputError] = InputError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """:func:`jsonl_objects` of a UTF-8 file (see :func:`read_utf8`)."""
    return jsonl_objects(read_utf8(path), path, error)


def iter_jsonl(
    path: str | os.PathLike[str], error: type[InputError] = InputError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """:func:`read_jsonl` a line at a time, for a file too large to hold in memory (a batch's ``judgments.jsonl``).

    A missing or unreadable file, a line that is not UTF-8 (a tail cut mid-character), not JSON (a record cut
    short) or not an object raises ``error`` naming the file (and line).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> _ = p.write_bytes('{"a": 1}\\n{"b": "乙'.encode()[:-1])
    >>> list(iter_jsonl(p))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fayan.errors.InputError: ...x.jsonl:2: not UTF-8 (a line cut short, or another encoding)
    """
    p = Path(path)
    try:
        fh = p.open("rb")
    except FileNotFoundError as exc:
        raise error("file not found", str(p)) from exc
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", str(p)) from exc
    with fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise error("not UTF-8 (a line cut short, or another encoding)", str(p), lineno) from exc
            record = _line_object(line, p, lineno, error)
            if record is not None:
                yield lineno, record


def read_utf8(path: str | os.PathLike[str]) -> str:
    """A UTF-8 text file (a BOM is allowed); a missing, unreadable or non-UTF-8 file is an InputError."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError("file not found", str(p)) from exc
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8", str(p)) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(p)) from exc
