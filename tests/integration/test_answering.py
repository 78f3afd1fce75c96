"""Extractive answers and refusals, on the real model and index."""

from __future__ import annotations

import re

import pytest

from askspeech.answer.extractive import ExtractiveAnswerer
from askspeech.answer.types import Answer
from askspeech.api import parse
from askspeech.engine import Loaded
from askspeech.query import asked_ordinal


@pytest.fixture(scope="module")
def answerer(loaded: Loaded) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(loaded.searcher)


def ask(answerer: ExtractiveAnswerer, question: str, speech: int | None = None,
        history: list[dict[str, str]] | None = None) -> Answer:
    return answerer.answer(parse(answerer.searcher, question, history, speech), 5)


def check_verbatim(answer: Answer) -> None:
    for c in answer.citations:
        assert c.quote in c.passage.text
        assert f"[{c.n}]" in answer.text


def test_fact_answer_quotes_and_cites_the_evidence(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "篇七讲话中,村干部报酬要落实什么制度?")
    assert not a.refused and a.mode == "extractive" and a.language == "zh"
    assert "基础报酬+绩效报酬+奖励报酬" in a.text
    assert a.citations[0].passage.speech == 7
    check_verbatim(a)
    body = re.sub(r"\[\d+\]", "", a.text)
    assert len(body) < 150


def test_citation_offsets_point_into_the_speech(
    answerer: ExtractiveAnswerer, loaded: Loaded,
) -> None:
    a = ask(answerer, "篇三讲话提到,我省目前正在推进的第二轮村级组织活动场所建设共有多少个?")
    c = a.citations[0]
    assert loaded.snapshot.speeches[c.passage.speech].text[c.start : c.end] == c.quote
    assert "1989" in c.quote


def test_list_answer_follows_the_enumeration_in_order(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")
    quotes = [c.quote for c in a.citations]
    for label in "一二三四五六":
        assert any(q.startswith(f"{label}是") for q in quotes), label
    positions = [a.text.index(f"{label}是") for label in "一二三四五六"]
    assert positions == sorted(positions)
    check_verbatim(a)


def test_which_speeches_question_cites_several_speeches(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "把村级活动场所用于办公议事、党员活动、教育培训、便民服务、文体娱乐,"
                      "这一功能定位在哪两篇讲话中都出现了?")
    assert len({c.passage.speech for c in a.citations}) >= 2
    check_verbatim(a)


def test_which_speeches_use_a_quoted_term_is_searched_in_every_speech(
    answerer: ExtractiveAnswerer,
) -> None:
    a = ask(answerer, "“双培双带”在哪几篇讲话中被提到?")
    assert {c.passage.speech for c in a.citations} == {3, 6}
    assert all("双培双带" in c.quote for c in a.citations)
    # a quoted list the speeches word with more in between: every item in one sentence
    a = ask(answerer, "“本职、失职、不称职”在哪几篇讲话中出现?")
    assert {c.passage.speech for c in a.citations} == {4, 7}
    assert all(all(x in c.quote for x in ("本职", "失职", "不称职")) for c in a.citations)
    check_verbatim(a)


def test_english_question_gets_an_english_lead_in_and_chinese_quotes(
    answerer: ExtractiveAnswerer,
) -> None:
    a = ask(answerer, "In Leiyang, how many administrative villages completed their village "
                      "two-committee elections?")
    assert a.language == "en" and not a.refused
    assert a.text.startswith("Speech ")
    assert any(re.search(r"[\u4e00-\u9fff]", c.quote) for c in a.citations)


def test_off_topic_question_is_refused_with_related_reading(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "明天成都会不会下雨?")
    assert a.refused and not a.citations
    assert "没有回答" in a.text and a.related
    en = ask(answerer, "Who won the 2022 football World Cup in Qatar?")
    assert en.refused and en.text.startswith("The speeches")


def test_masked_name_is_refused_not_guessed(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "篇二讲话中作工作报告的那位市委组织部同志叫什么名字?")
    assert a.refused and "人名" in a.text


def test_an_area_the_scrape_left_blank_is_no_answer_to_how_big(
        answerer: ExtractiveAnswerer) -> None:
    # "图书室平方米": the figure before the unit is lost
    a = ask(answerer, "沙雅的村级图书室至少要建多大面积?")
    assert a.refused and "数字" in a.text


def test_slogan_mentioned_but_never_spelled_out_is_refused(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "篇七提到的党建“6543”工作思路具体指哪些内容?")
    assert a.refused and "具体内容" in a.text


def test_a_detail_about_a_named_place_or_speech_comes_from_that_one(
    answerer: ExtractiveAnswerer,
) -> None:
    # 攀枝花 is only in 篇八, which gives no membership figure: figures about other places
    # are no answer
    for question in ("攀枝花全市共有多少名党员?", "How many Party members are there in Panzhihua?"):
        assert ask(answerer, question).refused, question
    a = ask(answerer, "耒阳完成村两委换届后,共精减了多少名干部?")
    assert not a.refused and a.citations[0].passage.speech == 4 and "197" in a.text


def test_follow_up_ordinal_answers_from_that_point(answerer: ExtractiveAnswerer) -> None:
    first = "篇五讲话从哪几个方面讲了加强基层党组织建设?"
    a = ask(answerer, "那第二点呢?", history=[{"role": "user", "content": first}])
    assert not a.refused
    assert a.citations[0].passage.speech == 5
    assert asked_ordinal("那第二点呢?") == 2 and asked_ordinal("what about the third point") == 3


def test_speech_filter_limits_citations(answerer: ExtractiveAnswerer) -> None:
    a = ask(answerer, "村级组织活动场所建设", speech=4)
    assert all(c.passage.speech == 4 for c in a.citations)


