"""`Speech` → `Passage`: sentence-aligned windows inside paragraphs, plus their sentences.

Two granularities are indexed: passages (a few sentences, what answers cite and show) and the
single sentences inside them (sharper embeddings for specific questions, and the units the
extractive answerer picks). Offsets index into `Speech.text`, so every passage and quote can be
shown in context and checked verbatim.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from askspeech.ingest.corpus import Speech

_CLAUSE_END = re.compile(r"[，,、：:]")
# Outline markers, outermost first: "一、", "（一）", "第一,", "1、" / "一要", "一是".
_LEVELS = (
    re.compile(r"^[一二三四五六七八九十]+、"),
    re.compile(r"^[（(][一二三四五六七八九十]+[）)]"),
    re.compile(r"^(第[一二三四五六七八九十]+[,，、]|\d+[、.．])"),
    re.compile(r"^[一二三四五六七八九十][要是][,，、]?"),
)
HEADING_MAX = 90  # a short marked paragraph is a heading; a long one is a body paragraph
MIN_UNIT_CHARS = 6  # "同志们:" and stray numbers are not worth indexing


@dataclass(frozen=True)
class Passage:
    """A span of one speech. `start`/`end` index into `Speech.text`; `paragraph` is 1-based."""

    passage_id: str
    speech: int
    title: str
    paragraph: int
    start: int
    end: int
    text: str
    score: float = 0.0
    context: str = ""  # headings / list lead-in above it: searched, never quoted
    label: str = ""  # the speech's label ("篇四 · 耒阳市 · …"), set when read from an index

    def with_score(self, score: float) -> Passage:
        return replace(self, score=score)


@dataclass(frozen=True)
class ChunkingParams:
    size: int = 400  # target characters per passage
    overlap: int = 1  # sentences shared by neighbouring passages
    context: str = "all"  # searched with each passage: "all" headings + lead-ins, "lead", "none"
    context_vectors: bool = False  # also embed the context (measured: hurts dense ranking)
    version: int = 5  # bump when the algorithm changes, so indexes rebuild

    def as_dict(self) -> dict[str, int | str]:
        return {"size": self.size, "overlap": self.overlap, "context": self.context,
                "context_vectors": int(self.context_vectors), "version": self.version}


@dataclass(frozen=True)
class Chunks:
    passages: list[Passage]
    sentences: list[Passage]
    parent: dict[str, str]  # sentence id -> id of the first passage holding it


_ENDERS = set("。！？!?；;")
_CLOSERS = set("”’」』）)")
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}
MAX_QUOTED = 160  # a quote left open longer than this is a scrape artefact: stop honouring it


def sentence_spans(text: str, max_len: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; sentences longer than `max_len` are cut at
    clause commas so no unit is unwieldy. Enders inside quotation marks ("亮身份;亮岗位…")
    do not end the sentence. Leading/trailing spaces stay outside the spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    open_quote: tuple[str, int] | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closes_sentence = False
        if ch in _QUOTE_PAIRS and open_quote is None:
            open_quote = (_QUOTE_PAIRS[ch], i)
        elif open_quote is not None and (ch == open_quote[0] or i - open_quote[1] > MAX_QUOTED):
            # 他说:“好。” — a quote closed right after an ender ends the sentence too
            closes_sentence = ch == open_quote[0] and i > 0 and text[i - 1] in _ENDERS
            open_quote = None
        if (ch in _ENDERS and open_quote is None) or closes_sentence:
            end = i + 1
            while end < n and (text[end] in _ENDERS or text[end] in _CLOSERS):
                end += 1
            spans.append((start, end))
            start = i = end
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        if max_len and b - a > max_len:
            out.extend(_cut_long(text, a, b, max_len))
        else:
            out.append((a, b))
    return out


def _cut_long(text: str, start: int, end: int, max_len: int) -> Iterator[tuple[int, int]]:
    """A long sentence cut at clause marks, and any piece still over `max_len` (text with no
    punctuation at all, a one-line paste) cut at that hard length: no unit exceeds it."""
    for a, b in _cut_at_clauses(text, start, end, max_len):
        while b - a > max_len:
            yield a, a + max_len
            a += max_len
        yield a, b


def _cut_at_clauses(text: str, start: int, end: int, max_len: int
                    ) -> Iterator[tuple[int, int]]:
    cuts = [m.end() + start for m in _CLAUSE_END.finditer(text, start, end)]
    piece_start = start
    last_cut = None
    for cut in cuts:
        if cut - piece_start > max_len and last_cut and last_cut > piece_start:
            yield piece_start, last_cut
            piece_start = last_cut
        last_cut = cut
    if end - piece_start > max_len and last_cut and piece_start < last_cut < end:
        yield piece_start, last_cut
        piece_start = last_cut
    yield piece_start, end


def _unit_id(speech: Speech, kind: str, start: int, end: int, text: str) -> str:
    key = f"{speech.source}|{speech.number}|{kind}|{start}|{end}|{text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _windows(spans: list[tuple[int, int]], size: int, overlap: int) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of consecutive sentences packed up to `size` characters."""
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][1] - spans[i][0] <= size:
            j += 1
        yield i, j
        if j >= len(spans):
            return
        i = max(i + 1, j - overlap)


