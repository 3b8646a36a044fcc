"""The rules of problem-solving cases and their actions: what may be entered, in what order of
dates, how a case is closed and reopened, and when an action or a review is overdue."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from jagdesk.domain.common import validation as v
from jagdesk.domain.common.periods import MONTH_NAMES
from jagdesk.domain.problem_solving.vocabulary import (
    SCANNING_SOURCES,
    TECHNIQUES_BY_KEY,
    ActionStatus,
    AssessmentResult,
    CaseStatus,
    Side,
)

TITLE_LENGTH = 200
TEXT_LENGTH = 4000  # a statement part, a triangle side, a note: a few paragraphs at most
LONG_TEXT_LENGTH = 20000  # assessment notes gather the reopening reasons too
ROLE_LENGTH = 200
# The statuses a case moves between while it is worked; closed is reached only by closing it.
WORKING_STATUSES = (CaseStatus.OPEN, CaseStatus.IN_PROGRESS, CaseStatus.MONITORING)


# --- How dates and months read in sentences --------------------------------------------------------


def day_text(value: date) -> str:
    """A date as the sentences write it: "3 Mar 2026"."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def month_text(value: date) -> str:
    """The month of a date: "Mar 2026"."""
    return f"{MONTH_NAMES[value.month - 1]} {value.year}"


def months_text(first: date, last: date) -> str:
    """A run of months: "Jan–Mar 2026", "Nov 2025–Feb 2026" or "Jan 2026"."""
    if (first.year, first.month) == (last.year, last.month):
        return month_text(first)
    if first.year == last.year:
        return f"{MONTH_NAMES[first.month - 1]}–{month_text(last)}"
    return f"{month_text(first)}–{month_text(last)}"


def month_end(value: date) -> date:
    """The last day of the date's month."""
    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


def months_between(first: date, last: date) -> int:
    """How many whole months a period from `first`'s month to `last`'s month covers."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --- The case --------------------------------------------------------------------------------------


def choice_problem(value: str, allowed: Iterable[str], what: str, optional: bool = False) -> str | None:
    """A value that must be one of a fixed list (optional ones may be "")."""
    if optional and value == "":
        return None
    if value not in set(allowed):
        return f"'{value}' is not a {what}."
    return None


def statement_errors(name: str, behaviour: str, place: str, time_pattern: str) -> dict[str, str]:
    """The title and the problem statement (behaviour, place, time), by field."""
    return v.collect(
        name=v.required_text(name, "case title", TITLE_LENGTH),
        behaviour=v.max_length_text(behaviour, "behaviour", TEXT_LENGTH),
        place=v.max_length_text(place, "place", TEXT_LENGTH),
        time_pattern=v.max_length_text(time_pattern, "time pattern", TEXT_LENGTH),
    )


def texts_errors(**texts: str) -> dict[str, str]:
    """Free-text fields no longer than a few paragraphs, by field."""
    return v.collect(**{name: v.max_length_text(value, name.replace("_", " "), TEXT_LENGTH)
                        for name, value in texts.items()})


def _not_before_opened(value: date | None, what: str, opened_on: date | None) -> str | None:
    if value is None or opened_on is None or value >= opened_on:
        return None
    return f"The {what} ({day_text(value)}) is before the case was opened ({day_text(opened_on)})."


def case_date_errors(opened_on: date | None, review_on: date | None, objective_due_on: date | None,
                     response_started_on: date | None,
                     response_ended_on: date | None) -> dict[str, str]:
    """The case's own dates in order: nothing before it was opened, the response ending after it
    starts; one sentence per field."""
    ended = None
    if response_ended_on is not None:
        if response_started_on is None:
            ended = "Enter when the response started as well as when it ended."
        elif response_ended_on < response_started_on:
            ended = (f"The response ends ({day_text(response_ended_on)}) before it starts "
                     f"({day_text(response_started_on)}).")
    return v.collect(
        opened_on=None if opened_on is not None else "Enter the date the case was opened.",
        review_on=_not_before_opened(review_on, "review date", opened_on),
        objective_due_on=_not_before_opened(objective_due_on, "objective's target date", opened_on),
        response_started_on=_not_before_opened(response_started_on, "response's start", opened_on),
        response_ended_on=ended,
    )


def case_choice_errors(status: str, scanning_sources: Iterable[str],
                       assessment_result: str) -> dict[str, str]:
    """The case's fixed-list fields, by field."""
    unknown = [key for key in scanning_sources if key not in SCANNING_SOURCES]
    return v.collect(
        status=choice_problem(status, CaseStatus, "case status"),
        scanning_sources=f"'{unknown[0]}' is not a scanning source." if unknown else None,
        assessment_result=choice_problem(assessment_result, AssessmentResult, "result",
                                         optional=True),
    )


