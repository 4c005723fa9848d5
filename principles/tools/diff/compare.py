"""Two indexes compared in meaning: what readers see change (`compare` → `ContentDiff`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from principles.content.index import Index
from principles.content.model import Principle, PrincipleKey
from principles.content.source import ContentError, read_text, split_front_matter
from principles.tools.diff.report import SECTIONS, _json, _Markdown


@dataclass(frozen=True)
class Change:
    """One field of a principle, before and after. Relation sections hold principle keys."""

    field: str
    old: Any
    new: Any
    because: dict[str, str] = dataclasses.field(default_factory=dict, compare=False)
    """For a relation section: why an entry appears or goes, when not through this page's own
    front matter (entry → the page whose front matter does it, or 'new'/'removed')."""


@dataclass(frozen=True)
class Note:
    """A relation declared or no longer declared on a page, without effect on the site: the
    other page declares it (`by`, in `file`)."""

    removed: bool
    target: str
    by: str
    file: str


@dataclass
class PrincipleChanges:
    key: str
    title: str
    changes: list[Change] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    file_changed: bool = True
    """False: the page's own file is as it was; only what the site generates changes."""
    shown_on: list[str] = field(default_factory=list)
    """Pages whose relation sections show this principle's number, title and summary."""


@dataclass
class NewPrinciple:
    principle: Principle
    sections: dict[str, list[str]]
    actions: list[str]
    affects: dict[str, list[str]]
    """Existing pages whose relation sections get this principle: page → sections (`related`,
    `derived_from`, `elaborated_in`)."""


@dataclass
class RemovedPrinciple:
    key: str
    title: str
    affects: dict[str, list[str]] = field(default_factory=dict)
    redirects_to: str | None = None
    """A remaining principle that took the old slug as an alias: the old address redirects."""
    looks_renamed_to: str | None = None
    """A new principle in the same collection with the same title, without the alias."""


@dataclass
class ContentDiff:
    old_ref: str
    new_ref: str
    added: list[NewPrinciple] = field(default_factory=list)
    removed: list[RemovedPrinciple] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    """(old key, new key, title): a folder renamed with its former slug in `aliases`."""
    changed: list[PrincipleChanges] = field(default_factory=list)
    new_errors: int = 0
    docs_prefix: str = ""
    """The docs folder, to name files as editors see them (`docs/…`); files in the JSON are
    relative to it, like `principles check` locations."""
    titles: dict[str, str] = field(default_factory=dict, repr=False)
    action_names: dict[str, str] = field(default_factory=dict, repr=False)
    role_labels: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old_ref,
            "new": self.new_ref,
            "new_errors": self.new_errors,
            "added": [
                {
                    "principle": str(new.principle.key),
                    "title": new.principle.display_title,
                    "summary": new.principle.summary,
                    "status": new.principle.status.value,
                    "relevance": {role: r.value for role, r in new.principle.relevance},
                    "relations": new.sections,
                    "actions": new.actions,
                    "affects": new.affects,
                }
                for new in self.added
            ],
            "removed": [
                {
                    "principle": gone.key,
                    "title": gone.title,
                    "affects": gone.affects,
                    "redirects_to": gone.redirects_to,
                    "looks_renamed_to": gone.looks_renamed_to,
                }
                for gone in self.removed
            ],
            "renamed": [{"old": o, "new": n, "title": t} for o, n, t in self.renamed],
            "changed": [
                {
                    "principle": c.key,
                    "title": c.title,
                    "file_changed": c.file_changed,
                    "changes": [
                        {
                            "field": ch.field,
                            "old": _json(ch.old),
                            "new": _json(ch.new),
                            **({"because": ch.because} if ch.because else {}),
                        }
                        for ch in c.changes
                    ],
                    "notes": [
                        {
                            "relation": note.target,
                            "removed": note.removed,
                            "declared_by": note.by,
                            "file": note.file,
                        }
                        for note in c.notes
                    ],
                    "shown_on": c.shown_on,
                }
                for c in self.changed
            ],
        }

    def as_markdown(self) -> str:
        return "\n".join(_Markdown(self).lines())


