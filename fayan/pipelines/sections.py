"""Split a judgment into its sections.

Works on text with line breaks and on text whose line breaks were all
collapsed to spaces (as many published judgments are): a paragraph starts at
the beginning of the text, after a line break, or after whitespace.  The
sections found, in document order (see ``legal-rules.md`` A.1/A.2):

``title`` · ``case_number`` · ``prosecutor`` · ``defendant`` (one per person or
unit) · ``defender`` · ``party`` · ``procedure`` · ``prosecution`` ·
``defence`` · ``facts`` · ``reasoning`` · ``result`` · ``appeal`` ·
``signatures`` · ``appendix``

Judgments tried under the simplified procedure often have no 经审理查明: the
court adopts the prosecution's account (…上述事实…足以认定).  Then ``facts``
covers the same text as ``prosecution``.

The appended statute text (附：相关法律条文 …) after the signatures becomes the
``appendix`` section, and no other section reaches into it.

Where a court numbers its paragraphs (一、…提起公诉。 二、公诉机关指控：… 三、经审理查明：…),
a cue after the number opens its section, which starts at the number.

A judgment in a form layout (表格式, 令状式 速裁) tells each part on a line "label：content" (案由：…
适用程序：速裁程序… 起诉书指控：… 本院认定事实：… 裁判理由：… 判决结果：… 上诉权告知：…), or exported from its table
with the label alone on its line and the content on the next (量刑建议⏎拘役三个月…): the label opens the section it
names.

A judgment in the element form (要素式, of the 速裁 and 简易 procedures) may list only the names at its top
(被告人：甲某。) and tell the particulars in a labelled item after the procedure (一、被告人基本情况：被告人甲某，男，…):
the item's paragraphs are the defendants' header paragraphs (``defendant``, ``defender``, ``party``, from the
role after the label), in place of the top's lines for the same persons; the text around the item keeps the
section it lies in.

>>> t = ("某某市人民法院 刑事判决书 （2020）浙0102刑初1号 公诉机关某某市人民检察院。 "
...      "被告人张某，男，1990年1月1日出生。 某某市人民检察院以起诉书指控被告人张某犯盗窃罪，"
...      "于2020年3月1日向本院提起公诉。 经审理查明，2019年12月1日，被告人张某窃得手机一部。 "
...      "本院认为，被告人张某构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下："
...      "被告人张某犯盗窃罪，判处拘役三个月。 如不服本判决，可在接到判决书的第二日起十日内提出上诉。 "
...      "审判员李某 二〇二〇年四月一日 书记员王某 附：相关法律条文 第二百六十四条 盗窃公私财物……")
>>> s = split_sections(t)
>>> [x.kind for x in s]  # doctest: +NORMALIZE_WHITESPACE
['title', 'case_number', 'prosecutor', 'defendant', 'procedure', 'facts', 'reasoning', 'result',
 'appeal', 'signatures', 'appendix']
>>> s.text("result")
'判决如下：被告人张某犯盗窃罪，判处拘役三个月。'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from fayan.nlp.parties import DEFENDANT_ROLE_RE, PartyHeader, defender_client, parse_defendant, tells_record
from fayan.nlp.text import MASK_CHARS
from fayan.types import Section

__all__ = [
    "Sections", "split_sections", "opens_with_facts", "CASE_NUMBER_RE", "FORM_RE", "FORM_LABEL", "FORM_LABEL_LINE",
]

# --- cue patterns -----------------------------------------------------------------

# Document form in the title: 刑事判决书, 刑事附带民事判决书, 刑事裁定书, 民事判决书, 决定书 …
FORM_RE = re.compile(
    r"(刑\s*事\s*(?:附\s*带\s*民\s*事\s*)?(?:判\s*决\s*书|裁\s*定\s*书|决\s*定\s*书|调\s*解\s*书)"
    r"|(?:民\s*事|行\s*政|国\s*家\s*赔\s*偿|执\s*行)\s*(?:判\s*决\s*书|裁\s*定\s*书|调\s*解\s*书|决\s*定\s*书)"
    r"|(?:指\s*定\s*管\s*辖|指\s*令\s*再\s*审|再\s*审|复\s*议)\s*决\s*定\s*书"  # the SPC's other documents
    r"|强\s*制\s*医\s*疗\s*决\s*定\s*书"  # 强制医疗 (刑事诉讼法第三百零二条 ff.; case type 刑医)
    r"|(?<![\u4e00-\u9fff])(?:判\s*决\s*书|裁\s*定\s*书|决\s*定\s*书|通\s*知\s*书))"
)

# 案号: （2016）湘0111刑初733号; old style （2014）西刑初字第82号, （2015）东刑初字第0106号;
# brackets may be half- or full-width, or 〔〕/[]/［］.
CASE_NUMBER_RE = re.compile(
    rf"(?:[（(〔\[［]\s*(?P<year>(?:19|20)[\d{MASK_CHARS}]{{2}})\s*[）)〕\]］]\s*)?"  # a masked year: （20××）
    rf"(?P<body>[\u4e00-\u9fff\d{MASK_CHARS}]{{0,14}}?"  # masked digits: 苏05XX刑初XXX号
    # a qualifier before the stage: 刑速初 (速裁), 刑简初, 刑少初, 刑附民初, 刑立他 (立案庭), 刑重初 (a retrial after a remand)
    # a retrial's or a petition's: 刑再终, 刑监一再终 (监 of 审判监督), 刑再重初, 刑申立, 刑经终 (经济庭, before 1999);
    # an execution's: 刑更, and 刑执 (减刑、假释 in many courts before 刑更); the special procedures': 刑医 (强制医疗),
    # 刑没 (违法所得没收: 刑没初, 刑没终)
    r"(?P<type>刑\s*(?:(?:附\s*民|[一二三四五六七速简立少未经]|重(?=\s*[初终]))\s*)*"
    r"(?:(?:初|终|再|更|核|监|申|他|辖|重|复|抗|赔|提|请|先|停|减|立|执|医|没)\s*(?:[一二三四五六七]\s*)?){0,4})"
    rf"\s*(?:字\s*)?(?:第\s*)?)(?P<seq>[\d\-－—、]+|[零〇一二三四五六七八九十百]+|[{MASK_CHARS}]{{1,6}})\s*号"
    # a ruling of the same case after the judgment (a 补正裁定 of a clerical error, 中止审理): （2022）某刑初456号之一
    r"(?:之[一二三四五六七八九十]{1,3})?"
)
# Any case number (also civil/administrative) for unknown-document detection.
ANY_CASE_NUMBER_RE = re.compile(
    r"[（(〔\[［]\s*(?:19|20)\d{2}\s*[）)〕\]］]\s*[\u4e00-\u9fff\d]{1,16}?\d+\s*号"
)

# (an appeal on a protest lists the procuratorate above that backs it on a line of its own: 支持抗诉机关某某市人民检察院。;
# a retrial the one that prosecuted at first: 原审公诉机关某某县人民检察院。)
# the roles of the prosecution's side, whose header paragraph is the prosecutor's (longest first where one holds another)
_PROSECUTION_ROLES = ("支持抗诉机关", "原审公诉机关", "原公诉机关", "公诉机关", "抗诉机关", "自诉人")
_PARTY_ROLES = (
    "|".join(_PROSECUTION_ROLES) + "|附带民事诉讼原告人|附带民事诉讼被告人|附带民事诉讼原告|"
    "原审被告人|原审被告单位|被告单位|被告人|上诉人|被上诉人|申诉人|被申诉人|罪犯|被告|"
    "指定辩护人|委托辩护人|辩护人|法定代理人|诉讼代表人|诉讼代理人|委托代理人|被害人|法定代表人"
)
_PARTY_RE = re.compile(rf"(?:{_PARTY_ROLES})")
_NOTE = r"(?:[（(][^）)]{0,30}[）)])?"  # 上诉人（原审被告人）, 向某（乳名某某）, （又译…）
# A role alone in a piece of the header, as a flattened table of parties prints it: 被告人：, 上诉人（原审被告人）
_BARE_ROLE_RE = re.compile(rf"(?:{_PARTY_ROLES}){_NOTE}[：:]?")


# Body cues, each matched at the start of a paragraph or sentence.
# (a 检察院 without 人民 too: 南昌铁路运输检察院, as the railway procuratorates are named)
_ORG = r"(?:(?:(?!法院|审理|受理|以)[\u4e00-\u9fff]){2,30}?(?:人民)?检察院|公诉机关|原公诉机关|检察机关|抗诉机关|起诉书|自诉人[\u4e00-\u9fff]{0,10}?)"
_PROSECUTION_RE = re.compile(
    # (the indictment as first filed, or one that adds or changes charges: 原起诉书指控, 补充起诉决定书指控, 变更起诉决定书指控)
    rf"{_ORG}(?:(?:原|补充|变更)?(?:起诉书|公诉书|起诉决定书))?[，,]?(?:指控|指称|诉称|起诉指控)|经审查(?:认定|查明)[^。]{{0,4}}(?:\d|20|19)|"
    r"原判(?:认定|决认定|查明)|原审(?:判决)?(?:法院)?(?:认定|查明)|一审(?:判决|法院)?认定"
)
_DEFENCE_RE = re.compile(
    # (a retrial's petitioner too: 申诉人甲某申诉称)
    r"(?:被告人|被告单位|上诉人|原审被告人|申诉人)[^，。,；]{0,20}?(?:辩解|辩称|对[^。]{0,40}?(?:无异议|有异议|供认|提出|认可|没有异议|均无异议|未提出)|"
    r"当庭|在(?:开庭审理|庭审)|[上申]诉(?:称|提出|理由|请求)|提出|认罪|承认|供认)|"
    r"(?:其|被告人的?|上诉人的?|指定|委托)?辩护人(?:[\u4e00-\u9fff]{1,4})?(?:的辩护意见|提出|认为|辩称|发表|对)"
)
_FACTS_RE = re.compile(
    r"(?:经(?:本院)?(?:依法)?(?:公开)?(?:开庭)?(?:[二再]审)?(?:审理|审查|法庭审理|庭审)[，,]?(?:本院)?(?:另)?(?:查明|认定)|"
    r"本院(?:再审|经?(?:依法)?(?:公开)?(?:开庭)?审理)?(?:另)?查明|审理查明|"
    r"(?:经(?:本院)?)?[二再]审(?:另)?查明|经审理，?(?:认定|查明)|本院经审理认定|"  # 经再审查明 (a retrial's own)
    r"经(?:本院)?复核(?:确认|查明|认定)|"  # 死刑复核 / 法定刑以下 review rulings
    # a review ruling that retells the findings of both lower courts (X中级人民法院和Y高级人民法院认定：), or of one
    # after its retrial (a sentence below the statutory range: 福建省高级人民法院再审认定：)
    r"(?<=[。\s])[^。，,；\s]{2,30}?(?:人民法院|法院)"
    r"(?:(?:和|、|及)[^。，,；\s]{2,30}?(?:人民法院|法院)(?:一审|二审)?|再审)认定[：:])"
)
# The opening of a fact section taken out of a judgment (a data set's fact field, an export of 经审理查明). Broader
# than _PROSECUTION_RE/_FACTS_RE, which split whole judgments: a fact field often opens with the procedure sentence
# (X人民检察院以…起诉书指控被告人…), which inside a judgment is the procedure paragraph, not the prosecution's account.
_FACTS_OPENING_RE = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?"
    r"(?:(?:经|本院)?(?:依法)?(?:一审|二审|再审|本院)?(?:审理)?查明|经审理|经查|"
    r"(?:公诉机关|[^，。；：:\s]{2,30}?检察院(?:[\u4e00-\u9fff]{1,6}分院)?)(?:以[^，。]{0,40}?)?(?:起诉书|起诉)?指控)"
)


def opens_with_facts(text: str) -> bool:
    """Whether ``text`` opens (after an item number) with the prosecution's charge or the court's findings."""
    return bool(_FACTS_OPENING_RE.match(text))


# A sentence of an appeal's own course told after its account of the decision appealed (原判认定…据此判决…。⏎
# 宣判后，原审被告人甲某以原判量刑过重为由提出上诉。…在本院审理过程中，上诉人甲某于…向本院提出撤回上诉的书面
# 申请): more of the procedure, not of the account, which a ruling that finds no facts of its own (准许撤回上诉)
# adopts as its facts. The appeal or protest made ends its clause (not 一审宣判后，某检察院抗诉提出，…: the grounds).
_APPEAL_COURSE_RE = re.compile(
    r"(?:一审|原审|原判|判决)?宣判后[，,][^。；;]{0,60}?(?:提出|提起)?(?:上诉|抗诉)[。；;，,]|"
    r"(?:在)?本院(?:二审)?审理(?:过程中|期间)[，,][^。；;]{0,80}?撤回(?:上诉|抗诉)|"
    r"上诉人[^。；;，,]{1,40}?(?:申请|要求|提出)[^。；;]{0,20}?撤回上诉"
)
_EVIDENCE_CLOSE_RE = re.compile(r"足以认定|予以(?:证实|确认|认定)|证据证实")
# The labelled lines of a judgment in a form layout (表格式, 令状式 速裁), each part a line "label：content":
# 案由：盗窃罪 ⏎ 适用程序：速裁程序，独任审判 ⏎ 起诉书指控：… ⏎ 量刑建议：… ⏎ 本院认定事实：… ⏎ 裁判理由：本院认为，… ⏎
# 判决结果：… ⏎ 上诉权告知：如不服本判决，…. A label opens the section it names (the procedure's labels open
# the procedure after the parties): only one of this closed list, with its colon, where a line starts (after a
# space in a flattened text, after a paragraph number too: 二、案由：), not after a sentence's end (…。量刑建议：…);
# or without one, a whole line alone after a line break (the table exported: 指控事实及罪名⏎2024年5月…⏎量刑建议⏎
# 拘役三个月…).
# the words that name the court's reasons as a heading or a label (裁判理由, 判决理由, 本院意见; 本院认为 is the reasons'
# own cue, :data:`_REASONING_RE`)
_REASONS_NAMED = r"(?:(?:裁判|判决|裁定|判案)(?:的)?)?理由|本院(?:的)?(?:意见|评判)|法院认为|裁判(?:意见|说理)"
_FORM_LABELS = {
    "procedure": "案由|起诉书文号(?:及起诉日期)?|起诉书号|起诉日期|受理日期|立案日期|适用程序|审理程序|审判程序|审判组织|审理方式|"
                 "开庭日期|开庭时间|出庭人员|到庭人员|审理经过|诉讼经过",
    "prosecution": "起诉书指控|公诉机关指控|检察机关指控|起诉指控|指控事实(?:及罪名)?|量刑建议",
    "defence": "辩护意见|辩解意见|被告人辩解|被告人意见|辩护人意见|辩解及辩护意见|被告人辩解及辩护人意见",
    "facts": "本院认定事实|本院认定的事实|经审理查明|审理查明|本院查明|查明事实|认定事实",
    "reasoning": _REASONS_NAMED,
    "result": "判决结果|裁判结果|判决主文",
    "appeal": "上诉权告知|上诉权利告知|上诉告知",
}


def _labelled(alternatives: str) -> str:
    """A pattern of a form layout's label (:data:`_FORM_LABELS`) with its colon where a line starts, or alone
    on its line, its content on the next (the form exported from its table: 量刑建议⏎拘役三个月…); not so after
    a space or a number (in a flattened text a word alone is no label: … 审理查明 …)."""
    return (rf"(?:(?P<line>(?<=\n)|^)|(?<=\s))(?P<number>[一二三四五六七八九十]{{1,3}}、[ \t]*)?(?:{alternatives})"
            r"[ \t]*(?:[：:]|(?(number)(?!)|(?(line)(?=\n)|(?!))))")


# any one of them with its colon, wherever it stands (what opens a sentence before its subject: 裁判理由：本院认为，…)
FORM_LABEL = rf"(?:{'|'.join(_FORM_LABELS.values())})[ \t]*[：:]"
# with its colon or alone on its line (what a section opening at its label starts with: 上诉权利告知⏎如不服本判决…)
FORM_LABEL_LINE = rf"(?:{'|'.join(_FORM_LABELS.values())})[ \t]*(?:[：:]|\n)"
# (the kind of section a label names is the name of the group it matched)
_FORM_LABEL_RE = re.compile(
    _labelled("|".join(rf"(?P<{kind}>{words})" for kind, words in _FORM_LABELS.items()))
)

# 本院认为, and as some courts write it: 本院经审理认为, 本院经审查认为, 本院审查认为, 本院经合议庭评议认为
_REASONING_RE = re.compile(r"本院(?:经(?:审理|审查|复核|合议庭评议|评议)后?|审查|审理)?认为")
# (or the result's label where no 判决如下 comes before it: 判决结果：被告人甲某犯盗窃罪，…)
_RESULT_RE = re.compile(rf"(?:判\s*决|裁\s*定)\s*如\s*下\s*[：:]?|{_labelled(_FORM_LABELS['result'])}")
_APPEAL_RE = re.compile(
    rf"{_labelled(_FORM_LABELS['appeal'])}|"  # (上诉权告知：如不服本判决…: the appeal opens at its label)
    r"如不服(?:从)?本(?:判决|裁定)|本(?:判决|裁定)为终审(?:判决|裁定)|本(?:判决|裁定)(?:书)?送达后即发生法律效力|"
    r"本(?:判决|裁定)(?:书)?自(?:宣告|送达)之日起发生法律效力"
)
_JUDGE_TITLES = r"审\s*判\s*长|代\s*理\s*审\s*判\s*员|审\s*判\s*员|人\s*民\s*陪\s*审\s*员|陪\s*审\s*员|执\s*行\s*长"
_SIGNATURE_RE = re.compile(rf"(?:^|(?<=[\s。）)]))(?:{_JUDGE_TITLES})")
_CLERK_RE = re.compile(r"(?:代\s*理\s*)?书\s*记\s*员|法\s*官\s*助\s*理")
# Searched only after the clerk's line, so it can be loose.
_APPENDIX_RE = re.compile(
    r"[［\[【]?附\s*[：:]?|附\s*录|附\s*件|(?:本案|本判决|本裁定)[^。\s]{0,6}(?:适用|依据|引用|援引)|"
    r"(?:主要|相关|有关)?法律(?:条文|条款|规定)|相关法条|法条|《中华人民共和国|《刑法》|"
    r"第[一二三四五六七八九十百零〇]+条"
)

# --- helpers -----------------------------------------------------------------------


# The number some courts put before each paragraph of the judgment (一、…审理了本案。 二、公诉机关指控：…
# 三、经审理查明：…), and the bracket of a heading on a line of its own (【公诉机关指控】, 〖经审理查明〗,
# [本院认为], 三、【本院查明】), where it opens a paragraph (after a line break, a space or a sentence's end): the
# cue after it opens its section, and the section starts at the number or the bracket. Only 一、 and the like:
# 1. / （一） number the items of an evidence list too.
_OPEN_BRACKETS, _CLOSE_BRACKETS = r"【〖\[［", r"】〗\]］"  # (escaped for a character class)
_LEAD = rf"(?:[一二三四五六七八九十]{{1,3}}、[ \t]*(?:[{_OPEN_BRACKETS}][ \t]*)?|[{_OPEN_BRACKETS}][ \t]*)"
_PARA_NUMBER_RE = re.compile(rf"(?:(?<=\s)|(?<=[。；;])|^){_LEAD}$")


def _para_number(text: str, pos: int) -> int:
    """Where the paragraph number or heading bracket right before ``pos`` starts (:data:`_PARA_NUMBER_RE`);
    ``pos`` where there is none."""
    m = _PARA_NUMBER_RE.search(text, max(0, pos - 8), pos)
    return m.start() if m else pos


def _at_para_start(text: str, pos: int) -> bool:
    if pos <= 0:
        return True
    prev = text[pos - 1]
    return prev.isspace() or prev in "。：:；;）)”」】" or _para_number(text, pos) < pos


def _fragments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pieces of the header ``text[start:end]``: split at whitespace, and after a sentence end where a
    party paragraph or the procedure begins (for texts whose paragraphs were glued together).

    A role alone (被告人：, 辩护人, 上诉人（原审被告人）:) is one piece with the piece after it: a table of parties
    flattened into lines puts the role, the name and the details each on a line of its own, and the role alone
    would read as a paragraph naming nobody (the details line then joins it as any continuation line does)."""
    role: tuple[int, int] | None = None  # a role waiting for its name
    for m in re.finditer(r"\S+(?:[ \t]+(?=[，,、；;。）)]))?", text[start:end]):
        s, e = start + m.start(), start + m.end()
        cuts = [s] + [s + g.start() for g in _GLUE_RE.finditer(text[s:e]) if g.start() > 0]
        for a, b in zip(cuts, cuts[1:] + [e]):
            if _BARE_ROLE_RE.fullmatch(text, a, b):
                if role is not None:
                    yield role  # two roles in a row: the first names nobody
                role = (a, b)
            elif role is not None:
                yield role[0], b
                role = None
            else:
                yield a, b
    if role is not None:
        yield role


