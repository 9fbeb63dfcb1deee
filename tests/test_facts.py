"""Victims and drugs in the facts (rule fallbacks), and NER entities feeding the extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from fayan.nlp.facts import (
    drug_owners, drug_total, evidence_ranges, find_blood_alcohol, find_drugs, find_harmed, find_tallies,
    find_victims, item_values, own_drug_totals, summed_up_totals,
)
from fayan.pipelines.assemble import extract, extract_file

from tests.test_checks import BASE, TEMPLATE


@pytest.mark.parametrize(
    "text,expected",
    [
        ("被告人甲某贩卖甲基苯丙胺一包，净重0.52克。", [("甲基苯丙胺", 0.52)]),
        ("查获冰毒两包，分别重1.2克、3.4克。", [("甲基苯丙胺", 1.2), ("甲基苯丙胺", 3.4)]),
        ("扣押白色晶体一包，净重10.5克，经鉴定检出海洛因成分。", [("海洛因", 10.5)]),
        ("查获大麻叶1.2千克。", [("大麻叶", 1200.0)]),  # its own threshold (大麻叶及大麻烟), not 大麻油's
        ("被告人甲某吸食毒品后驾车。", []),
        # an unnamed substance weighed in one sentence and identified in the next
        ("查获毒品可疑物3包，净重6.1克、2.5克。经鉴定，均检出海洛因成分。", [("海洛因", 6.1), ("海洛因", 2.5)]),
        ("当场收缴毒品0.5克。经鉴定该毒品为甲基苯丙胺。", [("甲基苯丙胺", 0.5)]),
        ("查获白色晶体1包，重0.8克。次日，甲某又向乙某购买冰毒。", []),  # the next sentence names, not identifies
        ("查获金项链一条，重15克。经鉴定，价值人民币5000元。", []),  # not a drug at all
        ("查获白色晶体1包，重0.8克。\n经鉴定，检出氯胺酮成分。", []),  # another paragraph
        ("查获安钠咖6块，经称重为153.14克。", [("安钠咖", 153.14)]),
        # Chinese numerals; 千 before 克 is the unit; a quoted threshold, 数十克 and 两三克 are no quantity
        ("将购买的约七克海洛因掺入辅料，又购买了重量四公斤的氯胺酮。", [("海洛因", 7.0), ("氯胺酮", 4000.0)]),
        # the weight before its drug with 的毒品 between (not the drug named before it)
        ("查获净重为19.33克的毒品海洛因疑似物三根和净重为15.37克的毒品麻古疑似物。", [("海洛因", 19.33), ("甲基苯丙胺", 15.37)]),
        ("查获冰毒一千五百克、冰毒五十千克、冰毒一点五克。", [("甲基苯丙胺", 1500.0), ("甲基苯丙胺", 50000.0), ("甲基苯丙胺", 1.5)]),
        # milligrams (a tablet's dose per tablet, 0.3mg/片, is no weight of the drug seized)
        ("查获甲基苯丙胺片剂8包，净重9057毫克；另查获海洛因250mg。", [("甲基苯丙胺", 9.057), ("海洛因", 0.25)]),
        ("查获盐酸曲马多片100片（50mg/片）。", []),
        ("贩卖甲基苯丙胺十克以上不满五十克，又贩卖海洛因10克以上不满50克。", []),
        ("被告人甲某贩卖毒品甲基苯丙胺不满十克，其行为已构成贩卖毒品罪。", []),
        ("查获冰毒数十克、冰毒两三克、冰毒十百克。", []),
        ("查获白色晶体一包及钻戒一枚（0.5克拉），经鉴定，检出甲基苯丙胺成分。", []),  # carats are no weight
        # the gross weight (with the packing) is not a second quantity when the net weight follows
        ("查获冰毒疑似物二包，经鉴定，毛重65.7克，净重64.7克。", [("甲基苯丙胺", 64.7)]),
        ("查获冰毒一包，毛重为0.53克、净重为0.40克；另查获冰毒一包，毛重0.28克。", [("甲基苯丙胺", 0.4), ("甲基苯丙胺", 0.28)]),
        # thousands separators: 1，000克 gave 000克 (0 g), as in a real review ruling
        ("从其住处查获甲基苯丙胺1，000克、4，921.77克。", [("甲基苯丙胺", 1000.0), ("甲基苯丙胺", 4921.77)]),
        # find_drugs on text that did not go through normalise(): a full-width point gave 99．31克 as 31 g
        ("查获氯胺酮2包共计净重99．31克、氯胺酮片剂重1．26克。", [("氯胺酮", 99.31), ("氯胺酮", 1.26)]),
        ("贩卖甲基苯丙胺1,500克，另有冰毒１２．５克。", [("甲基苯丙胺", 1500.0), ("甲基苯丙胺", 12.5)]),
        ("查获冰毒两包，重1，2克。", [("甲基苯丙胺", 2.0)]),  # 1，2 is a list, not one number
        # chemical and transliterated names: heroin is diacetylmorphine, not the 吗啡 its name holds
        ("查获二乙酰吗啡一包，净重0.5克。", [("海洛因", 0.5)]),
        ("查获甲基安非他命一包，净重0.3克；k粉一包，净重1.2克。", [("甲基苯丙胺", 0.3), ("氯胺酮", 1.2)]),
        ("查获麻姑一包，净重0.6克；mdma两粒，净重0.5克。", [("甲基苯丙胺", 0.6), ("MDMA", 0.5)]),
        # tablets and things weighed, the drug identified in the next clause (经称量，上述药片净重289.6克；经鉴定，检出…)
        ("经称量，上述药片净重289.6克；经鉴定，检出甲基苯丙胺成分，含量为14.2%。", [("甲基苯丙胺", 289.6)]),
        # a drug a test did not find is no drug of the weight (waste liquid of a home lab)
        ("查获白色晶体一袋，净重41.6克，检出甲基苯丙胺成分；另查获废液两桶，共计12.5千克，经鉴定未检出甲基苯丙胺成分。",
         [("甲基苯丙胺", 41.6)]),
        ("查获白色粉末一包，净重12.5克，经鉴定，未检出海洛因、甲基苯丙胺成分。", []),  # none of a list found
        # a sentence that weighs what the one before seized, naming nothing: the drug the appraisal after it
        # identifies, or the one drug the seizure names
        ("民警从其随身携带的洗发水瓶内查获白色粉末一包。经称量，净重8.6克；经鉴定，检出海洛因成分。", [("海洛因", 8.6)]),
        ("查获白色晶体四包。经称量，共计净重14.6克；经鉴定，上述白色晶体均检出甲基苯丙胺成分。", [("甲基苯丙胺", 14.6)]),
        ("从其挎包内查获甲基苯丙胺一包。经称量，净重5.2克。", [("甲基苯丙胺", 5.2)]),
        ("查获甲基苯丙胺一包、海洛因一包。经称量，净重5.2克。", []),  # which of the two it is, is not told
        ("查获白色粉末一包。\n经称量，净重8.6克；经鉴定，检出海洛因成分。", []),  # another paragraph
        # things weighed each in its clause, each identified in a clause of its own after them: each weight is
        # its own thing's drug (not the first drug the appraisal names)
        ("查获块状物1块、绿色药丸300粒。经称量，块状物净重12.4克，绿色药丸净重31.5克；经鉴定，块状物检出海洛因成分，"
         "绿色药丸检出甲基苯丙胺成分。", [("海洛因", 12.4), ("甲基苯丙胺", 31.5)]),
        ("经称量，白色晶体净重3.3克，黄色粉末净重7.7克；经鉴定，黄色粉末中检出氯胺酮成分，白色晶体检出甲基苯丙胺成分。",
         [("甲基苯丙胺", 3.3), ("氯胺酮", 7.7)]),
    ],
)
def test_find_drugs(text: str, expected: list) -> None:
    assert [(d.drug, d.grams) for d in find_drugs(text) if d.grams is not None] == expected


def test_drug_total_prefers_a_stated_total() -> None:
    found = find_drugs("甲基苯丙胺两包，分别净重0.82克、1.48克，共计净重2.30克。")
    assert drug_total(found) == ("甲基苯丙胺", 2.3)
    assert drug_total(find_drugs("甲基苯丙胺0.8克。另查获甲基苯丙胺1.2克。")) == ("甲基苯丙胺", 2.0)


def test_a_gross_weight_is_no_quantity_where_its_label_is_not_right_before_it() -> None:
    # the gross weight with the packing, its label not right before the figure (连同包装毛重共计), then the net
    # weights: the packing is no drug (the gross weight was the largest stated total)
    text = ("查获块状物三块。经称量，三块块状物连同包装毛重共计0.215千克，去除包装后净重分别为60.1克、59.7克、60.4克，"
            "净重共计180.2克。经鉴定，上述块状物中均检出海洛因成分。")
    assert [d.grams for d in find_drugs(text) if d.grams is not None] == [60.1, 59.7, 60.4, 180.2]
    assert drug_total(find_drugs(text)) == ("海洛因", 180.2)
    # the label after the weight (含包装), the net weight in the next clause
    assert [(d.drug, d.grams) for d in find_drugs("查获海洛因一包，重12.6克（含包装），去除包装后净重11.9克。")] == [
        ("海洛因", 11.9)
    ]
    # the net weight before the gross one
    assert [d.grams for d in find_drugs("查获冰毒一包，净重2.5克，毛重3.1克。")] == [2.5]
    # a gross weight alone still counts, but is never a total of the drug
    found = find_drugs("查获冰毒三包，毛重共计5.2克。另查获冰毒一包，净重1.1克。")
    assert [(d.grams, d.total) for d in found] == [(5.2, False), (1.1, False)]


def test_the_fresh_weight_of_plants_is_no_drug_quantity() -> None:
    found = find_drugs("民警将上述大麻植株全部铲除。经现场清点，铲除的大麻植株共计3150株，称量鲜重共计942.6千克。")
    assert [d.grams for d in found if d.grams is not None] == []
    assert drug_total(found) is None
    # the plants counted, then the dried leaves sold: a drug's weight
    assert [(d.drug, d.grams) for d in find_drugs("种植大麻40株，并将收获的大麻叶晒干后贩卖，共计500克。")] == [
        ("大麻叶", 500.0)
    ]


def test_each_thing_weighed_in_a_sentence_of_its_own_is_its_own_drug() -> None:
    # two things weighed and identified, each after a ； (the sentences of find_drugs): each weight, the total
    # of its clause too, is its own thing's drug
    text = ("查获白色晶体三包、黄色粉末二包。经称量，三包白色晶体净重分别为4.21克、3.86克、2.15克，共计10.22克；"
            "二包黄色粉末净重分别为10.52克、9.33克，共计19.85克。经鉴定，上述白色晶体中均检出甲基苯丙胺成分，"
            "含量为66.2%；上述黄色粉末中均检出氯胺酮成分。")
    assert [(d.drug, d.grams) for d in find_drugs(text) if d.grams is not None] == [
        ("甲基苯丙胺", 4.21), ("甲基苯丙胺", 3.86), ("甲基苯丙胺", 2.15), ("甲基苯丙胺", 10.22),
        ("氯胺酮", 10.52), ("氯胺酮", 9.33), ("氯胺酮", 19.85),
    ]
    # the appraisal names the things by their weights, each weight then the drug found after it
    text = ("查获可疑毒品两包，其中一小包净重3.05克，另一大包净重15.62克。经鉴定，查获的可疑毒品15.62克检出甲基苯丙胺成分，"
            "3.05克检出氯胺酮成分。")
    assert [(d.drug, d.grams) for d in find_drugs(text) if d.grams is not None] == [
        ("氯胺酮", 3.05), ("甲基苯丙胺", 15.62), ("甲基苯丙胺", 15.62), ("氯胺酮", 3.05)
    ]
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", 15.62)
    text = "经鉴定，查获的毒品中18.4克检出甲基苯丙胺成分、2.35克检出咖啡因成分、0.86克中检出氯胺酮成分。"
    assert [(d.drug, d.grams) for d in find_drugs(text)] == [("甲基苯丙胺", 18.4), ("咖啡因", 2.35), ("氯胺酮", 0.86)]


@pytest.mark.parametrize(
    "text, grams, times",
    [
        ("甲某先后两次在小区门口，每次以人民币500元的价格将1包约0.9克甲基苯丙胺贩卖给乙某。", 1.8, 2),
        ("甲某分3次向乙某贩卖甲基苯丙胺，每次约0.5克。", 1.5, 3),
        # 每次 far from the weight, or no count told before it: the weight is told once
        ("甲某多次向乙某贩卖甲基苯丙胺，每次均收取现金。后甲某又将1包约0.9克甲基苯丙胺贩卖给丙某。", 0.9, 1),
        ("甲某每次以人民币500元的价格将1包约0.9克甲基苯丙胺贩卖给乙某。", 0.9, 1),
        # a total told of the deals is the quantity (each deal's weight is still twice told)
        ("甲某先后两次贩卖甲基苯丙胺，每次0.5克，共计1克。", 1.0, 2),
    ],
)
def test_drug_total_counts_a_weight_each_deal_is_told_of(text: str, grams: float, times: int) -> None:
    found = find_drugs(text)
    assert drug_total(found) == ("甲基苯丙胺", grams)
    assert max(d.times for d in found) == times


@pytest.mark.parametrize(
    "text, grams",
    [
        # the total is of the seven packets carried; the one sold before it, heavier, is not in it
        ("甲某贩卖的一包净重10.23克的晶体、随身携带的七包净重共计2.21克的晶体中，均检出甲基苯丙胺成分。", 10.23),
        ("甲某贩卖的一包净重0.23克的晶体、随身携带的七包净重共计2.21克的晶体中，均检出甲基苯丙胺成分。", 2.21),
        # a heavier weight told in another sentence, after the total or before it, is not read against it
        ("甲某共贩卖甲基苯丙胺20千克。案发后缴获含甲基苯丙胺的液体82304克。", 20000.0),
        ("甲某购得甲基苯丙胺7158克。后甲某贩卖甲基苯丙胺共计880克。", 880.0),
    ],
)
def test_drug_total_below_a_weight_told_before_it_in_its_sentence(text: str, grams: float) -> None:
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", grams)


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # each buyer's own, in brackets after the name: 乙某's two deals tallied, 丙某's one
        ("甲某将其中部分甲基苯丙胺分别贩卖给乙某（两次共计8.6克）、丙某（一次3.2克）。", [True, True]),
        ("甲某持有甲基苯丙胺（冰毒，2小包净重共计19.91克）。", [True]),
        # brackets that tell the parts, or right after a weight (the total of the weights before it), or none
        ("甲基苯丙胺3小包（分别净重0.27克、0.42克，总计净重0.69克）。", [False, False, False]),
        ("甲某贩卖甲基苯丙胺1.2克、2.3克（共计3.5克）。", [False, False, False]),
        ("甲某贩卖给乙某甲基苯丙胺共计8.6克。", [False]),
    ],
)
def test_a_weight_told_aside_in_brackets(text: str, aside: list[bool]) -> None:
    """分别贩卖给乙某（两次共计8.6克）、丙某（一次3.2克）: each weight alone in brackets after whom it is of, that one's
    own; the 8.6克 tallies deals not told with it, of which the 3.2克 after it is none."""
    assert [d.aside for d in find_drugs(text) if d.grams is not None] == aside


def test_drug_total_of_a_summary_clause() -> None:
    """A 综上 clause opens with 共 well before the weight; an episode's 共计约1千克 is not the case total."""
    text = (
        "同年9、10月间，甲某多次向他人贩卖甲基苯丙胺共计约1千克。同年10月17日，缴获甲基苯丙胺11包，净重10939.96克。"
        "2012年10月，甲某运输甲基苯丙胺1500克。综上，甲某共贩卖、运输甲基苯丙胺12439.96克；乙某贩卖甲基苯丙胺12289.96克。"
    )
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", 12439.96)
    # 37余千克: a weight with 余 before its unit
    assert drug_total(find_drugs("综上，甲某共贩卖甲基苯丙胺37余千克、甲基苯丙胺片剂约5.4千克。")) == ("甲基苯丙胺", 37000.0)


