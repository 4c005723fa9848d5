"""Splitting a rendered page body into its lead and its sections."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markupsafe import Markup

from principles.content.body import VOID_ELEMENTS

_HEADING_START = re.compile(r"<h[2-6][\s>]")


class _Depth(HTMLParser):
    """How many elements are open at the end of what it was fed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_ELEMENTS:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS:
            self.depth = max(self.depth - 1, 0)

    @property
    def between_elements(self) -> bool:
        """Outside every element, and not inside a comment or tag that was cut off."""
        return self.depth == 0 and not self.rawdata.lstrip().startswith("<")


def lead_and_rest(html: str) -> tuple[Markup, Markup]:
    """A page body's lead (what comes before its first section heading) and the rest.

    The principle template puts Omschrijving, Uitleg and Consequenties between the two, so that
    a page that opens with a paragraph keeps it at the top instead of under Consequenties. A body
    that starts with a heading has an empty lead. Only the text up to that heading is parsed (a
    heading inside another element, such as an admonition, is no section)."""
    parser = _Depth()
    parsed = 0
    for match in _HEADING_START.finditer(html):
        parser.feed(html[parsed : match.start()])
        parsed = match.start()
        if parser.between_elements:
            lead, rest = html[:parsed], html[parsed:]
            if not lead.strip():
                return Markup(""), Markup(html)  # noqa: S704 - the page's own rendered Markdown
            return Markup(lead), Markup(rest)  # noqa: S704
    return Markup(html), Markup("")  # noqa: S704