def _name_start(para: str) -> int | None:
    """Where the name starts in a paragraph opening 被告人（…）[：][自报] (the colon and a line break of a flattened
    table of parties, 被告人：⏎甲某, before it)."""
    m = DEFENDANT_ROLE_RE.match(para)
    if not m:
        return None
    rest = para[m.end() :]
    at = len(para) - len(rest.lstrip().removeprefix("：").removeprefix(":").lstrip())
    return at + (2 if para.startswith(("自报", "自称"), at) else 0)


def _continues(prev: str, para: str) -> bool:
    """``para`` names the previous paragraph's defendant and goes on about them (no new identity)."""
    m, n = _name_start(prev), _name_start(para)
    if m is None or n is None:
        return False
    name = re.match(r"[^，,。；;（(\s]{1,10}?(?=[，,。；;（(\s])", prev[m:])
    if not name:
        return False
    rest = para[n:]
    return rest.startswith(name.group()) and not re.match(r"[，,（(]", rest[len(name.group()) :])


_GLUE_RE = re.compile(
    rf"(?<=[。；;])(?=(?:{_PARTY_ROLES})|[^。；]{{0,40}}?(?:人民检察院以|检察院以|公诉机关以|本院受理|向本院提起|提起公诉|审理[^。]{{0,30}}一案))"
)


