"""The annotator's lexicon workflow: check a lexicon folder, and see what an edit changes.

Two questions, one function each:

* :func:`check_lexicons` — is the folder sound?  Every file is loaded with the
  loader that reads it in production, and then checked line by line: repeats
  and conflicting rows inside a file, conflicts between files (an alias that is
  a standard name, a standard name without an article, a circumstance regex
  that matches nothing or everything, a word given two categories by the
  amount files, a drug mapped to no substance of the law's quantity table),
  and words that jieba cuts through in real contexts.  Each
  finding is a :class:`LexiconIssue` with a severity and ``file:line``.
* :func:`diff_lexicons` — what does an edit change?  The corpus is extracted
  twice, with the lexicons *before* and *after* the edit, each in its own
  Python process (``FAYAN_LEXICONS`` set before anything is loaded, so no cache
  can mix the two), and the records are compared field by field
  (:func:`diff_records`).

>>> [c.render() for c in diff_records({"charges_reasoning": ["盗窃罪"]}, {"charges_reasoning": ["盗窃罪", "诈骗罪"]})]
["charges_reasoning: ['盗窃罪'] → ['盗窃罪', '诈骗罪']"]

Severities: ``error`` (production loading fails, or a row can never do what it
says: the command exits 1), ``warning`` (probably a mistake: a repeat, a dead
row, a word jieba always cuts), ``info`` (worth a look).

Segmentation: the words of the word lists (charge names, ethnicities, cue
words, terms …) are looked up in a corpus (default: the ``examples/`` folder of
a source checkout; ``corpus=`` for another), the corpus is cut by a private
jieba tokenizer with ``jieba_user.txt`` loaded (:func:`jieba_user_words`), and
an entry is reported when a token crosses its start or end in some context.
An occurrence inside a longer entry of the same file does not count (the
matchers prefer the longer one).
"""

from __future__ import annotations

import bisect
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from fayan.errors import FayanError, LexiconError, UsageError
from fayan.nlp.segment import _JIEBA_LINE, JIEBA_USER_FILE, jieba_user_words  # noqa: F401  (re-exported)
from fayan.nlp.facts import PRECURSOR
from fayan.nlp.lexicon import Entry, cached_loaders, lexicon_dir, load_list, load_table
from fayan.pipelines.engines import share_threads, worker_threads
from fayan.pipelines.law import LAW_FILE, LawTable, load_law

__all__ = [
    "Severity",
    "LexiconIssue",
    "LexiconReport",
    "FieldChange",
    "DocumentDiff",
    "DiffReport",
    "check_lexicons",
    "diff_lexicons",
    "diff_records",
    "jieba_user_words",
    "default_corpus",
]

Severity = Literal["error", "warning", "info"]
_SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

_PACKAGE_LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


# jieba cuts text into blocks of these characters before it consults a dictionary
# (jieba.re_han_default); a word with any other character is never found whole.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")


# ---------------------------------------------------------------------------
# What each file is (format, key columns, word column)


@dataclass(frozen=True, slots=True)
class _FileSpec:
    """How a lexicon file is laid out, for the generic checks.

    ``columns`` is None for a one-per-line list.  Rows with the same ``key``
    columns are repeats: an error when their ``value`` columns differ (the
    loader would keep one silently, or match both), a warning when they are
    identical.  ``words`` is the column holding words for the segmentation
    check (None: none); ``cues`` marks cue phrases matched as substrings (a cut
    is a note) as opposed to word lists (a word jieba always crosses is a warning).
    """

    name: str
    columns: int | None = None
    min_columns: int | None = None
    key: tuple[int, ...] = (0,)
    value: tuple[int, ...] = ()
    words: int | None = None
    cues: bool = False


_FILES: tuple[_FileSpec, ...] = (
    # word lists
    _FileSpec("charges.txt", words=0),
    _FileSpec("charge_aliases.tsv", 3, 2, value=(1,), words=0),
    _FileSpec("ethnicities.txt", words=0),
    _FileSpec("surnames.txt", words=0),
    _FileSpec("body_parts.txt", words=0),
    _FileSpec("law/minor_liability.txt", words=0),
    _FileSpec("law/negligent_charges.txt", words=0),
    _FileSpec(JIEBA_USER_FILE, words=0),
    # cue phrases
    _FileSpec("education.tsv", 2, value=(1,), words=0, cues=True),
    _FileSpec("term_cues.txt", words=0, cues=True),
    _FileSpec("money_currencies.tsv", 3, value=(1, 2), words=0, cues=True),
    _FileSpec("money_qualifiers.tsv", 3, key=(0, 2), value=(1,), words=0, cues=True),
    _FileSpec("money_labels.txt", words=0, cues=True),
    _FileSpec("drugs.tsv", 2, value=(1,), words=0, cues=True),
    _FileSpec("date_relative.tsv", 3, value=(1, 2), words=0, cues=True),
    # a cue scoped to some charges may repeat an unscoped one (its place in them): the scope is in the key
    _FileSpec("amount_role_cues.tsv", 5, 4, key=(0, 4), value=(1, 2, 3), words=0, cues=True),
    _FileSpec("amount_totals.txt", words=0, cues=True),
    _FileSpec("amount_scope.tsv", 2, value=(1,), words=0, cues=True),
    _FileSpec("amount_backrefs.tsv", 2, value=(1,), words=0, cues=True),
    _FileSpec("amount_parts.tsv", 2, value=(1,), words=0, cues=True),
    # a word may be both a person word and an after-name word (伙同): the kind is part of the key
    _FileSpec("amount_names.tsv", 2, key=(0, 1), words=0, cues=True),
    # not words of running text: rows, regexes, words looked up in charge or court names
    _FileSpec("charge_articles.tsv", 4, 2, key=(0, 1, 2)),
    _FileSpec("circumstances.tsv", 2, key=(1,), value=(0,)),
    _FileSpec("bracket_acts.tsv", 4, 3, key=(0, 1), value=(2, 3)),
    _FileSpec("numerals.tsv", 3, value=(1, 2)),
    _FileSpec("look_alike.tsv", 2, key=(0, 1)),
    _FileSpec("amount_charge_roles.tsv", 4, 2, value=(1, 2, 3)),
    _FileSpec("law/provinces.tsv", 4, 2, value=(1, 2, 3)),
    _FileSpec("law/cities.tsv", 3, 2, value=(1, 2)),
    _FileSpec("law/counties.tsv", 3, key=(0, 1, 2)),  # a name twice in one province is meant (it tells no city)
    _FileSpec("law/charge_dates.tsv", 4, 3, value=(1, 2, 3)),
)
_OTHER_FILES = ("README.md", "law/charges.yaml")

