"""The public functions check their arguments before touching the model or index: wrong types
and out-of-range values are clear errors, and the Python API reads `speech` as the web API does."""

from __future__ import annotations

import pytest

import askspeech
from askspeech.api import check_history, passage_count, speech_number
from askspeech.config import Settings

SETTINGS = Settings(index_dir="/nonexistent/askspeech-index")  # type: ignore[arg-type]


@pytest.mark.parametrize("k", [-1, 0, 51])
def test_retrieve_rejects_a_k_out_of_range(k: int) -> None:
    with pytest.raises(ValueError, match="k must be between 1 and 50"):
        askspeech.retrieve("村干部报酬", k=k, settings=SETTINGS)


@pytest.mark.parametrize("k", [True, 2.5, "3"])
def test_retrieve_rejects_a_k_that_is_not_a_whole_number(k: object) -> None:
    with pytest.raises(TypeError, match="k must be a whole number"):
        askspeech.retrieve("村干部报酬", k=k, settings=SETTINGS)  # type: ignore[arg-type]


def test_k_none_is_the_configured_top_k() -> None:
    assert passage_count(None, SETTINGS) == SETTINGS.top_k and passage_count(7, SETTINGS) == 7


def test_speech_as_digits_is_read_as_the_web_api_reads_it() -> None:
    assert speech_number("3") == 3 and speech_number(" 3 ") == 3 and speech_number(3) == 3
    assert speech_number(None) is None


@pytest.mark.parametrize("speech", [True, False, 2.0, "三", [True]])
def test_speech_of_another_type_is_a_type_error(speech: object) -> None:
    with pytest.raises(TypeError, match="speech must be a speech number"):
        askspeech.answer("村干部报酬", speech=speech, settings=SETTINGS)  # type: ignore[arg-type]


@pytest.mark.parametrize("history", ["篇七讲了什么", [("only one",)], [{"role": "user"}],
                                     [{"content": "x"}], 5])
def test_malformed_history_is_a_type_error_naming_the_format(history: object) -> None:
    with pytest.raises(TypeError, match="history|history turn"):
        askspeech.answer("那第二点呢?", history=history, settings=SETTINGS)  # type: ignore[arg-type]


def test_both_history_formats_are_accepted() -> None:
    check_history([{"role": "user", "content": "篇七讲了什么?"},
                   {"role": "assistant", "content": "…"}])
    check_history([("篇七讲了什么?", "…")])
    check_history(None)
