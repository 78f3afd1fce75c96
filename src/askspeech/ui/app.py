"""The Gradio web chat: streamed, cited answers about the speeches, and a reader view.

Everything here goes through the public API (`askspeech.api`), so the page, the Python API,
the CLI and the Gradio API endpoint (`/ask`, for `gradio_client`) give the same `Answer`.

Rendering is deliberately plain: the chatbot is told *not* to render Markdown (so a question is
shown as typed, never as markup) and every piece of text from the user or the corpus is passed
through `html.escape` before being put into the small amount of HTML built here (answer text,
`<details>` source panels, `<mark>` on the quoted words).
"""

from __future__ import annotations

import html
import logging
import re
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from askspeech import api
from askspeech.answer.extractive import speech_label
from askspeech.answer.types import Answer, Citation
from askspeech.config import Settings, get_settings, offline_defaults
from askspeech.ingest.chunking import Passage
from askspeech.store import IndexUnavailableError, SpeechText

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger(__name__)

ALL_SPEECHES = 0  # the speech filter's "all" choice (speech numbers start at 1)
CHAT_TAB, READER_TAB = "chat", "reader"
EXAMPLES = (
    "篇七讲话中,村干部报酬要落实什么制度?",
    "沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?",
    "How many administrative villages in Leiyang completed their village committee elections?",
    "那第二点呢?",  # a follow-up: only meaningful after a question
)
# Chinese-capable system fonts only: a web font would be fetched, and Google Fonts is remote.
SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "PingFang SC", "Hiragino Sans GB",
                "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif")
MONO_FONTS = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")
MAX_ECHO_CHARS = 2000
_MARKER = re.compile(r"\[(\d+)\]")

CSS = """
.answer p { margin: 0 0 .5em 0; }
.answer .cite-ref { color: var(--color-accent); font-size: .8em; font-weight: 600; }
.answer.refused .answer-text { font-style: italic; }
.answer .sources-label { font-size: .85em; font-weight: 600; margin: .6em 0 .2em 0; }
.answer .related-label { color: var(--body-text-color-subdued); }
.answer details.source { border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: .3em .6em; margin: .3em 0; background: var(--background-fill-secondary); }
.answer details.source summary { cursor: pointer; font-size: .9em; }
.answer details.source .para { font-size: .92em; line-height: 1.6; max-height: 16em;
  overflow-y: auto; margin: .4em 0; white-space: pre-wrap; }
.answer mark, .reader mark { background: #fde68a; color: inherit; padding: 0 1px; }
.answer .open-reader { font-size: .82em; border: 1px solid var(--border-color-primary);
  border-radius: 4px; padding: .1em .6em; cursor: pointer;
  background: var(--background-fill-primary); }
.answer .notes, .answer .notes li { font-size: .8em; color: var(--body-text-color-subdued); }
.answer .notes { margin: .4em 0 0 0; padding-left: 1.2em; }
.answer.error { color: var(--error-text-color, #b91c1c); }
.reader .reader-title { font-size: 1.15em; font-weight: 600; margin: .3em 0; }
.reader .reader-source { font-size: .8em; color: var(--body-text-color-subdued); }
.reader .reader-para { display: flex; gap: .8em; padding: .35em .5em; line-height: 1.7;
  border-left: 3px solid transparent; }
.reader .reader-para .pnum { flex: 0 0 2.5em; text-align: right; font-size: .8em;
  color: var(--body-text-color-subdued); padding-top: .2em; }
.reader .reader-para.hit { background: #fef9c3; border-left-color: #f59e0b; }
.dark .reader .reader-para.hit { background: #423a12; }
.dark .answer mark, .dark .reader mark { background: #a16207; }
"""

# Runs once in the page (hidden bridge component): a click on a source panel's "open in reader"
# button, anywhere in the document, is sent to Python as the bridge's value. The time stamp makes
# a repeated click on the same citation a change too.
BRIDGE_JS = """
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button.open-reader');
  if (!button) return;
  event.preventDefault();
  props.value = button.value + ':' + Date.now();
  trigger('change');
});
"""

