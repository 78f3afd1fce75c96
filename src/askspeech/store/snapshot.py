"""One complete build, opened for querying."""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from askspeech.config import Settings
from askspeech.ingest.chunking import Passage
from askspeech.ingest.corpus import PARAGRAPH_SEPARATOR
from askspeech.ingest.outline import from_dict as outline_from_dict
from askspeech.retrieval.lexical import BM25

if TYPE_CHECKING:
    import chromadb
    from chromadb.api import ClientAPI
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings


from askspeech.store import columnar
from askspeech.store.backends import Store, open_store, reading
from askspeech.store.errors import (
    IndexCorruptError,
    IndexMissingError,
    IndexUnavailableError,
    rebuild_hint,
)
from askspeech.store.manifest import (
    READ_PAGE,
    UNIT_KINDS,
    SpeechText,
    check_usable,
    parse_manifest,
)
from askspeech.store.seal import check_seal

log = logging.getLogger(__name__)
Vectors = npt.NDArray[np.float32]


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


def _speech_text(document: str, m: Mapping[str, Any]) -> SpeechText:
    raw = m.get("outline")
    try:
        outline = outline_from_dict(json.loads(str(raw))) if raw else None
    except (ValueError, KeyError, TypeError) as exc:
        raise rebuild_hint(f"speech {m.get('speech')} has an unreadable outline") from exc
    return SpeechText(int(m["speech"]), str(m["title"]), str(m["source"]),
                      tuple(document.split(PARAGRAPH_SEPARATOR)), outline,
                      str(m.get("label", "")), str(m.get("place") or "") or None,
                      str(m.get("level") or "") or None, str(m.get("occasion") or "") or None)


Units = dict[str, list[Any]]


def _columns(records: list[tuple[str, str, Mapping[str, Any]]]) -> tuple[Units, list[list[str]]]:
    """Chroma's unit records as the columns `store.columnar` stores, in reader order
    (passages, then sentences, each by speech, start, end), with their BM25 tokens."""
    kinds = {kind: n for n, kind in enumerate(UNIT_KINDS)}
    order = sorted(range(len(records)), key=lambda i: (
        kinds.get(str(records[i][2].get("kind")), 1), int(records[i][2]["speech"]),
        int(records[i][2]["start"]), int(records[i][2]["end"]), i))
    rows = [records[i] for i in order]
    units: Units = {"id": [rid for rid, _, _ in rows]}
    for col in ("kind", "speech", "paragraph", "start", "end", "context", "parent", "hash"):
        units[col] = [m.get(col, "") for _, _, m in rows]
    return units, [str(m.get("tokens", "")).split() for _, _, m in rows]