def _level(paragraph: str) -> int | None:
    return next((i for i, rx in enumerate(_LEVELS) if rx.match(paragraph)), None)


def paragraph_contexts(paragraphs: Sequence[str], headings_too: bool = True) -> list[str]:
    """For each paragraph, the outline headings above it and, inside a list, the sentence that
    introduced the list ("…突出这么“三个先”:"). Passages inherit it for search."""
    headings: list[str | None] = [None] * len(_LEVELS)
    lead_in: str | None = None
    out = []
    for para in paragraphs:
        level = _level(para)
        # A marked paragraph sits under the outer levels only, not under its predecessor.
        parts = [h for h in headings[: len(headings) if level is None else level] if h]
        if not headings_too:
            parts = []
        if lead_in and level is not None:
            parts.append(lead_in)
        out.append(" ".join(parts))
        if level is not None and len(para) <= HEADING_MAX:
            headings[level] = para
            for deeper in range(level + 1, len(headings)):
                headings[deeper] = None
        elif level is None:
            lead_in = None
        if para.endswith((":", "：")):
            spans = sentence_spans(para)
            lead_in = para[spans[-1][0] :] if spans else para
    return out


def chunk_speech(speech: Speech, params: ChunkingParams) -> Chunks:
    passages: list[Passage] = []
    sentences: list[Passage] = []
    parent: dict[str, str] = {}
    if params.context == "none":
        contexts = [""] * len(speech.paragraphs)
    else:
        contexts = paragraph_contexts(speech.paragraphs, headings_too=params.context == "all")
    full = speech.text  # joined once: the property joins every paragraph on each call
    for number, ((p_start, _), para, context) in enumerate(
        zip(speech.paragraph_spans(), speech.paragraphs, contexts, strict=True), start=1
    ):
        spans = [
            (s + p_start, e + p_start)
            for s, e in sentence_spans(para, max_len=params.size)
            if sum(ch.isalnum() for ch in para[s:e]) >= MIN_UNIT_CHARS
        ]
        # A marked body paragraph's first sentence heads the rest of the paragraph too.
        lead = (full[spans[0][0] : spans[0][1]]
                if spans and params.context != "none" and _level(para) is not None else "")
        sentence_ids = []
        for k, (s, e) in enumerate(spans):
            text = full[s:e]
            sid = _unit_id(speech, "s", s, e, text)
            sentence_ids.append(sid)
            ctx = " ".join(x for x in (context, lead if k else "") if x)
            sentences.append(Passage(sid, speech.number, speech.title, number, s, e, text,
                                     context=ctx))
        for i, j in _windows(spans, params.size, params.overlap):
            s, e = spans[i][0], spans[j - 1][1]
            text = full[s:e]
            pid = _unit_id(speech, "p", s, e, text)
            ctx = " ".join(x for x in (context, lead if i else "") if x)
            passages.append(Passage(pid, speech.number, speech.title, number, s, e, text,
                                    context=ctx))
            for sid in sentence_ids[i:j]:
                parent.setdefault(sid, pid)
    return Chunks(passages, sentences, parent)


def chunk_speeches(speeches: Iterable[Speech], params: ChunkingParams) -> Chunks:
    passages: list[Passage] = []
    sentences: list[Passage] = []
    parent: dict[str, str] = {}
    for speech in speeches:
        c = chunk_speech(speech, params)
        passages += c.passages
        sentences += c.sentences
        parent.update(c.parent)
    return Chunks(passages, sentences, parent)
