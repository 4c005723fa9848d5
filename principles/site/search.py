"""What Leidraad adds to the site search (Material's search plugin, `search/search_index.json`).

Material indexes each page's `page.content`: the HTML of its Markdown. Three things make that
index know the site as readers see it:

- generated pages (role pages, Hulpmiddelen, overviews, maps) have only a title and an intro as
  Markdown; the plugin renders their whole body into `page.content` first
  (`principles.content.routes`: each kind's `body`), so a role is found by its name and a tool by its name;
- what a reader does not read as text stays out of it (`leave_out_of_search`): the labels of
  role tabs (a section of only tabs was a result whose text was "Beleidsmaker Bestuurder …"; the
  role is found by its role page, the advice by the tab's own headings and text) and code
  blocks (a YAML example made a result's snippet), marked `data-search-exclude`, which Material's
  search skips;
- a result shows only its title and text, so `search_entry` names a principle's collection in
  its title and puts its summary (which the page header shows) first in its text, and a role
  page says that it is a role; `refine` writes those into the index file after the search
  plugin wrote it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from principles.content import texts
from principles.content.index import Index
from principles.site.pages import role_for_page

_NOT_READ_AS_TEXT = re.compile(r'<(div class="tabbed-labels[^"]*"|pre)(?=[\s>])')


def leave_out_of_search(html: str) -> str:
    """The page's HTML with its tab labels and code blocks marked `data-search-exclude` (no
    change on screen)."""
    return _NOT_READ_AS_TEXT.sub(r"<\1 data-search-exclude", html)


@dataclass(frozen=True)
class SearchEntry:
    """What the entry of a page itself (not of its sections) says instead of Material's."""

    title: str
    lead: str = ""
    """Plain text put before the entry's text (escaped: the index holds HTML)."""


def search_entry(index: Index, src_uri: str, page_title: str | None) -> SearchEntry | None:
    """The title (and lead) of this page's own entry in the search index, when they differ
    from Material's: a principle names its collection (`9. Integreer en pas technologie aan —
    Principes voor de digitale overheid`) and leads with its summary; another page of a
    collection names it too (`Relatiekaart — …`); a role page says it is a role
    (`Rol: Jurist`)."""
    principle = index.for_page(src_uri)
    if principle is not None:
        collection = index.collections[principle.collection]
        return SearchEntry(f"{principle.display_title} — {collection.title}", principle.summary)
    role = role_for_page(index, src_uri)
    if role is not None:
        return SearchEntry(texts.t("search.role", role=role.label))
    folder, _, rest = src_uri.partition("/")
    owner = index.collections.get(folder)
    if owner is not None and rest != "index.md" and page_title:
        return SearchEntry(f"{page_title} — {owner.title}")
    return None


def refine(search_index: str, pages: dict[str, SearchEntry]) -> str:
    """The search index (Material's JSON) with the entry of each page in `pages` (by page URL,
    the entry's location without `#`) retitled and led; its sections' entries keep theirs. A
    page without an entry (a principle with no text of its own) gets one."""
    document = json.loads(search_index)
    entries = document.setdefault("docs", [])
    seen = set()
    for entry in entries:
        location = entry.get("location", "")
        found = pages.get(location)
        if found is not None:
            seen.add(location)
            entry["title"] = found.title
            if found.lead:
                lead = f"<p>{html.escape(found.lead, quote=False)}</p>"
                entry["text"] = f"{lead} {entry.get('text', '')}".strip()
    for location, found in pages.items():
        if location not in seen:
            text = f"<p>{html.escape(found.lead, quote=False)}</p>" if found.lead else ""
            entries.append({"location": location, "title": found.title, "text": text})
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
