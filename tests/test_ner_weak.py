"""Weak labels from the rules (fayan.nlp.ner.weak), on the project's fictional example judgments."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import fayan
from fayan.errors import InputError
from fayan.nlp.ner.data import Example, load_label_spec
from fayan.nlp.ner.weak import WEAK_SOURCE, weak_example, weak_examples

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _spans(ex: Example) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in ex.spans]


def test_drug_judgment() -> None:
    (ex,) = weak_examples([EXAMPLES / "drug_sale.txt"], load_label_spec())
    assert ex.text.startswith("经审理查明：2022年8月16日21时许") and ex.text.endswith("足以认定。")
    assert ex.scheme == "fayan" and ex.source == WEAK_SOURCE and ex.id == "drug_sale.txt"
    assert ex.annotated == frozenset()  # positive only: every label stays unknown outside the spans
    assert all(ex.text[s.start : s.end] == s.text for s in ex.spans)
    spans = _spans(ex)
    assert spans.count(("defendant", "尤志坤")) == ex.text.count("尤志坤") == 7
    assert [t for lab, t in spans if lab == "drug_weight"] == ["0.82克", "1.48克", "2.30克"]
    assert ("drug", "甲基苯丙胺") in spans
    assert ("defendant", "黄某") not in spans and ("victim", "黄某") not in spans  # a buyer: no rule says what he is


def test_theft_judgment_victims() -> None:
    (ex,) = weak_examples([EXAMPLES / "theft_single.txt"], load_label_spec())
    victims = {t for lab, t in _spans(ex) if lab == "victim"}
    assert victims == {"王某", "李某某", "周某"}
    assert sum(lab == "victim" for lab, _ in _spans(ex)) == sum(ex.text.count(v) for v in victims)


def test_masked_name_running_on_is_not_the_defendant() -> None:
    text = ("某某县人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某县人民检察院。 "
            "被告人张某，男，1990年1月1日出生。因本案于2019年12月2日被刑事拘留。 "
            "某某县人民检察院以起诉书指控被告人张某犯盗窃罪，于2020年3月1日向本院提起公诉。 "
            "经审理查明，2019年12月1日，被告人张某伙同张某某窃得手机一部。 本院认为，被告人张某构成盗窃罪。"
            "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 被告人张某犯盗窃罪，判处拘役三个月，"
            "并处罚金人民币一千元。 审判员李某 二〇二〇年四月一日 书记员王某")
    ex = weak_example(fayan.extract(text), text, "t", load_label_spec())
    assert ex is not None
    starts = [s.start for s in ex.spans if s.label == "defendant"]
    assert [ex.text[s : s + 3] for s in starts] == ["张某伙"]  # not the 张某 of 张某某


def test_excluded_text_and_unreadable_file(tmp_path: Path) -> None:
    spec = load_label_spec()
    src = EXAMPLES / "drug_sale.txt"
    held = "2022年8月16日21时许，吸毒人员黄某通过微信联系被告人尤志坤购买毒品"
    assert weak_examples([src], spec, exclude=[held]) == []
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="broken.docx"):
        weak_examples([src, bad], spec)


def test_pieces_are_positive_only() -> None:
    """Inside a weak span its layer allows only its tags; everywhere else every tag stays allowed."""
    from fayan.nlp.ner.data import CharVocab
    from fayan.nlp.ner.train import TrainConfig, make_model, pieces_for

    spec = load_label_spec()
    (ex,) = weak_examples([EXAMPLES / "drug_sale.txt"], spec)
    model = make_model(CharVocab.build([ex.text], 1), spec, TrainConfig.tiny(window=512, stride=256), 0)
    (piece,) = pieces_for([ex], model)
    covered = np.zeros(len(ex.text), dtype=bool)
    for s in ex.spans:
        covered[s.start : s.end] = True
    assert piece.allowed[~covered].all()
    d = next(s for s in ex.spans if s.label == "defendant")
    persons = model._layout.offsets[spec.layer_of("defendant")]
    j = spec.layers[spec.layer_of("defendant")].index("defendant")
    row = piece.allowed[d.start, persons : persons + 1 + 2 * len(spec.layers[0])]
    assert row.tolist() == [k == 1 + 2 * j for k in range(len(row))]  # B-defendant only


def test_training_examples_take_the_weak_labels(tmp_path: Path) -> None:
    from test_ner import _write_data_dir

    from fayan.nlp.ner.train import TrainConfig, load_training_examples

    root = _write_data_dir(tmp_path / "data")
    (root / "judgments").mkdir()
    for name in ("drug_sale.txt", "theft_single.txt"):
        shutil.copy(EXAMPLES / name, root / "judgments" / name)
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json",
                           finetune_weak_judgments=("judgments/*.txt",))
    examples, _, counts = load_training_examples(root, cfg, load_label_spec())
    assert counts[WEAK_SOURCE] == 2
    assert sorted(e.id for e in examples if e.source == WEAK_SOURCE) == ["drug_sale.txt", "theft_single.txt"]
    with pytest.raises(InputError, match="matches no file"):
        load_training_examples(root, TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json",
                                                      finetune_weak_judgments=("nothing/*.txt",)),
                               load_label_spec())
