"""Seals: checksums of an embedded build's segment files, checked before Chroma opens them
(garbage in an HNSW file otherwise kills the process inside Chroma)."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from askspeech.store.errors import rebuild_hint
from askspeech.store.manifest import SEAL_FILE

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- seals (embedded builds)


def _sealed_files(folder: Path) -> list[Path]:
    """Chroma's segment files. Its sqlite file is left out: Chroma writes to it when reading,
    and sqlite detects damage to it by itself."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name != SEAL_FILE and not p.name.startswith("chroma.sqlite3")
    )


def _digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def write_seal(folder: Path) -> None:
    files = {str(p.relative_to(folder)): [p.stat().st_size, _digest(p)]
             for p in _sealed_files(folder)}
    (folder / SEAL_FILE).write_text(json.dumps({"files": files}, indent=1))


# (folder, seal mtime, subfolder): checked in this process
_checked_seals: set[tuple[str, int, str]] = set()


def check_seal(folder: Path, only: str = "") -> None:
    """Raises IndexCorruptError when a sealed file changed since the build was sealed. A
    build without a seal (an older askspeech, or one still being written) is not checked.
    `only`: just the files under that subfolder (a reader that never opens Chroma does not
    hash Chroma's files)."""
    seal = folder / SEAL_FILE
    try:
        key = (str(folder), seal.stat().st_mtime_ns, only)
    except FileNotFoundError:
        return
    if key in _checked_seals:
        return
    try:
        files = json.loads(seal.read_text())["files"]
    except (OSError, ValueError, KeyError) as exc:
        raise rebuild_hint(f"the seal of index build {folder.name} is unreadable ({exc})") from exc
    for name, (size, digest) in files.items():
        if only and not name.startswith(only + "/"):
            continue
        path = folder / name
        if not path.is_file() or path.stat().st_size != size or _digest(path) != digest:
            raise rebuild_hint(
                f"the index build {folder.name} is damaged: {name} changed since it was built")
    _checked_seals.add(key)
