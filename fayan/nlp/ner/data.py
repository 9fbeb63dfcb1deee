"""Data for fayan's NER model: the label spec, file readers, span location, splits, characters.

Nothing here needs torch.  The pieces, in the order training uses them:

* :func:`load_label_spec` reads ``labels.json`` (fayan's labels, the tag layers,
  the annotation schemes and how each file format's labels map onto fayan's).
* :func:`read_gold` reads one of the three formats (:func:`detect_format` tells
  which) into :class:`GoldRecord` s that keep the file's own labels.
* :func:`to_examples` turns gold records into training :class:`Example` s with
  fayan labels and character offsets; string-only gold is placed with
  :func:`locate_strings`.
* :func:`split_records` is the one deterministic train / held-out split.
* :class:`CharVocab` maps characters to ids, one id per character, so token
  ``i`` is character ``i``.

>>> locate_strings("甲偷了乙的手机，乙报警。", [("受害人", "乙"), ("被盗物品", "乙的手机")])
[(3, 7, '被盗物品'), (3, 4, '受害人')]
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from fayan.errors import ModelError, RecordError, UnsupportedFormat, UsageError
from fayan.jsonl import jsonl_objects, read_utf8
from fayan.nlp.names import masked_run_on
from fayan.nlp.text import MASK_CHARS

__all__ = [
    "MODEL_DIR",
    "SPLIT_SEED",
    "FORMATS",
    "Entity",
    "GoldEntity",
    "GoldRecord",
    "Example",
    "FormatSpec",
    "LabelSpec",
    "CharVocab",
    "load_label_spec",
    "apply_document_names",
    "apply_gain_cues",
    "apply_role_cues",
    "detect_format",
    "read_gold",
    "locate_strings",
    "to_examples",
    "split_records",
    "map_entities",
    "norm_char",
]

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
"""The shipped model and its ``labels.json``."""

SPLIT_SEED = 42
"""Seed of the one train / held-out split (see :func:`split_records`)."""

FORMATS = ("cail2022_drug", "lawbench_theft", "fayan_jsonl")

Split = Literal["all", "train", "heldout"]


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span ``text[start:end]`` with the model's confidence (1.0 for gold and for a span a cue found).

    >>> Entity(3, 5, "张某", "defendant", 0.98)
    Entity(start=3, end=5, text='张某', label='defendant', score=0.98, source='model')
    """

    start: int
    end: int
    text: str
    label: str
    score: float = 1.0
    source: str = "model"  # "model", or "rule": found by cue words of labels.json (fayan.nlp.ner.tool_cues)


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One gold entity in the file's own label set; ``start``/``end`` are None for string-only gold."""

    label: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated text as the file gives it.

    ``group`` is what the train / held-out split keeps together (CAIL's ``articleId``, a batch of cases);
    ``document`` the document the text is a part of, for the document-level steps such as
    :func:`apply_document_names` (None: the text is a document of its own, as each CAIL record is: the facts of
    one case).
    """

    id: str
    group: str
    text: str
    entities: tuple[GoldEntity, ...]
    labels: frozenset[str] | None = None  # fayan JSONL: the labels this record annotates (None: all)
    document: str | None = None
    line: int | None = None  # the file's line the record is on (JSONL files; None in a JSON array)

    @property
    def document_key(self) -> tuple[str, str]:
        """A key for the document this text is a part of (the record itself when the file names none)."""
        return ("document", self.document) if self.document is not None else ("record", self.id)


@dataclass(frozen=True, slots=True)
class Example:
    """A training sentence: fayan-label spans with offsets, its scheme, and what it annotates.

    A label outside ``annotated`` is unknown for this sentence (the file does not
    annotate it): training lets the model tag it or not there.
    """

    id: str
    text: str
    spans: tuple[Entity, ...]
    scheme: str
    annotated: frozenset[str]
    source: str = ""  # the format it came from (training repeats sources by this name)


@dataclass(frozen=True)
class FormatSpec:
    """How one file format's labels map onto fayan's."""

    name: str
    scheme: str
    match: Literal["span", "string"]
    labels: Mapping[str, tuple[str, ...]]
    role_cues: tuple[str, ...] = ()
    role_cue_label: str = ""
    role_default: str = ""
    absent: frozenset[str] = frozenset()  # fayan labels the file's sentences are known not to contain

    def to_file_label(self) -> dict[str, str]:
        """fayan label -> this file's label (fayan labels the file lacks are absent)."""
        out: dict[str, str] = {}
        for file_label, fayan_labels in self.labels.items():
            for lab in fayan_labels:
                out.setdefault(lab, file_label)
        return out


@dataclass(frozen=True)
class LabelSpec:
    """fayan's label set, its tag layers and annotation schemes (``labels.json``).

    Labels in one layer never overlap, so each layer is tagged with BIO on its
    own; labels in different layers may nest (a victim inside a stolen item).

    >>> spec = load_label_spec()
    >>> spec.tags(0)
    ('O', 'B-defendant', 'I-defendant', 'B-victim', 'I-victim', 'B-person', 'I-person')
    >>> spec.layer_of("drug"), spec.scheme_id("cail2022_drug")
    (3, 1)
    """

    labels: Mapping[str, str]
    layers: tuple[tuple[str, ...], ...]
    schemes: tuple[str, ...]
    default_scheme: str
    formats: Mapping[str, FormatSpec]
    source: str = ""
    text: str = field(default="", repr=False)  # the file as read: a saved model writes it back unchanged
    role_cues: Mapping[str, str] = field(default_factory=dict)  # role word -> person label it gives
    gain_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "before" / "sold" -> words
    #: "use" / "prepare" / "drive" / "named" -> cue words, "tools" / "vehicles" -> nouns (see fayan.nlp.ner.tool_cues)
    tool_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    document_names: bool = False  # make person names agree across a document (apply_document_names)
    #: None: each layer's spans are the CRF's best tag path (Viterbi); a number t: the non-overlapping spans that
    #: maximise the sum of (span probability - t), minimum-Bayes-risk decoding (see ``_Layout.mbr``)
    span_threshold: float | None = None

    def tags(self, layer: int) -> tuple[str, ...]:
        out = ["O"]
        for lab in self.layers[layer]:
            out += [f"B-{lab}", f"I-{lab}"]
        return tuple(out)

    def layer_of(self, label: str) -> int:
        for i, layer in enumerate(self.layers):
            if label in layer:
                return i
        raise UsageError(f"unknown NER label {label!r}; labels are {', '.join(self.labels)}")

    def scheme_id(self, scheme: str) -> int:
        if scheme not in self.schemes:
            raise UsageError(f"unknown NER scheme {scheme!r}; schemes are {', '.join(self.schemes)}")
        return self.schemes.index(scheme)

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        """How many tags each layer has (``O`` plus ``B-``/``I-`` per label)."""
        return tuple(1 + 2 * len(layer) for layer in self.layers)

    @property
    def n_tags(self) -> int:
        return sum(self.layer_sizes)


#: the lists of ``labels.json``'s ``tool_cues``: cue words before a tool or a vehicle, words that name what follows
#: (or, with 等 / 作为 before them, what precedes) as the tool of the crime, and the tool and vehicle nouns
TOOL_CUE_KEYS = ("use", "prepare", "drive", "named", "tools", "vehicles")


def load_label_spec(path: str | Path | None = None) -> LabelSpec:
    """Read a ``labels.json`` (default: the shipped one); errors name the file and the problem."""
    p = Path(path) if path is not None else MODEL_DIR / "labels.json"
    if p.is_dir():
        p = p / "labels.json"
    try:
        stat = p.stat()
    except OSError as exc:
        raise ModelError(f"{p}: label spec not found ({exc.strerror})") from exc
    return _load_spec(str(p), stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _load_spec(path: str, mtime_ns: int) -> LabelSpec:
    try:
        text = Path(path).read_text(encoding="utf-8")
        raw = json.loads(text)
        labels = dict(raw["labels"])
        layers = tuple(tuple(layer) for layer in raw["layers"])
        schemes = tuple(raw["schemes"])
        formats: dict[str, FormatSpec] = {}
        for name, f in raw["formats"].items():
            roles = f.get("roles", {})
            formats[name] = FormatSpec(
                name=name,
                scheme=f["scheme"],
                match=f["match"],
                labels={k: tuple(v) for k, v in f["labels"].items()},
                role_cues=tuple(roles.get("cues", ())),
                role_cue_label=roles.get("cue_label", ""),
                role_default=roles.get("default", ""),
                absent=frozenset(f.get("absent", ())),
            )
        default_scheme = raw["default_scheme"]
        role_cues = {str(k): str(v) for k, v in raw.get("role_cues", {}).items()}
        gain_cues = {str(k): tuple(str(w) for w in v) for k, v in raw.get("gain_cues", {}).items()}
        tool_cues = {str(k): tuple(str(w) for w in v) for k, v in raw.get("tool_cues", {}).items()}
        document_names = raw.get("document_names", False)
        span_threshold = raw.get("span_threshold")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{path}: malformed label spec ({type(exc).__name__}: {exc})") from exc
    flat = [lab for layer in layers for lab in layer]
    problems = []
    if sorted(flat) != sorted(labels) or len(set(flat)) != len(flat):
        problems.append("every label must sit in exactly one layer")
    if default_scheme not in schemes:
        problems.append(f"default_scheme {default_scheme!r} is not among the schemes")
    for f in formats.values():
        if f.scheme not in schemes:
            problems.append(f"format {f.name}: unknown scheme {f.scheme!r}")
        bad = ({lab for labs in f.labels.values() for lab in labs} | f.absent) - set(labels)
        if bad:
            problems.append(f"format {f.name}: unknown labels {sorted(bad)}")
        both = f.absent & {lab for labs in f.labels.values() for lab in labs}
        if both:
            problems.append(f"format {f.name}: labels both mapped and absent {sorted(both)}")
    bad_roles = sorted({lab for lab in role_cues.values() if not layers or lab not in layers[0]})
    if bad_roles:
        problems.append(f"role_cues: {bad_roles} are not labels of the person layer (the first)")
    if set(gain_cues) - {"before", "sold"} or any(not w for ws in gain_cues.values() for w in ws):
        problems.append('gain_cues: only "before" and "sold" lists of non-empty words')
    if gain_cues and "gain" not in labels:
        problems.append("gain_cues: there is no label gain")
    if set(tool_cues) - set(TOOL_CUE_KEYS) or any(not w for ws in tool_cues.values() for w in ws):
        problems.append(f"tool_cues: only {', '.join(map(repr, TOOL_CUE_KEYS))} lists of non-empty words")
    if tool_cues and "tool" not in labels:
        problems.append("tool_cues: there is no label tool")
    if not isinstance(document_names, bool):
        problems.append("document_names: true or false")
    if span_threshold is not None and (
        isinstance(span_threshold, bool) or not isinstance(span_threshold, int | float) or not 0 < span_threshold < 1
    ):
        problems.append("span_threshold: null or a number between 0 and 1")
    if problems:
        raise ModelError(f"{path}: " + "; ".join(problems))
    return LabelSpec(
        labels, layers, schemes, default_scheme, formats, source=path, text=text,
        role_cues=role_cues, gain_cues=gain_cues, tool_cues=tool_cues, document_names=document_names,
        span_threshold=None if span_threshold is None else float(span_threshold),
    )


_LIST_JOINERS = frozenset({"、"})  # 与 and 和 often join people of different roles (被告人甲与买家乙)


def apply_role_cues(text: str, entities: Sequence[Entity], spec: LabelSpec) -> list[Entity]:
    """Give a person the role its cue word shows: ``被害人李某`` is a victim whatever the model said.

    A person mention that directly follows a word of ``spec.role_cues`` (the
    longest that fits) takes that word's label; a name listed after such a
    mention (``被告人王某、刘某、陈某``) takes the same.  Other entities and
    persons without a cue keep the model's label.  The model alone confuses
    roles in sentences like ``被被害人牛某某发现`` (one of its most frequent
    errors on the theft data).

    >>> spec = load_label_spec()
    >>> ents = [Entity(3, 5, "王某", "victim", 0.6), Entity(6, 8, "刘某", "victim", 0.6), Entity(13, 15, "李某", "defendant", 0.5)]
    >>> [e.label for e in apply_role_cues("被告人王某、刘某盗窃被害人李某的手机", ents, spec)]
    ['defendant', 'defendant', 'victim']
    """
    cues = spec.role_cues
    if not cues:
        return list(entities)
    persons = set(spec.layers[0])
    longest = max(map(len, cues))
    role: dict[tuple[int, int], str] = {}
    last: Entity | None = None
    for e in sorted((e for e in entities if e.label in persons), key=lambda e: (e.start, e.end)):
        before = text[max(0, e.start - longest) : e.start]
        cue = next((before[i:] for i in range(len(before)) if before[i:] in cues), None)
        if cue is not None:
            role[(e.start, e.end)] = cues[cue]
        elif last is not None and (last.start, last.end) in role and text[last.end : e.start] in _LIST_JOINERS:
            role[(e.start, e.end)] = role[(last.start, last.end)]
        last = e
    return [replace(e, label=role.get((e.start, e.end), e.label)) if e.label in persons else e for e in entities]


_GAIN_JOINERS = r"(?:共计|合计|累计|共|计|为|了|人民币)*"  # 获利共计[3000元], 赃款人民币[500元]


def apply_gain_cues(text: str, entities: Sequence[Entity], spec: LabelSpec) -> list[Entity]:
    """Make money or value that the text shows as the proceeds of the loot a ``gain``.

    Two contexts (words from ``spec.gain_cues``): after a ``before`` word (销赃获利[300元], 共获利[人民币6000元]),
    and between 以 and a ``sold`` word (以[350元]的价格卖给, 以[人民币900元]卖给). The model alone mostly calls these
    a value: gains have a few training mentions against hundreds of values.

    >>> spec = load_label_spec()
    >>> t = "被告人甲将电动车推走，后以350元的价格卖给了乙。"
    >>> [e.label for e in apply_gain_cues(t, [Entity(13, 17, "350元", "value", 0.8)], spec)]
    ['gain']
    """
    before, sold = spec.gain_cues.get("before", ()), spec.gain_cues.get("sold", ())
    if not (before or sold) or "gain" not in spec.labels:
        return list(entities)
    after_re = re.compile(r"(?:的?价[格钱])?(?:" + "|".join(map(re.escape, sold)) + ")") if sold else None
    before_re = re.compile("(?:" + "|".join(map(re.escape, before)) + ")" + _GAIN_JOINERS + "$") if before else None
    out = []
    for e in entities:
        if e.label in ("money", "value") and not e.text.startswith("每"):  # 以每升7.65元的价格销售: a unit price
            ahead = text[max(0, e.start - 12) : e.start]
            sale = after_re is not None and ahead.endswith("以") and after_re.match(text, e.end) is not None
            if sale or (before_re is not None and before_re.search(ahead)):
                e = replace(e, label="gain")
        out.append(e)
    return out


def apply_document_names(
    texts: Sequence[str], entities: Sequence[Sequence[Entity]], spec: LabelSpec
) -> list[list[Entity]]:
    """Make the person names of one document agree across its parts (``texts`` are that document's parts).

    The model reads a window of text at a time and sometimes cuts a name it finds whole elsewhere in the same
    document (``赵海`` for 赵海明, ``万某`` for 万某强), or misses a mention of a name it found elsewhere
    (``抓获周世朗。后在周世朗租住的…``). Two steps, over the person mentions of all parts:

    1. a mention that the text continues into a longer name found elsewhere in the document becomes that name
       (the longest; not over another person mention). A masked name of two characters (``刘某``) whose every
       occurrence in the document, two or more, runs on into the same character (``刘某满在…``, ``刘某满认为…``)
       counts as found with that character (``刘某满``), unless that is a word or a character that begins the
       text after a name (``王某贩卖``, ``王某在``, ``王某家``);
    2. an occurrence of a name found in the document (two characters or more) that no entity covers (items
       aside: they contain their owner) becomes a mention, with the label and the mean score of that name's mentions;
       not where 某 runs on before or after it (李某 in 李某某), nor inside an occurrence of a longer name of the
       document (that occurrence is added first when nothing covers it; when a mention of the model's overlaps it,
       the shorter name inside is not a name of its own).

    Neither step copies a name that is a name of three characters or more plus a word the model ran on into
    (``黄宏伟藏`` once against ``黄宏伟`` eighteen times: more than three times as often), nor one with
    punctuation in it (mask characters aside) or a ``·`` at an end (``“全``, ``玉苏甫·``).

    A name is only ever copied from the model's own mentions in the same document; what makes a part of a
    document is the caller's business (:meth:`NerModel.predict_many`'s ``documents``; one text is one
    document).

    >>> spec = load_label_spec()
    >>> texts = ["被告人赵海明贩卖毒品。", "程某给赵海明1000元。", "民警抓获赵海明。"]
    >>> ents = [[Entity(3, 6, "赵海明", "defendant", 0.9)],
    ...         [Entity(0, 2, "程某", "person", 0.9), Entity(3, 5, "赵海", "person", 0.7)], []]
    >>> [[(e.text, e.label) for e in es] for es in apply_document_names(texts, ents, spec)]
    [[('赵海明', 'defendant')], [('程某', 'person'), ('赵海明', 'person')], [('赵海明', 'defendant')]]
    """
    persons = set(spec.layers[0])
    items = set(spec.layers[spec.layer_of("item")]) if "item" in spec.labels else set()
    names, grown = _grow_names(texts, entities, persons)
    return _copy_names(texts, grown, names, persons, items)


def _grow_names(
    texts: Sequence[str], entities: Sequence[Sequence[Entity]], persons: set[str]
) -> tuple[set[str], list[list[Entity]]]:
    """Step 1 of :func:`apply_document_names`: the document's names, and its person mentions grown into the longest
    of them that the text continues into."""
    found = Counter(e.text for es in entities for e in es if e.label in persons)
    run_ons = {n: m for n in found if (m := masked_run_on(texts, n)) is not None}  # 刘某 -> 刘某满
    for n, m in run_ons.items():
        found[m] += found[n]
    ran_on = {m for m in found for n in found if len(m) > len(n) >= 3 and m.startswith(n) and found[n] > 3 * found[m]}
    names = {n for n in found if n not in ran_on and _name_like(n)}
    longer = {
        n: sorted((m for m in names if len(m) > len(n) and m.startswith(n)), key=len, reverse=True) for n in found
    }
    grown: list[list[Entity]] = []
    for text, es in zip(texts, entities):
        starts = [e.start for e in es if e.label in persons]
        out = []
        for e in es:
            if e.label in persons:
                for m in longer[e.text]:
                    end = e.start + len(m)
                    if text.startswith(m, e.start) and not any(e.start < s < end for s in starts):
                        e = replace(e, end=end, text=m)
                        break
            out.append(e)
        grown.append(out)
    return names, grown


def _copy_names(
    texts: Sequence[str], grown: list[list[Entity]], names: set[str], persons: set[str], items: set[str]
) -> list[list[Entity]]:
    """Step 2 of :func:`apply_document_names`: each uncovered occurrence of a name of ``names`` that the model
    found becomes a mention, with the label most of that name's mentions have and their mean score."""
    mentions: dict[str, list[Entity]] = {}
    for es in grown:
        for e in es:
            if e.label in persons and len(e.text) >= 2 and e.text in names:
                mentions.setdefault(e.text, []).append(e)
    copy_as = {  # name -> the label most of its mentions have, their mean score; longest first
        n: (Counter(e.label for e in ms).most_common(1)[0][0], round(sum(e.score for e in ms) / len(ms), 4))
        for n, ms in sorted(mentions.items(), key=lambda kv: len(kv[0]), reverse=True)
    }
    bigger = {n: [m for m in copy_as if len(m) > len(n) and n in m] for n in copy_as}
    result = []
    for text, es in zip(texts, grown):
        covered = [(e.start, e.end) for e in es if e.label not in items]
        added = []
        for n, (label, score) in copy_as.items():
            for at, end in name_occurrences(text, n):
                if not any(s < end and at < t for s, t in covered) and not any(_inside(text, at, end, m) for m in bigger[n]):
                    added.append(Entity(at, end, n, label, score))
                    covered.append((at, end))
        result.append(sorted(es + added, key=lambda e: (e.start, e.end, e.label)))
    return result


def name_occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of every occurrence of the name ``name`` in ``text`` that 某 does not run on before or
    after (李某 in 李某某 is another name).

    >>> list(name_occurrences("李某与李某某", "李某"))
    [(0, 2)]
    """
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if text[at - 1 : at] != "某" and text[end : end + 1] != "某":
            yield at, end
        at = text.find(name, at + 1)


def holds_any(texts: Sequence[str]) -> Callable[[str], bool]:
    """Whether a document holds one of ``texts`` (held-out sentences that training must not see), judged by each
    one's first 24 characters; texts shorter than 12 are too common to tell.

    >>> holds_any(["被告人张某于2020年5月在某地贩卖毒品。"])("……被告人张某于2020年5月在某地贩卖毒品。……")
    True
    """
    probes = [t[:24] for t in texts if len(t) >= 12]
    return lambda doc: any(p in doc for p in probes)


def _inside(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``text[start:end]`` lies inside an occurrence of ``name`` in ``text``."""
    i = text.find(name, max(0, end - len(name)))
    return 0 <= i <= start


def _name_like(name: str) -> bool:
    """Letters, digits and mask characters (王某, 李某1, 周××), with ``·`` only between parts (买买提·吐尔逊)."""
    return all(ch.isalnum() or ch in MASK_CHARS or ch == "·" for ch in name) and not (
        name.startswith("·") or name.endswith("·")
    )


# ---------------------------------------------------------------------------
# Reading the annotated files


def detect_format(path: str | Path) -> str:
    """Which of :data:`FORMATS` the file is in, judged from its first record."""
    p = Path(path)
    return _detect(read_utf8(p), p)


def _detect(raw: str, p: Path) -> str:
    first = _first_record(raw, p)
    if isinstance(first, dict) and "gold" in first and "text" in first:
        return "lawbench_theft"
    if isinstance(first, dict) and "entityMentions" in first:
        if "sentText" in first and "articleId" in first:
            return "cail2022_drug"
        return "fayan_jsonl"
    raise UnsupportedFormat(
        "not an NER file fayan reads: expected CAIL2022 JSONL (sentText, entityMentions), "
        "a LawBench 2-6 JSON list (text, gold.entities) or fayan NER JSONL (text, entityMentions)",
        str(p),
    )


def _first_record(raw: str, p: Path) -> object:
    if raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})", str(p), exc.lineno) from exc
        return data[0] if data else None
    return next((record for _, record in jsonl_objects(raw, p, RecordError)), None)


