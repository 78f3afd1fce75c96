"""LLM mode against a real, misbehaving OpenAI-compatible server process (`llm_server.py`):
claims, markers, fallbacks, the deadline, the CLI and `askspeech eval`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import askspeech
from askspeech.answer.llm import UNSUPPORTED, LLMAnswerer, make_chat_model
from askspeech.answer.types import Answer
from askspeech.api import parse
from askspeech.config import Settings
from askspeech.engine import Loaded

SERVER = Path(__file__).with_name("llm_server.py")
QUESTION = "篇七讲话中,村干部报酬要落实什么制度?"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, str(SERVER)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("PORT "), line
        yield f"http://127.0.0.1:{line.split()[1]}/v1"
    finally:
        proc.kill()
        proc.wait()


def llm(built_settings: Settings, server: str, behaviour: str, **more: Any) -> Settings:
    return built_settings.model_copy(
        update={"answer_mode": "llm", "llm_base_url": server, "llm_model": behaviour, **more}
    )


def ask(
    loaded: Any, settings: Settings, question: str = QUESTION, history: Any = None, **chat: Any
) -> tuple[list[str], Answer, float]:
    model = make_chat_model(settings)
    if chat:
        model = model.model_copy(update=chat)
    answerer = LLMAnswerer(loaded.searcher, settings, model)
    started = time.monotonic()
    pieces = list(answerer.stream(parse(loaded.searcher, question, history)))
    took = time.monotonic() - started
    *texts, final = pieces
    assert isinstance(final, Answer)
    return [t for t in texts if isinstance(t, str)], final, took


def test_marker_after_the_full_stop_highlights_the_sentence_written(
    loaded: Loaded, built_settings: Settings, server: str
) -> None:
    _, a, _ = ask(loaded, llm(built_settings, server, "ok"))
    assert a.mode == "llm" and not a.refused, a.notes
    (c,) = a.citations
    # the server wrote passage 1's second sentence, then "[1]": that sentence is the quote,
    # not the passage's first one
    written = a.text.replace("[1]", "").strip()
    assert not c.passage.text.startswith(written)
    assert c.quote.strip() == written
    assert a.claim_support == (1, 1)


def test_invented_claim_is_marked_and_the_supported_one_kept(
    loaded: Loaded, built_settings: Settings, server: str
) -> None:
    _, a, _ = ask(loaded, llm(built_settings, server, "invent"))
    assert a.mode == "llm" and a.claim_support == (1, 2)
    assert f"王建国同志统一领导{UNSUPPORTED}。" in a.text and "领导。[1]" not in a.text
    assert any(UNSUPPORTED in n for n in a.notes)
    assert "12345" not in a.citations[0].quote


def test_answer_with_no_supported_claim_falls_back_to_extractive(
    loaded: Loaded, built_settings: Settings, server: str
) -> None:
    _, a, _ = ask(loaded, llm(built_settings, server, "invent-all"))
    assert a.mode == "extractive" and a.citations and "12345" not in a.text
    assert a.claim_support == (0, 2)
    assert any("no claim" in n for n in a.notes)


def test_invalid_markers_of_any_length_are_dropped(
    loaded: Loaded, built_settings: Settings, server: str
) -> None:
    _, a, _ = ask(loaded, llm(built_settings, server, "markers"))
    assert a.mode == "llm"
    for bad in ("[99]", "[0]", "[123]"):
        assert bad not in a.text
    assert [c.n for c in a.citations] == [1]


@pytest.mark.parametrize("behaviour", ["error500", "malformed", "drop"])
def test_a_failing_endpoint_falls_back_with_a_note(
    loaded: Loaded, built_settings: Settings, server: str, behaviour: str
) -> None:
    _, a, took = ask(loaded, llm(built_settings, server, behaviour, llm_timeout=20.0))
    assert a.mode == "extractive" and a.citations and a.notes
    assert took < 15


def test_non_streaming_requests_are_understood_too(
    loaded: Loaded, built_settings: Settings, server: str
) -> None:
    plain: dict[str, Any] = {"streaming": False, "disable_streaming": True}
    _, a, _ = ask(loaded, llm(built_settings, server, "ok"), **plain)
    assert a.mode == "llm" and a.claim_support == (1, 1)
    _, bad, _ = ask(loaded, llm(built_settings, server, "malformed"), **plain)
    assert bad.mode == "extractive"


@pytest.mark.parametrize("behaviour", ["hang", "slow"])
def test_the_timeout_is_a_deadline_for_the_whole_answer(
    loaded: Loaded, built_settings: Settings, server: str, behaviour: str
) -> None:
    settings = llm(built_settings, server, behaviour, llm_timeout=3.0)
    # a follow-up: condensing and answering both fall under the one deadline
    history = [("沙雅开展“三级联创”时实行的“六个不批”制度是什么?", "…")]
    # what the answer costs without any LLM (searching twice and the extractive fallback), on
    # this machine now: the deadline may add only that
    started = time.monotonic()
    for _ in range(2):
        loaded.answerer.answer(parse(loaded.searcher, "那第二条呢?", history), 5)
    local = time.monotonic() - started
    _, a, took = ask(loaded, settings, "那第二条呢?", history)
    # per request, the client's own timeout would allow 2 attempts x 3 s for condensing and as
    # much again for answering (12 s); a slow stream has no limit at all
    assert took < 3.0 + 1.5 * local + 1.0, (took, local)
    assert a.mode == "extractive" and any("within 3 s" in n for n in a.notes)
    _, a, took = ask(loaded, settings)
    assert took < 3.0 + 1.5 * local + 1.0 and a.mode == "extractive"


def _cli(env: dict[str, str], *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "askspeech.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "ASKSPEECH_INDEX_DIR": str(settings.index_path),
            "ASKSPEECH_ANSWER_MODE": "llm",
            "ASKSPEECH_LLM_BASE_URL": str(settings.llm_base_url),
            "ASKSPEECH_LLM_MODEL": settings.llm_model,
            "PYTHONPATH": str(Path(askspeech.__file__).parents[1]),
        }
    )
    return env


def test_cli_prints_the_fallback_answer_not_just_the_note(
    built_settings: Settings, server: str
) -> None:
    settings = llm(built_settings, server, "nomarker")
    done = _cli(_env(settings), "ask", QUESTION)
    assert done.returncode == 0, done.stderr
    extractive = askspeech.answer(QUESTION, settings=built_settings)
    assert extractive.text in done.stdout
    assert "extractive answer" in done.stdout


def test_eval_in_llm_mode_reports_claim_support(
    built_settings: Settings, server: str, tmp_path: Path
) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps(
            {
                "id": "a",
                "question": QUESTION,
                "answerable": True,
                "evidence": ["基础报酬+绩效报酬+奖励报酬"],
                "speech": 7,
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    done = _cli(
        _env(llm(built_settings, server, "invent")),
        "eval",
        "--qa",
        str(qa),
        "--no-baselines",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    answers = json.loads(done.stdout)["answers"]
    assert answers["claims_checked"] == 2 and answers["claim_support"] == 0.5
    human = _cli(
        _env(llm(built_settings, server, "invent")), "eval", "--qa", str(qa), "--no-baselines"
    )
    assert "claims supported by their passage: 0.500 (1 of 2)" in human.stdout
