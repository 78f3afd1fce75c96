"""Behaviour tests for profile.py: synthetic texts with invented names (nothing is built in),
then the eight real speeches."""

from __future__ import annotations

from typing import Any

import pytest

from askspeech.ingest.profile import (
    Profile,
    speech_level,
    speech_occasion,
    speech_place,
    speech_profile,
)
from tests.conftest import shipped_speeches


def test_level_counts_self_reference_over_superior_mentions() -> None:
    text = "区委召开这次会议。全区各级党组织要努力,我区要争先。在全市叫得响,市委的要求。"
    assert speech_level(text) == "区"


def test_level_is_none_without_evidence() -> None:
    assert speech_level("加强党的建设。") is None


def test_home_name_beats_superior_and_examples() -> None:
    text = ("今天我们召开全市党建工作会。青禾市十佳青年。省委、云岭市委推介了经验。"
            "云岭市组织的验收中,我市成绩突出。云岭日报报道。云岭市级示范点。"
            "督查组莅临青禾,检查了石门镇、石门镇、石门镇的工作。全市上下要努力。")
    assert speech_level(text) == "市"
    assert speech_place(text, "市") == "青禾市"


def test_place_without_unit_takes_the_level_unit() -> None:
    text = "全区要努力,我区要争先。这具有鲜明的白沙特色,要构建和谐白沙。"
    assert speech_place(text, "区") == "白沙区"


def test_example_cities_do_not_name_a_province() -> None:
    text = ("我省要努力,全省上下一心。大家参观考察了金川市的做法,金川市积极探索,金川市的经验。"
            "形成鲜明的江淮特色,实现加速江淮崛起。")
    assert speech_place(text, "省") == "江淮省"


def test_place_repeated_in_document_titles() -> None:
    text = "我县要努力。按照《石台县管理办法》和《石台县考核办法》执行。县委要求。"
    assert speech_place(text, "县") == "石台县"


def test_no_place_when_only_towns_are_named() -> None:
    text = "全市要努力。学习借鉴兴隆乡、城厢镇的做法,龙昌镇等村干部。市委要求。"
    assert speech_place(text, speech_level(text)) is None


@pytest.mark.parametrize(("text", "occasion"), [
    ("经市委研究决定,今天在这里召开全市农村基层党建工作推进会。", "农村基层党建工作推进会"),
    ("今天我们召开全市产业园区党建工作会,主要任务是", "产业园区党建工作会"),
    ("区委召开这次全区基层组织建设工作会议,这说明", "基层组织建设工作会议"),
    ("在这次全县组织工作会议上,我讲两点。", "组织工作会议"),
    ("地区农村工作现场会议在我县成功召开,表明", "农村工作现场会议"),
    ("这次会议的主要任务是研究部署。", None),
    ("在去年召开的全省座谈会上,我们提出", None),
])
def test_occasion_phrases(text: str, occasion: str | None) -> None:
    assert speech_occasion(text) == occasion


def test_label_uses_chinese_numeral_and_omits_unknown_parts() -> None:
    p = speech_profile(12, "任意标题", ["同志们:", "今天召开全市党建工作会议。我市要努力。"])
    assert p == Profile(place=None, level="市", occasion="党建工作会议",
                        label="篇十二 · 党建工作会议")
    assert speech_profile(3, "", ["无从判断。"]).label == "篇三"


def _load() -> list[dict[str, Any]]:
    return [{"number": s.number, "title": s.title, "paragraphs": list(s.paragraphs)}
            for s in shipped_speeches()]


EXPECTED = {
    1: ("市", None, None, "篇一"),
    2: ("市", None, None, "篇二"),
    3: ("省", "安徽省", None, "篇三 · 安徽省"),
    4: ("市", "耒阳市", "现场经验交流会", "篇四 · 耒阳市 · 现场经验交流会"),
    5: ("区", "京口区", "基层组织建设工作会议", "篇五 · 京口区 · 基层组织建设工作会议"),
    6: ("县", "沙雅县", "农村基层组织建设工作现场会议",
        "篇六 · 沙雅县 · 农村基层组织建设工作现场会议"),
    7: ("市", None, "农村基层党建暨“三项活动”工作推进会",
        "篇七 · 农村基层党建暨“三项活动”工作推进会"),
    8: ("市", "攀枝花市", "产业园区和农村基层党建工作会",
        "篇八 · 攀枝花市 · 产业园区和农村基层党建工作会"),
}


def test_real_speech_profiles() -> None:
    got = {int(s["number"]): speech_profile(int(s["number"]), s["title"], s["paragraphs"])
           for s in _load()}
    assert {n: (p.level, p.place, p.occasion, p.label) for n, p in got.items()} == EXPECTED


def test_real_places_are_named_in_their_own_text() -> None:
    for s in _load():
        p = speech_profile(int(s["number"]), s["title"], s["paragraphs"])
        if p.place is not None:
            assert p.place[:-1] in "\n".join(s["paragraphs"])
