"""Lexical side of retrieval: jieba tokens for Chinese (plus character bigrams, which catch names
jieba does not know), lower-cased words for Latin text, and a BM25 index over them."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from askspeech.text import jieba_store

_jieba_lock = threading.Lock()
_jieba_ready = False

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORDISH = re.compile(r"\w", re.UNICODE)
STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 等 中 对 把 被 也 都 就 要 这 那 有 为 以 于 之 其 或 上 下 个 将
    什么 哪些 哪个 哪 多少 几 怎么 怎样 如何 为什么 是否 吗 呢 吧 啊 请问 讲话 提到 提出 指出 说 谈
    a an the of to in on for and or is are was were be by with at from as that this which what
    how many much who whom whose when where why did does do it its into about""".split()
)


def _jieba():  # type: ignore[no-untyped-def]
    global _jieba_ready
    import jieba

    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            jieba_store.attach(jieba)  # its tables read by key: see text/jieba_store.py
            _jieba_ready = True
    return jieba


def general_count(word: str) -> int:
    """How often the word occurs in jieba's dictionary counts of general Chinese (0: unknown)."""
    return int(_jieba().dt.FREQ.get(word, 0) or 0)


def general_share(word: str) -> float:
    """The word's share of general Chinese text (add-one: an unknown word is rare, not
    impossible)."""
    return (general_count(word) + 1) / float(_jieba().dt.total)


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's (word, tag) pairs. Remembered: a question is tagged by several checks,
    and the same candidate sentences come up for many questions."""
    return tuple((p.word, p.flag) for p in _posseg().lcut(text))


_posseg_module: Any = None


def _posseg():  # type: ignore[no-untyped-def]
    global _posseg_module
    jieba = _jieba()
    with _jieba_lock:
        if _posseg_module is None:
            _posseg_module = jieba_store.import_posseg(jieba)
    return _posseg_module


def words(text: str) -> list[str]:
    """jieba words, lower-cased, without punctuation, spaces or stopwords."""
    out = []
    for w in _jieba().lcut(text.lower()):
        w = w.strip()
        if w and _WORDISH.search(w) and w not in STOPWORDS:
            out.append(w)
    return out


def cjk_bigrams(text: str) -> list[str]:
    """The character bigrams of every Chinese run."""
    return [run[i : i + 2] for run in _CJK.findall(text) for i in range(len(run) - 1)]


def tokenize(text: str) -> list[str]:
    """BM25 tokens: words plus the character bigrams of every Chinese run."""
    return words(text) + cjk_bigrams(text)


class BM25:
    """Okapi BM25 (bm25s, Lucene variant) over pre-tokenised documents."""

    def __init__(self, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it forces DEBUG on import
        index = bm25s.BM25(k1=k1, b=b, method="lucene")
        # bm25s wants at least one token per document ("" stands in, and is no word)
        index.index([list(d) or [""] for d in documents], show_progress=False)
        self._adopt(index, len(documents))

    @classmethod
    def from_index(cls, index: Any, size: int) -> BM25:
        """Wraps an index bm25s built or loaded (see `store.columnar`)."""
        self = cls.__new__(cls)
        self._adopt(index, size)
        return self

    def _adopt(self, index: Any, size: int) -> None:
        self._bm25 = index
        self.size = size
        # Document frequencies from the index bm25s built (a column per token, an entry per
        # document holding it) rather than counting every token again: seconds at 100×.
        # One list first: indexing a memory-mapped array per token took 0.3 s a load.
        per_token = np.diff(np.asarray(index.scores["indptr"])).tolist()
        self._df = {t: per_token[i] for t, i in index.vocab_dict.items() if t}
        self.vocabulary = set(self._df)

    @property
    def index(self) -> Any:
        """The bm25s index (saved with the build)."""
        return self._bm25

    def document_frequency(self, token: str) -> int:
        return int(self._df.get(token, 0))

    @cached_property
    def tokens_per_document(self) -> float:
        """The distinct tokens a document holds, on average (summed on first use: only a
        question judged by keyness needs it, not opening the index)."""
        return float(sum(self._df.values())) / max(1, self.size)

    def idf(self, token: str) -> float:
        df = self._df.get(token, 0)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, query_tokens: Sequence[str]) -> npt.NDArray[np.float32]:
        ids = self._bm25.get_tokens_ids(list(query_tokens))
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores_from_ids(ids), dtype=np.float32)
