"""The export API: every principle, role, collection and action as versioned JSON and CSV.

Written into the built site (`/api/v1/…`) and by `principles export` without a build. The shape
of version 1 is set by the JSON Schemas in `principles/schemas/api/v1/`, which are published
beside the data. Version 1 grows by addition (the schemas allow fields they do not name); a
change that would break a consumer — a field removed, renamed or of another type — belongs in
`/api/v2/`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Container, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

from principles.content import texts
from principles.content.index import Index
from principles.content.model import Principle, PrincipleKey, Role
from principles.content.routes import (
    API_ROOT,
    API_VERSION,
    EMBED_AUTO_HEIGHT_FILE,
    FEED,
    absolute,
    api_path,
    embed_path,
)
from principles.site.plain_text import inline_html, plain_text
from principles.site.spreadsheet import excel_csv, spreadsheet_columns, spreadsheet_row

SCHEMA_NAMES = ("principle", "principles", "collections", "roles", "actions")


def v1_role_id(role: Role) -> str:
    """The id API v1 calls a role by: the first id it had. v1 published it under that id, and
    v1 grows only by addition, so a renamed role keeps its former id there (`current_id` says
    what the site calls it now)."""
    return role.former_ids[0] if role.former_ids else role.id


def v1_role_ids(index: Index) -> dict[str, str]:
    """Each role's id on the site → its id in API v1."""
    return {role.id: v1_role_id(role) for role in index.roles}


def principle_record(index: Index, principle: Principle, site_url: str) -> dict[str, Any]:
    """One principle as the API publishes it (shape: principle.schema.json)."""
    graph = index.graph
    v1_ids = v1_role_ids(index)
    return {
        "collection": principle.collection,
        "slug": principle.slug,
        "number": principle.number,
        "title": principle.title,
        "display_title": principle.display_title,
        "summary": principle.summary,
        "status": principle.status.value,
        # A page without these fields says the same in its summary and its opening text.
        "statement": principle.statement or principle.summary,
        "rationale": principle.rationale or principle.lead,
        "implications": list(principle.implications),
        "implications_text": [plain_text(item) for item in principle.implications],
        "implications_html": [inline_html(item) for item in principle.implications],
        "levels": list(principle.levels),
        "relevance": {v1_ids[role]: relevance.value for role, relevance in principle.relevance},
        "relations": {
            "related": [str(k) for k in graph.related(principle.key)],
            "derived_from": [str(k) for k in graph.derived_from(principle.key)],
            "elaborated_in": [str(k) for k in graph.elaborated_in(principle.key)],
        },
        "actions": [action.id for action in index.actions_for(principle)],
        "aliases": list(principle.aliases),
        "url": absolute(site_url, principle.url),
        "embed_url": absolute(site_url, embed_path(principle)),
        "api_url": absolute(site_url, api_path(principle)),
        "last_changed": index.last_changed[principle.key].isoformat(),
    }


def _envelope(site_url: str, schema: str, **content: Any) -> dict[str, Any]:
    return {
        "$schema": absolute(site_url, f"{API_ROOT}/schemas/{schema}.schema.json"),
        "api_version": API_VERSION,
        **content,
    }


