"""Redirect pages in Dutch for the former addresses of principles and roles (their aliases).

The plugin adds each as a file of the site in `on_files` and renders it in `on_env` from
`partials/leidraad/redirect.html` (`REDIRECT_PARTIAL`), so MkDocs writes it once with the other
files: Dutch, the new address as a link, and the script from a file
(`assets/leidraad/redirect.js`), which keeps the `#fragment` of the old address
(`/overheid/oud/#jurist` opens the Jurist tab of the new page). Without JavaScript the page's
`<meta http-equiv="refresh">` still redirects, to the top of the new page: a browser does not
carry the fragment over a refresh. The paths are computed with mkdocs-redirects' functions, so
each page is where that plugin would put it (the addresses published before Leidraad wrote
these pages itself).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from mkdocs_redirects.plugin import get_html_path, get_relative_html_path

SCRIPT = "assets/leidraad/redirect.js"
REDIRECT_PARTIAL = "partials/leidraad/redirect.html"


@dataclass(frozen=True)
class RedirectPage:
    path: str
    """The file, relative to the site folder: `overheid/oud/index.html`."""
    target: str
    """The new address, relative to the old one (or absolute), with its fragment if any."""
    script: str
    """The address of the redirect script, relative to the old page."""
    canonical: str
    """The new address in full, when the site has a `site_url`; else empty."""


def redirect_pages(
    redirect_map: Mapping[str, str],
    page_urls: Mapping[str, str],
    use_directory_urls: bool,
    site_url: str = "",
) -> list[RedirectPage]:
    """A page for each redirect of the map (old page path → new page path or URL) whose
    target exists; `page_urls` gives the URL of every page by its path in the docs folder."""
    pages = []
    for old, new in redirect_map.items():
        new_path, hash_mark, fragment = str(new).partition("#")
        if str(new).lower().startswith(("http://", "https://")):
            target = str(new)
        elif new_path in page_urls:
            target = get_relative_html_path(
                old, page_urls[new_path] + hash_mark + fragment, use_directory_urls
            )
        else:
            continue  # A target that does not exist: the alias check reports it.
        path = get_html_path(old, use_directory_urls)
        script = posixpath.relpath(SCRIPT, posixpath.dirname(path) or ".")
        canonical = urljoin(site_url + path, target) if site_url else ""
        pages.append(RedirectPage(path, target, script, canonical))
    return pages
