"""The report of a `ContentDiff`: Markdown for editors and reviewers (Dutch), JSON values."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from principles.content.fields import principle_fields
from principles.content.model import RELATED_PRINCIPLES_TITLE, Relevance

if TYPE_CHECKING:
    from principles.tools.diff.compare import (
        Change,
        ContentDiff,
        NewPrinciple,
        Note,
        PrincipleChanges,
        RemovedPrinciple,
    )

# The sections of a principle page that list other principles, by the API's name
# (`relations` in /api/v1/), with the heading the page shows.
SECTIONS = {
    "related": RELATED_PRINCIPLES_TITLE,
    "derived_from": "Afgeleid van",
    "elaborated_in": "Uitgewerkt in",
}


def _json(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


# Labels of the report (Dutch, like the site): the fields' own names (principles.content.fields).
_FIELD_LABELS = {
    **{field.name: field.label for field in principle_fields()},
    "body": "Tekst van de pagina",
}


_SHOWN_IN_LISTS = ("number", "title", "summary")


_TEXT_FIELDS = ("statement", "rationale", "implications", "body")


class _Markdown:
    def __init__(self, diff: ContentDiff) -> None:
        self.diff = diff

    def ref(self, key: str) -> str:
        title = self.diff.titles.get(key)
        return f"`{key}` ({title})" if title else f"`{key}`"

    @staticmethod
    def sections(names: list[str]) -> str:
        return ", ".join(SECTIONS[name] for name in names)

    def action(self, action_id: str) -> str:
        return self.diff.action_names.get(action_id, action_id)

    def role(self, role_id: str) -> str:
        return self.diff.role_labels.get(role_id, role_id)

    def lines(self) -> Iterator[str]:
        diff = self.diff
        yield f"## Wijzigingen in de principes (`{diff.old_ref}` → `{diff.new_ref}`)"
        yield ""
        if diff.new_errors:
            yield (
                f"> **Let op:** de nieuwe versie heeft {diff.new_errors} fout(en). "
                "`principles check` noemt ze met bestand en regel. Zolang er een fout is, kan "
                "dit overzicht onvolledig zijn."
            )
            yield ""
        if diff.empty:
            yield "Geen inhoudelijke wijzigingen: de site toont dezelfde principes en relaties."
            yield ""
            return
        yield (
            "Wat lezers op de site zien veranderen. Een relatie staat op beide pagina's, welke "
            "van de twee haar ook noemt; dit overzicht toont de relaties zoals de site ze toont."
        )
        yield ""
        if diff.added:
            yield "### Nieuwe principes"
            yield ""
            for new in diff.added:
                yield from self.added(new)
        if diff.renamed:
            yield "### Hernoemd"
            yield ""
            for old, new_key, title in diff.renamed:
                yield (
                    f"- `{old}` → `{new_key}` ({title}): het oude adres `/{old}/` verwijst door "
                    f"naar `/{new_key}/`; relaties ernaar blijven staan."
                )
            yield ""
        if diff.removed:
            yield "### Verwijderd"
            yield ""
            for gone in diff.removed:
                yield from self.removed(gone)
            yield ""
        if diff.changed:
            yield "### Gewijzigd"
            yield ""
            for principle in diff.changed:
                yield from self.changed(principle)

    def added(self, new: NewPrinciple) -> Iterator[str]:
        principle = new.principle
        yield f"#### `{principle.key}`: {principle.display_title}"
        yield ""
        yield f"- Samenvatting: {principle.summary or '—'}"
        yield f"- Status: {principle.status.label}"
        ranked = sorted(principle.relevance, key=lambda item: item[1].rank)
        roles = ", ".join(f"{self.role(role)} · {relevance.label}" for role, relevance in ranked)
        yield f"- Belangrijk voor: {roles or '—'}"
        for section, keys in new.sections.items():
            if keys:
                yield f"- {SECTIONS[section]}: {', '.join(self.ref(k) for k in keys)}"
        if not any(new.sections.values()):
            yield f"- {SECTIONS['related']}: —"
        if new.actions:
            yield f"- {_FIELD_LABELS['actions']}: {', '.join(map(self.action, new.actions))}"
        if new.affects:
            yield "- Verschijnt ook op bestaande pagina's, in wat de site daar genereert:"
            for page, sections in new.affects.items():
                yield f"  - {self.ref(page)}: {self.sections(sections)}"
        yield ""

    def removed(self, gone: RemovedPrinciple) -> Iterator[str]:
        line = f"- `{gone.key}`: {gone.title}."
        if gone.redirects_to:
            line += f" Het oude adres verwijst door naar {self.ref(gone.redirects_to)}."
        else:
            line += f" Het adres `/{gone.key}/` bestaat dan niet meer."
        yield line
        if gone.looks_renamed_to:
            slug = gone.key.split("/", 1)[1]
            yield (
                f"  - Hernoemd naar `{gone.looks_renamed_to}`? Zet dan `aliases: [{slug}]` in "
                "de nieuwe pagina, zodat het oude adres blijft werken."
            )
        if gone.affects:
            pages = "; ".join(
                f"{self.ref(page)}: {self.sections(where)}" for page, where in gone.affects.items()
            )
            yield f"  - Verdwijnt ook van: {pages}."

    def changed(self, principle: PrincipleChanges) -> Iterator[str]:
        yield f"#### `{principle.key}`: {principle.title}"
        yield ""
        if not principle.file_changed:
            yield "_Het bestand is niet gewijzigd; alleen wat de site op de pagina genereert._"
            yield ""
        for change in principle.changes:
            yield f"- {self.change(change)}"
        for note in principle.notes:
            yield f"- {self.note(note)}"
        if principle.shown_on and any(c.field in _SHOWN_IN_LISTS for c in principle.changes):
            pages = ", ".join(f"`{page}`" for page in principle.shown_on)
            yield f"- Nummer, titel en samenvatting staan ook in de relatielijsten van: {pages}."
        yield ""

    def change(self, change: Change) -> str:
        name = change.field
        if name.startswith("relevance."):
            role = self.role(name.removeprefix("relevance."))
            old = change.old.label if isinstance(change.old, Relevance) else "—"
            new = change.new.label if isinstance(change.new, Relevance) else "—"
            return f"Relevantie voor {role}: {old} → {new}"
        if name in SECTIONS:
            parts = [
                f"+ {self.ref(key)}{self.because(change, key, added=True)}"
                for key in change.new
                if key not in change.old
            ] + [
                f"− {self.ref(key)}{self.because(change, key, added=False)}"
                for key in change.old
                if key not in change.new
            ]
            return f"{SECTIONS[name]}: {'; '.join(parts)}"
        label = _FIELD_LABELS.get(name, name)
        if name == "status":
            return f"{label}: {change.old.label} → {change.new.label}"
        if name in _TEXT_FIELDS:
            return f"{label} gewijzigd"
        if isinstance(change.old, list):
            show = self.action if name == "actions" else (lambda item: f"`{item}`")
            parts = [f"+ {show(item)}" for item in change.new if item not in change.old]
            parts += [f"− {show(item)}" for item in change.old if item not in change.new]
            return f"{label}: {', '.join(parts)}"
        return f"{label}: “{change.old}” → “{change.new}”"

    @staticmethod
    def because(change: Change, key: str, added: bool) -> str:
        cause = change.because.get(key)
        if cause is None:
            return ""
        if cause == "new":
            return " — nieuw principe"
        if cause == "removed":
            return " — principe verwijderd"
        if added:
            return f" — staat in de front matter van `{cause}`"
        return f" — niet meer in de front matter van `{cause}`"

    def note(self, note: Note) -> str:
        file = self.diff.docs_prefix + note.file
        if note.removed:
            return (
                f"Geen effect: `{note.target}` is uit `relations` gehaald, maar de site toont de "
                f"relatie nog op beide pagina's, omdat `{note.by}` haar zelf noemt "
                f"(`{file}`). Haal haar daar ook weg om de relatie te verwijderen."
            )
        return (
            f"Geen effect: `{note.target}` is aan `relations` toegevoegd, maar de site toonde de "
            f"relatie al, omdat `{note.by}` haar noemt (`{file}`)."
        )
