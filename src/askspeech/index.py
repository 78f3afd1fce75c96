"""Building, opening and atomically replacing the index.

A build is two Chroma collections. The vector collection holds what retrieval searches, each
record with its embedding, its text and metadata (speech, paragraph, offsets, jieba tokens for
BM25, a content hash): ``passage`` records (what is retrieved and cited) and ``sentence`` records
(sharper vectors; the units extractive answers quote). Nothing else is in it, so a dense query
needs no metadata filter: a filter makes Chroma scan every record (45 ms a query at 10× the
corpus). The text collection holds each cleaned speech, which citations point into. The
manifest (corpus hashes, chunking parameters, model id, counts, build time) is the vector
collection's metadata, so the embedded store and a Chroma server work the same way.

A rebuild writes new collections next to the current ones and then moves a pointer: embedded,
each build has its own folder under ``index/builds`` and ``index/CURRENT`` names the live one
(replaced with an atomic rename); on a server, each build is its own pair of collections and a
small pointer collection names the live one. Readers only ever follow the pointer, so a crash
or bad input mid-build never leaves a half-built index in use. Embedded builds are also sealed
with checksums of Chroma's segment files, checked before Chroma opens them: garbage in an HNSW
file crashes the whole process inside Chroma instead of raising an error.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np
import numpy.typing as npt

from askspeech.chunking import ChunkingParams, Chunks, Passage, chunk_speech
from askspeech.config import Settings
from askspeech.corpus import PARAGRAPH_SEPARATOR, Corpus, load_corpus
from askspeech.lexical import BM25, tokenize

if TYPE_CHECKING:
    import chromadb
    from chromadb.api import ClientAPI
    from chromadb.api.collection_configuration import CreateCollectionConfiguration
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 2: speeches in their own collection, only searchable units have vectors
COLLECTION_PREFIX = "askspeech-"
POINTER_COLLECTION = "askspeech-current"
SEAL_FILE = "askspeech-seal.json"
ADD_BATCH = 128
READ_PAGE = 5000  # records per get() when loading a build: bounds one HTTP response
UNIT_KINDS = ("passage", "sentence")
Progress = Callable[[str, int, int], None]
Vectors = npt.NDArray[np.float32]


class IndexUnavailableError(RuntimeError):
    """No usable index; the message ends with the command that fixes it."""


class IndexMissingError(IndexUnavailableError):
    pass


class IndexCorruptError(IndexUnavailableError):
    pass


class IndexBusyError(IndexUnavailableError):
    pass


class IndexServerError(IndexUnavailableError):
    """The Chroma server cannot be reached."""


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


def _rebuild_hint(problem: str) -> IndexCorruptError:
    return IndexCorruptError(f"{problem}. Run `askspeech index --rebuild`.")


# ---------------------------------------------------------------- stores


class Store(Protocol):
    """Where build collections live and which build is current."""

    def describe(self) -> str: ...
    def current(self) -> str | None: ...
    def set_current(self, build_id: str) -> None: ...
    def client(self, build_id: str) -> ClientAPI: ...
    def release(self, client: ClientAPI) -> None: ...
    def collection_name(self, build_id: str) -> str: ...
    def text_collection_name(self, build_id: str) -> str: ...
    def begin(self, build_id: str) -> None: ...
    def seal(self, build_id: str) -> None: ...
    def abort(self, build_id: str) -> None: ...
    def builds(self) -> list[str]: ...
    def drop(self, build_id: str) -> None: ...
    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError: ...


@dataclass
class _Shared:
    client: ClientAPI
    users: int = 0


# Re-entrant: a snapshot's finalizer (which releases its client) may run inside these sections.
_clients_lock = threading.RLock()
_clients: dict[str, _Shared] = {}  # build folder → the one client open on it in this process


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
        """The process's client for the build; `release` it when done. The last release
        closes it, freeing what Chroma holds in memory for the build (a server that lives
        through many rebuilds would otherwise keep every old index loaded)."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        path = self._path(build_id)
        if not path.is_dir():
            raise _rebuild_hint(f"index build {build_id} is missing from {self.builds_dir}")
        check_seal(path)
        # Chroma's own sharing of one "system" per folder races when a client closes while
        # another opens: so every open and close here happens under one lock.
        with _clients_lock:
            if str(path) not in _clients:
                try:
                    opened = chromadb.PersistentClient(
                        path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
                except Exception as exc:  # e.g. garbage in its sqlite file
                    raise self.failure(build_id, exc) from exc
                _clients[str(path)] = _Shared(opened)
            shared = _clients[str(path)]
            shared.users += 1
            return shared.client

    def release(self, client: ClientAPI) -> None:
        with _clients_lock:
            key = next((k for k, v in list(_clients.items()) if v.client is client), None)
            if key is None:
                return
            shared = _clients[key]
            shared.users -= 1
            if shared.users == 0:
                del _clients[key]
                close = getattr(client, "close", None)
                if callable(close):
                    close()

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + "index"

    def text_collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + "text"

    def begin(self, build_id: str) -> None:
        self._path(build_id).mkdir(parents=True)
        # Pointer files a killed builder left behind (we hold the build lock: none is live).
        for stale in self.root.glob(".CURRENT.*"):
            stale.unlink(missing_ok=True)

    def seal(self, build_id: str) -> None:
        write_seal(self._path(build_id))

    def abort(self, build_id: str) -> None:
        self.drop(build_id)

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
        shutil.rmtree(self._path(build_id), ignore_errors=True)

    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError:
        return _rebuild_hint(
            f"the index build {build_id} in {self.describe()} cannot be read ({exc})")


_BUILD_COLLECTION = re.compile(rf"^{COLLECTION_PREFIX}(\d{{8}}-\d{{6}}-[0-9a-f]{{6}})$")


class ServerStore:
    """A Chroma server (``chroma run``): two collections per build, a pointer collection.

    One HTTP client per server and process, shared by every reader (each `HttpClient` is a
    new Chroma "system"; making one per check would leak them). The build lock is a local
    file, so build from one machine at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._client: ClientAPI | None = None
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"Chroma server at http://{self.host}:{self.port}"

    def client(self, build_id: str = "") -> ClientAPI:
        with self._lock:
            if self._client is None:
                import chromadb
                from chromadb.config import Settings as ChromaSettings

                try:
                    client = chromadb.HttpClient(
                        host=self.host, port=self.port,
                        settings=ChromaSettings(anonymized_telemetry=False),
                    )
                    client.heartbeat()
                except Exception as exc:
                    raise self.unreachable(exc) from exc
                self._client = client
            return self._client

    def release(self, client: ClientAPI) -> None:
        pass  # shared by every reader of this server

    def unreachable(self, exc: Exception) -> IndexServerError:
        return IndexServerError(
            f"cannot reach the Chroma server at http://{self.host}:{self.port} ({exc}). "
            f"Start it (`chroma run --path index/chroma-server --port {self.port}`) or unset "
            "ASKSPEECH_CHROMA_URL / ASKSPEECH_CHROMA_HOST / ASKSPEECH_CHROMA_PORT."
        )

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + build_id

    def text_collection_name(self, build_id: str) -> str:
        return f"{COLLECTION_PREFIX}{build_id}-text"

    def _pointer(self) -> chromadb.Collection:
        try:
            pointer: chromadb.Collection = self.client().get_or_create_collection(
                POINTER_COLLECTION, metadata={"build": ""})
        except IndexUnavailableError:
            raise
        except Exception as exc:
            raise self.failure(f"pointer ({POINTER_COLLECTION})", exc) from exc
        return pointer

    def current(self) -> str | None:
        meta = self._pointer().metadata or {}
        build = meta.get("build")
        return str(build) if build else None

    def set_current(self, build_id: str) -> None:
        self._pointer().modify(metadata={"build": build_id})

    def begin(self, build_id: str) -> None:
        pass  # the collections are created by the build itself

    def seal(self, build_id: str) -> None:
        pass  # the server owns its files

    def abort(self, build_id: str) -> None:
        self.drop(build_id)

    def builds(self) -> list[str]:
        names = [c.name for c in self.client().list_collections()]
        return sorted(m.group(1) for m in map(_BUILD_COLLECTION.match, names) if m)

    def drop(self, build_id: str) -> None:
        for name in (self.collection_name(build_id), self.text_collection_name(build_id)):
            with contextlib.suppress(Exception):
                self.client().delete_collection(name)

    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError:
        import httpx

        if isinstance(exc, httpx.TransportError | ConnectionError):
            return self.unreachable(exc)
        return _rebuild_hint(
            f"the index build {build_id} in {self.describe()} cannot be read ({exc})")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_servers: dict[tuple[str, int], ServerStore] = {}
_servers_lock = threading.Lock()


def open_store(settings: Settings) -> Store:
    server = settings.chroma_server
    if server is None:
        return EmbeddedStore(settings.index_path)
    with _servers_lock:
        if server not in _servers:
            _servers[server] = ServerStore(*server)
        return _servers[server]


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


# ---------------------------------------------------------------- seals (embedded builds)


def _sealed_files(folder: Path) -> list[Path]:
    """Chroma's segment files. Its sqlite file is left out: Chroma writes to it when reading,
    and sqlite detects damage to it by itself."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name != SEAL_FILE and not p.name.startswith("chroma.sqlite3")
    )


