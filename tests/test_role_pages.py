"""Role pages: exactly the principles that name the role, most relevant first, linking to
the role's tab."""

from __future__ import annotations

from pathlib import Path

import pytest

from principles import PrincipleKey, Relevance, load_index
from tests.conftest import REPO, BuildResult, page, tiny_tree, write_tree
from tests.html import article, hrefs, resolve, text

INDEX = load_index(REPO / "docs")


@pytest.mark.parametrize("role", [role.id for role in INDEX.roles])
def test_role_page_lists_exactly_the_principles_naming_the_role(
    repo_site: BuildResult, role: str
) -> None:
    page = article(repo_site.site_dir / "rollen" / role / "index.html")
    links = hrefs(page, ".ld-role-list a")
    by_url = {p.url: p for p in INDEX}
    listed = [by_url[resolve(f"rollen/{role}/", href)] for href in links]
    assert {p.key for p in listed} == {p.key for p in INDEX if p.relevance_for(role) is not None}
    # A page with the role's own tab is linked straight to that tab.
    for href, principle in zip(links, listed, strict=True):
        assert href.endswith(f"#{role}") == (role in principle.tabs)


@pytest.mark.parametrize("role", ["jurist", "zorgverlener"])
def test_role_page_orders_by_relevance(repo_site: BuildResult, role: str) -> None:
    page = article(repo_site.site_dir / "rollen" / role / "index.html")
    groups = [text(h) for h in page.find_all("h2")]
    expected = [
        f"Relevantie {level.label}"
        for level in Relevance
        if any(p.relevance_for(role) is level for p in INDEX)
    ]
    assert groups == expected


def test_a_tab_with_a_former_role_name_suggests_the_current_label(tmp_path: Path) -> None:
    """Developer became Ontwikkelaar (roles.yml keeps `developer` as an alias): front matter may
    still say developer, but a tab must carry the label, and the message names it."""
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "roles": {"developer": "high"}},
        '\n=== "Developer"\n\n    Bouw het.\n',
    )
    index = load_index(write_tree(tmp_path / "docs", tree))
    een = index.get(PrincipleKey("alpha", "een"))
    assert een is not None and een.relevance_for("ontwikkelaar") is Relevance.HIGH
    [problem] = [p for p in index.problems if p.code == "LD503"]
    assert "'Ontwikkelaar'" in problem.text("nl")
