"""fayan.nlp.ner: label spec and mapping, file formats, string location, windows, training, the shipped model.

All names and sentences here are fictional.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fayan.errors import ModelError, RecordError, UnsupportedFormat, UsageError
from fayan.nlp.ner import data as ner_data
from fayan.nlp.ner.data import (
    CharVocab,
    Entity,
    apply_document_names,
    apply_gain_cues,
    apply_role_cues,
    GoldEntity,
    GoldRecord,
    detect_format,
    load_label_spec,
    locate_strings,
    map_entities,
    read_gold,
    split_records,
    to_examples,
)
from fayan.nlp.ner.evaluate import LabelScore, evaluate_file, micro, score
from fayan.nlp.ner.model import MODEL_FILES, _stitch, _windows, load_model, require_torch
from fayan.nlp.ner.tool_cues import apply_tool_cues, find_tools

SPEC = load_label_spec()
SHIPPED = ner_data.MODEL_DIR

# ---------------------------------------------------------------------------
# fictional data in the three formats

def _mentions(text: str, items: list[tuple[str, str]], with_text: bool = True) -> list[dict[str, object]]:
    """Mentions for ``(string, label)`` pairs, each found after the previous mention of the same string."""
    out: list[dict[str, object]] = []
    after: dict[str, int] = {}
    for s, label in items:
        i = text.index(s, after.get(s, 0))
        after[s] = i + len(s)
        m: dict[str, object] = {"start": i, "end": i + len(s), "label": label}
        if with_text:
            m["text"] = s
        out.append(m)
    return out


def _drug(article: int, sent: int, text: str, items: list[tuple[str, str]]) -> dict[str, object]:
    return {"articleId": article, "sentId": sent, "sentText": text, "entityMentions": _mentions(text, items),
            "relationMentions": []}


DRUG = [
    _drug(1, 0, "公诉机关指控，2019年3月5日20时许，被告人王某在某县某路口以300元的价格向赵某贩卖甲基苯丙胺1包，重0.3克。",
          [("2019年3月5日20时", "NT"), ("王某", "Nh"), ("某县某路口", "Ns"), ("赵某", "Nh"), ("甲基苯丙胺", "NDR"),
           ("0.3克", "NW")]),
    _drug(1, 1, "次日，王某被公安民警抓获。", [("王某", "Nh")]),
    _drug(2, 0, "2020年1月，被告人钱某在其家中容留孙某吸食海洛因。",
          [("2020年1月", "NT"), ("钱某", "Nh"), ("其家中", "Ns"), ("孙某", "Nh"), ("海洛因", "NDR")]),
]

THEFT = [
    {"id": "t-1", "text": "2021年6月1日22时许，被告人周某在某市某区某小区内，盗窃被害人吴某的电动自行车一辆，价值人民币1500元。",
     "gold": {"entities": {"犯罪嫌疑人": ["周某"], "受害人": ["吴某"], "时间": ["2021年6月1日22时许"],
                           "地点": ["某市某区某小区内"], "被盗物品": ["吴某的电动自行车一辆"], "物品价值": ["人民币1500元"]}}},
    {"id": "t-2", "text": "被告人周某用老虎钳剪断锁具，将车骑走，后以300元卖出，某市公安局将其抓获。",
     "gold": {"entities": {"犯罪嫌疑人": ["周某"], "作案工具": ["老虎钳"], "盗窃获利": ["300元"], "组织机构": ["某市公安局"]}}},
    {"id": "t-3", "text": "被告人郑某窃得被害人冯某现金800元。",
     "gold": {"entities": {"犯罪嫌疑人": ["郑某"], "受害人": ["冯某"], "被盗货币": ["现金800元"]}}},
    {"id": "t-4", "text": "被告人郑某、陈某到案后如实供述，陈某退赔被害人冯某损失。",
     "gold": {"entities": {"犯罪嫌疑人": ["郑某", "陈某", "陈某"], "受害人": ["冯某"]}}},
]

_F1 = "被告人何某于2022年2月在某镇盗窃被害人吕某的手机一部。"
FAYAN = [
    {"id": "f-1", "text": _F1,
     "entityMentions": _mentions(_F1, [("何某", "defendant"), ("2022年2月", "time"), ("某镇", "place"),
                                       ("吕某", "victim"), ("吕某的手机一部", "item")], with_text=False)},
    {"id": "f-2", "text": "被害人吕某报警。", "labels": ["victim"],
     "entityMentions": _mentions("被害人吕某报警。", [("吕某", "victim")])},
]


def _write_data_dir(root: Path) -> Path:
    (root / "ner").mkdir(parents=True)
    (root / "ner" / "drug.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in DRUG * 2) + "\n", encoding="utf-8")
    (root / "ner" / "theft.json").write_text(json.dumps(THEFT, ensure_ascii=False), encoding="utf-8")
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text("被告人某某犯盗窃罪，判处有期徒刑一年。" * 20, encoding="utf-8")
    return root


def _tiny_tagger(tmp_path: Path, **overrides: Any) -> tuple[Any, list[Any], Any]:
    """A fresh tiny model, the drug examples of :func:`_write_data_dir` and the tiny ``TrainConfig`` with ``overrides``."""
    from fayan.nlp.ner.data import load_label_spec, to_examples
    from fayan.nlp.ner.train import TrainConfig, make_model

    spec = load_label_spec()
    root = _write_data_dir(tmp_path / "data")
    _, recs = read_gold(root / "ner" / "drug.jsonl")
    examples = to_examples("cail2022_drug", recs, spec)
    cfg = TrainConfig.tiny(**overrides)
    return make_model(CharVocab.build([e.text for e in examples], 1), spec, cfg, 0), examples, cfg


# ---------------------------------------------------------------------------
# label spec and mapping


def test_every_label_in_one_layer() -> None:
    flat = [lab for layer in SPEC.layers for lab in layer]
    assert sorted(flat) == sorted(SPEC.labels)
    assert SPEC.n_tags == sum(2 * len(layer) + 1 for layer in SPEC.layers)


@pytest.mark.parametrize(
    "fmt, fayan_label, file_label",
    [
        # CAIL2022 drug: every person role is Nh
        ("cail2022_drug", "defendant", "Nh"),
        ("cail2022_drug", "victim", "Nh"),
        ("cail2022_drug", "person", "Nh"),
        ("cail2022_drug", "place", "Ns"),
        ("cail2022_drug", "time", "NT"),
        ("cail2022_drug", "drug", "NDR"),
        ("cail2022_drug", "drug_weight", "NW"),
        ("cail2022_drug", "item", None),
        ("cail2022_drug", "org", None),
        # LawBench theft: roles kept, other persons dropped
        ("lawbench_theft", "defendant", "犯罪嫌疑人"),
        ("lawbench_theft", "victim", "受害人"),
        ("lawbench_theft", "person", None),
        ("lawbench_theft", "money", "被盗货币"),
        ("lawbench_theft", "value", "物品价值"),
        ("lawbench_theft", "gain", "盗窃获利"),
        ("lawbench_theft", "item", "被盗物品"),
        ("lawbench_theft", "tool", "作案工具"),
        ("lawbench_theft", "org", "组织机构"),
        ("lawbench_theft", "drug", None),
        # fayan JSONL: identity
        ("fayan_jsonl", "drug_weight", "drug_weight"),
    ],
)
def test_label_mapping(fmt: str, fayan_label: str, file_label: str | None) -> None:
    mapped = map_entities([Entity(0, 2, "某某", fayan_label, 0.9)], SPEC.formats[fmt])
    assert [e.label for e in mapped] == ([file_label] if file_label else [])
    if mapped:
        assert (mapped[0].start, mapped[0].end, mapped[0].score) == (0, 2, 0.9)


@pytest.mark.parametrize(
    "label, layer",
    [("defendant", 0), ("victim", 0), ("person", 0), ("place", 1), ("item", 2), ("time", 3), ("drug", 3)],
)
def test_layers(label: str, layer: int) -> None:
    assert SPEC.layer_of(label) == layer


def test_unknown_label_and_scheme() -> None:
    with pytest.raises(UsageError, match="unknown NER label"):
        SPEC.layer_of("weapon")
    with pytest.raises(UsageError, match="unknown NER scheme"):
        SPEC.scheme_id("conll")


@pytest.mark.parametrize(
    "text, predicted, expected",
    [
        # a cue word right before the name decides, whatever the model said
        ("被被害人牛某某发现", [(4, 7, "defendant")], ["victim"]),
        ("犯罪嫌疑人周某到案", [(5, 7, "victim")], ["defendant"]),
        ("原审被告人周某上诉", [(5, 7, "person")], ["defendant"]),
        # names listed after a cued one share its role
        ("被告人王某、刘某、陈某等人", [(3, 5, "victim"), (6, 8, "victim"), (9, 11, "person")], ["defendant"] * 3),
        # 与 / 和 often join people of different roles: no propagation over them
        ("被告人王某与李某商定", [(3, 5, "defendant"), (6, 8, "person")], ["defendant", "person"]),
        ("被告人王某、刘某和陈某", [(3, 5, "victim"), (6, 8, "victim"), (9, 11, "person")], ["defendant", "defendant", "person"]),
        # each cue for its own name
        ("被告人王某与被害人李某", [(3, 5, "victim"), (9, 11, "defendant")], ["defendant", "victim"]),
        # no cue, or a name not listed right after one: the model's label stays
        ("后吴某某要求杨某某给钱", [(1, 4, "defendant"), (6, 9, "victim")], ["defendant", "victim"]),
        ("被告人王某的妻子李某", [(3, 5, "defendant"), (8, 10, "victim")], ["defendant", "victim"]),
        ("被告人王某，李某作证", [(3, 5, "defendant"), (6, 8, "person")], ["defendant", "person"]),
    ],
)
def test_role_cues(text: str, predicted: list[tuple[int, int, str]], expected: list[str]) -> None:
    ents = [Entity(s, e, text[s:e], lab, 0.5) for s, e, lab in predicted]
    other = Entity(0, 2, text[:2], "time", 0.5)  # entities outside the person layer are left alone
    out = apply_role_cues(text, [*ents, other], SPEC)
    assert [e.label for e in out] == [*expected, "time"]
    assert [(e.start, e.end, e.text) for e in out] == [(e.start, e.end, e.text) for e in [*ents, other]]


def test_role_cues_must_name_person_labels(tmp_path: Path) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw["role_cues"]["证人"] = "place"
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match="role_cues"):
        load_label_spec(tmp_path / "labels.json")


@pytest.mark.parametrize(
    "text,amount,label,expected",
    [
        ("后以350元的价格卖给了彭某某。", "350元", "value", "gain"),
        ("并在路边以人民币900元卖给一名陌生人。", "人民币900元", "value", "gain"),
        ("拿到附近销赃获利300元。", "300元", "money", "gain"),
        ("将获得赃款共计32400元予以挥霍。", "32400元", "value", "gain"),
        # a value or stolen cash anywhere else stays
        ("窃得价值人民币1540元的电动车。", "人民币1540元", "value", "value"),
        ("以现金500元为诱饵。", "现金500元", "money", "money"),
        ("窃得现金500元后卖掉手机。", "现金500元", "money", "money"),
        ("另查明，缴获的赃款1455元已发还给被害人。", "1455元", "money", "money"),  # seized loot, not proceeds
        ("被告人以每升7.65元的价格销售汽油3817升。", "每升7.65元", "value", "value"),  # a unit price
        # only money and value become gains
        ("以350元的价格卖给了乙。", "350元", "item", "item"),
    ],
)
def test_gain_cues(text: str, amount: str, label: str, expected: str) -> None:
    s = text.index(amount)
    [e] = apply_gain_cues(text, [Entity(s, s + len(amount), amount, label, 0.5)], SPEC)
    assert e.label == expected


@pytest.mark.parametrize("cues,key,words", [("gain_cues", "after", ["卖"]), ("tool_cues", "weapons", ["刀"]),
                                           ("tool_cues", "tools", ["刀", ""])])
def test_cue_lists_are_checked(tmp_path: Path, cues: str, key: str, words: list[str]) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw[cues][key] = words
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match=cues):
        load_label_spec(tmp_path / "labels.json")


@pytest.mark.parametrize(
    "text,tools",
    [
        ("被告人甲用扳手和自制钥匙打开卷闸门。", ["扳手", "自制钥匙"]),
        ("被告人甲采用一字起子将电门锁撬开，采取打火机烧断电源线。", ["一字起子", "打火机"]),
        ("被告人甲持刀将乙刺伤。", ["刀"]),
        ("被告人甲携带一把尖刀来到乙家。", ["尖刀"]),
        ("被告人甲驾驶三轮摩托车从某厂出发。", ["三轮摩托车"]),
        ("被告人甲开一辆面包车到某村。", ["面包车"]),
        ("被告人甲还用剪刀刺乙。", ["剪刀"]),  # 还用 is a word of jieba's, but 还 an adverb
        ("被告人甲驾驶自己车牌号为云A1234的昌河牌汽车到达某镇。", ["车牌号为云A1234的昌河牌汽车"]),
        ("扣押的作案工具扳手、自制钥匙应予以没收。", ["扳手", "自制钥匙"]),
        ("作案工具水果刀一把予以没收。", ["水果刀"]),
        ("被告人甲使用乙提供的断线钳等作案工具剪断电缆。", ["断线钳"]),
        ("被告人甲携带大铁剪等作案工具到某楼下。", ["大铁剪"]),
        # a list a word of preparing or carrying opens and 等作案工具 / 等工具 closes: every thing of it
        ("甲为此购买了榔头、尖刀、手套等作案工具。", ["榔头", "尖刀", "手套"]),  # 为此 is no "this" of the loot
        ("甲携带事先准备的砍刀、头套等作案工具到乙家。", ["砍刀", "头套"]),
        ("甲准备了尖刀2把及胶带、编织袋等工具。", ["尖刀", "胶带", "编织袋"]),
        ("甲用菜刀和钢锯等工具将尸体肢解。", ["菜刀", "钢锯"]),
        ("甲为此准备了绳子等作案工具。", ["绳子"]),  # not 准备了绳子
        ("用扳手打开卷闸门。", ["扳手"]),  # a cue that begins the text
        ("甲掏出随身携带的尖刀捅刺乙。", ["尖刀"]),  # a cue word, then 的
        ("提取的被告人甲作案使用的柴刀、血迹等物证。", ["柴刀"]),
        ("驾驶的出租车", []),  # 的 after a word of driving: whose vehicle, not the one driven to the crime
        ("甲购买了编织袋、胶带等物。", []),  # not named as tools
        ("甲采用剪锁、撬门等方式进入乙家。", []),
        # not a tool of the crime
        ("被告人甲骑车离开时被抓获。", []),  # a bare 车: 骑车 is a verb
        ("被告人甲将电动车以强行扳开车头锁的方式盗走。", []),  # 车 of 车头锁
        ("被告人甲非法持有枪支。", []),  # possession, not use
        ("被告人甲抢劫军用制式枪支。", []),  # 用 ends the word 军用
        ("适被害人乙驾驶二轮摩托车途经此处。", []),  # the victim's vehicle
        ("被告人甲盗走电动车后又驾驶该电动车逃离。", []),  # the loot
        ("被告人甲在道路上醉酒驾驶机动车。", []),  # the class the law names
        ("被告人甲将钱藏于其所开轿车内。", []),  # a vehicle that describes
        ("被告人甲撞倒驾驶摩托车的路人乙。", []),
        ("准备犯罪工具，其行为已构成犯罪。", []),  # after a comma only a tool noun
        ("提取的作案工具木棒、作案时所穿衣服、拖鞋等物证。", ["木棒"]),  # the list goes on with other exhibits
        ("携带上述作案工具翻墙潜入乙家。", []),
        # a word of preparing before a tool noun; 了 after a cue; a bare plate; lists a tool noun opens
        ("甲到超市购买了一把水果刀，伺机抢劫。", ["水果刀"]),
        ("甲拿了尖刀返回乙家。", ["尖刀"]),
        ("甲拿得一根柴棒殴打乙。", ["柴棒"]),
        ("甲用起子撬开车门。", ["起子"]),  # 起 is no complement here
        ("甲将赃款用于购买汽车、手机等。", []),  # a vehicle bought: no kit
        ("甲携带自制的长刀来到乙家。", ["长刀"]),
        ("甲持砍刀、铁管进入加油站。", ["砍刀", "铁管"]),
        ("甲、乙分别持木棒、榔头殴打丙。", ["木棒", "榔头"]),
        ("甲用塑料绳将乙捆绑。", ["塑料绳"]),
        ("甲驾驶冀A12345的红色摩托车至某村。", ["冀A12345的红色摩托车"]),
        ("甲准备了匕首2把、手套2双等作案工具。", ["匕首", "手套"]),  # 双 counts too
        # a list 等 alone closes, with a tool noun in it: every thing of it
        ("甲携带事先购买的铁锤、毛巾等来到乙家。", ["铁锤", "毛巾"]),
        ("甲购置了手铐、警棍、警灯等警用设备。", ["手铐", "警棍", "警灯"]),
        # but not crimes, a thing the noun describes, loot, someone's things or exhibits
        ("甲非法买卖枪支、非法持有枪支、弹药等犯罪。", []),
        ("甲购买了装猎枪的渔具包。", []),
        ("甲自称要购买钢丝绳但没带足现金。", []),  # a pretext
        ("甲通过网络购买一支枪支。", []),  # what the crime is about
        ("甲劫得现金以及手机、手电筒等财物。", []),
        ("甲携带乙某手机和钥匙等物逃离现场。", []),
        ("现场提取的斧头、血迹等物证。", []),
        ("甲采用持匕首、长刀捅刺胸部等手段杀死乙。", ["匕首", "长刀"]),
    ],
)
def test_tool_cues_find(text: str, tools: list[str]) -> None:
    assert [text[s:e] for s, e in find_tools(text, SPEC)] == tools


def test_tool_cues_with_the_model_entities() -> None:
    text = "被告人甲驾驶三轮摩托车将所盗电缆线运走，用扳手打开门。"
    s, w = text.index("三轮摩托车"), text.index("扳手")
    item = Entity(s, s + 5, "三轮摩托车", "item", 0.7)  # the model reads the vehicle as loot: the cue relabels it
    out = apply_tool_cues(text, [item], SPEC)
    assert [(e.text, e.label, e.source) for e in out] == [("三轮摩托车", "tool", "rule"), ("扳手", "tool", "rule")]
    place = Entity(s - 2, s + 5, "驾驶三轮摩托车", "place", 0.6)  # any other overlapping entity stays, no tool
    assert apply_tool_cues(text, [place], SPEC) == [place, Entity(w, w + 2, "扳手", "tool", 1.0, "rule")]
    assert apply_tool_cues(text, [item], replace(SPEC, tool_cues={})) == [item]


@pytest.mark.parametrize("span,tool", [("一把水果刀", "水果刀"), ("水果刀一把", "水果刀"), ("一把水果刀伺机", None)])
def test_tool_cues_take_a_model_item_with_a_count(span: str, tool: str | None) -> None:
    """A model item that holds the found tool and a count (or a cue word, an owner) gives way to the tool; one that
    holds more (a word of the next clause) stays."""
    text = f"甲到超市购买了{span}作案。"
    s = text.index(span)
    item = Entity(s, s + len(span), span, "item", 0.8)
    out = [(e.text, e.label) for e in apply_tool_cues(text, [item], SPEC)]
    assert out == ([(tool, "tool")] if tool else [(span, "item")])


def _names(texts: list[str], found: list[list[tuple[str, str]]]) -> list[list[tuple[str, str, str]]]:
    """apply_document_names on mentions given as (name, label), placed at their first occurrence."""
    ents = [[Entity(t.index(n), t.index(n) + len(n), n, lab, 0.8) for n, lab in fs] for t, fs in zip(texts, found)]
    out = apply_document_names(texts, ents, SPEC)
    return [[(t[e.start : e.end], e.text, e.label) for e in es] for t, es in zip(texts, out)]


@pytest.mark.parametrize(
    "texts, found, expected",
    [
        # a cut name grows into the longer name found elsewhere in the document
        (["被告人赵海明贩卖毒品。", "程某给赵海明1000元。"], [[("赵海明", "defendant")], [("程某", "person"), ("赵海", "person")]],
         [[("赵海明", "赵海明", "defendant")], [("程某", "程某", "person"), ("赵海明", "赵海明", "person")]]),
        (["被告人范家新向段某贩卖。", "抓获被告人范家新。"], [[("范", "defendant")], [("范家新", "defendant")]],
         [[("范家新", "范家新", "defendant")], [("范家新", "范家新", "defendant")]]),
        # the longest that the text continues into
        (["民警抓获杨某甲。", "杨某与杨某甲同住。"], [[("杨某", "person")], [("杨某", "person"), ("杨某甲", "person")]],
         [[("杨某甲", "杨某甲", "person")], [("杨某", "杨某", "person"), ("杨某甲", "杨某甲", "person")]]),
        # a missed mention of a name found elsewhere is added, with the label most of its mentions have
        (["被告人周世朗贩卖毒品。", "民警抓获周世朗。"], [[("周世朗", "defendant")], []],
         [[("周世朗", "周世朗", "defendant")], [("周世朗", "周世朗", "defendant")]]),
        # not where 某 runs on (李某 inside 李某某), not inside another entity
        (["被告人李某贩卖。", "民警找到李某某。"], [[("李某", "defendant")], []], [[("李某", "李某", "defendant")], []]),
        (["被告人王小明在家。", "民警在王小明家找到。"], [[("王小明", "defendant")], [("王小明家", "place")]],
         [[("王小明", "王小明", "defendant")], [("王小明家", "王小明家", "place")]]),
        # longer names first: 王某 inside 陈王某 is not copied on its own
        (["被告人王某、陈王某。", "陈王某在家。"], [[("王某", "defendant"), ("陈王某", "person")], []],
         [[("王某", "王某", "defendant"), ("陈王某", "陈王某", "person")], [("陈王某", "陈王某", "person")]]),
        # nor one with punctuation or a · at an end; · between parts is kept
        (["“全在。", "“全来了。"], [[("“全", "person")], []], [[("“全", "“全", "person")], []]),
        (["被告人玉苏甫·在。", "玉苏甫·来了。"], [[("玉苏甫·", "defendant")], []], [[("玉苏甫·", "玉苏甫·", "defendant")], []]),
        (["被告人买买提·吐尔逊在。", "买买提·吐尔逊来了。"], [[("买买提·吐尔逊", "defendant")], []],
         [[("买买提·吐尔逊", "买买提·吐尔逊", "defendant")], [("买买提·吐尔逊", "买买提·吐尔逊", "defendant")]]),
        # one-character names are not copied; masked names are
        (["被告人范向段某贩卖。", "民警找到范。"], [[("范", "defendant"), ("段某", "person")], []],
         [[("范", "范", "defendant"), ("段某", "段某", "person")], []]),
        (["被告人周**贩卖。", "民警找到周**。"], [[("周**", "defendant")], []],
         [[("周**", "周**", "defendant")], [("周**", "周**", "defendant")]]),
        # a masked name whose every occurrence (two or more) runs on into the same character is that longer name
        (["吸毒人员刘某满在宾馆。", "刘某满认为便宜。"], [[("刘某", "person")], [("刘某", "person")]],
         [[("刘某满", "刘某满", "person")], [("刘某满", "刘某满", "person")]]),
        (["吸毒人员刘某满在宾馆。", "刘某满认为便宜。"], [[("刘某", "person")], []],
         [[("刘某满", "刘某满", "person")], [("刘某满", "刘某满", "person")]]),
        # not on one occurrence, nor when the next character differs, begins a word with the one after it
        # (贩卖) or is one that begins the text after a name (向)
        (["吸毒人员刘某满在宾馆。"], [[("刘某", "person")]], [[("刘某", "刘某", "person")]]),
        (["吸毒人员刘某满在宾馆。", "刘某强认为便宜。"], [[("刘某", "person")], []],
         [[("刘某", "刘某", "person")], [("刘某", "刘某", "person")]]),
        (["被告人王某贩卖毒品。", "王某贩卖给赵某。"], [[("王某", "defendant")], []],
         [[("王某", "王某", "defendant")], [("王某", "王某", "defendant")]]),
        (["被告人王某向赵某贩卖。", "王某向钱某贩卖。"], [[("王某", "defendant")], []],
         [[("王某", "王某", "defendant")], [("王某", "王某", "defendant")]]),
    ],
)
def test_document_names(
    texts: list[str], found: list[list[tuple[str, str]]], expected: list[list[tuple[str, str, str]]]
) -> None:
    assert _names(texts, found) == expected


def test_document_names_leave_a_name_run_on_into_a_word() -> None:
    # 黄宏伟 four times, 黄宏伟藏 once (黄宏伟藏匿): the longer is the model's slip, not a name to copy
    texts = ["被告人黄宏伟藏匿毒品。", "黄宏伟、黄宏伟与黄宏伟商定。", "黄宏伟藏匿的毒品。"]
    ents = [[Entity(3, 7, "黄宏伟藏", "defendant", 0.5)],
            [Entity(0, 3, "黄宏伟", "defendant", 0.9), Entity(4, 7, "黄宏伟", "defendant", 0.9),
             Entity(8, 11, "黄宏伟", "defendant", 0.9)],
            [Entity(0, 3, "黄宏伟", "defendant", 0.9)]]
    out = apply_document_names(texts, ents, SPEC)
    assert out == ents
    # once it is not outnumbered more than three to one, it is a name like any other
    ents[1] = ents[1][:1]
    assert [e.text for e in apply_document_names(texts, ents, SPEC)[2]] == ["黄宏伟藏"]


def test_document_names_leave_a_name_inside_a_longer_one() -> None:
    # the long name's second occurrence overlaps a mention of the model's (a cut 尼牙孜), so it is not added;
    # the other 尼牙孜 inside it is part of that long name, not a name to copy
    long = "艾山尼牙孜·阿不都尼牙孜"
    texts = [f"被告人{long}在。", f"纠集了{long}、买买提。"]
    cut = texts[1].rindex("尼牙孜")
    ents = [[Entity(3, 3 + len(long), long, "defendant", 0.9)], [Entity(cut, cut + 3, "尼牙孜", "person", 0.4)]]
    out = apply_document_names(texts, ents, SPEC)
    assert [(e.start, e.text) for e in out[1]] == [(cut, "尼牙孜")]


def test_document_names_add_into_stolen_items() -> None:
    # items contain their owner (被害人李某的手机): a name inside one is still a person mention
    t = ["被害人李小红报警。", "盗窃李小红的手机一部。"]
    ents = [[Entity(3, 6, "李小红", "victim", 0.9)], [Entity(2, 11, "李小红的手机一部", "item", 0.9)]]
    out = apply_document_names(t, ents, SPEC)
    assert [(e.text, e.label, e.score) for e in out[1]] == [("李小红", "victim", 0.9), ("李小红的手机一部", "item", 0.9)]


def test_document_names_is_checked(tmp_path: Path) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw["document_names"] = "yes"
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match="document_names"):
        load_label_spec(tmp_path / "labels.json")


@pytest.mark.parametrize("value", [0, 1, 1.5, "0.5", True])
def test_span_threshold_is_checked(tmp_path: Path, value: object) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw["span_threshold"] = value
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match="span_threshold"):
        load_label_spec(tmp_path / "labels.json")
    raw["span_threshold"] = 0.45
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    assert load_label_spec(tmp_path / "labels.json").span_threshold == 0.45


def test_bad_label_spec(tmp_path: Path) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw["layers"][0].append("place")
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match="exactly one layer"):
        load_label_spec(tmp_path / "labels.json")


# ---------------------------------------------------------------------------
# string-to-span location

LOCATE_CASES = [
    # one string, one mention
    ("被告人周某盗窃", [("犯罪嫌疑人", "周某")], [(3, 5, "犯罪嫌疑人")]),
    # listed twice, occurs twice: both
    ("周某和周某", [("犯罪嫌疑人", "周某"), ("犯罪嫌疑人", "周某")], [(0, 2, "犯罪嫌疑人"), (3, 5, "犯罪嫌疑人")]),
    # listed once, occurs twice: the first
    ("周某和周某", [("犯罪嫌疑人", "周某")], [(0, 2, "犯罪嫌疑人")]),
    # a shorter string inside a longer one of the same layer is skipped
    ("获利15万元、5万元", [("盗窃获利", "15万元"), ("盗窃获利", "5万元")], [(2, 6, "盗窃获利"), (7, 10, "盗窃获利")]),
    # different layers may nest
    ("窃得吴某的手机一部", [("被盗物品", "吴某的手机一部"), ("受害人", "吴某")], [(2, 9, "被盗物品"), (2, 4, "受害人")]),
    # odd gold strings are kept exactly, even mid-word
    ("在上述公司宿舍内", [("地点", "述公司宿舍内")], [(2, 8, "地点")]),
    # a string that does not occur is dropped
    ("被告人周某", [("受害人", "吴某")], []),
]


@pytest.mark.parametrize("text, items, expected", LOCATE_CASES)
def test_locate_strings(text: str, items: list[tuple[str, str]], expected: list[tuple[int, int, str]]) -> None:
    assert sorted(locate_strings(text, items)) == sorted(expected)


def test_locate_uses_layers() -> None:
    # with the spec's layers, a victim inside a stolen item is kept (different layers) ...
    layer = lambda lab: SPEC.layer_of({"受害人": "victim", "被盗物品": "item"}[lab])  # noqa: E731
    got = locate_strings("吴某的手机", [("被盗物品", "吴某的手机"), ("受害人", "吴某")], layer)
    assert sorted(got) == [(0, 2, "受害人"), (0, 5, "被盗物品")]


# ---------------------------------------------------------------------------
# file formats


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    root = _write_data_dir(tmp_path / "data")
    fay = tmp_path / "extra.jsonl"
    fay.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in FAYAN) + "\n", encoding="utf-8")
    return {"cail2022_drug": root / "ner" / "drug.jsonl", "lawbench_theft": root / "ner" / "theft.json",
            "fayan_jsonl": fay}


@pytest.mark.parametrize("fmt", ["cail2022_drug", "lawbench_theft", "fayan_jsonl"])
def test_detect_format(files: dict[str, Path], fmt: str) -> None:
    assert detect_format(files[fmt]) == fmt


def test_read_drug(files: dict[str, Path]) -> None:
    fmt, recs = read_gold(files["cail2022_drug"])
    assert fmt == "cail2022_drug" and len(recs) == 6
    assert recs[0].group == "1" and recs[0].id == "1-0"
    assert [(e.label, e.text) for e in recs[0].entities][:2] == [("NT", "2019年3月5日20时"), ("Nh", "王某")]


def test_read_theft(files: dict[str, Path]) -> None:
    fmt, recs = read_gold(files["lawbench_theft"])
    assert fmt == "lawbench_theft" and len(recs) == 4
    assert all(e.start is None for e in recs[0].entities)
    assert ("被盗物品", "吴某的电动自行车一辆") in [(e.label, e.text) for e in recs[0].entities]


def test_drug_examples_get_weak_roles(files: dict[str, Path]) -> None:
    fmt, recs = read_gold(files["cail2022_drug"])
    ex = to_examples(fmt, recs[:3], SPEC)
    roles = [[(e.text, e.label) for e in x.spans if e.label in ("defendant", "victim", "person")] for x in ex]
    # a name after 被告人 is a defendant in its record, every mention of it there; each CAIL record is the facts of
    # a case of its own (its articleId only gathers cases), so the 王某 of the next record is not cued
    assert roles == [[("王某", "defendant"), ("赵某", "person")], [("王某", "person")],
                     [("钱某", "defendant"), ("孙某", "person")]]
    assert ex[0].scheme == "cail2022_drug" and "item" not in ex[0].annotated


def test_document_keys(files: dict[str, Path], tmp_path: Path) -> None:
    # CAIL records are documents of their own; fayan JSONL names its document in "group" (or a text is one itself)
    _, cail = read_gold(files["cail2022_drug"])
    assert [r.group for r in cail[:3]] == ["1", "1", "2"]
    assert [r.document_key for r in cail[:3]] == [("record", "1-0"), ("record", "1-1"), ("record", "2-0")]
    lines = [{"id": "a", "group": "doc", "text": "甲", "entityMentions": []}, {"id": "b", "text": "乙", "entityMentions": []}]
    path = tmp_path / "own.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8")
    fmt, own = read_gold(path)
    assert fmt == "fayan_jsonl" and [r.document_key for r in own] == [("document", "doc"), ("record", "b")]


def test_theft_examples_are_located(files: dict[str, Path]) -> None:
    fmt, recs = read_gold(files["lawbench_theft"])
    ex = to_examples(fmt, recs, SPEC)
    spans = {(e.text, e.label) for e in ex[0].spans}
    assert ("吴某", "victim") in spans and ("吴某的电动自行车一辆", "item") in spans
    assert [e.text for e in ex[3].spans if e.label == "defendant"] == ["郑某", "陈某", "陈某"]
    assert all(x.text[e.start : e.end] == e.text for x in ex for e in x.spans)
    assert "person" not in ex[0].annotated and "victim" in ex[0].annotated
    # theft cases have no drugs: the file's sentences annotate drugs and weights as absent (no spans)
    assert {"drug", "drug_weight"} <= ex[0].annotated
    assert not any(e.label in ("drug", "drug_weight") for x in ex for e in x.spans)


@pytest.mark.parametrize("absent, message", [(["weapon"], "unknown labels"), (["victim"], "both mapped and absent")])
def test_absent_labels_are_checked(tmp_path: Path, absent: list[str], message: str) -> None:
    raw = json.loads((SHIPPED / "labels.json").read_text(encoding="utf-8"))
    raw["formats"]["lawbench_theft"]["absent"] = absent
    (tmp_path / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_label_spec(tmp_path / "labels.json")


def test_fayan_jsonl_partial_labels(files: dict[str, Path]) -> None:
    fmt, recs = read_gold(files["fayan_jsonl"])
    ex = to_examples(fmt, recs, SPEC)
    assert ex[0].annotated == frozenset(SPEC.labels) and ex[1].annotated == frozenset({"victim"})
    assert [e.label for e in ex[0].spans] == ["defendant", "time", "place", "victim", "item"]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "张某", "entityMentions": [{"start": 0, "end": 5, "label": "person"}]}', "outside the text"),
        ('{"text": "张某", "entityMentions": [{"start": 0, "end": 2, "text": "李某", "label": "person"}]}', "differs"),
        ('{"text": "张某", "entityMentions": [{"start": 0, "label": "person"}]}', "needs start, end, label"),
        ('{"text": "张某", "entityMentions": []}\n{"text": ', r"bad\.jsonl:2: not valid JSON"),
    ],
)
def test_bad_records(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=message):
        read_gold(p)


def test_bad_first_record_names_its_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('\n{"text": \n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"bad\.jsonl:2: not valid JSON"):
        detect_format(p)


def test_unsupported_format(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text('{"question": "?"}\n', encoding="utf-8")
    with pytest.raises(UnsupportedFormat):
        detect_format(p)


def test_split_is_deterministic_and_disjoint() -> None:
    recs = [GoldRecord(str(i), str(i // 3), f"文{i}", ()) for i in range(30)]
    for fmt in ("cail2022_drug", "lawbench_theft"):
        train = split_records(fmt, recs, "train")
        held = split_records(fmt, recs, "heldout")
        assert {r.id for r in train}.isdisjoint({r.id for r in held})
        assert len(train) + len(held) == 30
        assert held == split_records(fmt, recs, "heldout")
    assert len(split_records("cail2022_drug", recs, "heldout")) == 6  # 2 of 10 documents
    with pytest.raises(UsageError):
        split_records("cail2022_drug", recs, "test")  # type: ignore[arg-type]


def test_split_keeps_copies_of_heldout_records_out_of_training() -> None:
    recs = [GoldRecord(str(i), str(i // 3), f"文{i}", ()) for i in range(30)]
    held = split_records("cail2022_drug", recs, "heldout")
    # the text of a held-out record filed again under a training document
    train_doc = next(r.group for r in recs if r not in held)
    copy = GoldRecord("copy", train_doc, held[0].text, ())
    recs2 = [*recs, copy]
    assert split_records("cail2022_drug", recs2, "heldout") == held
    train = split_records("cail2022_drug", recs2, "train")
    assert copy not in train and len(train) == 24
    assert not {r.text for r in train} & {r.text for r in held}


@pytest.mark.shared
def test_shared_files_parse(shared: Path) -> None:
    fmt, drug = read_gold(shared / "ner" / "cail2022_drug_train.jsonl")
    assert fmt == "cail2022_drug" and len(drug) == 1415
    held = split_records(fmt, drug, "heldout")
    assert len({r.group for r in held}) == 8 and len(held) == 281
    # 34 records of training documents (33 of articleId 0, one of 28) copy held-out ones: not trained on
    assert len(split_records(fmt, drug, "train")) == 1415 - 281 - 34
    fmt, theft = read_gold(shared / "ner" / "lawbench_2-6_dev.json")
    assert fmt == "lawbench_theft" and len(theft) == 218
    assert len(split_records(fmt, theft, "heldout")) == 109
    ex = to_examples(fmt, theft, SPEC)
    placed = sum(len(x.spans) for x in ex)
    given = sum(len(r.entities) for r in theft)
    assert placed / given > 0.97  # a few strings listed more often than they occur, or nested in one layer


# ---------------------------------------------------------------------------
# characters, windows


@pytest.mark.parametrize("ch, seen", [("Ａ", "a"), ("Z", "z"), ("５", "5"), ("\u3000", " "), ("\n", " "), ("盗", "盗")])
def test_norm_char(ch: str, seen: str) -> None:
    assert ner_data.norm_char(ch) == seen


def test_vocab_round_trip(tmp_path: Path) -> None:
    v = CharVocab.build(["被告人 张某", "被告人\u3000李某 A"], min_count=1)
    v.save(tmp_path / "vocab.txt")
    assert CharVocab.load(tmp_path / "vocab.txt") == v
    assert len(v.encode("被告人\n张某X")) == 7


@pytest.mark.parametrize("n", [0, 1, 255, 256, 257, 450, 1000, 5003])
def test_windows_cover_text(n: int) -> None:
    wins = _windows(n, 256, 192)
    covered = np.zeros(n, dtype=int)
    for s, e in wins:
        assert 0 <= s < e <= n and e - s <= 256
        covered[s:e] += 1
    assert (covered >= 1).all()
    for (s1, e1), (s2, _) in zip(wins, wins[1:]):
        assert e1 - s2 >= 64  # enough overlap to hand over


def test_stitch_hands_over_where_windows_agree() -> None:
    n = 10
    wins = [(0, 6), (4, 10)]
    a = np.array([[0], [0], [0], [0], [1], [2]])  # window 1 sees an entity at 4-5
    b = np.array([[1], [2], [0], [0], [0], [0]])  # window 2 agrees
    tags, _ = _stitch(wins, [(a, np.ones((6, 1))), (b, np.ones((6, 1)))], n, 1)
    assert tags[:, 0].tolist() == [0, 0, 0, 0, 1, 2, 0, 0, 0, 0]


# ---------------------------------------------------------------------------
# scoring


def test_score_multiset() -> None:
    s = score([[("犯罪嫌疑人", "周某"), ("犯罪嫌疑人", "周某")]], [[("犯罪嫌疑人", "周某")]])
    assert [(x.tp, x.fp, x.fn) for x in s] == [(1, 0, 1)]


@pytest.mark.parametrize("tp, fp, fn, f1", [(0, 0, 0, 0.0), (1, 1, 0, 0.6667), (3, 0, 1, 0.8571)])
def test_label_score(tp: int, fp: int, fn: int, f1: float) -> None:
    assert LabelScore("x", tp, fp, fn).f1 == f1


# ---------------------------------------------------------------------------
# errors without torch or weights


def test_import_without_torch() -> None:
    code = ("import sys; import fayan.nlp.ner; "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_torch_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ModelError, match=r'pip install "fayan\[ner\]"'):
        require_torch()
    with pytest.raises(ModelError, match="fayan\\[ner\\]"):
        load_model()


def test_missing_weights(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model.safetensors, config.json, vocab.txt, labels.json"):
        load_model(tmp_path)


# ---------------------------------------------------------------------------
# training


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fayan.nlp.ner.train import TrainConfig, train_ner

    root = _write_data_dir(tmp_path_factory.mktemp("data"))
    out = tmp_path_factory.mktemp("model")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),))
    report = train_ner(out, data_dir=root, seed=3, threads=1, config=cfg)
    assert report.finetune_steps > 0 and not report.stopped_early
    assert report.examples == {"cail2022_drug": 6, "lawbench_theft": 2}
    return out


def _predict_in_child(model: Any) -> None:
    """Run in a forked process: the model, then an operation on a tensor large enough for a parallel region."""
    import torch

    model.predict("被告人周某盗窃被害人吴某的手机。")
    torch.ones(1 << 20).add_(1)


@pytest.mark.skipif(sys.platform != "linux", reason="fork, as spaCy's nlp.pipe(n_process=2) uses on Linux")
def test_a_forked_process_runs_the_model(tiny_model_dir: Path) -> None:
    # GNU OpenMP is not fork-safe: after a parallel region here, a forked child's first one waited for ever
    # (spaCy's nlp.pipe(texts, n_process=2) hung); a loaded model makes forked children run torch on one thread
    import multiprocessing

    torch = pytest.importorskip("torch")
    model = load_model(tiny_model_dir)
    threads = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        torch.ones(1 << 20).add_(1)  # a parallel region in this process: OpenMP's team of threads now exists
        child = multiprocessing.get_context("fork").Process(target=_predict_in_child, args=(model,))
        child.start()
        child.join(timeout=120)
        if child.is_alive():
            child.kill()
            child.join()
        assert child.exitcode == 0
    finally:
        torch.set_num_threads(threads)


def test_tiny_training_reloads_identically(tiny_model_dir: Path, tmp_path: Path) -> None:
    # the label file is written as it was read: a rebuild leaves the shipped file's layout as it was
    assert (tiny_model_dir / "labels.json").read_bytes() == (SHIPPED / "labels.json").read_bytes()
    m1 = load_model(tiny_model_dir)
    m1.save(tmp_path)
    for f in MODEL_FILES:
        assert (tmp_path / f).read_bytes() == (tiny_model_dir / f).read_bytes()
    m2 = load_model(tmp_path)
    assert m2 is not m1
    texts = ["被告人周某盗窃被害人吴某的手机。", "被告人" * 40 + "吴某" * 30]
    assert m1.predict_many(texts) == m2.predict_many(texts)
    assert all(t[e.start : e.end] == e.text for t, ents in zip(texts, m1.predict_many(texts)) for e in ents)
    assert all(0.0 < e.score <= 1.0 for ents in m1.predict_many(texts) for e in ents)  # probabilities of the spans


def test_predict_batch_follows_precision(tiny_model_dir: Path) -> None:
    """By default a pass holds 64 windows in bfloat16 and 16 in float32, whose activations of 64 windows outgrow
    the CPU's cache; ``batch_size`` sets it (that the batch changes no entity: the shipped model's test below, this
    tiny model finds none)."""
    from fayan.nlp.ner.model import NerModel

    shared = load_model(tiny_model_dir)
    m = NerModel(shared.net, shared.vocab, shared.spec, window=shared.window, stride=shared.stride, path=tiny_model_dir)
    sizes: list[int] = []
    hook = m.net.register_forward_hook(lambda _mod, args, _out: sizes.append(args[0].shape[0]))
    texts = [f"被告人周某{i}日盗窃被害人吴某的手机。" for i in range(40)]  # one window each
    try:
        for bf16, expected in ((False, [16, 16, 8]), (True, [40])):
            m.bf16 = bf16
            sizes.clear()
            m.predict_many(texts)
            assert sizes == expected
        m.bf16 = False
        sizes.clear()
        m.predict_many(texts, batch_size=64)
        m.predict_many(texts, batch_size=3)
        assert sizes == [40] + [3] * 13 + [1]
    finally:
        hook.remove()


def test_log_after_sums_what_may_follow_a_span() -> None:
    """_log_after is, for every tag q, log sum over k' of exp(trans[q, k'] + log beta[k']), the I- of q's label left
    out; 0 at a sequence's end, -inf beyond it; tags that no path reaches (log beta -inf) add nothing."""
    import numpy as np

    from fayan.nlp.ner.model import _Layout

    rng = np.random.default_rng(3)
    b, t, k = 3, 7, 5
    lb = rng.normal(0.0, 4.0, (b, t, k))
    lb[0, 2, :] = -np.inf  # nothing reachable
    lb[1, 3, 1:] = -np.inf
    tr = rng.normal(0.0, 2.0, (k, k))
    tr[1, 3] = -1e4  # a forbidden transition
    n = np.array([7, 4, 1])
    got = _Layout._log_after(lb, tr, n)
    assert got.shape == (k, b, t + 1)
    for q in range(1, k):
        cont = q + 1 if q % 2 else q
        for row in range(b):
            for i in range(t + 1):
                if i > n[row]:
                    want = -np.inf
                elif i == n[row]:
                    want = 0.0
                else:
                    terms = [tr[q, c] + lb[row, i, c] for c in range(k) if c != cont and np.isfinite(lb[row, i, c])]
                    want = float(np.logaddexp.reduce(terms)) if terms else -np.inf
                if np.isfinite(want):
                    assert got[q, row, i] == pytest.approx(want, rel=1e-12, abs=1e-12)
                else:
                    assert got[q, row, i] == want


def test_version_follows_weights_and_label_content(tiny_model_dir: Path, tmp_path: Path) -> None:
    import shutil

    from fayan.nlp.ner.model import NerModel

    copy = tmp_path / "m"
    shutil.copytree(tiny_model_dir, copy)
    m = load_model(copy)

    def version() -> str:  # a fresh object: ``version`` is computed once per model
        return NerModel(m.net, m.vocab, m.spec, window=m.window, stride=m.stride, path=copy).version

    base = version()
    assert base.startswith("fayan-ner@") and base != "fayan-ner@unsaved"
    labels = json.loads((copy / "labels.json").read_text(encoding="utf-8"))
    (copy / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")  # layout only
    assert version() == base
    labels["role_cues"] = {}
    (copy / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    assert version() != base


def test_training_is_deterministic(tiny_model_dir: Path, tmp_path: Path) -> None:
    from fayan.nlp.ner.train import TrainConfig, train_ner

    root = _write_data_dir(tmp_path / "data")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),))
    train_ner(tmp_path / "again", data_dir=root, seed=3, threads=1, config=cfg)
    assert (tmp_path / "again" / "model.safetensors").read_bytes() == (tiny_model_dir / "model.safetensors").read_bytes()


