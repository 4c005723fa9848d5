"""The principle page as a reader gets it: URL, header, status, relevance and role tabs, the
navigation and the table of contents — on the engine's fixture site."""

from __future__ import annotations

from collections.abc import Callable

from principles.content.sections import SECTIONS, sections_of
from principles.site.lead import lead_and_rest
from tests.conftest import BuildResult, FixtureSite, page, tiny_tree
from tests.engine_site import RIJK_ROLES
from tests.html import article, soup, text

TABS = [role.capitalize() for role in RIJK_ROLES]
SECTION_ANCHORS = {section.anchor for section in SECTIONS}


def test_repository_site_builds_strict_without_messages(repo_site: BuildResult) -> None:
    assert not repo_site.aborted, repo_site.leidraad_messages
    assert repo_site.leidraad_messages == []


def test_principle_page_header(engine_site: FixtureSite) -> None:
    page = article(engine_site.build.site_dir / "rijk/koppelen/index.html")
    assert text(page.find("h1")) == "1. Koppel systemen via open standaarden"
    assert "via afspraken" in text(page.select_one(".ld-summary"))
    assert text(page.select_one(".ld-badge")) == "Status: Vastgesteld"
    relevance = [text(li) for li in page.select(".ld-relevance__list li")]
    # `cxo` is an alias of Bestuurder; most relevant roles first, then the roles file order.
    # Each chip opens that role's tab on this page.
    assert relevance == [
        f"{label} · relevantie {value} : lees het advies voor deze rol"
        for label, value in (
            ("Bestuurder", "hoog"), ("Ontwikkelaar", "hoog"),
            ("Inkoper", "middel"), ("Jurist", "laag"),
        )
    ]  # fmt: skip
    assert len(page.find_all("h1")) == 1


def test_role_tabs_have_role_ids_so_links_open_them(engine_site: FixtureSite) -> None:
    page = article(engine_site.build.site_dir / "rijk/koppelen/index.html")
    tabbed = page.select_one(".tabbed-set")
    assert tabbed is not None
    assert [text(label) for label in tabbed.select(".tabbed-labels > label")] == TABS
    ids = [radio["id"] for radio in tabbed.select(":scope > input")]
    assert ids == list(RIJK_ROLES)
    # The relevance list links each role to its tab on the page (every role has one here).
    links = {a["href"] for a in page.select(".ld-relevance__list a")}
    assert links == {f"#{role}" for role in RIJK_ROLES}


def test_data_files_are_not_published(repo_site: BuildResult) -> None:
    published = {p.name for p in repo_site.site_dir.rglob("*")}
    assert "roles.yml" not in published
    assert "_collection.yml" not in published


def test_navigation_lists_principles_in_number_order(engine_site: FixtureSite) -> None:
    page = soup(engine_site.build.site_dir / "rijk/open-data/index.html")
    titles = [
        text(a) for a in page.select("nav.md-nav--primary a.md-nav__link") if text(a)[:1].isdigit()
    ]
    assert titles == [
        "1. Koppel systemen via open standaarden", "2. Publiceer open data", "3. Koop verstandig in"
    ]  # fmt: skip


def test_tiny_site_builds_with_tabs_and_overview(build: Callable[..., BuildResult]) -> None:
    result = build(strict=True)
    assert not result.aborted, result.leidraad_messages
    page = article(result.site_dir / "alpha/een/index.html")
    assert [r["id"] for r in page.select(".tabbed-set > input")] == ["ontwikkelaar", "jurist"]
    overview = article(result.site_dir / "alpha/index.html")
    cards = [text(a) for a in overview.select(".ld-card__title a")]
    assert cards == ["1. Een", "2. Twee"]


def test_table_of_contents_lists_generated_sections(engine_site: FixtureSite) -> None:
    page = soup(engine_site.build.site_dir / "regio/mens-centraal/index.html")
    toc = [text(a) for a in page.select("nav.md-nav--secondary > ul > li > a")]
    assert toc[:3] == ["Omschrijving", "Uitleg", "Consequenties"]
    assert toc[-3:] == ["Direct aan de slag", "Gerelateerde principes", "Delen en insluiten"]


def test_every_generated_section_is_on_the_page_and_in_the_table_of_contents_once(
    engine_site: FixtureSite,
) -> None:
    """Each section of `principles.content.sections` that a page has is there with its title as an
    `<h2>` of its anchor, in the list's order, and listed in the table of contents; a section
    the page does not have is in neither."""
    index = engine_site.index
    for principle in index:
        html = soup(engine_site.build.site_dir / principle.url / "index.html")
        body = article(engine_site.build.site_dir / principle.url / "index.html")
        shown = sections_of(index, principle, {})
        headings = [(str(h.get("id")), text(h)) for h in body.find_all("h2")]
        generated = [heading for heading in headings if heading[0] in SECTION_ANCHORS]
        assert generated == [(s.anchor, s.title) for s in shown], principle.url
        # Material writes the table of contents twice (sidebar, and the drawer on phones).
        toc_nav = html.select("nav.md-nav--secondary")[-1]
        toc = [
            str(a["href"]).lstrip("#")
            for a in toc_nav.select(":scope > ul > li > a")
            if str(a["href"]).lstrip("#") in SECTION_ANCHORS
        ]
        assert toc == [s.anchor for s in shown], principle.url


def test_a_body_that_opens_with_text_keeps_it_above_the_consequences(
    build: Callable[..., BuildResult],
) -> None:
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "implications": ["**Punt**: na te gaan."]},
        """
        Eerst de inleiding.

        !!! note "Binnen een blok"

            ## Geen sectie: een kop in een blok

        ## Waarom

        Tekst.
        """,
    )
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "implications": ["**Punt**: ook."]}, "\n## Eerst een kop\n\nTekst.\n"
    )
    result = build(tree, strict=True)
    assert not result.aborted, result.leidraad_messages
    een = article(result.site_dir / "alpha/een/index.html")
    order = [
        text(tag)
        for tag in een.find_all(["p", "h2"], recursive=False)
        if tag.name == "h2" or "inleiding" in text(tag)
    ]
    assert order[:3] == ["Eerst de inleiding.", "Consequenties", "Waarom ¶"]
    twee = article(result.site_dir / "alpha/twee/index.html")
    headings = [text(h2) for h2 in twee.find_all("h2", recursive=False)]
    assert headings[:2] == ["Consequenties", "Eerst een kop ¶"]


def test_lead_and_rest_splits_before_the_first_section_heading_only() -> None:
    html = '<p>In<br>leiding</p>\n<div class="x"><h2>Binnen</h2></div>\n<h2 id="a">A</h2><p>B</p>'
    lead, rest = lead_and_rest(html)
    assert lead == '<p>In<br>leiding</p>\n<div class="x"><h2>Binnen</h2></div>\n'
    assert rest == '<h2 id="a">A</h2><p>B</p>'
    assert lead_and_rest("\n<h2>A</h2>") == ("", "\n<h2>A</h2>")
    assert lead_and_rest("<p>Alleen tekst.</p>") == ("<p>Alleen tekst.</p>", "")
