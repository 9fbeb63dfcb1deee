"""The prosecutor's 量刑建议: the recommended principal punishment and the court's stance."""

from __future__ import annotations

import pytest

from fayan.nlp.recommendation import find_recommendations, stance, stances


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("公诉机关建议对被告人甲某判处拘役二个月至四个月，并处罚金。", ["甲某"], [(("甲某",), ("拘役",), 2.0, 4.0)]),
        # the second defendant named without 被告人 after a ；
        ("建议对甲某判处拘役四个月，并处罚金；对王浩然判处拘役三个月，可适用缓刑，并处罚金。", ["甲某", "王浩然"],
         [(("甲某",), ("拘役",), 4.0, 4.0), (("王浩然",), ("拘役",), 3.0, 3.0)]),
        # each further defendant after a ；as 判处被告人乙…, however long the sentence runs
        ("建议判处被告人甲某有期徒刑二年，并处罚金人民币二万元；判处被告人乙某有期徒刑一年六个月，并处罚金人民币一万五千元；判处被告人"
         "丙某拘役五个月，缓刑八个月，并处罚金人民币五千元；判处被告人丁某拘役四个月，缓刑六个月，并处罚金人民币四千元；判处被告人戊某"
         "拘役三个月，缓刑六个月，并处罚金人民币三千元。", ["甲某", "乙某", "丙某", "丁某", "戊某"],
         [(("甲某",), ("有期徒刑",), 24.0, 24.0), (("乙某",), ("有期徒刑",), 18.0, 18.0), (("丙某",), ("拘役",), 5.0, 5.0),
          (("丁某",), ("拘役",), 4.0, 4.0), (("戊某",), ("拘役",), 3.0, 3.0)]),
        ("建议判处被告人甲某有期徒刑一年十个月，并处罚金人民币５０００元；判处被告人乙某有期徒刑十个月，并处罚金人民币２０００元。",
         ["甲某", "乙某"], [(("甲某",), ("有期徒刑",), 22.0, 22.0), (("乙某",), ("有期徒刑",), 10.0, 10.0)]),
        # …、对被告人乙某判处…: a part per defendant where the one before names its punishment; 对被告人甲某、对被告人乙某
        # 判处… is one for both
        ("建议对被告人甲某判处有期徒刑一年，并处罚金、对被告人乙某判处有期徒刑十个月，并处罚金。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 12.0, 12.0), (("乙某",), ("有期徒刑",), 10.0, 10.0)]),
        ("建议对被告人甲某、对被告人乙某判处有期徒刑一年。", ["甲某", "乙某"], [(("甲某", "乙某"), ("有期徒刑",), 12.0, 12.0)]),
        # each further defendant after a ；(or a ，) as 被告人乙…, named with his punishment, without 对 or 判处
        ("建议判处被告人甲某有期徒刑二年，并处罚金人民币三万元；被告人乙某有期徒刑一年十个月，并处罚金人民币二万五千元；被告人丙某"
         "有期徒刑十个月，缓刑一年，并处罚金人民币八千元；被告人丁某拘役五个月，并处罚金人民币五千元。", ["甲某", "乙某", "丙某", "丁某"],
         [(("甲某",), ("有期徒刑",), 24.0, 24.0), (("乙某",), ("有期徒刑",), 22.0, 22.0),
          (("丙某",), ("有期徒刑",), 10.0, 10.0), (("丁某",), ("拘役",), 5.0, 5.0)]),
        ("建议判处被告人甲某有期徒刑二年，被告人乙某在有期徒刑一年至一年六个月之间量刑。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 24.0, 24.0), (("乙某",), ("有期徒刑",), 12.0, 18.0)]),
        # (not a record told after it: …；被告人乙某曾因犯盗窃罪被判处有期徒刑一年)
        ("建议判处被告人甲某有期徒刑二年；被告人乙某曾因犯盗窃罪被判处有期徒刑一年。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 24.0, 24.0)]),
        # a name is no term (陆天: six days)
        ("建议对被告人陆天雄判处有期徒刑十个月至一年，并处罚金。", ["陆天雄"], [(("陆天雄",), ("有期徒刑",), 10.0, 12.0)]),
        # a range 幅度内处刑 / 幅度内确定…刑罚, without 判处
        ("建议对被告人甲某在有期徒刑十个月至一年四个月的幅度内处刑，对被告人乙某、丙某在有期徒刑八个月至一年二个月的幅度内处刑，并均处罚金。",
         ["甲某", "乙某", "丙某"], [(("甲某",), ("有期徒刑",), 10.0, 16.0), (("乙某", "丙某"), ("有期徒刑",), 8.0, 14.0)]),
        ("建议在有期徒刑一年六个月以下的幅度内确定被告人甲某的刑罚。", ["甲某"], [(("甲某",), ("有期徒刑",), 0.0, 18.0)]),
        # the court quoting the prosecution's 量刑意见 without 建议; once when the recommendation was read before
        ("公诉机关关于对被告人甲某判处有期徒刑二年至三年的量刑意见，本院予以采纳。", ["甲某"], [(("甲某",), ("有期徒刑",), 24.0, 36.0)]),
        ("公诉机关建议对被告人甲某判处有期徒刑二年至三年。公诉机关关于对被告人甲某判处有期徒刑二年至三年的量刑意见，本院予以采纳。",
         ["甲某"], [(("甲某",), ("有期徒刑",), 24.0, 36.0)]),
        # one that names nobody: the only defendant's
        ("建议判处有期徒刑六个月至一年六个月，并处罚金。", ["甲某"], [(("甲某",), ("有期徒刑",), 6.0, 18.0)]),
        ("建议判处被告人李某拘役四个月，缓刑六个月，罚金一万二千元。", ["李某"], [(("李某",), ("拘役",), 4.0, 4.0)]),
        ("其建议对被告人丙某判处一年以下有期徒刑或拘役的量刑意见符合法律规定。", ["丙某"], [(("丙某",), ("有期徒刑", "拘役"), 0.0, 12.0)]),
        ("建议对其判处拘役一个月以上二个月以下，可以适用缓刑。", ["甲某"], [(("甲某",), ("拘役",), 1.0, 2.0)]),
        ("公诉机关建议对被告人丁某判处六个月以上二年以下有期徒刑并处罚金。", ["丁某"], [(("丁某",), ("有期徒刑",), 6.0, 24.0)]),
        ("建议对被告人张某判处二个月至三个月拘役，并处罚金。", ["张某"], [(("张某",), ("拘役",), 2.0, 3.0)]),
        ("对其在有期徒刑三至五年之间量刑。公诉机关建议对其在有期徒刑三至五年之间量刑。", [], [((), ("有期徒刑",), 36.0, 60.0)]),
        ("公诉机关建议判处被告人戊某、己某有期徒刑六个月至一年六个月。", ["戊某", "己某"], [(("戊某", "己某"), ("有期徒刑",), 6.0, 18.0)]),
        # 对二被告人: both, where there are two; 各被告人: everyone
        ("公诉机关建议在有期徒刑一年至二年的幅度内对二被告人判处刑罚。", ["甲某", "乙某"],
         [(("甲某", "乙某"), ("有期徒刑",), 12.0, 24.0)]),
        ("公诉机关建议在有期徒刑一年至二年的幅度内对二被告人判处刑罚。", ["甲某", "乙某", "丙某"], [((), ("有期徒刑",), 12.0, 24.0)]),
        ("公诉机关建议对各被告人判处拘役二个月至四个月。", ["甲某", "乙某"], [(("甲某", "乙某"), ("拘役",), 2.0, 4.0)]),
        # named after what it recommends (提出/所提…判处…的量刑建议), as the reasoning tells it
        ("公诉机关提出对被告人甲某判处十个月以下有期徒刑或者拘役，并处罚金的量刑建议合法合理，本院予以采纳。", ["甲某"],
         [(("甲某",), ("有期徒刑", "拘役"), 0.0, 10.0)]),
        ("公诉机关所提对被告人甲某以危险驾驶罪判处拘役二至六个月，并处罚金的量刑建议适当，本院予以采纳。", ["甲某"],
         [(("甲某",), ("拘役",), 2.0, 6.0)]),
        ("公诉机关提出判处被告人甲某三年以上四年以下有期徒刑并处罚金，判处被告人乙某一年六个月以上二年六个月以下有期徒刑并处罚金的"
         "量刑建议适当。", ["甲某", "乙某"], [(("甲某",), ("有期徒刑",), 36.0, 48.0), (("乙某",), ("有期徒刑",), 18.0, 30.0)]),
        ("辩护人提出对被告人判处拘役的量刑建议。", ["甲某"], []),
        ("公诉机关提出对被告人甲某在有期徒刑六个月至一年的幅度内量刑，并处罚金的建议适当，予以采纳。", ["甲某"],
         [(("甲某",), ("有期徒刑",), 6.0, 12.0)]),
        # 对其: the defendant the sentence named last before the recommendation
        ("被告人乙某、丙某系从犯。被告人甲某系逃逸，有自首情节，建议对其在有期徒刑三至五年之间量刑。", ["甲某", "乙某", "丙某"],
         [(("甲某",), ("有期徒刑",), 36.0, 60.0)]),
        # one part per defendant
        ("公诉机关建议对被告人甲某判处有期徒刑一年至二年，对被告人乙某判处有期徒刑六个月至一年，并处罚金。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 12.0, 24.0), (("乙某",), ("有期徒刑",), 6.0, 12.0)]),
        # the parts may be clauses of their own, after a ；
        ("建议对被告人甲某判处有期徒刑一年六个月，并处罚金；对被告人乙某判处有期徒刑十个月，并处罚金。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 18.0, 18.0), (("乙某",), ("有期徒刑",), 10.0, 10.0)]),
        # 分别 with one term each: not read (which term is whose is a matter of order)
        ("建议对被告人甲某、乙某分别判处有期徒刑一年、十个月。", ["甲某", "乙某"], []),
        # 前罪 / 数罪并罚 name no count: still one recommendation
        ("公诉机关建议判处被告人孙某有期徒刑八个月至十个月，并处罚金，撤销缓刑，与前罪数罪并罚。", ["孙某"],
         [(("孙某",), ("有期徒刑",), 8.0, 10.0)]),
        # the defence's view, and the phrase 量刑建议 itself, are no recommendation
        ("被告人庚某认为量刑建议过重，应在有期徒刑3年至5年内量刑。", [], []),
        ("辩护人建议对被告人判处有期徒刑一年。", [], []),
        # …though the defence counsel may witness the plea the recommendation follows in its sentence
        ("被告人庞立新自愿认罪认罚，并在辩护人见证下签署了认罪认罚具结书，建议判处被告人庞立新有期徒刑四年，并处罚金。",
         ["庞立新"], [(("庞立新",), ("有期徒刑",), 48.0, 48.0)]),
        ("被告人庞立新在辩护人韩秋在场的情况下签署具结书，建议判处其有期徒刑八个月。", ["庞立新"],
         [(("庞立新",), ("有期徒刑",), 8.0, 8.0)]),
        # (not the defence's own view after it)
        ("被告人庞立新在辩护人见证下签署具结书，建议判处其有期徒刑八个月。辩护人提出，被告人系初犯，建议判处其拘役五个月。",
         ["庞立新"], [(("庞立新",), ("有期徒刑",), 8.0, 8.0)]),
        # a kind without a term: any term of that kind
        ("公诉机关建议对被告人辛某判处拘役并处罚金的刑事处罚。", ["辛某"], [(("辛某",), ("拘役",), 1.0, 6.0)]),
        ("公诉机关建议对被告人辛某判处有期徒刑或拘役。", ["辛某"], []),
    ],
)
def test_find_recommendations(text: str, names: list[str], expected: list[tuple]) -> None:
    got = find_recommendations(text, names)
    assert [(r.defendants, r.principals, r.lo_months, r.hi_months) for r in got] == expected
    assert all(text[r.start : r.end] == r.text for r in got)


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # one range per count, each read with its charge
        ("被告人甲某自愿认罪认罚。建议对其所犯非法持有毒品罪，判处有期徒刑二年，并处罚金人民币4000元；犯容留他人吸毒罪，判处拘役五个月，"
         "并处罚金人民币3000元。实行数罪并罚。", ["甲某"],
         [(("甲某",), "非法持有毒品罪", ("有期徒刑",), 24.0, 4000.0), (("甲某",), "容留他人吸毒罪", ("拘役",), 5.0, 3000.0)]),
        # a count of each defendant
        ("建议对被告人甲某犯盗窃罪，判处有期徒刑一年；对被告人乙某犯盗窃罪，判处有期徒刑八个月。", ["甲某", "乙某"],
         [(("甲某",), "盗窃罪", ("有期徒刑",), 12.0, None), (("乙某",), "盗窃罪", ("有期徒刑",), 8.0, None)]),
        # 以A罪判处…，以B罪判处…，决定执行…: each count's, and the term to execute (no charge: the whole sentence's)
        ("被告人甲某自愿认罪认罚，建议对其以诈骗罪判处有期徒刑十个月，并处罚金人民币一万元，以盗窃罪判处有期徒刑七个月，并处罚金"
         "人民币五千元，决定执行有期徒刑一年三个月，并处罚金人民币一万五千元。", ["甲某"],
         [(("甲某",), "诈骗罪", ("有期徒刑",), 10.0, 10000.0), (("甲某",), "盗窃罪", ("有期徒刑",), 7.0, 5000.0),
          (("甲某",), None, ("有期徒刑",), 15.0, 15000.0)]),
        ("建议对被告人甲某以盗窃罪判处有期徒刑一年，以诈骗罪判处有期徒刑八个月，数罪并罚，决定执行有期徒刑一年六个月；对被告人乙某"
         "以盗窃罪判处有期徒刑六个月。", ["甲某", "乙某"],
         [(("甲某",), "盗窃罪", ("有期徒刑",), 12.0, None), (("甲某",), "诈骗罪", ("有期徒刑",), 8.0, None),
          (("甲某",), None, ("有期徒刑",), 18.0, None), (("乙某",), "盗窃罪", ("有期徒刑",), 6.0, None)]),
        # 以A罪判处被告人甲某…: the defendant named after the 判处
        ("建议以危险驾驶罪判处被告人甲某拘役二个月，以危险驾驶罪判处被告人乙某拘役一个月。", ["甲某", "乙某"],
         [(("甲某",), "危险驾驶罪", ("拘役",), 2.0, None), (("乙某",), "危险驾驶罪", ("拘役",), 1.0, None)]),
        # 对被告人甲某以A罪判处…；以B罪判处…；决定执行…: the counts and the term to execute after a ；, not the first
        # count alone as the whole sentence's
        ("公诉机关建议对被告人甲某以贩卖毒品罪判处有期徒刑三年，并处罚金人民币八千元；以容留他人吸毒罪判处有期徒刑八个月，并处罚金"
         "人民币二千元；决定执行有期徒刑三年四个月，并处罚金人民币一万元。", ["甲某"],
         [(("甲某",), "贩卖毒品罪", ("有期徒刑",), 36.0, 8000.0), (("甲某",), "容留他人吸毒罪", ("有期徒刑",), 8.0, 2000.0),
          (("甲某",), None, ("有期徒刑",), 40.0, 10000.0)]),
        # …；数罪并罚，决定执行…；对被告人乙某以A罪判处…: each defendant's counts in turn
        ("建议对被告人甲某以盗窃罪判处有期徒刑一年；以诈骗罪判处有期徒刑八个月；数罪并罚，决定执行有期徒刑一年六个月；对被告人乙某"
         "以盗窃罪判处有期徒刑六个月；以诈骗罪判处拘役三个月；决定执行有期徒刑六个月。", ["甲某", "乙某"],
         [(("甲某",), "盗窃罪", ("有期徒刑",), 12.0, None), (("甲某",), "诈骗罪", ("有期徒刑",), 8.0, None),
          (("甲某",), None, ("有期徒刑",), 18.0, None), (("乙某",), "盗窃罪", ("有期徒刑",), 6.0, None),
          (("乙某",), "诈骗罪", ("拘役",), 3.0, None), (("乙某",), None, ("有期徒刑",), 6.0, None)]),
        # the term to execute of several charges alone (以A罪、B罪数罪并罚，决定执行…): the whole sentence's; the other
        # defendant's after a ；
        ("公诉机关建议对被告人甲某以受贿罪、滥用职权罪数罪并罚，决定执行有期徒刑四年六个月，并处罚金。", ["甲某"],
         [(("甲某",), None, ("有期徒刑",), 54.0, None)]),
        ("建议对被告人甲某以盗窃罪、诈骗罪决定执行有期徒刑二年，并处罚金人民币一万元；对被告人乙某判处有期徒刑八个月。",
         ["甲某", "乙某"], [(("甲某",), None, ("有期徒刑",), 24.0, 10000.0), (("乙某",), None, ("有期徒刑",), 8.0, None)]),
        # told after its name: 量刑建议为：以A罪判处…；以B罪判处…；决定执行…
        ("公诉机关的量刑建议为：以故意伤害罪判处有期徒刑一年；以寻衅滋事罪判处有期徒刑十个月；决定执行有期徒刑一年八个月。", ["甲某"],
         [(("甲某",), "故意伤害罪", ("有期徒刑",), 12.0, None), (("甲某",), "寻衅滋事罪", ("有期徒刑",), 10.0, None),
          (("甲某",), None, ("有期徒刑",), 20.0, None)]),
    ],
)
def test_recommendations_count_by_count(text: str, names: list[str], expected: list[tuple]) -> None:
    got = find_recommendations(text, names)
    assert [(r.defendants, r.charge, r.principals, r.lo_months, r.fine_lo_yuan) for r in got] == expected
    assert all(text[r.start : r.end] == r.text and "；" not in r.text for r in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probation, probation range, fine range) from the clauses after the principal punishment
        ("建议判处被告人李某拘役四个月，缓刑六个月，罚金一万二千元。", ("yes", 6.0, 6.0, 12000.0, 12000.0)),
        ("建议判处拘役二个月缓刑三个月。", ("yes", 3.0, 3.0, None, None)),
        ("建议判处有期徒刑一年，缓刑一年至二年。", ("yes", 12.0, 24.0, None, None)),
        ("建议判处拘役一个月，并处罚金，并建议适用缓刑。", ("yes", None, None, None, None)),
        ("建议判处拘役三个月至四个月，并处罚金人民币6000元至7000元，可依法适用缓刑。", ("may", None, None, 6000.0, 7000.0)),
        ("建议判处有期徒刑一年，如符合社区矫正条件，可适用缓刑。", ("may", None, None, None, None)),
        ("建议判处有期徒刑一年，不宜适用缓刑。", ("no", None, None, None, None)),
        # the condition told after the fine, or in a sentence of its own right after the recommendation
        ("建议判处拘役二个月至四个月，并处罚金，如符合社区矫正条件，可适用缓刑。", ("may", None, None, None, None)),
        ("建议判处拘役二个月至四个月，并处罚金。如符合社区矫正条件，可适用缓刑。", ("may", None, None, None, None)),
        ("建议判处拘役二个月至四个月，并处罚金。被告人李某当庭认罪，可适用缓刑。", (None, None, None, None, None)),
        ("建议判处有期徒刑二年至三年，并处罚金人民币二万元的量刑建议符合法律规定。", (None, None, None, 20000.0, 20000.0)),
        # 撤销缓刑 right after the term revokes an earlier probation: no 缓刑 recommended, and it ends the
        # recommendation
        ("建议判处被告人李某有期徒刑三年六个月，撤销缓刑，与前罪所判处的刑罚数罪并罚。", (None, None, None, None, None)),
        # no amount; and a clause about something else ends the recommendation
        ("建议判处有期徒刑三年，并处罚金。", (None, None, None, None, None)),
        ("建议判处有期徒刑一年，并处罚金，被告人对此无异议，可以适用缓刑。", (None, None, None, None, None)),
    ],
)
def test_recommended_probation_and_fine(text: str, expected: tuple) -> None:
    [r] = find_recommendations(text, ["李某"])
    assert (r.probation, r.probation_lo_months, r.probation_hi_months, r.fine_lo_yuan, r.fine_hi_yuan) == expected
    assert text[r.start : r.end] == r.text and "的量刑建议" not in r.text


