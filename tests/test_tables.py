"""Tables: one declaration → rows, frames, arrow schemas and docs/tables.md, all agreeing."""

from __future__ import annotations

import dataclasses
import io
import types
import typing
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from fayan.errors import FayanError, UsageError
from fayan.findings import Evidence, Finding
from fayan.judgment import (
    Accomplice,
    ArticleRef,
    Count,
    CustodyEvent,
    Defendant,
    Judgment,
    Officer,
    PriorRecord,
    Provenance,
    Sentence,
)
from fayan.pipelines.tables import (
    DTYPES,
    FINDINGS_TABLE,
    LIST_SEP,
    TABLES,
    arrow_schema,
    arrow_schemas,
    arrow_tables_from_rows,
    empty_frame,
    findings_frame,
    frame_from_arrow,
    frames_from_rows,
    gather_rows,
    render_markdown,
    table_rows,
    table_spec,
    to_frames,
)

ROOT = Path(__file__).resolve().parent.parent
ALL = (*TABLES, FINDINGS_TABLE)

# ---------------------------------------------------------------------------
# A fully populated fictional judgment: every field of every record set


def _sample(tp: Any, n: list[int]) -> Any:
    """A distinct non-default value of type ``tp`` (strings 样1, 样2 …; ints 1, 2 …)."""
    n[0] += 1
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _sample(next(a for a in typing.get_args(tp) if a is not type(None)), n)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return (_sample(args[0], n),)
        return tuple(_sample(a, n) for a in args)  # a pair (conduct_dates: first and last day)
    if origin is dict:
        return {}
    if tp is str:
        return f"样{n[0]}"
    if tp is bool:
        return True
    if tp is int:
        return n[0]
    if tp is float:
        return n[0] + 0.5
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return tp(**{f.name: _sample(hints[f.name], n) for f in dataclasses.fields(tp)})
    raise TypeError(f"no sample for {tp!r}")


def _full() -> Judgment:
    j: Judgment = _sample(Judgment, [0])
    d, a = j.defendants[0], j.affirmed[0]  # as the assembler does: per_charge lists (some of) the counts
    return dataclasses.replace(j, defendants=(dataclasses.replace(d, per_charge=d.counts),),
                               affirmed=(dataclasses.replace(a, per_charge=a.counts),))


FULL = _full()


def _leaves(obj: Any, path: str = "") -> list[tuple[str, Any]]:
    """(path, value) of every scalar leaf, descending into dataclasses and the first tuple item."""
    out: list[tuple[str, Any]] = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        where = f"{path}.{f.name}" if path else f.name
        if dataclasses.is_dataclass(value):
            out.extend(_leaves(value, where))
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            out.extend(_leaves(value[0], where + "[0]"))
        else:
            out.append((where, value))
    return out


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1000
    if isinstance(value, str):
        return value + "变"
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):  # pairs: one more pair
        return (*value, tuple(_changed(x) for x in value[0]))
    if isinstance(value, tuple):
        return (*value, "变")
    raise TypeError(value)


def _replace(obj: Any, path: list[str], value: Any) -> Any:
    head, rest = path[0], path[1:]
    if head.endswith("[0]"):
        name = head[:-3]
        items = getattr(obj, name)
        return dataclasses.replace(obj, **{name: (_replace(items[0], rest, value), *items[1:])})
    if not rest:
        return dataclasses.replace(obj, **{head: value})
    return dataclasses.replace(obj, **{head: _replace(getattr(obj, head), rest, value)})


# Leaves deliberately absent from the tables, with the reason.
NOT_IN_TABLES = {
    "case_number_parts.text": "the same text as documents.case_number",
}


# ---------------------------------------------------------------------------
# The declaration is well formed


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.name)
def test_declaration_is_well_formed(spec) -> None:
    names = spec.column_names
    assert len(names) == len(set(names)), "duplicate column names"
    assert all(c.dtype in DTYPES for c in spec.columns)
    assert all(c.description and c.description[0] != " " for c in spec.columns)
    if spec is not FINDINGS_TABLE:
        assert names[0] == "doc_id"
    if "defendant_index" in names:
        assert names[1:3] == ("defendant_index", "defendant")


