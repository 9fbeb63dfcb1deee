"""Document-level fields: form, case number, court, procedure, date, prosecutor, officers.

Each ``extract_*`` function reads the normalised text and its sections and
returns a value with the span (normalised offsets) it came from.

>>> parse_case_number("（2016）湘0111刑初733号")
CaseNumber(text='（2016）湘0111刑初733号', year=2016, court_code='湘0111', type_code='刑初', seq='733', old_style=False)
>>> parse_case_number("（2014）临罗刑一初字第81号").type_code
'刑初'
>>> procedure_of("刑终"), procedure_of("刑重"), procedure_of("刑核")
('二审', '一审', '其他')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from fayan.errors import ParseError
from fayan.judgment import CaseNumber, Officer
from fayan.nlp.numbers import parse_date
from fayan.nlp.text import MASK_CHARS, NAME_DOTS
from fayan.pipelines.sections import CASE_NUMBER_RE, FORM_RE, Sections

__all__ = [
    "DocFields",
    "extract_doc_fields",
    "parse_case_number",
    "procedure_of",
    "classify_form",
    "SIGNATURE_DATE_RE",
]

_ZERO = "〇○ΟOо零0０"
SIGNATURE_DATE_RE = re.compile(
    rf"[一二三四五六七八九{_ZERO}\d]{{4}}\s*年\s*[一二三四五六七八九十\d]{{1,3}}\s*月\s*[一二三四五六七八九十\d]{{1,3}}\s*日"
)
# The date of a signature block laid out in two columns, flattened by a PDF's text into one line per row: the
# year at the end of one row (审判长 某某 二〇一九年), the month and day at the end of the next (审判员 某某 十一月二十日)
_SPLIT_SIGNATURE_DATE_RE = re.compile(
    rf"(?<=\s)(?P<year>[一二三四五六七八九{_ZERO}\d]{{4}}\s*年)[ \t]*\n[^\n]*?\s"
    r"(?P<day>[一二三四五六七八九十\d]{1,3}\s*月\s*[一二三四五六七八九十\d]{1,3}\s*日)"
    r"[ \t]*(?=\n|$)"
)
_COURT_RE = re.compile(
    rf"(?:中华人民共和国)?[\u4e00-\u9fff{MASK_CHARS}（）()]{{0,40}}?(?:人民法院|法院|法庭)"  # XX市XX区人民法院: masked
)
_COURT_PLACE_RE = re.compile(r"[省市县区州旗盟]|最高人民法院")
# an abbreviation note inside the name: 科尔沁左翼后旗（以下简称科左后旗）人民检察院
_ABBREV_NOTE_RE = re.compile(r"[（(](?:以下)?简称[^（）()]{1,20}[）)]")
# a procuratorate's branch after its name: 北京市人民检察院第二分院, 新疆维吾尔自治区人民检察院和田分院
_BRANCH = r"(?:[\u4e00-\u9fff]{1,8}?分院)?"
_PROSECUTOR_RE = re.compile(
    # 抗诉机关（原公诉机关）某某县人民检察院: a note on the role may sit before the name
    # 公诉机关暨附带民事公益诉讼起诉人某某区人民检察院: the civil role the same procuratorate holds
    # (not the 抗诉机关 of 支持抗诉机关某某市人民检察院, the office above that backs the protest, not the one prosecuting)
    r"(?P<role>原公诉机关|公诉机关|(?<!支持)抗诉机关|原审公诉机关)(?:暨(?:刑事)?附带民事(?:公益)?诉讼起诉人)?"
    r"\s*(?:[（(][^）)]{0,12}[）)])?\s*[：:，,]?\s*"
    rf"(?P<name>[^。，,；;\s（(]{{2,60}}?(?:{_ABBREV_NOTE_RE.pattern}[^。，,；;\s（(]{{0,20}}?)?"
    rf"(?:人民检察院{_BRANCH}|检察院{_BRANCH}|检察分院))"
)
# the procuratorate a case history names as prosecuting: 审理某某市人民检察院指控, 某某县人民检察院以…起诉书指控,
# 某某区人民检察院于…向本院提起公诉, 某某省人民检察院某某分院指控; the name stops at punctuation and holds no court
_PROSECUTED_BY_RE = re.compile(
    r"(?:审理|[。；;，,\s]|^)(?P<name>(?:(?!法院|审理)[^。，,；;\s、：:（()）被由经因]){2,40}?(?:人民检察院|检察院)"
    rf"{_BRANCH})(?:以[^。；;]{0,60}?起诉书|于[^。；;]{0,30}?)?(?:指控|向本院提起公诉|提起公诉)"
)
_OFFICER_RE = re.compile(
    r"(?P<role>审\s*判\s*长|代\s*理\s*审\s*判\s*员|审\s*判\s*员|人\s*民\s*陪\s*审\s*员|陪\s*审\s*员|"
    r"(?:代\s*理\s*|代\s*)?书\s*记\s*员|法\s*官\s*助\s*理|速\s*录\s*员|执\s*行\s*长)\s*[：:]?\s*"  # 审判长：某某
    # 艾某瓦尔·司某义: longer with a dot (:data:`~fayan.nlp.text.NAME_DOTS`)
    rf"(?P<name>[\u4e00-\u9fff]{{1,8}}[{NAME_DOTS}][\u4e00-\u9fff{NAME_DOTS}]{{1,16}}?"
    r"|[\u4e00-\u9fff](?: (?!审|代|人\s*民|陪|书|法\s*官|速)[\u4e00-\u9fff]){1,2}(?=\s|$)"  # spaced out: 胡 静
    rf"|[\u4e00-\u9fff{NAME_DOTS}]{{1,5}}?)"
    r"(?=\s|审\s*判|代\s*(?:理|书)|人\s*民\s*陪|陪\s*审|书\s*记|法\s*官|速\s*录|[一二三四五六七八九〇○ΟO零]{4}年|\d{4}年|（|\(|$|。)"
)


@dataclass(frozen=True, slots=True)
class DocFields:
    doc_type: str
    form: str | None  # the printed form, e.g. 刑事判决书, 民事判决书
    criminal: bool
    case_number: CaseNumber | None
    case_number_span: tuple[int, int] | None
    court: str | None
    court_span: tuple[int, int] | None
    procedure: str | None
    judgment_date: date | None
    judgment_date_span: tuple[int, int] | None
    prosecutor: str | None
    prosecutor_span: tuple[int, int] | None
    officers: tuple[Officer, ...]


def parse_case_number(text: str) -> CaseNumber | None:
    """Parse a 案号 kept exactly as printed; None when it is not a criminal case number."""
    m = CASE_NUMBER_RE.search(text)
    if not m:
        return None
    body = re.sub(r"\s+", "", m.group("body"))
    type_code = re.sub(r"\s+|[一二三四五六七]", "", m.group("type"))
    court_code = body[: body.find("刑")] if "刑" in body else None
    return CaseNumber(
        text=text.strip(),
        year=int(m.group("year")) if m.group("year") and m.group("year").isdigit() else None,
        court_code=court_code or None,
        type_code=type_code or None,
        seq=m.group("seq"),
        old_style="字" in body,
    )


def procedure_of(type_code: str | None) -> str | None:
    """一审 for 刑初 (and retrials heard at first instance, 刑重, 刑再初), 二审 for 刑终, else 其他 (a retrial heard
    on appeal, 刑再终, 刑监一再终, is 审判监督's, not an appeal's)."""
    if not type_code:
        return None
    if type_code.startswith("刑初") or type_code in ("刑重", "刑更重") or type_code.endswith("初"):
        return "一审"
    if any(c in type_code for c in "再监申"):
        return "其他"
    if type_code.startswith("刑终") or type_code.endswith("终"):
        return "二审"
    return "其他"


def classify_form(form: str | None) -> tuple[str, bool]:
    """(doc_type, criminal) for a printed form such as 刑事附带民事判决书."""
    if not form:
        return "其他", False
    f = re.sub(r"\s+", "", form)
    criminal = f.startswith("刑事")
    if not criminal:
        return "其他", False
    if f.endswith("判决书"):
        return "判决书", True
    if f.endswith("裁定书"):
        return "裁定书", True
    return "其他", True


def _alone_on_line(text: str, s: int, e: int) -> bool:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return not text[ls:s].strip() and not text[e : le if le != -1 else len(text)].strip()


def _court(text: str, title_end: int, form_start: int | None) -> tuple[str, tuple[int, int]] | None:
    """The court printed above the form (…人民法院 刑事判决书). Without a printed form only a line that is a court's
    name and nothing else counts, and the name must hold a place (省 市 县 区 …) or be 最高人民法院: in a news
    report 法院 in a sentence (…诉至北京市昌平区人民法院, 经法院) or a headline (…被带上法庭) is not the document's
    court."""
    end = form_start if form_start is not None else title_end
    best = None
    for m in _COURT_RE.finditer(text, 0, end):
        if form_start is not None or (_alone_on_line(text, *m.span()) and _COURT_PLACE_RE.search(m.group())):
            best = m
    if best is None:
        return None
    s, e = best.span()
    name = text[s:e]
    # Drop a leading title line such as "张某犯盗窃罪一审刑事判决书 " glued to the court name.
    cut = max(name.rfind("书"), name.rfind(":"), name.rfind("："))
    if cut != -1:
        s += cut + 1
    while s < e and not ("\u4e00" <= text[s] <= "\u9fff" or text[s] in MASK_CHARS):
        s += 1
    return text[s:e], (s, e)


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """A date on a line of its own, as signed: nothing of a sentence right before or after it."""
    before = text[max(0, m.start() - 1) : m.start()]
    after = text[m.end() : m.end() + 1]
    return before not in set("自至于从到止由在即为") and (after == "" or after.isspace() or after in "书本法附（(")


def _signature_date(text: str, secs: Sections) -> tuple[date, tuple[int, int]] | None:
    """The date the signatures carry: the first full date of the signatures, or one split over two rows of a
    signature block in two columns (:data:`_SPLIT_SIGNATURE_DATE_RE`); without signatures, the last date
    standing alone near the body's end."""
    sig = secs.get("signatures")
    ranges = []
    if sig:
        ranges.append((sig.start, sig.end))
    # Fallback: the last full date before the appendix (some documents lack judge lines).
    ranges.append((max(0, secs.body_end - 400), secs.body_end))
    for k, (lo, hi) in enumerate(ranges):
        fallback = k == len(ranges) - 1
        found = None
        for m in SIGNATURE_DATE_RE.finditer(text, lo, hi):
            if fallback and not _stands_alone(text, m):
                continue  # a date in a sentence (the 刑期 note's 自2021年3月15日起) is not the judgment's
            found = m
            if sig:
                break
        if found is not None:
            try:
                return parse_date(found.group()), found.span()
            except ParseError:
                continue
        if not fallback and (split := _SPLIT_SIGNATURE_DATE_RE.search(text, lo, hi)):
            try:  # (its span: from the year to the day, the names between)
                return parse_date(split.group("year") + split.group("day")), (split.start(), split.end())
            except ParseError:
                continue
    return None


