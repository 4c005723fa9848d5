"""The front-matter fields of a principle page, as the schema describes them: one place for
each field's Dutch label (the report of `principles diff`, the page's section headings), its
meaning for developers (README) and for editors (CONTRIBUTING), and which fields belong to a
principle rather than to any page. Adding a field starts in
`principles/schemas/principle.schema.json`; the tables in README.md and CONTRIBUTING.md are
made from it:

    python -m principles.content.fields README.md CONTRIBUTING.md
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from principles.content.messages import put_table
from principles.content.schema import load_schema


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    """Its Dutch name, as readers and editors see it (e.g. "Uitleg")."""
    meaning_en: str
    meaning_nl: str
    required: bool
    on_any_page: bool
    """Whether other pages may have it too (a title)."""


@cache
def principle_fields() -> tuple[Field, ...]:
    """The fields of a principle, in the schema's order (those it describes for editors)."""
    schema = load_schema("principle")
    required = set(schema.get("required", ()))
    return tuple(
        Field(
            name,
            label=spec["title"],
            meaning_en=spec["description"],
            meaning_nl=spec["x-description-nl"],
            required=name in required,
            on_any_page=spec.get("x-any-page", False),
        )
        for name, spec in schema["properties"].items()
        if "x-description-nl" in spec
    )


@cache
def any_page_fields() -> tuple[str, ...]:
    """The other fields every page may have (Material's own, mkdocs-macros' `render_macros`)."""
    properties = load_schema("principle")["properties"]
    return tuple(name for name, spec in properties.items() if "x-description-nl" not in spec)


def label(name: str) -> str:
    """The Dutch name of a principle field."""
    return next(field.label for field in principle_fields() if field.name == name)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


README_START = (
    "<!-- fields: made by `python -m principles.content.fields README.md CONTRIBUTING.md` -->"
)
README_END = "<!-- end of fields -->"
CONTRIBUTING_START = (
    "<!-- velden: gemaakt door `python -m principles.content.fields README.md CONTRIBUTING.md` -->"
)
CONTRIBUTING_END = "<!-- einde velden -->"


def readme_table() -> str:
    rows = [README_START, "", "| field | required | on the page | meaning |", "|---|---|---|---|"]
    for field in principle_fields():
        required = "yes" if field.required else "no"
        rows.append(f"| `{field.name}` | {required} | {field.label} | {_cell(field.meaning_en)} |")
    any_page = ", ".join(f"`{name}`" for name in any_page_fields())
    rows += ["", f"Allowed on every page too (Material's and mkdocs-macros' own): {any_page}."]
    return "\n".join([*rows, "", README_END])


def contributing_table() -> str:
    rows = [CONTRIBUTING_START, "", "| veld | heet op de site | betekenis |", "|---|---|---|"]
    for field in principle_fields():
        rows.append(f"| `{field.name}` | {field.label} | {_cell(field.meaning_nl)} |")
    return "\n".join([*rows, "", CONTRIBUTING_END])


def update(path: Path) -> bool:
    """Put the current table into README.md or CONTRIBUTING.md; True when it changed."""
    text = path.read_text("utf-8")
    for start, end, table in (
        (README_START, README_END, readme_table()),
        (CONTRIBUTING_START, CONTRIBUTING_END, contributing_table()),
    ):
        if start in text:
            return put_table(path, table, start, end)
    raise SystemExit(f"{path}: no field table marker ({README_START} or {CONTRIBUTING_START})")


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for name in sys.argv[1:]:
        print(f"{name}: {'updated' if update(Path(name)) else 'up to date'}")
