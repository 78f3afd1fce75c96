"""The web chat: its Gradio API against a real launched server, and its rendering."""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Iterator
from typing import Any

import pytest

import askspeech
from askspeech import api
from askspeech.config import Settings
from askspeech.ui.app import build_app, launch
from askspeech.ui.chat import ChatHandler, Conversation
from askspeech.ui.render import escape, render_answer, render_reader
from tests.conftest import free_port

TIMEOUT = 120
ANSWERABLE = "沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?"  # dev q001
OFF_TOPIC = "What is the capital of France?"


def start(settings: Settings) -> tuple[Any, str]:
    """The app for `settings` served on a free loopback port, in a background thread."""
    app = build_app(settings)
    url = launch(app, settings, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    return app, url


@pytest.fixture(scope="module")
def server(built_settings: Settings) -> Iterator[str]:
    app, url = start(built_settings)
    try:
        yield url
    finally:
        app.close()


@pytest.fixture(scope="module")
def client(server: str) -> Any:
    from gradio_client import Client

    return Client(server, verbose=False, download_files=False)


def chat(client: Any, question: str, speech: list[int] | None = None) -> list[dict[str, Any]]:
    """The chatbot messages after asking `question` in the client's session (`speech`: the
    filter's choice, none = all speeches)."""
    messages, _box = client.predict(question, speech or [], api_name="/chat")
    assert isinstance(messages, list)
    return messages


def text_of(message: dict[str, Any]) -> str:
    content = message["content"]
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content)
    return str(content)


def marked(html: str) -> list[str]:
    """The text inside each <mark> of `html`."""
    return [html_module.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", html, re.S)]


# ---------------------------------------------------------------- the Gradio API


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_returns_answer_and_structured_citations(
    client: Any, built_settings: Settings
) -> None:
    result = client.predict(ANSWERABLE, 0, api_name="/ask")
    assert result["refused"] is False
    assert "不自查" in result["text"]
    assert result["citations"], result
    for c in result["citations"]:
        assert f"[{c['n']}]" in result["text"]
        assert c["quote"] in c["passage"]["text"]
        speech = api.speech(c["passage"]["speech"], settings=built_settings)
        assert speech.text[c["start"] : c["end"]] == c["quote"]  # verbatim, where it says
    assert {c["passage"]["speech"] for c in result["citations"]} == {6}


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_matches_python_api(client: Any, built_settings: Settings) -> None:
    question = "篇七讲话中,村干部报酬要落实什么制度?"
    assert client.predict(question, 0, api_name="/ask") == api.answer(
        question, settings=built_settings).to_dict()


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_refuses_off_topic(client: Any) -> None:
    result = client.predict(OFF_TOPIC, None, api_name="/ask")
    assert result["refused"] is True
    assert result["citations"] == []
    assert result["related"], "a refusal still offers related reading"


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_speech_filter(client: Any) -> None:
    result = client.predict("村干部报酬", 7, api_name="/ask")
    speeches = {c["passage"]["speech"] for c in result["citations"]}
    speeches |= {p["speech"] for p in result["related"]}
    assert speeches == {7}


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
@pytest.mark.parametrize("question", ["", "   \n\t"])
def test_ask_endpoint_empty_question_is_a_friendly_error(client: Any, question: str) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as info:
        client.predict(question, 0, api_name="/ask")
    message = str(info.value)
    assert "empty" in message
    assert "Traceback" not in message


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_unknown_speech_is_a_friendly_error(client: Any) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="no speech 99"):
        client.predict("村干部报酬", 99, api_name="/ask")


