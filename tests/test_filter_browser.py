"""Browsing by role in a real browser: the filter, its URL, the tab that follows the role,
keyboard use, and "Download deze lijst"."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from principles import Relevance, load_index
from tests.browser import visit
from tests.conftest import REPO
from tests.spreadsheet import read_as_dutch_excel

pytestmark = pytest.mark.browser
INDEX = load_index(REPO / "docs")
NATIONAL = INDEX.in_collection("overheid")


def visible_titles(page: Page) -> list[str]:
    return page.locator("#ld-principes > li:not([hidden]) .ld-card__title").all_inner_texts()


def expected(role: str, minimum: Relevance | None = None) -> list[str]:
    return [
        f"{p.number}. {p.title}"
        for p in NATIONAL
        if (r := p.relevance_for(role)) is not None and (minimum is None or r.rank <= minimum.rank)
    ]


def test_filter_narrows_the_list_and_the_url_and_reload_restores_it(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/", wait_until="networkidle")
        assert len(visible_titles(page)) == len(NATIONAL)
        page.get_by_label("Jurist", exact=True).check()
        page.get_by_label("Minimale relevantie").select_option("hoog")
        assert re.search(r"\?rol=jurist&relevantie=hoog$", page.url)
        assert visible_titles(page) == expected("jurist", Relevance.HIGH)
        expect(page.locator("#ld-principes-status")).to_have_text(
            f"{len(expected('jurist', Relevance.HIGH))} principes"
        )
        page.reload(wait_until="networkidle")
        assert page.get_by_label("Jurist", exact=True).is_checked()
        assert visible_titles(page) == expected("jurist", Relevance.HIGH)


def test_two_roles_show_what_matters_to_either(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(
            site_url + "overheid/?rol=jurist&rol=inkoper&relevantie=hoog", wait_until="networkidle"
        )
        either = set(expected("jurist", Relevance.HIGH)) | set(expected("inkoper", Relevance.HIGH))
        assert set(visible_titles(page)) == either


def test_principle_opened_from_the_jurist_view_shows_the_jurist_tab_and_keeps_it(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/?rol=jurist", wait_until="networkidle")
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("#jurist")
        expect(page.locator("input#jurist")).to_be_checked()
        # The role persists: the next principle opens on the Jurist tab too, without a #jurist.
        page.goto(site_url + "overheid/cloud/", wait_until="networkidle")
        expect(page.locator("input#jurist")).to_be_checked()


def test_role_page_link_opens_the_role_tab_and_back_restores_the_filter(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "rollen/inkoper/", wait_until="networkidle")
        page.locator(".ld-role-list a").first.click()
        page.wait_for_load_state("networkidle")
        expect(page.locator("input#inkoper")).to_be_checked()
        page.goto(site_url + "overheid/?rol=ontwikkelaar", wait_until="networkidle")
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_load_state("networkidle")
        page.go_back(wait_until="networkidle")
        expect(page.get_by_label("Ontwikkelaar", exact=True)).to_be_checked()
        # The filter has run once the count says so (the box may be restored before that).
        expect(page.locator("#ld-principes-status")).to_have_text(
            f"{len(expected('ontwikkelaar'))} principes"
        )
        assert visible_titles(page) == expected("ontwikkelaar")


def test_filter_works_by_keyboard_and_announces_the_count(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "overheid/", wait_until="networkidle")
        page.get_by_label("Beleidsmaker", exact=True).focus()
        page.keyboard.press("Tab")  # Bestuurder
        page.keyboard.press("Space")
        status = page.locator("#ld-principes-status")
        expect(status).to_have_attribute("role", "status")
        expect(status).to_have_text(f"{len(expected('bestuurder'))} principes")
        assert visible_titles(page) == expected("bestuurder")


def test_download_exports_exactly_the_filtered_list(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    with visit(browser, site_url, accept_downloads=True) as page:
        page.goto(site_url + "overheid/?rol=ontwikkelaar&relevantie=hoog", wait_until="networkidle")
        shown = expected("ontwikkelaar", Relevance.HIGH)

        with page.expect_download() as csv_download:
            page.get_by_role("button", name="CSV").click()
        path = tmp_path / csv_download.value.suggested_filename
        csv_download.value.save_as(path)
        rows = read_as_dutch_excel(path.read_bytes())
        assert rows[0][:5] == ["Collectie", "Nummer", "Titel", "Samenvatting", "Adres"]
        assert [f"{r[1]}. {r[2]}" for r in rows[1:]] == shown
        ontwikkelaar = rows[0].index("Ontwikkelaar")
        assert {r[ontwikkelaar] for r in rows[1:]} == {"hoog"}
        assert all(r[4].startswith(site_url + "overheid/") for r in rows[1:])

        with page.expect_download() as ods_download:
            page.get_by_role("button", name="Spreadsheet (ODS)").click()
        ods = tmp_path / ods_download.value.suggested_filename
        ods_download.value.save_as(ods)
        with zipfile.ZipFile(ods) as archive:
            assert archive.namelist()[0] == "mimetype"
            assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
            assert archive.testzip() is None
            content = archive.read("content.xml").decode("utf-8")
        cells = re.findall(r"<text:p>(.*?)</text:p>", content)
        width = len(rows[0])
        table = [cells[i : i + width] for i in range(0, len(cells), width)]
        assert [f"{r[1]}. {r[2]}" for r in table[1:]] == shown


def test_without_javascript_everything_is_listed_and_roles_are_a_click_away(
    browser: Browser, site_url: str
) -> None:
    with visit(browser, site_url, java_script_enabled=False) as page:
        page.goto(site_url + "overheid/?rol=jurist", wait_until="networkidle")
        assert len(visible_titles(page)) == len(NATIONAL)
        expect(page.locator("form.ld-filter")).to_be_hidden()
        hint = page.locator(".ld-filter__roles-hint")
        expect(hint.get_by_role("link", name="Jurist")).to_have_attribute(
            "href", "../rollen/jurist/"
        )


def test_home_page_filters_across_collections(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url + "?rol=zorgverlener&relevantie=hoog", wait_until="networkidle")
        titles = page.locator(
            "#ld-alle-principes > li:not([hidden]) .ld-card__title"
        ).all_inner_texts()
        assert titles == [
            f"{p.number}. {p.title}"
            for p in INDEX
            if p.relevance_for("zorgverlener") is Relevance.HIGH
        ]


def test_scripts_work_after_instant_navigation(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as page:
        page.goto(site_url, wait_until="networkidle")
        # Instant navigation: Material fetches the page and swaps the content, no full load.
        page.evaluate("window.leidraadMarker = 'same document'")
        page.locator("article").get_by_role(
            "link", name="Principes voor de digitale overheid"
        ).click()
        page.wait_for_url("**/overheid/")
        expect(page.locator("form.ld-filter")).to_be_visible()
        page.get_by_label("Jurist", exact=True).check()
        expect(page.locator("#ld-principes-status")).to_have_text(
            f"{len(expected('jurist'))} principes"
        )
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_url("**#jurist")
        expect(
            page.get_by_role("button", name="Kopieer link naar het tabblad Jurist")
        ).to_be_attached()
        page.locator("nav.md-nav--primary").get_by_role(
            "link", name="Toetsing: pas toe of leg uit"
        ).first.click()
        page.wait_for_url("**/overheid/toetsing/")
        expect(page.locator(".ld-assessment__actions")).to_be_visible()
        assert page.evaluate("window.leidraadMarker") == "same document"