_PROCEDURE_START_RE = re.compile(
    r"人民检察院以|检察院以|检察院于|公诉机关以|本院受理|本院于|审理[^。]{0,40}一案|一案[，,]|向本院提起|提起公诉|"
    r"本案由|本案经|原审人民法院|不服[^。]{0,60}(?:判决|裁定)|审理终结|自诉人[^。]{0,20}以|提出上诉|抗诉|"
    # 某中级人民法院审理某人民检察院指控被告人甲犯A罪、B罪……一案 (review and appeal histories list many charges)
    r"人民法院审理|检察院指控"
)


_STARTS_RE = re.compile(r"(?:(?<=\s)|(?<=[。；;]))(?=\S)")
_NUMBER_AT_RE = re.compile(_LEAD)  # a paragraph number or a heading's bracket where a paragraph starts
# a heading in brackets alone: 【当事人】
_BRACKET_HEADING_RE = re.compile(rf"[{_OPEN_BRACKETS}][^\s{_CLOSE_BRACKETS}]{{1,12}}[{_CLOSE_BRACKETS}]")
# one that names the parties (【当事人】, 【被告人基本情况】, 【诉讼参与人】), wherever it stands among them
_PARTIES_HEADING_RE = re.compile(
    rf"[{_OPEN_BRACKETS}][ \t]*(?:当事人|被告人|被告单位|上诉人|诉讼参与人|诉讼参加人|辩护人|公诉机关)"
    rf"(?:的)?(?:基本|身份)?(?:情况|信息)?[ \t]*[{_CLOSE_BRACKETS}]"
)

