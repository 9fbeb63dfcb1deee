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


def test_any_text_gets_one_feature_per_character() -> None:
    """Random strings over many scripts and control characters: jieba's cut covers every character once."""
    import random

    rng = random.Random(0)
    ranges = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x0, 0x1F), (0x2000, 0x206F),
              (0x1F300, 0x1F6FF), (0xE000, 0xE0FF), (0xAC00, 0xAD00)]
    for _ in range(500):
        text = "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(rng.randint(0, 40)))
        assert len(word_features(text)) == len(text)
