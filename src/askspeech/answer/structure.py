"""Answers from a speech's own structure: lists, sections, summaries, "the second point".

The speeches announce their structure ("讲三点意见", "要着力抓好以下三个方面的工作:") and then
give it in items that usually run across paragraphs (第一,… 第二,…). The outline parsed at index
time (`ingest.outline`) holds that tree; this module finds, for the sentences retrieval picked
or a previous answer cited, the list they belong to, and quotes every item's opening sentence,
each with its own citation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from askspeech.ingest.chunking import Passage
from askspeech.ingest.outline import OutlineNode, family_of, list_items, path_to
from askspeech.query import nth
from askspeech.store import IndexSnapshot, SpeechText
from askspeech.text.zh import family

MAX_ITEMS = 10
MAX_BODY_SENTENCES = 3  # what "第三点具体怎么说?" quotes of one item
MAX_ITEM_SENTENCES = 12  # how far into one item a follow-up's topic is looked for
MAX_SECTION_SENTENCES = 60  # the same, in an item with points of its own (a whole part)
# A section without markers often makes its points as short sentences opening with 要, each
# followed by what it means ("要统筹城乡发展。这是…。要统筹“两新”组织发展。…").
HEADLINE_MAX_CHARS = 30
PARAGRAPH_HEADLINE_MAX_CHARS = 20  # "发展要目标化。" alone at a paragraph's start


@dataclass(frozen=True)
class Listing:
    """A list found in a speech: the node that holds it and its items."""

    speech: int
    node: OutlineNode
    items: tuple[OutlineNode, ...]

    @property
    def announced(self) -> int | None:
        return self.node.announced


class Structure:
    """Outline look-ups over one index snapshot."""

    def __init__(self, snap: IndexSnapshot) -> None:
        self.snap = snap

    def _outline(self, speech: int) -> OutlineNode | None:
        s = self.snap.speeches.get(speech)
        return s.outline if s is not None else None

    def listing_at(self, speech: int, offset: int, *, inside: bool,
                   opening: bool = True) -> Listing | None:
        """The list a sentence at `offset` introduces — a lead-in ("…以下三个方面:") or, with
        `inside` (a list question), also a heading whose items follow — or, with `inside`, the
        list whose item it opens ("二是…"); without `opening`, only that last. A sentence deep
        in an item's body belongs to that item, not to its list: a fact question about it is
        no list question."""
        root = self._outline(speech)
        if root is None:
            return None
        path = path_to(root, offset)

        # innermost first: the node whose own heading holds the offset introduces a list
        for node in reversed(path[1:] if opening else ()):
            items = self.items_of(speech, node)
            if len(items) < 2:
                continue
            if opens(node, offset) and (inside or node.kind == "lead_in"):
                return Listing(speech, node, items[:MAX_ITEMS])
            # a list question answered by the opening paragraph of a section whose points are
            # unmarked (no lead-in node announces them): its points are the list, unless the
            # sentence lists things itself ("知情权、参与权、表达权和监督权")
            if (inside and node is path[-1] and not items[0].marker and offset < items[0].start
                    and self._paragraph(speech, offset) == node.paragraph
                    and not self._enumerates(speech, offset)):
                return Listing(speech, node, items[:MAX_ITEMS])
        if inside:
            for parent in reversed(path):  # the deepest node's own items may be unmarked
                items = self.items_of(speech, parent)
                if len(items) >= 2 and any(opens(i, offset) for i in items):
                    return Listing(speech, parent, items[:MAX_ITEMS])
        return None

    def listing_of_size(self, speech: int, offset: int, count: int) -> Listing | None:
        """The innermost list around `offset` with `count` items, found or announced: for
        "哪六个方面" asked at an item of a three-point list inside the six-point one."""
        root = self._outline(speech)
        if root is None:
            return None
        for node in reversed(path_to(root, offset)[1:]):
            items = self.items_of(speech, node)
            if len(items) >= 2 and count in (len(items), node.announced):
                return Listing(speech, node, items[:MAX_ITEMS])
        return None

    def listing_after(self, sentence: Passage) -> Listing | None:
        """The list the sentence right after `sentence` opens: a lead-in ending in a colon
        in the same paragraph ("…取得了明显成效。" "主要体现在以下几个方面:"), or, when
        `sentence` ends its paragraph, item one opening the next ("第一,进一步加强领导。")."""
        after = self.sentence_at(sentence.speech, sentence.end)
        if after is None:
            return None
        if after.paragraph == sentence.paragraph:
            if not after.text.rstrip().endswith((":", "：")):
                return None
            return self.listing_at(sentence.speech, after.start, inside=True)
        if after.paragraph != sentence.paragraph + 1:
            return None
        listing = self.listing_at(sentence.speech, after.start, inside=True, opening=False)
        # (not the speech's own parts: an opening paragraph before "一、" leads into no list)
        if (listing is None or listing.node.kind == "root" or listing.items[0].ordinal != 1
                or not opens(listing.items[0], after.start)):
            return None
        return listing

    def shared_listing(self, sentences: Sequence[Passage]) -> Listing | None:
        """The innermost list over the first sentence whose items hold at least two of
        `sentences` ("一是…" "二是…" "三是…" bodies under "第三,强化依法治村"): the best
        matches of a list question spread over its items. Not the speech's own parts (a
        summary's), which every question's matches spread over."""
        if len(sentences) < 2:
            return None
        first = sentences[0]
        root = self._outline(first.speech)
        if root is None:
            return None
        same = [x for x in sentences if x.speech == first.speech]
        wrappers = {id(c) for c in root.children if c.kind == "lead_in"}
        for node in reversed(path_to(root, first.start)):
            if node is root or id(node) in wrappers:
                return None
            items = self.items_of(first.speech, node)[:MAX_ITEMS]
            held = {i for x in same for i, item in enumerate(items)
                    if item.start <= x.start < item.end}
            if len(items) >= 2 and len(held) >= 2:
                return Listing(first.speech, node, items)
        return None

    def items_of(self, speech: int, node: OutlineNode) -> tuple[OutlineNode, ...]:
        """A node's list items: its marked children, those of the one lead-in it holds, or, in
        a section without children, the points it makes in short sentences (paragraph openers,
        else "要…" sentences), each running to the next."""
        items = list_items(node)
        parts = _announced_parts(node)
        if len(parts) > len(items):
            return parts
        leads = [c for c in node.children if c.kind == "lead_in"]
        if not items and len(leads) == 1 and len(node.children) == 1:
            return list_items(leads[0])  # a section whose lead-in announces its items
        if items or node.children or node.kind == "root":
            return items
        body = node.start + len(node.marker) + len(node.heading)
        text = self.snap.speeches[speech].text
        sentences = list(self._sentences_in(speech, body, node.end))
        openers = [s for s in sentences if (s.start == 0 or text[s.start - 1] == "\n")
                   and is_headline(s.text, PARAGRAPH_HEADLINE_MAX_CHARS)]
        # one kind per list: paragraph openers if there are several, else the "要…" points,
        # each explained by the sentence after it (not a run of "要…" demands)
        heads = openers if len(openers) >= 2 else [
            s for s, after in pairwise(sentences)
            if s.text.startswith("要") and is_headline(s.text, HEADLINE_MAX_CHARS)
            and after.paragraph == s.paragraph and not after.text.startswith("要")]
        if len(heads) < 2:
            return items
        heads = heads[:MAX_ITEMS]
        ends = [h.start for h in heads[1:]] + [node.end]
        return tuple(
            OutlineNode("item", node.level + 1, "", i, h.text, h.paragraph, h.start, end, None)
            for i, (h, end) in enumerate(zip(heads, ends, strict=True), 1))

    def listings(self, speech: int) -> Iterator[Listing]:
        """Every list in the speech's outline with two items or more, outermost first."""
        root = self._outline(speech)
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop(0)
            items = self.items_of(speech, node) if node.children else ()
            if len(items) >= 2:
                yield Listing(speech, node, items[:MAX_ITEMS])
            stack.extend(node.children)

    def _enumerates(self, speech: int, offset: int) -> bool:
        sentence = self.sentence_at(speech, offset)
        return sentence is not None and lists_things(sentence.text)

    def _paragraph(self, speech: int, offset: int) -> int:
        root = self.snap.speeches.get(speech)
        return root.text.count("\n", 0, offset) + 1 if root is not None else 0

    def _sentences_in(self, speech: int, start: int, end: int) -> Iterator[Passage]:
        for p in range(self._paragraph(speech, start), self._paragraph(speech, end) + 1):
            for s in self.snap.paragraph_sentences.get((speech, p), []):
                if start <= s.start and s.end <= end:
                    yield s

    def listing_for(self, citations: Sequence[Passage]) -> Listing | None:
        """The list a previous answer quoted: the one whose items it quoted (an answer listing
        "一、…二、…"), else the one introduced by, or holding, its first quote."""
        for quote in citations[:1]:
            holding = self.listing_at(quote.speech, quote.start, inside=True, opening=False)
            if holding is not None and sum(
                    any(opens(i, q.start) for i in holding.items) for q in citations) >= 2:
                return holding
        for quote in citations:
            found = self.listing_at(quote.speech, quote.start, inside=True)
            if found is not None:
                return found
        return None

    def listing_holding(self, speech: int, offset: int) -> Listing | None:
        """The innermost list one of whose items holds `offset`."""
        root = self._outline(speech)
        if root is None:
            return None
        for node in reversed(path_to(root, offset)):
            items = self.items_of(speech, node)
            if len(items) >= 2 and any(i.start <= offset < i.end for i in items):
                return Listing(speech, node, items[:MAX_ITEMS])
        return None

    def enclosing(self, listing: Listing, count: int) -> Listing | None:
        """The innermost list around `listing` (one of whose items holds it) with at least
        `count` items."""
        outer = self.listing_holding(listing.speech, listing.node.start)
        while outer is not None and outer.node is not listing.node:
            if len(outer.items) >= count:
                return outer
            listing, outer = outer, self.listing_holding(outer.speech, outer.node.start)
        return None

    def others(self, citations: Sequence[Passage], excluded: str | None,
               item_asked: int | None = None) -> Listing | None:
        """The rest of the list a previous answer quoted: the items other than the one the
        question sets aside ("除了学习上的先驱还有什么?"), else than those it quoted
        ("除了学历班还有哪些培训?" after "一是继续办好第三批村干部中专学历班…").
        `item_asked`: the place of the item the question before asked by its place ("头一项"),
        which the answer may have quoted from inside."""
        listing = self.listing_for(citations)
        if listing is None and item_asked:
            # (or the list holding the first quote, for an item asked by its place)
            listing = next((self.listing_holding(q.speech, q.start) for q in citations[:1]), None)
        if listing is None:
            return None
        if excluded and any(excluded in i.heading for i in listing.items):
            rest = tuple(i for i in listing.items if excluded not in i.heading)
        else:
            rest = self._not_quoted(listing, citations)
            asked = [i for i in listing.items if i.ordinal == item_asked] if item_asked else []
            if len(rest) == len(listing.items) and any(
                    q.speech == listing.speech and i.start <= q.start < i.end
                    for i in asked for q in citations):
                # the item in the place asked, quoted from inside ("各级党委要坚持…" of "一要
                # 突出抓好管党责任制的落实。…" for "…头一项要抓的是什么?"): its siblings
                rest = tuple(i for i in listing.items if i not in asked)
            if not rest or (len(rest) == len(listing.items) and any(
                    q.speech == listing.speech and opens(listing.node, q.start)
                    for q in citations[:1])):
                # every point of an item was quoted ("第一,…乡镇党委书记队伍…" with its "一要…
                # 三要…"), or the item itself first with some lines of it: the rest are that
                # item's siblings
                outer = self.listing_holding(listing.speech, listing.node.start)
                if outer is not None and outer.node is not listing.node:
                    listing, rest = outer, self._not_quoted(outer, citations)
        if not rest or len(rest) == len(listing.items):
            return None
        return Listing(listing.speech, listing.node, rest)

    @staticmethod
    def _not_quoted(listing: Listing, citations: Sequence[Passage]) -> tuple[OutlineNode, ...]:
        """The items of `listing` none of the citations opens."""
        return tuple(i for i in listing.items
                     if not any(q.speech == listing.speech and opens(i, q.start)
                                for q in citations))

    def sentence_at(self, speech: int, offset: int) -> Passage | None:
        """The indexed sentence holding `offset` (or the next one, for a short marker)."""
        root = self.snap.speeches.get(speech)
        if root is None:
            return None
        paragraph = self._paragraph(speech, offset)
        for p in (paragraph, paragraph + 1):
            for s in self.snap.paragraph_sentences.get((speech, p), []):
                if s.end > offset:
                    return s
        return None

    def item_sentences(self, speech: int, item: OutlineNode, n: int) -> list[Passage]:
        """Up to `n` sentences of an item, from its start, within its span."""
        out: list[Passage] = []
        s = self.sentence_at(speech, item.start)
        while s is not None and len(out) < n and s.start < item.end:
            out.append(s)
            s = self.sentence_at(speech, s.end + 1)
        return out

    def top_level(self, speech: int) -> list[OutlineNode]:
        """The sections a summary lists: the speech's top-level nodes, looking through a
        lead-in that wraps them ("讲三点意见:" over 一、二、三、)."""
        root = self._outline(speech)
        if root is None:
            return []
        nodes: list[OutlineNode] = []
        for node in root.children:
            if node.kind == "lead_in" and node.children:
                parts = _announced_parts(node) or [c for c in node.children if c.marker]
                top = _highest_family(parts)
                if top and top[0].ordinal == 2:
                    # only part one lost its marker: what comes before "二、" ("（一）…",
                    # "（二）…") is part one's, not parts of the speech
                    parts = top
                nodes += [*self._unmarked_first(speech, node, parts), *parts]
            elif node.marker:
                nodes.append(node)
        return nodes[:MAX_ITEMS]

    def part(self, speech: int, ordinal: int) -> OutlineNode | None:
        """Part `ordinal` (from 1, or `LAST`) of the speech: the one marked with that number
        ("三、" where the scrape lost part two's marker and heading), else the one in that
        place, unless its marker gives it another number."""
        parts = self.top_level(speech)
        if ordinal > 0:
            # (of the highest-ranked markers: 篇二's "三、", not the "第三," before it of a part
            # whose marker and heading the scrape lost)
            marked = next((p for p in _highest_family(parts) if p.ordinal == ordinal), None)
            if marked is not None:
                return marked
        found = nth(parts, ordinal)
        if (found is not None and ordinal > 0 and found.marker and found.ordinal > 0
                and found.ordinal != ordinal):
            return None
        return found

    def announcement(self, speech: int) -> Passage | None:
        """The sentence announcing how many parts the speech has ("讲四点意见。"), when a
        lead-in wrapping its top-level parts says so."""
        root = self._outline(speech)
        lead = next((n for n in root.children if n.kind == "lead_in" and n.announced),
                    None) if root is not None else None
        return self.sentence_at(speech, lead.start) if lead is not None else None

    def _unmarked_first(self, speech: int, lead: OutlineNode,
                        parts: Sequence[OutlineNode]) -> list[OutlineNode]:
        """The first part when the scrape lost its marker: text between "讲几点意见:" and a
        "二、" (or a later part: 篇二 lost "一、" and "二、") that comes first is part one."""
        if not parts or parts[0].ordinal < 2:
            return []
        first = self.sentence_at(speech, lead.start + len(lead.heading))
        if first is not None and first.start < lead.start + len(lead.heading):
            first = self.sentence_at(speech, first.end + 1)  # past the lead-in itself
        if first is None or first.start >= parts[0].start:
            return []
        return [replace(parts[0], marker="", ordinal=1, heading=first.text,
                        paragraph=first.paragraph, start=first.start, end=parts[0].start,
                        announced=None, children=())]


