"""Scoring retrieval and answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspeech.evaluation import QAItem, holds, load_qa, percentile, score_retrieval
from askspeech.ingest.chunking import Passage
from tests.conftest import CORPUS, DEV_QA, EXTRA_QA, qa_lines


def _p(text: str) -> Passage:
    return Passage("id", 1, "t", 1, 0, len(text), text)


def test_holds_ignores_punctuation_and_tolerates_a_boundary_split() -> None:
    assert holds("……紧扣党建“6543”工作思路，推动……", "紧扣党建“6543”工作思路")
    evidence = "一是对申报对象不自查的不批,二是对申报对象不公示的不批"
    assert holds("前文。一是对申报对象不自查的不批,二是对申报", evidence)  # cut by a boundary
    assert not holds("一是对申报对象", evidence)
    assert not holds("完全无关的内容", evidence)


def test_score_retrieval_counts_pieces_questions_and_mrr() -> None:
    items = [
        QAItem("a", "q", True, ("甲乙丙丁", "戊己庚辛")),
        QAItem("b", "q", True, ("子丑寅卯",)),
        QAItem("c", "q", False, ()),
    ]
    results = [[_p("无关"), _p("甲乙丙丁")], [_p("无关"), _p("无关")], [_p("x")]]
    s = score_retrieval(items, results, ks=(1, 3))
    assert s.n_items == 2 and s.n_pieces == 3
    assert s.recall[1] == 0 and s.recall[3] == pytest.approx(1 / 3)
    assert s.question_recall[3] == 0
    assert s.mrr == pytest.approx((1 / 2 + 0) / 2)


def test_percentile() -> None:
    assert percentile([5, 1, 3], 0.5) == 3 and percentile([], 0.5) == 0


def test_load_qa_reads_the_dev_schema_and_rejects_junk(tmp_path: Path) -> None:
    items = load_qa(DEV_QA)
    assert len(items) >= 30 and all(i.question for i in items)
    assert {i.answerable for i in items} == {True, False}
    assert all(i.evidence for i in items if i.answerable)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_qa(bad)


@pytest.mark.parametrize("name", ["extra_qa.jsonl", "users_qa.jsonl", "probes_qa.jsonl"])
def test_our_qa_sets_evidence_is_verbatim_from_the_corpus(name: str) -> None:
    raw = CORPUS.read_text(encoding="utf-8")
    items = list(qa_lines(EXTRA_QA.with_name(name)))
    assert len(items) >= 100
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        for ev in item["evidence"]:
            assert ev in raw, (item["id"], ev)
