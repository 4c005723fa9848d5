"""The layers of `principles/` (ARCHITECTURE.md, "Layers"): no module imports from a layer above
its own. Every import is read from the source (ast), also those inside functions and under
`TYPE_CHECKING`: a layer that needs a name from above it is in the wrong place, however late it
imports it."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "principles"

LAYERS = ("content", "site", "export", "plugin", "tools")
"""Lowest first: a layer imports only from itself and the layers before it."""

CONTENT_TIERS = {
    # The values: the model, the problems and their texts, the addresses, the interface texts.
    "messages": 0, "problems": 0, "model": 0, "routes": 0, "dates": 0, "texts": 0,
    # What an `Index` is made of, and the Index.
    "registries": 1, "graph": 1, "history": 1, "index": 1,
    # Reading and checking files.
    "source": 2, "schema": 2, "fields": 2, "body": 2, "bounds": 2, "rendered": 2, "draft": 2,
    "related": 2, "links": 2, "link": 2, "roles": 2, "actions": 2, "macros": 2, "colours": 2,
    "sections": 2,
    # Assembling the Index from all of it: `load_index`.
    "load": 3, "collection_files": 3, "docs_files": 3, "principle_files": 3,
}  # fmt: skip
"""Within `content`, the same rule by tier: the model does not import the index, the index
does not import the modules that read files, only the loader imports the loader."""


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = REPO.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, module) of every import of Leidraad's package in `tree`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.append((node.lineno, name if is_module(name) else node.module))
    return [(line, name) for line, name in found if name.split(".")[0] == "principles"]


def rank(module: str) -> tuple[int, int] | None:
    """(layer, tier within content) of a module of a layer; None for the package itself."""
    parts = module.split(".")
    if len(parts) < 2:
        return None
    layer = LAYERS.index(parts[1])
    if parts[1] == "content" and len(parts) > 2:
        return layer, CONTENT_TIERS[parts[2]]
    return layer, 0


def test_every_module_is_in_a_layer() -> None:
    loose = [
        path.relative_to(REPO).as_posix()
        for path in PACKAGE.glob("*.py")
        if path.name != "__init__.py"
    ]
    assert loose == [], "put these modules into a layer (ARCHITECTURE.md, 'Layers')"
    folders = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert folders == sorted(LAYERS)
    modules = [*(PACKAGE / "content").glob("*.py"), *(PACKAGE / "content").glob("*/__init__.py")]
    unranked = sorted(
        name for p in modules
        if (name := p.parent.name if p.name == "__init__.py" else p.stem) != "content"
        and name not in CONTENT_TIERS
    )  # fmt: skip
    assert unranked == [], "give these content modules a tier in CONTENT_TIERS"


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        own = rank(module)
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for line, target in imported(tree):
            theirs = rank(target)
            if own is None:  # principles/__init__.py: the public API, content only
                if theirs is not None and theirs[0] > 0:
                    wrong.append(f"{path.relative_to(REPO)}:{line}: {module} imports {target}")
            elif theirs is not None and theirs > own and target != module:
                wrong.append(f"{path.relative_to(REPO)}:{line}: {module} imports {target}")
    assert wrong == [], "an import from a higher layer or tier:\n" + "\n".join(wrong)


def test_the_check_finds_an_import_from_above() -> None:
    tree = ast.parse(
        "from principles.site.pages import generated_pages\n"
        "def f():\n    from principles.content import load\n"
        "import principles.tools.cli\n"
    )
    assert sorted(imported(tree)) == [
        (1, "principles.site.pages"),
        (3, "principles.content.load"),
        (4, "principles.tools.cli"),
    ]
    assert rank("principles.content.model") < rank("principles.content.index")  # type: ignore[operator]
    assert rank("principles.content.load") < rank("principles.site.pages")  # type: ignore[operator]
    assert rank("principles.export") < rank("principles.tools.cli")  # type: ignore[operator]
