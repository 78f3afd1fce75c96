"""The question, parsed once: `Query`.

Every stage below the API (retrieval, answerability, the extractive and LLM answerers) reads
what it needs from one `Query` instead of re-analysing the question string: its language, its
jieba words and BM25 tokens, the Chinese terms an English question translates to, the speech and
places it names, an ordinal ("第二点"), quoted terms, and the kind of answer it asks for. The
query vector is computed lazily, once.

Two texts are kept apart on purpose: `text` is the question as typed (what the answer is about
and in which language it is written), `search_text` what retrieval searches (markup removed and,
for a follow-up, the question it follows prepended).

(Over 400 lines: the question-side patterns — speech references, kinds of answer, places,
periods, plenums, ordinals, markup — live together so a `Query` is built in one place.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from askspeech.ingest.chunking import Passage
from askspeech.retrieval.crosslingual import (
    dictionary_name,
    dictionary_place,
    dictionary_word,
    people,
    places_containing,
)
from askspeech.retrieval.lexical import cjk_bigrams, general_count, pos_tags, tokenize, words
from askspeech.text.zh import (
    NUMERAL_CHARS,
    PERSON_TITLES,
    PLACE_SUFFIXES,
    SURNAME_TITLE,
    SURNAMES,
    TITLE_OPENS,
    YAO_POINT,
    chinese_number,
    chinese_numeral,
    colloquial_expansions,
)

if TYPE_CHECKING:
    from askspeech.retrieval.crosslingual import Translator


class Need(Enum):
    """A specific detail a question asks for."""

    NUMBER = "number"
    DATE = "date"
    PERSON = "person"
    PLACE = "place"
    CONTENT = "content"
    PERIOD = "period"  # not asked but stated: the month the question is about ("十月份")
    POST = "post"  # the post someone held ("担任什么职务")
    DURATION = "duration"  # a length of time ("学了多长时间", "多久评一次")
    MEETING = "meeting"  # the meeting something was said or decided at ("在哪次会议上讲的")
    WORK = "work"  # the written work a saying comes from ("出自哪部小说")


_LATIN = re.compile(r"[A-Za-z][A-Za-z'-]+")
HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
# A well-formed Chinese numeral up to 99: "篇二一上来讲…" names 篇二 ("一上来" is "at the
# outset"), since 21 is written 二十一.
_SPEECH_NUMERAL = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,3})"
_MONTH_NUMERAL = r"(?:十[一二]?|[一二三四五六七八九])"
_SPEECH_REF = re.compile(
    # (a month after it is no part of it: "篇七十月底前" is 篇七 and 十月)
    # (nor is "一开头" after a speech described, "沙雅那篇一开头说…": that speech at its very
    # start, nor "一条条", "耒阳那篇一条条摆了…"; "那篇一开头…?" opening a question is 篇一's,
    # unless it describes a speech by it: "那篇一开头就提“…”的市里讲话")
    rf"(?:(?!(?<=[\u4e00-\u9fff][那这])篇一(?:开头|开始|上来|[条项个点件句段])"
    r"|(?<=[那这])篇一(?:开头|开始|上来)就[^,，。?？]*?的[^,，。?？]{0,4}?讲话)"
    rf"篇\s*({_SPEECH_NUMERAL})(?:(?={_MONTH_NUMERAL}月)|(?![一二三四五六七八九十]*月)))"
    rf"|(?:第\s*({_SPEECH_NUMERAL})\s*篇)"
    # "二号讲话", "3号稿" (not "1号文件", a document)
    rf"|(?:(?<![第\d{NUMERAL_CHARS}])({_SPEECH_NUMERAL})\s*号(?=讲话|稿|那篇|篇))"
    # spoken: "头一篇讲话", "最前面那篇" are the first
    r"|(?:头\s*(一)\s*篇)|(?:(最前面|最前头|最开头)的?[那这]?一?篇)"
    # ("八篇里打头的那篇"; not what a speech opens with, "拿…精神打头的那篇")
    r"|(?:(?:(?<![\u4e00-\u9fff])|(?<=[里中]))(打头)的?[那这]?一?篇)"
    # (or by its place in the order: "排第一的那篇讲话", "排在第三的那篇")
    rf"|(?:排\s*在?\s*第\s*({_SPEECH_NUMERAL})\s*位?的?[那这]一?篇)"
    # (not \b before "speech": a Chinese character before it is a word character too)
    r"|(?:(?<![A-Za-z])speech\s*(?:no\.?|number|#)?\s*(\d{1,3})\b)"
    # in words: "speech seven" (or "speech-seven"), "the fifth speech" (not a count after it:
    # "Jingkou district speech three main sections", "Anhui speech four points", "Jingkou
    # speech three 'firsts'")
    r"|(?:\bspeech[\s-]+(one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\s+(?:['‘\"“]|(?:main|key|major)\s+[a-z]+s|points|parts|sections|items|headings|tasks|"
    r"measures|requirements|aspects|problems|challenges|steps|priorities)\b))"
    # (with a word or two describing it between: "the one-paragraph first speech")
    r"|(?:\bthe\s+(?:[a-z-]+\s+){0,2}?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\s+speech\b)"
    # (or opening a keyword query: "first speech ultimate aim …")
    r"|(?:^\s*(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+speech\b)",
    re.IGNORECASE,
)
_SPEECH_WORDS = {w: i + 1 for words in (
    "one two three four five six seven eight nine ten".split(),
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())
    for i, w in enumerate(words)} | {"最前面": 1, "最前头": 1, "最开头": 1, "打头": 1}
# Things counted by the piece as well as people and places: rooms, sets, machines, sheets,
# pairs ("多少对帮扶对子").
_PIECES = "间套台张块对"
# "要立多高": a height; not "抬到了多高的位置", a standing.
_HOW_HIGH = r"多高(?!的?(?:位置|地位|层次|境界|要求|标准|评价|程度|水平))"
# "how far is it": a distance; not "how far beyond the district…should it be known", an extent.
_HOW_FAR = r"\bhow far(?=\s+(?:is|are|was|were|away|from)\b|\s*\?|\s*$)"
# An age asked ("平均多大岁数", "年龄多大", "平均年龄是多少", "how old", "what was the average
# age"): a count of years of age, 岁 (not "and the average age?" after a count of cadres cut:
# how it changed may be asked, "降低5.4岁").
_AGE_ASKED = re.compile(r"多大(?:岁数|年纪|年龄)|(?:年龄|年纪|岁数)(?:有?多大|[是为有]?多少)"
                        r"|\bhow old\b|\bwhat (?:is|was|were) the (?:average |mean )?age\b"
                        # (years of age: "by how many years did the average age drop?")
                        r"|\bhow many years\b.{0,30}\bage\b", re.IGNORECASE)
_NUM_Q = re.compile(
    # (not "几个“这是”分别讲什么?": what each says, not how many)
    rf"(多少(?!时间)|(?<![哪这那好么举列他它外除])(?<!除了)几[个名人项次家所条位户万岁倍成批轮天期{_PIECES}]"
    # ("是第几篇?" asks which speech, not a number)
    r"(?![^,，。?？]{0,12}?分别(?:讲|说|是|指|叫))|第几(?!篇)|百分之几|比例|"
    # an area asked as "how big" ("图书室建多大面积")
    # (or in total: "总共要建多大"; "篮球场建多大?" may be answered "as the space allows")
    r"多大的?面积|面积[^,，。?？]{0,4}多大|(?:总共|一共|合计|总)[^,，。?？]{0,4}多大|"
    # figures asked for as such ("那块有啥数字?", "有哪些数据?"; not "什么数字模式", a code)
    r"(?:啥|什么|哪些)(?:具体)?(?:数字|数据)(?![\u4e00-\u9fff])|"
    r"\bhow (?:big|large)\b|"
    # a sum asked as "how big" ("投资规模有多大", "年产值多大")
    r"(?:规模|产值|金额|投资|资金|收入|利润)[^,，。?？]{0,3}多大|"
    # an age ("平均多大岁数", "how old"): counted in 岁
    rf"{_AGE_ASKED.pattern}|"
    # a height or distance ("要立多高?")
    rf"{_HOW_HIGH}|多宽|多深|多远|\bhow (?:tall|high|wide|deep)\b|{_HOW_FAR}|"
    # a price asked in a keyword query ("typical hotel prices?")
    r"\bprices?\b|"
    r"\bhow many\b|\bhow much\b|\bwhat (?:percent(?:age)?|proportion|share|number)\b|"
    # a sum of money asked by what it pays ("What monthly pay did … set?"; not "what pay
    # system", a way of paying)
    r"\bwhat (?:\w+ )?(?:pay|salary|salaries|wages?|allowances?|subsid(?:y|ies)|stipends?)\b"
    r"(?!\s+(?:system|mechanism|polic(?:y|ies)|scheme|arrangement|reform|structure|standard))|"
    r"\bwhat (?:is|was|are|were) the (?:average|total|number|amount)\b|"
    # a place's size in people ("What is the population of …?"; not "the floating population")
    r"\bwhat(?:'s|\s+is|\s+was) the (?:total |resident )?population\b|"
    # a keyword query naming a rate asks for one ("village election completion rate")
    r"\b(?:percent|percentage|ratio)\b|"
    # a keyword query naming what is counted ("total of migrant Party members", "…count")
    r"\b(?:total|number|share|count)\s+(?:number\s+)?of\b|\btotal\b|\b(?:count|number)\s*[?.]?$|"
    # or ending on an amount it names ("…venues average floor area")
    r"\baverage\s+(?:\w+\s+)?(?:area|size|age|pay|salary|amount|figure)\s*[?.]?$|"
    # a keyword query naming the unit to give it in ("office size in square metres")
    r"\bin (?:square (?:metres|meters)|sq\.? ?m|m2|yuan|rmb)\b"
    r"|\brate\b(?=\s*(?:$|[?,.;:]|(?:of|for|in|at|on|is|was|and)\b)))",
    re.IGNORECASE,
)
_DURATION_Q = re.compile(r"多长时间|多少时间|多久|时间(?:有|是)?多长|几年(?:之?内|里)"
                         r"|几个月(?:之?内|里)|\bhow long\b"
                         r"|\bhow (?:often|frequently)\b"
                         # "给了几年完成的时间表?" (not "这几年", "近几年", "几年来", nor a
                         # clause describing who is asked of: "到村里干几年的大学生,出路…")
                         # (nor "干几年以后,…": a time from which something is asked)
                         r"|(?<![哪好这那前近头])几年(?![前来后]|[以之][前后]|的(?!时间|工夫|功夫))",
                         re.IGNORECASE)
# "什么时候"/"when" are left out: they are often answered by an event ("换届时").
_DATE_Q = re.compile(
    r"(哪一年|哪[两几]?年|哪一天|哪天|几月|哪一?个月|几号|什么日期|什么季节|哪个季节|"
    r"\bbest (?:month|season)\b|\bdeadline\b|"
    # (not "what month-long activity": a span describing the thing asked)
    r"\b(?:what|which)\s+(?:(?:exact|specific|precise)\s+)?(?:year|date|day|month)\b(?!-))",
    re.IGNORECASE,
)
# Last characters of a thing's name asked, not a person's ("文件", "意见", "活动", "计划",
# "办法", "项目", "模式", "机制", "规定", "教育", "培训").
_THING_NAMED = "件见动划度案章议程法目式制定育训"
# The kinds of named thing a speech launches ("“三联三增”活动", "“xxxx”工程").
THING_KINDS = ("活动", "工程", "计划", "制度", "办法", "模式", "机制", "文件", "载体", "品牌",
               "工作法")
# A thing asked about earlier in the question, whose name "叫啥名?" then asks ("社区那块说要搞
# 个啥活动,…?叫啥名?", "起了个什么名字的计划?"), or counted as documents are ("有没有一份成文的
# 规矩?叫什么名字?").
_THING_ASKED = re.compile(r"(?:啥|什么|哪个|哪项)(?:样的)?[\u4e00-\u9fff]{0,4}?"
                          rf"(?:{'|'.join(THING_KINDS)})|[一哪几]份")
_PERSON_Q = re.compile(
    # "是谁" after a post or a person ("部长是谁", "讲话人是谁"); "挑大梁的是谁" is answered by a
    # group ("基层党员干部"); a document's or a plan's full name ("文件全名叫啥") is no person's
    # (and who said a saying: "这话是谁讲的?")
    # (nor a thing's named just before: "那人才工程呢,叫什么名字?", "文件起的是什么名字?"; not
    # "…活动场所的领导叫什么名字?")
    rf"((?<![{_THING_NAMED}])(?<![{_THING_NAMED}][,，])(?<![{_THING_NAMED}]呢[,，])"
    rf"(?<![{_THING_NAMED}]起的是)(?<![{_THING_NAMED}]起了个)"
    r"(?:叫什么名字|(?<!叫)什么名字|叫(?:啥|什么)名(?![堂称目头号义]))"
    r"|姓名|姓甚名谁|姓(?:什么|啥)|"
    r"谁(?:讲|说|提出|写)的|出自谁|"
    # who gave a speech or report: a person, as "who gave/delivered" in English
    r"谁(?:作|做|发表)[了的]?(?:主要|重要)?(?:讲话|报告|发言|指示|批示)|"
    r"\bwho (?:said|wrote)\b|\bfull name\b|"
    rf"(?<![{_THING_NAMED}])(?<![{_THING_NAMED}]的)(?<![{_THING_NAMED}][,，])全名"
    r"|(?:长|记|任|导|志|人|者|席|员|裁|统|理|相)是谁|"
    r"哪位[\u4e00-\u9fff]{0,4}?(?:领导|同志|书记|部长|主任|局长|乡长|镇长|县长|市长|省长"
    # (one the speeches quote: "这话出自哪位皇帝?")
    r"|皇帝|帝王|古人|诗人|作家|作者|学者|名人|人物|专家|伟人|思想家|政治家)|"
    # who led a delegation or team ("带队的是谁"): a person, not a body
    r"(?:带队|率队|领队)的?(?:领导|人)?是谁|谁(?:带队|率队|领队)|"
    r"(?:同志|书记|部长|主任|领导|局长|那位)叫(?:什么|啥)|"
    # one person pointed at ("那个被“歇职”的村干部叫什么?")
    r"(?:那个|这个|那位|这位)[^,，。?？]{0,14}?(?:干部|支书|村官|村长|党员|乡长|镇长|县长|市长)"
    r"叫(?:什么|啥)(?!名堂)|"
    r"\bwhose name\b|"
    # a post, then "谁" ("区委书记谁主持召开的?"); who chaired a meeting: a person
    r"(?:书记|部长|主任|县长|市长|省长|局长|镇长|乡长|区长)谁|谁主持|\bwho (?:chaired|presided)\b|"
    # "who" asks for a name when it asks who holds a post or gave a speech; "officials who…"
    # is a clause, and "who is supposed to…" is answered by a role ("班子成员")
    r"\bwho (?:is|was|were|are) (?:the |its )?(?:\w+ ){0,3}(?:secretary|mayor|governor|head|"
    r"director|chief|minister|leader|chairman|speaker|author)\b|"
    # (not "who gave high praise", "who spoke highly of": bodies praise, "得到了地委、自治区党委的
    # 高度评价")
    r"\bwho (?:gave|delivered|made|wrote|signed|won|spoke)\b"
    r"(?!\s+(?:\w+\s+)?(?:praise|approval|recognition|affirmation|commendation|credit|acclaim"
    r"|highly|well))|"
    r"\bname of the (?:person|official|secretary|leader)\b)",
    re.IGNORECASE,
)
# A month stated in a question or a speech ("十月份", "5月19日", "in October").
_MONTH_ZH = re.compile(
    r"(?<![\d一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")
# A day named by its month's and day's numerals, quoted or before 前夕 ("“七・一”前夕": July)
_HOLIDAY_MONTH = re.compile(r"(?<![一二三四五六七八九十\d])([五七十])[・·.]?一"
                            r"(?=[”\"」』]|前|后|节|期间|当天|大会)")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
# "may" is a month only where a date stands ("in May", "May 19"), not as the verb
_MONTH_EN = re.compile(
    r"\b(" + "|".join(m for m in MONTHS_EN if m != "may") + r")\b|"
    r"\b(?:in|by|since|before|after|until|of|early|late|mid-?)\s+(May)\b|\b(May)(?=\s+\d)",
    re.IGNORECASE)
_MONTH_NUMBERS = {chinese_numeral(n): n for n in range(1, 13)}


# (a year set aside is not asked about: "in the current year (not last year)", "不是去年")
# (nor "以前年轻", "提前年底…": 前 ending another word)
_RELATIVE_YEAR = re.compile(r"(?<!不是)(?<!而非)(?:(?<![以之此提目先从事])前年|去年|今年|明年"
                            # (not "赶上一年里…", "比上一年…" said of a year's span)
                            r"|((?<![赶碰遇追比跟])上一?年度?|本年度|下一?年度"
                            # (not "七十来年": some seventy years)
                            rf"|(?<![{NUMERAL_CHARS}\d])来年))"
                            r"|(?<!not )\b(?:(last|this|next|previous|current) year)\b"
                            r"|\bthe year (before|after)\b", re.IGNORECASE)
_RELATIVE_YEAR_EN = {"last": "去年", "this": "今年", "next": "明年", "previous": "去年",
                     "current": "今年", "before": "去年", "after": "明年"}
# the same years in other words ("上一年度" is 去年)
_RELATIVE_YEAR_ZH = {"上": "去年", "本": "今年", "下": "明年", "来": "明年"}


# The round before, of a recurring event ("上回换届", "较上届", "the previous round"): some
# year past, never "明年…将要换届".
# (not "较上届降低5.4岁", "跟上一届比年轻了几岁": a comparison with it says nothing of that
# round)
_PAST_ROUND = re.compile(r"(?<![较比])(?:上回|上次|上一次|上一?届|上一?轮)"
                         r"(?![^,，。?？]{0,2}?相?比)"
                         r"|\b(?:last|previous|prior) (?:time|round|election|term)\b",
                         re.IGNORECASE)
PAST_ROUND = "上届"

# A place asked of as a whole in English: "the whole Hengyang prefecture", "Hengyang-wide",
# "across Hunan province", "Hengyang whole city".
_AREA_EN = r"(?:prefecture|province|city|county|district|region|area)"
_WHOLE_PLACE_EN = re.compile(
    rf"\b(?:whole|entire|all)\s+(?:of\s+)?(?:the\s+)?([A-Z][a-z]+)"
    rf"|\b([A-Z][a-z]+)(?:[- ]{_AREA_EN})?[- ]wide\b"
    rf"|\bacross\s+(?:the\s+)?(?:(?:whole|entire)\s+)?(?:of\s+)?([A-Z][a-z]+)"
    rf"|\b([A-Z][a-z]+)\s+(?:whole|entire)\s+{_AREA_EN}\b")


def relative_years(text: str) -> frozenset[str]:
    """The years a text names relative to its own ("去年", "last year" → 去年; a round
    before, `PAST_ROUND`)."""
    return frozenset([*(_RELATIVE_YEAR_ZH[m.group(1)[0]] if m.group(1)
                        else _RELATIVE_YEAR_EN[(m.group(2) or m.group(3)).lower()]
                        if m.group(2) or m.group(3) else m.group(0)
                        for m in _RELATIVE_YEAR.finditer(text)),
                      *([PAST_ROUND] if _PAST_ROUND.search(text) else [])])


# The half of a year a text speaks of ("下半年", "the second half of the year").
_HALF = re.compile(r"([上下])半年|\b(first|second) half\b", re.IGNORECASE)


def halves_in(text: str) -> tuple[str, ...]:
    """The halves of a year a text names, in order ("上" or "下"; "first half" → "上")."""
    return tuple(m.group(1) or ("上" if m.group(2).lower() == "first" else "下")
                 for m in _HALF.finditer(text))


# A span of time something is to be done within ("三年内", "五年之内", "within two years"),
# or ahead ("未来五年", "今后三年"; and "近三年的…奋斗目标", which plans as often as it looks
# back: read as a span set, it is still no other span asked).
_DURATION = re.compile(r"([一二两三四五六七八九十\d]{1,3})个?(年|月)(?:之内|以内|内)"
                       r"|(?:未来|今后|以后|往后|此后|接下来)的?([一二两三四五六七八九十\d]{1,3})个?(年|月)"
                       r"|(?<!最)近([一二两三四五六七八九十\d]{1,3})个?(年|月)(?![来以])")
_DURATION_EN = re.compile(r"\b(?:within|in the next|over the next|for the next) (\w+) "
                          r"(year|month)s?\b", re.IGNORECASE)
# Spans of time in English, in the speeches' measure words (spans looked back over name years
# and months; a count asked, "how many years", any of them).
_EN_UNITS = {"year": "年", "month": "月", "week": "周", "day": "天"}
_COUNT_TIME_EN = re.compile(r"\bhow many (year|month|week|day)s?\b", re.IGNORECASE)


# A span looked back over ("两年来", "近五年", "过去三年", "in the past five years"): what was
# done in one span is no answer for another.
_SPAN_BACK = re.compile(r"(?:(?:近|最近|过去的?|这)([一二两三四五六七八九十\d]{1,3})个?(年|月)"
                        r"|(?<![\d〇零一二两三四五六七八九十])([一二两三四五六七八九十\d]{1,3})个?"
                        r"(年|月)(?:来|以来))")
_SPAN_BACK_EN = re.compile(r"\b(?:in|over|during|for) the (?:past|last|previous) (\w+) "
                           r"(year|month)s?\b", re.IGNORECASE)


def _spans(pattern: re.Pattern[str], english: re.Pattern[str],
           text: str) -> frozenset[tuple[int, str]]:
    """(number, 年 or 月) of each span `pattern` (or, in English, `english`) finds."""
    found: set[tuple[int, str]] = set()
    for m in pattern.finditer(text):
        number, unit = [g for g in m.groups() if g]  # whichever alternative matched
        n = int(number) if number.isdigit() else chinese_number(number.replace("两", "二"))
        if n is not None:
            found.add((n, unit))
    found |= {(n, _EN_UNITS[unit.lower()]) for number, unit in english.findall(text)
              if (n := int(number) if number.isdigit() else english_number(number)) is not None}
    return frozenset(found)


def durations_in(text: str) -> frozenset[tuple[int, str]]:
    """The spans a text sets for doing something, as (number, 年 or 月)."""
    return _spans(_DURATION, _DURATION_EN, text)


def spans_back_in(text: str) -> frozenset[tuple[int, str]]:
    """The spans a text looks back over ("两年来", "近五年"), as (number, 年 or 月)."""
    return _spans(_SPAN_BACK, _SPAN_BACK_EN, text)


# A figure asked of the whole country or province, in either language.
_WHOLES = {"全国": re.compile(r"全国|\b(?:nationwide|nation-wide|country-?wide|across (?:the|all "
                              r"of) (?:country|china)|(?:whole|entire) (?:country|nation))\b",
                              re.IGNORECASE),
           "全省": re.compile(r"全省|\b(?:province-?wide|across the province|"
                              r"(?:whole|entire) province)\b", re.IGNORECASE)}


# Seasons, as the months they span ("去年冬天" is not "5月下旬至6月上旬").
# (in English after a word that makes it a time: "fall short" is no season)
# (and the seasons a speech runs through: "春有备耕春耕,夏有田间管理,…冬有“科技之冬”")
# (and the farming seasons: "春播完毕农闲时期" is spring)
_SEASON = re.compile(r"([春夏秋冬])(?:[天季]|[播耕种收闲]|有(?=[\u4e00-\u9fff“]))"
                     r"|\b(?:in|during|last|this|next|early|late)\s+(?:the\s+)?"
                     r"(spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_SEASON_MONTHS = {"春": (3, 4, 5), "夏": (6, 7, 8), "秋": (9, 10, 11), "冬": (12, 1, 2),
                  "spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11),
                  "fall": (9, 10, 11), "winter": (12, 1, 2)}


# Quarters of a year, as the months they span ("第一季度", "四季度", "Q1"; not "每季度").
_QUARTER = re.compile(r"(?<![每各])第?([一二三四1-4])季度|\b(?:the\s+)?(first|second|third|fourth)"
                      r"\s+quarter\b|\bQ([1-4])\b", re.IGNORECASE)
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "first": 1, "second": 2, "third": 3,
                    "fourth": 4}


def names_quarter(text: str) -> bool:
    return bool(_QUARTER.search(text))


def months_in(text: str, *, holidays: bool = True) -> frozenset[int]:
    """The months a text names, as numbers (a season or a quarter: its three months), and
    unless told not to, a holiday's ("七一")."""
    found = {int(m) if m.isdigit() else _MONTH_NUMBERS[m] for m in _MONTH_ZH.findall(text)}
    found |= {MONTHS_EN.index(next(filter(None, g)).lower()) + 1
              for g in _MONTH_EN.findall(text)}
    if holidays:
        found |= {_MONTH_NUMBERS[m] for m in _HOLIDAY_MONTH.findall(text)}
    for zh, en in _SEASON.findall(text):
        found.update(_SEASON_MONTHS[zh or en.lower()])
    for groups in _QUARTER.findall(text):
        named = next(filter(None, groups)).lower()
        quarter = int(named) if named.isdigit() else _QUARTER_NUMBERS[named]
        found.update(range(3 * quarter - 2, 3 * quarter + 1))
    return frozenset(found)


# Bodies by the level they belong to: "县委书记" is not "乡镇党委书记", nor "乡镇干部" "村干部".
# ("全市党组织", "各地干部", "当地" name no level: the bodies of a whole area or anywhere;
# "园区党组织", "社区党委": a park's or a community's, no district's)
# (a city's communities and street offices too: "街道社区党组织书记" is no village's)
_LEVEL = (r"(?<![全各本该当城基园社小片景校厂矿辖])"
          r"(社区|街道|省|市|[地州](?=委|级)|县[(（]区[)）]|县|区|乡镇|乡村|乡|镇|村)级?"
          # (with its street offices and its government beside: "乡镇(办事处)党政领导班子")
          r"(?:[(（](?:办事处|街道)[)）])?(?:党政)?")
_BODY = re.compile(
    # ("农村基层党组织" is "农村党组织")
    _LEVEL + r"(?:基层)?"
    # ("乡镇(办事处)党(工)委书记": a street office's working committee written in)
    r"(?:(?P<secretary>(?:党委|党[(（]?工[)）]?委|党组织|党支部|支部|委)?(?:第一|专职)?副?"
    r"(?:书记|支书))"
    # ("乡镇离任干部": whether in office or not, of that level)
    r"|(?P<cadres>(?:离任|在职|退休|离职|现任)?(?:主职)?干部|主干|(?:主要)?领导(?!班子|小组))"
    r"|(?P<team>(?:领导)?班子|支?两委)"
    # ("县里对…培训": the county acting, as its Party committee would)
    r"|(?P<organisation>党委|党工委|党组织|党支部|委(?!员)|(?<=[省市县区])里(?=[对给要把让统])))")
# "各乡镇要…": what every unit of one level does ("各县(区)要建立…" is not "各乡镇建的…")
# (a street office is of a township's level)
_EACH = re.compile(r"各(县[(（]区[)）]|乡镇|街道|县|区|乡|镇|村|市)(?![级委])")
_LEVELS = {"省": "省", "市": "市", "地": "地", "州": "地", "县": "县", "区": "县", "乡": "乡",
           "镇": "乡", "街": "乡", "村": "村"}
_BODY_EN = re.compile(
    r"\b(provincial|city|municipal|prefecture|prefectural|county|district|township|town|"
    r"village)(?:-level)?\s+"
    r"(?:(?P<secretary>(?:party\s+)?(?:committee\s+)?(?:deputy\s+)?(?:branch\s+)?"
    r"secretar(?:y|ies))|(?P<cadres>cadres?|officials?)|(?P<team>leadership(?:\s+teams?)?)"
    r"|(?P<organisation>party\s+(?:committees?|organi[sz]ations?|branch(?:es)?)))\b",
    re.IGNORECASE)
