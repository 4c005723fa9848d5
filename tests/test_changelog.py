"""The version a site upgrades to is described: the newest entry of CHANGELOG.md is the version
in pyproject.toml, and versions only go up."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import REPO


def test_the_newest_changelog_entry_is_the_packages_version() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    entries = re.findall(
        r"^## (\d+)\.(\d+)\.(\d+)\b", (REPO / "CHANGELOG.md").read_text("utf-8"), re.M
    )
    assert entries, "CHANGELOG.md has no '## X.Y.Z' entries"
    assert ".".join(entries[0]) == version
    numbers = [tuple(int(part) for part in entry) for entry in entries]
    assert numbers == sorted(numbers, reverse=True), "newest first, each version once"
    assert len(set(numbers)) == len(numbers)
