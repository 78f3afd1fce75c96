"""What a question constrains, checked against what the speeches give.

A near miss names something the speeches never mention (a place, a Party plenum, a five-year
plan, an anniversary, a product) or asks for a detail about one place where the speeches give
it only for another ("衡阳's figure" where only 耒阳's is given, a township's where only the
city's is). Such a question is refused with the reason, rather than answered with the nearest
passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from askspeech.answer.answerability import gives_amount, has_place
from askspeech.answer.structure import HEADLINE_MAX_CHARS, is_headline
from askspeech.ingest.chunking import Passage
from askspeech.query import (
    MIN_SCOPED,
    MONTHS_EN,
    PAST_ROUND,
    SCOPES,
    Need,
    Query,
    bare_place,
    bodies_named,
    body_mentions,
    durations_in,
    halves_in,
    meetings_named,
    months_in,
    names_quarter,
    relative_years,
    spans_back_in,
    without_speech_refs,
)
from askspeech.retrieval.crosslingual import places_containing
from askspeech.retrieval.lexical import cjk_bigrams, pos_tags
from askspeech.retrieval.lexical import words as lexical_words
from askspeech.store import IndexSnapshot, SpeechText
from askspeech.text.zh import (
    PLACE_SUFFIXES,
    SURNAME_ADDRESS,
    chinese_number,
    colloquial_expansions,
)

# A meeting the question names is one the speeches mention when it shares this share of its
# character pairs with one of theirs: a user's shortening ("全省农村基层党建座谈会") is the
# same meeting; "全国组织部长会议" (2 of 7 with "全市组织工作会议") is another.
SAME_MEETING = 0.6
# A surname with a title or address ("孙先生", "张书记").
# A level a sentence names something at ("市级示范站点", "国家级"), by its character.
_LEVEL_SAID = re.compile(r"(国家|省|市|州|县|区|乡|镇)一?级")
# A term the question quotes is one the speeches never use when fewer than this share of its
# character pairs occur in them: "三会一课" (1 of 3), "不忘初心" (0 of 3); a user's rewording
# of one of theirs ("两年干完三年的活", 4 of 7) is not. Set by reading.
KNOWN_PAIRS = 0.5
# A quoted code of figures ("6·21", "81145", "4+2"): a date or a scheme's name.
_FIGURES = re.compile(r"^\d+(?:[·.+\-]\d+)+$|^\d{3,}$")
# Numerals a quoted term may carry, swapped for another in a near miss.
# Number words as the speeches may write them in figures ("六加一": "6+1").
_IN_FIGURES = str.maketrans("〇零一二两三四五六七八九加", "001223456789+")
_NUMERALS = "一二两三四五六七八九十百千万"
# A question asking whether the speeches mention something ("有没有提到…"), or what they all
# say of it ("这几篇讲话对…有什么要求?"): what it names, up to how it asks.
_ASKS_IF_MENTIONED = re.compile(
    r"(?:有没有|是否|有无|哪一?篇(?:讲话)?)(?:专门)?(?:提到|讲到|谈到|说到|涉及|规定|提及|讲过|提过|"
    r"谈及|说过|[讲说](?=怎么|如何))(?:了|过)?([^?？]+)"
    r"|(?:这些|这几篇|这八篇|各篇)讲话(?:里|中)?[,，]?(?:对|关于)(.+?)"
    r"(?:都?有(?:什么|哪些|啥|何)|是怎么|是如何|怎么|都?提了|有要求|的要求|的规定)")
_QUESTION_WORD = re.compile(r"几|多少|什么|哪|吗|怎|如何")
_LOCATIVES = "里上中内下头边面"  # (and their spoken suffixes: "上头", "里边")
THING_AT_PLACE = 3  # characters of a thing named after "X乡的" that say which it is
_BODY_LEVELS = "省市州县区乡镇村"  # the level of a body named right before a term ("市委")

# A counted term: a number, a measure word, what is counted ("八个不批", "三个先").
_COUNTED = re.compile(r"^[一二两三四五六七八九十]+([个项条支类种大]?)([\u4e00-\u9fff]+)$")


# A scope right before the words naming a meeting ("全省推进会", "全省的“三项活动”推进会").
_SCOPE_BEFORE = re.compile(rf"({'|'.join(SCOPES)})的?[\u4e00-\u9fff“”]{{0,12}}$")
OCCASION_KIND_CHARS = 3  # "推进会", "交流会": the kind a meeting's name ends in
OCCASION_SPAN = 30  # characters a speech's own name for its meeting may run between scope and kind


# The kinds of name a zone, programme or project is given ("…示范区", "…工程").
_NAMED_KIND = re.compile(r"示范区|试验区|经济圈|城市带|开发区|示范点|示范村|工程|计划|行动")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
VARIANT_MIN = 5  # characters of a name the speeches write before the one that differs
# Characters after a level's character ("乡|务监督委员会") that must be the speeches' term at
# another level for the question's to be that body at a level they never give it at.
LEVEL_TERM_MIN = 4
LEVEL_TERM_MAX = 10  # characters from a level's character to the word naming the body
_BODY_KIND = re.compile(r"委员会|工委|党委|小组|办公室|中心|工作站|服务站")
# Characters that make a word or a place of a level's character after them ("地区", "全省",
# "乡镇", "导子乡").
_NOT_LEVEL_BEFORE = set("地园社山城辖郊片街全本我各该每乡子")
NAMED_MAX = 14  # characters a zone's or programme's name may run to ("皖南国际旅游文化示范区")


def _counts_otherwise(stated: tuple[int, str] | None, lead: str) -> bool:
    """Whether the sentence leading a list counts the kind of thing the question states a
    count of (`Query.stated_list`), and never that count ("四个方面" where the question says
    "六个方面")."""
    if stated is None:
        return False
    counted = re.finditer(rf"([两二三四五六七八九十])(?:个|项|条|点|大)?{stated[1]}", lead)
    counts = {chinese_number(m.group(1).replace("两", "二")) for m in counted}
    return bool(counts) and stated[0] not in counts


# A post's rank: its head ("主职干部", "正职") or a deputy ("副职", "deputy").
_RANK = re.compile(r"([主正]职)|(副职|\bdeputy\b|\bdeputies\b)", re.IGNORECASE)


def _ranks(text: str) -> set[str]:
    """The ranks of posts the text names: "head", "deputy"."""
    return {"head" if m.group(1) else "deputy" for m in _RANK.finditer(text)}


# A figure counted up to a month's end ("至今年5月底", "截至6月末", "by the end of June").
_CUTOFF = re.compile(r"(?:截至|截止|截止到|到|至)(?:今年|去年|本年)?"
                     r"(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)"
                     r"|\b(?:by|as of|until|through) (?:the )?end of ([A-Z][a-z]+)\b")


def cutoff_months(text: str) -> set[int]:
    """The months whose end a text counts up to."""
    out: set[int] = set()
    for m in _CUTOFF.finditer(text):
        if m.group(1) and (month := chinese_number(m.group(1))):  # (Arabic numerals too)
            out.add(month)
        elif m.group(2) and m.group(2).lower() in MONTHS_EN:
            out.add(MONTHS_EN.index(m.group(2).lower()) + 1)
    return out


# A congress or plenum named by its kind alone ("党代会", "中央全会"), which a speech may name
# by its number, masked or not ("党的xx大", "xx届四中全会").
_UNNUMBERED_MEETING = re.compile(r"[^一二三四五六七八九十\d]*(?:全会|党代会|代表大会)")

# A point's marker quoted ("“一要”", "“三是”").
_POINT_MARKER = re.compile(r"[一二三四五六七八九十](?:要|是)")
# Words a speech writes within quotation marks (a long series of its terms too).
_QUOTATION = re.compile(r"[“「『]([^”」』]{1,60})[”」』]")
# Function characters a coined term does not hold and a user's own phrase does.
_OWN_WORDS = re.compile(r"[也了就都着把被让吗呢在要]")
# Where a question turns from what it states to what it asks ("…60元了,那…").
_THEN_ASKED = re.compile(r"[,，]那(?:么)?")


def _asked_after_stated(text: str) -> str | None:
    """What a question asks after stating something ("…提到每月60元了,那离任乡镇干部的…"
    → "离任乡镇干部的…"), if it turns so."""
    then = list(_THEN_ASKED.finditer(text))
    return text[then[-1].end():] if then else None


# A level asked ("省一级"), and a series of levels a sentence gives ("市县乡村四级").
_LEVEL_ASKED_ZH = re.compile(r"([省市县乡镇村])一?级")
_LEVEL_SERIES = re.compile(r"([省市县区乡镇村]{2,5})[一二两三四五六]级")
# An average taken per unit of one level: "村均4万元", "平均每个乡镇", "每户平均".
_UNIT = r"(乡镇|乡|镇|村|县|区|户|人)"
_AVERAGE_OF = re.compile(rf"(?<!平){_UNIT}均|平均(?:每|一)个?{_UNIT}"
                         rf"|每(?:一)?个?{_UNIT}[^,，。;；?？]{{0,10}}?平均")
_AVERAGE_LEVELS = {"乡镇": "乡", "镇": "乡", "区": "县"}


def _averaged_per(text: str) -> set[str]:
    """The units the text's averages are taken per ("村均" → 村, "平均每个乡镇" → 乡)."""
    return {_AVERAGE_LEVELS.get(u, u) for m in _AVERAGE_OF.finditer(text)
            for u in m.groups() if u}


