"""Hulpmiddelen: cards grouped by kind in a grid, a filter that offers only what the registry
holds (role, kind, principle, status) and keeps its choice in the URL, usable at 390 px."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from bs4 import Tag
from playwright.sync_api import Browser, Page, expect

from principles import Index, load_index
from tests.browser import axe_violations, serve, visit
from tests.conftest import BuildResult, build_for_serving, page, port_of, tiny_tree
from tests.html import article, text

LONG_TITLE = (
    "3. Leg bij elke uitwisseling van gegevens tussen zorgaanbieders, gemeenten en inwoners "
    "vast wie wat mag zien"
)
ACTIONS = """\
actions:
  - id: bouwkit
    name: Bouwkit
    url: https://example.org/bouwkit
    description: Een kit om mee te bouwen, met voorbeelden en onderdelen voor elk project.
    verb: Gebruiken
    status: beschikbaar
    kind: hulpmiddel
    principles: [alpha/een]
    roles: [ontwikkelaar]
    added: 2026-11-01
  - id: toetsmodel
    name: Toetsmodel
    url: https://example.org/toets
    description: Nog niet klaar.
    verb: Aanvragen
    status: in-ontwikkeling
    principles: [alpha/een, alpha/drie]
    roles: [jurist]
    added: 2026-11-02
  - id: zeta
    name: Zeta
    url: https://example.org/zeta
    description: Een afspraak over koppelingen.
    verb: Lezen
    status: beschikbaar
    kind: standaard
    principles: [alpha/twee]
    roles: [ontwikkelaar, jurist]
    added: 2026-11-03
  - id: wetboek
    name: Wetboek
    url: https://example.org/wet
    description: De wet.
    verb: Lezen
    status: beschikbaar
    kind: regelgeving
    principles: [alpha/twee]
    roles: [jurist]
    added: 2026-11-04
  - id: kaartdienst
    name: Kaartdienst
    url: https://example.org/kaart
    description: Een dienst voor iedereen.
    verb: Gebruiken
    status: beschikbaar
    kind: dienst
    principles: [alpha/een]
    added: 2026-11-05
