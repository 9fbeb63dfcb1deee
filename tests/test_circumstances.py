"""Sentencing circumstances in the reasoning, attributed to the right defendant."""

from __future__ import annotations

from pathlib import Path

import pytest

from fayan.nlp.circumstances import decides_lightly, find_bracket_acts, find_circumstances

NAMES = ["甲某", "乙某", "丙某"]


# the court's saying it punishes more lightly or declines to: nearly every 情节 sentence ends in one (…系自首，可以从轻
# 处罚), so the tests of the 情节 leave them out; test_lenience_decisions reads them
LENIENCE = {"从轻处罚", "不予从轻"}


def _hits(text: str, names: list[str] = NAMES) -> set[tuple[str, str | None, bool]]:
    return {(h.kind, h.defendant, h.negated) for h in find_circumstances(text, 0, len(text), names)
            if h.kind not in LENIENCE}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("被告人甲某系自首，依法可以从轻处罚。", {"从轻处罚"}),
        ("被告人甲某构成自首，依法可对其所犯抢劫罪从轻处罚。", {"从轻处罚"}),
        ("被告人甲某虽有自首情节，但罪行极其严重，不足以从轻处罚。", {"不予从轻"}),
        ("被告人甲某虽有自首情节，亦不足以对其从轻处罚。", {"不予从轻"}),
        ("被告人甲某虽有自首情节，但不宜从轻处罚。", {"不予从轻"}),
        ("被告人甲某虽能如实供述自己罪行，但不足以对二被告人从宽处罚。", {"不予从轻"}),
        ("被告人甲某系累犯，应当从重处罚。", set()),
        # 酌情 / 酌定 / 可予 between the court's word and 从轻 (blind circumstance labels of the dev judgments)
        ("被告人甲某自愿认罪，酌情从轻处罚。", {"从轻处罚"}),
        ("被告人甲某认罪态度较好，对其可酌情从轻处罚。", {"从轻处罚"}),
        ("被告人甲某案发后认罪、悔罪，可酌定从轻处罚。", {"从轻处罚"}),
        ("被告人甲某能积极缴纳罚金，可予酌情从轻处罚。", {"从轻处罚"}),
        ("被告人甲某在本院审理过程中自愿认罪，具有可酌情从轻处罚的情节。", {"从轻处罚"}),
        ("被告人甲某罪行极其严重，不能对其酌情从轻处罚。", {"不予从轻"}),
        # the statute's allowance is no saying that it punishes more lightly (check E3 reads the difference)
        ("被告人甲某系自首，依法可以从轻或者减轻处罚。", set()),
    ],
)
def test_lenience_decisions(text: str, expected: set) -> None:
    hits = find_circumstances(text, 0, len(text), NAMES)
    assert {h.kind for h in hits if h.kind in LENIENCE} == expected
    assert all(h.defendant == "甲某" and not h.negated for h in hits if h.kind in LENIENCE)


@pytest.mark.parametrize(
    "text, decided",
    [
        # the court sums up its grounds and decides: kept beside the 酌情从轻 of the 退赃 before it, from its
        # summing up
        ("被告人甲某系自首，可以从轻或者减轻处罚。被告人甲某积极退赃，可以酌情从轻处罚。综上，决定对被告人甲某予以从轻处罚。",
         {"甲某": "综上，决定对被告人甲某予以从轻处罚"}),
        ("被告人甲某、乙某系自首，可以从轻或者减轻处罚。甲某退赃，可以酌情从轻处罚。综上，对被告人甲某、乙某均予以从轻处罚。",
         {"甲某": "综上，对被告人甲某、乙某均予以从轻处罚", "乙某": "综上，对被告人甲某、乙某均予以从轻处罚"}),
        ("被告人甲某系自首，可以减轻处罚。综合考虑其犯罪情节、悔罪表现，本院对其从轻处罚。",
         {"甲某": "综合考虑其犯罪情节、悔罪表现，本院对其从轻处罚"}),
        ("被告人甲某系自首，可以从轻处罚。本院决定依法对其予以从轻处罚。", {"甲某": "本院决定依法对其予以从轻处罚"}),
        # a party's request, the law's allowance, a lenience said of one ground: no decision on all of them
        ("被告人甲某系自首，可以从轻处罚。综上，辩护人请求对被告人甲某从轻处罚。", {}),
        ("被告人甲某系自首。综上，可以对其从轻处罚。", {}),
        ("被告人甲某系自首，依法予以从轻处罚。", {}),
        ("被告人甲某系自首。综上，对被告人甲某予以从轻处罚的辩护意见，本院予以采纳。", {}),
    ],
)
def test_a_lenience_decided_after_summing_up(text: str, decided: dict) -> None:
    hits = find_circumstances(text, 0, len(text), NAMES)
    words = {h.defendant: text[h.start : h.end] for h in hits
             if decides_lightly(h.kind, text[h.start : h.end])}
    assert words == decided


