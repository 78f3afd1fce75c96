"""Does the retrieved evidence answer the question at all?

Two complementary checks. A calibrated logistic model over retrieval signals (how similar the
best passages are, how much of the question they cover, whether dense and BM25 agree) catches
questions the speeches are not about. Answer-type checks catch the near misses: the speeches do
talk about the topic but not give what is asked: a number, a date or a name the scrape dropped or
masked ("精选出名学员", "20xx年", "xx同志"), or the content of a slogan they only mention.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from askspeech import calibration
from askspeech.answer.structure import HEADLINE_MAX_CHARS, is_headline
from askspeech.ingest.chunking import Passage
from askspeech.query import (
    COUNT_UNITS,
    QUANTITY,
    QUOTED,
    SCOPES,
    TITLE,
    Need,
    Query,
    normal_unit,
)
from askspeech.retrieval.lexical import pos_tags
from askspeech.text.zh import (
    COMPOUND_SURNAMES,
    NUMERAL_CHARS,
    PLACE_SUFFIXES,
    SURNAME_TITLE,
    SURNAMES,
    TITLE_OPENS,
    chinese_number,
)

_MASKED = re.compile(r"\d*(?:x{2,}|X{2,}|×{2,}|ｘ{2,}|某某)\d*")
# A year, not a span of years ("执政74年的…", "10年来", "长达30年之久").
_YEAR_NUMBER = (r"(?<!执政)(?<!长达)(?<!历时)(?<!连续)(?<!经过)(?<!用了)(?<![近达满])"
                r"\d{2,4}年(?![来间]|之久)")
_DATE = re.compile(
    r"(" + _YEAR_NUMBER + r"|\d{1,2}月|\d{1,2}日|[今去明前]年|年底|年初|年前|年内|上半年|下半年|"
    r"前夕|之际|"
    r"[一二三四五六七八九十]+月|[一二三四五六七八九十]+・一)"
)
_EXPLAINS = re.compile(r"(即|是指|指的是|包括|分别是|就是|具体是|[:：(（]|——)")
_ENUM_FIRST = re.compile(r"^(?:一[是要]|[（(][一1][）)]|1[、.．])")
# A part of a coded term explained ("“8”是指…", "两个“1”是指…"), as the sentences after
# "…按照“81145”的要求进行配置。" spell the code out.
_PART_EXPLAINED = re.compile(
    r"^(?:[两二三四五六七八九十]个)?[“\"]([^”\"]{1,4})[”\"](?:是指|指的是|即)")
ENUM_START = re.compile(
    r"^(?:[一二三四五六七八九十][是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")


# A count and its measure word ("197名", "20多个"): a count question is answered only by a
# count in the unit it asks ("多少名党员" is not answered by "70期").
_COUNTED = re.compile(
    rf"(\d+(?:\.\d+)?|[{NUMERAL_CHARS}]+)(?:多|余)?(周年|[{COUNT_UNITS}])")
# An ordinal counts nothing: "第七期…培训班" says which class, not how many.
_ORDINAL = re.compile(rf"第[\d{NUMERAL_CHARS}]+")



def counts_in(text: str, units: Collection[str]) -> bool:
    """Whether `text` counts anything in one of `units`, normalised ("2人" counts in 名)."""
    return any(normal_unit(m.group(2)) in units for m in _COUNTED.finditer(text))


# Units that can express the amount a number question asks for, indexed like the kinds of
# amount `Query.unit` names (money, percentage, area).
_UNITS = (
    re.compile(r"\d(?:[\d.]*)\s*多?\s*(?:万|亿)?元|[零一二两三四五六七八九十百千数上近几多][万亿]元"),
    re.compile(r"\d\s*[%％]|百分之|[一二三四五六七八九十]成"),
    re.compile(r"\d\s*(?:平方米|平米|㎡|亩)"),
    re.compile(r"(?:\d|[零一二两三四五六七八九十百千])\s*(?:米|公里|千米|厘米|km\b)"),
)


def _answering_amount(candidates: Sequence[Passage], query: Query) -> bool:
    """Whether a candidate gives the amount asked, and no better-scoring candidate holds it
    masked: when the sentence that best fits the question has "20xx名" where the count should
    be, a lesser sentence's count is about something else."""
    # (the one giving the span the question states, "两年来,…发展党员20xx名" for "两年里一共
    # 发展了多少名党员?", masks it: a better-scoring count of a part, "新发展党员66名", is not it)
    span = _SPAN_STATED.search(query.text)
    timed = [s for s in candidates if span.group(1) in s.text] if span else []
    if (timed and timed[0] is not candidates[0] and _masked_amount(timed[0].text, query)
            and not _new_quantities(timed[0].text, query)):
        return False
    start = _FROM_ASKED.search(query.text)
    for sentence in candidates:  # best first
        if start and any(m.group(1) != start.group(1)
                         for m in _FROM_GIVEN.finditer(sentence.text)):
            continue  # a change from another figure ("由每月30元提高到60元" for "从60元…")
        if _PLACE_IN_LIST.search(query.text) and _NUMBERED_ITEM.match(sentence.text):
            return True  # "这是它列的第几条?" answered by the item's number ("二是…")
        if _BATCH_ASKED.search(query.text) and _BATCH_GIVEN.search(sentence.text):
            return True  # "办到第几期了?" answered by "第三批村干部中专学历班"
        if _vague_amount(sentence.text, query.text) or _masked_of_asked(sentence.text, query):
            return False  # (whatever else it counts: "一步一个台阶", "培训班70期")
        if (_new_quantities(sentence.text, query) and _counts_level(sentence.text, query)
                and _counted_at_level(sentence.text, query)):
            return True
        if _masked_amount(sentence.text, query):
            return False
    return False


# A place in a list asked ("第几条", "排第几"), and an item opened by its number ("二是…",
# "第二,").
_PLACE_IN_LIST = re.compile(r"第几[条个点项种类]|排(?:在)?第几")
# Which batch, round or session asked ("第几期"), and one given, by any word for it ("第三批").
# (in English: "which session", "session number", "what batch")
_BATCH_ASKED = re.compile(r"第几[期批轮届次拨回]|\b(?:which|what) (?:session|batch|round|intake)\b"
                          r"|\b(?:session|batch|round|intake) number\b", re.IGNORECASE)
