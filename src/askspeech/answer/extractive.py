"""The extractive answerer (the default, no LLM): it quotes the sentences that answer the
question and cites them, in the `Answer` every surface shows (`answer.types`).

The extractive answerer scores every sentence of the top passages by embedding similarity to
the question, IDF-weighted term overlap and the rank of its passage; it quotes the best one,
follows an enumeration it starts ("一是…二是…"), and for "which speeches" questions takes the
best sentence of each speech. Whether to answer at all is decided by a small logistic model over
retrieval signals, calibrated on the dev QA sets (`calibration.json`, `bench/calibrate.py`).

(Over 400 lines: one scoring pipeline from sentences to a worded answer; what stands apart
already lives apart: outline lists in `structure`, refusal rules in `constraints`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import groupby, pairwise, takewhile
from typing import TYPE_CHECKING

import numpy as np

from askspeech import calibration
from askspeech.answer.answerability import (
    ENUM_START,
    RefusalModel,
    asks_deadline,
    asks_deadline_en,
    counts_in,
    deadline_after,
    explains,
    explains_part,
    gives_date,
    has_place,
    is_masked,
    missing_detail,
    quotes_person,
    series_items,
)
from askspeech.answer.constraints import PLACE_BOUND, Constraints, home_speeches
from askspeech.answer.conversation import asks_own
from askspeech.answer.structure import (
    HEADLINE_MAX_CHARS,
    MAX_BODY_SENTENCES,
    MAX_ITEM_SENTENCES,
    MAX_SECTION_SENTENCES,
    Listing,
    Structure,
    is_headline,
    lists_things,
    opens,
)
from askspeech.answer.types import Answer, Citation
from askspeech.ingest.chunking import Passage
from askspeech.ingest.outline import OutlineNode
from askspeech.query import (
    HAS_CJK,
    HOW_IT_OPENS_EN,
    LAST,
    MEANS_ASKED,
    ORDINAL_LABELS,
    QUOTED,
    THING_KINDS,
    Need,
    Query,
    asked_ordinal,
    bare_place,
    counted_before_each,
    counted_term_asked,
    item_of_part,
    items_asked,
    nth,
    placeholder_stripped,
    stated_days,
    with_item_named,
    without_speech_refs,
)
from askspeech.retrieval.lexical import cjk_bigrams, pos_tags
from askspeech.retrieval.lexical import words as word_list
from askspeech.retrieval.search import COLLAPSED_OVERLAP, Searcher, SearchResult, span_overlap
from askspeech.text.zh import (
    SURNAME_ADDRESS,
    SURNAME_TITLE,
    announced_count,
    chinese_number,
    chinese_numeral,
    colloquial_expansions,
    colloquial_senses,
    in_official_words,
    is_lead_in,
    leading_marker,
    marker_at,
)

if TYPE_CHECKING:
    from askspeech.store import IndexSnapshot

MAX_PASSAGES_READ = 5  # passages whose sentences may be quoted
MAX_QUOTE_CHARS = 160  # longer sentences are trimmed to their best clauses
MAX_LIST_ITEMS = 10
RUN_OPENER = 2  # characters the clauses of a run of ";" open with alike ("一些…;一些…")
RUN_MIN = 3  # clauses of such a run: a lead-in and two alike, or three alike
ITEM_HEADING_CHARS = 15  # a list item opening with no more than its heading ("二是拓展教育内容。")
SHARED_TOP = 3  # best sentences of a list question looked up in the outline together
SERIES_TOP = 5  # best sentences looked at for a run of items repeating a quoted term
# A sentence spelling out a list where it stands: "即" or a colon, or "主要以/有/是/包括"
# ("公开内容主要以村级机动地增减变动栏、…栏、…"), then items split by "、".
_ENUMERATES_HERE = re.compile(r"(?:即|[:：]|主要(?:以|有|是|包括))[^。；;]{0,40}、[^。；;]{0,40}、")
CHINESE_LABELS = "一二三四五六七八九十"
_LIST_SEPARATOR = re.compile(r"[、，,；;]")
_ENUM = re.compile(
    rf"^(?:[{CHINESE_LABELS}][是要、]|[（(]?[{CHINESE_LABELS}][）)]|第[{CHINESE_LABELS}][,，、]|"
    rf"\d+[、.．]|[（(]\d+[）)])"
)


# What a speech's meeting is for, said in its opening ("这次会议的主要任务是,…", "…工作会,主要
# 任务是…", "召开这次现场经验交流会,目的是…"; not "…中心任务,主要目的是通过活动开展…", an
# activity's).
_TASK_STATED = re.compile(r"会议?[^。;；]{0,12}?(?:的主要(?:任务|内容)|[,，]主要任务|[,，]目的)是")
TASK_PARAGRAPHS = 3  # the paragraphs a speech says what its meeting is for in


# ---------------------------------------------------------------- sentence scoring


@dataclass
class Scored:
    sentence: Passage
    passage: Passage
    rank: int  # of its passage in the retrieval result
    dense: float
    overlap: float  # IDF-weighted share of the question's words in the sentence
    bigrams: float  # share of the question's Chinese character bigrams in the sentence
    score: float = 0.0


@dataclass
class Evidence:
    """What the extractive answerer found, and the features the refusal model reads."""

    result: SearchResult
    scored: list[Scored]
    features: dict[str, float] = field(default_factory=dict)
    terms: frozenset[str] = frozenset()  # the terms the question names (`named_terms`)


# A term that counts its parts with a measure word ("三个先", "四个一", "五支队伍"): what it
# is, is its parts ("三级联创", three levels, is not three parts).
_COUNTED_TERM = re.compile(r"^[两二三四五六七八九十]+[个项条支类种][\u4e00-\u9fff]")
# A quoted term of the speeches is at least this long (shorter quotes are words, not terms).
MIN_TERM_CHARS = 2
_NUMBER = re.compile(r"\d+")

# Details a single sentence gives or does not (a number, a date, a place, a name, a post, a
# length of time, a meeting, a work's title).
_DETAILS = (Need.NUMBER, Need.DATE, Need.PLACE, Need.PERSON, Need.POST, Need.DURATION,
            Need.MEETING, Need.WORK)

# Best sentences searched for a list whose every item names the term a question quotes.
TERM_LIST_CANDIDATES = 20
# How many more of an ordinal question's words another list's lead-in must say than the best
# sentence's list's to be the list it counts in (set by reading: 5 against 1 where it is,
# 3 against 2 where it is not).
CALLS_MARGIN = 2
# How many of an ordinal question's words the lead-in of the list holding its best sentence
# must say for that list to be the one it counts in (set by reading).
CALLS_HOLDING = 3

# Characters in a row a heading must share with a list question to be the section it names
# ("选派干部队伍建设"), beyond what the best sentence shares (set by reading).
SECTION_NAMED = 6
# Sentences after a coded term ("“81145”") in which its parts may be explained one by one
# ("“8”是指…;" "两个“1”是指…;"), as the speeches do.
PARTS_EXPLAINED = 4
# Character pairs more a list question must share with one item's heading than with the
# sentence announcing its list to ask for that item's points (set by reading).
ITEM_NAMED = 3

# A part named by what it is about: "关于产业园区党建的部分", "讲村干部队伍的那一部分", "讲到
# 农村那一块".
_PART_ABOUT = re.compile(
    r"(?:关于|有关|[讲说谈]到|讲(?!话)|谈)([\u4e00-\u9fff“”]{2,20}?)(?:的那|的|那)?一?"
    r"(?:部分|板块|大?块)")
# Share of the pairs of characters naming it that a part's heading must hold (set by reading).
PART_ABOUT_SHARE = 0.6
PART_ASKED_CHARS = 12  # what a question asking a part's points says after naming it
# The opening words of items, quoted cut short ("“要以创新的……”"): three characters or more,
# fewer are no frame ("“把……”").
_CUT_SHORT = re.compile(r"[“\"「『]([^”\"」』…\.]{3,12})(?:…+|\.{3,})[”\"」』]")
# A heading quoted whole, as long as headings run (`QUOTED` takes terms, of 20 at most).
_HEADING_QUOTED = re.compile(rf"[“\"「『]([^”\"」』]{{{SECTION_NAMED},40}})[”\"」』]")

# Characters in a row a series' items all repeat that the question must use to ask for it
# ("抓落实"), set by reading.
SERIES_NAMED = 3
# Sentences in parallel form: the same opening characters, then a run in common ("这是…:只有
# 加强基层党建工作,…"), set by reading.
PARALLEL_PREFIX = 2
PARALLEL_RUN = 6
# An unnumbered run of items: three or more sentences whose first clauses, of up to 12
# characters, open alike and share two or more ("要突出重点抓落实,"); found from a quote or
# up to two sentences after it.
ALIKE_ITEMS = 3
ALIKE_CLAUSE_CHARS = 12
ALIKE_SHARED = 2
RUN_AFTER = 2
# ... or items each a short sentence of its own followed by one of body ("要扩大选举中的民主
# 权利,为发展选好班子。" "进一步改进…。" "要拓展民主参与的途径,…。" …), by reading.
HEAD_SENTENCE_CHARS = 30
# A list of this many marked items or more holds a count asked without announcing it.
DEEP_UNANNOUNCED = 3
# A word of a follow-up's own is rare in the speeches when one sentence in 200 or fewer has it.
RARE_SHARE = 0.005
_DEMONSTRATIVE = re.compile(r"[这那哪此其]")

# Three things or more of one kind, listed with their shared last word ("机遇意识、大局意识和
# 责任意识").
_HEAD_SERIES = re.compile(r"[\u4e00-\u9fff]{1,4}([\u4e00-\u9fff]{2})、(?:[\u4e00-\u9fff]{1,4}\1、)*"
                          r"[\u4e00-\u9fff]{1,4}\1(?:和|及|与|、)[\u4e00-\u9fff]{1,4}\1")
# A series of this many items or more quoted whole ("“经济富、机制健、…、知名度高”") is read as
# the answer to a question counting as many, among this many best sentences (set by reading:
# the eight qualities of 篇五's 磐石 score seventh for an English question asking them).
QUOTED_SERIES_MIN = 4
QUOTED_SERIES_TOP = 8
_QUOTED_RUN = re.compile(r"“([^“”]{3,80})”")


def _quotes_series(text: str, size: int | None = None) -> bool:
    """Whether `text` quotes a series of `size` short items ("“经济富、机制健、…”"), or of
    QUOTED_SERIES_MIN or more."""
    for quoted in _QUOTED_RUN.findall(text):
        items = quoted.split("、")
        if ((len(items) == size if size else len(items) >= QUOTED_SERIES_MIN)
                and all(1 <= len(i) <= 8 for i in items)):
            return True
    return False


def _quoting_series(ev: Evidence, size: int | None = None) -> Scored | None:
    """The first of the best few sentences after the best quoting a series (`_quotes_series`)."""
    return next((s for s in ev.scored[1:QUOTED_SERIES_TOP]
                 if _quotes_series(s.sentence.text, size)), None)


# A speech's parts counted ("分成几大块", "一共几个部分").
_PARTS_COUNTED = re.compile(r"几(?:个|大)*(?:部分|块)")

# How the speeches say a thing is not to be done.
_PROHIBITS = re.compile(r"不宜|不得|切忌|严禁|禁止|不准|不许|千万不|决不能|绝不能|不能搞|防止")
# A speech owning up to shortcomings before it lists them ("…但是也存在一些不足,主要表现为:",
# "…新问题也随之出现,主要体现在:").
# (or "…也存在一些薄弱环节,主要表现在:")
_FAILINGS = r"(?:问题|不足|差距|矛盾|薄弱环节|短板)"
_FAILINGS_LEAD = re.compile(rf"(?:(?:存在|出现|暴露)[^。;；:：]{{0,16}}?{_FAILINGS}"
                            rf"|{_FAILINGS}[^。;；:：]{{0,8}}?(?:存在|出现|暴露))"
                            r"[^。;；:：]{0,12}?(?:表现|体现)(?:为|在)[:：]")

# A follow-up asking why about what was just quoted ("Why is that such a problem?") is read in
# the paragraphs quoted when it is this short; a longer one names a topic of its own ("Why does
# the speech put so much weight on this collective economy thing?"). Set by reading the
# 714 follow-ups of the tune sets and probes: 2 answers gained, none lost (1 lost without it).
WHY_BACK_MAX_CHARS, WHY_BACK_MAX_CHARS_EN = 20, 60

# Content words a follow-up needs of its own to be answered on them (set by reading).
OWN_WORDS = 2
# Everyday words a question in no named speech must find said officially in the best sentence
# to be answered on them (one is a synonym; two are the question understood).
OFFICIAL_SENSES = 2
# A follow-up naming only another thing to ask the same of ("那社区呢?", "what about the
# 中专 class?", whose own words are the speeches')
_ONLY_ANOTHER = re.compile(r"^(?:那|那么)?[\u4e00-\u9fff]{2,6}呢[?？]?$"
                           r"|^(?:and )?what about (?:the )?[\w -]{3,30}\??$", re.IGNORECASE)
# A question asking what a thing is or is called ("“xxxx”工程…名字到底叫什么?").
_ASKS_WHAT = re.compile(r"叫(?:什么|啥)|名字|名称|全称|是什么|是啥|指什么|指的是|具体指|"
                        r"\bwhat (?:is|was|are|were)\b|\bcalled\b|\bname\b", re.IGNORECASE)
# A name asked ("叫啥名", "什么名称的", "全称是什么"; not "那个名字被空掉的机制…多不多?")
_ASKS_NAME = re.compile(r"叫(?:什么|啥)|(?:什么|啥)(?:名字|名称)|(?:名字|名称|全称|全名)[是叫]?"
                        r"(?:什么|啥)|\bcalled\b|\bwhat(?:'s| is) (?:its |the )?name\b",
                        re.IGNORECASE)

# Paragraphs that are a speech's opening and its close (set by reading: the occasion and the
# paragraph after it; the closing "同志们,…" alone, as the one before is the last point's).
OPENING_PARAGRAPHS = 2
CLOSING_PARAGRAPHS = 1


class SentenceScorer:
    """A sentence's score: embedding similarity, IDF-weighted term and bigram overlap, passage
    rank, length, an explicit ordinal's point, and for a follow-up the paragraphs the previous
    answer quoted and, when it asks what that was for, where the speech says so (weights
    fitted: `calibration.json`)."""

    def __init__(self, searcher: Searcher) -> None:
        w = calibration.section("sentence_score")
        self.dense, self.overlap, self.bigrams = w["dense"], w["overlap"], w["bigrams"]
        self.rank, self.length, self.length_cap = w["rank"], w["length"], w["length_cap"]
        self.ordinal = w["ordinal"]
        self.spells_out = w["spells_out"]
        self.previous = w["previous"]
        self.purpose = w["purpose"]
        fitted = w["fitted"]  # beside the weights above: bench/fit_sentence_score.py
        self.dense_fitted, self.overlap_all = fitted["dense"], fitted["overlap_all"]
        self.dense_english = fitted["dense_english"]
        self.translated = fitted["translated_english"]
        self.scale = fitted["scale"]
        self._positions: dict[tuple[int, str], frozenset[int]] = {}
        self._series: dict[tuple[int, str], bool] = {}  # see `_series_at`
        self.searcher = searcher
        self.snap: IndexSnapshot = searcher.snap

    def _purposes(self, previous: Sequence[Passage]) -> list[Passage]:
        """Where a quoted thing is said to be for, or to bring about, something: the quoted
        sentence when it says so after the quote's start ("…“五大载体”建设,为农村党员…提供
        舞台"), and the next sentences of its paragraph that do ("…势必影响到…")."""
        out: list[Passage] = []
        for quote in previous:
            run = self.snap.paragraph_sentences.get((quote.speech, quote.paragraph), [])
            first = next((s for s in run if s.start <= quote.start < s.end), None)
            if first is None:
                continue
            out += [s for s in (first, *_after(self.snap, first, PURPOSE_REACH))
                    if _PURPOSE_CLAUSE.search(s.text[max(0, quote.start - s.start):])]
        return out

    @cached_property
    def homes(self) -> frozenset[str]:
        """The places the speeches are from, as questions name them ("耒阳")."""
        return frozenset(bare_place(s.place) for s in self.snap.speeches.values() if s.place)

    def _speeches_of(self, query: Query) -> set[int]:
        """The speeches the question names by their own place or by their occasion."""
        out = home_speeches(self.snap, query.places)
        return out | ({query.occasion_speech} if query.occasion_speech is not None else set())

    @cached_property
    def _coined(self) -> tuple[frozenset[str], frozenset[str]]:
        """The terms the speeches put in quotes ("三个先", "一诺双评"; and numbers, "“8”是指…"):
        a question names them with or without its own quotes."""
        quoted = {t for s in self.snap.speeches.values() for t in QUOTED.findall(s.text)}
        return (frozenset(t for t in quoted if len(t) >= MIN_TERM_CHARS and HAS_CJK.search(t)),
                frozenset(t for t in quoted if t.isdigit()))

    def named_terms(self, text: str, query: Query, words: Sequence[str]) -> frozenset[str]:
        """The terms `text` (with its `words`, translated if English) names: quoted by the
        question, or by the speeches ("三个先"; a number they quote, as "“8”是指…" does, when
        the question has that number on its own)."""
        terms, numbers = self._coined
        # "speech 5" names a speech, not the “5” of a code
        stated = set(_NUMBER.findall(without_speech_refs(text))) & numbers
        found = {t for t in terms if t in text} | (terms & set(words))
        return frozenset({*query.quoted, *stated, *found})

    def _spells_out(self, sentence: Passage, terms: Collection[str]) -> bool:
        """Whether the sentence (or the enumeration right after it) spells out a term."""
        following = _after(self.snap, sentence, 1)
        # (a code asked with one of its parts, "“81145”…中的“8”", is answered where the part
        # is: "“8”是指…", not the sentence using the whole)
        by_parts = not any(t != u and t in u for t in terms for u in terms)
        return any(explains(t, sentence, following, strict=True, by_parts=by_parts)
                   for t in terms)

    def spelled_out_after(self, sentence: Passage, terms: Collection[str]) -> bool:
        """Whether a short heading naming a term the question names is spelled out by the
        enumeration right after it ("()村级“四室两场”规范。" + "一是“四室”:…" "二是“两场”:…")."""
        following = _after(self.snap, sentence, 1)
        return (is_headline(sentence.text, HEADLINE_MAX_CHARS)
                and any(t in sentence.text for t in terms) and bool(following)
                and bool(ENUM_START.match(following[0].text)))

    def _in_point(self, sentence: Passage, n: int) -> bool:
        """Whether the innermost outline marker over the sentence is point `n`: its own
        ("二是…"), its paragraph's ("（二）…"), or the nearest heading's ("二、…")."""
        para = self.snap.speeches[sentence.speech].paragraphs[sentence.paragraph - 1]
        heads = [sentence.text, para, *reversed(sentence.context.split(" "))]
        label = next((x for x in map(_enumeration_label, filter(None, heads)) if x), None)
        return label == n

    def paragraphs_at(self, speech: int, position: str) -> frozenset[int]:
        """A speech's opening or closing paragraphs (of those holding sentences)."""
        key = (speech, position)
        if key not in self._positions:
            held = sorted(p for (n, p) in self.snap.paragraph_sentences if n == speech)
            part = (held[:OPENING_PARAGRAPHS] if position == "opening"
                    else held[-CLOSING_PARAGRAPHS:])
            self._positions[key] = frozenset(part)
        return self._positions[key]

    def in_listing_part(self, query: Query, sentence: Passage) -> bool:
        """`sentence` is in the part of its speech the question points at, which lists points
        of its own (`lists_at`)."""
        return (query.position is not None
                and sentence.paragraph in self.paragraphs_at(sentence.speech, query.position)
                and self.lists_at(sentence.speech, query.position))

    def _series_at(self, speech: int, position: str) -> bool:
        """The part pointed at lists things alike within a sentence ("…牢固树立机遇意识、大局意识
        和责任意识,…"): a list question asked of it ("收尾的时候号召大家心里装着哪几样?") may be
        of those. (Read once per part: the score asks it of every candidate sentence.)"""
        key = (speech, position)
        if key not in self._series:
            self._series[key] = any(
                _HEAD_SERIES.search(s.text) for n in self.paragraphs_at(speech, position)
                for s in self.snap.paragraph_sentences.get((speech, n), []))
        return self._series[key]

    def lists_at(self, speech: int, position: str) -> bool:
        """The part pointed at enumerates points of its own (two or more sentences open with
        a label: "一是要认真学习会议精神。" "二是要及时制定…")."""
        return sum(1 for n in self.paragraphs_at(speech, position)
                   for s in self.snap.paragraph_sentences.get((speech, n), [])
                   if _enumeration_label(s.text)) >= 2

    def _weights(self, query: Query) -> dict[str, float]:
        qwords = {*query.words, *query.official}
        idf = self.snap.bm25_passages
        return {w: idf.idf(w) for w in qwords if len(w) > 1 or not w.isascii()}

    def own_words(self, query: Query) -> list[str]:
        """A follow-up's own content words the speeches use ("那园区人才方面搞了哪些工程?":
        园区, 人才, 工程), apart from its antecedent's."""
        vocab = self.snap.bm25_passages.vocabulary
        # an English follow-up's own words are their translations ("exams": 考试)
        typed = (query.own.words if query.english and query.own is not None
                 else query.text_words)
        # (not an adverb framing the question: "这三项活动分别指什么?")
        adverbs = ({w for w, flag in pos_tags(query.text) if flag == "d"}
                   if not query.english else set())
        return [w for w in typed
                if w in vocab and len(w) > 1 and asked_ordinal(w) is None and w not in adverbs]

    def gather(self, query: Query, result: SearchResult) -> Evidence:
        weights = self._weights(query)
        ordinal = query.ordinal
        qgrams = query.bigrams
        # A follow-up that asks about something of its own is searched with its antecedent
        # (for the speech and topic) but its words pick the sentence that answers it.
        own = self.own_words(query) if query.follow_up else []
        # a term the question names is answered where it is spelled out ("即…", "…:"); a
        # follow-up naming terms of its own ("那“5”呢?" after "“81145”里的“4”…") asks
        # about those, not its antecedent's
        own_terms = (self.named_terms(query.text, query, query.text_words) if query.follow_up
                     else frozenset())
        terms = own_terms or self.named_terms(query.search_text, query, query.words)
        terms = frozenset(_asked_of_speech(query, terms))
        # (one word will do where it is all the follow-up says: "那社区呢?", "what about the
        # 中专 class?")
        # (not a place: "那沙雅呢?" asks the same of another speech's place, searched as one)
        if len(own) >= OWN_WORDS or own_terms or (
                own and _ONLY_ANOTHER.search(query.text)
                and not any(bare_place(p) in w for p in query.places for w in own)):
            idf = self.snap.bm25_passages
            weights = {w: idf.idf(w) for w in own}
            # the previous question again about something else ("那社区换届呢?"): that
            # something, not what the previous answer was about, picks the sentence
            if own_terms or not asks_own(query.text):
                qgrams = frozenset(cjk_bigrams(" ".join(own)))
        total = sum(weights.values()) or 1.0
        # a follow-up pointing at the answer before ("How did they raise the money for
        # that?") is read where that answer quoted, unless it names a speech or place of its
        # own or asks for the rest ("除了学历班还有哪些培训?")
        previous_paragraphs = ({(p.speech, p.paragraph) for p in query.previous}
                               if query.points_back and query.speech is None
                               and not query.places and not query.asks_rest else set())
        # whose opening or close it points at: a speech named by number, by its own place
        # ("the Leiyang speech … in its closing remarks") or by its occasion
        pointed = ({query.search_speech} if query.search_speech is not None
                   else set(query.speeches_named)) or self._speeches_of(query)
        read = list(result.passages[:MAX_PASSAGES_READ])
        # a follow-up asking what the thing just quoted is for ("搞这几样是为了啥?") is read
        # where the speech says so next to the quote, reached by the search or not
        purposes = {(s.speech, s.start): s for s in self._purposes(query.previous)
                    } if query.asks_purpose and query.speech is None and not query.places else {}
        for s in purposes.values():
            holder = self.snap.parent.get(s.passage_id)
            if holder in self.snap.passage_index and all(p.passage_id != holder for p in read):
                read.append(self.snap.passages[self.snap.passage_index[holder]])
        if previous_paragraphs:
            # and so is one pointing at the answer before ("So what has it pulled in?" after
            # "谷汪乡以“185”工程为载体,…引进…5个项目"), where that answer quoted
            for quoted in query.previous:
                if (quoted.passage_id in self.snap.passage_index
                        and all(p.passage_id != quoted.passage_id for p in read)):
                    read.append(self.snap.passages[self.snap.passage_index[quoted.passage_id]])
        # (a list question at a part that lists points of its own: "会快散场时,让大家回去以后
        # 干哪三件事?" at "…一是要认真学习会议精神。…二是…")
        position = query.position
        at_part = ({n for n in pointed if not query.asks_list or self.lists_at(n, position)
                    or self._series_at(n, position)} if position else set())
        if position and at_part:
            # the part pointed at is read even where the search did not reach it ("那篇六呢?"
            # after a question about the meeting's task), ranked after what it found
            known = {p.passage_id for p in read}
            read += [p for p in self.snap.passages if p.speech in at_part
                     and p.paragraph in self.paragraphs_at(p.speech, position)
                     and p.passage_id not in known]
        items: list[tuple[Passage, Passage, int]] = []
        read_ids = {p.passage_id for p in read}
        for rank, passage in enumerate(read):
            rank = min(rank, MAX_PASSAGES_READ)
            for i in self.snap.sentences_of.get(passage.passage_id, []):
                s = self.snap.sentences[i]
                if passage.start <= s.start and s.end <= passage.end:
                    items.append((s, passage, rank))
            items += [(s, holder, rank) for s, holder in self._overlapped(passage, read_ids)]
        vectors = self.snap.sentence_vectors([s.passage_id for s, _, _ in items])
        q = np.asarray(result.query_vector, dtype=np.float32)
        # an English question's sentence is also matched by its Chinese terms' embedding
        # (the search has computed it): cross-lingual similarity alone is weaker
        translated = (np.asarray(query.translated_vector, dtype=np.float32)
                      if query.english and query.search_english and query.translated_text
                      else None)
        # A speech's own place ("耒阳" of 篇四) picks the speech, not a sentence in it: the
        # score leaves it out (the refusal model's features keep it, as fitted).
        # So does an occasion it names the speech by ("开“三项活动”推进会那篇").
        homes = [p for p in query.places if bare_place(p) in self.homes]
        # and so do the words it describes its speech by ("十九届五中全会那篇里…")
        occasion = f"{query.occasion or ''} {query.described}"
        content = {t: w for t, w in weights.items()
                   if not any(t in p or p in t for p in homes) and t not in occasion}
        content_total = sum(content.values()) or 1.0
        content_grams = {g for g in qgrams
                         if not any(g in p for p in homes) and g not in occasion}
        scored = []
        for s, passage, rank in items:
            vec = vectors.get(s.passage_id)
            dense = float(np.dot(q, np.asarray(vec, dtype=np.float32))) if vec else 0.0
            low = f"{s.context} {s.text}".lower()
            grams_in = set(cjk_bigrams(low))
            overlap = sum(w for t, w in weights.items() if t in low) / total
            grams = len(qgrams & grams_in) / max(1, len(qgrams))
            item = Scored(s, passage, rank, dense, overlap, grams)
            own_overlap = sum(w for t, w in content.items() if t in low) / content_total
            own_grams = len(content_grams & grams_in) / max(1, len(content_grams))
            item.score = ((self.dense + self.dense_fitted) * dense + self.overlap * own_overlap
                          + self.overlap_all * overlap + self.bigrams * own_grams
                          - self.rank * rank + self.length * min(len(s.text), self.length_cap))
            if query.english:
                item.score += self.dense_english * dense + self.translated * (
                    float(np.dot(translated, np.asarray(vec, dtype=np.float32)))
                    if translated is not None and vec else dense)
            if ordinal and self._in_point(s, ordinal):
                item.score += self.ordinal
            # a part of the speech the question points at ("篇二开头…", "快散会的时候") counts
            # as an explicit ordinal's point does; not for a list ("收尾提了哪几条要求" may
            # mean the last section's points) unless that part lists points itself
            if (query.position and (not pointed or s.speech in pointed)
                    and (not query.asks_list or self.lists_at(s.speech, query.position)
                         or self._series_at(s.speech, query.position))
                    and s.paragraph in self.paragraphs_at(s.speech, query.position)):
                item.score += self.ordinal
            if terms and self._spells_out(s, terms):
                item.score += self.spells_out
            elif (query.name_asked is not None and not query.asks_list
                  and _names_a(query.name_asked, s.text)):
                item.score += self.spells_out  # names the kind of thing asked for
            if (s.speech, s.paragraph) in previous_paragraphs:
                item.score += self.previous
            if (s.speech, s.start) in purposes:
                item.score += self.purpose
            if query.asks_prohibited and not query.asks_why and _PROHIBITS.search(s.text):
                # says what is not to be done, as asked (not why it is not: the reason is asked)
                item.score += self.spells_out
            if query.asks_failings and _FAILINGS_LEAD.search(s.text):
                item.score += self.spells_out  # owns up to shortcomings, before listing them
            # keeps score gaps where the selection margins (`hedge`, `completes`, …) were set
            item.score /= self.scale
            scored.append(item)
        scored.sort(key=lambda x: -x.score)
        ev = Evidence(result, scored, terms=terms)
        best = scored[0] if scored else None
        sig = result.signals
        ev.features = {
            "dense_top": sig.dense_top,
            "dense_margin": sig.dense_margin,
            "coverage": sig.bm25_coverage,
            "agreement": sig.agreement,
            "vocabulary": sig.vocabulary,
            "best_dense": best.dense if best else 0.0,
            "best_overlap": best.overlap if best else 0.0,
            "best_bigrams": best.bigrams if best else 0.0,
            "best_score": best.score if best else 0.0,
            "english": 1.0 if sig.english else 0.0,
            "keyness": sig.keyness,
            "speech_named": 1.0 if query.speech is not None else 0.0,
            # (what ties a question to the speeches however few of its words they use: a
            # speech, place, person or meeting it names, or the conversation it follows)
            "anchored": 1.0 if (query.speech is not None or query.speeches_named
                                or query.places or query.named or query.follow_up
                                or query.occasion_speech is not None) else 0.0,
            "speaks_of_speeches": 1.0 if query.speaks_of_speeches else 0.0,
            # (asked in a conversation, or kept to one speech by the user or by the answer
            # before: "那最后一个呢?" searched as the item it names)
            "scoped": 1.0 if (query.history or query.speech_filter is not None) else 0.0,
        }
        return ev

    def _overlapped(self, passage: Passage, read: set[str]) -> list[tuple[Passage, Passage]]:
        """The sentences of the passages the search dropped for overlapping `passage` in its
        paragraph (`_collapse`), beyond its end or before its start: a paragraph's windows
        are found as one, and the sentence answering may lie in the window not kept ("…为推进
        …合肥经济圈建设…等重大战略的实施,提供坚强组织保证…" past the first window's end),
        with their own windows as holders."""
        out = []
        for s in self.snap.paragraph_sentences.get((passage.speech, passage.paragraph), ()):
            holder_id = self.snap.parent.get(s.passage_id, "")
            if holder_id in read or (passage.start <= s.start and s.end <= passage.end):
                continue
            holder = self.snap.passages[self.snap.passage_index[holder_id]]
            if span_overlap(holder, passage) > COLLAPSED_OVERLAP:
                out.append((s, holder))
        return out


# ---------------------------------------------------------------- selecting quotes


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


# How a speech says what something is for or brings about: "为了…", "为…提供舞台", "使…",
# "解决…问题", "势必影响…", "有力遏止了…".
_PURPOSE_CLAUSE = re.compile(
    r"为了|以便|旨在|目的是|确保|从而|进而|势必|必然|否则"
    r"|以(?:推动|促进|提高|增强|实现|确保|保证)|[使让](?!用)[^,，。;；:：]{4,}"
    r"|为[^,，。;；]{2,16}(?:提供|打下|创造|奠定|营造|搭建)|解决[^。;；]{2,24}问题"
    r"|(?:有效|有力|切实)地?(?:推动|促进|提高|增强|遏止|保障)"
    r"|(?:激发|增强|提高|改善|营造|促进|推动|遏止)了")
# A lead-in this short says nothing of its own ("主要体现在以下几个方面:").
BARE_LEAD_IN = 16
# Sentences past a list question's best one, in its paragraph, a lead-in to the list may be.
LEAD_IN_REACH = 2
LEAD_IN_NAMED = 4  # characters in a row the question shares with that lead-in ("重点做好")
# Sentences past the quoted one a purpose may be stated in.
PURPOSE_REACH = 2

# Nouns that name no kind of thing ("哪几方面", "哪些内容"): their lists are a speech's points.
_NO_KIND = frozenset({"方面", "内容", "问题", "工作", "事情", "东西"})
_ASPECTS = frozenset({"角度", "层面", "维度"})  # what the speeches call 方面
# A sentence listing the aspects a question asks, counted ("…、“优化环境”五个方面"), is
# looked for this far below the best sentence (set by reading the blind rounds' questions).
_ASPECTS_COUNTED = re.compile(r"[两二三四五六七八九十]个方面")
ASPECTS_LISTED_MARGIN = 0.3
ASPECTS_LISTED_TOP = 12
# Asked along which aspects ("从哪几块去找的?", "围绕哪些方面"), not what a list's points are.
_FROM_ASPECTS = re.compile(r"(?:从|围绕|围着)哪[几些]")
_ASPECT_OF = re.compile(r"(?:方面|角度|层面)的?([\u4e00-\u9fff]{2})")
_ENUMERATION_TAIL = 8  # characters from an enumeration's last "、" to the kind it names
_OF_WHAT_CHARS = 8  # characters between an enumeration's "等" and the kind ("村集体经济发展")


