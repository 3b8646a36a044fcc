"""Working days: weekends and the bank holidays of the partnership's nation left out.

A timescale of N working days counts from the day after the event: received on Friday 18
December 2026, the 10th working day is Wednesday 6 January 2027 (Christmas Day, Boxing Day
observed on Monday 28 December and New Year's Day are not working days).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache


class Nation(StrEnum):
    """Whose bank holidays count: each nation of the United Kingdom has its own."""

    ENGLAND_AND_WALES = "england and wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern ireland"

    @property
    def label(self) -> str:
        return {"england and wales": "England and Wales", "scotland": "Scotland",
                "northern ireland": "Northern Ireland"}[self.value]


# The holidays package's subdivision of the United Kingdom for each nation.
SUBDIVISIONS = {Nation.ENGLAND_AND_WALES: "ENG", Nation.SCOTLAND: "SCT",
                Nation.NORTHERN_IRELAND: "NIR"}


@lru_cache(maxsize=64)
def bank_holidays(nation: str, year: int) -> frozenset[date]:
    """The bank holidays of a nation in a year, substitute days included."""
    # Imported on first use: the package loads every country's calendar (about 0.3 s), and
    # most starts and commands never count working days.
    import holidays

    found = holidays.country_holidays("GB", subdiv=SUBDIVISIONS[Nation(nation)], years=year)
    return frozenset(found)


def is_working_day(day: date, nation: str = Nation.ENGLAND_AND_WALES) -> bool:
    """A weekday that is not a bank holiday."""
    return day.weekday() < 5 and day not in bank_holidays(nation, day.year)


def add_working_days(start: date, count: int, nation: str = Nation.ENGLAND_AND_WALES) -> date:
    """The `count`th working day after `start` (the day after is the first that can count)."""
    if count < 0:
        raise ValueError("a count of working days is never negative")
    day = start
    while count:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            count -= 1
    return day


def working_days_between(start: date, end: date, nation: str = Nation.ENGLAND_AND_WALES) -> int:
    """How many working days after `start` `end` falls (0 on `start` itself; negative before it)."""
    if end < start:
        return -working_days_between(end, start, nation)
    return sum(1 for offset in range(1, (end - start).days + 1)
               if is_working_day(start + timedelta(days=offset), nation))