_BATCH_GIVEN = re.compile(r"第[一二三四五六七八九十\d]+[期批轮届次]")
_NUMBERED_ITEM = re.compile(r"^(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十]+[,，、])")


# A span of years a question states ("两年里", "三年来"), by its count.
_SPAN_STATED = re.compile(r"([两二三四五六七八九十]年)(?:里|来|间|内|中|以来)")


# A masked amount: digits blanked as "xx" (not "某某", which masks a name), and its unit.
_MASKED_COUNT = re.compile(
    r"\d*(?:x{2,}|X{2,}|×{2,}|ｘ{2,})\d*(?:多|余)?([个名人项次家所条位户批轮座天期年]?)")


# What a count is of: the words after its measure word, up to a particle, a break or an
# aside ("35个乡镇办事处的…" → "乡镇办事处"; "17个乡镇(办事处)村组…" → "乡镇").
_COUNT_OF = re.compile(
    rf"[\d{NUMERAL_CHARS}]+(?:多|余)?[{COUNT_UNITS}]?"
    rf"([^的,，、。;；和与及“”(（]{{1,8}})")


def _counted_at_level(text: str, query: Query) -> bool:
    """Whether a clause of `text` gives an amount at the level the question asks it of
    ("耒阳乡镇一级的远程教育站点有多少个?"): naming that level, not a whole area of another
    ("全市共完成449个…站点建设" gives the city's); true when it asks of no level."""
    levels = {level for level, _ in query.levelled}
    if not levels:
        return True
    return any(_new_quantities(clause, query) and any(level in clause for level in levels)
               and not any(scope in clause for scope in SCOPES if scope[1] not in levels)
               for clause in re.split(r"[,，;；。]", text))


def _counts_level(text: str, query: Query) -> bool:
    """Whether `text` counts places of the level the question counts ("多少个村": "623个行政村",
    not "35个乡镇办事处"); true when it counts none in particular."""
    level = query.counted_level
    if level is None:
        return True
    return any(level in m.group(1) for m in _COUNT_OF.finditer(text))


# A count the speech leaves vague ("几个重点项目", "若干名"), and the count a question asks
# ("多少个重点项目"): what each counts.
# (not "300多名党员", a figure)
_VAGUE_COUNT = re.compile(
    rf"(?<![\d{NUMERAL_CHARS}])(?:几|若干|一些|多)[{COUNT_UNITS}]"
    rf"([\u4e00-\u9fff]{{2,6}})")
_COUNT_ASKED = re.compile(rf"(?:多少|几)[{COUNT_UNITS}]([\u4e00-\u9fff]{{2,6}})")
_COUNT_AT_END = re.compile(rf"(?:多少|几)[{COUNT_UNITS}]?[呢啊呀]?[?？]?$")


def _vague_amount(text: str, question: str) -> bool:
    """Whether `text` counts what the question asks a number of only vaguely: "每年要实施
    几个重点项目" for "每年要实施多少个重点项目?" gives no number, as a blank gives none; nor
    for "…实施重点项目,具体规定每村每年几个?", which names what it counts before."""
    asked = {m.group(1)[:2] for m in _COUNT_ASKED.finditer(question)}
    before = question if _COUNT_AT_END.search(question) else ""
    return any(m.group(1)[:2] in asked or m.group(1)[:2] in before
               for m in _VAGUE_COUNT.finditer(text))


def _masked_of_asked(text: str, query: Query) -> bool:
    """A masked count right after a word of a Chinese question asking a number in no unit
    ("…发展党员20xx名" for "发展党员的具体数字是多少?"): the one asked is masked, whatever
    other figure the sentence gives ("培训班70期"). (A unit asked is matched by
    `_masked_amount`.)"""
    if query.english or query.unit is not None or query.count_units:
        return False
    words = [w for w in query.words if len(w) >= 2 and w not in query.places]
    return any(m.group(1) not in ("", "年") and any(text.endswith(w, 0, m.start()) for w in words)
               for m in _MASKED_COUNT.finditer(text))


def _masked_amount(text: str, query: Query) -> bool:
    """A masked amount ("20xx名", "xx万元") of the kind the question asks for (not a masked
    name in quotation marks: "“xxxx”工程")."""
    for m in _MASKED_COUNT.finditer(text):
        unit = m.group(1)
        if text[m.start() - 1:m.start()] in ("“", '"') and text[m.end():m.end() + 1] in ("”", '"'):
            continue
        if query.unit is not None:
            if _UNITS[query.unit].match("1" + text[m.end() - len(unit): m.end() + 4]):
                return True
        elif query.count_units:
            if unit and normal_unit(unit) in query.count_units:
                return True
        elif unit != "年":  # "20xx年" masks a year, not an amount
            return True
    return False


# An amount given as a change, by a verb of rising or falling right before it ("降低5.4岁",
# "增幅达43%"; not "提高到…4万元", "降低为…", which give the level reached).
_CHANGED = "降低|提高|增加|减少|下降|上升|增长|增幅|缩短|延长|降幅"
_BY_CHANGE = re.compile(rf"(?:{_CHANGED})(?:了|达到?|近|约)?(?:\d+(?:\.\d+)?|[{NUMERAL_CHARS}]+)")

# A change the question states with its figure ("降了5.4岁", "提高了10个百分点").
_STATED_CHANGE = re.compile(rf"(?:{_CHANGED}|[涨降升减增])(?:了|达到?|近|约)?"
                            rf"(?:\d+(?:\.\d+)?|[{NUMERAL_CHARS}]+)(?!分之)"
                            rf"(个百分点|[%％{COUNT_UNITS}]?)")  # ("涨了百分之多少" states none)

# The figure a change asked about starts from ("从每月60元提高到多少?"), and the one a change
# given does ("由每月30元提高到60元").
_FROM_ASKED = re.compile(rf"[从由][^,，。?？\d]{{0,8}}?(\d+(?:\.\d+)?)[^,，。?？\d]{{0,4}}?"
                         rf"(?:{_CHANGED}|[涨降升减增])(?:到|至)?了?(?:多少|几)")
_FROM_GIVEN = re.compile(rf"[从由][^,，。\d]{{0,8}}?(\d+(?:\.\d+)?)[^,，。\d]{{0,4}}?"
                         rf"(?:{_CHANGED}|[涨降升减增])(?:到|至)")


