"""A small site for the tests of reading by role: two collections, role tabs, a derivation
across collections, a renamed principle, tools, a concept next to established principles, and
a title long enough to wrap on a map. Every test that uses it builds it into its own folder."""

from __future__ import annotations

from tests.conftest import REPO, page

ALPHA = "Alfa-principes"
BETA = "Bèta-principes"
LONG_TITLE = "Landelijk gaat voor regionaal, regionaal voor lokaal"
STATEMENT_WORD = "zeldzaamheidswoord"
SUMMARY_WORD = "samenvattingswoord"
ACTIONS = """\
actions:
  - id: haven
    name: Haven
    url: https://example.org/haven
    description: Een standaard voor het inrichten van een cloudplatform.
    verb: Verkennen
    status: beschikbaar
    kind: standaard
    principles: [alpha/een]
    roles: [ontwikkelaar]
    added: 2026-11-01
  - id: fsc
    name: FSC
    url: https://example.org/fsc
    description: Afspraken voor veilige verbindingen tussen organisaties.
    verb: Verkennen
    status: beschikbaar
    kind: standaard
    principles: [alpha/twee]
    roles: [ontwikkelaar, jurist]
    added: 2026-11-02
"""


def tabs(*labels: str) -> str:
    return "".join(f'\n=== "{label}"\n\n    Wat de {label.lower()} doet.\n' for label in labels)


def reading_tree() -> dict[str, str | bytes]:
    return {
        "_data/roles.yml": (REPO / "docs/_data/roles.yml").read_text("utf-8"),
        "_data/actions.yml": ACTIONS,
        "index.md": page(
            {"title": "Leidraad", "template": "home.html", "hide": ["navigation", "toc"]},
            "\nPrincipes per rol.\n",
        ),
        "alpha/_collection.yml": f"title: {ALPHA}\nintro: De eerste reeks.\n"
        "roles: [ontwikkelaar, jurist]\n",
        "alpha/een/index.md": page(
            {
                "title": "1. Een",
                "summary": f"De eerste, met een {SUMMARY_WORD}.",
                "status": "vastgesteld",
                "statement": f"Een omschrijving met een {STATEMENT_WORD}.",
                "relations": ["twee"],
                "aliases": ["vroeger"],
                "roles": {"ontwikkelaar": "high", "jurist": "low"},
            },
            "\nInleiding.\n\n## Hoe pas je het toe?\n" + tabs("Ontwikkelaar", "Jurist"),
        ),
        "alpha/twee/index.md": page(
            {
                "title": "2. Twee",
                "summary": "De tweede.",
                "status": "concept",
                "relations": ["een"],
                "roles": {"jurist": "medium"},
            },
            "\nTekst.\n",
        ),
        "alpha/drie/index.md": page(
            {
                "title": f"3. {LONG_TITLE}",
                "summary": "De derde.",
                "status": "vastgesteld",
                "relations": ["een", "twee"],
            },
            "\nTekst.\n",
        ),
        "beta/_collection.yml": f"title: {BETA}\nintro: De tweede reeks.\n"
        "roles: [jurist, inkoper]\n",
        "beta/vier/index.md": page(
            {
                "title": "1. Vier",
                "summary": "Afgeleid van een.",
                "status": "vastgesteld",
                "derived_from": ["alpha/een"],
                "roles": {"inkoper": "medium", "jurist": "high"},
            },
            "\nTekst.\n" + tabs("Jurist", "Inkoper"),
        ),
        "beta/over.md": page({"title": "Over deze principes"}, "\nAchtergrond.\n"),
    }
