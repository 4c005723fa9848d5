"""Shared fixtures: small content trees written into tmp_path, and real MkDocs builds of them."""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import socket
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from filelock import FileLock

from principles.content.history import is_shallow_repository
from principles.content.messages import tool_text

if TYPE_CHECKING:
    from principles import Index

REPO = Path(__file__).resolve().parent.parent
LEIDRAAD_LOGGER = "mkdocs.plugins.leidraad"

REPO_DOCS = Path(os.environ.get("LEIDRAAD_DOCS", REPO / "docs")).resolve()
"""The site the site-wide gates check: the repository's docs, or (to try content before it is
committed: a new collection, a fork's own principles) any docs folder named by LEIDRAAD_DOCS.
No test expects anything of it that is not derived from its own index."""


@functools.cache
def repo_index() -> Index:
    """The index of REPO_DOCS, loaded once per process."""
    from principles import load_index

    return load_index(REPO_DOCS)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SITE_URL = "https://leidraad.test/"
"""The address the repository's site is built for in the tests: absolute URLs (API, feed,
embed code, canonical links) start with it. It is served elsewhere (127.0.0.1), so a page
that requested anything at its absolute address would fail the browser gates' request check."""

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


ROLES_YML = """\
roles:
  - id: bestuurder
    label: Bestuurder
    description: Beslist over geld en koers.
    icon: material/account-tie
    aliases: [cxo]
  - id: ontwikkelaar
    label: Ontwikkelaar
    description: Bouwt en beheert de software.
    icon: material/code-tags
    aliases: [developer]
  - id: jurist
    label: Jurist
    description: Toetst aan de wet en legt afspraken vast.
    icon: material/scale-balance
  - id: inkoper
    label: Inkoper
    description: Koopt in en beheert contracten.
    icon: material/cart-outline
  - id: zorgverlener
    label: Zorgverlener
    description: Werkt elke dag in de zorg.
    icon: material/stethoscope
  - id: inwoner
    label: Inwoner
    description: Houdt regie over de eigen gegevens.
    icon: material/account-heart-outline
"""
"""The roles of every fixture site: the tests' own, not the repository's roles file."""


def tiny_tree() -> dict[str, str | bytes]:
    """Two principles in collection `alpha` that relate to each other, with role tabs."""
    return {
        "_data/roles.yml": ROLES_YML,
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
    site_url: str = ""
    """The site_url it was built for (the shared builds: their absolute URLs start with it)."""

    @property
    def leidraad_messages(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.name == LEIDRAAD_LOGGER]

    def html(self, rel: str) -> str:
        return (self.site_dir / rel).read_text("utf-8")


def build_site(
    project: Path, *, strict: bool = False, docs_dir: Path | None = None, **config: Any
) -> tuple[Path, list[logging.LogRecord], bool]:
    """Build `docs_dir` (default `project/docs`) into `project/site` with the repository's
    mkdocs.yml (its plugins, Leidraad's among them)."""
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


# The sites every worker reads are built once per test run. Under pytest-xdist the controller
# serves them (it lives for the whole run) from a folder it hands to its workers; the first
# worker that needs a site builds it there, under a file lock, for the address it is served at.
SHARED_SITES = ("repo-site", "engine-site")
_SHARED_INPUT = "leidraad_shared_sites"
_SHARED_KEY = pytest.StashKey[dict[str, Any]]()
_controller_servers: list[Any] = []


def _is_xdist_controller(config: pytest.Config) -> bool:
    return bool(config.getoption("numprocesses", None)) and not hasattr(config, "workerinput")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test in the browser that fails is run once more (pytest-rerunfailures): with four
    workers on two cores, a page can miss a deadline now and then (seen: the 404 page's search,
    passing alone). The summary counts every rerun ("1 rerun") and names it (`-raR`), so a
    test that needs one shows, and is looked into (a search result's instant navigation that
    needed one was a real race, mended in tab-anchors.js); a test that fails twice fails."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.flaky(reruns=1))


def pytest_configure(config: pytest.Config) -> None:
    if not _is_xdist_controller(config):
        return
    from tests.browser import start_server

    root = Path(tempfile.mkdtemp(prefix="leidraad-sites-"))
    urls = {}
    for name in SHARED_SITES:
        server, url = start_server(root / name / "site")
        _controller_servers.append(server)
        urls[name] = url
    config.stash[_SHARED_KEY] = {"root": str(root), "urls": urls}


def pytest_configure_node(node: Any) -> None:
    """xdist: hand each worker the shared folder and the addresses it is served at."""
    node.workerinput[_SHARED_INPUT] = node.config.stash[_SHARED_KEY]


def pytest_unconfigure(config: pytest.Config) -> None:
    for server in _controller_servers:
        server.shutdown()
        server.server_close()
    _controller_servers.clear()
    shared = config.stash.get(_SHARED_KEY, None)
    if shared is not None:
        shutil.rmtree(shared["root"], ignore_errors=True)


@dataclass
class SharedSite:
    """A built site and the address it is served at (for the whole session)."""

    build: BuildResult
    url: str


@contextmanager
def shared_site(
    config: pytest.Config,
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    make: Callable[[Path, str], BuildResult],
) -> Iterator[SharedSite]:
    """`make(project, url)` builds the site for `url`: once for the whole run under xdist,
    served by the controller; else here, served by this process while the session lasts."""
    from tests.browser import serve

    shared = getattr(config, "workerinput", {}).get(_SHARED_INPUT)
    if shared is None:
        project = tmp_path_factory.mktemp(name)
        port = _free_port()
        result = make(project, f"http://127.0.0.1:{port}/")
        with serve(result.site_dir, port) as url:
            yield SharedSite(result, url)
        return
    root, url = Path(shared["root"]), shared["urls"][name]
    project = root / name
    summary = root / f"{name}.json"
    with FileLock(str(root / f"{name}.lock")):
        if not summary.is_file():
            result = make(project, url)
            saved = [
                {"name": r.name, "msg": r.getMessage(), "levelname": r.levelname,
                 "levelno": r.levelno}
                for r in result.records
            ]  # fmt: skip
            data = {"records": saved, "aborted": result.aborted, "site_url": result.site_url}
            summary.write_text(json.dumps(data), "utf-8")
    data = json.loads(summary.read_text("utf-8"))
    logged = [logging.makeLogRecord(record) for record in data["records"]]
    yield SharedSite(BuildResult(project / "site", logged, data["aborted"], data["site_url"]), url)


@pytest.fixture(scope="session")
def _repo_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SharedSite]:
    def make(project: Path, url: str) -> BuildResult:
        # In a shallow clone the build rightly warns that page dates are incomplete (and a
        # strict build fails on it); the tests compare dates with the same history, so that
        # one warning is expected there and nothing else is allowed.
        shallow = is_shallow_repository(REPO_DOCS)
        site_dir, records, aborted = build_site(
            project, strict=not shallow, docs_dir=REPO_DOCS, site_url=SITE_URL
        )
        if shallow:
            expected = tool_text("shallow-history")
            records = [record for record in records if expected not in record.getMessage()]
        return BuildResult(site_dir, records, aborted, SITE_URL)

    with shared_site(request.config, tmp_path_factory, "repo-site", make) as site:
        yield site


