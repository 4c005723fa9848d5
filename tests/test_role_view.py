"""Reading a principle page by role: it opens on the reader's role (remembered, named in the
address, or else the page's most relevant one), the "Belangrijk voor" chips open a role's
tab, the action cards of the open role come first with the rest behind "Meer", buttons say
what they do in natural Dutch, and a status badge only shows when it tells something."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from principles import load_index
from principles.tools.cli import main
from tests.browser import axe_violations, remember, serve, visit
from tests.conftest import REPO, BuildResult, build_for_serving, page, port_of
from tests.html import article, text

ROLES = (REPO / "docs/_data/roles.yml").read_text("utf-8")
TABS = """
Inleiding.

=== "Beleidsmaker"

    Kaders voor de beleidsmaker.

=== "Ontwikkelaar"

    Bouwen voor de ontwikkelaar.

=== "Jurist"

    Toetsen voor de jurist.
"""
ACTIONS = """\
actions:
  - id: wetboek
    name: Wetboek
    url: https://example.org/wet
    description: De wet.
    verb: Lezen
    cta: Lees de wet
    status: beschikbaar
    principles: [alpha/een]
    roles: [jurist]
    added: 2026-11-01
  - id: devkit
    name: Devkit
    url: https://example.org/dev
    description: Een kit voor wie bouwt.
    verb: Gebruiken
    status: in-ontwikkeling
    principles: [alpha/een]
    roles: [ontwikkelaar]
    added: 2026-11-02
  - id: algemeen
    name: Algemeen
    url: https://example.org/algemeen
    description: Voor iedereen.
    verb: Bekijken
    cta: Bekijk het overzicht
    status: beschikbaar
    principles: [alpha/een]
    added: 2026-11-03
"""


def tree() -> dict[str, str | bytes]:
    """Principle een rates the jurist (its last tab) highest; twee rates ontwikkelaar and jurist
    equally high; drie's author opens it on the beleidsmaker with ===+."""
    return {
        "_data/roles.yml": ROLES,
        "_data/actions.yml": ACTIONS,
        "alpha/_collection.yml": "title: Alpha\nroles: [beleidsmaker, ontwikkelaar, jurist]\n",
        "alpha/een/index.md": page(
            {
                "title": "1. Een",
                "summary": "De eerste.",
                "roles": {"beleidsmaker": "medium", "ontwikkelaar": "low", "jurist": "high"},
            },
            TABS,
        ),
        "alpha/twee/index.md": page(
            {
                "title": "2. Twee",
                "roles": {"jurist": "high", "ontwikkelaar": "high", "beleidsmaker": "low"},
            },
            TABS,
        ),
        "alpha/drie/index.md": page(
            {
                "title": "3. Drie",
                "roles": {"beleidsmaker": "low", "ontwikkelaar": "high", "jurist": "medium"},
            },
            TABS.replace('=== "Beleidsmaker"', '===+ "Beleidsmaker"'),
        ),
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, str]:
    project = tmp_path_factory.mktemp("role-view")
    result, site_url = build_for_serving(project, tree())
    assert load_index(project / "docs").problems == ()
    return result, site_url


@pytest.fixture(scope="module")
def served(site: tuple[BuildResult, str]) -> Iterator[str]:
    result, site_url = site
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def checked_tab(result: BuildResult, slug: str) -> str:
    body = article(result.site_dir / f"alpha/{slug}/index.html")
    return str(body.select_one(".tabbed-set > input[checked]")["id"])  # type: ignore[index]


def test_page_opens_on_its_most_relevant_role_not_the_first_tab(
    site: tuple[BuildResult, str],
) -> None:
    result, _ = site
    assert checked_tab(result, "een") == "jurist"  # the last tab, but rated highest
    assert checked_tab(result, "twee") == "ontwikkelaar"  # a tie: the roles file's order
    assert checked_tab(result, "drie") == "beleidsmaker"  # the author's ===+ wins


def test_chips_link_to_the_tabs_most_relevant_first(site: tuple[BuildResult, str]) -> None:
    result, _ = site
    body = article(result.site_dir / "alpha/een/index.html")
    chips = body.select(".ld-relevance__list a")
    assert [chip["href"] for chip in chips] == ["#jurist", "#beleidsmaker", "#ontwikkelaar"]
    assert text(chips[0]) == "Jurist · relevantie hoog : lees het advies voor deze rol"
    # Each chip's role page stays one step away (links.js puts it in the tab).
    assert body.select_one("[data-ld-role=jurist]")["data-ld-role-page"] == "../../rollen/jurist/"  # type: ignore[index]


