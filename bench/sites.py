"""The two configurations compared: the Leidraad site, and plain Material for MkDocs on the
same Markdown with the same navigation and theme settings, without Leidraad's plugin."""

from __future__ import annotations

import shutil
from pathlib import Path

import material
import yaml

from principles import load_index
from principles.site.nav import build_nav

REPO = Path(__file__).resolve().parent.parent
MATERIAL = Path(material.__file__).resolve().parent / "templates"
# As in mkdocs.yml.
FEATURES = [
    "content.tabs.link", "navigation.indexes", "navigation.instant", "navigation.prune",
    "navigation.top", "navigation.footer", "search.highlight",
]  # fmt: skip
EXTENSIONS = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
    {"toc": {"permalink": True}}, "pymdownx.details", "pymdownx.highlight",
    "pymdownx.inlinehilite", "pymdownx.superfences",
    {"pymdownx.tabbed": {"alternate_style": True}},
]  # fmt: skip


def leidraad_config(docs: Path, site: Path, materials_navigation: bool = False) -> Path:
    """The repository's mkdocs.yml, pointed at `docs` and `site`. With `materials_navigation`,
    Material's own nav-item partial replaces Leidraad's faster copy (to show what it saves)."""
    text = (REPO / "mkdocs.yml").read_text("utf-8")
    if materials_navigation:
        # The site's own custom_dir comes before Leidraad's theme: Material's partial there
        # replaces Leidraad's copy.
        overrides = site.parent / f"{site.name}.overrides"
        (overrides / "partials").mkdir(parents=True, exist_ok=True)
        shutil.copy(MATERIAL / "partials/nav-item.html", overrides / "partials/nav-item.html")
        text = text.replace("  name: material\n", f"  name: material\n  custom_dir: {overrides}\n")
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}\nsite_dir: {site}")
    path = site.parent / f"{site.name}.mkdocs.yml"
    path.write_text(text, "utf-8")
    return path


def plain_config(docs: Path, site: Path) -> Path:
    """Material with the same theme features, Markdown extensions and navigation; no plugin,
    no Leidraad templates, no macros or redirects."""
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    config = {
        "site_name": "Leidraad",
        "site_url": "http://127.0.0.1:8000/",
        "docs_dir": str(docs),
        "site_dir": str(site),
        "exclude_docs": "_data/\n_collection.yml\n",
        "theme": {"name": "material", "language": "nl", "font": False, "features": FEATURES},
        "plugins": [{"search": {"lang": "nl"}}],
        "markdown_extensions": EXTENSIONS,
        # The same navigation Leidraad generates, for the pages that exist in both.
        "nav": build_nav(load_index(docs), pages),
    }
    path = site.parent / f"{site.name}.mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return path
