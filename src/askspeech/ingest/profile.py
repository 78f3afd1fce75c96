"""Where and on what occasion a speech was given, read from its own text.

No place names are built in. The level comes from how the speaker refers to their own
jurisdiction ("我市", "全区", "县委"); the place is the name the text treats as home
("莅临耒阳", "鲜明的京口特色", "《沙雅县…》") rather than as a superior or an example
("衡阳市委", "淮北市的做法"); the occasion from "今天召开的…会" style phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from askspeech.text.zh import chinese_numeral

__all__ = ["LEVELS", "Profile", "speech_level", "speech_occasion", "speech_place",
           "speech_profile"]

LEVELS = ("省", "市", "县", "区", "镇", "乡")
_CJK = "\u4e00-\u9fff"
# Characters that can stand right before a name: grammar words, not parts of names.
_BEFORE = "的在了对从和与将被到由以向为把是于及等经据按给让使至往入年临自"
_BOUNDARY = rf"(?:(?<![{_CJK}])|(?<=[{_BEFORE}]))"
# Characters a 2–3 character place name never contains in these texts: grammar words,
# self-references and the unit words themselves ("全市", "我县", "城乡", "社区").
_NOT_IN_NAME = set(_BEFORE) | set("我全本各该此这每某个中上下城乡镇村社园地省市县区委级业")
# Common words that fit the frames below but are not places.
_NOT_NAMES = {"中国", "社会", "自己", "时代", "民族", "国家", "经济", "科学", "农业", "工业",
              "我们", "大家", "人民", "发展", "改革", "党建", "基层", "组织", "工作", "稳定",
              "家园", "关系", "环境", "氛围", "局面", "因素", "共处", "共生"}

_NAME = rf"[{_CJK}]{{2,3}}?"
# Name + unit: "沙雅县", "衡阳市".
_WITH_UNIT = re.compile(rf"{_BOUNDARY}(?P<n>{_NAME})(?P<u>[省市县区镇乡])(?!长|场)")
# Frames that speak of a place as the speaker's own.
_HOME = [re.compile(p) for p in (
    rf"莅临(?P<n>[{_CJK}]{{2,3}})(?![{_CJK}])",
    rf"来到(?P<n>[{_CJK}]{{2,3}})(?![{_CJK}])",
    rf"的(?P<n>[{_CJK}]{{2,3}}?)特色",
    rf"加速(?P<n>[{_CJK}]{{2,3}}?)崛起",
    rf"和谐(?P<n>[{_CJK}]{{2,3}}?)(?:拥有|建设|的|[^{_CJK}]|$)",
    rf"(?:推进|推动|加快|促进)(?P<n>{_NAME})(?:科学发展|高质量发展|经济社会|跨越发展)",
    rf"{_BOUNDARY}(?P<n>{_NAME})(?:改革、发展和稳定|的优势所在|发展大家谈)",
    rf"《(?P<n>{_NAME})[省市县区]",
)]
# Frames that speak of a place as someone else's: a superior, a neighbour, an example.
_ELSEWHERE = [re.compile(p) for p in (
    rf"{_BOUNDARY}(?P<n>{_NAME})(?:[省市县区]委|地区|日报|[省市县区]级|等地|的做法|的经验)",
    rf"(?:省|省委|中央)[、和](?P<n>{_NAME})[省市县区]",
    rf"(?:学习|借鉴|参观考察了|参观了|考察了)(?P<n>{_NAME})[省市县区镇乡]",
)]


@dataclass(frozen=True)
class Profile:
    """A speech's place ("耒阳市"), its level ("市"), occasion and a display label."""

    place: str | None
    level: str | None
    occasion: str | None
    label: str


