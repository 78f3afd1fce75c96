"""The web chat's HTML and request parsing, without a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspeech.answer.types import Answer
from askspeech.config import Settings
from askspeech.ui.app import (
    ChatHandler,
    Conversation,
    highlight,
    parse_reader_request,
    render_answer,
    speech_filter,
)
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


def test_speech_filter_values() -> None:
    assert speech_filter(None) is None and speech_filter(0) is None and speech_filter("0") is None
    assert speech_filter(7) == 7 and speech_filter("7") == 7 and speech_filter(7.0) == 7
    with pytest.raises(ValueError, match="speech number"):
        speech_filter("seven")


def test_handler_with_no_index_shows_the_command_that_builds_it(
    tmp_path: Path, fake_model: NgramEmbeddings
) -> None:
    handler = ChatHandler(Settings(index_dir=tmp_path / "none"))
    *_, (shown, conv, _box) = handler.respond("村干部报酬", 0, Conversation.empty())
    html = shown[-1]["content"]
    assert 'class="answer error"' in html and "askspeech index" in html
    assert conv.history == []
