"""Linking: the drafts' references become keys of principles that exist, with the checks that
need every file at once (numbers, former slugs, derivation cycles)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from principles.content.draft import Draft, Reference
from principles.content.model import Collection, Principle, PrincipleKey
from principles.content.problems import Problem, did_you_mean, error, warning


@dataclass
class Linked:
    """The site's principles with their references resolved, and its former slugs."""

    collections: Mapping[str, Collection]
    principles: dict[PrincipleKey, Principle] = field(default_factory=dict)
    aliases: dict[PrincipleKey, PrincipleKey] = field(default_factory=dict)


def link(
    drafts: list[Draft],
    collections: Mapping[str, Collection],
    known: set[PrincipleKey],
    problems: list[Problem],
) -> Linked:
    """The drafts' principles, their references resolved.

    `known` holds every principle folder, including pages too broken to read: a reference
    to one of those is not reported again (its own file already has a message).
    """
    index = Linked(collections)
    _check_numbers(drafts, problems)
    _register_aliases(index, drafts, known, problems)
    for draft in drafts:
        if not draft.broken:
            index.principles[draft.principle.key] = draft.principle
    for draft in drafts:
        own = draft.principle.key
        relations = tuple(_resolve_all(index, own, draft.relations, known, problems))
        derived = _resolve_all(index, own, draft.derived_from, known, problems)
        for target, ref in derived.items():
            if target in relations:
                problems.append(error(ref.source, "LD306", name=ref.text))
        if draft.broken:
            continue  # Its references are checked; it is not a principle of the site.
        # The draft's principle has its references as written: most resolve to just that.
        written = draft.principle
        if relations != written.relations or tuple(derived) != written.derived_from:
            index.principles[own] = dataclasses.replace(
                written, relations=relations, derived_from=tuple(derived)
            )
    _check_derivation_cycles(index, drafts, problems)
    return index


def _check_numbers(drafts: list[Draft], problems: list[Problem]) -> None:
    """A number used twice in a collection is reported on every page that uses it, each at
    its own line and naming the other pages: either page may be the one to renumber."""
    slots: dict[tuple[str, int], list[Draft]] = defaultdict(list)
    for draft in sorted(drafts, key=lambda d: d.principle.source):
        principle = draft.principle
        if principle.number != 0:  # No number at all: already reported.
            slots[(principle.collection, principle.number)].append(draft)
    for (collection, number), sharing in slots.items():
        for draft in sharing if len(sharing) > 1 else ():
            others = [d.principle for d in sharing if d is not draft]
            problems.append(
                error(
                    draft.number_source,
                    "LD309",
                    number=number,
                    other="', '".join(other.slug for other in others),
                    page=", ".join(other.source.path for other in others),
                    collection=collection,
                )
            )


def _register_aliases(
    index: Linked, drafts: list[Draft], known: set[PrincipleKey], problems: list[Problem]
) -> None:
    for draft in drafts:
        own = draft.principle.key
        if draft.broken:
            continue
        for ref in draft.aliases:
            alias = PrincipleKey(own.collection, ref.text)
            if alias in known:
                problems.append(error(ref.source, "LD310", name=ref.text))
            elif alias in index.aliases:
                problems.append(
                    error(ref.source, "LD311", name=ref.text, other=index.aliases[alias].slug)
                )
            else:
                index.aliases[alias] = own


def _resolve_all(
    index: Linked,
    own: PrincipleKey,
    refs: list[Reference],
    known: set[PrincipleKey],
    problems: list[Problem],
) -> dict[PrincipleKey, Reference]:
    resolved: dict[PrincipleKey, Reference] = {}
    for ref in refs:
        target = _resolve(index, own, ref, known, problems)
        if target is None:
            continue
        if target == own:
            problems.append(error(ref.source, "LD304", name=ref.text))
        elif target in resolved:
            problems.append(error(ref.source, "LD305", name=ref.text))
        else:
            resolved[target] = ref
    return resolved


def _resolve(
    index: Linked,
    own: PrincipleKey,
    ref: Reference,
    known: set[PrincipleKey],
    problems: list[Problem],
) -> PrincipleKey | None:
    key = ref.key(own.collection)
    if key.collection not in index.collections:
        problems.append(
            error(
                ref.source,
                "LD303",
                collection=key.collection,
                name=ref.text,
                suggestion=did_you_mean(key.collection, index.collections),
            )
        )
        return None
    if key in index.principles:
        return key
    if key in index.aliases:
        new = index.aliases[key]
        written = new.slug if new.collection == own.collection else str(new)
        problems.append(warning(ref.source, "LD307", name=ref.text, written=written))
        return new
    if key in known:
        return None  # The target's own file is broken and has its own message.
    # Never the page itself: a reference to it is LD304, so it is no likely meaning.
    slugs = [k.slug for k in known if k.collection == key.collection and k != own]
    suggestion = did_you_mean(key.slug, slugs)
    if key.collection != own.collection:
        found = error(ref.source, "LD302", name=ref.text, collection=key.collection,
                      suggestion=suggestion)  # fmt: skip
    else:
        found = error(ref.source, "LD301", name=ref.text, suggestion=suggestion)
    problems.append(found)
    return None


def _check_derivation_cycles(index: Linked, drafts: list[Draft], problems: list[Problem]) -> None:
    """A principle cannot, through `derived_from`, be derived from itself."""
    # Only a principle derived from another can be on a cycle.
    edges = {key: list(p.derived_from) for key, p in index.principles.items() if p.derived_from}
    if not edges:
        return
    sources = {d.principle.key: d for d in drafts}
    reported: set[frozenset[PrincipleKey]] = set()
    for start in sorted(edges):
        path = _cycle_from(start, edges)
        if path is None or frozenset(path) in reported:
            continue
        reported.add(frozenset(path))
        draft = sources[start]
        target = path[1]
        ref = next(
            (r for r in draft.derived_from if r.key(start.collection) == target),
            draft.derived_from[0],
        )
        chain = " → ".join(str(key) for key in path)
        problems.append(error(ref.source, "LD308", chain=chain))


def _cycle_from(
    start: PrincipleKey, edges: dict[PrincipleKey, list[PrincipleKey]]
) -> list[PrincipleKey] | None:
    """The shortest path start → … → start along `edges`, if there is one."""
    frontier: list[list[PrincipleKey]] = [[start]]
    seen: set[PrincipleKey] = set()
    while frontier:
        path = frontier.pop(0)
        for nxt in edges.get(path[-1], ()):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                frontier.append([*path, nxt])
    return None