@pytest.fixture(scope="session")
def repo_site(_repo_site: SharedSite) -> BuildResult:
    """The repository's own site (REPO_DOCS), built once with --strict for every test that
    reads it: the site-wide gates.

    Built from the docs folder itself, not a copy: dates come from its git history as they do
    for the tests' expectations, so no result depends on when the files were checked out (a
    copy without `.git` would fall back to the files' dates)."""
    return _repo_site.build


@pytest.fixture(scope="session")
def site_url(_repo_site: SharedSite) -> str:
    """The repository's site, served on 127.0.0.1 (its absolute URLs name SITE_URL, which no
    page may request)."""
    assert not _repo_site.build.aborted, _repo_site.build.leidraad_messages
    return _repo_site.url


@dataclass
class FixtureSite:
    """A fixture site built for the address it is served at, and its index."""

    build: BuildResult
    index: Index
    url: str


@pytest.fixture(scope="session")
def engine_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FixtureSite]:
    """`tests.engine_site`, built once and served at the address it was built for (Material's
    instant navigation and the embed code need the two to match)."""
    from principles import load_index
    from tests.engine_site import engine_tree

    def make(project: Path, url: str) -> BuildResult:
        write_tree(project / "docs", engine_tree())
        site_dir, records, aborted = build_site(project, strict=True, site_url=url)
        return BuildResult(site_dir, records, aborted, url)

    with shared_site(request.config, tmp_path_factory, "engine-site", make) as site:
        assert not site.build.aborted, site.build.leidraad_messages
        index = load_index(site.build.site_dir.parent / "docs")
        assert index.problems == (), index.problems
        yield FixtureSite(site.build, index, site.url)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, driven by Playwright. Fails (never skips) when it is missing."""
    from playwright.sync_api import expect, sync_playwright

    from tests.browser import CHROMIUM_ARGS, EXPECT_TIMEOUT_MS, require_chromium

    executable = require_chromium()
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
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
    result = BuildResult(site_dir, records, aborted, site_url)
    assert not aborted, result.leidraad_messages
    return result, site_url


def port_of(site_url: str) -> int:
    return int(site_url.rstrip("/").rpartition(":")[2])