# A heading on a line of its own that names its section in words none of the cues above starts with: 【指控事实】,
# 〖辩护意见〗, 三、事实认定 (after a bare number only where its line ends there: flattened, 二、辩护意见 … may open a
# sentence; 一、盗窃事实 numbers an item of the facts and names no section). Told by the words it holds, the defence
# first (【被告人对指控的辩解】), the facts before the prosecution (【本院查明的指控事实】); not a point answered
# (关于辩护人的意见).
_HEADING_LABELS = (
    ("defence", re.compile(rf"(?!关于)[^\s{_CLOSE_BRACKETS}]{{0,10}}?(?:辩解|辩护|辩称|答辩)")),
    ("facts", re.compile(rf"(?!关于)[^\s{_CLOSE_BRACKETS}]{{0,10}}?(?:查明|事实认定|认定(?:的)?(?:犯罪)?事实)")),
    ("prosecution", re.compile(rf"(?!关于)[^\s{_CLOSE_BRACKETS}]{{0,10}}?(?:指控|起诉|公诉)")),
    # the court's reasons under a heading of their own, with no 本院认为 (【裁判理由】, 四、判决理由): named whole,
    # not after other words (【上诉理由】 tells an appellant's grounds)
    ("reasoning", re.compile(_REASONS_NAMED)),
)
# (a bracket's heading ends at its closing bracket, a number's at the end of its line)
_HEADING_END_RE = re.compile(
    rf"[^\s{_CLOSE_BRACKETS}]{{0,10}}?[ \t]*(?:(?P<close>[{_CLOSE_BRACKETS}])|(?=\n|$))"
)


