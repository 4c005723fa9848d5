"""Spreadsheets people open: the API's Excel CSV, "Download deze lijst" and the toetsing's CSV
open in Excel with Dutch regional settings (byte order mark, ';', quotes, no cell run as a
formula), the two the browser writes (spreadsheet.js) byte for byte as Python's `excel_csv`
writes the same rows; the first two with the same Dutch columns; the ODS holds numbers as
numbers; and the API's own principles.csv keeps its version 1 shape."""

from __future__ import annotations

import codecs
import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from principles import Index, Principle, load_index
from principles.site.spreadsheet import excel_csv, spreadsheet_columns, spreadsheet_row
from tests.browser import serve, visit
from tests.conftest import ROLES_YML, BuildResult, build_for_serving, page, port_of
from tests.spreadsheet import guarded, read_as_dutch_excel

API = "api/v1"
ODS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _tabs(*labels: str) -> str:
    return "\nInleiding.\n" + "".join(f'\n=== "{label}"\n\n    Tekst.\n' for label in labels)


# Values a spreadsheet trips over: "één" (not ASCII), ';' and ',' (separators), quotes, a
# line break inside a cell, a number of two digits, a cell Excel would run as a formula.
FORMULA = '=HYPERLINK("https://example.org/";"klik")'
TREE: dict[str, str | bytes] = {
    "_data/roles.yml": ROLES_YML,
    "alpha/_collection.yml": (
        "title: Één overheid; samen\nroles: [ontwikkelaar, jurist]\norder: 1\n"
    ),
    "alpha/bron/index.md": page(
        {
            "title": "1. Eén bron, één waarheid",
            "summary": 'Leg gegevens "één keer" vast; hergebruik ze daarna.',
            "relations": ["zeggenschap"],
            "roles": {"ontwikkelaar": "high", "jurist": "low"},
        },
        _tabs("Ontwikkelaar", "Jurist"),
    ),
    "alpha/zeggenschap/index.md": page(
        {
            "title": "12. Zeggenschap",
            "summary": "Inwoners beslissen zelf.\nOok over gegevens over hun zorg.",
            "relations": ["bron"],
            "roles": {"jurist": "medium"},
        },
        _tabs("Jurist"),
    ),
    "alpha/formule/index.md": page(
        {
            "title": '20. Formules; "rekenen" in een cel',
            "summary": FORMULA,
            "roles": {"jurist": "high"},
        },
        _tabs("Jurist"),
    ),
    "beta/_collection.yml": "title: Bèta\nroles: [inkoper]\norder: 2\n",
    "beta/inkoop/index.md": page(
        {"title": "3. Koop met € en verstand in", "roles": {"inkoper": "high"}},
        _tabs("Inkoper"),
    ),
}


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Index, str]:
    """The fixture site built (for the address it is served at), and its loaded index."""
    project = tmp_path_factory.mktemp("spreadsheets")
    result, site_url = build_for_serving(project, TREE)
    index = load_index(project / "docs")
    assert index.problems == ()
    return result, index, site_url


@pytest.fixture(scope="module")
def served(fixture_site: tuple[BuildResult, Index, str]) -> Iterator[str]:
    result, _, site_url = fixture_site
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


def expected_row(
    index: Index, principle: Principle, site_url: str, role_ids: list[str]
) -> list[str]:
    """What a reader sees in a row, written out from the principle itself."""
    relevance = [
        r.label if (r := principle.relevance_for(role)) is not None else "" for role in role_ids
    ]
    return [
        index.collections[principle.collection].title,
        str(principle.number),
        principle.title,
        principle.summary,
        site_url + principle.url,
        *relevance,
    ]


