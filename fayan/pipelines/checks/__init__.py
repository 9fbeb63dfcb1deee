"""Consistency checks: leads with evidence, per the catalogue in ``shared/docs/checks.md``.

>>> from fayan.pipelines.assemble import extract
>>> j = extract("某某县人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某县人民检察院。 "
...     "被告人张某，男，1990年1月1日出生。因本案于2019年12月2日被刑事拘留。 "
...     "某某县人民检察院以起诉书指控被告人张某犯危险驾驶罪，于2020年3月1日向本院提起公诉。 "
...     "经审理查明，2019年12月1日，被告人张某醉酒驾驶机动车。 本院认为，被告人张某构成危险驾驶罪。"
...     "依照《中华人民共和国刑法》第一百三十三条之一之规定，判决如下： 被告人张某犯危险驾驶罪，判处有期徒刑六个月，"
...     "缓刑三个月，并处罚金人民币一千元。 审判员李某 二〇二〇年四月一日 书记员王某")
>>> sorted({f.rule for f in run_checks([j])})
['E3', 'E6']

Codes implemented: E1–E20 and X1–X7, the whole catalogue
(class-case comparison C1 lives in :mod:`fayan.pipelines.classcase`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from fayan.errors import UsageError
from fayan.findings import Evidence, Finding
from fayan.judgment import Judgment
from fayan.pipelines.checks import document, law_rules, persons, procedure, sentence  # noqa: F401  (register rules)
from fayan.pipelines.checks.base import REGISTRY, Context, Rule

__all__ = ["run_checks", "check_judgment", "rules", "select", "upheld_view", "REGISTRY", "Context"]


def rules() -> list[Rule]:
    """The registered rules in code order."""
    return [REGISTRY[c] for c in sorted(REGISTRY, key=lambda c: (c[0], int(c[1:])))]


def select(codes: Iterable[str] | None = None) -> list[Rule]:
    """The rules of ``codes``, in any case (e6 = E6; all when ``None``); an unknown code is a :class:`UsageError`
    listing the known ones, and C1 one that says where it runs."""
    if codes is None:
        return rules()
    codes = [c.strip().upper() for c in codes]
    if "C1" in codes:
        raise UsageError("C1, the class-case comparison, compares the documents of a batch with each other, not one "
                         "judgment with the law: `fayan check OUT` runs it over an output folder")
    unknown = [c for c in codes if c not in REGISTRY]
    if unknown:
        known = ", ".join(r.code for r in rules())
        raise UsageError(f"unknown rule code(s) {', '.join(unknown)}; known: {known} (and C1 in `fayan check`)")
    return [REGISTRY[c] for c in codes]


def _criminal_decision(j: Judgment) -> bool:
    """A criminal decision (再审决定书, 指定管辖决定书: no judgment, titled so or deciding 决定如下, under a 刑 case
    number)."""
    kind = j.case_number_parts.type_code if j.case_number_parts else None
    decision = (j.title or "").endswith("决定书") or j.result_form == "决定"
    return j.status == "not_judgment" and decision and "刑" in (kind or "")


def check_judgment(j: Judgment, ctx: Context, codes: Iterable[str] | None = None) -> list[Finding]:
    """All findings for one judgment. Documents that are not judgments get none, except a criminal decision (再审决定书,
    指定管辖决定书): the checks read what it recites (earlier decisions of its case, the charges prosecuted) and its
    case number. The rules marked ``affirmed`` also weigh the sentences an appeal ruling upholds
    (:func:`upheld_view`), whose findings say so (本裁定维持原判：…)."""
    selected = select(codes)
    if j.status != "ok" and not _criminal_decision(j):
        return []
    out: list[Finding] = []
    upheld = upheld_view(j) if j.affirmed else None
    for r in selected:
        out.extend(r.func(j, ctx))
        if upheld is not None and r.affirmed:
            out.extend(_of_the_upheld(j, f) for f in r.func(upheld, ctx))
    return out


def upheld_view(j: Judgment) -> Judgment:
    """An appeal ruling that upholds the whole judgment (驳回上诉，维持原判) as the judgment it upholds: the persons
    whose sentences it upholds (``affirmed``) as its defendants, their spans as theirs (affirmed[0].verdict as
    defendants[0].verdict), the circumstances of the first instance's reasoning it adopts beside its own. The
    ruling's findings and reasons are its own: a sentence above the bracket of the harm it finds (故意伤害 of
    三年六个月, 轻伤二级), a 累犯 it finds five years after the release, are its own errors."""
    spans = tuple(replace(p, field="defendants" + p.field[len("affirmed"):])
                  if p.field.startswith("affirmed[") else p for p in j.spans)
    return replace(j, defendants=j.affirmed, affirmed=(), spans=spans,
                   circumstances=(*j.circumstances, *j.affirmed_circumstances), affirmed_circumstances=())


def _of_the_upheld(j: Judgment, f: Finding) -> Finding:
    """A finding on a sentence the ruling upholds, told as such, with the words that uphold it as evidence;
    what it quotes of the first instance's result and reasoning is labelled so (一审判决主文, not 判决主文;
    原判认为, not 本院认为)."""
    items = [(p.start, p.end) for p in j.spans if re.fullmatch(r"affirmed\[\d+\]\.clause", p.field)]
    reasons = {(c.start, c.end) for c in j.affirmed_circumstances}

    def relabelled(e: Evidence) -> Evidence:
        if e.label.startswith("判决") and any(a <= e.start and e.end <= b for a, b in items):
            return replace(e, label=f"一审{e.label}")
        if e.label == "本院认为" and (e.start, e.end) in reasons:
            return replace(e, label="原判认为")
        return e

    told = [Evidence(p.start, p.end, p.text, "裁定主文") for p in j.spans if p.field == "affirmed_by"]
    return replace(f, message=f"本裁定维持原判：{f.message}", evidence=(*map(relabelled, f.evidence), *told),
                   data={**f.data, "affirmed": True})


def run_checks(
    judgments: Iterable[Judgment], *, codes: Iterable[str] | None = None, law_path: str | None = None
) -> list[Finding]:
    """Run the checks (all, or ``codes``) over judgments."""
    codes = [r.code for r in select(codes)] if codes is not None else None
    ctx = Context(law_path=law_path)
    out: list[Finding] = []
    for j in judgments:
        out.extend(check_judgment(j, ctx, codes))
    return out
