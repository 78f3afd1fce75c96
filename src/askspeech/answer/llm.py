"""LLM answers (opt-in, ``ASKSPEECH_ANSWER_MODE=llm``): an LCEL chain over any OpenAI-compatible
chat endpoint (DeepSeek, Qwen/DashScope, Ollama, vLLM, llama.cpp server).

The chain is an LCEL composition: hybrid retriever → numbered, delimited passages → prompt →
chat model → citation and claim check (`claims`). Markers to passages the LLM was not given are
dropped; each cited claim is checked against its passage, unsupported ones are marked ⚠ and
named in a note, and an answer with no supported claim falls back to the extractive answer
(and says so). Questions the corpus does not answer are refused before any LLM call. The whole
answer (condensing a follow-up, answering, retries, a slow stream) has one deadline,
`ASKSPEECH_LLM_TIMEOUT`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askspeech.answer.claims import ClaimChecker, check_markers, split_claims
from askspeech.answer.deadline import DeadlineExceededError, call_until, stream_until
from askspeech.answer.errors import LLMError
from askspeech.answer.extractive import ExtractiveAnswerer, refusal
from askspeech.answer.types import Answer, Citation
from askspeech.config import Settings
from askspeech.ingest.chunking import Passage
from askspeech.query import Query
from askspeech.retrieval.lexical import cjk_bigrams, words
from askspeech.retrieval.retriever import HybridRetriever
from askspeech.retrieval.search import Searcher

if TYPE_CHECKING:
    from langchain_core.documents import Document
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

log = logging.getLogger(__name__)

NO_ANSWER = "NO_ANSWER"
UNSUPPORTED = "⚠"  # marks a claim its cited passage does not bear out
HISTORY_TURNS = 4  # earlier user questions shown to the condensing prompt


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
        timeout=settings.llm_timeout,  # per request; the whole answer has its own deadline
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


def build_chain(retriever: Runnable[str, list[Document]], chat: BaseChatModel, system: str,
                user: str, check: Callable[[str, list[Document]], Answer]
                ) -> Runnable[dict[str, Any], str | Answer]:
    """retriever → format passages → prompt → chat model → citation/claim check, as one LCEL
    Runnable. Input: {"search": text to retrieve with, "question": the question as shown to the
    LLM}. Streaming it yields the answer text in pieces as the model writes, then the checked
    `Answer`."""
    from operator import itemgetter

    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnableGenerator, RunnablePassthrough

    prompt = ChatPromptTemplate.from_messages([("system", system), ("human", user)])

    def checked(chunks: Iterator[dict[str, Any]]) -> Iterator[str | Answer]:
        documents: list[Document] = []
        text: list[str] = []
        for chunk in chunks:
            documents = chunk.get("documents", documents)
            if chunk.get("text"):
                text.append(chunk["text"])
                yield chunk["text"]
        yield check("".join(text).strip(), documents)

    draft = (
        RunnablePassthrough.assign(documents=itemgetter("search") | retriever)
        | RunnablePassthrough.assign(passages=lambda x: format_documents(x["documents"]))
        | RunnablePassthrough.assign(text=prompt | chat | StrOutputParser())
    )
    return draft | RunnableGenerator(checked)


def format_documents(documents: Sequence[Document]) -> str:
    return format_passages([_passage(d) for d in documents])


def _passage(d: Document) -> Passage:
    m = d.metadata
    return Passage(str(m["passage_id"]), int(m["speech"]), str(m.get("title", "")),
                   int(m["paragraph"]), int(m["start"]), int(m["end"]), d.page_content,
                   float(m.get("score", 0.0)), label=str(m.get("label", "")))


class LLMAnswerer:
    def __init__(self, searcher: Searcher, settings: Settings,
                 chat_model: BaseChatModel | None = None) -> None:
        self.searcher = searcher
        self.settings = settings
        self.chat = chat_model or make_chat_model(settings)
        self.extractive = ExtractiveAnswerer(searcher)
        snap = searcher.snap

        def nearest(vector: Sequence[float]) -> float:
            return max((sim for _, sim in snap.dense(list(vector), 1, None)), default=0.0)

        self.checker = ClaimChecker(searcher.embeddings.embed_query, words, nearest)

    def chain(self, query: Query) -> Runnable[dict[str, Any], str | Answer]:
        english = query.english
        retriever = HybridRetriever(searcher=self.searcher, k=self.settings.top_k,
                                    speech=query.speech_filter)
        return build_chain(
            retriever, self.chat,
            load_prompt(self.settings, "answer_en.md" if english else "answer_zh.md"),
            load_prompt(self.settings, "user.md"),
            lambda text, docs: self._finish(query, text, [_passage(d) for d in docs], []))

    def condense_chain(self) -> Runnable[dict[str, Any], str]:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        prompt = ChatPromptTemplate.from_template(load_prompt(self.settings, "condense.md"))
        return prompt | self.chat | StrOutputParser()

    def standalone(self, query: Query, deadline: float) -> Query:
        """A follow-up rewritten to stand alone by the LLM; the heuristic query if that fails."""
        if not query.follow_up:
            return query
        chain = self.condense_chain()
        history = "\n".join(f"- {q}" for q in query.history[-HISTORY_TURNS:])
        try:
            text = call_until(lambda: chain.invoke({"history": history, "question": query.text}),
                              deadline).strip()
        except Exception as exc:
            log.warning("condensing the follow-up failed (%s); using the heuristic query",
                        type(exc).__name__)
            return query
        if not text:
            return query
        return self.searcher.parse(
            query.text, search_text=text.splitlines()[0][: self.settings.max_question_chars],
            speech=query.speech_filter, follow_up=True, history=query.history)

    def stream(self, query: Query, notes: Sequence[str] = ()) -> Iterator[str | Answer]:
        deadline = time.monotonic() + self.settings.llm_timeout
        query = self.standalone(query, deadline)
        ev = self.extractive.evidence(query, self.settings.top_k)
        passages = ev.result.passages
        if not ev.scored:
            yield refusal(query, passages, "llm", notes=notes)
            return
        near_miss = self.extractive.near_miss(query, passages, "llm", notes)
        if near_miss is not None:  # before any LLM call, as for the extractive answer
            yield near_miss
            return
        within, need = self.extractive.gate(query, ev, self.settings.top_k)
        if within is None:
            yield refusal(query, passages, "llm", need, notes)
            return
        chain = self.chain(query)
        inputs = {"search": query.search_text, "question": as_data(query.text)}
        try:
            for piece in stream_until(lambda: chain.stream(inputs), deadline):
                if isinstance(piece, Answer):
                    yield replace(piece, notes=(*notes, *piece.notes))
                else:
                    yield piece
        except Exception as exc:
            if isinstance(exc, DeadlineExceededError):
                log.warning("LLM answer took over %.0f s; answering extractively",
                            self.settings.llm_timeout)
                why = f"did not answer within {self.settings.llm_timeout:g} s"
            else:
                log.warning("LLM call failed: %s", exc)
                why = f"failed ({type(exc).__name__})"
            note = (f"the LLM endpoint {self.settings.llm_base_url} {why};"
                    " this is the extractive answer")
            yield self._fallback(query, [*notes, note])

    def _fallback(self, query: Query, notes: Sequence[str],
                  support: tuple[int, int] | None = None) -> Answer:
        return replace(self.extractive.answer(query, self.settings.top_k, notes),
                       claim_support=support)

    def _finish(self, query: Query, text: str, passages: Sequence[Passage],
                notes: list[str]) -> Answer:
        if NO_ANSWER in text:
            return refusal(query, passages, "llm", notes=notes)
        text, used = check_markers(text, len(passages))
        if not used:
            notes.append("the LLM answer cited no given passage; this is the extractive answer")
            return self._fallback(query, notes)
        text, kept, total, doubts = self._check_claims(text, passages)
        if not kept:
            notes.append("no claim of the LLM answer is supported by the passage it cites; "
                         "this is the extractive answer")
            return self._fallback(query, notes, (0, total))
        if doubts:
            english = query.english
            notes.append(
                f"{UNSUPPORTED} marks {doubts} claim(s) the cited passages do not support"
                 if english else f"标有{UNSUPPORTED}的{doubts}处说法未得到所引段落的支持")
        sentences = self.searcher.snap.sentences
        citations = []
        for n, claim in kept.items():
            p = passages[n - 1]
            idx = self.searcher.snap.sentences_of.get(p.passage_id, [])
            citations.append(Citation(n, p, quote_for(claim, p, [sentences[i] for i in idx])))
        return Answer(query.text, text, tuple(citations), False, "llm", (), tuple(notes),
                      query.lang, claim_support=(total - doubts, total))

    def _check_claims(self, text: str, passages: Sequence[Passage]
                      ) -> tuple[str, dict[int, str], int, int]:
        """(text with unsupported claims marked and their markers removed, marker → the claims
        it supports, claims, unsupported claims)."""
        snap = self.searcher.snap
        sentence_ids = {p.passage_id: [snap.sentences[i].passage_id
                                       for i in snap.sentences_of.get(p.passage_id, [])]
                        for p in passages}
        vectors = snap.sentence_vectors([i for ids in sentence_ids.values() for i in ids])
        kept: dict[int, str] = {}
        out: list[str] = []
        cursor = total = doubts = 0
        for claim in split_claims(text):
            total += 1
            good = []
            for n in claim.markers:
                p = passages[n - 1]
                own = [vectors[i] for i in sentence_ids[p.passage_id] if i in vectors]
                verdict = self.checker.check(claim.bare, p.text, own)
                if verdict.supported:
                    good.append(n)
                else:
                    log.info("claim %r not supported by [%d]: %s", claim.bare, n, verdict.reason)
            out.append(text[cursor:claim.start])
            if good:
                for n in good:
                    kept[n] = f"{kept.get(n, '')} {claim.bare}".strip()
                dropped = [n for n in claim.markers if n not in good]
                out.append(re.sub("|".join(rf"\[{n}\]" for n in dropped), "", claim.text)
                           if dropped else claim.text)
            else:
                doubts += 1
                out.append(_mark(claim.text))
            cursor = claim.end
        out.append(text[cursor:])
        ordered = dict(sorted(kept.items(), key=lambda kv: text.find(f"[{kv[0]}]")))
        return "".join(out), ordered, total, doubts


def _mark(claim: str) -> str:
    """The claim without markers, ⚠ before its closing punctuation."""
    bare = re.sub(r"\[\d+\]", "", claim).rstrip()
    end = len(bare.rstrip("。！？!?；;.”’」』）)"))
    return f"{bare[:end]}{UNSUPPORTED}{bare[end:]}"
