"""The collections of a docs folder: each `_collection.yml` read and checked, in the order the
content sets, each with its colour."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from principles.content import schema
from principles.content.bounds import markdown_work
from principles.content.colours import MINIMUM_CONTRAST, assign, contrast_with_white
from principles.content.model import Collection, SourceRef, is_slug
from principles.content.problems import Problem, did_you_mean, error, warning
from principles.content.registries import RoleRegistry
from principles.content.roles import unknown_role
from principles.content.source import ContentError, LineMap, parse_yaml, read_text

COLLECTION_FILE = "_collection.yml"


_REQUIRABLE_FIELDS = frozenset(schema.load_schema("principle")["properties"])
"""What a collection's `required_fields` may name: the front-matter fields of a principle."""


def load_collections(
    docs_dir: Path, roles: RoleRegistry, problems: list[Problem]
) -> tuple[dict[str, Collection], list[str]]:
    """Every folder of `docs_dir` with a `_collection.yml` is a collection of that id.

    The collections come in the order the content sets (`order`, then title for those without
    one), each with its map colour; never in folder-name order."""
    collections: list[tuple[Collection, LineMap]] = []
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
        intro = document.data.get("intro") if isinstance(document.data, dict) else None
        if isinstance(intro, str):
            # The intro is the body of the collection's page: rendering it must be bounded.
            unbounded = markdown_work(intro, document.lines.line(("intro",)), rel)
            found.extend([unbounded] if unbounded else [])
        if not is_slug(cid):
            found.append(error(SourceRef(rel, 1), "LD314", slug=cid))
        if found:
            problems.extend(found)
            continue
        data = document.data
        role_ids = []
        for position, name in enumerate(data.get("roles", ())):
            role = roles.get(name)
            if role is None:
                where = SourceRef(rel, document.lines.line(("roles", position)))
                problems.append(unknown_role(where, name, roles))
            else:
                role_ids.append(role.id)
        if data.get("role_tabs") and "roles" not in data:
            where = SourceRef(rel, document.lines.line(("role_tabs",)))
            problems.append(error(where, "LD223"))
        required = []
        for position, name in enumerate(data.get("required_fields", ())):
            if name in _REQUIRABLE_FIELDS:
                required.append(name)
            else:
                where = SourceRef(rel, document.lines.line(("required_fields", position)))
                hint = did_you_mean(name, _REQUIRABLE_FIELDS)
                problems.append(error(where, "LD222", name=name, suggestion=hint))
        collection = Collection(
            id=cid,
            title=data["title"].strip(),
            intro=data.get("intro", "").strip(),
            roles=tuple(role_ids),
            levels=tuple(data.get("levels", ())),
            order=data.get("order"),
            colour=data.get("colour", ""),
            role_tabs=data.get("role_tabs", False),
            required_fields=tuple(required),
            source=SourceRef(rel, 1),
        )
        collections.append((collection, document.lines))
    collections.sort(key=lambda item: _collection_order(item[0]))
    _check_orders(collections, problems)
    colours = _colours(collections, problems)
    ordered = {c.id: dataclasses.replace(c, colour=colours[c.id]) for c, _ in collections}
    return ordered, data_files


def _collection_order(collection: Collection) -> tuple[bool, int, str, str]:
    order = collection.order
    return (order is None, order or 0, collection.title.casefold(), collection.id)


def _check_orders(collections: list[tuple[Collection, LineMap]], problems: list[Problem]) -> None:
    """Two collections with the same `order` would be placed by title: say so."""
    first: dict[int, Collection] = {}
    for collection, lines in collections:
        if collection.order is None:
            continue
        other = first.setdefault(collection.order, collection)
        if other is not collection:
            where = SourceRef(collection.source.path, lines.line(("order",)))
            problems.append(
                error(where, "LD315", order=collection.order, other=other.id,
                      file=other.source.path)
            )  # fmt: skip


def _colours(
    collections: list[tuple[Collection, LineMap]], problems: list[Problem]
) -> dict[str, str]:
    """Each collection's map colour: readable under white text, and its own."""
    chosen: dict[str, str | None] = {}
    owner: dict[str, Collection] = {}
    for collection, lines in collections:
        colour = collection.colour.lower() or None
        chosen[collection.id] = colour
        if colour is None:
            continue
        where = SourceRef(collection.source.path, lines.line(("colour",)))
        ratio = contrast_with_white(colour)
        if ratio < MINIMUM_CONTRAST:
            problems.append(
                error(where, "LD316", colour=collection.colour, ratio=f"{ratio:.1f}",
                      minimum=MINIMUM_CONTRAST)
            )  # fmt: skip
        other = owner.setdefault(colour, collection)
        if other is not collection:
            problems.append(
                error(where, "LD317", colour=collection.colour, other=other.id,
                      file=other.source.path)
            )  # fmt: skip
    colours, short = assign(chosen)
    for collection, _ in collections:
        if collection.id in short:
            problems.append(warning(collection.source, "LD318"))
    return colours
