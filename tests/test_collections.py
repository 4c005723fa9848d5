"""Collections as published: principle pages of both shapes (role tabs; structured fields and
levels), overviews, the home page and the assessment pages — on the engine's fixture site —
and, over the repository's own site, every principle with its page, card and assessment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from principles import load_index
from tests.conftest import BuildResult, FixtureSite, repo_index
from tests.engine_site import REGIO_TITLE, RIJK_ROLES, RIJK_TITLE
from tests.html import article, hrefs, soup, text


def test_collections_come_in_the_order_their_files_set_not_by_folder_name(
    engine_site: FixtureSite,
) -> None:
    site = engine_site.build.site_dir
    assert list(engine_site.index.collections) == ["rijk", "regio"]  # folder 'regio' sorts first
    nav = text(soup(site / "index.html").select_one("nav.md-nav--primary"))
    assert nav.index(RIJK_TITLE) < nav.index(REGIO_TITLE)
    home = article(site / "index.html")
    links = [h for h in hrefs(home) if h in ("rijk/", "regio/")]
    assert links[:2] == ["rijk/", "regio/"]


def test_order_and_title_decide_the_order_of_collections(docs: Callable[..., Path]) -> None:
    from tests.engine_site import engine_tree

    tree = engine_tree()
    tree["regio/_collection.yml"] = str(tree["regio/_collection.yml"]).replace(
        "order: 2", "order: 1"
    )
    tree["rijk/_collection.yml"] = str(tree["rijk/_collection.yml"]).replace("order: 1", "order: 5")
    assert list(load_index(docs(tree)).collections) == ["regio", "rijk"]
    # Without an order a collection follows those with one, by title.
    tree["regio/_collection.yml"] = str(tree["regio/_collection.yml"]).replace("order: 1\n", "")
    tree["andere/_collection.yml"] = "title: Aardige principes\nroles: [jurist]\n"
    assert list(load_index(docs(tree)).collections) == ["rijk", "andere", "regio"]


def test_principle_with_role_tabs_has_a_tab_and_relevance_per_role(
    engine_site: FixtureSite,
) -> None:
    page = article(engine_site.build.site_dir / "rijk/koppelen/index.html")
    tabs = page.select_one(".tabbed-set")
    assert tabs is not None
    labels = [text(label) for label in tabs.select(".tabbed-labels > label")]
    assert labels == [r.capitalize() for r in RIJK_ROLES]
    assert len(page.select(".ld-relevance__list li")) == len(RIJK_ROLES)
    assert text(page.select_one(".ld-summary")) == (
        "Systemen praten met elkaar via afspraken die iedereen kan gebruiken."
    )


def test_structured_principle_renders_its_fields_levels_and_roles(
    engine_site: FixtureSite,
) -> None:
    page = article(engine_site.build.site_dir / "regio/mens-centraal/index.html")
    headings = [text(h) for h in page.find_all("h2")]
    assert headings[:3] == ["Omschrijving", "Uitleg", "Consequenties"]
    assert [text(li) for li in page.select(".ld-field--implications > li")] == [
        "Inwoners denken mee bij elke keuze.",
        "Gegevens zijn in te zien door de inwoner.",
        "Formulieren zijn in gewone taal.",
    ]
    assert "Niveau: strategisch" in text(page.select_one(".ld-levels"))
    chips = hrefs(page, ".ld-relevance__list a")
    roles = {href.partition("#")[0].rstrip("/").rsplit("/", 1)[-1] for href in chips}
    assert roles == {"zorgverlener", "inwoner", "bestuurder"}
    # No role tabs on this page: each chip opens the role page at this collection.
    assert {href.partition("#")[2] for href in chips} == {"regio"}


def test_overview_lists_every_principle_as_a_card_in_number_order(
    engine_site: FixtureSite,
) -> None:
    for collection, expected in (("rijk", ["1", "2", "3"]), ("regio", ["1", "2", "3"])):
        overview = article(engine_site.build.site_dir / collection / "index.html")
        assert [text(n).rstrip(".") for n in overview.select(".ld-card__number")] == expected
        assert all(text(s) for s in overview.select(".ld-card__summary"))


def test_home_offers_every_collection_and_role(engine_site: FixtureSite) -> None:
    home = article(engine_site.build.site_dir / "index.html")
    links = set(hrefs(home))
    assert {"rijk/", "regio/"} <= links
    assert {f"rollen/{role.id}/" for role in engine_site.index.roles} <= links


def test_assessment_page_has_every_principle_with_its_points(engine_site: FixtureSite) -> None:
    for collection, has_levels in (("rijk", False), ("regio", True)):
        body = article(engine_site.build.site_dir / collection / "toetsing/index.html")
        principles = engine_site.index.in_collection(collection)
        fieldsets = body.select("fieldset.ld-assessment__principle")
        assert [f["data-slug"] for f in fieldsets] == [p.slug for p in principles]
        for fieldset, principle in zip(fieldsets, principles, strict=True):
            points = fieldset.select(".ld-assessment__points > li")
            assert len(points) == len(principle.implications)
            assert len(fieldset.select("input[type=radio]")) == 3
        assert bool(body.select("input[name=niveau]")) == has_levels


# The repository's own site as a whole: expectations come from its index.


def test_repository_content_is_clean() -> None:
    assert [p.format() for p in repo_index().problems] == []


def test_every_principle_has_its_page_card_and_assessment(repo_site: BuildResult) -> None:
    index = repo_index()
    missing = []
    for cid in index.collections:
        principles = index.in_collection(cid)
        overview = article(repo_site.site_dir / cid / "index.html")
        cards = [text(n).rstrip(".") for n in overview.select(".ld-card__number")]
        if cards != [str(p.number) for p in principles]:
            missing.append(f"{cid}/: cards {cards}")
        assessment = article(repo_site.site_dir / cid / "toetsing/index.html")
        fieldsets = assessment.select("fieldset.ld-assessment__principle")
        slugs = [f["data-slug"] for f in fieldsets]
        if slugs != [p.slug for p in principles]:
            missing.append(f"{cid}/toetsing/: {slugs}")
        for fieldset, principle in zip(fieldsets, principles, strict=False):
            # Its Consequenties are the points to check.
            if len(fieldset.select(".ld-assessment__points > li")) != len(principle.implications):
                missing.append(f"{cid}/toetsing/: points of {principle.slug}")
        for principle in principles:
            page = article(repo_site.site_dir / principle.url / "index.html")
            if text(page.find("h1")) != principle.display_title:
                missing.append(f"{principle.url}: heading")
    assert missing == []
