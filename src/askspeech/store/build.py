"""Building: clean, chunk, embed into a new build, then switch the pointer to it."""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from askspeech.config import Settings
from askspeech.ingest.chunking import ChunkingParams, Chunks, chunk_speech
from askspeech.ingest.corpus import Corpus, Speech, load_corpus
from askspeech.ingest.outline import parse_outline
from askspeech.ingest.outline import to_dict as outline_dict
from askspeech.ingest.profile import speech_profile
from askspeech.retrieval.lexical import tokenize

if TYPE_CHECKING:
    import chromadb
    from chromadb.api.collection_configuration import CreateCollectionConfiguration
    from langchain_core.embeddings import Embeddings


from askspeech.store.backends import Store, build_lock, connected, open_store, read_manifest
from askspeech.store.errors import IndexDiskFullError, IndexUnavailableError, is_disk_full
from askspeech.store.manifest import (
    ADD_BATCH,
    BuildResult,
    Manifest,
    Progress,
    fingerprint,
    text_hash,
)

log = logging.getLogger(__name__)
Vectors = npt.NDArray[np.float32]

# ---------------------------------------------------------------- building


@dataclass(frozen=True)
class _Record:
    rid: str
    document: str  # verbatim text, what is shown/quoted
    searched: str  # text embedded: context + document
    meta: dict[str, Any]


def _unit_records(chunks: Chunks, params: ChunkingParams) -> Iterator[_Record]:
    """One speech's passages, then its sentences: a sentence that is a whole passage comes
    soon after it, so its vector is found among the recent ones (see `_ReusingEmbeddings`)."""
    for kind, units in (("passage", chunks.passages), ("sentence", chunks.sentences)):
        for u in units:
            searched = f"{u.context}\n{u.text}" if u.context and params.context_vectors else u.text
            meta: dict[str, Any] = {"kind": kind, "speech": u.speech, "title": u.title,
                                    "paragraph": u.paragraph, "start": u.start, "end": u.end,
                                    "context": u.context, "hash": text_hash("passage", searched),
                                    "tokens": " ".join(tokenize(f"{u.context} {u.text}"))}
            if kind == "sentence":
                meta["parent"] = chunks.parent[u.passage_id]
            yield _Record(u.passage_id, u.text, searched, meta)


def _batches(records: Iterator[_Record], size: int) -> Iterator[list[_Record]]:
    batch: list[_Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _ReusingEmbeddings:
    """The build's vectors: carried over from the previous build when it embedded the same
    text with the same model (looked up by content hash, a batch at a time), else computed.
    The most recent ones are kept too, so a sentence that is a whole passage is embedded once.
    Only that window is held, as float32: holding every vector as Python floats took ~1.5 GB
    at 100× the corpus."""

    RECENT = 4096

    def __init__(self, inner: Embeddings, previous: chromadb.Collection | None) -> None:
        self.inner, self.previous = inner, previous
        self.recent: dict[str, tuple[Vectors, bool]] = {}  # hash → (vector, carried over)
        self.computed = 0  # texts the model embedded
        self.reused = 0  # records whose vector came from the previous build

    def _carried_over(self, keys: list[str]) -> dict[str, Vectors]:
        if self.previous is None or not keys:
            return {}
        where: dict[str, Any] = {"hash": {"$in": keys}}
        try:
            got = self.previous.get(where=where, include=["embeddings", "metadatas"])
        except Exception as exc:  # an unreadable previous build: embed everything instead
            log.warning("cannot reuse vectors of the previous build (%s)", exc)
            self.previous = None
            return {}
        vectors = got["embeddings"]
        if vectors is None:
            return {}
        return {str(m["hash"]): np.asarray(v, dtype=np.float32)
                for m, v in zip(got["metadatas"] or [], vectors, strict=True) if m}

    def embed(self, texts: list[str]) -> Vectors:
        keys = [text_hash("passage", t) for t in texts]
        found = {k: self.recent[k] for k in keys if k in self.recent}
        for k, v in self._carried_over(sorted({k for k in keys if k not in found})).items():
            found[k] = (v, True)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True)
                                     if k not in found))
        if missing:
            computed = np.asarray(self.inner.embed_documents(missing), dtype=np.float32)
            for t, v in zip(missing, computed, strict=True):
                found[text_hash("passage", t)] = (v, False)
        self.computed += len(missing)
        self.reused += sum(found[k][1] for k in keys)
        if len(self.recent) > self.RECENT:
            self.recent.clear()
        self.recent.update(found)
        return np.stack([found[k][0] for k in keys])


