"""The reader tab's events: a speech list to start from, a speech with its contents, a
paragraph highlighted (checked against the speech's length), a search within it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from askspeech import api
from askspeech.config import Settings
from askspeech.store import IndexUnavailableError, SpeechText
from askspeech.ui.chat import as_int
from askspeech.ui.render import render_reader, render_speech_list

SPEECH_LIST = 0  # the reader's "speech list" choice (speech numbers start at 1)
CHAT_TAB, READER_TAB = "chat", "reader"


def reader_choices(speeches: Sequence[SpeechText]) -> list[tuple[str, int]]:
    return [("Speech list / 讲话列表", SPEECH_LIST)] + [
        (s.label or s.title, s.number) for s in speeches]


def parse_reader_request(value: str) -> tuple[int, int, tuple[int, int] | None] | None:
    """'speech:paragraph:start:end[:nonce]' from an "open in reader" button → its parts
    (paragraph 0: the speech from its top)."""
    parts = (value or "").split(":")
    try:
        speech, paragraph = int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return None
    try:
        span = (int(parts[2]), int(parts[3]))
    except (IndexError, ValueError):
        span = None
    return speech, paragraph, span


def paragraph_notice(speech: SpeechText, paragraph: object) -> tuple[int | None, str]:
    """The paragraph to highlight, and a notice when the number given is not one of the
    speech's (instead of a red 'Value 0 is less than minimum')."""
    if paragraph is None or paragraph == "":
        return None, ""
    number = as_int(paragraph)
    count = len(speech.paragraphs)
    if number is None or not 1 <= number <= count:
        return None, (f"这篇讲话共 {count} 段，请输入 1–{count} 之间的段落编号。 / "
                      f"This speech has {count} paragraphs: enter a number from 1 to {count}.")
    return number, ""


class ReaderHandler:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _speeches(self) -> list[SpeechText]:
        try:
            return api.speeches(settings=self.settings)
        except IndexUnavailableError:
            return []

    def _speech(self, number: object) -> SpeechText | None:
        n = as_int(number)
        if n is None or n == SPEECH_LIST:
            return None
        try:
            return api.speech(n, settings=self.settings)
        except (ValueError, IndexUnavailableError):
            return None

    def show(self, number: object, paragraph: object = None, find: object = "") -> str:
        """The reader for the selectors' values: the speech list, or a speech with a paragraph
        highlighted and `find` marked."""
        speech = self._speech(number)
        if speech is None:
            return render_speech_list(self._speeches())
        para, notice = paragraph_notice(speech, paragraph)
        return render_reader(speech, para, None, find if isinstance(find, str) else "", notice)

    def open(self, request: str) -> tuple[Any, Any, Any, Any, Any]:
        """An "open in reader" button: select the reader tab, set its selectors, mark the
        quote."""
        import gradio as gr

        parsed = parse_reader_request(request)
        if parsed is None:
            return gr.Tabs(), gr.Dropdown(), gr.Number(), gr.Textbox(), gr.HTML()
        number, paragraph, span = parsed
        speech = self._speech(number)
        para = paragraph or None
        html = (render_reader(speech, para, span) if speech is not None
                else render_speech_list(self._speeches()))
        return (gr.Tabs(selected=READER_TAB), gr.Dropdown(value=number),
                gr.Number(value=para), gr.Textbox(value=""), html)
