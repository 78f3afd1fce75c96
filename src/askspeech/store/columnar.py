"""What a build already knows, in files that open in milliseconds: unit metadata as columns,
unit vectors as one ``.npy`` (memory-mapped), the three BM25 indexes in bm25s' own format
(memory-mapped, and scored with NumPy: bm25s itself is needed only to build them), the
speeches and the manifest.

They live in ``<build folder>/askspeech-data`` and are covered by the build's seal. Reading
them needs neither Chroma nor jieba: opening a build at 100× the corpus from Chroma took 34 s
(every record's metadata read back, three BM25 indexes rebuilt); from these files, seconds.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from askspeech.store.manifest import Manifest

log = logging.getLogger(__name__)

DATA_DIR = "askspeech-data"
UNITS_FILE = "units.json"
VECTORS_FILE = "vectors.npy"
SPEECHES_FILE = "speeches.json"
MANIFEST_FILE = "manifest.json"
BM25_DIRS = ("bm25-passages", "bm25-sentences", "bm25-speeches")
# The per-unit columns, one JSON list each (row i of every column is one unit).
COLUMNS = ("id", "kind", "speech", "paragraph", "start", "end", "context", "parent", "hash")

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class BuildData:
    """A build's files, opened: `units[col][i]` and `vectors[i]` describe unit row i."""

    folder: Path
    manifest: Manifest
    units: dict[str, list[Any]]
    vectors: Vectors  # memory-mapped, read-only
    speeches: list[tuple[str, Mapping[str, Any]]]  # (document, metadata) per speech


def data_dir(build_folder: Path) -> Path:
    return build_folder / DATA_DIR


def has_data(build_folder: Path) -> bool:
    return (data_dir(build_folder) / MANIFEST_FILE).is_file()


def write_data(build_folder: Path, manifest: Manifest, units: Mapping[str, Sequence[Any]],
               vectors: Vectors, speeches: Sequence[tuple[str, Mapping[str, Any]]],
               bm25: Sequence[Any]) -> None:
    """Writes the files; `bm25` holds the three bm25s indexes in `BM25_DIRS` order."""
    out = data_dir(build_folder)
    out.mkdir(parents=True, exist_ok=True)
    rows = len(vectors)
    if any(len(units[c]) != rows for c in COLUMNS):
        raise ValueError("every unit column must have one entry per vector")
    (out / UNITS_FILE).write_text(
        json.dumps({c: list(units[c]) for c in COLUMNS}, ensure_ascii=False,
                   separators=(",", ":")), encoding="utf-8")
    np.save(out / VECTORS_FILE, np.ascontiguousarray(vectors, dtype=np.float32))
    (out / SPEECHES_FILE).write_text(
        json.dumps([[doc, dict(meta)] for doc, meta in speeches], ensure_ascii=False),
        encoding="utf-8")
    for name, index in zip(BM25_DIRS, bm25, strict=True):
        index.save(str(out / name), show_progress=False)
    # Last: its presence says the folder is whole.
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")


def read_manifest_file(build_folder: Path) -> Manifest:
    return Manifest.from_json((data_dir(build_folder) / MANIFEST_FILE).read_text("utf-8"))


def read_data(build_folder: Path) -> BuildData:
    """The build's files, vectors memory-mapped. Raises OSError/ValueError when unreadable."""
    folder = data_dir(build_folder)
    manifest = read_manifest_file(build_folder)
    units = json.loads((folder / UNITS_FILE).read_text("utf-8"))
    # still mapped, but as a plain array: numpy.memmap's Python-level indexing is paid on
    # each of an answer's hundreds of look-ups
    vectors = np.load(folder / VECTORS_FILE, mmap_mode="r").view(np.ndarray)
    speeches = [(str(doc), meta) for doc, meta in
                json.loads((folder / SPEECHES_FILE).read_text("utf-8"))]
    if vectors.ndim != 2 or any(len(units[c]) != len(vectors) for c in COLUMNS):
        raise ValueError("unit columns and vectors disagree")
    return BuildData(folder, manifest, units, vectors, speeches)


class SavedBM25:
    """A bm25s index as bm25s saved it, read and scored with NumPy alone. Its score matrix
    (one column of precomputed term scores per token) is all answering needs; importing bm25s
    and SciPy with it cost ~0.4 s of every cold start."""

    def __init__(self, folder: Path) -> None:
        def matrix(part: str) -> npt.NDArray[Any]:
            loaded: npt.NDArray[Any] = np.load(folder / f"{part}.csc.index.npy", mmap_mode="r")
            return loaded.view(np.ndarray)  # mapped, without memmap's per-index overhead

        params = json.loads((folder / "params.index.json").read_text("utf-8"))
        if params.get("method") != "lucene":  # the only variant builds write
            raise ValueError(f"{folder}: BM25 method {params.get('method')!r}, not 'lucene'")
        self.data, self.indices, self.indptr = matrix("data"), matrix("indices"), matrix("indptr")
        self.num_docs = int(params["num_docs"])
        # bm25s' own layout, read by `BM25.from_index` for the document frequencies
        self.scores: dict[str, Any] = {"data": self.data, "indices": self.indices,
                                       "indptr": self.indptr, "num_docs": self.num_docs}
        self.vocab_dict: dict[str, int] = json.loads(
            (folder / "vocab.index.json").read_text("utf-8"))

    def get_tokens_ids(self, tokens: Sequence[str]) -> list[int]:
        return [self.vocab_dict[t] for t in tokens if t in self.vocab_dict]

    def get_scores_from_ids(self, ids: Sequence[int]) -> npt.NDArray[np.float32]:
        """Each document's summed score over the tokens (a repeated token counts again)."""
        out: npt.NDArray[np.float32] = np.zeros(self.num_docs, dtype=np.float32)
        for t in ids:
            lo, hi = int(self.indptr[t]), int(self.indptr[t + 1])
            out[self.indices[lo:hi]] += self.data[lo:hi]  # a token's documents are distinct
        return out


def load_bm25(build_folder: Path, name: str) -> SavedBM25:
    """One saved BM25 index, its matrices memory-mapped."""
    return SavedBM25(data_dir(build_folder) / name)


def previous_vectors(build_folder: Path) -> dict[str, int] | None:
    """Content hash → row in the build's vectors (for reuse by the next build), or None."""
    try:
        units = json.loads((data_dir(build_folder) / UNITS_FILE).read_text("utf-8"))
        return {str(h): i for i, h in enumerate(units["hash"])}
    except (OSError, ValueError, KeyError) as exc:
        log.info("no reusable vector files in %s (%s)", build_folder, exc)
        return None
