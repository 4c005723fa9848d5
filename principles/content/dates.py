"""Dates as the site writes them: in its language (Dutch unless `theme.language` says otherwise)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date

from principles.content import texts


@lru_cache(maxsize=1024)
def dutch_date(value: date) -> str:
    """`24 november 2026`: dates on the site are written out in Dutch (CLDR's long date).
    Cached: many pages and embed cards show the same few dates, and Babel is not fast."""
    return format_date(value, format="long", locale="nl")


@lru_cache(maxsize=1024)
def written_date(value: date, language: str) -> str:
    """`24 november 2026`, `24 November 2026`: CLDR's long date in `language`."""
    return format_date(value, format="long", locale=language)


def site_date(value: date) -> str:
    """The date in this build's language (`principles.content.texts`; the `datum` filter)."""
    return written_date(value, texts.active().language)
