"""ONNX Runtime embeddings for a sentence-transformers BERT folder (askspeech's bundled e5-small).

(Over 400 lines: export and runtime share the config and file layout, kept together.)

Two halves with different import costs:

* `export_onnx` (torch + transformers + onnx, once): traces the folder's BERT encoder to ONNX with
  dynamic batch and sequence axes, optionally quantises it to int8, and writes next to it the
  tokenizer and an ``onnx_config.json`` holding the prompts, max length and pad id.
* `OnnxEmbeddings` (numpy + onnxruntime + tokenizers only): the LangChain `Embeddings` that does
  what sentence-transformers does with that folder: "query: " / "passage: " prompts prepended,
  truncation to 512 tokens, mean pooling over the attention mask, L2 normalisation.

Importing this module never imports torch, transformers or sentence-transformers: a cold CLI
process pays only for onnxruntime and the model file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from langchain_core.embeddings import Embeddings

from .served_tokenizer import ServedTokenizer, derive_served

if TYPE_CHECKING:
    import torch

__all__ = [
    "CONFIG_NAME",
    "DEFAULT_BATCH_SIZE",
    "ExportError",
    "OnnxConfig",
    "OnnxEmbeddings",
    "export_onnx",
]

CONFIG_NAME: Final = "onnx_config.json"
TOKENIZER_NAME: Final = "tokenizer.json"
FP32_NAME: Final = "model.onnx"
INT8_NAME: Final = "model-int8.onnx"
OPSET: Final = 17
# 2: weights in a data file beside the graph (external data). A 470 MB single-file model is
# parsed in 1.1 s at every session; with external data the session opens in 0.1 s.
EXPORT_VERSION: Final = 2
DEFAULT_BATCH_SIZE: Final = 32
QUERY_PROMPT: Final = "query"
PASSAGE_PROMPT: Final = "passage"

Matrix = npt.NDArray[np.float32]
IntMatrix = npt.NDArray[np.int64]


class ExportError(RuntimeError):
    """The folder cannot be exported (not a mean-pooled, normalised BERT sentence-transformer)."""


# ---------------------------------------------------------------- configuration


@dataclass(frozen=True)
class OnnxConfig:
    """What the runtime needs besides the graph and tokenizer; written next to the model."""

    max_length: int
    pad_id: int
    hidden_size: int
    prompts: dict[str, str]
    normalize: bool
    source_fingerprint: str
    export_version: int = EXPORT_VERSION  # an older export is redone

    def to_json(self) -> str:
        return json.dumps(
            {
                "max_length": self.max_length,
                "pad_id": self.pad_id,
                "hidden_size": self.hidden_size,
                "prompts": self.prompts,
                "normalize": self.normalize,
                "source_fingerprint": self.source_fingerprint,
                "export_version": self.export_version,
            },
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> OnnxConfig:
        raw = json.loads(text)
        return cls(
            max_length=int(raw["max_length"]),
            pad_id=int(raw["pad_id"]),
            hidden_size=int(raw["hidden_size"]),
            prompts={str(k): str(v) for k, v in raw["prompts"].items()},
            normalize=bool(raw["normalize"]),
            source_fingerprint=str(raw["source_fingerprint"]),
            export_version=int(raw.get("export_version", 1)),
        )


def _read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ExportError(f"{path}: expected a JSON object")
    return data


def _source_fingerprint(folder: Path) -> str:
    """Sizes of the weights plus the small JSON files: changes whenever the model does."""
    h = hashlib.sha1()
    for name in ("config.json", "model.safetensors", TOKENIZER_NAME, "modules.json",
                 "config_sentence_transformers.json", "sentence_bert_config.json"):
        f = folder / name
        if f.is_file():
            h.update(f"{name}:{f.stat().st_size}".encode())
            if f.suffix == ".json" and f.stat().st_size < 1_000_000:
                h.update(f.read_bytes())
    return h.hexdigest()[:12]


def read_st_config(st_folder: Path) -> OnnxConfig:
    """Checks the folder is Transformer → mean Pooling (→ Normalize) and reads its settings."""
    modules = json.loads((st_folder / "modules.json").read_text(encoding="utf-8"))
    kinds = [str(m["type"]).rsplit(".", 1)[-1] for m in modules]
    if kinds[:2] != ["Transformer", "Pooling"] or any(k != "Normalize" for k in kinds[2:]):
        raise ExportError(f"{st_folder}: modules {kinds} are not Transformer, Pooling[, Normalize]")
    if modules[0].get("path", "") not in ("", "."):
        raise ExportError(f"{st_folder}: the Transformer module must live in the folder itself")
    pooling = _read_json(st_folder / str(modules[1]["path"]) / "config.json")
    if not pooling.get("pooling_mode_mean_tokens") or pooling.get("include_prompt") is False:
        raise ExportError(f"{st_folder}: only mean pooling over all tokens is supported")
    config = _read_json(st_folder / "config.json")
    if config.get("model_type") != "bert":
        raise ExportError(f"{st_folder}: model_type {config.get('model_type')!r} is not 'bert'")
    max_length = int(config["max_position_embeddings"])
    bert_cfg = st_folder / "sentence_bert_config.json"
    if bert_cfg.is_file():
        max_length = min(max_length, int(_read_json(bert_cfg).get("max_seq_length") or max_length))
    prompts: dict[str, str] = {}
    st_cfg = st_folder / "config_sentence_transformers.json"
    if st_cfg.is_file():
        prompts = {str(k): str(v) for k, v in (_read_json(st_cfg).get("prompts") or {}).items()}
    return OnnxConfig(
        max_length=max_length,
        pad_id=int(config.get("pad_token_id", 0)),
        hidden_size=int(config["hidden_size"]),
        prompts=prompts,
        normalize="Normalize" in kinds,
        source_fingerprint=_source_fingerprint(st_folder),
    )


# ---------------------------------------------------------------- export (torch only here)


@contextlib.contextmanager
def _atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it only if the block succeeds."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.chmod(0o644)  # mkstemp's 0600 would make the model unreadable to other users
    try:
        yield tmp
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _write_text_atomic(target: Path, text: str) -> None:
    with _atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _copy_atomic(source: Path, target: Path) -> None:
    with _atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)


def _load_encoder(st_folder: Path) -> torch.nn.Module:
    """The folder's BertModel wrapped to take (input_ids, attention_mask) and return the last
    hidden state; token types are all zero, as the XLM-R tokenizer never sets them."""
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    # Eager attention traces to plain MatMul/Softmax: fewer nodes than SDPA's NaN guards and
    # the same numbers (both within 1.3e-6 of torch).
    bert = AutoModel.from_pretrained(str(st_folder), attn_implementation="eager",
                                     add_pooling_layer=False)
    bert.eval()

    class Encoder(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=torch.zeros_like(input_ids))
            hidden: torch.Tensor = out.last_hidden_state
            return hidden

    return Encoder(bert).eval()


def _export_fp32(st_folder: Path, target: Path, pad_id: int) -> None:
    import warnings

    import torch

    encoder = _load_encoder(st_folder)
    # Row 2 is padded so the traced graph keeps the attention-mask path (transformers may skip
    # the mask when every row is full, and tracing would bake that shortcut in).
    input_ids = torch.tensor([[0, 6, 7, 8, 2], [0, 6, 2, pad_id, pad_id]], dtype=torch.int64)
    attention_mask = (input_ids != pad_id).to(torch.int64)
    axes = {0: "batch", 1: "sequence"}
    with _atomic_path(target) as tmp, torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # TracerWarnings and the legacy-exporter notice
        torch.onnx.export(
            encoder,
            (input_ids, attention_mask),
            str(tmp),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,  # the TorchScript exporter: no onnxscript needed
        )
        _externalise(tmp, target)


def _externalise(single: Path, target: Path) -> None:
    """Rewrites the one-file model `single` (left in place, for the caller to replace) so that
    its weights live in ``<target name>.data`` beside `target`: ONNX Runtime then maps them
    instead of parsing them. The graph file written last (by the caller's replace) and the
    config after it mark the export complete."""
    import onnx

    model = onnx.load(str(single))
    data = target.parent / f"{target.name}.data"
    data.unlink(missing_ok=True)  # save_model appends to an existing data file
    onnx.save_model(model, str(single), save_as_external_data=True,
                    all_tensors_to_one_file=True, location=data.name, size_threshold=1024)
    data.chmod(0o644)  # as readable as the graph (onnx writes it with the temp file's 0600)
    # save_model wrote the data next to `single`, which is beside `target`: same folder.


def _quantize_int8(fp32: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with _atomic_path(target) as tmp:
        quantize_dynamic(
            fp32,
            tmp,
            op_types_to_quantize=list(INT8_OPS),
            per_channel=INT8_PER_CHANNEL,
            reduce_range=False,
            weight_type=QuantType.QInt8,
        )
        _externalise(tmp, target)


# Measured on the corpus (see measure.py): which ops to quantise and how.
INT8_OPS: Final = ("MatMul", "Gather")
INT8_PER_CHANNEL: Final = False


def export_onnx(st_folder: Path, out_dir: Path, *, int8: bool) -> Path:
    """Exports `st_folder`'s encoder into `out_dir` and returns the model file to load.

    Writes ``model.onnx`` (fp32, always: int8 is quantised from it) and, with `int8`,
    ``model-int8.onnx``; plus ``tokenizer.json`` (with its served vocabulary, see
    `served_tokenizer`) and ``onnx_config.json``. Every file is
    written to a temporary name and renamed into place, so a failed or interrupted export
    never leaves a partial model where a loader would find it. An fp32 model already
    exported from the same source is reused.
    """
    config = read_st_config(st_folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    fp32 = out_dir / FP32_NAME
    config_file = out_dir / CONFIG_NAME
    current = (OnnxConfig.from_json(config_file.read_text(encoding="utf-8"))
               if config_file.is_file() else None)
    if not fp32.is_file() or current != config:
        config_file.unlink(missing_ok=True)  # stale until the new model is in place
        for stale in (out_dir / INT8_NAME, out_dir / f"{INT8_NAME}.data"):
            stale.unlink(missing_ok=True)  # quantised from the old export
        _export_fp32(st_folder, fp32, config.pad_id)
    _copy_atomic(st_folder / TOKENIZER_NAME, out_dir / TOKENIZER_NAME)
    derive_served(out_dir / TOKENIZER_NAME)
    if int8:
        _quantize_int8(fp32, out_dir / INT8_NAME)
    _write_text_atomic(config_file, config.to_json())
    return out_dir / (INT8_NAME if int8 else FP32_NAME)


# ---------------------------------------------------------------- runtime (no torch)


def _session(model: Path, threads: int) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return ort.InferenceSession(str(model), sess_options=options,
                                providers=["CPUExecutionProvider"])


class OnnxEmbeddings(Embeddings):
    """LangChain embeddings running an exported model with ONNX Runtime on the CPU.

    `model` is the file `export_onnx` returned; ``tokenizer.json`` and ``onnx_config.json`` sit
    beside it. Queries run on a one-thread session (created on first use), documents on a
    session with `threads` intra-op threads (default: ONNX Runtime's, one per core).

    `embed_documents` tokenizes everything, sorts by token count (ties by position, so the
    batching is a function of the texts alone), runs batches of `batch_size` padded to the
    longest member, and returns vectors in the input order. Attention masks make a text's
    vector independent of the padding around it up to float rounding (measured ≤ 1e-6).
    Safe to share between threads: sessions are created under a lock and ONNX Runtime's
    `run` and the tokenizer's `encode` may be called concurrently.
    """

    def __init__(self, model: Path, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 threads: int | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.model_path = Path(model)
        folder = self.model_path.parent
        self.config = OnnxConfig.from_json((folder / CONFIG_NAME).read_text(encoding="utf-8"))
        self.batch_size = batch_size
        self.threads = threads
        # Padded here, per batch, with the model's pad id.
        self._tokenizer = ServedTokenizer(folder / TOKENIZER_NAME,
                                          max_length=self.config.max_length)
        self._lock = threading.Lock()
        self._query_session: ort.InferenceSession | None = None
        self._doc_session: ort.InferenceSession | None = None

    # sessions --------------------------------------------------------------------

    def query_session(self) -> ort.InferenceSession:
        with self._lock:
            if self._query_session is None:
                self._query_session = _session(self.model_path, 1)
            return self._query_session

    def document_session(self) -> ort.InferenceSession:
        with self._lock:
            if self._doc_session is None:
                self._doc_session = _session(self.model_path, self.threads or 0)
            return self._doc_session

    # the LangChain interface ---------------------------------------------------

    def embed_query(self, text: str) -> list[float]:
        vectors = self.encode([text], prompt_name=QUERY_PROMPT, session=self.query_session())
        return [float(x) for x in vectors[0]]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts, prompt_name=PASSAGE_PROMPT).tolist()  # type: ignore[no-any-return]

    # the work ------------------------------------------------------------------

    def prompt(self, prompt_name: str | None) -> str:
        if prompt_name is None:
            return ""
        return self.config.prompts.get(prompt_name, "")

    def token_ids(self, texts: Sequence[str], prompt_name: str | None) -> list[list[int]]:
        prefix = self.prompt(prompt_name)
        return self._tokenizer.encode_batch([prefix + t for t in texts])

    def encode(self, texts: Sequence[str], *, prompt_name: str | None = PASSAGE_PROMPT,
               session: ort.InferenceSession | None = None,
               batch_size: int | None = None) -> Matrix:
        """(len(texts), hidden) float32 vectors, L2-normalised, in the order of `texts`."""
        out = np.zeros((len(texts), self.config.hidden_size), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts, prompt_name)
        sess = session or self.document_session()
        size = batch_size or self.batch_size
        order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), i))
        for lo in range(0, len(order), size):
            rows = order[lo : lo + size]
            out[rows] = self._run(sess, [ids[i] for i in rows])
        return out

    def _run(self, session: ort.InferenceSession, batch: list[list[int]]) -> Matrix:
        width = max(len(x) for x in batch)
        input_ids: IntMatrix = np.full((len(batch), width), self.config.pad_id, dtype=np.int64)
        mask: IntMatrix = np.zeros((len(batch), width), dtype=np.int64)
        for row, x in enumerate(batch):
            input_ids[row, : len(x)] = x
            mask[row, : len(x)] = 1
        hidden = session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]
        return pool(np.asarray(hidden, dtype=np.float32), mask, normalize=self.config.normalize)


def pool(hidden: Matrix, mask: IntMatrix, *, normalize: bool) -> Matrix:
    """sentence-transformers' mean pooling (padding excluded) and `F.normalize`."""
    weights = mask.astype(np.float32)[:, :, None]
    summed = (hidden * weights).sum(axis=1)
    counts = np.clip(weights.sum(axis=1), 1e-9, None)
    vectors: Matrix = (summed / counts).astype(np.float32)
    if normalize:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)
    return vectors
