"""'Pas toe of leg uit' in a real browser: answers kept in the browser, exports, import into a
fresh profile, flagging, narrowing by role and level — and nothing sent anywhere."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import axe_violations, visit
from tests.conftest import FixtureSite
from tests.engine_site import REGIO_TITLE
from tests.spreadsheet import records_as_dutch_excel

pytestmark = pytest.mark.browser
URL = "regio/toetsing/"
# The browser's clock during the export test: exports carry the day they were made.
EXPORT_TIME = datetime(2031, 2, 3, 10, 30, tzinfo=UTC)


def answer(page: Page, slug: str, choice: str, explanation: str = "", evidence: str = "") -> None:
    page.locator(f"input[name='p-{slug}-oordeel'][value='{choice}']").check()
    if explanation:
        page.locator(f"textarea[name='p-{slug}-toelichting']").fill(explanation)
    if evidence:
        page.locator(f"textarea[name='p-{slug}-onderbouwing']").fill(evidence)


def download(page: Page, button: str, folder: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_answers_survive_a_reload_and_export_in_three_formats(
    browser: Browser, engine_site: FixtureSite, tmp_path: Path
) -> None:
    site_url, index = engine_site.url, engine_site.index
    regional = index.in_collection("regio")
    with visit(browser, site_url, accept_downloads=True) as page:
        page.clock.set_fixed_time(EXPORT_TIME)
        page.goto(site_url + URL, wait_until="networkidle")
        page.get_by_label("Naam van het project of de aanbesteding").fill("Regionaal dossier")
        answer(
            page,
            "mens-centraal",
            "pas-toe",
            "Cliëntenraad betrokken, zie plan",
            "https://example.org/plan",
        )
        answer(
            page, "samen-standaarden", "wijk-af", "Leverancier levert nog geen FHIR; in 2027 wel"
        )
        answer(page, "open-register", "nvt")
        expect(page.locator("#ld-progress-text")).to_have_text(
            f"3 van {len(regional)} principes beantwoord"
        )

        page.reload(wait_until="networkidle")
        expect(
            page.locator("input[name='p-mens-centraal-oordeel'][value='pas-toe']")
        ).to_be_checked()
        expect(page.locator("textarea[name='p-samen-standaarden-toelichting']")).to_have_value(
            "Leverancier levert nog geen FHIR; in 2027 wel"
        )
        expect(page.get_by_label("Naam van het project of de aanbesteding")).to_have_value(
            "Regionaal dossier"
        )

        today = EXPORT_TIME.date().isoformat()
        versions = {p.slug: index.last_changed[p.key].isoformat() for p in regional}

        markdown = download(page, "Markdown (voor een projectplan)", tmp_path).read_text("utf-8")
        assert markdown.startswith(f"# Toetsing: {REGIO_TITLE}")
        assert f"- Datum: {today}" in markdown
        assert f"- Collectie: {REGIO_TITLE} (regio)" in markdown
        assert f"## 1. De inwoner staat centraal (versie {versions['mens-centraal']})" in markdown
        assert "**Oordeel:** Wijk af" in markdown
        assert "**Toelichting:** Leverancier levert nog geen FHIR; in 2027 wel" in markdown
        assert "- https://example.org/plan" in markdown

        rows = records_as_dutch_excel(download(page, "CSV", tmp_path).read_bytes())
        assert len(rows) == len(regional)
        by_slug = {row["slug"]: row for row in rows}
        assert by_slug["mens-centraal"]["toelichting"] == "Cliëntenraad betrokken, zie plan"
        assert by_slug["samen-standaarden"]["toelichting"] == (
            "Leverancier levert nog geen FHIR; in 2027 wel"
        )
        assert by_slug["open-register"]["oordeel"] == "Niet van toepassing"
        assert by_slug["mens-centraal"]["versie"] == versions["mens-centraal"]
        assert {row["collectie"] for row in rows} == {"regio"}
        assert {row["datum"] for row in rows} == {today}

        exported = download(page, "JSON (om later verder te gaan)", tmp_path)
        data = json.loads(exported.read_text("utf-8"))
        assert data["format"] == "leidraad-toetsing" and data["collection"] == "regio"
        assert data["date"] == today and data["project"] == "Regionaal dossier"
        answers = {item["slug"]: item for item in data["principles"]}
        assert answers["mens-centraal"]["evidence"] == ["https://example.org/plan"]
        assert answers["samen-standaarden"]["version"] == versions["samen-standaarden"]

    # A fresh browser profile: nothing stored; importing the JSON restores every answer.
    with visit(browser, site_url) as fresh:
        fresh.goto(site_url + URL, wait_until="networkidle")
        expect(fresh.locator("#ld-progress-text")).to_have_text(
            f"0 van {len(regional)} principes beantwoord"
        )
        fresh.locator("input[data-import]").set_input_files(exported)
        expect(fresh.locator("#ld-assessment-message")).to_contain_text("geïmporteerd")
        expect(
            fresh.locator("input[name='p-samen-standaarden-oordeel'][value='wijk-af']")
        ).to_be_checked()
        expect(fresh.locator("textarea[name='p-mens-centraal-onderbouwing']")).to_have_value(
            "https://example.org/plan"
        )
        expect(fresh.locator("#ld-progress-text")).to_have_text(
            f"3 van {len(regional)} principes beantwoord"
        )


def test_deviation_without_explanation_is_flagged(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site_url = engine_site.url
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        answer(page, "samen-standaarden", "wijk-af")
        explanation = page.locator("textarea[name='p-samen-standaarden-toelichting']")
        expect(explanation).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#p-samen-standaarden-fout")).to_be_visible()
        expect(page.locator("#ld-progress-text")).to_contain_text("1 afwijking zonder uitleg")
        explanation.fill("Het register komt er in het tweede kwartaal.")
        expect(explanation).to_have_attribute("aria-invalid", "false")
        expect(page.locator("#p-samen-standaarden-fout")).to_be_hidden()


def test_narrowing_by_role_and_level_and_clearing(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site_url, index = engine_site.url, engine_site.index
    regional = index.in_collection("regio")
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        page.locator("input[name=niveau][value=strategisch]").check()
        page.locator("input[name=rol][value=inwoner]").check()
        expected = [
            p
            for p in regional
            if "strategisch" in p.levels and p.relevance_for("inwoner") is not None
        ]
        visible = page.locator("fieldset.ld-assessment__principle:not([hidden])")
        expect(visible).to_have_count(len(expected))
        expect(page.locator("#ld-progress-text")).to_have_text(
            f"0 van {len(expected)} principes beantwoord"
        )
        answer(page, expected[0].slug, "pas-toe")
        page.get_by_role("button", name="Wis alle antwoorden").click()
        page.reload(wait_until="networkidle")
        expect(
            page.locator(f"input[name='p-{expected[0].slug}-oordeel'][value='pas-toe']")
        ).not_to_be_checked()


def test_print_view_reads_as_a_report(browser: Browser, engine_site: FixtureSite) -> None:
    site_url = engine_site.url
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        answer(page, "mens-centraal", "wijk-af", "Zie bijlage.")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        page.emulate_media(media="print")
        report = page.locator("#ld-report")
        expect(report).to_be_visible()
        expect(report.locator("h1")).to_have_text(f"Toetsing: {REGIO_TITLE}")
        expect(report).to_contain_text("Oordeel: Wijk af")
        expect(report).to_contain_text("Toelichting: Zie bijlage.")
        expect(page.locator("#ld-assessment")).to_be_hidden()


def test_assessment_page_states_privacy_and_passes_axe_with_answers(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site_url = engine_site.url
    # Leaving `visit` checks that no request left the site and nothing failed.
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        expect(page.locator(".ld-privacy").first).to_contain_text("verstuurt niets")
        answer(page, "samen-standaarden", "wijk-af")  # with the error message shown
        assert axe_violations(page) == []
