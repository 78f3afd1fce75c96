"""Reading a conversation: earlier questions, and whether a new one is a follow-up."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

History = Sequence[Mapping[str, Any] | tuple[str, str] | list[str]]

_FOLLOW_UP = re.compile(
    r"^(那|那么|还有|另外|其中|此外|再|然后|and\b|what about|how about|and what|also\b)"
    r"|(它|它们|这个|这些|那个|那些|该|上述|前者|后者|第[一二三四五六七八九十\d]+[点条项个部])"
    r"|\b(it|its|they|them|that|those|this|these)\b",
    re.IGNORECASE,
)
FOLLOW_UP_MAX_CHARS = 30


def previous_questions(history: History | None) -> list[str]:
    """The user's earlier questions, oldest first, from messages or (user, bot) pairs."""
    out: list[str] = []
    for turn in history or ():
        if isinstance(turn, Mapping):
            if turn.get("role") == "user" and isinstance(turn.get("content"), str):
                out.append(str(turn["content"]))
        elif isinstance(turn, (tuple, list)) and turn and isinstance(turn[0], str):
            out.append(turn[0])
    return out


def is_follow_up(question: str) -> bool:
    return len(question) <= FOLLOW_UP_MAX_CHARS and bool(_FOLLOW_UP.search(question))


def search_query(question: str, history: History | None) -> str:
    """What retrieval searches for: a follow-up ("那第二点呢?") is read together with the
    question it follows."""
    earlier = previous_questions(history)
    if earlier and is_follow_up(question):
        return f"{earlier[-1]} {question}"
    return question
