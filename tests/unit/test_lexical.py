"""Tokens and BM25 for the lexical half of hybrid search."""

from __future__ import annotations

import math

import pytest

from askspeech.retrieval.lexical import BM25, tokenize, words


def test_tokens_are_jieba_words_plus_bigrams_without_stopwords() -> None:
    tokens = tokenize("沙雅开展三级联创的做法")
    assert "开展" in tokens and "沙雅" in tokens  # the bigram catches a name jieba splits
    assert "的" not in tokens
    assert words("How MANY villages?") == ["villages"]


def test_bm25_scores_the_matching_document_highest() -> None:
    bm25 = BM25([["村", "干部", "报酬"], ["园区", "治理"], []])
    scores = bm25.scores(["报酬"])
    assert scores.argmax() == 0 and scores[1] == 0 and scores[2] == 0
    assert bm25.scores([]).sum() == 0


def test_idf_is_higher_for_rarer_tokens() -> None:
    bm25 = BM25([["党建", "报酬"], ["党建", "治理"], ["党建"], ["治理"]])
    # Okapi idf with +1 inside the log (never negative): ln(1 + (N - df + 0.5) / (df + 0.5))
    assert bm25.idf("报酬") == pytest.approx(math.log(1 + 3.5 / 1.5))
    assert bm25.idf("党建") == pytest.approx(math.log(1 + 1.5 / 3.5))
    assert bm25.idf("报酬") > bm25.idf("治理") > bm25.idf("党建") > 0
    assert bm25.idf("没有的词") > bm25.idf("报酬")  # unseen: rarest of all


def test_a_rarer_matching_token_outweighs_a_common_one() -> None:
    bm25 = BM25([["党建", "报酬"], ["党建", "治理"], ["党建", "党建"]])
    scores = bm25.scores(["党建", "报酬"])
    assert int(scores.argmax()) == 0
