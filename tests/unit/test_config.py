"""The one Settings object: environment variables, defaults, validation, store selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from askspeech.config import Settings
from askspeech.models.embeddings import E5_PROMPTS, ModelError, resolve_model
from askspeech.store import open_store
from askspeech.store.backends import EmbeddedStore


def test_fields_are_read_from_askspeech_environment_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ASKSPEECH_TOP_K", "7")
    monkeypatch.setenv("askspeech_index_dir", str(tmp_path))  # case-insensitive
    monkeypatch.setenv("ASKSPEECH_CORPUS_PATH", "")  # empty means unset
    s = Settings()
    assert s.top_k == 7 and s.index_path == tmp_path
    assert s.corpus_path is None and s.corpus == s.home / "corpus"


@pytest.mark.parametrize(("field", "value"), [
    ("top_k", 0), ("top_k", 51), ("max_question_chars", 5), ("answer_mode", "generative"),
    ("llm_timeout", 0),
])
def test_out_of_range_values_are_rejected(field: str, value: object) -> None:
    with pytest.raises(ValidationError, match=field):
        Settings.model_validate({field: value})


def test_the_embedded_store_is_the_default() -> None:
    s = Settings(index_dir=Path("/tmp/askspeech-x"))
    assert s.chroma_server is None
    store = open_store(s)
    assert isinstance(store, EmbeddedStore) and store.root == Path("/tmp/askspeech-x")


def test_settings_select_the_server_by_url_or_host_and_port() -> None:
    by_url = Settings(chroma_url="http://127.0.0.1:18123")
    by_parts = Settings(chroma_host="127.0.0.1", chroma_port=18123)
    assert by_url.chroma_server == by_parts.chroma_server == ("127.0.0.1", 18123)
    assert Settings(chroma_url="db.local").chroma_server == ("db.local", 8000)
    assert open_store(by_url) is open_store(by_parts)  # one client per server and process
    assert open_store(by_url).describe() == "Chroma server at http://127.0.0.1:18123"


def test_a_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(Settings(embedding_model=str(tmp_path / "no-such-model")))


def test_a_hub_name_is_passed_through_for_users_with_internet() -> None:
    resolved = resolve_model(Settings(embedding_model="intfloat/multilingual-e5-small"))
    assert resolved.model_id == "hub:intfloat/multilingual-e5-small"
    assert resolved.prompts == E5_PROMPTS
