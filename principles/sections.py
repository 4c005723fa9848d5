"""The sections Leidraad adds to a principle page around its own content."""

from __future__ import annotations

from principles.index import Index
from principles.model import RELATED_PRINCIPLES_TITLE, Principle


def generated_sections(
    index: Index, principle: Principle, cards_placed_by_page: bool
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(title, anchor) of the sections the principle template adds before and after the
    page's own content, so that the table of contents lists them too."""
    before = [
        (title, anchor)
        for title, anchor, present in (
            ("Omschrijving", "omschrijving", principle.statement),
            ("Uitleg", "uitleg", principle.rationale),
            ("Consequenties", "consequenties", principle.implications),
        )
        if present
    ]
    after = []
    if not cards_placed_by_page and index.actions_for(principle):
        after.append(("Direct aan de slag", "direct-aan-de-slag"))
    if index.graph.neighbours(principle.key):
        after.append((RELATED_PRINCIPLES_TITLE, "gerelateerde-principes"))
    after.append(("Delen en insluiten", "delen-en-insluiten"))
    return before, after