# The amount files that give a word a category ("role files"): a word in two of them
# gets two meanings at once.  Pairs that are meant to overlap are listed with the reason (``file:category``
# where only that category of the file is meant).
_ROLE_FILES = (
    "amount_role_cues.tsv",
    "amount_scope.tsv",
    "amount_backrefs.tsv",
    "amount_parts.tsv",
    "amount_names.tsv",
    "amount_totals.txt",
)
_ROLE_OVERLAPS_ALLOWED = {
    # 所盗, 被盗, 被骗: the cue gives the amount its role and points back at money already
    # mentioned (amount_backrefs.tsv's header says so).
    frozenset({"amount_role_cues.tsv", "amount_backrefs.tsv"}),
    # 总价: a total (of the role's amounts) and a role (value) at once.
    frozenset({"amount_role_cues.tsv", "amount_totals.txt"}),
    # 以上, 上述: opening a sentence that counts acts they make its amount their total (scope recap: 以上被告人甲共计
    # 盗窃四次，…8750元); right before an amount they point back at money told (上述财物价值…). Only the recap kind.
    frozenset({"amount_scope.tsv:recap", "amount_backrefs.tsv"}),
}

# The real loaders, run in a child process with FAYAN_LEXICONS set (each caches by
# directory, some without the file's mtime, so only a fresh process is sure to read
# the folder as it is now), and in-process before a batch (load_lexicons).  They are
# every loader made by fayan.nlp.lexicon.lexicon_cached in the modules the extraction
# and the checks import (_LOADER_MODULES), so a loader added there is run without
# being listed here, then the few that cache otherwise and a call through the public
# path of each extractor (_LOADERS).  Files read by load_list/load_table alone are
# also loaded by check_lexicons in-process.
_LOADER_MODULES: tuple[str, ...] = (
    "fayan.pipelines.assemble",  # the extraction (fayan.pipelines.assemble.extract_document)
    "fayan.pipelines.checks.run",  # the checks (every rule module)
)
_LOADERS: tuple[tuple[str, str], ...] = (
    ("fayan.nlp.charges", "standard_charges()"),
    ("fayan.nlp.numbers", "list(find_money('人民币1元'))"),
    ("fayan.nlp.amounts", "extract_amounts('盗窃现金1元')"),
    ("fayan.nlp.circumstances", "find_circumstances('本院认为，被告人甲系累犯。', 0, 13, ['甲'])"),
    ("fayan.nlp.segment", "jieba_user_words()"),
    ("fayan.pipelines.law", "load_law()"),
    ("fayan.pipelines.law", "provinces()"),
    ("fayan.pipelines.law", "province_of_court('某某市人民法院')"),
    ("fayan.pipelines.law", "city_of_court('某某市人民法院')"),
    ("fayan.pipelines.law", "city_of_county_court('某某县人民法院')"),
)


# ---------------------------------------------------------------------------
# Report types


@dataclass(frozen=True, slots=True)
class LexiconIssue:
    """One finding of :func:`check_lexicons`.

    ``file`` is relative to the lexicon folder; ``line`` is 1-based (None when
    the finding is about the whole file).  ``code`` names the check: ``parse``,
    ``missing``, ``unknown_file``, ``duplicate``, ``conflict``, ``alias``,
    ``article``, ``regex``, ``role``, ``dead_entry``, ``jieba_dict``,
    ``unknown_substance``, ``no_threshold``, ``segmentation``, ``no_corpus``.

    >>> LexiconIssue("error", "alias", "charge_aliases.tsv", 12, "alias '盗窃罪' is a standard name").render()
    "charge_aliases.tsv:12: error [alias] alias '盗窃罪' is a standard name"
    """

    severity: Severity
    code: str
    file: str
    line: int | None
    message: str

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def render(self) -> str:
        return f"{self.location}: {self.severity} [{self.code}] {self.message}"