def is_masked(term: str) -> bool:
    """Whether a term is one the scrape masked whole ("xxxx", "某某")."""
    return _MASKED.fullmatch(term) is not None


# Characters after a count read for what it counts (set by reading).
COUNTED_REACH = 8
# Meetings and documents counted ("两个座谈会", "三个文件"): no count of anything else.
_COUNTS_MEETINGS = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:会议|座谈会|大会|会|文件|意见)")


def _counts_what_asked(after: str, question: str) -> bool:
    """Whether a count (its words `after` it) may be of what the question counts: one of
    meetings or documents is not ("接连召开…两个座谈会" for "多少个远程教育站点"), unless
    those are asked."""
    asked = _COUNT_ASKED.search(question)
    return (asked is None or not _COUNTS_MEETINGS.match(after)
            or _COUNTS_MEETINGS.match(asked.group(1)) is not None)


def gives_amount(text: str, query: Query) -> bool:
    """Whether `text` gives an amount of the kind the question asks for."""
    return bool(_new_quantities(text, query))


# "一个" as an article before what describes a thing ("一个很重要的原因", "一个共同的规律"):
# no count of anything.
_INDEFINITE = re.compile(rf"(?<![\d{NUMERAL_CHARS}])一[个种项条]"
                         r"(?=很|非常|十分|重要|共同|新的|基本|根本|突出|关键|主要|明显|显著|有效|良好)")


def _new_quantities(text: str, query: Query) -> list[str]:
    """Amounts in `text` that could answer the question: not already in it, and in the unit
    it asks for (money, percentage, area) when it names one."""
    quoted = text
    # a quoted code (“81145”, “4+2”) or slogan (“四个一”) names something; it is not an
    # amount, but a quoted count of things (“五条通道” for "几条出路") is one
    text = QUOTED.sub(lambda m: m.group(0) if _COUNTED_TERM.match(m.group(1)) else " ",
                      _MASKED.sub(" ", _ORDINAL.sub(" ", text)))
    if query.asks_total:
        text = _EACH.sub(" ", text)
    if not query.asks_change:
        # a change ("平均年龄较上届降低5.4岁") does not give the level asked ("平均多大岁数")
        text = _BY_CHANGE.sub(" ", text)
    elif stated := _STATED_CHANGE.search(query.text):
        # a change asked beside one the question states ("村两委…降了5.4岁,那乡镇党委换届…
        # 降了多少?") is given by another change in the same unit only, not by the sentence's
        # other figures ("…干部增加421名")
        unit = stated.group(1)
        text = " ".join(m.group(0) for m in _BY_CHANGE.finditer(text)
                        if text[m.end():m.end() + len(unit)] == unit)
    if _EXTREME.search(query.text):
        # the largest or smallest of them ("面积最大的一个") is not their average ("平均面积达
        # 161.6平方米")
        text = _AVERAGED.sub(" ", text)
    if query.unit is not None:
        return _UNITS[query.unit].findall(text)
    text = _INDEFINITE.sub(" ", text)
    if not query.count_units:
        return [q for q in QUANTITY.findall(text) if q not in query.stated_numbers]
    # (a figure the question states counts as stated in the unit it states it in: "一人得包几个
    # 村?" is answered by "每人必须联系…一个村")
    said = {(n, normal_unit(u)) for n, u in _COUNTED.findall(query.text)}
    counted = [m.group(1) for m in _COUNTED.finditer(text)
               if normal_unit(m.group(2)) in query.count_units
               and (m.group(1), normal_unit(m.group(2))) not in said
               and (m.group(1) not in query.stated_numbers
                    or any(n == m.group(1) for n, _ in said))
               and _counts_what_asked(text[m.end():m.end() + COUNTED_REACH], query.text)]
    if query.count_units & _GENERIC_UNITS:
        counted += [n for n in _unitless_counts(quoted, query) if n not in query.stated_numbers]
    if "级" in query.count_units:  # levels counted: "市县乡村四级"
        counted += [n for n in _LEVELS.findall(text) if n not in query.stated_numbers]
    if "户" in query.count_units:  # households counted as families ("3866个贫困家庭")
        counted += [n for n in _FAMILIES.findall(text) if n not in query.stated_numbers]
    return counted


# A meeting named ("十九届五中全会", "党的基层组织建设工作会议", "会上"): "which meeting" asked.
_MEETING_GIVEN = re.compile(
    r"会议|大会|全会|会上|(?:工作|座谈|推进|交流|研讨|团拜|动员|报告|现场)会")
# The speech itself asked where it was given ("篇四那次讲话是在什么会上讲的?").
_SPEECH_AT = re.compile(r"(?:讲话|篇[一二三四五六七八九十\d]|这篇|那篇|本篇)[^,，。?？]{0,4}在"
                        r"|\bspeech\b", re.IGNORECASE)
_LEVELS = re.compile(r"([二两三四五六七八九]|\d)级")
_FAMILIES = re.compile(r"(\d+)(?:多|余)?个[\u4e00-\u9fff]{0,4}?(?:家庭|农户|住户)")


# The largest or smallest one of a set asked ("面积最大的一个", "the biggest"), and an average
# given, to its figure ("平均面积达161.6", "村均4万").
# ("面积最大的是多少平方米?": the largest, asked as what it is)
_EXTREME = re.compile(r"最(?:大|小|多|少|高|低|长|短)的(?:(?:一|那)?[个家所座位名村]|(?=是|有|达))"
                      r"|\b(?:largest|biggest|smallest|highest|lowest|most|fewest)\s+(?:one|single)\b",
                      re.IGNORECASE)
_AVERAGED = re.compile(r"(?:平均|人均|村均|户均|\baverage\b)[^,，。;；\d]{0,8}\d+(?:\.\d+)?",
                       re.IGNORECASE)


# A figure for each one ("每人必须联系…一个村", "每村有1至2名"), to the end of its sentence, or
# one thing for each one ("一个村干部一间办公室").
_EACH = re.compile(rf"每[^。;；]*|(?<![\d{NUMERAL_CHARS}])一[个名位户]?[\u4e00-\u9fff]{{1,4}}?"
                   rf"一[{COUNT_UNITS}间张套块]")
_COUNTED_TERM = re.compile(
    rf"[一二两三四五六七八九十]+[{COUNT_UNITS}](?![一二两三四五六七八九十])[\u4e00-\u9fff]{{2,}}$")
