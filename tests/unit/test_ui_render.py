"""The web chat's HTML and request parsing, without a server."""

from __future__ import annotations

from pathlib import Path

from askspeech.answer.types import Answer
from askspeech.config import Settings
from askspeech.ui.chat import ChatHandler, Conversation
from askspeech.ui.reader import parse_reader_request
from askspeech.ui.render import highlight, render_answer
from tests.fakes import NgramEmbeddings


def test_highlight_escapes_and_merges_marks() -> None:
    assert highlight("a<b>cdef", [(1, 4), (3, 5), (7, 8)]) == (
        "a<mark>&lt;b&gt;c</mark>de<mark>f</mark>")


def test_render_answer_escapes_everything() -> None:
    refused = Answer("<q>", "<i>not</i> [1]", (), True, "extractive", (), ("<note>",), "en")
    html = render_answer(refused, {})
    assert "<i>" not in html and "&lt;i&gt;not&lt;/i&gt;" in html
    assert "&lt;note&gt;" in html


def test_parse_reader_request() -> None:
    assert parse_reader_request("7:19:5554:5606:1712345") == (7, 19, (5554, 5606))
    assert parse_reader_request("7:19:::1712345") == (7, 19, None)
    assert parse_reader_request("") is None
    assert parse_reader_request("x:1") is None


def test_handler_with_no_index_shows_the_command_that_builds_it(
    tmp_path: Path, fake_model: NgramEmbeddings
) -> None:
    handler = ChatHandler(Settings(index_dir=tmp_path / "none"))
    *_, (shown, conv, _box) = handler.respond("村干部报酬", 0, Conversation.empty())
    html = shown[-1]["content"]
    assert 'class="answer error"' in html and "askspeech index" in html
    assert conv.history == []
