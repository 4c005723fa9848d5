"""`principles import`: another MkDocs site's folder of principles becomes a collection.

The source folder holds one page per principle, as `<name>.md` or `<name>/index.md`, with front
matter such as `title`, `summary`, `tags` and perhaps `status`, and bodies that may end in a
hand-written list of links to sibling pages ("Gerelateerde richtlijnen", "Zie ook"). The import
writes `docs/<collection>/_collection.yml` and `docs/<collection>/<slug>/index.md` per page,
keeps what has a place in a Leidraad principle (the title with its number, the summary, the
status, the relations), moves hand-written related lists into `relations`, rewrites links
between the pages to their new places, copies images and other files along, and says what it
could not place: a `Problem` at the source file and line (codes LD8xx), never a traceback.
What is left for the editor, `principles check` then explains at the new files' lines.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from principles.content import routes
from principles.content.body import NUMBERED_TITLE, BodyOutline, outline, visible_text
from principles.content.collection_files import COLLECTION_FILE
from principles.content.docs_files import EMPTY_SECTION_WORDS
from principles.content.messages import DEFAULT_LANGUAGE, Language, tool_text
from principles.content.model import SourceRef, Status, is_slug
from principles.content.problems import Problem, warning
from principles.content.related import link_target, related_targets
from principles.content.source import ContentError, LineMap, read_text, split_front_matter


class ImportRefused(Exception):
    """Why nothing was imported: a text of `principles.content.messages.TOOL_TEXTS` and its
    values."""

    def __init__(self, text_name: str, **values: object) -> None:
        super().__init__(tool_text(text_name, "en", **values))
        self.text_name, self.values = text_name, values

    def text(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return tool_text(self.text_name, language, **self.values)


@dataclass
class ImportResult:
    """What the import wrote (paths under the docs folder) and what it could not place
    (problems at the source files, paths relative to the source folder)."""

    collection: str
    principles: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


# Fields of a foreign page that Leidraad keeps as they are (any page may have the first four;
# the rest are a principle's own fields, which another Leidraad-like site may already have).
_KEPT_FIELDS = ("tags", "hide", "search", "icon", "statement", "rationale", "implications")
# Fields the import reads and turns into a principle's fields.
_READ_FIELDS = frozenset(("title", "number", "summary", "description", "status", "relations",
                          "related", "see_also"))  # fmt: skip
_RELATION_FIELDS = ("relations", "related", "see_also")

# Status words other sites use, in Dutch and English, and the status they mean here.
_STATUS_WORDS: dict[str, Status] = {status.value: status for status in Status}
for _status, _words in (
    (Status.CONCEPT, "draft ontwerp voorstel proposed wip"),
    (Status.CONSULTATIE, "review in-review consultation ter-consultatie"),
    (Status.VASTGESTELD, "final approved adopted accepted active definitief goedgekeurd actief"),
    (Status.VERVALLEN, "deprecated superseded withdrawn retired obsolete ingetrokken vervangen"),
):
    _STATUS_WORDS.update(dict.fromkeys(_words.split(), _status))

# A Markdown link's address (inline `[text](url)` or `![alt](url)`, or a reference definition
# `[name]: url`), found in the body with code blanked out.
_LINK = re.compile(
    r"\]\(\s*<?(?P<url>[^)\s>]+)|^ {0,3}\[[^\]]+\]:[ \t]*<?(?P<ref>[^\s>]+)", re.MULTILINE
)


@dataclass
class _Page:
    """A page of the source folder that becomes a principle."""

    rel: str  # relative to the source folder, '/'-separated
    slug: str
    data: dict[str, Any]
    lines: LineMap | None
    body: str
    first_line: int  # of the body, in the source file
    outline: BodyOutline
    number: int | None = None
    title: str = ""

    def at(self, *steps: str | int) -> SourceRef:
        """The source line of a front-matter field (line 1 without front matter)."""
        return SourceRef(self.rel, self.lines.line(steps) if self.lines else 1)

    @property
    def url_folder(self) -> str:
        """The folder of the page's address on its own site (directory URLs, MkDocs' default):
        `name.md` is served at `name/`."""
        return self.rel.removesuffix(".md") if not self.rel.endswith("index.md") else (
            self.rel.rpartition("/")[0]
        )  # fmt: skip


def import_collection(source: Path, docs_dir: Path, name: str) -> ImportResult:
    """Import the MkDocs folder `source` as collection `name` into `docs_dir`; raises
    ImportRefused (and writes nothing) when it cannot begin."""
    _check_target(source, docs_dir, name)
    result = ImportResult(name)
    notes = result.notes
    overview, pages, assets = _discover(source, notes)
    by_slug: dict[str, _Page] = {}
    for rel in pages:
        page = _read_page(source, rel, notes)
        if page is None:
            continue
        other = by_slug.get(page.slug)
        if other is not None:
            notes.append(warning(SourceRef(rel, 1), "LD812", slug=page.slug, other=other.rel))
            continue
        by_slug[page.slug] = page
    folders = {p.rel.partition("/")[0]: p.slug for p in by_slug.values() if "/" in p.rel}
    places = _places(by_slug.values(), assets, folders)
    _number_and_title(list(by_slug.values()), notes)

    target = docs_dir / name
    target.mkdir(parents=True)
    title, intro = _overview(source, overview, name, notes)
    result.written.append(_write(target / COLLECTION_FILE, _collection_yaml(title, intro, source)))
    for page in by_slug.values():
        text = _principle_text(page, places, notes)
        result.written.append(_write(target / page.slug / "index.md", text))
        result.principles.append(page.slug)
    for rel in assets:
        destination = target / _moved(rel, folders)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / rel, destination)
        result.written.append(destination)
    notes.sort()
    return result


def _check_target(source: Path, docs_dir: Path, name: str) -> None:
    if not source.is_dir():
        raise ImportRefused("no-folder", folder=source)
    if not docs_dir.is_dir():
        raise ImportRefused("no-folder", folder=docs_dir)
    if not is_slug(name):
        raise ImportRefused("new-bad-slug", slug=name)
    site_folders = {kind.folder.partition("/")[0] for kind in routes.page_kinds() if kind.folder}
    site_folders |= {routes.API_ROOT.partition("/")[0], "embed", "_data"}
    if name in site_folders:
        raise ImportRefused("import-reserved", name=name)
    if (docs_dir / name).exists():
        raise ImportRefused("import-taken", path=docs_dir / name)


def _discover(source: Path, notes: list[Problem]) -> tuple[str | None, list[str], list[str]]:
    """The overview page (`index.md`), the principle pages and every other file to copy."""
    overview: str | None = None
    pages: list[str] = []
    assets: list[str] = []
    for rel in _files(source):
        parts = rel.split("/")
        if rel == "index.md":
            overview = rel
        elif rel.endswith(".md") and (len(parts) == 1 or rel == f"{parts[0]}/index.md"):
            pages.append(rel)
        elif rel.endswith(".md"):
            notes.append(warning(SourceRef(rel, 1), "LD809"))
        else:
            assets.append(rel)
    return overview, pages, assets


def _files(source: Path) -> Iterator[str]:
    """Every file under `source`, relative and '/'-separated, in path order; hidden files and
    folders (`.pages`, `.git`) are skipped."""
    for path in sorted(source.rglob("*"), key=lambda p: p.relative_to(source).parts):
        rel = path.relative_to(source)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            yield rel.as_posix()


def _read_page(source: Path, rel: str, notes: list[Problem]) -> _Page | None:
    try:
        front_matter, body, first_line = split_front_matter(read_text(source / rel, rel), rel)
    except ContentError as exc:
        notes.extend(exc.problems)  # Unreadable: its own message (LD1xx), at its line.
        return None
    name = rel.removesuffix("/index.md").removesuffix(".md")
    slug = _slug(name)
    if slug != name:
        notes.append(warning(SourceRef(rel, 1), "LD806", name=name, slug=slug))
    return _Page(
        rel=rel,
        slug=slug,
        data=dict(front_matter.data) if front_matter else {},
        lines=front_matter.lines if front_matter else None,
        body=body,
        first_line=first_line,
        outline=outline(body, first_line, rel),
    )


def _slug(name: str) -> str:
    """A valid slug for a file or folder name: `Open_Data` → `open-data`; never a name that
    Leidraad keeps for its own pages."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "principe"
    return f"{slug}-principe" if slug in routes.reserved_slugs() else slug


