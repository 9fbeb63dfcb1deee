"""The charge/bracket table (``fayan/lexicons/law/charges.yaml``) as typed, validated data.

The table says, per charge, which statutory sentencing brackets (量刑幅度)
exist, what each allows (principal punishments, term range, 罚金, 没收财产),
since and until when it applied, and which amount or drug-quantity thresholds
put a case into it.  Consistency checks rest on it; legal annotators read and
correct it (the file's header explains the format).

``load_law()`` reads and validates the file.  Any problem raises
:class:`fayan.errors.LexiconError` naming the file, the line and the entry
(charge key, bracket number, field), e.g. a max below a min, an unknown
principal type or fine kind, a name not in ``charges.txt``, or brackets out of
order.

>>> law = load_law()
>>> theft = law.charge("盗窃罪")
>>> theft.bracket_for_amount(90000).level, theft.bracket_for_amount(90000, province="浙江").level
('1', '2')
>>> [b.level for b in theft.bracket_for_term("有期徒刑", 48)]
['2']
>>> theft.max_months()
180
>>> province_of_court("浙江省杭州市上城区人民法院"), province_of_court("通化市二道江区人民法院")
('浙江', '吉林')
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, cast

import yaml  # type: ignore[import-untyped]

from fayan.errors import LexiconError, UsageError
from fayan.nlp.charges import ARTICLE_ID, articles_for_charge, standard_charges
from fayan.nlp.facts import HARMS
from fayan.nlp.outcome import GENERAL_TERM_RANGE
from fayan.nlp.lexicon import lexicon_dir, lexicon_path, load_table

__all__ = [
    "PrincipalType",
    "FineKind",
    "ConfiscationKind",
    "PRINCIPAL_TYPES",
    "FINE_KINDS",
    "CONFISCATION_KINDS",
    "GENERAL_TERM_RANGE",
    "Bracket",
    "AmountLevel",
    "ProvinceAmounts",
    "AmountTable",
    "QuantityTable",
    "FineRule",
    "ChargeLaw",
    "LawTable",
    "load_law",
    "is_fine_mandatory",
    "province_of_court",
    "court_level",
    "appellate_level",
    "city_of_court",
    "province_of_case_number",
    "provinces",
]

PrincipalType = Literal["管制", "拘役", "有期徒刑", "无期徒刑", "死刑"]
FineKind = Literal["mandatory", "mandatory_or_sole", "optional", "alternative", "none"]
ConfiscationKind = Literal["none", "optional", "alternative", "mandatory"]

PRINCIPAL_TYPES: tuple[str, ...] = ("管制", "拘役", "有期徒刑", "无期徒刑", "死刑")
FINE_KINDS: tuple[str, ...] = ("mandatory", "mandatory_or_sole", "optional", "alternative", "none")
CONFISCATION_KINDS: tuple[str, ...] = ("none", "optional", "alternative", "mandatory")
ALONE_KINDS: tuple[str, ...] = ("剥夺政治权利",)
_FIXED_ORDER = ("管制", "拘役", "有期徒刑")  # light → heavy
ANY_LEVEL = "any"  # a bracket that applies whatever the amount / quantity

LAW_FILE = "law/charges.yaml"
PROVINCES_FILE = "law/provinces.tsv"
CITIES_FILE = "law/cities.tsv"
COUNTIES_FILE = "law/counties.tsv"


# --------------------------------------------------------------------------
# Value types


@dataclass(frozen=True, slots=True)
class Bracket:
    """One statutory sentencing bracket (量刑幅度) of a charge.

    ``min_months`` / ``max_months`` bound the heaviest fixed-term punishment in
    ``types`` (有期徒刑 if present, else 拘役, else 管制); lighter types keep
    their general range (刑法38, 42).  ``None`` means the statute sets no
    bound there: see :attr:`statutory_min_months` / :attr:`statutory_max_months`.
    ``effective_from`` / ``effective_to`` are the first and last day (inclusive)
    the bracket was law; ``None`` means open.
    """

    charge: str  # charge key in charges.yaml
    number: int  # 1-based position in the charge's list
    level: str
    condition: str
    types: tuple[str, ...]
    min_months: int | None = None
    max_months: int | None = None
    alone: tuple[str, ...] = ()  # 附加刑 that may be imposed alone (剥夺政治权利)
    fine: str = "none"
    confiscation: str = "none"
    start_point: str | None = None
    amount_level: str | None = None
    quantity_level: str | None = None
    only_by_quantity: bool = False  # the statute reaches this bracket by the quantity alone
    harm: str | None = None  # the least harm (HARMS) that opens this bracket, where only harm opens it (致人重伤)
    paragraphs: tuple[int, ...] = ()  # the 款 of the article that set this bracket, where each sets its own
    # the 项 of the article (of its 款 in ``paragraphs``, if any) that list this bracket's conditions, where one
    # 款 sets several brackets (263's (一)–(八): 入户抢劫 … for 十年以上)
    items: tuple[int, ...] = ()
    effective_from: date | None = None
    effective_to: date | None = None
    verified: str | None = None
    overlap_note: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def allows_life(self) -> bool:
        return "无期徒刑" in self.types

    @property
    def allows_death(self) -> bool:
        return "死刑" in self.types

    @property
    def fixed_types(self) -> tuple[str, ...]:
        return tuple(t for t in _FIXED_ORDER if t in self.types)

    @property
    def statutory_max_months(self) -> int | None:
        """The longest fixed term this bracket allows (``None`` for 无期/死刑 only).

        ``十年以上有期徒刑`` has no written maximum: it is 180 months (刑法45).
        """
        fixed = self.fixed_types
        if not fixed:
            return None
        if self.max_months is not None:
            return self.max_months
        return GENERAL_TERM_RANGE[fixed[-1]][1]

    @property
    def statutory_min_months(self) -> int | None:
        """The shortest fixed term this bracket allows (``None`` for 无期/死刑 only)."""
        fixed = self.fixed_types
        if not fixed:
            return None
        if self.min_months is not None:
            return self.min_months
        return min(GENERAL_TERM_RANGE[t][0] for t in fixed)

    def term_range(self, principal: str) -> tuple[int, int] | None:
        """Months allowed for ``principal`` in this bracket, or ``None`` if the type is not allowed."""
        if principal not in self.types or principal not in GENERAL_TERM_RANGE:
            return None
        low, high = GENERAL_TERM_RANGE[principal]
        if principal == self.fixed_types[-1]:
            low = self.min_months if self.min_months is not None else low
            high = self.max_months if self.max_months is not None else high
        return low, high

    def effective_on(self, on: date | None) -> bool:
        """In force on ``on``; ``None`` asks for the current law (no ``effective_to``)."""
        if on is None:
            return self.effective_to is None
        if self.effective_from is not None and on < self.effective_from:
            return False
        return self.effective_to is None or on <= self.effective_to

    @property
    def fine_mandatory(self) -> bool:
        return is_fine_mandatory(self)

    @property
    def property_penalty_mandatory(self) -> bool:
        """A 罚金 or 没收财产 must be imposed (并处罚金 / 并处罚金或者没收财产 / 并处没收财产)."""
        return self.fine in ("mandatory", "mandatory_or_sole") or self.confiscation == "mandatory"


def is_fine_mandatory(bracket: Bracket) -> bool:
    """True when a sentence in ``bracket`` must include a 罚金.

    ``并处罚金`` and ``并处或者单处罚金`` make it mandatory (the second also allows
    罚金 alone).  ``并处罚金或者没收财产`` does not: 没收财产 may replace it — see
    :attr:`Bracket.property_penalty_mandatory`.

    >>> b = load_law().charge("盗窃罪").brackets
    >>> is_fine_mandatory(b[0]), is_fine_mandatory(b[2]), b[2].property_penalty_mandatory
    (True, False, True)
    """
    return bracket.fine in ("mandatory", "mandatory_or_sole") and bracket.confiscation != "alternative"


@dataclass(frozen=True, slots=True)
class AmountLevel:
    """A named amount threshold (数额较大 …) in yuan: a national range, or one value when min == max."""

    name: str
    min: Decimal
    max: Decimal | None = None

    @property
    def national_value(self) -> Decimal:
        """The amount at which the level is reached in every province (the range's top)."""
        return self.max if self.max is not None else self.min


@dataclass(frozen=True, slots=True)
class ProvinceAmounts:
    province: str
    values: tuple[tuple[str, Decimal], ...]
    verified: str = ""
    source: str = ""

    def value(self, level: str) -> Decimal | None:
        for name, amount in self.values:
            if name == level:
                return amount
        return None


@dataclass(frozen=True, slots=True)
class AmountTable:
    basis: str
    levels: tuple[AmountLevel, ...]
    provinces: tuple[ProvinceAmounts, ...] = ()
    source: str = ""
    verified: str = ""
    effective_from: date | None = None  # the interpretation's first day; conduct before it had other thresholds
    halved_by: str = ""  # the rule that lets a level be reached at half the figure (2013 盗窃解释 第二条), if any
    # the crimes whose record (a conviction, or an administrative punishment) is one of halved_by's grounds (曾因盗窃受过
    # 刑事处罚); empty: any record may be
    halved_records: tuple[str, ...] = ()
    # its figures are higher than the interpretation's before it: the lighter rule, which a case judged from
    # effective_from on applies to earlier conduct too (2001 司法解释时间效力规定 第三条)
    raised: bool = False
    # the figures of the interpretation before it, which held for conduct before effective_from (national only)
    earlier: AmountTable | None = None
    # words a reasoning's clause names this basis by (挪用资金's 超过三个月未还 or 营利活动 for the table beside 非法活动);
    # a variant's name is one of its own
    cues: tuple[str, ...] = ()
    # of a variant whose lower figures hold only on grounds an interpretation lists (受贿 of 10万 is 其他严重情节 only
    # with one of 2016 贪污贿赂解释 第一条第三款's: 为他人谋取职务提拔、调整 …): words that name one of them in the count's
    # clause, or a circumstance of that name the reasoning finds (累犯); empty: the variant is another basis
    grounds: tuple[str, ...] = ()

    def province(self, name: str | None) -> ProvinceAmounts | None:
        for p in self.provinces:
            if p.province == name:
                return p
        return None

    def threshold(self, level: str, province: str | None = None) -> Decimal | None:
        """The amount that reaches ``level``: the province's value, else the national one."""
        p = self.province(province)
        if p is not None and p.value(level) is not None:
            return p.value(level)
        for lv in self.levels:
            if lv.name == level:
                return lv.national_value
        return None


@dataclass(frozen=True, slots=True)
class QuantityTable:
    """Drug quantity thresholds in grams: ``substances`` maps a drug to its level values."""

    levels: tuple[str, ...]
    substances: tuple[tuple[str, tuple[tuple[str, Decimal], ...]], ...]
    aliases: tuple[tuple[str, str], ...] = ()
    source: str = ""
    verified: str = ""

    def canonical(self, substance: str) -> str | None:
        name = substance.strip()
        for alias, target in self.aliases:
            if alias == name:
                return target
        return name if any(s == name for s, _ in self.substances) else None

    def values(self, substance: str) -> dict[str, Decimal] | None:
        name = self.canonical(substance)
        for s, values in self.substances:
            if s == name:
                return dict(values)
        return None


@dataclass(frozen=True, slots=True)
class FineRule:
    """How large a 罚金 may be for the brackets of ``levels`` (an interpretation's formula)."""

    levels: tuple[str, ...]
    min_yuan: Decimal | None = None
    max_yuan: Decimal | None = None
    min_times_amount: Decimal | None = None
    max_times_amount: Decimal | None = None
    max_without_amount: Decimal | None = None
    # what the times apply to: amount (the crime amount: 140's 销售金额) | gains (违法所得, which fayan does not total)
    base: str = "amount"
    source: str = ""
    verified: str = ""
    note: str = ""
    # the first day of conduct held to it (an interpretation's, or that of the statute it reads: charges.yaml)
    effective_from: date | None = None
    effective_to: date | None = None  # the last day of an amended statute's range (旧176's 二万元以上二十万元以下)

    def in_force(self, on: date | None) -> bool:
        """Whether conduct of ``on`` is held to this rule (unknown: only a rule without dates)."""
        if on is None:
            return self.effective_from is None and self.effective_to is None
        return (self.effective_from is None or on >= self.effective_from) and (
            self.effective_to is None or on <= self.effective_to
        )


@dataclass(frozen=True, slots=True)
class ChargeLaw:
    """Everything the table says about one charge."""

    key: str
    name: str
    articles: tuple[str, ...]
    verified: str
    brackets: tuple[Bracket, ...]
    amount: AmountTable | None = None
    amount_variants: tuple[tuple[str, AmountTable], ...] = ()
    quantity: QuantityTable | None = None
    fine_rules: tuple[FineRule, ...] = ()
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # In a unit crime (单位犯罪): does the unit clause fine the unit's responsible persons as the article fines a
    # natural person ("same"), or give them a term only ("none", e.g. 刑法205②)?
    unit_persons_fine: str = "same"

    def brackets_on(self, on: date | None = None) -> tuple[Bracket, ...]:
        """The brackets in force on ``on`` (the current ones when ``None``)."""
        return tuple(b for b in self.brackets if b.effective_on(on))

    def _amount_table(self, basis: str | None) -> AmountTable | None:
        if basis is None:
            return self.amount
        for name, table in self.amount_variants:
            if name == basis:
                return table
        known = ", ".join(n for n, _ in self.amount_variants) or "none"
        raise UsageError(f"{self.name}: no amount basis {basis!r} (known: {known})")

    def bracket_for_amount(
        self,
        amount_yuan: Decimal | int | float | str,
        province: str | None = None,
        on: date | None = None,
        basis: str | None = None,
    ) -> Bracket | None:
        """The bracket an amount alone puts a case in, or ``None``.

        With ``province`` and a provincial standard in the table, that standard
        is used; otherwise the national one, taking the top of each national
        range (the bracket the amount reaches in every province).  ``None``
        means the amount reaches no bracket (below 数额较大), or the charge has
        no amount thresholds.  ``basis`` picks a second threshold table where a
        charge has one (信用卡诈骗罪: ``恶意透支``).  Other circumstances
        (多次, 其他严重情节 …) can raise the bracket; this looks at the amount only.
        """
        table = self._amount_table(basis)
        if table is None:
            return None
        try:
            value = Decimal(str(amount_yuan))
        except InvalidOperation as exc:
            raise UsageError(f"not an amount: {amount_yuan!r}") from exc
        brackets = self.brackets_on(on)
        for level in reversed(table.levels):
            threshold = table.threshold(level.name, province)
            if threshold is None or value < threshold:
                continue
            for b in brackets:
                if b.amount_level == level.name:
                    return b
        for b in brackets:
            if b.amount_level == ANY_LEVEL:
                return b
        return None

    def bracket_for_quantity(
        self, substance: str, grams: Decimal | int | float | str, on: date | None = None
    ) -> Bracket | None:
        """The bracket a drug quantity alone puts a case in, or ``None``.

        ``substance`` is a drug name of the 2016 毒品解释 (甲基苯丙胺, 海洛因, 氯胺酮 …)
        or an alias (冰毒).  An unknown drug gives ``None`` (the statute's 其他毒品
        数量较大 needs an expert, not a table).
        """
        table = self.quantity
        if table is None:
            return None
        values = table.values(substance)
        if values is None:
            return None
        try:
            value = Decimal(str(grams))
        except InvalidOperation as exc:
            raise UsageError(f"not a quantity: {grams!r}") from exc
        brackets = self.brackets_on(on)
        for level in reversed(table.levels):
            if level in values and value >= values[level]:
                for b in brackets:
                    if b.quantity_level == level:
                        return b
        if value > 0:
            for b in brackets:
                if b.quantity_level == ANY_LEVEL:
                    return b
        return None

    def bracket_for_term(
        self, principal: str, months: int | None = None, on: date | None = None
    ) -> list[Bracket]:
        """The brackets whose range holds a sentence of ``principal`` (and ``months`` for fixed terms).

        ``months`` is ignored for 无期徒刑 and 死刑.
        """
        if principal not in PRINCIPAL_TYPES:
            raise UsageError(
                f"unknown principal punishment {principal!r}; one of {', '.join(PRINCIPAL_TYPES)}"
            )
        out = []
        for b in self.brackets_on(on):
            if principal not in b.types:
                continue
            if principal in GENERAL_TERM_RANGE and months is not None:
                low, high = cast(tuple[int, int], b.term_range(principal))
                if not low <= months <= high:
                    continue
            out.append(b)
        return out

    def max_months(self, on: date | None = None) -> int | None:
        """The longest fixed term any bracket in force allows (``None`` if none has a fixed term)."""
        values = [m for b in self.brackets_on(on) if (m := b.statutory_max_months) is not None]
        return max(values) if values else None

    def fine_rule_for(self, bracket: Bracket) -> FineRule | None:
        """The first fine rule of the bracket's level whose days meet the bracket's (an amended range ends before
        the new bracket begins)."""
        for rule in self.fine_rules:
            if bracket.level not in rule.levels:
                continue
            ends, starts = rule.effective_to, rule.effective_from
            if ends is not None and bracket.effective_from is not None and ends < bracket.effective_from:
                continue
            if starts is not None and bracket.effective_to is not None and starts > bracket.effective_to:
                continue
            return rule
        return None


@dataclass(frozen=True, slots=True)
class LawTable:
    """The loaded table: charges by key, looked up by standard name."""

    path: str
    charges: tuple[ChargeLaw, ...]
    meta: tuple[tuple[str, str], ...] = ()
    _by_name: dict[str, ChargeLaw] = field(default_factory=dict, compare=False, repr=False)

    def charge(self, standard_name: str) -> ChargeLaw | None:
        """The entry for a standard charge name, or ``None`` when the table does not cover it."""
        return self._by_name.get(standard_name)

    def by_key(self, key: str) -> ChargeLaw | None:
        for c in self.charges:
            if c.key == key:
                return c
        return None

    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.charges)


