"""The served vocabulary: a unigram tokenizer cut to the served characters gives the full
tokenizer's ids, and texts with other characters go to the full one (a tiny real tokenizer)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers, processors

from askspeech.models.served_tokenizer import ServedTokenizer, derive_served

PIECES = [
    ("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0),
    ("▁", -2.0), ("基层", -3.0), ("党建", -3.0), ("基", -5.0), ("层", -5.0), ("党", -5.0),
    ("建", -5.0), ("▁Пр", -4.0), ("ив", -4.0), ("ет", -4.0), ("П", -6.0), ("р", -6.0),
    ("и", -6.0), ("в", -6.0), ("е", -6.0), ("т", -6.0), ("▁party", -3.0), ("▁ấ", -4.0),
    ("ấ", -30.0),  # the lowest score: characters no piece covers are scored from it
]


def write_tokenizer(folder: Path) -> Path:
    tok = Tokenizer(models.Unigram(PIECES, unk_id=3, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    path = folder / "tokenizer.json"
    tok.save(str(path))
    return path


def full_ids(path: Path, texts: list[str], max_length: int = 512) -> list[list[int]]:
    tok = Tokenizer.from_file(str(path))
    tok.enable_truncation(max_length=max_length)
    return [e.ids for e in tok.encode_batch(texts)]


TEXTS = ["基层党建", "party 基层", "党建 党", "基层 Привет", "ấ 党", "党 ☆ 基", "基层党建" * 50, ""]


def test_served_ids_are_the_full_tokenizers_ids(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    served = ServedTokenizer(path, max_length=512)
    assert served.encode_batch(TEXTS) == full_ids(path, TEXTS)


def test_only_texts_with_unserved_characters_load_the_full_tokenizer(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    served = ServedTokenizer(path, max_length=512)
    assert [served.is_served(t) for t in TEXTS] == [True, True, True, False, False, True, True,
                                                    True]
    served.encode_batch(["基层党建", "party 基层"])
    assert served._full is None  # the 250k-piece load is what this module saves
    served.encode_batch(["基层 Привет"])
    assert served._full is not None


def test_the_cut_vocabulary_keeps_specials_and_the_lowest_score(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    assert derive_served(path)
    table = np.load(tmp_path / "tokenizer.served-ids.npy")
    kept = [PIECES[i][0] for i in table[3:]]
    assert kept[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert "ấ" in kept and "▁ấ" not in kept and "▁Пр" not in kept
    assert "基层" in kept and "▁party" in kept


def test_truncation_counts_the_same_tokens(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    served = ServedTokenizer(path, max_length=7)
    texts = ["基层党建基层党建", "基层 Привет Привет"]
    assert served.encode_batch(texts) == full_ids(path, texts, max_length=7)
    assert all(len(ids) == 7 for ids in served.encode_batch(texts))


def test_a_changed_tokenizer_is_derived_again(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    ServedTokenizer(path, max_length=512)
    pieces = [*PIECES, ("▁基层党建", -1.0)]
    tok = Tokenizer(models.Unigram(pieces, unk_id=3, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.save(str(path))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    served = ServedTokenizer(path, max_length=512)
    assert served.encode_batch(["基层党建"]) == full_ids(path, ["基层党建"]) == [[23]]


def test_a_read_only_folder_falls_back_to_the_full_tokenizer(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    path = write_tokenizer(tmp_path)

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    served = ServedTokenizer(path, max_length=512)
    assert served._full is not None
    assert served.encode_batch(TEXTS) == full_ids(path, TEXTS)


def test_a_damaged_served_vocabulary_is_derived_again(tmp_path: Path) -> None:
    path = write_tokenizer(tmp_path)
    ServedTokenizer(path, max_length=512)  # derives it
    (tmp_path / "tokenizer.served.json").write_text("{ not json", encoding="utf-8")
    served = ServedTokenizer(path, max_length=512)
    assert served._full is None and served.encode_batch(TEXTS) == full_ids(path, TEXTS)
    assert json.loads((tmp_path / "tokenizer.served.json").read_text(encoding="utf-8"))
