"""Leidraad's additions to Python-Markdown, named in mkdocs.yml.

- `principles.site.markdown_extensions` (an extension): the checkbox of a task-list item is labelled
  by the item's text.
- `icon_or_character` (an emoji generator): Material icons as inline SVG, emoji as characters.

pymdownx.tasklist puts an empty `<label>` around each checkbox and the text after it, so a
screen reader announces "checkbox, checked" without saying what was done (axe: "Form elements
must have labels"). This moves the item's inline text into the label. Enabled in mkdocs.yml
after `pymdownx.tasklist`.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from material.extensions import emoji as material_emoji
from pymdownx import emoji

# The label pymdownx.tasklist writes (custom_checkbox), then the item's inline text: up to the
# first block-level tag (a nested list or paragraph) or the end of the item.
_UNLABELLED = re.compile(
    r'(<label class="task-list-control"><input type="checkbox"[^>]*/?>'
    r'<span class="task-list-indicator"></span>)</label>'
    r"((?:[^<]|<(?!/?(?:p|li|ul|ol|div|table|pre|blockquote|details)\b))*)"
)


class _LabelTasks(Postprocessor):
    def run(self, text: str) -> str:
        if 'class="task-list-control"' not in text:
            return text
        return _UNLABELLED.sub(r"\1\2</label>", text)


class TaskListLabelExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(_LabelTasks(md), "leidraad_tasklist_labels", 0)


def makeExtension(**kwargs: object) -> TaskListLabelExtension:
    return TaskListLabelExtension(**kwargs)


def icon_or_character(
    index: str,
    shortname: str,
    alias: str,
    uc: str | None,
    alt: str,
    title: str,
    category: str,
    options: Any,
    md: Markdown,
) -> Any:
    """`:material-check:` as Material's inline SVG, `:smile:` as the emoji character itself.

    Material's own generator draws emoji as images from a CDN: a request to another host, which
    this site never makes (and its Content-Security-Policy would block, leaving a broken image).
    """
    if not uc:
        return material_emoji.to_svg(index, shortname, alias, uc, alt, title, category, options, md)
    return emoji.to_alt(index, shortname, alias, uc, alt, title, category, options, md)
