"""'Direct aan de slag': cards generated from one registry, placed by default or by macro,
escaped, with safe links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from principles import Index, load_index
from principles.content.model import ActionKind
from principles.content.schema import load_schema
from tests.conftest import BuildResult, FixtureSite, page, repo_index, tiny_tree
from tests.html import article, soup, text

ACTIONS = """\
actions:
  - id: bouwkit
    name: Bouwkit
    url: https://example.org/bouwkit
    description: Een kit om mee te bouwen.
    verb: Gebruiken
    status: beschikbaar
    principles: [alpha/een]
    roles: [ontwikkelaar]
    added: 2026-11-01
  - id: toetsmodel
    name: Toets & "model"
    url: mailto:toets@example.org
    description: Nog niet klaar.
    verb: Aanvragen
    status: in-ontwikkeling
    principles: [alpha/een]
    added: 2026-11-02
"""


def tree_with_actions(**overrides: str) -> dict[str, str | bytes]:
    tree = tiny_tree()
    tree["_data/actions.yml"] = ACTIONS
    tree.update(overrides)
    return tree


def cards(result: BuildResult, rel: str = "alpha/een/index.html") -> list[str]:
    return [
        text(li.select_one(".ld-action__name"))
        for li in article(result.site_dir / rel).select(".ld-action")
    ]


def test_default_block_lists_cards_by_status_then_name_with_notice(
    build: Callable[..., BuildResult],
) -> None:
    result = build(tree_with_actions(), strict=True)
    assert not result.aborted, result.leidraad_messages
    page_html = article(result.site_dir / "alpha/een/index.html")
    assert cards(result) == ["Bouwkit", 'Toets & "model"']
    assert page_html.select_one(".ld-actions__notice") is not None  # one card is not available
    buttons = page_html.select("a.ld-action__button")
    # Without a `cta` of its own, a button says "Bekijk <name>".
    assert [text(b) for b in buttons] == [
        "Bekijk Bouwkit (externe website)",
        'Bekijk Toets & "model"',
    ]
    assert buttons[0]["rel"] == ["noopener", "noreferrer"]
    assert buttons[1]["href"] == "mailto:toets@example.org"
    assert "rel" not in buttons[1].attrs
    # The other principle has no cards and no empty block.
    assert article(result.site_dir / "alpha/twee/index.html").select(".ld-actions") == []


def test_notice_only_when_a_card_is_not_available(build: Callable[..., BuildResult]) -> None:
    only_available = ACTIONS.replace("in-ontwikkeling", "beschikbaar")
    result = build(tree_with_actions(**{"_data/actions.yml": only_available}), strict=True)
    assert article(result.site_dir / "alpha/een/index.html").select(".ld-actions__notice") == []


def test_pinned_cards_come_first(build: Callable[..., BuildResult]) -> None:
    een = page({"title": "1. Een", "relations": ["twee"], "actions": ["toetsmodel"]}, "\nTekst.\n")
    result = build(tree_with_actions(**{"alpha/een/index.md": een}), strict=True)
    assert cards(result) == ['Toets & "model"', "Bouwkit"]


def test_macros_place_the_block_and_role_cards_where_the_editor_wants(
    build: Callable[..., BuildResult],
) -> None:
    een = page(
        {"title": "1. Een", "relations": ["twee"], "render_macros": True,
         "roles": {"ontwikkelaar": "high"}},
        """
        Eerst dit.

        {{ actiekaarten() }}

        Dan dit.

        === "Ontwikkelaar"

            Voor ontwikkelaars:

            {{ acties(rol="ontwikkelaar") }}
        """,
    )  # fmt: skip
    result = build(tree_with_actions(**{"alpha/een/index.md": een}), strict=True)
    assert not result.aborted, result.leidraad_messages
    body = article(result.site_dir / "alpha/een/index.html")
    blocks = body.select("section.ld-actions")
    assert len(blocks) == 1  # placed once, not repeated in the default place
    paragraphs = [text(p) for p in body.find_all("p", recursive=False)]
    assert paragraphs.index("Eerst dit.") < paragraphs.index("Dan dit.")
    assert text(blocks[0].find_previous("p")) == "Eerst dit."
    tab = body.select_one(".tabbed-block")
    assert tab is not None
    assert [text(n) for n in tab.select(".ld-action__name")] == ["Bouwkit"]


def test_a_page_that_only_mentions_the_cards_markup_keeps_its_default_block(
    build: Callable[..., BuildResult],
) -> None:
    """Only `actiekaarten()` moves the block: a page that writes about its markup does not."""
    een = page(
        {"title": "1. Een", "relations": ["twee"], "roles": {"ontwikkelaar": "high"}},
        '\nDe kaarten staan in `<section class="ld-actions">`.\n',
    )
    result = build(tree_with_actions(**{"alpha/een/index.md": een}), strict=True)
    assert not result.aborted, result.leidraad_messages
    body = article(result.site_dir / "alpha/een/index.html")
    assert len(body.select("section.ld-actions")) == 1
    toc = soup(result.site_dir / "alpha/een/index.html").select("nav.md-nav--secondary a")
    assert "Direct aan de slag" in [text(a) for a in toc]


def test_status_macro_filters(build: Callable[..., BuildResult]) -> None:
    een = page(
        {"title": "1. Een", "relations": ["twee"], "render_macros": True},
        '\n{{ acties(status="beschikbaar") }}\n',
    )
    result = build(tree_with_actions(**{"alpha/een/index.md": een}), strict=True)
    body = article(result.site_dir / "alpha/een/index.html")
    assert [text(n) for n in body.select(".ld-action__name")][:1] == ["Bouwkit"]
    assert 'Toets & "model"' not in [
        text(n) for n in body.select("ul.ld-action-list")[0].select(".ld-action__name")
    ]


def test_code_block_with_braces_renders_unchanged(build: Callable[..., BuildResult]) -> None:
    een = page(
        {"title": "1. Een", "relations": ["twee"]},
        """
        ```yaml
        naam: "{{ gemeente }}"
        lijst: {% for x in y %}{# commentaar #}
        ```
        """,
    )
    result = build(tree_with_actions(**{"alpha/een/index.md": een}), strict=True)
    code = article(result.site_dir / "alpha/een/index.html").select_one("pre code")
    assert code is not None
    assert 'naam: "{{ gemeente }}"' in code.get_text()
    assert "lijst: {% for x in y %}{# commentaar #}" in code.get_text()


def test_text_fields_are_escaped_where_leidraad_renders_them(
    build: Callable[..., BuildResult],
) -> None:
    tree = tree_with_actions()
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee & co", "summary": 'Tom & Jerry, "samen"', "relations": ["een"]},
        "\nTekst.\n",
    )
    result = build(tree, strict=True)
    header = result.html("alpha/twee/index.html")
    assert '<p class="ld-summary">Tom &amp; Jerry, &#34;samen&#34;</p>' in header
    assert "Toets &amp; &#34;model&#34;</p>" in result.html("alpha/een/index.html")
    assert "2. Twee &amp; co</a>" in result.html("alpha/een/index.html")


@pytest.mark.parametrize(
    ("field", "value"), [("title", "2. Twee <script>alert(1)</script>"), ("summary", "<b>vet</b>")]
)
def test_html_in_a_plain_text_field_is_a_located_error(
    docs: Callable[..., Path], field: str, value: str
) -> None:
    tree = tree_with_actions()
    meta = {"title": "2. Twee", "relations": ["een"]} | {field: value}
    tree["alpha/twee/index.md"] = page(meta, "\nTekst.\n")
    index = load_index(docs(tree))
    assert len(index.problems) == 1
    assert index.problems[0].source.path == "alpha/twee/index.md"
    assert "no HTML allowed" in index.problems[0].text("en")


def test_a_principle_shows_its_cards_from_the_registry(engine_site: FixtureSite) -> None:
    body = article(engine_site.build.site_dir / "rijk/koppelen/index.html")
    names = [text(n) for n in body.select("section.ld-actions .ld-action__name")]
    assert names == ["Koppelkit", "Register"]  # available first, then by name
    assert article(engine_site.build.site_dir / "rijk/inkopen/index.html").select(
        "section.ld-actions .ld-action__name"
    )


ACTION = """\
  - id: {id}
    name: {name}
    url: {url}
    description: Iets.
    verb: Gebruiken
    status: {status}
    principles: [{principle}]
    added: 2026-11-01
