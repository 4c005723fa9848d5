"""Role pages: exactly the principles that name the role, most relevant first, linking to
the role's tab."""

from __future__ import annotations

import pytest

from principles import Relevance, load_index
from tests.conftest import REPO, BuildResult
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
