"""Adding a collection from another organisation is a change of content only: its own
`_collection.yml`, a few principles and a new role in the roles file pass `principles check`
and a strict build, and appear on the generated pages (overview, role page, maps, API) — on a
copy of the repository's docs, whatever they hold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from principles import load_index
from principles.tools.cli import main
from tests.conftest import REPO_DOCS, build_site, page, repo_index
from tests.html import article, hrefs, resolve, soup, text

TITLE = "Principes van de gemeente Noordwijkerveen"
ROLE = """\
  - id: {id}
    label: {label}
    description: Bestuurt de gemeente en legt verantwoording af aan de raad.
    icon: material/account-group
"""


def unused(taken: set[str], *candidates: str) -> str:
    """The first candidate the site does not use yet (its docs may already have a third
    collection: LEIDRAAD_DOCS)."""
    return next(name for name in candidates if name not in taken)


def third_collection(docs: Path) -> tuple[str, str]:
    """A collection of another organisation, with one new role, written into `docs`; returns
    the ids of both."""
    existing = repo_index()
    order = max((c.order or 0 for c in existing.collections.values()), default=0) + 1
    role = unused({r.id for r in existing.roles}, "wethouder", "raadslid", "griffier")
    cid = unused(set(existing.collections), "noord", "noordoost", "noordwest")
    roles = docs / "_data/roles.yml"
    added = ROLE.format(id=role, label=role.capitalize())
    roles.write_text(roles.read_text("utf-8").rstrip("\n") + "\n" + added, "utf-8")
    (docs / cid).mkdir()
    (docs / cid / "_collection.yml").write_text(
        f"title: {TITLE}\nintro: Twee principes van onze gemeente.\nroles: [{role}]\n"
        f"order: {order}\nrole_tabs: true\n",
        "utf-8",
    )
    derived = [str(next(iter(existing)).key)] if len(existing) else []
    pages = {
        "dienstverlening": page(
            {"title": "1. Eén loket voor inwoners", "summary": "Alles op één plek.",
             "relations": ["samenwerken"], "derived_from": derived,
             "roles": {role: "high"}},
            f'\nWaarom.\n\n=== "{role.capitalize()}"\n\n    Maak er werk van.\n',
        ),
        "samenwerken": page(
            {"title": "2. Werk samen met de buurgemeenten", "summary": "Samen is goedkoper.",
             "roles": {role: "medium"}},
            f'\nWaarom.\n\n=== "{role.capitalize()}"\n\n    Zoek de buren op.\n',
        ),
    }  # fmt: skip
    for slug, text_ in pages.items():
        (docs / cid / slug).mkdir()
        (docs / cid / slug / "index.md").write_text(text_, "utf-8")
    return cid, role


def test_a_third_collection_with_a_new_role_needs_no_change_but_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(REPO_DOCS, docs)
    cid, role = third_collection(docs)

    assert main(["check", "--strict", str(docs)]) == 0, capsys.readouterr().out
    index = load_index(docs)
    assert list(index.collections)[-1] == cid
    assert "0 fout(en), 0 waarschuwing(en)" in capsys.readouterr().out

    site_dir, records, aborted = build_site(tmp_path, strict=True, docs_dir=docs)
    messages = [r.getMessage() for r in records if r.levelname in ("WARNING", "ERROR")]
    assert not aborted, messages
    assert messages == []

    overview = article(site_dir / cid / "index.html")
    assert [text(a) for a in overview.select(".ld-card__title a")] == [
        "1. Eén loket voor inwoners", "2. Werk samen met de buurgemeenten"
    ]  # fmt: skip
    role_page = article(site_dir / "rollen" / role / "index.html")
    listed = {resolve(f"rollen/{role}/", h) for h in hrefs(role_page, ".ld-role-list a")}
    assert listed == {f"{cid}/dienstverlening/", f"{cid}/samenwerken/"}
    home = set(hrefs(article(site_dir / "index.html")))
    assert {f"{cid}/", f"rollen/{role}/"} <= home
    nav = text(soup(site_dir / "index.html").select_one("nav.md-nav--primary"))
    assert all(nav.index(c.title) < nav.index(TITLE) for c in list(index.collections.values())[:-1])

    # The maps: the collection's own map, and on the map of all principles a colour of its own.
    own_map = article(site_dir / cid / "kaart/index.html")
    assert len(own_map.select("svg a.ld-map__node")) == 2
    fills: dict[str, set[str]] = {}
    for node in article(site_dir / "kaart/index.html").select("svg a.ld-map__node"):
        collection = resolve("kaart/", str(node["xlink:href"])).split("/")[0]
        fills.setdefault(collection, set()).add(str(node.find("circle")["fill"]))  # type: ignore[index]
    assert all(len(colours) == 1 for colours in fills.values())
    others = {colour for other, colours in fills.items() if other != cid for colour in colours}
    assert fills[cid].isdisjoint(others)

    def api(name: str) -> dict[str, object]:
        data: dict[str, object] = json.loads((site_dir / f"api/v1/{name}.json").read_text("utf-8"))
        return data

    collections = api("collections")["collections"]
    assert isinstance(collections, list) and collections[-1]["id"] == cid
    everything = api("principles")
    assert everything["count"] == len(index)
    roles = {role["id"]: role for role in api("roles")["roles"]}  # type: ignore[attr-defined]
    assert roles[role]["principles"] == [f"{cid}/dienstverlening", f"{cid}/samenwerken"]
    assert (site_dir / f"api/v1/{cid}/dienstverlening.json").is_file()
