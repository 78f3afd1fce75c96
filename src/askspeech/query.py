"""The question, parsed once: `Query`.

Every stage below the API (retrieval, answerability, the extractive and LLM answerers) reads
what it needs from one `Query` instead of re-analysing the question string: its language, its
jieba words and BM25 tokens, the Chinese terms an English question translates to, the speech and
places it names, an ordinal ("第二点"), quoted terms, and the kind of answer it asks for. The
query vector is computed lazily, once.

Two texts are kept apart on purpose: `text` is the question as typed (what the answer is about
and in which language it is written), `search_text` what retrieval searches (markup removed and,
for a follow-up, the question it follows prepended).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

from askspeech.retrieval.lexical import cjk_bigrams, tokenize, words
from askspeech.text.zh import chinese_number

if TYPE_CHECKING:
    from askspeech.retrieval.crosslingual import Translator


class Need(Enum):
    """A specific detail a question asks for."""

    NUMBER = "number"
    DATE = "date"
    PERSON = "person"
    PLACE = "place"
    CONTENT = "content"


_LATIN = re.compile(r"[A-Za-z][A-Za-z'-]+")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPEECH_REF = re.compile(
    r"(?:篇\s*([一二三四五六七八九十\d]{1,3}))|(?:第\s*([一二三四五六七八九十\d]{1,3})\s*篇)"
    r"|(?:\bspeech\s*(?:no\.?|number|#)?\s*(\d{1,3})\b)",
    re.IGNORECASE,
)
_NUM_Q = re.compile(
    r"(多少|(?<![哪这那])几[个名人项次家所条位户万岁倍成批轮]|第几|百分之几|比例|"
    r"\bhow many\b|\bhow much\b|\bwhat (?:percentage|proportion|share|number)\b)",
    re.IGNORECASE,
)
# "什么时候"/"when" are left out: they are often answered by an event ("换届时").
_DATE_Q = re.compile(
    r"(哪一年|哪年|哪一天|哪天|几月|几号|什么日期|"
    r"\b(?:what|which)\s+(?:(?:exact|specific|precise)\s+)?(?:year|date|day|month)\b)",
    re.IGNORECASE,
)
_PERSON_Q = re.compile(
    r"(叫什么名字|什么名字|姓名|全名|是谁|哪位(?:领导|同志)|\bwho\b|\bwhose name\b|"
    r"\bname of the (?:person|official|secretary|leader)\b)",
    re.IGNORECASE,
)
_PLACE_Q = re.compile(
    r"(哪个(?:市|县|区|省|乡|镇|村|地方|城市)|哪[市县省]|在哪里|在哪儿|什么地方|"
    # "which county" asks for a place, "which county Party committee meeting" does not
    r"\bwhich (?:city|county|province|town|township|village|district)\b"
    r"(?!\s+(?:party|committee|government|meeting|leader|official|secretary|cadre))|\bwhere\b)",
    re.IGNORECASE,
)
_CONTENT_Q = re.compile(
    r"(具体(?:是|指|内容|包括|有)|指(?:的是)?(?:什么|哪)|是指|全称|包括哪|由哪几|分别是|"
    r"哪些内容|什么内容|\bwhat (?:does|do) .{1,40} (?:stand for|refer to|mean)\b|"
    r"\bwhat are the\b.{0,40}\bin\b)",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“\"「『]([^”\"」』]{1,20})[”\"」』]")
# Numbers a question states ("换届选举完成了多少个村" states none; "三个先" states 三).
QUANTITY = re.compile(
    r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+(?=[个名人项次家所条位户万元倍成批轮年岁%％]))"
)
_COUNT_Q = re.compile(r"(多少|几)[个名人项次家所条位户村镇乡批轮座]|\bhow many\b", re.IGNORECASE)
# What kind of amount a number question wants; `Query.unit` indexes this tuple and
# answerability holds the matching patterns for the units that can express it.
_UNIT_Q = (
    re.compile(r"(多少钱|资金|经费|投入|拨款|补助|\bfund|\bmoney\b|\bbudget\b|\binvest)",
               re.IGNORECASE),
    re.compile(r"(百分之|比例|比率|占比|\bpercent|\bproportion\b|\bshare\b)", re.IGNORECASE),
    re.compile(r"(面积|多大|平方米|\bsquare met|\barea\b)", re.IGNORECASE),
)
_ASKS_LIST = re.compile(
    r"(哪些|哪几|分别|哪[两二三四五六七八九十]|几个方面|几点|哪\s*\d|什么内容|包括|"
    r"\bwhich (?:two|three|four|five|six)\b|\bwhat are\b|\blist\b)",
    re.IGNORECASE,
)
_ASKS_SPEECHES = re.compile(
    r"(哪几篇|哪两篇|哪些讲话|哪几个讲话|哪篇讲话都|哪些篇|在哪几|which speeches|both speeches)",
    re.IGNORECASE,
)
ORDINAL_LABELS = "一二三四五六七八九十"
_ORDINAL = re.compile(rf"第([{ORDINAL_LABELS}])(?:点|条|项|个方面|方面|部分|个问题)")
_ORDINAL_EN = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:point|part|item)",
    re.IGNORECASE)
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


def is_english(text: str) -> bool:
    latin = len(_LATIN.findall(text))
    return latin >= 2 and len(_HAS_CJK.findall(text)) < 2


def speech_mentioned(text: str, speeches: Sequence[int]) -> int | None:
    """The speech number a text names ("篇三", "第3篇", "speech 3"), if it exists."""
    for m in _SPEECH_REF.finditer(text):
        n = chinese_number(next(g for g in m.groups() if g))
        if n is not None and n in speeches:
            return n
    return None


def asked_ordinal(text: str) -> int | None:
    """'第二点' / 'the second point' → 2."""
    m = _ORDINAL.search(text)
    if m:
        return ORDINAL_LABELS.index(m.group(1)) + 1
    m = _ORDINAL_EN.search(text)
    return _ORDINAL_WORDS.index(m.group(1).lower()) + 1 if m else None


def needs(text: str) -> tuple[Need, ...]:
    """What kind of detail the question asks for, if it is specific."""
    out = []
    if _DATE_Q.search(text):
        out.append(Need.DATE)
    elif _NUM_Q.search(text):
        out.append(Need.NUMBER)
    if _PERSON_Q.search(text):
        out.append(Need.PERSON)
    if _PLACE_Q.search(text):
        out.append(Need.PLACE)
    if _CONTENT_Q.search(text) and QUOTED.search(text):
        out.append(Need.CONTENT)
    return tuple(out)


def _places(text: str, english: bool, translator: Callable[[], Translator]) -> tuple[str, ...]:
    """Place names in the question: pinyin names for English, jieba's ``ns`` for Chinese."""
    if english:
        return tuple(translator().names(text))
    import jieba.posseg as pseg

    return tuple(w for w, flag in pseg.lcut(text) if flag == "ns" and len(w) >= 2)


