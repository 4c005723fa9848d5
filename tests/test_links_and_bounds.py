"""Issue #24: what an editor can write that the check must catch before the build does —
links to pages or anchors that do not exist, pages that would take Markdown minutes to
render, files from outside the docs folder — and numbers used twice in a collection."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from principles.content.bounds import markdown_work
from principles.content.links import page_anchors
from principles.content.load import load_index
from principles.tools.cli import main
from tests.conftest import REPO, BuildResult, page, tiny_tree


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


# Bounded work per page ----------------------------------------------------------------------

BRACKETS = "[" * 5000
"""One line that takes Python-Markdown 20 seconds to render (20,000 take four and a half
minutes): every '[' is searched for its ']' to the end of the paragraph."""


def test_a_line_of_5000_brackets_is_refused_at_its_line_by_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = tiny_tree()
    tree["alpha/twee/index.md"] = page({"title": "2. Twee"}, f"\nTekst.\n\n{BRACKETS}\n")
    tree["notities.md"] = f"# Notities\n\nEerst dit.\n\n{BRACKETS}\n"
    docs = write(tmp_path, tree)
    assert sorted(located(docs, "LD422")) == [("alpha/twee/index.md", 7), ("notities.md", 5)]
    assert main(["check", str(docs)]) == 1
    out = capsys.readouterr().out
    assert f"{docs}/notities.md:5: fout LD422: " in out
    assert "minuten" in out


def test_a_refused_page_is_an_error_page_and_the_build_goes_on(tmp_path: Path) -> None:
    from tests.conftest import build_site

    tree = tiny_tree()
    tree["notities.md"] = f"# Notities\n\nGeheim-77 en meer.\n\n{BRACKETS * 4}\n"
    write(tmp_path, tree)
    site_dir, _, aborted = build_site(tmp_path)
    assert aborted  # a content error: not published …
    shown = (site_dir / "notities" / "index.html").read_text("utf-8")
    assert "LD422" in shown and "Geheim-77" not in shown  # … its errors instead of its text
    assert (site_dir / "alpha" / "een" / "index.html").is_file()  # … the others built


def test_markdown_fields_and_a_collection_intro_are_bounded_too(tmp_path: Path) -> None:
    tree = tiny_tree()
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "statement": "Goed.", "implications": ["Een.", BRACKETS]}
    )
    assert located(write(tmp_path / "fields", tree), "LD422") == [
        ("alpha/twee/index.md", 6)  # the second implication
    ]
    tree = tiny_tree()
    tree["alpha/_collection.yml"] = f"title: Alpha\nroles: [ontwikkelaar]\nintro: '{BRACKETS}'\n"
    assert located(write(tmp_path / "intro", tree), "LD422") == [("alpha/_collection.yml", 3)]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("x " + "<a " * 4000, "LD415"),  # tags never closed: the HTML parser reads to the end
        ("*a _b " * 500 + "b_ a*" * 500, "LD416"),  # 1,000 levels: a RecursionError
        ("\n".join("    " * i + '=== "A"\n' for i in range(60)) + "    " * 60 + "x", "LD416"),
    ],
    ids=["tags", "emphasis", "tabs"],
)
def test_other_unbounded_shapes_are_refused(tmp_path: Path, body: str, code: str) -> None:
    tree = tiny_tree()
    tree["notities.md"] = f"# Notities\n\n{body}\n"
    docs = write(tmp_path, tree)
    assert [path for path, _ in located(docs, code)] == ["notities.md"]


def test_ordinary_pages_are_far_from_every_limit() -> None:
    ordinary = (
        "Een zin met een [link](../twee/) en een [verwijzing][ref], **vet**, _schuin_, "
        "==gemarkeerd==, ++ctrl+alt++, een snake_case_naam, 3 < 4 en `[code`.\n\n"
        "- [x] taak met <span>html</span>\n    - [ ] genest, *nog* **dieper** [met [haken]]\n\n"
        "[ref]: https://example.org\n\n"
    ) * 2000  # 504 kB: near the size limit of a page (512 kB)
    assert markdown_work(ordinary, 1, "x.md") is None


_SOUP_PIECES = ["[", "]", "(", ")", "![", "*", "**", "_", "__", "<a ", "<", ">", "`", "==",
                "^^", "~~", "++", "\\", " ", "a", "x.md", "#", "\n", "\n\n", "    ", "> ",
                "- ", '=== "A"\n', "!!! note\n", "[a](", "1. "]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_SOUP_PIECES), st.integers(1, 1500)), max_size=6))
@example([("[", 5000)])
@example([("- ", 1000)])  # lists in lists: a RecursionError, found by this test
@example([("[a](", 3000)])  # addresses never closed, found by this test
@example([("^^", 3000)])  # one long run of a marker, found by this test
@example([("~~", 3000), ("[", 3000)])  # a fence never closed is text, found by this test
@example([("<!--", 3), ("[", 3000)])  # so is a comment never closed, found by this test
def test_bracket_and_emphasis_soup_is_refused_where_it_starts_or_renders(
    runs: list[tuple[str, int]],
) -> None:
    """Generated soup of Markdown's markers, up to many thousand characters: the check either
    refuses it at a line of the text, or the site's own Markdown renders it (the test would
    hang or raise otherwise)."""
    body = "".join(piece * count for piece, count in runs)
    problem = markdown_work(body, 3, "soep.md")
    if problem is not None:
        assert problem.code in ("LD422", "LD415", "LD416", "LD419", "LD420", "LD421")
        assert problem.source.path == "soep.md"
        assert 3 <= problem.source.line <= 3 + body.count("\n")
        return
    _site_markdown().reset().convert(body)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*_SOUP_PIECES, "\x00", "\t", " \n", "\n \n"]),
                  st.integers(1, 120)),
        max_size=8,
    )
)  # fmt: skip
@example([("[", 51), ("]", 51)])  # inline nesting just over the limit
@example([("- ", 51), ("a", 1)])  # lists in lists, on the first line
@example([("a", 1), ("\n", 1), ("> ", 52)])  # quotes in quotes, on a later line
def test_the_quick_bounds_never_hide_what_the_full_scans_find(
    runs: list[tuple[str, int]],
) -> None:
    """`markdown_work` skips each full scan when a cheaper count shows its limit cannot be
    reached (every ordinary page); on any text the full scan would refuse, the quick bound
    must say 'maybe'."""
    from principles.content import bounds

    text = "".join(piece * count for piece, count in runs)
    marks = bounds._nesting_marks(text)
    if bounds._nesting(text)[0] > bounds.MAX_NESTING:
        assert bounds._may_nest_deeper_than_allowed(text, marks)
    if len(bounds._TAB_LINE.findall(text)) > bounds.MAX_TABS:
        assert marks.count(b"===") > bounds.MAX_TABS
    assert marks.count(b"[") == text.count("[")
    long_run = bounds._LONG_RUN.search(text) is not None
    assert long_run == any(run in text for run in bounds._RUNS_TOO_LONG)


@functools.cache
def _site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of the repository's mkdocs.yml."""
    from mkdocs.config import load_config

    config = load_config(config_file=str(REPO / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )


# Links to pages and anchors that do not exist -------------------------------------------------

LINKS_PAGE = """\
# Notities

## Eerste kop

Goed: [twee](alpha/twee/index.md), [een](../alpha/een/), [de kop](alpha/twee/index.md#een-kop),
[het tabblad](alpha/een/index.md#jurist), [oude rolnaam](../alpha/een/#developer),
[een sectie](../alpha/een/#delen-en-insluiten), [rollen](../rollen/), [kaart](../alpha/kaart/),
[hier](#eerste-kop), [plaatje](plaatje.png), [elders](https://example.org/nergens/),
[mail](mailto:a@example.org), [absoluut](/ergens/), <a href="../alpha/twee/">twee</a>,
[ref goed][goed], `[in code](nergens.md)`.

```
[in een codeblok](nergens.md)
```

Fout: [drie](../alpha/drie/), [een](alpha/een/) (vanaf notities/ is dat notities/alpha/een/)
en [vier](alpha/vier/index.md), [kop](alpha/twee/index.md#geen-kop),
<a href="../alpha/vijf/">vijf</a> [hier](#tweede-kop)

[goed]: alpha/twee/index.md
[fout]: ../buiten.md
"""


def links_tree() -> dict[str, str | bytes]:
    tree = tiny_tree()
    tree["alpha/twee/index.md"] = page({"title": "2. Twee"}, "\n## Een kop\n\nTekst.\n")
    tree["notities.md"] = LINKS_PAGE
    tree["plaatje.png"] = b"\x89PNG"
    return tree


def test_links_to_pages_and_anchors_that_do_not_exist_are_reported_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = write(tmp_path, links_tree())
    index = load_index(docs)
    found = sorted(
        (p.source.line, p.code, dict(p.values)["url"])
        for p in index.problems
        if p.code in ("LD417", "LD418")
    )
    assert found == [
        (16, "LD417", "../alpha/drie/"),
        (16, "LD417", "alpha/een/"),
        (17, "LD417", "alpha/vier/index.md"),
        (17, "LD418", "alpha/twee/index.md#geen-kop"),
        (18, "LD417", "../alpha/vijf/"),
        (18, "LD418", "#tweede-kop"),
        (21, "LD417", "../buiten.md"),
    ]
    assert all(p.source.path == "notities.md" for p in index.problems)
    assert main(["check", "--strict", str(docs)]) == 1
    out = capsys.readouterr().out
    assert f"{docs}/notities.md:17: waarschuwing LD418: " in out
    assert "'#geen-kop'" in out and "alpha/twee/index.md" in out


def test_a_link_to_a_missing_page_suggests_the_page_meant(tmp_path: Path) -> None:
    tree = tiny_tree()
    tree["notities.md"] = "# Notities\n\nZie [twee](alpha/twe/index.md).\n"
    problems = load_index(write(tmp_path, tree)).problems
    assert [(p.code, p.source.line) for p in problems] == [("LD417", 3)]
    assert "alpha/twee/index.md" in problems[0].message


HEADINGS = [
    "Één kop met accenten",
    "Kop met `code` en **vet** en _schuin_",
    "Kop met [een link](https://example.org) en ![plaatje](p.png)",
    "Kop & <span>html</span> (c) :smile:",
    "snake_case_naam in een kop",
    "Dubbel",
    "Dubbel",
    "Eigen anker {#mijn-anker}",
    "Met ==mark== en ++ctrl+alt++",
]


def test_heading_and_tab_anchors_are_the_ids_the_site_gives_them(
    build: Callable[..., BuildResult],
) -> None:
    body = "\n".join(f"\n## {heading}\n\nTekst.\n" for heading in HEADINGS)
    body += '\n=== "Ontwikkelaar"\n\n    Bouw.\n\n=== "Jurist"\n\n    Toets.\n'
    tree = tiny_tree()
    tree["notities.md"] = f"# Notities\n{body}"
    result = build(tree)
    html = result.html("notities/index.html")
    article = html[html.index("<article") : html.index("</article>")]
    ids = set(re.findall(r'<h2 id="([^"]+)"', article)) | set(
        re.findall(r'<input [^>]*id="([^"]+)"', article)
    )
    ours = page_anchors(body)
    assert ids <= ours, ids - ours
    assert {"mijn-anker", "dubbel", "dubbel_1", "ontwikkelaar", "jurist"} <= ids


def test_an_include_of_a_file_outside_the_docs_folder_is_refused_and_not_published(
    tmp_path: Path,
) -> None:
    from tests.conftest import build_site

    tree = outside_tree(tmp_path)
    tree["opgenomen.md"] = page(
        {"title": "Opgenomen", "render_macros": True},
        '\nEerst.\n\n{% include "bijlage.txt" %}\n\n{% include "../elders/geheim.md" %}\n',
    )
    tree["binnen.md"] = page(
        {"title": "Binnen", "render_macros": True}, '\n{% include "stukje.txt" %}\n'
    )
    tree["stukje.txt"] = "Een stukje van binnen."
    docs = write(tmp_path, tree)
    (docs / "bijlage.txt").symlink_to(tmp_path / "elders" / "geheim.txt")
    assert sorted(located(docs, "LD709")) == [("opgenomen.md", 8), ("opgenomen.md", 10)]
    site_dir, _, _ = build_site(tmp_path)
    assert "Een stukje van binnen." in (site_dir / "binnen" / "index.html").read_text("utf-8")
    leaked = [p for p in site_dir.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert leaked == []


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["javascript", "JavaScript", "VBScript", "data", "DATA", "dat", "a",
                         ":", " ", "\n", "\t", "\xa0", "ſ", "script", "](", "<"]),
        max_size=14,
    ).map("".join)
)  # fmt: skip
@example("Open data: voor iedereen. [klik](JavaScript :alert(1))")
def test_the_look_for_script_addresses_starts_wherever_one_could(text: str) -> None:
    """The check looks for `javascript:`, `vbscript:` and `data:` addresses only when the page
    has such a word before a ':' (in any case, white space between); that quick test must
    agree with searching the whole page for it."""
    from principles.content.body import _may_hold_script_url

    anywhere = re.compile(r"(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
    assert _may_hold_script_url(text) == (anywhere.search(text) is not None)