def _moved(rel: str, folders: dict[str, str]) -> str:
    """Where a file of the source folder goes in the collection: a page's folder is named
    after the page's slug."""
    first, slash, rest = rel.partition("/")
    return f"{folders.get(first, first)}{slash}{rest}" if slash else rel


def _places(
    pages: Any, assets: list[str], folders: dict[str, str]
) -> dict[str, tuple[str, str]]:  # fmt: skip
    """Every path a link may name → ("page", slug) or ("file", its path in the collection).
    A page is found by its file and by its address (`name/`)."""
    places: dict[str, tuple[str, str]] = {}
    for page in pages:
        for path in (page.rel, page.url_folder):
            places[path] = ("page", page.slug)
    for rel in assets:
        places[rel] = ("file", _moved(rel, folders))
    return places


def _number_and_title(pages: list[_Page], notes: list[Problem]) -> None:
    """Each page's title and number: from `title` ('3. Deel gegevens') or `number`, else from
    the first `# heading`, else from the file name; a page without a number gets the next free
    one, in file order."""
    unnumbered: list[_Page] = []
    for page in pages:
        title = page.data.get("title")
        if not isinstance(title, str) or not title.strip():
            first = page.outline.h1[0].text if page.outline.h1 else ""
            title = first or page.slug.replace("-", " ").capitalize()
            if not first:
                notes.append(warning(SourceRef(page.rel, 1), "LD805", title=title))
        numbered = NUMBERED_TITLE.match(title)
        number = page.data.get("number")
        if numbered:
            page.number = int(numbered.group(1))
        elif isinstance(number, int) and not isinstance(number, bool) and number > 0:
            page.number = number
        else:
            unnumbered.append(page)
        page.title = title.strip()
    taken = {page.number for page in pages if page.number is not None}
    for page in unnumbered:
        number = max(taken, default=0) + 1
        taken.add(number)
        page.number = number
        page.title = f"{number}. {page.title}"
        where = page.at("title") if "title" in page.data else SourceRef(page.rel, 1)
        notes.append(warning(where, "LD804", number=number))