def test_drug_total_of_a_summing_up_sentence_without_a_total_word() -> None:
    """综上，甲贩卖…3000克 sums up the episodes before it (2000克 bought, 1000克 more, 1999克 seized) without 共."""
    text = ("甲某向乙某购买甲基苯丙胺2000克。同月10日，甲某又联系购买甲基苯丙胺1000克。次日，当场查获甲基苯丙胺1999克。"
            "综上，乙某贩卖甲基苯丙胺3000克，其中1000克未遂。")
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", 3000.0)


def test_the_same_weight_in_another_enumerated_item_is_another_sale() -> None:
    sales = ("1、2017年12月11日，被告人甲某以650元的价格将重10克毒品大麻出售给乙某。"
             "2、2017年12月19日，被告人甲某以650元的价格将重10克毒品大麻出售给乙某。"
             "3、2018年1月11日，被告人甲某将重20克毒品大麻出售给乙某。")
    assert drug_total(find_drugs(sales)) == ("大麻", 40.0)
    # restated: in an evidence sentence, or after 上述 / 该 — counted once
    assert drug_total(find_drugs(sales + "上述事实，有扣押的大麻10克等证据证实。")) == ("大麻", 40.0)
    again = "3、被告人甲某向乙某贩卖一小包毒品海洛因（净重0.08克），被民警查获。另查明，上述毒品海洛因0.08克已没收。"
    assert drug_total(find_drugs(again)) == ("海洛因", 0.08)
    # without items, the same weight again is a restatement (指控 and 查明)
    assert drug_total(find_drugs("甲某贩卖甲基苯丙胺0.5克。经审理查明，甲某贩卖甲基苯丙胺0.5克。")) == ("甲基苯丙胺", 0.5)


def test_a_rough_weight_gives_way_to_the_weight_measured_or_delivered() -> None:
    measured = "当场从被告人李某处查获白色晶体约40克（经检验系甲基苯丙胺，净重35.77克）及冰壶一个。"
    assert drug_total(find_drugs(measured)) == ("甲基苯丙胺", 35.77)
    ordered = ("2016年11月15日，张甲以人民币200元的价格向甲某购买1克冰毒，约定在某路附近交易。"
               "当日，甲某携带0.95克甲基苯丙胺至约定地点，被民警抓获。")
    assert drug_total(find_drugs(ordered)) == ("甲基苯丙胺", 0.95)
    # two deals, or two weights far apart, are two quantities
    assert drug_total(find_drugs("乙某向甲某购买冰毒1克。次日，乙某又向甲某购买冰毒0.95克。")) == ("甲基苯丙胺", 1.95)
    assert drug_total(find_drugs("乙某向甲某购买冰毒1克。次日查获甲基苯丙胺，净重5.2克。")) == ("甲基苯丙胺", 6.2)


def test_a_weight_that_sums_up_earlier_sentences_is_their_total() -> None:
    text = ("民警当场在被告人身上查获毒品甲基苯丙胺0.36克，后又在其租房内查获毒品甲基苯丙胺0.89克。"
            "公诉机关认为，被告人多次贩卖毒品甲基苯丙胺1.25克。")
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", 1.25)
    # three packages of one list: 0.69 = 0.27 + 0.42 by chance, and is still a package
    packages = find_drugs("将3小包甲基苯丙胺（分别净重0.27克、0.42克、0.69克）贩卖给他人。")
    assert [d.total for d in packages] == [False, False, False]
    assert drug_total(packages) == ("甲基苯丙胺", 1.38)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("查获甲基苯丙胺34.703千克、麻黄素125.65千克。", [("甲基苯丙胺", 34703.0)]),  # another substance of the list
        ("参与用300千克麻黄素制造甲基苯丙胺20千克。", [("甲基苯丙胺", 20000.0)]),  # a precursor's weight
        ("查获甲基苯丙胺3包、重10克。", [("甲基苯丙胺", 10.0)]),
        ("查获冰毒5.2克、12.3克。", [("甲基苯丙胺", 5.2), ("甲基苯丙胺", 12.3)]),
        ("查获海洛因2包、甲基苯丙胺5克。", [("甲基苯丙胺", 5.0)]),
        ("还查获含有甲基苯丙胺成分的白色晶体、粉末共计243.96克。", [("甲基苯丙胺", 243.96)]),  # forms of the drug
    ],
)
def test_a_weight_after_another_thing_of_a_list_is_not_the_drug_s(text: str, expected: list) -> None:
    assert [(d.drug, d.grams) for d in find_drugs(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a precursor (drugs.tsv: 制毒物品) named before its weight, with the drug it makes in the same sentence
        ("被告人甲某明知羟亚胺系可用于制造氯胺酮的制毒物品，仍从他人处购得羟亚胺约15千克。", []),
        ("查获麻黄碱2千克、甲基苯丙胺500克。", [("甲基苯丙胺", 500.0)]),
        # …or identified after the weight of an unnamed substance
        ("民警查获白色粉末1袋，经称量净重12.6千克。经鉴定，检出羟亚胺成分，羟亚胺可用于制造氯胺酮。", []),
        # the drug made of it keeps its own weight; a precursor named alone is no drug named
        ("被告人甲某以羟亚胺为原料制造氯胺酮，共制得氯胺酮386.5克，另查获羟亚胺1.2千克。被告人甲某向乙某出售羟亚胺。",
         [("氯胺酮", 386.5)]),
    ],
)
def test_a_precursor_s_weight_is_no_drug_s(text: str, expected: list) -> None:
    assert [(d.drug, d.grams) for d in find_drugs(text) if d.grams or d.drug == "制毒物品"] == expected


def test_a_synthetic_cannabinoid_is_no_cannabis() -> None:
    """合成大麻素类物质 is a new psychoactive substance, not 大麻; the e-liquid it is in is weighed before the test
    names it."""
    text = ("被告人甲某向他人出售含有合成大麻素类物质的电子烟油。民警当场查获该6瓶电子烟油。经称量，6瓶电子烟油共计"
            "净重52.4克；经鉴定，均检出MDMB-4en-PINACA成分，该物质属合成大麻素类物质。")
    found = find_drugs(text)
    assert {d.drug for d in found} == {"合成大麻素"}
    assert drug_total(found) == ("合成大麻素", 52.4)


@pytest.mark.parametrize(
    "text",
    [
        "被告人甲某向乙某出售盐酸曲马多片（规格：每片含盐酸曲马多50毫克，每板10片）。具体如下：",
        "被告人甲某向乙某出售曲马多片，每粒含曲马多0.1克。",
        "被告人甲某向乙某出售曲马多片20板，规格为0.05克×10片。",
        "被告人甲某向乙某出售曲马多片，50毫克每片。",
    ],
)
def test_a_tablet_s_strength_is_no_quantity(text: str) -> None:
    """每片含盐酸曲马多50毫克: what one tablet holds, not a weight dealt (nor, before 具体如下, a total)."""
    assert [d.grams for d in find_drugs(text) if d.grams] == []


