"""A principle as read from its file, before references to other principles are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from principles.content.body import LinkList
from principles.content.model import Principle, PrincipleKey, SourceRef


@dataclass(frozen=True)
class Reference:
    """A principle reference as written in front matter, before it is resolved."""

    text: str
    source: SourceRef

    def key(self, own_collection: str) -> PrincipleKey:
        return PrincipleKey.parse(self.text, own_collection)


@dataclass
class Draft:
    """A principle read from its file, with its references still unresolved: `principle`
    has `relations` and `derived_from` as written (each read against its own collection)
    until `link` resolves them."""

    principle: Principle
    number_source: SourceRef
    relations: list[Reference] = field(default_factory=list)
    derived_from: list[Reference] = field(default_factory=list)
    aliases: list[Reference] = field(default_factory=list)
    actions: list[Reference] = field(default_factory=list)
    link_lists: tuple[LinkList, ...] = ()
    """Sections of the body that are only a list of links (checked against the registry)."""
    broken: bool = False
    """The file has front-matter errors: its references are checked, but it is no principle
    of the site (its page shows its errors)."""
