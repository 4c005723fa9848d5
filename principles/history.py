"""When content last changed: from git history, with the file's own date as a fallback.

In a shallow clone (CI's usual `--depth 1`) the history ends at the oldest fetched commit, which
names every file as if it were new. The dates are used all the same: a page changed within the
fetched history gets its own date, every other page the date of that oldest commit (with depth
1: the date of HEAD, for every page). That is still a commit date, the same on every build of
that commit, and never the date of the checkout that the file's own date would be; but it is
not the page's real date, so the build warns (`principles.messages`, "shallow-history").
"""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path


def git_dates(docs_dir: Path) -> dict[str, date]:
    """The date of the latest commit that touched each file, by path relative to `docs_dir`.

    One `git log` for the whole folder; empty when git or the repository is not there.
    """
    try:
        result = subprocess.run(
            ["git", "-C", str(docs_dir), "log", "--format=%x00%cs", "--name-only", "--relative"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, date] = {}
    current: date | None = None
    for line in result.stdout.splitlines():
        if line.startswith("\0"):
            current = date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)  # The log is newest first.
    return dates


def is_shallow_repository(docs_dir: Path) -> bool:
    """Whether `docs_dir` is in a shallow clone; False without git or a repository."""
    try:
        result = subprocess.run(
            ["git", "-C", str(docs_dir), "rev-parse", "--is-shallow-repository"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.stdout.strip() == "true"


def file_date(path: Path) -> date:
    """The fallback: when the file itself was last modified."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
