"""Building, opening and atomically replacing the index (embedded Chroma)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from askspeech.config import Settings
from askspeech.ingest.corpus import CorpusError
from askspeech.models.embeddings import ResolvedModel
from askspeech.store import (
    EmbeddedStore,
    IndexBusyError,
    IndexCorruptError,
    IndexMissingError,
    build_index,
    current_manifest,
    open_index,
)
from askspeech.store import build as index_mod
from tests.conftest import settings_for, write_corpus


@pytest.fixture()
def small(tmp_path: Path, embeddings) -> tuple[Settings, Path]:  # type: ignore[no-untyped-def]
    corpus = write_corpus(tmp_path / "corpus")
    settings = settings_for(tmp_path / "index", corpus_path=corpus)
    build_index(settings)
    return settings, corpus


def test_manifest_records_corpus_model_chunking_and_counts(built_settings: Settings) -> None:
    m = current_manifest(built_settings)
    assert m is not None and m.complete
    assert list(m.files) == ["speeches.txt"] and len(m.files["speeches.txt"]) == 64
    assert m.model_id.startswith("bundled-e5-small:")
    assert m.chunking["size"] == built_settings.chunk_size
    assert m.counts["speeches"] == 8
    assert m.counts["passages"] > 100 and m.counts["sentences"] > m.counts["passages"]
    assert m.cleaning["repeated paragraphs removed"] >= 28
    assert m.build_seconds > 0


def test_opened_index_holds_speeches_passages_and_bm25(loaded) -> None:  # type: ignore[no-untyped-def]
    snap = loaded.snapshot
    assert sorted(snap.speeches) == list(range(1, 9))
    assert snap.bm25_passages.size == len(snap.passages)
    p = snap.passages[10]
    assert snap.speeches[p.speech].text[p.start : p.end] == p.text
    assert all(snap.parent[s.passage_id] in snap.passage_index for s in snap.sentences)


def test_unchanged_corpus_and_model_rebuild_nothing(small: tuple[Settings, Path]) -> None:
    settings, _ = small
    before = current_manifest(settings)
    started = time.perf_counter()
    result = build_index(settings)
    assert result.up_to_date and result.manifest.build_id == before.build_id  # type: ignore[union-attr]
    assert time.perf_counter() - started < 10


def test_forced_rebuild_reuses_every_vector(small: tuple[Settings, Path]) -> None:
    settings, _ = small
    before = current_manifest(settings)
    result = build_index(settings, rebuild=True)
    assert not result.up_to_date
    assert result.manifest.build_id != before.build_id  # type: ignore[union-attr]
    assert result.manifest.embedded == 0 and result.manifest.reused > 0


def test_changed_corpus_embeds_only_new_text(small: tuple[Settings, Path]) -> None:
    settings, corpus = small
    (corpus / "c.txt").write_text("新增讲话\n要加强流动党员管理,建立联系服务卡。\n",
                                  encoding="utf-8")
    result = build_index(settings)
    assert not result.up_to_date
    assert 0 < result.manifest.embedded <= 4
    assert result.manifest.counts["speeches"] == 3


def test_a_different_model_forces_a_full_rebuild(
    small: tuple[Settings, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, _ = small
    from askspeech.models import embeddings as emb

    original = emb.resolve_model

    def other_model(s: Settings, *, prepare: bool = True) -> ResolvedModel:
        r = original(s, prepare=prepare)
        return ResolvedModel(r.path, r.model_id + "-other", r.prompts)

    monkeypatch.setattr(emb, "resolve_model", other_model)
    result = build_index(settings)
    assert not result.up_to_date
    assert result.manifest.reused == 0 and result.manifest.embedded > 0
    assert result.manifest.model_id.endswith("-other")


def test_opening_with_another_model_configured_says_rebuild(
    small: tuple[Settings, Path], monkeypatch: pytest.MonkeyPatch, embeddings
) -> None:  # type: ignore[no-untyped-def]
    settings, _ = small
    from askspeech.models import embeddings as emb

    original = emb.resolve_model
    monkeypatch.setattr(emb, "resolve_model", lambda s, *, prepare=True: ResolvedModel(
        "x", "some-other-model", {}) if not prepare else original(s))
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        open_index(settings, embeddings)


def test_failed_build_leaves_the_previous_index_in_use(
    small: tuple[Settings, Path], monkeypatch: pytest.MonkeyPatch, embeddings
) -> None:  # type: ignore[no-untyped-def]
    settings, corpus = small
    before = current_manifest(settings)
    store = EmbeddedStore(settings.index_path)
    builds_before = set(store.builds())

    def boom(self, texts, progress=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    (corpus / "c.txt").write_text("新增讲话\n全新的内容需要嵌入。\n", encoding="utf-8")
    monkeypatch.setattr(index_mod._ReusingEmbeddings, "embed_all", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_index(settings)
    assert current_manifest(settings).build_id == before.build_id  # type: ignore[union-attr]
    assert set(store.builds()) == builds_before  # the half-built folder is gone
    snap = open_index(settings, embeddings)
    assert snap.manifest.counts["speeches"] == 2


def test_bad_corpus_raises_before_touching_the_index(small: tuple[Settings, Path]) -> None:
    settings, corpus = small
    before = current_manifest(settings)
    (corpus / "bad.txt").write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(CorpusError, match="bad.txt"):
        build_index(settings)
    assert current_manifest(settings) == before


def test_no_index_is_a_clear_error_naming_the_command(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IndexMissingError, match="askspeech index"):
        open_index(settings_for(tmp_path / "empty"), embeddings)


def test_corrupted_pointer_or_missing_build_says_rebuild(
    small: tuple[Settings, Path], embeddings
) -> None:  # type: ignore[no-untyped-def]
    settings, _ = small
    pointer = settings.index_path / "CURRENT"
    pointer.write_text("20990101-000000-deadbe\n")
    with pytest.raises(IndexCorruptError, match="askspeech index --rebuild"):
        open_index(settings, embeddings)
    result = build_index(settings)  # the fix the message names works
    assert not result.up_to_date
    assert open_index(settings, embeddings).manifest.build_id == result.manifest.build_id


def test_only_one_builder_at_a_time(small: tuple[Settings, Path]) -> None:
    settings, _ = small
    with index_mod.build_lock(settings), pytest.raises(IndexBusyError, match="another"):
        build_index(settings, rebuild=True)


def test_readers_keep_answering_while_a_rebuild_switches(
    small: tuple[Settings, Path], embeddings
) -> None:  # type: ignore[no-untyped-def]
    settings, _ = small
    snap = open_index(settings, embeddings)
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                s = open_index(settings, embeddings)
                assert s.manifest.complete and len(s.passages) == s.manifest.counts["passages"]
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for _ in range(2):
        build_index(settings, rebuild=True)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors[0]
    assert open_index(settings, embeddings).build_id != snap.build_id


def test_old_builds_are_cleaned_up_keeping_the_previous_one(small: tuple[Settings, Path]) -> None:
    settings, _ = small
    for _ in range(3):
        build_index(settings, rebuild=True)
    store = EmbeddedStore(settings.index_path)
    assert len(store.builds()) == 2
    assert store.current() in store.builds()


def test_sentences_with_finds_exactly_the_sentences_holding_a_term(loaded) -> None:  # type: ignore[no-untyped-def]
    snap = loaded.snapshot
    last, first = snap.sentences[0].text[-2:], snap.sentences[1].text[:2]
    for terms in (["双培双带"], ["活动场所", "六个不批"], ["党建"], [last + first], ["无此词语"]):
        expected = [s for s in snap.sentences if any(t in s.text for t in terms)]
        assert snap.sentences_with(terms) == expected, terms
    assert snap.sentences_with([]) == []
    assert len(snap.sentences_with(["党建"])) > 10