@pytest.mark.parametrize(
    "text,expected",
    [
        # 一人一情节
        ("被告人甲某系累犯，应当从重处罚。", {("累犯", "甲某", False)}),
        ("被告人乙某自动投案，如实供述自己的罪行，系自首，可以从轻处罚。", {("自首", "乙某", False)}),
        ("被告人丙某归案后如实供述自己的罪行，可以从轻处罚。", {("坦白", "丙某", False)}),
        ("被告人丙某归案后如实供述自己罪行，主动交代监察机关尚未掌握的部分受贿事实。", {("坦白", "丙某", False)}),
        # 列举多人
        # (依法应当减轻处罚: the law's must, applied by the court, is its decision to go below the bracket)
        ("被告人乙某、丙某起次要作用，系从犯，依法应当减轻处罚。",
         {(k, n, False) for k in ("从犯", "减轻处罚") for n in ("乙某", "丙某")}),
        ("被告人乙某系共同犯罪中的从犯。", {("从犯", "乙某", False)}),
        # a role described before 的, as 主犯 may be (系共同犯罪中地位、作用突出的主犯)
        ("被告人乙某系共同犯罪中地位、作用较小的从犯。", {("从犯", "乙某", False)}),
        # 全体
        ("三被告人归案后均如实供述自己的罪行，系坦白。", {("坦白", n, False) for n in NAMES}),
        ("各被告人均自愿认罪认罚。", {("认罪认罚", n, False) for n in NAMES}),
        # 否定
        ("被告人甲某不构成自首。", {("自首", "甲某", True)}),
        ("辩护人提出被告人甲某系自首的意见，经查与事实不符，本院不予采纳。", {("自首", "甲某", True)}),
        ("被告人甲某至今未退赔被害人经济损失。", {("退赃退赔", "甲某", True)}),
        # 后文未点名时沿用前句
        ("被告人丙某犯罪时已满十六周岁不满十八周岁，依法应当从轻处罚。其法定代理人已代为赔偿被害人经济损失并取得谅解。",
         {("未成年", "丙某", False), ("赔偿", "丙某", False), ("谅解", "丙某", False)}),
        # 各种情节
        ("被告人甲某犯罪未遂，可以比照既遂犯减轻处罚。", {("未遂", "甲某", False)}),
        ("对于被告人甲某所实施盗窃未遂事实，可比照既遂犯从轻处罚。", {("未遂", "甲某", False)}),
        ("被告人甲某抢劫未遂后，再次实施抢劫，劫得财物。", set()),  # a failed try before the crime done
        ("被告人甲某有检举揭发他人犯罪的立功表现。", {("立功", "甲某", False)}),
        ("被告人甲某系毒品再犯，应当从重处罚。", {("毒品再犯", "甲某", False)}),
        # 刑法356 written out without the word
        ("被告人甲某曾因贩卖毒品罪被判过刑，又犯贩卖毒品罪，从重处罚。", {("毒品再犯", "甲某", False), ("前科", "甲某", False)}),
        ("被告人甲某与被害人达成刑事和解。", {("刑事和解", "甲某", False)}),
        # blind audit (dev): 毒品犯罪的再犯, 在庭上认罪, 退还 + the embezzled money, 初犯
        ("被告人甲某刑满释放后五年内再犯贩卖毒品罪，系累犯、毒品犯罪的再犯，依法应从重处罚。",
         {("累犯", "甲某", False), ("毒品再犯", "甲某", False)}),
        ("鉴于被告人甲某、乙某是初犯，在庭上认罪态度好，可以酌情从轻处罚。",
         {("初犯", "甲某", False), ("初犯", "乙某", False), ("当庭认罪", "甲某", False), ("当庭认罪", "乙某", False)}),
        ("被告人甲某能积极退还挪用款项，可以酌情从轻处罚。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某案发前已退还侵占资金。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某退还了所得的赃款。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某并非初犯，不予从轻。", {("初犯", "甲某", True)}),
        ("被告人甲某归案后如实供述所犯罪行，庭审中自愿认罪，可以从轻处罚。", {("坦白", "甲某", False), ("当庭认罪", "甲某", False)}),
        ("被告人甲某在庭审中能如实供述其犯罪事实，自愿认罪，酌情对其从轻处罚。",
         {("坦白", "甲某", False), ("当庭认罪", "甲某", False)}),
        ("被告人甲某在庭审中翻供，拒不认罪。", set()),
        ("被告人甲某已将所挪用的资金退还给该小组，可酌情从轻处罚。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某案件侦破后已将挪用的公款全部归还，依法可从轻处罚。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某故意伤害他人后投案自首，对其故意伤害犯罪可依法从轻处罚。", {("自首", "甲某", False)}),
        ("被告人甲某自愿认罪，其家属代为偿还透支款息。", {("退赃退赔", "甲某", False)}),
        # a defence point rejected as 辩解 / 不予采信; 中止情节
        ("被告人甲某提出其未插入被害人下体，应属犯罪未遂的辩解，与查明的事实不符，不予采信。", {("未遂", "甲某", True)}),
        # 被判刑 without 判处; 均系…的主犯 (not 系受主犯指使); 赔偿其…损失
        ("甲某曾因犯盗窃罪被判刑，主观恶性深。", {("前科", "甲某", False)}),
        ("甲某曾二次被判刑，主观恶性深，且系累犯。", {("前科", "甲某", False), ("累犯", "甲某", False)}),
        # the prior the 累犯 rests on is no 前科 beside it (legal-rules: 前科 is a record that is not 累犯)
        ("被告人甲某曾因犯盗窃罪被判处有期徒刑，在刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯。",
         {("累犯", "甲某", False)}),
        ("被告人甲某、乙某均系共同犯罪中罪责最为严重的主犯。", {("主犯", "甲某", False), ("主犯", "乙某", False)}),
        ("被告人甲某系受主犯指使。", set()),
        ("被告人甲某又系致人死亡的直接凶手和地位、作用突出的主犯，应依法予以惩处。", {("主犯", "甲某", False)}),
        ("被告人甲某与被害人家属达成协议，赔偿其经济损失，取得被害人家属的谅解。", {("赔偿", "甲某", False), ("谅解", "甲某", False)}),
        # 退赔大部分…损失, 将所欠款项全部还清; the statute's words for 认罪认罚; 受到…刑事处罚 is 前科
        ("被告人甲某退赔大部分被害人的损失，可酌情从轻处罚。", {("退赃退赔", "甲某", False)}),
        # the loss of a unit (职务侵占: 退赔被害单位损失) as of a person
        ("被告人甲某部分退赔被害单位损失，可酌情从轻处罚。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某已退还被害单位的经济损失。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某的亲属代其将所欠款项全部还清。", {("退赃退赔", "甲某", False)}),
        ("被告人甲某系自首，且头薪款已全部清退，予以从轻处罚。", {("自首", "甲某", False), ("退赃退赔", "甲某", False)}),
        ("被告人甲某承认指控的犯罪事实，愿意接受处罚，可以从宽处理。", {("认罪认罚", "甲某", False)}),
        ("被告人甲某曾因多次寻衅滋事受到行政和刑事处罚，仍不思悔改。", {("前科", "甲某", False)}),
        # a count between 犯罪 and 被, or before 因; an open question (是否构成立功) is no finding
        ("被告人甲某曾因犯罪两次被判处刑罚，又故意杀人。", {("前科", "甲某", False)}),
        ("被告人甲某曾三次因犯罪被判处刑罚，仍不思悔改。", {("前科", "甲某", False)}),
        ("上述证据可能影响对甲某是否构成立功的认定，依法应予查明。", {("立功", "甲某", True)}),
        ("被告人甲某实施入户抢劫时未满18周岁，依法应当从轻处罚。", {("未成年", "甲某", False)}),  # digits too
        # 代为赔偿; the age at an earlier crime (虽因犯前罪时不满十八周岁，不构成累犯) is no 未成年 of this one
        ("被告人甲某归案后认罪态度较好，其亲属积极代为赔偿，可酌情从轻处罚。", {("赔偿", "甲某", False)}),
        ("被告人甲某虽因犯前罪时不满十八周岁，不构成累犯，但主观恶性深。", {("累犯", "甲某", True)}),
        # 进行赔偿; 未对被害人进行赔偿 is none
        ("被告人甲某亲属虽对被害人亲属进行赔偿，但不足以从轻处罚。", {("赔偿", "甲某", False)}),
        ("被告人甲某未对被害人进行赔偿，亦未取得谅解。", {("赔偿", "甲某", True), ("谅解", "甲某", True)}),
        # 归案后如实供述 without its object, before a 、 or a comma
        ("被告人甲某归案后如实供述、自愿认罪等具体情况，可酌情从轻处罚。", {("坦白", "甲某", False)}),
        # 有多次犯罪前科, 有盗窃前科; 没有犯罪前科 is none
        ("被告人甲某有多次犯罪前科，且系累犯。", {("前科", "甲某", False), ("累犯", "甲某", False)}),
        ("被告人甲某有盗窃前科，主观恶性较深。", {("前科", "甲某", False)}),
        ("被告人甲某没有犯罪前科，可酌情从轻处罚。", set()),
        # 如实供述本案犯罪事实; a rejected 自首 claim takes in no 坦白 of the court's; 虽…，不认定 denies what 虽 granted
        ("被告人甲某到案后如实供述本案犯罪事实，对其可从轻处罚。", {("坦白", "甲某", False)}),
        # the charge's name before the facts (如实供述盗窃犯罪事实); not the same-kind crimes that deny a 自首
        ("被告人甲某归案后如实供述盗窃犯罪事实，依法可以从轻处罚。", {("坦白", "甲某", False)}),
        ("被告人甲某到案后如实供述其贩卖毒品的主要犯罪事实，可以从轻处罚。", {("坦白", "甲某", False)}),
        # the acts it confesses listed (签订合同、收取及变卖货物的主要犯罪事实)
        ("被告人甲某归案后如实供述签订合同、收取及变卖货物的主要犯罪事实，虽对主观目的有所辩解，但不影响如实供述的认定，"
         "依法可以从轻处罚。", {("坦白", "甲某", False)}),
        ("被告人甲某到案后如实供述了其盗窃以及销售赃物的犯罪事实，可以从轻处罚。", {("坦白", "甲某", False)}),
        ("辩护人提出被告人甲某有自首情节的辩护意见，经查，甲某系被动归案，其归案后如实供述的罪行与侦查机关已掌握的罪行"
         "属同种罪行，不能以自首论。", {("自首", "甲某", True)}),
        ("被告人甲某归案后如实供述自己的罪行，可以从轻处罚，关于辩护人提出“甲某应认定自首”的辩护意见，经查，与事实不符，本院不予采纳。",
         {("坦白", "甲某", False), ("自首", "甲某", True)}),
        ("被告人甲某虽自动投案但在取保候审期间脱逃，不认定其自动到案。其到案后能如实供述自己的罪行，具有坦白情节。",
         {("自首", "甲某", True), ("坦白", "甲某", False)}),
        ("被告人甲某虽有自首情节，但罪行极其严重，不宜从轻处罚。", {("自首", "甲某", False)}),
        # rejected: 不能以自首论; an answer after a ；; 并非起次要作用
        ("辩护人提出被告人甲某有自首情节的辩解，经查，甲某系被动归案，不能以自首论。", {("自首", "甲某", True)}),
        ("关于被告人甲某系从犯的辩护意见，经查，甲某参与收取营业款并分红；乙某负责现场，不宜区分主从犯，故该辩护意见不能成立。",
         {("从犯", "甲某", True)}),
        ("关于被告人甲某系从犯的辩护意见，予以采纳；关于被告人乙某有自首情节的辩护意见，不予采纳。",
         {("从犯", "甲某", False), ("自首", "乙某", True)}),
        ("被告人甲某直接对传销组织人员进行了管理，并非起次要作用。", {("从犯", "甲某", True)}),
        ("被告人甲某的辩护人提出本案有中止情节的辩护意见，与查明的事实不符，不予采纳。", {("中止", "甲某", True)}),
        # 不宜认定; a 关于…的辩护意见 the court rejects
        # (未立即如实供述: no 坦白 either; it was dropped under the rejected 自首 before, now it is read as negated)
        ("被告人甲某主动到案，未立即如实供述自己的罪行，故不宜认定为自首。", {("自首", "甲某", True), ("坦白", "甲某", True)}),
        ("辩护人关于应认定被告人甲某有自首情节的辩护意见，不符法律，本院不予采纳。", {("自首", "甲某", True)}),
        # an accepted opinion: 是自首
        ("公诉机关和辩护人认为被告人甲某实施犯罪后自动至司法机关投案，是自首的意见，符合法律规定，本院予以采纳。",
         {("自首", "甲某", False)}),
        # 无前科劣迹 says there is none, and so do 没有前科劣迹 and 无任何前科劣迹
        ("鉴于被告人甲某无前科劣迹，犯罪情节较轻，可依法宣告缓刑。", set()),
        ("被告人甲某系初犯、偶犯，没有前科劣迹，此前亦无任何前科劣迹。", {("初犯", "甲某", False)}),
        # the victim's disability is none of the defendant's; 所提供的线索 is the court's finding, no party's claim
        ("被告人甲某明知被害人李某系聋哑人，仍将其手机骗走。", set()),
        ("被告人甲某所提供的线索经查证属实，构成立功，辩护人关于其系从犯的意见不能成立。",
         {("立功", "甲某", False), ("从犯", "甲某", True)}),
        ("对于辩护人提出的被告人甲某系初犯、偶犯无前科等意见，本院予以采纳。", {("初犯", "甲某", False)}),
        # 刑法第十九条: 又聋又哑的人或者盲人 (not a 盲人按摩店 of the facts' kind, nor one denied)
        ("被告人甲某系又聋又哑的人，依法可以从轻处罚。", {("聋哑或者盲人", "甲某", False)}),
        ("被告人甲某系盲人，归案后如实供述自己的罪行，可从轻处罚。", {("聋哑或者盲人", "甲某", False), ("坦白", "甲某", False)}),
        ("被告人甲某在其经营的盲人按摩店内容留他人吸毒。", set()),
        # 刑法第十八条第三款、第二十条第二款、第二十一条第二款、第四十九条, said of the defendant by the court; the law's
        # must said of the defendant is the court's 减轻处罚 (not the statute's own words, nor a claim it rejects)
        ("被告人甲某系尚未完全丧失辨认或者控制自己行为能力的精神病人，属限制刑事责任能力人，依法可以从轻或者减轻处罚。",
         {("限制刑事责任能力", "甲某", False)}),
        ("被告人甲某的防卫明显超过必要限度，属防卫过当，依法应当负刑事责任，但应当减轻处罚。",
         {("防卫过当", "甲某", False), ("减轻处罚", "甲某", False)}),
        ("被告人甲某属于紧急避险过当，应当负刑事责任，但应当减轻或者免除处罚。",
         {("避险过当", "甲某", False), ("减轻处罚", "甲某", False)}),
        ("被告人甲某系审判时怀孕的妇女，依法不适用死刑。", {("审判时怀孕的妇女", "甲某", False)}),
        ("辩护人提出被告人甲某系防卫过当的意见，与查明事实不符，本院不予采纳。", {("防卫过当", "甲某", True)}),
        ("被告人甲某明知被害人乙某系限制刑事责任能力人，仍将其财物骗走。", set()),
        # a victim's age is none of the defendant's: the victim is the clause's subject (被害人系…, 明知被害人系…)
        # or the age follows an act done to the person (猥亵不满十八周岁的…, 教唆未成年人犯罪); the defendant's own
        # age stays his, even where a victim is named in the clause as the object of his act
        ("被害人系已满十四周岁不满十八周岁的未成年人，对被告人甲某依法应当从重处罚。", set()),
        ("被告人甲某明知被害人丁某系不满十八周岁的未成年人，仍强行与其发生性关系。", set()),
        ("被告人甲某猥亵不满十八周岁的未成年人，教唆未成年人犯罪，应当从重处罚。", set()),
        ("被害人丁某已满七十五周岁，被告人甲某仍骗取其财物。", set()),
        ("被害人丁某（女，2008年3月出生），系未成年人，被告人甲某作案时亦未满十八周岁，依法应当从轻处罚。",
         {("未成年", "甲某", False)}),
        ("被告人甲某在强奸被害人丁某时未满十八周岁，依法应当从轻处罚。", {("未成年", "甲某", False)}),
        ("被害人亲属已对被告人甲某表示谅解，且其作案时不满十八周岁，依法应当从轻处罚。", {("谅解", "甲某", False), ("未成年", "甲某", False)}),
        ("被告人甲某已满七十五周岁，被害人丁某亦已年满七十五周岁。", {("已满七十五周岁", "甲某", False)}),
        ("刑法规定，正当防卫明显超过必要限度造成重大损害的，应当负刑事责任，但是应当减轻或者免除处罚。", set()),
        ("被告人甲某不应当减轻处罚。", set()),
        # a briber's ground (刑法390②): said of the defendant, not the statute's 行贿人在被追诉前主动交待…的
        ("被告人甲某在被追诉前主动交代行贿行为，对侦破重大案件起关键作用，依法可以减轻处罚。", {("被追诉前主动交代", "甲某", False)}),
        ("根据刑法规定，行贿人在被追诉前主动交待行贿行为的，可以从轻或者减轻处罚。", set()),
    ],
)
def test_circumstances(text: str, expected: set) -> None:
    assert _hits(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the role of 刑法第九十七条, as the reasoning says it of a defendant: of a 犯罪集团 or of a 聚众 crime
        ("被告人甲某组织、领导该集团，系首要分子，应当按照集团所犯的全部罪行处罚。", {("首要分子", "甲某", False)}),
        ("被告人甲某系该恶势力犯罪集团的首要分子，乙某系从犯。", {("首要分子", "甲某", False), ("从犯", "乙某", False)}),
        ("被告人甲某系诈骗犯罪集团中起组织、领导作用的首要分子。", {("首要分子", "甲某", False)}),
        ("被告人甲某、乙某、丙某聚众斗殴，其中甲某系首要分子，乙某、丙某系积极参加者。", {("首要分子", "甲某", False)}),
        ("被告人甲某是聚众斗殴的首要分子。", {("首要分子", "甲某", False)}),
        ("被告人甲某、乙某均系首要分子。", {("首要分子", "甲某", False), ("首要分子", "乙某", False)}),
        # one denied is negated
        ("被告人乙某虽参与斗殴，但不是首要分子。", {("首要分子", "乙某", True)}),
    ],
)
def test_ringleaders(text: str, expected: set) -> None:
    assert _hits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "聚众斗殴的，对首要分子和其他积极参加的，处三年以下有期徒刑。",
        "对组织、领导犯罪集团的首要分子，按照集团所犯的全部罪行处罚。",
        "被告人乙某系积极参加者。",
        "被告人乙某系受首要分子指使参与斗殴。",
        "被告人乙某系首要分子以外的积极参加者。",
        "被告人乙某受丁某（系首要分子，另案处理）纠集参与斗殴。",
    ],
)
def test_not_a_ringleader(text: str) -> None:
    """The statute's words, a 积极参加者, one who acted for the 首要分子 or is set apart from them, another's: none
    (before the sentence that finds 甲某 one)."""
    assert _hits(text + "被告人甲某系首要分子。") == {("首要分子", "甲某", False)}


