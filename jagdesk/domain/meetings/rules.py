"""The rules of meetings: what a meeting, its attendance, its agenda items and the actions agreed
at it must hold, the order of a problem-solving agenda, and the form of meeting action references."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from datetime import date, time

from jagdesk.domain.common import validation as v
from jagdesk.domain.meetings.vocabulary import ATTENDANCE_STATUSES, ItemKind, Marking, MeetingStatus
from jagdesk.domain.problem_solving.rules import choice_problem, day_text
from jagdesk.domain.problem_solving.vocabulary import SIDE_TITLES, Side

TITLE_LENGTH = 200
TYPE_NAME_LENGTH = 80
ITEM_TITLE_LENGTH = 300
GUEST_LENGTH = 200
TEXT_LENGTH = 4000  # venue, next meeting, notes
# Minutes are typed live and a long item runs to many pages: generous, but not unbounded.
MINUTES_LENGTH = 500_000
DECISIONS_LENGTH = 100_000
# The start of a series' action references: capitals and digits, starting with a letter ("JAG").
PREFIX = re.compile(r"^[A-Z][A-Z0-9]{0,11}$")
# The prefix of actions agreed at a meeting that is in no series.
NO_SERIES_PREFIX = "MTG"
# Item kinds that are about a linked record, and which link each needs.
NEEDS_HOTSPOT = frozenset({ItemKind.HOTSPOT})
NEEDS_CASE = frozenset({ItemKind.CASE, ItemKind.CASE_REVIEW})
# A problem-solving meeting's agenda walks the triangle, then reviews the case's actions:
# (title, kind, side).
PROBLEM_SOLVING_AGENDA: tuple[tuple[str, str, str], ...] = (
    (SIDE_TITLES[Side.VICTIM], ItemKind.CASE.value, Side.VICTIM.value),
    (SIDE_TITLES[Side.LOCATION], ItemKind.CASE.value, Side.LOCATION.value),
    (SIDE_TITLES[Side.OFFENDER], ItemKind.CASE.value, Side.OFFENDER.value),
    ("Actions review", ItemKind.CASE_REVIEW.value, ""),
)


# --- Types and series ------------------------------------------------------------------------------


def meeting_type_errors(name: str) -> dict[str, str]:
    """What is wrong with a meeting type, by field."""
    return v.collect(name=v.required_text(name, "name of the meeting type", TYPE_NAME_LENGTH))


def prefix_problem(prefix: str) -> str | None:
    """An action prefix is a short code of capitals and digits that starts with a letter."""
    if not prefix.strip():
        return "Enter the prefix of the series' action references (for example JAG)."
    if not PREFIX.match(prefix.strip()):
        return (f"'{prefix}' cannot start action references: use up to 12 capital letters and "
                "digits, starting with a letter (for example JAG).")
    return None


def series_errors(name: str, action_prefix: str) -> dict[str, str]:
    """What is wrong with a meeting series, by field."""
    return v.collect(name=v.required_text(name, "name of the series", TITLE_LENGTH),
                     action_prefix=prefix_problem(action_prefix))


# --- The meeting -----------------------------------------------------------------------------------


def meeting_errors(name: str, held_on: date | None, starts_at: time | None, ends_at: time | None,
                   marking: str, status: str, venue: str = "", next_meeting: str = "",
                   notes: str = "") -> dict[str, str]:
    """What is wrong with a meeting, by field."""
    ends = None
    if ends_at is not None and starts_at is not None and ends_at <= starts_at:
        ends = f"The meeting must end after it starts ({starts_at:%H:%M})."
    return v.collect(
        name=v.required_text(name, "title of the meeting", TITLE_LENGTH),
        held_on=None if held_on is not None else "Enter the date of the meeting.",
        ends_at=ends,
        marking=(None if marking in set(Marking)
                 else f"'{marking}' is not a protective marking: OFFICIAL or OFFICIAL-SENSITIVE."),
        status=choice_problem(status, MeetingStatus, "status for a meeting"),
        venue=v.max_length_text(venue, "venue", TEXT_LENGTH),
        next_meeting=v.max_length_text(next_meeting, "next meeting", TEXT_LENGTH),
        notes=v.max_length_text(notes, "notes", TEXT_LENGTH),
    )


def meeting_case_problem(is_problem_solving: bool, has_case: bool) -> str | None:
    """A problem-solving meeting belongs to a case."""
    if is_problem_solving and not has_case:
        return "A problem-solving meeting belongs to a case: choose the case."
    return None


# --- Attendance ------------------------------------------------------------------------------------


def attendee_errors(contact_id: Hashable | None, guest_name: str, guest_agency: str,
                    attendance: str) -> dict[str, str]:
    """What is wrong with one entry of the attendance list, by field."""
    guest = None
    if contact_id is None:
        guest = v.required_text(guest_name, "guest's name (or choose a contact)", GUEST_LENGTH)
    elif guest_name.strip():
        guest = "An attendee is either a contact or a guest, not both."
    return v.collect(
        guest_name=guest,
        guest_agency=v.max_length_text(guest_agency, "guest's agency", GUEST_LENGTH),
        attendance=choice_problem(attendance, ATTENDANCE_STATUSES, "kind of attendance"),
    )


def attendance_errors(entries: Sequence[tuple[Hashable | None, str, str, str]],
                      names: dict[Hashable, str] | None = None) -> dict[str, str]:
    """What is wrong with an attendance list of (contact_id, guest_name, guest_agency, attendance):
    each entry's own problems, and a contact listed twice."""
    seen: set[Hashable] = set()
    for number, (contact_id, guest_name, guest_agency, attendance) in enumerate(entries, 1):
        errors = attendee_errors(contact_id, guest_name, guest_agency, attendance)
        if errors:
            return {"attendees": f"Attendee {number}: " + " ".join(errors.values())}
        if contact_id is not None:
            if contact_id in seen:
                who = (names or {}).get(contact_id, "A contact")
                return {"attendees": f"{who} is on the attendance list twice."}
            seen.add(contact_id)
    return {}


