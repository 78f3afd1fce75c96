"""The whole pipeline through the public API on a tiny index built with the fake embedder:
clean → chunk → embed → embedded Chroma → hybrid search → extractive answer with citations.
Whether the *right* passage wins on the real corpus is the integration lane's job; here the
wiring, the API's contracts and the answer's invariants are checked in seconds."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from langchain_core.retrievers import BaseRetriever

import askspeech
from askspeech.answer.answerability import RefusalModel
from askspeech.answer.extractive import ExtractiveAnswerer
from askspeech.api import parse
from askspeech.config import Settings
from askspeech.engine import Loaded, get_engine
from askspeech.models.deferred import DeferredEmbeddings
from askspeech.retrieval.adapter import QueryAdapter
from askspeech.retrieval.retriever import HybridRetriever
from askspeech.retrieval.search import Searcher
from tests.fakes import NgramEmbeddings

FIVE = "活动场所要做到“五有”,即有牌子、有场地、有设施、有制度、有人员。"
LEADER = "要加强村党组织书记队伍建设,选好配强带头人。"


def test_public_surface_is_small_and_explicit() -> None:
    assert set(askspeech.__all__) >= {"answer", "answer_stream", "retrieve", "Answer", "Citation",
                                      "Passage", "Speech", "Settings"}
    for name in askspeech.__all__:
        assert hasattr(askspeech, name), name


def test_retrieve_ranks_the_passage_sharing_the_words_first(tiny_settings: Settings) -> None:
    passages = askspeech.retrieve("园区治理模式", k=2, settings=tiny_settings)
    assert len(passages) == 2
    top = passages[0]
    assert top.speech == 2 and "园区治理模式" in top.text
    assert top.paragraph >= 1 and top.end > top.start and top.score > passages[1].score > 0


def test_retrieve_searches_once_though_it_also_quotes_the_answer(
        tiny_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    inner = Searcher._search

    def counting(self: Searcher, query: Any, k: int) -> Any:
        searched.append(query.text)
        return inner(self, query, k)

    monkeypatch.setattr(Searcher, "_search", counting)
    assert askspeech.retrieve("园区治理模式", k=2, settings=tiny_settings)
    assert searched == ["园区治理模式"]


def test_retrieve_within_one_speech(tiny_settings: Settings) -> None:
    passages = askspeech.retrieve("党建工作", k=5, speech=1, settings=tiny_settings)
    assert passages and {p.speech for p in passages} == {1}


def test_answer_quotes_the_speech_verbatim_with_offsets(tiny_settings: Settings) -> None:
    a = askspeech.answer(FIVE + "是什么?", settings=tiny_settings)
    assert not a.refused and a.mode == "extractive" and a.language == "zh"
    speech = askspeech.speech(1, settings=tiny_settings)
    for c in a.citations:
        assert speech.text[c.start : c.end] == c.quote and f"{c.quote}[{c.n}]" in a.text
    assert any("五有" in c.quote for c in a.citations)
    d = a.to_dict()
    assert d["citations"][0]["quote"] in d["citations"][0]["passage"]["text"]


def test_answer_stream_yields_text_then_the_same_answer(tiny_settings: Settings) -> None:
    *texts, final = list(askspeech.answer_stream(LEADER, settings=tiny_settings))
    assert texts and all(isinstance(t, str) for t in texts)
    assert isinstance(final, askspeech.Answer) and not final.refused
    assert "".join(t for t in texts if isinstance(t, str)) == final.text
    assert final.text == askspeech.answer(LEADER, settings=tiny_settings).text


def test_off_topic_question_is_refused_with_related_reading(tiny_settings: Settings) -> None:
    a = askspeech.answer("明天成都会不会下雨?", settings=tiny_settings)
    assert a.refused and not a.citations and a.related
    assert "没有回答这个问题" in a.text and "成都" in a.text  # names what the speeches lack


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "\x00\x07"])
def test_empty_questions_raise_a_clear_value_error(
    tiny_settings: Settings, question: str
) -> None:
    with pytest.raises(ValueError, match="empty"):
        askspeech.answer(question, settings=tiny_settings)


def test_a_question_that_is_not_a_string_is_a_type_error(tiny_settings: Settings) -> None:
    question: Any = None  # what an untyped caller might pass
    with pytest.raises(TypeError, match="string"):
        askspeech.answer(question, settings=tiny_settings)


def test_over_long_questions_are_cut_to_the_documented_limit(tiny_settings: Settings) -> None:
    a = askspeech.answer(LEADER + "很" * 10_000, settings=tiny_settings)
    assert len(a.question) == tiny_settings.max_question_chars
    # the note is in the question's language
    assert any(f"只按前 {tiny_settings.max_question_chars} 个字" in n for n in a.notes)


def test_unknown_speech_number_is_a_clear_error(tiny_settings: Settings) -> None:
    with pytest.raises(ValueError, match="no speech 42"):
        askspeech.answer("村干部报酬", speech=42, settings=tiny_settings)


def test_speeches_are_listed_with_their_paragraphs(tiny_settings: Settings) -> None:
    speeches = askspeech.speeches(settings=tiny_settings)
    assert [s.number for s in speeches] == [1, 2]
    assert speeches[0].paragraphs[-1] == LEADER and speeches[1].source == "b.txt"


def test_engines_are_cached_per_settings(tiny_settings: Settings, tmp_path: Path) -> None:
    assert get_engine(tiny_settings) is get_engine(tiny_settings.model_copy())
    assert get_engine(tiny_settings) is not get_engine(
        tiny_settings.model_copy(update={"index_dir": tmp_path / "other"}))


def test_langchain_retriever_returns_documents_with_passage_metadata(
    tiny_loaded: Loaded,
) -> None:
    retriever = HybridRetriever(searcher=tiny_loaded.searcher, k=2, speech=1)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("活动场所")
    assert docs and all(d.metadata["speech"] == 1 for d in docs)
    assert {"passage_id", "title", "paragraph", "start", "end", "score"} <= set(docs[0].metadata)


class LengthReranker:
    """A cross-encoder stand-in: prefers shorter passages, so its order is easy to predict."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        self.pairs.extend(pairs)
        return [1.0 / len(text) for _, text in pairs]


