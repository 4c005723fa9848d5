"""Pages that Leidraad adds to a site: their paths and their Markdown source.

The Markdown is small (front matter and an intro); templates in `overrides/` render the rest
from the index, so these pages get the theme, search, the sitemap and link checks like any page.
"""

from __future__ import annotations

from collections.abc import Container

import yaml

from principles.index import Index


def generated_pages(index: Index, existing: Container[str]) -> dict[str, str]:
    """Source of each page to add, by path relative to the docs folder; existing pages win."""
    pages: dict[str, str] = {}
    for collection in index.collections.values():
        pages[f"{collection.id}/index.md"] = markdown_page(
            {"title": collection.title}, collection.intro
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
    return None