# A quoted count with no unit ("“六规范”", "“五好”"): as many of what it names, counted in
# whichever plain unit the question asks ("几条规矩", "几个规范").
_UNITLESS_COUNT = re.compile(
    rf"[“\"「『]([一二两三四五六七八九十])(?![{COUNT_UNITS}])([\u4e00-\u9fff]{{1,4}})[”\"」』]")
_GENERIC_UNITS = frozenset("个条项")


def _unitless_counts(text: str, query: Query) -> list[str]:
    """The numbers of the quoted unitless counts in `text` of what the question counts
    ("几条规矩" for “六规范”), not of a term the question counts by ("多少个“两新”组织" is no
    count of two)."""
    asked = "".join(m.group(1) for m in _COUNT_ASKED.finditer(query.text))
    return [m.group(1) for m in _UNITLESS_COUNT.finditer(text)
            if not set(m.group(2)) & set(NUMERAL_CHARS) and set(m.group(2)) & set(asked)
            and m.group(1) + m.group(2) not in query.text]


_MASKED_DATE = re.compile(r"\d*[xX×]{2,}[年月日号]")


# How many sentences after the one naming a task its deadline may come (set by reading).
DEADLINE_AFTER = 2


def _answering_date(candidates: Sequence[Passage], question: str,
                    following: Mapping[str, Sequence[Passage]], translated: str = "") -> bool:
    """Whether a candidate gives the date asked, and no better-scoring one holds it masked
    ("20xx、20xx年选聘至我市的40名大学生村官" for "哪两年选聘的"). The day a task must be done
    by may be set a sentence or two after the one naming it ("在7月份又要开展第三次作风建设
    民主评议。此次评议…。…确保在7月30日前全面完成。")."""
    if any(_masks_dated(s.text, question) for s in candidates):
        # (the masked date is of what the question asks, in its own words: a better-scoring
        # sentence's "今年" dates something else, "这是今年…工作的重点之一")
        return False
    for i, sentence in enumerate(candidates):  # best first
        if gives_date(sentence.text, question, translated):
            return True
        if i == 0 and deadline_after(question, following.get(sentence.passage_id, ())):
            return True
        if _MASKED_DATE.search(sentence.text):
            return False
    return False


# How many of the character pairs right after a masked date must be the question's for that
# date to be the one asked, whatever date another sentence gives (set by reading: "20xx年全面
# 完成村级…" shares five with "…在哪一年全面完成村级组织活动场所建设任务?").
MASKED_DATE_PAIRS = 4


def _masks_dated(text: str, question: str) -> bool:
    """Whether `text` masks the date of what the question asks about in its own words."""
    return any(n >= MASKED_DATE_PAIRS for n in _dated_pairs(text, question, MASKED_DATE_REACH))


def _dated_pairs(text: str, asked: str, reach: int) -> list[int]:
    """For each masked date in `text`, how many character pairs of the `reach` characters
    after it (what it dates) are in `asked`."""
    return [sum(dated[i:i + 2] in asked for i in range(len(dated) - 1))
            for dated in (text[m.end():m.end() + reach] for m in _MASKED_DATE.finditer(text))]


def deadline_after(question: str, after: Sequence[Passage]) -> Passage | None:
    """For a question asking on what day: the sentence of the next few (`after`, those that
    follow the one naming the task) that sets it."""
    # (a deadline asked in English keywords is a date of any precision: "speech 7 third
    # appraisal deadline")
    if not _ASKS_DEADLINE.search(question) or not (
            _ASKS_DAY.search(question) or asks_deadline(question)):
        return None
    return next((s for s in after[:DEADLINE_AFTER] if gives_date(s.text, question)), None)


# By when, in Chinese ("第三次要在什么时候之前搞完?").
_BY_WHEN_ZH = r"(?:什么时候|啥时候|何时)(?:之前|以前|前)"
# By when something is to be done ("要在哪一天前完成", "by what date must…"), not on what day
# it was done ("On what exact date was the meeting held?").
_ASKS_DEADLINE = re.compile(rf"(?:哪一?天|哪一?日|几号|几月几[日号])之?(?:前|以前)|{_BY_WHEN_ZH}"
                            r"|截止|最晚|最迟|时限|期限"
                            r"|\bby (?:what|which) (?:exact )?(?:date|day)\b|\bdeadline\b",
                            re.IGNORECASE)


_DEADLINE_EN = re.compile(r"\bdeadline\b", re.IGNORECASE)
_DEADLINE_ZH = re.compile(rf"最晚|最迟|截止|{_BY_WHEN_ZH}")


def asks_deadline_en(question: str) -> bool:
    """An English question naming a deadline, in keywords as often as not ("speech 7 third
    appraisal deadline"): the day a task is to be done by is looked for after it."""
    return bool(_DEADLINE_EN.search(question))


def asks_deadline(question: str) -> bool:
    """A question naming a deadline, in English or Chinese ("最晚啥时候得弄完?"): the day a
    task is to be done by is looked for after the sentence naming it (and required as any
    date asked is: not `asks_deadline_en`'s masked or holiday dates)."""
    return asks_deadline_en(question) or bool(_DEADLINE_ZH.search(question))


def gives_date(text: str, question: str, translated: str = "") -> bool:
    """A date of the precision asked that is not masked: a year for "哪一年" ("2010年",
    "去年"; not "下半年"; for "具体是哪一年" a number only), a day for "哪一天" ("5月19日";
    not "5月"), else any date. An English question's `translated` words tell which date a
    masked one is, as a Chinese question's own do ("…village activity venues be finished?"
    of "20xx年全面完成村级组织活动场所建设任务")."""
    pattern = (_CALENDAR_YEAR if _ASKS_CALENDAR_YEAR.search(question)
               else _YEAR if _ASKS_YEAR.search(question)
               else _CALENDAR_DAY if _ASKS_CALENDAR_DAY.search(question)
               else _DAY if _ASKS_DAY.search(question)
               else _MONTH if _ASKS_MONTH.search(question)
               else _BY_DATE if asks_deadline(question) else _DATE)
    # the masked date is the one asked when what it dates is the question's ("20xx年全面完成…
    # 任务" for "哪一年全部完成"), whatever other date the sentence gives ("今年中央1号文件")
    reach = MASKED_DATE_REACH_EN if translated else MASKED_DATE_REACH
    if any(_dated_pairs(text, f"{question} {translated}", reach)):
        return False
    # (a date the question states is not the one it asks: "说明年初要换届,那上一次换届是哪一
    # 年?")
    return any(m.group(0) not in question for m in pattern.finditer(_MASKED_DATE.sub(" ", text)))