def _special(text: str) -> set[str | None]:
    found = find_circumstances(text, 0, len(text), NAMES)
    return {h.defendant for h in found if h.kind == "特殊减轻" and not h.negated}


@pytest.mark.parametrize(
    "text",
    [
        "被告人甲某不具有法定减轻处罚情节，但综合本案的特殊情况，对被告人甲某可以在法定刑以下判处刑罚。",
        "被告人乙某系从犯，依法应当减轻处罚。鉴于本案的特殊情况，对被告人甲某在法定刑以下判处刑罚，并报请最高人民法院核准。",
    ],
)
def test_special_mitigation_is_the_court_going_below_the_range(text: str) -> None:
    """刑法63②: the court sentencing below the statutory range for the case's special circumstances (在法定刑以下判处
    刑罚), a 特殊减轻 of the defendant it names; not the law's must of 第一款 (应当在法定刑以下判处刑罚), a refusal, or
    a sentence below the range the court finds wrong."""
    assert _special(text) == {"甲某"}
    for none in ("犯罪分子具有本法规定的减轻处罚情节的，应当在法定刑以下判处刑罚。被告人甲某系初犯。",
                 "本案不具有特殊情况，对被告人甲某不宜在法定刑以下判处刑罚。",
                 "再审判决对被告人甲某在法定刑以下判处有期徒刑七年不当。"):
        assert _special(none) == set(), none


