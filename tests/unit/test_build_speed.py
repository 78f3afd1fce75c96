"""Build-side speed mechanics without a model or Chroma: length-sorted batching, the model
loaded only when something is left to embed, the exact top-k, the build's data files."""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np
import pytest

from askspeech.store import build as build_mod
from askspeech.store import columnar
from askspeech.store.manifest import Manifest, text_hash
from askspeech.store.snapshot import _top_k


class RecordingModel:
    """Fake embeddings: a text's vector is [len(text), first char code]; batches recorded."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        return [[float(len(t)), float(ord(t[0]))] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


TEXTS = ["a" * 9, "b", "c" * 5, "d" * 2, "a" * 9, "e" * 7, "f" * 3]


def test_texts_are_embedded_in_length_order_once_each_and_come_back_in_input_order() -> None:
    model = RecordingModel()
    embedder = build_mod._ReusingEmbeddings(lambda: model, batch_size=2)  # type: ignore[arg-type,return-value]
    seen: list[tuple[str, int, int]] = []
    vectors = embedder.embed_all(TEXTS, lambda *a: seen.append(a))
    flat = [t for b in model.batches for t in b]
    assert [len(t) for t in flat] == sorted(len(t) for t in set(TEXTS))  # sorted, no repeat
    assert all(len(b) <= 2 for b in model.batches)
    assert vectors[:, 0].tolist() == [float(len(t)) for t in TEXTS]  # input order restored
    assert embedder.computed == len(set(TEXTS)) and embedder.reused == 0
    assert seen[-1] == ("embedding", 6, 6)  # progress counts the texts to embed


def test_nothing_to_embed_loads_no_model() -> None:
    def no_model() -> object:
        raise AssertionError("the model was loaded")

    known = {text_hash("passage", t): i for i, t in enumerate(TEXTS)}
    previous = np.arange(len(TEXTS) * 2, dtype=np.float32).reshape(-1, 2)
    embedder = build_mod._ReusingEmbeddings(no_model, 4, previous_files=(known, previous))  # type: ignore[arg-type]
    vectors = embedder.embed_all(TEXTS)
    assert embedder.computed == 0 and embedder.reused == len(TEXTS)
    assert vectors[1].tolist() == previous[1].tolist()


def test_top_k_is_exact_and_breaks_ties_by_position() -> None:
    sims = np.asarray([0.5, 0.9, 0.7, 0.9, 0.1, 0.7, 0.7], dtype=np.float32)
    assert _top_k(sims, 4).tolist() == [1, 3, 2, 5]
    assert _top_k(sims, 10).tolist() == [1, 3, 2, 5, 6, 0, 4]


def _mapped(array: object) -> bool:
    """Whether an array's memory is a file mapping (a plain view of a memmap counts)."""
    while array is not None:
        if isinstance(array, mmap.mmap):
            return True
        array = getattr(array, "base", None)
    return False


def test_data_files_round_trip_with_vectors_memory_mapped(tmp_path: Path) -> None:
    from askspeech.retrieval.lexical import BM25

    manifest = Manifest("b1", "now", "c", {}, {}, "m", {"speeches": 1}, "fp", backend="torch")
    units = {c: [f"{c}0", f"{c}1"] for c in columnar.COLUMNS}
    vectors = np.eye(2, dtype=np.float32)
    bm25 = [BM25([["x"], ["y"]]).index, BM25([["x"], ["y"]]).index, BM25([["x", "y"]]).index]
    columnar.write_data(tmp_path, manifest, units, vectors, [("text", {"speech": 1})], bm25)
    data = columnar.read_data(tmp_path)
    assert data.manifest == manifest and data.units == units
    assert _mapped(data.vectors) and data.vectors.tolist() == vectors.tolist()
    loaded = BM25.from_index(columnar.load_bm25(tmp_path, columnar.BM25_DIRS[0]), 2)
    assert loaded.scores(["y"]).tolist() == BM25([["x"], ["y"]]).scores(["y"]).tolist()
    assert columnar.previous_vectors(tmp_path) == {"hash0": 0, "hash1": 1}


def test_a_saved_bm25_index_scores_as_bm25s_does_without_importing_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    from askspeech.retrieval.lexical import BM25

    docs = [["党员", "干部", "党员"], ["干部", "村"], ["村", "报酬", "报酬", "报酬"], []]
    built = BM25(docs)
    manifest = Manifest("b1", "now", "c", {}, {}, "m", {"speeches": 1}, "fp", backend="torch")
    units = {c: [f"{c}{i}" for i in range(4)] for c in columnar.COLUMNS}
    columnar.write_data(tmp_path, manifest, units, np.eye(4, dtype=np.float32),
                        [("text", {"speech": 1})], [built.index] * 3)
    saved = BM25.from_index(columnar.load_bm25(tmp_path, columnar.BM25_DIRS[0]), 4)
    for query in (["党员"], ["干部", "村"], ["报酬", "报酬", "未知"], []):  # a repeat counts again
        assert saved.scores(query).tolist() == built.scores(query).tolist()
    # answering reads the saved index with NumPy alone: no bm25s, no SciPy at start-up
    probe = ("import sys; from pathlib import Path; from askspeech.store import columnar; "
             f"columnar.load_bm25(Path({str(tmp_path)!r}), 'bm25-passages')"
             ".get_scores_from_ids([0]); print('bm25s' in sys.modules or 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unit_columns_must_match_the_vectors(tmp_path: Path) -> None:
    manifest = Manifest("b1", "now", "c", {}, {}, "m", {}, "fp")
    units = {c: ["x"] for c in columnar.COLUMNS}
    with pytest.raises(ValueError, match="one entry per vector"):
        columnar.write_data(tmp_path, manifest, units, np.zeros((2, 2), np.float32), [], [])
