"""Every kind of editor mistake gives exactly one located message — from the library, from
`principles check`, and from a strict build — and never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from principles.content.load import load_index
from principles.tools.cli import main
from tests.conftest import BuildResult, page, tiny_tree

EEN = "alpha/een/index.md"
TWEE = "alpha/twee/index.md"


def with_een(front_matter: str, body: str = "\nTekst.\n") -> dict[str, str | bytes]:
    tree = tiny_tree()
    tree[EEN] = page(front_matter, body)
    return tree


# (id, tree, file, line, words the message must contain)
CASES: list[tuple[str, dict[str, str | bytes], str, int, str]] = [
    (
        "broken-yaml",
        with_een('title: "1. Een\nsummary: x\n'),
        EEN,
        2,
        "invalid YAML",
    ),
    (
        "front-matter-not-mapping",
        with_een("- title\n- summary\n"),
        EEN,
        2,
        "front matter must be a mapping",
    ),
    (
        "missing-title",
        with_een("summary: Geen titel.\nnumber: 1\n"),
        EEN,
        2,
        "missing required field 'title'",
    ),
    ("empty-title", with_een('summary: x\ntitle: ""\nnumber: 1\n'), EEN, 3, "'title' is empty"),
    (
        "unknown-relation",
        with_een('title: "1. Een"\nrelations:\n  - twe\n'),
        EEN,
        4,
        "unknown principle 'twe' (did you mean 'twee'?)",
    ),
    (
        "unknown-collection",
        with_een('title: "1. Een"\nrelations: [twee, beta/twee]\n'),
        EEN,
        3,
        "unknown collection 'beta'",
    ),
    (
        "unknown-role",
        with_een('title: "1. Een"\nrelations: [twee]\nroles:\n  - jurst: low\n'),
        EEN,
        5,
        "unknown role 'jurst' (did you mean 'jurist'?)",
    ),
    (
        "bad-relevance",
        with_een('title: "1. Een"\nrelations: [twee]\nroles:\n  ontwikkelaar: hoog\n'),
        EEN,
        5,
        "'hoog' is not one of: high, medium, low",
    ),
    # A number used twice is one mistake with two messages, one on each page:
    # tests/test_links_and_bounds.py.
    (
        "alias-clashes-with-slug",
        with_een('title: "1. Een"\nrelations: [twee]\naliases: [twee]\n'),
        EEN,
        4,
        "alias 'twee' is the slug of an existing principle",
    ),
    (
        "tab-matches-no-role",
        with_een(
            'title: "1. Een"\nrelations: [twee]\nroles: {jurist: low}\n',
            '\n=== "Jurrist"\n\n    Tekst.\n',
        ),
        EEN,
        7,
        "tab \"Jurrist\" matches no role (did you mean 'Jurist'?)",
    ),
    (
        "not-utf8",
        {**tiny_tree(), EEN: '---\ntitle: "1. Een"\n---\n\nCaf\xe9\n'.encode("latin-1")},
        EEN,
        5,
        "file is not UTF-8",
    ),
    ("empty-file", {**tiny_tree(), EEN: ""}, EEN, 1, "file is empty"),
    (
        "reserved-slug",
        {**tiny_tree(), "alpha/kaart/index.md": page('title: "3. Kaart"\n')},
        "alpha/kaart/index.md",
        1,
        "folder name 'kaart' is reserved",
    ),
    (
        "relation-listed-twice",
        with_een('title: "1. Een"\nrelations:\n  - twee\n  - twee\n'),
        EEN,
        5,
        "'twee' is listed twice",
    ),
    (
        "derivation-cycle",
        {
            **tiny_tree(),
            EEN: page('title: "1. Een"\nderived_from: [twee]\n'),
            TWEE: page('title: "2. Twee"\nderived_from: [een]\n'),
        },
        EEN,
        3,
        "derivation cycle: alpha/een → alpha/twee → alpha/een",
    ),
    (
        "relates-to-itself",
        with_een('title: "1. Een"\nrelations: [twee, een]\n'),
        EEN,
        3,
        "'een' is this principle itself",
    ),
]


@pytest.mark.parametrize(
    ("tree", "rel", "line", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_library_reports_exactly_one_located_problem(
    docs: Callable[..., Path], tree: dict[str, str | bytes], rel: str, line: int, words: str
) -> None:
    index = load_index(docs(tree))
    assert [(p.source.path, p.source.line) for p in index.problems] == [(rel, line)], index.problems
    assert words in index.problems[0].text("en")


@pytest.mark.parametrize(
    ("tree", "rel", "line", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_check_prints_path_line_message_and_exits_1(
    docs: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    tree: dict[str, str | bytes],
    rel: str,
    line: int,
    words: str,
) -> None:
    docs_dir = docs(tree)
    assert main(["check", "--lang", "en", str(docs_dir)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith(f"{docs_dir}/{rel}:{line}: error LD")
    assert words in lines[0]
    assert lines[1].startswith("1 error(s), 0 warning(s)")
    assert "Traceback" not in out + err
    # Editors get the same problem in Dutch, by default.
    assert main(["check", str(docs_dir)]) == 1
    dutch = capsys.readouterr().out.splitlines()
    problem = load_index(docs_dir).problems[0]
    assert dutch[0] == f"{docs_dir}/{rel}:{line}: fout {problem.code}: {problem.text('nl')}"
    assert dutch[1].startswith("1 fout(en), 0 waarschuwing(en)")


@pytest.mark.parametrize(
    ("tree", "rel", "line", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_build_reports_it_and_keeps_every_other_page(
    build: Callable[..., BuildResult],
    tree: dict[str, str | bytes],
    rel: str,
    line: int,
    words: str,
) -> None:
    result = build(tree)
    assert result.aborted  # Never published, `--strict` or not; but every page is built.
    assert len(result.leidraad_messages) == 1
    problem = load_index(result.site_dir.parent / "docs").problems[0]
    assert words in problem.text("en")
    assert result.leidraad_messages[0].endswith(
        f"{rel}:{line}: fout {problem.code}: {problem.text('nl')}"
    )
    other = TWEE if rel == EEN else EEN
    assert (result.site_dir / other.replace(".md", ".html")).is_file()
    assert (result.site_dir / "alpha/index.html").is_file()


def test_strict_build_fails_on_a_content_error(build: Callable[..., BuildResult]) -> None:
    result = build(CASES[4][1], strict=True)
    assert result.aborted


def test_clean_tree_has_no_problems_and_check_exits_0(
    docs: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(docs())]) == 0
    assert capsys.readouterr().out.startswith("0 fout(en), 0 waarschuwing(en) in 2 principe(s)")


def test_a_broken_page_named_by_the_action_registry_gives_one_message(
    docs: Callable[..., Path],
) -> None:
    tree = tiny_tree()
    tree["_data/actions.yml"] = (
        "actions:\n  - id: kit\n    name: Kit\n    url: https://example.org/\n"
        "    description: Iets.\n    verb: Gebruiken\n    status: beschikbaar\n"
        "    principles: [alpha/een]\n    added: 2026-11-01\n"
    )
    tree[EEN] = page('title: "1. Een\nrelations: [twee]\n')
    index = load_index(docs(tree))
    assert [(p.source.path, p.source.line) for p in index.problems] == [(EEN, 2)]


def test_greater_than_is_plain_text() -> None:
    from principles.content.schema import validate
    from principles.content.source import LineMap

    assert (
        validate({"title": "1. Baten > kosten", "summary": "a > b"}, "principle", "x.md", LineMap())
        == []
    )
    assert validate({"title": "1. <b>Vet</b>"}, "principle", "x.md", LineMap())
