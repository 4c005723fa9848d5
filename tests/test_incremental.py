"""The preview renders only what a save changed — and everything that shows the change: no
stale related list, navigation, overview, role page or API after an edit."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from principles import load_index
from principles.content import routes
from principles.content.model import PrincipleKey
from principles.site.incremental import (
    Preview,
    Rendering,
    Snapshot,
    exports_unchanged,
    pages_to_render,
    stamps_under,
)
from tests.conftest import page, tiny_tree, write_tree
from tests.test_serve import MKDOCS_ENV, fetch, free_port, site_config, wait_for

DREI = "alpha/drie/index.md"
EEN = "alpha/een/index.md"
GENERATED = [
    "index.md",
    routes.OVERVIEW.src_uri("alpha"),
    routes.ROLE.src_uri("ontwikkelaar"),
    routes.COLLECTION_MAP.src_uri("alpha"),
]


def three_principles() -> dict[str, str | bytes]:
    """een and twee relate to each other; drie relates to nothing."""
    tree = tiny_tree()
    tree[DREI] = page({"title": "3. Drie", "summary": "De derde."}, "\nLos.\n")
    return tree


def snapshot(docs_dir: Path) -> Snapshot:
    stamps = {
        Path(path).relative_to(docs_dir).as_posix(): stamp
        for path, stamp in stamps_under([docs_dir]).items()
    }
    return Snapshot(index=load_index(docs_dir), sources=stamps)


def edit(docs_dir: Path, rel: str, old: str, new: str) -> None:
    path = docs_dir / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture
def site(docs: Callable[..., Path]) -> tuple[Path, Snapshot, list[str]]:
    docs_dir = docs(three_principles())
    pages = [p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")] + GENERATED
    return docs_dir, snapshot(docs_dir), pages


def test_a_text_edit_renders_only_its_own_page(site: tuple[Path, Snapshot, list[str]]) -> None:
    docs_dir, before, pages = site
    edit(docs_dir, EEN, "Inleiding.", "Inleiding, herschreven.")
    after = snapshot(docs_dir)
    assert pages_to_render(before, after, pages) == Rendering(frozenset({EEN}))
    # The page's opening text is its rationale in the API (it has no `rationale` field).
    assert not exports_unchanged(before, after)
    assert after.index.principles[PrincipleKey("alpha", "een")].lead == "Inleiding, herschreven."


def test_a_summary_edit_renders_the_neighbours_and_every_list(
    site: tuple[Path, Snapshot, list[str]],
) -> None:
    docs_dir, before, pages = site
    edit(docs_dir, EEN, "summary: De eerste.", "summary: De allereerste.")
    after = snapshot(docs_dir)
    # First what the editor looks at (the page), then its neighbour's related list and the lists.
    assert pages_to_render(before, after, pages) == Rendering(
        first=frozenset({EEN}), then=frozenset({"alpha/twee/index.md", *GENERATED})
    )
    assert not exports_unchanged(before, after)


def test_a_title_edit_renders_every_page_of_the_collection(
    site: tuple[Path, Snapshot, list[str]],
) -> None:
    docs_dir, before, pages = site
    edit(docs_dir, EEN, "title: 1. Een", "title: 1. Eén")
    render = pages_to_render(before, snapshot(docs_dir), pages)
    assert render is not None and DREI in render.then  # its navigation shows the new title


def test_a_removed_relation_renders_both_sides(site: tuple[Path, Snapshot, list[str]]) -> None:
    docs_dir, before, pages = site
    for rel, other in ((EEN, "twee"), ("alpha/twee/index.md", "een")):
        edit(docs_dir, rel, f"relations:\n- {other}\n", "relations: []\n")
    render = pages_to_render(before, snapshot(docs_dir), pages)
    assert render is not None and {EEN, "alpha/twee/index.md"} <= render.pages
    assert DREI not in render.pages


@pytest.mark.parametrize(
    "change",
    [
        lambda d: (
            (d / "alpha/vier").mkdir()
            or (d / "alpha/vier/index.md").write_text(page({"title": "4. Vier"}), "utf-8")
        ),
        lambda d: edit(d, "_data/roles.yml", "label: Ontwikkelaar", "label: Bouwer"),
        lambda d: edit(d, "alpha/_collection.yml", "title: Alpha", "title: Alfa"),
    ],
    ids=["new-page", "roles", "collection"],
)
def test_a_change_of_the_site_s_shape_renders_everything(
    site: tuple[Path, Snapshot, list[str]], change: Callable[[Path], object]
) -> None:
    docs_dir, before, pages = site
    change(docs_dir)
    assert pages_to_render(before, snapshot(docs_dir), pages) is None


def test_the_preview_renders_the_lists_in_a_second_pass_with_the_exports(
    site: tuple[Path, Snapshot, list[str]],
) -> None:
    docs_dir, before, pages = site
    preview = Preview(last_build=before)
    edit(docs_dir, EEN, "summary: De eerste.", "summary: De allereerste.")
    first = preview.next_pass(snapshot(docs_dir), pages, can_defer=True)
    assert first.render == frozenset({EEN})
    assert not first.write_exports and first.left == len(GENERATED) + 1
    # Saved again before the second pass: that page first, the lists still owed.
    edit(docs_dir, DREI, "Los.", "Los en vast.")
    again = preview.next_pass(snapshot(docs_dir), pages, can_defer=True)
    assert again.render == frozenset({DREI}) and not again.write_exports
    assert again.left == len(GENERATED) + 1
    # The second pass (nothing saved since): the lists and the exports.
    second = preview.next_pass(snapshot(docs_dir), pages, can_defer=True)
    assert second.render == frozenset({"alpha/twee/index.md", *GENERATED})
    assert second.write_exports and second.left == 0 and second.second
    assert not first.second and not again.second
    # The embeddable cards of the principles that changed, not the site's thousands.
    assert second.cards is not None and PrincipleKey("alpha", "een") in second.cards
    assert PrincipleKey("alpha", "twee") not in second.cards
    nothing = preview.next_pass(snapshot(docs_dir), pages, can_defer=True)
    assert nothing.render == frozenset() and not nothing.write_exports


def test_without_a_second_pass_one_build_renders_everything_that_shows_the_edit(
    site: tuple[Path, Snapshot, list[str]],
) -> None:
    docs_dir, before, pages = site
    preview = Preview(last_build=before)
    edit(docs_dir, EEN, "summary: De eerste.", "summary: De allereerste.")
    step = preview.next_pass(snapshot(docs_dir), pages, can_defer=False)
    assert step.render == frozenset({EEN, "alpha/twee/index.md", *GENERATED}) and step.write_exports


def shows(text: str, page_url: str) -> Callable[[], bool]:
    return lambda: text in fetch(page_url)


@contextmanager
def running_preview(
    project: Path, tree: dict[str, str | bytes]
) -> Iterator[tuple[str, Path, list[str]]]:
    """`principles serve` (what `make serve` runs) of `tree` written as `project/docs`, once
    its first build is served: (its address, its docs folder, its log)."""
    write_tree(project / "docs", tree)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "principles.tools.cli", "serve", "--port", str(port),
         "--config-file", str(site_config(project))],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=MKDOCS_ENV,
    )  # fmt: skip
    assert process.stderr is not None
    log: list[str] = []
    stderr = process.stderr
    reader = threading.Thread(target=lambda: log.extend(iter(stderr.readline, "")))
    reader.start()
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "Drie" in fetch(url + "alpha/drie/"), "the first build")
        yield url, project / "docs", log
    finally:
        process.terminate()
        process.wait(timeout=10)
        reader.join(timeout=10)
        stderr.close()
    assert not any("Traceback" in line for line in log), "".join(log)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """The preview of three principles (`three_principles`)."""
    with running_preview(tmp_path, three_principles()) as served:
        yield served


def test_the_preview_shows_an_edit_on_every_page_that_shows_it(
    preview: tuple[str, Path, list[str]],
) -> None:
    url, docs_dir, _ = preview
    edit(docs_dir, EEN, "summary: De eerste.", "summary: Nieuw samengevat.")
    for shown_on in ("alpha/een/", "alpha/twee/", "alpha/"):
        wait_for(shows("Nieuw samengevat.", url + shown_on), f"it on {shown_on}")
    # A role page shows the start of the role's own tab where the principle has one.
    edit(docs_dir, EEN, "    Bouw het.", "    Bouw het anders.")
    wait_for(shows("Bouw het anders.", url + "rollen/ontwikkelaar/"), "the advice on its role")
    api = json.loads(fetch(url + "api/v1/principles.json"))
    assert "Nieuw samengevat." in json.dumps(api, ensure_ascii=False)
    assert "Nieuw samengevat." in fetch(url + routes.embed_path(PrincipleKey("alpha", "een")))

    edit(docs_dir, EEN, "title: 1. Een", "title: 1. Eerst")
    wait_for(lambda: "Eerst" in fetch(url + "alpha/drie/"), "the new title in drie's navigation")

    for rel, other in ((EEN, "twee"), ("alpha/twee/index.md", "een")):
        edit(docs_dir, rel, f"relations:\n- {other}\n", "relations: []\n")
    wait_for(lambda: "Nieuw samengevat." not in fetch(url + "alpha/twee/"), "twee to drop een")

    # Search finds the page once, under its new title.
    index = json.loads(fetch(url + "search/search_index.json"))
    titles = [doc["title"] for doc in index["docs"] if doc["location"] == "alpha/een/"]
    assert titles == ["1. Eerst — Alpha"], titles


def test_the_preview_lists_an_error_once_per_save(preview: tuple[str, Path, list[str]]) -> None:
    url, docs_dir, log = preview
    edit(docs_dir, EEN, "summary: De eerste.", "summary: [De eerste.")
    wait_for(shows("LD103", url + "alpha/een/"), "the error on its page")
    # The second pass takes een out of the overview; it must not list the error again.
    wait_for(lambda: "alpha/een/" not in fetch(url + "alpha/"), "the overview without een")
    wait_for(lambda: sum("opnieuw gemaakt" in line for line in log) >= 2, "both passes logged")
    assert sum("LD103" in line for line in log) == 1, "".join(log)
