"""The action log in a real store: every action with its filters and overdue flag, and matters
arising that carry forward from meeting to meeting until the action is done or cancelled."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.services.meetings import ItemInput, add_item, add_meeting_action, save_meeting_action
from jagdesk.services.meetings.action_log import action_log, matters_arising
from jagdesk.services.problem_solving.actions import ActionInput, add_update, save_action
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed

OCT, NOV, DEC = date(2026, 10, 8), date(2026, 11, 12), date(2026, 12, 10)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def _agree(store: Store, meeting_id: object, text: str, owner: object, due: date) -> tuple[object, int]:
    with store.unit_of_work() as uow:
        item = add_item(uow, meeting_id, ItemInput(text))  # type: ignore[arg-type]
        action = add_meeting_action(uow, item.id, ActionInput(text, owner_contact_id=owner,  # type: ignore[arg-type]
                                                              due_on=due))
    return action.id, action.version


def test_filters_and_overdue(store: Store, seeded: Seeded) -> None:
    october = new_meeting(store, seeded, OCT)
    november = new_meeting(store, seeded, NOV)
    _agree(store, october, "Patrols", seeded.pc, date(2026, 10, 30))
    _agree(store, october, "Letters", seeded.officer, date(2026, 12, 31))
    _agree(store, november, "Analysis", seeded.analyst, date(2026, 11, 20))
    with store.unit_of_work() as uow:
        save_action(uow, seeded.case, ActionInput("Case action", owner_contact_id=seeded.officer,
                                                  due_on=date(2026, 10, 1)))
    today = date(2026, 11, 25)
    with store.unit_of_work() as uow:
        everything = action_log(uow, today=today)
        assert [row.description for row in everything] == [
            "Case action", "Patrols", "Analysis", "Letters"]  # soonest due first
        patrols = everything[1]
        assert (patrols.reference, patrols.owner, patrols.agency, patrols.meeting, patrols.held_on,
                patrols.overdue, patrols.raised_at) == (
            "JAG-2026-10/01", "PC Aisha Rahman", "Hertfordshire Constabulary",
            "Hertsmere JAG, October 2026", OCT, True, "Hertsmere JAG, October 2026, item 1")
        assert everything[0].case_reference.startswith("PS-2026-") and everything[0].meeting == ""
        by = lambda **kw: [row.description for row in action_log(uow, today=today, **kw)]  # noqa: E731
        assert by(owner_contact_id=seeded.officer) == ["Case action", "Letters"]
        assert by(agency_id=seeded.police) == ["Patrols", "Analysis"]
        assert by(meeting_id=october) == ["Patrols", "Letters"]
        assert by(series_id=seeded.series) == ["Patrols", "Analysis", "Letters"]
        assert by(overdue_only=True) == ["Case action", "Patrols", "Analysis"]
        assert by(status="done") == []
        assert action_log(uow, overdue_only=True, today=date(2026, 10, 15))[0].overdue


def test_open_actions_carry_forward_until_done(store: Store, seeded: Seeded) -> None:
    october = new_meeting(store, seeded, OCT)
    november = new_meeting(store, seeded, NOV)
    december = new_meeting(store, seeded, DEC)
    other = new_meeting(store, seeded, NOV, name="Loose meeting", series=None)
    patrols, version = _agree(store, october, "Patrols", seeded.pc, date(2026, 10, 30))
    letters, _ = _agree(store, october, "Letters", seeded.officer, date(2026, 12, 31))
    _agree(store, november, "Analysis", seeded.analyst, date(2026, 11, 20))
    _agree(store, other, "Not in the series", seeded.pc, date(2026, 11, 20))
    today = date(2026, 11, 25)
    with store.unit_of_work() as uow:
        assert matters_arising(uow, october, today) == []  # the first meeting has none
        assert [r.description for r in matters_arising(uow, november, today)] == ["Patrols", "Letters"]
        # Shown again at every later meeting, not copied: still the October actions.
        december_rows = matters_arising(uow, december, today)
        assert [r.reference for r in december_rows] == [
            "JAG-2026-10/01", "JAG-2026-10/02", "JAG-2026-11/01"]
        assert matters_arising(uow, other, today) == []  # no series, nothing carries forward
        add_update(uow, patrols, date(2026, 11, 14), "Done on the 13th.")  # type: ignore[arg-type]
        save_meeting_action(uow, patrols, ActionInput("Patrols", owner_contact_id=seeded.pc,  # type: ignore[arg-type]
                                                      due_on=date(2026, 10, 30), status="done"),
                            version, today=date(2026, 11, 14))
        save_meeting_action(uow, letters, ActionInput("Letters", status="cancelled"),  # type: ignore[arg-type]
                            None)
        assert [r.reference for r in matters_arising(uow, december, today)] == ["JAG-2026-11/01"]
        assert matters_arising(uow, november, today) == []
        assert [r.latest_update for r in action_log(uow, status="done")] == [
            "14 Nov 2026: Done on the 13th."]
