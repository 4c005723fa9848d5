"""The route registry (`principles.content.routes`) is the one place that says where generated pages
live: every kind has its page where the registry says, and when a folder moves in the registry,
every page, link, redirect and reserved slug of the built site moves with it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from principles import Index, load_index
from principles.content import routes
from principles.content.routes import PageKind, Scope
from tests.conftest import SITE_URL, BuildResult, FixtureSite, page, tiny_tree, write_tree
from tests.engine_site import engine_tree
from tests.html import soup, text
from tests.linkcheck import broken_links


def pages_of(index: Index, kind: PageKind) -> Iterator[tuple[str, str]]:
    """(URL, title) of every page of `kind` the site should have."""
    if not kind.is_published(index.actions):
        return
    if kind.scope is Scope.SITE:
        yield kind.url(), kind.title
    elif kind.scope is Scope.COLLECTION:
        for collection in index.collections.values():
            yield kind.url(collection.id), kind.title or collection.title
    else:
        for role in index.roles:
            yield kind.url(role.id), kind.title or role.label


def assert_every_kind_has_its_pages(site_dir: Path, index: Index) -> None:
    for kind in routes.page_kinds():
        found = list(pages_of(index, kind))
        assert found, f"the fixture site has no page of kind {kind.name}"
        for url, title in found:
            html = site_dir / url / "index.html"
            assert html.is_file(), f"{kind.name}: no page at /{url}"
            assert text(soup(html).find("title")).startswith(f"{title} - "), url


def test_every_kind_of_generated_page_is_at_the_address_the_registry_builds(
    engine_site: FixtureSite,
) -> None:
    assert_every_kind_has_its_pages(engine_site.build.site_dir, engine_site.index)


def test_links_to_generated_pages_in_the_fixture_site_resolve(engine_site: FixtureSite) -> None:
    assert [str(link) for link in broken_links(engine_site.build.site_dir)] == []


def moved(folder: str) -> str:
    return f"anders-{folder}" if folder else folder


@pytest.fixture
def moved_routes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every folder of the registry renamed (`kaart` → `anders-kaart`); the former folders."""
    former = []
    for name, kind in list(vars(routes).items()):
        if isinstance(kind, PageKind):
            monkeypatch.setattr(routes, name, dataclasses.replace(kind, folder=moved(kind.folder)))
            former.append(kind.folder)
    return [folder for folder in former if folder]


def test_moving_a_folder_in_the_registry_moves_every_page_and_link(
    moved_routes: list[str], build: Callable[..., BuildResult]
) -> None:
    tree = engine_tree()
    result = build(tree, site_url=SITE_URL)
    assert not result.aborted, result.leidraad_messages
    site_dir = result.site_dir
    index = load_index(site_dir.parent / "docs")
    assert_every_kind_has_its_pages(site_dir, index)
    # Nothing is left at a former address: not a page, not a role's redirect, not a link.
    # (A collection's own folder holds principles; its former generated folders must be gone.)
    for folder in moved_routes:
        assert not (site_dir / folder).exists(), folder
        for collection in index.collections:
            assert not (site_dir / collection / folder).exists(), f"{collection}/{folder}"
    assert [str(link) for link in broken_links(site_dir)] == []
    # A role's former name redirects to the role's page at its new address.
    role = next(role for role in index.roles if role.aliases)
    redirect = site_dir / routes.ROLE.url(role.aliases[0]) / "index.html"
    assert f"../{role.id}/" in redirect.read_text("utf-8")


def test_reserved_slugs_follow_the_registry(moved_routes: list[str], tmp_path: Path) -> None:
    tree = tiny_tree()
    tree["alpha/kaart/index.md"] = page({"title": "3. Kaart"}, "\nTekst.\n")
    tree["alpha/anders-kaart/index.md"] = page({"title": "4. Anders"}, "\nTekst.\n")
    index = load_index(write_tree(tmp_path / "docs", tree))
    reserved = [p.source.path for p in index.problems if p.code == "LD313"]
    assert reserved == ["alpha/anders-kaart/index.md"]
