"""jieba's word tables read from a SQLite file a key at a time, instead of loaded whole.

Every process that segments Chinese loads jieba's 580k-entry prefix dictionary (its marshal
cache, 0.7 s) and, for part-of-speech tags, posseg's 349k-line tag dictionary (0.4 s): most of a
cold `askspeech ask`, which segments one question. Both tables are written once, by jieba's own
loaders, to one SQLite file beside jieba's cache, keyed by the dictionary file, and then read by
key. A process that segments a lot (an index build) loads them whole after `FULL_AFTER` reads.
"""

from __future__ import annotations

import importlib
import io
import logging
import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

FULL_AFTER = 100_000  # distinct keys read one by one before a table is loaded whole
FILE_NAME = "askspeech-jieba.sqlite"
_FREQ, _TAG = 0, 1  # columns: a word's (or prefix's) frequency, and its tag


class _Store:
    """One open store: a read-only SQLite connection shared by threads, and the rows read."""

    def __init__(self, connection: sqlite3.Connection, total: int, count: int) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self._rows: dict[str, tuple[int, str | None] | None] = {}
        self.total = total
        self.count = count

    def row(self, key: str) -> tuple[int, str | None] | None:
        try:
            return self._rows[key]
        except KeyError:
            pass
        with self._lock:
            found = self._db.execute("SELECT f, t FROM w WHERE k = ?", (key,)).fetchone()
        self._rows[key] = found
        return found  # type: ignore[no-any-return]

    @property
    def reads(self) -> int:
        return len(self._rows)

    def column(self, index: int) -> dict[str, Any]:
        name = "f" if index == _FREQ else "t"
        with self._lock:
            rows = self._db.execute(f"SELECT k, {name} FROM w WHERE {name} IS NOT NULL")
            return dict(rows.fetchall())


_MISSING: Any = object()


class StoredTable(Mapping[str, Any]):
    """A read-only dict of one column (what jieba reads: `in`, `[]`, `.get`)."""

    def __init__(self, store: _Store, index: int) -> None:
        self._store = store
        self._index = index
        self._whole: dict[str, Any] | None = None

    def get(self, key: str, default: Any = None) -> Any:
        if self._whole is not None:
            return self._whole.get(key, default)
        row = self._store.row(key)
        if self._store.reads > FULL_AFTER:
            self._whole = self._store.column(self._index)
        value = None if row is None else row[self._index]
        return default if value is None else value

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        if self._whole is None:
            self._whole = self._store.column(self._index)
        return iter(self._whole)

    def __len__(self) -> int:
        return len(self._whole) if self._whole is not None else self._store.count


_attached: _Store | None = None


def attach(jieba: ModuleType) -> None:
    """Initialises `jieba.dt` from the store, writing the store first (with jieba's own loaders,
    which this process then keeps) if there is none for jieba's dictionary."""
    global _attached
    path, key = _location(jieba)
    store = _open(path, key) if path is not None else None
    if store is None:
        jieba.initialize()
        if path is not None:
            posseg = importlib.import_module("jieba.posseg")
            _write(path, key, jieba.dt.FREQ, jieba.dt.total, posseg.dt.word_tag_tab)
        return
    jieba.dt.FREQ = StoredTable(store, _FREQ)
    jieba.dt.total = store.total
    jieba.dt.initialized = True
    _attached = store


def import_posseg(jieba: ModuleType) -> ModuleType:
    """jieba.posseg, its tag table from the store when `attach` used one."""
    store = _attached
    if store is None or "jieba.posseg" in sys.modules:
        return importlib.import_module("jieba.posseg")
    # POSTokenizer's constructor parses the dictionary its tokenizer hands it: hand it nothing.
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        posseg = importlib.import_module("jieba.posseg")
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = StoredTable(store, _TAG)
    return posseg


def _location(jieba: ModuleType) -> tuple[Path | None, str]:
    dictionary = Path(jieba.dt.dictionary or Path(str(jieba.__file__)).with_name("dict.txt"))
    try:
        st = dictionary.stat()
    except OSError:
        return None, ""  # jieba reports its own dictionary problems
    key = f"{dictionary.resolve()}|{st.st_size}|{st.st_mtime_ns}|{jieba.__version__}"
    return Path(jieba.dt.tmp_dir or tempfile.gettempdir()) / FILE_NAME, key


def _open(path: Path, key: str) -> _Store | None:
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error as exc:
        log.debug("jieba store %s unreadable: %s", path, exc)
        return None
    if meta.get("key") != key:
        db.close()
        return None
    return _Store(db, int(meta["total"]), int(meta["count"]))


def _write(path: Path, key: str, freq: Mapping[str, int], total: int,
           tags: Mapping[str, str]) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        part.unlink(missing_ok=True)
        db = sqlite3.connect(part)
        with db:
            db.execute("CREATE TABLE w (k TEXT PRIMARY KEY, f INTEGER NOT NULL, t TEXT)"
                       " WITHOUT ROWID")
            db.executemany("INSERT INTO w VALUES (?, ?, ?)",
                           ((k, f, tags.get(k)) for k, f in freq.items()))
            db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            db.executemany("INSERT INTO meta VALUES (?, ?)",
                           (("key", key), ("total", str(total)), ("count", str(len(freq)))))
        db.close()
        os.replace(part, path)  # readers see the old file or the whole new one
    except (OSError, sqlite3.Error) as exc:  # a read-only or full temp dir only costs speed
        log.debug("jieba store not written to %s: %s", path, exc)
        part.unlink(missing_ok=True)
