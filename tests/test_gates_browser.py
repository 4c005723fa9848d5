"""Gates in a real browser: every kind of page passes axe-core (WCAG 2.1 A/AA) at normal size
and at 200% zoom, fits a phone's width, requests nothing from other hosts, and runs without
script errors or Content-Security-Policy violations."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from principles import Index, Principle
from principles.content import routes
from tests.browser import axe_violations, visit
from tests.conftest import FixtureSite, repo_index
from tests.engine_site import RIJK_ROLES, STANDARD_URL

pytestmark = pytest.mark.browser


def page_of_every_kind(index: Index) -> dict[str, str]:
    """One page of every kind the site has, found in its index (a kind the site lacks, such
    as a collection with levels, is left out)."""
    principles = list(index)
    collections = list(index.collections.values())
    pages = {
        "home": "",
        "roles": routes.roles_url(),
        "relation-map-all": routes.map_url(),
        "tools": routes.tools_url(),
    }
    if collections:
        first = collections[0]
        pages |= {"overview": first.url, "relation-map": routes.map_url(first)}

    def richest(candidates: list[Principle]) -> Principle | None:
        """The page with the most generated parts (cards, related principles) to check."""

        def weight(principle: Principle) -> tuple[int, int]:
            return len(index.actions_for(principle)), len(index.graph.neighbours(principle.key))

        return max(candidates, key=weight, default=None)

    tabbed = richest([p for p in principles if p.tabs])
    structured = richest([p for p in principles if p.statement or p.implications])
    for kind, principle in (("principle-tabs", tabbed), ("principle-fields", structured)):
        if principle is not None:
            pages[kind] = principle.url
    if principles:
        pages["embed"] = routes.embed_path(principles[0])
        with_advice = next((p for p in principles if p.advice), None)
        if with_advice is not None:
            pages["embed-role"] = routes.embed_path(with_advice, with_advice.advice[0][0])
    if index.roles:
        pages["role"] = next(iter(index.roles)).url
    with_levels = next((c for c in collections if c.levels), None)
    without_levels = next((c for c in collections if not c.levels), None)
    for kind, collection in (("assessment-levels", with_levels), ("assessment", without_levels)):
        if collection is not None:
            pages[kind] = routes.assessment_url(collection)
    other = sorted(
        path.relative_to(index.docs_dir).as_posix()
        for c in collections
        for path in (index.docs_dir / c.id).glob("*.md")
        if path.name != "index.md"
    )
    if other:
        pages["collection-page"] = other[0].removesuffix(".md") + "/"
    # What a static host serves at a missing address (there with status 404).
    pages["not-found"] = "404.html"
    return pages


PAGES = page_of_every_kind(repo_index())
# 200% zoom of a 1280 px wide window: the layout of a 640 px viewport at device scale 2.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "zoom-200": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}


@pytest.mark.parametrize("view", VIEWPORTS)
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_passes_axe_and_stays_on_site(
    browser: Browser, site_url: str, path: str, view: str
) -> None:
    with visit(browser, site_url, **VIEWPORTS[view]) as page:
        page.goto(site_url + path, wait_until="networkidle")
        assert axe_violations(page) == []


def test_every_kind_of_page_is_checked(engine_site: FixtureSite) -> None:
    """On a site with every kind of page, none is left out of the gate above."""
    assert set(page_of_every_kind(engine_site.index)) == {
        "home", "roles", "relation-map-all", "tools", "overview", "relation-map",
        "principle-tabs", "principle-fields", "embed", "role", "assessment-levels", "assessment",
        "collection-page", "not-found", "embed-role",
    }  # fmt: skip
    assert page_of_every_kind(engine_site.index)["collection-page"] == "regio/over/"


def test_tab_named_in_url_opens_and_follows_to_next_page(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site = engine_site.url
    with visit(browser, site) as page:
        page.goto(site + "rijk/koppelen/#jurist", wait_until="networkidle")
        assert page.locator("input#jurist").is_checked()
        # Choose another tab; Material's linked tabs remember the label for the next page.
        page.locator("label[for='ontwikkelaar']").click()
        page.goto(site + "rijk/open-data/", wait_until="networkidle")
        assert page.locator("input#ontwikkelaar").is_checked()


def test_copy_buttons_copy_the_page_and_tab_addresses_and_embed_code(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site = engine_site.url
    with visit(browser, site) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page.goto(site + "rijk/koppelen/", wait_until="networkidle")
        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        page.locator("header .ld-copy").click()
        assert page.evaluate("navigator.clipboard.readText()") == canonical
        page.locator("label[for='jurist']").click()
        page.get_by_role("button", name="Kopieer link naar het tabblad Jurist").click()
        assert page.evaluate("navigator.clipboard.readText()") == f"{canonical}#jurist"
        page.get_by_role("button", name="Kopieer de code").click()
        snippet = page.evaluate("navigator.clipboard.readText()")
        assert snippet == page.locator("#ld-embed-snippet").inner_text()
        assert snippet.startswith(f'<iframe src="{site}embed/rijk/koppelen/"')


def test_principle_prints_with_every_role_tab_and_readable_links(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site = engine_site.url
    with visit(browser, site) as page:
        page.goto(site + "rijk/koppelen/", wait_until="networkidle")
        page.emulate_media(media="print")
        blocks = page.locator(".tabbed-set .tabbed-block")
        assert blocks.count() == len(RIJK_ROLES)
        for position in range(len(RIJK_ROLES)):
            expect(blocks.nth(position)).to_be_visible()
        labels = page.locator(".tabbed-labels > label")
        assert all(labels.nth(i).is_visible() for i in range(len(RIJK_ROLES)))
        link = page.locator(f"article a[href='{STANDARD_URL}']").first
        after = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert STANDARD_URL in after
        for hidden in (".ld-copy", ".ld-share", ".md-sidebar--primary"):
            expect(page.locator(hidden).first).to_be_hidden()
