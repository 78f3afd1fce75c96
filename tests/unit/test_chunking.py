"""Speeches → passages and sentences."""

from __future__ import annotations

from askspeech.ingest.chunking import (
    ChunkingParams,
    chunk_speech,
    chunk_speeches,
    paragraph_contexts,
    sentence_spans,
)
from askspeech.ingest.corpus import Corpus, Speech


def _speech(*paragraphs: str) -> Speech:
    return Speech(1, "测试讲话篇一", tuple(paragraphs), "t.txt")


def test_sentences_end_at_chinese_and_latin_enders_with_closing_quotes() -> None:
    text = "他说:“好。”然后;走了!  还有吗?最后一句"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "他说:“好。”", "然后;", "走了!", "还有吗?", "最后一句"]


def test_enders_inside_quotes_do_not_split_a_sentence() -> None:
    text = "党员“亮身份、树宗旨意识;亮岗位、树责任意识”的活动。下一句。"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "党员“亮身份、树宗旨意识;亮岗位、树责任意识”的活动。", "下一句。"]


def test_overlong_sentence_is_cut_at_clause_commas() -> None:
    text = ",".join(["这是一个相当长的分句"] * 30) + "。"
    spans = sentence_spans(text, max_len=60)
    assert len(spans) > 1
    assert all(b - a <= 60 for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text


def test_passages_stay_inside_paragraphs_and_index_the_speech_text(corpus: Corpus) -> None:
    chunks = chunk_speeches(corpus.speeches, ChunkingParams(size=400))
    by_number = {s.number: s for s in corpus.speeches}
    for unit in chunks.passages + chunks.sentences:
        speech = by_number[unit.speech]
        assert speech.text[unit.start : unit.end] == unit.text
        para_start, para_end = speech.paragraph_spans()[unit.paragraph - 1]
        assert para_start <= unit.start < unit.end <= para_end
        assert unit.title == speech.title


def test_passages_respect_the_size_unless_one_sentence_is_longer(corpus: Corpus) -> None:
    params = ChunkingParams(size=200)
    chunks = chunk_speeches(corpus.speeches, params)
    for p in chunks.passages:
        assert len(p.text) <= params.size or "。" not in p.text[:-1]


def test_every_sentence_has_a_parent_passage_that_contains_it(corpus: Corpus) -> None:
    chunks = chunk_speeches(corpus.speeches, ChunkingParams())
    by_id = {p.passage_id: p for p in chunks.passages}
    for s in chunks.sentences:
        parent = by_id[chunks.parent[s.passage_id]]
        assert parent.speech == s.speech and parent.start <= s.start and s.end <= parent.end


def test_neighbouring_passages_share_one_sentence() -> None:
    para = "".join(f"第{i}句话写在这里。" for i in range(12))
    chunks = chunk_speech(_speech(para), ChunkingParams(size=40, overlap=1))
    first, second = chunks.passages[:2]
    assert second.start < first.end  # overlap
    assert first.text.endswith(para[second.start : first.end])


def test_ids_are_stable_across_runs_and_differ_between_units(corpus: Corpus) -> None:
    a = chunk_speeches(corpus.speeches, ChunkingParams())
    b = chunk_speeches(corpus.speeches, ChunkingParams())
    assert [p.passage_id for p in a.passages] == [p.passage_id for p in b.passages]
    ids = [p.passage_id for p in a.passages + a.sentences]
    assert len(ids) == len(set(ids))


def test_tiny_units_like_salutations_are_not_indexed() -> None:
    chunks = chunk_speech(_speech("同志们:", "要加强基层组织建设。"), ChunkingParams())
    assert [p.text for p in chunks.passages] == ["要加强基层组织建设。"]


def test_context_carries_outline_headings_and_list_lead_in() -> None:
    paragraphs = [
        "三、着眼新要求,加快提高基层党员干部的素质。",
        "所以我认为,应该突出这么“三个先”:",
        "一要做学习上的先驱。要多读书。",
        "二要做发展中的先锋。要多实践。",
        "同志们,散会。",
    ]
    ctx = paragraph_contexts(paragraphs)
    assert ctx[0] == ""
    assert ctx[1] == paragraphs[0]
    assert "“三个先”" in ctx[2] and paragraphs[0] in ctx[2]
    assert "“三个先”" in ctx[3]
    assert "“三个先”" not in ctx[4]


def test_chunking_params_record_what_changes_an_index() -> None:
    d = ChunkingParams(size=300).as_dict()
    assert d["size"] == 300 and "version" in d and "context" in d