_LEVELS_EN = {"provincial": "省", "city": "市", "municipal": "市", "prefecture": "地",
              "prefectural": "地", "county": "县",
              "district": "县", "township": "乡", "town": "乡", "village": "村"}


def bodies_named(text: str) -> frozenset[tuple[str, str]]:
    """(kind, level) of the bodies a text names: "乡镇党委书记" → (secretary, 乡),
    "乡村干部" → (cadres, 乡) and (cadres, 村), "township Party committees" →
    (organisation, 乡)."""
    found = {(kind, level) for _, kind, level in body_mentions(text)}
    found |= {("each", _LEVELS[m.group(1)[0]]) for m in _EACH.finditer(text)}
    for m in _BODY_EN.finditer(text):
        kind = next(k for k, v in m.groupdict().items() if v)
        found.add((kind, _LEVELS_EN[m.group(1).lower()]))
    return frozenset(found)


def body_mentions(text: str) -> list[tuple[str, str, str]]:
    """(words, kind, level) of each body a Chinese text names: ("省委", organisation, 省)."""
    found: list[tuple[str, str, str]] = []
    for m in _BODY.finditer(text):
        kind = next(k for k, v in m.groupdict().items() if v)
        levels = ["社区"] if m.group(1) == "社区" else [_LEVELS[c] for c in m.group(1)
                                                      if c in _LEVELS]
        found += [(m.group(0), kind, level) for level in levels]
    return list(dict.fromkeys(found))  # "乡镇": 乡 and 镇 are one level


# A meeting named by its scope ("全国组织部长会议", "省委召开的全省…工作会议"): one the speeches
# do not mention is a near miss of one they do ("全国农村基层党建工作座谈会").
_MEETING = re.compile(
    r"(?:全国|全省|全市|全区|全县|全州|全地区|中央|省委|市委|县委|区委|地委|州委|自治区)"
    r"[\u4e00-\u9fff]{2,14}?(?:座谈会|工作会议|工作会|会议|大会|现场会|推进会|团拜会|动员会|交流会"
    r"|研讨会|报告会|表彰会|庆祝会)")
# A term qualified by its level ("省级集体经济强村", "市级示范站点"): (level, the four
# characters after 级). Where the speeches give the term at another level only, it is not
# what was asked.
# ("国家级的“五好”党组织": the term may follow 的 and open with a quoted name)
_LEVELLED = re.compile(
    r"(国家|省|市|州|地|县|区|乡|镇)一?级的?((?:“[\u4e00-\u9fff]{1,6}”)?[\u4e00-\u9fff]{2,4})")


# A convener's verb between it and its meeting ("省委召开了…", "省委开的…").
_CONVENED = re.compile(r"(?<=委)(?:召开[了的]?|开[了的])")


def meetings_named(text: str) -> tuple[str, ...]:
    # ("全国那个座谈会" points at a meeting the user does not name, "县委的哪次全委会议" and
    # "县委第几届第几次全委会议" ask which one it was, "区委接到上面的会议" says whose it is:
    # none names one. A name has no 的 once its convener is cut, but "党的": "全省党的基层组织
    # 建设工作会议"; nor its verb: "省委召开了…工作会", "省委开的…工作会议"; nor meetings
    # counted: "区委开了两个座谈会")
    text = _CONVENED.sub("", text)
    return tuple(dict.fromkeys(inner for m in _MEETING.findall(text)
                               if not re.search(r"[那这][个次场]|哪|什么|啥|第几|几[届次]"
                                                r"|(?<![届第])[两二三四五六七八九十几\d][个次场]",
                                                m)
                               and not re.search(r"(?<!党)的", inner := _innermost(m))))


def _innermost(meeting: str) -> str:
    """The meeting a body convened, without the body: "区委召开的全区基层组织建设工作会议" →
    "全区基层组织建设工作会议"."""
    for i in range(1, len(meeting) - 2):
        inner = _MEETING.fullmatch(meeting, i)
        if inner is not None:
            return inner.group(0)
    return meeting


# A quoted term given a level's body ("各乡镇的“两新”工委", "县委“两新”工委", "乡镇一级的
# “两新”工委"): where the speeches give the term to another level's only ("市委“两新”工委"), it
# is not what was asked.
_BODIED = re.compile(
    r"(乡镇|[省市州县区乡镇])(?:委|一?级)?的?(“[\u4e00-\u9fff]{1,6}”[\u4e00-\u9fff]{1,3})")


def bodied_terms(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys(_BODIED.findall(text)))


def levelled_terms(text: str) -> tuple[tuple[str, str], ...]:
    # (not a level listed after another, "省级、州级“五好”党组织": the term is both's)
    # (without a particle the four characters ran on to: "“五好”党组织的")
    # (nor a city's rank, "县级市", "地级市")
    return tuple(dict.fromkeys((m.group(1), m.group(2).rstrip("的了是有和与及"))
                               for m in _LEVELLED.finditer(text)
                               if not re.search(r"级[、和及与]$", text[: m.start()])
                               and not (m.group(1) in "县地" and m.group(2).startswith("市"))))


# An English level before a term in quotes ("city-level 'five good' organisations"): the
# level, and the speeches' term for what is quoted ("“五好”"), as `levelled_terms` reads them.
_LEVEL_PREFIXES_EN = {"national": "国家", "provincial": "省", "province": "省", "city": "市",
                      "municipal": "市", "prefecture": "州", "prefectural": "州", "county": "县",
                      "district": "区", "township": "乡", "town": "镇"}
_LEVELLED_EN = re.compile(
    rf"\b({'|'.join(_LEVEL_PREFIXES_EN)})[- ]level\s+['‘\"“]([^'’\"”]{{3,40}})['’\"”]",
    re.IGNORECASE)


# An English level named before anything ("provincial-level demonstration sites"), and words
# making it a bound instead ("above county level").
_LEVEL_BOUND_EN = re.compile(r"\b(?:above|below|over|under|beyond|than)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_LEVEL_NAMED_EN = re.compile(rf"\b({'|'.join(_LEVEL_PREFIXES_EN)})[- ]level\b", re.IGNORECASE)


def levels_en(text: str) -> tuple[str, ...]:
    """The levels an English question names things at ("provincial-level …" → 省; not a
    bound: "above county level")."""
    return tuple(dict.fromkeys(_LEVEL_PREFIXES_EN[m.group(1).lower()]
                               for m in _LEVEL_NAMED_EN.finditer(text)
                               if not _LEVEL_BOUND_EN.search(text[:m.start()])))


def levelled_terms_en(text: str, coined: Callable[[str], list[str]]
                      ) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys((_LEVEL_PREFIXES_EN[m.group(1).lower()], f"“{term}”")
                               for m in _LEVELLED_EN.finditer(text)
                               for term in coined(m.group(2))))


# A term qualified by its scope ("全国基层组织建设先进县"): (scope, up to ten characters
# after it). Where the speeches give the term for another scope only ("全省基层组织建设
# 先进县(市)"), it is not what was asked.
SCOPES = ("全国", "全省", "全市", "全县", "全区", "全州")
MIN_SCOPED = 6  # characters after the scope that make a term, not a phrase ("全市党员")
_SCOPED = re.compile(rf"({'|'.join(SCOPES)})([\u4e00-\u9fff]{{{MIN_SCOPED},10}})")


def scoped_terms(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys(_SCOPED.findall(text)))


# A comparison of quantities: "哪个地方…更大", "which has more…".
_MORE = r"更(?:多|大|高|少|小|低|快|早|晚|长|短)"
# (not after a modal, "to" or a wish: "should more township members be picked", "extend to
# more villages", "want more township leadership members selected" ask for more of something,
# comparing nothing)
_MORE_EN = (r"(?<!should )(?<!must )(?<!will )(?<!would )(?<!can )(?<!could )(?<!to )"
            r"(?<!want )(?<!wants )(?<!need )(?<!needs )"
            # (nor what matters more: "the public's word counting more than trophies", or
            # what one cares about more: "caring more about reshuffles than the economy")
            r"(?<!count )(?<!counts )(?<!counting )(?<!matter )(?<!matters )(?<!mattering )"
            r"(?<!care )(?<!cares )(?<!caring )(?<!cared )"
            # (nor what is gained, "help farmers earn more", unless against something: "earned
            # more than …")
            r"(?:(?<!earn )(?<!earns )(?<!earned )(?<!earning )|(?=\w+\s+than\b))"
            # (nor a rank: "higher-level Party bodies", "higher-ups")
            r"\b(?:more|larger|bigger|higher|fewer|smaller|lower)\b(?!-(?:level|ups?)\b)")
# (not "更多看谁满不满意": 更多 before a verb says how, it compares nothing; nor a clause
# before of what is wanted: "为了让…干部本事更大,准备搞哪两个工程?")
_COMPARES = re.compile(rf"(?:哪|谁)[^?？]*?{_MORE}|{_MORE}(?![地看听靠用要去])[^?？,，]*?(?:哪|谁)|"
                       rf"\b(?:which|who)\b.*?{_MORE_EN}", re.IGNORECASE)
# Which way one thing compares with another, asked either way ("高于还是低于", "higher or
# lower than"): the speeches say it in words ("低于全国党员比例的平均水平") as often as in figures.
_MORE_LESS = (r"(?:higher|lower|more|less|greater|smaller|larger|bigger|above|below|"
              r"fewer|better|worse)")
# (or "多不多": whether many, said in words, "屈指可数")
_EITHER_WAY = re.compile(r"[高低多少大小][于过]?还是[高低多少大小]|([多少大小高低])不\1|"
                         rf"\b{_MORE_LESS}\s+or\s+{_MORE_LESS}\b"
                         # or how it compares ("How does Leiyang's share … compare with the
                         # national figure?", "跟全国比怎么样?"; "How does … say the city's share
                         # … compares with …?")
                         r"|\bhow (?:does|do|did)\b[^?]{1,80}?\bcompare[sd]? (?:with|to)\b"
                         r"|(?:跟|和|与|同)[^,，。?？]{1,12}?(?:比|相比)(?:起来)?(?:怎么样|如何|咋样)",
                         re.IGNORECASE)
# The post someone held: answered by a title ("省委书记"), not by the name alone.
_MEETING_Q = re.compile(r"(?:哪一?次|哪个|什么|啥)(?:会议|会上|大会|全会)|什么会上|"
                        # (the meeting described between: "在哪次全国座谈会上被推广的?")
                        r"哪一?次[^,，。?？的]{1,10}?(?:会议|座谈会|现场会|推进会|交流会|全会)|"
                        # "开的是什么会?" (not "为什么会…": why)
                        r"(?<!为)(?:什么|啥)会(?=[呢啊呀]?[?？,，。]|$)|"
                        # an occasion something was said or given at ("是在什么场合授的?"), not
                        # the situations something is done in ("在什么场合考察识别书记?")
                        r"(?:哪一?次|哪个|什么)场合(?=[的?？,，。]|$|[^,，。?？]{0,3}"
                        r"(?:讲|说|提|发|授|颁|拿出|作|宣布|强调|指出))|"
                        r"\b(?:at|in) (?:which|what) (?:meeting|conference|session|plenum)\b|"
                        r"^(?:which|what) (?:meeting|conference|occasion)\b(?= (?:was|is)\b)|"
                        r"^what (?:was|is) the (?:occasion|meeting)\b",
                        re.IGNORECASE)
# (not "出自哪篇讲话?": which of the speeches)
_WORK_Q = re.compile(r"(?:出自|出于|引自|摘自|来自)[^,，。?？]{0,6}?(?:哪一?[部本首]|什么[书诗])"
                     r"|哪一?[部本篇](?:小说|书|著作|作品|典籍|古籍|经典)"
                     r"|\b(?:which|what) (?:book|novel|classic|poem)\b", re.IGNORECASE)
_POST_Q = re.compile(r"(什么职务|什么职位|什么官职|任什么职|担任什么|"
                     r"\bwhat (?:position|post|office)\b)", re.IGNORECASE)
# "谁带谁、谁帮谁" asks how people or groups relate, not for someone's name.
_WHO_WHOM = re.compile(r"谁[^,，。?？!！、]{1,3}谁")
# Not a condition on any one ("哪个村要是想评上…, …会怎样?", "哪个乡村想报评…,有什么门槛?":
# whichever village; not "哪个县想出了…": it did).
_NO_CONDITION = r"(?!村?(?:要是|如果|若是?|只要|一旦|假如|想(?![出到起])|打算|准备))"
# What "where" asks of that is no place: where a thing is shown ("where are the results
# posted": on a wall or a board) or where money comes from (a source).
_WHERE_NO_PLACE_EN = (
    r"(?:\s+\w+){0,6}?\s+(?:shown|displayed|posted|published|announced|publici[sz]ed"
    r"|made public|put up)\b"
    # ("where's the money supposed to come from?", "where are the others to find the money?")
    r"|'?s?(?:\s+\w+){0,8}?\s+(?:money|funds?|funding|financing)\b"
    # ("where do ordinary people look when judging…": what they judge by)
    r"|(?:\s+\w+){1,5}?\s+(?:look|looks|start|starts|begin|begins)\b(?!\s+(?:for|up)\b)"
    # ("where does its greatest danger lie?": what it consists in)
    r"|(?:\s+\w+){1,8}?\s+(?:lie|lies)\b")
# What follows "哪几个地方" when it asks where to work on a thing, not which places.
_WORKED_FROM = r"(?!(?:去|来)?(?:找|入手|着手|下手|抓起|发力|突破|切入|使劲|用力))"
_PLACE_Q = re.compile(
    # "哪两个乡镇", "哪几个村" ask for places as "哪个村" does
    # (not "从哪几个地方找接口 / 入手": which points to work from)
    # ("哪两座城市": a city counted by 座)
    rf"(哪(?:个|几个|[两二三四五六七八九十]个|几?座|[两二三四五六七八九十]座)"
    rf"(?:市|县|区|省|乡|镇|村|地方{_WORKED_FROM}|城市)(?![级委])"
    rf"{_NO_CONDITION}|"
    r"哪[市县省]|"
    # "在哪个国家建立的?": a country is a place
    r"哪(?:个|些)?国家(?!级)|哪国|"
    # (not "哪些地方做得不够": which respects)
    r"哪些(?:市|县|区|省|乡|镇|村|城市)|"
    # "那15个乡镇分别是哪些?": which ones, by name
    r"个(?:乡镇|乡|镇|村|县|市|区)[^,，。?？]{0,10}?(?:分别)?是哪(?:些|几个)|"
    # "15个乡镇里,点名的头两个是哪俩?": which of them, past a comma, when it ends there
    r"个(?:乡镇|乡|镇|村|县|市|区)[^?？。]{0,20}?是哪(?:些|俩|几个|[两二三四五六七八九十]个)"
    r"(?=[呢啊呀]?[?？]|$)|"
    # "15个乡镇(办事处)中,讲话点名的两个分别叫什么?": their names (not "那个县里…的考核叫
    # 啥", a thing's name there)
    r"(?<![那这])个(?:乡镇|乡|镇|村|县|市|区)[^?？]{0,20}?(?:分别)?叫(?:什么|啥)|"
    # "…效果好的那个村叫啥?": its name
    r"[那这]个(?:乡镇|乡|镇|村|县|市|区)(?:的名字)?叫(?:什么|啥)|"
    # (not "关键在哪儿", "诀窍在哪里": what something consists in)
    r"(?<!关键|诀窍|秘诀|原因|问题|毛病|难点|差距|根源|症结|不足|区别|意义|好处|作用|出路|重点|短板|"
    # (nor "结果在哪儿公示": where a thing is shown is a wall or a board, no place)
    r"要害|难处|妙处|"
    # (nor "具体表现在哪儿", "亮点在哪里": how a thing shows, what makes it stand out)
    # (nor "根子上出在哪儿": where a fault lies; nor "结尾落在哪儿": what it ends on)
    r"表现|体现|反映|亮点|特点|特色|优势|不同)(?<![卡难错出落])(?:在哪里|在哪儿)(?!公示|公布|公开|张贴|展示|贴)|什么地方|"
    # "which county" asks for a place, "which county Party committee meeting" does not
    # (or so many: "which two townships", "which two places")
    r"\bwhich (?:(?:two|three|four|five|six|\d+) )?(?:city|county|province|town|township"
    r"|village|district|country|nation|cities|counties|provinces|towns|townships|villages"
    r"|districts|countries|nations)\b"
    r"(?!\s+(?:party|committee|government|meeting|leader|official|secretary|cadre))"
    # (nor "which city-wide goal", "which county-level body": the place word qualifies)
    r"(?![-‐]\w)"
    # (nor "which village democratic decision mechanism": the place word describes a thing)
    r"(?!\s+\w+(?:ic|al|ive|ary)\b)"
    r"|\bwhich (?:two|three|four|five|six|\d+) places\b"
    # "where" asking (not "…break through where others dare not")
    rf"|(?:^|[,;:?.]\s*)(?:and\s+)?where\b(?!{_WHERE_NO_PLACE_EN})"
    r"|\bwhere\s+(?:is|are|was|were|did|do|does|can|could|should|will|would|has|have|had)\b"
    rf"(?!{_WHERE_NO_PLACE_EN}))",
    re.IGNORECASE,
)
# Where effort or attention goes ("工作重心到底放在哪儿?"): what it is spent on, not a place.
_FOCUS_WHERE = re.compile(r"(?:重心|重点|精力|心思|着力点|落脚点|注意力|力气|功夫)"
                          r"[^,，。?？]{0,6}(?:放|落|用|花)在哪(?:里|儿)"
                          # (nor where a difference lies: "…最大差别在哪儿?")
                          r"|(?:差别|区别|不同|差异|分别)(?:就|主要)?在哪(?:里|儿)?"
                          # (nor where a danger lies, past an adverb: "那最大的危险又在哪儿?")
                          r"|(?:危险|风险|隐患)(?:又|就|到底|究竟|主要|也)?在哪(?:里|儿)"
                          # (nor where a speech's close comes to rest: "最后一段落脚在哪儿?")
                          r"|(?:落脚|落点|归结|收束)(?:点)?(?:又|就|到底|究竟|主要|最终)?在哪(?:里|儿)?"
                          # (nor what falls short: "做得不到位的地方主要在哪儿?")
                          r"|(?:不到位|不够|不足|欠缺|薄弱|不力)的地方[^,，。?？]{0,4}?在哪(?:里|儿)"
                          # (or where it falls short: "…做得不够好,主要差在哪儿?")
                          r"|(?<![相偏])差(?:就|主要|又|到底)?在哪(?:里|儿)?"
                          # (nor what someone failed on: "…丢了政权的老党又是栽在哪里?")
                          r"|(?:栽|输|败|倒|毁|坏)(?:就|主要|又|到底|都)?在(?:了)?哪(?:里|儿)?")
# The level of place a question asks for ("哪个村" → 村): the answer must name one of that level.
_PLACE_LEVEL = re.compile(
    rf"哪(?:一|几|些|[两二三四五六七八九十])?[个座]?(?:城(?=市))?([市县区省乡镇村])(?![级委里内])"
    rf"{_NO_CONDITION}|"
    r"个([乡镇村县市区])[^,，。?？]{0,10}?(?:分别)?是哪(?:些|几个)|"
    r"[那这]个([乡镇村县市区])(?:的名字)?叫(?:什么|啥)|"
    r"\bwhich (?:(?:two|three|four|five|six|\d+) )?(city|county|province|town|township|village"
    r"|district|country|nation)s?\b"
    r"(?!\s+(?:party|committee|government|meeting|leader|official))|"
    r"哪(?:个|些)?(国)(?!家级)",
    re.IGNORECASE)
_LEVEL_EN = {"city": "市", "county": "县", "province": "省", "town": "镇", "township": "乡",
             "village": "村", "district": "区", "country": "国", "nation": "国"}
_CONTENT_Q = re.compile(
    r"(具体(?:是|指|内容|包括|有|部署了?(?:哪些|什么))|指(?:的是)?(?:什么|哪)|是指|全称|包括哪|由哪几|分别是|"
    # what each part of a coded term stands for ("“5+3”里的“5”和“3”分别代表哪几项?")
    r"分别(?:代表|指)|代表(?:的是)?(?:什么|哪)|"
    r"哪些内容|什么内容|"
    r"\bwhat (?:exactly |precisely )?(?:does|do) .{1,60} (?:stand for|refer to|mean)\b|"
    # its parts asked one by one ("拆开讲讲", "逐条列一下", "每个数字啥意思", "是哪条")
    # ("是哪“四建”?": which ones the quoted term counts)
    r"拆开|逐条|逐项|[啥什么]意思|是哪(?:[条项]|(?=[“\"「]))|简称|缩写|"
    r"\bwhat are the\b.{0,40}\bin\b|\blist (?:the|all|its)\b)",
    re.IGNORECASE,
)
# English questions quote in single quotes too ("Anhui '6+1' duties"), never inside a word
# ("Leiyang's").
SINGLE_QUOTED = re.compile(r"(?<![A-Za-z])'([^'\n]{1,20})'(?![A-Za-z])")
QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{1,20})[”\"」』’]")  # (‘’: as users type them too)
# A count before one quoted character ("三个‘先’"): the speeches' coined term ("“三个先”"),
# if they coin it (not "五个“不”字头的毛病").
_COUNTED_QUOTE = re.compile(r"([两二三四五六七八九十]个)[“\"「『‘]([\u4e00-\u9fff])[”\"」』’]")
# A word said twice ("“敲打敲打”"): the user's way of speaking, quoted, not a term.
_SAID_TWICE = re.compile(r"^([\u4e00-\u9fff]{1,2})\1$")
# What people are quoted as saying or thinking, in the user's words ("驳“太忙顾不上”的借口",
# "觉得“抓党建耽误挣钱”"): an attitude reported, not a term the speeches must use.
_REPORTED = re.compile(
    r"(?:觉得|认为|以为|嫌|总说|老说|喊着?)[“\"「『]([^”\"」』]{1,20})[”\"」』]"
    r"|[“\"「『]([^”\"」』]{1,20})[”\"」』]的?(?:借口|托词|说法|想法|心态|论调|念头|态度|口头禅)"
    # or glossed by the user: a saying whose own words are asked ("有句“不干这个误事…”的话,原话
    # 咋说的?"), a way of thinking to change from ("从“关起门就村论村”改成个啥想法?")
    r"|[“\"「『]([^”\"」』]{1,20})[”\"」』]的?话(?=[^?？]*(?:原话|原文|原句|怎么说|咋说))"
    r"|从[“\"「『]([^”\"」』]{1,20})[”\"」』](?=[^?？,，]{0,6}(?:改|转|变))"
    # or what a name means ("名字取“像大石头一样稳”的计划": 磐石计划)
    r"|(?:名字|名称|取名)[^“\"「『,，。?？]{0,2}[“\"「『]([^”\"」』]{1,20})[”\"」』]"
    # or a likeness the user draws for it ("拿“坚固大石头”打比方的计划")
    r"|(?:拿|用|以)[“\"「『]([^”\"」』]{1,20})[”\"」』](?:来)?(?:打比方|打比喻|作比|比喻|比作)")
# Numbers a question states ("换届选举完成了多少个村" states none; "三个先" states 三).
QUANTITY = re.compile(
    rf"(\d+(?:\.\d+)?|[{NUMERAL_CHARS}]+(?=[个名人项次家所条位户万元倍成批轮年岁%％]"
    # (pieces too: "每个站室有一套电教片"; not "一块儿", together)
    rf"|[{_PIECES}](?!儿)))"
)
# A number written with thousands separators ("1,989"): one number, not two.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_TOTAL_Q = re.compile(r"一共|总共|加起来|合计|共计|总数|\bin total\b|\baltogether\b|\bcombined\b",
                      re.IGNORECASE)
# "几" asking how many: not "哪几条" (which ones, a list), nor "好几个" (several), nor "那几年",
# "这几个村", "近几年", "前几年", "头几年" (those few, recent, the first few)
# (not "举几个", "列几条": a few asked for, "…哪些老习惯?举几个"; nor "其他几个组织", some)
# (not a few set aside: "除了几间屋子还要…")
_SEVERAL_ASKED = r"(?<![哪好这那前近头举列他它外除])(?<!除了)几"
# People, counted in 名 whether or not a measure word is said ("多少个村支书", "多少学员").
# (and people a title names: "几个劳模、几个创业能手" of "“…劳动模范”1人")
_PEOPLE = (r"(?:人|书记|支书|干部|党员|学员|村官|代表|同志|成员|委员|主任"
           r"|劳模|模范|能手|标兵|带头人|学生|毕业生|青年|农民|一把手|苗子|骨干|后备|村民|群众)")
# "多少学员": people counted with no measure word (not "多少钱给村干部")
# ("具体人数是多少": a headcount)
_PEOPLE_COUNTED = re.compile(rf"多少(?![钱万元亿])(?=[\u4e00-\u9fff]{{0,2}}?{_PEOPLE})"
                             r"|人数[是有为达]?(?:多少|几)")
_COUNT_Q = re.compile(
    rf"(多少|{_SEVERAL_ASKED})[个名人项次家所条位户村镇乡批轮座{_PIECES}]|\bhow many\b"
    # (an English keyword query counting what it describes: "number of … venues needing
    # self-funded rebuilding" asks a count, not the funds)
    rf"|\bnumber of\b|{_PEOPLE_COUNTED.pattern}",
    re.IGNORECASE)
# The measure words a count is asked and given in ("多少名党员" … "197名", "多少岁" … "5.4岁");
# 名/人/位 count people alike.
COUNT_UNITS = "个名人项次家所条位户批轮座天周期年岁" + _PIECES
_COUNT_UNIT = re.compile(rf"(?:多少|{_SEVERAL_ASKED})(周年|[{COUNT_UNITS}])")
# "几天" is answered by "为期一周": a week is a count of days; the Party's age ("多少岁生日")
# by an anniversary ("100周年"); classes held by their sessions ("开了多少次学习班" by "培训
# 班70期").
_SAME_UNIT = {"人": "名", "位": "名", "所": "个", "家": "个", "座": "个", "周": "天",
              "周年": "岁", "期": "次"}
# Points asked by 条 are counted by 个 too ("几条难处" by "五个挑战"), not the other way
# round: things asked by 个 are not counted by 条.
_POINT_UNITS = frozenset("条个")
# Titles a question may ask a person by ("安徽省长是谁"): the answer must hold the same title.
TITLE = re.compile(r"(省委书记|市委书记|县委书记|总书记|书记|省长|市长|县长|区长|镇长|乡长|部长|"
                   r"主任|局长|主席|秘书长)")
# A height, length or distance asked ("高杆灯要立多高?"): given in metres or kilometres.
_LENGTH_Q = re.compile(rf"({_HOW_HIGH}|多长(?!时间)|多宽|多深|多远|长度|宽度"
                       rf"|\bhow (?:tall|high|wide|deep)\b|\bheight\b|{_HOW_FAR})", re.IGNORECASE)
# A share or rate asked, and one asked outright, whatever it is of ("by what percentage did …
# funds increase?" asks a percentage, not a sum; "涨幅多大" a rise in percent, not an area).
_SHARE_Q = re.compile(r"(百分之|比例|比率|占比|[涨增降]幅|\bpercent|\bproportion\b|\bshare\b"
                      r"|\brate\b|\bratio\b)", re.IGNORECASE)
_SHARE_ASKED = re.compile(r"\bwhat (?:percent(?:age)?|proportion|share)\b|\bhow many percent"
                          r"|百分之(?:几|多少)|[涨增降]幅[^,，。?？]{0,3}?(?:多大|多少|几)",
                          re.IGNORECASE)
