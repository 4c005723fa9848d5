"""The sections Leidraad adds to a principle page around its own content: one list, read by
the templates (which partial renders each, in this order, with its title and anchor) and by the
hook (the table of contents)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from principles.content import texts
from principles.content.index import Index
from principles.content.model import Principle

CARDS_PLACED = "leidraad_cards_placed"
"""Key in a page's meta, set by `actiekaarten()` (`principles.site.card_macros`) when it placed the
action cards on the page itself: the default block is then left out."""

FIELD_PARTIAL = "partials/leidraad/principle-field.html"


@dataclass(frozen=True)
class Section:
    """A generated section of a principle page; its partial writes `title` as an `<h2>` with
    id `anchor` (the partial gets the section as `section`)."""

    name: str
    text: str
    """Key of its title in the interface texts (`principles.content.texts`)."""
    anchor: str
    partial: str
    before_content: bool
    """Between the body's lead and its sections: the plugin renders these into `page.content`
    (`partials/leidraad/principle-fields.html`), so search finds them. The others follow the
    content (`overrides/principle.html`)."""
    shown: Callable[[Index, Principle, bool], bool]
    """Whether the page has it: (index, principle, whether the page placed its cards itself)."""

    @property
    def title(self) -> str:
        """Its title in the site's language."""
        return texts.t(self.text)


SECTIONS = (
    Section("statement", "section.statement", "omschrijving", FIELD_PARTIAL, True,
            lambda index, principle, placed: bool(principle.statement)),
    Section("rationale", "section.rationale", "uitleg", FIELD_PARTIAL, True,
            lambda index, principle, placed: bool(principle.rationale)),
    Section("implications", "section.implications", "consequenties", FIELD_PARTIAL, True,
            lambda index, principle, placed: bool(principle.implications)),
    Section("actions", "section.actions", "direct-aan-de-slag",
            "partials/leidraad/action-cards.html", False,
            lambda index, principle, placed: not placed and bool(index.actions_for(principle))),
    Section("related", "section.related", "gerelateerde-principes",
            "partials/leidraad/related.html", False,
            lambda index, principle, placed: bool(index.graph.neighbours(principle.key))),
    Section("share", "section.share", "delen-en-insluiten",
            "partials/leidraad/share.html", False,
            lambda index, principle, placed: True),
)  # fmt: skip
"""In the order of the page."""

SECTION = {section.name: section for section in SECTIONS}


def cards_placed(meta: Mapping[str, Any]) -> bool:
    """Whether the page placed its action cards itself (`actiekaarten()`)."""
    return bool(meta.get(CARDS_PLACED))


def sections_of(index: Index, principle: Principle, meta: Mapping[str, Any]) -> list[Section]:
    """The sections the page of `principle` (with page meta `meta`) has, in order."""
    placed = cards_placed(meta)
    return [section for section in SECTIONS if section.shown(index, principle, placed)]


def generated_sections(
    index: Index, principle: Principle, meta: Mapping[str, Any]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(title, anchor) of the sections the principle template adds before and after the
    page's own content, so that the table of contents lists them too."""
    shown = sections_of(index, principle, meta)
    return (
        [(s.title, s.anchor) for s in shown if s.before_content],
        [(s.title, s.anchor) for s in shown if not s.before_content],
    )
