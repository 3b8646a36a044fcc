"""The refusals of a RIPA authorisation's life: each returns one sentence, or None when allowed.

Nothing takes effect before the magistrate's approval or after the authorisation ends; a renewal
must be approved by its last day; a cancelled or lapsed authorisation cannot be renewed.
"""

from __future__ import annotations

from datetime import date

from jagdesk.domain.cctv.ripa_dates import Period


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def approval_problem(applied_on: date | None, decided_on: date, already: str) -> str | None:
    """A magistrate's decision: once only, not before the application."""
    if already:
        return f"The magistrate's decision is already recorded ({already}); it is not changed."
    if applied_on is not None and decided_on < applied_on:
        return (f"The magistrate's decision ({_day(decided_on)}) cannot be before the application "
                f"was authorised ({_day(applied_on)}).")
    return None


def renewal_problem(approved_on: date | None, ends_on: date | None, cancelled_on: date | None,
                    renewal_approved_on: date) -> str | None:
    """A renewal approved by a magistrate on `renewal_approved_on`."""
    if approved_on is None or ends_on is None:
        return "Only an authorisation a magistrate has approved can be renewed."
    if cancelled_on is not None:
        return (f"The authorisation was cancelled on {_day(cancelled_on)}; a cancelled "
                "authorisation cannot be renewed: apply for a new one.")
    if renewal_approved_on > ends_on:
        return (f"The authorisation lapsed at the end of {_day(ends_on)}; a renewal approved on "
                f"{_day(renewal_approved_on)} is too late: apply for a new authorisation.")
    if renewal_approved_on < approved_on:
        return (f"A renewal cannot be approved ({_day(renewal_approved_on)}) before the "
                f"authorisation itself ({_day(approved_on)}).")
    return None


def review_problem(approved_on: date | None, ends_on: date | None, cancelled_on: date | None,
                   reviewed_on: date) -> str | None:
    """A review on `reviewed_on`: only while the authorisation is in force."""
    if approved_on is None or ends_on is None:
        return "A review can be recorded only once a magistrate has approved the authorisation."
    if reviewed_on < approved_on:
        return (f"A review on {_day(reviewed_on)} is before the magistrate's approval on "
                f"{_day(approved_on)}.")
    last = min(ends_on, cancelled_on) if cancelled_on is not None else ends_on
    if reviewed_on > last:
        return (f"A review on {_day(reviewed_on)} is after the authorisation ended on "
                f"{_day(last)}.")
    return None


def cancellation_problem(approved_on: date | None, cancelled_on: date | None,
                         cancel_on: date, reason: str) -> str | None:
    """A cancellation on `cancel_on` with its reason."""
    if cancelled_on is not None:
        return f"The authorisation was already cancelled on {_day(cancelled_on)}."
    if not reason.strip():
        return "Give the reason for the cancellation."
    if approved_on is not None and cancel_on < approved_on:
        return (f"A cancellation on {_day(cancel_on)} cannot be before the magistrate's approval "
                f"on {_day(approved_on)}.")
    return None


def installation_problem(periods: tuple[Period, ...], cancelled_on: date | None,
                         installed_on: date, removed_on: date | None = None) -> str | None:
    """A covert camera installed (and removed) within the authorised period, or refused."""
    if not periods:
        return ("A covert camera cannot be installed before a magistrate has approved the "
                "authorisation.")
    first, last = periods[0].starts_on, periods[-1].ends_on
    if cancelled_on is not None:
        last = min(last, cancelled_on)
    if installed_on < first:
        return (f"A covert camera cannot be installed on {_day(installed_on)}, before the "
                f"magistrate's approval on {_day(first)}.")
    if installed_on > last:
        return (f"A covert camera cannot be installed on {_day(installed_on)}: the authorisation "
                f"ended on {_day(last)}.")
    if removed_on is not None and removed_on > last:
        return (f"The covert camera must be removed by {_day(last)}, when the authorisation ends; "
                f"{_day(removed_on)} is after it.")
    return None
