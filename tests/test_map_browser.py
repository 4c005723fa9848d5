"""Relation maps in a real browser, on a fixture site: no line through the centre label, a
principle's relations light up on focus and hover, and on a phone the list comes first and
the unfolded map keeps readable labels without widening the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import axe_violations, serve, visit
from tests.conftest import build_for_serving, port_of
from tests.reading_site import reading_tree

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result, site_url = build_for_serving(tmp_path_factory.mktemp("map"), reading_tree())
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def test_no_line_runs_through_the_centre_label(browser: Browser, served: str) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "alpha/een/", wait_until="networkidle")
        centre = tab.locator(".ld-map__node--centre")
        label = centre.locator(".ld-map__label").bounding_box()
        plate = centre.locator(".ld-map__backdrop").bounding_box()
        assert label is not None and plate is not None
        # The label lies on its plate, and the plate is painted over every line.
        assert (
            plate["x"] <= label["x"] and label["x"] + label["width"] <= plate["x"] + plate["width"]
        )
        assert (
            plate["y"] <= label["y"]
            and label["y"] + label["height"] <= plate["y"] + plate["height"]
        )
        painted_after_lines = tab.evaluate(
            """() => {
                const edges = document.querySelector('.ld-map__edges');
                const plate = document.querySelector('.ld-map__backdrop');
                const order = edges.compareDocumentPosition(plate);
                return Boolean(order & Node.DOCUMENT_POSITION_FOLLOWING);
            }"""
        )
        assert painted_after_lines
        fill = tab.locator(".ld-map__backdrop").evaluate("r => getComputedStyle(r).fill")
        assert fill not in ("none", "rgba(0, 0, 0, 0)")


def lit(tab: Page) -> tuple[set[str], set[str]]:
    edges = tab.locator("line.ld-map__edge--lit").evaluate_all("l => l.map(e => e.dataset.ends)")
    nodes = tab.locator("a.ld-map__node--lit").evaluate_all("l => l.map(n => n.dataset.key)")
    return set(edges), set(nodes)


def test_focus_and_hover_light_up_a_principles_relations(browser: Browser, served: str) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "kaart/", wait_until="networkidle")
        assert lit(tab) == (set(), set())
        node = tab.locator('a.ld-map__node[data-key="alpha/twee"]')
        node.focus()
        edges, nodes = lit(tab)
        assert edges == {"alpha/een alpha/twee", "alpha/drie alpha/twee"}
        assert nodes == {"alpha/een", "alpha/twee", "alpha/drie"}
        # The rest fades: a line elsewhere is less visible than a lit one.
        expect(tab.locator('line[data-ends="beta/vier alpha/een"]')).to_have_css("opacity", "0.15")
        node.blur()
        assert lit(tab) == (set(), set())
        tab.locator('a.ld-map__node[data-key="beta/vier"] circle').hover()
        assert lit(tab) == ({"beta/vier alpha/een"}, {"beta/vier", "alpha/een"})
        tab.mouse.move(0, 0)
        assert lit(tab) == (set(), set())


@pytest.mark.parametrize("path", ["kaart/", "alpha/kaart/", "alpha/een/"])
def test_on_a_phone_the_list_comes_first_and_the_map_unfolds_readably(
    browser: Browser, served: str, path: str
) -> None:
    with visit(browser, served, **PHONE) as tab:
        tab.goto(served + path, wait_until="networkidle")
        toggle = tab.locator("button.ld-map__toggle")
        frame = tab.locator(".ld-map__frame")
        expect(toggle).to_be_visible()
        expect(toggle).to_have_text("Toon de kaart")
        expect(toggle).to_have_attribute("aria-expanded", "false")
        expect(frame).to_be_hidden()
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(toggle).to_have_text("Verberg de kaart")
        expect(frame).to_be_visible()
        # Labels of at least 12px: the drawing is drawn at 16 units per label.
        scale = tab.locator(".ld-map__svg").evaluate(
            "s => s.getBoundingClientRect().width / s.viewBox.baseVal.width"
        )
        assert 16 * scale >= 11.9
        # Wider than the screen, it scrolls in its frame; the page itself does not.
        width = tab.evaluate("document.documentElement.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
        assert frame.evaluate("f => f.scrollWidth > f.clientWidth")
        # The frame lies within the screen, and a hint above it says there is more sideways.
        box = frame.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        hint = tab.locator(".ld-map__hint")
        expect(hint).to_be_visible()
        expect(hint).to_contain_text("schuif hem opzij")
        hint_box = hint.bounding_box()
        assert hint_box is not None and hint_box["y"] + hint_box["height"] <= box["y"]
        assert axe_violations(tab) == []
        toggle.click()
        expect(hint).to_be_hidden()


def test_on_a_wide_screen_the_map_is_open_without_a_button(browser: Browser, served: str) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served + "kaart/", wait_until="networkidle")
        expect(tab.locator(".ld-map__frame")).to_be_visible()
        expect(tab.locator(".ld-map__toggle")).to_be_hidden()
        expect(tab.locator(".ld-map__hint")).to_be_hidden()


def test_without_javascript_a_phone_gets_the_map_in_its_frame(
    browser: Browser, served: str
) -> None:
    with visit(browser, served, java_script_enabled=False, **PHONE) as tab:
        tab.goto(served + "kaart/", wait_until="networkidle")
        expect(tab.locator(".ld-map__frame")).to_be_visible()
        expect(tab.locator(".ld-map__toggle")).to_be_hidden()
        expect(tab.locator(".ld-map__hint")).to_be_visible()
        width = tab.evaluate("document.documentElement.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
