"""The one loader for annotator-edited word lists (``fayan/lexicons/``).

Formats (described for annotators in ``fayan/lexicons/README.md``):

* ``*.txt`` — one entry per line; ``#`` starts a comment; blank lines ignored.
* ``*.tsv`` — tab-separated columns, same comment rules; the column count is
  fixed per file and checked.

A missing file or a malformed line raises :class:`fayan.errors.LexiconError`
naming the file and the line.  Results are cached per (path, mtime); the
mtimes are looked at most once a second (:func:`lexicon_stamp`), so an edit is
seen within a second in a running process without a ``stat`` per call.

The lexicon directory defaults to the package's own; set the environment
variable ``FAYAN_LEXICONS`` (or pass ``directory``) to work on a copy.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from fayan.errors import LexiconError

__all__ = [
    "lexicon_dir", "lexicon_path", "lexicon_stamp", "lexicon_cached", "refresh", "load_list", "load_table", "Entry",
    "alternation", "cached_loaders",
]

_PACKAGE_DIR = Path(__file__).resolve().parent.parent / "lexicons"

Entry = tuple[int, tuple[str, ...]]  # (line number, columns)


_IN_EFFECT: ContextVar[str | None] = ContextVar("fayan_lexicons", default=None)


def lexicon_dir(directory: str | os.PathLike[str] | None = None) -> Path:
    """The lexicon directory in effect: ``directory``, else the one :func:`using_lexicons` sets, else
    ``$FAYAN_LEXICONS``, else the package's."""
    if directory is not None:
        return Path(directory)
    chosen = _IN_EFFECT.get()
    if chosen is not None:
        return Path(chosen)
    env = os.environ.get("FAYAN_LEXICONS")
    return Path(env) if env else _PACKAGE_DIR


@contextlib.contextmanager
def using_lexicons(directory: str | os.PathLike[str] | None) -> Iterator[None]:
    """Within the block, every loader that is given no folder reads ``directory`` (None: no change). A spaCy pipeline
    loaded with ``lexicon_dir`` runs its extraction so, whatever ``$FAYAN_LEXICONS`` says.

    >>> with using_lexicons("/tmp/my-lexicons"):
    ...     str(lexicon_dir())
    '/tmp/my-lexicons'
    """
    if directory is None:
        yield
        return
    token = _IN_EFFECT.set(str(directory))
    try:
        yield
    finally:
        _IN_EFFECT.reset(token)


def lexicon_path(name: str, directory: str | os.PathLike[str] | None = None) -> Path:
    folder = lexicon_dir(directory)
    path = folder / name
    if not path.is_file():
        why = ("is the package installed with its data?" if folder == _PACKAGE_DIR else
               "a lexicon folder given by lexicon_dir, $FAYAN_LEXICONS or a saved pipeline's config; a copy of "
               "fayan/lexicons must hold every file")
        raise LexiconError(f"lexicon file not found ({why})", str(path))
    return path


_STAMPS: dict[tuple[str, tuple[str, ...]], tuple[float, tuple[int, ...]]] = {}
_STAMP_TTL = 1.0  # seconds


def lexicon_stamp(names: tuple[str, ...], directory: str | os.PathLike[str] | None = None) -> tuple[int, ...]:
    """The mtimes of lexicon files, re-read at most once a second: a cache key for parsed lexicons."""
    d = str(lexicon_dir(directory))
    key = (d, names)
    now = time.monotonic()
    hit = _STAMPS.get(key)
    if hit is not None and now - hit[0] < _STAMP_TTL:
        return hit[1]
    stamp = tuple(lexicon_path(n, d).stat().st_mtime_ns for n in names)
    _STAMPS[key] = (now, stamp)
    return stamp


T = TypeVar("T")

# every loader lexicon_cached has made, in the order their modules were imported (cached_loaders)
_CACHED_LOADERS: list[Callable[..., object]] = []


def cached_loaders() -> tuple[Callable[..., object], ...]:
    """Every loader made by :func:`lexicon_cached` in the modules imported so far, each callable with no argument
    (the folder in effect). ``fayan.pipelines.lexicon_tools.load_lexicons`` runs them all before a batch or a check
    run, so the list of what is loaded up front follows the code that reads the lexicons, not a hand-kept list."""
    return tuple(_CACHED_LOADERS)


def lexicon_cached(*names: str) -> Callable[[Callable[[str], T]], Callable[..., T]]:
    """Cache ``build(directory)``, which parses the lexicon files ``names``, per folder and file mtimes.

    The decorated function takes an optional ``directory`` (default: :func:`lexicon_dir`) and
    rebuilds its result when one of the files changes (looked at most once a second).
    """

    def wrap(build: Callable[[str], T]) -> Callable[..., T]:
        @lru_cache(maxsize=8)
        def cached(directory: str, stamp: tuple[int, ...]) -> T:
            return build(directory)

        @functools.wraps(build)
        def get(directory: str | os.PathLike[str] | None = None) -> T:
            d = str(lexicon_dir(directory))
            return cached(d, lexicon_stamp(names, d))

        _CACHED_LOADERS.append(get)
        return get

    return wrap


def refresh() -> None:
    """Forget the remembered mtimes, so the next call sees an edit made a moment ago."""
    _STAMPS.clear()


def _strip_comment(line: str) -> str:
    # "#" starts a comment unless escaped as "\#".
    out = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] == "#":
            out.append("#")
            i += 2
            continue
        if ch == "#":
            break
        out.append(ch)
        i += 1
    return "".join(out).rstrip()


@lru_cache(maxsize=256)
def _read(path: str, mtime_ns: int, columns: int | None, min_columns: int) -> tuple[Entry, ...]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read: {exc.strerror}", path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LexiconError("not UTF-8; save the file as UTF-8", path, line) from exc
    entries: list[Entry] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        body = _strip_comment(line)
        if not body.strip():
            continue
        if columns is None:
            if "\t" in body:
                raise LexiconError("a list file has one entry per line; found a tab", path, lineno)
            entries.append((lineno, (body.strip(),)))
            continue
        cols = tuple(c.strip() for c in body.split("\t"))
        if len(cols) < min_columns or len(cols) > columns:
            want = f"{columns}" if min_columns == columns else f"{min_columns} to {columns}"
            raise LexiconError(
                f"expected {want} tab-separated columns, found {len(cols)}: {body!r}", path, lineno
            )
        if any(not c for c in cols[:min_columns]):
            raise LexiconError(f"empty column in {body!r}", path, lineno)
        entries.append((lineno, cols + ("",) * (columns - len(cols))))
    return tuple(entries)


def load_list(name: str, directory: str | os.PathLike[str] | None = None) -> list[str]:
    """Entries of a one-per-line list file, in file order.

    >>> "盗窃罪" in load_list("charges.txt")
    True
    """
    path = lexicon_path(name, directory)
    return [cols[0] for _, cols in _read(str(path), path.stat().st_mtime_ns, None, 1)]


def load_table(
    name: str,
    columns: int,
    directory: str | os.PathLike[str] | None = None,
    min_columns: int | None = None,
) -> list[Entry]:
    """Rows of a TSV file as ``(line number, columns)``; short optional columns are padded with ''."""
    path = lexicon_path(name, directory)
    return list(_read(str(path), path.stat().st_mtime_ns, columns, min_columns or columns))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of a lexicon's ``words``, escaped and longest first; one that never matches when there are
    none (an empty alternation would match everywhere).

    >>> alternation(["共", "共计", "合计"]), alternation([])
    ('共计|合计|共', '(?!)')
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in items) if items else "(?!)"
