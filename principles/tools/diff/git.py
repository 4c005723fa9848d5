"""The docs folder at a git ref (`git archive` into a temporary folder), and `content_diff`: the
indexes of two refs compared."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from principles.tools.diff.compare import ContentDiff, compare
from principles.tools.site_config import load_site_index


class DiffError(Exception):
    """A ref or folder that cannot be read; the message is for the user."""


@contextmanager
def docs_at(ref: str | None, docs_dir: Path) -> Iterator[Path]:
    """The docs folder as it was at git `ref` (extracted to a temporary folder), or as it is
    now when `ref` is None."""
    if ref is None:
        yield docs_dir
        return
    top = _git(docs_dir, "rev-parse", "--show-toplevel").strip()
    inside = docs_dir.resolve().relative_to(Path(top).resolve()).as_posix()
    with tempfile.TemporaryDirectory(prefix="leidraad-diff-") as temp:
        archive = Path(temp) / "docs.tar"
        _git(Path(top), "archive", "--format=tar", f"--output={archive}", ref, "--", inside)
        with tarfile.open(archive) as tar:
            tar.extractall(temp, filter="data")
        yield Path(temp) / inside


def content_diff(docs_dir: Path, old_ref: str, new_ref: str | None) -> ContentDiff:
    """The two refs compared; both read the data files that the mkdocs.yml beside `docs_dir`
    names now (a ref's folder is extracted without it)."""
    with docs_at(old_ref, docs_dir) as old_docs, docs_at(new_ref, docs_dir) as new_docs:
        old, new = (load_site_index(docs_dir, read_from=docs) for docs in (old_docs, new_docs))
    diff = compare(old, new, old_ref, new_ref or "werkmap")
    name = docs_dir.resolve().name
    diff.docs_prefix = f"{name}/" if name else ""
    return diff


def _git(docs_dir: Path, *args: str) -> str:
    try:
        result = subprocess.run(
            ["git", "-C", str(docs_dir), *args], capture_output=True, text=True, check=True
        )
    except FileNotFoundError:
        raise DiffError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise DiffError(exc.stderr.strip() or f"git {' '.join(args)} failed") from None
    return result.stdout
