"""The loaded model and current index, shared by every caller in the process.

Loaded lazily on first use, once, under a lock; afterwards a query only checks (cheaply, at most
every `REFRESH_SECONDS`) whether a rebuild has switched the index, and if so one thread loads the
new build while the others keep answering from the old one (loading a large build takes
seconds). A new build that cannot be opened leaves the old one serving, with an error logged.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from askspeech.config import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from askspeech.answer.extractive import ExtractiveAnswerer
    from askspeech.retrieval.adapter import QueryAdapter
    from askspeech.retrieval.search import Searcher
    from askspeech.store import IndexSnapshot

log = logging.getLogger(__name__)
REFRESH_SECONDS = 2.0
T = TypeVar("T")


@dataclass(frozen=True)
class Loaded:
    snapshot: IndexSnapshot
    searcher: Searcher
    embeddings: Embeddings
    answerer: ExtractiveAnswerer  # built once per build, not per question


class Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._loaded: Loaded | None = None
        self._checked = 0.0

    def _due(self, fresh: bool) -> bool:
        return fresh or time.monotonic() - self._checked >= REFRESH_SECONDS

    def get(self, *, fresh: bool = False) -> Loaded:
        """The loaded build; `fresh`: check for a new one now, and wait for it."""
        loaded = self._loaded
        if loaded is not None and not self._due(fresh):
            return loaded
        # While one thread checks or loads, the others answer from what is loaded.
        if not self._lock.acquire(blocking=loaded is None or fresh):
            assert loaded is not None
            return loaded
        try:
            if self._loaded is None or self._due(fresh):
                self._loaded = self._refresh(self._loaded)
                self._checked = time.monotonic()
            return self._loaded
        finally:
            self._lock.release()

    def run(self, produce: Callable[[Loaded], Iterator[T]]) -> Iterator[T]:
        """`produce`'s output on the loaded build. If that build became unreadable before
        anything was produced (a rebuild switched and then dropped it before this reader
        noticed), once more on the build that is current now."""
        from askspeech.store import IndexUnavailableError

        loaded = self.get()
        produced = False
        try:
            for item in produce(loaded):
                produced = True
                yield item
        except IndexUnavailableError:
            if produced:
                raise
            fresh = self.get(fresh=True)
            if fresh.snapshot.build_id == loaded.snapshot.build_id:
                raise
            log.info("build %s went away mid-query; retrying on %s",
                     loaded.snapshot.build_id, fresh.snapshot.build_id)
            yield from produce(fresh)

    def _refresh(self, loaded: Loaded | None) -> Loaded:
        from askspeech.answer import extractive
        from askspeech.models.deferred import DeferredEmbeddings
        from askspeech.retrieval.search import Searcher
        from askspeech.store import IndexUnavailableError, current_build_id, open_index

        if loaded is not None:
            try:
                if current_build_id(self.settings) == loaded.snapshot.build_id:
                    return loaded
            except Exception:  # the store is briefly unreachable: keep serving what we have
                log.warning("could not check for a new index build", exc_info=True)
                return loaded
        embeddings = loaded.embeddings if loaded else DeferredEmbeddings(self.settings)
        try:
            snapshot = open_index(self.settings, embeddings)
        except IndexUnavailableError as exc:
            if loaded is None:
                raise
            log.error("the new index build cannot be opened (%s); still serving build %s",
                      exc, loaded.snapshot.build_id)
            return loaded
        reranker = _load_reranker(self.settings)
        searcher = Searcher(snapshot, embeddings, reranker=reranker,
                            adapter=_load_adapter(self.settings))
        log.info("serving index build %s", snapshot.build_id)
        return Loaded(snapshot, searcher, embeddings, extractive.ExtractiveAnswerer(searcher))


def _load_adapter(settings: Settings) -> QueryAdapter | None:
    """The bundled query adapter, for the bundled model's vectors only."""
    from askspeech.config import BUNDLED_MODEL
    from askspeech.retrieval.adapter import QueryAdapter

    if not settings.query_adapter or settings.embedding_model != BUNDLED_MODEL:
        return None
    return QueryAdapter.bundled()


def _load_reranker(settings: Settings) -> object | None:
    if settings.reranker_path is None:
        return None
    from askspeech.models.embeddings import ModelError

    fix = "unset ASKSPEECH_RERANKER_PATH or point it at a local cross-encoder folder."
    if not settings.reranker_path.is_dir():
        raise ModelError(f"reranker folder {settings.reranker_path} does not exist; {fix}")
    from sentence_transformers import CrossEncoder

    try:
        reranker: object = CrossEncoder(str(settings.reranker_path), device="cpu")
    except Exception as exc:  # whatever the folder holds, the user's fix is the same
        raise ModelError(f"{settings.reranker_path} is not a cross-encoder model folder "
                         f"({type(exc).__name__}); {fix}") from None
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
