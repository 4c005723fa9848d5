"""Gates in a real browser: every kind of page passes axe-core (WCAG 2.1 A/AA) at normal size
and at 200% zoom, requests nothing from other hosts, and runs without script errors or
Content-Security-Policy violations."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser import axe_violations, visit

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
    "embed-role": "embed/overheid/integratie/jurist/",
    "embed-role-regional": "embed/zorg-midden-nederland/transparant/inwoner/",
    "assessment": "zorg-midden-nederland/toetsing/",
    "assessment-national": "overheid/toetsing/",
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


def test_tab_named_in_url_opens_and_follows_to_next_page(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/integratie/#jurist", wait_until="networkidle")
        assert page.locator("input#jurist").is_checked()
        # Choose another tab; Material's linked tabs remember the label for the next page.
        page.locator("label[for='developer']").click()
        page.goto(site_url + "overheid/open-standaarden/", wait_until="networkidle")
        assert page.locator("input#developer").is_checked()


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