def read_gold(path: str | Path, fmt: str | None = None) -> tuple[str, list[GoldRecord]]:
    """Read an annotated file; return its format name and its records (file labels kept).

    Offsets in span formats are checked against the text: a mention whose
    ``text`` differs from ``text[start:end]`` is a :class:`~fayan.errors.RecordError`.
    """
    p = Path(path)
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown NER file format {fmt!r}; formats are {', '.join(FORMATS)}")
    raw = read_utf8(p)
    fmt = fmt or _detect(raw, p)
    if fmt == "lawbench_theft":
        return fmt, _read_lawbench(raw, p)
    return fmt, _read_span_jsonl(raw, p, fmt)


def _read_lawbench(raw: str, p: Path) -> list[GoldRecord]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg}", str(p), exc.lineno) from exc
    out = []
    for i, rec in enumerate(data):
        try:
            text = rec["text"]
            ents = rec["gold"]["entities"]
            rid = str(rec.get("id", i))
        except (KeyError, TypeError) as exc:
            raise RecordError(f"record {i}: missing {exc}", str(p)) from exc
        gold = tuple(GoldEntity(lab, s) for lab, strings in ents.items() for s in strings)
        out.append(GoldRecord(rid, rid, text, gold))
    return out


def _read_span_jsonl(raw: str, p: Path, fmt: str) -> list[GoldRecord]:
    out = []
    for lineno, rec in jsonl_objects(raw, p, RecordError):
        text = rec.get("sentText", rec.get("text"))
        mentions = rec.get("entityMentions")
        if not isinstance(text, str) or not isinstance(mentions, list):
            raise RecordError("needs a text (or sentText) string and an entityMentions list", str(p), lineno)
        if fmt == "cail2022_drug":
            rid = f"{rec.get('articleId')}-{rec.get('sentId')}"
            group = str(rec.get("articleId"))  # a batch of cases: each record is the facts of a case of its own
            document = None
        else:
            rid = str(rec.get("id", lineno))
            group = str(rec.get("group", rid))
            document = group if "group" in rec else None
        ents = []
        for m in mentions:
            try:
                s, e, lab = int(m["start"]), int(m["end"]), str(m["label"])
            except (KeyError, TypeError, ValueError) as exc:
                raise RecordError(f"entity mention needs start, end, label: {m!r}", str(p), lineno) from exc
            if not 0 <= s < e <= len(text):
                raise RecordError(f"mention [{s}, {e}) outside the text", str(p), lineno)
            if "text" in m and m["text"] != text[s:e]:
                raise RecordError(
                    f"mention text {m['text']!r} differs from text[{s}:{e}] = {text[s:e]!r}", str(p), lineno
                )
            ents.append(GoldEntity(lab, text[s:e], s, e))
        labels = rec.get("labels")
        annotated = frozenset(str(x) for x in labels) if isinstance(labels, list) else None
        out.append(GoldRecord(rid, group, text, tuple(ents), annotated, document, lineno))
    return out


