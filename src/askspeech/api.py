"""The public functions: `retrieve`, `answer`, `answer_stream`, and the speeches as indexed.

Every surface (Python, CLI, web chat) goes through these, so they all give the same `Answer`.
The model and index load lazily, once per process, and are safe to share between threads.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from askspeech.answer.conversation import (
    FOLLOW_UP_MAX_CHARS,
    FOLLOW_UP_MAX_CHARS_EN,
    History,
    asked_again,
    asks_count_of_it,
    asks_own,
    asks_total_of_it,
    before_last_question,
    is_dangling,
    is_elliptical,
    is_follow_up,
    previous_answer,
    previous_questions,
    topic_words,
)
from askspeech.answer.types import Answer, Citation
from askspeech.config import Settings, get_settings
from askspeech.engine import Loaded, get_engine
from askspeech.ingest.chunking import Passage
from askspeech.query import (
    QUOTED,
    Query,
    is_english,
    speech_mentioned,
    without_markup,
    without_speech_refs,
)
from askspeech.retrieval.lexical import words as jieba_words
from askspeech.retrieval.search import Searcher
from askspeech.store import SpeechText
from askspeech.text.zh import NUMERAL_CHARS

if TYPE_CHECKING:
    from askspeech.retrieval.retriever import HybridRetriever

log = logging.getLogger(__name__)
MAX_K = 50  # as Settings.top_k allows


# A speech filter: one speech number, several (answers come from any of them), or None = all.
SpeechChoice = int | Sequence[int] | None
EMPTY_QUESTION = {
    "en": "The question is empty: ask something about the speeches.",
    "zh": "问题是空的：请就讲话内容提问。",
}


def question_cut_note(limit: int, lang: str) -> str:
    """The note an answer carries when its question was cut, in the question's language."""
    if lang == "en":
        return f"question cut to its first {limit} characters"
    return f"问题过长，只按前 {limit} 个字回答"


def clean_question(question: object, settings: Settings) -> tuple[str, list[str]]:
    """The question as searched: control characters out, whitespace collapsed, length capped.
    Raises ValueError for an empty one."""
    if not isinstance(question, str):
        raise TypeError("question must be a string")
    text = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " for ch in question
    )
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        # No words to tell the language by: both languages.
        raise ValueError(f"{EMPTY_QUESTION['en']} / {EMPTY_QUESTION['zh']}")
    notes = []
    if len(text) > settings.max_question_chars:
        lang = "en" if is_english(text) else "zh"
        text = text[: settings.max_question_chars]
        notes.append(question_cut_note(settings.max_question_chars, lang))
    return text, notes


def retrieve(
    query: str, k: int | None = None, speech: SpeechChoice = None,
    *, history: History | None = None, settings: Settings | None = None,
) -> list[Passage]:
    """The `k` passages that best match `query` (optionally within one speech or several),
    best first; `history` (earlier turns) is read as `answer` reads it, for follow-ups. The
    passages the extractive answer quotes come first (every item of a list it quotes, a
    summary's sections, the item "那第二点呢?" resolves to): retrieval agrees with the answer."""
    settings = settings or get_settings()
    text, _ = clean_question(query, settings)
    k = passage_count(k, settings)
    within = speech_filter(speech)
    check_history(history)

    def search(loaded: Loaded) -> Iterator[list[Passage]]:
        _check_speech(within, loaded.snapshot.speeches)
        # the question as the answer reads it, and that answer (extractive: no LLM call)
        parsed, quoted = _Replies(loaded, settings, within).reply(text, history)
        found = loaded.searcher.search(parsed, k=max(k, settings.top_k)).passages
        score = {p.passage_id: p.score for p in found}
        # a quoted passage keeps its search score (0 if the search did not rank it)
        lead = {} if quoted.refused else {
            c.passage.passage_id: c.passage.with_score(score.get(c.passage.passage_id, 0.0))
            for c in quoted.citations}
        # the best quote's passage first (a runner-up quoted beside it may come earlier in
        # the speech, and so earlier among the citations)
        order = sorted(lead, key=lambda pid: pid != quoted.lead)  # stable: the rest as cited
        yield [*(lead[pid] for pid in order),
               *(p for p in found if p.passage_id not in lead)][:k]

    return next(get_engine(settings).run(search))


