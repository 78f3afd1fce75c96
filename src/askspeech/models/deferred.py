"""Embeddings loaded on first use: a server opens its index and takes requests while its model
loads (the web chat is ready about a second sooner; the first question waits for the model if
it comes before the warm-up has loaded it)."""

from __future__ import annotations

import threading

from langchain_core.embeddings import Embeddings

from askspeech.config import Settings


class DeferredEmbeddings(Embeddings):
    """The configured embeddings (`models.embeddings.load_embeddings`), loaded by the first
    embedding asked for, or by `load()`."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._loaded: Embeddings | None = None
        self._lock = threading.Lock()

    def load(self) -> Embeddings:
        loaded = self._loaded
        if loaded is None:
            from askspeech.models import embeddings

            with self._lock:
                if self._loaded is None:
                    self._loaded = embeddings.load_embeddings(self._settings)
                loaded = self._loaded
        return loaded

    def embed_query(self, text: str) -> list[float]:
        return self.load().embed_query(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.load().embed_documents(texts)