def status_edit_problem(current: str | None, new: str) -> str | None:
    """Why an edit may not move the case to `new` (closing and reopening have their own steps)."""
    if new == CaseStatus.CLOSED and current != CaseStatus.CLOSED:
        return "Close the case with Close case, which asks why and what becomes of open actions."
    if current == CaseStatus.CLOSED and new != CaseStatus.CLOSED:
        return "Reopen the closed case with Reopen case, which asks why."
    return None


# --- Assessment periods ----------------------------------------------------------------------------


def _period_fields(first: date | None, last: date | None, name: str) -> dict[str, str]:
    fields = (f"{name}_from", f"{name}_to")
    if first is None and last is None:
        return {}
    if first is None or last is None:
        missing = fields[0] if first is None else fields[1]
        return {missing: f"Enter both the first and the last month of the {name} period."}
    errors = {}
    for field, value in zip(fields, (first, last), strict=True):
        if value.day != 1:
            errors[field] = (f"The {name} period is counted in whole months: give the first day "
                             f"of the month ({day_text(value.replace(day=1))}).")
    if not errors and last < first:
        errors[fields[1]] = (f"The {name} period ends ({month_text(last)}) before it starts "
                             f"({month_text(first)}).")
    return errors


def period_errors(before_from: date | None, before_to: date | None, after_from: date | None,
                  after_to: date | None, response_started_on: date | None,
                  response_ended_on: date | None) -> dict[str, str]:
    """The before and after periods: whole months, the before period ending before the response
    starts, the after period starting after it ends (or after it started, while it still runs),
    both of equal length so that the counts compare."""
    errors = _period_fields(before_from, before_to, "before")
    errors.update(_period_fields(after_from, after_to, "after"))
    if errors or (before_from is None and after_from is None):
        return errors
    if response_started_on is None:
        field = "before_from" if before_from is not None else "after_from"
        return {field: "Enter when the response started before setting the periods to compare."}
    started = response_started_on
    if response_ended_on is None:
        running = f"from {month_text(started)}, still running"
    else:
        running = months_text(started, response_ended_on)
    if before_to is not None and month_end(before_to) >= started:
        errors["before_to"] = f"The before period overlaps the response ({running})."
    if after_from is not None and after_from <= (response_ended_on or started):
        errors["after_from"] = f"The after period overlaps the response ({running})."
    if errors or before_from is None or before_to is None or after_from is None or after_to is None:
        return errors
    before = months_between(before_from, before_to)
    after = months_between(after_from, after_to)
    if before != after:
        errors["after_to"] = (f"The before period is {_plural(before, 'month')} and the after "
                              f"period {_plural(after, 'month')}: make them the same length so "
                              "that the counts compare.")
    return errors


# --- Closing and reopening -------------------------------------------------------------------------


def close_errors(current: str, opened_on: date, closed_on: date | None,
                 reason: str) -> dict[str, str]:
    """What is wrong with closing a case, by field."""
    if current == CaseStatus.CLOSED:
        return {"status": "The case is already closed."}
    when = None
    if closed_on is None:
        when = "Enter the date the case was closed."
    elif closed_on < opened_on:
        when = (f"The case cannot be closed ({day_text(closed_on)}) before it was opened "
                f"({day_text(opened_on)}).")
    why = v.max_length_text(reason, "reason", TEXT_LENGTH)
    if why is None and not reason.strip():
        why = "Say why the case is closed."
    return v.collect(closed_on=when, reason=why)


