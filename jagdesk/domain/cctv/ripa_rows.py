"""An authorisation as the register, the lists and the command line see it, with its dates and
flags computed as of a day (nothing computed is stored, so nothing can go stale)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from jagdesk.domain.cctv.ripa_dates import (
    REVIEW_INTERVAL_DAYS,
    Period,
    Status,
    ending_soon,
    lapsed,
    next_review,
    periods,
    status_on,
)

T = TypeVar("T")


@dataclass(frozen=True)
class RenewalRow:
    """A renewal: the magistrate's approval, who authorised it, and the period it runs."""

    approved_on: date
    magistrate: str
    officer_name: str
    officer_grade: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class AuthorisationRow:
    """One row of the central record, with its computed dates and flags."""

    id: uuid.UUID
    urn: str
    operation: str
    description: str
    subjects: tuple[str, ...]
    offence: str
    offence_statute: str
    officer_name: str
    officer_grade: str
    officer_involved: bool
    confidential_likely: bool
    authorised_on: date | None
    decision: str  # "", approved, refused
    decided_on: date | None
    decided_at: time | None
    court: str
    magistrate: str
    approved_on: date | None
    ends_on: date | None  # the last day in force, renewals included
    next_review_on: date | None
    status: str  # domain.cctv.ripa_dates.Status value
    lapsed: bool
    ending_soon: bool
    review_due: bool
    reviews: tuple[date, ...]
    renewals: tuple[RenewalRow, ...]
    cancelled_on: date | None
    cancelled_by: str
    cancel_reason: str
    version: int

    @property
    def subjects_text(self) -> str:
        return "; ".join(self.subjects)

    @property
    def flags_text(self) -> str:
        """What needs attention, in words: "lapsed", "review due", "ends within 14 days"."""
        flags = [name for name, on in (("lapsed", self.lapsed), ("review due", self.review_due),
                                       ("ends within 14 days", self.ending_soon)) if on]
        return ", ".join(flags)


class RawAuthorisation(NamedTuple):
    """The stored columns a row is computed from (a tuple: made from each database row cheaply)."""

    id: uuid.UUID
    urn: str
    operation: str
    description: str
    offence: str
    offence_statute: str
    officer_name: str
    officer_grade: str
    officer_involved: bool
    confidential_likely: bool
    authorised_on: date | None
    decision: str
    decided_on: date | None
    decided_at: time | None
    court: str
    magistrate: str
    review_interval_days: int
    cancelled_on: date | None
    cancelled_by: str
    cancel_reason: str
    version: int


class RawRenewal(NamedTuple):
    approved_on: date
    magistrate: str
    officer_name: str
    officer_grade: str


def authorisation_periods(decision: str, decided_on: date | None,
                          renewals: int) -> tuple[Period, ...]:
    """The periods in force: none until a magistrate approves."""
    if decision != "approved" or decided_on is None:
        return ()
    return _chain(decided_on, renewals)


# A register holds many authorisations approved on the same day with as many renewals; the chain
# of periods (frozen, so safe to share) is worked out once for each.
_chain = lru_cache(maxsize=8192)(periods)


def _frozen(cls: type[T], values: dict[str, Any]) -> T:
    """An instance of the frozen dataclass `cls` made from every one of its fields' values.

    A frozen dataclass's __init__ sets each field through object.__setattr__, one call a field:
    for a listing of ten thousand rows of thirty fields that was half the listing's time. Filling
    the instance's dictionary at once gives the same object, still frozen to every later change.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


def compute_row(raw: RawAuthorisation, subjects: Sequence[str], reviews: Sequence[date],
                renewals: Sequence[RawRenewal], today: date) -> AuthorisationRow:
    """The row with its dates and flags as of `today`."""
    ordered = sorted(renewals, key=lambda r: r.approved_on) if len(renewals) > 1 else renewals
    chain = authorisation_periods(raw.decision, raw.decided_on, len(ordered))
    approved_on = chain[0].starts_on if chain else None
    ends_on = chain[-1].ends_on if chain else None
    status = status_on(today, raw.decision, approved_on, ends_on, raw.cancelled_on)
    review_list = tuple(sorted(reviews))
    next_on = None
    if approved_on is not None and ends_on is not None and status in (Status.ACTIVE, Status.PENDING):
        next_on = next_review(approved_on, review_list, ends_on,
                              raw.review_interval_days or REVIEW_INTERVAL_DAYS)
    return _frozen(AuthorisationRow, {
        "id": raw.id, "urn": raw.urn, "operation": raw.operation, "description": raw.description,
        "subjects": tuple(subjects), "offence": raw.offence, "offence_statute": raw.offence_statute,
        "officer_name": raw.officer_name, "officer_grade": raw.officer_grade,
        "officer_involved": raw.officer_involved, "confidential_likely": raw.confidential_likely,
        "authorised_on": raw.authorised_on, "decision": raw.decision,
        "decided_on": raw.decided_on, "decided_at": raw.decided_at, "court": raw.court,
        "magistrate": raw.magistrate, "approved_on": approved_on, "ends_on": ends_on,
        "next_review_on": next_on, "status": str(status),
        "lapsed": lapsed(today, ends_on, raw.cancelled_on),
        "ending_soon": ending_soon(today, status, ends_on),
        "review_due": next_on is not None and next_on <= today,
        "reviews": review_list,
        "renewals": tuple(RenewalRow(r.approved_on, r.magistrate, r.officer_name, r.officer_grade,
                                     period.starts_on, period.ends_on)
                          for r, period in zip(ordered, chain[1:], strict=True)),
        "cancelled_on": raw.cancelled_on, "cancelled_by": raw.cancelled_by,
        "cancel_reason": raw.cancel_reason, "version": raw.version,
    })
