"""Chinese text knowledge for official speeches, written once: numerals, outline markers,
sentence ends and count announcements ("讲三点意见").

Everything here works on plain `str` offsets so callers can map results back to verbatim text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "BLANK_MARKER",
    "FAMILIES",
    "LAST",
    "PERSON_TITLES",
    "SENTENCE_END",
    "SURNAMES",
    "SURNAME_TITLE",
    "TITLE_OPENS",
    "Family",
    "Marker",
    "announced_count",
    "chinese_number",
    "chinese_numeral",
    "colloquial_expansions",
    "colloquial_senses",
    "family",
    "is_lead_in",
    "is_opinion_announcement",
    "leading_marker",
    "marker_at",
    "sentence_spans",
]

# --------------------------------------------------------------------------- numbers

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def chinese_number(s: str) -> int | None:
    """Value of a Chinese or Arabic numeral ("十二"→12, "两"→2, "１２"→12); None if it is not one.

    Only whole strings count, so callers can feed regex groups without pre-validation.
    """
    s = s.strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    total, digit, last_unit = 0, -1, 10_000
    for ch in s:
        if ch in _DIGITS:
            if digit >= 0 and digit != 0:  # "二三" is not a number
                return None
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:  # "十百" / "十十"
                return None
            total += (1 if digit < 0 else digit) * unit  # bare "十" means 10
            digit, last_unit = -1, unit
        else:
            return None
    if digit > 0:
        total += digit
    elif digit == 0 and total == 0 and len(s) == 1:
        return 0
    return total if total > 0 or s in ("零", "〇") else None


def chinese_numeral(n: int) -> str:
    """Chinese numeral for 0 <= n < 10000 as written in ordinals (12→"十二", 105→"一百零五")."""
    if not 0 <= n < 10_000:
        raise ValueError(f"chinese_numeral supports 0..9999, got {n}")
    if n == 0:
        return "零"
    names = "零一二三四五六七八九"
    parts: list[str] = []
    zero_pending = False
    for unit, unit_name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        # Ordinals say "十二", not "一十二", when ten leads the number.
        if not (unit == 10 and d == 1 and not parts):
            parts.append(names[d])
        parts.append(unit_name)
    return "".join(parts)


# --------------------------------------------------------------------------- sentences

# Both widths: the cleaned corpus is NFKC-normalised, which turns ！？； into !?;.
# The characters Chinese numerals are written with ("一百二十", "两", "三千万").
NUMERAL_CHARS = "零一二两三四五六七八九十百千万"
SENTENCE_END = "。！？；!?;"
_CLOSERS = "”’」』）)】"
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"
# A quote still "open" after this many characters is scrape damage, not a quotation.
_MAX_QUOTE = 300


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; a newline always ends a sentence.

    Ends inside “…” do not split (a quoted remark stays with its sentence) and closing quotes
    right after the end mark belong to the sentence, so quotes are never cut in half.
    """
    spans: list[tuple[int, int]] = []
    start, depth, opened_at, i, n = 0, 0, 0, 0, len(text)

    def add(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))

    while i < n:
        ch = text[i]
        if ch == "\n":
            add(start, i)
            start, depth = i + 1, 0
        elif ch in _OPEN_QUOTES:
            if depth == 0:
                opened_at = i
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
            if depth == 0 and i > 0 and text[i - 1] in SENTENCE_END:
                # “…。” closes a quoted sentence and the sentence around it.
                j = i + 1
                while j < n and text[j] in _CLOSERS:
                    j += 1
                add(start, j)
                start, i = j, j
                continue
        elif ch in SENTENCE_END and (depth == 0 or i - opened_at > _MAX_QUOTE):
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            add(start, j)
            start, depth, i = j, 0, j
            continue
        i += 1
    add(start, n)
    return spans


# --------------------------------------------------------------------------- markers

LAST = -1
"""Ordinal of a marker that only says "the last one" (最后); the parser numbers it."""

_NUMERAL = "[一二三四五六七八九十]{1,3}"
_ARABIC = "[0-9０-９]{1,2}"
_SENT_START = "。！？；：:!?;"
_CLAUSE_START = _SENT_START + "，,"


@dataclass(frozen=True)
class Family:
    """One kind of outline marker.

    rank: place in the conventional hierarchy 一、 > （一） > 1. > （1）; None for families that
    appear at any level (第一， / 一是 / 首先 ...), whose nesting follows the order they are met.
    weak: a lone ordinal-1 marker of this family is usually prose ("首先要…"), so a list of it
    only counts once a second item confirms it.
    inline_after: characters after which the marker may start mid-paragraph.
    """

    name: str
    pattern: re.Pattern[str]
    rank: int | None
    weak: bool
    inline_after: str


