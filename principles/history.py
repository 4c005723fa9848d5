"""When content last changed: from git history, with the file's own date as a fallback."""

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


def file_date(path: Path) -> date:
    """The fallback: when the file itself was last modified."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
