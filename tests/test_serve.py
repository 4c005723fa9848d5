"""`mkdocs serve` while editing: an edit shows up, a content error is reported with file and
line, and the server keeps serving. (How fast: see bench/.)"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from tests.conftest import REPO

T = TypeVar("T")
TIMEOUT = 60  # Generous: this checks that it works, not how fast (bench/serve.py measures).


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # Our own local server.
        return str(response.read().decode("utf-8"))


def wait_for(condition: Callable[[], T], what: str) -> T:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            if result := condition():
                return result
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"waited {TIMEOUT}s for {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    config = config.replace("custom_dir: overrides", f"custom_dir: {REPO / 'overrides'}")
    config = config.replace("- hooks/leidraad.py", f"- {REPO / 'hooks/leidraad.py'}")
    config = config.replace("docs_dir: docs", f"docs_dir: {tmp_path / 'docs'}")
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(tmp_path / "mkdocs.yml"),
         "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"},
    )  # fmt: skip
    log: list[str] = []
    assert process.stderr is not None
    stderr = process.stderr
    reader = threading.Thread(target=lambda: log.extend(iter(stderr.readline, "")))
    reader.start()
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(lambda: "Leidraad" in fetch(url), "the first build")
        yield url, tmp_path / "docs", log
    finally:
        process.terminate()
        process.wait(timeout=10)
        reader.join(timeout=10)
        stderr.close()


def test_an_edit_is_served_and_an_error_is_reported_without_stopping(
    served: tuple[str, Path, list[str]],
) -> None:
    url, docs_dir, log = served
    page = docs_dir / "overheid/cloud/index.md"
    text = page.read_text("utf-8")
    page.write_text(text.replace("summary: ", "summary: NIEUW. ", 1), "utf-8")
    wait_for(lambda: "NIEUW." in fetch(url + "overheid/cloud/"), "the edit to be served")

    page.write_text(text.replace("relations:\n", "relations:\n  - bestaat-niet\n", 1), "utf-8")
    line = wait_for(
        lambda: next((entry for entry in log if "unknown principle 'bestaat-niet'" in entry), ""),
        "the error in the terminal",
    )
    assert "overheid/cloud/index.md:" in line and "ERROR" in line
    # Still serving, every page.
    assert "Leidraad" in fetch(url + "overheid/integratie/")
    page.write_text(text, "utf-8")