FAMILIES: tuple[Family, ...] = (
    # 一、 — not "一、二级" style enumerations of numbers.
    Family("heading", re.compile(rf"(?P<n>{_NUMERAL})[、．](?![一二三四五六七八九十0-9])"),
           0, False, _SENT_START),
    Family("paren", re.compile(rf"[（(](?P<n>{_NUMERAL})[）)]"), 1, False, _SENT_START),
    # 1. / 1、 / 1． — not decimals ("1.5") or "1、2批".
    Family("arabic", re.compile(rf"(?P<n>{_ARABIC})[.．、](?![0-9０-９])"), 2, False,
           _SENT_START),
    Family("paren_arabic", re.compile(rf"[（(](?P<n>{_ARABIC})[）)]"), 3, False, _SENT_START),
    # 第一， — a following ，、：or 是/要 excludes 第一书记/第一次/第一线/第一时间/第一责任人, and
    # 要务/要义 excludes "第一要务".
    Family("di", re.compile(rf"第(?P<n>{_NUMERAL})(?:[，,、：:]|(?=是|要(?!务|义|素|求|件)))"),
           None, False, _CLAUSE_START),
    Family("shi", re.compile(rf"(?P<n>{_NUMERAL})是(?!非|否)"), None, True, _CLAUSE_START),
    Family("yao", re.compile(rf"(?P<n>{_NUMERAL})要(?!素|求|务|义|点|件|紧|害)"), None, True,
           _CLAUSE_START),
    Family("fangmian", re.compile(r"(?P<other>另)?一方面"), None, True, _CLAUSE_START),
    Family("sequence", re.compile(r"(?P<w>首先|其次|再次|最后)(?=[，,、：:]|要|是)"), None, True,
           _SENT_START),
    # "()": a numbered marker whose numeral the scrape lost ("()建设标准规范。"). It states no
    # ordinal, so no single marker is one: the outline numbers a paragraph's run of them.
    Family("blank", re.compile(r"(?!)"), None, False, _SENT_START),
)
BLANK_MARKER = re.compile(r"[（(][）)](?=[\u4e00-\u9fff“])")
_BY_NAME = {f.name: f for f in FAMILIES}
_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "最后": LAST}


def family(name: str) -> Family:
    """The family called `name` (KeyError for unknown names)."""
    return _BY_NAME[name]


@dataclass(frozen=True)
class Marker:
    """An outline marker found in text: `ordinal` is what it states (LAST for 最后);
    `last` is True when it also says the list ends here (最后, 另一方面)."""

    family: str
    ordinal: int
    text: str
    length: int
    last: bool = False


def _ordinal(fam: Family, m: re.Match[str]) -> tuple[int, bool] | None:
    if fam.name == "fangmian":
        return (2, True) if m.group("other") else (1, False)
    if fam.name == "sequence":
        seq = _SEQUENCE[m.group("w")]
        return seq, seq == LAST
    n = chinese_number(m.group("n"))
    return (n, False) if n else None


def marker_at(text: str, pos: int) -> Marker | None:
    """The outline marker starting exactly at `pos`, or None.

    A marker must begin a paragraph (pos 0 or after a newline) or follow the punctuation its
    family allows, which is what separates "。第一，" from "村第一书记" or "统一是".
    """
    if not 0 <= pos < len(text):
        return None
    prev = text[pos - 1] if pos > 0 else "\n"
    for fam in FAMILIES:
        if prev != "\n" and prev not in fam.inline_after:
            continue
        m = fam.pattern.match(text, pos)
        if m is None:
            continue
        got = _ordinal(fam, m)
        if got is None:
            continue
        return Marker(fam.name, got[0], m.group(0), len(m.group(0)), got[1])
    return None


def leading_marker(text: str) -> Marker | None:
    """The marker a paragraph opens with (leading whitespace skipped), or None."""
    stripped = text.lstrip()
    return marker_at(stripped, 0) if stripped else None


# --------------------------------------------------------------------------- announcements

_COUNT = r"[一二两三四五六七八九十0-9０-９]{1,3}|几"
_MEASURE = r"个方面|个层面|个|点|项|条|支|种|类|件|大|方面|句话"
_ANNOUNCE = re.compile(
    rf"(?P<cue>以下|如下|下面|这么|这|讲|谈|说|抓好|做到|突出|面临|有|从|重点|主要|概括)?"
    rf"[“\"「]?(?P<n>{_COUNT})(?P<m>{_MEASURE})")
# "讲三点意见" / "讲三个方面的意见" / "讲几点意见": the speaker announcing the talk's own parts.
_OPINION = re.compile(
    rf"[讲谈](?:一下|一讲|了)?[^，。；：,]{{0,4}}?(?P<n>{_COUNT})(?:点|个方面的?|个问题|条|方面)"
    r"(?:意见|看法|想法|体会|要求|问题)?")


