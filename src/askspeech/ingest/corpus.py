"""Reading speech files and cleaning web scrapes into `Speech` objects.

Cleaning only ever removes whole lines or joins lines back together: every cleaned paragraph
is, whitespace aside, a verbatim substring of the file it came from, so quotes stay checkable.

(Over 400 lines: reading (encodings, links, limits) and the cleaning passes are each short and
fill one cleaning report together; the passes only make sense in their order.)
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from askspeech.text.zh import chinese_number

log = logging.getLogger(__name__)

SPEECH_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 50 * 1024 * 1024

# "…篇三" / "第三篇" / "篇3" closing a short line marks the start of a speech.
_NUM = "一二三四五六七八九十百零〇两0123456789"
_HEADING = re.compile(
    rf"^#*\s*(?P<title>.{{0,80}}?(?:篇(?P<n1>[{_NUM}]+)|第(?P<n2>[{_NUM}]+)篇))\s*$")
# Where a scraped page's list of other documents begins; everything after is site chrome.
_TRAILER = re.compile(r"^(您可能关注的文档|相关推荐|猜你喜欢|相关文章|相关阅读|推荐阅读)\s*[:：]?$")
_EDITORIAL = [
    re.compile(p)
    for p in (
        r"小编",
        r"(仅|以)?供(大家)?参考[。.]?$",
        r"^文章立意鲜明",
        r"可圈可点[。.]?$",
        r"^以下是.{0,40}(希望|供您)",
        r"(上传|发布)日期\s*[:：]",
        r"^-?\s*\|?\s*$",
        r"^-\s*\d+\s*页$",
    )
]
# Pagination widgets broken into pieces: "共", "2", "页,当前第。", "1", "页" ...
_PAGINATION = re.compile(
    r"^(共|页|第|\d{1,4}|共?\s*\d*\s*页?\s*[,，]?\s*当前第\s*\d*\s*页?[。.]?|上一页|下一页)$")
_TERMINAL = set("。！？!?…」』”’\"）)】]")
_OPENERS = set("，,、；;：:”’」』）)】。")
_SALUTATION = re.compile(r"^(同志们|各位|女士们|先生们|朋友们)[^。]{0,12}[:：]$")
_LIST_MARKER = re.compile(
    rf"^([{_NUM}]+[、.．]|[（(][{_NUM}]+[）)]|第[{_NUM}]+[,，、]|[一二三四五六七八九十]要)"
)
FRAGMENT_MAX = 20
NOISE_MAX_CHARS = 300  # editorial and pagination lines are short
# Sentences for repeat detection: cut at every end mark, quotes or not, so two copies of a text
# are cut alike wherever each copy starts.
_SENTENCE = re.compile(r"[^。！？；!?]+(?:[。！？；!?]+[”’」』）)]*|$)")
DUPLICATE_MIN = 30


class CorpusError(ValueError):
    """A speech file that cannot be read; the message names the file and what to do."""


@dataclass(frozen=True)
class Speech:
    """One speech: `number` is the one its heading gives ("…篇五", "第七篇"), else the lowest
    number no other speech has, in corpus order."""

    number: int
    title: str
    paragraphs: tuple[str, ...]
    source: str

    @property
    def text(self) -> str:
        """The cleaned speech; `Passage.start`/`end` index into this string."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph inside `text`."""
        spans, pos = [], 0
        for para in self.paragraphs:
            spans.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return spans


PARAGRAPH_SEPARATOR = "\n"


@dataclass
class CleaningReport:
    """What cleaning removed or mended, per category, with a few examples each."""

    files: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, example: str, n: int = 1, keep: int = 3) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n
        shown = self.examples.setdefault(kind, [])
        if len(shown) < keep:
            shown.append(example if len(example) <= 60 else example[:57] + "…")

    def lines(self) -> list[str]:
        """Human-readable summary, one category per line."""
        out = []
        for kind, n in self.counts.items():
            out.append(f"{kind}: {n}   e.g. " + " | ".join(repr(e) for e in self.examples[kind]))
        return out


@dataclass(frozen=True)
class Corpus:
    speeches: tuple[Speech, ...]
    report: CleaningReport
    file_hashes: dict[str, str]


