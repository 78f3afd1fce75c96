"""Building, opening and atomically replacing the index.

An index is one Chroma collection holding three granularities of the cleaned corpus, each
record with its embedding, its text and metadata (speech, paragraph, offsets, jieba tokens for
BM25, a content hash): ``paragraph`` (to rebuild speeches for reading), ``passage`` (what is
retrieved and cited) and ``sentence`` (sharper vectors; the units extractive answers quote).
Its manifest (corpus hashes, chunking parameters, model id, counts, build time) is stored in the
collection metadata, so the embedded store and a Chroma server work the same way.

A rebuild writes a new collection next to the current one and then moves a pointer: embedded,
each build has its own folder under ``index/builds`` and ``index/CURRENT`` names the live one
(replaced with an atomic rename); on a server, each build is its own collection and a small
pointer collection names the live one. Readers only ever follow the pointer, so a crash or bad
input mid-build never leaves a half-built index in use.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from askspeech.chunking import ChunkingParams, Chunks, Passage, chunk_speeches
from askspeech.config import Settings
from askspeech.corpus import PARAGRAPH_SEPARATOR, Corpus, load_corpus
from askspeech.lexical import BM25, tokenize

if TYPE_CHECKING:
    import chromadb
    from chromadb.api import ClientAPI
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
COLLECTION_PREFIX = "askspeech-"
POINTER_COLLECTION = "askspeech-current"
ADD_BATCH = 128
KINDS = ("paragraph", "passage", "sentence")
Progress = Callable[[str, int, int], None]


class IndexUnavailableError(RuntimeError):
    """No usable index; the message ends with the command that fixes it."""


class IndexMissingError(IndexUnavailableError):
    pass


class IndexCorruptError(IndexUnavailableError):
    pass


class IndexBusyError(IndexUnavailableError):
    pass


@dataclass(frozen=True)
class Manifest:
    build_id: str
    created: str
    corpus: str
    files: dict[str, str]
    chunking: dict[str, int | str]
    model_id: str
    counts: dict[str, int]
    fingerprint: str
    build_seconds: float = 0.0
    embedded: int = 0  # vectors computed by this build
    reused: int = 0  # vectors carried over from the previous build
    cleaning: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT_VERSION
    complete: bool = True

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class SpeechText:
    """A speech as indexed: what the reader view shows and citations point into."""

    number: int
    title: str
    source: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


@dataclass(frozen=True)
class BuildResult:
    manifest: Manifest
    up_to_date: bool  # nothing changed, nothing was built
    report_lines: list[str] = field(default_factory=list)


def fingerprint(files: dict[str, str], params: ChunkingParams, model_id: str) -> str:
    payload = json.dumps(
        {"files": files, "chunking": params.as_dict(), "model": model_id, "format": FORMAT_VERSION},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


def text_hash(kind: str, text: str) -> str:
    return hashlib.sha1(f"{kind}\0{text}".encode()).hexdigest()


# ---------------------------------------------------------------- stores


class Store(Protocol):
    """Where build collections live and which one is current."""

    def current(self) -> str | None: ...
    def set_current(self, build_id: str) -> None: ...
    def client(self, build_id: str) -> ClientAPI: ...
    def collection_name(self, build_id: str) -> str: ...
    def begin(self, build_id: str) -> None: ...
    def abort(self, build_id: str) -> None: ...
    def builds(self) -> list[str]: ...
    def drop(self, build_id: str) -> None: ...
    def describe(self) -> str: ...


class EmbeddedStore:
    """Chroma ``PersistentClient`` folders under ``<index>/builds``; ``CURRENT`` names the live
    one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.builds_dir = root / "builds"
        self.pointer = root / "CURRENT"

    def describe(self) -> str:
        return f"embedded Chroma at {self.root}"

    def current(self) -> str | None:
        try:
            build_id = self.pointer.read_text().strip()
        except FileNotFoundError:
            return None
        return build_id or None

    def _path(self, build_id: str) -> Path:
        return self.builds_dir / build_id

    def client(self, build_id: str) -> ClientAPI:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        path = self._path(build_id)
        if not path.is_dir():
            raise IndexCorruptError(
                f"index build {build_id} is missing from {self.builds_dir}. "
                "Run `askspeech index --rebuild`."
            )
        return chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
        )

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + "index"

    def begin(self, build_id: str) -> None:
        self._path(build_id).mkdir(parents=True)

    def abort(self, build_id: str) -> None:
        shutil.rmtree(self._path(build_id), ignore_errors=True)

    def set_current(self, build_id: str) -> None:
        tmp = self.root / f".CURRENT.{os.getpid()}"
        tmp.write_text(build_id + "\n")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.pointer)
        _fsync_dir(self.root)

    def builds(self) -> list[str]:
        if not self.builds_dir.is_dir():
            return []
        return sorted(p.name for p in self.builds_dir.iterdir() if p.is_dir())

    def drop(self, build_id: str) -> None:
        self.abort(build_id)


