"""The interface texts (principles/content/texts): both catalogues complete, and an English site that
shows no Dutch interface text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from mkdocs.utils.yaml import yaml_load

from principles.content import texts
from principles.content.messages import LANGUAGES
from tests.conftest import REPO, build_site, write_tree


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


def _words(text: str) -> set[str]:
    """Words of four letters or more, leaving out addresses (their folders stay Dutch)."""
    text = re.sub(r"\S*/\S*", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]{4,}", text)}


class _Visible(HTMLParser):
    """What a reader sees or hears: text outside script and style, and the attributes that are
    read out or shown; plus the texts handed to the scripts (data-texts and the like)."""

    SHOWN = ("title", "aria-label", "alt", "placeholder", "label")
    # What the templates hand the scripts to show.
    FOR_SCRIPTS = (
        "data-texts", "data-one", "data-many", "data-label", "data-sheet", "data-columns",
        "data-relevance-title", "data-relevance-words",
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        for name, value in attrs:
            if value and (name in self.SHOWN or name in self.FOR_SCRIPTS):
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


NOT_INTERFACE_TEXT = {
    # The spreadsheets' column titles (export.spreadsheet_columns): Dutch in every language, as
    # in the API's Excel CSV, a published format.
    "adres", "collectie", "nummer", "samenvatting",
    # mkdocs.yml's own `permalink_title` ("Link naar deze sectie"): the site's configuration.
    "naar",
    # The filters' URL parameters (?rol=jurist&relevantie=hoog): addresses people share.
    "relevantie",
    # The embed card that reports its height: automatisch.html (routes.EMBED_AUTO_HEIGHT_FILE).
    "automatisch",
}  # fmt: skip


# In the scripts, words of data rather than text: assessment.js's form fields (toelichting,
# onderbouwing, niveau, wijk-af), its file format and names (leidraad-toetsing, toetsing-…-zonder-
# naam) and its CSV header, Dutch in every language as the spreadsheets' columns are.
SCRIPT_DATA_WORDS = {
    "toetsing", "toetsingen", "toelichting", "onderbouwing", "niveau", "wijk", "zonder", "naam",
    "versie", "oordeel", "datum",
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
    # Dutch words of the interface: in a Dutch text, in no English one, and not written by
    # the fixture's editors (their content is Dutch and stays so).
    content = set().union(*(_words(v if isinstance(v, str) else "") for v in tree.values()))
    english = set().union(*(_words(text) for text in texts.catalogue("en").texts.values()))
    dutch = set().union(*(_words(text) for text in texts.catalogue("nl").texts.values()))
    dutch_only = dutch - english - content - NOT_INTERFACE_TEXT
    assert len(dutch_only) > 100  # the check has teeth
    found: dict[str, set[str]] = {}
    for page in site_dir.rglob("*.html"):
        if page.is_relative_to(site_dir / "assets"):
            continue
        reader = _Visible()
        reader.feed(page.read_text("utf-8"))
        if left := _words(" ".join(reader.parts)) & dutch_only:
            found[str(page.relative_to(site_dir))] = left
    assert not found, "\n".join(f"{p}: {sorted(w)}" for p, w in sorted(found.items()))
    scripts = (REPO / "principles/theme/assets/leidraad").glob("*.js")
    for script in scripts:
        code = "\n".join(
            line
            for line in script.read_text("utf-8").splitlines()
            if not line.strip().startswith("//")
        )
        strings = " ".join(re.findall(r'"([^"\n]*)"', code))
        assert not _words(strings) & dutch_only - SCRIPT_DATA_WORDS, script.name