# ---------------------------------------------------------------- reading files


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312)."""
    text = _decode(data, name)
    if not text.strip():  # also blank in full-width spaces or a BOM alone
        raise CorpusError(f"{name}: the file is empty. Remove it or put speech text in it.")
    return text


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    bomless = _utf16_without_bom(data)
    if bomless is not None:
        return bomless
    if b"\x00" in data:
        raise CorpusError(f"{name}: looks binary (NUL bytes), not a text file. Remove it.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise CorpusError(
        f"{name}: cannot be decoded as UTF-8 or GB18030/GBK. "
        "Re-save it as UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) or remove it from the corpus."
    )


_CHINESE_TEXT = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\s\x20-\x7e]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 (LE or BE) saved without a byte order mark, when one of the two decodes to text
    that is almost all Chinese, ASCII and CJK punctuation (GBK or UTF-8 bytes read as UTF-16
    give Hangul, private-use or surrogate code units instead)."""
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[:40000]
    if b"\x00" not in data and _valid_utf8(sample):
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:20000]
        if head and len(_CHINESE_TEXT.findall(head)) >= 0.95 * len(head) and _looks_like_text(
                text):
            return text
    return None


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 3  # cut mid-character by the sample, else invalid
    return True


def _looks_like_text(text: str) -> bool:
    """Rejects decodings that 'succeed' on binary junk: too many control or unassigned chars."""
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co") and ch not in "\n\r\t\f")
    )
    return bad <= max(2, len(sample) // 200)


def speech_files(path: Path, follow_symlinks: bool = False,
                 skipped: list[str] | None = None) -> list[Path]:
    """The speech files at `path`: the file itself, or the .txt/.md files of a folder, sorted.
    Inside a folder, files (or links to folders) resolving outside it are skipped and named in
    `skipped`, unless `follow_symlinks`: a link must not pull other files into an index."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder. Pass --corpus with an existing path.")
    if path.is_file():
        return [path]
    root = path.resolve()
    files = []
    for p in sorted(path.rglob("*")):
        if not (p.is_file() and p.suffix.lower() in SPEECH_SUFFIXES):
            continue
        if not follow_symlinks and not p.resolve().is_relative_to(root):
            if skipped is not None:
                skipped.append(str(p.relative_to(path)))
            continue
        files.append(p)
    if not files:
        raise CorpusError(f"{path}: the folder holds no .txt or .md speech files.")
    return files


def read_file(path: Path) -> tuple[str, str]:
    """(decoded text, sha256 of the bytes) of one speech file."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CorpusError(
            f"{path}: {size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit "
            "for one speech file; split it into several files."
        )
    data = path.read_bytes()
    return decode_bytes(data, str(path)), hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- cleaning


_NOT_ALNUM = re.compile(r"[\W_]+")  # re's \w is str.isalnum() plus "_"


def comparison_key(text: str) -> str:
    """Letters and digits only, so duplicate checks ignore punctuation/space."""
    return _NOT_ALNUM.sub("", text)  # as str.isalnum() decides, at C speed


def _is_heading_line(line: str) -> re.Match[str] | None:
    return _HEADING.match(line) if len(line) <= 90 else None


def _is_noise(line: str, report: CleaningReport) -> bool:
    if len(line) > NOISE_MAX_CHARS:  # a paragraph (or a whole paste) is never site chrome
        return False
    if _PAGINATION.match(line):
        report.add("pagination debris", line)
        return True
    if any(p.search(line) for p in _EDITORIAL):
        report.add("editorial/site lines", line)
        return True
    return False


def _ends_sentence(line: str) -> bool:
    return line[-1] in _TERMINAL or line[-1] in ":："


def _is_fragment(line: str) -> bool:
    """A scrape artefact: a few words cut out of a sentence and closed with a stray '。'."""
    return (
        len(line) <= FRAGMENT_MAX
        and line.endswith("。")
        and not re.search(r"[,，、;；:：!！?？]", line[:-1])  # a cut-out phrase, not a sentence
        and not _LIST_MARKER.match(line)
        and not line.startswith(("(", "（"))
    )