class ServerStore:
    """A Chroma server (``chroma run``): one collection per build, a pointer collection."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._client: ClientAPI | None = None

    def describe(self) -> str:
        return f"Chroma server at http://{self.host}:{self.port}"

    def client(self, build_id: str = "") -> ClientAPI:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            try:
                self._client = chromadb.HttpClient(
                    host=self.host, port=self.port,
                    settings=ChromaSettings(anonymized_telemetry=False),
                )
                self._client.heartbeat()
            except Exception as exc:
                self._client = None
                raise IndexMissingError(
                    f"cannot reach the Chroma server at http://{self.host}:{self.port} ({exc}). "
                    "Start it (`chroma run --path index/chroma-server --port "
                    f"{self.port}`) or unset ASKSPEECH_CHROMA_URL."
                ) from exc
        return self._client

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + build_id

    def _pointer(self) -> chromadb.Collection:
        pointer: chromadb.Collection = self.client().get_or_create_collection(
            POINTER_COLLECTION, metadata={"build": ""})
        return pointer

    def current(self) -> str | None:
        meta = self._pointer().metadata or {}
        build = meta.get("build")
        return str(build) if build else None

    def set_current(self, build_id: str) -> None:
        self._pointer().modify(metadata={"build": build_id})

    def begin(self, build_id: str) -> None:
        pass  # the collection is created by the build itself

    def abort(self, build_id: str) -> None:
        self.drop(build_id)

    def builds(self) -> list[str]:
        names = [c.name for c in self.client().list_collections()]
        return sorted(
            n[len(COLLECTION_PREFIX):] for n in names
            if n.startswith(COLLECTION_PREFIX) and n != POINTER_COLLECTION
        )

    def drop(self, build_id: str) -> None:
        with contextlib.suppress(Exception):
            self.client().delete_collection(self.collection_name(build_id))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_store(settings: Settings) -> Store:
    server = settings.chroma_server
    if server:
        return ServerStore(*server)
    return EmbeddedStore(settings.index_path)


@contextlib.contextmanager
def build_lock(settings: Settings) -> Iterator[None]:
    """One builder at a time per index folder (readers never wait)."""
    settings.index_path.mkdir(parents=True, exist_ok=True)
    with (settings.index_path / ".build.lock").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusyError(
                "another `askspeech index` is building this index; wait for it to finish."
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# ---------------------------------------------------------------- reading


def _collection(store: Store, build_id: str) -> chromadb.Collection:
    try:
        collection: chromadb.Collection = store.client(build_id).get_collection(
            store.collection_name(build_id))
        return collection
    except IndexUnavailableError:
        raise
    except Exception as exc:
        raise IndexCorruptError(
            f"the index build {build_id} in {store.describe()} cannot be opened ({exc}). "
            "Run `askspeech index --rebuild`."
        ) from exc


def read_manifest(store: Store, build_id: str) -> Manifest:
    meta = _collection(store, build_id).metadata or {}
    try:
        return Manifest.from_json(str(meta["manifest"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexCorruptError(
            f"the index build {build_id} has no readable manifest. Run `askspeech index --rebuild`."
        ) from exc


def current_manifest(settings: Settings) -> Manifest | None:
    store = open_store(settings)
    build_id = store.current()
    return read_manifest(store, build_id) if build_id else None


def _passage(doc: str, meta: dict[str, Any], record_id: str) -> Passage:
    return Passage(
        passage_id=record_id,
        speech=int(meta["speech"]),
        title=str(meta["title"]),
        paragraph=int(meta["paragraph"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=doc,
        context=str(meta.get("context", "")),
    )


class IndexSnapshot:
    """One complete, immutable build, loaded for querying."""

    def __init__(self, store: Store, build_id: str, embeddings: Embeddings) -> None:
        from langchain_chroma import Chroma

        self.build_id = build_id
        self.collection = _collection(store, build_id)
        self.manifest = read_manifest(store, build_id)
        self.vectorstore: Chroma = Chroma(
            client=store.client(build_id),
            collection_name=store.collection_name(build_id),
            embedding_function=embeddings,
            create_collection_if_not_exists=False,
        )
        got = self.collection.get(include=["documents", "metadatas"])
        docs, metas, ids = got["documents"] or [], got["metadatas"] or [], got["ids"]
        if len(ids) != sum(self.manifest.counts.get(k + "s", 0) for k in KINDS):
            raise IndexCorruptError(
                f"the index build {build_id} holds {len(ids)} records, its manifest expects "
                f"{self.manifest.counts}. Run `askspeech index --rebuild`."
            )
        passages: list[tuple[Passage, list[str]]] = []
        sentences: list[tuple[Passage, list[str]]] = []
        paragraphs: dict[int, dict[int, str]] = {}
        titles: dict[int, tuple[str, str]] = {}
        self.parent: dict[str, str] = {}
        for record_id, doc, meta in zip(ids, docs, metas, strict=True):
            m: dict[str, Any] = dict(meta or {})
            kind = m.get("kind")
            if kind == "paragraph":
                paragraphs.setdefault(int(m["speech"]), {})[int(m["paragraph"])] = doc
                titles[int(m["speech"])] = (str(m["title"]), str(m.get("source", "")))
                continue
            item = (_passage(doc, m, record_id), str(m.get("tokens", "")).split())
            if kind == "passage":
                passages.append(item)
            elif kind == "sentence":
                sentences.append(item)
                self.parent[record_id] = str(m["parent"])
        order = lambda item: (item[0].speech, item[0].start, item[0].end)  # noqa: E731
        passages.sort(key=order)
        sentences.sort(key=order)
        self.passages = [p for p, _ in passages]
        self.sentences = [s for s, _ in sentences]
        self.passage_index = {p.passage_id: i for i, p in enumerate(self.passages)}
        self.sentence_index = {s.passage_id: i for i, s in enumerate(self.sentences)}
        self.bm25_passages = BM25([t for _, t in passages])
        self.bm25_sentences = BM25([t for _, t in sentences])
        bags: dict[int, list[str]] = {}
        for p, tokens in passages:
            bags.setdefault(p.speech, []).extend(tokens)
        self.speech_numbers = sorted(bags)
        # Whole speeches as documents: a question naming a place or programme that only one
        # speech talks about should prefer that speech's passages.
        self.bm25_speeches = BM25([bags[n] for n in self.speech_numbers])
        self.speeches = {
            n: SpeechText(n, titles[n][0], titles[n][1],
                          tuple(paras[k] for k in sorted(paras)))
            for n, paras in sorted(paragraphs.items())
        }
        self.sentences_of: dict[str, list[int]] = {}  # passage id → its sentences
        self.paragraph_sentences: dict[tuple[int, int], list[Passage]] = {}
        for i, s in enumerate(self.sentences):
            self.sentences_of.setdefault(self.parent[s.passage_id], []).append(i)
            self.paragraph_sentences.setdefault((s.speech, s.paragraph), []).append(s)

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        if not ids:
            return {}
        got = self.collection.get(ids=list(ids), include=["embeddings"])
        vectors = got["embeddings"]
        if vectors is None:
            return {}
        return {i: list(map(float, v)) for i, v in zip(got["ids"], vectors, strict=True)}


def open_index(settings: Settings, embeddings: Embeddings) -> IndexSnapshot:
    """The current build, ready to query; raises a clear error when there is none."""
    from askspeech.embeddings import resolve_model

    store = open_store(settings)
    build_id = store.current()
    if not build_id:
        where = store.describe()
        raise IndexMissingError(
            f"no index yet in {where}. Build it with `askspeech index` (or `make index`)."
        )
    snapshot = IndexSnapshot(store, build_id, embeddings)
    wanted = resolve_model(settings, prepare=False).model_id
    if snapshot.manifest.model_id != wanted:
        raise IndexCorruptError(
            f"the index was built with model {snapshot.manifest.model_id!r} but the configured "
            f"model is {wanted!r}. Run `askspeech index --rebuild` to re-embed."
        )
    return snapshot


def current_build_id(settings: Settings) -> str | None:
    """Cheap check readers use to notice a new build."""
    return open_store(settings).current()


# ---------------------------------------------------------------- building


@dataclass
class _Records:
    ids: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # verbatim text, what is shown/quoted
    searched: list[str] = field(default_factory=list)  # text embedded: context + document
    metadatas: list[dict[str, Any]] = field(default_factory=list)

    def add(self, rid: str, document: str, searched: str, meta: dict[str, Any]) -> None:
        meta["hash"] = text_hash("passage", searched)
        self.ids.append(rid)
        self.documents.append(document)
        self.searched.append(searched)
        self.metadatas.append(meta)


def _records(corpus: Corpus, chunks: Chunks, params: ChunkingParams) -> _Records:
    out = _Records()
    for speech in corpus.speeches:
        for number, ((start, end), para) in enumerate(
            zip(speech.paragraph_spans(), speech.paragraphs, strict=True), start=1
        ):
            out.add(f"g{speech.number:04d}-{number:05d}", para, para,
                    {"kind": "paragraph", "speech": speech.number, "title": speech.title,
                     "source": speech.source, "paragraph": number, "start": start, "end": end})
    for kind, units in (("passage", chunks.passages), ("sentence", chunks.sentences)):
        for u in units:
            meta: dict[str, Any] = {"kind": kind, "speech": u.speech, "title": u.title,
                                    "paragraph": u.paragraph, "start": u.start, "end": u.end,
                                    "context": u.context,
                                    "tokens": " ".join(tokenize(f"{u.context} {u.text}"))}
            if kind == "sentence":
                meta["parent"] = chunks.parent[u.passage_id]
            searched = f"{u.context}\n{u.text}" if u.context and params.context_vectors else u.text
            out.add(u.passage_id, u.text, searched, meta)
    return out


class _ReusingEmbeddings:
    """Embeddings that reuse vectors of the previous build (same model) by text hash."""

    def __init__(self, inner: Embeddings, known: dict[str, list[float]]) -> None:
        self.inner, self.known = inner, known
        self.computed = 0
        self.reused = 0

    def embed(self, texts: list[str]) -> list[list[float]]:
        keys = [text_hash("passage", t) for t in texts]
        missing = [t for t, k in zip(texts, keys, strict=True) if k not in self.known]
        if missing:
            for t, v in zip(missing, self.inner.embed_documents(missing), strict=True):
                self.known[text_hash("passage", t)] = list(v)
        self.computed += len(missing)
        self.reused += len(texts) - len(missing)
        return [self.known[k] for k in keys]


def _previous_vectors(store: Store, model_id: str) -> dict[str, list[float]]:
    build_id = store.current()
    if not build_id:
        return {}
    try:
        if read_manifest(store, build_id).model_id != model_id:
            return {}  # a different model: never mix its vectors with ours
        got = _collection(store, build_id).get(include=["embeddings", "metadatas"])
    except IndexUnavailableError:
        return {}
    vectors = got["embeddings"]
    if vectors is None:
        return {}
    return {
        str(m["hash"]): list(map(float, v))
        for m, v in zip(got["metadatas"] or [], vectors, strict=True)
        if m and "hash" in m
    }


def new_build_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)


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
    from askspeech.embeddings import load_embeddings, resolve_model

    started = time.perf_counter()
    path = corpus_path or settings.corpus
    corpus = load_corpus(path)  # raises CorpusError on bad input, before any write
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
        chunks = chunk_speeches(corpus.speeches, params)
        records = _records(corpus, chunks, params)
        embedder = _ReusingEmbeddings(load_embeddings(settings),
                                      _previous_vectors(store, model.model_id))
        build_id = new_build_id()
        counts = {"speeches": len(corpus.speeches), "paragraphs": 0, "passages": 0,
                  "sentences": 0}
        for m in records.metadatas:
            counts[m["kind"] + "s"] += 1
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
        store.begin(build_id)
        try:
            collection = store.client(build_id).create_collection(
                store.collection_name(build_id),
                metadata={"manifest": manifest.to_json()},
                configuration={"hnsw": {"space": "cosine", "ef_search": 200,
                                        "ef_construction": 200}},
                embedding_function=None,
            )
            total = len(records.ids)
            for lo in range(0, total, ADD_BATCH):
                hi = min(lo + ADD_BATCH, total)
                collection.add(
                    ids=records.ids[lo:hi],
                    documents=records.documents[lo:hi],
                    metadatas=records.metadatas[lo:hi],  # type: ignore[arg-type]
                    embeddings=embedder.embed(records.searched[lo:hi]),  # type: ignore[arg-type]
                )
                if progress:
                    progress("embedding", hi, total)
            manifest = Manifest(**{
                **asdict(manifest),
                "complete": True,
                "embedded": embedder.computed,
                "reused": embedder.reused,
                "build_seconds": round(time.perf_counter() - started, 2),
            })
            collection.modify(metadata={"manifest": manifest.to_json()})
        except BaseException:
            store.abort(build_id)
            raise
        store.set_current(build_id)
        _gc(store, keep={build_id, current} if current else {build_id})
    log.info("index build %s: %s in %.1fs", build_id, counts, manifest.build_seconds)
    return BuildResult(manifest, up_to_date=False, report_lines=report)


def _gc(store: Store, keep: set[str]) -> None:
    """Drops builds other than `keep`: the live one, and the one before it, which readers that
    have not yet noticed the switch may still be using. Crashed builds go the same way."""
    for build in store.builds():
        if build not in keep:
            store.drop(build)