def test_the_weights_of_a_sentence_that_opens_the_details_are_totals() -> None:
    """…贩卖甲基苯丙胺4910克…。具体犯罪事实如下：1、…: the summary's weight is the count's total, not one more sale."""
    text = ("2010年3月至4月中旬，被告人甲某贩卖甲基苯丙胺4910克。具体犯罪事实如下：\n"
            "1.2010年3月，被告人甲某向乙某贩卖甲基苯丙胺共计310克。\n2.2010年4月，被告人甲某贩卖甲基苯丙胺4600克。")
    found = find_drugs(text)
    assert [(d.grams, d.total) for d in found] == [(4910.0, True), (310.0, True), (4600.0, False)]
    assert drug_total(found) == ("甲基苯丙胺", 4910.0)


def test_only_the_first_weight_of_a_total_clause_is_a_total() -> None:
    found = find_drugs("在该房内查获甲基苯丙胺36袋共计34.703千克、麻黄素125.65千克以及制毒工具。")
    # (麻黄素, a precursor listed after the drug, is no weight of it)
    assert [(d.grams, d.total) for d in found] == [(34703.0, True)]
    # 共同 is not 共, near the weight or opening its clause
    assert [d.total for d in find_drugs("被告人甲某、乙某共同贩卖甲基苯丙胺5克。")] == [False]
    assert [d.total for d in find_drugs("被告人甲某、乙某共同贩卖冰毒5克。")] == [False]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("被告人甲某窃得被害人王某的手机一部。", ["王某"]),
        ("被害人张某1、被害人李某某报警。被害人张某1称…", ["张某1", "李某某"]),
        ("被害单位某某公司", []),
        ("被害人陈述证实", []),
        # unmasked names open with a surname (surnames.txt); words after 被害人 are not names
        ("被告人甲某殴打被害人欧阳青，后抢走被害人的手机，致被害人全身多处受伤，取得被害人的谅解。", ["欧阳青"]),
        ("被害人柯甲、被害人钱某1报警。被害人一直未归，被害人上车后。", ["柯甲", "钱某1"]),
        # a list after 被害人; a number before a classifier is a quantity, not part of a masked name
        ("发还了被害人曹某某、徐某某、欧阳青。", ["曹某某", "徐某某", "欧阳青"]),
        ("盗窃被害人黄某某3个配件，被害人王某、证人李某证实。", ["黄某某", "王某"]),
        ("骗取被害人张×1人民币13000元，赔偿被害人陈某某4100元。", ["张×1", "陈某某"]),
        ("受害人刘某甲之子刘某乙报案，取得受害人的谅解。", ["刘某甲"]),
        ("被害人的手机、钱包被盗。", []),
        # a masked name that keeps the given name's last character: every 钟某 of the text goes on with 善
        ("将被害人钟某善晾衣架上的衣服盗走。有被害人钟某善的陈述。", ["钟某善"]),
        ("将被害人钟某善晾衣架上的衣服盗走。", ["钟某"]),  # once is no evidence
        ("被害人钟某报警。钟某称其手机被盗。", ["钟某"]),  # the next characters differ
        # …or with a slip of 善 written no more often (山 sounds alike); 贩 is no slip of it, and a spelling written
        # more often than the cued one is somebody else's
        ("将被害人钟某善晾衣架上的衣服盗走。有钟某山的陈述。", ["钟某善"]),
        ("将被害人钟某善晾衣架上的衣服盗走。钟某贩卖毒品。", ["钟某"]),
        ("将被害人钟某善晾衣架上的衣服盗走。钟某山、钟某山的陈述。", ["钟某"]),
        # a list that runs on into the next word (钱远山签订): its last name, as the text writes it elsewhere before a
        # delimiter (of three characters, else two); nowhere so written, it is not read
        ("与被害人孙文涛、钱远山签订合同。有钱远山、孙文涛的陈述。", ["孙文涛", "钱远山"]),
        ("与被害人孙文涛、王强签订合同。有王强的陈述。", ["孙文涛", "王强"]),
        ("与被害人孙文涛、钱远山签订合同。", ["孙文涛"]),
        # …or that an amount follows right where the list ends (骗取被害人…、钱远山100万元), of three characters or two
        ("骗取被害人孙文涛、周明华、钱远山100万元。", ["孙文涛", "周明华", "钱远山"]),
        ("骗取被害人孙文涛、王强3000元。", ["孙文涛", "王强"]),
        # …or 分别 (致被害人…、钱远山分别被骗…): it tells the list ended
        ("致被害人孙文涛、周明华、钱远山分别被骗人民币3万元、2万元、1万元。", ["孙文涛", "周明华", "钱远山"]),
        ("致被害人孙文涛、王强分别被骗人民币3万元、2万元。", ["孙文涛", "王强"]),
        # the victims' money (钱 is a surname) after a count of them, or after 被害人 alone
        ("骗取孙文涛等九名被害人钱款共计人民币32万元。骗取被害人钱款，甲某提成。", []),
        # nowhere so written, but one name of three the text so writes is one character apart that sounds alike (远山 /
        # 远珊): the slip is that person's; not where the character sounds nothing like it (远峰)
        ("与被害人孙文涛、钱远珊签订合同。有钱远山、孙文涛的陈述。", ["孙文涛", "钱远山"]),
        ("与被害人孙文涛、钱远峰签订合同。有钱远山、孙文涛的陈述。", ["孙文涛"]),
        # an unmasked name before 自/当/受/经…; a word there is still none (当场, 经抢救)
        ("载被害人尹祥柱自南向北行驶，致被害人尹祥柱当场死亡，被害人许春明受伤。", ["尹祥柱", "许春明"]),
        ("被害人当场死亡，被害人经抢救无效死亡，被害人受伤。", []),
        # X某Y、: the Y is the name's (蒋某和、谢某), not a 家 or 处 after it (贺某某家、周某家)
        ("有被害人蒋某和、谢某的陈述。", ["蒋某和", "谢某"]),
        ("窃得被害人贺某某家、周某家的财物。", ["贺某某"]),  # not 贺某某家 (the list after a 家 is not read)
        # 壬癸 and the rarer 地支 mark masked names too (李某巳); 未 does not (王某未到场)
        ("有被害人李某巳的陈述。被害人王某未到场。", ["李某巳", "王某"]),
        # a note in brackets before the 、 (death-penalty reviews): the list goes on after it
        ("杀死被害人邓甲（男，殁年28岁）、阮某某（女，殁年25岁）。", ["邓甲", "阮某某"]),
        # two notes before the 、; an ordinal in brackets keeps two children of one masked name apart
        ("先后将被害人韦某甲（男，时年10岁）、黄某（一）（男，时年4岁）、梁某某（男，时年5岁）、黄某（二）（男，时年5岁）拐走。",
         ["韦某甲", "黄某（一）", "梁某某", "黄某（二）"]),
        ("有被害人王某（甲）、王某甲、李某（乙）等的陈述。", ["王某（甲）", "王某甲", "李某（乙）"]),
        # the ordinal in brackets before the cue after the name (death-penalty reviews)
        ("被告人张某因不满其女友谷某某（甲）（被害人，殁年21岁）提出分手，将其杀害。", ["谷某某（甲）"]),
        # names masked by their length, up to four 某 (not cut to the dead victim's 和某某)
        ("致被害人和某某死亡，殴打被害人和某某某某和南某某某，致二人轻伤。有被害人和某某某某、南某某某的陈述。",
         ["和某某", "和某某某某", "南某某某"]),
        # 和 after a note joins a list where the next name has its own age; a companion without one does not
        ("持菜刀砍被害人李某某（杨某的母亲，殁年48岁）和何某某（杨某的儿子，殁年4岁）的头面部。", ["李某某", "何某某"]),
        ("被害人李某某（女，殁年48岁）和其丈夫王某某一起回家。", ["李某某"]),
        # a verb after 被害人 is no name, though 呼 is a surname
        ("被告人甲某捂嘴、卡颈阻止被害人呼救，致被害人祝某某死亡。", ["祝某某"]),
        # a person without a name (某女, a foreigner) does not end the list
        ("造成被害人朱某某（男，殁年54岁）、某女（菲律宾籍，殁年55岁）、罗某某（女，殁年32岁）死亡。", ["朱某某", "罗某某"]),
        # a surname and a 甲/乙 before any word
        ("被告人甲某与被害人蔡丙发生冲突。", ["蔡丙"]),
        # a number inside the mask (白1某, 蒋2某某), as some exports write names
        ("窃得被害人白1某的手机一部、被害人蒋12某某的钱包。", ["白1某", "蒋12某某"]),
        # the victims of illegal fund-raising are its 集资参与人
        ("有集资参与人林秀明、刘景成等人的陈述。责令被告人退赔集资参与人林秀明、刘景成等人的损失。", ["林秀明", "刘景成"]),
        # a name with a middle dot, a masked compound surname, a name masked with *
        ("窃得被害人买买提·托合提经营的干果店，殴打被害人努尔兰・别克、达吾列提•叶尔肯。", ["买买提·托合提", "努尔兰・别克",
                                                                                  "达吾列提•叶尔肯"]),
        ("骗取被害人上官某某人民币102000元，窃得被害人张**的电动自行车。", ["上官某某", "张**"]),
        # an unmasked name right before its amount (a numbered list of victims), and a rarer surname (郦)
        ("1.骗取被害人谢婉婷人民币8600元；2.骗取被害人郦德胜31200元；3.骗取被害人李四人民币500元。",
         ["谢婉婷", "郦德胜", "李四"]),
        # …but not a word of the dictionary that opens with a surname (钱 of 钱包)
        ("窃取被害人钱包内人民币500元。", []),
        # a name written elsewhere, running on into the next word (放在); one of three written before an amount stays
        ("窃得被害人蒋慧放在收银台上的挎包一只。被告人退赔被害人蒋慧人民币2400元。", ["蒋慧"]),
        ("骗取被害人蒋慧人民币500元、被害人蒋慧芳人民币600元。", ["蒋慧", "蒋慧芳"]),
        # …a name with a middle dot too, though what runs on ends before a delimiter (不备，): it opens a word
        # (不备, 停放); not a longer name that is another person's (明 of 买买提明 opens no word); after 受害人 alike
        ("趁被害人阿依努尔·买买提不备，窃得其手机。被害人努尔兰・别克停放在路边的电动车被盗。有被害人阿依努尔·买买提、"
         "努尔兰・别克的陈述。", ["阿依努尔·买买提", "努尔兰・别克"]),
        ("趁受害人达吾列提•叶尔肯不备，窃得受害人达吾列提•叶尔肯的手机，殴打受害人阿依努尔·买买提，受害人阿依努尔·"
         "买买提明在家中报警。", ["达吾列提•叶尔肯", "阿依努尔·买买提", "阿依努尔·买买提明"]),
    ],
)
def test_find_victims(text: str, expected: list) -> None:
    assert find_victims(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the cue after the name, as death-penalty reviews write it; the word before the name is cut off
        ("被告人甲某酒后与其妻胡某某（被害人，殁年35岁）争吵。", ["胡某某"]),
        ("被告人甲某被村民罗甲（被害人，男，殁年22岁）发现。", ["罗甲"]),
        ("被告人甲某持刀刺伤孙子叶某丙（被害人，时年8岁）。", ["叶某丙"]),
        ("见钟某某的女儿欧阳某丙(被害人)在家。", ["欧阳某丙"]),  # a compound surname; half-width brackets
        ("市场业户组组长孙某甲（被害人，殁年44岁）", ["孙某甲"]),  # 长孙 is a compound surname, 组长 a word
        ("女儿王X（被害人，殁年3岁）、侄子李某某1（被害人，时年9岁）", ["王X", "李某某1"]),
        ("被告人甲某酒后与其妻胡2某（被害人，殁年35岁）争吵。", ["胡2某"]),
        # only the name next to the cue: 罗某壬 is listed with the victim but not marked as one
        ("被告人甲某与罗某壬、吕某某（被害人，男，殁年54岁）发生争执。", ["吕某某"]),
        # in order of first mention, once each, with the names after 被害人
        ("被害人王某报警。被告人甲某殴打其妻鞠某某（被害人，殁年33岁），被害人王某、鞠某某……", ["王某", "鞠某某"]),
        # not names: a description, a bracket of another kind, 甲 after a word that is no surname, 某 alone
        ("被告人甲某杀害一收废品男子（被害人，殁年40岁）。", []),
        ("证人陈某乙（被害人王某的表哥）证实。", ["王某"]),
        ("其子甲（被害人，殁年4岁）", []),
        ("骗乘柯甲（被害人，殁年43岁），又将连某某甲之妻何某某某（被害人）", ["柯甲", "何某某某"]),
        ("将某某（被害人，殁年4岁）", []),
    ],
)
def test_find_victims_before_the_cue(text: str, expected: list) -> None:
    assert find_victims(text) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("被害人向常在交纳100万元的保证金。", ["常在"], []),  # the victim paid 常在: 向 is no surname here
        ("被害人向欧阳将军交纳100万元。", ["欧阳将军"], []),
        ("被害人向某某报案。", ["常在"], ["向某某"]),  # 向 is a surname
        ("被害人李仁成向常在交纳100万元。", ["常在"], ["李仁成"]),
    ],
)
def test_find_victims_not_a_preposition_before_a_defendant(text: str, known: list[str], expected: list[str]) -> None:
    assert find_victims(text, known) == expected


