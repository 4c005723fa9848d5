"""The interface texts (principles/content/texts): both catalogues complete, and an English
site that shows no Dutch interface text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mkdocs.utils.yaml import yaml_load

from principles.content import texts
from principles.content.messages import LANGUAGES
from tests.conftest import REPO, build_site, write_tree
from tests.visible_text import (
    dutch_interface_words,
    dutch_left_in_site,
    report,
    script_strings,
    words,
)


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    dutch = texts.catalogue("nl")
    for language in LANGUAGES:
        other = texts.catalogue(language)
        assert other.texts.keys() == dutch.texts.keys(), language
        for key in dutch.texts:
            assert other.placeholders(key) == dutch.placeholders(key), (language, key)
            assert other.texts[key].strip(), (language, key)


def test_an_unknown_language_is_refused_in_dutch_and_english() -> None:
    with pytest.raises(texts.UnknownLanguage, match=r"geen teksten.*no texts"):
        texts.use("fr")
    assert texts.use(None).language == "nl"


def test_a_template_value_is_escaped_and_the_text_keeps_its_apostrophes() -> None:
    html = texts.catalogue("nl").html("api.back", site="<b>")
    assert html == "Terug naar &lt;b&gt;"
    assert "'" in texts.catalogue("nl").html("home.open_data", link="x")


NOT_INTERFACE_TEXT = {
    # mkdocs.yml's own `permalink_title` ("Link naar deze sectie") and `site_description`
    # ("Architectuurprincipes die je per rol …"): the site's configuration.
    "naar", "architectuurprincipes",
    # The filters' URL parameters (?rol=jurist&relevantie=hoog): addresses people share.
    "relevantie",
    # The embed card that reports its height: automatisch.html (routes.EMBED_AUTO_HEIGHT_FILE).
    "automatisch",
}  # fmt: skip


# In the scripts, words of data rather than text: assessment.js's form fields (toelichting,
# onderbouwing, niveau, wijk-af) and its file format and names (leidraad-toetsing, toetsing-…-
# zonder-naam), Dutch in every language as URL parameters are. (Its CSV header is text:
# script.assessment.csv_header.)
SCRIPT_DATA_WORDS = {
    "toetsing", "toetsingen", "toelichting", "onderbouwing", "niveau", "wijk", "zonder", "naam",
}  # fmt: skip


def _english_theme() -> dict[str, Any]:
    with (REPO / "mkdocs.yml").open("rb") as file:
        theme = dict(yaml_load(file)["theme"])
    return theme | {"language": "en"}  # the plugin adds Leidraad's theme


def test_the_english_site_shows_no_dutch_interface_text(tmp_path: Path) -> None:
    from tests.engine_site import engine_tree

    tree = engine_tree()
    write_tree(tmp_path / "docs", tree)
    try:
        site_dir, _, aborted = build_site(tmp_path, theme=_english_theme())
    finally:
        texts.use("nl")
    assert not aborted
    # Dutch words of the interface, not written by the fixture's editors (their content is
    # Dutch and stays so).
    content = set().union(*(words(v if isinstance(v, str) else "") for v in tree.values()))
    dutch_only = dutch_interface_words(not_dutch=content | NOT_INTERFACE_TEXT)
    assert len(dutch_only) > 100  # the check has teeth
    found = dutch_left_in_site(site_dir, dutch_only)
    assert not found, report(found)
    for script in (REPO / "principles/theme/assets/leidraad").glob("*.js"):
        assert not words(script_strings(script)) & dutch_only - SCRIPT_DATA_WORDS, script.name