def test_what_the_first_instance_found_wrongly_is_not_the_defendant_s() -> None:
    """An appeal retelling what the first instance found to say it was wrong (原判认定其构成自首…不当) grants none of it
    (and 并无自动投案 denies the 自首 as 未主动投案 does); where the court agrees, where the first instance refused it,
    or in a party's point the court does not accept, the clause is read as before."""
    assert _hits("被告人甲某并无自动投案的行为，原判认定其构成自首并据此对其减轻处罚不当，应予纠正。") == {
        ("自首", "甲某", True), ("减轻处罚", "甲某", True)}
    assert _hits("原判认定事实清楚，定罪准确，但认定被告人甲某系累犯不当，应予纠正。") == {("累犯", "甲某", True)}
    assert _hits("原判认定被告人甲某系自首正确，但对其减轻处罚不当，量刑畸轻。") == {
        ("自首", "甲某", False), ("减轻处罚", "甲某", True)}
    assert _hits("原判认定被告人甲某构成自首，对其减轻处罚，并无不当。") == {
        ("自首", "甲某", False), ("减轻处罚", "甲某", False)}
    assert _hits("原判未认定被告人甲某系从犯不当，应予纠正。") == {("从犯", "甲某", False)}
    # a party's point that the first instance found wrongly: not the court's unless it accepts it
    assert _hits("抗诉机关关于原判认定被告人甲某构成自首不当的抗诉意见成立，本院予以采纳。") == {("自首", "甲某", True)}
    assert _hits("抗诉机关认为原判认定被告人甲某构成自首不当，建议改判。") == {("自首", "甲某", False)}