@dataclass(frozen=True)
class _Ent:
    start: int
    end: int
    text: str
    label: str
    score: float = 0.9


class _StandIn:
    """A stand-in NER model: tags every occurrence of fixed strings (the real model has the same interface)."""

    version = "stand-in"

    def __init__(self, tags: dict[str, str]):
        self.tags = tags

    def predict(self, text: str) -> list[_Ent]:
        out = []
        for s, label in self.tags.items():
            i = text.find(s)
            while i != -1:
                out.append(_Ent(i, i + len(s), s, label))
                i = text.find(s, i + 1)
        return out


def test_ner_entities_feed_the_record(tmp_path) -> None:
    from fayan.pipelines.assemble import extract

    text = TEMPLATE.format(**BASE)
    j = extract(text)
    assert j.entities == () and j.ner_model is None
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    t, m = normalize(text)
    doc = Document(id="t", text=t, original=text, offsets=m)
    j2 = extract_document(doc, ner=_StandIn({"手机一部": "item", "他人": "victim"}))
    assert j2.ner_model == "stand-in"
    assert j2.stolen_items == ("手机一部",)
    assert "他人" in j2.victims
    for e in j2.entities:
        assert text[e.start : e.end] == e.text


def test_a_tool_found_by_cue_words_has_no_score() -> None:
    """A tool the NER model's cue words found (``source="rule"``, fayan.nlp.ner.tool_cues) is recorded as ``rule``
    without a probability; the model's own keep theirs."""
    from fayan.nlp.ner.data import Entity
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    class Cued(_StandIn):
        def predict(self, text: str) -> list[Entity]:
            i = text.find("扳手")
            return [Entity(e.start, e.end, e.text, e.label, 0.9) for e in super().predict(text)] + (
                [Entity(i, i + 2, "扳手", "tool", 1.0, "rule")] if i >= 0 else [])

    text = TEMPLATE.format(**{**BASE, "facts": "用扳手撬开他人房门，窃得手机一部，价值人民币2000元"})
    t, m = normalize(text)
    j = extract_document(Document(id="t", text=t, original=text, offsets=m), ner=Cued({"手机一部": "item"}))
    assert {(e.text, e.label, e.score, e.source) for e in j.entities} == {
        ("扳手", "tool", None, "rule"), ("手机一部", "item", 0.9, "ner")}


