"""The principle page as a reader gets it: URL, header, status, relevance and role tabs."""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import BuildResult
from tests.html import article, soup, text

NATIONAL_TABS = ["Beleidsmaker", "Bestuurder", "Projectleider", "Ontwikkelaar", "Jurist", "Inkoper"]


def test_repository_site_builds_strict_without_messages(repo_site: BuildResult) -> None:
    assert not repo_site.aborted, repo_site.leidraad_messages
    assert repo_site.leidraad_messages == []


def test_principle_lives_at_collection_slug(repo_site: BuildResult) -> None:
    assert (repo_site.site_dir / "overheid/integratie/index.html").is_file()


def test_principle_page_header(repo_site: BuildResult) -> None:
    page = article(repo_site.site_dir / "overheid/integratie/index.html")
    assert text(page.find("h1")) == "9. Integreer en pas technologie aan"
    assert "aansluiten op de systemen" in text(page.select_one(".ld-summary"))
    assert text(page.select_one(".ld-badge")) == "Status: Vastgesteld"
    relevance = [text(li) for li in page.select(".ld-relevance__list li")]
    # The seed's `cxo` alias is Bestuurder; most relevant roles first, then the roles file order.
    assert relevance[:3] == ["Bestuurder · hoog", "Projectleider · hoog", "Ontwikkelaar · hoog"]
    assert len(relevance) == 6
    assert len(page.find_all("h1")) == 1


def test_role_tabs_have_role_ids_so_links_open_them(repo_site: BuildResult) -> None:
    page = article(repo_site.site_dir / "overheid/integratie/index.html")
    tabbed = page.select_one(".tabbed-set")
    assert tabbed is not None
    labels = [text(label) for label in tabbed.select(".tabbed-labels > label")]
    assert labels == NATIONAL_TABS
    ids = [radio["id"] for radio in tabbed.select(":scope > input")]
    assert ids == [label.lower() for label in NATIONAL_TABS]
    # The relevance list links each role to its role page.
    links = {a["href"] for a in page.select(".ld-relevance__list a")}
    assert links == {f"../../rollen/{label.lower()}/" for label in NATIONAL_TABS}


def test_data_files_are_not_published(repo_site: BuildResult) -> None:
    published = {p.name for p in repo_site.site_dir.rglob("*")}
    assert "roles.yml" not in published
    assert "_collection.yml" not in published


def test_navigation_lists_principles_in_number_order(repo_site: BuildResult) -> None:
    page = soup(repo_site.site_dir / "overheid/integratie/index.html")
    titles = [
        text(a) for a in page.select("nav.md-nav--primary a.md-nav__link") if text(a)[:1].isdigit()
    ]
    numbers = [int(title.split(".")[0]) for title in titles]
    overheid = numbers[: numbers.index(14) + 1]
    assert overheid == list(range(1, 15))


def test_tiny_site_builds_with_tabs_and_overview(build: Callable[..., BuildResult]) -> None:
    result = build(strict=True)
    assert not result.aborted, result.leidraad_messages
    page = article(result.site_dir / "alpha/een/index.html")
    assert [r["id"] for r in page.select(".tabbed-set > input")] == ["ontwikkelaar", "jurist"]
    overview = article(result.site_dir / "alpha/index.html")
    cards = [text(a) for a in overview.select(".ld-card__title a")]
    assert cards == ["1. Een", "2. Twee"]


def test_table_of_contents_lists_generated_sections(repo_site: BuildResult) -> None:
    page = soup(repo_site.site_dir / "zorg-midden-nederland/veilig-en-beschermd/index.html")
    toc = [text(a) for a in page.select("nav.md-nav--secondary > ul > li > a")]
    assert toc[:3] == ["Omschrijving", "Uitleg", "Consequenties"]
    assert toc[-3:] == ["Direct aan de slag", "Gerelateerde principes", "Delen en insluiten"]