# How many characters after a masked date are read for what it dates (set by reading; an
# English question's translated words, a few of many guesses, are looked for further).
MASKED_DATE_REACH = 6
MASKED_DATE_REACH_EN = 12


# A length of time or how often ("为期一周", "2至3个月", "三年内", "每两年", "月运行计划").
_DURATION = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百半几数])\s*(?:多|余)?个?(?:多|余)?"
    r"(?:年|月|周|星期|天|日|季度|小时|分钟)|为期|每(?:年|月|季度?|周|天|星期)"
    r"|[年月周季]度?(?:运行|计划|例会|考核|总结)|按(?:年|月|季度?|周)")
_ASKS_YEAR = re.compile(r"哪[一两几]?年|\b(?:what|which) year\b", re.IGNORECASE)
_YEAR = re.compile(_YEAR_NUMBER + r"|(?<![上下])[今去明前]年")
# The calendar year asked for ("具体是哪一年", "到底哪一年", "which exact year"): "今年" does
# not say it, the scrape giving no speech its year.
_ASKS_CALENDAR_YEAR = re.compile(
    r"(?:具体|到底|究竟)(?:是|在)?哪一?年|\b(?:exact|specific|calendar) year\b", re.IGNORECASE)
_CALENDAR_YEAR = re.compile(_YEAR_NUMBER)
_ASKS_DAY = re.compile(r"哪一?天|哪一?日|几号|几月几[日号]|\b(?:what|which) (?:exact )?day\b"
                       r"|\bby (?:what|which) date\b", re.IGNORECASE)
# a month for "哪个月" ("五月份", "7月底"; not "今年")
_ASKS_MONTH = re.compile(r"哪一?个?月|几月|\b(?:what|which) month\b", re.IGNORECASE)
_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|[上下本]个?月")
# What a deadline is set by ("确保在7月30日前", "年内全部启动", "“七一”前"), not a month a
# task is held in ("在7月份又要开展…").
_BY_DATE = re.compile(r"(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}月(?:底|末)?|[今明]年(?:底|末)?|年底|"
                      r"[“\"]?(?:七一|五一|十一|元旦|春节|国庆)[”\"]?)(?:前|以前|之前)|年内|月内")
# (a deadline at a month's end or turn is the day it sets: "力争在7月底前…")
_DAY = re.compile(r"\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|[今昨明前]天"
                  r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|初|中旬|上旬|下旬)")

# The month and day asked ("几月几号开的?"): "今天在这里召开" does not say them.
_ASKS_CALENDAR_DAY = re.compile(r"几月几[日号]|哪月哪[日天号]")
_CALENDAR_DAY = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                           r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|底|末|初|中旬|上旬|下旬)")


def _holding_quoted(candidates: Sequence[Passage], query: Query) -> Sequence[Passage]:
    """The candidates holding the terms the question quotes, when any does: whose speech
    "“6·21”讲话" was is not told by "市委袁书记还将作重要讲话", a sentence about another."""
    terms = [t for t in query.quoted if t not in query.described]
    holding = [s for s in candidates if all(t in s.text for t in terms)]
    return holding if terms and holding else candidates


# A full name asked: a surname with a title ("袁书记") gives none.
_FULL_NAME = re.compile(r"全名|姓名|姓甚名谁|\bfull name\b", re.IGNORECASE)


def _has_person(text: str, question: str, full: bool = False) -> bool:
    tagged = pos_tags(text)
    for i, (word, flag) in enumerate(tagged):
        if not flag.startswith("nr") or len(word) < 2 or len(word) > 4 or word in question:
            continue
        after = "".join(w for w, _ in tagged[i + 1 : i + 3])
        if _NAMES_A_PLACE.match(after) or (len(word) >= 3 and word[-1] in _PLACE_SUFFIX):
            continue  # a place jieba takes for a person ("蔡子池街道办事处", "龙昌镇")
        # (or one quoted, whatever the name's origin: "列宁说过,…")
        surnamed = word[0] in SURNAMES and (len(word) < 4 or word[:2] in COMPOUND_SURNAMES)
        if surnamed or TITLE_OPENS.match(after) or _SAYS.match(after):
            return True
    # "向xx同志", or a surname with a title ("市委袁书记还将作重要讲话"), unless a full name is
    # asked
    if full:
        return False
    return bool(re.search(r"向([\u4e00-\u9fff]{2,3})同志", text)) or any(
        m.group(0) not in question for m in SURNAME_TITLE.finditer(text))


# A person's words given: "列宁说过,…", "孙中山先生早就说过:", "胡锦涛指出,…".
# (or instructed in writing: "李源潮同志批示指出")
_ATTRIBUTED = re.compile(r"(?:先生|同志|总书记|主席)?(?:早就|曾经?|也|就|还)?(?:批示|指示)?"
                         r"(?:说过?|讲过|指出|强调)")


def quotes_person(text: str, question: str, named: bool = False) -> bool:
    """Whether the text gives the words of a person the question does not name (`named`: of
    one it names, "列宁说过,…" for "哪篇讲话把列宁搬出来了?")."""
    tagged = pos_tags(text)
    return any(flag.startswith("nr") and 2 <= len(word) <= 4 and (word in question) == named
               and _ATTRIBUTED.match("".join(w for w, _ in tagged[i + 1: i + 4]))
               for i, (word, flag) in enumerate(tagged))


_PLACE_SUFFIX = frozenset("市县区省乡镇村")
_SAYS = re.compile(r"(?:曾经?|也|就)?(?:说|讲|指出|认为)")
_NAMES_A_PLACE = re.compile(rf"街道|办事处|社区|[{PLACE_SUFFIXES}](?![长委民干])")


