"""The registries an `Index` holds: roles by id, alias or tab label (`RoleRegistry`) and the action
cards (`ActionRegistry`, `actions_for`); lookups only. Reading and checking their files is
`roles`' and `actions`' work."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from pymdownx.slugs import slugify

from principles.content.model import Action, ActionKind, ActionStatus, Principle, PrincipleKey, Role

# The anchor of a tab: its label in lower case. mkdocs.yml gives this very function to
# pymdownx.tabbed (`slugify: !!python/name:principles.content.registries.tab_anchor`), so the
# anchors pages get and the role ids checked against them cannot differ.
tab_anchor = slugify(case="lower")


@lru_cache(maxsize=1024)
def label_anchor(label: str) -> str:
    """`tab_anchor` of a tab label, remembered: every page has the same few labels."""
    return str(tab_anchor(label, "-"))


@dataclass(frozen=True)
class RoleRegistry:
    """Roles in the order of the roles file, found by id or alias."""

    roles: tuple[Role, ...] = ()
    _by_name: dict[str, Role] = field(default_factory=dict, compare=False, repr=False)

    def __iter__(self) -> Iterator[Role]:
        return iter(self.roles)

    def __len__(self) -> int:
        return len(self.roles)

    def get(self, name: str) -> Role | None:
        """The role with this id or alias (`cxo` finds Bestuurder)."""
        return self._by_name.get(name)

    def for_tab(self, label: str) -> Role | None:
        """The role whose tab this is: the label's anchor is the role's id or one of its
        aliases (a former name: "Developer" is Ontwikkelaar's tab; the check warns, LD513, and
        the build shows the current label, `with_current_tab_labels`)."""
        return self._by_name.get(label_anchor(label))

    def names(self) -> list[str]:
        return list(self._by_name)

    def labels(self) -> list[str]:
        return [role.label for role in self.roles]

    def former_names(self) -> dict[str, str]:
        """Every alias with the id of its role: a link with `#<alias>` opens that role's tab
        (material-content.js), `/rollen/<alias>/` redirects to the role's page."""
        return {alias: role.id for role in self.roles for alias in role.aliases}


@dataclass(frozen=True)
class ActionRegistry:
    """Every action by id."""

    actions: dict[str, Action] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Action]:
        """Every action, ordered by status then name."""
        return iter(sorted(self.actions.values()))

    def __len__(self) -> int:
        return len(self.actions)

    def get(self, action_id: str) -> Action | None:
        return self.actions.get(action_id)

    @cached_property
    def by_principle(self) -> dict[PrincipleKey, tuple[Action, ...]]:
        """Each principle's actions, by status and name: looked up per page, built once."""
        table: dict[PrincipleKey, list[Action]] = {}
        for action in sorted(self.actions.values()):
            for key in action.principles:
                table.setdefault(key, []).append(action)
        return {key: tuple(actions) for key, actions in table.items()}

    @cached_property
    def groups(self) -> list[tuple[ActionKind, tuple[Action, ...]]]:
        """The actions by kind (in the order of ActionKind), each group by status and name;
        only the kinds that have actions."""
        ordered = sorted(self.actions.values())
        found = [(kind, tuple(a for a in ordered if a.kind is kind)) for kind in ActionKind]
        return [(kind, actions) for kind, actions in found if actions]

    @cached_property
    def statuses(self) -> list[ActionStatus]:
        """The statuses that actions have, in their order."""
        present = {action.status for action in self.actions.values()}
        return [status for status in ActionStatus if status in present]

    @cached_property
    def by_address(self) -> dict[tuple[str, str, str], tuple[Action, ...]]:
        """The actions by the address they link to (see `comparable_url`)."""
        table: dict[tuple[str, str, str], list[Action]] = {}
        for action in sorted(self.actions.values()):
            table.setdefault(comparable_url(action.url), []).append(action)
        return {address: tuple(actions) for address, actions in table.items()}

    @cached_property
    def role_ids(self) -> frozenset[str]:
        """The roles that at least one action names."""
        return frozenset(role for action in self.actions.values() for role in action.roles)


@lru_cache(maxsize=4096)  # Pages of a site link to the same standards again and again.
def comparable_url(url: str) -> tuple[str, str, str]:
    """An address as a reader would recognise it: host without 'www.' and case, path without
    a trailing '/', the query; the scheme and the '#fragment' do not matter."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query


def actions_for(
    registry: ActionRegistry,
    principle: Principle,
    role: str | None = None,
    status: str | None = None,
) -> list[Action]:
    """The cards of a principle: its pinned actions in their order, then the rest by status
    and name; narrowed to one role or one status when asked."""
    pinned = [a for ref in principle.actions if (a := registry.get(ref)) is not None]
    rest = [a for a in registry.by_principle.get(principle.key, ()) if a not in pinned]
    chosen = pinned + rest
    if role is not None:
        chosen = [a for a in chosen if role in a.roles]
    if status is not None:
        chosen = [a for a in chosen if a.status.value == status]
    return chosen
