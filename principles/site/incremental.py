"""Which pages a preview rebuild must render again after a save, and which it may keep.

`mkdocs serve --dirty` renders only the pages whose source file changed; that alone is fast
but leaves stale every other page that shows what changed (the other side's related list, the
navigation, overviews, role pages, maps). Leidraad knows from its index which pages show what,
so it names exactly the pages to render again: the changed files, every page that shows a
changed principle, and — when the site's shape or its theme changed — everything. The saved
page comes first (the editor is looking at it); the other pages follow in a second build
(`Preview.next_pass`), so an edit shows in about the time of one page's build.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import jinja2.bccache

from principles.content.index import Index
from principles.content.model import Principle, PrincipleKey

Stamp = tuple[int, int]  # (mtime in ns, size) of a file


def stamp_of(path: Path) -> Stamp:
    stat = path.stat()
    return (stat.st_mtime_ns, stat.st_size)


def stamps_under(folders: Iterable[Path]) -> dict[str, Stamp]:
    """The stamp of every file under `folders` (the theme's own files, the configuration)."""
    stamps: dict[str, Stamp] = {}
    for folder in folders:
        if folder.is_file():
            stamps[str(folder)] = stamp_of(folder)
        elif folder.is_dir():
            _stamp_tree(str(folder), stamps)
    return stamps


def _stamp_tree(folder: str, stamps: dict[str, Stamp]) -> None:
    # os.scandir: the preview stamps every file on every save (thousands at 1,000 principles),
    # and pathlib's rglob costs several times as much.
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                _stamp_tree(entry.path, stamps)
            elif entry.is_file():
                stat = entry.stat()
                stamps[entry.path] = (stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True)
class Snapshot:
    """What one build was made from."""

    index: Index
    sources: Mapping[str, Stamp]  # every file of the docs folder, by src_uri
    theme: Mapping[str, Stamp] = field(default_factory=dict)  # overrides and mkdocs.yml


@dataclass(frozen=True)
class Rendering:
    """The pages a preview build must render again, in two passes. `first`: what the editor
    looks at — the saved files (and pages whose problems changed with them). `then`: every
    other page that shows a changed principle (the neighbours' related lists and maps, the
    overviews, role pages, the assessment, the home page, the navigation). The preview renders
    `first`, reloads the browser, and renders `then` in a build of its own right after."""

    first: frozenset[str]
    then: frozenset[str] = frozenset()

    @property
    def pages(self) -> frozenset[str]:
        return self.first | self.then


def pages_to_render(
    before: Snapshot | None, after: Snapshot, pages: Iterable[str]
) -> Rendering | None:
    """The src_uris among `pages` (the site's Markdown pages, generated ones included) that
    must be rendered again, or None when every page must."""
    pages = set(pages)
    if before is None or before.theme != after.theme:
        return None
    if set(before.sources) != set(after.sources):
        return None  # A page came or went: the navigation of every page changes.
    changed = {uri for uri, stamp in after.sources.items() if before.sources[uri] != stamp}
    old, new = before.index, after.index
    if any(uri in old.data_files or uri in new.data_files for uri in changed):
        return None  # Roles, collections or actions: shown all over the site.
    first = changed & pages
    first |= {
        uri for uri in pages if old.problems_in(uri) != new.problems_in(uri)
    }  # e.g. a relation that broke because its target's file changed
    keys = set(old.principles) | set(new.principles)
    changed_keys = {key for key in keys if old.principles.get(key) != new.principles.get(key)}
    if not changed_keys:
        return Rendering(frozenset(first))
    principle_pages = {key.src_uri for key in keys}
    # Overviews, role pages, maps, the assessment, the home page: they list principles.
    then = {uri for uri in pages if uri not in principle_pages and not _beside(uri, keys)}
    for key in changed_keys:
        then.add(key.src_uri)  # Its page may not be the saved file (e.g. a broken relation).
        if _navigation_label(old.principles.get(key)) != _navigation_label(new.principles.get(key)):
            # Every page of the collection shows the principle in its navigation.
            then |= {uri for uri in pages if uri.startswith(f"{key.collection}/")}
        # Its neighbours show it in their related lists and maps. A relation that came or went
        # joins two neighbours of the old or new graph, so a map showing it is one of theirs.
        near = _neighbours(old, key) | _neighbours(new, key)
        then |= {neighbour.src_uri for neighbour in near}
    first &= pages
    return Rendering(frozenset(first), frozenset((then & pages) - first))


def exports_unchanged(before: Snapshot | None, after: Snapshot) -> bool:
    """Whether the API, feed and embeds of `before` still hold: they are made from the index
    alone (of a page's text only its opening, `Principle.lead`), so an edit of the rest of a
    page's text leaves them as they are."""
    if before is None or before.theme != after.theme:
        return False
    old, new = before.index, after.index
    return (
        old.principles == new.principles
        and all(p.lead == new.principles[key].lead for key, p in old.principles.items())
        and old.collections == new.collections
        and old.roles == new.roles
        and old.actions == new.actions
    )


@dataclass(frozen=True)
class Pass:
    """What one preview build does: the pages it renders (None: every page), whether it writes
    the API and feed, whose embeddable cards it writes (None: every principle's), and how many
    pages it leaves for the next pass."""

    render: frozenset[str] | None
    write_exports: bool
    cards: frozenset[PrincipleKey] | None = None
    left: int = 0
    second: bool = False
    """A second pass: nothing was saved since the last build, it renders what that one left."""


@dataclass
class Preview:
    """What the preview's builds still owe, kept from one build to the next: the last build's
    snapshot, the pages left for a second pass, and whether the exports are behind."""

    last_build: Snapshot | None = None
    owed: set[str] = field(default_factory=set)
    exports_behind: bool = False
    cards_behind: set[PrincipleKey] | None = field(default_factory=set)  # None: every card
    titles: dict[str, str] = field(default_factory=dict)
    """Each page's title when it was last rendered, by docs path. MkDocs knows a title only
    once it reads the page, and a preview build reads only the pages it renders again: the
    navigation would name every other page "None"."""

    def next_pass(self, snapshot: Snapshot, pages: Iterable[str], can_defer: bool) -> Pass:
        """Plan the build of `snapshot`. With `can_defer` (the server can be asked for another
        build), a save renders only what the editor looks at and leaves the rest — with the
        exports — to the next build; a build with nothing new renders what is owed."""
        pages = set(pages)
        rendering = pages_to_render(self.last_build, snapshot, pages)
        behind = self.exports_behind or not exports_unchanged(self.last_build, snapshot)
        changed = _changed_cards(self.last_build, snapshot)
        cards = (
            None if changed is None or self.cards_behind is None else self.cards_behind | changed
        )
        self.last_build = snapshot
        if rendering is None:
            self.owed, self.exports_behind, self.cards_behind = set(), False, set()
            return Pass(render=None, write_exports=True)
        owed = (self.owed | rendering.then) & pages
        if can_defer and rendering.first and owed:
            self.owed, self.exports_behind, self.cards_behind = (
                set(owed - rendering.first),
                behind,
                cards,
            )
            return Pass(render=rendering.first, write_exports=False, left=len(self.owed))
        self.owed, self.exports_behind, self.cards_behind = set(), False, set()
        return Pass(
            render=rendering.first | owed,
            write_exports=behind,
            cards=None if cards is None else frozenset(cards),
            second=not rendering.first and bool(owed),
        )


def _changed_cards(before: Snapshot | None, after: Snapshot) -> set[PrincipleKey] | None:
    """The principles whose embeddable cards changed, or None when every card may have (a card
    shows its principle, its collection and the roles)."""
    if before is None or before.theme != after.theme:
        return None
    old, new = before.index, after.index
    if old.collections != new.collections or old.roles != new.roles:
        return None
    keys = set(old.principles) | set(new.principles)
    return {key for key in keys if old.principles.get(key) != new.principles.get(key)}


def _beside(uri: str, keys: set[PrincipleKey]) -> bool:
    """Whether `uri` is a page in a principle's folder (shown under it in the navigation)."""
    folder = uri.rpartition("/")[0]
    return PrincipleKey.from_src_uri(f"{folder}/index.md") in keys


def _navigation_label(principle: Principle | None) -> object:
    if principle is None:
        return None
    return (principle.number, principle.title, principle.status)


def _neighbours(index: Index, key: PrincipleKey) -> set[PrincipleKey]:
    return set(index.graph.neighbours(key)) if key in index.principles else set()


class TemplateCodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory from one build to the next. MkDocs makes a new Jinja
    environment for every build, so `mkdocs serve` would parse and compile Material's ~70
    templates again after every save; Jinja checks each template's source, so an edited
    template is compiled anew."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
