"""`principles check` reads the principle files of a large site in several processes: what it
reports must be exactly what reading them one by one reports, errors and links included."""

from __future__ import annotations

from pathlib import Path

from bench.generate import generate
from principles.content.load import load_index
from principles.content.principle_files import PARALLEL_FROM


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

    alone = load_index(docs, jobs=1)
    together = load_index(docs, jobs=2)

    assert together.problems == alone.problems
    codes = {problem.code for problem in alone.problems}
    assert {"LD301", "LD104", "LD501", "LD417", "LD418"} <= codes, codes  # every mistake seen
    assert dict(together.principles) == dict(alone.principles)
    assert len(together) == len(alone) == PARALLEL_FROM + 20 - 1  # the broken page is no principle
