"""Class-case comparison (rule C1): rows from judgments, the outlier model, findings."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from fayan.errors import UsageError
from fayan.judgment import (
    CaseNumber,
    Circumstance,
    Count,
    Defendant,
    Judgment,
    Provenance,
    Sentence,
)
from fayan.pipelines.classcase import (
    BASIS,
    ClassCaseConfig,
    circumstance_flags,
    compare_cases,
    law_bracket,
    row_columns,
    sentence_rows,
    synthetic_rows,
)


def _sentence(principal: str | None = "有期徒刑", months: int | None = 8, **kw: object) -> Sentence:
    return Sentence(principal=principal, term_months=months, **kw)  # type: ignore[arg-type]


def _judgment(doc_id: str, *defendants: Defendant, **kw: object) -> Judgment:
    return Judgment(id=doc_id, defendants=defendants, **kw)  # type: ignore[arg-type]


def _row(df: pd.DataFrame, defendant: str) -> dict[str, object]:
    rows = df[df["defendant"] == defendant]
    assert len(rows) == 1, f"expected one row for {defendant}, got {len(rows)}"
    return rows.iloc[0].to_dict()


# ---------------------------------------------------------------------------
# sentence_rows: which defendants become rows

ROW_CASES = [
    # 单罪: one row
    ("single_charge", Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence()), True, True),
    # 标准罪名优先
    (
        "standard_name",
        Defendant(name="甲某", charges=("盗窃",), charges_standard=("盗窃罪",), verdict=_sentence()),
        True,
        True,
    ),
    # 拘役 is on the same month scale
    ("juyi", Defendant(name="甲某", charges=("危险驾驶罪",), verdict=_sentence("拘役", 3)), True, True),
    # 管制 stays in the table, not modelled
    ("guanzhi", Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence("管制", 6)), True, False),
    # 免予刑事处罚: no term
    (
        "exempt",
        Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence("免予刑事处罚", None)),
        True,
        False,
    ),
    # 与前罪余刑并罚 (决定执行): the term is not this charge's alone
    (
        "combined_with_prior",
        Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence(months=30, combined=True)),
        True,
        False,
    ),
    (
        "with_earlier_judgment",
        Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence(months=30, with_earlier_judgment=True)),
        True,
        False,
    ),
    # 数罪并罚: excluded
    (
        "two_counts",
        Defendant(
            name="甲某",
            charges=("盗窃罪",),
            counts=(Count("盗窃罪", "有期徒刑", 10), Count("盗窃罪", "有期徒刑", 6)),
            verdict=_sentence(months=14),
        ),
        False,
        False,
    ),
    (
        "two_charges",
        Defendant(name="甲某", charges=("盗窃罪", "诈骗罪"), verdict=_sentence(months=20)),
        False,
        False,
    ),
    (
        "per_charge_counts",
        Defendant(
            name="甲某",
            charges=("盗窃罪",),
            per_charge=(Count("盗窃罪", "有期徒刑", 10), Count("盗窃罪", "有期徒刑", 6)),
            verdict=_sentence(months=14),
        ),
        False,
        False,
    ),
    # 单位被告, 无罪
    (
        "unit",
        Defendant(name="某公司", is_unit=True, charges=("单位行贿罪",), verdict=_sentence(None, None)),
        False,
        False,
    ),
    ("acquitted", Defendant(name="甲某", charges=(), verdict=_sentence("无罪", None)), False, False),
]


@pytest.mark.parametrize(
    "defendant,kept,comparable", [c[1:] for c in ROW_CASES], ids=[c[0] for c in ROW_CASES]
)
def test_which_defendants_become_rows(defendant: Defendant, kept: bool, comparable: bool) -> None:
    df = sentence_rows([_judgment("d1", defendant)])
    assert list(df.columns) == list(row_columns())
    assert len(df) == (1 if kept else 0)
    if kept:
        assert bool(df.iloc[0]["comparable"]) is comparable


def test_documents_that_are_not_judgments_give_no_rows() -> None:
    d = Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence())
    j = Judgment(id="d1", status="not_judgment", defendants=(d,))
    assert len(sentence_rows([j])) == 0


# ---------------------------------------------------------------------------
# sentence_rows: values


def test_row_values_from_a_judgment() -> None:
    d = Defendant(
        name="甲某",
        charges=("盗窃罪",),
        verdict=Sentence(principal="有期徒刑", term_months=10, term_days=15, probation_months=12),
    )
    j = Judgment(
        id="doc-7",
        court="某省某市某区人民法院",
        judgment_date="2020-03-04",
        case_number="（2019）浙0102刑初1号",
        case_number_parts=CaseNumber(text="（2019）浙0102刑初1号", court_code="浙0102"),
        defendants=(d,),
        total_crime_amount_yuan=12000,
        spans=(Provenance("defendants[0].verdict", 100, 130, "判处有期徒刑十个月十五日，缓刑一年"),),
    )
    row = _row(sentence_rows([j], bracket_of=lambda _j, _i: 1, quantity_of=lambda _j, _i: None), "甲某")
    assert row["doc_id"] == "doc-7"
    assert row["court"] == "某省某市某区人民法院"
    assert row["province"] == "浙江"
    assert row["year"] == 2020
    assert row["bracket"] == "1"
    assert row["amount_yuan"] == 12000.0
    assert pd.isna(row["drug_g"])
    assert row["term_months"] == pytest.approx(10.5)
    assert bool(row["probation"]) is True
    assert (row["verdict_start"], row["verdict_end"]) == (100, 130)
    assert row["verdict_text"] == "判处有期徒刑十个月十五日，缓刑一年"


def test_old_style_case_number_gives_no_province() -> None:
    d = Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence())
    j = Judgment(
        id="d",
        case_number_parts=CaseNumber(text="（2014）临罗刑初字第8号", court_code="临罗"),
        defendants=(d,),
    )
    assert _row(sentence_rows([j]), "甲某")["province"] is None


def test_drug_quantity_comes_from_the_callable() -> None:
    d = Defendant(name="甲某", charges=("贩卖毒品罪",), verdict=_sentence(months=9))
    j = _judgment("d", d)
    row = _row(sentence_rows([j], quantity_of=lambda _j, i: 0.6 if i == 0 else None), "甲某")
    assert row["drug_g"] == pytest.approx(0.6)


# ---------------------------------------------------------------------------
# sentence_rows: circumstance flags


def test_flags_from_reasoning_circumstances_per_defendant() -> None:
    a = Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence())
    b = Defendant(name="乙某", charges=("盗窃罪",), verdict=_sentence(), recidivist=True, age_at_offence=17)
    j = _judgment(
        "d",
        a,
        b,
        circumstances=(
            Circumstance("自首", "甲某", 0, 2, "自首"),
            Circumstance("退赃退赔", "甲某", 3, 5, "退赔"),
            Circumstance("坦白", "乙某", 6, 8, "坦白"),
            Circumstance("自首", "乙某", 9, 14, "不构成自首", negated=True),
            Circumstance("认罪认罚", None, 15, 19, "认罪认罚"),  # defendant unknown, two defendants
        ),
    )
    df = sentence_rows([j])
    ra, rb = _row(df, "甲某"), _row(df, "乙某")
    assert (ra["自首"], ra["退赔"], ra["坦白"], ra["认罪认罚"]) == (True, True, False, False)
    assert (rb["自首"], rb["坦白"], rb["累犯"], rb["未成年"]) == (False, True, True, True)


def test_unattributed_circumstance_applies_to_a_sole_defendant() -> None:
    d = Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence(), circumstances=("取得被害人谅解",))
    j = _judgment("d", d, circumstances=(Circumstance("认罪认罚", None, 0, 4, "认罪认罚"),))
    row = _row(sentence_rows([j]), "甲某")
    assert (row["认罪认罚"], row["谅解"]) == (True, True)


def test_flag_list_is_the_data_file() -> None:
    flags = circumstance_flags()
    assert flags[:4] == ("自首", "坦白", "立功", "累犯")
    assert len(flags) == len(set(flags))
    assert set(flags) <= set(row_columns())


# ---------------------------------------------------------------------------
# law_bracket: the bracket from the charge table

THEFT = Defendant(name="甲某", charges=("盗窃罪",), verdict=_sentence())
BRACKET_CASES = [
    # 数额: the court's provincial standard
    (
        "amount_first",
        Judgment(id="a", court="浙江省某市某区人民法院", defendants=(THEFT,), total_crime_amount_yuan=5000),
        "1",
    ),
    (
        "amount_second",
        Judgment(id="a", court="浙江省某市某区人民法院", defendants=(THEFT,), total_crime_amount_yuan=90000),
        "2",
    ),
    (
        "amount_third",
        Judgment(id="a", court="浙江省某市某区人民法院", defendants=(THEFT,), total_crime_amount_yuan=600000),
        "3",
    ),
    (
        "below_threshold",
        Judgment(id="a", court="浙江省某市某区人民法院", defendants=(THEFT,), total_crime_amount_yuan=500),
        None,
    ),
    ("no_amount", Judgment(id="a", defendants=(THEFT,)), None),
    # several defendants: the document total is not this defendant's
    (
        "two_defendants",
        Judgment(
            id="a",
            defendants=(THEFT, Defendant(name="乙某", charges=("盗窃罪",))),
            total_crime_amount_yuan=90000,
        ),
        None,
    ),
    # one bracket only
    ("single_bracket", Judgment(id="a", defendants=(Defendant(name="甲某", charges=("危险驾驶罪",)),)), "1"),
    # not in the charge table, or two charges
    ("unknown_charge", Judgment(id="a", defendants=(Defendant(name="甲某", charges=("某某罪",)),)), None),
    (
        "two_charges",
        Judgment(id="a", defendants=(Defendant(name="甲某", charges=("盗窃罪", "诈骗罪")),)),
        None,
    ),
]


@pytest.mark.parametrize(
    "judgment,bracket", [c[1:] for c in BRACKET_CASES], ids=[c[0] for c in BRACKET_CASES]
)
def test_law_bracket(judgment: Judgment, bracket: str | None) -> None:
    assert law_bracket()(judgment, 0) == bracket


def test_law_bracket_fills_the_rows() -> None:
    j = Judgment(id="a", court="浙江省某市某区人民法院", defendants=(THEFT,), total_crime_amount_yuan=90000)
    assert _row(sentence_rows([j], bracket_of=law_bracket()), "甲某")["bracket"] == "2"


# ---------------------------------------------------------------------------
# The model on the generated corpus (planted outliers)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_planted_outliers_are_found(seed: int) -> None:
    rows = synthetic_rows(20_000, seed=seed)
    result = compare_cases(rows)
    out = result.rows
    planted = out["planted"].to_numpy(dtype=bool)
    flagged = out["flagged"].to_numpy(dtype=bool)
    recall = (planted & flagged).sum() / planted.sum()
    false_rate = (flagged & ~planted).sum() / (~planted).sum()
    assert planted.sum() >= 100
    assert recall >= 0.9, f"recall {recall:.3f}"
    assert false_rate <= 0.002, f"false flags on clean rows {false_rate:.4%}"
    assert len(result.findings) == int(flagged.sum())


def test_small_groups_say_nothing() -> None:
    rows = synthetic_rows(5000, seed=4)
    result = compare_cases(rows)
    tiny = result.groups[result.groups["charge"] == "抢夺罪"].iloc[0]
    assert (tiny["status"], tiny["n_used"], tiny["n_flagged"]) == ("too_small", 20, 0)
    tiny_docs = set(rows.loc[rows["charge"] == "抢夺罪", "doc_id"])
    assert not tiny_docs & {f.doc_id for f in result.findings}
    assert result.rows.loc[result.rows["charge"] == "抢夺罪", "z"].isna().all()


def test_minimum_group_size_is_configurable() -> None:
    rows = synthetic_rows(3000, seed=5)
    assert compare_cases(rows).findings
    none = compare_cases(rows, ClassCaseConfig(min_group_size=100_000))
    assert none.findings == ()
    assert set(none.groups["status"]) == {"too_small"}


def test_results_are_deterministic_and_independent_of_row_order() -> None:
    rows = synthetic_rows(6000, seed=6)
    a = compare_cases(rows)
    b = compare_cases(rows)
    c = compare_cases(rows.sample(frac=1.0, random_state=11))
    assert [f.to_record() for f in a.findings] == [f.to_record() for f in b.findings]
    assert [f.to_record() for f in a.findings] == [f.to_record() for f in c.findings]
    pd.testing.assert_frame_equal(a.groups, c.groups)


# ---------------------------------------------------------------------------
# Findings: shape, message, data


def _hand_group(n: int = 60, outlier: float | None = 60.0) -> pd.DataFrame:
    """n theft rows with terms 6–10 months rising with the amount, plus one outlier."""
    amounts = np.linspace(2000, 9000, n)
    terms = np.rint(6 + 4 * (amounts - 2000) / 7000)
    df = pd.DataFrame(
        {
            "doc_id": [f"h{i:03d}" for i in range(n)],
            "defendant": [f"丙{i:03d}" for i in range(n)],
            "charge": "盗窃罪",
            "bracket": "1",
            "amount_yuan": amounts,
            "principal": "有期徒刑",
            "term_months": terms,
        }
    )
    if outlier is not None:
        df.loc[n // 2, "term_months"] = outlier
    return df


def test_a_heavy_outlier_becomes_one_c1_finding() -> None:
    result = compare_cases(_hand_group())
    assert len(result.findings) == 1
    f = result.findings[0]
    assert (f.doc_id, f.defendant, f.rule, f.basis) == ("h030", "丙030", "C1", BASIS)
    assert f.severity in ("info", "warning")
    assert (
        f.message
        == "与情节相近的同类案件（盗窃罪，第一档）相比，本案判处有期徒刑60个月明显偏重，建议审查量刑。"
    )
    d = f.data
    assert d["group_size"] == 60
    lo, hi = d["typical_range_months"]
    assert 6 <= lo <= hi <= 10
    assert d["term_months"] == 60.0 and d["direction"] == "heavier"
    assert d["covariate"] == "amount_yuan"
    assert len(d["nearest"]) == 5
    assert "h030" not in {n["doc_id"] for n in d["nearest"]}
    # nearest by amount: neighbours of row 30
    assert {n["doc_id"] for n in d["nearest"]} <= {f"h{i:03d}" for i in range(26, 35)}
    json.dumps(f.to_record(), ensure_ascii=False)  # JSON-ready


def test_a_light_outlier_is_reported_as_lighter() -> None:
    df = _hand_group(outlier=None)
    df["term_months"] = df["term_months"] * 4  # 24–40 months
    df.loc[10, "term_months"] = 6
    (f,) = compare_cases(df).findings
    assert f.data["direction"] == "lighter"
    assert "明显偏轻" in f.message


def test_severity_is_never_error() -> None:
    result = compare_cases(synthetic_rows(20_000, seed=7))
    assert {f.severity for f in result.findings} == {"info", "warning"}


def test_a_group_without_bracket_or_covariate_says_nothing() -> None:
    """Without a bracket or an amount, sentences of different statutory brackets would be compared."""
    df = _hand_group().assign(bracket=None, amount_yuan=np.nan)
    result = compare_cases(df)
    assert result.findings == ()
    assert result.groups["status"].tolist() == ["unadjusted"]
    assert result.rows["z"].isna().all()
    forced = compare_cases(df, ClassCaseConfig(require_adjustment=False))
    assert [f.doc_id for f in forced.findings] == ["h030"]


def test_clean_group_gives_no_findings() -> None:
    assert compare_cases(_hand_group(outlier=None)).findings == ()


def test_missing_columns_are_a_usage_error() -> None:
    with pytest.raises(UsageError, match="term_months"):
        compare_cases(pd.DataFrame({"doc_id": ["a"], "defendant": ["x"], "charge": ["盗窃罪"]}))


@pytest.mark.parametrize(
    "kwargs",
    [{"range_quantiles": (0.9, 0.1)}, {"min_group_size": 2}, {"z_threshold": 0.0}, {"k_nearest": -1}],
    ids=["quantiles_reversed", "group_too_small", "zero_threshold", "negative_k"],
)
def test_bad_config_is_a_usage_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        ClassCaseConfig(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "brackets",
    [["1"] * 60, [1] * 60, [1.0] * 60, pd.array([1] * 60, dtype="Int64")],
    ids=["str", "int", "float", "nullable_int"],
)
def test_bracket_column_types_give_the_same_group(brackets: object) -> None:
    df = _hand_group().assign(bracket=brackets)
    result = compare_cases(df)
    assert result.groups["group"].tolist() == ["盗窃罪|1"]
    assert "（盗窃罪，第一档）" in result.findings[0].message


def test_evidence_points_at_the_verdict_span_end_to_end() -> None:
    """Judgments → sentence_rows → compare_cases: the finding carries the verdict span."""
    judgments = []
    for i in range(50):
        term = 6 + i % 5 if i != 17 else 48
        text = f"被告人丁{i:02d}犯盗窃罪，判处有期徒刑{term}个月。"
        start = 0
        judgments.append(
            Judgment(
                id=f"j{i:02d}",
                court="某市某区人民法院",
                defendants=(
                    Defendant(name=f"丁{i:02d}", charges=("盗窃罪",), verdict=_sentence(months=term)),
                ),
                total_crime_amount_yuan=3000 + 100 * (i % 5),
                spans=(Provenance("defendants[0].verdict", start, len(text), text),),
            )
        )
    rows = sentence_rows(judgments)
    (f,) = compare_cases(rows).findings
    assert f.doc_id == "j17"
    assert len(f.evidence) == 1
    ev = f.evidence[0]
    assert (ev.start, ev.label) == (0, "判决主文")
    assert ev.text.startswith("被告人丁17犯盗窃罪")


def test_finding_keys_survive_a_growing_corpus() -> None:
    """The C1 message names only this case's facts, so Finding.key (and reviews) stay valid."""
    first = synthetic_rows(10_000, seed=8)
    more = synthetic_rows(10_000, seed=9)
    more["doc_id"] = "more-" + more["doc_id"]
    a = compare_cases(first)
    b = compare_cases(pd.concat([first, more], ignore_index=True))
    keys_b = {f.key for f in b.findings}
    kept = [f for f in a.findings if f.key in keys_b]
    assert len(kept) / len(a.findings) >= 0.9


# ---------------------------------------------------------------------------
# Real-shaped records (gold labels of the development set)


def test_rows_from_gold_records(shared) -> None:  # type: ignore[no-untyped-def]
    lines = (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    judgments = [Judgment.from_record(json.loads(line)) for line in lines if line.strip()]
    rows = sentence_rows(judgments)
    expected = sum(
        1
        for j in judgments
        for d in j.defendants
        if len(d.charges) == 1 and not d.per_charge and not d.is_unit
    )
    assert len(rows) == expected > 0
    assert rows["comparable"].any()
    # forty documents: every group is below the minimum size, so no finding
    result = compare_cases(rows)
    assert result.findings == ()
    assert set(result.groups["status"]) == {"too_small"}
