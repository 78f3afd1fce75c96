"""Surfaces a hostile tester broke, as real processes: errors are one clear line (never a raw
traceback), `serve` logs askspeech's own lines, a busy port names askspeech's settings, the web
app refuses uploads and logs a rejected API call in one line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import askspeech
from askspeech.config import Settings
from tests.conftest import free_port


def _env(**more: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(askspeech.__file__).parents[1])
    env.update(more)
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "askspeech.cli", *args], env=env,
                          capture_output=True, text=True, timeout=300)


def test_eval_with_a_missing_qa_file_is_one_clear_line(tmp_path: Path) -> None:
    done = _cli(_env(ASKSPEECH_INDEX_DIR=str(tmp_path)), "eval", "--qa", "missing.jsonl")
    assert done.returncode == 1
    assert "no such QA file" in done.stderr and "Traceback" not in done.stderr


def test_eval_without_an_index_says_how_to_build_one(tmp_path: Path) -> None:
    done = _cli(_env(ASKSPEECH_INDEX_DIR=str(tmp_path / "none")), "eval", "--qa",
                "eval/dev_qa.jsonl", "--no-baselines")
    assert done.returncode == 1, done.stdout
    assert "askspeech index" in done.stderr and "Traceback" not in done.stderr


def test_a_bad_reranker_path_is_one_clear_line(built_settings: Settings, tmp_path: Path) -> None:
    for path in (tmp_path / "nope", tmp_path):  # missing, and a folder that is no model
        done = _cli(_env(ASKSPEECH_INDEX_DIR=str(built_settings.index_path),
                         ASKSPEECH_RERANKER_PATH=str(path)), "ask", "村干部报酬")
        assert done.returncode == 1, done.stdout
        assert "ASKSPEECH_RERANKER_PATH" in done.stderr and "Traceback" not in done.stderr


def test_serve_on_a_busy_port_names_askspeech_settings(built_settings: Settings) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = _cli(_env(ASKSPEECH_INDEX_DIR=str(built_settings.index_path)), "serve",
                    "--port", str(port))
    assert done.returncode == 1
    assert "--port" in done.stderr and "ASKSPEECH_UI_PORT" in done.stderr
    assert "GRADIO_SERVER_PORT" not in done.stderr and "Traceback" not in done.stderr


def test_serve_logs_its_own_lines_refuses_uploads_and_rejects_calls_in_one_line(
        built_settings: Settings, tmp_path: Path) -> None:
    from gradio_client import Client

    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "askspeech.cli", "serve", "--port", str(port)],
            env=_env(ASKSPEECH_INDEX_DIR=str(built_settings.index_path)), stdout=out,
            stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while "web chat ready" not in log.read_text():
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(1)
        assert "askspeech" in log.read_text()
        boundary = "xYz"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
                f"filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello upload\r\n"
                f"--{boundary}--\r\n").encode()
        request = urllib.request.Request(
            f"{url}/gradio_api/upload", data=body, method="POST",
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status >= 400
        client = Client(url, verbose=False)
        try:
            client.predict("   ", None, api_name="/ask")
        except Exception as exc:
            assert "empty" in str(exc).lower()
        time.sleep(1)
        text = log.read_text()
        assert "question not answered" in text or "ValueError" in text
        assert "Traceback" not in text
    finally:
        proc.terminate()
        proc.wait(30)
