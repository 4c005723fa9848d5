"""The files of a docs folder: every file (`docs_files`), the pages that are not principles
(`check_other_pages`), what every page's body is checked for (`page_text`, empty sections)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from principles.content import rendered
from principles.content.actions import ACTIONS_FILE
from principles.content.body import NUMBERED_TITLE, BodyOutline, outline
from principles.content.bounds import markdown_work
from principles.content.collection_files import COLLECTION_FILE
from principles.content.fields import principle_fields
from principles.content.macros import PageText
from principles.content.model import PrincipleKey, SourceRef
from principles.content.problems import Problem, error, warning
from principles.content.rendered import SiteMarkdown
from principles.content.roles import ROLES_FILE
from principles.content.source import ContentError, outside_docs, read_text, split_front_matter

# Front-matter fields of a principle that mean nothing on another page of its folder.
_PRINCIPLE_ONLY_FIELDS = frozenset(f.name for f in principle_fields() if not f.on_any_page)


def check_other_pages(
    docs_dir: Path,
    principles: set[PrincipleKey],
    problems: list[Problem],
    pages: list[PageText],
    files: list[str] | None = None,
    site: SiteMarkdown | None = None,
) -> None:
    """Check every Markdown page that is not a principle: its front matter (as MkDocs reads it)
    and its body."""
    principle_pages = {key.src_uri for key in principles}
    uncollected: dict[str, list[SourceRef]] = {}  # Principle-like pages outside collections.
    markdown_pages = [rel for rel in files or docs_files(docs_dir) if rel.endswith(".md")]
    for rel in markdown_pages:
        if rel in principle_pages:
            continue
        path = docs_dir / rel
        try:
            text = read_text(path, rel)
            front_matter, body, body_line = split_front_matter(text, rel)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        if (unbounded := markdown_work(body, body_line, rel)) is not None:
            problems.append(unbounded)
            continue
        folder = PrincipleKey.from_src_uri(f"{rel.rpartition('/')[0]}/index.md")
        if front_matter is not None and folder in principles:
            for name in sorted(_PRINCIPLE_ONLY_FIELDS & set(front_matter.data)):
                problems.append(
                    error(
                        SourceRef(rel, front_matter.lines.line((name,))),
                        "LD219",
                        name=name,
                        page=folder.src_uri,
                    )
                )
        text_of_page = page_text(rel, front_matter.data if front_matter else {}, body, body_line)
        body_outline = outline(body, body_line, rel)
        problems.extend(body_outline.problems)
        if site is not None:
            problems.extend(rendered.problems(body, body_line, rel, site))
        problems.extend(empty_section_problems(body_outline, rel, text_of_page.renders_macros))
        pages.append(text_of_page)
        if front_matter is not None and _looks_like_a_principle(rel, front_matter.data):
            field = "title" if "title" in front_matter.data else "summary"
            where = SourceRef(rel, front_matter.lines.line((field,)))
            uncollected.setdefault(rel.partition("/")[0], []).append(where)
    for top, found in uncollected.items():
        if not (docs_dir / top / COLLECTION_FILE).is_file():
            problems.append(
                warning(found[0], "LD319", folder=top, count=len(found),
                        file=f"{top}/{COLLECTION_FILE}")
            )  # fmt: skip


def _looks_like_a_principle(rel: str, front_matter: dict[str, Any]) -> bool:
    """A page `<folder>/<name>/index.md` with a numbered title ('3. Deel gegevens') or a
    `summary`: a principle, if only its folder were a collection."""
    parts = rel.split("/")
    if len(parts) != 3 or parts[2] != "index.md":
        return False
    title = front_matter.get("title")
    numbered = isinstance(title, str) and NUMBERED_TITLE.match(title) is not None
    return numbered or "summary" in front_matter


# What an empty section says it holds (a word of principles.content.messages.WORDS).
EMPTY_SECTION_WORDS = {
    "nothing": "empty-nothing",
    "comment": "empty-comment",
    "placeholder": "empty-placeholder",
    "div": "empty-div",
}


def empty_section_problems(body: BodyOutline, rel: str, renders_macros: bool) -> list[Problem]:
    """LD414: a heading with nothing under it, or only what another site's plugin would have
    filled in. On a page that renders macros, a `{{ … }}` alone is content."""
    return [
        warning(SourceRef(rel, section.heading.line), "LD414", heading=section.heading.text,
                holds=EMPTY_SECTION_WORDS[section.holds])
        for section in body.empty_sections
        if not (renders_macros and section.holds == "placeholder")
    ]  # fmt: skip


def docs_files(docs_dir: Path) -> list[str]:
    """Every file under `docs_dir` that MkDocs publishes or reads as a page (relative,
    '/'-separated, in path order), outside hidden folders and files. Like MkDocs, it follows
    symbolic links to folders (each real folder once: a link in a loop ends). os.walk: this runs
    on every save of the preview, pathlib's rglob costs several times as much."""
    found: list[str] = []
    root = len(str(docs_dir)) + 1
    seen: set[tuple[int, int]] = set()  # Each real folder by device and inode.
    for folder, subfolders, names in os.walk(docs_dir, followlinks=True):
        try:
            status = os.stat(folder)  # noqa: PTH116 - os.walk gives strings; a Path each costs
        except OSError:  # Gone since os.walk listed it.
            continue
        real = (status.st_dev, status.st_ino)
        if real in seen:
            subfolders[:] = []
            continue
        seen.add(real)
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        prefix = folder[root:].replace(os.sep, "/") + "/" if len(folder) >= root else ""
        found.extend(prefix + name for name in names if name[0] != ".")
    return sorted(found, key=lambda rel: rel.split("/"))


def _static_files_outside(docs_dir: Path, files: list[str], data_files: list[str]) -> list[Problem]:
    """LD117 for every file MkDocs would copy into the site (not a page, not a data file, which
    are refused when read) that is a link to a file outside the docs folder; the build leaves
    them out (principles.plugin)."""
    read = {ROLES_FILE, ACTIONS_FILE, *data_files}
    return [
        error(SourceRef(rel, 1), "LD117")
        for rel in files
        if not rel.endswith(".md") and rel not in read and outside_docs(docs_dir / rel, rel)
    ]


def page_text(rel: str, front_matter: dict[str, Any], body: str, first_line: int) -> PageText:
    return PageText(
        rel=rel,
        body=body,
        first_line=first_line,
        renders_macros=front_matter.get("render_macros") is True,
        field_names=frozenset(str(name) for name in front_matter),
    )
