"""The outline tree of one speech: sections (一、), items (第一，/ 一是 / （一）…) and the lead-in
sentences that announce them ("讲三点意见"), with offsets into `"\n".join(paragraphs)`.

Parsing is two passes. Pass one walks the markers in text order with a stack of open nodes
(the order families are met decides nesting; the conventional ranks 一、 > （一） > 1. > （1）
only ever close deeper ranked nodes). Pass two groups each node's children into lists and
wraps a list in a `lead_in` node when the sentence before it announces it.

The parser never raises on odd input: a marker that does not fit the list it would join is
left as text, and a final pass clips spans so children sit inside parents without overlap.

(Over 400 lines: the two passes share the marker grammar, the node type and the span clipping;
split apart, each half would reach into the other's internals.)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from askspeech.text.zh import (
    BLANK_MARKER,
    LAST,
    Marker,
    announced_count,
    chinese_number,
    family,
    is_lead_in,
    is_opinion_announcement,
    marker_at,
    sentence_spans,
)

__all__ = [
    "HEADING_MAX",
    "OUTLINE_VERSION",
    "OutlineNode",
    "deepest_at",
    "family_of",
    "found_count",
    "from_dict",
    "iter_nodes",
    "list_items",
    "parse_outline",
    "path_to",
    "siblings",
    "to_dict",
]

OUTLINE_VERSION = 2
"""Bumped when parsing gives other outlines: a build of unchanged files is then made again."""
SEPARATOR = "\n"
HEADING_MAX = 90
"""A marked one-sentence paragraph up to this long is a heading; longer ones are items."""
_GAP_MAX = 3  # scrapes lose whole paragraphs: （三） may be followed by （五）
_CLOSING = ("同志们",)  # the closing address ends every open section
_FULL_STOP = ("。", "！", "？", "!", "?", "。”", "！”", "？”")
_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_MAX = "“「『", "”」』", 300
_LEADING_PUNCT = "，,、：: \t"


@dataclass(frozen=True)
class OutlineNode:
    """One node of a speech outline; offsets index `"\n".join(paragraphs)`."""

    kind: str  # "root" | "heading" | "item" | "lead_in"
    level: int  # 0 root, 1.. deeper (depth in the tree)
    marker: str  # "一、", "（二）", "第三，", "二是", "首先", "" for root/lead_in
    ordinal: int  # 1-based position the marker states (0 for root/lead_in)
    heading: str  # heading paragraph, the item's first sentence, or the lead-in sentence
    paragraph: int  # 1-based paragraph where it starts
    start: int  # offset where the node starts (its marker)
    end: int  # offset where its content ends (exclusive)
    announced: int | None  # count a lead-in announced for this node's children
    children: tuple[OutlineNode, ...] = ()


# --------------------------------------------------------------------------- pass one


@dataclass(eq=False)  # identity, not deep equality: nodes are looked up in lists
class _Node:
    kind: str
    family: str
    ordinal: int
    marker: str
    start: int
    end: int
    paragraph: int  # 0-based while parsing
    para_start: bool
    heading_end: int = -1  # where the heading text ends (before clipping to `end`)
    announced: int | None = None
    children: list[_Node] = field(default_factory=list)
    # family -> (ordinal of the last child item of that family, was it at a paragraph start)
    last_item: dict[str, tuple[int, bool]] = field(default_factory=dict)

    @property
    def rank(self) -> int | None:
        return family(self.family).rank if self.family else None


@dataclass
class _Text:
    text: str
    spans: list[tuple[int, int]]  # paragraph (start, end)
    starts: list[int]

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def last_sentence(self, i: int) -> tuple[int, int] | None:
        s, e = self.spans[i]
        sents = sentence_spans(self.text[s:e])
        return (s + sents[-1][0], s + sents[-1][1]) if sents else None


def _scan_markers(t: _Text) -> list[tuple[int, int, Marker]]:
    """(paragraph, position, marker) for every marker outside quotations, in text order.

    Quoted text ("…提出“一是…”…") is someone else's wording, not the speech's outline.
    """
    found: list[tuple[int, int, Marker]] = []
    for i, (s, e) in enumerate(t.spans):
        depth, opened, j = 0, s, s
        while j < e:
            ch = t.text[j]
            if ch in _QUOTE_OPEN:
                if depth == 0:
                    opened = j
                depth += 1
            elif ch in _QUOTE_CLOSE:
                depth = max(0, depth - 1)
            if depth > 0 and j - opened > _QUOTE_MAX:
                depth = 0  # an unbalanced quote from the scrape
            if depth == 0:
                m = marker_at(t.text, j)
                if m is not None:
                    found.append((i, j, m))
                    j += m.length
                    continue
            j += 1
    return sorted([*found, *_blank_markers(t)], key=lambda x: x[1])


_UNMARKED_FIRST_MAX = 30  # "即:工程技术规范。": the first item's heading, unmarked
_BLANK = re.compile(r"[（(][）)]")  # a blank marker's text
_COINED_COUNT = re.compile(r"[“\"]([一二两三四五六七八九十])[\u4e00-\u9fff]{1,4}[”\"]")


def _blank_markers(t: _Text) -> list[tuple[int, int, Marker]]:
    """The "()" markers of a paragraph whose numerals the scrape lost, numbered in order when
    two or more open sentences. When the sentence announcing them counts one more and ends in a
    colon followed by a short heading ("做到“六规范”,即:工程技术规范。…()建设标准规范。…"),
    that heading is the first item, which its list never marked: a marker of no characters."""
    found: list[tuple[int, int, Marker]] = []
    after = family("blank").inline_after
    for i, (s, e) in enumerate(t.spans):
        para = t.text[s:e]
        hits = [s + m.start() for m in BLANK_MARKER.finditer(para)
                if m.start() == 0 or para[m.start() - 1] in after]
        if len(hits) < 2:
            continue
        before = t.text[s:hits[0]]
        first: list[int] = []
        colon = max(before.rfind(":"), before.rfind("："))
        if colon >= 0:
            opening = sentence_spans(before[:colon + 1])
            said = before[opening[-1][0]:colon + 1] if opening else ""
            heading = before[colon + 1:].split("。")[0]
            # the count announced, or a coined term's ("“六规范”")
            coined = _COINED_COUNT.search(said)
            count = announced_count(said) or (chinese_number(coined.group(1)) if coined else None)
            if count == len(hits) + 1 and 2 <= len(heading) <= _UNMARKED_FIRST_MAX:
                first = [s + colon + 1]
        for n, pos in enumerate([*first, *hits], start=1):
            text = "" if pos in first else t.text[pos:pos + 2]
            found.append((i, pos, Marker("blank", n, text, len(text))))
    return found


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_heading_paragraph(para: str) -> bool:
    """A short one-sentence paragraph, or one with no closing full stop, is a heading; a
    marked paragraph that goes on for sentences is an item with a body."""
    stripped = para.rstrip()
    if not stripped.endswith(_FULL_STOP):
        return True
    return len(stripped) <= HEADING_MAX and len(sentence_spans(stripped)) <= 1


class _Parser:
    def __init__(self, paragraphs: Sequence[str]) -> None:
        text = SEPARATOR.join(paragraphs)
        spans: list[tuple[int, int]] = []
        pos = 0
        for p in paragraphs:
            spans.append((pos, pos + len(p)))
            pos += len(p) + len(SEPARATOR)
        self.t = _Text(text, spans, [s for s, _ in spans])
        self.markers = _scan_markers(self.t)
        self.root = _Node("root", "", 0, "", 0, len(text), 0, True)
        self.stack: list[_Node] = [self.root]
        self.marked_paragraphs: set[int] = set()

    # -- helpers -------------------------------------------------------------------------

    def _close_to(self, depth: int, pos: int) -> None:
        """Pop the stack down to `depth` open nodes, ending the popped ones at `pos`."""
        while len(self.stack) > depth:
            node = self.stack.pop()
            node.end = max(_trim_end(self.t.text, node.start, pos), node.start + _min_span(node))

    def _confirmed(self, idx: int, m: Marker, para: int, at_start: bool) -> bool:
        """A second item of the same list follows soon: a lone "一是"/"首先" is just prose."""
        reach = 3 if at_start else 1
        for j in range(idx + 1, len(self.markers)):
            p2, _pos, m2 = self.markers[j]
            if p2 > para + reach:
                break
            if m2.family == m.family and (m2.ordinal == m.ordinal + 1 or m2.last):
                return True
        return False

    def _leads_in(self, para: int) -> bool:
        sent = self.t.last_sentence(para)
        return sent is not None and is_lead_in(self.t.text[sent[0]:sent[1]])

    # -- main loop -----------------------------------------------------------------------

    def parse(self) -> _Node:
        by_para: dict[int, list[int]] = {}
        for k, (p, _pos, _m) in enumerate(self.markers):
            by_para.setdefault(p, []).append(k)
        for i, (ps, pe) in enumerate(self.t.spans):
            if i > 0 and self.t.text[ps:pe].startswith(_CLOSING) and len(self.stack) > 1:
                self._close_to(1, ps - len(SEPARATOR))
            for k in by_para.get(i, []):
                self._place(k, i, ps)
            # Inline items never outlive their paragraph; paragraph-level ones run on.
            while len(self.stack) > 1 and not self.stack[-1].para_start:
                self._close_to(len(self.stack) - 1, pe)
        self._close_to(1, len(self.t.text))
        return self.root

    def _place(self, k: int, i: int, ps: int) -> None:
        _p, pos, m = self.markers[k]
        fam = family(m.family)
        at_start = pos == ps
        open_at = next((d for d in range(len(self.stack) - 1, 0, -1)
                        if self.stack[d].family == m.family), None)
        rule_closed = False
        if fam.rank == 0:
            parent_d = 0  # 一、 sections always hang from the root
        elif open_at is not None:
            parent_d = open_at - 1  # meeting an open family closes back to its list
        else:
            parent_d = len(self.stack) - 1
            if fam.rank is not None:  # （一） never nests inside 1. or （1）
                while parent_d > 0:
                    r = self.stack[parent_d].rank
                    if r is None or r < fam.rank:
                        break
                    parent_d -= 1
            if at_start:
                # A new paragraph-level list after a long item of another family is that
                # item's sibling, unless the item's own paragraph introduced it ("…如下：").
                while parent_d > 0:
                    x = self.stack[parent_d]
                    prev_item = x.last_item.get(m.family)
                    continues = prev_item is not None and prev_item[0] == m.ordinal - 1
                    if (x.kind != "item" or not x.para_start or x.rank == 0 or continues
                            or (x.paragraph == i - 1 and self._leads_in(i - 1))):
                        break
                    parent_d -= 1
                    rule_closed = True
        if m.family == "blank":
            # a numbered item whose numeral was lost ends the "一是…" items inside the one before
            while (parent_d > 0 and self.stack[parent_d].family != "blank"
                   and not self.stack[parent_d].para_start):
                parent_d -= 1
        parent = self.stack[parent_d]
        ordinal = self._fit(k, m, parent, at_start, i)
        if ordinal is None:
            return  # does not fit any list here: leave it as text
        close_pos = pos
        if at_start:
            close_pos = ps - len(SEPARATOR)
            prev = i - 1
            # The unmarked paragraph announcing the new list belongs to the new list.
            if (rule_closed and prev > self.stack[parent_d + 1].paragraph
                    and prev not in self.marked_paragraphs and self._leads_in(prev)):
                close_pos = self.t.spans[prev][0] - len(SEPARATOR)
        self._close_to(parent_d + 1, close_pos)
        text = self.t.text
        pe = self.t.spans[i][1]
        body = pos + m.length
        if at_start and _is_heading_paragraph(text[ps:pe]):
            kind, heading_end = "heading", pe
        else:
            kind = "item"
            sents = sentence_spans(text[body:pe])
            heading_end = body + sents[0][1] if sents else pe
        node = _Node(kind, m.family, ordinal, m.text, pos, pe, i, at_start, heading_end)
        parent.children.append(node)
        parent.last_item[m.family] = (ordinal, at_start)
        self.stack.append(node)
        if at_start:
            self.marked_paragraphs.add(i)

    def _fit(self, k: int, m: Marker, parent: _Node, at_start: bool, i: int) -> int | None:
        """The ordinal `m` takes in `parent`'s list of its family, or None if it fits none."""
        fam = family(m.family)
        prev = parent.last_item.get(m.family)
        if m.last:
            if prev is None or (m.family == "fangmian" and prev[0] != 1):
                return None
            return prev[0] + 1
        if prev is not None and m.ordinal == prev[0] + 1:
            # A stray "三、" mid-paragraph must not end a section that began a paragraph.
            if not at_start and prev[1] and (fam.rank is not None or m.family == "di"):
                return None
            return m.ordinal
        if m.ordinal == 1:
            if (fam.weak or not at_start) and not self._confirmed(k, m, i, at_start):
                return None
            return 1
        if at_start and m.ordinal != LAST:
            # Scrape damage loses paragraphs: accept a short forward gap, or a list whose
            # first items are missing, but only at a paragraph start.
            low, high = (0, 10) if prev is None else (prev[0], prev[0] + _GAP_MAX)
            gap_ok = low < m.ordinal <= high
            if gap_ok and (not fam.weak or self._confirmed(k, m, i, at_start)):
                return m.ordinal
        return None


