"""Editors read every message in Dutch, under a code that never changes; developers can ask
for English. The catalogue is the one place of every text."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from principles.content.messages import LANGUAGES, MESSAGES, TOOL_TEXTS, contributing_table, render
from principles.tools.cli import main
from tests.conftest import REPO, page, tiny_tree

SOURCES = sorted(p for p in (REPO / "principles").rglob("*.py") if p.name != "messages.py")
USED = {code for path in SOURCES for code in re.findall(r'"(LD\d{3})"', path.read_text("utf-8"))}


def fields(template: str) -> set[tuple[str, str | None]]:
    return {(name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_the_same_values_in_both_languages(code: str) -> None:
    text = MESSAGES[code]
    # Only the English text may add the parser's own (English) words, `detail`.
    assert fields(text.nl) == fields(text.en) - {("detail", "")}
    assert text.nl != text.en
    values = {name: "x" for name, _ in fields(text.en)}
    for language in LANGUAGES:
        assert "{" not in render(code, values, language).replace("{{", "").replace("{%", "")


def test_tool_texts_have_the_same_values_in_both_languages() -> None:
    for text in TOOL_TEXTS.values():
        assert fields(text.nl) == fields(text.en)


def test_every_code_is_used_and_every_used_code_exists() -> None:
    assert set(MESSAGES) == USED


def test_contributing_lists_every_code_as_the_catalogue_says() -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    assert contributing_table() in guide, (
        "run: python -m principles.content.messages CONTRIBUTING.md"
    )


def test_dutch_messages_avoid_the_jargon_front_matter() -> None:
    for code, text in MESSAGES.items():
        assert "front matter" not in text.nl, code


@pytest.mark.parametrize(
    ("front_matter", "nl", "en"),
    [
        (
            'title: "1. Een"\nrelations: [twe]\n',
            "fout LD301: onbekend principe 'twe' (bedoelde je 'twee'?)",
            "error LD301: unknown principle 'twe' (did you mean 'twee'?)",
        ),
        (
            'title: "1. Een"\nrelations: [twee]\nroles:\n  ontwikkelaar: hoog\n',
            "fout LD203: 'roles.ontwikkelaar': 'hoog' is geen van: high, medium, low",
            "error LD203: 'roles.ontwikkelaar': 'hoog' is not one of: high, medium, low",
        ),
        (
            'title: "1. Een"\nrelations: [twee]\nsummary: [een, twee]\n',
            "fout LD209: 'summary' moet tekst zijn, niet een lijst",
            "error LD209: 'summary' must be text, not a list",
        ),
        (
            'title: "1. Een\nrelations: [twee]\n',
            "fout LD104: een aanhalingsteken of haakje dat hier opent, wordt nergens gesloten",
            "error LD104: invalid YAML: while scanning a quoted scalar",
        ),
        (
            'title: "1. Een"\nrelations: [twee]\nsummary: Dit: dat\n  en: zo\n',
            "fout LD105: een dubbele punt midden in een waarde",
            "error LD105: invalid YAML: mapping values are not allowed",
        ),
    ],
)
def test_check_speaks_dutch_by_default_and_english_when_asked(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    front_matter: str,
    nl: str,
    en: str,
) -> None:
    from tests.conftest import write_tree

    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(front_matter)
    docs_dir = write_tree(tmp_path / "docs", tree)
    assert main(["check", str(docs_dir)]) == 1
    dutch = capsys.readouterr().out
    assert nl in dutch
    assert "1 fout(en), 0 waarschuwing(en)" in dutch
    assert main(["check", "--lang", "en", str(docs_dir)]) == 1
    english = capsys.readouterr().out
    assert en in english
    assert "1 error(s), 0 warning(s)" in english
