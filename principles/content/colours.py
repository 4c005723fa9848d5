"""Collection colours on the relation maps: an editor's own (`colour` in `_collection.yml`) or
one picked from a palette, each readable under the white numbers the map draws on it."""

from __future__ import annotations

MINIMUM_CONTRAST = 4.5
"""WCAG 2.1 AA for the white number on a node (14 px bold is normal-size text)."""

PALETTE = (
    "#303f9f",  # indigo
    "#00695c",  # teal
    "#ad1457",  # pink
    "#5d4037",  # brown
    "#6a1b9a",  # purple
    "#2e7d32",  # green
    "#bf360c",  # deep orange
    "#455a64",  # blue grey
)
"""Colours for collections that name none, in collection order; each differs in hue from the
others and has at least MINIMUM_CONTRAST against white."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of `#rrggbb` (WCAG 2.1)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_with_white(colour: str) -> float:
    return 1.05 / (luminance(colour) + 0.05)


def assign(chosen: dict[str, str | None]) -> tuple[dict[str, str], list[str]]:
    """A colour for every collection id of `chosen` (in collection order; None: pick one).

    Picked colours skip every colour an editor chose. Returns the colours and the ids for which
    no unused palette colour was left (they get one again, from the start of the palette)."""
    taken = {colour.lower() for colour in chosen.values() if colour}
    free = [colour for colour in PALETTE if colour not in taken]
    result: dict[str, str] = {}
    short: list[str] = []
    for position, (cid, colour) in enumerate(chosen.items()):
        if colour:
            result[cid] = colour.lower()
        elif free:
            result[cid] = free.pop(0)
        else:
            short.append(cid)
            result[cid] = PALETTE[position % len(PALETTE)]
    return result, short