def reopen_errors(current: str, new: str, reason: str) -> dict[str, str]:
    """What is wrong with reopening a case, by field."""
    if current != CaseStatus.CLOSED:
        return {"status": "The case is not closed."}
    why = v.max_length_text(reason, "reason", TEXT_LENGTH)
    if why is None and not reason.strip():
        why = "Say why the closed case is reopened."
    allowed = ", ".join(status.value for status in WORKING_STATUSES)
    status = None if new in WORKING_STATUSES else f"A reopened case is {allowed}."
    return v.collect(status=status, reason=why)


def reopen_note(reopened_on: date, reason: str, closed_on: date | None, closed_reason: str) -> str:
    """The line the assessment notes keep for a reopening, with the closure it undid."""
    closed = f" (closed {day_text(closed_on)}: {closed_reason})" if closed_on else ""
    return f"Reopened {day_text(reopened_on)}{closed}: {reason.strip()}"


def open_actions_problem(count: int, choice: str | None) -> str | None:
    """Closing with open actions needs the caller to say what becomes of them."""
    if choice is not None and choice not in ("leave", "cancel", "done"):
        return f"'{choice}' is not a choice for the open actions: leave, cancel or done."
    if count and choice is None:
        return (f"The case has {_plural(count, 'open action')}: say whether to leave "
                f"{'it' if count == 1 else 'them'} open, cancel {'it' if count == 1 else 'them'}"
                f" or mark {'it' if count == 1 else 'them'} done.")
    return None


def cancelled_on_close_note(reason: str) -> str:
    """The update an open action gets when the closing case cancels it."""
    return f"Cancelled when the case was closed: {reason.strip()}"


def done_on_close_note(reason: str) -> str:
    """The update an open action gets when the closing case marks it done."""
    return f"Marked done when the case was closed: {reason.strip()}"


# --- Actions and links -----------------------------------------------------------------------------


def action_errors(description: str, side: str, technique: str, status: str, due_on: date | None,
                  completed_on: date | None, case_opened_on: date | None) -> dict[str, str]:
    """What is wrong with an action, by field."""
    due = None
    if due_on is not None and case_opened_on is not None and due_on < case_opened_on:
        due = f"The action is due before the case was opened ({day_text(case_opened_on)})."
    completed = None
    if completed_on is not None:
        if status != ActionStatus.DONE:
            completed = "Only a done action has a completion date."
        elif case_opened_on is not None and completed_on < case_opened_on:
            completed = (f"The action cannot be completed ({day_text(completed_on)}) before the "
                         f"case was opened ({day_text(case_opened_on)}).")
    return v.collect(
        description=v.required_text(description, "description of the action", TEXT_LENGTH),
        side=choice_problem(side, Side, "side of the triangle", optional=True),
        technique=(None if technique == "" or technique in TECHNIQUES_BY_KEY
                   else f"'{technique}' is not a situational crime prevention technique."),
        status=choice_problem(status, ActionStatus, "status for an action"),
        due_on=due,
        completed_on=completed,
    )


def update_errors(written_on: date | None, text: str, case_opened_on: date | None) -> dict[str, str]:
    """What is wrong with an update to an action, by field."""
    return v.collect(
        written_on=("Enter the date of the update." if written_on is None
                    else _not_before_opened(written_on, "update", case_opened_on)),
        text=v.required_text(text, "update", TEXT_LENGTH),
    )


def link_errors(side: str, role: str) -> dict[str, str]:
    """What is wrong with linking a person to a case, by field."""
    return v.collect(side=choice_problem(side, Side, "side of the triangle"),
                     role=v.max_length_text(role, "role", ROLE_LENGTH))


# --- Overdue ---------------------------------------------------------------------------------------


def action_overdue(status: str, due_on: date | None, today: date) -> bool:
    """An open action whose due date has passed."""
    return status == ActionStatus.OPEN and due_on is not None and due_on < today


def review_overdue(status: str, review_on: date | None, today: date) -> bool:
    """A case still being worked whose review date has passed."""
    return status != CaseStatus.CLOSED and review_on is not None and review_on < today


def flags_text(is_vulnerable: bool, is_youth: bool, is_repeat: bool) -> str:
    """A person's flags as a list reads: "vulnerable, youth"."""
    return ", ".join(name for name, on in (("vulnerable", is_vulnerable), ("youth", is_youth),
                                           ("repeat", is_repeat)) if on)
