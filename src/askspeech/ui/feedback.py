"""👍/👎 feedback on answers, kept locally as JSON lines (`Settings.feedback_file`).

Each rating or comment appends one line; the latest line for an answer's id wins. The file lives
beside the index builds, never inside one, so a rebuild does not lose it. `qa_skeleton` turns
the 👎 ones into items in the schema of eval/dev_qa.jsonl, for someone to fill in the evidence
and run `askspeech eval` on.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
_lock = threading.Lock()  # one writer at a time within the server process


@dataclass(frozen=True)
class Feedback:
    id: str
    question: str
    answer: str
    lang: str
    rating: str | None  # "up", "down", or None (taken back)
    comment: str = ""
    speech: list[int] = field(default_factory=list)  # the scope the answer was given in
    cited: list[list[int]] = field(default_factory=list)  # [speech, paragraph] per citation
    refused: bool = False
    time: float = 0.0

    @classmethod
    def new(cls, **fields: Any) -> Feedback:
        return cls(id=uuid.uuid4().hex[:12], time=time.time(), **fields)

    def rated(self, rating: str | None) -> Feedback:
        return replace(self, rating=rating, time=time.time())

    def commented(self, comment: str) -> Feedback:
        return replace(self, comment=comment.strip(), time=time.time())


def append(path: Path, item: Feedback) -> None:
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
    log.info("feedback %s (%s) stored in %s", item.id, item.rating, path)


def load(path: Path) -> list[Feedback]:
    """Every answer's latest feedback, oldest first; unreadable lines are skipped (logged)."""
    if not path.is_file():
        return []
    latest: dict[str, Feedback] = {}
    names = set(Feedback.__dataclass_fields__)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            item = Feedback(**{k: v for k, v in raw.items() if k in names})
        except (ValueError, TypeError) as exc:
            log.warning("%s line %d is not feedback: %s", path, number, exc)
            continue
        latest.pop(item.id, None)  # re-inserted: ordered by the latest change
        latest[item.id] = item
    return sorted(latest.values(), key=lambda f: f.time)


def qa_skeleton(items: Iterable[Feedback]) -> list[dict[str, object]]:
    """The 👎 answers as QA items (the schema of eval/dev_qa.jsonl); `evidence` and `answer`
    are left for a person to fill in, `answerable` is a guess from whether it was refused."""
    out: list[dict[str, object]] = []
    for f in items:
        if f.rating != "down":
            continue
        out.append({
            "id": f"fb-{f.id}",
            "question": f.question,
            "lang": f.lang,
            "answerable": not f.refused,
            "speech": f.speech[0] if len(f.speech) == 1 else None,
            "evidence": [],
            "answer": "",
            "kind": "feedback",
            "comment": f.comment,
            "given_answer": f.answer,
        })
    return out
