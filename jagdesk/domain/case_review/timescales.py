"""The published timescales in working days: each step's due date, and whether it was met.

Acknowledge within 10 working days of receipt, decide on the threshold within 15 of receipt, hold
the review within 20 of the decision that the threshold is met, send the outcome within 5 of the
review (settings). Where the threshold is not met, no review follows, unless the Police and Crime
Commissioner, asked to review that decision, finds it met: the review is then due from that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jagdesk.domain.case_review.settings import CaseReviewSettings
from jagdesk.domain.case_review.working_days import add_working_days


class Step(StrEnum):
    """The steps the procedure times."""

    ACKNOWLEDGE = "acknowledge"
    DECIDE = "decide"
    REVIEW = "review"
    OUTCOME = "outcome"

    @property
    def label(self) -> str:
        return {"acknowledge": "Acknowledge the application", "decide": "Decide on the threshold",
                "review": "Hold the review", "outcome": "Send the outcome"}[self.value]


@dataclass(frozen=True)
class StepDue:
    """One step: when it is due (None until it can be: a review before the decision), when it was
    done, and whether it was met (None while it is neither done nor late)."""

    step: str
    due_on: date | None
    done_on: date | None
    met: bool | None
    overdue: bool  # not done and past its due date

    @property
    def label(self) -> str:
        return Step(self.step).label

    @property
    def state(self) -> str:
        """"met", "late" (done after its due date), "overdue", "due" or "not due"."""
        if self.done_on is not None:
            return "met" if self.met else "late"
        if self.overdue:
            return "overdue"
        return "due" if self.due_on is not None else "not due"


@dataclass(frozen=True)
class Progress:
    """What has happened to an application, the days the timescales run from."""

    received_on: date
    acknowledged_on: date | None = None
    decided_on: date | None = None
    decision_met: bool | None = None
    pcc_met_on: date | None = None  # the PCC found the threshold met on review, on this day
    review_held_on: date | None = None
    outcome_sent_on: date | None = None
    # From the partnership's earlier log: a step it has no date for is not recorded, not overdue.
    from_log: bool = False


def _step(step: Step, due_on: date | None, done_on: date | None, today: date,
          from_log: bool = False) -> StepDue:
    if due_on is None:
        return StepDue(step.value, None, done_on, None, False)
    if done_on is not None:
        return StepDue(step.value, due_on, done_on, done_on <= due_on, False)
    late = today > due_on and not from_log
    return StepDue(step.value, due_on, None, False if late else None, late)


def review_from(progress: Progress) -> date | None:
    """The day the review's timescale runs from: the decision that the threshold is met, or the
    PCC's finding that it is; None while neither."""
    if progress.decision_met and progress.decided_on is not None:
        return progress.decided_on
    return progress.pcc_met_on


def timescales(progress: Progress, today: date,
               settings: CaseReviewSettings | None = None) -> tuple[StepDue, ...]:
    """The four steps of an application as of `today`."""
    s = settings or CaseReviewSettings()
    nation = s.nation
    received = progress.received_on
    start = review_from(progress)
    review_by = add_working_days(start, s.review_days, nation) if start is not None else None
    held = progress.review_held_on
    outcome_by = add_working_days(held, s.outcome_days, nation) if held is not None else None
    return (
        _step(Step.ACKNOWLEDGE, add_working_days(received, s.acknowledge_days, nation),
              progress.acknowledged_on, today, progress.from_log),
        _step(Step.DECIDE, add_working_days(received, s.decide_days, nation),
              progress.decided_on, today, progress.from_log),
        _step(Step.REVIEW, review_by, held, today, progress.from_log),
        _step(Step.OUTCOME, outcome_by, progress.outcome_sent_on, today, progress.from_log),
    )
