"""Relation maps as data: where each principle sits and which lines connect them.

Two layouts. A collection's map and the map of all collections put the principles on a circle
in number order, grouped by collection, with labels running outward along the radius, as in a
chord diagram. A principle's neighbourhood puts the principle in the centre and its neighbours
on a ring around it, with level labels. Related principles are joined by a line, a derivation
by a dashed line. Labels are never cut: a long title takes up to `MAX_LINES` lines of
`LINE_CHARS` characters. The SVG itself is written by
`overrides/partials/leidraad/relation-map.html`; its legend names only what the map shows.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from principles.content import texts
from principles.content.index import Index
from principles.content.model import Collection, Principle, PrincipleKey, RelationKind

LINE_CHARS = 22
"""Characters per label line; a longer title wraps onto the next line."""
MAX_LINES = 3
"""Lines per label; only a title longer than this many lines ends with an ellipsis."""
FONT_SIZE = 16.0
"""The labels' font size in the drawing's units (leidraad.css: .ld-map__label)."""
LINE_HEIGHT = 1.2
"""Distance between label lines, in em."""
CHAR_WIDTH = 8.4
"""About the width of a character of a 16px label, in the drawing's units (bold: 9)."""
SLOT = 64.0
"""Room per principle along the circle, so that three-line labels side by side do not touch."""
MAX_NODES = 80
"""A map of more principles than this would be unreadable; the text list remains."""
READABLE_SCALE = 0.75
"""On a narrow screen the map keeps at least this scale (12px labels) and scrolls sideways."""


@dataclass(frozen=True)
class MapNode:
    principle: Principle
    x: float
    y: float
    lines: tuple[str, ...]
    """The label, wrapped; the full title is the node's accessible name and tooltip."""
    label_x: float
    label_y: float
    rotation: float
    anchor: str
    first_line: float
    """Offset of the first line's baseline from `label_y`, in em (the rest follow)."""
    colour: str = ""
    """The collection's colour (`Collection.colour`, `#rrggbb`): one colour per collection."""
    centre: bool = False
    backdrop: tuple[float, float, float, float] | None = None
    """x, y, width, height of a plate behind the label, so that no line runs through it."""

    @property
    def key(self) -> str:
        return str(self.principle.key)


@dataclass(frozen=True)
class MapEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str
    source: str = ""
    target: str = ""
    """The keys of the two principles (`collection/slug`): which relations a node lights up."""


@dataclass(frozen=True)
class LegendColour:
    colour: str
    collection: Collection


@dataclass(frozen=True)
class RelationMap:
    """A map ready to draw: nodes and edges on a canvas `size` wide, centred on its middle;
    `height` (default: `size`) is the part of it that the drawing shows."""

    title: str
    size: float
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    colours: tuple[LegendColour, ...] = ()
    """The collections the map shows, for the legend; empty when it shows one."""
    height: float = 0.0

    @property
    def view_height(self) -> float:
        return self.height or self.size

    @property
    def top(self) -> float:
        """The top of the drawn part (its viewBox)."""
        return (self.size - self.view_height) / 2

    @property
    def drawable(self) -> bool:
        return 0 < len(self.nodes) <= MAX_NODES

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of line the map draws (`related`, `derived`): the legend names only these."""
        return frozenset(edge.kind for edge in self.edges)

    @property
    def readable_width(self) -> float:
        """The drawing's width in CSS pixels at which its labels are still 12px."""
        return self.size * READABLE_SCALE

    @property
    def readable_height(self) -> float:
        return self.view_height * READABLE_SCALE


def collection_map(index: Index, collection_id: str) -> RelationMap:
    collection = index.collections[collection_id]
    title = texts.t("map.collection_title", collection=collection.title)
    return _circle_map(index, title, index.in_collection(collection_id))


def site_map(index: Index) -> RelationMap:
    """Every principle of every collection, collections as arcs of one circle."""
    ordered = [p for cid in index.collections for p in index.in_collection(cid)]
    title = texts.t("map.site_title")
    return _circle_map(index, title, ordered, gap_between_collections=True)