# ---------------------------------------------------------------------------
# Placing string-only gold


def locate_strings(
    text: str,
    items: Sequence[tuple[str, str]],
    layer_of: Callable[[str], object] | None = None,
) -> list[tuple[int, int, str]]:
    """Place gold ``(label, string)`` pairs in ``text``; return ``(start, end, label)`` spans.

    The rule (LawBench lists a string once per mention, so a string given ``n``
    times stands for ``n`` mentions):

    1. Longer strings are placed first.  An occurrence that overlaps a span
       already placed in the same layer (``layer_of(label)``; default: every
       label its own layer) is skipped, so ``5万元`` is not found inside
       ``15万元`` and ``钱包`` not inside ``龚某的钱包一个``.
    2. Of the remaining occurrences (left to right, non-overlapping), the first
       ``n`` are taken: all of them when the string is listed as often as it
       occurs, which is the file's habit.
    3. Strings are kept exactly as given, however odd; a string that does not
       occur is dropped.

    >>> locate_strings("人民币15万元、5万元、5万元", [("盗窃获利", "人民币15万元"), ("盗窃获利", "5万元"), ("盗窃获利", "5万元")])
    [(0, 7, '盗窃获利'), (8, 11, '盗窃获利'), (12, 15, '盗窃获利')]
    >>> locate_strings("张某和张某", [("犯罪嫌疑人", "张某")])
    [(0, 2, '犯罪嫌疑人')]
    """
    layer = layer_of or (lambda lab: lab)
    counts = Counter(items)
    order = sorted(counts, key=lambda it: (-len(it[1]), _first(text, it[1]), it[0]))
    taken: dict[object, list[tuple[int, int]]] = {}
    out: list[tuple[int, int, str]] = []
    for label, s in order:
        if not s:
            continue
        busy = taken.setdefault(layer(label), [])
        occ: list[tuple[int, int]] = []
        i = text.find(s)
        while i >= 0:
            span = (i, i + len(s))
            if not any(a < span[1] and span[0] < b for a, b in busy + occ):
                occ.append(span)
            i = text.find(s, i + 1)
        for span in occ[: counts[(label, s)]]:
            busy.append(span)
            out.append((span[0], span[1], label))
    return out


