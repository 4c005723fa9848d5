"""The roles file: the single source of roles, their tab labels and their aliases."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pymdownx.slugs import slugify

from principles import schema
from principles.body import with_opened_tab, with_relabelled_tabs
from principles.model import Principle, Role, SourceRef
from principles.problems import Problem, did_you_mean, error
from principles.source import ContentError, parse_yaml, read_text

ROLES_FILE = "_data/roles.yml"

# The anchor of a tab: its label in lower case. mkdocs.yml gives this very function to
# pymdownx.tabbed (`slugify: !!python/name:principles.roles.tab_anchor`), so the anchors pages
# get and the role ids checked against them cannot differ.
tab_anchor = slugify(case="lower")


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
        return self._by_name.get(tab_anchor(label, "-"))

    def names(self) -> list[str]:
        return list(self._by_name)

    def labels(self) -> list[str]:
        return [role.label for role in self.roles]

    def former_names(self) -> dict[str, str]:
        """Every alias with the id of its role: a link with `#<alias>` opens that role's tab
        (material-content.js), `/rollen/<alias>/` redirects to the role's page."""
        return {alias: role.id for role in self.roles for alias in role.aliases}


def load_roles(docs_dir: Path, roles_file: str = ROLES_FILE) -> tuple[RoleRegistry, list[Problem]]:
    """Read and check `_data/roles.yml` (or `roles_file`). A missing or broken file gives an
    empty registry."""
    path = docs_dir / roles_file
    if not path.is_file():
        return RoleRegistry(), [error(SourceRef(roles_file, 1), "LD506")]
    try:
        document = parse_yaml(read_text(path, roles_file), roles_file)
    except ContentError as exc:
        return RoleRegistry(), exc.problems
    problems = schema.validate(document.data, "roles", roles_file, document.lines)
    if problems:
        return RoleRegistry(), problems

    roles: list[Role] = []
    by_name: dict[str, Role] = {}
    for index, item in enumerate(document.data["roles"]):
        where = SourceRef(roles_file, document.lines.line(("roles", index)))
        former_ids = tuple(item.get("former_ids", ()))
        role = Role(
            id=item["id"],
            label=item["label"].strip(),
            description=item["description"].strip(),
            icon=item.get("icon", ""),
            aliases=tuple(dict.fromkeys((*item.get("aliases", ()), *former_ids))),
            former_ids=former_ids,
            source=where,
        )
        anchor = tab_anchor(role.label, "-")
        if anchor != role.id:
            problems.append(error(where, "LD507", name=role.id, anchor=anchor, label=role.label))
            continue
        clash = [name for name in (role.id, *role.aliases) if name in by_name]
        if clash:
            problems.append(error(where, "LD508", name=role.id, other=clash[0]))
            continue
        roles.append(role)
        for name in (role.id, *role.aliases):
            by_name[name] = role
    return RoleRegistry(tuple(roles), by_name), problems


def unknown_role(where: SourceRef, name: str, registry: RoleRegistry) -> Problem:
    return error(where, "LD501", name=name, suggestion=did_you_mean(name, registry.names()))


def opened_on_role(markdown: str, principle: Principle) -> str:
    """A principle page's Markdown opened on `principle.opening_role` (its most relevant role
    with a tab), not blindly on the first tab. Decided when the page is built, so the page
    shows it at once and without JavaScript; in the browser, a role the reader chose before
    (Material's linked tabs) and a `#role` in the address still win."""
    role = principle.opening_role
    if role is None or principle.chosen_tab is not None:
        return markdown
    return with_opened_tab(markdown, lambda label: tab_anchor(label, "-") == role)


def with_current_tab_labels(markdown: str, registry: RoleRegistry) -> str:
    """`markdown` with every tab labelled with a role's former name (an alias: "Developer")
    labelled with the role's current label ("Ontwikkelaar"), so that the tab gets the role's
    anchor (`#ontwikkelaar`) that role pages, links and the reader's chosen role open."""

    def current(label: str) -> str:
        role = registry.for_tab(label)
        return role.label if role is not None else label

    return with_relabelled_tabs(markdown, current)
