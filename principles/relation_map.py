"""Relation maps as data: where each principle sits and which lines connect them.

Principles sit on a circle in number order, grouped by collection; related principles are
joined by a line, a derivation by a dashed line. Labels run outward along the radius, as in
a chord diagram. The SVG itself is written by `overrides/partials/leidraad/relation-map.html`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from principles.index import Index
from principles.model import Principle, PrincipleKey, RelationKind

LABEL_CHARS = 32
"""Labels longer than this are shortened with an ellipsis; the full title is in the list."""
MAX_NODES = 80
"""A map of more principles than this would be unreadable; the text list remains."""


@dataclass(frozen=True)
class MapNode:
    principle: Principle
    x: float
    y: float
    label: str
    label_x: float
    label_y: float
    rotation: float
    anchor: str
    colour: str = ""
    """The collection's colour (`Collection.colour`), `#rrggbb`."""
    centre: bool = False


@dataclass(frozen=True)
class MapEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str


@dataclass(frozen=True)
class RelationMap:
    """A map ready to draw: a square canvas of `size`, nodes and edges."""

    title: str
    size: float
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]

    @property
    def drawable(self) -> bool:
        return 0 < len(self.nodes) <= MAX_NODES


def collection_map(index: Index, collection_id: str) -> RelationMap:
    collection = index.collections[collection_id]
    title = f"Relatiekaart: {collection.title}"
    return _circle_map(index, title, index.in_collection(collection_id))


def site_map(index: Index) -> RelationMap:
    """Every principle of every collection, collections as arcs of one circle."""
    ordered = [p for cid in index.collections for p in index.in_collection(cid)]
    title = "Relatiekaart van alle principes"
    return _circle_map(index, title, ordered, gap_between_collections=True)


def neighbourhood_map(index: Index, key: PrincipleKey) -> RelationMap:
    """A principle in the centre, its neighbours around it."""
    centre = index.principles[key]
    neighbours = [index.principles[k] for k in index.graph.neighbours(key)]
    radius = 120.0
    size = 2 * (radius + 30 + _label_width())
    middle = size / 2
    colours = _colours(index)
    nodes = [_node(centre, middle, middle, 0.0, 0.0, colours[centre.collection], centre=True)]
    nodes += [
        _node(p, middle, middle, radius, _angle(i, len(neighbours)), colours[p.collection])
        for i, p in enumerate(sorted(neighbours, key=index.sort_key))
    ]
    return RelationMap(
        f"Relaties van {centre.display_title}",
        size,
        tuple(nodes),
        tuple(_edges(index, nodes)),
    )


def _circle_map(
    index: Index, title: str, principles: list[Principle], gap_between_collections: bool = False
) -> RelationMap:
    if not 0 < len(principles) <= MAX_NODES:
        return RelationMap(title, 0.0, (), ())
    slots: list[int] = []
    slot = 0
    for i, principle in enumerate(principles):
        if gap_between_collections and i and principle.collection != principles[i - 1].collection:
            slot += 1  # An empty slot separates two collections.
        slots.append(slot)
        slot += 1
    several = len({p.collection for p in principles}) > 1
    total = slot + (1 if gap_between_collections and several else 0)
    radius = max(160.0, total * 56 / (2 * math.pi))
    size = 2 * (radius + 30 + _label_width())
    middle = size / 2
    colours = _colours(index)
    nodes = [
        _node(p, middle, middle, radius, _angle(s, total), colours[p.collection])
        for p, s in zip(principles, slots, strict=True)
    ]
    return RelationMap(title, size, tuple(nodes), tuple(_edges(index, nodes)))


def _colours(index: Index) -> dict[str, str]:
    return {cid: collection.colour for cid, collection in index.collections.items()}


def _label_width() -> float:
    return LABEL_CHARS * 7.6  # About the width of a 16px label of that many characters.


def _angle(position: int, count: int) -> float:
    """Radians, clockwise from the top."""
    return -math.pi / 2 + 2 * math.pi * position / max(count, 1)


def _node(
    principle: Principle,
    cx: float,
    cy: float,
    radius: float,
    angle: float,
    colour: str,
    centre: bool = False,
) -> MapNode:
    x = cx + radius * math.cos(angle)
    y = cy + radius * math.sin(angle)
    label = _shorten(principle.title)
    if centre:
        return MapNode(principle, x, y, label, x, y + 40, 0.0, "middle", colour, centre=True)
    label_x = cx + (radius + 26) * math.cos(angle)
    label_y = cy + (radius + 26) * math.sin(angle)
    degrees = math.degrees(angle)
    # Text on the left half would read upside down: turn it around and anchor it at its end.
    left = math.cos(angle) < -1e-9
    rotation = degrees + 180 if left else degrees
    anchor = "end" if left else "start"
    return MapNode(principle, x, y, label, label_x, label_y, round(rotation, 2), anchor, colour)


def _shorten(title: str) -> str:
    return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1].rstrip() + "…"


def _edges(index: Index, nodes: list[MapNode]) -> list[MapEdge]:
    where = {node.principle.key: node for node in nodes}
    return [
        MapEdge(
            where[r.source].x,
            where[r.source].y,
            where[r.target].x,
            where[r.target].y,
            "derived" if r.kind is RelationKind.DERIVED else "related",
        )
        for r in index.graph.edges_within(where)
    ]