def test_stolen_items_are_a_property_crime_s_each_once() -> None:
    """The model's items are stolen items where a charge takes property, each once (被盗手机 after 手机一部 is it again),
    not a bare count (一部) nor a means (撬门等方式); in a drunk-driving case the vehicle is none."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    def run(text: str, tags: dict[str, str]) -> tuple[str, ...]:
        t, m = normalize(text)
        return extract_document(Document(id="t", text=t, original=text, offsets=m), ner=_StandIn(tags)).stolen_items

    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人手机一部，价值人民币2000元，后将被盗手机卖掉"})
    assert run(theft, {"手机一部": "item", "被盗手机": "item"}) == ("手机一部",)
    # a retelling of every part (宝马轿车 after 宝马轿车1辆; 笔记本电脑 after …笔记本电脑一台及证件) or 被盗财物: no item
    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人宝马轿车1辆及联想笔记本电脑一台，后将宝马轿车、笔记本电脑及被盗财物卖掉"})
    assert run(theft, {"宝马轿车1辆": "item", "联想笔记本电脑一台": "item", "宝马轿车": "item", "笔记本电脑": "item",
                       "被盗财物": "item"}) == ("宝马轿车1辆", "联想笔记本电脑一台")
    # a bare count (the model cut 一部 from 一部手机) names nothing
    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人一部手机，价值人民币2000元"})
    assert run(theft, {"一部": "item", "手机": "item"}) == ("手机",)
    # a vehicle ridden to the scene is no thing taken; one driven away, or someone's that a robbery takes, is
    theft = TEMPLATE.format(**{**BASE, "facts": "驾驶一辆轿车来到乙家中，窃得手机一部后，驾驶乙的电动三轮车（价值3570元）逃离"})
    assert run(theft, {"一辆轿车": "item", "手机一部": "item", "乙的电动三轮车": "item"}) == ("手机一部", "乙的电动三轮车")
    theft = TEMPLATE.format(**{**BASE, "facts": "骗租被害人乙驾驶的出租车至僻静处，劫得该车"})
    assert run(theft, {"出租车": "item"}) == ("出租车",)
    # 被盗的X is X again
    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人电动车一辆，后公安人员将被盗的电动车追回"})
    assert run(theft, {"电动车一辆": "item", "被盗的电动车": "item"}) == ("电动车一辆",)
    # told again with fewer words (被盗的本田牌摩托车 after 红色本田牌男式摩托车), not by another retelling
    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人红色本田牌男式摩托车一辆，后卖掉被盗的本田牌摩托车"})
    assert run(theft, {"红色本田牌男式摩托车一辆": "item", "被盗的本田牌摩托车": "item"}) == ("红色本田牌男式摩托车一辆",)
    theft = TEMPLATE.format(**{**BASE, "facts": "追回被盗三轮车内的四块电瓶，又窃得被盗三轮车的四块电瓶"})
    assert run(theft, {"被盗三轮车内的四块电瓶": "item", "被盗三轮车的四块电瓶": "item"}) == (
        "被盗三轮车内的四块电瓶", "被盗三轮车的四块电瓶")
    theft = TEMPLATE.format(**{**BASE, "facts": "窃得他人一箱香烟、一瓶白酒"})
    assert run(theft, {"一箱": "item", "香烟": "item", "一瓶": "item", "白酒": "item"}) == ("香烟", "白酒")
    # a thing bought is no thing taken; one taken under the pretext of buying is
    theft = TEMPLATE.format(**{**BASE, "facts": "用赃款购买了一辆二手轿车，又窃得他人手机一部"})
    assert run(theft, {"一辆二手轿车": "item", "手机一部": "item"}) == ("手机一部",)
    theft = TEMPLATE.format(**{**BASE, "facts": "以谎称购买电动车为由将乙的电动车骑走"})
    assert run(theft, {"乙的电动车": "item"}) == ("乙的电动车",)
    # a way of acting in a list of means (撬门、翻墙等方式) is no thing taken
    theft = TEMPLATE.format(**{**BASE, "facts": "采用剪锁、撬门、翻墙等方式进入他人家中，窃得手机一部"})
    assert run(theft, {"撬门": "item", "翻墙": "item", "手机一部": "item"}) == ("手机一部",)
    driving = TEMPLATE.format(**{**BASE, "charge": "危险驾驶罪", "facts": "醉酒驾驶小型轿车一辆在道路上行驶",
                                 "reason": "在道路上醉酒驾驶机动车，", "article": "一百三十三条之一"})
    assert run(driving, {"小型轿车一辆": "item"}) == ()
    # a thing used on a person (用电线捆绑, 用毛巾条、鼠标线捆绑) is a tool; one struck with a tool (用铁棍将…电脑砸坏) is not
    robbery = TEMPLATE.format(**{**BASE, "facts": "用毛巾条、电线捆绑住乙的四肢，劫得手机一部"})
    assert run(robbery, {"毛巾条": "item", "电线": "item", "手机一部": "item"}) == ("手机一部",)
    theft = TEMPLATE.format(**{**BASE, "facts": "用铁棍将乙经营的网吧电脑砸坏，又窃得手机一部"})
    assert run(theft, {"网吧电脑": "item", "手机一部": "item"}) == ("网吧电脑", "手机一部")
    # a fee or a tax is money owed, a password information, a 手段 or a …之机 a way of acting: no things
    theft = TEMPLATE.format(**{**BASE, "facts": "趁乙照顾小孩之机，窃得他人手机一部，逼问出银行卡密码，致其花去交通费200元"})
    assert run(theft, {"手机一部": "item", "银行卡密码": "item", "交通费": "item", "乙照顾小孩之机": "item"}) == (
        "手机一部",)
    # no conviction (an acquittal, a ruling): the charges prosecuted or reasoned on decide
    fight = TEMPLATE.format(**{**BASE, "charge": "故意伤害罪", "facts": "窃听乙的电话后持木棒殴打乙，致其左耳鼓膜穿孔"})
    acquitted = fight.replace("犯故意伤害罪，判处有期徒刑六个月，并处罚金人民币二千元", "无罪")
    assert run(acquitted, {"左耳鼓膜穿孔": "item"}) == ()
    # a fact section alone names no charge: its items are things taken where it tells a taking (窃得, 携…逃离), none
    # where it tells none (an assault)
    assert run("经审理查明：被告人甲某某持木棒殴打被害人乙某某，致其左耳鼓膜穿孔。", {"左耳鼓膜穿孔": "item"}) == ()
    taking = "经审理查明：被告人甲某某借用被害人乙某某的手机一部，尔后趁其不备携手机逃离。"
    assert run(taking, {"手机一部": "item"}) == ("手机一部",)
    assert run("经审理查明：被告人甲某某偷走被害人乙某某的手机一部。", {"手机一部": "item"}) == ("手机一部",)
    assert run("经审理查明：被告人甲某某组织他人偷渡，收取手机一部。", {"手机一部": "item"}) == ()


@pytest.mark.parametrize(
    "text,items,expected",
    [
        # its own value: in a bracket after it, after a comma and a valuation, or before it with 的
        ("劫得现金500元及手机一部（价值人民币1500元）。", ["手机"], [("1500", False)]),
        ("盗走电动车一辆，经价格认定价值2000元。", ["电动车"], [("2000", False)]),
        ("盗走价值1100元的电动自行车一辆。", ["电动自行车"], [("1100", False)]),
        ("窃得草莓20颗，共计价值10元。", ["草莓"], [("10", False)]),  # a total of one thing's count
        ("劫得手机1部（价值520元）、相机1部（价值500元）。", ["手机", "相机"], [("520", False), ("500", False)]),
        # a list's value: with a total word or after a comma, 等物品, 上述物品; the things before share it
        ("抢得项链一条、戒指两枚、手机一部（价值共计2360元）。", ["项链", "戒指", "手机"], [("2360", True)] * 3),
        ("窃得手表、钢笔，价值3万元。", ["手表", "钢笔"], [("30000", True)] * 2),
        ("劫得钱包、平板电脑等物，共计价值约2万元。", ["钱包", "平板电脑"], [("20000", True)] * 2),
        ("搜得大衣一件（上述物品共计价值2万元）。", ["大衣"], [("20000", True)]),
        ("窃取手链、戒指等金首饰（价值2万元）。", ["手链", "戒指", "金首饰"], [("20000", True)] * 3),
        ("盗得价值16370元的电脑、硬盘等物。", ["电脑"], [("16370", True)]),
        ("窃得价值700元的盆景1盆、价值1500元的红豆杉1盆，合计价值2200元。", ["盆景", "红豆杉"],
         [("700", False), ("1500", False)]),
        ("经鉴定，助力车价值2944元、摩托车价值2160元。", ["助力车", "摩托车"], [("2944", False), ("2160", False)]),
        ("经鉴定，电脑、手机、手套价格为2267元。", ["电脑", "手机", "手套"], [("2267", True)] * 3),
        ("窃得价值560元的平板电脑、价值1260元的手机。", ["平板电脑", "手机"], [("560", False), ("1260", False)]),
        ("窃得现金300元、手机1部，价值3600元。", ["手机"], [("3600", False)]),
        ("窃得零钱10元、香烟半包，共计价值20元。", ["香烟半包"], [("20", True)]),
        ("窃得现金1万元、银元15枚（经鉴定，价值共计7300元）。", ["银元"], [("7300", False)]),
        ("搜走价值284元的手机一部等物品。", ["手机"], [("284", False)]),
        # no value of its own: money taken beside it, a value of something else, a value far off
        ("劫得手机一部及现金300元。", ["手机"], [None]),
        ("劫得银行卡、手机（价值200元）。", ["银行卡", "手机"], [None, ("200", False)]),
        ("盗走摩托车一辆。经鉴定，摩托车价值4300元。", ["摩托车"], [("4300", False)]),
        # a valuation in the next sentence that names it again, or all the things of its sentence
        ("窃得苹果牌手机一部。经认定，该手机价值人民币6800元。", ["苹果牌手机一部"], [("6800", False)]),
        ("窃得手机一部、钱包一个。经鉴定，上述物品价值共计900元。", ["手机", "钱包"], [("900", True)] * 2),
        ("窃得手机一部。经鉴定，上述物品价值900元。", ["手机"], [("900", False)]),
        ("劫得装有手机、钱包等物品的挎包（以上款物价值共计900元）。", ["手机", "钱包", "挎包"], [("900", True)] * 3),
        ("窃得手机一部。后逃离。经鉴定，该被盗手机案发时价值900元。", ["手机"], [("900", False)]),
        # not a valuation three sentences on, past the next thing taken, or naming another thing
        ("窃得手机一部。后逃离。后被抓获。经鉴定，该手机价值900元。", ["手机"], [None]),
        ("窃得钱包一个。经鉴定，该手机价值900元。", ["钱包"], [None]),
        # a brand names another thing: 雅马哈牌摩托车 is not 本田牌摩托车
        ("盗走一辆雅马哈牌摩托车，又盗走一辆本田牌摩托车。经鉴定，被盗的雅马哈牌摩托车价格为2700元；被盗的本田牌摩托车的价格为"
         "10600元。", ["雅马哈牌摩托车", "本田牌摩托车"], [("2700", False), ("10600", False)]),
        ("盗走三轮摩托车一辆。经鉴定，摩托车价值4300元。", ["三轮摩托车"], [("4300", False)]),
        # by its brand and last word (本田牌摩托车 for 黑色本田牌男式摩托车), not another brand's
        ("盗走一辆黑色本田牌男式摩托车、一辆红色大运牌摩托车。经鉴定，被盗的大运牌摩托车价格为6200元，被盗的本田牌摩托车的价格为"
         "10600元。", ["黑色本田牌男式摩托车", "红色大运牌摩托车"], [("10600", False), ("6200", False)]),
        ("将被害人的电动车（经认证，价值1210元）盗走。", ["电动车"], [("1210", False)]),
        ("盗走一头母耕牛、一头公耕牛。经鉴定，被盗两头耕牛价值15070元。", ["母耕牛", "公耕牛"], [("15070", True)] * 2),
        ("窃走摩托车一辆。经价格认证，该车辆价值5300元。", ["摩托车"], [("5300", False)]),
        ("窃走摩托车一辆。经价格认证，该车辆价值5300元。", ["摩托车", "该车辆"], [("5300", False)] * 2),
        ("将停放在此的摩托车盗走。经鉴定，摩托车价值5300元。", ["摩托车"], [("5300", False)]),
        ("盗走甲的金色手机，又盗走乙的白色手机。经鉴定，被盗二部手机共计价值2972元。", ["金色手机", "白色手机"],
         [("2972", True)] * 2),
        ("窃得手表一块，后以500元卖给他人。", ["手表"], [None]),
        # a value inside the item's own span, before its name (the model's span took it)
        ("窃得一部价值人民币1903元的手机。", ["一部价值人民币1903元的手机"], [("1903", False)]),
        ("窃得乙价值人民币3145元的手机1部。", ["乙价值人民币3145元的手机1部"], [("3145", False)]),
        ("窃得装有现金226元的红包3个。", ["装有现金226元的红包3个"], [None]),
        ("窃取价值人民币1719元vivo牌手机1部。", ["vivo牌手机"], [("1719", False)]),
        ("窃取一部价值2068元VIVO牌手机。", ["一部价值2068元VIVO牌手机"], [("2068", False)]),
        ("窃取价值1719元手机1部。", ["手机"], [None]),
        # a valuation of the things named again by the word they share, or of a list of them, or of 以上被盗物品
        ("盗走红河香烟（硬）5条、云烟香烟（软）8条。经鉴定，上述被盗香烟共计价值1000元。",
         ["红河香烟（硬）5条", "云烟香烟（软）8条"], [("1000", True)] * 2),
        ("扒窃甲的手机一部、乙的手机一部、丙的钱包一个。上述被盗手机经物价部门鉴定，共计价值人民币5933元。",
         ["甲的手机一部", "乙的手机一部", "丙的钱包一个"], [("5933", True), ("5933", True), None]),
        ("将纪念币、电子鼓、书本、足疗仪盗走。经认定，被盗电子鼓、足疗仪、纪念币、金砖的价值共计人民币20506元。",
         ["纪念币", "电子鼓", "书本", "足疗仪"], [("20506", True), ("20506", True), None, ("20506", True)]),
        ("窃得电子鼓、纪念币。经认定，被盗电子鼓、纪念币价值500元。", ["电子鼓", "纪念币"], [("500", True)] * 2),
        # a valuation in a paragraph of its own that opens with it; not another paragraph
        ("窃得电子鼓、纪念币。\n经某市价格认证中心认定，被盗电子鼓、纪念币的价值共计2万元。", ["电子鼓", "纪念币"],
         [("20000", True)] * 2),
        ("窃得电子鼓。\n后被抓获。被盗电子鼓价值500元。", ["电子鼓"], [None]),
        ("经鉴定，被盗的摩托车的价格为4060元。", ["被盗的摩托车"], [("4060", False)]),
        ("盗走空调两台、热水器一台。经鉴定，以上被盗物品共计价值人民币21804元。", ["空调", "热水器"],
         [("21804", True)] * 2),
        ("要来绳子一根。后取下项链一条、戒指一枚（上述物品共计价值2万元）。", ["绳子", "项链", "戒指"],
         [None, ("20000", True), ("20000", True)]),
        # 分别为: each thing of the list its amount in turn, where they are as many
        ("经鉴定，被盗中兴手机、苹果手机及笔记本电脑，价值分别为人民币420元、720元和2400元。", ["中兴手机", "苹果手机", "笔记本电脑"],
         [("420", False), ("720", False), ("2400", False)]),
        ("经鉴定，上述轿车、货车价值分别为104628元、166745元。", ["轿车", "货车"], [("104628", False), ("166745", False)]),
        ("窃得手机、电脑，价值分别为300元、500元和900元。", ["手机", "电脑"], [None, None]),
    ],
)
def test_item_values(text: str, items: list[str], expected: list[tuple[str, bool] | None]) -> None:
    spans = [(text.index(w), text.index(w) + len(w)) for w in items]
    got = item_values(text, spans)
    assert [(str(v.yuan), v.shared) if v else None for v in got] == expected
    for v in got:
        assert v is None or text[v.start : v.end] == v.text


def test_a_thing_named_again() -> None:
    from fayan.nlp.facts import _retelling

    for text, item, again in [("窃得该手机", "手机", True), ("经鉴定，被盗的摩托车价值", "摩托车", True),
                              ("此手机", "此手机", True), ("将停放在此的摩托车盗走", "摩托车", False),
                              ("窃得手机一部", "手机", False)]:
        assert _retelling(text, text.index(item)) is again, text


def test_a_valuation_naming_a_thing_again_is_the_last_one_s() -> None:
    text = "窃得手机一部。又窃得手机一部。经鉴定，该手机价值900元。"
    first, second = text.index("手机"), text.rindex("手机一部")
    got = item_values(text, [(first, first + 4), (second, second + 4)])
    assert [(str(v.yuan), v.shared) if v else None for v in got] == [None, ("900", False)]
    # nor a value another thing has as its own
    text = "将甲的手机丢弃，将乙的手机（价值600元）卖掉。"
    first, second = text.index("甲的手机"), text.index("乙的手机")
    got = item_values(text, [(first, first + 4), (second, second + 4)])
    assert [(str(v.yuan), v.shared) if v else None for v in got] == [None, ("600", False)]


def test_stolen_items_carry_their_values_where_written() -> None:
    """Each stolen item is recorded where first written, with its value, both as offsets into the original text (a
    text in traditional characters and full-width digits: the offsets are the original's)."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    facts = "竊得他人手機一部（價值人民幣１５００元）及錢包一個，後將被盜手機賣掉"
    text = TEMPLATE.format(**{**BASE, "facts": facts})
    t, m = normalize(text)
    j = extract_document(Document(id="t", text=t, original=text, offsets=m),
                         ner=_StandIn({"手机一部": "item", "钱包一个": "item", "被盗手机": "item"}))
    assert j.stolen_items == ("手机一部", "钱包一个")
    phone, wallet = j.stolen_item_mentions
    assert (phone.item, phone.text, text[phone.start : phone.end]) == ("手机一部", "手機一部", "手機一部")
    assert (phone.value_yuan, phone.value_text, phone.value_shared) == (1500, "１５００元", False)
    assert text[phone.value_start : phone.value_end] == "１５００元"
    assert (wallet.item, wallet.value_yuan, wallet.value_start) == ("钱包一个", None, None)


def test_a_person_or_a_body_part_is_no_stolen_item() -> None:
    """In a robbery the model (trained on thefts) reads a list of names, the part struck and the knife in a hand as
    goods: a name it also calls a person, or a victim's, a part of the body and what a hand holds (戊某各持刀) are no
    stolen items; the owner's phone (乙某的手机) is."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    text = TEMPLATE.format(**{
        **BASE, "charge": "抢劫罪", "reason": "以暴力劫取他人财物，", "article": "二百六十三",
        "facts": "伙同丁某、戊某各持刀捅刺被害人乙某胸腹部数刀，劫得乙某的手机一部，价值人民币2000元",
    })  # fmt: skip

    class AlsoPerson(_StandIn):  # 丁某 both an item and a person, as the model reads a list of names
        def predict(self, text: str) -> list[_Ent]:
            return super().predict(text) + [_Ent(e.start, e.end, e.text, "person") for e in super().predict(text)
                                             if e.text == "丁某"]

    t, m = normalize(text)
    tags = {"丁某": "item", "戊某": "item", "乙某": "victim", "胸腹部数刀": "item", "乙某的手机一部": "item",
            "戊某各持刀": "item"}
    j = extract_document(Document(id="t", text=t, original=text, offsets=m), ner=AlsoPerson(tags))
    assert j.stolen_items == ("戊某", "乙某的手机一部")  # 戊某, never a person to the model, stays


def test_an_accomplice_in_a_list_or_after_同案被告人_is_no_victim() -> None:
    """A name the model calls a victim is an accomplice when a 均 note closes the 、-list that holds it (丁某、戊某（均
    另案处理）), when the note says 同案 (庚某（同案被告人，已判刑）), or when 同案被告人 stands before it."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    facts = ("伙同丁某、戊某（均另案处理）、庚某（同案被告人，已判刑），由同案被告人己某望风，与辛某、壬某（另案处理）"
             "一起窃得被害人癸某手机一部，价值人民币2000元")
    text = TEMPLATE.format(**{**BASE, "facts": facts})
    t, m = normalize(text)
    names = ("丁某", "戊某", "庚某", "己某", "辛某", "壬某", "癸某")
    j = extract_document(Document(id="t", text=t, original=text, offsets=m),
                         ner=_StandIn(dict.fromkeys(names, "victim")))
    # 辛某 (the model's victim, wrongly) stays: a note without 均 is 壬某's alone
    assert j.victims == ("癸某", "辛某")