def _officers(text: str, secs: Sections) -> tuple[Officer, ...]:
    sig = secs.get("signatures")
    if not sig:
        return ()
    out = []
    for m in _OFFICER_RE.finditer(text, sig.start, sig.end):
        role = re.sub(r"\s+", "", m.group("role"))
        out.append(Officer(role=role, name=m.group("name").replace(" ", "")))
    return tuple(out)


def _prosecutor(text: str, secs: Sections, criminal: bool) -> tuple[str, tuple[int, int]] | None:
    """The 公诉机关 of the header; without a header line, in a criminal court document (死刑复核 rulings), the
    procuratorate the case history says prosecuted (…中级人民法院审理某某市人民检察院指控被告人…)."""
    for s in secs.all("prosecutor"):
        m = _PROSECUTOR_RE.search(text, s.start, s.end)
        if m:
            return _ABBREV_NOTE_RE.sub("", m.group("name")), m.span("name")
    if not criminal:
        return None
    anchor = secs.get("facts") or secs.get("reasoning") or secs.get("result")
    end = min(anchor.start if anchor else len(text), 3000)
    found = list(_PROSECUTED_BY_RE.finditer(text, 0, end))
    # a prosecution withdrawn (某某市人民检察院以事实、证据有变化为由撤回起诉) is not the one the case went on with
    while len(found) > 1 and re.search(
        re.escape(found[0].group("name")) + r"(?:[^。；;]{0,40}?为由)?撤回(?:起诉|公诉)", text[found[0].end() : found[1].start()]
    ):
        found.pop(0)
    return (found[0].group("name"), found[0].span("name")) if found else None


