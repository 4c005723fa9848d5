"""Relation maps: drawn at build time as SVG in which every principle is a link, with the
same relations as a text list, and every collection in its own colour."""

from __future__ import annotations

from principles import Index
from principles.colours import PALETTE
from principles.relation_map import collection_map, neighbourhood_map, site_map
from tests.conftest import BuildResult, FixtureSite, repo_index
from tests.html import article, hrefs, resolve


def map_problems(site: BuildResult, index: Index) -> list[str]:
    """Map pages whose drawing or list does not link exactly the principles they should."""
    pages = {f"{cid}/kaart/": index.in_collection(cid) for cid in index.collections}
    pages["kaart/"] = list(index)
    problems = []
    for url, principles in pages.items():
        expected = {p.url for p in principles}
        page = article(site.site_dir / url / "index.html")
        svg = page.select_one("svg.ld-map__svg")
        nodes = svg.select("a.ld-map__node") if svg else []
        drawn = {resolve(url, str(a["xlink:href"])) for a in nodes}
        listed = {resolve(url, h) for h in hrefs(page, ".ld-principle-list > li > a")}
        if drawn != expected or listed != expected:
            problems.append(url)
        if not all(a.get("aria-label") for a in nodes):
            problems.append(f"{url}: a node without a name")
    return problems


def test_map_pages_link_every_principle_in_drawing_and_list(engine_site: FixtureSite) -> None:
    assert map_problems(engine_site.build, engine_site.index) == []


def test_every_map_page_of_the_site_links_its_principles(repo_site: BuildResult) -> None:
    assert map_problems(repo_site, repo_index()) == []


def test_map_draws_one_line_per_related_pair(engine_site: FixtureSite) -> None:
    index = engine_site.index
    drawn = collection_map(index, "rijk")
    pairs = {
        frozenset((r.source, r.target))
        for r in index.graph.relations
        if r.source.collection == r.target.collection == "rijk"
    }
    assert len(pairs) == 2  # koppelen–open-data, inkopen–koppelen
    assert len(drawn.edges) == len(pairs)


def test_site_map_shows_derivations_across_collections(engine_site: FixtureSite) -> None:
    index = engine_site.index
    drawn = site_map(index)
    assert len(drawn.nodes) == len(index)
    derived = [e for e in drawn.edges if e.kind == "derived"]
    assert len(derived) == 2


def test_principle_page_has_a_neighbourhood_map(engine_site: FixtureSite) -> None:
    index = engine_site.index
    principle = next(p for p in index if p.slug == "mens-centraal")
    page = article(engine_site.build.site_dir / principle.url / "index.html")
    nodes = page.select(".ld-related svg a.ld-map__node")
    linked = {resolve(principle.url, str(a["xlink:href"])) for a in nodes}
    assert linked == {"regio/mens-centraal/", "regio/samen-standaarden/", "rijk/open-data/"}
    assert len(neighbourhood_map(index, principle.key).nodes) == 3


def test_each_collection_has_its_own_colour_on_the_map(engine_site: FixtureSite) -> None:
    page = article(engine_site.build.site_dir / "kaart/index.html")
    fills: dict[str, set[str]] = {}
    for node in page.select("a.ld-map__node"):
        collection = resolve("kaart/", str(node["xlink:href"])).split("/")[0]
        circle = node.find("circle")
        assert circle is not None
        fills.setdefault(collection, set()).add(str(circle["fill"]))
    # One colour per collection, picked from the palette in collection order.
    assert fills == {"rijk": {PALETTE[0]}, "regio": {PALETTE[1]}}
