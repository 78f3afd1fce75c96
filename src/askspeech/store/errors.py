"""What can go wrong with an index, each error saying what to do about it."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class IndexUnavailableError(RuntimeError):
    """No usable index; the message ends with the command that fixes it."""


class IndexMissingError(IndexUnavailableError):
    pass


class IndexCorruptError(IndexUnavailableError):
    pass


class IndexBusyError(IndexUnavailableError):
    pass


class IndexServerError(IndexUnavailableError):
    """The Chroma server cannot be reached."""


def rebuild_hint(problem: str) -> IndexCorruptError:
    return IndexCorruptError(f"{problem}. Run `askspeech index --rebuild`.")


class IndexDiskFullError(IndexUnavailableError):
    """The disk ran out of room during a build; the message says how much a build needs."""


def is_disk_full(exc: BaseException) -> bool:
    """`exc`, or an error it wraps, is the disk running out of room (ENOSPC, or SQLite's
    "database or disk is full", which Chroma passes on in its own exception types)."""
    import errno

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(current).lower()
        if "disk is full" in text or "no space left" in text:
            return True
        current = current.__cause__ or current.__context__
    return False
