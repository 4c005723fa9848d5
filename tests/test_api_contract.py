"""API v1 as its consumers read it: today's build still publishes everything v1 published.

The fixture `tests/contract/api-v1-7b83e60/` is the v1 output of the repository's own site at
7b83e60 (its README says how it was made). v1 grows only by addition, so every key path (with
its JSON type), every identifier and every CSV column of that output must still be in the
output of today's repository site. A renamed role or action keeps its former id in v1.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, REPO_DOCS, BuildResult

CONTRACT = Path(__file__).parent / "contract" / "api-v1-7b83e60"

pytestmark = pytest.mark.skipif(
    (REPO / "docs").resolve() != REPO_DOCS,
    reason="the contract is the repository's own published API, not that of LEIDRAAD_DOCS",
)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    names: dict[type, str] = {str: "string", list: "array", dict: "object"}
    return names[type(value)]


def key_paths(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, JSON type) of every value in a document; list items share the path `…[]`."""
    yield path or "$", json_type(value)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from key_paths(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from key_paths(item, f"{path}[]")


def document_kind(rel: str) -> str:
    """Per-principle documents share one kind (their paths are compared together)."""
    return rel if "/" not in rel else "<collection>/<slug>.json"


def paths_by_kind(api_dir: Path) -> dict[str, set[tuple[str, str]]]:
    kinds: dict[str, set[tuple[str, str]]] = {}
    for file in api_dir.rglob("*.json"):
        rel = file.relative_to(api_dir).as_posix()
        if rel.startswith("schemas/"):
            continue
        kinds.setdefault(document_kind(rel), set()).update(key_paths(json.loads(file.read_text())))
    return kinds


def identifiers(api_dir: Path) -> dict[str, set[str]]:
    def read(name: str) -> Any:
        return json.loads((api_dir / name).read_text("utf-8"))

    return {
        "role": {role["id"] for role in read("roles.json")["roles"]},
        "action": {action["id"] for action in read("actions.json")["actions"]},
        "collection": {c["id"] for c in read("collections.json")["collections"]},
        "principle": {
            f"{p['collection']}/{p['slug']}" for p in read("principles.json")["principles"]
        },
    }


def csv_columns(api_dir: Path) -> list[str]:
    text = (api_dir / "principles.csv").read_text("utf-8")
    return next(csv.reader(io.StringIO(text)))


@pytest.fixture(scope="module")
def api_dir(repo_site: BuildResult) -> Path:
    assert not repo_site.aborted, repo_site.leidraad_messages
    return repo_site.site_dir / "api" / "v1"


def test_every_document_v1_published_is_still_there(api_dir: Path) -> None:
    published = sorted(
        file.relative_to(CONTRACT).as_posix()
        for file in CONTRACT.rglob("*")
        if file.suffix in {".json", ".csv"}
    )
    assert published, "the contract fixture is missing"
    assert [rel for rel in published if not (api_dir / rel).is_file()] == []


def test_every_key_path_v1_published_is_still_there_with_its_type(api_dir: Path) -> None:
    before, now = paths_by_kind(CONTRACT), paths_by_kind(api_dir)
    missing = {
        kind: sorted(paths - now.get(kind, set()))
        for kind, paths in before.items()
        if paths - now.get(kind, set())
    }
    assert missing == {}


def test_every_identifier_v1_published_is_still_there(api_dir: Path) -> None:
    before, now = identifiers(CONTRACT), identifiers(api_dir)
    assert {kind: sorted(ids - now[kind]) for kind, ids in before.items()} == {
        kind: [] for kind in before
    }


def test_every_csv_column_v1_published_is_still_there(api_dir: Path) -> None:
    now = csv_columns(api_dir)
    assert [column for column in csv_columns(CONTRACT) if column not in now] == []


def test_every_role_and_action_v1_names_is_one_it_lists(api_dir: Path) -> None:
    """Within today's v1, a consumer finds every role or action a document names in roles.json
    or actions.json: the former ids are used consistently, not only listed."""
    ids = identifiers(api_dir)
    principles = json.loads((api_dir / "principles.json").read_text("utf-8"))["principles"]
    collections = json.loads((api_dir / "collections.json").read_text("utf-8"))["collections"]
    actions = json.loads((api_dir / "actions.json").read_text("utf-8"))["actions"]
    named_roles = {role for p in principles for role in p["relevance"]}
    named_roles |= {role for c in collections for role in c["roles"]}
    named_roles |= {role for a in actions for role in a["roles"]}
    named_roles |= {
        column.removeprefix("relevance_")
        for column in csv_columns(api_dir)
        if column.startswith("relevance_")
    }
    named_actions = {action for p in principles for action in p["actions"]}
    assert sorted(named_roles - ids["role"]) == []
    assert sorted(named_actions - ids["action"]) == []