# --- Agenda items ----------------------------------------------------------------------------------


def item_errors(name: str, kind: str, has_hotspot: bool, has_case: bool, side: str,
                problem_solving: bool) -> dict[str, str]:
    """What is wrong with an agenda item, by field."""
    hotspot = case = None
    if kind in NEEDS_HOTSPOT and not has_hotspot:
        hotspot = "A hotspot item needs its hotspot: choose one."
    if kind in NEEDS_CASE and not has_case:
        case = "A case item needs its case: choose one."
    side_problem = choice_problem(side, Side, "side of the triangle", optional=True)
    if side_problem is None and side and not problem_solving:
        side_problem = "Only a problem-solving meeting's items follow the triangle."
    return v.collect(
        name=v.required_text(name, "title of the item", ITEM_TITLE_LENGTH),
        kind=choice_problem(kind, ItemKind, "kind of agenda item"),
        hotspot_id=hotspot,
        case_id=case,
        side=side_problem,
    )


def minutes_errors(minutes: str, decisions: str) -> dict[str, str]:
    """Minutes and decisions may be long, not endless."""
    return v.collect(minutes=v.max_length_text(minutes, "minutes", MINUTES_LENGTH),
                     decisions=v.max_length_text(decisions, "decisions", DECISIONS_LENGTH))


def landing_position(wanted: int, count: int) -> int:
    """Where a moved item lands (1..count), whatever position was asked for."""
    return max(1, min(wanted, count))


# --- Meeting actions -------------------------------------------------------------------------------


def meeting_action_due_problem(due_on: date | None, held_on: date) -> str | None:
    """An action agreed at a meeting cannot be due before the meeting."""
    if due_on is not None and due_on < held_on:
        return f"The action is due before the meeting it was agreed at ({day_text(held_on)})."
    return None


def action_series(prefix: str, held_on: date) -> str:
    """The numbering series of a meeting's actions: the series prefix, year and month ("JAG-2026-11")."""
    return f"{prefix or NO_SERIES_PREFIX}-{held_on.year}-{held_on.month:02d}"


def meeting_action_reference(prefix: str, held_on: date, number: int) -> str:
    """A meeting action's reference: "JAG-2026-11/03"."""
    return f"{action_series(prefix, held_on)}/{number:02d}"


REFERENCE = re.compile(r"^[A-Z][A-Z0-9]{0,11}-\d{4}-(0[1-9]|1[0-2])/\d{2,}$")


def is_meeting_action_reference(text: str) -> bool:
    """Whether text is a meeting action reference ("JAG-2026-11/03")."""
    return bool(REFERENCE.match(text))