# What kind of amount a number question wants; `Query.unit` indexes this tuple and
# answerability holds the matching patterns for the units that can express it.
_UNIT_Q = (
    re.compile(r"(多少钱|花了?多少|资金|经费|投入|拨款|补助|补贴|津贴|奖金|安家费|工资|薪酬|报酬|红利|分红"
               # (not "how are they funded": by what means, not how much)
               r"|(?:多少|几)万?元|\bfund(?!ed\b)"
               # an income or profit ("村集体收入有多少"; not its growth in percent)
               r"|(?<!吸)(?:收入|利润|产值)(?![^,，。?？]{0,6}(?:百分|%|％|比例|增长|翻))"
               # a price or fee ("门票多少", "How much is the entrance ticket")
               r"|票价|门票|价格|费用|\bprices?\b|\bfees?\b|\btickets?\b|\bcosts?\b"
               # (not "investment projects": things counted)
               r"|\bmoney\b|\bbudget\b|\binvest(?!ment projects?\b)|\bsalar|\bwages?\b)",
               re.IGNORECASE),
    _SHARE_Q,
    # (not "平均多大岁数", "年龄有多大": an age)
    re.compile(r"(面积|(?<!年龄)(?<!年纪)(?<!岁数)(?<!年龄有)(?<!年纪有)多大(?!岁数|年纪|年龄)"
               r"|平方米|\bsquare met|\barea\b)", re.IGNORECASE),
    _LENGTH_Q,
)
_ASKS_AGAIN_EN = r";|\band\s+(?:how|what|which|who|whom|when|where|why|is|are|do|does|did)\b"
# Things counted and asked each ("五支队伍都是什么?"; not "前三项…", the first few).
_COUNTED_ASKED = re.compile(
    # ("五条硬招,分别是啥?": a comma may come between)
    r"(?<![前后头])([两二三四五六七八九十])(?:个|支|条|项|种|类|件|拨|点)[\u4e00-\u9fff]{0,6}?"
    r"[,，]?(?:都|分别|各自?)(?:是|有|指|包括)(?:什么|啥|谁|哪些)"
    # "五支队伍,各自以什么为重点?": what each of them is asked, in a clause of its own (a
    # count before "分别" is not: "三个角度论述,分别得出了什么结论?")
    r"|(?<![前后头第])([两二三四五六七八九十])(?:个|支|条|项|种|类|件|拨|点)[\u4e00-\u9fff]{1,6}?"
    r"[,，]各自[\u4e00-\u9fff]{0,4}?(?:什么|啥|哪些)"
    # "提到的五支队伍是哪几支", "三个“强化”是什么?": which they are (not when, "两个村是什么
    # 时候…", nor one of them, "三个“先”中第二个是什么?")
    r"|(?<![前后头第])([两二三四五六七八九十])(?:个|支|条|项|种|类|件|拨|点)"
    r"(?:(?!第|头一|最后)[\u4e00-\u9fff“”]){0,8}?是(?:哪(?:几|些)|什么|啥)(?!时候|时间)"
    # "这三头各提了啥要求?", "提了三条:…、…、…,各自是为了增强啥?": each of those asked, the
    # things described between
    r"|(?<![前后头第])([两二三四五六七八九十])(?:个|条|项|点|头|块|方面)(?:[^?？。]{0,40}?[,，:：])?"
    r"各(?:自|提了?|讲了?|说了?)(?:是|有|要|为了)?[\u4e00-\u9fff]{0,4}?(?:什么|啥|哪些)")
_COUNT_BEFORE_EACH = re.compile(
    r"(?<![前后头第])([两二三四五六七八九十])(?:个|条|项|种|类|件|点|支|大)(?![月年天])")
_ASKS_LIST = re.compile(
    # (not "几点以后/几点钟": the time of day)
    # (not "分别是几月份?": a detail of each, no items)
    r"(哪些|哪几|分别(?!(?:是|为|在|有)?(?:几月|几号|哪天|哪一?年|多少|什么时[候间]|啥时候))"
    # ("给了几种…办法?", "有几种?": which kinds, as the speeches list them; not "讲的几种
    # 办法里第二种", naming the list an item is asked of)
    r"|哪[“「]?[两二三四五六七八九十]|几个方面|(?<=[有了出])几种|几点(?![钟半]|以[后前]|之[后前]|前|后|开始|到)"
    r"|哪\s*\d|什么内容|包括|逐条|逐项|逐一|一条条|列(?:一下|出来)|"
    # "分了三招,每招叫什么?": what each is called; "每块各要做到啥"
    r"每[招条项点块样]都?(?:叫|是)(?:什么|啥)|每[招条项点块样]各|"
    # "五支队伍都是什么?", "那三条分别指啥?": the things counted, asked each
    rf"{_COUNTED_ASKED.pattern}|"
    # ("what are village branches told to treat as…": what one is told, not a list)
    r"\b(?:which|what) (?:two|three|four|five|six|seven|eight)\b|\blist\b|"
    r"\bwhat are\b(?!(?:\s+\w+){1,4}?\s+(?:told|asked|urged|required|expected|supposed)\s+to\b)|"
    # "what kinds of grassroots branches": the bodies of a kind the speeches name (not "what
    # kind of village", one described; nor "what kinds of carriers", said in points)
    r"\b(?:which|what) (?:kinds|types|sorts) of (?:\w+ )?(?:branches|departments|agencies|units)\b|"
    # "What challenges does…", "which measures…": plural kinds of point a speech lists
    r"\b(?:what|which) (?:\w+ )?(?:challenges|problems|measures|tasks|steps|priorities|"
    r"aspects|areas|points|requirements|shortcomings|weaknesses|achievements|ways|methods|"
    r"approaches|departments|agencies|units|spots|gaps|deficiencies|difficulties)\b|"
    # a keyword query counting them ("Five challenges facing…"), or asking the first few
    r"\b(?:two|three|four|five|six|seven|eight)\s+(?:\w+\s+)?(?:challenges|problems|measures|"
    r"tasks|steps|priorities|aspects|areas|points|requirements|shortcomings|achievements|ways|"
    r"methods|approaches|systems|principles|mechanisms|relationships)\b"
    r"|\bthe first (?:two|three|four|five)\b)",
    re.IGNORECASE,
)
# Words pointing at what was just said: a pronoun, or a demonstrative with a measure word.
_POINTS_BACK = re.compile(r"\b(?:it|its|that|this|they|them)\b(?!\s+(?:who|which|is to say))|"
                          # (not the speech quoting or naming something: "那它引用了谁的话…")
                          r"它(?!引用|引了|提到|提了|讲到|说到|举了)"
                          r"|[这那][一几]?(?:个|些|项|笔|种|件|条|批|样|点|块|部分|方面)|此|其中",
                          re.IGNORECASE)
# A follow-up asking what the thing just quoted is for, or what it brings or prevents
# ("搞这几样是为了啥?", "那这些问题不解决会咋样?", "What's the point of all that?").
# What words quoted from someone are cited to show ("他引这句话是想说明什么?", "引用这段话
#要证明啥?", "他这句话是用来说明啥的?", "Why does it quote him?").
_ASKS_POINT = re.compile(
    # ("这句话在讲话里是用来说明啥道理的?")
    r"(?:引(?:用)?(?:这|那)[句段番]?话?|(?:这|那)[句段番]话)[^,，。?？]{0,8}?"
    r"(?:说明|证明|表明|强调|论证)(?:什么|啥)"
    r"|\bwhy (?:does|did) (?:it|he|she|the speech|the speaker) (?:quote|cite)\b"
    r"|\b(?:quote|quotation|saying) (?:meant|used) to (?:show|say|illustrate)\b", re.IGNORECASE)
_ASKS_PURPOSE = re.compile(
    r"为了(?:啥|什么)|图(?:个)?(?:啥|什么)|目的|用意|用处|好处|有(?:啥|什么)用"
    r"|(?:啥|什么)(?:样的)?(?:作用|效果|变化|意义|结果|后果)|会(?:咋样|怎样|怎么样)|解决(?:啥|什么)"
    r"|\bwhat for\b|\bpurpose\b|\bpoint of\b|\bmeant to\b|\bsupposed to\b|\bachieve"
    r"|\bget out of\b|\baim\b|\bgoal\b|\boutcome|\beffects?\b|\bfix\b|\bsolve"
    r"|\bwhat happens if\b|\bconsequences?\b", re.IGNORECASE)
# The kind of thing a list question asks for by name ("哪些部门" → 部门, "哪几类人员" → 人员):
# a sentence enumerating things of that kind answers it where it stands.
_COUNTED_KIND = re.compile(r"哪([两二三四五六七八九十])(个|项|条|种|类|支|大)([\u4e00-\u9fff]{2})")
# ("哪几对关系": pairs of them)
_KIND_ASKED = re.compile(r"哪(?:些|几)(?:个|类|种|项|家|支|级|条|点|大|件|对)?([\u4e00-\u9fff]{2})")
# the same in English, as the speeches call the kind ("which departments" → 部门)
# ("what kinds of grassroots branches" → 支部)
_KINDS_EN = {"departments": "部门", "agencies": "部门", "units": "单位", "branches": "支部"}
_KIND_ASKED_EN = re.compile(rf"\b(?:which|what) (?:kinds? of |types? of )?(?:\w+ )??"
                            rf"({'|'.join(_KINDS_EN)})\b", re.IGNORECASE)


# Nouns naming a kind of thing, which end a longer name of it ("哪些建设管理模式": 模式).
_KIND_NOUNS = re.compile(r"模式|方式|机制|制度|措施|举措|办法|做法|途径|渠道|形式|问题|变化|要求"
                         r"|原则|经验|特点|任务|目标|环节|部门|单位")
KIND_NAME_CHARS = 6  # characters after "哪些" a kind's longer name may run to
# Second characters of nouns for people that open with 人 ("人员", "人才", "人士").
_PEOPLE_NOUN_ENDS = frozenset("员才士选物")


def kind_asked(text: str) -> str | None:
    """The kind of thing a list question asks for ("哪些部门", "which departments": 部门; "哪些
    建设管理模式": 模式, the noun its name ends in)."""
    m = _KIND_ASKED.search(text)
    if m and m.group(1)[0] == "块" and not m.group(0).endswith("块钱"):
        return "方面"  # "从哪几块去挑的?": parts, aspects
    if m and m.group(1)[0] == "人" and m.group(1)[1] not in _PEOPLE_NOUN_ENDS:
        return "人"  # "哪些人下去历练" (not "人下"; "哪些人员" asks 人员)
    if m:
        # (only past a modifier: "哪几个方面提要求" asks 方面, a noun already)
        run = re.match(r"[\u4e00-\u9fff]*", text[m.start(1):m.start(1) + KIND_NAME_CHARS])
        name = run.group(0) if run else ""
        tagged = pos_tags(name)
        if not tagged or tagged[0][1].startswith("n"):
            return m.group(1)
        head = _KIND_NOUNS.search(name)
        return head.group(0) if head is not None and head.start() > 0 else m.group(1)
    m = _KIND_ASKED_EN.search(text)
    return _KINDS_EN[m.group(1).lower()] if m else None


# The means one question asks by ("主要靠的是哪种手段?", "通过什么方式?"): its answer says
# that word ("以电视手段为主").
MEANS_ASKED = ("手段", "方式", "形式", "途径", "渠道")
_MEANS_ASKED = re.compile(rf"(?:什么|啥|哪种|哪一种)(?:样的)?({'|'.join(MEANS_ASKED)})")
# The kind of named thing one question asks for ("推的是个啥工程?", "落实什么制度?"): its
# answer names one ("“民心工程”", "“基础报酬+绩效报酬+奖励报酬”制度"); "名堂", "名字" ask a
# name of any kind.
_NAME_ASKED = re.compile(
    # (after "什么样的", a word of what it is for: "什么样的删减原则")
    r"(?:什么|啥|哪个|哪项|哪种|哪一个|哪一项|哪一?份)(?:样的?[\u4e00-\u9fff]{0,2}?)?"
    r"(工程|制度|机制|活动|培训(?![\u4e00-\u9fff])|模式|办法|载体|平台|品牌|口号|计划|行动|理念|观念|思路|[\u4e00-\u9fff]{0,2}法"
    r"|文件"
    r"|方针|原则|战略|名堂|名字|名称|名号)"
    # "这个方法叫啥?", "what is the project … called?"
    r"|(叫)(?:什么|啥)(?!名字)|\b(?:what is|what's)\b.{0,80}\b(called)\b"
    r"|\bthe (name) of\b"
    # "What principle should guide…": one the speeches name ("按照“删繁就简就实”的原则")
    r"|\b(?:what|which) (principle)s?\b"
    # "what model (pattern) did they follow": one the speeches name ("按照“321”模式"), not a
    # role model
    r"|\b(?:what|which)(?: (?!role\b)[\w-]+)? (model|pattern)s?\b"
    # "用哪句俗话说明…": a saying, which the speeches quote ("“金杯银杯不如老百姓的口碑”")
    r"|(?:哪|那|这|什么|啥)一?句(俗话|俗语|老话|名言|顺口溜)", re.IGNORECASE)
# ("用什么办法?", "靠啥法子?": the means something is done by, not a named one)
_BY_WHAT_MEANS = re.compile(r"(?:用|靠|通过|采取|采用|想|有)了?$")
# a kind asked in English, in the speeches' word for it
_NAMED_KINDS_EN = {"principle": "原则", "model": "模式", "pattern": "模式"}
_ANY_NAME = ("名堂", "名字", "名称", "名号", "叫", "called", "name", "俗话", "俗语", "老话",
             "名言", "顺口溜")
# "具体分了几条?", "讲了几点?": how many points a passage makes asks for the points, and the
# list answers it.
# (or sums up: "一共归成了几条?", "概括为几个方面")
_COUNTS_ITEMS = re.compile(r"(?:分|拆|列|提|讲|点|摆|谈|说|给|归纳?|概括|总结)(?:成|为)?了?(?:出)?"
                           r"几[条点项部块大个]"
                           r"(?!人|名|村|乡|镇|万|年)"
                           # the parts a whole is made of ("由哪几块凑起来的", "哪几块拼起来")
                           r"|哪?几[块部项](?:[^,，。?？]{0,2})(?:凑|拼|组成|构成|加)"
                           r"|\bhow many (?:main )?(?:points|parts|sections|aspects|opinions)\b",
                           re.IGNORECASE)


_ASKS_REST = re.compile(
    r"^除了?.{1,12}(?:还|另外|以外|之外)|还有(?:哪些|什么|别的|其他)|其他的?(?:还有|呢|有哪些)|"
    # a bare "还有呢?" / "Anything else?"
    r"^(?:那)?还有(?:呢|吗|没有)[?？]?$|\banything else\b|"
    # "其余几个呢?", "剩下的呢?" (or called by their kind: "剩下那几项培训都是什么?")
    r"(?:其余|其他|剩下|剩余)的?那?(?:几|[两二三四五六七八九])?"
    r"(?:[个条项点些](?:[\u4e00-\u9fff]{1,2}?)?)?(?:呢|(?:都|分别)?是(?:什么|啥|哪些))|"
    # "那后两个呢?", "另外两个是啥?": counted, after the one just quoted (and called by the
    # words they share, "那另外两个“进一步”呢?", or by their kind, "那另外两个理由呢?")
    r"^那?(?:另外|后面?|后边)的?(?:那)?(?:几|[两二三四五六七八九])[个条项点支块件种类]"
    r"(?:“[^”]{1,8}”|[\u4e00-\u9fff]{1,2})?(?:呢|都?是(?:什么|啥|哪些))|"
    r"\bwhat else\b|\b(?:any )?others?\b\??$|\bthe rest\b|\bbesides\b",
    re.IGNORECASE)
_EXCLUDED = re.compile(r"^除了?(.{1,12}?)(?:以外|之外)?[,，]?(?:还|另外)")
_ASKS_SPEECHES = re.compile(
    r"(哪几篇|哪两篇|哪些讲话|哪几个讲话|哪篇讲话都|哪些篇|which speeches|both speeches)",
    re.IGNORECASE,
)
# The framing of a "which speeches" question, around what it asks about.
_SPEECHES_FRAMING = re.compile(
    r"在?哪(?:几|些|两)?(?:篇|个)(?:讲话)?[中里]?|讲话|都|被|(?:提到|提及|出现|说到|说过|讲到|"
    r"引用|用到)[过了]?|这(?:话|个|句)|那(?:个|句)|[?？,，。!！\s]")


def _subject(text: str) -> str | None:
    """The longest phrase a "which speeches" question holds besides its framing."""
    pieces = [p for p in _SPEECHES_FRAMING.split(text) if len(p) >= 2 and HAS_CJK.search(p)]
    return max(pieces, key=len) if pieces else None


_ASKS_SUMMARY = re.compile(
    r"(讲了(?:些)?什么|讲的是什么|说了(?:些)?什么|[讲说][了的]?些?啥|核心内容|主要精神|中心思想|"
    r"讲了哪(?:些|几|[两三四五六])(?:内容|个?方面|块|个?部分|问题|点|条|(?=\s*[?？。呢]|$))|"
    # its parts counted as its big questions ("一共讲了几个大问题?")
    r"讲了几个大(?:问题|方面|部分)|讲了几大?块|"
    r"主要内容|主要(?:在|是)?[讲说谈]|"
    # what it is built around ("第三部分主要是围绕什么展开的?")
    r"围绕着?(?:什么|啥)(?:来|去)?展开|"
    r"讲哪几块|想(?:说明|表达|告诉(?:我们|大家)?)(?:些|个)?(?:什么|啥)|大意|要点|概括|概述|总结|主旨|大纲|提纲|谋篇|"
    # a part named by its place alone ("那篇七最后一部分呢?", "第二部分讲了啥?", "第二部分的
    # 标题是什么?")
    # ("最后一块讲的主题是什么?")
    r"(?:第[一二三四五六七八九十]+|最后一?|头一?)(?:个?部分|大?块)(?=\s*(?:呢|讲了?(?:些)?(?:什么|啥)"
    r"|讲的(?:主题|内容)?是(?:什么|啥)|的?小?标题(?:是|叫)?(?:什么|啥))?\s*[?？。]?\s*$)|"
    # a speech's structure, not "党员队伍的年龄结构"
    r"(?:讲话|那篇|篇[一二三四五六七八九十\d])的?(?:整体|总体)?(?:结构|框架)|"
    # ("骨架是怎么搭的?": its skeleton, said of nothing but a text)
    r"骨架(?:是)?(?:怎么|如何|怎样)(?:分|搭|排|安排)|"
    # ("大的框架是怎么分的?")
    r"(?:大的?|整体的?|总体的?)(?:结构|框架)是?(?:怎么|如何|怎样)(?:分|搭|排|安排)|"
    r"分(?:成|为)?了?(?:几|哪几|哪[两三四五六])(?:个大?|大)?(?:部分|块|方面)|"
    # "由哪几部分组成", "包括哪几个部分"
    r"(?:由|包括|包含)(?:几|哪几)[个大]?部分|"
    # the parts it is built around ("讲话正文主要围绕哪几方面展开?", "按哪几个部分来展开", "…来安排
    # 的?")
    r"(?:围绕|按照?)(?:几|哪几|哪些|哪[两三四五六])个?大?(?:方面|部分|块)(?:来|去)?(?:展开|安排)|"
    # the headings of all its parts ("每块的小标题分别是啥?", "三个大标题分别是什么?")
    r"(?:每[块个]?|各|[几两三四五六七八九]个)(?:部分|块)?的?[大小]?标题|"
    r"\boverview\b|\bsummar|\boutline\b|\bstructure of (?:the |that )?speech|\bgist\b|"
    r"\bmain (?:points|themes|ideas|parts|sections)\b|\bwhat(?:'s| is) .{0,30}\babout\b|"
    r"\bwhat does .{0,30}\b(?:cover|talk about)\b)",
    re.IGNORECASE)
# "How many points does the Anhui speaker make?": the speech's parts, counted (not "… make
# about village venues?", a list of its own; "…, and what is the first one about?", "…will
# focus on?" still are)
_HOW_MANY_PARTS = re.compile(
    r"\bhow many (?:main )?(?:points|parts|sections)\b"
    r"(?![^,?]*\b(?:about|on|regarding|for) \w)",
    re.IGNORECASE)
# (what the speech itself is on says which speech: "…make in the Anhui speech on rural Party
# building?")
_SPEECH_ON = re.compile(r"\bspeech (?:on|about) [^?,.;]*", re.IGNORECASE)
# "…the four main points the Anhui … speech is organised around", "How is the Jingkou speech
# organised?" (or "… organised — what are the headings of its main parts?"): its parts, however
# long the question's naming of the speech
_ORGANISED_EN = re.compile(r"\bspeech\b[^?.]{0,40}?\b(?:organi[sz]ed|structured|divided|"
                           r"arranged|built)(?: (?:around|into)\b|\?|\s*[—–-])"
                           # ("What are its three main section headings?", "… outline headings")
                           r"|\b(?:main )?(?:section|outline) (?:headings|titles)\b"
                           r"|\b(?:headings|titles) of (?:its|the) (?:main )?(?:parts|sections)\b"
                           # or one part's ("What's the heading of Part Two?", "the title of the
                           # third part", "part two heading: …")
                           r"|\b(?:heading|title) of (?:the )?(?:(?:first|second|third|fourth|"
                           r"fifth|sixth|last) (?:part|section)|(?:part|section) (?:one|two|three|"
                           r"four|five|six|[1-6]))\b"
                           r"|\b(?:part|section) (?:one|two|three|four|five|six|[1-6]) "
                           r"(?:heading|title)s?\b", re.IGNORECASE)
# A document's title ending in "Outline" ("the Organization Activity Outline") names it, and
# asks for no speech's outline.
_TITLED_OUTLINE = re.compile(r"\b(?!Speech\b)[A-Z][a-z]+ Outline\b")
# A longer question asks about something in particular ("…的主要内容是什么?各部分的标题分别是
# 什么?", 25, is the longest summary question read).
SUMMARY_MAX_CHARS = 28
# A speech named by the meeting it was given at: "京口区委召开的全区基层组织建设工作会议上的讲话".
# ("…那次基层组织工作会上的讲话")
_AT_MEETING = re.compile(r"[^,，。?？:：]{2,30}?(?:会议|大会|座谈会|现场会|推进会|工作会|交流会)上?"
                         r"的讲话")
SUMMARY_MAX_CHARS_EN = 60
# What a summary question may say besides naming the speech: "那篇讲话的主要内容".
_SUMMARY_FILLER = frozenset(
    "那篇 这篇 篇 讲话 整篇 全文 正文 请 一下 主要 内容 几个 部分 方面 意见 工作 哪些 什么 怎样 分"
    " 哪几 给 我 帮 些 啥 下 都 每块 每部分 每个 各 各部分 分别 来讲 来说 讲 说 标题 小标题"
    " 通篇 全篇 大体 大致 大概 总体 整体 主体 上 组成 构成 围绕 按 按照 展开 共 一共 总共 核心"
    " 意思 大意 每 大 两个 三个 四个 五个 六个 几条 几点 到底 究竟 稿子 开场白 之后"
    .split())


_POINTS_COUNTED = re.compile(r"[两二三四五六七八九十]点(?:意见)?")
# The asker's wish to get something straight, before what they ask ("想理一下京口那篇讲话的结构"):
# no topic.
# (or to tell others of it: "我想给同事讲讲京口那篇讲话的框架")
_WISH = re.compile(r"^我?想(?:理|捋|了解|知道|弄清楚?|搞清楚?|问问?)(?:一下|一理|一捋|清楚)?"
                   r"|^我?(?:想|要|准备|打算)(?:给|跟|向|帮)[^,，:：?？]{1,6}?(?:讲讲|讲一讲|说说|介绍一下|介绍介绍)")


def _topic_of(text: str, places: Sequence[str]) -> list[str]:
    """The words of a Chinese question beyond its speech, its places, the meeting it was given
    at and the summary phrase: "篇七对村干部报酬说了什么?" asks about 报酬, not for 篇七's
    outline."""
    # "第二部分", "最后一部分"
    rest = _LAST.sub(" ", _ORDINAL.sub(" ", without_speech_refs(_ASKS_SUMMARY.sub(" ", text))))
    # (and its points counted, its last called the one that ends the show: "篇二一共讲了三点
    # 意见,压轴的第三点…")
    rest = _WISH.sub(" ", _POINTS_COUNTED.sub(" ", rest).replace("压轴", " "))
    return [w for w in words(_without_places(rest, places)) if w not in _SUMMARY_FILLER]


# The meeting a speech was given at, in the user's words, naming that speech ("安徽全省农村
# 党建会那篇", "攀枝花开的那个园区加农村党建会,", "…农村党建会的那篇讲话"): it names which speech,
# and asks nothing.
# (or the clause naming it, "耒阳开的那个农村党建现场交流会上,", "…现场交流会时,")
_MEETING_OF_SPEECH = re.compile(
    r"(?:[开召]的?(?:那个|这个)?)?[\u4e00-\u9fff“”]{2,20}?会议?"
    # ("…基层组织建设会那次,")
    r"(?:[上时](?=[,，])|[上时]?(?=的?那篇|的?这篇)|(?=上的?讲话|的讲话|讲话|[,，])"
    r"|(?:那次|那回)(?=[,，]))")


def _without_places(text: str, places: Sequence[str]) -> str:
    """The question without the places and the meeting it names its speech by (the places
    first: "攀枝花市产业园区和农村基层党建工作会讲话" is too long a run for the meeting's
    pattern until its place is out)."""
    for place in places:
        text = text.replace(place, " ")
    return _MEETING_OF_SPEECH.sub(" ", text)


# A speech named by its topic after "那篇" ("安徽那篇农村党建的讲话") or before it ("讲安徽农村
# 党建的那篇"), and its speaker ("讲话人", "领导的讲话"): no topic asked.
_ON_TOPIC = re.compile(r"(?<=[那这]篇)[^,，。;；?？]{2,12}?的(?=讲话|发言)"
                       r"|(?:^|(?<=[,，]))[讲说][^,，。;；?？]{2,12}?的(?=[那这]篇)|讲话的?人"
                       # ("攀枝花那次讲园区和村里党建的讲话,")
                       r"|(?:那次|那回)[讲说谈][^,，。;；?？]{2,12}?的(?=讲话[,，])"
                       # ("主讲的那位同志的发言")
                       r"|(?:[市县区省]里的?)?领导(?=的?讲话)"
                       # (or by its length: "第一篇讲话就一小段,", "篇一就短短一段话,", "…那篇,
                       # 总共就一段话,")
                       r"|(?:(?<=讲话)|(?<=篇)|(?<=篇[一二三四五六七八九十])|(?<=[,，]))(?:总共|一共)?(?:就|只有?|才)"
                       r"(?:那么|这么|短短|寥寥)?(?:一小?段话?|几句话?)(?=[,，])"
                       r"|(?:主讲|讲话)的?那位(?:同志|领导)的?(?:讲话|发言)?")


# A speech described in brackets right after it is named ("安徽那篇(大家头天下午去淮北参观过
# 的)说…"): which speech, not what is asked.
# (not one naming a speech, "(篇八)", or saying which it is not: "(不是攀枝花那段)")
_DESCRIBING_ASIDE = re.compile(r"(?<=篇)(?:讲话)?[(（](?!不是|并非)[^()（）篇段]{2,30}[)）]")
# A speech named again in brackets ("讲产业园区党建的那篇(攀枝花那篇),…"): an aside.
_SPEECH_ASIDE = re.compile(r"[(（][^()（）]{0,8}?(?:那篇|篇[一二三四五六七八九十])"
                           r"[^()（）]{0,6}[)）]")


