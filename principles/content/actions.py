"""The action registry: every tool, standard or service that a principle's
"Direct aan de slag" block shows, read once from `docs/_data/actions.yml`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from principles.content import schema
from principles.content.draft import Draft
from principles.content.model import (
    DEFAULT_ACTION_KIND,
    Action,
    ActionKind,
    ActionStatus,
    PrincipleKey,
    SourceRef,
)
from principles.content.problems import Problem, did_you_mean, error, warning
from principles.content.registries import ActionRegistry, actions_for, comparable_url
from principles.content.roles import unknown_role
from principles.content.source import ContentError, YamlDocument, parse_yaml, read_text

if TYPE_CHECKING:
    from principles.content.index import Index

ACTIONS_FILE = "_data/actions.yml"


def read_actions_file(
    docs_dir: Path, actions_file: str = ACTIONS_FILE
) -> tuple[YamlDocument | None, list[Problem]]:
    """The registry file `actions_file` parsed and checked against its schema, and its
    problems; no document when it is missing or not valid. Needs no principle: `load_index`
    has it read beside the principle files."""
    path = docs_dir / actions_file
    if not path.is_file():
        return None, []
    try:
        document = parse_yaml(read_text(path, actions_file), actions_file)
    except ContentError as exc:
        return None, exc.problems
    found = schema.validate(document.data, "actions", actions_file, document.lines)
    return (None, found) if found else (document, [])


def register_actions(
    document: YamlDocument | None, actions_file: str, index: Index, problems: list[Problem]
) -> ActionRegistry:
    """The registry of a valid actions file (`read_actions_file`), each action checked against
    the principles and roles of `index`; None is an empty registry."""
    if document is None:
        return ActionRegistry()
    actions: dict[str, Action] = {}
    taken: set[str] = set()
    """Every id and former id so far: none may name two actions."""
    for number, item in enumerate(document.data["actions"]):

        def at(*steps: str | int, number: int = number) -> SourceRef:
            return SourceRef(actions_file, document.lines.line(("actions", number, *steps)))

        if item["id"] in taken:
            problems.append(error(at("id"), "LD601", name=item["id"]))
            continue
        former_ids = tuple(item.get("former_ids", ()))
        reused = [n for n, name in enumerate(former_ids) if name in taken or name == item["id"]]
        if reused:
            problems.append(error(at("former_ids", reused[0]), "LD601", name=former_ids[reused[0]]))
            continue
        try:
            added = date.fromisoformat(item["added"])
        except ValueError:
            problems.append(error(at("added"), "LD602", value=repr(item["added"])))
            continue
        keys = []
        for position, ref in enumerate(item["principles"]):
            key = PrincipleKey.parse(ref)
            principle = index.get(key)
            if principle is not None:
                keys.append(principle.key)
            elif key in index.known:
                continue  # The principle's own file is broken and has its own message.
            else:
                hint = did_you_mean(ref, [str(k) for k in index.principles])
                problems.append(
                    error(
                        at("principles", position),
                        "LD603",
                        action=item["id"],
                        name=ref,
                        suggestion=hint,
                    )
                )
        role_ids = []
        for position, name in enumerate(item.get("roles", ())):
            role = index.roles.get(name)
            if role is None:
                problems.append(unknown_role(at("roles", position), name, index.roles))
            else:
                role_ids.append(role.id)
        actions[item["id"]] = Action(
            id=item["id"],
            name=item["name"].strip(),
            url=item["url"],
            description=item["description"].strip(),
            verb=item["verb"].strip(),
            status=ActionStatus(item["status"]),
            principles=tuple(keys),
            added=added,
            roles=tuple(role_ids),
            levels=tuple(item.get("levels", ())),
            kind=ActionKind(item.get("kind", DEFAULT_ACTION_KIND.value)),
            cta=item.get("cta", "").strip(),
            former_ids=former_ids,
            source=at(),
        )
        taken.update((item["id"], *former_ids))
    return ActionRegistry(actions)


def check_pins(drafts: list[Draft], registry: ActionRegistry, problems: list[Problem]) -> None:
    """Every action a principle pins in its front matter must be in the registry."""
    for draft in drafts:
        for ref in draft.actions:
            if registry.get(ref.text) is None:
                hint = did_you_mean(ref.text, registry.actions)
                problems.append(error(ref.source, "LD604", name=ref.text, suggestion=hint))


def check_listed_links(
    drafts: list[Draft], registry: ActionRegistry, problems: list[Problem]
) -> None:
    """A hand-written list of links ('## Meer weten', '## Gerelateerde standaarden') that
    names tools of the registry: the cards show them, from one source. Only a section that is
    nothing but a list of links is looked at; a link in running text is never a duplicate."""
    if not registry.actions:
        return
    for draft in drafts:
        if draft.broken or not draft.link_lists:
            continue
        principle = draft.principle
        cards: list[Action] | None = None
        for listing in draft.link_lists:
            for link in listing.links:
                found = registry.by_address.get(comparable_url(link.url))
                if not found:
                    continue
                if cards is None:
                    cards = actions_for(registry, principle)
                where = SourceRef(principle.source.path, link.line)
                shown = [action for action in found if action in cards]
                values = {"name": link.text, "heading": listing.heading.text}
                if shown:
                    problems.append(warning(where, "LD605", action=shown[0].id, **values))
                else:
                    problems.append(
                        warning(
                            where,
                            "LD606",
                            action=found[0].id,
                            principle=str(principle.key),
                            **values,
                        )
                    )