_NEVER_RE = re.compile(r"(?!)")  # (for :func:`_search_para` where only a heading counts)


def _heading(text: str, pos: int, end: int) -> str | None:
    """The section a heading on a line of its own at ``pos`` names (:data:`_HEADING_LABELS`), else None."""
    lead = _NUMBER_AT_RE.match(text, pos, end)
    if not lead:
        return None
    bracket = not lead.group().rstrip().endswith("、")
    for kind, label in _HEADING_LABELS:
        m = label.match(text, lead.end(), end)
        if m and (e := _HEADING_END_RE.match(text, m.end(), end)) and bool(e.group("close")) == bracket:
            return kind
    return None


# The labelled item of an element-form judgment (要素式) that tells the parties' particulars, numbered 一、 or
# （一）, the label with its colon or on a line of its own: 一、被告人基本情况：被告人甲某，男，…; （一）当事人基本情况⏎被告人甲某，…
_IDENTITY_ITEM_RE = re.compile(
    r"(?:(?<=\s)|(?<=[。；;])|^)(?P<num>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[ \t]*"
    r"(?:被告人|被告单位|当事人)的?(?:基本)?情况(?:如下)?(?:[ \t]*[：:]|(?=\s|$))[ \t]*"
)
# where the next item of the same level starts (after 一、 the next 一、-style number: a （一） inside 一、 may number
# its defendants; after （一） either)
_ITEM_NUMBER_RE = re.compile(r"(?:(?<=\s)|(?<=[。；;]))[一二三四五六七八九十]{1,3}、")
_SUB_ITEM_NUMBER_RE = re.compile(
    r"(?:(?<=\s)|(?<=[。；;]))(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)
# the number of one person's paragraph inside such an item: （一）被告人甲某，…; 1.被告人乙某，…
_PARTY_NUMBER_RE = re.compile(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)[ \t]*"
)


def _search_para(
    regex: re.Pattern[str], text: str, start: int, end: int, at_start: bool = True, heading: str = ""
) -> int:
    """Position of the first paragraph or sentence start in [start, end) where ``regex`` matches, after a
    paragraph number or a heading's bracket (:data:`_PARA_NUMBER_RE`) too, or that is a ``heading`` of that
    section on its own line (:func:`_heading`) or a form layout's label of it (:data:`_FORM_LABELS`); -1.
    ``start`` itself counts as a paragraph start unless ``at_start`` is false."""

    def matches(pos: int) -> bool:
        number = _NUMBER_AT_RE.match(text, pos, end)
        if regex.match(text, number.end() if number else pos):
            return True
        if heading and (label := _FORM_LABEL_RE.match(text, pos, end)) and label.lastgroup == heading:
            return True
        return bool(heading) and number is not None and _heading(text, pos, end) == heading

    if at_start and start < end and matches(start):
        return start
    for m in _STARTS_RE.finditer(text, start, end):
        if matches(m.start()):
            return m.start()
    return -1


@dataclass(frozen=True, slots=True)
class Sections(Sequence[Section]):
    """The sections of one document, in order, with lookup by kind."""

    items: tuple[Section, ...]
    doc_text: str

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        return self.items[i]

    def get(self, kind: str) -> Section | None:
        """The first section of ``kind``, or None."""
        for s in self.items:
            if s.kind == kind:
                return s
        return None

    def all(self, kind: str) -> list[Section]:
        return [s for s in self.items if s.kind == kind]

    def text(self, kind: str) -> str:
        """Text of the first section of ``kind`` ('' if absent)."""
        s = self.get(kind)
        return self.doc_text[s.start : s.end] if s else ""

    @property
    def body_end(self) -> int:
        """End of the judgment proper: where the appendix starts, else the end of the text."""
        a = self.get("appendix")
        return a.start if a else len(self.doc_text)


# a heading of its own line that opens one part of facts told charge by charge (二、关于盗窃事实; （三）故意杀人、抢劫事实)
_FACT_PART_RE = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
    r"(?P<title>[^\n。；;：:]{1,40}?事实)[ \t\u3000]*$",
    re.M,
)


