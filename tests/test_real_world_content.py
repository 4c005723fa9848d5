"""Content as real editors and other MkDocs sites write it: Windows files, raw HTML, tabs and
headings written by hand, pages beside a principle, hostile YAML. Each case is accepted and
rendered as written, or gives one message at the right file and line — from the library, from
`principles check` and from a build — and the rest of the site is built all the same."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, expect

from principles.content.load import load_index
from principles.content.source import MAX_PAGE_BYTES
from principles.tools.cli import main
from tests.browser import axe_violations, serve, visit
from tests.conftest import BuildResult, page, tiny_tree
from tests.html import soup


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


EEN = "alpha/een/index.md"
TWEE = "alpha/twee/index.md"
FRONT = 'title: "1. Een"\nrelations: [twee]\n'
"""Valid front matter of `een`; its body starts on line 5."""
ERROR, WARNING = "error", "warning"


def with_een(body: str, front_matter: str = FRONT) -> dict[str, str | bytes]:
    tree = tiny_tree()
    tree[EEN] = page(front_matter, body)
    return tree


def with_file(rel: str, content: str | bytes) -> dict[str, str | bytes]:
    return {**tiny_tree(), rel: content}


# (id, tree, file, line, severity, words the message must contain)
CASES: list[tuple[str, dict[str, str | bytes], str, int, str, str]] = [
    (
        "duplicate-key",
        with_een("\nTekst.\n", FRONT + 'title: "1. Eentje"\n'),
        EEN, 4, ERROR, "'title' is given twice (also on line 2)",
    ),
    (
        "yaml-alias",
        with_een("\nTekst.\n", 'title: &t "1. Een"\nsummary: *t\nrelations: [twee]\n'),
        EEN, 2, ERROR, "YAML anchors and aliases ('&t', '*t') are not allowed",
    ),
    (
        "billion-laughs",
        with_een(
            "\nTekst.\n",
            FRONT
            + 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n"
                for i in range(8)
            ),
        ),
        EEN, 4, ERROR, "YAML anchors and aliases",
    ),
    (
        "nested-too-deep",
        with_een("\nTekst.\n", FRONT + "summary:\n" + "".join(
            "  " * (level + 1) + f"n{level}:\n" for level in range(25)
        ) + "  " * 26 + "x\n"),
        EEN, 25, ERROR, "nested more than 20 levels deep",
    ),
    (
        "too-large",
        with_een("\n" + "Tekst. " * (MAX_PAGE_BYTES // 7 + 1) + "\n"),
        EEN, 1, ERROR, "file is too large (513 kB; at most 512 kB)",
    ),
    (
        "title-too-long",
        with_een("\nTekst.\n", f'title: "1. {"Lang " * 40}"\nrelations: [twee]\n'),
        EEN, 2, ERROR, "'title' is too long (203 characters; at most 150)",
    ),
    (
        "closing-dashes-without-line-break",
        with_file(EEN, '---\ntitle: "1. Een"\nrelations: [twee]\n---'),
        EEN, 1, ERROR, "press Enter after the closing '---'",
    ),
    (
        "unknown-field-on-its-own-line",
        with_een("\nTekst.\n", FRONT + "summary: Iets.\nrelaties: [twee]\n"),
        EEN, 5, ERROR, "unknown field 'relaties' (did you mean 'relations'?)",
    ),
    (
        "high-role-without-tab-at-its-line",
        with_een(
            '\n=== "Jurist"\n\n    Tekst.\n',
            FRONT + "roles:\n  jurist: low\n  ontwikkelaar: high\n",
        ),
        EEN, 6, WARNING, "role 'ontwikkelaar' has relevance 'high' but the page has no",
    ),
    (
        "stray-closing-div",
        with_een("\nTekst.\n\n</div>\n\nMeer tekst.\n"),
        EEN, 8, ERROR, "closing tag </div> has no opening <div>",
    ),
    (
        "unclosed-div",
        with_een('\nTekst.\n\n<div class="kader">\n\nMeer tekst.\n'),
        EEN, 8, ERROR, "<div> is never closed",
    ),
    # Imported pages: raw HTML blocks whose lines are indented by four spaces after a blank
    # line are HTML for Python-Markdown, not code.
    (
        "stray-closing-div-after-indented-html",
        with_een(
            '\n<div class="kader">\n\n    <p>Let op.</p>\n    </div>\n\n</div>\n\nMeer tekst.\n'
        ),
        EEN, 11, ERROR, "closing tag </div> has no opening <div>",
    ),
    (
        "inline-style-on-an-indented-line-of-an-html-block",
        with_een('\n<div class="kader">\n\n    <p style="color: red">Let op.</p>\n\n</div>\n'),
        EEN, 8, WARNING, 'style="…" on <p> has no effect',
    ),
    (
        "form-with-fields-is-removed-whole",
        with_een(
            '\n<form action="/x">\n    <select name="a"><option>1</option></select>\n'
            '    <input type="text">\n    <button>Verstuur</button>\n</form>\n\nMeer tekst.\n'
        ),
        EEN, 6, ERROR,
        "remove the whole element, from <form> on line 6 up to and including </form> on line 10",
    ),
    (
        "html-block-never-closed",
        with_een('\n<div class="kader">\nTekst.\n\n## Kop\n\nMeer tekst.\n'),
        EEN, 6, ERROR, "the HTML block that starts here with <div> is never closed",
    ),
    (
        "comment-never-closed",
        with_een("\nTekst.\n\n<!-- nog uitwerken\n\n## Kop\n\nMeer tekst.\n"),
        EEN, 8, ERROR, "this comment '<!--' is never closed",
    ),
    (
        "code-fence-never-closed",
        with_een("\nTekst.\n\n```python\nprint(1)\n\n## Kop\n\nMeer tekst.\n"),
        EEN, 8, ERROR, "the code block that starts here with ``` is never closed",
    ),
    (
        "inline-style",
        with_een('\n<p style="color: red">Rood</p>\n'),
        EEN, 6, WARNING, 'style="…" on <p> has no effect',
    ),
    (
        "style-element",
        with_een("\nTekst.\n\n<style>p { color: red }</style>\n"),
        EEN, 8, WARNING, "<style> has no effect",
    ),
    (
        "script",
        with_een("\nTekst.\n\n<script>alert(1)</script>\n"),
        EEN, 8, ERROR, "<script> is not allowed",
    ),
    (
        "event-handler",
        with_een('\n<img src="x.png" alt="" onerror="alert(1)">\n'),
        EEN, 6, ERROR, "attribute 'onerror' on <img> is not allowed",
    ),
    (
        "form",
        with_een('\n<form action="/x">\n</form>\n'),
        EEN, 6, ERROR, "<form> is not allowed",
    ),
    ("button", with_een("\n<button>Klik</button>\n"), EEN, 6, ERROR, "<button> is not allowed"),
    ("input", with_een('\n<input type="text">\n'), EEN, 6, ERROR, "<input> is not allowed"),
    (
        "iframe",
        with_een('\n<iframe src="https://example.org/"></iframe>\n'),
        EEN, 6, ERROR, "<iframe> is not allowed",
    ),
    (
        "javascript-link",
        with_een("\nTekst met [een link](javascript:alert(1)).\n"),
        EEN, 6, ERROR, "link to a 'javascript:' address is not allowed",
    ),
    (
        "javascript-href",
        with_een('\n<a href=" JavaScript:alert(1)">klik</a>\n'),
        EEN, 6, ERROR, "link to a 'javascript:' address is not allowed",
    ),
    (
        "tab-not-indented",
        with_een('\n=== "Ontwikkelaar"\n\nBouw het.\n', FRONT + "roles: {ontwikkelaar: low}\n"),
        EEN, 7, ERROR, 'tab "Ontwikkelaar" is empty: indent the text',
    ),
    (
        "tab-set-broken-in-two",
        with_een(
            '\n=== "Ontwikkelaar"\n\n    Bouw het.\n\nLos.\n\n=== "Jurist"\n\n    Toets het.\n',
            FRONT + "roles: {ontwikkelaar: low, jurist: low}\n",
        ),
        EEN, 13, ERROR, "this tab starts a new set of tabs: line 11 above is not indented",
    ),
    (
        "text-left-after-the-last-tab",
        with_een(
            '\n=== "Ontwikkelaar"\n\n    Bouw het.\n\nToets het ook.\n',
            FRONT + "roles: {ontwikkelaar: low}\n",
        ),
        EEN, 11, WARNING, 'this text is not indented, so it shows below all tabs, not in tab '
        '"Ontwikkelaar"',
    ),
    (
        "second-h1",
        with_een("\n# Een\n\nTekst.\n\n# Nog een kop\n"),
        EEN, 10, WARNING, "remove this '# heading'",
    ),
    (
        "h1-that-is-not-the-title",
        with_een("\n# Inleiding\n\nTekst.\n"),
        EEN, 6, WARNING, "remove this '# heading'",
    ),
    (
        "hand-written-related-list",
        with_een("\nTekst.\n\n## Gerelateerde principes\n\n- [Twee](../twee/index.md)\n"),
        EEN, 8, WARNING, "Leidraad generates the list of related principles",
    ),
    (
        "relations-on-a-sub-page",
        with_file("alpha/een/fases.md", "---\ntitle: Fases\nrelations: [twee]\n---\n\nTekst.\n"),
        "alpha/een/fases.md", 3, ERROR, "'relations' belongs in the principle's own page",
    ),
    (
        "broken-yaml-on-an-ordinary-page",
        with_file("alpha/over.md", "---\ntitle: [Over\n---\n\nTekst.\n"),
        "alpha/over.md", 2, ERROR, "invalid YAML",
    ),
    (
        "script-on-an-ordinary-page",
        with_file("over.md", "# Over\n\n<script>alert(1)</script>\n"),
        "over.md", 3, ERROR, "<script> is not allowed",
    ),
]  # fmt: skip
IDS = [case[0] for case in CASES]
PARAMS = [case[1:] for case in CASES]
FIELDS = ("tree", "rel", "line", "severity", "words")


@pytest.mark.parametrize(FIELDS, PARAMS, ids=IDS)
def test_library_reports_one_located_problem(
    docs: Callable[..., Path],
    tree: dict[str, str | bytes],
    rel: str,
    line: int,
    severity: str,
    words: str,
) -> None:
    index = load_index(docs(tree))
    found = [(p.source.path, p.source.line, p.severity.value) for p in index.problems]
    assert found == [(rel, line, severity)], index.problems
    assert words in index.problems[0].text("en")


@pytest.mark.parametrize(FIELDS, PARAMS, ids=IDS)
def test_check_prints_it_with_path_and_line(
    docs: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    tree: dict[str, str | bytes],
    rel: str,
    line: int,
    severity: str,
    words: str,
) -> None:
    docs_dir = docs(tree)
    assert main(["check", "--lang", "en", str(docs_dir)]) == (1 if severity == ERROR else 0)
    out, err = capsys.readouterr()
    first, summary = out.splitlines()[:2]
    assert first.startswith(f"{docs_dir}/{rel}:{line}: {severity} LD")
    assert words in first
    counts = (1, 0) if severity == ERROR else (0, 1)
    assert summary.startswith(f"{counts[0]} error(s), {counts[1]} warning(s)")
    assert "Traceback" not in out + err


@pytest.mark.parametrize(FIELDS, PARAMS, ids=IDS)
def test_build_reports_it_shows_no_author_content_for_an_error_and_keeps_the_site(
    build: Callable[..., BuildResult],
    tree: dict[str, str | bytes],
    rel: str,
    line: int,
    severity: str,
    words: str,
) -> None:
    result = build(tree)
    assert result.aborted == (severity == ERROR)  # A site with an error is never published.
    assert len(result.leidraad_messages) == 1, result.leidraad_messages
    problem = load_index(result.site_dir.parent / "docs").problems[0]
    assert words in problem.text("en")
    shown = f"{rel}:{line}: {'fout' if severity == ERROR else 'waarschuwing'} {problem.code}: "
    assert result.leidraad_messages[0].endswith(shown + problem.text())
    built = result.html(re.sub(r"(index)?\.md$", "", rel).rstrip("/") + "/index.html")
    if severity == ERROR:
        article = str(soup_of(built).select_one("article"))
        assert "Deze pagina wordt niet getoond: het bronbestand bevat fouten" in article
        notice = " ".join(soup_of(built).select_one("article").get_text().split())  # type: ignore[union-attr]
        assert f"Regel {line} ({problem.code}): {problem.text()}" in notice
        for raw in ("<script", "onerror=", "Meer tekst", "<iframe", "<form", "<button", "Klik"):
            assert raw not in article
    other = TWEE if rel == EEN else EEN
    assert (result.site_dir / other.replace(".md", ".html")).is_file()
    assert (result.site_dir / "alpha/index.html").is_file()


def test_a_section_after_the_tabs_is_no_text_left_out_of_them(docs: Callable[..., Path]) -> None:
    """Only text that looks meant for the last tab is reported: a heading (or HTML, a table, an
    admonition) after a tab set starts something for every reader."""
    for after in ("## Meer weten\n\nVoor iedereen.", "!!! note\n\n    Let op.", "<hr>"):
        tree = with_een(
            f'\n=== "Ontwikkelaar"\n\n    Bouw het.\n\n{after}\n',
            FRONT + "roles: {ontwikkelaar: low}\n",
        )
        assert load_index(docs(tree)).problems == (), after


def test_schema_errors_do_not_hide_the_other_problems_of_the_file(
    docs: Callable[..., Path],
) -> None:
    tree = with_een(
        '\n=== "Jurrist"\n\n    Tekst.\n',
        'title: "1. Een"\nroles:\n  ontwikkelaar: hoog\nderived_from: [twe]\n',
    )
    index = load_index(docs(tree))
    assert [(p.source.line, p.text("en").split(" (")[0]) for p in index.problems] == [
        (4, "'roles.ontwikkelaar': 'hoog' is not one of: high, medium, low"),
        (5, "unknown principle 'twe'"),
        (8, 'tab "Jurrist" matches no role'),
    ]


LF_PAGE = (
    '---\ntitle: "1. Een"\nsummary: De eerste.\nrelations: [twee]\n'
    "roles:\n  ontwikkelaar: high\n  jurist: low\n---\n\nInleiding.\n\n"
    '=== "Ontwikkelaar"\n\n    Bouw het.\n\n=== "Jurist"\n\n    Toets het.\n'
)


@pytest.mark.parametrize(
    "encoded",
    [
        LF_PAGE.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + LF_PAGE.encode(),
        b"\xef\xbb\xbf" + LF_PAGE.replace("\n", "\r\n").encode(),
        LF_PAGE.replace("\n", "\r").encode(),
    ],
    ids=["crlf", "bom", "bom-and-crlf", "old-mac-cr"],
)
def test_windows_files_are_read_and_built_exactly_like_lf(
    build: Callable[..., BuildResult], docs: Callable[..., Path], encoded: bytes
) -> None:
    lf = load_index(docs(with_file(EEN, LF_PAGE)))
    windows = load_index(docs(with_file(EEN, encoded)))
    assert windows.problems == lf.problems == ()
    assert windows.principles == lf.principles
    assert main(["check", str(docs(with_file(EEN, encoded)))]) == 0

    def article(result: BuildResult) -> str:
        content = soup(result.site_dir / "alpha/een/index.html").select_one("article")
        assert content is not None
        return re.sub(r'<time datetime="[^"]*">[^<]*</time>', "", str(content))

    assert article(build(with_file(EEN, encoded))) == article(build(with_file(EEN, LF_PAGE)))


def test_a_title_heading_like_other_mkdocs_sites_write_it_is_dropped(
    build: Callable[..., BuildResult],
) -> None:
    result = build(with_een("\n# 1. Een\n\nTekst.\n\n## Achtergrond\n\nMeer.\n"))
    assert result.leidraad_messages == []
    html = soup(result.site_dir / "alpha/een/index.html")
    assert [h1.get_text(strip=True) for h1 in html.find_all("h1")] == ["1. Een"]
    assert html.find("h2", id="achtergrond") is not None


def test_pages_beside_a_principle_are_nested_under_it(build: Callable[..., BuildResult]) -> None:
    tree = tiny_tree()
    tree["alpha/een/fases.md"] = "---\ntitle: Fases\n---\n\nDe fases van Een.\n"
    tree["alpha/over.md"] = "# Over Alpha\n\nTekst.\n"
    result = build(tree, strict=True)
    assert not result.aborted, result.leidraad_messages
    nav = soup(result.site_dir / "alpha/een/fases/index.html").select_one("nav.md-nav--primary")
    assert nav is not None
    section = next(
        item
        for item in nav.select("li.md-nav__item--nested")
        if item.find("a", href="../") and "Een" in item.get_text()
    )
    assert section.find("a", href="./") is not None  # Fases is inside Een's section.
    assert "Fases" in section.get_text()
    assert "Over Alpha" in (result.site_dir / "alpha/over/index.html").read_text("utf-8")


def test_markdown_written_for_material_sites_renders_as_written(
    build: Callable[..., BuildResult],
) -> None:
    body = """
    - [x] Besluit genomen
    - [ ] Getoetst

    Klaar :material-check: en blij :smile:

    ??? note "Meer lezen"

        Ingeklapte tekst.

    Een alinea met een klasse.
    { .ld-test-class }

    ==gemarkeerd==, ^^ingevoegd^^ en ~~geschrapt~~; druk ++ctrl+s++.
    """
    result = build(with_een(body), strict=True)
    assert not result.aborted, result.leidraad_messages
    html = soup(result.site_dir / "alpha/een/index.html")
    assert len(html.select("ul.task-list input[type=checkbox][disabled]")) == 2
    # Each checkbox is labelled by its task, for screen readers.
    labels = [label.get_text(strip=True) for label in html.select("label.task-list-control")]
    assert labels == ["Besluit genomen", "Getoetst"]
    assert html.select_one("span.twemoji svg") is not None  # :material-check:, inline
    assert html.select_one("details summary") is not None
    assert html.select_one("details").get_text().count("Ingeklapte tekst") == 1  # type: ignore[union-attr]
    assert html.select_one("p.ld-test-class") is not None
    assert html.select_one("mark") is not None and html.select_one("ins") is not None
    assert html.select_one("del") is not None and html.select_one("kbd") is not None
    assert ":material-check:" not in html.get_text()
    assert "\N{SMILING FACE WITH OPEN MOUTH AND SMILING EYES}" in html.get_text()
    assert html.select("article img") == []  # No emoji image from another host.


def test_an_errored_page_publishes_none_of_its_raw_text(build: Callable[..., BuildResult]) -> None:
    tree = tiny_tree()
    tree[EEN] = page('title: "1. <script>alert(1)</script>"\nrelations: [twee]\n', "\nTekst.\n")
    tree[TWEE] = page('title: "2. Twee\nsummary: [\n', "\nGeheim.\n")
    result = build(tree)
    assert result.aborted  # Built to look at, but refused for publication.
    for html_file in result.site_dir.rglob("*.html"):
        text = html_file.read_text("utf-8")
        assert "<script>alert" not in text, html_file
        assert "summary: [" not in text, html_file  # The broken front matter is not shown.
    twee = soup(result.site_dir / "alpha/twee/index.html")
    assert twee.find("h1").get_text(strip=True) == "Fout in alpha/twee/index.md"  # type: ignore[union-attr]
    assert "Geheim" not in twee.get_text()
    assert "Regel 2 (LD104): een aanhalingsteken" in twee.get_text()


def test_hostile_yaml_is_refused_quickly_by_the_check(
    docs: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The billion laughs: nine levels of nine aliases would be 387 million values."""
    laughs = 'lol0: &lol0 "lol"\n' + "".join(
        f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 9)}]\n" for i in range(1, 10)
    )
    docs_dir = docs(with_een("\nTekst.\n", FRONT + laughs))
    assert main(["check", str(docs_dir)]) == 1
    assert "fout LD108: verwijzingen met '&" in capsys.readouterr().out


