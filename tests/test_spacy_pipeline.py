"""The spaCy pipeline (fayan.load), its save/load round trip, and the displaCy page.

The NER component runs here with a small rule stand-in (registered below as
``fayan_test.stand_in_ner.v1``) so the spaCy side is tested without torch; the
tests marked ``real model`` run only when ``fayan/models/ner/model.safetensors``
exists.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import jieba  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.util import registry  # noqa: E402

import fayan  # noqa: E402
from fayan.errors import LexiconError, ModelError, UsageError  # noqa: E402
from fayan.nlp import spacy_pipeline as sp  # noqa: E402
from fayan.nlp.lexicon import lexicon_dir  # noqa: E402
from fayan.nlp.ner.data import MODEL_DIR, Entity  # noqa: E402
from fayan.nlp.text import normalize  # noqa: E402
from fayan.pipelines.assemble import extract  # noqa: E402
from fayan.pipelines.lexicon_tools import jieba_user_words  # noqa: E402
from fayan.pipelines.sections import split_sections  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HAS_MODEL = (MODEL_DIR / "model.safetensors").is_file()
DOCS = [
    "theft_single", "multi_charge", "flattened", "traditional_chars", "appeal_ruling", "drug_sale",
    "fraud_probation", "exemption_acquittal", "civil_judgment", "not_a_judgment",
]  # fmt: skip


def _text(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# A rule stand-in for the transformer NER: defendants after 被告人, money, and a
# stolen item with its owner (a victim nested inside an item, as the real
# model's layers allow: tests filter_spans).


class _StandInNer:
    _DEFENDANT = re.compile(r"被告人\s?([\u4e00-\u9fff]{1,2}某+)")
    _ITEM = re.compile(r"被害人([\u4e00-\u9fff]某+)的[\u4e00-\u9fff]{1,6}?[一二三四五六七八九十]+[部台辆个]")
    _MONEY = re.compile(r"人民币\d+元")

    def predict(self, text: str) -> list[Entity]:
        out = [Entity(m.start(1), m.end(1), m.group(1), "defendant", 0.9) for m in self._DEFENDANT.finditer(text)]
        for m in self._ITEM.finditer(text):
            out.append(Entity(m.start(), m.end(), m.group(), "item", 0.7))
            out.append(Entity(m.start(1), m.end(1), m.group(1), "victim", 0.8))
        out.extend(Entity(m.start(), m.end(), m.group(), "money", 0.6) for m in self._MONEY.finditer(text))
        return sorted(out, key=lambda e: (e.start, e.end, e.label))


@registry.misc("fayan_test.stand_in_ner.v1")
def _stand_in_ner() -> Callable[[], _StandInNer]:
    return _StandInNer


def _with_stand_in(nlp: spacy.Language) -> spacy.Language:
    nlp.add_pipe("fayan_ner", config={"model": {"@misc": "fayan_test.stand_in_ner.v1"}})
    return nlp


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return _with_stand_in(sp.load(ner=False))


def _reset_jieba() -> None:
    """Drop every word added to jieba's global dictionary (as a fresh process would have it)."""
    jieba.dt.initialized = False
    jieba.dt.initialize()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace (a space after a token belongs to that token in spaCy)."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _layers(doc: Doc) -> dict[str, list[tuple[int, int, str, str]]]:
    out = {key: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[key]] for key in doc.spans}
    out["ents"] = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
    out["tokens"] = [(t.idx, t.idx + len(t.text), t.text, "") for t in doc]
    return out


# ---------------------------------------------------------------------------
# Components present


def test_components_in_order(nlp: spacy.Language) -> None:
    assert nlp.pipe_names == list(sp.PIPE_NAMES)
    assert nlp.lang == "zh"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "fayan.ChineseTokenizer.v1"
    assert nlp.tokenizer.segmenter == "jieba"


def test_ner_false_leaves_it_out() -> None:
    assert sp.load(ner=False).pipe_names == list(sp.PIPE_NAMES[:3])


def test_fayan_load_is_this_load() -> None:
    assert fayan.load(ner=False).pipe_names == list(sp.PIPE_NAMES[:3])


@pytest.mark.skipif(HAS_MODEL, reason="the NER model is installed")
def test_ner_true_without_model_raises_with_the_fix() -> None:
    with pytest.raises(ModelError, match=re.escape('pip install "fayan[ner]"')):
        sp.load(ner=True)


