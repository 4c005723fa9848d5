"""The guides and the templates' comments name Leidraad's code as `principles.<module>` or
`principles.<module>.<name>`: every such name must exist, so that a reader who looks one up
finds it (a renamed or removed function leaves no stale pointer behind)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

# `principles.content.registries.tab_anchor`; not a file name (`principles.csv`,
# `/api/v1/principles.json`) nor a JavaScript value (`data.principles.map`).
_NAME = re.compile(r"(?<![\w./-])principles(?:\.[A-Za-z_]\w*)+")
_FILE_EXTENSIONS = frozenset({"json", "csv", "xml", "txt", "yml", "yaml", "md", "html", "py"})


def documents() -> list[Path]:
    guides = [REPO / name for name in ("README.md", "ARCHITECTURE.md", "CONTRIBUTING.md")]
    return guides + sorted((REPO / "principles" / "theme").rglob("*.html"))


def cited_names(text: str) -> set[str]:
    return {name for name in _NAME.findall(text) if name.rpartition(".")[2] not in _FILE_EXTENSIONS}


def missing(name: str) -> bool:
    """Whether `name` is neither a module nor an attribute reachable from one."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:end]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[end:]:
            if not hasattr(found, attribute):
                return True
            found = getattr(found, attribute)
        return False
    return True


@pytest.mark.parametrize("document", documents(), ids=lambda path: str(path.relative_to(REPO)))
def test_every_cited_name_of_the_code_exists(document: Path) -> None:
    names = cited_names(document.read_text("utf-8"))
    assert [name for name in sorted(names) if missing(name)] == []


def test_a_stale_name_is_found() -> None:
    """The check itself: a module, a function and a nested name that exist pass; a removed
    name, a misspelt module and a file name are told apart."""
    text = (
        "`principles.content.registries.tab_anchor`, `principles.content.routes`, "
        "`principles.content.model.Role.url`, "
        "`principles.site.pages.NO_SUCH_THING`, `principles.nosuchmodule.x`, `principles.csv`, "
        "`/api/v1/principles.json`, data.principles.map(f)"
    )
    names = cited_names(text)
    assert names == {
        "principles.content.registries.tab_anchor", "principles.content.routes",
        "principles.content.model.Role.url",
        "principles.site.pages.NO_SUCH_THING", "principles.nosuchmodule.x",
    }  # fmt: skip
    assert sorted(name for name in names if missing(name)) == [
        "principles.nosuchmodule.x", "principles.site.pages.NO_SUCH_THING"
    ]  # fmt: skip