# Names listed before their count and level: "永济、导子两个乡镇", "兴隆乡、城厢镇等3个乡镇".
_LISTED_PLACES = re.compile(
    r"([\u4e00-\u9fff]{2,4})(?:、[\u4e00-\u9fff]{2,4})+(?:等?[两二三四五六七八九十\d]+个|等"
    # ("…、大和等耒水、舂陵江沿河乡镇": the townships described by the places they lie along)
    r"(?:(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,5}?(?=乡镇))?)"
    # "…、遥田等乡镇", not "…等村民" or "…等乡镇干部"
    r"(乡镇|[市县区乡镇村])(?![民级委干党])"
    # or the first of a counted group, named alone after its town or at a clause's start:
    # "牛场镇双龙等6个村"
    r"|(?:(?<=[镇乡县市区])|(?<![\u4e00-\u9fff]))([\u4e00-\u9fff]{2,3})等[两二三四五六七八九十\d]+个"
    r"(乡镇|[市县区乡镇村])(?![民级委干党])")


# Places listed before "等地" ("在苏州、无锡等地"): named as places, of whatever level.
_PLACES_AND_OTHERS = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等地(?![位步])")


def has_place(text: str, question: str, level: str | None = None) -> bool:
    """A place name the question does not already contain: jieba's ``ns``, a name followed
    by 市/县/乡/镇/村 ("牛场" + "镇"), or names listed before their count or level ("永济、导子两个
    乡镇", "蔡子池、水东江、余庆、遥田等乡镇");
    of the `level` asked ("哪个村": a name ending in 村)."""
    if level == _COUNTRY:
        # a country's name: jieba's ``ns`` not ending in a unit of a country's own ("日本", not
        # "200多个国家和地区")
        return any(flag == "ns" and word not in question and word[-1] not in _PLACE_SUFFIX
                   for word, flag in pos_tags(text))
    for m in _LISTED_PLACES.finditer(text):
        name, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if name not in question and not name.startswith(_NO_PLACE) and (
                level is None or unit[-1] in _SAME_LEVEL.get(level, level)):
            return True
    for m in _PLACES_AND_OTHERS.finditer(text):
        if any(flag == "ns" and word not in question
               for name in m.group(1).split("、") for word, flag in pos_tags(name)):
            return True
    tagged = pos_tags(_MASKED.sub(" ", text))
    for i, (word, flag) in enumerate(tagged):
        name = word
        after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        if flag.startswith("n") and (after in _PLACE_SUFFIX or (
                after[:1] in _PLACE_SUFFIX and tagged[i + 1][1] == "nt")):
            # "牛场" + "镇"; "永济" + "镇党委", the body of a place jieba runs into its suffix
            name = word + after[0]
        elif not (flag == "ns" or (word[-1] in _PLACE_SUFFIX and flag.startswith("n"))):
            continue
        if len(name) < 2 or name in question or name.startswith(_NO_PLACE):
            continue
        if level is None or (len(name) >= 3 and name[-1] in _SAME_LEVEL.get(level, level)):
            return True
    return False


_COUNTRY = "国"  # the level of a place asked for by "哪个国家", "which country"
_NO_PLACE = ("全", "本", "我", "各")  # "全镇", "本村": the whole or one's own, no name
_SAME_LEVEL = {"乡": "乡镇", "镇": "乡镇"}  # a township question is answered by either

# A name the scrape masked: "xx" before Chinese text ("xx对村干部…"), not a masked number
# ("20xx年", "xx大", "xx万元").
# (or listed with others: "xx、xx等15个乡镇")
_MASKED_NAME = re.compile(r"(?<![\d.])[xX×ｘ]{2,}(?=[\u4e00-\u9fff]|、[xX×ｘ]{2})"
                          r"(?![年届大万亿元个名人次期])")


# Where a meeting was held, asked ("现场会是在哪儿开的?"), and said to be the speaker's own
# place ("在我县成功召开"): no name, but the answer.
_WHERE_HELD = re.compile(r"(?:在|是在)(?:哪|什么地方)[^,，。?？]{0,4}?(?:开|召开|举行|办)")
_HELD_HERE = re.compile(r"在我[省市县区乡镇村][^,，。;；]{0,6}?(?:召开|举行|举办)")


def _answering_place(candidates: Sequence[Passage], query: Query) -> bool:
    """Whether a candidate names the place asked, and no better-scoring one holds it masked:
    when the sentence that best fits says "xx对村干部…" where the place should be, a place in
    a lesser sentence is another place."""
    level = query.place_level
    held = level is None and _WHERE_HELD.search(query.text)
    for sentence in candidates:  # best first
        if has_place(sentence.text, query.text, level):
            return True
        if held and _HELD_HERE.search(sentence.text):
            return True  # "…现场会议在我县成功召开": where the speaker is, asked where it was held
        masked = _MASKED_NAME.search(sentence.text)
        # (a village masked, "如xxx村…", hides no township asked for)
        unit = sentence.text[masked.end():masked.end() + 1] if masked else ""
        if masked and not (level and unit in PLACE_SUFFIXES
                           and unit not in _SAME_LEVEL.get(level, level)):
            return False
    return False


# Characters a clause may run on past a term and still end with it ("“三项制度”建设,").
TERM_ENDS_CHARS = 6


