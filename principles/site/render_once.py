"""`render_once`: a template's macro output for the same objects, rendered once per build."""

from __future__ import annotations

from typing import Any


class RenderOnce:
    """`render_once(macro, *items)` in a template: the macro's output for these objects,
    rendered the first time and reused for the rest of the build.

    Material renders the label of every navigation item on every page, although a label
    depends on the item alone; `partials/nav-item.html` renders each label once per build
    instead (bench/README.md). A fresh instance comes with every build's globals.
    """

    def __init__(self) -> None:
        # Keyed by the objects' ids; they are kept in the value, so no id is reused meanwhile.
        self._rendered: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}

    def __call__(self, macro: Any, *items: Any) -> Any:
        key = (macro.name, *map(id, items))
        if key not in self._rendered:
            self._rendered[key] = (items, macro(*items))
        return self._rendered[key][1]