def _digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def write_seal(folder: Path) -> None:
    files = {str(p.relative_to(folder)): [p.stat().st_size, _digest(p)]
             for p in _sealed_files(folder)}
    (folder / SEAL_FILE).write_text(json.dumps({"files": files}, indent=1))


_checked_seals: set[tuple[str, int]] = set()  # (folder, seal mtime): checked in this process


def check_seal(folder: Path) -> None:
    """Raises IndexCorruptError when a segment file changed since the build was sealed. A
    build without a seal (an older askspeech, or one still being written) is not checked."""
    seal = folder / SEAL_FILE
    try:
        key = (str(folder), seal.stat().st_mtime_ns)
    except FileNotFoundError:
        return
    if key in _checked_seals:
        return
    try:
        files = json.loads(seal.read_text())["files"]
    except (OSError, ValueError, KeyError) as exc:
        raise _rebuild_hint(f"the seal of index build {folder.name} is unreadable ({exc})") from exc
    for name, (size, digest) in files.items():
        path = folder / name
        if not path.is_file() or path.stat().st_size != size or _digest(path) != digest:
            raise _rebuild_hint(
                f"the index build {folder.name} is damaged: {name} changed since it was built")
    _checked_seals.add(key)


# ---------------------------------------------------------------- reading


@contextlib.contextmanager
def _reading(store: Store, build_id: str) -> Iterator[None]:
    """Turns whatever the store raises into an IndexUnavailableError that says what to do."""
    try:
        yield
    except IndexUnavailableError:
        raise
    except Exception as exc:
        raise store.failure(build_id, exc) from exc