def _overview(
    source: Path, rel: str | None, name: str, notes: list[Problem]
) -> tuple[str, str]:  # fmt: skip
    """The collection's title and intro, from the folder's own `index.md`: its title (or first
    `# heading`) and the text before its first section."""
    fallback = name.replace("-", " ").capitalize()
    if rel is None:
        return fallback, ""
    try:
        front_matter, body, first_line = split_front_matter(read_text(source / rel, rel), rel)
    except ContentError as exc:
        notes.extend(exc.problems)
        return fallback, ""
    shape = outline(body, first_line, rel)
    data = front_matter.data if front_matter else {}
    h1 = shape.h1[0] if shape.h1 else None
    title = data.get("title") if isinstance(data.get("title"), str) else None
    title = (title or (h1.text if h1 else "") or fallback).strip()
    lines = body.split("\n")
    start = h1.line - first_line + 1 if h1 and h1 is shape.headings[0] else 0
    sections = [h for h in shape.headings if h is not h1]
    end = sections[0].line - first_line if sections else len(lines)
    intro = "\n".join(lines[start:end]).strip()
    if sections and "\n".join(lines[end:]).strip():
        notes.append(warning(SourceRef(rel, sections[0].line), "LD810"))
    return title, intro


def _collection_yaml(title: str, intro: str, source: Path) -> str:
    fields = yaml.safe_dump({"title": title}, allow_unicode=True, width=96)
    if intro:  # As a block, the way editors write it.
        fields += "intro: |\n" + "".join(f"  {line}".rstrip() + "\n" for line in intro.split("\n"))
    return (
        f"# Overgenomen uit {source.name} met 'principles import'.\n{fields}"
        "# Nog geen 'roles': de principes hebben (nog) geen belang per rol en geen tabbladen.\n"
        "# Zet hier de rollen (uit _data/roles.yml) als de collectie die krijgt.\n"
    )


