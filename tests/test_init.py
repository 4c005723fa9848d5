"""`principles init DIR`: a new site in one command, that passes the content check and a strict
build as written; never written into a folder that holds something."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from principles.tools.cli import main
from principles.tools.starter import STARTER

MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@pytest.mark.parametrize(
    ("language", "principle", "title"),
    [
        ("nl", "voorbeeld/besluiten-vastleggen", "1. Leg besluiten vast waar iedereen ze vindt"),
        ("en", "example/record-decisions", "1. Record decisions where everyone finds them"),
    ],
)
def test_a_new_site_passes_the_check_and_a_strict_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, principle: str, title: str
) -> None:
    site = tmp_path / "site"
    assert main(["init", str(site), "--lang", language]) == 0
    assert str(site) in capsys.readouterr().out
    for name in ("mkdocs.yml", "Makefile", "README.md", "requirements.txt", ".gitignore",
                 ".github/workflows/pages.yml", ".github/workflows/pull-request.yml",
                 "docs/_data/roles.yml", "docs/_data/actions.yml"):  # fmt: skip
        assert (site / name).is_file(), name
    config = (site / "mkdocs.yml").read_text("utf-8")
    assert "  - leidraad\n" in config and f"  language: {language}\n" in config
    assert "hooks:" not in config and "custom_dir" not in config
    assert main(["check", str(site / "docs"), "--strict"]) == 0
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=site, env=MKDOCS_ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    page = (site / "site" / principle / "index.html").read_text("utf-8")
    assert f"<h1>{title}</h1>" in page or title in page
    assert f'<html lang="{language}"' in page


def test_a_folder_that_holds_something_is_refused_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    assert main(["init", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("principles: ") and "is niet leeg" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_starter_names_no_path_of_this_repository() -> None:
    """The starter is another organisation's site: no Leidraad repository paths or hosts."""
    for path in STARTER.rglob("*"):
        if path.is_file():
            text = path.read_text("utf-8")
            for name in ("hooks/", "overrides", ".ci/", "leidraad/leidraad", "custom_dir"):
                assert name not in text, (path, name)