# A name asked of what it belongs to: "领导干部的什么制度".
_HELD_KIND = re.compile(r"(?<=[\u4e00-\u9fff])的(?:什么|啥|哪种|哪项|哪个)样?的?"
                        r"(?=[\u4e00-\u9fff])")


# A document asked for ("出了个啥文件?") is named by its title, its number or what it is about
# ("《关于…的决定》", "26号文件", "关于做好乡镇党委换届工作指导意见"), rarely "…文件" itself.
DOCUMENT_KIND = "文件"
_DOCUMENT_NAMED = re.compile(r"《[^》]{2,40}》|\d+号文件"
                             r"|关于[^,，。;；《》]{2,30}?(?:意见|决定|通知)")


def _names_a(kind: str, text: str) -> bool:
    """Whether the text names a thing of that kind, as speeches coin names: in quotation
    marks or a title ("“民心工程”", "“一诺双评”制度", "“删繁就简就实”的原则", "《…办法》");
    any kind for ""."""
    if kind == DOCUMENT_KIND:
        return _DOCUMENT_NAMED.search(text) is not None
    k = re.escape(kind)
    return re.search(rf"[“《][^”》]{{1,24}}{k}[”》]|[“《][^”》]{{1,24}}[”》]的?{k}",
                     text) is not None


# A sentence opening with a place that does what it tells ("余庆乡坚持…", "导子乡全面实施…").
_OPENS_WITH_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:乡|镇|村|县|区|市|街道)(?![委级长里])")
# A sentence going on to more examples ("还有…", "如,…", "比如…").
_MORE_EXAMPLES = re.compile(r"还有|另外|再如|又如|比如|例如|如[,，]")
# Places named by example ("在苏州、无锡等地", "朝鲜、古巴、越南、老挝等一些老牌的社会主义
# 国家"; not "宣传部、团委、妇联…等部门"), and how far after a quote they are looked for.
_PLACES_BY_EXAMPLE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+"
                                r"等(?:地(?![位步])|[^,，。;；]{0,10}?(?:国家|地区|城市|地方))")
EXAMPLE_REACH = 2
SIBLING_REACH = 3  # paragraphs either side of a quote searched for one a follow-up names
# Cases named by example, quoted in a series ("不管是“98年的抗洪”、还是“03年的非典”…").
_CASES_BY_EXAMPLE = re.compile(r"(?:不管是|无论是|不论是)[^。;；]{0,4}“[^”]+”"
                               r"|“[^”]{2,12}”[、,，]?(?:还是|或是)“")
# Cases a question asks a speech to have named ("Which disasters does it cite?", "举了哪些
# …?"), and how far below the best a sentence naming them by example is looked for (set by
# reading the blind rounds' questions).
_ASKS_CASES = re.compile(r"\b(?:which|what)\b[^?]{0,60}\b(?:cites?|cited|lists?|names?|"
                         r"mentions?|points? to)\b|(?:列?举|提到)了?哪(?:些|几)", re.IGNORECASE)
CASES_MARGIN = 0.25
# Words for a means that a question rarely asks by ("实行…的开发运行模式").
_MEANS_OTHER = ("模式", "办法", "方法")
# The words for a means something is done by: those a question asks by, and more.
_MEANS = re.compile("|".join((*MEANS_ASKED, *_MEANS_OTHER)))
# A word asking, not saying ("几块", "哪些", "什么").
_INTERROGATIVE = re.compile(r"[几哪啥何谁]|什么|多少|怎")
# The word a follow-up's ordinal calls the items by ("第二个强化"), two characters of it.
_ORDINAL_CALLED = re.compile(rf"第[{ORDINAL_LABELS}\d]+个?([\u4e00-\u9fff]{{2}})")
# What an ordinal counts by ("第三支", "最后那支", "第二部分"; "fourth part", not "first one").
_ORDINAL_UNIT = re.compile(rf"(?:第[{ORDINAL_LABELS}\d]+|最后[的那一]{{0,2}})"
                           r"(部分|方面|个|支|条|项|点|种|拨|批|类|件)")
_ITEM_UNITS = frozenset("个支条项点种拨批类件")
_PART_UNITS = frozenset({"部分", "part", "section"})
_ORDINAL_UNIT_EN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
                              r"|ninth|tenth) +(?!ones?\b|is\b|was\b)([a-z]+)", re.IGNORECASE)


# An ordinal's own word ("第一" of "排第一的"), which names no item by what it says.
_ORDINAL_WORD = re.compile(rf"第[{ORDINAL_LABELS}]+")
# A question asking for the items of a list ("下面有哪几条?"): an ordinal after it counts them.
_ITEMS_ASKED = re.compile(r"哪几|哪些")


def _counts_alike(query: Query) -> bool:
    """Whether a follow-up's ordinal counts by what the question before counted by ("第三支"
    after "第二支"; in English, by nothing either: "the second" after "the first one"): a step
    along the same list, not into the item asked before ("第三点" after "第二部分讲了什么?",
    "the second point" after "the fourth part")."""
    if not query.history or _ITEMS_ASKED.search(query.history[-1]):
        return False  # ("第一个“支部带村”下面有哪几条?" then "第二条里,…": of those)
    unit = _ORDINAL_UNIT_EN if query.english else _ORDINAL_UNIT
    now = unit.search(query.text)
    before = unit.search(query.history[-1])
    if item_of_part(query.history[-1]) is not None:
        # an item asked within a part ("第二部分第一项", "its second part. … the first one?"):
        # counted by the item's word, or by none
        before = next((m for m in reversed(list(unit.finditer(query.history[-1])))
                       if m.group(1).lower() not in _PART_UNITS), None)
    if now is None or before is None:
        return query.english and now is None and before is None
    units = {now.group(1).lower(), before.group(1).lower()}
    # ("个" counts items of any kind: "第四个呢" after "第一支是什么?")
    return len(units) == 1 or ("个" in units and units <= _ITEM_UNITS)


# A month given without its day ("今年5月,"), the month of a day given ("5月19日"), dates
# and their year words (left out when comparing what two sentences date), and words too
# common to tell one deed from another.
_MONTH_ONLY = re.compile(r"(?<!\d)(\d{1,2})月(?!\d|份?底|份?初|中旬|上旬|下旬)")
_DAY_OF = re.compile(r"(?<!\d)(\d{1,2})月\d{1,2}[日号]")
_DATED = re.compile(r"(?:今|去|明)年|\d+(?:年|月|日|号)")
_DEED_STOP = frozenset({"活动", "工作", "我市", "全市", "开展", "进行", "以来"})
# A figure a question states: a percentage, or a number of two digits or more (not an
# ordinal: "the Party's 100th anniversary").
_STATED_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?%|\d{2,}(?:\.\d+)?)(?![\d.]|st|nd|rd|th)")


def _scored_as(ev: Evidence, sentence: Passage | None) -> Scored | None:
    """The scored entry of `sentence`, if the evidence holds it."""
    if sentence is None:
        return None
    return next((s for s in ev.scored if s.sentence.passage_id == sentence.passage_id), None)


# How often something is done, asked ("多长时间考一回", "隔多久", "how often") and told
# ("每年进行一次考核", "每季度进行一次考核评估").
_ASKS_HOW_OFTEN = re.compile(r"(?:多久|多长时间)[^,，。?？]{0,8}?[一1][次回遍]|隔多久|多久一次"
                             r"|\bhow often\b", re.IGNORECASE)
_HOW_OFTEN = re.compile(r"每[^,，。;；]{1,4}?[^,，。;；]{0,10}?[一1][次回]")


# A series of three things or more a question names ("拍板前、办大事、干完活、要人盯着").
_SERIES_ASKED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){2,}")


def _clauses_alike(text: str) -> int:
    """The longest run of clauses in a row ending in the same two characters ("决策问计于群众,
    大事商量于群众,工作通报到群众,监督权交还给群众" → 4), 0 below three."""
    ends = [c[-2:] for c in re.split(r"[,，;；。:：]", text) if len(c) >= 2]
    runs = [len(list(g)) for _, g in groupby(ends)]
    longest = max(runs, default=0)
    return longest if longest >= 3 else 0


def _runner_up(ev: Evidence, margin: float, fits: Callable[[Scored], bool]) -> Scored | None:
    """The best sentence after the first, scoring within `margin` of it, that `fits`."""
    floor = ev.scored[0].score - margin
    return next((s for s in takewhile(lambda s: s.score >= floor, ev.scored[1:]) if fits(s)),
                None)


_COUNT_BEFORE_KIND = re.compile(
    r"(?:(?:[一二两三四五六七八九十]|\d+)[个项大条种类]?|[多各][种类样项])$")


# What the speeches call ways of doing something ("…相结合等多种形式").
_FORMS = re.compile(r"形式|方式")
# A person named as saying something ("习近平在哪次讲话中强调要…").
_PUTS_WORDS = r"[^,，。?？]{0,24}?(?:强调|指出|说过?|讲过?|提出|批示|指示)"


def _told_words(query: Query) -> set[str]:
    """The words a question tells the items before the one asked by ("支部", "带村")."""
    return {w for _, said in query.told_items for w in said}


def _words_of_another(query: Query, sentence: Passage) -> bool:
    """Whether the question puts words in the mouth of a person it names that the best
    sentence gives as another's ("胡锦涛指出,…"), naming none of its people."""
    # (a full name: "孙先生" is "孙中山先生", who the speeches name as saying it)
    return (not query.english and any(re.search(re.escape(p) + _PUTS_WORDS, query.text)
                                      for p in query.named
                                      if not (SURNAME_TITLE.fullmatch(p)
                                              or SURNAME_ADDRESS.fullmatch(p)))
            and not any(p in sentence.text for p in query.named)
            and quotes_person(sentence.text, query.text))


_HEADS = frozenset({"个", "名"})
# What an item says asked for, beyond the item ("具体怎么说的?", "展开讲讲").
_IN_DETAIL = re.compile(r"具体|详细|展开|细说|怎么(?:说|讲)的")
# What a place did, asked last ("具体干了啥?", "是怎么做的?", "有什么做法?"; not "原来的院子
# 改成干啥用了?").
_WHAT_DONE = re.compile(r"(?:(?:干|做|搞|抓)了?(?:啥|什么|哪些)(?:事|工作)?|怎么(?:干|做|搞|抓)的"
                        r"|(?:啥|什么|哪些)(?:做法|经验|办法|举措))[?？。]?$")
# Who convened a meeting, and a body convening the speech's own ("市委召开这次…").
_WHO_CONVENED = re.compile(r"谁(?:召开|主持|组织|开)的?|哪个?(?:部门|单位|机关)(?:召开|主持|组织)"
                           r"|\bwho (?:convened|called|organi[sz]ed|held)\b", re.IGNORECASE)
_CONVENES = re.compile(r"[委府]召开了?这次")
# How a whole is made up, not counted ("工资是怎么分块发的?")
_IN_PARTS = re.compile(r"怎么分块|分块(?:发|算|给|计)")
# A term the speeches compose of parts added up ("“基础报酬+绩效报酬+奖励报酬”").
_COMPOSED = re.compile(r"“([^”]{2,30}\+[^”]{2,30})”")


def _composes_asked(query: Query, text: str) -> bool:
    """Whether `text` adds up parts of what the question asks ("工资" → "报酬": "“基础报酬+
    绩效报酬+奖励报酬”")."""
    return any(w in term for term in _COMPOSED.findall(text)
               for w in (*query.words, *query.official) if len(w) > 1)


def _enumerates_kind(query: Query, sentence: Passage) -> bool:
    """A list question's sentence that enumerates things of the kind it asks for by name,
    the kind right after the enumeration ("纪检、政法、计生、团委、妇联等相关部门")."""
    kind = query.kind_asked
    if not query.asks_list or kind is None:
        return False
    text = sentence.text
    if kind in _ASPECTS and kind not in text:
        kind = "方面"  # "从哪几个角度去找的?": "…五个方面"
    if kind not in text:  # or as the speeches call it ("分支": 支部)
        kind = next((w for w in colloquial_expansions(kind) if w in text), kind)
    if kind not in text and kind.endswith("法"):
        # ways of doing something ("哪几种放法"), which the speeches call forms or means
        # ("…相结合等多种形式")
        kind = next((m.group(0) for m in _FORMS.finditer(text)), kind)
    if kind == "方面" and _composes_asked(query, text):
        return True  # the parts of what it asks, added up ("“基础报酬+绩效报酬+奖励报酬”")
    at = text.find(kind)
    while at >= 0:
        # (counted: "“转变职能”、…、“优化环境”五个方面"; a kind as general as "方面" only so)
        before = _COUNT_BEFORE_KIND.sub("", text[:at])
        if kind in _NO_KIND and before == text[:at]:
            at = text.find(kind, at + 1)
            continue
        tail = before[-_ENUMERATION_TAIL:]
        if "、" in tail and not re.search(r"[,，:：;；。]", tail[tail.rindex("、"):]):
            return lists_things(text)
        # or closed by "等" however long its items ("国家现代农业示范区建设、阳光康养建设试验区
        # 创建和美丽幸福新村建设等任务")
        clause = re.split(r"[,，:：;；。]", before)[-1]
        # (or by "等" and what the things are of: "…、发展农村物业等村集体经济发展模式")
        if re.search(rf"等[\u4e00-\u9fff]{{0,{_OF_WHAT_CHARS}}}$", clause) and "、" in clause:
            return lists_things(text)
        # or by "的" after three or more ("政府包揽园区建设、单纯依靠经济手段粗放管理、产业同构和
        # 低水平重复建设的模式")
        if clause.endswith("的") and clause.count("、") >= 2:
            return lists_things(text)
        at = text.find(kind, at + 1)
    return False


SERIES_BY_CLAUSES = 3  # things named that a sentence may answer one clause each (by reading)
SLOGAN_SIDE = 4  # characters either side of a short term in an item's slogan ("班子要配强,")
SERIES_TERM_CHARS = 4  # a quoted term each item of a series may repeat ("改革创新", "抓落实")


def _short_terms(query: Query) -> list[str]:
    """The short terms a question quotes ("哪三个“新”"), each of one or two characters
    (read from its text: the parse keeps one character unquoted)."""
    # (a pattern by its fixed words: "哪几个“X村”?" as "哪几个“村”?")
    return [t for t in map(placeholder_stripped, QUOTED.findall(query.text)) if len(t) <= 2]


def _series_terms(query: Query) -> list[str]:
    """The quoted terms a list question's items may each repeat: its short terms, and longer
    ones up to `SERIES_TERM_CHARS` when it counts the items ("哪三种“改革创新”的…":
    "以改革创新的精神状态、改革创新的思想作风、改革创新的工作方法"; "哪四种“抓落实”的途径":
    "要突出重点抓落实,…;要因地制宜抓落实,…;…")."""
    if not query.list_size:
        return _short_terms(query)
    return [t for t in QUOTED.findall(query.text) if len(t) <= SERIES_TERM_CHARS]


# Things counted by a one-character noun ("哪两个党", "哪三个县").
_COUNTED_NOUN = re.compile(r"哪[两二三四五六七八九十][个家所支类种]([\u4e00-\u9fff])")


def _series_asked(query: Query, sentence: Passage) -> bool:
    """A list question answered by a series inside the sentence: each item holds the short
    term it quotes ("哪三个“新”?": "构建起园区管理新模式、园区运行新机制、园区治理新格局"), or
    the things it names, in order ("推动重心、资源和工作分别怎样向基层转移?": "推动重心向基层下
    沉、资源向基层倾斜、工作向基层聚焦"). The list around the sentence is not what it asks."""
    if not query.asks_list:
        return False
    names = query.named_series
    terms = _series_terms(query)
    kind = _COUNTED_NOUN.search(query.text)
    if query.list_size and query.list_size >= 2 and _repeats_frame(
            QUOTED.sub(" ", query.text), sentence.text, query.list_size):
        return True
    clauses = [c for c in re.split(r"[,，;；。:：]", sentence.text) if c]
    for clause in clauses:
        items = [i for i in re.split(r"、|和", clause) if i]
        if len(items) < 2:
            continue
        if terms and (query.list_size in (None, len(items))) and any(
                all(t in i for i in items) for t in terms):
            return True
        if len(names) >= 2 and len(items) == len(names) and all(
                n in i for n, i in zip(names, items, strict=True)):
            return True
        # or as many things as it counts, each ending in the noun it counts them by ("哪两个
        # 党": "执政74年的苏联共产党和执政71年的墨西哥革命制度党之所以…", the clause going on)
        if (kind is not None and len(items) == query.list_size
                and all(i.endswith(kind.group(1)) for i in items[:-1])
                and kind.group(1) in items[-1]):
            return True
    # or a clause per item, each holding the term ("哪三个“相”?": "“选、任、免”相衔接,“责、
    # 权、利”相结合,“绩、奖、惩”相统一"): as many clauses in a row as it asks, no more
    short = _short_terms(query)
    if short and query.list_size and query.list_size >= 2 and any(
            query.list_size in _runs([t in c for c in clauses]) for t in short):
        return True
    # (the count unsaid, "哪几个“更”?": three or more in a row, the term as far from each
    # one's end, "…教育党员更有效,服务群众更直接,推动发展更有力"; not any "要" in three clauses)
    if short and not query.list_size and any(
            _framed_run(clauses, t, SERIES_BY_CLAUSES) for t in short):
        return True
    # or a part per item between semicolons, its first clause framed alike ("要突出重点抓落
    # 实,抓住…;要因地制宜抓落实,深入…;…")
    heads = [re.split(r"[,，:：]", c)[0] for c in re.split(r"[;；。]", sentence.text) if c]
    if query.list_size and any(_alike_run(heads, t, query.list_size) for t in terms):
        return True
    # or clause by clause, three or more ("以鲜明的奋斗目标鼓舞人心,以鲜明的工作特色振奋人心,
    # 以…凝聚人心"; two in a row are often a list's lead-in: "督查、推广经验")
    return len(names) >= SERIES_BY_CLAUSES and any(
        all(n in c for n, c in zip(names, clauses[i:i + len(names)], strict=True))
        for i in range(len(clauses) - len(names) + 1))


# What each of the things a question names is asked ("班子、队伍和改革,各自要做到什么?").
_ASKS_EACH = re.compile(r"各自|分别")
# ... or "各" alone ("这三头各提了啥要求?")
_EACH_ASKED = re.compile(r"各|分别")
# The angles an argument is made from, asked ("从哪几个角度论证的?", "从哪几方面摆道理?").
_ANGLES_ASKED = re.compile(r"哪[几两三四五]?个?角度|(?:论证|摆道理|讲道理)")
# A question asking for a saying the speech quotes ("引用了哪句古语", "开头引的那句老话"),
# or for the speech or the words of a figure of speech ("哪篇讲话拿盖高楼先打地基来打比方?",
# "…打比方,原话咋说的?"; not what a sentence likens things to, "拿什么来比喻每个党员?", nor
# a paragraph described by one, "拿盖高楼打比方那一段,说…").
# (in English one said to be old or a proverb: a "saying" alone is as often a statement,
# "what Hu Jintao is saying")
_ASKS_SAYING = re.compile(r"古语|老话|俗话|古话|古训|名言|格言|谚语|警句|诗句"
                          r"|(?:打了?个?比方|比喻)(?=.*(?:哪一?篇|第几篇|原话|原文))"
                          r"|(?:哪一?篇|第几篇)(?=.*(?:打了?个?比方|比喻))")
_ASKS_SAYING_EN = re.compile(r"\b(?:classical|classic|ancient|old|traditional|chinese) "
                             r"(?:saying|adage|maxim|proverb)s?\b|\bproverbs?\b|\badages?\b",
                             re.IGNORECASE)
# A speech described by what it says ("the speech that opens with the nine-storey tower
# proverb, how long…"): a saying named there is not what is asked.
_SPEECH_DESCRIBED_EN = re.compile(r"\bspeech (?:that|which) [^,?]*", re.IGNORECASE)


def _asks_saying(query: Query) -> bool:
    """Whether the question asks for a saying (`_ASKS_SAYING`; in English, one it calls old
    or a proverb, not the saying that describes its speech)."""
    return bool(_ASKS_SAYING_EN.search(_SPEECH_DESCRIBED_EN.sub(" ", query.text))
                if query.english else _ASKS_SAYING.search(query.text))


SAYING_CLAUSE_CHARS = (3, 5)  # a saying's clauses are short and alike ("九层之台,起于垒土。")
SAYING_CHARS = 24
SAYING_ECHO = 3  # characters of a saying a question quotes to name it


def _asked_of_speech(query: Query, terms: Collection[str]) -> list[str]:
    """The terms a question asks about: not one naming the meeting or the saying by which
    it describes its speech, unless it says it again ("搞“三项活动”推进会的那个市,…一共表扬了
    多少个单位?", "开头引了“九层之台,起于垒土”的那篇,…是哪一年出现的?")."""
    described = f"{query.occasion or ''} {query.described}"
    return [t for t in terms
            if t not in described or query.text.count(t) > described.count(t)]


def _asks_quote(query: Query) -> bool:
    """Whether the question asks whose words, or what words, are quoted: in its own words, not
    those by which it describes its speech ("引了“九层之台,…”的那篇,…")."""
    asked = query.text.replace(query.described, " ") if query.described else query.text
    return bool(_ASKS_QUOTE.search(_SPEECH_SAID.sub(" ", asked)))


def _is_saying(text: str) -> bool:
    """A sentence that is a saying: two or more short clauses of about one length, quoted or
    standing alone ("“以史为鉴,可以知兴替。”", "九层之台,起于垒土。"; not a quoted
    instruction of a dozen clauses, nor "要加强督查,推广经验,确保落实到位,…")."""
    body = text.strip().strip("“”\"").rstrip("。！!;；")
    clauses = re.split(r"[,，]", body)
    sizes = [len(c) for c in clauses]
    shortest, longest = SAYING_CLAUSE_CHARS
    return (len(clauses) >= 2 and len(body) <= SAYING_CHARS and max(sizes) - min(sizes) <= 1
            and all(shortest <= n <= longest for n in sizes)
            and all(_CJK_ONLY.fullmatch(c) for c in clauses))


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# Words quoted from someone ("孙中山先生早就说过:“世界潮流,…”"), and a question asking them.
# (or, unquoted, by whom a sentence opens with: "胡锦涛指出,广大基层干部是…")
_QUOTES_SOMEONE = re.compile(r"(?:说过?|指出|讲过?|强调)[:：]“"
                             r"|^(?![我你他大])[\u4e00-\u9fff]{2,6}?(?:早就|曾经?)?(?:说过?|指出|强调)"
                             r"[,，:：]")


# What a masked word stands for, asked of it ("党的xx大具体是第几次代表大会?", "xx届具体是哪
# 一届?"), not a question that only writes a masked date as its context ("20xx年建了多少?").
_ASKS_MASKED = re.compile(r"(?:xx|XX|××|ｘｘ)[\u4e00-\u9fff]{0,3}?(?:具体|到底|究竟|实际)?(?:是|指)"
                          r"(?:第几|哪|什么|啥|多少)")


# Which session (of a congress, a plenum) asked, and one the scrape masked ("党的xx届四中全会").
_ASKS_SESSION = re.compile(r"哪一?届|第几届")
_MASKED_SESSION = re.compile(r"(?:xx|XX|××|ｘｘ)届")
_SESSION_GIVEN = re.compile(rf"[{ORDINAL_LABELS}\d]届")


# A follow-up asking for the list, in no words of its own ("具体有哪些?", "逐一列一下").
_LIST_AGAIN = re.compile(
    r"^(?:那|那么)?(?:请|麻烦)?你?(?:再|都|全部?|具体|逐一|逐条|一条条|一一|分别|详细)*"
    r"(?:列(?:一下|出来|举一下)?|说说|讲讲|说一下|讲一下|有哪些|是哪些|[有是]哪几[个条点项]"
    # ("具体要从哪几方面去做?": the points of the item just quoted)
    r"|(?:要|该|得)?从哪(?:几|些)个?方面(?:去|来)?(?:做|抓|干|入手|着手))"
    r"(?:呢|吧|啊)?[?？。!！]*$")
# Someone's own words asked for ("他原话是怎么说的?", "原句是什么?").
_ASKS_OWN_WORDS = re.compile(r"原话|原句")
# What the speech says right after the words just quoted ("它后面紧接着又打了什么比方?",
# "下一句是什么?", "What comes right after that?"), not the next item of a list ("下一条").
_ASKS_SAID_NEXT = re.compile(
    r"(?:后面|后头|随后|接下来|紧接着|紧跟着|接着)[^,，。?？]{0,3}?(?:又|还|再)?"
    r"(?:说|讲|打|引|提|写|接)了?[^,，。?？]{0,2}?(?:什么|啥)|下一句|后一句"
    r"|\bwhat (?:comes|follows|is said) (?:right )?(?:next|after)\b|\bnext sentence\b",
    re.IGNORECASE)


def _quotes_someone(text: str) -> bool:
    """Whether a sentence gives someone's words, or a saying."""
    return bool(_QUOTES_SOMEONE.search(text)) or _is_saying(text)


# Examples asked for ("这里面举了哪些例子?"), and a sentence giving some ("比如…", "例如…").
_ASKS_EXAMPLES = re.compile(r"例子|事例|实例|举例|\bexamples?\b"
                            # (or the places compared with: "他拿哪些地方来对比?")
                            r"|拿(?:哪些|哪几个|什么)(?:地方|地区|城市|国家)"
                            r"|(?:对比|比较)的?是?(?:哪些|哪几个)(?:地方|地区|城市|国家)",
                            re.IGNORECASE)
_GIVES_EXAMPLES = re.compile(r"比如|例如|譬如|诸如")
_EXAMPLE_PLACES = re.compile(r"(乡镇|乡|镇|村|县|区)[^,，。?？]{0,4}(?:例子|事例|实例)")
# A paragraph pointed at by the words it opens with ("“改革要配套”那段").
_ITS_PARAGRAPH = re.compile(r"[”\"'’](?:的|那)?(?:那|这)一?(?:段|部分|节)")
# A question asking who ("这话是谁说的?", "哪拨人夸的?"), and a sentence reporting words or a
# verdict with no speaker of its own ("评价我市的创先争优活动:“…”").
_ASKS_WHO = re.compile(r"谁|哪(?:拨|位|些|个)人|\bwho\b", re.IGNORECASE)
_SPEAKER_ELIDED = re.compile(r"^(?:评价|称赞|赞扬|肯定|认为|指出|强调|说)[^“”。,，]{0,20}?[:：]“")
_ASKS_QUOTE = re.compile(r"引用|引[了的]|谁的话|谁说|说过|名言|古语|古话|老话|俗话|俗语|quot",
                         re.IGNORECASE)
# (a speech saying it is no one quoted: "…得当个什么角色?记得有篇讲话专门说过")
_SPEECH_SAID = re.compile(r"(?:讲话|篇)[^,，。?？“”]{0,4}?说过")


