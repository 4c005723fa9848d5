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


# Files from outside the docs folder -------------------------------------------------------

SECRET = "Geheim-3f9a: dit staat buiten de map docs"


def outside_tree(tmp_path: Path) -> dict[str, str | bytes]:
    """The tiny tree; the links to a file outside the docs folder are made by `link_outside`."""
    (tmp_path / "elders").mkdir(exist_ok=True)
    (tmp_path / "elders" / "geheim.md").write_text(f"# Geheim\n\n{SECRET}\n", "utf-8")
    (tmp_path / "elders" / "geheim.txt").write_text(SECRET, "utf-8")
    (tmp_path / "elders" / "map").mkdir(exist_ok=True)
    (tmp_path / "elders" / "map" / "index.md").write_text(f"# Map\n\n{SECRET}\n", "utf-8")
    return tiny_tree()


def link_outside(docs_dir: Path) -> None:
    elders = docs_dir.parent / "elders"
    (docs_dir / "alpha" / "drie").mkdir()
    (docs_dir / "alpha" / "drie" / "index.md").symlink_to(elders / "geheim.md")  # a principle
    (docs_dir / "notities.md").symlink_to(elders / "geheim.md")  # another page
    (docs_dir / "bijlage.txt").symlink_to(elders / "geheim.txt")  # a file MkDocs copies
    (docs_dir / "extern").symlink_to(elders / "map", target_is_directory=True)  # a folder
    (docs_dir / "kapot.md").symlink_to(elders / "bestaat-niet.md")  # a link to nothing


def test_links_to_files_outside_the_docs_folder_are_refused_at_their_file(
    tmp_path: Path,
) -> None:
    docs = write(tmp_path, outside_tree(tmp_path))
    link_outside(docs)
    assert sorted(located(docs, "LD117")) == [
        ("alpha/drie/index.md", 1),
        ("bijlage.txt", 1),
        ("extern/index.md", 1),
        ("kapot.md", 1),
        ("notities.md", 1),
    ]


def test_what_a_link_points_to_outside_the_docs_folder_is_never_published(
    tmp_path: Path,
) -> None:
    from tests.conftest import build_site

    docs = write(tmp_path, outside_tree(tmp_path))
    link_outside(docs)
    site_dir, records, aborted = build_site(tmp_path)
    assert aborted  # content errors: not built for publication, and yet nothing leaked
    published = [
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file() and SECRET.encode() in path.read_bytes()
    ]
    assert published == []
    assert (site_dir / "notities" / "index.html").is_file()  # an error page in its place
    messages = [r.getMessage() for r in records]
    assert any("notities.md:1:" in m and "LD117" in m for m in messages)
