"""The threshold for an ASB case review, computed with its reasoning.

A complaint qualifies when it was reported within a month of its incident (on or before the same
day of the next month, or that month's last day where it has no such day) and in the six months
before the application (on or after the same day of the month six months before receipt). The
threshold is met by three qualifying complaints about the same problem, or by a single qualifying
complaint of a hate incident; an incident reported to two agencies (or twice) counts once, an
incident being known by its day. The officer may record that it was met on other grounds, with
the reason: never silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jagdesk.domain.case_review.settings import CaseReviewSettings, months_after
from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.common.wording import plural


@dataclass(frozen=True)
class Complaint:
    """One report of the behaviour behind an application."""

    incident_on: date
    reported_on: date
    agency: str = ""
    hate_incident: bool = False


@dataclass(frozen=True)
class ComplaintCheck:
    """A complaint and what the threshold made of it."""

    complaint: Complaint
    qualifies: bool  # in the window and reported in time
    counted: bool  # qualifies, and the first qualifying report of its incident
    why: str


@dataclass(frozen=True)
class Threshold:
    """Whether the threshold is met, and why, as the application shows it."""

    met: bool
    computed: bool  # what the complaints alone give
    on_other_grounds: bool
    counted: int  # qualifying incidents
    needed: int
    window_from: date
    checks: tuple[ComplaintCheck, ...]
    summary: str

    @property
    def reasons(self) -> tuple[str, ...]:
        """The summary, then a sentence per complaint."""
        return (self.summary, *(check.why for check in self.checks))


def _to(agency: str) -> str:
    return f" to {agency}" if agency.strip() else ""


def _check(complaint: Complaint, received_on: date, window_from: date, settings: CaseReviewSettings,
           seen: dict[date, Complaint]) -> ComplaintCheck:
    incident, reported = complaint.incident_on, complaint.reported_on
    in_time = months_after(incident, settings.report_within_months)
    what = f"Incident of {day_text(incident)}, reported {day_text(reported)}{_to(complaint.agency)}"
    if reported > received_on:
        return ComplaintCheck(complaint, False, False, f"{what}: after the application was received.")
    if reported < window_from:
        return ComplaintCheck(complaint, False, False,
                              f"{what}: before {day_text(window_from)}, outside the "
                              f"{settings.window_months} months before the application.")
    if reported > in_time:
        return ComplaintCheck(complaint, False, False,
                              f"{what}: not within {_months(settings.report_within_months)} of the "
                              f"incident (by {day_text(in_time)}).")
    first = seen.get(incident)
    if first is not None:
        return ComplaintCheck(complaint, True, False,
                              f"{what}: the same incident reported{_to(first.agency)} already, "
                              "counted once.")
    seen[incident] = complaint
    hate = " A hate incident." if complaint.hate_incident else ""
    return ComplaintCheck(complaint, True, True, f"{what}: qualifies.{hate}")


def _months(count: int) -> str:
    return "a month" if count == 1 else f"{count} months"


def assess_threshold(received_on: date, complaints: tuple[Complaint, ...] | list[Complaint],
                     settings: CaseReviewSettings | None = None,
                     other_grounds: str = "") -> Threshold:
    """Whether the complaints behind an application received on `received_on` meet the threshold;
    `other_grounds` is the officer's recorded reason for finding it met otherwise ("" for none)."""
    settings = settings or CaseReviewSettings()
    window_from = months_after(received_on, -settings.window_months)
    seen: dict[date, Complaint] = {}
    ordered = sorted(complaints, key=lambda c: (c.reported_on, c.incident_on))
    checks = tuple(_check(c, received_on, window_from, settings, seen) for c in ordered)
    counted = [check for check in checks if check.counted]
    hate = next((check for check in checks if check.qualifies and check.complaint.hate_incident), None)
    needed = settings.complaints_needed
    span = f"reported from {day_text(window_from)} to {day_text(received_on)}"
    found = f"{plural(len(counted), 'qualifying complaint')} {span} ({needed} needed)"
    if settings.hate_incident_meets and hate is not None:
        computed = True
        summary = (f"Threshold met: a qualifying complaint of a hate incident (reported "
                   f"{day_text(hate.complaint.reported_on)}) meets it on its own.")
    elif len(counted) >= needed:
        computed = True
        summary = f"Threshold met: {found}."
    else:
        computed = False
        summary = f"Threshold not met: {found}."
    reason = other_grounds.strip()
    on_other = not computed and bool(reason)
    if on_other:
        summary = f"Threshold met on other grounds: {reason} (the complaints alone: {found})."
    return Threshold(computed or on_other, computed, on_other, len(counted), needed, window_from,
                     checks, summary)
