"""The public Python API: `askspeech.retrieve`, `askspeech.answer`, `askspeech.answer_stream`."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import askspeech
from askspeech.config import Settings


def test_retrieve_returns_passages_with_every_field(built_settings: Settings) -> None:
    passages = askspeech.retrieve("六个不批", k=3, settings=built_settings)
    assert len(passages) == 3
    p = passages[0]
    assert p.speech == 6 and p.title.endswith("篇六") and p.paragraph >= 1
    assert p.end > p.start and p.text and p.score > 0


def test_answer_object_is_complete_and_serialisable(built_settings: Settings) -> None:
    a = askspeech.answer("篇七讲话中,村干部报酬要落实什么制度?", settings=built_settings)
    assert isinstance(a, askspeech.Answer)
    d = a.to_dict()
    assert d["mode"] == "extractive" and d["refused"] is False
    c = d["citations"][0]
    assert c["quote"] in c["passage"]["text"] and c["passage"]["speech"] == 7


def test_answer_stream_yields_text_then_the_answer(built_settings: Settings) -> None:
    pieces = list(askspeech.answer_stream("篇七讲话中,村干部报酬要落实什么制度?",
                                          settings=built_settings))
    *texts, final = pieces
    assert texts and all(isinstance(t, str) for t in texts)
    assert isinstance(final, askspeech.Answer)
    assert "".join(t for t in texts if isinstance(t, str)) == final.text


def test_over_long_questions_are_cut_to_the_documented_limit(built_settings: Settings) -> None:
    long = "篇七讲话中,村干部报酬要落实什么制度?" + "很" * 100_000
    a = askspeech.answer(long, settings=built_settings)
    assert len(a.question) == built_settings.max_question_chars
    # the note is in the question's language
    assert any(f"只按前 {built_settings.max_question_chars} 个字" in n for n in a.notes)


def test_follow_up_uses_the_conversation(built_settings: Settings) -> None:
    history = [
        {"role": "user", "content": "篇五讲话从哪几个方面讲了加强基层党组织建设?"},
        {"role": "assistant", "content": "……"},
    ]
    a = askspeech.answer("那第二点呢?", history=history, settings=built_settings)
    assert not a.refused and a.citations[0].passage.speech == 5


def test_answer_is_safe_from_many_threads(built_settings: Settings) -> None:
    questions = ["篇七讲话中,村干部报酬要落实什么制度?", "六个不批是什么?",
                 "耒阳投入了多少资金建设村级组织活动场所?", "明天会下雨吗?"] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda q: askspeech.answer(q, settings=built_settings),
                                questions))
    serial = {q: askspeech.answer(q, settings=built_settings).text for q in set(questions)}
    assert [a.text for a in answers] == [serial[q] for q in questions]


def test_speeches_are_readable_for_checking_quotes(built_settings: Settings) -> None:
    speeches = askspeech.speeches(settings=built_settings)
    assert [s.number for s in speeches] == list(range(1, 9))
    six = askspeech.speech(6, settings=built_settings)
    a = askspeech.answer("六个不批", settings=built_settings)
    c = a.citations[0]
    assert six.text[c.start : c.end] == c.quote