# --------------------------------------------------------------------------
# Loading and validation


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader that records each mapping's first line under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping",
                node.start_mark,
                f"duplicate key {key!r} (YAML would silently keep the last one)",
                key_node.start_mark,
            )
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Ctx:
    """Where we are in the file, for error messages."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, message: str, obj: Any = None, line: int | None = None) -> LexiconError:
        if line is None and isinstance(obj, dict):
            line = obj.get("__line__")
        return LexiconError(f"{where}: {message}", self.path, line)


_CHARGE_FIELDS = {
    "name",
    "articles",
    "verified",
    "sources",
    "brackets",
    "brackets_from",
    "thresholds",
    "fine_rules",
    "notes",
    "unit_persons_fine",
}
_BRACKET_FIELDS = {
    "level",
    "condition",
    "penalty",
    "fine",
    "confiscation",
    "start_point",
    "amount_level",
    "quantity_level",
    "only_by_quantity",
    "harm",
    "paragraphs",
    "items",
    "effective_from",
    "effective_to",
    "verified",
    "overlap_note",
    "notes",
}
_PENALTY_FIELDS = {"types", "min_months", "max_months", "alone"}
_THRESHOLD_FIELDS = {"amount", "amount_from", "amount_variants", "quantity", "quantity_from", "notes"}
_AMOUNT_FIELDS = {
    "basis", "levels", "provinces", "source", "verified", "notes", "effective_from", "halved_by", "halved_records",
    "raised", "earlier", "cues", "grounds",
}
_QUANTITY_FIELDS = {"unit", "levels", "substances", "aliases", "source", "verified", "notes"}
_FINE_RULE_FIELDS = {
    "levels",
    "min_yuan",
    "max_yuan",
    "min_times_amount",
    "max_times_amount",
    "max_without_amount",
    "base",
    "source",
    "verified",
    "note",
    "effective_from",
    "effective_to",
}


def _fields(
    ctx: _Ctx, where: str, obj: Any, allowed: set[str], required: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ctx.fail(where, f"expected a mapping, found {type(obj).__name__}")
    unknown = sorted(str(k) for k in obj if k != "__line__" and k not in allowed)
    if unknown:
        raise ctx.fail(where, f"unknown field {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})", obj)
    missing = sorted(k for k in required if k not in obj or obj[k] is None)
    if missing:
        raise ctx.fail(where, f"missing field {missing[0]!r}", obj)
    return obj


def _paragraphs(ctx: _Ctx, where: str, value: Any, obj: Any, what: str = "paragraph") -> tuple[int, ...]:
    """A list of 款 (or, with ``what`` item, 项) numbers, from 1."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in value):
        raise ctx.fail(where, f"expected a list of {what} numbers (1, 2 …), found {value!r}", obj)
    return tuple(value)


