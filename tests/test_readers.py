"""Tests for fayan.pipelines.readers: every input file is generated in tmp_path.

The judgment snippets are fictional (张某, 李某, 某某市 …).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

import fayan
from fayan.errors import DecodeError, InputError, RecordError, UnsupportedFormat, UsageError
from fayan.nlp.text import normalize
from fayan.pipelines.readers import (
    ReadFailure,
    decode_text,
    html_body,
    html_fragment_text,
    iter_sources,
    read_file,
    read_paths,
    read_text,
)
from fayan.types import Document

JUDGMENT = "被告人张某犯盗窃罪，判处有期徒刑六个月。"
TRADITIONAL = "被告人張某犯盜竊罪，判處有期徒刑六個月。"
# Full-width digits, an ideographic space and CRLF make normalize() shift offsets.
SHIFTY = "被告人　张某，\r\n男，１９８５年出生。\r\n\r\n" + JUDGMENT
LONG = (
    "某某市某某区人民法院\n刑事判决书\n（2020）某0101刑初100号\n公诉机关某某市某某区人民检察院。\n"
    "被告人张某，男，1985年出生，汉族，初中文化，无业。\n"
    "经审理查明，2020年3月，被告人张某在某小区内盗窃电动车一辆，价值人民币3000元。\n"
    "本院认为，被告人张某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。\n"
    "判决如下：\n" + JUDGMENT + "\n"
)

CROSSES = (
    "被告人张××，男，19××年×月×日出生于××省××市，汉族，初中文化，住××市××区××路×号。"
    "因涉嫌犯盗窃罪于20××年×月×日被××市公安局××分局刑事拘留。"
) * 3
CROSSES_TRADITIONAL = (
    "被告人張××，男，19××年×月×日出生於××省××市，漢族，初中文化，住××市××區××路×號。"
    "因涉嫌犯盜竊罪於20××年×月×日被××市公安局××分局刑事拘留。"
) * 3

HANZI_ONLY = "刑事判决书公诉机关某某市人民检察院被告人张某犯盗窃罪判处有期徒刑六个月并处罚金" * 3


def only(items: list[Document | ReadFailure]) -> Document:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, Document), item
    return item


def failure(items: list[Document | ReadFailure]) -> ReadFailure:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, ReadFailure), item
    return item


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def assert_maps_back(doc: Document, needle: str, original: str) -> None:
    """``needle`` found in doc.text maps back (original_span) to ``original`` in doc.original."""
    start = doc.text.index(needle)
    span = doc.original_span(start, start + len(needle))
    assert span.text == original
    assert doc.original[span.start : span.end] == original


# ---------------------------------------------------------------------------
# Plain text: encodings

TXT_CASES = [
    # UTF-8
    ("utf8", JUDGMENT.encode("utf-8"), JUDGMENT, "utf-8"),
    ("utf8-bom", JUDGMENT.encode("utf-8-sig"), JUDGMENT, "utf-8-sig"),
    ("utf8-long", LONG.encode("utf-8"), LONG, "utf-8"),
    # GBK / GB18030: decoded as gb18030, the superset
    ("gbk-short", JUDGMENT.encode("gbk"), JUDGMENT, "gb18030"),
    ("gbk-long", LONG.encode("gbk"), LONG, "gb18030"),
    (
        "gb18030-rare-char",
        ("被告人䶮某、𠀾某" + JUDGMENT).encode("gb18030"),
        "被告人䶮某、𠀾某" + JUDGMENT,
        "gb18030",
    ),
    ("gbk-traditional", TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),
    # Big5
    ("big5", TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
    # anonymised with × (charset-normalizer gives up on these; the common-hanzi fallback decides)
    ("gbk-crosses", CROSSES.encode("gbk"), CROSSES, "gb18030"),
    ("big5-crosses", CROSSES_TRADITIONAL.encode("big5"), CROSSES_TRADITIONAL, "big5"),
    # UTF-16 / UTF-32 with BOM
    ("utf16-bom-le", JUDGMENT.encode("utf-16"), JUDGMENT, "utf-16"),
    ("utf16-bom-be", b"\xfe\xff" + JUDGMENT.encode("utf-16-be"), JUDGMENT, "utf-16"),
    ("utf32-bom", JUDGMENT.encode("utf-32"), JUDGMENT, "utf-32"),
    # UTF-16 without BOM
    (
        "utf16le-nobom-ascii",
        ("Case 2020-100\n" + JUDGMENT).encode("utf-16-le"),
        "Case 2020-100\n" + JUDGMENT,
        "utf-16-le",
    ),
    (
        "utf16be-nobom-ascii",
        ("Case 2020-100\n" + JUDGMENT).encode("utf-16-be"),
        "Case 2020-100\n" + JUDGMENT,
        "utf-16-be",
    ),
    # no ASCII at all, so no NUL bytes: charset-normalizer decides
    ("utf16le-nobom-hanzi-only", HANZI_ONLY.encode("utf-16-le"), HANZI_ONLY, "utf-16-le"),
    ("utf16be-nobom-hanzi-only", HANZI_ONLY.encode("utf-16-be"), HANZI_ONLY, "utf-16-be"),
    (
        "utf16le-nobom-chinese",
        LONG.replace("\n", "").encode("utf-16-le"),
        LONG.replace("\n", ""),
        "utf-16-le",
    ),
    (
        "utf16be-nobom-chinese",
        LONG.replace("\n", "").encode("utf-16-be"),
        LONG.replace("\n", ""),
        "utf-16-be",
    ),
]


@pytest.mark.parametrize(
    ("data", "original", "encoding"), [c[1:] for c in TXT_CASES], ids=[c[0] for c in TXT_CASES]
)
def test_txt_encoding(tmp_path: Path, data: bytes, original: str, encoding: str) -> None:
    path = write(tmp_path / "判决.txt", data)
    doc = only(list(read_file(path)))
    assert doc.original == original
    assert doc.text == normalize(original)[0]
    assert doc.id == "判决"
    assert doc.source == str(path)
    assert dict(doc.meta) == {"format": "txt", "encoding": encoding}


def test_txt_without_extension_is_text(tmp_path: Path) -> None:
    doc = only(list(read_file(write(tmp_path / "judgment", LONG.encode("gbk")))))
    assert doc.original == LONG
    assert doc.id == "judgment"


@pytest.mark.parametrize("name", ["judgment", "judgment.txt"])  # a web page saved as .txt is one too
def test_page_without_extension_is_html(tmp_path: Path, name: str) -> None:
    page = f"<!DOCTYPE html><html><body><nav><a>首页</a></nav><p>{JUDGMENT}</p></body></html>"
    doc = only(list(read_file(write(tmp_path / name, page.encode()))))
    assert doc.original == JUDGMENT
    assert dict(doc.meta)["format"] == "html"


def test_traditional_txt_is_simplified_and_maps_back(tmp_path: Path) -> None:
    original = "被告人　張某，\r\n男，１９８５年出生。\r\n" + TRADITIONAL
    doc = only(list(read_file(write(tmp_path / "trad.txt", original.encode("utf-8")))))
    assert doc.original == original
    assert "被告人张某犯盗窃罪，判处有期徒刑六个月。" in doc.text
    assert "1985年" in doc.text
    assert_maps_back(doc, "盗窃罪", "盜竊罪")
    assert_maps_back(doc, "1985年出生", "１９８５年出生")
    assert_maps_back(doc, "判处有期徒刑六个月", "判處有期徒刑六個月")


def test_decode_text_prefers_gb18030_for_gb2312_text() -> None:
    assert decode_text("公诉机关某某市人民检察院".encode("gb2312")) == ("公诉机关某某市人民检察院", "gb18030")


# ---------------------------------------------------------------------------
# Files that are not read: one ReadFailure naming the file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
GARBAGE = bytes((i * 97 + 13) % 126 + 129 for i in range(600))  # high bytes, no NUL, no valid encoding
CONTROLS = bytes(range(1, 9)) * 20 + "被告人张某".encode()
ODD_ZIP_NAME = "odd.docx"


def _zip_without_word(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a word document")


FAILURE_CASES = [
    # empty
    ("empty.txt", b"", "InputError", "empty file"),
    ("blank.txt", "\r\n\u3000 \n".encode(), "InputError", "empty (no text: only whitespace)"),
    ("header_only.txt", "category:刑事\ntitle:某某刑事决定书\npublictime:2015-10-28\ncontent:\n".encode(), "InputError",
     "empty (no text: only whitespace, page furniture or an export's header"),
    ("metadata_only.txt", "标题：甲某盗窃一审刑事判决书\n审理法院：某某区人民法院\n文书类型：判决书\n".encode(), "InputError",
     "or a legal database's metadata (标题：…/案号：…/文书类型：…) with no judgment after it"),
    # binary or garbage
    ("image.txt", PNG, "UnsupportedFormat", "not a text file (it holds NUL bytes)"),
    ("noext", PNG, "UnsupportedFormat", "not a text file"),
    ("garbage.txt", GARBAGE, "DecodeError", "not a text file: no supported encoding"),
    ("controls.txt", CONTROLS, "UnsupportedFormat", "not a text file (decoded as utf-8"),
    ("bad-bom.txt", b"\xff\xfe" + b"\x00\xd8" * 3 + b"A", "DecodeError", "BOM but is not valid"),
    # unsupported formats
    ("note.rtf", b"{\\rtf1 x}", "UnsupportedFormat", "unsupported format .rtf (supported: .txt, .docx, .pdf"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "UnsupportedFormat", "unsupported format .doc"),
    ("photo.PNG", PNG, "UnsupportedFormat", "unsupported format .png"),
    # corrupt docx
    ("corrupt.docx", b"this is not a zip package", "InputError", "not a valid .docx file (not a zip"),
    ("truncated.docx", b"PK\x03\x04\x14\x00\x00\x00broken", "InputError", "not a valid .docx file"),
    (
        "legacy.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
        "UnsupportedFormat",
        "legacy Word .doc",
    ),
    # json that is not json
    ("broken.json", b'{"qw": "x",', "InputError", "invalid JSON at line 1"),
    ("scalar.json", b'"just a string"', "InputError", "expected a JSON object or array"),
    # json without records
    ("empty-array.json", b"[]", "InputError", "holds no records"),
    ("empty-data.json", b'{"data": []}', "InputError", "holds no records"),
    ("blank.jsonl", b"\n  \n\r\n", "InputError", "holds no records"),
    # html without a body
    ("menus.html", "<html><body><nav><a>首页</a></nav></body></html>".encode(), "InputError", "no body text"),
]


@pytest.mark.parametrize(
    ("name", "data", "error", "reason"), FAILURE_CASES, ids=[c[0] for c in FAILURE_CASES]
)
def test_unreadable_file_yields_failure(
    tmp_path: Path, name: str, data: bytes, error: str, reason: str
) -> None:
    path = write(tmp_path / name, data)
    got = failure(list(read_file(path)))
    assert got.source == str(path)
    assert got.record is None
    assert got.error == error
    assert got.reason.startswith(f"{path}: ")
    assert reason in got.reason


def test_docx_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / ODD_ZIP_NAME
    _zip_without_word(path)
    got = failure(list(read_file(path)))
    assert got.error == "InputError"
    assert got.reason.startswith(f"{path}: not a valid .docx file")


def test_missing_file_and_folder_yield_failures(tmp_path: Path) -> None:
    missing = failure(list(read_file(tmp_path / "missing.txt")))
    assert missing.error == "InputError"
    assert "cannot read" in missing.reason and "missing.txt" in missing.reason
    folder = failure(list(read_file(tmp_path)))
    assert "is a folder" in folder.reason


READ_TEXT_ERRORS = [
    ("empty.txt", b"", InputError),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", UnsupportedFormat),
    ("image.txt", PNG, UnsupportedFormat),
    ("garbage.txt", GARBAGE, DecodeError),
    ("norecord.json", json.dumps({"id": "1", "title": "x"}).encode(), RecordError),
    ("two.json", json.dumps([{"qw": JUDGMENT}, {"qw": JUDGMENT}]).encode(), UsageError),
]


@pytest.mark.parametrize(("name", "data", "error"), READ_TEXT_ERRORS, ids=[c[0] for c in READ_TEXT_ERRORS])
def test_read_text_raises_named_error(tmp_path: Path, name: str, data: bytes, error: type[Exception]) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(error) as info:
        read_text(path)
    assert str(path) in str(info.value)


def test_read_text_reads_one_document(tmp_path: Path) -> None:
    doc = read_text(write(tmp_path / "one.txt", JUDGMENT.encode("gbk")))
    assert doc.text == JUDGMENT
    single = read_text(write(tmp_path / "one.json", json.dumps({"docid": "d1", "qw": JUDGMENT}).encode()))
    assert single.id == "d1"


# ---------------------------------------------------------------------------
# docx


def _make_docx(path: Path, *, merged: bool = False) -> Path:
    document = docx.Document()
    document.core_properties.title = "张某盗窃案"
    document.add_paragraph("某某市某某区人民法院")
    document.add_paragraph("刑事判决书")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "被告人"
    table.cell(0, 1).text = "张某"
    table.cell(1, 0).text = "罪名"
    table.cell(1, 1).text = "盗窃罪"
    if merged:
        table.add_row()
        table.cell(2, 0).merge(table.cell(2, 1)).text = "附：相关法律条文"
    document.add_paragraph("判决如下：")
    document.add_paragraph(JUDGMENT)
    document.save(str(path))
    return path


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    doc = only(list(read_file(_make_docx(tmp_path / "张某.docx"))))
    assert doc.original == (
        "某某市某某区人民法院\n刑事判决书\n被告人\t张某\n罪名\t盗窃罪\n判决如下：\n" + JUDGMENT
    )
    assert doc.id == "张某"
    assert dict(doc.meta) == {"format": "docx", "title": "张某盗窃案"}


def test_docx_merged_cell_appears_once(tmp_path: Path) -> None:
    doc = only(list(read_file(_make_docx(tmp_path / "merged.docx", merged=True))))
    assert doc.original.count("附：相关法律条文") == 1


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _wrap(el, *tags: str):  # type: ignore[no-untyped-def]
    """Put ``el`` inside nested ``w:`` elements (outermost first), where it stood; the innermost wrapper."""
    from lxml import etree

    parent, at = el.getparent(), el.getparent().index(el)
    outer = inner = etree.Element(f"{{{W_NS}}}{tags[0]}")
    for t in tags[1:]:
        inner = etree.SubElement(inner, f"{{{W_NS}}}{t}")
    parent.insert(at, outer)
    inner.append(el)
    return inner


def test_docx_text_inside_wrappers_is_read(tmp_path: Path) -> None:
    """Runs inside tracked insertions, content controls (inline and around paragraphs), smart tags, simple fields,
    custom XML and moved-to ranges are text; deleted and moved-away runs are not; a nested table is read once.
    python-docx's Paragraph.text and iter_inner_content() dropped the wrapped text without a word."""
    from lxml import etree

    document = docx.Document()
    wrappers = [("ins",), ("sdt", "sdtContent"), ("smartTag",), ("fldSimple",), ("customXml",), ("moveTo",)]
    for k, tags in enumerate(wrappers):
        p = document.add_paragraph(f"第{k}段")
        _wrap(p.add_run(f"包裹{tags[0]}")._r, *tags)
    block = document.add_paragraph("整段在内容控件中")
    _wrap(block._p, "sdt", "sdtContent")
    gone = document.add_paragraph("保留")
    for tag in ("del", "moveFrom"):
        r = gone.add_run(f"删去{tag}")._r
        if tag == "del":
            r.find(f"{{{W_NS}}}t").tag = f"{{{W_NS}}}delText"
        _wrap(r, tag)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "外表"
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "内表"
    path = tmp_path / "wrapped.docx"
    document.save(str(path))
    assert etree.tostring(document.element.body).count(b"<w:sdtContent>") == 2  # the wrappers were made
    doc = only(list(read_file(path)))
    assert doc.original.split("\n") == [
        "第0段包裹ins", "第1段包裹sdt", "第2段包裹smartTag", "第3段包裹fldSimple", "第4段包裹customXml",
        "第5段包裹moveTo", "整段在内容控件中", "保留", "外表\t内表",
    ]