def test_table_names_are_unique_and_known() -> None:
    assert [t.name for t in TABLES] == [
        "documents", "defendants", "counts", "sentences", "articles", "circumstances", "charge_findings", "amounts",
        "dispositions", "recommendations", "original_sentences", "earlier_decisions", "retrial_orders",
        "earlier_sentences", "retold_counts", "accomplices", "custody", "priors", "defenders",
        "officers", "drugs", "tallies", "counted", "harmed", "suspended", "blood_alcohol", "stolen_items", "entities",
        "sections", "spans",
    ]
    assert table_spec("findings") is FINDINGS_TABLE
    with pytest.raises(UsageError, match="no table named 'judges'"):
        table_spec("judges")


# ---------------------------------------------------------------------------
# Every field reaches a table


@pytest.mark.parametrize("path", [p for p, _ in _leaves(FULL)])
def test_every_judgment_field_reaches_a_table(path: str) -> None:
    value = dict(_leaves(FULL))[path]
    changed = _replace(FULL, path.split("."), _changed(value))
    before, after = to_frames([FULL]), to_frames([changed])
    differs = any(not before[t].equals(after[t]) for t in before)
    if path in NOT_IN_TABLES:
        assert not differs, f"{path} is now in a table: remove it from NOT_IN_TABLES"
    else:
        assert differs, f"Judgment field {path} is in no table: declare a column for it in tables.py"


def test_full_judgment_has_one_row_per_item() -> None:
    frames = to_frames([FULL])
    assert {name: len(f) for name, f in frames.items()} == {
        # a defendant and a person whose sentence an appeal ruling upholds (affirmed): two rows in each person
        # table
        "documents": 1, "defendants": 2, "counts": 2, "sentences": 2, "articles": 1,
        "circumstances": 2,  # the reasoning's and the upheld first instance's (affirmed_circumstances)
        "charge_findings": 1, "amounts": 1, "dispositions": 1, "recommendations": 1, "original_sentences": 1,
        "earlier_decisions": 1, "retrial_orders": 1, "earlier_sentences": 1,
        "retold_counts": 2,  # the original's and the history's
        "accomplices": 1,
        "custody": 3,  # the two persons' and the header defendant's the result names for nothing
        "priors": 4, "defenders": 2, "officers": 1, "drugs": 1, "tallies": 1, "counted": 1, "harmed": 1,
        "suspended": 1,
        "blood_alcohol": 1, "stolen_items": 1,
        "entities": 1, "sections": 1, "spans": 1,
    }
    assert frames["priors"]["listed_as"].tolist() == ["priors", "admin_punishments"] * 2
    assert frames["defendants"]["affirmed"].tolist() == [False, True]
    assert frames["circumstances"]["upheld"].tolist() == [False, True]


# ---------------------------------------------------------------------------
# Values and dtypes

J = Judgment(
    id="样例1", doc_type="判决书", case_number="（2021）某0101刑初5号", articles=(264, 52, "133-1"),
    defendants=(
        Defendant(
            name="张某", charges=("盗窃罪", "走私、贩卖、运输、制造毒品罪"),
            per_charge=(Count("盗窃罪", "有期徒刑", 10, fine_yuan=3000),
                        Count("走私、贩卖、运输、制造毒品罪", "有期徒刑", 84, political_rights="终身")),
            verdict=Sentence("有期徒刑", 90, fine_yuan=13000.5, political_rights=36, combined=True),
            custody=(CustodyEvent("刑事拘留", "2021-01-02", "某某市公安局", "于2021年1月2日被刑事拘留"),),
            priors=(PriorRecord("criminal", charge="盗窃罪", term_months=6),),
        ),
        Defendant(name="李某某", verdict=Sentence("免予刑事处罚")),
    ),
    officers=(Officer("审判长", "周某"), Officer("书记员", "吴某")),
    article_refs=(ArticleRef("中华人民共和国刑法", "264", None, None, 300, 306, "第二百六十四条"),),
    spans=(Provenance("defendants[0].verdict", 400, 420, "判处有期徒刑七年六个月"),),
)


def test_rows_follow_the_judgment() -> None:
    frames = to_frames([J])
    doc = frames["documents"].iloc[0]
    assert (doc["doc_id"], doc["articles"], doc["n_defendants"]) == ("样例1", "264;52;133-1", 2)
    assert pd.isna(doc["court"]) and pd.isna(doc["case_year"])
    d = frames["defendants"]
    assert d["charges"].tolist() == ["盗窃罪" + LIST_SEP + "走私、贩卖、运输、制造毒品罪", pd.NA]
    assert d["defendant_index"].tolist() == [0, 1]
    counts = frames["counts"]
    got = counts[["defendant", "count_index", "term_months"]].values.tolist()
    assert got == [["张某", 0, 10], ["张某", 1, 84]]
    assert frames["officers"]["name"].tolist() == ["周某", "吴某"]
    assert frames["custody"].loc[0, "date"] == "2021-01-02"
    assert frames["spans"].loc[0, "text"] == "判处有期徒刑七年六个月"