def _first(text: str, s: str) -> int:
    i = text.find(s) if s else -1
    return i if i >= 0 else len(text)


def to_examples(fmt: str, records: Sequence[GoldRecord], spec: LabelSpec) -> list[Example]:
    """Training examples in fayan labels from gold records of format ``fmt``.

    * a file label mapped to one fayan label is renamed;
    * a file label mapped to several (CAIL2022's ``Nh`` person) gets a weak
      role: the format's ``cue_label`` (defendant) when the same name follows a
      role cue (被告人, 上诉人 …) anywhere in the same document, else its
      ``default`` (person);
    * string-only gold is placed with :func:`locate_strings`, layers from ``spec``.

    Labels the format does not map stay unknown (not annotated) for its sentences, except those its
    ``absent`` names: the file's sentences are known not to contain them (theft cases have no drugs), so
    they are annotated, with no spans.
    """
    fs = spec.formats.get(fmt)
    if fs is None:
        raise UsageError(f"label spec has no format {fmt!r}")
    unknown = {e.label for r in records for e in r.entities} - set(fs.labels)
    if unknown:
        raise RecordError(f"{fmt}: labels {sorted(unknown)} are not in the label spec's map")
    cued = _cued_names(fs, records)
    annotated_all = frozenset(lab for labs in fs.labels.values() for lab in labs) | fs.absent
    out = []
    for r in records:
        if fs.match == "string":
            placed = locate_strings(
                r.text,
                [(e.label, e.text) for e in r.entities],
                lambda lab: spec.layer_of(fs.labels[lab][0]),
            )
        else:
            placed = [(e.start, e.end, e.label) for e in r.entities if e.start is not None and e.end is not None]
        spans = []
        for s, e, file_label in sorted(placed):
            targets = fs.labels[file_label]
            if len(targets) == 1:
                lab = targets[0]
            else:
                lab = fs.role_cue_label if r.text[s:e] in cued.get(r.document_key, ()) else fs.role_default
            spans.append(Entity(s, e, r.text[s:e], lab))
        spans = _drop_layer_overlaps(spans, spec)
        annotated = annotated_all if r.labels is None else frozenset(
            lab for fl in r.labels for lab in fs.labels.get(fl, ())
        ) | fs.absent
        out.append(Example(r.id, r.text, tuple(spans), fs.scheme, annotated, fmt))
    return out


