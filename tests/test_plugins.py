"""Features that rest on another plugin of mkdocs.yml: without the plugin the build says which
feature is off and how to turn it on, once, instead of silently dropping it. Former addresses
rest on none: Leidraad writes their pages itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import BuildResult, page, tiny_tree


def plugins(*names: str) -> list[dict[str, dict[str, object]] | str]:
    """The `plugins` of mkdocs.yml, with only these of its optional ones (fresh: MkDocs changes
    the configuration it is given)."""
    settings: dict[str, dict[str, object]] = {
        "redirects": {"redirect_maps": {}},
        "macros": {"render_by_default": False},
    }
    return [{"search": {"lang": "nl"}}, *({name: settings[name]} for name in names), "leidraad"]


def tree_using_both() -> dict[str, str | bytes]:
    """A former slug (its redirect) and a page that places its cards (needs macros)."""
    tree = tiny_tree()
    del tree["alpha/twee/index.md"]
    tree["alpha/een/index.md"] = str(tree["alpha/een/index.md"]).replace("- twee\n", "- tweede\n")
    tree["alpha/tweede/index.md"] = page(
        {"title": "2. Twee", "aliases": ["twee"], "render_macros": True},
        "\n{{ actiekaarten() }}\n",
    )
    return tree


def plugin_warnings(result: BuildResult) -> dict[str, int]:
    """How often each plugin is named in a warning of Leidraad's."""
    messages = [
        record.getMessage()
        for record in result.records
        if record.name == "mkdocs.plugins.leidraad" and record.levelname == "WARNING"
    ]
    return {
        plugin: n
        for plugin in ("redirects", "macros")
        if (n := sum(f"'{plugin}'" in message for message in messages))
    }


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        (("redirects", "macros"), {}),
        (("macros",), {}),
        (("redirects",), {"macros": 1}),
        ((), {"macros": 1}),
    ],
)
def test_a_missing_plugin_is_named_once_with_its_feature(
    build: Callable[..., BuildResult], present: tuple[str, ...], missing: dict[str, int]
) -> None:
    result = build(tree_using_both(), plugins=plugins(*present))
    assert not result.aborted
    assert plugin_warnings(result) == missing
    # The warning is no false alarm: the feature is really off. The former address redirects
    # with or without mkdocs-redirects, in Dutch.
    redirect = result.html("alpha/twee/index.html")
    assert "Deze pagina is verhuisd" in redirect and "../tweede/" in redirect
    placed = "{{ actiekaarten() }}" not in result.html("alpha/tweede/index.html")
    assert placed == ("macros" not in missing)


def test_the_warning_says_how_to_turn_the_feature_on(build: Callable[..., BuildResult]) -> None:
    result = build(tree_using_both(), plugins=plugins())
    messages = " ".join(result.leidraad_messages)
    assert "mkdocs-macros-plugin" in messages and "render_macros" in messages
    assert messages.count("plugins:") == 1
