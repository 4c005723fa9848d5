"""Principles written for another organisation's MkDocs site: a hand-written list of related
principles is recognised by its links, whatever its heading; sections another site's plugins
would have filled are reported; a collection without roles builds without an empty role
filter; a folder of principle-like pages without `_collection.yml` is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from principles import load_index
from tests.conftest import BuildResult, page, tiny_tree
from tests.html import article, soup, text

EEN = "alpha/een/index.md"


def problems_of(docs_dir: Path) -> list[tuple[str, int, str]]:
    return [(p.source.path, p.source.line, p.code) for p in load_index(docs_dir).problems]


def with_een_body(body: str, **front_matter: object) -> dict[str, str | bytes]:
    tree = tiny_tree()
    tree[EEN] = page({"title": "1. Een", "relations": ["twee"], **front_matter}, body)
    return tree


def test_a_list_of_links_to_principles_is_the_related_list_whatever_its_heading(
    docs: Callable[..., Path],
) -> None:
    # The front matter ends on line 5; the body's first (empty) line is line 6.
    tree = with_een_body(
        """
        Inleiding.

        ## Zie ook

        - [Twee](../twee/index.md)
        - **[Nog eens twee](/alpha/twee/)**: met uitleg

        ## Gerelateerde richtlijnen

        - [Twee](../twee/)
        """
    )
    docs_dir = docs(tree)
    assert problems_of(docs_dir) == [(EEN, 9, "LD411"), (EEN, 14, "LD411")]
    first = load_index(docs_dir).problems[0].text()
    assert "'Zie ook'" in first and "(twee)" in first and "'relations'" in first


def test_a_section_with_more_than_links_to_principles_is_left_alone(
    docs: Callable[..., Path],
) -> None:
    tree = with_een_body(
        """
        ## Gerelateerde principes

        Deze twee principes horen bij elkaar omdat ze allebei over samenwerken gaan.

        ## Meer weten

        - [Twee](../twee/)
        - [Een handreiking elders](https://example.org/handreiking)

        ## Lees verder

        Eerst dit: [Twee](../twee/).

        - [Twee](../twee/)
        """
    )
    assert problems_of(docs(tree)) == []


def test_sections_another_sites_plugins_would_fill_are_reported_at_their_heading(
    docs: Callable[..., Path],
) -> None:
    tree = with_een_body(
        """
        Inleiding.

        ## Verwante documenten

        <!-- wordt door de plug-in gevuld -->

        ## Tijdlijn

        <div class="tijdlijn"></div>

        ## Wijzigingen

        ## Met een onderdeel

        ### Onderdeel

        Tekst.

        ## Voorbeeld

        ```
        <!-- code is content -->
        ```

        ## Laatste
        """
    )
    found = load_index(docs(tree)).problems
    assert [(p.source.path, p.source.line, p.code) for p in found] == [
        (EEN, 9, "LD414"),
        (EEN, 13, "LD414"),
        (EEN, 17, "LD414"),
        (EEN, 31, "LD414"),
    ]
    assert "HTML-commentaar" in found[0].text() and "<div>" in found[1].text()
    assert "niets" in found[2].text()


def test_a_placeholder_alone_is_reported_unless_the_page_renders_macros(
    docs: Callable[..., Path],
) -> None:
    body = "\nInleiding.\n\n## Hulpmiddelen\n\n{{ actiekaarten() }}\n"
    plain = problems_of(docs(with_een_body(body)))
    assert (EEN, 9, "LD414") in plain
    rendered = problems_of(docs(with_een_body(body, render_macros=True)))
    assert rendered == []


def test_a_folder_of_principle_like_pages_without_collection_file_is_named(
    docs: Callable[..., Path],
) -> None:
    tree = tiny_tree()
    tree["regels/delen/index.md"] = page({"title": "3. Deel wat je weet"}, "\nTekst.\n")
    tree["regels/vragen/index.md"] = page(
        {"title": "Vraag het na", "summary": "Eerst vragen."}, "\nTekst.\n"
    )
    tree["handleiding/start/index.md"] = page({"title": "Beginnen"}, "\nTekst.\n")
    docs_dir = docs(tree)
    index = load_index(docs_dir)
    assert [(p.source.path, p.source.line, p.code) for p in index.problems] == [
        ("regels/delen/index.md", 2, "LD319")
    ]
    message = index.problems[0].text()
    assert "regels/_collection.yml" in message and "2 pagina" in message

    (docs_dir / "regels/_collection.yml").write_text("title: Regels\n", "utf-8")
    index = load_index(docs_dir)
    assert [p.code for p in index.problems if p.code == "LD319"] == []


def without_roles() -> dict[str, str | bytes]:
    """Collection `alpha` without roles, its principles without `roles` and without tabs."""
    tree = tiny_tree()
    tree["alpha/_collection.yml"] = "title: Alpha\nintro: Twee principes zonder rollen.\n"
    tree[EEN] = page({"title": "1. Een", "summary": "De eerste.", "relations": ["twee"]},
                     "\nTekst.\n")  # fmt: skip
    return tree


def test_role_tabs_without_roles_is_a_located_error(docs: Callable[..., Path]) -> None:
    tree = without_roles()
    tree["alpha/_collection.yml"] = "title: Alpha\nrole_tabs: true\n"
    assert problems_of(docs(tree)) == [("alpha/_collection.yml", 2, "LD223")]


def test_a_collection_without_roles_builds_without_an_empty_role_filter(
    docs: Callable[..., Path], build: Callable[..., BuildResult]
) -> None:
    assert problems_of(docs(without_roles())) == []
    result = build(without_roles(), strict=True)
    assert not result.aborted, result.leidraad_messages

    overview = soup(result.site_dir / "alpha/index.html")
    assert overview.select(".ld-cards__item"), "the principles are listed"
    assert "Per rol bekijken" not in overview.get_text()
    assert overview.select('input[name="rol"]') == []

    assessment = soup(result.site_dir / "alpha/toetsing/index.html")
    group = next(
        fieldset
        for fieldset in assessment.select("fieldset.ld-assessment__group")
        if "Toets voor de rollen" in text(fieldset)
    )
    assert group.has_attr("hidden")

    principle = article(result.site_dir / "alpha/een/index.html")
    assert "Belangrijk voor" not in text(principle)
    related = principle.select_one("#gerelateerde-principes")
    assert related is not None and "Twee" in text(related.parent)
