"""Reading content files: front matter with line numbers, and the outline of a body."""

from __future__ import annotations

import pytest

from principles.content.body import outline
from principles.content.source import ContentError, parse_markdown, parse_yaml

BODY = """\
Intro.

```markdown
=== "Niet echt"
# Ook geen kop
```

=== "Jurist"

    ````python
    # commentaar in code
    === "nog steeds code"
    ```
    ````

~~~
=== "Tilde-code"
~~~

# Echte kop

=== "Ontwikkelaar"
"""


def test_outline_finds_top_level_tabs_and_heading_outside_code() -> None:
    found = outline(BODY, first_line=10)
    assert [(tab.label, tab.line) for tab in found.tabs] == [("Jurist", 17), ("Ontwikkelaar", 31)]
    assert [(heading.text, heading.line) for heading in found.h1] == [("Echte kop", 29)]
    # The code after the Jurist tab ends its set; the last tab has no content.
    assert [(p.source.line, p.text("en").split(":")[0]) for p in found.problems] == [
        (31, "this tab starts a new set of tabs"),
        (31, 'tab "Ontwikkelaar" is empty'),
    ]


ADVICE = """\
=== "Jurist"

    ### Rechtmatig koppelen

    **Stappen**

    1. **Toets de grondslag.** Is elke
       gegevensstroom rechtmatig?
    2. Leg het vast.

=== "Developer"

    !!! note "Let op"
        Geen advies.

    ```python
    print("code is geen advies")
    ```

    Bouw het met `open` standaarden.

=== "Inkoper"

    ### Alleen een kop

Tekst na de tabs.
"""


def test_a_tab_starts_with_its_heading_and_first_paragraph_or_list_item() -> None:
    found = outline(ADVICE, first_line=1)
    assert [(tab.label, tab.heading, tab.lead) for tab in found.tabs] == [
        # The label "**Stappen**" is passed over; only the first step, on one line.
        (
            "Jurist",
            "Rechtmatig koppelen",
            "**Toets de grondslag.** Is elke gegevensstroom rechtmatig?",
        ),
        # No heading; the admonition and the code are no advice.
        ("Developer", "", "Bouw het met `open` standaarden."),
        ("Inkoper", "Alleen een kop", ""),
    ]


def test_front_matter_lines_follow_the_file() -> None:
    page = parse_markdown('---\ntitle: "1. A"\nroles:\n  - jurist: high\n---\nBody\n', "a.md")
    assert page.front_matter.lines.line(("title",)) == 2
    assert page.front_matter.lines.line(("roles", 0)) == 4
    assert page.front_matter.lines.line(("roles", 0, "jurist")) == 4
    assert page.body_first_line == 6


@pytest.mark.parametrize("break_to_yaml", ["\x85", "\u2028", "\u2029"])
def test_lines_are_the_editor_s_even_with_characters_yaml_reads_as_line_breaks(
    break_to_yaml: str,
) -> None:
    # NEL, LS and PS end a line for YAML, not in an editor: the line numbers are the editor's.
    text = f'---\ntitle: "1. A{break_to_yaml}{break_to_yaml}B"\nsummary: x\n  b: c\n---\n'
    page = parse_markdown(text.replace("  b: c\n", ""), "a.md")
    assert page.front_matter.lines.line(("summary",)) == 3
    with pytest.raises(ContentError) as caught:
        parse_markdown(text, "a.md")
    assert [problem.source.line for problem in caught.value.problems] == [4]


def test_dates_stay_text() -> None:
    assert parse_yaml("added: 2026-11-24\n", "x.yml").data == {"added": "2026-11-24"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: [a\n---\n", 2, "never closed"),
        ("---\ntitle: a\n  b: c\n---\n", 3, "mapping values are not allowed"),
        ("---\ntitle: a\n", 1, "front matter is not closed"),
        ("Geen front matter\n", 1, "no front matter"),
    ],
)
def test_broken_front_matter_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ContentError) as caught:
        parse_markdown(text, "a.md")
    (problem,) = caught.value.problems
    assert problem.source.line == line
    assert words in problem.text("en")


def test_the_schemas_write_slugs_as_the_model_defines_them() -> None:
    """The JSON schemas cannot import the model's slug rule; every slug pattern in them must be
    built from it (`SLUG_WORDS`), so the two cannot drift apart."""
    import json
    import re

    from principles.content.model import SLUG_WORDS
    from tests.conftest import REPO

    slug_like = re.compile(r"\[a-z0-9\][^\"]*\(-\[a-z0-9\]")
    for path in sorted((REPO / "principles/schemas").glob("*.schema.json")):
        for pattern in re.findall(r'"pattern":\s*("(?:[^"\\]|\\.)*")', path.read_text("utf-8")):
            value = json.loads(pattern)
            if slug_like.search(value):
                remainder = value.replace(SLUG_WORDS, "")
                assert "[a-z0-9]" not in remainder, f"{path.name}: {value}"


def test_the_schemas_list_the_relevance_and_status_values_of_the_model() -> None:
    """JSON Schema cannot import `model.Relevance` and `model.Status`: every enum in the
    schemas that names one of their values lists exactly the model's values, in its order."""
    import json

    from principles.content.model import Relevance, Status
    from tests.conftest import REPO

    wanted = [[r.value for r in Relevance.ordered()], [s.value for s in Status]]
    found = 0

    def enums(node: object) -> list[list[object]]:
        if isinstance(node, dict):
            own = [node["enum"]] if isinstance(node.get("enum"), list) else []
            return own + [e for value in node.values() for e in enums(value)]
        if isinstance(node, list):
            return [e for item in node for e in enums(item)]
        return []

    for path in sorted((REPO / "principles/schemas").rglob("*.schema.json")):
        for enum in enums(json.loads(path.read_text("utf-8"))):
            for values in wanted:
                if set(enum) & set(values):
                    assert enum == values, f"{path.name}: {enum} is not {values}"
                    found += 1
    assert found >= 4  # the front matter's and the API's relevance and status
