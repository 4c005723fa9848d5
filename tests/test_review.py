"""The review report (`principles diff`, `.ci/review-summary`): what changes for readers, on
small fixture sites in git repositories written by each test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from principles import load_index
from principles.content.model import PrincipleKey, Relevance, Status
from principles.export import principle_record
from principles.tools.cli import main
from tests.conftest import REPO, page, tiny_tree, write_tree

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Redactie",
    "GIT_AUTHOR_EMAIL": "redactie@example.org",
    "GIT_COMMITTER_NAME": "Redactie",
    "GIT_COMMITTER_EMAIL": "redactie@example.org",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
    )
    return result.stdout.strip()


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "--all")
    git(repo, "commit", "-qm", message)
    return git(repo, "rev-parse", "HEAD")


def new_repo(tmp_path: Path, tree: dict[str, str | bytes]) -> tuple[Path, Path, str]:
    """A git repository on branch main with `tree` as its docs folder, committed."""
    repo = tmp_path / "repo"
    docs = write_tree(repo / "docs", tree)
    git(repo, "init", "-q", "-b", "main")
    return repo, docs, commit(repo, "begin")


def report(
    capsys: pytest.CaptureFixture[str], docs: Path, old: str, new: str
) -> tuple[str, dict[str, Any]]:
    """The Markdown and the JSON of `principles diff old new`."""
    assert main(["diff", old, new, "--docs", str(docs)]) == 0
    markdown = capsys.readouterr().out
    assert main(["diff", old, new, "--docs", str(docs), "--format", "json"]) == 0
    return markdown, json.loads(capsys.readouterr().out)


def role_label(docs: Path, role_id: str) -> str:
    role = load_index(docs).roles.get(role_id)
    assert role is not None
    return role.label


def test_removing_a_relation_the_other_page_still_declares_has_no_effect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # een and twee both declare their relation.
    repo, docs, first = new_repo(tmp_path, tiny_tree())
    een = docs / "alpha/een/index.md"
    een.write_text(een.read_text("utf-8").replace("relations:\n- twee\n", ""), "utf-8")
    second = commit(repo, "een noemt twee niet meer")

    markdown, data = report(capsys, docs, first, second)
    assert "− `alpha/twee`" not in markdown  # Both pages still show the relation.
    assert (
        "Geen effect: `alpha/twee` is uit `relations` gehaald, maar de site toont de relatie "
        "nog op beide pagina's, omdat `alpha/twee` haar zelf noemt (`docs/alpha/twee/index.md`)"
    ) in markdown
    assert [c["principle"] for c in data["changed"]] == ["alpha/een"]
    assert data["changed"][0]["changes"] == []
    assert data["changed"][0]["notes"] == [
        {
            "relation": "alpha/twee",
            "removed": True,
            "declared_by": "alpha/twee",
            "file": "alpha/twee/index.md",
        }
    ]

    # Once twee lets go too, the relation is gone from both pages; een's file is untouched.
    twee = docs / "alpha/twee/index.md"
    twee.write_text(page({"title": "2. Twee", "summary": "De tweede."}, "\nTekst.\n"), "utf-8")
    third = commit(repo, "twee noemt een niet meer")
    markdown, data = report(capsys, docs, second, third)
    changed = {c["principle"]: c for c in data["changed"]}
    assert set(changed) == {"alpha/een", "alpha/twee"}
    assert changed["alpha/een"]["file_changed"] is False
    because = {"alpha/twee": "alpha/twee"}  # twee's front matter did it, not een's.
    assert changed["alpha/een"]["changes"] == [
        {"field": "related", "old": ["alpha/twee"], "new": [], "because": because}
    ]
    assert changed["alpha/twee"]["changes"] == [
        {"field": "related", "old": ["alpha/een"], "new": []}
    ]
    een_section = markdown.split("#### `alpha/een`")[1].split("####")[0]
    assert "_Het bestand is niet gewijzigd" in een_section
    assert (
        "- Gerelateerde principes: − `alpha/twee` (2. Twee) — niet meer in de front matter "
        "van `alpha/twee`"
    ) in een_section
    assert "Geen effect" not in markdown


ACTIONS = """\
actions:
  - id: kit
    name: Toetskit
    url: https://example.org/kit
    description: Een hulpmiddel om te toetsen.
    verb: Gebruiken
    status: beschikbaar
    principles: [alpha/drie]
    added: 2026-01-01
