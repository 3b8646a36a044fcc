"""The dates of a RIPA directed-surveillance authorisation (RIPA 2000 s.43(3)): how long it lasts,
renewals, reviews, and what state it is in on a given day.

An authorisation lasts three months beginning with the day of the magistrate's approval: it ends
at the end of the day before the corresponding date three months on, or, where that month has no
corresponding date, on the last day of that month. A renewal takes effect on the day on which the
authorisation would have ceased to have effect (its last day) and runs three months beginning
with that day, by the same rule.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

PERIOD_MONTHS = 3
REVIEW_INTERVAL_DAYS = 28  # every 4 weeks from approval unless the authorising officer sets another
ENDING_SOON_DAYS = 14  # the dashboard warns this many days before the last day


class Status(StrEnum):
    """Where an authorisation stands on a day."""

    PENDING = "pending"  # no magistrate's approval (yet), or approved after the day
    REFUSED = "refused"  # the magistrate refused it: it never took effect
    ACTIVE = "active"
    CANCELLED = "cancelled"  # cancelled on or before its last day
    LAPSED = "lapsed"  # its last day passed without a cancellation: unlawful if cameras stay up
    ENDED = "ended"  # it lapsed, and the cancellation was recorded only after its last day


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_end(year: int, month: int) -> int:
    """The number of days in the month (a table: calendar.monthrange works out the weekday too,
    and listing thousands of authorisations calls this for each)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS[month - 1]


def months_on(day: date, months: int) -> tuple[int, int]:
    """(year, month) `months` after the day's month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def period_end(start: date, months: int = PERIOD_MONTHS) -> date:
    """The last day of a period of `months` months beginning with `start`.

    15 June -> 14 September; 1 January -> 31 March; 30 November 2026 -> 28 February 2027 (no 30
    February: the last day of that month); 30 November 2027 -> 29 February 2028.
    """
    year, month = months_on(start, months)
    if start.day > month_end(year, month):
        return date(year, month, month_end(year, month))
    return date(year, month, start.day) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """One period of effect: the first authorisation's or a renewal's, both days included."""

    starts_on: date
    ends_on: date

    def holds(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


def periods(approved_on: date, renewals: int) -> tuple[Period, ...]:
    """The authorisation's period and each renewal's after it (a renewal starts on the last day
    of the period before)."""
    found = [Period(approved_on, period_end(approved_on))]
    for _ in range(renewals):
        start = found[-1].ends_on
        found.append(Period(start, period_end(start)))
    return tuple(found)


def next_review(approved_on: date, reviews: Sequence[date], ends_on: date,
                interval_days: int = REVIEW_INTERVAL_DAYS) -> date | None:
    """When the next review is due: the interval after the latest review (or after approval);
    None when that falls after the last day (cancellation or renewal is the next decision)."""
    latest = max([approved_on, *reviews])
    due = latest + timedelta(days=interval_days)
    return due if due <= ends_on else None


def status_on(day: date, decision: str, approved_on: date | None, ends_on: date | None,
              cancelled_on: date | None) -> Status:
    """The authorisation's state on `day`, from the magistrate's decision ("approved", "refused"
    or "" for none yet), its approval date, last day and cancellation date."""
    if decision == "refused":
        return Status.REFUSED
    if decision != "approved" or approved_on is None or ends_on is None or day < approved_on:
        return Status.PENDING
    if cancelled_on is not None and cancelled_on <= ends_on:
        return Status.CANCELLED if day >= cancelled_on else Status.ACTIVE
    if day <= ends_on:
        return Status.ACTIVE
    return Status.LAPSED if cancelled_on is None or day < cancelled_on else Status.ENDED


def lapsed(day: date, ends_on: date | None, cancelled_on: date | None) -> bool:
    """Whether the authorisation reached its last day without being cancelled (as of `day`)."""
    if ends_on is None or day <= ends_on:
        return False
    return cancelled_on is None or cancelled_on > ends_on


def ending_soon(day: date, status: Status, ends_on: date | None,
                within: int = ENDING_SOON_DAYS) -> bool:
    """Active and its last day is within `within` days of `day` (the day itself included)."""
    return status is Status.ACTIVE and ends_on is not None and (ends_on - day).days <= within
