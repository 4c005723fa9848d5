"""`principles init DIR`: a new Leidraad site in one command, from the starter tree shipped in
the package (`principles/starter/`): `common/` (Makefile, .gitignore) and the site in the
language asked for (`nl/` or `en/`: mkdocs.yml with the plugin, an example collection with three
principles, the roles and actions files, a README, the GitHub workflows, whose step names editors
read in GitHub's checks)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from principles.content.messages import Language, tool_text

STARTER = Path(__file__).resolve().parents[1] / "starter"
# Names a wheel does not carry well (hidden files): stored without the dot.
_HIDDEN = {"github": ".github", "gitignore": ".gitignore"}


class InitRefused(Exception):
    """The folder cannot take a new site; `text` says why, in the editor's language."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder

    def text(self, language: Language) -> str:
        return tool_text("init-not-empty", language, folder=self.folder)


def requirement() -> str:
    """The line of requirements.txt: this Leidraad's minor version or a later compatible one."""
    try:
        major, minor, *_ = version("leidraad").split(".")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout that was not installed
        return "leidraad\n"
    return f"leidraad~={major}.{minor}\n"


def write_site(folder: Path, language: Language) -> list[Path]:
    """Write the starter site into `folder` (new or empty); the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InitRefused(folder)
    written = []
    for part in ("common", language):
        root = STARTER / part
        for source in sorted(root.rglob("*")):
            if not source.is_file():
                continue
            parts = source.relative_to(root).parts
            target = folder.joinpath(_HIDDEN.get(parts[0], parts[0]), *parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
            written.append(target)
    requirements = folder / "requirements.txt"
    requirements.write_text(requirement(), "utf-8")
    written.append(requirements)
    return written
