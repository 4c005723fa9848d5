"""The relation graph: declared relations made two-way, and derivations in both directions.

Built once per build from the index. An editor declares a relation on one page; both pages list
it. A derivation (`derived_from`) reads "Afgeleid van" on the derived page and "Uitgewerkt in"
on the principle it elaborates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from principles.content.model import Principle, PrincipleKey, Relation, RelationKind


@dataclass(frozen=True)
class RelationGraph:
    relations: tuple[Relation, ...] = ()
    _related: dict[PrincipleKey, tuple[PrincipleKey, ...]] = field(default_factory=dict, repr=False)
    _derived_from: dict[PrincipleKey, tuple[PrincipleKey, ...]] = field(
        default_factory=dict, repr=False
    )
    _elaborated_in: dict[PrincipleKey, tuple[PrincipleKey, ...]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def build(cls, principles: Iterable[Principle]) -> RelationGraph:
        relations: list[Relation] = []
        related: dict[PrincipleKey, set[PrincipleKey]] = defaultdict(set)
        derived_from: dict[PrincipleKey, set[PrincipleKey]] = defaultdict(set)
        elaborated_in: dict[PrincipleKey, set[PrincipleKey]] = defaultdict(set)
        for principle in principles:
            for target in principle.relations:
                relations.append(Relation(RelationKind.RELATED, principle.key, target))
                related[principle.key].add(target)
                related[target].add(principle.key)
            for target in principle.derived_from:
                relations.append(Relation(RelationKind.DERIVED, principle.key, target))
                derived_from[principle.key].add(target)
                elaborated_in[target].add(principle.key)

        def frozen(
            table: dict[PrincipleKey, set[PrincipleKey]],
        ) -> dict[PrincipleKey, tuple[PrincipleKey, ...]]:
            return {key: tuple(sorted(values)) for key, values in table.items()}

        return cls(
            tuple(sorted(relations)),
            frozen(related),
            frozen(derived_from),
            frozen(elaborated_in),
        )

    def related(self, key: PrincipleKey) -> tuple[PrincipleKey, ...]:
        """Principles related to `key`, whichever of the two declared it."""
        return self._related.get(key, ())

    def derived_from(self, key: PrincipleKey) -> tuple[PrincipleKey, ...]:
        """Principles that `key` elaborates ("Afgeleid van")."""
        return self._derived_from.get(key, ())

    def elaborated_in(self, key: PrincipleKey) -> tuple[PrincipleKey, ...]:
        """Principles that elaborate `key` ("Uitgewerkt in")."""
        return self._elaborated_in.get(key, ())

    def neighbours(self, key: PrincipleKey) -> tuple[PrincipleKey, ...]:
        """Every principle one relation or derivation away from `key`."""
        return tuple(
            sorted({*self.related(key), *self.derived_from(key), *self.elaborated_in(key)})
        )

    def edges_within(self, keys: Iterable[PrincipleKey]) -> list[Relation]:
        """The relations whose both ends are in `keys`, each related pair once, found through
        the neighbours of `keys` (not by scanning every relation of the site)."""
        wanted = set(keys)
        edges = []
        for key in sorted(wanted):
            for other in self.related(key):
                if other in wanted and key < other:
                    edges.append(Relation(RelationKind.RELATED, key, other))
            for target in self.derived_from(key):
                if target in wanted:
                    edges.append(Relation(RelationKind.DERIVED, key, target))
        return edges
