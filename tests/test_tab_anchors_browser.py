"""Links to a heading inside a role tab, in a real browser on a fixture site: the address
(from the table of contents, a search result or a shared link) opens the tab that holds the
heading and brings the heading into view, whichever role the page opens on or the reader
chose before; a click in the table of contents on a heading in another tab does the same."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.browser import remember, serve, visit
from tests.conftest import REPO, build_for_serving, page, port_of

pytestmark = pytest.mark.browser

FILLER = "\n\n".join(
    f"    Alinea {n} met uitleg die de pagina lang genoeg maakt om te moeten scrollen."
    for n in range(1, 16)
)
BODY = f"""
Inleiding.

## Hoe pas je het toe?

=== "Ontwikkelaar"

    ### Bouwen in containers

{FILLER}

    ### Sleutels zelf beheren

{FILLER}

=== "Jurist"

    ### Afspraken vastleggen

{FILLER}

    ### Toezicht regelen

    De jurist regelt het toezicht.

{FILLER}

## Na de tabbladen

Slot.
"""


def tree() -> dict[str, str | bytes]:
    return {
        "_data/roles.yml": (REPO / "docs/_data/roles.yml").read_text("utf-8"),
        "alpha/_collection.yml": "title: Alfa\nroles: [ontwikkelaar, jurist]\n",
        "alpha/een/index.md": page(
            {
                "title": "1. Een",
                "summary": "De eerste.",
                "roles": {"ontwikkelaar": "high", "jurist": "low"},
            },
            BODY,
        ),
    }


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result, site_url = build_for_serving(tmp_path_factory.mktemp("tab-anchors"), tree())
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


@pytest.mark.parametrize("remembered", [None, "Ontwikkelaar"])
@pytest.mark.parametrize("query", ["", "?h=toezicht"])
def test_an_address_with_a_heading_in_another_tab_opens_that_tab_and_shows_the_heading(
    browser: Browser, served: str, remembered: str | None, query: str
) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 700}) as tab:
        if remembered:
            remember(tab, served, remembered)
        tab.goto(served + f"alpha/een/{query}#toezicht-regelen", wait_until="networkidle")
        expect(tab.locator("input#jurist")).to_be_checked()
        heading = tab.locator("h3#toezicht-regelen")
        expect(heading).to_be_visible()
        expect(heading).to_be_in_viewport()
        expect(tab.get_by_text("De jurist regelt het toezicht.")).to_be_visible()
        # Reached by one jump down: Material's "Terug naar boven" (shown when a reader scrolls
        # up) does not cover the heading.
        expect(tab.locator(".md-top")).to_have_attribute("hidden", "")


@pytest.mark.parametrize("width", [1280, 390])
def test_a_link_to_a_heading_in_another_tab_opens_that_tab_and_scrolls_to_it(
    browser: Browser, served: str, width: int
) -> None:
    with visit(browser, served, viewport={"width": width, "height": 700}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        expect(tab.locator("input#ontwikkelaar")).to_be_checked()
        if width >= 1220:  # the table of contents stands beside the text
            toc = tab.locator(".md-sidebar--secondary")
            toc.get_by_role("link", name="Toezicht regelen").click()
        else:  # a link in the text, as a reader or editor may write one
            tab.evaluate("location.hash = '#toezicht-regelen'")
        expect(tab.locator("input#jurist")).to_be_checked()
        expect(tab.locator("h3#toezicht-regelen")).to_be_in_viewport()
        # And back to the first tab, by the table of contents or the address.
        if width >= 1220:
            tab.locator(".md-sidebar--secondary").get_by_role(
                "link", name="Sleutels zelf beheren"
            ).click()
        else:
            tab.evaluate("location.hash = '#sleutels-zelf-beheren'")
        expect(tab.locator("input#ontwikkelaar")).to_be_checked()
        expect(tab.locator("h3#sleutels-zelf-beheren")).to_be_in_viewport()


def test_a_search_result_for_a_heading_in_another_tab_opens_that_tab_and_shows_the_heading(
    browser: Browser, served: str
) -> None:
    """Material's search links to the heading (`?h=…#anchor`) and opens the page by instant
    navigation: the page is not loaded anew."""
    with visit(browser, served, viewport={"width": 1280, "height": 700}) as tab:
        remember(tab, served, "Ontwikkelaar")
        open_search_result_for_the_jurists_heading(tab, served)
        expect(tab.locator("input#jurist")).to_be_checked()
        expect(tab.locator("h3#toezicht-regelen")).to_be_in_viewport()


def open_search_result_for_the_jurists_heading(tab: Page, served: str) -> None:
    """From the collection's page, search "toezicht" and follow the result for the heading in
    the jurist's tab (by instant navigation)."""
    tab.goto(served + "alpha/", wait_until="networkidle")
    tab.locator("input.md-search__input").click()
    tab.keyboard.type("toezicht")
    expect(tab.locator(".md-search-result__list a").first).to_be_visible()
    result = tab.locator(".md-search-result a[href*='#toezicht-regelen']").first
    expect(result).to_be_visible()
    result.click()
    tab.wait_for_url("**/alpha/een/?h=toezicht#toezicht-regelen")


# What Material's history entry holds when the page scrolled after its content was replaced
# and the page's scripts took more than 100 ms to arrive (Material records the offset 100 ms
# after the last scroll): an offset from before the page had its target in view, which
# Material restores once the scripts have arrived. Made certain here, it happened in one
# search in about forty on a busy machine.
STALE_OFFSET = """
const push = history.pushState;
history.pushState = function (state, title, url) {
  push.call(this, state, title, url);
  history.replaceState({ x: 0, y: 0 }, "");
};
"""


def test_a_search_result_shows_its_heading_when_the_history_holds_an_older_offset(
    browser: Browser, served: str
) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 700}) as tab:
        remember(tab, served, "Ontwikkelaar")
        tab.add_init_script(STALE_OFFSET)
        open_search_result_for_the_jurists_heading(tab, served)
        expect(tab.locator("input#jurist")).to_be_checked()
        expect(tab.locator("h3#toezicht-regelen")).to_be_in_viewport()
        # Back and forward are left to Material: the reader returns to where they were (here
        # the top of each page, kept by Material 100 ms after the reader scrolled there).
        for step, address in ((tab.go_back, "**/alpha/"), (tab.go_forward, "**/een/?h=*")):
            tab.evaluate("window.scrollTo(0, 0)")
            tab.wait_for_timeout(400)
            step()
            tab.wait_for_url(address)
            tab.wait_for_load_state("networkidle")
        expect(tab.locator("h3#toezicht-regelen")).not_to_be_in_viewport()
        expect(tab.get_by_role("heading", level=1, name="1. Een", exact=True)).to_be_in_viewport()


def test_the_scripts_have_their_texts_after_instant_navigation_whatever_arrives_first(
    browser: Browser, served: str
) -> None:
    """Material's instant navigation inserts the new page's scripts all at once, and each runs
    when it arrives: a texts helper that arrives late must not leave the principle page's
    scripts without their texts (a page error, no "Kopieer link naar dit tabblad")."""
    with visit(browser, served, viewport={"width": 1280, "height": 700}) as tab:

        def late(route: Route) -> None:
            time.sleep(0.8)
            route.continue_()

        tab.route("**/assets/leidraad/texts.js", late)
        tab.goto(served + "alpha/", wait_until="networkidle")
        tab.locator("a[href$='een/']").first.click()  # instant navigation: no new page load
        tab.wait_for_url("**/alpha/een/")
        expect(tab.locator(".ld-tab-tools button").first).to_have_text(
            "Kopieer link naar dit tabblad"
        )