# ---------------------------------------------------------------- the chat endpoint


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_streams_the_answer_then_shows_source_panels(server: str) -> None:
    from gradio_client import Client

    job = Client(server, verbose=False).submit(ANSWERABLE, [], api_name="/chat")
    final, box = job.result(timeout=60)
    updates = job.outputs()
    assert len(updates) >= 3, "the answer arrives in pieces, then the rendered answer"
    partial = text_of(updates[0][0][-1])
    assert 'class="answer streaming"' in partial
    user, bot = final[-2], final[-1]
    assert user["role"] == "user" and text_of(user) == escape(ANSWERABLE)
    html = text_of(bot)
    assert html.count('<details class="source src-') >= 1
    assert '<button type="button" class="cite-ref" value="1"' in html
    assert "范围：全部讲话" in html  # the scope it was answered in
    assert any("一是对申报对象不自查的不批。" in m for m in marked(html))
    assert 'class="open-reader" value="6:' in html
    assert box == ""


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_refusal_shows_related_reading_not_support(client: Any) -> None:
    html = text_of(chat(client, OFF_TOPIC)[-1])
    assert 'class="answer refused"' in html
    assert "do not answer" in html
    assert "Related reading" in html
    assert "<mark>" not in html  # nothing is quoted as support
    assert '<details class="source related">' in html


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_empty_question_is_a_friendly_message(server: str) -> None:
    from gradio_client import Client

    # a new session: with no question yet to go by, the message is Chinese
    messages, _box = Client(server, verbose=False).predict("   ", [], api_name="/chat")
    html = text_of(messages[-1])
    assert messages[-1]["role"] == "assistant"
    assert 'class="answer error alone"' in html and "问题是空的" in html
    assert "Traceback" not in html


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_html_in_a_question_is_escaped(client: Any) -> None:
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)> 三级联创'
    messages = chat(client, attack)
    user = next(m for m in reversed(messages) if m["role"] == "user")
    assert text_of(user) == escape(attack)
    everything = "".join(text_of(m) for m in messages)
    assert "<script" not in everything and "<img" not in everything
    assert "&lt;script&gt;" in everything


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_over_long_question_is_cut_with_a_note(client: Any) -> None:
    html = text_of(chat(client, "村干部报酬要落实什么制度?" + "请详细说明。" * 120)[-1])
    assert '<ul class="notes">' in html and "问题过长" in html  # a Chinese question


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_follow_up_reads_the_conversation(server: str) -> None:
    from gradio_client import Client

    session = Client(server, verbose=False)  # one client = one session = one conversation
    chat(session, ANSWERABLE)
    html = text_of(chat(session, "那第二点呢?")[-1])
    assert 'class="answer"' in html
    assert 'class="open-reader" value="6:' in html  # still about speech 6's "六个不批"


# ---------------------------------------------------------------- auth


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_basic_auth_from_settings(built_settings: Settings) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError
    from pydantic import SecretStr

    settings = built_settings.model_copy(update={"ui_auth": SecretStr("reader:s3cret")})
    app, url = start(settings)
    try:
        with pytest.raises(AuthenticationError, match="credentials were not provided"):
            Client(url, verbose=False)
        result = Client(url, auth=("reader", "s3cret"), verbose=False).predict(
            ANSWERABLE, 0, api_name="/ask")
        assert result["refused"] is False
    finally:
        app.close()


# ---------------------------------------------------------------- handler, no server


def answers(handler: ChatHandler, question: str, state: Conversation | None = None
            ) -> tuple[list[dict[str, str]], Conversation]:
    *_, (shown, conv, _box) = handler.respond(question, 0, state or Conversation.empty())
    return shown, conv


@pytest.mark.timeout(TIMEOUT)
def test_handler_passes_the_raw_conversation_as_history(
    built_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Any] = []
    real = api.answer_stream

    def spy(question: str, history: Any = None, speech: Any = None, **kw: Any) -> Any:
        seen.append(list(history or []))
        return real(question, history, speech, **kw)

    monkeypatch.setattr(api, "answer_stream", spy)
    handler = ChatHandler(built_settings)
    _, conv = answers(handler, "<b>沙雅</b> 六个不批 分别是什么?")
    answers(handler, "那第二点呢?", conv)
    assert seen[0] == []
    assert seen[1][0] == {"role": "user", "content": "<b>沙雅</b> 六个不批 分别是什么?"}
    assert seen[1][1]["role"] == "assistant" and "[1]" in seen[1][1]["content"]
    # the answer shown, which a follow-up is read against
    shown = seen[1][1]["answer"]
    assert isinstance(shown, askspeech.Answer) and shown.text == seen[1][1]["content"]


