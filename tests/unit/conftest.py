"""The fast lane: no model, no shipped index, no server. A unit test that reaches for the real
embedding model fails at once instead of silently loading it; tests that need vectors install
the deterministic `NgramEmbeddings` through the `fake_model` fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspeech.config import Settings
from askspeech.engine import Loaded, get_engine
from askspeech.models import embeddings as emb
from askspeech.models.deferred import DeferredEmbeddings
from askspeech.models.embeddings import ResolvedModel
from askspeech.store import build_index
from tests.conftest import settings_for, write_corpus
from tests.fakes import FAKE_MODEL, NgramEmbeddings


@pytest.fixture(autouse=True)
def _no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(settings: Settings) -> NgramEmbeddings:
        raise AssertionError("a unit test loaded the real embedding model; use `fake_model`")

    def no_conversion(settings: Settings) -> Path:
        raise AssertionError("a unit test prepared the real embedding model; use `fake_model`")

    monkeypatch.setattr(emb, "load_embeddings", refuse)
    monkeypatch.setattr(emb, "ensure_bundled_model", no_conversion)


def install(monkeypatch: pytest.MonkeyPatch, model: NgramEmbeddings) -> None:
    """Builds and engines embed with `model`, and the index records the fake model's id."""
    def resolve(settings: Settings, *, prepare: bool = True) -> ResolvedModel:
        return FAKE_MODEL

    monkeypatch.setattr(emb, "load_embeddings", lambda settings: model)
    monkeypatch.setattr(emb, "resolve_model", resolve)


@pytest.fixture()
def fake_model(monkeypatch: pytest.MonkeyPatch) -> NgramEmbeddings:
    """Builds and engines in this test embed with a fresh `NgramEmbeddings`."""
    model = NgramEmbeddings()
    install(monkeypatch, model)
    return model


@pytest.fixture()
def tiny(tmp_path: Path, fake_model: NgramEmbeddings) -> tuple[Settings, Path]:
    """A fresh index of the two-file SMALL corpus (about half a second), for tests that change
    it, and that corpus folder. Each test gets its own folder, so its own engine."""
    corpus = write_corpus(tmp_path / "corpus")
    settings = settings_for(tmp_path / "index", corpus_path=corpus)
    build_index(settings)
    return settings, corpus


@pytest.fixture(scope="session")
def tiny_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """One shared index of the SMALL corpus, its engine loaded, for tests that only read it."""
    root = tmp_path_factory.mktemp("tiny")
    settings = settings_for(root / "index", corpus_path=write_corpus(root / "corpus"))
    with pytest.MonkeyPatch.context() as mp:
        install(mp, NgramEmbeddings())
        build_index(settings)
        embeddings = get_engine(settings).get().embeddings
        assert isinstance(embeddings, DeferredEmbeddings)
        embeddings.load()  # loaded now: the engine keeps the fake embedder
    return settings


@pytest.fixture(scope="session")
def tiny_loaded(tiny_settings: Settings) -> Loaded:
    return get_engine(tiny_settings).get()
