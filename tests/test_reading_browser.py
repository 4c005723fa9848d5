"""Reading by role in a real browser, on a fixture site: one way to choose a role on the home
page, URL values in any case and by former names, the minimum relevance that waits for a role,
cards that show the chosen role's relevance, renamed roles and moved pages that keep their
links, and a 404 page that offers a way on."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from principles.content import routes
from tests.browser import axe_violations, open_page, serve, visit
from tests.conftest import build_for_serving, port_of
from tests.reading_site import ALPHA, BETA, reading_tree

pytestmark = pytest.mark.browser
ROLES_OF_SITE = 10  # docs/_data/roles.yml, which the fixture site uses


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result, site_url = build_for_serving(tmp_path_factory.mktemp("reading"), reading_tree())
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def shown_titles(tab: Page) -> list[str]:
    return tab.locator("#ld-alle-principes > li:not([hidden]) .ld-card__title").all_inner_texts()


def role_links(tab: Page) -> int:
    """Visible links to the pages of single roles in the page's content (not to the page that
    lists the roles)."""
    roles_page = routes.roles_url()
    return tab.locator(
        f"article a[href*='{roles_page}']:not([href$='{roles_page}']):visible"
    ).count()


def test_the_home_page_offers_one_way_to_choose_a_role(browser: Browser, served: str) -> None:
    with visit(browser, served) as tab:
        tab.goto(served, wait_until="networkidle")
        choices = tab.locator("form.ld-filter input[name=rol]:visible")
        assert choices.count() == ROLES_OF_SITE
        assert role_links(tab) == 0
        # Each role is explained where it is chosen.
        expect(tab.get_by_label("Jurist", exact=True)).to_have_accessible_description(
            "Toetst aan wet- en regelgeving en legt afspraken vast in contracten en overeenkomsten."
        )
    with visit(browser, served, java_script_enabled=False) as tab:
        tab.goto(served, wait_until="networkidle")
        expect(tab.locator("form.ld-filter")).to_be_hidden()
        assert role_links(tab) == ROLES_OF_SITE


@pytest.mark.parametrize("width", [1280, 390])
def test_the_home_page_offers_a_way_onward_where_the_navigation_is_hidden(
    browser: Browser, served: str, width: int
) -> None:
    with visit(browser, served, viewport={"width": width, "height": 900}) as tab:
        tab.goto(served, wait_until="networkidle")
        if width >= 1220:  # the home page hides the navigation beside the text
            expect(tab.locator(".md-sidebar--primary")).to_be_hidden()
        article = tab.locator("article")

        def target(name: str, within: Locator = article) -> str:
            link = within.get_by_role("link", name=name, exact=True)
            expect(link).to_be_visible()
            return str(link.evaluate("a => a.href"))

        assert target(routes.ROLES.title) == served + routes.roles_url()
        assert target(routes.SITE_MAP.title) == served + routes.map_url()
        assert target(routes.TOOLS.title) == served + routes.tools_url()
        for collection, title in (("alpha", ALPHA), ("beta", BETA)):
            card = article.locator(".ld-card").filter(has=tab.get_by_role("link", name=title))
            assert target(routes.ASSESSMENT.title, card) == served + routes.assessment_url(
                collection
            )
            assert target(routes.COLLECTION_MAP.title, card) == served + routes.map_url(collection)
        assert axe_violations(tab) == []
        article.get_by_role("link", name=routes.ROLES.title, exact=True).hover()
        assert axe_violations(tab) == []  # legible under the pointer too
        article.get_by_role("link", name=routes.ROLES.title, exact=True).click()
        tab.wait_for_url(served + routes.roles_url())
        expect(tab.locator("h1")).to_have_text(routes.ROLES.title)


@pytest.mark.parametrize(
    ("query", "checked", "titles"),
    [
        ("?rol=Jurist", "Jurist", ["1. Een", "2. Twee", "1. Vier"]),
        ("?rol=JURIST&relevantie=Hoog", "Jurist", ["1. Vier"]),
        ("?rol=developer", "Ontwikkelaar", ["1. Een"]),
    ],
)
def test_the_filter_reads_the_url_in_any_case_and_by_former_names(
    browser: Browser, served: str, query: str, checked: str, titles: list[str]
) -> None:
    with visit(browser, served) as tab:
        tab.goto(served + query, wait_until="networkidle")
        expect(tab.get_by_label(checked, exact=True)).to_be_checked()
        assert shown_titles(tab) == titles


def test_the_minimum_relevance_waits_for_a_role_and_says_so(browser: Browser, served: str) -> None:
    with visit(browser, served) as tab:
        tab.goto(served + "?relevantie=hoog", wait_until="networkidle")
        minimum = tab.get_by_label("Minimale relevantie")
        expect(minimum).to_be_disabled()
        explanation = tab.locator(".ld-filter__explanation")
        expect(explanation).to_be_visible()
        expect(minimum).to_have_accessible_description(explanation.inner_text())
        assert len(shown_titles(tab)) == 4  # a minimum without a role narrows nothing
        tab.get_by_label("Jurist", exact=True).check()
        expect(minimum).to_be_enabled()
        expect(explanation).to_be_hidden()
        assert shown_titles(tab) == ["1. Vier"]  # now it applies: hoog for Jurist
        assert tab.url.endswith("?relevantie=hoog&rol=jurist") or tab.url.endswith(
            "?rol=jurist&relevantie=hoog"
        )
        assert axe_violations(tab) == []


def test_cards_show_their_relevance_for_the_chosen_roles(browser: Browser, served: str) -> None:
    with visit(browser, served) as tab:
        tab.goto(served, wait_until="networkidle")
        lines = tab.locator("#ld-alle-principes .ld-card__relevance")
        expect(lines.first).to_be_hidden()
        assert lines.filter(visible=True).count() == 0
        tab.get_by_label("Jurist", exact=True).check()
        tab.get_by_label("Ontwikkelaar", exact=True).check()
        shown = {
            title: " ".join(card.locator(".ld-card__relevance").inner_text().split())
            for card in tab.locator("#ld-alle-principes > li:not([hidden])").all()
            for title in [card.locator(".ld-card__title").inner_text()]
        }
        assert shown == {
            "1. Een": "Relevantie: Ontwikkelaar: hoog Jurist: laag",
            "2. Twee": "Relevantie: Jurist: middel",
            "1. Vier": "Relevantie: Jurist: hoog",
        }
        tab.get_by_role("button", name="Wis filter").click()
        expect(lines.filter(visible=True)).to_have_count(0)


def test_cards_line_up_with_the_list_on_both_sides(browser: Browser, served: str) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served, wait_until="networkidle")
        form = tab.locator("form.ld-filter").bounding_box()
        cards = [
            box for li in tab.locator("#ld-alle-principes > li").all() if (box := li.bounding_box())
        ]
        assert form is not None and cards
        assert min(card["x"] for card in cards) == pytest.approx(form["x"], abs=1)
        right = max(card["x"] + card["width"] for card in cards)
        assert right == pytest.approx(form["x"] + form["width"], abs=1)


def test_a_role_without_tools_sees_no_apology_and_no_other_roles_tools_as_its_own(
    browser: Browser, served: str
) -> None:
    """On een the jurist has a tab but no tool, and no tool is meant for every role: the
    jurist's view shows no heading and no "Geen hulpmiddelen" line, only a closed disclosure
    with the other roles' tools, saying whose they are."""
    with visit(browser, served) as tab:
        tab.goto(served + "alpha/een/#jurist", wait_until="networkidle")
        expect(tab.locator("input#jurist")).to_be_checked()
        section = tab.locator("section.ld-actions")
        expect(section).not_to_contain_text("Geen hulpmiddelen")
        expect(section).not_to_contain_text("jurist")
        expect(section.locator("[data-ld-cards-for]")).to_be_hidden()
        assert section.locator(".ld-action__name:visible").count() == 0
        more = section.locator("details[data-ld-cards-more]")
        expect(more.locator("summary")).to_have_text("Hulpmiddelen voor andere rollen (1)")
        more.locator("summary").click()
        assert section.locator(".ld-action__name:visible").all_inner_texts() == ["Haven"]
        assert axe_violations(tab) == []
        # The developer, for whom Haven is meant, sees it as theirs.
        tab.locator("label[for=ontwikkelaar]").click()
        expect(section.locator("[data-ld-cards-for]")).to_have_text("Voor de ontwikkelaar")
        assert section.locator(".ld-action__name:visible").all_inner_texts() == ["Haven"]
        expect(more).to_be_hidden()


