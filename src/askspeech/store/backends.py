"""Where builds live: embedded Chroma folders or a Chroma server, and which build is current."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from askspeech.config import Settings

if TYPE_CHECKING:
    import chromadb
    from chromadb.api import ClientAPI


from askspeech.store.errors import (
    IndexBusyError,
    IndexServerError,
    IndexUnavailableError,
    rebuild_hint,
)
from askspeech.store.manifest import COLLECTION_PREFIX, POINTER_COLLECTION, Manifest, parse_manifest
from askspeech.store.seal import check_seal, write_seal

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- stores


class Store(Protocol):
    """Where build collections live and which build is current."""

    def describe(self) -> str: ...
    def current(self) -> str | None: ...
    def set_current(self, build_id: str) -> None: ...
    def client(self, build_id: str) -> ClientAPI: ...
    def release(self, client: ClientAPI) -> None: ...
    def collection_name(self, build_id: str) -> str: ...
    def text_collection_name(self, build_id: str) -> str: ...
    def folder(self, build_id: str) -> Path | None: ...
    def begin(self, build_id: str) -> None: ...
    def seal(self, build_id: str) -> None: ...
    def abort(self, build_id: str) -> None: ...
    def builds(self) -> list[str]: ...
    def drop(self, build_id: str) -> None: ...
    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError: ...


@dataclass
class _Shared:
    client: ClientAPI
    users: int = 0


# Re-entrant: a snapshot's finalizer (which releases its client) may run inside these sections.
_clients_lock = threading.RLock()
_clients: dict[str, _Shared] = {}  # build folder → the one client open on it in this process


class EmbeddedStore:
    """Chroma ``PersistentClient`` folders under ``<index>/builds``; ``CURRENT`` names the live
    one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.builds_dir = root / "builds"
        self.pointer = root / "CURRENT"

    def describe(self) -> str:
        return f"embedded Chroma at {self.root}"

    def current(self) -> str | None:
        try:
            build_id = self.pointer.read_text().strip()
        except FileNotFoundError:
            return None
        return build_id or None

    def _path(self, build_id: str) -> Path:
        return self.builds_dir / build_id

    def folder(self, build_id: str) -> Path | None:
        """The build's folder (where its data files live, see `store.columnar`)."""
        return self._path(build_id)

    def client(self, build_id: str) -> ClientAPI:
        """The process's client for the build; `release` it when done. The last release
        closes it, freeing what Chroma holds in memory for the build (a server that lives
        through many rebuilds would otherwise keep every old index loaded)."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        path = self._path(build_id)
        if not path.is_dir():
            raise rebuild_hint(f"index build {build_id} is missing from {self.builds_dir}")
        check_seal(path)
        # Chroma's own sharing of one "system" per folder races when a client closes while
        # another opens: so every open and close here happens under one lock.
        with _clients_lock:
            if str(path) not in _clients:
                try:
                    opened = chromadb.PersistentClient(
                        path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
                except Exception as exc:  # e.g. garbage in its sqlite file
                    raise self.failure(build_id, exc) from exc
                _clients[str(path)] = _Shared(opened)
            shared = _clients[str(path)]
            shared.users += 1
            return shared.client

    def release(self, client: ClientAPI) -> None:
        with _clients_lock:
            key = next((k for k, v in list(_clients.items()) if v.client is client), None)
            if key is None:
                return
            shared = _clients[key]
            shared.users -= 1
            if shared.users == 0:
                del _clients[key]
                close = getattr(client, "close", None)
                if callable(close):
                    close()

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + "index"

    def text_collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + "text"

    def begin(self, build_id: str) -> None:
        self._path(build_id).mkdir(parents=True)
        # Pointer files a killed builder left behind (we hold the build lock: none is live).
        for stale in self.root.glob(".CURRENT.*"):
            stale.unlink(missing_ok=True)

    def seal(self, build_id: str) -> None:
        write_seal(self._path(build_id))

    def abort(self, build_id: str) -> None:
        self.drop(build_id)

    def set_current(self, build_id: str) -> None:
        tmp = self.root / f".CURRENT.{os.getpid()}"
        tmp.write_text(build_id + "\n")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.pointer)
        _fsync_dir(self.root)

    def builds(self) -> list[str]:
        if not self.builds_dir.is_dir():
            return []
        return sorted(p.name for p in self.builds_dir.iterdir() if p.is_dir())

    def drop(self, build_id: str) -> None:
        shutil.rmtree(self._path(build_id), ignore_errors=True)

    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError:
        return rebuild_hint(
            f"the index build {build_id} in {self.describe()} cannot be read ({exc})")


_BUILD_COLLECTION = re.compile(rf"^{COLLECTION_PREFIX}(\d{{8}}-\d{{6}}-[0-9a-f]{{6}})$")


class ServerStore:
    """A Chroma server (``chroma run``): two collections per build, a pointer collection.

    One HTTP client per server and process, shared by every reader (each `HttpClient` is a
    new Chroma "system"; making one per check would leak them). The build lock is a local
    file, so build from one machine at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._client: ClientAPI | None = None
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"Chroma server at http://{self.host}:{self.port}"

    def client(self, build_id: str = "") -> ClientAPI:
        with self._lock:
            if self._client is None:
                import chromadb
                from chromadb.config import Settings as ChromaSettings

                try:
                    client = chromadb.HttpClient(
                        host=self.host, port=self.port,
                        settings=ChromaSettings(anonymized_telemetry=False),
                    )
                    client.heartbeat()
                except Exception as exc:
                    raise self.unreachable(exc) from exc
                self._client = client
            return self._client

    def release(self, client: ClientAPI) -> None:
        pass  # shared by every reader of this server

    def unreachable(self, exc: Exception) -> IndexServerError:
        return IndexServerError(
            f"cannot reach the Chroma server at http://{self.host}:{self.port} ({exc}). "
            f"Start it (`chroma run --path index/chroma-server --port {self.port}`) or unset "
            "ASKSPEECH_CHROMA_URL / ASKSPEECH_CHROMA_HOST / ASKSPEECH_CHROMA_PORT."
        )

    def collection_name(self, build_id: str) -> str:
        return COLLECTION_PREFIX + build_id

    def text_collection_name(self, build_id: str) -> str:
        return f"{COLLECTION_PREFIX}{build_id}-text"

    def _pointer(self) -> chromadb.Collection:
        try:
            pointer: chromadb.Collection = self.client().get_or_create_collection(
                POINTER_COLLECTION, metadata={"build": ""})
        except IndexUnavailableError:
            raise
        except Exception as exc:
            raise self.failure(f"pointer ({POINTER_COLLECTION})", exc) from exc
        return pointer

    def current(self) -> str | None:
        meta = self._pointer().metadata or {}
        build = meta.get("build")
        return str(build) if build else None

    def set_current(self, build_id: str) -> None:
        self._pointer().modify(metadata={"build": build_id})

    def folder(self, build_id: str) -> Path | None:
        return None  # the server owns its files: readers read the build from Chroma

    def begin(self, build_id: str) -> None:
        pass  # the collections are created by the build itself

    def seal(self, build_id: str) -> None:
        pass  # the server owns its files

    def abort(self, build_id: str) -> None:
        self.drop(build_id)

    def builds(self) -> list[str]:
        names = [c.name for c in self.client().list_collections()]
        return sorted(m.group(1) for m in map(_BUILD_COLLECTION.match, names) if m)

    def drop(self, build_id: str) -> None:
        for name in (self.collection_name(build_id), self.text_collection_name(build_id)):
            with contextlib.suppress(Exception):
                self.client().delete_collection(name)

    def failure(self, build_id: str, exc: Exception) -> IndexUnavailableError:
        import httpx

        if isinstance(exc, httpx.TransportError | ConnectionError):
            return self.unreachable(exc)
        return rebuild_hint(
            f"the index build {build_id} in {self.describe()} cannot be read ({exc})")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_servers: dict[tuple[str, int], ServerStore] = {}
