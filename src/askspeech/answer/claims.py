"""The LLM's claims, checked against the passages they cite.

An LLM answer is split into claims (a sentence and the `[n]` markers that belong to it, including
markers written after its full stop: "…制度。[1]"). A claim is supported by passage n when

* every number, quoted term and name it states occurs in the passage (after normalisation), and
  most of its other key words do (for Chinese claims; an English claim cannot share words with
  a Chinese passage), and
* its embedding is close to one of the passage's sentences.

The checker knows nothing of Chroma or the LLM: it is given the passage text, the sentences'
vectors and an embedding function, so it is unit-tested with a fake embedder.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from askspeech.text.zh import chinese_number

MARKER = re.compile(r"\[(\d+)\]")  # any number of digits: "[123]" is a marker too (and invalid)
_ENDS = "。！？!?；;"
_CLOSERS = "”’」』）)】"
_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,40})[”」』\"]")
_ARABIC = re.compile(r"\d+(?:[.,]\d+)*")
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")

# e5 cosines are compressed (any two sentences of these speeches score 0.84–0.93), so closeness
# is judged relative to the whole index: the cited passage's closest sentence must be nearly as
# close as the closest unit anywhere (MARGIN), and above an absolute floor that only cross-topic
# text misses. Measured on the shipped speeches, claim embedded as a query: paraphrases score
# 0.93–0.96 with their sentence (translations 0.83–0.87) and are the nearest unit; unrelated
# English claims 0.74–0.78.
MIN_SIMILARITY = 0.80
MARGIN = 0.04
MIN_WORD_SHARE = 0.5  # of a Chinese claim's key words that the passage must hold


@dataclass(frozen=True)
class Claim:
    text: str  # the sentence, markers included, as written
    markers: tuple[int, ...]  # the marker numbers it carries, in order, duplicates removed
    start: int  # offsets in the answer text
    end: int

    @property
    def bare(self) -> str:
        """The claim without its markers: what is compared with the passage."""
        return MARKER.sub("", self.text).strip()


@dataclass
class Verdict:
    supported: bool
    similarity: float = 0.0
    missing: list[str] = field(default_factory=list)  # terms the passage does not hold

    @property
    def reason(self) -> str:
        if self.supported:
            return ""
        if self.missing:
            return "not in the passage: " + "、".join(self.missing[:3])
        return f"not close to any sentence of the passage (similarity {self.similarity:.2f})"


def split_claims(text: str) -> list[Claim]:
    """The sentences of an answer. A marker belongs to the sentence before it even when written
    after its end ("…制度。[1]"), closing quotes stay with their sentence, and a sentence is
    never just markers."""
    claims: list[Claim] = []
    start = i = 0
    n = len(text)
    while i < n:
        if text[i] in _ENDS or (text[i] == "." and (i + 1 == n or text[i + 1].isspace())):
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            while True:  # markers (and spaces before them) after the end join this sentence
                k = j
                while k < n and text[k] in " \t":
                    k += 1
                m = MARKER.match(text, k)
                if not m:
                    break
                j = m.end()
            if j < n and text[j] in _ENDS:  # "…制度[1]。" already handled; "。[1]。" → one end
                j += 1
            _add(claims, text, start, j)
            start = i = j
            continue
        i += 1
    _add(claims, text, start, n)
    return claims


def _add(claims: list[Claim], text: str, start: int, end: int) -> None:
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    piece = text[start:end].strip()
    if not piece:
        return
    numbers = tuple(dict.fromkeys(int(m.group(1)) for m in MARKER.finditer(piece)))
    if not MARKER.sub("", piece).strip(" 。.,，;；!?！？\n"):
        # markers alone (a stray "[2]" on its own line): they belong to the previous claim
        if claims:
            prev = claims[-1]
            claims[-1] = Claim(text[prev.start:end].strip(),
                               tuple(dict.fromkeys(prev.markers + numbers)), prev.start, end)
        return
    claims.append(Claim(piece, numbers, start + lead, start + lead + len(piece)))


def check_markers(text: str, n_passages: int) -> tuple[str, list[int]]:
    """Drops markers to passages that were not given (any number of digits); returns the text
    and the valid numbers in order of first use."""
    used: list[int] = []

    def keep(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if 1 <= n <= n_passages:
            if n not in used:
                used.append(n)
            return m.group(0)
        return ""

    return MARKER.sub(keep, text), used


def _norm(text: str) -> str:
    return re.sub(r"[\s,，、:：“”\"'‘’「」《》()（）]", "", text.lower())


def _numbers(claim: str) -> list[str]:
    """Numbers the claim states, as they must appear in the passage (digits or Chinese)."""
    found = [m.group(0) for m in _ARABIC.finditer(claim)]
    for m in _CN_NUMBER.finditer(claim):
        value = chinese_number(m.group(0))
        if value is not None and value >= 10:  # "一是""三个" are ordinals and counts, not figures
            found.append(m.group(0))
    return found


def _number_held(number: str, passage: str) -> bool:
    if number in passage:
        return True
    value = chinese_number(number) if not number[0].isdigit() else None
    if value is not None and str(value) in passage:
        return True
    if number.isdigit():  # "30" vs "三十"
        return any(chinese_number(m.group(0)) == int(number)
                   for m in _CN_NUMBER.finditer(passage))
    return False


def key_terms(claim: str, words: Callable[[str], Sequence[str]]) -> tuple[list[str], list[str]]:
    """(terms that must all occur, key words most of which must occur). Must: numbers, quoted
    terms, Latin names in a Chinese claim. Key words: the claim's Chinese words of two or more
    characters (`words` is the tokenizer, jieba in production)."""
    must = _numbers(claim) + [m.group(1) for m in _QUOTED.finditer(claim)]
    chinese = bool(_CJK.search(claim))
    if not chinese:
        return must, []
    must += [w for w in _LATIN_WORD.findall(claim) if len(w) > 1]
    keys = [w for w in words(claim) if len(w) >= 2 and _CJK.search(w)]
    return list(dict.fromkeys(must)), list(dict.fromkeys(keys))


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ClaimChecker:
    """Checks claims against passages with the index's own embeddings.

    `embed` embeds a claim (the model's query side, as the index is searched); `nearest` gives
    the best cosine of a vector to any unit of the index (None: no relative check); `words`
    tokenizes Chinese; the other arguments are the thresholds."""

    def __init__(self, embed: Callable[[str], Sequence[float]],
                 words: Callable[[str], Sequence[str]],
                 nearest: Callable[[Sequence[float]], float] | None = None,
                 min_similarity: float = MIN_SIMILARITY,
                 min_word_share: float = MIN_WORD_SHARE, margin: float = MARGIN) -> None:
        self.embed = embed
        self.words = words
        self.nearest = nearest
        self.margin = margin
        self.min_similarity = min_similarity
        self.min_word_share = min_word_share

    def check(self, claim: str, passage_text: str,
              sentence_vectors: Iterable[Sequence[float]]) -> Verdict:
        bare = MARKER.sub("", claim).strip()
        text = _norm(passage_text)
        must, keys = key_terms(bare, self.words)
        missing = [t for t in must if not (_norm(t) in text or _number_held(t, passage_text))]
        absent = [w for w in keys if w not in text]
        if keys and len(absent) > (1 - self.min_word_share) * len(keys):
            missing += absent
        vectors = list(sentence_vectors)
        similarity, close = 0.0, True
        if vectors:
            v = self.embed(bare)
            similarity = max(cosine(v, s) for s in vectors)
            close = similarity >= self.min_similarity
            if close and self.nearest is not None:
                close = similarity >= self.nearest(v) - self.margin
        return Verdict(not missing and close, similarity, missing)
