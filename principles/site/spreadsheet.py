"""The spreadsheets people open: the columns of "Download deze lijst" and the API's Excel CSV,
and the CSV format Dutch Excel reads (`excel_csv`; `assets/leidraad/spreadsheet.js` writes the
same in the browser, for "Download deze lijst" and the toetsing's CSV)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from principles.content import texts
from principles.content.index import Index
from principles.content.model import Principle, Relevance, Role
from principles.content.routes import absolute


def spreadsheet_columns(roles: Iterable[Role]) -> list[dict[str, Any]]:
    """The columns of the spreadsheets people open, with titles and values in the site's
    language (`principles.content.texts`; a Dutch site's are a published format, the API's Excel
    CSV): the API's Excel CSV and "Download deze lijst", whose script (filter.js) reads this list
    from the page.

    `key` names the value of a cell (`spreadsheet_row`; on the page a `data-` attribute of the
    list item); a role's column holds the label of its relevance; `numeric` cells are numbers.
    """
    words = {relevance.value: relevance.label for relevance in Relevance}
    return [
        {"title": texts.t("spreadsheet.collection"), "key": "collection"},
        {"title": texts.t("spreadsheet.number"), "key": "number", "numeric": True},
        {"title": texts.t("spreadsheet.title"), "key": "title"},
        {"title": texts.t("spreadsheet.summary"), "key": "summary"},
        {"title": texts.t("spreadsheet.url"), "key": "url"},
        *(
            {"title": role.label, "key": "relevance", "role": role.id, "words": words}
            for role in roles
        ),
    ]


def spreadsheet_row(
    index: Index, principle: Principle, site_url: str, columns: list[dict[str, Any]]
) -> list[str | int]:
    """One principle's cells under `columns` (see `spreadsheet_columns`)."""
    values: dict[str, str | int] = {
        "collection": index.collections[principle.collection].title,
        "number": principle.number,
        "title": principle.title,
        "summary": principle.summary,
        "url": absolute(site_url, principle.url),
    }
    row: list[str | int] = []
    for column in columns:
        if "role" in column:
            relevance = principle.relevance_for(column["role"])
            row.append(column["words"][relevance.value] if relevance is not None else "")
        else:
            row.append(values[column["key"]])
    return row


# What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"): `=`, `+`, `-`,
# `@`, a tab, a carriage return.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_cell(value: Any) -> str:
    """The text of a cell of `excel_csv`: nothing for None, and a leading "'" before a cell that
    Excel would otherwise run as a formula (`=HYPERLINK(…)` from a summary, or from a toetsing
    someone else's JSON file brought in: the text stays, Excel shows it as text)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def excel_csv(rows: Iterable[Iterable[Any]]) -> str:
    """CSV as Excel opens it with Dutch regional settings: a UTF-8 byte order mark (else Excel
    reads Windows-1252 and "één" comes out garbled), ';' between cells (the Dutch list
    separator; with ',' every row lands in one cell), quotes where a cell needs them, CRLF, and
    no cell that runs as a formula (`excel_cell`). `assets/leidraad/spreadsheet.js` writes the
    same bytes in the browser ("Download deze lijst", the toetsing's CSV)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([excel_cell(value) for value in row] for row in rows)
    return out.getvalue()
