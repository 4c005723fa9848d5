"""Spreadsheet files read the way their users' software reads them."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable

# What a spreadsheet runs as a formula when a cell starts with it (OWASP, "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def read_as_dutch_excel(data: bytes) -> list[list[str]]:
    """The cells Excel with Dutch regional settings shows for a CSV file: UTF-8 only when the
    file starts with a byte order mark (else Windows-1252, which garbles "één"), cells split
    at ';' (the Dutch list separator), quoted cells as in RFC 4180."""
    if data.startswith(codecs.BOM_UTF8):
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    else:
        text = data.decode("cp1252", errors="replace")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def records_as_dutch_excel(data: bytes) -> list[dict[str, str]]:
    """`read_as_dutch_excel`, each row under the titles of the first row."""
    header, *rows = read_as_dutch_excel(data)
    return [dict(zip(header, row, strict=True)) for row in rows]


def guarded(rows: Iterable[Iterable[str]]) -> list[list[str]]:
    """`rows` as the Excel CSV files hold them: a cell that would run as a formula starts with
    "'" (the files' guard, stated here a second time on purpose)."""
    return [
        ["'" + cell if cell.startswith(FORMULA_START) else cell for cell in row] for row in rows
    ]
