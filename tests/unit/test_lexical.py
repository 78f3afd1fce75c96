"""Tokens and BM25 for the lexical half of hybrid search."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askspeech.retrieval.lexical import BM25, general_count, general_share, tokenize, words


def test_tokens_are_jieba_words_plus_bigrams_without_stopwords() -> None:
    tokens = tokenize("沙雅开展三级联创的做法")
    assert "开展" in tokens and "沙雅" in tokens  # the bigram catches a name jieba splits
    assert "的" not in tokens
    assert words("How MANY villages?") == ["villages"]


def test_general_chinese_counts_tell_everyday_words_from_rare_ones() -> None:
    assert general_count("可以") > 100 * general_count("换届") > 0
    assert general_count("不是一个词语") == 0 < general_share("不是一个词语")


def test_bm25_counts_the_documents_holding_a_token() -> None:
    bm25 = BM25([["村", "干部"], ["村", "园区"], ["治理"]])
    assert bm25.document_frequency("村") == 2 and bm25.document_frequency("党") == 0
    assert bm25.tokens_per_document == 5 / 3


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


_OURS = """
import json, sys
from askspeech.retrieval import lexical
from askspeech.text import jieba_store
jieba_store.FULL_AFTER = int(sys.argv[2])
text = sys.argv[1]
print(json.dumps({"words": lexical._jieba().lcut(text), "tags": lexical.pos_tags(text),
                  "stored": jieba_store._attached is not None}))
"""
_PLAIN = """
import json, sys
import jieba, jieba.posseg
text = sys.argv[1]
print(json.dumps({"words": jieba.lcut(text),
                  "tags": [[p.word, p.flag] for p in jieba.posseg.lcut(text)]}))
"""
TEXT = ("耒阳市永济镇的党员在讲话中作了工作报告,王东明书记到沙雅县调研。全市共完成449个远程教育与"
        "文化共享工程站点建设,实行村干部“基础报酬+绩效报酬+奖励报酬”制度。Leiyang 2010年")


def _in_new_process(script: str, tmp: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "TMPDIR": str(tmp)}  # jieba's cache and our store live in the temp dir
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def test_jieba_tables_read_from_the_store_segment_and_tag_as_jieba_does(tmp_path: Path) -> None:
    plain = _in_new_process(_PLAIN, tmp_path, TEXT)
    assert ["耒阳市", "ns"] in plain["tags"]  # type: ignore[operator]
    store = tmp_path / "askspeech-jieba.sqlite"
    first = _in_new_process(_OURS, tmp_path, TEXT, "100000")  # jieba's own loaders, then stored
    assert store.is_file() and first["stored"] is False
    by_key = _in_new_process(_OURS, tmp_path, TEXT, "100000")  # read a key at a time
    whole = _in_new_process(_OURS, tmp_path, TEXT, "5")  # loaded whole after 5 reads
    assert by_key["stored"] is True and whole["stored"] is True
    for ours in (first, by_key, whole):
        assert ours["words"] == plain["words"] and ours["tags"] == plain["tags"]

    store.write_bytes(b"not a database")  # a damaged store is rewritten, not trusted
    again = _in_new_process(_OURS, tmp_path, TEXT, "100000")
    assert again["words"] == plain["words"] and again["stored"] is False
    assert _in_new_process(_OURS, tmp_path, TEXT, "100000")["stored"] is True
