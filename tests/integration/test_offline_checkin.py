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

from jagdesk.domain.governance import ANONYMISED, RecordKind
from jagdesk.errors import StoreError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.governance.erase import anonymise_record
from jagdesk.services.governance.retention import retention_review
from jagdesk.services.offline.checkin import check_in, plan_checkin
from jagdesk.services.offline.types import ConflictKind, Renumbered, Resolution, Side
from jagdesk.services.people.people import list_people, open_person
from jagdesk.services.problem_solving.actions import add_update, delete_action
from jagdesk.store.location import StoreLocation
from jagdesk.store.models import AccessEntry, Action, AsbIntervention, AuditEntry, Takeout
from jagdesk.store.opening import Store
from tests.conftest import all_rows
from tests.support.checkin_story import (
    CASE,
    LAPTOP_USER,
    contents,
    expected_after,
    open_laptop,
    sequences,
    work_on_both_sides,
)
from tests.support.command_line import Capsys, run
from tests.support.stores import PASSPHRASE

CASE_NAME = "Street drinking and anti-social behaviour at the Shenley Road parade"
CHECKER = "carol.office"  # who checks the laptop in on a SQLite store


@pytest.fixture(autouse=True)
def checker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_USER", CHECKER)


def _checker(server: Store) -> str:
    return server.login or CHECKER


def _entries(store: Store) -> list[tuple[object, ...]]:
    """Every audit entry: when, who, what, of which record, what changed."""
    with store.unit_of_work() as uow:
        return [(entry.id, entry.at, entry.user, entry.action, entry.table_name, entry.record_id,
                 entry.record_title, entry.changes) for entry in uow.session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def _trail(store: Store) -> list[tuple[str, str, str | None]]:
    with store.unit_of_work() as uow:
        return [(entry.user, entry.action, entry.checked_in_by) for entry in uow.session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_week_of_work_on_both_sides_is_checked_in_record_by_record(
        borehamwood_on_backend: tuple[Store, Path]) -> None:
    server, file = borehamwood_on_backend
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
        # A deletion against a change shows what the change was, so the user sees what goes.
        deleted_on_laptop, deleted_on_server = (
            next(c for c in plan.conflicts if c.kind is kind)
            for kind in (ConflictKind.DELETED_ON_LAPTOP, ConflictKind.DELETED_ON_SERVER))
        assert [(f.name, f.server) for f in deleted_on_laptop.fields] == [
            ("description", "Gate fitted by the landlord")]
        assert [(f.name, f.laptop) for f in deleted_on_server.fields] == [
            ("description", "Benches moved to the green")]
        assert sorted(plan.renumbered, key=lambda r: r.old) == [
            Renumbered(f"action {CASE}/09", f"{CASE}/09", f"{CASE}/10"),
            Renumbered("case PS-2021-003 Motorbikes on Aberford Park", "PS-2021-003", "PS-2021-004"),
            Renumbered("action PS-2021-003/01", "PS-2021-003/01", "PS-2021-004/01")]
        assert "case PS-2021-003 Motorbikes on Aberford Park" in plan.added
        laptop_entries = _entries(laptop)
        laptop_trail = len(laptop_entries)
        assert plan.trail_entries == laptop_trail  # the laptop wrote no access entries
        before, trail_before = contents(server), _trail(server)
        expected = expected_after(before, laptop, story)
        steps: list[tuple[str, int]] = []
        result = check_in(server, laptop, story.resolutions,
                          progress=lambda what, percent: steps.append((what, percent)))
    assert result.resolved == 3
    assert [percent for _what, percent in steps] == sorted(percent for _what, percent in steps)
    assert steps[0] == ("Comparing the laptop's records with the server's", 0)
    assert {"Adding cases", "Changing hotspots", "Deleting actions"} <= {what for what, _p in steps}
    assert steps[-1] == ("Done", 100)
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
    # Each with its laptop time and content, in the laptop's order.
    assert _entries(server)[len(trail_before):len(trail_before) + laptop_trail] == laptop_entries
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
        borehamwood_on_backend: tuple[Store, Path]) -> None:
    server, file = borehamwood_on_backend
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


def test_a_second_check_in_is_refused_and_changes_nothing(
        borehamwood_on_backend: tuple[Store, Path]) -> None:
    server, file = borehamwood_on_backend
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
        borehamwood_on_backend: tuple[Store, Path]) -> None:
    server, file = borehamwood_on_backend
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


