"""Hybrid retrieval: dense (Chroma) and BM25 (jieba) at passage and sentence granularity, fused
by weighted reciprocal rank, with an optional cross-encoder rerank.

Sentence hits vote for the passage that holds them ("small-to-big"): a question about one
detail matches its sentence far better than the whole passage's averaged vector. English
questions get Chinese search terms (dictionary and pinyin, see `crosslingual`) so BM25 can
take part; a speech named in the question ("篇三", "speech 3") is a soft preference.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from askspeech import calibration
from askspeech.ingest.chunking import Passage
from askspeech.query import QUOTED, Query, bare_place, occasion_kinds, parse_query
from askspeech.retrieval.crosslingual import Translator, places_containing, words_before_places
from askspeech.retrieval.lexical import general_count, general_share, pos_tags
from askspeech.retrieval.lexical import words as jieba_words
from askspeech.text.zh import PLACEHOLDERS

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from langchain_core.embeddings import Embeddings

    from askspeech.retrieval.adapter import QueryAdapter
    from askspeech.store import IndexSnapshot

log = logging.getLogger(__name__)

ANCHORED = 10.0  # the keyness of a question tied to a speech, place or quoted term
NO_KEY_WORD = -10.0  # the keyness of a question none of whose words the speeches use twice
MIN_KEY_PASSAGES = 2  # a word in fewer passages says too little about what they are about
# Above this share of the shorter one covered, two windows of a paragraph are one find
# (`_collapse` keeps the better; the answer reads both).
COLLAPSED_OVERLAP = 0.5
# Characters before 会 a kind of meeting is named by ("推进会", "现场经验交流会").
MEETING_KIND_CHARS = 6
# below this many passages no word's rate tells the speeches' subject from chance
MIN_KEYNESS_PASSAGES = 50
_ALL_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# jieba's adjectives, adverbs and time words
_MANNER_TAGS = frozenset({"a", "ad", "d", "t"})


@dataclass(frozen=True)
class FusionParams:
    """Weights of the ranked lists in reciprocal rank fusion (fitted: `calibration.json`)."""

    rrf_k: float
    dense_passage: float
    dense_sentence: float
    bm25_passage: float
    bm25_sentence: float
    speech_bonus: float  # added for the speech the question names
    speech_prior: float  # scaled by how clearly speech-level BM25 prefers one speech
    depth: int  # candidates taken from each ranked list
    follow_up_own: float  # the lists of a follow-up's own words, beside its antecedent's
    translated: float  # an English question's Chinese terms: their dense lists, BM25 again
    adapted: float  # the question's vector through the query adapter: its dense lists

    @classmethod
    def fitted(cls) -> FusionParams:
        return cls(**calibration.section("fusion"))


@dataclass
class Signals:
    """Raw evidence strength, used to decide whether the corpus answers at all."""

    dense_top: float = 0.0  # best cosine over passages and sentences
    dense_margin: float = 0.0  # best cosine minus the 20th best
    bm25_coverage: float = 0.0  # IDF share of query words found in the best passage
    agreement: float = 0.0  # overlap of dense and BM25 top-5 passages
    vocabulary: float = 0.0  # IDF-weighted share of the question's words found in the corpus
    keyness: float = ANCHORED  # how characteristic of the speeches its most telling word is
    english: bool = False


@dataclass
class SearchResult:
    query: Query
    passages: list[Passage]
    signals: Signals
    query_vector: list[float] = field(default_factory=list)
    sentence_scores: dict[str, float] = field(default_factory=dict)  # id → dense cosine


class Searcher:
    """Query-time retrieval over one index snapshot."""

    def __init__(
        self,
        snapshot: IndexSnapshot,
        embeddings: Embeddings,
        params: FusionParams | None = None,
        reranker: Any | None = None,
        adapter: QueryAdapter | None = None,
    ) -> None:
        self.snap = snapshot
        self.embeddings = embeddings
        self.params = params or FusionParams.fitted()
        self.reranker = reranker
        self.adapter = adapter
        self._translator: Translator | None = None
        self._translator_lock = threading.Lock()
        # the last search, by the very Query object: `retrieve()` ranks passages and then
        # quotes the extractive answer, which searches the same Query again (15 ms at ×100)
        self._last: tuple[Query, int, SearchResult] | None = None
        self._pool: ThreadPoolExecutor | None = None  # embeds a translation beside the question
        self._pool_lock = threading.Lock()

    # -- lexical ------------------------------------------------------------------------------

    def translator(self) -> Translator:
        with self._translator_lock:  # built on the first English question (~1 s)
            if self._translator is None:
                quoted = (t for s in self.snap.speeches.values() for t in QUOTED.findall(s.text))
                self._translator = Translator(
                    self.snap.bm25_sentences.vocabulary, quoted,
                    words_before_places(s.text for s in self.snap.speeches.values()))
            return self._translator

    def parse(self, text: str, *, search_text: str | None = None,
              speech: int | tuple[int, ...] | None = None,
              follow_up: bool = False, history: Sequence[str] = (), dangling: bool = False,
              previous: Sequence[Passage] = (), same_question: bool = False,
              own: Query | None = None) -> Query:
        """`text` as a `Query` over this index (its speeches, its vocabulary, its model)."""
        return parse_query(text, search_text=search_text, speech_filter=speech,
                           speeches=list(self.snap.speeches), translator=self.translator,
                           embed=self.embeddings.embed_query, follow_up=follow_up,
                           history=history, known_places=self._known_places,
                           dangling=dangling, previous=previous, same_question=same_question,
                           homes_in=lambda: self._homes_in, own=own,
                           occasions=self._occasions, kinds_in=lambda: self._occasion_kinds,
                           sizes=self._sizes,
                           levels=self._levels)

    @cached_property
    def _occasions(self) -> dict[int, str]:
        """Each speech's occasion, as its profile read it ("现场经验交流会")."""
        return {n: s.occasion for n, s in self.snap.speeches.items() if s.occasion}

    @cached_property
    def _occasion_kinds(self) -> dict[str, int]:
        """The kinds of meeting naming one speech alone ("推进会" → 篇七): `occasion_kinds`."""
        return occasion_kinds(self._occasions, {n: s.text for n, s in self.snap.speeches.items()})

    @cached_property
    def _sizes(self) -> dict[int, int]:
        """Each speech's length in characters: "最短的那篇" is the one with fewest."""
        return {n: sum(map(len, s.paragraphs)) for n, s in self.snap.speeches.items()}

    @cached_property
    def _levels(self) -> dict[int, str]:
        """Each speech's level as its profile read it: "区里那篇" is the one given at 区."""
        return {n: s.level for n, s in self.snap.speeches.items() if s.level}

    @cached_property
    def _known_places(self) -> tuple[str, ...]:
        """The speeches' own places without their suffix ("耒阳市" → "耒阳")."""
        places = (s.place for s in self.snap.speeches.values() if s.place)
        return tuple(dict.fromkeys(p[:-1] if len(p) >= 3 else p for p in places))

    @cached_property
    def _homes_in(self) -> dict[str, str]:
        """The places the speeches' own places lie in, by the dictionary, → those own places:
        "镇江" → "京口区" (a user may name a district's speech by its city)."""
        homes: dict[str, set[str]] = {}
        places = [s.place for s in self.snap.speeches.values() if s.place]
        for place, containers in places_containing(places).items():
            for container in containers:
                homes.setdefault(bare_place(container.removesuffix("地区")), set()).add(place)
        # a province holding two speeches' places names neither
        return {c: next(iter(h)) for c, h in homes.items() if len(h) == 1}

    def _coverage(self, query: Query, passage: Passage) -> float:
        """IDF-weighted share of the query's words that occur in the passage."""
        qwords = set(query.words)
        if not qwords:
            return 0.0
        idf = self.snap.bm25_passages
        weights = {w: idf.idf(w) for w in qwords}
        total = sum(weights.values())
        found = sum(wt for w, wt in weights.items() if w in passage.text.lower())
        return found / total if total else 0.0

    def vocabulary_coverage(self, query: Query, *, glued: bool = False) -> float:
        """Share of the question's words the passages use. `glued`: also a word jieba made
        of one of theirs and the modal after it ("村要" of "每个村要配几个?"), which no
        passage holds as one."""
        if query.search_english:
            return self.translator().coverage(query.search_text)
        qwords = query.words
        if not qwords:
            return 0.0
        vocab = self.snap.bm25_passages.vocabulary

        def known(w: str) -> bool:
            return w in vocab or (glued and len(w) == 2 and w[1] == "要" and w[0] in vocab)
        # words jieba does not know come out as single characters; weight by length
        total = sum(len(w) for w in qwords)
        return sum(len(w) for w in qwords if known(w)) / total

    def keyness(self, query: Query) -> float:
        """How much more often the question's most characteristic word occurs in the passages
        than in general Chinese, as a log ratio against a typical word's rate: a passage's
        share holding the word over its share of jieba's dictionary counts, less the log of
        the distinct tokens a passage holds ("党员", "换届": 3-5; "不能", "可以": below 0). A
        question built of everyday words only ("体检前一天晚上几点以后不能吃东西?") is about
        something else, however many of them the speeches also use. One that names a speech,
        a place or a quoted term, or follows another, is tied to the speeches: ANCHORED; so
        is any question of a corpus too small to tell."""
        if (query.search_english or query.follow_up or query.places or query.quoted
                or query.speech is not None or query.speeches_named
                or query.speech_filter is not None):
            return ANCHORED
        bm25 = self.snap.bm25_passages
        if bm25.size < MIN_KEYNESS_PASSAGES:
            return ANCHORED
        typical = math.log(max(1.0, bm25.tokens_per_document))
        best = NO_KEY_WORD
        # (an adjective or adverb says how, a time word when, not what about: "比较", "明显",
        # "今年" are more common in the speeches, yearly reports, than in general Chinese, and
        # so in any question)
        # (nor does a word standing for whatever is asked: "考的是什么内容?")
        manner = {w for w, tag in pos_tags(query.text) if tag in _MANNER_TAGS} | set(PLACEHOLDERS)
        for word in set(query.text_words):
            if not _ALL_CJK.match(word) or word in manner:
                continue
            # a compound the speeches write inside longer ones ("村民代表"), by its dictionary
            # words too ("村民", "代表"): a pair's count is its characters' in any passage
            parts = [word, *(word[i:i + 2] for i in range(len(word) - 1)
                             if len(word) > 2 and general_count(word[i:i + 2]) > 0)]
            for part in parts:
                df = bm25.document_frequency(part)
                if df >= MIN_KEY_PASSAGES:
                    best = max(best, math.log(df / bm25.size / general_share(part)) - typical)
        return best

    # -- search -------------------------------------------------------------------------------

    def search(self, query: Query, k: int = 5) -> SearchResult:
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is query and last[1] == k:
            return last[2]
        result = self._search(query, k)
        self._last = (query, k, result)
        return result

    def _search(self, query: Query, k: int) -> SearchResult:
        p = self.params
        snap = self.snap
        speech = query.speech_filter
        if p.translated and query.translated_text:
            qvec = self._both_vectors(query)
        else:
            qvec = list(query.vector)
        sims: list[float] = []
        sentence_scores: dict[str, float] = {}
        dense_p, dense_s = self._dense(qvec, speech, sims, sentence_scores)

        tokens = list(query.tokens)
        within_p = within_s = None
        if speech is not None:
            within_p = _within(snap.passages_of_speech, speech)
            within_s = _within(snap.sentences_of_speech, speech)
        bm_p = _top(snap.bm25_passages.scores(tokens), p.depth, within_p)
        bm_s = _top(snap.bm25_sentences.scores(tokens), p.depth, within_s)

        fused: dict[int, float] = {}

        def vote(indices: Sequence[int], weight: float, via_parent: bool) -> None:
            seen: set[int] = set()
            rank = 0
            for i in indices:
                target = self._parent_index(i) if via_parent else i
                if target in seen:
                    continue
                seen.add(target)
                fused[target] = fused.get(target, 0.0) + weight / (p.rrf_k + rank)
                rank += 1

        vote(dense_p[: p.depth], p.dense_passage, False)
        vote(dense_s[: p.depth], p.dense_sentence, True)
        if (self.adapter is not None and p.adapted and not query.history
                and self.adapter.fits(query.vector)):
            # the question moved toward the register of its answers (`retrieval/adapter.py`;
            # fitted on questions asked first: one in a conversation may read the one before);
            # the plain vector's similarities stay the signals and sentence scores
            adapted_p, adapted_s = self._dense(self.adapter(query.vector), speech, [], {})
            vote(adapted_p[: p.depth], p.adapted * p.dense_passage, False)
            vote(adapted_s[: p.depth], p.adapted * p.dense_sentence, True)
        vote(bm_p, p.bm25_passage, False)
        vote(bm_s, p.bm25_sentence, True)
        if query.own is not None:
            own_p, own_s = self._dense(list(query.own.vector), speech, [], {})
            vote(own_p[: p.depth], p.follow_up_own * p.dense_passage, False)
            vote(own_s[: p.depth], p.follow_up_own * p.dense_sentence, True)
            vote(_top(snap.bm25_passages.scores(list(query.own.tokens)), p.depth, within_p),
                 p.follow_up_own * p.bm25_passage, False)
        if p.translated and query.translated_vector:
            # the dictionary's Chinese for an English question, embedded as Chinese: the
            # model matches Chinese to Chinese better than across languages
            tr_p, tr_s = self._dense(list(query.translated_vector), speech, [], {})
            vote(tr_p[: p.depth], p.translated * p.dense_passage, False)
            vote(tr_s[: p.depth], p.translated * p.dense_sentence, True)
            # and its words found by BM25 count again, as they would in a Chinese question
            # asked twice (the English words in it match nothing)
            vote(bm_p, p.translated * p.bm25_passage, False)
        named = {query.search_speech} if query.search_speech is not None else set()
        if speech is None and not named:
            named = self.place_speeches(query)
            if query.occasion_speech is not None:
                named = (named & {query.occasion_speech}) or {query.occasion_speech}
        if named:
            for i in fused:
                if snap.passages[i].speech in named:
                    fused[i] += p.speech_bonus
        if speech is None and p.speech_prior and len(snap.speech_numbers) > 1:
            by_speech = snap.bm25_speeches.scores(tokens)
            order = np.argsort(-by_speech)
            top, second = float(by_speech[order[0]]), float(by_speech[order[1]])
            if top > 0:
                favoured = snap.speech_numbers[int(order[0])]
                bonus = p.speech_prior * (top - second) / top
                for i in fused:
                    if snap.passages[i].speech == favoured:
                        fused[i] += bonus
        ranked = sorted(fused, key=lambda i: -fused[i])
        chosen = _collapse(snap.passages, ranked, k * 3 if self.reranker else k)
        passages = [snap.passages[i].with_score(round(fused[i], 6)) for i in chosen]
        if self.reranker is not None and passages:
            passages = self._rerank(query.search_text, passages)[:k]

        signals = Signals(
            dense_top=max(sims) if sims else 0.0,
            dense_margin=(max(sims) - sorted(sims, reverse=True)[min(19, len(sims) - 1)])
            if sims else 0.0,
            bm25_coverage=max((self._coverage(query, x) for x in passages[:3]), default=0.0),
            agreement=len(set(dense_p[:5]) & set(bm_p[:5])) / 5.0,
            vocabulary=self.vocabulary_coverage(query),
            keyness=self.keyness(query),
            english=query.search_english,
        )
        return SearchResult(query, passages, signals, qvec, sentence_scores)

    def _both_vectors(self, query: Query) -> list[float]:
        """An English question's vector, its Chinese terms' embedded beside it on the other
        core (each query embedding runs on one thread), so the second costs little wait."""
        if "translated_vector" in query.__dict__ or "vector" in query.__dict__:
            return list(query.vector)  # one of them is known: nothing to overlap
        with self._pool_lock:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="translated")
        translated = self._pool.submit(lambda: query.translated_vector)
        vector = list(query.vector)
        translated.result()
        return vector

    def _dense(self, vector: list[float], speech: int | tuple[int, ...] | None,
               sims: list[float], sentence_scores: dict[str, float],
               ) -> tuple[list[int], list[int]]:
        """Passages and sentences nearest `vector`, best first; their similarities are added
        to `sims` and, for sentences, to `sentence_scores`."""
        snap = self.snap
        passages: list[int] = []
        sentences: list[int] = []
        for rid, sim in snap.dense(vector, self.params.depth * 2, speech):
            sims.append(sim)
            if rid in snap.passage_index:
                passages.append(snap.passage_index[rid])
            elif rid in snap.sentence_index:
                sentences.append(snap.sentence_index[rid])
                sentence_scores[rid] = sim
        return passages, sentences

    def speeches_naming(self, place: str) -> frozenset[int]:
        """The speeches naming a place, as asked or without a suffix they never write
        ("京口区" of a speech that says "京口" only)."""
        return self.snap.speeches_with(place) or self.snap.speeches_with(bare_place(place))

    def speech_described(self, described: str) -> int | None:
        """The one speech whose words alone describe it ("提到1679年第一个政党的那篇",
        "那推进“三项活动”的那篇"): words of it no other speech uses."""
        # (and the kind of meeting it was given at, which jieba cuts: "开推进会那篇" → 推进会)
        meetings = [described[start:m.end()] for m in re.finditer(r"会议?", described)
                    for start in range(max(0, m.start() - MEETING_KIND_CHARS), m.start() - 1)]
        only = {next(iter(held))
                for w in (*QUOTED.findall(described), *jieba_words(described), *meetings)
                if len(w) >= 2 and len(held := self.snap.speeches_with(w)) == 1}
        return only.pop() if len(only) == 1 else None

    def place_speeches(self, query: Query) -> set[int]:
        """The speeches that mention every place the question names, when that is only some of
        them ("Leiyang" → 篇四): a question about a place prefers the speeches about it."""
        found: set[int] | None = None
        for place in query.places:
            holding = set(self.speeches_naming(place))
            if holding:
                found = holding if found is None else (found & holding or found)
        if not found or len(found) == len(self.snap.speeches):
            return set()
        return found

    def _parent_index(self, sentence_i: int) -> int:
        sid = self.snap.sentences[sentence_i].passage_id
        return self.snap.passage_index[self.snap.parent[sid]]

    def _rerank(self, query: str, passages: list[Passage]) -> list[Passage]:
        scores = self.reranker.predict([(query, x.text) for x in passages])  # type: ignore[union-attr]
        order = np.argsort(-np.asarray(scores, dtype=np.float32))
        return [passages[i].with_score(float(scores[i])) for i in order]


