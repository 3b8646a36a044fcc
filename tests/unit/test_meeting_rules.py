"""The rules of meetings, attendance, agenda items and meeting actions (pure, no store)."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest

from jagdesk.domain.meetings import rules

DAY = date(2026, 11, 12)


def test_a_good_meeting_has_no_errors() -> None:
    assert rules.meeting_errors("Hertsmere JAG", DAY, time(10), time(12), "OFFICIAL-SENSITIVE",
                                "planned") == {}
    assert rules.meeting_errors("JAG", DAY, None, None, "OFFICIAL", "held") == {}


def test_meeting_errors_name_each_field() -> None:
    errors = rules.meeting_errors("  ", None, time(12), time(10), "SECRET", "postponed",
                                  venue="x" * 5000)
    assert errors == {
        "name": "Enter the title of the meeting.",
        "held_on": "Enter the date of the meeting.",
        "ends_at": "The meeting must end after it starts (12:00).",
        "marking": "'SECRET' is not a protective marking: OFFICIAL or OFFICIAL-SENSITIVE.",
        "status": "'postponed' is not a status for a meeting.",
        "venue": "The venue is too long: at most 4000 characters.",
    }
    assert "ends_at" in rules.meeting_errors("JAG", DAY, time(10), time(10), "OFFICIAL", "held")


def test_a_problem_solving_meeting_needs_a_case() -> None:
    assert rules.meeting_case_problem(True, False) == (
        "A problem-solving meeting belongs to a case: choose the case.")
    assert rules.meeting_case_problem(True, True) is None
    assert rules.meeting_case_problem(False, False) is None


def test_attendance_guest_needs_a_name_and_a_contact_is_listed_once() -> None:
    pc = uuid.uuid4()
    assert rules.attendance_errors([(pc, "", "", "present"), (None, "Cllr Patel", "HBC", "present")]) == {}
    assert rules.attendance_errors([(pc, "", "", "present"), (None, " ", "HBC", "present")]) == {
        "attendees": "Attendee 2: Enter the guest's name (or choose a contact)."}
    assert rules.attendance_errors([(pc, "", "", "present"), (pc, "", "", "apologies")],
                                   {pc: "PC Aisha Rahman"}) == {
        "attendees": "PC Aisha Rahman is on the attendance list twice."}
    assert rules.attendance_errors([(pc, "", "", "late")]) == {
        "attendees": "Attendee 1: 'late' is not a kind of attendance."}
    assert rules.attendee_errors(pc, "Someone", "", "present") == {
        "guest_name": "An attendee is either a contact or a guest, not both."}


def test_item_checks() -> None:
    assert rules.item_errors("Matters arising", "matters arising", False, False, "", False) == {}
    assert rules.item_errors("", "hotspot", False, False, "", False) == {
        "name": "Enter the title of the item.",
        "hotspot_id": "A hotspot item needs its hotspot: choose one."}
    assert rules.item_errors("Case", "case", False, False, "", False) == {
        "case_id": "A case item needs its case: choose one."}
    assert rules.item_errors("Case", "case review", False, False, "", False) == {
        "case_id": "A case item needs its case: choose one."}
    assert rules.item_errors("X", "gossip", False, False, "", False) == {
        "kind": "'gossip' is not a kind of agenda item."}


def test_only_a_problem_solving_meeting_follows_the_triangle() -> None:
    assert rules.item_errors("Location", "case", False, True, "location", True) == {}
    assert rules.item_errors("Location", "case", False, True, "place", True) == {
        "side": "'place' is not a side of the triangle."}
    assert rules.item_errors("Location", "case", False, True, "location", False) == {
        "side": "Only a problem-solving meeting's items follow the triangle."}
    titles = [title for title, _kind, _side in rules.PROBLEM_SOLVING_AGENDA]
    assert titles == ["Victim / target", "Location", "Offender", "Actions review"]
    assert [side for _t, _k, side in rules.PROBLEM_SOLVING_AGENDA] == [
        "victim", "location", "offender", ""]


def test_minutes_may_be_long_not_endless() -> None:
    assert rules.minutes_errors("x" * 200_000, "") == {}
    assert set(rules.minutes_errors("x" * (rules.MINUTES_LENGTH + 1), "")) == {"minutes"}


def test_an_action_is_not_due_before_its_meeting() -> None:
    assert rules.meeting_action_due_problem(date(2026, 11, 11), DAY) == (
        "The action is due before the meeting it was agreed at (12 Nov 2026).")
    assert rules.meeting_action_due_problem(DAY, DAY) is None
    assert rules.meeting_action_due_problem(None, DAY) is None


def test_action_references() -> None:
    assert rules.action_series("JAG", DAY) == "JAG-2026-11"
    assert rules.meeting_action_reference("JAG", DAY, 3) == "JAG-2026-11/03"
    assert rules.meeting_action_reference("", date(2027, 1, 5), 120) == "MTG-2027-01/120"
    assert rules.is_meeting_action_reference("JAG-2026-11/03")
    assert rules.is_meeting_action_reference("CRG1-2026-01/10")
    for text in ("JAG-2026-13/03", "jag-2026-11/03", "JAG-2026-11/3", "PS-2026-014/03x"):
        assert not rules.is_meeting_action_reference(text)


@pytest.mark.parametrize("prefix, problem", [
    ("JAG", None), ("CRG1", None),
    ("", "Enter the prefix of the series' action references (for example JAG)."),
    ("jag", "'jag' cannot start action references: use up to 12 capital letters and digits, "
            "starting with a letter (for example JAG)."),
    ("1JAG", "'1JAG' cannot start action references: use up to 12 capital letters and digits, "
             "starting with a letter (for example JAG)."),
    ("ABCDEFGHIJKLM", "'ABCDEFGHIJKLM' cannot start action references: use up to 12 capital "
                      "letters and digits, starting with a letter (for example JAG)."),
])
def test_series_prefix(prefix: str, problem: str | None) -> None:
    assert rules.prefix_problem(prefix) == problem


def test_landing_position_stays_on_the_agenda() -> None:
    assert [rules.landing_position(wanted, 5) for wanted in (-3, 0, 1, 3, 5, 9)] == [1, 1, 1, 3, 5, 5]