def answer(
    question: str, history: History | None = None, speech: SpeechChoice = None,
    *, settings: Settings | None = None,
) -> Answer:
    """A cited answer to `question`; `history` (earlier turns) helps with follow-ups;
    `speech`: one speech number or several to answer from (default: all)."""
    final: Answer | None = None
    for piece in answer_stream(question, history, speech, settings=settings):
        if isinstance(piece, Answer):
            final = piece
    assert final is not None
    return final


def answer_stream(
    question: str, history: History | None = None, speech: SpeechChoice = None,
    *, settings: Settings | None = None,
) -> Iterator[str | Answer]:
    """Yields the answer text in pieces as it is produced, then the final `Answer`."""
    settings = settings or get_settings()
    text, notes = clean_question(question, settings)
    within = speech_filter(speech)
    check_history(history)

    def produce(loaded: Loaded) -> Iterator[str | Answer]:
        _check_speech(within, loaded.snapshot.speeches)
        replies = _Replies(loaded, settings, within)
        if settings.answer_mode == "llm":
            from askspeech.answer.llm import LLMAnswerer

            query = replies.parse(text, history)
            yield from LLMAnswerer(loaded.searcher, settings).stream(query, notes)
            return
        _, result = replies.reply(text, history, notes)
        yield from _pieces(result)
        yield result

    # `run`: retried once on the new build if a rebuild removed this one mid-question.
    yield from get_engine(settings).run(produce)


# Share of a short question's words the speeches use, above which it may lean on the one
# before it: most of them, as in "评议结果和什么挂钩?", "不能卡哪些条件?" (not "明天天气怎么样?");
# a rule set by reading, not fitted.
ON_TOPIC = 0.8
# A refused question is retried with the one before it when this share of its words are the
# speeches': "考出来的结果怎么用?" (0.67: "考" alone is no word of theirs) is, "明天天气怎么样?"
# and "股票怎么买?" (0.0) are not. The retry must still pass the refusal checks. Set by reading.
LEAN_BACK = 0.6


def parse(searcher: Searcher, text: str, history: History | None = None,
          speech: int | tuple[int, ...] | None = None,
          answer_previous: Callable[[str, History], Answer] | None = None, *,
          follow_up: bool | None = None) -> Query:
    """The one place a question is analysed: everything below reads the `Query`.

    A follow-up is read against the answer it follows: the history's, or (when the history
    carries none) the previous question answered again, after the turns before it, by
    `answer_previous`. It keeps to the speech that answer came from, or moves to the speech
    or place it names ("那篇三呢?", "耒阳呢?"). `follow_up` overrides whether the question is
    read as one."""
    shown = without_markup(text)
    earlier = previous_questions(history)
    if follow_up is None:
        follow_up = is_follow_up(shown) or (bool(earlier) and (
            asks_total_of_it(shown) or asks_count_of_it(shown) or (
            is_elliptical(shown)
            and searcher.vocabulary_coverage(searcher.parse(topic_words(shown)),
                                             glued=True) >= ON_TOPIC)))
    if not (earlier and follow_up):
        return searcher.parse(text, search_text=shown, speech=speech, history=earlier,
                              dangling=not earlier and is_dangling(shown))
    previous = previous_answer(history)
    if previous is None and answer_previous is not None:
        previous = answer_previous(earlier[-1], before_last_question(history))
    quoted = tuple(_quoted(c) for c in previous.citations) if previous else ()
    antecedent = earlier[-1]
    named = speech_mentioned(shown, list(searcher.snap.speeches))
    asking = shown
    mine = searcher.parse(shown)
    if named is None:
        # another speech named by its meeting or by what only it says ("那推进“三项活动”的
        # 那篇又是怎么讲的?"): those words say which speech, and ask nothing of their own
        # (a speech named by its place is another place's question, below)
        named = mine.occasion_speech or (searcher.speech_described(mine.described)
                                         if mine.described and not mine.places else None)
        if named is not None:
            asking = shown.replace(mine.occasion or mine.described, " ")
    scope: int | tuple[int, ...] | None = named
    places, its_places = mine.places, searcher.parse(antecedent).places
    # asked about another speech or place, and nothing of its own: what the antecedent asked
    same_question = not asks_own(shown)
    if named is not None:  # the same question about another speech
        antecedent, quoted = without_speech_refs(antecedent), ()
        for old in its_places:  # and without the places that named the old one ("攀枝花")
            antecedent = antecedent.replace(old, " ")
    elif places and not set(places) & set(its_places):
        # the same question about another place: its own speeches, not the previous answer's
        for old in its_places:
            antecedent = antecedent.replace(old, " ")
        quoted, scope = (), speech
    else:
        same_question = False
        cited = {c.speech for c in quoted}
        scope = speech if speech is not None or len(cited) != 1 else cited.pop()
    # a question of its own in other words than its antecedent's ("考出来的结果怎么用?")
    own = (searcher.parse(text, search_text=asking, speech=scope)
           if asks_own(shown) and not is_elliptical(shown) else None)
    asked = asked_again(asking) if same_question else asking
    return searcher.parse(text, search_text=f"{antecedent} {asked}", speech=scope,
                          follow_up=True, history=earlier, previous=quoted,
                          same_question=same_question, own=own)