"""


def test_a_new_principle_is_shown_in_full_with_the_pages_it_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, docs, first = new_repo(tmp_path, tiny_tree())
    drie = {
        "title": "3. Drie",
        "summary": "Toets elke keuze aan de wet.",
        "status": "consultatie",
        "relations": ["een"],
        "derived_from": ["twee"],
        "roles": {"ontwikkelaar": "low", "jurist": "high"},
    }
    write_tree(
        docs,
        {
            "alpha/drie/index.md": page(drie, '\n=== "Jurist"\n\n    Toets.\n'),
            "_data/actions.yml": ACTIONS,
        },
    )
    second = commit(repo, "drie")

    markdown, data = report(capsys, docs, first, second)
    new_section = markdown.split("### Nieuwe principes")[1].split("### Gewijzigd")[0]
    jurist, ontwikkelaar = role_label(docs, "jurist"), role_label(docs, "ontwikkelaar")
    for line in (
        "#### `alpha/drie`: 3. Drie",
        "- Samenvatting: Toets elke keuze aan de wet.",
        f"- Status: {Status.CONSULTATIE.label}",
        # The words of the page's "Belangrijk voor", most relevant first.
        f"- Belangrijk voor: {jurist} · {Relevance.HIGH.label}, "
        f"{ontwikkelaar} · {Relevance.LOW.label}",
        "- Gerelateerde principes: `alpha/een` (1. Een)",
        "- Afgeleid van: `alpha/twee` (2. Twee)",
        "- Direct aan de slag: Toetskit",
        "  - `alpha/een` (1. Een): Gerelateerde principes",
        "  - `alpha/twee` (2. Twee): Uitgewerkt in",
    ):
        assert line in new_section.splitlines(), line

    # The existing pages change only in what the site generates for them.
    changed = {c["principle"]: c for c in data["changed"]}
    assert set(changed) == {"alpha/een", "alpha/twee"}
    assert not any(c["file_changed"] for c in changed.values())
    assert "- Gerelateerde principes: + `alpha/drie` (3. Drie) — nieuw principe" in markdown
    assert "- Uitgewerkt in: + `alpha/drie` (3. Drie) — nieuw principe" in markdown

    # The JSON speaks the API's words and shape.
    index = load_index(docs)
    record = principle_record(index, index.principles[PrincipleKey("alpha", "drie")], "/")
    [added] = data["added"]
    assert added["relevance"] == record["relevance"] == {"ontwikkelaar": "low", "jurist": "high"}
    assert added["relations"] == record["relations"]
    assert added["status"] == record["status"]
    assert added["actions"] == record["actions"] == ["kit"]
    assert added["affects"] == {"alpha/een": ["related"], "alpha/twee": ["elaborated_in"]}


def renaming_tree() -> dict[str, str | bytes]:
    """twee is named by three pages: een and drie relate to it, vier elaborates it."""
    tree = tiny_tree()
    tree["alpha/drie/index.md"] = page({"title": "3. Drie", "relations": ["twee"]}, "\nDrie.\n")
    tree["alpha/vier/index.md"] = page({"title": "4. Vier", "derived_from": ["twee"]}, "\nV.\n")
    return tree


def rename_twee(docs: Path, *, alias: bool, title: str = "2. Twee") -> None:
    text = (docs / "alpha/twee/index.md").read_text("utf-8")
    shutil.rmtree(docs / "alpha/twee")
    text = text.replace("title: 2. Twee", f"title: {title}")
    if alias:
        text = text.replace("relations:", "aliases:\n- twee\nrelations:")
    write_tree(docs, {"alpha/tweede/index.md": text})
    # Two pages follow the new slug; vier keeps the former one, which still resolves.
    for name in ("een", "drie"):
        path = docs / f"alpha/{name}/index.md"
        path.write_text(path.read_text("utf-8").replace("- twee\n", "- tweede\n"), "utf-8")


def test_a_folder_renamed_with_an_alias_is_one_rename(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, docs, first = new_repo(tmp_path, renaming_tree())
    rename_twee(docs, alias=True)
    second = commit(repo, "twee heet nu tweede")

    markdown, data = report(capsys, docs, first, second)
    assert data["renamed"] == [{"old": "alpha/twee", "new": "alpha/tweede", "title": "2. Twee"}]
    assert data["added"] == data["removed"] == data["changed"] == []
    assert (
        "- `alpha/twee` → `alpha/tweede` (2. Twee): het oude adres `/alpha/twee/` verwijst door "
        "naar `/alpha/tweede/`"
    ) in markdown
    for heading in ("### Nieuwe principes", "### Verwijderd", "### Gewijzigd"):
        assert heading not in markdown

    # What does change for readers is still reported, under the new name.
    rename_twee_title = docs / "alpha/tweede/index.md"
    text = rename_twee_title.read_text("utf-8")
    rename_twee_title.write_text(text.replace("title: 2. Twee", "title: 2. Tweede"), "utf-8")
    third = commit(repo, "en een nieuwe titel")
    markdown, data = report(capsys, docs, first, third)
    assert [c["principle"] for c in data["changed"]] == ["alpha/tweede"]
    [change] = data["changed"][0]["changes"]
    assert change == {"field": "title", "old": "Twee", "new": "Tweede"}
    assert data["changed"][0]["shown_on"] == ["alpha/drie", "alpha/een", "alpha/vier"]
    assert "- Titel: “Twee” → “Tweede”" in markdown


def test_a_folder_renamed_without_an_alias_says_the_old_address_breaks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, docs, first = new_repo(tmp_path, renaming_tree())
    rename_twee(docs, alias=False)
    # vier still names the former slug: without the alias that is an error; let it follow.
    vier = docs / "alpha/vier/index.md"
    vier.write_text(vier.read_text("utf-8").replace("- twee\n", "- tweede\n"), "utf-8")
    second = commit(repo, "twee heet nu tweede, zonder alias")

    markdown, data = report(capsys, docs, first, second)
    assert data["renamed"] == []
    assert [a["principle"] for a in data["added"]] == ["alpha/tweede"]
    [removed] = data["removed"]
    assert removed["principle"] == "alpha/twee"
    assert removed["looks_renamed_to"] == "alpha/tweede"
    assert removed["redirects_to"] is None
    assert "Het adres `/alpha/twee/` bestaat dan niet meer." in markdown
    assert "Hernoemd naar `alpha/tweede`? Zet dan `aliases: [twee]` in de nieuwe pagina" in markdown


def test_a_removed_principle_names_the_pages_it_disappears_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, docs, first = new_repo(tmp_path, renaming_tree())
    shutil.rmtree(docs / "alpha/drie")
    second = commit(repo, "drie weg")

    markdown, data = report(capsys, docs, first, second)
    [removed] = data["removed"]
    assert removed["affects"] == {"alpha/twee": ["related"]}
    assert "- Verdwijnt ook van: `alpha/twee` (2. Twee): Gerelateerde principes." in markdown
    [twee] = data["changed"]
    assert twee["principle"] == "alpha/twee" and twee["file_changed"] is False
    assert "− `alpha/drie` (3. Drie) — principe verwijderd" in markdown


def test_an_unchanged_site_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, docs, first = new_repo(tmp_path, tiny_tree())
    (repo / "README.md").write_text("Iets anders.\n", "utf-8")
    second = commit(repo, "geen inhoud")
    markdown, data = report(capsys, docs, first, second)
    assert "Geen inhoudelijke wijzigingen" in markdown
    assert data["added"] == data["removed"] == data["renamed"] == data["changed"] == []


def run_review_summary(repo: Path, base: str, summary: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run(
        [str(REPO / ".ci/review-summary"), base],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**env, "GITHUB_STEP_SUMMARY": str(summary)},
    )


def test_review_summary_reports_the_branch_against_its_base(tmp_path: Path) -> None:
    repo, docs, _ = new_repo(tmp_path, tiny_tree())
    git(repo, "switch", "-q", "-c", "voorstel")
    een = docs / "alpha/een/index.md"
    een.write_text(een.read_text("utf-8").replace("relations:\n- twee\n", ""), "utf-8")
    commit(repo, "een noemt twee niet meer")
    # main moves on after the branch started: its new principle is not this branch's removal.
    git(repo, "switch", "-q", "main")
    write_tree(docs, {"alpha/vijf/index.md": page({"title": "5. Vijf"}, "\nVijf.\n")})
    commit(repo, "vijf op main")
    git(repo, "switch", "-q", "voorstel")

    summary = tmp_path / "summary.md"
    summary.write_text("## Eerdere stap\n", "utf-8")  # Actions' summary file is appended to.
    result = run_review_summary(repo, "main", summary)
    assert result.returncode == 0, result.stderr
    text = summary.read_text("utf-8")
    assert text.startswith("## Eerdere stap\n## Wijzigingen in de principes (`main, vanaf ")
    assert "` → `voorstel`)" in text.splitlines()[1]
    assert "Geen effect: `alpha/twee` is uit `relations` gehaald" in text
    assert "alpha/vijf" not in text


def test_review_summary_says_when_the_base_is_missing(tmp_path: Path) -> None:
    repo, _, _ = new_repo(tmp_path, tiny_tree())
    summary = tmp_path / "summary.md"
    result = run_review_summary(repo, "origin/bestaat-niet", summary)
    assert result.returncode != 0
    assert "Geen overzicht: de basis `origin/bestaat-niet` is niet gevonden" in summary.read_text(
        "utf-8"
    )
