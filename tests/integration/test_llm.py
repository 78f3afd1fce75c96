"""LLM answers on the real index: prompts for English and follow-up questions with LangChain
fake chat models, and the wire format and streaming against a real OpenAI-compatible HTTP
endpoint started by the test. The chain's logic is tested fast in tests/unit/test_llm_chain.py."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pydantic import SecretStr

import askspeech
from askspeech.answer.llm import (
    LLMAnswerer,
)
from askspeech.answer.types import Answer
from askspeech.api import parse
from askspeech.config import Settings
from askspeech.engine import Loaded
from tests.fakes import RecordingFake, fake_chat

QUESTION = "篇七讲话中,村干部报酬要落实什么制度?"


def fake(*replies: str) -> RecordingFake:
    return fake_chat(*replies)


@pytest.fixture()
def llm_settings(built_settings: Settings) -> Settings:
    return built_settings.model_copy(update={"answer_mode": "llm",
                                             "llm_base_url": "http://127.0.0.1:9/v1"})


def run(answerer: LLMAnswerer, question: str, history: Any = None) -> tuple[list[str], Answer]:
    pieces = list(answerer.stream(parse(answerer.searcher, question, history)))
    *texts, final = pieces
    assert isinstance(final, Answer)
    return [t for t in texts if isinstance(t, str)], final


def test_english_questions_use_the_english_prompt(loaded: Loaded, llm_settings: Settings) -> None:
    model = fake("They must implement a basic + performance + reward pay system [1].")
    _, a = run(LLMAnswerer(loaded.searcher, llm_settings, model),
               "What pay system must be implemented for village cadres in Speech 7?")
    assert "Answer in English" in str(model.seen[0][0].content)
    assert a.language == "en"


def test_follow_up_is_condensed_with_the_history(loaded: Loaded, llm_settings: Settings) -> None:
    model = fake("沙雅“六个不批”制度的第二条是什么?", "二是对申报对象不公示的不批[1]。")
    history = [("沙雅开展“三级联创”时实行的“六个不批”制度是什么?", "…")]
    _, a = run(LLMAnswerer(loaded.searcher, llm_settings, model), "那第二条呢?", history)
    assert "六个不批" in str(model.seen[0][-1].content)  # the condense prompt saw the history
    assert a.citations and a.citations[0].passage.speech == 6



def test_a_near_miss_is_refused_before_any_llm_call(loaded: Loaded,
                                                     llm_settings: Settings) -> None:
    # the speeches never mention 润州区; 篇一 never names a 省委
    for question in ("润州区的“磐石计划”给哪些领域定了三年党建目标?",
                     "篇一里,省委对全省基层组织建设提出了哪些具体部署?"):
        model = fake("磐石计划要求…[1]。")
        _, a = run(LLMAnswerer(loaded.searcher, llm_settings, model), question)
        assert a.refused and "没有提到" in a.text and not model.seen, question


# ---------------------------------------------------------------- a real HTTP endpoint


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]] = []
    reply = "认真落实村干部“基础报酬+绩效报酬+奖励报酬”制度[1]。"

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append({"path": self.path, "body": body,
                                  "auth": self.headers.get("Authorization")})
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i, piece in enumerate([self.reply[:6], self.reply[6:20], self.reply[20:]]):
                chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0,
                         "model": body["model"],
                         "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece}
                                      if i == 0 else {"content": piece}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
            done = {"id": "c1", "object": "chat.completion.chunk", "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
            return
        payload = {"id": "c1", "object": "chat.completion", "created": 0, "model": body["model"],
                   "choices": [{"index": 0, "finish_reason": "stop",
                                "message": {"role": "assistant", "content": self.reply}}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/v1"
    finally:
        server.shutdown()


def test_streaming_answer_over_an_openai_compatible_endpoint(
    built_settings: Settings, endpoint: str,
) -> None:
    settings = built_settings.model_copy(update={
        "answer_mode": "llm", "llm_base_url": endpoint, "llm_model": "qwen-test",
        "llm_api_key": SecretStr("sk-test")})
    pieces = list(askspeech.answer_stream(QUESTION, settings=settings))
    *texts, final = pieces
    assert len(texts) >= 3  # arrived in pieces, as streamed
    assert isinstance(final, askspeech.Answer)
    assert final.mode == "llm" and final.citations[0].n == 1
    assert "基础报酬" in final.citations[0].quote
    (request,) = _Handler.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "qwen-test" and request["body"]["stream"] is True
    assert request["auth"] == "Bearer sk-test"
    roles = [m["role"] for m in request["body"]["messages"]]
    assert roles == ["system", "user"]
    assert "<passage id=\"1\"" in request["body"]["messages"][1]["content"]

