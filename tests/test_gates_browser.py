"""Gates in a real browser: every kind of page passes axe-core (WCAG 2.1 A/AA) at normal size
and at 200% zoom, requests nothing from other hosts, and runs without script errors or
Content-Security-Policy violations."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.browser import axe_violations, open_page

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
    page, guard = open_page(browser, site_url, **VIEWPORTS[view])
    page.goto(site_url + path, wait_until="networkidle")
    assert axe_violations(page) == []
    guard.check()
    page.context.close()


def test_tab_named_in_url_opens_and_follows_to_next_page(browser: Browser, site_url: str) -> None:
    page, guard = open_page(browser, site_url)
    page.goto(site_url + "overheid/integratie/#jurist", wait_until="networkidle")
    assert page.locator("input#jurist").is_checked()
    # Choose another tab; Material's linked tabs remember the label for the next page.
    page.locator("label[for='developer']").click()
    page.goto(site_url + "overheid/open-standaarden/", wait_until="networkidle")
    assert page.locator("input#developer").is_checked()
    guard.check()
    page.context.close()