class _Replies:
    """The extractive answer to a question in its conversation, and to the questions before
    it where the history carries no `Answer` (a history of user turns, or of answer texts, as
    the web chat keeps it): each earlier question is answered as it was when asked, leaning on
    the ones before it in the same way, once per call."""

    def __init__(self, loaded: Loaded, settings: Settings,
                 within: int | tuple[int, ...] | None) -> None:
        self.loaded, self.settings, self.within = loaded, settings, within
        self._earlier: dict[tuple[str, int], Answer] = {}

    def parse(self, text: str, history: History | None, *,
              follow_up: bool | None = None) -> Query:
        return parse(self.loaded.searcher, text, history, self.within, self.earlier,
                     follow_up=follow_up)

    def earlier(self, text: str, history: History) -> Answer:
        """The answer to an earlier question, asked after `history`."""
        key = (text, len(history))
        if key not in self._earlier:
            self._earlier[key] = self.reply(text, history)[1]
        return self._earlier[key]

    def previous(self, history: History | None) -> Answer | None:
        """The answer the last question of `history` got."""
        earlier = previous_questions(history)
        if not earlier:
            return None
        return previous_answer(history) or self.earlier(earlier[-1],
                                                        before_last_question(history))

    def reply(self, text: str, history: History | None,
              notes: Sequence[str] = ()) -> tuple[Query, Answer]:
        """The question as it is answered, and its answer."""
        loaded, k = self.loaded, self.settings.top_k
        query = self.parse(text, history)
        result = loaded.answerer.answer(query, k, notes)
        if result.refused and _may_lean_back(loaded, query, history,
                                             lambda: self.previous(history)):
            # "评议结果和什么挂钩?" after "“一诺双评”是什么制度?": a short question the speeches
            # do not answer alone, asked in a conversation, is read with the one before it
            again = self.parse(text, history, follow_up=True)
            retry = loaded.answerer.answer(again, k, notes)
            if not retry.refused:
                query, result = again, retry
        elif _may_stay(query, result, history):
            # "最后落脚点是要开创个什么?" after a 篇一 answer: read with the one before it, it
            # is answered where that answer was
            kept = _cited_speeches(self.previous(history))
            if kept and not _cited_speeches(result) & kept and _fits_as_well(
                    loaded, query, parse(loaded.searcher, text, speech=tuple(sorted(kept))), k):
                again = self.parse(text, history, follow_up=True)
                retry = loaded.answerer.answer(again, k, notes)
                if not retry.refused and _cited_speeches(retry) <= kept:
                    query, result = again, retry
        return query, result


