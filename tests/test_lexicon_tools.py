"""The lexicon workflow: `fayan lexicon check` (check_lexicons) and `fayan lexicon diff` (diff_lexicons).

check_lexicons runs the production loaders in a child process (about 2 s a run), so the
broken-folder cases share folders: each group below is one copy of the shipped lexicons with
several edits that do not touch the same loader, checked once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from fayan.errors import LexiconError, UsageError
from fayan.pipelines.lexicon_tools import (
    DiffReport,
    FieldChange,
    LexiconIssue,
    LexiconReport,
    _git_head_folder,
    check_lexicons,
    diff_lexicons,
    diff_records,
    jieba_user_words,
)

SHIPPED = Path(__file__).resolve().parent.parent / "fayan" / "lexicons"

Edit = Callable[[Path], int | None]  # edits a lexicon folder; returns the line it wrote (or None)


def append(name: str, line: str) -> Edit:
    def edit(folder: Path) -> int:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n"):
            text += "\n"
        path.write_text(text + line + "\n", encoding="utf-8")
        return len((text + line).splitlines())

    return edit


def delete_line(name: str, line: str) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / name
        lines = path.read_text(encoding="utf-8").splitlines()
        assert line in lines, f"{line!r} not in {name}"
        path.write_text("\n".join(x for x in lines if x != line) + "\n", encoding="utf-8")

    return edit


def replace_text(name: str, old: str, new: str) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def write_file(name: str, content: bytes) -> Edit:
    def edit(folder: Path) -> None:
        (folder / name).write_bytes(content)

    return edit


def remove_file(name: str) -> Edit:
    def edit(folder: Path) -> None:
        (folder / name).unlink()

    return edit


def line_of(name: str, entry: str) -> int:
    """The line of the shipped file whose first column is ``entry``."""
    for i, line in enumerate((SHIPPED / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.split("\t")[0] == entry:
            return i
    raise AssertionError(f"{entry!r} not in {name}")


# (id, group, edit, severity, code, file, line, message part); line is "edit" (the line the edit
# wrote), a number, or None (any line, or none: the issue is about the whole file or a YAML entry)
CHECK_CASES = [
    # 解析错误: each file through its production loader
    ("alias_target_unknown", "A", append("charge_aliases.tsv", "某某旧罪\t不存在罪"),
     "error", "alias", "charge_aliases.tsv", "edit", "is not a standard name"),
    ("role_cue_bad_role", "A", append("amount_role_cues.tsv", "偷走了\tstolenn\tafter\tnormal"),
     "error", "parse", "amount_role_cues.tsv", "edit", "role must be one of"),
    ("numeral_bad_role", "A", append("numerals.tsv", "卄\t20\ttenz"),
     "error", "parse", "numerals.tsv", "edit", "role must be one of"),
    ("circumstance_unknown_kind", "A", append("circumstances.tsv", "假释\t假释"),
     "error", "parse", "circumstances.tsv", "edit", "unknown circumstance kind"),
    ("city_unknown_province", "A", append("law/cities.tsv", "某某市\t火星"),
     "error", "parse", "law/cities.tsv", "edit", "unknown province"),
    ("list_with_tab", "A", append("ethnicities.txt", "苗族\t苗"),
     "error", "parse", "ethnicities.txt", "edit", "found a tab"),
    ("tsv_missing_column", "A", append("education.tsv", "博士"),
     "error", "parse", "education.tsv", "edit", "expected 2 tab-separated columns"),
    ("jieba_user_bad_line", "A", append("jieba_user.txt", "盗窃罪 12x"),
     "error", "parse", "jieba_user.txt", "edit", "separated by one space"),
    ("not_utf8", "A", write_file("term_cues.txt", "有期徒刑\n拘役\n".encode("gbk")),
     "error", "parse", "term_cues.txt", 1, "not UTF-8"),
    ("law_yaml_article", "C", replace_text("law/charges.yaml", 'name: 盗窃罪\n    articles: ["264"]',
                                           'name: 盗窃罪\n    articles: ["265"]'),
     "error", "parse", "law/charges.yaml", None, "none of ['265'] is an article of 盗窃罪"),
    ("currency_bad_code", "B", append("money_currencies.tsv", "卢比\tinr\tname"),
     "error", "parse", "money_currencies.tsv", "edit", "three capitals"),
    ("province_short_name", "B", append("law/provinces.tsv", "火星省\t水星\t火"),
     "error", "parse", "law/provinces.tsv", "edit", "must begin the full name"),
    ("charge_date_not_a_date", "B", append("law/charge_dates.tsv", "盗窃罪\t264\t1997-13-01\tx"),
     "error", "parse", "law/charge_dates.tsv", "edit", "not a date"),
    # 重复 (repeats within a file)
    ("list_repeat", "B", append("ethnicities.txt", "汉族"),
     "warning", "duplicate", "ethnicities.txt", "edit", "repeats line"),
    ("tsv_identical_repeat", "B", append("education.tsv", "初中\t初中"),
     "warning", "duplicate", "education.tsv", "edit", f"repeats line {line_of('education.tsv', '初中')}"),
    ("tsv_conflicting_repeat", "B", append("education.tsv", "高中\t大学"),
     "error", "conflict", "education.tsv", "edit", "'高中' is already on line"),
    ("parts_conflicting_repeat", "B", append("amount_parts.tsv", "指控\tfacts"),
     "error", "conflict", "amount_parts.tsv", "edit", "'prosecution', here 'facts'"),
    ("alias_is_standard_name", "B", append("charge_aliases.tsv", "盗窃罪\t诈骗罪"),
     "error", "alias", "charge_aliases.tsv", "edit", "is the standard name '盗窃罪'"),
    # 文件之间的冲突 (conflicts between files)
    ("charge_without_article", "C", delete_line("charge_articles.tsv", "背叛国家罪\t102\t# 1997罪名意见"),
     "error", "article", "charges.txt", line_of("charges.txt", "背叛国家罪"), "no row in charge_articles.tsv"),
    ("regex_does_not_compile", "C", append("circumstances.tsv", "自首\t(?:投案"),
     "error", "regex", "circumstances.tsv", "edit", "does not compile"),
    ("regex_matches_empty", "C", append("circumstances.tsv", "坦白\t(?:如实)?"),
     "error", "regex", "circumstances.tsv", "edit", "matches the empty string"),
    ("word_in_two_role_files", "C", append("amount_parts.tsv", "其中\tfacts"),
     "warning", "role", "amount_parts.tsv", "edit", f"details in amount_scope.tsv:{line_of('amount_scope.tsv', '其中')}"),
    ("minor_list_not_standard", "C", append("law/minor_liability.txt", "偷税罪"),
     "warning", "dead_entry", "law/minor_liability.txt", "edit", "not a standard name"),
    ("bracket_act_in_no_condition", "B", append("bracket_acts.tsv", "抢劫罪\t持刀抢劫\t持刀抢劫"),
     "warning", "dead_entry", "bracket_acts.tsv", "edit", "in no condition of a bracket of 抢劫罪"),
    ("bracket_act_regex_does_not_compile", "B", append("bracket_acts.tsv", "抢劫罪\t多次抢劫或者抢劫数额巨大\t数额(?:巨大"),
     "error", "parse", "bracket_acts.tsv", "edit", "bad regular expression"),
    ("charge_roles_shadowed", "C", append("amount_charge_roles.tsv", "电信诈骗\tdefrauded"),
     "warning", "dead_entry", "amount_charge_roles.tsv", "edit", "never applies"),
    ("charge_roles_no_charge", "C", append("amount_charge_roles.tsv", "无人机\tvalue"),
     "warning", "dead_entry", "amount_charge_roles.tsv", "edit", "occurs in no standard charge name"),
    ("role_cue_scope_in_no_charge", "C", append("amount_role_cues.tsv", "捐给\tbribe\tbefore\tnormal\t无人机"),
     "warning", "dead_entry", "amount_role_cues.tsv", "edit", "'无人机' occurs in no standard charge name"),
    # a scoped cue may repeat an unscoped word (索要: extortion, a 受贿's 索贿), not one of its own scope
    ("role_cue_scoped_conflict", "B", append("amount_role_cues.tsv", "送给\tother\tbefore\tnormal\t贿"),
     "error", "conflict", "amount_role_cues.tsv", "edit", "'送给\\t贿' is already on line"),
    ("jieba_user_missing_charge", "C", delete_line("jieba_user.txt", "危险驾驶罪"),
     "warning", "jieba_dict", "charges.txt", line_of("charges.txt", "危险驾驶罪"), "is not in jieba_user.txt"),
    ("jieba_user_missing_alias", "C", append("charge_aliases.tsv", "醉酒驾驶罪\t危险驾驶罪\ttest"),
     "warning", "jieba_dict", "charge_aliases.tsv", "edit", "section 2"),
    ("jieba_user_punctuation", "C", append("jieba_user.txt", "窝藏、包庇罪"),
     "warning", "jieba_dict", "jieba_user.txt", "edit", "never matches whole"),
    ("drug_unknown_substance", "B", append("drugs.tsv", "麻古丸\t甲基苯丙按"),
     "warning", "unknown_substance", "drugs.tsv", "edit", "neither a substance of the quantity table"),
    # 文件 (files)
    ("unknown_file", "C", write_file("charge_alias.tsv", "偷税罪\t逃税罪\n".encode()),
     "info", "unknown_file", "charge_alias.tsv", None, "misspelt"),
    ("missing_file", "C", remove_file("money_labels.txt"),
     "error", "missing", "money_labels.txt", None, "file not found"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny fictional corpus where jieba, without fayan's user words, cuts 危险驾驶罪 as 危险|驾驶|罪于."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.txt").write_text(
        "被告人甲因涉嫌犯危险驾驶罪于2020年1月1日被刑事拘留。被告人乙因涉嫌犯危险驾驶罪于同日被刑事拘留。",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def group_reports(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> dict[str, tuple[LexiconReport, dict[str, int | None]]]:
    out = {}
    for group in sorted({c[1] for c in CHECK_CASES}):
        folder = tmp_path_factory.mktemp(f"lex{group}") / "lexicons"
        shutil.copytree(SHIPPED, folder)
        lines = {case[0]: case[2](folder) for case in CHECK_CASES if case[1] == group}
        out[group] = (check_lexicons(folder, corpus=corpus), lines)
    return out


@pytest.mark.parametrize(
    "case_id, group, severity, code, file, line, part",
    [(c[0], c[1], *c[3:]) for c in CHECK_CASES],
    ids=[c[0] for c in CHECK_CASES],
)
def test_check_finds(group_reports, case_id, group, severity, code, file, line, part):
    report, lines = group_reports[group]
    want_line = lines[case_id] if line == "edit" else line
    hits = [i for i in report.issues if i.file == file and i.code == code and part in i.message]
    assert hits, f"no {code} issue on {file} mentioning {part!r}:\n{report.render()}"
    if want_line is not None:
        assert want_line in [i.line for i in hits], [i.render() for i in hits]
    assert {i.severity for i in hits if want_line is None or i.line == want_line} == {severity}


def test_check_broken_folders_exit_1(group_reports):
    assert sorted(group_reports) == ["A", "B", "C"]
    for report, _lines in group_reports.values():
        assert report.count("error") > 0 and report.exit_code == 1


def test_check_shipped_lexicons_clean():
    """The shipped folder has no error and no warning (segmentation notes are allowed)."""
    report = check_lexicons()
    assert report.exit_code == 0
    assert [i.render() for i in report.issues if i.severity != "info"] == []
    assert report.corpus is not None and report.corpus_documents > 0
    assert len(report.files) == 33
    # every shipped file is one a module reads (drugs.tsv was once reported as read by none)
    assert [i.render() for i in report.issues if i.code == "unknown_file"] == []
    # 大麻 and 合成大麻素 are their own substances without a threshold in the 2016 interpretation: a note, not a
    # warning; a precursor (制毒物品) is no drug, and neither
    assert [i.message.split(" ")[0] for i in report.issues if i.code == "no_threshold"] == ["'大麻'", "'合成大麻素'"]


def test_check_loader_error_reported_once(group_reports):
    """A line both a cross-file check and the production loader reject is one error."""
    report, lines = group_reports["B"]
    at = [i for i in report.issues if i.file == "charge_aliases.tsv" and i.line == lines["alias_is_standard_name"]]
    assert [i.code for i in at] == ["alias"]


_OPENED: list[str] | None = None  # the files opened while a test records them
_HOOKED = False  # an audit hook cannot be removed: added once, recording only while _OPENED is a list


def _record_open(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _OPENED is not None and isinstance(args[0], (str, Path)):
        _OPENED.append(str(args[0]))


def test_load_lexicons_reads_every_shipped_file(tmp_path, monkeypatch):
    """The pre-load of a batch (and of fayan check) reads every lexicon file the package ships, so a bad line in any
    of them stops the run before any document: drugs.tsv, education.tsv, look_alike.tsv and law/counties.tsv once
    failed every document instead. A new file a module reads must be reached by load_lexicons too."""
    import sys

    from fayan.pipelines.lexicon_tools import load_lexicons

    global _OPENED, _HOOKED
    copy = tmp_path / "lex"
    shutil.copytree(SHIPPED, copy, copy_function=shutil.copy)  # new mtimes and a new folder: no cache is hit
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    if not _HOOKED:
        sys.addaudithook(_record_open)
        _HOOKED = True
    _OPENED = []
    try:
        load_lexicons()
        opened = {Path(p).resolve() for p in _OPENED}
    finally:
        _OPENED = None
    shipped = {p.relative_to(SHIPPED) for p in SHIPPED.rglob("*") if p.is_file() and p.name != "README.md"}
    unread = sorted(str(name) for name in shipped if (copy / name).resolve() not in opened)
    assert unread == [], f"lexicon files load_lexicons does not read: {unread}"


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("drugs.tsv", "冰毒", r"drugs\.tsv:{n}: expected 2 tab-separated columns"),
        ("education.tsv", "大学", r"education\.tsv:{n}: expected 2 tab-separated columns"),
        ("look_alike.tsv", "甲\t乙\t丙", r"look_alike\.tsv:{n}: expected 2 tab-separated columns"),
        ("law/counties.tsv", "某某县", r"counties\.tsv:{n}: expected 3 tab-separated columns"),
        ("law/minor_liability.txt", None, r"minor_liability\.txt:{n}: not UTF-8"),
        ("look_alike.tsv", "", r"look_alike\.tsv: lexicon file not found"),
    ],
)  # fmt: skip
def test_load_lexicons_stops_at_a_bad_line(tmp_path, monkeypatch, name, line, message):
    """A bad line (None: a byte that is not UTF-8), or a missing file (""), raises naming the file and line."""
    from fayan.pipelines.lexicon_tools import load_lexicons

    copy = tmp_path / "lex"
    shutil.copytree(SHIPPED, copy)
    n = None
    if line == "":
        (copy / name).unlink()
    elif line is None:
        n = len((copy / name).read_bytes().splitlines()) + 1
        with (copy / name).open("ab") as fh:
            fh.write(b"\xff\n")
    else:
        n = append(name, line)(copy)
    monkeypatch.setenv("FAYAN_LEXICONS", str(copy))
    with pytest.raises(LexiconError, match=message.format(n=n)):
        load_lexicons()


# 分词 (segmentation in context)


def test_segmentation_warns_when_jieba_always_cuts_a_charge(group_reports):
    report, _lines = group_reports["C"]  # jieba_user.txt lacks 危险驾驶罪 in group C
    hits = [i for i in report.issues if i.code == "segmentation" and "'危险驾驶罪'" in i.message]
    assert [(h.severity, h.file, h.line) for h in hits] == [
        ("warning", "charges.txt", line_of("charges.txt", "危险驾驶罪"))
    ]
    assert "2 of 2 contexts" in hits[0].message and "crossed by a token boundary" in hits[0].message
    assert "[危险|驾驶|罪]于" in hits[0].message


def test_segmentation_kept_with_user_dict(corpus):
    report = check_lexicons(corpus=corpus)
    assert not [i for i in report.issues if "'危险驾驶罪'" in i.message]
    assert report.corpus_documents == 1


def test_segmentation_cue_inside_longer_token_is_a_note(tmp_path):
    (tmp_path / "a.txt").write_text("被告人甲，汉族，初中文化，无业。", encoding="utf-8")
    report = check_lexicons(corpus=tmp_path)
    hits = [i for i in report.issues if i.code == "segmentation" and "'初中'" in i.message]
    assert [(h.severity, h.file) for h in hits] == [("info", "education.tsv")]
    assert "inside a longer token in 1" in hits[0].message


def test_report_json_and_text(group_reports):
    report, _lines = group_reports["A"]
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["exit_code"] == 1 and data["counts"]["error"] == report.count("error")
    assert {"severity", "code", "file", "line", "message"} <= set(data["issues"][0])
    text = report.render("warning")
    assert "charge_aliases.tsv:" in text and ": error [alias]" in text
    assert text.splitlines()[-1].startswith(report.directory)
    assert not any(": info [" in line for line in text.splitlines())


def test_issue_render():
    issue = LexiconIssue("warning", "duplicate", "ethnicities.txt", 61, "'汉族' repeats line 3; delete one")
    assert issue.render() == "ethnicities.txt:61: warning [duplicate] '汉族' repeats line 3; delete one"


# jieba 用户词典


@pytest.mark.parametrize(
    "line, entry",
    [
        ("危险驾驶罪", ("危险驾驶罪", None, None)),
        ("并处 3000", ("并处", 3000, None)),
        ("盗窃罪 n", ("盗窃罪", None, "n")),
        ("认罪认罚 200 v", ("认罪认罚", 200, "v")),
        ("剥夺政治权利  # a comment", ("剥夺政治权利", None, None)),
    ],
    ids=["word", "freq", "tag", "freq_tag", "comment"],
)
def test_jieba_user_words(tmp_path, line, entry):
    (tmp_path / "jieba_user.txt").write_text(f"# header\n{line}\n", encoding="utf-8")
    assert jieba_user_words(tmp_path) == [entry]


def test_jieba_user_words_bad_line(tmp_path):
    (tmp_path / "jieba_user.txt").write_text("盗窃罪 12x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"jieba_user.txt:1: expected"):
        jieba_user_words(tmp_path)


def test_jieba_user_shipped_has_charges():
    words = {w for w, _f, _t in jieba_user_words()}
    assert {"危险驾驶罪", "盗窃罪", "帮助信息网络犯罪活动罪", "剥夺政治权利"} <= words
    assert not any("、" in w for w in words)


# ---------------------------------------------------------------------------
# diff_records

DIFF_CASES = [
    # 标量 (scalars)
    ({"total_crime_amount_yuan": 2000}, {"total_crime_amount_yuan": 3500},
     ["total_crime_amount_yuan: 2000 → 3500"]),
    ({"court": "甲法院"}, {"court": "甲法院"}, []),
    ({"total_crime_amount_yuan": None}, {"total_crime_amount_yuan": 0}, ["total_crime_amount_yuan: None → 0"]),
    # 标量列表 (a list of scalars is one value)
    ({"charges_reasoning": ["盗窃罪"]}, {"charges_reasoning": ["盗窃罪", "诈骗罪"]},
     ["charges_reasoning: ['盗窃罪'] → ['盗窃罪', '诈骗罪']"]),
    # 嵌套 (nested dicts and lists of dicts by position)
    ({"defendants": [{"name": "甲", "verdict": {"fine_yuan": 1000}}]},
     {"defendants": [{"name": "甲", "verdict": {"fine_yuan": 2000}}]},
     ["defendants[0].verdict.fine_yuan: 1000 → 2000"]),
    ({"defendants": [{"name": "甲"}]}, {"defendants": [{"name": "甲"}, {"name": "乙"}]},
     ["defendants[1]: (absent) → {'name': '乙'}"]),
    # 按偏移对齐 (items with offsets are matched by offsets)
    ({"amounts": [{"start": 5, "end": 9, "role": "stolen"}, {"start": 20, "end": 25, "role": "value"}]},
     {"amounts": [{"start": 5, "end": 9, "role": "stolen"}, {"start": 12, "end": 15, "role": "loss"},
                  {"start": 20, "end": 25, "role": "value"}]},
     ["amounts[1]: (absent) → {'start': 12, 'end': 15, 'role': 'loss'}"]),
    ({"amounts": [{"start": 5, "end": 9, "role": "stolen"}, {"start": 20, "end": 25, "role": "value"}]},
     {"amounts": [{"start": 20, "end": 25, "role": "loss"}]},
     ["amounts[0]: {'start': 5, 'end': 9, 'role': 'stolen'} → (absent)", "amounts[0].role: 'value' → 'loss'"]),
    ({"circumstances": [{"start": 1, "end": 3, "defendant": "甲"}, {"start": 1, "end": 3, "defendant": "乙"}]},
     {"circumstances": [{"start": 1, "end": 3, "defendant": "甲"}]},
     ["circumstances[1]: {'start': 1, 'end': 3, 'defendant': '乙'} → (absent)"]),
    # 键 (keys) and ignored provenance
    ({"a": 1}, {"b": 1}, ["a: 1 → (absent)", "b: (absent) → 1"]),
    ({"spans": [{"field": "court", "start": 0, "end": 3}]}, {"spans": []}, []),
]


@pytest.mark.parametrize("before, after, expected", DIFF_CASES, ids=[f"diff{i}" for i in range(len(DIFF_CASES))])
def test_diff_records(before, after, expected):
    assert [c.render() for c in diff_records(before, after)] == expected


def test_field_change_generic_path():
    assert FieldChange("defendants[0].counts[12].fine_yuan", 1, 2).generic_path == "defendants[].counts[].fine_yuan"


# ---------------------------------------------------------------------------
# diff_lexicons


@pytest.fixture(scope="module")
def lexicon_copy(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    root = tmp_path_factory.mktemp("diff")

    def make(name: str) -> Path:
        folder = root / name
        shutil.copytree(SHIPPED, folder)
        return folder

    return make


def test_diff_unchanged_copy_shows_nothing(lexicon_copy, examples_dir):
    report = diff_lexicons(examples_dir, before=SHIPPED, after=lexicon_copy("same"))
    assert report.n_documents == len(list(examples_dir.rglob("*.txt"))) > 10
    assert report.documents == () and report.fields_changed == {}
    assert "0 of" in report.render()


def test_diff_removed_circumstance_row(lexicon_copy, examples_dir):
    after = lexicon_copy("no_tanbai")
    delete_line("circumstances.tsv", next(
        line for line in (after / "circumstances.tsv").read_text(encoding="utf-8").splitlines() if line.startswith("坦白\t")
    ))(after)
    report = diff_lexicons(examples_dir, before=SHIPPED, after=after)
    by_id = {d.doc_id: d for d in report.documents}
    assert [c.render() for c in by_id["traditional_chars"].changes][0] == (
        "defendants[0].circumstances: ['坦白', '从轻处罚'] → ['从轻处罚']"
    )
    assert all(
        c.kind == "removed" and c.before["kind"] == "坦白"
        for d in report.documents for c in d.changes if c.generic_path == "circumstances[]"
    )
    # (the appeal ruling's upheld person too: its 原判认为 finds him 坦白)
    assert set(report.fields_changed) == {"circumstances[]", "defendants[].circumstances",
                                          "affirmed[].circumstances", "affirmed_circumstances[]"}
    assert "before → after" not in report.render()  # the arrows carry values, not a header


def test_diff_removed_alias(lexicon_copy, examples_dir, tmp_path):
    """A judgment printing a superseded name loses its standard charge when the alias row goes."""
    text = (examples_dir / "flattened.txt").read_text(encoding="utf-8")
    assert "掩饰、隐瞒犯罪所得罪" in text
    (tmp_path / "old_name.txt").write_text(text.replace("掩饰、隐瞒犯罪所得罪", "窝藏、转移、收购、销售赃物罪"), encoding="utf-8")
    after = lexicon_copy("no_alias")
    delete_line("charge_aliases.tsv", next(
        line for line in (after / "charge_aliases.tsv").read_text(encoding="utf-8").splitlines()
        if line.startswith("窝藏、转移、收购、销售赃物罪\t")
    ))(after)
    report = diff_lexicons(tmp_path, before=SHIPPED, after=after)
    assert report.n_documents == 1 and len(report.documents) == 1
    changes = {c.path: c for c in report.documents[0].changes}
    std = changes["defendants[0].charges_standard"]
    assert std.before == ["掩饰、隐瞒犯罪所得、犯罪所得收益罪"] and std.after != std.before


def test_diff_added_role_cue(lexicon_copy, tmp_path):
    """A new cue word gives an amount a role: the diff shows amounts[k].role other → value."""
    (tmp_path / "a.txt").write_text(_fictional_judgment("经审理查明，被告人甲盗走乙的手机一部，估值人民币2000元。"), encoding="utf-8")
    after = lexicon_copy("new_cue")
    append("amount_role_cues.tsv", "估值\tvalue\tbefore\tnormal")(after)
    report = diff_lexicons(tmp_path, before=SHIPPED, after=after)
    roles = [c for d in report.documents for c in d.changes if c.generic_path == "amounts[].role"]
    assert [(c.before, c.after) for c in roles] == [(roles[0].before, "value")] and roles[0].before != "value"


def test_diff_with_the_ner_model_shows_a_body_part_list_edit(lexicon_copy, tmp_path):
    """body_parts.txt is read only with the model's items: without --ner no edit of it could show. With it, the
    shipped model's item 乙胸腹部数刀 becomes a stolen item once 胸 and 腹 leave the list."""
    pytest.importorskip("torch")
    from fayan.nlp.ner import load_model

    facts = "经审理查明，2019年12月1日，被告人甲持刀捅刺被害人乙胸腹部数刀，窃得乙的手机一部，价值人民币2000元。"
    (tmp_path / "a.txt").write_text(_fictional_judgment(facts), encoding="utf-8")
    after = lexicon_copy("no_chest")
    for word in ("胸", "腹"):
        delete_line("body_parts.txt", word)(after)
    assert diff_lexicons(tmp_path, before=SHIPPED, after=after).documents == ()
    report = diff_lexicons(tmp_path, before=SHIPPED, after=after, ner=True)
    assert report.ner_model == load_model().version and f"model:  {report.ner_model}" in report.render()
    changes = [(c.path, c.before, c.after) for d in report.documents for c in d.changes]
    assert changes[0] == ("stolen_items", ["乙的手机一部"], ["乙胸腹部数刀", "乙的手机一部"])
    # the item where written (its value stays with 乙的手机一部, which keeps its offsets)
    assert [(path, before, after["item"]) for path, before, after in changes[1:]] == [
        ("stolen_item_mentions[0]", None, "乙胸腹部数刀")]