def api_documents(
    index: Index, site_url: str, records: list[dict[str, Any]] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path under the site, JSON document) for every file of the API."""
    records = records or [principle_record(index, p, site_url) for p in index]
    v1_ids = v1_role_ids(index)
    yield (
        f"{API_ROOT}/principles.json",
        _envelope(site_url, "principles", count=len(records), principles=records),
    )
    for principle, record in zip(index, records, strict=True):
        yield api_path(principle), _envelope(site_url, "principle", **record)
        for alias in principle.aliases:
            # A former slug keeps answering, with the principle under its new slug.
            old = api_path(PrincipleKey(principle.collection, alias))
            yield old, _envelope(site_url, "principle", **record)
    yield (
        f"{API_ROOT}/collections.json",
        _envelope(
            site_url,
            "collections",
            collections=[
                {
                    "id": c.id,
                    "title": c.title,
                    "intro": c.intro,
                    "roles": [v1_ids[role] for role in c.roles],
                    "levels": list(c.levels),
                    "url": absolute(site_url, c.url),
                    "principles": [str(p.key) for p in index.in_collection(c.id)],
                }
                for c in index.collections.values()
            ],
        ),
    )
    yield (
        f"{API_ROOT}/roles.json",
        _envelope(
            site_url,
            "roles",
            roles=[
                {
                    "id": v1_ids[r.id],
                    "current_id": r.id,
                    "label": r.label,
                    "description": r.description,
                    "aliases": [name for name in (r.id, *r.aliases) if name != v1_ids[r.id]],
                    "url": absolute(site_url, r.url),
                    "principles": [str(p.key) for p, _ in index.for_role(r.id)],
                }
                for r in index.roles
            ],
        ),
    )
    yield (
        f"{API_ROOT}/actions.json",
        _envelope(
            site_url,
            "actions",
            actions=[
                {
                    "id": v1_id,
                    "current_id": a.id,
                    "name": a.name,
                    "url": a.url,
                    "description": a.description,
                    "verb": a.verb,
                    "cta": a.link_text,
                    "status": a.status.value,
                    "principles": [str(k) for k in a.principles],
                    "roles": [v1_ids[role] for role in a.roles],
                    "levels": list(a.levels),
                    "added": a.added.isoformat(),
                }
                for a in index.actions
                # An action that others were renamed or merged into answers to their ids too.
                for v1_id in (a.id, *a.former_ids)
            ],
        ),
    )


def principles_csv(index: Index, site_url: str, records: list[dict[str, Any]] | None = None) -> str:
    """Every principle as a spreadsheet row, relevance per role in its own column."""
    roles = [v1_role_id(role) for role in index.roles]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["collection", "slug", "number", "title", "summary", "status", "url", "last_changed"]
        + [f"relevance_{role}" for role in roles]
        + ["related", "derived_from"]
    )
    for record in records or [principle_record(index, p, site_url) for p in index]:
        writer.writerow(
            [record[k] for k in ("collection", "slug", "number", "title", "summary", "status")]
            + [record["url"], record["last_changed"]]
            + [record["relevance"].get(role, "") for role in roles]
            + [" ".join(record["relations"]["related"])]
            + [" ".join(record["relations"]["derived_from"])]
        )
    return out.getvalue()


EXCEL_CSV = f"{API_ROOT}/principles-excel.csv"


def principles_excel_csv(index: Index, site_url: str) -> str:
    """Every principle for Excel: the columns of "Download deze lijst" (in the site's
    language), every role."""
    columns = spreadsheet_columns(index.roles)
    header = [column["title"] for column in columns]
    return excel_csv([header, *(spreadsheet_row(index, p, site_url, columns) for p in index)])


def llms_txt(index: Index, site_url: str, site_name: str) -> str:
    """An llms.txt index (llmstxt.org): every principle by its canonical URL."""
    lines = [
        f"# {site_name}",
        "",
        "> " + texts.t("llms.intro", url=absolute(site_url, API_ROOT + "/principles.json")),
        "",
    ]
    for collection in index.collections.values():
        lines += [f"## {collection.title}", ""]
        for p in index.in_collection(collection.id):
            summary = f": {p.summary}" if p.summary else ""
            lines.append(f"- [{p.display_title}]({absolute(site_url, p.url)}){summary}")
        lines.append("")
    lines += ["## Optional", ""]
    for text, name in (("llms.all_json", "principles.json"), ("llms.all_csv", "principles.csv")):
        lines.append(f"- [{texts.t(text)}]({absolute(site_url, f'{API_ROOT}/{name}')})")
    return "\n".join(lines) + "\n"


def api_schema(name: str) -> str:
    return (
        resources.files("principles")
        .joinpath(f"schemas/api/v{API_VERSION}/{name}.schema.json")
        .read_text("utf-8")
    )


class FileWriter:
    """Writes many small files fast: each folder is created once, and the writes (system calls,
    which release the GIL) run on a few threads. Use as a context manager."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: list[Path] = []
        self._folders: set[Path] = set()
        self._pool = ThreadPoolExecutor(max_workers=4)
        self._pending: list[Future[int]] = []

    def __enter__(self) -> FileWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(wait=True)
        for pending in self._pending:
            pending.result()  # Re-raise a failed write.

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        self._pending.append(self._pool.submit(path.write_text, text, "utf-8"))
        self.written.append(path)