@pytest.mark.parametrize(
    "text, word",
    [
        ("公诉机关的量刑建议适当，本院予以采纳。", "adopted"),
        ("公诉机关提出的量刑建议恰当，本院予以采纳。", "adopted"),
        ("量刑建议偏重，本院不予采纳。", "rejected"),
        ("公诉机关的量刑建议不当，本院依法调整。", "rejected"),
        ("本院依法调整量刑建议。", "rejected"),
        ("被告人认罪悔罪。", None),
        ("公诉机关关于对被告人甲某判处有期徒刑二年至三年的量刑意见，本院予以采纳。", "adopted"),
        ("辩护人提出的量刑意见，本院予以采纳。", None),  # the defence's, not the recommendation
        # the prosecution's, named by its 建议 (其 = 公诉机关), with a comma inside
        ("其建议对被告人甲某判处拘役，并处罚金的量刑意见符合法律规定，本院予以采纳。", "adopted"),
        ("辩护人建议对被告人甲某判处拘役的量刑意见，本院予以采纳。", None),
        ("公诉机关提出对被告人甲某在有期徒刑六个月至一年的幅度内量刑，并处罚金的建议适当，予以采纳。", "adopted"),
        ("公诉机关提出对被告人甲某判处有期徒刑九个月至一年的建议适当，予以采纳。", "adopted"),
        # the adjusted recommendation adopted, whatever the court said of the first one
        ("公诉机关原提出的量刑建议明显不当。公诉机关当庭调整量刑建议为：对被告人甲某判处有期徒刑一年。公诉机关调整后的量刑建议"
         "适当，本院予以采纳。", "adopted"),
        ("公诉机关对被告人甲某的量刑建议及对被告人乙某调整后的量刑建议均适当，本院予以采纳。", "adopted"),
        ("公诉机关当庭调整量刑建议为有期徒刑一年。公诉机关的量刑建议适当，本院予以采纳。", "adopted"),
        ("公诉机关调整后的量刑建议仍然偏重，本院不予采纳。", "rejected"),
        # a plea withdrawn: the recommendation no longer counts
        ("被告人甲某撤回认罪认罚，公诉机关原提出的量刑建议亦不再作为本案量刑的依据。", "rejected"),
    ],
)
def test_stance(text: str, word: str | None) -> None:
    got, span = stance(text)
    assert got == word
    assert (span is None) == (word is None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the court adopts some defendants' recommendations and departs from another's, with its reason
        ("公诉机关对被告人甲某、乙某提出的量刑建议适当，本院予以采纳。被告人丙某在本院审理期间退赔了被害人的全部损失，公诉机关对其"
         "提出的量刑建议明显不当，本院不予采纳。", {"甲某": "adopted", "乙某": "adopted", "丙某": "rejected"}),
        # …调整对其的量刑建议: the one named before; 对该量刑建议: the one its sentence names
        ("公诉机关对被告人甲某的量刑建议适当，本院予以采纳。被告人丙某退赔了全部损失，本院建议公诉机关调整对其的量刑建议，公诉机关未予"
         "调整，原量刑建议明显不当，本院不予采纳。", {"甲某": "adopted", "丙某": "rejected"}),
        ("公诉机关对被告人甲某的量刑建议适当，本院予以采纳。被告人丙某系从犯，本院对该量刑建议不予采纳。",
         {"甲某": "adopted", "丙某": "rejected"}),
        # naming no one: everyone's but those named otherwise
        ("公诉机关的量刑建议适当，本院予以采纳。公诉机关对被告人丙某的量刑建议偏重，本院不予采纳。",
         {"甲某": "adopted", "乙某": "adopted", "丙某": "rejected"}),
        ("公诉机关的量刑建议偏重，本院不予采纳。", {"甲某": "rejected", "乙某": "rejected", "丙某": "rejected"}),
        ("被告人甲某认罪悔罪。", {}),
    ],
)
def test_each_defendants_stance(text: str, expected: dict[str, str]) -> None:
    got = stances(text, ["甲某", "乙某", "丙某"])
    assert {n: w for n, (w, _span) in got.items()} == expected
    assert all("量刑建议" in text[a:b] for _w, (a, b) in got.values())