@pytest.mark.parametrize(
    ("anchor", "opened"), [("#developer", "ontwikkelaar"), ("#Jurist", "jurist")]
)
def test_a_role_tab_opens_by_a_former_name_or_in_capitals(
    browser: Browser, served: str, anchor: str, opened: str
) -> None:
    with visit(browser, served) as tab:
        tab.goto(served + "alpha/een/" + anchor, wait_until="networkidle")
        expect(tab.locator(f"input#{opened}")).to_be_checked()
        assert tab.url.endswith(f"alpha/een/#{opened}")


def test_a_former_address_redirects_and_keeps_its_fragment(browser: Browser, served: str) -> None:
    with visit(browser, served) as tab:
        tab.goto(served + "alpha/vroeger/#jurist")
        tab.wait_for_url(served + "alpha/een/#jurist")
        expect(tab.locator("input#jurist")).to_be_checked()
        tab.goto(served + "rollen/developer/")
        tab.wait_for_url(served + "rollen/ontwikkelaar/")
        expect(tab.locator("h1")).to_have_text("Ontwikkelaar")
    # Without JavaScript the page's refresh still redirects, to the top of the new page: a
    # browser does not carry a fragment over a refresh (README, "Redirects").
    with visit(browser, served, java_script_enabled=False) as tab:
        tab.goto(served + "alpha/vroeger/#jurist")
        tab.wait_for_url(served + "alpha/een/")


