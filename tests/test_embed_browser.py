"""Embed cards on another site, in a real browser: the snippet as the principle page offers it,
placed as-is in a 320 px column of a page on another origin, shows the whole card and its link
opens the principle, also in a frame sandboxed with the documented flags; the automatic height
sizes the frame to the card under a strict Content-Security-Policy; the card of a role shows
the role's relevance and the start of its advice; the role's snippet is in its tab."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, FrameLocator, Page, expect

from principles.content.routes import EMBED_AUTO_HEIGHT_FILE, EMBED_FRAME
from tests.browser import axe_violations, open_page, serve, visit
from tests.conftest import build_for_serving, page, port_of

pytestmark = pytest.mark.browser

COLUMN = 320  # px: the narrowest column the snippet's fixed height is made for.
SLACK = 8  # px: how much room the fixed height may leave under the tallest card.

ROLES = """\
roles:
  - id: jurist
    label: Jurist
    description: Toetst aan wet- en regelgeving.
  - id: developer
    label: Developer
    description: Bouwt de software.
  - id: functionaris-voor-gegevensbescherming-en-informatiebeveiliging
    label: Functionaris voor gegevensbescherming en informatiebeveiliging
    description: Bewaakt hoe veilig informatie is.
  - id: gegevensbeschermingsfunctionaris
    label: Gegevensbeschermingsfunctionaris
    description: Houdt toezicht op hoe persoonsgegevens worden verwerkt.
  - id: verandermanager
    label: Verandermanager
    description: Begeleidt organisaties door een verandering.
"""
ALL_ROLES = [
    "jurist", "developer", "functionaris-voor-gegevensbescherming-en-informatiebeveiliging",
    "gegevensbeschermingsfunctionaris", "verandermanager",
]  # fmt: skip
LONG_ROLE = "Functionaris voor gegevensbescherming en informatiebeveiliging"
LONG_ROLE_ID = "functionaris-voor-gegevensbescherming-en-informatiebeveiliging"


def words(count: int) -> str:
    """Dutch-looking filler of `count` words, with a few very long ones."""
    pool = "samenwerkingsverband gegevensuitwisseling en de regio deelt afspraken over koppelingen"
    vocabulary = pool.split()
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(count))


MIDDLE = (
    "Wie een keuze maakt, schrijft op waarom, zodat een collega of een inwoner later kan "
    "nagaan wat er besloten is, met welke afwegingen en op grond van welke regels."
)
"""Longer than the old clamps (5 lines of summary, 4 of advice at 320 px), shorter than the
room an ordinary card has at the snippet's height."""


def tree() -> dict[str, str | bytes]:
    """A normal principle with role tabs, and one where every text the card shows is as long
    as it can be: the tallest card there is."""
    roles = "[" + ", ".join(ALL_ROLES) + "]"
    long_tab = textwrap.indent(
        f"### {words(40)}\n\n**Stappen**\n\n1. **{words(12)}** {words(120)}\n2. Nog een stap.\n",
        "    ",
    )
    return {
        "_data/roles.yml": ROLES,
        "gewoon/_collection.yml": f"title: Gewone principes\nroles: {roles}\n",
        "gewoon/koppelen/index.md": page(
            {
                "title": "1. Koppel via afspraken",
                "summary": "Systemen praten met elkaar via vastgelegde afspraken.",
                "status": "vastgesteld",
                "roles": {"developer": "high", "jurist": "medium", "verandermanager": "low"},
            },
            """
            Inleiding.

            === "Developer"

                ### Technisch koppelen

                **Stappen**

                1. **Gebruik een standaard.** Kies een open koppelvlak dat anderen al kennen.
                2. Test de koppeling.

            === "Jurist"

                Toets of elke gegevensstroom een grondslag heeft.
            """,
        ),
        "gewoon/uitleg/index.md": page(
            {
                "title": "2. Leg keuzes uit",
                "summary": MIDDLE,
                "roles": {"jurist": "high"},
            },
            f'\nInleiding.\n\n=== "Jurist"\n\n    {MIDDLE}\n',
        ),
        f"{'lang' * 20}/_collection.yml": f"title: {words(40)}\nroles: {roles}\n",
        f"{'lang' * 20}/langst/index.md": page(
            {
                "title": f"2. {words(30)}"[:150],
                "summary": words(120)[:600],
                "status": "consultatie",
                "roles": {
                    LONG_ROLE_ID: "high",
                    "gegevensbeschermingsfunctionaris": "medium",
                    "verandermanager": "medium",
                    "developer": "low",
                    "jurist": "low",
                },
            },
            f'\nInleiding.\n\n=== "{LONG_ROLE}"\n\n{long_tab}',
        ),
    }


LONGEST = f"{'lang' * 20}/langst/"


