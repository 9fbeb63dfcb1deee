"""jieba word features for the NER tagger (fayan.nlp.ner.words)."""

from __future__ import annotations

import pytest

from fayan.nlp.ner.words import N_WORD_FEATURES, word_features
from fayan.nlp.segment import base_tokenizer

_N = N_WORD_FEATURES // 4  # classes per position


@pytest.mark.parametrize(
    "text",
    ["", "。", "被告人魏某某在盐池县大水坑邮局门口以200元的价格贩卖", "ａｂｃ １２３\n\t甲基苯丙胺0.5克", "×××路XX号"],
)
def test_one_feature_per_character(text: str) -> None:
    f = word_features(text)
    assert len(f) == len(text)
    assert all(0 <= int(x) < N_WORD_FEATURES for x in f)


def test_positions_follow_jiebas_words() -> None:
    text = "被告人魏某某在盐池县大水坑邮局门口"
    words = list(base_tokenizer().cut(text, HMM=True))
    f = [int(x) // _N for x in word_features(text)]  # 0 B, 1 M, 2 E, 3 S
    expected = [p for w in words for p in ([3] if len(w) == 1 else [0] + [1] * (len(w) - 2) + [2])]
    assert f == expected


def test_word_classes() -> None:
    text = "在广州市荔湾区贩卖给张某，2017年"
    f = {w: int(word_features(text)[text.index(w)]) % _N for w in ("广州市", "贩卖", "张某", "2017")}
    assert f["广州市"] == 0  # a place of jieba's dictionary (ns)
    assert f["贩卖"] == 5  # a verb
    assert f["2017"] == 8  # no Chinese character, not in the dictionary
