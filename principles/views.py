"""What templates may call: the index and a few views of it, bound to this build's index."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache, partial
from html.parser import HTMLParser
from typing import Any, Protocol

import markdown
from babel.dates import format_date
from jinja2 import Environment
from markupsafe import Markup

from principles import relation_map, routes
from principles.body import VOID_ELEMENTS
from principles.export import EMBED_FRAME, absolute, spreadsheet_columns
from principles.index import Index
from principles.model import (
    RELATED_PRINCIPLES_TITLE,
    Action,
    ActionStatus,
    Principle,
    PrincipleKey,
    Relevance,
    Role,
)


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
        # The Dutch word of each relevance value, for scripts (filter.js: on the cards).
        "relevance_words": {relevance.value: relevance.label for relevance in Relevance},
        "render_once": RenderOnce(),
    }


class RenderOnce:
    """`render_once(macro, *items)` in a template: the macro's output for these objects,
    rendered the first time and reused for the rest of the build.

    Material renders the label of every navigation item on every page, although a label
    depends on the item alone; `partials/nav-item.html` renders each label once per build
    instead (bench/README.md). A fresh instance comes with every build's globals.
    """

    def __init__(self) -> None:
        # Keyed by the objects' ids; they are kept in the value, so no id is reused meanwhile.
        self._rendered: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}

    def __call__(self, macro: Any, *items: Any) -> Any:
        key = (macro.name, *map(id, items))
        if key not in self._rendered:
            self._rendered[key] = (items, macro(*items))
        return self._rendered[key][1]


@lru_cache(maxsize=1024)
def dutch_date(value: date) -> str:
    """`24 november 2026`: dates on the site are written out in Dutch (CLDR's long date).
    Cached: many pages and embed cards show the same few dates, and Babel is not fast."""
    return format_date(value, format="long", locale="nl")


# Characters that may make inline Markdown (emphasis, code, links, HTML, entities, escapes),
# or a start that may make a block (list, quote, heading).
_MAY_BE_MARKDOWN = re.compile(r"[*_`\[\]<>&\\!]|^\s*(?:\d|[-+#>=|])")


@lru_cache(maxsize=1)
def _plain_markdown() -> markdown.Markdown:
    return markdown.Markdown()


def plain_text(text: str) -> str:
    """Inline Markdown as the words a reader sees: `**Toets.** Zie [de wet](…)` gives
    `Toets. Zie de wet`. For the start of a role's advice on its embed card, which shows text
    only (no links inside the card). Python-Markdown without the site's extensions: several
    times faster than the `markdown` filter, which adds up over thousands of cards; text with
    no character Markdown could give a meaning (most headings) is not converted at all."""
    if not _MAY_BE_MARKDOWN.search(text):
        return " ".join(text.split())
    return Markup(_plain_markdown().reset().convert(text)).striptags()  # noqa: S704 - stripped


def template_filters() -> dict[str, Callable[..., Any]]:
    return {"datum": dutch_date, "lead_and_rest": lead_and_rest, "platte_tekst": plain_text}


_HEADING_START = re.compile(r"<h[2-6][\s>]")


class _Depth(HTMLParser):
    """How many elements are open at the end of what it was fed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_ELEMENTS:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS:
            self.depth = max(self.depth - 1, 0)

    @property
    def between_elements(self) -> bool:
        """Outside every element, and not inside a comment or tag that was cut off."""
        return self.depth == 0 and not self.rawdata.lstrip().startswith("<")


def lead_and_rest(html: str) -> tuple[Markup, Markup]:
    """A page body's lead (what comes before its first section heading) and the rest.

    The principle template puts Omschrijving, Uitleg and Consequenties between the two, so that
    a page that opens with a paragraph keeps it at the top instead of under Consequenties. A body
    that starts with a heading has an empty lead. Only the text up to that heading is parsed (a
    heading inside another element, such as an admonition, is no section)."""
    parser = _Depth()
    parsed = 0
    for match in _HEADING_START.finditer(html):
        parser.feed(html[parsed : match.start()])
        parsed = match.start()
        if parser.between_elements:
            lead, rest = html[:parsed], html[parsed:]
            if not lead.strip():
                return Markup(""), Markup(html)  # noqa: S704 - the page's own rendered Markdown
            return Markup(lead), Markup(rest)  # noqa: S704
    return Markup(html), Markup("")  # noqa: S704


class _Page(Protocol):
    """What the macros need of the page being rendered (an MkDocs Page)."""

    @property
    def file(self) -> Any: ...


def action_macros(
    current_index: Callable[[], Index],
    env: Environment,
    current_page: Callable[[], _Page | None],
) -> dict[str, Callable[..., str]]:
    """`actiekaarten()` and `acties()` for mkdocs-macros: editors place cards themselves.

    Output is one line of HTML, so that a macro inside an indented tab keeps the tab intact.
    """

    def principle_of(principe: str | None) -> Principle | None:
        index = current_index()
        if principe is not None:
            return index.get(PrincipleKey.parse(principe))
        page = current_page()
        return index.for_page(page.file.src_uri) if page is not None else None

    def cards(principe: str | None, rol: str | None, status: str | None) -> list[Action]:
        index = current_index()
        principle = principle_of(principe)
        if principle is not None:
            return index.actions_for(principle, role=rol, status=status)
        return [
            a
            for a in index.actions
            if (rol is None or rol in a.roles) and (status is None or a.status.value == status)
        ]

    def render(template: str, found: list[Action], cards_role: Role | None = None) -> str:
        html = env.get_template(template).render(cards=found, cards_role=cards_role)
        return " ".join(html.split())

    def actiekaarten(rol: str | None = None, principe: str | None = None) -> str:
        """The whole "Direct aan de slag" block of this (or the named) principle; on its own
        page and without `rol`, the open role's cards first, as in the block's default place."""
        found = cards(principe, rol, None)
        own = principle_of(None) if rol is None and principe is None else None
        opening = own.opening_role if own is not None else None
        first = current_index().roles.get(opening) if opening is not None else None
        return render("partials/leidraad/action-cards.html", found, first) if found else ""

    def acties(
        status: str | None = None, rol: str | None = None, principe: str | None = None
    ) -> str:
        """Just the cards, narrowed by status and role, e.g. inside a role's tab."""
        found = cards(principe, rol, status)
        return render("partials/leidraad/action-list.html", found) if found else ""

    return {"actiekaarten": actiekaarten, "acties": acties}


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