def compare(old: Index, new: Index, old_ref: str = "oud", new_ref: str = "nieuw") -> ContentDiff:
    diff = ContentDiff(old_ref, new_ref, new_errors=len(new.errors))
    diff.role_labels = {role.id: role.label for role in (*old.roles, *new.roles)}
    diff.action_names = {a.id: a.name for a in (*old.actions, *new.actions)}
    diff.titles = {
        **{str(p.key): p.display_title for p in old},
        **{str(p.key): p.display_title for p in new},
    }
    moved = _renames(old, new)
    diff.renamed = [
        (str(was), str(now), new.principles[now].display_title) for was, now in moved.items()
    ]
    before_of = {now: was for was, now in moved.items()}
    fresh = {key for key in new.principles if key not in old.principles and key not in before_of}
    view = _Views(old, new, moved, fresh)

    for principle in new.sorted_principles:
        if principle.key in fresh:
            diff.added.append(view.new_principle(principle))
    for principle in old.sorted_principles:
        if principle.key not in new.principles and principle.key not in moved:
            diff.removed.append(view.removed_principle(principle))
    for principle in new.sorted_principles:
        if principle.key in fresh:
            continue
        before = old.principles[before_of.get(principle.key, principle.key)]
        changes = view.changes(before, principle)
        if changes.changes or changes.notes:
            diff.changed.append(changes)
    return diff


def _renames(old: Index, new: Index) -> dict[PrincipleKey, PrincipleKey]:
    """Old key → new key for each principle whose folder was renamed with its former slug in
    `aliases` (the new key did not exist before; the old one no longer does)."""
    moved: dict[PrincipleKey, PrincipleKey] = {}
    for was, now in sorted(new.aliases.items()):
        if (
            was in old.principles
            and was not in new.principles
            and now not in old.principles
            and now not in moved.values()
        ):
            moved[was] = now
    return moved


