"""Role pages: exactly the principles that name the role, most relevant first, linking to
the role's tab."""

from __future__ import annotations

from collections.abc import Callable

from bs4 import Tag

from principles import Index, PrincipleKey, Relevance, load_index
from tests.conftest import BuildResult, FixtureSite, page, repo_index, tiny_tree
from tests.engine_site import REGIO_TITLE, RIJK_TITLE
from tests.html import article, hrefs, resolve, soup, text


def role_page_problems(site: BuildResult, index: Index) -> list[str]:
    """What is wrong on the role pages of a built site: a principle missing or extra, or a
    link that does not open the role's own tab where the page has one."""
    problems = []
    by_url = {p.url: p for p in index}
    for role in index.roles:
        links = hrefs(article(site.site_dir / role.url / "index.html"), ".ld-role-list a")
        listed = [by_url[resolve(role.url, href)] for href in links]
        expected = {p.key for p in index if p.relevance_for(role.id) is not None}
        if {p.key for p in listed} != expected:
            problems.append(f"{role.url}: lists {sorted(map(str, (p.key for p in listed)))}")
        for href, principle in zip(links, listed, strict=True):
            if href.endswith(f"#{role.id}") != (role.id in principle.tabs):
                problems.append(f"{role.url}: {href}")
    return problems


def test_role_pages_list_exactly_the_principles_naming_the_role(
    engine_site: FixtureSite,
) -> None:
    assert role_page_problems(engine_site.build, engine_site.index) == []


def test_every_role_page_of_the_site_lists_exactly_its_principles(repo_site: BuildResult) -> None:
    assert role_page_problems(repo_site, repo_index()) == []


def test_role_page_groups_by_collection_then_relevance_most_relevant_first(
    engine_site: FixtureSite,
) -> None:
    """A heading per collection (in the site's order), under it a heading per relevance: the
    bestuurder, named in both collections, no longer sees one list whose numbers restart."""
    index = engine_site.index
    for role in index.roles:
        page = article(engine_site.build.site_dir / role.url / "index.html")
        headings = [(h.name, text(h)) for h in page.find_all(["h2", "h3"])]
        expected = []
        for collection in index.collections.values():
            named = [p for p in index.in_collection(collection.id) if p.relevance_for(role.id)]
            if named:
                expected.append(("h2", collection.title))
            expected += [
                ("h3", f"Relevantie {level.label}")
                for level in Relevance
                if any(p.relevance_for(role.id) is level for p in named)
            ]
        assert headings == expected, role.id
    bestuurder = article(engine_site.build.site_dir / "rollen/bestuurder/index.html")
    assert [text(h) for h in bestuurder.find_all("h2")] == [RIJK_TITLE, REGIO_TITLE]
    jurist = article(engine_site.build.site_dir / "rollen/jurist/index.html")
    assert [text(a) for a in jurist.select(".ld-role-list a")] == [
        "2. Publiceer open data", "3. Koop verstandig in", "1. Koppel systemen via open standaarden"
    ]  # fmt: skip


def test_a_tab_with_a_former_role_name_is_the_role_s_tab_shown_with_its_label(
    build: Callable[..., BuildResult],
) -> None:
    """Developer became Ontwikkelaar (roles.yml keeps `developer` as an alias). A page written
    before the rename, with `=== "Developer"`, is no error: the tab is Ontwikkelaar's, the page
    shows it as "Ontwikkelaar" with that role's anchor, and a warning names the label to write."""
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "relations": ["twee"], "roles": {"developer": "high"}},
        '\n=== "Developer"\n\n    Bouw het.\n',
    )
    result = build(tree)
    assert not result.aborted, result.leidraad_messages
    index = load_index(result.site_dir.parent / "docs")
    een = index.get(PrincipleKey("alpha", "een"))
    assert een is not None and een.relevance_for("ontwikkelaar") is Relevance.HIGH
    assert een.tabs == ("ontwikkelaar",)
    [problem] = index.problems
    assert (problem.code, problem.severity.value, problem.source.line) == ("LD513", "warning", 9)
    assert '=== "Ontwikkelaar"' in problem.text("nl")
    tabs = soup(result.site_dir / "alpha/een/index.html").select(".tabbed-labels label")
    assert [(text(label), label.get("for")) for label in tabs] == [("Ontwikkelaar", "ontwikkelaar")]