def explains(term: str, sentence: Passage, following: Sequence[Passage], *,
             strict: bool = False, by_parts: bool = True, digits: bool = False) -> bool | None:
    """None if the sentence does not mention `term`; else whether it (or an enumeration right
    after it) spells the term out. `strict`: only where a cue says so ("即", ":", "是指", a
    list before it), not on a list merely somewhere after it. `by_parts`: a code spelled out
    part by part after it ("“8”是指…" after "“81145”") counts. `digits`: a code of digits
    whose digits are asked one by one is spelled out by a list after it only of as many."""
    at = sentence.text.find(term)
    opener = ENUM_START.match(sentence.text)
    if at < 0 or (opener is not None and at <= opener.end()):
        return None  # (the words a numbered point opens with: "五要突出抓好党建阵地建设。")
    after = sentence.text[at + len(term) :].lstrip("”\"」』")
    # (a list after another quoted term is that term's: "开展“四个培养”、“双学双用”活动的
    # 同时,开展“三带三帮”活动,即通过强村带弱村、党员带群众、…" spells out no “四个培养”)
    own = after[:40].split("“")[0]
    # (after the clause the term ends: "坚持统筹兼顾,关键要用发展的、联系的、…"; not after one
    # going on past it, "…三级联创活动拓展到城市基层,做到工作谋划相互协调、…", which lists what
    # the sentence asks)
    # (nor when the term is the first of a series: "深化“双培双带”、无职党员设岗定责、…")
    # (from the end of the quoted term a part was asked of: "“五联双化”治理模式,探索…")
    lead = own.split("、")[0]
    closing = lead.find("”")
    lead = lead[closing + 1:] if 0 <= closing < TERM_ENDS_CHARS else lead
    ends_clause = len(re.split(r"[,，。;；]", lead)[0]) <= TERM_ENDS_CHARS
    # (a list of as many things as the whole term quoted counts: "“四建”工作,…做到党组织和工会、
    # 共青团、女职工委员会…" lists three bodies, not the four 建; a part of a term, "双化" of
    # “五联双化”, is spelled out later)
    whole = sentence.text[max(0, at - 1):at] in ("“", "\"", "「", "『")
    series = next((c for c in re.split(r"[,，。;；:：]", own) if "、" in c), "")
    listed = (own.count("、") >= 2 and ends_clause and not after.startswith("、")
              and (not digits or _digits_as_many(term, own))
              and (not whole or _as_many(term, series)))
    if _EXPLAINS.search(after[:8]) or (not strict and listed):
        return True
    # or it heads a point whose paragraph goes on to spell it out: "三是健全“三项制度”。要推行
    # …报告工作制度,…要健全村务联席会议制度;健全评议考核制度,…"
    if (not strict and following and after.strip() in ("。", "")
            and is_headline(sentence.text, HEADLINE_MAX_CHARS)):
        return True
    # or spelled out right before it: "亮身份、树宗旨意识;亮岗位…”的“三亮三树”"
    before = sentence.text[max(0, at - 40) : at].rstrip("“\"「『")
    if before.endswith(("的", "”", "等", "\"")) and sum(before.count(c) for c in "、;；") >= 2:
        return True
    # or listed right before it in its clause: "党风廉政、社会稳定、…、安全生产“四个一票否决”"
    # (not a series the term is an item of: "开展“四个培养”、“双学双用”、“…”")
    clause = re.split(r"[,，。;；:：]", before)[-1]
    in_series = clause.endswith("、")
    if clause.count("、") >= 2 and not in_series and _as_many(term, clause):
        return True
    # or a pair named right before the term counting two it quotes: "实用技术和职业技能“双技
    # 培训”" (not "开展“四个培养”、“双学双用”活动": another term before it)
    if (term[:1] in _TWO and sentence.text[:at].endswith(("“", "\"", "「", "『"))
            and len(re.findall(r"[和与及、]", clause)) == 1 and not in_series):
        return True
    # or by a list starting right after it (its first item: "一是…", not "三要…" of another),
    # or by the parts of the code it is, one by one ("“8”是指…")
    if not following:
        return False
    return bool(_ENUM_FIRST.match(following[0].text)) or (
        by_parts and explains_part(term, following[0].text))


_TWO = "双两二"  # a term opening with one of these counts two things ("双技培训", "两新")
_TERM_COUNT = re.compile(r"^([一二两三四五六七八九十]+|双)(?:个|大|项|条|种)?")