def _highest_family(nodes: Sequence[OutlineNode]) -> list[OutlineNode]:
    """The nodes whose markers rank highest in 一、 > （一） > 1. > （1）; empty when none has
    a ranked marker."""
    ranked = [(rank, n) for n in nodes
              if (name := family_of(n)) is not None and (rank := family(name).rank) is not None]
    best = min((rank for rank, _ in ranked), default=None)
    return [n for rank, n in ranked if rank == best]


def _announced_parts(node: OutlineNode) -> tuple[OutlineNode, ...]:
    """The parts a lead-in announces when it has just that many, even where the scrape lost
    their markers ("讲三点意见:" over two unmarked parts and "三、…")."""
    if node.kind == "lead_in" and node.announced and len(node.children) == node.announced:
        return node.children
    return ()


def lists_things(sentence: str) -> bool:
    """A sentence that is itself a list ("知情权、参与权、表达权和监督权")."""
    return sentence.count("、") >= 2


def opens(node: OutlineNode, offset: int) -> bool:
    """Whether `offset` falls in the node's own heading (its first sentence)."""
    return node.start <= offset < node.start + max(len(node.heading), 1)


def is_headline(sentence: str, max_chars: int) -> bool:
    """A point stated in one short sentence ("要拓展民主参与的途径。", "发展要目标化。"): not
    "要求…" (a demand), nor a lead-in ending in a colon."""
    text = sentence.strip()
    return (len(text) <= max_chars and text.endswith(("。", "！", "；", ";"))
            and not text.startswith("要求"))


def speech_of(snap: IndexSnapshot, number: int) -> SpeechText | None:
    return snap.speeches.get(number)