class IndexSnapshot:
    """One complete, immutable build, loaded for querying.

    Embedded builds open from their data files (`store.columnar`): no Chroma, no BM25
    indexing, vectors memory-mapped, and dense search is an exact pass over them. Builds on a
    Chroma server are read from Chroma and searched through it, as before."""

    def __init__(self, store: Store, build_id: str, embeddings: Embeddings) -> None:
        self.build_id = build_id
        self._store = store
        self._embeddings = embeddings
        self._client: Any = None
        self._client_lock = threading.Lock()
        self.vectors: Vectors | None = None  # unit row → vector (embedded builds)
        folder = store.folder(build_id)
        if folder is not None and columnar.has_data(folder):
            self._open_files(folder)
        else:
            self._open_chroma()

    def _open_files(self, folder: Path) -> None:
        try:
            # Every sealed file, Chroma's too: a build damaged anywhere is refused with the fix
            # named, as when readers opened it through Chroma.
            check_seal(folder)
            data = columnar.read_data(folder)
            self.manifest = data.manifest
            check_usable(self.manifest, self.build_id)
            bm25 = [columnar.load_bm25(folder, name) for name in columnar.BM25_DIRS]
        except IndexUnavailableError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise rebuild_hint(f"the index build {self.build_id} cannot be read ({exc})") from exc
        self._load_speeches([(f"speech-{m.get('speech')}", doc, m) for doc, m in data.speeches])
        self._load_units(data.units)
        self.vectors = data.vectors
        self.bm25_passages = BM25.from_index(bm25[0], len(self.passages))
        self.bm25_sentences = BM25.from_index(bm25[1], len(self.sentences))
        self.bm25_speeches = BM25.from_index(bm25[2], len(self.speech_numbers))

    def _open_chroma(self) -> None:
        store, build_id = self._store, self.build_id
        with reading(store, build_id):
            collection = self._chroma().get_collection(store.collection_name(build_id))
            self.manifest = parse_manifest(collection.metadata or {}, build_id)
            check_usable(self.manifest, build_id)
            speeches = _get_all(self._chroma().get_collection(
                store.text_collection_name(build_id)))
            # Unit texts are cut from the speeches: reading them too took 20 % longer.
            units, tokens = _columns(_get_all(collection, documents=False))
        self._load_speeches(speeches)
        self._load_units(units)
        passages = tokens[: len(self.passages)]
        self.bm25_passages = BM25(passages)
        self.bm25_sentences = BM25(tokens[len(self.passages):])
        bags: dict[int, list[str]] = {}
        for p, t in zip(self.passages, passages, strict=True):
            bags.setdefault(p.speech, []).extend(t)
        # Whole speeches as documents: a question naming a place or programme that only one
        # speech talks about should prefer that speech's passages.
        self.bm25_speeches = BM25([bags.get(n, []) for n in self.speech_numbers])

    def _chroma(self) -> ClientAPI:
        """The build's Chroma client, opened on first use (embedded builds only need it for
        `vectorstore`); released when the last reader drops this snapshot."""
        with self._client_lock:
            if self._client is None:
                self._client = self._store.client(self.build_id)
                weakref.finalize(self, self._store.release, self._client)
            client: ClientAPI = self._client
            return client

    @property
    def collection(self) -> chromadb.Collection:
        with reading(self._store, self.build_id):
            return self._chroma().get_collection(self._store.collection_name(self.build_id))

    @property
    def vectorstore(self) -> Chroma:
        """The build's vector collection as a LangChain vector store."""
        from langchain_chroma import Chroma

        return Chroma(client=self._chroma(),
                      collection_name=self._store.collection_name(self.build_id),
                      embedding_function=self._embeddings,
                      create_collection_if_not_exists=False)

    def _expect(self, what: str, got: int, expected: int) -> None:
        if got != expected:
            raise rebuild_hint(
                f"the index build {self.build_id} holds {got} {what}, its manifest expects "
                f"{expected}")

    def _unit(self, rid: str, speech_number: int, paragraph: int, start: int, end: int,
              context: str) -> Passage:
        speech = self.speeches.get(int(speech_number))
        if speech is None or not 0 <= start < end <= len(speech.text):
            raise rebuild_hint(f"the index build {self.build_id} has a unit ({rid}) outside "
                                "its speeches")
        return Passage(rid, speech.number, speech.title, int(paragraph), start, end,
                       speech.text[start:end], context=context, label=speech.label)

    def _load_units(self, units: Units) -> None:
        """Units in reader order: passages, then sentences, each by (speech, start, end)."""
        counts = self.manifest.counts
        ids = [str(i) for i in units["id"]]
        self._expect("passages and sentences", len(ids),
                     counts.get("passages", 0) + counts.get("sentences", 0))
        self.unit_ids = ids
        self._unit_row = {rid: i for i, rid in enumerate(ids)}
        self.passages: list[Passage] = []
        self.sentences: list[Passage] = []
        self.parent: dict[str, str] = {}
        columns = zip(ids, units["kind"], units["speech"], units["paragraph"], units["start"],
                      units["end"], units["context"], units["parent"], strict=True)
        for rid, kind, speech, paragraph, start, end, context, parent in columns:
            unit = self._unit(rid, int(speech), int(paragraph), int(start), int(end),
                              str(context or ""))
            if kind == "passage":
                self.passages.append(unit)
            else:
                self.sentences.append(unit)
                self.parent[rid] = str(parent)
        self.passage_index = {p.passage_id: i for i, p in enumerate(self.passages)}
        self.sentence_index = {s.passage_id: i for i, s in enumerate(self.sentences)}
        self.passages_of_speech = _by_speech(self.passages)
        self.sentences_of_speech = _by_speech(self.sentences)
        offset = len(self.passages)
        self._rows_of_speech = {
            n: np.concatenate([self.passages_of_speech.get(n, _NO_ROWS),
                               self.sentences_of_speech.get(n, _NO_ROWS) + offset])
            for n in self.speeches}
        self.speech_numbers = sorted({p.speech for p in self.passages})
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
        self._speeches_with: dict[str, frozenset[int]] = {}

    def _load_speeches(self, records: list[tuple[str, str, Mapping[str, Any]]]) -> None:
        self._expect("speeches", len(records), self.manifest.counts.get("speeches", 0))
        speeches = [_speech_text(doc, m) for _, doc, m in records]
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

    def speeches_with(self, term: str) -> frozenset[int]:
        """The speeches with a sentence holding `term`, remembered per term: a place is looked
        up by several stages of every question about it."""
        found = self._speeches_with.get(term)
        if found is None:
            found = frozenset(s.speech for s in self.sentences_with([term]))
            self._speeches_with[term] = found
        return found

    def dense(self, vector: Sequence[float], k: int,
              speech: int | tuple[int, ...] | None = None) -> list[tuple[str, float]]:
        """The `k` passages and sentences nearest to `vector` (optionally of one speech), as
        (record id, cosine similarity), nearest first; equal similarities in unit order."""
        if self.vectors is None:
            return self._dense_chroma(vector, k, speech)
        # Exact: one matrix-vector product over the memory-mapped vectors (104k × 384 at 100×
        # the corpus: milliseconds), so the top k never depends on an HNSW graph's build order.
        query = np.asarray(vector, dtype=np.float32)
        if speech is None:
            rows = None
        elif isinstance(speech, tuple):  # several speeches (the web chat's multi-speech filter)
            rows = np.sort(np.concatenate(
                [self._rows_of_speech.get(n, _NO_ROWS) for n in speech] or [_NO_ROWS]))
        else:
            rows = self._rows_of_speech.get(speech, _NO_ROWS)
        sims = (self.vectors if rows is None else self.vectors[rows]) @ query
        best = _top_k(sims, k)
        ids = self.unit_ids
        if rows is None:
            return [(ids[i], float(sims[i])) for i in best]
        return [(ids[int(rows[i])], float(sims[i])) for i in best]

    def _dense_chroma(self, vector: Sequence[float], k: int,
                      speech: int | tuple[int, ...] | None) -> list[tuple[str, float]]:
        where: dict[str, Any] | None = None
        if isinstance(speech, tuple):  # several speeches (the web chat's multi-speech filter)
            where = {"speech": {"$in": list(speech)}} if len(speech) > 1 else {"speech": speech[0]}
        elif speech is not None:
            where = {"speech": speech}
        # HNSW's nearest, `WIDEN` times as many as asked, the k best of them kept in unit order
        # for equal ones: a graph built by concurrent inserts may rank a true neighbour past
        # the k-th, or two equal ones either way; the folder build's exact pass does neither.
        # (Its distances are computed exactly for each neighbour it finds.)
        with reading(self._store, self.build_id):
            got = self.collection.query(query_embeddings=np.asarray([vector], dtype=np.float32),
                                        n_results=k * WIDEN, where=where,
                                        include=["distances"])
        distances = (got["distances"] or [[]])[0]
        found = sorted(((rid, 1.0 - float(d))
                        for rid, d in zip(got["ids"][0], distances, strict=True)),
                       key=lambda pair: (-pair[1], self._unit_row[pair[0]]))
        return found[:k]

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """The stored vectors of these units (sentences or passages), by id."""
        if not ids:
            return {}
        if self.vectors is not None:
            offset = len(self.passages)
            rows = {i: (self.sentence_index[i] + offset if i in self.sentence_index
                        else self.passage_index.get(i)) for i in ids}
            return {i: self.vectors[r].tolist() for i, r in rows.items() if r is not None}
        with reading(self._store, self.build_id):
            got = self.collection.get(ids=list(ids), include=["embeddings"])
        vectors = got["embeddings"]
        if vectors is None:
            return {}
        return {i: list(map(float, v)) for i, v in zip(got["ids"], vectors, strict=True)}


_NO_ROWS: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)
WIDEN = 4  # a server's HNSW neighbours asked per result kept


def _top_k(sims: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.intp]:
    """Positions of the `k` largest values, largest first, ties by position (stable)."""
    if len(sims) > k:
        nth = np.partition(sims, len(sims) - k)[len(sims) - k]
        candidates = np.flatnonzero(sims >= nth)  # ascending positions, ties included
    else:
        candidates = np.arange(len(sims))
    order = np.argsort(-sims[candidates], kind="stable")
    return candidates[order][:k]


def open_index(settings: Settings, embeddings: Embeddings) -> IndexSnapshot:
    """The current build, ready to query; raises a clear error when there is none."""
    from askspeech.models.embeddings import resolve_model

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
    if snapshot.manifest.backend != settings.embedding_backend:
        # Query vectors from one backend against passage vectors from another: never mixed.
        raise IndexCorruptError(
            f"the index was embedded with backend {snapshot.manifest.backend!r} but "
            f"ASKSPEECH_EMBEDDING_BACKEND is {settings.embedding_backend!r}. Run "
            "`askspeech index` to re-embed.")
    return snapshot