def _procedure(text: str, secs: Sections, cn: CaseNumber | None, criminal: bool) -> str | None:
    """From the case number's type code; without one, from the header's wording. A retrial numbered 刑再 alone (no 初
    or 终) is heard at first instance where its procedure says so (依照第一审程序) or its court is a basic one, which
    hears nothing else (the court code of four digits, 鄂0502; 鄂05 is an intermediate court's): 一审, as the contract
    counts it."""
    anchor = secs.get("facts") or secs.get("reasoning") or secs.get("result")
    head = text[: anchor.start if anchor else 3000][:3000]  # (the header and the procedure, before the facts)
    if cn is not None:
        basic = re.fullmatch(r"\D+\d{4}", cn.court_code or "") is not None
        if cn.type_code == "刑再" and (basic or re.search(r"(?:依照|按照|适用)第一审程序", head)):
            return "一审"
        return procedure_of(cn.type_code) if cn.type_code else "其他"
    if not criminal:
        return None
    if re.search(r"复核|核准|再审|审判监督|申诉", head):
        return "其他"
    roles = {s.kind for s in secs}
    if re.search(r"上诉人|原公诉机关|原审被告人", head):
        return "二审"
    if "prosecutor" in roles and "defendant" in roles:
        return "一审"
    return None


def extract_doc_fields(text: str, secs: Sections) -> DocFields:
    """Fields of the document as a whole."""
    title = secs.get("title")
    title_end = title.end if title else min(len(text), 400)
    forms = list(FORM_RE.finditer(text, 0, min(len(text), max(title_end, 60) + 40)))
    form_m = forms[-1] if forms else None
    form = re.sub(r"\s+", "", form_m.group()) if form_m else None
    doc_type, criminal = classify_form(form)
    cn_sec = secs.get("case_number")
    case_number = None
    cn_span = None
    if cn_sec:
        printed = text[cn_sec.start : cn_sec.end]
        case_number = parse_case_number(printed)
        if case_number is None:
            case_number = CaseNumber(text=printed)
        cn_span = (cn_sec.start, cn_sec.end)
        # a 刑 case number makes a document criminal unless its title says another kind (民事判决书 …): no title, or
        # one that names no kind (裁定书, 指定管辖决定书, 再审决定书)
        if (not criminal and case_number.type_code and case_number.type_code.startswith("刑")
                and (form is None or not re.match(r"民事|行政|国家赔偿|执行", form))):
            criminal = True
    court = _court(text, title_end, form_m.start() if form_m else None)
    sd = _signature_date(text, secs)
    pr = _prosecutor(text, secs, criminal)
    return DocFields(
        doc_type=doc_type,
        form=form,
        criminal=criminal,
        case_number=case_number,
        case_number_span=cn_span,
        court=court[0] if court else None,
        court_span=court[1] if court else None,
        procedure=_procedure(text, secs, case_number, criminal),
        judgment_date=sd[0] if sd else None,
        judgment_date_span=sd[1] if sd else None,
        prosecutor=pr[0] if pr else None,
        prosecutor_span=pr[1] if pr else None,
        officers=_officers(text, secs),
    )
