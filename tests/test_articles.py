"""Cited articles: which 依照 clauses lead to the result, and how each citation is read."""

from __future__ import annotations

import pytest

from fayan.nlp.articles import criminal_law_articles, find_articles


def _cited(text: str) -> list[int | str]:
    return criminal_law_articles(find_articles(text, 0, text.index("判决如下")))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("本院认为，…。依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定，判决如下：", [264, 67]),
        ("依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第五十二条之规定，判决如下：", ["133-1", 52]),
        # Two clauses chained by punctuation: both lead to the result; other laws are left out.
        ("依照《中华人民共和国刑法》第二百三十四条第一款之规定；依照《中华人民共和国刑事诉讼法》第一百零一条之规定，判决如下：", [234]),
        ("依照《中华人民共和国刑法》第二百三十二条之规定，并依照《中华人民共和国刑法》第五十七条第一款之规定，判决如下：", [232, 57]),
        ("依照刑法第二百六十四条的规定。依照《中华人民共和国刑法》第五十二条之规定，判决如下：", [264, 52]),
        # A reference inside the reasoning, a sentence before the clause, is not part of it.
        (
            "被告人在缓刑考验期内犯新罪，应当撤销缓刑，把前罪和后罪所判处的刑罚，依照刑法第六十九条的规定，决定执行的刑罚。"
            "被告人如实供述，可以从轻处罚。依照《中华人民共和国刑法》第二百六十四条，第七十七条第一款，第六十九条之规定，判决如下：",
            [264, 77, 69],
        ),
        # No clause near the result: nothing.
        ("依照《中华人民共和国刑法》第二百六十四条之规定，" + "本院" * 40 + "判决如下：", []),
    ],
)
def test_clauses_that_lead_to_the_result(text: str, expected: list) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # The last article of a list written without its 条 (a dev judgment: 第五十二条、第五十三之规定).
        ("依照《中华人民共和国刑法》第三百四十二条、第六十七条、第五十二条、第五十三之规定，判决如下：", [342, 67, 52, 53]),
        ("依照《中华人民共和国刑法》第二百六十四条、第五十三的规定，判决如下：", [264, 53]),
        ("依照《中华人民共和国刑法》第二百六十四条、第六十七第三款之规定，判决如下：", [264, 67]),
        # Not a paragraph list written short (第三、四款), nor a paragraph or item without its article.
        ("依照《中华人民共和国刑法》第六十七条第三、四款、第五十二条之规定，判决如下：", [67, 52]),
        ("依照《中华人民共和国刑法》第二百六十四条第一款之规定，判决如下：", [264]),
    ],
)
def test_an_article_written_without_tiao(text: str, expected: list) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    "clause,expected",
    [
        # paragraphs or items listed under one 款/项: each is a citation, and the span covers the list
        ("第三百四十七条第一、四款、第六十五条第一款", [("347", 1, None, "第三百四十七条第一、四款"), ("347", 4, None, "第三百四十七条第一、四款"),
                                        ("65", 1, None, "第六十五条第一款")]),
        ("第一百三十三条之一第一款第（二）、（三）项", [("133-1", 1, 2, "第一百三十三条之一第一款第（二）、（三）项"),
                                      ("133-1", 1, 3, "第一百三十三条之一第一款第（二）、（三）项")]),
        ("第六十七条第一款、第三款", [("67", 1, None, "第六十七条第一款、第三款"), ("67", 3, None, "第六十七条第一款、第三款")]),
        ("第七十二条、第七十三条", [("72", None, None, "第七十二条"), ("73", None, None, "第七十三条")]),
    ],
)
def test_listed_paragraphs_and_items(clause: str, expected: list) -> None:
    text = f"依照《中华人民共和国刑法》{clause}之规定，判决如下："
    assert [(r.article, r.paragraph, r.item, text[r.start : r.end]) for r in find_articles(text, 0, text.index("判决如下"))] == expected