@pytest.fixture(scope="module")
def embed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("embed")
    result, site_url = build_for_serving(project, tree())
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def snippet(browser: Browser, site_url: str, principle: str, snippet_id: str) -> str:
    """The embed code the principle page offers under `snippet_id`, as its copy button copies
    it (the text of the code element)."""
    with visit(browser, site_url) as tab:
        tab.goto(site_url + principle, wait_until="networkidle")
        code = tab.locator(f"#{snippet_id}").text_content()
    assert code
    return code


@contextmanager
def intranet(tmp_path: Path, body: str, csp: str = "") -> Iterator[str]:
    """A page on another origin (its own server and port) with `body` in a 320 px column."""
    policy = f'<meta http-equiv="Content-Security-Policy" content="{csp}">' if csp else ""
    (tmp_path / "host").mkdir(exist_ok=True)
    (tmp_path / "host/index.html").write_text(
        f'<!doctype html><html lang="nl"><head><meta charset="utf-8">{policy}'
        '<title>Intranet</title><link rel="stylesheet" href="host.css"></head>'
        f'<body><main><h1>Intranet</h1><aside class="column">{body}</aside></main></body></html>',
        "utf-8",
    )
    (tmp_path / "host/host.css").write_text(
        f"body {{ margin: 0; font-family: sans-serif; }} .column {{ width: {COLUMN}px; }}", "utf-8"
    )
    (tmp_path / "host/favicon.ico").write_bytes(b"")
    with serve(tmp_path / "host") as url:
        yield url


CLICKED: set[Page] = set()
"""Host pages on which the test clicked into the card (see `host_tab`)."""
BLOCKED = "'allow-scripts' permission is not set"


@contextmanager
def host_tab(browser: Browser, url: str) -> Iterator[Page]:
    """The intranet page in a fresh profile, watched for script errors, policy violations and
    any other error in its console (a card in a sandbox without allow-scripts has no script
    to block)."""
    tab, _ = open_page(browser, url, viewport={"width": 800, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))

    def on_console(message: ConsoleMessage) -> None:
        # Playwright checks a click's target with a script in the frame's own world, which
        # the sandbox blocks and logs: the test's doing, after the card was checked.
        if message.type == "error" and not (tab in CLICKED and BLOCKED in message.text):
            errors.append(message.text)

    tab.on("console", on_console)
    try:
        tab.goto(url, wait_until="networkidle")
        yield tab
        assert errors == []
    finally:
        CLICKED.discard(tab)
        tab.context.close()


def card_frame(tab: Page) -> FrameLocator:
    """The card's frame (a locator: it follows the frame when the host script points it
    elsewhere), once its card is there."""
    frame = tab.frame_locator("iframe")
    expect(frame.locator(".ld-embed")).to_be_attached()
    return frame


def box(tab: Page, selector: str, frame: FrameLocator | None = None) -> dict[str, float]:
    """Bounding box (in the host page's coordinates) of the first element matching `selector`."""
    found = (frame or tab).locator(selector).first.bounding_box()
    assert found is not None, selector
    return {"x": found["x"], "y": found["y"], "width": found["width"], "height": found["height"]}


def assert_whole_card_shows(tab: Page) -> dict[str, float]:
    """The card and its last link lie inside the frame, which lies inside the column. (The
    link's paragraph: a clamped link's own box goes on over the lines the clamp hides.)"""
    frame = card_frame(tab)
    outer, column = box(tab, "iframe"), box(tab, ".column")
    card = box(tab, ".ld-embed", frame)
    link = box(tab, ".ld-embed__more", frame)
    assert outer["x"] + outer["width"] <= column["x"] + column["width"] + 0.5
    for inner in (card, link):
        assert inner["y"] >= outer["y"] and inner["x"] >= outer["x"]
        assert inner["y"] + inner["height"] <= outer["y"] + outer["height"], (card, outer)
        assert inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5
    # (Through a locator: an evaluation in the page's own world would be a script that a sandbox
    # without allow-scripts blocks, and logs.)
    assert frame.locator("html").evaluate("(e) => e.scrollHeight <= innerHeight")
    return card


def assert_link_opens_the_principle(tab: Page, frame: FrameLocator, url: str) -> None:
    """The card's link opens the principle in a new tab, outside the sandbox: the page's own
    scripts run there (they add the role tabs' copy buttons)."""
    link = frame.get_by_role("link", name=re.compile(r"^Lees het"))
    CLICKED.add(tab)
    with tab.context.expect_page() as opened:
        link.click()
    principle = opened.value
    principle.wait_for_load_state("networkidle")
    assert principle.url.split("#")[0] == url
    expect(principle.locator("button.ld-copy--tab").first).to_be_attached()
    assert principle.evaluate("window.opener") is None


