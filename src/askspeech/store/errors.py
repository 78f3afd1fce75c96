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