def _flag(ctx: _Ctx, where: str, value: Any, obj: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ctx.fail(where, f"expected true or false, found {value!r}", obj)
    return value


def _text(ctx: _Ctx, where: str, value: Any, obj: Any, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ctx.fail(where, "must not be empty", obj)
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ctx.fail(where, f"expected text, found {type(value).__name__}", obj)
    text = str(value).strip()
    if required and not text:
        raise ctx.fail(where, "must not be empty", obj)
    return text


def _texts(ctx: _Ctx, where: str, value: Any, obj: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int)):
        value = [value]
    if not isinstance(value, list):
        raise ctx.fail(where, f"expected a list of text, found {type(value).__name__}", obj)
    return tuple(cast(str, _text(ctx, f"{where}[{i}]", v, obj, required=True)) for i, v in enumerate(value))


def _months(ctx: _Ctx, where: str, value: Any, obj: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ctx.fail(where, f"expected a whole number of months, found {value!r}", obj)
    return value


def _amount(ctx: _Ctx, where: str, value: Any, obj: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ctx.fail(where, f"expected a number, found {value!r}", obj)
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise ctx.fail(where, f"expected a number, found {value!r}", obj) from exc
    if amount < 0:
        raise ctx.fail(where, f"must not be negative: {value!r}", obj)
    return amount


def _date(ctx: _Ctx, where: str, value: Any, obj: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    raise ctx.fail(where, f"expected a date written YYYY-MM-DD, found {value!r}", obj)


def _parse_bracket(ctx: _Ctx, key: str, number: int, raw: Any) -> Bracket:
    where = f"charge {key!r} bracket {number}"
    obj = _fields(ctx, where, raw, _BRACKET_FIELDS, {"level", "condition", "penalty", "fine"})
    pen = _fields(ctx, f"{where} field 'penalty'", obj["penalty"], _PENALTY_FIELDS, {"types"})
    types = _texts(ctx, f"{where} field 'penalty.types'", pen["types"], pen)
    if not types:
        raise ctx.fail(f"{where} field 'penalty.types'", "lists no principal punishment", pen)
    for t in types:
        if t not in PRINCIPAL_TYPES:
            raise ctx.fail(
                f"{where} field 'penalty.types'",
                f"unknown principal type {t!r}; one of {', '.join(PRINCIPAL_TYPES)}",
                pen,
            )
    if len(set(types)) != len(types):
        raise ctx.fail(f"{where} field 'penalty.types'", "lists a type twice", pen)
    alone = _texts(ctx, f"{where} field 'penalty.alone'", pen.get("alone"), pen)
    for a in alone:
        if a not in ALONE_KINDS:
            raise ctx.fail(
                f"{where} field 'penalty.alone'", f"unknown {a!r}; one of {', '.join(ALONE_KINDS)}", pen
            )
    low = _months(ctx, f"{where} field 'penalty.min_months'", pen.get("min_months"), pen)
    high = _months(ctx, f"{where} field 'penalty.max_months'", pen.get("max_months"), pen)
    fixed = [t for t in _FIXED_ORDER if t in types]
    if not fixed and (low is not None or high is not None):
        raise ctx.fail(f"{where} field 'penalty'", "min_months/max_months given but no fixed-term type", pen)
    if fixed:
        general_low, general_high = GENERAL_TERM_RANGE[fixed[-1]]
        if low is not None and high is not None and high < low:
            raise ctx.fail(
                f"{where} field 'penalty.max_months'", f"max_months {high} is below min_months {low}", pen
            )
        if high is not None and not general_low <= high <= general_high:
            raise ctx.fail(
                f"{where} field 'penalty.max_months'",
                f"{high} is outside the general range of {fixed[-1]} ({general_low}–{general_high} months)",
                pen,
            )
        if low is not None and not general_low <= low <= general_high:
            raise ctx.fail(
                f"{where} field 'penalty.min_months'",
                f"{low} is outside the general range of {fixed[-1]} ({general_low}–{general_high} months)",
                pen,
            )
    fine = _text(ctx, f"{where} field 'fine'", obj["fine"], obj, required=True)
    if fine not in FINE_KINDS:
        raise ctx.fail(
            f"{where} field 'fine'", f"unknown fine kind {fine!r}; one of {', '.join(FINE_KINDS)}", obj
        )
    confiscation = _text(ctx, f"{where} field 'confiscation'", obj.get("confiscation", "none"), obj) or "none"
    if confiscation not in CONFISCATION_KINDS:
        raise ctx.fail(
            f"{where} field 'confiscation'",
            f"unknown confiscation kind {confiscation!r}; one of {', '.join(CONFISCATION_KINDS)}",
            obj,
        )
    start = _date(ctx, f"{where} field 'effective_from'", obj.get("effective_from"), obj)
    end = _date(ctx, f"{where} field 'effective_to'", obj.get("effective_to"), obj)
    if start is not None and end is not None and end < start:
        raise ctx.fail(f"{where} field 'effective_to'", f"{end} is before effective_from {start}", obj)
    harm = _text(ctx, f"{where} field 'harm'", obj.get("harm"), obj)
    if harm is not None and harm not in HARMS:
        raise ctx.fail(f"{where} field 'harm'", f"unknown harm {harm!r}; one of {', '.join(HARMS)}", obj)
    return Bracket(
        charge=key,
        number=number,
        level=cast(str, _text(ctx, f"{where} field 'level'", obj["level"], obj, required=True)),
        condition=cast(str, _text(ctx, f"{where} field 'condition'", obj["condition"], obj, required=True)),
        types=types,
        min_months=low,
        max_months=high,
        alone=alone,
        fine=fine,
        confiscation=confiscation,
        start_point=_text(ctx, f"{where} field 'start_point'", obj.get("start_point"), obj),
        amount_level=_text(ctx, f"{where} field 'amount_level'", obj.get("amount_level"), obj),
        quantity_level=_text(ctx, f"{where} field 'quantity_level'", obj.get("quantity_level"), obj),
        only_by_quantity=_flag(ctx, f"{where} field 'only_by_quantity'", obj.get("only_by_quantity"), obj),
        harm=harm,
        paragraphs=_paragraphs(ctx, f"{where} field 'paragraphs'", obj.get("paragraphs"), obj),
        items=_paragraphs(ctx, f"{where} field 'items'", obj.get("items"), obj, "item"),
        effective_from=start,
        effective_to=end,
        verified=_text(ctx, f"{where} field 'verified'", obj.get("verified"), obj),
        overlap_note=_text(ctx, f"{where} field 'overlap_note'", obj.get("overlap_note"), obj),
        notes=_texts(ctx, f"{where} field 'notes'", obj.get("notes"), obj),
    )


def _parse_amount_table(ctx: _Ctx, where: str, raw: Any, known_provinces: set[str]) -> AmountTable:
    obj = _fields(ctx, where, raw, _AMOUNT_FIELDS, {"levels"})
    levels_raw = obj["levels"]
    if not isinstance(levels_raw, dict) or len([k for k in levels_raw if k != "__line__"]) == 0:
        raise ctx.fail(f"{where} field 'levels'", "expected a mapping of level name → amount", obj)
    levels: list[AmountLevel] = []
    for name, value in levels_raw.items():
        if name == "__line__":
            continue
        lw = f"{where} level {name!r}"
        if name == ANY_LEVEL:
            raise ctx.fail(lw, f"{ANY_LEVEL!r} is reserved for brackets", levels_raw)
        if isinstance(value, dict):
            v = _fields(ctx, lw, value, {"min", "max"}, {"min"})
            low = cast(Decimal, _amount(ctx, f"{lw} field 'min'", v["min"], v))
            high = _amount(ctx, f"{lw} field 'max'", v.get("max"), v)
            if high is not None and high < low:
                raise ctx.fail(lw, f"max {high} is below min {low}", v)
        else:
            low = cast(Decimal, _amount(ctx, lw, value, levels_raw))
            if low is None:
                raise ctx.fail(lw, "missing amount", levels_raw)
            high = None
        if levels and (low < levels[-1].national_value or (high or low) <= levels[-1].national_value):
            raise ctx.fail(
                lw,
                f"{low} is below the previous level {levels[-1].name!r} ({levels[-1].national_value}); "
                "list levels from low to high",
                levels_raw,
            )
        levels.append(AmountLevel(str(name), low, high))
    names = {lv.name for lv in levels}
    provinces: list[ProvinceAmounts] = []
    prov_raw = obj.get("provinces") or {}
    if not isinstance(prov_raw, dict):
        raise ctx.fail(f"{where} field 'provinces'", "expected a mapping of province → amounts", obj)
    for province, values in prov_raw.items():
        if province == "__line__":
            continue
        pw = f"{where} province {province!r}"
        if province not in known_provinces:
            raise ctx.fail(
                pw, f"unknown province {province!r} (use the short names in {PROVINCES_FILE})", prov_raw
            )
        pv = _fields(ctx, pw, values, names | {"verified", "source"})
        found: list[tuple[str, Decimal]] = []
        for lv in levels:
            if lv.name not in pv:
                continue
            amount = cast(Decimal, _amount(ctx, f"{pw} level {lv.name!r}", pv[lv.name], pv))
            if amount < lv.min or (lv.max is not None and amount > lv.max):
                bound = f"{lv.min}–{lv.max}" if lv.max is not None else f"≥ {lv.min}"
                raise ctx.fail(
                    f"{pw} level {lv.name!r}", f"{amount} is outside the national range {bound}", pv
                )
            found.append((lv.name, amount))
        provinces.append(
            ProvinceAmounts(
                str(province),
                tuple(found),
                _text(ctx, f"{pw} field 'verified'", pv.get("verified"), pv) or "",
                _text(ctx, f"{pw} field 'source'", pv.get("source"), pv) or "",
            )
        )
    return AmountTable(
        basis=_text(ctx, f"{where} field 'basis'", obj.get("basis"), obj) or "",
        levels=tuple(levels),
        provinces=tuple(provinces),
        source=_text(ctx, f"{where} field 'source'", obj.get("source"), obj) or "",
        verified=_text(ctx, f"{where} field 'verified'", obj.get("verified"), obj) or "",
        effective_from=_date(ctx, f"{where} field 'effective_from'", obj.get("effective_from"), obj),
        halved_by=_text(ctx, f"{where} field 'halved_by'", obj.get("halved_by"), obj) or "",
        halved_records=_halved_records(ctx, where, obj),
        raised=_flag(ctx, f"{where} field 'raised'", obj.get("raised"), obj),
        earlier=_parse_earlier(ctx, where, obj, tuple(levels), known_provinces),
        cues=_cues(ctx, where, obj),
        grounds=_grounds(ctx, where, obj),
    )


def _words(ctx: _Ctx, where: str, raw: Any, obj: Any, what: str) -> tuple[str, ...]:
    """A non-empty list of non-empty words (stricter than :func:`_texts`, which takes one word or a number too)."""
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and x.strip() for x in raw):
        raise ctx.fail(where, f"expected a list of {what}", obj)
    return tuple(x.strip() for x in raw)


def _cues(ctx: _Ctx, where: str, obj: dict[str, Any]) -> tuple[str, ...]:
    """An amount table's ``cues``: a list of the words a clause names its basis by."""
    raw = obj.get("cues")
    return () if raw is None else _words(ctx, f"{where} field 'cues'", raw, obj, "words")


def _grounds(ctx: _Ctx, where: str, obj: dict[str, Any]) -> tuple[str, ...]:
    """An amount variant's ``grounds``: a list of the words that name the grounds its figures hold on."""
    raw = obj.get("grounds")
    return () if raw is None else _words(ctx, f"{where} field 'grounds'", raw, obj, "words")


def _halved_records(ctx: _Ctx, where: str, obj: dict[str, Any]) -> tuple[str, ...]:
    """An amount table's ``halved_records``: a list of crime names (盗窃), on a table that has ``halved_by``."""
    raw = obj.get("halved_records")
    if raw is None:
        return ()
    hw = f"{where} field 'halved_records'"
    if not obj.get("halved_by"):
        raise ctx.fail(hw, "records that halve a level belong to a table with halved_by", obj)
    return _words(ctx, hw, raw, obj, "crime names")


def _parse_earlier(
    ctx: _Ctx, where: str, obj: dict[str, Any], levels: tuple[AmountLevel, ...], known_provinces: set[str]
) -> AmountTable | None:
    """An amount table's ``earlier`` figures: a table of the same levels, national only, whose every figure is at most
    the later one's (the later table is ``raised``)."""
    if obj.get("earlier") is None:
        return None
    ew = f"{where} field 'earlier'"
    if not obj.get("raised") or obj.get("effective_from") is None:
        raise ctx.fail(ew, "earlier figures belong to a table that is raised and has effective_from", obj)
    raw = obj["earlier"]
    if isinstance(raw, dict) and (raw.get("provinces") or raw.get("earlier") or raw.get("raised")):
        raise ctx.fail(ew, "earlier figures are national only (no provinces, earlier or raised)", raw)
    if isinstance(raw, dict) and "basis" not in raw:
        raw = {**raw, "basis": obj.get("basis")}
    table = _parse_amount_table(ctx, ew, raw, known_provinces)
    if [lv.name for lv in table.levels] != [lv.name for lv in levels]:
        raise ctx.fail(ew, "earlier figures name the same levels as the table", raw)
    for old, new in zip(table.levels, levels):
        if old.min > new.min:
            raise ctx.fail(f"{ew} level {old.name!r}", f"{old.min} is above the later figure {new.min}", raw)
    return table


def _parse_quantity(ctx: _Ctx, where: str, raw: Any) -> QuantityTable:
    obj = _fields(ctx, where, raw, _QUANTITY_FIELDS, {"levels", "substances"})
    unit = _text(ctx, f"{where} field 'unit'", obj.get("unit", "g"), obj)
    if unit != "g":
        raise ctx.fail(
            f"{where} field 'unit'", f"quantities are written in grams (unit: g), found {unit!r}", obj
        )
    levels = _texts(ctx, f"{where} field 'levels'", obj["levels"], obj)
    if not levels or ANY_LEVEL in levels:
        raise ctx.fail(
            f"{where} field 'levels'", f"list the level names in order ({ANY_LEVEL!r} is reserved)", obj
        )
    subs_raw = obj["substances"]
    if not isinstance(subs_raw, dict):
        raise ctx.fail(f"{where} field 'substances'", "expected a mapping of drug → level amounts", obj)
    substances: list[tuple[str, tuple[tuple[str, Decimal], ...]]] = []
    for name, values in subs_raw.items():
        if name == "__line__":
            continue
        sw = f"{where} substance {name!r}"
        sv = _fields(ctx, sw, values, set(levels), set(levels))
        found: list[tuple[str, Decimal]] = []
        for level in levels:
            amount = cast(Decimal, _amount(ctx, f"{sw} level {level!r}", sv[level], sv))
            if found and amount <= found[-1][1]:
                raise ctx.fail(
                    f"{sw} level {level!r}", f"{amount} is not above {found[-1][0]!r} ({found[-1][1]})", sv
                )
            found.append((level, amount))
        substances.append((str(name), tuple(found)))
    names = {s for s, _ in substances}
    aliases: list[tuple[str, str]] = []
    al_raw = obj.get("aliases") or {}
    if not isinstance(al_raw, dict):
        raise ctx.fail(f"{where} field 'aliases'", "expected a mapping of alias → drug", obj)
    for alias, target in al_raw.items():
        if alias == "__line__":
            continue
        if target not in names:
            raise ctx.fail(f"{where} alias {alias!r}", f"target {target!r} is not a listed substance", al_raw)
        aliases.append((str(alias), str(target)))
    return QuantityTable(
        levels=levels,
        substances=tuple(substances),
        aliases=tuple(aliases),
        source=_text(ctx, f"{where} field 'source'", obj.get("source"), obj) or "",
        verified=_text(ctx, f"{where} field 'verified'", obj.get("verified"), obj) or "",
    )


def _parse_fine_rules(ctx: _Ctx, key: str, raw: Any, obj: Any) -> tuple[FineRule, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ctx.fail(f"charge {key!r} field 'fine_rules'", "expected a list", obj)
    rules = []
    for i, item in enumerate(raw, 1):
        where = f"charge {key!r} fine rule {i}"
        r = _fields(ctx, where, item, _FINE_RULE_FIELDS, {"levels"})
        rule = FineRule(
            levels=_texts(ctx, f"{where} field 'levels'", r["levels"], r),
            min_yuan=_amount(ctx, f"{where} field 'min_yuan'", r.get("min_yuan"), r),
            max_yuan=_amount(ctx, f"{where} field 'max_yuan'", r.get("max_yuan"), r),
            min_times_amount=_amount(ctx, f"{where} field 'min_times_amount'", r.get("min_times_amount"), r),
            max_times_amount=_amount(ctx, f"{where} field 'max_times_amount'", r.get("max_times_amount"), r),
            max_without_amount=_amount(
                ctx, f"{where} field 'max_without_amount'", r.get("max_without_amount"), r
            ),
            base=_text(ctx, f"{where} field 'base'", r.get("base"), r) or "amount",
            source=_text(ctx, f"{where} field 'source'", r.get("source"), r) or "",
            verified=_text(ctx, f"{where} field 'verified'", r.get("verified"), r) or "",
            note=_text(ctx, f"{where} field 'note'", r.get("note"), r) or "",
            effective_from=_date(ctx, f"{where} field 'effective_from'", r.get("effective_from"), r),
            effective_to=_date(ctx, f"{where} field 'effective_to'", r.get("effective_to"), r),
        )
        if rule.base not in ("amount", "gains"):
            raise ctx.fail(f"{where} field 'base'", f"{rule.base!r} is not amount or gains", r)
        if rule.effective_from and rule.effective_to and rule.effective_to < rule.effective_from:
            raise ctx.fail(f"{where} field 'effective_to'", f"{rule.effective_to} is before effective_from", r)
        if rule.min_yuan is not None and rule.max_yuan is not None and rule.max_yuan < rule.min_yuan:
            raise ctx.fail(
                f"{where} field 'max_yuan'", f"{rule.max_yuan} is below min_yuan {rule.min_yuan}", r
            )
        if (
            rule.min_times_amount is not None
            and rule.max_times_amount is not None
            and rule.max_times_amount < rule.min_times_amount
        ):
            raise ctx.fail(f"{where} field 'max_times_amount'", "is below min_times_amount", r)
        rules.append((rule, r))
    return tuple(rule for rule, _ in rules)


def _bottom(b: Bracket) -> int:
    low = b.statutory_min_months
    if low is not None:
        return low
    return 181 if b.allows_life else 182


def _top(b: Bracket) -> int:
    if b.allows_death:
        return 182
    if b.allows_life:
        return 181
    return cast(int, b.statutory_max_months)


def _check_order(ctx: _Ctx, charge: ChargeLaw, lines: dict[int, int]) -> None:
    """Brackets in force on any one day must run from light to heavy and not overlap."""
    days: set[date | None] = {None}
    for b in charge.brackets:
        if b.effective_from is not None:
            days.add(b.effective_from)
        if b.effective_to is not None:
            days.add(b.effective_to)
    for day in days:
        active = charge.brackets_on(day)
        if not active:
            when = f"on {day}" if day else "now"
            raise ctx.fail(f"charge {charge.key!r}", f"no bracket is in force {when}", line=lines.get(0))
        for prev, cur in zip(active, active[1:]):
            where = f"charge {charge.key!r} bracket {cur.number}"
            if cur.overlap_note:
                continue
            if _bottom(cur) < _bottom(prev) or _top(cur) < _top(prev):
                raise ctx.fail(
                    where,
                    f"brackets out of order: level {cur.level!r} is lighter than the bracket before it "
                    f"(level {prev.level!r}); list brackets from light to heavy, or explain with overlap_note",
                    line=lines.get(cur.number),
                )
            if _bottom(cur) < _top(prev) and prev.fixed_types and cur.fixed_types:
                raise ctx.fail(
                    where,
                    f"bracket overlaps the one before it: {_bottom(cur)} months is below its maximum "
                    f"{_top(prev)}; fix the ranges, or explain with overlap_note",
                    line=lines.get(cur.number),
                )
    for b in charge.brackets:
        if b.effective_to is None:
            continue
        nxt = b.effective_to + timedelta(days=1)
        if not any(o.effective_from == nxt for o in charge.brackets):
            raise ctx.fail(
                f"charge {charge.key!r} bracket {b.number} field 'effective_to'",
                f"no bracket takes over on {nxt}; give the new bracket effective_from: {nxt}",
                line=lines.get(b.number),
            )


def _parse_charge(
    ctx: _Ctx, key: str, raw: Any, standard: set[str], known_provinces: set[str]
) -> tuple[ChargeLaw, dict[str, Any], dict[int, int]]:
    where = f"charge {key!r}"
    obj = _fields(ctx, where, raw, _CHARGE_FIELDS, {"name", "articles", "verified"})
    name = cast(str, _text(ctx, f"{where} field 'name'", obj["name"], obj, required=True))
    if name not in standard:
        raise ctx.fail(f"{where} field 'name'", f"{name!r} is not a standard name in charges.txt", obj)
    articles = _texts(ctx, f"{where} field 'articles'", obj["articles"], obj)
    if not articles:
        raise ctx.fail(f"{where} field 'articles'", "lists no article", obj)
    for a in articles:
        if not ARTICLE_ID.match(a):
            raise ctx.fail(f"{where} field 'articles'", f"bad article {a!r}: write 264 or 133-1", obj)
    listed = articles_for_charge(name)
    if listed and not set(articles) & set(listed):
        raise ctx.fail(
            f"{where} field 'articles'",
            f"none of {list(articles)} is an article of {name} in charge_articles.tsv ({', '.join(listed)})",
            obj,
        )
    lines: dict[int, int] = {0: obj["__line__"]}
    brackets: list[Bracket] = []
    if obj.get("brackets") is not None:
        if "brackets_from" in obj:
            raise ctx.fail(where, "give either brackets or brackets_from, not both", obj)
        if not isinstance(obj["brackets"], list) or not obj["brackets"]:
            raise ctx.fail(f"{where} field 'brackets'", "expected a non-empty list", obj)
        for i, item in enumerate(obj["brackets"], 1):
            brackets.append(_parse_bracket(ctx, key, i, item))
            lines[i] = (
                int(item.get("__line__", obj["__line__"])) if isinstance(item, dict) else obj["__line__"]
            )
    elif "brackets_from" not in obj:
        raise ctx.fail(where, "missing field 'brackets' (or brackets_from: <charge key>)", obj)
    thresholds = obj.get("thresholds") or {}
    th = _fields(ctx, f"{where} field 'thresholds'", thresholds, _THRESHOLD_FIELDS) if thresholds else {}
    amount = (
        _parse_amount_table(ctx, f"{where} amount thresholds", th["amount"], known_provinces)
        if th.get("amount") is not None
        else None
    )
    if amount is not None and amount.grounds:
        # (the charge's own figures hold on the amount alone)
        raise ctx.fail(
            f"{where} amount thresholds field 'grounds'", "grounds belong to an amount variant", th["amount"]
        )
    variants: list[tuple[str, AmountTable]] = []
    if th.get("amount_variants") is not None:
        vr = th["amount_variants"]
        if not isinstance(vr, dict):
            raise ctx.fail(f"{where} field 'thresholds.amount_variants'", "expected a mapping", th)
        for vname, vraw in vr.items():
            if vname == "__line__":
                continue
            variants.append(
                (
                    str(vname),
                    _parse_amount_table(ctx, f"{where} amount variant {vname!r}", vraw, known_provinces),
                )
            )
    quantity = (
        _parse_quantity(ctx, f"{where} quantity thresholds", th["quantity"])
        if th.get("quantity") is not None
        else None
    )
    unit_fine = obj.get("unit_persons_fine", "same")
    if unit_fine not in ("same", "none"):
        raise ctx.fail(f"{where} field 'unit_persons_fine'", f"expected same or none, found {unit_fine!r}", obj)
    charge = ChargeLaw(
        key=key,
        name=name,
        articles=articles,
        verified=cast(str, _text(ctx, f"{where} field 'verified'", obj["verified"], obj, required=True)),
        brackets=tuple(brackets),
        amount=amount,
        amount_variants=tuple(variants),
        quantity=quantity,
        fine_rules=_parse_fine_rules(ctx, key, obj.get("fine_rules"), obj),
        sources=_texts(ctx, f"{where} field 'sources'", obj.get("sources"), obj),
        notes=_texts(ctx, f"{where} field 'notes'", obj.get("notes"), obj),
        unit_persons_fine=unit_fine,
    )
    links = {
        "brackets_from": obj.get("brackets_from"),
        "amount_from": th.get("amount_from"),
        "quantity_from": th.get("quantity_from"),
        "obj": obj,
    }
    return charge, links, lines


def _check_links(ctx: _Ctx, charge: ChargeLaw, lines: dict[int, int]) -> None:
    amount_levels: set[str] = set()
    for table in [charge.amount, *(t for _, t in charge.amount_variants)]:
        if table is not None:
            amount_levels |= {lv.name for lv in table.levels}
    quantity_levels = set(charge.quantity.levels) if charge.quantity else set()
    for b in charge.brackets:
        where = f"charge {charge.key!r} bracket {b.number}"
        if b.amount_level is not None and b.amount_level != ANY_LEVEL and b.amount_level not in amount_levels:
            raise ctx.fail(
                f"{where} field 'amount_level'",
                f"{b.amount_level!r} is not an amount level of this charge ({', '.join(sorted(amount_levels)) or 'none'})",
                line=lines.get(b.number),
            )
        if (
            b.quantity_level is not None
            and b.quantity_level != ANY_LEVEL
            and b.quantity_level not in quantity_levels
        ):
            raise ctx.fail(
                f"{where} field 'quantity_level'",
                f"{b.quantity_level!r} is not a quantity level of this charge",
                line=lines.get(b.number),
            )
    levels = {b.level for b in charge.brackets}
    for i, rule in enumerate(charge.fine_rules, 1):
        for lv in rule.levels:
            if lv not in levels:
                raise ctx.fail(
                    f"charge {charge.key!r} fine rule {i} field 'levels'",
                    f"{lv!r} is not a bracket level of this charge",
                    line=lines.get(0),
                )


def _parse(path: str) -> LawTable:
    ctx = _Ctx(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read: {exc.strerror}", path) from exc
    except UnicodeDecodeError as exc:
        raise LexiconError("not UTF-8; save the file as UTF-8", path) from exc
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(f"not valid YAML: {exc}", path, mark.line + 1 if mark else None) from exc
    top = _fields(ctx, "file", data, {"meta", "charges"}, {"charges"})
    charges_raw = top["charges"]
    if not isinstance(charges_raw, dict):
        raise ctx.fail("file", "'charges' must be a mapping of charge key → entry", top)
    standard = set(standard_charges())
    known_provinces = {row[0] for row in _province_rows()}
    parsed: dict[str, tuple[ChargeLaw, dict[str, Any], dict[int, int]]] = {}
    names: dict[str, str] = {}
    for key, raw in charges_raw.items():
        if key == "__line__":
            continue
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(key)):
            raise ctx.fail(
                f"charge {key!r}", "a charge key is lower-case ASCII with underscores", charges_raw
            )
        charge, links, lines = _parse_charge(ctx, str(key), raw, standard, known_provinces)
        if charge.name in names:
            raise ctx.fail(
                f"charge {key!r} field 'name'", f"{charge.name} is already entry {names[charge.name]!r}", raw
            )
        names[charge.name] = str(key)
        parsed[str(key)] = (charge, links, lines)
    # Resolve brackets_from / amount_from (one step; no chains).
    resolved: dict[str, ChargeLaw] = {}
    for key, (charge, links, lines) in parsed.items():
        obj = links["obj"]
        new_brackets = charge.brackets
        new_rules = charge.fine_rules
        new_amount = charge.amount
        src = links["brackets_from"]
        if src is not None:
            if src not in parsed or parsed[src][1]["brackets_from"] is not None:
                raise ctx.fail(
                    f"charge {key!r} field 'brackets_from'",
                    f"{src!r} is not a charge with its own brackets",
                    obj,
                )
            base = parsed[src][0]
            new_brackets = tuple(_rebind(b, key) for b in base.brackets)
            new_rules = new_rules or base.fine_rules
            lines = {**lines, **{b.number: lines[0] for b in new_brackets}}
        asrc = links["amount_from"]
        if asrc is not None:
            if charge.amount is not None:
                raise ctx.fail(
                    f"charge {key!r} field 'thresholds'", "give either amount or amount_from, not both", obj
                )
            if asrc not in parsed or parsed[asrc][0].amount is None:
                raise ctx.fail(
                    f"charge {key!r} field 'thresholds.amount_from'", f"{asrc!r} has no amount table", obj
                )
            # the levels and provinces, not the halving: that is the source's own interpretation (2013 盗窃解释
            # 第二条 halves 盗窃's 数额较大; 抢劫's 数额巨大 follows 盗窃's figure only, 2016 抢劫意见 一)
            new_amount = dataclasses.replace(parsed[asrc][0].amount, halved_by="", halved_records=())
        new_quantity = charge.quantity
        qsrc = links["quantity_from"]
        if qsrc is not None:
            if charge.quantity is not None:
                raise ctx.fail(
                    f"charge {key!r} field 'thresholds'",
                    "give either quantity or quantity_from, not both",
                    obj,
                )
            if qsrc not in parsed or parsed[qsrc][0].quantity is None:
                raise ctx.fail(
                    f"charge {key!r} field 'thresholds.quantity_from'", f"{qsrc!r} has no quantity table", obj
                )
            new_quantity = parsed[qsrc][0].quantity
        full = dataclasses.replace(
            charge, brackets=new_brackets, amount=new_amount, quantity=new_quantity, fine_rules=new_rules
        )
        _check_links(ctx, full, lines)
        _check_order(ctx, full, lines)
        resolved[key] = full
    meta_raw = top.get("meta") or {}
    meta = (
        tuple((str(k), str(v)) for k, v in meta_raw.items() if k != "__line__")
        if isinstance(meta_raw, dict)
        else ()
    )
    charges = tuple(resolved.values())
    return LawTable(path=path, charges=charges, meta=meta, _by_name={c.name: c for c in charges})


def _rebind(b: Bracket, key: str) -> Bracket:
    return Bracket(**{**{f: getattr(b, f) for f in Bracket.__dataclass_fields__}, "charge": key})


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> LawTable:
    return _parse(path)


def load_law(path: str | os.PathLike[str] | None = None) -> LawTable:
    """Read and validate the charge/bracket table (default: the package's ``law/charges.yaml``).

    Cached per file and modification time.

    >>> law = load_law()
    >>> law.charge("危险驾驶罪").brackets[0].types
    ('拘役',)
    >>> law.charge("背叛国家罪") is None
    True
    """
    p = Path(path) if path is not None else lexicon_path(LAW_FILE)
    if not p.is_file():
        raise LexiconError("law table not found", str(p))
    return _cached(str(p), p.stat().st_mtime_ns)


# --------------------------------------------------------------------------
# Provinces


def _province_rows(
    directory: str | os.PathLike[str] | None = None,
) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(short name, full name, case-number codes, other short forms) per province-level unit."""
    rows = []
    path = str(lexicon_path(PROVINCES_FILE, directory))
    seen: set[str] = set()
    for line, (full, short, codes, others) in load_table(PROVINCES_FILE, 4, directory, min_columns=2):
        if short in seen:
            raise LexiconError(f"duplicate province {short!r}", path, line)
        if not full.startswith(short):
            raise LexiconError(f"the short name {short!r} must begin the full name {full!r}", path, line)
        seen.add(short)
        split = lambda v: tuple(x for x in v.split("、") if x)  # noqa: E731
        rows.append((short, full, split(codes), split(others)))
    return rows


def provinces(directory: str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """The short names of the 34 province-level units.

    >>> len(provinces()), provinces()[:3]
    (34, ('北京', '天津', '河北'))
    """
    return tuple(row[0] for row in _province_rows(directory))


@lru_cache(maxsize=4)
def _court_matchers(directory: str | None, stamp: tuple[int, int]) -> tuple[tuple[tuple[str, str], ...], ...]:
    rows = _province_rows(directory)
    shorts = {row[0]: row[0] for row in rows}
    shorts.update({form: row[0] for row in rows for form in row[3]})
    fulls = {row[1]: row[0] for row in rows}
    city_path = str(lexicon_path(CITIES_FILE, directory))
    city_forms: dict[str, str] = {}
    for line, (city, province, others) in load_table(CITIES_FILE, 3, directory, min_columns=2):
        if province not in shorts:
            raise LexiconError(f"unknown province {province!r} for {city!r}", city_path, line)
        for form in (city, *(o for o in others.split("、") if o)):
            if form in shorts or form in fulls:
                raise LexiconError(f"{form!r} is a province name; leave it out", city_path, line)
            if form in city_forms and city_forms[form] != province:
                raise LexiconError(f"{form!r} is listed under {city_forms[form]} too", city_path, line)
            city_forms[form] = province
    by_len = lambda d: tuple(sorted(d.items(), key=lambda kv: -len(kv[0])))  # noqa: E731
    return by_len(fulls), by_len(city_forms), by_len(shorts)


def _matchers(directory: str | os.PathLike[str] | None) -> tuple[tuple[tuple[str, str], ...], ...]:
    """:func:`_court_matchers` for ``directory``, rebuilt when either file changes."""
    prov = lexicon_path(PROVINCES_FILE, directory)
    city = lexicon_path(CITIES_FILE, directory)
    d = str(lexicon_dir(directory))  # the folder in effect ($FAYAN_LEXICONS, using_lexicons) keys the cache
    return _court_matchers(d, (prov.stat().st_mtime_ns, city.stat().st_mtime_ns))


def province_of_court(court_name: str, directory: str | os.PathLike[str] | None = None) -> str | None:
    """The province (short name) of a court, from its name; ``None`` when the name does not say.

    Tries the province's full name (浙江省), then a prefecture-level city or
    autonomous prefecture (苏州市, 延边朝鲜族自治州, from ``law/cities.tsv``), then
    the province's short name (北京铁路运输中级法院).  Courts of the whole
    country (最高人民法院) and military courts give ``None``.

    >>> province_of_court("苏州市吴江区人民法院")
    '江苏'
    >>> province_of_court("新疆维吾尔自治区高级人民法院"), province_of_court("海南藏族自治州中级人民法院")
    ('新疆', '青海')
    >>> province_of_court("中华人民共和国最高人民法院") is None
    True
    """
    name = re.sub(r"\s+", "", court_name).removeprefix("中华人民共和国")
    for tier in _matchers(directory):
        for form, province in tier:
            if name.startswith(form):
                return province
    return None


# Courts whose appeal route their name alone does not give (railway, maritime, forestry, 兵团, military …).
_SPECIAL_COURT_RE = re.compile(r"铁路|海事|林区|农垦|垦区|矿区|油田|军事|兵团|知识产权|互联网|金融")
_LEVEL_UP = {"基层": "中级", "中级": "高级", "高级": "最高"}


def court_level(court_name: str) -> str | None:
    """最高 | 高级 | 中级 | 基层, read off a court's name; ``None`` for special courts and non-court names.

    >>> court_level("浙江省杭州市西湖区人民法院"), court_level("北京市第一中级人民法院"), court_level("最高人民法院")
    ('基层', '中级', '最高')
    >>> court_level("上海铁路运输法院") is None, court_level("吉林省敦化林区基层法院"), court_level("吉林省延边林区中级法院")
    (True, '基层', '中级')
    """
    name = re.sub(r"\s+", "", court_name).removeprefix("中华人民共和国")
    if not name.endswith("法院"):
        return None
    if name == "最高人民法院":
        return "最高"
    for level in ("高级", "中级"):
        if f"{level}人民法院" in name or f"{level}法院" in name:
            return level
    # a special court only where its name says its level (吉林省敦化林区基层法院, whose appeals go to 延边林区中级法院)
    return None if _SPECIAL_COURT_RE.search(name) and "基层" not in name else "基层"


def appellate_level(court_name: str) -> str | None:
    """The level of the court that hears appeals from ``court_name`` (the next one up), if known."""
    level = court_level(court_name)
    return _LEVEL_UP.get(level) if level else None


@lru_cache(maxsize=4)
def _city_forms(directory: str | None, stamp: int) -> tuple[tuple[str, str], ...]:
    """(form, canonical name) for every full city form (ending 市, 州, 盟 or 地区), longest first."""
    forms: dict[str, str] = {}
    for _line, (city, _province, others) in load_table(CITIES_FILE, 3, directory, min_columns=2):
        for form in (city, *(o for o in others.split("、") if o)):
            if form.endswith(("市", "州", "盟", "地区")):
                forms.setdefault(form, city)
    return tuple(sorted(forms.items(), key=lambda kv: -len(kv[0])))


def _after_province(court_name: str, directory: str | os.PathLike[str] | None) -> tuple[str, str | None]:
    """A court's name without spaces, 中华人民共和国 and the full name of its province (浙江省), and that province's
    short name where it was there."""
    name = re.sub(r"\s+", "", court_name).removeprefix("中华人民共和国")
    for full, short in _matchers(directory)[0]:  # the provinces' full names, longest first
        if name.startswith(full):
            return name[len(full) :], short
    return name, None


def city_of_court(court_name: str, directory: str | os.PathLike[str] | None = None) -> tuple[str, bool] | None:
    """The prefecture-level city a court's name starts with (after its province), and whether more follows.

    Only a full form counts (杭州市, not 杭州: 长沙县 is not 长沙市). The flag is ``False`` for a court named
    after the city alone (东莞市人民法院, 仙桃市人民法院), ``True`` when a district or county follows.

    >>> city_of_court("浙江省杭州市西湖区人民法院"), city_of_court("杭州市中级人民法院")
    (('杭州市', True), ('杭州市', True))
    >>> city_of_court("湖南省长沙县人民法院") is None, city_of_court("广东省东莞市人民法院")
    (True, ('东莞市', False))
    """
    d = str(lexicon_dir(directory))
    name, _province = _after_province(court_name, directory)
    for form, city in _city_forms(d, lexicon_path(CITIES_FILE, directory).stat().st_mtime_ns):
        if name.startswith(form):
            return city, name[len(form) :] not in ("人民法院", "法院")
    return None


@lru_cache(maxsize=4)
def _county_cities(directory: str | None, stamp: int) -> dict[str, dict[str, frozenset[str]]]:
    """county → province → the prefecture-level cities of that name (two or more: the name tells none)."""
    found: dict[str, dict[str, set[str]]] = {}
    for _line, (county, city, province) in load_table(COUNTIES_FILE, 3, directory):
        found.setdefault(county, {}).setdefault(province, set()).add(city)
    return {c: {p: frozenset(cities) for p, cities in by.items()} for c, by in found.items()}


def city_of_county_court(
    court_name: str, province: str | None = None, directory: str | os.PathLike[str] | None = None
) -> str | None:
    """The prefecture-level city of a basic court named after its county alone, from ``law/counties.tsv``.

    ``province`` (short name) narrows a county name several provinces share; without it (and without the province
    in the court's name) the name must be the country's only county of that name. ``None`` for a court named after
    its city (:func:`city_of_court`), a county the list lacks, and a name two cities share.

    >>> city_of_county_court("广东省吴川市人民法院"), city_of_county_court("长岭县人民法院")
    ('湛江市', '松原市')
    >>> city_of_county_court("鼓楼区人民法院") is None, city_of_county_court("鼓楼区人民法院", "福建")
    (True, '福州市')
    """
    name, named = _after_province(court_name, directory)
    province = province or named
    county = name.removesuffix("人民法院")
    if county == name or not county:
        return None
    d = str(lexicon_dir(directory))
    by_province = _county_cities(d, lexicon_path(COUNTIES_FILE, directory).stat().st_mtime_ns).get(county, {})
    cities = by_province.get(province, frozenset()) if province else frozenset().union(*by_province.values())
    return next(iter(cities)) if len(cities) == 1 else None


_CASE_CODE_RE = re.compile(r"[（(]\s*\d{4}\s*[）)]\s*(\S)\d{2}")


def province_of_case_number(case_number: str, directory: str | os.PathLike[str] | None = None) -> str | None:
    """The province from a case number's court code (（2019）浙0102刑初123号 → 浙江), or ``None``.

    Only the numeric court codes used since 2016 are read: in older case numbers
    (（2015）渝刑初字第437号) the first character may abbreviate a district
    (渝水区), not a province.

    >>> province_of_case_number("（2018）粤0103刑初36号"), province_of_case_number("（2016）最高法刑核1号")
    ('广东', None)
    >>> province_of_case_number("（2015）渝刑初字第00437号") is None
    True
    """
    m = _CASE_CODE_RE.search(case_number)
    if not m:
        return None
    for short, _, codes, _ in _province_rows(directory):
        if m.group(1) in codes:
            return short
    return None