@pytest.mark.parametrize("sandbox", ["as documented", "none"])
def test_the_snippet_shows_the_whole_card_in_a_320_px_column_and_its_link_opens_the_principle(
    browser: Browser, embed_site: str, tmp_path: Path, sandbox: str
) -> None:
    code = snippet(browser, embed_site, "gewoon/koppelen/", "ld-embed-snippet")
    assert f'sandbox="{EMBED_FRAME.sandbox}"' in code
    if sandbox == "none":
        code = code.replace(f' sandbox="{EMBED_FRAME.sandbox}"', "")
    with intranet(tmp_path, code) as url, host_tab(browser, url) as tab:
        frame = tab.frame_locator("iframe")
        expect(frame.locator("h1")).to_have_text(re.compile("^1. Koppel via afspraken"))
        assert_whole_card_shows(tab)
        assert_link_opens_the_principle(tab, frame, embed_site + "gewoon/koppelen/")


def test_the_fixed_height_fits_the_tallest_card_at_320_px_with_no_room_to_spare(
    browser: Browser, embed_site: str, tmp_path: Path
) -> None:
    """The fixed height is computed, not guessed: the tallest card (every text at its longest,
    so every clamp is full) fits in it at 320 px, and leaves at most SLACK pixels."""
    heights = {}
    # The texts that come from the content; the date and "Lees het hele principe" are short.
    cards = {
        "ld-embed-snippet": ".ld-embed__clamp:not(.ld-embed__meta, .ld-embed__more)",
        f"ld-embed-snippet-{LONG_ROLE_ID}": ".ld-embed__clamp:not(.ld-embed__meta)",
    }
    for snippet_id, texts in cards.items():
        code = snippet(browser, embed_site, LONGEST, snippet_id)
        with intranet(tmp_path, code) as url, host_tab(browser, url) as tab:
            card = assert_whole_card_shows(tab)
            frame = card_frame(tab)
            full = frame.locator(texts).evaluate_all(
                "(els) => els.map((e) => e.scrollHeight > e.clientHeight"
                " || e.scrollWidth > e.clientWidth)"
            )
            # Every such text is longer than its clamp allows: the tallest card there is.
            assert full == [True] * len(full) and len(full) >= 4, snippet_id
            # The card fills the frame; the text that fills it takes the room the others leave,
            # at least its clamp's lines (its min-height): the room beyond that is to spare.
            spare = frame.locator(".ld-embed__fill").evaluate(
                "(e) => e.getBoundingClientRect().height"
                " - parseFloat(getComputedStyle(e).minHeight)"
            )
            assert spare >= -0.5, snippet_id
            heights[snippet_id] = card["y"] + card["height"] - box(tab, "iframe")["y"] - spare
    tallest = max(heights.values())
    assert EMBED_FRAME.height - SLACK <= tallest <= EMBED_FRAME.height, heights


@pytest.mark.parametrize(
    ("principle", "snippet_id", "text"),
    [
        ("gewoon/uitleg/", "ld-embed-snippet", ".ld-embed__summary"),
        ("gewoon/uitleg/", "ld-embed-snippet-jurist", ".ld-embed__lead"),
        ("gewoon/koppelen/", "ld-embed-snippet", ".ld-embed__summary"),
    ],
)
def test_an_ordinary_card_fills_the_frame_and_shows_what_fits_of_its_text(
    browser: Browser, embed_site: str, tmp_path: Path, principle: str, snippet_id: str, text: str
) -> None:
    """At the snippet's fixed height, an ordinary card leaves no blank band under its border,
    and a summary or advice longer than its clamp but short enough for the room is shown
    whole, not cut while the room stays empty; the link stays the last line in the frame."""
    code = snippet(browser, embed_site, principle, snippet_id)
    with intranet(tmp_path, code) as url, host_tab(browser, url) as tab:
        card = assert_whole_card_shows(tab)
        outer = box(tab, "iframe")
        assert outer["y"] + outer["height"] - (card["y"] + card["height"]) <= 3
        frame = card_frame(tab)
        cut = frame.locator(text).evaluate(
            "(e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1"
        )
        assert not cut, (principle, snippet_id)


