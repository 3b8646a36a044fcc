"""The actions of a problem-solving case in a real store (SQLite and PostgreSQL): references within
the case, owners and their agencies, due and done dates, updates, and deleting a case with them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from jagdesk.errors import ValidationError
from jagdesk.services.problem_solving.actions import (
    ActionInput,
    add_update,
    delete_action,
    get_action,
    list_updates,
    save_action,
)
from jagdesk.services.problem_solving.cases import get_case, list_cases
from jagdesk.services.problem_solving.lifecycle import delete_case
from jagdesk.services.problem_solving.links import link_person
from jagdesk.store.models import Action, AuditEntry, ProblemCase
from jagdesk.store.opening import Store
from tests.support.case_store import TODAY, Partnership, add_action, add_partners, new_case, person


@pytest.fixture
def partners(store: Store) -> Partnership:
    return add_partners(store)


def test_action_references_run_within_the_case_and_are_never_reused(
        store: Store, partners: Partnership) -> None:
    case_id = new_case(store)
    first = add_action(store, case_id, "Patrols")
    second = add_action(store, case_id, "Lighting")
    with store.unit_of_work("t") as uow:
        delete_action(uow, second, get_action(uow, second).version)
    third = add_action(store, case_id, "Signs")
    with store.unit_of_work("t") as uow:
        assert get_action(uow, first).reference == "PS-2026-001/01"
        assert get_action(uow, third).reference == "PS-2026-001/03"


def test_an_action_belongs_to_its_owner_agency_and_can_be_overdue(
        store: Store, partners: Partnership) -> None:
    case_id = new_case(store)
    action_id = add_action(store, case_id, "Extra patrols on Friday evenings", side="location",
                           technique="strengthen-formal-surveillance", owner_contact_id=partners.pc,
                           due_on=date(2026, 6, 1))
    with store.unit_of_work("t") as uow:
        add_update(uow, action_id, date(2026, 5, 1), "Two patrols done")
        add_update(uow, action_id, date(2026, 5, 20), "Four patrols done")
    with store.unit_of_work("t") as uow:
        action = get_action(uow, action_id, today=TODAY)
        assert [u.text for u in list_updates(uow, action_id)] == ["Four patrols done",
                                                                  "Two patrols done"]
        row, = list_cases(uow, today=TODAY)
    assert (action.reference, action.owner_name, action.agency_name) == (
        "PS-2026-001/01", "PC Aisha Rahman", "Hertfordshire Constabulary")
    assert action.technique_title == "Strengthen formal surveillance"
    assert action.overdue and action.latest_update == "20 May 2026: Four patrols done"
    assert row.open_actions == 1
    with store.unit_of_work("t") as uow:
        assert not get_action(uow, action_id, today=date(2026, 6, 1)).overdue


def test_an_action_due_before_the_case_was_opened_is_refused(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        save_action(uow, case_id, ActionInput("Patrols", due_on=date(2026, 3, 1)))
    assert refused.value.errors == {
        "due_on": "The action is due before the case was opened (3 Mar 2026)."}
    with store.unit_of_work("t") as uow:
        assert uow.session.scalars(select(Action)).all() == []


def test_a_done_action_without_a_date_is_completed_today(store: Store) -> None:
    case_id = new_case(store)
    action_id = add_action(store, case_id, "Signs up", status="done")
    with store.unit_of_work("t") as uow:
        assert get_action(uow, action_id).completed_on == TODAY


def test_deleting_a_case_takes_its_actions_and_links_with_it(store: Store,
                                                            partners: Partnership) -> None:
    case_id = new_case(store, hotspot_ids=(partners.parade,))
    action_id = add_action(store, case_id, "Patrols")
    with store.unit_of_work("t") as uow:
        add_update(uow, action_id, TODAY, "Started")
        link_person(uow, case_id, person(store, "Nowak"), "victim")
    with store.unit_of_work("t") as uow:
        delete_case(uow, case_id, get_case(uow, case_id).version)
    with store.unit_of_work("t") as uow:
        assert uow.session.scalars(select(ProblemCase)).all() == []
        assert uow.session.scalars(select(Action)).all() == []
        deleted = {e.table_name for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "delete"))}
    assert {"problem_case", "action", "action_update", "case_person", "case_hotspot"} <= deleted