def _glue(a: str, b: str) -> str:
    # Latin words broken across lines need their space back; Chinese needs none.
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def join_broken_lines(lines: Sequence[str], report: CleaningReport) -> list[str]:
    """Joins lines the scrape broke mid-sentence back into paragraphs."""
    out: list[str] = []
    glue_next = False
    for i, line in enumerate(lines):
        prev = out[-1] if out else None
        fragment = _is_fragment(line) and i + 1 < len(lines)
        join = prev is not None and not _SALUTATION.match(prev) and (
            glue_next
            or not _ends_sentence(prev)
            or line[0] in _OPENERS
            or fragment
        )
        if join and prev is not None:
            report.add("broken lines joined", f"{prev[-12:]}⏎{line[:12]}")
            out[-1] = _glue(prev, line)
        else:
            out.append(line)
        # A fragment also pulls in the line after it: it was cut out of the middle.
        glue_next = fragment and not _SALUTATION.match(line)
    return out


@dataclass
class _Block:
    title: str
    source: str
    paragraphs: list[str]
    number: int | None = None  # the number its heading gives ("…篇五", "第七篇")


def _split_speeches(lines: list[str], source: str, report: CleaningReport) -> list[_Block]:
    """Cuts a file's lines at speech headings; drops the site header before the first one and
    editorial/pagination lines inside."""
    heads = [i for i, line in enumerate(lines) if _is_heading_line(line)]
    if not heads:
        return [_Block(Path(source).stem, source, _drop_noise(lines, report))]
    for line in lines[: heads[0]]:
        report.add("site header", line)
    blocks = []
    for k, start in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        title = lines[start].lstrip("#").strip()
        blocks.append(_Block(title, source, _drop_noise(lines[start + 1 : end], report),
                             _heading_number(lines[start])))
    return blocks


def _heading_number(line: str) -> int | None:
    m = _is_heading_line(line)
    raw = m and (m.group("n1") or m.group("n2"))
    if not raw:
        return None
    number = int(raw) if raw.isdigit() else chinese_number(raw)
    return number if number and number > 0 else None


def _numbers(blocks: Sequence[_Block]) -> list[int]:
    """Each speech's number: the one its heading gives, unless an earlier speech has it; the
    others get the lowest numbers left, in corpus order."""
    taken: set[int] = set()
    numbers: list[int | None] = []
    for block in blocks:
        n = block.number if block.number is not None and block.number not in taken else None
        numbers.append(n)
        if n is not None:
            taken.add(n)
    free = (n for n in range(1, len(blocks) + len(taken) + 2) if n not in taken)
    return [n if n is not None else next(free) for n in numbers]


def _drop_noise(lines: list[str], report: CleaningReport) -> list[str]:
    return [line for line in lines if not _is_noise(line, report)]


def _clean_lines(raw: str, report: CleaningReport) -> list[str]:
    """Non-empty stripped lines, up to the page's list of other documents."""
    lines = [line.strip() for line in raw.splitlines()]
    lines = [line for line in lines if line]
    for i, line in enumerate(lines):
        if _TRAILER.match(line):
            report.add("related-documents list", line, n=len(lines) - i)
            return lines[:i]
    return lines


def _remove_duplicates(blocks: list[_Block], report: CleaningReport) -> None:
    """Keeps each repeated paragraph once, in the speech it belongs to.

    A scrape can append a whole other speech to a page (篇八 after 篇三 here) or repeat a run of
    paragraphs. A copy stays where it makes up the larger share of its speech (the page it was
    scraped from), otherwise the first copy stays. Short lines inside a dropped run (headings
    like "三、…") go with the run.
    """
    keys = [[comparison_key(para) for para in block.paragraphs] for block in blocks]
    # Very long paragraphs (a whole paste on one line) are compared exactly here and sentence
    # by sentence afterwards: their shingle sets would cost memory and time for nothing.
    near = NearDuplicates(k for ks in keys for k in ks
                          if DUPLICATE_MIN <= len(k) <= NEAR_MAX_CHARS)
    groups: list[list[tuple[int, int]]] = []
    index_of: dict[str, int] = {}
    for b, block_keys in enumerate(keys):
        for p, key in enumerate(block_keys):
            if len(key) < DUPLICATE_MIN:
                continue
            dup_key = near.find(key) if len(key) <= NEAR_MAX_CHARS else (
                key if key in index_of else None)
            if dup_key is None:
                if len(key) <= NEAR_MAX_CHARS:
                    near.add(key)
                index_of[key] = len(groups)
                groups.append([(b, p)])
            else:
                groups[index_of[dup_key]].append((b, p))
    dup_groups = [g for g in groups if len(g) > 1]
    if not dup_groups:
        return
    # Share of each speech's long paragraphs that are repeated elsewhere.
    repeated = [0] * len(blocks)
    long_count = [max(1, sum(len(k) >= DUPLICATE_MIN for k in ks)) for ks in keys]
    for g in dup_groups:
        for b in {b for b, _ in g}:
            repeated[b] += 1
    share = [repeated[b] / long_count[b] for b in range(len(blocks))]
    drop: set[tuple[int, int]] = set()
    for g in dup_groups:
        if len({b for b, _ in g}) == 1:
            keep = g[0]
        else:  # larger share of its speech wins; ties go to the earliest copy
            keep = max(g, key=lambda bp: (share[bp[0]], -g.index(bp)))
        drop.update(bp for bp in g if bp != keep)
    for b, block in enumerate(blocks):
        marked = _marked(keys[b], [(b, p) in drop for p in range(len(block.paragraphs))])
        kept = []
        for para, gone in zip(block.paragraphs, marked, strict=True):
            if gone:
                report.add("repeated paragraphs removed", f"{block.title[-2:]}: {para}")
            else:
                kept.append(para)
        block.paragraphs = kept


