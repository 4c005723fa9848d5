"""Inline Markdown as the plain words a reader sees (the embed cards' text)."""

from __future__ import annotations

import re
from functools import lru_cache

import markdown
from markupsafe import Markup

# Characters that may make inline Markdown (emphasis, code, links, HTML, entities, escapes),
# or a start that may make a block (list, quote, heading).
_MAY_BE_MARKDOWN = re.compile(r"[*_`\[\]<>&\\!]|^\s*(?:\d|[-+#>=|])")


@lru_cache(maxsize=1)
def _plain_markdown() -> markdown.Markdown:
    return markdown.Markdown()


def plain_text(text: str) -> str:
    """Inline Markdown as the words a reader sees: `**Toets.** Zie [de wet](…)` gives
    `Toets. Zie de wet`. For the start of a role's advice on its embed card, which shows text
    only (no links inside the card). Python-Markdown without the site's extensions: several
    times faster than the `markdown` filter, which adds up over thousands of cards; text with
    no character Markdown could give a meaning (most headings) is not converted at all."""
    if not _MAY_BE_MARKDOWN.search(text):
        return " ".join(text.split())
    return Markup(_plain_markdown().reset().convert(text)).striptags()  # noqa: S704 - stripped


def inline_html(text: str) -> str:
    """Inline Markdown as HTML, without a wrapping paragraph: `**Toets.** Zie de wet` gives
    `<strong>Toets.</strong> Zie de wet`. For the API's HTML form of short fields (an item of
    `implications`); Python-Markdown without the site's extensions, as `plain_text`."""
    html = _plain_markdown().reset().convert(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
