"""Loading: read every collection, principle and role of a docs folder once, into an Index.

`load_index` puts the parts together: the roles (`roles`), the collections
(`collection_files`), every principle page (`principle_files`, per file), every other file
(`docs_files`), then the checks that need every file at once (`link`, `related`, `actions`,
`macros`, `links`). Nothing here raises for bad content: problems are collected.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from principles.content import routes
from principles.content.actions import (
    ACTIONS_FILE,
    check_listed_links,
    check_pins,
    read_actions_file,
    register_actions,
)
from principles.content.collection_files import load_collections
from principles.content.docs_files import _static_files_outside, check_other_pages, docs_files
from principles.content.draft import Draft
from principles.content.index import Index
from principles.content.link import link
from principles.content.links import check_links
from principles.content.macros import PageText, check_macros
from principles.content.model import PrincipleKey
from principles.content.principle_files import (
    PrincipleFile,
    principle_slugs,
    read_principles,
    reading_pool,
)
from principles.content.related import check_related_lists
from principles.content.rendered import SiteMarkdown, config_file_for
from principles.content.roles import ROLES_FILE, load_roles


def load_index(
    docs_dir: Path,
    site: SiteMarkdown | None = None,
    *,
    roles_file: str = ROLES_FILE,
    actions_file: str = ACTIONS_FILE,
    jobs: int = 1,
) -> Index:
    """Read and validate everything under `docs_dir`; problems are in `Index.problems`.

    Bodies with raw HTML are rendered with `site`, the site's Markdown (the build passes its
    own); by default the one of the mkdocs.yml beside `docs_dir`, else Leidraad's. The roles
    and actions are read from `roles_file` and `actions_file` (relative to `docs_dir`; the
    plugin's `roles` and `actions` settings). With `jobs` > 1 the principle files are read by
    that many processes (`principles check`), which then also list the folder and read the
    actions file while this process links the principles."""
    with _cycle_collection_paused():
        return _load_index(docs_dir, site, roles_file, actions_file, jobs)


@contextlib.contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while the index is made: loading makes hundreds of
    thousands of small objects that all stay alive, and the collector would walk them again and
    again (a quarter of `principles check`'s time at 5,000 principles; bench/README.md). The
    worker processes that read principle files are forked with it paused too."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _load_index(
    docs_dir: Path,
    site: SiteMarkdown | None,
    roles_file: str,
    actions_file: str,
    jobs: int,
) -> Index:
    if site is None:
        site = SiteMarkdown.for_config(config_file_for(docs_dir))
    roles, problems = load_roles(docs_dir, roles_file)
    collections, data_files = load_collections(docs_dir, roles, problems)
    drafts: list[Draft] = []
    pages: list[PageText] = []  # Every page's body, for the macro check once all is known.
    known: set[PrincipleKey] = set()
    files_to_read: list[PrincipleFile] = []
    for collection in collections.values():
        folder = docs_dir / collection.id
        for slug in principle_slugs(folder):
            key = PrincipleKey(collection.id, slug)
            known.add(key)
            files_to_read.append((folder, key, collection))
    with reading_pool(len(files_to_read), roles, site, jobs) as pool:
        results = read_principles(files_to_read, roles, site, pool, jobs)
        # Queued behind the principle files: done by the first worker that has none left.
        listed = _done_by(pool, docs_files, docs_dir)
        actions_read = _done_by(pool, read_actions_file, docs_dir, actions_file)
        for draft, found, text in results:
            problems.extend(found)
            if draft is not None:
                drafts.append(draft)
            if text is not None:
                pages.append(text)
        linked = link(drafts, collections, known, problems)
        check_related_lists(drafts, frozenset(known), problems)
        files = listed()
        actions_document, actions_problems = actions_read()
    problems.extend(actions_problems)
    if (docs_dir / actions_file).is_file():
        data_files.append(actions_file)
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
    actions = register_actions(actions_document, actions_file, principles, problems)
    check_pins(drafts, actions, problems)
    check_listed_links(drafts, actions, problems)
    problems.extend(check_macros(pages, principles))
    index = dataclasses.replace(principles, actions=actions, problems=tuple(problems))
    # The pages Leidraad adds (`principles.site.pages.generated_pages` writes them).
    role_ids = [role.id for role in roles]
    generated = {
        kind.src_uri(owner) for kind, owner in routes.generated(collections, role_ids, actions)
    }
    generated.difference_update(files)
    problems.extend(check_links(pages, index, files, generated))
    index = dataclasses.replace(index, problems=tuple(sorted(problems)))
    return index


_Result = TypeVar("_Result")


def _done_by(
    pool: Executor | None, function: Callable[..., _Result], *args: object
) -> Callable[[], _Result]:
    """`function(*args)`'s result when called: queued in `pool` now, or run here when asked."""
    if pool is None:
        return functools.partial(function, *args)
    return pool.submit(function, *args).result