_servers_lock = threading.Lock()


def open_store(settings: Settings) -> Store:
    server = settings.chroma_server
    if server is None:
        return EmbeddedStore(settings.index_path)
    with _servers_lock:
        if server not in _servers:
            _servers[server] = ServerStore(*server)
        return _servers[server]


@contextlib.contextmanager
def build_lock(settings: Settings) -> Iterator[None]:
    """One builder at a time per index folder (readers never wait)."""
    settings.index_path.mkdir(parents=True, exist_ok=True)
    with (settings.index_path / ".build.lock").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusyError(
                "another `askspeech index` is building this index; wait for it to finish."
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# ---------------------------------------------------------------- reading


@contextlib.contextmanager
def reading(store: Store, build_id: str) -> Iterator[None]:
    """Turns whatever the store raises into an IndexUnavailableError that says what to do."""
    try:
        yield
    except IndexUnavailableError:
        raise
    except Exception as exc:
        raise store.failure(build_id, exc) from exc


@contextlib.contextmanager
def connected(store: Store, build_id: str) -> Iterator[ClientAPI]:
    client = store.client(build_id)
    try:
        yield client
    finally:
        store.release(client)


def read_manifest(store: Store, build_id: str) -> Manifest:
    with reading(store, build_id), connected(store, build_id) as client:
        meta = client.get_collection(store.collection_name(build_id)).metadata or {}
    return parse_manifest(meta, build_id)


def current_manifest(settings: Settings) -> Manifest | None:
    store = open_store(settings)
    build_id = store.current()
    return read_manifest(store, build_id) if build_id else None


def current_build_id(settings: Settings) -> str | None:
    """Cheap check readers use to notice a new build."""
    return open_store(settings).current()
