"""What Leidraad adds to the site search (Material's search plugin, `search/search_index.json`).

Material indexes each page's `page.content`: the HTML of its Markdown. Three things make that
index know the site as readers see it:

- generated pages (role pages, Hulpmiddelen, overviews, maps) have only a title and an intro as
  Markdown; the hook renders their whole body into `page.content` first
  (`principles.pages.BODY_PARTIALS`), so a role is found by its name and a tool by its name;
- the labels of role tabs are written without space between them (`<label>A</label><label>B`),
  which the index reads as one word; `separate_tab_labels` puts a line break between them
  (no change on screen: the labels are flex items);
- a result shows only its title, so `search_titles` names a principle's collection there, and a
  role page says that it is a role; `retitle` writes those titles into the index file after
  the search plugin wrote it.
"""

from __future__ import annotations

import json
import re

from principles.index import Index
from principles.pages import role_for_page

_TAB_LABELS = re.compile(r'(<div class="tabbed-labels[^"]*">)(.*?)(</div>)', re.DOTALL)


def separate_tab_labels(html: str) -> str:
    """The page's HTML with a line break between adjacent tab labels."""
    if "tabbed-labels" not in html:
        return html
    return _TAB_LABELS.sub(
        lambda match: match[1] + match[2].replace("</label><label", "</label>\n<label") + match[3],
        html,
    )


def search_title(index: Index, src_uri: str, page_title: str | None) -> str | None:
    """The title of this page's own entry in the search index, when it differs from the page
    title: a page of a collection names the collection (`9. Integreer en pas technologie aan —
    Principes voor de digitale overheid`, `Relatiekaart — …`), a role page says it is a role
    (`Rol: Jurist`)."""
    principle = index.for_page(src_uri)
    if principle is not None:
        collection = index.collections[principle.collection]
        return f"{principle.display_title} — {collection.title}"
    role = role_for_page(index, src_uri)
    if role is not None:
        return f"Rol: {role.label}"
    folder, _, rest = src_uri.partition("/")
    owner = index.collections.get(folder)
    if owner is not None and rest != "index.md" and page_title:
        return f"{page_title} — {owner.title}"
    return None


def retitle(search_index: str, titles: dict[str, str]) -> str:
    """The search index (Material's JSON) with the entry of each page in `titles` (by page URL,
    the entry's location without `#`) retitled; the entries of its sections keep theirs."""
    document = json.loads(search_index)
    for entry in document.get("docs", []):
        title = titles.get(entry.get("location", ""))
        if title is not None:
            entry["title"] = title
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
