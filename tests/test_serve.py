"""`mkdocs serve` while editing: an edit shows up, a content error is reported with file and
line, and the server keeps serving. (How fast: see bench/.)"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

from principles.tools.cli import main, port_is_free
from tests.conftest import REPO, page, tiny_tree, write_tree
from tests.test_actions import tree_with_actions

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


def site_config(project: Path) -> Path:
    """The repository's mkdocs.yml, for the docs folder of `project`."""
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {project / 'docs'}")
    (project / "mkdocs.yml").write_text(config, "utf-8")
    return project / "mkdocs.yml"


MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """`mkdocs serve` of a small fixture site: (its address, its docs folder, its log)."""
    with serving(tmp_path) as result:
        yield result


@contextmanager
def serving(tmp_path: Path, *options: str) -> Iterator[tuple[str, Path, list[str]]]:
    """`mkdocs serve` (with `options`) of a small fixture site: (its address, its docs folder,
    its log)."""
    write_tree(tmp_path / "docs", tree_with_actions())
    site_config(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(tmp_path / "mkdocs.yml"),
         "--dev-addr", f"127.0.0.1:{port}", *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=MKDOCS_ENV,
    )  # fmt: skip
    log: list[str] = []
    assert process.stderr is not None
    stderr = process.stderr
    reader = threading.Thread(target=lambda: log.extend(iter(stderr.readline, "")))
    reader.start()
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(lambda: "Een" in fetch(url + "alpha/een/"), "the first build")
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
    page = docs_dir / "alpha/een/index.md"
    text = page.read_text("utf-8")
    page.write_text(text.replace("summary: ", "summary: NIEUW. ", 1), "utf-8")
    wait_for(lambda: "NIEUW." in fetch(url + "alpha/een/"), "the edit to be served")

    page.write_text(text.replace("relations:\n", "relations:\n- bestaat-niet\n", 1), "utf-8")
    line = wait_for(
        lambda: next((entry for entry in log if "LD301" in entry), ""),
        "the error in the terminal",
    )
    assert "alpha/een/index.md:" in line and "onbekend principe 'bestaat-niet'" in line
    # The page itself shows the error where the editor looks; every other page is served.
    wait_for(lambda: "bestaat-niet" in fetch(url + "alpha/een/"), "the error on the page")
    assert "Deze pagina wordt niet getoond" in fetch(url + "alpha/een/")
    assert "Twee" in fetch(url + "alpha/twee/")
    page.write_text(text, "utf-8")
    wait_for(lambda: "Deze pagina" not in fetch(url + "alpha/een/"), "the page to come back")


def test_the_preview_log_says_what_it_did_once_and_nothing_that_is_no_news(
    tmp_path: Path,
) -> None:
    """The preview (`mkdocs serve --dirty`, what `make serve` runs) names itself once per line
    ("leidraad: 1 van de …", not "leidraad: Leidraad: …"), and mkdocs-macros' note that the
    site has no module of its own (`main.py`, which Leidraad does not use) is not repeated on
    every build."""
    with serving(tmp_path, "--dirty") as (url, docs_dir, log):
        page = docs_dir / "alpha/een/index.md"
        page.write_text(page.read_text("utf-8").replace("summary: ", "summary: NIEUW. ", 1))
        wait_for(lambda: "NIEUW." in fetch(url + "alpha/een/"), "the edit to be served")
        line = wait_for(
            lambda: next((entry for entry in log if "opnieuw gemaakt" in entry), ""),
            "the preview's line about what it rendered",
        )
    assert "leidraad: " in line and "Leidraad:" not in line, line
    assert not [entry for entry in log if "No default module" in entry], log


