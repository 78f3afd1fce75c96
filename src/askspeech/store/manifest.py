"""What a build records about itself: corpus hashes, chunking, model, counts."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from askspeech.ingest.chunking import ChunkingParams
from askspeech.ingest.corpus import PARAGRAPH_SEPARATOR
from askspeech.ingest.outline import OUTLINE_VERSION, OutlineNode
from askspeech.store.errors import rebuild_hint

log = logging.getLogger(__name__)

# 2: speeches in their own collection, only searchable units have vectors;
# 3: each speech's outline and profile (place, level, occasion, label) stored with it;
# 4: embedded builds carry their data files (store.columnar); the manifest names the backend
FORMAT_VERSION = 4
COLLECTION_PREFIX = "askspeech-"
POINTER_COLLECTION = "askspeech-current"
SEAL_FILE = "askspeech-seal.json"
ADD_BATCH = 128
READ_PAGE = 5000  # records per get() when loading a build: bounds one HTTP response
UNIT_KINDS = ("passage", "sentence")
Progress = Callable[[str, int, int], None]

@dataclass(frozen=True)
class Manifest:
    build_id: str
    created: str
    corpus: str
    files: dict[str, str]
    chunking: dict[str, int | str]
    model_id: str
    counts: dict[str, int]
    fingerprint: str
    build_seconds: float = 0.0
    embedded: int = 0  # vectors computed by this build
    reused: int = 0  # vectors carried over from the previous build
    cleaning: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT_VERSION
    complete: bool = True
    backend: str = "torch"  # the embedding backend that computed the vectors

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class SpeechText:
    """A speech as indexed: what the reader view shows and citations point into, with its
    outline (headings, sections, enumerated items) and profile, both derived from its text."""

    number: int
    title: str
    source: str
    paragraphs: tuple[str, ...]
    outline: OutlineNode | None = None
    label: str = ""  # "篇四 · 耒阳市 · 现场经验交流会"
    place: str | None = None
    level: str | None = None  # the speaker's administrative level: 市, 县, 区, 省, …
    occasion: str | None = None

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


@dataclass(frozen=True)
class BuildResult:
    manifest: Manifest
    up_to_date: bool  # nothing changed, nothing was built
    report_lines: list[str] = field(default_factory=list)


def fingerprint(files: dict[str, str], params: ChunkingParams, model_id: str,
                backend: str = "torch") -> str:
    payload = json.dumps(
        {"files": files, "chunking": params.as_dict(), "model": model_id, "format": FORMAT_VERSION,
         "backend": backend, "outline": OUTLINE_VERSION},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


def text_hash(kind: str, text: str) -> str:
    return hashlib.sha1(f"{kind}\0{text}".encode()).hexdigest()


def parse_manifest(meta: Mapping[str, Any], build_id: str) -> Manifest:
    try:
        return Manifest.from_json(str(meta["manifest"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise rebuild_hint(f"the index build {build_id} has no readable manifest") from exc


def check_usable(manifest: Manifest, build_id: str) -> None:
    if manifest.format != FORMAT_VERSION:
        raise rebuild_hint(
            f"the index build {build_id} has format {manifest.format}; this askspeech reads "
            f"format {FORMAT_VERSION}")
    if not manifest.complete:
        raise rebuild_hint(f"the index build {build_id} is incomplete")
