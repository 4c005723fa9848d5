"""The route registry: where every page Leidraad generates lives, and every other address it
writes (embed cards, the API, the feed).

One entry per kind of generated page: its folder (the URL segment), its page template and the
partial that renders its body, its Dutch title and intro, its place in the navigation, and the
URL builder. Python (pages, nav, model, export, redirects, search) and the templates (the
global `routes`: `routes.map_url(collection)`, `routes.role_url(role)`, …) take addresses from
here, so a new kind of generated page is one `PageKind` (listed in `page_kinds`) plus its
templates.

The addresses are a contract (intranets link to them): change a folder only with redirects.
Code reads the entries through this module at call time (`routes.ROLE`, never a copied
constant), so that a test can build a site with other folders and see every link follow.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Protocol

from principles.content import texts


class Scope(enum.Enum):
    """For what a page of a kind is made."""

    SITE = "site"
    """One page for the site: `<folder>/`."""
    COLLECTION = "collection"
    """One page per collection, inside its folder: `<collection>/<folder>/`."""
    ROLE = "role"
    """One page per role: `<folder>/<role>/`."""


class Nav(enum.Enum):
    """Where the navigation (`principles.site.nav`) puts the pages of a kind."""

    HEADS_COLLECTION = "heads-collection"
    """First in its collection's section: Material links the section to it."""
    IN_COLLECTION = "in-collection"
    """In its collection's section, after the principles (pages of the collection in path order)."""
    SECTION = "section"
    """After the collections: a section with the kind's title holding the pages of its folder
    (its own page first, then the pages of the kinds `IN_SECTION` of that folder)."""
    ENTRY = "entry"
    """After the collections: its page as an entry of its own."""
    IN_SECTION = "in-section"
    """In the section of its folder, in the order of the roles file."""


@dataclass(frozen=True)
class PageKind:
    """A kind of page Leidraad generates from the index."""

    name: str
    folder: str
    """The URL segment ("" for a collection's own page)."""
    scope: Scope
    template: str
    """The page template in `overrides/`."""
    body: str
    """The partial that renders the page's body from the index (into `page.content`)."""
    nav: Nav
    texts: str = ""
    """Key of its title and intro in the interface texts (`principles.content.texts`:
    `<texts>.title`, `<texts>.intro`); "" for the title of its collection or role and no intro."""
    hide_toc: bool = False
    requires_actions: bool = False
    """Only made when the action registry has actions."""

    @property
    def title(self) -> str:
        """Its title in the site's language; "" for the title of its collection or role."""
        return _text(f"{self.texts}.title") if self.texts else ""

    @property
    def intro(self) -> str:
        """The text under the title (a collection's page: `{title}` is the collection's title
        and `{levels}` says "and at what level" when the collection has levels)."""
        return _text(f"{self.texts}.intro") if self.texts else ""

    def url(self, owner: str = "") -> str:
        """Site-relative URL of the page (of `owner`: a collection's or role's id)."""
        if self.scope is Scope.SITE:
            return f"{self.folder}/"
        if self.scope is Scope.ROLE:
            return f"{self.folder}/{owner}/"
        return f"{owner}/{self.folder}/" if self.folder else f"{owner}/"

    def src_uri(self, owner: str = "") -> str:
        """Path of the page's Markdown source, relative to the docs folder."""
        return f"{self.url(owner)}index.md"

    def owner_of(self, src_uri: str) -> str | None:
        """The collection or role whose page of this kind `src_uri` is ("" for a site page),
        or None when it is no page of this kind. The owner is not looked up."""
        parts = src_uri.split("/")
        if self.scope is Scope.SITE:
            return "" if parts == [self.folder, "index.md"] else None
        if len(parts) == (3 if self.folder else 2) and parts[-1] == "index.md":
            if self.scope is Scope.ROLE and parts[0] == self.folder:
                return parts[1] or None
            if self.scope is Scope.COLLECTION and (not self.folder or parts[1] == self.folder):
                return parts[0] or None
        return None

    def is_published(self, actions: Sized) -> bool:
        """Whether the site has this page (given the action registry)."""
        return not self.requires_actions or len(actions) > 0