# Brings the highlighted paragraph into view whenever the reader's content changes; the delay
# lets a tab switch made by the same update show the reader first.
READER_JS = """
const reveal = () => setTimeout(() => {
  const hit = element.querySelector('.reader-para.hit');
  if (hit) hit.scrollIntoView({block: 'center'});
}, 150);
reveal();
watch('value', reveal);
"""


# ---------------------------------------------------------------- rendering


def escape(text: str) -> str:
    """Text for an HTML text node: nothing in it becomes markup."""
    return html.escape(text, quote=True)


def paragraph_start(speech: SpeechText, paragraph: int) -> int:
    """Offset of paragraph `paragraph` (1-based) in `speech.text` (paragraphs joined by \\n)."""
    return sum(len(p) + 1 for p in speech.paragraphs[: paragraph - 1])


def quote_span(speech: SpeechText, paragraph: int, start: int,
               quote: str) -> tuple[int, int] | None:
    """Where `quote` (at speech offset `start`) sits in its paragraph; found by search if the
    offset does not line up, None if it is not there at all."""
    text = speech.paragraphs[paragraph - 1]
    local = start - paragraph_start(speech, paragraph)
    if local >= 0 and text[local : local + len(quote)] == quote:
        return local, local + len(quote)
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` escaped, with each (start, end) span wrapped in <mark>; overlaps are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def answer_text_html(text: str) -> str:
    """The answer text escaped, its [n] markers set off as citation references."""
    return _MARKER.sub(r'<sup class="cite-ref">[\1]</sup>', escape(text))


@dataclass(frozen=True)
class Labels:
    """Per-answer wording, in the answer's language."""

    english: bool

    def speech(self, number: int) -> str:
        return speech_label(number, self.english)

    def paragraph(self, number: int) -> str:
        return f"paragraph {number}" if self.english else f"第 {number} 段"

    @property
    def sources(self) -> str:
        return "Sources" if self.english else "出处"

    @property
    def related(self) -> str:
        return ("Related reading — not support for an answer" if self.english
                else "相关段落（仅供参考，并非答案依据）")

    @property
    def open_reader(self) -> str:
        return "Open in reader ↗" if self.english else "阅读原文 ↗"


def _summary(labels: Labels, prefix: str, passage: Passage) -> str:
    return (f"{prefix}{escape(labels.speech(passage.speech))} · "
            f"{escape(labels.paragraph(passage.paragraph))} · {escape(passage.title)}")


def _reader_button(labels: Labels, speech: int, paragraph: int,
                   span: tuple[int, int] | None) -> str:
    start, end = span if span else ("", "")
    return (f'<button type="button" class="open-reader" value="{speech}:{paragraph}:{start}:{end}"'
            f">{escape(labels.open_reader)}</button>")


def source_panel(n: int, citations: Sequence[Citation], speech: SpeechText, labels: Labels) -> str:
    """One collapsible panel for marker [n]: its paragraph, with every quote of [n] marked."""
    passage = citations[0].passage
    paragraph = speech.paragraphs[passage.paragraph - 1]
    spans = [s for c in citations
             if (s := quote_span(speech, passage.paragraph, c.start, c.quote)) is not None]
    first = spans[0] if spans else None
    speech_span = ((first[0] + paragraph_start(speech, passage.paragraph),
                    first[1] + paragraph_start(speech, passage.paragraph)) if first else None)
    return (
        f'<details class="source" data-n="{n}"><summary>{_summary(labels, f"[{n}] ", passage)}'
        f'</summary><div class="para">{highlight(paragraph, spans)}</div>'
        f"{_reader_button(labels, passage.speech, passage.paragraph, speech_span)}</details>"
    )


def related_panel(passage: Passage, speech: SpeechText, labels: Labels) -> str:
    """A nearby passage offered as reading when the speeches do not answer: no <mark>, since
    nothing in it is quoted as support."""
    return (
        f'<details class="source related"><summary>{_summary(labels, "", passage)}</summary>'
        f'<div class="para">{escape(passage.text)}</div>'
        f"{_reader_button(labels, passage.speech, passage.paragraph, None)}</details>"
    )


def notes_html(notes: Sequence[str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return f'<ul class="notes">{items}</ul>'


def render_answer(result: Answer, speeches: dict[int, SpeechText]) -> str:
    """The whole assistant message for a finished answer."""
    labels = Labels(result.language == "en")
    parts = [f'<div class="answer{" refused" if result.refused else ""}">',
             f'<p class="answer-text">{answer_text_html(result.text)}</p>']
    if result.citations:
        by_n: dict[int, list[Citation]] = {}
        for c in result.citations:
            by_n.setdefault(c.n, []).append(c)
        parts.append(f'<div class="sources-label">{escape(labels.sources)}</div>')
        for n, group in sorted(by_n.items()):
            parts.append(source_panel(n, group, speeches[group[0].passage.speech], labels))
    if result.refused and result.related:
        parts.append(f'<div class="sources-label related-label">{escape(labels.related)}</div>')
        parts.extend(related_panel(p, speeches[p.speech], labels) for p in result.related)
    parts.append(notes_html(result.notes))
    parts.append("</div>")
    return "".join(parts)


def render_partial(text: str) -> str:
    """The answer as it streams in."""
    body = answer_text_html(text)
    return f'<div class="answer streaming"><p class="answer-text">{body}▍</p></div>'


def render_error(message: str) -> str:
    return f'<div class="answer error"><p>⚠️ {escape(message)}</p></div>'


def render_reader(speech: SpeechText | None, paragraph: int | None = None,
                  span: tuple[int, int] | None = None) -> str:
    """A whole cleaned speech, paragraphs numbered; `paragraph` highlighted, and the speech-text
    offsets `span` (a quote) marked inside it."""
    if speech is None:
        return '<div class="reader"><p>No speech to show / 没有可显示的讲话。</p></div>'
    rows = [f'<div class="reader" data-speech="{speech.number}">',
            f'<div class="reader-title">{escape(speech_label(speech.number, False))} · '
            f"{escape(speech.title)}</div>"]
    if speech.source:
        rows.append(f'<div class="reader-source">{escape(speech.source)}</div>')
    offset = 0
    for i, text in enumerate(speech.paragraphs, start=1):
        hit = i == paragraph
        body = escape(text)
        if hit and span is not None:
            local = (span[0] - offset, span[1] - offset)
            if 0 <= local[0] < local[1] <= len(text):
                body = highlight(text, [local])
        rows.append(f'<div class="reader-para{" hit" if hit else ""}" id="reader-p{i}" '
                    f'data-paragraph="{i}"><span class="pnum">{i}</span>'
                    f'<span class="ptext">{body}</span></div>')
        offset += len(text) + 1
    rows.append("</div>")
    return "".join(rows)


# ---------------------------------------------------------------- answering


def friendly_error(exc: BaseException) -> str:
    """What the user is told when answering fails; never a traceback."""
    from askspeech.answer.llm import LLMError

    if isinstance(exc, (ValueError, TypeError)):
        return str(exc)
    if isinstance(exc, IndexUnavailableError):
        return f"The speeches index is not available / 索引不可用: {exc}"
    if isinstance(exc, LLMError):
        return f"The language model endpoint failed / 语言模型服务出错: {exc}"
    return ("Something went wrong while answering; the error has been logged. "
            "Please try again. / 回答时出错，已记录日志，请重试。")


def _log_failure(exc: Exception, question: object) -> None:
    """Expected failures (a bad question, no index) briefly; anything else with its traceback,
    which goes to the log and never to the page."""
    if isinstance(exc, (ValueError, TypeError, IndexUnavailableError)):
        log.info("question not answered (%s): %s", type(exc).__name__, exc,
                 exc_info=log.isEnabledFor(logging.DEBUG))
    else:
        log.exception("answering %r failed", str(question)[:80])


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


def speech_filter(value: object) -> int | None:
    """The dropdown's (or an API caller's) speech choice as answer()'s `speech` argument."""
    if value is None or value == "":
        return None
    number = as_int(value)
    if number is None:
        raise ValueError(f"speech must be a speech number, not {value!r}")
    return None if number == ALL_SPEECHES else number


@dataclass
class Conversation:
    """One browser session: what the chatbot shows, and the raw turns answer() reads.

    The two differ: the chatbot holds escaped HTML, the history holds the question as typed."""

    shown: list[dict[str, str]]
    history: list[dict[str, str]]

    @classmethod
    def empty(cls) -> Conversation:
        return cls([], [])


class ChatHandler:
    """The chat event: streams an answer into the conversation."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _speeches(self) -> dict[int, SpeechText]:
        return {s.number: s for s in api.speeches(settings=self.settings)}

    def respond(self, question: str, speech: object, state: Conversation | None
                ) -> Iterator[tuple[list[dict[str, str]], Conversation, str]]:
        conv = state if isinstance(state, Conversation) else Conversation.empty()
        question = question if isinstance(question, str) else ""
        shown = list(conv.shown)
        if question.strip():
            # answer() reads at most max_question_chars; a pasted book need not be echoed whole.
            echo = question if len(question) <= MAX_ECHO_CHARS else question[:MAX_ECHO_CHARS] + " …"
            # No Markdown rendering, so line breaks are made explicit.
            shown.append({"role": "user", "content": escape(echo).replace("\n", "<br>")})
        started = time.perf_counter()
        first: float | None = None
        text = ""
        try:
            stream = api.answer_stream(question, list(conv.history), speech_filter(speech),
                                       settings=self.settings)
            for piece in stream:
                if isinstance(piece, Answer):
                    message = render_answer(piece, self._speeches())
                    history = [*conv.history, {"role": "user", "content": question},
                               {"role": "assistant", "content": piece.text}]
                    log.info("answered in %.2f s (first piece %.2f s, refused=%s)",
                             time.perf_counter() - started, (first or 0.0), piece.refused)
                    done = Conversation([*shown, {"role": "assistant", "content": message}],
                                        history)
                    yield done.shown, done, ""
                    return
                if not piece:
                    continue
                first = first if first is not None else time.perf_counter() - started
                text += piece
                yield [*shown, {"role": "assistant", "content": render_partial(text)}], conv, ""
        except Exception as exc:
            _log_failure(exc, question)
            failed = Conversation(
                [*shown, {"role": "assistant", "content": render_error(
                    friendly_error(exc))}], list(conv.history))
            yield failed.shown, failed, question
            return
        # answer_stream always ends with an Answer; reaching here is a bug, said kindly.
        log.error("answer stream ended without an Answer")
        ended = Conversation([*shown, {"role": "assistant", "content": render_error(
            friendly_error(RuntimeError("no answer")))}], list(conv.history))
        yield ended.shown, ended, question


def ask_endpoint(settings: Settings) -> Any:
    """The `/ask` API function: (question, speech) → Answer.to_dict(), errors as gr.Error."""
    import gradio as gr

    def ask(question: str, speech: int | None = None) -> dict[str, Any]:
        """Answer a question about the speeches; returns the answer text, whether it was
        refused, and the citations (speech, paragraph, offsets, verbatim quote).
        `speech`: 0 or None for all speeches, else one speech number."""
        try:
            return api.answer(question, None, speech_filter(speech), settings=settings).to_dict()
        except Exception as exc:
            _log_failure(exc, question)
            raise gr.Error(friendly_error(exc)) from None

    return ask


# ---------------------------------------------------------------- reader


def _reader_choices(speeches: Sequence[SpeechText]) -> list[tuple[str, int]]:
    return [(f"{speech_label(s.number, False)} · {s.title}", s.number) for s in speeches]


def parse_reader_request(value: str) -> tuple[int, int, tuple[int, int] | None] | None:
    """'speech:paragraph:start:end[:nonce]' from a source panel button → its parts."""
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


class ReaderHandler:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _speech(self, number: object) -> SpeechText | None:
        n = as_int(number)
        if n is None:
            return None
        try:
            return api.speech(n, settings=self.settings)
        except (ValueError, IndexUnavailableError):
            return None

    def show(self, number: object, paragraph: object) -> str:
        """The reader for the selectors' values (a paragraph highlighted, no quote)."""
        return render_reader(self._speech(number), as_int(paragraph))

    def open(self, request: str) -> tuple[Any, Any, Any, Any]:
        """A source panel's button: select the reader tab, set its selectors, mark the quote."""
        import gradio as gr

        parsed = parse_reader_request(request)
        if parsed is None:
            return gr.Tabs(), gr.Dropdown(), gr.Number(), gr.HTML()
        number, paragraph, span = parsed
        return (gr.Tabs(selected=READER_TAB), gr.Dropdown(value=number),
                gr.Number(value=paragraph), render_reader(self._speech(number), paragraph, span))


# ---------------------------------------------------------------- the app


def _load_speeches(settings: Settings) -> list[SpeechText]:
    try:
        return api.speeches(settings=settings)
    except IndexUnavailableError as exc:
        # Start anyway: every question will then say, in the chat, what is wrong.
        log.error("the index is not available: %s", exc)
        return []


def build_app(settings: Settings) -> gr.Blocks:
    """The web chat for `settings`, not yet launched (see `launch`)."""
    import gradio as gr
    from gradio.events import api as api_endpoint

    speeches = _load_speeches(settings)
    filter_choices = [("All speeches / 全部讲话", ALL_SPEECHES)] + [
        (f"{speech_label(s.number, False)} · {s.title}", s.number) for s in speeches]
    chat = ChatHandler(settings)
    reader = ReaderHandler(settings)

    app = gr.Blocks(title="askspeech · 讲话问答", analytics_enabled=False)
    with app:
        gr.Markdown("## askspeech · 讲话问答\nAsk about the speeches in Chinese or English; "
                    "every answer quotes the speeches and shows its sources. / "
                    "用中文或英文提问，每个回答都引用讲话原文并注明出处。")
        state = gr.State(Conversation.empty())
        with gr.Tabs(selected=CHAT_TAB, elem_id="tabs") as tabs:
            with gr.Tab("Chat / 问答", id=CHAT_TAB, elem_id="chat-tab"):
                speech = gr.Dropdown(filter_choices, value=ALL_SPEECHES, label="Speech / 讲话范围",
                                     elem_id="speech-filter")
                chatbot = gr.Chatbot(
                    elem_id="chatbot", label="askspeech", height=560,
                    render_markdown=False,  # content is HTML built here, all text escaped
                    sanitize_html=True, allow_tags=False, latex_delimiters=[],
                    buttons=["copy"], feedback_options=None,
                    placeholder="Ask a question about the speeches / 请就讲话内容提问",
                )
                with gr.Row():
                    question = gr.Textbox(show_label=False, scale=8, lines=1, max_lines=4,
                                          elem_id="question",
                                          placeholder="Type a question / 输入问题，回车发送")
                    send = gr.Button("Ask / 提问", variant="primary", scale=1, elem_id="send")
                gr.Examples([[q] for q in EXAMPLES], inputs=[question],
                            label="Examples / 示例（“那第二点呢?” is a follow-up）")
                clear = gr.Button("New conversation / 新对话", size="sm", elem_id="clear")
            with gr.Tab("Reader / 阅读原文", id=READER_TAB, elem_id="reader-tab"):
                with gr.Row():
                    first = speeches[0].number if speeches else None
                    reader_speech = gr.Dropdown(_reader_choices(speeches), value=first,
                                                label="Speech / 讲话", scale=4,
                                                elem_id="reader-speech")
                    reader_para = gr.Number(label="Paragraph / 段落", precision=0, minimum=1,
                                            scale=1, elem_id="reader-paragraph")
                reader_view = gr.HTML(reader.show(first, None), elem_id="reader-view",
                                      js_on_load=READER_JS, max_height=640, padding=True)
        bridge = gr.HTML("", visible="hidden", elem_id="reader-bridge", js_on_load=BRIDGE_JS)

        gr.on([question.submit, send.click], chat.respond, inputs=[question, speech, state],
              outputs=[chatbot, state, question], api_name="chat")
        clear.click(lambda: ([], Conversation.empty(), ""), outputs=[chatbot, state, question],
                    api_visibility="private")
        # The chatbot's own trash icon empties what is shown; forget the turns behind it too.
        chatbot.clear(Conversation.empty, outputs=[state], api_visibility="private")
        # .input, not .change: the bridge sets these selectors too, and must not be undone.
        gr.on([reader_speech.input, reader_para.input], reader.show,
              inputs=[reader_speech, reader_para], outputs=[reader_view],
              api_visibility="private")
        bridge.change(reader.open, inputs=[bridge],
                      outputs=[tabs, reader_speech, reader_para, reader_view],
                      api_visibility="private")
        api_endpoint(ask_endpoint(settings), api_name="ask")
    return app


def theme() -> Any:
    import gradio as gr

    return gr.themes.Default(font=list(SYSTEM_FONTS), font_mono=list(MONO_FONTS))


def auth_pair(settings: Settings) -> tuple[str, str] | None:
    """settings.ui_auth ("user:password") as Gradio's auth tuple."""
    if settings.ui_auth is None:
        return None
    user, sep, password = settings.ui_auth.get_secret_value().partition(":")
    if not sep or not user or not password:
        raise ValueError("ASKSPEECH_UI_AUTH must look like 'user:password'")
    return user, password


def launch(app: gr.Blocks, settings: Settings, host: str, port: int, *,
           prevent_thread_lock: bool = False, quiet: bool = False) -> str:
    """Serves `app` on host:port; returns its local URL (blocks unless prevent_thread_lock)."""
    app.queue(default_concurrency_limit=2)
    _, url, _ = app.launch(
        server_name=host, server_port=port, auth=auth_pair(settings),
        prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
        theme=theme(), css=CSS,
        ssr_mode=False, pwa=False, mcp_server=False, share=False,
        run_history=False,  # its page offers Hugging Face buckets: a remote service
        footer_links=["api", "settings"],
    )
    return str(url)


# ---------------------------------------------------------------- start-up


def _console_progress() -> Any:
    """A build-progress callback drawing one tqdm bar per stage on stderr."""
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            for other in bars.values():
                other.close()
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="text", file=sys.stderr)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return progress


def prepare(settings: Settings) -> None:
    """Builds the index if there is none, then loads model and index so the first question is
    fast."""
    from askspeech.engine import get_engine
    from askspeech.store import build_index, current_manifest

    if current_manifest(settings) is None:
        log.warning("no index yet in %s: building it now (about a minute, once)",
                    settings.index_path)
        result = build_index(settings, progress=_console_progress())
        log.warning("index %s built in %.1f s", result.manifest.build_id,
                    result.manifest.build_seconds)
    get_engine(settings).get()


def serve(host: str, port: int) -> None:
    """Starts the web chat on host:port (the environment's settings) and blocks."""
    offline_defaults()
    started = time.perf_counter()
    settings = get_settings()
    auth_pair(settings)  # a malformed ASKSPEECH_UI_AUTH fails now, not after loading
    prepare(settings)
    app = build_app(settings)
    url = launch(app, settings, host, port, prevent_thread_lock=True)
    log.info("askspeech web chat ready at %s in %.1f s", url, time.perf_counter() - started)
    # After launch, in the background: it runs while the page loads and the user types, and a
    # question asked during it only waits for it.
    threading.Thread(target=api.warm_up, args=(settings,), name="askspeech-warm-up",
                     daemon=True).start()
    try:
        app.block_thread()
    finally:
        app.close()


def _configure_logging() -> None:
    if logging.getLogger().handlers:
        return
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("askspeech").setLevel(logging.INFO)
    for noisy in ("sentence_transformers", "chromadb", "httpx", "jieba", "bm25s", "transformers"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def main() -> None:
    """`python app.py`: the web chat on the configured host/port (default 127.0.0.1:7860)."""
    offline_defaults()
    _configure_logging()
    from pydantic import ValidationError

    from askspeech.ingest.corpus import CorpusError
    from askspeech.models.embeddings import ModelError

    try:
        settings = get_settings()
        serve(settings.ui_host, settings.ui_port)
    except (CorpusError, ModelError, IndexUnavailableError, ValueError, ValidationError) as exc:
        log.error("cannot start the web chat: %s", exc)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        pass
