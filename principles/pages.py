"""Pages that Leidraad adds to a site: their paths and their Markdown source.

The Markdown is small (front matter and an intro); templates in `overrides/` render the rest
from the index, so these pages get the theme, search, the sitemap and link checks like any page.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

import yaml

from principles.index import Index
from principles.model import Role

# Folders of the pages Leidraad generates.
ROLES_FOLDER = "rollen"
MAP_FOLDER = "kaart"
TOOLS_FOLDER = "hulpmiddelen"
ASSESSMENT_FOLDER = "toetsing"
RESERVED_SLUGS = frozenset({MAP_FOLDER, ASSESSMENT_FOLDER})
"""Pages Leidraad generates inside a collection folder: no principle may use these slugs."""

# The intros of those pages; the templates render the rest.
ROLES_INTRO = (
    "Kies je rol en zie welke principes voor jou het meest tellen. Op elke principepagina "
    "opent dan meteen het tabblad van jouw rol."
)
MAP_INTRO = (
    "Elk principe is een punt op de cirkel; een lijn verbindt principes die met elkaar "
    "samenhangen, een gestippelde lijn een principe met het principe waarvan het is afgeleid. "
    "De kleur van een punt is die van zijn verzameling. Kies een punt om het principe te "
    "openen. Dezelfde relaties staan ook als lijst op deze pagina."
)
TOOLS_INTRO = (
    "Alle hulpmiddelen, standaarden en diensten die bij de principes horen, op één plek. "
    "Ze staan per soort bij elkaar; kies je rol, een soort of een principe om de lijst te "
    "verkleinen."
)
ASSESSMENT_INTRO = (
    "Toets een projectplan of aanbesteding aan elk principe uit '{title}'. Kies eerst voor welke "
    "rollen{levels} je toetst. Geef dan per principe aan of je het toepast, ervan afwijkt of dat "
    "het niet van toepassing is. Wijk je af, leg dan uit waarom: dat is 'pas toe of leg uit'. "
    "Exporteer het resultaat voor je projectplan, of bewaar het als JSON om later verder te gaan."
)


def generated_pages(index: Index, existing: Container[str]) -> dict[str, str]:
    """Source of each page to add, by path relative to the docs folder; existing pages win."""
    pages: dict[str, str] = {}
    for collection in index.collections.values():
        pages[f"{collection.id}/index.md"] = markdown_page(
            {"title": collection.title}, collection.intro
        )
        pages[f"{collection.id}/{ASSESSMENT_FOLDER}/index.md"] = markdown_page(
            {"title": "Toetsing: pas toe of leg uit", "hide": ["toc"]},
            ASSESSMENT_INTRO.format(
                title=collection.title, levels=" en op welk niveau" if collection.levels else ""
            ),
        )
        pages[f"{collection.id}/{MAP_FOLDER}/index.md"] = markdown_page(
            {"title": "Relatiekaart", "hide": ["toc"]}, MAP_INTRO
        )
    # Not "Relatiekaart" as well: in the navigation it stands next to the collection's map.
    pages[f"{MAP_FOLDER}/index.md"] = markdown_page(
        {"title": "Relatiekaart van alle principes", "hide": ["toc"]}, MAP_INTRO
    )
    pages[f"{ROLES_FOLDER}/index.md"] = markdown_page({"title": "Rollen"}, ROLES_INTRO)
    if len(index.actions):
        pages[f"{TOOLS_FOLDER}/index.md"] = markdown_page(
            {"title": "Hulpmiddelen", "hide": ["toc"]}, TOOLS_INTRO
        )
    for role in index.roles:
        pages[f"{ROLES_FOLDER}/{role.id}/index.md"] = markdown_page(
            {"title": role.label, "description": role.description}
        )
    return {path: source for path, source in pages.items() if path not in existing}


def markdown_page(meta: dict[str, object], body: str = "") -> str:
    """A Markdown page with YAML front matter; values are quoted by the YAML dumper."""
    front_matter = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front_matter}---\n\n{body.strip()}\n"


def page_template(index: Index, src_uri: str) -> str | None:
    """The template in `overrides/` that renders this page, if Leidraad renders it."""
    if index.for_page(src_uri) is not None:
        return "principle.html"
    folder, _, name = src_uri.partition("/")
    if name == "index.md" and folder in index.collections:
        return "overview.html"
    if folder in index.collections and name == f"{ASSESSMENT_FOLDER}/index.md":
        return "assessment.html"
    if src_uri == f"{MAP_FOLDER}/index.md" or (
        folder in index.collections and name == f"{MAP_FOLDER}/index.md"
    ):
        return "relation-map.html"
    if src_uri == f"{TOOLS_FOLDER}/index.md":
        return "tools.html"
    if folder == ROLES_FOLDER:
        return "roles.html" if name == "index.md" else "role.html"
    return None


BODY_PARTIALS = {
    "overview.html": "partials/leidraad/overview.html",
    "assessment.html": "partials/leidraad/assessment.html",
    "relation-map.html": "partials/leidraad/relation-map-page.html",
    "tools.html": "partials/leidraad/tools.html",
    "roles.html": "partials/leidraad/roles.html",
    "role.html": "partials/leidraad/role.html",
}
"""The partial that renders the body of each generated page from the index.

The hook renders it into `page.content` before Material's search plugin reads that, so search
indexes what readers see (a generated page's Markdown is only its title and intro)."""

PRINCIPLE_FIELDS_PARTIAL = "partials/leidraad/principle-fields.html"
"""Omschrijving, Uitleg and Consequenties: put before a principle page's content, for search."""


def body_partial(index: Index, src_uri: str) -> str | None:
    """The partial that renders this generated page's body, if Leidraad generates it."""
    template = page_template(index, src_uri)
    return BODY_PARTIALS.get(template) if template is not None else None


ERROR_TEMPLATE = "content-error.html"
"""Renders a page whose source file has an error: its messages, none of its content."""


def error_page_meta(index: Index, src_uri: str) -> dict[str, Any]:
    """The front matter a page with errors is rendered with, instead of its own: its title is
    the principle's (validated) title or a plain description, never the author's raw text."""
    principle = index.for_page(src_uri)
    shown = re.sub(r"[^\w./-]", "", src_uri)
    title = f"{principle.display_title} (bevat fouten)" if principle else f"Fout in {shown}"
    return {"title": title, "template": ERROR_TEMPLATE, "search": {"exclude": True}}


def role_for_page(index: Index, src_uri: str) -> Role | None:
    """The role whose page this is: `rollen/<role>/index.md`."""
    parts = src_uri.split("/")
    if len(parts) == 3 and parts[0] == ROLES_FOLDER and parts[2] == "index.md":
        return index.roles.get(parts[1])
    return None


def alias_redirects(index: Index) -> dict[str, str]:
    """Old page path → current page path, for every alias of every principle, and for every
    alias of a role (`/rollen/developer/` → `/rollen/ontwikkelaar/`)."""
    redirects = {alias.src_uri: key.src_uri for alias, key in sorted(index.aliases.items())}
    for role in index.roles:
        for alias in role.aliases:
            redirects[f"{ROLES_FOLDER}/{alias}/index.md"] = f"{ROLES_FOLDER}/{role.id}/index.md"
    return redirects