# A second part asking what each of those parts says ("…一共分成几大块?每块的大标题各说的是
# 啥?"): the same summary, asked at more length.
# (or each of them, the parts just counted: "…分了几大块?各讲什么?")
_EACH_PART = re.compile(r"^(?:那|而)?(?:(?:每|各)一?(?:[个大]?块|[个大]?部分)|各(?=讲|说|谈))")


def _asks_summary(text: str, english: bool, places: Sequence[str], speech_back: bool,
                  occasion: str | None = None) -> bool:
    """Whether a question asks what a speech says as a whole, how it is organised or how many
    points it makes ("篇三讲了什么", "What is speech 5 about?"); `occasion`: the words naming
    its meeting ("区委开的那次会"), which ask nothing."""
    second = None if english else second_part(text)
    # (or asking the parts themselves: "…是怎么谋篇的?分成几大部分,每部分各讲什么?")
    if second is not None and (_EACH_PART.match(second) or _ASKS_SUMMARY.match(second)):
        text = text[: text.rindex(second)]
    if occasion and not english:
        # (the whole clause naming it: "那个年中开的农村党建和“三项活动”推进会,")
        # (or running into the speech it names: "…推进会上那篇讲话")
        # (or "…建设会那次的讲话,")
        text = re.sub(rf"(?:^|(?<=[,，。?？]))[^,，。?？]*?{re.escape(occasion)}"
                      r"(?:[上时]|那次|那回)?(?:的?讲话)?(?=[,，]|的?[那这]篇)", " ", text)
        # (before the places, which it may hold part of: "京口区委开的那次会")
        places = (occasion, *places, *(bare_place(p) for p in places))
    text = _SPEECH_ASIDE.sub(" ", text)
    return ((bool(_ASKS_SUMMARY.search(_TITLED_OUTLINE.sub(" ", text) if english else text))
             # a speech named by its place ("攀枝花那篇…") or by the meeting it was given at
             # ("…召开的全区基层组织建设工作会议上的讲话") is no longer a question
             and len(text if english else _without_places(
                 _AT_MEETING.sub(" ", _WISH.sub(" ", text)), places).replace(" ", ""))
             <= (SUMMARY_MAX_CHARS_EN if english else SUMMARY_MAX_CHARS)
             and (english or not [w for w in _topic_of(
                 _ON_TOPIC.sub("", _AT_MEETING.sub(" ", text)), places)
                                  if not (w == "它" and speech_back)]))
            # (or how it is organised, how many points it makes, a part's heading: "…make in
            # the Anhui speech on rural Party building?")
            or (english and bool(_ORGANISED_EN.search(text)
                                 or _HOW_MANY_PARTS.search(_SPEECH_ON.sub("speech", text)))))


# A speech's last part named as its close ("收尾的那一大部分"): that part, not its closing words
# ("结尾部分", "收尾那块" are those).
_LAST_AS_CLOSE = r"(?:收尾|结尾)的?(?:那|这)?一?大(?:部分|块)"
# A part of a speech named by its place in it ("第三部分", "最后一部分", "the last part").
# ("第四点意见": a speech announcing "讲四点意见" is in four parts; "最后那一大块")
_PART_NAMED = re.compile(rf"{_LAST_AS_CLOSE}|"
                         r"(?:第[一二三四五六七八九十]|头一|(?:最后|压轴)(?:一|的?[那这]一?)?)"
                         r"(?:[个大]?部分|大块|[点条]意见)|"
                         # ("收尾压轴的那一块")
                         r"(?:最后|压轴)的?[那这]一块|"
                         r"\b(?:first|second|third|fourth|fifth|sixth|last) part\b", re.IGNORECASE)
ORDINAL_LABELS = "一二三四五六七八九十"
# "头一条" is said for "第一条"
_ORDINAL = re.compile(
    # ("第二大部分": a speech's parts are its 大块)
    # ("排第二的那项": the item in that place)
    rf"(?:第([{ORDINAL_LABELS}])|头(一))(?:的?[那这]一?)?"
    # ("第三招": a measure in everyday words)
    r"(?:点|条|项|个方面|方面|大?部分|个问题|个|大?块|种|类|件|步|对|支|拨|招"
    rf"|{YAO_POINT})"
    # "排在第二位的是哪一项", "排第四的是哪支?"
    rf"|排在?第([{ORDINAL_LABELS}])(?:位|的)"
    # a point named by its own marker ("那二要是什么", "三要呢?": of "一要…二要…")
    rf"|(?:^|(?<=[那,，]))([{ORDINAL_LABELS}])要(?=是|呢|说|讲|具体|里|[?？]|$)")
_ORDINAL_EN = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    # ("And the second challenge?": an item called by the list's kind)
    r"(?: (?:point|part|item|one|measure|step|aspect|task|challenge|problem|reason)s?"
    r"|(?= of (?:those|these|them))"
    # a rule or standard of a list, its kind said between ("seventh no-approval rule")
    r"|(?: [a-z]+(?:-[a-z]+)*)? (?:rule|requirement|standard|norm|condition|principle)s?\b)"
    # or a place in the list said by its verb ("Which one is listed third?", "comes fifth")
    r"|\b(?:listed|comes|coming|placed|ranked) (first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth)\b"
    # or standing alone at the question's end ("What about the second?") or before what it
    # is said to be ("The first is the lesson of history, right?")
    r"|\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:\s*[?？.!]*\s*$| (?:is|was)\b)",
    re.IGNORECASE)
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
# An item named by its number ("explain number three", "point 2", "item 4", "in position
# two").
# ("part two", "item (eight)": the number a speech's parts and items are marked with)
_NUMBERED_EN = re.compile(r"\b(?:number|no\.|item|point|position|part|section)\s*\(?(one|two|"
                          r"three|four|five|six|seven|eight|nine|ten|[1-9])\b", re.IGNORECASE)


def is_english(text: str) -> bool:
    # English with a Chinese term in it ("… campaign to strive for excellence (创先争优)?") is
    # English: more English words than Chinese ones (about two characters each)
    latin = len(_LATIN.findall(text))
    return latin >= 2 and len(HAS_CJK.findall(text)) < 2 * latin


def _speech_refs(text: str) -> Iterator[tuple[str, int | None]]:
    """Each speech reference in a text ("篇三", "第3篇", "speech 3") and the number it names."""
    for m in _SPEECH_REF.finditer(text):
        named = next(g for g in m.groups() if g)
        yield (re.sub(r"\s+", " ", m.group(0).strip()),
               _SPEECH_WORDS.get(named.lower()) or chinese_number(named))


def speeches_mentioned(text: str, speeches: Sequence[int]) -> tuple[int, ...]:
    """The speech numbers a text names that exist, in order."""
    return tuple(dict.fromkeys(n for _, n in _speech_refs(text) if n is not None and n in speeches))


def speeches_missing(text: str, speeches: Sequence[int]) -> tuple[str, ...]:
    """The speech references in a text that name no indexed speech ("篇九", "speech 12")."""
    return tuple(dict.fromkeys(ref for ref, n in _speech_refs(text) if n not in speeches))


def speech_mentioned(text: str, speeches: Sequence[int]) -> int | None:
    """The first speech number a text names, if it exists."""
    named = speeches_mentioned(text, speeches)
    return named[0] if named else None


def without_speech_refs(text: str) -> str:
    """The text with the speeches it names taken out ("篇七讲话中,…" → "讲话中,…")."""
    return _SPEECH_REF.sub("", text)


T = TypeVar("T")
LAST = -1  # the ordinal of "最后那个" / "the last one": the list's last item
# The words an item of a list is named by ("最后那条", "the last point").
_ITEM_ZH = "个|条|项|点|种|类|块|步|部分|方面"
_ITEM_EN = "one|point|part|item|measure|step|aspect|task"
# ("排在末尾的那条", "最后的那一条", "压轴那条"; a speech's last part as its close, "收尾的那一大
# 部分")
_LAST = re.compile(rf"(?:最后|末尾|最末|压轴)的?(?:一|那|这)?一?(?:大?(?:{_ITEM_ZH})|对|支)"
                   rf"|{_LAST_AS_CLOSE}"
                   rf"|\b(?:the )?(?:last|final) (?:{_ITEM_EN})s?\b",
                   re.IGNORECASE)


MIDDLE = -2  # "中间那个" / "the middle one": the middle item of an odd number of them
# ("排在中间的那个")
_MIDDLE = re.compile(rf"中间的?(?:那|这)?一?(?:{_ITEM_ZH})|\b(?:the )?middle (?:{_ITEM_EN})\b",
                     re.IGNORECASE)


# "倒数第二个" / "the second to last one": counted from the end, as `FROM_END` - n
FROM_END = -100
_FROM_END = re.compile(rf"倒数第([{ORDINAL_LABELS}])(?:的?[那这]?一?(?:{_ITEM_ZH}|对|支|位))?"
                       r"|\b(?:the )?(second|third)[- ](?:to[- ])?last\b", re.IGNORECASE)


# "打头那条": the first item, the one at the list's head
_AT_HEAD = re.compile(rf"(?:打头|排头|领头)的?[那这]?一?(?:{_ITEM_ZH}|支|拨)")


def with_item_named(text: str, item: str) -> str:
    """The question with the words naming an item by its place ("参加第四个的党员…") replaced
    by the item itself; with the item before it when no such words are found ("最后那个呢?")."""
    named = _ORDINAL.sub(lambda m: item, text, count=1)
    return named if named != text else f"{item} {text}"


# What asks about the words before it ("是啥", "讲的是什么", "呢"), and a word that asks.
_ASKING = re.compile(r"[几哪啥何谁]|什么|多少|怎")
_ASKED_NEXT = re.compile(r"[,，]?(?:又|讲的|说的|指的)?(?:是|呢|讲了?|说了?|要)?"
                         r"(?:什么|啥|哪|怎么|呢|[?？])")


def _told_and_asked(text: str) -> tuple[list[re.Match[str]], re.Match[str]] | None:
    """The ordinals a question tells items of a list by, and the one it asks about, all
    counting in one unit ("头一招…,第二招…,第三招是啥?"; not an item within an item, "第三个
    强化的第一条是什么?")."""
    found = list(_ORDINAL.finditer(text))
    asked = [m for m in found if _ASKED_NEXT.match(text, m.end())]
    if len(found) < 2 or len(asked) != 1:
        return None
    units = {re.sub(rf"^(?:第[{ORDINAL_LABELS}]|头一)", "", m.group(0)) for m in found}
    return ([m for m in found if m is not asked[0]], asked[0]) if len(units) == 1 else None


def told_items(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The items a question tells by their place and its own words before asking another
    ("头一招靠支部领着,第二招靠产业,第三招是啥?" → (1, ("支部", "领着")), (2, ("产业",))): the
    words of the clause after each ordinal but the one asked about."""
    told = _told_and_asked(text)
    out = []
    for m in told[0] if told else ():
        clause = re.split(r"[,，。;；?？]", text[m.end():], maxsplit=1)[0]
        said = tuple(w for w in words(clause) if len(w) >= 2 and not _ASKING.search(w))
        if said:
            out.append((ORDINAL_LABELS.index(next(g for g in m.groups() if g)) + 1, said))
    # an item quoted before the one asked ("“支部带村”之后第二条是啥": the first, 支部带村)
    after = _QUOTED_BEFORE_ORDINAL.search(text)
    if after is not None and not out:
        place = ORDINAL_LABELS.index(after.group(2)) + 1
        said = tuple(w for w in words(after.group(1)) if len(w) >= 2)
        if place >= 2 and said:
            out.append((place - 1, said))
    return tuple(out)


_QUOTED_BEFORE_ORDINAL = re.compile(
    rf"“([^”]{{2,12}})”(?:之后|以后|后面|往后)的?第([{ORDINAL_LABELS}])")


# An ordinal written with a numeral or the list's own bracketed label ("第4项", "第(九)条"):
# said in words, as the ordinals are read ("第四项", "第九条").
_ORDINAL_WRITTEN = re.compile(rf"第(?:[(（]([{ORDINAL_LABELS}]|10|[1-9])[)）]|(10|[1-9])(?![\d.]))"
                              r"(?=[点条项个部块种类件步招要]|$|[?？呢])")


def ordinals_in_words(text: str) -> str:
    """"第4项说的是啥?" → "第四项说的是啥?", "第(九)条" → "第九条"."""
    def said(m: re.Match[str]) -> str:
        label = m.group(1) or m.group(2)
        return "第" + (ORDINAL_LABELS[int(label) - 1] if label.isdigit() else label)
    return _ORDINAL_WRITTEN.sub(said, text)


def asked_ordinal(text: str) -> int | None:
    """'第二点' / 'the second point' → 2; '最后那个' / 'the last one' → `LAST`; '中间那个' /
    'the middle one' → `MIDDLE`; '倒数第二个' → `FROM_END` - 2."""
    text = ordinals_in_words(text)
    m = _FROM_END.search(text)
    if m:
        n = (ORDINAL_LABELS.index(m.group(1)) + 1 if m.group(1)
             else _ORDINAL_WORDS.index(m.group(2).lower()) + 1)
        return LAST if n == 1 else FROM_END - n
    # (of several in one unit, the one asked: "头一招靠支部领着,第二招靠产业,第三招是啥?")
    told = _told_and_asked(text)
    m = told[1] if told else _ORDINAL.search(text)
    if m:
        return ORDINAL_LABELS.index(next(g for g in m.groups() if g)) + 1
    m = _ORDINAL_EN.search(text)
    if m:
        return _ORDINAL_WORDS.index((m.group(1) or m.group(2) or m.group(3)).lower()) + 1
    m = _NUMBERED_EN.search(text)
    if m:
        return english_number(m.group(1)) or int(m.group(1))
    if _AT_HEAD.search(text):
        return 1
    if _MIDDLE.search(text):
        return MIDDLE
    return LAST if _LAST.search(text) else None


# An ordinal naming an item of a list ("第二项", "“三个先”中第二个", "最后一项", "the third
# point"), not a time ("头一个月") or the first thing to do ("头一件事干啥?").
_ITEM_ORDINAL = re.compile(
    rf"第[{ORDINAL_LABELS}](?:个?方面|点|条|项|种|支|拨|招|个(?![月年星季天周]))"
    rf"|排在?第[{ORDINAL_LABELS}]位"
    r"|头一(?:条|项|点|种|招|个(?![月年星季天周]))"
    rf"|{_LAST.pattern}|{_FROM_END.pattern}|{_AT_HEAD.pattern}"
    rf"|{_ORDINAL_EN.pattern}|{_NUMBERED_EN.pattern}", re.IGNORECASE)


# The item after or before the one just quoted ("下一条呢?", "它前头那条呢?", "the next one").
_NEXT_ITEM = re.compile(r"(?:下一|后一|再下一|接下来的?那?一?|后面的?那?一?|后头的?那?一?"
                        r"|(?:再)?往(?:后|下)(?:数)?的?那?一?)"
                        # ("下一对": of pairs of relations, "下一支": of teams)
                        r"(?:条|项|点|个|对|支|拨)|\b(?:the )?next (?:one|item|point)\b"
                        r"|\bthe one after\b",
                        re.IGNORECASE)
_PREVIOUS_ITEM = re.compile(r"(?:前一|上一|前头的?那?一?|前面的?那?一?"
                            r"|(?:再)?往(?:前|上)(?:数)?的?那?一?)"
                            r"(?:条|项|点|个|对|支|拨)"
                            r"|\b(?:the )?previous (?:one|item|point)\b|\bthe one before\b",
                            re.IGNORECASE)


# Steps counted ("再往后数两项"): that many items on or back.
_STEPS = re.compile(r"往(后|下|前|上)数?([两二三四五])(?:项|条|个|点)")


def item_step(text: str) -> int:
    """+1 for the item after the one just quoted, -1 for the one before, +n or -n for n
    counted on or back ("再往后数两项"), else 0; 0 too where the question names the item's
    place itself ("再往后数两项,也就是最后一项": the last)."""
    if asked_ordinal(text) is not None:
        return 0
    counted = _STEPS.search(text)
    if counted:
        n = chinese_number(counted.group(2)) or 1
        return n if counted.group(1) in "后下" else -n
    return 1 if _NEXT_ITEM.search(text) else -1 if _PREVIOUS_ITEM.search(text) else 0


# One item of a list described, not counted: "其中批地那一条", "讲监督的那项".
_ITEM_DESCRIBED = re.compile(r"[\u4e00-\u9fff]{2}的?[那这]一?(?:条|项|点|个方面)")


# The list an ordinal picks from, as the question counts and names it ("五个新问题中,第四个",
# "四项要求中,最后一项", "概括为六个挑战,其中第六个").
_LIST_NAMED = re.compile(r"([两二三四五六七八九十])(?:个|项|条|点|种|大|支)“?"
                         r"([\u4e00-\u9fff]{1,6}?)”?"
                         r"(?:中|里|当中|之中|[,，]其中|[,，](?=打头|排头|头一|第|最后|倒数))")


# An item of a part, named after the part ("第二部分第(七)项", "第三部分的第二点").
# ("第一部分提出的三项要求里,排在第二位的": the words between may name the list)
# (or what the part does, up to a comma: "第二部分列了一串措施,头一条是什么?")
_ITEM_OF_PART = re.compile(rf"(?:部分|大块)的?"
                           rf"(?:[^,，。;；?？!！第]{{0,24}}?(?:[中里]的?|(?=[,，])))?"
                           rf"[,，]?(?:排在?)?(?:第|头(?=一))[(（]?([{ORDINAL_LABELS}])[)）]?"
                           r"(?:项|条|点|个|位)")


# or its last ("第三部分提出…等组织领导要求,排在最后的一项是什么?")
# (of a part named by its place: one named by its heading, "“强化组织领导”部分的最后一项", is
# found by its words)
_LAST_OF_PART = re.compile(r"(?<=第[一二三四五六七八九十])(?:部分|大块)[^。;；?？!！第]{0,30}?"
                           r"(?:排在?)?最后的?一?(?:项|条|点)")


# or of an item named by its place ("第三个强化里第一条措施")
_ITEM_OF_ITEM = re.compile(r"第[一二三四五六七八九十]个[\u4e00-\u9fff“”]{0,6}?"
                           r"(?:里面?|当中|中|下面)的?"
                           rf"第([{ORDINAL_LABELS}])(?:项|条|点)")


# A follow-up asking of a thing in its own words ("那它说党建工作和经济工作要怎么挂钩?", "其中推进
# 工作的那个机制具体怎么建?"), not a bare switch ("那第二条呢?", "换成篇六呢?") nor about the
# part itself ("这一部分分了几点?").
# (or in several short asks: "社区那个呢?具体搞什么活动,想达到什么效果?")
_ASKS_WITHIN_PART = re.compile(r"^(?!那?[这那]一?(?:大?部分|大?块)|.*[几哪][点条项])"
                               r"(?:[^?？]*[\u4e00-\u9fff]{8}"
                               r"|(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){14})")


def _part_left(text: str, history: Sequence[str], speeches: Sequence[int]) -> bool:
    """Whether a follow-up leaves the part of a speech its antecedent named by place ("篇七第三
    部分讲…"): it names no part nor speech itself, so that number is no item's it asks for."""
    return (bool(history) and bool(_PART_NAMED.search(history[-1]))
            and not _PART_NAMED.search(text) and not speeches_mentioned(text, speeches))


# A part named as the speech's last ("最后一部分", "最后那个大块", "最后那一大块", "压轴的那一
# 部分").
_LAST_PART = re.compile(rf"{_LAST_AS_CLOSE}"
                        r"|(?:最后|压轴)(?:一|的?[那这]一?)?(?:个|大)?(?:部分|大块)"
                        r"|\bthe last (?:part|section)\b",
                        re.IGNORECASE)


# in English ("…in its second part. What is the first one?")
_ITEM_OF_PART_EN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|last) (?:part|section)\b.*?\bthe "
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
    # ("…lists four requirements. What's the first?")
    r"(?: (?:one|item|measure|point|step)\b|\s*\?)", re.IGNORECASE)


# A speech's part called by its number ("第四部分", "第三大块", "第二点意见", "the third part").
_PART_NUMBERED = re.compile(rf"第([{ORDINAL_LABELS}])(?:个?大?部分|大块|点意见)"
                            r"|\b(first|second|third|fourth|fifth|sixth) part\b", re.IGNORECASE)


def part_number(text: str) -> int | None:
    """The number of the speech's part the question asks for ("篇一第二部分" → 2)."""
    m = _PART_NUMBERED.search(text)
    if m is None:
        return None
    return ORDINAL_LABELS.index(m.group(1)) + 1 if m.group(1) else _english_ordinal(
        m.group(2).lower())


def item_of_part(text: str) -> int | None:
    """The item asked of a part or item the question names ("第二部分第(七)项" → 7, its last
    one → `LAST`; "第三个强化里第一条" → 1)."""
    m = _ITEM_OF_PART.search(text) or _ITEM_OF_ITEM.search(text)
    if m:
        return ORDINAL_LABELS.index(m.group(1)) + 1
    if (en := _ITEM_OF_PART_EN.search(text)) is not None:
        word = en.group(1).lower()
        return LAST if word == "last" else _english_ordinal(word)
    return LAST if _LAST_OF_PART.search(text) else None


# or as a quoted coined count ("“六规范”里,第三条"), called by the whole term
_TERM_NAMED = re.compile(r"[“‘](([两二三四五六七八九十])(?:个|项|条|点|种|大)?"
                         r"[\u4e00-\u9fff]{1,6})[”’](?:中|里|当中|之中|的|[,，](?=打头|排头|头一|第|最后|倒数))")


def list_named(text: str) -> tuple[int, str] | None:
    """How many items the question says the list has, and what it calls them."""
    m = _LIST_NAMED.search(text)
    if m is not None:
        n, called = chinese_number(m.group(1).replace("两", "二")), m.group(2)
    elif (t := _TERM_NAMED.search(text)) is not None:
        n, called = chinese_number(t.group(2).replace("两", "二")), t.group(1)
    else:
        return None
    return (n, called) if n is not None else None


def names_item(text: str) -> bool:
    """Whether the question names an item of a list by its place in it."""
    return bool(_ITEM_ORDINAL.search(text))


