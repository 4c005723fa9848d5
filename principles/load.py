"""Loading: read every collection, principle and role of a docs folder once, into an Index.

Reading is per file (`read_principle`); checks that need every file at once live in
`principles.validate`. Nothing here raises for bad content: problems are collected.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from principles import rendered, routes, schema
from principles.actions import ACTIONS_FILE, check_listed_links, check_pins, load_actions
from principles.body import (
    NUMBERED_TITLE,
    BodyOutline,
    Tab,
    body_lead,
    outline,
    title_heading,
)
from principles.bounds import markdown_work
from principles.colours import MINIMUM_CONTRAST, assign, contrast_with_white
from principles.draft import Draft, Reference
from principles.fields import principle_fields
from principles.index import Index
from principles.link import link
from principles.links import check_links
from principles.macros import PageText, check_macros
from principles.model import (
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
from principles.pages import generated_pages
from principles.problems import Problem, did_you_mean, error, warning
from principles.related import check_related_lists
from principles.rendered import SiteMarkdown, config_file_for
from principles.roles import ROLES_FILE, RoleRegistry, load_roles, tab_anchor, unknown_role
from principles.source import (
    ContentError,
    LineMap,
    YamlDocument,
    outside_docs,
    parse_markdown,
    parse_yaml,
    read_text,
    split_front_matter,
)

COLLECTION_FILE = "_collection.yml"
_REQUIRABLE_FIELDS = frozenset(schema.load_schema("principle")["properties"])
"""What a collection's `required_fields` may name: the front-matter fields of a principle."""


def load_index(
    docs_dir: Path,
    site: SiteMarkdown | None = None,
    *,
    roles_file: str = ROLES_FILE,
    actions_file: str = ACTIONS_FILE,
) -> Index:
    """Read and validate everything under `docs_dir`; problems are in `Index.problems`.

    Bodies with raw HTML are rendered with `site`, the site's Markdown (the build passes its
    own); by default the one of the mkdocs.yml beside `docs_dir`, else Leidraad's. The roles
    and actions are read from `roles_file` and `actions_file` (relative to `docs_dir`; the
    plugin's `roles` and `actions` settings)."""
    if site is None:
        site = SiteMarkdown.for_config(config_file_for(docs_dir))
    roles, problems = load_roles(docs_dir, roles_file)
    collections, data_files = load_collections(docs_dir, roles, problems)
    drafts: list[Draft] = []
    pages: list[PageText] = []  # Every page's body, for the macro check once all is known.
    known: set[PrincipleKey] = set()
    for collection in collections.values():
        for page in sorted((docs_dir / collection.id).glob("*/index.md")):
            rel = page.relative_to(docs_dir).as_posix()
            key = PrincipleKey(collection.id, page.parent.name)
            known.add(key)
            draft, found, text = _read_principle_cached(page, rel, key, collection, roles, site)
            problems.extend(found)
            if draft is not None:
                drafts.append(draft)
            if text is not None:
                pages.append(text)
    if (docs_dir / actions_file).is_file():
        data_files.append(actions_file)
    linked = link(drafts, collections, known, problems)
    check_related_lists(drafts, frozenset(known), problems)
    files = docs_files(docs_dir)
    check_other_pages(docs_dir, known, problems, pages, files, site)
    problems.extend(_static_files_outside(docs_dir, files, [roles_file, *data_files]))
    # The principles as the actions and macros look them up; the index is then made once
    # more, complete (an Index never changes once made).
    principles = Index(
        docs_dir=docs_dir,
        roles=roles,
        collections=MappingProxyType(collections),
        principles=MappingProxyType(linked.principles),
        aliases=MappingProxyType(linked.aliases),
        known=frozenset(known),
        data_files=(roles_file, *data_files),
    )
    actions = load_actions(docs_dir, principles, problems, actions_file)
    check_pins(drafts, actions, problems)
    check_listed_links(drafts, actions, problems)
    problems.extend(check_macros(pages, principles))
    index = dataclasses.replace(principles, actions=actions, problems=tuple(problems))
    generated = generated_pages(index, set(files))
    problems.extend(check_links(pages, index, files, generated))
    index = dataclasses.replace(index, problems=tuple(sorted(problems)))
    return index


# Front-matter fields of a principle that mean nothing on another page of its folder.
_PRINCIPLE_ONLY_FIELDS = frozenset(f.name for f in principle_fields() if not f.on_any_page)


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
) -> _ReadResult:
    if outside_docs(path, rel):
        return None, (error(SourceRef(rel, 1), "LD117"),), None
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
    _read_cache[path] = (stamp, result)
    return result


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


# What an empty section says it holds (a word of principles.messages.WORDS).
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
    seen: set[str] = set()
    for folder, subfolders, names in os.walk(docs_dir, followlinks=True):
        real = os.path.realpath(folder)
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


