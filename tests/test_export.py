"""The export API and friends: schema-valid, complete, two-way, resolving in the built site;
embeds, feed, sitemap and llms.txt; and stable through a rename."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from principles import load_index
from principles.content.history import git_dates
from principles.export import API_INDEX, SCHEMA_NAMES, api_schema
from principles.tools.cli import main
from tests.conftest import (
    REPO_DOCS,
    ROLES_YML,
    SITE_URL,
    BuildResult,
    FixtureSite,
    page,
    repo_index,
    tiny_tree,
)
from tests.engine_site import RIJK_ROLES
from tests.html import soup, text

CONFIGURED_SITE_URL = "http://127.0.0.1:8000/"  # site_url in mkdocs.yml, for builds in tmp_path
API = "api/v1"

REGISTRY: Registry = Registry().with_resources(
    (f"{name}.schema.json", Resource.from_contents(json.loads(api_schema(name))))
    for name in SCHEMA_NAMES
)


def validate(document: Any, schema_name: str) -> None:
    schema = json.loads(api_schema(schema_name))
    jsonschema.Draft202012Validator(schema, registry=REGISTRY).validate(document)


def load(site: Path, rel: str) -> Any:
    return json.loads((site / rel).read_text("utf-8"))


def site_path(url: str, site_url: str = SITE_URL) -> str:
    assert url.startswith(site_url), url
    return url.removeprefix(site_url)


def test_every_export_file_matches_its_published_schema(repo_site: BuildResult) -> None:
    index = repo_index()
    documents = {
        f"{API}/principles.json": "principles",
        f"{API}/collections.json": "collections",
        f"{API}/roles.json": "roles",
        f"{API}/actions.json": "actions",
    }
    documents |= {f"{API}/{p.collection}/{p.slug}.json": "principle" for p in index}
    for rel, schema in documents.items():
        document = load(repo_site.site_dir, rel)
        validate(document, schema)
        assert document["$schema"] == f"{SITE_URL}{API}/schemas/{schema}.schema.json"
    for schema in SCHEMA_NAMES:
        published = load(repo_site.site_dir, f"{API}/schemas/{schema}.schema.json")
        assert published == json.loads(api_schema(schema))


# What version 1 promises: every field and its JSON type. v1 may gain fields (its schemas allow
# them); a field of this list may not go, be renamed or change type: that is /api/v2/.
STRING, INTEGER, ARRAY, OBJECT = "string", "integer", "array", "object"
PRINCIPLE_V1 = {
    "collection": STRING, "slug": STRING, "number": INTEGER, "title": STRING,
    "display_title": STRING, "summary": STRING, "status": STRING, "statement": STRING,
    "rationale": STRING, "implications": ARRAY, "implications_text": ARRAY,
    "implications_html": ARRAY, "levels": ARRAY, "relevance": OBJECT,
    "relations": OBJECT, "actions": ARRAY, "aliases": ARRAY, "url": STRING,
    "embed_url": STRING, "api_url": STRING, "last_changed": STRING,
}  # fmt: skip
PROMISED_V1: dict[str, dict[tuple[str, ...], dict[str, str]]] = {
    "principle": {
        (): {"api_version": INTEGER, **PRINCIPLE_V1},
        ("relations",): {"related": ARRAY, "derived_from": ARRAY, "elaborated_in": ARRAY},
    },
    "principles": {
        (): {"api_version": INTEGER, "count": INTEGER, "principles": ARRAY},
        ("principles", "items"): PRINCIPLE_V1,
    },
    "collections": {
        (): {"api_version": INTEGER, "collections": ARRAY},
        ("collections", "items"): {
            "id": STRING, "title": STRING, "intro": STRING, "roles": ARRAY, "levels": ARRAY,
            "url": STRING, "principles": ARRAY,
        },
    },
    "roles": {
        (): {"api_version": INTEGER, "roles": ARRAY},
        ("roles", "items"): {
            "id": STRING, "current_id": STRING, "label": STRING, "description": STRING,
            "aliases": ARRAY,
            "url": STRING, "principles": ARRAY,
        },
    },
    "actions": {
        (): {"api_version": INTEGER, "actions": ARRAY},
        ("actions", "items"): {
            "id": STRING, "current_id": STRING, "name": STRING, "url": STRING,
            "description": STRING, "verb": STRING,
            "status": STRING, "principles": ARRAY, "roles": ARRAY, "levels": ARRAY,
            "added": STRING,
        },
    },
}  # fmt: skip
JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    STRING: str,
    INTEGER: int,
    ARRAY: list,
    OBJECT: dict,
}


def _schema_at(schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """The object schema at `path` ("items" steps into an array's items)."""
    node = schema
    for step in path:
        node = node["items"] if step == "items" else node["properties"][step]
    if "$ref" in node:  # "principle.schema.json#/$defs/record"
        file, _, pointer = node["$ref"].partition("#/")
        node = json.loads(api_schema(file.removesuffix(".schema.json")))
        for step in pointer.split("/") if pointer else []:
            node = node[step]
    return node


def _schema_type(field: dict[str, Any]) -> str:
    if "type" in field:
        return str(field["type"])
    values = field.get("enum", [field.get("const")])
    kinds = {INTEGER if isinstance(v, int) else STRING for v in values}
    assert len(kinds) == 1, field
    return kinds.pop()


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_the_v1_schemas_keep_every_promised_field_and_its_type(name: str) -> None:
    schema = json.loads(api_schema(name))
    for path, fields in PROMISED_V1[name].items():
        node = _schema_at(schema, path)
        assert set(fields) <= set(node["required"]), (name, path)
        kinds = {field: _schema_type(node["properties"][field]) for field in fields}
        assert kinds == fields, (name, path)
        assert node.get("additionalProperties", True) is not False, "v1 may grow by addition"


def _promised_fields_of(document: Any, fields: dict[str, str], where: str) -> list[str]:
    return [
        f"{where}.{field}"
        for field, kind in fields.items()
        if field not in document
        or not isinstance(document[field], JSON_TYPES[kind])
        or (kind == INTEGER and isinstance(document[field], bool))
    ]


def test_the_exported_documents_have_every_promised_field(engine_site: FixtureSite) -> None:
    site = engine_site.build.site_dir
    principle = next(iter(engine_site.index))
    files = {name: f"{API}/{name}.json" for name in SCHEMA_NAMES}
    files["principle"] = f"{API}/{principle.collection}/{principle.slug}.json"
    wrong = []
    for name, rel in files.items():
        document = load(site, rel)
        for path, fields in PROMISED_V1[name].items():
            node = document
            for step in path[:-1] if path and path[-1] == "items" else path:
                node = node[step]
            for item in node if path and path[-1] == "items" else [node]:
                wrong += _promised_fields_of(item, fields, f"{name}:{'.'.join(path)}")
    assert wrong == []


def test_v1_accepts_an_added_field_and_refuses_a_removed_renamed_or_retyped_one(
    engine_site: FixtureSite,
) -> None:
    principle = next(iter(engine_site.index))
    document = load(
        engine_site.build.site_dir, f"{API}/{principle.collection}/{principle.slug}.json"
    )
    validate({**document, "owner": "Team X"}, "principle")  # added: fine for v1
    renamed = {k if k != "summary" else "abstract": v for k, v in document.items()}
    retyped = {**document, "number": str(document["number"])}
    without = {k: v for k, v in document.items() if k != "last_changed"}
    for changed in (renamed, retyped, without):
        with pytest.raises(jsonschema.ValidationError):
            validate(changed, "principle")


def test_counts_equal_the_principles_and_each_has_its_own_file(repo_site: BuildResult) -> None:
    index = repo_index()
    everything = load(repo_site.site_dir, f"{API}/principles.json")
    assert everything["count"] == len(everything["principles"]) == len(index)
    assert [f"{r['collection']}/{r['slug']}" for r in everything["principles"]] == [
        str(p.key) for p in index
    ]
    for record in everything["principles"]:
        single = load(repo_site.site_dir, f"{API}/{record['collection']}/{record['slug']}.json")
        assert {k: v for k, v in single.items() if k not in ("$schema", "api_version")} == record
    roles = load(repo_site.site_dir, f"{API}/roles.json")["roles"]
    assert [r["current_id"] for r in roles] == [r.id for r in index.roles]
    collections = load(repo_site.site_dir, f"{API}/collections.json")["collections"]
    assert [c["id"] for c in collections] == list(index.collections)
    actions = load(repo_site.site_dir, f"{API}/actions.json")["actions"]
    # One entry per action, and one per id an action had before (renamed or merged).
    assert sorted(a["id"] for a in actions) == sorted(
        name for action in index.actions for name in (action.id, *action.former_ids)
    )


def test_every_url_in_the_export_resolves_in_the_built_site(repo_site: BuildResult) -> None:
    records = load(repo_site.site_dir, f"{API}/principles.json")["principles"]
    for record in records:
        for field in ("url", "embed_url"):
            path = site_path(record[field])
            assert (repo_site.site_dir / path / "index.html").is_file(), record[field]
        assert (repo_site.site_dir / site_path(record["api_url"])).is_file()
    for collection in load(repo_site.site_dir, f"{API}/collections.json")["collections"]:
        assert (repo_site.site_dir / site_path(collection["url"]) / "index.html").is_file()
    for role in load(repo_site.site_dir, f"{API}/roles.json")["roles"]:
        assert (repo_site.site_dir / site_path(role["url"]) / "index.html").is_file()


def test_relations_in_the_export_are_two_way(repo_site: BuildResult) -> None:
    records = {
        f"{r['collection']}/{r['slug']}": r
        for r in load(repo_site.site_dir, f"{API}/principles.json")["principles"]
    }
    pairs = 0
    for key, record in records.items():
        for other in record["relations"]["related"]:
            assert key in records[other]["relations"]["related"]
            pairs += 1
        for other in record["relations"]["derived_from"]:
            assert key in records[other]["relations"]["elaborated_in"]
    assert pairs > 0


def test_csv_has_a_row_per_principle(engine_site: FixtureSite) -> None:
    import csv

    text = (engine_site.build.site_dir / f"{API}/principles.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [f"{r['collection']}/{r['slug']}" for r in rows] == [
        str(p.key) for p in engine_site.index
    ]
    koppelen = next(r for r in rows if r["slug"] == "koppelen")
    assert koppelen["relevance_bestuurder"] == "high"  # written as its alias `cxo`
    assert koppelen["relevance_inkoper"] == "medium"
    assert koppelen["related"].split() == ["rijk/inkopen", "rijk/open-data"]


def test_cli_export_writes_the_same_api_without_a_build(
    repo_site: BuildResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export"
    assert main(["export", str(REPO_DOCS), "--out", str(out), "--site-url", SITE_URL]) == 0
    assert f"voor {len(repo_index())} principe(s) geschreven naar {out}" in (
        capsys.readouterr().out
    )
    # The API's index page is a page of the site (rendered with its templates), not a document.
    built = sorted(
        p.relative_to(repo_site.site_dir)
        for p in (repo_site.site_dir / API).rglob("*.*")
        if p.relative_to(repo_site.site_dir).as_posix() != API_INDEX
    )
    exported = sorted(p.relative_to(out) for p in (out / API).rglob("*.*"))
    assert exported == built
    for rel in exported:
        assert (out / rel).read_bytes() == (repo_site.site_dir / rel).read_bytes(), rel
    assert (out / "llms.txt").read_text("utf-8") == (repo_site.site_dir / "llms.txt").read_text(
        "utf-8"
    )


def test_cli_export_refuses_broken_content(
    docs: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page('title: "1. Een"\nrelations: [drie]\n')
    assert main(["export", str(docs(tree)), "--out", str(tmp_path / "out")]) == 1
    assert "fout LD301: onbekend principe 'drie'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_feed_lists_changed_principles_with_resolving_links(repo_site: BuildResult) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(repo_site.site_dir / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == min(50, len(repo_index()))
    for entry in entries:
        link = entry.find(f"{atom}link")
        assert link is not None
        assert (repo_site.site_dir / site_path(link.attrib["href"]) / "index.html").is_file()
        assert date.fromisoformat(entry.findtext(f"{atom}updated", "")[:10])
    head = soup(repo_site.site_dir / "index.html").find("link", type="application/atom+xml")
    assert head is not None and head["href"] == "feed.xml"


def test_sitemap_and_llms_txt_name_every_canonical_url(repo_site: BuildResult) -> None:
    sitemap = (repo_site.site_dir / "sitemap.xml").read_text("utf-8")
    llms = (repo_site.site_dir / "llms.txt").read_text("utf-8")
    for principle in repo_index():
        url = SITE_URL + principle.url
        assert f"<loc>{url}</loc>" in sitemap
        assert f"]({url})" in llms
    assert f"<loc>{SITE_URL}embed/" not in sitemap  # embeds are not pages


def test_principle_page_offers_its_address_tab_links_and_embed_snippet(
    engine_site: FixtureSite,
) -> None:
    url = engine_site.url
    html = soup(engine_site.build.site_dir / "rijk/koppelen/index.html")
    copies = [b["data-clipboard-text"] for b in html.select("button.ld-copy[data-clipboard-text]")]
    assert copies[0] == url + "rijk/koppelen/"
    snippet = html.select_one("#ld-embed-snippet")
    assert snippet is not None
    assert f'src="{url}embed/rijk/koppelen/"' in snippet.get_text()
    assert html.select_one("button.ld-copy[data-clipboard-target='#ld-embed-snippet']")
    header = html.select_one("header[data-ld-role-tabs]")
    assert header is not None
    assert str(header["data-ld-role-tabs"]).split() == list(RIJK_ROLES)
    changed = html.select_one(".ld-changed time")
    assert changed is not None and date.fromisoformat(str(changed["datetime"]))


def renamed(tree: dict[str, str | bytes]) -> dict[str, str | bytes]:
    del tree["alpha/twee/index.md"]
    tree["alpha/tweede/index.md"] = page(
        {"title": "2. Twee", "summary": "De tweede.", "aliases": ["twee"], "relations": ["een"]},
        "\nTekst.\n",
    )
    return tree


def test_a_renamed_slug_keeps_page_embed_and_export_addresses(
    build: Callable[..., BuildResult],
) -> None:
    before = build()
    old_record = json.loads(before.html("api/v1/alpha/twee.json"))
    after = build(renamed(tiny_tree()))
    # The old page URL redirects to the new page.
    assert 'url=../tweede/"' in after.html("alpha/twee/index.html")
    # The old embed URL still shows the card, pointing at the new page.
    embed = soup(after.site_dir / "embed/alpha/twee/index.html")
    assert embed.select_one(".ld-embed__title a")["href"] == "../../../alpha/tweede/"  # type: ignore[index]
    canonical = embed.find("link", rel="canonical")["href"]  # type: ignore[index]
    assert canonical == CONFIGURED_SITE_URL + "alpha/tweede/"
    # The export answers at the old address too, with the principle under its new slug.
    old = json.loads(after.html("api/v1/alpha/twee.json"))
    assert old["slug"] == "tweede" and old["aliases"] == ["twee"]
    assert old["title"] == old_record["title"]
    everything = json.loads(after.html("api/v1/principles.json"))
    assert [r["slug"] for r in everything["principles"]] == ["een", "tweede"]


def test_every_role_a_principle_names_has_a_card_and_a_snippet_also_at_former_slugs(
    build: Callable[..., BuildResult],
) -> None:
    tree = tiny_tree()
    del tree["alpha/een/index.md"]
    tree["alpha/eerste/index.md"] = page(
        {
            "title": "1. Een",
            "summary": "De eerste.",
            "aliases": ["een"],
            "relations": ["twee"],
            "roles": {"ontwikkelaar": "high", "jurist": "low", "inkoper": "medium"},
        },
        """
        === "Ontwikkelaar"

            ### Bouwen

            Bouw het.

        === "Jurist"

            Toets het.
        """,
    )
    tree["alpha/_collection.yml"] = "title: Alpha\nroles: [ontwikkelaar, jurist, inkoper]\n"
    result = build(tree)
    assert not result.aborted, result.leidraad_messages
    roles = sorted(p.name for p in (result.site_dir / "embed/alpha/eerste").iterdir() if p.is_dir())
    assert roles == ["inkoper", "jurist", "ontwikkelaar"]
    for slug in ("eerste", "een"):  # the former slug keeps its role cards too
        card = soup(result.site_dir / f"embed/alpha/{slug}/ontwikkelaar/index.html")
        title = card.select_one(".ld-embed__title a")
        assert title is not None and title["href"] == "../../../../alpha/eerste/#ontwikkelaar"
        assert text(card.select_one("h2")) == "Bouwen"
        assert text(card.select_one(".ld-embed__lead")) == "Bouw het."
    # A role without a tab: its card leads to the page itself.
    card = soup(result.site_dir / "embed/alpha/eerste/inkoper/index.html")
    assert card.select_one(".ld-embed__more a")["href"] == "../../../../alpha/eerste/"  # type: ignore[index]
    # The principle page offers each card's code, with the same address.
    share = soup(result.site_dir / "alpha/eerste/index.html").select_one(".ld-share")
    assert share is not None
    offered = {
        str(block["data-ld-role-embed"]): text(block.select_one("code"))
        for block in share.select("[data-ld-role-embed]")
    }
    assert offered.keys() == {"ontwikkelaar", "jurist", "inkoper"}
    for role, code in offered.items():
        assert code.startswith(f'<iframe src="{CONFIGURED_SITE_URL}embed/alpha/eerste/{role}/"')


def test_last_changed_comes_from_git_with_a_fallback(tmp_path: Path) -> None:
    tree = tiny_tree()
    docs_dir = tmp_path / "docs"
    from tests.conftest import write_tree

    write_tree(docs_dir, tree)
    # No repository: every page falls back to its file date.
    assert git_dates(docs_dir) == {}
    fallback = load_index(docs_dir).last_changed
    assert set(fallback) == {k for k in load_index(docs_dir).principles}

    env = {"GIT_AUTHOR_DATE": "2024-03-05T12:00:00", "GIT_COMMITTER_DATE": "2024-03-05T12:00:00"}

    def git(*args: str, **extra: str) -> None:
        import os

        subprocess.run(
            ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True, capture_output=True, env={**os.environ, **env, **extra},
        )  # fmt: skip

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "first")
    (docs_dir / "alpha/twee/index.md").write_text(str(tree["alpha/twee/index.md"]) + "\nMeer.\n")
    later = "2025-06-07T12:00:00"
    git("commit", "-qam", "second", GIT_AUTHOR_DATE=later, GIT_COMMITTER_DATE=later)
    changed = load_index(docs_dir).last_changed
    by_slug = {key.slug: value for key, value in changed.items()}
    assert by_slug == {"een": date(2024, 3, 5), "twee": date(2025, 6, 7)}


def test_dates_do_not_depend_on_when_the_files_were_checked_out(tmp_path: Path) -> None:
    """A clone made, or touched, a year after the last commit shows the commit dates: on the
    page, in the embed and in the API."""
    import os

    from tests.conftest import build_site, write_tree

    origin = tmp_path / "origin"
    write_tree(origin / "docs", tiny_tree())
    moment = "2024-03-05T12:00:00"
    committed = {"GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment}

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True, capture_output=True, env={**os.environ, **committed},
        )  # fmt: skip

    git("-C", str(origin), "init", "-q")
    git("-C", str(origin), "add", ".")
    git("-C", str(origin), "commit", "-qm", "content")
    clone = tmp_path / "clone"
    git("clone", "-q", str(origin), str(clone))
    import time

    stamp = time.time() + 366 * 24 * 3600
    for path in (clone / "docs").rglob("*"):
        os.utime(path, (stamp, stamp))

    site_dir, _, aborted = build_site(tmp_path, docs_dir=clone / "docs")
    assert not aborted
    header = soup(site_dir / "alpha/een/index.html").select_one(".ld-changed time")
    assert header is not None and header["datetime"] == "2024-03-05"
    assert "5 maart 2024" in (site_dir / "embed/alpha/een/index.html").read_text("utf-8")
    record = load(site_dir, f"{API}/alpha/een.json")
    assert record["last_changed"] == "2024-03-05"


def test_a_shallow_clone_is_named_once_and_pages_get_the_dates_it_has(tmp_path: Path) -> None:
    """CI often clones with `--depth 1`: its history then holds one commit, which names every
    file. The build says so once, and tells how to fetch the whole history; meanwhile every page
    gets the date of that commit (never the date of the checkout)."""
    import os

    from tests.conftest import LEIDRAAD_LOGGER, build_site, write_tree

    origin = tmp_path / "origin"
    write_tree(origin / "docs", tiny_tree())

    def git(*args: str, moment: str = "2024-03-05T12:00:00") -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True, capture_output=True,
            env={**os.environ, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment},
        )  # fmt: skip

    git("-C", str(origin), "init", "-q")
    git("-C", str(origin), "add", ".")
    git("-C", str(origin), "commit", "-qm", "first")
    twee = origin / "docs/alpha/twee/index.md"
    twee.write_text(twee.read_text("utf-8") + "\nMeer.\n", "utf-8")
    git("-C", str(origin), "commit", "-qam", "second", moment="2025-06-07T12:00:00")

    def built(name: str, *depth: str) -> tuple[dict[str, str], list[str]]:
        clone = tmp_path / name
        git("clone", "-q", *depth, f"file://{origin}", str(clone))
        site_dir, records, aborted = build_site(tmp_path / f"{name}-site", docs_dir=clone / "docs")
        assert not aborted
        dates = {
            record["slug"]: record["last_changed"]
            for record in load(site_dir, f"{API}/principles.json")["principles"]
        }
        ours = [r for r in records if r.name == LEIDRAAD_LOGGER and r.levelname == "WARNING"]
        warnings = [m for r in ours if "shallow" in (m := r.getMessage())]
        return dates, warnings

    dates, warnings = built("full")
    assert warnings == []
    assert dates == {"een": "2024-03-05", "twee": "2025-06-07"}

    dates, warnings = built("shallow", "--depth", "1")
    assert len(warnings) == 1
    assert "git fetch --unshallow" in warnings[0] and "fetch-depth: 0" in warnings[0]
    assert dates == {"een": "2025-06-07", "twee": "2025-06-07"}


RENAMED_ROLE = ROLES_YML.replace(
    "    aliases: [developer]\n", "    aliases: [dev]\n    former_ids: [developer]\n"
)
MERGED_ACTIONS = """\
actions:
  - id: kit
    former_ids: [oude-kit, nog-oudere-kit]
    name: Kit
    url: https://example.org/kit
    description: Een kit.
    verb: Gebruiken
    status: beschikbaar
    principles: [alpha/een]
    roles: [ontwikkelaar, bestuurder]
    added: 2026-11-01
"""


def test_v1_keeps_calling_a_renamed_role_and_a_merged_action_by_their_former_ids(
    docs: Callable[..., Path], tmp_path: Path
) -> None:
    tree = tiny_tree()
    tree["_data/roles.yml"] = RENAMED_ROLE
    tree["_data/actions.yml"] = MERGED_ACTIONS
    out = tmp_path / "export"
    assert main(["export", str(docs(tree)), "--out", str(out), "--site-url", "/"]) == 0

    def read(name: str) -> Any:
        return json.loads((out / API / name).read_text("utf-8"))

    roles = {role["id"]: role for role in read("roles.json")["roles"]}
    # The role keeps its v1 id; its site id and every other name are added beside it.
    assert "ontwikkelaar" not in roles
    assert roles["developer"]["current_id"] == "ontwikkelaar"
    assert roles["developer"]["aliases"] == ["ontwikkelaar", "dev"]
    assert roles["developer"]["url"] == "/rollen/ontwikkelaar/"  # the site's address is kept
    # Plain aliases are other words for a role, not ids v1 published.
    assert "cxo" not in roles and roles["bestuurder"]["current_id"] == "bestuurder"
    een = read("alpha/een.json")
    assert een["relevance"] == {"developer": "high", "jurist": "low"}
    assert read("principles.json")["principles"][0]["relevance"] == een["relevance"]
    assert read("collections.json")["collections"][0]["roles"] == ["developer", "jurist"]
    header = (out / API / "principles.csv").read_text("utf-8").splitlines()[0].split(",")
    assert "relevance_developer" in header and "relevance_ontwikkelaar" not in header

    actions = {action["id"]: action for action in read("actions.json")["actions"]}
    assert sorted(actions) == ["kit", "nog-oudere-kit", "oude-kit"]
    assert {action["current_id"] for action in actions.values()} == {"kit"}
    assert actions["oude-kit"] | {"id": "kit"} == actions["kit"]
    assert actions["kit"]["roles"] == ["developer", "bestuurder"]
    assert een["actions"] == ["kit"]


def test_a_former_role_id_is_still_a_name_of_the_role(build: Callable[..., BuildResult]) -> None:
    tree = tiny_tree()
    tree["_data/roles.yml"] = RENAMED_ROLE
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "summary": "De tweede.", "roles": {"developer": "medium"}}, "Tekst.\n"
    )
    result = build(tree, strict=True)
    assert not result.aborted, result.leidraad_messages
    role_page = (result.site_dir / "rollen/ontwikkelaar/index.html").read_text("utf-8")
    assert "2. Twee" in role_page  # `developer:` in front matter names the role
    assert "rollen/ontwikkelaar/" in (result.site_dir / "rollen/developer/index.html").read_text()