def _text(key: str) -> str:
    return texts.t(key)


_ROLES_FOLDER = "rollen"
_MAP_FOLDER = "kaart"

OVERVIEW = PageKind(
    name="overview",
    folder="",
    scope=Scope.COLLECTION,
    template="overview.html",
    body="partials/leidraad/overview.html",
    nav=Nav.HEADS_COLLECTION,
)
"""A collection's overview: its title and intro (from `_collection.yml`) and its principles."""

ASSESSMENT = PageKind(
    name="assessment",
    folder="toetsing",
    scope=Scope.COLLECTION,
    template="assessment.html",
    body="partials/leidraad/assessment.html",
    nav=Nav.IN_COLLECTION,
    texts="routes.assessment",
    hide_toc=True,
)

COLLECTION_MAP = PageKind(
    name="collection-map",
    folder=_MAP_FOLDER,
    scope=Scope.COLLECTION,
    template="relation-map.html",
    body="partials/leidraad/relation-map-page.html",
    nav=Nav.IN_COLLECTION,
    texts="routes.collection_map",
    hide_toc=True,
)

ROLES = PageKind(
    name="roles",
    folder=_ROLES_FOLDER,
    scope=Scope.SITE,
    template="roles.html",
    body="partials/leidraad/roles.html",
    nav=Nav.SECTION,
    texts="routes.roles",
    # What a reader finds per collection (a tab with advice, or only the relevance) is said
    # by the body partial, from each collection's `role_tabs`: no promise the content breaks.
)

ROLE = PageKind(
    name="role",
    folder=_ROLES_FOLDER,
    scope=Scope.ROLE,
    template="role.html",
    body="partials/leidraad/role.html",
    nav=Nav.IN_SECTION,
)
"""A role's page: its label and description (from the roles file) and its principles."""

SITE_MAP = PageKind(
    name="map",
    folder=_MAP_FOLDER,
    scope=Scope.SITE,
    template="relation-map.html",
    body="partials/leidraad/relation-map-page.html",
    nav=Nav.ENTRY,
    # Not the collection map's title as well: in the navigation it stands next to that map.
    texts="routes.site_map",
    hide_toc=True,
)

TOOLS = PageKind(
    name="tools",
    folder="hulpmiddelen",
    scope=Scope.SITE,
    template="tools.html",
    body="partials/leidraad/tools.html",
    nav=Nav.SECTION,
    texts="routes.tools",
    hide_toc=True,
    requires_actions=True,
)


def page_kinds() -> tuple[PageKind, ...]:
    """Every kind of generated page; site kinds in the order of the navigation."""
    return (OVERVIEW, ASSESSMENT, COLLECTION_MAP, ROLES, ROLE, SITE_MAP, TOOLS)


def kinds_of(src_uri: str) -> Iterator[tuple[PageKind, str]]:
    """The kinds of generated page `src_uri` may be, each with its owner's id (not looked up:
    `rollen/index.md` may be the roles page or the overview of a collection `rollen`)."""
    for kind in page_kinds():
        owner = kind.owner_of(src_uri)
        if owner is not None:
            yield kind, owner


def generated(
    collections: Iterable[str], roles: Iterable[str], actions: Sized
) -> Iterator[tuple[PageKind, str]]:
    """Every page Leidraad generates, as its kind and its owner: a collection's or a role's id,
    "" for a page of the site (given the action registry, `PageKind.is_published`)."""
    for kind in page_kinds():
        if not kind.is_published(actions):
            continue
        if kind.scope is Scope.SITE:
            yield kind, ""
        else:
            yield from (
                (kind, owner)
                for owner in (collections if kind.scope is Scope.COLLECTION else roles)
            )


