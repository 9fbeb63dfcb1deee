"""Rewrites that must not change what is read, on real judgments (the examples' version is tests/test_metamorphic.py).

Usage::

    python bench/eval_rewrites.py [DIR] [--show N] [--only KIND ...]

For every ``.txt`` judgment in DIR (default ../shared/data/judgments/dev beside the project):

- **names**: each defendant's name (written at least twice, in one spelling, not a unit, not part of another's)
  is replaced in turn by names that hold characters the patterns treat as cues (以, 在, 因, 均, 犯, 和 …);
  every value read about every defendant, apart from the name itself, must stay the same;
- **dates**: every date written in digits (2018年7月30日) is spelled in Chinese numerals (二〇一八年七月三十日);
  every date read must stay the same;
- **layouts**: the whole text laid out as other sources print it: on one line, with CRLF line ends, every paragraph
  indented with two ideographic spaces, hard-wrapped at 38 characters (as text taken from a PDF), wrapped at widths
  of 22 to 40 drawn at random, with a space between each figure and its unit (2018 年 7 月 30 日), with full-width
  digits, with half-width punctuation (, ; : ( ) ! ? for ，；：（）！？); every value of the record must stay the same,
  positions and the printed case number aside, and strings compared with their punctuation and digits of one width.

Prints, per rewrite, how many copies changed something, and with ``--show N`` what changed in the first N.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fayan.pipelines.assemble import extract  # noqa: E402
from tests.test_metamorphic import NAMES, _dates, _spelled_dates, _view  # noqa: E402
from tests.test_readers import ragged_wrap  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "judgments" / "dev"


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join("\n".join(p[i : i + width] for i in range(0, max(len(p), 1), width)) for p in text.split("\n"))


def _ragged(text: str) -> str:
    """Wrapped at widths of 22 to 40 drawn at random, seeded by the text's length (``tests/test_readers.py``)."""
    return ragged_wrap(text, len(text))


def _spaced_figures(text: str) -> str:
    """A space typed between each figure and its unit of dates or money, and after 人民币 (2018 年 7 月 30 日, 人民币 5000 元)."""
    text = re.sub(r"(\d)([年月日元])", r"\1 \2", text)
    text = re.sub(r"([年月])(\d)", r"\1 \2", text)
    return re.sub(r"人民币(\d)", r"人民币 \1", text)


_HALF = str.maketrans("，；：（）！？", ",;:()!?")
_FULL_DIGITS = str.maketrans({chr(ord("0") + i): chr(0xFF10 + i) for i in range(10)})
LAYOUTS = {
    "one line": lambda t: " ".join(x.strip() for x in t.split("\n") if x.strip()),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "indented": lambda t: "\n".join("\u3000\u3000" + x if x.strip() else x for x in t.split("\n")),
    "hard-wrapped": _wrap,
    "ragged-wrapped": _ragged,
    "spaced figures": _spaced_figures,
    "full-width digits": lambda t: t.translate(_FULL_DIGITS),
    "half-width punctuation": lambda t: t.translate(_HALF),
}
# positions, and what is printed as is (the case number keeps its printed characters; the fine note quotes the text)
_POSITIONAL = {"start", "end", "text", "spans", "sections", "n_chars", "source", "case_number", "case_number_parts",
               "fine_note"}
_ONE_WIDTH = str.maketrans({**{chr(0xFF10 + i): chr(ord("0") + i) for i in range(10)}, **{f: h for f, h in zip("，；：（）！？", ",;:()!?")}})


def _values(x: object) -> object:
    """The record without positions and printed forms, its strings in one width of punctuation and digits."""
    if isinstance(x, dict):
        return {k: _values(v) for k, v in x.items() if k not in _POSITIONAL}
    if isinstance(x, list):
        return [_values(v) for v in x]
    return x.translate(_ONE_WIDTH) if isinstance(x, str) else x


def _changed(a: object, b: object, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [p for k in a.keys() | b.keys() for p in _changed(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [p for i, (x, y) in enumerate(zip(a, b)) for p in _changed(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} -> {b!r}"]


def _diff(a: list, b: list) -> str:
    if len(a) != len(b):
        return f"{len(a)} defendants -> {len(b)}"
    return "; ".join(f"{x[0]}: {[(k, p, q) for k, (p, q) in enumerate(zip(x, y)) if p != q]}" for x, y in zip(a, b) if x != y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="print what changed in the first N changed copies")
    ap.add_argument("--only", action="append", default=None, metavar="KIND",
                    help="run only this rewrite (names, dates or a layout; repeatable)")
    args = ap.parse_args()
    wanted = set(args.only) if args.only else None
    files = sorted(args.dir.glob("*.txt"))
    counts = {"names": [0, 0], "dates": [0, 0], **{kind: [0, 0] for kind in LAYOUTS}}
    shown = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        record = extract(text).to_record()
        if record["status"] != "ok":
            continue
        names = [d["name"] for d in record["defendants"]]
        for d in record["defendants"] if wanted is None or "names" in wanted else ():
            old = d["name"]
            if len(old) < 2 or d["is_unit"] or d["name_variants"] or text.count(old) < 2:
                continue  # a name also spelled another way (王建峰/王建锋) is replaced in one spelling only
            if any(o != old and (o in old or old in o) for o in names):
                continue
            base = _view(record, old, old)
            for new in NAMES:
                if new in text:
                    continue
                counts["names"][1] += 1
                got = _view(extract(text.replace(old, new)).to_record(), new, old)
                if got != base:
                    counts["names"][0] += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {f.name} {old} -> {new}: {_diff(base, got)}")
        spelled = _spelled_dates(text)
        if spelled != text and (wanted is None or "dates" in wanted):
            counts["dates"][1] += 1
            a, b = _dates(record), _dates(extract(spelled).to_record())
            if a != b:
                counts["dates"][0] += 1
                if shown < args.show:
                    shown += 1
                    print(f"  {f.name} dates: {a} -> {b}")
        values = _values(record)
        for kind, rewrite in LAYOUTS.items():
            if wanted is not None and kind not in wanted:
                continue
            counts[kind][1] += 1
            changes = _changed(values, _values(extract(rewrite(text)).to_record()))
            if changes:
                counts[kind][0] += 1
                if shown < args.show:
                    shown += 1
                    print(f"  {f.name} {kind}: {'; '.join(changes[:5])}")
    print(f"{len(files)} documents in {args.dir}")
    for kind, (changed, total) in counts.items():
        print(f"{kind:<22} {changed}/{total} copies changed something")


if __name__ == "__main__":
    main()
