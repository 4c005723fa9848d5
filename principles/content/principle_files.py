"""A principle page read and checked (`read_principle`): title and number, relevance, tabs
against relevance, headings, levels, slug, the collection's `role_tabs` and `required_fields`;
cached by the file's stamp (`_read_principle_cached`)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, Protocol

from principles.content import rendered, routes, schema
from principles.content.body import (
    NUMBERED_TITLE,
    BodyOutline,
    Tab,
    body_lead,
    outline,
    title_heading,
)
from principles.content.bounds import markdown_work
from principles.content.docs_files import empty_section_problems, page_text
from principles.content.draft import Draft, Reference
from principles.content.macros import PageText
from principles.content.model import (
    DEFAULT_STATUS,
    Advice,
    Collection,
    Principle,
    PrincipleKey,
    Relevance,
    SourceRef,
    Status,
    is_slug,
)
from principles.content.problems import Problem, did_you_mean, error, warning
from principles.content.registries import RoleRegistry, label_anchor
from principles.content.rendered import SiteMarkdown
from principles.content.roles import unknown_role
from principles.content.source import (
    ContentError,
    YamlDocument,
    outside_docs,
    parse_markdown,
    read_text,
)

# What reading each principle file gave, by path, with the file's stamp and everything the
# reading depends on: `mkdocs serve` loads the index on every save, and then only the files
# that changed are read again.
_ReadResult = tuple[Draft | None, tuple[Problem, ...], PageText | None]


_read_cache: dict[Path, tuple[object, _ReadResult]] = {}


def _read_principle_cached(
    path: Path,
    rel: str,
    key: PrincipleKey,
    collection: Collection,
    roles: RoleRegistry,
    site: SiteMarkdown,
    *,
    remember: bool = True,
) -> _ReadResult:
    """What reading the principle file gave, from `_read_cache` when it has not changed;
    `remember`: keep it there for the next load (the preview's). The worker processes of
    `principles check` end with the check: they keep nothing (each held all it read)."""
    if outside_docs(path, rel):
        return None, (error(SourceRef(rel, 1), "LD117"),), None
    stamp: object = None
    if remember:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size, rel, collection, roles, site.key)
        cached = _read_cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    problems: list[Problem] = []
    pages: list[PageText] = []
    try:
        draft: Draft | None = read_principle(
            path, rel, key, collection, roles, problems, pages, site
        )
    except ContentError as exc:
        draft = None
        problems.extend(exc.problems)
    result = (draft, tuple(problems), pages[0] if pages else None)
    if remember:
        _read_cache[path] = (stamp, result)
    return result


def principle_slugs(folder: Path) -> list[str]:
    """The slug of every principle of the collection folder `folder`: each folder in it with an
    `index.md` (following links, as MkDocs does), in order. (Strings: pathlib's glob costs
    several times as much, and this runs for every collection on every save of the preview.)"""
    try:
        with os.scandir(folder) as entries:
            slugs = sorted(entry.name for entry in entries if entry.is_dir())
    except OSError:
        return []
    base = f"{folder}{os.sep}"
    return [
        slug
        for slug in slugs
        if os.path.exists(f"{base}{slug}{os.sep}index.md")  # noqa: PTH110 - strings, see above
    ]


PrincipleFile = tuple[Path, PrincipleKey, Collection]
"""A principle page to read: the folder of its collection, its key, its collection. (Its own
path is made where it is read: in the worker processes of `principles check`, not one by one
in the process that waits for them.)"""

PARALLEL_FROM = 200
"""Principle files from which reading them in several processes pays (forking the workers and
sending the results back cost about as much as reading some tens of files)."""


@contextlib.contextmanager
def reading_pool(
    files: int, roles: RoleRegistry, site: SiteMarkdown, jobs: int
) -> Iterator[ProcessPoolExecutor | None]:
    """`jobs` processes to read `files` principle files in, when there are enough files and the
    platform can fork (the workers then share the roles and the site's Markdown without
    copying them); None: read them here. Other work that needs no principle may be submitted
    to it too (`load_index`)."""
    if jobs < 2 or files < PARALLEL_FROM or "fork" not in get_all_start_methods():
        yield None
        return
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=get_context("fork"),
        initializer=_start_reader,
        initargs=(roles, site),
    ) as pool:
        yield pool


def read_principles(
    files: list[PrincipleFile],
    roles: RoleRegistry,
    site: SiteMarkdown,
    pool: ProcessPoolExecutor | None,
    jobs: int,
) -> Iterator[_ReadResult]:
    """What reading each of `files` gave, in order: by the `jobs` processes of `pool`
    (`reading_pool`), every file queued at once, or here, one by one as the results are asked for.

    (This process only receives the results: measured, that is faster than having it read a
    share of the files itself, bench/README.md.)"""
    if pool is None:
        return (_read_file(file, roles, site) for file in files)
    return pool.map(_read_in_worker, files, chunksize=max(1, len(files) // (jobs * 8)))


def _read_file(
    file: PrincipleFile, roles: RoleRegistry, site: SiteMarkdown, *, remember: bool = True
) -> _ReadResult:
    folder, key, collection = file
    path = folder.joinpath(key.slug, "index.md")
    return _read_principle_cached(
        path, key.src_uri, key, collection, roles, site, remember=remember
    )


_reader: tuple[RoleRegistry, SiteMarkdown] | None = None
"""In a worker process of `read_principles` only: the roles and the site's Markdown."""


def _start_reader(roles: RoleRegistry, site: SiteMarkdown) -> None:
    global _reader
    _reader = (roles, site)


def _read_in_worker(file: PrincipleFile) -> _ReadResult:
    assert _reader is not None, "called outside a worker of read_principles"
    result = _read_file(file, *_reader, remember=False)
    if (text := result[2]) is not None:
        # The links of every page are checked: found here, on every core.
        text.links  # noqa: B018
    return result


def read_principle(
    path: Path,
    rel: str,
    key: PrincipleKey,
    collection: Collection,
    roles: RoleRegistry,
    problems: list[Problem],
    pages: list[PageText],
    site: SiteMarkdown | None = None,
) -> Draft:
    """Read one principle page; problems of this file alone go into `problems`.

    Every problem of the file is reported at once: a field the schema refuses is left out and
    the rest is still checked. Such a page is `broken`: its references are checked, but it is
    no principle of the site. Raises ContentError when the file cannot be read at all.
    Its caller has made sure that the file is in the docs folder (`outside_docs`).
    """
    page = parse_markdown(read_text(path, rel, known_inside=True), rel)
    _refuse_unbounded_markdown(page.body, page.body_first_line, page.front_matter, rel)
    pages.append(page_text(rel, page.front_matter.data, page.body, page.body_first_line))
    lines = page.front_matter.lines
    invalid: set[str] = set()
    problems.extend(schema.validate(page.front_matter.data, "principle", rel, lines, invalid))
    data: dict[str, Any] = {
        name: value for name, value in page.front_matter.data.items() if name not in invalid
    }
    slug_problem = _slug_problem(key.slug, rel)
    if slug_problem is not None:
        problems.append(slug_problem)

    def at(*steps: str | int) -> SourceRef:
        return SourceRef(rel, lines.line(steps))

    if "title" in data:
        number, title = _number_and_title(data, at, problems)
    else:
        number, title = data.get("number", 0), key.slug
    relevance, role_sources = _relevance(data.get("roles", {}), roles, at, problems)
    if len(relevance) > 1 and all(value is Relevance.HIGH for _, value in relevance):
        problems.append(warning(at("roles"), "LD509", count=len(relevance)))
    body = outline(page.body, page.body_first_line, rel)
    problems.extend(body.problems)
    renders_macros = page.front_matter.data.get("render_macros") is True
    problems.extend(empty_section_problems(body, rel, renders_macros))
    if site is not None:
        problems.extend(rendered.problems(page.body, page.body_first_line, rel, site))
    tabs = _tabs(body.tabs, rel, roles, problems)
    levels = tuple(data.get("levels", ()))
    for position, level in enumerate(levels):
        if level not in collection.levels:
            allowed = ", ".join(collection.levels) or "-"
            problems.append(error(at("levels", position), "LD218", level=level, allowed=allowed))
    _check_headings(body, title, rel, problems)
    _check_tabs_against_relevance(relevance, role_sources, tabs, roles, problems)
    # A missing field is reported on the closing '---': where it is to be added.
    closing = SourceRef(rel, page.body_first_line - 1)
    _check_required_fields(page.front_matter.data, collection, at, closing, problems)
    if collection.role_tabs:
        where = SourceRef(rel, body.tabs[0].line if body.tabs else page.body_first_line)
        problems.extend(_check_role_tabs(collection, tabs, roles, where))

    def refs(name: str) -> list[Reference]:
        return [Reference(text, at(name, i)) for i, text in enumerate(data.get(name, ()))]

    relations, derived_from = refs("relations"), refs("derived_from")
    principle = Principle(
        key=key,
        number=number,
        title=title,
        summary=str(data.get("summary", "")).strip(),
        status=Status(data["status"]) if "status" in data else DEFAULT_STATUS,
        relevance=relevance,
        # As written: `link` resolves them, and replaces them only where that changes them.
        relations=tuple(ref.key(key.collection) for ref in relations),
        derived_from=tuple(ref.key(key.collection) for ref in derived_from),
        statement=data.get("statement", "").strip(),
        rationale=data.get("rationale", "").strip(),
        implications=tuple(item.strip() for item in data.get("implications", ())),
        lead=body_lead(page.body, body, page.body_first_line, title),
        levels=levels,
        aliases=tuple(data.get("aliases", ())),
        actions=tuple(data.get("actions", ())),
        tabs=tuple(role for role, _ in tabs),
        chosen_tab=next(
            (role.id for tab in body.tabs if tab.selected and (role := roles.for_tab(tab.label))),
            None,
        ),
        advice=_advice(body.tabs, roles),
        source=SourceRef(rel, 1),
    )

    return Draft(
        principle=principle,
        relations=relations,
        derived_from=derived_from,
        aliases=refs("aliases"),
        actions=refs("actions"),
        link_lists=body.link_lists,
        number_source=at("number") if "number" in data else at("title"),
        broken=bool(invalid) or slug_problem is not None,
    )


# Front-matter fields the site renders as Markdown (the `markdown` filter, `plain_text`).
_MARKDOWN_FIELDS = ("statement", "rationale", "implications", "summary")


def _refuse_unbounded_markdown(
    body: str, body_line: int, front_matter: YamlDocument, rel: str
) -> None:
    """A ContentError when rendering the page's body or one of its Markdown fields would not be
    bounded (`principles.content.bounds`): the page is then not read any further, and not
    rendered."""
    if (problem := markdown_work(body, body_line, rel)) is not None:
        raise ContentError(problem)
    data = front_matter.data
    for name in _MARKDOWN_FIELDS:
        values = data.get(name)
        items = values if isinstance(values, list) else [values]
        for position, value in enumerate(items):
            if not isinstance(value, str):
                continue
            steps: tuple[str | int, ...] = (name, position) if isinstance(values, list) else (name,)
            line = front_matter.lines.line(steps)
            if (problem := markdown_work(value, line, rel)) is not None:
                # The field's line: where its value starts, however YAML wrapped it.
                raise ContentError(dataclasses.replace(problem, source=SourceRef(rel, line)))


def _slug_problem(slug: str, rel: str) -> Problem | None:
    if not is_slug(slug):
        return error(SourceRef(rel, 1), "LD312", slug=slug)
    if slug in routes.reserved_slugs():
        return error(SourceRef(rel, 1), "LD313", slug=slug)
    return None


def _check_required_fields(
    data: dict[str, Any],
    collection: Collection,
    at: _Locator,
    closing: SourceRef,
    problems: list[Problem],
) -> None:
    """The fields the collection asks of every principle (`required_fields`): an empty one
    on its own line, a missing one on the line that closes the front matter."""
    for name in collection.required_fields:
        value = data.get(name)
        if value is None or (isinstance(value, str | list | dict) and not value):
            problems.append(
                warning(at(name) if name in data else closing, "LD221", name=name,
                        collection=collection.id, file=collection.source.path)
            )  # fmt: skip


def _check_role_tabs(
    collection: Collection, tabs: list[tuple[str, SourceRef]], roles: RoleRegistry,
    where: SourceRef,
) -> list[Problem]:  # fmt: skip
    """`role_tabs`: a tab for each role of the collection, in the collection's order."""
    found: list[Problem] = []
    present = [role for role, _ in tabs]
    missing = [rid for rid in collection.roles if rid not in present]
    if missing:
        labels = ", ".join(f'"{role.label}"' for rid in missing if (role := roles.get(rid)))
        found.append(
            warning(where, "LD511", labels=labels, collection=collection.id,
                    file=collection.source.path)
        )  # fmt: skip
    expected = [rid for rid in collection.roles if rid in present]
    ordered = [(rid, source) for rid, source in tabs if rid in collection.roles]
    for (rid, source), wanted in zip(ordered, expected, strict=False):
        if rid != wanted:
            role = roles.get(rid)
            order = ", ".join(r.label for cid in collection.roles if (r := roles.get(cid)))
            found.append(
                warning(source, "LD512", label=role.label if role else rid,
                        collection=collection.id, file=collection.source.path, order=order)
            )  # fmt: skip
            break  # One message: fixing the first misplaced tab shows what is left.
    return found


def _check_headings(body: BodyOutline, title: str, rel: str, problems: list[Problem]) -> None:
    """Every `# heading` but a first one repeating the title. (Hand-written related lists are
    recognised by their links, once every principle is known: `principles.content.related`.)"""
    repeated_title = title_heading(body, title)
    for heading in body.h1:
        if heading is not repeated_title:
            problems.append(warning(SourceRef(rel, heading.line), "LD410"))


class _Locator(Protocol):
    """`at(...)`: the source of a front-matter field."""

    def __call__(self, *steps: str | int) -> SourceRef: ...


def _number_and_title(
    data: dict[str, Any], at: _Locator, problems: list[Problem]
) -> tuple[int, str]:
    """The number from `number:` or from a title such as '9. Integreer …'; the bare title."""
    title: str = data["title"].strip()
    number: int | None = data.get("number")
    numbered = NUMBERED_TITLE.match(title)
    if numbered:
        from_title = int(numbered.group(1))
        title = numbered.group(2).strip()
        if number is not None and number != from_title:
            problems.append(error(at("number"), "LD215", number=number, from_title=from_title))
        number = from_title if number is None else number
    if not title:
        problems.append(error(at("title"), "LD216"))
    if number is None:
        problems.append(error(at("title"), "LD217"))
        number = 0
    return number, title


def _relevance(
    raw: dict[str, str] | list[dict[str, str]],
    roles: RoleRegistry,
    at: _Locator,
    problems: list[Problem],
) -> tuple[tuple[tuple[str, Relevance], ...], dict[str, SourceRef]]:
    """Role relevance from either the seed's list of one-key maps or a plain mapping, and the
    line of each role."""
    if isinstance(raw, dict):
        pairs = [(name, value, at("roles", name)) for name, value in raw.items()]
    else:
        pairs = [
            (name, value, at("roles", position))
            for position, item in enumerate(raw)
            for name, value in item.items()
        ]
    result: dict[str, Relevance] = {}
    sources: dict[str, SourceRef] = {}
    for name, value, where in pairs:
        role = roles.get(str(name))
        if role is None:
            problems.append(unknown_role(where, str(name), roles))
        elif role.id in result:
            problems.append(error(where, "LD502", name=role.id))
        else:
            result[role.id] = Relevance(value)
            sources[role.id] = where
    order = {role.id: position for position, role in enumerate(roles)}
    return tuple(sorted(result.items(), key=lambda item: order[item[0]])), sources


def _tabs(
    found: tuple[Tab, ...], rel: str, roles: RoleRegistry, problems: list[Problem]
) -> list[tuple[str, SourceRef]]:
    """The role of every top-level tab; a tab label that is no role's label is an error."""
    tabs: list[tuple[str, SourceRef]] = []
    for tab in found:
        label = tab.label
        role = roles.for_tab(label)
        where = SourceRef(rel, tab.line)
        if role is None:
            suggestion = did_you_mean(label, roles.labels())
            problems.append(error(where, "LD503", label=label, suggestion=suggestion))
            continue
        if label_anchor(label) != role.id:
            # A role's former name (an alias, "Developer"): still its tab, shown with the
            # current label ("Ontwikkelaar"); the editor is told to write that.
            problems.append(warning(where, "LD513", label=label, current=role.label))
        tabs.append((role.id, where))
    return tabs


def _advice(found: tuple[Tab, ...], roles: RoleRegistry) -> tuple[tuple[str, Advice], ...]:
    """The start of each role's advice: its (first) tab's heading and lead."""
    advice: dict[str, Advice] = {}
    for tab in found:
        role = roles.for_tab(tab.label)
        if role is not None and role.id not in advice:
            advice[role.id] = Advice(tab.heading, tab.lead)
    return tuple(advice.items())


def _check_tabs_against_relevance(
    relevance: tuple[tuple[str, Relevance], ...],
    role_sources: dict[str, SourceRef],
    tabs: list[tuple[str, SourceRef]],
    roles: RoleRegistry,
    problems: list[Problem],
) -> None:
    """A role that matters most deserves its own tab; a tab should be for a listed role."""
    if not tabs:
        return  # A page without role tabs (e.g. a regional principle) makes no promise.
    tab_roles = {role for role, _ in tabs}
    listed = dict(relevance)
    for role_id, value in relevance:
        if value is Relevance.HIGH and role_id not in tab_roles:
            label = roles.get(role_id)
            problems.append(
                warning(
                    role_sources[role_id],
                    "LD504",
                    name=role_id,
                    label=label.label if label else role_id,
                )
            )
    for role_id, where in tabs:
        if role_id not in listed:
            problems.append(warning(where, "LD505", name=role_id))
