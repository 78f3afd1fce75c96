"""The LangChain retriever over `Searcher`, in its own module: importing langchain_core's
retrievers pulls in langsmith (3 s of a cold start), which answering never needs."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from askspeech.ingest.chunking import Passage


class HybridRetriever(BaseRetriever):
    """LangChain face of `Searcher`: Documents whose metadata carry the passage fields."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any
    k: int = 5
    speech: int | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        result = self.searcher.search(self.searcher.parse(query, speech=self.speech), k=self.k)
        return [passage_document(x) for x in result.passages]


def passage_document(passage: Passage) -> Document:
    meta = {
        "passage_id": passage.passage_id,
        "speech": passage.speech,
        "title": passage.title,
        "label": passage.label,
        "paragraph": passage.paragraph,
        "start": passage.start,
        "end": passage.end,
        "score": passage.score,
    }
    return Document(page_content=passage.text, metadata=meta, id=passage.passage_id)