def nth(items: Sequence[T], ordinal: int) -> T | None:
    """Item `ordinal` (from 1, or `LAST`, `MIDDLE`, `FROM_END` - n) of `items`, if there is
    one."""
    if ordinal < FROM_END:
        return items[ordinal - FROM_END] if FROM_END - ordinal <= len(items) else None
    if ordinal == LAST:
        return items[-1] if items else None
    if ordinal == MIDDLE:
        return items[len(items) // 2] if len(items) >= 3 and len(items) % 2 else None
    return items[ordinal - 1] if 1 <= ordinal <= len(items) else None


# How many items a list question asks for: "哪两种情况", "有哪三个", "what five priorities".
_ITEMS_ASKED = re.compile(
    r"哪([两二三四五六七八九十])(?:个|种|条|项|点|类|件|大|方面|支|块|招|样|步|剂|道|手|组|对)")
# (not a number making a word with another, "five-good", "two-committee": a kind, not a count)
_ITEMS_ASKED_EN = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b(?!-\w)", re.I)
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# A count an English question states and what it counts, up to the next function word ("12 key
# villages were…" → 12, "key villages"); not a year or a day ("in 2009", "June 23").
_COUNTED_EN = re.compile(r"(?<![\w.,-])(?<!speech )(?<!Speech )(?<!no\. )"
                         r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"((?:(?!(?:were|was|is|are|to|in|of|the|and|that|which|did|do|does|for|"
                         r"by|have|has|had|with|on|at|from|per|each|a|an)\b)"
                         # (a kind opening a quotation: "8 'entrepreneur' Party branches",
                         # counted up to its close)
                         r"['‘\"“]?[a-z][a-z-]*\s*){1,2})", re.IGNORECASE)


def counted_things_en(text: str) -> list[tuple[int, str, str]]:
    """(count, what it counts, the words saying both) of each count an English text states."""
    out = []
    for m in _COUNTED_EN.finditer(text):
        if re.search(r"[A-Za-z]{3,}\.?\s*$", text[: m.start()]) and _MONTH_EN.search(
                text[max(0, m.start() - 12): m.start()]):
            continue  # a day of a month ("June 23")
        number = m.group(1)
        n = int(number) if number.isdigit() else english_number(number)
        if n is not None and not _MONTH_EN.match(m.group(2)):  # ("23 June": a day)
            out.append((n, m.group(2).strip(), m.group(0).strip()))
    return out


# A question in two parts, each asking ("…持什么态度?随后又要求树立哪两种导向?", "帮扶手段主要
# 靠什么,又有什么毛病?"): the second part, answered beside the first.
_ASKS_ZH = re.compile(r"什么|啥|哪|几|多少|怎|如何|为何|为什么|何|干嘛|咋")
_PARTS = re.compile(r"[?？]\s*"
                    r"|[,，](?=(?:又|还|并且?|同时)[^,，?？]{0,16}(?:什么|啥|哪|几|多少|怎|如何))")
SECOND_PART_CHARS = 4


def second_part(text: str) -> str | None:
    """The second of a Chinese question's two asking parts, if it has two."""
    text = text.strip()
    cuts = [m for m in _PARTS.finditer(text) if m.end() < len(text)]
    if len(cuts) != 1:
        return None
    first, second = text[: cuts[0].start()], text[cuts[0].end():]
    if (not _ASKS_ZH.search(first) or not _ASKS_ZH.search(second)
            or len(re.findall(r"[\u4e00-\u9fff]", second)) < SECOND_PART_CHARS):
        return None
    return second


# Who gave the speech itself ("攀枝花这篇…讲话是哪位市领导讲的?", "who gave the speech on…"):
# no speech names its speaker, whoever else it names ("东明书记作出重要指示").
_ASKS_SPEAKER = re.compile(
    r"(?:这篇|那篇|篇[一二三四五六七八九十])[^?？,，。]{0,16}?讲话人?(?:是|由)"
    # (the speaker's place said before: "是攀枝花哪位市领导讲的")
    r"[\u4e00-\u9fff]{0,4}?(?:谁|哪位[\u4e00-\u9fff]{0,4})(?:讲|作|做|发表)的"
    # (or the one who spoke, asked by name: "…会上讲话的市领导叫什么名字?")
    r"|会上讲话的(?:那位|那个)?[省市县区]?(?:领导|同志|书记|人)(?:是谁|叫什么(?:名字)?|叫啥)"
    r"|\bwho (?:gave|delivered|made) (?:the|this|that) speech\b", re.IGNORECASE)


# What the meeting a speech was given at is for, asked ("这次会议到底是干什么的?", "开这个会
# 主要为了啥?", "What was that meeting mainly about?").
# ("这次开会主要想…": the meeting as its holding)
_THIS_MEETING = r"(?:这次|那次|此次|本次|这个|那个)开?会议?"
_ASKS_MEETING_TASK = re.compile(
    rf"(?:{_THIS_MEETING}|"
    # (or named by the clause before: "攀枝花开的那个…党建会,说白了主要是来干啥的?")
    r"会[,，])(?:说白了|说到底|讲白了)?[,，]?(?:到底|究竟)?(?:主要)?(?:是|要)?开?来?"
    r"(?:(?:为了)?(?:干什么|干啥|干嘛|做什么)|为了什么|为了啥)(?:的|呢)?|"
    rf"{_THIS_MEETING}的?(?:主要)?(?:目的|任务)(?:是(?:什么|啥)|有哪些)|"
    # ("为什么要开这次园区和农村党建工作会?")
    r"为(?:什么|啥)要?(?:开|召开)(?:这次|此次|本次|这个|那次|那个)|"
    # ("这个会,开起来主要是想解决什么、达到什么目的?", "这次开会主要想…达到什么目的?")
    rf"{_THIS_MEETING}[,，]?[^?？]{{0,12}}?(?:达到|为了)(?:什么|啥)目的|"
    r"\bwhat (?:was|is) (?:that|this|the) (?:[\w-]+ ){0,3}(?:meeting|conference) "
    r"(?:in speech \d )?(?:mainly |chiefly |primarily )?(?:about|for)\b"
    r"|\b(?:purpose|aim) of (?:that|this|the) (?:meeting|conference)\b",
    re.IGNORECASE)


def first_part(text: str) -> str:
    """A Chinese question's first asking part (all of it, if it has one)."""
    second = second_part(text)
    return text[: text.rindex(second)] if second is not None else text


def english_number(word: str) -> int | None:
    """"two" → 2, up to ten."""
    word = word.lower()
    return _EN_NUMBERS.index(word) + 1 if word in _EN_NUMBERS else None


# A numbered point's opener quoted with the words its points share ("“五要突出抓好”" for
# "一要突出抓好…" … "五要突出抓好…"): the term is the shared words.
_ITEM_OPENER = re.compile(r"^[一二三四五六七八九十][是要](?=[\u4e00-\u9fff]{2})")


# The first items of a list asked for ("前两个是什么?", "头三项", "just the first two"): those
# only.
_FIRST_ITEMS = re.compile(r"[前头]([两二三四五六七八九])(?:个|条|项|点|种|类|块|部分|方面|样|招|步)"
                          r"|\bthe first (two|three|four|five)\b", re.IGNORECASE)


def first_items(text: str) -> int | None:
    """How many of a list's first items the question asks for, if it asks for its first few."""
    m = _FIRST_ITEMS.search(text)
    if m is None:
        return None
    return chinese_number(m.group(1).replace("两", "二")) if m.group(1) else english_number(
        m.group(2))


# A list a question states its count of, then picks from ("围绕村级班子建设提出的六个方面工作中,
# 最后两个方面是什么?"): not one it asks for ("哪六个方面"), nor the first few ("前三项").
_STATED_LIST = re.compile(
    r"(?<![哪前后头第几])([两二三四五六七八九十])(?:个|项|条|点|大|支)"
    r"(方面|要求|措施|任务|举措|问题|意见|原则|环节|制度|队伍)[^,，。?？]{0,4}?"
    # "…抓好六支队伍,第六支是啥?": the list, then an item picked from it
    r"(?:中|里|当中|之中|[,，](?=第|最后|倒数|头一|打头|排头))")


def stated_list(text: str) -> tuple[int, str] | None:
    m = _STATED_LIST.search(text)
    if m is None:
        return None
    n = chinese_number(m.group(1).replace("两", "二"))
    return (n, m.group(2)) if n is not None else None


def counted_before_each(text: str) -> int | None:
    """The one count a question states before asking "分别…" ("从历史、时代和现实三个角度…,
    分别得出了什么结论?" → 3), if it states one."""
    counts = _COUNT_BEFORE_EACH.findall(text.split("分别")[0]) if "分别" in text else []
    return chinese_number(counts[0].replace("两", "二")) if len(counts) == 1 else None


def items_asked(text: str) -> int | None:
    """The number of items a list question names, if it names one."""
    m = _ITEMS_ASKED.search(text) or _COUNTED_ASKED.search(text)
    if m:
        return chinese_number(next(filter(None, m.groups())).replace("两", "二"))
    if not is_english(text):
        return None
    if _HOW_MANY_EN.search(text):
        # a count asked of things a quoted name counts ("How many 'Five Good' organisations")
        # asks no list of five
        text = QUOTED.sub(" ", SINGLE_QUOTED.sub(" ", text))
    m = _ITEMS_ASKED_EN.search(text)
    return english_number(m.group(1)) if m else None


_HOW_MANY_EN = re.compile(r"\bhow many\b", re.IGNORECASE)


_ASKS_WITH = re.compile(r"什么|啥|哪|怎|如何|谁|为何|为什么")
# (any verb asked as "A不A" or "A没A": "光看几项达没达标够不够?")
_FEW_THEN_WHETHER = re.compile(r"(?<![哪好这那前近头])几[^,，。;；?？]*?([\u4e00-\u9fff])[不没]\1")


# A list asked for after its count ("一共有几条?帮我都列出来").
_LIST_REQUESTED = r"(?:帮我|请|麻烦)?(?:都|全|全部|一一|逐条)?列(?:出来|一下|举)"
# The few counted, each asked ("都是啥", "分别指什么").
_EACH_WHICH = r"(?:都|分别|各)(?:是|有|指)?(?:啥|什么|哪些)"
# Which they are, asked again after their count ("一共有几条?都是哪几条?").
_WHICH_AGAIN = r"[?？](?:都|分别|各)?(?:是|有|指)?哪几[条项个点种类件样步招]"
# "几条措施都是啥?", "一共几条,都是啥?": the few counted, asked each, are a list (not a few
# places, "另外几个乡都有啥招?", each asked what it did)
_SEVERAL_EACH = re.compile(r"几(?:[条项点种类件样步招大]|个(?![乡镇村县市区省]))"
                           r"[\u4e00-\u9fff]{0,6}?[,，?？]?"
                           rf"(?:{_EACH_WHICH}|{_LIST_REQUESTED})")
_WHICH_SEVERAL = re.compile(
    r"几[条项个点种类件样步招][\u4e00-\u9fff]{0,6}?"
    rf"(?:{_EACH_WHICH}|{_WHICH_AGAIN}|[?？]?{_LIST_REQUESTED})")


# "几个乡镇把…推到了…": a few, of whom the clause goes on to say what they did.
_A_FEW_WHO = re.compile(r"几([个名位家所][\u4e00-\u9fff]{1,4}?[把将已都也还][\u4e00-\u9fff])")


# A count of points ("几对", "几条"; not "几个乡镇", a count of places).
_FEW_POINTS = re.compile(r"(?<![哪好这那前近头])几(?=[对条项点件招样])")


def asked_part(text: str) -> str:
    """The question as it asks: in an either-or question ("是全铺开,还是先弄几个点再推开?")
    "几" means "a few", not "how many"; so it does before a last clause that asks with another
    question word ("班子里几个人面和心不和,具体都是些什么表现?")."""
    if "还是" in text:
        return text.replace("几", "")
    # and in a clause asking whether after it ("村里几个头头能不能一人占一间屋?": may the few
    # heads; not "能不能说说有几个乡镇?")
    if "多少" not in text and _FEW_THEN_WHETHER.search(text):
        return text.replace("几", "")
    # "几条措施都是啥?": which the measures are, not how many
    text = _WHICH_SEVERAL.sub(lambda m: m.group(0).replace("几", "", 1), text)
    # clauses end at commas, and at a yes-or-no question inside the text ("…几个“好”就够了
    # 吗?还得看啥?": the last asks; not "一共提了几点要求?都是啥?")
    *before, last = re.split(r"(?:(?<=[,，;；])|(?<=吗[?？]))(?=.)", text.rstrip())
    if before and _ASKS_WITH.search(last) and not re.search(r"几|多少", last):
        return "".join(before).replace("几", "") + last
    # nor in a clause asking, with another word, what the few did ("有几个乡镇还把这活动扩到
    # 谁身上了?": some townships, whom they extended it to)
    few = _A_FEW_WHO.search(text)
    if (few and "多少" not in text and _ASKS_WITH.search(text, few.end())
            and not re.search(r"(?<!哪)几", text[few.end():])):
        return text[:few.start()] + few.group(1) + text[few.end():]
    # nor before a last clause asking which ones, in a clause that goes on to say what they
    # did ("有几个乡镇把…推到了村里整个班子,是哪几个地方?"; not "耒阳有几个乡镇,分别是哪几个?"),
    # or counting points, which the list counts ("有几对事得拿捏好分寸,是哪几对?")
    if before and re.search(r"哪几|哪些|分别", last) and not re.search(r"(?<!哪)几|多少", last):
        return "".join(_FEW_POINTS.sub("", _A_FEW_WHO.sub(r"\1", c)) for c in before) + last
    return text


# A part of a quoted counted term asked by its own character and count ("“三联三增”…联哪三方面、
# 增哪三方面?", "“双学双用”…学哪两样?", or "…是哪三联、哪三增?"): what the term stands for.
_PART_ASKED = re.compile(r"([\u4e00-\u9fff])哪([两二三四五六七八九十])"
                         r"|哪([两二三四五六七八九十])(?![个项条种类点方样件])([\u4e00-\u9fff])")
_SAME_COUNT = {"两": "两二双", "二": "两二双"}


def _parts_asked(text: str) -> bool:
    terms = QUOTED.findall(text)
    return any((m.group(1) or m.group(4)) in t and any(
        c in t for c in _SAME_COUNT.get(m.group(2) or m.group(3), m.group(2) or m.group(3)))
               for m in _PART_ASKED.finditer(text) for t in terms)


# Two things changing together in English ("the lower the level, the stronger the economy";
# Chinese says it with 越…越…, which `_COMPARES` does not read): no quantities compared.
_CORRELATIVE_EN = re.compile(r"\bthe (?:more|less|fewer|\w+er)\b[^,?]{0,40},\s*the (?:more|less"
                             r"|fewer|\w+er)\b"
                             # (or said the other way round: "…gets stronger the lower down you go")
                             r"|\b(?:more|less|\w+er) the (?:more|less|fewer|\w+er)\b",
                             re.IGNORECASE)


# A clause saying what something is for ("…, to give new economic organisations more
# vitality?"): what is gained, no quantity compared.
_PURPOSE_CLAUSE_EN = re.compile(r"[,;]\s*(?:so as |in order )?to \w+\b[^,;?]*", re.IGNORECASE)


def compares(text: str) -> bool:
    """Whether the question compares quantities ("哪个地方的面积更大", "which has more…")."""
    return bool(_COMPARES.search(_PURPOSE_CLAUSE_EN.sub(" ", _CORRELATIVE_EN.sub(" ", text))))


# An example of what is asked, after the question ("…准备怎么改,比如领导干几年那种?"): the
# kind of thing meant, no detail asked of its own.
_EXAMPLE_CLAUSE = re.compile(r"(?<=[,，、;；])(?:比如|例如|譬如)说?[^,，。;；?？]{1,20}?"
                             r"(?:那种|这种|那样的?|这样的?|之类的?|什么的)(?=[?？。,，]|$)")


def counted_term_asked(term: str, text: str) -> bool:
    """Whether the question asks which things a quoted count counts ("“四区驱动”…哪四个区")."""
    # (the counted word quoted again: "“四个一”…是哪四个“一”?")
    return (term[:1] in NUMERAL_CHARS and len(term) >= 3 and re.search(
        rf"哪{term[0]}(?:个|项|条|种|样|大)?[“\"]?[{re.escape(term[1:])}]", text) is not None)


def needs(text: str) -> tuple[Need, ...]:
    """What kind of detail the question asks for, if it is specific."""
    text = _EXAMPLE_CLAUSE.sub("", text)
    if compares(text):
        return (Need.NUMBER,)  # "哪个地方的面积更大": the quantities compared, not a place
    if _EITHER_WAY.search(text):
        return ()  # "higher or lower than the country's?": which way, said in words ("低于")
    out = []
    if _DATE_Q.search(text):
        out.append(Need.DATE)
    elif _NUM_Q.search(text):
        out.append(Need.NUMBER)
    elif _DURATION_Q.search(text):
        out.append(Need.DURATION)
    if _PERSON_Q.search(text) and not _WHO_WHOM.search(text) and not _THING_ASKED.search(text):
        out.append(Need.PERSON)
    if _PLACE_Q.search(text) and not _FOCUS_WHERE.search(text):
        out.append(Need.PLACE)
    if _POST_Q.search(text):
        out.append(Need.POST)
    if _MEETING_Q.search(text):
        out.append(Need.MEETING)
    if _WORK_Q.search(text):
        out.append(Need.WORK)
    if ((_CONTENT_Q.search(text) and (QUOTED.search(text) or SINGLE_QUOTED.search(text)))
            or _parts_asked(text) or any(re.search(rf"具体要{re.escape(t[:2])}哪[些几]", text)
                                         or counted_term_asked(t, text)
                                         for t in QUOTED.findall(text))):
        # (or a quoted slogan by its own verb: "“夯实基础”,具体要夯实哪些方面的基础?"; or
        # a counted term by what it counts: "“四区驱动”,到底是哪四个区?")
        out.append(Need.CONTENT)
    return tuple(out)


# Words jieba tags as places that name no particular place ("各乡镇", "全市", "农村").
_GENERIC_PLACE = re.compile(r"^(?:各|全|本|我|该|每|这|那|哪|某|其|农村|城乡|乡镇|基层|村级|行政"
                            # "镇里", "县里": in the township or county spoken of, no name;
                            # "哪两个城市": cities, none named; "村镇县三级": levels only
                            r"|[省市县区乡镇村]里$|城市$|[省市县区乡镇村]+$)")
# Named things a question can get wrong: Party plenums, five-year plans, years, anniversaries,
# and Latin words in a Chinese question (a product, a programming term).
_PLENUM = re.compile(r"十[一二三四五六七八九]?届[一二三四五六七八九]中全会")
_SPECIFIC = re.compile(
    _PLENUM.pattern + r"|(?<!届)[一二三四五六七八九]中全会"
    r"|“?十[一二三四五六七]五”?|\d{4}年|\d+周年|[A-Za-z][A-Za-z+#]{2,}"
    # a local committee's plenary session ("九届六次全委(扩大)会议")
    r"|[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?=全委|全会|全体)"
    # a Party congress ("党的二十大", "十八大报告"; not "十大工程")
    r"|(?:二十|十[一二三四五六七八九])大(?![项类件批队户])"
    # a batch, round, occurrence or class of a programme ("第四批选派干部", "第二轮", "第三次…
    # 评议", "第七期“双语”培训班"): "第五批" is another
    r"|第[一二三四五六七八九十]+[批轮次回期]")
# A request for a service of one's own, not about the speeches: "Recommend a good hotel…",
# "How do I renew my passport?", "Can you help me renew…", "帮我写一份总结", "你能帮我订…".
_PERSONAL_REQUEST = re.compile(
    r"^\s*(?:please\s+)?(?:(?:can|could|would|will) you\s+(?:please\s+)?)?"
    r"(?:recommend|suggest|book|order|translate|write me|help me|how (?:do|can|should) i)\b"
    r"|^\s*(?:请)?(?:你)?(?:能不能|能否|可以|可不可以|能)?(?:帮我|给我|替我)"
    r"(?:写|做|订|查|推荐|翻译|起草|拟|出|制作|设计|编)"
    # a document of one's own to be drafted ("…年度收支审计报告模板", "a template for…")
    r"|模板|范文|范本|\btemplates?\b"
    r"|^\s*推荐", re.IGNORECASE)
# How a speech opens, asked in English (the answerer quotes its first sentences).
HOW_IT_OPENS_EN = r"\bhow does (?:it|the speech|that speech) (?:open|begin|start)\b"
# Where a question points in a speech: its opening or its close ("开头是要加快速度…" describes
# a slogan's first words, not the speech's; "开头是怎么说的?" asks the speech's).
# (not the start of a part: "最后一大块开头", "第三部分开头")
_OPENING = re.compile(r"(?<![块分段节条点面])开头(?!是(?!怎么|怎样|如何|啥|什么))|开篇|一开始|"
                      r"开场|刚开始|一上来|\b(?:at|in) the (?:start|beginning|outset|opening)\b|"
                      # a keyword query: "speech 2 opening proverb"
                      r"\bspeech(?:'s)?\s+(?:\d\s+)?(?:opening|opens)\b|"
                      + HOW_IT_OPENS_EN, re.IGNORECASE)
# (not the last item: "排在末尾的那条"; "最后号召…", "最后给大家…", "最后对大家…", "最后落脚在
# 哪儿?", "最后落在哪句话上?", "最后喊的口号", "说到最后" and a meeting "开到最后" are at a
# speech's end, but not "最后一条", nor ultimately, "最后想达到个啥效果", "最后落在哪?", nor
# what its last part says, "最后说,…往哪边使劲?", nor where a passage's reasoning ends, "面对
# 这些,它最后落到个啥结论上?", nor its last part named as its close, "收尾的那一大部分")
_CLOSING = re.compile(rf"(?!{_LAST_AS_CLOSE})(?:收尾|结尾)|末尾(?!的?[一那这]?一?(?:{_ITEM_ZH}))|"
                      r"结束的时候|结束时|快结束|"
                      r"最后(?=呼吁|号召|喊|[给对](?:大家|同志们)|落脚|落在(?:哪|什么)一?句)|"
                      # a speech's last sentence or paragraph ("京口区那篇讲话最后一句", "那篇的
                      # 最后一段", its naming cut to a space), not a list's last item
                      r"(?:(?:(?<=讲话)|(?<=[那这]篇)|(?<=篇[一二三四五六七八])|(?<=发言))的?"
                      r"|(?<=\s)的)最后(?:一|那)?(?:句|段)话?|"
                      r"(?:[说讲]|会?开)到(?:最后|末了)|"
                      # ("它最后是怎么收的?", "攀枝花的讲话到最后…")
                      r"最后是?(?:怎么|如何|怎样)收(?:尾|场|的)|(?:(?<=讲话)|(?<=[那这]篇))到(?:最后|末了)|"
                      # (the meeting's last words: "那个县的会最后提了哪几点要求?"; not "开大会
                      # 最后发了个啥文件", of a meeting the speech tells of)
                      rf"(?<=的会)上?最后(?![一那这]?一?(?:{_ITEM_ZH}))|"
                      # ("会开完之前", "会议开完前": the meeting's end)
                      r"临结束|结束前|快散|散会|快讲完|讲完的时候|会议?快?要?开完(?:之?前|的时候)|"
                      # (not "in the end" alone: ultimately)
                      r"\b(?:at|towards?|near) the (?:end|close)\b|\bin the (?:end|close) of\b|"
                      r"\bin (?:closing|conclusion)\b|\bclosing (?:remarks|words|part)\b|"
                      r"\bwrap(?:ping)?[- ]?up\b|\bconcluding (?:remarks|words|part)\b|"
                      # a keyword query: "Shaya speech closing: …"
                      r"\bspeech(?:'s)?\s+(?:\d\s+)?(?:closing|ending|conclusion)\b",
                      re.IGNORECASE)


# A run of the question naming an occasion: most of its character pairs are the occasion's
# ("“三项活动”推进会": 5 of 6), and enough of them that a generic "推进会" or "党建工作会"
# names no one speech (set by reading).
OCCASION_SHARE = 0.8
OCCASION_PAIRS = 5
_OCCASION_RUN_MAX = 16
# Or the occasion with one word left out of its middle ("现场交流会" for "现场经验交流会"), whose
# pairs fall short only because the gap breaks one: kept at least this long (set by reading: a
# generic "工作会" is three), the word at most this long (a longer gap names another meeting:
# "产业园区党建工作会议", the national one 篇八 tells of, is not its "产业园区和农村基层党建
# 工作会").
ABRIDGED_OCCASION_CHARS = 5
ABRIDGED_GAP_CHARS = 2
_QUOTE_MARKS = re.compile(r"[“”\"'‘’「」《》]")


# How a question describes the speech it asks about rather than what it asks: "十九届五中全会
# 那篇里", "那篇以建党一百周年献礼收尾的讲话", "提到1679年第一个政党的那篇".
# (or the place whose speech it is: "那个搞“三项活动”的市,…")
# A character of the words describing a speech, or a saying quoted whole, commas and all
# ("开头引了“九层之台,起于垒土”的那篇").
_DESCRIBING = r"(?:“[^”]{1,30}”|[^,，。;；:：?？!！“])"
_DESCRIBES_SPEECH = re.compile(
    rf"({_DESCRIBING}{{2,24}}?)的?[那这]篇"
    r"(?!讲话?[的中里]?[^,，。;；:：?？]{0,2}[说讲提])"
    # (and where it was given: "那篇…的市里讲话")
    r"|[那这]篇([^,，。;；:：?？!！]{2,24}?)的(?:[省市县区][里级委]?的?)?(?:讲话|发言)"
    r"|[那这]个([^,，。;；:：?？!！]{2,24}?)的[市县区](?=[,，]|[里那这])"
    # (by a programme or term it quotes: "搞“磐石计划”的那个区,…"; not "开现场会的那个市", of
    # a kind of meeting two speeches hold)
    r"|([^,，。;；:：?？!！“]{0,6}“[^”]{1,30}”[^,，。;；:：?？!！“]{0,6}?)的[那这]个[市县区]"
    r"(?=[,，]|[里那这])")


# A speech described by what it mentions ("提到谷汪乡、牛场镇的那篇"): the places named there
# say which speech, not where what is asked happened.
_MENTIONING_SPEECH = re.compile(
    rf"(?:提到|提及|讲到|说到|谈到|引用|引了){_DESCRIBING}{{1,24}}?的?"
    r"[那这](?:篇|次[^,，。;；?？]{0,6}?会)"  # (or the meeting it was given at: "那次全省会上")
    r"|\b(?:the|that) speech (?:that |which )?(?:quotes|quoted|mentions|cites|refers to)\b"
    r"[^,;?]*", re.IGNORECASE)
# A place's style ("Hunan-style", "Sichuan-style"): a way of doing a thing, named after it.
_STYLE_OF_PLACE = re.compile(r"\b[A-Z][a-z]+-style\b")


def _asked_places(text: str, rest: str, places: Sequence[str]) -> tuple[str, ...]:
    """The places a question asks about: not those only naming its speech by mentioning them
    (`rest`: the question without those words)."""
    # (a place the question names by what holds it, "新疆那个县" → 沙雅, is asked about)
    return tuple(p for p in places if p in rest or bare_place(p) in rest
                 or not (p in text or bare_place(p) in text))


# Words describing a speech by what it says at its close or opening ("最后说要…", "结尾号召…").
_SAYS_WHERE = re.compile(r"(?:最后|结尾|收尾|开头|开篇)[^\s]{0,2}?(?:说|讲|提|号召|呼吁|引)")


def speech_described(text: str) -> str:
    """The words by which the question describes its speech ("十九届五中全会那篇" → "十九届五中
    全会"): they say which speech, and no sentence of it is their answer."""
    # (not a level alone, "市里那篇": several speeches were given at it; `speech_by_level`
    # takes the level that one speech was given at)
    return " ".join(d for m in _DESCRIBES_SPEECH.finditer(text)
                    if not _LEVEL_ONLY.fullmatch(
                        d := m.group(1) or m.group(2) or m.group(3) or m.group(4)))


_LEVEL_ONLY = re.compile(r"[省市县区乡镇村](?:里|级|委|上)")


# The item just quoted, pointed at ("这一条里", "这条", "这一点上", "in this one").
_THIS_ITEM = re.compile(r"[这那]一?[条点项个]里|[这那]一?[条点项][上中]|\bin (?:this|that) one\b",
                        re.IGNORECASE)
# What was just quoted, pointed at as a whole ("那里面引用了谁的话?")
_THIS_SAID = re.compile(r"^那?[这那](?:里面|里头|里边|当中)")
# A speech named by its length ("最短的那篇", "那篇最短的讲话", "the longest speech").
# (not "这篇最长的一段": the longest paragraph of the speech in hand)
# ("就一小段话的那篇", "那篇只有短短一段": one paragraph, the shortest)
_BY_SIZE = re.compile(r"(?:那|这|一)?篇(?:讲话)?(?:篇幅|字数)?最(短|长)的?(?:讲话)?"
                      r"(?![\u4e00-\u9fff])"
                      r"|(?:篇幅|字数)?最(短|长)的?(?:那|这)?一?篇(?:讲话)?"
                      r"|\b(?:the )?(short|long)est speech\b"
                      r"|(?:只有|就|仅)(?:短短|那么)?(一)小?段话?的?[那这]?篇(?:讲话)?"
                      r"|[那这]篇(?:讲话)?(?:只有|就|仅)(?:短短|那么)?(一)小?段"
                      # ("the one-paragraph speech", "only a single paragraph long")
                      r"|\b(?:one|a single)[- ]paragraph\b"
                      # ("那篇很短的讲话": the short one of them)
                      r"|[那这]篇(?:很|特别|挺|非常)短的?讲话", re.IGNORECASE)


def speech_by_size(text: str, sizes: Mapping[int, int]) -> tuple[int, str] | None:
    """The speech the question names by its length, of `sizes` (characters by speech), and
    the words naming it."""
    m = _BY_SIZE.search(text)
    if m is None or len(sizes) < 2:
        return None
    short = (m.group(1) or m.group(2) or m.group(3) or "short").lower() in ("短", "short")
    return (min if short else max)(sizes, key=lambda n: sizes[n]), m.group(0)


# A speech named by the level it was given at ("区里开会那篇", "县里那篇讲话", "省里的那篇").
# (not a word ending in the level's character: "说园区的那篇", "社区那篇")
_BY_LEVEL = re.compile(r"(?<![园社景城山辖片郊街营])([省县区])(?:里|级|委)(?:开会|开的会)?的?"
                       r"[那这]篇(?:讲话)?"
                       # or after it ("那篇区委开会的讲话")
                       r"|[那这]篇([省县区])(?:里|级|委)(?:开会|开的会|开)?的(?:讲话|发言)"
                       # or by the meeting held there ("省里开的那个农村党建会"), or its speech
                       # there ("区里那次…会上的讲话"; not the meeting alone, "区委那次会上,",
                       # the speech's own or one it tells of)
                       r"|(?<![园社景城山辖片郊街营])([省县区])(?:里|级|委)(?:召开|开)的[那这][个次]"
                       r"[^,，。;；?？]{0,12}?会议?"
                       r"|(?<![园社景城山辖片郊街营])([省县区])(?:里|级|委)[那这][个次]"
                       r"[^,，。;；?？]{0,12}?会议?上?的讲话"
                       # or by its meeting of the whole level ("全省农村党建会那篇")
                       r"|全([省县区])[^,，。;；?？]{0,12}?会议?上?的?[那这]篇")


# and in English ("the district speech", "the county-level speech")
_BY_LEVEL_EN = re.compile(r"\b(provincial|province|county|district|city|municipal)(?:-level)?"
                          r"\s+(?:Party\s+)?speech\b", re.IGNORECASE)
_SPEECH_LEVELS_EN = {"provincial": "省", "province": "省", "county": "县", "district": "区",
                     "city": "市", "municipal": "市"}


def speech_by_level(text: str, levels: Mapping[int, str]) -> tuple[int, str] | None:
    """The one speech given at the level the question names it by, of `levels` (the
    speaker's level by speech), and the words naming it."""
    m = _BY_LEVEL.search(text)
    named = next((g for g in m.groups() if g), None) if m is not None else None
    if m is None and (m := _BY_LEVEL_EN.search(text)) is not None:
        named = _SPEECH_LEVELS_EN[m.group(1).lower()]
    at = [n for n, level in levels.items() if named is not None and level == named]
    return (at[0], m.group(0)) if m is not None and len(at) == 1 else None


def occasion_named(text: str, occasions: Mapping[int, str]) -> tuple[int, str] | None:
    """The speech whose occasion the question names, and the words naming it: the longest run
    ending in 会 or 会议 whose character pairs are mostly that occasion's, when exactly one
    speech's occasion fits it, or of several exactly one is the run with a word left out
    (`_abridges`; quote marks aside)."""
    pairs = {n: set(cjk_bigrams(_QUOTE_MARKS.sub("", o))) for n, o in occasions.items() if o}
    best: tuple[int, str] | None = None
    for m in re.finditer(r"会议?", text):
        end = m.end()
        for start in range(max(0, end - _OCCASION_RUN_MAX), end - 2):
            run = text[start:end]
            grams = cjk_bigrams(_QUOTE_MARKS.sub("", run))
            # (a run opens with a pair of the occasion's: "开“三项…" is not one, "“三项…" is)
            fits = [n for n, known in pairs.items()
                    if grams and grams[0] in known and run[0] not in "”\""
                    and (sum(g in known for g in grams) >= max(OCCASION_PAIRS,
                                                               OCCASION_SHARE * len(grams))
                         or _abridges(run, occasions[n]))]
            if len(fits) == 1:
                if best is None or len(run) > len(best[1]):
                    best = (fits[0], run)
                break  # the longest run ending here
            if len(fits) > 1:
                # (unless it is one of them with a word left out: "基层组织建设会" is 篇五's
                # "基层组织建设工作会议", not 篇六's "农村基层组织建设工作现场会议")
                abridged = [n for n in fits if _abridges(run, occasions[n])]
                if len(abridged) == 1 and (best is None or len(run) > len(best[1])):
                    best = (abridged[0], run)
                break  # two speeches' occasions: it names neither
    return best


def _abridges(run: str, occasion: str) -> bool:
    """Whether `run` is `occasion` with one word of its middle left out ("现场交流会" of
    "现场经验交流会", "基层组织建设会" of "基层组织建设工作会议"): its opening two characters or
    more, its close at least the meeting's own word."""
    run = _QUOTE_MARKS.sub("", run).removesuffix("议")
    occasion = _QUOTE_MARKS.sub("", occasion).removesuffix("议")
    gap = len(occasion) - len(run)
    return len(run) >= ABRIDGED_OCCASION_CHARS and 0 < gap <= ABRIDGED_GAP_CHARS and any(
        occasion.startswith(run[:cut]) and occasion.endswith(run[cut:])
        for cut in range(2, len(run)))


# The kind of meeting an occasion was ("…工作推进会" → 推进会, "…现场会议" → 现场会).
_OCCASION_KIND = re.compile(r"([\u4e00-\u9fff]{2})会议?$")


def occasion_kinds(occasions: Mapping[int, str], texts: Mapping[int, str]) -> dict[str, int]:
    """The kinds of meeting only one speech's occasion names ("推进会"): not another occasion's
    ("现场会" is also the "现场经验交流会" a user may call so), nor said in another speech's
    text (a meeting it tells of)."""
    kinds: dict[str, int] = {}
    for n, occasion in occasions.items():
        m = _OCCASION_KIND.search(_QUOTE_MARKS.sub("", occasion))
        if m is None:
            continue
        kind = m.group(1) + "会"
        if not any(m.group(1) in o for k, o in occasions.items() if k != n) and not any(
                kind in t for k, t in texts.items() if k != n):
            kinds[kind] = n
    return kinds


def occasion_by_kind(text: str, kinds: Mapping[str, int]) -> tuple[int, str] | None:
    """The speech a question names by the kind of meeting it was given at, when only its
    occasion was one ("那次年中推进会上…": 篇七's "…“三项活动”工作推进会"), and the words."""
    return next(((n, kind) for kind, n in kinds.items() if kind in text), None)


# An English question naming a speech by its meeting ("the three-activities speech", "the 'three
# campaigns' push meeting", "And the three-activities city?"): one of the speeches' terms right
# before a word for what the speech or meeting is, or for its place.
_NAMES_SPEECH_EN = re.compile(r"(?:speech|talk|address|remarks|meeting|conference|session|"
                              r"rally|city|county|district)$", re.IGNORECASE)
_EN_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# ("what guarantees is the … meeting supposed to provide?", "the meeting's main task")
_ABOUT_THE_MEETING = re.compile(r"\b(?:meeting|conference|session)\b(?:'s)?[^?.,;]{0,40}?"
                                r"\b(?:supposed to|meant to|intended to|held to|purpose|aims?|"
                                r"tasks?|agenda)\b", re.IGNORECASE)
OCCASION_TERM_CHARS = 4  # a shorter word ("会议", "农村") is many occasions'
OCCASION_WORDS_EN = 3  # English words one of the speeches' terms may take ("three campaigns")
OCCASION_GAP_EN = 1  # words between the term and what it names ("three campaigns push meeting")
_ARTICLE_EN = re.compile(r"the|a|an|this|that|its", re.IGNORECASE)  # opens a phrase of its own


def occasion_translated(search: str, words: Sequence[str], occasions: Mapping[int, str],
                        translator: Translator) -> tuple[int, str, str] | None:
    """For an English question naming a speech by what it calls its meeting: the speech, the
    Chinese word (of those its words translate to) that one speech's occasion alone holds
    ("three-activities" → 三项活动, of "…“三项活动”工作推进会"), and `search` without the
    words naming it, which would find the meeting's own sentences ("会议的主要任务是…")."""
    bare = {n: _QUOTE_MARKS.sub("", o) for n, o in occasions.items() if o}
    tokens = list(_EN_WORD.finditer(search))
    for word in words:
        fits = [n for n, o in bare.items() if len(word) >= OCCASION_TERM_CHARS and word in o]
        if len(fits) != 1:
            continue
        for size in range(1, OCCASION_WORDS_EN + 1):
            for i in range(len(tokens) - size + 1):
                span = search[tokens[i].start(): tokens[i + size - 1].end()]
                if _ARTICLE_EN.fullmatch(tokens[i + size - 1].group(0)) or (
                        word not in translator.coined(span) and word not in translator.terms(span)):
                    continue
                after = tokens[i + size: i + size + 1 + OCCASION_GAP_EN]
                named = next((t for t in after if _NAMES_SPEECH_EN.match(t.group(0))), None)
                if named is None or any(_ARTICLE_EN.fullmatch(t.group(0)) for t in after
                                        if t.start() < named.start()):
                    # the term is asked about ("what did the 'three activities' achieve",
                    # "What are the 'three activities' the city in speech 7 is pushing?")
                    continue
                if _ABOUT_THE_MEETING.search(search):
                    return fits[0], word, search  # what the meeting is for is its own words
                rest = f"{search[:tokens[i].start()]} {search[named.end():]}".strip()
                return fits[0], word, rest
    return None


# A question about the meeting itself (its task, purpose, circumstances): a speech states
# them as it opens ("今天召开…会议,主要任务是…").
_THE_MEETING = re.compile(
    r"(?:这次|此次|本次|那次|那个|这个|今天的?)(?:开的?)?会议?[,，]?(?:上)?(?:的|是|主要)?"
    r"[^,，。?？]{0,8}?(?:任务|目的|背景|情况下|主要内容|议程|为什么开|为啥开|开的"
    # ("这次开会主要是要干啥?")
    r"|主要是?要?(?:干|做|搞)(?:啥|什么|嘛))"
    r"|\b(?:purpose|aim|tasks?|background|agenda) of (?:the|this|that) meeting\b"
    r"|\bwhy (?:was|is|were) (?:the|this|that) meeting\b", re.IGNORECASE)


def position_in_speech(text: str) -> str | None:
    """"opening" or "closing" when the question points at that part of a speech, or asks
    about the meeting itself (its task, purpose, circumstances: the opening)."""
    opening = _OPENING.search(text) or _THE_MEETING.search(text)
    closing = _CLOSING.search(text)
    if opening and not closing:
        return "opening"
    if closing and not opening:
        return "closing"
    return None


# A yes-or-no question: whether something holds, not what it consists of.
_ASKS_WHETHER = re.compile(
    r"是否|能否|能不能|可不可以|是不是|有没有|吗\s*[?？]?\s*$"
    r"|^(?:speech \d+\s*[:,]\s*)?(?:can|could|does|do|did|is|are|was|were|should|must|may|has|"
    r"have)\b", re.IGNORECASE)
# A request put as a question ("能逐条列一下吗?", "可以讲讲吗?", "Can you list…"): not yes or no.
_REQUEST = re.compile(r"(?:能|可以|能不能|可不可以|麻烦)[^,，。?？]{0,4}?"
                      r"(?:列|说|讲|介绍|解释|概括|展开)(?:一下|说|讲|出来)|^(?:can|could) you\b",
                      re.IGNORECASE)
_YEAR_EN = re.compile(r"\b(?:19|20)\d\d\b")


# Whose words a passage quotes ("引了哪位革命导师的话?", "这话是谁说的?", "Who did the speaker
# quote…?"), not who gave a speech ("是哪位领导到会讲的话?").
_WHOSE_WORDS = re.compile(
    r"(?:引|援引|搬出|借用)[了用的是出]{0,3}[^,，。?？]{0,10}?(?:哪位|谁)"
    r"|(?:哪位|谁)[^,，。?？]{0,12}?(?<![讲说])(?:的话|名言|的说法|的论述)"
    r"|是?谁说的|谁说过"
    r"|\bwho(?:se)?\b.{0,40}\bquot|\bquot\w*\b.{0,30}\bwho\b"
    r"|\bwhose (?:words|saying|remarks?)\b", re.IGNORECASE)


def asks_whether(text: str) -> bool:
    """Whether the question asks yes or no, a request put as a question set aside ("能逐条列
    一下吗?" asks for the list; "能不能说说篇三有没有提到淮北?" still asks whether)."""
    if _REQUEST.search(text):
        text = re.sub(r"吗\s*[?？]?\s*$", "", _REQUEST.sub(" ", text))
    return bool(_ASKS_WHETHER.search(text))


def _place_level(text: str) -> str | None:
    m = _PLACE_LEVEL.search(text)
    if m is None:
        return None
    return (m.group(1) or m.group(2) or m.group(3) or m.group(5)
            or _LEVEL_EN[m.group(4).lower()])


# Levels counted ("几个层级", "几级"): answered in 级 ("市县乡村四级").
_LEVELS_ASKED = re.compile(r"(?:多少|几)个?(?:层级|级别|层次|级)")


def _count_units(text: str) -> frozenset[str]:
    """The measure words a count question asks in, normalised; empty when it names none."""
    if _LEVELS_ASKED.search(text):
        return frozenset({"级"})  # "涉及几个层级?": "市县乡村四级"
    if _AGE_ASKED.search(text):
        return frozenset({"岁"})
    m = _COUNT_UNIT.search(text)
    if m and m.group(1) == "个" and _PEOPLE_AFTER.match(text, m.end()):
        return frozenset({"名"})  # "几个人", "多少个村支书": people
    if m:
        # a bare "几个?" ("每个村起码得有几个" of 后备干部) counts people ("1至2名") or
        # things: 个 is the general measure word
        # nor does one a verb follows ("有几个考上了?")
        if m.group(1) == "个" and (not _NOUN_AFTER.match(text, m.end()) or _verb_first(
                text[m.end():])):
            return frozenset({"个", "名"})
        if m.group(1) == "条":
            return _POINT_UNITS
        return frozenset({normal_unit(m.group(1))})
    # "how many years": counted in 年 ("一批…人才" counts no years)
    if m_en := _COUNT_TIME_EN.search(text):
        return frozenset({normal_unit(_EN_UNITS[m_en.group(1).lower()])})
    # "how many party members", "多少学员": people are counted in 名, so "70期" does not
    # answer it
    people = _COUNT_PEOPLE_EN.search(text) or _PEOPLE_COUNTED.search(text)
    return frozenset({"名"}) if people else frozenset()


# (not "多少个村支书", people of that level)
# (after what marks some of them out, "多少个重点乡镇"; not "英坪村等几个重点村搞了…", which
# describes them)
_COUNTED_LEVEL = re.compile(rf"(?:多少个?(?:重点|贫困|示范|先进|后进|试点|薄弱)|多少"
                            rf"|{_SEVERAL_ASKED})个?(行政村|社区|乡镇|街道|村|乡|镇|县|区)"
                            # (nor "多少个村里开会办事的地方", "多少个村部": places in villages)
                            r"(?!支书|书记|干部|民|官|党员|两委|级|组织|党组织|委|里|部)")


# ... or named before its count ("下辖的村和社区各有几个?")
_LEVEL_COUNTED = re.compile(r"(?<![农城乡山])(行政村|社区|乡镇|街道|村|乡|镇|县)"
                            r"(?:和(?:行政村|社区|乡镇|街道|村))?"
                            rf"各?(?:有|是)?(?:多少|{_SEVERAL_ASKED})个")


def _counted_level(text: str) -> str | None:
    m = _COUNTED_LEVEL.search(text) or _LEVEL_COUNTED.search(text)
    return m.group(1) if m else None


def _verb_first(text: str) -> bool:
    """Whether the text opens with a verb or an adverb ("考上了…", "都没考上")."""
    tagged = pos_tags(text[:12])
    return bool(tagged) and tagged[0][1][:1] in ("v", "d")


_NOUN_AFTER = re.compile(r"[“「\"]?(?![呢吧啊呀吗])[\u4e00-\u9fff]")
# People counted with the general measure word ("多少个村支书", "几个人"): 名 counts them too.
# (or after what describes them: "几个年轻的接班人", "几个年轻接班人")
_PEOPLE_AFTER = re.compile(rf"(?:[\u4e00-\u9fff]{{1,4}}的)?[\u4e00-\u9fff]{{0,4}}?{_PEOPLE}")
# (the people counted, not those a thing counted is for: "how many training classes for people
# applying…" counts classes)
_COUNT_PEOPLE_EN = re.compile(
    r"\b(?:how many|(?:total|number)(?: number)? of) "
    r"(?:(?!(?:for|of|in|to|with|from|by|on|at|about)\b)\w+ ){0,3}(?:members|cadres|people|"
    r"persons|secretaries|officials|graduates|students|trainees|individuals|workers|farmers|"
    r"leaders)\b", re.IGNORECASE)


# A pattern quoted, a letter or 某 standing for what varies ("“X村”", "“某化”").
_PLACEHOLDER = re.compile(r"^[XxＸ某](?=[\u4e00-\u9fff]{1,2}$)|(?<=^[\u4e00-\u9fff])[XxＸ某]$"
                          r"|(?<=^[\u4e00-\u9fff]{2})[XxＸ某]$")


def placeholder_stripped(term: str) -> str:
    """A quoted pattern's fixed words ("X村" → "村"); any other term as it is."""
    return _PLACEHOLDER.sub("", term)


def normal_unit(unit: str) -> str:
    return _SAME_UNIT.get(unit, unit)


# jieba tags fragments like "中作" (讲话|中作|工作报告) as places: a suffix-less place name
# starting with a position word is more likely such a fragment than a place; or with a verb of
# going, a way there ("晚上回城", "进城务工").
_NOT_A_PLACE_START = frozenset("中上下里内外前后回返进")
# A suffix after one of these is the speaker's own unit, no name's end ("被评成本市样板":
# 评成 / 本市, not a city "成本市").
_OWN_PLACE_WORD = frozenset("本我全该各")


def bare_place(name: str) -> str:
    """'淮南市' → '淮南': the speeches often drop the suffix ("耒阳", "沙雅")."""
    return name[:-1] if len(name) >= 3 and name[-1] in PLACE_SUFFIXES else name


# jieba tags "东西" (a thing) and "南北" as places: words made of directions name none.
_DIRECTIONS = frozenset("东南西北中上下内外前后左右")


# What a township-level place is called in a city: "灶市街道", "蔡子池街道办事处".
_TOWNSHIP_OFFICES = frozenset({"街道", "办事处"})


_NOT_A_NAME = frozenset("pmrducvqf")  # jieba's tags of function words, verbs and counts


# Words that point at a speech rather than say what is asked: "那篇讲话里说".
# (not the "那篇" of "那篇四呢?": that is the speech's number, which stays)
_POINTER_ZH = re.compile(rf"(?:那篇|这篇|讲话)(?!{_SPEECH_NUMERAL})(?:讲话)?[里中上]?"
                         r"(?:说|讲|提到|提出)?的?[,，]?")


# A verb split by an aspect particle ("脱了贫", "入过党", "换了届"): joined when general Chinese
# writes the two characters as one word at least this often in jieba's counts (set by reading:
# "结对" 49, "脱贫" 165; "成多", "完效", which "结成了多少", "看完了效果" would give, are 0).
SEPARABLE_MIN_COUNT = 20
_SEPARATED = re.compile(r"([\u4e00-\u9fff])([了过着])([\u4e00-\u9fff])")


def joined_separable(text: str) -> str:
    """`text` with its separated verbs whole, as the speeches write them ("脱贫"): what a
    search must match."""
    # (not where the particle is part of a word: "为了啥", "随着"; nor where the character
    # after it starts a word of its own: "评成了本市的样板" has no "成本")
    if not _SEPARATED.search(text):
        return text
    starts, at = set(), 0
    for word, _ in pos_tags(text):
        if len(word) > 1:
            starts.add(at)
        at += len(word)
    return _SEPARATED.sub(lambda m: m.group(1) + m.group(3) if general_count(
        m.group(1) + m.group(3)) >= SEPARABLE_MIN_COUNT and not general_count(
        m.group(1) + m.group(2)) and m.start(3) not in starts else m.group(0), text)


def topic_text(text: str, own_places: Sequence[str]) -> str:
    """What a question asks without the words pointing at the speech it asks of by place: the
    speech's own place ("耒阳", "Leiyang's") and "那篇…说" ("耒阳那篇说…"). The speech filter
    and prior read the place; in the embedding it pulls toward passages that name it (a
    visit, a higher body's praise) rather than those answering the question. (A speech's
    number, "篇七", stays: taken out it cost more sentences than it won, measured on the eval
    and probe sets.)"""
    out = text
    for place in own_places:
        out = re.sub(re.escape(place) + r"(?:'s)?", "", out)
    out = re.sub(r"^[\s,:，：]+|[\s,:，：]+$", "", re.sub(r"\s+", " ", _POINTER_ZH.sub("", out)))
    return out or text


def _own_place_words(text: str, own_places: Sequence[str], translator: Translator) -> list[str]:
    """The capitalised words of an English question that name a speech's own place
    ("Leiyang": 耒阳)."""
    return [w for w in dict.fromkeys(re.findall(r"[A-Z][a-z]+", text))
            if any(bare_place(n) in own_places for n in translator.names(w))]


# Everyday words for the speeches' own ("那别的地方呢?" asks about their "其他地方").
_ALIASES_ZH = {"别的": "其他", "其它": "其他", "其余": "其他"}


# A batch or round of a programme ("第二批"): users count by either word where the speeches
# use one ("第二轮…活动场所建设").
_BATCH_OR_ROUND = re.compile(r"第([一二三四五六七八九十]+)([批轮])")


def batch_variants(text: str) -> list[str]:
    """The other word's batch for each the text names ("第二批" → "第二轮")."""
    return [f"第{m.group(1)}{'轮' if m.group(2) == '批' else '批'}"
            for m in _BATCH_OR_ROUND.finditer(text)]


def _with_aliases(found: list[str]) -> list[str]:
    return [*found, *(_ALIASES_ZH[w] for w in found if w in _ALIASES_ZH)]


# A place suffix jieba joined to the word after it ("永济|镇有|多少"): the suffix, then a
# particle or verb no place name continues with ("市场", "区域" are words of their own).
_SUFFIX_RUN = re.compile(f"^[{PLACE_SUFFIXES[:-1]}][有是在的里上要和也都就还]$")
_BODY_RUN = re.compile(f"^[{PLACE_SUFFIXES[:-1]}](?:委|政府)")


# Tags jieba gives a place name it does not know as one: a distinguishing word, another
# proper noun (not a person's name or an abbreviation, "村两委": those are common in
# questions, and each would load the dictionary on a first question: 0.5 s, 80 MB).
_NAME_FLAGS = frozenset({"b", "nz"})
_THERE = frozenset({"那边", "那里", "那儿", "这边", "这里"})
# A title or address after a name: the name is a person's.
_TITLED = re.compile(rf"{TITLE.pattern}|同志|先生|女士|老师|说|讲|指出|强调")
_THAT_SPEECH = frozenset({"那篇", "这篇"})


# Going home, no place's name ("哪帮人回乡带大家挣钱").
_HOMECOMING = frozenset({"回乡", "返乡", "还乡"})


# The tags of a place name's first character, alone ("谷" /ng of 谷汪乡), and of characters no
# name holds (prepositions, particles, pronouns, adverbs, numerals: "去乡", "到镇").
_NAME_START_TAGS = frozenset(("ng", "n", "nr", "nz", "b", "a", "j"))
_FUNCTION_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "ug", "ud", "c", "r", "d", "m", "q",
                            "f", "y"))


