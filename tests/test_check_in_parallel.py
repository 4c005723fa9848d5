"""`principles check` reads the principle files of a large site in several processes: what it
reports must be exactly what reading them one by one reports, errors and links included. And
what else loading does to be fast must not change what it finds, nor the process it runs in."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.generate import generate
from principles.content.load import load_index
from principles.content.principle_files import PARALLEL_FROM
from tests.conftest import write_tree


def test_reading_in_several_processes_reports_exactly_what_reading_in_one_does(
    tmp_path: Path,
) -> None:
    docs = generate(tmp_path, principles=PARALLEL_FROM + 20, per_collection=110)
    first = sorted(docs.glob("*/*/index.md"))
    # Mistakes an editor makes, spread over the collections: a relation to nothing, broken
    # YAML, a link to a missing page, an unknown role; and a page that links to a heading.
    first[3].write_text(
        first[3].read_text("utf-8").replace("relations:\n", "relations:\n- bestaat-niet\n", 1),
        "utf-8",
    )
    first[150].write_text("---\ntitle: [kapot\n---\n\nTekst.\n", "utf-8")
    with first[-1].open("a", encoding="utf-8") as page:
        page.write("\nZie [nergens](../../nergens/) en [de kop](../../index.md#geen-kop).\n")
    first[-2].write_text(
        first[-2].read_text("utf-8").replace("roles:\n", "roles:\n  astronaut: high\n", 1),
        "utf-8",
    )

    # The actions file and the other pages are read beside the principle files: a principle the
    # registry names that does not exist, a plain page with a link to nothing, a static file
    # that is a link to one outside the docs folder.
    actions = docs / "_data" / "actions.yml"
    actions.write_text(
        actions.read_text("utf-8").replace(
            "  principles:\n", "  principles:\n  - weg/nergens\n", 1
        ),
        "utf-8",
    )
    (docs / "over.md").write_text("# Over\n\nZie [ontbrekend](ontbrekend.md).\n", "utf-8")
    (tmp_path / "elders.svg").write_text("<svg/>", "utf-8")
    (docs / "logo.svg").symlink_to(tmp_path / "elders.svg")  # outside the docs folder: LD117

    alone = load_index(docs, jobs=1)
    together = load_index(docs, jobs=2)

    assert together.problems == alone.problems
    codes = {problem.code for problem in alone.problems}
    assert {"LD301", "LD104", "LD501", "LD417", "LD418", "LD603"} <= codes, codes  # all seen
    assert {"over.md", "logo.svg"} <= {problem.source.path for problem in together.problems}
    assert together.actions == alone.actions
    assert len(together.actions.actions) > 0
    assert dict(together.principles) == dict(alone.principles)
    assert len(together) == len(alone) == PARALLEL_FROM + 20 - 1  # the broken page is no principle


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_cycle_collector_as_it_found_it(
    docs: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    # The collector is paused while the index is made (bench/README.md); `mkdocs serve` loads
    # it on every save and must not be left without it, not even when loading fails.
    (gc.enable if enabled else gc.disable)()
    try:
        docs_dir = docs()
        load_index(docs_dir)
        assert gc.isenabled() is enabled

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("a bug while loading")

        monkeypatch.setattr("principles.content.load.check_links", broken)
        with pytest.raises(RuntimeError):
            load_index(docs_dir)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_a_principle_is_a_folder_with_an_index_page_also_when_the_folder_is_a_link(
    docs: Callable[..., Path], tmp_path: Path
) -> None:
    docs_dir = docs()
    (docs_dir / "alpha" / "schets").mkdir()  # a folder without index.md: no principle
    (docs_dir / "alpha" / "notitie.md").write_text("# Notitie\n", "utf-8")  # a page, no folder
    shared = docs_dir / "gedeeld"
    write_tree(shared, {"drie/index.md": (docs_dir / "alpha" / "twee" / "index.md").read_text()})
    (docs_dir / "alpha" / "drie").symlink_to(shared / "drie", target_is_directory=True)

    index = load_index(docs_dir)

    assert sorted(key.slug for key in index.known) == ["drie", "een", "twee"]
