"""JSON Lines: one object per line, errors naming the file and line."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fayan.errors import InputError

__all__ = ["jsonl_objects", "read_jsonl", "read_utf8"]


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
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"not valid JSON ({exc.msg} at column {exc.colno})", str(path), lineno) from exc
        if not isinstance(record, dict):
            raise error("each line must be a JSON object", str(path), lineno)
        yield lineno, record


def read_jsonl(
    path: str | os.PathLike[str], error: type[InputError] = InputError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """:func:`jsonl_objects` of a UTF-8 file (see :func:`read_utf8`)."""
    return jsonl_objects(read_utf8(path), path, error)


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