def _places_zh(text: str) -> tuple[str, ...]:
    """Place names in a Chinese question: jieba's ``ns``, or a name jieba does not know
    followed by 市/县/区/镇/乡 ("永济" + "镇") or 街道/办事处 ("灶市")."""
    tagged = pos_tags(text)
    found: list[str] = []
    for i, (word, flag) in enumerate(tagged):
        # (a place starting as "内部", "上级" do only if the dictionary says so: "内江")
        # (nor "上市" of "评上市里样板", a suffix after such a character alone)
        # (nor two characters ending in 村, "兴村" of "实业兴村", unless the dictionary knows it)
        # (nor "越富" of a "越…越…" run, "越往基层越富", Vietnam's 越 as jieba reads it)
        correlative = word[0] == "越" and "越" in "".join(w for w, _ in tagged[max(0, i - 3):i])
        if flag == "ns" and len(word) >= 2 and not correlative and (
                (word[0] not in _NOT_A_PLACE_START and not (len(word) == 2 and word[-1] == "村"))
                or (word[-1] in PLACE_SUFFIXES and len(word) > 2) or dictionary_place(word)):
            name = word
        elif (flag.startswith("n") and len(word) == 2 and i + 1 < len(tagged)
              and tagged[i + 1][0] in PLACE_SUFFIXES[:-1] and word[-1] not in _OWN_PLACE_WORD):
            name = word + tagged[i + 1][0]
        elif (flag.startswith("n") and len(word) == 2 and i + 1 < len(tagged)
              and (_SUFFIX_RUN.match(tagged[i + 1][0]) or _BODY_RUN.match(tagged[i + 1][0]))
              and tagged[i + 1][1] != "s" and word[-1] not in _OWN_PLACE_WORD):
            # "永济" + "镇有": jieba joined the suffix on; "丹徒" + "区委": to its body (not
            # "乡里", a word of its own: "数落乡里…")
            name = word + tagged[i + 1][0][0]
        elif (flag.startswith("n") and len(word) == 3 and word[0] in "那这"
              and i + 1 < len(tagged) and tagged[i + 1][0] in PLACE_SUFFIXES[:-1]):
            name = word[1:] + tagged[i + 1][0]  # "那龙昌" + "镇": a demonstrative jieba glued on
        elif flag.startswith("n") and len(word) == 2 and i + 1 < len(tagged) and tagged[
                i + 1][0] in _TOWNSHIP_OFFICES:
            name = word  # "灶市" of "灶市街道办事处"
        elif (flag.startswith("n") and i + 1 < len(tagged) and tagged[i + 1][0] == "地区"
              and dictionary_place(word)):
            name = word  # a prefecture jieba takes for a person ("邵阳" of "邵阳地区")
        elif ((flag.startswith("n") and len(word) in (3, 4)) or (flag == "l" and len(word) == 3)
              ) and word[-1] in "乡镇":
            name = word  # a township jieba takes for a person ("谷汪乡" /nr) or a phrase ("遥田乡")
        elif (flag.startswith("nr") and len(word) == 3 and word[-1] == "村" and i
              and (tagged[i - 1][0][-1] in "去到赴在从往县乡镇" or tagged[i - 1][1] == "ns")):
            # a village it takes for a person, gone to or in, or after its county ("去小岗村",
            # "凤阳县小岗村"; not "出了名的富裕村", "小康村", which it tags so too)
            name = word
        elif (len(word) == 2 and word[-1] in "乡镇" and word[0] not in "乡镇城集" and i
              and word not in _HOMECOMING and len(tagged[i - 1][0]) == 1
              and tagged[i - 1][1][0] in "an"):
            # a township jieba splits inside ("遥" + "田镇", "坛" + "下乡"; not "人" + "回乡")
            name = tagged[i - 1][0] + word
        elif (flag == "n" and len(word) in (3, 4) and word[-1] in "市县"
              and places_containing([word]).get(word)):
            name = word  # a city or county jieba does not know, the dictionary does ("句容市")
        elif flag in _NAME_FLAGS and len(word) in (2, 3) and dictionary_place(word):
            name = word  # a place jieba tags otherwise ("资兴" /b), the dictionary knows
        elif (flag == "nr" and len(word) in (2, 3) and i + 1 < len(tagged)
              and (tagged[i + 1][0] in _THERE
                   or "".join(w for w, _ in tagged[i + 1:i + 3]) in _THAT_SPEECH)
              and dictionary_place(word)):
            # one it takes for a person, spoken of as a place is ("常宁那边"), or a speech
            # named by it ("常宁那篇")
            name = word
        elif (word in ("乡", "镇") and i >= 2 and all(len(w) == 1 for w, _ in tagged[i - 2:i])
              and tagged[i - 2][1] in _NAME_START_TAGS
              and tagged[i - 1][1] not in _FUNCTION_TAGS):
            # a township whose name jieba splits into its characters ("谷" /ng + "汪" /v +
            # "乡" of "说谷汪乡")
            name = tagged[i - 2][0] + tagged[i - 1][0] + word
        elif (flag == "nr" and len(word) == 2 and i == 0 and dictionary_place(word)
              and not _TITLED.match(text, len(word))):
            # or opening the question, no title after it ("岳阳在“两新”组织里…"; not
            # "东明书记…", a person)
            name = word
        else:
            continue
        if name[-1] in "那这" and i + 1 < len(tagged) and tagged[i + 1][0][0] in "几个些边":
            # "沿淮那" + "几个": a demonstrative jieba glued on, no part of the name
            name = name[:-1]
        if (len(name) >= 2 and not _GENERIC_PLACE.match(name)
                and not _DIRECTIONS.issuperset(name) and name not in found):
            found.append(name)
    # a township named right after its county or city, which jieba splits ("耒阳黄市镇":
    # 黄 / 市镇)
    for place in list(found):
        for m in re.finditer(rf"{re.escape(place)}[市县区]?([\u4e00-\u9fff]{{2}})(镇|乡|街道)",
                             text):
            name = m.group(1) + m.group(2)[0]
            # a name, not a preposition, pronoun or count ("耒阳给乡镇…", "耒阳一些乡镇")
            if (m.group(1)[0] not in PLACE_SUFFIXES and not _GENERIC_PLACE.match(name)
                    and pos_tags(m.group(1))[0][1][0] not in _NOT_A_NAME and name not in found):
                found.append(name)
    return tuple(found)


# English names of what _SPECIFIC finds in Chinese: a five-year plan ("the 13th Five-Year
# Plan" → 十三五) and a plenum ("Fifth Plenary Session of the 19th Central Committee" →
# 十九届五中全会), written the way the speeches write them.
_FIVE_YEAR_EN = re.compile(r"\b(1[1-9])(?:st|nd|rd|th)\s+five[- ]year", re.IGNORECASE)
_PLENUM_EN = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th))\s+plenary\s+"
    r"session\s+of\s+the\s+(1\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
# a Party congress ("the 20th Party Congress" → 二十大)
_CONGRESS_EN = re.compile(
    r"\b(1[1-9]|20)(?:st|nd|rd|th)\s+(?:(?:CPC|CCP|Party|National)\s+)*Congress\b",
    re.IGNORECASE)
# Code and software: what no speech about Party building is asked about, in any language.
_TECHNICAL = re.compile(
    r"\b(?:python|java|javascript|typescript|sql|html|css|c\+\+|golang|php|linux|regex|json|"
    r"coding|programming|algorithms?)\b|代码|编程|函数|脚本|算法",
    re.IGNORECASE)


# A local committee's plenary session: "the 7th plenary session of the 9th county Party
# committee" → 九届七次, as "县委九届六次全委(扩大)会议" writes it.
_LOCAL_PLENUM_EN = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9](?:st|nd|rd|th))"
    r"\s+plenary\s+(?:session|meeting)\s+of\s+the\s+([1-9])(?:st|nd|rd|th)\s+"
    r"(?:county|city|municipal|district|prefecture|provincial)\b", re.IGNORECASE)