@pytest.mark.parametrize(
    "text, expected",
    [
        # words naming no one are of those recommended for only
        ("公诉机关的量刑建议适当，本院予以采纳。", {"乙某": "adopted", "丙某": "adopted"}),
        ("公诉机关对被告人乙某、丙某的量刑建议适当，本院予以采纳。", {"乙某": "adopted", "丙某": "adopted"}),
        # words naming him are his all the same
        ("公诉机关对被告人甲某、乙某、丙某的量刑建议适当，本院予以采纳。",
         {"甲某": "adopted", "乙某": "adopted", "丙某": "adopted"}),
    ],
)
def test_no_stance_of_a_defendant_recommended_nothing(text: str, expected: dict[str, str]) -> None:
    """建议对被告人乙某、丙某判处…, 甲某 recommended nothing: the court's stance on the recommendation is not his,
    unless its words name him."""
    got = stances(text, ["甲某", "乙某", "丙某"], unrecommended={"甲某"})
    assert {n: w for n, (w, _span) in got.items()} == expected


# a first recommendation of two defendants, which one adjusted at trial follows
_FIRST = "公诉机关建议对被告人甲某判处有期徒刑一年二个月，并处罚金人民币一万元；对被告人乙某判处有期徒刑七个月，缓刑一年。"


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # told after its name: 量刑建议为…
        ("公诉机关认为，被告人甲某系自首，量刑建议为有期徒刑十个月，缓刑一年。", ["甲某"],
         [(("甲某",), ("有期徒刑",), 10.0, 10.0, "yes", None)]),
        # adjusted at trial: the adjusted one replaces the first, also where the court quotes the first again
        ("公诉机关建议对被告人甲某判处有期徒刑六个月，缓刑一年，并处罚金人民币二千元。公诉机关当庭调整量刑建议为：对被告人甲某"
         "判处有期徒刑一年，并处罚金人民币五千元。公诉机关原提出的对被告人甲某判处有期徒刑六个月，缓刑一年，并处罚金人民币二千元的量刑"
         "建议明显不当。", ["甲某"],
         [(("甲某",), ("有期徒刑",), 12.0, 12.0, None, 5000.0)]),
        # the adjusted one of one defendant of two, named by 其: the other's stays
        ("公诉机关建议对被告人甲某判处有期徒刑二年，并处罚金人民币二万元；建议对被告人乙某判处有期徒刑一年，缓刑一年六个月，并处罚金"
         "人民币一万元。公诉机关据此当庭调整对被告人乙某的量刑建议，建议判处其有期徒刑十个月，缓刑一年，并处罚金人民币八千元。",
         ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 24.0, 24.0, None, 20000.0), (("乙某",), ("有期徒刑",), 10.0, 10.0, "yes", 8000.0)]),
        # adjusted for one defendant of two, the other's restated unchanged: that one stays too
        ("公诉机关建议对被告人甲某判处有期徒刑一年，对被告人乙某判处有期徒刑十个月。庭审中，公诉机关当庭调整量刑建议，建议对被告人甲某"
         "判处有期徒刑八个月，对被告人乙某判处有期徒刑十个月。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 8.0, 8.0, None, None), (("乙某",), ("有期徒刑",), 10.0, 10.0, None, None)]),
        # adjusted, told after its name, whose owner is named before it (将对被告人甲某的量刑建议调整为…, 将甲某的…,
        # 对被告人甲某的量刑建议当庭调整为…, 对其的…): his, in place of his first; the other's stays
        *((f"{_FIRST}公诉机关当庭{adjusts}有期徒刑一年，并处罚金人民币八千元。", ["甲某", "乙某"],
           [(("乙某",), ("有期徒刑",), 7.0, 7.0, "yes", None), (("甲某",), ("有期徒刑",), 12.0, 12.0, None, 8000.0)])
          for adjusts in ("将对被告人甲某的量刑建议调整为", "将甲某的量刑建议调整为", "对被告人甲某的量刑建议当庭调整为",
                          "将被告人甲某的量刑建议调整为")),
        (f"{_FIRST}被告人甲某退赔了被害人的损失，公诉机关据此将对其的量刑建议调整为有期徒刑一年。", ["甲某", "乙某"],
         [(("乙某",), ("有期徒刑",), 7.0, 7.0, "yes", None), (("甲某",), ("有期徒刑",), 12.0, 12.0, None, None)]),
        # …调整对被告人甲某的量刑建议，建议判处…: the one it adjusts names him
        (f"{_FIRST}公诉机关当庭调整对被告人甲某的量刑建议，建议判处有期徒刑一年。", ["甲某", "乙某"],
         [(("乙某",), ("有期徒刑",), 7.0, 7.0, "yes", None), (("甲某",), ("有期徒刑",), 12.0, 12.0, None, None)]),
        # each defendant's adjusted in one sentence, the second's clause after a ； naming its own 量刑建议
        # (…调整为…；对被告人甲某的量刑建议调整为…): his, in place of his first, not the first left standing
        *((f"{_FIRST}公诉机关当庭将对被告人乙某的量刑建议调整为有期徒刑六个月，缓刑一年；{second}有期徒刑一年至一年二个月。",
           ["甲某", "乙某"],
           [(("乙某",), ("有期徒刑",), 6.0, 6.0, "yes", None), (("甲某",), ("有期徒刑",), 12.0, 14.0, None, None)])
          for second in ("对被告人甲某的量刑建议调整为", "对被告人甲某的量刑建议为")),
        # 对二被告人的量刑建议调整为…: both's
        (f"{_FIRST}公诉机关当庭将对二被告人的量刑建议调整为有期徒刑六个月。", ["甲某", "乙某"],
         [(("甲某", "乙某"), ("有期徒刑",), 6.0, 6.0, None, None)]),
        # a name elsewhere in the clause is not whose it is (根据被告人甲某的退赔情况当庭调整量刑建议为…): no one's
        (f"{_FIRST}公诉机关根据被告人甲某的退赔情况当庭调整量刑建议为有期徒刑一年。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 14.0, 14.0, None, 10000.0), (("乙某",), ("有期徒刑",), 7.0, 7.0, "yes", None),
          ((), ("有期徒刑",), 12.0, 12.0, None, None)]),
        # 没有调整, 无需调整: no adjustment, the earlier one stays
        ("建议对被告人甲某判处有期徒刑一年，对被告人乙某判处有期徒刑十个月。公诉机关没有调整量刑建议，量刑建议为对被告人乙某判处有期徒刑"
         "八个月。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 12.0, 12.0, None, None), (("乙某",), ("有期徒刑",), 10.0, 10.0, None, None),
          (("乙某",), ("有期徒刑",), 8.0, 8.0, None, None)]),
        ("建议对被告人乙某判处有期徒刑十个月。公诉机关认为无需调整量刑建议，量刑建议为对被告人乙某判处有期徒刑八个月。", ["甲某", "乙某"],
         [(("乙某",), ("有期徒刑",), 10.0, 10.0, None, None), (("乙某",), ("有期徒刑",), 8.0, 8.0, None, None)]),
        # 量刑建议分别为: one defendant's after the other's, each named before his punishment
        ("公诉机关对二被告人的量刑建议分别为：被告人甲某有期徒刑三年六个月，并处罚金人民币六千元；被告人乙某有期徒刑二年，并处罚金"
         "人民币四千元。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 42.0, 42.0, None, 6000.0), (("乙某",), ("有期徒刑",), 24.0, 24.0, None, 4000.0)]),
        # 提出量刑建议：… (after a colon alone), each defendant's part after a ；
        ("公诉机关提出量刑建议：对被告人甲某判处有期徒刑四年至四年六个月，并处罚金人民币四万元；对被告人乙某判处有期徒刑二年，缓刑三年，"
         "并处罚金人民币一万元；对被告人丙某以诈骗罪判处有期徒刑二年三个月，撤销假释，与前罪数罪并罚。", ["甲某", "乙某", "丙某"],
         [(("甲某",), ("有期徒刑",), 48.0, 54.0, None, 40000.0), (("乙某",), ("有期徒刑",), 24.0, 24.0, "yes", 10000.0),
          (("丙某",), ("有期徒刑",), 27.0, 27.0, None, None)]),
        ("公诉机关的量刑建议如下：对被告人甲某判处拘役四个月，并处罚金人民币二千元。", ["甲某"],
         [(("甲某",), ("拘役",), 4.0, 4.0, None, 2000.0)]),
        # 量刑建议是否适当: a question, no recommendation
        ("关于量刑建议是否适当的问题，本院认为应判处有期徒刑三年。", ["甲某"], []),
        # 将量刑建议调整为…: the adjusted one takes the place of the first (which a counsel witnessing the plea does not
        # hide), unless it was not so adjusted
        ("被告人甲某在辩护人见证下签署具结书，建议判处拘役三个月，并处罚金。公诉机关当庭将量刑建议调整为判处拘役二个月，"
         "缓刑三个月，并处罚金人民币四千元。", ["甲某"], [(("甲某",), ("拘役",), 2.0, 2.0, "yes", 4000.0)]),
        ("建议判处被告人甲某拘役三个月。公诉机关未将量刑建议调整为判处拘役二个月。", ["甲某"],
         [(("甲某",), ("拘役",), 3.0, 3.0, None, None), (("甲某",), ("拘役",), 2.0, 2.0, None, None)]),
        # not adjusted: both stay
        ("建议对被告人甲某判处有期徒刑一年。公诉机关未调整量刑建议，建议对被告人甲某判处有期徒刑八个月。", ["甲某", "乙某"],
         [(("甲某",), ("有期徒刑",), 12.0, 12.0, None, None), (("甲某",), ("有期徒刑",), 8.0, 8.0, None, None)]),
    ],
)
def test_recommendation_told_and_adjusted(text: str, names: list[str], expected: list[tuple]) -> None:
    got = find_recommendations(text, names)
    got_ = [(r.defendants, r.principals, r.lo_months, r.hi_months, r.probation, r.fine_lo_yuan) for r in got]
    assert got_ == expected
    assert all(text[r.start : r.end] == r.text for r in got)