# ---------------------------------------------------------------------------
# pdf
#
# The PDFs are written here byte by byte (no Chinese font is needed to make or to read them): their text is
# set in STSong-Light, a standard Chinese font that a PDF names without embedding it, as a Type0 font with the
# encoding UniGB-UTF16-H (each string is UTF-16BE, in hex), which pdfminer.six reads with the CMaps it ships.

_PDF_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /%s /DescendantFonts [<< /Type /Font "
    b"/Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry <%s> /Ordering <%s> "
    b"/Supplement 4 >> >>] >>"
)
# the padding of the PDF standard security handler's passwords
_PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _pdf_lines(lines: list[str], *, size: int = 16, lead: int = 28, top: int = 770) -> bytes:
    """A page's content: each line at the left margin, ``lead`` points below the one before (a court prints
    16 pt type on lines 28 pt apart)."""
    return b"\n".join(
        b"BT /F1 %d Tf 72 %d Td <%s> Tj ET" % (size, top - k * lead, line.encode("utf-16-be").hex().encode())
        for k, line in enumerate(lines)
    )


def _pdf(
    pages: list[bytes],
    *,
    title: str = "",
    password: bytes | None = None,
    encoding: bytes = b"UniGB-UTF16-H",
    ordering: bytes = b"GB1",
) -> bytes:
    """A PDF with one page per content stream; ``password``: encrypted (RC4, 40 bits: the standard security
    handler, revision 2) for a reader who must give that password (b"": anyone can open it)."""
    file_id = hashlib.md5(b"fayan test").digest()
    key = b""
    if password is not None:
        owner = _rc4(hashlib.md5((b"owner" + _PDF_PAD)[:32]).digest()[:5], (password + _PDF_PAD)[:32])
        seed = (password + _PDF_PAD)[:32] + owner + (-4).to_bytes(4, "little", signed=True) + file_id
        key = hashlib.md5(seed).digest()[:5]

    def seal(num: int, data: bytes) -> bytes:  # object ``num``'s strings and streams, encrypted
        if not key:
            return data
        return _rc4(hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10], data)

    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        _PDF_FONT % (encoding, seal(3, b"Adobe").hex().encode(), seal(3, ordering).hex().encode()),
    ]
    for k, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * k))
        sealed = seal(5 + 2 * k, content)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(sealed), sealed))
    trailer = b"/ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    if title:
        text = seal(len(objects) + 1, b"\xfe\xff" + title.encode("utf-16-be"))
        objects.append(b"<< /Title <%s> >>" % text.hex().encode())
        trailer += b" /Info %d 0 R" % len(objects)
    if password is not None:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>"
                       % (owner.hex().encode(), _rc4(key, _PDF_PAD).hex().encode()))
        trailer += b" /Encrypt %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


