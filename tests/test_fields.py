"""Each front-matter field is described once, in the principle schema: the tables editors and
developers read are made from it, and so are the names the review report and the page use."""

from __future__ import annotations

from principles.content.fields import contributing_table, principle_fields, readme_table
from principles.content.schema import load_schema
from tests.conftest import REPO


def test_the_guides_list_every_field_as_the_schema_describes_it() -> None:
    hint = "run: python -m principles.content.fields README.md CONTRIBUTING.md"
    assert readme_table() in (REPO / "README.md").read_text("utf-8"), hint
    assert contributing_table() in (REPO / "CONTRIBUTING.md").read_text("utf-8"), hint


def test_every_field_an_editor_may_write_is_explained_in_dutch() -> None:
    properties = load_schema("principle")["properties"]
    documented = {field.name for field in principle_fields()}
    material = {"description", "template", "hide", "icon", "search", "tags", "render_macros"}
    assert set(properties) - material == documented
    for field in principle_fields():
        assert field.label and field.meaning_nl and field.meaning_en
        assert field.meaning_nl != field.meaning_en