@pytest.mark.timeout(TIMEOUT)
def test_handler_llm_mode_without_endpoint_is_a_friendly_message(
    built_settings: Settings
) -> None:
    settings = built_settings.model_copy(update={"answer_mode": "llm", "llm_base_url": None})
    html = answers(ChatHandler(settings), ANSWERABLE)[0][-1]["content"]
    assert 'class="answer error"' in html and "LLM_BASE_URL" in html


@pytest.mark.timeout(TIMEOUT)
def test_handler_llm_endpoint_down_falls_back_with_a_note(built_settings: Settings) -> None:
    settings = built_settings.model_copy(update={
        "answer_mode": "llm", "llm_base_url": f"http://127.0.0.1:{free_port()}/v1",
        "llm_timeout": 5.0})
    html = answers(ChatHandler(settings), ANSWERABLE)[0][-1]["content"]
    assert "error" not in html.split(">", 1)[0]
    assert '<ul class="notes">' in html and "failed" in html


@pytest.mark.timeout(TIMEOUT)
def test_handler_unexpected_error_is_logged_not_shown(
    built_settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kw: Any) -> Any:
        raise KeyError("internal detail")

    monkeypatch.setattr(api, "answer_stream", broken)
    html = answers(ChatHandler(built_settings), "村干部报酬")[0][-1]["content"]
    assert "回答时出错" in html and "internal detail" not in html
    assert any("internal detail" in (r.exc_text or "") for r in caplog.records)


# ---------------------------------------------------------------- rendering


def test_render_answer_marks_the_quote_inside_its_paragraph(built_settings: Settings) -> None:
    result = api.answer(ANSWERABLE, settings=built_settings)
    speeches = {s.number: s for s in api.speeches(settings=built_settings)}
    html = render_answer(result, speeches)
    assert result.citations
    for c in result.citations:
        assert any(c.quote in m for m in marked(html)), c.quote
        para = speeches[c.passage.speech].paragraphs[c.passage.paragraph - 1]
        assert c.quote in para


def test_reader_highlights_the_paragraph_and_marks_the_quote(built_settings: Settings) -> None:
    result = api.answer("篇七讲话中,村干部报酬要落实什么制度?", settings=built_settings)
    c = result.citations[0]
    speech = api.speech(c.passage.speech, settings=built_settings)
    html = render_reader(speech, c.passage.paragraph, (c.start, c.end))
    assert html.count('class="reader-para hit"') == 1
    assert f'id="reader-p{c.passage.paragraph}"' in html
    assert f"<mark>{escape(c.quote)}</mark>" in html
    assert html.count('class="reader-para') == len(speech.paragraphs)


# ---------------------------------------------------------------- labels, scope, filters


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_passages_carry_the_speech_label(client: Any) -> None:
    result = client.predict("篇七讲话中,村干部报酬要落实什么制度?", 0, api_name="/ask")
    labels = {c["passage"]["label"] for c in result["citations"]}
    assert labels and all(label.startswith("篇七 · ") for label in labels)


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_ask_endpoint_filters_on_several_speeches(client: Any) -> None:
    result = client.predict("村干部报酬", [3, 7], api_name="/ask")
    speeches = {c["passage"]["speech"] for c in result["citations"]}
    speeches |= {p["speech"] for p in result["related"]}
    assert speeches and speeches <= {3, 7}


def test_retrieve_within_several_speeches(built_settings: Settings) -> None:
    passages = api.retrieve("村干部报酬", k=10, speech=[3, 7], settings=built_settings)
    assert {p.speech for p in passages} == {3, 7}


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_question_naming_another_speech_beats_the_filter_and_says_so(
        server: str) -> None:
    from gradio_client import Client

    html = text_of(chat(Client(server, verbose=False), "篇七讲话中,村干部报酬要落实什么制度?",
                        [3])[-1])
    assert "范围：篇七——问题点名了篇七，因此没有按筛选的篇三回答" in html
    assert 'class="open-reader" value="7:' in html and 'value="3:' not in html


@pytest.mark.server
@pytest.mark.timeout(TIMEOUT)
def test_chat_filter_scope_is_said(server: str) -> None:
    from gradio_client import Client

    html = text_of(chat(Client(server, verbose=False), "村干部报酬", [7])[-1])
    assert "范围：篇七（按筛选）" in html