def load_collections(
    docs_dir: Path, roles: RoleRegistry, problems: list[Problem]
) -> tuple[dict[str, Collection], list[str]]:
    """Every folder of `docs_dir` with a `_collection.yml` is a collection of that id.

    The collections come in the order the content sets (`order`, then title for those without
    one), each with its map colour; never in folder-name order."""
    collections: list[tuple[Collection, LineMap]] = []
    data_files: list[str] = []
    for path in sorted(docs_dir.glob(f"*/{COLLECTION_FILE}")):
        rel = path.relative_to(docs_dir).as_posix()
        data_files.append(rel)
        cid = path.parent.name
        try:
            document = parse_yaml(read_text(path, rel), rel)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        found = schema.validate(document.data, "collection", rel, document.lines)
        intro = document.data.get("intro") if isinstance(document.data, dict) else None
        if isinstance(intro, str):
            # The intro is the body of the collection's page: rendering it must be bounded.
            unbounded = markdown_work(intro, document.lines.line(("intro",)), rel)
            found.extend([unbounded] if unbounded else [])
        if not is_slug(cid):
            found.append(error(SourceRef(rel, 1), "LD314", slug=cid))
        if found:
            problems.extend(found)
            continue
        data = document.data
        role_ids = []
        for position, name in enumerate(data.get("roles", ())):
            role = roles.get(name)
            if role is None:
                where = SourceRef(rel, document.lines.line(("roles", position)))
                problems.append(unknown_role(where, name, roles))
            else:
                role_ids.append(role.id)
        if data.get("role_tabs") and "roles" not in data:
            where = SourceRef(rel, document.lines.line(("role_tabs",)))
            problems.append(error(where, "LD223"))
        required = []
        for position, name in enumerate(data.get("required_fields", ())):
            if name in _REQUIRABLE_FIELDS:
                required.append(name)
            else:
                where = SourceRef(rel, document.lines.line(("required_fields", position)))
                hint = did_you_mean(name, _REQUIRABLE_FIELDS)
                problems.append(error(where, "LD222", name=name, suggestion=hint))
        collection = Collection(
            id=cid,
            title=data["title"].strip(),
            intro=data.get("intro", "").strip(),
            roles=tuple(role_ids),
            levels=tuple(data.get("levels", ())),
            order=data.get("order"),
            colour=data.get("colour", ""),
            role_tabs=data.get("role_tabs", False),
            required_fields=tuple(required),
            source=SourceRef(rel, 1),
        )
        collections.append((collection, document.lines))
    collections.sort(key=lambda item: _collection_order(item[0]))
    _check_orders(collections, problems)
    colours = _colours(collections, problems)
    ordered = {c.id: dataclasses.replace(c, colour=colours[c.id]) for c, _ in collections}
    return ordered, data_files


def _collection_order(collection: Collection) -> tuple[bool, int, str, str]:
    order = collection.order
    return (order is None, order or 0, collection.title.casefold(), collection.id)


def _check_orders(collections: list[tuple[Collection, LineMap]], problems: list[Problem]) -> None:
    """Two collections with the same `order` would be placed by title: say so."""
    first: dict[int, Collection] = {}
    for collection, lines in collections:
        if collection.order is None:
            continue
        other = first.setdefault(collection.order, collection)
        if other is not collection:
            where = SourceRef(collection.source.path, lines.line(("order",)))
            problems.append(
                error(where, "LD315", order=collection.order, other=other.id,
                      file=other.source.path)
            )  # fmt: skip


def _colours(
    collections: list[tuple[Collection, LineMap]], problems: list[Problem]
) -> dict[str, str]:
    """Each collection's map colour: readable under white text, and its own."""
    chosen: dict[str, str | None] = {}
    owner: dict[str, Collection] = {}
    for collection, lines in collections:
        colour = collection.colour.lower() or None
        chosen[collection.id] = colour
        if colour is None:
            continue
        where = SourceRef(collection.source.path, lines.line(("colour",)))
        ratio = contrast_with_white(colour)
        if ratio < MINIMUM_CONTRAST:
            problems.append(
                error(where, "LD316", colour=collection.colour, ratio=f"{ratio:.1f}",
                      minimum=MINIMUM_CONTRAST)
            )  # fmt: skip
        other = owner.setdefault(colour, collection)
        if other is not collection:
            problems.append(
                error(where, "LD317", colour=collection.colour, other=other.id,
                      file=other.source.path)
            )  # fmt: skip
    colours, short = assign(chosen)
    for collection, _ in collections:
        if collection.id in short:
            problems.append(warning(collection.source, "LD318"))
    return colours


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
    """
    page = parse_markdown(read_text(path, rel), rel)
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

    principle = Principle(
        key=key,
        number=number,
        title=title,
        summary=str(data.get("summary", "")).strip(),
        status=Status(data["status"]) if "status" in data else DEFAULT_STATUS,
        relevance=relevance,
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

    def refs(name: str) -> list[Reference]:
        return [Reference(text, at(name, i)) for i, text in enumerate(data.get(name, ()))]

    return Draft(
        principle=principle,
        relations=refs("relations"),
        derived_from=refs("derived_from"),
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
    bounded (`principles.bounds`): the page is then not read any further, and not rendered."""
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
    recognised by their links, once every principle is known: `principles.related`.)"""
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
        if tab_anchor(label, "-") != role.id:
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
