"""Valid HTML: the Nu Html Checker (vnu.jar, from the vnu-jar package) on every built page.

Leidraad's templates must produce no errors. One error comes from Material's own templates and
is named here precisely (message and element), so that nothing else can hide behind them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, BuildResult

VNU_JAR = Path(
    os.environ.get("LEIDRAAD_VNU_JAR", REPO / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar")
)

# (message starts with, element in the extract): markup of Material for MkDocs 9.8, not ours.
MATERIAL_MARKUP = [
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off".
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
]


@dataclass(frozen=True)
class HtmlError:
    page: str
    line: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.message} [{self.extract.strip()[:120]}]"

    @property
    def from_material(self) -> bool:
        return any(
            self.message.startswith(start) and element in self.extract
            for start, element in MATERIAL_MARKUP
        )


def validate(*targets: Path) -> list[HtmlError]:
    """The errors vnu.jar finds in `targets` (folders or files), in one run of the checker."""
    if shutil.which("java") is None:
        pytest.fail("java not found: the HTML check runs vnu.jar on Java. Install it with "
                    "`sudo apt-get install default-jre-headless`.", pytrace=False)  # fmt: skip
    if not VNU_JAR.is_file():
        pytest.fail(f"vnu.jar not found at {VNU_JAR}: run `make test` (it installs the vnu-jar "
                    "package with npm) or set LEIDRAAD_VNU_JAR.", pytrace=False)  # fmt: skip
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
         *map(str, targets)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    roots = [target if target.is_dir() else target.parent for target in targets]
    errors = []
    for m in messages:
        if m["type"] != "error":
            continue
        path = Path(m["url"].removeprefix("file:"))
        root = next(root for root in roots if path.is_relative_to(root))
        errors.append(
            HtmlError(
                path.relative_to(root).as_posix(),
                int(m.get("lastLine", 0)),
                m["message"],
                m.get("extract", ""),
            )
        )
    return errors


PROBE = "probe/page.html"
"""A page with a known error, checked in the same run as the site: the checker must find it."""


@pytest.fixture(scope="session")
def site_errors(
    repo_site: BuildResult, tmp_path_factory: pytest.TempPathFactory
) -> list[HtmlError]:
    probe = tmp_path_factory.mktemp("vnu-probe")
    (probe / "probe").mkdir()
    (probe / PROBE).write_text(
        '<!doctype html><html lang="nl"><head><title>t</title></head><body>'
        '<p id="x">a</p><p id="x">b</p></body></html>',
        "utf-8",
    )
    # One Java start for both: the JVM is the slowest part of the check.
    return validate(repo_site.site_dir, probe)


def test_leidraad_markup_has_no_html_errors(site_errors: list[HtmlError]) -> None:
    found = [e for e in site_errors if e.page != PROBE and not e.from_material]
    assert [str(e) for e in found] == []


def test_our_standalone_pages_are_entirely_valid(site_errors: list[HtmlError]) -> None:
    assert [str(e) for e in site_errors if e.page.startswith("embed/")] == []


def test_the_checker_catches_an_error_in_our_markup(site_errors: list[HtmlError]) -> None:
    errors = [e for e in site_errors if e.page == PROBE]
    assert any("Duplicate ID “x”" in e.message for e in errors)
    assert not any(e.from_material for e in errors)
