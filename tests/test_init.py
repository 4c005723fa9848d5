"""`principles init DIR`: a new site in one command, that passes the content check and a strict
build as written; never written into a folder that holds something."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from principles.tools.cli import main
from principles.tools.starter import STARTER
from tests.browser import serve, visit
from tests.spreadsheet import read_as_dutch_excel
from tests.visible_text import dutch_interface_words, dutch_left_in_site, report, visible_words

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


@pytest.fixture(scope="module")
def english_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`principles init --lang en`, built strictly: the built site's folder."""
    site = tmp_path_factory.mktemp("english") / "site"
    assert main(["init", str(site), "--lang", "en"]) == 0
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=site, env=MKDOCS_ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    return site / "site"


def test_the_english_starter_site_shows_no_dutch_interface_text(english_site: Path) -> None:
    """Every page's text, titles, labels and the texts handed to its scripts, and the search
    index's entries: no Dutch word of the interface (addresses stay Dutch: `/rollen/`)."""
    dutch = dutch_interface_words()
    assert len(dutch) > 100  # the check has teeth
    found = dutch_left_in_site(english_site, dutch)
    assert not found, report(found)
    api = (english_site / "api" / "v1" / "principles-excel.csv").read_bytes()
    assert read_as_dutch_excel(api)[0] == [
        "Collection", "Number", "Title", "Summary", "Address", "Executive", "Developer",
    ]  # fmt: skip
    llms = (english_site / "llms.txt").read_text("utf-8")
    assert not visible_words(llms) & dutch, llms


@pytest.mark.browser
def test_the_english_filter_shows_no_dutch_after_choosing_a_role(
    browser: Browser, english_site: Path, tmp_path: Path
) -> None:
    """What the scripts write (the count, the relevance shown per role, the tabs' links, the
    downloaded list) is English too."""
    dutch = dutch_interface_words()
    shown_by_the_page = """() => {
        const names = ["title", "aria-label", "placeholder", "alt"];
        const parts = [document.body.innerText];
        for (const element of document.querySelectorAll(names.map(n => `[${n}]`).join())) {
            for (const name of names) {
                if (element.hasAttribute(name)) parts.push(element.getAttribute(name));
            }
        }
        return parts.join(" ");
    }"""
    with serve(english_site) as site, visit(browser, site, accept_downloads=True) as page:
        for address in ("example/", ""):
            page.goto(site + address, wait_until="networkidle")
            page.get_by_label("Developer", exact=True).check()
            page.get_by_label("Minimum relevance").select_option("middel")
            status = page.locator(".ld-filter__status").first
            expect(status).to_have_text(re.compile(r"^\d+ principles?$"))
            assert not visible_words(page.evaluate(shown_by_the_page)) & dutch, address
        with page.expect_download() as download:
            page.get_by_role("button", name="CSV").click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        rows = read_as_dutch_excel(path.read_bytes())
        assert rows[0][:5] == ["Collection", "Number", "Title", "Summary", "Address"]
        assert {row[rows[0].index("Developer")] for row in rows[1:]} <= {"high", "medium"}


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


def test_the_workflows_of_both_languages_differ_only_in_their_step_names() -> None:
    """Each language has its own workflows (editors read the step names in GitHub's checks);
    what they run is the same."""

    def without_step_names(path: Path) -> list[str]:
        lines = path.read_text("utf-8").splitlines()
        return [line for line in lines if not line.lstrip().startswith("- name:")]

    workflows = sorted((STARTER / "nl" / "github" / "workflows").iterdir())
    assert [path.name for path in workflows] == ["pages.yml", "pull-request.yml"]
    for dutch in workflows:
        english = STARTER / "en" / "github" / "workflows" / dutch.name
        assert without_step_names(english) == without_step_names(dutch), dutch.name


def test_principles_check_reads_the_data_files_the_plugin_settings_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roles` and `actions` of `plugins: - leidraad:` in the mkdocs.yml beside the docs folder
    (read as MkDocs reads it: `!ENV`, `!!python/name`) are what the check loads, as the build
    does, also when a setting names a function of a package that is not installed where the
    check runs; without the setting, the default file, which this site does not have."""
    site = tmp_path / "site"
    assert main(["init", str(site)]) == 0
    docs = site / "docs"
    (docs / "data").mkdir()
    (docs / "_data" / "roles.yml").rename(docs / "data" / "rollen.yml")
    (docs / "_data" / "actions.yml").rename(docs / "data" / "acties.yml")
    config = site / "mkdocs.yml"
    plain = config.read_text("utf-8")
    assert "!ENV" in plain and "!!python/name" in plain
    assert "  - leidraad\n" in plain
    config.write_text(
        plain.replace(
            "  - leidraad\n",
            "  - leidraad:\n      roles: data/rollen.yml\n      actions: data/acties.yml\n",
        ),
        "utf-8",
    )
    capsys.readouterr()
    assert main(["check", str(docs), "--strict"]) == 0, capsys.readouterr().out
    missing = (
        config.read_text("utf-8") + "extra:\n  formatter: !!python/name:not_installed.format\n"
    )
    config.write_text(missing, "utf-8")
    assert main(["check", str(docs), "--strict"]) == 0, capsys.readouterr().out
    assert "not_installed" not in sys.modules
    assert main(["new", "voorbeeld", "nieuw", "--title", "Nieuw", "--docs", str(docs)]) == 0
    written = (docs / "voorbeeld" / "nieuw" / "index.md").read_text("utf-8")
    assert '=== "Bestuurder"' in written and '=== "Ontwikkelaar"' in written
    assert main(["check", str(docs), "--strict"]) == 0, capsys.readouterr().out

    config.write_text(plain, "utf-8")
    capsys.readouterr()
    assert main(["check", str(docs)]) == 1
    assert "_data/roles.yml" in capsys.readouterr().out
