"""What a reader of a built site sees or hears, and the Dutch interface words in it: shared by
tests/test_texts.py (the English engine site) and tests/test_init.py (`principles init --lang
en`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from principles.content import texts

# Dutch words of four letters or more that an interface text might hold but the catalogue does
# not (a text written in Python or a template instead of taken from it): the catalogue's Dutch
# words alone would not notice those.
COMMON_DUTCH = {
    "alle", "deze", "naar", "voor", "niet", "zijn", "wordt", "worden", "bekijk", "principe",
    "principes", "verzameling", "collectie", "gerelateerde", "toetsing", "taak", "gedaan",
    "terug", "lees", "meer", "andere", "welke", "schema",
}  # fmt: skip
# Dutch words that are English words too, which an English text may hold ("starting over", the
# JSON Schema).
_ENGLISH_TOO = {"over", "schema"}


def words(text: str) -> set[str]:
    """Words of four letters or more, leaving out addresses (their folders stay Dutch)."""
    text = re.sub(r"\S*/\S*", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]{4,}", text)}


class Visible(HTMLParser):
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


def visible_words(html: str) -> set[str]:
    reader = Visible()
    reader.feed(html)
    return words(" ".join(reader.parts))


def dutch_interface_words(*, not_dutch: Iterable[str] = ()) -> set[str]:
    """Dutch words of the interface: in a Dutch text of the catalogue (or `COMMON_DUTCH`), in no
    English one, and not in `not_dutch` (content written by the site's editors, say)."""
    english = set().union(*(words(text) for text in texts.catalogue("en").texts.values()))
    dutch = set().union(*(words(text) for text in texts.catalogue("nl").texts.values()))
    return (dutch | COMMON_DUTCH) - english - _ENGLISH_TOO - set(not_dutch)


def dutch_left_in_site(site_dir: Path, dutch_only: set[str]) -> dict[str, set[str]]:
    """Per page (and the search index's entries, which search results show): the words of
    `dutch_only` a reader of `site_dir` sees or hears."""
    found: dict[str, set[str]] = {}
    for page in site_dir.rglob("*.html"):
        if page.is_relative_to(site_dir / "assets"):
            continue
        if left := visible_words(page.read_text("utf-8")) & dutch_only:
            found[str(page.relative_to(site_dir))] = left
    search_index = site_dir / "search" / "search_index.json"
    if search_index.is_file():
        for entry in json.loads(search_index.read_text("utf-8"))["docs"]:
            shown = visible_words(f"{entry['title']} {entry['text']}") & dutch_only
            if shown:
                found.setdefault(f"search: {entry['location']}", set()).update(shown)
    return found


def script_strings(script: Path) -> str:
    """The double-quoted strings of a script, outside its line comments."""
    code = "\n".join(
        line for line in script.read_text("utf-8").splitlines() if not line.strip().startswith("//")
    )
    return " ".join(re.findall(r'"([^"\n]*)"', code))


def report(found: dict[str, set[str]]) -> str:
    return "\n".join(f"{place}: {sorted(left)}" for place, left in sorted(found.items()))
