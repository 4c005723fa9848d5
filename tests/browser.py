"""Real-browser testing: the built site served on 127.0.0.1 and driven in Debian's Chromium.

Every page a test opens is watched: a request to any other host, a Content-Security-Policy
violation or a JavaScript error fails the test.
"""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Response

CHROMIUM = os.environ.get("LEIDRAAD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# How long an expectation waits for a page to get there (Playwright's default is 5 s). The
# suite runs four workers on two cores, so Material's search worker can take longer than 5 s to
# build its index; a browser test checks what a reader sees, not how fast (bench/ does that).
EXPECT_TIMEOUT_MS = 20_000
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def require_chromium() -> str:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. The browser tests need Debian's Chromium: "
            "install it with `sudo apt-get install chromium` (or point LEIDRAAD_CHROMIUM at a "
            "Chromium binary). Browser tests are never skipped.",
            pytrace=False,
        )
    return CHROMIUM


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing address gets the site's own 404.html, with status 404, as static hosts
        (GitHub Pages, Netlify) serve it."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that stops reading a response (a frame given another page, a page left
        while it loads) is no error of the site: nothing printed. Anything else is."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def start_server(directory: Path, port: int = 0) -> tuple[http.server.HTTPServer, str]:
    """A server for `directory` on 127.0.0.1 (a free port unless given), running in a thread,
    and its base URL. The folder may be filled later: files are looked up per request."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@contextmanager
def serve(directory: Path, port: int = 0) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (a free port unless given); yields the base URL."""
    server, url = start_server(directory, port)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageGuard:
    """What a page did that it must not: foreign requests, policy violations, script errors."""

    origin: str
    foreign_requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("request", self._on_request)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("console", self._on_console)
        page.on("response", self._on_response)

    def _on_request(self, request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if f"{url.scheme}://{url.netloc}/" != self.origin:
            self.foreign_requests.append(request.url)

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.errors.append(f"HTTP {response.status}: {response.url}")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(f"console error: {message.text}")

    def check(self) -> None:
        assert self.foreign_requests == [], "requests to other hosts"
        assert self.errors == [], "errors in the page (CSP violations show here too)"


def open_page(browser: Browser, base_url: str, **context_options: Any) -> tuple[Page, PageGuard]:
    """A page in a fresh browser profile, watched by a PageGuard."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    guard = PageGuard(origin=base_url)
    guard.watch(page)
    return page, guard


@contextmanager
def visit(browser: Browser, base_url: str, **context_options: Any) -> Iterator[Page]:
    """A watched page in a fresh browser profile; on leaving, the PageGuard must be satisfied
    (unless the test already failed), and the profile is closed either way."""
    page, guard = open_page(browser, base_url, **context_options)
    try:
        yield page
        guard.check()
    finally:
        page.context.close()


def axe_violations(page: Page) -> list[str]:
    """WCAG 2.1 A and AA violations axe-core finds on the page, as readable lines."""
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [
        f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]


def remember(tab: Page, base: str, label: str) -> None:
    """Leave a role behind as Material's linked tabs do when a reader clicks a tab."""
    tab.goto(base, wait_until="networkidle")
    tab.evaluate(
        "label => localStorage.setItem(new URL('.', location).pathname + '.__tabs',"
        " JSON.stringify([label]))",
        label,
    )
