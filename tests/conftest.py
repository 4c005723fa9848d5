"""Shared fixtures: small content trees written into tmp_path, and real MkDocs builds of them."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from principles.history import is_shallow_repository
from principles.messages import tool_text

REPO = Path(__file__).resolve().parent.parent
LEIDRAAD_LOGGER = "mkdocs.plugins.leidraad"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The repository's site is built for, and served at, this address: Material's instant
# navigation only follows links to URLs under site_url (it reads them from the sitemap).
SITE_PORT = _free_port()
SITE_URL = f"http://127.0.0.1:{SITE_PORT}/"

# mkdocs.yml takes site_url from SITE_URL (the Pages workflow sets it): builds in tests use the
# configured default unless a test sets it.
os.environ.pop("SITE_URL", None)

# Material prints an end-of-life banner on every build; keep test output about our code.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")


def page(front_matter: dict[str, Any] | str, body: str = "") -> str:
    """A Markdown page; a dict is dumped as YAML, a string is used as the front matter text."""
    meta = (
        front_matter
        if isinstance(front_matter, str)
        else yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False)
    )
    return f"---\n{meta}---\n{textwrap.dedent(body)}"


def tiny_tree() -> dict[str, str | bytes]:
    """Two principles in collection `alpha` that relate to each other, with role tabs."""
    return {
        "_data/roles.yml": (REPO / "docs/_data/roles.yml").read_text("utf-8"),
        "alpha/_collection.yml": "title: Alpha\nroles: [ontwikkelaar, jurist]\n",
        "alpha/een/index.md": page(
            {
                "title": "1. Een",
                "summary": "De eerste.",
                "relations": ["twee"],
                "roles": {"ontwikkelaar": "high", "jurist": "low"},
            },
            """
            Inleiding.

            === "Ontwikkelaar"

                Bouw het.

            === "Jurist"

                Toets het.
            """,
        ),
        "alpha/twee/index.md": page(
            {"title": "2. Twee", "summary": "De tweede.", "relations": ["een"]},
            "\nTekst.\n",
        ),
    }


def write_tree(root: Path, tree: dict[str, str | bytes]) -> Path:
    for rel, content in tree.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


@pytest.fixture
def docs(tmp_path: Path) -> Callable[..., Path]:
    """`docs(tree)` writes a docs folder (default: the tiny tree) and returns its path."""

    def make(tree: dict[str, str | bytes] | None = None) -> Path:
        return write_tree(tmp_path / "docs", tiny_tree() if tree is None else tree)

    return make


@dataclass
class BuildResult:
    site_dir: Path
    records: list[logging.LogRecord] = field(default_factory=list)
    aborted: bool = False

    @property
    def leidraad_messages(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.name == LEIDRAAD_LOGGER]

    def html(self, rel: str) -> str:
        return (self.site_dir / rel).read_text("utf-8")


def build_site(
    project: Path, *, strict: bool = False, docs_dir: Path | None = None, **config: Any
) -> tuple[Path, list[logging.LogRecord], bool]:
    """Build `docs_dir` (default `project/docs`) into `project/site` with the repository's
    mkdocs.yml (its hooks and overrides)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    site_dir = project / "site"
    settings: dict[str, Any] = {
        "config_file": str(REPO / "mkdocs.yml"),
        "docs_dir": str(docs_dir or project / "docs"),
        "site_dir": str(site_dir),
        "strict": strict,
        **config,
    }
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(level=logging.INFO)
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(handler)
    aborted = False
    try:
        build(load_config(**settings))
    except Abort:
        aborted = True
    finally:
        mkdocs_logger.removeHandler(handler)
    return site_dir, records, aborted


@pytest.fixture
def build(tmp_path: Path) -> Callable[..., BuildResult]:
    """`build(tree, strict=...)`: write `tree` as docs and build it with the real site config."""

    def run(tree: dict[str, str | bytes] | None = None, **options: Any) -> BuildResult:
        shutil.rmtree(tmp_path / "docs", ignore_errors=True)  # The tree is the whole docs folder.
        write_tree(tmp_path / "docs", tiny_tree() if tree is None else tree)
        site_dir, records, aborted = build_site(tmp_path, **options)
        return BuildResult(site_dir, records, aborted)

    return run


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildResult]:
    """The repository's own site, built once with --strict for every test that reads it.

    Built from the repository's docs folder itself, not a copy: dates come from its git history
    as they do for the tests' expectations, so no result depends on when the files were checked
    out (a copy without `.git` would fall back to the files' dates)."""
    project = tmp_path_factory.mktemp("repo-site")
    # In a shallow clone the build rightly warns that page dates are incomplete (and a strict
    # build fails on it); the tests compare dates with the same history, so that one warning is
    # expected there and nothing else is allowed.
    shallow = is_shallow_repository(REPO / "docs")
    site_dir, records, aborted = build_site(
        project, strict=not shallow, docs_dir=REPO / "docs", site_url=SITE_URL
    )
    if shallow:
        expected = tool_text("shallow-history")
        records = [record for record in records if expected not in record.getMessage()]
    yield BuildResult(site_dir, records, aborted)


@pytest.fixture(scope="session")
def site_url(repo_site: BuildResult) -> Iterator[str]:
    """The repository's site, served on 127.0.0.1."""
    from tests.browser import serve

    assert not repo_site.aborted, repo_site.leidraad_messages
    with serve(repo_site.site_dir, SITE_PORT) as url:
        assert url == SITE_URL
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, driven by Playwright. Fails (never skips) when it is missing."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, require_chromium

    executable = require_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def build_for_serving(project: Path, tree: dict[str, str | bytes]) -> tuple[BuildResult, str]:
    """Write `tree` as `project/docs` and build it strictly for the address it will be served
    at (a free port on 127.0.0.1: serve it there with `tests.browser.serve(site_dir, port)`);
    returns the build and that address."""
    write_tree(project / "docs", tree)
    site_url = f"http://127.0.0.1:{_free_port()}/"
    site_dir, records, aborted = build_site(project, strict=True, site_url=site_url)
    result = BuildResult(site_dir, records, aborted)
    assert not aborted, result.leidraad_messages
    return result, site_url


def port_of(site_url: str) -> int:
    return int(site_url.rstrip("/").rpartition(":")[2])
