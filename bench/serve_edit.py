"""Edit-to-browser time of the preview: start the server as an editor does, change a page, and
poll the served pages until the change shows, on the edited page and on the pages that display
it elsewhere. Leidraad (`principles serve`, what `make serve` runs) beside plain Material's
`mkdocs serve` on the same Markdown.

    python bench/serve_edit.py --principles 100 --edits 5
    python bench/serve_edit.py --principles 100 --edits 5 --browser

With `--browser` the edited page and the overview are open in Chromium (Debian's, through
Playwright) and nobody reloads them: the time is until the open page itself shows the edit,
which is what an editor sees (live reload included). Without it, the server is polled over HTTP.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate
from bench.sites import leidraad_config, plain_config

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
POLL = 0.02
# The edits an editor makes: (front-matter field or None for the page's text, whether other
# pages show it).
EDITS = {"text": (None, False), "summary": ("summary", True), "title": ("title", True)}
TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # Our own local server.
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(condition: Callable[[], bool], start: float) -> float:
    while time.perf_counter() - start < TIMEOUT:
        if condition():
            return time.perf_counter() - start
        time.sleep(POLL)
    raise TimeoutError("the change never showed")


def shows(marker: str, page_url: str) -> Callable[[], bool]:
    return lambda: marker in fetch(page_url)


def settle(page_url: str) -> None:
    """Wait until the server has built everything (a second pass included): it holds requests
    while it builds, so two quick answers a second apart mean it is idle."""
    quick = 0
    while quick < 2:
        time.sleep(1.0)
        start = time.perf_counter()
        fetch(page_url)
        quick = quick + 1 if time.perf_counter() - start < 0.1 else 0


def gone(marker: str, page_url: str) -> Callable[[], bool]:
    return lambda: marker not in fetch(page_url)


def shown_in(tab: Any, marker: str) -> Callable[[], bool]:
    """Whether the open browser tab shows `marker` (it reloads by itself; during a reload the
    page has no document to ask, which counts as not yet)."""

    def check() -> bool:
        try:
            return bool(tab.evaluate("m => document.body.innerText.includes(m)", marker))
        except Exception:  # the page is navigating: its old document is gone
            return False

    return check


def serve(command: list[str], url: str, first_page: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    start = time.perf_counter()
    wait_for(lambda: bool(fetch(url + first_page)), start)
    return process


def measure(
    name: str,
    command: list[str],
    url: str,
    docs: Path,
    edits: int,
    dependants: bool,
    browser: Any = None,
) -> dict[str, float]:
    collection = sorted(p.parent.name for p in docs.glob("*/_collection.yml"))[0]
    pages = sorted((docs / collection).glob("*/index.md"))
    edited, other = pages[0], pages[1]
    slug = edited.parent.name
    first_page = f"{collection}/{slug}/"
    process = serve(command, url, first_page)
    times: dict[str, list[float]] = {}
    try:
        original = edited.read_text("utf-8")
        # The other page relates to the edited one: its related list shows the edited
        # principle's title and summary, and its navigation the title.
        other_text = other.read_text("utf-8")
        other_url = url + f"{collection}/{other.parent.name}/"
        if f"- {slug}\n" not in other_text:
            other.write_text(other_text.replace("relations:\n", f"relations:\n- {slug}\n", 1))
            wait_for(lambda: f"/{slug}/" in fetch(other_url), time.perf_counter())
        settle(url + first_page)
        overview_url = url + f"{collection}/"
        tabs: dict[str, Any] = {}
        if browser is not None:
            for page_url in (url + first_page, overview_url):
                tabs[page_url] = browser.new_page()
                tabs[page_url].goto(page_url, wait_until="load")

        def showing(marker: str, page_url: str) -> Callable[[], bool]:
            tab = tabs.get(page_url)
            return shows(marker, page_url) if tab is None else shown_in(tab, marker)

        for number in range(edits):
            for kind, (field, shown_elsewhere) in EDITS.items():
                if kind == "summary" and not dependants:
                    continue  # Plain Material does not show the front matter's summary.
                marker = f"Gewijzigd{number}{kind}x{int(time.time())}"
                if field:  # The marker at the end of the field's line (a title keeps its number).
                    text = re.sub(
                        f"^({field}: .*)$", rf"\1 {marker}", original, count=1, flags=re.M
                    )
                else:
                    text = original + f"\n{marker}\n"
                edited.write_text(text, "utf-8")
                start = time.perf_counter()
                page_time = wait_for(showing(marker, url + first_page), start)
                times.setdefault(f"{kind}_page", []).append(page_time)
                watched = [url + first_page]
                if dependants and shown_elsewhere:
                    other_time = wait_for(shows(marker, other_url), start)
                    times.setdefault(f"{kind}_related_page", []).append(other_time)
                    # The collection's overview lists it: the last of the pages to follow.
                    every_time = wait_for(showing(marker, overview_url), start)
                    times.setdefault(f"{kind}_overview", []).append(every_time)
                    watched += [other_url, overview_url]
                # Undo the edit and let the server settle, as an editor between two saves.
                edited.write_text(original, "utf-8")
                undone = time.perf_counter()
                for page_url in watched:
                    wait_for(gone(marker, page_url), undone)
                settle(url + first_page)
        edited.write_text(original, "utf-8")
    finally:
        process.terminate()
        process.wait(timeout=30)
    result = {f"{key}_median_s": round(statistics.median(v), 2) for key, v in times.items()}
    result.update({f"{key}_max_s": round(max(v), 2) for key, v in times.items()})
    print(name, json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--principles", type=int, default=100)
    parser.add_argument("--per-collection", type=int, default=100)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--only", choices=("leidraad", "plain"))
    parser.add_argument("--browser", action="store_true", help="watch open pages in Chromium")
    args = parser.parse_args()
    with ExitStack() as stack:
        browser = stack.enter_context(chromium()) if args.browser else None
        run(args, browser)


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, require_chromium

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS)
        try:
            yield browser.new_context()
        finally:
            browser.close()


def run(args: argparse.Namespace, browser: Any) -> None:
    with tempfile.TemporaryDirectory() as work:
        case = Path(work)
        docs = generate(case / "content", args.principles, args.per_collection)
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        if args.only in (None, "leidraad"):
            config = leidraad_config(docs, case / "site-leidraad")
            command = [sys.executable, "-m", "principles.tools.cli", "serve", "--port", str(port),
                       "--config-file", str(config)]  # fmt: skip
            measure("leidraad", command, url, docs, args.edits, dependants=True, browser=browser)
        if args.only in (None, "plain"):
            config = plain_config(docs, case / "site-plain")
            command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
                       "--dev-addr", f"127.0.0.1:{port}"]  # fmt: skip
            measure("plain", command, url, docs, args.edits, dependants=False, browser=browser)


if __name__ == "__main__":
    main()
