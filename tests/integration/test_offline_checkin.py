"""Checking a take-out back in, on SQLite and on the PostgreSQL server the tests start: Borehamwood
taken out of the demo store, a week's work on both sides (tests.support.checkin_story), the dry
run's account of it, then the check-in: every record of the server compared with what it must
hold, the references renumbered, the laptop's trail in the server's with its own users and times,
and `jagdesk check` still finding both chains whole."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.offline.checkin import check_in, plan_checkin
from jagdesk.services.offline.types import ConflictKind, Renumbered, Resolution, Side
from jagdesk.services.people.people import list_people, open_person
from jagdesk.services.problem_solving.actions import add_update, delete_action
from jagdesk.store.models import AccessEntry, Action, AuditEntry, Takeout
from jagdesk.store.opening import Store
from tests.conftest import all_rows
from tests.support.checkin_story import (
    CASE,
    LAPTOP_USER,
    contents,
    expected_after,
    open_laptop,
    sequences,
    take_out_borehamwood,
    work_on_both_sides,
)

CASE_NAME = "Street drinking and anti-social behaviour at the Shenley Road parade"
CHECKER = "carol.office"  # who checks the laptop in on a SQLite store


@pytest.fixture(autouse=True)
def checker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_USER", CHECKER)


def _checker(server: Store) -> str:
    return server.login or CHECKER


def _trail(store: Store) -> list[tuple[str, str, str | None]]:
    with store.unit_of_work() as uow:
        return [(entry.user, entry.action, entry.checked_in_by) for entry in uow.session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_week_of_work_on_both_sides_is_checked_in_record_by_record(
        demo_on_backend: Store, tmp_path: Path) -> None:
    server = demo_on_backend
    file = take_out_borehamwood(server, tmp_path)
    with open_laptop(file) as laptop:
        story = work_on_both_sides(server, laptop, file)
        ids = story.ids
        plan = plan_checkin(server, laptop)
        assert plan_checkin(server, laptop) == plan  # the dry run changes nothing
        assert plan.origin.locality == "Borehamwood"
        assert set(plan.changed) == {f"case {CASE} {CASE_NAME}", f"action {CASE}/01"}
        assert plan.deleted[0] == f"action {CASE}/02"  # and its updates
        assert [label[:19] for label in plan.deleted[1:]] == ["action update of 20"] * 2
        assert sorted((c.label, c.kind) for c in plan.conflicts) == [
            (f"action {CASE}/03", ConflictKind.DELETED_ON_LAPTOP),
            (f"action {CASE}/04", ConflictKind.DELETED_ON_SERVER),
            ("hotspot Shenley Road shopping parade, Borehamwood", ConflictKind.CHANGED_ON_BOTH)]
        shenley = next(c for c in plan.conflicts if c.kind is ConflictKind.CHANGED_ON_BOTH)
        assert [(f.name, f.laptop, f.server, f.changed_on_both) for f in shenley.fields] == [
            ("description", "Laptop: worse after 9pm", "Server: better since the lights", True),
            ("notes", "Seen at the meeting", "(blank)", False)]
        assert sorted(plan.renumbered, key=lambda r: r.old) == [
            Renumbered(f"action {CASE}/09", f"{CASE}/09", f"{CASE}/10"),
            Renumbered("case PS-2021-003 Motorbikes on Aberford Park", "PS-2021-003", "PS-2021-004"),
            Renumbered("action PS-2021-003/01", "PS-2021-003/01", "PS-2021-004/01")]
        assert "case PS-2021-003 Motorbikes on Aberford Park" in plan.added
        laptop_trail = len(_trail(laptop))
        assert plan.trail_entries == laptop_trail  # the laptop wrote no access entries
        before, trail_before = contents(server), _trail(server)
        expected = expected_after(before, laptop, story)
        result = check_in(server, laptop, story.resolutions)
    assert result.resolved == 3
    assert contents(server) == expected
    numbers = sequences(server)
    assert (numbers["PS-2021"], numbers["PS-2021-004"], numbers[CASE]) == (4, 1, 10)
    # The laptop's entries follow the server's, in the laptop's user's name, marked as checked in;
    # the check-in's own changes follow them in the checker's name.
    trail = _trail(server)
    assert trail[:len(trail_before)] == trail_before
    added = trail[len(trail_before):]
    assert added[:laptop_trail] == [(LAPTOP_USER, action, _checker(server))
                                    for _user, action, _by in added[:laptop_trail]]
    assert {user for user, _action, by in added[laptop_trail:]} == {_checker(server)}
    assert all(by is None for _user, _action, by in added[laptop_trail:])
    with server.unit_of_work() as uow:
        takeout = uow.session.scalars(select(Takeout)).one()
        assert (takeout.checked_in_at, takeout.checked_in_by) == (result.checked_in_at,
                                                                  _checker(server))
        renumbered = uow.session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == ids["laptop case"], AuditEntry.checked_in_by.is_(None))).one()
        assert json.loads(renumbered.changes)["reference"] == [None, "PS-2021-004"]
    assert check_store(server).ok


def test_the_laptops_access_log_joins_the_servers_and_check_verifies_both(
        demo_on_backend: Store, tmp_path: Path) -> None:
    server = demo_on_backend
    file = take_out_borehamwood(server, tmp_path)
    with open_laptop(file) as laptop:
        with laptop.unit_of_work(LAPTOP_USER) as uow:
            person = list_people(uow)[0]
            open_person(uow, person.id)
        assert plan_checkin(server, laptop).trail_entries == 1
        check_in(server, laptop, {})
    with server.unit_of_work() as uow:
        entry = uow.session.scalars(select(AccessEntry).order_by(AccessEntry.seq.desc())).first()
        assert entry is not None
        assert (entry.user, entry.action, entry.record_id, entry.checked_in_by) == (
            LAPTOP_USER, "open", person.id, _checker(server))
    assert check_store(server).ok


def test_a_second_check_in_is_refused_and_changes_nothing(demo_on_backend: Store,
                                                          tmp_path: Path) -> None:
    server = demo_on_backend
    file = take_out_borehamwood(server, tmp_path)
    with open_laptop(file) as laptop:
        story = work_on_both_sides(server, laptop, file)
        check_in(server, laptop, story.resolutions)
        rows = all_rows(server)
        with pytest.raises(Exception, match=r"^.* was already checked in on .* UTC by .*; nothing "
                                            r"was changed\.$"):
            check_in(server, laptop, story.resolutions)
        with pytest.raises(Exception, match="was already checked in"):
            plan_checkin(server, laptop)
    assert all_rows(server) == rows


def test_deleting_on_the_laptop_what_the_server_has_added_to_since_is_a_conflict(
        demo_on_backend: Store, tmp_path: Path) -> None:
    server = demo_on_backend
    file = take_out_borehamwood(server, tmp_path)
    with server.unit_of_work() as uow:
        action = uow.session.scalars(select(Action).where(Action.reference == f"{CASE}/06")).one()
        action_id, updates = action.id, len(action.updates)
    with open_laptop(file) as laptop:
        with laptop.unit_of_work(LAPTOP_USER) as uow:
            delete_action(uow, action_id, None)
        with server.unit_of_work() as uow:
            added = add_update(uow, action_id, date(2021, 3, 5), "Youth workers booked").id
        plan = plan_checkin(server, laptop)
        assert [(c.label, c.kind) for c in plan.conflicts] == [
            (f"action {CASE}/06", ConflictKind.DELETED_ON_LAPTOP)]
        assert len(plan.deleted) == updates  # its updates as taken out go, as on the laptop
        check_in(server, laptop, {plan.conflicts[0].key: Resolution(Side.SERVER)})
    with server.unit_of_work() as uow:
        assert [update.id for update in uow.session.get_one(Action, action_id).updates] == [added]
    assert check_store(server).ok