def test_an_upheld_persons_custody_is_listed_once() -> None:
    # an appeal ruling that upholds (维持原判) names its person in the header but for nothing in its result: he is
    # an accomplice of the role 被告人 and an affirmed person at once; his custody is his row's, not listed again
    held = (CustodyEvent("刑事拘留", "2021-01-02", "某某市公安局", "于2021年1月2日被刑事拘留"),
            CustodyEvent("逮捕", "2021-02-01", None, "同年2月1日被逮捕"))
    j = Judgment(id="样例2", doc_type="裁定书",
                 affirmed=(Defendant(name="张某", custody=held),),
                 accomplices=(Accomplice(name="张某", start=10, end=12, role="被告人", custody=held),
                              Accomplice(name="王某", start=30, end=32, role="被告人", custody=held[:1])))
    c = to_frames([j])["custody"]
    assert c[["defendant", "accomplice_index", "kind"]].astype(object).where(c.notna(), None).values.tolist() == [
        ["张某", None, "刑事拘留"], ["张某", None, "逮捕"], ["王某", 1, "刑事拘留"]]


_THEFT = Count("盗窃罪", "有期徒刑", 10, fine_yuan=3000)
_FRAUD = Count("诈骗罪", "有期徒刑", 8)


@pytest.mark.parametrize(
    "counts, per_charge, expected",
    [
        # 数罪并罚 as assembled: every count, each also in per_charge
        ((_THEFT, _FRAUD), (_THEFT, _FRAUD), [("盗窃罪", True), ("诈骗罪", True)]),
        # one charge: the count is listed, per_charge is empty (the contract's rule)
        ((_THEFT,), (), [("盗窃罪", False)]),
        # a contract-only record (e.g. gold read with Judgment.from_record): per_charge alone
        ((), (_THEFT, _FRAUD), [("盗窃罪", True), ("诈骗罪", True)]),
        # no sentence at all
        ((), (), []),
    ],
)
def test_counts_rows(counts: tuple, per_charge: tuple, expected: list) -> None:
    j = Judgment(id="d", defendants=(Defendant(name="甲某", counts=counts, per_charge=per_charge),))
    frame = to_frames([j])["counts"]
    assert list(zip(frame["charge"], frame["per_charge"])) == expected
    assert frame["count_index"].tolist() == list(range(len(expected)))


@pytest.mark.parametrize(
    "value, months, life",
    [
        # 剥夺政治权利 for a term
        (36, 36, False),
        # 剥夺政治权利终身
        ("终身", None, True),
        # none
        (None, None, None),
        # a term written as a string
        ("24", 24, False),
    ],
)
def test_political_rights_split_into_typed_columns(value: Any, months: int | None, life: bool | None) -> None:
    j = Judgment(id="d", defendants=(Defendant(name="甲某", verdict=Sentence("有期徒刑", 60,
                                                                          political_rights=value)),))
    row = to_frames([j])["sentences"].iloc[0]
    got_months = None if pd.isna(row["political_rights_months"]) else row["political_rights_months"]
    got_life = None if pd.isna(row["political_rights_life"]) else bool(row["political_rights_life"])
    assert (got_months, got_life) == (months, life)


@pytest.mark.parametrize("judgments", [[], [J], [J, FULL]], ids=["empty", "one", "two"])
def test_frames_have_declared_columns_and_dtypes(judgments: list[Judgment]) -> None:
    frames = to_frames(judgments)
    assert list(frames) == [t.name for t in TABLES]
    for spec in TABLES:
        frame = frames[spec.name]
        assert list(frame.columns) == list(spec.column_names)
        assert [str(t) for t in frame.dtypes] == [c.dtype for c in spec.columns], spec.name


def test_empty_frame_of_findings() -> None:
    frame = empty_frame("findings")
    assert frame.empty and list(frame.columns) == list(FINDINGS_TABLE.column_names)


