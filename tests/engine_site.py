"""The engine's fixture site: two collections of another shape than the repository's, written
for the tests, so that what they expect is written here and not taken from today's content.

`rijk` (order 1) has a role tab per role on every principle; `regio` (order 2, a folder name
that sorts first) has structured fields, levels and derivations from `rijk`. Roles come from
`tests.conftest.ROLES_YML`."""

from __future__ import annotations

from tests.conftest import ROLES_YML, page

RIJK_TITLE = "Principes van het Rijk"
REGIO_TITLE = "Principes van de regio"
STANDARD_URL = "https://example.org/standaard/"
"""An outside link in a role tab of `rijk/koppelen` (printed after the link text)."""

RIJK_ROLES = ("bestuurder", "ontwikkelaar", "jurist", "inkoper")


def _tabs(texts: dict[str, str]) -> str:
    return "\nWaarom dit principe ertoe doet.\n" + "".join(
        f'\n=== "{label}"\n\n    {text}\n' for label, text in texts.items()
    )


ACTIONS = """\
actions:
  - id: koppelkit
    name: Koppelkit
    url: https://example.org/koppelkit
    description: Voorbeelden en onderdelen om systemen te koppelen.
    verb: Gebruiken
    status: beschikbaar
    kind: hulpmiddel
    principles: [rijk/koppelen]
    roles: [ontwikkelaar]
    added: 2026-01-10
  - id: register
    name: Register
    url: https://example.org/register
    description: Een afspraak over het vastleggen van koppelingen.
    verb: Lezen
    status: in-ontwikkeling
    kind: standaard
    principles: [rijk/koppelen, regio/samen-standaarden]
    roles: [ontwikkelaar, zorgverlener]
    added: 2026-01-11
  - id: wegwijzer
    name: Wegwijzer
    url: https://example.org/wegwijzer
    description: Een dienst die de weg wijst.
    verb: Bekijken
    status: beschikbaar
    kind: dienst
    principles: [regio/mens-centraal, rijk/open-data]
    added: 2026-01-12
  - id: inkoopwijzer
    name: Inkoopwijzer
    url: https://example.org/inkoopwijzer
    description: Wat je vraagt in een aanbesteding.
    verb: Lezen
    status: gepland
    kind: kennisbron
    principles: [rijk/inkopen]
    roles: [inkoper]
    added: 2026-01-13
"""


def engine_tree() -> dict[str, str | bytes]:
    return {
        "_data/roles.yml": ROLES_YML,
        "_data/actions.yml": ACTIONS,
        "index.md": page(
            {"title": "Leidraad", "template": "home.html", "hide": ["navigation", "toc"]},
            "\nPrincipes voor wie bouwt, koopt en beslist.\n",
        ),
        "rijk/_collection.yml": (
            f"title: {RIJK_TITLE}\nintro: Drie principes voor iedereen bij het Rijk.\n"
            f"roles: [{', '.join(RIJK_ROLES)}]\norder: 1\nrole_tabs: true\n"
        ),
        "rijk/koppelen/index.md": page(
            {
                "title": "1. Koppel systemen via open standaarden",
                "summary": "Systemen praten met elkaar via afspraken die iedereen kan gebruiken.",
                "status": "vastgesteld",
                "relations": ["open-data"],
                "roles": {
                    "cxo": "high",
                    "ontwikkelaar": "high",
                    "jurist": "low",
                    "inkoper": "medium",
                },
            },
            _tabs(
                {
                    "Bestuurder": "Kies voor standaarden.",
                    "Ontwikkelaar": f"Bouw volgens [de standaard]({STANDARD_URL}).",
                    "Jurist": "Leg de standaard vast in de afspraken.",
                    "Inkoper": "Vraag om de standaard in de aanbesteding.",
                }
            ),
        ),
        "rijk/open-data/index.md": page(
            {
                "title": "2. Publiceer open data",
                "summary": "Wat openbaar kan, staat open voor iedereen.",
                "status": "consultatie",
                "roles": {
                    "bestuurder": "medium",
                    "ontwikkelaar": "medium",
                    "jurist": "high",
                    "inkoper": "low",
                },
            },
            _tabs(
                {
                    "Bestuurder": "Maak het beleid.",
                    "Ontwikkelaar": "Publiceer de data.",
                    "Jurist": "Toets wat openbaar mag.",
                    "Inkoper": "Koop open in.",
                }
            ),
        ),
        "rijk/inkopen/index.md": page(
            {
                "title": "3. Koop verstandig in",
                "summary": "Koop wat past bij de principes.",
                "relations": ["koppelen"],
                "roles": {
                    "bestuurder": "low",
                    "ontwikkelaar": "low",
                    "jurist": "medium",
                    "inkoper": "high",
                },
            },
            _tabs(
                {
                    "Bestuurder": "Stel het budget vast.",
                    "Ontwikkelaar": "Adviseer over de techniek.",
                    "Jurist": "Schrijf het contract.",
                    "Inkoper": "Voer de aanbesteding uit.",
                }
            ),
        ),
        "regio/_collection.yml": (
            f"title: {REGIO_TITLE}\nintro: Twee principes van de regio, pas toe of leg uit.\n"
            "roles: [zorgverlener, inwoner, bestuurder]\n"
            "levels: [strategisch, tactisch, operationeel]\norder: 2\n"
            "required_fields: [summary, statement, rationale, implications, levels]\n"
        ),
        "regio/mens-centraal/index.md": page(
            {
                "title": "1. De inwoner staat centraal",
                "summary": "Wat we bouwen, begint bij de inwoner.",
                "statement": "We ontwerpen vanuit de vraag van de inwoner.",
                "rationale": "Zo sluit de zorg aan op het leven van mensen.",
                "implications": [
                    "Inwoners denken mee bij elke keuze.",
                    "Gegevens zijn in te zien door de inwoner.",
                    "Formulieren zijn in gewone taal.",
                ],
                "levels": ["strategisch"],
                "derived_from": ["rijk/open-data"],
                "relations": ["samen-standaarden"],
                "roles": {"zorgverlener": "high", "inwoner": "high", "bestuurder": "medium"},
            },
        ),
        "regio/samen-standaarden/index.md": page(
            {
                "title": "2. Gebruik samen dezelfde standaarden",
                "summary": "Eén taal voor alle organisaties in de regio.",
                "statement": "Organisaties in de regio wisselen gegevens uit via standaarden.",
                "rationale": "Dan hoeft niemand iets twee keer te bouwen.",
                "implications": [
                    "Elke leverancier ondersteunt de standaard.",
                    "Afwijken wordt uitgelegd.",
                ],
                "levels": ["tactisch", "operationeel"],
                "derived_from": ["rijk/koppelen"],
                "roles": {"zorgverlener": "low", "inwoner": "medium", "bestuurder": "high"},
            },
        ),
        "regio/open-register/index.md": page(
            {
                "title": "3. Houd een open register bij",
                "summary": "Iedereen kan zien welke systemen de regio gebruikt.",
                "statement": "De regio houdt een openbaar register van haar systemen bij.",
                "rationale": "Wat zichtbaar is, kan worden verbeterd.",
                "implications": ["Elk nieuw systeem komt in het register."],
                "levels": ["strategisch", "operationeel"],
                "roles": {"zorgverlener": "medium", "inwoner": "low", "bestuurder": "high"},
            },
        ),
        "regio/over.md": "# Over de regio\n\nHoe de regio met deze principes werkt.\n",
    }
