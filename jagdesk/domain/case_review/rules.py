"""What may be entered for an ASB case review, in what order of dates, and the prompts the
statutory guidance (2025) asks for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from jagdesk.domain.case_review.settings import months_after
from jagdesk.domain.case_review.threshold import Complaint
from jagdesk.domain.common import validation as v
from jagdesk.domain.common.day_text import day_text

TEXT_LENGTH = 4000
NAME_LENGTH = 200
REFERENCE_LENGTH = 60
# How an application may be made: the guidance asks for several ways.
RECEIVED_HOW = ("online form", "email", "phone", "letter", "in person")


class PccOutcome(StrEnum):
    """The Police and Crime Commissioner's review of a "threshold not met" decision."""

    UPHELD = "upheld"  # the threshold was not met
    OVERTURNED = "overturned"  # the threshold is met: the review goes ahead


def _future(value: date | None, what: str, today: date) -> str | None:
    if value is not None and value > today:
        return f"The {what} ({day_text(value)}) is in the future."
    return None


def _before(later: date | None, later_what: str, earlier: date | None, earlier_what: str) -> str | None:
    if later is not None and earlier is not None and later < earlier:
        return (f"The {later_what} ({day_text(later)}) is before the {earlier_what} "
                f"({day_text(earlier)}).")
    return None


def complaint_problem(complaint: Complaint, received_on: date, today: date) -> str | None:
    """Why one complaint cannot be recorded, or None."""
    if complaint.reported_on < complaint.incident_on:
        return (f"A complaint cannot be reported ({day_text(complaint.reported_on)}) before its "
                f"incident ({day_text(complaint.incident_on)}).")
    if complaint.reported_on > received_on:
        return (f"A complaint behind the application is reported ({day_text(complaint.reported_on)}) "
                f"after the application was received ({day_text(received_on)}).")
    return _future(complaint.incident_on, "incident date", today)


def application_errors(received_on: date | None, complaints: Iterable[Complaint], problem: str,
                       received_how: str, today: date) -> dict[str, str]:
    """What is wrong with an application, by field: one sentence each."""
    listed = list(complaints)
    if received_on is None:
        return {"received_on": "Enter the date the application was received."}
    found = None if listed else "An application needs at least one complaint behind it."
    for complaint in listed:
        found = found or complaint_problem(complaint, received_on, today)
    how = None
    if received_how and received_how not in RECEIVED_HOW:
        how = f"'{received_how}' is not a way of applying: " + ", ".join(RECEIVED_HOW) + "."
    return v.collect(received_on=_future(received_on, "date received", today), complaints=found,
                     problem=v.max_length_text(problem, "problem", TEXT_LENGTH), received_how=how)


def consent_problem(on_behalf: bool, consent_on: date | None, today: date) -> str | None:
    """Someone applying on a victim's behalf needs the victim's consent, recorded with its date."""
    if on_behalf and consent_on is None:
        return "Record the date the victim consented to the application made on their behalf."
    return _future(consent_on, "consent", today)


def step_errors(received_on: date, acknowledged_on: date | None, decided_on: date | None,
                today: date) -> dict[str, str]:
    """The acknowledgement and the decision: on or after receipt, not in the future."""
    return v.collect(
        acknowledged_on=(_future(acknowledged_on, "acknowledgement", today)
                         or _before(acknowledged_on, "acknowledgement", received_on, "application")),
        decided_on=(_future(decided_on, "decision", today)
                    or _before(decided_on, "decision", received_on, "application")))


def other_grounds_problem(reason: str) -> str | None:
    """Meeting the threshold on other grounds needs the reason written down."""
    if not reason.strip():
        return "Say why the threshold is met on other grounds."
    return v.max_length_text(reason, "reason", TEXT_LENGTH)


def review_errors(review_allowed: bool, decided_on: date | None, held_on: date | None,
                  outcome_sent_on: date | None, today: date) -> dict[str, str]:
    """The review and its outcome: only once the threshold is met, after the decision, in order."""
    if held_on is not None and not review_allowed:
        return {"review_held_on": "A review is held only once the threshold is found met."}
    return v.collect(
        review_held_on=(_future(held_on, "review", today)
                        or _before(held_on, "review", decided_on, "decision")),
        outcome_sent_on=(_future(outcome_sent_on, "outcome", today)
                         or ("Record the review before its outcome." if outcome_sent_on and not held_on
                             else _before(outcome_sent_on, "outcome", held_on, "review"))))


def pcc_errors(decision_met: bool | None, decided_on: date | None, requested_on: date | None,
               outcome: str, outcome_on: date | None, today: date) -> dict[str, str]:
    """A request to the PCC to review the decision: only of a "not met" decision, in order."""
    if requested_on is None:
        return {"pcc_requested_on": "Enter the date the applicant asked the PCC to review the decision."}
    if decision_met is not False:
        return {"pcc_requested_on": "Only a decision that the threshold is not met can go to the PCC."}
    if outcome and outcome not in set(PccOutcome):
        return {"pcc_outcome": f"'{outcome}' is not an outcome: upheld or overturned."}
    if bool(outcome) != (outcome_on is not None):
        return {"pcc_outcome": "Enter both the PCC's outcome and its date, or neither."}
    return v.collect(
        pcc_requested_on=(_future(requested_on, "request to the PCC", today)
                          or _before(requested_on, "request to the PCC", decided_on, "decision")),
        pcc_outcome_on=(_future(outcome_on, "PCC's outcome", today)
                        or _before(outcome_on, "PCC's outcome", requested_on, "request")))


def escalation_errors(outcome_sent_on: date | None, asked_on: date | None, result: str,
                      result_on: date | None, today: date) -> dict[str, str]:
    """The applicant's request to look at the review again: after the outcome, in order."""
    if asked_on is None:
        return {"escalated_on": "Enter the date the applicant asked for the review to be looked at again."}
    if outcome_sent_on is None:
        return {"escalated_on": "A review is escalated only after its outcome was sent."}
    if bool(result.strip()) != (result_on is not None):
        return {"escalation_outcome": "Enter both the escalation's outcome and its date, or neither."}
    return v.collect(
        escalated_on=(_future(asked_on, "escalation", today)
                      or _before(asked_on, "escalation", outcome_sent_on, "outcome")),
        escalation_outcome=v.max_length_text(result, "escalation's outcome", TEXT_LENGTH),
        escalation_outcome_on=(_future(result_on, "escalation's outcome", today)
                               or _before(result_on, "escalation's outcome", asked_on, "escalation")))


# --- Prompts ---------------------------------------------------------------------------------------

TELL_ABOUT_REVIEW = ("This is a second report of anti-social behaviour in six months: tell the victim "
                     "about the ASB case review and how to apply.")
NAME_A_CONTACT = "Give the applicant a single point of contact."
PCC_RIGHT = ("The threshold was not met: tell the applicant they may ask the Police and Crime "
             "Commissioner to review that decision.")


def second_report(incident_days: Iterable[date], today: date) -> bool:
    """Whether a victim's reports hold a second incident within six months of `today` (the same
    incident reported twice, to one agency or two, counts once)."""
    since = months_after(today, -6)
    return len({day for day in incident_days if since <= day <= today}) >= 2


def application_prompts(has_contact: bool, decision_met: bool | None, pcc_asked: bool) -> tuple[str, ...]:
    """What the officer is reminded of on an application."""
    prompts = [] if has_contact else [NAME_A_CONTACT]
    if decision_met is False and not pcc_asked:
        prompts.append(PCC_RIGHT)
    return tuple(prompts)