def _may_lean_back(loaded: Loaded, query: Query, history: History | None,
                   previous: Callable[[], Answer | None]) -> bool:
    """Whether a refused question may be read with the one before it: short, asked after
    another, and in the speeches' own words (not "明天天气怎么样?")."""
    limit = FOLLOW_UP_MAX_CHARS_EN if query.english else FOLLOW_UP_MAX_CHARS
    if query.follow_up or query.dangling or len(query.text) > limit:
        return False
    earlier = previous_questions(history)
    if not earlier:
        return False
    floor = loaded.answerer.refusal.floor(query.english)
    if loaded.searcher.vocabulary_coverage(query) >= max(floor, LEAN_BACK):
        return True
    # or it takes up a word of the question before or of the answer given ("任期短了,那活儿
    # 是不是也跟着少了?" after "…任期是多长时间?"): a word of the speeches, not an asking one
    if query.english:
        return False
    answered = previous()
    quotes = [c.quote for c in answered.citations] if answered is not None else []
    said = " ".join([earlier[-1], *quotes])
    vocab = loaded.searcher.snap.bm25_passages.vocabulary
    own = jieba_words(topic_words(query.text))
    if any(len(w) > 1 and w in vocab and w in said for w in own):
        return True
    # or a character of a coined term just said, which users take up alone ("都帮些啥?"
    # after "“四帮四促”是…?"): not a numeral, which every such term counts with
    coined = "".join(QUOTED.findall(said))
    return any(c in coined for w in own if w not in vocab for c in w
               if "\u4e00" <= c <= "\u9fff" and c not in NUMERAL_CHARS)


def _cited_speeches(answer: Answer | None) -> set[int]:
    return {c.passage.speech for c in answer.citations} if answer is not None else set()


def _may_stay(query: Query, result: Answer, history: History | None) -> bool:
    """Whether an answered question asked after another, naming no speech, place or quoted
    term, may be read with the one before it (if it was answered from another speech)."""
    anchored = (query.speech is not None or query.speeches_named or query.places
                or query.quoted or query.occasion_speech is not None
                or query.speech_filter is not None)
    return (bool(previous_questions(history)) and not query.follow_up and not query.dangling
            and not anchored and not result.refused)


# How much better a question's best sentence elsewhere may fit than its best in the speech just
# answered for it to stay there. Set by reading: on the probes and the users' tune split, the
# five such questions that stay ("最后想达到个啥效果?", "average floor area?") fit 0.18 worse
# there at most; ten questions of another topic asked next fit 0.4–1.0 worse (one, on what
# both speeches discuss, 0.1).
STAY_MARGIN = 0.2


def _fits_as_well(loaded: Loaded, query: Query, within: Query, k: int) -> bool:
    """Whether the question's best sentence in the speeches `within` keeps to fits it nearly
    as well as its best anywhere: "最后落脚点是要开创个什么?" in 篇一 just answered does; "村干部
    报酬由哪几部分组成?" there does not (篇七 answers it)."""
    anywhere, there = (loaded.answerer.evidence(q, k).scored for q in (query, within))
    return bool(there) and (not anywhere or there[0].score >= anywhere[0].score - STAY_MARGIN)


def _quoted(citation: Citation) -> Passage:
    """A citation's quote as a span of its speech."""
    p = citation.passage
    return Passage(p.passage_id, p.speech, p.title, p.paragraph, citation.start, citation.end,
                   citation.quote)


def _pieces(result: Answer) -> Iterator[str]:
    """The extractive text in sentence-sized pieces, so every surface can stream alike."""
    for piece in re.findall(r".+?(?:\[\d+\]|[。！？.!?]|$)", result.text, flags=re.S):
        if piece:
            yield piece


def speech_filter(speech: SpeechChoice) -> int | tuple[int, ...] | None:
    """A caller's speech choice as the search takes it: one number stays a number, several
    become a sorted tuple (one of them: that number), none at all means every speech."""
    if speech is None or isinstance(speech, (int, str)):
        return speech_number(speech)
    if not isinstance(speech, Sequence):
        raise TypeError(f"speech must be a speech number or a sequence of them, not {speech!r}")
    numbers = tuple(sorted({speech_number(n) or 0 for n in speech}))
    if not numbers:
        return None
    return numbers[0] if len(numbers) == 1 else numbers