def _items(section_heading: Tag) -> dict[str, str]:
    """Link text → the text under it, for the principles listed under a collection heading."""
    found = {}
    for sibling in section_heading.find_next_siblings():
        if sibling.name == "h2":
            break
        for item in sibling.select(".ld-role-list > li") if sibling.name == "ul" else []:
            link = item.find("a")
            found[text(link)] = text(item)[len(text(link)) :].strip()
    return found


def test_a_role_page_shows_the_role_s_own_advice_where_a_tab_has_it(
    engine_site: FixtureSite,
) -> None:
    """Under a collection with role tabs the reader sees how the role's own tab begins, not the
    principle's general summary; under a collection without tabs, the summary, and each
    collection says which of the two it is."""
    page = article(engine_site.build.site_dir / "rollen/bestuurder/index.html")
    rijk, regio = page.find_all("h2")
    assert _items(rijk) == {
        "1. Koppel systemen via open standaarden": "Advies: Kies voor standaarden.",
        "2. Publiceer open data": "Advies: Maak het beleid.",
        "3. Koop verstandig in": "Advies: Stel het budget vast.",
    }
    assert _items(regio) == {
        "2. Gebruik samen dezelfde standaarden": "Eén taal voor alle organisaties in de regio.",
        "3. Houd een open register bij": "Iedereen kan zien welke systemen de regio gebruikt.",
        "1. De inwoner staat centraal": "Wat we bouwen, begint bij de inwoner.",
    }
    assert "tabblad met advies voor de bestuurder" in text(rijk.find_next_sibling("p"))
    assert "geen apart advies per rol" in text(regio.find_next_sibling("p"))


def test_a_role_on_a_page_without_tabs_leads_to_that_collection_on_the_role_page(
    engine_site: FixtureSite,
) -> None:
    """On a principle without role tabs, "Belangrijk voor" says there is no advice per role,
    and a role leads to the part of its role page with this collection's principles (an
    anchor that exists), not to the top of a page that mixes collections."""
    site = engine_site.build.site_dir
    principle = article(site / "regio/mens-centraal/index.html")
    relevance = principle.select_one(".ld-relevance")
    assert relevance is not None
    assert "geen apart advies per rol" in text(relevance)
    targets = [
        f"{resolve('regio/mens-centraal/', href)}#{href.partition('#')[2]}"
        for href in hrefs(relevance)
    ]
    assert targets == [
        "rollen/zorgverlener/#regio", "rollen/inwoner/#regio", "rollen/bestuurder/#regio"
    ]  # fmt: skip
    for target in targets:
        url, _, anchor = target.partition("#")
        heading = article(site / url / "index.html").find(id=anchor)
        assert heading is not None and text(heading) == REGIO_TITLE
    with_tabs = article(site / "rijk/koppelen/index.html").select_one(".ld-relevance")
    assert with_tabs is not None and "geen apart advies" not in text(with_tabs)


def test_the_roles_page_promises_a_tab_only_for_collections_that_have_role_tabs(
    engine_site: FixtureSite,
) -> None:
    page = article(engine_site.build.site_dir / "rollen/index.html")
    per_collection = {
        text(item.find("strong")): text(item) for item in page.select(".ld-roles-per-collection li")
    }
    assert set(per_collection) == {RIJK_TITLE, REGIO_TITLE}
    assert "tabblad met advies per rol" in per_collection[RIJK_TITLE]
    assert "geen apart advies per rol" in per_collection[REGIO_TITLE]
    assert "tabblad" not in per_collection[REGIO_TITLE]
    assert "Op elke principepagina opent dan meteen het tabblad" not in text(page)
