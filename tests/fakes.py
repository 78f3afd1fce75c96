"""Test doubles that need no model: a deterministic embedder and a recording chat model."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage

from askspeech.models.embeddings import ResolvedModel

FAKE_MODEL = ResolvedModel("fake-ngram", "fake-ngram:v1", {})


class NgramEmbeddings(Embeddings):
    """Vectors from hashed character 1- to 3-grams, L2-normalised: the same text always gets
    the same vector, and texts sharing many n-grams get close vectors (cosine ~ overlap).
    Loads nothing and embeds thousands of short texts per second."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls = 0  # texts embedded, so tests can see what was (re)computed

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        chars = re.sub(r"\s+", " ", text.lower()).strip()
        for n in (1, 2, 3):
            for i in range(len(chars) - n + 1):
                digest = hashlib.blake2b(chars[i : i + n].encode(), digest_size=8).digest()
                h = int.from_bytes(digest, "little")
                vec[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norm = math.sqrt(sum(x * x for x in vec))
        if norm == 0:  # an empty text: a fixed unit vector, never NaN
            vec[0], norm = 1.0, 1.0
        return [x / norm for x in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.calls += 1
        return self._vector(text)


class RecordingFake(GenericFakeChatModel):
    """A LangChain fake chat model that replies with fixed messages and remembers every prompt
    it was sent."""

    seen: list[list[BaseMessage]] = []

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)

    def _stream(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Iterator[Any]:
        self.seen.append(list(messages))
        yield from super()._stream(messages, *args, **kwargs)


def fake_chat(*replies: str) -> RecordingFake:
    """A `RecordingFake` that gives `replies` in turn."""
    model = RecordingFake(messages=iter([AIMessage(content=r) for r in replies]))
    model.seen = []
    return model
