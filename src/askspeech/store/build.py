"""Building: clean, chunk, embed into a new build, then switch the pointer to it.

(Just over 400 lines: the steps of a build in their order, with the clean-up each failure
(a kill, a full disk) needs beside the step it interrupts.)
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
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
from askspeech.retrieval.lexical import BM25, tokenize

if TYPE_CHECKING:
    import chromadb
    from chromadb.api.collection_configuration import CreateCollectionConfiguration
    from langchain_core.embeddings import Embeddings


from askspeech.store import columnar
from askspeech.store.backends import Store, build_lock, connected, open_store, read_manifest
from askspeech.store.errors import IndexDiskFullError, IndexUnavailableError, is_disk_full
from askspeech.store.manifest import (
    ADD_BATCH,
    UNIT_KINDS,
    BuildResult,
    Manifest,
    Progress,
    fingerprint,
    text_hash,
)
from askspeech.store.seal import check_seal

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
    """One speech's passages, then its sentences (a sentence that is a whole passage has the
    same searched text, hence the same hash: it is embedded once)."""
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


class _ReusingEmbeddings:
    """The build's vectors: carried over from the previous build when it embedded the same
    text with the same model and backend (looked up by content hash: in its vector file, or
    in its Chroma collection on a server), else computed — each distinct text once.

    Texts to compute are sorted by length and embedded `batch_size` at a time: in corpus order,
    59 % of what the model computed was padding. A text's vector does not depend on its batch
    (padding is masked; measured: at most 1e-7 apart), so reused and fresh vectors agree. The
    model is loaded only when something is left to compute."""

    def __init__(self, load: Callable[[], Embeddings], batch_size: int,
                 previous: chromadb.Collection | None = None,
                 previous_files: tuple[dict[str, int], Vectors] | None = None) -> None:
        self.load, self.batch_size = load, batch_size
        self.previous, self.previous_files = previous, previous_files
        self.computed = 0  # texts the model embedded
        self.reused = 0  # records whose vector came from the previous build

    def _carried_over(self, keys: list[str]) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        if self.previous_files is not None:
            rows, vectors = self.previous_files
            for k in keys:
                if k in rows:
                    found[k] = np.array(vectors[rows[k]], dtype=np.float32)
        left = [k for k in keys if k not in found]
        for lo in range(0, len(left), ADD_BATCH):
            found.update(self._from_collection(left[lo : lo + ADD_BATCH]))
        return found

    def _from_collection(self, keys: list[str]) -> dict[str, Vectors]:
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

    def embed_all(self, texts: Sequence[str], progress: Progress | None = None) -> Vectors:
        keys = [text_hash("passage", t) for t in texts]
        found = self._carried_over(sorted(set(keys)))
        self.reused = sum(k in found for k in keys)
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in found}.items(),
                      key=lambda kt: (len(kt[1]), kt[0]))
        if todo:
            model = self.load()
            for lo in range(0, len(todo), self.batch_size):
                batch = todo[lo : lo + self.batch_size]
                vectors = np.asarray(model.embed_documents([t for _, t in batch]),
                                     dtype=np.float32)
                found.update((k, v) for (k, _), v in zip(batch, vectors, strict=True))
                if progress:
                    progress("embedding", lo + len(batch), len(todo))
        self.computed = len(todo)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys])


@dataclass
class _Previous:
    collection: chromadb.Collection | None = None
    files: tuple[dict[str, int], Vectors] | None = None


@contextlib.contextmanager
def _previous_build(store: Store, build_id: str | None, model_id: str,
                    backend: str) -> Iterator[_Previous]:
    """Where the current build's vectors can be reused from: its vector file (embedded
    builds of this format), else its Chroma collection; nothing when it used another model or
    backend (never mix their vectors with ours)."""
    if not build_id:
        yield _Previous()
        return
    folder = store.folder(build_id)
    if folder is not None and columnar.has_data(folder):
        previous = _Previous()
        try:
            manifest = columnar.read_manifest_file(folder)
            check_seal(folder, only=columnar.DATA_DIR)
            rows = columnar.previous_vectors(folder)
            if rows is not None and (manifest.model_id, manifest.backend) == (model_id, backend):
                previous.files = (rows, np.load(
                    folder / columnar.DATA_DIR / columnar.VECTORS_FILE, mmap_mode="r"))
        except (OSError, ValueError, TypeError, IndexUnavailableError) as exc:
            log.warning("not reusing vector files of build %s: %s", build_id, exc)
        yield previous  # outside the try: the build's own errors must pass through
        return
    try:
        manifest = read_manifest(store, build_id)
        if (manifest.model_id, manifest.backend) != (model_id, backend):
            yield _Previous()
            return
        client = store.client(build_id)
    except IndexUnavailableError as exc:
        log.warning("not reusing vectors of build %s: %s", build_id, exc)
        yield _Previous()
        return
    try:
        try:
            collection: chromadb.Collection | None = client.get_collection(
                store.collection_name(build_id))
        except Exception as exc:
            log.warning("not reusing vectors of build %s: %s", build_id, exc)
            collection = None
        yield _Previous(collection=collection)
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


def _write_units(collection: chromadb.Collection, records: Sequence[_Record],
                 vectors: Vectors, progress: Progress | None) -> None:
    for lo in range(0, len(records), ADD_BATCH):
        batch = records[lo : lo + ADD_BATCH]
        collection.add(
            ids=[r.rid for r in batch],
            documents=[r.document for r in batch],
            metadatas=[r.meta for r in batch],
            embeddings=vectors[lo : lo + ADD_BATCH],
        )
        if progress:
            progress("writing", lo + len(batch), len(records))


def _write_data(folder: Path, manifest: Manifest, corpus: Corpus, records: Sequence[_Record],
                vectors: Vectors) -> None:
    """The build's data files (see `store.columnar`), units in the order readers use:
    passages, then sentences, each by (speech, start, end)."""
    kinds = {kind: n for n, kind in enumerate(UNIT_KINDS)}
    order = sorted(range(len(records)), key=lambda i: (
        kinds[records[i].meta["kind"]], records[i].meta["speech"], records[i].meta["start"],
        records[i].meta["end"], i))
    rows = [records[i] for i in order]
    units: dict[str, list[Any]] = {
        "id": [r.rid for r in rows],
        "parent": [str(r.meta.get("parent", "")) for r in rows],
        **{c: [r.meta[c] for r in rows]
           for c in ("kind", "speech", "paragraph", "start", "end", "context", "hash")},
    }
    tokens = [r.meta["tokens"].split() for r in rows]
    passages = [t for r, t in zip(rows, tokens, strict=True) if r.meta["kind"] == "passage"]
    sentences = [t for r, t in zip(rows, tokens, strict=True) if r.meta["kind"] != "passage"]
    bags: dict[int, list[str]] = {}
    for r, t in zip(rows, tokens, strict=True):
        if r.meta["kind"] == "passage":
            bags.setdefault(int(r.meta["speech"]), []).extend(t)
    bm25 = [BM25(passages).index, BM25(sentences).index,
            BM25([bags[n] for n in sorted(bags)]).index]
    speeches = [(s.text, _speech_metadata(s)) for s in corpus.speeches]
    columnar.write_data(folder, manifest, units, vectors[np.asarray(order, dtype=np.intp)]
                        if len(order) else vectors, speeches, bm25)


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
    backend = settings.embedding_backend
    fp = fingerprint(corpus.file_hashes, params, model.model_id, backend)
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
            backend=backend,
            counts=counts,
            fingerprint=fp,
            cleaning=dict(corpus.report.counts),
            complete=False,
        )
        try:
            store.begin(build_id)
            records = [r for c in chunks for r in _unit_records(c, params)]
            with _previous_build(store, current, model.model_id, backend) as previous:
                embedder = _ReusingEmbeddings(lambda: load_embeddings(settings),
                                              settings.embedding_batch_size,
                                              previous.collection, previous.files)
                vectors = embedder.embed_all([r.searched for r in records], progress)
            manifest = replace(manifest, embedded=embedder.computed, reused=embedder.reused)
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
                _write_units(collection, records, vectors, progress)
                manifest = replace(manifest, complete=True,
                                   build_seconds=round(time.perf_counter() - started, 2))
                collection.modify(metadata={"manifest": manifest.to_json()})
            folder = store.folder(build_id)
            if folder is not None:
                _write_data(folder, manifest, corpus, records, vectors)
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
