"""Hand-written lists of related principles, recognised by what they hold: a section of a page
that is nothing but a list of links to principles, whatever its heading says ("Gerelateerde
richtlijnen", "Zie ook", …). Leidraad makes that list itself from `relations`: the check says
so (LD411), and `principles import` moves such lists into `relations`."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable, Iterable
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from principles.content.body import LinkList
from principles.content.draft import Draft
from principles.content.model import PrincipleKey, SourceRef
from principles.content.problems import Problem, warning

T = TypeVar("T")


def link_target(url: str, page: str, page_url_folder: str | None = None) -> str | None:
    """The path, relative to the docs folder and without a trailing '/', that a link on `page`
    (docs-relative, '/'-separated) points to, as MkDocs resolves it: a `.md` link from the
    page's folder, another address from the folder of the page's URL (`page_url_folder`; for an
    `index.md` that is the page's own folder). None for another site's address, a mail address,
    a link to a place on the page itself, or one that leaves the docs folder."""
    parts = urlsplit(url.strip())
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        folder = ""
    elif path.endswith(".md") or page_url_folder is None:
        folder = page.rpartition("/")[0]
    else:
        folder = page_url_folder
    joined = posixpath.normpath(posixpath.join(folder, path.lstrip("/")))
    if joined in (".", "") or joined == ".." or joined.startswith("../"):
        return None
    return joined


def principle_linked(url: str, page: str, known: Iterable[PrincipleKey]) -> PrincipleKey | None:
    """The principle a link on principle page `page` (`<collection>/<slug>/index.md`) points
    to: `../twee/index.md`, `../twee/`, `/alpha/twee/` or `../../beta/drie/index.md`."""
    target = link_target(url, page)
    if target is None:
        return None
    target = target.removesuffix("/index.md")
    collection, _, slug = target.partition("/")
    if not slug or "/" in slug or slug.endswith(".md"):
        return None
    key = PrincipleKey(collection, slug)
    return key if key in known else None


def related_targets(listing: LinkList, resolve: Callable[[str], T | None]) -> list[T] | None:
    """What the links of `listing` point to, when the section is nothing but that list and
    every link resolves (`resolve`: an address to its principle, or None); None otherwise."""
    if not listing.alone:
        return None
    targets: list[T] = []
    for link in listing.links:
        target = resolve(link.url)
        if target is None:
            return None
        targets.append(target)
    return targets


def check_related_lists(
    drafts: Iterable[Draft], known: frozenset[PrincipleKey], problems: list[Problem]
) -> None:
    """LD411: a section of a principle page that only lists links to this site's principles
    is the generated "Gerelateerde principes" written by hand."""
    for draft in drafts:
        own = draft.principle.key
        rel = draft.principle.source.path
        resolve = functools.partial(principle_linked, page=rel, known=known)
        for listing in draft.link_lists:
            keys = related_targets(listing, resolve)
            if not keys:
                continue
            written = dict.fromkeys(
                key.slug if key.collection == own.collection else str(key) for key in keys
            )
            problems.append(
                warning(SourceRef(rel, listing.heading.line), "LD411",
                        heading=listing.heading.text, relations=", ".join(written))
            )  # fmt: skip
