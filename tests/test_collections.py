"""Both collections as published: every principle page, its fields, overviews and navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

from principles import load_index
from tests.conftest import REPO, BuildResult
from tests.html import article, hrefs, text

NATIONAL = [
    "gebruikersbehoeften", "toegankelijkheid", "open-source", "open-standaarden", "cloud",
    "veiligheid", "privacy", "samenwerking", "integratie", "data", "algoritmen", "inkoop",
    "duurzaamheid", "servicestandaard",
]  # fmt: skip
REGIONAL = [
    "samenwerking-in-de-regio", "mens-centraal", "open-standaarden", "integriteit-en-vertrouwen",
    "eenmalige-registratie", "secundair-gebruik", "data-en-functionaliteit-gescheiden",
    "landelijk-voor-regionaal", "veilig-en-beschermd", "flexibel-en-aanpasbaar", "transparant",
]  # fmt: skip
NATIONAL_TABS = ["Beleidsmaker", "Bestuurder", "Projectleider", "Ontwikkelaar", "Jurist", "Inkoper"]
CARE_ROLES = {
    "zorgverlener",
    "inwoner",
    "mantelzorger",
    "bestuurder",
    "informatiemanager",
    "inkoper",
}


def principle_pages(site: Path, collection: str) -> list[Path]:
    """Built pages of the collection that render as a principle (with a principle header)."""
    return sorted(
        path
        for path in (site / collection).glob("*/index.html")
        if article(path).select_one(".ld-principle-header")
    )


def test_content_is_clean() -> None:
    index = load_index(REPO / "docs")
    assert [p.format() for p in index.problems] == []


def test_numbering_and_slugs_match_the_seeds() -> None:
    index = load_index(REPO / "docs")
    assert [p.slug for p in index.in_collection("overheid")] == NATIONAL
    assert [p.slug for p in index.in_collection("zorg-midden-nederland")] == REGIONAL
    assert [p.number for p in index.in_collection("overheid")] == list(range(1, 15))
    assert [p.number for p in index.in_collection("zorg-midden-nederland")] == list(range(1, 12))


def test_built_site_has_14_plus_11_principle_pages(repo_site: BuildResult) -> None:
    national = principle_pages(repo_site.site_dir, "overheid")
    regional = principle_pages(repo_site.site_dir, "zorg-midden-nederland")
    assert sorted(p.parent.name for p in national) == sorted(NATIONAL)
    assert sorted(p.parent.name for p in regional) == sorted(REGIONAL)


@pytest.mark.parametrize("slug", NATIONAL)
def test_national_page_has_the_six_role_tabs_and_relevance(
    repo_site: BuildResult, slug: str
) -> None:
    page = article(repo_site.site_dir / "overheid" / slug / "index.html")
    tabs = page.select_one(".tabbed-set")
    assert tabs is not None
    assert [text(label) for label in tabs.select(".tabbed-labels > label")] == NATIONAL_TABS
    assert len(page.select(".ld-relevance__list li")) == 6
    assert text(page.select_one(".ld-summary"))
    standards = page.find(id="gerelateerde-standaarden")
    assert standards is not None
    links = standards.find_next("ul")
    assert links is not None and links.select("a[href^='https://']")


@pytest.mark.parametrize("slug", REGIONAL)
def test_regional_page_renders_the_structured_fields(repo_site: BuildResult, slug: str) -> None:
    page = article(repo_site.site_dir / "zorg-midden-nederland" / slug / "index.html")
    headings = [text(h) for h in page.find_all("h2")]
    assert headings[:3] == ["Omschrijving", "Uitleg", "Consequenties"]
    assert page.select(".ld-field--implications > li")
    assert "Niveau:" in text(page.select_one(".ld-levels"))
    roles = {href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs(page, ".ld-relevance__list a")}
    assert roles == CARE_ROLES


@pytest.mark.parametrize(("collection", "count"), [("overheid", 14), ("zorg-midden-nederland", 11)])
def test_overview_lists_every_principle_as_a_card_in_order(
    repo_site: BuildResult, collection: str, count: int
) -> None:
    overview = article(repo_site.site_dir / collection / "index.html")
    numbers = [text(n).rstrip(".") for n in overview.select(".ld-card__number")]
    assert numbers == [str(n) for n in range(1, count + 1)]
    assert all(text(s) for s in overview.select(".ld-card__summary"))


def test_regional_collection_pages_exist(repo_site: BuildResult) -> None:
    about = article(repo_site.site_dir / "zorg-midden-nederland/over/index.html")
    sources = about.find(id="bronnen")
    assert sources is not None
    assert len(sources.find_next("ul").select("a[href^='https://']")) >= 9  # type: ignore[union-attr]
    practice = text(article(repo_site.site_dir / "zorg-midden-nederland/toepassing/index.html"))
    for word in ("pas toe of leg uit", "strategisch", "tactisch", "operationeel"):
        assert word in practice.lower()


def test_home_offers_every_collection_and_role(repo_site: BuildResult) -> None:
    home = article(repo_site.site_dir / "index.html")
    hrefs = {a["href"] for a in home.select("a")}
    assert {"overheid/", "zorg-midden-nederland/"} <= hrefs
    index = load_index(REPO / "docs")
    assert {f"rollen/{role.id}/" for role in index.roles} <= hrefs


@pytest.mark.parametrize("collection", ["overheid", "zorg-midden-nederland"])
def test_assessment_page_has_every_principle_with_its_points(
    repo_site: BuildResult, collection: str
) -> None:
    index = load_index(REPO / "docs")
    body = article(repo_site.site_dir / collection / "toetsing/index.html")
    fieldsets = body.select("fieldset.ld-assessment__principle")
    assert [f["data-slug"] for f in fieldsets] == [p.slug for p in index.in_collection(collection)]
    for fieldset, principle in zip(fieldsets, index.in_collection(collection), strict=True):
        points = fieldset.select(".ld-assessment__points > li")
        assert len(points) == len(principle.implications)
        assert len(fieldset.select("input[type=radio]")) == 3
    has_levels = bool(index.collections[collection].levels)
    assert bool(body.select("input[name=niveau]")) == has_levels