@pytest.mark.skipif(HAS_MODEL, reason="the NER model is installed")
def test_ner_default_without_model_logs_once(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(sp, "_NOTICES_GIVEN", set())
    with caplog.at_level(logging.WARNING, logger=sp.__name__):
        first = sp.load()
        second = sp.load()
    assert first.pipe_names == second.pipe_names == list(sp.PIPE_NAMES[:3])
    notes = [r.getMessage() for r in caplog.records if r.name == sp.__name__]
    assert len(notes) == 1
    assert 'pip install "fayan[ner]"' in notes[0]


# ---------------------------------------------------------------------------
# Sections


@pytest.mark.parametrize("name", DOCS)
def test_section_spans_follow_the_splitter(nlp: spacy.Language, name: str) -> None:
    raw = _text(name)
    doc = nlp(raw)
    text, _ = normalize(raw)
    assert [s.label_ for s in doc.spans["sections"]] == [s.kind for s in split_sections(text) if s.end > s.start]
    # Each span covers its section in the caller's text (widened to whole tokens only).
    for span, ref in zip(doc.spans["sections"], doc._.judgment.sections):
        assert span.label_ == ref.kind
        start, end = _strip(raw, ref.start, ref.end)
        assert span.start_char <= start < end <= span.end_char
        assert span[0].idx + len(span[0].text) > ref.start and span[-1].idx < ref.end


# ---------------------------------------------------------------------------
# Lexicon spans

LEXICON_CASES = [
    # 罪名
    ("被告人甲犯盗窃罪，判处拘役三个月。", "CHARGE", "盗窃罪"),
    ("犯贩卖毒品罪，判处有期徒刑一年。", "CHARGE", "贩卖毒品罪"),
    ("犯危险驾驶罪。", "CHARGE", "危险驾驶罪"),
    # 量刑情节 (circumstances.tsv)
    ("被告人归案后如实供述自己的罪行，可以从轻处罚。", "CIRCUMSTANCE:坦白", "如实供述自己的罪行"),
    ("被告人甲，系累犯，应当从重处罚。", "CIRCUMSTANCE:累犯", "系累犯"),
    ("被告人自愿认罪认罚。", "CIRCUMSTANCE:认罪认罚", "认罪认罚"),
    # 法律术语 (the words of jieba_user.txt that are not charge names)
    ("经审理查明：", "TERM", "经审理查明"),
    ("公诉机关某某县人民检察院。", "TERM", "公诉机关"),
    ("剥夺政治权利一年。", "TERM", "剥夺政治权利"),
    # 繁体 (matched on the normalised text, spans on the original)
    ("經審理查明：被告人張某竊得手機一部。", "TERM", "經審理查明"),
    # jieba's dictionary is simplified: it cuts traditional text worse (犯盜|竊罪), and spans widen to tokens
    ("被告人張某犯盜竊罪。", "CHARGE", "犯盜竊罪"),
]


@pytest.mark.parametrize(("text", "label", "covered"), LEXICON_CASES, ids=[c[0] for c in LEXICON_CASES])
def test_lexicon_span(nlp: spacy.Language, text: str, label: str, covered: str) -> None:
    doc = nlp(text)
    assert (label, covered) in [(s.label_, s.text) for s in doc.spans["lexicon"]]


NOT_LEXICON_CASES = [
    # no charge without 罪
    ("被告人窃得手机一部。", "CHARGE"),
    # a charge name in the user dictionary is a CHARGE, not a TERM
    ("犯危险驾驶罪。", "TERM"),
]


@pytest.mark.parametrize(("text", "label"), NOT_LEXICON_CASES, ids=[c[0] for c in NOT_LEXICON_CASES])
def test_not_a_lexicon_span(nlp: spacy.Language, text: str, label: str) -> None:
    doc = nlp(text)
    assert label not in {s.label_ for s in doc.spans["lexicon"]}


def test_charge_span_names_the_standard_charge(nlp: spacy.Language) -> None:
    doc = nlp("犯贩卖毒品罪")
    (span,) = [s for s in doc.spans["lexicon"] if s.label_ == "CHARGE"]
    assert span.kb_id_ == "走私、贩卖、运输、制造毒品罪"


# ---------------------------------------------------------------------------
# doc._.judgment and field spans


@pytest.mark.parametrize("name", DOCS)
def test_judgment_equals_rule_extraction(nlp: spacy.Language, name: str) -> None:
    raw = _text(name)
    assert nlp(raw)._.judgment == extract(raw)


@pytest.mark.parametrize("name", DOCS)
def test_field_spans_cover_every_provenance(nlp: spacy.Language, name: str) -> None:
    doc = nlp(_text(name))
    fields = [(s.label_, s.start_char, s.end_char) for s in doc.spans["fields"]]
    for p in doc._.judgment.spans:
        start, end = _strip(doc.text, p.start, p.end)
        assert any(label == p.field and s <= start and end <= e for label, s, e in fields), p


def test_judgment_survives_doc_serialisation(nlp: spacy.Language) -> None:
    doc = nlp(_text("theft_single"))
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.judgment == doc._.judgment
    assert _layers(again) == _layers(doc)


def test_judgment_extension_takes_only_judgments(nlp: spacy.Language) -> None:
    doc = nlp.make_doc("判决如下")
    assert doc._.judgment is None
    with pytest.raises(UsageError, match="Judgment"):
        doc._.judgment = {"id": "doc"}


# ---------------------------------------------------------------------------
# NER component (stand-in model)


def test_ents_are_mapped_back_to_the_callers_text(nlp: spacy.Language) -> None:
    # A full-width space, CRLF runs and traditional characters: the model sees the
    # normalised text, the spans cover the caller's.
    raw = "被告人　張某，男。\r\n\r\n被告人李某某，女。竊得現金人民币５００元。"
    doc = nlp(raw)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("張某", "defendant"), ("李某某", "defendant"), ("人民币５００元", "money"),
    ]  # fmt: skip
    assert all(raw[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_nested_entities_kept_in_span_group(nlp: spacy.Language) -> None:
    doc = nlp("被告人张某窃得被害人李某的手机一部。")
    assert [(s.text, s.label_) for s in doc.spans["ner"]] == [
        ("张某", "defendant"), ("被害人李某的手机一部", "item"), ("李某", "victim"),
    ]  # fmt: skip
    assert doc.spans["ner"].attrs["scores"] == [0.9, 0.7, 0.8]
    # doc.ents cannot overlap: the longest wins.
    assert [(e.text, e.label_) for e in doc.ents] == [("张某", "defendant"), ("被害人李某的手机一部", "item")]


# ---------------------------------------------------------------------------
# to_disk / spacy.load round trip, and the jieba user dictionary


def _user_words_jieba_cuts() -> list[str]:
    """Words of jieba_user.txt that jieba without them cuts apart."""
    plain = jieba.Tokenizer()
    return [w for w, _, _ in jieba_user_words() if len(list(plain.cut(w))) > 1]


def test_round_trip(nlp: spacy.Language, tmp_path: Path) -> None:
    texts = [_text(n) for n in ("theft_single", "multi_charge", "traditional_chars")]
    before = [nlp(t) for t in texts]
    words = _user_words_jieba_cuts()
    assert len(words) > 10
    nlp.to_disk(tmp_path / "pipe")
    _reset_jieba()
    # jieba as a fresh process has it: the reloaded pipeline must add the words again.
    assert [w for w in words if len(list(jieba.cut(w))) > 1] == words
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.config["components"] == nlp.config["components"]
    for doc, text in zip(before, texts):
        again = loaded(text)
        assert _layers(again) == _layers(doc)
        assert again._.judgment == doc._.judgment
    for word in words:
        assert [t.text for t in loaded(word)] == [word]


def test_fayan_load_path(nlp: spacy.Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path)
    assert sp.load(path=tmp_path).pipe_names == nlp.pipe_names
    assert sp.load(path=tmp_path, ner=False).pipe_names == list(sp.PIPE_NAMES[:3])


def test_load_path_refuses_lexicon_dir(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="lexicon_dir"):
        sp.load(path=tmp_path, lexicon_dir=str(tmp_path))


def test_load_path_needs_a_saved_pipeline(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="config.cfg"):
        sp.load(path=tmp_path)


# ---------------------------------------------------------------------------
# The user dictionary file (a copy of the lexicon folder)


@pytest.fixture()
def lexicon_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    return copy


def _append(copy: Path, *lines: str) -> None:
    with (copy / "jieba_user.txt").open("a", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))


def test_user_dict_copy_adds_a_word(lexicon_copy: Path) -> None:
    _append(lexicon_copy, "量刑建议书 document")
    doc = sp.load(ner=False, lexicon_dir=str(lexicon_copy))("公诉机关提出量刑建议书。")
    assert "量刑建议书" in [t.text for t in doc]
    assert ("TERM:document", "量刑建议书") in [(s.label_, s.text) for s in doc.spans["lexicon"]]


def test_a_relative_lexicon_dir_is_saved_as_absolute(
    lexicon_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipeline saved with lexicon_dir="lexicons" loads from any folder (it was looked up from where it loaded)."""
    _append(lexicon_copy, "量刑建议书 document")
    monkeypatch.chdir(lexicon_copy.parent)
    sp.load(ner=False, lexicon_dir="lexicons").to_disk(tmp_path / "saved")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    doc = sp.load(path=tmp_path / "saved")("公诉机关提出量刑建议书。")
    assert "量刑建议书" in [t.text for t in doc]


TERM_ALIGNMENT_CASES = [
    # a whole token: the term
    ("判处管制六个月。", True),
    # inside a longer word that the user dictionary keeps whole: not the term
    ("携带管制刀具一把。", False),
]


@pytest.mark.parametrize(("text", "marked"), TERM_ALIGNMENT_CASES, ids=[c[0] for c in TERM_ALIGNMENT_CASES])
def test_term_only_on_token_boundaries(lexicon_copy: Path, text: str, marked: bool) -> None:
    _append(lexicon_copy, "管制 penalty", "管制刀具")
    doc = sp.load(ner=False, lexicon_dir=str(lexicon_copy))(text)
    assert (("TERM:penalty", "管制") in [(s.label_, s.text) for s in doc.spans["lexicon"]]) is marked


BAD_USER_DICT_LINES = [
    # word, freq, tag separated by single spaces: nothing more
    ("量刑建议书 5 document extra", "expected 'word [freq] [tag]'"),
    ("量刑 建议书", "expected 'word [freq] [tag]'"),
    # a list file takes no tabs
    ("量刑建议书\tdocument", "tab-separated"),
]


@pytest.mark.parametrize(("line", "message"), BAD_USER_DICT_LINES, ids=[c[0] for c in BAD_USER_DICT_LINES])
def test_bad_user_dict_line_names_file_and_line(lexicon_copy: Path, line: str, message: str) -> None:
    path = lexicon_copy / "jieba_user.txt"
    n = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    with pytest.raises(LexiconError, match=rf"jieba_user\.txt:{n}: .*{re.escape(message)}"):
        sp.load(ner=False, lexicon_dir=str(lexicon_copy))


def test_missing_user_dict_is_an_error(lexicon_copy: Path) -> None:
    (lexicon_copy / "jieba_user.txt").unlink()
    with pytest.raises(LexiconError, match="jieba_user.txt"):
        sp.load(ner=False, lexicon_dir=str(lexicon_copy))


# ---------------------------------------------------------------------------
# render_html


def test_render_html_shows_entities_and_spans(nlp: spacy.Language) -> None:
    page = sp.render_html(_text("theft_single"), nlp=nlp)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert page.count('<mark class="entity"') == len(nlp(_text("theft_single")).ents) > 0
    assert "defendant" in page and "money" in page
    assert page.count('<div class="spans"') > 10  # lexicon and field views, one block per line
    for label in ("CHARGE", "TERM", "CIRCUMSTANCE:坦白", "case_number", "defendants[0].verdict"):
        assert label in page
    assert "<title>fayan: （2021）浙0106刑初312号</title>" in page


def test_render_html_escapes_text(nlp: spacy.Language) -> None:
    raw = _text("theft_single") + '\n附：<script>alert("被告人张某")</script> & <b>'
    page = sp.render_html(raw, nlp=nlp)
    assert "<script" not in page and "<b>" not in page
    assert "&lt;" in page and "&gt;" in page and "&amp;" in page and "&quot;" in page


def test_render_html_is_offline(nlp: spacy.Language) -> None:
    page = sp.render_html(_text("drug_sale"), nlp=nlp)
    assert not re.search(r"(?:src|href)\s*=\s*\"(?!#)", page)
    assert "http://" not in page and "https://" not in page


def test_render_html_without_ner_says_how_to_enable_it() -> None:
    page = sp.render_html(_text("theft_single"), nlp=sp.load(ner=False))
    assert "&quot;fayan[ner]&quot;" in page
    assert '<mark class="entity"' not in page and '<div class="spans"' in page


def test_cli_show_html(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from fayan.cli import app

    out = tmp_path / "doc.html"
    result = CliRunner().invoke(app, ["show", str(EXAMPLES / "theft_single.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>fayan: （2021）浙0106刑初312号</title>" in page and "CHARGE" in page


# ---------------------------------------------------------------------------
# fayan's NerModel in the component: a tiny randomly initialised network (needs torch)


@pytest.fixture(scope="module")
def random_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from fayan.nlp.ner.data import CharVocab, load_label_spec
    from fayan.nlp.ner.train import TrainConfig, make_model

    vocab = CharVocab.build([_text(n) for n in DOCS], min_count=1)
    model = make_model(vocab, load_label_spec(), TrainConfig.tiny(), seed=0)
    directory = tmp_path_factory.mktemp("ner_model")
    model.save(directory)
    return directory


def test_saved_pipeline_carries_the_ner_weights(random_model_dir: Path, tmp_path: Path) -> None:
    weights = tmp_path / "weights"
    shutil.copytree(random_model_dir, weights)
    nlp = sp.load(ner=False)
    nlp.add_pipe("fayan_ner", config={"model": {"@misc": "fayan.ner_model.v1", "path": str(weights)}})
    text = _text("robbery_multi")
    doc = nlp(text)
    assert len(doc.spans["ner"]) > 0
    assert {s.label_ for s in doc.spans["ner"]} <= set(nlp.get_pipe("fayan_ner").predictor.labels)
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "fayan_ner" / "model" / "model.safetensors").is_file()
    shutil.rmtree(weights)  # the reloaded pipeline must read its own copy
    again = spacy.load(tmp_path / "pipe")(text)
    assert _layers(again) == _layers(doc)
    assert list(again.spans["ner"].attrs["scores"]) == pytest.approx(list(doc.spans["ner"].attrs["scores"]))


# ---------------------------------------------------------------------------
# The real model (only where it is installed)


@pytest.mark.skipif(not HAS_MODEL, reason="fayan/models/ner/model.safetensors is not there")
def test_real_model_round_trip(tmp_path: Path) -> None:
    nlp = sp.load(ner=True)
    assert nlp.pipe_names == list(sp.PIPE_NAMES)
    text = _text("theft_single")
    doc = nlp(text)
    assert len(doc.ents) > 0
    labels = set(nlp.get_pipe("fayan_ner").predictor.labels)
    assert {e.label_ for e in doc.ents} <= labels
    assert "defendant" in {e.label_ for e in doc.ents}
    nlp.to_disk(tmp_path)
    assert (tmp_path / "fayan_ner" / "model" / "model.safetensors").is_file()
    again = spacy.load(tmp_path)(text)
    assert _layers(again) == _layers(doc)
    page = sp.render_html(text, nlp=nlp)
    assert page.count('<mark class="entity"') == len(doc.ents)


def test_the_extraction_reads_the_pipelines_lexicons(lexicon_copy: Path, tmp_path: Path) -> None:
    """fayan.load(lexicon_dir=X): doc._.judgment is extracted with X too (it read the package's lexicons), also after
    to_disk and reload; the plain extract beside it keeps the package's."""
    with (lexicon_copy / "charge_aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("醉酒驾驶罪\t危险驾驶罪\tan alias of this test\n")
    text = (EXAMPLES / "dangerous_driving.txt").read_text(encoding="utf-8").replace("危险驾驶罪", "醉酒驾驶罪")
    nlp = sp.load(ner=False, lexicon_dir=str(lexicon_copy))
    assert nlp(text)._.judgment.defendants[0].charges_standard == ("危险驾驶罪",)
    nlp.to_disk(tmp_path / "saved")
    assert sp.load(path=tmp_path / "saved", ner=False)(text)._.judgment.defendants[0].charges_standard == ("危险驾驶罪",)
    from fayan.pipelines.assemble import extract

    assert extract(text).defendants[0].charges_standard == ("醉酒驾驶罪",)


class _EveryNameIsADefendant:
    def predict(self, text: str) -> list[Entity]:
        return [Entity(m.start(), m.end(), m.group(), "defendant", 0.9) for m in re.finditer(r"[王李张刘]某+", text)]


@registry.misc("fayan_test.every_name_a_defendant.v1")
def _every_name() -> Callable[[], _EveryNameIsADefendant]:
    return _EveryNameIsADefendant


def test_officers_in_the_signatures_are_persons_not_defendants() -> None:
    """The model reads the whole document: a name in the signatures (审判员王某, 书记员刘某) is a person."""
    nlp = sp.load(ner=False)
    nlp.add_pipe("fayan_ner", config={"model": {"@misc": "fayan_test.every_name_a_defendant.v1"}})
    text = _text("theft_single").replace("审判员\u3000祁明远", "审判员\u3000王某").replace("书记员\u3000岑思雨", "书记员\u3000刘某")
    doc = nlp(text)
    labels = {(e.text, e.label_) for e in doc.ents if e.start_char > text.index("审判员\u3000王某")}
    assert labels == {("王某", "person"), ("刘某", "person")}
    assert any(e.label_ == "defendant" for e in doc.ents)  # the names before the signatures keep their label