def passage_count(k: object, settings: Settings) -> int:
    """`k` as a number of passages: None is the configured `top_k`; 1–50 otherwise."""
    if k is None:
        return settings.top_k
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"k must be a whole number of passages (1–{MAX_K}), not {k!r}")
    if not 1 <= k <= MAX_K:
        raise ValueError(f"k must be between 1 and {MAX_K} passages; got {k}")
    return k


def speech_number(speech: object) -> int | None:
    """`speech` as a speech number: None (all speeches), an int, or a string of digits ("3",
    as the web API takes it). True/False and anything else are a TypeError."""
    if speech is None:
        return None
    if isinstance(speech, bool):
        raise TypeError(f"speech must be a speech number or None, not {speech!r}")
    if isinstance(speech, int):
        return speech
    if isinstance(speech, str) and speech.strip().isdigit():
        return int(speech.strip())
    raise TypeError(f"speech must be a speech number or None, not {speech!r}")


def check_history(history: object) -> None:
    """`history`: earlier turns, oldest first, either chat messages
    ({"role": "user"|"assistant", "content": str}) or (question, answer) pairs."""
    if history is None:
        return
    if isinstance(history, (str, bytes)) or not isinstance(history, (list, tuple)):
        raise TypeError("history must be a list of {'role': …, 'content': …} messages or "
                        f"(question, answer) pairs, not {type(history).__name__}")
    for turn in history:
        if isinstance(turn, Mapping):
            if turn.get("role") in ("user", "assistant", "system") and isinstance(
                    turn.get("content"), str):
                continue
        elif isinstance(turn, (list, tuple)) and len(turn) == 2 and all(
                isinstance(x, str) or x is None for x in turn):
            continue
        raise TypeError("each history turn must be {'role': 'user'|'assistant', 'content': str}"
                        f" or a (question, answer) pair of strings, not {turn!r}")


def as_retriever(k: int | None = None, speech: SpeechChoice = None,
                 *, settings: Settings | None = None) -> HybridRetriever:
    """The hybrid search as a LangChain `BaseRetriever`: `invoke(question)` gives the `k` best
    passages as `Document`s (metadata: passage_id, speech, title, label, paragraph, start, end,
    score). It always searches the index that is current, so it follows rebuilds."""
    # imported here: langchain_core's retrievers pull in langsmith, seconds of every cold start
    from askspeech.retrieval.retriever import HybridRetriever

    settings = settings or get_settings()
    engine = get_engine(settings)
    return HybridRetriever(resolve=lambda: engine.get().searcher,
                           k=passage_count(k, settings), speech=speech_filter(speech))


def _check_speech(speech: int | tuple[int, ...] | None,
                  speeches: Mapping[int, SpeechText]) -> None:
    for number in (speech if isinstance(speech, tuple) else (speech,)):
        if number is not None and number not in speeches:
            raise ValueError(
                f"There is no speech {number}; the index holds speeches "
                f"{min(speeches)}–{max(speeches)}."
            )


def speeches(*, settings: Settings | None = None) -> list[SpeechText]:
    """The indexed speeches (cleaned text), in corpus order."""
    loaded = get_engine(settings or get_settings()).get()
    return list(loaded.snapshot.speeches.values())


def speech(number: int, *, settings: Settings | None = None) -> SpeechText:
    """One indexed speech, for reading a citation in context."""
    loaded = get_engine(settings or get_settings()).get()
    n = speech_number(number)
    if n is None:
        raise TypeError("speech() needs a speech number")
    _check_speech(n, loaded.snapshot.speeches)
    return loaded.snapshot.speeches[n]



# One question per language: the first of each pays one-off costs (jieba's dictionary, the
# English glossary; about 1 s each), so they are paid here rather than by the first user.
WARM_UP = ("村干部报酬", "village committee elections")


def warm_up(settings: Settings | None = None) -> None:
    """Loads the model and index and answers one question per language, off the clock."""
    settings = settings or get_settings()
    started = time.perf_counter()
    for question in WARM_UP:
        try:
            answer(question, settings=settings)
        except Exception as exc:  # the real questions will say what is wrong, clearly
            log.warning("warm-up question %r failed: %s", question, exc)
            return
    log.info("warm-up done in %.1f s", time.perf_counter() - started)
