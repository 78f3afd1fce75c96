"""The web chat in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

(Over 400 lines: every state of the page is checked in one browser and server session, which
takes most of the time to start.)
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from PIL import Image

from askspeech.config import Settings
from askspeech.ui.app import build_app, launch
from tests.conftest import ROOT, free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
QUESTION = "篇七讲话中,村干部报酬要落实什么制度?"
STEP_MS = 30_000  # ceiling for any one wait in the page
# Where the tests leave their screenshots, to be looked at (git-ignored).
SHOTS = Path(os.environ.get("ASKSPEECH_SCREENSHOTS", ROOT / "test-output" / "screenshots"))
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(300),
]

# Records, in the page, when the first piece of an answer and the finished answer appear, and
# whether a partial (streaming) answer was ever on screen.
WATCH_JS = """
() => {
  const root = document.querySelector('#chatbot');
  const before = root.querySelectorAll('.answer').length;
  window.__watch = {start: performance.now(), first: null, done: null, streamed: false};
  const check = () => {
    const w = window.__watch;
    const answers = root.querySelectorAll('.answer');
    if (answers.length <= before) return;
    const last = answers[answers.length - 1];
    if (w.first === null) w.first = performance.now() - w.start;
    if (last.classList.contains('streaming')) w.streamed = true;
    else if (w.done === null) w.done = performance.now() - w.start;
  };
  if (window.__observer) window.__observer.disconnect();  // one question watched at a time
  window.__observer = new MutationObserver(check);
  window.__observer.observe(root, {childList: true, subtree: true, characterData: true});
}
"""


@pytest.fixture(scope="module")
def server(built_settings: Settings) -> Iterator[str]:
    app = build_app(built_settings)
    url = launch(app, built_settings, "127.0.0.1", free_port(), prevent_thread_lock=True,
                 quiet=True)
    try:
        yield url
    finally:
        app.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    # A missing browser fails (`make test` installs it); it never silently skips.
    assert CHROMIUM.exists(), "needs Debian's Chromium at /usr/bin/chromium: run `make browser`"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Page:
    """A fresh page on the app, remembering every URL it requested and every console error."""

    def __init__(self, browser: Any, url: str, size: tuple[int, int] = (1280, 1000)) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                           accept_downloads=True)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.page.set_default_timeout(STEP_MS)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error"
                     else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        started = time.perf_counter()
        self.page.goto(url)
        self.page.wait_for_selector("#question textarea")
        self.load_seconds = time.perf_counter() - started

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        assert path.stat().st_size > 5_000
        return path

    def clean(self) -> None:
        """No request left loopback, nothing went wrong in the console; then closes."""
        assert self.external_requests() == []
        assert self.errors == []
        self.context.close()

    def ask(self, question: str) -> tuple[Any, dict[str, Any]]:
        """Types `question`, sends it, waits for the finished answer; returns it and timings."""
        page = self.page
        page.fill("#question textarea", question)
        # (the chat may mount after the question box: the watcher needs it in the page)
        page.wait_for_selector("#chatbot", state="attached")
        page.evaluate(WATCH_JS)
        page.click("#send")
        page.wait_for_function("window.__watch && window.__watch.done !== null")
        # the finished answer replaces the streamed one: wait for its last part
        page.wait_for_function("""() => {
            const a = document.querySelectorAll('#chatbot .answer');
            const last = a[a.length - 1];
            return last && (last.querySelector('.answer-tools')
                            || last.classList.contains('error')); }""")
        return page.locator("#chatbot .answer").last, page.evaluate("window.__watch")

    def external_requests(self) -> list[str]:
        out = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            if parsed.hostname not in LOOPBACK:
                out.append(url)
        return out


def test_question_answer_sources_and_reader(browser: Any, server: str, tmp_path: Path) -> None:
    loading = time.perf_counter()
    view = Page(browser, server)
    load_seconds = time.perf_counter() - loading
    page = view.page

    answer, timing = view.ask(QUESTION)
    assert "[1]" in answer.locator(".answer-text").inner_text()

    # A collapsible source panel per citation: closed at first, the quote marked when opened.
    panels = answer.locator("details.source")
    assert panels.count() >= 1
    panel = panels.first
    assert panel.get_attribute("open") is None
    summary = panel.locator("summary").inner_text()
    assert summary.startswith("[1] 篇七") and "段" in summary
    panel.locator("summary").click()
    quote = panel.locator("mark").first
    assert quote.is_visible()
    quoted = quote.inner_text()
    assert "报酬" in quoted

    # Its button opens the reader on the cited paragraph, the quote marked, scrolled into view.
    button = panel.locator("button.open-reader")
    speech, paragraph = button.get_attribute("value").split(":")[:2]
    button.click()
    hit = page.locator("#reader-view .reader-para.hit")
    hit.wait_for(state="visible")
    assert page.locator("#reader-view .reader").get_attribute("data-speech") == speech
    assert hit.get_attribute("data-paragraph") == paragraph
    assert page.locator("#reader-view .reader-para.hit mark").inner_text() == quoted
    page.wait_for_function(
        """() => { const r = document.querySelector('#reader-view .reader-para.hit')
                     .getBoundingClientRect();
                   return r.top >= 0 && r.bottom <= window.innerHeight; }""")
    assert page.locator("#reader-paragraph input").input_value() == paragraph
    # The marked quote is drawn: a screenshot of just the mark has its size and holds ink
    # (glyphs), not an empty highlighted box.
    mark = page.locator("#reader-view .reader-para.hit mark").first
    box = mark.bounding_box()
    shot = Image.open(io.BytesIO(mark.screenshot())).convert("L")
    assert box is not None and abs(shot.width - box["width"]) <= 2
    ink = sum(shot.histogram()[:110]) / (shot.width * shot.height)  # dark pixels
    assert 0.03 < ink < 0.6, ink
    page.screenshot(path=str(tmp_path / "reader.png"))  # kept for a person to look at

    # The reader's own selectors work too.
    page.locator("#reader-paragraph input").fill("3")
    page.locator("#reader-paragraph input").press("Enter")
    page.wait_for_selector("#reader-view .reader-para.hit[data-paragraph='3']")

    assert view.external_requests() == []
    figures = {"page_load_s": round(load_seconds, 3),
               "first_piece_s": round(timing["first"] / 1000, 3),
               "full_answer_s": round(timing["done"] / 1000, 3),
               "streamed": timing["streamed"]}
    (tmp_path / "timings.json").write_text(json.dumps(figures))
    print(f"\nbrowser timings: {figures}")
    view.clean()


def test_refusal_and_follow_up_in_the_page(browser: Any, server: str, tmp_path: Path) -> None:
    view = Page(browser, server)
    refused, _ = view.ask("What is the capital of France?")
    assert "do not answer" in refused.locator(".answer-text").inner_text()
    assert "Related reading" in refused.inner_text()
    assert refused.locator("details.source.related").count() >= 1
    assert refused.locator("mark").count() == 0

    view.ask("沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")
    follow_up, _ = view.ask("那第二点呢?")
    assert "篇六" in follow_up.locator(".answer-text").inner_text()
    view.shot("refusal-and-follow-up")
    view.clean()


def test_html_in_a_question_is_shown_as_text(browser: Any, server: str) -> None:
    view = Page(browser, server)
    attack = '<img src=x onerror="window.__pwned=1"><b>三级联创</b>'
    view.ask(attack)
    user = view.page.locator("#chatbot [data-testid='user']").last
    assert user.inner_text().strip() == attack
    assert user.locator("img, b").count() == 0
    assert view.page.evaluate("window.__pwned === undefined")
    view.clean()


def test_empty_question_is_one_friendly_chinese_message(browser: Any, server: str) -> None:
    view = Page(browser, server)
    view.page.click("#send")
    error = view.page.locator("#chatbot .answer.error")
    error.wait_for(state="visible")
    for _ in range(2):  # Enter on the empty box again: still one message, not a stack
        view.page.locator("#question textarea").press("Enter")
        view.page.wait_for_timeout(700)
    assert error.count() == 1
    assert "问题是空的" in error.inner_text()
    view.shot("empty-question-zh")
    view.clean()


# ---------------------------------------------------------------- issue 11: both sizes


@pytest.mark.parametrize("size", list(SIZES))
def test_marker_opens_and_highlights_its_source(browser: Any, server: str, size: str) -> None:
    view = Page(browser, server, SIZES[size])
    page = view.page
    answer, _ = view.ask(QUESTION)
    marker = answer.locator("button.cite-ref").first
    n = marker.get_attribute("value")
    panel = answer.locator(f"details.source.src-{n}")
    assert panel.get_attribute("open") is None
    marker.click()
    page.mouse.move(0, 0)  # the preview shows on hover; move away to see the panel
    page.wait_for_function(f"""() => {{
        const p = [...document.querySelectorAll('#chatbot details.source.src-{n}')].pop();
        const r = p.getBoundingClientRect();
        return p.open && p.classList.contains('flash') && r.top >= 0
               && r.top < window.innerHeight; }}""")
    assert panel.locator("mark").first.is_visible()
    view.shot(f"marker-opens-source-{size}")

    # Reachable by keyboard: focus shows the preview, Enter opens the panel.
    page.evaluate("""() => { const d = [...document.querySelectorAll('#chatbot details.source')];
                             d.forEach((x) => { x.open = false; }); }""")
    marker.focus()
    preview = answer.locator(".cite-preview").first
    preview.wait_for(state="visible")
    assert "篇七" in preview.inner_text()
    view.shot(f"marker-preview-{size}")
    page.keyboard.press("Enter")
    page.wait_for_function(f"""() => [...document.querySelectorAll(
        '#chatbot details.source.src-{n}')].pop().open""")
    view.clean()


@pytest.mark.parametrize("size", list(SIZES))
def test_copy_gives_text_with_sources_and_export_gives_markdown(
        browser: Any, server: str, size: str, tmp_path: Path) -> None:
    view = Page(browser, server, SIZES[size])
    page = view.page
    answer, _ = view.ask(QUESTION)
    answer.locator("button.copy-answer").click()
    page.wait_for_function("window.__askspeechCopied !== undefined")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "<" not in copied and ">" not in copied
    assert "[1]" in copied and "\n[1] 篇七 · " in copied and "段: “" in copied
    # what a screen reader hears is plain text too
    label = page.locator("#chatbot .message-row [aria-label^=\"bot's message\"]").last
    page.wait_for_function("""() => [...document.querySelectorAll(
        '#chatbot .message-row [aria-label]')].every((e) => !e.getAttribute('aria-label')
        .includes('<'))""")
    assert "<" not in (label.get_attribute("aria-label") or "")

    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "conversation.md"
    download.value.save_as(saved)
    exported = saved.read_text(encoding="utf-8")
    assert f"## {QUESTION}" in exported and copied in exported
    assert "<div" not in exported
    view.shot(f"copied-and-exported-{size}")
    view.clean()


def test_feedback_is_stored_and_listed_by_the_cli(browser: Any, server: str,
                                                  built_settings: Settings) -> None:
    view = Page(browser, server, SIZES["desktop"])
    page = view.page
    view.ask("沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")
    page.locator("#chatbot button[aria-label='Dislike']").last.click()
    comment = page.locator("#comment textarea, #comment input").first
    comment.wait_for(state="visible")
    comment.fill("少了第六条")
    view.shot("feedback-comment")
    page.click("#comment-send")
    comment.wait_for(state="hidden")

    env = {**os.environ, "ASKSPEECH_INDEX_DIR": str(built_settings.index_path),
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("ASKSPEECH_FEEDBACK_PATH", None)
    listed = subprocess.run([sys.executable, "-m", "askspeech.cli", "feedback"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "👎" in listed.stdout and "六个不批" in listed.stdout and "少了第六条" in listed.stdout
    view.clean()


@pytest.mark.parametrize("size", list(SIZES))
def test_filter_set_aside_for_the_speech_the_question_names(
        browser: Any, server: str, size: str) -> None:
    view = Page(browser, server, SIZES[size])
    page = view.page
    page.locator("#speech-filter input").click()
    page.locator("#speech-filter li[role='option']", has_text="篇三").first.click()
    page.keyboard.press("Escape")
    answer, _ = view.ask(QUESTION)
    chip = answer.locator(".scope-chip")
    assert "问题点名了篇七" in chip.inner_text() and "篇三" in chip.inner_text()
    assert answer.locator("details.source summary").first.inner_text().startswith("[1] 篇七")
    chip.scroll_into_view_if_needed()
    view.shot(f"scope-named-over-filter-{size}")

    page.click("#clear")  # a new conversation forgets the filter too
    page.wait_for_function("document.querySelectorAll('#chatbot .answer').length === 0")
    page.wait_for_function(
        "document.querySelectorAll('#speech-filter .token').length === 0")
    view.clean()


def test_chinese_question_gets_chinese_messages(browser: Any, server: str) -> None:
    view = Page(browser, server, SIZES["desktop"])
    answer, _ = view.ask("村干部报酬要落实什么制度?" + "请详细说明。" * 120)
    notes = answer.locator(".notes").inner_text()
    assert "问题过长" in notes and "cut" not in notes
    assert "范围：全部讲话" in answer.locator(".scope-chip").inner_text()
    assert answer.locator(".copy-answer").inner_text() == "复制"
    view.shot("chinese-messages")
    view.clean()


def test_phone_shows_the_question_box_on_load_and_one_scroll_area(
        browser: Any, server: str) -> None:
    view = Page(browser, server, SIZES["phone"])
    page = view.page
    box = page.locator("#question textarea").bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 844
    view.shot("phone-on-load")
    answer, _ = view.ask(QUESTION)
    answer.locator("details.source summary").first.click()
    overflow = page.evaluate("""() => getComputedStyle(
        document.querySelector('#chatbot details.source .para')).overflowY""")
    assert overflow == "visible"  # the source paragraph does not scroll inside the chat
    footer = page.locator("footer").inner_text()
    assert "Settings" not in footer
    view.shot("phone-answer")
    assert view.load_seconds < 5  # measured and reported: see test_page_load_time
    view.clean()


def test_reader_starts_from_a_speech_list_with_contents_search_and_back(
        browser: Any, server: str) -> None:
    view = Page(browser, server, SIZES["desktop"])
    page = view.page
    page.click("#reader-tab-button, button[role='tab']:has-text('Reader')")
    items = page.locator("#reader-view .speech-item")
    items.first.wait_for(state="visible")
    assert items.count() == 8 and "段" in items.first.inner_text()
    view.shot("reader-speech-list")
    items.nth(6).locator("button.open-reader").click()
    page.wait_for_selector("#reader-view .reader[data-speech='7'] details.toc")
    page.locator("#reader-paragraph input").fill("999")
    page.locator("#reader-paragraph input").press("Enter")
    notice = page.locator("#reader-view .reader-notice")
    notice.wait_for(state="visible")
    assert "1–" in notice.inner_text()
    page.locator("#reader-find input, #reader-find textarea").first.fill("报酬")
    page.locator("#reader-find input, #reader-find textarea").first.press("Enter")
    page.wait_for_selector("#reader-view .reader-para.found mark")
    page.wait_for_timeout(600)  # the first hit is scrolled into view after the update
    view.shot("reader-find")
    page.click("#back-to-chat")
    page.locator("#question textarea").wait_for(state="visible")
    view.clean()