def _model_victims(facts: str) -> tuple[str, ...]:
    """The victims of a theft judgment with these facts when the model calls both 辛某 and 癸某 victims."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    text = TEMPLATE.format(**{**BASE, "facts": facts})
    t, m = normalize(text)
    j = extract_document(Document(id="t", text=t, original=text, offsets=m),
                         ner=_StandIn({"辛某": "victim", "癸某": "victim"}))
    return j.victims


@pytest.mark.parametrize(
    "facts, victims",
    [
        ("召集同案被告人丁某、戊某和辛某等人，窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),
        ("安排辛某、戊某参与作案，窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),
        ("安排被害人辛某住宿后，窃得辛某手机一部，价值人民币2000元", ("辛某",)),  # 被害人 in the gap: no accomplice
        ("辛某（已起诉）伙同他人窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),  # tried apart: a note
        ("辛某（另行处理）伙同他人窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),
    ],
)
def test_a_name_an_accomplice_gathers_is_no_victim(facts: str, victims: tuple[str, ...]) -> None:
    """The accomplices a defendant gathers or directs (召集…, 安排…参与作案) are no victims, however the model reads
    them; 安排被害人… is no gathering."""
    assert _model_victims(facts) == victims


@pytest.mark.parametrize(
    "facts, victims",
    [
        ("其儿子辛某与癸某发生纠纷。后窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),  # the motive's relative
        ("其岳父辛某反对婚事。后窃得被害人癸某手机一部，辛某报警", ("癸某",)),
        ("窃得其岳父辛某家中手机一部，价值人民币2000元", ("辛某",)),  # a theft from a relative
        ("窃得其女友辛某（被害人）手机一部，价值人民币2000元", ("辛某",)),  # marked as the victim
        ("窃得辛某手机一部，价值人民币2000元，其妻子辛某报警", ("辛某",)),  # introduced before as no relative
    ],
)
def test_a_relative_as_the_facts_introduce_them_is_no_victim(facts: str, victims: tuple[str, ...]) -> None:
    """A name the model calls a victim whose first mention follows a word of kinship (其儿子, 岳父, 女友) is someone's
    relative (the motive, a witness, the owner of the house), unless a mention marks it 被害人 or the sentence that
    introduces it takes something (a theft from a relative)."""
    assert _model_victims(facts) == victims


@pytest.mark.parametrize(
    "facts, victims",
    [
        ("在村民辛某家喝酒。后窃得被害人癸某手机一部，价值人民币2000元", ("癸某",)),  # 辛某 names the scene only
        # and as a witness in the evidence list, which tells no role in the facts
        ("在村民辛某家喝酒。后窃得被害人癸某手机一部。上述事实，有辛某等的证言证实，足以认定", ("癸某",)),
        ("潜入辛某家，窃得手机一部，价值人民币2000元", ("辛某",)),  # the sentence takes something: a victim
        ("窃得辛某家中手机一部，价值人民币2000元，辛某家属报警", ("辛某",)),  # 家属 is no place
    ],
)
def test_the_owner_of_the_scene_is_no_victim(facts: str, victims: tuple[str, ...]) -> None:
    assert _model_victims(facts) == victims


@pytest.mark.parametrize(
    "places, kept",
    [
        (["某县某村被害人孙某甲", "某县某村"], ("某县某村",)),  # the person the model ran on into; then the same place
        (["某县某村某社的同村村民"], ("某县某村某社",)),
        (["某县某小学（现某县第二小学"], ("某县某小学",)),  # an open bracket
        (["某县某村被害人王某家", "某县某村被害人王某住处"], ("某县某村被害人王某家", "某县某村被害人王某住处")),
        (["某镇停车场处", "某镇停车场", "被害人"], ("某镇停车场处",)),
    ],
)
def test_places_without_the_person_after_them(places: list[str], kept: tuple[str, ...]) -> None:
    from fayan.pipelines.assemble import _distinct_places

    assert _distinct_places(places) == kept


@pytest.mark.parametrize(
    "text, part",
    [
        ("胸腹部", True), ("左颈部", True), ("头颈部连捅数刀", True), ("颈部捅刺两刀", True), ("腹等部位数刀", True),
        ("张某甲颈总动脉", True), ("孔某的头", True), ("嘴和手脚", True), ("腹", True), ("胸部等处", True),
        ("右肺破裂", True), ("双肺裂创", True), ("门静脉破裂", True), ("左前臂", True),
        ("腹部猛刺数刀", True), ("颈胸部刺戳数刀", True), ("肝脏等多脏器", True), ("头部、嘴", True),
        ("气管", True), ("肠系膜", True), ("嘴巴", True), ("卡脖子", True),  # words the lexicon gained 2026-12-02
        ("头部和手机", False),
        ("插头", False), ("床头", False), ("把手", False), ("手机一部", False), ("全部", False), ("手套", False),
        ("金项链", False), ("头盔", False), ("一把尖刀", False), ("左轮手枪", False), ("钢管断裂", False),
    ],
)
def test_a_body_part(text: str, part: bool) -> None:
    from fayan.nlp.facts import is_body_part

    assert is_body_part(text) == part


def test_places_once_and_no_accomplice_as_victim() -> None:
    """…停车场处 and …停车场 are one place; a name the model calls a victim that the facts mark 另案处理 is an
    accomplice, not a victim."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    text = TEMPLATE.format(**{**BASE, "facts": "伙同乙某（另案处理）在某镇停车场处窃得他人手机一部，价值人民币2000元，后在某镇停车场被抓获"})
    t, m = normalize(text)
    j = extract_document(Document(id="t", text=t, original=text, offsets=m),
                         ner=_StandIn({"某镇停车场处": "place", "某镇停车场": "place", "乙某": "victim"}))
    assert j.places == ("某镇停车场处",) and "乙某" not in j.victims


def test_examples_drug_quantity() -> None:
    from pathlib import Path

    j = extract_file(Path(__file__).resolve().parent.parent / "examples" / "drug_sale.txt")
    assert (j.drug, j.drug_grams) == ("甲基苯丙胺", 2.3)


def test_one_package_is_no_total() -> None:
    """共查获疑似毒品1包重0.93克: 共 of one package is no total, so the sale before it still counts."""
    text = "被告人甲某将0.3克甲基苯丙胺以200元贩卖给乙某。后公安民警在其住处共查获疑似毒品1包重0.93克，经鉴定检出甲基苯丙胺成分。"
    assert [(d.grams, d.total) for d in find_drugs(text)] == [(0.3, False), (0.93, False)]
    assert drug_total(find_drugs(text)) == ("甲基苯丙胺", 1.23)
    assert drug_total(find_drugs("查获甲基苯丙胺3包，净重共计1.5克。")) == ("甲基苯丙胺", 1.5)


