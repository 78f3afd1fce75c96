"""HTML for the web chat: answers (citations, source panels, scope, follow-ups), the reader and
its speech list; and each answer as plain Markdown (what Copy and Export give).

Every piece of text from the user or the corpus goes through `escape` before it is put into the
HTML built here; the chatbot renders no Markdown, so nothing else becomes markup. Its sanitizer
drops data-* and aria-* attributes, so what the page's script needs rides on what it keeps:
a button's `value`, a class, `title`, and a hidden <pre> holding the answer as Markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from askspeech.answer.types import Answer, Citation
from askspeech.ingest.chunking import Passage
from askspeech.ingest.outline import OutlineNode, iter_nodes
from askspeech.store import SpeechText
from askspeech.ui.wording import Wording, speech_label

_MARKER = re.compile(r"\[(\d+)\]")
PREVIEW_CHARS = 80
OPENING_CHARS = 70
TOC_MAX_LEVEL = 2


def escape(text: str) -> str:
    """Text for an HTML text node or attribute: nothing in it becomes markup."""
    return html.escape(text, quote=True)


def paragraph_start(speech: SpeechText, paragraph: int) -> int:
    """Offset of paragraph `paragraph` (1-based) in `speech.text` (paragraphs joined by \\n)."""
    return sum(len(p) + 1 for p in speech.paragraphs[: paragraph - 1])


def quote_span(speech: SpeechText, paragraph: int, start: int,
               quote: str) -> tuple[int, int] | None:
    """Where `quote` (at speech offset `start`) sits in its paragraph; found by search if the
    offset does not line up, None if it is not there at all."""
    text = speech.paragraphs[paragraph - 1]
    local = start - paragraph_start(speech, paragraph)
    if local >= 0 and text[local : local + len(quote)] == quote:
        return local, local + len(quote)
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` escaped, with each (start, end) span wrapped in <mark>; overlaps are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _label(words: Wording, passage: Passage, speeches: Mapping[int, SpeechText]) -> str:
    speech = speeches.get(passage.speech)
    return speech_label(passage.speech, passage.label or (speech.label if speech else ""),
                        words.english)


def _group(citations: Sequence[Citation]) -> dict[int, list[Citation]]:
    by_n: dict[int, list[Citation]] = {}
    for c in citations:
        by_n.setdefault(c.n, []).append(c)
    return dict(sorted(by_n.items()))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


# ---------------------------------------------------------------- Markdown (copy, export)


def answer_markdown(result: Answer, speeches: Mapping[int, SpeechText]) -> str:
    """The answer as clean text: its words, then one line per source,
    `[1] 篇七 · … · 第19段: “quote”`."""
    words = Wording.of(result.language)
    lines = [result.text.strip()]
    groups = _group(result.citations)
    if groups:
        lines += ["", f"{words.sources}:"]
        for n, group in groups.items():
            passage = group[0].passage
            quotes = " … ".join(dict.fromkeys(c.quote for c in group))
            lines.append(f"[{n}] {_label(words, passage, speeches)} · "
                         f"{words.paragraph(passage.paragraph)}: “{quotes}”")
    if result.notes:
        lines += ["", *(f"({note})" for note in result.notes)]
    return "\n".join(lines)


# ---------------------------------------------------------------- answers


def answer_text_html(text: str, previews: Mapping[int, tuple[str, str]] | None = None) -> str:
    """The answer text escaped; each [n] a button that opens source n, with a preview
    (label, quote) shown on hover and focus."""
    previews = previews or {}

    def marker(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in previews:
            return f'<sup class="cite-ref">[{n}]</sup>'
        name, quote = previews[n]
        return (f'<button type="button" class="cite-ref" value="{n}" '
                f'title="{escape(name)}">[{n}]</button>'
                f'<span class="cite-preview" role="tooltip"><b>{escape(name)}</b> '
                f'{escape(_cut(quote, PREVIEW_CHARS))}</span>')

    return _MARKER.sub(marker, escape(text))


def _reader_button(words: Wording, speech: int, paragraph: int,
                   span: tuple[int, int] | None) -> str:
    start, end = span if span else ("", "")
    return (f'<button type="button" class="open-reader" value="{speech}:{paragraph}:{start}:{end}"'
            f">{escape(words.open_reader)}</button>")


def source_panel(n: int, citations: Sequence[Citation], speech: SpeechText,
                 words: Wording) -> str:
    """One collapsible panel for marker [n]: its paragraph, with every quote of [n] marked."""
    passage = citations[0].passage
    paragraph = speech.paragraphs[passage.paragraph - 1]
    spans = [s for c in citations
             if (s := quote_span(speech, passage.paragraph, c.start, c.quote)) is not None]
    first = spans[0] if spans else None
    offset = paragraph_start(speech, passage.paragraph)
    speech_span = (first[0] + offset, first[1] + offset) if first else None
    label = speech_label(speech.number, speech.label, words.english)
    return (
        f'<details class="source src-{n}"><summary>[{n}] {escape(label)} · '
        f"{escape(words.paragraph(passage.paragraph))}</summary>"
        f'<div class="para">{highlight(paragraph, spans)}</div>'
        f"{_reader_button(words, passage.speech, passage.paragraph, speech_span)}</details>"
    )


def related_panels(passages: Sequence[Passage], speeches: Mapping[int, SpeechText],
                   words: Wording) -> list[str]:
    """Nearby passages offered as reading when the speeches do not answer: no <mark>, since
    nothing in them is quoted as support; one panel per paragraph."""
    seen: set[tuple[int, int]] = set()
    out = []
    for p in passages:
        if (p.speech, p.paragraph) in seen or p.speech not in speeches:
            continue
        seen.add((p.speech, p.paragraph))
        out.append(
            f'<details class="source related"><summary>{escape(_label(words, p, speeches))} · '
            f"{escape(words.paragraph(p.paragraph))}</summary>"
            f'<div class="para">{escape(p.text)}</div>'
            f"{_reader_button(words, p.speech, p.paragraph, None)}</details>")
    return out


def notes_html(notes: Sequence[str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return f'<ul class="notes">{items}</ul>'


def follow_ups_html(questions: Sequence[str], words: Wording) -> str:
    if not questions:
        return ""
    buttons = "".join(f'<button type="button" class="follow-up" value="{escape(q)}">'
                      f"{escape(q)}</button>" for q in questions)
    return (f'<div class="follow-ups"><span class="follow-ups-label">'
            f"{escape(words.follow_ups)}</span>{buttons}</div>")


@dataclass(frozen=True)
class Extras:
    """What the chat adds around an answer: the scope it was answered in, follow-ups."""

    scope: str = ""
    follow_ups: tuple[str, ...] = ()


def render_answer(result: Answer, speeches: Mapping[int, SpeechText],
                  extras: Extras | None = None) -> str:
    """The whole assistant message for a finished answer."""
    extras = extras or Extras()
    words = Wording.of(result.language)
    groups = _group(result.citations)
    previews = {n: (words.source_ref(n, _label(words, g[0].passage, speeches)), g[0].quote)
                for n, g in groups.items()}
    markdown = answer_markdown(result, speeches)
    parts = [f'<div class="answer{" refused" if result.refused else ""}" '
             f'lang="{"en" if words.english else "zh"}">',
             f'<pre class="answer-md" hidden>{escape(markdown)}</pre>']
    if extras.scope:
        parts.append(f'<div class="scope-chip">{escape(extras.scope)}</div>')
    parts.append(f'<p class="answer-text">{answer_text_html(result.text, previews)}</p>')
    if groups:
        parts.append(f'<div class="sources-label">{escape(words.sources)}</div>')
        for n, group in groups.items():
            speech = speeches.get(group[0].passage.speech)
            if speech is not None:
                parts.append(source_panel(n, group, speech, words))
    if result.refused and result.related:
        parts.append(f'<div class="sources-label related-label">{escape(words.related)}</div>')
        parts.extend(related_panels(result.related, speeches, words))
    parts.append(notes_html(result.notes))
    parts.append(follow_ups_html(extras.follow_ups, words))
    parts.append(f'<div class="answer-tools"><button type="button" class="copy-answer">'
                 f"{escape(words.copy)}</button></div>")
    parts.append("</div>")
    return "".join(parts)


def render_partial(text: str) -> str:
    """The answer as it streams in."""
    body = answer_text_html(text)
    return f'<div class="answer streaming"><p class="answer-text">{body}▍</p></div>'


def render_error(message: str, *, alone: bool = False) -> str:
    """An error in the conversation; `alone`: it answers no question (an empty box)."""
    return (f'<div class="answer error{" alone" if alone else ""}" role="alert">'
            f'<pre class="answer-md" hidden>{escape(message)}</pre>'
            f"<p>⚠️ {escape(message)}</p></div>")


# ---------------------------------------------------------------- reader


def toc_entries(outline: OutlineNode | None) -> list[OutlineNode]:
    """The outline's headings down to `TOC_MAX_LEVEL` (its top-level items when it has no
    headings), in text order."""
    if outline is None:
        return []
    nodes = [n for n in iter_nodes(outline) if n.kind == "heading" and n.level <= TOC_MAX_LEVEL]
    return nodes or [n for n in outline.children if n.marker]


def _toc_html(speech: SpeechText) -> str:
    entries = toc_entries(speech.outline)
    if not entries:
        return ""
    links = "".join(
        f'<li class="toc-l{n.level}"><button type="button" class="toc-link" '
        f'value="{n.paragraph}">{escape(_cut(n.heading, 48))}</button></li>'
        for n in entries)
    return (f'<details class="toc" open><summary>Contents / 目录</summary><ol>{links}</ol>'
            f"</details>")


def find_spans(text: str, term: str) -> list[tuple[int, int]]:
    if not term:
        return []
    out, at = [], text.find(term)
    while at != -1:
        out.append((at, at + len(term)))
        at = text.find(term, at + len(term))
    return out


def render_reader(speech: SpeechText | None, paragraph: int | None = None,
                  span: tuple[int, int] | None = None, find: str = "",
                  notice: str = "") -> str:
    """A whole cleaned speech, paragraphs numbered, with its table of contents; `paragraph`
    highlighted, the speech-text offsets `span` (a quote) marked in it, and every occurrence
    of `find` marked (the first one scrolled to)."""
    if speech is None:
        return '<div class="reader"><p>No speech to show / 没有可显示的讲话。</p></div>'
    find = find.strip()
    rows = [f'<div class="reader" data-speech="{speech.number}">',
            f'<div class="reader-title">{escape(speech.label or speech.title)}</div>']
    if speech.source:
        rows.append(f'<div class="reader-source">{escape(speech.source)}</div>')
    if notice:
        rows.append(f'<div class="reader-notice" role="status">{escape(notice)}</div>')
    found = sum(len(find_spans(t, find)) for t in speech.paragraphs)
    if find:
        rows.append(f'<div class="reader-notice find-count" role="status">“{escape(find)}”: '
                    f"{found} × (found / 处)</div>")
    rows.append(_toc_html(speech))
    offset = 0
    for i, text in enumerate(speech.paragraphs, start=1):
        hit = i == paragraph
        spans = find_spans(text, find)
        if hit and span is not None:
            local = (span[0] - offset, span[1] - offset)
            if 0 <= local[0] < local[1] <= len(text):
                spans.append(local)
        classes = "reader-para" + (" hit" if hit else "") + (" found" if find and
                                                             find_spans(text, find) else "")
        rows.append(f'<div class="{classes}" id="reader-p{i}" data-paragraph="{i}">'
                    f'<span class="pnum">{i}</span>'
                    f'<span class="ptext">{highlight(text, spans)}</span></div>')
        offset += len(text) + 1
    rows.append("</div>")
    return "".join(rows)


def render_speech_list(speeches: Sequence[SpeechText]) -> str:
    """The reader's start page: every speech with its label, length and opening lines."""
    items = []
    for s in speeches:
        chars = sum(len(p) for p in s.paragraphs)
        opening = _cut("".join(s.paragraphs[1:3]) or s.paragraphs[0], OPENING_CHARS)
        items.append(
            f'<li class="speech-item"><button type="button" class="open-reader" '
            f'value="{s.number}:0::">{escape(s.label or s.title)}</button>'
            f'<span class="speech-size">{len(s.paragraphs)} 段 / paragraphs · '
            f"{chars:,} 字 / characters</span>"
            f'<span class="speech-opening">{escape(opening)}</span></li>')
    return (f'<div class="reader speech-list"><div class="reader-title">'
            f"Speeches / 讲话列表</div><ol>{''.join(items)}</ol></div>")
