"""The preview as an editor uses it: `principles serve` (what `make serve` runs) with the pages
open in Chromium. A save reloads the open page by itself, under the site's security policy,
and the pages that are not rendered again keep their names in the navigation.
(How fast: bench/serve_edit.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.browser import visit
from tests.conftest import page
from tests.test_incremental import EEN, edit, running_preview, three_principles
from tests.test_serve import fetch, wait_for

pytestmark = pytest.mark.browser

RELOAD_TIMEOUT = 30_000  # ms. Generous: this checks that the page reloads, not how fast.


def tree() -> dict[str, str | bytes]:
    """Three principles, a home page and a page of the collection with titles of their own."""
    return {
        **three_principles(),
        "index.md": page({"title": "Welkom bij de principes"}, "\nWelkom.\n"),
        "alpha/over.md": page({"title": "Over deze principes"}, "\nOver.\n"),
    }


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with running_preview(tmp_path, tree()) as (url, docs_dir, _):
        yield url, docs_dir


def test_an_open_page_reloads_after_a_save_and_the_overview_follows(
    browser: Browser, preview: tuple[str, Path]
) -> None:
    url, docs_dir = preview
    # visit() fails the test on any Content-Security-Policy violation or script error.
    with visit(browser, url) as principle, visit(browser, url) as overview:
        principle.goto(url + "alpha/een/", wait_until="load")
        overview.goto(url + "alpha/", wait_until="load")
        expect(principle.locator("article.md-content__inner")).to_contain_text("De eerste.")
        edit(docs_dir, EEN, "summary: De eerste.", "summary: Nieuw samengevat.")
        # Nobody reloads these pages: MkDocs' live-reload script must run under the policy.
        expect(principle.locator("article.md-content__inner")).to_contain_text(
            "Nieuw samengevat.", timeout=RELOAD_TIMEOUT
        )
        expect(overview.locator("article.md-content__inner")).to_contain_text(
            "Nieuw samengevat.", timeout=RELOAD_TIMEOUT
        )


def nav_labels(html: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", label)).strip()
        for label in re.findall(r'<span class="md-ellipsis">(.*?)</span>', html, re.S)
    ]


def test_after_a_save_the_navigation_still_names_every_page(preview: tuple[str, Path]) -> None:
    url, docs_dir = preview
    before = nav_labels(fetch(url + "alpha/een/"))
    assert "Over deze principes" in before and "Alpha" in before
    edit(docs_dir, EEN, "Bouw het.", "Bouw het goed.")
    wait_for(lambda: "Bouw het goed." in fetch(url + "alpha/een/"), "the edit")
    # The saved page is rendered again; the pages in its navigation were not read this time.
    after = nav_labels(fetch(url + "alpha/een/"))
    assert "None" not in after
    assert after == before