def neighbourhood_map(index: Index, key: PrincipleKey) -> RelationMap:
    """A principle in the centre, its neighbours on a ring around it, labels level."""
    centre = index.principles[key]
    neighbours = sorted(index.principles[k] for k in index.graph.neighbours(key))
    radius = 130.0
    size = 2 * (radius + 30 + _label_width())
    middle = size / 2
    colours = _colours(index)
    nodes = [_centre_node(centre, middle, colours[centre.collection])]
    nodes += [
        _level_node(p, middle, radius, _angle(i, len(neighbours)), colours[p.collection])
        for i, p in enumerate(neighbours)
    ]
    # Level labels reach far to the sides, but only a few lines above and below the ring.
    height = 2 * (radius + 22 + MAX_LINES * LINE_HEIGHT * FONT_SIZE + 16)
    return RelationMap(
        texts.t("map.neighbourhood", principle=centre.display_title),
        size,
        tuple(nodes),
        tuple(_edges(index, nodes)),
        _legend(index, nodes),
        height,
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
    radius = max(160.0, total * SLOT / (2 * math.pi))
    size = 2 * (radius + 30 + _label_width())
    middle = size / 2
    colours = _colours(index)
    nodes = [
        _radial_node(p, middle, radius, _angle(s, total), colours[p.collection])
        for p, s in zip(principles, slots, strict=True)
    ]
    return RelationMap(
        title, size, tuple(nodes), tuple(_edges(index, nodes)), _legend(index, nodes)
    )


def _colours(index: Index) -> dict[str, str]:
    return {cid: collection.colour for cid, collection in index.collections.items()}


def _legend(index: Index, nodes: list[MapNode]) -> tuple[LegendColour, ...]:
    shown = {node.principle.collection for node in nodes}
    if len(shown) < 2:
        return ()
    return tuple(
        LegendColour(collection.colour, collection)
        for cid, collection in index.collections.items()
        if cid in shown
    )


def _label_width() -> float:
    return LINE_CHARS * CHAR_WIDTH


def _angle(position: int, count: int) -> float:
    """Radians, clockwise from the top."""
    return -math.pi / 2 + 2 * math.pi * position / max(count, 1)


def wrap(title: str) -> tuple[str, ...]:
    """The title in lines of at most `LINE_CHARS` characters (a longer word keeps its own
    line), at most `MAX_LINES` of them; only a longer title ends with an ellipsis."""
    lines = textwrap.wrap(title, LINE_CHARS, break_long_words=False, break_on_hyphens=False)
    if len(lines) > MAX_LINES:
        rest = " ".join(lines[MAX_LINES - 1 :])
        lines = [*lines[: MAX_LINES - 1], textwrap.shorten(rest, LINE_CHARS, placeholder=" …")]
    return tuple(lines) or (title,)


def _middle_line(count: int) -> float:
    """The first line's offset (em) for a label whose lines are centred on its point."""
    return 0.35 - (count - 1) * LINE_HEIGHT / 2


def _radial_node(
    principle: Principle, middle: float, radius: float, angle: float, colour: str
) -> MapNode:
    """A node on the circle, its label running outward along the radius."""
    x = middle + radius * math.cos(angle)
    y = middle + radius * math.sin(angle)
    lines = wrap(principle.title)
    label_x = middle + (radius + 26) * math.cos(angle)
    label_y = middle + (radius + 26) * math.sin(angle)
    degrees = math.degrees(angle)
    # Text on the left half would read upside down: turn it around and anchor it at its end.
    left = math.cos(angle) < -1e-9
    rotation = degrees + 180 if left else degrees
    anchor = "end" if left else "start"
    return MapNode(
        principle,
        x,
        y,
        lines,
        label_x,
        label_y,
        round(rotation, 2),
        anchor,
        _middle_line(len(lines)),
        colour,
    )


def _level_node(
    principle: Principle, middle: float, radius: float, angle: float, colour: str
) -> MapNode:
    """A neighbour on the ring, its label level and outside the ring: beside the node on the
    left and right, above it at the top and below it at the bottom."""
    x = middle + radius * math.cos(angle)
    y = middle + radius * math.sin(angle)
    lines = wrap(principle.title)
    cos, sin = math.cos(angle), math.sin(angle)
    label_x, label_y = x + 22 * cos, y + 22 * sin
    anchor = "start" if cos > 0.35 else "end" if cos < -0.35 else "middle"
    if anchor != "middle" or abs(sin) < 0.35:
        first = _middle_line(len(lines))
    elif sin < 0:  # Above the node: the last line ends just above it.
        first = -0.25 - (len(lines) - 1) * LINE_HEIGHT
    else:  # Below the node.
        first = 0.95
    return MapNode(principle, x, y, lines, label_x, label_y, 0.0, anchor, first, colour)


def _centre_node(principle: Principle, middle: float, colour: str) -> MapNode:
    """The principle itself, its label on a plate below it: lines to neighbours below the
    centre pass behind the plate, never through the text."""
    lines = wrap(principle.title)
    label_y = middle + 32
    width = max(len(line) for line in lines) * 9.0 + 12
    height = len(lines) * LINE_HEIGHT * FONT_SIZE + 8
    backdrop = (middle - width / 2, label_y - 4, width, height)
    return MapNode(
        principle, middle, middle, lines, middle, label_y, 0.0, "middle", 0.95, colour, True,
        backdrop,
    )  # fmt: skip


def _edges(index: Index, nodes: list[MapNode]) -> list[MapEdge]:
    where = {node.principle.key: node for node in nodes}
    return [
        MapEdge(
            where[r.source].x,
            where[r.source].y,
            where[r.target].x,
            where[r.target].y,
            "derived" if r.kind is RelationKind.DERIVED else "related",
            str(r.source),
            str(r.target),
        )
        for r in index.graph.edges_within(where)
    ]
