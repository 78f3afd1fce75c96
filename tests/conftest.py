"""Shared, expensive set-up: the real model and a real index built once per test session."""

from __future__ import annotations

from askspeech.config import offline_defaults

# Before anything imports huggingface_hub / chromadb / gradio: never reach for the network.
offline_defaults()

import functools
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from askspeech.answer.types import Answer
from askspeech.config import Settings
from askspeech.engine import Loaded
from askspeech.evaluation import QAItem
from askspeech.ingest.corpus import Corpus, Speech

if TYPE_CHECKING:  # heavy imports (torch, transformers) only where a fixture needs them
    from langchain_core.embeddings import Embeddings
    from langchain_huggingface import HuggingFaceEmbeddings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "speeches.txt"
DEV_QA = ROOT / "eval" / "dev_qa.jsonl"
EXTRA_QA = ROOT / "eval" / "extra_qa.jsonl"


def settings_for(index_dir: Path, **overrides: Any) -> Settings:
    """Settings on the embedded defaults, with the index in `index_dir`."""
    return Settings(index_dir=index_dir, **overrides)


# A two-file corpus that builds in seconds.
SMALL = {
    "a.txt": "城乡党建讲话篇一\n同志们:\n今年要全面完成村级组织活动场所建设任务。"
             "活动场所要做到“五有”,即有牌子、有场地、有设施、有制度、有人员。\n"
             "要加强村党组织书记队伍建设,选好配强带头人。\n",
    "b.txt": "园区党建讲话\n要推行园区治理模式,探索组织联设、队伍联建、活动联办。\n"
             "各县区要建立党建工作协调小组,形成工作合力。\n",
}


def write_corpus(folder: Path, files: dict[str, str] = SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@functools.cache
def shipped_speeches() -> tuple[Speech, ...]:
    """The shipped corpus, cleaned (no model or index needed: about a second)."""
    from askspeech.ingest.corpus import load_corpus

    return tuple(load_corpus(CORPUS).speeches)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cites(answer: Answer, evidence: str) -> bool:
    """The answer is not a refusal and one of its quotes holds `evidence`."""
    return not answer.refused and any(evidence in c.quote for c in answer.citations)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The shipped corpus, cleaned (no model or index needed)."""
    from askspeech.ingest.corpus import load_corpus

    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def embeddings() -> Embeddings:
    """The real bundled model as converted (a sentence-transformers folder, converted once
    into the user cache), run by torch; the default ONNX backend is exported from it."""
    from askspeech.models.embeddings import load_embeddings

    return load_embeddings(Settings(embedding_backend="torch"))


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory,
                   embeddings: HuggingFaceEmbeddings) -> Settings:
    """Settings whose index (embedded Chroma, shipped corpus) is built once for the session."""
    from askspeech.store import build_index

    settings = settings_for(tmp_path_factory.mktemp("index"))
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def loaded(built_settings: Settings) -> Loaded:
    """The engine's loaded snapshot + searcher for the session index."""
    from askspeech.engine import get_engine

    return get_engine(built_settings).get()


@pytest.fixture(scope="session")
def dev_items() -> list[QAItem]:
    """The shipped dev QA set (a missing file is an error, not a skip)."""
    from askspeech.evaluation import load_qa

    return load_qa(DEV_QA)


def qa_lines(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


@pytest.fixture(scope="session")
def session_vectors(built_settings: Settings) -> dict[str, list[float]]:
    """Content hash → vector, as the session index computed them with the real model."""
    from askspeech.store import open_store

    store = open_store(built_settings)
    build = store.current()
    assert build is not None
    client = store.client(build)
    try:
        got = client.get_collection(store.collection_name(build)).get(
            include=["embeddings", "metadatas"])
    finally:
        store.release(client)
    vectors = got["embeddings"]
    assert vectors is not None
    return {str(m["hash"]): [float(x) for x in v]
            for m, v in zip(got["metadatas"] or [], list(vectors), strict=True) if m}


class KnownVectors:
    """The real model, except that texts the session index already embedded get that vector
    back (found by the index's own content hash): building the shipped corpus into another
    store then takes seconds instead of a minute, with exactly the model's vectors."""

    def __init__(self, model: Embeddings, known: dict[str, list[float]]) -> None:
        self.model, self.known = model, known
        self.computed = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        from askspeech.store import text_hash

        missing = [t for t in texts if text_hash("passage", t) not in self.known]
        if missing:
            self.computed += len(missing)
            for t, v in zip(missing, self.model.embed_documents(missing), strict=True):
                self.known[text_hash("passage", t)] = list(v)
        return [self.known[text_hash("passage", t)] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return list(self.model.embed_query(text))


@pytest.fixture()
def known_vectors(monkeypatch: pytest.MonkeyPatch, embeddings: HuggingFaceEmbeddings,
                  session_vectors: dict[str, list[float]]) -> KnownVectors:
    """Builds in this test embed with `KnownVectors` (queries still go to the real model)."""
    from askspeech.models import embeddings as emb

    model = KnownVectors(embeddings, dict(session_vectors))
    monkeypatch.setattr(emb, "load_embeddings", lambda settings: model)
    return model