def _principle_text(page: _Page, places: dict[str, tuple[str, str]], notes: list[Problem]) -> str:
    """The new page: front matter with what has a place, the body without hand-written related
    lists and empty placeholder sections, its links pointing at the new places."""
    relations: dict[str, None] = {}
    for name in _RELATION_FIELDS:
        values = page.data.get(name)
        if name not in page.data:
            continue
        if not isinstance(values, list):
            notes.append(warning(page.at(name), "LD801", name=name))
            continue
        for position, value in enumerate(values):
            slug = _page_named(str(value), page, places)
            if slug is None:
                notes.append(warning(page.at(name, position), "LD811", name=value, field=name))
            elif slug != page.slug:
                relations[slug] = None
    dropped: set[int] = set()  # body lines (0-based) left out
    for listing in page.outline.link_lists:
        slugs = related_targets(listing, lambda url: _linked_page(url, page, places))
        lines = range(listing.heading.line - page.first_line, listing.end - page.first_line + 1)
        if slugs:
            relations.update(dict.fromkeys(s for s in slugs if s != page.slug))
            dropped.update(lines)
        elif any(_linked_page(link.url, page, places) for link in listing.links):
            where = SourceRef(page.rel, listing.heading.line)
            notes.append(warning(where, "LD807", heading=listing.heading.text))
    headings = page.outline.headings
    for section in page.outline.empty_sections:
        after = [h.line for h in headings if h.line > section.heading.line]
        end = (after[0] if after else page.first_line + page.body.count("\n") + 1) - 1
        dropped.update(range(section.heading.line - page.first_line, end - page.first_line + 1))
        where = SourceRef(page.rel, section.heading.line)
        holds = EMPTY_SECTION_WORDS[section.holds]
        notes.append(warning(where, "LD808", heading=section.heading.text, holds=holds))
    body = _relinked(page, places, notes)
    kept = [line for number, line in enumerate(body.split("\n")) if number not in dropped]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return f"---\n{_front_matter(page, list(relations), notes)}---\n\n{text}\n"


def _front_matter(page: _Page, relations: list[str], notes: list[Problem]) -> str:
    data: dict[str, Any] = {"title": page.title}
    if "number" in page.data and not NUMBERED_TITLE.match(page.title):
        data["number"] = page.number
    summary = page.data.get("summary", page.data.get("description"))
    if isinstance(summary, str) and summary.strip():
        data["summary"] = " ".join(summary.split())
    status = page.data.get("status")
    if status is not None:
        word = re.sub(r"[\s_]+", "-", str(status).strip().lower())
        if word in _STATUS_WORDS:
            data["status"] = _STATUS_WORDS[word].value
        else:
            notes.append(warning(page.at("status"), "LD802", value=status))
    if relations:
        data["relations"] = relations
    for name in _KEPT_FIELDS:
        if name in page.data:
            data[name] = page.data[name]
    if "description" in page.data and "summary" in page.data:
        data["description"] = page.data["description"]
    for name in page.data:
        if name not in _READ_FIELDS and name not in _KEPT_FIELDS:
            notes.append(warning(page.at(name), "LD801", name=name))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=96)


def _page_named(text: str, page: _Page, places: dict[str, tuple[str, str]]) -> str | None:
    """The slug of the page a front-matter relation names: by its name (`open-data`), its
    file (`open-data.md`) or a relative address."""
    name = text.strip()
    for path in (name, f"{name}.md", f"{name}/index.md"):
        if places.get(path, ("", ""))[0] == "page":
            return places[path][1]
    return _linked_page(name, page, places)


def _linked_page(url: str, page: _Page, places: dict[str, tuple[str, str]]) -> str | None:
    """The slug of the imported page a link on `page` points to, or None."""
    place = _place(url, page, places)
    return place[1] if place is not None and place[0] == "page" else None


def _place(url: str, page: _Page, places: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """What a link on `page` points to, as MkDocs and then a browser resolve it: first from
    the page's file, then from its address."""
    for folder in (None, page.url_folder):
        target = link_target(url, page.rel, folder)
        if target is not None and target in places:
            return places[target]
    return None


def _relinked(page: _Page, places: dict[str, tuple[str, str]], notes: list[Problem]) -> str:
    """The body with every link to another imported page or file pointing at its new place;
    a link that leaves the source folder is reported (it may no longer lead anywhere)."""
    body = page.body
    shown = visible_text(body)
    pieces: list[str] = []
    last = 0
    for match in _LINK.finditer(shown):
        group = "url" if match.group("url") else "ref"
        url = match.group(group)
        start, end = match.span(group)
        new = _new_address(url, page, places)
        if new is None:
            line = page.first_line + shown.count("\n", 0, start)
            notes.append(warning(SourceRef(page.rel, line), "LD803", url=url))
            continue
        pieces += [body[last:start], new]
        last = end
    return "".join([*pieces, body[last:]])


def _new_address(url: str, page: _Page, places: dict[str, tuple[str, str]]) -> str | None:
    """The link's address from the new page (`<slug>/index.md`): unchanged for another site,
    a mail address or a place on the page; None when it points outside the source folder."""
    address, hash_, fragment = url.partition("#")
    if not address or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", address):
        return url  # https:, mailto:, … or '#place': the same from anywhere.
    place = _place(address, page, places)
    if place is None:
        return None
    kind, where = place
    path = f"{where}/index.md" if kind == "page" else where
    return posixpath.relpath(path, page.slug) + hash_ + fragment


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path