"""


def tree() -> dict[str, str | bytes]:
    files = tiny_tree()
    files["_data/actions.yml"] = ACTIONS
    files["alpha/drie/index.md"] = page({"title": LONG_TITLE}, "\nTekst.\n")
    files["alpha/vier/index.md"] = page({"title": "4. Zonder hulpmiddelen"}, "\nTekst.\n")
    return files


@pytest.fixture(scope="module")
def tools_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Index, str]:
    project = tmp_path_factory.mktemp("tools")
    result, site_url = build_for_serving(project, tree())
    index = load_index(project / "docs")
    assert index.problems == ()
    return result, index, site_url


@pytest.fixture(scope="module")
def served(tools_site: tuple[BuildResult, Index, str]) -> Iterator[str]:
    result, _, site_url = tools_site
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def options(body: Tag, name: str) -> list[str]:
    return [text(o) for o in body.select(f"select[name={name}] option") if o.get("value")]


def test_cards_are_grouped_by_kind_and_a_card_without_kind_is_a_tool(
    tools_site: tuple[BuildResult, Index, str],
) -> None:
    result, _, _ = tools_site
    body = article(result.site_dir / "hulpmiddelen/index.html")
    groups = [
        (text(section.find("h2")), [text(n) for n in section.select(".ld-action__name")])
        for section in body.select("#ld-hulpmiddelen > section")
    ]
    assert groups == [
        ("Hulpmiddelen en methoden", ["Bouwkit", "Toetsmodel"]),
        ("Standaarden en afsprakenstelsels", ["Zeta"]),
        ("Diensten en voorzieningen", ["Kaartdienst"]),
        ("Wet- en regelgeving", ["Wetboek"]),
    ]


def test_filter_offers_only_values_the_registry_holds(
    tools_site: tuple[BuildResult, Index, str],
) -> None:
    result, _, _ = tools_site
    body = article(result.site_dir / "hulpmiddelen/index.html")
    assert options(body, "rol") == ["Ontwikkelaar", "Jurist"]
    assert options(body, "soort") == ["Hulpmiddel", "Standaard", "Dienst", "Regelgeving"]
    assert options(body, "status") == ["beschikbaar", "in ontwikkeling"]
    principles = options(body, "principe")
    assert principles == ["1. Een", "2. Twee", LONG_TITLE]  # not "4. Zonder hulpmiddelen"


def test_one_status_for_every_card_gives_no_status_filter(
    build: Callable[..., BuildResult],
) -> None:
    files = tree()
    files["_data/actions.yml"] = ACTIONS.replace("in-ontwikkeling", "beschikbaar")
    result = build(files, strict=True)
    assert not result.aborted, result.leidraad_messages
    body = article(result.site_dir / "hulpmiddelen/index.html")
    assert body.select("select[name=status]") == []
    assert options(body, "soort") == ["Hulpmiddel", "Standaard", "Dienst", "Regelgeving"]


def shown(page: Page) -> list[str]:
    """The names of the cards a reader sees (not merely those not marked hidden)."""
    return page.locator("#ld-hulpmiddelen .ld-action__name:visible").all_inner_texts()


def shown_groups(page: Page) -> list[str]:
    return page.locator("#ld-hulpmiddelen h2:visible").all_inner_texts()


@pytest.mark.browser
def test_role_filter_narrows_the_list_and_the_url_and_reload_keeps_it(
    browser: Browser, tools_site: tuple[BuildResult, Index, str], served: str
) -> None:
    _, index, _ = tools_site
    for_jurist = ["Toetsmodel", "Zeta", "Wetboek"]  # by kind, then name
    with visit(browser, served) as tab:
        tab.goto(served + "hulpmiddelen/", wait_until="networkidle")
        assert len(shown(tab)) == len(index.actions)
        tab.get_by_label("Rol").select_option(label="Jurist")
        assert tab.url.endswith("hulpmiddelen/?rol=jurist")
        assert shown(tab) == for_jurist
        # A group with no card for the choice loses its heading too.
        assert shown_groups(tab) == [
            "Hulpmiddelen en methoden",
            "Standaarden en afsprakenstelsels",
            "Wet- en regelgeving",
        ]
        expect(tab.locator("#ld-hulpmiddelen-status")).to_have_text("3 hulpmiddelen")

        tab.reload(wait_until="networkidle")
        expect(tab.get_by_label("Rol")).to_have_value("jurist")
        assert shown(tab) == for_jurist

        tab.get_by_label("Soort").select_option(label="Regelgeving")
        assert tab.url.endswith("?rol=jurist&soort=regelgeving")
        assert shown(tab) == ["Wetboek"]
        expect(tab.locator("#ld-hulpmiddelen-status")).to_have_text("1 hulpmiddel")
        tab.locator("form.ld-filter").get_by_label("Principe").select_option("alpha/een")
        expect(tab.locator("#ld-hulpmiddelen-status")).to_have_text("0 hulpmiddelen")
        expect(tab.locator(".ld-filter__empty")).to_be_visible()
        assert shown_groups(tab) == []

        tab.get_by_role("button", name="Wis filter").click()
        expect(tab.locator("#ld-hulpmiddelen-status")).to_have_text(
            f"{len(index.actions)} hulpmiddelen"
        )
        assert tab.url.endswith("hulpmiddelen/")
        tab.get_by_label("Status").select_option(label="in ontwikkeling")
        assert tab.url.endswith("?status=in-ontwikkeling")
        assert shown(tab) == ["Toetsmodel"]


@pytest.mark.browser
def test_at_390_px_nothing_scrolls_sideways_and_axe_passes(browser: Browser, served: str) -> None:
    with visit(browser, served, viewport={"width": 390, "height": 844}) as tab:
        tab.goto(served + "hulpmiddelen/?principe=alpha/drie", wait_until="networkidle")
        expect(tab.locator("form.ld-filter").get_by_label("Principe")).to_have_value("alpha/drie")
        # The longest principle title is chosen: its select still fits the screen.
        width = tab.evaluate("document.documentElement.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
        box = tab.locator("form.ld-filter").get_by_label("Principe").bounding_box()
        assert box is not None and box["x"] + box["width"] <= width
        assert axe_violations(tab) == []


def bottoms(tab: Page, selector: str) -> dict[float, set[float]]:
    """The bottom edge of each element matching `selector`, by the top of its card."""
    found: dict[float, set[float]] = {}
    for element in tab.locator(selector).all():
        card = element.locator("xpath=ancestor::li[1]").bounding_box()
        box = element.bounding_box()
        assert card is not None and box is not None
        found.setdefault(round(card["y"]), set()).add(round(box["y"] + box["height"]))
    return found


@pytest.mark.browser
def test_at_desktop_width_cards_stand_side_by_side_with_aligned_buttons(
    browser: Browser, served: str
) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "hulpmiddelen/", wait_until="networkidle")
        rows = bottoms(tab, ".ld-action__button")
        # Bouwkit (a long description) and Toetsmodel (a short one) share a row...
        first_group = tab.locator("#ld-hulpmiddelen > section").first.locator("li")
        tops = {round(box["y"]) for li in first_group.all() if (box := li.bounding_box())}
        assert len(tops) == 1
        # ...and every row's buttons end at the same height.
        assert all(len(ends) == 1 for ends in rows.values()), rows
        assert axe_violations(tab) == []
