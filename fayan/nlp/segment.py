"""Segmentation helpers: fayan's jieba user dictionary.

jieba's user dictionary is global to the process and is not saved by spaCy's
``to_disk``: whoever builds a tokenizer loads it at start-up (see
:mod:`fayan.nlp.spacy_components`).  ``jieba_user.txt`` is read through fayan's
lexicon loader, so ``#`` comments work (``jieba.load_userdict`` would take a
comment line for a word).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from fayan.errors import LexiconError
from fayan.nlp.lexicon import lexicon_dir, load_table

__all__ = ["JIEBA_USER_FILE", "jieba_user_words", "base_tokenizer", "is_dictionary_word", "dictionary_tags"]

JIEBA_USER_FILE = "jieba_user.txt"
# word [freq] [tag], separated by single spaces (jieba's user-dictionary line format)
_JIEBA_LINE = re.compile(r"^(?P<word>\S+?)(?: (?P<freq>\d+))?(?: (?P<tag>[a-z]+))?$")


def jieba_user_words(directory: str | os.PathLike[str] | None = None) -> list[tuple[str, int | None, str | None]]:
    """The entries of ``jieba_user.txt`` as ``(word, freq, tag)``, for ``jieba.Tokenizer.add_word``.

    Read through fayan's loader, so ``#`` comments work (``jieba.load_userdict``
    would take a comment line for a word).

    >>> ("危险驾驶罪", None, None) in jieba_user_words()
    True
    """
    path = lexicon_dir(directory) / JIEBA_USER_FILE
    out = []
    for line, (body,) in load_table(JIEBA_USER_FILE, 1, directory):
        m = _JIEBA_LINE.match(body)
        if m is None:
            raise LexiconError(f"expected 'word [freq] [tag]' separated by single spaces; found {body!r}", str(path), line)
        freq = m.group("freq")
        out.append((m.group("word"), int(freq) if freq else None, m.group("tag")))
    return out


@lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """A private jieba tokenizer with jieba's own dictionary only (built once per process).

    User dictionaries that other modules load into jieba's global tokenizer do not reach it, so what it cuts
    and what it calls a word do not depend on which fayan module ran first.
    """
    import logging

    import jieba

    # jieba logs its dictionary build at DEBUG level to stderr; a command-line run should stay quiet.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def is_dictionary_word(word: str) -> bool:
    """Whether jieba's own dictionary has ``word`` as a word (its prefixes of longer words have frequency 0).

    >>> is_dictionary_word("贩卖"), is_dictionary_word("满在")
    (True, False)
    """
    return base_tokenizer().FREQ.get(word, 0) > 0


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """Word -> its part-of-speech tag in jieba's own dictionary (``word freq tag`` lines): ``nr`` for a person's name
    (李四), ``n`` for a noun (钱包) ….

    Read here rather than from ``jieba.posseg``: importing that module builds its tag table for jieba's global
    tokenizer as well (about 45 MiB more and several seconds).

    >>> dictionary_tags()["李四"], dictionary_tags()["钱包"]
    ('nr', 'n')
    """
    with base_tokenizer().get_dict_file() as fh:
        lines = fh.read().decode("utf-8").splitlines()
    return {p[0]: p[2] for p in (line.split(" ") for line in lines) if len(p) == 3}