def as_json(document: Any) -> str:
    """Compact JSON (the C encoder; indentation would make it pure Python and slow)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_api(index: Index, out_dir: Path, site_url: str, site_name: str) -> list[Path]:
    """Write the API, its schemas, the CSV and llms.txt under `out_dir`; returns the paths."""
    records = [principle_record(index, p, site_url) for p in index]
    with FileWriter(out_dir) as files:
        for rel, document in api_documents(index, site_url, records):
            files.write(rel, as_json(document))
        for name in SCHEMA_NAMES:
            files.write(f"{API_ROOT}/schemas/{name}.schema.json", api_schema(name))
        files.write(f"{API_ROOT}/principles.csv", principles_csv(index, site_url, records))
        files.write(EXCEL_CSV, principles_excel_csv(index, site_url))
        files.write("llms.txt", llms_txt(index, site_url, site_name))
    return files.written


def feed_entries(index: Index, site_url: str, limit: int = 50) -> list[dict[str, Any]]:
    """The most recently changed principles, newest first, for the Atom feed."""
    changed = index.last_changed
    newest = sorted(index, key=lambda p: (-changed[p.key].toordinal(), index.sort_key(p)))
    return [
        {
            "principle": p,
            "url": absolute(site_url, p.url),
            "date": changed[p.key],
            "collection": index.collections[p.collection],
        }
        for p in newest[:limit]
    ]


def embed_pages(index: Index) -> Iterator[tuple[str, Principle, str | None, bool]]:
    """(path of the embed page, principle, role or None, whether it reports its height) for
    every principle's card and the card of every role it names — also at every former slug —,
    each as `index.html` (no script) and as `routes.EMBED_AUTO_HEIGHT_FILE` (with the script
    of the automatic height)."""
    for principle in index:
        keys = [principle.key] + [PrincipleKey(principle.collection, a) for a in principle.aliases]
        for key in keys:
            for role in (None, *principle.named_roles):
                folder = embed_path(key, role)
                yield f"{folder}index.html", principle, role, False
                yield f"{folder}{EMBED_AUTO_HEIGHT_FILE}", principle, role, True


API_INDEX = f"{API_ROOT}/index.html"
"""The API's own page: what each document holds, in Dutch (`partials/leidraad/api-index.html`)."""


def api_index_entries(index: Index) -> list[tuple[str, str]]:
    """(path under the API root, one Dutch line) for each document the API index page lists."""
    first = next(iter(index), None)
    entries = [
        ("principles.json", texts.t("api.entries.principles")),
        ("collections.json", texts.t("api.entries.collections")),
        ("roles.json", texts.t("api.entries.roles")),
        ("actions.json", texts.t("api.entries.actions")),
        ("principles.csv", texts.t("api.entries.csv")),
        (
            EXCEL_CSV.removeprefix(f"{API_ROOT}/"),
            texts.t("api.entries.excel"),
        ),
    ]
    if first is not None:
        entries.append(
            (
                api_path(first).removeprefix(f"{API_ROOT}/"),
                texts.t(
                    "api.entries.principle",
                    path=f"{API_ROOT}/{texts.t('api.entries.principle_path')}.json",
                ),
            )
        )
    entries += [
        (f"schemas/{name}.schema.json", texts.t("api.entries.schema", name=name))
        for name in SCHEMA_NAMES
        if name != "principle"
    ]
    entries.append(("schemas/principle.schema.json", texts.t("api.entries.principle_schema")))
    return entries


def write_feed_and_embeds(
    index: Index,
    out_dir: Path,
    site_url: str,
    site_name: str,
    render: Callable[..., str],
    cards_of: Container[PrincipleKey] | None = None,
) -> None:
    """Write `feed.xml`, the API's index page and the embed pages, rendered by
    `render(template, **context)` from the partials in `overrides/`
    (`partials/leidraad/feed.xml`, `api-index.html` and `embed.html`): every
    principle's, or only those of `cards_of` (the preview, after an edit)."""
    entries = feed_entries(index, site_url)
    with FileWriter(out_dir) as files:
        files.write(
            FEED,
            render(
                "partials/leidraad/feed.xml",
                site_name=site_name,
                site_url=site_url,
                feed_url=absolute(site_url, FEED),
                updated=max((entry["date"] for entry in entries), default=None),
                entries=entries,
            ),
        )
        files.write(
            API_INDEX,
            render(
                "partials/leidraad/api-index.html",
                site_name=site_name,
                root="../" * API_INDEX.count("/"),
                version=API_VERSION,
                entries=api_index_entries(index),
            ),
        )
        for rel, principle, role, auto_height in embed_pages(index):
            if cards_of is not None and principle.key not in cards_of:
                continue
            files.write(
                rel,
                render(
                    "partials/leidraad/embed.html",
                    principle=principle,
                    collection=index.collections[principle.collection],
                    roles=index.roles,
                    role=index.roles.get(role) if role else None,
                    site_name=site_name,
                    root="../" * rel.count("/"),
                    canonical=absolute(site_url, principle.url),
                    last_changed=index.last_changed[principle.key],
                    auto_height=auto_height,
                ),
            )