def reserved_slugs() -> frozenset[str]:
    """Folders Leidraad generates inside a collection folder: no principle may use them."""
    return frozenset(
        kind.folder for kind in page_kinds() if kind.scope is Scope.COLLECTION and kind.folder
    )


# URL builders for templates and code: `routes.map_url(collection)` and so on.


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def _id(owner: str | _HasId) -> str:
    return owner if isinstance(owner, str) else owner.id


def overview_url(collection: str | _HasId) -> str:
    return OVERVIEW.url(_id(collection))


def assessment_url(collection: str | _HasId) -> str:
    return ASSESSMENT.url(_id(collection))


def map_url(collection: str | _HasId | None = None) -> str:
    """The relation map of `collection`, or of every principle."""
    return SITE_MAP.url() if collection is None else COLLECTION_MAP.url(_id(collection))


def roles_url() -> str:
    return ROLES.url()


def role_url(role: str | _HasId) -> str:
    return ROLE.url(_id(role))


def tools_url() -> str:
    return TOOLS.url()


# Addresses that are not site pages.

EMBED_ROOT = "embed"
API_VERSION = 1
API_ROOT = f"api/v{API_VERSION}"
FEED = "feed.xml"


class _HasUrl(Protocol):
    @property
    def url(self) -> str: ...


class _HasKey(Protocol):
    @property
    def collection(self) -> str: ...

    @property
    def slug(self) -> str: ...


def embed_path(principle: _HasUrl, role: str | None = None) -> str:
    """Site-relative URL of a principle's embed card (a `Principle` or `PrincipleKey`), or of the
    card for one of its roles: `embed/<collection>/<slug>/` and `embed/<collection>/<slug>/<role>/`.
    The export, the embed pages and the templates (`routes.embed_path`) use it."""
    return f"{EMBED_ROOT}/{principle.url}{role}/" if role else f"{EMBED_ROOT}/{principle.url}"


EMBED_AUTO_HEIGHT_FILE = "automatisch.html"
"""Next to each embed card's `index.html`: the same card with the script that reports its height
(`assets/leidraad/embed-frame.js`), for the snippet with the automatic height. The card at the
folder's address has no script, so a frame sandboxed without `allow-scripts` blocks nothing
(and logs nothing in the host page's console)."""


def embed_auto_height_path(principle: _HasUrl, role: str | None = None) -> str:
    """Site-relative URL of the card of `embed_path` that reports its height."""
    return embed_path(principle, role) + EMBED_AUTO_HEIGHT_FILE


def api_path(principle: _HasKey) -> str:
    """Site-relative URL of a principle's API document."""
    return f"{API_ROOT}/{principle.collection}/{principle.slug}.json"


def absolute(site_url: str, path: str) -> str:
    """`path` (site-relative) under `site_url`; a site URL of '/' gives root-relative URLs."""
    return site_url.rstrip("/") + "/" + path.lstrip("/")


@dataclass(frozen=True)
class EmbedFrame:
    """How the `<iframe>` snippets for embed cards are written (`partials/leidraad/share.html`)
    and what the README promises about them."""

    height: int
    """Pixels: the tallest card the embed layout allows, at 320 px wide. The card clamps each
    text to a number of lines of a fixed height (`assets/leidraad/embed.css`), so this bound
    holds for any content; `tests/test_embed_browser.py` measures a card with every text at its
    longest and fails when it no longer fits, or fits with room to spare."""
    sandbox: str
    """The sandbox flags a host page may set and the card still works: its links open the
    principle in a new tab (`allow-popups`), outside the sandbox (so the site's scripts run)."""
    auto_height_sandbox: str
    """The flags with the optional automatic height: the card's own script reports its height."""
    host_script: str
    """The host page's half of the automatic height (site-relative)."""


EMBED_FRAME = EmbedFrame(
    height=384,
    sandbox="allow-popups allow-popups-to-escape-sandbox",
    auto_height_sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox",
    host_script="assets/leidraad/embed-host.js",
)