def test_a_role_without_a_tab_links_to_its_role_page(build: Callable[..., BuildResult]) -> None:
    files = tree()
    files["alpha/een/index.md"] = page(
        {"title": "1. Een", "roles": {"jurist": "high", "inkoper": "medium"}},
        '\n=== "Jurist"\n\n    Toetsen.\n',
    )
    files["alpha/_collection.yml"] = "title: Alpha\nroles: [jurist, inkoper]\n"
    result = build(files, strict=True)
    assert not result.aborted, result.leidraad_messages
    chips = article(result.site_dir / "alpha/een/index.html").select(".ld-relevance__list a")
    # To this collection's part of the role page (a heading with the collection's id).
    assert [chip["href"] for chip in chips] == ["#jurist", "../../rollen/inkoper/#alpha"]


def card_names(body: object, selector: str) -> list[str]:
    return [text(n) for n in body.select(f"{selector} .ld-action__name")]  # type: ignore[attr-defined]


def test_cards_of_the_opening_role_come_first_and_the_rest_is_open_without_javascript(
    site: tuple[BuildResult, str],
) -> None:
    result, _ = site
    section = article(result.site_dir / "alpha/een/index.html").select_one("section.ld-actions")
    assert section is not None
    assert text(section.select_one("[data-ld-cards-for]")) == "Voor de jurist"
    assert card_names(section, "[data-ld-cards-first]") == ["Wetboek"]
    more = section.select_one("details[data-ld-cards-more]")
    assert more is not None and more.has_attr("open") and not more.has_attr("hidden")
    assert text(more.select_one("summary")) == "Meer hulpmiddelen bij dit principe ( 2 )"
    assert card_names(more, "[data-ld-cards-rest]") == ["Algemeen", "Devkit"]


def test_buttons_carry_the_registrys_call_to_action(site: tuple[BuildResult, str]) -> None:
    result, _ = site
    body = article(result.site_dir / "alpha/een/index.html")
    buttons = {text(b) for b in body.select("a.ld-action__button")}
    assert buttons == {
        "Lees de wet (externe website)",
        "Bekijk het overzicht (externe website)",
        "Bekijk Devkit (externe website)",  # no cta: "Bekijk <name>"
    }
    api = json.loads((result.site_dir / "api/v1/actions.json").read_text("utf-8"))
    assert {a["id"]: a["cta"] for a in api["actions"]}["devkit"] == "Bekijk Devkit"


def test_a_status_badge_only_for_a_status_other_than_available(
    site: tuple[BuildResult, str],
) -> None:
    result, _ = site
    body = article(result.site_dir / "alpha/een/index.html")
    badges = {
        text(card.select_one(".ld-action__name")): text(badge) if badge else None
        for card in body.select("li.ld-action")
        for badge in [card.select_one(".ld-action__badge")]
    }
    assert badges == {"Wetboek": None, "Algemeen": None, "Devkit": "Status: in ontwikkeling"}


# --- The checker ---------------------------------------------------------------------------


