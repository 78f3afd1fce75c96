"""LLM answers (opt-in, ``ASKSPEECH_ANSWER_MODE=llm``): an LCEL chain over any OpenAI-compatible
chat endpoint (DeepSeek, Qwen/DashScope, Ollama, vLLM, llama.cpp server).

The LLM only ever sees retrieved passages, numbered and delimited, and must cite them as [n].
Its markers are checked: markers to passages it was not given are dropped, and an answer left
without a valid marker falls back to the extractive answer (and says so). Questions the corpus
does not answer are refused before any LLM call, so it is never called with an empty context.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askspeech.answer.extractive import ExtractiveAnswerer, refusal
from askspeech.answer.types import Answer, Citation
from askspeech.config import Settings
from askspeech.ingest.chunking import Passage
from askspeech.query import Query
from askspeech.retrieval.lexical import cjk_bigrams
from askspeech.retrieval.search import Searcher

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

log = logging.getLogger(__name__)

NO_ANSWER = "NO_ANSWER"
_MARKER = re.compile(r"\[(\d{1,2})\]")
HISTORY_TURNS = 4  # earlier user questions shown to the condensing prompt


class LLMError(RuntimeError):
    """The LLM endpoint failed; the message says which endpoint and what to check."""


def load_prompt(settings: Settings, name: str) -> str:
    path = Path(settings.prompts_dir) / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LLMError(f"prompt file {path} is missing; restore prompts/ from the repository"
                       ) from exc


def make_chat_model(settings: Settings) -> BaseChatModel:
    if not settings.llm_base_url:
        raise LLMError(
            "ASKSPEECH_ANSWER_MODE=llm needs ASKSPEECH_LLM_BASE_URL (an OpenAI-compatible "
            "endpoint, e.g. http://localhost:11434/v1 for Ollama) and ASKSPEECH_LLM_MODEL."
        )
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        max_retries=1,
        streaming=True,
    )


def format_passages(passages: Sequence[Passage]) -> str:
    """Numbered, delimited passages; the delimiters keep passage text from passing as orders."""
    blocks = []
    for n, p in enumerate(passages, start=1):
        text = p.text.replace("</passage>", "")
        blocks.append(
            f'<passage id="{n}" speech="{p.speech}" paragraph="{p.paragraph}">\n{text}\n</passage>'
        )
    return "\n".join(blocks)


_PASSAGE_TAG = re.compile(r"<(\s*/?\s*passages?)\b", re.IGNORECASE)


def as_data(question: str) -> str:
    """The question with passage tags defused (`<` → `＜`): it is shown right after the passage
    block, and a `</passages><passage id="1">…` typed into it must not pass for a passage."""
    return _PASSAGE_TAG.sub(r"＜\1", question)


def check_markers(text: str, n_passages: int) -> tuple[str, list[int]]:
    """Drops markers to passages that were not given; returns the text and the valid numbers
    in order of first use."""
    used: list[int] = []

    def keep(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if 1 <= n <= n_passages:
            if n not in used:
                used.append(n)
            return m.group(0)
        return ""

    return _MARKER.sub(keep, text), used


def quote_for(claim: str, passage: Passage, sentences: Sequence[Passage]) -> str:
    """The sentence of `passage` closest to the LLM's claim: a verbatim quote to show."""
    inside = [s for s in sentences if passage.start <= s.start and s.end <= passage.end]
    if not inside:
        return passage.text
    want = set(cjk_bigrams(claim))

    def closeness(s: Passage) -> float:
        grams = set(cjk_bigrams(s.text))
        return float(len(want & grams) / (1 + len(grams)) ** 0.5)  # favour focused sentences

    return max(inside, key=closeness).text


class LLMAnswerer:
    def __init__(self, searcher: Searcher, settings: Settings,
                 chat_model: BaseChatModel | None = None) -> None:
        self.searcher = searcher
        self.settings = settings
        self.chat = chat_model or make_chat_model(settings)
        self.extractive = ExtractiveAnswerer(searcher)

    def answer_chain(self, english: bool) -> Runnable[dict[str, Any], str]:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        system = load_prompt(self.settings, "answer_en.md" if english else "answer_zh.md")
        user = load_prompt(self.settings, "user.md")
        prompt = ChatPromptTemplate.from_messages([("system", system), ("human", user)])
        return prompt | self.chat | StrOutputParser()

    def condense_chain(self) -> Runnable[dict[str, Any], str]:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        prompt = ChatPromptTemplate.from_template(load_prompt(self.settings, "condense.md"))
        return prompt | self.chat | StrOutputParser()

    def standalone(self, query: Query) -> Query:
        """A follow-up rewritten to stand alone by the LLM; the heuristic query if that fails."""
        if not query.follow_up:
            return query
        try:
            text = self.condense_chain().invoke({
                "history": "\n".join(f"- {q}" for q in query.history[-HISTORY_TURNS:]),
                "question": query.text,
            }).strip()
        except Exception:
            log.warning("condensing the follow-up failed; using the heuristic query",
                        exc_info=True)
            return query
        if not text:
            return query
        return self.searcher.parse(
            query.text, search_text=text.splitlines()[0][: self.settings.max_question_chars],
            speech=query.speech_filter, follow_up=True, history=query.history)

    def stream(self, query: Query, notes: Sequence[str] = ()) -> Iterator[str | Answer]:
        query = self.standalone(query)
        ev = self.extractive.evidence(query, self.settings.top_k)
        passages = ev.result.passages
        if not ev.scored:
            yield refusal(query, passages, "llm", notes=notes)
            return
        need = self.extractive.missing(query, ev)
        if need is not None or not self.extractive.answers(ev):
            yield refusal(query, passages, "llm", need, notes)
            return
        chunks: list[str] = []
        try:
            for chunk in self.answer_chain(query.english).stream(
                {"passages": format_passages(passages), "question": as_data(query.text)}
            ):
                chunks.append(chunk)
                yield chunk
        except Exception as exc:
            log.warning("LLM call failed: %s", exc)
            note = (f"the LLM endpoint {self.settings.llm_base_url} failed ({type(exc).__name__});"
                    " this is the extractive answer")
            yield self._fallback(query, [*notes, note])
            return
        yield self._finish(query, "".join(chunks).strip(), passages, list(notes))

    def _fallback(self, query: Query, notes: Sequence[str]) -> Answer:
        return self.extractive.answer(query, self.settings.top_k, notes)

    def _finish(self, query: Query, text: str, passages: Sequence[Passage],
                notes: list[str]) -> Answer:
        if NO_ANSWER in text:
            return refusal(query, passages, "llm", notes=notes)
        text, used = check_markers(text, len(passages))
        if not used:
            notes.append("the LLM answer cited no given passage; this is the extractive answer")
            return self._fallback(query, notes)
        sentences = self.searcher.snap.sentences
        by_passage = {}
        for p in passages:
            idx = self.searcher.snap.sentences_of.get(p.passage_id, [])
            by_passage[p.passage_id] = [sentences[i] for i in idx]
        citations = []
        for n in used:
            p = passages[n - 1]
            claim = " ".join(seg for seg in re.split(r"(?<=[。.!?！？])", text) if f"[{n}]" in seg)
            citations.append(Citation(n, p, quote_for(claim, p, by_passage[p.passage_id])))
        return Answer(query.text, text, tuple(citations), False, "llm", (), tuple(notes),
                      query.lang)
