"""Relation maps: drawn at build time as SVG in which every principle is a link, with the
same relations as a text list."""

from __future__ import annotations

import pytest

from principles import load_index
from principles.relation_map import collection_map, neighbourhood_map, site_map
from tests.conftest import REPO, BuildResult
from tests.html import article, hrefs, resolve

INDEX = load_index(REPO / "docs")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("overheid/kaart/", {p.url for p in INDEX.in_collection("overheid")}),
        (
            "zorg-midden-nederland/kaart/",
            {p.url for p in INDEX.in_collection("zorg-midden-nederland")},
        ),
        ("kaart/", {p.url for p in INDEX}),
    ],
)
def test_map_page_links_every_principle_in_drawing_and_list(
    repo_site: BuildResult, url: str, expected: set[str]
) -> None:
    page = article(repo_site.site_dir / url / "index.html")
    svg = page.select_one("svg.ld-map__svg")
    assert svg is not None
    nodes = svg.select("a.ld-map__node")
    assert {resolve(url, str(a["xlink:href"])) for a in nodes} == expected
    assert all(a.get("aria-label") for a in nodes)
    listed = {resolve(url, h) for h in hrefs(page, ".ld-principle-list > li > a")}
    assert listed == expected


def test_map_draws_one_line_per_related_pair() -> None:
    drawn = collection_map(INDEX, "overheid")
    pairs = {
        frozenset((r.source, r.target))
        for r in INDEX.graph.relations
        if r.source.collection == r.target.collection == "overheid"
    }
    assert len(drawn.edges) == len(pairs)


def test_site_map_shows_derivations_across_collections() -> None:
    drawn = site_map(INDEX)
    assert len(drawn.nodes) == len(INDEX)
    derived = [e for e in drawn.edges if e.kind == "derived"]
    assert len(derived) == sum(len(p.derived_from) for p in INDEX)


def test_principle_page_has_a_neighbourhood_map(repo_site: BuildResult) -> None:
    principle = INDEX.principles_of(
        [k for k in INDEX.principles if k.slug == "veilig-en-beschermd"]
    )[0]
    page = article(repo_site.site_dir / principle.url / "index.html")
    nodes = page.select(".ld-related svg a.ld-map__node")
    linked = {resolve(principle.url, str(a["xlink:href"])) for a in nodes}
    expected = {principle.url} | {k.url for k in INDEX.graph.neighbours(principle.key)}
    assert linked == expected
    assert len(neighbourhood_map(INDEX, principle.key).nodes) == len(expected)
