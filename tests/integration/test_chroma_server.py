"""The index in a real Chroma server (`chroma run` on a free loopback port): building, answering,
atomic rebuilds under readers, killed builds, cleanup, and a server that goes away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_huggingface import HuggingFaceEmbeddings

import askspeech
from askspeech import engine as engine_mod
from askspeech.config import Settings
from askspeech.store import (
    POINTER_COLLECTION,
    IndexServerError,
    ServerStore,
    build_index,
    current_manifest,
    open_index,
    open_store,
    read_manifest,
)
from tests.conftest import (
    CORPUS,
    DEV_QA,
    KnownVectors,
    cites,
    free_port,
    qa_lines,
    settings_for,
    write_corpus,
)

pytestmark = pytest.mark.server

CHROMA = Path(sys.executable).with_name("chroma")
SMALL_QUESTION = "活动场所要做到哪“五有”?"
SMALL_EVIDENCE = "有牌子、有场地、有设施、有制度、有人员"


class ChromaServer:
    """`chroma run` on loopback, startable and stoppable (same port, same data)."""

    def __init__(self, path: Path) -> None:
        self.path, self.port = path, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        import httpx

        log = (self.path.parent / "chroma.log").open("ab")
        self.proc = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "chroma run exited; see chroma.log"
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("chroma run did not answer within 30 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture()
def chroma(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-data")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def server_settings(tmp_path: Path, url: str, **overrides: object) -> Settings:
    # index_dir still holds the local build lock
    return settings_for(tmp_path / "local", chroma_url=url, **overrides)


def collection_names(settings: Settings) -> set[str]:
    store = open_store(settings)
    return {c.name for c in store.client("").list_collections()}


def test_builds_answers_and_cleans_up_on_the_server(chroma: ChromaServer, tmp_path: Path,
                                                   embeddings: HuggingFaceEmbeddings) -> None:
    settings = server_settings(tmp_path, chroma.url, corpus_path=write_corpus(tmp_path / "c"))
    first = build_index(settings).manifest
    store = open_store(settings)
    assert isinstance(store, ServerStore)
    assert store.current() == first.build_id and store.builds() == [first.build_id]
    assert collection_names(settings) == {
        POINTER_COLLECTION, store.collection_name(first.build_id),
        store.text_collection_name(first.build_id)}
    assert not (tmp_path / "local" / "builds").exists()  # nothing embedded on disk

    a = askspeech.answer(SMALL_QUESTION, settings=settings)
    assert cites(a, SMALL_EVIDENCE), a
    assert [s.number for s in askspeech.speeches(settings=settings)] == [1, 2]

    ids = [build_index(settings, rebuild=True).manifest.build_id for _ in range(3)]
    assert store.current() == ids[-1]
    assert set(store.builds()) == set(ids[-2:])  # the live build and the one before it
    assert collection_names(settings) == {POINTER_COLLECTION} | {
        name for b in ids[-2:]
        for name in (store.collection_name(b), store.text_collection_name(b))}
    assert read_manifest(store, ids[-1]).reused > 0  # vectors carried over on the server too


def test_a_rebuild_switches_atomically_while_readers_answer(
    chroma: ChromaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    embeddings: HuggingFaceEmbeddings,
) -> None:
    corpus = write_corpus(tmp_path / "c")
    settings = server_settings(tmp_path, chroma.url, corpus_path=corpus)
    first = build_index(settings).manifest.build_id
    monkeypatch.setattr(engine_mod, "REFRESH_SECONDS", 0.0)  # readers look at every question
    errors: list[BaseException] = []
    seen: set[str] = set()
    answered = [0]
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                a = askspeech.answer(SMALL_QUESTION, settings=settings)
                assert cites(a, SMALL_EVIDENCE), a
                snap = open_index(settings, embeddings)  # a reader opening the pointer's build
                assert snap.manifest.complete
                assert len(snap.passages) == snap.manifest.counts["passages"]
                seen.add(snap.build_id)
                answered[0] += 1
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    built = []
    for n in range(3):  # each rebuild adds a speech: embeds, switches, drops the oldest build
        (corpus / f"new{n}.txt").write_text(f"新增讲话{n}\n要加强流动党员管理第{n}项工作。\n",
                                             encoding="utf-8")
        built.append(build_index(settings).manifest.build_id)
        time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join(timeout=120)
    assert not errors, repr(errors[0])
    assert answered[0] >= 6
    assert len(seen) >= 2 and seen <= {first, *built}  # saw switches, only to complete builds
    assert askspeech.answer(SMALL_QUESTION, settings=settings).citations
    assert len(askspeech.speeches(settings=settings)) == 5


def test_a_killed_build_never_becomes_current_and_is_cleaned_up(
    chroma: ChromaServer, tmp_path: Path, embeddings: HuggingFaceEmbeddings
) -> None:
    small = write_corpus(tmp_path / "c")
    settings = server_settings(tmp_path, chroma.url, corpus_path=small)
    live = build_index(settings).manifest.build_id
    store = open_store(settings)
    # The shipped corpus embeds for ~30 s: a wide window to kill the build in.
    env = {**os.environ, "ASKSPEECH_CHROMA_URL": chroma.url,
           "ASKSPEECH_INDEX_DIR": str(settings.index_path), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "askspeech.cli", "index", "--rebuild", "--corpus", str(CORPUS)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed = None
    deadline = time.monotonic() + 120
    try:
        while killed is None and time.monotonic() < deadline and proc.poll() is None:
            for build in set(store.builds()) - {live}:
                collection = store.client(build).get_collection(store.collection_name(build))
                if collection.count() > 0:  # records written, manifest not yet complete
                    proc.send_signal(signal.SIGKILL)
                    killed = build
            time.sleep(0.05)
    finally:
        proc.kill()
        proc.wait()
    assert killed is not None, "the build was not caught mid-way"
    assert store.current() == live
    assert not read_manifest(store, killed).complete
    assert cites(askspeech.answer(SMALL_QUESTION, settings=settings), SMALL_EVIDENCE)

    result = build_index(settings, rebuild=True)
    assert store.current() == result.manifest.build_id
    assert killed not in store.builds()
    assert set(store.builds()) == {live, result.manifest.build_id}


DEV_IDS = ("q001", "q003", "q008")


def test_dev_questions_through_the_server_match_the_embedded_index(
    chroma: ChromaServer, tmp_path: Path, built_settings: Settings,
    known_vectors: KnownVectors,
) -> None:
    settings = server_settings(tmp_path, chroma.url)  # the shipped corpus
    result = build_index(settings)
    assert known_vectors.computed == 0  # every vector came from the session index
    session = current_manifest(built_settings)
    assert session is not None and result.manifest.counts == session.counts
    items = [i for i in qa_lines(DEV_QA) if i["id"] in DEV_IDS]
    assert len(items) == len(DEV_IDS)
    for item in items:
        question = str(item["question"])
        remote = askspeech.answer(question, settings=settings)
        local = askspeech.answer(question, settings=built_settings)
        assert remote.text == local.text
        assert not remote.refused
        assert {c.passage.speech for c in remote.citations} == {item["speech"]}
        evidence = list(item["evidence"])
        assert any(e in c.quote or c.quote in e for c in remote.citations for e in evidence)
        assert [p.passage_id for p in askspeech.retrieve(question, settings=settings)] == [
            p.passage_id for p in askspeech.retrieve(question, settings=built_settings)]


def _ranks(found: list[tuple[str, float]]) -> list[set[str]]:
    """Record ids by rank, those with similarities within 1e-6 of each other one rank."""
    ranks: list[tuple[float, set[str]]] = []
    for rid, sim in found:
        if ranks and abs(ranks[-1][0] - sim) < 1e-6:
            ranks[-1][1].add(rid)
        else:
            ranks.append((sim, {rid}))
    return [ids for _, ids in ranks]


def test_a_server_s_nearest_units_are_the_embedded_build_s_in_the_same_order(
    chroma: ChromaServer, tmp_path: Path, built_settings: Settings,
    embeddings: HuggingFaceEmbeddings, known_vectors: KnownVectors,
) -> None:
    # the same vectors in both; HNSW may rank a true neighbour past the k-th, or equal ones
    # (the scrape's paragraphs scraped twice) either way: more of the server's nearest are
    # asked for and the k best kept, equal ones in unit order, as the folder build keeps its own
    settings = server_settings(tmp_path, chroma.url)
    build_index(settings)
    assert known_vectors.computed == 0
    remote, local = open_index(settings, embeddings), open_index(built_settings, embeddings)
    assert remote.vectors is None and local.vectors is not None
    for sentence in local.sentences[::23]:
        vector = local.sentence_vectors([sentence.passage_id])[sentence.passage_id]
        for speech in (None, sentence.speech):
            near, exact = remote.dense(vector, 24, speech), local.dense(vector, 24, speech)
            # (similarities a float's rounding apart are equal: the server's distances and the
            # exact pass may order such a pair either way)
            assert _ranks(near) == _ranks(exact), sentence.text
            assert all(abs(a - b) < 1e-6 for (_, a), (_, b) in zip(near, exact, strict=True))


def test_a_server_that_goes_away_is_a_clear_error_and_comes_back(
    chroma: ChromaServer, tmp_path: Path, embeddings: HuggingFaceEmbeddings
) -> None:
    settings = server_settings(tmp_path, chroma.url, corpus_path=write_corpus(tmp_path / "c"))
    build_index(settings)
    assert cites(askspeech.answer(SMALL_QUESTION, settings=settings), SMALL_EVIDENCE)
    chroma.stop()
    with pytest.raises(IndexServerError, match="cannot reach the Chroma server"):
        askspeech.answer(SMALL_QUESTION, settings=settings)
    chroma.start()  # same port, same data
    assert cites(askspeech.answer(SMALL_QUESTION, settings=settings), SMALL_EVIDENCE)


def test_no_server_listening_is_a_clear_error_from_the_cli(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = {**os.environ, "ASKSPEECH_CHROMA_URL": url, "ASKSPEECH_INDEX_DIR": str(tmp_path),
           "HF_HUB_OFFLINE": "1"}
    for args in (["ask", SMALL_QUESTION], ["index", "--status"]):
        out = subprocess.run([sys.executable, "-m", "askspeech.cli", *args], env=env,
                             capture_output=True, text=True, timeout=300, check=False)
        assert out.returncode == 1, out.stderr
        assert "cannot reach the Chroma server" in out.stderr and url in out.stderr
        assert "Traceback" not in out.stderr
    with pytest.raises(IndexServerError, match="chroma run"):
        askspeech.answer(SMALL_QUESTION, settings=settings_for(tmp_path, chroma_url=url))
