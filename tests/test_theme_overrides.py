"""Leidraad's copies of Material's partials, its published assets and its template helpers.

A copied partial must stay Material's own markup plus the changes its header names, and a
script copied out of Material's inline scripts must be made from Material's current text: when
Material is upgraded and its partial changes, these tests fail and say what to do.
"""

from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest

from principles.site.render_once import RenderOnce
from principles.site.views import template_filters
from tests.conftest import REPO, BuildResult, FixtureSite
from tests.engine_site import RIJK_TITLE
from tests.html import soup, text

MATERIAL_TEMPLATES = resources.files("material") / "templates"

NAV_ITEM_INDEX_LOOP = """\
    {% set _ = namespace(index = none) %}
    {% if "navigation.indexes" in features %}
      {% for item in nav_item.children %}
        {% if item.is_index and _.index is none %}
          {% set _.index = item %}
        {% endif %}
      {% endfor %}
    {% endif %}
    {% set index = _.index %}
"""
NAV_ITEM_INDEX_LOOKUP = """\
    {% set index = none %}
    {% if "navigation.indexes" in features %}
      {% set index = nav_item.children | selectattr("is_index") | first | default(none, true) %}
    {% endif %}
"""
# (upstream text, Leidraad's text, how often): the changes named in each copy's header.
CHANGES = {
    "partials/nav-item.html": [
        (NAV_ITEM_INDEX_LOOP, NAV_ITEM_INDEX_LOOKUP, 1),
        ("{{ render_content(", "{{ render_once(render_content, ", 6),
        (
            "    </span>\n  {% else %}\n    {{ nav_item.title }}",
            "    </span>\n  {% elif nav_item.is_homepage %}\n"
            '    {{ leidraad_t("nav.home") }}\n  {% else %}\n'
            "    {{ nav_item.title }}",
            1,
        ),
    ],
    "partials/search.html": [
        ('role="dialog">', """role="dialog" aria-label="{{ lang.t('search') }}">""", 1),
    ],
}


def without_header(template: str) -> str:
    return template.split("-#}\n", 1)[1]


@pytest.mark.parametrize("partial", sorted(CHANGES))
def test_copied_partial_is_materials_own_with_the_named_changes(partial: str) -> None:
    expected = without_header((MATERIAL_TEMPLATES / partial).read_text("utf-8"))
    for upstream, ours, count in CHANGES[partial]:
        assert expected.count(upstream) == count, (
            f"Material's {partial} has changed: copy it again into principles/theme/ and re-apply "
            "the changes its header names."
        )
        expected = expected.replace(upstream, ours)
    assert without_header((REPO / "principles/theme" / partial).read_text("utf-8")) == expected


# Material's inline scripts run from files of ours under the strict Content-Security-Policy. A
# JavaScript rewrite cannot be compared with the original mechanically, so Material's partials
# are kept verbatim, as they were when the copies were made, in tests/material/.
# Material's partial: Leidraad's copy of it.
INLINE_SCRIPTS = {
    "partials/javascripts/base.html": "principles/theme/assets/leidraad/material-base.js",
    "partials/javascripts/content.html": "principles/theme/assets/leidraad/material-content.js",
    # Leidraad has no palette: its copy drops the script (its header says why).
    "partials/javascripts/palette.html": "principles/theme/partials/javascripts/palette.html",
}
AS_COPIED = REPO / "tests/material"


def inline_script_drift(partial: str, installed: str) -> str | None:
    """What the maintainer must do when Material's `partial` is not what was copied."""
    recorded = (AS_COPIED / partial).read_text("utf-8")
    if installed == recorded:
        return None
    diff = "".join(
        difflib.unified_diff(
            recorded.splitlines(keepends=True),
            installed.splitlines(keepends=True),
            f"tests/material/{partial} (as copied)",
            f"{partial} (installed Material)",
        )
    )
    return (
        f"Material's {partial} has changed since {INLINE_SCRIPTS[partial]} was made from it. "
        f"Carry the change over into {INLINE_SCRIPTS[partial]} (the same code, run from a file "
        "for the Content-Security-Policy), run the browser tests, then copy Material's new "
        f"partial over tests/material/{partial}.\n{diff}"
    )


@pytest.mark.parametrize("partial", sorted(INLINE_SCRIPTS))
def test_copied_inline_script_is_made_from_materials_own(partial: str) -> None:
    installed = (MATERIAL_TEMPLATES / partial).read_text("utf-8")
    drift = inline_script_drift(partial, installed)
    assert drift is None, drift


def test_a_changed_inline_script_is_reported_with_what_to_do() -> None:
    installed = (MATERIAL_TEMPLATES / "partials/javascripts/base.html").read_text("utf-8")
    changed = installed.replace("__md_get=", "__md_fetch=")
    assert changed != installed
    drift = inline_script_drift("partials/javascripts/base.html", changed)
    assert drift is not None
    assert "principles/theme/assets/leidraad/material-base.js" in drift
    assert "+<script>" in drift and "__md_fetch=" in drift