"""


def registry(**fields: str) -> str:
    values = {"id": "kit", "name": "Kit", "url": "https://example.org/", "status": "beschikbaar",
              "principle": "alpha/een"} | fields  # fmt: skip
    return "actions:\n" + ACTION.format(**values)


BAD = [
    ("no-principle", registry().replace("principles: [alpha/een]", "principles: []"),
     "_data/actions.yml", 8, "'actions.principles' needs at least 1 item(s)"),
    ("unknown-principle", registry(principle="alpha/eeen"), "_data/actions.yml", 8,
     "unknown principle 'alpha/eeen' (did you mean 'alpha/een'?)"),
    ("duplicate-id", registry() + registry(name="Kit 2").removeprefix("actions:\n"),
     "_data/actions.yml", 10, "action id 'kit' is used twice"),
    ("former-id-of-another-action",
     registry() + registry(id="kit2").replace("    name:", "    former_ids: [kit]\n    name:")
     .removeprefix("actions:\n"), "_data/actions.yml", 11, "action id 'kit' is used twice"),
    ("missing-field", registry().replace("    verb: Gebruiken\n", ""), "_data/actions.yml", 2,
     "missing required field 'verb'"),
    ("unknown-status", registry(status="klaar"), "_data/actions.yml", 7,
     "'klaar' is not one of: beschikbaar, in-ontwikkeling, gepland, verouderd"),
    ("javascript-url", registry(url="javascript:alert(1)"), "_data/actions.yml", 4,
     "'url': 'javascript:alert(1)' is not allowed"),
    ("html-in-name", registry(name="<b>Kit</b>"), "_data/actions.yml", 3, "no HTML allowed"),
    ("unknown-kind", registry().replace("    verb:", "    kind: website\n    verb:"),
     "_data/actions.yml", 6,
     "'website' is not one of: hulpmiddel, standaard, dienst, regelgeving, kennisbron"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("actions", "rel", "line", "words"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_bad_registry_gives_one_located_error(
    docs: Callable[..., Path], actions: str, rel: str, line: int, words: str
) -> None:
    index = load_index(docs(tree_with_actions(**{"_data/actions.yml": actions})))
    assert [(p.source.path, p.source.line) for p in index.problems] == [(rel, line)], index.problems
    assert words in index.problems[0].text("en")


def test_kind_is_read_and_defaults_to_hulpmiddel(docs: Callable[..., Path]) -> None:
    actions = registry(id="wet", name="Wet").replace(
        "    verb:", "    kind: regelgeving\n    verb:"
    )
    actions += registry().removeprefix("actions:\n")
    index = load_index(docs(tree_with_actions(**{"_data/actions.yml": actions})))
    assert index.problems == ()
    kinds = {action.id: action.kind for action in index.actions}
    assert kinds == {"wet": ActionKind.REGELGEVING, "kit": ActionKind.HULPMIDDEL}


def test_the_schema_allows_exactly_the_kinds_the_site_knows() -> None:
    allowed = load_schema("actions")["properties"]["actions"]["items"]["properties"]["kind"]
    assert allowed["enum"] == [kind.value for kind in ActionKind]


def test_pinning_an_unknown_action_is_a_located_error(docs: Callable[..., Path]) -> None:
    een = page('title: "1. Een"\nrelations: [twee]\nactions:\n  - bouwkitt\n', "\nTekst.\n")
    index = load_index(docs(tree_with_actions(**{"alpha/een/index.md": een})))
    assert [p.format() for p in index.problems] == [
        "alpha/een/index.md:5: fout LD604: onbekende actie 'bouwkitt' (bedoelde je 'bouwkit'?)"
    ]


def test_bad_registry_does_not_stop_the_build(build: Callable[..., BuildResult]) -> None:
    result = build(tree_with_actions(**{"_data/actions.yml": registry(url="javascript:x")}))
    assert result.aborted  # Not published, but every page is built.
    assert len(result.leidraad_messages) == 1
    assert (result.site_dir / "alpha/een/index.html").is_file()
    assert "javascript:" not in result.html("alpha/een/index.html")


def tools_page_problems(site: BuildResult, index: Index) -> list[str]:
    """Actions missing from the Hulpmiddelen page, listed twice, or in the wrong group."""
    body = article(site.site_dir / "hulpmiddelen/index.html")
    by_name = {action.name: action for action in index.actions}
    listed = []
    problems = []
    for section in body.select("#ld-hulpmiddelen > section"):
        heading = text(section.find("h2"))
        for li in section.select("li.ld-action"):
            action = by_name[text(li.select_one(".ld-action__name"))]
            listed.append(action.name)
            if action.kind.heading != heading:
                problems.append(f"{action.id}: under {heading}")
            if li["data-principe"] != " ".join(str(k) for k in action.principles):
                problems.append(f"{action.id}: data-principe {li['data-principe']}")
            if li["data-rol"] != " ".join(action.roles):
                problems.append(f"{action.id}: data-rol {li['data-rol']}")
    if sorted(listed) != sorted(by_name):
        problems.append(f"listed {sorted(listed)}")
    return problems


def test_tools_page_lists_every_action_once_in_the_group_of_its_kind(
    engine_site: FixtureSite,
) -> None:
    assert len({action.kind for action in engine_site.index.actions}) == 4
    assert tools_page_problems(engine_site.build, engine_site.index) == []


def test_the_sites_tools_page_lists_every_action(repo_site: BuildResult) -> None:
    assert tools_page_problems(repo_site, repo_index()) == []
