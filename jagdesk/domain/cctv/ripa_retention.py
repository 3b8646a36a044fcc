"""How long the central record keeps an authorisation: a number of years (a setting, at least 5)
after it was cancelled or ended; then it is due for a review of whether to destroy it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from jagdesk.domain.cctv.ripa_rows import AuthorisationRow


@dataclass(frozen=True)
class RetentionRow:
    """An authorisation's place in the retention schedule (the URN alone says which it is)."""

    id: uuid.UUID
    urn: str
    status: str
    closed_on: date | None  # cancelled, ended or refused on; None while it is open
    review_on: date | None  # due for the destruction review from this day
    due: bool
    version: int


def years_after(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a year that has none."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def closed_on(row: AuthorisationRow, today: date) -> date | None:
    """The day the authorisation stopped, as of `today`: the magistrate's refusal, its
    cancellation, or its last day when it lapsed (the later of the two when it was cancelled only
    after its end, so the record is kept the longer). None while it is pending or in force."""
    if row.decision == "refused":
        return row.decided_on
    if row.ends_on is None:
        return None
    if row.cancelled_on is not None and row.cancelled_on <= row.ends_on:
        return row.cancelled_on if row.cancelled_on <= today else None
    if row.ends_on >= today:
        return None
    return max(row.ends_on, row.cancelled_on) if row.cancelled_on else row.ends_on


def retention_row(row: AuthorisationRow, today: date, years: int) -> RetentionRow:
    """Where the authorisation stands in the schedule on `today`."""
    closed = closed_on(row, today)
    review_on = years_after(closed, years) if closed is not None else None
    return RetentionRow(row.id, row.urn, row.status, closed, review_on,
                        review_on is not None and review_on <= today, row.version)
