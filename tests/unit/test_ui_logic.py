"""The web chat's logic without a model, an index or a server: scope, wording, Markdown copies,
rendering, follow-ups from the outline, feedback storage and `askspeech feedback`."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from askspeech.answer.types import Answer, Citation
from askspeech.api import clean_question
from askspeech.api import speech_filter as api_speech_filter
from askspeech.config import Settings, get_settings
from askspeech.ingest.chunking import Passage
from askspeech.ingest.outline import parse_outline
from askspeech.store import SpeechText
from askspeech.ui import feedback
from askspeech.ui.chat import ChatHandler, Conversation, decide_scope, speech_filter
from askspeech.ui.reader import paragraph_notice, parse_reader_request
from askspeech.ui.render import (
    Extras,
    answer_markdown,
    highlight,
    render_answer,
    render_reader,
    render_speech_list,
)
from askspeech.ui.suggest import follow_ups
from askspeech.ui.wording import Wording, language_of

PARAGRAPHS = (
    "同志们:",
    "今天召开全市农村基层党建工作推进会。",
    "第一,要落实村干部报酬制度。村干部报酬要按时足额发放。",
    "第二,要建好活动场所。活动场所要做到“五有”。",
    "第三,要选好带头人。选好配强村党组织书记。",
)
LABEL = "篇七 · 青禾市 · 全市农村基层党建工作推进会"


def speech() -> SpeechText:
    return SpeechText(7, "讲话", "src.txt", PARAGRAPHS, parse_outline(PARAGRAPHS), LABEL,
                      "青禾市", "市", "全市农村基层党建工作推进会")


def cited_answer(quote: str = "村干部报酬要按时足额发放", lang: str = "zh",
                 text: str = "村干部报酬要按时足额发放[1]。") -> Answer:
    s = speech()
    start = s.text.index(quote)
    passage = Passage("p1", 7, s.title, 3, start, start + len(quote), quote, label=LABEL)
    return Answer("村干部报酬要落实什么制度?", text, (Citation(1, passage, quote),), False,
                  "extractive", language=lang)


# ---------------------------------------------------------------- scope


def test_filter_values_become_speech_numbers() -> None:
    assert speech_filter(None) == () and speech_filter(0) == () and speech_filter([]) == ()
    assert speech_filter(7) == (7,) and speech_filter("7") == (7,) and speech_filter(7.0) == (7,)
    assert speech_filter([7, 3, 7]) == (3, 7)
    with pytest.raises(ValueError, match="speech number"):
        speech_filter("seven")


def test_api_speech_choice_takes_one_or_several() -> None:
    assert api_speech_filter(None) is None and api_speech_filter(3) == 3
    assert api_speech_filter([7, 3]) == (3, 7) and api_speech_filter([4]) == 4
    assert api_speech_filter([]) is None


def test_question_naming_another_speech_beats_the_filter_and_says_so() -> None:
    scope = decide_scope("篇七讲话中,村干部报酬要落实什么制度?", [3], range(1, 9))
    assert scope.speeches == (7,) and scope.overridden
    said = scope.describe(Wording(False))
    assert "篇七" in said and "篇三" in said
    assert "filter" in scope.describe(Wording(True))


def test_scope_follows_the_filter_or_says_all() -> None:
    assert decide_scope("村干部报酬?", [3], range(1, 9)).speeches == (3,)
    assert decide_scope("篇三讲了什么?", [3], range(1, 9)).speeches == (3,)
    everything = decide_scope("村干部报酬?", [], range(1, 9))
    assert everything.speeches == () and everything.describe(Wording(False)) == "范围：全部讲话"
    named = decide_scope("篇七讲话中,村干部报酬?", [], range(1, 9))
    assert named.speeches == () and "篇七" in named.describe(Wording(False))


# ---------------------------------------------------------------- language


def test_messages_follow_the_question_language() -> None:
    assert language_of("村干部报酬要落实什么制度?") == "zh"
    assert language_of("What does speech 7 say about pay?") == "en"
    assert language_of("   ", ["What does speech 7 say about pay?"]) == "en"
    assert language_of("") == "zh"


def test_cut_note_is_in_the_question_language() -> None:
    settings = Settings(max_question_chars=20)
    _, zh = clean_question("村干部报酬要落实什么制度?" * 5, settings)
    _, en = clean_question("What does the speech say about village cadres pay " * 3, settings)
    assert zh == ["问题过长，只按前 20 个字回答"]
    assert en == ["question cut to its first 20 characters"]


def test_empty_question_error_is_shown_once_in_the_conversation_language(
        tmp_path: Path) -> None:
    handler = ChatHandler(Settings(index_dir=tmp_path))
    conv = Conversation.empty()
    for _ in range(3):
        *_, (shown, conv, _box) = handler.respond("   ", [], conv)
    assert len(shown) == 1
    assert "问题是空的" in shown[0]["content"]
    english = Conversation(history=[{"role": "user", "content": "What about village pay?"},
                                    {"role": "assistant", "content": "…"}])
    *_, (shown, _conv, _box) = handler.respond("", [], english)
    assert "The question is empty" in shown[-1]["content"]


# ---------------------------------------------------------------- copy, render


def test_answer_copies_as_text_with_its_sources() -> None:
    md = answer_markdown(cited_answer(), {7: speech()})
    assert md == ("村干部报酬要按时足额发放[1]。\n\n出处:\n"
                  f"[1] {LABEL} · 第3段: “村干部报酬要按时足额发放”")
    assert "<" not in md
    english = answer_markdown(cited_answer(lang="en"), {7: speech()})
    assert "[1] Speech 7 · 青禾市 · 全市农村基层党建工作推进会 · paragraph 3:" in english


def test_markers_are_buttons_with_plain_text_labels_and_previews() -> None:
    html = render_answer(cited_answer(), {7: speech()}, Extras("范围：篇七（按筛选）"))
    assert '<button type="button" class="cite-ref" value="1" title="出处 1：' in html
    assert 'class="cite-preview"' in html and '<details class="source src-1">' in html
    assert f"[1] {LABEL} · 第3段" in html
    assert 'class="scope-chip">范围：篇七（按筛选）' in html
    assert '<pre class="answer-md" hidden>村干部报酬要按时足额发放[1]。' in html


def test_render_escapes_everything() -> None:
    refused = Answer("<q>", "<i>not</i> [1]", (), True, "extractive", (), ("<note>",), "en")
    html = render_answer(refused, {})
    assert "<i>" not in html and "&lt;i&gt;not&lt;/i&gt;" in html
    assert "&lt;note&gt;" in html
    assert highlight("a<b>cdef", [(1, 4), (3, 5), (7, 8)]) == (
        "a<mark>&lt;b&gt;c</mark>de<mark>f</mark>")


def test_related_reading_lists_each_paragraph_once() -> None:
    s = speech()
    one = Passage("a", 7, s.title, 4, 0, 5, "第二,要建好", label=LABEL)
    two = Passage("b", 7, s.title, 4, 5, 10, "活动场所", label=LABEL)
    refused = Answer("q", "不知道", (), True, "extractive", (one, two))
    assert render_answer(refused, {7: s}).count('<details class="source related">') == 1


def test_reader_has_contents_search_and_checked_paragraphs() -> None:
    s = speech()
    html = render_reader(s, None, None, "活动场所")
    assert html.count("<mark>活动场所</mark>") == 2 and "2 ×" in html
    assert 'class="toc-link" value="3"' in html
    assert paragraph_notice(s, 0)[0] is None and "1–5" in paragraph_notice(s, 0)[1]
    assert paragraph_notice(s, 999)[0] is None
    assert paragraph_notice(s, 4) == (4, "")
    listing = render_speech_list([s])
    assert LABEL in listing and "5 段" in listing and 'value="7:0::"' in listing
    assert parse_reader_request("7:0::123") == (7, 0, None)


def test_follow_ups_are_the_cited_items_siblings() -> None:
    got = follow_ups(cited_answer(), {7: speech()})
    assert got == ["要建好活动场所", "要选好带头人"]
    assert follow_ups(Answer("q", "x", (), True, "extractive"), {7: speech()}) == []


# ---------------------------------------------------------------- feedback


def test_feedback_latest_rating_wins_and_downs_export_as_qa(tmp_path: Path) -> None:
    path = tmp_path / "fb.jsonl"
    item = feedback.Feedback.new(question="村干部报酬?", answer="…[1]", lang="zh", rating=None,
                                 speech=[7])
    feedback.append(path, item.rated("up"))
    feedback.append(path, item.rated("down").commented("引错了段落"))
    other = feedback.Feedback.new(question="Q2", answer="A", lang="en", rating="up")
    feedback.append(path, other)
    with path.open("a", encoding="utf-8") as f:
        f.write("not json\n")
    items = feedback.load(path)
    assert [(i.question, i.rating) for i in items] == [("村干部报酬?", "down"), ("Q2", "up")]
    (qa,) = feedback.qa_skeleton(items)
    assert qa["question"] == "村干部报酬?" and qa["speech"] == 7 and qa["comment"] == "引错了段落"
    assert set(qa) >= {"id", "question", "lang", "answerable", "speech", "evidence", "answer",
                       "kind"}


def test_rating_is_stored_at_once_and_a_comment_added(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASKSPEECH_FEEDBACK_PATH", raising=False)
    handler = ChatHandler(Settings(index_dir=tmp_path))
    record = feedback.Feedback.new(question="q", answer="a", lang="zh", rating=None)
    conv = Conversation(feedback={1: record})
    conv, offer = handler.rate(conv, SimpleNamespace(index=1, liked=False))
    assert offer and feedback.load(tmp_path / "feedback.jsonl")[0].rating == "down"
    handler.comment("太短", conv)
    assert feedback.load(tmp_path / "feedback.jsonl")[0].comment == "太短"
    _, offer = handler.rate(conv, SimpleNamespace(index=0, liked=True))  # not an answer
    assert not offer


def test_cli_feedback_lists_and_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from askspeech.cli import main

    path = tmp_path / "fb.jsonl"
    monkeypatch.setenv("ASKSPEECH_FEEDBACK_PATH", str(path))
    get_settings.cache_clear()
    try:
        feedback.append(path, feedback.Feedback.new(question="篇七?", answer="a", lang="zh",
                                                    rating="down", comment="不对"))
        assert main(["feedback"]) == 0
        listed = capsys.readouterr().out
        assert "👎" in listed and "篇七?" in listed and "不对" in listed
        out = tmp_path / "qa.jsonl"
        assert main(["feedback", "--export-qa", str(out)]) == 0
        (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert row["question"] == "篇七?" and row["evidence"] == []
        from askspeech.evaluation import load_qa

        assert load_qa(out)[0].question == "篇七?"  # `askspeech eval` reads it
    finally:
        get_settings.cache_clear()


def test_feedback_file_defaults_beside_the_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASKSPEECH_FEEDBACK_PATH", raising=False)
    assert Settings(index_dir=tmp_path).feedback_file == tmp_path / "feedback.jsonl"
    assert Settings(index_dir=tmp_path, feedback_path=tmp_path / "x.jsonl").feedback_file == (
        tmp_path / "x.jsonl")
