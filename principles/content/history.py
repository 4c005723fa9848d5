"""When content last changed: from git history, with the file's own date as a fallback.

What the history of a docs folder can tell (`history_state`):
- `NO_REPOSITORY`: the folder is in no git repository (a tarball, a fixture site): every page
  has its file's date, and nothing is wrong.
- `UNREADABLE`: the folder is in a repository, but git does not answer (not installed, or it
  refuses: "dubious ownership" when the checkout belongs to another user, as in a CI container
  running as root over the runner's workspace). The dates would silently become the checkout's
  day, so the build says so: a warning on a developer's machine, an error in CI (`CI=true`).
- `SHALLOW`: a shallow clone (CI's usual `--depth 1`): the history ends at the oldest fetched
  commit, which names every file as if it were new. The dates are used all the same: a page
  changed within the fetched history gets its own date, every other page the date of that
  oldest commit. That is still a commit date, the same on every build of that commit, but not
  the page's real date, so the build warns ("shallow-history").
- `COMPLETE`: the whole history.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path


class History(Enum):
    NO_REPOSITORY = "no-repository"
    UNREADABLE = "unreadable"
    SHALLOW = "shallow"
    COMPLETE = "complete"


@dataclass(frozen=True)
class HistoryState:
    state: History
    reason: str = ""  # git's own words when it does not answer


def _git(docs_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(docs_dir), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


def in_repository(docs_dir: Path) -> bool:
    """Whether `docs_dir` or a folder above it holds a `.git` (a folder, or a worktree's file),
    asked of the file system, not of git: git may be missing or refuse to answer."""
    folder = docs_dir.resolve()
    return any((parent / ".git").exists() for parent in (folder, *folder.parents))


def history_state(docs_dir: Path) -> HistoryState:
    """What the git history of `docs_dir` can tell (see the module's docstring)."""
    if not in_repository(docs_dir):
        return HistoryState(History.NO_REPOSITORY)
    try:
        result = _git(docs_dir, "rev-parse", "--is-shallow-repository")
    except subprocess.CalledProcessError as exc:
        return HistoryState(History.UNREADABLE, _first_line(exc.stderr) or str(exc))
    except (OSError, subprocess.SubprocessError) as exc:
        return HistoryState(History.UNREADABLE, str(exc))
    shallow = result.stdout.strip() == "true"
    return HistoryState(History.SHALLOW if shallow else History.COMPLETE)


def _first_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0] if lines else ""


def running_in_ci() -> bool:
    """Whether this runs in CI (GitHub Actions and most others set CI=true)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def git_dates(docs_dir: Path) -> dict[str, date]:
    """The date of the latest commit that touched each file, by path relative to `docs_dir`.

    One `git log` for the whole folder; empty when git or the repository is not there (the
    build says so beforehand: `history_state`).
    """
    try:
        result = _git(docs_dir, "log", "--format=%x00%cs", "--name-only", "--relative")
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
    return history_state(docs_dir).state is History.SHALLOW


def file_date(path: Path) -> date:
    """The fallback: when the file itself was last modified."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
