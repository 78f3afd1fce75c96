"""One deadline for a whole LLM answer (condensing, answering, the client's retries, a slow
stream): the work runs in a helper thread and the caller waits for it only until the deadline,
so the caller's thread (a web chat worker) is free when it passes, whatever the endpoint does.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
_ITEM, _DONE, _FAILED = 0, 1, 2


class DeadlineExceededError(TimeoutError):
    """The answer took longer than `ASKSPEECH_LLM_TIMEOUT` in all."""


def stream_until(make: Callable[[], Iterator[T]], deadline: float) -> Iterator[T]:
    """The items of `make()`, produced in a helper thread, until `deadline` (time.monotonic()).
    Raises DeadlineExceededError when it passes; the helper stops at its next item (a call blocked
    inside the HTTP client ends with that client's own timeout)."""
    box: queue.Queue[tuple[int, object]] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            items = make()
            try:
                for item in items:
                    if stop.is_set():
                        break
                    box.put((_ITEM, item))
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()  # ends the HTTP stream when we stopped early
            box.put((_DONE, None))
        except BaseException as exc:  # handed to the caller, raised there
            box.put((_FAILED, exc))

    threading.Thread(target=work, name="askspeech-llm", daemon=True).start()
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DeadlineExceededError
            try:
                kind, value = box.get(timeout=remaining)
            except queue.Empty:
                raise DeadlineExceededError from None
            if kind == _DONE:
                return
            if kind == _FAILED:
                assert isinstance(value, BaseException)
                raise value
            yield value  # type: ignore[misc]
    finally:
        stop.set()


def call_until(fn: Callable[[], T], deadline: float) -> T:
    """`fn()` in a helper thread, waited for until `deadline`."""
    for value in stream_until(lambda: iter([fn()]), deadline):
        return value
    raise AssertionError("unreachable")  # pragma: no cover
