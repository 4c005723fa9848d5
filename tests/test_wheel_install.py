"""Leidraad as another organisation gets it: the wheel, installed into a fresh virtual
environment with no repository around, starts a site (`principles init`) that passes the
content check and a strict build, with the theme and the plugin from the wheel alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

# What the wheel is built from: the distribution's own files, copied out of the checkout so that
# the build leaves nothing behind in it (setuptools writes build/ and *.egg-info beside them).
SOURCES = ("pyproject.toml", "README.md", "principles")


def run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.wheel
def test_the_wheel_installs_and_starts_a_site_that_builds(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(REPO / name, source / name, ignore=ignore)
        else:
            shutil.copy(REPO / name, source / name)
    # No repository and no checkout on the path: only what the wheel carries.
    env = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    env.update(
        NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", PIP_DISABLE_PIP_VERSION_CHECK="1"
    )
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels)]
    run([*build, str(source)], tmp_path, env)
    (wheel,) = wheels.glob("leidraad-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "principles/theme/main.html" in names
    assert "principles/theme/assets/leidraad/leidraad.css" in names
    assert "principles/starter/en/github/workflows/pages.yml" in names

    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    run([base_python, "-m", "venv", str(venv)], tmp_path, env)
    bin_dir = venv / "bin"
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(venv)
    # The dependencies come from the package index (pip's cache keeps this quick).
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], tmp_path, env)

    run([str(bin_dir / "principles"), "init", "site"], tmp_path, env)
    site = tmp_path / "site"
    checked = run([str(bin_dir / "principles"), "check", "site/docs"], tmp_path, env)
    assert "0 fout(en), 0 waarschuwing(en) in 3 principe(s)" in checked
    run([str(bin_dir / "mkdocs"), "build", "--strict", "-q"], site, env)

    page = (site / "site/voorbeeld/besluiten-vastleggen/index.html").read_text("utf-8")
    assert "1. Leg besluiten vast waar iedereen ze vindt" in page
    assert 'href="../../assets/leidraad/leidraad.css"' in page
    assert (site / "site/assets/leidraad/leidraad.css").is_file()
    # The plugin, the theme and Leidraad's own imports come from the fresh environment.
    where = run([str(bin_dir / "python"), "-c", "import principles; print(principles.__file__)"],
                tmp_path, env)  # fmt: skip
    assert where.startswith(str(venv)), where