def test_tagging_uses_its_own_dropout(tmp_path: Path) -> None:
    """Pre-training keeps ``dropout``; the tagging stage sets every dropout (attention included) to ``finetune_dropout``."""
    import torch

    from fayan.nlp.ner.train import finetune

    model, examples, cfg = _tiny_tagger(tmp_path, dropout=0.1, finetune_dropout=0.35, finetune_epochs=1)
    drops = [m for m in model.net.modules() if isinstance(m, torch.nn.Dropout)]
    assert len(drops) >= 4 and {m.p for m in drops} == {0.1}
    finetune(model, examples, cfg, 0, float("inf"), lambda *a: None)
    assert {m.p for m in drops} == {0.35}


def test_word_features_train_save_and_reload(tmp_path: Path) -> None:
    """A model with jieba word features records them in config.json, uses them, and reloads to the same predictions."""
    import torch

    from fayan.nlp.ner.train import TrainConfig, train_ner
    from fayan.nlp.ner.words import N_WORD_FEATURES

    root = _write_data_dir(tmp_path / "data")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),))
    assert cfg.word_features  # the default, as for the shipped model
    train_ner(tmp_path / "m", data_dir=root, seed=3, threads=1, config=cfg)
    assert json.loads((tmp_path / "m" / "config.json").read_text())["bert"]["word_features"] == N_WORD_FEATURES
    m1 = load_model(tmp_path / "m")
    assert m1.uses_words
    assert float(m1.net.word_embed.weight.detach().abs().sum()) > 0  # trained away from its zero start
    m1.save(tmp_path / "m2")
    m2 = load_model(tmp_path / "m2")
    texts = ["被告人周某在广州市荔湾区盗窃被害人吴某的手机。", "被告人" * 40 + "吴某" * 30]
    assert m1.predict_many(texts) == m2.predict_many(texts)
    with torch.no_grad():  # the features reach the scores
        m2.net.word_embed.weight.add_(1.0)
    ids, types, mask, words = (torch.tensor([[5, 6, 7]]), torch.zeros(1, 3, dtype=torch.long),
                               torch.ones(1, 3, dtype=torch.long), torch.tensor([[0, 9, 18]]))
    with torch.no_grad():
        assert not torch.equal(m1.net(ids, types, mask, words), m2.net(ids, types, mask, words))


