"""The index store: building, opening and atomically replacing the index.

A build is two Chroma collections. The vector collection holds what retrieval searches, each
record with its embedding, its text and metadata (speech, paragraph, offsets, jieba tokens for
BM25, a content hash): ``passage`` records (what is retrieved and cited) and ``sentence`` records
(sharper vectors; the units extractive answers quote). Nothing else is in it, so a dense query
needs no metadata filter: a filter makes Chroma scan every record (45 ms a query at 10× the
corpus). The text collection holds each cleaned speech, which citations point into. The
manifest (corpus hashes, chunking parameters, model id, counts, build time) is the vector
collection's metadata, so the embedded store and a Chroma server work the same way.

A rebuild writes new collections next to the current ones and then moves a pointer: embedded,
each build has its own folder under ``index/builds`` and ``index/CURRENT`` names the live one
(replaced with an atomic rename); on a server, each build is its own pair of collections and a
small pointer collection names the live one. Readers only ever follow the pointer, so a crash
or bad input mid-build never leaves a half-built index in use. Embedded builds are also sealed
with checksums of Chroma's segment files, checked before Chroma opens them: garbage in an HNSW
file crashes the whole process inside Chroma instead of raising an error.

Modules: `errors`, `manifest`, `backends` (embedded folders and Chroma server, the build lock),
`seal`, `snapshot` (a build opened for querying) and `build`.
"""

from askspeech.store.backends import (
    EmbeddedStore,
    ServerStore,
    Store,
    build_lock,
    current_build_id,
    current_manifest,
    open_store,
    read_manifest,
)
from askspeech.store.build import build_index
from askspeech.store.errors import (
    IndexBusyError,
    IndexCorruptError,
    IndexDiskFullError,
    IndexMissingError,
    IndexServerError,
    IndexUnavailableError,
)
from askspeech.store.manifest import (
    POINTER_COLLECTION,
    SEAL_FILE,
    BuildResult,
    Manifest,
    SpeechText,
    text_hash,
)
from askspeech.store.snapshot import IndexSnapshot, open_index

__all__ = [
    "POINTER_COLLECTION",
    "SEAL_FILE",
    "BuildResult",
    "EmbeddedStore",
    "IndexBusyError",
    "IndexCorruptError",
    "IndexDiskFullError",
    "IndexMissingError",
    "IndexServerError",
    "IndexSnapshot",
    "IndexUnavailableError",
    "Manifest",
    "ServerStore",
    "SpeechText",
    "Store",
    "build_index",
    "build_lock",
    "current_build_id",
    "current_manifest",
    "open_index",
    "open_store",
    "read_manifest",
    "text_hash",
]