def _term_series(query: Query, sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """For a list question counting items that quote a term ("哪四种“抓落实”的途径?"): the run
    of sentences around `sentence` in its paragraph each opening with the term in a first
    clause framed alike ("要突出重点抓落实,…;", "要因地制宜抓落实,…;", …), when there are as
    many as asked."""
    size = query.list_size
    if not query.asks_list or not size:
        return []
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    heads = [re.split(r"[,，:：]", x.text)[0] for x in para]
    for term in _series_terms(query):
        run = _alike_run(heads, term, size)
        if run and any(para[i].start == sentence.start for i in run):
            return [para[i] for i in run]
    return []


def _alike_run(heads: Sequence[str], term: str, size: int) -> range | None:
    """The positions of `size` (two or more) clauses in a row, each holding `term` and framed
    alike: one opening, the term as far from the clause's end ("要突出重点抓落实",
    "要因地制宜抓落实"; not "二要突出抓好创先争优活动" and a sentence explaining it after)."""
    if size < 2:
        return None
    flags = [term in h for h in heads]
    start = 0
    for length in _runs(flags):
        start = flags.index(True, start)
        frames = heads[start:start + length]
        if length == size and len({(h[0], len(h) - h.rindex(term)) for h in frames}) == 1:
            return range(start, start + length)
        start += length
    return None


def _framed_run(clauses: Sequence[str], term: str, size: int) -> bool:
    """Whether `size` or more clauses in a row hold `term` as far from their ends."""
    tails = [len(c) - c.rindex(term) if term in c else None for c in clauses]
    return any(tails[i] is not None and len(set(tails[i:i + size])) == 1
               for i in range(len(tails) - size + 1))


def _runs(flags: Sequence[bool]) -> list[int]:
    """The lengths of the runs of true flags."""
    return [len(run) for run in "".join("1" if f else " " for f in flags).split()]


def _repeats_frame(question: str, text: str, times: int) -> bool:
    """Whether the sentence ends a clause with the question's words (`FRAME_CHARS` or more)
    once per item asked: "把…与…紧密联系起来," three times for "要把哪三组内容紧密联系
    起来?"; not a term it happens to use as often ("村党组织")."""
    for i in range(len(question) - FRAME_CHARS + 1):
        frame = question[i:i + FRAME_CHARS]
        if (_CJK_RUN.fullmatch(frame) and text.count(frame) == times
                and len(re.findall(re.escape(frame) + r"[,，;；。]", text)) == times):
            return True
    return False


ANCHOR_RUN = 6  # characters in a row that name the passage a question places its answer by
FRAME_CHARS = 4  # the question's words a sentence repeats per item (set by reading)
ECHO_CHARS = 4  # a listed item's characters a question repeats when it echoes the list


def _echoes_enumeration(question: str, text: str) -> bool:
    """Whether most items of the sentence's longest "、" enumeration are in the question."""
    clause = max(re.split(r"[,，;；。:：]", text), key=lambda c: c.count("、"))
    items = [i for i in clause.split("、") if i]
    if len(items) < 2:
        return False
    def echoed(item: str) -> bool:
        n = min(ECHO_CHARS, len(item))
        return any(item[j:j + n] in question for j in range(len(item) - n + 1))
    return 2 * sum(echoed(i) for i in items) >= len(items)


def _longest_run(a: str, b: str) -> str:
    """The longest run of Chinese characters `a` and `b` share."""
    best = ""
    for run in _CJK_RUN.findall(a):
        for i in range(len(run)):
            n = len(best) + 1
            while i + n <= len(run) and run[i:i + n] in b:
                best, n = run[i:i + n], n + 1
    return best


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of Chinese characters `a` and `b` share."""
    return len(_longest_run(a, b))


def _enumeration_label(text: str) -> int | None:
    m = _ENUM.match(text)
    if not m:
        return None
    for ch in m.group(0):
        if ch in CHINESE_LABELS:
            return CHINESE_LABELS.index(ch) + 1
        if ch.isdigit():
            return int(re.match(r"\d+", m.group(0).lstrip("（(")).group(0))  # type: ignore[union-attr]
    return None


def _bare_point(sentence: Passage) -> bool:
    """A numbered point made in one short sentence ("一要做学习上的先驱。", or "()土地审批
    手续规范。" whose number the scrape lost): the sentences after it say what it means."""
    return bool(_enumeration_label(sentence.text) or _LOST_NUMBER.match(sentence.text)) and (
        is_headline(sentence.text, HEADLINE_MAX_CHARS))


_LOST_NUMBER = re.compile(r"[(（]\s*[)）]")  # "()": a point's "(五)" with its number scraped off


def _body_in_series(sentence: Passage, snap: IndexSnapshot, shown: Sequence[Passage] = ()
                    ) -> list[Passage]:
    """The sentences after a point stated in one short sentence in a series of parallel
    points, or among the points the previous answer quoted (`shown`), up to the next point
    (`MAX_BODY_SENTENCES` in all)."""
    if not is_headline(sentence.text, HEADLINE_MAX_CHARS):
        return []
    series = [s.start for s in _parallel_siblings(sentence, snap)]
    if sentence.start not in series:
        series = [s.start for s in shown
                  if (s.speech, s.paragraph) == (sentence.speech, sentence.paragraph)]
    if sentence.start not in series:
        return []
    later = [start for start in series if start > sentence.start]
    return [s for s in _after(snap, sentence, MAX_BODY_SENTENCES - 1)
            if not later or s.start < later[0]]


def _heading_body(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The sentences after a short heading opening its paragraph ("工作要特色化。" then
    "特色就是生命力、…"), up to `MAX_BODY_SENTENCES` in all."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    if not para or para[0].passage_id != sentence.passage_id or not is_headline(
            sentence.text, HEADLINE_MAX_CHARS):
        return []
    return para[1:MAX_BODY_SENTENCES]


# A clause's end inside a sentence.
_CLAUSE_MARK = re.compile(r"[,，;；:：]")


def _after(snap: IndexSnapshot, sentence: Passage, n: int | None = None) -> list[Passage]:
    """The sentences after `sentence` in its paragraph (the first `n` of them)."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    return [x for x in para if x.start > sentence.start][:n]


def _alike_from(para: Sequence[Passage], start: int) -> list[Passage]:
    """The sentences of `para` from `start` on whose first clauses, each short, open with the
    same character and share a run of two or more ("要突出重点抓落实," "要因地制宜抓落实,")."""
    def opening(x: Passage) -> str:
        return re.split(r"[,，:：;；。]", x.text.strip(), maxsplit=1)[0]

    first = opening(para[start])
    if not 2 < len(first) <= ALIKE_CLAUSE_CHARS:
        return []
    run, shared = [para[start]], first
    for x in para[start + 1:]:
        clause = opening(x)
        common = _longest_run(shared, clause)
        if (len(clause) > ALIKE_CLAUSE_CHARS or clause[:1] != first[:1]
                or len(common) < ALIKE_SHARED):
            break
        run, shared = [*run, x], common
    return run


def _alike_heads(para: Sequence[Passage], start: int) -> list[Passage]:
    """Every other sentence from `start` while each is short, opens with the same character
    and shares a run of two or more characters with the first ("要扩大选举中的民主权利,为发展
    选好班子。" "要拓展民主参与的途径,为发展…。" "要推行党务政务公开,为发展加强监督。"), each
    heading the one of body after it, which opens otherwise."""
    first = para[start].text if start < len(para) else ""
    run: list[Passage] = []
    for i in range(start, len(para), 2):
        text = para[i].text
        body = para[i + 1].text if i + 1 < len(para) else ""
        if (len(text) > HEAD_SENTENCE_CHARS or text[:1] != first[:1]
                or len(_longest_run(first, text)) < ALIKE_SHARED or body[:1] == first[:1]):
            break
        run.append(para[i])
    return run if len(run) >= ALIKE_ITEMS else []


def _before(snap: IndexSnapshot, sentence: Passage) -> list[Passage]:
    """The sentence before `sentence` in its paragraph, if there is one."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    return [x for x in para if x.start < sentence.start][-1:]


def _speakers_before(snap: IndexSnapshot, question: str, sentences: Sequence[Passage]
                     ) -> list[Passage]:
    """For a question asking who said or judged something, the sentence before each of
    `sentences` that leaves its speaker to it ("评价我市的创先争优活动:“…”" after "6月23日,省委
    创先争优活动督查组一行莅临耒阳,…")."""
    if not _ASKS_WHO.search(question):
        return []
    return [b for s in sentences if _SPEAKER_ELIDED.search(s.text) for b in _before(snap, s)]


def _run_around(snap: IndexSnapshot, sentence: Passage) -> list[Passage]:
    """The run of clauses parted by ";" that `sentence`, a clause ending in ";", belongs to,
    when its clauses after the first open alike ("…存在这样那样的议论;" "一些地方…比较薄弱;"
    "一些大学生村官…,等等。"): one enumeration, under the lead-in it opens with. (Not from its
    last clause, which may end the run as a remark of its own.)"""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), None)
    if at is None or not sentence.text.rstrip().endswith((";", "；")):
        return []
    first = last = at
    while first > 0 and para[first - 1].text.rstrip().endswith((";", "；")):
        first -= 1
    while last + 1 < len(para) and para[last].text.rstrip().endswith((";", "；")):
        last += 1
    run = para[first:last + 1]
    alike = len({s.text.strip()[:RUN_OPENER] for s in run[1:]}) == 1
    return run if RUN_MIN <= len(run) <= MAX_LIST_ITEMS and alike else []


# A sentence drawing a conclusion from the one before it ("因此,必须…", "这意味着…",
# "作为…,就必须…"): the reason for it is there.
_CONCLUDES = re.compile(r"^(?:因此|所以|因而|为此|这意味着|这就要求|这就决定)|[,，]就必须")
# A point stated in a few words, one clause ("发展要目标化。"): its reasons follow it.
_STATED_POINT = re.compile(r"[^,，;；:：。]{2,12}。")
# An English question naming a term of the speeches, quoted or in Chinese ("the 'two firsts,
# two steps' (两率先、两步走)"): its "two" counts the term's parts, not the things asked.
_NAMES_TERM_EN = re.compile(r"[\u4e00-\u9fff“”\"]|(?<![A-Za-z])'[^']{2,}'")
# Two things said in one sentence as a pair ("既要防止…,又要破解…", "既有…的问题,也有…的
# 问题", "一方面…另一方面…"): what "哪两头" asks, where it stands.
_PAIRED = re.compile(r"既[要有]?[^。；;]{2,}[,，;；]\s*(?:又[要有]?|也[要有])"
                     r"|一方面[^。]{2,}另一方面")
_ASKS_TWO = re.compile(r"哪两|两[头手面边]|两方面")


def _asks_two(query: Query) -> bool:
    """A question asking for two things ("哪两头的毛病?", "哪两类干部")."""
    return query.list_size == 2 or bool(_ASKS_TWO.search(query.text))


def _pairs_asked(query: Query, sentence: Passage) -> bool:
    """A question asking two things ("哪两头的毛病?") of a sentence pairing two."""
    return _asks_two(query) and bool(_PAIRED.search(sentence.text))


# A lead-in running into its first item in one sentence ("为贯彻落实好这次会议精神,一是要认真
# 学习会议精神。"): the items after it go on from two.
_INLINE_FIRST = re.compile(r"[,，:：]\s*(?:一是|一要|第一[,，])")


# "各自", "分别", "各有": what each of the places named did, one by one
_EACH_PLACE = re.compile(r"各自|分别|各有|各是|各[^,，。?？]{0,4}了")
RUN_REACH = 3  # sentences before a numbered run a sentence about it may stand
SECOND_PART_REACH = 1  # paragraphs from the first part's quotes the second part's are sought in
MAX_SECOND_PART = 3  # quotes a question's second part adds
POINT_SENTENCES = 2  # sentences before a quotation that make the claim it is cited for
POINT_HEADING_CHARS = 12  # a claim this short is a heading: what follows the quote explains it
# What a speech states as numbered points ("提了哪几项要求?", "哪几个“要”?"), not the things
# one sentence lists ("哪几条去向", "哪三个目的").
_POINT_KINDS = frozenset({"要求", "措施", "举措", "意见", "任务"})


def _asks_points(query: Query) -> bool:
    return query.kind_asked in _POINT_KINDS or any(len(t) == 1 for t in QUOTED.findall(query.text))


def _lead_of_run(snap: IndexSnapshot, sentence: Passage) -> Passage | None:
    """The sentence before a run of numbered points in `sentence`'s paragraph ("一要…" …
    "二要…"), when `sentence` is in the run or at most `RUN_REACH` sentences before it."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), None)
    if at is None:
        return None
    labels = [_enumeration_label(s.text) for s in para]
    for first in (i for i, label in enumerate(labels) if label == 1 and i >= 1):
        seconds = [j for j in range(first + 1, len(para)) if labels[j] == 2]
        if not seconds:
            continue
        end = first
        expected = 2
        for j in range(first + 1, len(para)):
            if labels[j] == expected:
                end, expected = j, expected + 1
            elif labels[j] is not None:
                break
        if first - 1 - RUN_REACH <= at < first or first <= at <= end:
            return para[first - 1]
    return None


def _follow_list(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The sentences after `sentence` that continue its enumeration (一是 → 二是 → 三是 …),
    or that an introducing sentence ("…六个不批…:" / "…如下:") announces."""
    after = _after(snap, sentence)
    inline = _enumeration_label(sentence.text) is None and bool(
        _INLINE_FIRST.search(sentence.text))
    label = 1 if inline else _enumeration_label(sentence.text)
    out: list[Passage] = []
    expected = (label + 1) if label else 1
    for s in after:
        got = _enumeration_label(s.text)
        if got == expected:
            out.append(s)
            expected += 1
        elif got is None and (out or inline):
            continue  # an item may run over several sentences; keep scanning
        else:
            break
        if len(out) >= MAX_LIST_ITEMS:
            break
    return out or _parallel_items(sentence.text, after)


def _of_kind(listing: Listing, kind: str) -> bool:
    """Whether the list's items are things of the kind a question asks for, by their headings
    ("()建设标准规范。" "()村级“四室两场”规范。" for "哪几个规范")."""
    return sum(kind in i.heading for i in listing.items) >= 2


def _code_parts(sentence: Passage, terms: Sequence[str], snap: IndexSnapshot) -> list[Passage]:
    """The sentences after `sentence` that say what each part of a term it uses stands for."""
    used = [t for t in terms if t in sentence.text]
    out: list[Passage] = []
    for s in _after(snap, sentence):
        if not any(explains_part(t, s.text) for t in used) or len(out) >= MAX_LIST_ITEMS:
            break
        out.append(s)
    return out


# A coined term counting what is done ("四帮四促": four of 帮, four of 促; "三带三帮"), and a
# question asking what those are ("具体帮什么、促什么?", "“四帮四促”指的是什么?").
_COUNTED_DEEDS = re.compile(r"([两二三四五六七八九十])([\u4e00-\u9fff])([一两二三四五六七八九十])"
                            r"([\u4e00-\u9fff])")
DEEDS_REACH = 4  # sentences after the one using the term that may spell its deeds out


def _deeds_asked(term: str, text: str) -> bool:
    x, y = term[1], term[3]
    # ("具体帮什么?", "主要帮些什么?", "哪四帮?")
    return bool(re.search(rf"[{x}{y}](?:的是|[一了]?些)?(?:什么|啥|哪些)"
                          rf"|哪[两二三四五六七八九十][{x}{y}]", text)
                or re.search(re.escape(term) + r"[”\"]?[,，]?(?:具体)?(?:是指|指的是|指|是|包括)"
                             r"(?:什么|啥|哪些)", text))


def _deeds_spelled(term: str, sentence: Passage, snap: IndexSnapshot) -> Passage | None:
    """The sentence, from the one using `term` on in its paragraph, doing each deed the term
    counts as many times ("重点帮助学习领会精神、促进思想统一,帮助理清…、促进…,…": four
    帮, four 促)."""
    x, y = term[1], term[3]
    n, m = (chinese_number(c.replace("两", "二")) or 0 for c in (term[0], term[2]))
    return next((s for s in [sentence, *_after(snap, sentence, DEEDS_REACH)]
                 if (text := s.text.replace(term, "")).count(x) >= n and text.count(y) >= m),
                None)


# What a quoted term is asked right after it ("这“四个一”分别是哪四个?", "“四建”具体是指…").
_ASKED_RIGHT_AFTER = r"[”\"]?(?:分别|具体|到底)?(?:是指|指的是|是哪|指什么|包括)"
# The close called a part of the speech ("收尾那部分", "结尾的那一块").
_CLOSE_AS_PART = re.compile(r"(?:收尾|结尾)的?(?:那|这)?一?(?:部分|块)")


# Items a lead-in introduces without numbering them: what follows "即:" / a closing ":"
# (or "主要表现在:有的…;" then "有的…": the ways something shows)
_INTRODUCES = re.compile(r"(?:即|如下|以下[^:：，,]{0,12}|(?:表现|体现)(?:在|为))[:：]\s*"
                         r"([\u4e00-\u9fff]{2})")


def _keeps_to(query: Query, speech: int) -> bool:
    """Whether a question read off the outline is of `speech`: a first question, or a follow-up
    naming it or pointing back at it ("那篇八最后一部分的第一条呢?"), not one whose speech is
    only its antecedent's."""
    return not query.follow_up or query.speech_back or speech in query.speeches_named


def _parallel_items(lead: str, after: Sequence[Passage]) -> list[Passage]:
    """The sentences after a lead-in that open as its first item does ("即:强化规则制定权,…;"
    → "强化议事提名权,…;" "强化执行监督权,…"): items in parallel form, the way official
    speeches list things when they do not number them."""
    m = _INTRODUCES.search(lead)
    if m is not None:
        prefix, first = m.group(1), 0
    elif lead.rstrip().endswith((":", "：")) and after:
        prefix, first = after[0].text[:2], 1
    else:
        return []
    out = list(after[:first])
    for s in after[first:]:
        if not s.text.startswith(prefix) or len(out) >= MAX_LIST_ITEMS:
            break
        out.append(s)
    return out if len(out) >= 1 + first else []


def _led_inline(para: Sequence[Passage], i: int) -> tuple[list[Passage], int | None] | None:
    """The later items of a series the lead-in `para[i]` opens inline ("…即:强化规则制定权,…;"
    then "强化议事提名权,…;" "强化执行监督权,…"), and the count it announces; None when it
    opens none."""
    m = _INTRODUCES.search(para[i].text)
    if m is None:
        return None
    return _parallel_items(para[i].text, para[i + 1:]), announced_count(para[i].text[:m.start(1)])


def _announced_inline(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The series `sentence` is a later item of, from the lead-in that announces it and holds
    its first item ("…重点是“三项权力”的确立和落实,即:强化规则制定权,…;" then "强化议事提名
    权,…;" "强化执行监督权,…"), when the count announced is the count found."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), 0)
    for i in range(at - 1, max(-1, at - MAX_LIST_ITEMS), -1):
        led = _led_inline(para, i)
        if led is None:
            continue
        items, count = led
        if any(s.passage_id == sentence.passage_id for s in items) and count == 1 + len(items):
            return [para[i], *items]
        break
    return []


LEAD_REACH = 2  # sentences after a point's heading its series' lead-in may open within


def _announced_after(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """A point's heading announcing a count ("二是确立和强化村党组织“三项权力”。"), with the
    series a lead-in right after it announces and opens inline, when both counts are the
    count found ("…即:强化规则制定权,…;" "强化议事提名权,…;" "强化执行监督权,…")."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), None)
    if at is None:
        return []
    for i in range(at + 1, min(len(para), at + 1 + LEAD_REACH)):
        led = _led_inline(para, i)
        if led is None:
            continue
        items, count = led
        if items and count == 1 + len(items) == announced_count(sentence.text):
            return [sentence, para[i], *items]
        break
    return []


_CLAUSE = re.compile(r"[^,，;；。]+[,，;；。]?")
INLINE_MIN = 3  # clauses opening alike in one sentence: a list ("帮助…,帮助…,帮助…")


def _inline_items(sentence: Passage) -> list[Passage]:
    """The clauses of one sentence that list things in parallel, each as a quotable span:
    "重点帮助学习领会精神、促进思想统一,帮助理清发展思路、…,帮助解决实际问题、…" → its
    "帮助…" clauses."""
    clauses = [(m.start(), m.group(0).rstrip(",，;；。")) for m in _CLAUSE.finditer(sentence.text)]
    first = length = 0
    i = 0
    while i < len(clauses):
        j = i + 1
        while (j < len(clauses) and HAS_CJK.match(clauses[i][1])
               and clauses[j][1][:2] == clauses[i][1][:2]):
            j += 1
        if j - i > length:
            first, length = i, j - i
        i = j
    if length < INLINE_MIN:
        return []
    best = clauses[first : first + length]
    head = best[0][1][:2]
    if first and head in clauses[first - 1][1]:  # "重点帮助…": the list starts at its head
        at, text = clauses[first - 1]
        best.insert(0, (at + text.index(head), text[text.index(head):]))
    return [_span(sentence, at, text) for at, text in best]


def _span(sentence: Passage, at: int, text: str) -> Passage:
    """The part of `sentence` that is `text`, found at `at` in it: a quotable span."""
    return replace(sentence, text=text, start=sentence.start + at,
                   end=sentence.start + at + len(text))


# The head of a sentence (up to its first comma or stop), as parallel items share its form.
_HEAD = re.compile(r"^[^,，。;；:：!！?？]{4,14}(?=[,，。;；:：])")
PARALLEL_CHARS = 3  # shared opening or closing characters of parallel heads ("要统筹…", "…抓落实")
PARALLEL_MIN = 3  # two alike heads may be chance; three are a series
SHARED_OPENING = 2  # paragraphs in a series open with the same two characters ("这是…")


def _framed_alike(a: str, b: str) -> bool:
    """Heads of one frame and length ("在思想观念上" / "在资源配置上"): a parallel series
    though no three characters are shared."""
    return len(a) == len(b) and a[0] == b[0] and a[-1] == b[-1]


def _parallel_siblings(best: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The series `best` is one item of, in order, when its paragraph states points in
    parallel heads ("要突出重点抓落实,…" "要因地制宜抓落实,…" "要搞好试点抓落实,…")."""
    head = _HEAD.match(best.text)
    if head is None:
        return []
    first, last = head.group(0)[:PARALLEL_CHARS], head.group(0)[-PARALLEL_CHARS:]
    para = snap.paragraph_sentences.get((best.speech, best.paragraph), [])
    series = [s for s in para if (h := _HEAD.match(s.text)) is not None
              and (h.group(0).startswith(first) or h.group(0).endswith(last)
                   or _framed_alike(h.group(0), head.group(0)))]
    if len(series) < PARALLEL_MIN:
        return []
    # The first item may open with its occasion ("针对…等问题,要创新党员教育载体,…" before
    # "要创新“三级联创”活动载体,…"): the sentence just before the series, when one of its
    # later clauses opens alike.
    at = para.index(series[0])
    if at and re.search(rf"[,，]{re.escape(first)}", para[at - 1].text):
        series.insert(0, para[at - 1])
    return series[:MAX_LIST_ITEMS]


def _parallel_openings(best: Passage, snap: IndexSnapshot, framed: bool = False
                       ) -> tuple[list[Passage], list[str]]:
    """The paragraphs in a row opening alike ("这是历史的昭示:…" "这是时代的要求:…" "这是现实
    的选择:…"), one of them `best`'s: their opening sentences in order, and what each head
    says past the opening they share ("历史的昭示"). `framed`: or in one frame (`_framed_openings`:
    "班子要配强,…" "队伍要配优,…"), for a question asking the series itself; a follow-up
    asking into one of them is answered from the section they stand in, as it was quoted."""
    def opening(paragraph: int) -> tuple[Passage, str] | None:
        para = snap.paragraph_sentences.get((best.speech, paragraph), [])
        head = _HEAD.match(para[0].text) if para else None
        return (para[0], head.group(0)) if head is not None else None

    own = opening(best.paragraph)
    if own is None:
        return [], []
    run = [own]
    for step in (-1, 1):
        at = best.paragraph + step
        while (found := opening(at)) is not None and (
                found[1][:SHARED_OPENING] == own[1][:SHARED_OPENING]
                or (framed and _framed_openings(found[1], own[1]))):
            run.insert(0, found) if step < 0 else run.append(found)
            at += step
    if len(run) < PARALLEL_MIN:
        return [], []
    shared = SHARED_OPENING if len({h[:SHARED_OPENING] for _, h in run}) == 1 else 0
    return [s for s, _ in run], [h[shared:] for _, h in run]


def _framed_openings(a: str, b: str) -> bool:
    """Paragraph heads in one frame: unmarked, of one length, with as many characters in the
    same places as a series' shared opening ("班子要配强" / "队伍要配优", "发展要目标化" / "工作要
    特色化"; not "一要做学习上的先驱" / "二要做发展中的先锋", items the outline holds)."""
    return (len(a) == len(b) and marker_at(a, 0) is None and marker_at(b, 0) is None
            and sum(x == y for x, y in zip(a, b, strict=True)) >= SHARED_OPENING)


def _parallel_pair(best: Passage, snap: IndexSnapshot) -> list[Passage]:
    """Two clauses of one sentence split at its semicolon, opening alike ("对那些不图虚名、
    埋头苦干的干部,要多加留意;" "对那些默默无闻、…的老实干部,要决不亏待。"): the pair a
    question asking two things ("哪两类干部") asks, though two alike heads elsewhere may be
    chance (`PARALLEL_MIN`)."""
    para = snap.paragraph_sentences.get((best.speech, best.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == best.passage_id), None)
    if at is None:
        return []
    for pair in (para[at - 1:at + 1] if at else [], para[at:at + 2]):
        if (len(pair) == 2 and pair[0].text.rstrip().endswith((";", "；"))
                and pair[0].text[:PARALLEL_CHARS] == pair[1].text[:PARALLEL_CHARS]):
            return list(pair)
    return []


def _shown(items: Sequence[Passage], quotes: Sequence[Passage]) -> int:
    """How many of `items` the quotes overlap: the items an answer showed."""
    return sum(any(q.start < i.end and i.start < q.end for q in quotes) for i in items)


def _series_after(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The series in parallel form (`_parallel_siblings`) that starts with the sentence right
    after `sentence` in its paragraph: what it leads into. (One starting later in the
    paragraph is another point's: "…不断取得新进步。一要以创新的思路…" before "要创新…载体".)"""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), None)
    if at is None or at + 1 >= len(para):
        return []
    series = _parallel_siblings(para[at + 1], snap)
    return series if series and series[0].passage_id == para[at + 1].passage_id else []


def _series_named(sentence: Passage, snap: IndexSnapshot, question: str) -> list[Passage]:
    """A series in parallel form starting within `LEAD_IN_REACH` sentences after `sentence`
    in its paragraph whose items all repeat words the question uses ("抓落实")."""
    para = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    at = next((i for i, s in enumerate(para) if s.passage_id == sentence.passage_id), None)
    for start in para[at + 1 : at + 1 + LEAD_IN_REACH] if at is not None else ():
        series = _parallel_siblings(start, snap)
        if len(series) < 2 or series[0].passage_id != start.passage_id:
            continue
        shared = _longest_run(series[0].text, series[1].text)
        if (len(shared) >= SERIES_NAMED and all(shared in s.text for s in series)
                and shared in question):
            return series
    return []


def _body_of_heading(sentence: Passage, snap: IndexSnapshot) -> list[Passage]:
    """The first sentence of the next paragraph if `sentence` is a numbered heading: a
    paragraph of its own that opens with an outline label."""
    own = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph), [])
    if len(own) != 1 or _enumeration_label(sentence.text) is None:
        return []
    body = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph + 1), [])
    return body[:1]


def _trim(sentence: str, weights_words: Sequence[str]) -> str:
    """A verbatim stretch of a long sentence: the clauses around its best-matching one."""
    if len(sentence) <= MAX_QUOTE_CHARS:
        return sentence
    clauses = [m.group(0) for m in re.finditer(r"[^,，、;；:：]+[,，、;；:：]?", sentence)]
    scores = [sum(1 for w in weights_words if w in c) for c in clauses]
    best = int(np.argmax(scores)) if scores else 0
    lo = hi = best
    length = len(clauses[best])
    while True:
        grew = False
        if hi + 1 < len(clauses) and length + len(clauses[hi + 1]) <= MAX_QUOTE_CHARS:
            hi += 1
            length += len(clauses[hi])
            grew = True
        if lo > 0 and length + len(clauses[lo - 1]) <= MAX_QUOTE_CHARS:
            lo -= 1
            length += len(clauses[lo])
            grew = True
        if not grew:
            break
    return "".join(clauses[lo : hi + 1]).rstrip(",，、;；:：")


def speech_label(number: int, english: bool) -> str:
    if english:
        return f"Speech {number}"
    return "篇" + chinese_numeral(number)


MAX_QUOTING = 2  # more sentences using a term than this: the best-scoring ones answer


