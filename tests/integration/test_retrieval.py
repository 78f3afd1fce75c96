"""Hybrid retrieval, on the real model and index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_huggingface import HuggingFaceEmbeddings

from askspeech.engine import Loaded
from askspeech.evaluation import QAItem, load_qa, score_retrieval
from askspeech.retrieval.crosslingual import Translator
from askspeech.retrieval.retriever import HybridRetriever
from askspeech.retrieval.search import Searcher


def test_english_words_get_chinese_terms_from_the_dictionary_and_pinyin(loaded: Loaded) -> None:
    translator: Translator = loaded.searcher.translator()
    terms = translator.terms("Which anniversary does the Leiyang speech mention?")
    assert "耒阳" in terms and "周年" in terms
    assert translator.coverage("What's the best pizza topping in Naples?") < 0.5


def test_retrieve_returns_ranked_passages_with_fields(loaded: Loaded) -> None:
    searcher = loaded.searcher
    result = searcher.search(searcher.parse("篇七讲话中,村干部报酬要落实什么制度?"), k=5)
    assert len(result.passages) == 5
    top = result.passages[0]
    assert top.speech == 7 and "基础报酬+绩效报酬+奖励报酬" in top.text
    assert [p.score for p in result.passages] == sorted(
        (p.score for p in result.passages), reverse=True)


def test_speech_filter_keeps_only_that_speech(loaded: Loaded) -> None:
    result = loaded.searcher.search(loaded.searcher.parse("村级组织活动场所建设", speech=3), k=5)
    assert result.passages and all(p.speech == 3 for p in result.passages)


def test_overlapping_passages_are_collapsed(loaded: Loaded) -> None:
    passages = loaded.searcher.search(loaded.searcher.parse("六个不批"), k=8).passages
    for i, a in enumerate(passages):
        for b in passages[i + 1:]:
            if a.speech == b.speech:
                overlap = min(a.end, b.end) - max(a.start, b.start)
                assert overlap <= 0.5 * min(a.end - a.start, b.end - b.start)
        assert a.text not in {b.text for b in passages[i + 1:]}


def test_an_english_question_finds_the_chinese_evidence(loaded: Loaded) -> None:
    searcher = loaded.searcher
    question = "What is the name of the plan the Jingkou district committee adopted?"
    result = searcher.search(searcher.parse(question), k=5)
    assert any("磐石计划" in p.text for p in result.passages)


@pytest.mark.parametrize(("question", "evidence"), [
    ("Leiyang village operating funds per village, old vs new, % increase", "村均2.8万元"),
    ("speech 8 provincial secretary instruction why park and rural Party building matters",
     "既是加强党的自身建设的应有之义"),
    ("Anhui township party secretary assessment mechanism basis and focus", "以年度考核为基础"),
])
def test_an_english_keyword_query_is_also_searched_as_its_chinese_terms(
        loaded: Loaded, question: str, evidence: str) -> None:
    # the dictionary's Chinese for the question, embedded as Chinese, finds what the English
    # embedding alone ranks lower (or not at all: the provincial secretary's instruction)
    searcher = loaded.searcher
    query = searcher.parse(question)
    assert query.translated_text and "攀枝花" not in query.translated_text
    passages = searcher.search(query, k=5).passages
    rank = next((i for i, p in enumerate(passages) if evidence in p.text), None)
    assert rank is not None and rank <= 2, [p.text[:30] for p in passages]


def test_langchain_retriever_returns_documents_with_passage_metadata(loaded: Loaded) -> None:
    retriever = HybridRetriever(searcher=loaded.searcher, k=3, speech=6)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("六个不批")
    assert len(docs) == 3
    assert all(d.metadata["speech"] == 6 for d in docs)
    assert {"passage_id", "title", "paragraph", "start", "end", "score"} <= set(docs[0].metadata)


def test_hybrid_beats_both_baselines_on_the_dev_set(loaded: Loaded,
                                                    dev_items: list[QAItem]) -> None:
    assert len(dev_items) >= 30
    searcher: Searcher = loaded.searcher
    bm25 = Searcher(loaded.snapshot, loaded.embeddings, replace(
        searcher.params, dense_passage=0, dense_sentence=0, speech_prior=0, speech_bonus=0,
        translated=0))
    dense = Searcher(loaded.snapshot, loaded.embeddings, replace(
        searcher.params, bm25_passage=0, dense_sentence=0, speech_prior=0, speech_bonus=0,
        translated=0))
    scores = {
        name: score_retrieval(dev_items,
                              [s.search(s.parse(i.question), k=5).passages for i in dev_items])
        for name, s in (("hybrid", searcher), ("bm25", bm25), ("dense", dense))
    }
    hybrid = scores["hybrid"]
    assert hybrid.recall[5] >= 0.95 and hybrid.mrr >= 0.80
    assert hybrid.recall[5] >= max(scores["bm25"].recall[5], scores["dense"].recall[5])
    assert hybrid.mrr > min(scores["bm25"].mrr, scores["dense"].mrr)


def test_cross_encoder_rerank_path(
    loaded: Loaded, embeddings: HuggingFaceEmbeddings, tmp_path: Path
) -> None:
    """A tiny cross-encoder built here (random weights, no download) exercises the rerank path:
    it reorders the fused candidates and its scores become the passage scores."""
    from sentence_transformers import CrossEncoder
    from transformers import BertConfig, BertForSequenceClassification

    model_dir = tmp_path / "tiny-reranker"
    tokenizer_dir = embeddings.model_name
    config = BertConfig(vocab_size=250037, hidden_size=32, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=64)
    config.num_labels = 1  # one relevance score per pair
    BertForSequenceClassification(config).save_pretrained(model_dir)
    from transformers import AutoTokenizer

    AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(model_dir)
    reranker = CrossEncoder(str(model_dir), device="cpu")
    searcher = Searcher(loaded.snapshot, loaded.embeddings, loaded.searcher.params, reranker,
                        adapter=loaded.searcher.adapter)
    result = searcher.search(searcher.parse("六个不批"), k=3)
    assert len(result.passages) == 3
    scores = [p.score for p in result.passages]
    assert scores == sorted(scores, reverse=True)
    plain = loaded.searcher.search(loaded.searcher.parse("六个不批"), k=9).passages
    assert {p.passage_id for p in result.passages} <= {p.passage_id for p in plain}
    # the scores are the cross-encoder's own, for the search text and each passage
    expected = reranker.predict([("六个不批", p.text) for p in result.passages])
    assert scores == pytest.approx([float(x) for x in expected], abs=1e-5)


def test_the_query_adapter_lifts_recall_of_questions_in_users_words(loaded: Loaded) -> None:
    # the adapter is fitted to questions like these (users tune split); without it the
    # same search finds fewer of their answers in the top five
    items = [i for i in load_qa(Path(__file__).parents[2] / "eval" / "users_qa.jsonl")
             if i.split == "tune" and i.answerable and i.evidence and not i.history]
    assert len(items) >= 40 and loaded.searcher.adapter is not None
    plain = Searcher(loaded.snapshot, loaded.embeddings, loaded.searcher.params)
    scores = {name: score_retrieval(items, [s.search(s.parse(i.question), k=5).passages
                                            for i in items])
              for name, s in (("adapted", loaded.searcher), ("plain", plain))}
    assert scores["adapted"].recall[5] > scores["plain"].recall[5]
    assert scores["adapted"].mrr > scores["plain"].mrr