def test_a_defendant_named_after_everyone_takes_the_cue() -> None:
    """根据二被告人的犯罪情节…，甲某主动投案，构成自首: 甲某's, not both; and 乙某's own 坦白 later still counts
    (the 坦白 that 甲某's 自首 sentence took in is not remembered as seen)."""
    text = ("根据二被告人的犯罪情节，确定基准刑为有期徒刑一年八个月，甲某主动投案，如实供述犯罪事实，构成自首，依法从轻处罚；"
            "乙某到案后如实供述犯罪事实，构成坦白，依法从轻处罚。")
    assert _hits(text, ["甲某", "乙某"]) == {("自首", "甲某", False), ("坦白", "乙某", False)}


def test_a_name_list_belongs_to_the_cue_after_it() -> None:
    text = "公诉机关认为甲某、乙某具有自首情节和丙某、丁某具有坦白情节的意见成立，本院予以采纳。"
    assert _hits(text, ["甲某", "乙某", "丙某", "丁某"]) == {
        ("自首", "甲某", False), ("自首", "乙某", False), ("坦白", "丙某", False), ("坦白", "丁某", False)
    }


@pytest.mark.parametrize("last", ["丙某", "阿不都·热合曼"])
def test_a_long_name_at_a_list_s_end_keeps_the_list(last: str) -> None:
    """被告人甲某、乙某、X犯罪以后自动投案…，是自首，可以从轻处罚: 从轻处罚 is all three's, however long X's name."""
    text = f"被告人甲某、乙某、{last}犯罪以后自动投案，如实供述自己的罪行，是自首，可以从轻处罚。"
    hits = find_circumstances(text, 0, len(text), ["甲某", "乙某", last])
    assert {(h.kind, h.defendant) for h in hits if h.kind == "从轻处罚"} == {
        ("从轻处罚", "甲某"), ("从轻处罚", "乙某"), ("从轻处罚", last)}


def test_the_person_disclosed_or_caught_is_not_who_rendered_the_service() -> None:
    text = ("乙某归案后，揭发甲某行贿的犯罪事实，经查属实，构成立功；"
            "丙某协助公安机关抓获甲某，检举揭发甲某杀人，经查属实，构成重大立功。")
    assert _hits(text) == {("立功", "乙某", False), ("重大立功", "丙某", False)}


@pytest.mark.parametrize("act", ["伤害被害人的行为", "另行实施的抢劫犯罪"])
def test_the_one_whose_act_a_clause_is_about_is_not_who_the_ground_is_found_of(act: str) -> None:
    """乙某起次要作用，系从犯，且对甲某伤害被害人的行为事先并不知情，…依法应当减轻处罚: 乙某's, not 甲某's."""
    text = (f"甲某起主要作用，系主犯；乙某起次要作用，系从犯，且对甲某{act}事先并不知情，亦未参与，依法应当减轻处罚。"
            "被告人甲某归案后如实供述自己的罪行，对其依法从轻处罚。")
    hits = {(h.kind, h.defendant) for h in find_circumstances(text, 0, len(text), NAMES)}
    assert hits == {("主犯", "甲某"), ("从犯", "乙某"), ("减轻处罚", "乙某"), ("坦白", "甲某"), ("从轻处罚", "甲某")}


def test_surrender_takes_in_the_confession_anywhere() -> None:
    text = ("被告人甲某投案，并如实供述自己的犯罪事实，系自首。"
            "辩护人关于被告人甲某如实供述自己的犯罪事实，认罪态度较好的辩护意见，本院予以采纳。")
    assert _hits(text) == {("自首", "甲某", False)}
    # and 重大立功 takes in 立功 across sentences alike
    service = "被告人乙某检举揭发他人犯罪，构成立功。经查，被告人乙某协助公安机关抓获同案犯，系重大立功。"
    assert _hits(service) == {("重大立功", "乙某", False)}


def test_a_confession_of_other_crimes_named_after_the_surrender_stays() -> None:
    """坦白 named by the court after a 自首 is of other crimes (强奸…具有自首情节。虽主动坦白多起抢劫犯罪…); one
    before it in the sentence is how the 自首 came about (如实坦白已掌握的问题，…构成自首)."""
    text = "其强奸犯罪具有自首情节，原判已依法从轻处罚。其归案后虽主动坦白多起抢劫犯罪，但罪行极其严重，不足以从轻处罚。"
    assert _hits(text, ["甲某"]) == {("自首", "甲某", False), ("坦白", "甲某", False)}
    text = "甲某归案后，其中抢劫犯罪具有自首情节，对故意杀人犯罪具有坦白情节，但其罪行极其严重。"
    assert _hits(text, ["甲某"]) == {("自首", "甲某", False), ("坦白", "甲某", False)}
    text = "被告人甲某在接受调查期间，如实坦白已掌握的问题，并主动交代尚未掌握的受贿问题，其行为构成自首。"
    assert _hits(text, ["甲某"]) == {("自首", "甲某", False)}


def test_single_defendant_unnamed_sentence() -> None:
    assert _hits("其归案后如实供述犯罪事实，当庭自愿认罪。", ["甲某"]) == {("坦白", "甲某", False), ("当庭认罪", "甲某", False)}


def test_positive_finding_wins_over_rejected_claim() -> None:
    text = "辩护人提出被告人甲某系从犯的意见，本院不予采纳。被告人甲某在共同犯罪中起次要作用，系从犯。"
    assert _hits(text) == {("从犯", "甲某", False)}


def test_unit_crime_role_goes_to_the_person_not_the_unit() -> None:
    t = "本院认为，被告人甲某系乙公司直接负责的主管人员，其行为亦构成非法占用农用地罪。"
    hits = find_circumstances(t, 0, len(t), ["乙公司", "甲某"], units={"乙公司"})
    assert [(h.kind, h.defendant) for h in hits] == [("单位犯罪", "甲某")]
    # Without knowing which name is the unit, the one opening the clause takes it (乙公司 is what 甲某 manages).
    hits = find_circumstances(t, 0, len(t), ["乙公司", "甲某"])
    assert [(h.kind, h.defendant) for h in hits] == [("单位犯罪", "甲某")]


def test_a_bare_bei_gao_dan_wei_names_the_unit() -> None:
    """被告单位亦因此而构成自首: the unit's 自首, when there is one unit."""
    t = "被告人甲某犯罪后主动到公安机关投案，如实供述犯罪事实，依法应构成自首；被告单位亦因此而构成自首，均可从轻处罚。"
    hits = find_circumstances(t, 0, len(t), ["乙公司", "甲某"], units={"乙公司"})
    assert {(h.kind, h.defendant) for h in hits if h.kind not in LENIENCE} == {("自首", "甲某"), ("自首", "乙公司")}
    # a 被告单位 followed by its name is one mention of it
    t = "被告单位乙公司及被告人甲某均系自首。"
    hits = find_circumstances(t, 0, len(t), ["乙公司", "甲某"], units={"乙公司"})
    assert {(h.kind, h.defendant) for h in hits} == {("自首", "甲某"), ("自首", "乙公司")}


