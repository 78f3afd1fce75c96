"""Building, opening and atomically replacing an embedded-Chroma index, on the two-file corpus
with the fake embedder (the store logic; the real model's index is in integration)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from askspeech.config import Settings
from askspeech.ingest.corpus import CorpusError
from askspeech.models import embeddings as emb
from askspeech.models.embeddings import ResolvedModel
from askspeech.store import (
    EmbeddedStore,
    IndexBusyError,
    IndexCorruptError,
    IndexMissingError,
    Manifest,
    build_index,
    build_lock,
    current_manifest,
    open_index,
)
from askspeech.store import build as index_mod
from tests.conftest import SMALL, settings_for, write_corpus
from tests.fakes import FAKE_MODEL, NgramEmbeddings


@pytest.fixture()
def fresh(tiny: tuple[Settings, Path]) -> Settings:
    return tiny[0]


def manifest(settings: Settings) -> Manifest:
    m = current_manifest(settings)
    assert m is not None, "no current build"
    return m


def test_a_build_records_files_counts_model_and_its_own_duration(
    tmp_path: Path, fake_model: NgramEmbeddings
) -> None:
    settings = settings_for(tmp_path / "index", corpus_path=write_corpus(tmp_path / "corpus"))
    started = time.perf_counter()
    result = build_index(settings)
    elapsed = time.perf_counter() - started
    m = result.manifest
    assert not result.up_to_date and m.complete and m == manifest(settings)
    assert sorted(m.files) == sorted(SMALL) and all(len(h) == 64 for h in m.files.values())
    assert m.model_id == FAKE_MODEL.model_id
    assert m.counts == {"speeches": 2, "paragraphs": 5, "passages": 4, "sentences": 5}
    # 4 passages + 5 sentences, three of them a one-sentence passage's text: 6 distinct texts,
    # each embedded once
    assert m.embedded == fake_model.calls == 6 and m.reused == 0
    # the build timed itself: most of the call (all but sealing and switching), never more
    assert 0.5 * elapsed <= m.build_seconds <= elapsed + 0.01


def test_opened_index_holds_the_speeches_and_passages_verbatim(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    snap = open_index(fresh, fake_model)
    assert sorted(snap.speeches) == [1, 2]
    assert snap.bm25_passages.size == len(snap.passages) == 4
    for p in snap.passages + snap.sentences:
        assert snap.speeches[p.speech].text[p.start : p.end] == p.text
    assert all(snap.parent[s.passage_id] in snap.passage_index for s in snap.sentences)


def test_unchanged_corpus_and_model_rebuild_nothing(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    before = manifest(fresh)
    calls = fake_model.calls
    result = build_index(fresh)
    assert result.up_to_date and result.manifest.build_id == before.build_id
    assert fake_model.calls == calls  # nothing embedded


def test_another_outline_parser_builds_again_reusing_every_vector(
    fresh: Settings, fake_model: NgramEmbeddings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the outline is stored with the build: parsed otherwise, unchanged files build again
    from askspeech.ingest.outline import OUTLINE_VERSION
    from askspeech.store import manifest as manifest_mod

    before = manifest(fresh)
    monkeypatch.setattr(manifest_mod, "OUTLINE_VERSION", OUTLINE_VERSION + 1)
    result = build_index(fresh)
    assert not result.up_to_date and result.manifest.build_id != before.build_id
    assert result.manifest.embedded == 0 and result.manifest.reused == 9


def test_forced_rebuild_reuses_every_vector(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    before = manifest(fresh)
    calls = fake_model.calls
    result = build_index(fresh, rebuild=True)
    assert not result.up_to_date and result.manifest.build_id != before.build_id
    assert result.manifest.embedded == 0 and result.manifest.reused == 9
    assert fake_model.calls == calls


def test_changed_corpus_embeds_only_new_text(
    tiny: tuple[Settings, Path], fake_model: NgramEmbeddings
) -> None:
    settings, corpus = tiny
    (corpus / "c.txt").write_text("新增讲话\n要加强流动党员管理,建立联系服务卡。\n",
                                  encoding="utf-8")
    result = build_index(settings)
    # one new paragraph of one sentence: one new text (passage and sentence alike)
    assert not result.up_to_date
    assert result.manifest.embedded == 1 and result.manifest.reused == 9
    assert result.manifest.counts["speeches"] == 3


def test_a_different_model_forces_a_full_rebuild(
    fresh: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = ResolvedModel("other", "other-model:v2", {})
    monkeypatch.setattr(emb, "resolve_model", lambda s, *, prepare=True: other)
    result = build_index(fresh)
    assert not result.up_to_date
    assert result.manifest.reused == 0 and result.manifest.embedded == 6
    assert result.manifest.model_id == "other-model:v2"


def test_opening_with_another_model_configured_says_rebuild(
    fresh: Settings, monkeypatch: pytest.MonkeyPatch, fake_model: NgramEmbeddings
) -> None:
    other = ResolvedModel("x", "some-other-model", {})
    monkeypatch.setattr(emb, "resolve_model", lambda s, *, prepare=True: other)
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        open_index(fresh, fake_model)


def test_failed_build_leaves_the_previous_index_in_use(
    tiny: tuple[Settings, Path], monkeypatch: pytest.MonkeyPatch, fake_model: NgramEmbeddings
) -> None:
    settings, corpus = tiny
    before = manifest(settings)
    store = EmbeddedStore(settings.index_path)
    builds_before = set(store.builds())

    def boom(self: object, texts: list[str], progress: object = None) -> list[list[float]]:
        raise RuntimeError("disk full")

    (corpus / "c.txt").write_text("新增讲话\n全新的内容需要嵌入。\n", encoding="utf-8")
    monkeypatch.setattr(index_mod._ReusingEmbeddings, "embed_all", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_index(settings)
    assert manifest(settings).build_id == before.build_id
    assert set(store.builds()) == builds_before  # the half-built folder is gone
    assert open_index(settings, fake_model).manifest.counts["speeches"] == 2


def test_bad_corpus_raises_before_touching_the_index(tiny: tuple[Settings, Path]) -> None:
    settings, corpus = tiny
    before = manifest(settings)
    (corpus / "bad.txt").write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(CorpusError, match="bad.txt"):
        build_index(settings)
    assert current_manifest(settings) == before


def test_no_index_is_a_clear_error_naming_the_command(
    tmp_path: Path, fake_model: NgramEmbeddings
) -> None:
    with pytest.raises(IndexMissingError, match="askspeech index"):
        open_index(settings_for(tmp_path / "empty"), fake_model)


def test_corrupted_pointer_or_missing_build_says_rebuild(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    settings = fresh
    (settings.index_path / "CURRENT").write_text("20990101-000000-deadbe\n")
    with pytest.raises(IndexCorruptError, match="askspeech index --rebuild"):
        open_index(settings, fake_model)
    result = build_index(settings)  # the fix the message names works
    assert not result.up_to_date
    assert open_index(settings, fake_model).manifest.build_id == result.manifest.build_id


def test_only_one_builder_at_a_time(fresh: Settings) -> None:
    with build_lock(fresh), pytest.raises(IndexBusyError, match="another"):
        build_index(fresh, rebuild=True)


def test_readers_keep_opening_complete_builds_while_a_rebuild_switches(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    settings = fresh
    first = open_index(settings, fake_model).build_id
    errors: list[BaseException] = []
    opened: list[str] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                s = open_index(settings, fake_model)
                assert s.manifest.complete and len(s.passages) == s.manifest.counts["passages"]
                opened.append(s.build_id)
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
    assert opened and open_index(settings, fake_model).build_id != first


def test_old_builds_are_cleaned_up_keeping_the_previous_one(fresh: Settings) -> None:
    for _ in range(3):
        build_index(fresh, rebuild=True)
    store = EmbeddedStore(fresh.index_path)
    assert len(store.builds()) == 2
    assert store.current() in store.builds()


def test_sentences_with_finds_exactly_the_sentences_holding_a_term(
    fresh: Settings, fake_model: NgramEmbeddings
) -> None:
    snap = open_index(fresh, fake_model)
    last, first = snap.sentences[0].text[-2:], snap.sentences[1].text[:2]
    for terms in (["五有"], ["活动场所", "园区"], ["党建"], [last + first], ["无此词语"]):
        expected = [s for s in snap.sentences if any(t in s.text for t in terms)]
        assert snap.sentences_with(terms) == expected, terms
    assert len(snap.sentences_with(["五有"])) == 1
    assert snap.sentences_with([]) == []