def _min_span(node: _Node) -> int:
    """Smallest span a node may have: its marker (a lead-in: one character)."""
    return max(1, len(node.marker))


# --------------------------------------------------------------------------- pass two


def _group_lists(children: Sequence[_Node]) -> list[list[_Node]]:
    """Split a node's marked children into lists: an ordinal 1 starts a new list of its family."""
    lists: list[list[_Node]] = []
    current: dict[str, list[_Node]] = {}
    for c in children:
        if c.kind == "lead_in" or not c.family:
            continue
        cur = current.get(c.family)
        if cur is None or c.ordinal == 1 or c.ordinal <= cur[-1].ordinal:
            cur = []
            current[c.family] = cur
            lists.append(cur)
        cur.append(c)
    return lists


class _LeadIns:
    def __init__(self, t: _Text) -> None:
        self.t = t

    def sentence_before(self, first: _Node) -> tuple[int, int] | None:
        if first.para_start:
            return self.t.last_sentence(first.paragraph - 1) if first.paragraph > 0 else None
        ps = self.t.spans[first.paragraph][0]
        sents = sentence_spans(self.t.text[ps:first.start])
        return (ps + sents[-1][0], ps + sents[-1][1]) if sents else None

    def own_sentences(self, node: _Node, before: int) -> list[tuple[int, int]]:
        """Sentences of `node`'s own text (outside its children) that end before `before`."""
        lo = node.start + len(node.marker)
        out: list[tuple[int, int]] = []
        for s, e in sentence_spans(self.t.text[lo:before]):
            s, e = s + lo, e + lo
            if not any(c.start <= s < c.end for c in node.children):
                out.append((s, e))
        return out

    def attach(self, node: _Node) -> None:
        for c in node.children:
            self.attach(c)
        lists = _group_lists(node.children)
        if not lists:
            return
        principal = next((li for li in lists if li[0].rank == 0), None)
        if principal is None:
            principal = next((li for li in lists if li[0].para_start), None)
        for li in lists:
            if li is not principal:
                self._wrap(node, li, principal=False)
        if principal is not None:
            self._wrap(node, principal, principal=True)

    def _valid(self, sentence: str, items: Sequence[_Node]) -> bool:
        # A colon or a cue ("讲三点意见", "以下…") is enough. A bare number in a sentence that
        # ends with a full stop ("按照“六个不批”制度的要求。一是…") only counts when it matches
        # the items and they follow in the same paragraph: across paragraphs such numbers are
        # mostly slogans ("落实“三个加快建设”").
        if is_lead_in(sentence):
            return True
        return not items[0].para_start and announced_count(sentence) == len(items)

    def _wrap(self, node: _Node, items: list[_Node], principal: bool) -> None:
        text = self.t.text
        first = items[0]
        candidates: list[tuple[int, int]] = []
        direct = self.sentence_before(first)
        if direct is not None:
            candidates.append(direct)
        if principal:
            opinions = [s for s in self.own_sentences(node, first.start)
                        if is_opinion_announcement(text[s[0]:s[1]])]
            if opinions:
                candidates.append(opinions[-1])
        for s, e in candidates:
            sentence = text[s:e]
            if not self._valid(sentence, items):
                continue
            if node.kind != "root" and s <= node.start + len(node.marker):
                # The node's own heading announces its children ("第三，处理好三个关系").
                if node.announced is None:
                    node.announced = announced_count(sentence)
                return
            if s < node.start or any(c.start < s < c.end or c.start == s
                                     for c in node.children):
                continue  # the sentence sits inside a sibling: wrapping would overlap it
            last_end = items[-1].end
            adopted = [c for c in node.children if c.start >= s and c.end <= last_end]
            if not any(c is first for c in adopted):
                continue
            lead = _Node("lead_in", "", 0, "", s, last_end, self.t.para_of(s), True,
                         heading_end=e, announced=announced_count(sentence), children=adopted)
            at = next(i for i, c in enumerate(node.children) if c is adopted[0])
            node.children[at:at + len(adopted)] = [lead]
            return


