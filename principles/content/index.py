"""The index: every collection, principle and role of a site, validated, for lookups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from principles.content.graph import RelationGraph
from principles.content.history import file_date, git_dates
from principles.content.model import Action, Collection, Principle, PrincipleKey, Relevance, Role
from principles.content.problems import Problem
from principles.content.registries import ActionRegistry, RoleRegistry, actions_for


@dataclass(frozen=True)
class RelevanceSpread:
    """How the principles rate one role: per relevance, how many; how many name it at all, out
    of how many that could."""

    role: Role
    counts: dict[Relevance, int]
    named: int
    principles: int


@dataclass(frozen=True, eq=False)
class Index:
    """What `load_index` found, made once and never changed (its cached lookups cannot go
    stale). Principles hold only references that resolve."""

    docs_dir: Path
    roles: RoleRegistry
    collections: Mapping[str, Collection] = field(default_factory=dict)
    principles: Mapping[PrincipleKey, Principle] = field(default_factory=dict)
    aliases: Mapping[PrincipleKey, PrincipleKey] = field(default_factory=dict)
    known: frozenset[PrincipleKey] = frozenset()
    """Every principle folder, also those too broken to load (their file has its message)."""
    actions: ActionRegistry = field(default_factory=ActionRegistry)
    problems: tuple[Problem, ...] = ()
    data_files: tuple[str, ...] = ()
    """Files read as data (roles, collections): not to be published as site files."""

    def __iter__(self) -> Iterator[Principle]:
        return iter(self.sorted_principles)

    def __len__(self) -> int:
        return len(self.principles)

    @cached_property
    def sorted_principles(self) -> tuple[Principle, ...]:
        """Collection by collection in the order the content sets, each by number."""
        return tuple(sorted(self.principles.values(), key=self.sort_key))

    @cached_property
    def _collection_positions(self) -> dict[str, int]:
        return {cid: position for position, cid in enumerate(self.collections)}

    def sort_key(self, principle: Principle) -> tuple[int, int, str]:
        """Where a principle comes on the site: its collection's place, then its number."""
        position = self._collection_positions.get(principle.collection, len(self.collections))
        return (position, principle.number, principle.slug)

    @cached_property
    def graph(self) -> RelationGraph:
        """Relations both ways and derivations, built once from the principles."""
        return RelationGraph.build(self.sorted_principles)

    def principles_of(self, keys: Iterable[PrincipleKey]) -> list[Principle]:
        """The principles with these keys, in collection and number order."""
        found = (p for key in keys if (p := self.principles.get(key)) is not None)
        return sorted(found, key=self.sort_key)

    def grouped(
        self, keys: Iterable[PrincipleKey], first: str = ""
    ) -> list[tuple[Collection, list[Principle]]]:
        """The principles of `keys` by collection (collection `first` first), in number order."""
        found = self.principles_of(keys)
        order = [first, *(cid for cid in self.collections if cid != first)]
        return [
            (self.collections[cid], members)
            for cid in order
            if cid in self.collections and (members := [p for p in found if p.collection == cid])
        ]

    @cached_property
    def _committed(self) -> dict[str, date]:
        return git_dates(self.docs_dir)

    def file_changed(self, src_uri: str) -> date:
        """When a file of the docs folder last changed: its latest commit, else its own date."""
        return self._committed.get(src_uri) or file_date(self.docs_dir / src_uri)

    @cached_property
    def last_changed(self) -> dict[PrincipleKey, date]:
        """When each principle's page last changed: its latest commit, else the file's date."""
        return {key: self.file_changed(key.src_uri) for key in self.principles}

    @cached_property
    def content_changed(self) -> date | None:
        """When the content last changed: the newest date of the principles and data files.
        The date of a page that Leidraad generates from them (an overview, a role page)."""
        dates = [*self.last_changed.values()]
        dates += [self.file_changed(f) for f in self.data_files if (self.docs_dir / f).is_file()]
        return max(dates, default=None)

    def page_changed(self, src_uri: str) -> date | None:
        """When the page of this docs path last changed: its file's date, or, for a page that
        Leidraad generates (no file), the content's date."""
        if (self.docs_dir / src_uri).is_file():
            return self.file_changed(src_uri)
        return self.content_changed

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @cached_property
    def _problems_by_file(self) -> dict[str, list[Problem]]:
        found: dict[str, list[Problem]] = {}
        for problem in self.problems:
            found.setdefault(problem.source.path, []).append(problem)
        return found

    def problems_in(self, src_uri: str) -> list[Problem]:
        """The problems of one file, errors and warnings, by line."""
        return self._problems_by_file.get(src_uri, [])

    def has_errors(self, src_uri: str) -> bool:
        """Whether the file has an error: its page shows the errors instead of its content."""
        return any(problem.is_error for problem in self.problems_in(src_uri))

    def in_collection(self, collection_id: str) -> list[Principle]:
        """The principles of one collection in number order."""
        return [p for p in self.sorted_principles if p.collection == collection_id]

    def roles_of(self, collection_id: str) -> list[Role]:
        """The roles a collection addresses, in its tab order."""
        collection = self.collections[collection_id]
        return [role for rid in collection.roles if (role := self.roles.get(rid)) is not None]

    def for_role(self, role_id: str) -> list[tuple[Principle, Relevance]]:
        """Every principle that names the role, most relevant first, then by collection and
        number."""
        found = [
            (principle, relevance)
            for principle in self.sorted_principles
            if (relevance := principle.relevance_for(role_id)) is not None
        ]
        return sorted(found, key=lambda item: (item[1].rank, self.sort_key(item[0])))

    def relevance_spread(self) -> list[RelevanceSpread]:
        """How often each role is rated high, medium and low: whether relevance tells readers
        anything. Every role that a collection addresses or a principle names, in the order of
        the roles file; counted over the principles of the collections that address it (all
        principles when none does)."""
        # Counted by C-level passes: `principles check` prints this for every site.
        principles = self.principles.values()
        per_collection = Counter(key.collection for key in self.principles)
        rated = Counter(rating for principle in principles for rating in principle.relevance)
        addressed: Counter[str] = Counter()
        for collection_id, count in per_collection.items():
            collection = self.collections.get(collection_id)
            for role_id in set(collection.roles if collection is not None else ()):
                addressed[role_id] += count
        found = []
        for role in self.roles:
            counts = {level: rated[(role.id, level)] for level in Relevance}
            named = sum(counts.values())
            if not addressed[role.id] and not named:
                continue
            found.append(
                RelevanceSpread(role, counts, named, addressed[role.id] or len(self.principles))
            )
        return found

    def actions_for(
        self, principle: Principle, role: str | None = None, status: str | None = None
    ) -> list[Action]:
        """The action cards of `principle`: pinned first, then by status and name."""
        return actions_for(self.actions, principle, role, status)

    def get(self, key: PrincipleKey) -> Principle | None:
        """The principle with this key, following an alias to its new slug."""
        return self.principles.get(self.aliases.get(key, key))

    def for_page(self, src_uri: str) -> Principle | None:
        """The principle rendered from this docs file, if it is one."""
        key = PrincipleKey.from_src_uri(src_uri)
        return self.principles.get(key) if key else None