def _cued_names(fs: FormatSpec, records: Sequence[GoldRecord]) -> dict[tuple[str, str], set[str]]:
    """Per document, the multi-role entity strings that follow a role cue somewhere in it.

    A CAIL record is a document of its own: its ``articleId`` gathers many cases, and a buyer 李某 in one of
    them is not the defendant 李某 of another."""
    multi = {fl for fl, labs in fs.labels.items() if len(labs) > 1}
    out: dict[tuple[str, str], set[str]] = {}
    if not multi or not fs.role_cues:
        return out
    for r in records:
        for e in r.entities:
            if e.label in multi and e.start is not None:
                before = r.text[max(0, e.start - 6) : e.start]
                if any(before.endswith(c) for c in fs.role_cues):
                    out.setdefault(r.document_key, set()).add(e.text)
    return out


def _drop_layer_overlaps(spans: list[Entity], spec: LabelSpec) -> list[Entity]:
    """Keep the longer of two spans that overlap in one layer (BIO cannot hold both)."""
    keep: list[Entity] = []
    for sp in sorted(spans, key=lambda x: (x.start - x.end, x.start)):
        lay = spec.layer_of(sp.label)
        if not any(spec.layer_of(k.label) == lay and k.start < sp.end and sp.start < k.end for k in keep):
            keep.append(sp)
    return sorted(keep, key=lambda x: (x.start, x.end, x.label))