@dataclass(frozen=True)
class Query:
    """One question, analysed once. Built by `parse_query`; read by every stage below the API."""

    text: str  # as typed (cleaned): what the answer answers
    search_text: str  # what retrieval searches: markup-free, a follow-up with its antecedent
    english: bool  # the question as typed is English: the answer's language
    search_english: bool  # the search text is English: it gets translated terms
    words: tuple[str, ...]  # content words of the search text, plus translated terms
    tokens: tuple[str, ...]  # BM25 tokens of the search text, plus translated terms
    bigrams: frozenset[str]  # CJK bigrams of the search text and its words
    text_words: tuple[str, ...]  # content words of the question as typed (quote trimming)
    speech: int | None  # the speech the question names ("篇三"), if it exists
    search_speech: int | None  # the speech the search text names (a follow-up's antecedent)
    # the speech (or speeches) the caller restricted the search to
    speech_filter: int | tuple[int, ...] | None
    places: tuple[str, ...]  # place names the question names
    ordinal: int | None  # "第二点" → 2 (of the search text)
    quoted: tuple[str, ...]  # terms in quotation marks
    asks: tuple[Need, ...]  # details it asks for
    asks_list: bool
    asks_speeches: bool  # "which speeches mention …"
    count_asked: bool  # "多少个村", "how many"
    unit: int | None  # index into `_UNIT_Q`: money, percentage or area asked for
    stated_numbers: frozenset[str]  # numbers the question itself states
    follow_up: bool
    history: tuple[str, ...] = ()  # earlier user questions, oldest first
    embed: Callable[[str], Sequence[float]] | None = field(
        default=None, compare=False, repr=False)

    @cached_property
    def vector(self) -> tuple[float, ...]:
        """The search text's embedding, computed on first use only."""
        if self.embed is None:
            raise ValueError("this Query was parsed without an embedding function")
        return tuple(float(x) for x in self.embed(self.search_text))

    @property
    def lang(self) -> str:
        return "en" if self.english else "zh"


def parse_query(
    text: str,
    *,
    search_text: str | None = None,
    speech_filter: int | tuple[int, ...] | None = None,
    speeches: Sequence[int] = (),
    translator: Callable[[], Translator],
    embed: Callable[[str], Sequence[float]] | None = None,
    follow_up: bool = False,
    history: Sequence[str] = (),
) -> Query:
    """`text` (already cleaned) → `Query`. `translator` is called only for English text."""
    search = search_text if search_text is not None else text
    search_english = is_english(search)
    terms = translator().terms(search) if search_english else []
    found = [*words(search), *terms]
    english = is_english(text)
    unit = None
    if not _COUNT_Q.search(text):
        unit = next((i for i, asks in enumerate(_UNIT_Q) if asks.search(text)), None)
    return Query(
        text=text,
        search_text=search,
        english=english,
        search_english=search_english,
        words=tuple(found),
        tokens=tuple([*tokenize(search), *terms]),
        bigrams=frozenset(cjk_bigrams(" ".join([search, *found]))),
        text_words=tuple(words(text)),
        speech=speech_mentioned(text, speeches),
        search_speech=speech_mentioned(search, speeches),
        speech_filter=speech_filter,
        places=_places(text, english, translator),
        ordinal=asked_ordinal(search),
        quoted=tuple(t for t in QUOTED.findall(text) if t.strip()),
        asks=needs(text),
        asks_list=bool(_ASKS_LIST.search(text)),
        asks_speeches=bool(_ASKS_SPEECHES.search(text)),
        count_asked=bool(_COUNT_Q.search(text)),
        unit=unit,
        stated_numbers=frozenset(QUANTITY.findall(text)),
        follow_up=follow_up,
        history=tuple(history),
        embed=embed,
    )

