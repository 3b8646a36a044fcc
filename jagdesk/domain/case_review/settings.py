"""The partnership's published procedure as settings: the threshold and the timescales."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, fields
from datetime import date

from jagdesk.domain.case_review.working_days import Nation

# The law sets the threshold at no more than three complaints (a lower local number is allowed).
MOST_COMPLAINTS_NEEDED = 3
# What a setting may be, at least and at most: a procedure no one could meet is refused.
LIMITS = {"complaints_needed": (1, MOST_COMPLAINTS_NEEDED), "window_months": (1, 12),
          "report_within_months": (1, 6), "acknowledge_days": (1, 60), "decide_days": (1, 60),
          "review_days": (1, 90), "outcome_days": (1, 60)}


@dataclass(frozen=True)
class CaseReviewSettings:
    """The threshold and the timescales, with the defaults most partnerships publish."""

    complaints_needed: int = 3  # qualifying complaints about the same problem
    window_months: int = 6  # reported in the months before the application
    report_within_months: int = 1  # each reported within this long of its incident
    hate_incident_meets: bool = True  # a single complaint of a hate incident meets the threshold
    acknowledge_days: int = 10  # working days from receipt
    decide_days: int = 15  # working days from receipt
    review_days: int = 20  # working days from the decision that the threshold is met
    outcome_days: int = 5  # working days from the review
    nation: str = Nation.ENGLAND_AND_WALES.value  # whose bank holidays are not working days


SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in fields(CaseReviewSettings))


def settings_errors(settings: CaseReviewSettings) -> dict[str, str]:
    """What is wrong with the settings, by field."""
    errors: dict[str, str] = {}
    for name, (low, high) in LIMITS.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            errors[name] = f"The {name.replace('_', ' ')} must be from {low} to {high}."
    if settings.nation not in set(Nation):
        errors["nation"] = f"'{settings.nation}' is not one of: " + ", ".join(n.label for n in Nation) + "."
    return errors


def months_after(day: date, months: int) -> date:
    """The same day of the month `months` later (earlier, when negative), or that month's last day
    where it has no such day: 31 January + 1 month is 28 (or 29) February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
