"""Corpus and chunking edges a hostile tester found: unpunctuated pastes, one-line repeats,
links out of the corpus folder, UTF-16 without a BOM, speech numbers from headings."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from askspeech.ingest.chunking import ChunkingParams, chunk_speeches
from askspeech.ingest.corpus import decode_bytes, load_corpus, parse_speeches

ROOT = Path(__file__).resolve().parents[2]
SPEECHES = (ROOT / "corpus" / "speeches.txt").read_text(encoding="utf-8")
BODY = "".join(line.strip() for line in SPEECHES.splitlines()[40:400])


def test_unpunctuated_text_is_cut_to_the_passage_size() -> None:
    text = "".join(ch for ch in BODY if "\u4e00" <= ch <= "\u9fff")[:20_000]
    speeches = parse_speeches([("p.txt", "粘贴讲话\n" + text)])
    chunks = chunk_speeches(speeches, ChunkingParams(size=400))
    assert chunks.passages and max(len(p.text) for p in chunks.passages) <= 400
    assert max(len(s.text) for s in chunks.sentences) <= 400


def test_a_five_megabyte_one_line_paste_cleans_and_chunks_in_seconds() -> None:
    paste = (BODY * (5_000_000 // len(BODY) + 1))[:5_000_000]
    bare = "".join(ch for ch in paste if "\u4e00" <= ch <= "\u9fff")
    for text in (paste, (bare * 2)[:5_000_000]):
        started = time.perf_counter()
        speeches = parse_speeches([("p.txt", "粘贴讲话\n" + text)])
        chunks = chunk_speeches(speeches, ChunkingParams(size=400))
        assert time.perf_counter() - started < 30
        assert max(len(p.text) for p in chunks.passages) <= 400


def test_a_one_line_paste_repeating_the_speech_keeps_one_copy_of_each_sentence() -> None:
    once = BODY[:6000]
    raw = "粘贴讲话\n" + once * 5
    speeches = parse_speeches([("p.txt", raw)])
    kept = "".join(p for s in speeches for p in s.paragraphs)
    assert 0.9 * len(once) <= len(kept) <= len(once) * 1.05
    sentence = "要认真落实村干部“基础报酬+绩效报酬+奖励报酬”制度"
    if sentence in once:
        assert kept.count(sentence) == 1
    for s in speeches:  # every piece is still verbatim text of the file
        assert all(p in raw.replace("\n", "") for p in s.paragraphs)


def test_cleaning_the_shipped_speeches_drops_no_sentence() -> None:
    speeches = load_corpus(ROOT / "corpus" / "speeches.txt").speeches
    assert [s.number for s in speeches] == list(range(1, 9))
    assert "repeated sentences removed" not in load_corpus(
        ROOT / "corpus" / "speeches.txt").report.counts


def test_links_resolving_outside_the_corpus_are_skipped_and_reported(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "private"
    corpus.mkdir()
    outside.mkdir()
    (corpus / "a.txt").write_text("讲话篇一\n要加强村党组织书记队伍建设，选好配强带头人。\n",
                                  encoding="utf-8")
    (outside / "secret.txt").write_text("机密篇二\n这是不应被索引的私人文件内容。\n",
                                        encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    c = load_corpus(corpus)
    assert [s.source for s in c.speeches] == ["a.txt"]
    skipped = c.report.examples["links outside the corpus folder skipped"]
    assert skipped == ["link.txt"]
    assert len(load_corpus(corpus, follow_symlinks=True).speeches) == 2


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(encoding: str) -> None:
    text = SPEECHES[:4000]
    assert decode_bytes(text.encode(encoding), "x.txt") == text
    chinese = "要加强村党组织书记队伍建设选好配强带头人" * 20  # no ASCII: no NUL bytes at all
    assert decode_bytes(chinese.encode(encoding), "x.txt") == chinese


def test_gbk_text_is_still_read_as_gbk() -> None:
    text = SPEECHES[:4000]
    assert decode_bytes(text.encode("gb18030"), "x.txt") == text


def test_speeches_take_the_number_their_heading_gives() -> None:
    speeches = parse_speeches([
        ("a.txt", "讲话篇五\n要加强村党组织书记队伍建设。\n"),
        ("b.txt", "园区讲话\n要推行园区治理模式。\n"),
        ("c.txt", "第七篇\n各县区要建立党建工作协调小组。\n"),
        ("d.txt", "另一篇五\n要加强学习教育。\n"),
    ])
    assert [s.number for s in speeches] == [5, 1, 7, 2]
