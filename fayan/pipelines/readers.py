"""Read judgment files into :class:`~fayan.types.Document` values.

The first stage of the pipeline::

    path ──iter_sources──▶ [Path] ──read_file──▶ [Document | ReadFailure]

* :func:`iter_sources` expands files and folders (recursively, sorted, hidden
  names skipped) into the list of files to read.
* :func:`read_file` reads one file into one or more documents (a ``.json``
  array or a ``.jsonl`` file holds many).  It never raises for a bad input: a
  file or record that cannot be read becomes a :class:`ReadFailure` that names
  the file (and line), so a batch can account for every input.
* :func:`read_paths` chains the two; :func:`read_text` reads a single document
  and raises the named error from :mod:`fayan.errors` instead.

Formats: ``.txt`` and extension-less text (UTF-8 with or without BOM,
GB18030/GBK, Big5, UTF-16/32 with BOM, UTF-16 without BOM when detectable),
``.docx`` (paragraphs and table cells in document order), ``.pdf`` (the text
layer of every page in order; not a scan, which needs OCR), ``.html``/``.htm``
(the judgment body of the page, not its menus), ``.json`` and ``.jsonl``
(records with a configurable text field).  Every document's ``text`` is
``normalize(original)``; ``original`` is the decoded text (for html: the
extracted body text; for docx: paragraphs joined with ``\\n``; for pdf: the
lines as pdfminer.six lays them out, a form feed after each page; for json: the
text field) and ``Document.original_span`` maps offsets back into it.

>>> raw = "被告人張某犯盜竊罪，判處有期徒刑六個月。".encode("gbk")
>>> decode_text(raw)
('被告人張某犯盜竊罪，判處有期徒刑六個月。', 'gb18030')
>>> html_fragment_text("<p>被告人张某&nbsp;犯盗窃罪，</p><p>判处有期徒刑六个月。<script>x()</script></p>")
'被告人张某\\xa0犯盗窃罪，\\n判处有期徒刑六个月。'
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from fayan.errors import DecodeError, InputError, RecordError, UnsupportedFormat, UsageError
from fayan.jsonl import jsonl_objects
from fayan.nlp.text import normalize
from fayan.types import Document

__all__ = [
    "DEFAULT_ID_FIELDS",
    "DEFAULT_TEXT_FIELDS",
    "READ_AS_KEYS",
    "SUPPORTED_SUFFIXES",
    "HtmlBody",
    "ReadFailure",
    "decode_text",
    "html_body",
    "html_fragment_text",
    "iter_sources",
    "read_file",
    "read_paths",
    "read_text",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", ".html", ".htm", ".json", ".jsonl")
"""File extensions :func:`read_file` reads; a file without extension is read as text (or html)."""
READ_AS_KEYS: tuple[str, ...] = ("format", "encoding", "html_body", "text_field")
"""The ``Document.meta`` keys that say how a file was read (kept in a batch's manifest, shown by ``fayan show``)."""

DEFAULT_TEXT_FIELDS: tuple[str, ...] = ("fd", "qw", "full_text", "text", "content", "fact", "body", "html")
"""Record fields tried, in order, for a json/jsonl record's text (``text_fields=`` overrides)."""

DEFAULT_ID_FIELDS: tuple[str, ...] = ("id", "doc_id", "docid", "wenshu_id", "_id", "uuid", "case_id")
"""Record fields tried, in order, for a json/jsonl record's id (``id_field=`` overrides)."""

# Record-list keys of a json object that wraps its records: {"data": [...]}.
_RECORD_LIST_KEYS = ("data", "records")
# Record fields copied into Document.meta as "title".
_TITLE_FIELDS = ("title", "Title", "TITLE", "标题")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that did not become a Document, and why.

    ``record`` is the 1-based line number in a ``.jsonl`` file or the 0-based
    index in a ``.json`` array (``None`` for a whole file); ``id`` is the
    record's id when it could be read; ``reason`` is the error message, which
    starts with the file path; ``error`` is the name of the
    :mod:`fayan.errors` class the failure corresponds to.
    """

    source: str
    record: int | None
    id: str | None
    reason: str
    error: str

    @property
    def line(self) -> str:
        """The failure as one line that names its file (and record): the reason, which mostly opens with the file's
        name already, else the file (and record) before it."""
        where = self.source + (f" record {self.record}" if self.record is not None else "")
        return self.reason if self.reason.startswith(self.source) else f"{where}: {self.reason}"


# ---------------------------------------------------------------------------
# Listing sources


def iter_sources(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    hidden: list[Path] | None = None,
    skipped: list[tuple[Path, str]] | None = None,
) -> Iterator[Path]:
    """Files to read under ``paths``, in a deterministic order.

    A folder is walked recursively; its files come sorted by their path
    relative to the folder, and names starting with ``.`` (hidden files and
    folders) are skipped, and appended to ``hidden`` when it is given.  A path
    that is not a folder is yielded as given, even if it does not exist, so
    that :func:`read_file` reports it; so is a folder inside that cannot be
    listed (no permission).  A file reached twice (named and inside a named
    folder, or through a link) is yielded once.  Symbolic links to folders are
    not followed.  Links not followed and files reached again are appended to
    ``skipped`` as ``(path, reason)`` when it is given, so that a batch can
    account for every name it met.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: dict[Path, Path] = {}
    for given in paths:
        root = Path(given)
        found = _walk(root, hidden, skipped) if root.is_dir() else [root]
        for path in found:
            key = real_path(path)
            if key in seen:
                if skipped is not None:
                    skipped.append((path, f"the same file as {seen[key]} (read once)"))
                continue
            seen[key] = path
            yield path


def real_path(path: Path) -> Path:
    """``path`` with its links resolved; a link in a loop (a → b → a, self → self) as it stands, for
    :func:`read_file` to report (Path.resolve raises RuntimeError on a loop in Python 3.11 and 3.12)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _walk(root: Path, hidden: list[Path] | None = None, skipped: list[tuple[Path, str]] | None = None) -> list[Path]:
    files: list[Path] = []

    def unlistable(exc: OSError) -> None:  # a folder os.walk cannot list: read_file reports why
        files.append(Path(exc.filename))

    for folder, dirnames, filenames in os.walk(root, onerror=unlistable):
        base = Path(folder)
        if hidden is not None:
            hidden.extend(sorted(base / n for n in [*dirnames, *filenames] if n.startswith(".")))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        if skipped is not None:
            skipped.extend((base / d, "a link to a folder (not followed)") for d in sorted(dirnames)
                           if (base / d).is_symlink())
        files.extend(base / name for name in filenames if not name.startswith("."))
    return sorted(files, key=lambda p: p.relative_to(root).parts)


# ---------------------------------------------------------------------------
# Public readers


def read_paths(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> Iterator[Document | ReadFailure]:
    """Every Document (and every ReadFailure) under ``paths``; never raises for a bad file.

    ``text_fields`` and ``id_field`` apply to json/jsonl records; see :func:`read_file`.
    """
    for path in iter_sources(paths):
        yield from read_file(path, text_fields=text_fields, id_field=id_field)


def read_file(
    path: str | os.PathLike[str],
    *,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> Iterator[Document | ReadFailure]:
    """Read one file into Documents; a file or record that cannot be read yields a ReadFailure.

    ``text_fields`` (json/jsonl): fields tried in order for the record text,
    default :data:`DEFAULT_TEXT_FIELDS`.  ``id_field`` (json/jsonl): the field
    (or fields, tried in order) holding the record id, default
    :data:`DEFAULT_ID_FIELDS`; a record without one gets ``<stem>:<line>``
    (jsonl) or ``<stem>:<index>`` (json array).
    """
    p = Path(path)
    opts = _Options(
        _field_tuple(text_fields, DEFAULT_TEXT_FIELDS), _field_tuple(id_field, DEFAULT_ID_FIELDS), id_field is not None
    )
    as_is = shown_path(p) == str(p)
    for item in _read_all(p, opts):
        yield item if as_is else _named_as_shown(item, p)


def _read_all(p: Path, opts: _Options) -> Iterator[Document | ReadFailure]:
    try:
        for item in _read(p, opts):
            if isinstance(item, _RecordFailure):
                yield ReadFailure(str(p), item.record, item.id, str(item.error), type(item.error).__name__)
            else:
                yield item
    except InputError as exc:
        yield ReadFailure(str(p), None, None, str(exc), type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - a batch must account for every input; recorded, not hidden
        reason = f"{p}: unexpected {type(exc).__name__} while reading (please report this file): {exc}"
        yield ReadFailure(str(p), None, None, reason, type(exc).__name__)


_SURROGATES_RE = re.compile("[\udc80-\udcff]")


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text a UTF-8 file can hold: as it is, or where a name in it is not UTF-8 (a zip made on Chinese
    Windows unpacked as it was, its names in GBK; Python holds such bytes as lone surrogates, which no UTF-8 output
    can write), that name's bytes read as GB18030, else with its bad bytes as ``\\xNN``.

    >>> shown_path(os.fsdecode("案卷/".encode() + "诈骗案.txt".encode("gbk")))
    '案卷/诈骗案.txt'
    """
    text = os.fspath(path)
    if not _SURROGATES_RE.search(text):
        return text
    return os.sep.join(_shown_name(os.fsencode(part)) for part in text.split(os.sep))


def _shown_name(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return raw.decode("utf-8", "backslashreplace")


def _named_as_shown(item: Document | ReadFailure, p: Path) -> Document | ReadFailure:
    """``item`` of the file ``p`` whose name is not UTF-8, with the file's name as :func:`shown_path` shows it in its
    source, id and reason (so that records, the manifest and the report can be written)."""
    shown = Path(shown_path(p))

    def fix(text: str) -> str:
        return text.replace(str(p), str(shown)).replace(p.name, shown.name).replace(p.stem, shown.stem)

    if isinstance(item, ReadFailure):
        return replace(item, source=str(shown), id=item.id and fix(item.id), reason=fix(item.reason))
    return replace(item, id=fix(item.id), source=str(shown))


def read_text(path: str | os.PathLike[str]) -> Document:
    """Read a file that holds one document; raise the named :mod:`fayan.errors` error otherwise.

    Raises :class:`~fayan.errors.UnsupportedFormat`, :class:`~fayan.errors.DecodeError`,
    :class:`~fayan.errors.RecordError` or :class:`~fayan.errors.InputError` for a
    file that cannot be read, and :class:`~fayan.errors.UsageError` for a json
    file with several records (use :func:`read_file` for those).
    """
    p = Path(path)
    opts = _Options(DEFAULT_TEXT_FIELDS, DEFAULT_ID_FIELDS)
    docs: list[Document] = []
    for item in _read(p, opts):
        if isinstance(item, _RecordFailure):
            raise item.error
        docs.append(item)
    if len(docs) != 1:
        raise UsageError(f"{p}: holds {len(docs)} records, not one document; use read_file() or read_paths()")
    return docs[0]


# ---------------------------------------------------------------------------
# Dispatch


@dataclass(frozen=True, slots=True)
class _Options:
    text_fields: tuple[str, ...]
    id_fields: tuple[str, ...]
    id_given: bool = False  # id_field= was given: a record without it is a failure, not a silent fallback id


@dataclass(frozen=True, slots=True)
class _RecordFailure:
    record: int | None
    id: str | None
    error: InputError


def _field_tuple(value: Sequence[str] | str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    fields = (value,) if isinstance(value, str) else tuple(value)
    if not fields or not all(isinstance(f, str) and f for f in fields):
        raise UsageError(f"field names must be non-empty strings, got {value!r}")
    return fields


def _read(path: Path, opts: _Options) -> Iterator[Document | _RecordFailure]:
    """Documents and per-record failures of one file; raises InputError for a file-level failure."""
    suffix = path.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        hint = ""
        if suffix in (".doc", ".wps", ".rtf"):
            hint = "; save or convert it as .docx or .txt"
        raise UnsupportedFormat(
            f"unsupported format {suffix} (supported: {', '.join(SUPPORTED_SUFFIXES)}, "
            f"or text without extension){hint}",
            str(path),
        )
    if path.is_dir():
        try:
            os.scandir(path).close()
        except OSError as exc:
            raise InputError(f"cannot list this folder: {exc.strerror or exc}", str(path)) from exc
        raise InputError("is a folder, not a file; use read_paths() for folders", str(path))
    if path.exists() and not path.is_file():
        raise InputError("not a regular file (a pipe, socket or device); fayan reads files", str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    if not data:
        raise InputError("empty file", str(path))
    if suffix == ".docx":
        yield _read_docx(path, data)
    elif suffix == ".pdf":
        yield _read_pdf(path, data)
    elif suffix in (".html", ".htm"):
        yield _read_html(path, data)
    elif suffix == ".json":
        yield from _read_json(path, data, opts)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, data, opts)
    else:
        yield _read_txt(path, data)


def _make_document(doc_id: str, original: str, source: Path, meta: list[tuple[str, str]]) -> Document:
    text, offsets = normalize(original)
    if not text.strip():
        what = "whitespace" if not original.strip() else (
            "whitespace, page furniture or an export's header (title:…/content:), or a legal database's "
            "metadata (标题：…/案号：…/文书类型：…) with no judgment after it")
        raise InputError(f"empty (no text: only {what})", str(source))
    return Document(doc_id, text, original, offsets, str(source), tuple(meta))


# ---------------------------------------------------------------------------
# Plain text and decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings charset-normalizer may choose among (after the BOM and strict UTF-8 checks).
_DETECTABLE = ("utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be")
# Declared or detected names decoded with a superset codec.
_SUPERSET = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030", "euc_cn": "gb18030"}
# Characters a text file should not hold: C0/C1 controls except whitespace, U+FFFD, private use.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_MAX_BAD_RATIO = 0.05
# Characters of a plausible Chinese judgment: ASCII and Latin-1 (× ·), general punctuation, letterlike
# and number forms, arrows, maths, enclosed numbers, CJK punctuation, enclosed CJK and units (㎡),
# CJK ideographs, CJK compatibility, vertical and full-width forms.  A decode that guessed the wrong
# encoding (or bytes that are not text) yields mostly other characters.
_SENSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u27ff\u3000-\u303f\u3200-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
_MIN_SENSIBLE = 0.8
# Han characters (CJK unified ideographs, extension A, compatibility, extensions B-G).
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _damaged_utf8(data: bytes, exc: UnicodeDecodeError, source: str) -> None:
    """Raise a DecodeError naming the place when ``data`` is UTF-8 Chinese text but for a few invalid bytes (a
    damaged or cut-off file); return when it is not (another encoding, detected next)."""
    loose = data.decode("utf-8", "replace")
    bad = loose.count("\ufffd")
    if bad > max(3, len(data) // 100_000) or len(_CJK.findall(loose)) < 20:
        return
    if exc.start >= len(data) - 3 and bad == 1:
        where = "in its last character (the file may be cut off)"
    else:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"at byte {exc.start} (line {line})"
    raise DecodeError(
        f"UTF-8 text with {bad} invalid byte sequence{'s' if bad > 1 else ''}, the first {where}; "
        "the file is damaged: repair it or export it again",
        source,
    ) from exc


def decode_text(data: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)``.

    Order: a BOM (UTF-8/16/32); BOM-less UTF-16 when the bytes hold NULs and
    read as text in one byte order; strict UTF-8; else charset-normalizer's
    best guess among UTF-8, GB18030, Big5 and UTF-16, decoding GBK/GB2312 as
    GB18030 (a superset).  Raises :class:`~fayan.errors.UnsupportedFormat` for
    binary content (NUL bytes, control characters) and
    :class:`~fayan.errors.DecodeError` when no supported encoding decodes the
    bytes into plausible text.

    >>> decode_text("判处有期徒刑六个月".encode("utf-8-sig"))
    ('判处有期徒刑六个月', 'utf-8-sig')
    >>> decode_text("判处有期徒刑六个月".encode("utf-16"))
    ('判处有期徒刑六个月', 'utf-16')
    >>> decode_text(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    Traceback (most recent call last):
    ...
    fayan.errors.UnsupportedFormat: <bytes>: not a text file (it holds NUL bytes)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, source)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {codec} BOM but is not valid {codec}: {exc.reason} at byte {exc.start}",
                    source,
                ) from exc
    if b"\x00" in data:
        codec16 = _utf16_without_bom(data)
        if codec16 is None:
            raise UnsupportedFormat("not a text file (it holds NUL bytes)", source)
        return _checked(data.decode(codec16), codec16, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError as exc:
        _damaged_utf8(data, exc, source)  # UTF-8 but for a few bytes: say where, not "not a text file"
    from charset_normalizer import from_bytes

    # threshold=1.0: judgments full of "×" (张××) read as "chaotic" to charset-normalizer's
    # default 0.2 cut-off; the candidates are ranked by chaos anyway and checked below.
    best = from_bytes(data, cp_isolation=list(_DETECTABLE), threshold=1.0).best()
    if best is not None:
        name = codecs.lookup(best.encoding).name.replace("-", "_")
        codec = codecs.lookup(_SUPERSET.get(name, name)).name
    else:
        # charset-normalizer gives up on text dense with "×" or other symbols (张××, 19××年×月);
        # fall back to the Chinese codec whose characters are the commonly used ones.
        guess = _common_cjk_codec(data)
        if guess is None:
            raise DecodeError(
                "not a text file: no supported encoding decodes it (tried UTF-8, GB18030, Big5, UTF-16); "
                "re-save it as UTF-8",
                source,
            )
        codec = guess
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"looks like {codec} but does not decode: {exc.reason} at byte {exc.start}; re-save it as UTF-8",
            source,
        ) from exc
    if _sensible_ratio(text) < _MIN_SENSIBLE:
        raise DecodeError(
            f"not a text file: it decodes only as {codec}, and that reads as garbage "
            "(few Chinese or ASCII characters); re-save it as UTF-8",
            source,
        )
    return _checked(text, codec, source)


def _sensible_ratio(text: str) -> float:
    """Share of characters a Chinese judgment plausibly holds (CJK, ASCII, CJK and general punctuation)."""
    if not text:
        return 0.0
    return len(_SENSIBLE.findall(text)) / len(text)


@lru_cache(maxsize=65536)
def _is_common_hanzi(ch: str) -> bool:
    """In GB2312 (common simplified) or Big5 level 1 (common traditional, bytes A440-C67E)."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        code = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return b"\xa4\x40" <= code <= b"\xc6\x7e"


def _common_cjk_codec(data: bytes) -> str | None:
    """gb18030 or big5, whichever decodes ``data`` into mostly common hanzi (at least 80%).

    Big5 bytes also decode as GB18030, into rare characters: for the 154 dev
    judgments saved as Big5 and decoded as GB18030, 42-61% of the hanzi are
    common, against at least 98% for every right decode (GBK, GBK-traditional, Big5).
    """
    best: tuple[float, str] | None = None
    for codec in ("gb18030", "big5"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        hanzi = _CJK.findall(text, 0, 20000)
        if not hanzi or _sensible_ratio(text) < _MIN_SENSIBLE:
            continue
        ratio = sum(map(_is_common_hanzi, hanzi)) / len(hanzi)
        if ratio >= 0.8 and (best is None or ratio > best[0]):
            best = (ratio, codec)
    return best[1] if best else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes read as sensible text in one of them, else None."""
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            ratio = _sensible_ratio(data.decode(codec))
        except UnicodeDecodeError:
            continue
        if best is None or ratio > best[0]:
            best = (ratio, codec)
    if best is None or best[0] < _MIN_SENSIBLE:
        return None
    return best[1]


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    if text and len(_BAD_CHARS.findall(text)) > _MAX_BAD_RATIO * len(text):
        raise UnsupportedFormat(
            f"not a text file (decoded as {encoding}, more than {_MAX_BAD_RATIO:.0%} control or "
            "private-use characters)",
            source,
        )
    return text, encoding


def _read_txt(path: Path, data: bytes) -> Document:
    text, encoding = decode_text(data, source=str(path))
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):  # a web page saved as .txt, or named without extension
        return _html_document(path, text, encoding)
    return _make_document(path.stem, text, path, [("format", "txt"), ("encoding", encoding)])


# ---------------------------------------------------------------------------
# docx


_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # a legacy Word .doc's (an OLE compound file's) first bytes


def _read_docx(path: Path, data: bytes) -> Document:
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormat("is a legacy Word .doc (OLE) file named .docx; save it as .docx", str(path))
    if not data.startswith(b"PK"):
        raise InputError("not a valid .docx file (not a zip package); is the file complete?", str(path))
    import io

    import docx
    from docx.opc.exceptions import OpcError
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except (
        OpcError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        # A damaged zip (bad deflate stream, unknown compression, missing part) or malformed XML.
        raise InputError(f"not a valid .docx file ({type(exc).__name__}: {exc})", str(path)) from exc
    lines: list[str] = []
    _docx_blocks(document.element.body, lines)
    meta = [("format", "docx")]
    title = (document.core_properties.title or "").strip()
    if title:
        meta.append(("title", title))
    return _make_document(path.stem, "\n".join(lines), path, meta)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# what is not the document's text: deleted and moved-away runs of tracked changes, the fallback copy of
# alternate content (its first choice is read), text boxes (as python-docx), the properties of anything
_DOCX_SKIP = frozenset({_W + "del", _W + "moveFrom", _MC + "Fallback", _W + "txbxContent", _W + "rPr", _W + "pPr",
                        _W + "sdtPr", _W + "tblPr", _W + "trPr", _W + "tcPr", _W + "sectPr"})


def _docx_paragraph(p: Any) -> str:
    """A paragraph's text, read from its XML: the runs inside any wrapper (tracked insertions, content controls,
    smart tags, simple fields, hyperlinks, custom XML) count. python-docx's ``Paragraph.text`` reads only runs and
    hyperlinks right under the paragraph, and dropped the rest without a word."""
    out: list[str] = []

    def walk(el: Any) -> None:
        for ch in el:
            tag = ch.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP:
                continue
            if tag == _W + "t":
                out.append(ch.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            else:
                walk(ch)

    walk(p)
    return "".join(out)


def _docx_own(el: Any, tag: str, container: str) -> list[Any]:
    """The ``tag`` elements of ``el`` (a table's rows, a row's cells) inside wrappers too, not a nested table's."""
    return [x for x in el.iter(_W + tag) if next(x.iterancestors(_W + container), None) is el]


def _docx_blocks(parent: Any, lines: list[str]) -> None:
    """Append the text of paragraphs and tables under ``parent`` (the body, a cell, a content control), in
    document order; a table row's cells join with a tab."""
    for el in parent:
        tag = el.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue
        if tag == _W + "p":
            text = _docx_paragraph(el)
            if text.strip():
                lines.append(text)
        elif tag == _W + "tbl":
            for row in _docx_own(el, "tr", "tbl"):
                cells: list[str] = []
                for cell in _docx_own(row, "tc", "tr"):
                    inner: list[str] = []
                    _docx_blocks(cell, inner)
                    text = "\n".join(inner).strip()
                    if text:
                        cells.append(text)
                if cells:
                    lines.append("\t".join(cells))
        else:  # a block-level content control, custom XML, alternate content: read what it holds
            _docx_blocks(el, lines)


# ---------------------------------------------------------------------------
# pdf

# what a file named .pdf may be instead, by its first bytes
_NOT_PDF = (
    (b"PK\x03\x04", "a zip package (a .docx?)"),
    (_OLE_MAGIC, "a legacy Word .doc (OLE) file"),
    (b"{\\rtf", "an RTF file"),
    (b"<", "a web page or XML"),
)
# a glyph that pdfminer.six cannot map to a character (a font without a Unicode map)
_PDF_CID = re.compile(r"\(cid:\d+\)")
# The gap between two lines, in line heights, up to which pdfminer.six reads them as one text block.  A
# court prints a judgment with wide leading (16 pt type on 28-29 pt lines, GB/T 9704): at pdfminer's default
# 0.5 each line is a block of its own with a blank line after it, and a hard-wrapped paragraph reads as
# one-line paragraphs that normalize() does not unwrap (1990年5 / (blank) / 月3日).  At 1.5 the lines of a
# paragraph stay one block up to 2.5 heights from baseline to baseline (measured: 14-16 pt type on 20-36 pt
# lines); paragraphs a blank line apart at 28 pt leading (a gap of 2.5 heights) stay apart.
_PDF_LINE_MARGIN = 1.5


def _read_pdf(path: Path, data: bytes) -> Document:
    """The text layer of a PDF, read with pdfminer.six: every page in order, its lines as pdfminer lays them
    out (a blank line between its text blocks, a form feed after each page, which
    :func:`~fayan.nlp.text.normalize` reads as a page break); the info dictionary's title, if any, as
    ``title``.  A scan (pages that are images) has no text to read: it needs OCR, which fayan does not do."""
    if data.find(b"%PDF-", 0, 1024) < 0:
        head = data.lstrip()[:16]
        what = next((f": it is {name}" for magic, name in _NOT_PDF if head.startswith(magic)), "")
        raise InputError(
            f"not a PDF file (no %PDF- header at its start{what}); is it another format named .pdf?",
            str(path),
        )
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\r\x0c ")[-1024:]:
        raise InputError(
            "not a complete PDF file (no %%EOF at its end: cut off?); download or copy it again", str(path)
        )
    import io
    import logging

    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.psexceptions import PSException
    from pdfminer.utils import decode_text as pdf_string

    # pdfminer.six warns on stderr of each quirk of a file it reads anyway (a font without its bounding box, a
    # page without a crop box); what it cannot read becomes fayan's error below.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out = io.StringIO()
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        manager = PDFResourceManager()
        layout = LAParams(line_margin=_PDF_LINE_MARGIN)
        interpreter = PDFPageInterpreter(manager, TextConverter(manager, out, laparams=layout))
        pages = 0
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            pages += 1
        info = document.info[-1] if document.info else None
        title = resolve1(info.get("Title")) if isinstance(info, dict) else None
    except PDFPasswordIncorrect as exc:
        raise InputError(
            "is an encrypted PDF that needs a password to open; open it with the password and save "
            "(or print to PDF) a copy without one",
            str(path),
        ) from exc
    except PDFEncryptionError as exc:
        raise InputError(
            f"is an encrypted PDF that pdfminer.six cannot decrypt ({exc}); save a copy without encryption",
            str(path),
        ) from exc
    except (PSException, ValueError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
            struct.error, zlib.error, EOFError, RecursionError) as exc:
        # A damaged file: a broken cross-reference table, trailer or object, a bad stream, a page tree
        # that loops (pdfminer.six checks some of its input with assert).
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise InputError(f"not a valid PDF file ({reason}); is the file complete?", str(path)) from exc
    if not pages:
        raise InputError("not a valid PDF file (it holds no pages); is the file complete?", str(path))
    text = out.getvalue()
    if not text.strip():
        raise UnsupportedFormat(
            f"is a PDF with no text layer ({pages} page{'s' if pages > 1 else ''}, no text on any: a scan?); "
            "it needs OCR, which fayan does not do: run OCR on it first (with ocrmypdf, say) and read the "
            "result",
            str(path),
        )
    unmapped = len(_PDF_CID.findall(text))
    if unmapped and unmapped >= len(re.sub(r"\s", "", _PDF_CID.sub("", text))):
        raise UnsupportedFormat(
            f"is a PDF whose text layer does not say which characters its glyphs are ({unmapped} read as "
            "(cid:N): fonts without a Unicode map); it needs OCR, which fayan does not do",
            str(path),
        )
    meta = [("format", "pdf")]
    if isinstance(title, bytes):
        title = pdf_string(title)
    if isinstance(title, str) and title.strip():
        meta.append(("title", title.strip()))
    return _make_document(path.stem, text, path, meta)


# ---------------------------------------------------------------------------
# HTML


@dataclass(frozen=True, slots=True)
class HtmlBody:
    """The judgment text found in an html page.

    ``container`` says where it came from: ``id=DivContent``, ``class=PDF_pox``,
    ``<article>``, ``density:<div class=txt>`` (the block with the most Chinese
    text) or ``jsonHtmlData`` (the page embeds the judgment as JSON).
    """

    text: str
    title: str
    container: str


# fmt: off
# Tags never part of a judgment's text.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
    "select", "textarea", "input", "head", "link", "meta",
)
# Page chrome; <header>/<footer> are kept inside an <article> or a content container.
_CHROME_TAGS = ("nav", "aside", "header", "footer", "menu")
# id/class values (case-insensitive, whole value) of known content containers; with several on a
# page, the one with the most Chinese text wins, then a nested one holding 80% of that text.
_CONTENT_SET = frozenset((
    "divcontent", "pdf_pox", "wenshu", "content", "article", "detail", "main-content", "maincontent",
    "article-content",
))
_MIN_CONTENT_CJK = 10
_MIN_CONTENT_SHARE = 0.3
# id/class words (split on - and _) of page chrome.
_NOISE_WORDS = frozenset((
    "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "header", "footer", "sidebar", "related", "relate", "recommend", "recommended", "tuijian", "xgws",
    "share", "toolbar", "login", "copyright", "banner", "ad", "ads", "advert", "pager", "pagination",
    "comment", "comments",
))
# Chrome words that, inside a content container, name the document's own parts.
_OWN_PARTS = frozenset(("header", "footer"))
# Headings that open a list of other documents, not part of this one.
_LIST_CUES = (
    "相关文书", "相关推荐", "相关案例", "关联文书", "推荐文书", "推荐阅读", "类案推荐", "猜你喜欢",
    "热门文书", "热点推荐", "最新文书", "相关阅读",
)
_BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "title",
))
# fmt: on
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_EMBEDDED = re.compile(r"""jsonHtmlData\s*=\s*("(?:[^"\\]|\\.)*")""", re.DOTALL)
_LOOKS_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_LOOKS_HTML = re.compile(
    r"<(?:html|body|div|p|br|span|table|tr|td|font|center|a|h[1-6])\b[^>]*>", re.IGNORECASE
)


def _decode_html(data: bytes, source: str) -> tuple[str, str]:
    """Decode an html page: a BOM, else its ``<meta charset>``, else the text detection."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decode_text(data, source=source)
    head = data[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name.replace("-", "_")
        except LookupError:
            name = ""
        if name:
            codec = codecs.lookup(_SUPERSET.get(name, name)).name
            try:
                return _checked(data.decode(codec), codec, source)
            except UnicodeDecodeError:
                pass  # the declaration is wrong (it happens); detect from the bytes instead
    return decode_text(data, source=source)


def html_body(markup: str) -> HtmlBody:
    """The judgment body of a web page: known content containers first, else the densest block.

    >>> page = ('<html><head><title>张某盗窃案</title></head><body>'
    ...         '<nav><a href="/">首页</a><a href="/ws">裁判文书</a></nav>'
    ...         '<div id="DivContent"><p>被告人张某犯盗窃罪，</p><p>判处有期徒刑六个月。</p></div>'
    ...         '<footer>版权所有</footer></body></html>')
    >>> body = html_body(page)
    >>> body.text, body.title, body.container
    ('被告人张某犯盗窃罪，\\n判处有期徒刑六个月。', '张某盗窃案', 'id=DivContent')
    """
    soup = _soup(markup)
    title_tag = soup.find("title")
    title = _HTML_WS.sub(" ", title_tag.get_text()).strip() if title_tag else ""
    embedded = _embedded_judgment(soup)
    if embedded is not None:
        text, embedded_title = embedded
        return HtmlBody(text, embedded_title or title, "jsonHtmlData")
    _drop(soup, _DROP_TAGS)
    _drop_chrome(soup)
    _drop_lists(soup)
    container, where = _find_container(soup)
    text = _render(container) if container is not None else ""
    return HtmlBody(text, title, where)


def html_fragment_text(markup: str) -> str:
    """All text of an html fragment (a json field holding html), without scripts or styles.

    >>> html_fragment_text("<div>刑事判决书<br/>（2020）某01刑初1号</div>")
    '刑事判决书\\n（2020）某01刑初1号'
    """
    soup = _soup(markup)
    _drop(soup, _DROP_TAGS)
    return _render(soup)


def _soup(markup: str) -> Any:
    from bs4 import BeautifulSoup

    # bs4 warns on an XML declaration (XMLParsedAsHTMLWarning; the page is still html) and on
    # short markup without a tag that looks like a file name or URL (MarkupResemblesLocatorWarning).
    markup = _XML_DECL.sub("", markup, count=1)
    if "<" not in markup:
        markup = f"<div>{markup}</div>"
    return BeautifulSoup(markup, "lxml")


def _drop(soup: Any, names: Sequence[str]) -> None:
    for tag in soup.find_all(list(names)):
        tag.decompose()


def _class_id_words(tag: Any) -> tuple[set[str], set[str]]:
    """(whole id/class values, their words split on non-alphanumerics), lowercased."""
    values: set[str] = set()
    ident = tag.get("id")
    if isinstance(ident, str) and ident:
        values.add(ident.lower())
    classes = tag.get("class") or []
    values.update(c.lower() for c in classes if isinstance(c, str))
    words = {w for v in values for w in re.split(r"[^a-z0-9]+", v) if w}
    return values, words


def _is_named_content(tag: Any) -> bool:
    if tag.name in ("article", "main"):
        return True
    values, _ = _class_id_words(tag)
    return not values.isdisjoint(_CONTENT_SET)


def _content_tags(soup: Any) -> list[Any]:
    """Known content containers that hold some Chinese text and are not link lists."""
    return [
        t
        for t in soup.find_all(True)
        if _is_named_content(t) and _cjk_count(t) >= _MIN_CONTENT_CJK and _link_ratio(t) < 0.5
    ]


def _protected(content: list[Any]) -> set[int]:
    """ids of the content containers and of every element above them: never removed as chrome."""
    keep: set[int] = set()
    for tag in content:
        keep.add(id(tag))
        keep.update(id(p) for p in tag.parents)
    return keep


def _drop_chrome(soup: Any) -> None:
    """Remove nav/aside/header/footer and elements whose id/class names page chrome."""
    content = _content_tags(soup)
    keep = _protected(content)
    inside = {id(t) for t in content}
    for tag in soup.find_all(True):
        if tag.decomposed or id(tag) in keep or tag.name in ("html", "body"):
            continue
        # A header or footer of an article or content container belongs to it (its title block).
        in_content = any(id(p) in inside for p in tag.parents)
        if tag.name in _CHROME_TAGS:
            if not (in_content and tag.name in ("header", "footer")):
                tag.decompose()
            continue
        _, words = _class_id_words(tag)
        noise = _NOISE_WORDS - _OWN_PARTS if in_content else _NOISE_WORDS
        if not words.isdisjoint(noise):
            tag.decompose()


def _drop_lists(soup: Any) -> None:
    """Remove "相关文书/推荐" headings with the link lists after them, and link-dense blocks."""
    keep = _protected(_content_tags(soup))
    for tag in soup.find_all(True):
        if tag.decomposed or id(tag) in keep or tag.name not in _BLOCK_TAGS or tag.name in ("html", "body"):
            continue
        label = tag.get_text(strip=True)
        if len(label) > 12 or not label.startswith(_LIST_CUES):
            continue
        nxt = tag.find_next_sibling()
        while nxt is not None and id(nxt) not in keep and _link_ratio(nxt) >= 0.5:
            following = nxt.find_next_sibling()
            nxt.decompose()
            nxt = following
        parent = tag.parent
        tag.decompose()
        if (
            parent is not None
            and parent.name not in ("html", "body", "[document]")
            and id(parent) not in keep
            and _link_ratio(parent) >= 0.5
        ):
            parent.decompose()
    for tag in soup.find_all(["ul", "ol", "dl", "div", "section", "table", "p", "span"]):
        if not tag.decomposed and id(tag) not in keep and _link_ratio(tag) >= 0.6:
            tag.decompose()


def _link_ratio(tag: Any) -> float:
    total = len(_HTML_WS.sub("", tag.get_text()))
    if not total:
        return 0.0
    linked = sum(len(_HTML_WS.sub("", a.get_text())) for a in tag.find_all("a"))
    return linked / total


def _cjk_count(tag: Any) -> int:
    return len(_CJK.findall(tag.get_text()))


def _find_container(soup: Any) -> tuple[Any, str]:
    """The element holding the body, and a label saying how it was found."""
    named = _content_tags(soup)
    counts = {id(t): _cjk_count(t) for t in named}
    page_cjk = _cjk_count(soup)
    # A known container counts only if it holds a good share of the page's text (a "content" div
    # may be a short notice while the judgment sits in an unnamed block).
    named = [t for t in named if counts[id(t)] >= _MIN_CONTENT_SHARE * page_cjk]
    if named:
        best = max(named, key=lambda t: counts[id(t)])
        # Prefer a nested known container that holds nearly all of the text (the body, not the wrapper).
        while True:
            limit = 0.8 * counts[id(best)]
            inner = [t for t in best.find_all(True) if counts.get(id(t), -1) >= limit]
            if not inner:
                break
            best = max(inner, key=lambda t: counts[id(t)])
        return best, _label(best)
    # No known container: the block with the most Chinese text of its own and of its child
    # paragraphs.  A paragraph credits itself and its parent fully, its grandparent by half; a
    # block whose lines are split by <br> is a container itself and credits only itself.
    lines: dict[int, int] = {}
    for br in soup.find_all("br"):
        owner = _block_of(br)
        if owner is not None:
            lines[id(owner)] = lines.get(id(owner), 0) + 1
    scores: dict[int, float] = {}
    depth: dict[int, int] = {}
    tags: dict[int, Any] = {}
    for string in soup.find_all(string=True):
        c = len(_CJK.findall(string))
        if not c or string.find_parent("a") is not None:
            continue
        block = _block_of(string)
        if block is None:
            continue
        targets = [(block, 1.0)]
        if block.parent is not None and lines.get(id(block), 0) < 2:
            targets.append((block.parent, 1.0))
            if block.parent.parent is not None:
                targets.append((block.parent.parent, 0.5))
        for target, weight in targets:
            if target.name not in _BLOCK_TAGS:
                continue
            key = id(target)
            tags[key] = target
            scores[key] = scores.get(key, 0.0) + weight * c
            depth.setdefault(key, len(list(target.parents)))
    if not scores:
        return None, "none"
    key = max(scores, key=lambda k: (scores[k], depth[k]))  # on a tie, the deeper block
    return tags[key], "density:" + _label(tags[key])


def _block_of(node: Any) -> Any:
    return next((p for p in node.parents if p.name in _BLOCK_TAGS), None)


def _label(tag: Any) -> str:
    if tag.name in ("article", "main") and not tag.get("id") and not tag.get("class"):
        return f"<{tag.name}>"
    ident = tag.get("id")
    if isinstance(ident, str) and ident:
        return f"id={ident}"
    classes = tag.get("class")
    if classes:
        return f"class={' '.join(classes)}"
    return f"<{tag.name}>"


def _render(root: Any) -> str:
    """Text of ``root`` with block elements and <br> as line breaks; blank lines dropped."""
    from bs4.element import (
        CData,
        Comment,
        Declaration,
        Doctype,
        NavigableString,
        ProcessingInstruction,
        Tag,
    )

    skip = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    pieces: list[str] = []
    # An explicit stack instead of recursion: deeply nested pages exceed Python's recursion limit.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            pieces.append("\n")
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, skip):
                continue
            in_pre = node.find_parent("pre") is not None
            pieces.append(str(node) if in_pre else _HTML_WS.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            pieces.append("\n")
            continue
        block = node.name in _BLOCK_TAGS
        if block:
            pieces.append("\n")
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    lines = (line.strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _embedded_judgment(soup: Any) -> tuple[str, str] | None:
    """(text, title) of a judgment embedded as ``var jsonHtmlData = "{...Html...}"``, if any."""
    for script in soup.find_all("script"):
        match = _EMBEDDED.search(script.string or "")
        if not match:
            continue
        try:
            record = json.loads(json.loads(match.group(1)))
        except json.JSONDecodeError:
            continue  # not the JSON-in-a-string form; the page text is read instead
        if not isinstance(record, dict) or not isinstance(record.get("Html"), str):
            continue
        text = html_fragment_text(record["Html"])
        if not text.strip():
            continue
        title = record.get("Title")
        return text, title.strip() if isinstance(title, str) else ""
    return None


def _html_document(path: Path, markup: str, encoding: str) -> Document:
    body = html_body(markup)
    if not body.text.strip():
        raise InputError(
            "no body text found in the html page (is it a page of menus, or filled in by JavaScript?)",
            str(path),
        )
    meta = [("format", "html"), ("encoding", encoding), ("html_body", body.container)]
    if body.title:
        meta.append(("title", body.title))
    return _make_document(path.stem, body.text, path, meta)


def _read_html(path: Path, data: bytes) -> Document:
    markup, encoding = _decode_html(data, str(path))
    return _html_document(path, markup, encoding)


# ---------------------------------------------------------------------------
# json / jsonl


def _read_json(path: Path, data: bytes, opts: _Options) -> Iterator[Document | _RecordFailure]:
    content, encoding = decode_text(data, source=str(path))
    try:
        value = json.loads(content)
    except json.JSONDecodeError as exc:
        lines = exc.msg == "Extra data" and _is_json_lines(content, path)
        raise InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            + ("; it holds one JSON object per line: name it .jsonl" if lines else ""),
            str(path),
        ) from exc
    if isinstance(value, dict) and not _text_field(value, opts.text_fields):
        wrapped = next((value[k] for k in _RECORD_LIST_KEYS if isinstance(value.get(k), list)), None)
        if wrapped is None:  # an API's envelope: {"code": 0, "result": {"items": […]}}
            wrapped = _record_list(value, opts.text_fields)
        if wrapped is not None:
            value = wrapped
    if isinstance(value, dict):
        yield _record_document(path, value, None, path.stem, opts, encoding, "json")
        return
    if not isinstance(value, list):
        raise InputError(
            f"expected a JSON object or array of objects, found {type(value).__name__}", str(path)
        )
    if not value:
        raise InputError("holds no records (an empty JSON array)", str(path))
    for index, record in enumerate(value):
        yield _record_document(path, record, index, f"{path.stem}:{index}", opts, encoding, "json")


def _record_list(value: dict[str, Any], fields: tuple[str, ...], depth: int = 3) -> list[Any] | None:
    """The first list of records, up to ``depth`` objects down, whose first record holds a text field."""
    for item in value.values():
        if isinstance(item, list) and item and isinstance(item[0], dict) and _text_field(item[0], fields):
            return item
    if depth > 1:
        for item in value.values():
            if isinstance(item, dict):
                found = _record_list(item, fields, depth - 1)
                if found is not None:
                    return found
    return None


def _read_jsonl(path: Path, data: bytes, opts: _Options) -> Iterator[Document | _RecordFailure]:
    try:
        content, encoding = decode_text(data, source=str(path))
        lines: list[str | UnicodeDecodeError] = list(content.split("\n"))
    except DecodeError:
        # Mixed or broken bytes: decode line by line as UTF-8 so the good lines are still read.
        encoding = "utf-8"
        lines = []
        for raw in data.split(b"\n"):
            try:
                lines.append(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                lines.append(exc)
    if all(isinstance(line, str) and not line.strip() for line in lines):
        raise InputError("holds no records (only blank lines)", str(path))
    for lineno, line in enumerate(lines, 1):
        if isinstance(line, UnicodeDecodeError):
            error = RecordError(
                f"not UTF-8 ({line.reason} at byte {line.start} of the line)", str(path), lineno
            )
            yield _RecordFailure(lineno, None, error)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            error = RecordError(f"invalid JSON (column {exc.colno}: {exc.msg})", str(path), lineno)
            yield _RecordFailure(lineno, None, error)
            continue
        yield _record_document(path, record, lineno, f"{path.stem}:{lineno}", opts, encoding, "jsonl")


def _field(record: dict[str, Any], name: str) -> tuple[str, Any] | None:
    """(key as found, value) of ``name`` in ``record``: exact name first, then any case; a dotted name
    (``doc.qwContent``) walks into nested objects, unless the record has a key with the dot in it."""
    lowered = {k.lower(): k for k in record if isinstance(k, str)}
    key = name if name in record else lowered.get(name.lower())
    if key is not None:
        return key, record[key]
    head, dot, rest = name.partition(".")
    if dot and rest:
        inner = _field(record, head)
        if inner is not None and isinstance(inner[1], dict):
            found = _field(inner[1], rest)
            if found is not None:
                return f"{inner[0]}.{found[0]}", found[1]
    return None


def _text_field(record: dict[str, Any], fields: tuple[str, ...]) -> tuple[str, str] | None:
    """(field name, text) of the first usable text field: exact name first, then any case; dotted names reach into
    nested objects (``doc.qwContent``)."""
    for name in fields:
        found = _field(record, name)
        if found is None:
            continue
        key, value = found
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n".join(value)
        if isinstance(value, str) and value.strip():
            return key, value
    return None


# what a JSON value is, as a message names it (a text field holding one: not a text)
_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", dict: "an object", list: "an array"}


def _is_json_lines(content: str, path: Path) -> bool:
    """Whether every line of ``content`` that is not blank is a JSON object (JSON Lines in a file named .json)."""
    try:
        for _line in jsonl_objects(content, path):
            pass
    except InputError:
        return False
    return True


def _record_id(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for name in fields:
        found = _field(record, name) if "." in name else (name, record.get(name))
        value = None if found is None else found[1]
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _record_document(
    path: Path, record: Any, position: int | None, fallback_id: str, opts: _Options, encoding: str, fmt: str
) -> Document | _RecordFailure:
    line = position if fmt == "jsonl" else None
    where = "" if fmt == "jsonl" or position is None else f"record at index {position}: "
    if not isinstance(record, dict):
        error = RecordError(f"{where}expected a JSON object, found {type(record).__name__}", str(path), line)
        return _RecordFailure(position, None, error)
    keys = lambda: ", ".join(str(k) for k in list(record)[:12]) or "none"  # noqa: E731 - for the messages only
    doc_id = _record_id(record, opts.id_fields)
    if doc_id is None and opts.id_given:
        error = RecordError(
            f"{where}no usable id field (asked for {', '.join(opts.id_fields)}; the record has: {keys()})", str(path), line
        )
        return _RecordFailure(position, None, error)
    found = _text_field(record, opts.text_fields)
    if found is None:
        empty = [k for k in record if isinstance(k, str) and k.lower() in {f.lower() for f in opts.text_fields}]
        kind = _JSON_KINDS.get(type(record[empty[0]]), "") if empty else ""
        what = (f"the text field {empty[0]!r} holds {kind}, not a string" if kind else
                f"the text field {empty[0]!r} is empty" if empty else
                f"no usable text field (tried {', '.join(opts.text_fields)}; the record has: {keys()}); "
                "name it with --text-field (library: text_fields=)")
        error = RecordError(f"{where}{what}", str(path), line)
        return _RecordFailure(position, doc_id, error)
    field, value = found
    meta = [("format", fmt), ("encoding", encoding), ("text_field", field)]
    if field.lower() == "html" or _LOOKS_HTML.search(value):
        # A whole saved page loses its menus too; a fragment keeps all its text.
        value = html_body(value).text if _LOOKS_PAGE.search(value) else html_fragment_text(value)
        meta.append(("html", "stripped"))
    if position is not None:
        meta.append(("line" if fmt == "jsonl" else "index", str(position)))
    title = next(
        (record[k] for k in _TITLE_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None
    )
    if title:
        meta.append(("title", title.strip()))
    try:
        return _make_document(doc_id or fallback_id, value, path, meta)
    except InputError:
        error = RecordError(f"{where}field {field!r} holds no text", str(path), line)
        return _RecordFailure(position, doc_id, error)
