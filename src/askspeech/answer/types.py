"""What every surface shows: `Answer` and its `Citation`s."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from askspeech.ingest.chunking import Passage


@dataclass(frozen=True)
class Citation:
    """`[n]` in the answer text; `quote` is a verbatim substring of `passage.text`."""

    n: int
    passage: Passage
    quote: str

    @property
    def start(self) -> int:
        """Offset of the quote in the cleaned speech text."""
        return self.passage.start + self.passage.text.index(self.quote)

    @property
    def end(self) -> int:
        return self.start + len(self.quote)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    mode: str  # "extractive" or "llm"
    related: tuple[Passage, ...] = ()  # when refused: nearest passages, as reading, not support
    notes: tuple[str, ...] = ()  # e.g. the question was cut, the LLM answer fell back
    language: str = "zh"
    # LLM mode: (claims supported by the passage they cite, claims checked); None otherwise
    claim_support: tuple[int, int] | None = None
    # the passage of the quote that answers best; the citations run in reading order, so
    # this says which of them retrieval ranks first
    lead: str | None = None

    def to_dict(self) -> dict[str, Any]:  # JSON-shaped; Any so callers can index into it
        def passage(p: Passage) -> dict[str, object]:
            return {"passage_id": p.passage_id, "speech": p.speech, "label": p.label,
                    "title": p.title,
                    "paragraph": p.paragraph, "start": p.start, "end": p.end, "text": p.text,
                    "score": p.score}

        return {
            "question": self.question,
            "text": self.text,
            "refused": self.refused,
            "mode": self.mode,
            "language": self.language,
            "notes": list(self.notes),
            "claim_support": list(self.claim_support) if self.claim_support else None,
            "lead": self.lead,
            "citations": [{"n": c.n, "quote": c.quote, "start": c.start, "end": c.end,
                           "passage": passage(c.passage)} for c in self.citations],
            "related": [passage(p) for p in self.related],
        }