def _remove_repeated_sentences(blocks: list[_Block], report: CleaningReport) -> None:
    """Drops sentences repeated verbatim (punctuation and spaces aside) from a paragraph that
    is not itself a repeat: a paste on one line repeats sentences, not lines. The paragraph is
    split where a sentence goes, so every piece stays a verbatim substring of the file."""
    seen: set[str] = set()
    for block in blocks:
        kept: list[str] = []
        for para in block.paragraphs:
            spans = [m.span() for m in _SENTENCE.finditer(para)]
            if len(spans) < 2:
                key = comparison_key(para)
                if len(key) >= DUPLICATE_MIN:
                    seen.add(key)
                kept.append(para)
                continue
            keys = [comparison_key(para[a:b]) for a, b in spans]
            repeated = []
            for k in keys:  # in order: a repeat within the same paragraph counts too
                repeated.append(len(k) >= DUPLICATE_MIN and k in seen)
                if len(k) >= DUPLICATE_MIN:
                    seen.add(k)
            gone = _marked(keys, repeated, whole=False)
            run_start: int | None = None
            pieces: list[tuple[int, int]] = []
            for (a, b), drop in zip(spans, gone, strict=True):
                if drop:
                    report.add("repeated sentences removed", f"{block.title[-2:]}: {para[a:b]}")
                    if run_start is not None:
                        pieces.append((run_start, a))
                        run_start = None
                elif run_start is None:
                    run_start = a
            if run_start is not None:
                pieces.append((run_start, len(para)))
            for a, b in pieces:
                piece = para[a:b].strip()
                if comparison_key(piece):
                    kept.append(piece)
        block.paragraphs = kept


def _marked(keys: list[str], repeated: list[bool], whole: bool = True) -> list[bool]:
    """Which paragraphs of one speech go: its repeated ones; the short ones sandwiched in a
    run of those (headings like "三、…" go with the run); and all of them when every long one
    is repeated — the speech is a copy, whose salutation and headings would linger as a stub."""
    long = [len(k) >= DUPLICATE_MIN for k in keys]
    if whole and any(long) and all(r for r, is_long in zip(repeated, long, strict=True) if is_long):
        return [True] * len(keys)
    marked = list(repeated)
    for p in range(len(marked)):
        if marked[p] or long[p]:
            continue
        before = next((marked[q] for q in range(p - 1, -1, -1) if long[q]), False)
        after = next((marked[q] for q in range(p + 1, len(marked)) if long[q]), True)
        if before and after:
            marked[p] = True
    return marked


def shingles(key: str, n: int = 8) -> set[str]:
    """The n-character windows of a comparison key, which near-duplicate checks compare."""
    return {key[i : i + n] for i in range(max(1, len(key) - n + 1))}


def _is_near(a: str, b: str, sa: set[str], sb: set[str]) -> bool:
    """Same text up to a few scrape edits: lengths within 10 %, 90 % of shingles shared."""
    if abs(len(a) - len(b)) > 0.1 * max(len(a), len(b)):
        return False
    return len(sa & sb) >= NEAR_SHARE * min(len(sa), len(sb))


