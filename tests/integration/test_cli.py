"""The `askspeech` command line, run as users run it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askspeech.config import Settings
from tests.conftest import DEV_QA


def cli(settings: Settings, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASKSPEECH_INDEX_DIR": str(settings.index_path),
           "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "askspeech.cli", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_index_status_shows_what_is_indexed(built_settings: Settings) -> None:
    out = cli(built_settings, "index", "--status")
    assert out.returncode == 0, out.stderr
    assert "bundled-e5-small" in out.stdout and "'speeches': 8" in out.stdout


def test_index_on_an_unchanged_corpus_is_a_quick_no_op(built_settings: Settings) -> None:
    out = cli(built_settings, "index")
    assert out.returncode == 0, out.stderr
    assert "up to date" in out.stdout and "repeated paragraphs removed" in out.stdout


def test_bad_corpus_gives_a_clear_error_and_keeps_the_index(built_settings: Settings,
                                                           tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(bytes(range(128, 256)) * 10)
    out = cli(built_settings, "index", "--corpus", str(tmp_path), "--rebuild")
    assert out.returncode == 1
    assert "bad.txt" in out.stderr and "Traceback" not in out.stderr
    assert cli(built_settings, "index", "--status").returncode == 0


def test_ask_prints_answer_and_citations_or_json(built_settings: Settings) -> None:
    out = cli(built_settings, "ask", "篇七讲话中,村干部报酬要落实什么制度?", "--json")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["citations"][0]["passage"]["speech"] == 7
    text = cli(built_settings, "ask", "六个不批", "--speech", "6")
    assert text.returncode == 0 and "[1]" in text.stdout and "第" in text.stdout


def test_ask_names_speeches_by_label_and_takes_several(built_settings: Settings) -> None:
    out = cli(built_settings, "ask", "村干部报酬", "--speech", "3", "--speech", "7", "--json")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    passages = [c["passage"] for c in answer["citations"]] + answer["related"]
    assert passages and {p["speech"] for p in passages} <= {3, 7}
    assert all(p["label"].startswith(("篇三 · ", "篇七 · ")) for p in passages)
    text = cli(built_settings, "ask", "篇七讲话中,村干部报酬要落实什么制度?")
    assert "[1] 篇七 · " in text.stdout


def test_ask_with_an_empty_question_explains(built_settings: Settings) -> None:
    out = cli(built_settings, "ask", "   ")
    assert out.returncode == 1 and "empty" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.timeout(1200)
def test_eval_reports_retrieval_answers_refusals_and_latency(built_settings: Settings) -> None:
    # three retrievers and the answers over the dev set: minutes on a loaded 2-core machine
    out = cli(built_settings, "eval", "--qa", str(DEV_QA), "--json", timeout=900)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert set(report["retrieval"]) == {"hybrid", "bm25", "vector"}
    hybrid = report["retrieval"]["hybrid"]
    assert hybrid["recall"]["5"] >= 0.95 and hybrid["mrr"] >= 0.8
    answers = report["answers"]
    assert answers["cited_evidence"] >= 0.9
    assert answers["refusal_unanswerable"] >= 0.8 and answers["false_refusal"] <= 0.05
    latency = report["latency_ms"]["answer"]
    assert 0 < latency["p50"] <= latency["p95"]
