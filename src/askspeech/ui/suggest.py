"""Follow-up questions for an answer, taken from the speech's own outline (never generated):
the items beside the one the first citation falls in ("一是…" → "二是…", "三是…")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from askspeech.answer.types import Answer
from askspeech.ingest.outline import OutlineNode, path_to, siblings
from askspeech.store import SpeechText

MAX_SUGGESTIONS = 3
MAX_CHARS = 40
_CUT = re.compile(r"[。！？!?；;：:]")
_MARKERS = re.compile(r"^[\s，,、。:：]+|[\s，,、。:：]+$")


def _question(node: OutlineNode) -> str:
    """The item's own words, without its marker, cut at the first sentence end."""
    text = node.heading
    if node.marker and text.startswith(node.marker):
        text = text[len(node.marker):]
    text = _CUT.split(text, maxsplit=1)[0]
    text = _MARKERS.sub("", text)
    return text[:MAX_CHARS]


def follow_ups(result: Answer, speeches: Mapping[int, SpeechText]) -> list[str]:
    """Up to `MAX_SUGGESTIONS` questions from the cited outline node's sibling items, nearest
    first; none when the answer is refused or its citation sits in no list."""
    if result.refused or not result.citations:
        return []
    first = result.citations[0]
    speech = speeches.get(first.passage.speech)
    if speech is None or speech.outline is None:
        return []
    root = speech.outline
    cited = {c.start for c in result.citations}
    # The innermost node with marked siblings: an item of a list, or a section.
    for node in reversed(path_to(root, first.start)[1:]):
        items = [s for s in siblings(root, node) if s.marker and s is not node
                 and not any(s.start <= at < s.end for at in cited)]
        if items:
            break
    else:
        return []
    items.sort(key=lambda s: (abs(s.ordinal - node.ordinal), s.start))
    out: list[str] = []
    for item in items:
        question = _question(item)
        if len(question) >= 4 and question not in out and question not in result.question:
            out.append(question)
        if len(out) == MAX_SUGGESTIONS:
            break
    return sorted(out, key=lambda q: next(i.start for i in items if _question(i) == q))