@pytest.mark.parametrize(
    ("macro", "shown"),
    [
        # A typo the check finds: the page shows the located message.
        ("{{ actie() }}", "onbekende macro"),
        # A failure only running it can find: mkdocs-macros shows its error in the page.
        ("{{ (1 / 0) }}", "division by zero"),
    ],
)
def test_a_macro_error_never_stops_the_preview(
    served: tuple[str, Path, list[str]], macro: str, shown: str
) -> None:
    url, docs_dir, _ = served
    page = docs_dir / "alpha/een/index.md"
    text = page.read_text("utf-8")
    page.write_text(
        text.replace("---\n", "---\nrender_macros: true\n", 1) + f"\n{macro}\n", "utf-8"
    )
    wait_for(lambda: shown in fetch(url + "alpha/een/"), "the macro error on the page")
    assert "Twee" in fetch(url + "alpha/twee/")
    page.write_text(text, "utf-8")
    wait_for(lambda: shown not in fetch(url + "alpha/een/"), "the page to come back")


def listening(port: int) -> socket.socket | None:
    """A socket listening on `port` (None when something else has it already)."""
    sock = socket.socket()
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        return None
    sock.listen()
    return sock


def test_serve_says_in_one_line_that_the_port_is_taken_and_suggests_a_free_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    busy = listening(0)
    assert busy is not None
    port = busy.getsockname()[1]
    next_one = listening(port + 1)  # taken too: the suggestion must be checked, not port + 1
    try:
        assert main(["serve", "--port", str(port)]) == 2
    finally:
        busy.close()
        if next_one is not None:
            next_one.close()
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    said = re.fullmatch(
        rf"principles: Poort {port} is al in gebruik \(draait er al een preview\?\)\. Stop die, "
        r"of kies een andere poort: make serve PORT=(\d+)",
        lines[0],
    )
    assert said is not None, lines[0]
    suggested = int(said.group(1))
    assert suggested > port + 1
    assert port_is_free("127.0.0.1", suggested)


def test_a_port_a_preview_just_left_is_free_to_the_next_one() -> None:
    """A stopped server leaves its port in TIME_WAIT for a minute; MkDocs' server binds with
    SO_REUSEADDR and may use it, so `make serve` must not call it taken."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = server.accept()
    accepted.close()  # the server's side closes first: its port goes into TIME_WAIT
    client.close()
    server.close()
    with socket.socket() as plain, pytest.raises(OSError):
        plain.bind(("127.0.0.1", port))  # what the old probe did, and why it said "in use"
    assert port_is_free("127.0.0.1", port)


def test_a_terminated_preview_leaves_no_temporary_folder(tmp_path: Path) -> None:
    write_tree(tmp_path / "docs", tiny_tree())
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "principles.tools.cli", "serve", "--port", str(port),
         "--config-file", str(site_config(tmp_path))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**MKDOCS_ENV, "TMPDIR": str(temp)},
    )  # fmt: skip
    try:
        wait_for(lambda: "Een" in fetch(f"http://127.0.0.1:{port}/alpha/een/"), "the first build")
        assert [p.name for p in temp.iterdir() if p.name.startswith("leidraad-preview-")]
    finally:
        process.terminate()  # SIGTERM, as `kill` or a closing terminal sends
        process.wait(timeout=20)
    assert sorted(p.name for p in temp.iterdir()) == []


def test_make_serve_takes_the_port_from_port() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-W", ".venv/bin/.installed", "serve", "PORT=8123"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "principles serve --port 8123" in dry_run.stdout


@pytest.mark.parametrize(("broken", "exit_code"), [(False, 0), (True, 1)])
def test_mkdocs_build_refuses_a_site_with_a_content_error_even_without_strict(
    tmp_path: Path, broken: bool, exit_code: int
) -> None:
    tree = tiny_tree()
    if broken:
        tree["alpha/een/index.md"] = page('title: "1. Een"\nrelations: [drie]\n', "\nTekst.\n")
    write_tree(tmp_path / "docs", tree)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(site_config(tmp_path))],
        capture_output=True, text=True, env=MKDOCS_ENV,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == exit_code, output
    assert ("Niet gebouwd voor publicatie: 1 fout(en) in de inhoud" in output) == broken
    assert ("alpha/een/index.md:3: fout LD301: onbekend principe 'drie'" in output) == broken
    assert "Traceback" not in output
