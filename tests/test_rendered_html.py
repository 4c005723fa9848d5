"""Raw HTML is checked as the site renders it (issue #24): every offending element is reported
at its own line, wherever Markdown puts it (indented blocks, tabs, admonitions, lists), and
following the advice leaves a page that renders whole."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import markdown
from mkdocs.config import load_config

from principles.content.load import load_index
from tests.conftest import REPO, page, tiny_tree

EEN = "alpha/een/index.md"
FRONT = 'title: "1. Een"\nrelations: [twee]\nroles: {ontwikkelaar: low, jurist: low}\n'
"""Valid front matter of `een`: the body's first line is line 6 of the file."""


def problems_of(docs: Callable[..., Path], body: str) -> list[tuple[int, str, str]]:
    """(line, code, English text) of every problem of a page `een` with `body`."""
    tree = tiny_tree()
    tree[EEN] = page(FRONT, textwrap.dedent(body))
    index = load_index(docs(tree))
    return [(p.source.line, p.code, p.text("en")) for p in index.problems]


def rendered(body: str) -> str:
    """`body` as the build renders it (the extensions of the repository's mkdocs.yml)."""
    config = load_config(config_file=str(REPO / "mkdocs.yml"))
    md = markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )
    return md.convert(body)


def test_every_button_of_an_indented_html_block_is_reported_at_its_line(
    docs: Callable[..., Path],
) -> None:
    body = '\n<div class="acties">\n\n' + "".join(
        f"    <button>Stap {n}</button>\n" for n in range(1, 7)
    ) + "\n</div>\n"  # fmt: skip
    found = problems_of(docs, body)
    assert [(line, code) for line, code, _ in found] == [(line, "LD427") for line in range(9, 15)]
    assert all("remove the whole element, from <button>" in text for _, _, text in found)


def test_a_form_is_removed_whole_and_then_the_page_renders_whole(
    docs: Callable[..., Path],
) -> None:
    """One message for the form, with its lines; none for the fields inside it. Removing
    those lines, as the message says, leaves no problem and the Markdown after it renders."""
    body = (
        "\nInleiding.\n\n"
        '<form action="https://example.org/">\n'
        "\n"
        '    <label>Naam <input type="text" name="naam"></label>\n'
        '    <select name="rol"><option>Jurist</option></select>\n'
        "    <textarea></textarea>\n" + "    <button>Verstuur</button>\n" * 6 + "</form>\n\n"
        "## Daarna\n\nMeer *tekst*.\n"
    )
    found = problems_of(docs, body)
    assert [(line, code) for line, code, _ in found] == [(9, "LD426")]
    assert "from <form> on line 9 up to and including </form> on line 20" in found[0][2]
    lines = body.split("\n")
    fixed = "\n".join(lines[: 9 - 6] + lines[20 - 6 + 1 :])
    assert problems_of(docs, fixed) == []
    html = rendered(fixed)
    assert "<form" not in html and "<button" not in html
    assert '<h2 id="daarna">' in html and "<em>tekst</em>" in html


def test_raw_html_that_closes_the_markup_of_tabs_or_admonitions_is_reported(
    docs: Callable[..., Path],
) -> None:
    """Balanced in the source, broken in the page: the `<div>` opens inside the first tab and
    the `</div>` in the second; in an admonition, a second `</div>` closes the admonition."""
    tabs = '\n=== "Ontwikkelaar"\n\n    <div class="kader">\n\n=== "Jurist"\n\n    </div>\n'
    assert [(line, code) for line, code, _ in problems_of(docs, tabs)] == [
        (9, "LD402"),
        (13, "LD401"),
    ]
    note = "\n!!! note\n\n    <div>\n    Let op.\n    </div></div>\n\nMeer tekst.\n"
    assert [(line, code) for line, code, _ in problems_of(docs, note)] == [(11, "LD401")]


def test_findings_are_traced_to_their_line_past_the_same_tag_in_code(
    docs: Callable[..., Path],
) -> None:
    """The same `</div>` in a code span, a fenced block and indented code comes before the
    stray one: the message points at the one the page renders as HTML."""
    body = (
        "\nSluit met `</div>` af.\n\n```html\n</div>\n```\n\n    </div>\n\n<div>\n</div>\n</div>\n"
    )
    assert [(line, code) for line, code, _ in problems_of(docs, body)] == [(17, "LD401")]