class ExtractiveAnswerer:
    def __init__(self, searcher: Searcher, refusal: RefusalModel | None = None) -> None:
        # Score gaps within which a runner-up sentence is quoted too (from the same passage it
        # usually completes the answer; from another, showing it beats guessing), and how many
        # close sentences are searched for an asked detail: fitted, `calibration.json`.
        w = calibration.section("selection")
        self.completes, self.hedge, self.max_pair = w["completes"], w["hedge"], w["max_pair_chars"]
        self.candidates_checked, self.candidate_margin = (w["candidates_checked"],
                                                          w["candidate_margin"])
        self.list_margin, self.detail_margin = w["list_margin"], w["detail_margin"]
        self.searcher = searcher
        self.scorer = SentenceScorer(searcher)
        self.refusal = refusal or RefusalModel.load()
        self.constraints = Constraints(searcher.snap)
        self.structure = Structure(searcher.snap)

    def evidence(self, query: Query, k: int) -> Evidence:
        result = self.searcher.search(query, k=k)
        ev = self.scorer.gather(query, result)
        why = (query.follow_up and query.asks_why and query.points_back
               and query.speech is None and not query.places
               and len(query.text) <= (WHY_BACK_MAX_CHARS_EN if query.english
                                       else WHY_BACK_MAX_CHARS))
        if (query.within_previous or query.within_said or why) and query.previous:
            # "这一条里举了哪些例子?": the rest of the paragraphs just quoted, when the search
            # reached them (the words it shares with the question before pull elsewhere);
            # "Why is that such a problem?", "那里面引用了谁的话?": those paragraphs, the
            # quotes too
            shown = ({(p.speech, p.start) for p in query.previous}
                     if query.within_previous else set())
            paragraphs = {(p.speech, p.paragraph) for p in query.previous}
            rest = [s for s in ev.scored
                    if (s.sentence.speech, s.sentence.paragraph) in paragraphs
                    and (s.sentence.speech, s.sentence.start) not in shown]
            if _asks_quote(query):
                # (words quoted from someone, asked: the sentences quoting first)
                rest.sort(key=lambda s: not _quotes_someone(s.sentence.text))
            elif _ASKS_EXAMPLES.search(query.text):
                # (examples asked: the sentences giving some first, "比如村集体经济…"; of
                # places of a level, "哪几个乡镇的例子", those naming such places: "余庆乡坚持…")
                kind = _EXAMPLE_PLACES.search(query.text)
                named = (re.compile(rf"(?:(?![个各等几全两该本每])[\u4e00-\u9fff]){{2}}"
                                    rf"[{kind[1]}](?![乡镇村])") if kind else None)
                rest.sort(key=lambda s: not (_GIVES_EXAMPLES.search(s.sentence.text) or (
                    named is not None and named.search(s.sentence.text))))
            if rest:
                ev = replace(ev, scored=rest)
        return ev

    def answers(self, ev: Evidence) -> bool:
        return bool(ev.scored) and self.refusal.answers(ev.features)

    def answer(self, query: Query, k: int, notes: Sequence[str] = ()) -> Answer:
        if query.dangling:
            return clarification(query, notes)
        query = self._inline_item(query) or query
        # (asked of the answer before, before its list; a first question's passes the
        # refusal checks, below: "永济镇的…“三亮三树”" is 导子乡's)
        deeds = self._deeds_explained(query) if query.follow_up else []
        if deeds:
            return compose(query, deeds, "extractive", notes)
        lacking = self._part_lacking(query)
        if lacking is not None:
            speech, part, marked = lacking
            related = [p for p, _ in self._part_openings(speech, (part,))]
            return refusal(query, related, "extractive", notes=notes, listed=marked,
                           item=query.item_of_part)
        missing = self._part_missing(query)
        if missing is not None:
            # "篇一讲话第二部分…" of a speech scraped without numbered parts, "篇五第四部分" of
            # one in three: no part stands in its place
            return refusal(query, self._opening(missing), "extractive", notes=notes,
                           speech=missing, part=query.part_number)
        structured = self._from_structure(query)
        if structured:
            return compose(query, structured, "extractive", notes)
        if (query.speech is not None and not query.follow_up and Need.PLACE in query.asks
                and query.asks_its_place):
            # "篇一是在哪里讲的?" of a speech naming no place of its own ("我市" only): it
            # does not say, whatever place a sentence of it names ("中国特色社会主义")
            return refusal(query, self._opening(query.speech), "extractive", Need.PLACE, notes)
        ev = self.evidence(query, k)
        if not ev.scored or query.personal:
            return refusal(query, ev.result.passages, "extractive", notes=notes)
        near_miss = self.near_miss(query, ev.result.passages, "extractive", notes)
        if near_miss is not None:
            return near_miss
        if Need.PERSON in query.asks and query.asks_speaker:
            # (not "the name for 攀枝花": the speaker's, not a place's)
            return refusal(replace(query, places=()), ev.result.passages, "extractive",
                           Need.PERSON, notes)
        point = (self._point_of_quote(query) or self._words_quoted(query)
                 or self._said_next(query))
        if point:
            return compose(query, point, "extractive", notes)
        framed = self._framed_series(query)
        if framed:
            return compose(query, framed, "extractive", notes)
        figure = self._figure_explained(query)
        if figure is not None:
            # "“81145”里的“8”", "那个“8”具体是哪几间屋子?" after a quote of “81145”: what the
            # speech says that figure stands for, or that it does not say
            if figure:
                return compose(query, figure, "extractive", notes)
            return refusal(query, ev.result.passages, "extractive", Need.CONTENT, notes)
        if ((any(is_masked(t) for t in query.quoted) or self.constraints.named_blank(query)
             ) and _ASKS_WHAT.search(query.text)) or (
                self.constraints.pointed_blank(query) and _ASKS_NAME.search(query.text)):
            # "“xxxx”工程…名字到底叫什么?", "那个“工作机制”到底叫什么?" (written "“”工作机制"),
            # or its name asked unquoted ("那个工作机制,全名叫什么?"): the scrape masked or
            # dropped what is asked
            return refusal(query, ev.result.passages, "extractive", Need.CONTENT, notes)
        if _ASKS_MASKED.search(query.text):
            # "党的xx大具体是第几次?", "××县到底是哪个县?": what the scrape masked, asked
            masked = next((n for n in query.asks if n in _DETAILS), Need.CONTENT)
            return refusal(query, ev.result.passages, "extractive", masked, notes)
        if query.asks_speeches:
            # "which speeches use “双培双带” / 一定三有": answered by every speech using the
            # term verbatim, searched exhaustively; the term being there is the answer
            terms = query.quoted or ((query.subject,) if query.subject else ())
            mentioned = self._mentions(terms)
            if mentioned:
                return compose(query, mentioned, "extractive", notes)
        within, need = self.gate(query, ev, k)
        if within is None:
            return refusal(query, ev.result.passages, "extractive", need, notes)
        best_text = within.scored[0].sentence.text
        if (_ASKS_SESSION.search(query.text) and _MASKED_SESSION.search(best_text)
                and not _SESSION_GIVEN.search(best_text)):
            # "…是哪一届四中全会总结的?" of "党的xx届四中全会概括总结的…": the session asked
            # is the one the scrape masked
            return refusal(query, ev.result.passages, "extractive", Need.MEETING, notes)
        kinds = [k for k in THING_KINDS if k in query.text]
        if kinds and _ASKS_NAME.search(query.text) and any(
                m.group(2) in kinds or m.group(1) in query.text
                for m in re.finditer(
                    rf"([\u4e00-\u9fff]{{2}})?“(?:x+|X+)?”[\u4e00-\u9fff]{{0,2}}?"
                    rf"({'|'.join(THING_KINDS)})", within.scored[0].sentence.text)):
            # "…深化创建的是个什么工程?叫啥名?" of "深化“xxxx”工程创建", "那个工作机制叫什么
            # 名字?" of "“”工作机制": the name asked is masked or left blank (or of another
            # kind, named by what was done with it: "上半年深化的那个活动到底叫什么?")
            return refusal(query, ev.result.passages, "extractive", Need.CONTENT, notes)
        named = self._named_paragraphs(query, within)
        if named:
            return compose(query, named, "extractive", notes)
        several = self._several_speeches(query)
        if several:
            # "篇三和篇七分别怎么说…", "耒阳和沙雅各有什么做法": each speech named, or that alone
            # mentions a place named, is searched and quoted on its own
            chosen = [pair for n in several for pair in self._select_within(query, n, k)]
            if chosen:
                return compose(query, chosen, "extractive", notes)
        led = self._ordinal_listing(query, within)
        if led is not None and query.ordinal and query.ordinal > len(led.items):
            # "“三个先”的第四个": the list has no such item
            return refusal(query, ev.result.passages, "extractive", notes=notes,
                           listed=len(led.items))
        selected = self._select(query, within, led)
        selected += self._heading_asked_more(query, within, selected)
        # the quotes completed, each step in turn: the lead-in of a list, the words a quote
        # points to, the rest of a parallel or unnumbered run, a code's meaning, a saying's
        # sequel, a verdict's speaker
        chosen = self._with_lead_in(within, selected)
        for complete in (self._quoting_instead, self._parallel_rest, self._unnumbered_rest,
                         self._code_explained):
            chosen = complete(query, chosen)
        chosen = self._speaker_before(query, self._saying_rest(chosen))
        deeds = [] if query.follow_up else self._deeds_explained(query)
        if deeds:  # ("“四帮四促”是指哪四帮四促?": the sentence spelling them out too)
            shown = {q.passage_id for q, _ in chosen}
            chosen = [*chosen, *(d for d in deeds if d[0].passage_id not in shown)]
        quotes = [sentence for sentence, _ in chosen]
        stating = [s for s in self._close(within)
                   if self.constraints.states_count(query, s.sentence)]
        if stating and (not self.constraints.counts_agree(query, quotes) or not any(
                self.constraints.states_count(query, q) for q in quotes)):
            # a count the English question states ("for all 35 townships") that the best
            # sentence gives otherwise, or does not give ("Leiyang's 53 community elections"
            # answered by its 623 villages'): the close sentences stating it are what it asks
            # about, and must give what it asks
            within = replace(within, scored=stating)
            need = self.missing(query, within)
            if need is not None:
                return refusal(query, ev.result.passages, "extractive", need, notes)
            chosen = self._with_lead_in(within, self._select(query, within, None))
            quotes = [sentence for sentence, _ in chosen]
        if (not quotes or not self.constraints.in_years(query, quotes)
                or not self.constraints.counts_agree(query, quotes)
                or not self.constraints.lists_those_counted(query, quotes)
                or not self.constraints.in_halves(query, quotes)
                or not self.constraints.in_durations(query, quotes)
                or not self.constraints.in_cutoffs(query, quotes)
                or self.constraints.quotes_another_place(query, quotes)
                or self.constraints.term_of_another_place(query, quotes)
                or not self._of_place_asked(query, quotes)
                or not self._local_place_quoted(query, quotes)):
            # nothing to quote (a list found with fewer than two quotable items), or what it
            # would quote is about another year ("今年5月…" for "去年哪一天"), half
            # year ("上半年" for "下半年"), span ("三年内" for "五年之内"), month's end
            # ("至今年5月底" for "到6月底") or township, or
            # a figure of the whole where a township's is asked ("获省级…3个、州级12个" for
            # "牛场镇…拿到了几个")
            return refusal(query, ev.result.passages, "extractive", notes=notes)
        return compose(query, [*self._under_point(query, chosen),
                               *self._second_part(query, chosen, k)], "extractive", notes)

    def _of_place_asked(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """Whether the first quote gives the detail of the place asked (any quote, in English,
        whose place names are read several ways)."""
        satisfied = self.constraints.place_satisfied
        return satisfied(query, quotes[0]) or (
            query.english and any(satisfied(query, q) for q in quotes))

    def _local_place_quoted(self, query: Query, quotes: Sequence[Passage]) -> bool:
        """Whether a quote's paragraph names the township or village the question asks about,
        if it asks about one: the speech naming it elsewhere, for something else ("凤阳县小岗村
        调研选派工作"), says nothing of it here ("小岗村的活动场所是按什么标准建的?")."""
        return query.english or any(self.constraints.local_place_named(query, q) for q in quotes)

    def _second_part(self, query: Query, chosen: Sequence[tuple[Passage, Passage]], k: int
                     ) -> list[tuple[Passage, Passage]]:
        """For a question in two asking parts ("…持什么态度?随后又要求树立哪两种导向?"): the
        quotes answering its second part, searched with the whole question and taken from
        around what answers the first (a paragraph either side), if not quoted already."""
        if query.second is None or not chosen:
            return []
        reach = SECOND_PART_REACH
        near = {(s.speech, p) for s, _ in chosen
                for p in range(s.paragraph - reach, s.paragraph + reach + 1)}
        shown = {s.passage_id for s, _ in chosen}
        second = self.searcher.parse(query.second, search_text=query.search_text,
                                     speech=chosen[0][0].speech)
        ev = self.evidence(second, k)
        # (the best of the rest: what answers the first part is quoted already)
        ev = replace(ev, scored=[s for s in ev.scored
                                 if (s.sentence.speech, s.sentence.paragraph) in near
                                 and s.sentence.passage_id not in shown])
        if not ev.scored:
            return []
        return [pair for pair in self._select(second, ev, None)
                if pair[0].passage_id not in shown][:MAX_SECOND_PART]

    def near_miss(self, query: Query, related: Sequence[Passage], mode: str,
                  notes: Sequence[str] = ()) -> Answer | None:
        """The refusal of a question naming what no speech mentions ("润州区"), or a higher
        body the one speech it names never does ("篇一里,省委…"); None for any other."""
        unknown = self.constraints.unmentioned(query)
        if unknown:
            return refusal(query, related, mode, notes=notes, unmentioned=unknown)
        elsewhere = self.constraints.people_elsewhere(query)
        if elsewhere:
            # (Chinese questions only: "这些讲话没有提到“李源潮与小岗村”", "…“东明书记与全国
            # 农村基层党建工作座谈会”")
            return refusal(query, related, mode, notes=notes, unmentioned=[
                f"{p}与{'、'.join((*query.places, *query.meetings))}" for p in elsewhere])
        if self.constraints.words_not_given(query):
            # (someone's speech or requirements the speeches announce but do not give)
            return refusal(query, related, mode, Need.CONTENT, notes)
        absent = self.constraints.absent_from_speech(query)
        if absent:
            confined = self.constraints.speeches_about(query)
            return refusal(query, related, mode, notes=notes, unmentioned=absent,
                           speech=confined[0].number if len(confined) == 1 else None)
        return None

    def gate(self, query: Query, ev: Evidence, k: int) -> tuple[Evidence | None, Need | None]:
        """The evidence an answer may quote, or None and the detail it lacks. A question
        naming a speech, or a place only some speeches mention, is answered from those
        speeches alone, searched within them if none of theirs came up; whether the corpus
        answers at all is judged on the whole search."""
        about = self._speeches_named(query)
        within = ev
        if about is not None:
            within = replace(ev, scored=[s for s in ev.scored if s.sentence.speech in about])
            if not within.scored:
                within = self.evidence(_within(query, sorted(about)), k)
        if self._quoting_person(query, within) is not None:
            # whose words are quoted is answered by the sentence giving them, however little
            # of the question's paraphrase it shares ("跟资本家的党不一样" of "列宁说过,…")
            return within, None
        need = self.missing(query, within) if within.scored else None
        if need is None and within.scored and query.months and not any(
                self.constraints.in_months(query, s.sentence) for s in self._close(within)):
            need = Need.PERIOD
        if need is None and within.scored and not any(
                self.constraints.bodies_satisfied(query, s.sentence) for s in self._close(within)):
            return None, None  # about another level's bodies only ("村干部" for "乡镇干部")
        if need is None and query.compares:
            need = self._missing_from_any(query, k)
        if need is None and within.scored and all(
                self.constraints.about_another_place(query, s.sentence)
                for s in self._close(within)):
            return None, None  # what another township did ("谷汪乡…" for "兴隆乡…")
        if need is None and within.scored and _words_of_another(query, within.scored[0].sentence):
            return None, None  # "习近平…强调要真正重视…" where "胡锦涛指出,…要真正重视…"
        if need is None and within.scored and self.constraints.levels_missed_en(
                query, [s.sentence for s in self._close(within)]):
            return None, None  # "provincial-level demonstration sites" of "市级示范站点105个"
        if need is None and within.scored and self.constraints.level_left_out(
                query, [s.sentence for s in self._close(within)]):
            return None, None  # "那省一级…" of "市县乡村四级集中换届"
        if need is None and within.scored and not query.english and not any(
                self.constraints.local_place_named(query, s.sentence)
                for s in self._close(within)):
            return None, None  # nothing said of the township asked ("龙昌镇…引进了哪些项目?")
        if need is not None or not within.scored:
            return None, need
        # a named speech's opening or close ("篇四那个会是在什么情况下开的?") is there to
        # quote however little of the question its words share (a speech named by its
        # meeting or its length too: "最短的那篇讲话,最后号召从哪儿出发?")
        # (or one speech the answer is kept to: "最短的那篇呢?" after "…最后一句是怎么收尾的?")
        pointed = query.position is not None and (query.speech is not None
                                                  or query.occasion_speech is not None
                                                  or isinstance(query.speech_filter, int))
        best = within.scored[0].sentence
        # (and so is the speech a question describes by its meeting, asking which it is:
        # "产业园区和农村基层党建工作会那篇讲话是篇几?")
        pointed = pointed or (query.asks_which_speech and best.speech == query.occasion_speech)
        # (and so is the one speech a place names: "Leiyang speech closing words …"; and a
        # saying asked at an opening or close, where the best sentence's paragraph there quotes
        # one: "…这是第几篇讲的?开头引的是哪句老话?")
        at_position = query.position is not None and best.paragraph in self.scorer.paragraphs_at(
            best.speech, query.position)
        pointed = pointed or (at_position and about == {best.speech}) or (
            at_position and _asks_saying(query) and any(
                _is_saying(s.text) for s in self.searcher.snap.paragraph_sentences.get(
                    (best.speech, best.paragraph), [])))
        # (so is a best sentence giving the words of someone the question names, with no
        # detail asked that it lacks: "哪篇讲话把列宁搬出来了?" at "列宁说过,…")
        if not (pointed or self.answers(ev) or self._holds_its_terms(query, best)
                or self._holds_own_words(query, best) or _continues_previous(query, best)
                or self._says_in_official_words(query, best, about)
                or (not query.english and quotes_person(best.text, query.text, named=True))):
            return None, None
        return within, None

    def _says_in_official_words(self, query: Query, sentence: Passage,
                                named: set[int] | None) -> bool:
        """Whether the best sentence, in a speech the question names (`named`: by number,
        place or meeting), says what the question says in everyday words ("耒阳那次发大水…"
        at "…我市发生的洪灾中…"): the refusal model reads the question's own words only."""
        if named is not None:
            said = (sentence.speech in named
                    and any(len(w) >= 2 and w in sentence.text for w in query.official))
        else:
            # or, in no speech named, says several of them ("穷村和富村各自…" at "…经济发展
            # 落后村可以…,富裕村可以…"): the question's own words are understood
            said = sum(1 for official in colloquial_senses(query.text)
                       if any(w in sentence.text for w in official)) >= OFFICIAL_SENSES
        # (and gives the detail asked itself: "…发大水死了几个人?" is not answered there)
        return said and missing_detail(query, [sentence], {}) is None

    def _holds_own_words(self, query: Query, sentence: Passage) -> bool:
        """Whether a follow-up moving to another speech with a question of its own ("那篇一
        呢?它说要开创什么局面?") finds every content word of that question in the best sentence
        of that speech: the search, led by the antecedent's words, weighs it low. (So does a
        first question naming its speech by number, "篇一讲话说要从什么实际出发?": a speech of
        one sentence scores low on the refusal model's features, which rank many.)"""
        named = (not query.follow_up and not query.english and query.speech is not None
                 and sentence.speech == query.speech)
        if not (named or (query.follow_up and query.own is not None and query.speeches_named)):
            return False
        own = self.scorer.own_words(query)
        return len(own) >= OWN_WORDS and all(w in sentence.text for w in own)

    def _holds_its_terms(self, query: Query, sentence: Passage) -> bool:
        """Whether the best sentence holds every term the question names beyond the speeches'
        own places ("五联", "“三个先”", a person, a day: "on June 20" of "在今年6月20日我市发生
        的洪灾中"): the search found what was asked for by name, however weak its other
        signals."""
        terms = [t for t in (*query.specifics, *query.quoted,
                             *stated_days(query.text, query.english))
                 if bare_place(t) not in self.scorer.homes]
        # (one month stated, held by any day of it: "June" of "6月20日")
        months = [rf"(?<!\d){m}月" for m in query.months] if len(query.months) == 1 else []
        return (bool(terms) or bool(months)) and all(t in sentence.text for t in terms) and all(
            re.search(m, sentence.text) for m in months)

    def _missing_from_any(self, query: Query, k: int) -> Need | None:
        """A comparison of named places or speeches needs each side's figure."""
        for n in self._several_speeches(query):
            one = replace(_within(query, [n]), speeches_named=(n,))
            ev = self.evidence(one, k)
            need = self.missing(one, ev) if ev.scored else Need.NUMBER
            if need is not None:
                return need
        return None

    def missing(self, query: Query, ev: Evidence) -> Need | None:
        """A number/date/name/definition the question asks for that the best sentences lack."""
        asked = query.asks
        if query.first_asks is not None:
            # of a question in two asking parts, what its first part asks: "…实地去看了啥?会上
            # 又有几家…?" needs no count where the visit is told; the second part is searched
            # and answered beside it
            asked = tuple(n for n in asked if n in query.first_asks)
            query = replace(query, asks=asked)
        if query.counts_items:
            # how many points a passage makes ("具体分了几条?") is answered by its points
            asked = tuple(n for n in asked if n is not Need.NUMBER)
            query = replace(query, asks=asked)
        if asks_deadline_en(query.text):
            # a deadline is looked for, not required: one masked ("20xx年底前") or set by a
            # holiday ("“七一”前") still answers
            asked = tuple(n for n in asked if n is not Need.DATE)
            query = replace(query, asks=asked)
        if not asked:
            return None
        candidates = [s.sentence for s in self._close(ev)]
        often = self._how_often(query, ev)
        if often is not None and often.sentence not in candidates:
            candidates.append(often.sentence)  # (quoted first: `_giving_detail`)
        about = self._speeches_named(query)
        if about is not None:
            # A detail about one place or speech is not given by a sentence about another.
            candidates = [c for c in candidates if c.speech in about]
        candidates = self.constraints.about_places(query, candidates)
        if not candidates:
            return asked[0]
        # (where a quote's speaker came, as who they were, may be told the sentence before)
        candidates += [b for b in _speakers_before(self.searcher.snap, query.text, candidates)
                       if b not in candidates]
        detail = self._point_detail(candidates[0])
        if detail is not None and all(c.passage_id != detail.passage_id for c in candidates):
            candidates.append(detail)
        terms = query.quoted if Need.CONTENT in asked else ()
        mentions = self.searcher.snap.sentences_with(terms)
        if about is not None and any(re.search(rf"{re.escape(t)}{_ASKED_RIGHT_AFTER}", query.text)
                                     or counted_term_asked(t, query.text) for t in terms):
            # (a term asked right after it is named, or by what it counts, another speech
            # spelling it out, is not spelled out by the one asked: 篇四's “四个一” for
            # "篇七…这“四个一”分别是哪四个?", "篇七…“四个一”联系制度,具体是哪四个“一”?")
            mentions = [m for m in mentions if m.speech in about]
        snap = self.searcher.snap
        # (a few sentences: the parts of a term are explained one by one after it)
        following = {s.passage_id: _after(snap, s, PARTS_EXPLAINED)
                     for s in (*candidates, *mentions)}
        return missing_detail(query, candidates, following, mentions)

    def _close(self, ev: Evidence, wide: bool = False) -> list[Scored]:
        """The sentences scoring close enough to the best to be checked for a detail (`wide`:
        however many of the first `TERM_LIST_CANDIDATES`, where a sentence of a form asked is
        looked for)."""
        floor = ev.scored[0].score - self.candidate_margin
        reach = TERM_LIST_CANDIDATES if wide else self.candidates_checked
        return [s for s in ev.scored[:reach] if s.score >= floor]

    def _several_speeches(self, query: Query) -> tuple[int, ...]:
        if len(query.speeches_named) > 1:
            return query.speeches_named
        if query.speeches_named:
            return ()
        own: list[int] = []  # places each mentioned by one speech only
        for place in query.places:
            holding = set(self.searcher.snap.speeches_with(place))
            if len(holding) == 1 and (n := holding.pop()) not in own:
                own.append(n)
        return tuple(own) if len(own) > 1 else ()

    def _select_within(self, query: Query, speech: int, k: int) -> list[tuple[Passage, Passage]]:
        within = replace(_within(query, [speech]), speech=speech, search_speech=speech,
                         speeches_named=(speech,))
        ev = self.evidence(within, k)
        return self.select(within, ev) if ev.scored else []

    def _one_speech_named(self, query: Query) -> int | None:
        """The speech the question is confined to (`_speeches_named`), when it is one."""
        about = self._speeches_named(query)
        return next(iter(about)) if about is not None and len(about) == 1 else None

    def _speeches_named(self, query: Query) -> set[int] | None:
        """The speeches a question is confined to by what it names: a speech ("篇三",
        "Speech 3") or a place only some speeches mention ("耒阳", "Panzhihua"). None when it
        names neither."""
        snap = self.searcher.snap
        if query.speeches_named:
            return set(query.speeches_named)
        about: set[int] | None = None
        for place in query.places:
            holding = set(self.searcher.speeches_naming(place))
            if holding and len(holding) < len(snap.speeches):
                about = holding if about is None else about & holding or about | holding
        if about is None and query.occasion_speech is not None:
            about = {query.occasion_speech}  # "开三项活动推进会那次…"
        if about is None and query.described:
            # a speech described by what only it says ("提到1679年第一个政党的那篇")
            described = self.searcher.speech_described(query.described)
            about = {described} if described is not None else None
        return about

    def _best(self, query: Query, ev: Evidence) -> tuple[Query, Scored]:
        """The question as the quotes are chosen for, and the sentence to quote first."""
        # (not a term in the words naming the speech's meeting: "开三项活动推进会那次…")
        named_by = f"{query.occasion or ''} {query.described}"
        # (a follow-up asking about words of its own none of which is in its antecedent's term
        # asks for no parts of that term: "那承诺践诺评诺那一块,具体毛病在哪?" after "…对“三项
        # 活动”思想认识不到位,体现在哪几块?"; "So how is that second power exercised?" does)
        own = ((self.scorer.own_words(query) if query.english else _asked_words(query, ""))
               if query.follow_up else [])
        if (not query.asks_list and not query.asks_whether and Need.NUMBER not in query.asks
                and any(_COUNTED_TERM.match(t) and t not in named_by
                        and (t in query.text or not own or any(w in t for w in own))
                        for t in ev.terms)):
            query = replace(query, asks_list=True)  # "三个先是什么?" asks for the three
        return query, (self._list_opener(query, ev) or self._quoting_person(query, ev)
                       or self._place_acting(query, ev) or self._giving_detail(query, ev)
                       or self._naming_kind(query, ev) or self._naming_means(query, ev)
                       or self._in_months(query, ev) or self._of_bodies(query, ev)
                       or self._convening(query, ev)
                       or self._stating_figure(query, ev) or ev.scored[0])

    def _quoting_person(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking whose words a passage quotes ("引了哪位革命导师的话?"): the
        close sentence giving a person's words ("列宁说过,…"), and saying the words it quotes
        if it quotes any (not "孙中山先生早就说过:…" for who said "“九层之台,起于垒土”").
        Narrower than `_asks_quote` (any words quoted, a saying too): a person is asked, and
        the sentence found lets the answer past the refusal model."""
        if not query.asks_whose_words or not ev.scored:
            return None
        close = self._close(ev)
        if query.follow_up:
            # (of a follow-up after a passage was quoted, "它引用了哪位名人的话?": also the
            # person quoted in that passage's paragraph, however far below the search put it)
            near = {(p.speech, p.paragraph) for p in query.previous}
            close += [s for s in ev.scored[:TERM_LIST_CANDIDATES] if s not in close
                      and (s.sentence.speech, s.sentence.paragraph) in near]
        return next((s for s in close if quotes_person(s.sentence.text, query.text)
                     and all(t in s.sentence.text for t in query.quoted)), None)

    def _words_of_named(self, query: Query, best: Scored) -> Passage | None:
        """For a question asking the words quoted of someone it names ("which quote from Sun
        Yat-sen is cited?"), over a best not naming him: the one sentence of the speeches
        (named, if any) giving his words ("孙中山先生早就说过:“世界潮流,…”"), however the
        search ranks it (a question describing its speech by topic draws that topic's)."""
        if not _asks_quote(query) or not query.named or any(
                n in best.sentence.text for n in query.named):
            return None
        about = self._speeches_named(query)
        giving = [s for s in self.searcher.snap.sentences_with(query.named)
                  if _quotes_someone(s.text) and (about is None or s.speech in about)]
        return giving[0] if len(giving) == 1 else None

    def _place_acting(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking what a place it names did ("那导子乡具体干了啥?"): the close
        sentence that place opens ("导子乡全面实施“村为主”工程,…"), however close (the place
        is matched exactly), over a best not naming it (a best that does tells of it: "近年
        来,淮北市积极探索…,其基本做法是,…")."""
        names = [p for p in query.places if p in query.text]
        if (query.english or not names or not _WHAT_DONE.search(query.text) or not ev.scored
                or any(bare_place(p) in ev.scored[0].sentence.text for p in names)):
            return None
        return next((s for s in ev.scored[:TERM_LIST_CANDIDATES]
                     if s.sentence.text.startswith(tuple(names))), None)

    def _stating_figure(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question that states a figure and asks no number or date of its own
        ("village organisation operating funds per village increase 43%"): a sentence giving
        that figure among the best few, over a best that does not ("…增幅达43%")."""
        if Need.NUMBER in query.asks or Need.DATE in query.asks:
            return None
        # (in Chinese a percentage only: "以建党100周年献礼作结的篇二" describes the speech)
        figures = [re.compile(rf"(?<![\d.]){re.escape(f)}(?![\d.])")
                   for f in _STATED_FIGURE.findall(query.text)
                   if query.english or f.endswith("%")]
        if not figures or any(f.search(ev.scored[0].sentence.text) for f in figures):
            return None
        # (among the best few, however close: a figure is matched exactly)
        return next((s for s in ev.scored[1:SHARED_TOP]
                     if any(f.search(s.sentence.text) for f in figures)), None)

    def _in_months(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question stating a month ("who came on June 23…") whose best sentence's
        paragraph is about none it states: a close sentence whose paragraph is ("6月23日,
        省委…督查组一行莅临耒阳,…"), the candidates `gate` checked the months in."""
        if not query.months or not ev.scored or self.constraints.in_months(
                query, ev.scored[0].sentence):
            return None
        return next((s for s in self._close(ev)
                     if self.constraints.in_months(query, s.sentence)), None)

    def _of_bodies(self, query: Query, ev: Evidence) -> Scored | None:
        """For an English question asking of one level's bodies ("county and district Party
        secretaries") whose best sentence names none of them ("有关部门要…"): a close sentence
        that does ("县(区)委书记要当好…"). (A Chinese question's words for them are matched
        by the score itself.)"""
        # (secretaries above a village's only: "cadres", "officials" and "village leadership"
        # English says of many posts and bodies, "college-graduate village officials" being no
        # 村干部, and a list's heading names none of the bodies its items are for)
        asked = replace(query, bodies=frozenset(
            b for b in query.bodies if b[0] == "secretary" and b[1] != "村"))
        names = self.constraints.names_bodies_asked
        if not query.english or not asked.bodies or not ev.scored or names(
                asked, ev.scored[0].sentence):
            return None
        return next((s for s in self._close(ev) if names(asked, s.sentence)), None)

    def _convening(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking who convened the speech's meeting ("篇五那个会是谁召开的?")
        whose best sentence names no body convening it: a sentence within the detail margin
        that does ("区委召开这次全区基层组织建设工作会议", over "召开这次会议,经过了…")."""
        if not _WHO_CONVENED.search(query.text) or not ev.scored or _CONVENES.search(
                ev.scored[0].sentence.text):
            return None
        return _runner_up(ev, self.detail_margin, lambda s: bool(_CONVENES.search(s.sentence.text)))

    def _naming_kind(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking the name of a kind of thing ("本着什么样的原则?") whose best
        sentence names none of that kind: a sentence within the detail margin that does
        ("按照“删繁就简就实”的原则", over "按照“小形式、大内容”的要求")."""
        kind = query.name_asked
        if not kind or query.asks_list or not ev.scored:
            return None
        # (asked of whom it belongs to, "要落实领导干部的什么制度?": a close sentence naming
        # one of theirs, "…要落实好领导干部月度工作记实制,…", over a best naming another's,
        # "实施好村级班子年初“承诺制”…")
        held = _HELD_KIND.search(query.text)
        owner = next((w for w in reversed(word_list(query.text[:held.start()])) if len(w) > 1),
                     None) if held else None
        if owner is not None:
            owns = re.compile(rf"{re.escape(owner)}[^,，。;；]{{0,10}}?{re.escape(kind[0])}")
            if not owns.search(ev.scored[0].sentence.text):
                found = next((s for s in self._close(ev, wide=True)[1:]
                              if owns.search(s.sentence.text)), None)
                if found is not None:
                    return found
        if _names_a(kind, ev.scored[0].sentence.text):
            return None
        return _runner_up(ev, self.detail_margin, lambda s: _names_a(kind, s.sentence.text))

    def _naming_means(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking the means something is done by ("主要靠的是哪种手段?") whose
        best sentence says no such means, or another only in passing: a close sentence that does
        ("继续坚持党员电化教育以电视手段为主", over "要以自治区《新疆党员电教》为主要教材")."""
        means = query.means_asked
        if not means or query.asks_list or not ev.scored:
            return None
        # (the means something is done by, in any word for a means: "靠什么途径放?" of "以电视
        # 手段为主", not "拓展服务手段")
        by = r"(?:以|靠|通过|采取|采用|运用|利用|借助)[^,，。;；]{0,8}?[\u4e00-\u9fff]"
        named = re.compile(rf"{by}(?:{'|'.join(MEANS_ASKED)})")
        best_text = ev.scored[0].sentence.text
        if _MEANS.search(best_text):
            # one of any word for a means answers ("用什么方式开发运营" is answered by "…实行
            # “管委会+公司”的开发运行模式"), unless it is another of the words asked by, said
            # in passing ("…等多种形式"), and a close sentence names the very means asked as what
            # it is done by ("主要靠啥手段?": "…以电视手段为主")
            if (means in best_text or named.search(best_text)
                    or any(w in best_text for w in _MEANS_OTHER)):
                return None
            exact = re.compile(rf"{by}{means}")
            return next((s for s in self._close(ev)[1:] if exact.search(s.sentence.text)), None)
        found = next((s for s in self._close(ev, wide=True)[1:] if named.search(s.sentence.text)),
                     None)
        if found is not None:
            return found
        # (or in the best sentence's paragraph, however it scores: the means is said once,
        # in words the question does not share, "继续坚持党员电化教育以电视手段为主")
        best = ev.scored[0]
        said = next((s for s in self.searcher.snap.paragraph_sentences.get(
            (best.sentence.speech, best.sentence.paragraph), []) if named.search(s.text)), None)
        return None if said is None else replace(
            best, sentence=said, passage=self._passage_holding(said) or best.passage)

    def _ordinal_listing(self, query: Query, ev: Evidence) -> Listing | None:
        """For a question naming an item by its place ("…四项要求中,最后一项是什么?", "“三个先”
        中第二个"), not as a follow-up: the list whose lead-in or heading is the sentence
        quoted first, or whose item in that place it opens; or the list around it whose
        items the question tells in its own words first (`_listing_told`)."""
        found = self._ordinal_listing_found(query, ev)
        return self._listing_told(query, found) if found is not None else None

    def _listing_told(self, query: Query, listing: Listing) -> Listing:
        """`listing` or the list around it whose items in the places the question tells
        ("头一招靠支部领着,第二招靠产业,第三招是啥?") open with more of the words it tells them
        by ("第一,强化“支部带村”,…"), when the list found is the points of one of them."""
        if not query.told_items:
            return listing

        def told(around: Listing) -> int:
            return sum(1 for n, said in query.told_items
                       if (item := nth(around.items, n)) is not None
                       and any(w in item.heading for w in said))

        best, most = listing, told(listing)
        around = self.structure.listing_holding(listing.speech, listing.node.start)
        seen: list[OutlineNode] = [listing.node]
        while around is not None and not any(around.node is n for n in seen):
            if len(around.items) >= (query.ordinal or 0) and told(around) > most:
                best, most = around, told(around)
            seen.append(around.node)
            around = self.structure.listing_holding(around.speech, around.node.start)
        return best

    def _ordinal_listing_found(self, query: Query, ev: Evidence) -> Listing | None:
        ordinal = query.ordinal
        # (not a list question: "最后一条讲督查…,提了哪几点?" asks for that item's points)
        # (a follow-up telling the items before the one asked is asked on its own: "那篇八里
        # “支部带村”之后第二条是啥")
        if (not ordinal or not query.names_item or (query.follow_up and not query.told_items)
                or query.asks_speeches
                or query.asks_list or self._ordinal_of_openings(query, ev) is not None):
            return None
        query, best = self._best(query, ev)
        of_term = self._listing_of_term(query, ev)
        if of_term is not None:
            return of_term
        named = query.list_named[0] if query.list_named else None
        led = self._led_by(best.sentence, ordinal, named)
        if led is not None and query.list_named is None:
            # "下半年要着力抓好几项工作,头一项是什么?": the list whose lead-in says most of
            # what the question calls it ("下半年…要着力抓好如下几项工作:"), though another
            # list's "一是…" fits the question best
            called = max((other for s in ev.scored[:TERM_LIST_CANDIDATES]
                          if (other := self._led_by(s.sentence, ordinal)) is not None),
                         key=lambda other: self._calls(query, other), default=led)
            return (called if self._calls(query, called) >= self._calls(query, led) + CALLS_MARGIN
                    else led)
        if led is not None and self._as_named(query, led):
            return led
        if led is None:
            # "评先进支部有几条卡死不批的规矩,头一条是啥?" whose best sentence is deep in item
            # four ("四是…现象的不批。县委组织部在复查验收时,…的不批"): the list holding it,
            # when its items' openings end alike in words the question uses
            around = self.structure.listing_holding(best.sentence.speech, best.sentence.start)
            # (or whose lead-in calls its items as the question does: "…新问题里,第五条是什么?"
            # whose best sentence is in item two of "…新问题也随之出现,主要体现在:")
            if (around is not None and len(around.items) >= ordinal
                    and (self._said_alike(query, around)
                         or self._calls(query, around) >= CALLS_HOLDING)):
                return around
        if query.list_named is None:
            return None
        # "五个新问题中,第四个是什么?" whose best sentence is in another list ("四是创新体制
        # 机制…" of "从四个方面抓好村级班子建设"): the list of the best few that the question
        # counts and names ("…新问题也随之出现,主要体现在:" and its five)
        for s in ev.scored[1:TERM_LIST_CANDIDATES]:
            other = self._led_by(s.sentence, ordinal)
            if other is not None and len(other.items) == query.list_named[0] and (
                    self._as_named(query, other)):
                return other
        return None

    def _said_alike(self, query: Query, listing: Listing) -> bool:
        """Whether the list's item openings share their last `PARALLEL_CHARS` characters, two
        of them at least in the question ("…的不批。"; not a shared start, "要以创新的载体…",
        "要以创新的途径…", which says how, not what the items are)."""
        heads = []
        for item in listing.items:
            opening = self.structure.sentence_at(listing.speech, item.start)
            if opening is None:
                return False
            heads.append(opening.text.rstrip("。;；,，:："))
        ends = {h[-PARALLEL_CHARS:] for h in heads}
        shared = next(iter(ends)) if len(ends) == 1 else ""
        return any(len(shared[i:i + 2]) == 2 and shared[i:i + 2] in query.text
                   for i in range(PARALLEL_CHARS - 1))

    def _each_place(self, query: Query, ev: Evidence) -> list[tuple[Passage, Passage]]:
        """For a question asking what each of several places did ("余庆乡、导子乡和永济镇各自
        形成了什么经验?"): the best sentence naming each, in the order asked, when every one
        has one (the speeches' own places name their speech, not an answer)."""
        places = [p for p in query.places if bare_place(p) not in self.scorer.homes]
        if len(places) < 2 or not _EACH_PLACE.search(query.text):
            return []
        out: list[tuple[Passage, Passage]] = []
        for place in places:
            # (in the paragraph of the places found before it, if one there names it)
            naming = [s for s in ev.scored if place in s.sentence.text]
            best = next((s for s in naming if any(
                (s.sentence.speech, s.sentence.paragraph) == (x.speech, x.paragraph)
                for x, _ in out)), naming[0] if naming else None)
            if best is None:
                return []
            if all(best.sentence.passage_id != x.passage_id for x, _ in out):
                out.append((best.sentence, best.passage))
        return out

    def _ordinal_in_series(self, query: Query, ev: Evidence) -> Passage | None:
        """For a question naming an item by its place in a series the speech states in
        parallel heads, unnumbered ("几种抓落实的方法中,第三种" of "要突出重点抓落实,…" "要因地
        制宜抓落实,…" "要搞好试点抓落实,…"): that item, when the question holds the words
        the heads share."""
        if (not query.ordinal or not query.names_item or query.follow_up or query.asks_list
                or query.item_of_part):
            return None
        for s in ev.scored[:TERM_LIST_CANDIDATES]:
            series = _parallel_siblings(s.sentence, self.searcher.snap)
            heads = [h.group(0) for x in series if (h := _HEAD.match(x.text)) is not None]
            if len(heads) < PARALLEL_MIN:
                continue
            shared = (heads[0][:PARALLEL_CHARS] if all(h.startswith(heads[0][:PARALLEL_CHARS])
                                                       for h in heads)
                      else heads[0][-PARALLEL_CHARS:] if all(
                          h.endswith(heads[0][-PARALLEL_CHARS:]) for h in heads) else "")
            if len(shared.lstrip("要")) >= 2 and shared.lstrip("要") in query.text:
                return nth(series, query.ordinal)
        return self._ordinal_of_openings(query, ev)

    def _openings_around(self, sentence: Passage, after_claim: bool) -> list[Passage]:
        """The openings of the paragraphs opening alike that `sentence`'s opens (framed too:
        `_parallel_openings`), or with `after_claim`, that the next paragraph opens (the
        arguments after the claim `sentence` makes)."""
        snap = self.searcher.snap
        run = _parallel_openings(sentence, snap, framed=True)[0]
        if not run and after_claim:
            following = snap.paragraph_sentences.get((sentence.speech, sentence.paragraph + 1))
            run = _parallel_openings(following[0], snap, framed=True)[0] if following else []
        return run

    def _openings_quoted(self, query: Query, ev: Evidence) -> list[tuple[Passage, Passage]]:
        """For a question asking the items a short quoted term opens ("几个“这是”分别讲什
        么?"): the paragraphs in a row opening with it ("这是历史的昭示:…" "这是时代的要求:…"
        "这是现实的选择:…"), found around one of the best sentences."""
        terms = _short_terms(query)
        if not terms or not (query.asks_list or "分别" in query.text):
            return []
        for s in ev.scored[:TERM_LIST_CANDIDATES]:
            openings, _ = _parallel_openings(s.sentence, self.searcher.snap)
            if openings and any(all(o.text.startswith(t) for o in openings) for t in terms):
                return self._with_passages(openings)
        return []

    def _ordinal_of_openings(self, query: Query, ev: Evidence) -> Passage | None:
        """For a question naming an item by its place among paragraphs opening alike, two of
        whose heads it names ("说了历史的昭示、时代的要求,第三个是什么?" of "这是历史的昭示:…"
        "这是时代的要求:…" "这是现实的选择:…"): that paragraph's opening."""
        if not query.ordinal or not query.names_item or query.follow_up:
            return None
        for s in ev.scored[:TERM_LIST_CANDIDATES]:
            openings, rests = _parallel_openings(s.sentence, self.searcher.snap, framed=True)
            if sum(len(r) >= 2 and r in query.text for r in rests) >= 2:
                return nth(openings, query.ordinal)
        return None

    def _led_by(self, sentence: Passage, ordinal: int, count: int | None = None
                ) -> Listing | None:
        """The list whose lead-in or heading `sentence` is, or whose item `ordinal` it opens;
        the latter first when it has the `count` of items the question says ("…五支队伍,第五
        支": "第五,…加强农村党员队伍建设。" is the fifth of five teams before it heads its own
        three points)."""
        around = (self.structure.listing_at(sentence.speech, sentence.start, inside=True,
                                            opening=False) if count else None)
        item = nth(around.items, ordinal) if around is not None else None
        if (around is not None and item is not None and len(around.items) == count
                and opens(item, sentence.start)):
            return around
        led = self.structure.listing_at(sentence.speech, sentence.start, inside=True)
        if led is None:
            return None
        item = nth(led.items, ordinal)
        return led if opens(led.node, sentence.start) or (
            item is not None and opens(item, sentence.start)) else None

    def _calls(self, query: Query, led: Listing) -> int:
        """How many of the question's words the list's lead-in or heading says."""
        intro = self.structure.sentence_at(led.speech, led.node.start)
        said = intro.text if intro is not None else led.node.heading
        # (not the words naming the speech by its occasion: "三项活动推进会那篇")
        return sum(1 for w in set(query.text_words) if len(w) >= 2 and w in said
                   and w not in (query.occasion or "") and w not in query.described)

    def _as_named(self, query: Query, led: Listing) -> bool:
        """Whether the list is the one the question counts and names, if it does: of the count
        said, or calling its items so however miscounted ("概括为六个挑战,其中第六个" of its
        five), not a list of another count that does not ("从四个方面抓好村级班子建设" for
        "五个新问题中,第四个")."""
        if query.list_named is None:
            return True
        count, called = query.list_named
        # (the lead-in's or heading's own words: an unmarked first item may share its
        # sentence, "做到“六规范”,即:工程技术规范。")
        return len(led.items) == count or called in led.node.heading

    def _item_described(self, query: Query, ev: Evidence) -> list[tuple[Passage, Passage]]:
        """For a follow-up describing one item of the list just quoted ("其中批地那一条…?"):
        the one item whose opening holds a word of it, or the speeches' word for it ("土地审批
        手续规范"), unless the best sentence found is already in that item ("班子闹不团结那条,
        …唱的是什么戏?" asks for one sentence of it)."""
        if not query.item_described or query.ordinal or not query.previous:
            return []
        listing = self.structure.listing_for(query.previous)
        if listing is None:
            return []
        item = self._only_described(
            listing, [w for w in (*query.text_words, *query.official) if len(w) >= 2])
        if item is None:
            return []
        best = ev.scored[0].sentence
        if best.speech == listing.speech and item.start <= best.start < item.end:
            return []
        return self._item_quotes(query, listing, item)

    def select(self, query: Query, ev: Evidence) -> list[tuple[Passage, Passage]]:
        """(sentence, passage it is quoted from), in the order they are cited."""
        return self._with_lead_in(ev, self._select(query, ev, self._ordinal_listing(query, ev)))

    def _with_lead_in(self, ev: Evidence, chosen: list[tuple[Passage, Passage]]
                      ) -> list[tuple[Passage, Passage]]:
        """`chosen` after the best sentence when that leads into a series `chosen` quotes in
        full ("作为基层党务工作者,就必须在思想境界和素质能力上高人一等,…。" before "要加强
        思想理论的学习,…;加强经济工作…"): the lead-in says what the series is for."""
        if not ev.scored:
            return chosen
        lead = ev.scored[0]
        series = _series_after(lead.sentence, self.searcher.snap)
        ids = {sentence.passage_id for sentence, _ in chosen}
        if (series and lead.sentence.passage_id not in ids
                and all(s.passage_id in ids for s in series)):
            return [(lead.sentence, lead.passage), *chosen]
        return chosen

    def _heading_asked_more(self, query: Query, ev: Evidence,
                            chosen: Sequence[tuple[Passage, Passage]]
                            ) -> list[tuple[Passage, Passage]]:
        """For a follow-up answered by a heading alone, opening its paragraph, that asks more
        than the heading says ("那工作要特色化呢,要做到什么程度?" at "工作要特色化。"): the
        best-scoring sentence of that paragraph after it."""
        if len(chosen) != 1 or not query.follow_up or query.asks_list:
            return []
        heading = chosen[0][0]
        body = {s.passage_id for s in _heading_body(heading, self.searcher.snap)}
        if not body or not [w for w in self.scorer.own_words(query) if w not in heading.text]:
            return []
        told = next((s for s in ev.scored if s.sentence.passage_id in body), None)
        return [(told.sentence, told.passage)] if told is not None else []

    def _select(self, query: Query, ev: Evidence, led: Listing | None
                ) -> list[tuple[Passage, Passage]]:
        """`select`, given the list an ordinal picks from (`_ordinal_listing`), found once."""
        described = self._item_described(query, ev)
        if described:
            return described
        beside = self._beside_anchor(query, ev)
        if beside:
            return beside
        item = nth(led.items, query.ordinal) if led is not None and query.ordinal else None
        if led is not None and item is not None:
            return self._item_quotes(query, led, item)
        in_series = self._ordinal_in_series(query, ev) if led is None else None
        if in_series is not None:
            return self._with_passages([in_series])
        each = self._each_place(query, ev)
        if each:
            return each
        opened = self._openings_quoted(query, ev)
        if opened:
            return opened
        query, best = self._best(query, ev)
        inline = self._counted_inline(query, ev, best)
        if inline is not None:
            # (one opening their numbered run, with the rest of it)
            run = (_follow_list(inline, self.searcher.snap)
                   if any(_enumerated_after(inline.text, m)
                          for m in _ASPECTS_COUNTED.finditer(inline.text)) else [])
            return self._with_passages([inline, *run])
        series = next((run for x in ev.scored[:SERIES_TOP]
                       if (run := _term_series(query, x.sentence, self.searcher.snap))), [])
        if series:
            return self._with_passages(series)
        quoted_by = self._words_of_named(query, best)
        if quoted_by is not None:
            return self._with_passages([quoted_by])
        if _ASKS_CASES.search(query.text) and not _CASES_BY_EXAMPLE.search(best.sentence.text):
            # "Which past disasters does Speech 2 cite…?": the sentence of the best's paragraph
            # naming cases by example ("不管是“98年的抗洪”、还是“03年的非典”…"), scoring close,
            # over one speaking of such events in general
            cases = next((x.sentence for x in takewhile(
                lambda x: x.score >= best.score - CASES_MARGIN, ev.scored[:SERIES_TOP])
                if (x.sentence.speech, x.sentence.paragraph)
                == (best.sentence.speech, best.sentence.paragraph)
                and _CASES_BY_EXAMPLE.search(x.sentence.text)), None)
            if cases is not None:
                return self._with_passages([cases])
        if _asks_saying(query):
            # the first saying quoted in the paragraph of one of the best sentences, or one the
            # question quotes a few words of ("世界潮流那句名言")
            sayings = [s for x in ev.scored[:SERIES_TOP]
                       for s in self.searcher.snap.paragraph_sentences.get(
                           (x.sentence.speech, x.sentence.paragraph), []) if _is_saying(s.text)]
            echoed = [s for s in sayings if _common_run(query.text, s.text) >= SAYING_ECHO]
            # (unless the best sentence gives someone's words itself: "孙中山那句名言" is
            # "孙中山先生早就说过:“世界潮流,…”", not the saying of the paragraph before)
            if echoed or (sayings and not _QUOTES_SOMEONE.search(best.sentence.text)):
                return self._with_passages([(echoed or sayings)[0]])
        if _asks_quote(query) and not _quotes_someone(best.sentence.text):
            # whose words are quoted, asked: a close sentence quoting someone ("胡锦涛指出,广大
            # 基层干部是党和国家的宝贵财富,…") over a best that quotes no one (not a question
            # describing its speech by what it quotes: "引了“九层之台,…”的那篇,…")
            quoting = _runner_up(ev, self.detail_margin,
                                 lambda s: _quotes_someone(s.sentence.text))
            best = quoting if quoting is not None else best
        picked: list[Scored] = [best]
        if query.asks_speeches:
            floor = best.score - 0.12
            seen = {best.sentence.speech}
            for s in ev.scored[1:]:
                if s.sentence.speech not in seen and s.score >= floor:
                    picked.append(s)
                    seen.add(s.sentence.speech)
        out = [(s.sentence, s.passage) for s in picked]
        if len(picked) == 1 and query.asks_how and query.previous:
            # a point the answer before quoted, asked how it is done ("统筹城乡这一条,落地靠
            # 哪些招数?"): its body, not the list it is in again
            body = _body_in_series(best.sentence, self.searcher.snap, query.previous)
            if body:
                return out + self._with_passages(body)
        if len(picked) == 1 and query.asks_why and not query.asks_list and _CONCLUDES.search(
                best.sentence.text):
            # "为什么说…素质得…高出一截?" at "作为基层党务工作者,就必须…": the reason is the
            # sentence it draws that from ("在基层工作,直接面对的是广大群众和社会各层。")
            premise = _before(self.searcher.snap, best.sentence)
            if premise:
                return [*self._with_passages(premise), *out]
        # a list whose items each open with the term quoted is what it asks, over a series
        # inside one sentence merely holding its words ("哪几个“村”?": "第一,强化“支部带村”…")
        of_term = self._listing_of_term(query, ev) if len(picked) == 1 else None
        term_quotes = self._listing_quotes(of_term, query.first_items) if of_term else []
        if term_quotes:
            return term_quotes
        if len(picked) == 1 and _pairs_asked(query, best.sentence):
            return out  # both halves are where it stands, not in the list around it
        if len(picked) == 1 and query.asks_whose_words and quotes_person(
                best.sentence.text, query.text):
            # whose words are quoted is said where they are: a sentence from elsewhere is no
            # other guess at it
            return self._with_runner_up(best, ev, out, hedge=False)
        if len(picked) == 1 and _series_asked(query, best.sentence):
            # a series of what the question names or quotes ("哪三个“新”") is the answer where
            # it stands: a sentence from elsewhere is no other guess at it
            return self._with_runner_up(best, ev, out, hedge=False)
        if len(picked) == 1 and query.asks_prohibited and _PROHIBITS.search(best.sentence.text):
            # "有哪些事…最好别掺和?": what is not to be done, said where it stands ("…不宜兼任
            # …,不宜…"), not the list of tasks around it
            return self._with_runner_up(best, ev, out, hedge=False)
        if len(picked) == 1 and (_enumerates_kind(query, best.sentence)
                                 and not self._opens_list(best.sentence)):
            # "哪些部门": "…组织纪检、政法、计生…等相关部门…" names them where it stands
            return self._with_runner_up(best, ev, out)
        if len(picked) == 1 and query.asks_list:
            # an item of a series its lead-in announces and opens inline ("重点是“三项权力”
            # 的确立和落实,即:强化规则制定权,…;" "强化议事提名权,…;" "强化执行监督权,…"):
            # that series, not the numbered point around it ("二是确立和强化…"); so is the
            # series after a point's heading announcing as many ("二是确立和强化村党组织“三项
            # 权力”。")
            series = (_announced_inline(best.sentence, self.searcher.snap)
                      or _announced_after(best.sentence, self.searcher.snap))
            if series:
                return self._with_passages(series)
        size = query.list_size
        # (or, asked why or from which angles an argument is made with no count, "为什么…是从
        # 哪几个角度说的?", "从哪几个角度论证…", a run of three or more: the reasons)
        angles = _ANGLES_ASKED.search(query.text) is not None
        fits = ((lambda n: n == size) if size else
                (lambda n: n >= PARALLEL_MIN) if query.asks_why or angles else None)
        if (len(picked) == 1 and query.asks_list and fits is not None and not query.follow_up
                and not query.english and not (size and self._lists(best.sentence, size))):
            # as many paragraphs opening alike as asked, one of whose openings scores close
            # ("哪三条理由": "这是历史的昭示:…" "这是时代的要求:…" "这是现实的选择:…"), over a
            # best sentence opening no such list: those openings (in Chinese: translated
            # words weigh little)
            # (or the angles an argument is made from, one of them or the claim right before
            # them scoring best: "…苏联共产党…丧失执政地位…", "…什么时候都不能放松…" for "是
            # 从哪几个角度论证非抓基层党建不可的?")
            openings = next((run for x in takewhile(
                lambda x: x.score >= best.score - self.list_margin, ev.scored)
                if fits(len(run := self._openings_around(x.sentence, angles)))
                # (or in the paragraph of one, when as many are asked each: "…改革要配套,…必须
                # 加快制定完善相关的激励政策…" for "这三头各提了啥要求?")
                and (angles or any(o.passage_id == x.sentence.passage_id
                                   or (size and _EACH_ASKED.search(query.text)
                                       and o.paragraph == x.sentence.paragraph)
                                   for o in run))), [])
            if openings:
                return self._with_passages(openings)
        if len(picked) == 1:
            listing = self.structure.listing_at(best.sentence.speech, best.sentence.start,
                                                inside=query.asks_list)
            if listing is not None and query.asks_list:
                # "哪几个规范?" at "()建设标准规范。", heading points of its own: the list of
                # 规范 it is one of; so, by a word the items open with, "篇八讲农村的三个“强化”
                # 是什么?" at "第二,强化“实业兴村”,…", which leads points of its own ("一是…")
                if query.kind_asked:
                    listing = self._list_of_kind(listing, best.sentence, (query.kind_asked,))
                listing = self._list_of_kind(listing, best.sentence, query.quoted)
            if (listing is not None and query.list_size is not None
                    and not opens(listing.node, best.sentence.start)
                    and query.list_size not in (len(listing.items), listing.node.announced)):
                # "…把党内民主定位为哪两方面的重要保证?": the sentence inside a list of four
                # that names two answers; the list around it is not what was asked, though a
                # list around that may be ("哪六个方面" at an item inside the "六规范")
                listing = self.structure.listing_of_size(
                    best.sentence.speech, best.sentence.start, query.list_size)
                parts = self.structure.top_level(best.sentence.speech)
                if listing is not None and [i.start for i in listing.items] == [
                        p.start for p in parts]:
                    listing = None  # the speech's own parts hold everything it says
            if listing is None and query.asks_list:
                # "…加强领导,注重统筹是关键。" ending its paragraph, the next opening
                # "第一,进一步加强领导。": the points it leads into, though it announces none
                listing = self.structure.listing_after(best.sentence)
            if (listing is None and query.asks_list and query.list_size and not query.english
                    and not _ENUMERATES_HERE.search(best.sentence.text)
                    and not any(t in best.sentence.text for t in query.quoted)):
                # (a sentence in the body of one of as many points as asked, whose lead-in the
                # question names: "…农村党建的毛病归成了五条,分别是哪五条?" at "在我市乡村两级
                # 的党员干部队伍中,少数人…" under "第四,作风的不扎实…", led in by "…当前我市
                # 农村党建工作中的新问题也随之出现,主要体现在:"; not at a best that lists as
                # many itself, "…即:强化规则制定权,…", or holds the term the question quotes)
                listing = self._named_listing_holding(query, best.sentence)
            if listing is None and query.asks_list and self.scorer.in_listing_part(
                    query, best.sentence):
                # (a sentence inside one of the points of the part pointed at, "快散场时…哪几
                # 件事" at "会后,与会同志要…": those points)
                listing = self.structure.listing_holding(best.sentence.speech,
                                                         best.sentence.start)
            item = self._item_asked(query, best, listing) if listing is not None else None
            if listing is not None and item is not None:
                # a list question asks for all the item holds ("具体表现在哪几个方面?")
                return self._quote_items(listing.speech, (item,), MAX_LIST_ITEMS)
            if listing is not None:
                quotes = self._listing_quotes(listing, query.first_items)
                if quotes:
                    return quotes
        followers: list[Passage] = []
        if (query.asks_list or _enumeration_label(best.sentence.text)
                or _INLINE_FIRST.search(best.sentence.text)
                or self.scorer.spelled_out_after(best.sentence, ev.terms)):
            followers = _follow_list(best.sentence, self.searcher.snap)
        # (a sentence with the term the question quotes is about that term, not its series)
        if (query.asks_list and not followers and len(picked) == 1
                and not any(t in best.sentence.text for t in query.quoted)):
            series = _parallel_siblings(best.sentence, self.searcher.snap)
            if not series and _asks_two(query):
                series = _parallel_pair(best.sentence, self.searcher.snap)
            if series:
                return self._with_passages(series)
        shared = (self._shared_listing(query, ev, best)
                  if not followers and len(picked) == 1 else None)
        if shared is not None:
            return self._listing_quotes(shared, query.first_items)
        if not followers and len(picked) == 1:
            # A section heading ("二、着力抓好五支队伍建设…") announces what its body says.
            followers = _body_of_heading(best.sentence, self.searcher.snap)
        if not followers and len(picked) == 1 and query.asks_list:
            # ("存在哪些问题?" at "一些地方…比较薄弱;": the run of problems it is one of)
            run = _run_around(self.searcher.snap, best.sentence)
            if run:
                return self._with_passages(run)
        if not followers and len(picked) == 1:
            # a code the question names, spelled out part by part after the sentence using it
            # ("…按照“81145”的要求进行配置。" + "“8”是指…" "两个“1”是指…")
            followers = _code_parts(best.sentence, query.quoted, self.searcher.snap)
        if not followers and len(picked) == 1 and query.count_asked:
            # or one the sentence uses for what is counted ("屋里要分出几个房间?" at "…按照
            # “81145”的要求进行配置。": "“8”是指…")
            followers = _code_parts(best.sentence, _codes_quoted(best.sentence.text),
                                    self.searcher.snap)
        if not followers and len(picked) == 1 and _bare_point(best.sentence):
            # a numbered point made in one short sentence ("一要做学习上的先驱。") is
            # explained by what follows it in its paragraph; one whose number the scrape lost,
            # by all the numbered run that follows ("()工程竣工档案规范。" "一是图片资料…;"
            # "二是工程技术档案;" … "五是…")
            run = (_follow_list(best.sentence, self.searcher.snap)
                   if _enumeration_label(best.sentence.text) is None else [])
            followers = (run if len(run) >= 2 and _enumeration_label(run[0].text) == 1
                         else _after(self.searcher.snap, best.sentence, MAX_BODY_SENTENCES - 1))
        point = best.sentence.text.strip()
        if (not followers and len(picked) == 1 and _STATED_POINT.fullmatch(point)
                and (query.asks_why or point.rstrip("。") in query.quoted)):
            # a point stated in a few words ("发展要目标化。") asked why, or asked by quoting
            # it whole ("“工作要特色化”呢?", which it would only echo): what follows says
            followers = _after(self.searcher.snap, best.sentence, MAX_BODY_SENTENCES - 1)
        if not followers and len(picked) == 1 and query.asks_how:
            # so is an unnumbered one in a series ("要扩大选举中的民主权利,为发展选好班子。"
            # before "要拓展民主参与的途径,…", as the answer before quoted them), asked how
            # it is done: up to the next
            followers = _body_in_series(best.sentence, self.searcher.snap, query.previous)
        if followers:
            by_id = {s.sentence.passage_id: s for s in ev.scored}
            for follower in followers:
                holder = by_id.get(follower.passage_id)
                passage = holder.passage if holder else self._passage_holding(follower)
                if passage is not None:
                    out.append((follower, passage))
        elif len(picked) == 1:
            if ((Need.DATE in query.asks or asks_deadline(query.text))
                    and not gives_date(best.sentence.text, query.text)):
                # "…民主评议的完成时限是哪一天?": the sentence setting it, a little further on
                deadline = deadline_after(query.text, _after(self.searcher.snap, best.sentence))
                if deadline is not None:
                    return out + self._with_passages([deadline])
            out = self._with_runner_up(best, ev, out)
            if len(out) > 1 and asks_deadline(query.text) and not any(
                    gives_date(quoted.text, query.text) for quoted, _ in out):
                # (or after the runner-up naming the task: "在7月份又要开展第三次…评议。")
                deadline = deadline_after(query.text, _after(self.searcher.snap, out[-1][0]))
                if deadline is not None:
                    return out + self._with_passages([deadline])
            return out
        elif asks_deadline_en(query.text) and not any(
                gives_date(quoted.text, query.text) for quoted, _ in out):
            # (of several quoted, the one naming the task: "在7月份又要开展第三次…评议。")
            for quoted, _ in out:
                deadline = deadline_after(query.text, _after(self.searcher.snap, quoted))
                if deadline is not None:
                    return out + self._with_passages([deadline])
        return out

    def _named_listing_holding(self, query: Query, sentence: Passage) -> Listing | None:
        """The innermost list one of whose items holds `sentence`, when it has as many items
        as asked, is not the speech's own parts, and its lead-in shares `LEAD_IN_NAMED`
        characters in a row with the question."""
        around = self.structure.listing_holding(sentence.speech, sentence.start)
        if around is None or len(around.items) != query.list_size:
            return None
        parts = self.structure.top_level(sentence.speech)
        if [i.start for i in around.items] == [p.start for p in parts]:
            return None
        lead = self.structure.sentence_at(sentence.speech, around.node.start)
        if lead is None or _common_run(query.text, lead.text) < LEAD_IN_NAMED:
            return None
        return around

    def _list_of_kind(self, listing: Listing, sentence: Passage,
                      kinds: Sequence[str]) -> Listing:
        """`listing`, or the list `sentence` is an item of when that list's items are of a
        kind asked (`_of_kind`) and `listing`'s are not."""
        if not kinds or any(_of_kind(listing, k) for k in kinds):
            return listing
        around = self.structure.listing_at(sentence.speech, sentence.start, inside=True,
                                           opening=False)
        return (around if around is not None and any(_of_kind(around, k) for k in kinds)
                else listing)

    def _counted_inline(self, query: Query, ev: Evidence, best: Scored) -> Passage | None:
        """For a list question naming the count and kind it asks ("从哪五个方面入手?"): a
        sentence scoring close to the best that lists as many before that counted kind
        ("围绕“转变职能”、…、“优化环境”五个方面深入查找…"), over a best naming none (the lead-in
        of "五项重点措施" whose first is "一是继续深入查找作风突出问题。")."""
        if (not query.english and query.asks_list and not query.counted_kinds
                and not query.follow_up and query.kind_asked in ("方面", *_ASPECTS)
                and _FROM_ASPECTS.search(query.text)
                and not _enumerates_kind(query, best.sentence)
                and not any(t in best.sentence.text for t in query.quoted)):
            # (or naming no count, "从哪几块去找的?": a sentence of the best's speech listing
            # as many as it counts of 方面, "…“优化环境”五个方面深入查找…", or opening their
            # run, "…从以下四个方面来理解:一是…;", within a wider
            # margin: the count matching the items listed before it is the stronger sign; not
            # "关系到哪几个方面", "列举了哪几个方面", which ask a list's points, nor at a best
            # holding the term the question quotes, what it asks about)
            return next((x.sentence for x in takewhile(
                lambda x: x.score >= best.score - ASPECTS_LISTED_MARGIN,
                ev.scored[:ASPECTS_LISTED_TOP])
                if x.sentence.speech == best.sentence.speech
                and any(inline_series(x.sentence.text, m.group(0))
                        or _enumerated_after(x.sentence.text, m)
                        for m in _ASPECTS_COUNTED.finditer(x.sentence.text))), None)
        # (only where the best is the lead-in of as many of another kind; and in Chinese:
        # an English question's counted kinds are the speeches' coined terms)
        if (query.english or not (query.asks_list and query.counted_kinds)
                or any(k in best.sentence.text for k in query.counted_kinds)
                or not any(t[0] == k[0] for t in _counted_terms(best.sentence.text)
                           for k in query.counted_kinds)):
            return None
        return next((x.sentence for x in takewhile(
            lambda x: x.score >= best.score - self.list_margin, ev.scored[:SERIES_TOP])
            if any(inline_series(x.sentence.text, k) for k in query.counted_kinds)), None)

    def _beside_anchor(self, query: Query, ev: Evidence) -> list[tuple[Passage, Passage]]:
        """What a question places before or after a passage it names ("在提出以习近平…为
        指导之前,是怎样评价加强和改进基层组织建设这项工作的?"): the sentence beside the one
        naming it (`ANCHOR_RUN` characters in a row), when the rest of the question is more in
        that sentence than in the rest of the named one. Not for a list question: a list
        after a passage is found by its lead-in."""
        if query.anchor is None or query.asks_list:
            return []
        named, side = query.anchor
        snap = self.searcher.snap
        at = next((s.sentence for s in ev.scored
                   if len(_longest_run(named, s.sentence.text)) >= ANCHOR_RUN), None)
        if at is None:
            return []
        beside = _before(snap, at) if side < 0 else _after(snap, at, 1)
        if not beside:
            return []
        rest = set(cjk_bigrams(without_speech_refs(query.text).replace(named, " ")))
        own = set(cjk_bigrams(at.text.replace(_longest_run(named, at.text), " ")))
        if len(rest & set(cjk_bigrams(beside[0].text))) <= len(rest & own):
            return []
        return self._with_passages(beside)

    def _terms_asked(self, query: Query) -> list[str]:
        """The terms a question quotes, and those it names by count and kind as the speeches
        quote them ("哪三项制度": “三项制度”)."""
        coined = [t for t in query.counted_kinds
                  if self.searcher.snap.sentences_with([f"“{t}”"])]
        return [t for t in (*query.quoted, *coined) if len(t) >= MIN_TERM_CHARS]

    def _item_asked(self, query: Query, best: Scored, listing: Listing) -> OutlineNode | None:
        """For a list question that names one item of a list by its heading's words, far
        more than the sentence announcing the list: that item, when it has a body ("篇七讲围绕
        落实党建责任制来加强党内民主,具体列了哪些举措?" asks what its point "5、围绕基层党建工作
        责任制落实,切实加强党内民主建设。" lists, not the section's six points). Not when the
        question asks for as many things as the list has."""
        start = best.sentence.start
        # a list of the kind asked ("哪几个规范": "()建设标准规范。" "()村级“四室两场”规范。"…)
        # is asked whole, not the one of its items the best sentence heads
        if query.kind_asked and _of_kind(listing, query.kind_asked):
            return None
        # nor one of as many as asked, unless the item opens with the term the question names:
        # "“三项制度”是哪三项?" asks what "三是健全“三项制度”。" holds, not the list it ends
        # (an item, not the lead-in: "…做到“六规范”,即:…" opens the six asked for)
        termed = not opens(listing.node, start) and any(
            t in best.sentence.text for t in self._terms_asked(query))
        if query.list_size == len(listing.items) and not termed:
            return None
        asked = set(cjk_bigrams(without_speech_refs(query.text)))
        if opens(listing.node, start):
            # a lead-in running into its first item in one sentence ("…主要表现为:一是部分单位
            # 对“三项活动”工作的思想认识不到位。"): that item, if the question names it
            first = listing.items[0] if listing.items else None
            if first is None or not start < first.start < best.sentence.end:
                return None
            cut = first.start - start
            lead_text, item_text = best.sentence.text[:cut], best.sentence.text[cut:]
            item = first
        else:
            opened = next((i for i in listing.items if opens(i, start)), None)
            lead = self.structure.sentence_at(listing.speech, listing.node.start)
            if opened is None or lead is None:
                return None
            lead_text, item_text, item = lead.text, best.sentence.text, opened
        if (len(self.structure.item_sentences(listing.speech, item, 2)) < 2
                or (not termed and len(asked & set(cjk_bigrams(item_text)))
                    < len(asked & set(cjk_bigrams(lead_text))) + ITEM_NAMED)):
            return None
        return item

    def _with_runner_up(self, best: Scored, ev: Evidence, out: list[tuple[Passage, Passage]],
                        *, hedge: bool = True) -> list[tuple[Passage, Passage]]:
        """`out` and, if it scores close enough, the second-best sentence (with `hedge`
        false, only one of the same passage, completing it)."""
        if len(ev.scored) > 1:
            second = ev.scored[1]
            same = second.passage.passage_id == best.passage.passage_id
            if not (same or hedge):
                return out
            # A close second from the same passage usually completes the answer; one from
            # elsewhere that scores almost as well is shown too rather than guessed away.
            margin = self.completes if same else self.hedge
            if (second.score >= best.score - margin
                    and len(best.sentence.text) + len(second.sentence.text) <= self.max_pair):
                out.append((second.sentence, second.passage))
                if _bare_point(second.sentence):  # "三是普遍建立村务监督委员会。": what it means
                    out += self._with_passages(_after(self.searcher.snap, second.sentence, 1))
        return out

    def _listing_of_term(self, query: Query, ev: Evidence) -> Listing | None:
        """For a list question quoting a term its items repeat ("哪三个“强化”?"): the list,
        opened by one of the best sentences, each of whose items opens with the term
        ("第一,强化“支部带村”…" "第二,强化“实业兴村”…"), of the count asked if any; or quoting
        a short one its items' own quoted terms hold ("哪几个“村”?": "“支部带村”", "“实业兴
        村”", …); or naming some of its items by example ("(带村、兴村那些)"), each in the
        quoted term opening an item of it."""
        terms = [t for t in query.quoted if len(t) >= MIN_TERM_CHARS]
        # (or ending the item's opening, unquoted: "哪几个“化”?" of "发展要目标化。"
        # "工作要特色化。" "活动要经常化。"; or in its short first clause: "哪几个“配”?" of
        # "班子要配强,增强战斗力。" "队伍要配优,…" "改革要配套,…")
        # (not a numeral, which any item may say: "哪几个“一”?")
        within = [re.compile(f"“[^”]*{re.escape(t)}[^”]*”|{re.escape(t)}[。;；]?$"
                             + ("" if chinese_number(t) else
                                f"|^[^,，。;；:：]{{0,{SLOGAN_SIDE}}}{re.escape(t)}"
                                f"[^,，。;；:：]{{0,{SLOGAN_SIDE}}}[,，]"))
                  for t in _short_terms(query)]
        named = query.named_series if len(query.named_series) >= 2 else ()
        if not query.asks_list or not (terms or within or named):
            return None
        asked = query.list_size

        def holds(text: str) -> bool:
            return any(t in text for t in terms) or any(w.search(text.strip()) for w in within)

        def of_term(found: Listing | None) -> bool:
            if found is None or asked not in (None, len(found.items)):
                return False
            openers = [o.text for item in found.items
                       if (o := self.structure.sentence_at(found.speech, item.start))]
            if len(openers) < 2 or len(openers) < len(found.items):
                return False
            if terms or within:
                return all(holds(o) for o in openers)
            return all(any(re.search(f"“[^”]*{re.escape(n)}[^”]*”", o) for o in openers)
                       for n in named)

        for s in ev.scored[:TERM_LIST_CANDIDATES]:
            # the list the sentence leads into, or the one whose item it opens
            for opening in (True, False):
                found = self.structure.listing_at(s.sentence.speech, s.sentence.start,
                                                  inside=True, opening=opening)
                if of_term(found):
                    return found
        # else the one such list of the best sentence's speech, wherever it stands ("园区那篇
        # 的农村部分提了哪几个“强化”?" when the park part's heading "着眼强化…" scores best)
        if ev.scored:
            found_all = [f for f in self.structure.listings(ev.scored[0].sentence.speech)
                         if of_term(f)]
            if len(found_all) == 1:
                return found_all[0]
        return None

    def _examples_after(self, previous: Sequence[Passage]) -> list[tuple[Passage, Passage]]:
        """For "这里面举了哪些例子?" after an answer quoting a claim: the run of sentences right
        after a quote, in its paragraph, each opening with a place that did it ("…创造了系列可
        推介传承的宝贵经验。" then "余庆乡坚持…;" "导子乡全面实施…;" "永济镇重拾…。"), or a
        sentence just after it naming places by example."""
        snap = self.searcher.snap
        for quote in previous:
            sentence = self.structure.sentence_at(quote.speech, quote.start)
            if sentence is None:
                continue
            after = _after(snap, sentence)
            run = list(takewhile(lambda s: _OPENS_WITH_PLACE.match(s.text) is not None, after))
            if len(run) >= 2:
                return self._with_passages(run)
            # or one a sentence or two on naming places by example ("班子要配强,…。基层发展富不
            # 富,关键有个好支部。" then "在苏州、无锡等地,越到基层,经济实力就越强,…")
            at = next((i for i, s in enumerate(after[:EXAMPLE_REACH])
                       if _PLACES_BY_EXAMPLE.search(s.text) or _CASES_BY_EXAMPLE.search(s.text)),
                  None)
            if at is not None:
                # with the examples the sentences after it go on to ("还有日本自民党和新加坡人民
                # 等世界老牌政党…", "如,日本自民党…")
                more = takewhile(lambda s: _MORE_EXAMPLES.match(s.text) is not None,
                                 after[at + 1 : at + 1 + EXAMPLE_REACH])
                return self._with_passages([after[at], *more])
        return []

    def _nearby_paragraph_opening(self, query: Query) -> list[tuple[Passage, Passage]]:
        """"那队伍那块怎么说的?" after an answer quoting "班子要配强,增强战斗力。": a paragraph
        near the one quoted that opens with the word the follow-up names ("队伍要配优,增强生命
        力。"), by its first two sentences."""
        own = [w for w in self.scorer.own_words(query) if len(w) >= 2]
        if not own or len(own) > 2:
            return []
        last = query.previous[0]
        snap = self.searcher.snap
        for step in range(1, SIBLING_REACH + 1):
            for paragraph in (last.paragraph + step, last.paragraph - step):
                opening = snap.paragraph_sentences.get((last.speech, paragraph), [])[:2]
                if opening and any(opening[0].text.startswith(w) for w in own):
                    return self._with_passages(opening)
        return []

    def _names_in_quote(self, query: Query) -> bool:
        """Whether a follow-up names, in a rare word of its own, something the answer before
        quoted ("没必要上墙的那些咋办?" after "…要以公开栏的形式公示展出,对一些没有必要上墙的,
        可以形成《制度汇编》装订成册。"): that quote says what it asks, not the points after it."""
        snap = self.searcher.snap
        rare = len(snap.sentences) * RARE_SHARE
        return any(w in p.text for w in self.scorer.own_words(query)
                   if not _DEMONSTRATIVE.match(w) and len(snap.sentences_with([w])) <= rare
                   for p in query.previous)

    def _remedy_after(self, previous: Sequence[Passage]) -> list[tuple[Passage, Passage]]:
        """For "那往后打算咋解决?" after an answer quoting a problem: the numbered points that
        follow it in its paragraph ("…真正运行的乡镇没有几个…" then "一要…" "二要…" "三要…"),
        items only (the lead-in between may be a remark, not what they answer)."""
        last = max(previous, key=lambda p: (p.speech, p.start))
        if any(p.speech != last.speech for p in previous):
            return []
        sentence = self.structure.sentence_at(last.speech, last.start)
        if sentence is None:
            return []
        first = next((s for s in _after(self.searcher.snap, sentence)
                      if _enumeration_label(s.text) == 1), None)
        if first is None:
            return []
        listing = self.structure.listing_at(first.speech, first.start, inside=True,
                                            opening=False)
        if listing is None or not opens(listing.items[0], first.start):
            return []
        return self._quote_items(listing.speech, listing.items, 1, explained=True)

    def _listing_quotes(self, listing: Listing, first: int | None = None
                        ) -> list[tuple[Passage, Passage]]:
        """The sentence announcing a list, then each item's first sentence (of its `first`
        items only, when the question asks for those: "前两个是什么?"); empty for a list of
        fewer than two quotable items."""
        if first is not None and len(listing.items) <= first:
            first = None  # the whole list
        items = self._quote_items(listing.speech, listing.items[:first], 1, explained=True)
        if len(items) < (1 if first else 2):
            return []
        intro = listing.node
        if len(intro.children) == 1 and intro.children[0].kind == "lead_in":
            intro = intro.children[0]  # the sentence that announces the items
        lead = self.structure.sentence_at(listing.speech, intro.start)
        head = [] if lead is None else [lead]
        return [*self._with_passages(head), *items]

    def _shared_listing(self, query: Query, ev: Evidence, best: Scored) -> Listing | None:
        """For a list question whose best sentences, close in score, fall in two or more
        items of one list: that list ("具体要干哪几件事?" matched best by sentences inside
        its "一是…" and "二是…"). Not when the best sentence names the term asked or spells
        out a list where it stands ("目的主要有三个,即…、…、…"), nor for a follow-up, nor for
        places or people asked ("点名还没弄完的是哪两个乡镇?": names, not points)."""
        if (not query.asks_list or query.follow_up or best is not ev.scored[0]
                or Need.PLACE in query.asks or Need.PERSON in query.asks
                or _ENUMERATES_HERE.search(best.sentence.text)
                or any(t in best.sentence.text for t in ev.terms)
                # (nor when it lists as many as asked and counts them: "抓好企业党组织书记、党建
                # 指导员和党员三支队伍建设" for "Which three teams…?")
                or (query.list_size and lists_things(best.sentence.text)
                    and announced_count(best.sentence.text) == query.list_size)):
            return None
        close = [x.sentence for x in ev.scored[:SHARED_TOP]
                 if x.score >= best.score - self.list_margin]
        found = self.structure.shared_listing(close)
        asked = query.list_size
        # "哪两种情况" is not a list of five
        return None if found is None or asked not in (None, len(found.items)) else found

    def _list_of_item(self, best: Scored, count: int, deep: bool = False,
                      announced: bool = True) -> Scored | None:
        """The lead-in or first item of the list of `count` items whose item the best sentence
        opens, though its own points are fewer ("第五,以充分发挥作用为重点,…" with its three
        "一要…" for "要重点抓的五拨人都是谁?": the five); `deep`, or whose item's body it is in
        ("贯彻落实科学发展观,…需要…基层干部…奋力拼搏。" in "二要做发展中的先锋。" of the
        "三个先" for "在哪三方面要走在前头?"), a list announcing its count unless not
        `announced`."""
        sentence = best.sentence
        listing = (self.structure.listing_of_size(sentence.speech, sentence.start, count) if deep
                   else self.structure.listing_at(sentence.speech, sentence.start, inside=True,
                                                  opening=False))
        if listing is None or count not in (len(listing.items), listing.node.announced):
            return None
        if deep and listing.node.announced != count and (
                announced or count < DEEP_UNANNOUNCED
                or any(not item.marker for item in listing.items)):
            # (announced so: an item's "一方面…另一方面" answers no "哪两条河"; unless asked
            # otherwise, three or more marked items need no announcing: "第一,…" … "第五,…")
            return None
        opener = self.structure.sentence_at(sentence.speech, listing.node.start)
        passage = self._passage_holding(opener) if opener is not None else None
        if opener is None or passage is None or not self._lists(opener, count):
            return None
        if deep and (listing.node.level <= 1 or self._opens_parts(opener)):
            return None  # the speech's own parts hold everything it says
        return replace(best, sentence=opener, passage=passage)

    def _list_opener(self, query: Query, ev: Evidence) -> Scored | None:
        """For a list question whose best sentence neither opens a list, nor lists things
        itself, nor is followed by an enumeration: a sentence scoring within the list margin
        that opens one, by its lead-in, heading or first item ("…概括起来有这么五个挑战:"
        under "这是…新挑战。"); and for one whose best sentence is the speech's plan of its
        parts, a sentence within that margin opening another list. First, for a Chinese list
        question asking so many things: one of the best few opening a list of that many."""
        best = ev.scored[0]
        snap = self.searcher.snap
        if (query.follow_up and query.asks_list and query.kind_asked and not query.ordinal
                and not query.speeches_named):
            # "那作风问题从哪几个方面查的?" after an answer quoting "…围绕“转变职能”、…、“优化
            # 环境”五个方面深入查找…": the sentence it quoted enumerating the kind asked
            # (read again where the search did not reach it; a quote is cited from its passage)
            # (counting them, as a quote the follow-up only names the kind of: "五个方面")
            counting = re.compile(rf"[两二三四五六七八九十\d](?:个|项|种|类|大)?"
                                  rf"{re.escape(query.kind_asked)}")
            quoted = next((p for p in query.previous
                           if counting.search(p.text) and _enumerates_kind(query, p)), None)
            sentence = (self.structure.sentence_at(quoted.speech, quoted.start)
                        if quoted is not None else None)
            holder = self._passage_holding(sentence) if sentence is not None else None
            if sentence is not None and holder is not None:
                return next((s for s in ev.scored if s.sentence.passage_id == sentence.passage_id),
                            replace(best, sentence=sentence, passage=holder))
        if ((query.counts_items or _IN_PARTS.search(query.text))
                and not _composes_asked(query, best.sentence.text)):
            # "村干部的工资…分几块算的?": the parts of what it asks, added up, among the best
            # (a term adding them up names what it is of: "“基础报酬+绩效报酬+奖励报酬”制度")
            composed = next((s for s in ev.scored[1:TERM_LIST_CANDIDATES]
                             if _composes_asked(query, s.sentence.text)), None)
            if composed is not None:
                return composed
        if Need.PLACE in query.asks:
            # which places: named where they stand ("在苏州、无锡等地"), by the best sentence
            # or one within the detail margin, over a list opened close by ("二要做发展中的先锋。")
            if has_place(best.sentence.text, query.text, query.place_level):
                return None
            naming = _runner_up(ev, self.detail_margin, lambda s: has_place(
                s.sentence.text, query.text, query.place_level))
            if naming is not None:
                return naming
        if _asks_two(query) and _parallel_pair(best.sentence, snap):
            return None  # the two asked, alike at either side of its semicolon
        stated = _SERIES_ASKED.search(query.text)
        if stated and stated.group(0).count("、") + 1 == _clauses_alike(best.sentence.text):
            # "拍板前、办大事、干完活、要人盯着的时候分别该咋做?": "…决策问计于群众,大事商量于
            # 群众,工作通报到群众,监督权交还给群众,…", one clause each
            return None
        if query.asks_prohibited and _PROHIBITS.search(best.sentence.text):
            return None  # "有哪些事…最好别掺和?": the sentence saying what is not to be done
        if (query.list_size and query.list_size >= QUOTED_SERIES_MIN and not query.follow_up
                and not _quotes_series(best.sentence.text, query.list_size)
                and not self._opens_list(best.sentence) and not lists_things(best.sentence.text)
                and announced_count(best.sentence.text) != query.list_size):
            # "What eight qualities should … become a 'solid rock'?": a sentence among the best
            # few quoting a series of as many ("…建设成为“经济富、机制健、…、知名度高”的…坚强
            # 磐石"), in either language, over a best opening or holding no list: the count is
            # the stronger sign (not in a follow-up, "具体是哪四个?", whose count is the
            # previous answer's)
            quoting = _quoting_series(ev, query.list_size)
            if quoting is not None:
                return quoting
        if query.asks_wording and not query.follow_up and not _quotes_series(best.sentence.text):
            # "…希望建成什么样子?用了一串短语来形容": the sentence among the best few quoting a
            # series of short words ("…建设成为“经济富、机制健、…、知名度高”的…"), as a count
            # asked of them would find it
            quoting = _quoting_series(ev)
            if quoting is not None:
                return quoting
        if (query.asks_failings and query.asks_list
                and not _FAILINGS_LEAD.search(best.sentence.text)):
            # "眼下有哪几方面毛病?": the lead-in owning up to them, close in score ("…新问题也
            # 随之出现,主要体现在:"), over a sentence within one of them
            owning = _runner_up(ev, self.list_margin,
                                lambda s: _FAILINGS_LEAD.search(s.sentence.text) is not None)
            if owning is not None:
                return owning
        if (query.list_size and lists_things(best.sentence.text)
                and announced_count(best.sentence.text) == query.list_size):
            return None  # "哪五个方面": "围绕“转变职能”、…、“优化环境”五个方面…", counted
        if (query.english and query.list_size == 2 and not _NAMES_TERM_EN.search(query.text)
                and not _pairs_asked(query, best.sentence) and not self._lists(best.sentence, 2)):
            # an English question asking two things ("what two problems…avoid?"), whose
            # translated words weigh little: a sentence pairing two, close in score ("既要防止
            # 少数人议事代替…,又要破解…的难题"), over a best pairing none. (A Chinese one's
            # best may name the two in clauses: "建立健全激励保障机制,大力宣传表彰先进典型".)
            paired = _runner_up(ev, self.list_margin, lambda s: _pairs_asked(query, s.sentence))
            if paired is not None:
                return paired
        # "那日本自民党在下面设了哪几种支部?" after a quote naming the party (or where the
        # best sentence names it, of a kind more particular than "方面", past a best opening
        # no list): a sentence right after that quote enumerating the kind ("…建立了市町村支部、
        # 行业支部、选举区支部"), however the search weighs it
        own = (() if query.kind_asked in _NO_KIND or self._opens_list(best.sentence)
               else (best.sentence,))
        for anchors in ((query.previous, own) if query.follow_up else (own,)):
            if not (query.asks_list and query.kind_asked and anchors) or any(
                    query.kind_asked in p.text for p in anchors):
                continue
            next_to = {s.passage_id for p in anchors for s in _after(snap, p, RUN_REACH)}
            enumerating = next((s for s in ev.scored if s.sentence.passage_id in next_to
                                and _enumerates_kind(query, s.sentence)), None)
            if enumerating is not None:
                return enumerating
        if (query.asks_list and query.kind_asked
                and (query.kind_asked not in best.sentence.text
                     or not (self._opens_list(best.sentence)
                             or _enumerates_kind(query, best.sentence)))):
            # a sentence enumerating the kind asked, close in score ("which departments":
            # "…组织纪检、政法、计生、团委、妇联等相关部门…"), over a best not naming it, though
            # that opens a list ("一要巩固和健全…的制度体系"), or naming it in passing ("…体制
            # 弊端等方面的突出问题" for "从哪几个方面去查?")
            enumerating = _runner_up(ev, self.list_margin,
                                     lambda s: _enumerates_kind(query, s.sentence))
            if enumerating is not None:
                return enumerating
        if (query.asks_list and _series_terms(query)
                and not _series_asked(query, best.sentence)):
            # a series of the short term the question quotes, close in score ("哪三个“实”":
            # "…做到察实情、出实招、求实效;"), over a best holding none (not of things it
            # names: they may be one part of what it asks, "对履责不到位、措施不得力者和…")
            series = _runner_up(ev, self.list_margin, lambda s: _series_asked(query, s.sentence))
            if series is not None:
                return series
        # a list of as many items as asked ("开了哪五剂方子?": "…落实好以下五项重点措施:")
        # among the best few, over a best sentence that opens no such list, names no term
        # asked (not "“三项活动”是指…", which spells the term out) and announces no such count
        # (not "重点是“三项权力”的确立和落实,即:强化规则制定权,…", which lists them inline,
        # nor a series of what it names or quotes: "“选、任、免”相衔接,…" for "哪三个“相”")
        # (not places: "哪两个地方" are named in one sentence, "在苏州、无锡等地", not as points)
        asked = (query.list_size
                 # (a follow-up only with a list question of its own: "那篇五呢?它要求基层
                 # 干部做哪三个“先”?")
                 if query.asks_list and not query.english
                 and (not query.follow_up or query.own is not None)
                 and Need.PLACE not in query.asks else None)
        if (asked is not None and not self._lists(best.sentence, asked)
                and not any(t in best.sentence.text for t in ev.terms)
                and announced_count(best.sentence.text) != asked
                and not _pairs_asked(query, best.sentence)
                and not _series_asked(query, best.sentence)):
            # (or scoring within the list margin: "一要突出抓好…", fourth, opens the five of
            # "哪五项工作" where the best opens four)
            # (of the best's own speech, when the best is in an item of such a list there:
            # "比如…" in "第二,创新的不主动…" of 篇四's five problems, not 篇二's five challenges)
            speeches = ({best.sentence.speech}
                        if self._list_of_item(best, asked, deep=True, announced=False)
                        else None)
            deep = (None if lists_things(best.sentence.text)
                    or _parallel_siblings(best.sentence, snap)
                    else self._list_of_item(best, asked, deep=True))
            counted = (self._list_of_item(best, asked)
                       or next((s for s in ev.scored[1:SHARED_TOP]
                                if (speeches is None or s.sentence.speech in speeches)
                                and self._lists(s.sentence, asked)), None)
                       or _runner_up(ev, self.list_margin,
                                     lambda s: (speeches is None or s.sentence.speech in speeches)
                                     and self._lists(s.sentence, asked))
                       or deep)
            if counted is not None:
                return counted
        if query.asks_list and not self._opens_list(best.sentence):
            # a heading naming the section in the question's own words ("…扎实抓好选派干部
            # 队伍建设。" for "讲选派干部队伍建设,提了哪几条要求?") over what the best names
            # (its own points: "第四,…构建城乡统筹的…新格局。" is also a point of a list,
            # not the list asked for)
            named = max(SECTION_NAMED, _common_run(query.text, best.sentence.text) + 2)
            heading = _runner_up(ev, self.list_margin, lambda s: (
                _common_run(query.text, s.sentence.text) >= named
                and self._introduces_list(s.sentence)))
            if heading is not None:
                return heading
            # a sentence enumerating the kind asked where it stands ("以推动科学发展、…、加强
            # 基层组织为目标" for "奔着哪几个目标去?") over a best that does not
            if not _enumerates_kind(query, best.sentence):
                enumerating = _runner_up(ev, self.list_margin,
                                         lambda s: _enumerates_kind(query, s.sentence))
                if enumerating is not None:
                    return enumerating
        if query.asks_list and not query.follow_up and self._introduces_list(best.sentence):
            calling = self._lead_in_calling(query, ev)
            if calling is not None:
                return calling
        # the speech's plan of its parts ("…先讲三点意见:") answers what it is about, not a
        # list question about one of them: a list opened by a sentence close in score
        # ("…取得了明显成效。主要体现在以下几个方面:") answers that
        if query.asks_list and not query.asks_summary and self._opens_parts(best.sentence):
            within = _runner_up(ev, self.list_margin, lambda s: (
                (self._opens_list(s.sentence)
                 or self.structure.listing_after(s.sentence) is not None)
                and not self._opens_parts(s.sentence)))
            if within is not None:
                return within
        # a sentence listing other things ("个人利益和集体利益、局部利益…") is no answer to
        # a question about a term it does not mention ("三个先有哪些?")
        # (nor is one listing what the question itself lists: "针对…年龄老化、文化偏低等问题,
        # 要求做好哪几项工作?" has its premise in "…年龄老化、文化偏低、新鲜血液不足等问题…")
        lists_asked = (lists_things(best.sentence.text)
                       and not _echoes_enumeration(query.text, best.sentence.text) and (
                           not ev.terms or any(t in best.sentence.text for t in ev.terms)
                           or _enumerates_kind(query, best.sentence)))
        if (query.asks_list and query.kind_asked and not self._opens_list(best.sentence)
                and not _enumerates_kind(query, best.sentence)):
            # the list the best sentence is an item of, or deep in one of, whose lead-in names
            # the kind asked ("存在哪些新问题?": "…新问题也随之出现,主要体现在:" over
            # "第二,创新的不主动…" and its paragraph), its items a paragraph each (not a
            # section's heading: "二、明确新目标" names what its points are about)
            held = self.structure.listing_holding(best.sentence.speech, best.sentence.start)
            # (the kind an aspect is of, "哪几方面的问题": 问题)
            of = _ASPECT_OF.search(query.text)
            kinds = {query.kind_asked, *((of.group(1),) if of else ())}
            # (a lead-in announcing them, to its colon: not "…五支队伍建设,…又要根据新形势新
            # 任务的要求不断完善提高。" for "提了哪几项要求?")
            lead = (self.structure.sentence_at(held.speech, held.node.start)
                    if held is not None and held.node.kind == "lead_in"
                    and held.node.heading.rstrip().endswith((":", "："))
                    and any(k in held.node.heading for k in kinds) else None)
            scored = _scored_as(ev, lead)
            if scored is not None and self._opens_list(scored.sentence):
                return scored
        if (query.asks_list and _asks_points(query) and not self._opens_list(best.sentence)
                and not _enumerates_kind(query, best.sentence)
                and not _follow_list(best.sentence, snap)):
            # a run of numbered points the best sentence is in or leads up to ("…对这些问题,要
            # 采取措施认真解决。一要准确把握政策导向。…二要…"), over what it lists itself
            # ("提供了“五条通道”,即考录国家公务员、留任村干部、…")
            run = _scored_as(ev, _lead_of_run(snap, best.sentence))
            if run is not None:
                return run
        if (not query.asks_list or self._opens_list(best.sentence) or lists_asked
                or _pairs_asked(query, best.sentence)
                or _follow_list(best.sentence, snap) or _parallel_siblings(best.sentence, snap)):
            return None
        # the series in parallel form that follows the best sentence in its paragraph ("作为
        # 基层党务工作者,就必须…高人一等,…。要加强思想理论的学习,…;加强经济工作…的学习,…"):
        # what it leads into, whatever the items score
        after = _series_after(best.sentence, snap)
        first = _scored_as(ev, after[0]) if after else None
        if first is not None:
            return first
        # or a sentence or two on, when the question names what its items repeat ("…落实还没有
        # 完全到位…。抓好落实,既有…。要突出重点抓落实,…;要因地制宜抓落实,…" for "提出了哪几种
        # 抓落实的办法?")
        later = _series_named(best.sentence, snap, query.text)
        first = _scored_as(ev, later[0]) if later else None
        if first is not None:
            return first
        # the list a sentence or two on in its paragraph leads into ("…年龄老化、文化偏低…等
        # 问题比较突出。…,重点做好以下工作:一要…" for "针对年龄老化…要求做好哪几项工作?")
        # (whose words the question uses: not "…五个挑战:一是…" for "从哪几个角度摆道理")
        lead_in = _scored_as(ev, next(
            (s for s in _after(snap, best.sentence, LEAD_IN_REACH) if self._introduces_list(s)
             and _common_run(without_speech_refs(query.text), s.text) >= LEAD_IN_NAMED), None))
        if lead_in is not None:
            return lead_in
        opener = _runner_up(ev, self.list_margin, lambda s: (
            self._opens_list(s.sentence) or bool(_parallel_siblings(s.sentence, snap))))
        if opener is not None and not query.asks_summary and self._opens_parts(opener.sentence):
            # nor here, past a best opening nothing: a list close in score other than the
            # plan ("回顾这几年…成绩,分了哪几条?": "…取得了明显成效。主要体现在以下几个方面:")
            return _runner_up(ev, self.list_margin, lambda s: (
                (self._opens_list(s.sentence)
                 or self.structure.listing_after(s.sentence) is not None)
                and not self._opens_parts(s.sentence))) or opener
        return opener

    def _giving_detail(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking a number, date, place or name that the best sentence does
        not give: a sentence scoring within the detail margin that gives it ("去了多少人?":
        the sentence with the count, not the one that only names the visit)."""
        asked = tuple(n for n in query.asks if n in _DETAILS)
        if not asked or not ev.scored:
            return None
        often = self._how_often(query, ev)
        if often is not None:
            return often
        typed = replace(query, asks=asked)
        if missing_detail(typed, [ev.scored[0].sentence], {}) is None:
            return None
        if Need.DATE in asked:
            day = self._day_in_month(query, ev)
            if day is not None:
                return day
        gives = _runner_up(ev, self.detail_margin,
                           lambda s: missing_detail(typed, [s.sentence], {}) is None)
        if gives is None and (detail := self._point_detail(ev.scored[0].sentence)) is not None \
                and missing_detail(typed, [detail], {}) is None:
            # (however far below: the point's details are where its heading leads)
            gives = next((s for s in ev.scored if s.sentence.passage_id == detail.passage_id),
                         None)
        best = QUOTED.sub(" ", ev.scored[0].sentence.text)
        # (people are counted in 个 as in 名: "几个…创业者", "“…十佳创业青年”2人")
        units = query.count_units | (_HEADS if query.count_units & _HEADS else set())
        if (gives is None and asked == (Need.NUMBER,) and query.count_units
                and not counts_in(best, units)):
            # a count asked of a best sentence counting nothing in its unit: the one of
            # the sentences `missing` let the question through for that gives it ("共表彰先进
            # 集体100个,先进个人537人", 0.16 below a best counting none)
            gives = next((s for s in self._close(ev)[1:]
                          if missing_detail(typed, [s.sentence], {}) is None), None)
        return gives

    def _point_detail(self, sentence: Passage) -> Passage | None:
        """The sentence after a numbered point stated in one clause ("三是进一步搞好乡镇“双语”
        培训班。"), where its details are ("目前,…第七期“双语”培训班…已开课。")."""
        if leading_marker(sentence.text) is None or _CLAUSE_MARK.search(sentence.text[:-1]):
            return None
        return next(iter(_after(self.searcher.snap, sentence, 1)), None)

    def _day_in_month(self, query: Query, ev: Evidence) -> Scored | None:
        """A day asked ("几月几号", "哪一天") where the best sentence gives the month only
        ("今年5月,又全面启动了创先争优活动"): a sentence of its speech giving a day of that month
        for the same deed ("从今年5月19日我市启动这项活动以来"), however it scores; not another
        month's day that scores closer ("6月23日,省委…督查组一行莅临耒阳")."""
        best = ev.scored[0].sentence
        months = set(_MONTH_ONLY.findall(best.text))
        if not months:
            return None
        deed = {b for b in cjk_bigrams(_DATED.sub(" ", best.text)) if b not in _DEED_STOP}
        # (in another paragraph: a day after it in its own is its deadline, "…在7月份又要开展
        # 第三次…评议" then "确保在7月30日前全面完成", quoted with it as such)
        return next((s for s in ev.scored[1:] if s.sentence.speech == best.speech
                     and s.sentence.paragraph != best.paragraph
                     and any(m in months for m in _DAY_OF.findall(s.sentence.text))
                     and gives_date(s.sentence.text, query.text)
                     and deed & set(cjk_bigrams(_DATED.sub(" ", s.sentence.text)))), None)

    def _how_often(self, query: Query, ev: Evidence) -> Scored | None:
        """For a question asking how often ("多长时间考一回?") whose best sentence does not
        say: a sentence saying so among those the question was let through for, however far
        down them ("坚持每年进行一次考核、每两年进行一次表彰")."""
        if (Need.DURATION not in query.asks or not _ASKS_HOW_OFTEN.search(query.text)
                or not ev.scored or _HOW_OFTEN.search(ev.scored[0].sentence.text)):
            return None
        return _runner_up(ev, self.candidate_margin,
                          lambda s: bool(_HOW_OFTEN.search(s.sentence.text)))

    def _lists(self, sentence: Passage, count: int) -> bool:
        """Whether the sentence opens a list of `count` items, found or announced, or runs
        into the first of `count` ("为贯彻落实好这次会议精神,一是要认真学习会议精神。" then
        "二是…" "三是…")."""
        found = self.structure.listing_at(sentence.speech, sentence.start, inside=True)
        if found is not None and count in (len(found.items), found.node.announced):
            return True
        return (_enumeration_label(sentence.text) is None
                and bool(_INLINE_FIRST.search(sentence.text))
                and 1 + len(_follow_list(sentence, self.searcher.snap)) == count)

    def _opens_parts(self, sentence: Passage) -> bool:
        """Whether the sentence announces the speech's top-level parts."""
        found = self.structure.listing_at(sentence.speech, sentence.start, inside=True)
        parts = self.structure.top_level(sentence.speech)
        return (found is not None and len(parts) >= 2
                and [i.start for i in found.items] == [p.start for p in parts])

    def _lead_in_calling(self, query: Query, ev: Evidence) -> Scored | None:
        """For a list question whose best sentence leads into a list, but neither it nor the
        sentence before it says all the words the question calls the list by ("成效" of "…成效
        主要体现在哪几块?" where "…新问题也随之出现,主要体现在:" scores best): a lead-in close
        in score that, with the sentence before it, says them all ("近几年来,…农村党建…取得了
        明显成效。" "主要体现在以下几个方面:")."""
        snap = self.searcher.snap

        def said(sentence: Passage) -> str:
            return "".join(x.text for x in (*_before(snap, sentence), sentence))

        # (not the words naming the speech, its place or its occasion)
        named = f"{query.occasion or ''} {query.described} {' '.join(query.places)}"
        own = without_speech_refs(query.text)
        words = {w for w in query.text_words if len(w) >= 2 and w not in named and w in own
                 and asked_ordinal(w) is None and not _INTERROGATIVE.search(w)}
        if all(w in said(ev.scored[0].sentence) for w in words):
            return None
        # (all of them: "…要着力抓好如下几项工作:" under "下半年…" is the list of "下半年重点抓
        # 哪几件事?", not "当前,重点要从四个方面抓好…" saying 重点 but not 下半年)
        return next((s for s in self._close(ev, wide=True)[1:] if self._introduces_list(s.sentence)
                     and all(w in said(s.sentence) for w in words)), None)

    def _opens_list(self, sentence: Passage) -> bool:
        found = self.structure.listing_at(sentence.speech, sentence.start, inside=True)
        return found is not None and len(found.items) >= 2

    def _introduces_list(self, sentence: Passage) -> bool:
        """A lead-in or heading followed by points of its own, not only an item of a list."""
        found = self.structure.listing_at(sentence.speech, sentence.start, inside=True)
        return found is not None and len(found.items) >= 2 and opens(found.node, sentence.start)

    def _from_structure(self, query: Query) -> list[tuple[Passage, Passage]]:
        """Answers read off the outline: "篇三讲了什么" (its top-level sections, or with
        "第二部分" that section's items) and "那第二点呢?" (item N of the list the previous
        answer quoted). Empty when the question is not of that kind or the outline has no
        such part: retrieval then answers it."""
        speech = self._summarised_speech(query)
        if Need.PLACE in query.asks and query.asks_its_place:
            # "篇四是哪个城市的讲话?": the first sentence naming the speech's own place (or in
            # a conversation, of the speech it names, else of the one just quoted: "Which city
            # does it come from?")
            about = self._speech_asked_of(query)
            naming = self._naming_its_place(next(iter(about))) if len(about) == 1 else []
            if naming:
                return self._with_passages(naming)
        if Need.MEETING in query.asks and query.asks_its_occasion:
            # "篇七开的是什么会?", "耒阳那篇是在啥会上讲的?" (or in a conversation, of the speech
            # it names, "那篇六又是在什么会上?", or else of the one just quoted, "这次开的是什么
            # 会?"): the first sentence naming the meeting its profile gives
            about = self._speech_asked_of(query)
            naming = self._naming_its_occasion(next(iter(about))) if len(about) == 1 else []
            if naming:
                return self._with_passages(naming)
        if query.asks_meeting_task:
            # "沙雅这次会议到底是干什么的?", "What was that meeting mainly about?": the sentence
            # of its opening saying what the meeting is for ("今天会议的主要内容是:…")
            about = self._speech_asked_of(query)
            stating = self._stating_its_task(next(iter(about))) if len(about) == 1 else []
            if stating:
                return self._with_passages(stating)
        if query.position == "opening" and _HOW_IT_OPENS.search(query.text):
            # "篇五开头是怎么说的?", "How does it open?" (after a question on 篇五): its first
            # sentences, not those of its opening the words score best
            about = self._speech_asked_of(query)
            if len(about) == 1:
                return self._with_passages(self._opening(next(iter(about))))
        # (or a follow-up naming the speech itself: "那篇八最后一部分的第一条呢?")
        if query.asks_summary and speech is not None and _keeps_to(query, speech):
            sections = self.structure.top_level(speech)
            node = self.structure.part(speech, query.ordinal) if query.ordinal else None
            item = (self._numbered(self.structure.items_of(speech, node), query.item_of_part)
                    if node is not None and query.item_of_part else None)
            if item is None and node is not None:
                # "第三部分在突出抓好村级班子建设时…": the item of the part it names by heading
                item = self._item_headed(speech, node, query.text)
            if item is not None:  # "第二部分第(七)项": that item of the part, with its points
                return self._item_with_points(speech, item, query.asks_list)
            # "How many points does it make?": the sentence that counts them, then them
            announced = self.structure.announcement(speech) if query.counts_items else None
            counted = self._with_passages([announced]) if announced else []
            if node is not None:
                # (and before the part asked, when its parts were counted first: "一共分成几大
                # 块?最后一块讲的…", not "第三部分…分了几个“要”?")
                cut = query.text.rfind(query.second) if query.second else -1
                before = query.text[:cut] if cut > 0 else ""
                return [*(counted if _PARTS_COUNTED.search(before) else []),
                        *self._part_with_points(speech, node)]
            if len(sections) >= 2:
                return [*counted, *self._part_openings(speech, sections)]
            return self._with_passages(self._opening(speech))
        if speech is None and query.asks_list and (_PART_ABOUT.search(query.text)
                                                   or query.position == "closing"):
            # (of the one speech named by its place: "攀枝花那篇讲到农村那一块,…")
            speech = self._one_speech_named(query)
        if (speech is not None and not query.follow_up and query.asks_list
                and not query.asks_summary):
            # a part named by its heading, quoted ("在“突出重点,全力推动我市农村党建工作迈上新
            # 台阶”部分…哪五项工作?"): its points
            named = _HEADING_QUOTED.findall(query.text)
            part = next((p for p in self.structure.top_level(speech)
                         if any(t.rstrip("。") in p.heading for t in named)), None)
            if part is None:
                # or by what it is about ("关于产业园区党建的部分"): most of those words' pairs
                # are in its heading, and in no other part's as many
                part = self._part_about(speech, query.text)
            if part is None and query.position == "closing" and (
                    query.list_size or query.counts_items or query.asks_total
                    or _CLOSE_AS_PART.search(query.text)):
                # "快收尾的时候,说要在哪三件事上再使把劲?" where the close lists nothing: the
                # last part, when it has as many points (any number, if none is asked of the
                # close called a part or counted: "收尾那部分…哪几方面", "快结束时…一共提了几条",
                # "…到最后…一共列了哪几条")
                part = self._last_part_of_size(speech, query.list_size)
            if part is not None and len(self.structure.items_of(speech, part)) >= 2:
                return self._part_with_points(speech, part)
        if query.quoted and _ITS_PARAGRAPH.search(query.text):
            # "“改革要配套”那段引用了谁的话?": what is asked in the paragraph the quoted words open
            opening = self._paragraph_opened_by(query)
            asked = self._asked_in_paragraph(query, opening) if opening is not None else []
            said = "".join(s.text for s in asked)
            # (not when it names someone or something the paragraph does not: "…引用了梁启超
            # 的哪句话?")
            if opening is not None and asked and all(x in said for x in query.specifics):
                return self._with_passages([opening, *asked])
        if query.asks_rest and query.previous:
            inline = self._inline_rest(query)
            if inline:
                return inline
            rest = self.structure.others(query.previous, query.excluded,
                                         item_asked=query.step_from)
            if rest is not None:
                return self._quote_items(rest.speech, rest.items, 1, explained=True)
            # (no outline list: the others of the paragraphs opening alike that the answer
            # quoted one of, "那剩下两个呢?" after "这是历史的昭示:…")
            first = self.structure.sentence_at(query.previous[0].speech, query.previous[0].start)
            run = _parallel_openings(first, self.searcher.snap)[0] if first is not None else []
            others = [s for s in run if not any(
                q.speech == s.speech and s.start <= q.start < s.end for q in query.previous)]
            if others and len(others) < len(run):
                return self._with_passages(others)
        if query.follow_up and query.previous and _LIST_AGAIN.match(query.text):
            # "列一下", "具体有哪些?" after an answer quoting a list or its lead-in: that list,
            # item by item (its words are no search of their own)
            listing = self.structure.listing_for(query.previous)
            if listing is not None:
                return self._quote_items(listing.speech, listing.items, 1, explained=True)
        if query.step and query.previous:
            beside = self._item_beside(query)
            if beside:
                return beside
        if query.follow_up and query.previous and not query.ordinal and not query.quoted:
            named = self._nearby_paragraph_opening(query)
            if named:
                return named
        if query.follow_up and query.previous and _ASKS_EXAMPLES.search(query.text):
            examples = self._examples_after(query.previous)
            if examples:
                return examples
        if query.follow_up and query.previous and query.asks_remedy and not self._names_in_quote(
                query):
            remedy = self._remedy_after(query.previous)
            if remedy:
                return remedy
        if query.follow_up and query.ordinal and query.previous:
            stepped_from = query.step_from if _counts_alike(query) else None
            one = nth(self._parallel_listing(query.previous, stepped_from)
                      or self._counted_body(query.previous),
                      query.ordinal)
            if one is not None:
                return self._with_passages([one])
            one = self._inline_asked(query)
            if one is not None:
                # (the name where the series gives it, and what the list after it says of it)
                told = self._item_naming(one)
                return self._with_passages([one, told] if told is not None else [one])
            one = nth(self._parallel_shown(
                query.previous, lambda s, snap: _parallel_openings(s, snap)[0]), query.ordinal)
            if one is not None:
                # "那第二个理由引用了谁的话?" after "这是历史的昭示:…" "这是时代的要求:…" …:
                # that paragraph's opening, and what the follow-up asks in it (or, asked
                # what it says, "第二个具体怎么说的?", what follows the opening)
                asked = self._asked_in_paragraph(query, one)
                if not asked and _IN_DETAIL.search(query.text):
                    asked = _after(self.searcher.snap, one, MAX_BODY_SENTENCES - 1)
                return self._with_passages([one, *asked])
            part = nth(self._summarised(query.previous), query.ordinal)
            if part is not None:  # "第二部分呢?" after "篇七讲了什么": its part two
                return self._part_with_points(query.previous[0].speech, part)
            stepped = self._listing_stepped(query)
            listing = stepped or self.structure.listing_for(query.previous)
            if listing is not None and not stepped:
                listing = self._listing_called(query, listing)
            opened = sum(any(opens(i, q.start) for q in query.previous)
                         for i in listing.items) if listing is not None else 0
            if (listing is not None and len(listing.items) < query.ordinal
                    and (opened < 2 or not query.names_item)):
                # "number four" after an answer quoting one of the first team's three points
                # ("一要…"), not the three as a list: the list of teams counts that far (and
                # the antecedent's own number, "第七条讲的是什么?" then "档案资料那块…?",
                # counts the list its item is in, not the item's points)
                listing = self.structure.enclosing(listing, query.ordinal) or listing
            # (by its marker: "(六)" where the scrape lost "(四)")
            item = (self._numbered(listing.items, query.ordinal) if listing is not None
                    else None)
            # (the points shown under the item asked before are not what a step from it counts)
            shown = None if stepped else self._shown_item(query.previous, query.ordinal)
            if shown is not None and (item is None or not item.start <= shown.start < item.end):
                # the outline counts another list, or counts this one from an item the
                # scrape lost: the item shown with that number
                item = next((n for n in listing.items if n.start <= shown.start < n.end),
                            None) if listing is not None else None
                if item is None:
                    return self._with_passages([shown])
            if listing is not None and item is not None:
                described = self._described(query, listing, item)
                points = (self.structure.items_of(listing.speech, described)
                          if described is not item else [])
                point = nth(points, query.ordinal)
                if point is not None:
                    # an item named by its words, the ordinal counting inside it ("那“实业兴村”
                    # 里头排第一的任务是什么?": its "一是要壮大村级集体经济。")
                    return self._item_quotes(
                        query, Listing(listing.speech, described, tuple(points)), point)
                return self._item_quotes(query, listing, described)
            one = nth(self._parallel_shown(query.previous, _parallel_siblings), query.ordinal)
            if one is not None:
                return self._with_passages([one])
            one = self._opening_stepped(query)
            if one is not None:
                return self._with_passages([one, *self._asked_in_paragraph(query, one)])
        return []

    def _listing_called(self, query: Query, listing: Listing) -> Listing:
        """The list a follow-up's ordinal counts by the word its items open with ("那第二个
        强化是啥?" of "第一,强化“支部带村”…" "第二,强化“实业兴村”…"): `listing` or the one
        around it whose items all open so, when `listing`'s do not ("二是确立和强化…", the
        points of item one the answer before quoted)."""
        m = _ORDINAL_CALLED.search(query.text)
        if m is None:
            return listing
        word = m.group(1)
        around: Listing | None = listing
        seen: list[OutlineNode] = []
        while around is not None and not any(around.node is n for n in seen):
            if len(around.items) >= 2 and all(i.heading.startswith(word) for i in around.items):
                return around
            seen.append(around.node)
            around = self.structure.listing_holding(around.speech, around.node.start)
        return listing

    def _listing_stepped(self, query: Query) -> Listing | None:
        """The list a follow-up counts on in when the question before asked an item of it by
        number and the answer opened with that item ("第三支选派干部队伍以什么为重点?" answered
        by "第三,以高标准严要求为重点,…" and its own points, then "第四支是怎么抓的?"): that
        list, not the points quoted under its item."""
        if (not query.step_from or query.step_from == query.ordinal
                or not _counts_alike(query)):
            return None
        first = query.previous[0]
        listing = self.structure.listing_at(first.speech, first.start, inside=True,
                                            opening=False)
        item = nth(listing.items, query.step_from) if listing is not None else None
        return listing if item is not None and opens(item, first.start) else None

    def _opening_stepped(self, query: Query) -> Passage | None:
        """A follow-up stepping on from the item the question before asked by number, when
        the answer quoted only from inside that item's paragraph, one of paragraphs opening
        alike ("The first one is the lesson of history, right?" answered by "“以史为鉴,可以知
        兴替。”", of "这是历史的昭示:…"; then "And the second one?"): the opening of the
        paragraph with the number now asked ("这是时代的要求:…")."""
        if (not query.step_from or not query.ordinal or query.step_from == query.ordinal
                or not _counts_alike(query)):
            return None
        # (the answer's first quote, whatever it quoted after: "“以史为鉴,可以知兴替。”" then
        # "我们必须以史为鉴,…" further on)
        first = query.previous[0]
        run = _parallel_openings(first, self.searcher.snap)[0]
        own = nth(run, query.step_from)
        if own is None or own.paragraph != first.paragraph:
            return None
        return nth(run, query.ordinal)

    def _inline_item(self, query: Query) -> Query | None:
        """A follow-up naming by its place one of a series the answer before quoted within a
        sentence, summed up by the counted term the question before asked about ("“五大载体”
        是哪五个?" answered by "…、为民服务全程代理和党员承诺制“五大载体”建设", then "参加
        第四个的党员能争当什么?"): the question about that item, searched in its speech."""
        if (query.english or not query.follow_up or not query.ordinal or not query.previous
                or not query.history):
            return None
        listing = self.structure.listing_for(query.previous)
        if listing is not None and sum(any(opens(i, q.start) for q in query.previous)
                                       for i in listing.items) >= 2:
            return None  # the answer showed a list's items: the ordinal counts those
        if _BARE_ORDINAL.match(query.text):
            return None  # the item itself asked ("那第二个方面呢?"): `_inline_asked`
        for quote in query.previous:
            for term in _counted_terms(query.history[-1]):
                item = nth(inline_series(quote.text, term), query.ordinal)
                if item is not None:
                    found = self.searcher.parse(query.text,
                                                search_text=with_item_named(query.text, item),
                                                speech=quote.speech)
                    return replace(found, ordinal=None, names_item=False)
        return None

    def _inline_rest(self, query: Query) -> list[tuple[Passage, Passage]]:
        """The others of a series listed within a sentence, of which the answer before quoted
        one item alone ("深入开展“便民服务代理”" of "…“便民服务代理”、“…”、“首问负责制”三项
        工作", then "那另外两项呢?"): their spans."""
        quote = query.previous[0]
        sentence = self.structure.sentence_at(quote.speech, quote.start)
        if sentence is None or len(quote.text) >= len(sentence.text):
            return []
        for term in [*(t for h in query.history for t in _counted_terms(h)),
                     *_counted_terms(sentence.text)]:
            items = inline_series(sentence.text, term)
            if sum(i in quote.text for i in items) != 1:
                continue
            found = [(at, at + len(i)) for i in items
                     if i not in quote.text and (at := sentence.text.find(i)) >= 0]
            if found:
                # (one span from the first to the last: a sentence is quoted once)
                start, end = min(a for a, _ in found), max(b for _, b in found)
                return self._with_passages([_span(sentence, start, sentence.text[start:end])])
        return []

    def _item_naming(self, span: Passage) -> Passage | None:
        """The opening of the item, in the list the span's sentence leads into, that names
        the thing the span does ("大学生村官" of "…选派干部、大学生村官和农村党员队伍这五支队伍
        建设,…" → "为重点,全面加强大学生村官队伍建设。"): what it says of it, not its name alone."""
        listing = self.structure.listing_at(span.speech, span.start, inside=True)
        if listing is None:
            return None
        openings = [o for item in listing.items
                    if (o := self.structure.sentence_at(listing.speech, item.start)) is not None]
        naming = [o for o in openings if span.text in o.text]
        return naming[0] if len(naming) == 1 else None

    def _inline_asked(self, query: Query) -> Passage | None:
        """The span of the item a follow-up asks by its place of a series the answer before
        quoted within a sentence: listed after counting that many of the kind it names ("那第二
        个目的是啥?" after "…的目的主要有三个,即A、B、C。"), or, the item itself asked ("那第二
        个方面呢?"), summed up by the counted term the question before asked about ("…围绕“转变
        职能”、“提高效率”、…、“优化环境”五个方面…")."""
        sentences = [s for q in query.previous
                     if (s := self.structure.sentence_at(q.speech, q.start)) is not None]
        kind = m[1] if (m := _ORDINAL_KIND.search(query.text)) else ""
        for sentence in sentences if kind else ():
            one = nth(counted_inline(sentence, kind), query.ordinal or 0)
            if one is not None:
                return one
        if not (query.history and (_BARE_ORDINAL_EN if query.english else _BARE_ORDINAL
                                   ).match(query.text)):
            return None
        counted_before = items_asked(query.history[-1]) if query.english else None
        for sentence in sentences:
            # (or by the sentence itself, of the kind the question names: "…“优化环境”五个
            # 方面…" after "从哪几个方面去找的?", then "第四个方面是啥?"; in English, as many
            # as the question before asked: "…three pieces of work…" then "What's the second
            # one?")
            terms = _counted_terms(query.history[-1]) or [
                t for t in _counted_terms(sentence.text)
                if (kind and t.endswith(kind)) or (
                    counted_before is not None
                    and chinese_number(t[0].replace("两", "二")) == counted_before)]
            for term in terms:
                item = nth(inline_series(sentence.text, term), query.ordinal or 0)
                at = sentence.text.find(item) if item is not None else -1
                if item is not None and at >= 0:
                    return _span(sentence, at, item)
        return None

    def _item_beside(self, query: Query) -> list[tuple[Passage, Passage]]:
        """"下一条呢?" / "它前头那条呢?": the item after or before the one the previous answer
        quoted first (with its points or not): of the list whose item its first quote opens,
        else of the list it quoted from, when its quotes fall in one item of it."""
        if query.step_from is not None and query.step_from > 0:
            # unnumbered items quoted under their lead-in ("即:强化规则制定权,…;强化议事
            # 提名权,…"): the one after the place the question before named
            one = nth(self._parallel_listing(query.previous), query.step_from + query.step)
            if one is not None:
                return self._with_passages([one])
        first = query.previous[0]
        # (a quote from deep in one item's body, "少数单位班子成员不够团结,…" of "第三,班子的
        # 不团结…": the list that item is one of)
        listing = (self.structure.listing_at(first.speech, first.start, inside=True,
                                             opening=False)
                   or self.structure.listing_for(query.previous)
                   or self.structure.listing_holding(first.speech, first.start))
        if listing is None:
            return []
        opened = [i for i, item in enumerate(listing.items) if opens(item, first.start)]
        shown = set(opened) or {i for i, item in enumerate(listing.items) for q in query.previous
                                if q.speech == listing.speech and item.start <= q.start < item.end}
        if len(shown) != 1:
            return []
        at = shown.pop() + query.step
        if not 0 <= at < len(listing.items):
            return []
        return self._item_quotes(query, listing, listing.items[at])

    def _item_quotes(self, query: Query, listing: Listing, item: OutlineNode
                     ) -> list[tuple[Passage, Passage]]:
        """One item of a list: what in it a follow-up asks about ("那第三个具体怎么做?"), or
        in the one of its points the follow-up names; else its own points if it has them
        ("第二部分呢?"), else its opening sentences. (A first question's words describe the
        list, not a part of the item.)"""
        plain = self._item_with_points(listing.speech, item)
        points = self.structure.items_of(listing.speech, item)
        asked = nth(points, query.item_of_part) if query.item_of_part else None
        if query.follow_up and asked is not None:
            # "第三个强化里第一条措施是什么?": that point of the item
            return self._item_with_points(listing.speech, asked)
        if query.follow_up:
            # (an item with points of its own is read to its end: "第三支队伍那块,省里一把手
            # …去哪儿调研了?" is asked of a sentence deep in that part, not of its points;
            # "中间那条底下分了几项活儿?" is asked of its points, "第四支队伍将来的出路有哪几
            # 条?" of a sentence saying 出路: a count is asked there only by the item's own words)
            reach = MAX_SECTION_SENTENCES if len(points) >= 2 else MAX_ITEM_SENTENCES
            counted = bool(points) and query.counts_items
            within = self._within_item(query, listing.speech, item, reach,
                                       {s.start for s, _ in plain}, literal=counted)
            if within:
                return within
        if query.follow_up and not (points and query.counts_items):
            # or of the one of its points it names ("第二个里头,…让集体经济壮大的路子?" of
            # "一是要壮大村级集体经济。"): what it asks there, else that point with its opening
            opening = self.structure.sentence_at(listing.speech, item.start)
            words = _asked_words(query, opening.text if opening is not None else "")
            named = [p for p in points if words and self._opening_holds(listing.speech, p, words)]
            if len(named) == 1:
                point = self._item_with_points(listing.speech, named[0])
                return self._within_item(query, listing.speech, named[0], MAX_ITEM_SENTENCES,
                                         {s.start for s, _ in point}) or point
        return plain

    def _item_with_points(self, speech: int, item: OutlineNode, whole: bool = False
                          ) -> list[tuple[Passage, Passage]]:
        """An item quoted with its own points' openings if it has them, else with the
        sentences that open it (`whole`: all it holds, for a list question, up to
        `MAX_LIST_ITEMS`)."""
        points = self.structure.items_of(speech, item)
        if len(points) >= 2:
            return self._quote_items(speech, (item, *points), 1)
        series = [] if whole else self._series_in(speech, item)
        if series:
            return self._with_passages(series)
        return self._quote_items(speech, (item,), MAX_LIST_ITEMS if whole else MAX_BODY_SENTENCES)

    def _series_in(self, speech: int, item: OutlineNode) -> list[Passage]:
        """An item with no numbered points whose points are a series of sentences in parallel
        form after its opening ("二要以创新的载体来推动。" then "…要创新党员教育载体,…" "要创新
        “三级联创”活动载体,…" "要创新培训工作载体,…"): its opening and that series."""
        sentences = self.structure.item_sentences(speech, item, MAX_SECTION_SENTENCES)
        for s in sentences[1:]:
            series = _parallel_siblings(s, self.searcher.snap)
            if series and all(item.start <= p.start < item.end for p in series):
                return [sentences[0], *(p for p in series if p.start > sentences[0].start)]
        return []

    def _described(self, query: Query, listing: Listing, item: OutlineNode) -> OutlineNode:
        """The item a follow-up describes, over the one its position names when they differ
        ("最后那条搞公开的" where the last item is not the one about 公开): the only item
        whose opening holds a word of the follow-up, when the positional one holds none."""
        # (the ordinal's own word is none: "排第一的" of "第一,强化“支部带村”…")
        # (nor an item it tells as another's neighbour: "“支部带村”后面的第二条")
        told = _told_words(query)
        words = [w for w in query.text_words if len(w) >= 2 and asked_ordinal(w) is None
                 and not _ORDINAL_WORD.fullmatch(w) and w not in told]
        if not words or _INSIDE_NTH.search(query.text) or self._opening_holds(
                listing.speech, item, words):
            return item  # (asked inside the item named: "第三个里面,…和哪些组织对应着设?")
        # (not by a word of the lead-in: "第三个方面呢?" of "…从以下四个方面来理解:一是…"
        # names the list's kind, which item one's sentence holds with the lead-in)
        words = [w for w in words if w not in listing.node.heading]
        return (self._only_described(listing, words) if words else None) or item

    def _only_described(self, listing: Listing, words: Sequence[str]) -> OutlineNode | None:
        """The one item of the list whose opening holds any of `words`, if only one does."""
        described = [node for node in listing.items
                     if self._opening_holds(listing.speech, node, words)]
        return described[0] if len(described) == 1 else None

    def _opening_holds(self, speech: int, node: OutlineNode, words: Sequence[str]) -> bool:
        """Whether the item's opening sentence holds any of `words`."""
        opening = self.structure.sentence_at(speech, node.start)
        return opening is not None and any(w in opening.text for w in words)

    def _within_item(self, query: Query, speech: int, item: OutlineNode, reach: int,
                     shown: Collection[int], literal: bool = False
                     ) -> list[tuple[Passage, Passage]]:
        """What a follow-up asks within the item it names ("第二条讲载体的那个,社区这块打算
        怎么弄?"): the item's opening, then its sentences (up to `reach`) holding the rarest
        words of the follow-up the opening does not; empty when none does, or when the best
        is one the item's plain quote (sentences starting at `shown`) shows anyway."""
        body = self.structure.item_sentences(speech, item, reach)
        if len(body) <= MAX_BODY_SENTENCES:
            return []
        opening = body[0]
        words = _asked_words(query, opening.text, literal)
        # those holding the rarer words first ("站点" over "时间"); when the best is among
        # the sentences the item's plain quote shows, that quote
        idf = self.searcher.snap.bm25_sentences.idf
        held = {s.start: sum(idf(w) for w in words if w in s.text) for s in body[1:]}
        # (a detail asked, "那第三支队伍现在一届干几年?", is given where the item gives it:
        # "第四批选派干部任期缩短为两年")
        giving = ({s.start for s in body[1:] if missing_detail(query, [s], {}) is None}
                  if any(need in _DETAILS for need in query.asks) else set())
        found = sorted((s for s in body[1:] if held[s.start] > 0 or s.start in giving),
                       key=lambda s: (s.start not in giving, -held[s.start])
                       )[:MAX_BODY_SENTENCES - 1]
        if not found or found[0].start in shown:
            return []
        listed = _follow_list(found[0], self.searcher.snap) if query.asks_list else []
        if listed and _enumeration_label(listed[0].text) == 1:
            # (a list asked where the best announces one: "…要从哪几个方面抓?" at "当前,重点
            # 要从四个方面抓好村级班子建设。", then "一是…" "二是…")
            return self._with_passages([opening, found[0], *listed])
        if query.asks_list:
            # (a list asked, "要加强哪些方面的学习?": the run of clauses after the best that
            # say its rarest word too, "…;加强经济工作…的学习,…;加强民主政治…")
            top = max((w for w in words if w in found[0].text), key=idf, default="")
            after = takewhile(lambda s: bool(top) and top in s.text,
                              (s for s in body[1:] if s.start > found[0].start))
            found = list({s.start: s for s in (*found, *after)}.values())[:MAX_LIST_ITEMS]
        return self._with_passages([opening, *sorted(found, key=lambda s: s.start)])

    def _part_about(self, speech: int, question: str) -> OutlineNode | None:
        """The top-level part of the speech the question names by its subject ("关于产业园区
        党建的部分": "一、…以改革创新精神推进产业园区党的建设")."""
        about = _PART_ABOUT.search(question)
        # (in the question's words or the speeches' own: "讲村子那一大块" is the part on 农村)
        said = [about.group(1), *in_official_words(about.group(1))] if about else []
        asked = [pairs for words in said if (pairs := set(cjk_bigrams(words)))]
        # asking for its points ("…,从哪几个方面作了部署?"), not for things in it
        # ("…,要求大家增强哪几种“感”,又要拿哪几样…?"), up to its question mark (what follows
        # it asks no more: "…?三个都要")
        rest = _CJK_RUN.findall(re.split(r"[?？]", question[about.end():])[0]) if about else []
        if not asked or len("".join(rest)) > PART_ASKED_CHARS or QUOTED.search(question):
            return None
        parts = self.structure.top_level(speech)
        shares = [max(len(pairs & set(cjk_bigrams(p.heading))) / len(pairs) for pairs in asked)
                  for p in parts]
        best = max(shares, default=0.0)
        if best < PART_ABOUT_SHARE or shares.count(best) > 1:
            return None
        return parts[shares.index(best)]

    def _item_headed(self, speech: int, part: OutlineNode, question: str) -> OutlineNode | None:
        """The one item of `part` whose heading, without its marker, the question names in
        full or by its first `SECTION_NAMED` characters and more ("“五要突出抓好党建阵地建设”",
        "在突出抓好村级班子建设时")."""
        named = []
        for item in self.structure.items_of(speech, part):
            words = re.split(r"[。,，;；:：!！]", item.heading[len(item.marker):].strip())[0]
            if len(words) >= SECTION_NAMED and words[:SECTION_NAMED] in question:
                named.append(item)
        return named[0] if len(named) == 1 else None

    def _summarised_speech(self, query: Query) -> int | None:
        """The one speech a question read off the outline is of: the one it names or is kept
        to, else the one its place or meeting names."""
        speech = query.speech if query.speech is not None else query.speech_filter
        if isinstance(speech, tuple):  # a filter on several speeches: summarise one only
            speech = speech[0] if len(speech) == 1 else None
        if speech is None and query.asks_summary:  # "京口那篇讲了什么": the one speech about it
            speech = self._one_speech_named(query)
        return speech

    def _part_lacking(self, query: Query) -> tuple[int, OutlineNode, int] | None:
        """The speech, the part and how many points it marks, when a question asks for a point
        of a part by a number none of them is marked with ("沙雅讲话第二部分第(四)条" where the
        points run (一)(二)(三)(五)): with every marker there, no point stands in its place."""
        # (a number, not the last or middle one: those are where they are)
        if not (query.asks_summary and query.ordinal and query.item_of_part
                and query.item_of_part > 0):
            return None
        speech = self._summarised_speech(query)
        if speech is None or not _keeps_to(query, speech):
            return None
        part = self.structure.part(speech, query.ordinal)
        if part is None:
            return None
        items = self.structure.items_of(speech, part)
        if (len(items) < 2 or any(i.ordinal < 1 for i in items)
                or any(i.ordinal == query.item_of_part for i in items)):
            return None
        return speech, part, len(items)

    def _part_missing(self, query: Query) -> int | None:
        """The speech named, when the question asks for a part of it by a number beyond the
        parts its outline holds."""
        if not (query.asks_summary and query.part_number):
            return None
        speech = self._summarised_speech(query)
        if speech is None or not _keeps_to(query, speech):
            return None
        return speech if query.part_number > len(self.structure.top_level(speech)) else None

    @staticmethod
    def _numbered(items: Sequence[OutlineNode], number: int) -> OutlineNode | None:
        """The item marked with `number` ("(七)"), else the one in that place (a marker the
        scrape lost shifts the places, not the numbers)."""
        return next((i for i in items if i.ordinal == number), None) or nth(items, number)

    def _last_part_of_size(self, speech: int, size: int | None) -> OutlineNode | None:
        """The speech's last part, when its close lists no points of its own (`lists_at`) and
        the part has `size` points (two or more, if None)."""
        parts = self.structure.top_level(speech)
        if len(parts) < 2 or self.scorer.lists_at(speech, "closing"):
            return None
        found = len(self.structure.items_of(speech, parts[-1]))
        return parts[-1] if (found == size if size else found >= 2) else None

    def _part_with_points(self, speech: int, part: OutlineNode) -> list[tuple[Passage, Passage]]:
        """A part of a speech quoted by its opening, then each of its points' openings."""
        return [*self._part_openings(speech, (part,)),
                *self._quote_items(speech, self.structure.items_of(speech, part), 1)]

    def _summarised(self, previous: Sequence[Passage]) -> list[OutlineNode]:
        """The speech's parts, when the previous answer quoted exactly their openings (it was
        a summary, parts whose markers the scrape lost included)."""
        speech = previous[0].speech
        parts = self.structure.top_level(speech)
        opening = [self.structure.sentence_at(speech, p.start) for p in parts]
        # (a long opening is quoted trimmed: the quote lies within the sentence; a bare
        # lead-in is quoted with the sentence before it, and the sentence counting the parts
        # may come first)
        same = len(parts) >= 2 and len(parts) <= len(previous) <= len(parts) + 1 and all(
            s is not None and any(q.speech == speech and (s.start <= q.start < s.end
                                                          or q.start <= s.start < q.end)
                                  for q in previous)
            for s in opening)
        return parts if same else []

    def _shown_item(self, previous: Sequence[Passage], ordinal: int) -> Passage | None:
        """Item `ordinal` of the numbered items the previous answer showed ("一是…" to
        "五是…"), whole: what the user counts, even where the outline runs that list into
        others whose headings the scrape lost ("()工程竣工档案规范。")."""
        families: dict[str, dict[int, Passage]] = {}  # by marker form: "N是", "第N,"
        for quote in previous:
            label = _enumeration_label(quote.text)
            m = _ENUM.match(quote.text)
            if label is not None and m is not None:
                form = re.sub(rf"[{CHINESE_LABELS}\d]+", "N", m.group(0))
                families.setdefault(form, {}).setdefault(label, quote)
        # numbered in a run, from one or from where the scrape lost the first ("二要…",
        # "三要…": "第三条" is the one labelled three)
        # (or with one the scrape lost on the way, "(三)", "(五)": "第六条" is the one
        # labelled six, as the user reads it)
        counted = [f for f in families.values()
                   if len(f) >= 2 and max(f) - min(f) + 1 - len(f) <= _LOST_LABELS]
        if len(counted) != 1:  # none, or two lists shown (parts and their points): ambiguous
            return None
        labelled = counted[0]
        whole = sorted(labelled) == list(range(1, len(labelled) + 1))
        item = (nth([labelled[n] for n in sorted(labelled)], ordinal) if whole
                else labelled.get(ordinal, labelled[max(labelled)] if ordinal == LAST else None))
        return None if item is None else self.structure.sentence_at(item.speech, item.start)

    def _parallel_listing(self, previous: Sequence[Passage], asked: int | None = None
                          ) -> list[Passage]:
        """The unnumbered items a previous answer quoted under their lead-in ("即:强化规则制定权,
        …;" "强化议事提名权,…;" "强化执行监督权,…"), in order: what its "the second one" counts;
        or quoted only the one `asked` by its number ("Start with the first.")."""
        # (or under the heading quoted first: "二是确立和强化村党组织“三项权力”。" "…即:强化
        # 规则制定权,…;" "强化议事提名权,…;")
        headed = len(previous) > 2 and is_headline(previous[0].text, HEADLINE_MAX_CHARS)
        for quote in previous[: 2 if headed else 1]:
            lead = self.structure.sentence_at(quote.speech, quote.start)
            if lead is None:
                continue
            items = _parallel_items(lead.text, _after(self.searcher.snap, lead))
            if items and _INTRODUCES.search(lead.text):  # "即:" opens the first item itself
                items = [lead, *items]
            items = items or _inline_items(lead)
            shown = [n for n, item in enumerate(items, 1) if _shown([item], previous)]
            if len(shown) >= 2 or (asked and shown == [asked]):
                return items
        return []

    def _counted_body(self, previous: Sequence[Passage]) -> list[Passage]:
        """The sentences quoted after a heading that counts them ("三是健全“三项制度”。" then
        its three sentences, each a system): what "第一项" of that answer counts."""
        if len(previous) < 3 or not is_headline(previous[0].text, HEADLINE_MAX_CHARS):
            return []
        head = self.structure.sentence_at(previous[0].speech, previous[0].start)
        if head is None or self._introduces_list(head):
            return []  # a lead-in: the outline counts its items ("…做到“六规范”,即:…")
        body = [self.structure.sentence_at(q.speech, q.start) for q in previous[1:]]
        in_order = all(a.speech == b.speech and a.start < b.start
                       for a, b in pairwise(previous))
        found = [s for s in body if s is not None]
        return (found if in_order and len(found) == len(body)
                and announced_count(previous[0].text) == len(body) else [])

    def _asked_in_paragraph(self, query: Query, opening: Passage) -> list[Passage]:
        """The sentence of the paragraph `opening` opens that a follow-up about it asks for:
        the words it quotes from someone, when asked for them ("引用了谁的话?"), else the one
        holding the rarest of the follow-up's own words ("概括了几个挑战?"); none when no
        sentence past the opening holds any."""
        body = [s for s in self.searcher.snap.paragraph_sentences.get(
            (opening.speech, opening.paragraph), []) if s.passage_id != opening.passage_id]
        if _asks_quote(query):
            quoting = next((s for s in body if _quotes_someone(s.text)), None)
            return [quoting] if quoting is not None else []
        idf = self.searcher.snap.bm25_sentences.idf
        words = [w for w in self.scorer.own_words(query) if w not in opening.text]
        held = {s.passage_id: sum(idf(w) for w in words if w in s.text) for s in body}
        # (the first of those holding the most)
        top = max(body, key=lambda s: held[s.passage_id], default=None)
        return [top] if top is not None and held[top.passage_id] > 0 else []

    def _paragraph_opened_by(self, query: Query) -> Passage | None:
        """The one sentence (of the speeches named, if any) holding a term the question quotes
        that opens its paragraph ("改革要配套,增强凝聚力。"), if there is exactly one."""
        about = self._speeches_named(query)
        snap = self.searcher.snap
        openings = [s for s in snap.sentences_with(query.quoted)
                    if (about is None or s.speech in about)
                    and (first := snap.paragraph_sentences.get((s.speech, s.paragraph)))
                    and first[0].passage_id == s.passage_id]
        return openings[0] if len(openings) == 1 else None

    def _parallel_shown(self, previous: Sequence[Passage],
                        run_of: Callable[[Passage, IndexSnapshot], list[Passage]]
                        ) -> list[Passage]:
        """The run in parallel form a previous answer quoted two or more of, found by `run_of`
        from its first or second quote (a first item may open with its occasion: "针对…问题,
        要创新…"), in order: the sentences of a paragraph (`_parallel_siblings`: "要突出重点抓
        落实,…;" "要因地制宜抓落实,…"), when no outline list holds them, or the openings of
        paragraphs (`_parallel_openings`: "这是历史的昭示:…" "这是时代的要求:…")."""
        for quote in previous[:2]:
            sentence = self.structure.sentence_at(quote.speech, quote.start)
            items = run_of(sentence, self.searcher.snap) if sentence is not None else []
            if _shown(items, previous) >= 2:
                return items
        return []

    def _speech_asked_of(self, query: Query) -> set[int]:
        """The speech a question about a speech itself asks of: the one it names, else in a
        conversation the one just quoted."""
        return ({query.speech} if query.speech is not None
                else self._speeches_named(query)
                or ({p.speech for p in query.previous} if query.follow_up else set()))

    def _naming_its_place(self, speech: int) -> list[Passage]:
        """The first sentence of a speech naming the place its profile gives, if any: its
        full name ("耒阳市") before the bare one ("耒阳")."""
        text = self.searcher.snap.speeches.get(speech)
        place = text.place if text is not None else None
        return self._first_naming(speech, (place, bare_place(place)) if place else ())

    def _stating_its_task(self, speech: int) -> list[Passage]:
        """The sentence of a speech's opening paragraphs saying what its meeting is for, if
        any."""
        snap = self.searcher.snap
        return next(([s] for paragraph in range(1, TASK_PARAGRAPHS + 1)
                     for s in snap.paragraph_sentences.get((speech, paragraph), [])
                     if _TASK_STATED.search(s.text)), [])

    def _naming_its_occasion(self, speech: int) -> list[Passage]:
        """The first sentence of a speech naming the meeting its profile gives, if any."""
        text = self.searcher.snap.speeches.get(speech)
        occasion = text.occasion if text is not None else None
        return self._first_naming(speech, (occasion,) if occasion else ())

    def _first_naming(self, speech: int, names: Sequence[str]) -> list[Passage]:
        """The first sentence of a speech holding a name, the first name first."""
        snap = self.searcher.snap
        text = snap.speeches.get(speech)
        sentences = [s for paragraph in range(1, len(text.paragraphs) + 1 if text else 1)
                     for s in snap.paragraph_sentences.get((speech, paragraph), [])]
        return next(([s] for name in names for s in sentences if name in s.text), [])

    def _opening(self, speech: int) -> list[Passage]:
        """The first sentences of a speech, past a salutation ("同志们:") not indexed."""
        snap = self.searcher.snap
        text = snap.speeches.get(speech)
        for paragraph in range(1, len(text.paragraphs) + 1 if text is not None else 1):
            sentences = snap.paragraph_sentences.get((speech, paragraph), [])
            if sentences:
                return sentences[:MAX_BODY_SENTENCES]
        return []

    def _part_openings(self, speech: int, parts: Sequence[OutlineNode]
                       ) -> list[tuple[Passage, Passage]]:
        """Each part's opening sentence; a part opening with a bare lead-in ("主要体现在以下几
        个方面:") with the sentence before it, which says what the part is about ("近几年来,
        …取得了明显成效。")."""
        chosen: list[Passage] = []
        for part in parts:
            opening = self.structure.item_sentences(speech, part, 1)
            if (part.kind == "lead_in" and opening and len(opening[0].text) <= BARE_LEAD_IN
                    and is_lead_in(opening[0].text)):
                chosen += _before(self.searcher.snap, opening[0])
            chosen += opening
        return self._with_passages(chosen)

    def _quote_items(self, speech: int, items: Sequence[OutlineNode], sentences: int,
                     explained: bool = False) -> list[tuple[Passage, Passage]]:
        """The opening `sentences` of each item, each with the passage it is cited from;
        `explained`: an item opening with a bare heading ("一是拓展教育手段。") with the
        sentence that says what it means, as a list's answer needs."""
        chosen: list[Passage] = []
        for item in items:
            opening = self.structure.item_sentences(speech, item, sentences + 1)
            bare = bool(opening) and explained and is_headline(opening[0].text,
                                                                ITEM_HEADING_CHARS)
            chosen += opening[: sentences + 1 if bare else sentences]
        return self._with_passages(chosen)

    def _parallel_rest(self, query: Query, chosen: list[tuple[Passage, Passage]]
                       ) -> list[tuple[Passage, Passage]]:
        """For a list question asking more things than the quotes hold, when the first two
        are sentences in parallel form ("这是历史的昭示:只有加强基层党建工作,…" "这是时代的要求:
        只有加强基层党建工作,…"): the speech's other sentences in that form, in order, up to
        the count asked ("这是现实的选择:只有加强基层党建工作,…")."""
        asked = query.list_size or counted_before_each(query.text)
        if not query.asks_list or asked is None or not 2 <= len(chosen) < asked:
            return chosen
        first, second = chosen[0][0], chosen[1][0]
        prefix = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1],
                                          zip(first.text, second.text, strict=False)))
        shared = _longest_run(first.text[prefix:], second.text[prefix:])
        if first.speech != second.speech or prefix < PARALLEL_PREFIX or len(shared) < PARALLEL_RUN:
            return chosen
        quoted = {s.passage_id for s, _ in chosen}
        found = [s for (speech, _), sentences in sorted(self.searcher.snap.paragraph_sentences
                                                        .items())
                 if speech == first.speech for s in sentences
                 if s.passage_id not in quoted and s.text.startswith(first.text[:prefix])
                 and shared in s.text]
        if not found or len(found) + len(chosen) > asked:
            return chosen
        return sorted([*chosen, *self._with_passages(found)], key=lambda c: c[0].start)

    def _unnumbered_rest(self, query: Query, chosen: list[tuple[Passage, Passage]]
                         ) -> list[tuple[Passage, Passage]]:
        """For a list question, the run of unnumbered items in a quote's paragraph that the
        quote leads into or opens ("抓好落实,既有责任心的问题,也有工作方法的问题。" then
        "要突出重点抓落实,…;" "要因地制宜抓落实,…;" "要搞好试点抓落实,…;" …): three or
        more sentences in a row whose short first clauses open alike and share a run of words,
        when the quotes hold only some of it (of the count asked, if any). Unlike
        `_term_series` (`_alike_run`), it needs no term quoted by the question: the run's own
        shared words are found by `_alike_from`; or, as many as asked, items each a short
        sentence heading one of body that the quote leads into (`_alike_heads`)."""
        if not query.asks_list or not chosen:
            return chosen
        snap = self.searcher.snap
        quoted = {s.passage_id for s, _ in chosen}
        for quote, _ in chosen:
            para = snap.paragraph_sentences.get((quote.speech, quote.paragraph), [])
            at = next((i for i, x in enumerate(para) if x.passage_id == quote.passage_id), None)
            if at is None:
                continue
            for start in range(at, min(at + RUN_AFTER + 1, len(para))):
                run = _alike_from(para, start)
                if (len(run) < ALIKE_ITEMS and start == at + 1 and query.list_size
                        and not query.english
                        and not _repeats_frame(query.text, quote.text, query.list_size)):
                    # (headed items the quote leads into, as many as asked: not ones it heads,
                    # nor when it ends as many clauses with the question's words, answering
                    # itself: "哪三组内容紧密联系起来?" of "要把…紧密联系起来,把…,…")
                    run = _alike_heads(para, start)
                if (len(run) >= ALIKE_ITEMS and any(x.passage_id not in quoted for x in run)
                        and query.list_size in (None, len(run))):
                    return self._inserted(chosen, run)
        return chosen

    def _under_point(self, query: Query, chosen: list[tuple[Passage, Passage]]
                     ) -> list[tuple[Passage, Passage]]:
        """For a question asking a point by its number ("…本事要过硬,头一条是要在哪方面带头?"),
        a first quote opening what that point, stated in one short sentence, means ("在基层
        工作,直接面对的是…" after "一要做学习上的先驱。"): after the point, which is what it
        asks."""
        if not chosen or query.follow_up or not query.ordinal:
            return chosen
        first = chosen[0][0]
        if _bare_point(first) or _enumeration_label(first.text):
            return chosen
        run = self.searcher.snap.paragraph_sentences.get((first.speech, first.paragraph), [])
        before = [s for s in run if s.start < first.start][-POINT_BODY_OPENING:]
        point = next((s for s in reversed(before) if _bare_point(s)), None)
        if (point is None or _enumeration_label(point.text) != query.ordinal
                or any(s.passage_id == point.passage_id for s, _ in chosen)):
            return chosen
        return [*self._with_passages([point]), *chosen]

    def _code_explained(self, query: Query, chosen: list[tuple[Passage, Passage]]
                        ) -> list[tuple[Passage, Passage]]:
        """A quote naming a numeric code ("按照“81145”的要求进行配置"), asked what it holds:
        with the sentences right after it that say what its figures stand for ("“8”是指…",
        "两个“1”是指活动场所外要有…"), which are what it holds."""
        if any(need is not Need.CONTENT for need in query.asks):
            return chosen
        explained: list[Passage] = []
        for quote, _ in chosen:
            explained += _code_parts(quote, _codes_quoted(quote.text), self.searcher.snap)
        return self._inserted(chosen, explained)

    def _saying_rest(self, chosen: list[tuple[Passage, Passage]]
                     ) -> list[tuple[Passage, Passage]]:
        """A saying quoted with the sayings right after it in its paragraph, of which it is
        the first line ("九层之台,起于垒土。" then "地基坚固,大厦稳固;" "基础不牢,地动山摇。")."""
        rest: list[Passage] = []
        for quote, _ in chosen:
            if _is_saying(quote.text):
                rest += takewhile(lambda s: _is_saying(s.text), _after(self.searcher.snap, quote))
        return self._inserted(chosen, list({s.passage_id: s for s in rest}.values()))

    def _speaker_before(self, query: Query, chosen: list[tuple[Passage, Passage]]
                        ) -> list[tuple[Passage, Passage]]:
        """For a question asking who said or judged something, a quote whose sentence leaves
        its speaker to the sentence before ("评价我市的创先争优活动:“…”" after "6月23日,省委
        创先争优活动督查组一行莅临耒阳,…") with that sentence."""
        return self._inserted(chosen, _speakers_before(self.searcher.snap, query.text,
                                                       [quote for quote, _ in chosen]))

    def _inserted(self, chosen: list[tuple[Passage, Passage]], more: Sequence[Passage]
                  ) -> list[tuple[Passage, Passage]]:
        """`chosen` with the sentences of `more` it does not quote yet, in the speech's order."""
        quoted = {s.passage_id for s, _ in chosen}
        added = self._with_passages([s for s in more if s.passage_id not in quoted])
        if not added:
            return chosen
        return sorted([*chosen, *added], key=lambda c: (c[0].speech, c[0].start))

    def _deeds_explained(self, query: Query) -> list[tuple[Passage, Passage]]:
        """A coined term counting deeds ("“四帮四促”"), of the question or the answer before,
        asked what they are ("具体帮什么、促什么?"): the sentence using it, then the one
        spelling them out."""
        shown = query.previous if query.follow_up else ()
        held = [*query.quoted, *(t for p in shown for t in QUOTED.findall(p.text))]
        terms = [t for t in dict.fromkeys(held) if _COUNTED_DEEDS.fullmatch(t)
                 and _deeds_asked(t, query.text)]
        if not terms:
            return []
        about = self._speeches_named(query) or ({p.speech for p in shown} or None)
        for x in self.searcher.snap.sentences_with(terms):
            if (about is not None and x.speech not in about) or (
                    self.constraints.about_another_place(query, x)):
                continue  # ("亮源乡…的“三亮三树”" where it is 导子乡's)
            term = next(t for t in terms if t in x.text)
            spelled = _deeds_spelled(term, x, self.searcher.snap)
            if spelled is not None:
                return self._with_passages(list(dict.fromkeys([x, spelled])))
        return []

    def _figure_explained(self, query: Query) -> list[tuple[Passage, Passage]] | None:
        """A figure of a numeric code asked about ("“321”模式里的“3”"; "那个“8”" after a quote
        of “81145”): the sentences after the code's saying what that figure stands for ("“8”
        是指…"), empty when none does; None when no figure of a code is asked. Only such a
        sentence says it: the list after "“321”模式,…采取送物资、送技术…" is not the “3”."""
        figures = [t for t in query.quoted if len(t) == 1 and t.isdigit()]
        if not figures:
            return None
        shown = query.previous if query.follow_up else ()
        # (or by the question before: "“81145”里的“8”…" answered by "“8”是指…" alone)
        asked = query.history[-1:] if query.follow_up else ()
        held = [*query.quoted, *(c for t in [*(p.text for p in shown), *asked]
                                 for c in QUOTED.findall(t))]
        codes = [c for c in dict.fromkeys(held)
                 if _CODE.fullmatch(c) and any(f in c for f in figures)]
        if not codes:
            return None
        about = self._speeches_named(query)
        explained = [
            s for x in self.searcher.snap.sentences_with(codes)
            if about is None or x.speech in about
            for s in _code_parts(x, codes, self.searcher.snap)
            if any(explains_part(f, s.text) for f in figures)]
        return self._with_passages(explained)

    def _point_of_quote(self, query: Query) -> list[tuple[Passage, Passage]]:
        """What the words just quoted from someone are cited to show ("他引这句话是想说明什么?"
        after "孙中山先生早就说过:“世界潮流,…”"): the claim their paragraph makes before them
        ("这是时代的要求:只有加强基层党建工作,…"), else the sentence after them."""
        found = self._quote_just_given(query) if query.asks_point else None
        if found is None:
            return []
        quote, run = found
        before = [s for s in run if s.end <= quote.start][-POINT_SENTENCES:]
        after = [s for s in run if s.start >= quote.end][:1]
        if sum(len(s.text) for s in before) <= POINT_HEADING_CHARS:
            # a bare heading before ("活动要经常化。") names the point; the sentence after
            # makes it ("组织生活是进行党性教育的课堂,…")
            return self._with_passages(before + after)
        return self._with_passages(before)

    def _words_quoted(self, query: Query) -> list[tuple[Passage, Passage]]:
        """A follow-up asking the very words of someone the answer before quoted ("他原话是
        怎么说的?" after "孙中山先生早就说过:“…”"): that sentence again, not another saying."""
        found = (self._quote_just_given(query)
                 if query.follow_up and _ASKS_OWN_WORDS.search(query.text) else None)
        if found is None:
            return []
        quote, run = found
        return self._with_passages([s for s in run if quote.start <= s.start < quote.end][:1])

    def _said_next(self, query: Query) -> list[tuple[Passage, Passage]]:
        """A follow-up asking what the speech says right after the words the answer before
        quoted ("它后面紧接着又打了什么比方?" after "基础不牢,地动山摇。"): the sentence after
        its last quote, in its paragraph or opening the next, and one more after a heading's
        few words."""
        if not (query.follow_up and query.previous and _ASKS_SAID_NEXT.search(query.text)):
            return []
        snap = self.searcher.snap
        speech = query.previous[0].speech
        last = max((p for p in query.previous if p.speech == speech), key=lambda p: p.end)
        following = [s for s in snap.paragraph_sentences.get((speech, last.paragraph), [])
                     if s.start >= last.end]
        following += snap.paragraph_sentences.get((speech, last.paragraph + 1), [])
        said = following[:1]
        if said and len(said[0].text) <= POINT_HEADING_CHARS:
            said = following[:2]
        return self._with_passages(said)

    def _quote_just_given(self, query: Query) -> tuple[Passage, list[Passage]] | None:
        """The passage the answer before quoted someone's words in, and the sentences of its
        paragraph, if it did."""
        quote = next((p for p in query.previous if _quotes_someone(p.text)), None)
        if quote is None:
            return None
        return quote, self.searcher.snap.paragraph_sentences.get(
            (quote.speech, quote.paragraph), [])

    def _framed_series(self, query: Query) -> list[tuple[Passage, Passage]]:
        """A question quoting how items open, cut short ("提了几个“要以创新的……”?"):
        the sentences of the speech asked that say those words, when two or more do, each in
        a sentence of its own (as numbered, "二要以创新的载体来推动。", or with the first lost
        to the scrape). Words repeated within one sentence ("什么时候都……") are its series."""
        speech = query.speech if query.speech is not None else query.speech_filter
        if query.ordinal or not isinstance(speech, int):
            return []
        frames = [m.group(1) for m in _CUT_SHORT.finditer(query.text)]
        found = [x for x in self.searcher.snap.sentences_with(frames) if x.speech == speech]
        return self._with_passages(found) if len(found) >= 2 else []

    def _named_paragraphs(self, query: Query, within: Evidence) -> list[tuple[Passage, Passage]]:
        """A list question naming its items in order ("讲班子、队伍、改革这三块分别要达到啥效
        果?"), answered in the best sentence's speech by paragraphs in a row that open with
        those names, no outline marker before them ("班子要配强,增强战斗力。" "队伍要配优,…"
        "改革要配套,…"): each paragraph's opening sentence, in order."""
        names = query.named_series
        if (not (query.asks_list or _ASKS_EACH.search(query.text)) or len(names) < 2
                or not within.scored):
            return []
        snap = self.searcher.snap
        speech = within.scored[0].sentence.speech

        def opener(paragraph: int, name: str) -> Passage | None:
            first = snap.paragraph_sentences.get((speech, paragraph), [])[:1]
            return first[0] if first and first[0].text.startswith(name) else None

        for s in snap.sentences_with(names[:1]):
            if s.speech != speech or opener(s.paragraph, names[0]) is not s:
                continue
            run = [opener(s.paragraph + i, n) for i, n in enumerate(names)]
            if all(run):
                return self._with_passages([o for o in run if o is not None])
        return []

    def _with_passages(self, sentences: Sequence[Passage]) -> list[tuple[Passage, Passage]]:
        out = []
        for s in dict.fromkeys(sentences):
            passage = self._passage_holding(s)
            if passage is not None:
                out.append((s, passage))
        return out

    def _mentions(self, terms: Sequence[str]) -> list[tuple[Passage, Passage]]:
        """"“双培双带”在哪几篇讲话中被提到?": the first sentence of every speech that uses the
        quoted term, searched exhaustively rather than among the top passages."""
        out: list[tuple[Passage, Passage]] = []
        seen: set[int] = set()
        for s in self._sentences_quoting(terms):
            if s.speech not in seen:
                passage = self._passage_holding(s)
                if passage is not None:
                    out.append((s, passage))
                    seen.add(s.speech)
        return out

    def _quoting_instead(self, query: Query, chosen: list[tuple[Passage, Passage]]
                         ) -> list[tuple[Passage, Passage]]:
        """A question quoting a term the speeches use ("那“三项工作”都是什么?") is answered
        where they use it: when no quote chosen holds the term, the sentences (of the speech
        named, if one is) that do, if there are at most two."""
        # (not one telling the item before the one asked: "“支部带村”之后第二条是啥")
        told = _told_words(query)
        terms = [t for t in _asked_of_speech(query, query.quoted)
                 if len(t) >= MIN_TERM_CHARS and not any(w in t for w in told)]
        # (any quoted term held will do: "“81145”…中的“8”" is answered by "“8”是指…")
        if not terms or any(t in q.text for t in query.quoted for q, _ in chosen):
            return chosen
        if chosen and _enumerates_kind(query, chosen[0][0]):
            return chosen  # the term sets the scene ("评“三级联创”…哪些部门"); this answers
        about = self._speeches_named(query)
        found = [x for x in self.searcher.snap.sentences_with(terms)
                 if about is None or x.speech in about]
        if chosen and any(self._heads(x, chosen[0][0]) or self._sets_the_scene(x, chosen[0][0])
                          for x in found):
            return chosen  # the term names the section quoted from ("“强化组织领导”部分…")
        if not 0 < len(found) <= MAX_QUOTING:
            return chosen
        # with the parts of a code spelled out after the one sentence using it
        parts = _code_parts(found[0], terms, self.searcher.snap) if len(found) == 1 else []
        return self._with_passages([*found, *parts])

    @staticmethod
    def _sets_the_scene(earlier: Passage, sentence: Passage) -> bool:
        """Whether `earlier` comes before `sentence` in its paragraph: the point or the
        circumstance it names ("在“工作要特色化”时…结合哪项特色工作" is answered by the
        sentences after "工作要特色化。", "驳斥了以“工作忙,人手不够”为由…的说法后,提出了哪几个
        “要”?" by the points after the sentence quoting it)."""
        return (earlier.speech == sentence.speech and earlier.paragraph == sentence.paragraph
                and earlier.start < sentence.start)

    def _heads(self, heading: Passage, sentence: Passage) -> bool:
        """Whether `heading` leads the list or section `sentence` is in."""
        led = self.structure.listing_at(heading.speech, heading.start, inside=True)
        return (led is not None and sentence.speech == heading.speech
                and opens(led.node, heading.start)
                and led.node.start <= sentence.start < led.node.end)

    def _sentences_quoting(self, terms: Sequence[str]) -> list[Passage]:
        """The sentences holding a term verbatim; failing that, those holding every item of a
        quoted list that the speeches word with more in between ("本职、失职、不称职" in
        "抓好党建工作是本职、不抓党建工作是失职、抓不好党建工作是不称职")."""
        snap = self.searcher.snap
        found = snap.sentences_with(terms)
        if found:
            return found
        for term in terms:
            items = [x for x in _LIST_SEPARATOR.split(term) if x.strip()]
            if len(items) > 1:
                found += [s for s in snap.sentences_with(items[:1])
                          if all(x in s.text for x in items[1:])]
        return sorted(found, key=lambda s: (s.speech, s.start))

    def _passage_holding(self, sentence: Passage) -> Passage | None:
        snap = self.searcher.snap
        pid = snap.parent.get(sentence.passage_id)
        return snap.passages[snap.passage_index[pid]] if pid in snap.passage_index else None


# A term counting what it sums up ("五大载体", "三支队伍").
_COUNTED = re.compile(r"[两二三四五六七八九十](?:大|个|项|种|条|类|支)[\u4e00-\u9fff]{1,4}")
# An item named by its place and asked inside ("第三个里面", "第二条里头"): its words are the
# question's, not a description of which item.
_INSIDE_NTH = re.compile(r"第[一二三四五六七八九十\d]+[个条项点种类支要]"
                         r"(?:里面|里头|里边|里|当中|中)")
# A follow-up asking nothing but an item by its place ("那第二个方面呢?", "第三条是什么?",
# "其中第四个是什么?").
_BARE_ORDINAL = re.compile(r"^(?:那么?|其中|那其中)?第[一二三四五六七八九十\d]+[个条项点种类支]"
                           r"[\u4e00-\u9fff]{0,2}?(?:呢|是(?:啥|什么|哪个|哪一?[个项条]))?[?？]?$")


# The same in English ("What's the second one?", "And the third?")
_BARE_ORDINAL_EN = re.compile(
    r"^(?:and |so |ok,? )?(?:what(?:'s| is| was| about)|and) the (?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth)(?: one| item| point)?\s*\??$", re.IGNORECASE)


def _counted_terms(asked: str) -> list[str]:
    """The counted terms a question names ("“五大载体”", "哪五个方面…": 五个方面), and the
    shorter ones a counted run may end in ("五个方面查找" → "五个方面")."""
    terms = [t for t in dict.fromkeys([*QUOTED.findall(asked), *_COUNTED.findall(asked)])
             if _COUNTED.fullmatch(t)]
    return list(dict.fromkeys(t[:n] for t in terms for n in range(len(t), 2, -1)))


# How a speech opens, asked as such (not "开头讲了哪两个比喻?", what its opening says of
# something).
_HOW_IT_OPENS = re.compile(r"开头(?:是|先)?(?:怎么|如何|怎样)(?:说|讲|开场|起头)的?"
                           r"(?=[?？,，。]|$)|开头先?讲了?些?(?:什么|啥)(?=[?？,，。]|$)|"
                           + HOW_IT_OPENS_EN, re.IGNORECASE)


# A code of figures ("81145", "6543"), whose figures the sentences after it may explain one
# by one ("“8”是指…", "两个“1”是指…": `_code_parts`).
_CODE = re.compile(r"\d{2,8}")


def _codes_quoted(text: str) -> list[str]:
    """The codes of figures a text quotes ("按照“81145”的要求" → 81145)."""
    return [c for c in QUOTED.findall(text) if _CODE.fullmatch(c)]


_LOST_LABELS = 1  # items of a numbered run shown whose label the scrape lost
# Sentences of what a numbered point means before a quote that it still opens (the answer
# quotes the one before its best with it)
POINT_BODY_OPENING = 2


# The item a follow-up asks by its number and kind ("那第二个目的是啥?": 目的).
_ORDINAL_KIND = re.compile(r"第[一二三四五六七八九十\d]+[个条项点种类]([\u4e00-\u9fff]{2})")
# How many a sentence counts of a kind it then lists inline ("…的目的主要有三个,即")
_COUNTS_THEN_LISTS = (r"[^,，。;；:：]{0,6}?(?:有|是|为)([一二三四五六七八九十两\d]+)[个条项种类]"
                      r"[,，]?(?:即|分别是|就是|包括)[:：]?")


def counted_inline(sentence: Passage, kind: str) -> list[Passage]:
    """The items `sentence` lists right after counting that many of `kind` ("开展选聘工作的
    目的主要有三个,即培养党政干部后备人才、为建设新农村培养骨干力量、引导…"), each as a
    quotable span; none when the count is not the count listed."""
    m = re.search(re.escape(kind) + _COUNTS_THEN_LISTS, sentence.text)
    if m is None:
        return []
    listed = re.split(r"[,，。;；!！?？]", sentence.text[m.end():])[0]
    items = series_items(listed)
    if len(items) != chinese_number(m.group(1)) or len(items) < 2:
        return []
    out, at = [], m.end()
    for item in items:
        at = sentence.text.index(item, at)
        out.append(_span(sentence, at, item))
        at += len(item)
    return out


def _enumerated_after(text: str, counted: re.Match[str]) -> bool:
    """Whether a sentence counting so many 方面 goes on to open their numbered run after a
    colon ("…从以下四个方面来理解:一是…;" then "二是…" …)."""
    return re.match(r"[^,，;；。:：]{0,8}[:：]\s*一是", text[counted.end():]) is not None


def inline_series(text: str, term: str) -> list[str]:
    """The items a sentence lists right before the counted `term` that sums them up, when
    they are as many as it counts: "不断深化“双培双带”、无职党员设岗定责、流动党员“双向带动”、
    为民服务全程代理和党员承诺制“五大载体”建设" → its five."""
    at = text.find(term)
    count = chinese_number(term[0].replace("两", "二"))
    # (nor a term its own brackets spell out: "党员干部“四个一”(同读一本书、…)")
    if at < 0 or count is None or re.match(r"[”\"]?[(（]", text[at + len(term):]):
        return []
    # (up to the words pointing at the term: "…和发展经济这“两件事”", "…等五个方面")
    clause = re.split(r"[,，。;；:：!！?？]", text[:at])[-1].rstrip("“\"")
    items = series_items(clause)
    if len(items) != count:
        # (items in quotes that list things themselves: "“便民服务代理”、“进千村万户、记民情日记、
        # 建民情台账、促和谐发展”、“首问负责制”三项工作"; not quotes holding the whole list,
        # "“创先争优、作风建设年、四帮四促”三项活动", read as they stand)
        items = series_items(clause, quotes_whole=True)
    return items if len(items) == count >= 2 else []


def _asked_words(query: Query, opening: str, literal: bool = False) -> list[str]:
    """The things a follow-up names within an item ("社区", "岗位", "活动", "切身利益"), not
    how it asks ("具体", "展开讲讲"), and unless `literal` the speeches' words for its everyday
    ones ("路子": 模式), that the item's `opening` does not say already."""
    tags = pos_tags(query.text)
    # (a verb after 的 is a thing named: "将来的出路", which jieba tags a verb)
    # (and a verb whose object is what is asked: "要加强哪些方面的学习?" of "一要做学习上的
    # 先驱", whose body says "要加强思想理论的学习,…")
    named = [w for (before, _), (w, tag), (after, _) in zip(
                 (("", ""), *tags[:-1]), tags, (*tags[1:], ("", "")), strict=True)
             if len(w) >= 2 and (tag[0] in "ntl" or tag == "vn" or (before == "的" and tag == "v")
                                 or (tag == "v" and _ASKED_OBJECT.match(after)
                                     and not _ASKING_VERB.fullmatch(w)))
             and asked_ordinal(w) is None]
    official = () if literal else query.official
    # (nor the word the ordinal calls the items by: "那第五个问题呢?")
    called = {m.group(1) for m in _ORDINAL_CALLED.finditer(query.text)}
    return [w for w in dict.fromkeys([*named, *official]) if w not in opening and w not in called]


# What opens the object a question asks for ("哪些方面", "哪几", "什么"), and verbs that only
# ask for it ("要求什么", "包括哪些").
_ASKED_OBJECT = re.compile(r"哪|什么|啥")
_ASKING_VERB = re.compile(r"要求|包括|包含|规定|指出|强调|提出|提到|讲到|说到|谈到|涉及|属于")


# Characters between the end of a quote and the start of the sentence after it (a space or
# a line's break in the scrape).
NEXT_SENTENCE_GAP = 2


def _continues_previous(query: Query, sentence: Passage) -> bool:
    """Whether a follow-up's best sentence is the one right after a quote just shown (or
    between two) and says a noun or verb the follow-up asks with that neither that quote nor
    the question before said: "他们最后是怎么评价的?" after "…督查组一行莅临耒阳,检查了…"
    is answered by the next sentence, "评价我市的创先争优活动:“…”", however weakly the words
    alone score."""
    if not query.follow_up or not query.previous:
        return False
    said = " ".join([*query.history[-1:], *(p.text for p in query.previous)])
    around = [p for p in query.previous
              if p.speech == sentence.speech and p.paragraph == sentence.paragraph]
    # (or one between two quotes of a paragraph: "淮北市的做法受到了…肯定" between "近年来,
    # 淮北市积极探索…" and "开放式活动场所不仅在于…" asked "它这个做法得到谁认可了?")
    if not (any(0 <= sentence.start - p.end <= NEXT_SENTENCE_GAP for p in around)
            or (any(p.end <= sentence.start for p in around)
                and any(sentence.end <= p.start for p in around))):
        return False
    return any(len(w) >= 2 and tag[:1] in "nv" and w in sentence.text and w not in said
               for w, tag in pos_tags(query.text))


def _within(query: Query, speeches: Sequence[int]) -> Query:
    """The query searched only in `speeches`."""
    return replace(query, speech_filter=speeches[0] if len(speeches) == 1 else tuple(speeches))


def _ordered(chosen: Sequence[tuple[Passage, Passage]]) -> list[tuple[Passage, Passage]]:
    """Reading order within a speech, speeches in order of first mention."""
    first: dict[int, int] = {}
    for i, (s, _) in enumerate(chosen):
        first.setdefault(s.speech, i)
    unique = {s.passage_id: (s, p) for s, p in chosen}
    return sorted(unique.values(), key=lambda sp: (first[sp[0].speech], sp[0].start))


def compose(query: Query, chosen: Sequence[tuple[Passage, Passage]], mode: str,
            notes: Sequence[str] = ()) -> Answer:
    """Answer text quoting `chosen` sentences, each run of quotes from one passage closed by
    its [n] marker; "……" marks text left out between quotes."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    english = query.english
    # (an English question's words are in no Chinese clause: its Chinese words pick the clauses
    # of a long sentence, "…并在今年全省“七一”庆祝大会上命名表彰" for "what honour …")
    qwords = ([*query.text_words, *(w for w in query.words if not w.isascii())] if english
              else query.text_words)
    for sentence, passage in _ordered(chosen):
        quote = _trim(sentence.text, qwords)
        n = numbers.setdefault(passage.passage_id, len(numbers) + 1)
        citations.append(Citation(n, passage, quote))
    gap = " … " if english else "……"
    text = ""
    for i, c in enumerate(citations):
        nxt = citations[i + 1] if i + 1 < len(citations) else None
        joined = nxt is not None and nxt.passage.speech == c.passage.speech and nxt.start == c.end
        text += c.quote
        if nxt is None or nxt.n != c.n:
            text += f"[{c.n}]"
        if nxt is not None and not joined:
            text += gap
    speeches = list(dict.fromkeys(c.passage.speech for c in citations))
    labels = [speech_label(n, english) for n in speeches]
    if english:
        verb = "say" if len(labels) > 1 else "says"
        text = f"{' and '.join(labels)} {verb} (quoted in Chinese): {text}"
    else:
        text = "据" + "、".join(labels) + "：" + text
    return Answer(query.text, text, tuple(citations), False, mode, (), tuple(notes), query.lang,
                  lead=chosen[0][1].passage_id if chosen else None)


_MISSING_ZH = {
    Need.NUMBER: "具体数字", Need.DATE: "具体时间", Need.PERSON: "人名", Need.PLACE: "地名",
    Need.CONTENT: "具体内容", Need.PERIOD: "月份的情况", Need.POST: "职务",
    Need.DURATION: "时长", Need.MEETING: "会议", Need.WORK: "出处",
}
_MISSING_EN = {
    Need.NUMBER: "the number", Need.DATE: "the date", Need.PERSON: "the name",
    Need.PLACE: "the place", Need.CONTENT: "what it consists of",
    Need.PERIOD: "anything for the month asked", Need.POST: "the post",
    Need.DURATION: "how long", Need.MEETING: "the meeting", Need.WORK: "the work it comes from",
}


def clarification(query: Query, notes: Sequence[str] = ()) -> Answer:
    """A first question that refers to something before it ("那第二点呢?"): ask what."""
    text = ("This question seems to follow an earlier one, but there is none in this "
            "conversation. Which speech or topic do you mean? For example: “What does Speech 7 "
            "say about village cadres' pay?”" if query.english else
            "这个问题似乎接着前面的话题，但本次对话还没有前文。请说明指的是哪篇讲话或哪方面，"
            "例如：“篇七讲话中,村干部报酬要落实什么制度?”")
    return Answer(query.text, text, (), True, "extractive", (), tuple(notes), query.lang)


def refusal(query: Query, related: Sequence[Passage], mode: str,
            missing: Need | None = None, notes: Sequence[str] = (),
            unmentioned: Sequence[str] = (), speech: int | None = None,
            listed: int | None = None, item: int | None = None,
            part: int | None = None) -> Answer:
    """A refusal saying why: what no speech (or the one `speech` asked about) mentions, the
    detail they do not give, that the list asked about has only `listed` items (none of
    them marked as `item`, the number asked, when given), or that `speech` has no `part`."""
    english = query.english
    if part is not None and speech is not None:
        text = (f"{speech_label(speech, english)}, as collected here, has no part {part}. The "
                "closest passages are below, for reference only." if english else
                f"所收的{speech_label(speech, english)}文本里没有第{chinese_numeral(part)}部分。"
                "以下是最接近的段落，仅供参考。")
    elif listed is not None and item is not None:
        text = (f"The part this asks about marks {listed} points, none of them as number {item} "
                "(the text may have lost it). The closest passages are below, for reference only."
                if english else
                f"所问的这一部分标了{listed}项，没有一项标为第{item}项（原文可能缺失）。"
                "以下是最接近的段落，仅供参考。")
    elif listed is not None:
        text = (f"The list this asks about has only {listed} items, so the speeches give no "
                f"item {query.ordinal}. The closest passages are below, for reference only."
                if english else
                f"所问的这一组只列了{listed}项，讲话中没有第{query.ordinal}项。"
                "以下是最接近的段落，仅供参考。")
    elif unmentioned:
        names = ", ".join(f"“{x}”" for x in unmentioned) if english else "、".join(
            f"“{x}”" for x in unmentioned)
        who = (speech_label(speech, english) if speech is not None
               else "The speeches" if english else "这些讲话")
        text = (f"{who} never mention{'s' if speech is not None else ''} {names}, so "
                f"{'it does' if speech is not None else 'they do'} not answer this. The "
                "closest passages are below, for reference only." if english else
                f"{who}没有提到{names}，没有回答这个问题。以下是最接近的段落，仅供参考。")
    elif missing is not None and query.places and missing in PLACE_BOUND:
        # a detail asked of a place, which the speeches may give for another place only
        where = (", ".join(query.places) if english else "、".join(query.places))
        text = (f"The speeches touch on this but do not give {_MISSING_EN[missing]} for "
                f"{where} (they may give it for another place, or leave it out or mask it as "
                "“xx”). The closest passages are below, for reference only." if english else
                f"讲话涉及这一话题，但没有给出{where}的{_MISSING_ZH[missing]}（原文可能只给了别处的，"
                "或缺失、以“xx”代替）。以下是最接近的段落，仅供参考。")
    elif missing is not None:
        text = (f"The speeches touch on this but do not give {_MISSING_EN[missing]} (the text "
                "may leave it out or mask it as “xx”). The closest passages are below, for "
                "reference only." if english else
                f"讲话涉及这一话题，但没有给出所问的{_MISSING_ZH[missing]}（原文可能缺失或以“xx”"
                "代替）。以下是最接近的段落，仅供参考。")
    else:
        text = ("The speeches do not answer this question. The passages below are the closest "
                "matches, for reference only." if english else
                "这些讲话没有回答这个问题。以下是最接近的段落，仅供参考，并非答案依据。")
    return Answer(query.text, text, (), True, mode, tuple(related[:3]), tuple(notes), query.lang)
