"""Issue #24: what an editor can write that the check must catch before the build does —
links to pages or anchors that do not exist, pages that would take Markdown minutes to
render, files from outside the docs folder — and numbers used twice in a collection."""

from __future__ import annotations

from pathlib import Path

from principles.load import load_index
from tests.conftest import page, tiny_tree


def located(docs_dir: Path, code: str) -> list[tuple[str, int]]:
    """(file, line) of every problem `code` the check finds in `docs_dir`."""
    return [(p.source.path, p.source.line) for p in load_index(docs_dir).problems if p.code == code]


# Numbers used twice -----------------------------------------------------------------------


def test_a_number_used_twice_is_reported_on_both_pages_at_their_number(tmp_path: Path) -> None:
    tree = tiny_tree()
    tree["alpha/drie/index.md"] = page({"summary": "De derde.", "title": "Drie", "number": 2})
    docs = write(tmp_path, tree)
    index = load_index(docs)
    found = [p for p in index.problems if p.code == "LD309"]
    assert sorted((p.source.path, p.source.line) for p in found) == [
        ("alpha/drie/index.md", 4),  # its `number:` line
        ("alpha/twee/index.md", 2),  # the title that carries the number
    ]
    by_page = {p.source.path: p.message for p in found}
    assert "'twee'" in by_page["alpha/drie/index.md"]
    assert "'drie'" in by_page["alpha/twee/index.md"]


def write(tmp_path: Path, tree: dict[str, str | bytes]) -> Path:
    from tests.conftest import write_tree

    return write_tree(tmp_path / "docs", tree)