def test_the_extensions_own_markup_is_no_problem(docs: Callable[..., Path]) -> None:
    """Task-list checkboxes, column alignment, tab inputs, SVG paths closed with `/>` and
    elements `md_in_html` writes anew are the site's, not the author's."""
    body = (
        "\n- [x] gedaan\n\n| a | b |\n|:--|--:|\n| <i>x</i> | y |\n\n"
        '=== "Ontwikkelaar"\n\n    <div markdown>\n    *Tekst*\n    </div>\n\n'
        '<svg viewBox="0 0 1 1" role="img"><path d="M0 0"/></svg>\n'
    )
    assert problems_of(docs, body) == []


def test_attributes_markdown_adds_are_checked_too(docs: Callable[..., Path]) -> None:
    """`attr_list` puts attributes on Markdown's own elements: a handler there runs as well."""
    body = '\nTekst met [een link](https://example.org/){ onclick="weg()" }.\n'
    assert [(line, code) for line, code, _ in problems_of(docs, body)] == [(7, "LD405")]


def test_principles_check_renders_with_the_mkdocs_yml_beside_the_docs(tmp_path: Path) -> None:
    """A site without `md_in_html`: `<div markdown>` is raw HTML there, and its Markdown a
    paragraph of it; the check reads that site's own extensions."""
    from principles.content.rendered import SiteMarkdown, check, config_file_for

    (tmp_path / "mkdocs.yml").write_text("site_name: x\nmarkdown_extensions: [attr_list]\n")
    site = SiteMarkdown.for_config(config_file_for(tmp_path / "docs"))
    ours = SiteMarkdown.for_config(REPO / "mkdocs.yml")
    body = "<div markdown>\n\n*Tekst*\n\n</div>\n\n<p style='x'>y</p>\n"
    assert [f.code for f in check(body, ours)] == ["LD406"]
    assert [f.code for f in check(body, site)] == ["LD406"]
    assert "md_in_html" not in site.extensions and "md_in_html" in ours.extensions


def test_no_advice_to_remove_a_tag_whose_removal_turns_the_rest_literal(
    docs: Callable[..., Path],
) -> None:
    """Without the stray `</div>`, the unclosed `<div>` after it would start an HTML block that
    swallows the rest of the page: the message says to close that first."""
    found = problems_of(docs, "\n</div> <div>\n\nTekst met *nadruk*.\n\n## Kop\n\nMeer.\n")
    assert [(line, code) for line, code, _ in found] == [(7, "LD402"), (7, "LD428")]
    assert "do not remove it yet: the text after it would show as literal text" in found[1][2]
    assert "first fix the HTML messages on line(s) 7, then remove </div>" in found[1][2]
    assert '<h2 id="kop">' not in rendered("\n<div>\n\nTekst met *nadruk*.\n\n## Kop\n")


def test_a_stray_tag_that_opens_a_list_item_goes_with_its_line_break(
    docs: Callable[..., Path],
) -> None:
    """A list item whose first line holds only a stray `</div>`, its text on the next line:
    without the tag, a bare `-` under the item above would be that item's heading underline
    (and the text below it code). The message says to move the text up behind the `-`; so
    fixed, the list stays a list and its emphasis stays emphasis."""
    body = "\n- Tekst.\n- </div>\n    *nadruk*\n"
    found = problems_of(docs, body)
    assert [(line, code) for line, code, _ in found] == [(8, "LD429")]
    text = found[0][2]
    assert (
        "remove it and move the text that follows below up onto this line, right after '-'" in text
    )
    assert "<h2" in rendered("- Tekst.\n- \n    *nadruk*\n")  # Only the tag removed.
    fixed = "\n- Tekst.\n- *nadruk*\n"
    assert problems_of(docs, fixed) == []
    assert "<li><em>nadruk</em></li>" in rendered(fixed)


def test_a_refused_element_that_opens_a_list_item_goes_with_its_line_break(
    docs: Callable[..., Path],
) -> None:
    body = "\n- Tekst.\n- <form>\n    <button>x</button>\n    </form>\n    *nadruk*\n"
    found = problems_of(docs, body)
    assert [(line, code) for line, code, _ in found] == [(8, "LD430")]
    text = found[0][2]
    assert "from <form> up to and including </form>, and move the text that follows it up" in text
    fixed = "\n- Tekst.\n- *nadruk*\n"
    assert problems_of(docs, fixed) == []
