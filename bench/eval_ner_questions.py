"""How often the NER model finds what people ask about in unseen fact passages (CJRC questions).

Usage::

    python bench/eval_ner_questions.py [path/to/cjrc_criminal_dev.json] [--model DIR]

CJRC (CAIL2019 阅读理解) asks human questions about criminal fact passages; none of its answers were
used to train the model (its passages are in the masked-LM corpus only, without labels). Questions that ask
where (何处 but not 如何处理, 哪里, 地点…), when (何时/什么时候/时间…) or who (是谁/被害人是…) are paired with the model's
place, time or person entities of the passage. For each kind it prints how many answers an entity of that
kind overlaps (the entity points a reader to the answer) and how many it matches exactly (the same
string as one of the human answers, whose boundaries vary: 在某小区门口 / 某小区). The default path is
../shared/data/amounts/cjrc_criminal_dev.json beside the project. Needs the NER extra (torch).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from fayan.nlp.ner import NerModel, load_model  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "amounts" / "cjrc_criminal_dev.json"
KINDS = {
    "place": (re.compile(r"(?<!如)何处|哪里|什么地方|地点|在哪"), {"place"}),
    "time": (re.compile(r"何时|什么时候|时间|哪天|几点|哪一天"), {"time"}),
    "person": (re.compile(r"^谁|是谁|被害人是|受害人是|哪位|何人"), {"defendant", "victim", "person"}),
}


def evaluate(path: Path, model: NerModel) -> dict[str, Counter]:
    """Per kind: questions, answers overlapped by an entity of ``model`` of that kind, exact string matches."""
    data = json.loads(path.read_text(encoding="utf-8"))
    contexts: list[str] = []
    asked: list[tuple[int, str, dict]] = []
    for article in data["data"]:
        for para in article["paragraphs"]:
            contexts.append(para["context"])
            for q in para["qas"]:
                if str(q.get("is_impossible")).lower() == "true" or not q.get("answers"):
                    continue
                kind = next((k for k, (rx, _) in KINDS.items() if rx.search(q["question"])), None)
                if kind is not None:
                    asked.append((len(contexts) - 1, kind, q))
    predictions = model.predict_many(contexts)
    stats: dict[str, Counter] = {k: Counter() for k in KINDS}
    for ci, kind, q in asked:
        text = contexts[ci]
        first = q["answers"][0]
        s = first["answer_start"]
        if text[s : s + len(first["text"])] != first["text"]:
            s = text.find(first["text"])
        if s < 0:
            stats[kind]["unlocated"] += 1
            continue
        e = s + len(first["text"])
        ents = [x for x in predictions[ci] if x.label in KINDS[kind][1]]
        answers = {a["text"] for a in q["answers"]}
        stats[kind]["questions"] += 1
        stats[kind]["overlap"] += any(x.start < e and s < x.end for x in ents)
        stats[kind]["exact"] += any(x.text in answers for x in ents)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped model)")
    args = ap.parse_args()
    if not args.path.is_file():
        sys.exit(f"{args.path}: not found (the CJRC file of ../shared/data/amounts)")
    model = load_model(args.model)
    print(f"model={model.version} ({model.precision})")  # which weights, and how they ran, gave the numbers below
    for kind, c in evaluate(args.path, model).items():
        n = c["questions"]
        print(f"{kind:<7} {n:>4} questions  overlap {c['overlap']:>4} = {c['overlap'] / n:.3f}  "
              f"exact {c['exact']:>4} = {c['exact'] / n:.3f}" + (f"  ({c['unlocated']} answers not found in the passage)" if c["unlocated"] else ""))


if __name__ == "__main__":
    main()
