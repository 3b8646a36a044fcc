"""Problem-solving cases in a real store (SQLite and PostgreSQL): references, saving, closing,
reopening, people on the triangle, and two users at once (actions: test_case_actions)."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from jagdesk.errors import ConflictError, JagdeskError, NotFoundError, ValidationError
from jagdesk.services.people.people import merge_people
from jagdesk.services.problem_solving.actions import get_action, list_updates
from jagdesk.services.problem_solving.cases import CaseInput, find_case, get_case, list_cases, save_case
from jagdesk.services.problem_solving.lifecycle import close_case, delete_case, reopen_case
from jagdesk.services.problem_solving.links import link_person, unlink_person
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store
from tests.support.case_store import OPENED, TODAY, Partnership, add_action, add_partners, new_case, person

# --- References --------------------------------------------------------------------------------------



@pytest.fixture
def partners(store: Store) -> Partnership:
    return add_partners(store)


def test_references_run_per_year_and_are_never_reused(store: Store) -> None:
    first = new_case(store, "One")
    second = new_case(store, "Two")
    next_year = new_case(store, "Three", opened_on=date(2027, 1, 4))
    with store.unit_of_work("t") as uow:
        assert [get_case(uow, i).reference for i in (first, second, next_year)] == [
            "PS-2026-001", "PS-2026-002", "PS-2027-001"]
        version = get_case(uow, second).version
    with store.unit_of_work("t") as uow:
        delete_case(uow, second, version)
    third = new_case(store, "Four")
    with store.unit_of_work("t") as uow:
        assert get_case(uow, third).reference == "PS-2026-003"
        assert [row.reference for row in list_cases(uow)] == [
            "PS-2027-001", "PS-2026-003", "PS-2026-001"]
        with pytest.raises(NotFoundError, match="There is no case PS-2026-002."):
            find_case(uow, "ps-2026-002")
        assert find_case(uow, " ps-2026-003 ").name == "Four"


# --- Saving ------------------------------------------------------------------------------------------


def test_a_case_is_saved_with_every_field_and_read_back(store: Store, partners: Partnership) -> None:
    data = CaseInput(
        name="Street drinking at <Shenley Road> & the \"parade\" 🍺", opened_on=OPENED,
        behaviour="Groups drinking, litter, shouting at shoppers",
        place="Benches by the service alley", time_pattern="Evenings from 6pm, Thu-Sat",
        status="in progress", review_on=date(2026, 4, 1), owner_id=partners.officer,
        locality_id=partners.locality, agency_ids=(partners.police, partners.council),
        hotspot_ids=(partners.parade,), objective="Fewer ASB reports",
        objective_measure="ASB reports within 150 m", objective_target="A third fewer",
        objective_due_on=date(2026, 9, 30), scanning_sources=("police data", "complaints"),
        scanning_notes="34 reports in three months", victim_description="Shoppers; traders",
        guardian="Shop staff", location_description="Benches, dark alley",
        place_manager="Store manager", offender_description="Local teenagers",
        handler="Parents; youth workers", response_started_on=date(2026, 4, 6),
        response_ended_on=date(2026, 6, 30), before_from=date(2026, 1, 1),
        before_to=date(2026, 3, 1), after_from=date(2026, 7, 1), after_to=date(2026, 9, 1),
        assessment_result="improved", assessment_notes="Łódź, بورهاموود, ਪੰਜਾਬੀ")
    with store.unit_of_work("officer") as uow:
        saved = save_case(uow, data)
    with store.unit_of_work("officer") as uow:
        detail = get_case(uow, saved.id, today=TODAY)
    assert detail.as_input() == data
    assert detail.owner_name == "Priya Raman" and detail.owner_agency == "Hertsmere Borough Council"
    assert detail.locality_name == "Borehamwood"
    assert [a.name for a in detail.agencies] == ["Hertfordshire Constabulary",
                                                 "Hertsmere Borough Council"]
    assert [h.name for h in detail.hotspots] == ["Shenley Road parade"]
    assert detail.review_overdue  # 1 Apr is before 15 Jun and the case is not closed
    with store.unit_of_work("t") as uow:
        row, = list_cases(uow, today=TODAY)
        assert (row.reference, row.owner_name, row.review_overdue, row.open_actions) == (
            "PS-2026-001", "Priya Raman", True, 0)
        assert list_cases(uow, text="shenley") == [row]
        assert list_cases(uow, status="closed") == []
        assert list_cases(uow, status="active") != []


def test_links_are_changed_to_exactly_the_chosen_ones(store: Store, partners: Partnership) -> None:
    case_id = new_case(store, agency_ids=(partners.police,), hotspot_ids=(partners.parade,))
    with store.unit_of_work("t") as uow:
        detail = get_case(uow, case_id)
        data = replace(detail.as_input(), agency_ids=(partners.council,),
                       hotspot_ids=(partners.park, partners.parade))
        saved = save_case(uow, data, case_id, detail.version)
    assert saved.agency_ids == (partners.council,)
    assert saved.hotspot_ids == (partners.park, partners.parade)  # by name
    assert saved.version == detail.version + 1


def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(store: Store) -> None:
    data = CaseInput(name=" ", opened_on=OPENED, review_on=date(2026, 3, 1),
                     response_started_on=date(2026, 4, 1), response_ended_on=date(2026, 6, 30),
                     before_from=date(2026, 1, 1), before_to=date(2026, 3, 1),
                     after_from=date(2026, 6, 1), after_to=date(2026, 8, 1))
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        save_case(uow, data)
    assert refused.value.errors == {
        "name": "Enter the case title.",
        "review_on": "The review date (1 Mar 2026) is before the case was opened (3 Mar 2026).",
        "after_from": "The after period overlaps the response (Apr–Jun 2026).",
    }
    with store.unit_of_work("t") as uow:
        assert list_cases(uow) == []
        # Nothing given out either: the next case is still the first of the year.
    assert new_case(store) and find_case_ref(store) == ["PS-2026-001"]


def find_case_ref(store: Store) -> list[str]:
    with store.unit_of_work("t") as uow:
        return [row.reference for row in list_cases(uow)]


def test_links_to_records_no_longer_there_are_refused(store: Store) -> None:
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        save_case(uow, CaseInput("Graffiti", OPENED, hotspot_ids=(uuid.uuid4(),)))
    assert refused.value.errors == {
        "hotspot_ids": "One of the chosen hotspots is no longer in the store."}


def test_status_cannot_be_closed_by_an_edit(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        detail = get_case(uow, case_id)
        save_case(uow, replace(detail.as_input(), status="closed"), case_id, detail.version)
    assert "Close case" in refused.value.errors["status"]


def test_two_users_editing_one_case(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work("anna") as uow:
        anna = get_case(uow, case_id)
    with store.unit_of_work("ben") as uow:
        ben = get_case(uow, case_id)
    with store.unit_of_work("anna") as uow:
        save_case(uow, replace(anna.as_input(), behaviour="Drinking"), case_id, anna.version)
    with store.unit_of_work("ben") as uow, pytest.raises(ConflictError, match="anna changed this case"):
        save_case(uow, replace(ben.as_input(), behaviour="Shouting"), case_id, ben.version)
    with store.unit_of_work("ben") as uow, pytest.raises(ConflictError):
        close_case(uow, case_id, ben.version, TODAY, "Done", "leave")
    with store.unit_of_work("t") as uow:
        assert get_case(uow, case_id).behaviour == "Drinking"
        assert get_case(uow, case_id).status == "open"


# --- Closing and reopening ---------------------------------------------------------------------------


def _case_with_actions(store: Store) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    case_id = new_case(store)
    done = add_action(store, case_id, "Repair the lights", status="done",
                      completed_on=date(2026, 4, 1))
    open_one = add_action(store, case_id, "Gate for the alley", due_on=date(2026, 5, 1))
    open_two = add_action(store, case_id, "Youth outreach")
    return case_id, done, open_one, open_two


def test_closing_with_open_actions_needs_a_choice(store: Store) -> None:
    case_id, *_ = _case_with_actions(store)
    with store.unit_of_work("t") as uow:
        version = get_case(uow, case_id).version
    with store.unit_of_work("t") as uow, pytest.raises(JagdeskError) as refused:
        close_case(uow, case_id, version, TODAY, "Resolved")
    assert str(refused.value) == ("The case has 2 open actions: say whether to leave them open, "
                                  "cancel them or mark them done.")
    with store.unit_of_work("t") as uow:
        assert get_case(uow, case_id).status == "open"
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        close_case(uow, case_id, version, TODAY, "  ", "leave")
    assert refused.value.errors == {"reason": "Say why the case is closed."}


@pytest.mark.parametrize(("choice", "status", "note"), [
    ("leave", "open", None),
    ("cancel", "cancelled", "Cancelled when the case was closed: Problem resolved"),
    ("done", "done", "Marked done when the case was closed: Problem resolved"),
])
def test_closing_with_open_actions(store: Store, choice: str, status: str, note: str | None) -> None:
    case_id, done, open_one, open_two = _case_with_actions(store)
    with store.unit_of_work("officer") as uow:
        closed = close_case(uow, case_id, get_case(uow, case_id).version, TODAY,
                            " Problem resolved ", choice)
    assert (closed.status, closed.closed_on, closed.closed_reason) == (
        "closed", TODAY, "Problem resolved")
    with store.unit_of_work("t") as uow:
        for action_id in (open_one, open_two):
            action = get_action(uow, action_id)
            assert action.status == status
            assert action.completed_on == (TODAY if choice == "done" else None)
            assert [u.text for u in list_updates(uow, action_id)] == ([note] if note else [])
        assert get_action(uow, done).status == "done"  # the done one is left as it was
        assert list_updates(uow, done) == []
        # The status change is in the audit trail, by the user who closed it.
        changes = [json.loads(e.changes) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == case_id,
                                     AuditEntry.action == "update"))]
        assert {"status": ["open", "closed"], "closed_on": [None, TODAY.isoformat()],
                "closed_reason": ["", "Problem resolved"]}.items() <= changes[-1].items()


def test_closing_without_open_actions_needs_no_choice(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work("t") as uow:
        closed = close_case(uow, case_id, get_case(uow, case_id).version, TODAY, "Resolved")
    assert closed.status == "closed"
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError, match="already closed"):
        close_case(uow, case_id, closed.version, TODAY, "Again", "leave")


def test_a_closed_case_is_reopened_with_a_reason(store: Store) -> None:
    case_id = new_case(store, assessment_notes="Fewer reports.")
    with store.unit_of_work("t") as uow:
        closed = close_case(uow, case_id, get_case(uow, case_id).version, date(2026, 6, 1),
                            "Resolved")
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        reopen_case(uow, case_id, closed.version, " ")
    assert refused.value.errors == {"reason": "Say why the closed case is reopened."}
    with store.unit_of_work("t") as uow:
        reopened = reopen_case(uow, case_id, closed.version, "Drinking is back", "in progress",
                               reopened_on=date(2026, 9, 1))
    assert (reopened.status, reopened.closed_on, reopened.closed_reason) == ("in progress", None, "")
    assert reopened.assessment_notes == (
        "Fewer reports.\nReopened 1 Sep 2026 (closed 1 Jun 2026: Resolved): Drinking is back")
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError, match="not closed"):
        reopen_case(uow, case_id, reopened.version, "Again")


# --- People on the triangle ----------------------------------------------------------------------------


def test_people_are_linked_on_a_side_and_unlinked(store: Store) -> None:
    case_id = new_case(store)
    ola = person(store, "Wiśniewska", "Ola", is_vulnerable=True)
    jay = person(store, "Singh", "Jaspreet", is_youth=True, is_repeat=True)
    with store.unit_of_work("t") as uow:
        link_person(uow, case_id, ola, "victim", "Shop worker")
        offender = link_person(uow, case_id, jay, "offender", "Ringleader")
    assert (offender.name, offender.flags_text) == ("Jaspreet Singh", "youth, repeat")
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        link_person(uow, case_id, jay, "offender")
    assert refused.value.errors == {
        "person_id": "Jaspreet Singh is already linked to this case on the offender side."}
    with store.unit_of_work("t") as uow, pytest.raises(ValidationError) as refused:
        link_person(uow, case_id, jay, "witness")
    assert refused.value.errors == {"side": "'witness' is not a side of the triangle."}
    with store.unit_of_work("t") as uow:
        people = get_case(uow, case_id).people
    assert [(p.name, p.side, p.role, p.flags_text) for p in people] == [
        ("Ola Wiśniewska", "victim", "Shop worker", "vulnerable"),
        ("Jaspreet Singh", "offender", "Ringleader", "youth, repeat"),
    ]
    with store.unit_of_work("t") as uow:
        unlink_person(uow, offender.link_id)
    with store.unit_of_work("t") as uow:
        assert [p.name for p in get_case(uow, case_id).people] == ["Ola Wiśniewska"]


def test_a_merged_away_person_is_linked_as_the_record_kept(store: Store) -> None:
    case_id = new_case(store)
    keep = person(store, "Khan", "Amir")
    gone = person(store, "Khan", "Ameer")
    with store.unit_of_work("t") as uow:
        merge_people(uow, keep, gone, None, None)
    with store.unit_of_work("t") as uow:
        link = link_person(uow, case_id, gone, "offender")
    assert link.person_id == keep