PDF_PARAGRAPHS = [
    "某某市某某区人民法院",
    "刑事判决书",
    "（2023）某0102刑初45号",
    "公诉机关某某市某某区人民检察院。",
    "被告人甄某某，男，1990年5月3日出生，汉族，初中文化，无业，住某某市某某区。因涉嫌犯盗窃罪于2023年2月1日"
    "被刑事拘留，同年3月8日被逮捕。",
    "某某市某某区人民检察院以某检刑诉〔2023〕100号起诉书指控被告人甄某某犯盗窃罪，于2023年4月10日向本院提起"
    "公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。",
    "经审理查明，2023年1月15日，被告人甄某某在某某小区地下车库内，采用剪断车锁的方式窃取被害人芮某某的电动自行车"
    "一辆，经鉴定价值人民币3200元。案发后，赃物已发还被害人。",
    "本院认为，被告人甄某某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。被告人甄某某到案后如实"
    "供述自己的罪行，依法可以从轻处罚。依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定，判决如下：",
    "被告人甄某某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币三千元。",
    "审判员　籍某某",
    "二〇二三年五月十日",
    "书记员　昝某",
]
# printed 28 characters a line, over two pages: the first ends inside a sentence (…的电动自行 / 车一辆…)
_PDF_LINES = [p[i : i + 28] for p in PDF_PARAGRAPHS for i in range(0, len(p), 28)]
_PDF_CUT = _PDF_LINES.index("地下车库内，采用剪断车锁的方式窃取被害人芮某某的电动自行") + 1
PDF_PAGES = [_PDF_LINES[:_PDF_CUT], _PDF_LINES[_PDF_CUT:]]


def _pdf_judgment(**kwargs: object) -> bytes:
    """The two-page judgment, each page's number (第1页共2页) at its foot."""
    pages = []
    for k, lines in enumerate(PDF_PAGES, 1):
        foot = f"第{k}页共2页".encode("utf-16-be").hex().encode()
        pages.append(_pdf_lines(lines) + b"\nBT /F1 10 Tf 270 40 Td <%s> Tj ET" % foot)
    return _pdf(pages, **kwargs)  # type: ignore[arg-type]


def test_pdf_pages_read_in_order(tmp_path: Path) -> None:
    """Every line of every page, in order: a page break glues no two lines and loses none; then the text is
    repaired as a PDF's is (hard wraps undone, page numbers left out, a sentence a page break cut whole)."""
    path = write(tmp_path / "甄某某.pdf", _pdf_judgment(title="甄某某盗窃案"))
    doc = only(list(read_file(path)))
    assert doc.id == "甄某某"
    assert dict(doc.meta) == {"format": "pdf", "title": "甄某某盗窃案"}
    lines = [line.lstrip("\f") for line in doc.original.split("\n") if line.strip()]
    assert lines == [*PDF_PAGES[0], "第1页共2页", *PDF_PAGES[1], "第2页共2页"]
    assert doc.original.count("\f") == 2  # a page break after each page
    assert doc.text.split("\n") == [p.replace("\u3000", " ") for p in PDF_PARAGRAPHS]
    assert_maps_back(doc, "2023年2月1日被刑事拘留", "2023年2月1\n日被刑事拘留")


def test_pdf_judgment_extracts(tmp_path: Path) -> None:
    judgment = fayan.extract_file(write(tmp_path / "judgment.pdf", _pdf_judgment()))
    assert (judgment.case_number, judgment.court) == ("（2023）某0102刑初45号", "某某市某某区人民法院")
    (defendant,) = judgment.defendants
    assert (defendant.name, defendant.charges, defendant.detained_on) == ("甄某某", ("盗窃罪",), "2023-02-01")
    verdict = defendant.verdict
    assert (verdict.principal, verdict.term_months, verdict.fine_yuan) == ("有期徒刑", 8, 3000)


