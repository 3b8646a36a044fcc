"""Mobile (overt) camera deployments: the partnership's checklist, the order of the steps and their
dates, the planned end, reviews, footage deletion dates, and the evaluation's periods and figures.
(Covert deployments follow the same steps within a RIPA authorisation: ripa_refusals.)"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from jagdesk.domain.common.figures import format_percent, percent_change
from jagdesk.domain.common.periods import month_title

PLANNED_MONTHS = 3  # a mobile deployment runs up to 3 months unless the partnership sets another
REVIEW_DAYS = 30  # reviewed monthly
AFTER_MONTHS = 2  # the evaluation looks about two months past the removal
DEFAULT_CRITERIA = (
    "Evidence of crime or ASB at the site",
    "Other measures tried first",
    "Site survey done",
    "Power and mounting available",
    "Privacy impact assessment (DPIA) done",
)


class Stage(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"
    INSTALLED = "installed"
    REMOVED = "removed"
    EVALUATED = "evaluated"


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def months_later(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def planned_end(installed_on: date, months: int = PLANNED_MONTHS) -> date:
    return months_later(installed_on, months)


def stage_of(decision: str, installed_on: date | None, removed_on: date | None,
             evaluated_on: date | None) -> Stage:
    if evaluated_on is not None:
        return Stage.EVALUATED
    if removed_on is not None:
        return Stage.REMOVED
    if installed_on is not None:
        return Stage.INSTALLED
    if decision == "approved":
        return Stage.APPROVED
    return Stage.REFUSED if decision == "refused" else Stage.REQUESTED


def decision_problem(requested_on: date, decision: str, decided_on: date, reasons: str) -> str | None:
    if decision not in ("approved", "refused"):
        return f"A deployment is 'approved' or 'refused', not '{decision}'."
    if not reasons.strip():
        return "Give the reasons for the decision (refusals are kept too)."
    if decided_on < requested_on:
        return f"The decision ({_day(decided_on)}) cannot be before the request ({_day(requested_on)})."
    return None


def installation_problem(decision: str, decided_on: date | None, signage_up_on: date | None,
                         installed_on: date) -> str | None:
    if decision != "approved" or decided_on is None:
        return "A camera can be installed only once the deployment is approved."
    if installed_on < decided_on:
        return (f"The installation ({_day(installed_on)}) cannot be before the decision "
                f"({_day(decided_on)}).")
    if signage_up_on is None:
        return "Put the signage up before the camera: give the date it went up."
    if signage_up_on > installed_on:
        return (f"The signage must be up on or before the installation: it went up on "
                f"{_day(signage_up_on)}, after the camera on {_day(installed_on)}.")
    return None


def removal_problem(installed_on: date | None, removed_on: date,
                    signage_removed_on: date | None) -> str | None:
    if installed_on is None:
        return "The camera was never recorded as installed."
    if removed_on < installed_on:
        return (f"The removal ({_day(removed_on)}) cannot be before the installation "
                f"({_day(installed_on)}).")
    if signage_removed_on is not None and signage_removed_on < removed_on:
        return (f"The signage stays up while the camera does: it cannot come down "
                f"({_day(signage_removed_on)}) before the camera ({_day(removed_on)}).")
    return None


def review_problem(installed_on: date | None, removed_on: date | None, reviewed_on: date) -> str | None:
    if installed_on is None or reviewed_on < installed_on:
        return "A deployment is reviewed once its camera is installed."
    if removed_on is not None and reviewed_on > removed_on:
        return f"A review on {_day(reviewed_on)} is after the camera was removed ({_day(removed_on)})."
    return None


def next_review(installed_on: date | None, removed_on: date | None, reviews: list[date],
                interval_days: int = REVIEW_DAYS) -> date | None:
    if installed_on is None or removed_on is not None:
        return None
    return max([installed_on, *reviews]) + timedelta(days=interval_days)


def delete_by(recorded_on: date, retention_days: int) -> date:
    """The day a recording must be deleted by: its retention period after the day recorded."""
    return recorded_on + timedelta(days=retention_days)


@dataclass(frozen=True)
class Evaluation:
    """Incidents within the radius, by period: before, during and about two months after."""

    radius_m: int
    before_months: tuple[str, ...]
    during_months: tuple[str, ...]
    after_months: tuple[str, ...]
    before: int
    during: int
    after: int
    missing_months: tuple[str, ...] = ()  # months of the periods with no police.uk data

    def _rate(self, count: int, months: tuple[str, ...]) -> float:
        return count / len(months) if months else 0.0

    @property
    def change(self) -> int:
        """During against before (periods of the same length)."""
        return self.during - self.before

    @property
    def during_change(self) -> str:
        """"12 fewer, -30%", "3 more, 10%", "no change"."""
        if self.change == 0:
            return "no change"
        word = "more" if self.change > 0 else "fewer"
        return (f"{abs(self.change)} {word}, "
                f"{format_percent(percent_change(self.during, self.before), 'none before')}")

    @property
    def after_rate_change(self) -> str:
        """Incidents a month after against a month before."""
        before = self._rate(self.before, self.before_months)
        after = self._rate(self.after, self.after_months)
        return f"{after:.1f} a month after against {before:.1f} before"

    def sentence(self) -> str:
        text = (f"Within {self.radius_m} m: {self.before} incidents before, {self.during} during "
                f"({self.during_change}), {self.after} in the "
                f"{len(self.after_months)} months after ({self.after_rate_change}).")
        if self.missing_months:
            text += (" No police.uk data for " + ", ".join(month_title(m) for m in self.missing_months)
                     + ": those months count as none.")
        return text