# the same in a text whose line breaks were flattened to spaces (经审理查明： 一、被告人甲盗窃罪犯罪事实 1、2017年8月…):
# after a space or the colon of the facts' cue, the title without spaces, a space after it
_FACT_PART_FLAT_RE = re.compile(
    r"(?:(?<=\s)|(?<=[：:]))(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
    r"(?P<title>[^\s。；;：:，,]{1,40}?事实)[ \t\u3000]+(?=\S)"
)


def fact_parts(text: str, facts: Section) -> list[tuple[int, int, str]]:
    """The parts of the facts section told under headings of their own, two or more (一、关于故意杀人事实 … 二、关于盗窃事
    实 …, the form of many rulings of several counts), as (start, end, heading): each part runs from its heading to the
    next one, the last to the end of the facts."""
    heads = list(_FACT_PART_RE.finditer(text, facts.start, facts.end))
    if len(heads) < 2:  # (not on lines of their own: a flattened text)
        heads = list(_FACT_PART_FLAT_RE.finditer(text, facts.start, facts.end))
    if len(heads) < 2:
        return []
    ends = [m.start() for m in heads[1:]] + [facts.end]
    return [(m.start(), _rstrip(text, m.start(), e), m.group("title")) for m, e in zip(heads, ends)]


# --- the splitter ---------------------------------------------------------------------


def split_sections(text: str) -> Sections:
    """Split a judgment's (normalised) text into sections with offsets."""
    n = len(text)
    out, header_start = _head(text)
    reasoning, result_m = _reasoning_and_result(text, header_start)
    result_start = result_m.start() if result_m else -1
    appeal, signatures, appendix = _tail(text, result_m, header_start)
    # (五、本院认为 / 七、如不服本判决: the section starts at its paragraph's number)
    reasoning, appeal = (_para_number(text, x) if x != -1 else x for x in (reasoning, appeal))
    body_end = appendix if appendix != -1 else n
    first_anchor = min([x for x in (reasoning, result_start) if x != -1] or [body_end])
    parties, procedure = _header_paragraphs(text, header_start, first_anchor)

    # 5. Body sections between the procedure and the reasoning.
    zone_end = reasoning if reasoning != -1 else (result_start if result_start != -1 else body_end)
    zone_start = procedure if procedure != -1 else header_start
    # an element-form item of particulars after the procedure: its paragraphs are the header's for the persons
    # it describes (the top may list only their names: 被告人：甲某。)
    items = _identity_items(text, procedure, zone_end) if procedure != -1 else []
    described = {h.name for _a, _b, ps in items for p in ps if (h := _header_of(text, p))}
    # (the top's paragraphs are parsed here only where an item describes someone: assemble parses them anyway)
    out += [p for p in parties if not (described and (h := _header_of(text, p)) and h.name in described)]
    out += [p for _a, _b, ps in items for p in ps]

    def search(regex: re.Pattern[str], start: int, end: int, at_start: bool = True, heading: str = "") -> int:
        """:func:`_search_para` that passes over the items of particulars."""
        pos = _search_para(regex, text, start, end, at_start, heading)
        for a, b, _ps in items:
            if a <= pos < b:
                pos = _search_para(regex, text, b, end, heading=heading)
        return pos

    prosecution = search(_PROSECUTION_RE, zone_start, zone_end, heading="prosecution")
    if prosecution != -1 and prosecution == procedure:
        prosecution = search(_PROSECUTION_RE, zone_start + 1, zone_end, at_start=False, heading="prosecution")
    facts = search(_FACTS_RE, zone_start, zone_end, heading="facts")
    if facts != -1 and prosecution != -1 and prosecution > facts:
        prosecution = -1 if facts - zone_start < 10 else prosecution
    defence_from = prosecution if prosecution != -1 else zone_start
    defence_to = facts if facts != -1 and facts > defence_from else zone_end
    defence = search(_DEFENCE_RE, defence_from + 1, defence_to, heading="defence")
    # the appeal's course told after the account of the decision appealed (:data:`_APPEAL_COURSE_RE`), before
    # the court's own findings: a procedure section of its own
    course = search(_APPEAL_COURSE_RE, prosecution + 1, defence_to) if prosecution != -1 else -1
    if course != -1 and facts == -1:
        zone_end = min(zone_end, course)  # (the account the court adopts ends there)

    found = [
        (procedure, "procedure"), (prosecution, "prosecution"), (defence, "defence"), (facts, "facts"),
        (course, "procedure"), (reasoning, "reasoning"), (result_start, "result"),
    ] + [(x, kind) for x, kind in ((appeal, "appeal"), (signatures, "signatures")) if x < body_end]
    anchors = sorted((x, kind) for x, kind in found if x != -1)
    for i, (start, kind) in enumerate(anchors):
        end = anchors[i + 1][0] if i + 1 < len(anchors) else body_end
        for a, b, _ps in items:  # (the text after an item keeps the section the item lies in)
            if start <= a < end:
                if _rstrip(text, start, a) > start:
                    out.append(Section(kind, start, _rstrip(text, start, a)))
                start = b + len(text[b:end]) - len(text[b:end].lstrip())
        if start < end:
            out.append(Section(kind, start, _rstrip(text, start, end)))
    if facts == -1 and prosecution != -1:
        # Simplified procedure: the court adopts the prosecution's account as its findings.
        p = next(s for s in out if s.kind == "prosecution")
        end = p.end
        if defence != -1:
            # The adopted account runs to the evidence sentence (…足以认定), past any defence paragraph.
            close = None
            for close in _EVIDENCE_CLOSE_RE.finditer(text, p.start, zone_end):
                pass
            if close is not None:
                end = _sentence_end(text, close.end(), zone_end)
        out.append(Section("facts", p.start, end))
    if appendix != -1:
        out.append(Section("appendix", appendix, n))
    out.sort(key=lambda s: (s.start, s.kind != "prosecution"))
    return Sections(tuple(out), text)


