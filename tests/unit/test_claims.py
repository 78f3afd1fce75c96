"""Claims of an LLM answer: segmentation, markers, and the check against the cited passage
(a deterministic fake embedder: no model)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

import pytest

from askspeech.answer.claims import ClaimChecker, check_markers, key_terms, split_claims
from askspeech.answer.deadline import DeadlineExceededError, call_until, stream_until

PASSAGE = ("要认真落实村干部“基础报酬+绩效报酬+奖励报酬”制度。建立村干部报酬正常增长机制，"
           "全市30个乡镇要在年底前完成。")


def chars(text: str) -> list[str]:
    """A stand-in tokenizer: the text's two-character runs."""
    return [text[i:i + 2] for i in range(0, len(text) - 1, 2)]


def bag(text: str) -> list[float]:
    """A fake embedding: counts of a few characters, so similar text is close."""
    return [float(text.count(c)) + 0.01 for c in "报酬制度村干部机制乡镇旅游统计书记"]


def checker(**kw: float) -> ClaimChecker:
    return ClaimChecker(bag, chars, **kw)  # type: ignore[arg-type]


def test_a_marker_after_the_full_stop_belongs_to_the_sentence_before_it() -> None:
    claims = split_claims("要落实报酬制度。[1]建立正常增长机制。[2]")
    assert [c.bare for c in claims] == ["要落实报酬制度。", "建立正常增长机制。"]
    assert [c.markers for c in claims] == [(1,), (2,)]


def test_markers_before_the_full_stop_and_closing_quotes_stay_with_their_sentence() -> None:
    claims = split_claims("落实“三报酬”制度[1][2]。他说：“要建立机制。”[3] 最后一句[1]")
    assert [c.markers for c in claims] == [(1, 2), (3,), (1,)]
    assert claims[1].bare == "他说：“要建立机制。”"


def test_a_marker_on_its_own_line_joins_the_previous_claim() -> None:
    claims = split_claims("要落实报酬制度。\n[2]")
    assert len(claims) == 1 and claims[0].markers == (2,)


def test_decimal_points_do_not_end_a_claim() -> None:
    (claim,) = split_claims("增长了3.5倍。[1]")
    assert claim.bare == "增长了3.5倍。"


def test_markers_with_any_number_of_digits_are_checked() -> None:
    assert check_markers("制度[1][99][0][123]", 5) == ("制度[1]", [1])
    assert check_markers("a[0]b[2]c[6]", 5) == ("ab[2]c", [2])


def test_numbers_and_quoted_terms_must_all_be_held() -> None:
    must, keys = key_terms("全市共有12345个党支部，实行“六个不批”。", chars)
    assert "12345" in must and "六个不批" in must and keys


def test_a_claim_restating_its_passage_is_supported() -> None:
    v = checker().check("村干部报酬要落实“基础报酬+绩效报酬+奖励报酬”制度。", PASSAGE,
                        [bag(PASSAGE)])
    assert v.supported, v.reason


def test_an_invented_number_is_not_supported() -> None:
    v = checker().check("全市12345个乡镇要完成村干部报酬制度。", PASSAGE, [bag(PASSAGE)])
    assert not v.supported and "12345" in v.missing


def test_a_number_written_in_chinese_matches_digits() -> None:
    v = checker().check("三十个乡镇要在年底前完成村干部报酬机制。", PASSAGE, [bag(PASSAGE)])
    assert "三十" not in v.missing


def test_a_claim_with_words_the_passage_lacks_is_not_supported() -> None:
    v = checker().check("要大力发展智慧旅游示范区统计书记。", PASSAGE, [bag(PASSAGE)])
    assert not v.supported and v.missing


def test_a_claim_far_from_every_sentence_is_not_supported() -> None:
    strict = ClaimChecker(bag, lambda t: [], min_similarity=0.99)
    v = strict.check("Tourism statistics.", PASSAGE, [bag(PASSAGE)])
    assert not v.supported and v.similarity < 0.99 and "similarity" in v.reason


def test_closeness_is_judged_against_the_nearest_unit_of_the_index() -> None:
    near = ClaimChecker(bag, chars, nearest=lambda v: 1.0, min_similarity=0.0, margin=0.01)
    v = near.check("村干部报酬制度。", PASSAGE, [bag("乡镇乡镇乡镇")])
    assert not v.supported


# ---------------------------------------------------------------- the deadline


def test_a_stream_past_its_deadline_raises_and_frees_the_caller() -> None:
    def slow() -> Iterator[str]:
        for piece in "abcdef":
            time.sleep(0.3)
            yield piece

    got: list[str] = []
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        for piece in stream_until(slow, time.monotonic() + 1.0):
            got.append(piece)
    assert time.monotonic() - started < 1.3 and 1 <= len(got) < 6


def test_a_hanging_call_is_abandoned_at_the_deadline() -> None:
    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        call_until(lambda: release.wait(30), time.monotonic() + 0.5)
    assert time.monotonic() - started < 1.0
    release.set()


def test_errors_of_the_work_reach_the_caller() -> None:
    def boom() -> Sequence[str]:
        raise ConnectionError("refused")

    with pytest.raises(ConnectionError):
        call_until(boom, time.monotonic() + 5)
