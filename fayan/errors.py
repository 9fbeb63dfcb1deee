"""fayan's exceptions.

Every error fayan raises on purpose derives from :class:`FayanError`::

    FayanError
    ├── InputError              a file or record cannot be read
    │   ├── UnsupportedFormat   file extension / format fayan does not read
    │   ├── DecodeError         bytes that no supported encoding decodes
    │   └── RecordError         a json/jsonl record without a usable text field
    ├── ParseError              a value span that does not parse (money, date, duration)
    ├── LexiconError            a bad line in a lexicon or law-data file (names file and line)
    ├── ModelError              the NER model is missing, corrupt, or its extra is not installed
    └── UsageError              bad arguments to a library call or command

Messages say what went wrong, where (file, line, document id) and how to fix it.
In a batch run each error becomes a recorded failure in the manifest and the run
goes on.
"""

from __future__ import annotations

__all__ = [
    "FayanError",
    "InputError",
    "UnsupportedFormat",
    "DecodeError",
    "RecordError",
    "ParseError",
    "LexiconError",
    "ModelError",
    "UsageError",
]


class FayanError(Exception):
    """Base class of every error fayan raises on purpose."""


class InputError(FayanError):
    """A file or record cannot be read."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class UnsupportedFormat(InputError):
    """The file's format is not one fayan reads."""


class DecodeError(InputError):
    """The file's bytes decode in no supported encoding."""


class RecordError(InputError):
    """A json/jsonl record has no usable text or id field."""


class ParseError(FayanError, ValueError):
    """A span given to a parser (money, duration, date) does not parse."""


class LexiconError(FayanError):
    """A lexicon or law-data file has a bad entry."""

    def __init__(self, message: str, path: str, line: int | None = None):
        where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class ModelError(FayanError):
    """The NER model cannot be used (missing extra, missing or corrupt weights)."""


class UsageError(FayanError):
    """Bad arguments to a library call or a command."""
