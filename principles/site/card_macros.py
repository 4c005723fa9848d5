"""The macros editors call on pages with `render_macros: true` (mkdocs-macros): they place
action cards themselves. `principles.content.macros` checks the calls; this module implements them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from jinja2 import Environment

from principles.content.index import Index
from principles.content.model import Action, Principle, PrincipleKey, Role
from principles.content.sections import CARDS_PLACED, SECTION
from principles.content.texts import template_globals as text_globals


class _Page(Protocol):
    """What the macros need of the page being rendered (an MkDocs Page)."""

    @property
    def file(self) -> Any: ...

    @property
    def meta(self) -> dict[str, Any]: ...


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
        html = env.get_template(template).render(
            cards=found, cards_role=cards_role, section=SECTION["actions"], **text_globals()
        )
        return " ".join(html.split())

    def actiekaarten(rol: str | None = None, principe: str | None = None) -> str:
        """The whole "Direct aan de slag" block of this (or the named) principle; on its own
        page and without `rol`, the open role's cards first, as in the block's default place."""
        found = cards(principe, rol, None)
        own = principle_of(None) if rol is None and principe is None else None
        opening = own.opening_role if own is not None else None
        first = current_index().roles.get(opening) if opening is not None else None
        if not found:
            return ""
        # The page has its block now: the template leaves out the default one (its heading's
        # id would be there twice), and the table of contents lists it once (sections.py).
        page = current_page()
        if page is not None:
            page.meta[CARDS_PLACED] = True
        return render(SECTION["actions"].partial, found, first)

    def acties(
        status: str | None = None, rol: str | None = None, principe: str | None = None
    ) -> str:
        """Just the cards, narrowed by status and role, e.g. inside a role's tab."""
        found = cards(principe, rol, status)
        return render("partials/leidraad/action-list.html", found) if found else ""

    return {"actiekaarten": actiekaarten, "acties": acties}