def test_a_drug_case_without_a_weight_still_names_its_drug() -> None:
    """容留他人吸毒 seldom weighs anything: the drug named is the main drug; in a theft it is not."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "examples" / "drug_sale.txt").read_text(encoding="utf-8")
    unweighed = re.sub(r"[，,]?[^，,。]*净重[\d.]+克|[^，,。]*共计[\d.]+克", "", text)
    assert "克" not in unweighed.split("经审理查明")[1].split("本院认为")[0]
    j = extract(unweighed)
    assert (j.drug, j.drug_grams) == ("甲基苯丙胺", None)
    theft = extract(unweighed.replace("贩卖毒品罪", "盗窃罪"))
    assert theft.defendants[0].charges == ("盗窃罪",) and (theft.drug, theft.drug_grams) == (None, None)


@pytest.mark.parametrize(
    "text,evidence",
    [
        ("被告人甲某窃得手机一部。上述事实，有户籍证明、辨认笔录等证据证实，足以认定。",
         ["上述事实，有户籍证明、辨认笔录等证据证实，足以认定。"]),
        ("被告人甲某窃得手机一部。认定上述事实的证据如下：1.户籍证明。2.被害人王某的陈述。另查明，甲某系累犯。",
         ["认定上述事实的证据如下：1.户籍证明。2.被害人王某的陈述。"]),
        ("被告人甲某窃得手机一部，价值2000元。案发后赃物已发还。", []),
        # 如下证据 (公诉机关提供如下证据：), the list running to the end
        ("被告人甲某窃得手机一部。为证实上述指控，公诉机关提供如下证据：书证；物证：手机及鞋盒等；被告人的供述。",
         ["为证实上述指控，公诉机关提供如下证据：书证；物证：手机及鞋盒等；被告人的供述。"]),
        ("以上事实有被害人陈述、视频监控截图予以证实。被告人甲某另窃得电脑一台。",
         ["以上事实有被害人陈述、视频监控截图予以证实。"]),
        # …并经庭审质证的证据有：; 证据有 without a colon; a list cut by ； is one sentence
        ("被告人甲某窃得手机一部。认定上述事实并经庭审质证的证据有：1.户籍证明。2.证人乙某的证言。",
         ["认定上述事实并经庭审质证的证据有：1.户籍证明。2.证人乙某的证言。"]),
        ("被告人甲某窃得手机一部。证实上述事实的证据有被害人王某的陈述，证人乙某的证言。",
         ["证实上述事实的证据有被害人王某的陈述，证人乙某的证言。"]),
        ("被告人甲某窃得手机一部。有被害人王某的陈述；证人乙某的证言；户籍证明等证据证实。",
         ["有被害人王某的陈述；证人乙某的证言；户籍证明等证据证实。"]),
        # 上述两起事实: a count between 上述 and 事实; the list ends with 等, without 证实
        ("被告人甲某抢得手机两部。上述两起事实，有作案工具砍刀、雨披，证人乙某的证言，被害人王某的陈述等。",
         ["上述两起事实，有作案工具砍刀、雨披，证人乙某的证言，被害人王某的陈述等。"]),
    ],
)
def test_evidence_ranges(text: str, evidence: list[str]) -> None:
    assert [text[a:b] for a, b in evidence_ranges(text)] == evidence


def _doc(text: str):
    from fayan.nlp.text import normalize
    from fayan.types import Document

    t, m = normalize(text)
    return Document(id="t", text=t, original=text, offsets=m)


def test_a_stolen_item_s_owner_and_a_retelling_by_the_owner() -> None:
    """A stolen item's owner is the person its mention opens with; 乙某被盗的手机 tells 乙某's phone again (its value is
    that phone's), not 丙某's named after it, nor a thing of its own."""
    from fayan.pipelines.assemble import extract_document

    facts = ("盗走被害人乙某的一部白色手机，又盗走被害人丙某的一部黑色手机和一个钱包。经鉴定，乙某被盗的手机价值人民币1000元")
    ner = _StandIn({"乙某的一部白色手机": "item", "丙某的一部黑色手机": "item", "一个钱包": "item",
                    "乙某被盗的手机": "item"})
    j = extract_document(_doc(TEMPLATE.format(**{**BASE, "facts": facts})), ner=ner)
    assert [(m.item, m.owner, m.value_yuan) for m in j.stolen_item_mentions] == [
        ("乙某的一部白色手机", "乙某", 1000), ("丙某的一部黑色手机", "丙某", None), ("一个钱包", None, None)]


def test_ner_entities_outside_the_facts_narrative_are_dropped() -> None:
    """The evidence list, a defendant's name tagged as an item, and 该手机 as a second item."""
    from fayan.pipelines.assemble import extract_document

    text = TEMPLATE.format(**BASE).replace(
        "价值人民币2000元。",
        "价值人民币2000元，后将该手机出售。上述事实，有户籍证明、被害人王某的陈述等证据证实，足以认定。",
    )
    ner = _StandIn({"手机一部": "item", "该手机": "item", "户籍证明": "item", "甲某": "item", "王某": "victim"})
    j = extract_document(_doc(text), ner=ner)
    assert j.stolen_items == ("手机一部",)
    assert [e.text for e in j.entities if e.label == "item"] == ["手机一部", "该手机"]
    assert "户籍证明" not in {e.text for e in j.entities}
    # a victim the model finds that the header names as the defendant is not a victim
    j2 = extract_document(_doc(TEMPLATE.format(**BASE)), ner=_StandIn({"甲某": "victim"}))
    assert "甲某" not in j2.victims


def test_ner_item_with_a_defendant_owner_stays() -> None:
    from fayan.pipelines.assemble import extract_document

    text = TEMPLATE.format(**BASE).replace("窃得他人手机一部", "将甲某的手机一部抵押")
    j = extract_document(_doc(text), ner=_StandIn({"甲某的手机一部": "item"}))
    assert j.stolen_items == ("甲某的手机一部",)


def test_ner_values_are_normalised_like_the_rest() -> None:
    """On a traditional-character document the record holds simplified values; entities keep the original text."""
    from pathlib import Path

    from fayan.pipelines.readers import read_text
    from fayan.pipelines.assemble import extract_document

    doc = read_text(Path(__file__).resolve().parent.parent / "examples" / "traditional_chars.txt")
    j = extract_document(doc, ner=_StandIn({"陈某某": "victim", "华为牌手机一部": "item"}))
    assert j.victims == ("陈某某",)
    assert j.stolen_items == ("华为牌手机一部",)
    assert {e.text for e in j.entities} == {"陳某某", "華為牌手機一部"}
    for e in j.entities:
        assert doc.original[e.start : e.end] == e.text


def test_ner_value_needs_a_valuation_word() -> None:
    """A sale price the model calls a value stays ``other``; the model's gain still gives ``gains``."""
    from fayan.pipelines.assemble import extract_document

    text = TEMPLATE.format(**{**BASE, "facts": "窃得他人手机一部，价值人民币2000元，后以人民币500元的价格卖给王某"})
    roles = lambda ner: {a.text: a.role for a in extract_document(_doc(text), ner=ner).amounts}  # noqa: E731
    assert roles(None)["500元"] == "other"
    assert roles(_StandIn({"500元": "value"}))["500元"] == "other"
    assert roles(_StandIn({"500元": "gain"}))["500元"] == "gains"


def test_ner_gain_needs_proceeds() -> None:
    """The model's gain gives ``gains`` before a sale, not on a car's price or a drug price (no sale word after it)."""
    from fayan.pipelines.assemble import extract_document

    facts = ("窃得他人手机一部，后以人民币500元的价格卖给王某。被告人此前向李某借款人民币800元。"
             "被告人在汽车销售服务有限公司购买车价为人民币90000元的轿车。被告人以人民币250元的价格向李某贩卖毒品")
    text = TEMPLATE.format(**{**BASE, "facts": facts})
    keys = ("500元", "90000元", "250元")
    rules = {a.text: a.role for a in extract_document(_doc(text)).amounts if a.text in keys}
    assert rules == {"500元": "other", "90000元": "other", "250元": "other"}
    ner = _StandIn({"500元": "gain", "90000元": "gain", "250元": "gain"})
    roles = {a.text: a.role for a in extract_document(_doc(text), ner=ner).amounts if a.text in keys}
    assert roles == {"500元": "gains", "90000元": "other", "250元": "other"}  # 销售 in a company's name is no sale


def test_ner_victim_with_de_is_no_name() -> None:
    """捆住王的手脚: a surname alone runs into 的; such a mention is not a victim's name."""
    from fayan.pipelines.assemble import extract_document

    text = TEMPLATE.format(**{**BASE, "facts": "窃得被害人王某某手机一部，价值人民币2000元，并用绳子捆住王的手脚"})
    j = extract_document(_doc(text), ner=_StandIn({"王某某": "victim", "王的": "victim"}))
    assert "王某某" in j.victims and "王的" not in j.victims


@pytest.mark.parametrize(
    "text, place",
    [
        ("在某某市某某区某某路某某", True),  # the model's "victim" in a text that masks its places
        ("某某市某某区某某路某某", True),
        ("于某", False),  # 于 and 从 are surnames too
        ("李某某", False), ("王某", False), ("欧阳某某", False), ("张某甲", False), ("买买提·艾力", False),
        ("李某某1", False), ("王路", False),
    ],
)
def test_a_model_victim_that_is_a_place(text: str, place: bool) -> None:
    from fayan.pipelines.assemble import _a_place_not_a_name

    assert _a_place_not_a_name(text) == place


def test_a_drug_name_is_no_stolen_item() -> None:
    from fayan.nlp.facts import is_drug_name

    assert is_drug_name("甲基苯丙胺片剂") and is_drug_name("冰毒") and not is_drug_name("手机一部")


def test_a_fact_section_s_defendants_are_no_victims_and_their_homes_are_places() -> None:
    """A text that is only a fact section has no header to name its defendants: 被告人X in the facts names one, so the
    model's victim X is none (unless also written after 被害人) and its item X is none, while X家中 stays a place."""
    from fayan.nlp.text import normalize
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    text = "经审理查明：2020年1月，被告人甲某某在某市某村甲某某家中与被害人乙某某发生争执，后窃得乙某某手机一部。"
    t, m = normalize(text)
    ner = _StandIn({"甲某某": "victim", "乙某某": "victim", "某市某村甲某某家中": "place", "手机一部": "item"})
    j = extract_document(Document(id="t", text=t, original=text, offsets=m), ner=ner)
    assert j.status == "facts"
    assert j.victims == ("乙某某",)
    assert j.places == ("某市某村甲某某家中",)
    # a name with a number inside its mask (白1某) is one too; its 老家 is a place as its 家 is
    text = "经审理查明：被告人白1某在某县某村白1某老家与被害人乙某某发生争执，后白1某窃得乙某某手机一部。"
    t, m = normalize(text)
    ner = _StandIn({"白1某": "victim", "乙某某": "victim", "手机一部": "item", "某县某村白1某老家": "place"})
    j = extract_document(Document(id="t", text=t, original=text, offsets=m), ner=ner)
    assert j.victims == ("乙某某",) and j.places == ("某县某村白1某老家",)
    # in a judgment the header names the defendant: his home stays a place, his name tagged as a place does not
    text = TEMPLATE.format(**{**BASE, "facts": "在某村甲某家中窃得他人手机一部"})
    t, m = normalize(text)
    ner = _StandIn({"某村甲某家中": "place", "甲某": "place", "手机一部": "item"})
    assert extract_document(Document(id="t", text=t, original=text, offsets=m), ner=ner).places == ("某村甲某家中",)


def test_a_breath_test_s_reading_is_told_apart() -> None:
    text = "经呼气酒精测试仪检验，测得其血液中乙醇浓度为118.4毫克／100毫升。后抽取血样送检，经鉴定为54.08毫克／100毫升。"
    assert [(b.mg_per_100ml, b.breath) for b in find_blood_alcohol(text)] == [(118.4, True), (54.08, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("经鉴定，张某血液中乙醇含量为154.08mg/100ml。", [154.08]),
        ("经鉴定，张某血液中乙醇含量为１９．４ｍｇ／１００ｍｌ。", []),  # raw full-width: read after normalisation only
        ("测得其血液中乙醇浓度为118.4毫克/100毫升，后抽血检验为154.08毫克/100毫升。", [118.4, 154.08]),
        ("其血液中乙醇含量为1.79mg/ml。", [179]),  # per millilitre
        ("血液酒精含量达到80毫克/100毫升以上的，属于醉酒驾驶机动车", []),  # the law's threshold, quoted
        ("血醇含量达217.20mg/100ml，已超过200mg/100ml，依法应从重处罚", [217.2]),
        ("血样中检出乙醇，含量为每百毫升95毫克。", [95]),  # the volume first, the substance before it
        ("定量检验检测含量为269.77毫克／l00毫升，属醉酒驾驶", [269.77]),  # a letter l for the 1 of 100
    ],
)
def test_find_blood_alcohol(text: str, expected: list) -> None:
    assert [b.mg_per_100ml for b in find_blood_alcohol(text)] == expected
    assert all(text[b.start : b.end] == b.text for b in find_blood_alcohol(text))


@pytest.mark.parametrize(("text", "told"), [
    ("。李某甲身体的损伤程度构成重伤。", [("李某甲", "重伤")]),  # 身体 before 的损伤程度
    ("。张某乙被刀捅刺致右侧气胸、肝破裂，属轻伤。", [("张某乙", "轻伤")]),  # what a person suffered, over a comma
    ("。张某乙被刺伤，未达轻伤。", []),  # a harm denied
    ("，李某甲均因失血性休克死亡，王某某受轻伤。", [("李某甲", "死亡"), ("王某某", "轻伤")]),  # 受: a harm taken
    ("，李某甲受到重伤。", [("李某甲", "重伤")]), ("。王某某受伤后逃离。", []),  # (no grade, no harm)
    ("。赵某所受损伤为轻微伤。", [("赵某", "轻微伤")]),  # 所受损伤
    ("。徐某身体所受损伤（右侧眶内骨折）构成轻伤一级。", [("徐某", "轻伤")]),  # with the wounds noted
    ("。沈某、周某某所受损伤均为轻微伤。", [("沈某", "轻微伤"), ("周某某", "轻微伤")]),  # each of a list
    # a clause of its own tells the harm of each clause before it
    ("。致刘某某双眼球破裂；王某脑挫裂伤、右眼钝挫伤，均属重伤。", [("刘某某", "重伤"), ("王某", "重伤")]),
    ("，构成重伤；李某甲因左耻骨骨折、陈某乙因右耻骨骨折，均构成轻伤。", [("李某甲", "轻伤"), ("陈某乙", "轻伤")]),
    ("。击打刘某某（被害人）、王某头部，致二人受伤，均属轻伤。", []),  # persons acted on, a list
    ("。张某持刀捅刺李某、王某，致二人受伤，均构成轻伤。", []),  # a person who acts
    # with no 均, the one person a harm word opened the clauses with
    ("，致王某某失血性休克、右侧血气胸、肺破裂，构成重伤。", [("王某某", "重伤")]),
    ("。被害人邓某外伤致右侧胫腓骨骨折，损伤程度达轻伤一级。", [("邓某", "轻伤")]),
    ("。张某持刀捅刺李某，致其受伤，经鉴定，构成轻伤。", []),
    # or the one person the sentence opens with, its wounds told before the harm
    ("。陈某某全身烧伤面积约57%，致右肩关节强直，功能丧失，构成重伤（五级残疾）。", [("陈某某", "重伤")]),
    ("。马某全身多处受伤，并致血气胸、肺脏破裂，构成重伤。", [("马某", "重伤")]),
    ("。张某某逃离现场，王某身体多处受伤，构成重伤。", []),  # another person before the harm
    ("。张某某逃离现场，后构成重伤。", []),  # no wound told of them
    # or the one person an appraisal's clause opens with, its wounds told before the harm
    ("。经鉴定，邓某左尺骨骨折，损伤程度为轻伤一级。", [("邓某", "轻伤")]),
    ("，经某市公安局物证鉴定所鉴定，邓某左尺骨骨折，构成轻伤二级。", [("邓某", "轻伤")]),
    ("。经法医鉴定：邓某左尺骨骨折，损伤程度为轻伤二级。", [("邓某", "轻伤")]),
    ("。经鉴定，邓某持刀捅刺，损伤程度为轻伤一级。", []),  # no wound told of them
    ("。经鉴定，张某持刀致邓某左尺骨骨折，构成轻伤一级。", [("邓某", "轻伤")]),  # (致 opens 邓某; 张某 acts)
])
def test_harms_told_of_a_person_with_no_opening_word(text: str, told: list[tuple[str, str]]) -> None:
    assert [(n, h) for n, h, _ in find_harmed(text, 0, len(text), ())] == told


@pytest.mark.parametrize(("text", "told"), [
    ("，将王建国殴打致轻伤，后把李文轩打成重伤。", [("王建国", "轻伤"), ("李文轩", "重伤")]),
    ("，将王建国殴打，致李文轩轻伤。", [("李文轩", "轻伤")]),  # (in its clause only)
    ("，将王建国送医后被告人李文轩逃离，致二人轻伤。", []),
])
def test_harms_done_to_a_person_that_将_or_把_opens(text: str, told: list[tuple[str, str]]) -> None:
    assert [(n, h) for n, h, _ in find_harmed(text, 0, len(text), ("王建国", "李文轩"))] == told


@pytest.mark.parametrize(("text", "told"), [
    ("致张某、李某等5名被害人当场死亡。", [("死亡", 5)]),
    ("致包括一名幼儿在内的二人死亡。", [("死亡", 2)]),  # not 一名…死亡
])
def test_a_number_of_dead_told_further_on(text: str, told: list[tuple[str, int]]) -> None:
    assert [(w, n) for w, n, _, _ in find_tallies(text)] == told


def test_a_weight_converted_by_its_content_makes_the_reasoning_total_the_quantity() -> None:
    """A liquid weighed whole (5200克) and converted by its content in the reasoning: the court's total after the
    conversion (573.7克) is the quantity, though smaller than the liquid's weight; without a conversion a smaller
    total of the reasoning is still no quantity."""
    facts = "制造甲基苯丙胺，查获白色晶体126.5克，检出甲基苯丙胺成分；查获淡黄色液体两桶，净重共计5200克，检出甲基苯丙胺成分，含量为8.6%"
    reason = "制造毒品，液体5200克按含量8.6%折算为甲基苯丙胺447.2克，连同晶体126.5克，共计制造甲基苯丙胺573.7克，"
    over = dict(charge="制造毒品罪", article="三百四十七", facts=facts, sentence="有期徒刑十五年")
    j = extract(TEMPLATE.format(**{**BASE, **over, "reason": reason}))
    assert (j.drug, j.drug_grams) == ("甲基苯丙胺", 573.7)
    assert [(d.text, d.section) for d in j.drugs if d.converted] == [("447.2克", "reasoning")]
    unconverted = reason.replace("按含量8.6%折算为甲基苯丙胺447.2克", "")
    assert extract(TEMPLATE.format(**{**BASE, **over, "reason": unconverted})).drug_grams == 5200


def test_drug_owners_and_each_defendant_s_own_quantity() -> None:
    """Whose each weight is: the defendants named in its paragraph within its enumerated item, or from a
    heading item on; each one's own quantity only where every weight is someone's and none of theirs another's
    too."""
    names = {"甲某": "甲某", "乙某": "乙某"}
    text = ("经审理查明：\n一、被告人甲某运输甲基苯丙胺的事实\n2023年5月13日，甲某驾车运输毒品。\n"
            "民警从该车备胎内查获红色药片三包。经称量，净重共计326.5克；经鉴定，均检出甲基苯丙胺成分。\n"
            "二、2023年5月20日，被告人乙某携带毒品乘车，民警从其洗发水瓶内查获白色粉末一包。经称量，净重8.6克；"
            "经鉴定，检出海洛因成分。\n另查明，被告人甲某、乙某均如实供述。")
    found = [d for d in find_drugs(text) if d.grams]
    owners = drug_owners(text, found, names)
    assert [(d.drug, d.grams) for d in found] == [("甲基苯丙胺", 326.5), ("海洛因", 8.6)]
    assert owners == [("甲某",), ("乙某",)]
    assert own_drug_totals(found, owners) == {"甲某": ("甲基苯丙胺", 326.5), "乙某": ("海洛因", 8.6)}
    # the same with its line breaks flattened to spaces: the last item ends where 另查明 opens a part of its own
    flat = text.replace("\n", " ")
    assert drug_owners(flat, [d for d in find_drugs(flat) if d.grams], names) == [("甲某",), ("乙某",)]
    # an item that names both: the 8.6 克 is both's, so neither has only weights of their own
    joint = text.replace("被告人乙某携带毒品乘车", "被告人乙某受被告人甲某指使携带毒品乘车")
    found = [d for d in find_drugs(joint) if d.grams]
    assert drug_owners(joint, found, names) == [("甲某",), ("乙某", "甲某")]
    assert own_drug_totals(found, drug_owners(joint, found, names)) == {}
    # a part of its own after the items that names no one: its weight may be anyone's
    more = text + "\n另查明，民警在某出租屋内查获海洛因3克。"
    found = [d for d in find_drugs(more) if d.grams]
    owners = drug_owners(more, found, names)
    assert owners[-1] == () and own_drug_totals(found, owners) == {}
    together = "一、二被告人共同贩卖甲基苯丙胺5克。"
    assert drug_owners(together, find_drugs(together), names) == [("甲某", "乙某")]
    # 王某 is not 王某某's
    assert drug_owners("被告人王某某贩卖冰毒5克。", find_drugs("被告人王某某贩卖冰毒5克。"), {"王某": "王某", "李某": "李某"}) == [()]


def test_drug_owners_of_a_total_the_summing_up_tells_of_one_defendant() -> None:
    """A total of a summing-up (综上，…) is the defendants its own clause names: the summing-up tells each one's
    quantity in turn. A total told in the course of the facts is its paragraph's."""
    names = {"甲某": "甲某", "乙某": "乙某"}
    text = ("1.被告人甲某向丙某贩卖甲基苯丙胺2.6克。\n2.甲某安排被告人乙某送货，乙某将甲基苯丙胺1.9克交给丁某。\n"
            "上述毒品均检出甲基苯丙胺成分。综上，被告人甲某贩卖甲基苯丙胺共计4.5克；被告人乙某参与贩卖甲基苯丙胺1.9克。")
    found = [d for d in find_drugs(text) if d.grams]
    assert [(d.grams, d.total) for d in found] == [(2.6, False), (1.9, False), (4.5, True), (1.9, False)]
    assert drug_owners(text, found, names) == [("甲某",), ("甲某", "乙某"), ("甲某",), ("甲某", "乙某")]
    told = text.replace("综上，被告人甲某贩卖甲基苯丙胺共计4.5克", "被告人甲某贩卖甲基苯丙胺共计4.5克")
    assert drug_owners(told, [d for d in find_drugs(told) if d.grams], names)[2] == ("甲某", "乙某")


def test_each_defendant_s_own_quantity_of_a_summing_up_where_their_deals_are_shared() -> None:
    """A deal told of both (甲某安排被告人乙某送货) leaves neither with weights of their own alone; the totals the
    summing-up tells of each (综上，被告人甲某…共计4.5克；被告人乙某参与其中第二起，…共计1.9克) are theirs. Not a
    total told in the course of the facts, nor a summed weight without a total word."""
    names = {"甲某": "甲某", "乙某": "乙某"}
    text = ("1.被告人甲某向丙某贩卖甲基苯丙胺2.6克。\n2.甲某安排被告人乙某送货，乙某将甲基苯丙胺1.9克交给丁某。\n"
            "综上，被告人甲某贩卖甲基苯丙胺二次，共计4.5克；被告人乙某参与其中第二起，贩卖甲基苯丙胺共计1.9克。")
    found = [d for d in find_drugs(text) if d.grams]
    owners = drug_owners(text, found, names)
    assert summed_up_totals(text, found, names) == [False, False, True, True]
    assert own_drug_totals(found, owners) == {}
    assert own_drug_totals(found, owners, summed_up_totals(text, found, names)) == {
        "甲某": ("甲基苯丙胺", 4.5), "乙某": ("甲基苯丙胺", 1.9)}
    for told in (text.replace("综上，", ""), text.replace("贩卖甲基苯丙胺共计1.9克", "贩卖甲基苯丙胺1.9克")):
        found = [d for d in find_drugs(told) if d.grams]
        summed = summed_up_totals(told, found, names)
        assert "乙某" not in own_drug_totals(found, drug_owners(told, found, names), summed)
