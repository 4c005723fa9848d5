"""Cross-links: relations declared once appear on both pages, titles resolve from the target,
derivations read both ways, and former slugs keep working."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from principles import PrincipleKey, Relation, load_index
from principles.content.model import RelationKind
from tests.conftest import BuildResult, FixtureSite, page, repo_index, tiny_tree, write_tree
from tests.html import article, hrefs, resolve, soup, text


def related_urls(page_url: str, html: str) -> set[str]:
    """Site paths of the principles listed in a built page's generated related section."""
    section = BeautifulSoup(html, "lxml").select_one("section.ld-related")
    links = hrefs(section, ".ld-principle-list a") if section else []
    return {resolve(page_url, href) for href in links}


def relations_not_shown_both_ways(site: BuildResult, relations: list[Relation]) -> list[str]:
    """Every relation that is missing from the related list of its source or its target."""
    listed: dict[str, set[str]] = {}

    def on(url: str) -> set[str]:
        if url not in listed:
            listed[url] = related_urls(url, site.html(f"{url}index.html"))
        return listed[url]

    return [
        f"{r.source} > {r.target}"
        for r in relations
        if r.target.url not in on(r.source.url) or r.source.url not in on(r.target.url)
    ]


def test_every_relation_of_the_site_is_listed_on_both_pages(repo_site: BuildResult) -> None:
    relations = list(repo_index().graph.relations)
    assert relations, "the site declares relations"
    assert relations_not_shown_both_ways(repo_site, relations) == []


def test_a_relation_declared_on_one_page_is_listed_on_both(engine_site: FixtureSite) -> None:
    relations = list(engine_site.index.graph.relations)
    # rijk/inkopen names rijk/koppelen; koppelen does not name it.
    assert "rijk/inkopen > rijk/koppelen" in [f"{r.source} > {r.target}" for r in relations]
    assert relations_not_shown_both_ways(engine_site.build, relations) == []


def test_the_check_names_every_relation_missing_from_a_page(tmp_path: Path) -> None:
    """The site-wide test above fails naming every relation it misses, not the first one."""
    relations = [
        Relation(RelationKind.RELATED, PrincipleKey("a", "een"), PrincipleKey("a", "twee")),
        Relation(RelationKind.RELATED, PrincipleKey("a", "drie"), PrincipleKey("a", "twee")),
        Relation(RelationKind.RELATED, PrincipleKey("a", "een"), PrincipleKey("a", "drie")),
    ]
    listing = '<section class="ld-related"><ul class="ld-principle-list">{}</ul></section>'
    pages: dict[str, str | bytes] = {
        "a/een/index.html": listing.format('<li><a href="../twee/">2</a></li>'
                                           '<li><a href="../drie/">3</a></li>'),
        "a/twee/index.html": listing.format('<li><a href="../een/">1</a></li>'),
        "a/drie/index.html": listing.format('<li><a href="../een/">1</a></li>'),
    }  # fmt: skip
    site = BuildResult(write_tree(tmp_path, pages))
    assert relations_not_shown_both_ways(site, relations) == ["a/drie > a/twee"]


def test_an_unknown_relation_never_suggests_the_page_itself(tmp_path: Path) -> None:
    """A typo close to the page's own slug ('integratei' on page 'integratie') gets no "did you
    mean 'integratie'?": a page cannot relate to itself, so that hint only misleads. Another
    close slug is still suggested."""
    tree = tiny_tree()
    tree["alpha/integratie/index.md"] = page(
        {"title": "3. Integratie", "relations": ["integratei", "twe"]}, "\nTekst.\n"
    )
    index = load_index(write_tree(tmp_path / "docs", tree))
    assert [p.text("en") for p in index.problems if p.code == "LD301"] == [
        "unknown principle 'integratei'",
        "unknown principle 'twe' (did you mean 'twee'?)",
    ]


def test_a_principle_relates_only_to_principles_that_exist_once_each(tmp_path: Path) -> None:
    """What a page lists as related is what its references resolve to: itself, a principle
    named twice, one that does not exist and one whose page is broken are left out (each with
    its message), a former slug becomes the principle's current one."""
    tree = tiny_tree()
    tree["alpha/drie/index.md"] = page(
        {
            "title": "3. Drie",
            "relations": ["een", "drie", "een", "bestaat-niet", "kapot", "oud", "alpha/twee"],
            "derived_from": ["twee"],
        },
        "\nTekst.\n",
    )
    tree["alpha/kapot/index.md"] = "---\ntitle: [kapot\n---\n\nTekst.\n"
    tree["alpha/vier/index.md"] = page({"title": "4. Vier", "aliases": ["oud"]}, "\nTekst.\n")
    index = load_index(write_tree(tmp_path / "docs", tree))

    drie = index.get(PrincipleKey("alpha", "drie"))
    assert drie is not None
    een, vier, twee = (PrincipleKey("alpha", slug) for slug in ("een", "vier", "twee"))
    assert drie.relations == (een, vier, twee)
    assert drie.derived_from == (twee,)  # and related too: LD306
    codes = sorted(p.code for p in index.problems if p.source.path == "alpha/drie/index.md")
    assert codes == ["LD301", "LD304", "LD305", "LD306", "LD307"]
    # A page whose references all resolve as written keeps them as written.
    first = index.get(een)
    assert first is not None and first.relations == (twee,)


def test_derivations_read_both_ways(engine_site: FixtureSite) -> None:
    site = engine_site.build.site_dir
    regional = article(site / "regio/samen-standaarden/index.html")
    derived = regional.find(id="afgeleid-van")
    assert derived is not None
    assert "1. Koppel systemen via open standaarden" in text(derived.find_next("ul"))
    national = article(site / "rijk/koppelen/index.html")
    elaborated = national.find(id="uitgewerkt-in")
    assert elaborated is not None
    assert "2. Gebruik samen dezelfde standaarden" in text(elaborated.find_next("ul"))


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


# Paths opened for writing while an audit hook listens (sys.addaudithook cannot be removed:
# the hook is added once and only records while `_writes` is a list).
_writes: list[str] | None = None
_listening = False


def _note_write(event: str, args: tuple[object, ...]) -> None:
    if _writes is not None and event == "open" and isinstance(args[0], str | Path):
        mode = args[1] if isinstance(args[1], str) else ""
        flags = args[2] if isinstance(args[2], int) else 0
        if any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR):
            _writes.append(os.path.realpath(args[0]))


def test_a_former_address_is_written_once_in_dutch(
    build: Callable[..., BuildResult], tmp_path: Path
) -> None:
    """Leidraad writes the page of a former address itself, as a file of the site: MkDocs
    writes it once, and no plugin writes it again (mkdocs-redirects, still listed here as in
    sites made before, has nothing to write)."""
    global _writes, _listening
    if not _listening:
        sys.addaudithook(_note_write)
        _listening = True
    plugins = [{"search": {"lang": "nl"}}, {"redirects": {"redirect_maps": {}}}, "leidraad"]
    _writes = []
    try:
        result = build(renamed_tree(), plugins=plugins)
        written = list(_writes)
    finally:
        _writes = None
    former = os.path.realpath(result.site_dir / "alpha/twee/index.html")
    assert written.count(former) == 1
    redirect = result.html("alpha/twee/index.html")
    assert '<html lang="nl">' in redirect and "Deze pagina is verhuisd" in redirect
    assert 'http-equiv="refresh" content="0; url=../tweede/"' in redirect
    assert "Redirecting" not in redirect


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
