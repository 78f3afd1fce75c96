"""Reading and cleaning the scraped speeches."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from askspeech.ingest.corpus import (
    CleaningReport,
    Corpus,
    CorpusError,
    decode_bytes,
    join_broken_lines,
    load_corpus,
    parse_speeches,
)
from tests.conftest import CORPUS

RAW = CORPUS.read_text(encoding="utf-8")
RAW_FLAT = re.sub(r"\s+", "", RAW)
BOILERPLATE = [
    "下面是小编为大家整理的", "文章立意鲜明", "可圈可点", "您可能关注的文档", "上传日期",
    "当前第", "本站小编", "学好语文", "免费个人简历",
]


# SHA-256 of the scrape as it was handed over (../shared/corpus/speeches.txt): the shipped copy
# is that file unchanged; every cleaning step runs at load time.
SCRAPE_SHA256 = "bda053c81debbacf1873484b0bfa19c5c6df1b844be7dfd2e770442f7207ea8b"


def test_shipped_corpus_is_the_shared_scrape_unchanged() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SCRAPE_SHA256


def test_eight_speeches_numbered_in_order_with_their_titles(corpus: Corpus) -> None:
    speeches = corpus.speeches
    assert [s.number for s in speeches] == list(range(1, 9))
    for s, label in zip(speeches, "一二三四五六七八", strict=True):
        assert s.title == f"在党的基层组织建设工作会议上的讲话党建党委篇{label}"


def test_no_boilerplate_line_survives(corpus: Corpus) -> None:
    for s in corpus.speeches:
        for para in s.paragraphs:
            for marker in BOILERPLATE:
                assert marker not in para, (s.number, para[:40])
            assert not re.fullmatch(r"\d{1,4}|共|页|- .*", para), para


def test_no_long_paragraph_appears_twice(corpus: Corpus) -> None:
    seen: dict[str, tuple[int, int]] = {}
    for s in corpus.speeches:
        for i, para in enumerate(s.paragraphs):
            key = "".join(ch for ch in para if ch.isalnum())
            if len(para) >= 30:
                assert key not in seen, f"speech {s.number} ¶{i + 1} repeats {seen[key]}"
                seen[key] = (s.number, i + 1)


def test_every_paragraph_is_verbatim_from_the_raw_file(corpus: Corpus) -> None:
    for s in corpus.speeches:
        for para in s.paragraphs:
            assert re.sub(r"\s+", "", para) in RAW_FLAT, para[:50]


def test_panzhihua_speech_stays_in_pian_ba_only(corpus: Corpus) -> None:
    marker = "加快推进攀枝花科学发展步伐"
    holders = [s.number for s in corpus.speeches if any(marker in p for p in s.paragraphs)]
    assert holders == [8]
    # and 篇三 ends with its own closing words, not with the appended copy
    assert corpus.speeches[2].paragraphs[-1].startswith("同志们,农村基层党建工作的落实和创新任务")


def test_repeated_run_inside_pian_liu_is_kept_once(corpus: Corpus) -> None:
    six = corpus.speeches[5]
    starts = [p for p in six.paragraphs if p.startswith("(三)加强村级组织规范化管理")]
    assert len(starts) == 1
    assert sum(p.startswith("同志们,此次会议就要结束了") for p in six.paragraphs) == 1


def test_lines_broken_mid_sentence_are_joined(corpus: Corpus) -> None:
    two = corpus.speeches[1]
    assert any("地基坚固,大厦稳固;基础不牢,地动山摇。" in p for p in two.paragraphs)
    three = corpus.speeches[2]
    assert any(p.startswith("第四,以落实。岗位职责。为重点,全面加强大学生村官队伍建设")
               for p in three.paragraphs)


def test_cleaning_report_counts_and_shows_examples(corpus: Corpus) -> None:
    counts = corpus.report.counts
    for kind in ("site header", "related-documents list", "pagination debris",
                 "editorial/site lines", "broken lines joined", "repeated paragraphs removed"):
        assert counts.get(kind, 0) > 0, kind
        assert corpus.report.examples[kind]
    assert counts["repeated paragraphs removed"] >= 19 + 9
    assert any("小编" in line for line in corpus.report.lines())


def test_paragraph_spans_index_the_speech_text(corpus: Corpus) -> None:
    s = corpus.speeches[3]
    for (a, b), para in zip(s.paragraph_spans(), s.paragraphs, strict=True):
        assert s.text[a:b] == para


def test_gb18030_file_is_detected_and_decoded(tmp_path: Path) -> None:
    text = "在党的基层组织建设工作会议上的讲话篇一\n同志们:\n加强基层党组织建设,是长期任务。\n"
    (tmp_path / "gbk.txt").write_bytes(text.encode("gb18030"))
    corpus = load_corpus(tmp_path)
    assert corpus.speeches[0].paragraphs[-1] == "加强基层党组织建设,是长期任务。"


def test_utf8_bom_and_utf16_are_read() -> None:
    assert decode_bytes("\ufeff讲话".encode("utf-8"), "x").lstrip("\ufeff") == "讲话"
    assert decode_bytes("讲话内容".encode("utf-16"), "x") == "讲话内容"


def test_undecodable_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(bytes(range(128, 256)) * 40)
    with pytest.raises(CorpusError, match="broken.txt.*UTF-8"):
        load_corpus(tmp_path)


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("讲话篇一\n同志们,要加强学习。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    with pytest.raises(CorpusError, match="empty.txt.*empty"):
        load_corpus(tmp_path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(CorpusError, match="image.txt"):
        load_corpus(tmp_path)


def test_missing_path_and_folder_without_speeches(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "nope")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match="no .txt or .md"):
        load_corpus(tmp_path)


def test_file_without_headings_is_one_speech_titled_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "乡村振兴讲话.md").write_text(
        "同志们:\n今天我们召开会议,部署乡村振兴工作。\n要抓好产业发展,\n带动农民增收。\n",
        encoding="utf-8",
    )
    (speech,) = load_corpus(tmp_path).speeches
    assert speech.title == "乡村振兴讲话"
    assert speech.paragraphs[-1] == "要抓好产业发展,带动农民增收。"


def test_folder_numbers_speeches_across_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲讲话篇一\n内容一,很长的一段话。\n甲讲话篇二\n内容二。\n",
                                     encoding="utf-8")
    (tmp_path / "b.txt").write_text("乙讲话\n内容三。\n", encoding="utf-8")
    speeches = load_corpus(tmp_path).speeches
    assert [(s.number, s.source) for s in speeches] == [(1, "a.txt"), (2, "a.txt"), (3, "b.txt")]


def test_english_lines_broken_mid_sentence_keep_their_space() -> None:
    out = join_broken_lines(["The committee shall", "meet every month."], CleaningReport())
    assert out == ["The committee shall meet every month."]


def test_fragment_line_is_joined_to_both_neighbours() -> None:
    lines = ["建立村务情况分析、村务监督。", "工作报告。", "和评议考核制度,加强监督。"]
    assert join_broken_lines(lines, CleaningReport()) == ["".join(lines)]


def test_parse_keeps_a_short_closing_line_that_is_a_real_paragraph() -> None:
    (speech,) = parse_speeches([("x.txt", "讲话篇一\n同志们:\n要加强学习,提高本领。\n谢谢大家!\n")])
    assert speech.paragraphs == ("同志们:", "要加强学习,提高本领。", "谢谢大家!")