@contextlib.contextmanager
def _previous_build(store: Store, build_id: str | None,
                    model_id: str) -> Iterator[chromadb.Collection | None]:
    """The current build's vector collection, if its vectors can be reused."""
    if not build_id:
        yield None
        return
    try:
        if read_manifest(store, build_id).model_id != model_id:
            yield None  # a different model: never mix its vectors with ours
            return
        client = store.client(build_id)
    except IndexUnavailableError as exc:
        log.warning("not reusing vectors of build %s: %s", build_id, exc)
        yield None
        return
    try:
        try:
            collection: chromadb.Collection | None = client.get_collection(
                store.collection_name(build_id))
        except Exception as exc:
            log.warning("not reusing vectors of build %s: %s", build_id, exc)
            collection = None
        yield collection
    finally:
        store.release(client)


def new_build_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)


def _hnsw(records: int, **options: Any) -> CreateCollectionConfiguration:
    """Chroma's HNSW settings for a collection of `records`. It writes its HNSW files every
    `sync_threshold` records (1000 by default); a collection that never reached it has no
    persisted index, and then every reader rebuilds it and rewrites its files — racing other
    reader processes, and breaking the build's seal. So small collections sync at their size."""
    sync = max(1, min(1000, records))
    hnsw = {**options, "sync_threshold": sync, "batch_size": min(100, sync)}
    return cast("CreateCollectionConfiguration", {"hnsw": hnsw})


def _speech_metadata(speech: Speech) -> dict[str, Any]:
    """What the build stores with a speech besides its text: its outline and profile."""
    profile = speech_profile(speech.number, speech.title, speech.paragraphs)
    outline = json.dumps(outline_dict(parse_outline(speech.paragraphs)), ensure_ascii=False,
                         separators=(",", ":"))
    return {"speech": speech.number, "title": speech.title, "source": speech.source,
            "outline": outline, "label": profile.label, "place": profile.place or "",
            "level": profile.level or "", "occasion": profile.occasion or ""}


def _write_speeches(texts: chromadb.Collection, corpus: Corpus) -> None:
    speeches = list(corpus.speeches)
    for lo in range(0, len(speeches), ADD_BATCH):
        part = speeches[lo : lo + ADD_BATCH]
        texts.add(
            ids=[f"speech-{s.number:05d}" for s in part],
            documents=[s.text for s in part],
            metadatas=[_speech_metadata(s) for s in part],
            # Chroma wants a vector per record; speeches are never searched by vector.
            embeddings=np.zeros((len(part), 1), dtype=np.float32),
        )


def _write_units(collection: chromadb.Collection, chunks: Sequence[Chunks],
                 params: ChunkingParams, embedder: _ReusingEmbeddings, total: int,
                 progress: Progress | None) -> None:
    done = 0
    records = (r for c in chunks for r in _unit_records(c, params))
    for batch in _batches(records, ADD_BATCH):
        collection.add(
            ids=[r.rid for r in batch],
            documents=[r.document for r in batch],
            metadatas=[r.meta for r in batch],
            embeddings=embedder.embed([r.searched for r in batch]),
        )
        done += len(batch)
        if progress:
            progress("embedding", done, total)


def _counts(corpus: Corpus, chunks: Sequence[Chunks]) -> dict[str, int]:
    return {"speeches": len(corpus.speeches),
            "paragraphs": sum(len(s.paragraphs) for s in corpus.speeches),
            "passages": sum(len(c.passages) for c in chunks),
            "sentences": sum(len(c.sentences) for c in chunks)}