def test_a_reranker_reorders_the_candidates_and_gives_the_scores(
    tiny_loaded: Loaded, fake_model: NgramEmbeddings
) -> None:
    reranker = LengthReranker()
    searcher = Searcher(tiny_loaded.snapshot, fake_model, tiny_loaded.searcher.params, reranker)
    passages = searcher.search(searcher.parse("党建"), k=3).passages
    assert reranker.pairs and all(q == "党建" for q, _ in reranker.pairs)
    assert [p.score for p in passages] == [pytest.approx(1 / len(p.text)) for p in passages]
    assert [len(p.text) for p in passages] == sorted(len(p.text) for p in passages)


def test_the_refusal_model_decides_between_answer_and_refusal(tiny_loaded: Loaded) -> None:
    question = parse(tiny_loaded.searcher, "村级组织活动场所要做到哪“五有”?", None, None)
    always = ExtractiveAnswerer(tiny_loaded.searcher, RefusalModel.neutral(["dense_top"]))
    a = always.answer(question, 5)
    assert not a.refused and a.citations[0].passage.speech == 1 and "五有" in a.text
    never = RefusalModel(("dense_top",), (0.0,), -50.0, (0.0,), (1.0,), 0.5)
    plain = parse(tiny_loaded.searcher, "村级组织活动场所要做到哪些?", None, None)
    refused = ExtractiveAnswerer(tiny_loaded.searcher, never).answer(plain, 5)
    assert refused.refused and not refused.citations and refused.related
    # a best sentence holding the term the question names ("五有") answers it regardless
    assert not ExtractiveAnswerer(tiny_loaded.searcher, never).answer(question, 5).refused


