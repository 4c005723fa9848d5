"""'Pas toe of leg uit' in a real browser: answers kept in the browser, exports, import into a
fresh profile, flagging, narrowing by level and ordering by role, named assessments, asking before
anything is wiped (and undo), the browser's own print, the move from one stored assessment to
named ones — and nothing sent anywhere.

The first tests use the repository's site; the rest a small site the module writes itself, so
that the expected order, counts and names follow from the test's own content."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from principles import PrincipleKey
from principles.content.dates import dutch_date
from tests.browser import axe_violations, serve, visit
from tests.conftest import REPO, FixtureSite, build_site, write_tree
from tests.conftest import page as markdown_page
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

        # People read the Markdown: dates written out as on the site ("3 februari 2031"); CSV
        # and JSON, for programs and Excel, keep ISO dates.
        markdown = download(page, "Markdown (voor een projectplan)", tmp_path).read_text("utf-8")
        assert markdown.startswith(f"# Toetsing: {REGIO_TITLE}")
        assert "- Datum: 3 februari 2031" in markdown
        assert f"- Collectie: {REGIO_TITLE} (regio)" in markdown
        written = dutch_date(index.last_changed[PrincipleKey("regio", "mens-centraal")])
        assert f"## 1. De inwoner staat centraal (versie van {written})" in markdown
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


def test_narrowing_by_level_hides_and_roles_only_reorder(
    browser: Browser, engine_site: FixtureSite
) -> None:
    site_url, index = engine_site.url, engine_site.index
    regional = index.in_collection("regio")
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        page.locator("input[name=niveau][value=strategisch]").check()
        page.locator("input[name=rol][value=inwoner]").check()
        expected = [p for p in regional if "strategisch" in p.levels]
        # Levels narrow what is shown; roles only decide what comes first (the rest folds).
        # The progress counts every principle: the hidden ones are still to be assessed.
        shown = page.locator("fieldset.ld-assessment__principle:not([hidden])")
        expect(shown).to_have_count(len(expected))
        expect(page.locator("#ld-progress-text")).to_have_text(
            f"0 van {len(regional)} principes beantwoord"
        )


def test_print_view_reads_as_a_report(browser: Browser, engine_site: FixtureSite) -> None:
    site_url = engine_site.url
    with visit(browser, site_url) as page:
        page.goto(site_url + URL, wait_until="networkidle")
        answer(page, "mens-centraal", "wijk-af", "Zie bijlage.")
        # The browser's own Print (no click on "Afdrukken als rapport", no beforeprint event).
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


# --- A site of our own -------------------------------------------------------------------------
# Alpha (no levels): four principles whose relevance for Jurist and Inkoper differs, so that the
# order by relevance is known. Beta has levels.
ALPHA = "alpha/toetsing/"
BETA = "beta/toetsing/"
RELEVANCE = {
    "een": {"ontwikkelaar": "high", "jurist": "low", "inkoper": "medium"},
    "twee": {"ontwikkelaar": "medium", "jurist": "high"},
    "drie": {"ontwikkelaar": "low", "jurist": "medium", "inkoper": "high"},
    "vier": {"jurist": "high"},
}


def assessment_tree() -> dict[str, str | bytes]:
    tree: dict[str, str | bytes] = {
        "_data/roles.yml": (REPO / "docs/_data/roles.yml").read_text("utf-8"),
        "alpha/_collection.yml": "title: Alpha\nroles: [ontwikkelaar, jurist, inkoper]\n",
        "beta/_collection.yml": (
            "title: Beta\nroles: [jurist]\nlevels: [strategisch, operationeel]\n"
        ),
        "beta/visie/index.md": markdown_page(
            {"title": "1. Visie", "levels": ["strategisch"], "roles": {"jurist": "high"}},
            "\nTekst.\n",
        ),
        "beta/uitvoering/index.md": markdown_page(
            {"title": "2. Uitvoering", "levels": ["operationeel"], "roles": {"jurist": "low"}},
            "\nTekst.\n",
        ),
        "beta/beheer/index.md": markdown_page(
            {"title": "3. Beheer", "levels": ["operationeel"], "roles": {"jurist": "medium"}},
            "\nTekst.\n",
        ),
    }
    for number, (slug, roles) in enumerate(RELEVANCE.items(), start=1):
        tree[f"alpha/{slug}/index.md"] = markdown_page(
            {
                "title": f"{number}. {slug.capitalize()}",
                "summary": f"Principe {slug}.",
                "implications": [f"**Punt {slug}**: iets om na te gaan.", "**Nog een**: ook."],
                "roles": roles,
            },
            "\nTekst.\n",
        )
    return tree


@pytest.fixture(scope="module")
def own_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("assessment-site")
    write_tree(project / "docs", assessment_tree())
    site_dir, records, aborted = build_site(project, strict=True)
    assert not aborted, [record.getMessage() for record in records]
    with serve(site_dir) as url:
        yield url


def slugs(page: Page, selector: str) -> list[str]:
    return [
        s.removeprefix("p-")
        for s in page.locator(selector).evaluate_all("(all) => all.map((f) => f.id)")
    ]


def options(page: Page) -> list[str]:
    return page.locator("#ld-assessment-current option").all_inner_texts()


def test_clearing_asks_first_and_can_be_undone(browser: Browser, own_site: str) -> None:
    with visit(browser, own_site) as page:
        page.goto(own_site + ALPHA, wait_until="networkidle")
        answer(page, "een", "pas-toe", "Gedaan")
        answer(page, "twee", "wijk-af", "Eigen reden")
        progress = page.locator("#ld-progress-text")
        expect(progress).to_have_text("2 van 4 principes beantwoord")
        clear = page.get_by_role("button", name="Wis alle antwoorden")
        dialog = page.get_by_role("dialog", name="Alle antwoorden wissen?")

        # Asked first. Escape changes nothing and gives the focus back to the button.
        clear.click()
        expect(dialog).to_be_visible()
        expect(dialog).to_contain_text("‘Toetsing 1’")
        expect(dialog.get_by_role("button", name="Annuleren")).to_be_focused()
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()
        expect(clear).to_be_focused()
        expect(progress).to_have_text("2 van 4 principes beantwoord")

        # Confirmed, by keyboard only: the answers go and a notice offers to undo it.
        page.keyboard.press("Enter")
        expect(dialog).to_be_visible()
        page.keyboard.press("Shift+Tab")
        expect(dialog.get_by_role("button", name="Antwoorden wissen")).to_be_focused()
        page.keyboard.press("Enter")
        expect(dialog).to_be_hidden()
        expect(progress).to_have_text("0 van 4 principes beantwoord")
        expect(page.locator("textarea[name='p-twee-toelichting']")).to_have_value("")
        notice = page.locator("#ld-clear-message")
        expect(notice).to_contain_text("Alle antwoorden van ‘Toetsing 1’ zijn gewist.")
        page.keyboard.press("Tab")
        expect(notice.get_by_role("button", name="Ongedaan maken")).to_be_focused()
        page.keyboard.press("Enter")
        expect(progress).to_have_text("2 van 4 principes beantwoord")
        expect(page.locator("textarea[name='p-twee-toelichting']")).to_have_value("Eigen reden")

        # The undone state is the stored one; a confirmed clear is stored too.
        page.reload(wait_until="networkidle")
        expect(progress).to_have_text("2 van 4 principes beantwoord")
        clear.click()
        dialog.get_by_role("button", name="Antwoorden wissen").click()
        expect(notice).to_contain_text("gewist")  # The dialog closes (an event) and clears.
        page.reload(wait_until="networkidle")
        expect(progress).to_have_text("0 van 4 principes beantwoord")
        expect(page.get_by_label("Naam van het project of de aanbesteding")).to_have_value(
            "Toetsing 1"
        )


def test_named_assessments_are_kept_apart_and_exported_apart(
    browser: Browser, own_site: str, tmp_path: Path
) -> None:
    with visit(browser, own_site, accept_downloads=True) as page:
        page.clock.set_fixed_time(EXPORT_TIME)
        page.goto(own_site + ALPHA, wait_until="networkidle")
        name = page.get_by_label("Naam van het project of de aanbesteding")
        current = page.locator("#ld-assessment-current")
        name.fill("Project Noord")
        answer(page, "een", "pas-toe", "Zo gedaan")

        page.get_by_role("button", name="Nieuwe toetsing").click()
        expect(name).to_be_focused()
        expect(name).to_have_value("Toetsing 2")
        name.fill("Project Zuid")
        expect(page.locator("input[name='p-een-oordeel'][value='pas-toe']")).not_to_be_checked()
        answer(page, "twee", "wijk-af", "Andere afweging")
        assert options(page) == ["Project Noord", "Project Zuid"]
        expect(page.locator("#ld-assessment-name")).to_have_text("Project Zuid")

        day = EXPORT_TIME.date().isoformat()
        south = download(page, "JSON (om later verder te gaan)", tmp_path)
        assert south.name == f"toetsing-alpha-project-zuid-{day}.json"
        data = json.loads(south.read_text("utf-8"))
        assert data["project"] == "Project Zuid"
        assert {i["slug"]: i["answer"] for i in data["principles"] if i["answer"]} == {
            "twee": "wijk-af"
        }

        current.select_option(label="Project Noord")
        expect(name).to_have_value("Project Noord")
        expect(page.locator("input[name='p-een-oordeel'][value='pas-toe']")).to_be_checked()
        expect(page.locator("input[name='p-twee-oordeel'][value='wijk-af']")).not_to_be_checked()
        north = download(page, "JSON (om later verder te gaan)", tmp_path)
        assert north.name == f"toetsing-alpha-project-noord-{day}.json"
        data = json.loads(north.read_text("utf-8"))
        assert {i["slug"]: i["answer"] for i in data["principles"] if i["answer"]} == {
            "een": "pas-toe"
        }
        markdown = download(page, "Markdown (voor een projectplan)", tmp_path)
        assert markdown.name == f"toetsing-alpha-project-noord-{day}.md"
        assert "- Project: Project Noord" in markdown.read_text("utf-8")

        # Both are kept, and the one last worked on opens again.
        page.reload(wait_until="networkidle")
        assert options(page) == ["Project Noord", "Project Zuid"]
        expect(current.locator("option:checked")).to_have_text("Project Noord")
        expect(name).to_have_value("Project Noord")

        # Renaming: the name field renames the current assessment.
        name.fill("Project Noordwest")
        assert options(page) == ["Project Noordwest", "Project Zuid"]

        # Deleting asks first, and can be undone.
        page.get_by_role("button", name="Verwijder deze toetsing").click()
        dialog = page.get_by_role("dialog", name="Toetsing ‘Project Noordwest’ verwijderen?")
        dialog.get_by_role("button", name="Verwijderen").click()
        expect(dialog).to_be_hidden()
        assert options(page) == ["Project Zuid"]
        expect(page.locator("input[name='p-twee-oordeel'][value='wijk-af']")).to_be_checked()
        page.locator("#ld-assessments-message").get_by_role("button", name="Ongedaan maken").click()
        assert options(page) == ["Project Noordwest", "Project Zuid"]
        expect(name).to_have_value("Project Noordwest")
        expect(page.locator("textarea[name='p-een-toelichting']")).to_have_value("Zo gedaan")


def test_choosing_roles_puts_first_what_matters_to_them(browser: Browser, own_site: str) -> None:
    first = ".ld-assessment__first > fieldset"
    rest = "#ld-rest fieldset"
    with visit(browser, own_site) as page:
        page.goto(own_site + ALPHA, wait_until="networkidle")
        heading = page.locator("#ld-first-heading")
        summary = page.locator("#ld-rest-summary")
        # No role: every principle by number, nothing folded, no relevance shown.
        assert slugs(page, first) == ["een", "twee", "drie", "vier"]
        expect(page.locator("#ld-rest")).to_be_hidden()
        expect(page.locator("#p-twee .ld-assessment__relevance")).to_be_hidden()

        page.get_by_label("Jurist", exact=True).check()
        assert slugs(page, first) == ["twee", "vier"]
        assert slugs(page, rest) == ["drie", "een"]
        expect(heading).to_have_text("Het meest relevant voor de jurist: 2 principes, 0 beantwoord")
        expect(summary).to_have_text("Minder relevant voor de jurist: 2 principes, 0 beantwoord")
        expect(page.locator("#p-twee .ld-assessment__relevance")).to_contain_text("Jurist · hoog")
        expect(page.locator("#p-twee [data-role=ontwikkelaar]")).to_be_hidden()
        expect(page.locator("#p-drie")).to_be_hidden()  # folded

        # The folded group opens with the keyboard, and its principles can be answered.
        summary.focus()
        page.keyboard.press("Enter")
        expect(page.locator("#p-drie")).to_be_visible()
        expect(page.locator("#p-een .ld-assessment__relevance")).to_contain_text("Jurist · laag")
        answer(page, "een", "nvt")
        expect(summary).to_have_text("Minder relevant voor de jurist: 2 principes, 1 beantwoord")
        expect(page.locator("#ld-progress-text")).to_have_text("1 van 4 principes beantwoord")

        page.get_by_label("Vooraan vanaf relevantie").select_option("medium")
        assert slugs(page, first) == ["twee", "vier", "drie"]
        assert slugs(page, rest) == ["een"]

        # Two roles: a principle counts as much as it matters to either.
        page.get_by_label("Vooraan vanaf relevantie").select_option("high")
        page.get_by_label("Inkoper", exact=True).check()
        assert slugs(page, first) == ["twee", "drie", "vier"]
        expect(heading).to_have_text(
            "Het meest relevant voor de jurist en de inkoper: 3 principes, 0 beantwoord"
        )
        relevance = page.locator("#p-een .ld-assessment__relevance li:not([hidden])")
        expect(relevance).to_have_text(["Jurist · laag", "Inkoper · middel"])

        # The choice belongs to the assessment: it is there after a reload.
        page.reload(wait_until="networkidle")
        assert slugs(page, first) == ["twee", "drie", "vier"]
        assert slugs(page, rest) == ["een"]


def test_the_browsers_own_print_shows_the_answers_as_a_report(
    browser: Browser, own_site: str
) -> None:
    with visit(browser, own_site) as page:
        page.clock.set_fixed_time(EXPORT_TIME)
        page.goto(own_site + ALPHA, wait_until="networkidle")
        page.get_by_label("Naam van het project of de aanbesteding").fill("Project Noord")
        page.get_by_label("Jurist", exact=True).check()
        page.locator("#ld-rest-summary").click()  # "een" matters least to Jurist: folded
        answer(page, "een", "pas-toe", "Klaar", "https://example.org/plan")
        answer(page, "twee", "wijk-af")  # without an explanation
        answer(page, "vier", "nvt")
        page.emulate_media(media="print")
        printed = page.locator("body").inner_text()
        report = page.locator("#ld-report")
        expect(report).to_be_visible()
        expect(report.locator("h1")).to_have_text("Toetsing: Alpha")
        meta = report.locator("p").first
        expect(meta).to_have_text(
            "Project: Project Noord · Datum: 3 februari 2031 · Rollen: Jurist"
        )  # role labels, and no levels: Alpha has none
        # The summary first, then the deviation without explanation, then every principle.
        rows = report.locator(".ld-report__summary tr").all_inner_texts()
        assert [" ".join(row.split()) for row in rows] == [
            "Pas toe 1",
            "Wijk af 1",
            "Niet van toepassing 1",
            "Open 1",
        ]
        assert printed.index("Samenvatting") < printed.index("Let op: 1 afwijking zonder uitleg")
        assert printed.index("Let op: 1 afwijking zonder uitleg") < printed.index("Per principe")
        for text in ("Oordeel: Pas toe", "Toelichting: Klaar", "https://example.org/plan"):
            assert text in printed
        # The form and the page's instructions are left out.
        for hidden in ("Toets een projectplan", "Je antwoorden blijven op dit apparaat"):
            assert hidden not in printed
        expect(page.locator("#ld-assessment")).to_be_hidden()
        expect(page.locator("#ld-assessments")).to_be_hidden()


def test_the_level_filter_hides_principles_but_every_answer_counts_and_is_exported(
    browser: Browser, own_site: str, tmp_path: Path
) -> None:
    with visit(browser, own_site, accept_downloads=True) as page:
        page.goto(own_site + BETA, wait_until="networkidle")
        answer(page, "visie", "pas-toe", "Past in de koers")
        answer(page, "uitvoering", "wijk-af", "Het oude systeem blijft nog een jaar")
        hidden = page.locator("#ld-hidden-text")
        expect(hidden).to_be_hidden()
        page.locator("input[name=niveau][value=strategisch]").check()
        # The filter narrows the view and says what it hides; nothing is dropped.
        expect(page.locator("fieldset.ld-assessment__principle:not([hidden])")).to_have_count(1)
        expect(hidden).to_be_visible()
        expect(hidden).to_have_text(
            "2 principes verborgen door het filter, waarvan 1 beantwoord. "
            "Ze tellen mee in de voortgang en in de exports."
        )
        expect(page.locator("#ld-progress-text")).to_have_text("2 van 3 principes beantwoord")

        data = json.loads(download(page, "JSON (om later verder te gaan)", tmp_path).read_text())
        answers = {item["slug"]: item["answer"] for item in data["principles"]}
        assert answers == {"visie": "pas-toe", "uitvoering": "wijk-af", "beheer": None}
        rows = records_as_dutch_excel(download(page, "CSV", tmp_path).read_bytes())
        assert {row["slug"]: row["oordeel"] for row in rows} == {
            "visie": "Pas toe",
            "uitvoering": "Wijk af",
            "beheer": "",
        }
        markdown = download(page, "Markdown (voor een projectplan)", tmp_path).read_text("utf-8")
        assert "**Toelichting:** Het oude systeem blijft nog een jaar" in markdown
        assert "**Samenvatting:** Pas toe: 1 · Wijk af: 1 · Niet van toepassing: 0 · Open: 1" in (
            markdown
        )
        page.emulate_media(media="print")
        report = page.locator("#ld-report")
        expect(report).to_contain_text("2. Uitvoering")
        expect(report).to_contain_text("Toelichting: Het oude systeem blijft nog een jaar")

        # A filter that hides nothing answered says so too; no filter, no notice.
        page.emulate_media(media="screen")
        page.locator("input[name=niveau][value=strategisch]").uncheck()
        page.locator("input[name=niveau][value=operationeel]").check()
        expect(hidden).to_have_text(
            "1 principe verborgen door het filter, waarvan 1 beantwoord. "
            "Het telt mee in de voortgang en in de exports."
        )
        page.locator("input[name=niveau][value=operationeel]").uncheck()
        expect(hidden).to_be_hidden()


def test_without_javascript_the_blank_form_prints(browser: Browser, own_site: str) -> None:
    with visit(browser, own_site, java_script_enabled=False) as page:
        page.goto(own_site + ALPHA, wait_until="networkidle")
        page.emulate_media(media="print")
        expect(page.locator("#p-een")).to_be_visible()
        expect(page.locator("#ld-assessments")).to_be_hidden()


OLD_ASSESSMENT: dict[str, Any] = {
    "format": "leidraad-toetsing",
    "version": 1,
    "collection": "alpha",
    "project": "Oud dossier",
    "roles": ["jurist"],
    "levels": [],
    "principles": [
        {
            "slug": "een",
            "number": 1,
            "title": "Een",
            "version": "2030-01-01",
            "answer": "wijk-af",
            "explanation": "Uitgesteld tot de aanbesteding",
            "evidence": ["https://example.org/besluit"],
        }
    ],
}


@pytest.mark.parametrize(("project", "shown"), [("Oud dossier", "Oud dossier"), ("", "Toetsing 1")])
def test_an_assessment_stored_before_the_update_becomes_the_first_named_one(
    browser: Browser, own_site: str, project: str, shown: str
) -> None:
    with visit(browser, own_site) as page:
        page.goto(own_site, wait_until="networkidle")
        stored = json.dumps({**OLD_ASSESSMENT, "project": project})
        page.evaluate("(v) => localStorage.setItem('leidraad.toetsing.alpha', v)", stored)
        page.goto(own_site + ALPHA, wait_until="networkidle")
        assert options(page) == [shown]
        expect(page.get_by_label("Naam van het project of de aanbesteding")).to_have_value(shown)
        expect(page.locator("input[name='p-een-oordeel'][value='wijk-af']")).to_be_checked()
        expect(page.locator("textarea[name='p-een-toelichting']")).to_have_value(
            "Uitgesteld tot de aanbesteding"
        )
        expect(page.locator("textarea[name='p-een-onderbouwing']")).to_have_value(
            "https://example.org/besluit"
        )
        expect(page.get_by_label("Jurist", exact=True)).to_be_checked()
        keys = page.evaluate("Object.keys(localStorage)")
        assert "leidraad.toetsingen.alpha" in keys and "leidraad.toetsing.alpha" not in keys
        page.reload(wait_until="networkidle")
        expect(page.locator("input[name='p-een-oordeel'][value='wijk-af']")).to_be_checked()


@pytest.mark.parametrize("width", [1280, 390])
def test_new_controls_pass_axe_and_fit_the_width(
    browser: Browser, own_site: str, width: int
) -> None:
    with visit(browser, own_site, viewport={"width": width, "height": 800}) as page:
        page.goto(own_site + ALPHA, wait_until="networkidle")

        def fits() -> None:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{scroll}px wide in a {width}px window"

        page.get_by_label("Jurist", exact=True).check()
        page.locator("#ld-rest-summary").click()
        answer(page, "twee", "wijk-af")  # the error message shows too
        page.get_by_label("Naam van het project of de aanbesteding").fill(
            "Een lange projectnaam voor de vervanging van het zaaksysteem"
        )
        page.get_by_role("button", name="Nieuwe toetsing").click()
        assert axe_violations(page) == []
        fits()
        page.get_by_role("button", name="Verwijder deze toetsing").click()
        dialog = page.locator("#ld-confirm")
        expect(dialog).to_be_visible()
        assert axe_violations(page) == []
        box = dialog.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        page.keyboard.press("Escape")
        page.get_by_role("button", name="Wis alle antwoorden").click()
        page.get_by_role("button", name="Antwoorden wissen").click()
        expect(page.get_by_role("button", name="Ongedaan maken")).to_be_visible()
        assert axe_violations(page) == []
        fits()


def test_back_to_top_leaves_the_progress_bar_free(browser: Browser, own_site: str) -> None:
    with visit(browser, own_site, viewport={"width": 1280, "height": 700}) as page:
        page.goto(own_site + ALPHA, wait_until="networkidle")
        page.mouse.wheel(0, 2500)
        page.wait_for_timeout(300)
        page.mouse.wheel(0, -300)  # Material shows the button when the reader scrolls up
        top = page.locator(".md-top")
        expect(top).to_be_visible()
        expect(top).not_to_have_attribute("hidden", "")
        button, bar = top.bounding_box(), page.locator(".ld-assessment__progress").bounding_box()
        assert button is not None and bar is not None
        apart = (
            button["y"] >= bar["y"] + bar["height"]
            or button["y"] + button["height"] <= bar["y"]
            or button["x"] >= bar["x"] + bar["width"]
            or button["x"] + button["width"] <= bar["x"]
        )
        assert apart, (button, bar)