def test_the_404_page_works_at_any_depth_and_its_search_opens_the_search(
    browser: Browser, served: str
) -> None:
    missing = served + "alpha/bestaat/niet/"
    tab, guard = open_page(browser, served)
    try:
        response = tab.goto(missing, wait_until="networkidle")
        assert response is not None and response.status == 404
        expect(tab.locator("h1")).to_have_text("Pagina niet gevonden")
        # Its stylesheet and scripts load from the site root, not from the missing folder.
        assert guard.errors == [f"HTTP 404: {missing}"]
        assert tab.locator("article").evaluate("a => getComputedStyle(a).fontSize") != ""
        assert axe_violations(tab) == []
        tab.locator("article").get_by_role("link", name="Rollen").click()
        tab.wait_for_url(served + "rollen/")
        tab.go_back()
        tab.get_by_role("searchbox", name="Zoek op de site").fill("Haven")
        tab.get_by_role("button", name="Zoeken").click()
        tab.wait_for_url("**/?q=Haven")
        expect(tab.locator("input.md-search__input")).to_have_value("Haven")
        results = tab.locator(".md-search-result__list a.md-search-result__link")
        expect(results.first).to_be_visible()
        hrefs = [str(link.get_attribute("href")).split("?")[0] for link in results.all()]
        assert served + "hulpmiddelen/" in hrefs
        assert guard.foreign_requests == []
        assert set(guard.errors) == {f"HTTP 404: {missing}"}  # the visits of the missing page
    finally:
        tab.context.close()


def test_links_and_tab_labels_keep_their_contrast_under_the_pointer(
    browser: Browser, served: str
) -> None:
    """Material turns a link, a navigation item and a tab label its accent blue under the
    pointer (4.2:1 on white); each keeps enough contrast while hovered."""
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        hovered = [
            tab.locator(".md-sidebar--primary .md-nav__link[href]").nth(1),
            tab.locator("article a[href]:not(.md-button, .headerlink)").first,
            *tab.locator(".tabbed-labels > label").all(),
        ]
        for element in hovered:
            element.scroll_into_view_if_needed()
            element.hover()
            assert axe_violations(tab) == [], element.inner_text()


def test_previous_and_next_stay_in_their_own_part_of_the_site(
    browser: Browser, served: str
) -> None:
    """The footer's "Vorige" and "Volgende" never lead from one collection into another (the
    second overview offered the first collection's assessment, under its own assessment's
    title), and the navigation's first item does not repeat the site's name."""
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "beta/", wait_until="networkidle")
        expect(tab.locator(".md-footer__link--prev")).to_have_count(0)
        expect(tab.locator(".md-footer__link--next")).to_have_attribute(
            "href", re.compile("^" + re.escape(served + "beta/") + ".+")
        )
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        footer = tab.locator(".md-footer__link")
        expect(footer.first).to_be_attached()
        for link in footer.all():
            assert (link.get_attribute("href") or "").startswith(served + "alpha/")
        first = tab.locator(".md-sidebar--primary .md-nav__list > .md-nav__item").first
        expect(first).to_have_text("Startpagina")


def test_a_button_and_the_link_beside_it_do_not_touch(browser: Browser, served: str) -> None:
    """ "Kopieer de code" and "Bekijk de kaart" under an embed snippet stand apart."""
    with visit(browser, served, viewport={"width": 390, "height": 844}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        actions = tab.locator(".ld-share__actions").first
        actions.scroll_into_view_if_needed()
        button = actions.locator("button").bounding_box()
        link = actions.locator("a").bounding_box()
        assert button is not None and link is not None
        apart = max(
            link["x"] - (button["x"] + button["width"]), link["y"] - button["y"] - button["height"]
        )
        assert apart >= 8, (button, link)
