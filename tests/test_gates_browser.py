"""Gates in a real browser: every kind of page passes axe-core (WCAG 2.1 A/AA) at normal size
and at 200% zoom, fits a phone's width, requests nothing from other hosts, and runs without
script errors or Content-Security-Policy violations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser import axe_violations, open_page, serve, visit

pytestmark = pytest.mark.browser

# One page of every kind the site has.
PAGES = {
    "home": "",
    "overview": "overheid/",
    "principle-national": "overheid/integratie/",
    "principle-regional": "zorg-midden-nederland/veilig-en-beschermd/",
    "collection-page": "zorg-midden-nederland/over/",
    "roles": "rollen/",
    "role": "rollen/jurist/",
    "relation-map": "overheid/kaart/",
    "relation-map-all": "kaart/",
    "tools": "hulpmiddelen/",
    "embed": "embed/overheid/integratie/",
    "assessment": "zorg-midden-nederland/toetsing/",
    "assessment-national": "overheid/toetsing/",
    # What a static host serves at a missing address (there with status 404).
    "not-found": "404.html",
}
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


@pytest.mark.parametrize("path", [*PAGES.values(), "bestaat/niet/"], ids=[*PAGES, "missing"])
def test_no_page_scrolls_sideways_at_390_px(browser: Browser, site_url: str, path: str) -> None:
    page, guard = open_page(browser, site_url, viewport={"width": 390, "height": 844})
    try:
        page.goto(site_url + path, wait_until="networkidle")
        width = page.evaluate("document.documentElement.clientWidth")
        assert width == 390
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        missing = [f"HTTP 404: {site_url}{path}"] if path == "bestaat/niet/" else []
        assert guard.errors == missing and guard.foreign_requests == []
    finally:
        page.context.close()


def test_tab_named_in_url_opens_and_follows_to_next_page(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/integratie/#jurist", wait_until="networkidle")
        assert page.locator("input#jurist").is_checked()
        # Choose another tab; Material's linked tabs remember the label for the next page.
        page.locator("label[for='ontwikkelaar']").click()
        page.goto(site_url + "overheid/open-standaarden/", wait_until="networkidle")
        assert page.locator("input#ontwikkelaar").is_checked()


def test_copy_buttons_copy_the_page_and_tab_addresses_and_embed_code(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page.goto(site_url + "overheid/integratie/", wait_until="networkidle")
        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        page.locator("header .ld-copy").click()
        assert page.evaluate("navigator.clipboard.readText()") == canonical
        page.locator("label[for='jurist']").click()
        page.get_by_role("button", name="Kopieer link naar het tabblad Jurist").click()
        assert page.evaluate("navigator.clipboard.readText()") == f"{canonical}#jurist"
        page.get_by_role("button", name="Kopieer de code").click()
        snippet = page.evaluate("navigator.clipboard.readText()")
        assert snippet == page.locator("#ld-embed-snippet").inner_text()
        assert snippet.startswith(f'<iframe src="{site_url}embed/overheid/integratie/"')


def test_embed_card_works_inside_an_iframe_on_another_site(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><title>Intranet</title>'
        f'<iframe src="{site_url}embed/overheid/integratie/" title="Principe 9"></iframe></html>',
        "utf-8",
    )
    with serve(tmp_path) as intranet:
        page, _ = open_page(browser, intranet)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(intranet, wait_until="networkidle")
        frame = page.frame_locator("iframe")
        expect(frame.locator("h1")).to_have_text("9. Integreer en pas technologie aan")
        link = frame.get_by_role("link", name="Lees het hele principe op Leidraad")
        expect(link).to_have_attribute("target", "_top")
        # The card loads only from its own site: the page, its stylesheet.
        assert {r.split("/")[2] for r in requests} == {
            intranet.split("/")[2],
            site_url.split("/")[2],
        }
        page.context.close()


def test_principle_prints_with_every_role_tab_and_readable_links(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/integratie/", wait_until="networkidle")
        page.emulate_media(media="print")
        blocks = page.locator(".tabbed-set .tabbed-block")
        assert blocks.count() == 6
        for position in range(6):
            expect(blocks.nth(position)).to_be_visible()
        labels = page.locator(".tabbed-labels > label")
        assert all(labels.nth(i).is_visible() for i in range(6))
        link = page.locator("article a[href='https://fsc-standaard.nl/']").first
        after = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert "https://fsc-standaard.nl/" in after
        for hidden in (".ld-copy", ".ld-share", ".md-sidebar--primary"):
            expect(page.locator(hidden).first).to_be_hidden()
