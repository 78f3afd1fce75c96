"""The e5 tokenizer, loaded in a third of the time for the scripts askspeech serves.

XLM-R's unigram vocabulary holds 250k pieces, and `tokenizers` spends about 1 s building them at
every cold start: the largest single cost of a CLI answer. A piece can only take part in a
segmentation if the (normalised) text contains every one of its characters. So for a text made
only of the *served* characters (ASCII, Latin-1, general punctuation and symbols, CJK and its
punctuation, full-width forms), the 117k pieces made only of those characters give exactly the
segmentation the whole vocabulary gives. That vocabulary, derived once beside the model with the
map back to the original ids, loads in 0.3 s. A text with any other character (Cyrillic, Kana,
Thai, Vietnamese letters…) is encoded by the full tokenizer, loaded on first need. Either way the
ids are the model's own: nothing about the vectors changes.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import threading
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

__all__ = ["SERVED_CHARACTERS", "ServedTokenizer", "derive_served"]

log = logging.getLogger(__name__)

SERVED_CHARACTERS: Final = (
    "\x00-\xff"  # ASCII and Latin-1 (é, ×, ·)
    "\u2000-\u2bff"  # punctuation, symbols, arrows, ①, ▁ (the word-start mark)
    "\u3000-\u303f\u30fb"  # CJK punctuation, and the middle dot of “七・一”
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"  # CJK ideographs
    "\uff00-\uffef"  # full-width forms
)
_SERVED: Final = re.compile(f"[{SERVED_CHARACTERS}]*")
SERVED_SUFFIX: Final = ".served.json"
IDS_SUFFIX: Final = ".served-ids.npy"
# The first pieces are the special tokens (<s>, <pad>, </s>, <unk>): kept at their own ids, so
# the post-processor's template and the unknown id need no rewriting.
_SPECIAL: Final = 4


def _paths(full: Path) -> tuple[Path, Path]:
    stem = full.name.removesuffix(".json")
    return full.with_name(stem + SERVED_SUFFIX), full.with_name(stem + IDS_SUFFIX)


def _source_key(full: Path) -> npt.NDArray[np.int64]:
    """What the served vocabulary was derived from: the file, and which characters are served."""
    st = full.stat()
    served = zlib.crc32(SERVED_CHARACTERS.encode("utf-8"))
    return np.array([st.st_size, st.st_mtime_ns, served], dtype=np.int64)


def _write_atomic(path: Path, data: bytes) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        part.write_bytes(data)
        os.replace(part, path)  # readers see the old file or the whole new one
    finally:
        part.unlink(missing_ok=True)


def derive_served(full: Path) -> bool:
    """Writes the served vocabulary beside `full` (a unigram ``tokenizer.json``); False if it
    is not a unigram tokenizer (then the full one is always used). The ids file, written last,
    holds the source file's size and mtime and the served characters' checksum: it marks the
    pair complete and current."""
    spec: dict[str, Any] = json.loads(full.read_text(encoding="utf-8"))
    model = spec.get("model") or {}
    if model.get("type") != "Unigram" or model.get("byte_fallback"):
        return False
    vocab: list[list[Any]] = model["vocab"]
    # A character no piece covers is scored from the lowest piece score: keep that piece.
    lowest = min(range(len(vocab)), key=lambda i: float(vocab[i][1]))
    kept = [i for i, (piece, _) in enumerate(vocab)
            if i < _SPECIAL or i == lowest or _SERVED.fullmatch(piece)]
    served = dict(spec, model=dict(model, vocab=[vocab[i] for i in kept]))
    pruned, ids = _paths(full)
    _write_atomic(pruned, json.dumps(served, ensure_ascii=False).encode("utf-8"))
    table = io.BytesIO()
    np.save(table, np.concatenate([_source_key(full), np.asarray(kept, dtype=np.int64)]))
    _write_atomic(ids, table.getvalue())
    return True


class ServedTokenizer:
    """Encodes texts to the model's token ids, truncated to `max_length` (with <s>, </s>).

    Uses the served vocabulary when every character of a text, normalised, is a served one,
    and the full tokenizer otherwise (loaded on first need). Derives the served vocabulary the
    first time a model folder is used without one. Thread-safe."""

    def __init__(self, full: Path, *, max_length: int) -> None:
        self.full_path = Path(full)
        self.max_length = max_length
        self._lock = threading.Lock()
        self._full: Tokenizer | None = None
        self._served: Tokenizer | None = None
        self._ids: npt.NDArray[np.int64] | None = None
        for again in (False, True):  # a damaged derived file is derived again, once
            try:
                self._served, self._ids = self._load_served(derive=again)
                break
            # a read-only folder or an unreadable derived file only costs speed (tokenizers
            # raises a bare Exception for a file it cannot parse)
            except Exception as exc:
                log.debug("served vocabulary unavailable for %s: %s", self.full_path, exc)
        if self._served is None:
            self._full = self._configure(Tokenizer.from_file(str(self.full_path)))

    def _configure(self, tok: Tokenizer) -> Tokenizer:
        tok.no_padding()  # padded by the caller, per batch
        tok.enable_truncation(max_length=self.max_length)
        return tok

    def _load_served(self, *, derive: bool) -> tuple[Tokenizer | None,
                                                     npt.NDArray[np.int64] | None]:
        pruned, ids = _paths(self.full_path)
        key = _source_key(self.full_path)
        table = np.load(ids) if ids.is_file() and pruned.is_file() and not derive else None
        if table is None or not np.array_equal(table[: len(key)], key):
            if not derive_served(self.full_path):
                return None, None
            table = np.load(ids)
        return self._configure(Tokenizer.from_file(str(pruned))), table[len(key) :]

    def full(self) -> Tokenizer:
        with self._lock:
            if self._full is None:
                self._full = self._configure(Tokenizer.from_file(str(self.full_path)))
            return self._full

    def is_served(self, text: str) -> bool:
        """Whether `text` is encoded by the served vocabulary (same ids either way)."""
        if self._served is None:
            return False
        normalizer = self._served.normalizer
        normalised = normalizer.normalize_str(text) if normalizer is not None else text
        return _SERVED.fullmatch(normalised) is not None

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in texts]
        served = [self.is_served(t) for t in texts]
        picked = [i for i, ok in enumerate(served) if ok]
        if picked and self._served is not None and self._ids is not None:
            table = self._ids
            encodings = self._served.encode_batch([texts[i] for i in picked])
            for i, e in zip(picked, encodings, strict=True):
                out[i] = table[np.asarray(e.ids, dtype=np.int64)].tolist()
        rest = [i for i, ok in enumerate(served) if not ok]
        if rest:
            for i, e in zip(rest, self.full().encode_batch([texts[i] for i in rest]),
                            strict=True):
                out[i] = list(e.ids)
        return out
