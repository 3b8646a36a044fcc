"""A deleted record comes back from the audit trail with its id and every field."""

from __future__ import annotations

import re

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.services.reference import agencies as svc
from jagdesk.services.undo import undo_delete
from jagdesk.store.opening import Store


def test_a_deleted_contact_comes_back_whole(store: Store) -> None:
    with store.unit_of_work() as uow:
        agency = svc.save_agency(uow, svc.AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work() as uow:
        contact = svc.save_contact(uow, svc.ContactInput(
            agency.id, "Zofia Wiśniewska", "Victim Care Officer", "01632 960911",
            "zofia@victimsupport.example.org.uk"))
    with store.unit_of_work() as uow:
        svc.delete_contact(uow, contact.id, contact.version)
    with store.unit_of_work() as uow:
        assert svc.list_contacts(uow) == []
        assert undo_delete(uow, "contact", contact.id) == "Zofia Wiśniewska"
    with store.unit_of_work() as uow:
        [back] = svc.list_contacts(uow)
    assert (back.id, back.name, back.role, back.phone, back.email, back.agency_id) == (
        contact.id, contact.name, contact.role, contact.phone, contact.email, agency.id)


def test_undo_is_refused_when_the_name_is_taken_again(store: Store) -> None:
    with store.unit_of_work() as uow:
        first = svc.save_agency(uow, svc.AgencyInput("Crimestoppers", "other"))
    with store.unit_of_work() as uow:
        svc.delete_agency(uow, first.id, first.version)
    with store.unit_of_work() as uow:
        svc.save_agency(uow, svc.AgencyInput("Crimestoppers", "voluntary"))
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        undo_delete(uow, "agency", first.id)
    assert str(refused.value) == ("The agency 'Crimestoppers' cannot be brought back: another "
                                  "agency now has the name 'Crimestoppers'.")
    with store.unit_of_work() as uow:
        assert [a.agency_type for a in svc.list_agencies(uow)] == ["voluntary"]


def test_nothing_to_undo(store: Store) -> None:
    with store.unit_of_work() as uow:
        agency = svc.save_agency(uow, svc.AgencyInput("Youth Offending Team", "youth"))
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="in the store already"):
        undo_delete(uow, "agency", agency.id)


def test_undo_is_refused_when_what_it_belonged_to_is_gone(store: Store) -> None:
    with store.unit_of_work() as uow:
        agency = svc.save_agency(uow, svc.AgencyInput("Street Pastors", "voluntary"))
        contact = svc.save_contact(uow, svc.ContactInput(agency.id, "Ola Nowak", "Coordinator", "", ""))
    with store.unit_of_work() as uow:
        svc.delete_contact(uow, contact.id, contact.version)
    with store.unit_of_work() as uow:
        svc.delete_agency(uow, agency.id, agency.version)
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        undo_delete(uow, "contact", contact.id)
    assert str(refused.value) == (
        "The contact 'Ola Nowak' cannot be brought back: a record it belongs to has been deleted "
        "since, or another has taken its place. Nothing was changed.")
    with store.unit_of_work() as uow:
        assert svc.list_contacts(uow) == [] and svc.list_agencies(uow) == []


def test_a_plan_comes_back_with_its_themes_items_and_updates(store: Store) -> None:
    from jagdesk.services.action_plans import plans
    from jagdesk.services.action_plans import rows as plan_rows

    with store.unit_of_work() as uow:
        plan = plans.save_plan(uow, plan_rows.PlanInput(2026, "Hertsmere JAG action plan"))
        theme = plans.add_theme(uow, plan.id, "Anti-social behaviour")
        item = plans.add_item(uow, theme.id, plan_rows.ItemInput(objective="Reduce ASB at the parade"))
        plans.set_update(uow, item.id, 1, "green", "Patrols in place")
        before = plans.get_plan(uow, plan.id)
    with store.unit_of_work() as uow:
        plans.delete_plan(uow, plan.id, before.version)
    with store.unit_of_work() as uow:
        assert plans.list_plans(uow) == []
        undo_delete(uow, "action_plan", plan.id)
    with store.unit_of_work() as uow:
        after = plans.get_plan(uow, plan.id)
    # Every id and field as it was; only the edit counters start again.
    assert re.sub(r"version=\d+", "", repr(after)) == re.sub(r"version=\d+", "", repr(before))
    assert after.themes[0].items[0].updates[0].text == "Patrols in place"