@pytest.mark.parametrize("copied", ["today", "before the card with a script was split off"])
def test_automatic_height_shows_the_whole_text_under_a_strict_policy(
    browser: Browser, embed_site: str, tmp_path: Path, copied: str
) -> None:
    code = snippet(browser, embed_site, LONGEST, "ld-embed-snippet-auto")
    assert f'sandbox="{EMBED_FRAME.auto_height_sandbox}"' in code
    assert f'{LONGEST}{EMBED_AUTO_HEIGHT_FILE}"' in code
    if copied != "today":  # The snippet named the card's folder; the host script fixes that.
        code = code.replace(EMBED_AUTO_HEIGHT_FILE, "")
    origin = embed_site.rstrip("/")
    csp = f"default-src 'self'; script-src {origin}; frame-src {origin}; style-src 'self'"
    with intranet(tmp_path, code, csp) as url, host_tab(browser, url) as tab:
        # (An old snippet's frame is pointed at the card with the script by the host script.)
        tab.wait_for_function(
            f"() => document.querySelector('iframe').src.endsWith('{EMBED_AUTO_HEIGHT_FILE}')"
        )
        frame = card_frame(tab)
        expect(frame.locator("html")).to_have_class(re.compile("ld-embed-full"))
        summary = frame.locator(".ld-embed__summary")
        # No clamp: the 600 characters of the summary are all shown, and the frame grew.
        assert summary.evaluate("(e) => e.scrollHeight <= e.clientHeight")
        tab.wait_for_function(
            "() => document.querySelector('iframe').getBoundingClientRect().height > "
            f"{EMBED_FRAME.height}"
        )
        card = assert_whole_card_shows(tab)
        outer = box(tab, "iframe")
        # As tall as the card, no blank band under it.
        assert abs(outer["y"] + outer["height"] - (card["y"] + card["height"])) <= 1
        assert_link_opens_the_principle(tab, tab.frame_locator("iframe"), embed_site + LONGEST)


def test_the_card_of_a_role_shows_its_relevance_and_the_start_of_its_advice(
    browser: Browser, embed_site: str, tmp_path: Path
) -> None:
    code = snippet(browser, embed_site, "gewoon/koppelen/", "ld-embed-snippet-developer")
    assert f'src="{embed_site}embed/gewoon/koppelen/developer/"' in code
    with intranet(tmp_path, code) as url, host_tab(browser, url) as tab:
        frame = tab.frame_locator("iframe")
        expect(frame.locator(".ld-embed__role")).to_have_text("Rol: Developer · relevantie hoog")
        expect(frame.locator("h2")).to_have_text("Technisch koppelen")
        # The first step, not the label "Stappen" above it.
        expect(frame.locator(".ld-embed__lead")).to_have_text(
            "Gebruik een standaard. Kies een open koppelvlak dat anderen al kennen."
        )
        assert_whole_card_shows(tab)
        link = frame.get_by_role("link", name=re.compile("^Lees het advies voor de developer"))
        CLICKED.add(tab)
        with tab.context.expect_page() as opened:
            link.click()
        opened.value.wait_for_load_state("networkidle")
        assert opened.value.url == embed_site + "gewoon/koppelen/#developer"
        expect(opened.value.locator("input#developer")).to_be_checked()


def test_a_role_without_a_tab_gets_a_card_with_the_summary(
    embed_site: str, browser: Browser
) -> None:
    with visit(browser, embed_site) as tab:
        tab.goto(embed_site + "embed/gewoon/koppelen/verandermanager/")
        expect(tab.locator(".ld-embed__role")).to_have_text(
            "Rol: Verandermanager · relevantie laag"
        )
        expect(tab.locator(".ld-embed__lead")).to_have_text(
            "Systemen praten met elkaar via vastgelegde afspraken."
        )
        link = tab.get_by_role("link", name=re.compile("^Lees het hele principe"))
        expect(link).to_have_attribute("href", "../../../../gewoon/koppelen/")


def test_each_role_tab_offers_the_code_of_its_own_card(browser: Browser, embed_site: str) -> None:
    with visit(browser, embed_site) as tab:
        tab.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto(embed_site + "gewoon/koppelen/#jurist", wait_until="networkidle")
        block = tab.locator(".tabbed-block").nth(1)
        summary = block.get_by_text("Kaart voor de jurist insluiten")
        expect(summary).to_be_visible()
        summary.click()
        block.get_by_role("button", name="Kopieer de code van de kaart voor Jurist").click()
        copied = tab.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(f'<iframe src="{embed_site}embed/gewoon/koppelen/jurist/"')
        assert f'height="{EMBED_FRAME.height}"' in copied
        # A role without a tab keeps its snippet in "Delen en insluiten".
        share = tab.locator(".ld-share")
        expect(share.get_by_text("Kaart voor de verandermanager insluiten")).to_be_visible()
        expect(share.get_by_text("Kaart voor de jurist insluiten")).to_have_count(0)
        assert axe_violations(tab) == []


@pytest.mark.parametrize("path", ["embed/gewoon/koppelen/", "embed/gewoon/koppelen/jurist/"])
@pytest.mark.parametrize("width", [COLUMN, 1280])
def test_embed_pages_pass_axe(browser: Browser, embed_site: str, path: str, width: int) -> None:
    options: dict[str, Any] = {"viewport": {"width": width, "height": 800}}
    with visit(browser, embed_site, **options) as tab:
        tab.goto(embed_site + path, wait_until="networkidle")
        assert axe_violations(tab) == []