# --------------------------------------------------------------------------- finishing


def _sanitize(node: _Node, lo: int, hi: int, text: str) -> None:
    """Children inside parents, siblings in order without overlap, every span non-empty.

    The parser should already guarantee this; the pass makes it hold for any input.
    """
    kept: list[_Node] = []
    for c in sorted(node.children, key=lambda c: c.start):
        if c.start < lo:
            continue
        c.end = min(c.end, hi)
        if kept and kept[-1].end > c.start:
            prev = kept[-1]
            prev.end = _trim_end(text, prev.start, c.start)
            if prev.end < prev.start + _min_span(prev):
                kept.pop()
        if c.end < c.start + _min_span(c):
            continue
        kept.append(c)
    for c in kept:
        _sanitize(c, c.start, c.end, text)
    node.children = kept


def _freeze(node: _Node, level: int, t: _Text) -> OutlineNode:
    text = t.text
    if node.kind == "root":
        heading = ""
    else:
        h0 = node.start + len(node.marker)
        h1 = max(h0, min(node.heading_end, node.end))
        while h0 < h1 and text[h0] in _LEADING_PUNCT:
            h0 += 1  # "一方面，…" reads better without the comma; the text stays verbatim
        heading = text[h0:h1]
    return OutlineNode(
        kind=node.kind,
        level=level,
        marker=node.marker,
        ordinal=node.ordinal,
        heading=heading,
        paragraph=t.para_of(node.start) + 1,
        start=node.start,
        end=node.end,
        announced=node.announced,
        children=tuple(_freeze(c, level + 1, t) for c in node.children),
    )


