"""The content model: values that describe roles, collections, principles and relations.

Every value is a frozen dataclass: safe to share between pages, hashable, and ordered the way
a reader expects (principles by collection, then number).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

from principles.content import routes, texts


class Relevance(enum.Enum):
    """How much a principle matters for a role. Ordered from most to least relevant."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        """The word shown on the site, in its language (`principles.content.texts`)."""
        return texts.t(f"relevance.{self.value}")

    @property
    def url_word(self) -> str:
        """The Dutch word in addresses people share (`?relevantie=hoog`), in every language."""
        return _RELEVANCE_URL_WORDS[self]

    @property
    def rank(self) -> int:
        """0 for high, 2 for low: sort ascending to list the most relevant first."""
        return _RELEVANCE_ORDER.index(self)

    @classmethod
    def ordered(cls) -> tuple[Relevance, ...]:
        """Every value, most relevant first (the templates' global `relevances`)."""
        return _RELEVANCE_ORDER

    @classmethod
    def not_named_rank(cls) -> int:
        """The rank of a role a principle does not name: after every value."""
        return len(_RELEVANCE_ORDER)


_RELEVANCE_ORDER = (Relevance.HIGH, Relevance.MEDIUM, Relevance.LOW)
_RELEVANCE_URL_WORDS = {Relevance.HIGH: "hoog", Relevance.MEDIUM: "middel", Relevance.LOW: "laag"}


class Status(enum.Enum):
    """Where a principle is in its life cycle; shown as a badge."""

    CONCEPT = "concept"
    CONSULTATIE = "consultatie"
    VASTGESTELD = "vastgesteld"
    VERVALLEN = "vervallen"

    @property
    def label(self) -> str:
        return texts.t(f"status.{self.value}")

    @property
    def is_notable(self) -> bool:
        """Whether a list should mention the status: anything but the usual `vastgesteld`
        (cards and the navigation show only these; a principle's own page always does)."""
        return self is not Status.VASTGESTELD


DEFAULT_STATUS = Status.CONCEPT

RELATED_PRINCIPLES_TITLE = "Gerelateerde principes"
"""The generated section that lists a principle's relations (editors must not write it)."""


@dataclass(frozen=True, order=True)
class SourceRef:
    """A place in a content file: a path relative to the docs folder and a 1-based line."""

    path: str
    line: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Role:
    """A reader's role, such as Jurist. `id` is also the tab anchor: `#<id>`."""

    id: str
    label: str
    description: str = ""
    icon: str = ""
    aliases: tuple[str, ...] = ()
    """Other names for the role in front matter, links (`#<alias>`) and addresses: its
    `aliases` and its `former_ids` from the roles file."""
    former_ids: tuple[str, ...] = ()
    """Ids the role had before a rename, oldest first (also in `aliases`). API v1 keeps
    calling the role by the first (`principles.export`)."""
    source: SourceRef = field(default=SourceRef(""), compare=False, repr=False)

    @property
    def url(self) -> str:
        """Site-relative URL of the role's page (`principles.content.routes`)."""
        return routes.role_url(self.id)


@dataclass(frozen=True)
class Collection:
    """A set of principles published together, in `docs/<id>/`."""

    id: str
    title: str
    intro: str = ""
    roles: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    order: int | None = None
    """Its place on the site, lowest first; collections without one follow, by title."""
    colour: str = ""
    """`#rrggbb` of its principles on the relation maps (the editor's, or from the palette)."""
    role_tabs: bool = False
    """Every principle has a tab for each of `roles`, in that order (checked, as a warning)."""
    required_fields: tuple[str, ...] = ()
    """Front-matter fields every principle of the collection fills in (checked)."""
    source: SourceRef = field(default=SourceRef(""), compare=False, repr=False)

    @property
    def url(self) -> str:
        return routes.overview_url(self.id)


SLUG_WORDS = "[a-z0-9]+(-[a-z0-9]+)*"
"""A slug: lower-case words and digits joined by '-'. The one definition; the JSON schemas
repeat it in their patterns (a test checks that they do)."""
SLUG = re.compile(f"^{SLUG_WORDS}$")


def is_slug(text: str) -> bool:
    return SLUG.match(text) is not None


@dataclass(frozen=True, order=True)
class PrincipleKey:
    """The stable identity of a principle: its collection and its slug."""

    collection: str
    slug: str

    @classmethod
    def parse(cls, text: str, own_collection: str = "") -> PrincipleKey:
        """The key written as `collection/slug`, or as `slug` within `own_collection`."""
        collection, _, slug = text.rpartition("/")
        return cls(collection or own_collection, slug)

    def __str__(self) -> str:
        return f"{self.collection}/{self.slug}"

    @property
    def url(self) -> str:
        """Site-relative URL; intranets link here, so it never changes for a key."""
        return f"{self.collection}/{self.slug}/"

    @property
    def src_uri(self) -> str:
        """Path of the principle's page, relative to the docs folder."""
        return f"{self.collection}/{self.slug}/index.md"

    @classmethod
    def from_src_uri(cls, src_uri: str) -> PrincipleKey | None:
        """The key for `<collection>/<slug>/index.md`, or None for any other path."""
        parts = src_uri.split("/")
        if len(parts) == 3 and parts[2] == "index.md" and parts[0] and parts[1]:
            return cls(parts[0], parts[1])
        return None


class RelationKind(enum.Enum):
    """`related`: two principles support each other. `derived`: source is a local elaboration
    of target (a regional principle derived from a national one)."""

    RELATED = "related"
    DERIVED = "derived"


@dataclass(frozen=True, order=True)
class Relation:
    """A directed edge as an editor declared it: `source` names `target` in its front matter."""

    kind: RelationKind = field(compare=False)
    source: PrincipleKey
    target: PrincipleKey


@dataclass(frozen=True)
class Advice:
    """The start of a role's advice: the first heading of the role's tab on the principle page
    and the first paragraph or list item after it, both as Markdown ("" when there is none).
    A role's embed card shows it (`/embed/<collection>/<slug>/<role>/`)."""

    heading: str = ""
    lead: str = ""


@dataclass(frozen=True)
class Principle:
    """One principle page. `number` orders it within its collection."""

    key: PrincipleKey
    number: int
    title: str
    summary: str = ""
    status: Status = DEFAULT_STATUS
    relevance: tuple[tuple[str, Relevance], ...] = ()
    relations: tuple[PrincipleKey, ...] = ()
    derived_from: tuple[PrincipleKey, ...] = ()
    statement: str = ""
    rationale: str = ""
    implications: tuple[str, ...] = ()
    lead: str = field(default="", compare=False)
    """The body's Markdown before its first section heading or role tab (`body.body_lead`):
    only the API reads it (the rationale of a page without one). Not compared, so that the
    preview renders only the edited page after a text edit; `incremental.exports_unchanged`
    compares it for the API."""
    levels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    tabs: tuple[str, ...] = ()
    chosen_tab: str | None = None
    """The role tab the author opens the page on (`===+ "Jurist"`), if any."""
    advice: tuple[tuple[str, Advice], ...] = ()
    source: SourceRef = field(default=SourceRef(""), compare=False, repr=False)

    def __lt__(self, other: Principle) -> bool:
        return (self.key.collection, self.number, self.key.slug) < (
            other.key.collection,
            other.number,
            other.key.slug,
        )

    @property
    def collection(self) -> str:
        return self.key.collection

    @property
    def slug(self) -> str:
        return self.key.slug

    @property
    def url(self) -> str:
        return self.key.url

    @property
    def display_title(self) -> str:
        """Number and title, as in the navigation: `9. Integreer en pas technologie aan`."""
        return f"{self.number}. {self.title}"

    def relevance_for(self, role_id: str) -> Relevance | None:
        return dict(self.relevance).get(role_id)

    @property
    def by_relevance(self) -> tuple[tuple[str, Relevance], ...]:
        """The roles with their relevance, most relevant first; ties in the roles file's order."""
        return tuple(sorted(self.relevance, key=lambda item: item[1].rank))

    @property
    def opening_role(self) -> str | None:
        """The role tab the page opens on for a reader who has not chosen a role: the author's
        choice, else the most relevant role that has a tab, else the first tab."""
        if self.chosen_tab is not None:
            return self.chosen_tab
        for role_id, _ in self.by_relevance:
            if role_id in self.tabs:
                return role_id
        return self.tabs[0] if self.tabs else None

    def advice_for(self, role_id: str) -> Advice | None:
        """The start of the role's tab, or None when the page has no tab for the role."""
        return dict(self.advice).get(role_id)

    @property
    def named_roles(self) -> tuple[str, ...]:
        """Every role the principle names: those with a relevance (most relevant first, as
        the page lists them), then those that only have a tab."""
        ranked = tuple(role for role, _ in sorted(self.relevance, key=lambda r: r[1].rank))
        return ranked + tuple(role for role in self.tabs if role not in ranked)


class ActionStatus(enum.Enum):
    """How far a tool is; cards are ordered in this order."""

    BESCHIKBAAR = "beschikbaar"
    IN_ONTWIKKELING = "in-ontwikkeling"
    GEPLAND = "gepland"
    VEROUDERD = "verouderd"

    @property
    def label(self) -> str:
        return texts.t(f"action_status.{self.value}")

    @property
    def rank(self) -> int:
        return _ACTION_STATUS_RANK[self]

    @property
    def is_normal(self) -> bool:
        """Whether this is the status nearly every card has: a card shows no badge for it."""
        return self is NORMAL_ACTION_STATUS


_ACTION_STATUS_RANK = {status: rank for rank, status in enumerate(ActionStatus)}


class ActionKind(enum.Enum):
    """What an action is. The Hulpmiddelen page groups its cards by kind, in this order: what
    a reader can pick up and use first, what to read last."""

    HULPMIDDEL = "hulpmiddel"
    STANDAARD = "standaard"
    DIENST = "dienst"
    REGELGEVING = "regelgeving"
    KENNISBRON = "kennisbron"

    @property
    def label(self) -> str:
        """One of this kind, as a filter option: 'Standaard'."""
        return texts.t(f"action_kind.{self.value}.one")

    @property
    def heading(self) -> str:
        """The heading of this kind's group: 'Standaarden en afsprakenstelsels'."""
        return texts.t(f"action_kind.{self.value}.heading")


NORMAL_ACTION_STATUS = ActionStatus.BESCHIKBAAR
"""The status a card has unless it says otherwise; only other statuses earn a badge."""

DEFAULT_ACTION_KIND = ActionKind.HULPMIDDEL
"""An action that does not say what it is counts as a tool: the page is called Hulpmiddelen."""


@dataclass(frozen=True)
class Action:
    """A card: a named tool with a link, a button text (`cta`) and a status."""

    id: str
    name: str
    url: str
    description: str
    verb: str
    status: ActionStatus
    principles: tuple[PrincipleKey, ...]
    added: date
    roles: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    kind: ActionKind = DEFAULT_ACTION_KIND
    cta: str = ""
    former_ids: tuple[str, ...] = ()
    """Ids of actions that became this one (renamed or merged into it): API v1 keeps
    publishing them (`principles.export`)."""
    source: SourceRef = field(default=SourceRef(""), compare=False, repr=False)

    def __lt__(self, other: Action) -> bool:
        return (self.status.rank, self.name.casefold()) < (other.status.rank, other.name.casefold())

    @property
    def link_text(self) -> str:
        """What the button says: the registry's own call to action ('Lees de AI-verordening'),
        or 'Bekijk <name>' when it has none. Never glued from name and verb: that gives odd
        Dutch ('IAMA toetsen')."""
        return self.cta or texts.t("actions.see", name=self.name)

    @property
    def external(self) -> bool:
        return self.url.startswith(("http://", "https://"))