def test_jun_inside_a_name_is_not_everyone() -> None:
    """被告人吴均起主要作用: the 均 of the name must not give 主犯 to every defendant."""
    from fayan.nlp.circumstances import find_circumstances

    text = "本院认为，被告人吴均提议犯意，起主要作用，系主犯；被告人翟某、卜某起次要作用，系从犯。"
    hits = {(h.kind, h.defendant) for h in find_circumstances(text, 0, len(text), ["吴均", "翟某", "卜某"])}
    assert ("主犯", "吴均") in hits and ("主犯", "翟某") not in hits and ("主犯", "卜某") not in hits


def test_jun_right_after_one_name_is_that_person_s() -> None:
    """乙某均起主要作用 (in each of his acts): 乙某's 主犯, not every defendant's; 甲某、乙某均… still both."""
    from fayan.nlp.circumstances import find_circumstances

    names = ["甲某", "乙某", "丙某"]
    text = "本院认为，在共同犯罪中，乙某均起主要作用，系主犯。"
    assert {(h.kind, h.defendant) for h in find_circumstances(text, 0, len(text), names)} == {("主犯", "乙某")}
    text = "本院认为，在共同犯罪中，甲某、乙某均起主要作用，系主犯。"
    assert {(h.kind, h.defendant) for h in find_circumstances(text, 0, len(text), names)} == {("主犯", "甲某"), ("主犯", "乙某")}


def test_a_cue_opening_with_jun_takes_the_whole_list_however_far_back() -> None:
    """黄某、冯某共谋抢劫，…（more than 30 characters）…，均系主犯: both, not the last named; 丙某, not named, not."""
    from fayan.nlp.circumstances import find_circumstances

    text = "在共同犯罪中，甲某、乙某共谋抢劫，准备作案工具，相互配合作案，共同致死被害人，掩埋尸体，均系主犯，应当按照二人所参与的全部犯罪处罚。"
    hits = find_circumstances(text, 0, len(text), ["甲某", "乙某", "丙某"])
    assert {(h.kind, h.defendant) for h in hits} == {("主犯", "甲某"), ("主犯", "乙某")}


def test_a_name_holding_he_is_not_a_list() -> None:
    """被告人周和平、甲某…，甲某系累犯: the 和 of a name does not make the sentence a list of everyone named."""
    from fayan.nlp.circumstances import find_circumstances

    text = "本院认为，被告人周和平贩卖毒品，被告人甲某系累犯，应当从重处罚。"
    hits = {(h.kind, h.defendant) for h in find_circumstances(text, 0, len(text), ["周和平", "甲某"])}
    assert ("累犯", "甲某") in hits and ("累犯", "周和平") not in hits


@pytest.mark.parametrize(
    "sentence,found",
    [
        ("本院认为，被告人阿不都·热合曼系从犯，依法对被告人阿不都·热合曼减轻处罚。", True),
        ("辩护人提出，综上，建议对被告人宋某减轻处罚或宣告缓刑。", False),
        ("被告人宋某系犯罪中止，对于中止犯，依法应当减轻处罚。", True),  # the law's must (刑法24), as the court applies it
        ("被告人宋某系从犯，依法应当从轻、减轻或者免除处罚。", False),  # the law's choice, not a decision
    ],
)
def test_mitigation_decision_with_a_long_name_and_a_suggestion(sentence: str, found: bool) -> None:
    from fayan.nlp.circumstances import find_circumstances

    names = ["阿不都·热合曼"] if "热合曼" in sentence else ["宋某"]
    hits = {h.kind for h in find_circumstances(sentence, 0, len(sentence), names) if not h.negated}
    assert ("减轻处罚" in hits) == found


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # 多次 said of two crimes at once (多次强奸、抢劫女乘客) is said of the robbery too
        ("甲某多次强奸、抢劫女乘客，情节恶劣。", ["多次抢劫"]),
        ("甲某多次抢劫他人财物。", ["多次抢劫"]),
        ("甲某多次强奸，并抢劫女乘客。", []),
    ],
)
def test_bracket_act_of_several_crimes_at_once(text: str, acts: list[str]) -> None:
    assert [act for act, _span in find_bracket_acts("抢劫罪", text, 0, len(text))] == acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("被告人甲某采用暴力、胁迫方法入户劫取他人财物。", ["入户抢劫"]),
        ("被告人甲某入户以暴力手段劫取他人财物。", ["入户抢劫"]),
        ("被告人甲某结伙入户使用暴力方法抢劫他人财物。", ["入户抢劫"]),
        ("被告人甲某持枪劫取他人财物。", ["持枪抢劫"]),
        ("被告人甲某在公交车上劫取乘客财物。", ["在公共交通工具上抢劫"]),
        # 入户 of another deed, no robbery after it
        ("被告人甲某入户盗窃，被发现后使用暴力抗拒抓捕。", []),
    ],
)
def test_a_robbery_s_bracket_act_written_as_jiequ(text: str, acts: list[str]) -> None:
    """The reasoning may write the robbery as 劫取 and put its means between the act's words and it (采用暴力、胁迫方法
    入户劫取他人财物): still 入户抢劫, which opens 刑法263's 十年以上."""
    assert [act for act, _span in find_bracket_acts("抢劫罪", text, 0, len(text))] == acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("甲某入户抢劫他人财物。", ["入户抢劫"]),
        ("甲某进入他人住宅抢劫，不宜认定为入户抢劫。", []),
        ("甲某在他人家中抢劫，本院不予认定入户抢劫。", []),
        ("甲某在他人家中抢劫，现有证据难以认定甲某系入户抢劫。", []),
        ("甲某不思悔改，入户抢劫他人财物。", ["入户抢劫"]),
    ],
)
def test_a_bracket_act_the_clause_denies_is_not_stated(text: str, acts: list[str]) -> None:
    """A clause that declines the act in any words (不宜认定为, 不予认定, 难以认定…系) does not state it."""
    assert [act for act, _span in find_bracket_acts("抢劫罪", text, 0, len(text))] == acts


