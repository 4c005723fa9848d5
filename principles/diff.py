"""`principles diff`: what changed in meaning between two versions of the content.

For review: principles added, removed or renamed (through aliases), and per principle the
changes to title, summary, status, relevance per role, relations and actions. Reads the content
of each git ref into a temporary folder and loads it like a build would; builds nothing.
"""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from principles.index import Index
from principles.load import load_index
from principles.model import Principle, PrincipleKey


class DiffError(Exception):
    """A ref or folder that cannot be read; the message is for the user."""


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass
class PrincipleChanges:
    key: str
    title: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class ContentDiff:
    old_ref: str
    new_ref: str
    added: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[PrincipleChanges] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old_ref,
            "new": self.new_ref,
            "added": [{"principle": k, "title": t} for k, t in self.added],
            "removed": [{"principle": k, "title": t} for k, t in self.removed],
            "renamed": [{"old": o, "new": n} for o, n in self.renamed],
            "changed": [
                {
                    "principle": c.key,
                    "title": c.title,
                    "changes": [
                        {"field": ch.field, "old": ch.old, "new": ch.new} for ch in c.changes
                    ],
                }
                for c in self.changed
            ],
        }

    def as_markdown(self) -> str:
        lines = [f"## Wijzigingen in de principes ({self.old_ref} → {self.new_ref})", ""]
        if self.empty:
            return "\n".join([*lines, "Geen inhoudelijke wijzigingen.", ""])
        for heading, items in (("Toegevoegd", self.added), ("Verwijderd", self.removed)):
            if items:
                lines += [f"### {heading}", ""]
                lines += [f"- `{key}`: {title}" for key, title in items]
                lines.append("")
        if self.renamed:
            lines += ["### Hernoemd", ""]
            lines += [
                f"- `{old}` → `{new}` (oude adressen verwijzen door)" for old, new in self.renamed
            ]
            lines.append("")
        if self.changed:
            lines += ["### Gewijzigd", ""]
            for principle in self.changed:
                lines += [f"#### `{principle.key}`: {principle.title}", ""]
                lines += [f"- {_describe(change)}" for change in principle.changes]
                lines.append("")
        return "\n".join(lines)


_LABELS = {
    "title": "Titel",
    "summary": "Samenvatting",
    "status": "Status",
    "number": "Nummer",
}


def _describe(change: Change) -> str:
    if change.field.startswith("relevance."):
        role = change.field.removeprefix("relevance.")
        return f"Relevantie {role}: {change.old or '—'} → {change.new or '—'}"
    if isinstance(change.old, list):
        added = [item for item in change.new if item not in change.old]
        removed = [item for item in change.old if item not in change.new]
        name = {"relations": "Relaties", "derived_from": "Afgeleid van", "actions": "Acties"}
        parts = [f"+ `{item}`" for item in added] + [f"− `{item}`" for item in removed]
        return f"{name.get(change.field, change.field)}: {', '.join(parts)}"
    label = _LABELS.get(change.field, change.field)
    return f"{label}: “{change.old}” → “{change.new}”"


def compare(old: Index, new: Index, old_ref: str = "oud", new_ref: str = "nieuw") -> ContentDiff:
    diff = ContentDiff(old_ref, new_ref)
    renamed_from: dict[PrincipleKey, PrincipleKey] = {}
    for key in new.principles:
        if key not in old.principles:
            former = [
                PrincipleKey(key.collection, alias)
                for alias in new.principles[key].aliases
                if PrincipleKey(key.collection, alias) in old.principles
            ]
            if former:
                renamed_from[key] = former[0]
                diff.renamed.append((str(former[0]), str(key)))
            else:
                diff.added.append((str(key), new.principles[key].display_title))
    gone_by_rename = set(renamed_from.values())
    for key, principle in old.principles.items():
        if key not in new.principles and key not in gone_by_rename:
            diff.removed.append((str(key), principle.display_title))
    for key, principle in sorted(new.principles.items()):
        before = old.principles.get(renamed_from.get(key, key))
        if before is None:
            continue
        changes = _changes(old, before, new, principle)
        if changes:
            diff.changed.append(PrincipleChanges(str(key), principle.display_title, changes))
    return diff


def _changes(old: Index, before: Principle, new: Index, after: Principle) -> list[Change]:
    changes = [
        Change(name, getattr(before, name), getattr(after, name))
        for name in ("number", "title", "summary")
        if getattr(before, name) != getattr(after, name)
    ]
    if before.status != after.status:
        changes.append(Change("status", before.status.value, after.status.value))
    old_relevance, new_relevance = dict(before.relevance), dict(after.relevance)
    for role in sorted(set(old_relevance) | set(new_relevance)):
        was, now = old_relevance.get(role), new_relevance.get(role)
        if was != now:
            changes.append(
                Change(f"relevance.{role}", was.label if was else None, now.label if now else None)
            )
    for name, was_keys, now_keys in (
        ("relations", before.relations, after.relations),
        ("derived_from", before.derived_from, after.derived_from),
    ):
        was_list, now_list = sorted(map(str, was_keys)), sorted(map(str, now_keys))
        if was_list != now_list:
            changes.append(Change(name, was_list, now_list))
    was_actions = [a.id for a in old.actions_for(before)]
    now_actions = [a.id for a in new.actions_for(after)]
    if sorted(was_actions) != sorted(now_actions):
        changes.append(Change("actions", sorted(was_actions), sorted(now_actions)))
    return changes


@contextmanager
def docs_at(ref: str | None, docs_dir: Path) -> Iterator[Path]:
    """The docs folder as it was at git `ref` (extracted to a temporary folder), or as it is
    now when `ref` is None."""
    if ref is None:
        yield docs_dir
        return
    top = _git(docs_dir, "rev-parse", "--show-toplevel").strip()
    inside = docs_dir.resolve().relative_to(Path(top).resolve()).as_posix()
    with tempfile.TemporaryDirectory(prefix="leidraad-diff-") as temp:
        archive = Path(temp) / "docs.tar"
        _git(Path(top), "archive", "--format=tar", f"--output={archive}", ref, "--", inside)
        with tarfile.open(archive) as tar:
            tar.extractall(temp, filter="data")
        yield Path(temp) / inside


def content_diff(docs_dir: Path, old_ref: str, new_ref: str | None) -> ContentDiff:
    with docs_at(old_ref, docs_dir) as old_docs, docs_at(new_ref, docs_dir) as new_docs:
        return compare(load_index(old_docs), load_index(new_docs), old_ref, new_ref or "werkmap")


def _git(docs_dir: Path, *args: str) -> str:
    try:
        result = subprocess.run(
            ["git", "-C", str(docs_dir), *args], capture_output=True, text=True, check=True
        )
    except FileNotFoundError:
        raise DiffError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise DiffError(exc.stderr.strip() or f"git {' '.join(args)} failed") from None
    return result.stdout
