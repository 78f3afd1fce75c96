"""The web chat in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from askspeech.config import Settings
from askspeech.ui.app import build_app, launch
from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
QUESTION = "篇七讲话中,村干部报酬要落实什么制度?"
STEP_MS = 30_000  # ceiling for any one wait in the page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(300),
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's Chromium at /usr/bin/chromium (`make browser`)"),
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

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Page:
    """A fresh page on the app, remembering every URL it requested."""

    def __init__(self, browser: Any, url: str) -> None:
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 1000})
        self.page.set_default_timeout(STEP_MS)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url)
        self.page.wait_for_selector("#question textarea")

    def ask(self, question: str) -> tuple[Any, dict[str, Any]]:
        """Types `question`, sends it, waits for the finished answer; returns it and timings."""
        page = self.page
        page.fill("#question textarea", question)
        page.evaluate(WATCH_JS)
        page.click("#send")
        page.wait_for_function("window.__watch && window.__watch.done !== null")
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
    screenshot = tmp_path / "reader.png"
    page.screenshot(path=str(screenshot))
    assert screenshot.stat().st_size > 10_000

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
    page.close()


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
    view.page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    assert view.external_requests() == []
    view.page.close()


def test_html_in_a_question_is_shown_as_text(browser: Any, server: str) -> None:
    view = Page(browser, server)
    attack = '<img src=x onerror="window.__pwned=1"><b>三级联创</b>'
    view.ask(attack)
    user = view.page.locator("#chatbot [data-testid='user']").last
    assert user.inner_text().strip() == attack
    assert user.locator("img, b").count() == 0
    assert view.page.evaluate("window.__pwned === undefined")
    assert view.external_requests() == []
    view.page.close()


def test_empty_question_is_a_friendly_message(browser: Any, server: str) -> None:
    view = Page(browser, server)
    view.page.evaluate(WATCH_JS)
    view.page.click("#send")
    error = view.page.locator("#chatbot .answer.error")
    error.wait_for(state="visible")
    assert "empty" in error.inner_text()
    view.page.close()
