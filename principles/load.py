"""Loading: read every collection, principle and role of a docs folder once, into an Index.

Reading is per file (`read_principle`); checks that need every file at once live in
`principles.validate`. Nothing here raises for bad content: problems are collected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol

from principles import schema
from principles.actions import ACTIONS_FILE, check_pins, load_actions
from principles.draft import Draft, Reference
from principles.index import Index
from principles.model import (
    DEFAULT_STATUS,
    Collection,
    Principle,
    PrincipleKey,
    Relevance,
    SourceRef,
    Status,
)
from principles.pages import RESERVED_SLUGS
from principles.problems import Problem, did_you_mean, error, warning
from principles.roles import ROLES_FILE, RoleRegistry, load_roles, unknown_role_message
from principles.source import (
    ContentError,
    NotUtf8Error,
    outline,
    parse_markdown,
    parse_yaml,
    read_text,
)
from principles.validate import link

COLLECTION_FILE = "_collection.yml"
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_NUMBERED_TITLE = re.compile(r"^\s*(\d+)\s*\.\s*(.*)$", re.DOTALL)


def load_index(docs_dir: Path) -> Index:
    """Read and validate everything under `docs_dir`; problems are in `Index.problems`."""
    roles, problems = load_roles(docs_dir)
    collections, data_files = load_collections(docs_dir, roles, problems)
    drafts: list[Draft] = []
    known: set[PrincipleKey] = set()
    unreadable: list[str] = []
    for collection in collections.values():
        for page in sorted((docs_dir / collection.id).glob("*/index.md")):
            rel = page.relative_to(docs_dir).as_posix()
            key = PrincipleKey(collection.id, page.parent.name)
            known.add(key)
            try:
                drafts.append(read_principle(page, rel, key, collection, roles, problems))
            except NotUtf8Error as exc:
                problems.extend(exc.problems)
                unreadable.append(rel)
            except ContentError as exc:
                problems.extend(exc.problems)
    if (docs_dir / ACTIONS_FILE).is_file():
        data_files.append(ACTIONS_FILE)
    index = Index(
        docs_dir=docs_dir,
        roles=roles,
        collections=collections,
        known=frozenset(known),
        data_files=(ROLES_FILE, *data_files),
        unreadable=tuple(unreadable),
    )
    link(index, drafts, known, problems)
    index.actions = load_actions(docs_dir, index, problems)
    check_pins(drafts, index.actions, problems)
    index.problems = sorted(problems)
    return index


def load_collections(
    docs_dir: Path, roles: RoleRegistry, problems: list[Problem]
) -> tuple[dict[str, Collection], list[str]]:
    """Every folder of `docs_dir` with a `_collection.yml` is a collection of that id."""
    collections: dict[str, Collection] = {}
    data_files: list[str] = []
    for path in sorted(docs_dir.glob(f"*/{COLLECTION_FILE}")):
        rel = path.relative_to(docs_dir).as_posix()
        data_files.append(rel)
        cid = path.parent.name
        try:
            document = parse_yaml(read_text(path, rel), rel)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        found = schema.validate(document.data, "collection", rel, document.lines)
        if not _SLUG.match(cid):
            found.append(error(SourceRef(rel, 1), f"collection folder '{cid}' is not a valid slug"))
        if found:
            problems.extend(found)
            continue
        data = document.data
        role_ids = []
        for position, name in enumerate(data["roles"]):
            role = roles.get(name)
            if role is None:
                where = SourceRef(rel, document.lines.line(("roles", position)))
                problems.append(error(where, unknown_role_message(name, roles)))
            else:
                role_ids.append(role.id)
        collections[cid] = Collection(
            id=cid,
            title=data["title"].strip(),
            intro=data.get("intro", "").strip(),
            roles=tuple(role_ids),
            levels=tuple(data.get("levels", ())),
            source=SourceRef(rel, 1),
        )
    return collections, data_files


def read_principle(
    path: Path,
    rel: str,
    key: PrincipleKey,
    collection: Collection,
    roles: RoleRegistry,
    problems: list[Problem],
) -> Draft:
    """Read one principle page; problems of this file alone go into `problems`.

    Raises ContentError when the file cannot be read as a principle at all.
    """
    page = parse_markdown(read_text(path, rel), rel)
    data: dict[str, Any] = page.front_matter.data
    lines = page.front_matter.lines
    found = schema.validate(data, "principle", rel, lines)
    if not _SLUG.match(key.slug):
        found.append(
            error(
                SourceRef(rel, 1),
                f"folder name '{key.slug}' is not a valid slug: use lower-case words joined by '-'",
            )
        )
    elif key.slug in RESERVED_SLUGS:
        found.append(
            error(
                SourceRef(rel, 1),
                f"folder name '{key.slug}' is reserved for a page Leidraad generates; choose "
                "another slug",
            )
        )
    if found:
        raise ContentError(*found)

    def at(*steps: str | int) -> SourceRef:
        return SourceRef(rel, lines.line(steps))

    number, title = _number_and_title(data, at, problems)
    relevance = _relevance(data.get("roles", {}), roles, at, problems)
    body = outline(page.body, page.body_first_line)
    tabs = _tabs(body.tabs, rel, roles, problems)
    levels = tuple(data.get("levels", ()))
    for position, level in enumerate(levels):
        if level not in collection.levels:
            allowed = ", ".join(collection.levels) or "none (the collection has no levels)"
            problems.append(
                error(at("levels", position), f"unknown level '{level}'; allowed: {allowed}")
            )
    if body.h1_line is not None:
        problems.append(
            warning(
                SourceRef(rel, body.h1_line),
                "remove this '# heading': the page title is rendered from front matter 'title'",
            )
        )
    _check_tabs_against_relevance(relevance, tabs, rel, at, roles, problems)

    principle = Principle(
        key=key,
        number=number,
        title=title,
        summary=str(data.get("summary", "")).strip(),
        status=Status(data["status"]) if "status" in data else DEFAULT_STATUS,
        relevance=relevance,
        statement=data.get("statement", "").strip(),
        rationale=data.get("rationale", "").strip(),
        implications=tuple(item.strip() for item in data.get("implications", ())),
        levels=levels,
        aliases=tuple(data.get("aliases", ())),
        actions=tuple(data.get("actions", ())),
        tabs=tuple(role for role, _ in tabs),
        source=SourceRef(rel, 1),
    )

    def refs(name: str) -> list[Reference]:
        return [Reference(text, at(name, i)) for i, text in enumerate(data.get(name, ()))]

    return Draft(
        principle=principle,
        relations=refs("relations"),
        derived_from=refs("derived_from"),
        aliases=refs("aliases"),
        actions=refs("actions"),
        number_source=at("number") if "number" in data else at("title"),
    )


class _Locator(Protocol):
    """`at(...)`: the source of a front-matter field."""

    def __call__(self, *steps: str | int) -> SourceRef: ...


def _number_and_title(
    data: dict[str, Any], at: _Locator, problems: list[Problem]
) -> tuple[int, str]:
    """The number from `number:` or from a title such as '9. Integreer …'; the bare title."""
    title: str = data["title"].strip()
    number: int | None = data.get("number")
    numbered = _NUMBERED_TITLE.match(title)
    if numbered:
        from_title = int(numbered.group(1))
        title = numbered.group(2).strip()
        if number is not None and number != from_title:
            problems.append(
                error(
                    at("number"),
                    f"'number' is {number} but the title starts with {from_title}",
                )
            )
        number = from_title if number is None else number
    if not title:
        problems.append(error(at("title"), "'title' has a number but no words"))
    if number is None:
        problems.append(
            error(at("title"), "no number: add 'number: N' or start the title with 'N. '")
        )
        number = 0
    return number, title


def _relevance(
    raw: dict[str, str] | list[dict[str, str]],
    roles: RoleRegistry,
    at: _Locator,
    problems: list[Problem],
) -> tuple[tuple[str, Relevance], ...]:
    """Role relevance from either the seed's list of one-key maps or a plain mapping."""
    if isinstance(raw, dict):
        pairs = [(name, value, at("roles", name)) for name, value in raw.items()]
    else:
        pairs = [
            (name, value, at("roles", position))
            for position, item in enumerate(raw)
            for name, value in item.items()
        ]
    result: dict[str, Relevance] = {}
    for name, value, where in pairs:
        role = roles.get(str(name))
        if role is None:
            problems.append(error(where, unknown_role_message(str(name), roles)))
        elif role.id in result:
            problems.append(error(where, f"role '{role.id}' is listed twice"))
        else:
            result[role.id] = Relevance(value)
    order = {role.id: position for position, role in enumerate(roles)}
    return tuple(sorted(result.items(), key=lambda item: order[item[0]]))


