"""The Gradio web chat: the page's layout and wiring, its launch and start-up.

What each part does lives beside it: `chat` (asking, scope, retry, feedback events), `reader`
(the reader tab), `render` (all HTML, and each answer as Markdown), `wording` (every message in
Chinese and English), `feedback` (the JSON-lines store), `suggest` (follow-ups from the outline);
the page's CSS and JavaScript are package files under `static/`.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from importlib import resources
from typing import TYPE_CHECKING, Any

from askspeech import api
from askspeech.config import Settings, get_settings, offline_defaults
from askspeech.store import IndexUnavailableError, SpeechText
from askspeech.ui.chat import ChatHandler, Conversation, ask_endpoint
from askspeech.ui.reader import CHAT_TAB, READER_TAB, SPEECH_LIST, ReaderHandler, reader_choices

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger(__name__)

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


def static_text(name: str) -> str:
    """A file of the page (CSS or JavaScript) shipped in askspeech/ui/static."""
    return resources.files("askspeech.ui").joinpath("static", name).read_text(encoding="utf-8")


def _load_speeches(settings: Settings) -> list[SpeechText]:
    try:
        return api.speeches(settings=settings)
    except IndexUnavailableError as exc:
        # Start anyway: every question will then say, in the chat, what is wrong.
        log.error("the index is not available: %s", exc)
        return []


def _feedback_events(chat: ChatHandler) -> tuple[Any, Any]:
    """The rating and comment functions, with the annotation Gradio reads to pass LikeData."""
    import gradio as gr

    def rate(state: Conversation, data: gr.LikeData) -> tuple[Conversation, Any]:
        conv, offer = chat.rate(state, data)
        return conv, gr.Row(visible=offer)

    rate.__annotations__ = {"state": Conversation, "data": gr.LikeData, "return": tuple}

    def comment(text: str, state: Conversation) -> tuple[Conversation, Any, str]:
        return chat.comment(text, state), gr.Row(visible=False), ""

    return rate, comment


def build_app(settings: Settings) -> gr.Blocks:
    """The web chat for `settings`, not yet launched (see `launch`)."""
    import gradio as gr
    from gradio.events import api as api_endpoint

    speeches = _load_speeches(settings)
    filter_choices = [(s.label or s.title, s.number) for s in speeches]
    chat = ChatHandler(settings)
    reader = ReaderHandler(settings)
    rate, comment_fn = _feedback_events(chat)

    app = gr.Blocks(title="askspeech · 讲话问答", analytics_enabled=False)
    with app:
        gr.Markdown("## askspeech · 讲话问答\n用中文或英文提问，每个回答都引用讲话原文并注明出处。"
                    " / Ask in Chinese or English; every answer quotes its sources.",
                    elem_id="header")
        state = gr.State(Conversation.empty())
        with gr.Tabs(selected=CHAT_TAB, elem_id="tabs") as tabs:
            with gr.Tab("Chat / 问答", id=CHAT_TAB, elem_id="chat-tab"):
                chatbot = gr.Chatbot(
                    elem_id="chatbot", show_label=False, height="calc(100dvh - 250px)",
                    render_markdown=False,  # content is HTML built here, all text escaped
                    sanitize_html=True, allow_tags=False, latex_delimiters=[],
                    buttons=[],  # the answer's own Copy gives text, not its HTML
                    feedback_options=("Like", "Dislike"),
                    placeholder="请就讲话内容提问 / Ask a question about the speeches",
                )
                with gr.Row(equal_height=True):
                    question = gr.Textbox(show_label=False, scale=8, lines=1, max_lines=4,
                                          elem_id="question", autofocus=True,
                                          placeholder="输入问题，回车发送 / Type a question")
                    send = gr.Button("提问 / Ask", variant="primary", scale=1, min_width=80,
                                     elem_id="send")
                with gr.Row(visible=False, elem_id="comment-row") as comment_row:
                    comment = gr.Textbox(show_label=False, scale=8, elem_id="comment",
                                         placeholder="想补充说明吗？（可不填）/ "
                                                     "Add a comment (optional)")
                    comment_send = gr.Button("发送意见 / Send", scale=1, size="sm",
                                             elem_id="comment-send")
                with gr.Row():
                    retry = gr.Button("↻ 重问 / Retry", size="sm", elem_id="retry")
                    edit = gr.Button("✎ 修改上一问 / Edit", size="sm", elem_id="edit")
                    export = gr.Button("⤓ 导出 / Export", size="sm", elem_id="export")
                    clear = gr.Button("新对话 / New", size="sm", elem_id="clear")
                speech = gr.Dropdown(filter_choices, value=[], multiselect=True,
                                     label="回答范围（不选 = 全部讲话）/ Speeches (none = all)",
                                     elem_id="speech-filter")
                gr.Examples([[q] for q in EXAMPLES], inputs=[question],
                            label="示例 / Examples（“那第二点呢?” is a follow-up）")
            with gr.Tab("Reader / 阅读原文", id=READER_TAB, elem_id="reader-tab"):
                with gr.Row(equal_height=True):
                    back = gr.Button("← 返回问答 / Back to chat", size="sm", scale=1,
                                     elem_id="back-to-chat")
                    reader_speech = gr.Dropdown(reader_choices(speeches), value=SPEECH_LIST,
                                                label="Speech / 讲话", scale=4,
                                                elem_id="reader-speech")
                with gr.Row(equal_height=True):
                    reader_para = gr.Number(label="Paragraph / 段落", precision=0, scale=1,
                                            elem_id="reader-paragraph")
                    reader_find = gr.Textbox(label="Find in speech / 在本篇中查找", scale=3,
                                             elem_id="reader-find")
                reader_view = gr.HTML(reader.show(SPEECH_LIST), elem_id="reader-view",
                                      js_on_load=static_text("reader.js"), padding=True)
        bridge = gr.HTML("", visible="hidden", elem_id="reader-bridge",
                         js_on_load=static_text("bridge.js"))

        gr.on([question.submit, send.click], chat.respond, inputs=[question, speech, state],
              outputs=[chatbot, state, question], api_name="chat")
        retry.click(chat.retry, inputs=[speech, state], outputs=[chatbot, state, question],
                    api_visibility="private")
        edit.click(chat.edit_last, inputs=[state], outputs=[chatbot, state, question],
                   api_visibility="private")
        export.click(None, js="() => window.askspeechExport()", api_visibility="private")
        # A new conversation starts from every speech again: the filter goes with the history.
        clear.click(lambda: ([], Conversation.empty(), "", [], gr.Row(visible=False)),
                    outputs=[chatbot, state, question, speech, comment_row],
                    api_visibility="private")
        # The chatbot's own trash icon empties what is shown; forget the turns behind it too.
        chatbot.clear(Conversation.empty, outputs=[state], api_visibility="private")
        chatbot.like(rate, inputs=[state], outputs=[state, comment_row],
                     api_visibility="private")
        gr.on([comment.submit, comment_send.click], comment_fn, inputs=[comment, state],
              outputs=[state, comment_row, comment], api_visibility="private")
        # .input, not .change: the bridge sets these selectors too, and must not be undone.
        gr.on([reader_speech.input, reader_para.submit, reader_find.submit], reader.show,
              inputs=[reader_speech, reader_para, reader_find], outputs=[reader_view],
              api_visibility="private")
        back.click(lambda: gr.Tabs(selected=CHAT_TAB), outputs=[tabs], api_visibility="private")
        bridge.change(reader.open, inputs=[bridge],
                      outputs=[tabs, reader_speech, reader_para, reader_find, reader_view],
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
    try:
        _, url, _ = app.launch(
            server_name=host, server_port=port, auth=auth_pair(settings),
            prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
            theme=theme(), css=static_text("app.css"), js=static_text("app.js"),
            ssr_mode=False, pwa=False, mcp_server=False, share=False,
            run_history=False,  # its page offers Hugging Face buckets: a remote service
            footer_links=["api"],
            max_file_size=0,  # the app takes no uploads: Gradio's upload route refuses files
        )
    except OSError as exc:
        if "port" not in str(exc).lower():
            raise
        # Gradio's message says GRADIO_SERVER_PORT, which askspeech does not read.
        raise ValueError(
            f"port {port} on {host} is in use. Start on another one with "
            f"`askspeech serve --port N` or ASKSPEECH_UI_PORT=N."
        ) from None
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
    """Builds the index if there is none and opens it; the model is only located here (a
    missing one fails the start now) and loads after launch, in the warm-up."""
    from askspeech.engine import get_engine
    from askspeech.models.embeddings import resolve_model
    from askspeech.store import build_index, current_build_id

    if current_build_id(settings) is None:  # (the manifest would need Chroma's client: 1.3 s)
        log.warning("no index yet in %s: building it now (about a minute, once)",
                    settings.index_path)
        result = build_index(settings, progress=_console_progress())
        log.warning("index %s built in %.1f s", result.manifest.build_id,
                    result.manifest.build_seconds)
    resolve_model(settings)
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
