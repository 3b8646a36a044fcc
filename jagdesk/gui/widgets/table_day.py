"""Dates in table cells: shown as people in the UK write them (10/12/2026) or as the app's short
date (10 Dec 2026), sorted as dates."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.common.day_text import day_text, uk_day


class Day(date):
    """A date that a table shows day first but sorts as a date."""

    def __str__(self) -> str:
        return uk_day(self)


def table_day(value: date | None) -> Day | None:
    return Day(value.year, value.month, value.day) if value else None


class ShortDay(date):
    """A date that a table shows as the app's short date (1 Dec 2026) but sorts as a date."""

    def __str__(self) -> str:
        return day_text(self)


def short_day(value: date | None) -> ShortDay | None:
    return ShortDay(value.year, value.month, value.day) if value else None
