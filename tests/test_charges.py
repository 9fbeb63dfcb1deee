"""Charge names: normalisation, selective parts, mentions in text, and the three data files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from fayan.errors import LexiconError, UsageError
from fayan.nlp.charges import (
    ChargeName,
    article_rows_for_charge,
    articles_for_charge,
    decompose_charge,
    find_charge_mentions,
    normalize_charge,
    paragraph_in_force,
    standard_charges,
)
from fayan.nlp.lexicon import lexicon_dir, load_table

TRAFFICKING = "走私、贩卖、运输、制造毒品罪"
GUNS = "非法持有、私藏枪支、弹药罪"
CONCEAL = "掩饰、隐瞒犯罪所得、犯罪所得收益罪"

NORMALIZE_CASES = [
    # 标准罪名 (exact)
    ("盗窃罪", "盗窃罪", "exact", "264"),
    ("诈骗罪", "诈骗罪", "exact", "266"),
    ("危险驾驶罪", "危险驾驶罪", "exact", "133-1"),
    (TRAFFICKING, TRAFFICKING, "exact", "347"),
    ("组织他人偷越国（边）境罪", "组织他人偷越国（边）境罪", "exact", "318"),
    ("帮助信息网络犯罪活动罪", "帮助信息网络犯罪活动罪", "exact", "287-2"),
    ("骗购外汇罪", "骗购外汇罪", "exact", "骗汇决定-1"),
    # 缺"罪"
    ("盗窃", "盗窃罪", "suffix_added", "264"),
    ("故意伤害", "故意伤害罪", "suffix_added", "234"),
    ("容留他人吸毒", "容留他人吸毒罪", "suffix_added", "354"),
    # 写法变体 (whitespace, width, list marks)
    ("盗 窃 罪", "盗窃罪", "exact", "264"),
    ("  诈骗罪\n", "诈骗罪", "exact", "266"),
    ("组织他人偷越国(边)境罪", "组织他人偷越国（边）境罪", "exact", "318"),
    ("走私，贩卖，运输，制造毒品罪", TRAFFICKING, "exact", "347"),
    ("窝藏包庇罪", "窝藏、包庇罪", "alias", "310"),
    (
        "隐匿、故意销毁会计凭证、会计帐簿、财务会计报告罪",
        "隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪",
        "exact",
        "162-1",
    ),
    # 旧罪名 (补充规定 aliases)
    ("窝藏、转移、收购、销售赃物罪", CONCEAL, "alias", "312"),
    ("公司、企业人员受贿罪", "非国家工作人员受贿罪", "alias", "163"),
    ("偷税罪", "逃税罪", "alias", "201"),
    ("强制猥亵、侮辱妇女罪", "强制猥亵、侮辱罪", "alias", "237"),
    ("生产、销售假药罪", "生产、销售、提供假药罪", "alias", "141"),
    ("嫖宿幼女罪", "强奸罪", "alias", "236"),
    ("投毒罪", "投放危险物质罪", "alias", "114"),
    ("非法采伐、毁坏珍贵树木罪", "危害国家重点保护植物罪", "alias", "344"),
    ("徇私舞弊低价折股、出售国有资产罪", "徇私舞弊低价折股、出售公司、企业资产罪", "alias", "169"),
    ("妨碍公务罪", "妨害公务罪", "alias", "277"),
    # 旧罪名的一部分 (parts of superseded names)
    ("强制猥亵妇女罪", "强制猥亵、侮辱罪", "alias", "237"),
    ("收购赃物罪", CONCEAL, "alias", "312"),
    ("伪造居民身份证罪", "伪造、变造、买卖身份证件罪", "alias", "280"),
    ("非法获取公民个人信息罪", "侵犯公民个人信息罪", "alias", "253-1"),
    # 选择性罪名 (parts of a standard name)
    ("贩卖毒品罪", TRAFFICKING, "partial", "347"),
    ("运输毒品罪", TRAFFICKING, "partial", "347"),
    ("贩卖、运输毒品罪", TRAFFICKING, "partial", "347"),
    ("贩卖、制造毒品罪", TRAFFICKING, "partial", "347"),
    ("贩卖毒品", TRAFFICKING, "partial", "347"),
    ("掩饰、隐瞒犯罪所得罪", CONCEAL, "partial", "312"),
    ("掩饰隐瞒犯罪所得罪", CONCEAL, "partial", "312"),
    ("非法持有枪支罪", GUNS, "partial", "128"),
    ("非法持有、私藏枪支罪", GUNS, "partial", "128"),
    ("私藏弹药罪", GUNS, "partial", "128"),
    ("窝藏罪", "窝藏、包庇罪", "partial", "310"),
    ("包庇罪", "窝藏、包庇罪", "partial", "310"),
    ("介绍卖淫罪", "引诱、容留、介绍卖淫罪", "partial", "359"),
    ("伪造国家机关证件罪", "伪造、变造、买卖国家机关公文、证件、印章罪", "partial", "280"),
    ("参加黑社会性质组织罪", "组织、领导、参加黑社会性质组织罪", "partial", "294"),
    ("组织、领导恐怖组织罪", "组织、领导、参加恐怖组织罪", "partial", "120"),
    ("拒不执行判决罪", "拒不执行判决、裁定罪", "partial", "313"),
    ("非法买卖枪支罪", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "partial", "125"),
    ("利用邪教组织破坏法律实施罪", "组织、利用会道门、邪教组织、利用迷信破坏法律实施罪", "partial", "300"),
    ("盗掘古文化遗址罪", "盗掘古文化遗址、古墓葬罪", "partial", "328"),
]


@pytest.mark.parametrize(
    "printed,standard,how,article", NORMALIZE_CASES, ids=[c[0].strip() for c in NORMALIZE_CASES]
)
def test_normalize_charge(printed: str, standard: str, how: str, article: str) -> None:
    c = normalize_charge(printed)
    assert c is not None
    assert (c.standard, c.how, c.article) == (standard, how, article)
    assert c.printed == printed.strip()


NO_MATCH = [
    # 不是罪名 / 不猜远处的名字
    "",
    "罪",
    "犯罪",
    "盗窃犯罪",
    "偷东西罪",
    "流氓罪",  # 1979 law; no single current name
    "走私罪",  # a part only in a reading that drops the object (毒品)
    "收买罪",
    "毒品罪",
    "被告人张某犯盗窃罪",
    "诈骗盗窃罪",
]


@pytest.mark.parametrize("printed", NO_MATCH, ids=[p or "<empty>" for p in NO_MATCH])
def test_normalize_charge_no_match(printed: str) -> None:
    assert normalize_charge(printed) is None


def test_alias_note_and_matched() -> None:
    c = normalize_charge("强制猥亵妇女罪")
    assert c is not None
    assert c.matched == "强制猥亵、侮辱妇女罪"
    assert "补充规定（六）" in c.note


# --------------------------------------------------------------------------
# decompose_charge

DECOMPOSE_CASES = [
    # name, parts that must be present, parts that must be absent
    ("窝藏、包庇罪", {"窝藏罪", "包庇罪"}, set()),
    (
        TRAFFICKING,
        {"贩卖毒品罪", "运输毒品罪", "走私、贩卖毒品罪", "贩卖、运输、制造毒品罪"},
        {"走私罪", "毒品罪"},
    ),
    (GUNS, {"非法持有枪支罪", "私藏枪支、弹药罪", "非法持有弹药罪"}, set()),
    (
        "盗窃、抢夺枪支、弹药、爆炸物、危险物质罪",
        {"盗窃枪支罪", "抢夺弹药罪", "盗窃、抢夺枪支罪", "盗窃危险物质罪"},
        {"盗窃罪", "抢夺罪"},
    ),
    (CONCEAL, {"掩饰、隐瞒犯罪所得罪", "隐瞒犯罪所得罪", "掩饰犯罪所得收益罪"}, set()),
    ("伪造、变造、买卖国家机关公文、证件、印章罪", {"伪造国家机关证件罪", "买卖国家机关印章罪"}, {"伪造罪"}),
    ("盗窃罪", set(), {"盗窃罪"}),
]


@pytest.mark.parametrize("name,present,absent", DECOMPOSE_CASES, ids=[c[0] for c in DECOMPOSE_CASES])
def test_decompose_charge(name: str, present: set[str], absent: set[str]) -> None:
    parts = decompose_charge(name)
    assert present <= parts
    assert not (absent & parts)
    assert name not in parts


def test_every_part_keeps_order() -> None:
    # A part never reorders the items: 运输、贩卖毒品罪 is not a part.
    assert "运输、贩卖毒品罪" not in decompose_charge(TRAFFICKING)
    assert normalize_charge("运输、贩卖毒品罪") is None


# --------------------------------------------------------------------------
# find_charge_mentions

MENTION_CASES = [
    # 单个罪名
    ("被告人甲犯盗窃罪，判处有期徒刑一年。", [("盗窃罪", 5, "盗窃罪")]),
    ("被告人甲犯容留他人吸毒罪", [("容留他人吸毒罪", 5, "容留他人吸毒罪")]),
    # 多个罪名
    (
        "被告人甲犯盗窃罪，判处有期徒刑一年；犯诈骗罪，判处有期徒刑六个月。",
        [("盗窃罪", 5, "盗窃罪"), ("诈骗罪", 19, "诈骗罪")],
    ),
    ("犯盗窃罪、诈骗罪", [("盗窃罪", 1, "盗窃罪"), ("诈骗罪", 5, "诈骗罪")]),
    # 共用一个"罪"的列举
    ("犯盗窃、诈骗罪", [("盗窃", 1, "盗窃罪"), ("诈骗罪", 4, "诈骗罪")]),
    ("犯盗窃、诈骗、抢夺罪", [("盗窃", 1, "盗窃罪"), ("诈骗", 4, "诈骗罪"), ("抢夺罪", 7, "抢夺罪")]),
    ("构成抢劫和盗窃罪", [("抢劫", 2, "抢劫罪"), ("盗窃罪", 5, "盗窃罪")]),
    ("被告人甲和乙犯盗窃罪", [("盗窃罪", 7, "盗窃罪")]),
    # 选择性罪名: the longest name wins
    ("犯走私、贩卖、运输、制造毒品罪", [(TRAFFICKING, 1, TRAFFICKING)]),
    ("犯贩卖毒品罪", [("贩卖毒品罪", 1, TRAFFICKING)]),
    ("犯贩卖、运输毒品罪", [("贩卖、运输毒品罪", 1, TRAFFICKING)]),
    ("犯强制猥亵、侮辱罪", [("强制猥亵、侮辱罪", 1, "强制猥亵、侮辱罪")]),
    ("犯协助组织卖淫罪", [("协助组织卖淫罪", 1, "协助组织卖淫罪")]),
    ("犯非法持有毒品罪", [("非法持有毒品罪", 1, "非法持有毒品罪")]),
    # 旧罪名
    ("犯窝藏、转移、收购、销售赃物罪", [("窝藏、转移、收购、销售赃物罪", 1, CONCEAL)]),
    # spaces inside a name
    ("犯盗 窃罪", [("盗 窃罪", 1, "盗窃罪")]),
    # 不是罪名
    ("本院认为，被告人的行为已构成犯罪，认罪态度较好，数罪并罚。", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", MENTION_CASES, ids=[c[0] or "<empty>" for c in MENTION_CASES])
def test_find_charge_mentions(text: str, expected: list[tuple[str, int, str]]) -> None:
    got = [(s.text, s.start, c.standard) for s, c in find_charge_mentions(text)]
    assert got == expected
    for s, _ in find_charge_mentions(text):
        assert text[s.start : s.end] == s.text


def test_find_charge_mentions_gives_charge_names() -> None:
    ((span, c),) = list(find_charge_mentions("犯盗窃、诈骗罪"))[:1]
    assert isinstance(c, ChargeName)
    assert (span.text, c.how, c.printed) == ("盗窃", "suffix_added", "盗窃")


# --------------------------------------------------------------------------
# articles_for_charge

ARTICLE_CASES = [
    ("盗窃罪", ("264",)),
    ("危险驾驶罪", ("133-1",)),
    ("放火罪", ("114", "115")),
    ("受贿罪", ("385", "386", "383")),
    ("开设赌场罪", ("303",)),
    ("帮助恐怖活动罪", ("120-1",)),
    ("侵犯公民个人信息罪", ("253-1",)),
]


@pytest.mark.parametrize("name,articles", ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_articles_for_charge(name: str, articles: tuple[str, ...]) -> None:
    assert articles_for_charge(name) == articles


def test_a_renumbered_paragraph_holds_only_in_its_days() -> None:
    on = [date(2015, 10, 31), date(2015, 11, 1)]
    assert [paragraph_in_force("协助组织卖淫罪", "358", "3", x) for x in on] == [True, False]
    assert [paragraph_in_force("协助组织卖淫罪", "358", "4", x) for x in on] == [False, True]
    assert paragraph_in_force("开设赌场罪", "303", "2", date(1990, 1, 1))  # a row the file does not date


def test_article_rows_keep_paragraphs() -> None:
    assert article_rows_for_charge("开设赌场罪") == (("303", "2"),)
    assert article_rows_for_charge("赌博罪") == (("303", "1"),)
    assert ("277", "5") in article_rows_for_charge("袭警罪")


@pytest.mark.parametrize("name", ["贩卖毒品罪", "偷税罪", "不存在罪"])
def test_articles_for_charge_wants_a_standard_name(name: str) -> None:
    with pytest.raises(UsageError, match="normalize_charge"):
        articles_for_charge(name)


# --------------------------------------------------------------------------
# The data files


def test_standard_list_has_483_names() -> None:
    names = standard_charges()
    assert len(names) == 483 == len(set(names))
    assert all(n.endswith("罪") for n in names)


def test_every_standard_name_has_an_article() -> None:
    missing = [n for n in standard_charges() if not articles_for_charge(n)]
    assert missing == []


def test_every_alias_targets_a_standard_name() -> None:
    standard = set(standard_charges())
    rows = load_table("charge_aliases.tsv", 3, min_columns=2)
    assert len(rows) >= 60
    for line, (old, target, _) in rows:
        assert target in standard, f"charge_aliases.tsv:{line}: {target}"
        assert old not in standard, f"charge_aliases.tsv:{line}: {old} is a standard name"
        c = normalize_charge(old)
        assert c is not None and c.standard == target and c.how == "alias"


def test_every_standard_name_normalises_to_itself() -> None:
    for name in standard_charges():
        c = normalize_charge(name)
        assert c is not None and (c.standard, c.how) == (name, "exact"), name


# --------------------------------------------------------------------------
# Broken copies of the data files


def _copy_lexicons(tmp_path: Path) -> Path:
    for name in ("charges.txt", "charge_aliases.tsv", "charge_articles.tsv"):
        shutil.copy(lexicon_dir() / name, tmp_path / name)
    return tmp_path


BROKEN_CASES = [
    # file, line appended, error text, line reported is the appended one
    ("charge_aliases.tsv", "某某旧罪\t不存在的罪\tnote", "not in charges.txt"),
    ("charge_aliases.tsv", "盗窃罪\t诈骗罪", "is a standard name"),
    ("charge_aliases.tsv", "偷税\t逃税罪", "must end with 罪"),
    ("charge_articles.tsv", "盗窃罪\t第264条", "bad article"),
    ("charge_articles.tsv", "盗窃罪\t264\t一", "bad paragraph"),
    ("charge_articles.tsv", "偷税罪\t201", "is not a standard name"),
    ("charge_articles.tsv", "盗窃罪\t264", "duplicate row"),
    ("charge_articles.tsv", "盗窃罪\t265\t\t2015年11月1日起", "bad days in force"),
    ("charge_articles.tsv", "盗窃罪\t265\t\t~", "bad days in force"),
    ("charges.txt", "盗窃罪", "duplicate charge name"),
]


@pytest.mark.parametrize("name,line,message", BROKEN_CASES, ids=[f"{c[0]}:{c[2]}" for c in BROKEN_CASES])
def test_broken_lexicon_copies(tmp_path: Path, name: str, line: str, message: str) -> None:
    directory = _copy_lexicons(tmp_path)
    path = directory / name
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    lineno = len((text + line).splitlines())
    with pytest.raises(LexiconError, match=message) as err:
        normalize_charge("盗窃罪", directory=directory)
    assert str(path) in str(err.value)
    if name != "charges.txt":
        assert f":{lineno}:" in str(err.value)


def test_a_copy_with_a_new_alias_is_used(tmp_path: Path) -> None:
    directory = _copy_lexicons(tmp_path)
    with (directory / "charge_aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("偷东西罪\t盗窃罪\tcolloquial (test only)\n")
    c = normalize_charge("偷东西罪", directory=directory)
    assert c is not None and (c.standard, c.how) == ("盗窃罪", "alias")
    assert normalize_charge("偷东西罪") is None


def test_a_repeated_alias_row_is_kept_once_and_a_conflicting_one_is_an_error(tmp_path: Path) -> None:
    """The lexicons README: an identical duplicate is a warning of lexicon check, not an error that stops every run;
    the same alias for another standard name is an error."""
    from fayan.errors import LexiconError

    directory = _copy_lexicons(tmp_path)
    with (directory / "charge_aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("偷东西罪\t盗窃罪\ttest\n偷东西罪\t盗窃罪\ttest again\n")
    c = normalize_charge("偷东西罪", directory=directory)
    assert c is not None and c.standard == "盗窃罪"
    with (directory / "charge_aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("偷东西罪\t抢劫罪\tconflict\n")
    from fayan.nlp.lexicon import refresh

    refresh()  # the files' times are looked at once a second
    with pytest.raises(LexiconError, match="already an alias of '盗窃罪', not of '抢劫罪'"):
        normalize_charge("偷东西罪", directory=directory)


# --------------------------------------------------------------------------
# Against the development data (skipped without ../shared)


@pytest.mark.shared
def test_gold_charges_normalise_and_match_cited_articles(shared: Path) -> None:
    """Every gold charge normalises, and one of its articles is among the judgment's cited articles."""
    n = 0
    for line in (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        cited = {str(a) for a in record["articles"]}
        for defendant in record["defendants"]:
            for printed in defendant["charges"]:
                c = normalize_charge(printed)
                assert c is not None, printed
                articles = set(articles_for_charge(c.standard))
                articles |= {a.split("-")[0] for a in articles}
                assert articles & cited, (printed, articles, cited)
                n += 1
    assert n >= 40


@pytest.mark.shared
def test_lecard_charge_list_normalises(shared: Path) -> None:
    names = (
        (shared / "refs" / "charges" / "lecard_criminal_charges_469.txt").read_text(encoding="utf-8").split()
    )
    unmatched = [n for n in names if normalize_charge(n) is None]
    assert unmatched == []


@pytest.mark.shared
def test_mentions_in_dev_judgments(shared: Path) -> None:
    """Each gold charge is found as a mention in its judgment's text."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (shared / "judgments" / "dev").glob("*.txt")}
    found = total = 0
    for line in (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] not in texts:
            continue
        standards = {c.standard for _, c in find_charge_mentions(texts[record["id"]])}
        for defendant in record["defendants"]:
            for printed in defendant["charges"]:
                total += 1
                c = normalize_charge(printed)
                found += c is not None and c.standard in standards
    assert total >= 40
    assert found == total
