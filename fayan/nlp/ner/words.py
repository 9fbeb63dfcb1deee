"""Word features for the character tagger: where each character sits in jieba's word, and that word's kind.

The tagger reads characters, so a word it has seen only in parts (``大水坑``, ``好又多``) gives it no hint where the
name ends.  jieba's segmentation (its own dictionary, :func:`~fayan.nlp.segment.base_tokenizer`, with its HMM for
words the dictionary lacks) gives one: every character gets one id of :data:`N_WORD_FEATURES`, its position in
its word (B, M, E, S) crossed with the word's class from the part-of-speech tag of jieba's dictionary (place,
person, organisation or other proper name, number/time/quantity, other noun, verb, other dictionary word, a word
the dictionary lacks with a Chinese character in it, and anything else: digits, Latin letters, punctuation).

The ids are a contract between a trained model and this module: changing the classes or their order needs a
retrained model, so the model's ``config.json`` records :data:`N_WORD_FEATURES`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from fayan.nlp.segment import base_tokenizer, dictionary_tags

__all__ = ["N_WORD_FEATURES", "word_features"]

_CLASSES = ("ns", "nr", "proper", "number", "noun", "verb", "word", "new", "other")
_N_CLASSES = len(_CLASSES)
N_WORD_FEATURES = 4 * _N_CLASSES  # positions B, M, E, S
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAG_CLASS = {
    tag: _CLASSES.index(name)
    for name, tags in (
        ("ns", ("ns", "s")),
        ("nr", ("nr", "nrt", "nrfg")),
        ("proper", ("nt", "nz", "j")),
        ("number", ("m", "q", "t", "mq", "tg", "mg")),
        ("noun", ("n", "ng", "vn", "an")),
        ("verb", ("v", "vg", "vd", "vi", "vq")),
    )
    for tag in tags
}
_WORD, _NEW, _OTHER = (_CLASSES.index(c) for c in ("word", "new", "other"))


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, int]:
    """Word -> class id, from the tags of jieba's own dictionary (:func:`~fayan.nlp.segment.dictionary_tags`)."""
    return {w: _TAG_CLASS.get(t, _WORD) for w, t in dictionary_tags().items()}


def _class_of(word: str, classes: dict[str, int]) -> int:
    c = classes.get(word)
    if c is not None:
        return c
    return _NEW if _HAN.search(word) else _OTHER


def word_features(text: str) -> np.ndarray:
    """One feature id per character of ``text`` (int64), in ``[0, N_WORD_FEATURES)``.

    >>> f = word_features("在广州市荔湾区")
    >>> len(f), int(f[1]) // 9, int(f[3]) // 9   # 广 begins a word (B), 市 ends it (E)
    (7, 0, 2)
    """
    classes = _word_classes()
    out = np.empty(len(text), dtype=np.int64)
    pos = 0
    for word in base_tokenizer().cut(text, HMM=True):
        n = len(word)
        c = _class_of(word, classes)
        if n == 1:
            out[pos] = 3 * _N_CLASSES + c
        else:
            out[pos] = c
            out[pos + 1 : pos + n - 1] = _N_CLASSES + c
            out[pos + n - 1] = 2 * _N_CLASSES + c
        pos += n
    if pos != len(text):  # jieba's cut yields every character once; anything else is a bug, not bad input
        raise RuntimeError(f"jieba cut {pos} characters of a text of {len(text)}")
    return out