def test_diff_with_two_ner_models_shows_a_cue_list_edit(tmp_path):
    """The model's cue lists (labels.json) are edited like lexicons: with the words of preparing gone from the tool
    cues, the kit 绳子、胶带 the judgment lists as tools is no longer found (胶带, the model's item, becomes a stolen
    item); the report names both models."""
    pytest.importorskip("torch")
    from fayan.nlp.ner.data import MODEL_DIR

    facts = "经审理查明，2019年12月1日，被告人甲为此准备了绳子、胶带等作案工具，窃得乙的手机一部，价值人民币2000元。"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(_fictional_judgment(facts), encoding="utf-8")
    edited = tmp_path / "model"
    shutil.copytree(MODEL_DIR, edited)
    labels = json.loads((edited / "labels.json").read_text(encoding="utf-8"))
    del labels["tool_cues"]["prepare"]
    (edited / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    report = diff_lexicons(tmp_path / "docs", before=SHIPPED, after=SHIPPED, ner=True, ner_model=edited,
                           ner_model_before=MODEL_DIR)
    assert report.ner_model_before != report.ner_model
    assert f"model:  {report.ner_model_before} → {report.ner_model}" in report.render()
    changes = [c for d in report.documents for c in d.changes]
    assert [(c.before, c.after) for c in changes if c.path == "stolen_items"] == [(["乙的手机一部"], ["胶带", "乙的手机一部"])]
    assert [c.before["text"] for c in changes if c.kind == "removed" and c.before["label"] == "tool"] == ["绳子"]
    assert [(c.before, c.after) for c in changes if c.generic_path == "entities[].label"] == [("tool", "item")]  # 胶带


def test_diff_in_place_runs_the_committed_model_before(tmp_path, monkeypatch):
    """Edited in place (no --before, no --ner-model), the before side runs the model folder as committed: here a
    commit without the words of preparing stands in for git HEAD's, so the working copy's kit shows as added."""
    pytest.importorskip("torch")
    import fayan.pipelines.lexicon_tools as lt
    from fayan.nlp.ner.data import MODEL_DIR

    try:
        subprocess.run(["git", "-C", str(SHIPPED), "rev-parse", "HEAD"], check=True, capture_output=True)
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    monkeypatch.delenv("FAYAN_LEXICONS", raising=False)
    committed = tmp_path / "committed-model"
    shutil.copytree(MODEL_DIR, committed)
    labels = json.loads((committed / "labels.json").read_text(encoding="utf-8"))
    del labels["tool_cues"]["prepare"]
    (committed / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    real = lt._git_head_folder
    monkeypatch.setattr(lt, "_git_head_folder", lambda folder, dest, what, option: (
        (committed, "git HEAD (stand-in)") if folder == MODEL_DIR else real(folder, dest, what, option)))
    facts = "经审理查明，2019年12月1日，被告人甲为此准备了绳子、胶带等作案工具，窃得乙的手机一部，价值人民币2000元。"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(_fictional_judgment(facts), encoding="utf-8")
    report = diff_lexicons(tmp_path / "docs", ner=True)
    assert report.ner_model != report.ner_model_before and report.before.startswith("git HEAD ")
    changes = [c for d in report.documents for c in d.changes]
    assert [(c.before, c.after) for c in changes if c.path == "stolen_items"] == [(["胶带", "乙的手机一部"], ["乙的手机一部"])]


def test_diff_broken_after_raises(lexicon_copy, examples_dir):
    after = lexicon_copy("broken")
    append("amount_role_cues.tsv", "偷走了\tstolenn\tafter\tnormal")(after)
    with pytest.raises(LexiconError, match="after lexicons do not load"):
        diff_lexicons(examples_dir, before=SHIPPED, after=after)


def test_diff_report_json(lexicon_copy, examples_dir):
    report = diff_lexicons(examples_dir / "theft_single.txt", before=SHIPPED, after=lexicon_copy("json"))
    assert isinstance(report, DiffReport)
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["n_documents"] == 1 and data["documents"] == [] and data["fields_changed"] == {}


@pytest.fixture(scope="module")
def nested_corpus(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    """Three records whose text sits at doc.qwContent, a field no reader tries by itself."""
    folder = tmp_path_factory.mktemp("nested")
    text = (examples_dir / "theft_single.txt").read_text(encoding="utf-8")
    assert "系坦白" in text
    with (folder / "export.jsonl").open("w", encoding="utf-8") as fh:
        for k in range(3):
            fh.write(json.dumps({"doc": {"qwContent": text}, "meta": {"no": f"n{k}"}}, ensure_ascii=False) + "\n")
    return folder


def test_diff_reports_inputs_it_could_not_read(lexicon_copy, nested_corpus):
    """A corpus nobody read is no edit that changed nothing: each input that failed on both sides is listed, and the
    report compares none; named with text_fields (--text-field), the records are read and the edit shows."""
    after = lexicon_copy("no_tanbai_nested")
    delete_line("circumstances.tsv", next(
        line for line in (after / "circumstances.tsv").read_text(encoding="utf-8").splitlines() if line.startswith("坦白\t")
    ))(after)
    report = diff_lexicons(nested_corpus, before=SHIPPED, after=after)
    assert (report.n_documents, report.n_compared, report.documents) == (3, 0, ())
    assert len(report.failures) == 3 and all("no usable text field" in r for r in report.failures)
    assert report.failures[0].startswith(f"{(nested_corpus / 'export.jsonl').resolve()}:1: ")
    text = report.render()
    assert "0 of 0 documents changed" in text and "3 inputs failed on both sides, so were not compared:" in text
    assert report.to_dict()["n_compared"] == 0 and len(report.to_dict()["failures"]) == 3
    report = diff_lexicons(nested_corpus, before=SHIPPED, after=after, text_fields=["doc.qwContent"], id_field="meta.no")
    assert (report.n_compared, report.failures) == (3, ())
    assert sorted(d.doc_id for d in report.documents) == ["n0", "n1", "n2"]


def test_check_reports_corpus_inputs_it_could_not_read(nested_corpus):
    report = check_lexicons(corpus=nested_corpus)
    assert report.corpus_documents == 0 and report.corpus_unread and report.exit_code == 1
    assert len(report.corpus_failures) == 3 and "no usable text field" in report.corpus_failures[0]
    assert f"3 inputs of {nested_corpus} could not be read:" in report.render()
    report = check_lexicons(corpus=nested_corpus, text_fields="doc.qwContent")
    assert (report.corpus_documents, report.corpus_failures, report.exit_code) == (3, (), 0)


def test_git_head_folders(tmp_path):
    """The lexicons and the NER model as committed: what the before side reads when the package was edited."""
    from fayan.nlp.ner.data import MODEL_DIR

    try:
        subprocess.run(["git", "-C", str(SHIPPED), "rev-parse", "HEAD"], check=True, capture_output=True)
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    folder, label = _git_head_folder(SHIPPED, tmp_path / "head", "lexicons", "--before")
    assert (folder / "charges.txt").read_text(encoding="utf-8").count("\n") > 400
    assert label.startswith("git HEAD ") and label.endswith(":fayan/lexicons")
    folder, label = _git_head_folder(MODEL_DIR, tmp_path / "head-model", "NER model", "--ner-model-before")
    committed = subprocess.run(["git", "-C", str(MODEL_DIR), "show", "HEAD:./labels.json"], check=True,
                               capture_output=True).stdout
    assert (folder / "labels.json").read_bytes() == committed and label.endswith(":fayan/models/ner")
    with pytest.raises(UsageError, match="NER model before the edit with --ner-model-before"):
        _git_head_folder(tmp_path, tmp_path / "none", "NER model", "--ner-model-before")  # not in a checkout


def _fictional_judgment(facts: str) -> str:
    return (
        "某某市某某区人民法院\n刑事判决书\n（2020）浙0102刑初1号\n公诉机关某某市某某区人民检察院。\n"
        "被告人甲，男，1990年1月1日出生。因本案于2019年12月2日被刑事拘留。\n"
        "某某市某某区人民检察院以起诉书指控被告人甲犯盗窃罪，于2020年3月1日向本院提起公诉。\n"
        f"{facts}\n本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"
        "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：\n"
        "被告人甲犯盗窃罪，判处拘役三个月，并处罚金人民币一千元。\n审判员乙\n二〇二〇年四月一日\n书记员丙\n"
    )


def test_a_copy_without_the_format_notes_misses_no_lexicon(tmp_path: Path) -> None:
    """README.md is for people: a lexicon copy without it lacks no file fayan reads."""
    import shutil

    copy = tmp_path / "lex"
    from fayan.nlp.lexicon import lexicon_dir

    shutil.copytree(lexicon_dir(), copy)
    (copy / "README.md").unlink()
    report = check_lexicons(copy)
    assert [i.render() for i in report.issues if i.code == "missing"] == []