def series_items(clause: str, quotes_whole: bool = False) -> list[str]:
    """The items a clause lists ("A、B和C" → A, B, C), up to the words pointing at what sums
    them up ("…等", "这") (`quotes_whole`: an item in quotes is one, whatever it lists:
    "“便民服务代理”、“进千村万户、记民情日记、…”、“首问负责制”")."""
    clause = re.sub(r"(?:等|这些|这|那)$", "", clause)
    quoted: list[str] = []

    def kept(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        return f"\0{len(quoted) - 1}\0"

    if quotes_whole:
        clause = re.sub(r"“[^“”]*”", kept, clause)
    *rest, last = clause.split("、")
    items = [x.strip() for x in [*rest, *re.split(r"以及|和|及|与", last)] if x.strip()]
    if not quoted:
        return items
    return [re.sub(r"\0(\d+)\0", lambda m: quoted[int(m.group(1))], x) for x in items]


def _as_many(term: str, listed: str) -> bool:
    """Whether a list right before a term counts as many things as the term does, when it
    counts ("…、安全生产“四个一票否决”": four; "要有专人负责、要有播放计划、要有通过教育促进
    “双培双带”": three things, not the two it counts)."""
    m = _TERM_COUNT.match(term)
    n = 2 if m and m.group(1) == "双" else (chinese_number(m.group(1)) if m else None)
    return n is None or len(series_items(listed)) == n


def _digits_as_many(term: str, after: str) -> bool:
    """Whether the list after a code of digits has as many items as it has digits ("“321”模式,
    …采取送物资、送技术、送资金、理思路等形式": four ways of helping, not what 3, 2 and 1 are); a
    term of another kind is not counted so."""
    if not (term.isdigit() and len(term) >= 2):
        return True
    clause = next((c for c in re.split(r"[,，。;；:：]", after) if "、" in c), "")
    return len(series_items(clause)) == len(term)


def explains_part(term: str, text: str) -> bool:
    """Whether the text opens by saying what a part of the coded term stands for ("“8”是指…"
    of “81145”)."""
    part = _PART_EXPLAINED.match(text)
    return part is not None and part.group(1) in term


def missing_detail(
    query: Query,
    candidates: Sequence[Passage],
    following: Mapping[str, Sequence[Passage]],
    mentions: Sequence[Passage] = (),
) -> Need | None:
    """The kind of detail the question asks for that none of the candidate sentences gives.

    `mentions` are all the corpus sentences using a term the question quotes: whether a term
    is spelled out is judged over every mention, not only the best-scoring sentences."""
    if not candidates:
        return None
    question = query.text
    if {Need.PLACE, Need.NUMBER} <= set(query.asks) and any(
            has_place(s.text, question, query.place_level) and _new_quantities(s.text, query)
            and _counts_level(s.text, query) for s in candidates):
        # one sentence gives both the place and the count asked ("组织了67名村党组织书记赴华西村
        # 考察学习" for "去的是哪个村、一共去了几个人?"): a masked name in a better-scoring
        # sentence about something else does not unsay it
        return None
    for need in query.asks:
        if need is Need.PLACE and not _answering_place(candidates, query):
            return need
        if need is Need.NUMBER and not _answering_amount(candidates, query):
            return need
        if need is Need.DATE and not _answering_date(candidates, question, following,
                                                     query.translated_text):
            return need
        if need is Need.DURATION and not any(
                _DURATION.search(_MASKED.sub(" ", s.text)) for s in candidates):
            return need
        # (a name an English question gives is in it as the translations read it: "Secretary
        # Dongming" names 东明, no answer to whose full name is asked)
        named = " ".join([question, *query.places, *query.named]) if query.english else question
        if need is Need.PERSON and not any(
                _has_person(s.text, named, full=bool(_FULL_NAME.search(question)))
                and all(title in s.text for title in query.titles)
                for s in _holding_quoted(candidates, query)):
            return need
        if need is Need.POST and not any(TITLE.search(s.text) for s in candidates):
            return need
        if need is Need.WORK and not any("《" in s.text for s in candidates):
            return need  # (a work is named by its title in book-title marks)
        if need is Need.MEETING and not any(
                _MEETING_GIVEN.search(s.text)
                # (the speech's own meeting is in its title: "在…工作会议上的讲话")
                or (_SPEECH_AT.search(question) and _MEETING_GIVEN.search(s.title))
                for s in candidates):
            return need
        if need is Need.CONTENT:
            pool = (*candidates, *mentions)
            # a part quoted beside its whole ("“81145”里的“8”") is explained where the whole
            # is, or right after: not by any "“5”是指…" of another term
            # ("“三级联创”…这“三级”": a part too, though two characters long)
            parts = [t for t in query.quoted
                     if len(t) < 2 or any(t in w and t != w for w in query.quoted)]
            wholes = [t for t in query.quoted if t not in parts]
            parts = parts if wholes else []
            # (a code whose digits the question lists is the one asked: "“四帮四促”…按照“321”
            # 模式,3、2、1各指什么?", whatever spells out the other)
            spelled = [t for t in wholes if len(t) >= 2 and "、".join(t) in question]
            verdicts = [
                explains(term, s, following.get(s.passage_id, ()), digits=bool(spelled))
                for term in spelled or wholes or query.quoted
                for s in pool
            ] + [
                explains(part, f, ())
                for s in pool if any(t in s.text for t in wholes)
                for f in (s, *following.get(s.passage_id, ()))
                for part in parts
            ]
            judged = [v for v in verdicts if v is not None]
            if judged and not any(judged):
                return need
    return None


# A question none of whose words is more common in the speeches than a typical word is, and
# which names no speech, place or quoted term (`Searcher.keyness`), is off-topic. Zero is where
# everyday words sit ("不能" -0.7, "可以" -1.5); measured 2026-12-01 on every unanchored Chinese
# question of the eval and probe sets: answerable ones from 0.3 up, off-topic ones up to -0.4.
KEYNESS_FLOOR = 0.0


@dataclass(frozen=True)
class RefusalModel:
    """P(the corpus answers) = sigmoid(w·z + b), z the standardised features."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.5
    # Below this share of its words found in the corpus a question is off-topic, whatever the
    # similarity of the nearest passages (they are always "somewhat" similar). Per language:
    # for Chinese it is the share of jieba words in the corpus, for English the share of words
    # with a close dictionary counterpart in it, and the two run at different levels.
    vocabulary_floor: float = 0.0
    vocabulary_floor_english: float = 0.0
    # A Chinese question whose nearest passage is this close is about what the speeches say,
    # however few of its words they use: a paraphrase in everyday words ("这笔家当算谁的、交接
    # 手续咋走?"), not an off-topic one (their nearest passages stay below it). Not in English,
    # where off-topic and answerable questions overlap in similarity.
    floor_exempt_dense: float = 2.0
    # An English question naming no speech, place, person or meeting needs this share of its
    # words in the corpus ("What's the best way for an adult beginner to learn guitar?" has
    # "best", "way", "learn"), above the floor for all English questions.
    vocabulary_floor_english_unanchored: float = 0.0
    # A Chinese question tied to the speeches by nothing it names, nor by speaking of a speech
    # at all ("有篇讲话…"), nor by a conversation or a speech it is kept to, whose nearest
    # passage is less close than this is about something else, however many of the speeches'
    # everyday words it uses ("个税专项附加扣除怎么填?").
    dense_floor_chinese_unanchored: float = 0.0

    def floor(self, english: bool) -> float:
        """The vocabulary coverage below which a question in that language is off-topic."""
        return self.vocabulary_floor_english if english else self.vocabulary_floor

    def answers(self, features: dict[str, float]) -> bool:
        english = features.get("english", 0.0) >= 0.5
        # (a Chinese question naming a speech is about it, in whatever words of its own: "第二篇
        # 里拿哪两个当了几十年家、后来一下子倒台的党当反面教材?")
        if features.get("vocabulary", 1.0) < self.floor(english) and (
                english or (features.get("dense_top", 0.0) < self.floor_exempt_dense
                            and not features.get("speech_named", 0.0))):
            return False
        if (english and not features.get("anchored", 1.0)
                and features.get("vocabulary", 1.0) < self.vocabulary_floor_english_unanchored):
            return False
        if (not english and not features.get("anchored", 1.0)
                and not features.get("speaks_of_speeches", 0.0)
                and not features.get("scoped", 0.0)
                and features.get("dense_top", 1.0) < self.dense_floor_chinese_unanchored):
            return False
        if features.get("keyness", KEYNESS_FLOOR) < KEYNESS_FLOOR:
            return False  # everyday words only: about something else
        return self.probability(features) >= self.threshold

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias
        for name, w, mu, sd in zip(self.names, self.weights, self.mean, self.scale, strict=True):
            z += w * (features[name] - mu) / (sd or 1.0)
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    @functools.cache
    def load(cls) -> RefusalModel:
        data = calibration.section("refusal")
        return cls(tuple(data["names"]), tuple(data["weights"]), float(data["bias"]),
                   tuple(data["mean"]), tuple(data["scale"]), float(data["threshold"]),
                   float(data.get("vocabulary_floor", 0.0)),
                   float(data.get("vocabulary_floor_english", 0.0)),
                   float(data.get("floor_exempt_dense", 2.0)),
                   float(data.get("vocabulary_floor_english_unanchored", 0.0)),
                   float(data.get("dense_floor_chinese_unanchored", 0.0)))

    @classmethod
    def neutral(cls, names: Sequence[str]) -> RefusalModel:
        """Never refuses; used while fitting the real model."""
        n = len(names)
        return cls(tuple(names), (0.0,) * n, 10.0, (0.0,) * n, (1.0,) * n)
