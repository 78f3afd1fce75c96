"""Embedded builds open from their data files: no Chroma, no BM25 indexing, an exact dense
search, sealed like the rest of the build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from askspeech.config import Settings
from askspeech.store import IndexCorruptError, open_index, open_store
from askspeech.store.columnar import DATA_DIR, VECTORS_FILE
from tests.conftest import settings_for

OPEN_SNIPPET = """
import json, sys
from pathlib import Path
from askspeech.config import Settings
from askspeech.store import open_index
snap = open_index(Settings(index_dir=Path({index!r})), None)
hits = snap.dense(snap.vectors[0], 3)
print(json.dumps({{"modules": [m for m in ("chromadb", "torch", "langchain_core")
                              if m in sys.modules],
                   "nearest": hits[0][0], "unit0": snap.unit_ids[0]}}))
"""


def test_opening_a_build_needs_neither_chroma_nor_torch(built_settings: Settings) -> None:
    out = subprocess.run(
        [sys.executable, "-c", OPEN_SNIPPET.format(index=str(built_settings.index_path))],
        capture_output=True, text=True, check=True, timeout=300)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["modules"] == []
    assert got["nearest"] == got["unit0"]  # a unit's own vector finds it first


ANSWER_SNIPPET = """
import json, sys
from pathlib import Path
import askspeech
from askspeech.config import Settings
a = askspeech.answer("篇七讲话中,村干部报酬要落实什么制度?",
                     settings=Settings(index_dir=Path({index!r})))
print(json.dumps({{"modules": [m for m in ("torch", "sentence_transformers", "transformers")
                              if m in sys.modules], "quote": a.citations[0].quote}}))
"""


def test_answering_on_the_default_onnx_backend_never_imports_torch(
    built_settings: Settings,
) -> None:
    assert built_settings.embedding_backend == "onnx"  # the default
    out = subprocess.run(
        [sys.executable, "-c", ANSWER_SNIPPET.format(index=str(built_settings.index_path))],
        capture_output=True, text=True, check=True, timeout=300)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["modules"] == []
    assert "基础报酬+绩效报酬+奖励报酬" in got["quote"]


def test_exact_search_is_at_least_as_near_as_chroma_at_every_rank(loaded, dev_items) -> None:  # type: ignore[no-untyped-def]
    snap = loaded.snapshot
    for item in dev_items[:10]:
        vector = loaded.embeddings.embed_query(item.question)
        exact = [sim for _, sim in snap.dense(vector, 20)]
        hnsw = [sim for _, sim in snap._dense_chroma(vector, 20, None)]
        assert all(e >= h - 1e-5 for e, h in zip(exact, hnsw, strict=True)), item.id


def test_a_damaged_vector_file_says_rebuild(built_settings: Settings, tmp_path: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(built_settings.index_path, index)
    settings = settings_for(index)
    build = open_store(settings).current()
    assert build is not None
    vectors = index / "builds" / build / DATA_DIR / VECTORS_FILE
    data = bytearray(vectors.read_bytes())
    data[-8:] = b"\xff" * 8
    vectors.write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError, match="rebuild"):
        open_index(settings, None)  # type: ignore[arg-type]


def test_an_index_embedded_by_another_backend_is_not_queried(built_settings: Settings) -> None:
    built = built_settings.embedding_backend
    other = built_settings.model_copy(
        update={"embedding_backend": "torch" if built != "torch" else "onnx"})
    with pytest.raises(IndexCorruptError, match=f"backend '{built}'"):
        open_index(other, None)  # type: ignore[arg-type]