def split_records(fmt: str, records: Sequence[GoldRecord], split: Split) -> list[GoldRecord]:
    """The deterministic train / held-out split (seed :data:`SPLIT_SEED`).

    * ``cail2022_drug`` and ``fayan_jsonl``: by document (``articleId`` / ``group``):
      the sorted document ids are shuffled with ``random.Random(SPLIT_SEED)`` and
      the first ``round(0.2 * n)`` documents are held out.
    * ``lawbench_theft``: by sentence: the ids are sorted, shuffled the same way
      and the first half (``n // 2``) is held out.

    A record whose text is that of a held-out record is the same document filed
    twice and is not trained on: 33 records of the CAIL2022 file's ``articleId`` 3
    (held out) are exact copies of records of ``articleId`` 0 (one also of 28), and
    a model trained on the copies scored 0.97 micro F1 on them against 0.88 on the
    other held-out records. ``heldout`` keeps its records; ``train`` leaves the 34
    copies out.

    >>> recs = [GoldRecord(str(i), str(i), f"x{i}", ()) for i in range(10)]
    >>> len(split_records("lawbench_theft", recs, "heldout")), len(split_records("lawbench_theft", recs, "train"))
    (5, 5)
    """
    if split == "all":
        return list(records)
    if split not in ("train", "heldout"):
        raise UsageError(f"split must be 'all', 'train' or 'heldout', not {split!r}")
    if fmt == "lawbench_theft":
        keys = sorted({r.id for r in records})
        n_held = len(keys) // 2
        key_of = (lambda r: r.id)
    else:
        keys = sorted({r.group for r in records}, key=_natural)
        n_held = round(0.2 * len(keys))
        key_of = (lambda r: r.group)
    random.Random(SPLIT_SEED).shuffle(keys)
    held = set(keys[:n_held])
    if split == "heldout":
        return [r for r in records if key_of(r) in held]
    held_texts = {r.text for r in records if key_of(r) in held}
    return [r for r in records if key_of(r) not in held and r.text not in held_texts]


