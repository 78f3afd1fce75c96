"""Lexical side of retrieval: jieba tokens for Chinese (plus character bigrams, which catch names
jieba does not know), lower-cased words for Latin text, and a BM25 index over them."""

from __future__ import annotations

import importlib
import io
import logging
import marshal
import math
import os
import re
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

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
            jieba.initialize()
            _jieba_ready = True
    return jieba


def pos_tags(text: str) -> list[tuple[str, str]]:
    """jieba.posseg's (word, tag) pairs."""
    return [(p.word, p.flag) for p in _posseg().lcut(text)]


_pos_ready = False
log = logging.getLogger(__name__)


def _posseg():  # type: ignore[no-untyped-def]
    global _pos_ready
    jieba = _jieba()
    with _jieba_lock:
        if not _pos_ready:
            _import_posseg(jieba)
            _pos_ready = True
    return sys.modules["jieba.posseg"]


def _import_posseg(jieba) -> None:  # type: ignore[no-untyped-def]
    """Imports jieba.posseg with its word -> tag table read from a marshal cache beside jieba's own.

    posseg parses its 349k-line dictionary on every import (0.4-0.6 s of a 2.7 s cold CLI
    answer); the same table loads from marshal in about 0.14 s. The cache is keyed by the
    dictionary file and rebuilt by jieba's own loader whenever that changes."""
    if "jieba.posseg" in sys.modules:
        return
    dictionary = Path(jieba.dt.dictionary or Path(jieba.__file__).with_name("dict.txt"))
    try:
        st = dictionary.stat()
        key = f"{dictionary.resolve()}|{st.st_size}|{st.st_mtime_ns}|{jieba.__version__}"
    except OSError:
        importlib.import_module("jieba.posseg")  # jieba reports its own dictionary problems
        return
    cache = Path(jieba.dt.tmp_dir or tempfile.gettempdir()) / "askspeech-jieba-pos.cache"
    table = _read_tag_cache(cache, key)
    if table is None:
        posseg = importlib.import_module("jieba.posseg")
        _write_tag_cache(cache, key, posseg.dt.word_tag_tab)
        return
    # POSTokenizer's constructor reads the dictionary the tokenizer hands it: hand it nothing,
    # then give it the cached table.
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        posseg = importlib.import_module("jieba.posseg")
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = table


def _read_tag_cache(cache: Path, key: str) -> dict[str, str] | None:
    try:
        stored_key, table = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if stored_key != key or not isinstance(table, dict) or not table:
        return None
    return table


def _write_tag_cache(cache: Path, key: str, table: dict[str, str]) -> None:
    part = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    try:
        part.write_bytes(marshal.dumps((key, table)))
        os.replace(part, cache)  # readers see the old file or the whole new one
    except OSError as exc:  # a read-only or full temp dir only costs speed
        log.debug("POS tag cache not written to %s: %s", cache, exc)
        part.unlink(missing_ok=True)


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

    def idf(self, token: str) -> float:
        df = self._df.get(token, 0)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, query_tokens: Sequence[str]) -> npt.NDArray[np.float32]:
        ids = self._bm25.get_tokens_ids(list(query_tokens))
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores_from_ids(ids), dtype=np.float32)
