"""Browsing by role in a real browser: the filter, its URL, the tab that follows the role,
keyboard use, and "Download deze lijst"."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from principles import Index, Relevance
from tests.browser import visit
from tests.conftest import FixtureSite
from tests.engine_site import RIJK_TITLE
from tests.spreadsheet import read_as_dutch_excel

pytestmark = pytest.mark.browser


def visible_titles(page: Page) -> list[str]:
    return page.locator("#ld-principes > li:not([hidden]) .ld-card__title").all_inner_texts()


def shown(titles: list[str]) -> str:
    """What the filter's status line says for these titles."""
    return f"{len(titles)} principe" + ("" if len(titles) == 1 else "s")


def expected(index: Index, role: str, minimum: Relevance | None = None) -> list[str]:
    """The titles the filter of `rijk` shows for a role: the fixture's index decides."""
    return [
        f"{p.number}. {p.title}"
        for p in index.in_collection("rijk")
        if (r := p.relevance_for(role)) is not None and (minimum is None or r.rank <= minimum.rank)
    ]


def test_filter_narrows_the_list_and_the_url_and_reload_restores_it(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site + "rijk/", wait_until="networkidle")
        assert len(visible_titles(page)) == len(index.in_collection("rijk"))
        page.get_by_label("Jurist", exact=True).check()
        page.get_by_label("Minimale relevantie").select_option("hoog")
        assert re.search(r"\?rol=jurist&relevantie=hoog$", page.url)
        assert visible_titles(page) == expected(index, "jurist", Relevance.HIGH)
        expect(page.locator("#ld-principes-status")).to_have_text(
            shown(expected(index, "jurist", Relevance.HIGH))
        )
        page.reload(wait_until="networkidle")
        assert page.get_by_label("Jurist", exact=True).is_checked()
        assert visible_titles(page) == expected(index, "jurist", Relevance.HIGH)


def test_two_roles_show_what_matters_to_either(browser: Browser, engine_site: FixtureSite) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site + "rijk/?rol=jurist&rol=inkoper&relevantie=hoog", wait_until="networkidle")
        either = set(expected(index, "jurist", Relevance.HIGH)) | set(
            expected(index, "inkoper", Relevance.HIGH)
        )
        assert set(visible_titles(page)) == either


