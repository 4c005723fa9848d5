"""Pages that Leidraad adds to a site: their Markdown source, and which template renders a page.

The kinds of page, their addresses, titles and templates are in `principles.content.routes`. The
Markdown is small (front matter and an intro); templates in `overrides/` render the rest from
the index, so these pages get the theme, search, the sitemap and link checks like any page.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

import yaml

from principles.content import texts
from principles.content import routes
from principles.content.index import Index
from principles.content.model import Role
from principles.content.routes import Scope


def generated_pages(index: Index, existing: Container[str]) -> dict[str, str]:
    """Source of each page to add, by path relative to the docs folder; existing pages win.
    One page per kind of `principles.content.routes` (per collection, per role, or one for the site)."""
    pages: dict[str, str] = {}
    roles = {role.id: role for role in index.roles}
    for kind, owner in routes.generated(index.collections, roles, index.actions):
        if kind.scope is Scope.SITE:
            pages[kind.src_uri()] = markdown_page(_meta(kind, kind.title), kind.intro)
        elif kind.scope is Scope.COLLECTION:
            collection = index.collections[owner]
            levels = texts.t("routes.assessment.levels") if collection.levels else ""
            intro = kind.intro.format(title=collection.title, levels=levels)
            pages[kind.src_uri(collection.id)] = markdown_page(
                _meta(kind, kind.title or collection.title), intro or collection.intro
            )
        else:
            role = roles[owner]
            meta = _meta(kind, kind.title or role.label) | {"description": role.description}
            pages[kind.src_uri(role.id)] = markdown_page(meta, kind.intro)
    return {path: source for path, source in pages.items() if path not in existing}


def _meta(kind: routes.PageKind, title: str) -> dict[str, object]:
    return {"title": title, "hide": ["toc"]} if kind.hide_toc else {"title": title}


def markdown_page(meta: dict[str, object], body: str = "") -> str:
    """A Markdown page with YAML front matter; values are quoted by the YAML dumper."""
    front_matter = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front_matter}---\n\n{body.strip()}\n"


def page_template(index: Index, src_uri: str) -> str | None:
    """The template in `overrides/` that renders this page, if Leidraad renders it."""
    if index.for_page(src_uri) is not None:
        return "principle.html"
    kind = generated_kind(index, src_uri)
    return kind.template if kind is not None else None


def generated_kind(index: Index, src_uri: str) -> routes.PageKind | None:
    """The kind of generated page this is (`principles.content.routes`), if its owner exists."""
    for kind, owner in routes.kinds_of(src_uri):
        if kind.scope is Scope.COLLECTION and owner not in index.collections:
            continue
        if kind.scope is Scope.ROLE and index.roles.get(owner) is None:
            continue
        if kind.is_published(index.actions):
            return kind
    return None


PRINCIPLE_FIELDS_PARTIAL = "partials/leidraad/principle-fields.html"
"""Omschrijving, Uitleg and Consequenties: put before a principle page's content, for search."""


def body_partial(index: Index, src_uri: str) -> str | None:
    """The partial that renders this generated page's body, if Leidraad generates it; the plugin
    renders it into `page.content` before Material's search plugin reads that, so search
    indexes what readers see (a generated page's Markdown is only its title and intro)."""
    if index.for_page(src_uri) is not None:
        return None
    kind = generated_kind(index, src_uri)
    return kind.body if kind is not None else None


ERROR_TEMPLATE = "content-error.html"
"""Renders a page whose source file has an error: its messages, none of its content."""


def error_page_meta(index: Index, src_uri: str) -> dict[str, Any]:
    """The front matter a page with errors is rendered with, instead of its own: its title is
    the principle's (validated) title or a plain description, never the author's raw text."""
    principle = index.for_page(src_uri)
    shown = re.sub(r"[^\w./-]", "", src_uri)
    title = (
        texts.t("content_error.page_title", title=principle.display_title)
        if principle
        else texts.t("content_error.file_title", path=shown)
    )
    return {"title": title, "template": ERROR_TEMPLATE, "search": {"exclude": True}}


def role_for_page(index: Index, src_uri: str) -> Role | None:
    """The role whose page this is (`routes.ROLE`: `rollen/<role>/index.md`)."""
    owner = routes.ROLE.owner_of(src_uri)
    return index.roles.get(owner) if owner is not None else None


def alias_redirects(index: Index) -> dict[str, str]:
    """Old page path → current page path, for every alias of every principle, and for every
    alias of a role (`/rollen/developer/` → `/rollen/ontwikkelaar/`)."""
    redirects = {alias.src_uri: key.src_uri for alias, key in sorted(index.aliases.items())}
    for role in index.roles:
        for alias in role.aliases:
            redirects[routes.ROLE.src_uri(alias)] = routes.ROLE.src_uri(role.id)
    return redirects