# Fixed political terms that contain a count but never announce a list.
_SLOGANS = re.compile(
    "三个代表|四个全面|四个意识|四个自信|两个维护|两个确立|五位一体|两个一百年|八项规定|三严三实"
    "|三个加快建设|两个率先")


def _count_value(raw: str) -> int | None:
    return None if raw == "几" else chinese_number(raw)


def _announcements(sentence: str) -> list[tuple[bool, int | None]]:
    """(has_cue, count) for each plausible count phrase; counts of one are never lists."""
    found: list[tuple[bool, int | None]] = []
    sentence = _SLOGANS.sub(lambda m: "□" * len(m.group(0)), sentence)
    for m in _ANNOUNCE.finditer(sentence):
        n = _count_value(m.group("n"))
        if n is not None and n < 2:
            continue
        found.append((m.group("cue") is not None, n))
    return found


def announced_count(sentence: str) -> int | None:
    """How many points a lead-in sentence announces ("讲三点意见"→3, "以下几项工作"→None).

    An opinion announcement wins over other numbers in the sentence, then a cued phrase
    ("以下三个方面", "这么“三个先”"), then the last count phrase.
    """
    m = _OPINION.search(sentence)
    if m:
        return _count_value(m.group("n"))
    found = _announcements(sentence)
    cued = [n for cue, n in found if cue]
    if cued:
        return cued[-1]
    return found[-1][1] if found else None


def is_opinion_announcement(sentence: str) -> bool:
    """True for "下面，我讲三点意见" style sentences, which announce a whole talk's parts."""
    return _OPINION.search(sentence) is not None


def is_lead_in(sentence: str) -> bool:
    """A sentence that introduces a list: it ends with a colon or announces a count with a cue
    ("讲三点意见。", "重点抓好以下几项工作", "面临五个挑战")."""
    s = sentence.rstrip()
    if s.endswith(("：", ":")):
        return True
    if is_opinion_announcement(s):
        return True
    return any(cue for cue, _ in _announcements(s))


# The suffixes that end a place's name ("耒阳市", "亮源乡").
PLACE_SUFFIXES = "省市县区镇乡村"

# The commonest Chinese surnames, less those that are mostly ordinary words here (党, 全, 和, …):
# jieba tags many ordinary words as names ("宝贵财富", "党执政"), so a name must start with one
# of these or be followed by a title ("东明书记").
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟"
    "臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# Two-character surnames: a four-character name opens with one ("欧阳…"); a four-character
# word opening with a one-character surname is no name ("严格执行", which jieba tags as one).
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
                               "夏侯", "尉迟", "公孙", "长孙", "宇文", "司徒", "端木", "西门"})
# Titles a person is named with ("东明书记", "王浩同志"), as a regex alternation.
PERSON_TITLES = "书记|同志|部长|省长|市长|县长|区长|主任|局长|主席|总书记"
# Text that opens with such a title: the word before it is a person's name.
TITLE_OPENS = re.compile(rf"^(?:{PERSON_TITLES})")
# A surname with an office ("张书记", "市委袁书记"): a person named by title alone.
SURNAME_TITLE = re.compile(
    rf"[{''.join(sorted(SURNAMES))}](?:书记|部长|省长|市长|县长|区长|主任|主席|总理)")
# A surname with any address ("孙先生", "王同志"): a person not named in full.
SURNAME_ADDRESS = re.compile(rf"[{''.join(sorted(SURNAMES))}](?:{PERSON_TITLES}|先生|女士)")


# Nouns that stand for whatever is asked ("考的是什么内容?", "要学哪些东西?"), saying nothing
# of what about.
PLACEHOLDERS = ("内容", "东西", "事情", "事儿")
# "要" counting a point of a run "一要…二要…", after "第四" ("第四要里…", "第四要呢?", "第四要
# 具体说了什么"): not the "要" of a word ("第一要务").
YAO_POINT = r"要(?=[里中呢是的,，?？]|具体|$)"


@functools.cache
def _colloquial() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`colloquial.tsv`: everyday words and the official ones they stand for, read once."""
    text = resources.files("askspeech.text").joinpath("colloquial.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#"))
    return tuple((everyday, tuple(official.split())) for everyday, official in rows)


def colloquial_senses(text: str) -> list[tuple[str, ...]]:
    """The official words of each everyday word in `text`, word by word."""
    return [official for everyday, official in _colloquial() if everyday in text]


def in_official_words(text: str) -> list[str]:
    """`text` with each everyday word in it said in each of its official words ("讲村子那一大块"
    → "讲农村那一大块")."""
    return [text.replace(everyday, word) for everyday, official in _colloquial()
            if everyday in text for word in official]


def colloquial_expansions(text: str) -> list[str]:
    """The official words for the everyday ones in `text` ("村部" → 活动场所, 村委会): what the
    speeches call what the question says in its own words."""
    return list(dict.fromkeys(w for official in colloquial_senses(text) for w in official))
