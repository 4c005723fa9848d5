"""The site navigation as data (MkDocs' `nav` format), generated from the index.

Principles appear in number order under their collection, so a new principle cannot be left
out of the navigation and no editor has to maintain a list by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any, Protocol

from principles.content import routes
from principles.content.index import Index
from principles.content.routes import Nav, PageKind, Scope

NavItem = str | dict[str, Any]


def build_nav(index: Index, pages: Iterable[str]) -> list[NavItem]:
    """Navigation for every Markdown page in `pages` (paths relative to the docs folder).

    Order: the home page, each collection (its overview, its principles by number, then its
    other pages), the site's generated pages (`principles.content.routes`: a section or an entry each,
    in the registry's order), then every other top-level page or folder in path order.
    """
    by_folder: dict[str, list[str]] = {}
    top_level: list[str] = []
    for page in sorted(pages):
        parts = PurePosixPath(page).parts
        if len(parts) == 1:
            top_level.append(page)
        else:
            by_folder.setdefault(parts[0], []).append(page)

    nav: list[NavItem] = []
    if "index.md" in top_level:
        nav.append("index.md")
    for collection in index.collections.values():
        pages_of_collection = by_folder.pop(collection.id, [])
        nav.append({collection.title: _collection_nav(index, collection.id, pages_of_collection)})
    # The site's generated pages, in the order of the route registry.
    for kind in routes.page_kinds():
        if kind.scope is not Scope.SITE:
            continue
        folder_pages = by_folder.pop(kind.folder, [])
        if folder_pages and kind.nav is Nav.SECTION:
            nav.append({kind.title: _section_nav(index, kind, folder_pages)})
        elif folder_pages:
            nav.extend(folder_pages)
    nav.extend(page for page in top_level if page != "index.md")
    for folder, folder_pages in by_folder.items():
        nav.append({folder.replace("-", " ").capitalize(): _folder_nav(folder, folder_pages)})
    return nav


def _collection_nav(index: Index, collection_id: str, pages: list[str]) -> list[NavItem]:
    """The overview, the principles in number order (each with the other pages of its folder
    nested under it), then the collection's other pages."""
    overview = next(
        (k.src_uri(collection_id) for k in routes.page_kinds() if k.nav is Nav.HEADS_COLLECTION),
        "",
    )
    items: list[NavItem] = [overview] if overview in pages else []
    folders: dict[str, list[str]] = {}  # principle folder → its pages, index.md first
    for page in pages:
        parts = PurePosixPath(page).parts
        if len(parts) >= 3 and f"{parts[0]}/{parts[1]}/index.md" in pages:
            folders.setdefault(f"{parts[0]}/{parts[1]}/index.md", []).append(page)
    nested = {page for folder_pages in folders.values() for page in folder_pages}
    for principle in index.in_collection(collection_id):
        src_uri = principle.key.src_uri
        if src_uri in folders:
            folder_pages = _index_first(src_uri, folders.pop(src_uri))
            target: str | list[str] = folder_pages if len(folder_pages) > 1 else src_uri
            items.append({principle.display_title: target})
    # Pages of the collection that are not principles (about, assessment), and principle
    # folders too broken to be in the index, so that nothing silently drops out of the nav.
    for page in pages:
        if page in folders:
            items.extend(_index_first(page, folders.pop(page)))
        elif page != overview and page not in nested:
            items.append(page)
    return items


def _index_first(index_page: str, pages: list[str]) -> list[str]:
    """A folder's pages with its index.md first (Material then links the section to it)."""
    return [index_page, *sorted(page for page in pages if page != index_page)]


def _section_nav(index: Index, kind: PageKind, pages: list[str]) -> list[NavItem]:
    """The section of a site kind (`Nav.SECTION`): its own page, then the pages of the role
    kinds in its folder (each role in the order of the roles file), then the folder's others."""
    ordered = [kind.src_uri()] + [
        member.src_uri(role.id)
        for member in routes.page_kinds()
        if member.nav is Nav.IN_SECTION and member.folder == kind.folder
        for role in index.roles
    ]
    items: list[NavItem] = [page for page in ordered if page in pages]
    items.extend(page for page in pages if page not in ordered)
    return items


def _folder_nav(folder: str, pages: list[str]) -> list[NavItem]:
    index_page = f"{folder}/index.md"
    items: list[NavItem] = [index_page] if index_page in pages else []
    items.extend(page for page in pages if page != index_page)
    return items


class _InNav(Protocol):
    @property
    def ancestors(self) -> Iterable[object]: ...


def same_part(page: _InNav, other: _InNav | None) -> bool:
    """Whether `other` is in the same part of the navigation as `page`: the same top-level
    section (a collection, Rollen, Hulpmiddelen), or both outside every section. The footer's
    "Vorige" and "Volgende" link only such a neighbour: before this, the second collection's
    overview offered the first collection's assessment as "Vorige", under the same title as
    its own ("Toetsing: pas toe of leg uit")."""
    if other is None:
        return False
    return _top(page) is _top(other)


def _top(page: _InNav) -> object:
    """The outermost section holding `page` (MkDocs lists the ancestors innermost first)."""
    ancestors = list(page.ancestors)
    return ancestors[-1] if ancestors else None