def test_wrong_value_type_names_document_table_and_column() -> None:
    wrong = Sentence("有期徒刑", "六个月")  # type: ignore[arg-type]
    bad = Judgment(id="坏例", defendants=(Defendant(name="甲某", verdict=wrong),))
    with pytest.raises(FayanError, match=r"document 坏例: table sentences, column term_months expects Int64"):
        table_rows(bad)


def test_rows_survive_the_json_round_trip() -> None:
    for j in (J, FULL):
        assert table_rows(Judgment.from_record(j.to_record())) == table_rows(j)


def test_frames_from_rows_equals_to_frames() -> None:
    expected = to_frames([J, FULL])
    rows = gather_rows([J, FULL])
    assert rows == {name: table_rows(J)[name] + table_rows(FULL)[name] for name in rows}
    for name, frame in frames_from_rows(rows).items():
        pd.testing.assert_frame_equal(frame, expected[name])
    with pytest.raises(UsageError, match="unknown tables: judges"):
        frames_from_rows({"judges": []})


# ---------------------------------------------------------------------------
# Arrow and Parquet


@pytest.mark.parametrize("judgments", [[], [J, FULL]], ids=["empty", "full"])
def test_parquet_round_trip_keeps_schema_and_dtypes(judgments: list[Judgment]) -> None:
    for name, frame in to_frames(judgments).items():
        schema = arrow_schema(name)
        table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
        buf = io.BytesIO()
        pq.write_table(table, buf)
        back = pq.read_table(io.BytesIO(buf.getvalue()))
        assert back.schema.equals(schema, check_metadata=False), name
        pd.testing.assert_frame_equal(back.to_pandas(types_mapper=pd.ArrowDtype).astype(
            {c.name: c.dtype for c in table_spec(name).columns}), frame)


@pytest.mark.parametrize("judgments", [[], [J, FULL]], ids=["empty", "full"])
def test_arrow_tables_from_rows_equal_the_frames(judgments: list[Judgment]) -> None:
    frames = to_frames(judgments)
    tables = arrow_tables_from_rows(gather_rows(judgments))
    assert list(tables) == [t.name for t in TABLES]
    for name, table in tables.items():
        schema = arrow_schema(name)
        assert table.schema.equals(schema, check_metadata=True), name
        assert table.equals(pa.Table.from_pandas(frames[name], schema=schema, preserve_index=False)), name
        pd.testing.assert_frame_equal(frame_from_arrow(table), frames[name])
    with pytest.raises(UsageError, match="unknown tables: judges"):
        arrow_tables_from_rows({"judges": []})


def test_arrow_schemas_cover_every_table() -> None:
    schemas = arrow_schemas()
    assert list(schemas) == [t.name for t in ALL]
    assert schemas["sentences"].field("fine_yuan").type == pa.float64()
    assert schemas["documents"].field("doc_id").metadata[b"description"].decode().startswith("document id")


# ---------------------------------------------------------------------------
# Findings


def test_findings_frame() -> None:
    evidence = (Evidence(10, 20, "判处有期徒刑六个月", "判决主文"), Evidence(5, 8, "盗窃罪"))
    f = Finding("样例1", "张某", "fine_missing", "warning", "判处盗窃罪未并处罚金。", "刑法第二百六十四条",
                evidence, {"charge": "盗窃罪"})
    g = Finding("样例2", None, "date_order", "info", "判决日期早于起诉日期。", "")
    frame = findings_frame([f, g])
    assert frame["key"].tolist() == [f.key, g.key]
    assert frame.loc[0, "n_evidence"] == 2 and frame.loc[0, "evidence_text"] == "判处有期徒刑六个月"
    assert frame.loc[0, "evidence"].startswith('[{"start": 10, "end": 20, "text": "判处有期徒刑六个月"')
    assert frame.loc[0, "data"] == '{"charge": "盗窃罪"}'
    assert pd.isna(frame.loc[1, "evidence_start"]) and pd.isna(frame.loc[1, "defendant"])
    assert [str(t) for t in frame.dtypes] == [c.dtype for c in FINDINGS_TABLE.columns]


# ---------------------------------------------------------------------------
# The docs agree with the declaration


def test_docs_tables_md_is_generated_from_the_declaration() -> None:
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert doc == render_markdown(), "regenerate: python -m fayan.pipelines.tables > docs/tables.md"
    for spec in ALL:
        assert f"\n## {spec.name}\n" in doc
        for c in spec.columns:
            assert f"| `{c.name}` | {c.dtype} |" in doc
