"""Relation maps: drawn at build time as SVG in which every principle is a link, with the
same relations as a text list, and every collection in its own colour."""

from __future__ import annotations

import pytest
from bs4 import Tag

from principles import Index, PrincipleKey, load_index
from principles.content.colours import PALETTE
from principles.site.relation_map import (
    LINE_CHARS,
    MAX_LINES,
    collection_map,
    neighbourhood_map,
    site_map,
    wrap,
)
from tests.conftest import BuildResult, FixtureSite, build_site, repo_index, write_tree
from tests.html import article, hrefs, resolve, text
from tests.reading_site import ALPHA, BETA, LONG_TITLE, reading_tree


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


# --- Labels and legend, on a fixture site ---------------------------------------------------


def test_labels_wrap_instead_of_being_cut() -> None:
    lines = wrap(LONG_TITLE)
    assert len(lines) > 1 and all(len(line) <= LINE_CHARS for line in lines)
    assert " ".join(lines) == LONG_TITLE
    # Only a title longer than the lines can hold ends with an ellipsis.
    too_long = " ".join(["woord"] * (LINE_CHARS * MAX_LINES // 5))
    assert len(wrap(too_long)) == MAX_LINES and wrap(too_long)[-1].endswith("…")


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory) -> tuple[Index, BuildResult]:
    project = tmp_path_factory.mktemp("maps")
    write_tree(project / "docs", reading_tree())
    site_dir, records, aborted = build_site(project, strict=True)
    assert not aborted
    return load_index(project / "docs"), BuildResult(site_dir, records, aborted)


def map_of(result: BuildResult, url: str) -> Tag:
    found = article(result.site_dir / url / "index.html").select_one("figure.ld-map")
    assert found is not None
    return found


def test_every_label_of_a_map_is_the_whole_title(reading: tuple[Index, BuildResult]) -> None:
    index, result = reading
    for url in ("alpha/een/", "alpha/kaart/", "kaart/"):
        for node in map_of(result, url).select("a.ld-map__node"):
            principle = index.get(PrincipleKey(*str(node["data-key"]).split("/")))
            assert principle is not None
            assert text(node.select_one(".ld-map__label")) == principle.title


def legend(figure: Tag) -> list[str]:
    return [text(item) for item in figure.select(".ld-map__legend-item")]


def test_the_legend_names_only_what_the_map_draws(reading: tuple[Index, BuildResult]) -> None:
    _, result = reading
    # 1. Een is related to 2 and 3 and elaborated in Vier (another collection).
    een = map_of(result, "alpha/een/")
    assert een.select(".ld-map__edge--derived")
    assert legend(een) == ["hangt samen met", "is afgeleid van", ALPHA, BETA]
    # 2. Twee has relations only, all in its own collection: no derivation, no colours.
    twee = map_of(result, "alpha/twee/")
    assert not twee.select(".ld-map__edge--derived")
    assert legend(twee) == ["hangt samen met"]
    assert legend(map_of(result, "alpha/kaart/")) == ["hangt samen met"]


def test_the_map_of_all_principles_explains_its_colours(
    reading: tuple[Index, BuildResult],
) -> None:
    _, result = reading
    figure = map_of(result, "kaart/")
    caption = figure.select_one(".ld-map__legend")
    assert caption is not None and "Kleur per verzameling:" in text(caption)
    swatches = {
        text(item): str(circle["fill"])
        for item in figure.select(".ld-map__legend-item")
        if (circle := item.select_one(".ld-map__swatch circle")) is not None
    }
    colours = {
        str(node["data-key"]).split("/")[0]: str(node.select_one("circle")["fill"])  # type: ignore[index]
        for node in figure.select("a.ld-map__node")
    }
    assert swatches == {ALPHA: colours["alpha"], BETA: colours["beta"]}
    assert swatches[ALPHA] != swatches[BETA]