def test_the_command_line_checks_in_to_either_engine(demo_location: StoreLocation, tmp_path: Path,
                                                     capsys: Capsys,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_TARGET_PASSPHRASE", PASSPHRASE)
    store = str(demo_location.path) if demo_location.is_sqlite else \
        demo_location.url.render_as_string(hide_password=False)
    file = tmp_path / "borehamwood.jagdesk"
    assert run(capsys, "--db", store, "takeout", "--locality", "Borehamwood", "--to", str(file))[0] == 0
    with open_laptop(file) as laptop, laptop.unit_of_work(LAPTOP_USER) as uow:
        add_update(uow, uow.session.scalars(select(Action.id).where(
            Action.reference == f"{CASE}/07")).one(), date(2021, 3, 4), "Session booked")
    status, out, err = run(capsys, "--db", store, "checkin", str(file))
    assert (status, err) == (0, "")
    assert "Added (1):\n  action update of 2021-03-04\n" in out
    assert out.splitlines()[-1].endswith(" UTC: 1 added, 0 changed, 0 deleted, 0 renumbered.")
    status, _out, err = run(capsys, "--db", store, "checkin", str(file))
    assert status == 2 and "was already checked in on " in err


def test_an_anonymisation_on_the_laptop_is_checked_in_though_it_keeps_the_version(
        borehamwood_store: tuple[Store, Path]) -> None:
    demo_store, file = borehamwood_store
    later = date(2045, 1, 1)
    with open_laptop(file) as laptop:
        with laptop.unit_of_work(LAPTOP_USER) as uow:
            due = next(row for row in retention_review(uow, later, due_only=True)
                       if row.kind == RecordKind.INTERVENTION.value
                       and uow.session.get_one(AsbIntervention, row.record_id).signed_by)
            anonymise_record(uow, due.record_id, later)
        plan = plan_checkin(demo_store, laptop)
        assert len(plan.changed) == 1 and plan.changed[0].startswith(AsbIntervention.label)
        check_in(demo_store, laptop, {})
    with demo_store.unit_of_work() as uow:
        assert uow.session.get_one(AsbIntervention, due.record_id).signed_by == ANONYMISED
    assert check_store(demo_store).ok


def test_adding_on_the_laptop_to_what_the_server_has_deleted_since_is_a_conflict(
        borehamwood_on_backend: tuple[Store, Path]) -> None:
    server, file = borehamwood_on_backend
    with server.unit_of_work() as uow:
        action = uow.session.scalars(select(Action).where(Action.reference == f"{CASE}/06")).one()
        action_id, updates = action.id, [update.id for update in action.updates]
        delete_action(uow, action_id, None)
    with open_laptop(file) as laptop:
        with laptop.unit_of_work(LAPTOP_USER) as uow:
            added = add_update(uow, action_id, date(2021, 3, 5), "Youth workers booked").id
        plan = plan_checkin(server, laptop)
        assert [(c.label, c.kind) for c in plan.conflicts] == [
            (f"action {CASE}/06", ConflictKind.DELETED_ON_SERVER)]
        rows = all_rows(server)
        with pytest.raises(StoreError, match=rf"^The laptop's action update of 2021-03-05 refers to "
                                             rf"action {CASE}/06, which is no longer on the server; "):
            check_in(server, laptop, {plan.conflicts[0].key: Resolution(Side.SERVER)})
        assert all_rows(server) == rows
        check_in(server, laptop, {plan.conflicts[0].key: Resolution(Side.LAPTOP)})
    # The action is back as the laptop has it: with the updates the server deleted with it.
    with server.unit_of_work() as uow:
        assert {update.id for update in uow.session.get_one(Action, action_id).updates} == {
            *updates, added}
    assert check_store(server).ok
