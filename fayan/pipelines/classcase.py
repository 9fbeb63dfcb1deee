"""Class-case comparison (类案比对, 同案不同判): check C1.

**C1 — class-case outlier.**  Among comparable cases of a corpus (same
standard charge, and the same statutory bracket when it is known), a sentence
whose term lies far outside what cases with similar circumstances received.
A C1 finding is a lead for review, never a violation: its severity is
``info`` or ``warning``, never ``error``.  Basis:
《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》.

Two stages, each a plain function::

    [Judgment] ──sentence_rows──▶ DataFrame (one row per single-charge defendant)
               ──compare_cases──▶ ClassCaseResult(findings, groups, rows)

**Rows.**  :func:`sentence_rows` keeps defendants convicted of exactly one
charge; 数罪并罚 defendants are excluded (their executed term mixes charges),
and so are single-charge sentences combined with an earlier judgment's
remainder (``Sentence.combined``), units, and acquittals.  A row is
*comparable* when its principal punishment is 有期徒刑 or 拘役 with a term;
拘役 and 有期徒刑 share one month scale, 缓刑 is the ``probation`` flag.
Rows with other principals (管制, 无期, 免予刑事处罚 …) stay in the table but
are not modelled.

**Model.**  Within each group of at least ``min_group_size`` comparable rows a
Huber regression (IRLS, numpy only) fits ``log(term_months)`` on the log of the
main covariate (amount in yuan, or drug quantity in grams, whichever the
group has more often; a missing-covariate indicator when some rows lack it),
the circumstance flags present in at least ``min_flag_count`` rows and absent
in as many, and the probation flag.  Residuals give a robust z-score (median
and 1.4826·MAD, with a floor ``min_scale`` on the log scale) and the typical
range for a case like this one: ``exp(fitted + residual quantile)`` at
``range_quantiles`` (10th–90th percentile by default).  Rows lacking the
covariate get their own residual spread (and are not judged when they are
fewer than the minimum group size).  A row is flagged when ``|z| >
z_threshold`` **and** the term lies outside that range by at least
``max(min_margin_months, min_margin_ratio × bound)`` months.

**Saying nothing.**  Groups below the minimum size produce no findings; the
group table records them as ``too_small``.  A group with neither a known
bracket nor the covariate would compare sentences across statutory brackets,
so by default it is recorded as ``unadjusted`` and says nothing either.
:func:`law_bracket` fills the bracket from the charge table (a charge's only
bracket, or the bracket its amount reaches).

**Stable messages.**  ``Finding.key`` hashes the message, and reviews and
:func:`fayan.pipelines.review.new_only` match findings by key; so the message
names only facts of the case itself (charge, bracket, term, direction), which
do not move when the corpus grows.  Group size, typical range and nearest
cases travel in ``Finding.data`` and the report shows them.

>>> rows = synthetic_rows(3000, seed=1)
>>> result = compare_cases(rows)
>>> sorted(set(result.groups["status"]))
['ok', 'too_small']
>>> {f.rule for f in result.findings}, {f.severity for f in result.findings} <= {"info", "warning"}
({'C1'}, True)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from fayan.errors import UsageError
from fayan.findings import Evidence, Finding
from fayan.judgment import Defendant, Judgment
from fayan.nlp.lexicon import load_table
from fayan.pipelines.law import LawTable, load_law, province_of_case_number, province_of_court

__all__ = [
    "BASIS",
    "RULE",
    "ClassCaseConfig",
    "ClassCaseResult",
    "bracket_text",
    "circumstance_flags",
    "compare_cases",
    "law_bracket",
    "row_columns",
    "sentence_rows",
    "sentence_text",
    "synthetic_rows",
]

RULE = "C1"
BASIS = "类案比对（《关于统一法律适用加强类案检索的指导意见（试行）》）"

_ASSETS = Path(__file__).resolve().parent / "report_assets"
_COMPARABLE_PRINCIPALS = ("有期徒刑", "拘役")
_COVARIATES = ("amount_yuan", "drug_g")

# Column groups of the row table (flags are inserted between values and spans).
_ID_COLUMNS = ("doc_id", "defendant", "defendant_index", "court", "province", "year", "charge", "bracket")
_VALUE_COLUMNS = ("amount_yuan", "drug_g", "principal", "term_months", "probation", "comparable")
_SPAN_COLUMNS = ("verdict_start", "verdict_end", "verdict_text")
_REQUIRED = ("doc_id", "defendant", "charge", "term_months")


@lru_cache(maxsize=1)
def _flag_cues() -> tuple[tuple[str, tuple[str, ...]], ...]:
    cues: dict[str, list[str]] = {}
    for _line, (flag, cue) in load_table("classcase_flags.tsv", 2, directory=_ASSETS):
        cues.setdefault(flag, []).append(cue)
    return tuple((flag, tuple(c)) for flag, c in cues.items())


def circumstance_flags() -> tuple[str, ...]:
    """The circumstance flags, in the order of ``report_assets/classcase_flags.tsv``.

    >>> circumstance_flags()[:4]
    ('自首', '坦白', '立功', '累犯')
    """
    return tuple(flag for flag, _ in _flag_cues())


def row_columns() -> tuple[str, ...]:
    """The columns of :func:`sentence_rows`' table, in order.

    >>> row_columns()[:8]
    ('doc_id', 'defendant', 'defendant_index', 'court', 'province', 'year', 'charge', 'bracket')
    """
    return _ID_COLUMNS + _VALUE_COLUMNS + circumstance_flags() + _SPAN_COLUMNS


@dataclass(frozen=True, slots=True)
class ClassCaseConfig:
    """Options of :func:`compare_cases`; the defaults are the documented method."""

    min_group_size: int = 30
    z_threshold: float = 3.5
    warn_z: float = 6.0  # |z| at or above this → severity "warning", else "info"
    min_margin_months: float = 2.0
    min_margin_ratio: float = 0.25
    range_quantiles: tuple[float, float] = (0.10, 0.90)
    k_nearest: int = 5
    min_flag_count: int = 5
    min_scale: float = 0.10  # floor of the residual scale on the log-month scale
    # A group with neither a known bracket nor the covariate mixes statutory
    # brackets (a 15-year drug sentence among 1-year ones); by default it is
    # recorded as "unadjusted" and yields no findings.
    require_adjustment: bool = True
    huber_c: float = 1.345
    max_iter: int = 50

    def __post_init__(self) -> None:
        lo, hi = self.range_quantiles
        if not 0.0 <= lo < hi <= 1.0:
            raise UsageError(f"range_quantiles must satisfy 0 <= lo < hi <= 1, got {self.range_quantiles}")
        if self.min_group_size < 3:
            raise UsageError(f"min_group_size must be at least 3, got {self.min_group_size}")
        if self.k_nearest < 0 or self.z_threshold <= 0 or self.min_scale <= 0:
            raise UsageError("k_nearest must be >= 0; z_threshold and min_scale must be > 0")


@dataclass(frozen=True, eq=False)
class ClassCaseResult:
    """What :func:`compare_cases` found.

    ``findings``: one C1 finding per flagged row, ordered by document and defendant.
    ``groups``: one row per group — ``group, charge, bracket, n_rows, n_used, status``
    (``ok`` | ``too_small`` | ``unadjusted``), ``covariate``, ``features``, ``scale``,
    ``resid_lo``, ``resid_hi``, ``n_judged``, ``n_flagged``.
    ``rows``: the modelled input rows with ``group, group_size, expected_months,
    range_lo, range_hi, z, flagged`` added (NaN outside modelled groups).
    """

    findings: tuple[Finding, ...]
    groups: pd.DataFrame
    rows: pd.DataFrame


# ---------------------------------------------------------------------------
# Rows from judgments


def _province(j: Judgment, memo: dict[str, str | None] | None = None) -> str | None:
    """The province (short name): from the court's name (as check E4 does), else from the 案号's court code.

    ``memo`` caches court names within one call of :func:`sentence_rows`.
    """
    if j.court:
        if memo is not None and j.court in memo:
            p = memo[j.court]
        else:
            p = province_of_court(j.court)
            if memo is not None:
                memo[j.court] = p
        if p:
            return p
    return province_of_case_number(j.case_number) if j.case_number else None


def _iso_day(value: str | None) -> _date | None:
    try:
        return _date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def law_bracket(law: LawTable | None = None) -> Callable[[Judgment, int], str | None]:
    """A ``bracket_of`` for :func:`sentence_rows` that reads the charge table (``law/charges.yaml``).

    The bracket level (``"1"``, ``"1b"``, ``"2"`` …) is the charge's only
    bracket in force when it has one (危险驾驶罪), else the bracket the
    document's total crime amount reaches under the court's provincial
    standard (single-defendant documents only, where the total is that
    defendant's), else None.  Brackets follow the law on the offence date
    (the judgment date when the offence date is unknown).

    >>> from fayan.judgment import Judgment, Defendant, Sentence
    >>> theft = Defendant(name="甲某", charges=("盗窃罪",), verdict=Sentence("有期徒刑", 8))
    >>> drink = Defendant(name="乙某", charges=("危险驾驶罪",), verdict=Sentence("拘役", 2))
    >>> j = Judgment(id="d", court="浙江省杭州市某区人民法院", judgment_date="2019-05-06",
    ...              defendants=(theft,), total_crime_amount_yuan=90000)
    >>> b = law_bracket()
    >>> b(j, 0), b(Judgment(id="e", defendants=(drink,)), 0), b(Judgment(id="f", defendants=(theft,)), 0)
    ('2', '1', None)
    """
    table = law if law is not None else load_law()

    def bracket_of(j: Judgment, index: int) -> str | None:
        d = j.defendants[index]
        charges = d.charges_standard or d.charges
        if len(charges) != 1:
            return None
        entry = table.charge(charges[0])
        if entry is None:
            return None
        on = _iso_day(j.offence_start) or _iso_day(j.judgment_date)
        brackets = entry.brackets_on(on)
        if len(brackets) == 1:
            return brackets[0].level
        if j.total_crime_amount_yuan is not None and len(j.defendants) == 1:
            b = entry.bracket_for_amount(j.total_crime_amount_yuan, province=_province(j), on=on)
            if b is not None:
                return b.level
        if j.drug and j.drug_grams is not None and len(j.defendants) == 1 and entry.quantity is not None:
            b = entry.bracket_for_quantity(j.drug, j.drug_grams, on=on)
            if b is not None:
                return b.level
        return None

    return bracket_of


def drug_quantity(j: Judgment, index: int) -> float | None:
    """A ``quantity_of`` for :func:`sentence_rows`: the document's main drug quantity in grams (one defendant only)."""
    if j.drug_grams is None or len(j.defendants) != 1:
        return None
    return float(j.drug_grams)


def _defendant_flags(j: Judgment, index: int, d: Defendant) -> dict[str, bool]:
    kinds = list(d.circumstances)
    single = len(j.defendants) == 1
    for c in j.circumstances:
        if c.negated:
            continue
        if c.defendant == d.name or (c.defendant is None and single):
            kinds.append(c.kind)
    flags = {flag: any(cue in k for k in kinds for cue in cues) for flag, cues in _flag_cues()}
    if d.recidivist and "累犯" in flags:
        flags["累犯"] = True
    if d.prior_criminal and "前科" in flags:
        flags["前科"] = True
    if d.age_at_offence is not None and d.age_at_offence < 18 and "未成年" in flags:
        flags["未成年"] = True
    return flags


def sentence_rows(
    judgments: Iterable[Judgment],
    *,
    bracket_of: Callable[[Judgment, int], int | str | None] | None = None,
    quantity_of: Callable[[Judgment, int], float | None] | None = drug_quantity,
) -> pd.DataFrame:
    """One row per single-charge defendant, in :func:`row_columns` order.

    ``bracket_of(judgment, defendant_index)`` and ``quantity_of(judgment,
    defendant_index)`` (drug grams) plug in values that a ``Judgment`` does
    not carry itself; without them ``bracket`` and ``drug_g`` are null.
    ``amount_yuan`` is the document's ``total_crime_amount_yuan`` (for several
    defendants the document total).  Only documents with ``status == "ok"``
    contribute.

    >>> from fayan.judgment import Judgment, Defendant, Sentence
    >>> j = Judgment(id="d1", court="某市某区人民法院", judgment_date="2019-05-06",
    ...     defendants=(Defendant(name="甲某", charges=("盗窃罪",), circumstances=("坦白",),
    ...         verdict=Sentence(principal="有期徒刑", term_months=8)),),
    ...     total_crime_amount_yuan=6000)
    >>> r = sentence_rows([j]).iloc[0].to_dict()
    >>> r["charge"], float(r["term_months"]), float(r["amount_yuan"]), bool(r["坦白"]), int(r["year"])
    ('盗窃罪', 8.0, 6000.0, True, 2019)
    """
    flags = circumstance_flags()
    records: list[dict[str, Any]] = []
    courts: dict[str, str | None] = {}
    for j in judgments:
        if j.status != "ok":
            continue
        year = int(j.judgment_date[:4]) if j.judgment_date and j.judgment_date[:4].isdigit() else None
        province = _province(j, courts)
        for i, d in enumerate(j.defendants):
            charges = d.charges_standard or d.charges
            if d.is_unit or len(charges) != 1 or d.per_charge or len(d.counts) > 1:
                continue
            v = d.verdict
            term = None if v.term_months is None else v.term_months + (v.term_days or 0) / 30.0
            comparable = (
                v.principal in _COMPARABLE_PRINCIPALS
                and term is not None
                and term > 0
                and not (v.combined or v.with_earlier_judgment)
            )
            span = j.span(f"defendants[{i}].verdict")
            bracket = bracket_of(j, i) if bracket_of is not None else None
            rec: dict[str, Any] = {
                "doc_id": j.id,
                "defendant": d.name,
                "defendant_index": i,
                "court": j.court,
                "province": province,
                "year": year,
                "charge": charges[0],
                "bracket": _bracket_str(bracket) or None,
                "amount_yuan": j.total_crime_amount_yuan,
                "drug_g": quantity_of(j, i) if quantity_of is not None else None,
                "principal": v.principal,
                "term_months": term,
                "probation": v.probation_months is not None or v.probation_days is not None,
                "comparable": comparable,
                "verdict_start": span.start if span else None,
                "verdict_end": span.end if span else None,
                "verdict_text": span.text if span else None,
            }
            rec.update(_defendant_flags(j, i, d))
            records.append(rec)
    return _typed_frame(records, flags)


def _typed_frame(records: list[dict[str, Any]], flags: tuple[str, ...]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=list(row_columns()))
    for c in ("defendant_index", "year", "verdict_start", "verdict_end"):
        df[c] = df[c].astype("Int64")
    for c in ("amount_yuan", "drug_g", "term_months"):
        df[c] = df[c].astype("float64")
    for c in ("probation", "comparable", *flags):
        df[c] = df[c].astype("bool")
    return df


# ---------------------------------------------------------------------------
# The model


def _wls(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted least squares through the p×p normal equations (p is small)."""
    Xw = X * w[:, None]
    return np.linalg.lstsq(Xw.T @ X, Xw.T @ y, rcond=None)[0]


def _huber(X: np.ndarray, y: np.ndarray, c: float, max_iter: int) -> np.ndarray:
    """Huber M-estimate of ``y ~ X`` by iteratively reweighted least squares."""
    beta = _wls(X, y, np.ones(len(y)))
    for _ in range(max_iter):
        r = y - X @ beta
        s = 1.4826 * float(np.median(np.abs(r - np.median(r))))
        if s <= 1e-9:
            break
        u = np.abs(r) / s
        new = _wls(X, y, np.where(u <= c, 1.0, c / np.maximum(u, 1e-12)))
        done = float(np.max(np.abs(new - beta))) < 1e-7
        beta = new
        if done:
            break
    return beta


def _column(df: pd.DataFrame, name: str, default: Any, dtype: str) -> np.ndarray:
    if name in df.columns:
        col = df[name]
        if dtype == "bool":
            return col.fillna(False).to_numpy(dtype=bool)
        return col.to_numpy(dtype="float64", na_value=np.nan)
    n = len(df)
    return np.full(n, default, dtype=bool if dtype == "bool" else "float64")


def _text_column(df: pd.DataFrame, name: str) -> np.ndarray:
    if name not in df.columns:
        return np.full(len(df), "", dtype=object)
    return df[name].astype(object).where(df[name].notna(), "").astype(str).to_numpy(dtype=object)


def _bracket_str(value: Any) -> str:
    """A bracket level as text: ``1``, ``1.0`` and ``"1"`` → ``"1"``; missing → ``""``."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value).strip()


def bracket_text(bracket: str | None) -> str:
    """Chinese text of a bracket level.

    >>> bracket_text("1"), bracket_text("1b"), bracket_text(None)
    ('第一档', '第1b档', '')
    """
    if not bracket:
        return ""
    digits = "一二三四五六七八九"
    if bracket.isdigit() and 1 <= int(bracket) <= 9:
        return f"第{digits[int(bracket) - 1]}档"
    return f"第{bracket}档"


def _months_text(m: float) -> str:
    whole = round(m)
    if abs(m - whole) < 0.05:
        return f"{int(whole)}个月"
    return f"{m:.1f}个月"


def sentence_text(principal: str | None, term_months: float, probation: bool) -> str:
    """``有期徒刑36个月`` / ``拘役5个月（缓刑）``.

    >>> sentence_text("有期徒刑", 36.0, False), sentence_text("拘役", 5, True)
    ('有期徒刑36个月', '拘役5个月（缓刑）')
    """
    head = principal if principal in _COMPARABLE_PRINCIPALS else ""
    return f"{head}{_months_text(float(term_months))}" + ("（缓刑）" if probation else "")


def _plain(x: Any) -> Any:
    """numpy scalars → Python values, NaN → None (JSON-ready)."""
    if isinstance(x, (np.bool_, bool)):
        return bool(x)
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        f = float(x)
        return None if math.isnan(f) else round(f, 4)
    return x


@dataclass(frozen=True, slots=True)
class _Columns:
    """The row table as numpy arrays, read once (positions follow the canonical order)."""

    doc: np.ndarray
    who: np.ndarray
    term: np.ndarray
    principal: np.ndarray
    probation: np.ndarray
    charge: np.ndarray
    bracket: np.ndarray
    comparable: np.ndarray
    flags: dict[str, np.ndarray]
    covs: dict[str, np.ndarray]
    v_start: np.ndarray  # -1 where unknown
    v_end: np.ndarray
    v_text: np.ndarray

    @classmethod
    def of(cls, df: pd.DataFrame) -> _Columns:
        return cls(
            doc=_text_column(df, "doc_id"),
            who=_text_column(df, "defendant"),
            term=_column(df, "term_months", np.nan, "float64"),
            principal=_text_column(df, "principal"),
            probation=_column(df, "probation", False, "bool"),
            charge=_text_column(df, "charge"),
            bracket=np.array(
                [_bracket_str(v) for v in (df["bracket"] if "bracket" in df.columns else [None] * len(df))],
                dtype=object,
            ),
            comparable=_column(df, "comparable", True, "bool"),
            flags={f: _column(df, f, False, "bool") for f in circumstance_flags() if f in df.columns},
            covs={c: _column(df, c, np.nan, "float64") for c in _COVARIATES},
            v_start=np.nan_to_num(_column(df, "verdict_start", np.nan, "float64"), nan=-1).astype(np.int64),
            v_end=np.nan_to_num(_column(df, "verdict_end", np.nan, "float64"), nan=-1).astype(np.int64),
            v_text=_text_column(df, "verdict_text"),
        )


@dataclass(frozen=True, slots=True)
class _Group:
    key: str
    charge: str
    bracket: str
    idx: np.ndarray  # positions in the work table


def compare_cases(rows: pd.DataFrame, config: ClassCaseConfig = ClassCaseConfig()) -> ClassCaseResult:
    """Flag sentences far outside their comparison group (rule C1).

    ``rows`` needs ``doc_id, defendant, charge, term_months``; every other
    column of :func:`row_columns` is optional (a missing flag or ``probation``
    column counts as false, a missing ``comparable`` as true).  Results do not
    depend on row order.

    >>> rows = synthetic_rows(2000, seed=3)
    >>> r = compare_cases(rows, ClassCaseConfig(min_group_size=10_000))
    >>> len(r.findings), set(r.groups["status"])
    (0, {'too_small'})
    """
    missing = [c for c in _REQUIRED if c not in rows.columns]
    if missing:
        raise UsageError(
            f"compare_cases: the row table lacks column(s) {missing}; build it with sentence_rows()"
        )
    # A canonical order makes the result independent of the input's row order.
    df = rows.reset_index(drop=True)
    order = np.lexsort(
        (
            _column(df, "defendant_index", -1, "float64"),
            _text_column(df, "defendant").astype(str),
            _text_column(df, "doc_id").astype(str),
        )
    )
    df = df.iloc[order].reset_index(drop=True)
    cols = _Columns.of(df)
    term = cols.term
    usable = cols.comparable & np.isfinite(term) & (term > 0) & (cols.charge != "")
    work_pos = np.flatnonzero(usable)

    gkey = cols.charge[work_pos] + "\x1f" + cols.bracket[work_pos]
    codes, uniques = pd.factorize(gkey, sort=True)
    by_code = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[by_code], np.arange(len(uniques) + 1))
    all_keys = pd.Series(cols.charge + "\x1f" + cols.bracket).value_counts()
    groups: list[_Group] = []
    for code, k in enumerate(uniques):
        charge, bracket = str(k).split("\x1f", 1)
        groups.append(_Group(str(k), charge, bracket, work_pos[by_code[bounds[code] : bounds[code + 1]]]))

    n = len(df)
    out_group = np.full(n, "", dtype=object)
    out_size = np.full(n, np.nan)
    out_exp = np.full(n, np.nan)
    out_lo = np.full(n, np.nan)
    out_hi = np.full(n, np.nan)
    out_z = np.full(n, np.nan)
    out_flag = np.zeros(n, dtype=bool)

    summaries: list[dict[str, Any]] = []
    findings: list[Finding] = []
    for g in groups:
        idx = g.idx
        size = len(idx)
        label = g.key.replace("\x1f", "|")
        summary: dict[str, Any] = {
            "group": label,
            "charge": g.charge,
            "bracket": g.bracket or None,
            "n_rows": int(all_keys.get(g.key, 0)),
            "n_used": size,
            "status": "too_small",
            "covariate": None,
            "features": "",
            "scale": np.nan,
            "resid_lo": np.nan,
            "resid_hi": np.nan,
            "n_judged": 0,
            "n_flagged": 0,
        }
        summaries.append(summary)
        if size < config.min_group_size:
            continue
        fit = _fit_group(idx, cols, config)
        if config.require_adjustment and fit.covariate is None and not g.bracket:
            summary.update(status="unadjusted", features=",".join(fit.features))
            continue
        t = term[idx]
        lo = np.exp(fit.fitted + fit.q_lo)
        hi = np.exp(fit.fitted + fit.q_hi)
        margin_hi = np.maximum(config.min_margin_months, config.min_margin_ratio * hi)
        margin_lo = np.maximum(config.min_margin_months, config.min_margin_ratio * lo)
        outside = (t > hi + margin_hi) | (t < lo - margin_lo)
        judged = np.isfinite(fit.z)
        flagged = judged & (np.abs(np.where(judged, fit.z, 0.0)) > config.z_threshold) & outside
        summary.update(
            status="ok",
            covariate=fit.covariate,
            features=",".join(fit.features),
            scale=fit.scale,
            resid_lo=fit.main_q[0],
            resid_hi=fit.main_q[1],
            n_judged=int(judged.sum()),
            n_flagged=int(flagged.sum()),
        )
        out_group[idx] = label
        out_size[idx] = size
        out_exp[idx] = np.exp(fit.fitted)
        out_lo[idx] = lo
        out_hi[idx] = hi
        out_z[idx] = fit.z
        out_flag[idx] = flagged
        for local in np.flatnonzero(flagged):
            findings.append(_finding(cols, g, int(local), fit, float(lo[local]), float(hi[local]), config))

    result_rows = df.copy()
    result_rows["group"] = out_group
    result_rows["group_size"] = out_size
    result_rows["expected_months"] = out_exp
    result_rows["range_lo"] = out_lo
    result_rows["range_hi"] = out_hi
    result_rows["z"] = out_z
    result_rows["flagged"] = out_flag
    group_table = pd.DataFrame.from_records(
        summaries,
        columns=[
            "group",
            "charge",
            "bracket",
            "n_rows",
            "n_used",
            "status",
            "covariate",
            "features",
            "scale",
            "resid_lo",
            "resid_hi",
            "n_judged",
            "n_flagged",
        ],
    )
    return ClassCaseResult(findings=tuple(findings), groups=group_table, rows=result_rows)


@dataclass(frozen=True, slots=True)
class _Fit:
    covariate: str | None
    x: np.ndarray  # standardised log covariate (0 where missing)
    has_x: np.ndarray
    features: tuple[str, ...]
    fitted: np.ndarray
    z: np.ndarray  # NaN where the row's stratum is too small to judge
    scale: float  # residual scale of the rows with the covariate (or of all rows)
    q_lo: np.ndarray
    q_hi: np.ndarray
    main_q: tuple[float, float]  # residual quantiles of that stratum
    flags: tuple[str, ...]


def _fit_group(idx: np.ndarray, data: _Columns, config: ClassCaseConfig) -> _Fit:
    size = len(idx)
    y = np.log(data.term[idx])
    cols: list[np.ndarray] = [np.ones(size)]
    names: list[str] = ["intercept"]

    # The main covariate: whichever has more positive values in this group.
    covs = data.covs
    counts = {c: int(np.sum(np.isfinite(covs[c][idx]) & (covs[c][idx] > 0))) for c in _COVARIATES}
    cov_name: str | None = max(_COVARIATES, key=lambda c: (counts[c], c == "amount_yuan"))
    x = np.zeros(size)
    has_x = np.zeros(size, dtype=bool)
    if cov_name is not None and counts[cov_name] >= config.min_flag_count:
        raw = covs[cov_name][idx]
        has_x = np.isfinite(raw) & (raw > 0)
        lx = np.log(np.where(has_x, raw, 1.0))
        mu = float(np.median(lx[has_x]))
        sd = float(np.std(lx[has_x])) or 1.0
        x = np.where(has_x, (lx - mu) / sd, 0.0)
        cols.append(x)
        names.append(f"log_{cov_name}")
        if size - int(has_x.sum()) >= config.min_flag_count:
            cols.append((~has_x).astype(float))
            names.append(f"{cov_name}_missing")
    else:
        cov_name = None

    used_flags: list[str] = []
    for f, arr in [*data.flags.items(), ("缓刑", data.probation)]:
        v = arr[idx]
        k = int(v.sum())
        if k >= config.min_flag_count and size - k >= config.min_flag_count:
            cols.append(v.astype(float))
            names.append(f)
            used_flags.append(f)

    X = np.column_stack(cols)
    beta = _huber(X, y, config.huber_c, config.max_iter)
    fitted = X @ beta
    r = y - fitted
    # Rows without the covariate scatter more than rows with it, so each
    # stratum gets its own residual centre, scale and quantiles; a stratum
    # smaller than the minimum group size is not judged (z = NaN).
    z = np.full(size, np.nan)
    q_lo = np.full(size, np.nan)
    q_hi = np.full(size, np.nan)
    scales: list[float] = []
    mains: list[tuple[float, float]] = []
    strata = [has_x, ~has_x] if cov_name is not None else [np.ones(size, dtype=bool)]
    for mask in strata:
        if int(mask.sum()) < config.min_group_size:
            continue
        rs = r[mask]
        center = float(np.median(rs))
        scale = max(1.4826 * float(np.median(np.abs(rs - center))), config.min_scale)
        lo, hi = (float(q) for q in np.quantile(rs, config.range_quantiles))
        z[mask] = (rs - center) / scale
        q_lo[mask] = lo
        q_hi[mask] = hi
        scales.append(scale)
        mains.append((lo, hi))
    return _Fit(
        covariate=cov_name,
        x=x,
        has_x=has_x,
        features=tuple(names),
        fitted=fitted,
        z=z,
        scale=scales[0] if scales else float("nan"),
        main_q=mains[0] if mains else (float("nan"), float("nan")),
        q_lo=q_lo,
        q_hi=q_hi,
        flags=tuple(used_flags),
    )


def _finding(
    cols: _Columns, g: _Group, local: int, fit: _Fit, lo: float, hi: float, config: ClassCaseConfig
) -> Finding:
    idx = g.idx
    pos = int(idx[local])
    term = float(cols.term[pos])
    principal = cols.principal[pos] or None
    heavier = term > hi
    z = float(fit.z[local])
    range_lo = max(1, round(lo))
    range_hi = max(range_lo, round(hi))
    btext = bracket_text(g.bracket or None)
    label = g.charge + (f"，{btext}" if btext else "")
    stext = sentence_text(principal, term, bool(cols.probation[pos]))
    message = (
        f"与情节相近的同类案件（{label}）相比，本案判处{stext}明显"
        f"{'偏重' if heavier else '偏轻'}，建议审查量刑。"
    )
    cov = cols.covs[fit.covariate] if fit.covariate is not None else None

    def covariate_of(p: int) -> float | None:
        if cov is None or not np.isfinite(cov[p]):
            return None
        return float(cov[p])

    def flags_of(p: int) -> list[str]:
        return [f for f, arr in cols.flags.items() if arr[p]]

    # Nearest comparable cases: standardised covariate distance, plus one for a
    # missing covariate and one per differing flag used by the model.
    dist = np.abs(fit.x - fit.x[local]) + (fit.has_x != fit.has_x[local])
    for f in fit.flags:
        arr = (cols.probation if f == "缓刑" else cols.flags[f])[idx]
        dist = dist + (arr != arr[local])
    dist[local] = np.inf
    k = min(config.k_nearest, len(idx) - 1)
    cand = np.argpartition(dist, k)[: k + 1] if k < len(idx) - 1 else np.arange(len(idx))
    cand = cand[np.lexsort((cols.who[idx[cand]], cols.doc[idx[cand]], dist[cand]))][:k]
    nearest = []
    for c in cand:
        p = int(idx[c])
        nearest.append(
            {
                "doc_id": cols.doc[p],
                "defendant": cols.who[p],
                "term_months": _plain(cols.term[p]),
                "principal": cols.principal[p] or None,
                "probation": bool(cols.probation[p]),
                "covariate": covariate_of(p),
                "flags": flags_of(p),
            }
        )

    evidence: tuple[Evidence, ...] = ()
    if cols.v_start[pos] >= 0 and cols.v_end[pos] >= cols.v_start[pos]:
        evidence = (Evidence(int(cols.v_start[pos]), int(cols.v_end[pos]), cols.v_text[pos], "判决主文"),)

    data: dict[str, Any] = {
        "group": g.key.replace("\x1f", "|"),
        "charge": g.charge,
        "bracket": g.bracket or None,
        "group_size": len(idx),
        "typical_range_months": [range_lo, range_hi],
        "expected_months": _plain(math.exp(float(fit.fitted[local]))),
        "term_months": _plain(term),
        "principal": principal,
        "probation": bool(cols.probation[pos]),
        "direction": "heavier" if heavier else "lighter",
        "z": _plain(z),
        "covariate": fit.covariate,
        "covariate_value": covariate_of(pos),
        "flags": flags_of(pos),
        "model_features": list(fit.features),
        "range_quantiles": list(config.range_quantiles),
        "nearest": nearest,
    }
    return Finding(
        doc_id=cols.doc[pos],
        defendant=cols.who[pos] or None,
        rule=RULE,
        severity="warning" if abs(z) >= config.warn_z else "info",
        message=message,
        basis=BASIS,
        evidence=evidence,
        data=data,
    )


# ---------------------------------------------------------------------------
# A generated corpus with planted outliers (benchmarks, tests, demos)

# charge, bracket, share of rows, covariate, log10 covariate range, months at the
# low end, log-months per log10 unit, min and max months.  Fictional parameters.
_SYNTH_GROUPS: tuple[
    tuple[str, str | None, float, str | None, tuple[float, float], float, float, int, int], ...
] = (
    ("盗窃罪", "1", 0.30, "amount_yuan", (3.0, 4.6), 5.0, 0.9, 1, 36),
    ("盗窃罪", "2", 0.07, "amount_yuan", (4.6, 5.6), 40.0, 0.6, 36, 120),
    ("诈骗罪", "1", 0.12, "amount_yuan", (3.5, 4.6), 7.0, 0.8, 1, 36),
    ("危险驾驶罪", "1", 0.24, None, (0.0, 0.0), 2.5, 0.0, 1, 6),
    ("走私、贩卖、运输、制造毒品罪", "1", 0.10, "drug_g", (-1.0, 1.0), 9.0, 0.5, 1, 36),
    ("故意伤害罪", "1", 0.10, None, (0.0, 0.0), 12.0, 0.0, 1, 36),
    ("交通肇事罪", "1", 0.07, None, (0.0, 0.0), 14.0, 0.0, 6, 36),
)
# flag, prevalence, effect on log months
_SYNTH_FLAGS: tuple[tuple[str, float, float], ...] = (
    ("自首", 0.25, -0.20),
    ("坦白", 0.55, -0.10),
    ("立功", 0.03, -0.15),
    ("累犯", 0.10, 0.25),
    ("前科", 0.20, 0.10),
    ("从犯", 0.10, -0.30),
    ("未遂", 0.05, -0.35),
    ("认罪认罚", 0.50, -0.15),
    ("谅解", 0.30, -0.15),
    ("退赔", 0.30, -0.10),
    ("未成年", 0.03, -0.40),
)
_SYNTH_TINY = ("抢夺罪", 20)  # a charge too rare to compare (fixed size)


def synthetic_rows(
    n_rows: int, *, seed: int = 0, outlier_rate: float = 0.01, noise: float = 0.20
) -> pd.DataFrame:
    """A generated row table in :func:`row_columns` shape plus a ``planted`` column.

    Terms follow ``log(months) = base + slope·log10(covariate) + Σ flag effects
    + probation effect + N(0, noise)``, rounded to whole months and clipped to
    the bracket.  About ``outlier_rate`` of the rows are planted outliers: the
    term multiplied or divided by 3–5, kept only where it stays inside the
    bracket and moves at least 4 months.  One extra charge has 20 rows only
    (a group below the default minimum size).  Deterministic for a seed.

    >>> df = synthetic_rows(1000, seed=0)
    >>> len(df), int(df["planted"].sum()) > 0, float(df["term_months"].min()) >= 1
    (1020, True, True)
    """
    rng = np.random.default_rng(seed)
    shares = np.array([g[2] for g in _SYNTH_GROUPS])
    gi = rng.choice(len(_SYNTH_GROUPS), size=n_rows, p=shares / shares.sum())
    gi = np.concatenate([gi, np.full(_SYNTH_TINY[1], -1)])
    total = len(gi)

    charge = np.array([_SYNTH_TINY[0] if k < 0 else _SYNTH_GROUPS[k][0] for k in gi], dtype=object)
    bracket = np.array([None if k < 0 else _SYNTH_GROUPS[k][1] for k in gi], dtype=object)
    cov_kind = [None if k < 0 else _SYNTH_GROUPS[k][3] for k in gi]
    lo10 = np.array([0.0 if k < 0 else _SYNTH_GROUPS[k][4][0] for k in gi])
    hi10 = np.array([0.0 if k < 0 else _SYNTH_GROUPS[k][4][1] for k in gi])
    base = np.array([8.0 if k < 0 else _SYNTH_GROUPS[k][5] for k in gi])
    slope = np.array([0.0 if k < 0 else _SYNTH_GROUPS[k][6] for k in gi])
    tmin = np.array([1 if k < 0 else _SYNTH_GROUPS[k][7] for k in gi])
    tmax = np.array([36 if k < 0 else _SYNTH_GROUPS[k][8] for k in gi])

    u10 = lo10 + rng.random(total) * (hi10 - lo10)
    logm = np.log(base) + slope * (u10 - lo10)
    flags: dict[str, np.ndarray] = {}
    for name, prevalence, effect in _SYNTH_FLAGS:
        flags[name] = rng.random(total) < prevalence
        logm = logm + effect * flags[name]
    logm = logm + rng.normal(0.0, noise, total)
    probation = (~flags["累犯"]) & (np.exp(logm) <= 30) & (rng.random(total) < 0.3)
    logm = logm - 0.2 * probation
    months = np.clip(np.rint(np.exp(logm)), tmin, tmax)

    planted = np.zeros(total, dtype=bool)
    candidates = np.flatnonzero(rng.random(total) < outlier_rate)
    factor = 3.0 + 2.0 * rng.random(total)
    for i in candidates:
        up = np.rint(months[i] * factor[i])
        down = np.rint(months[i] / factor[i])
        if up <= tmax[i] and up - months[i] >= 4:
            months[i], planted[i] = up, True
        elif down >= tmin[i] and months[i] - down >= 4:
            months[i], planted[i] = down, True

    amount = np.where([c == "amount_yuan" for c in cov_kind], np.round(10.0**u10, 0), np.nan)
    drug = np.where([c == "drug_g" for c in cov_kind], np.round(10.0**u10, 2), np.nan)
    missing_cov = rng.random(total) < 0.05
    amount[missing_cov] = np.nan
    drug[missing_cov] = np.nan
    principal = np.where(months < 6, "拘役", "有期徒刑").astype(object)
    principal[charge == "危险驾驶罪"] = "拘役"
    other = rng.random(total) < 0.02  # 管制 / 免予刑事处罚 rows: kept, not modelled
    principal[other] = "管制"

    df = pd.DataFrame(
        {
            "doc_id": [f"syn-{i:06d}" for i in range(total)],
            "defendant": [f"被告人{i:06d}" for i in range(total)],
            "defendant_index": pd.array(np.zeros(total, dtype=int), dtype="Int64"),
            "court": "示例人民法院",
            "province": rng.choice(np.array(["浙江", "湖南", "上海", "四川"], dtype=object), total),
            "year": pd.array(2014 + rng.integers(0, 10, total), dtype="Int64"),
            "charge": charge,
            "bracket": bracket,
            "amount_yuan": amount,
            "drug_g": drug,
            "principal": principal,
            "term_months": months.astype(float),
            "probation": probation,
            "comparable": ~other,
        }
    )
    for name in circumstance_flags():
        df[name] = flags.get(name, np.zeros(total, dtype=bool))
    df["verdict_start"] = pd.array([None] * total, dtype="Int64")
    df["verdict_end"] = pd.array([None] * total, dtype="Int64")
    df["verdict_text"] = None
    df = df[list(row_columns())]
    df["planted"] = planted & ~other
    return df