@pytest.mark.browser
def test_error_page_and_material_markdown_pass_the_browser_gates(
    build: Callable[..., BuildResult], browser: Browser
) -> None:
    """The error page and a page full of Material Markdown: no axe violation, no CSP
    violation, no request to another host, and the messages are readable."""
    tree = with_een(
        '\n- [x] Gedaan\n\nKlaar :material-check: :smile:\n\n??? note "Meer"\n\n    Tekst.\n'
    )
    tree[TWEE] = page('title: "2. Twee"\nrelations: [een]\n', "\n</div>\n\nTekst.\n")
    result = build(tree)
    with serve(result.site_dir) as url:
        for path in ("alpha/een/", "alpha/twee/"):
            with visit(browser, url, viewport={"width": 1280, "height": 900}) as tab:
                tab.goto(url + path, wait_until="networkidle")
                assert axe_violations(tab) == [], path
        with visit(browser, url) as tab:
            tab.goto(url + "alpha/twee/", wait_until="networkidle")
            notice = tab.get_by_role("alert")
            expect(notice).to_contain_text("het bronbestand bevat fouten")
            expect(notice).to_contain_text(
                "Regel 6 (LD401): sluittag </div> zonder openingstag <div>"
            )


def test_hashes_in_html_blocks_and_code_are_no_headings(docs: Callable[..., Path]) -> None:
    body = (
        '\n<div class="kader">\n# Geen kop: HTML\n</div>\n\n```sh\n# commentaar\n```\n\n'
        "    # ingesprongen code\n\n<div markdown>\n\n## Wel een kop\n\n</div>\n"
    )
    index = load_index(docs(with_een(body)))
    assert index.problems == ()
    from principles.content.body import outline

    found = outline(body, 5)
    assert [(h.text, h.line) for h in found.headings] == [("Wel een kop", 18)]