def test_the_excel_csv_opens_in_dutch_excel_with_every_value(
    fixture_site: tuple[BuildResult, Index, str],
) -> None:
    result, index, site_url = fixture_site
    data = (result.site_dir / f"{API}/principles-excel.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    header, *rows = read_as_dutch_excel(data)
    roles = list(index.roles)
    assert header == ["Collectie", "Nummer", "Titel", "Samenvatting", "Adres"] + [
        role.label for role in roles
    ]
    role_ids = [role.id for role in roles]
    assert rows == guarded(expected_row(index, p, site_url, role_ids) for p in index)
    # The fixture's hard cases arrived whole (not split at ';', not garbled), and the formula
    # as text.
    assert rows[0][0] == "Één overheid; samen"
    assert rows[0][3] == 'Leg gegevens "één keer" vast; hergebruik ze daarna.'
    assert rows[1][3] == "Inwoners beslissen zelf.\nOok over gegevens over hun zorg."
    assert rows[2][2:4] == ['Formules; "rekenen" in een cel', "'" + FORMULA]


def test_the_api_csv_keeps_its_version_1_shape(
    fixture_site: tuple[BuildResult, Index, str],
) -> None:
    result, index, site_url = fixture_site
    data = (result.site_dir / f"{API}/principles.csv").read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert list(rows[0]) == [
        "collection", "slug", "number", "title", "summary", "status", "url", "last_changed",
        *(f"relevance_{role.id}" for role in index.roles), "related", "derived_from",
    ]  # fmt: skip
    assert [(r["collection"], r["slug"], r["number"]) for r in rows] == [
        (p.collection, p.slug, str(p.number)) for p in index
    ]
    bron = rows[0]
    assert (bron["relevance_ontwikkelaar"], bron["relevance_jurist"]) == ("high", "low")
    assert bron["url"] == site_url + "alpha/bron/"
    # Version 1 is comma-separated without a byte order mark: Excel is what the other file is for.
    assert read_as_dutch_excel(data)[0] != list(rows[0])


def ods_cells(path: Path) -> list[list[tuple[str, str, str | None]]]:
    """(text, value type, numeric value) of every cell of the first table, row by row."""
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        assert archive.testzip() is None
        root = ET.fromstring(archive.read("content.xml"))
    office = "{" + ODS["office"] + "}"
    return [
        [
            (
                "".join(cell.itertext()),
                cell.attrib[f"{office}value-type"],
                cell.attrib.get(f"{office}value"),
            )
            for cell in row.findall("table:table-cell", ODS)
        ]
        for row in root.iterfind(".//table:table-row", ODS)
    ]


@pytest.mark.browser
def test_download_deze_lijst_opens_in_dutch_excel_and_ods_has_numbers(
    browser: Browser,
    fixture_site: tuple[BuildResult, Index, str],
    served: str,
    tmp_path: Path,
) -> None:
    _, index, site_url = fixture_site
    shown = [p for p in index.in_collection("alpha") if p.relevance_for("jurist") is not None]
    role_ids = [role.id for role in index.roles_of("alpha")]
    expected = [expected_row(index, p, site_url, role_ids) for p in shown]
    header = ["Collectie", "Nummer", "Titel", "Samenvatting", "Adres", "Ontwikkelaar", "Jurist"]
    with visit(browser, served, accept_downloads=True) as tab:
        tab.goto(served + "alpha/?rol=jurist", wait_until="networkidle")

        with tab.expect_download() as csv_download:
            tab.get_by_role("button", name="CSV").click()
        path = tmp_path / csv_download.value.suggested_filename
        csv_download.value.save_as(path)
        data = path.read_bytes()
        assert data.startswith(codecs.BOM_UTF8)
        assert read_as_dutch_excel(data) == [header, *guarded(expected)]
        assert "'" + FORMULA in {cell for row in read_as_dutch_excel(data) for cell in row}
        # The bytes Python writes for the API's Excel CSV, for the same rows.
        columns = spreadsheet_columns(index.roles_of("alpha"))
        rows = [spreadsheet_row(index, p, site_url, columns) for p in shown]
        assert data == excel_csv([header, *rows]).encode("utf-8")

        with tab.expect_download() as ods_download:
            tab.get_by_role("button", name="Spreadsheet (ODS)").click()
        ods = tmp_path / ods_download.value.suggested_filename
        ods_download.value.save_as(ods)
    cells = ods_cells(ods)
    assert [[text for text, _, _ in row] for row in cells] == [header, *expected]
    assert {kind for row in cells[:1] for _, kind, _ in row} == {"string"}
    number = header.index("Nummer")
    for row, principle in zip(cells[1:], shown, strict=True):
        assert row[number] == (str(principle.number), "float", str(principle.number))
        assert {kind for position, (_, kind, _) in enumerate(row) if position != number} == {
            "string"
        }


# The browser's clock during the toetsing's export: the CSV carries the day it was made.
EXPORT_TIME = datetime(2031, 2, 3, 10, 30, tzinfo=UTC)


def _answer(tab: Page, slug: str, choice: str, explanation: str, evidence: str = "") -> None:
    tab.locator(f"input[name='p-{slug}-oordeel'][value='{choice}']").check()
    tab.locator(f"textarea[name='p-{slug}-toelichting']").fill(explanation)
    tab.locator(f"textarea[name='p-{slug}-onderbouwing']").fill(evidence)


@pytest.mark.browser
def test_the_toetsing_csv_opens_in_dutch_excel_as_python_writes_it(
    browser: Browser,
    fixture_site: tuple[BuildResult, Index, str],
    served: str,
    tmp_path: Path,
) -> None:
    _, index, _ = fixture_site
    project = 'Dossier "Noord"; fase 2'
    answers = {
        "bron": ("pas-toe", "Pas toe", 'Zie "plan"; hoofdstuk 2\nen bijlage B', ""),
        "zeggenschap": ("nvt", "Niet van toepassing", "- geen zorggegevens; alleen adressen", ""),
        "formule": ("wijk-af", "Wijk af", FORMULA, "https://example.org/a\nhttps://example.org/b"),
    }
    with visit(browser, served, accept_downloads=True) as tab:
        tab.clock.set_fixed_time(EXPORT_TIME)
        tab.goto(served + "alpha/toetsing/", wait_until="networkidle")
        tab.get_by_label("Naam van het project of de aanbesteding").fill(project)
        for slug, (choice, _, explanation, evidence) in answers.items():
            _answer(tab, slug, choice, explanation, evidence)
        with tab.expect_download() as csv_download:
            tab.get_by_role("button", name="CSV").click()
        path = tmp_path / csv_download.value.suggested_filename
        csv_download.value.save_as(path)
    data = path.read_bytes()
    header = ["collectie", "nummer", "slug", "titel", "versie", "oordeel", "toelichting",
              "onderbouwing", "project", "datum"]  # fmt: skip
    expected = [
        [
            "alpha",
            str(p.number),
            p.slug,
            p.title,
            index.last_changed[p.key].isoformat(),
            answers[p.slug][1],
            answers[p.slug][2],
            answers[p.slug][3].replace("\n", " "),
            project,
            EXPORT_TIME.date().isoformat(),
        ]
        for p in sorted(index.in_collection("alpha"), key=lambda p: p.number)
    ]
    assert data.startswith(codecs.BOM_UTF8)
    assert read_as_dutch_excel(data) == [header, *guarded(expected)]
    cells = {cell for row in read_as_dutch_excel(data) for cell in row}
    assert {
        'Zie "plan"; hoofdstuk 2\nen bijlage B',
        "'- geen zorggegevens; alleen adressen",
        "'" + FORMULA,
    } <= cells
    # The bytes Python writes for the API's Excel CSV, for the same rows.
    assert data == excel_csv([header, *expected]).encode("utf-8")
