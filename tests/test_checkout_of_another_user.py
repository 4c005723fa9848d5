"""The pipeline in a checkout that belongs to another user, as on GitHub: the workflows run in a
container as root over a workspace owned by the runner's user, and git refuses such a
repository ("dubious ownership") until it is allowed. Without that, the review report must say
what is wrong (not ask for a history it has), and a build in CI must fail rather than give every
page the checkout's date; with the workflows' own `safe.directory` step both work and every
date is the commit's."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import LEIDRAAD_LOGGER, REPO, build_site, tiny_tree, write_tree
from tests.test_pipeline import steps, workflow

OTHER_USER = 65534  # nobody
FIRST, SECOND = "2024-03-05T12:00:00", "2025-06-07T12:00:00"


def git(repo: Path, *args: str, moment: str = FIRST) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=Redactie", "-c", "user.email=r@example.org",
         *args],
        check=True, capture_output=True,
        env={**os.environ, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment},
    )  # fmt: skip


@pytest.fixture
def foreign_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clone with a branch `voorstel` one commit ahead of main, owned by another user; git's
    global configuration is an empty file of the test's own (nothing allowed yet)."""
    if os.geteuid() != 0:
        pytest.skip("needs root, to give a checkout to another user (CI runs as root)")
    origin = tmp_path / "origin"
    write_tree(origin / "docs", tiny_tree())
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "begin")
    git(origin, "switch", "-q", "-c", "voorstel")
    twee = origin / "docs/alpha/twee/index.md"
    twee.write_text(twee.read_text("utf-8") + "\nMeer uitleg.\n", "utf-8")
    git(origin, "commit", "-qam", "twee uitgebreid", moment=SECOND)

    checkout = tmp_path / "workspace"
    git(tmp_path, "clone", "-q", "--branch", "voorstel", f"file://{origin}", str(checkout))
    for path in (checkout, *checkout.rglob("*")):
        os.lchown(path, OTHER_USER, OTHER_USER)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    (tmp_path / "gitconfig").write_text("", "utf-8")
    return checkout


def review_summary(checkout: Path, summary: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run(
        [str(REPO / ".ci/review-summary"), "origin/main"],
        cwd=checkout, capture_output=True, text=True,
        env={**env, "GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip


def allow_as_the_workflow_does(checkout: Path) -> None:
    """Run the workflows' own safe.directory step, with the checkout as the workspace."""
    for name in ("pull-request.yml", "pages.yml"):
        step = next(s for s in steps(workflow(name)) if "safe.directory" in s.get("name", ""))
        subprocess.run(
            ["bash", "-c", step["run"]], check=True, cwd=REPO,
            env={**os.environ, "GITHUB_WORKSPACE": str(checkout)},
        )  # fmt: skip


def dates_and_messages(
    tmp_path: Path, checkout: Path, name: str
) -> tuple[dict[str, str], bool, list[str]]:
    site_dir, records, aborted = build_site(tmp_path / name, docs_dir=checkout / "docs")
    messages = [r.getMessage() for r in records if r.name == LEIDRAAD_LOGGER]
    principles = site_dir / "api/v1/principles.json"
    if not principles.is_file():
        return {}, aborted, messages
    records_ = json.loads(principles.read_text("utf-8"))["principles"]
    return {r["slug"]: r["last_changed"] for r in records_}, aborted, messages


def test_git_refusing_the_checkout_is_said_and_fails_the_build_in_ci(
    foreign_checkout: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    result = review_summary(foreign_checkout, summary)
    assert result.returncode != 0
    said = summary.read_text("utf-8")
    assert "git kan deze kopie van de repository niet lezen" in said
    assert "dubious ownership" in said and "safe.directory" in said
    assert "fetch-depth" not in said  # the history is all there: that is not the problem

    # On a developer's machine: a warning that names the folder and the way out, and a site.
    monkeypatch.delenv("CI", raising=False)
    _, aborted, messages = dates_and_messages(tmp_path, foreign_checkout, "local")
    assert not aborted
    unreadable = [m for m in messages if "git-geschiedenis" in m and "niet te lezen" in m]
    assert len(unreadable) == 1 and "safe.directory" in unreadable[0]

    # In CI: no site with the checkout's date on every page.
    monkeypatch.setenv("CI", "true")
    _, aborted, messages = dates_and_messages(tmp_path, foreign_checkout, "ci")
    assert aborted
    assert any("niet te lezen" in m for m in messages)


def test_with_the_workflows_step_the_review_and_the_build_read_the_history(
    foreign_checkout: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    allow_as_the_workflow_does(foreign_checkout)
    summary = tmp_path / "summary.md"
    result = review_summary(foreign_checkout, summary)
    assert result.returncode == 0, result.stderr
    said = summary.read_text("utf-8")
    assert said.startswith("## Wijzigingen in de principes (`origin/main")
    assert "voorstel" in said.splitlines()[0]

    monkeypatch.setenv("CI", "true")
    dates, aborted, messages = dates_and_messages(tmp_path, foreign_checkout, "ci")
    assert not aborted, messages
    assert not [m for m in messages if "git-geschiedenis" in m]
    assert dates == {"een": FIRST[:10], "twee": SECOND[:10]}
