"""The demo's meetings: the Hertsmere JAG's three held meetings with attendance, minutes and
actions that carry forward, the March 2021 meeting with its built agenda, a problem-solving
meeting, the Borehamwood Crime Reduction Group (the locality meeting an officer takes out), and
every rule a user's meeting meets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.domain.meetings import rules
from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.services.demo.meetings import demo_meetings_data
from jagdesk.services.meetings import find_meeting, get_meeting, list_meetings, list_series
from jagdesk.services.meetings.action_log import action_log, matters_arising
from jagdesk.services.meetings.agenda_builder import propose_items
from jagdesk.services.meetings.minutes_document import build_minutes_document
from jagdesk.store.models import Action, Contact, Hotspot, Locality, ProblemCase
from jagdesk.store.opening import Store
from tests.support.stores import open_copy

MARCH_JAG = date(2021, 3, 4)
MARCH_BCRG = date(2021, 3, 18)
BCRG = "Borehamwood Crime Reduction Group"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(tmp_path_factory.mktemp("demo")) / "demo.db"


@pytest.fixture(scope="module")
def demo(demo_path: Path, demo_template: Path) -> Iterator[Store]:
    """A copy of the demo store for the module, open."""
    with open_copy(demo_template, demo_path) as store:
        yield store


def test_the_series_has_three_held_meetings_and_the_next_planned(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        series = {row.name: row.id for row in list_series(uow)}
        jag = list_meetings(uow, series["Hertsmere JAG"])
        rows = list_meetings(uow)
    assert [(row.held_on, row.name, row.status, row.series) for row in jag] == [
        (MARCH_JAG, "Hertsmere JAG, March 2021", "planned", "Hertsmere JAG"),
        (date(2021, 2, 4), "Hertsmere JAG, February 2021", "held", "Hertsmere JAG"),
        (date(2021, 1, 14), "Hertsmere JAG, January 2021", "held", "Hertsmere JAG"),
        (date(2020, 12, 3), "Hertsmere JAG, December 2020", "held", "Hertsmere JAG")]
    # Besides the JAG: the problem-solving meeting (in no series) and the locality group's two.
    assert [(row.held_on, row.name, row.status, row.series) for row in rows if row not in jag] == [
        (MARCH_BCRG, f"{BCRG}, March 2021", "planned", BCRG),
        (date(2021, 2, 18), "Shenley Road parade problem-solving meeting", "held", ""),
        (date(2021, 1, 21), f"{BCRG}, January 2021", "held", BCRG)]
    assert all(row.marking == "OFFICIAL-SENSITIVE" for row in rows)


def test_held_meetings_have_attendance_minutes_and_actions(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        for day in ("2020-12-03", "2021-01-14", "2021-02-04"):
            meeting = find_meeting(uow, f"Hertsmere JAG {day}")
            kinds = {row.attendance for row in meeting.attendees}
            assert kinds >= {"present", "apologies"}
            assert 5 <= len(meeting.items) <= 7
            assert {item.kind for item in meeting.items} >= {
                ItemKind.MATTERS_ARISING, ItemKind.HOTSPOT}
            assert all(item.minutes for item in meeting.items)
            actions = [a for item in meeting.items for a in item.actions]
            assert 2 <= len(actions) <= 4
            assert {a.status for a in actions} <= {"open", "done"}
            assert all(a.reference.startswith(f"JAG-{day[:7]}/") and a.owner_name and a.agency_name
                       for a in actions)
        february = find_meeting(uow, "Hertsmere JAG 2021-02-04")
        assert any(row.guest and row.name == "Cllr Meena Patel" for row in february.attendees)
        assert any(item.kind == ItemKind.CASE and item.case_reference == "PS-2021-001"
                   for item in february.items)
        statuses = {a.status for m in list_meetings(uow) for item in get_meeting(uow, m.id).items
                    for a in item.actions}
    assert statuses == {"open", "done"}


def test_open_actions_carry_forward_to_the_march_meeting(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        march = find_meeting(uow, "2021-03-04")
        arising = matters_arising(uow, march.id, MARCH_JAG)
        overdue = action_log(uow, overdue_only=True, today=MARCH_JAG)
    assert [(row.reference, row.owner, row.overdue) for row in arising] == [
        ("JAG-2020-12/02", "Fiona Carr", True), ("JAG-2021-01/04", "Priya Raman", False),
        ("JAG-2021-02/02", "Fiona Carr", True)]
    assert {row.reference for row in overdue} >= {"JAG-2020-12/02", "JAG-2021-02/02"}


def test_the_march_agenda_was_built_by_the_agenda_builder(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        march = find_meeting(uow, "2021-03-04")
    assert [(item.number, item.kind, item.name) for item in march.items] == [
        (1, "general", "Welcome, apologies and the minutes of the last meeting"),
        (2, "matters arising", "Matters arising"),
        (3, "hotspot", "Hotspot: Darkes Lane car park, Potters Bar"),
        (4, "hotspot", "Hotspot: Shenley Road shopping parade, Borehamwood"),
        (5, "case review", "Case review: PS-2020-003 Street drinking and anti-social behaviour at "
                           "the Shenley Road parade"),
        (6, "new hotspots", "New hotspot: Baldock Way garages, Cowley Hill"),
        (7, "any other business", "Any other business")]


def test_the_problem_solving_meeting_follows_the_triangle(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        meeting = find_meeting(uow, "2021-02-18")
        case_actions = list(uow.session.scalars(select(Action.reference).where(
            Action.case_id == meeting.case_id, Action.agenda_item_id.is_not(None))))
    assert (meeting.meeting_type, meeting.case_reference, meeting.is_problem_solving) == (
        "Problem-solving meeting", "PS-2020-003", True)
    assert [(item.name, item.side) for item in meeting.items] == [
        ("Victim / target", "victim"), ("Location", "location"), ("Offender", "offender"),
        ("Actions review", "")]
    assert sorted(case_actions) == ["MTG-2021-02/01", "MTG-2021-02/02"]


def test_every_rule_holds_and_the_minutes_build(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        contacts = set(uow.session.scalars(select(Contact.name)))
        for row in list_meetings(uow):
            meeting = get_meeting(uow, row.id)
            assert rules.meeting_errors(meeting.name, meeting.held_on, meeting.starts_at,
                                        meeting.ends_at, meeting.marking, meeting.status,
                                        meeting.venue, meeting.next_meeting) == {}
            for item in meeting.items:
                for action in item.actions:
                    assert rules.meeting_action_due_problem(action.due_on, meeting.held_on) is None
                    assert rules.is_meeting_action_reference(action.reference)
                    assert action.owner_name in contacts
            doc = build_minutes_document(uow, row.id, MARCH_JAG)
            assert [item.number for item in doc.items] == list(range(1, len(doc.items) + 1))
    data = demo_meetings_data()
    assert len(data["meetings"]) == 7


def test_list_meetings_and_actions_on_the_command_line(demo: Store, demo_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from jagdesk.cli import main

    path = str(demo_path)
    assert main(["--db", path, "list", "meetings"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Held", "Starts", "Name", "Meeting", "type", "Series", "Venue",
                                "Status", "Marking", "Open", "actions"]
    # Newest first: the locality group's March meeting falls a fortnight after the JAG's.
    assert lines[1].split("  ")[:3] == ["18/03/2021", "18:30", f" {BCRG}, March 2021"]
    assert lines[2].split("  ")[:3] == ["04/03/2021", "10:00", " Hertsmere JAG, March 2021"]
    assert len(lines) == 8
    assert main(["--db", path, "list", "actions", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_reference = {row["reference"]: row for row in rows}
    assert len(rows) == 47
    assert by_reference["JAG-2020-12/02"]["owner"] == "Fiona Carr"
    assert by_reference["JAG-2020-12/02"]["agency"] == "William Sutton Housing"
    assert by_reference["JAG-2020-12/02"]["meeting"] == "Hertsmere JAG, December 2020"
    assert by_reference["BCRG-2021-01/01"]["meeting"] == f"{BCRG}, January 2021"


def test_the_locality_group_met_in_january_and_meets_again_in_march(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        series = next(row for row in list_series(uow) if row.name == BCRG)
        rows = list_meetings(uow, series.id)
        january, march = (find_meeting(uow, f"{BCRG} {day}") for day in ("2021-01-21", "2021-03-18"))
        borehamwood = uow.session.scalars(select(Locality.id).where(Locality.name == "Borehamwood")).one()
        places = set(uow.session.scalars(select(Hotspot.locality_id).where(Hotspot.id.in_(
            [item.hotspot_id for m in (january, march) for item in m.items if item.hotspot_id]))))
        cases = set(uow.session.scalars(select(ProblemCase.locality_id).where(ProblemCase.reference.in_(
            [item.case_reference for m in (january, march) for item in m.items if item.case_reference]))))
        arising = matters_arising(uow, march.id, MARCH_BCRG)
        proposed = propose_items(uow, march.id, MARCH_JAG)
    assert (series.meeting_type, series.locality, series.action_prefix) == (
        "Locality / Crime Reduction Group", "Borehamwood", "BCRG")
    assert [(row.held_on, row.status, row.venue) for row in rows] == [
        (MARCH_BCRG, "planned", "Community room, Borehamwood Library"),
        (date(2021, 1, 21), "held", "Community room, Borehamwood Library")]
    # Held: attendance, minutes of every item, and actions referenced by the group's prefix.
    assert {row.attendance for row in january.attendees} == {"present", "apologies"}
    assert any(row.guest and row.name == "Cllr Helen Price" for row in january.attendees)
    assert all(item.minutes for item in january.items)
    actions = [a for item in january.items for a in item.actions]
    assert [(a.reference, a.owner_name, a.status) for a in actions] == [
        ("BCRG-2021-01/01", "Fiona Carr", "open"), ("BCRG-2021-01/02", "PC Aisha Rahman", "open"),
        ("BCRG-2021-01/03", "Jasbir Kaur", "done")]
    # Planned: an agenda to fill in, nobody marked yet, nothing minuted.
    assert not march.attendees and not any(item.minutes for item in march.items)
    assert [item.kind for item in march.items] == [
        ItemKind.GENERAL, ItemKind.MATTERS_ARISING, ItemKind.HOTSPOT, ItemKind.CASE, ItemKind.GENERAL]
    # All in Borehamwood: its hotspot and case, and what it carries forward and is offered are its own.
    assert places == cases == {borehamwood}
    assert [(row.reference, row.overdue) for row in arising] == [
        ("BCRG-2021-01/01", True), ("BCRG-2021-01/02", True)]
    assert [(p.kind, p.name) for p in proposed] == [
        (ItemKind.HOTSPOT, "Hotspot: Shenley Road shopping parade, Borehamwood"),
        (ItemKind.ANY_OTHER_BUSINESS, "Any other business")]
