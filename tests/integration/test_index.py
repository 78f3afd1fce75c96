"""The shipped corpus's index built with the real model (embedded Chroma). The store's logic
(rebuilds, reuse, atomic switches, errors) is tested fast in tests/unit/test_index_build.py."""

from __future__ import annotations

from askspeech.config import Settings
from askspeech.engine import Loaded
from askspeech.store import current_manifest


def test_manifest_records_corpus_model_chunking_and_counts(built_settings: Settings) -> None:
    m = current_manifest(built_settings)
    assert m is not None and m.complete
    assert list(m.files) == ["speeches.txt"] and len(m.files["speeches.txt"]) == 64
    assert m.model_id.startswith("bundled-e5-small:")
    assert m.chunking["size"] == built_settings.chunk_size
    assert m.counts["speeches"] == 8
    assert m.counts["passages"] > 100 and m.counts["sentences"] > m.counts["passages"]
    assert m.cleaning["repeated paragraphs removed"] >= 28
    assert m.embedded > m.counts["passages"] and m.reused == 0  # a fresh build embeds it all


def test_opened_index_holds_speeches_passages_and_bm25(loaded: Loaded) -> None:
    snap = loaded.snapshot
    assert sorted(snap.speeches) == list(range(1, 9))
    assert snap.bm25_passages.size == len(snap.passages)
    p = snap.passages[10]
    assert snap.speeches[p.speech].text[p.start : p.end] == p.text
    assert all(snap.parent[s.passage_id] in snap.passage_index for s in snap.sentences)


def test_sentences_with_finds_exactly_the_sentences_holding_a_term(loaded: Loaded) -> None:
    snap = loaded.snapshot
    last, first = snap.sentences[0].text[-2:], snap.sentences[1].text[:2]
    for terms in (["双培双带"], ["活动场所", "六个不批"], ["党建"], [last + first], ["无此词语"]):
        expected = [s for s in snap.sentences if any(t in s.text for t in terms)]
        assert snap.sentences_with(terms) == expected, terms
    assert snap.sentences_with([]) == []
    assert len(snap.sentences_with(["党建"])) > 10
