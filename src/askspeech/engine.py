"""The loaded model and current index, shared by every caller in the process.

Loaded lazily on first use, once, under a lock; afterwards a query only checks (cheaply, at most
every `REFRESH_SECONDS`) whether a rebuild has switched the index, and if so loads the new build
while other threads keep answering from the old one.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from askspeech.config import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from askspeech.index import IndexSnapshot
    from askspeech.retrieval import Searcher

log = logging.getLogger(__name__)
REFRESH_SECONDS = 2.0


@dataclass(frozen=True)
class Loaded:
    snapshot: IndexSnapshot
    searcher: Searcher
    embeddings: Embeddings


class Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._loaded: Loaded | None = None
        self._checked = 0.0

    def get(self) -> Loaded:
        loaded = self._loaded
        now = time.monotonic()
        if loaded is not None and now - self._checked < REFRESH_SECONDS:
            return loaded
        with self._lock:
            if self._loaded is not None and time.monotonic() - self._checked < REFRESH_SECONDS:
                return self._loaded
            self._loaded = self._refresh(self._loaded)
            self._checked = time.monotonic()
            return self._loaded

    def _refresh(self, loaded: Loaded | None) -> Loaded:
        from askspeech.embeddings import load_embeddings
        from askspeech.index import current_build_id, open_index
        from askspeech.retrieval import Searcher

        if loaded is not None:
            try:
                if current_build_id(self.settings) == loaded.snapshot.build_id:
                    return loaded
            except Exception:  # the store is briefly unreachable: keep serving what we have
                log.warning("could not check for a new index build", exc_info=True)
                return loaded
        embeddings = loaded.embeddings if loaded else load_embeddings(self.settings)
        snapshot = open_index(self.settings, embeddings)
        reranker = _load_reranker(self.settings)
        searcher = Searcher(snapshot, embeddings, reranker=reranker)
        log.info("serving index build %s", snapshot.build_id)
        return Loaded(snapshot, searcher, embeddings)


def _load_reranker(settings: Settings) -> object | None:
    if settings.reranker_path is None:
        return None
    from sentence_transformers import CrossEncoder

    if not settings.reranker_path.is_dir():
        raise FileNotFoundError(
            f"reranker folder {settings.reranker_path} does not exist; "
            "unset ASKSPEECH_RERANKER_PATH or point it at a cross-encoder folder."
        )
    reranker: object = CrossEncoder(str(settings.reranker_path), device="cpu")
    return reranker


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(settings: Settings | None = None) -> Engine:
    """The engine for `settings` (default: the environment's), created once."""
    settings = settings or get_settings()
    key = settings.model_dump_json()
    with _engines_lock:
        if key not in _engines:
            _engines[key] = Engine(settings)
        return _engines[key]