@dataclass(frozen=True)
class LexiconReport:
    """Everything :func:`check_lexicons` found, in file and line order."""

    directory: str
    files: tuple[str, ...]
    issues: tuple[LexiconIssue, ...]
    corpus: str | None = None
    corpus_documents: int = 0
    seconds: float = 0.0
    # the inputs of the corpus that gave no document ("file:line: reason"), so that an unread corpus is seen
    corpus_failures: tuple[str, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for i in self.issues if i.severity == severity)

    @property
    def corpus_unread(self) -> bool:
        """A corpus was given but no document of it could be read: the segmentation was not checked at all."""
        return self.corpus is not None and not self.corpus_documents

    @property
    def exit_code(self) -> int:
        """1 when there is any error or no document of the corpus could be read, else 0 (what ``fayan lexicon
        check`` exits with)."""
        return 1 if self.count("error") or self.corpus_unread else 0

    def render(self, min_severity: Severity = "info") -> str:
        """Plain text: one line per issue, then a summary line."""
        if min_severity not in _SEVERITIES:
            raise UsageError(f"min_severity must be one of {', '.join(_SEVERITIES)}, not {min_severity!r}")
        keep = _SEVERITIES[: _SEVERITIES.index(min_severity) + 1]
        lines = [i.render() for i in self.issues if i.severity in keep]
        corpus = (
            f"; segmentation checked on {self.corpus_documents} documents of {self.corpus}"
            if self.corpus
            else "; segmentation not checked (no corpus)"
        )
        lines.append(
            f"{self.directory}: {len(self.files)} files, {self.count('error')} errors, "
            f"{self.count('warning')} warnings, {self.count('info')} notes{corpus} ({self.seconds:.1f} s)"
        )
        lines += _failure_lines(self.corpus_failures, f"inputs of {self.corpus} could not be read")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``fayan lexicon check --json``)."""
        out = asdict(self)
        out["counts"] = {s: self.count(s) for s in _SEVERITIES}
        out["exit_code"] = self.exit_code
        return out


# ---------------------------------------------------------------------------
# check_lexicons


def default_corpus() -> Path | None:
    """The ``examples/`` folder of a source checkout (fictional judgments), or None when absent."""
    path = _SOURCE_ROOT / "examples"
    return path if path.is_dir() else None


def check_lexicons(
    directory: str | os.PathLike[str] | None = None,
    *,
    corpus: str | os.PathLike[str] | None = None,
    max_documents: int = 300,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> LexiconReport:
    """Check every lexicon file of ``directory`` (default: ``$FAYAN_LEXICONS`` or the package's).

    ``corpus`` is a file or folder of judgments for the segmentation check
    (default: :func:`default_corpus`); at most ``max_documents`` are read.
    ``text_fields`` and ``id_field`` say how its json/jsonl records are read
    (see :func:`fayan.pipelines.readers.read_file`).  The inputs that give no
    document are listed in ``corpus_failures``; when none gives one, the
    report's ``exit_code`` is 1 (the segmentation was not checked).

    >>> report = check_lexicons()
    >>> report.exit_code, report.count("error")
    (0, 0)
    """
    started = time.perf_counter()
    root = lexicon_dir(directory).resolve()
    if not root.is_dir():
        raise UsageError(f"{root}: not a lexicon folder (no such directory)")
    issues: list[LexiconIssue] = []
    present = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    known = {spec.name for spec in _FILES} | set(_OTHER_FILES)
    for name in sorted(present - known):
        issues.append(
            LexiconIssue("info", "unknown_file", name, None, "no module reads this file (a misspelt name?)")
        )
    for name in sorted(known - present - {"README.md"}):  # the format notes are for people, not read by fayan
        issues.append(LexiconIssue("error", "missing", name, None, "file not found; every lexicon file is required"))

    rows: dict[str, list[Entry]] = {}
    for spec in _FILES:
        if spec.name not in present:
            continue
        try:
            rows[spec.name] = _load_rows(spec, root)
        except LexiconError as exc:
            issues.append(_issue_from_error(exc, root, "parse"))
            continue
        issues += _duplicates(spec, rows[spec.name])
    issues += _jieba_user_format(rows.get(JIEBA_USER_FILE, []))
    loader_issues = _run_loaders(root)
    issues += loader_issues
    issues += _cross_file(rows)
    if not any(i.file == LAW_FILE for i in loader_issues):  # a broken law table is reported
        if "drugs.tsv" in rows:
            issues += _drug_substances(rows["drugs.tsv"], load_law(root / LAW_FILE))
        if "bracket_acts.tsv" in rows:
            issues += _bracket_acts(rows["bracket_acts.tsv"], load_law(root / LAW_FILE))
    corpus_path = Path(corpus) if corpus is not None else default_corpus()
    n_docs = 0
    corpus_failures: list[str] = []
    if corpus_path is None:
        issues.append(
            LexiconIssue("info", "no_corpus", JIEBA_USER_FILE, None,
                         "no corpus (examples/ folder absent): segmentation not checked; pass a corpus")
        )
    else:
        if not corpus_path.exists():
            raise UsageError(f"{corpus_path}: no such corpus file or folder")
        seg_issues, n_docs, corpus_failures = _segmentation(
            rows, corpus_path, max_documents, text_fields=text_fields, id_field=id_field)
        issues += seg_issues
    return LexiconReport(
        directory=str(root),
        files=tuple(sorted(present & known)),
        issues=tuple(_dedupe(issues)),
        corpus=str(corpus_path) if corpus_path is not None else None,
        corpus_documents=n_docs,
        seconds=round(time.perf_counter() - started, 2),
        corpus_failures=tuple(corpus_failures),
    )


def _load_rows(spec: _FileSpec, root: Path) -> list[Entry]:
    """The file's rows through fayan's one loader (a bad line raises LexiconError)."""
    if spec.columns is None:
        load_list(spec.name, root)  # the production call (rejects a tab in a list file)
        return load_table(spec.name, 1, root)  # the same rows, with their line numbers
    return load_table(spec.name, spec.columns, root, min_columns=spec.min_columns)


def _issue_from_error(exc: LexiconError, root: Path, code: str) -> LexiconIssue:
    return LexiconIssue("error", code, _relative(exc.path, root), exc.line, _bare_message(exc))


def _bare_message(exc: LexiconError) -> str:
    """The error's message without the ``path:line: `` prefix LexiconError puts in front."""
    prefix = f"{exc.path}:{exc.line}: " if exc.line is not None else f"{exc.path}: "
    return str(exc).removeprefix(prefix)


def _relative(path: str, root: Path) -> str:
    """``path`` relative to the lexicon folder ``root``, or as given when it lies outside."""
    try:
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return path


def _duplicates(spec: _FileSpec, entries: Sequence[Entry]) -> Iterator[LexiconIssue]:
    first: dict[tuple[str, ...], tuple[int, tuple[str, ...]]] = {}
    for line, cols in entries:
        key = (_jieba_word(cols[0]),) if spec.name == JIEBA_USER_FILE else tuple(cols[i] for i in spec.key)
        value = tuple(cols[i] for i in spec.value)
        if key not in first:
            first[key] = (line, value)
            continue
        line0, value0 = first[key]
        shown = "\t".join(key)
        if value != value0:
            yield LexiconIssue(
                "error", "conflict", spec.name, line,
                f"{shown!r} is already on line {line0} with {_join(value0)!r}, here {_join(value)!r}; keep one",
            )
        else:
            yield LexiconIssue("warning", "duplicate", spec.name, line, f"{shown!r} repeats line {line0}; delete one")


def _jieba_word(body: str) -> str:
    """The word of a ``jieba_user.txt`` line (``word [freq] [tag]``)."""
    return body.split(" ")[0]


def _join(cols: tuple[str, ...]) -> str:
    return "\t".join(cols)


def _jieba_user_format(entries: Sequence[Entry]) -> Iterator[LexiconIssue]:
    for line, (body,) in entries:
        m = _JIEBA_LINE.match(body)
        if m is None:
            yield LexiconIssue(
                "error", "parse", JIEBA_USER_FILE, line,
                f"expected 'word', 'word freq', 'word tag' or 'word freq tag' separated by one space; found {body!r}",
            )
            continue
        word = m.group("word")
        if not _JIEBA_BLOCK.fullmatch(word):
            yield LexiconIssue(
                "warning", "jieba_dict", JIEBA_USER_FILE, line,
                f"{word!r} holds a character jieba splits text at (punctuation such as 、): it never matches whole",
            )


# --- production loaders in a child process ----------------------------------


def _child_env(lexicons: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FAYAN_LEXICONS"] = str(lexicons)
    package_root = str(_SOURCE_ROOT)
    env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONWARNINGS"] = "ignore"  # a library's deprecation notice must not fail the child
    return env


def _run_loaders(root: Path) -> list[LexiconIssue]:
    code = "from fayan.pipelines.lexicon_tools import _loader_main; _loader_main()"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=_child_env(root), capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        raise FayanError(f"the lexicon loaders crashed in a child process (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return [
        LexiconIssue("error", "parse", _relative(item["path"], root), item["line"],
                     f"{item['message']} (loader: {item['loader']})")
        for item in json.loads(proc.stdout.strip().splitlines()[-1])
    ]


def _loaders() -> list[tuple[str, Callable[[], object]]]:
    """``(name, loader)`` for every production loader of the lexicons: each ``lexicon_cached`` loader of the modules
    the extraction and the checks import, then the entries of ``_LOADERS``."""
    import functools
    import importlib

    for module in _LOADER_MODULES:
        importlib.import_module(module)
    found: list[tuple[str, Callable[[], object]]] = [
        (f"{f.__module__}: {f.__qualname__}()", f) for f in cached_loaders()
    ]
    found += [(f"{module}: {call}", functools.partial(_run_loader, module, call)) for module, call in _LOADERS]
    return found


def _run_loader(module: str, call: str) -> None:
    """One entry of ``_LOADERS``: the call, in its module's namespace."""
    import importlib

    eval(call, dict(vars(importlib.import_module(module))))  # noqa: S307 - fixed expressions from _LOADERS, no user input


def load_lexicons() -> None:
    """Run every production loader in this process, so that a bad lexicon line (or a missing or non-UTF-8 file) raises
    its :class:`~fayan.errors.LexiconError` (file and line) once, before a batch or a check run starts, rather than
    once per document."""
    for _name, loader in _loaders():
        loader()


def _loader_main() -> None:
    """Child process: run each production loader once; print the LexiconErrors as JSON."""
    found = []
    for name, loader in _loaders():
        try:
            loader()
        except LexiconError as exc:
            found.append({"path": exc.path, "line": exc.line, "message": _bare_message(exc), "loader": name})
    print(json.dumps(found, ensure_ascii=False))


# --- checks across files -----------------------------------------------------


def _cross_file(rows: dict[str, list[Entry]]) -> list[LexiconIssue]:
    issues: list[LexiconIssue] = []
    standard = {cols[0]: line for line, cols in rows.get("charges.txt", [])}
    folded = {_charge_key(n): n for n in standard}
    have_charges = "charges.txt" in rows

    if have_charges and "charge_aliases.tsv" in rows:
        for line, (old, target, _note) in rows["charge_aliases.tsv"]:
            if _charge_key(old) in folded:
                issues.append(LexiconIssue(
                    "error", "alias", "charge_aliases.tsv", line,
                    f"alias {old!r} is the standard name {folded[_charge_key(old)]!r} "
                    f"(charges.txt:{standard[folded[_charge_key(old)]]}); delete the row",
                ))
            if target not in standard:
                issues.append(LexiconIssue(
                    "error", "alias", "charge_aliases.tsv", line,
                    f"alias target {target!r} is not a standard name in charges.txt",
                ))
    if have_charges and "charge_articles.tsv" in rows:
        with_article = {cols[0] for _line, cols in rows["charge_articles.tsv"]}
        for name, line in standard.items():
            if name not in with_article:
                issues.append(LexiconIssue(
                    "error", "article", "charges.txt", line,
                    f"standard charge {name!r} has no row in charge_articles.tsv; add its article",
                ))
    if "circumstances.tsv" in rows:
        issues += _regexes(rows["circumstances.tsv"])
    if have_charges:
        for line, (name, *_rest) in rows.get("law/charge_dates.tsv", []):  # (its dates: its loader's, run by _loaders)
            if name not in standard:
                issues.append(LexiconIssue(
                    "warning", "dead_entry", "law/charge_dates.tsv", line,
                    f"{name!r} is not a standard name in charges.txt, so no charge ever matches it",
                ))
        for list_file in ("law/minor_liability.txt", "law/negligent_charges.txt"):
            for line, (name,) in rows.get(list_file, []):
                if name not in standard:
                    issues.append(LexiconIssue(
                        "warning", "dead_entry", list_file, line,
                        f"{name!r} is not a standard name in charges.txt, so no charge ever matches it",
                    ))
        issues += _charge_roles(rows.get("amount_charge_roles.tsv", []), standard)
        issues += _cue_scopes(rows.get("amount_role_cues.tsv", []), standard)
        if JIEBA_USER_FILE in rows:
            user_words = {_jieba_word(cols[0]) for _line, cols in rows[JIEBA_USER_FILE]}
            for name, line in standard.items():
                if _JIEBA_BLOCK.fullmatch(name) and name not in user_words:
                    issues.append(LexiconIssue(
                        "warning", "jieba_dict", "charges.txt", line,
                        f"{name!r} is not in {JIEBA_USER_FILE}; add it so that jieba keeps the name one word",
                    ))
            for line, cols in rows.get("charge_aliases.tsv", []):
                alias = cols[0]
                if _JIEBA_BLOCK.fullmatch(alias) and alias not in user_words:
                    issues.append(LexiconIssue(
                        "warning", "jieba_dict", "charge_aliases.tsv", line,
                        f"{alias!r} is not in {JIEBA_USER_FILE} (section 2); add it so that jieba keeps the name one word",
                    ))
    issues += _role_overlaps(rows)
    return issues


def _drug_substances(entries: Sequence[Entry], law: LawTable) -> Iterator[LexiconIssue]:
    """A drug's canonical name must be a substance (or an alias of one) of the drug quantity table in
    law/charges.yaml, or its weights reach no quantity bracket (E4, E20): a warning, unless drugs.tsv also gives the
    name as its own substance (大麻\t大麻: the interpretation sets no threshold for it), which is worth a note. A
    precursor (羟亚胺\t制毒物品) is no drug: it has no threshold to reach."""
    tables = [c.quantity for c in law.charges if c.quantity is not None]
    own = {name for _line, (name, canonical) in entries if name == canonical}
    for line, (name, canonical) in entries:
        if canonical == PRECURSOR or any(t.canonical(canonical) for t in tables):
            continue
        if canonical in own:
            if name == canonical:
                yield LexiconIssue(
                    "info", "no_threshold", "drugs.tsv", line,
                    f"{canonical!r} is no substance of the quantity table in {LAW_FILE}: its weights reach no bracket",
                )
        else:
            yield LexiconIssue(
                "warning", "unknown_substance", "drugs.tsv", line,
                f"{name!r} maps to {canonical!r}, which is neither a substance of the quantity table in {LAW_FILE} "
                "nor a name of its own in drugs.tsv (a misspelt name?): its weights reach no quantity bracket",
            )


def _bracket_acts(entries: Sequence[Entry], law: LawTable) -> Iterator[LexiconIssue]:
    """An act of ``bracket_acts.tsv`` that no bracket above the first of its charge, nor a lighter one
    (情节较轻), names in its condition in ``law/charges.yaml`` (E3 and E11 find the bracket by the act's
    words): it would never move a floor. The 情节较轻 of a lighter bracket (故意杀人's first) opens it,
    and so lowers E11's floor."""
    for line, (charge, act, *_rest) in entries:
        entry = law.charge(charge)
        if entry is None:
            yield LexiconIssue("warning", "dead_entry", "bracket_acts.tsv", line,
                               f"{charge!r} has no entry in law/charges.yaml, so its acts open no bracket")
        elif not any(act in b.condition for b in entry.brackets if b.number > 1 or "较轻" in b.condition):
            yield LexiconIssue(
                "warning", "dead_entry", "bracket_acts.tsv", line,
                f"{act!r} is in no condition of a bracket of {charge} above the first in law/charges.yaml",
            )


def _charge_key(name: str) -> str:
    return name.replace("、", "").replace("，", "").removesuffix("罪")


def _regexes(entries: Sequence[Entry]) -> Iterator[LexiconIssue]:
    for line, (kind, pattern) in entries:
        try:
            rx = re.compile(pattern)
        except re.error as exc:
            yield LexiconIssue("error", "regex", "circumstances.tsv", line, f"{kind}: regex does not compile: {exc}")
            continue
        if rx.fullmatch("") is not None:
            yield LexiconIssue(
                "error", "regex", "circumstances.tsv", line,
                f"{kind}: regex {pattern!r} matches the empty string, so it matches every sentence",
            )


def _charge_roles(entries: Sequence[Entry], standard: dict[str, int]) -> Iterator[LexiconIssue]:
    earlier: list[tuple[int, str]] = []
    for line, (word, *_roles) in entries:
        shadow = next(((ln, w) for ln, w in earlier if w in word), None)
        if shadow is not None:
            yield LexiconIssue(
                "warning", "dead_entry", "amount_charge_roles.tsv", line,
                f"{word!r} never applies: line {shadow[0]} ({shadow[1]!r}) matches every charge it matches; "
                "move this row above it",
            )
        elif not any(word in name for name in standard):
            yield LexiconIssue(
                "warning", "dead_entry", "amount_charge_roles.tsv", line,
                f"{word!r} occurs in no standard charge name",
            )
        earlier.append((line, word))


def _cue_scopes(entries: Sequence[Entry], standard: dict[str, int]) -> Iterator[LexiconIssue]:
    """A charge word of a scoped ``amount_role_cues.tsv`` row that no standard charge name holds: the cue
    never applies there."""
    for line, cols in entries:
        for word in (w.strip() for w in cols[4].split(",") if len(cols) > 4):
            if word and not any(word in name for name in standard):
                yield LexiconIssue(
                    "warning", "dead_entry", "amount_role_cues.tsv", line,
                    f"charge word {word!r} occurs in no standard charge name",
                )


def _role_overlaps(rows: dict[str, list[Entry]]) -> Iterator[LexiconIssue]:
    seen: dict[str, list[tuple[str, int, str]]] = {}
    for name in _ROLE_FILES:
        for line, cols in rows.get(name, []):
            category = cols[1] if len(cols) > 1 else "total"
            places = seen.setdefault(cols[0], [])
            if not any(p[0] == name for p in places):
                places.append((name, line, category))
    for word, places in seen.items():
        for i, (name, line, category) in enumerate(places):
            for other, other_line, other_category in places[:i]:
                pairs = ({name, other}, {f"{name}:{category}", other}, {name, f"{other}:{other_category}"})
                if any(frozenset(pair) in _ROLE_OVERLAPS_ALLOWED for pair in pairs):
                    continue
                yield LexiconIssue(
                    "warning", "role", name, line,
                    f"{word!r} is {category} here and {other_category} in {other}:{other_line}; "
                    "both apply wherever it occurs — keep it in one file",
                )


# --- segmentation --------------------------------------------------------------


def _segmentation(
    rows: dict[str, list[Entry]],
    corpus: Path,
    max_documents: int,
    *,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> tuple[list[LexiconIssue], int, list[str]]:
    """The segmentation issues, the number of documents read, and the reason of each input that gave none."""
    from fayan.pipelines.readers import ReadFailure, read_paths

    texts = []
    failures = []
    for item in read_paths([corpus], text_fields=text_fields, id_field=id_field):
        if isinstance(item, ReadFailure):
            failures.append(item.line)
        elif item.text:
            texts.append(item.text)
            if len(texts) >= max_documents:
                break
    tokenizer = _tokenizer(rows.get(JIEBA_USER_FILE, []))
    token_starts = [[s for _word, s, _e in tokenizer.tokenize(text)] for text in texts]
    cut = [(text, {*starts, len(text)}, starts) for text, starts in zip(texts, token_starts)]
    issues = []
    for spec in _FILES:
        if spec.words is None or spec.name not in rows:
            continue
        words: dict[str, int] = {}
        for line, cols in rows[spec.name]:
            word = _jieba_word(cols[spec.words]) if spec.name == JIEBA_USER_FILE else cols[spec.words]
            if len(word) > 1 and word not in words:
                words[word] = line
        kept, inside, crossed, example = _cut_through(words, cut)
        for w in sorted(set(inside) | set(crossed), key=lambda x: words[x]):
            total = inside[w] + crossed[w] + kept[w]
            severity: Severity = "warning" if not spec.cues and not kept[w] and crossed[w] else "info"
            how = []
            if crossed[w]:
                how.append(f"crossed by a token boundary in {crossed[w]}")
            if inside[w]:
                how.append(f"inside a longer token in {inside[w]}")
            issues.append(LexiconIssue(
                severity, "segmentation", spec.name, words[w],
                f"{w!r}: jieba cuts through it in {total - kept[w]} of {total} contexts "
                f"({', '.join(how)}), e.g. {example[w]}",
            ))
    return issues, len(texts), failures


_SHOWN_FAILURES = 3  # failure reasons a rendered report shows (--json has them all)


def _failure_lines(failures: Sequence[str], what: str) -> list[str]:
    """``N {what}:`` and the first reasons (all of them when few), or nothing when there is no failure."""
    if not failures:
        return []
    lines = [f"{len(failures)} {what}" + (":" if len(failures) <= _SHOWN_FAILURES else
                                           f" (the first {_SHOWN_FAILURES}; all with --json):")]
    lines += [f"  {r}" for r in failures[:_SHOWN_FAILURES]]
    if len(failures) > _SHOWN_FAILURES:
        lines.append(f"  … and {len(failures) - _SHOWN_FAILURES} more")
    return lines


def _cut_through(
    words: Collection[str], cut: Sequence[tuple[str, set[int], list[int]]]
) -> tuple[Counter[str], Counter[str], Counter[str], dict[str, str]]:
    """How often jieba keeps each of ``words`` whole in the texts of ``cut`` (each with its token boundaries and token
    starts), how often one token covers it (``inside``: 盗窃 in 盗窃罪) and how often a token boundary falls strictly
    inside it (``crossed``: 危|险驾|驶罪), and one context of each word it cuts. An occurrence inside a longer word of
    ``words`` does not count."""
    kept: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    crossed: Counter[str] = Counter()
    example: dict[str, str] = {}
    for text, b, starts in cut:
        occurrences = [(i, i + len(w), w) for w in words for i in _find_all(text, w)]
        spans = [(s, e) for s, e, _w in occurrences]
        for s, e, w in occurrences:
            if any(ls <= s and e <= le and (le - ls) > (e - s) for ls, le in spans):
                continue  # inside a longer entry of the same file
            if s in b and e in b:
                kept[w] += 1
                continue
            i = bisect.bisect_right(starts, s) - 1
            if i + 1 < len(starts) and starts[i + 1] < e:
                crossed[w] += 1
            else:
                inside[w] += 1
            example.setdefault(w, _context(text, s, e, b))
    return kept, inside, crossed, example


def _tokenizer(user_entries: Sequence[Entry]) -> Any:
    import logging

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # private: the global jieba dictionary stays untouched
    tokenizer.initialize()
    for _line, (body,) in user_entries:
        m = _JIEBA_LINE.match(body)
        if m is not None:
            freq = m.group("freq")
            tokenizer.add_word(m.group("word"), int(freq) if freq else None, m.group("tag"))
    return tokenizer


def _find_all(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _context(text: str, s: int, e: int, bounds: set[int]) -> str:
    """The tokens around ``text[s:e]``, '|' between tokens, the entry in brackets.

    >>> _context("被告人犯危险驾驶罪，", 5, 9, {0, 3, 4, 6, 9, 10})
    '被告人|犯|危[险|驾驶罪]|，'
    """
    lo = max(0, s - 6)
    hi = min(len(text), e + 6)
    while lo > 0 and lo not in bounds:
        lo -= 1
    while hi < len(text) and hi not in bounds:
        hi += 1
    out = []
    for i in range(lo, hi + 1):
        if i == e:
            out.append("]")
        if i in bounds and lo < i < hi:
            out.append("|")
        if i == s:
            out.append("[")
        if i < hi:
            out.append(text[i])
    return "".join(out).replace("\n", " ")


def _dedupe(issues: Iterable[LexiconIssue]) -> list[LexiconIssue]:
    """Issues sorted by file and line; a loader error repeating a finding on the same line is dropped."""
    out: list[LexiconIssue] = []
    errors_at: set[tuple[str, int | None]] = set()
    ordered = sorted(issues, key=lambda i: (i.file, i.line or 0, _SEVERITIES.index(i.severity), i.code == "parse", i.code))
    for issue in ordered:
        if issue.code == "parse" and (issue.file, issue.line) in errors_at:
            continue
        if issue.severity == "error":
            errors_at.add((issue.file, issue.line))
        if issue not in out:
            out.append(issue)
    return out


# ---------------------------------------------------------------------------
# diff_records


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: ``path`` like ``defendants[0].verdict.fine_yuan``.

    ``kind`` is ``changed``, ``added`` (absent before) or ``removed`` (absent after);
    the absent side's value is None.
    """

    path: str
    before: Any
    after: Any
    kind: Literal["changed", "added", "removed"] = "changed"

    @property
    def generic_path(self) -> str:
        """The path without list indexes: ``amounts[].role``."""
        return re.sub(r"\[\d+\]", "[]", self.path)

    def render(self) -> str:
        before = "(absent)" if self.kind == "added" else _show(self.before)
        after = "(absent)" if self.kind == "removed" else _show(self.after)
        return f"{self.path}: {before} → {after}"


def _show(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def diff_records(
    before: dict[str, Any], after: dict[str, Any], *, ignore: Sequence[str] = ("spans",)
) -> list[FieldChange]:
    """The fields of two contract records (``Judgment.to_record()``) that differ.

    Dicts are compared key by key; a list of scalars is one value
    (``charges_reasoning``); a list of dicts is compared item by item, items
    matched by their ``start``/``end`` offsets when they have them (so an
    amount added in front does not shift every later one; the path shows the
    item's index after the edit, or before it for a removed item), else by
    position.  Top-level keys in ``ignore`` are skipped (provenance ``spans``
    follows the values).

    >>> a = {"amounts": [{"start": 5, "end": 10, "role": "stolen"}], "total_crime_amount_yuan": 2000}
    >>> b = {"amounts": [{"start": 1, "end": 3, "role": "value"}, {"start": 5, "end": 10, "role": "loss"}],
    ...      "total_crime_amount_yuan": 2000}
    >>> [c.render() for c in diff_records(a, b)]
    ["amounts[0]: (absent) → {'start': 1, 'end': 3, 'role': 'value'}", "amounts[1].role: 'stolen' → 'loss'"]
    """
    out: list[FieldChange] = []
    skip = set(ignore)
    _diff_dict("", {k: v for k, v in before.items() if k not in skip}, {k: v for k, v in after.items() if k not in skip}, out)
    return out


def _diff_value(path: str, a: Any, b: Any, out: list[FieldChange]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        _diff_dict(path, a, b, out)
    elif isinstance(a, list) and isinstance(b, list) and any(isinstance(x, dict) for x in [*a, *b]):
        _diff_list(path, a, b, out)
    elif a != b:
        out.append(FieldChange(path, a, b))


def _diff_dict(path: str, a: dict[str, Any], b: dict[str, Any], out: list[FieldChange]) -> None:
    for key in [*a, *(k for k in b if k not in a)]:
        sub = f"{path}.{key}" if path else key
        if key not in b:
            out.append(FieldChange(sub, a[key], None, "removed"))
        elif key not in a:
            out.append(FieldChange(sub, None, b[key], "added"))
        else:
            _diff_value(sub, a[key], b[key], out)


def _diff_list(path: str, a: list[Any], b: list[Any], out: list[FieldChange]) -> None:
    def offsets(x: Any) -> tuple[Any, Any] | None:
        return (x["start"], x["end"]) if isinstance(x, dict) and "start" in x and "end" in x else None

    if all(offsets(x) is not None for x in [*a, *b]):
        # match the n-th item with given offsets before to the n-th one after
        def keyed(items: list[Any]) -> dict[tuple[Any, ...], int]:
            seen: Counter[tuple[Any, Any]] = Counter()
            out_keys = {}
            for i, x in enumerate(items):
                k = offsets(x)
                assert k is not None
                out_keys[(*k, seen[k])] = i
                seen[k] += 1
            return out_keys

        ka, kb = keyed(a), keyed(b)
        events: list[tuple[int, int, FieldChange | None, tuple[int, int] | None]] = []
        for k, j in kb.items():
            if k in ka:
                events.append((j, 1, None, (ka[k], j)))
            else:
                events.append((j, 1, FieldChange(f"{path}[{j}]", None, b[j], "added"), None))
        for k, i in ka.items():
            if k not in kb:
                events.append((i, 0, FieldChange(f"{path}[{i}]", a[i], None, "removed"), None))
        for _pos, _order, change, pair in sorted(events, key=lambda e: (e[0], e[1])):
            if change is not None:
                out.append(change)
            elif pair is not None:
                _diff_value(f"{path}[{pair[1]}]", a[pair[0]], b[pair[1]], out)
        return
    for i in range(max(len(a), len(b))):
        sub = f"{path}[{i}]"
        if i >= len(b):
            out.append(FieldChange(sub, a[i], None, "removed"))
        elif i >= len(a):
            out.append(FieldChange(sub, None, b[i], "added"))
        else:
            _diff_value(sub, a[i], b[i], out)


# ---------------------------------------------------------------------------
# diff_lexicons


@dataclass(frozen=True, slots=True)
class DocumentDiff:
    """A document whose extraction differs.  ``status_*`` is ``ok``, ``failed`` or ``absent``."""

    doc_id: str
    source: str
    changes: tuple[FieldChange, ...]
    status_before: str = "ok"
    status_after: str = "ok"
    error_before: str | None = None
    error_after: str | None = None

    def render(self, max_changes: int = 40) -> str:
        lines = [f"{self.doc_id}  ({self.source})"]
        if (self.status_before, self.status_after) != ("ok", "ok"):
            lines.append(
                f"  status: {self.status_before}{': ' + self.error_before if self.error_before else ''} → "
                f"{self.status_after}{': ' + self.error_after if self.error_after else ''}"
            )
        for change in self.changes[:max_changes]:
            lines.append("  " + change.render())
        if len(self.changes) > max_changes:
            lines.append(f"  … and {len(self.changes) - max_changes} more fields")
        return "\n".join(lines)


@dataclass(frozen=True)
class DiffReport:
    """What changed in the extraction of ``corpus`` between two lexicon folders.

    ``n_documents`` counts every document and record met, ``failures`` the
    reasons of those that failed alike on both sides (unreadable, mostly):
    they were not compared, and ``n_compared`` leaves them out.
    """

    corpus: str
    before: str
    after: str
    n_documents: int
    documents: tuple[DocumentDiff, ...]
    seconds: float = 0.0
    ner_model: str | None = None  # the NER model the after side ran (its version), if any
    ner_model_before: str | None = None  # the one the before side ran, if any (the same unless the model changed)
    failures: tuple[str, ...] = ()

    @property
    def n_compared(self) -> int:
        """Documents extracted on at least one side, and so compared."""
        return self.n_documents - len(self.failures)

    @property
    def fields_changed(self) -> dict[str, int]:
        """Changed fields per generic path (``amounts[].role``), most frequent first."""
        counts = Counter(c.generic_path for d in self.documents for c in d.changes)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def render(self, max_documents: int = 200, max_changes: int = 40) -> str:
        """Per changed document its fields before → after, then the summary."""
        lines = [f"before: {self.before}", f"after:  {self.after}"]
        if self.ner_model_before not in (None, self.ner_model):
            lines.append(f"model:  {self.ner_model_before} → {self.ner_model} (on the facts)")
        elif self.ner_model:
            lines.append(f"model:  {self.ner_model} (on the facts, both sides)")
        lines.append("")
        for doc in self.documents[:max_documents]:
            lines += [doc.render(max_changes), ""]
        if len(self.documents) > max_documents:
            lines += [f"… and {len(self.documents) - max_documents} more documents", ""]
        lines.append(
            f"{len(self.documents)} of {self.n_compared} documents changed "
            f"({sum(len(d.changes) for d in self.documents)} fields) in {self.seconds:.1f} s"
        )
        for path, n in self.fields_changed.items():
            lines.append(f"  {n:6d}  {path}")
        lines += _failure_lines(self.failures, "inputs failed on both sides, so were not compared")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``fayan lexicon diff --json``)."""
        out = asdict(self)
        out["n_compared"] = self.n_compared
        out["fields_changed"] = self.fields_changed
        return out


def diff_lexicons(
    corpus: str | os.PathLike[str],
    before: str | os.PathLike[str] | None = None,
    after: str | os.PathLike[str] | None = None,
    *,
    ignore: Sequence[str] = ("spans",),
    timeout: float = 600,
    ner: bool = False,
    ner_model: str | os.PathLike[str] | None = None,
    ner_model_before: str | os.PathLike[str] | None = None,
    text_fields: Sequence[str] | str | None = None,
    id_field: Sequence[str] | str | None = None,
) -> DiffReport:
    """Extract ``corpus`` with the lexicons ``before`` and ``after``; report the fields that differ.

    ``after`` defaults to the folder in effect (``$FAYAN_LEXICONS``, else the
    package's).  ``before`` defaults to the package's shipped folder when
    ``after`` is another folder, and to the git ``HEAD`` version of the
    package's folder when ``after`` is the package's own (the annotator edited
    it in place); outside a git checkout, pass ``before``.  The code is the
    same on both sides; only the lexicons differ.  Both extractions run at the
    same time, each in a child process.

    ``ner``: both sides run the NER model (``ner_model``'s folder, default the
    shipped one) on the facts, as ``fayan extract --ner`` does, so that an edit
    of a list read only with the model (``body_parts.txt``) or one that changes
    its input (``jieba_user.txt``: the word features) shows in the victims,
    stolen items, places and entities.  The model is loaded here first, so that
    a missing torch or model file fails at once, with the fix.  The before side
    runs ``ner_model_before`` where given; else, when the package's lexicons
    were edited in place (``before`` is git ``HEAD``'s) and the shipped model
    runs, the model folder as committed at ``HEAD``, so that an edit of its
    cue lists (``labels.json``: role, gain and tool cues) shows too; else the
    same model as the after side.

    ``text_fields`` and ``id_field`` say how the corpus's json/jsonl records
    are read (see :func:`fayan.pipelines.readers.read_file`).  An input that
    fails alike on both sides (a file or record that cannot be read) is not
    compared: its reason is listed in the report's ``failures``.

    >>> same = lexicon_dir()
    >>> report = diff_lexicons(default_corpus() / "theft_single.txt", before=same, after=same)
    >>> report.n_documents, report.documents
    (1, ())
    """
    started = time.perf_counter()
    corpus_path = Path(corpus)
    if not corpus_path.exists():
        raise UsageError(f"{corpus_path}: no such corpus file or folder")
    after_dir = lexicon_dir(after).resolve()
    def side(path: str | os.PathLike[str] | None) -> tuple[str, str | None]:
        """(folder, version) of the NER model in ``path`` (None: the shipped one), loaded to fail early."""
        from fayan.nlp.ner import load_model

        model = load_model(path)
        return str(model.path), model.version

    models: list[tuple[str, str | None]] = [("", None), ("", None)]  # before and after
    if ner:
        models = [side(ner_model)] * 2
        if ner_model_before is not None:
            models[0] = side(ner_model_before)
    with tempfile.TemporaryDirectory(prefix="fayan-lexdiff-") as tmp:
        if before is not None:
            before_dir, before_label = Path(before).resolve(), str(Path(before).resolve())
        elif after_dir != _PACKAGE_LEXICONS.resolve():
            before_dir, before_label = _PACKAGE_LEXICONS.resolve(), f"{_PACKAGE_LEXICONS} (shipped)"
        else:
            before_dir, before_label = _git_head_folder(_PACKAGE_LEXICONS, Path(tmp) / "head", "lexicons", "--before")
            if ner and ner_model is None and ner_model_before is None:  # the model's cue lists as committed, too
                from fayan.nlp.ner.data import MODEL_DIR

                models[0] = side(_git_head_folder(MODEL_DIR, Path(tmp) / "head-model", "NER model",
                                                  "--ner-model-before")[0])
        for d in (before_dir, after_dir):
            if not d.is_dir():
                raise UsageError(f"{d}: not a lexicon folder (no such directory)")
        outs = [Path(tmp) / "before.jsonl", Path(tmp) / "after.jsonl"]
        read_options = {"text_fields": text_fields, "id_field": id_field}
        procs = [_start_worker(corpus_path, d, o, m, read_options)
                 for d, o, (m, _v) in zip((before_dir, after_dir), outs, models)]
        for label, proc in zip(("before", "after"), procs):
            _wait_worker(proc, label, timeout)
        a, b = (_read_results(o) for o in outs)
    docs = []
    failures = []
    for key in [*a, *(k for k in b if k not in a)]:
        ra, rb = a.get(key), b.get(key)
        some = ra or rb
        assert some is not None
        status_a = ra["status"] if ra else "absent"
        status_b = rb["status"] if rb else "absent"
        changes: list[FieldChange] = []
        if status_a == status_b == "ok":
            assert ra is not None and rb is not None
            changes = diff_records(ra["record"], rb["record"], ignore=ignore)
        if changes or status_a != status_b or (ra and rb and ra.get("error") != rb.get("error")):
            docs.append(DocumentDiff(
                doc_id=some["id"], source=some["source"], changes=tuple(changes),
                status_before=status_a, status_after=status_b,
                error_before=ra.get("error") if ra else None, error_after=rb.get("error") if rb else None,
            ))
        elif status_a == status_b == "failed":  # the same failure on both sides: nothing was compared
            failures.append(some.get("reason") or f"{some['source']}: {some['error']}")
    return DiffReport(
        corpus=str(corpus_path),
        before=before_label,
        after=str(after_dir),
        n_documents=len(set(a) | set(b)),
        documents=tuple(docs),
        seconds=round(time.perf_counter() - started, 2),
        ner_model=models[1][1],
        ner_model_before=models[0][1],
        failures=tuple(failures),
    )


def _git_head_folder(folder: Path, dest: Path, what: str, option: str) -> tuple[Path, str]:
    """A folder of the package (``what``: the lexicons, the NER model) as committed at git HEAD, exported (read-only
    git) into ``dest``; the errors name ``option``, which passes that folder before the edit instead."""
    def git(*args: str) -> bytes:
        try:
            proc = subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=60)
        except FileNotFoundError as exc:
            raise UsageError(f"git is not installed: pass the {what} before the edit with {option} DIR") from exc
        if proc.returncode != 0:
            raise UsageError(
                f"cannot read the committed {what} ({proc.stderr.decode(errors='replace').strip()}): "
                f"pass the {what} before the edit with {option} DIR"
            )
        return proc.stdout

    top = Path(git("rev-parse", "--show-toplevel").decode().strip())
    rel = folder.resolve().relative_to(top.resolve()).as_posix()
    commit = git("rev-parse", "--short", "HEAD").decode().strip()
    archive = dest.with_suffix(".tar")
    archive.parent.mkdir(parents=True, exist_ok=True)
    archive.write_bytes(git("-C", str(top), "archive", "--format=tar", "HEAD", "--", rel))
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    return dest / rel, f"git HEAD {commit}:{rel}"


def _start_worker(
    corpus: Path, lexicons: Path, out: Path, model: str = "", read_options: dict[str, Any] | None = None
) -> subprocess.Popen[str]:
    """One side's extraction in a child process; ``model``: the NER model's folder, or "" for none;
    ``read_options``: the readers' ``text_fields`` and ``id_field``."""
    code = ("import sys; from fayan.pipelines.lexicon_tools import _extract_main; "
            "_extract_main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])")
    env = _child_env(lexicons)
    if model:  # the two sides run at once: each with half the CPUs, as fayan extract's workers
        share_threads(env, worker_threads(2))
    return subprocess.Popen(
        [sys.executable, "-c", code, str(corpus.resolve()), str(out), model, json.dumps(read_options or {})],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_worker(proc: subprocess.Popen[str], label: str, timeout: float) -> None:
    try:
        _stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise UsageError(f"extraction with the {label} lexicons took longer than {timeout:.0f} s; use a smaller corpus")
    if proc.returncode == 3:
        raise LexiconError(f"the {label} lexicons do not load: {stderr.strip().splitlines()[-1]}; run `fayan lexicon check`",
                           label)
    if proc.returncode != 0:
        raise FayanError(f"extraction with the {label} lexicons failed (exit {proc.returncode}):\n{stderr[-3000:]}")


def _extract_main(corpus: str, out: str, model: str = "", read_options: str = "{}") -> None:
    """Child process: extract every document of ``corpus`` with ``$FAYAN_LEXICONS`` (and the NER model in the
    folder ``model``, if any); one JSON line each.  ``read_options``: the readers' keyword arguments, as JSON."""
    from fayan.pipelines.assemble import extract_document
    from fayan.pipelines.readers import ReadFailure, read_paths

    ner = None
    if model:
        from fayan.nlp.ner import load_model

        ner = load_model(model)

    with open(out, "w", encoding="utf-8") as fh:
        for item in read_paths([corpus], **json.loads(read_options)):
            if isinstance(item, ReadFailure):
                rec = {"id": item.id or item.source, "source": item.source, "record_no": item.record,
                       "status": "failed", "error": f"{item.error}: {item.reason}", "reason": item.line}
            else:
                try:
                    rec = {"id": item.id, "source": item.source, "status": "ok",
                           "record": extract_document(item, ner=ner).to_record()}
                except LexiconError as exc:
                    print(f"LexiconError: {exc}", file=sys.stderr)
                    raise SystemExit(3) from exc
                except Exception as exc:  # noqa: BLE001 - one bad document is a recorded failure; the diff goes on
                    error = f"{type(exc).__name__}: {exc}"
                    rec = {"id": item.id, "source": item.source, "status": "failed", "error": error,
                           "reason": f"{item.source}: document {item.id}: extraction failed: {error}"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _read_results(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        key = f"{rec['source']}#{rec['id']}#{rec.get('record_no')}"
        out[key] = rec
    return out