def _english_periods(text: str) -> list[str]:
    found = [f"十{chinese_numeral(int(m.group(1)) - 10)}五" for m in _FIVE_YEAR_EN.finditer(text)]
    for m in _PLENUM_EN.finditer(text):
        n = _english_ordinal(m.group(1))
        found.append(f"{chinese_numeral(int(m.group(2)))}届{chinese_numeral(n)}中全会")
    for m in _LOCAL_PLENUM_EN.finditer(text):
        n = _english_ordinal(m.group(1))
        found.append(f"{chinese_numeral(int(m.group(2)))}届{chinese_numeral(n)}次")
    found += [f"第{chinese_numeral(_english_ordinal(m.group(1)))}{_BATCH_ZH[m.group(2).lower()]}"
              for m in _BATCH_EN.finditer(text)]
    found += [f"{chinese_numeral(int(m.group(1)))}大" for m in _CONGRESS_EN.finditer(text)]
    return found


def _english_days(text: str) -> list[str]:
    """Days an English question names ("June 23", "23 June") as the speeches write them,
    "6月23日": searched for, not required (they may write a day otherwise: "“七一”")."""
    return [f"{MONTHS_EN.index((m.group(1) or m.group(4)).lower()) + 1}月"
            f"{int(m.group(2) or m.group(3))}日" for m in _DAY_EN.finditer(text)]


# An amount in millions or billions ("17.143 million yuan"), which the speeches write in
# 万 or 亿 ("1714.3万元"): searched for by the number they write.
_MILLIONS_EN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(million|billion)\b", re.IGNORECASE)


def _english_amounts(text: str) -> list[str]:
    return [f"{(Decimal(m.group(1)) * _IN_WAN_OR_YI[m.group(2).lower()]).normalize():f}"
            for m in _MILLIONS_EN.finditer(text)]


_IN_WAN_OR_YI = {"million": 100, "billion": 10}  # 1 million = 100万, 1 billion = 10亿


def stated_days(text: str, english: bool) -> list[str]:
    """The days a question states, as the speeches write them ("June 20", "6月20号" →
    "6月20日")."""
    if english:
        return _english_days(text)
    return [f"{int(m.group(1))}月{int(m.group(2))}日" for m in _DAY_ZH.finditer(text)]


_DAY_ZH = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")
_MONTH_NAMES_EN = "|".join(MONTHS_EN)
_DAY_EN = re.compile(rf"\b({_MONTH_NAMES_EN})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                     rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES_EN})\b",
                     re.IGNORECASE)


# A batch or round of a programme ("the second batch of …" → 第二批), as the speeches count
# them: another number is another batch.
_BATCH_ZH = {"batch": "批", "round": "轮"}
_BATCH_EN = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9](?:st|nd|rd|th))"
    r"\s+(batch|round)\b", re.IGNORECASE)


def _english_ordinal(word: str) -> int:
    """"fifth" / "5th" → 5."""
    word = word.lower()
    return _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else int(word[0])


# Someone named by surname and title ("张书记", "王浩同志" is tagged as a name already).
def _persons_zh(text: str) -> list[str]:
    """People a Chinese question names: a name jieba tags, starting with a common surname and
    standing by a title ("省委书记李明", "王浩同志"; jieba tags words such as "许诺" as names
    too) unless it has the three characters of a full name ("江泽民"), or a surname with a
    title ("张书记")."""
    tagged = pos_tags(without_speech_refs(text))  # (no "篇二里头": 二 is the speech's)
    named = [w for i, (w, flag) in enumerate(tagged)
             if flag.startswith("nr") and 2 <= len(w) <= 3 and w[0] in SURNAMES
             and (len(w) == 3 or _titled(tagged, i))
             # "有章有法", "有声有色": the second half of a paired phrase, no name
             and not (i and len(w) == 3 and tagged[i - 1][0][-1:] == w[1])
             # "管得松", "管不住": a verb and its complement, "文里举": a place word, unless a
             # title stands by it
             and not (len(w) == 3 and w[1] in "得不里" and not _titled(tagged, i))
             # "路子走": an everyday word the table knows, and a verb
             and not (len(w) == 3 and colloquial_expansions(w[:2]) and not _titled(tagged, i))
             # "这段时间": a span counted after a demonstrative, no one's name
             and not (i and tagged[i - 1][0][-1:] in "这那一每" and not _titled(tagged, i))]
    # a foreign name ("斯大林"): no common surname, but the dictionary's name for someone
    # (jieba tags "老一套", "盖起来" as names too)
    foreign = [w for w, flag in tagged if flag.startswith("nr") and len(w) >= 3
               and w[0] not in SURNAMES and dictionary_name(w)]
    # a full name after a title that jieba cuts into its surname and the rest
    # ("书记王德华" → 王 / 德华)
    split = [w + tagged[i + 1][0] for i, (w, flag) in enumerate(tagged)
             if i and len(w) == 1 and w in SURNAMES and flag.startswith("nr")
             and _TITLE_END.search(tagged[i - 1][0]) and i + 1 < len(tagged)
             and _GIVEN_NAME.fullmatch(tagged[i + 1][0]) and tagged[i + 1][1].startswith("n")]
    # (a surname and title inside a given name jieba tags, "东明书记": the whole name's)
    given = {w for w, flag in tagged if flag.startswith("nr") and len(w) == 2}
    titled = [text[m.start() - 1:m.end()] if m.start() and text[m.start() - 1:m.start() + 1]
              in given else m.group(0) for m in SURNAME_TITLE.finditer(text)]
    return [*named, *foreign, *split, *titled]


