"""The site's interface texts, one catalogue per language: `nl.yml` and `en.yml` beside this
module, keyed as Material keys its own (`lang.t("search.placeholder")`): `filter.reset`.

Content written by editors (principle pages, roles, collections) is not in here; nor are the
tools' messages to editors (`principles.content.messages`, by code). A value may hold `{name}`
placeholders, filled by `t(key, name=...)`; both catalogues have the same keys and the same
placeholders (tests/test_texts.py).

The site's language is the plugin's `language` or `theme.language`: the plugin calls `use()`
once per build (on_config), and every module and template of that build takes its texts from
`t()` (the templates: the global `leidraad_t`, `principles.site.views`). Without a build (the
command line, the tests) the texts are Dutch. The scripts get their texts from the page: the
templates put `script_texts(name)` (the keys `script.<name>.*`) on their `<script>` element
(`data-texts`; `texts.js` reads them).
"""

from __future__ import annotations

import string
from functools import cache
from importlib.resources import files
from typing import Any, cast

import yaml
from markupsafe import Markup

from principles.content.messages import DEFAULT_LANGUAGE, LANGUAGES, Language

__all__ = [
    "Catalogue",
    "Language",
    "UnknownLanguage",
    "active",
    "catalogue",
    "t",
    "template_globals",
    "use",
]


class UnknownLanguage(ValueError):
    """`theme.language` names a language Leidraad has no texts for."""

    def __init__(self, language: object) -> None:
        choices = ", ".join(LANGUAGES)
        super().__init__(
            f"Leidraad heeft geen teksten in de taal '{language}' (theme.language in mkdocs.yml);"
            f" kies uit: {choices}. / Leidraad has no texts in the language '{language}'"
            f" (theme.language in mkdocs.yml); choose from: {choices}."
        )


_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"))


class Catalogue:
    """The texts of one language."""

    def __init__(self, language: Language, texts: dict[str, str]) -> None:
        self.language = language
        self.texts = texts

    def t(self, key: str, /, **values: Any) -> str:
        """The text of `key`, its placeholders filled with `values`."""
        text = self.texts[key]  # a missing key is a bug: KeyError names it
        return text.format(**values) if values else text

    def html(self, key: str, /, **values: Any) -> Markup:
        """`t` for templates (`leidraad_t`): the text as HTML, with every value escaped (unless
        it is `Markup`: a piece of the template). The text itself is trusted: only `&`, `<`, `>`
        and `"` are escaped, so that an apostrophe stays one (the pages stay as they were)."""
        text = self.texts[key]
        for character, entity in _ENTITIES:
            text = text.replace(character, entity)
        html = Markup(text)  # noqa: S704 - the catalogue's own text, escaped above
        return html.format(**values) if values else html

    def script_texts(self, script: str) -> dict[str, str]:
        """The texts of one script (`script.<script>.<name>`), by name: what the template puts
        on the script's element."""
        prefix = f"script.{script}."
        return {
            key[len(prefix) :]: text for key, text in self.texts.items() if key.startswith(prefix)
        }

    def placeholders(self, key: str) -> frozenset[str]:
        return frozenset(
            name for _, name, _, _ in string.Formatter().parse(self.texts[key]) if name is not None
        )


def _flat(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, value in tree.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            flat |= _flat(cast(dict[str, Any], value), f"{key}.")
        else:
            flat[key] = str(value)
    return flat


@cache
def catalogue(language: Language = DEFAULT_LANGUAGE) -> Catalogue:
    """The catalogue of `language`, read once."""
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    source = files(__name__).joinpath(f"{language}.yml").read_text("utf-8")
    return Catalogue(language, _flat(yaml.safe_load(source)))


_active: list[Catalogue] = []


def use(language: object) -> Catalogue:
    """Make `language` (mkdocs.yml's `theme.language`; None: Dutch) the language of this
    build's texts. Raises `UnknownLanguage` for a language without a catalogue."""
    chosen = DEFAULT_LANGUAGE if language is None else str(language)
    if chosen not in LANGUAGES:
        raise UnknownLanguage(language)
    _active[:] = [catalogue(chosen)]
    return _active[0]


def active() -> Catalogue:
    """The catalogue of this build (Dutch when no build chose one)."""
    return _active[0] if _active else catalogue(DEFAULT_LANGUAGE)


def t(key: str, /, **values: Any) -> str:
    """The text of `key` in this build's language."""
    return active().t(key, **values)


def template_globals() -> dict[str, Any]:
    """For the theme's templates, in this build's language: `leidraad_t(key, **values)` (as
    Material's `lang.t`; `leidraad_text`: the same as plain text, for a value that is not HTML,
    such as a link's query), `leidraad_language` (for `lang` attributes) and
    `leidraad_script_texts(script)` (a script's texts, for its element's `data-texts`)."""
    chosen = active()
    return {
        "leidraad_t": chosen.html,
        "leidraad_text": chosen.t,
        "leidraad_language": chosen.language,
        "leidraad_script_texts": chosen.script_texts,
    }