def test_records_give_statement_rationale_and_implications_as_readers_see_them(
    docs: Callable[..., Path], tmp_path: Path
) -> None:
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {
            "title": "1. Een",
            "summary": "Kort gezegd: een.",
            "statement": "We doen *een* ding.",
            "rationale": "Omdat het **moet**.",
            "implications": ["**Sterk**: we meten & toetsen [alles](https://example.org/)."],
        },
        "# Een\n\nDit staat op de pagina.\n\n## Meer\n\nNiet in de uitleg.\n",
    )
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "summary": "De tweede, *kort*."},
        "De **opening** van de pagina.\n\nNog een alinea.\n\n## Waarom\n\nLater.\n",
    )
    out = tmp_path / "export"
    assert main(["export", str(docs(tree)), "--out", str(out), "--site-url", "/"]) == 0
    een, twee = (
        json.loads((out / API / f"alpha/{slug}.json").read_text("utf-8"))
        for slug in ("een", "twee")
    )
    # The page's own fields win; the implications keep their Markdown, with two added forms.
    assert (een["statement"], een["rationale"]) == ("We doen *een* ding.", "Omdat het **moet**.")
    assert een["implications"] == ["**Sterk**: we meten & toetsen [alles](https://example.org/)."]
    assert een["implications_text"] == ["Sterk: we meten & toetsen alles."]
    assert een["implications_html"] == [
        '<strong>Sterk</strong>: we meten &amp; toetsen <a href="https://example.org/">alles</a>.'
    ]
    # A page without them says the same in its summary and its opening text.
    assert twee["statement"] == "De tweede, *kort*."
    assert twee["rationale"] == "De **opening** van de pagina.\n\nNog een alinea."
    assert (twee["implications"], twee["implications_text"]) == ([], [])


def test_the_api_has_a_dutch_index_page_linked_from_the_home_page(
    engine_site: FixtureSite,
) -> None:
    site_dir = engine_site.build.site_dir
    api_page = soup(site_dir / API / "index.html")
    assert api_page.html is not None and api_page.html["lang"] == "nl"
    assert "Open data" in text(api_page.h1)
    listed = {str(a["href"]): a.parent for a in api_page.select("main li a")}
    # Every document of the API is listed with a line of its own, and every link resolves.
    documents = {
        p.relative_to(site_dir / API).as_posix()
        for p in (site_dir / API).rglob("*.*")
        if (p.name != "index.html" and p.parent == site_dir / API) or "schemas" in p.parts
    }
    assert documents <= set(listed)
    assert any(href.endswith(".json") and "/" in href and "schemas" not in href for href in listed)
    for href, item in listed.items():
        assert (site_dir / API / href).is_file(), href
        assert len(text(item)) > len(href) + 20, href  # a line that says what it holds
    home = soup(site_dir / "index.html")
    assert [a for a in home.select("article a") if a["href"] == f"{API}/"]