def parse_outline(paragraphs: Sequence[str]) -> OutlineNode:
    """The outline tree of a speech given as its cleaned paragraphs."""
    parser = _Parser(paragraphs)
    root = parser.parse()
    _LeadIns(parser.t).attach(root)
    _sanitize(root, 0, len(parser.t.text), parser.t.text)
    return _freeze(root, 0, parser.t)


# --------------------------------------------------------------------------- queries


def iter_nodes(root: OutlineNode) -> Iterator[OutlineNode]:
    """All nodes, depth first in text order, root included."""
    yield root
    for c in root.children:
        yield from iter_nodes(c)


def path_to(root: OutlineNode, offset: int) -> list[OutlineNode]:
    """Root-to-innermost chain of nodes whose span contains `offset` (root always included)."""
    path = [root]
    node = root
    while True:
        nxt = next((c for c in node.children if c.start <= offset < c.end), None)
        if nxt is None:
            return path
        path.append(nxt)
        node = nxt


def deepest_at(root: OutlineNode, offset: int) -> OutlineNode:
    """The innermost node containing `offset` (the root when no other does)."""
    return path_to(root, offset)[-1]


def _parent_of(root: OutlineNode, node: OutlineNode) -> OutlineNode | None:
    for n in iter_nodes(root):
        if any(c is node for c in n.children):
            return n
    for n in iter_nodes(root):  # equal but not identical (e.g. after from_dict)
        if node in n.children:
            return n
    return None


