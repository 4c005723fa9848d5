"""What a collection's `_collection.yml` sets and `principles check` enforces: its place
(`order`), its map colour (`colour`, readable and its own), a tab per role on every principle
(`role_tabs`) and the fields every principle fills in (`required_fields`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from principles import load_index
from principles.content.colours import MINIMUM_CONTRAST, PALETTE, contrast_with_white
from principles.tools.cli import main
from tests.conftest import page, tiny_tree

ALPHA = "alpha/_collection.yml"
BASE = "title: Alpha\nroles: [ontwikkelaar, jurist]\n"


def with_collections(**files: str) -> dict[str, str | bytes]:
    tree = tiny_tree()
    for folder, text in files.items():
        tree[f"{folder}/_collection.yml"] = text
    return tree


def found(docs: Callable[..., Path], tree: dict[str, str | bytes]) -> list[str]:
    return [p.format(language="en") for p in load_index(docs(tree)).problems]


def test_the_palette_is_readable_under_white_text_and_has_no_colour_twice() -> None:
    assert len(set(PALETTE)) == len(PALETTE) >= 8
    assert all(contrast_with_white(colour) >= MINIMUM_CONTRAST for colour in PALETTE)


def test_collections_without_colour_get_unused_palette_colours(docs: Callable[..., Path]) -> None:
    tree = with_collections(
        alpha=BASE + "order: 1\n",
        beta=f"title: Beta\nroles: [jurist]\norder: 2\ncolour: '{PALETTE[1].upper()}'\n",
        gamma="title: Gamma\nroles: [jurist]\norder: 3\n",
    )
    index = load_index(docs(tree))
    assert index.problems == ()
    colours = {cid: c.colour for cid, c in index.collections.items()}
    # beta chose the second palette colour; gamma skips it.
    assert colours == {"alpha": PALETTE[0], "beta": PALETTE[1], "gamma": PALETTE[2]}


def test_more_collections_than_colours_asks_for_a_colour(docs: Callable[..., Path]) -> None:
    extra = {
        f"c{n}": f"title: Collectie {n}\nroles: [jurist]\norder: {n + 2}\n"
        for n in range(len(PALETTE))
    }
    problems = found(docs, with_collections(alpha=BASE + "order: 1\n", **extra))
    assert problems == [
        f"c{len(PALETTE) - 1}/_collection.yml:1: warning LD318: Leidraad has no unused colour "
        "left for this collection on the relation map: give it its own 'colour' (#rrggbb)"
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"alpha": BASE + "order: 1\n", "beta": "title: Beta\nroles: [jurist]\norder: 1\n"},
            "beta/_collection.yml:3: error LD315: 'order' 1 is already the place of collection "
            "'alpha' (alpha/_collection.yml): give each collection its own number",
        ),
        (
            {"alpha": BASE + "order: 0\n"},
            "alpha/_collection.yml:3: error LD211: 'order' must be at least 1, not 0",
        ),
        (
            {"alpha": BASE + "colour: rood\n"},
            "alpha/_collection.yml:3: error LD220: 'colour': 'rood' is not a colour; write a "
            "colour code #rrggbb, such as #303f9f",
        ),
        (
            {"alpha": BASE + "colour: '#ffd54f'\n"},
            "alpha/_collection.yml:3: error LD316: 'colour' #ffd54f is too light for the white "
            "numbers on the relation map (contrast 1.4:1, at least 4.5:1): choose a darker colour",
        ),
        (
            {
                "alpha": BASE + "colour: '#00695c'\n",
                "beta": "title: Beta\nroles: [jurist]\ncolour: '#00695C'\n",
            },
            "beta/_collection.yml:3: error LD317: 'colour' #00695C is already the colour of "
            "collection 'alpha' (alpha/_collection.yml): choose another, so that the relation "
            "map tells the collections apart",
        ),
        (
            {"alpha": BASE + "required_fields: [summary, implication]\n"},
            "alpha/_collection.yml:3: error LD222: 'required_fields': 'implication' is not a "
            "field of a principle (did you mean 'implications'?)",
        ),
        (
            {"alpha": BASE + "volgorde: 1\n"},
            "alpha/_collection.yml:3: error LD201: unknown field 'volgorde' (did you mean "
            "'order'?)",
        ),
    ],
    ids=["order-twice", "order-zero", "colour-not-hex", "colour-too-light", "colour-twice",
         "unknown-required-field", "unknown-field"],
)  # fmt: skip
def test_a_bad_collection_file_gives_one_located_problem(
    docs: Callable[..., Path], files: dict[str, str], expected: str
) -> None:
    assert found(docs, with_collections(**files)) == [expected]


def test_role_tabs_asks_for_a_tab_per_role_in_the_collection_order(
    docs: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    tree = with_collections(alpha=BASE + "role_tabs: true\n")
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "relations": ["een"], "roles": {"jurist": "low"}},
        '\nTekst.\n\n=== "Jurist"\n\n    Toets het.\n',
    )
    tree["alpha/drie/index.md"] = page(
        {"title": "3. Drie", "roles": {"ontwikkelaar": "low", "jurist": "low"}},
        '\n=== "Jurist"\n\n    Toets.\n\n=== "Ontwikkelaar"\n\n    Bouw.\n',
    )
    tree["alpha/vier/index.md"] = page({"title": "4. Vier"}, "\nGeen tabbladen.\n")
    assert found(docs, tree) == [
        'alpha/drie/index.md:8: warning LD512: tab "Jurist" is out of place: the tabs of '
        "collection 'alpha' follow the order of 'roles' in alpha/_collection.yml: Ontwikkelaar, "
        "Jurist",
        "alpha/twee/index.md:11: warning LD511: no tab for \"Ontwikkelaar\": collection 'alpha' "
        "has a tab for each of its roles on every principle ('role_tabs' in "
        "alpha/_collection.yml)",
        'alpha/vier/index.md:4: warning LD511: no tab for "Ontwikkelaar", "Jurist": '
        "collection 'alpha' has a tab for each of its roles on every principle ('role_tabs' "
        "in alpha/_collection.yml)",
    ]
    # Without the setting, the same pages are fine.
    tree["alpha/_collection.yml"] = BASE
    assert found(docs, tree) == []
    tree["alpha/_collection.yml"] = BASE + "role_tabs: true\n"
    # Editors see it in `principles check` (strict: a warning fails it).
    assert main(["check", "--strict", str(docs(tree))]) == 1
    assert 'tabblad ontbreekt voor "Ontwikkelaar"' in capsys.readouterr().out


def test_required_fields_are_asked_of_every_principle(docs: Callable[..., Path]) -> None:
    tree = with_collections(alpha=BASE + "required_fields: [summary, implications]\n")
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "summary": "", "relations": ["een"], "implications": ["Doe het."]},
        "\nTekst.\n",
    )
    # A missing field is reported where it is to be added, on the front matter's closing
    # '---' (line 9 of een), an empty one on its own line; never on the title.
    assert found(docs, tree) == [
        "alpha/een/index.md:9: warning LD221: 'implications' is missing or empty: collection "
        "'alpha' asks it of every principle ('required_fields' in alpha/_collection.yml)",
        "alpha/twee/index.md:3: warning LD221: 'summary' is missing or empty: collection "
        "'alpha' asks it of every principle ('required_fields' in alpha/_collection.yml)",
    ]