def test_an_english_question_and_its_chinese_terms_are_each_embedded_once(
        tiny_loaded: Loaded) -> None:
    # the two embeddings run side by side; searching the same Query again embeds nothing
    searcher = tiny_loaded.searcher
    deferred = tiny_loaded.embeddings
    assert isinstance(deferred, DeferredEmbeddings)
    embeddings = deferred.load()
    assert isinstance(embeddings, NgramEmbeddings)
    query = searcher.parse("village activity venues construction")
    assert query.translated_text  # 村级 / 活动场所 / 建设 …
    before = embeddings.calls
    searcher.search(query, k=2)
    searcher.search(query, k=3)
    assert embeddings.calls - before == 2
    assert list(query.translated_vector) == embeddings.embed_query(query.translated_text)


def test_an_english_questions_sentences_are_scored_by_its_chinese_terms_too(
        tiny_loaded: Loaded) -> None:
    # with every other weight off, the best sentence is the one nearest the embedding of the
    # question's Chinese terms, not of the English question
    searcher = tiny_loaded.searcher
    scorer = ExtractiveAnswerer(searcher).scorer
    for weight in ("dense", "dense_fitted", "overlap", "overlap_all", "bigrams", "rank",
                   "length", "dense_english"):
        setattr(scorer, weight, 0.0)
    scorer.translated = 1.0
    query = searcher.parse("village activity venues construction")
    ev = scorer.gather(query, searcher.search(query, k=5))
    vectors = searcher.snap.sentence_vectors([s.sentence.passage_id for s in ev.scored])
    near = {s.sentence.passage_id: sum(a * b for a, b in zip(
        query.translated_vector, vectors[s.sentence.passage_id], strict=True)) for s in ev.scored}
    assert len(set(near.values())) > 1
    assert near[ev.scored[0].sentence.passage_id] == pytest.approx(max(near.values()))
    assert ev.scored[0].score == pytest.approx(max(near.values()) / scorer.scale)


def test_the_adapted_question_searches_beside_the_plain_one(
        tiny_loaded: Loaded, fake_model: NgramEmbeddings) -> None:
    # a map sending every question onto one sentence's vector: with only the adapted lists
    # weighed, that sentence's passage comes first; without an adapter, the question's own
    snap = tiny_loaded.snapshot
    assert snap.vectors is not None
    target = snap.sentences[-1]
    row = np.asarray(snap.vectors[len(snap.passages) + len(snap.sentences) - 1], dtype=np.float32)
    asked = np.asarray(tiny_loaded.searcher.parse("村级组织活动场所要做到哪“五有”?").vector,
                       dtype=np.float32)
    onto = QueryAdapter(np.outer(row, asked) / float(asked @ asked))
    only = dataclasses.replace(tiny_loaded.searcher.params, dense_passage=0.0, bm25_passage=0.0,
                               bm25_sentence=0.0, speech_prior=0.0, speech_bonus=0.0,
                               dense_sentence=1e-9, adapted=1e9)
    adapted = Searcher(snap, fake_model, only, adapter=onto)
    top = adapted.search(adapted.parse("村级组织活动场所要做到哪“五有”?"), k=1).passages[0]
    assert top.passage_id == snap.parent[target.passage_id]
    plain = Searcher(snap, fake_model, only)
    first = plain.search(plain.parse("村级组织活动场所要做到哪“五有”?"), k=1).passages[0]
    assert first.passage_id != top.passage_id
    # a question in a conversation is searched plain: the map was fitted on first questions
    later = adapted.parse("村级组织活动场所要做到哪“五有”?", history=("党建怎么抓?",))
    assert adapted.search(later, k=1).passages[0].passage_id == first.passage_id


def test_the_bundled_adapter_fits_only_vectors_of_its_dimension() -> None:
    bundled = QueryAdapter.bundled()
    assert bundled.matrix.shape == (384, 384)
    assert bundled.fits([0.0] * 384) and not bundled.fits([0.0] * 256)  # another model's
    identity = QueryAdapter(np.eye(3, dtype=np.float32))
    assert identity([3.0, 0.0, 4.0]) == pytest.approx([0.6, 0.0, 0.8])
