"""Cross-links: relations declared once appear on both pages, titles resolve from the target,
derivations read both ways, and former slugs keep working."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from principles import PrincipleKey, Relation, load_index
from tests.conftest import REPO, BuildResult, page, tiny_tree
from tests.html import article, hrefs, resolve, soup, text

INDEX = load_index(REPO / "docs")


def related_urls(page_url: str, html: str) -> set[str]:
    """Site paths of the principles listed in a built page's generated related section."""
    section = BeautifulSoup(html, "lxml").select_one("section.ld-related")
    links = hrefs(section, ".ld-principle-list a") if section else []
    return {resolve(page_url, href) for href in links}


@pytest.mark.parametrize(
    "relation", INDEX.graph.relations, ids=[f"{r.source}>{r.target}" for r in INDEX.graph.relations]
)
def test_every_relation_is_listed_on_both_pages(repo_site: BuildResult, relation: Relation) -> None:
    source, target = relation.source, relation.target
    source_links = related_urls(source.url, repo_site.html(f"{source.url}index.html"))
    target_links = related_urls(target.url, repo_site.html(f"{target.url}index.html"))
    assert target.url in source_links
    assert source.url in target_links


def test_derivations_read_both_ways(repo_site: BuildResult) -> None:
    regional = article(repo_site.site_dir / "zorg-midden-nederland/open-standaarden/index.html")
    derived = regional.find(id="afgeleid-van")
    assert derived is not None
    assert "4. Gebruik open standaarden" in text(derived.find_next("ul"))
    national = article(repo_site.site_dir / "overheid/open-standaarden/index.html")
    elaborated = national.find(id="uitgewerkt-in")
    assert elaborated is not None
    assert "3. Open standaarden" in text(elaborated.find_next("ul"))


def test_no_page_keeps_a_hand_written_related_list() -> None:
    for path in (REPO / "docs").rglob("*.md"):
        assert "## Gerelateerde principes" not in path.read_text("utf-8"), path


def test_renamed_title_updates_every_page_that_links_to_it(
    build: Callable[..., BuildResult],
) -> None:
    first = build(strict=True)
    assert "2. Twee" in text(
        soup(first.site_dir / "alpha/een/index.html").select_one(".ld-related")
    )
    tree = tiny_tree()
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee, hernoemd", "summary": "De tweede.", "relations": ["een"]}, "\nTekst.\n"
    )
    second = build(tree, strict=True)
    related = text(soup(second.site_dir / "alpha/een/index.html").select_one(".ld-related"))
    assert "2. Twee, hernoemd" in related


def renamed_tree() -> dict[str, str | bytes]:
    """`twee` renamed to `tweede` with an alias; `een` still relates to the old slug."""
    tree = tiny_tree()
    del tree["alpha/twee/index.md"]
    tree["alpha/tweede/index.md"] = page(
        {"title": "2. Twee", "summary": "De tweede.", "aliases": ["twee"]}, "\nTekst.\n"
    )
    return tree


def test_relation_to_a_former_slug_resolves_with_a_located_warning(
    docs: Callable[..., Path],
) -> None:
    index = load_index(docs(renamed_tree()))
    assert [p.format(language="en") for p in index.problems] == [
        "alpha/een/index.md:5: warning LD307: 'twee' is a former slug; write 'tweede' instead"
    ]
    assert index.problems[0].format() == (
        "alpha/een/index.md:5: waarschuwing LD307: 'twee' is een oude naam; schrijf 'tweede'"
    )
    assert index.get(PrincipleKey("alpha", "twee")) == index.get(PrincipleKey("alpha", "tweede"))
    een = index.get(PrincipleKey("alpha", "een"))
    assert een is not None and een.relations == (PrincipleKey("alpha", "tweede"),)


def test_alias_url_redirects_to_the_new_page(build: Callable[..., BuildResult]) -> None:
    result = build(renamed_tree())
    redirect = result.html("alpha/twee/index.html")
    assert 'http-equiv="refresh" content="0; url=../tweede/"' in redirect
    related = related_urls("alpha/een/", result.html("alpha/een/index.html"))
    assert related == {"alpha/tweede/"}


@pytest.mark.parametrize(
    ("target", "breaks"), [("../twee/index.md", False), ("../drie/index.md", True)]
)
def test_inline_links_between_principles_are_checked_by_mkdocs(
    build: Callable[..., BuildResult], target: str, breaks: bool
) -> None:
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "relations": ["twee"]}, f"\nZie ook [het tweede principe]({target}).\n"
    )
    result = build(tree, strict=True)
    assert result.aborted == breaks
    if not breaks:
        link = soup(result.site_dir / "alpha/een/index.html").find(
            "a", string="het tweede principe"
        )
        assert link is not None and link["href"] == "../twee/"