def speech_level(text: str) -> str | None:
    """The speaker's own level: the unit most often called "我X"/"全X"/"本X", then "X委".

    "全市" in a district speech is the superior city, so self-reference counts triple.
    """
    score: Counter[str] = Counter()
    for m in re.finditer(r"[我全本](省|市|县|区|镇|乡)(?![镇区长场])", text):
        score[m.group(1)] += 3
    for m in re.finditer(r"(?<![省市县区党])(省|市|县|区)委(?!员)", text):
        score[m.group(1)] += 1
    if not score:
        return None
    best, n = score.most_common(1)[0]
    return best if n >= 2 else None


def _ok_name(name: str) -> bool:
    return (name not in _NOT_NAMES and not set(name) & _NOT_IN_NAME
            and not name.isascii())


def speech_place(text: str, level: str | None) -> str | None:
    """The speaker's own jurisdiction, named with the level's unit ("京口" + "区")."""
    if level is None:
        return None
    with_unit: Counter[str] = Counter()
    other_unit: set[str] = set()
    for m in _WITH_UNIT.finditer(text):
        if _ok_name(m.group("n")):
            if m.group("u") == level:
                with_unit[m.group("n")] += 1
            else:
                other_unit.add(m.group("n"))
    home: Counter[str] = Counter()
    for pat in _HOME:
        for m in pat.finditer(text):
            if _ok_name(m.group("n")):
                home[m.group("n")] += 1
    elsewhere: Counter[str] = Counter()
    for pat in _ELSEWHERE:
        for m in pat.finditer(text):
            elsewhere[m.group("n")] += 1
    best: tuple[int, str] | None = None
    for name in set(with_unit) | set(home):
        # One "沙雅县" may be a passing mention; a name needs home frames or repetition.
        if not home[name] and with_unit[name] < 2:
            continue
        if name in other_unit and not with_unit[name]:
            continue  # "淮北市" is a city, whatever frames it sits in, in a province speech
        score = text.count(name) + 3 * home[name] - 3 * elsewhere[name]
        if score > 0 and (best is None or score > best[0]):
            best = (score, name)
    return None if best is None else best[1] + level


_UNITS = "省市县区"
_MEETING = r"[^,，。;；:：!！?？\n]{2,40}?(?:会议|会)(?![议员长场])"
_OCCASION = [re.compile(p) for p in (
    # "今天在这里召开全市农村基层党建暨…工作推进会", "今天我们召开全市…工作会"
    rf"(?:今天|这次|此次|本次)[^,，。;；]{{0,12}}?召开(?:的)?(?P<o>{_MEETING})",
    # "区委召开这次全区基层组织建设工作会议", "市委召开这次现场经验交流会"
    rf"召开(?:这次|此次|本次|今天的)(?P<o>{_MEETING})",
    # "在这次…会议上", "在今天的…会上"
    rf"在(?:这次|此次|本次|今天的?)(?P<o>{_MEETING})上",
    # "地区农村基层组织建设工作现场会议在我县成功召开"
    rf"(?P<o>{_MEETING})在我[{_UNITS}](?:成功)?召开",
)]
_OCCASION_PREFIX = re.compile(rf"^(?:全[{_UNITS}]|地区|我[{_UNITS}]|[{_UNITS}]委)")


def speech_occasion(text: str) -> str | None:
    """The meeting the speech was given at, short ("农村基层党建工作会议"), or None."""
    for pat in _OCCASION:
        m = pat.search(text)
        if m:
            occ = _OCCASION_PREFIX.sub("", m.group("o")).strip()
            if len(occ) >= 3:
                return occ
    return None


def speech_profile(number: int, title: str, paragraphs: Sequence[str]) -> Profile:
    """Place, level and occasion of one speech, and a label like "篇四 · 耒阳市 · …会议"."""
    del title  # the scraped titles are the collection's, identical for every speech
    text = "\n".join(paragraphs)
    level = speech_level(text)
    place = speech_place(text, level)
    occasion = speech_occasion(text)
    parts = [f"篇{chinese_numeral(number) if 0 < number < 10_000 else number}"]
    parts += [p for p in (place, occasion) if p]
    return Profile(place=place, level=level, occasion=occasion, label=" · ".join(parts))
