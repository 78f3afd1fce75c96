"""Shared, expensive set-up: the real model and a real index built once per test session."""

from __future__ import annotations

import os

# Before anything imports huggingface_hub / chromadb / gradio: never reach for the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from askspeech.config import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "speeches.txt"
DEV_QA = ROOT.parent / "shared" / "eval" / "dev_qa.jsonl"
EXTRA_QA = ROOT / "eval" / "extra_qa.jsonl"


def settings_for(index_dir: Path, **overrides: object) -> Settings:
    """Settings on the embedded defaults, with the index in `index_dir`."""
    return Settings(index_dir=index_dir, **overrides)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def corpus():  # type: ignore[no-untyped-def]
    from askspeech.corpus import load_corpus

    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def embeddings():  # type: ignore[no-untyped-def]
    """The real bundled model (converted once into the user cache, then loaded)."""
    from askspeech.embeddings import load_embeddings

    return load_embeddings(Settings())


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Settings:  # type: ignore[no-untyped-def]
    """Settings whose index (embedded Chroma, shipped corpus) is built once for the session."""
    from askspeech.index import build_index

    settings = settings_for(tmp_path_factory.mktemp("index"))
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def loaded(built_settings: Settings):  # type: ignore[no-untyped-def]
    """The engine's loaded snapshot + searcher for the session index."""
    from askspeech.engine import get_engine

    return get_engine(built_settings).get()


@pytest.fixture(scope="session")
def dev_items():  # type: ignore[no-untyped-def]
    from askspeech.evaluation import load_qa

    return load_qa(DEV_QA) if DEV_QA.is_file() else []


def qa_lines(path: Path) -> Iterator[dict[str, object]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)