def siblings(root: OutlineNode, node: OutlineNode) -> tuple[OutlineNode, ...]:
    """The children of `node`'s parent, `node` included, in text order (() for the root)."""
    parent = _parent_of(root, node)
    return parent.children if parent is not None else ()


def family_of(node: OutlineNode) -> str | None:
    """The marker family of a heading/item ("heading", "paren", "di", "shi", ...); "blank"
    for a "()" whose numeral the scrape lost, and for the unmarked first item of its list."""
    if node.kind in ("heading", "item") and (not node.marker or _BLANK.fullmatch(node.marker)):
        return "blank"
    return _marker_family(node.marker) if node.marker else None


@functools.lru_cache(maxsize=1024)
def _marker_family(marker: str) -> str | None:
    # answering asks the family of the same few markers thousands of times a question
    m = marker_at(marker, 0)
    return m.family if m is not None else None


def list_items(node: OutlineNode) -> tuple[OutlineNode, ...]:
    """The items of the list a node introduces: children of the family its last marked child
    has (a lead-in may also hold the text between it and its first item)."""
    marked = [c for c in node.children if c.kind in ("heading", "item")]
    if not marked:
        return ()
    fam = family_of(marked[-1])
    return tuple(c for c in marked if family_of(c) == fam)


def found_count(node: OutlineNode) -> int:
    """How many items were found for what `node.announced` promised."""
    return len(list_items(node))


