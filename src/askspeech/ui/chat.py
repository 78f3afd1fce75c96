"""The chat's events: ask (streamed), retry, edit the last question, rate an answer, comment.

Everything goes through the public API (`askspeech.api`), so the page, the Python API, the CLI
and the Gradio endpoint give the same `Answer`. What the chat adds is the scope decision: a
speech the question names beats the filter, and every answer says which scope it was given in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from askspeech import api
from askspeech.answer.types import Answer
from askspeech.config import Settings
from askspeech.query import speech_mentioned
from askspeech.store import IndexUnavailableError, SpeechText
from askspeech.ui import feedback
from askspeech.ui.render import Extras, render_answer, render_error, render_partial
from askspeech.ui.suggest import follow_ups
from askspeech.ui.wording import Wording, language_of, short_label

log = logging.getLogger(__name__)

MAX_ECHO_CHARS = 2000
Message = dict[str, str]
# A turn answer() reads: a message, the assistant's carrying the `Answer` it shows.
Turn = dict[str, Any]


def as_int(value: object) -> int | None:
    """A whole number from a component or API value (int, integral float, digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def speech_filter(value: object) -> tuple[int, ...]:
    """The filter's (or an API caller's) choice as speech numbers; () = all speeches.
    0, None, "" and [] mean all; a number or a list of numbers picks speeches."""
    values = value if isinstance(value, (list, tuple)) else [value]
    out: list[int] = []
    for v in values:
        if v is None or v == "":
            continue
        number = as_int(v)
        if number is None:
            raise ValueError(f"speech must be a speech number, not {v!r}")
        if number != 0:
            out.append(number)
    return tuple(sorted(set(out)))


@dataclass(frozen=True)
class Scope:
    """The speeches an answer was looked for in, and how that was decided."""

    speeches: tuple[int, ...]  # () = all
    chosen: tuple[int, ...]  # the filter as set
    named: int | None  # the speech the question names

    @property
    def overridden(self) -> bool:
        return bool(self.chosen) and self.named is not None and self.named not in self.chosen

    def describe(self, words: Wording) -> str:
        name = lambda n: short_label(n, words.english)  # noqa: E731
        if self.overridden:
            assert self.named is not None
            return words.scope_overridden(name(self.named),
                                          words.joined([name(n) for n in self.chosen]))
        if self.chosen:
            return words.scope_filter(words.joined([name(n) for n in self.chosen]))
        if self.named is not None:
            return words.scope_named(name(self.named))
        return words.scope_all


def decide_scope(question: str, chosen: Sequence[int], numbers: Sequence[int]) -> Scope:
    """Follow the question when it names a speech outside the filter (and say so); else the
    filter; else every speech."""
    named = speech_mentioned(question, numbers)
    chosen = tuple(chosen)
    if chosen and named is not None and named not in chosen:
        return Scope((named,), chosen, named)
    return Scope(chosen, chosen, named)


@dataclass(frozen=True)
class LastTurn:
    question: str
    shown_at: int  # index of its user message in `shown`
    history_len: int  # length of `history` before it


@dataclass
class Conversation:
    """One browser session: what the chatbot shows, the raw turns answer() reads, and the
    feedback record of each answer shown (by its message index)."""

    shown: list[Message] = field(default_factory=list)
    history: list[Turn] = field(default_factory=list)
    feedback: dict[int, feedback.Feedback] = field(default_factory=dict)
    last: LastTurn | None = None
    rated: int | None = None  # message index of the answer last rated (for its comment)

    @classmethod
    def empty(cls) -> Conversation:
        return cls()

    def questions(self) -> list[str]:
        return [m["content"] for m in self.history if m["role"] == "user"]

    def before_last(self) -> Conversation:
        """The conversation without its last question and what answered it."""
        if self.last is None:
            return self
        at = self.last.shown_at
        return Conversation(self.shown[:at], self.history[: self.last.history_len],
                            {i: f for i, f in self.feedback.items() if i < at})


def _without_lone_error(shown: list[Message]) -> list[Message]:
    """`shown` without a trailing error that answered no question (an empty box): pressing
    Enter again replaces it rather than stacking copies."""
    lone = bool(shown) and shown[-1].get("content", "").startswith(
        '<div class="answer error alone"')
    return list(shown[:-1] if lone else shown)


def friendly_error(exc: BaseException, words: Wording) -> str:
    """What the user is told when answering fails; never a traceback."""
    from askspeech.answer.errors import LLMError

    if isinstance(exc, (ValueError, TypeError)):
        return str(exc)
    if isinstance(exc, IndexUnavailableError):
        return f"{words.index_unavailable}: {exc}"
    if isinstance(exc, LLMError):
        return f"{words.llm_failed}: {exc}"
    return words.went_wrong


def log_failure(exc: Exception, question: object) -> None:
    """Expected failures (a bad question, no index) briefly; anything else with its traceback,
    which goes to the log and never to the page."""
    if isinstance(exc, (ValueError, TypeError, IndexUnavailableError)):
        log.info("question not answered (%s): %s", type(exc).__name__, exc,
                 exc_info=log.isEnabledFor(logging.DEBUG))
    else:
        log.exception("answering %r failed", str(question)[:80])


Update = tuple[list[Message], Conversation, str]


class ChatHandler:
    """The chat events, for one `Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _speeches(self) -> dict[int, SpeechText]:
        return {s.number: s for s in api.speeches(settings=self.settings)}

    def _alone(self, conv: Conversation, message: str) -> Update:
        """`message` as the one error at the end of the conversation (an earlier one goes)."""
        shown = _without_lone_error(conv.shown)
        shown.append({"role": "assistant", "content": render_error(message, alone=True)})
        return shown, Conversation(shown, conv.history, conv.feedback, conv.last), ""

    def respond(self, question: str, speech: object, state: Conversation | None
                ) -> Iterator[Update]:
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        question = question if isinstance(question, str) else ""
        words = Wording.of(language_of(question, conv.questions()))
        if not question.strip():
            yield self._alone(conv, words.empty)
            return
        shown = _without_lone_error(conv.shown)
        # answer() reads at most max_question_chars; a pasted book need not be echoed whole.
        echo = question if len(question) <= MAX_ECHO_CHARS else question[:MAX_ECHO_CHARS] + " …"
        last = LastTurn(question, len(shown), len(conv.history))
        from askspeech.ui.render import escape

        # No Markdown rendering, so line breaks are made explicit.
        shown.append({"role": "user", "content": escape(echo).replace("\n", "<br>")})
        started = time.perf_counter()
        text = ""
        try:
            speeches = self._speeches()
            scope = decide_scope(question, speech_filter(speech), list(speeches))
            stream = api.answer_stream(question, list(conv.history), scope.speeches or None,
                                       settings=self.settings)
            for piece in stream:
                if isinstance(piece, Answer):
                    yield self._finished(piece, scope, speeches, conv, shown, last, started)
                    return
                if piece:
                    text += piece
                    yield ([*shown, {"role": "assistant", "content": render_partial(text)}],
                           conv, "")
        except Exception as exc:
            log_failure(exc, question)
            failed = Conversation([*shown, {"role": "assistant", "content": render_error(
                friendly_error(exc, words))}], list(conv.history), conv.feedback, last)
            yield failed.shown, failed, question
            return
        log.error("answer stream ended without an Answer")  # a bug, said kindly
        ended = Conversation([*shown, {"role": "assistant", "content": render_error(
            words.went_wrong)}], list(conv.history), conv.feedback, last)
        yield ended.shown, ended, question

    def _finished(self, result: Answer, scope: Scope, speeches: dict[int, SpeechText],
                  conv: Conversation, shown: list[Message], last: LastTurn,
                  started: float) -> Update:
        words = Wording.of(result.language)
        extras = Extras(scope.describe(words), tuple(follow_ups(result, speeches)))
        message = render_answer(result, speeches, extras)
        # (with the Answer itself: a follow-up is read against what was shown, not the
        # question answered again)
        history = [*conv.history, {"role": "user", "content": last.question},
                   {"role": "assistant", "content": result.text, "answer": result}]
        record = feedback.Feedback.new(
            question=last.question, answer=result.text, lang=result.language, rating=None,
            speech=list(scope.speeches), refused=result.refused,
            cited=[[c.passage.speech, c.passage.paragraph] for c in result.citations])
        log.info("answered in %.2f s (refused=%s, scope=%s)", time.perf_counter() - started,
                 result.refused, scope.speeches or "all")
        done = Conversation([*shown, {"role": "assistant", "content": message}], history,
                            {**conv.feedback, len(shown): record}, last)
        return done.shown, done, ""

    def retry(self, speech: object, state: Conversation | None) -> Iterator[Update]:
        """Asks the last question again, in place of its answer."""
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        if conv.last is None:
            yield self._alone(conv, Wording.of(language_of("", conv.questions()))
                              .nothing_to_retry)
            return
        yield from self.respond(conv.last.question, speech, conv.before_last())

    def edit_last(self, state: Conversation | None) -> Update:
        """Takes the last question back into the box, its answer off the conversation."""
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        if conv.last is None:
            return conv.shown, conv, ""
        earlier = conv.before_last()
        return earlier.shown, earlier, conv.last.question

    def rate(self, state: Conversation | None, data: Any) -> tuple[Conversation, bool]:
        """A 👍/👎 on an answer: stored at once; returns whether to offer the comment box."""
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        index = data.index if isinstance(data.index, int) else data.index[0]
        record = conv.feedback.get(index)
        if record is None:  # an error message, or a message from before a reload
            return conv, False
        liked = data.liked
        rating = "up" if liked is True else "down" if liked is False else None
        record = record.rated(rating)
        feedback.append(self.settings.feedback_file, record)
        conv = Conversation(conv.shown, conv.history, {**conv.feedback, index: record},
                            conv.last, index if rating else None)
        return conv, rating is not None

    def comment(self, text: str, state: Conversation | None) -> Conversation:
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        if conv.rated is None or not (text or "").strip():
            return conv
        record = conv.feedback[conv.rated].commented(text)
        feedback.append(self.settings.feedback_file, record)
        return Conversation(conv.shown, conv.history, {**conv.feedback, conv.rated: record},
                            conv.last, None)


def ask_endpoint(settings: Settings) -> Any:
    """The `/ask` API function: (question, speech) → Answer.to_dict(), errors as gr.Error."""
    import gradio as gr

    def ask(question: str, speech: int | list[int] | None = None) -> dict[str, Any]:
        """Answer a question about the speeches; returns the answer text, whether it was
        refused, and the citations (speech, label, paragraph, offsets, verbatim quote).
        `speech`: 0 or None for all speeches, a speech number, or a list of them."""
        try:
            return api.answer(question, None, speech_filter(speech) or None,
                              settings=settings).to_dict()
        except Exception as exc:
            log_failure(exc, question)  # one line for a rejected call, not Gradio's traceback
            words = Wording.of(language_of(question if isinstance(question, str) else ""))
            raise gr.Error(friendly_error(exc, words), print_exception=False) from None

    return ask
