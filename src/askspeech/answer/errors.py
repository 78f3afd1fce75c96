"""Errors of the answer stage, importable without the LLM machinery (langchain_core runnables
cost a cold CLI about a second; the CLI and chat only need to catch these)."""

from __future__ import annotations

__all__ = ["LLMError"]


class LLMError(RuntimeError):
    """The LLM endpoint failed; the message says which endpoint and what to check."""