def test_principle_opened_from_the_jurist_view_shows_the_jurist_tab_and_keeps_it(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site = engine_site.url
    with visit(browser, site) as page:
        page.goto(site + "rijk/?rol=jurist", wait_until="networkidle")
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("#jurist")
        expect(page.locator("input#jurist")).to_be_checked()
        # The role persists: the next principle opens on the Jurist tab too, without a #jurist.
        page.goto(site + "rijk/inkopen/", wait_until="networkidle")
        expect(page.locator("input#jurist")).to_be_checked()


def test_role_page_link_opens_the_role_tab_and_back_restores_the_filter(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site + "rollen/inkoper/", wait_until="networkidle")
        page.locator(".ld-role-list a").first.click()
        page.wait_for_load_state("networkidle")
        expect(page.locator("input#inkoper")).to_be_checked()
        page.goto(site + "rijk/?rol=ontwikkelaar", wait_until="networkidle")
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_load_state("networkidle")
        page.go_back(wait_until="networkidle")
        expect(page.get_by_label("Ontwikkelaar", exact=True)).to_be_checked()
        # The filter has run once the count says so (the box may be restored before that).
        count = len(expected(index, "ontwikkelaar"))
        expect(page.locator("#ld-principes-status")).to_have_text(
            f"{count} principe" if count == 1 else f"{count} principes"
        )
        assert visible_titles(page) == expected(index, "ontwikkelaar")


def test_filter_works_by_keyboard_and_announces_the_count(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site + "rijk/", wait_until="networkidle")
        page.get_by_label("Bestuurder", exact=True).focus()
        page.keyboard.press("Tab")  # Ontwikkelaar
        page.keyboard.press("Space")
        status = page.locator("#ld-principes-status")
        expect(status).to_have_attribute("role", "status")
        expect(status).to_have_text(shown(expected(index, "ontwikkelaar")))
        assert visible_titles(page) == expected(index, "ontwikkelaar")
        # Every principle here names every role: the minimum relevance narrows it, by keyboard.
        page.get_by_label("Minimale relevantie").focus()
        page.keyboard.press("ArrowDown")  # hoog
        only_high = expected(index, "ontwikkelaar", Relevance.HIGH)
        assert 0 < len(only_high) < len(expected(index, "ontwikkelaar"))
        expect(status).to_have_text(shown(only_high))
        assert visible_titles(page) == only_high


def test_download_exports_exactly_the_filtered_list(
    browser: Browser, engine_site: FixtureSite, tmp_path: Path
) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site, accept_downloads=True) as page:
        page.goto(site + "rijk/?rol=ontwikkelaar&relevantie=hoog", wait_until="networkidle")
        shown = expected(index, "ontwikkelaar", Relevance.HIGH)

        with page.expect_download() as csv_download:
            page.get_by_role("button", name="CSV").click()
        path = tmp_path / csv_download.value.suggested_filename
        csv_download.value.save_as(path)
        rows = read_as_dutch_excel(path.read_bytes())
        assert rows[0][:5] == ["Collectie", "Nummer", "Titel", "Samenvatting", "Adres"]
        assert [f"{r[1]}. {r[2]}" for r in rows[1:]] == shown
        ontwikkelaar = rows[0].index("Ontwikkelaar")
        assert {r[ontwikkelaar] for r in rows[1:]} == {"hoog"}
        assert all(r[4].startswith(site + "rijk/") for r in rows[1:])

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
    browser: Browser, engine_site: FixtureSite
) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site, java_script_enabled=False) as page:
        page.goto(site + "rijk/?rol=jurist", wait_until="networkidle")
        assert len(visible_titles(page)) == len(index.in_collection("rijk"))
        expect(page.locator("form.ld-filter")).to_be_hidden()
        hint = page.locator(".ld-filter__roles-hint")
        expect(hint.get_by_role("link", name="Jurist")).to_have_attribute(
            "href", "../rollen/jurist/"
        )


def test_home_page_filters_across_collections(browser: Browser, engine_site: FixtureSite) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site + "?rol=zorgverlener&relevantie=hoog", wait_until="networkidle")
        titles = page.locator(
            "#ld-alle-principes > li:not([hidden]) .ld-card__title"
        ).all_inner_texts()
        assert titles == [
            f"{p.number}. {p.title}"
            for p in index
            if p.relevance_for("zorgverlener") is Relevance.HIGH
        ]


def test_scripts_work_after_instant_navigation(browser: Browser, engine_site: FixtureSite) -> None:
    site, index = engine_site.url, engine_site.index
    with visit(browser, site) as page:
        page.goto(site, wait_until="networkidle")
        # Instant navigation: Material fetches the page and swaps the content, no full load.
        page.evaluate("window.leidraadMarker = 'same document'")
        page.locator("article").get_by_role("link", name=RIJK_TITLE).click()
        page.wait_for_url("**/rijk/")
        expect(page.locator("form.ld-filter")).to_be_visible()
        page.get_by_label("Jurist", exact=True).check()
        expect(page.locator("#ld-principes-status")).to_have_text(shown(expected(index, "jurist")))
        page.locator("#ld-principes > li:not([hidden]) .ld-card__title a").first.click()
        page.wait_for_url("**#jurist")
        expect(
            page.get_by_role("button", name="Kopieer link naar het tabblad Jurist")
        ).to_be_attached()
        page.locator("nav.md-nav--primary").get_by_role(
            "link", name="Toetsing: pas toe of leg uit"
        ).first.click()
        page.wait_for_url("**/rijk/toetsing/")
        expect(page.locator(".ld-assessment__actions")).to_be_visible()
        assert page.evaluate("window.leidraadMarker") == "same document"