def _tabs(
    found: tuple[tuple[str, int], ...], rel: str, roles: RoleRegistry, problems: list[Problem]
) -> list[tuple[str, SourceRef]]:
    """The role of every top-level tab; a tab label that is no role's label is an error."""
    tabs: list[tuple[str, SourceRef]] = []
    for label, line in found:
        role = roles.for_tab(label)
        where = SourceRef(rel, line)
        if role is None:
            problems.append(
                error(
                    where,
                    f'tab "{label}" matches no role{did_you_mean(label, roles.labels())}; '
                    "role tabs use the role's label from the roles file",
                )
            )
        else:
            tabs.append((role.id, where))
    return tabs


def _check_tabs_against_relevance(
    relevance: tuple[tuple[str, Relevance], ...],
    tabs: list[tuple[str, SourceRef]],
    rel: str,
    at: _Locator,
    roles: RoleRegistry,
    problems: list[Problem],
) -> None:
    """A role that matters most deserves its own tab; a tab should be for a listed role."""
    if not tabs:
        return  # A page without role tabs (e.g. a regional principle) makes no promise.
    tab_roles = {role for role, _ in tabs}
    listed = dict(relevance)
    for role_id, value in relevance:
        if value is Relevance.HIGH and role_id not in tab_roles:
            label = roles.get(role_id)
            problems.append(
                warning(
                    at("roles"),
                    f"role '{role_id}' has relevance 'high' but the page has no "
                    f'"{label.label if label else role_id}" tab',
                )
            )
    for role_id, where in tabs:
        if role_id not in listed:
            problems.append(
                warning(where, f"tab for role '{role_id}', which 'roles' in front matter omits")
            )