@pytest.mark.parametrize(
    "text",
    [
        # the form exported from its table: each label a line of its own, its content on the next
        "量刑情节\n自愿认罪认罚，签署了认罪认罚具结书；已预缴罚金\n量刑建议\n拘役三个月至四个月，可以适用缓刑，并处罚金人民币"
        "五千元\n被告人意见\n对指控的犯罪事实、罪名及量刑建议均无异议\n本院查明\n…",
        # with its colon, the next line another label's
        "量刑建议：拘役三个月至四个月，可以适用缓刑，并处罚金人民币五千元\n被告人意见：对指控的犯罪事实、罪名及量刑建议均无异议",
        # the line before a defence's, without its 。
        "辩护意见\n被告人系初犯，请求从轻处罚\n量刑建议\n拘役三个月至四个月，可以适用缓刑，并处罚金人民币五千元\n判决结果",
    ],
)
def test_a_form_layouts_recommendation_is_its_labels_line(text: str) -> None:
    """量刑建议⏎拘役三个月至四个月… (or 量刑建议：…) in a form layout: the line after the label is the recommendation,
    not the next label's line with it (…罪名及量刑建议均无异议, whose 罪 read as a second charge). It was not read."""
    got = find_recommendations(text, ["甲某"])
    got_ = [(r.defendants, r.principals, r.lo_months, r.hi_months, r.probation, r.fine_lo_yuan) for r in got]
    assert got_ == [(("甲某",), ("拘役",), 3.0, 4.0, "may", 5000.0)]
    assert got[0].text == "拘役三个月至四个月，可以适用缓刑，并处罚金人民币五千元"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fine alone: 单处罚金, the unit's where it names 被告单位 (the only unit), with its amount or range
        ("建议对被告单位判处罚金人民币二十万元，对被告人甲某判处有期徒刑一年，缓刑一年六个月，并处罚金人民币八万元。",
         [(("某某科技有限公司",), ("单处罚金",), 0.0, None, 200000.0, 200000.0),
          (("甲某",), ("有期徒刑",), 12.0, "yes", 80000.0, 80000.0)]),
        ("建议判处被告单位某某科技有限公司罚金人民币十万元至十五万元；对被告人甲某判处拘役三个月。",
         [(("某某科技有限公司",), ("单处罚金",), 0.0, None, 100000.0, 150000.0),
          (("甲某",), ("拘役",), 3.0, None, None, None)]),
        ("建议对被告单位判处罚金，对被告人甲某判处有期徒刑一年。",
         [(("某某科技有限公司",), ("单处罚金",), 0.0, None, None, None), (("甲某",), ("有期徒刑",), 12.0, None, None, None)]),
        # of a person too
        ("建议对被告人甲某单处罚金人民币五千元。", [(("甲某",), ("单处罚金",), 0.0, None, 5000.0, 5000.0)]),
        # 二被告人 counts the persons, not the unit
        ("建议对被告单位判处罚金人民币五万元；对二被告人各判处有期徒刑八个月。",
         [(("某某科技有限公司",), ("单处罚金",), 0.0, None, 50000.0, 50000.0),
          (("甲某", "乙某"), ("有期徒刑",), 8.0, None, None, None)]),
    ],
)
def test_a_fine_recommended_alone(text: str, expected: list[tuple]) -> None:
    got = find_recommendations(text, ["某某科技有限公司", "甲某", "乙某"], units=["某某科技有限公司"])
    assert [(r.defendants, r.principals, r.lo_months, r.probation, r.fine_lo_yuan, r.fine_hi_yuan)
            for r in got] == expected
    assert all(text[r.start : r.end] == r.text for r in got)


def test_a_part_naming_someone_else_is_his() -> None:
    """A part naming one who is no defendant of the record (a header defendant the result sentences for
    nothing) is his, not the only defendant's; so are the court's words naming him alone, which are not words
    naming no one."""
    text = ("建议对被告人甲某判处有期徒刑七个月，并处罚金人民币四千元；对被告人乙某判处有期徒刑六个月，缓刑一年，并处罚金人民币"
            "三千元。")
    got = find_recommendations(text, ["甲某"], others=["乙某"])
    assert [(r.defendants, r.lo_months, r.probation) for r in got] == [
        (("甲某",), 7.0, None), (("乙某",), 6.0, "yes")]
    # (without the others: both the only defendant's)
    assert [r.defendants for r in find_recommendations(text, ["甲某"])] == [("甲某",), ("甲某",)]
    said = "公诉机关对被告人乙某的量刑建议偏重，本院不予采纳。"
    assert stances(said, ["甲某"], others=["乙某"]) == {}
    both = stances("公诉机关的量刑建议适当，本院予以采纳。" + said, ["甲某"], others=["乙某"])
    assert {n: w for n, (w, _s) in both.items()} == {"甲某": "adopted"}