def to_dict(node: OutlineNode) -> dict[str, object]:
    """A JSON-able dict; `from_dict` restores the identical node."""
    return {
        "kind": node.kind,
        "level": node.level,
        "marker": node.marker,
        "ordinal": node.ordinal,
        "heading": node.heading,
        "paragraph": node.paragraph,
        "start": node.start,
        "end": node.end,
        "announced": node.announced,
        "children": [to_dict(c) for c in node.children],
    }


def _get(d: Mapping[str, object], key: str, typ: type[object]) -> object:
    value = d.get(key)
    if not isinstance(value, typ) or isinstance(value, bool):
        raise ValueError(f"outline dict: {key!r} must be {typ.__name__}, got {value!r}")
    return value


def from_dict(d: Mapping[str, object]) -> OutlineNode:
    """Inverse of `to_dict` (ValueError on a malformed dict)."""
    announced = d.get("announced")
    if announced is not None and (not isinstance(announced, int) or isinstance(announced, bool)):
        raise ValueError(f"outline dict: 'announced' must be int or None, got {announced!r}")
    children = d.get("children", [])
    if not isinstance(children, list):
        raise ValueError("outline dict: 'children' must be a list")
    kids: list[OutlineNode] = []
    for c in children:
        if not isinstance(c, Mapping):
            raise ValueError("outline dict: each child must be a mapping")
        kids.append(from_dict(c))

    def as_int(key: str) -> int:
        v = _get(d, key, int)
        assert isinstance(v, int)
        return v

    def as_str(key: str) -> str:
        v = _get(d, key, str)
        assert isinstance(v, str)
        return v

    return OutlineNode(
        kind=as_str("kind"),
        level=as_int("level"),
        marker=as_str("marker"),
        ordinal=as_int("ordinal"),
        heading=as_str("heading"),
        paragraph=as_int("paragraph"),
        start=as_int("start"),
        end=as_int("end"),
        announced=announced,
        children=tuple(kids),
    )