def test_models_without_word_features_keep_their_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model trained without word features writes config.json as models did before them, and reads characters only."""
    from fayan.nlp.ner.train import TrainConfig, train_ner

    root = _write_data_dir(tmp_path / "data")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),),
                           word_features=False)
    train_ner(tmp_path / "m", data_dir=root, seed=3, threads=1, config=cfg)
    assert "word_features" not in json.loads((tmp_path / "m" / "config.json").read_text())["bert"]
    m = load_model(tmp_path / "m")
    assert not m.uses_words

    def no_words(text: str) -> None:
        raise AssertionError("word features computed for a model without them")

    monkeypatch.setattr("fayan.nlp.ner.model.word_features", no_words)
    assert all(isinstance(ents, list) for ents in m.predict_many(["被告人周某盗窃被害人吴某的手机。"]))


def test_training_needs_its_corpus(tmp_path: Path) -> None:
    from fayan.errors import InputError
    from fayan.nlp.ner.train import TrainConfig, train_ner

    root = _write_data_dir(tmp_path / "data")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("nowhere/*.txt", ""),))
    with pytest.raises(InputError, match="matches no file"):
        train_ner(tmp_path / "m", data_dir=root, config=cfg)


def test_evaluate_tiny_model(tiny_model_dir: Path, files: dict[str, Path]) -> None:
    m = load_model(tiny_model_dir)
    for fmt, path in files.items():
        rep = evaluate_file(path, m)
        d = rep.to_dict()
        assert d["format"] == fmt and 0.0 <= d["micro_f1"] <= 1.0
        assert "micro" in rep.render()
        # every gold mention is scored (found or missed), and micro sums the labels
        _, recs = read_gold(path)
        assert rep.records == len(recs)
        assert rep.micro.tp + rep.micro.fn == sum(len(r.entities) for r in recs)
        assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == tuple(
            sum(getattr(s, k) for s in rep.labels) for k in ("tp", "fp", "fn"))


def test_eval_ner_cli(tiny_model_dir: Path, files: dict[str, Path]) -> None:
    from typer.testing import CliRunner

    from fayan.cli import app

    runner = CliRunner()
    path = files["cail2022_drug"]
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["format"] == "cail2022_drug" and 0.0 <= d["micro_f1"] <= 1.0
    assert d == evaluate_file(path, load_model(tiny_model_dir)).to_dict()
    shared = load_model(tiny_model_dir)
    assert d["model"] == shared.version and d["precision"] == shared.precision
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--json", "--fp32"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["precision"] == "float32"
    assert load_model(tiny_model_dir) is shared and shared.precision == d["precision"]  # the cached model unswitched
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir)])
    assert res.exit_code == 0 and "micro" in res.stdout and f"model={shared.version}" in res.stdout
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--split", "test"])
    assert res.exit_code == 2 and "--split" in res.output
    res = runner.invoke(app, ["eval-ner", str(path.with_suffix(".nope")), "--model", str(tiny_model_dir)])
    assert res.exit_code != 0 and "nope" in res.output


def test_eval_ner_cli_with_no_record_to_score_fails(
    tiny_model_dir: Path, files: dict[str, Path], tmp_path: Path
) -> None:
    """A file of one group has no held-out part: micro 0.0000 over support 0 once read as a result (exit 0)."""
    from typer.testing import CliRunner

    from fayan.cli import app

    one = tmp_path / "one.jsonl"
    one.write_text(files["cail2022_drug"].read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert split_records(*read_gold(one), "heldout") == []
    for extra in ([], ["--json"]):
        res = CliRunner().invoke(app, ["eval-ner", str(one), "--model", str(tiny_model_dir), "--split", "heldout",
                                       *extra])
        assert res.exit_code == 1, res.output
        assert str(one) in res.output and "nothing was evaluated" in res.output and "micro" not in res.output
    res = CliRunner().invoke(app, ["eval-ner", str(one), "--model", str(tiny_model_dir), "--split", "all"])
    assert res.exit_code == 0, res.output


def test_train_ner_cli_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # -o . is the current folder; only no -o at all means the package's model folder, which gets a finished
    # model only: a run stopped early by --max-minutes exits 1 and leaves the package's model as it was
    from typer.testing import CliRunner

    import fayan.nlp.ner
    from fayan.cli import app

    targets: list[Path] = []
    stop_early = False

    class Report:
        def __init__(self) -> None:
            self.stopped_early = stop_early

        def render(self, where: str | None = None) -> str:
            return f"trained, now in {where or 'out'}"

    configs: list[object] = []

    def fake_train(target: Path, **kwargs: object) -> Report:
        targets.append(Path(target))
        configs.append(kwargs["config"])
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / "model.safetensors").write_text("stopped" if stop_early else "finished")
        return Report()

    package_model = tmp_path / "package_model"
    package_model.mkdir()
    (package_model / "model.safetensors").write_text("shipped")
    monkeypatch.setattr(fayan.nlp.ner, "train_ner", fake_train)
    monkeypatch.setattr(ner_data, "MODEL_DIR", package_model)
    monkeypatch.chdir(tmp_path)
    data = _write_data_dir(tmp_path / "data")
    runner = CliRunner()

    stop_early = True
    res = runner.invoke(app, ["train-ner", "--data", str(data)])
    text = " ".join(res.output.split())  # rich wraps long lines at the console width
    assert res.exit_code == 1 and "stopped early" in text and "now removed" in text
    assert (package_model / "model.safetensors").read_text() == "shipped"
    res = runner.invoke(app, ["train-ner", "--data", str(data), "-o", str(tmp_path / "partial")])
    assert res.exit_code == 1 and "under-trained" in res.output
    assert (tmp_path / "partial" / "model.safetensors").read_text() == "stopped"

    stop_early = False
    targets.clear()
    for args in (["-o", "."], ["-o", str(tmp_path / "m")], []):
        res = runner.invoke(app, ["train-ner", "--data", str(data), *args])
        assert res.exit_code == 0, res.output
        text = " ".join(res.output.split())
        # without -o the report names the package's folder, not the temporary folder the report came from
        assert ("copied in" in text) == (not args) and ("now in out" in text) == bool(args)
    assert targets[:2] == [Path("."), tmp_path / "m"]
    assert targets[2] != package_model and not targets[2].exists()  # trained beside, then copied in
    assert (package_model / "model.safetensors").read_text() == "finished"
    assert sorted(p.name for p in package_model.iterdir()) == ["model.safetensors"]
    # --precision: auto leaves it to the CPU (None), bf16 and fp32 choose
    assert [c.bf16 for c in configs[-3:]] == [None] * 3  # type: ignore[attr-defined]
    for choice, bf16 in (("bf16", True), ("fp32", False)):
        res = runner.invoke(app, ["train-ner", "--data", str(data), "-o", str(tmp_path / "m"), "--precision", choice])
        assert res.exit_code == 0 and configs[-1].bf16 is bf16  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------
# the shipped model

shipped = pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(), reason="no shipped model yet")


@shipped
def test_windows_are_decoded_64_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The network takes 16 windows a pass in float32, but the CRF decodes 64 at a time (its forward-backward steps
    through the characters one by one, a step over 64 windows costing about twice one over 16); windows of other
    lengths in one group decode as they do alone."""
    from fayan.nlp.ner.model import NerModel, _Layout, _windows

    shared = load_model()  # the shipped model: it finds entities in these texts
    m = NerModel(shared.net, shared.vocab, shared.spec, window=shared.window, stride=shared.stride, path=shared.path)
    m.bf16 = False
    rows: list[int] = []
    decode = _Layout.decode

    def spy(self: _Layout, logits: Any, lengths: Any, *args: Any) -> Any:
        rows.append(len(lengths))
        return decode(self, logits, lengths, *args)

    monkeypatch.setattr(_Layout, "decode", spy)
    texts = [f"{i}日，被告人郑某在某超市窃得被害人冯某现金{i * 10}元" + "，后逃离现场" * (i % 7) + "。" for i in range(100)]
    assert [len(_windows(len(t), m.window, m.stride)) for t in texts] == [1] * 100
    assert len({-(-len(t) // 16) for t in texts}) >= 3  # windows of several widths in a group
    found = m.predict_many(texts)
    assert rows == [64, 36]
    rows.clear()
    assert [m.predict_many([t])[0] for t in texts[:20]] == found[:20] and any(found[:20])
    assert rows == [1] * 20
    # nor does the network's batch change what is found
    assert m.predict_many(texts, batch_size=3) == m.predict_many(texts, batch_size=64) == found


@shipped
def test_shipped_model_on_a_fictional_sentence() -> None:
    text = "被告人张某于2020年5月在杭州市西湖区盗窃被害人李某的手机一部，价值人民币2000元。"
    got = {(e.text, e.label) for e in load_model().predict(text)}
    for expected in [("张某", "defendant"), ("李某", "victim"), ("2020年5月", "time"),
                     ("人民币2000元", "value")]:
        assert expected in got
    assert any(lab == "place" and "杭州市西湖区" in t for t, lab in got)
    assert any(lab == "item" and "手机" in t for t, lab in got)


@shipped
def test_shipped_model_drug_scheme() -> None:
    text = "2019年3月5日20时许，被告人王某在某县某路口向赵某贩卖甲基苯丙胺1包，重0.3克。"
    got = {(e.text, e.label) for e in load_model().predict(text, scheme="cail2022_drug")}
    assert {("甲基苯丙胺", "drug"), ("0.3克", "drug_weight"), ("王某", "defendant")} <= got


@shipped
def test_shipped_model_long_text_offsets() -> None:
    text = "被告人张某于2020年5月在杭州市西湖区盗窃被害人李某的手机一部，价值人民币2000元。" * 30
    ents = load_model().predict(text)
    assert all(text[e.start : e.end] == e.text for e in ents)
    assert sum(1 for e in ents if e.label == "defendant") >= 25


@shipped
def test_predict_many_groups_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    from fayan.nlp.ner import model as ner_model

    calls: list[list[str]] = []

    def spy(texts, entities, spec):  # records which texts are read as one document
        calls.append(list(texts))
        return apply_document_names(texts, entities, spec)

    monkeypatch.setattr(ner_model, "apply_document_names", spy)
    m = load_model()
    texts = ["被告人张某某在家。", "民警抓获张某某。", "被害人李某报警。"]
    m.predict_many(texts, documents=["a", "a", "b"])
    assert calls == [texts[:2], texts[2:]]
    calls.clear()
    m.predict_many(texts)  # by default each text is a document
    assert calls == [[t] for t in texts]
    with pytest.raises(UsageError, match="document keys"):
        m.predict_many(texts, documents=["a"])


@pytest.mark.parametrize("share", [0.0, 0.5])
def test_tagging_masks_its_share_of_characters(tmp_path: Path, share: float) -> None:
    """``finetune_mask`` replaces about that share of the real characters of each tagging batch by [MASK]."""
    from fayan.nlp.ner.train import finetune

    model, examples, cfg = _tiny_tagger(tmp_path, finetune_mask=share, finetune_epochs=3)
    seen: list[tuple[int, int]] = []  # (masked, real characters) per batch
    forward = model.net.forward

    def spy(ids, types, mask, words=None):  # type: ignore[no-untyped-def]
        seen.append((int(((ids == CharVocab.MASK) & (mask > 0)).sum()), int(mask.sum())))
        assert int(((ids == CharVocab.MASK) & (mask == 0)).sum()) == 0  # padding is never masked
        return forward(ids, types, mask, words)

    model.net.forward = spy  # type: ignore[method-assign]
    finetune(model, examples, cfg, 0, float("inf"), lambda *a: None)
    masked, total = map(sum, zip(*seen))
    assert total > 200
    if share == 0:
        assert masked == 0
    else:
        assert 0.35 < masked / total < 0.65


def test_adversarial_tagging_adds_a_second_pass_and_restores_the_embeddings(tmp_path: Path) -> None:
    """``finetune_adv`` trains each batch a second time at moved character embeddings, then moves them back."""
    from types import SimpleNamespace

    import torch

    from fayan.nlp.ner.train import _adversarial_step, finetune

    passes = {}
    for eps in (0.0, 1.0):
        model, examples, cfg = _tiny_tagger(tmp_path / str(eps), finetune_adv=eps, finetune_epochs=1)
        calls = []
        forward = model.net.forward

        def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(1)
            return forward(*args, **kwargs)

        model.net.forward = spy  # type: ignore[method-assign]
        result = finetune(model, examples, cfg, 0, float("inf"), lambda *a: None)
        passes[eps] = (len(calls), result["steps"])
    assert passes[0.0][0] == passes[0.0][1] > 0
    assert passes[1.0][0] == 2 * passes[1.0][1]

    # one step by hand: the embeddings are back where they were, and the gradient has grown by the second pass
    weight = torch.nn.Parameter(torch.randn(5, 3, generator=torch.Generator().manual_seed(0)))
    embeddings = SimpleNamespace(word_embeddings=SimpleNamespace(weight=weight))
    net = SimpleNamespace(bert=SimpleNamespace(embeddings=embeddings))
    ids = torch.tensor([0, 2])
    (weight[ids] ** 2).sum().backward()
    before_w, before_g = weight.detach().clone(), weight.grad.clone()
    _adversarial_step(net, 0.5, lambda: (weight[ids] ** 2).sum())
    assert torch.equal(weight.detach(), before_w)
    moved = before_w + 0.5 * before_g / before_g.norm()
    assert torch.allclose(weight.grad, before_g + 2 * moved * (before_g != 0))


def _log_z_by_autograd(scores: Any, trans: Any, start: Any, lengths: Any) -> Any:
    """The CRF forward algorithm in log space, step by step (what ``_log_partition`` replaced)."""
    import torch

    alpha = scores[:, 0] + start
    for i in range(1, scores.shape[1]):
        nxt = torch.logsumexp(alpha.unsqueeze(-1) + trans, dim=2) + scores[:, i]
        alpha = torch.where((i < lengths).view(-1, 1, 1), nxt, alpha)
    return torch.logsumexp(alpha, dim=-1)


def _crf_inputs(seed: int, n: int = 6, t: int = 23) -> tuple[Any, Any, Any, Any, Any]:
    """Scores with some tags ruled out (as for partial labels), the shipped layout's BIO constraints, mixed lengths."""
    import torch

    from fayan.nlp.ner.model import _NEG, _Layout

    layout = _Layout(SPEC)
    g = torch.Generator().manual_seed(seed)
    logits = torch.randn(n, t, SPEC.n_tags, generator=g, dtype=torch.float64) * 3
    allowed = torch.ones(n, t, SPEC.n_tags, dtype=torch.bool)
    only_o = torch.zeros(SPEC.n_tags, dtype=torch.bool)
    only_o[[int(o) for o in layout.offsets]] = True
    allowed[torch.rand(n, t, generator=g) < 0.4] = only_o  # "outside in every layer" at 40 % of the characters
    em = layout.emissions(logits)
    scores = torch.cat([em, em.masked_fill(~layout.stack_mask(allowed), _NEG)], 0)
    trans = torch.from_numpy(layout.trans).double() + torch.randn(layout.trans.shape, generator=g, dtype=torch.float64)
    start = torch.from_numpy(layout.start).double() + torch.randn(layout.start.shape, generator=g, dtype=torch.float64)
    lengths = torch.tensor([t, 1, 7, t - 1, 12, t][:n] * 2)
    return scores, trans, start, lengths, g


@pytest.mark.parametrize("seed", [0, 1])
def test_crf_log_partition_equals_the_forward_algorithm(seed: int) -> None:
    """The scaled forward-backward Function gives autograd's log Z and gradients (float64: to 1e-9)."""
    import torch

    from fayan.nlp.ner.model import _log_partition

    scores, trans, start, lengths, g = _crf_inputs(seed)
    weights = torch.randn(scores.shape[0], len(SPEC.layer_sizes), generator=g, dtype=torch.float64)
    got = []
    for fn in (_log_z_by_autograd, _log_partition().apply):
        s, tr, st = (x.clone().requires_grad_() for x in (scores, trans, start))
        z = fn(s, tr, st, lengths)
        (z * weights).sum().backward()
        got.append((z.detach(), s.grad, tr.grad, st.grad))
    for ref, fast in zip(*got):
        assert torch.allclose(ref, fast, rtol=1e-9, atol=1e-9)
    # beyond a sequence's length nothing counts
    assert float(got[1][1][1, 1:].abs().sum()) == 0.0


def test_crf_log_partition_gradcheck() -> None:
    import torch

    from fayan.nlp.ner.model import _log_partition

    scores, trans, start, lengths, _ = _crf_inputs(2, n=2, t=5)
    scores, trans, start = (x.clone().requires_grad_() for x in (scores, trans, start))
    assert torch.autograd.gradcheck(lambda s, tr, st: _log_partition().apply(s, tr, st, lengths), (scores, trans, start))


def _every_path(layout: Any, e: Any, tr: Any, st: Any, li: int, row: int, n: int) -> dict[tuple[int, ...], float]:
    """Every tag path of one layer and row that the BIO constraints allow -> its unnormalised weight."""
    import math

    k = layout.sizes[li]
    paths: dict[tuple[int, ...], float] = {}

    def grow(p: tuple[int, ...], s: float) -> None:
        if len(p) == n:
            paths[p] = math.exp(s)
            return
        for tag in range(k):
            step = st[li, tag] if not p else tr[li, p[-1], tag]
            if step > -1e3:
                grow((*p, tag), s + step + e[row, len(p), li, tag])

    grow((), 0.0)
    return paths


def _spans_of(p: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """(start, end, label index) of a BIO path."""
    out = []
    for s in (i for i in range(len(p)) if p[i] % 2 == 1):
        end = s + 1
        while end < len(p) and p[end] == p[s] + 1:
            end += 1
        out.append((s, end, (p[s] - 1) // 2))
    return out


def test_span_probabilities_equal_the_sum_over_every_path() -> None:
    """A span's score is the share of the probability of all tag paths that hold exactly that span, by enumeration."""
    import numpy as np

    from fayan.nlp.ner.model import _Layout

    layout = _Layout(SPEC)
    scores, trans, start, _, _ = _crf_inputs(3, n=2, t=5)
    em, lengths = scores[:2], np.array([4, 3])  # the emissions without ruled-out tags; both shorter than the batch
    e, tr, st = em.numpy(), trans.numpy(), start.numpy()
    checked = 0
    for li in range(len(layout.sizes)):
        for row, n in enumerate(lengths.tolist()):
            paths = _every_path(layout, e, tr, st, li, row, n)
            z = sum(paths.values())
            for p in list(paths)[:: max(1, len(paths) // 12)]:  # a dozen paths, every span of each
                path = np.zeros((2, 5, len(layout.sizes)), dtype=np.int64)
                path[row, :n, li] = p
                got = layout.span_probs(em, trans, start, lengths, path)[row, :, li]
                for s in (i for i in range(n) if p[i] % 2 == 1):
                    end = s + 1
                    while end < n and p[end] == p[s] + 1:
                        end += 1
                    want = sum(w for q, w in paths.items() if q[s:end] == p[s:end] and (end == n or q[end] != p[s] + 1)) / z
                    assert got[s:end] == pytest.approx([want] * (end - s), rel=1e-4, abs=1e-6)
                    checked += 1
                assert all(got[i] == 1.0 for i in range(5) if i >= n or p[i] == 0)
    assert checked > 80


def test_span_marginals_equal_the_sum_over_every_path() -> None:
    """Every span's probability, as span_marginals lists it, by enumeration of the paths; none is missing."""
    import numpy as np

    from fayan.nlp.ner.model import _Layout

    layout = _Layout(SPEC)
    scores, trans, start, _, _ = _crf_inputs(4, n=2, t=5)
    em, lengths = scores[:2], np.array([4, 3])
    listed = {(r, li, j, s, e): p for r, li, j, s, e, p in layout.span_marginals(em, trans, start, lengths, 1e-9)}
    e, tr, st = em.numpy(), trans.numpy(), start.numpy()
    want: dict[tuple[int, int, int, int, int], float] = {}
    for li in range(len(layout.sizes)):
        for row, n in enumerate(lengths.tolist()):
            paths = _every_path(layout, e, tr, st, li, row, n)
            z = sum(paths.values())
            for q, w in paths.items():
                for s, end, j in _spans_of(q):
                    key = (row, li, j, s, end)
                    want[key] = want.get(key, 0.0) + w / z
    want = {k: v for k, v in want.items() if v > 1e-9}
    assert set(listed) == set(want) and len(want) > 150
    for key, p in want.items():
        assert listed[key] == pytest.approx(p, rel=1e-6, abs=1e-9)
    # a floor keeps only the spans above it
    high = layout.span_marginals(em, trans, start, lengths, 0.5)
    assert {(r, li, j, s, e) for r, li, j, s, e, _ in high} == {k for k, v in want.items() if v > 0.5}


@pytest.mark.parametrize("threshold", [0.2, 0.35, 0.5])
def test_mbr_takes_the_spans_worth_most(threshold: float) -> None:
    """Minimum-Bayes-risk decoding returns, per layer, the non-overlapping spans with the largest sum of
    (probability - threshold): checked against every tag path's spans; its probabilities are the spans'."""
    import numpy as np

    from fayan.nlp.ner.model import _Layout

    layout = _Layout(SPEC)
    scores, trans, start, _, _ = _crf_inputs(5, n=2, t=6)
    em, lengths = scores[:2], np.array([6, 4])
    probs_of = {(r, li, j, s, e): p for r, li, j, s, e, p in layout.span_marginals(em, trans, start, lengths, 1e-12)}
    tags, probs = layout.mbr(em, trans, start, lengths, threshold)
    e, tr, st = em.numpy(), trans.numpy(), start.numpy()
    taken = 0
    for li in range(len(layout.sizes)):
        for row, n in enumerate(lengths.tolist()):
            worth = lambda q: sum(probs_of.get((row, li, j, s, end), 0.0) - threshold for s, end, j in _spans_of(q))  # noqa: E731
            best = max(worth(q) for q in _every_path(layout, e, tr, st, li, row, n))
            got = tuple(int(x) for x in tags[row, :n, li])
            assert worth(got) == pytest.approx(max(best, 0.0), abs=1e-9)
            for s, end, j in _spans_of(got):
                assert probs_of[(row, li, j, s, end)] > threshold
                assert probs[row, s:end, li].tolist() == pytest.approx([probs_of[(row, li, j, s, end)]] * (end - s))
                taken += 1
            assert not tags[row, n:, li].any()
    assert taken > 3


def test_viterbi_spans_probabilities_are_their_marginals() -> None:
    """decode without a threshold keeps Viterbi; the probability it gives each span is span_marginals' for it."""
    import numpy as np
    import torch

    from fayan.nlp.ner.model import _Layout

    layout = _Layout(SPEC)
    scores, trans, start, _, _ = _crf_inputs(6, n=3, t=9)
    em, lengths = scores[:3], np.array([9, 5, 8])
    net = torch.nn.Module()
    net.crf_trans = torch.nn.Parameter(trans - torch.from_numpy(layout.trans).double())
    net.crf_start = torch.nn.Parameter(start - torch.from_numpy(layout.start).double())
    logits = torch.zeros(3, 9, SPEC.n_tags, dtype=torch.float64)
    for li, (o, k) in enumerate(zip(layout.offsets, layout.sizes)):
        logits[:, :, o : o + k] = em[:, :, li, :k]
    tags, probs = layout.decode(logits, lengths, net)
    listed = {(r, li, j, s, e): p for r, li, j, s, e, p in layout.span_marginals(em, trans, start, lengths, 1e-12)}
    n_spans = 0
    for row, n in enumerate(lengths.tolist()):
        for li in range(len(layout.sizes)):
            for s, end, j in _spans_of(tuple(int(x) for x in tags[row, :n, li])):
                assert float(probs[row, s, li]) == pytest.approx(listed[(row, li, j, s, end)], rel=1e-5)
                n_spans += 1
    assert n_spans > 5
    # with a threshold, decode gives mbr's spans and probabilities (here not Viterbi's)
    mbr_tags, mbr_probs = layout.mbr(em, trans, start, lengths, 0.5)
    got_tags, got_probs = layout.decode(logits, lengths, net, 0.5)
    assert np.array_equal(got_tags, mbr_tags) and np.array_equal(got_probs, mbr_probs)
    assert not np.array_equal(mbr_tags, tags)


@pytest.mark.parametrize("p", [0.1, 0.2, 0.35])
def test_dropout_drops_its_share_and_keeps_the_mean(p: float) -> None:
    import torch

    from fayan.nlp.ner.model import dropout

    x = torch.ones(400, 1000)
    torch.manual_seed(7)
    y = dropout(x, p)
    dropped = float((y == 0).float().mean())
    assert abs(dropped - round(p * 256) / 256) < 0.005  # p rounded to a multiple of 1/256
    assert abs(float(y.mean()) - 1.0) < 0.01
    kept = torch.unique(y).tolist()
    assert len(kept) == 2 and kept[0] == 0.0 and kept[1] == pytest.approx(256 / (256 - round(p * 256)))
    torch.manual_seed(7)
    assert torch.equal(dropout(x, p), y)  # seeded like torch's own
    assert dropout(x, p, training=False) is x and dropout(x, 0.0) is x
    assert float(dropout(x, 1.0).abs().sum()) == 0.0


def _reference_dropout(x: Any, p: float, seed: int) -> Any:
    """What :func:`fayan.nlp.ner.model.dropout` computed before it was made faster: ``x`` times a mask of its dtype."""
    import torch

    torch.manual_seed(seed)
    cut, n = round(p * 256), x.numel()
    draws = torch.randint(-(2**63), 2**63 - 1, (-(-n // 8),), dtype=torch.int64)
    keep = draws.view(torch.uint8)[:n].view(x.shape) >= cut
    return x * (keep.to(x.dtype) * (256.0 / (256 - cut)))


def _bits(t: Any) -> Any:
    import torch

    return t.view({torch.float32: torch.int32, torch.bfloat16: torch.int16}[t.dtype])


@pytest.mark.parametrize(("dtype", "out"), [("float32", None), ("bfloat16", None), ("float32", "bfloat16")])
def test_dropout_is_the_mask_product_bit_for_bit(dtype: str, out: str | None) -> None:
    """Output and gradient are those of the product with a mask of x's dtype, cast to ``out`` after: bit for bit,
    the sign of a dropped value's zero included (training reproduces the weights it gave before)."""
    import torch

    from fayan.nlp.ner.model import dropout

    to = getattr(torch, out) if out else None
    x = (torch.randn(6, 4, 33, 31) * 3).to(getattr(torch, dtype)).requires_grad_()
    grad = torch.randn(x.shape).to(to or x.dtype)
    for p in (0.1, 0.2, 0.35):
        torch.manual_seed(5)
        y = dropout(x, p, dtype=to)
        ref = _reference_dropout(x, p, 5)
        ref = ref.to(to) if to else ref
        assert y.dtype == ref.dtype and torch.equal(_bits(y), _bits(ref))
        (got,) = torch.autograd.grad(y, x, grad)
        (want,) = torch.autograd.grad(ref, x, grad)
        assert got.dtype == x.dtype and torch.equal(_bits(got), _bits(want))
        assert bool(((y == 0) & torch.signbit(y)).any())  # negative zeros, as the mask product gives them


def test_training_attention_is_the_plain_order_bit_for_bit() -> None:
    """Scaling the query instead of the scores (a power of two: exact) and dropping in the matmul's dtype change no bit
    of the attention, forwards or backwards, in bfloat16 autocast as in float32."""
    import torch

    from fayan.nlp.ner.model import _attention

    class Module(torch.nn.Module):
        pass

    module = Module().train()
    torch.manual_seed(0)
    q, k, v = (torch.randn(3, 4, 17, 16, requires_grad=True) for _ in range(3))
    mask = torch.zeros(3, 1, 1, 17)
    mask[1, ..., 9:] = torch.finfo(torch.float32).min
    grad = torch.randn(3, 17, 4, 16)
    for bf16 in (False, True):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            qc, kc, vc = ((t.bfloat16() if bf16 else t) for t in (q, k, v))
            torch.manual_seed(9)
            got, _ = _attention(module, qc, kc, vc, mask, dropout=0.2)
            w = torch.softmax(torch.matmul(qc, kc.transpose(2, 3)) * 0.25 + mask, dim=-1)
            want = torch.matmul(_reference_dropout(w, 0.2, 9), vc).transpose(1, 2).contiguous()
        assert torch.equal(_bits(got), _bits(want))
        g = grad.to(got.dtype)
        assert all(torch.equal(_bits(a), _bits(b)) for a, b in
                   zip(torch.autograd.grad(got, (q, k, v), g), torch.autograd.grad(want, (q, k, v), g)))


def test_attention_equals_transformers_eager_attention() -> None:
    """Training attends with fayan's eager function (for the cheaper dropout): BERT's eager attention; inference with sdpa."""
    import torch

    from fayan.nlp.ner.train import TrainConfig, make_model

    torch.manual_seed(0)
    model = make_model(CharVocab.build(["被告人周某盗窃被害人吴某的手机"], 1), SPEC, TrainConfig.tiny(dropout=0.0), 0)
    net = model.net
    ids = torch.randint(3, len(model.vocab), (3, 9))
    mask = torch.tensor([[1] * 9, [1] * 4 + [0] * 5, [1] * 1 + [0] * 8])
    types, words = torch.zeros_like(ids), torch.randint(0, 30, (3, 9))
    assert net.bert.config._attn_implementation == "sdpa"  # NerModel puts its network in eval mode
    with torch.no_grad():
        inference = net(ids, types, mask, words)
        net.train()
        assert net.bert.config._attn_implementation == "fayan_eager"
        training = net(ids, types, mask, words)  # no dropout (0.0): the same function as in eval mode
        net.bert.config._attn_implementation = "eager"
        eager = net(ids, types, mask, words)
    keep = mask.bool()
    assert torch.allclose(training[keep], eager[keep], atol=1e-6)
    assert torch.allclose(inference[keep], eager[keep], atol=1e-5)
    # the attention dropout reaches fayan's function (transformers passes its p by keyword)
    net.bert.config._attn_implementation = "fayan_eager"
    for layer in net.bert.encoder.layer:
        layer.attention.self.dropout.p = 0.5
    with torch.no_grad():
        dropped = net(ids, types, mask, words)
    assert not torch.allclose(dropped[keep], training[keep], atol=1e-3)
    assert net.eval().bert.config._attn_implementation == "sdpa"


def test_inference_precision(tiny_model_dir: Path) -> None:
    """bfloat16 inference by default only where the CPU computes it natively; either precision gives whole entities."""
    from fayan.nlp.ner.model import NerModel, _native_bf16
    from fayan.pipelines.assemble import extract_document
    from fayan.types import Document

    loaded = load_model(tiny_model_dir)
    assert loaded.bf16 == _native_bf16()
    texts = ["被告人周某盗窃被害人吴某的手机。", "被告人" * 40 + "吴某" * 30]
    for bf16 in (False, True):
        m = NerModel(loaded.net, loaded.vocab, loaded.spec, window=loaded.window, stride=loaded.stride,
                     path=loaded.path)  # not the cached one
        m.bf16 = bf16
        preds = m.predict_many(texts)
        assert all(t[e.start : e.end] == e.text for t, ents in zip(texts, preds) for e in ents)
        # what a Judgment records names the precision too
        assert m.version == loaded.version and m.precision == ("bfloat16" if bf16 else "float32")
        assert m.run_version == loaded.version + ("+bf16" if bf16 else "")
        text = "经审理查明：" + texts[0]
        assert extract_document(Document(id="p", text=text, original=text), ner=m).ner_model == m.run_version


def test_train_device_is_checked_first(tmp_path: Path) -> None:
    """A device fayan cannot train on stops train_ner (and train-ner) before any data is read."""
    import torch
    from typer.testing import CliRunner

    from fayan.cli import app
    from fayan.nlp.ner.train import train_ner, training_device

    assert training_device("cpu") == "cpu"
    missing = tmp_path / "no-data"  # never read: the device is checked first
    with pytest.raises(UsageError, match="'nonsense': not a torch device name"):
        train_ner(tmp_path / "m", data_dir=missing, device="nonsense")
    with pytest.raises(UsageError, match="'meta': fayan trains on cpu or cuda"):
        train_ner(tmp_path / "m", data_dir=missing, device="meta")
    if not torch.cuda.is_available():
        with pytest.raises(UsageError, match="sees no CUDA GPU"):
            train_ner(tmp_path / "m", data_dir=missing, device="cuda")
        data = _write_data_dir(tmp_path / "data")
        res = CliRunner().invoke(app, ["train-ner", "--data", str(data), "-o", str(tmp_path / "m"), "--device", "cuda"])
        assert res.exit_code != 0 and "sees no CUDA GPU" in " ".join(res.output.split())
        assert not (tmp_path / "m").exists()


def test_training_precision_follows_the_cpu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """By default training runs in bfloat16 only where the CPU computes it natively: elsewhere torch emulates it,
    tens of times slower than float32 (a masked-LM step 53.5 s against 1.9 s on a 2-core AVX2 AMD EPYC)."""
    import fayan.nlp.ner.train as train_mod
    from fayan.nlp.ner.train import TrainConfig, train_ner, training_bf16

    root = _write_data_dir(tmp_path / "data")
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),),
                           bf16=None, pretrain_steps=1, finetune_epochs=1)
    seen: list[bool] = []
    real_pretrain = train_mod.pretrain

    def spy(model: object, corpus: object, c: TrainConfig, *args: object, **kwargs: object) -> object:
        seen.append(training_bf16(c))
        return real_pretrain(model, corpus, c, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(train_mod, "pretrain", spy)
    for native in (False, True):
        monkeypatch.setattr(train_mod, "_native_bf16", lambda native=native: native)
        assert training_bf16(TrainConfig()) is native
        assert training_bf16(TrainConfig(bf16=True)) is True and training_bf16(TrainConfig(bf16=False)) is False
        said: list[str] = []
        report = train_ner(tmp_path / f"m{native}", data_dir=root, seed=3, threads=1, config=cfg, log=said.append)
        assert report.precision == ("bfloat16" if native else "float32") and seen[-1] is native
        assert any("computes no bfloat16 natively" in m for m in said) is (not native)
        assert report.precision in report.render()
    said = []
    report = train_ner(tmp_path / "forced", data_dir=root, seed=3, threads=1, log=said.append,
                       config=replace(cfg, bf16=False))
    assert report.precision == "float32" and not any("precision" in m for m in said)  # asked for: nothing to say
    monkeypatch.setattr(train_mod, "_native_bf16", lambda: False)
    report = train_ner(tmp_path / "emulated", data_dir=root, seed=3, threads=1, log=said.append,
                       config=replace(cfg, bf16=True))
    assert report.precision == "bfloat16" and any("emulates" in m for m in said)


def test_bootstrap_interval() -> None:
    from fayan.nlp.ner.evaluate import bootstrap

    # four groups: two found whole, two missed whole; the interval spans what drawing them again can give
    gold = [[("Nh", 0, 2)], [("Nh", 0, 2)], [("NT", 1, 3)], [("NT", 1, 3)]]
    pred = [[("Nh", 0, 2)], [("Nh", 0, 2)], [], []]
    iv = bootstrap(gold, pred, ["a", "b", "c", "d"], 2000)
    assert iv.groups == 4 and iv.resamples == 2000 and iv.level == 0.95
    assert 0.0 <= iv.low < micro(score(gold, pred)).f1 < iv.high <= 1.0
    assert iv == bootstrap(gold, pred, ["a", "b", "c", "d"], 2000)  # seeded
    # whole groups are drawn: one group holding every record always gives the point itself
    one = bootstrap(gold, pred, ["x"] * 4, 500)
    assert one.groups == 1 and one.low == one.high == micro(score(gold, pred)).f1
    # two groups, one found whole and one missed whole: some draws hold only the missed one (0), some only the found (1)
    two = bootstrap(gold, pred, ["a", "a", "c", "c"], 2000)
    assert two.groups == 2 and two.low == 0.0 and two.high == 1.0
    with pytest.raises(UsageError, match="at least 1"):
        bootstrap(gold, pred, ["a", "b", "c", "d"], 0)
    with pytest.raises(UsageError, match="group keys"):
        bootstrap(gold, pred, ["a"], 10)


class _StandIn:
    """A stand-in model with the shipped label spec that reports the entities it is given for each text, and
    nothing for other texts."""

    version = "stand-in"
    precision = "float32"

    def __init__(self, found: dict[str, list[Entity]]) -> None:
        self.spec = SPEC
        self.found = found

    def predict_many(self, texts: list[str], **_: Any) -> list[list[Entity]]:
        return [self.found.get(t, []) for t in texts]


def _oracle(path: Path) -> _StandIn:
    """Predicts the gold mentions of article 1's records and nothing elsewhere: its score against the tiny model's
    differs, by a known amount per group."""
    fs = SPEC.formats["cail2022_drug"]
    _, records = read_gold(path)
    return _StandIn({r.text: [Entity(e.start, e.end, e.text, fs.labels[e.label][0]) for e in r.entities]
                     for r in records if r.group == "1"})


def test_eval_ner_bootstrap(tiny_model_dir: Path, files: dict[str, Path]) -> None:
    from typer.testing import CliRunner

    from fayan.cli import app

    path = files["cail2022_drug"]
    report = evaluate_file(path, load_model(tiny_model_dir), resamples=300)
    assert report.interval is not None and report.interval.resamples == 300
    _, recs = read_gold(path)
    assert report.interval.groups == len({r.group for r in recs})
    # the model that finds article 1 whole: 0.7368 on both articles, 0 on article 2 drawn twice, 1 on article 1 twice
    found = evaluate_file(path, _oracle(path), resamples=300)  # type: ignore[arg-type]  # duck-typed model
    assert found.micro_f1 == 0.7368 and found.interval is not None
    assert (found.interval.low, found.interval.high, found.interval.groups) == (0.0, 1.0, 2)
    assert "interval" in report.render() and "interval" not in evaluate_file(path, load_model(tiny_model_dir)).render()
    runner = CliRunner()
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--json", "--bootstrap", "300"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["micro_f1_interval"] == report.interval.to_dict()
    res = runner.invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--bootstrap", "-1"])
    assert res.exit_code == 2 and "--bootstrap" in res.output


def test_eval_ner_against_another_model(tiny_model_dir: Path, files: dict[str, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from fayan.cli import app
    from fayan.nlp.ner.train import TrainConfig, make_model

    path = files["cail2022_drug"]
    m = load_model(tiny_model_dir)
    same = evaluate_file(path, m, resamples=300, against=m)
    assert same.against is not None and same.against.micro == same.micro
    assert same.against.interval is not None and (same.against.interval.low, same.against.interval.high) == (0.0, 0.0)
    # a model that finds article 1 whole: both scored on the same records, the difference drawn on the same groups
    oracle = _oracle(path)
    rep = evaluate_file(path, oracle, resamples=300, against=m)  # type: ignore[arg-type]  # duck-typed model
    assert rep.micro.tp > 0 and rep.micro.fp == 0 and rep.micro.fn > 0
    assert rep.against is not None and rep.against.model == m.version
    assert rep.against.micro == evaluate_file(path, m).micro
    d = rep.to_dict()["against"]
    # the tiny network finds nothing here; the oracle finds article 1's 14 mentions of 24: F1 28 / 38
    assert rep.against.micro.tp == 0 and d["difference"] == round(rep.micro_f1 - rep.against.micro.f1, 4) == 0.7368
    # two groups (articles 1 and 2): article 2 drawn twice leaves the two models level (0), article 1 drawn twice
    # gives the oracle every mention (1), each a quarter of the draws
    assert (d["difference_interval"]["low"], d["difference_interval"]["high"], d["difference_interval"]["groups"]) == (
        0.0, 1.0, 2)
    assert f"against {m.version}" in rep.render() and "paired interval" in rep.render()
    assert "paired" not in evaluate_file(path, oracle, against=m).render()  # type: ignore[arg-type]  # no bootstrap
    # the command line: another model folder (an untrained network with the same labels)
    make_model(m.vocab, m.spec, TrainConfig.tiny(), seed=11).save(tmp_path / "other")
    other = load_model(tmp_path / "other")
    res = CliRunner().invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--json",
                                   "--against", str(tmp_path / "other"), "--bootstrap", "300"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["against"] == evaluate_file(path, m, resamples=300, against=other).to_dict()["against"]
    assert json.loads(res.stdout)["against"]["model"] == other.version != m.version
    res = CliRunner().invoke(app, ["eval-ner", str(path), "--model", str(tiny_model_dir), "--against", str(tmp_path / "none")])
    assert res.exit_code != 0 and "none" in res.output
    # a model whose label spec matches this format's mentions another way scores other gold items: refused
    spec = json.loads((tmp_path / "other" / "labels.json").read_text(encoding="utf-8"))
    spec["formats"]["cail2022_drug"]["match"] = "string"
    (tmp_path / "other" / "labels.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UsageError, match="score the file's gold differently"):
        evaluate_file(path, m, against=load_model(tmp_path / "other"))


def _scripted(script: dict[str, list[tuple[str, str]]]) -> _StandIn:
    """Reports, for each text, the fayan-labelled strings it is given (first occurrence), with score 0.5."""
    return _StandIn({t: [Entity(t.index(x), t.index(x) + len(x), x, lab, 0.5) for x, lab in items]
                     for t, items in script.items()})


def test_disagreements_drug_file(files: dict[str, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from fayan.cli import app

    path = files["cail2022_drug"]
    text = str(DRUG[0]["sentText"])
    model = _scripted({text: [("2019年3月5日20时许", "time"), ("王某", "defendant"), ("某县某路口", "time"),
                              ("300元", "drug"), ("赵某", "person"), ("甲基苯丙胺", "drug")]})
    rep = evaluate_file(path, model, errors=True)  # type: ignore[arg-type]  # duck-typed model
    assert rep.errors is not None
    first = [d for d in rep.errors if d.line == 1]  # the file holds the three records twice
    assert [(d.kind, d.label, d.gold and d.gold.text, d.pred and d.pred.text) for d in first] == [
        ("boundary", "NT", "2019年3月5日20时", "2019年3月5日20时许"),
        ("label", "Ns", "某县某路口", "某县某路口"),
        ("spurious", "NDR", None, "300元"),
        ("missed", "NW", "0.3克", None),
    ]
    assert first[1].pred is not None and first[1].pred.label == "NT"
    assert first[0].context == "公诉机关指控，【2019年3月5日20时许】，被告人王某在某县某路口以300元的价格"
    assert {d.record for d in first} == {"1-0"} and {d.line for d in rep.errors if d.record == "2-0"} == {3, 6}
    # a boundary or label disagreement is one miss and one false find: the counts add up to the report's
    kinds = {k: sum(1 for d in rep.errors if d.kind == k) for k in ("boundary", "label", "missed", "spurious")}
    assert rep.micro.fn == kinds["boundary"] + kinds["label"] + kinds["missed"]
    assert rep.micro.fp == kinds["boundary"] + kinds["label"] + kinds["spurious"]
    counts = rep.error_counts()
    assert counts["NT"]["boundary"] == counts["Ns"]["label"] == counts["NDR"]["spurious"] == 2  # the record twice
    assert sum(sum(row.values()) for row in counts.values()) == len(rep.errors)
    assert rep.to_dict()["disagreements"] == counts and "disagreements:" in rep.render()
    assert "disagreements" not in evaluate_file(path, model).to_dict()  # type: ignore[arg-type]  # not asked for
    # the command line writes them, one JSON object a line
    out = tmp_path / "errs" / "errors.jsonl"
    res = CliRunner().invoke(app, ["eval-ner", str(path), "--errors", str(out)])
    assert res.exit_code == 0, res.output
    assert "disagreements:" in res.stdout
    written = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    shipped = evaluate_file(path, errors=True)
    assert shipped.errors and written == [d.to_dict() for d in shipped.errors]
    assert all(set(w) == {"record", "line", "kind", "label", "gold", "pred", "context"} for w in written)
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval-ner", str(path), "--errors", str(blocked / "errors.jsonl")])
    assert res.exit_code != 0 and "cannot write the disagreements" in " ".join(res.output.split())


def test_disagreements_theft_file(files: dict[str, Path], tmp_path: Path) -> None:
    from fayan.nlp.ner.evaluate import disagreements

    fmt, recs = read_gold(files["lawbench_theft"])
    fs = SPEC.formats[fmt]
    text = recs[0].text
    model = _scripted({text: [("周某", "defendant"), ("吴某", "victim"), ("2021年6月1日22时", "time"),
                              ("电动自行车一辆", "item"), ("人民币1500元", "value")]})
    found = disagreements(recs[:1], fs, model.predict_many([text]))
    # strings are placed in the text to find what overlaps; the ones matched as strings are no disagreement
    assert [(d.kind, d.label, d.gold and d.gold.text, d.pred and d.pred.text) for d in found] == [
        ("boundary", "时间", "2021年6月1日22时许", "2021年6月1日22时"),
        ("missed", "地点", "某市某区某小区内", None),
        ("boundary", "被盗物品", "吴某的电动自行车一辆", "电动自行车一辆"),
    ]
    assert found[1].gold is not None and text[found[1].gold.start:found[1].gold.end] == "某市某区某小区内"
    assert found[0].line is None  # a JSON array has no line per record
    # a gold string that is not in its text is missed, and says so
    odd = GoldRecord("x", "x", "被告人郑某窃得现金800元。", (GoldEntity("犯罪嫌疑人", "郑某"), GoldEntity("受害人", "冯某")))
    (d,) = disagreements([odd], fs, [[Entity(3, 5, "郑某", "defendant")]])
    assert (d.kind, d.gold, d.context) == ("missed", GoldEntity("受害人", "冯某"), "【冯某】 (not in the text)")
    with pytest.raises(UsageError, match="1 gold records but 0 predictions"):
        disagreements([odd], fs, [])


def test_eval_report_columns_line_up_with_chinese_labels() -> None:
    """The plain-text tables pad labels by their width on a terminal (a Chinese character takes two columns)."""
    from rich.cells import cell_len

    from fayan.nlp.ner.evaluate import Disagreement, EvalReport

    labels = (LabelScore("受害人", 9, 1, 0), LabelScore("犯罪嫌疑人", 5, 0, 2), LabelScore("NT", 3, 1, 1))
    errors = (Disagreement("1", None, "spurious", None, Entity(0, 2, "张某", "受害人"), "【张某】"),
              Disagreement("2", None, "missed", GoldEntity("犯罪嫌疑人", "李某", 0, 2), None, "【李某】"))
    text = EvalReport("x.json", "lawbench_theft", "all", "fayan", "string", 3, labels, "m", "float32",
                      errors=errors).render().splitlines()
    scores = text[2:7]  # header, three labels, micro
    assert [x.split()[0] for x in scores] == ["label", "受害人", "犯罪嫌疑人", "NT", "micro"]
    assert len({cell_len(x) for x in scores}) == 1
    kinds = text[text.index(next(x for x in text if x.startswith("disagreements:"))) + 1:]
    assert [x.split()[0] for x in kinds] == ["label", "受害人", "犯罪嫌疑人"]
    assert len({cell_len(x) for x in kinds}) == 1


# ---------------------------------------------------------------------------
# the annotators' labels as training data (train-ner --extra), and JSON corpus fields


def test_train_ner_reads_the_annotators_file(tmp_path: Path) -> None:
    """Label Studio export -> the annotator's spans -> import -> fayan NER JSONL -> train-ner --extra."""
    from fayan.nlp.ner.train import TrainConfig, load_training_examples, train_ner
    from fayan.pipelines.annotate import AnnotatedSpan, AnnotatedText, write_training_jsonl

    root = _write_data_dir(tmp_path / "data")
    text = "被告人何某于2022年2月在某镇盗窃被害人吕某的手机一部。"
    marked = [AnnotatedSpan(3, 5, "何某", "DEFENDANT"), AnnotatedSpan(19, 21, "吕某", "VICTIM"),
              AnnotatedSpan(19, 26, "吕某的手机一部", "ITEM"), AnnotatedSpan(14, 16, "盗窃", "CHARGE")]
    extra = tmp_path / "labels.jsonl"
    summary = write_training_jsonl([AnnotatedText("d1", text, tuple(marked), "ls.json#0")], extra)
    assert dict(summary.dropped) == {"CHARGE": 1}  # no NER label: left out, counted
    cfg = TrainConfig.tiny(drug_file="ner/drug.jsonl", theft_file="ner/theft.json", corpus=(("corpus/*.txt", ""),))
    examples, _heldout, counts = load_training_examples(root, cfg, SPEC, [extra])
    assert counts[str(extra)] == 1
    (mine,) = [e for e in examples if e.text == text]
    assert sorted((s.start, s.end, s.label) for s in mine.spans) == [(3, 5, "defendant"), (19, 21, "victim"),
                                                                      (19, 26, "item")]
    report = train_ner(tmp_path / "m", data_dir=root, seed=3, threads=1, config=cfg, extra_train_files=[extra])
    assert report.examples[str(extra)] == 1 and report.finetune_steps > 0
    # a file in another format is no extra training file: the error names it
    with pytest.raises(UsageError, match="theft.json: extra training files must be fayan NER JSONL"):
        load_training_examples(root, cfg, SPEC, [root / "ner" / "theft.json"])


def test_corpus_reads_json_fields(tmp_path: Path) -> None:
    from fayan.errors import InputError
    from fayan.nlp.ner.train import TrainConfig, build_corpus

    (tmp_path / "qa.json").write_text(json.dumps({"data": [
        {"paragraphs": [{"context": "被告人甲某盗窃。"}, {"context": "被告人乙某诈骗。"}]},
        {"paragraphs": [{"context": "另查明，被告人丙某于2020年5月在某地抢劫他人财物。"}]},
    ]}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "facts.json").write_text(json.dumps([{"fact": "经审理查明，丁某盗窃。"}, {"fact": 7}], ensure_ascii=False),
                                         encoding="utf-8")
    cfg = TrainConfig.tiny(corpus=(("qa.json", "data[].paragraphs[].context"), ("facts.json", "[].fact")))
    # a document holding a held-out text is left out (judged by its first 24 characters)
    texts, dropped = build_corpus(tmp_path, cfg, exclude=["被告人丙某于2020年5月在某地抢劫他人财物。"])
    assert texts == ["被告人甲某盗窃。", "被告人乙某诈骗。", "经审理查明，丁某盗窃。"] and dropped == 1
    with pytest.raises(InputError, match="corpus field 'data\\[\\].missing' not readable"):
        build_corpus(tmp_path, TrainConfig.tiny(corpus=(("qa.json", "data[].missing"),)))
