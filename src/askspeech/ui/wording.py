"""Every word the web chat says, in Chinese and English: one `Wording` per message language.

A message about a question is in that question's language; a message with no question to go by
(an empty box) is in the language of the conversation so far, Chinese when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from askspeech.query import is_english
from askspeech.text.zh import chinese_numeral


def language_of(text: str, earlier: Sequence[str] = ()) -> str:
    """'en' or 'zh' for a message about `text`; an empty text goes by the last earlier one."""
    for candidate in (text, *reversed(earlier)):
        if candidate.strip():
            return "en" if is_english(candidate) else "zh"
    return "zh"


def short_label(number: int, english: bool) -> str:
    """"篇三" / "Speech 3"."""
    if english:
        return f"Speech {number}"
    return "篇" + (chinese_numeral(number) if 0 < number < 10_000 else str(number))


def speech_label(number: int, label: str, english: bool) -> str:
    """The speech's label ("篇四 · 耒阳市 · …"); in English its number part is translated."""
    if not label:
        return short_label(number, english)
    if not english:
        return label
    _, sep, rest = label.partition(" · ")
    return f"Speech {number}" + (f" · {rest}" if sep else "")


@dataclass(frozen=True)
class Wording:
    english: bool

    @classmethod
    def of(cls, lang: str) -> Wording:
        return cls(lang == "en")

    def pick(self, en: str, zh: str) -> str:
        return en if self.english else zh

    def paragraph(self, number: int) -> str:
        return f"paragraph {number}" if self.english else f"第{number}段"

    @property
    def sources(self) -> str:
        return self.pick("Sources", "出处")

    @property
    def related(self) -> str:
        return self.pick("Related reading — not support for an answer",
                         "相关段落（仅供参考，并非答案依据）")

    @property
    def open_reader(self) -> str:
        return self.pick("Open in reader ↗", "阅读原文 ↗")

    @property
    def copy(self) -> str:
        return self.pick("Copy", "复制")

    @property
    def follow_ups(self) -> str:
        return self.pick("Also in this part of the speech:", "同一部分还讲到：")

    def source_ref(self, n: int, label: str) -> str:
        """Plain-text name of marker [n] for screen readers."""
        return self.pick(f"Source {n}: {label}", f"出处 {n}：{label}")

    @property
    def empty(self) -> str:
        return self.pick("The question is empty: type a question about the speeches.",
                         "问题是空的：请输入关于讲话内容的问题。")

    @property
    def nothing_to_retry(self) -> str:
        return self.pick("There is no question to ask again yet.", "还没有可以重问的问题。")

    @property
    def index_unavailable(self) -> str:
        return self.pick("The speeches index is not available", "讲话索引不可用")

    @property
    def llm_failed(self) -> str:
        return self.pick("The language model endpoint failed", "语言模型服务出错")

    @property
    def went_wrong(self) -> str:
        return self.pick("Something went wrong while answering; the error has been logged. "
                         "Please try again.", "回答时出错，已记录日志，请重试。")

    # -- scope chip --------------------------------------------------------------------------

    @property
    def scope_all(self) -> str:
        return self.pick("Scope: all speeches", "范围：全部讲话")

    def scope_named(self, named: str) -> str:
        return self.pick(f"Scope: all speeches, {named} preferred (named in the question)",
                         f"范围：全部讲话，优先问题提到的{named}")

    def scope_filter(self, chosen: str) -> str:
        return self.pick(f"Scope: {chosen} (filter)", f"范围：{chosen}（按筛选）")

    def scope_overridden(self, named: str, chosen: str) -> str:
        return self.pick(
            f"Scope: {named}, as the question names it (the filter, {chosen}, was set aside)",
            f"范围：{named}——问题点名了{named}，因此没有按筛选的{chosen}回答")

    def joined(self, names: Sequence[str]) -> str:
        return (", " if self.english else "、").join(names)