_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _titled(tagged: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether the word at `i` stands by a title ("书记王德华", "王德华同志")."""
    return bool((i and _TITLE_END.search(tagged[i - 1][0]))
                or (i + 1 < len(tagged) and TITLE_OPENS.match(tagged[i + 1][0])))


_TITLE_END = re.compile(rf"(?:{PERSON_TITLES})$")


# A place's own Party committee or government: "安徽省委", "耒阳市人民政府".
_PLACE_BODY = re.compile(r"^([\u4e00-\u9fff]{2,3}[省市县区])(?:委|政府|人民政府|人大|政协)")


def _homes_by_container(text: str, places: tuple[str, ...],
                        homes_in: Mapping[str, str]) -> tuple[str, ...]:
    """`places` with a speech's own place named by the place it lies in ("镇江京口那篇",
    "镇江那个区", "京口那篇…镇江的干部": 京口区) standing for it. Named on its own ("镇江有多
    少个村"), as a level ("耒阳…湖南省级…站点") or as a whole ("衡阳全市") the larger place is
    another place and stays."""
    out: list[str] = []
    for place in places:
        home = homes_in.get(bare_place(place))
        if home is None:
            out.append(place)
        # (or described on the way: "四川那个出钒钛的城市", "镇江那个城区"; or the speech
        # named by it: "镇江那篇讲话")
        elif re.search(rf"{re.escape(place)}[省市县区]?(?:{re.escape(bare_place(home))}|"
                       rf"(?:那个|这个|那|下面的?|下辖的?|的)[^,，。?？]{{0,8}}?(?:县级|地级)?"
                       rf"(?:城市|城区|[{home[-1]}])(?![委级长])|的?(?:那|这)篇)", text):
            out.append(bare_place(home))
        elif bare_place(home) in text and re.search(rf"{re.escape(place)}[省市县区]?的", text):
            # (or what is its, beside the speech's own place: "京口那篇讲话里,…镇江的基层干
            # 部"; not its level or its whole, "湖南省劳动模范", "衡阳全市")
            out.append(bare_place(home))
        else:
            out.append(place)
    return tuple(dict.fromkeys(out))


# A numbered document ("中央2号文件", "the No. 2 Document"): another number is another one.
_DOCUMENT = re.compile(r"(?<![\dxX])([一二三四五六七八九十\d]+)号文件")
_DOCUMENT_EN = re.compile(r"\bNo\.?\s*(\d+)\s+(?:[A-Za-z]+\s+)?document\b|"
                          r"\bdocument\s+No\.?\s*(\d+)\b", re.IGNORECASE)


# A title in book-title marks: the speeches must hold it, or hold it within a longer one
# (《干部选拔任用工作条例》 within theirs); 《…先进性建设的决定》 is not their
# 《…执政能力建设的决定》.
_BOOK_TITLE = re.compile(r"《([^《》]{4,40})》")


def _documents(text: str, english: bool) -> list[str]:
    """Numbered documents as the speeches write them ("2号文件"), and titles."""
    if english:
        return [f"{m.group(1) or m.group(2)}号文件" for m in _DOCUMENT_EN.finditer(text)]
    return [*(f"{n}号文件" for m in _DOCUMENT.finditer(text)
              if (n := chinese_number(m.group(1))) is not None),
            *_BOOK_TITLE.findall(text)]


_HEAD_OF_GOVERNMENT = re.compile(r"副?(?:[省市县区镇乡]|部)长$")  # ending a word: "组织部长"


# Words ending in 率 that name no rate a figure is given for ("效率", "表率").
_NO_RATE = frozenset({"效率", "表率", "频率", "坦率", "草率", "轻率", "直率"})
# The same heads in English ("Governor Yin Li", "the mayor"), as the speeches would write them.
_HEADS_EN = {"governor": "省长", "mayor": "市长", "county magistrate": "县长",
             "county head": "县长", "county chief": "县长", "township head": "乡长",
             "township chief": "乡长", "minister": "部长"}
_HEAD_EN = re.compile(rf"\b(vice[- ]|deputy )?({'|'.join(_HEADS_EN)})s?\b", re.IGNORECASE)


# Rates named in English ("the turnout"), as the speeches would name them.
_RATES_EN = {"turnout": "投票率", "coverage rate": "覆盖率", "pass rate": "合格率",
             "participation rate": "参与率"}
_RATE_EN = re.compile(rf"\b(?:voter )?({'|'.join(_RATES_EN)})s?\b", re.IGNORECASE)


def _heads_en(text: str) -> list[str]:
    """"the governor of Anhui" → 省长, "vice mayor" → 副市长."""
    return [("副" if m.group(1) else "") + _HEADS_EN[m.group(2).lower()]
            for m in _HEAD_EN.finditer(text)]


def _specifics(text: str, english: bool, places: Sequence[str]) -> tuple[str, ...]:
    """What the question names that the speeches must mention for it to be answerable."""
    technical = [m.group(0) for m in _TECHNICAL.finditer(text)]
    if english:
        return tuple(dict.fromkeys([*_YEAR_EN.findall(text), *_english_periods(text),
                                    *technical, *_documents(text, english),
                                    *_heads_en(text),
                                    *(_RATES_EN[m.group(1).lower()]
                                      for m in _RATE_EN.finditer(text))]))
    # organisations jieba knows by name ("越南共产党", "中组部"), like places; one named
    # by its place ("安徽省委") stands or falls with the place ("安徽省")
    # (not one cut out of a word before it: "外国大党" is no "国大党", the one-character
    # word jieba leaves before it and its first character being a word of their own)
    tagged = pos_tags(text)
    organisations = [(m.group(1) if (m := _PLACE_BODY.match(w)) else w)
                     for i, (w, flag) in enumerate(tagged)
                     if flag == "nt" and len(w) >= 2 and not _CREW.match(w)
                     and _ORGANISATION.search(w)
                     and not (i and len(tagged[i - 1][0]) == 1
                              and dictionary_word(tagged[i - 1][0] + w[0]))]
    # a head of government or department ("分管的副省长", "组织部长"): a post the speeches
    # must name, as a person
    heads = [w for w, _ in tagged if _HEAD_OF_GOVERNMENT.search(w)]
    # (jieba cuts "安徽省长" into the province and "长")
    heads += [w[-1] + "长" for (w, flag), (after, _) in pairwise(tagged)
              if after == "长" and flag == "ns" and w[-1] in PLACE_SUFFIXES[:-1]]
    # a rate by its name ("投票率", "覆盖率"): a figure the speeches must give by that name
    rates = [w for w, _ in tagged if len(w) >= 3 and w.endswith("率") and w[-2:] not in _NO_RATE]
    found = [*places, *organisations, *_persons_zh(text), *heads, *technical,
             *_documents(text, english), *rates]
    # (a question naming a speech in English writes its own words in English: "Speech 7 slogan
    # 提速 升位 入强", whose "slogan" is no name the speeches must give)
    in_english = _SPEECH_EN.search(text) is not None
    for m in _SPECIFIC.finditer(text):
        term = m.group(0).strip("“”")
        if term.isascii() and (term.lower() in _QUESTION_LATIN
                               or (in_english and term.islower())):
            continue
        found.append(term)
    return tuple(dict.fromkeys(found))


# How an organisation's name ends: jieba tags some plain phrases as organisations too
# ("远程教学" of "远程教学点").
_ORGANISATION = re.compile(r"(?:[部委局厅署院党团会办社所处司行队组]|中心|大学|学院|学校|政府)$")
# A crew named by its work ("施工队", "宣讲团"), which jieba tags as an organisation: no name.
_CREW = re.compile(r"^[\u4e00-\u9fff]{2}[队组班团]$")
# Latin words a Chinese question may use for the speeches themselves.
_QUESTION_LATIN = frozenset({"speech", "speeches", "and", "the", "what", "which"})
_SPEECH_EN = re.compile(r"\bspeech(?:es)?\b", re.IGNORECASE)


# A question asking for the speech's own short words ("…用了一串短语来形容", "用了哪几个词?",
# "一串三个字、四个字的标准"): a series of them, quoted, is what it asks (not "一串措施").
_ASKS_WORDING = re.compile(r"一(?:连)?串[^,，。;；?？]{0,8}?(?:短语|短词|词|字|标准|口号|提法)"
                           r"|(?:好几|哪几|几|哪些)个?(?:短语|短词|词语?|字眼)")

# A question asking nothing but where a speech named by number, or just quoted, was given
# ("篇四是哪个城市的讲话?", "Which city is speech 4 from?"), its reference to the speech taken
# out.
_ASKS_ITS_PLACE = re.compile(
    # ("讲的是哪个市?", "Which city does it come from?")
    r"(?:讲话|这篇|那篇)?(?:[讲说]的)?(?:是|来自)?(?:在)?(?:哪个|什么)(?:城市|地方|市|县|区|省)"
    r"(?:的|讲的|作的)?(?:讲话)?[?？。]?"
    r"|(?:讲话|这篇|那篇)?(?:是)?在哪(?:里|儿)?(?:讲|作|召开)的?(?:讲话)?[?？。]?"
    # ("那篇五的开会地点是哪个区?")
    r"|那?的?(?:开会|会议|讲话)地点(?:是|在)(?:哪个|什么)?(?:城市|地方|市|县|区|省|哪里|哪儿)[?？。]?"
    r"|(?:which|what) (?:city|county|district|province|place) (?:is|was) (?:it )?(?:from|given in|"
    r"about)\??|where (?:is|was) (?:it )?(?:from|given)\??"
    r"|(?:(?:which|what) (?:city|county|district|province|place)|where) does it come from\??",
    re.IGNORECASE)
_WHERE_HELD = r"在哪(?:里|儿)?(?:开|召开|讲)的"  # ("…什么会,在哪开的?")
# Only at what meeting the speech was given ("篇七开的是什么会?", "耒阳那篇讲话是在啥会上讲的?",
# "What meeting was speech 7 given at?").
_ASKS_ITS_OCCASION = re.compile(
    # ("那篇六又是在什么会上?": the same asked of another speech)
    # ("这次开的是什么会?", "这是在什么会上讲的?": the speech the conversation is about)
    # ("那篇六那次又是什么会,在哪开的?": and where, which its opening says with it)
    r"(?:[\u4e00-\u9fff]{0,8}?[这那]篇|这次|这是|这个讲话)?那?(?:那次)?(?:讲话)?又?(?:[讲开]的)?(?:是)?"
    r"(?:在)?(?:一?[个次场])?"
    r"(?:什么|啥|哪个|哪一?次)(?:会议?|大会|场合)上?(?:的|[讲作做]的|发表的)?(?:讲话)?"
    rf"(?:[,，]{_WHERE_HELD})?[?？。]?"
    # ("那篇八开的是个什么会,主要干嘛?": and what it was for, which its opening says with it)
    # ("那篇七那次开的是个什么会?")
    r"|那?(?:[\u4e00-\u9fff]{0,8}?[这那]篇|[这那]次|这个讲话|那)?(?:讲话)?开的(?:是)?(?:个)?(?:什么|啥)会"
    r"(?:[,，](?:主要)?(?:干嘛|干什么|做什么|是干什么的|为了什么|为了啥"
    rf"|{_WHERE_HELD})[?？。]?|[?？。]?)"
    r"|(?:at |in )?(?:which|what) (?:meeting|conference|occasion|event) (?:was|is) "
    r"(?:it |the (?:[\w-]+ ){1,2}speech )?(?:given|delivered|made|held)(?: at)? ?\??"
    r"|what (?:was|is) the (?:occasion|meeting)(?: (?:of|for))?(?: it| the (?:[\w-]+ ){1,2}speech)?"
    r" ?\??", re.IGNORECASE)
# How a problem just quoted is to be solved ("那往后打算咋解决?", "有什么对策?").
_ASKS_REMEDY = re.compile(r"(?:怎么|咋|如何|怎样)(?:解决|办|改进|应对|整改|破解)|对策|解决办法"
                          r"|\bhow\b.*\b(?:solve|fix|address|tackle|remedy)", re.IGNORECASE)
# What is not to be done, asked ("有哪几件事是不让干的?", "最忌讳干部怎么干?", "what are they
# told not to do", "don'ts"): the speeches say it with 不宜, 不得, 切忌, 严禁…
_ASKS_PROHIBITED = re.compile(r"不让|不准|不许|不能[干做搞碰拿]|忌讳|最忌|切忌|禁止|严禁|红线"
                              r"|不(?:适合|适宜|宜|应该?|该)[干做搞去当兼办]"
                              r"|(?:千万|最好|可)别|(?<![分特区个级类性差告识辨送])别[掺碰搞干做去]"
                              r"|\bdon'?ts\b|\bnot (?:allowed|permitted|supposed) to\b"
                              r"|\b(?:told|warned|asked) not to\b|\bforbidden\b|\bprohibit"
                              r"|\bmust not\b|\bbanned\b|\bshould(?:n'?t| not)\b", re.IGNORECASE)
# Shortcomings asked, as a list ("上半年暴露出什么问题?", "有哪些不足?", "毛病出在哪?", "what
# shortcomings"): a speech owning up to them says so before listing them ("存在一些不足,主要表现
# 为:").
# (not one thing's, "这么干有啥毛病?", "在走流程、过关口上有哪些毛病?"; nor the problem something is
# for, "这规矩是冲着哪些问题定的?")
_ASKS_FAILINGS = re.compile(r"(?<!冲着)(?<!针对)(?<!解决)(?<![上块])(?<![上块]有)(?<![上块]都有)"
                            r"(?:哪些|哪几[个类条点项]?|哪)(?:个?方面)?的?(?:问题|不足|毛病|短板)"
                            r"|(?:问题|不足|毛病|短板)(?:有哪些|出在哪)"
                            r"|暴露出?了?(?:什么|啥|哪些)(?:问题|不足|毛病)"
                            r"|\b(?:shortcomings|weaknesses|shortfalls|failings)\b",
                            re.IGNORECASE)
# A change asked ("降了多少", "年轻了几岁", "how much younger"): an amount given as one
# ("较上届降低5.4岁") answers it, and no other question.
_ASKS_CHANGE = re.compile(r"降低|提高|增加|减少|下降|上升|增长|增幅|降幅|涨幅|幅度|增速|提升"
                          r"|缩短|延长|[涨降升减增少多]了|年?轻了|[小大]了(?=[几多])|变化|比上|较上"
                          r"|\b(?:changed?|increased?|decreased?|rise|rose|risen|drop(?:ped)?|fall|fell"
                          r"|grow|grew|grown|growth|jump(?:ed)?|gain(?:ed)?|cut)\b"
                          # (up or down of an amount moving, not of a phrasal verb: "track down",
                          # "set up")
                          r"|\b(?:go(?:es|ne|ing)?|went|come|came|move[sd]?|moving|push(?:ed)?"
                          r"|brought|bring|driven?|drove)\s+(?:up|down)\b|\b(?:up|down)\s+(?:by|from)\b"
                          r"|\b(?:younger|older|fewer|more|less) (?:than|by)\b|\bby how much\b",
                          re.IGNORECASE)
# How a thing is done, asked ("具体怎么做?", "咋搞?"): a point's body says it.
_ASKS_HOW = re.compile(r"(?:具体|到底)?(?:怎么|咋|如何|怎样)(?:做|搞|办|弄|落实|抓|落地)"
                       # "落地靠哪些招数?": by what means
                       r"|靠(?:哪些|什么|啥)(?:招|办法|法子|措施|举措|手段|路子)")
# Which ones of a group it counts ("交流发言的六个单位分别是哪些?").
# ("20多个国家和地区…都是哪些国家?", "二十多个不实行政党政治的国家…是哪些?": an approximate
# count, and words describing the group before its kind)
_WHICH_OF_COUNTED = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:个|家)(?:[^?？。,，]{1,10}的)?"
    r"(单位|部门|企业|乡镇|村|社区|党组织|支部|学校|国家|地区|政党)"
    r"[^?？。]{0,12}?(?:分别|都|各)?(?:是|有)哪(?:些|几个|几家)")


def which_of_counted(text: str) -> tuple[int, str] | None:
    """Which ones of a group the question counts it asks ("六个单位分别是哪些?" → (6, 单位))."""
    m = _WHICH_OF_COUNTED.search(text)
    if m is None:
        return None
    n = chinese_number(m.group(1))
    return (n, m.group(2)) if n else None


# A reason asked ("为啥说…?", "Why does…?").
_ASKS_WHY = re.compile(r"为什么|为啥|为何|凭什么|什么道理|\bwhy\b", re.IGNORECASE)
# Things a question names in a series ("推动重心、资源和工作分别怎样…"): words of two to four
# characters joined by "、" and a last "和".
_NAMED_SERIES = re.compile(r"(?:(?![和及与])[\u4e00-\u9fff]){2,4}"
                           r"(?:(?:、|和|及|与)(?:(?![和及与])[\u4e00-\u9fff]){2,4})+")


# Words by which a Chinese question speaks of the speeches themselves.
_SPEAKS_OF_SPEECHES = re.compile(r"讲话|篇")


# What the speech says just before or after a passage the question quotes or names at
# length ("在提出以习近平新时代中国特色社会主义思想为指导之前"): not "在什么时间之前".
_ANCHORED = re.compile(r"在(?:提出|讲到?|说到?|谈到|强调|提到)?[“\"]?"
                       r"(?P<x>[^,，。?？“”\"]{6,40}?)[”\"]?(?:之|以)(?P<d>前|后)")


def anchored(text: str) -> tuple[str, int] | None:
    """What the question places its answer before (-1) or after (+1), if it does."""
    m = _ANCHORED.search(text)
    if m is None or _ASKS_WITH.search(m.group("x")):
        return None
    return m.group("x"), -1 if m.group("d") == "前" else 1


def asks_its_place(text: str) -> bool:
    """Whether the question asks only where the speech it names was given."""
    return bool(_ASKS_ITS_PLACE.fullmatch(" ".join(without_speech_refs(text).split())))


# Which speech one described is ("产业园区…工作会那篇讲话是篇几?"), asked last.
_ASKS_WHICH_SPEECH = re.compile(r"(?:是|算)(?:篇几|第几篇|哪一?篇)(?:讲话)?[?？。]*$")


def asks_which_speech(text: str) -> bool:
    """Whether the question ends asking which of the speeches the one it describes is."""
    return bool(_ASKS_WHICH_SPEECH.search(text.strip()))


def asks_its_occasion(text: str) -> bool:
    """Whether the question asks only at what meeting the speech it names was given."""
    return bool(_ASKS_ITS_OCCASION.fullmatch(" ".join(without_speech_refs(text).split())))


SERIES_OF_WORDS = 3  # things named in a series whose ends may be two words in a row


def named_series(text: str, words: Sequence[str]) -> tuple[str, ...]:
    """The things a question names in a series, as its words: the first and last cut to them
    ("推动重心" → 重心, "工作分别" → 工作), the rest whole words or two in a row ("凝聚" "人心"),
    not pieces ("乡镇、村两级": 村两); empty when it names none so."""
    named = [m.group(0) for m in _NAMED_SERIES.finditer(QUOTED.sub(" ", text))
             if "、" in m.group(0)]
    if not named:
        return ()
    names = re.split(r"、|和|及|与", named[0])
    known = set(words)
    whole = {*known, *map("".join, pairwise(words))}
    # (a word, or else, of three or more, two in a row: "相统一的" → 相 统一; not of two,
    # "乡镇、村两级": 村 两级 is no thing named)
    pools = (known, whole) if len(names) >= SERIES_OF_WORDS else (known,)
    first = next((names[0][i:] for pool in pools for i in range(len(names[0]) - 1)
                  if names[0][i:] in pool), "")
    last = next((names[-1][:i] for pool in pools for i in range(len(names[-1]), 1, -1)
                 if names[-1][:i] in pool), "")
    names = [first, *names[1:-1], last]
    return tuple(names) if all(names) and set(names) <= whole else ()


@dataclass(frozen=True)
class Query:
    """One question, analysed once. Built by `parse_query`; read by every stage below the API."""

    text: str  # as typed (cleaned): what the answer answers
    search_text: str  # what retrieval searches: markup-free, a follow-up with its antecedent
    # what the embedding reads: the search text without the words pointing at a speech by
    # its place ("耒阳那篇说…": `topic_text`)
    embedded_text: str
    english: bool  # the question as typed is English: the answer's language
    search_english: bool  # the search text is English: it gets translated terms
    words: tuple[str, ...]  # content words of the search text, plus translated terms
    tokens: tuple[str, ...]  # BM25 tokens of the search text, plus translated terms
    bigrams: frozenset[str]  # CJK bigrams of the search text and its words
    text_words: tuple[str, ...]  # content words of the question as typed (quote trimming)
    speech: int | None  # the (first) speech the question names ("篇三"), if it exists
    search_speech: int | None  # the speech the search text names (a follow-up's antecedent)
    # the speech (or speeches) the caller restricted the search to
    speech_filter: int | tuple[int, ...] | None
    places: tuple[str, ...]  # place names the question names
    specifics: tuple[str, ...]  # places, plenums, periods, … the speeches must mention
    # the people and the numbered plenums it names ("李源潮", "十九届五中全会"): a speech
    # never naming them does not answer what it asks of them
    named: tuple[str, ...]
    foreign_names: tuple[str, ...]  # English names with no counterpart in the speeches
    ordinal: int | None  # "第二点" → 2 (of the question, else of its antecedent)
    names_item: bool  # the question's own ordinal names a list's item ("第二项", not "头一个月")
    list_named: tuple[int, str] | None  # "五个新问题中,第四个" → (5, "新问题")
    item_of_part: int | None  # "第二部分第(七)项" → 7 (the part is `ordinal`)
    official: tuple[str, ...]  # the speeches' words for its everyday ones ("借钱" → 举债)
    quoted: tuple[str, ...]  # terms in quotation marks
    asks: tuple[Need, ...]  # details it asks for
    asks_list: bool
    asks_whether: bool  # a yes-or-no question ("能否…", "Can a village…?")
    asks_whose_words: bool  # whom a passage quotes ("引了哪位革命导师的话?")
    means_asked: str | None  # the means asked by ("哪种手段" → 手段)
    personal: bool  # a request for a service of one's own ("Recommend a hotel…"): off-topic
    asks_rest: bool  # "除了学历班还有哪些培训?": the other items of the list just quoted
    excluded: str | None  # what such a question sets aside ("学历班")
    compares: bool  # "沙雅和耒阳相比,哪个…更大": each side's figure is needed
    years: frozenset[str]  # years it states relative to the speech's ("去年")
    durations: frozenset[tuple[int, str]]  # spans it sets ("五年之内" → (5, "年"))
    wholes: frozenset[str]  # the whole country or province it asks of ("全国", "nationwide")
    # the places an English question asks of as a whole ("Hengyang prefecture-wide" → 衡阳),
    # as a Chinese one says "衡阳全市"
    whole_places: tuple[str, ...]
    months: frozenset[int]  # months the question states ("十月份"): the answer must be of one
    asks_speeches: bool  # "which speeches mention …"
    # what a "which speeches" question asks about, unquoted ("一定三有在哪几篇里出现?")
    subject: str | None
    count_asked: bool  # "多少个村", "how many"
    unit: int | None  # index into `_UNIT_Q`: money, percentage, area or length asked for
    stated_numbers: frozenset[str]  # numbers the question itself states
    # the measure words a count asks in, normalised ("名" for 人/位); empty: any
    count_units: frozenset[str]
    titles: tuple[str, ...]  # titles a person is asked by ("省长")
    place_level: str | None  # the level of place asked for ("哪个村" → "村")
    bodies: frozenset[tuple[str, str]]  # bodies it names by level ("县委书记" → secretary, 县)
    meetings: tuple[str, ...]  # meetings it names by scope ("全国组织部长会议")
    levelled: tuple[tuple[str, str], ...]  # terms it qualifies by level ("省级集体经济…")
    follow_up: bool
    scoped: tuple[tuple[str, str], ...] = ()  # terms it qualifies by scope ("全国…先进县")
    spans_back: frozenset[tuple[int, str]] = frozenset()  # spans it looks back over ("近五年")
    halves: frozenset[str] = frozenset()  # halves of a year it names ("下半年" → "下")
    asks_summary: bool = False  # "篇三讲了什么", "What is speech 5 about?"
    # a total ("加起来一共多少个"): a figure for each one ("每人…一个") does not give it
    asks_total: bool = False
    # how many items a list question names ("哪三个方面" → 3, "what five priorities" → 5)
    list_size: int | None = None
    first_items: int | None = None  # "前两个是什么?" → 2: the list's first items only
    # a list the question takes as given, counted ("提出的六个方面工作中,最后两个…" → (6, 方面))
    stated_list: tuple[int, str] | None = None
    # how many points a passage makes ("具体分了几条?"): its points answer that, not a number
    counts_items: bool = False
    # the level of places a count asks for ("多少个村" → "村"): a count of 乡镇 is no answer
    counted_level: str | None = None
    kind_asked: str | None = None  # "哪些部门" → "部门": what a list question asks for
    # "哪三项制度" → "三项制度": a count and its kind, as the speeches coin terms ("“三项制度”");
    # "three systems" → "三项制度"
    counted_kinds: tuple[str, ...] = ()
    # the words describing which speech it asks about ("十九届五中全会那篇里" → "十九届五中全会")
    described: str = ""
    # "推的是个啥工程?" → "工程": the kind of named thing asked for ("" for any name: "叫啥名堂")
    name_asked: str | None = None
    speeches_named: tuple[int, ...] = ()  # every speech it names ("篇三和篇七…")
    dangling: bool = False  # a first question that refers to something before it
    # a follow-up pointing at what the previous answer said ("for that", "这笔钱"), not only
    # asking on its topic ("What happens to those who…")
    points_back: bool = False
    # a follow-up whose "它" is the speech the previous question asked about as a whole
    # ("它一共分几个部分讲?" after "篇八是个什么会?"): a summary of that speech
    speech_back: bool = False
    # a follow-up asking within the passage just quoted ("这一条里举了哪些例子?")
    within_previous: bool = False
    # a follow-up asking within the paragraphs just quoted, the quotes too ("那里面引用了谁
    # 的话?")
    within_said: bool = False
    asks_point: bool = False  # "他引这句话是想说明什么?": what words just quoted are cited to show
    # a follow-up pointing at one item of the list just quoted by what it is about, not by
    # its place ("其中批地那一条是怎么要求的?")
    item_described: bool = False
    step: int = 0  # a follow-up asking the item after (+1) or before (-1) the one just quoted
    # a follow-up asking what the thing the previous answer quoted is for or leads to
    asks_purpose: bool = False
    # who gave the speech itself ("攀枝花这篇…讲话是哪位市领导讲的?"), in a first question
    asks_speaker: bool = False
    # what the meeting a speech was given at is for ("这次会议到底是干什么的?")
    asks_meeting_task: bool = False
    # where in a speech it points: "opening" ("篇二开头说…") or "closing" ("快散会的时候")
    position: str | None = None
    # the words naming one speech's occasion ("“三项活动”推进会" of 篇七's "…暨“三项活动”工作推进
    # 会"), and that speech: they point at it, as its place does, and ask nothing
    occasion: str | None = None
    occasion_speech: int | None = None
    # the second of a question's two asking parts ("…持什么态度?随后又要求树立哪两种导向?")
    second: str | None = None
    # what the first of those parts asks: all a sentence answering it must give
    first_asks: tuple[Need, ...] | None = None
    # the place the question before named, which "下一条呢?" steps from ("第一个呢?" → 1)
    step_from: int | None = None
    # counts an English question states, each with the Chinese words for what it counts
    # ("12 key villages" → (12, ("重点", …)))
    counted_en: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # quoted terms it gives a level's body ("乡镇的“两新”工委" → ("乡镇", "“两新”工委"))
    bodied: tuple[tuple[str, str], ...] = ()
    # the levels an English question names things at ("provincial-level …" → ("省",))
    levels_asked_en: tuple[str, ...] = ()
    # what the question places its answer before (-1) or after (+1) in the speech ("在提出
    # 以习近平…为指导之前,是怎样评价…的?": ("以习近平…为指导", -1))
    anchor: tuple[str, int] | None = None
    asks_its_place: bool = False  # "篇四是哪个城市的讲话?": only where the speech was given
    # a speech's part the question asks for by its number ("第四部分", "the third part")
    part_number: int | None = None
    # it speaks of a speech, named or not ("有篇讲话…", "哪篇…"): it is about the speeches
    speaks_of_speeches: bool = False
    asks_which_speech: bool = False  # "…工作会那篇讲话是篇几?": the number of one described
    asks_its_occasion: bool = False  # "篇七开的是什么会?": only the meeting it was given at
    asks_remedy: bool = False  # "那往后打算咋解决?": how the problem just quoted is solved
    asks_how: bool = False  # "具体怎么做?": how a thing is done
    asks_prohibited: bool = False  # "哪几件事是不让干的?", "don'ts": what is not to be done
    asks_failings: bool = False  # "暴露出什么问题?", "有哪些不足?": shortcomings owned up to
    asks_wording: bool = False  # "用了一串短语来形容", "哪几个词?": the speech's own short words
    asks_change: bool = False  # "降了多少", "how much younger": a change, not a level
    asks_why: bool = False  # "为什么说…?", "Why does…?": a reason
    # which ones of a group it counts ("交流发言的六个单位分别是哪些?" → (6, "单位")): named
    # only where the speech lists them
    which_of: tuple[int, str] | None = None
    # the items it tells by their place and its own words before asking another ("头一招靠
    # 支部领着,…第三招是啥?" → (1, ("支部", "领着")))
    told_items: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # the things it names in a series ("推动重心、资源和工作…" → 重心, 资源, 工作)
    named_series: tuple[str, ...] = ()
    history: tuple[str, ...] = ()  # earlier user questions, oldest first
    previous: tuple[Passage, ...] = ()  # what the previous answer quoted (spans of its quotes)
    # a follow-up asking something of its own ("那换届之前得先摸清啥情况?"): its words alone,
    # searched beside its antecedent's
    own: Query | None = field(default=None, compare=False, repr=False)
    # an English question's Chinese search terms as one text (the dictionary's words for its
    # words, without the speech's own place), embedded beside it; empty for a Chinese one
    translated_text: str = ""
    embed: Callable[[str], Sequence[float]] | None = field(
        default=None, compare=False, repr=False)

    @cached_property
    def vector(self) -> tuple[float, ...]:
        """The embedding of what is asked (`embedded_text`), computed on first use only."""
        if self.embed is None:
            raise ValueError("this Query was parsed without an embedding function")
        return tuple(float(x) for x in self.embed(self.embedded_text))

    @cached_property
    def translated_vector(self) -> tuple[float, ...]:
        """The embedding of `translated_text` (empty when there is none), on first use."""
        if not self.translated_text or self.embed is None:
            return ()
        return tuple(float(x) for x in self.embed(self.translated_text))

    @property
    def lang(self) -> str:
        return "en" if self.english else "zh"


_TAGS = re.compile(r"<[^>]{0,200}>|[*_`#>|~]+|&[a-z]+;")
# A script or style element is code, not words: dropped with its content, unless it is all
# there is (then its content is what was asked, and is refused as not in the speeches).
_CODE = re.compile(r"<(script|style)\b[^>]{0,200}>.{0,2000}?</\1\s*>", re.I | re.S)


def without_markup(question: str) -> str:
    """The question without HTML tags or Markdown markers: they are shown back as typed but
    are neither words to search for nor names the speeches must mention."""
    for text in (_CODE.sub(" ", question), question):
        plain = re.sub(r"\s+", " ", _TAGS.sub(" ", text)).strip()
        if plain:
            return plain
    return question


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
    known_places: Sequence[str] = (),
    dangling: bool = False,
    previous: Sequence[Passage] = (),
    same_question: bool = False,
    homes_in: Callable[[], Mapping[str, str]] = dict,
    own: Query | None = None,
    occasions: Mapping[int, str] | None = None,
    kinds_in: Callable[[], Mapping[str, int]] = dict,
    sizes: Mapping[int, int] | None = None,
    levels: Mapping[int, str] | None = None,
) -> Query:
    """`text` (already cleaned) → `Query`. `translator` is called only for English text;
    `known_places` are the speeches' own places ("耒阳"), recognised even where jieba does not
    tag them as places ("攀枝花" is also a flower); `homes_in` gives the places they lie in
    ("镇江" → "京口区"), asked only for a question naming a place that is not theirs;
    `kinds_in` the kinds of meeting naming one speech (`occasion_kinds`), asked only for a
    Chinese question naming a meeting."""
    typed, text = text, without_markup(text)
    if not is_english(text):
        # (a term a Chinese question quotes as users type it: "'6543'" is "“6543”")
        text = ordinals_in_words(joined_separable(SINGLE_QUOTED.sub(r"“\1”", text)))
    search = search_text if search_text is not None else text
    search_english = is_english(search)
    if search_text is not None and not search_english:
        # (the question's own text is joined above)
        search = joined_separable(SINGLE_QUOTED.sub(r"“\1”", search))
    if not search_english:
        search = _DESCRIBING_ASIDE.sub("", search)
    terms = translator().terms(search) if search_english else []
    # a term the speeches coined ("three firsts" → 三个先) is searched as they write it
    coined = translator().coined(search) if search_english else []
    # an English plan or plenum ("13th Five-Year Plan") is searched as the speeches write it
    periods = _english_periods(search) if search_english else []
    # (and its days and amounts, as they write them: "6月23日", "1714.3")
    stated = [*_english_days(search), *_english_amounts(search)] if search_english else []
    found = _with_aliases([*words(search), *terms, *coined, *periods, *stated])
    named_by = (occasion_translated(search, [w for w in found if not w.isascii()],
                                    occasions or {}, translator())
                if search_english and is_english(text) else None)
    english_occasion = named_by[:2] if named_by is not None else None
    if named_by is not None:
        # the words naming the meeting pick its speech, and are not searched
        search = named_by[2]
        terms, coined = translator().terms(search), translator().coined(search)
        periods = _english_periods(search)
        stated = [*_english_days(search), *_english_amounts(search)]
        found = _with_aliases([*words(search), *terms, *coined, *periods, *stated])
    # the official words for a Chinese question's everyday ones ("借钱" → 举债) are searched
    # for too (not counted as its words: the refusal model's features read those)
    everyday = [] if search_english else colloquial_expansions(search)
    english = is_english(text)
    # (whom the question names only to say which speech, "the speech that quotes Sun Yat-sen",
    # it does not ask about)
    unmentioning = _MENTIONING_SPEECH.sub(" ", _DESCRIBING_ASIDE.sub(" ", text))
    # (nor a place's style of doing a thing, "Hunan-style fish head": no place asked of)
    places = (tuple(translator().names(_STYLE_OF_PLACE.sub(" ", unmentioning))) if english
              else _places_zh(text))
    # (a speech's number is no part of a place: "篇二连用了三个…" names no 二连)
    places = tuple(p for p in places
                   if not (re.match(_SPEECH_NUMERAL, p) and f"篇{p}" in text))
    persons = tuple(people(places)) if english else ()
    # (a word jieba takes for a place that the dictionary defines as a common one, "扎堆",
    # is none; the speeches' own places are not looked up)
    places = tuple(p for p in places if bare_place(p) in known_places
                   or p[-1] in PLACE_SUFFIXES or not dictionary_word(p)
                   or re.search(f"{re.escape(p)}[{PLACE_SUFFIXES}]", text))
    # (nor a word of a saying the question quotes, "“九层之台,起于垒土”": 之台)
    if not english:
        unquoted = QUOTED.sub(" ", text)
        places = tuple(p for p in places if p in unquoted or bare_place(p) in known_places
                       or p[-1] in PLACE_SUFFIXES or dictionary_place(p))
    places += tuple(p for p in known_places
                    if p in text and not any(p in q or q in p for q in places))
    if not english and any(bare_place(p) not in known_places for p in places):
        places = _homes_by_container(text, places, homes_in())
    # What kind of answer is asked: the same question about another place or speech
    # ("那攀枝花呢?") asks what its antecedent asked.
    # (money in everyday words, "涨到了几块钱", is asked in 元: no count of 块)
    kind = asked_part(search if same_question else text).replace("块钱", "元")
    counts_items = bool(_COUNTS_ITEMS.search(kind))
    speech = speech_mentioned(text, speeches)
    # (a count in an earlier clause describes, "英坪村等几个重点村搞了专项审计,查出多少违规
    # 资金?": the amount is asked after it)
    counted = [m.end() for m in _COUNT_Q.finditer(kind)]
    asked_from = max(counted, default=0)
    # (English lists adjectives with commas, "How many shabby, undersized … with local
    # funds?": its clauses part at a semicolon or at "and" asking again, "…, and how much
    # funding…?", not at "…cramped and needing locally raised funds?")
    if counted and not re.search(_ASKS_AGAIN_EN if english else r"[,，;；]", kind[asked_from:]):
        asked_from = len(kind)
    unit = (_UNIT_Q.index(_SHARE_Q) if _SHARE_ASKED.search(kind, asked_from)
            else next((i for i, asks in enumerate(_UNIT_Q) if asks.search(kind, asked_from)),
                      None))
    occasion = occasion_named(search, occasions or {}) if not english else english_occasion
    if occasion is not None and not english:
        # (the longer words naming the same speech by its level and meeting: "区委开的那次基层
        # 组织建设会议", not its "基层组织建设会议" alone)
        by_level = speech_by_level(search, levels or {})
        if by_level is not None and by_level[0] == occasion[0] and occasion[1] in by_level[1]:
            occasion = by_level
    # (by its kind, in the question's own words: "那篇四呢?那次会是干啥的?" after a question
    # about "篇七那个推进会" names no 推进会)
    # (read only for a question naming a meeting: the kinds read every speech's text)
    occasion = (occasion or (occasion_by_kind(text, kinds_in())
                             if not english and "会" in text else None)
                or speech_by_size(search, sizes or {})
                or speech_by_level(search, levels or {}))
    described = speech_described(text)
    topic = search
    if occasion is not None and not english and not follow_up:
        # (and who held it, in the words describing the speech by its meeting: "区委" of
        # "区委开基层组织建设会那篇", which would pull the sentence convening it)
        topic = next((topic.replace(d, " ") for d in described.split()
                      if occasion[1] in d and _LEVEL_ONLY.search(d.replace(occasion[1], " "))),
                     topic)
    topic = topic.replace(occasion[1], " ") if occasion is not None else topic
    if not english and not follow_up:
        # (and the words describing it by a programme or saying it quotes, "搞“磐石计划”的那个
        # 区,": which speech, not what is asked; unquoted ones, "讲五个新难题的那篇", may be)
        # (or saying where it says what: "那篇最后说要向建党100周年献礼的讲话,开头…" asks of
        # its opening, not its close)
        for words_quoting in described.split():
            if "“" in words_quoting or _SAYS_WHERE.match(words_quoting):
                topic = topic.replace(words_quoting, " ")
    part_item = item_of_part(text)
    # a run of numbered points named by its last opener ("“五要突出抓好”"): all five
    run = next((chinese_number(m.group(0)[0]) for t in QUOTED.findall(text)
                if (m := _ITEM_OPENER.match(t))), None)
    second = None if english or follow_up else second_part(text)
    speech_back = "它" in text and (
        (follow_up and bool(history)
         and (asks_its_occasion(history[-1]) or asks_its_place(history[-1])
              or asks_which_speech(history[-1])))
        # (or to the speech the question itself names first: "第一篇讲话…,它到底讲了什么?",
        # "最短的那篇,…它到底想表达个啥?")
        or bool(speeches_mentioned(text[:text.index("它")], speeches))
        or (occasion is not None and occasion[1] in text[:text.index("它")]))
    return Query(
        text=typed,
        search_text=search,
        # (not the word naming the speech's meeting: it picks the speech, not a sentence)
        translated_text=topic_text(" ".join(dict.fromkeys(
            w for w in found if not w.isascii() and (occasion is None or w != occasion[1]))),
            known_places) if search_english else "",
        embedded_text=topic_text(topic, [*known_places, *(
            _own_place_words(search, known_places, translator()) if search_english else ())]),
        english=english,
        search_english=search_english,
        words=tuple(found),
        # a pinyin name is exact where a dictionary word has three guesses: it counts twice
        tokens=tuple([*tokenize(search), *(translator().names(search) if search_english else ()),
                      *terms, *tokenize(" ".join([*coined, *periods, *stated, *everyday,
                                                  *batch_variants(search)]))]),
        bigrams=frozenset(cjk_bigrams(" ".join([search, *found]))),
        text_words=tuple(_with_aliases(words(text))),
        speech=speech,
        speeches_named=speeches_mentioned(text, speeches),
        search_speech=speech_mentioned(search, speeches),
        speech_filter=speech_filter,
        places=places if english else _asked_places(text, unmentioning, places),
        # a speech that does not exist is named like a place the speeches never mention
        named=persons if english else tuple(dict.fromkeys(
            [*_persons_zh(unmentioning),
             *(m.group(0) for m in _PLENUM.finditer(text))])),
        specifics=(*_specifics(unmentioning, english, places),
                   *(speeches_missing(text, speeches) if speeches else ())),
        foreign_names=tuple(translator().unknown_names(text)) if english else (),
        # a follow-up's own ordinal ("第三点") over its antecedent's ("篇五第二部分")
        # (not its antecedent's for a follow-up asking within the item just quoted: "这一条里
        # 举了哪些例子?" after "…第三个是什么?", "那里面说“空壳村”…" after "第二个是什么意思?")
        # (the part named as the last, "最后一部分的第一条": the item is `item_of_part`)
        ordinal=(LAST if part_item is not None and _LAST_PART.search(text) else None)
        or asked_ordinal(text) or (None if _THIS_ITEM.search(text) or _THIS_SAID.search(text)
                                   or (_ASKS_WITHIN_PART.search(text)
                                       and _part_left(text, history, speeches))
                                   else asked_ordinal(search)),
        names_item=names_item(text),
        told_items=told_items(text),
        list_named=list_named(text),
        item_of_part=part_item,
        part_number=part_number(text),
        official=tuple(everyday),
        # (not one character: "分了哪几“要”?" quotes the word its items open with; nor a
        # word said twice)
        quoted=tuple(dict.fromkeys(_ITEM_OPENER.sub("", t) for t in (
                                 *QUOTED.findall(text),
                                 *(SINGLE_QUOTED.findall(text) if english else ()),
                                 *(translator().quoted_codes(text) if english else ()),
                                 *(t for t in map("".join, _COUNTED_QUOTE.findall(text))
                                   if translator().is_coined(t)))
                     if t.strip() and not (len(t) == 1 and HAS_CJK.match(t))
                     and not _SAID_TWICE.match(t)
                     # (nor a pattern: "哪几个“X村”?" asks the terms ending in 村; "每条都是
                     # “某某的不某某”" the sentences of that form)
                     and placeholder_stripped(t) == t and "某某" not in t
                     # (nor the user's words for what is not to be done: "'最好别干'的事")
                     and not (not english and _ASKS_PROHIBITED.search(t))
                     and t not in {x for m in _REPORTED.findall(text) for x in m})),
        asks=needs(kind),
        asks_list=(bool(_ASKS_LIST.search(kind) or _SEVERAL_EACH.search(text)) or counts_items
                   or bool(run)),
        counts_items=counts_items,
        list_size=items_asked(without_speech_refs(typed)) or run,
        stated_list=stated_list(typed),
        first_items=first_items(typed),
        counted_level=_counted_level(kind),
        kind_asked=kind_asked(kind),
        # (in English, the speeches' counted terms it names word for word: "three systems")
        counted_kinds=(tuple(coined) if english else
                       tuple("".join(m.groups()) for m in _COUNTED_KIND.finditer(text))),
        described=described,
        name_asked=(("" if (asked := next(g for g in m.groups() if g)) in _ANY_NAME
                     else _NAMED_KINDS_EN.get(asked.lower(), asked))
                    if (m := _NAME_ASKED.search(kind)) and not (
                        m.group(0).endswith("法") and _BY_WHAT_MEANS.search(kind[:m.start()]))
                    else None),
        asks_whether=asks_whether(text),
        asks_whose_words=bool(_WHOSE_WORDS.search(text)),
        means_asked=(m.group(1) if (m := _MEANS_ASKED.search(text)) else None),
        personal=bool(_PERSONAL_REQUEST.search(text)),
        asks_rest=follow_up and bool(_ASKS_REST.search(text)),
        excluded=(m.group(1) if follow_up and (m := _EXCLUDED.match(text)) else None),
        compares=compares(kind),
        years=relative_years(text),
        durations=durations_in(text),
        spans_back=spans_back_in(text),
        halves=frozenset(halves_in(text)),
        wholes=frozenset(w for w, asks in _WHOLES.items() if asks.search(text)),
        whole_places=tuple(dict.fromkeys(
            n for m in _WHOLE_PLACE_EN.finditer(text)
            for n in translator().names(next(g for g in m.groups() if g)))) if english else (),
        months=months_in(text),
        asks_speeches=bool(_ASKS_SPEECHES.search(text)),
        subject=(_subject(text) if _ASKS_SPEECHES.search(text) and ("篇" in text or "讲话" in text)
                 else None),
        count_asked=bool(_COUNT_Q.search(kind)),
        asks_total=bool(_TOTAL_Q.search(kind)),
        unit=unit,
        stated_numbers=frozenset(QUANTITY.findall(_GROUPED.sub(
            lambda m: m.group(0).replace(",", ""), text))),
        count_units=_count_units(kind),
        titles=tuple(TITLE.findall(kind)),
        place_level=_place_level(kind),
        bodies=bodies_named(text),
        meetings=() if english else meetings_named(text),
        bodied=() if english else bodied_terms(text),
        levelled=(levelled_terms_en(text, translator().coined) if english
                  else levelled_terms(text)),
        levels_asked_en=levels_en(text) if english else (),
        scoped=() if english else scoped_terms(text),
        follow_up=follow_up,
        asks_summary=_asks_summary(text, english, places, speech_back,
                                   occasion[1] if occasion is not None else None)
        # (the same asked of another speech, "And in Speech 7?" after "In Speech 2, how many
        # points does the speaker make?", asks that speech's)
        or (same_question and bool(history)
            and _asks_summary(without_speech_refs(history[-1]), is_english(history[-1]),
                              _places_zh(history[-1]) if not is_english(history[-1]) else (),
                              False))
        # one part of a named speech, for what it says or lists ("Speech 7, last part: which
        # three things…")
        or (bool(_PART_NAMED.search(text))
            # (or by what it is about: "讲产业园区党建的那篇,最后一部分…")
            and (speech is not None or occasion is not None or bool(described)
                 or any(bare_place(p) in known_places for p in places))
            and bool(_ASKS_SUMMARY.search(text) or _ASKS_LIST.search(text) or counts_items
                     or re.search(r"\bsay\b", text) or part_item)),
        speech_back=speech_back,
        dangling=dangling,
        points_back=follow_up and bool(_POINTS_BACK.search(text)),
        within_previous=follow_up and bool(_THIS_ITEM.search(text)),
        # (not one quoting a term of its own: "那里面说的“三项活动”是哪三项?" asks wherever
        # the speech spells it out)
        within_said=follow_up and bool(_THIS_SAID.search(text)) and not QUOTED.search(text),
        item_described=follow_up and bool(_ITEM_DESCRIBED.search(text)),
        step=item_step(text) if follow_up else 0,
        second=second,
        first_asks=(needs(asked_part(text[: text.rfind(second)])) if second is not None
                    else None),
        # (not an item remarked on beside a list asked: "what are the three 'must' points? The
        # first is about the leadership team, right?")
        # (of an item asked within a part, "第二部分第一项", the item's number)
        step_from=((item_of_part(history[-1]) or asked_ordinal(history[-1]))
                   if follow_up and history and not _ASKS_LIST.search(history[-1]) else None),
        asks_purpose=follow_up and bool(_ASKS_PURPOSE.search(text)),
        asks_speaker=not follow_up and bool(_ASKS_SPEAKER.search(search)),
        # (of a question in two asking parts, asked first: "…是干什么的,主要想解决什么?", not
        # after another question, "…现场会是在哪儿开的?今天这个会主要是干啥的?")
        asks_meeting_task=bool(_ASKS_MEETING_TASK.search(typed if follow_up
                                                         else first_part(search))),
        asks_point=follow_up and bool(_ASKS_POINT.search(text)),
        # (not "那篇以…献礼收尾的讲话", which says which speech)
        position=position_in_speech(_DESCRIBES_SPEECH.sub(" ", search if same_question else text)),
        counted_en=(tuple((n, tuple(translator().terms(thing)))
                          for n, thing, said in counted_things_en(text)
                          if not translator().coined(said))  # ("three campaigns": a term)
                    if english else ()),
        occasion=occasion[1] if occasion is not None else None,
        occasion_speech=occasion[0] if occasion is not None else None,
        anchor=None if english else anchored(text),
        asks_its_place=asks_its_place(text),
        speaks_of_speeches=bool(_SPEAKS_OF_SPEECHES.search(text)),
        asks_which_speech=not english and asks_which_speech(text),
        asks_its_occasion=asks_its_occasion(text),
        asks_remedy=bool(_ASKS_REMEDY.search(text)),
        asks_prohibited=bool(_ASKS_PROHIBITED.search(text)),
        asks_failings=bool(_ASKS_FAILINGS.search(text)),
        asks_wording=bool(_ASKS_WORDING.search(text)),
        asks_change=bool(_ASKS_CHANGE.search(text)),
        asks_how=bool(_ASKS_HOW.search(text)),
        asks_why=bool(_ASKS_WHY.search(text)),
        which_of=None if english else which_of_counted(text),
        # (not one in the words describing the speech: "讲到苏联、墨西哥…丢掉政权的那篇")
        named_series=named_series(text.replace(described, " ") if described else text, found),
        history=tuple(history),
        previous=tuple(previous),
        embed=embed,
        own=own,
    )

