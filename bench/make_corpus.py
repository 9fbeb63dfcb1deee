"""Build a benchmark corpus of N judgment files from the examples and the development judgments.

    python bench/make_corpus.py 100000 bench/corpus/c100k [--seed 0]

Each output file is a copy of one source judgment (cycling through
``examples/*.txt`` and ``../shared/data/judgments/dev/*.txt``) with light,
deterministic variations so that no two files are identical: a new id (the
file name ``cNNNNNNN.txt``), a new sequence number in the case number, and for
some copies a different layout (line breaks collapsed to spaces, or a break
after every sentence) or traditional characters (OpenCC ``s2t``).  Files go
into sub-folders of 1,000.  The corpus holds real documents: never commit it
(``bench/corpus/`` is git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = (ROOT / "examples", ROOT.parent / "shared" / "data" / "judgments" / "dev")
PER_FOLDER = 1000

# the sequence number of a case number: （2018）粤0103刑初36号 → 36
_CASE_SEQ = re.compile(r"(刑[一二三四五六七]?(?:初|终|再|重|核|更|监)字?第?)(\d+)(号)")
_SENTENCE_END = re.compile(r"(?<=[。；])(?!\n)")

# the fraction of copies that get each layout variation
LAYOUTS = (("as_is", 0.75), ("flattened", 0.12), ("sentence_lines", 0.10), ("traditional", 0.03))


def source_files(sources: list[Path]) -> list[Path]:
    """The judgment .txt files under ``sources`` (README-like files and non-.txt files skipped)."""
    files: list[Path] = []
    for folder in sources:
        if not folder.is_dir():
            print(f"note: {folder} not found, skipped", file=sys.stderr)
            continue
        files.extend(sorted(p for p in folder.glob("*.txt") if p.is_file()))
    if not files:
        raise SystemExit("no source .txt files found")
    return files


def vary(text: str, rng: random.Random, layout: str, converter: object | None) -> str:
    """A lightly varied copy of ``text``."""
    text = _CASE_SEQ.sub(lambda m: f"{m[1]}{rng.randint(1, 2999)}{m[3]}", text, count=1)
    if layout == "flattened":
        text = re.sub(r"\s*\n\s*", " ", text).strip()
    elif layout == "sentence_lines":
        text = _SENTENCE_END.sub("\n", text)
    elif layout == "traditional" and converter is not None:
        text = converter.convert(text)  # type: ignore[attr-defined]
    return text


def make_corpus(n: int, out_dir: Path, sources: list[Path], seed: int = 0) -> dict[str, object]:
    files = source_files(sources)
    texts = [p.read_text(encoding="utf-8") for p in files]
    rng = random.Random(seed)
    import opencc

    converter = opencc.OpenCC("s2t")
    names, weights = zip(*LAYOUTS)
    layouts: Counter[str] = Counter()
    n_chars = 0
    out_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        layout = rng.choices(names, weights)[0]
        layouts[layout] += 1
        text = vary(texts[i % len(texts)], rng, layout, converter)
        n_chars += len(text)
        folder = out_dir / f"{i // PER_FOLDER:04d}"
        folder.mkdir(exist_ok=True)
        (folder / f"c{i:07d}.txt").write_text(text, encoding="utf-8")
    info = {"documents": n, "sources": len(files), "chars": n_chars, "layouts": layouts, "seed": seed}
    (out_dir.parent / f"{out_dir.name}.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return info


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out_dir", type=Path, help="folder to write (e.g. bench/corpus/c1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--source",
        type=Path,
        action="append",
        help="source folder (repeatable); default: examples/ and ../shared/data/judgments/dev/",
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    info = make_corpus(args.n, args.out_dir, list(args.source or DEFAULT_SOURCES), args.seed)
    print(json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main()
