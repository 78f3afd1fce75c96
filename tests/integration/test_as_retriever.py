"""`askspeech.as_retriever()`: the hybrid search as a LangChain retriever on the real index,
following rebuilds; and the LLM chain built from it (a fake chat model)."""

from __future__ import annotations

import time

from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.retrievers import BaseRetriever

import askspeech
from askspeech.answer.llm import build_chain
from askspeech.answer.types import Answer
from askspeech.config import Settings
from askspeech.engine import REFRESH_SECONDS
from tests.conftest import settings_for, write_corpus


def test_as_retriever_returns_documents_with_passage_metadata(built_settings: Settings) -> None:
    retriever = askspeech.as_retriever(k=3, speech=7, settings=built_settings)
    assert isinstance(retriever, BaseRetriever) and "as_retriever" in askspeech.__all__
    docs = retriever.invoke("村干部报酬要落实什么制度?")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    assert {d.metadata["speech"] for d in docs} == {7}
    speech = askspeech.speech(7, settings=built_settings)
    for d in docs:
        m = d.metadata
        assert speech.text[m["start"]:m["end"]] == d.page_content
        assert m["paragraph"] >= 1 and m["label"] == speech.label and m["passage_id"]
    assert any("基础报酬" in d.page_content for d in docs)


def test_as_retriever_follows_a_rebuild(tmp_path, embeddings) -> None:  # type: ignore[no-untyped-def]
    from askspeech.store import build_index

    corpus = write_corpus(tmp_path / "corpus")
    settings = settings_for(tmp_path / "index", corpus_path=corpus)
    build_index(settings)
    retriever = askspeech.as_retriever(k=2, settings=settings)
    assert "园区" in retriever.invoke("园区治理模式")[0].page_content
    (corpus / "b.txt").write_text("园区党建讲话\n要推行网格化园区治理模式，实行楼宇党建全覆盖。\n",
                                  encoding="utf-8")
    build_index(settings)
    time.sleep(REFRESH_SECONDS + 0.1)
    assert "楼宇党建" in retriever.invoke("园区治理模式")[0].page_content


def test_the_llm_chain_runs_retriever_prompt_model_and_check(built_settings: Settings) -> None:
    retriever = askspeech.as_retriever(k=3, speech=7, settings=built_settings)
    model = GenericFakeChatModel(messages=iter([AIMessage(content="落实报酬制度[1][42]。")]))
    seen: list[tuple[str, list[Document]]] = []

    def check(text: str, docs: list[Document]) -> Answer:
        seen.append((text, docs))
        return Answer("q", text, (), False, "llm")

    chain = build_chain(retriever, model, "system: {passages}", "{question}", check)
    pieces = list(chain.stream({"search": "村干部报酬制度", "question": "报酬?"}))
    *texts, final = pieces
    assert all(isinstance(t, str) for t in texts)
    assert "".join(str(t) for t in texts) == "落实报酬制度[1][42]。"
    assert isinstance(final, Answer) and final.text == "落实报酬制度[1][42]。"
    (_, docs), = seen
    assert len(docs) == 3 and docs[0].metadata["speech"] == 7