def _head(text: str) -> tuple[list[Section], int]:
    """1. The title and the case number, and where the header after them starts.

    The case number is usually within the first few hundred characters; the title is everything before it.
    """
    n = len(text)
    out: list[Section] = []
    forms = list(FORM_RE.finditer(text, 0, min(n, 400)))
    first_party = _PARTY_RE.search(text, forms[-1].end() if forms else 0, min(n, 800))
    head_end = first_party.start() if first_party else min(n, 600)
    cn = CASE_NUMBER_RE.search(text, 0, head_end) or ANY_CASE_NUMBER_RE.search(text, 0, head_end)
    if cn:
        out.append(Section("title", 0, cn.start()))
        out.append(Section("case_number", cn.start(), cn.end()))
        return out, cn.end()
    if forms:
        out.append(Section("title", 0, forms[-1].end()))
        return out, forms[-1].end()
    return out, 0


def _reasoning_and_result(text: str, header_start: int) -> tuple[int, re.Match[str] | None]:
    """2. Where the reasoning opens (-1 if nowhere) and the result cue."""
    result_m = None
    reasoning = -1
    # The result cue: the first 判决如下 that follows a 本院认为 or a heading naming the reasons (a second-instance
    # document may quote the first-instance 判决如下 in its procedure or facts; an appendix's statute text may follow
    # the signatures with 本院认为……判决如下 of its own).
    heading = _search_para(_NEVER_RE, text, header_start, len(text), heading="reasoning")
    opens = [(m.start(), m.end()) for m in _REASONING_RE.finditer(text, header_start)]
    if heading != -1:
        opens.append((heading, heading))
    for start, end in sorted(opens):
        r = _RESULT_RE.search(text, end)
        if r:
            reasoning = start
            result_m = r
            break
    if result_m is None:
        result_m = _RESULT_RE.search(text, header_start)
    # The reasoning opens at a paragraph-initial 本院认为 before the result cue.
    if result_m is not None:
        found = list(_REASONING_RE.finditer(text, header_start, result_m.start()))
        # the plain 本院认为 where there is one: 本院审查认为 may answer one defence point in the middle of the text
        plain = [m for m in found if m.group() == "本院认为"]
        cands = [m.start() for m in (plain or found)]
        para = [c for c in cands if _at_para_start(text, c)]
        # one that opens a line, where there is one: after a 。 it may be a sentence of the procedure retelling an
        # earlier ruling (…提起公诉。本院认为，本案出现了新的…事实，…作出裁定，不核准…); glued texts have only those
        # (after its paragraph's number too: 五、本院认为)
        para = [c for c in para if (p := _para_number(text, c)) == 0 or text[p - 1].isspace()] or para
        if para:
            reasoning = _pick_reasoning(text, para, result_m.start())
        elif cands:
            reasoning = cands[0]
        # a heading naming the reasons (【裁判理由】 on its line) opens them where no 本院认为 does before it; one
        # after a 本院认为 is a part of the reasons (【量刑理由】)
        if heading != -1 and heading < result_m.start() and (reasoning == -1 or heading < reasoning):
            reasoning = heading
    return reasoning, result_m


def _tail(text: str, result_m: re.Match[str] | None, header_start: int) -> tuple[int, int, int]:
    """3. Where the appeal notice, the signatures and an appendix start (-1 for none), searched after the result
    cue."""
    n = len(text)
    tail_from = result_m.end() if result_m else header_start
    m = _APPEAL_RE.search(text, tail_from)
    appeal = m.start() if m else -1
    sig_from = appeal if appeal != -1 else tail_from
    sig_m = _SIGNATURE_RE.search(text, sig_from) or _CLERK_RE.search(text, sig_from)
    signatures = sig_m.start() if sig_m else -1
    appendix = -1
    if signatures != -1:
        clerk_end = signatures
        for clerk_m in _CLERK_RE.finditer(text, signatures, min(n, signatures + 400)):
            clerk_end = clerk_m.end()
        am = _APPENDIX_RE.search(text, clerk_end)
        if am:
            appendix = am.start()
    elif result_m is not None:
        am = _APPENDIX_RE.search(text, result_m.end())
        if am and re.search(r"第[一二三四五六七八九十百零〇\d]+条", text[am.end() : am.end() + 200]):
            appendix = am.start()
    return appeal, signatures, appendix