class FakeMacro:
    """Stands in for a Jinja macro: counts its calls."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.calls = 0

    def __call__(self, *items: Any) -> str:
        self.calls += 1
        return f"{self.name}:{len(items)}"


def test_render_once_renders_each_label_once_per_build() -> None:
    render_once = RenderOnce()
    label, other = FakeMacro("render_content"), FakeMacro("render_title")
    first_page, second_page, section = object(), object(), object()
    assert render_once(label, first_page) == "render_content:1"
    render_once(label, first_page)
    render_once(label, second_page)
    render_once(label, first_page, section)
    render_once(other, first_page)
    assert (label.calls, other.calls) == (3, 1)
    # The next build starts with a fresh instance, so nothing of the last build is reused.
    RenderOnce()(label, first_page)
    assert label.calls == 4


def test_navigation_lists_the_collection_and_marks_the_current_page(
    engine_site: FixtureSite,
) -> None:
    nav = soup(engine_site.build.site_dir / "rijk/open-data/index.html").select_one(
        "nav.md-nav--primary"
    )
    assert nav is not None
    links = {str(a["href"]): text(a) for a in nav.select("a.md-nav__link")}
    for principle in engine_site.index.in_collection("rijk"):
        href = "./" if principle.slug == "open-data" else f"../{principle.slug}/"
        assert links[href] == principle.display_title
    active = nav.select("a.md-nav__link--active")
    assert [str(a["href"]) for a in active] == ["./"]
    # The collection's overview is its section's own link (navigation.indexes), and the other
    # collection is pruned to a single link.
    assert links["../"] == RIJK_TITLE
    assert nav.select_one('li.md-nav__item--pruned a[href="../../regio/"]')


@pytest.mark.parametrize(
    "asset",
    ["leidraad.css", "links.js", "filter.js", "assessment.js", "spreadsheet.js", "texts.js"],
)
def test_own_assets_are_published_minified(repo_site: BuildResult, asset: str) -> None:
    source = (REPO / "principles/theme/assets/leidraad" / asset).read_text("utf-8")
    published = (repo_site.site_dir / "assets/leidraad" / asset).read_text("utf-8")
    assert "/*" in source or "//" in source  # the source keeps its comments
    assert "/*" not in published
    assert not any(line.lstrip().startswith("//") for line in published.splitlines())
    # No indentation and no blank line left (rjsmin keeps a line break after a function's `}`,
    # so a short script of a few functions keeps a few lines).
    assert all(line and not line[0].isspace() for line in published.splitlines())
    assert len(published) < 0.9 * len(source)


def test_no_template_source_is_published(build: Callable[..., BuildResult]) -> None:
    """MkDocs copies every file of the theme folders that is not `.html`: of Leidraad's theme
    (`principles/theme/`), only `assets/` may reach the site; templates such as the feed's are
    rendered, not copied."""
    result = build()
    theme = REPO / "principles" / "theme"
    copied = sorted(
        path.relative_to(result.site_dir).as_posix()
        for path in result.site_dir.rglob("*")
        if path.is_file() and (theme / path.relative_to(result.site_dir)).is_file()
    )
    assert copied, "the theme's own assets are published"
    # A template that renders a page of the same name (404.html) is no copy of its source.
    leaked = [
        rel
        for rel in copied
        if not rel.startswith("assets/")
        and (theme / rel).read_bytes() == (result.site_dir / rel).read_bytes()
    ]
    assert leaked == []
    # The feed's template is still what renders the feed.
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(result.site_dir / "feed.xml").getroot()
    titles = [entry.findtext(f"{atom}title", "") for entry in feed.iter(f"{atom}entry")]
    assert sorted(titles) == ["1. Een", "2. Twee"]


MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (date(2026, 11, 24), "24 november 2026"),
        (date(2024, 3, 5), "5 maart 2024"),
        (date(2025, 1, 1), "1 januari 2025"),
        (date(2023, 5, 31), "31 mei 2023"),
    ],
)
def test_dates_are_written_out_in_dutch(value: date, shown: str) -> None:
    assert template_filters()["datum"](value) == shown


def test_every_month_has_its_dutch_name() -> None:
    datum = template_filters()["datum"]
    assert [datum(date(2026, month, 9)) for month in range(1, 13)] == [
        f"9 {name} 2026" for name in MONTHS
    ]


def test_tab_anchors_come_from_the_function_that_checks_role_ids() -> None:
    from mkdocs.config import load_config

    from principles.content.registries import tab_anchor

    config = load_config(config_file=str(REPO / "mkdocs.yml"))
    assert config.mdx_configs["pymdownx.tabbed"]["slugify"] is tab_anchor
