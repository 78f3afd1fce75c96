"""One complete build, opened for querying."""

from __future__ import annotations

import json
import logging
import weakref
from collections.abc import Mapping, Sequence
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
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings


from askspeech.store.backends import Store, open_store, reading
from askspeech.store.errors import IndexCorruptError, IndexMissingError, rebuild_hint
from askspeech.store.manifest import READ_PAGE, SpeechText, check_usable, parse_manifest

log = logging.getLogger(__name__)


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


class IndexSnapshot:
    """One complete, immutable build, loaded for querying."""

    def __init__(self, store: Store, build_id: str, embeddings: Embeddings) -> None:
        from langchain_chroma import Chroma

        self.build_id = build_id
        self._store = store
        client = store.client(build_id)
        # Chroma's hold on the build is released when the last reader drops this snapshot.
        weakref.finalize(self, store.release, client)
        with reading(store, build_id):
            self.collection = client.get_collection(store.collection_name(build_id))
            self.manifest = parse_manifest(self.collection.metadata or {}, build_id)
            check_usable(self.manifest, build_id)
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
            raise rebuild_hint(
                f"the index build {self.build_id} holds {got} {what}, its manifest expects "
                f"{expected}")

    def _unit(self, rid: str, m: Mapping[str, Any]) -> Passage:
        speech = self.speeches.get(int(m["speech"]))
        start, end = int(m["start"]), int(m["end"])
        if speech is None or not 0 <= start < end <= len(speech.text):
            raise rebuild_hint(f"the index build {self.build_id} has a unit ({rid}) outside "
                                "its speeches")
        return Passage(rid, speech.number, speech.title, int(m["paragraph"]), start, end,
                       speech.text[start:end], context=str(m.get("context", "")),
                       label=speech.label)

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

    def dense(self, vector: Sequence[float], k: int,
              speech: int | tuple[int, ...] | None = None) -> list[tuple[str, float]]:
        """The `k` passages and sentences nearest to `vector` (optionally of one speech), as
        (record id, cosine similarity), nearest first. Only ids and distances come back: the
        texts are already here."""
        where: dict[str, Any] | None = None
        if isinstance(speech, tuple):  # several speeches (the web chat's multi-speech filter)
            where = {"speech": {"$in": list(speech)}} if len(speech) > 1 else {"speech": speech[0]}
        elif speech is not None:
            where = {"speech": speech}
        with reading(self._store, self.build_id):
            got = self.collection.query(query_embeddings=np.asarray([vector], dtype=np.float32),
                                        n_results=k,
                                        where=where, include=["distances"])
        distances = (got["distances"] or [[]])[0]
        return [(rid, 1.0 - float(d)) for rid, d in zip(got["ids"][0], distances, strict=True)]

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        if not ids:
            return {}
        with reading(self._store, self.build_id):
            got = self.collection.get(ids=list(ids), include=["embeddings"])
        vectors = got["embeddings"]
        if vectors is None:
            return {}
        return {i: list(map(float, v)) for i, v in zip(got["ids"], vectors, strict=True)}


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
    return snapshot