def _header_paragraphs(
    text: str, header_start: int, first_anchor: int, item: bool = False
) -> tuple[list[Section], int]:
    """4. The party paragraphs of the header, and where the procedure after them starts (-1 if it was not
    found).

    The label of an element-form item of particulars (:data:`_IDENTITY_ITEM_RE`) is passed over; inside such
    an ``item``, a person's paragraph may carry a number of its own (（一）被告人甲某，男，…)."""
    parties: list[Section] = []
    procedure = -1
    last_kind = ""
    for ps, pe in _fragments(text, header_start, first_anchor):
        label = _IDENTITY_ITEM_RE.match(text, ps, pe)
        if label:
            ps = label.end()
            if ps >= pe:
                continue  # the label on a line of its own
        # (a label alone on its line is a piece of its own: what follows it, the line break, decides)
        if (form_label := _FORM_LABEL_RE.match(text, ps)) and form_label.end() <= pe:
            if not parties:
                continue  # a form's label over the parties: 案由：盗窃罪
            # one after them ends them: a label of the procedure (案由：…, 适用程序：…) opens it; another opens its own
            # section (经审理查明：…, 起诉书指控：… with no procedure told before), not the procedure
            if form_label.lastgroup == "procedure":
                procedure = ps
            break
        if _BRACKET_HEADING_RE.fullmatch(text, ps, pe):
            if not parties or _PARTIES_HEADING_RE.fullmatch(text, ps, pe):
                continue  # a heading over the parties: 【当事人】; 公诉机关…。⏎【被告人基本情况】
            procedure = ps  # one after them opens the procedure: 【审理经过】
            break
        number = _PARTY_NUMBER_RE.match(text, ps, pe) if item else None
        if number and _PARTY_RE.match(text, number.end(), pe):
            ps = number.end()
        para = text[ps:pe]
        m = _PARTY_RE.match(para)
        if m:
            role = m.group()
            # the procedure opens with the prosecutor acting: 公诉机关以…, 自诉人赵某以被告人钱某某犯诽谤罪… (a name first)
            acts = rf"{role}(?:以|指控|认为|提出|向|起诉|建议|出示|当庭|对)"
            if role == "自诉人":
                acts += r"|自诉人[^，。,；;\s]{1,10}?(?:以[^，。]{0,30}?(?:被告人|犯|罪)|指控|向本院|起诉|提起)"
            else:  # the prosecutor named (公诉机关济南市历下区人民检察院以济历检刑诉〔2024〕421号起诉书指控…)
                acts += rf"|{role}[^，。,；;\s]{{2,30}}?检察院(?:[^，。,；;\s]{{1,8}}?分院)?(?:以|指控|向本院|于)"
            if role in _PROSECUTION_ROLES and not re.match(acts, para):
                kind = "prosecutor"
            elif role in _PROSECUTION_ROLES:
                procedure = ps
                break
            elif "辩护人" in role or defender_client(para, opening=True):
                kind = "defender"  # 辩护人X…, or 被告人甲的辩护人X… (a defender named with whom he defends)
            elif role in ("被告人", "被告单位", "上诉人", "原审被告人", "原审被告单位", "罪犯", "被告", "申诉人"):
                # "被告人张某对公诉机关指控的事实无异议" is defence, not a party paragraph; "被告人董以成，男，…" is
                # one whatever its name holds (以, 在, 因).
                identity = re.match(
                    rf"{role}{_NOTE}[^，。,、（(]{{1,8}}{_NOTE}[，,、]\s*(?:男|女|曾用名|别名|化名|绰号|又名|[\u4e00-\u9fff]{{1,4}}族)", para
                )
                # "被告人李以宁，农民。": a name right before a comma is a header even without 男/女
                named = re.match(rf"{role}{_NOTE}[^，。,、\s（(]{{2,5}}{_NOTE}[，,。]", para)
                prev = parties[-1] if parties else None
                # "被告人陈某曾因吸毒，于…被行政拘留…。被告人陈某因涉嫌…被刑事拘留": the header goes on about the
                # defendant just introduced, sentence by sentence (glued paragraphs), before any procedure.
                first = para.split("。", 1)[0]
                goes_on = (
                    prev is not None and prev.kind == "defendant" and _continues(text[prev.start : prev.end], para)
                    and tells_record(first) and not _PROCEDURE_START_RE.search(first)
                )
                if not identity and (
                    _DEFENCE_RE.match(para)
                    or (not named and not goes_on and re.match(rf"{role}[^，。,]{{1,8}}?(?:于(?:19|20)\d\d|在|因|以)", para))
                    or re.match(rf"{role}[^，。,]{{1,20}}?(?:被控|被指控|涉嫌|犯)[^。]{{0,40}}一案", para)
                    or re.match(rf"{role}[^，。,；]{{1,30}}一案", para)
                ):
                    procedure = ps
                    break
                kind = "defendant"
                # "被告人张某某，男，…" after "被告人张某，男，…" is a second person (the identity says so), not 张某 going on
                if (
                    not identity and prev is not None and prev.kind == "defendant"
                    and _continues(text[prev.start : prev.end], para)
                ):
                    parties[-1] = Section("defendant", prev.start, pe)  # "被告人张某曾因…": same person, next sentence
                    continue
            else:
                kind = "party"
            parties.append(Section(kind, ps, pe))
            last_kind = kind
            continue
        if last_kind and not _PROCEDURE_START_RE.search(para[:80]):
            # A continuation line of the previous party paragraph (priors, custody on their own line).
            prev = parties.pop()
            parties.append(Section(prev.kind, prev.start, pe))
            continue
        procedure = ps
        break
    return parties, procedure


def _identity_items(text: str, start: int, end: int) -> list[tuple[int, int, list[Section]]]:
    """The element-form items of particulars (:data:`_IDENTITY_ITEM_RE`) in [start, end), each as (start,
    end, its party paragraphs): the item runs to the next item of its level, its paragraphs as far as they are
    party paragraphs. Only items that describe a defendant (a sex, a birth date, custody: not an evidence
    list's （三）被告人基本情况：被告人甲某的户籍证明…)."""
    out: list[tuple[int, int, list[Section]]] = []
    for m in _IDENTITY_ITEM_RE.finditer(text, start, end):
        if out and m.start() < out[-1][1]:
            continue
        level = _ITEM_NUMBER_RE if m.group("num").endswith("、") else _SUB_ITEM_NUMBER_RE
        nxt = level.search(text, m.end(), end)
        stop = _rstrip(text, m.start(), nxt.start() if nxt else end)
        parties, rest = _header_paragraphs(text, m.start(), stop, item=True)
        described = [h for p in parties if (h := _header_of(text, p))]
        if any(h.is_unit or h.gender or h.birth_date or h.custody for h in described):
            out.append((m.start(), _rstrip(text, m.start(), rest) if rest != -1 else stop, parties))
    return out


def _header_of(text: str, sec: Section) -> PartyHeader | None:
    return parse_defendant(text[sec.start : sec.end]) if sec.kind == "defendant" else None


def _pick_reasoning(text: str, candidates: list[int], result_start: int) -> int:
    """Choose the 本院认为 that opens the reasoning.

    Courts sometimes write 本院认为 inside the facts when answering a defence point
    ("对于辩护人的意见，本院认为…").  The reasoning is the first paragraph-initial
    本院认为 whose text up to the result cue reaches a conclusion (构成…罪, 依照…).
    """
    for c in candidates:
        if re.search(r"构成|犯[^。]{0,30}罪|罪名成立|依照|依据|根据|维持|驳回", text[c:result_start]):
            return c
    return candidates[0]


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"[。；;]").search(text, pos, limit)
    return m.end() if m else pos


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
