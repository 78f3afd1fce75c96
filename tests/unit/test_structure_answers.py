"""Answers read off a speech's outline when its points carry no markers: a section's short
"要…" sentences, or short sentences opening its paragraphs, are its items."""

from __future__ import annotations

from pathlib import Path

import askspeech
from askspeech.config import Settings
from askspeech.engine import get_engine
from askspeech.store import build_index
from tests.conftest import settings_for, write_corpus
from tests.fakes import NgramEmbeddings

SPEECH = {
    "a.txt": "基层党建工作会议讲话篇一\n同志们:\n"
             "一、加强组织建设,夯实基层基础。\n"
             "要切实发挥基层党组织的战斗堡垒作用,加快提高党建工作的水平。\n"
             "二、明确新目标,提升党建工作水平。\n"
             "发展要目标化。有目标,才有明确的奋斗方向。我们制定了三年规划。\n"
             "工作要特色化。特色就是生命力、竞争力。我们要做亮党建工作的特色文章。\n"
             "活动要经常化。组织生活是党性教育的课堂。要探索社区党组织活动的新形式。\n"
             "三、发展党内民主。\n"
             "发展党内民主是一项重大政治任务,各级党组织要切实增强发展党内民主的自觉性。"
             "要扩大选举中的民主权利。进一步改进候选人提名制度和选举方式。"
             "要拓展民主参与的途径。探索实行党代表任期制。"
             "要推行党务政务公开。建立党内情况通报制度,增强透明度。\n",
}


def _settings(tmp_path: Path, fake_model: NgramEmbeddings) -> Settings:
    settings = settings_for(tmp_path / "index", corpus_path=write_corpus(tmp_path / "c", SPEECH))
    build_index(settings)
    return settings


def test_a_section_without_markers_has_its_short_points_as_items(
        tmp_path: Path, fake_model: NgramEmbeddings) -> None:
    settings = _settings(tmp_path, fake_model)
    loaded = get_engine(settings).get()
    structure = loaded.answerer.structure
    sections = structure.top_level(1)
    assert [s.marker for s in sections] == ["一、", "二、", "三、"]
    points = [i.heading for i in structure.items_of(1, sections[1])]
    assert points == ["发展要目标化。", "工作要特色化。", "活动要经常化。"]  # paragraph openers
    measures = [i.heading for i in structure.items_of(1, sections[2])]
    assert measures == ["要扩大选举中的民主权利。", "要拓展民主参与的途径。",
                        "要推行党务政务公开。"]  # each explained by the next sentence
    assert structure.items_of(1, sections[0]) == ()  # one point is no list


def test_a_part_named_with_its_speech_is_answered_and_its_point_followed_up(
        tmp_path: Path, fake_model: NgramEmbeddings) -> None:
    settings = _settings(tmp_path, fake_model)
    first = askspeech.answer("篇一第二部分讲了什么?", settings=settings)
    assert not first.refused  # "第二部分" with its speech refers to nothing earlier
    assert [c.quote for c in first.citations][1:] == ["发展要目标化。", "工作要特色化。",
                                                    "活动要经常化。"]
    history: list[dict[str, object]] = [{"role": "user", "content": "篇一第二部分讲了什么?"},
               {"role": "assistant", "content": first.text, "answer": first}]
    third = askspeech.answer("第三点具体怎么说的?", history=history, settings=settings)
    assert third.citations[0].quote.startswith("活动要经常化。")  # its own ordinal, not "第二"
    assert "要探索社区党组织活动的新形式。" in "".join(c.quote for c in third.citations)