class _Views:
    """The relation sections of every page, before and after, in new keys."""

    def __init__(
        self,
        old: Index,
        new: Index,
        moved: dict[PrincipleKey, PrincipleKey],
        fresh: set[PrincipleKey],
    ) -> None:
        self.old, self.new, self.moved, self.fresh = old, new, moved, fresh

    def renamed(self, keys: Iterable[PrincipleKey]) -> list[str]:
        return sorted(str(self.moved.get(key, key)) for key in keys)

    def sections(self, index: Index, key: PrincipleKey, *, old: bool) -> dict[str, list[str]]:
        graph = index.graph
        lists = {
            "related": graph.related(key),
            "derived_from": graph.derived_from(key),
            "elaborated_in": graph.elaborated_in(key),
        }
        if old:
            return {name: self.renamed(keys) for name, keys in lists.items()}
        return {name: sorted(map(str, keys)) for name, keys in lists.items()}

    def affected(self, key: PrincipleKey, keep: set[str], *, old: bool) -> dict[str, list[str]]:
        """The pages in `keep` whose relation sections list `key` (in the old or the new
        version), with those sections."""
        graph = (self.old if old else self.new).graph
        found: dict[str, list[str]] = {}
        for name, keys in (
            ("related", graph.related(key)),
            # `key` is "Afgeleid van" on the pages it elaborates, and the other way round.
            ("elaborated_in", graph.derived_from(key)),
            ("derived_from", graph.elaborated_in(key)),
        ):
            for other in keys:
                page = str(self.moved.get(other, other) if old else other)
                if page in keep:
                    found.setdefault(page, []).append(name)
        return dict(sorted(found.items()))

    def new_principle(self, principle: Principle) -> NewPrinciple:
        existing = {str(key) for key in self.new.principles if key not in self.fresh}
        return NewPrinciple(
            principle=principle,
            sections=self.sections(self.new, principle.key, old=False),
            actions=[action.id for action in self.new.actions_for(principle)],
            affects=self.affected(principle.key, existing, old=False),
        )

    def removed_principle(self, principle: Principle) -> RemovedPrinciple:
        remaining = {str(key) for key in self.new.principles}
        target = self.new.aliases.get(principle.key)
        lookalike = next(
            (
                key
                for key in sorted(self.fresh)
                if key.collection == principle.collection
                and self.new.principles[key].title == principle.title
            ),
            None,
        )
        return RemovedPrinciple(
            key=str(principle.key),
            title=principle.display_title,
            affects=self.affected(principle.key, remaining, old=True),
            redirects_to=str(target) if target else None,
            looks_renamed_to=str(lookalike) if lookalike and not target else None,
        )

    def changes(self, before: Principle, after: Principle) -> PrincipleChanges:
        changes = [
            Change(name, getattr(before, name), getattr(after, name))
            for name in ("number", "title", "summary", "status")
            if getattr(before, name) != getattr(after, name)
        ]
        was, now = dict(before.relevance), dict(after.relevance)
        for role in sorted(set(was) | set(now)):
            if was.get(role) != now.get(role):
                changes.append(Change(f"relevance.{role}", was.get(role), now.get(role)))
        sections_before = self.sections(self.old, before.key, old=True)
        sections_after = self.sections(self.new, after.key, old=False)
        for name in SECTIONS:
            if sections_before[name] != sections_after[name]:
                changes.append(
                    Change(
                        name,
                        sections_before[name],
                        sections_after[name],
                        self.causes(name, before, after, sections_before, sections_after),
                    )
                )
        was_actions = sorted(a.id for a in self.old.actions_for(before))
        now_actions = sorted(a.id for a in self.new.actions_for(after))
        if was_actions != now_actions:
            changes.append(Change("actions", was_actions, now_actions))
        if sorted(before.levels) != sorted(after.levels):
            changes.append(Change("levels", sorted(before.levels), sorted(after.levels)))
        # A rename's own alias is the rename, reported as such.
        renamed = (before.slug,) if before.key != after.key else ()
        if sorted((*before.aliases, *renamed)) != sorted(after.aliases):
            changes.append(
                Change("aliases", sorted((*before.aliases, *renamed)), sorted(after.aliases))
            )
        for name in ("statement", "rationale", "implications"):
            if getattr(before, name) != getattr(after, name):
                changes.append(Change(name, getattr(before, name), getattr(after, name)))
        old_file, new_file = self.read(self.old, before), self.read(self.new, after)
        if _body(old_file, before) != _body(new_file, after):
            changes.append(Change("body", None, None))
        return PrincipleChanges(
            key=str(after.key),
            title=after.display_title,
            changes=changes,
            notes=self.notes(before, after),
            file_changed=old_file != new_file or before.key != after.key,
            shown_on=sorted(str(key) for key in self.new.graph.neighbours(after.key)),
        )

    def causes(
        self,
        name: str,
        before: Principle,
        after: Principle,
        sections_before: dict[str, list[str]],
        sections_after: dict[str, list[str]],
    ) -> dict[str, str]:
        """Why entries of a relation section come or go, where this page's own front matter
        is not the (only) reason: the other principle is new or removed, or its front matter
        names this page (or no longer does)."""
        own_before = set(self.renamed(before.relations)) if name == "related" else set()
        own_after = {str(k) for k in after.relations} if name == "related" else set()
        if name == "derived_from":  # Filled by this page's own `derived_from` only.
            own_before, own_after = set(sections_before[name]), set(sections_after[name])
        causes: dict[str, str] = {}
        for key in sections_after[name]:
            if key not in sections_before[name]:
                if _key(key) in self.fresh:
                    causes[key] = "new"
                elif key not in own_after:
                    causes[key] = key
        for key in sections_before[name]:
            if key not in sections_after[name]:
                if _key(key) not in self.new.principles:
                    causes[key] = "removed"
                elif key not in own_before:
                    causes[key] = key
        return causes

    def notes(self, before: Principle, after: Principle) -> list[Note]:
        declared_before = set(self.renamed(before.relations))
        declared_after = {str(k) for k in after.relations}
        shown_before = set(self.sections(self.old, before.key, old=True)["related"])
        shown_after = {str(k) for k in self.new.graph.related(after.key)}
        notes = []
        for target in sorted(declared_before - declared_after):
            if target in shown_after:
                notes.append(Note(True, target, target, self.file_of(self.new, target)))
        for target in sorted(declared_after - declared_before):
            if target in shown_before:
                notes.append(Note(False, target, target, self.file_of(self.new, target)))
        return notes

    @staticmethod
    def file_of(index: Index, key: str) -> str:
        principle = index.principles.get(_key(key))
        return principle.source.path if principle else f"{key}/index.md"

    @staticmethod
    def read(index: Index, principle: Principle) -> str | None:
        try:
            return read_text(index.docs_dir / principle.source.path, principle.source.path)
        except (OSError, ContentError):
            return None


def _key(text: str) -> PrincipleKey:
    collection, slug = text.split("/", 1)
    return PrincipleKey(collection, slug)


def _body(text: str | None, principle: Principle) -> str | None:
    """The page's text below its front matter, without surrounding blank lines."""
    if text is None:
        return None
    try:
        _, body, _ = split_front_matter(text, principle.source.path)
    except ContentError:
        return None
    return body.strip()
