"""The command line's argument handling and error exits, in-process (no model, no index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspeech import cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # argparse exits on usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(("args", "message"), [
    ((), "required: command"),
    (("ask",), "required: question"),
    (("ask", "问题", "--speech", "seven"), "invalid int value: 'seven'"),
    (("eval",), "required: --qa"),
    (("frobnicate",), "invalid choice: 'frobnicate'"),
])
def test_usage_errors_exit_2_with_argparse_message(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and message in err and "usage: askspeech" in err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("index", "model", "ask", "eval", "serve"):
        assert command in out


def test_an_unreadable_corpus_exits_1_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASKSPEECH_INDEX_DIR", str(tmp_path / "index"))
    (tmp_path / "bad.txt").write_bytes(bytes(range(128, 256)) * 10)
    code, _, err = run(capsys, "index", "--corpus", str(tmp_path), "--rebuild")
    assert code == 1 and "askspeech: error:" in err and "bad.txt" in err
    assert not (tmp_path / "index" / "CURRENT").exists()


def test_an_empty_question_exits_1_before_loading_anything(
    capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "ask", "   ")
    assert code == 1 and "empty" in err
