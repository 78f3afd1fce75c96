"""Tokens and BM25 for the lexical half of hybrid search."""

from __future__ import annotations

import json
import marshal
import math
import os
import subprocess
import sys
from pathlib import Path

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


_TAG_SCRIPT = """
import json, sys
from askspeech.retrieval import lexical
tags = lexical.pos_tags(sys.argv[1])
import jieba.posseg
print(json.dumps({"tags": tags, "size": len(jieba.posseg.dt.word_tag_tab)}))
"""
_PLAIN_SCRIPT = """
import json, sys
import jieba.posseg
print(json.dumps({"tags": [[p.word, p.flag] for p in jieba.posseg.lcut(sys.argv[1])],
                  "size": len(jieba.posseg.dt.word_tag_tab)}))
"""


def _tags_in_new_process(script: str, text: str, tmp: Path) -> dict[str, object]:
    env = {**os.environ, "TMPDIR": str(tmp)}  # jieba's and our caches live in the temp dir
    out = subprocess.run([sys.executable, "-c", script, text], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def test_pos_tags_from_the_cache_are_the_ones_jiebas_own_loader_gives(tmp_path: Path) -> None:
    text = "耒阳市永济镇的党员在讲话中作了工作报告,王东明书记到沙雅县调研"
    plain = _tags_in_new_process(_PLAIN_SCRIPT, text, tmp_path)
    cache = tmp_path / "askspeech-jieba-pos.cache"
    first = _tags_in_new_process(_TAG_SCRIPT, text, tmp_path)  # writes the cache
    assert cache.is_file()
    cached = _tags_in_new_process(_TAG_SCRIPT, text, tmp_path)  # reads it
    assert first == cached == plain and int(str(plain["size"])) > 300_000
    assert ["耒阳市", "ns"] in plain["tags"]  # type: ignore[operator]

    cache.write_bytes(b"not marshal")  # a damaged cache is rebuilt, not trusted
    assert _tags_in_new_process(_TAG_SCRIPT, text, tmp_path) == plain
    assert marshal.loads(cache.read_bytes())[1]  # rewritten whole