_NONE: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)


def _within(of_speech: dict[int, npt.NDArray[np.intp]],
            speech: int | tuple[int, ...]) -> npt.NDArray[np.intp]:
    """The sorted positions of the units of `speech` (one number or several)."""
    numbers = speech if isinstance(speech, tuple) else (speech,)
    parts = [of_speech.get(n, _NONE) for n in numbers]
    return np.sort(np.concatenate(parts)) if len(parts) > 1 else parts[0]


def _top(
    scores: npt.NDArray[np.float32], n: int, within: npt.NDArray[np.intp] | None = None
) -> list[int]:
    """Indices of the `n` best positive scores (only among the sorted indices `within`, if
    given), best first, ties in index order: what a stable sort of all scores gives, in O(N)
    rather than O(N log N) — it runs on every query over every passage and sentence."""
    if within is not None:
        return [int(within[i]) for i in _top(scores[within], n)]
    positive = np.flatnonzero(scores > 0)
    if len(positive) > n:
        values = scores[positive]
        nth = np.partition(values, len(values) - n)[len(values) - n]  # the n-th best score
        above = positive[values > nth]
        tied = positive[values == nth][: n - len(above)]
        positive = np.sort(np.concatenate([above, tied]))
    order = np.argsort(-scores[positive], kind="stable")
    return [int(i) for i in positive[order]]


def _collapse(passages: Sequence[Passage], ranked: Sequence[int], k: int) -> list[int]:
    """Best-first, dropping passages that overlap an already chosen one or repeat its text."""
    chosen: list[int] = []
    texts: set[str] = set()
    for i in ranked:
        cand = passages[i]
        if cand.text in texts:
            continue
        if any(
            passages[j].speech == cand.speech
            and passages[j].start < cand.end
            and cand.start < passages[j].end
            and span_overlap(passages[j], cand) > COLLAPSED_OVERLAP
            for j in chosen
        ):
            continue
        chosen.append(i)
        texts.add(cand.text)
        if len(chosen) == k:
            break
    return chosen


def span_overlap(a: Passage, b: Passage) -> float:
    """The share of the shorter of two spans of one speech that the other covers."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    return inter / max(1, min(a.end - a.start, b.end - b.start))