def _natural(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (1 << 62, key)


def map_entities(entities: Iterable[Entity], fs: FormatSpec) -> list[Entity]:
    """Rename fayan-labelled entities to the file's labels; drop labels the file lacks.

    >>> spec = load_label_spec()
    >>> [e.label for e in map_entities([Entity(0, 2, "张某", "victim"), Entity(3, 5, "1克", "drug_weight")],
    ...                                spec.formats["cail2022_drug"])]
    ['Nh', 'NW']
    """
    back = fs.to_file_label()
    return [Entity(e.start, e.end, e.text, back[e.label], e.score) for e in entities if e.label in back]


# ---------------------------------------------------------------------------
# Characters

_SPECIALS = ("[PAD]", "[UNK]", "[MASK]")
_SPACE_TOKEN = "[SPACE]"


@lru_cache(maxsize=65536)
def norm_char(ch: str) -> str:
    """The character the model sees for ``ch``: whitespace is one space, full-width is
    half-width (NFKC), Latin letters are lower case; a change that would alter the
    length is not made.

    >>> [norm_char(c) for c in "Ａ１　b①"]
    ['a', '1', ' ', 'b', '1']
    """
    if ch.isspace():
        return " "
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    low = n.lower()
    return low if len(low) == 1 else n


@dataclass(frozen=True)
class CharVocab:
    """One id per (normalised) character; ids 0–2 are ``[PAD]``, ``[UNK]``, ``[MASK]``.

    >>> v = CharVocab.build(["被告人张某", "被告人李某"], min_count=2)
    >>> v.tokens
    ('[PAD]', '[UNK]', '[MASK]', '人', '告', '某', '被')
    >>> v.encode("被告人王某")
    [6, 4, 3, 1, 5]
    """

    tokens: tuple[str, ...]
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.tokens[: len(_SPECIALS)] != _SPECIALS:
            raise ModelError(f"vocabulary must start with {', '.join(_SPECIALS)}")
        self._index.update({t: i for i, t in enumerate(self.tokens)})
        if len(self._index) != len(self.tokens):
            raise ModelError("vocabulary has duplicate entries")

    PAD = 0
    UNK = 1
    MASK = 2

    def __len__(self) -> int:
        return len(self.tokens)

    def encode(self, text: str) -> list[int]:
        """Ids for ``text``, exactly one per character."""
        index, unk = self._index, self.UNK
        return [index.get(norm_char(ch), unk) for ch in text]

    @classmethod
    def build(cls, texts: Iterable[str], min_count: int = 3) -> "CharVocab":
        """Characters seen at least ``min_count`` times, most frequent first (ties by code point)."""
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(t)
        norm: Counter[str] = Counter()
        for ch, n in counts.items():
            norm[norm_char(ch)] += n
        chars = sorted((c for c, n in norm.items() if n >= min_count and unicodedata.category(c)[0] != "C"),
                       key=lambda c: (-norm[c], c))
        return cls(_SPECIALS + tuple(chars))

    def save(self, path: str | Path) -> None:
        """Write ``vocab.txt``: one token per line, the space as ``[SPACE]``."""
        lines = [_SPACE_TOKEN if t == " " else t for t in self.tokens]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "CharVocab":
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").split("\n")
        except OSError as exc:
            raise ModelError(f"{p}: cannot read vocabulary ({exc.strerror})") from exc
        if lines and lines[-1] == "":
            lines.pop()
        for i, t in enumerate(lines, 1):
            if len(t) != 1 and t not in _SPECIALS and t != _SPACE_TOKEN:
                raise ModelError(f"{p}:{i}: a vocabulary line is one character or a [TOKEN], not {t!r}")
        return cls(tuple(" " if t == _SPACE_TOKEN else t for t in lines))