@pytest.mark.parametrize(
    ("charge", "text", "acts"),
    [
        # the 恶势力 definition (经常纠集在一起…多次实施违法犯罪活动), not 293②'s 纠集他人多次实施前款行为
        ("寻衅滋事罪", "被告人柯某纠集他人多次实施违法犯罪活动，为非作恶，欺压百姓，已形成恶势力犯罪集团。", []),
        ("寻衅滋事罪", "被告人柯某多次纠集他人，在某镇一带实施违法犯罪活动，已形成恶势力犯罪集团。", []),
        ("寻衅滋事罪", "被告人柯某纠集他人多次实施寻衅滋事、敲诈勒索等违法犯罪活动，严重扰乱社会秩序。", []),
        # the group's leader of the charge's own acts
        ("寻衅滋事罪", "被告人柯某系恶势力犯罪集团的首要分子，纠集他人多次实施寻衅滋事行为，严重破坏社会秩序。",
         ["纠集他人多次"]),
        ("寻衅滋事罪", "被告人柯某纠集他人多次随意殴打他人，严重破坏社会秩序。", ["纠集他人多次"]),
        ("抢劫罪", "被告人柯某伙同他人结成犯罪团伙，多次抢劫，又实施盗窃等违法犯罪活动。", ["多次抢劫"]),
        ("抢劫罪", "被告人柯某多次实施抢劫、盗窃等违法犯罪活动。", []),
    ],
)
def test_a_crime_group_s_deeds_are_not_a_charge_s_bracket_act(
    charge: str, text: str, acts: list[str]
) -> None:
    """多次 of a group's 违法犯罪活动, or of a list of crimes, is not how often the charge was done (寻衅滋事's
    纠集他人多次, 抢劫's 多次抢劫)."""
    assert [act for act, _span in find_bracket_acts(charge, text, 0, len(text))] == acts


def test_a_circumstance_told_of_another_spelling_of_a_name_is_its_bearer_s() -> None:
    """被告人翟俊锋 for 翟俊峰 (a slip of the pen): the 从犯 told of the spelling is 翟俊峰's; a spelling that holds a cue
    itself (有自首, read as a slip of a name 郑自首) is no alias."""
    text = "被告人柴浩宇起主要作用，系主犯；被告人翟俊锋起次要作用，系从犯，依法应当从轻处罚。"
    names = ["柴浩宇", "翟俊峰"]
    hits = find_circumstances(text, 0, len(text), names, aliases={"翟俊锋": "翟俊峰"})
    assert {(h.kind, h.defendant) for h in hits if h.kind in ("主犯", "从犯")} == {("主犯", "柴浩宇"), ("从犯", "翟俊峰")}
    text = "本院认为，被告人郑自首、韩墨的行为均已构成虚假诉讼罪。案发后，二被告人有自首情节，可从轻处罚。"
    names = ["郑自首", "韩墨"]
    plain = find_circumstances(text, 0, len(text), names)
    assert {("从轻处罚", "郑自首"), ("从轻处罚", "韩墨")} <= {(h.kind, h.defendant) for h in plain}
    assert find_circumstances(text, 0, len(text), names, aliases={"有自首": "郑自首"}) == plain


def test_a_second_cue_of_a_kind_in_one_sentence_is_the_next_list_s() -> None:
    text = "丙某、丁某赔偿被害人经济损失并取得其谅解，甲某、乙某亦获得了被害人谅解，均可酌情从轻处罚。"
    hits = _hits(text, ["甲某", "乙某", "丙某", "丁某"])
    assert {n for k, n, _ in hits if k == "谅解"} == {"甲某", "乙某", "丙某", "丁某"}
    assert {n for k, n, _ in hits if k == "赔偿"} == {"丙某", "丁某"}


@pytest.mark.parametrize(
    "text, kind, who",
    [
        # a counted 二被告人 the two named before it, of four
        ("关于被告人甲某、乙某的辩护人认为二被告人均系坦白的辩护意见，经查，甲某、乙某到案后均没有如实供述其罪行，"
         "不符合坦白的法律规定，不予采纳。", "坦白", {"甲某", "乙某"}),
        ("鉴于甲某具有坦白情节，乙某具有自首情节，依法对二被告人予以从轻处罚。", "从轻处罚", {"甲某", "乙某"}),
        # 均 after a list: the list, not every defendant
        ("被告人甲某、乙某均系初犯。", "初犯", {"甲某", "乙某"}),
        ("甲某系主犯，其余被告人均系从犯。", "从犯", {"乙某", "丙某", "丁某"}),
        # a cue with no name of its own since the cue before it is theirs
        ("鉴于被告人甲某、乙某、丙某是初犯，在庭上认罪态度好，并如实供述自己的罪行，确有悔罪表现，故本院依法对其从轻处罚"
         "并适用缓刑。", "从轻处罚", {"甲某", "乙某", "丙某"}),
        # the one opening the clause, not a list further back or the one an act is done for
        ("甲某、乙某贩卖毒品数量大，社会危害严重，且乙某系共同犯罪中作用最为突出的主犯，又系累犯，应依法从重处罚。",
         "累犯", {"乙某"}),
        ("乙某为甲某保管、销售毒品，收取毒资，在共同犯罪中起主要作用，亦系主犯。", "主犯", {"乙某"}),
        ("但对甲某、丙某依法均不足以从轻处罚。", "不予从轻", {"甲某", "丙某"}),
        # grounds of no one named that the sentence then applies to every defendant (not the last one named before)
        ("甲某、乙某、丙某、丁某均系自首。事故发生后，施工单位已赔偿被害人近亲属的经济损失，并取得谅解，可对四被告人"
         "酌情从轻处罚。", "谅解", {"甲某", "乙某", "丙某", "丁某"}),
        ("甲某、乙某、丙某、丁某均系自首。事故发生后，施工单位已赔偿被害人近亲属的经济损失，可对二被告人酌情从轻处罚。",
         "赔偿", {"丁某"}),  # (two of four: which two the sentence does not say)
        # a decision that names whom it is for, after another's (乙某's reduction, not 甲某's before it)
        ("乙某、丙某起次要作用，系从犯，本院决定对被告人乙某从轻处罚，对被告人丙某减轻处罚。", "减轻处罚", {"丙某"}),
        ("乙某、丙某起次要作用，系从犯，本院对丙某、丁某予以减轻处罚。", "减轻处罚", {"丙某", "丁某"}),
    ],
)
def test_whom_a_cue_is_said_of(text: str, kind: str, who: set) -> None:
    hits = find_circumstances(text, 0, len(text), ["甲某", "乙某", "丙某", "丁某"])
    assert {h.defendant for h in hits if h.kind == kind} == who


@pytest.mark.parametrize(
    "text, expected",
    [
        # a confession at the hearing is 当庭认罪 (and 坦白, as the blind audits read 庭审中能如实供述)
        ("被告人甲某在庭审中能如实供述自己的罪行，可以酌情从轻处罚。", {("坦白", "甲某", False), ("当庭认罪", "甲某", False)}),
        ("被告人甲某在本院审理过程中，自愿认罪。", {("当庭认罪", "甲某", False)}),
        ("被告人甲某归案后如实供述自己的罪行，当庭自愿认罪。", {("坦白", "甲某", False), ("当庭认罪", "甲某", False)}),
        # (均 after one name: at both times, not every defendant)
        ("被告人甲某归案后及庭审中均能如实供述自己的罪行。", {("坦白", "甲某", False)}),
        ("被告人甲某等人归案后均能如实供述自己的罪行。", {("坦白", n, False) for n in NAMES}),
    ],
)
def test_a_confession_at_the_hearing(text: str, expected: set) -> None:
    assert _hits(text) == expected


