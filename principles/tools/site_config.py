"""The settings of `plugins: - leidraad:` in a site's mkdocs.yml, for the commands that read a
docs folder without a build (`principles check`, `export`, `new`, `import`, `diff`): they load
the same data files the build does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from principles.content.actions import ACTIONS_FILE
from principles.content.index import Index
from principles.content.load import load_index
from principles.content.rendered import config_file_for
from principles.content.roles import ROLES_FILE

PLUGIN_NAME = "leidraad"
"""The plugin's entry point (pyproject.toml), as mkdocs.yml names it under `plugins:`."""


@dataclass(frozen=True)
class DataFiles:
    """The roles and actions files, relative to the docs folder (`load_index`'s arguments)."""

    roles_file: str = ROLES_FILE
    actions_file: str = ACTIONS_FILE


def data_files(docs_dir: Path) -> DataFiles:
    """The data files the build of `docs_dir` reads: the plugin's `roles` and `actions` in the
    mkdocs.yml that builds it (`config_file_for`), checked by the plugin's own config class;
    the defaults when that file does not name them, or when MkDocs could not read them (the
    build says why)."""
    config_file = config_file_for(docs_dir)
    options = None if config_file is None else plugin_options(config_file)
    if not options:
        return DataFiles()
    from principles.plugin import LeidraadConfig  # MkDocs' config options; only when needed

    config = LeidraadConfig(config_file_path=str(config_file))
    config.load_dict(options)
    failed, _ = config.validate()
    if failed:
        return DataFiles()
    return DataFiles(roles_file=config.roles, actions_file=config.actions)


def load_site_index(docs_dir: Path, *, read_from: Path | None = None, jobs: int = 1) -> Index:
    """`load_index` of `read_from` (default `docs_dir`) with the data files that the plugin's
    settings for `docs_dir` name (`data_files`): what the build of that site would read."""
    files = data_files(docs_dir)
    return load_index(
        docs_dir if read_from is None else read_from,
        roles_file=files.roles_file,
        actions_file=files.actions_file,
        jobs=jobs,
    )


def plugin_options(config_file: Path) -> dict[str, Any] | None:
    """The options of `leidraad` under `plugins:` of `config_file` (a mkdocs.yml read as MkDocs
    reads it: `!ENV`, `!!python/name` and `INHERIT`); {} when it is listed without options,
    None when it is not listed or the file cannot be read.

    A `!!python/name:` is read as the name it is, not imported: the settings that use one
    (the emoji index, a fence's formatter) are not the plugin's, and importing what they name
    took a third of what the check does before it reads the first principle; nor does a
    package that is missing where the check runs (it is one of the build's) hide the plugin's
    options."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    loader = get_yaml_loader()  # A class of its own: adding to it changes no other loader.
    loader.add_multi_constructor("tag:yaml.org,2002:python/name:", _name_as_written)
    try:
        with config_file.open("rb") as handle:
            config = yaml_load(handle, loader)
    except Exception:  # MkDocs itself reports a broken mkdocs.yml
        return None
    plugins = config.get("plugins") if isinstance(config, dict) else None
    # MkDocs takes a list (names, or one-key mappings of a name to its options) or a mapping.
    if isinstance(plugins, dict):
        entries = list(plugins.items())
    elif isinstance(plugins, list):
        entries = [
            next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, {})
            for item in plugins
        ]
    else:
        return None
    for name, options in entries:
        if name == PLUGIN_NAME:
            return dict(options) if isinstance(options, dict) else {}
    return None


def _name_as_written(_loader: object, name: str, _node: object) -> str:
    return name
