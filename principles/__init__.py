"""Leidraad's library: load, validate, link and export architecture principles.

Importable and testable without MkDocs; `principles.plugin` adapts it to MkDocs events.
"""

from principles.content.index import Index
from principles.content.load import load_index
from principles.content.model import (
    Collection,
    Principle,
    PrincipleKey,
    Relation,
    RelationKind,
    Relevance,
    Role,
    SourceRef,
    Status,
)
from principles.content.problems import Problem, Severity

__all__ = [
    "Collection",
    "Index",
    "Principle",
    "PrincipleKey",
    "Problem",
    "Relation",
    "RelationKind",
    "Relevance",
    "Role",
    "Severity",
    "SourceRef",
    "Status",
    "load_index",
]
