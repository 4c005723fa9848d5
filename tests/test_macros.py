"""Macro calls on pages with `render_macros: true` are checked like everything else: a typo is
one located message in `principles check`, never a Jinja traceback that stops the build."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from principles import load_index
from principles.content.macros import MACROS
from principles.site.card_macros import action_macros
from tests.conftest import BuildResult, page
from tests.test_actions import tree_with_actions

EEN = "alpha/een/index.md"


def with_body(body: str, render_macros: bool = True) -> dict[str, str | bytes]:
    front_matter: dict[str, Any] = {
        "title": "1. Een",
        "relations": ["twee"],
        "roles": {"ontwikkelaar": "high"},
    }
    if render_macros:
        front_matter["render_macros"] = True
    return tree_with_actions(**{EEN: page(front_matter, body)})


def located(docs: Callable[..., Path], body: str, render_macros: bool = True) -> list[str]:
    index = load_index(docs(with_body(body, render_macros)))
    return [f"{p.source.line} {p.code} {p.text('en')}" for p in index.problems]


# With `render_macros`, front matter takes lines 1-8 and the body starts at line 9.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "\nTekst.\n\n{{ actie() }}\n",
            "12 LD702 unknown macro 'actie' (did you mean 'acties'?); known: actiekaarten, acties",
        ),
        (
            '\n{{ acties(rol="juristen") }}\n',
            "10 LD705 macro 'acties': rol=\"juristen\" is no known role (did you mean 'jurist'?)",
        ),
        (
            '\n{{ acties(status="klaar") }}\n',
            "10 LD705 macro 'acties': status=\"klaar\" is no known status",
        ),
        (
            '\n{{ actiekaarten(principe="alpha/twe") }}\n',
            "10 LD705 macro 'actiekaarten': principe=\"alpha/twe\" is no known principle "
            "(collection/slug) (did you mean 'alpha/twee'?)",
        ),
        (
            '\n{{ acties(roll="ontwikkelaar") }}\n',
            "10 LD703 macro 'acties' has no argument 'roll' (did you mean 'rol'?)",
        ),
        ('\n{{ acties("a", "b", "c", "d") }}\n', "10 LD704 macro 'acties' gets too many"),
        ("\nTekst.\n\n{{ acties( }}\n", "12 LD701 the {{ … }} or {% … %} here is not valid"),
        ("\n{{ titel }}\n", "10 LD706 unknown name 'titel' in {{ … }} (did you mean 'title'?)"),
        ("\n{{ acties() | upperr }}\n", "10 LD707 unknown filter 'upperr' (did you mean 'upper'?)"),
    ],
)
def test_a_macro_mistake_is_one_located_problem(
    docs: Callable[..., Path], body: str, expected: str
) -> None:
    found = located(docs, body)
    assert len(found) == 1, found
    assert found[0].startswith(expected)


def test_correct_calls_and_template_code_pass(docs: Callable[..., Path]) -> None:
    body = """
    {{ actiekaarten() }}

    {% set mijn = "ontwikkelaar" %}
    {{ acties(rol=mijn) }} {{ acties("beschikbaar") }} {{ acties(principe="alpha/twee") }}
    {{ page.title }} {{ title }} {{ now().year }} {{ "x" | upper }}
    {% for status in ["beschikbaar", "gepland"] %}{{ acties(status=status) }}{% endfor %}
    """
    assert located(docs, body) == []


def test_macro_text_on_a_page_that_does_not_render_macros_is_a_warning_outside_code(
    docs: Callable[..., Path],
) -> None:
    found = located(docs, "\nTekst.\n\n{{ acties() }}\n", render_macros=False)
    assert found == [
        "11 LD708 '{{' is in the text but the page has no 'render_macros: true': it is shown as "
        "written; add 'render_macros: true' if it is a macro"
    ]
    in_code = "\n```jinja\n{{ acties() }}\n```\n\nEn `{{ x }}` inline.\n"
    assert located(docs, in_code, render_macros=False) == []


def test_a_macro_typo_does_not_stop_the_build_and_the_page_shows_it(
    build: Callable[..., BuildResult],
) -> None:
    result = build(with_body("\nTekst.\n\n{{ actie() }}\n"))
    assert result.aborted  # refused for publication, like any content error ...
    assert (result.site_dir / "alpha/twee/index.html").is_file()  # ... but the site is built
    een = result.html("alpha/een/index.html")
    assert "Deze pagina wordt niet getoond" in een
    assert "onbekende macro" in een and "acties" in een
    assert any("LD702" in message for message in result.leidraad_messages)


def test_the_check_knows_the_parameters_the_macros_take() -> None:
    implemented = action_macros(lambda: None, Environment(), lambda: None)  # type: ignore[arg-type,return-value]
    assert set(implemented) == set(MACROS)
    for name, function in implemented.items():
        assert list(inspect.signature(function).parameters) == [p.name for p in MACROS[name]]
