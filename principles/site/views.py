"""What templates may call: the index and a few views of it, bound to this build's index.

The pieces live in modules named for what they do (`dates`, `plain_text`, `lead`,
`render_once`, `card_macros`, `sections`); this module hands them to the theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from principles.content import texts
from principles.content import routes
from principles.site import relation_map
from principles.site.card_macros import action_macros
from principles.content.dates import site_date
from principles.content.routes import EMBED_FRAME, absolute
from principles.site.spreadsheet import spreadsheet_columns
from principles.content.index import Index
from principles.site.lead import lead_and_rest
from principles.content.model import ActionStatus, Relevance
from principles.site.plain_text import plain_text
from principles.site.render_once import RenderOnce
from principles.content.sections import generated_sections, sections_of

__all__ = [  # the plugin imports these from here
    "action_macros",
    "generated_sections",
    "lead_and_rest",
    "template_filters",
    "template_globals",
]


def template_globals(index: Index) -> dict[str, Any]:
    """Globals for the theme's Jinja environment; templates turn this data into HTML."""
    return {
        "leidraad": index,
        "collection_map": partial(relation_map.collection_map, index),
        "site_map": partial(relation_map.site_map, index),
        "neighbourhood_map": partial(relation_map.neighbourhood_map, index),
        "spreadsheet_columns": spreadsheet_columns,
        # Addresses of generated pages, embed cards, the feed: `routes.map_url(collection)`.
        "routes": routes,
        "absolute_url": absolute,
        "embed_frame": EMBED_FRAME,
        "action_statuses": list(ActionStatus),
        # The relevance values, most relevant first, with their Dutch words and ranks: the
        # templates write the choices and hand words and ranks to the scripts (data-*).
        "relevances": Relevance.ordered(),
        "not_named_rank": Relevance.not_named_rank(),
        "relevance_words": {relevance.value: relevance.label for relevance in Relevance},
        "relevance_ranks": {relevance.value: relevance.rank for relevance in Relevance},
        "render_once": RenderOnce(),
        # The generated sections of a principle page, in order: `principle_sections(principle,
        # page.meta)` (principles.content.sections).
        "principle_sections": partial(sections_of, index),
        # Interface texts: `leidraad_t(key, **values)`, as Material's `lang.t` (principles.content.texts).
        **texts.template_globals(),
    }


def template_filters() -> dict[str, Callable[..., Any]]:
    return {"datum": site_date, "lead_and_rest": lead_and_rest, "platte_tekst": plain_text}