def test_pdf_that_needs_a_password(tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text

    data = _pdf([_pdf_lines([JUDGMENT])], password=b"secret")
    assert extract_text(io.BytesIO(data), password="secret").strip() == JUDGMENT  # encrypted indeed
    path = write(tmp_path / "locked.pdf", data)
    got = failure(list(read_file(path)))
    assert got.error == "InputError"
    assert got.reason.startswith(f"{path}: is an encrypted PDF that needs a password to open; ")
    with pytest.raises(InputError, match="needs a password"):
        read_text(path)
    # encrypted without a password to open it (as a site encrypts a PDF to set what a reader may do): read
    restricted = write(tmp_path / "restricted.pdf", _pdf([_pdf_lines([JUDGMENT])], password=b""))
    assert only(list(read_file(restricted))).text.strip() == JUDGMENT


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    """A scan: a page that is an image, a page drawn without a text operator."""
    image = b"q 451 0 0 698 72 72 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"
    drawing = b"72 72 m 523 770 l S"
    path = write(tmp_path / "scan.pdf", _pdf([image, drawing]))
    got = failure(list(read_file(path)))
    assert got.error == "UnsupportedFormat"
    assert got.reason.startswith(f"{path}: is a PDF with no text layer (2 pages, no text on any: a scan?); ")
    assert "it needs OCR, which fayan does not do" in got.reason
    with pytest.raises(UnsupportedFormat, match="no text layer"):
        read_text(path)


_PDF_ONE = _pdf([_pdf_lines([JUDGMENT])])
PDF_FAILURES = [
    ("garbage.pdf", GARBAGE, "InputError", "not a PDF file (no %PDF- header at its start); "),
    ("report.pdf", b"PK\x03\x04\x14\x00\x00\x00", "InputError",
     "not a PDF file (no %PDF- header at its start: it is a zip package (a .docx?)); "),
    ("cut.pdf", _PDF_ONE[: len(_PDF_ONE) // 2], "InputError", "not a complete PDF file (no %%EOF at its end"),
    ("damaged.pdf", _PDF_ONE[:15] + b"\x00" * (len(_PDF_ONE) - 30) + _PDF_ONE[-15:], "InputError",
     "not a valid PDF file ("),
    ("glyphs.pdf", _pdf([_pdf_lines([JUDGMENT])], encoding=b"Identity-H", ordering=b"Identity"),
     "UnsupportedFormat",
     f"is a PDF whose text layer does not say which characters its glyphs are ({len(JUDGMENT)} read as "
     "(cid:N)"),
]


@pytest.mark.parametrize(("name", "data", "error", "reason"), PDF_FAILURES, ids=[c[0] for c in PDF_FAILURES])
def test_unreadable_pdf_yields_failure(
    tmp_path: Path, name: str, data: bytes, error: str, reason: str
) -> None:
    path = write(tmp_path / name, data)
    got = failure(list(read_file(path)))
    assert (got.source, got.record, got.error) == (str(path), None, error)
    assert got.reason.startswith(f"{path}: {reason}")


# ---------------------------------------------------------------------------
# html

BODY_LINES = [
    "某某市某某区人民法院",
    "刑事判决书",
    "（2020）某0101刑初100号",
    "公诉机关某某市某某区人民检察院。",
    "经审理查明，2020年3月，被告人张某在某小区内盗窃电动车一辆，价值人民币3000元。",
    "本院认为，被告人张某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
    "判决如下：",
    JUDGMENT,
]
NOISE = [
    "网站首页",
    "法院新闻",
    "裁判文书公开",
    "当前位置",
    "菜单脚本",
    "李某诈骗案一审刑事判决书",
    "相关文书",
    "版权所有",
    "color",
    "技术支持",
    "刑事案件",
    "统计代码",
    "document.write",
    "相关推荐",
    "赵某抢劫案",
    "分享到",
    "欢迎访问",
    "未经许可",
]


def _page(body: str, *, charset: str = "utf-8", head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>张某盗窃案一审刑事判决书</title>{head_extra}
<style>.menu {{ color: red }}</style>
<script>var tip = "菜单脚本：被告人李某犯诈骗罪"; document.write(tip);</script></head>
<body>
<div class="top-bar"><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/n">法院新闻</a></li>
<li><a href="/ws">裁判文书公开</a></li></ul></div>
<nav><a href="/">网站首页</a> &gt; <a href="/xs">刑事案件</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 裁判文书</div>
{body}
<div class="right"><h3>相关文书</h3><ul><li><a href="/1">李某诈骗案一审刑事判决书</a></li>
<li><a href="/2">王某盗窃案二审刑事裁定书</a></li></ul></div>
<footer>版权所有 某某市人民法院 技术支持：某某公司</footer>
<script>console.log("统计代码");</script></body></html>"""


HTML_CASES = [
    # known containers
    (
        "DivContent",
        '<div id="DivContent">' + "".join(f"<div>{x}</div>" for x in BODY_LINES) + "</div>",
        "id=DivContent",
    ),
    (
        "PDF_pox",
        '<div class="PDF_box"><div class="PDF_pox">'
        + "".join(f"<p>{x}</p>" for x in BODY_LINES)
        + "</div></div>",
        "class=PDF_pox",
    ),
    (
        "article-with-header",
        "<article><header><h1>"
        + BODY_LINES[0]
        + "</h1></header>"
        + "".join(f"<p>{x}</p>" for x in BODY_LINES[1:])
        + "</article>",
        "<article>",
    ),
    # no known container: the block with the most Chinese text
    (
        "density-paragraphs",
        '<div class="wrap"><div class="txt">' + "".join(f"<p>{x}</p>" for x in BODY_LINES) + "</div></div>",
        "density:class=txt",
    ),
    (
        "density-br-lines",
        '<div class="wrap"><div class="zw">' + "<br>".join(BODY_LINES) + "</div></div>",
        "density:class=zw",
    ),
    # chrome inside the container: breadcrumbs, share bar, a "相关推荐" list, html5 header/footer
    (
        "content-wrapper-with-chrome",
        '<div class="content"><div class="crumbs">当前位置：首页 &gt; 刑事案件</div>'
        + "".join(f"<p>{x}</p>" for x in BODY_LINES)
        + '<div class="share-bar">分享到：微信 微博</div><h4>相关推荐</h4>'
        + '<ul><li><a href="/3">赵某抢劫案一审刑事判决书</a></li></ul></div>',
        "class=content",
    ),
    (
        "header-class-inside-content",
        '<div id="DivContent"><div class="doc-header"><div>'
        + BODY_LINES[0]
        + "</div><div>"
        + BODY_LINES[1]
        + "</div></div>"
        + "".join(f"<p>{x}</p>" for x in BODY_LINES[2:])
        + '</div><div class="header">欢迎访问</div>',
        "id=DivContent",
    ),
    (
        "density-html5-chrome-in-wrapper",
        '<div class="main"><header><p>欢迎访问某某法院网站，本站提供裁判文书查询服务。</p></header>'
        + "".join(f"<p>{x}</p>" for x in BODY_LINES)
        + "<footer><p>本网站由某某法院主办，未经许可不得转载。</p></footer></div>",
        "density:class=main",
    ),
    (
        "density-beats-short-named-notice",
        '<div class="content">本院公告：春节期间暂停立案，请当事人注意。</div><div class="box">'
        + "".join(f"<p>{x}</p>" for x in BODY_LINES)
        + "</div>",
        "density:class=box",
    ),
    (
        "density-table-cell",
        "<table><tr><td>导航栏目</td><td>" + "<br/>".join(BODY_LINES) + "</td></tr></table>",
        "density:<td>",
    ),
]


@pytest.mark.parametrize(("body", "container"), [c[1:] for c in HTML_CASES], ids=[c[0] for c in HTML_CASES])
def test_html_finds_body_not_chrome(tmp_path: Path, body: str, container: str) -> None:
    path = write(tmp_path / "page.html", _page(body).encode("utf-8"))
    doc = only(list(read_file(path)))
    assert doc.original == "\n".join(BODY_LINES)
    for noise in NOISE:
        assert noise not in doc.original
    meta = dict(doc.meta)
    assert meta["html_body"] == container
    assert meta["title"] == "张某盗窃案一审刑事判决书"
    assert meta["encoding"] == "utf-8"


def test_html_gbk_meta_charset_and_entities(tmp_path: Path) -> None:
    body = (
        '<div class="content"><p>被告人&#x5F20;某&nbsp;犯盗窃罪，</p>'
        "<p>判处有期徒刑&#20845;个月&lt;缓刑一年&gt;。</p><p>" + BODY_LINES[4] + "</p></div>"
    )
    path = write(tmp_path / "gbk.htm", _page(body, charset="gb2312").encode("gbk"))
    doc = only(list(read_file(path)))
    assert doc.original == "被告人张某\xa0犯盗窃罪，\n判处有期徒刑六个月<缓刑一年>。\n" + BODY_LINES[4]
    assert dict(doc.meta)["encoding"] == "gb18030"
    assert "被告人张某 犯盗窃罪" in doc.text


def test_html_wrong_meta_charset_falls_back_to_detection(tmp_path: Path) -> None:
    body = '<div id="DivContent">' + "".join(f"<p>{x}</p>" for x in BODY_LINES) + "</div>"
    path = write(tmp_path / "liar.html", _page(body, charset="utf-8").encode("gbk"))
    doc = only(list(read_file(path)))
    assert doc.original == "\n".join(BODY_LINES)
    assert dict(doc.meta)["encoding"] == "gb18030"


HTML_TEXT_CASES = [
    # markup bs4 would warn about (filterwarnings = error turns a warning into a failure)
    (
        "xml-declaration",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + JUDGMENT + "</p></body></html>",
    ),
    ("looks-like-a-file-name", "index.html"),
    ("looks-like-a-url", "http://example.com/ws/1"),
]


@pytest.mark.parametrize("markup", [c[1] for c in HTML_TEXT_CASES], ids=[c[0] for c in HTML_TEXT_CASES])
def test_html_markup_bs4_would_warn_about(markup: str) -> None:
    expected = JUDGMENT if "<p>" in markup else markup
    assert html_fragment_text(markup) == expected
    assert html_body(markup).text == (JUDGMENT if "<p>" in markup else "")  # no Chinese body text


def test_html_embedded_json_judgment() -> None:
    record = {"Title": "张某盗窃一审刑事判决书", "Html": "<div>" + "</div><div>".join(BODY_LINES) + "</div>"}
    script = (
        "var jsonHtmlData = " + json.dumps(json.dumps(record, ensure_ascii=False), ensure_ascii=False) + ";"
    )
    page = _page('<div id="DivContent"></div>', head_extra=f"<script>{script}</script>")
    body = html_body(page)
    assert body.text == "\n".join(BODY_LINES)
    assert body.container == "jsonHtmlData"
    assert body.title == "张某盗窃一审刑事判决书"


# ---------------------------------------------------------------------------
# json and jsonl


def _jsonl(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_jsonl_good_broken_and_textless_records(tmp_path: Path) -> None:
    path = write(
        tmp_path / "batch.jsonl",
        _jsonl(
            json.dumps({"id": "A1", "title": "张某盗窃案", "qw": JUDGMENT}, ensure_ascii=False),
            '{"id": "A2", "qw": "被告人李某犯诈骗罪"',  # broken JSON
            json.dumps({"id": "A3", "summary": "无正文"}, ensure_ascii=False),
        ),
    )
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadFailure", "ReadFailure"]
    doc, broken, textless = items
    assert isinstance(doc, Document) and isinstance(broken, ReadFailure) and isinstance(textless, ReadFailure)
    assert (doc.id, doc.original) == ("A1", JUDGMENT)
    assert dict(doc.meta) == {
        "format": "jsonl",
        "encoding": "utf-8",
        "text_field": "qw",
        "line": "1",
        "title": "张某盗窃案",
    }
    assert (broken.record, broken.id, broken.error) == (2, None, "RecordError")
    assert broken.reason.startswith(f"{path}:2: invalid JSON")
    assert (textless.record, textless.id, textless.error) == (3, "A3", "RecordError")
    assert textless.reason.startswith(f"{path}:3: no usable text field (tried fd, qw,")
    assert "the record has: id, summary" in textless.reason


def test_jsonl_line_numbers_count_blank_lines_and_fallback_ids(tmp_path: Path) -> None:
    path = write(
        tmp_path / "gaps.jsonl",
        _jsonl(
            json.dumps({"fd": JUDGMENT}, ensure_ascii=False),
            "",
            json.dumps({"text": "被告人李某犯诈骗罪"}, ensure_ascii=False),
            "[1, 2]",
            json.dumps({"content": "   "}),
        ),
    )
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["gaps:1", "gaps:3"]
    fails = [i for i in items if isinstance(i, ReadFailure)]
    assert [(f.record, f.error) for f in fails] == [(4, "RecordError"), (5, "RecordError")]
    assert "expected a JSON object, found list" in fails[0].reason


def test_jsonl_bad_bytes_on_one_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "qw": JUDGMENT}, ensure_ascii=False).encode()
    path = write(
        tmp_path / "mixed.jsonl", good + b"\n" + b'{"id": "bad", "qw": "\xff\xfe\xfa"}\n' + good + b"\n"
    )
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadFailure", "Document"]
    assert isinstance(items[1], ReadFailure) and items[1].record == 2 and "not UTF-8" in items[1].reason


JSON_CASES = [
    # an array: ids from the record, else <stem>:<index>
    (
        "array",
        [{"wenshu_id": "W1", "qw": JUDGMENT}, {"full_text": "被告人李某犯诈骗罪，判处拘役三个月。"}],
        ["W1", "cases:1"],
    ),
    # wrapped arrays
    ("data", {"data": [{"uuid": "U1", "content": JUDGMENT}]}, ["U1"]),
    ("records", {"records": [{"case_id": 7, "fact": JUDGMENT}]}, ["7"]),
    # one object
    ("object", {"_id": "O1", "body": JUDGMENT}, ["O1"]),
    ("object-no-id", {"qw": JUDGMENT}, ["cases"]),
    # field names in another case, text as a list of paragraphs
    ("upper-case-field", [{"ID": "x", "QW": JUDGMENT}], ["cases:0"]),
    ("paragraph-list", [{"doc_id": "P1", "qw": ["某某市人民法院", JUDGMENT]}], ["P1"]),
]


@pytest.mark.parametrize(("value", "ids"), [c[1:] for c in JSON_CASES], ids=[c[0] for c in JSON_CASES])
def test_json_records(tmp_path: Path, value: object, ids: list[str]) -> None:
    path = write(tmp_path / "cases.json", json.dumps(value, ensure_ascii=False).encode())
    docs = list(read_file(path))
    assert all(isinstance(d, Document) for d in docs), docs
    assert [d.id for d in docs] == ids
    assert all(d.source == str(path) for d in docs)


def test_json_bad_records_name_their_index(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mixed.json", json.dumps([{"qw": JUDGMENT}, "text", {"id": "n", "note": "x"}]).encode()
    )
    items = list(read_file(path))
    assert isinstance(items[0], Document)
    assert [(f.record, f.id) for f in items[1:] if isinstance(f, ReadFailure)] == [(1, None), (2, "n")]
    assert items[1].reason.startswith(f"{path}: record at index 1: expected a JSON object")  # type: ignore[union-attr]
    assert items[2].reason.startswith(f"{path}: record at index 2: no usable text field")  # type: ignore[union-attr]
    assert "--text-field" in items[2].reason  # type: ignore[union-attr]


def test_json_options_are_honoured_or_refused(tmp_path: Path) -> None:
    """An id field asked for and absent fails the record (it fell back to file:line silently); an empty text
    field is named as empty."""
    path = write(tmp_path / "r.jsonl", (json.dumps({"id": "a", "qw": JUDGMENT}) + "\n" + json.dumps({"id": "b", "qw": " "})
                                         + "\n").encode())
    items = list(read_file(path, id_field="case_no"))
    assert all(isinstance(f, ReadFailure) for f in items)
    assert items[0].reason == f"{path}:1: no usable id field (asked for case_no; the record has: id, qw)"  # type: ignore[union-attr]
    first, second = read_file(path)
    assert isinstance(first, Document) and first.id == "a"
    assert isinstance(second, ReadFailure) and second.reason == f"{path}:2: the text field 'qw' is empty"


def test_a_text_field_that_is_no_string_and_json_lines_named_json_are_said_so(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", b'{"qw": 123}\n{"qw": {"a": 1}}\n')
    assert [f.reason for f in read_file(path)] == [  # type: ignore[union-attr]
        f"{path}:1: the text field 'qw' holds a number, not a string",
        f"{path}:2: the text field 'qw' holds an object, not a string"]
    lines = (json.dumps({"qw": JUDGMENT}, ensure_ascii=False) + "\n") * 2
    named = write(tmp_path / "r.json", lines.encode())
    failed = failure(list(read_file(named)))
    assert failed.reason.endswith("Extra data; it holds one JSON object per line: name it .jsonl")


def test_json_html_field_is_stripped(tmp_path: Path) -> None:
    records = [
        {"id": "h1", "html": "<div>某某市人民法院</div><div>" + JUDGMENT + "<script>track()</script></div>"},
        {"id": "h2", "content": "<p>某某市人民法院</p><p>判处有期徒刑&nbsp;六个月</p>"},
        {
            "id": "h3",
            "html": _page('<div class="PDF_pox"><p>某某市人民法院</p><p>' + JUDGMENT + "</p></div>"),
        },
    ]
    docs = list(read_file(write(tmp_path / "pages.json", json.dumps(records, ensure_ascii=False).encode())))
    assert [d.original for d in docs if isinstance(d, Document)] == [
        "某某市人民法院\n" + JUDGMENT,
        "某某市人民法院\n判处有期徒刑\xa0六个月",
        "某某市人民法院\n" + JUDGMENT,  # a whole page loses its menus
    ]
    assert all(dict(d.meta)["html"] == "stripped" for d in docs if isinstance(d, Document))


CUSTOM_FIELD_CASES = [
    # one field name, or several tried in order
    ("one-field", "正文", "案号", ["（2020）某01刑初1号"]),
    ("field-list", ["全文", "正文"], ["编号", "案号"], ["（2020）某01刑初1号"]),
]


@pytest.mark.parametrize(
    ("text_fields", "id_field", "ids"),
    [c[1:] for c in CUSTOM_FIELD_CASES],
    ids=[c[0] for c in CUSTOM_FIELD_CASES],
)
def test_custom_text_and_id_fields(
    tmp_path: Path, text_fields: str | list[str], id_field: str | list[str], ids: list[str]
) -> None:
    record = {"id": "ignored", "qw": "不是这个字段", "案号": "（2020）某01刑初1号", "正文": JUDGMENT}
    path = write(tmp_path / "custom.jsonl", _jsonl(json.dumps(record, ensure_ascii=False)))
    docs = list(read_file(path, text_fields=text_fields, id_field=id_field))
    assert [d.id for d in docs if isinstance(d, Document)] == ids
    assert [d.original for d in docs if isinstance(d, Document)] == [JUDGMENT]


def test_dotted_fields_reach_into_nested_objects(tmp_path: Path) -> None:
    """--text-field doc.qwContent and --id-field doc.wsid read a nested object's fields (it failed as 'no usable
    text field'); a key with a dot in it is still read as it is."""
    records = [
        {"doc": {"wsid": "w1", "qwContent": JUDGMENT}},
        {"doc.qwContent": JUDGMENT, "doc": {"wsid": "w2"}},
        {"doc": {"wsid": "w3", "other": "x"}},
    ]
    path = write(tmp_path / "nested.jsonl", _jsonl(*(json.dumps(r, ensure_ascii=False) for r in records)))
    items = list(read_file(path, text_fields="doc.qwContent", id_field="doc.wsid"))
    assert [(d.id, d.original, dict(d.meta)["text_field"]) for d in items if isinstance(d, Document)] == [
        ("w1", JUDGMENT, "doc.qwContent"), ("w2", JUDGMENT, "doc.qwContent")]
    assert [type(i).__name__ for i in items] == ["Document", "Document", "ReadFailure"]


def test_bad_field_argument_is_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", _jsonl(json.dumps({"qw": JUDGMENT})))
    with pytest.raises(UsageError):
        list(read_file(path, text_fields=[""]))


# ---------------------------------------------------------------------------
# Folders


def test_folder_tree_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in [
        "b.txt",
        "a/1.txt",
        "a/.hidden.txt",
        ".git/x.txt",
        "a/.cache/y.txt",
        "c.pdf",
        "a/sub/2.txt",
        "a-b.txt",
    ]:
        write(root / name, JUDGMENT.encode())
    rel = [p.relative_to(root).as_posix() for p in iter_sources([root])]
    assert rel == ["a/1.txt", "a/sub/2.txt", "a-b.txt", "b.txt", "c.pdf"]
    # a file named as well as inside a named folder is read once; an explicit path is kept as given
    again = list(iter_sources([root / "b.txt", root, root / "a" / ".hidden.txt"]))
    assert [p.relative_to(root).as_posix() for p in again] == [
        "b.txt",
        "a/1.txt",
        "a/sub/2.txt",
        "a-b.txt",
        "c.pdf",
        "a/.hidden.txt",
    ]
    items = list(read_paths(str(root)))
    assert [i.id for i in items if isinstance(i, Document)] == ["1", "2", "a-b", "b"]
    assert [Path(i.source).name for i in items if isinstance(i, ReadFailure)] == ["c.pdf"]


def test_read_paths_accounts_for_missing_paths(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", JUDGMENT.encode())
    items = list(read_paths([tmp_path / "a.txt", tmp_path / "nope.txt"]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], ReadFailure) and items[1].source == str(tmp_path / "nope.txt")


# ---------------------------------------------------------------------------
# Offsets: normalised spans map back into `original`, for every reader


def _txt_gbk(d: Path) -> Path:
    return write(d / "a.txt", SHIFTY.encode("gbk"))


def _txt_utf16(d: Path) -> Path:
    return write(d / "a.txt", SHIFTY.encode("utf-16"))


def _txt_traditional(d: Path) -> Path:
    traditional = SHIFTY.replace(JUDGMENT, TRADITIONAL).replace("张某", "張某")
    return write(d / "a.txt", traditional.encode("big5"))


def _docx(d: Path) -> Path:
    document = docx.Document()
    for line in SHIFTY.split("\r\n"):
        document.add_paragraph(line)
    document.save(str(d / "a.docx"))
    return d / "a.docx"


def _html(d: Path) -> Path:
    body = "<p>被告人&#12288;张某，</p>\n<p>男，１９８５年出生。</p>\n\n<p>" + JUDGMENT + "</p>"
    return write(d / "a.html", _page(f'<div id="DivContent">{body}</div>').encode())


def _json(d: Path) -> Path:
    return write(d / "a.json", json.dumps([{"qw": SHIFTY}], ensure_ascii=False).encode())


def _jsonl_file(d: Path) -> Path:
    return write(d / "a.jsonl", _jsonl(json.dumps({"qw": SHIFTY}, ensure_ascii=False)))


OFFSET_CASES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    # simplified input: the span's characters are the same
    ("txt-gbk", _txt_gbk, "张某", "盗窃罪"),
    ("txt-utf16", _txt_utf16, "张某", "盗窃罪"),
    ("docx", _docx, "张某", "盗窃罪"),
    ("html", _html, "张某", "盗窃罪"),
    ("json", _json, "张某", "盗窃罪"),
    ("jsonl", _jsonl_file, "张某", "盗窃罪"),
    # traditional input: the span maps back to the traditional characters
    ("txt-traditional-big5", _txt_traditional, "張某", "盜竊罪"),
]


@pytest.mark.parametrize(
    ("make", "name", "charge"), [c[1:] for c in OFFSET_CASES], ids=[c[0] for c in OFFSET_CASES]
)
def test_offsets_map_back_to_original(
    tmp_path: Path, make: Callable[[Path], Path], name: str, charge: str
) -> None:
    doc = only(list(read_file(make(tmp_path))))
    assert doc.text.startswith("被告人 张某，\n男，1985年出生。\n")
    assert doc.text == normalize(doc.original)[0]
    assert_maps_back(doc, "张某，", name + "，")
    assert_maps_back(doc, "1985年出生", "１９８５年出生")
    assert_maps_back(doc, "犯盗窃罪", "犯" + charge)
    assert_maps_back(doc, "六个月。", doc.original[-4:])


# ---------------------------------------------------------------------------
# Development data (../shared)


@pytest.mark.shared
def test_reads_all_dev_judgments(shared: Path) -> None:
    folder = shared / "judgments" / "dev"
    started = time.perf_counter()
    items = list(read_paths([folder]))
    elapsed = time.perf_counter() - started
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert failures == []
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 154
    assert len({d.id for d in docs}) == 154
    assert all(d.text.strip() and d.original for d in docs)
    assert all(dict(d.meta)["encoding"] == "utf-8" for d in docs)
    assert elapsed < 60, f"reading 154 judgments took {elapsed:.1f}s"


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _hard_wrap(text: str, width: int = 28, newline: str = "\n") -> str:
    """Each paragraph cut into lines of ``width`` characters, as text copied from a PDF comes."""
    lines: list[str] = []
    for para in text.split("\n"):
        lines += [para[i : i + width] for i in range(0, len(para), width)] or [""]
    return newline.join(lines)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_hard_wrapped_text_is_unwrapped_and_maps_back(newline: str) -> None:
    para = "被告人甲某，男，1990年1月1日出生，汉族，初中文化。因涉嫌犯盗窃罪于2020年3月2日被刑事拘留，同年4月9日被逮捕。"
    raw = _hard_wrap("\n".join([para * 3, "辩护人乙某，某律师事务所律师。", para * 2]), 20, newline)
    text, offsets = normalize(raw)
    assert text == "\n".join([para * 3, "辩护人乙某，某律师事务所律师。", para * 2])  # paragraph ends kept
    for i in range(len(text)):
        assert raw[offsets.to_original(i)] == text[i] or text[i] == "\n"
    # Lines of many lengths are paragraphs, not a wrap: left alone.
    assert normalize("第一行。\n第二行比第一行长很多。\n三\n" * 4)[0] == "第一行。\n第二行比第一行长很多。\n三\n" * 4


@pytest.mark.parametrize(
    "page_end", ["\n第{k}页共9页\n", "\n\f", "\f", "\n第{k}页共9页\n\f", "\n第{k}页共9页\n\f\n"],
)
def test_page_breaks_of_a_hard_wrapped_text_go_with_the_wrap(page_end: str) -> None:
    """A PDF's text: a page number's line or a page break (a form feed) after a line cut mid-word (…决定执行有期徒 /
    第2页共3页 / 刑一年…) goes, and the sentence is whole again; the break had been taken for the wrap and the page
    number left inside the sentence."""
    para = "被告人甲某，男，1990年1月1日出生，汉族，初中文化。因涉嫌犯盗窃罪于2020年3月2日被刑事拘留，同年4月9日被逮捕。"
    plain = "\n".join([para * 3, "辩护人乙某，某律师事务所律师。", para * 2])
    lines = _hard_wrap(plain, 20).split("\n")
    pages = [lines[i : i + 4] for i in range(0, len(lines), 4)]
    raw = "".join("\n".join(page) + (page_end.format(k=k) if k < len(pages) else "") for k, page in enumerate(pages, 1))
    text, offsets = normalize(raw)
    assert text == plain
    for i in range(len(text)):
        assert raw[offsets.to_original(i)] == text[i] or text[i] == "\n"


@pytest.mark.parametrize("spaced", [
    "被告人甲某犯盗窃罪，判处有 期 徒 刑一年，并处罚金人民币二千元。",  # one word spaced (read as a fine alone)
    "被 告 人 甲 某 犯 盗 窃 罪 ， 判 处 有 期 徒 刑 一 年 ， 并 处 罚 金 人 民 币 二 千 元 。",  # a line letter-spaced
    "被　告　人　甲　某　犯　盗　窃　罪　，　判　处　有　期　徒　刑　一　年　，　并　处　罚　金　人　民　币　二　千　元　。",
])  # fmt: skip
def test_letter_spaced_sentences_read_as_written_whole(spaced: str) -> None:
    whole = "被告人甲某犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。"
    text, offsets = normalize(spaced)
    assert text == whole
    for i in range(len(text)):
        assert spaced[offsets.to_original(i)] == text[i]
    assert normalize("审 判 长 张三")[0] == "审判长 张三"  # (a role's name keeps its space before the name)
    assert normalize("二 〇 二 二 年 三 月 十 八 日")[0] == "二〇二二年三月十八日"  # (its 〇 had cut the run: no date)


@pytest.mark.parametrize(("spaced", "whole"), [
    ("于 2019 年 1 月 10 日被刑事拘留", "于 2019年1月10日被刑事拘留"),
    ("并处罚金人民币 5000 元。", "并处罚金人民币5000元。"),
    ("判处有期徒刑 1 年 6 个月，", "判处有期徒刑 1年6个月，"),
    ("被告人张 某 某，男，", "被告人张某某，男，"),
    ("被告人王 建军，男，", "被告人王建军，男，"), ("被告人欧阳 明华，男，", "被告人欧阳明华，男，"),  # a stray space (OCR)
    ("被告人钟迅 女，汉族，", "被告人钟迅 女，汉族，"), ("被告人甲某 男，", "被告人甲某 男，"),  # the sex after a space: no name's
    ("被告人王建军 ，男，", "被告人王建军 ，男，"),  # (a space before the comma: no name of its own, nothing to drop)
    ("被害人 王 五 、李四", "被害人 王 五 、李四"),  # a name list spaced around 、 is no letter-spaced name
    # a name spaced out before anything (the result's 犯…罪), the list it opens, a name of two padded to three
    # characters' width, a spaced sex after it, and its writings without a role word
    ("被告人韦 立 新犯盗窃罪，", "被告人韦立新犯盗窃罪，"), ("被告人韦 立 新、贺 文 杰到庭", "被告人韦立新、贺文杰到庭"),
    ("被告人韦\u3000\u3000新犯盗窃罪", "被告人韦新犯盗窃罪"), ("被告人韦  新及其辩护人", "被告人韦新及其辩护人"),
    ("被告人韦 立 新 男，", "被告人韦立新 男，"),
    ("被害人韦 立 新之子。骗取韦 立 新人民币5000元", "被害人韦立新之子。骗取韦立新人民币5000元"),
    ("因此韦 立 新到案", "因此韦 立 新到案"),  # (no role word before it anywhere: nothing tells it is a name)
    ("共 3 人", "共 3 人"),  # a count without a unit of dates or money keeps its spaces
    # the digits of one amount set apart by no-break or thin spaces: thousands' groups, or one digit apiece
    ("并处罚金人民币3\u00a00\u00a00\u00a00\u00a00元。", "并处罚金人民币30000元。"),
    ("获利30\u2009000元，赌资12\u00a0350 元，毒品1 250克", "获利30000元，赌资12350元，毒品1250克"),
    ("编号3 21000元", "编号3 21000元"),  # (no group of three after the space: two figures)
])  # fmt: skip
def test_spaces_inside_figures_and_a_spaced_name_go(spaced: str, whole: str) -> None:
    """A space typed between a figure and its unit (2019 年 1 月 10 日, 人民币 5000 元) hid the date and the fine; a
    letter-spaced name after a role word (被告人张 某 某) gave the name 张; a typeset page's grouped digits (30 000元,
    ３ ０ ０ ０ ０元) gave no fine."""
    text, offsets = normalize(spaced)
    assert text == whole
    for i in range(len(text)):
        assert spaced[offsets.to_original(i)] == text[i]


def test_a_line_break_inside_a_date_goes_in_a_text_laid_out_by_paragraphs() -> None:
    """A copy from a PDF may break a line or two inside a paragraph laid out whole, no wrap's width seen:
    2021年5月1 / 0日 had read as a day 0日 (an X6), 2021年5 / 月10日 as no day of custody. A break inside a
    date goes; one inside a name or after a signature, and one that would make a day that cannot be, stay."""
    raw = (
        "被告人甲某，男，汉族。因涉嫌犯盗窃罪于2021年5\r\n月10日被刑事拘留，同年6月1日被逮捕。\r\n"
        "经审理查明，2021年5月9日，被告人甲某窃得手机一部。2021年5月1\n0日13时许，被告人甲某被抓获。\n"
        "公诉机关于2021\n年8月12日提起公诉，被告人甲某到庭，判处被告人甲\n某拘役五个月，其于2021年5月3\n5日\n"
        "审判员乙某\n2021年9月7日\n"
    )
    text, offsets = normalize(raw)
    assert text == (
        "被告人甲某，男，汉族。因涉嫌犯盗窃罪于2021年5月10日被刑事拘留，同年6月1日被逮捕。\n"
        "经审理查明，2021年5月9日，被告人甲某窃得手机一部。2021年5月10日13时许，被告人甲某被抓获。\n"
        "公诉机关于2021年8月12日提起公诉，被告人甲某到庭，判处被告人甲\n某拘役五个月，其于2021年5月3\n5日\n"
        "审判员乙某\n2021年9月7日\n"
    )
    for i in range(len(text)):
        assert raw[offsets.to_original(i)] == text[i] or text[i] == "\n"  # (a \r\n break maps to its \r)


def test_hard_wrapped_text_with_indented_paragraphs_is_unwrapped() -> None:
    """A PDF's text: each paragraph indented with two ideographic spaces, then wrapped; a first line is as long as
    the others with its indent (it was taken for a paragraph's end, and the paragraph broke after it)."""
    para = "被告人甲某，男，1990年1月1日出生，汉族，初中文化。因涉嫌犯盗窃罪于2020年3月2日被刑事拘留，同年4月9日被逮捕。"
    plain = "\n".join([para * 3, "辩护人乙某，某律师事务所律师。", para * 2])
    raw = _hard_wrap("\n".join("\u3000\u3000" + p for p in plain.split("\n")), 20, "\n")
    assert normalize(raw)[0].lstrip() == plain  # the first indent is a leading space


_LAYOUT_EXAMPLES = ["multi_charge", "robbery_multi", "theft_single", "unit_crime", "probation_revoked", "death_review",
                    "dangerous_driving", "exemption_acquittal", "appeal_resentenced"]


def _reads_the_same(text: str, laid_out: str, keys: tuple[str, ...] = ()) -> None:
    """``laid_out`` (``text`` laid out otherwise) gives the same document fields and defendants."""
    from fayan.pipelines.assemble import extract

    plain, other = extract(text).to_record(), extract(laid_out).to_record()
    for key in ("case_number", "court", "judgment_date", "prosecutor", "articles", "total_crime_amount_yuan", *keys):
        assert other[key] == plain[key], key
    fields = ("name", "birth_date", "detained_on", "arrested_on", "charges", "verdict", "circumstances", "occupation")
    assert [{f: d[f] for f in fields} for d in other["defendants"]] == [{f: d[f] for f in fields} for d in plain["defendants"]]


@pytest.mark.parametrize("width", [28, 40])
@pytest.mark.parametrize("name", _LAYOUT_EXAMPLES)
def test_examples_read_the_same_when_hard_wrapped(name: str, width: int) -> None:
    """Also where short lines (paragraph ends, signatures) are as many as the full ones."""
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    _reads_the_same(text, _hard_wrap(text, width))


def ragged_wrap(text: str, seed: int) -> str:
    """Each paragraph cut into lines of 22 to 40 characters, the widths drawn at random: text copied from pages of
    varying layout, which no one width unwraps (``bench/eval_rewrites.py`` lays the dev judgments out so too)."""
    rng = random.Random(seed)
    out = []
    for para in text.split("\n"):
        lines, i = [], 0
        while i < len(para):
            w = rng.randint(22, 40)
            lines.append(para[i : i + w])
            i += w
        out.append("\n".join(lines))
    return "\n".join(out)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("name", _LAYOUT_EXAMPLES)
def test_examples_read_the_same_when_wrapped_at_random_widths(name: str, seed: int) -> None:
    """A line that ends inside a sentence goes on, where most long lines do (《中华人民共和国刑 / 法》 had lost every
    article, 人民币四千 / 元 the fine); the signatures stay lines of their own."""
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    _reads_the_same(text, ragged_wrap(text, seed), ("officers",))


def test_a_text_laid_out_by_paragraphs_keeps_its_breaks() -> None:
    """Lines that end their sentences are paragraphs, however their lengths vary: no break goes."""
    paras = ["被告人甲某，男，1990年1月1日出生，汉族，初中文化，住某某市某某区。因涉嫌犯盗窃罪于2019年12月2日被刑事拘留。",
             "辩护人乙某，某某律师事务所律师。",
             "经审理查明，2019年12月1日，被告人甲某在某某超市窃得他人手机一部，价值人民币2000元。",
             "本院认为，被告人甲某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。被告人甲某如实供述。"] * 3
    raw = "\n".join(paras)
    assert normalize(raw)[0] == raw


def test_a_page_number_between_blank_lines_after_a_short_line_keeps_a_break() -> None:
    """A signature line or a bracket's end before the page number ends its paragraph: a break stays."""
    assert normalize("审判员 李四\n\n第 3 页\n\n二〇二〇年五月一日")[0] == "审判员 李四\n二〇二〇年五月一日"
    assert normalize("即自2019年2月20日起至2020年5月19日止。）\n\n第 3 页\n\n如不服本判决")[0].count("\n") == 1


def test_a_page_number_between_blank_lines_inside_a_sentence_goes() -> None:
    """pdftotext's page end: …至2020年5 / (blank) / 第 2 页 共 4 页 / (blank) / 月19日止: the sentence is whole again (the
    blank lines had kept the page number, and the term's end was lost)."""
    raw = "即自2019年2月20日起至2020年5\n\n第 2 页 共 4 页\n\n月19日止。罚金于本判决生效后十日内缴纳。"
    text, offsets = normalize(raw)
    assert text == "即自2019年2月20日起至2020年5月19日止。罚金于本判决生效后十日内缴纳。"
    for i in range(len(text)):
        assert raw[offsets.to_original(i)] == text[i]


def test_a_full_width_dot_in_a_name_is_kept() -> None:
    """叶某兰．哈某木: the dot of a transliterated name, as written (as · and • are); a decimal point goes
    half-width."""
    text, offsets = normalize("被告人叶某兰．哈某木，运输毒品３８．４２克")
    assert text == "被告人叶某兰．哈某木，运输毒品38.42克"
    assert offsets.to_original(text.index("哈")) == 7


def test_half_width_commas_and_semicolons_beside_chinese_are_clause_stops() -> None:
    """有期徒刑一年,缓刑二年;… typed with half-width marks reads as with full-width ones; 1,000元 and Co., Ltd. stay."""
    from fayan.pipelines.assemble import extract

    assert normalize("判处有期徒刑一年,缓刑二年;罚金1,000元,ABC Co., Ltd.")[0] == "判处有期徒刑一年，缓刑二年；罚金1,000元，ABC Co., Ltd."
    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    half = text.replace("，", ",").replace("；", ";")
    assert half != text
    plain, halved = extract(text).to_record(), extract(half).to_record()
    fields = ("name", "birth_date", "charges", "verdict", "circumstances", "occupation", "priors", "custody")
    assert [{f: d[f] for f in fields} for d in halved["defendants"]] == [{f: d[f] for f in fields} for d in plain["defendants"]]


def test_a_case_number_split_by_a_hard_wrap_is_printed_without_the_break() -> None:
    from fayan.pipelines.assemble import extract

    text = (EXAMPLES / "multi_charge.txt").read_text(encoding="utf-8")
    number = extract(text).case_number
    assert number and len(number) > 8
    wrapped = text.replace(number, number[:5] + "\n" + number[5:], 1)
    assert extract(wrapped).case_number == number


_SHORT_LINES = [  # a PDF's lines, not all cut at its width: some short lines go on inside a sentence
    "某某省某某市某某区人民法院", "刑事判决书", "（2021）某0102刑初18号", "公诉机关某某市某某区人民检察院。",
    "被告人钟迅，男，1990年7月12日出生，汉族，初中文化，无业，住某某", "市某某区。因涉嫌犯盗窃罪于2021年3",
    "月5日被某某市公安局某某分局刑事拘留，同年3月19日被逮捕。现羁押于某某市看", "守所。",
    "某某市某某区人民检察院以某检刑诉〔2021〕71号起诉书指控被告人钟迅犯盗", "窃罪，于2021年5月20日向本院提起公诉。本院依法适用简易程序，公开开庭",
    "审理了本案。现已审理终结。",
    "经审理查明，2021年2月至3月间，被告人钟迅先后三次在某某小区地下车库内", "，采用拉车门的方式，窃得被害人甲某、乙某停放车辆内的现金、香烟等物，共计价",
    "值人民币8640元。",
    "本院认为，被告人钟", "迅以非法占有为目的，多次窃取他人财物，数额较大，其行为已构成盗窃罪。被告人钟迅",
    "到案后如实供述自己的罪行，依法可以从轻处罚。依照《中华人民共和国刑法》第二百", "六十四条、第六十七条第三款之规定，判决如下：",
    "一、被告人钟", "迅犯盗窃罪，判处有期徒刑一年二个月，并处罚金人民币五千元。",
    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日", "，即自2021年3", "月5日起至2022年5月", "4日止。）",
    "二、追缴被告人钟迅的违法所得，发还各被害人。", "审判员 丙某", "二〇二一年六月十八日", "书记员 丁某",
]  # fmt: skip
# the paragraphs they hold
_SHORT_PARAGRAPHS = [0, 1, 2, 3, 4, 8, 11, 14, 18, 20, 24, 25, 26, 27]


def test_short_lines_inside_a_sentence_of_a_wrapped_text_go_on() -> None:
    """A line break between two Chinese characters, or a figure and its date's unit, after a short line inside
    a sentence (本院认为，被告人钟 / 迅以…, 一、被告人钟 / 迅犯盗窃罪…, 即自2021年3 / 月5日起至2022年5月 / 4日止)
    goes, as after a full line: the result's defendant had been lost, and the term's dates. A title's, a
    court's, a signature's lines stay lines of their own."""
    from fayan.pipelines.assemble import extract

    raw = "\n".join(_SHORT_LINES)
    bounds = _SHORT_PARAGRAPHS + [len(_SHORT_LINES)]
    plain = "\n".join("".join(_SHORT_LINES[a:b]) for a, b in zip(bounds, bounds[1:]))
    text, offsets = normalize(raw)
    assert text == plain
    assert all(raw[offsets.to_original(i)] == ch for i, ch in enumerate(text) if ch != "\n")
    (d,) = extract(raw).to_record()["defendants"]
    assert d["name"] == "钟迅"
    assert (d["verdict"]["term_start"], d["verdict"]["term_end"]) == ("2021-03-05", "2022-05-04")


def test_zero_width_characters_and_grouped_digits_print_nothing() -> None:
    """A zero-width space inside the case number is no part of it as printed (（2021）闽0702刑初\u200b147号); a fine
    in full-width digits set apart by no-break spaces (人民币３ ０ ０ ０ ０元) is read."""
    from fayan.pipelines.assemble import extract

    text = (EXAMPLES / "theft_single.txt").read_text(encoding="utf-8")
    plain = extract(text).to_record()
    number = plain["case_number"]
    assert number == "（2021）浙0106刑初312号" and plain["defendants"][0]["verdict"]["fine_yuan"] == 5000
    damaged = text.replace(number, "（2021）浙0106刑初\u200b312号", 1)
    damaged = damaged.replace("并处罚金人民币五千元", "并处罚金人民币５\u00a0０\u00a0０\u00a0０元")
    assert damaged.count("\u200b") == 1 and damaged.count("\u00a0") == 3
    record = extract(damaged).to_record()
    assert record["case_number"] == number
    assert record["defendants"][0]["verdict"]["fine_yuan"] == 5000


def test_the_library_entry_points_raise_fayan_errors(tmp_path: Path) -> None:
    """extract_file raises InputError once naming the file (not UsageError with the path twice); extract() of
    something that is not a str is a UsageError, not an AttributeError from deep inside."""
    import fayan

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(fayan.InputError) as exc:
        fayan.extract_file(empty)
    assert str(exc.value) == f"{empty}: empty file"
    with pytest.raises(fayan.InputError, match="cannot read"):
        fayan.extract_file(tmp_path / "missing.txt")
    for bad in (None, b"\xe5\x88\xa4", 123):
        with pytest.raises(fayan.UsageError, match="takes the judgment's text as str"):
            fayan.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("byte", "UTF-8 text with 3 invalid byte sequences, the first at byte {at} (line {line}); the file is damaged"),
        ("cut", "UTF-8 text with 1 invalid byte sequence, the first in its last character (the file may be cut off)"),
    ],
)
def test_damaged_utf8_says_where(tmp_path: Path, damage: str, message: str) -> None:
    """A UTF-8 file with one bad byte, or cut off inside its last character, is named as damaged UTF-8 with the
    place (it was "not a text file: no supported encoding decodes it ... re-save it as UTF-8")."""
    data = (JUDGMENT + "\n本判决为终审判决。").encode("utf-8")
    at = data.index("判决".encode("utf-8"))
    data = data[:at] + b"\xff" + data[at + 1 :] if damage == "byte" else data[:-1]
    got = failure(list(read_file(write(tmp_path / "a.txt", data))))
    assert message.format(at=at, line=data.count(b"\n", 0, at) + 1) in got.reason


def test_records_inside_an_api_envelope(tmp_path: Path) -> None:
    """{"code": 0, "result": {"items": [...]}}: the list of records is found a few objects down (only data/records
    were), by its records' text field."""
    page = {"code": 0, "msg": "ok", "result": {"total": 2, "items": [{"id": "a", "qw": JUDGMENT}, {"id": "b", "qw": JUDGMENT}]}}
    docs = list(read_file(write(tmp_path / "api.json", json.dumps(page, ensure_ascii=False).encode())))
    assert [(d.id, d.original) for d in docs if isinstance(d, Document)] == [("a", JUDGMENT), ("b", JUDGMENT)]
    # no record list with a text field anywhere: still the one failure naming the file's keys
    bare = {"code": 0, "result": {"items": [{"id": "a", "other": "x"}]}}
    [got] = list(read_file(write(tmp_path / "bare.json", json.dumps(bare).encode())))
    assert isinstance(got, ReadFailure) and "no usable text field" in got.reason


def test_html_character_references_in_plain_text_are_decoded_and_map_back(tmp_path: Path) -> None:
    """A web export's json can carry &ldquo; and such in its text: read as the characters they name (a quoted brand or
    alias reads whole), each mapping back to the reference as written; an unknown name is text."""
    raw = "被告人甲某窃得&ldquo;乙牌&rdquo;手机一部&hellip;&hellip;价值&#8220;X&#x201D;，AT&T&nbsp;&nbsp;与&foo;。"
    text, offsets = normalize(raw)
    assert text == "被告人甲某窃得“乙牌”手机一部……价值“X”，AT&T 与&foo;。"
    quote = text.index("“")
    assert raw[offsets.to_original(quote) : offsets.to_original(quote + 1)] == "&ldquo;"
    assert raw[offsets.to_original(text.index("手机")) :].startswith("手机")
    path = write(tmp_path / "a.json", json.dumps([{"qw": raw}], ensure_ascii=False).encode())
    doc = only(list(read_file(path)))
    assert doc.text == text and doc.original == raw
