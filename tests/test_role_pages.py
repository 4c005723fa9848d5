"""Role pages: exactly the principles that name the role, most relevant first, linking to
the role's tab."""

from __future__ import annotations

from collections.abc import Callable

from principles import Index, PrincipleKey, Relevance, load_index
from tests.conftest import BuildResult, FixtureSite, page, repo_index, tiny_tree
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


def test_role_page_groups_by_relevance_most_relevant_first(engine_site: FixtureSite) -> None:
    index = engine_site.index
    for role in index.roles:
        page = article(engine_site.build.site_dir / role.url / "index.html")
        groups = [text(h) for h in page.find_all("h2")]
        expected = [
            f"Relevantie {level.label}"
            for level in Relevance
            if any(p.relevance_for(role.id) is level for p in index)
        ]
        assert groups == expected, role.id
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
