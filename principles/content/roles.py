"""The roles file: the single source of roles, their tab labels and their aliases."""

from __future__ import annotations

from pathlib import Path

from principles.content import schema
from principles.content.body import with_opened_tab, with_relabelled_tabs
from principles.content.model import Principle, Role, SourceRef
from principles.content.problems import Problem, did_you_mean, error
from principles.content.registries import RoleRegistry, label_anchor
from principles.content.source import ContentError, parse_yaml, read_text

ROLES_FILE = "_data/roles.yml"


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
        anchor = label_anchor(role.label)
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
    return with_opened_tab(markdown, lambda label: label_anchor(label) == role)


def with_current_tab_labels(markdown: str, registry: RoleRegistry) -> str:
    """`markdown` with every tab labelled with a role's former name (an alias: "Developer")
    labelled with the role's current label ("Ontwikkelaar"), so that the tab gets the role's
    anchor (`#ontwikkelaar`) that role pages, links and the reader's chosen role open."""

    def current(label: str) -> str:
        role = registry.for_tab(label)
        return role.label if role is not None else label

    return with_relabelled_tabs(markdown, current)