_SIGNED = "被告人房立伟对指控的犯罪事实、罪名及量刑建议均无异议，且已在值班律师禹佳琪的见证下签署认罪认罚具结书。"
_PLEA_SAID = "其自愿认罪认罚，依法可以从宽处理。"
_ADOPTED = "公诉机关的量刑建议适当，本院予以采纳。"
_SPEEDY = "本院依法适用速裁程序，实行独任审判"


@pytest.mark.parametrize(
    ("signed", "court", "pleaded"),
    [
        (_SIGNED, "本院依法适用简易程序，实行独任审判", True),  # the signed plea statement, its sentence naming him
        ("被告人房立伟对指控事实、罪名及量刑建议没有异议且签字具结。", "本院依法适用简易程序，实行独任审判", True),
        ("", "本院依法适用简易程序，实行独任审判，适用认罪认罚制度", True),  # the court's own procedure
        ("被告人房立伟对指控的犯罪事实无异议，但未签署认罪认罚具结书。", "本院依法适用简易程序，实行独任审判", False),
        ("被告人房立伟辩称其系自愿认罪认罚。", "本院依法适用简易程序，实行独任审判", False),  # his own claim
    ],
)
def test_a_plea_told_before_the_reasoning(signed: str, court: str, pleaded: bool) -> None:
    """认罪认罚 the reasoning does not repeat, told where the defendant signs the plea (对指控事实、罪名及量刑建议没有异议
    且签字具结, 签署认罪认罚具结书) or where the court applies the plea procedure (适用认罪认罚制度): the defendant's
    circumstance, with that span; and then a sentence departing from the recommendation, with the reasoning silent
    on it, is an E12 lead."""
    from fayan.pipelines.assemble import extract
    from fayan.pipelines.checks import run_checks

    base = (Path(__file__).parent.parent / "examples" / "dangerous_driving.txt").read_text(encoding="utf-8")
    assert _SIGNED in base and _PLEA_SAID in base and _ADOPTED in base and _SPEEDY in base
    text = (base.replace(_SIGNED, signed).replace(_PLEA_SAID, "").replace(_ADOPTED, "").replace(_SPEEDY, court)
            .replace("，并建议适用速裁程序", "").replace("犯危险驾驶罪，判处拘役二个月", "犯危险驾驶罪，判处拘役三个月"))
    j = extract(text)
    d = j.defendants[0]
    assert ("认罪认罚" in d.circumstances) is pleaded
    plea = [c for c in j.circumstances if c.kind == "认罪认罚"]
    if pleaded:
        told = text[plea[0].start : plea[0].end]
        assert told.endswith("具结") or told.endswith("具结书") or told.endswith("认罪认罚制度")
    assert any(f.rule == "E12" for f in run_checks([j])) is pleaded


def test_a_defence_request_for_lenience_the_court_turns_down_is_no_lenience() -> None:
    """其辩护律师所提对其从轻处罚的意见，经查，…不予采纳 (a death sentence upheld): not the court's 从轻处罚 (E11 had
    read it as one beside the death sentence)."""
    text = "被告人甲某系累犯。其辩护律师所提对其从轻处罚的意见，经查，与在案证据证实的事实不符，不予采纳。"
    hits = find_circumstances(text, 0, len(text), NAMES)
    assert [(h.kind, h.negated) for h in hits if h.kind in LENIENCE] == [("从轻处罚", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 二被告人 in the part before the ；: the plea and the restitution after it are both defendants'
        ("被告人甲某起主要作用，系主犯；被告人乙某起次要作用，系从犯。二被告人到案后如实供述自己的罪行，依法可以从轻处罚；"
         "自愿认罪认罚，依法可以从宽处理；积极退赃，可以酌情从轻处罚。",
         {("认罪认罚", "甲某"), ("认罪认罚", "乙某"), ("退赃退赔", "甲某"), ("退赃退赔", "乙某")}),
        # a list before the ；: each one of it
        ("被告人乙某系从犯。被告人甲某、乙某到案后如实供述自己的罪行；自愿认罪认罚，依法可以从宽处理。",
         {("认罪认罚", "甲某"), ("认罪认罚", "乙某")}),
        # one named before the ；: his, as before
        ("被告人乙某系从犯。被告人甲某系累犯，依法应当从重处罚；自愿认罪认罚，依法可以从宽处理。", {("认罪认罚", "甲某")}),
        # after a 。 the sentence naming no one is still the last one named's
        ("被告人甲某、乙某到案后如实供述自己的罪行。自愿认罪认罚，依法可以从宽处理。", {("认罪认罚", "乙某")}),
    ],
)
def test_a_part_after_a_semicolon_goes_on_of_whom_the_one_before_is_said(text: str, expected: set) -> None:
    """…依法可以从轻处罚；自愿认罪认罚: the part after the ； names no one and goes on of those the part before it
    speaks of (二被告人, a list), not of the one named last."""
    hits = _hits(text, ["甲某", "乙某"])
    assert {(k, n) for k, n, neg in hits if k in ("认罪认罚", "退赃退赔") and not neg} == expected


@pytest.mark.parametrize(
    ("told", "names", "pleaded"),
    [
        ("二被告人对指控的犯罪事实、罪名及量刑建议均无异议，并签署了认罪认罚具结书。", ["甲某", "乙某"], ["甲某", "乙某"]),
        ("上述被告人均签署了认罪认罚具结书。", ["甲某", "乙某", "丙某"], ["甲某", "乙某", "丙某"]),
        # two of three: whom, the sentence does not say
        ("二被告人均签署了认罪认罚具结书。", ["甲某", "乙某", "丙某"], []),
    ],
)
def test_a_plea_told_before_of_them_together(told: str, names: list[str], pleaded: list[str]) -> None:
    """A signed plea told of 二被告人 (of two), 上述被告人 or 各被告人 is each defendant's."""
    from fayan.pipelines.assemble import _pleas_told_before

    assert [c.defendant for c in _pleas_told_before(told, len(told), names, [])] == pleaded


def test_a_plea_told_before_by_a_short_form_is_its_bearer_s() -> None:
    """被告人艾力·买买提（以下简称艾力）: a plea signed by 艾力 is his, not read inside 艾力江's name."""
    from fayan.pipelines.assemble import _pleas_told_before

    told = "被告人艾力对指控的犯罪事实、罪名及量刑建议均无异议，并签署了认罪认罚具结书。"
    got = _pleas_told_before(told, len(told), ["艾力·买买提", "乙某"], [], {"艾力": "艾力·买买提"})
    assert [c.defendant for c in got] == ["艾力·买买提"]
    told = "被告人艾力江对指控的犯罪事实、罪名及量刑建议均无异议，并签署了认罪认罚具结书。"
    got = _pleas_told_before(told, len(told), ["艾力·买买提", "艾力江"], [], {"艾力": "艾力·买买提"})
    assert [c.defendant for c in got] == ["艾力江"]