@contextlib.contextmanager
def _connected(store: Store, build_id: str) -> Iterator[ClientAPI]:
    client = store.client(build_id)
    try:
        yield client
    finally:
        store.release(client)


def _parse_manifest(meta: Mapping[str, Any], build_id: str) -> Manifest:
    try:
        return Manifest.from_json(str(meta["manifest"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _rebuild_hint(f"the index build {build_id} has no readable manifest") from exc


def read_manifest(store: Store, build_id: str) -> Manifest:
    with _reading(store, build_id), _connected(store, build_id) as client:
        meta = client.get_collection(store.collection_name(build_id)).metadata or {}
    return _parse_manifest(meta, build_id)


def current_manifest(settings: Settings) -> Manifest | None:
    store = open_store(settings)
    build_id = store.current()
    return read_manifest(store, build_id) if build_id else None


def _check_usable(manifest: Manifest, build_id: str) -> None:
    if manifest.format != FORMAT_VERSION:
        raise _rebuild_hint(
            f"the index build {build_id} has format {manifest.format}; this askspeech reads "
            f"format {FORMAT_VERSION}")
    if not manifest.complete:
        raise _rebuild_hint(f"the index build {build_id} is incomplete")


def _get_all(collection: chromadb.Collection,
             documents: bool = True) -> list[tuple[str, str, Mapping[str, Any]]]:
    """Every record's id, document (or "") and metadata, a page at a time (Chroma refuses
    to get 100k records at once: "too many SQL variables")."""
    out: list[tuple[str, str, Mapping[str, Any]]] = []
    include: Any = ["documents", "metadatas"] if documents else ["metadatas"]
    while True:
        got = collection.get(include=include, limit=READ_PAGE, offset=len(out))
        docs = got["documents"] or [""] * len(got["ids"])
        out += zip(got["ids"], docs, got["metadatas"] or [], strict=True)
        if len(got["ids"]) < READ_PAGE:
            return out


def _by_speech(units: Sequence[Passage]) -> dict[int, npt.NDArray[np.intp]]:
    """Speech number → positions of its units (which are sorted by speech)."""
    found: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        found.setdefault(u.speech, []).append(i)
    return {n: np.asarray(positions, dtype=np.intp) for n, positions in found.items()}


class IndexSnapshot:
    """One complete, immutable build, loaded for querying."""

    def __init__(self, store: Store, build_id: str, embeddings: Embeddings) -> None:
        from langchain_chroma import Chroma

        self.build_id = build_id
        self._store = store
        client = store.client(build_id)
        # Chroma's hold on the build is released when the last reader drops this snapshot.
        weakref.finalize(self, store.release, client)
        with _reading(store, build_id):
            self.collection = client.get_collection(store.collection_name(build_id))
            self.manifest = _parse_manifest(self.collection.metadata or {}, build_id)
            _check_usable(self.manifest, build_id)
            speeches = _get_all(client.get_collection(store.text_collection_name(build_id)))
            # Unit texts are cut from the speeches: reading them too took 20 % longer.
            units = _get_all(self.collection, documents=False)
        self.vectorstore: Chroma = Chroma(
            client=client,
            collection_name=store.collection_name(build_id),
            embedding_function=embeddings,
            create_collection_if_not_exists=False,
        )
        self._load_speeches(speeches)
        self._load_units(units)

    def _expect(self, what: str, got: int, expected: int) -> None:
        if got != expected:
            raise _rebuild_hint(
                f"the index build {self.build_id} holds {got} {what}, its manifest expects "
                f"{expected}")

    def _unit(self, rid: str, m: Mapping[str, Any]) -> Passage:
        speech = self.speeches.get(int(m["speech"]))
        start, end = int(m["start"]), int(m["end"])
        if speech is None or not 0 <= start < end <= len(speech.text):
            raise _rebuild_hint(f"the index build {self.build_id} has a unit ({rid}) outside "
                                "its speeches")
        return Passage(rid, speech.number, speech.title, int(m["paragraph"]), start, end,
                       speech.text[start:end], context=str(m.get("context", "")))

    def _load_units(self, records: list[tuple[str, str, Mapping[str, Any]]]) -> None:
        counts = self.manifest.counts
        self._expect("passages and sentences", len(records),
                     counts.get("passages", 0) + counts.get("sentences", 0))
        passages: list[tuple[Passage, list[str]]] = []
        sentences: list[tuple[Passage, list[str]]] = []
        self.parent: dict[str, str] = {}
        for rid, _, m in records:
            item = (self._unit(rid, m), str(m.get("tokens", "")).split())
            if m.get("kind") == "passage":
                passages.append(item)
            else:
                sentences.append(item)
                self.parent[rid] = str(m["parent"])
        order = lambda item: (item[0].speech, item[0].start, item[0].end)  # noqa: E731
        passages.sort(key=order)
        sentences.sort(key=order)
        self.passages = [p for p, _ in passages]
        self.sentences = [s for s, _ in sentences]
        self.passage_index = {p.passage_id: i for i, p in enumerate(self.passages)}
        self.sentence_index = {s.passage_id: i for i, s in enumerate(self.sentences)}
        self.passages_of_speech = _by_speech(self.passages)
        self.sentences_of_speech = _by_speech(self.sentences)
        self.bm25_passages = BM25([t for _, t in passages])
        self.bm25_sentences = BM25([t for _, t in sentences])
        bags: dict[int, list[str]] = {}
        for p, tokens in passages:
            bags.setdefault(p.speech, []).extend(tokens)
        self.speech_numbers = sorted(bags)
        # Whole speeches as documents: a question naming a place or programme that only one
        # speech talks about should prefer that speech's passages.
        self.bm25_speeches = BM25([bags[n] for n in self.speech_numbers])
        self.sentences_of: dict[str, list[int]] = {}  # passage id → its sentences
        self.paragraph_sentences: dict[tuple[int, int], list[Passage]] = {}
        for i, s in enumerate(self.sentences):
            self.sentences_of.setdefault(self.parent[s.passage_id], []).append(i)
            self.paragraph_sentences.setdefault((s.speech, s.paragraph), []).append(s)
        # Every sentence in one string, for `sentences_with`.
        self._joined = PARAGRAPH_SEPARATOR.join(s.text for s in self.sentences)
        lengths = np.fromiter((len(s.text) + 1 for s in self.sentences), dtype=np.int64,
                              count=len(self.sentences))
        self._starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)

    def _load_speeches(self, records: list[tuple[str, str, Mapping[str, Any]]]) -> None:
        self._expect("speeches", len(records), self.manifest.counts.get("speeches", 0))
        speeches = [SpeechText(int(m["speech"]), str(m["title"]), str(m["source"]),
                               tuple(doc.split(PARAGRAPH_SEPARATOR))) for _, doc, m in records]
        self.speeches = {s.number: s for s in sorted(speeches, key=lambda s: s.number)}

    def sentences_with(self, terms: Sequence[str]) -> list[Passage]:
        """The sentences that hold any of `terms` verbatim, in corpus order. One substring
        search over all sentences joined, jumping to the next sentence after each hit, instead
        of a Python loop testing every sentence (30 ms a question at 100× the corpus)."""
        found: set[int] = set()
        for term in filter(None, terms):
            at = self._joined.find(term)
            while at != -1:
                i = int(np.searchsorted(self._starts, at, side="right")) - 1
                if term in self.sentences[i].text:  # not across two sentences
                    found.add(i)
                nxt = int(self._starts[i + 1]) if i + 1 < len(self._starts) else len(self._joined)
                at = self._joined.find(term, max(nxt, at + 1))
        return [self.sentences[i] for i in sorted(found)]

    def dense(self, vector: Sequence[float], k: int,
              speech: int | None = None) -> list[tuple[str, float]]:
        """The `k` passages and sentences nearest to `vector` (optionally of one speech), as
        (record id, cosine similarity), nearest first. Only ids and distances come back: the
        texts are already here."""
        where: dict[str, Any] | None = {"speech": speech} if speech is not None else None
        with _reading(self._store, self.build_id):
            got = self.collection.query(query_embeddings=np.asarray([vector], dtype=np.float32),
                                        n_results=k,
                                        where=where, include=["distances"])
        distances = (got["distances"] or [[]])[0]
        return [(rid, 1.0 - float(d)) for rid, d in zip(got["ids"][0], distances, strict=True)]

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        if not ids:
            return {}
        with _reading(self._store, self.build_id):
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


def _write_speeches(texts: chromadb.Collection, corpus: Corpus) -> None:
    speeches = list(corpus.speeches)
    for lo in range(0, len(speeches), ADD_BATCH):
        part = speeches[lo : lo + ADD_BATCH]
        texts.add(
            ids=[f"speech-{s.number:05d}" for s in part],
            documents=[s.text for s in part],
            metadatas=[{"speech": s.number, "title": s.title, "source": s.source} for s in part],
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
        store.begin(build_id)
        try:
            with _previous_build(store, current, model.model_id) as previous:
                embedder = _ReusingEmbeddings(load_embeddings(settings), previous)
                with _connected(store, build_id) as client:
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
