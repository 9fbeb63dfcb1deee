"""The findings report: escaping, evidence in context, counts, review states, C1 charts, Chromium."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from fayan.errors import UsageError
from fayan.findings import Evidence, Finding
from fayan.judgment import Defendant, Judgment, Sentence
from fayan.pipelines.classcase import ClassCaseResult, compare_cases, synthetic_rows
from fayan.pipelines.report import render_report, report_html, rule_names
from fayan.pipelines.review import Review, apply_reviews

# A fictional document whose text tries every trick a browser could fall for.
HOSTILE = (
    "某省某市某区人民法院\n刑事判决书\n（2020）某0101刑初1号\n"
    "被告人甲某，男，1990年1月1日出生。<script>document.title='PWNED'</script>\n"
    "经审理查明：被告人甲某盗窃财物价值人民币5000元</textarea><b>加粗</b> &amp; &lt;i&gt; \"双引号\" '单引号'"
    "<img src=x onerror=\"document.title='PWNED'\">。\n"
    "本院认为，被告人甲某系累犯，应当从重处罚。\n"
    "判决如下：被告人甲某犯盗窃罪，判处有期徒刑八个月，缓刑一年。\n"
    + "（以下为填充文字，用于检验上下文截取。）"
    * 30
)
SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.title='PWNED'\">"


def _span(text: str, needle: str, label: str) -> Evidence:
    i = text.index(needle)
    return Evidence(i, i + len(needle), needle, label)


F_ERR = Finding(
    "doc-a",
    "甲某",
    "E6",
    "error",
    "被告人系累犯，依法不适用缓刑，判决却宣告缓刑<b>一年</b>。",
    "刑法第七十四条 <i>&amp;</i>",
    (_span(HOSTILE, "缓刑一年", "判决主文"), _span(HOSTILE, "系累犯", "本院认为")),
)
F_SCRIPT = Finding(
    "doc-a",
    "甲某",
    "X3",
    "warning",
    "事实部分含有异常标记。",
    "",
    (_span(HOSTILE, SCRIPT, "被告人"), _span(HOSTILE, IMG, "经审理查明")),
)
F_NO_TEXT = Finding(
    "doc-b",
    None,
    "X1",
    "warning",
    "判决主文罪名与本院认为不一致。",
    "",
    (Evidence(5, 9, "诈骗罪。", "判决主文"),),
)
F_BAD_OFFSETS = Finding(
    "doc-a", "甲某", "X4", "info", "人名写法不一致。", "", (Evidence(0, 3, "乙某某", "被告人"),)
)
TEXTS = {"doc-a": HOSTILE}

JUDGMENTS = [
    Judgment(
        id="doc-a",
        court="某省某市某区人民法院",
        case_number="（2020）某0101刑初1号",
        defendants=(Defendant(name="甲某", charges=("盗窃罪",), verdict=Sentence("有期徒刑", 8)),),
    ),
    Judgment(
        id="doc-b",
        court="某省某县人民法院",
        defendants=(Defendant(name="丙某", charges=("诈骗罪",), verdict=Sentence("拘役", 5)),),
    ),
]
FINDINGS = [F_ERR, F_SCRIPT, F_NO_TEXT, F_BAD_OFFSETS]


@pytest.fixture(scope="module")
def classcase() -> ClassCaseResult:
    return compare_cases(synthetic_rows(6000, seed=2))


def _page(findings=FINDINGS, **kw) -> str:  # type: ignore[no-untyped-def]
    return report_html(findings, JUDGMENTS, TEXTS.get, **kw)


def _article(page: str, f: Finding) -> str:
    m = re.search(rf'<article [^>]*id="f-{f.key}">.*?</article>', page, re.DOTALL)
    assert m, f"no article for {f.rule}"
    return m.group(0)


# ---------------------------------------------------------------------------
# Escaping (HTML source; no browser needed)


def test_document_text_is_escaped() -> None:
    page = _page()
    assert "<script" not in page  # the report itself has no script, and none gets in
    assert "<img" not in page
    assert "</textarea>" not in page
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;PWNED&#x27;&quot;&gt;" in page
    assert "&lt;/textarea&gt;&lt;b&gt;加粗&lt;/b&gt; &amp;amp; &amp;lt;i&amp;gt;" in page
    assert "&quot;双引号&quot; &#x27;单引号&#x27;" in page


def test_finding_fields_are_escaped() -> None:
    art = _article(_page(), F_ERR)
    assert "判决却宣告缓刑&lt;b&gt;一年&lt;/b&gt;。" in art
    assert "刑法第七十四条 &lt;i&gt;&amp;amp;&lt;/i&gt;" in art
    hostile_name = Finding("d<x>", "<b>某</b>", "E1", "error", "m", "")
    page = report_html([hostile_name], None, lambda _d: None, title="<title>报告</title>")
    assert "<b>某</b>" not in page and "&lt;b&gt;某&lt;/b&gt;" in page
    assert "<title>&lt;title&gt;报告&lt;/title&gt;</title>" in page
    assert ">d&lt;x&gt;<" in page


def test_page_is_self_contained() -> None:
    page = _page()
    assert not re.search(r"<(link|script|iframe|object|embed|img)\b", page)
    assert not re.search(r"\b(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    assert re.findall(r"https?://[^\s\"']+", page) == []  # no URL at all (SVG uses no xmlns here)
    assert '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;' in page


# ---------------------------------------------------------------------------
# Evidence in context


def test_evidence_is_marked_inside_its_context() -> None:
    art = _article(_page(), F_ERR)
    marks = re.findall(r"<mark>(.*?)</mark>", art)
    assert marks == ["缓刑一年", "系累犯"]
    # ±200 characters around the span, with an ellipsis where the text was cut
    ctx = re.search(r'<div class="context">(.*?)</div>', art, re.DOTALL)
    assert ctx
    plain = BeautifulSoup(ctx.group(1), "html.parser").get_text()
    i = HOSTILE.index("缓刑一年")
    expected = "…" + HOSTILE[i - 200 : i + 4 + 200] + "…"
    assert plain == expected


def test_context_width_is_configurable() -> None:
    art = _article(_page(context_chars=5), F_ERR)
    ctx = re.search(r'<div class="context">(.*?)</div>', art, re.DOTALL)
    assert ctx
    plain = BeautifulSoup(ctx.group(1), "html.parser").get_text()
    i = HOSTILE.index("缓刑一年")
    assert plain == "…" + HOSTILE[i - 5 : i + 9] + "…"


def test_missing_document_text_shows_the_evidence_alone() -> None:
    art = _article(_page(), F_NO_TEXT)
    assert "<mark>诈骗罪。</mark>" in art
    assert "原文不可用" in art


def test_offsets_that_do_not_fit_the_text_show_the_evidence_alone() -> None:
    art = _article(_page(), F_BAD_OFFSETS)
    assert "<mark>乙某某</mark>" in art
    assert "证据位置与原文不符" in art


def test_each_document_has_an_anchor_and_an_index_link() -> None:
    page = _page()
    assert '<a href="#doc-0">doc-a</a>' in page and 'id="doc-0"' in page
    assert '<a href="#doc-1">doc-b</a>' in page and 'id="doc-1"' in page


# ---------------------------------------------------------------------------
# Header counts


def _table_after(page: str, heading: str) -> list[tuple[str, ...]]:
    soup = BeautifulSoup(page, "html.parser")
    h = soup.find("h3", string=heading)
    assert h is not None, heading
    body = h.find_next("tbody")
    assert body is not None
    return [tuple(td.get_text() for td in tr.find_all("td")[:-1]) for tr in body.find_all("tr")]


def test_counts_by_rule_severity_court_and_charge() -> None:
    page = _page()
    assert _table_after(page, "按规则") == [
        ("E6", rule_names()["E6"], "1"),
        ("X1", rule_names()["X1"], "1"),
        ("X3", rule_names()["X3"], "1"),
        ("X4", rule_names()["X4"], "1"),
    ]
    assert _table_after(page, "按严重程度") == [
        ("错误（error）", "1"),
        ("警告（warning）", "2"),
        ("提示（info）", "1"),
    ]
    assert _table_after(page, "按法院") == [("某省某市某区人民法院", "3"), ("某省某县人民法院", "1")]
    assert _table_after(page, "按罪名") == [("盗窃罪", "3"), ("诈骗罪", "1")]


def test_a_dataframe_index_instead_of_judgments() -> None:
    index = pd.DataFrame(
        {"doc_id": ["doc-a", "doc-b"], "court": ["甲法院", None], "charges": ["盗窃罪", None]}
    )
    page = report_html(FINDINGS, index, TEXTS.get)
    assert _table_after(page, "按法院") == [("甲法院", "3"), ("（法院不详）", "1")]
    assert _table_after(page, "按罪名") == [("盗窃罪", "3"), ("（罪名不详）", "1")]


def test_bad_inputs_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="doc_id"):
        report_html(FINDINGS, pd.DataFrame({"court": ["x"]}), TEXTS.get)
    with pytest.raises(UsageError, match="Finding"):
        report_html(["not a finding"], None, TEXTS.get)  # type: ignore[list-item]
    with pytest.raises(UsageError, match="Judgment"):
        report_html(FINDINGS, ["doc-a"], TEXTS.get)  # type: ignore[list-item]


# ---------------------------------------------------------------------------
# Review states


def test_review_states_are_shown_and_dismissed_can_be_left_out() -> None:
    reviewed = apply_reviews(
        FINDINGS,
        [
            Review(F_ERR.key, "confirmed", "确属累犯<误用缓刑>", reviewer="审查员甲", date="2024-05-06"),
            Review(F_NO_TEXT.key, "dismissed", "罪名一致", date="2024-05-06"),
        ],
    )
    page = _page(reviewed)
    assert 'class="finding sev-error review-confirmed"' in _article(page, F_ERR)
    assert "确属累犯&lt;误用缓刑&gt;" in page
    assert 'class="finding sev-warning review-dismissed"' in _article(page, F_NO_TEXT)
    assert _table_after(page, "按审查状态") == [("待审", "2"), ("已确认", "1"), ("已排除", "1")]

    hidden = _page(reviewed, hide_dismissed=True)
    assert F_NO_TEXT.key not in hidden
    assert "已隐藏 1 条已排除线索" in hidden
    assert 'href="#doc-1"' not in hidden  # doc-b had only the dismissed finding


# ---------------------------------------------------------------------------
# Class-case (C1) charts


def test_c1_finding_has_a_chart_of_its_group(classcase: ClassCaseResult) -> None:
    f = next(x for x in classcase.findings if x.data.get("covariate") == "amount_yuan")
    full = report_html([f], None, lambda _d: None, classcase_summary=classcase)
    art = _article(full, f)
    svg = re.search(r"<svg [^>]*aria-label=\"类案比对散点图\".*?</svg>", art, re.DOTALL)
    assert svg
    chart = svg.group(0)
    # the group's cases are drawn once, in a shared background the chart uses
    use = re.search(r'<use href="#(cc-bg-\d+)"/>', chart)
    assert use
    bg = re.search(rf'<g id="{use.group(1)}">.*?<g class="group-cases"[^>]*>(.*?)</g></g>', full, re.DOTALL)
    assert bg
    grey = bg.group(1).count("<circle ")
    group_n = f.data["group_size"]
    sampled = group_n / math.ceil(group_n / 800)  # at most 800 points, an even stride
    assert 0.85 * sampled <= grey <= min(group_n, 800)  # less the rows without an amount
    assert len(re.findall(r'<circle [^>]*fill="#b3261e"', chart)) == 1  # this case
    assert len(re.findall(r'<circle [^>]*fill="#1f5fa8"', chart)) == len(f.data["nearest"])
    assert "万元" in full  # log-amount ticks
    assert f"同组案件数</th><td>{group_n}</td>" in art
    assert "类案比对分组（C1）" in full
    assert "样本不足，不作比对" in full  # the 20-row group of the generated corpus

    alone = report_html([f], None, lambda _d: None)
    assert "<use " not in alone and "cc-bg-" not in alone
    assert 'class="group-cases"' in alone and "仅画出最相近案件" in alone
    no_grey = re.search(r'<g class="group-cases"[^>]*>(.*?)</g>', alone, re.DOTALL)
    assert no_grey and no_grey.group(1) == ""


def test_c1_findings_of_one_group_share_one_background(classcase: ClassCaseResult) -> None:
    group = classcase.findings[0].data["group"]
    same = [f for f in classcase.findings if f.data["group"] == group]
    assert len(same) >= 2
    page = report_html(same, None, lambda _d: None, classcase_summary=classcase)
    assert page.count('<g id="cc-bg-') == 1
    assert page.count('<use href="#cc-bg-0"/>') == len(same)


def test_c1_chart_without_covariate_is_a_strip_plot(classcase: ClassCaseResult) -> None:
    f = next(x for x in classcase.findings if x.data.get("covariate") is None)
    assert "横向随机排列" in report_html([f], None, lambda _d: None, classcase_summary=classcase)
    assert "横向随机排列" in _article(report_html([f], None, lambda _d: None), f)


def test_render_report_writes_one_file(tmp_path: Path, classcase: ClassCaseResult) -> None:
    out = render_report(
        FINDINGS + list(classcase.findings[:3]),
        JUDGMENTS,
        TEXTS.get,
        tmp_path / "r" / "report.html",
        classcase_summary=classcase,
    )
    assert out == tmp_path / "r" / "report.html"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# ---------------------------------------------------------------------------
# In a real browser (headless Chromium)

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM
    return subprocess.run(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1280,2000",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package 'chromium')")
def test_in_chromium_nothing_executes(tmp_path: Path, classcase: ClassCaseResult) -> None:
    title = "检查报告"
    reviewed = apply_reviews(
        FINDINGS + list(classcase.findings[:2]), [Review(F_NO_TEXT.key, "dismissed", date="2024-05-06")]
    )
    out = render_report(
        reviewed, JUDGMENTS, TEXTS.get, tmp_path / "report.html", title=title, classcase_summary=classcase
    )
    url = out.resolve().as_uri()

    dump = _chromium(tmp_path, url, "--dump-dom")
    assert dump.returncode == 0, dump.stderr[-2000:]
    soup = BeautifulSoup(dump.stdout, "html.parser")
    assert soup.title is not None and soup.title.get_text() == title  # not PWNED
    assert soup.find_all("script") == []
    assert soup.find_all("img") == []
    assert soup.find_all("textarea") == []
    assert soup.find("b") is None and soup.find("i") is None
    text = soup.get_text()
    assert SCRIPT in text
    assert IMG in text
    assert "</textarea><b>加粗</b> &amp; &lt;i&gt;" in text
    marks = [m.get_text() for m in soup.find_all("mark")]
    assert SCRIPT in marks and "缓刑一年" in marks
    assert len(soup.find_all("svg")) >= 2

    png = tmp_path / "report.png"
    shot = _chromium(tmp_path, url, f"--screenshot={png}")
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