NEAR_SHARE = 0.9
NEAR_MAX_CHARS = 20_000  # longer paragraphs are compared exactly, then sentence by sentence


class NearDuplicates:
    """The earlier paragraph keys, searchable for a near copy of a new one.

    Comparing each paragraph with every earlier one is quadratic (hours at 100× the shipped
    corpus), so candidates come from prefix filtering: with every shingle set ordered rarest
    first, two sets sharing at least t = ⌈0.9·m⌉ shingles (m the smaller size) must share one
    of the first m - t + 1 shingles of the smaller set. So each key's prefix is indexed, and a
    new key probes that index with all its shingles (an earlier key no larger than it) and the
    index of all shingles with its own prefix (an earlier key larger than it). Candidates are
    then checked exactly; the earliest match wins, as in a linear scan.
    """

    def __init__(self, all_keys: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        for key in all_keys:
            counts.update(shingles(key))
        self._rarity = counts
        self._keys: list[str] = []
        self._sets: list[set[str]] = []
        self._order: dict[str, int] = {}
        self._by_prefix: dict[str, list[int]] = defaultdict(list)
        self._by_shingle: dict[str, list[int]] = defaultdict(list)

    def _ordered(self, windows: set[str]) -> list[str]:
        return sorted(windows, key=lambda s: (self._rarity[s], s))

    @staticmethod
    def _prefix_size(size: int) -> int:
        return size - math.ceil(NEAR_SHARE * size) + 1

    def find(self, key: str) -> str | None:
        """An earlier key equal to `key` or a near copy of it (the earliest one)."""
        if key in self._order:
            return key
        mine = shingles(key)
        ordered = self._ordered(mine)
        candidates: set[int] = set()
        for s in ordered:
            candidates.update(self._by_prefix.get(s, ()))
        for s in ordered[: self._prefix_size(len(ordered))]:
            candidates.update(self._by_shingle.get(s, ()))
        for i in sorted(candidates):
            if _is_near(key, self._keys[i], mine, self._sets[i]):
                return self._keys[i]
        return None

    def add(self, key: str) -> None:
        key_shingles = shingles(key)
        ordered = self._ordered(key_shingles)
        i = len(self._keys)
        self._keys.append(key)
        self._sets.append(key_shingles)
        self._order[key] = i
        for s in ordered[: self._prefix_size(len(ordered))]:
            self._by_prefix[s].append(i)
        for s in ordered:
            self._by_shingle[s].append(i)


def parse_speeches(
    texts: Iterable[tuple[str, str]], report: CleaningReport | None = None
) -> list[Speech]:
    """Cleans (source name, raw text) pairs into numbered speeches."""
    report = report if report is not None else CleaningReport()
    blocks: list[_Block] = []
    for source, raw in texts:
        report.files.append(source)
        blocks.extend(_split_speeches(_clean_lines(raw, report), source, report))
    for block in blocks:
        block.paragraphs = join_broken_lines(block.paragraphs, report)
    _remove_duplicates(blocks, report)
    _remove_repeated_sentences(blocks, report)
    kept: list[_Block] = []
    for block in blocks:
        if not any(comparison_key(p) for p in block.paragraphs):
            report.add("empty speeches skipped", block.title)
            continue
        kept.append(block)
    return [Speech(n, block.title, tuple(block.paragraphs), block.source)
            for n, block in zip(_numbers(kept), kept, strict=True)]


def load_corpus(path: Path, follow_symlinks: bool = False) -> Corpus:
    """Reads, decodes and cleans the speech file or folder at `path`.

    Raises CorpusError naming the first file that cannot be used; nothing is half-read.
    """
    outside: list[str] = []
    files = speech_files(path, follow_symlinks, outside)
    texts, hashes = [], {}
    for f in files:
        text, digest = read_file(f)
        name = str(f.relative_to(path)) if path.is_dir() else f.name
        texts.append((name, text))
        hashes[name] = digest
    report = CleaningReport()
    for name in outside:
        report.add("links outside the corpus folder skipped", name, keep=20)
    speeches = parse_speeches(texts, report)
    if not speeches:
        raise CorpusError(f"{path}: no speech text left after cleaning.")
    log.info("corpus %s: %d files, %d speeches", path, len(files), len(speeches))
    return Corpus(tuple(speeches), report, hashes)
