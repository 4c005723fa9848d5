"""Dates as the site writes them: in Dutch."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date


@lru_cache(maxsize=1024)
def dutch_date(value: date) -> str:
    """`24 november 2026`: dates on the site are written out in Dutch (CLDR's long date).
    Cached: many pages and embed cards show the same few dates, and Babel is not fast."""
    return format_date(value, format="long", locale="nl")