# A thing pointed at by a demonstrative ("那个工作机制,…"), its words up to a comma, a particle
# or what is asked of it.
_POINTED_THING = re.compile(r"[那这]个([\u4e00-\u9fff]{3,8}?)"
                            r"(?=[,，。?？的]|全名|全称|名字|到底|叫)")
# A person's words asked after their name ("的重要讲话提了哪几点要求", ",…讲了哪些内容"),
# what opens words carried out rather than asked ("贯彻…的要求"), and what opens the words
# themselves in the sentence naming them ("批示指出:“…").
# (not a body of thought named after someone: "习近平新时代中国特色社会主义思想为指导,还提出…")
_WORDS_ASKED = (r"(?![^。?？!！]{0,30}?(?:思想|理论)[^。?？!！]{0,30}?(?:讲话|讲|说|提))"
                r"[^。?？!！]{0,30}?(?:讲话|讲|说|提|指示|批示|强调)[^。?？!！,，]{0,8}?"
                r"(?:哪几|哪些|什么|啥|内容)")
_CARRIED_OUT = re.compile(r"(?:贯彻|落实|按照|根据|学习)[^,，。?？]*$")
_WORDS_FOLLOW = re.compile(r"[:：“]")


# The sectors Party work is organised by: a meeting of one is not another's.
_SECTOR = re.compile(r"农村|城市|社区|街道|机关|企业|高校|学校|园区|非公")


def _sectors(meeting: str) -> frozenset[str]:
    return frozenset(_SECTOR.findall(meeting))


def _names_series(text: str, n: int, kinds: str) -> bool:
    """Whether a clause of the text names `n` things in a series ("仙桥乡、道坪镇"), each
    ending in a character of the counted kind's words (`kinds`: "乡镇")."""
    for clause in re.split(r"[,，;；。:：]", text):
        items = clause.split("、")
        if len(items) == n >= 2 and all(i and i[-1] in kinds for i in items):
            return True
    return False


def _round_in(term: str, texts: Sequence[str]) -> bool:
    """Whether a round ("第三轮", "第三回") is in the texts by any word for it ("第三轮",
    "第三次", "第三回")."""
    m = _ROUND.fullmatch(term)
    return m is not None and any(f"{m.group(1)}{w}" in text for text in texts for w in "轮次回")


# A Party committee's plenary session by its convener ("县委九届六次全委(扩大)会议", "省委十届
# 八次全会"; not a central one, "十六届五中全会").
_PLENARY = re.compile(r"(自治区党委|[省市州县区]委)[^,，。;；?？]{0,8}?(?<!中)全(?:委|会)")


def _plenary_conveners(text: str) -> set[str]:
    return {m.group(1) for m in _PLENARY.finditer(text)}


def _clause_quoting(text: str, quoted: Sequence[str]) -> str | None:
    """The clause of `text` holding the first of the `quoted` terms it holds."""
    for term in quoted:
        at = text.find(term)
        if at >= 0:
            start = max(text.rfind(c, 0, at) for c in ",，;；。:：") + 1
            end = min((e for c in ",，;；。" if (e := text.find(c, at + len(term))) >= 0),
                      default=len(text))
            return text[start:end]
    return None


def _named_at_level(place: str, text: str) -> bool:
    """Whether the text names the place, at the level the question gives it: "衡阳县" is not
    the "衡阳市" a speech names (a county, not the city), though "衡阳" alone may be either."""
    name = bare_place(place)
    if place == name or place in text:
        return name in text
    return any(text[m.end():m.end() + 1] not in _LEVEL_SUFFIXES
               for m in re.finditer(re.escape(name), text))


_LEVEL_SUFFIXES = frozenset(PLACE_SUFFIXES)


def _whole_of(place: str) -> re.Pattern[str]:
    """A place's whole: "衡阳全市", "衡阳市全市", "整个衡阳地区", "衡阳整个地级市"."""
    name = re.escape(place)
    return re.compile(rf"{name}[省市州县区]?(?:全[省市州县区]|整个)|整个{name}")


# A kind of meeting a question may name instead of the one meeting: "中央全会" is any plenum
# of the Central Committee, which the speeches write by its number ("五中全会").
_KINDS_OF_MEETING = {"中央全会": re.compile(r"[一二三四五六七八九]中全会|中央全会")}

# Bodies above a speech's own that issue what it passes on ("省委", "市委书记"): a question
# naming one that its speech never names asks about another level. (Not cadres or teams, nor
# townships and villages: a speech speaks of those in words of its own, "基层干部".)
_HIGHER_KINDS = frozenset({"organisation", "secretary"})
_HIGHER_LEVELS = frozenset("省市地县")

# A level's cadres and its leading team are the same people: "乡镇领导班子成员" are not "村干部".
_PEOPLE = {"team": "cadres"}
# An election asked: a body and its leading team are elected together.
_ELECTION = re.compile(r"换[完了过]?届|改选|选举")
_ELECTED = {**_PEOPLE, "organisation": "cadres"}

# Details that belong to one place: a figure, a date, a person, a length of time.
PLACE_BOUND = (Need.NUMBER, Need.DATE, Need.PERSON, Need.DURATION)


# Levels below a speech's own place: a township (or a city's street office) and a village.
_LOCAL_LEVELS = frozenset("乡镇村")
_CITY_LEVELS = frozenset("市县区")
# A count the question states of something: "5个乡镇党委" (a number, a measure word, what).
# (not a place or a pick among things: "最后一支队伍", "前三项", "另一个村", "每一名";
# "那9个重点村" still states 9)
_STATED_COUNT = re.compile(r"(?<![\d第后末头前下上另每哪同])(\d+|[一二两三四五六七八九十]+)"
                           # (a kind named in quotation marks: "8个“创业者”支部")
                           r"(个|名|项|条|支|家|所|位)([\u4e00-\u9fff]{2,4}"
                           r"|“[\u4e00-\u9fff]{1,6}”[\u4e00-\u9fff]{0,4})")
_NOT_NOUN = re.compile(r"[是有为要在了和与及都也就]")
# Places of a level, as counted ("35个乡镇", "623个行政村").
_LEVELS_COUNTED = ("行政村", "乡镇", "村", "乡", "镇", "县", "区")
_LEVEL_COUNTED = re.compile("|".join(_LEVELS_COUNTED))
# A sentence speaking of its speaker's whole city or county ("我市共…", "全县…").
_OWN_WHOLE = re.compile(r"[我全本][省市州县区]")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。]")
# A count in a speech and what it counts ("7个重点村", "12个省级先进基层党组织").
_COUNT_OF = re.compile(r"(\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:个|名|项|条|家|所|支|户)"
                       r"“?([\u4e00-\u9fff]{1,6})")
# A tally up to the time of speaking ("今年以来", "年初以来"): of the half of the year so far.
_SO_FAR = re.compile(r"(?:今年|年初)以来")
# years a quote must name to be about them, and a round before another ("上一轮换届")
_SAID_ONLY = frozenset({"明年", "前年", "去年", PAST_ROUND})
_ROUND_BEFORE = re.compile(r"(?<![较比])上一?[届轮]|\bprevious round\b", re.IGNORECASE)
# A round set before another: one the question names ("623个村那轮换届之前的上一轮"), or the
# previous term ("上届", "上一届", the speeches' own "较上届" for the round before the one they
# report); not the last round done ("上一轮村里班子改选完以后").
_ROUND_BEFORE_ANOTHER = re.compile(r"(?:之前|以前|前面|前)的?上一?[届轮]|(?<![较比])上一?届")
# A round a quote reports done in a year of its own ("20xx年,…全面完成了…村两委换届"): the
# last one, when the question names no other before it.
_ROUND_DONE = re.compile(r"(?:(?:19|20)(?:\d\d|[xX]{2})|[xX]{4})年.{0,80}?完成了?.{0,30}?换届")
# A township a sentence opens with as its subject ("导子乡全面实施…").
_OPENING_TOWNSHIP = re.compile(r"([\u4e00-\u9fff]{2,3}[乡镇])(?![委级长里干党政])")
# A whole the question asks a figure of → what a paragraph calls it when it gives one.
_WHOLE = {"全国": ("全国",), "全省": ("全省", "我省")}


# The format a meeting's name ends in: a 电视电话会议 is not the 座谈会 of the same name; "会议",
# "工作会议", "大会" name no format (a user may call the one the other).
_MEETING_KIND = re.compile(r"(座谈会|电视电话会议|现场会|推进会)$")


def _meeting_kind(meeting: str) -> str | None:
    m = _MEETING_KIND.search(meeting)
    return m.group(1) if m else None


def named_as_example(place: str, speech: SpeechText | None) -> bool:
    """Whether a speech of a county, district or city names `place` only as an example of
    somewhere else ("在苏州、无锡等地,越到基层…"): it says nothing more of that place."""
    if speech is None or speech.level == "省":
        return False
    name = re.escape(bare_place(place))
    said = len(re.findall(name, speech.text))
    return said > 0 and said == len(re.findall(
        rf"{name}[省市县区]?(?=(?:[、和与][\u4e00-\u9fff]{{2,3}}[省市县区]?)*"
        r"(?:等地|的做法|的经验))", speech.text))


def _level_in(question: str, place: str) -> str | None:
    """The level the question gives a place: its suffix, or the word after it ("兴隆" + "乡",
    "灶市" + "街道" → 乡)."""
    at = question.find(place)
    after = question[at + len(place):] if at >= 0 else ""
    if place[-1] in "乡镇村县区市省":
        return place[-1]
    if after.startswith(("街道", "办事处")):
        return "乡"
    return after[:1] if after[:1] in "乡镇村" else None


