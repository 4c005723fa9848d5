"""What templates may call: the index and a few views of it, bound to this build's index."""

from __future__ import annotations

from functools import partial
from typing import Any

from principles import relation_map
from principles.index import Index


def template_globals(index: Index) -> dict[str, Any]:
    """Globals for the theme's Jinja environment; templates turn this data into HTML."""
    return {
        "leidraad": index,
        "collection_map": partial(relation_map.collection_map, index),
        "site_map": partial(relation_map.site_map, index),
        "neighbourhood_map": partial(relation_map.neighbourhood_map, index),
    }
