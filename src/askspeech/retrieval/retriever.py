"""The LangChain retriever over `Searcher`, in its own module: importing langchain_core's
retrievers pulls in langsmith (3 s of a cold start), which answering never needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from askspeech.ingest.chunking import Passage

if TYPE_CHECKING:
    from askspeech.retrieval.search import Searcher


class HybridRetriever(BaseRetriever):
    """LangChain face of `Searcher`: the hybrid search as Documents whose metadata carry the
    passage fields (speech, label, paragraph, offsets into the cleaned speech).

    Either a fixed `searcher`, or `resolve`, called on every query for the searcher to use: the
    public `askspeech.as_retriever()` passes the engine's, so a retriever made before a rebuild
    searches the new build after it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any = None
    resolve: Any = None  # () -> Searcher
    k: int = 5
    speech: int | tuple[int, ...] | None = None  # one speech, several, or all

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        searcher: Searcher = self.resolve() if self.resolve is not None else self.searcher
        if not isinstance(query, str) or not query.strip():
            raise ValueError("The query is empty: ask something about the speeches.")
        wanted = self.speech if isinstance(self.speech, tuple) else (self.speech,)
        for number in wanted:
            if number is not None and number not in searcher.snap.speeches:
                numbers = list(searcher.snap.speeches)
                raise ValueError(f"There is no speech {number}; the index holds speeches "
                                 f"{min(numbers)}–{max(numbers)}.")
        result = searcher.search(searcher.parse(query, speech=self.speech), k=self.k)
        return [passage_document(x) for x in result.passages]


def passage_document(passage: Passage, label: str = "") -> Document:
    """A passage as a LangChain Document (metadata: the passage's fields and its speech's
    label)."""
    meta = {
        "passage_id": passage.passage_id,
        "speech": passage.speech,
        "title": passage.title,
        "label": passage.label or label,
        "paragraph": passage.paragraph,
        "start": passage.start,
        "end": passage.end,
        "score": passage.score,
    }
    return Document(page_content=passage.text, metadata=meta, id=passage.passage_id)