# A figure stated in digits, two or more ("412名", "6,800"; not the "13" of "13th"), and one
# in Chinese numerals of a hundred or more ("八千六百多"; not "千村万户", which counts nothing).
# "多", "余" or "来" after it makes it a round figure.
_FIGURE = re.compile(r"(?<![\d.A-Za-z])(?P<n>\d{2,}(?:\.\d+)?)(?![\d.A-Za-z])(?P<about>[多余来])?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
# A figure in millions, as English gives sums the speeches write in 万 (ten thousands).
_MILLION = re.compile(r"\s*(?:million|mn)\b", re.IGNORECASE)
WAN_PER_MILLION = 100
_CHINESE_FIGURE = re.compile(
    r"(?P<n>[一二两三四五六七八九][十百千万][一二两三四五六七八九十百千万零]*)"
    r"(?=[多余来个名人元次户家所项条位期])(?P<about>[多余来])?")
_CJK_NUMERAL = re.compile(r"[一二两三四五六七八九十百千万零]")
# A figure of one digit in ten thousands or more ("村均3万元"): its unit makes it a figure.
_SMALL_IN_WAN = re.compile(r"(?<![\d.])(\d(?:\.\d+)?)([万亿])")
# A batch or round of a programme as the question's specifics write it ("第二批").
_BATCH = re.compile(r"(第[一二三四五六七八九十]+)[批轮]")
_ROUND = re.compile(r"(第[一二三四五六七八九十]+)[轮次回]")
# a batch as the question's specifics write one ("第三批", "第二轮", "第七期")
_ORDINAL_BATCH = re.compile(r"第[一二三四五六七八九十]+([批轮期])")
BATCH_THING = 2  # the characters after a batch that say what it is a batch of ("选派")
BATCH_CONTEXT = 8  # the characters after a batch that may share a word with another's
_ANY_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批")
# a day named by its numbers ("十一", "七・一"), not one numeral alone
_NUMERAL_DAY = re.compile(
    r"[一二三四五六七八九十]{2,}|[一二三四五六七八九十]+[・·.][一二三四五六七八九十]+")
# or named as a holiday ("国庆", "春节")
_HOLIDAY = re.compile(r"国庆节?|元旦|春节|新年|清明节?|端午节?|中秋节?|重阳节?|除夕"
                      r"|劳动节|建军节|建党节")
# Part-of-speech tags of words that name no thing: locatives, time words, adverbs, pronouns,
# prepositions, conjunctions, particles.
_NO_THING_TAGS = frozenset("ftdrpcu")


def _names_nothing(word: str) -> bool:
    """A word of time, place or manner only ("最后"), or numerals the word cutter ran together
    ("年家" out of "多少年家"; not "八项", which counts a thing)."""
    tags = [flag for _, flag in pos_tags(word)]
    return all(t[:1] in _NO_THING_TAGS for t in tags) or (len(tags) >= 2
                                                          and all(t == "m" for t in tags))
LEVEL_AFTER_TERM = 12  # characters after a levelled term another level's count may follow in
# An interrogative inside a quoted phrase: the user's paraphrase with a blank, not a term.
_ASKED_IN_TERM = re.compile(r"几[个次条项点回种年天名]|多少|什么|啥|哪")


def home_speeches(snap: IndexSnapshot, places: Sequence[str]) -> set[int]:
    """The speeches whose own place is one of `places` ("耒阳" → 篇四)."""
    homes = {bare_place(p) for p in places}
    return {n for n, s in snap.speeches.items() if s.place and bare_place(s.place) in homes}


# What may stand between a place and the term a question puts at it ("苏州市的“…”", "攀枝花园区
# “…”"): a few words, no break.
_BEFORE_TERM = r"[^,，。;；?？“”]{0,6}?"
MIN_JOINED = 2  # characters of each of two bodies a question names as one ("党委政府")
# A region and a count of its places ("皖北三市", "沿淮六县").
_COUNTED_PLACES = re.compile(r"[\u4e00-\u9fff]{2}[一二两三四五六七八九十]+[市县区](?![委长级])")


class Constraints:
    """Checks against one index snapshot (its speeches' text and profiles)."""

    def __init__(self, snap: IndexSnapshot) -> None:
        self.snap = snap
        self._speech_bodies: dict[int, frozenset[tuple[str, str]]] = {}
        self._counts: dict[tuple[str, str], frozenset[int]] = {}  # see `_counts_of`

    @cached_property
    def _corpus(self) -> str:
        """Every speech's text, lower-cased, in one string: one substring search a term."""
        return "\n".join(s.text for s in self.snap.speeches.values()).lower()

    @cached_property
    def _paragraphs(self) -> tuple[str, ...]:
        """Every speech's paragraphs, lower-cased (read once)."""
        return tuple(p.lower() for s in self.snap.speeches.values() for p in s.paragraphs)

    @cached_property
    def _own_places(self) -> frozenset[str]:
        """The places the speeches are given in, bare ("耒阳", "沙雅"; read once)."""
        return frozenset(bare_place(s.place or "") for s in self.snap.speeches.values())

    @cached_property
    def _sentences(self) -> tuple[tuple[int, str], ...]:
        """The index's sentences, lower-cased, with their speech's number (read once)."""
        return tuple((s.speech, s.text.lower()) for s in self.snap.sentences)

    @cached_property
    def _quotations(self) -> tuple[str, ...]:
        """What the speeches write in quotation marks, lower-cased (read once)."""
        return tuple(_QUOTATION.findall(self._corpus))

    def quotes_as_term(self, term: str) -> bool:
        """Whether a speech writes the words within quotation marks ("“歇职”", "“七一”前夕"),
        as a term of its own, not only in passing ("改革发展的主心骨")."""
        low = term.lower()
        return any(low in q for q in self._quotations)

    def mentioned(self, term: str) -> bool:
        low = term.lower()
        kind = _KINDS_OF_MEETING.get(term)
        return (low in self._corpus or bare_place(low) in self._corpus
                or (kind is not None and kind.search(self._corpus) is not None))

    def unmentioned(self, query: Query) -> list[str]:
        """What the question names that no speech mentions."""
        found = [*query.foreign_names,
                 *(t for t in query.specifics if not self._specific_given(t, query)),
                 *(m for m in query.meetings if not self._meeting_mentioned(m)),
                 *(t for t in query.quoted if self._foreign_term(t)),
                 *(f"{level}级{term}" for level, term in query.levelled
                   if self._at_other_levels(level, term)),
                 *(f"{level}{written}" for level, term in query.bodied
                   if (written := self._other_levels_body(level, term))),
                 *(f"{scope}{term}" for scope, after in query.scoped
                   if (term := self._for_other_scopes(scope, after, query))),
                 *self._miscounted(query.text), *self._figures_never_given(query),
                 *self._other_counted_places(query.text),
                 *self._variant_names(query.text), *self._asked_if_mentioned(query),
                 *self._terms_of_other_places(query),
                 *self._other_levels_term(query.text), *self._occasion_at_other_scope(query)]
        return list(dict.fromkeys(found))

    def _occasion_at_other_scope(self, query: Query) -> list[str]:
        """A speech's meeting named at a scope it was not held at: "全省推进会" for 篇七's
        "全市…推进会" (the words naming the occasion end in its kind of meeting)."""
        # (named by its kind only: "全省推进会"; a longer name is matched loosely)
        if (query.occasion is None or query.occasion_speech is None
                or len(query.occasion) != OCCASION_KIND_CHARS):
            return []
        speech = self.snap.speeches.get(query.occasion_speech)
        at = query.text.find(query.occasion)
        scoped = _SCOPE_BEFORE.search(query.text[:at]) if at >= 0 else None
        if speech is None or scoped is None:
            return []
        scope, kind = scoped.group(1), query.occasion[-OCCASION_KIND_CHARS:]
        if re.search(rf"{scope}[^,，。;；:：]{{0,{OCCASION_SPAN}}}?{re.escape(kind)}", speech.text):
            return []
        return [f"{scope}{query.occasion}"]

    def _named_elsewhere(self, query: Query, confined: Sequence[SpeechText]) -> list[str]:
        """Names of zones, programmes and projects the question gives the speech it is
        confined to, which another speech writes and that one never: "攀枝花那篇说项目要围绕
        皖南国际旅游文化示范区来抓" (篇三's zone)."""
        if len(confined) != 1:
            return []
        own = confined[0].text
        out = []
        for m in _NAMED_KIND.finditer(query.text):
            end = m.end()
            # the longest run ending in the kind that the speeches write
            name = next((query.text[start:end] for start in range(max(0, end - NAMED_MAX), end)
                         if end - start >= VARIANT_MIN
                         and all(_CJK_CHAR.match(c) for c in query.text[start:end])
                         and query.text[start:end] in self._corpus), "")
            if name and name not in own:
                out.append(name)
        return out

    def _other_levels_term(self, text: str) -> list[str]:
        """A body the question names at a level the speeches name it at another level only:
        "乡务监督委员会" where they write "村务监督委员会" and never "乡务监督…". (Read back
        from the word naming a body: a few substring searches per question at any size.)"""
        out = []
        for m in _BODY_KIND.finditer(text):
            for i in range(max(0, m.start() - LEVEL_TERM_MAX), m.start()):
                level, rest = text[i], text[i + 1:m.end()]
                # (a level's character, not the end of a word or place: "地区", "全省", "乡镇")
                if (level not in _BODY_LEVELS or (i and text[i - 1] in _NOT_LEVEL_BEFORE)
                        or len(rest) < LEVEL_TERM_MIN or not all(map(_CJK_CHAR.match, rest))
                        or level + rest[:LEVEL_TERM_MIN] in self._corpus):
                    continue
                if any(other + rest in self._corpus for other in _BODY_LEVELS if other != level):
                    out.append(level + rest)
                    break
        return out

    def _variant_names(self, text: str) -> list[str]:
        """Names of zones, programmes and projects the question gives one character otherwise
        than the speeches: "皖北国际旅游文化示范区" where they say "皖南国际旅游文化示范区".
        Read from the end: the longest run ending in the name's kind that the speeches write,
        then one character more, which must be the only one that differs."""
        out = []
        for m in _NAMED_KIND.finditer(text):
            end = m.end()
            size = len(m.group(0))
            while size < end and _CJK_CHAR.match(text[end - size - 1]) and (
                    text[end - size - 1:end].lower() in self._corpus):
                size += 1
            if size >= end or not _CJK_CHAR.match(text[end - size - 1]) or size < VARIANT_MIN:
                continue
            # the run with the first character the speeches do not write there, and one before
            run = text[end - size - 2:end] if end - size - 2 >= 0 else ""
            if len(run) != size + 2 or not _CJK_CHAR.match(run[0]):
                continue
            tail = run[2:]
            for hit in re.finditer(re.escape(tail), self._corpus):
                seen = self._corpus[max(0, hit.start() - 2):hit.start()]
                if len(seen) == 2 and seen[0] == run[0] and seen[1] != run[1]:
                    out.append(run)
                    break
        return out

    @cached_property
    def _figures(self) -> frozenset[str]:
        """Every figure the speeches write in digits, and the whole part of each decimal."""
        found = set(re.findall(r"\d+(?:\.\d+)?", self._corpus))
        return frozenset(found | {f.split(".")[0] for f in found})

    def _terms_of_other_places(self, query: Query) -> list[str]:
        """A term the question puts at a place ("苏州市的“磐石计划”") that only speeches of
        other places say, in paragraphs not naming it: 京口区's plan, though 篇五 mentions 苏州
        elsewhere (its cadres went to learn there). A place holding the speech's own ("镇江",
        "江苏" for 京口区), or held by it, is the speech's."""
        if query.english:
            return []
        out = []
        # (a place no speech mentions is refused as such; a township's or village's deeds are
        # told in paragraphs naming others beside it: `about_another_place`)
        for place in (p for p in query.places if self.mentioned(p)
                      and _level_in(query.text, p) not in _LOCAL_LEVELS):
            name = bare_place(place)
            related: set[int] | None = None  # (looked up once, when a paragraph does not say)
            for m in re.finditer(rf"{re.escape(place)}{_BEFORE_TERM}“([^”]{{2,}})”", query.text):
                held = self.snap.sentences_with([m.group(1)])
                if not held or any(name in self._paragraph(s) for s in held):
                    continue
                related = self._speeches_of_place(name) if related is None else related
                if not any(s.speech in related for s in held):
                    out.append(f"{place}的{m.group(1)}")
        return out

    def _speeches_of_place(self, name: str) -> set[int]:
        """The speeches that may be about a place: of no one place, or whose own place it is,
        holds or lies in (by the dictionary, one lookup for them all)."""
        owns = {n: s.place for n, s in self.snap.speeches.items()}
        containing = places_containing([name, *(p for p in owns.values() if p)])
        return {n for n, own in owns.items()
                if not own or name == bare_place(own)
                or name in map(bare_place, containing.get(own, []))
                or bare_place(own) in map(bare_place, containing.get(name, []))}

    def _asked_if_mentioned(self, query: Query) -> list[str]:
        """Asked whether the speeches mention something ("这些讲话中有没有提到研究生招生考试的
        报名人数?", "哪一篇谈到了中小学“双减”政策?"), or what they all say of it ("这几篇讲话
        对开展巡察工作是怎么部署的?"): its words that no speech uses, nor the official words
        an everyday one stands for. Whether they say it is the whole question, so a thing they
        never name is no answer, however near the rest of it comes."""
        if query.english:
            return []
        m = _ASKS_IF_MENTIONED.search(query.text)
        if m is None:
            return []
        return [w for w in lexical_words(m.group(1) or m.group(2))
                if len(w) >= 2 and _CJK_CHAR.match(w) and not _QUESTION_WORD.search(w)
                and w not in self._corpus
                and not _names_nothing(w)
                # (nor a place they name with an everyday locative: "村里")
                and not (w[-1] in _LOCATIVES and w[:-1] in self._corpus)
                and not any(o in self._corpus for o in colloquial_expansions(w))]

    def _figures_never_given(self, query: Query) -> list[str]:
        """Figures of two or more digits (or a Chinese numeral in the hundreds and up) the
        question states and the speeches write nowhere: "增加了412名" where they say 421, "八千
        六百多人次" where they say 6800. A figure asked about that they never give is a wrong
        premise, whatever else matches."""
        text = _THOUSANDS.sub("", without_speech_refs(query.text))
        out = []
        for m in (*_FIGURE.finditer(text), *_CHINESE_FIGURE.finditer(text)):
            figure = m.group("n")
            chinese = bool(_CJK_NUMERAL.match(figure))
            n = chinese_number(figure) if chinese else float(figure)
            if (n is None or figure in self._figures or (chinese and figure in self._corpus)
                    or self._short_year_given(figure, query)):
                continue
            if not chinese and self._in_wan(figure, n, text[m.end():]):
                continue  # "17.14 million yuan": the speeches' "1714.3万元"
            # "一千多个" is any figure from 1000 to 1999 ("1140个"); "412" is 412 only
            whole = str(int(n))
            step = 10 ** (len(whole) - len(whole.rstrip("0"))) if m.group("about") else 0
            if not any(float(f) == n or n <= float(f) < n + step for f in self._figures):
                out.append(figure)
        # "3万元" where they say "2.8万元": one digit is a figure only with its unit
        out += [m.group(0) for m in _SMALL_IN_WAN.finditer(text)
                if not re.search(rf"(?<![\d.]){re.escape(m.group(0))}", self._corpus)]
        return out

    def _in_wan(self, figure: str, n: float, after: str) -> bool:
        """Whether an English figure in millions ("17.14 million") is one the speeches write in
        ten thousands (万), to the precision the question gives it ("1714.3万")."""
        if _MILLION.match(after) is None:
            return False
        decimals = len(figure.partition(".")[2])
        wan, within = n * WAN_PER_MILLION, WAN_PER_MILLION * 0.5 * 10 ** -decimals
        return any(abs(float(f) - wan) <= within for f in self._figures)

    def _specific_given(self, term: str, query: Query) -> bool:
        """Whether any speech gives a specific the question names."""
        if self._other_batch_of(term, query.text):
            return False
        return (self.mentioned(term) or self._batch_given(term, query)
                or self._round_given(term, query) or self._joined_given(term)
                or self._river_given(term) or self._region_of_places_named(term, query)
                or self._short_year_given(term, query) or self._surname_titled(term))

    def _surname_titled(self, term: str) -> bool:
        """A person named by surname and title whom the speeches name in full with that title
        ("孙先生" for "孙中山先生")."""
        m = SURNAME_ADDRESS.fullmatch(term)
        return m is not None and re.search(
            rf"{re.escape(term[0])}[\u4e00-\u9fff]{{1,2}}{re.escape(term[1:])}",
            self._corpus) is not None

    def _short_year_given(self, term: str, query: Query) -> bool:
        """A year the speeches write by its last two digits ("1998" in "“98年的抗洪”", "2008" in
        "“08的汶川地震”"), in a sentence of the speech the question names or holding a word of
        it (not "耒阳2008年选聘了多少名大学生村官?" of that list of disasters)."""
        if not re.fullmatch(r"(?:19|20)\d\d年?", term):
            return False
        short = re.compile(rf"(?<![\d.]){term[2:4]}(?=年|的)")
        words = [w for w in query.words if len(w) >= 2 and _CJK_CHAR.match(w)]
        return any(short.search(sentence) and (
                       number in (query.speech, *query.speeches_named)
                       or any(w in sentence for w in words))
                   for number, sentence in self._sentences)

    @cached_property
    def _containers(self) -> dict[int, dict[str, list[str]]]:
        """Each speech's places (jieba's ``ns``) and the places each lies in, read once."""
        return {n: places_containing({w for w, flag in pos_tags(speech.text) if flag == "ns"})
                for n, speech in self.snap.speeches.items()}

    def _region_of_places_named(self, term: str, query: Query) -> bool:
        """A region the speeches never name that the question asks places in ("拿江苏哪两个
        地方做比较"), when the one speech it is confined to names places that lie in it ("在
        苏州、无锡等地", by the dictionary)."""
        if Need.PLACE not in query.asks or term not in query.places:
            return False
        region = bare_place(term)

        def lying_in(speech: SpeechText) -> int:
            """How many places the speech names that lie in the region."""
            return sum(region in map(bare_place, containers)
                       for containers in self._containers[speech.number].values())

        confined = self.speeches_confined(query)
        if len(confined) == 1:
            return lying_in(confined[0]) > 0
        # (or, confined to none, the one speech naming several places in it: "有篇讲话拿江苏哪
        # 几个地方举例…" of 篇五's "在苏州、无锡等地", not 篇七's one "华西村")
        return not confined and sum(lying_in(s) >= 2 for s in self.snap.speeches.values()) == 1

    def _river_given(self, term: str) -> bool:
        """A river the speeches name by the places along it: "淮河" in "沿淮六县"."""
        return term.endswith(("河", "江")) and f"沿{term[:-1]}" in self._corpus

    def _joined_given(self, term: str) -> bool:
        """Two bodies named as one ("党委政府"), which the speeches write as two ("党委、政府")."""
        return any(f"{term[:i]}{joint}{term[i:]}" in self._corpus
                   for i in range(MIN_JOINED, len(term) - MIN_JOINED + 1) for joint in "、和与及")

    def _other_batch_of(self, term: str, text: str) -> bool:
        """A batch or round of a thing the speeches give only another of: "第三批选派村"
        where they say "第四批选派村" (their "第三批" is of another thing: "第三批村干部中专
        学历班")."""
        m = _ORDINAL_BATCH.fullmatch(term)
        at = text.find(term)
        if m is None or at < 0:
            return False
        thing = text[at + len(term):at + len(term) + BATCH_THING]
        if len(thing) < BATCH_THING or not all(_CJK_CHAR.match(c) for c in thing):
            return False
        # (of so many things: "第二轮1989个村级组织活动场所" for "第三轮村级…")
        said = [f.group(1) for f in re.finditer(
            rf"(第[一二三四五六七八九十\d]+){m.group(1)}(?:\d+个)?{re.escape(thing)}",
            self._corpus)]
        return bool(said) and term[:-1] not in said

    def _round_given(self, term: str, query: Query) -> bool:
        """A round the speeches asked about count by the other word for it: "第三轮…评议" is
        their "第三次…评议" (a batch, 批, is another thing; 篇七's "第三次" is no third round of
        篇三's venues)."""
        texts = [s.text for s in self.speeches_confined(query)] or [self._corpus]
        return _round_in(term, texts)

    def _batch_given(self, term: str, query: Query) -> bool:
        """A batch or round ("第二批", "the second batch") that the speech asked about, or the
        speeches naming its places, give as either: English uses the two words for 批 and 轮
        alike, and so do users in Chinese ("全省第二批要给多少个村盖…房子" of 篇三's "第二轮…
        活动场所建设"). ("the second batch of Shaya's diploma class" is not 篇三's "第二轮".)"""
        m = _BATCH.fullmatch(term)
        if m is None:
            return False
        within = query.speech_filter
        if within is not None:
            numbers = {within} if isinstance(within, int) else set(within)
            texts = [s.text for n, s in self.snap.speeches.items() if n in numbers]
        else:
            # (by the place's bare name: "安徽省" in a speech that says "安徽")
            texts = [s.text for s in self.snap.speeches.values()
                     if not query.places or any(bare_place(p) in s.text for p in query.places)]
        if not query.english and self._counted_by_batch(term, query.text, texts):
            return False
        return any(f"{m.group(1)}{w}" in text for text in texts for w in "批轮")

    @staticmethod
    def _counted_by_batch(term: str, question: str, texts: Sequence[str]) -> bool:
        """Whether the speeches count what a Chinese question's batch is of in batches of
        their own (批): "第二批派下去驻村的干部" is a batch of their "第四批选派干部", no
        "第二轮" of venues; "第二批要给多少个村盖…房子" is of nothing they count so."""
        at = question.find(term)
        ours = set(cjk_bigrams(question[at + len(term):at + len(term) + BATCH_CONTEXT]))
        return any(ours & set(cjk_bigrams(text[b.end():b.end() + BATCH_CONTEXT]))
                   for text in texts for b in _ANY_BATCH.finditer(text))

    def _other_counted_places(self, text: str) -> list[str]:
        """A region's count of places the speeches give another region only: "皖南三市",
        "沿江六县" where they say "皖北三市", "沿淮六县"."""
        out = []
        for m in _COUNTED_PLACES.finditer(text):
            count_level = m.group(0)[2:]
            if m.group(0) not in self._corpus and re.search(
                    rf"[\u4e00-\u9fff]{{2}}{count_level}", self._corpus):
                out.append(m.group(0))
        return out

    def _miscounted(self, text: str) -> list[str]:
        """Counts the question states that the speeches give otherwise: "有5个乡镇党委发言"
        where they say "3个乡镇党委…" and never 5 (the count the speeches give of the same
        thing, and none of the question's)."""
        out = []
        for m in _STATED_COUNT.finditer(text):
            n = chinese_number(m.group(1))
            # (the thing counted ends at a verb or conjunction: "四项工作是什么" counts 工作,
            # not the "工作是" of "…工作是一项…")
            unit, noun = m.group(2), _NOT_NOUN.split(m.group(3))[0]
            # the longest run of three or more characters the speeches count ("乡镇党委"; not
            # "方面" or "地方", which they count of many things); two for a tally of ten or
            # more ("250名干部"), which no list of points or aspects runs to, or counted by a
            # measure word of its own ("五支队伍": 支 counts teams, not points)
            shortest = 2 if (n is not None and n >= 10) or unit == "支" else 3
            found = _LEVEL_COUNTED.match(noun)
            level = found.group(0) if found is not None else ""
            if (level and n is not None and n >= 2
                    # (with its measure word or, as places are counted, without: "沿淮六县")
                    and n not in self._counts_of(unit, level)
                    and n not in self._counts_of("", level)
                    and any(n in self._counts_of(unit, other) for other in _LEVELS_COUNTED
                            if other not in level and level not in other)):
                # places of one level counted as the speeches count another's ("全市35个村"
                # where they say "35个乡镇办事处", and never 35 villages)
                out.append(f"{m.group(1)}{unit}{level}")
                continue
            for size in range(len(noun), shortest - 1, -1):
                if "的" in noun[:size]:
                    continue
                counts = self._counts_of(unit, noun[:size])
                if counts:
                    if n is not None and n not in counts:
                        out.append(f"{m.group(1)}{unit}{noun[:size]}")
                    break
        return out

    def _counts_of(self, unit: str, thing: str) -> frozenset[int]:
        """The counts the speeches give of `thing` in `unit` ("3" of "3个乡镇党委", "197" of
        "干部197名"), read from the corpus once per pair."""
        key = (unit, thing)
        if key not in self._counts:
            number = r"(\d+|[一二两三四五六七八九十]+)"
            # either order: "197名干部" and, as tallies are written, "精减干部197名"
            found = (chinese_number(c) for pattern in (rf"{number}{unit}{re.escape(thing)}",
                                                       rf"{re.escape(thing)}{number}{unit}")
                     for c in re.findall(pattern, self._corpus))
            self._counts[key] = frozenset(n for n in found if n is not None)
        return self._counts[key]

    def named_blank(self, query: Query) -> bool:
        """Whether a term the question quotes is one the speeches write after a name the scrape
        left blank ("那个“工作机制”" of "推行“”工作机制的乡镇"): asked what it is called."""
        return any(f"“”{t}" in self._corpus for t in query.quoted)

    def pointed_blank(self, query: Query) -> bool:
        """Whether the question points at a thing unquoted ("那个工作机制,全名叫什么?") the
        speeches name only after a blank ("推行“”工作机制")."""
        return any(f"“”{t}" in self._corpus for t in _POINTED_THING.findall(query.text))

    def words_not_given(self, query: Query) -> list[str]:
        """The people whose words the question asks ("市委袁书记的重要讲话讲了哪几条?", "王金山
        …提了哪几条要求?") where the speeches only say that they spoke or will ("还将作重要讲话",
        "提出了明确要求。"): no sentence naming them goes on to their words (":", "“")."""
        if query.english:
            return []
        out = []
        for person in query.named:
            asked = re.search(rf"{re.escape(person)}{_WORDS_ASKED}", query.text)
            # (not words the speech carries out: "贯彻…王金山对选派工作的要求时,提出要…")
            if asked is None or _CARRIED_OUT.search(query.text[:asked.start()]):
                continue
            said = [s[s.find(person.lower()):] for _, s in self._sentences
                    if person.lower() in s]
            if said and not any(_WORDS_FOLLOW.search(s) for s in said):
                out.append(person)
        return out

    def people_elsewhere(self, query: Query) -> list[str]:
        """The people the question puts at a township or village, or at a meeting, no paragraph
        names them with: "李源潮同志到凤阳县小岗村调研…" where the one who went there is 王金山."""
        # (or a city a speech tells of besides its own: "王金山在淮北市考察…", where he went
        # to 凤阳县小岗村)
        local = [bare_place(p).lower() for p in query.places if self.mentioned(p) and (
            _level_in(query.text, p) in _LOCAL_LEVELS
            or (_level_in(query.text, p) in _CITY_LEVELS
                and bare_place(p) not in self._own_places))]
        # or at a meeting no paragraph names them with ("东明书记在全国农村基层党建工作座谈会
        # 上…" where he spoke at the province's meeting on parks and villages)
        met = [m.lower() for m in query.meetings if m in self._corpus]
        if query.english or not (local or met):
            return []
        out = []
        for person in query.named:
            with_them = [t for t in self._paragraphs if person.lower() in t]
            if with_them and not any(p in t for p in (*local, *met) for t in with_them):
                out.append(person)
        return out

    def absent_from_speech(self, query: Query) -> list[str]:
        """The higher bodies ("省委", "市委书记") and the areas as a whole ("全州") a question
        asks of the one speech it names when that speech names none of their level or never
        speaks of that area: "篇一里,省委…" where 篇一 speaks of its city only."""
        confined = self.speeches_about(query)
        # what the question names or quotes that the speeches it is confined to never do,
        # though another does: "篇八里李源潮…", "攀枝花那篇里,李源潮…" (李源潮 is 篇三's),
        # "耒阳那篇…“歇职”" (篇七's), "淮北开放村部那件事,胡锦涛…" (篇五's), "耒阳在全国农村
        # 基层党建工作座谈会上…" (篇三's meeting); in English the people only ("Li Yuanchao …
        # in the Panzhihua speech"), quotes being English words
        # (a quoted word another speech uses in passing is the user's: "要保住村支部“主心骨”的
        # 位置,攀枝花那篇…")
        # (a point's marker is the speech's own: "那“一要”是…" where the scrape lost 篇二's)
        quoted = [] if query.english else [t for t in query.quoted
                                           if self.quotes_as_term(t) or _POINT_MARKER.fullmatch(t)]
        # (and in Chinese, of a speech named by its place, a place beside it: "京口区那篇…淮北
        # 市…"; not one set aside past a speech named by number, "篇三…(不是攀枝花那段)")
        places = () if query.english or query.speeches_named else query.places
        # (and in Chinese, a body or document it names: "中央组织部对沙雅县…作出了什么评价?"
        # of a speech naming only 地委 and 自治区党委; not a congress or plenum by its kind
        # alone, "党代会和中央全会的要求" of "党的xx大和xx届三中、四中全会")
        others = () if query.english else tuple(
            t for t in query.specifics if t not in query.places and t not in query.quoted
            and not _UNNUMBERED_MEETING.fullmatch(t))
        named = [t for t in (*query.named, *quoted,
                             *(() if query.english else query.meetings), *places, *others)
                 if confined and len(t) >= 2 and self.mentioned(t) and not any(
                     t in s.text or bare_place(t) in s.text for s in confined)]
        if not query.english:
            named += self._named_elsewhere(query, confined)
            # a figure another speech gives, the ones asked never: "京口区投入1714.3万元…"
            # (篇四's, of 耒阳)
            named += [f for m in _FIGURE.finditer(without_speech_refs(query.text))
                      if confined and (f := m.group("n")) in self._figures
                      and not any(f in s.text for s in confined)]
        if query.english:
            # a batch or round the speech of the place asked never has ("Shaya second round
            # of the diploma course": 篇六 has a 第三批 only, whatever 篇三's 第二轮)
            # (a round it counts as 次: "the third round" of its "第三次…评议")
            return [*named, *(
                t for t in query.specifics if len(confined) == 1 and _BATCH.fullmatch(t)
                and not self._batch_given(t, replace(query, speech_filter=confined[0].number))
                and not _round_in(t, [confined[0].text]))]
        speech = self.snap.speeches.get(query.speech) if query.speech is not None else None
        if speech is None:
            return named
        theirs = self._bodies_of(speech.number)
        bodies = [words for words, kind, level in body_mentions(query.text)
                  if kind in _HIGHER_KINDS and level in _HIGHER_LEVELS
                  and (kind, level) not in theirs]
        # an area it never speaks of as a whole ("篇七说全州…", a city's speech)
        scopes = [scope for scope in SCOPES if scope in query.text and scope not in speech.text]
        return list(dict.fromkeys([*named, *bodies, *scopes]))

    def speeches_confined(self, query: Query) -> list[SpeechText]:
        """The speeches a question names by number, or the one whose own place it names."""
        numbers = set(query.speeches_named) or ({query.speech} if query.speech else set())
        if not numbers:
            numbers = home_speeches(self.snap, query.places)
        return [self.snap.speeches[n] for n in sorted(numbers) if n in self.snap.speeches]

    def speeches_about(self, query: Query) -> list[SpeechText]:
        """The speeches a question is confined to (`speeches_confined`), or else the one speech
        naming its places ("淮北", of 篇三 only) or whose occasion it names."""
        confined = self.speeches_confined(query)
        if confined or query.speeches_named:
            return confined
        numbers: set[int] = set()
        # (an English question's people are among its names: "Li Yuanchao", no place)
        for place in (p for p in query.places if p not in query.named):
            holding = self.snap.speeches_with(place) or self.snap.speeches_with(bare_place(place))
            numbers = set(holding) if not numbers else numbers & holding
        if len(numbers) != 1 and query.occasion_speech is not None:
            numbers = {query.occasion_speech}
        return [self.snap.speeches[n] for n in numbers if len(numbers) == 1]

    def _bodies_of(self, number: int) -> frozenset[tuple[str, str]]:
        """The bodies a speech names, read once per speech (0.8 ms each time otherwise)."""
        found = self._speech_bodies.get(number)
        if found is None:
            found = self._speech_bodies[number] = bodies_named(self.snap.speeches[number].text)
        return found

    def _foreign_term(self, term: str) -> bool:
        """A quoted term the speeches neither use nor mostly share character pairs with."""
        pairs = set(cjk_bigrams(term))
        # a code of figures they never write ("“7·1”讲话" for their "“6·21”讲话")
        if _FIGURES.match(term):
            return not self.mentioned(term)
        # a day named by its numbers ("“十一”前夕" where they say "“七・一”前夕")
        if _NUMERAL_DAY.fullmatch(term):
            return f"“{term}”" not in self._corpus
        # or by its name ("“国庆”大会" for their "“七一”庆祝大会")
        if _HOLIDAY.fullmatch(term):
            return not self.mentioned(term)
        # a gloss with a blank asked for ("几次商量、两回公开" for "四议两公开") is the user's
        if (self.mentioned(term) or self.mentioned(term.translate(_IN_FIGURES))
                or _ASKED_IN_TERM.search(term)):
            # (or one they write in figures: "六加一" for their "“6+1”")
            return False
        # the speeches' term with another number in it ("万人计划" for their "千人计划"; "三化"
        # for their "双化", quoted or not)
        if any(self.mentioned(term[:i] + n + term[i + 1:])
               for i, c in enumerate(term) if c in _NUMERALS for n in _NUMERALS + "双" if n != c):
            return True
        if len(pairs) < 2 or _OWN_WORDS.search(term):
            # (nor a phrase in the user's own words, as function words show: "要走在最前头",
            # "钱少也硬上")
            return False
        # the speeches' term with another count ("六个不批" for a question's "八个不批")
        if (m := _COUNTED.match(term)) and re.search(
                f"[一二两三四五六七八九十]+{m.group(1)}{re.escape(m.group(2))}", self._corpus):
            return True
        return sum(p in self._corpus for p in pairs) < KNOWN_PAIRS * len(pairs)

    @cached_property
    def _meetings(self) -> list[tuple[str, frozenset[str], str | None, frozenset[str]]]:
        return [(m[:2], frozenset(cjk_bigrams(m)), _meeting_kind(m), _sectors(m))
                # (their quotes dropped: "…暨“三项活动”工作推进会" is a meeting too)
                for m in meetings_named(re.sub(r"[“”\"]", "", self._corpus))]

    def _meeting_mentioned(self, meeting: str) -> bool:
        """The meeting itself, or one of the speeches' of the same scope sharing most of its
        character pairs ("全国组织工作会议" is not the "全市组织工作会议")."""
        own = frozenset(cjk_bigrams(meeting))
        kind = _meeting_kind(meeting)
        # (nor one of another sector's: "全国城市基层党建工作座谈会" is not the "全国农村…")
        sectors = _sectors(meeting)
        return self.mentioned(meeting) or any(
            scope == meeting[:2] and len(own & theirs) >= SAME_MEETING * len(own)
            and kind in (None, their_kind) and not (sectors and theirs_in and sectors != theirs_in)
            for scope, theirs, their_kind, theirs_in in self._meetings)

    def _at_other_levels(self, level: str, term: str) -> bool:
        """"省级集体经济强村" where the speeches say only "州级集体经济强村" (not where they give
        the level asked right after another's: "获省级“五好”党组织3个、州级12个")."""
        if f"{level}级{term}" in self._corpus or f"级{term}" not in self._corpus:
            return False
        return not any(f"{level}级" in self._corpus[m.end():m.end() + LEVEL_AFTER_TERM]
                       for m in re.finditer(re.escape(f"级{term}"), self._corpus))

    def _other_levels_body(self, level: str, term: str) -> str | None:
        """"乡镇的“两新”工委" where the speeches give "“两新”工委" to another level's body
        only ("市委“两新”工委"), each time they write it right after another level: the term
        as they write it ("“两新”工委是" → "“两新”工委")."""
        term = next((term[:n] for n in range(len(term), term.index("”") + 1, -1)
                     if term[:n] in self._corpus), "")
        before = [self._corpus[max(0, m.start() - 2):m.start()]
                  for m in re.finditer(re.escape(term), self._corpus)] if term else []
        asked = set(level)
        return term if before and all(
            (found := [c for c in b if c in _BODY_LEVELS]) and not asked & set(found)
            for b in before) else None

    def _for_other_scopes(self, scope: str, after: str, query: Query) -> str | None:
        """The longest start of `after` (six characters at least) the speeches give for
        another scope only: "基层组织建设先进" of "全国基层组织建设先进县", where they
        say "全省基层组织建设先进县(市)". (The speech asked of, by its place or number, says
        its own scope as "我区" or "本区" too: 京口's "把我区基层党组织建设得…" gives "全区基层
        党组织建…"; another's "我市…" gives no "全市…" of 京口.)"""
        asked = home_speeches(self.snap, query.places) | (
            {query.speech} if query.speech is not None else set())
        own = "\n".join(self.snap.speeches[n].text for n in asked if n in self.snap.speeches)
        for n in range(len(after), MIN_SCOPED - 1, -1):
            term = after[:n]
            if f"{scope}{term}" in self._corpus or any(
                    f"{at}{scope[1:]}{term}" in own for at in "我本"):
                return None
            if any(f"{other}{term}" in self._corpus for other in SCOPES if other != scope):
                return term
        return None

    def place_satisfied(self, query: Query, sentence: Passage) -> bool:
        """A place-bound detail (number, date, person, length of time) must be about the place
        the question names: the sentence or its paragraph names it, or it is the speech's own
        place."""
        if not query.places or not any(n in query.asks for n in PLACE_BOUND):
            return True
        speech = self.snap.speeches.get(sentence.speech)
        if speech is None:
            return True
        before = self._up_to(sentence)
        own = bare_place(speech.place or "")
        named = [bare_place(p) for p in query.places if self.mentioned(p)]
        # the whole of another place than the speech's own ("衡阳全市…", 耒阳 speaking): the
        # sentence must say that place's whole, not its own "全市"
        if any(n != own and (_whole_of(n).search(query.text) or n in query.whole_places)
               and not _whole_of(n).search(before) for n in named):
            return False
        # a township's or village's own figure is not the whole's it is cited beside: "永济镇有
        # 多少…" is not answered by "我市共…", though the paragraph opened with 永济镇
        local = [bare_place(p) for p in self._local_places(query, sentence)]
        # (an English name's readings are alternatives, "Yongji": 永济, 用技, 用机: one will do)
        if local and query.english and any(n in sentence.text for n in local):
            local = [n for n in local if n in sentence.text]
        if any(n not in sentence.text for n in local) and _OWN_WHOLE.search(sentence.text):
            return False
        # nor by the whole's figure in a sentence naming it as an example: "以永济镇为示范点,
        # …全市35个乡镇办事处共澄清…2356人" gives no count of 永济镇's own
        if (local and Need.NUMBER in query.asks and _OWN_WHOLE.search(sentence.text)
                and not any(any(n in clause for n in local) and gives_amount(clause, query)
                            for clause in _CLAUSE_BREAK.split(sentence.text))):
            return False
        said = [_named_at_level(p, before) or bool(own and bare_place(p) == own)
                for p in query.places if self.mentioned(p)]
        return any(said) if query.english else all(said)

    def _local_places(self, query: Query, sentence: Passage) -> list[str]:
        """The townships and villages the question names, other than the speech's own place,
        that the speeches mention somewhere."""
        speech = self.snap.speeches.get(sentence.speech)
        own = bare_place(speech.place or "") if speech is not None else ""
        # (a province's speech tells of its cities as a city's does of its townships: "合肥市
        # 建开放式…" is not what "淮北市积极探索…" did)
        local = _LOCAL_LEVELS | (_CITY_LEVELS if speech is not None and speech.level == "省"
                                 else frozenset())
        return [p for p in query.places
                if bare_place(p) != own and self.mentioned(p)
                and _level_in(query.text, p) in local]

    def local_place_named(self, query: Query, sentence: Passage) -> bool:
        """Whether the sentence's paragraph names the township or village the question asks
        about ("龙昌镇…引进了哪些项目?"): what a speech says elsewhere of other places, or of its
        whole city, is not what that place did."""
        if sentence.speech not in self.snap.speeches:
            return True
        asked = self._local_places(query, sentence)
        if asked and not any(bare_place(p) in self._paragraph(sentence) for p in asked):
            return False
        # (a place given as an example of somewhere else, by the sentence giving it: the rest
        # of its paragraph is about the speaker's own place)
        speech = self.snap.speeches[sentence.speech]
        return all(bare_place(p) in sentence.text for p in query.places
                   if named_as_example(p, speech))

    def level_left_out(self, query: Query, sentences: Sequence[Passage]) -> bool:
        """Whether the level a question asks after stating others ("市县乡村四级集中换届,那省
        一级是什么时候换届?") is left out of every series of levels the sentences give ("今年
        市县乡村四级集中换届")."""
        asked_text = _asked_after_stated(query.text)
        asked = _LEVEL_ASKED_ZH.findall(asked_text) if asked_text is not None else []
        series = [m.group(1) for s in sentences for m in _LEVEL_SERIES.finditer(s.text)]
        return bool(asked and series) and not any(a in got for a in asked for got in series)

    def levels_missed_en(self, query: Query, sentences: Sequence[Passage]) -> bool:
        """Whether an English question asks things at a level ("provincial-level
        demonstration sites") the best sentence gives at others only ("创建市级示范站点105个,
        衡阳市级示范站点5个"), and no other sentence naming levels gives that one."""
        asked = query.levels_asked_en if sentences else ()
        levelled = [set(_LEVEL_SAID.findall(s.text)) for s in sentences]
        return bool(asked and levelled[0]) and not any(
            level in said for said in levelled for level in asked)

    def about_another_place(self, query: Query, sentence: Passage) -> bool:
        """Whether the sentence is about another township or village than the one the
        question names ("兴隆乡以“185”工程…" answered by "谷汪乡以“185”工程为载体…"): it names
        another of that level, and not the one asked."""
        speech = self.snap.speeches.get(sentence.speech)
        if speech is None:
            return False
        asked = self._local_places(query, sentence)
        if not asked or any(bare_place(p) in sentence.text for p in asked):
            return False
        # (one naming another of that level is about it, whatever its paragraph told of before:
        # "牛场镇双龙等6个村被命名为…" in the paragraph where "谷汪乡以…" came first)
        return any(has_place(sentence.text, query.text, level)
                   for level in {_level_in(query.text, p) for p in asked})

    def quotes_another_place(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """Whether what would be quoted tells of another township or village than the one
        asked, and none of it of that one: "仙桥乡…把“115”产业格局搭起来" quoting "谷汪乡以
        “185”工程为载体,着力构建“115”产业格局", though 仙桥乡 is named elsewhere in 篇七."""
        if not quotes or not any(self.about_another_place(query, q) for q in quotes):
            return False
        return not any(bare_place(p) in self._up_to(q) and not self.about_another_place(query, q)
                       for q in quotes for p in self._local_places(query, q))

    def term_of_another_place(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """Whether a term the question quotes of a place is, in the sentence quoted first,
        another place's deed listed after that place's own: "永济镇的党员宣誓承诺、导子乡的
        无职党员…的“三亮三树”活动" for "永济镇的…“三亮三树”"."""
        if not quotes or not query.places:
            return False
        text = quotes[0].text
        # (townships and villages asked, not the speech's own city: "耒阳的村两委换届" is no
        # "…623个行政村的村两委换届" of another place)
        local = self._local_places(query, quotes[0])
        # or a thing the question puts at the place, which the sentence puts at another ("余庆乡
        # 的新五丰公司" where it says "…、大市乡的新五丰、余庆乡的中达铁合金…")
        for place in local:
            name = bare_place(place)
            for m in re.finditer(rf"([\u4e00-\u9fff]{{2,3}}[{PLACE_SUFFIXES}])的([\u4e00-\u9fff]"
                                 rf"{{{THING_AT_PLACE}}})", text):
                if (bare_place(m.group(1)) != name
                        and re.search(rf"{re.escape(name)}[{PLACE_SUFFIXES}]?的{m.group(2)}",
                                      query.text)
                        and not re.search(rf"{re.escape(name)}[{PLACE_SUFFIXES}]?的{m.group(2)}",
                                          text)):
                    return True
            # or a village the question puts in the township, which the sentence puts in
            # another ("谷汪乡双龙村" where it says "牛场镇双龙等6个村")
            after = re.search(rf"{re.escape(place)}([\u4e00-\u9fff]{{2}})村", query.text)
            held = (re.search(rf"([\u4e00-\u9fff]{{2,3}}[乡镇]){after.group(1)}", text)
                    if after and name not in text else None)
            if held and bare_place(held.group(1)) != name:
                return True
        for term in (t for t in query.quoted if len(t) >= 2):
            at = text.find(f"“{term}”")
            if at < 0:
                continue
            # (or of the township the sentence opens with, naming none asked: "导子乡全面实施
            # “村为主”工程" for "余庆乡…“村为主”工程")
            opener = _OPENING_TOWNSHIP.match(text)
            for place in local:
                name = bare_place(place)
                own = re.search(rf"{re.escape(name)}[{PLACE_SUFFIXES}]?的[^、,，。;；]{{2,}}、"
                                rf"([\u4e00-\u9fff]{{2,3}}[{PLACE_SUFFIXES}])的", text[:at])
                if own and bare_place(own.group(1)) != name:
                    return True
                if opener and bare_place(opener.group(1)) != name and name not in text:
                    return True
        return False

    def _paragraph(self, sentence: Passage) -> str:
        return self.snap.speeches[sentence.speech].paragraphs[sentence.paragraph - 1]

    def _up_to(self, sentence: Passage) -> str:
        """The sentence's paragraph up to the sentence's end: a place named after it is what
        the paragraph goes on to (an example after a city-wide figure), not its subject."""
        paragraph = self._paragraph(sentence)
        at = paragraph.find(sentence.text)
        return paragraph[: at + len(sentence.text)] if at >= 0 else paragraph

    def bodies_satisfied(self, query: Query, sentence: Passage) -> bool:
        """What the question asks of one level's bodies ("县委书记的培训", "乡镇干部的补助") is
        not what a sentence says of another level's only ("乡镇党委书记…", "村主职干部…"); nor
        what it asks of deputies ("副职") what a sentence says of heads only ("主职"), or the
        other way round."""
        # (a plenary the question gives a convener, "自治区党委第几届第几次全委会议", is not
        # another's, "县委九届六次全委(扩大)会议", nor a meeting of its that is no plenary)
        conveners = _plenary_conveners(query.text)
        if conveners and not conveners & _plenary_conveners(sentence.text):
            return False
        # (a question stating one body's figure before asking another's: "离任村主职干部补助
        # 提到每月60元了,那离任乡镇干部的…提到多少?" asks the township's only; "…,那离任村副职
        # 干部的…?" the deputies')
        then = _asked_after_stated(query.text)
        asked_text = then if then is not None else query.text
        asked_ranks = _ranks(asked_text)
        said_ranks = _ranks(sentence.text) if asked_ranks else set()
        if said_ranks and not said_ranks & asked_ranks:
            return False
        # (an average per township is not one per village: "平均每个乡镇多少" of "村均4万元")
        per = _averaged_per(query.text)
        said_per = _averaged_per(sentence.text) if per else set()
        if said_per and not said_per & per:
            return False
        bodies = (bodies_named(asked_text) if then is not None else None) or query.bodies
        if not bodies:
            return True
        # (whose election is asked, a body's is its team's: "乡镇党委换届" is not "村两委换届")
        same = _ELECTED if _ELECTION.search(query.text) else _PEOPLE
        asked = {(same.get(k, k), level) for k, level in bodies}
        named = {(same.get(k, k), level) for k, level in bodies_named(sentence.text)}
        # (the clause holding a term the question quotes says whose it is: "县(区)委书记要
        # 当好“一线总指挥”" is not the township secretary's, though the sentence names him next)
        clause = _clause_quoting(sentence.text, query.quoted)
        own = ({(same.get(k, k), level) for k, level in bodies_named(clause)}
               if clause is not None else set())
        if {k for k, _ in own} & {k for k, _ in asked}:
            named = own

        def levels_of(kind: str) -> set[str]:
            levels = {level for k, level in named if k == kind}
            if not levels and kind == "secretary":
                # a secretary is one of the cadres a sentence gives a level ("村主职干部")
                levels = {level for k, level in named if k == "cadres"}
            return levels

        if (not any(levels_of(k) for k, _ in asked)
                and is_headline(sentence.text, HEADLINE_MAX_CHARS)):
            # a heading ("三要研究完善考核激励的机制。") is about the bodies its paragraph names
            named = {(same.get(k, k), level)
                     for k, level in bodies_named(self._paragraph(sentence))}
        for kind in {k for k, _ in asked}:
            levels = levels_of(kind)
            if levels and not levels & {level for k, level in asked if k == kind}:
                return False
        return True

    def names_bodies_asked(self, query: Query, sentence: Passage) -> bool:
        """Whether the sentence names a body of a kind and level the question asks of."""
        return bool(query.bodies & bodies_named(sentence.text))

    def in_years(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """A question about last year ("去年一整年表彰了多少") is not answered by quotes about
        this year only ("今年以来,…共表彰先进集体100个")."""
        if not query.years:
            return True
        if Need.NUMBER in query.asks:
            # the figure's own sentence says whose year it is ("去年,…培训…800余人" for "今年
            # …多少名", whatever a sentence beside it says of this year); the first such is the
            # answer, a runner-up beside it another figure ("在今年的…考试中,有5人考上…")
            quotes = [q for q in quotes if gives_amount(q.text, query)][:1] or quotes
        stated = frozenset().union(*(relative_years(q.text) for q in quotes))
        if stated and not stated & query.years:
            return False
        # a figure of years gone ("两年来…70期") is no one year's ("今年上半年")
        if Need.NUMBER in query.asks and not stated and any(
                n >= 2 and unit == "年" for q in quotes for n, unit in spans_back_in(q.text)):
            return False
        # Next year (or the year before last) must be said: a sentence giving no year speaks
        # of the speech's own ("篇七说明年上半年要开展几次评议?" is not "在7月份又要开展第三次")
        said = query.years & _SAID_ONLY
        if not _ROUND_BEFORE.search(query.text) or (
                not _ROUND_BEFORE_ANOTHER.search(query.text)
                and any(_ROUND_DONE.search(self._up_to(q)) for q in quotes)):
            said -= {PAST_ROUND}  # "上回…改选完": the last round, which the speech may report
        return not said or bool(said & frozenset().union(
            *(relative_years(self._up_to(q)) for q in quotes)))

    def counts_agree(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """An English question stating a count ("Which 12 key villages…") is not answered by
        quotes counting the same thing otherwise ("…等7个重点村…": a thing named first by a
        word the question's translates to) and never its count; nor a question taking a counted
        list as given ("…提出的六个方面工作中,最后两个…") by a lead-in counting it otherwise
        ("从四个方面抓好…")."""
        if quotes and _counts_otherwise(query.stated_list, quotes[0].text):
            return False
        for n, words in query.counted_en:
            things = [w for w in words if len(w) >= 2]
            if any(_names_series(q.text, n, "".join(things)) for q in quotes):
                continue  # "Which two townships…?" answered by "…的仙桥乡、道坪镇"
            if any(f"“{n}”" in q.text for q in quotes):
                continue  # "185 project" is the quotes' “185”工程, a name, no count
            for q in quotes:
                counts = [(chinese_number(c), thing) for c, thing in _COUNT_OF.findall(q.text)]
                if (any(c is not None and c != n and any(thing.startswith(w) for w in things)
                        for c, thing in counts)
                        and not any(c == n for c, _ in counts)):
                    return False
        return True

    def states_count(self, query: Query, sentence: Passage) -> bool:
        """Whether the sentence states a count the English question states, of the thing it
        counts ("35 townships": "35个乡镇办事处")."""
        return any(chinese_number(c) == n and any(thing.startswith(w) for w in words
                                                  if len(w) >= 2)
                   for n, words in query.counted_en
                   for c, thing in _COUNT_OF.findall(sentence.text))

    def lists_those_counted(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """Which ones of a group the question counts ("交流发言的六个单位分别是哪些?") are
        not given by a quote that only counts them ("六个单位进行了交流发言"), with no list
        of them in it."""
        if query.which_of is None or not quotes:
            return True
        n, kind = query.which_of
        counted = any(chinese_number(c) == n and thing.startswith(kind)
                      for q in quotes for c, thing in _COUNT_OF.findall(q.text))
        return not counted or any("、" in q.text for q in quotes)

    def in_halves(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """A question about one half of the year ("下半年要让哪些人…锻炼") is not answered by
        quotes that each name the other half only ("上半年,要创造条件,让…"). (A quote naming
        none may still be about the half asked: its paragraph or part may say so.)"""
        if len(query.halves) != 1:
            return True
        # ("今年以来…共表彰先进集体100个": the half so far, no answer for "下半年")
        named = [set(halves_in(q.text)) | ({"上"} if _SO_FAR.search(q.text) else set())
                 for q in quotes]
        return not named or not all(named) or any(query.halves & h for h in named)

    def in_cutoffs(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """A figure asked up to one month's end ("到今年6月底澄清了多少") is not one the quotes
        give up to another's only ("至今年5月底,…共澄清…2356人")."""
        asked = cutoff_months(query.text)
        stated = {m for q in quotes for m in cutoff_months(q.text)} if asked else set()
        return not stated or bool(stated & asked)

    def in_durations(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """A question setting a span ("五年之内…轮训几遍") is not answered by quotes setting
        another span in the same unit ("三年内将村干部…轮训一遍"); nor one looking back over a
        span ("近五年来办了多少期") by quotes looking back over another ("两年来…70期")."""
        for asked, spans_in in ((query.durations, durations_in),
                                (query.spans_back, spans_back_in)):
            if not asked:
                continue
            units = {unit for _, unit in asked}
            stated = {d for q in quotes for d in spans_in(q.text) if d[1] in units}
            if stated and not stated & asked:
                return False
        return True

    def in_months(self, query: Query, sentence: Passage) -> bool:
        """Whether the sentence's paragraph is about a month the question states."""
        speech = self.snap.speeches.get(sentence.speech)
        if speech is None or not query.months:
            return True
        # (the month asked after those stated: "1月、4月各搞了一次,那10月份那次…" asks 10月)
        asked_text = _asked_after_stated(query.text)
        months = (months_in(asked_text) if asked_text is not None else frozenset()) or query.months
        # a quarter asked is a span the paragraph must name: a holiday in it ("庆“七一”大会")
        # is one day's event, not what a quarter's count is of
        return bool(months & months_in(speech.paragraphs[sentence.paragraph - 1],
                                       holidays=not names_quarter(query.text)))

    def about_places(self, query: Query, candidates: Sequence[Passage]) -> list[Passage]:
        return [c for c in candidates if self.place_satisfied(query, c)
                and self.bodies_satisfied(query, c) and self.whole_satisfied(query, c)]

    def whole_satisfied(self, query: Query, sentence: Passage) -> bool:
        """A figure, date or name asked of the whole country or province ("全国第二轮…一共要
        建多少个?", "湖南全省一共有多少个村…") is one the sentence's paragraph says of it, not
        of the speech's own province or city ("我省…第二轮1989个", "列入…项目的23个村")."""
        if not any(n in query.asks for n in PLACE_BOUND):
            return True
        before = self._up_to(sentence)
        return all(any(w in before for w in _WHOLE[whole]) for whole in query.wholes)