def test_check_warns_when_every_role_is_high_and_reports_relevance_per_role(
    docs: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = tree()
    files["alpha/twee/index.md"] = page(
        {
            "title": "2. Twee",
            "roles": {"beleidsmaker": "high", "ontwikkelaar": "high", "jurist": "high"},
        },
        TABS,
    )
    docs_dir = docs(files)
    found = [(p.code, p.source.path, p.source.line) for p in load_index(docs_dir).problems]
    assert found == [("LD509", "alpha/twee/index.md", 3)]
    assert main(["check", str(docs_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{docs_dir}/alpha/twee/index.md:3: waarschuwing LD509: alle 3 rollen")
    assert out[1].startswith("0 fout(en), 1 waarschuwing(en)")
    # Over een, twee and drie: the jurist is high, high, medium.
    assert "  Jurist: 2 hoog, 1 middel, 0 laag (genoemd in 3 van de 3 principes)" in out
    assert "  Beleidsmaker: 1 hoog, 1 middel, 1 laag (genoemd in 3 van de 3 principes)" in out


def test_relevance_per_role_counts_only_the_collections_that_address_the_role(
    docs: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A role that a collection addresses is counted over that collection's principles, not
    over the whole site: a second collection, for buyers only, changes nobody else's count."""
    files = tree()
    files["beta/_collection.yml"] = "title: Beta\nroles: [inkoper]\n"
    files["beta/vier/index.md"] = page(
        {"title": "1. Vier", "summary": "Voor wie inkoopt.", "roles": {"inkoper": "high"}},
        "Tekst voor wie inkoopt.",
    )
    files["beta/vijf/index.md"] = page({"title": "2. Vijf", "summary": "Nog een."}, "Tekst.")
    assert main(["check", str(docs(files))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  Jurist: 2 hoog, 1 middel, 0 laag (genoemd in 3 van de 3 principes)" in out
    assert "  Inkoper: 1 hoog, 0 middel, 0 laag (genoemd in 1 van de 2 principes)" in out


def test_one_high_role_among_lower_ones_is_no_warning(docs: Callable[..., Path]) -> None:
    assert load_index(docs(tree())).problems == ()


MEER_WETEN = """
Tekst met een [Wetboek](https://example.org/wet) in een zin: geen dubbele kaart.

## Meer weten

- **[Het wetboek](https://www.example.org/wet/)**: de wet, zoals de kaart hem al toont.
- [Iets anders](https://example.net/): niet in het register.
- [Devkit](https://example.org/dev)

## Lezen

- Een lijst met tekst en een [Wetboek](https://example.org/wet) erin.
- [Algemeen](https://example.org/algemeen): een lijst die niet alleen uit links bestaat.
"""


def test_a_hand_written_link_list_that_repeats_the_registry_is_reported_by_line(
    docs: Callable[..., Path],
) -> None:
    files = tree()
    files["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "roles": {"jurist": "high"}}, MEER_WETEN
    )
    problems = load_index(docs(files)).problems
    found = [(p.code, p.source.line, p.severity.value) for p in problems]
    # Lines 1-5 are the front matter; "## Meer weten" is line 9, its list starts on line 11.
    assert found == [("LD606", 11, "warning"), ("LD606", 13, "warning")]
    assert "'wetboek'" in problems[0].text("en") and "'alpha/twee'" in problems[0].text("en")
    # On een, whose cards show these tools already, the same list repeats them.
    files["alpha/een/index.md"] = page({"title": "1. Een", "roles": {"jurist": "high"}}, MEER_WETEN)
    repeated = [
        p for p in load_index(docs(files)).problems if p.source.path == "alpha/een/index.md"
    ]
    assert [(p.code, p.source.line) for p in repeated] == [("LD605", 11), ("LD605", 13)]
    assert "'Meer weten'" in repeated[0].text("nl")


# --- In the browser -------------------------------------------------------------------------


def shown_cards(tab: Page) -> list[str]:
    return tab.locator("section.ld-actions .ld-action__name:visible").all_inner_texts()


@pytest.mark.browser
def test_without_a_remembered_role_the_most_relevant_tab_is_open(
    browser: Browser, served: str
) -> None:
    with visit(browser, served) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        expect(tab.locator("input#jurist")).to_be_checked()
        expect(tab.get_by_text("Toetsen voor de jurist.")).to_be_visible()
        expect(tab.locator("[data-ld-cards-for]")).to_have_text("Voor de jurist")
        assert shown_cards(tab) == ["Wetboek"]


@pytest.mark.browser
def test_a_remembered_role_wins_and_its_cards_come_first(browser: Browser, served: str) -> None:
    with visit(browser, served) as tab:
        remember(tab, served, "Ontwikkelaar")
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        expect(tab.locator("input#ontwikkelaar")).to_be_checked()
        expect(tab.locator("[data-ld-cards-for]")).to_have_text("Voor de ontwikkelaar")
        assert shown_cards(tab) == ["Devkit"]
        more = tab.locator("details[data-ld-cards-more] > summary")
        expect(more).to_have_text("Meer hulpmiddelen bij dit principe (2)")
        more.click()
        assert shown_cards(tab) == ["Devkit", "Algemeen", "Wetboek"]
        # A role in the address wins over the remembered one.
        tab.goto(served + "alpha/twee/#beleidsmaker", wait_until="networkidle")
        expect(tab.locator("input#beleidsmaker")).to_be_checked()


@pytest.mark.browser
def test_a_chip_opens_its_tab_brings_it_into_view_and_the_cards_follow(
    browser: Browser, served: str
) -> None:
    with visit(browser, served, viewport={"width": 390, "height": 600}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        # By keyboard: the chip is a link with a clear name; Enter opens the tab.
        chip = tab.get_by_role(
            "link",
            name=re.compile(r"^Ontwikkelaar · relevantie laag ?: lees het advies voor deze rol$"),
        )
        chip.focus()
        tab.keyboard.press("Enter")
        expect(tab.locator("input#ontwikkelaar")).to_be_checked()
        expect(tab.locator("input#ontwikkelaar")).to_be_focused()
        expect(tab.get_by_text("Bouwen voor de ontwikkelaar.")).to_be_in_viewport()
        assert tab.url.endswith("#ontwikkelaar")
        expect(tab.locator("[data-ld-cards-for]")).to_have_text("Voor de ontwikkelaar")
        assert shown_cards(tab) == ["Devkit"]
        # The role's page is one step away, from the tab.
        role_page = tab.get_by_role("link", name="Alle principes voor de ontwikkelaar")
        expect(role_page).to_be_visible()
        assert role_page.evaluate("a => a.href") == served + "rollen/ontwikkelaar/"
        # Switching tabs by hand sorts the cards again. A role without cards of its own sees
        # the cards meant for every role under a neutral heading, no apology, and the other
        # roles' cards behind "Meer".
        tab.locator("label[for=beleidsmaker]").click()
        expect(tab.locator("[data-ld-cards-for]")).to_have_text("Voor iedereen")
        expect(tab.locator("section.ld-actions")).not_to_contain_text("Geen hulpmiddelen")
        expect(tab.locator("section.ld-actions")).not_to_contain_text("beleidsmaker")
        assert shown_cards(tab) == ["Algemeen"]
        more = tab.locator("details[data-ld-cards-more]")
        expect(more.locator("summary")).to_have_text("Meer hulpmiddelen bij dit principe (2)")
        expect(more).not_to_have_attribute("open", "")


@pytest.mark.browser
def test_without_javascript_the_page_opens_on_its_role_and_every_card_shows(
    browser: Browser, served: str
) -> None:
    with visit(browser, served, java_script_enabled=False) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        expect(tab.get_by_text("Toetsen voor de jurist.")).to_be_visible()
        expect(tab.get_by_text("Bouwen voor de ontwikkelaar.")).to_be_hidden()
        assert shown_cards(tab) == ["Wetboek", "Algemeen", "Devkit"]


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_principle_page_passes_axe_with_legible_tabs(
    browser: Browser, served: str, width: int
) -> None:
    with visit(browser, served, viewport={"width": width, "height": 900}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        labels = tab.locator(".tabbed-labels > label")
        sizes = labels.evaluate_all("ls => ls.map(l => parseFloat(getComputedStyle(l).fontSize))")
        assert min(sizes) >= 16
        # The open tab looks different from the others (not only by a thin line).
        backgrounds = labels.evaluate_all("ls => ls.map(l => getComputedStyle(l).backgroundColor)")
        open_tab = backgrounds[2]  # Jurist
        assert all(other != open_tab for other in backgrounds[:2])
        assert (
            labels.nth(0).evaluate(
                "l => getComputedStyle(l.querySelector('a') || l).textDecorationLine"
            )
            == "none"
        )
        width_now = tab.evaluate("document.documentElement.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width_now
        assert axe_violations(tab) == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("role", ["Jurist", "Bestuurder"])
def test_repository_principle_page_by_role_passes_axe(
    browser: Browser, site_url: str, width: int, role: str
) -> None:
    with visit(browser, site_url, viewport={"width": width, "height": 900}) as tab:
        remember(tab, site_url, role)
        tab.goto(site_url + "overheid/integratie/", wait_until="networkidle")
        expect(tab.locator(f"input#{role.lower()}")).to_be_checked()
        assert tab.locator("section.ld-actions").get_attribute("data-ld-cards-role") == role.lower()
        width_now = tab.evaluate("document.documentElement.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width_now
        assert axe_violations(tab) == []
