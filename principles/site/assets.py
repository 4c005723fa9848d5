"""Leidraad's own stylesheets and scripts (`overrides/assets/leidraad/`) are kept readable in
the repository and published minified, like Material's own assets."""

from __future__ import annotations

import rcssmin
import rjsmin

ASSETS_FOLDER = "assets/leidraad/"
PUBLISHED_THEME_FOLDER = "assets/"
MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def is_published_theme_file(src_uri: str) -> bool:
    """Whether the file at `src_uri` of Leidraad's theme folder (`overrides/`) belongs in the
    site. Only `assets/` does: everything else there is a template, rendered and never copied
    (MkDocs copies every theme file that is not `.html`, so the Atom feed's template
    `partials/leidraad/feed.xml` would be published as its Jinja source)."""
    return src_uri.startswith(PUBLISHED_THEME_FOLDER)


def is_minified_asset(src_uri: str) -> bool:
    """Whether the theme file at `src_uri` is one of Leidraad's stylesheets or scripts."""
    return src_uri.startswith(ASSETS_FOLDER) and src_uri.endswith(tuple(MINIFIERS))


def minified(src_uri: str, text: str) -> str:
    """The published text of the asset at `src_uri` (see `is_minified_asset`)."""
    suffix = src_uri[src_uri.rindex(".") :]
    return str(MINIFIERS[suffix](text)) + "\n"