def build_index(
    settings: Settings,
    corpus_path: Path | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Cleans, chunks and embeds the corpus into a new build, then switches to it.

    Unchanged corpus + model + chunking → nothing is done unless `rebuild`. Bad input raises
    before anything is written; any failure leaves the current build untouched.
    """
    from askspeech.models.embeddings import load_embeddings, resolve_model

    started = time.perf_counter()
    path = corpus_path or settings.corpus
    # raises CorpusError on bad input, before any write
    corpus = load_corpus(path, settings.corpus_follow_symlinks)
    report = corpus.report.lines()
    params = ChunkingParams(size=settings.chunk_size)
    model = resolve_model(settings)
    fp = fingerprint(corpus.file_hashes, params, model.model_id)
    store = open_store(settings)
    with build_lock(settings):
        current = store.current()
        if current and not rebuild:
            with contextlib.suppress(IndexUnavailableError):
                manifest = read_manifest(store, current)
                if manifest.fingerprint == fp:
                    return BuildResult(manifest, up_to_date=True, report_lines=report)
        chunks = [chunk_speech(s, params) for s in corpus.speeches]
        counts = _counts(corpus, chunks)
        build_id = new_build_id()
        manifest = Manifest(
            build_id=build_id,
            created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            corpus=str(path),
            files=corpus.file_hashes,
            chunking=params.as_dict(),
            model_id=model.model_id,
            counts=counts,
            fingerprint=fp,
            cleaning=dict(corpus.report.counts),
            complete=False,
        )
        try:
            store.begin(build_id)
            with _previous_build(store, current, model.model_id) as previous:
                embedder = _ReusingEmbeddings(load_embeddings(settings), previous)
                with connected(store, build_id) as client:
                    units = counts["passages"] + counts["sentences"]
                    texts = client.create_collection(
                        store.text_collection_name(build_id), embedding_function=None,
                        configuration=_hnsw(len(corpus.speeches)))
                    _write_speeches(texts, corpus)
                    collection = client.create_collection(
                        store.collection_name(build_id),
                        metadata={"manifest": manifest.to_json()},
                        configuration=_hnsw(units, space="cosine", ef_search=200,
                                            ef_construction=200),
                        embedding_function=None,
                    )
                    _write_units(collection, chunks, params, embedder, units, progress)
                    manifest = replace(
                        manifest, complete=True, embedded=embedder.computed,
                        reused=embedder.reused,
                        build_seconds=round(time.perf_counter() - started, 2))
                    collection.modify(metadata={"manifest": manifest.to_json()})
            store.seal(build_id)  # after the client is closed: Chroma has written everything
        except BaseException as exc:
            with contextlib.suppress(Exception):
                store.abort(build_id)
            if isinstance(exc, Exception) and is_disk_full(exc):
                raise _disk_full(settings, corpus, counts) from None
            raise
        store.set_current(build_id)
        _gc(store, keep={build_id, current} if current else {build_id})
    log.info("index build %s: %s in %.1fs", build_id, counts, manifest.build_seconds)
    return BuildResult(manifest, up_to_date=False, report_lines=report)


# Room a build takes per indexed text (passage or sentence) on the embedded store: vectors,
# HNSW graph, SQLite rows and the metadata (14 MB for the shipped 1,021 texts), with headroom.
BYTES_PER_UNIT = 16 * 1024
EMPTY_STORE_BYTES = 2 * 2**20  # Chroma's SQLite file and segment folders before any record


def _disk_full(settings: Settings, corpus: Corpus, counts: dict[str, int]
               ) -> IndexDiskFullError:
    import shutil

    where = settings.index_path
    units = counts["passages"] + counts["sentences"]
    text = sum(len(p.encode("utf-8")) for s in corpus.speeches for p in s.paragraphs)
    need = EMPTY_STORE_BYTES + units * BYTES_PER_UNIT + 2 * text
    try:
        free = f"{shutil.disk_usage(where).free / 2**20:.1f} MB free"
    except OSError:
        free = "free space unknown"
    if settings.chroma_server:
        where_text = f"the Chroma server's disk (or {where})"
    else:
        where_text = f"the disk holding {where}"
    return IndexDiskFullError(
        f"{where_text} is full ({free}). Building this corpus ({units:,} passages and "
        f"sentences) needs about {need / 2**20:.1f} MB there, plus as much again while the "
        "previous build is kept. Free some space, or set ASKSPEECH_INDEX_DIR to a folder on a "
        "larger disk, then run `askspeech index`. The current index is unchanged."
    )


def _gc(store: Store, keep: set[str]) -> None:
    """Drops builds other than `keep`: the live one, and the one before it, which readers that
    have not yet noticed the switch may still be using. Crashed builds go the same way."""
    for build in store.builds():
        if build not in keep:
            store.drop(build)
