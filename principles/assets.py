"""Leidraad's own stylesheets and scripts (`overrides/assets/leidraad/`) are kept readable in
the repository and published minified, like Material's own assets."""

from __future__ import annotations

import rcssmin
import rjsmin

ASSETS_FOLDER = "assets/leidraad/"
MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def is_minified_asset(src_uri: str) -> bool:
    """Whether the theme file at `src_uri` is one of Leidraad's stylesheets or scripts."""
    return src_uri.startswith(ASSETS_FOLDER) and src_uri.endswith(tuple(MINIFIERS))


def minified(src_uri: str, text: str) -> str:
    """The published text of the asset at `src_uri` (see `is_minified_asset`)."""
    suffix = src_uri[src_uri.rindex(".") :]
    return str(MINIFIERS[suffix](text)) + "\n"
