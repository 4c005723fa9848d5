"""`principles new`: a new principle page with every field explained, ready to fill in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from principles.content import routes
from principles.content.index import Index
from principles.content.messages import DEFAULT_LANGUAGE, Language, tool_text
from principles.content.model import PrincipleKey, Role, is_slug


class ScaffoldError(Exception):
    """Why a page cannot be created: a text of `principles.content.messages.TOOL_TEXTS` and its
    values."""

    def __init__(self, text_name: str, **values: object) -> None:
        super().__init__(tool_text(text_name, "en", **values))
        self.text_name, self.values = text_name, values

    def text(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return tool_text(self.text_name, language, **self.values)


@dataclass(frozen=True)
class Scaffold:
    path: Path
    number: int
    text: str


def plan_principle(
    index: Index, collection_id: str, slug: str, number: int | None = None, title: str = ""
) -> Scaffold:
    """The page `new` would write, or a ScaffoldError saying why it cannot."""
    collection = index.collections.get(collection_id)
    if collection is None:
        known = ", ".join(index.collections) or "-"
        raise ScaffoldError("new-unknown-collection", name=collection_id, known=known)
    if not is_slug(slug):
        raise ScaffoldError("new-bad-slug", slug=slug)
    if slug in routes.reserved_slugs():
        raise ScaffoldError("new-reserved", slug=slug)
    key = PrincipleKey(collection_id, slug)
    path = index.docs_dir / key.src_uri
    if key in index.principles or path.exists():
        raise ScaffoldError("new-taken", slug=slug, path=path)
    if key in index.aliases:
        owner = index.aliases[key].slug
        raise ScaffoldError("new-alias", slug=slug, owner=owner)
    numbers = {p.number for p in index.in_collection(collection_id)}
    if number is None:
        number = max(numbers, default=0) + 1
    elif number in numbers:
        raise ScaffoldError("new-number-taken", number=number, collection=collection_id)
    roles = [r for rid in collection.roles if (r := index.roles.get(rid)) is not None]
    text = _page(
        number, title or "Nieuw principe", roles, collection.levels, collection.required_fields
    )
    return Scaffold(path, number, text)


def write_principle(scaffold: Scaffold) -> Path:
    scaffold.path.parent.mkdir(parents=True, exist_ok=True)
    with scaffold.path.open("x", encoding="utf-8") as page:  # Never overwrite.
        page.write(scaffold.text)
    return scaffold.path


# The text fields a page may leave out: written as a comment, or (when the collection asks
# for them, `required_fields`) as a value to replace, so that a new page passes the check.
_TEXT_FIELDS = {
    "statement": ("statement: |", "  Wat het principe zegt."),
    "rationale": ("rationale: |", "  Waarom het principe belangrijk is."),
    "implications": ("implications:", "  - Wat het principe in de praktijk vraagt."),
}
_REQUIRED_NOTE = "# Deze collectie vraagt dit veld van elk principe: vul het in.\n"


def _text_fields(required: tuple[str, ...]) -> str:
    asked = [name for name in _TEXT_FIELDS if name in required]
    lines = ["# Omschrijving, Uitleg en Consequenties (in Markdown):"] if asked else []
    for name in asked:
        lines.extend(_TEXT_FIELDS[name])
    left = [name for name in _TEXT_FIELDS if name not in required]
    if left:
        lines.append(
            "# Omschrijving, Uitleg en Consequenties (optioneel, in Markdown):"
            if not asked
            else "# Ook mogelijk (optioneel):"
        )
        lines.extend(f"# {line}" for name in left for line in _TEXT_FIELDS[name])
    return "\n".join(lines) + "\n"


def _page(
    number: int,
    title: str,
    roles: list[Role],
    levels: tuple[str, ...],
    required: tuple[str, ...] = (),
) -> str:
    def note(name: str) -> str:
        return _REQUIRED_NOTE if name in required else ""

    relevance = "\n".join(f"  {role.id}: medium" for role in roles)
    listed = ", ".join(levels)
    level_line = f"# Niveaus waarop het principe geldt: {listed}.\nlevels: [{listed}]\n"
    level_line = level_line if levels else note("levels") + "levels: []\n" * ("levels" in required)
    tabs = "\n".join(
        f'=== "{role.label}"\n\n    Wat betekent dit principe voor de {role.label.lower()}? '
        "Beschrijf concrete stappen en aandachtspunten.\n"
        for role in roles
    )
    title_text = f"{number}. {title}".replace('"', "'")
    aliases_comment = (
        "# Vorige slugs van dit principe: hun adressen verwijzen door naar deze pagina.\n"
    )
    return f"""---
# Titel in de gebiedende wijs, met het nummer ervoor. Platte tekst, geen HTML.
title: "{title_text}"
# Eén of twee zinnen: verschijnt onder de titel en op de kaarten.
summary: Vat het principe hier samen in één of twee zinnen.
# Status: concept | consultatie | vastgesteld | vervallen
status: concept
# Verwante principes: 'slug' in deze collectie, 'collectie/slug' in een andere.
# Beide pagina's tonen de relatie.
{note("relations")}relations: []
# Principes waarvan dit principe een uitwerking is, als 'collectie/slug'.
{note("derived_from")}derived_from: []
# Hoe belangrijk het principe per rol is: high, medium of low. Geef 'high' alleen aan de
# rollen voor wie het principe het meest verandert (hooguit drie), en geef die een eigen
# tabblad hieronder. De pagina opent op het tabblad van de eerste rol met 'high'.
roles:
{relevance}
{_text_fields(required)}{level_line}{aliases_comment}{note("aliases")}aliases: []
# Acties uit docs/_data/actions.yml die vooraan moeten staan.
{note("actions")}actions: []
---

Leg in een paar zinnen uit wat dit principe inhoudt en voor wie het geldt.

## Waarom is het belangrijk?

- **Reden**: waarom dit principe ertoe doet.

## Hoe pas je het toe?

{tabs}"""
