"""The case review steps the page runs as one user action each, in a real store (SQLite and
PostgreSQL): the panel and the review meeting arranged together, the review held with its
recommendations in one go (a refused recommendation leaves nothing), the prompt on a victim's
second report in six months (one incident reported to two agencies counting once), and the ASB
interventions an application is linked to or its linked records lead to."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from jagdesk.errors import InUseError, JagdeskError, ValidationError
from jagdesk.services.asb.interventions import delete_intervention
from jagdesk.services.case_review.applications import (
    ApplicationInput,
    ComplaintInput,
    get_case_review,
    list_application_lines,
    save_case_review,
)
from jagdesk.services.case_review.choices import (
    application_choices,
    linked_interventions,
    second_report_prompt,
)
from jagdesk.services.case_review.decisions import decide
from jagdesk.services.case_review.review import arrange_review, hold_review
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.models import AsbIntervention
from jagdesk.store.opening import Store

TODAY = date(2027, 3, 1)
RECEIVED = date(2027, 2, 10)
COMPLAINTS = (ComplaintInput(date(2026, 11, 2), date(2026, 11, 3)),
              ComplaintInput(date(2026, 12, 7), date(2026, 12, 8)),
              ComplaintInput(date(2027, 1, 11), date(2027, 1, 12)))


def _application(store: Store, person: uuid.UUID | None = None,
                 complaints: tuple[ComplaintInput, ...] = COMPLAINTS) -> uuid.UUID:
    with store.unit_of_work("officer") as uow:
        return save_case_review(uow, ApplicationInput(RECEIVED, complaints, "Noise", "email",
                                                      applicant_id=person,
                                                      applicant_name="" if person else "A. Resident"),
                                today=TODAY).id


def _contact(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    with store.unit_of_work("officer") as uow:
        agency = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council")).id
        return agency, save_contact(uow, ContactInput(agency, "Sam Patel", role="ASB officer")).id


def test_the_review_arranged_and_held_with_its_recommendations_in_one_go(store: Store) -> None:
    agency, contact = _contact(store)
    application = _application(store)
    with store.unit_of_work("officer") as uow:
        detail = get_case_review(uow, application, TODAY)
        with pytest.raises(JagdeskError, match="only once the threshold is found met"):
            arrange_review(uow, application, detail.version, (contact,), (agency,), date(2027, 2, 20),
                           today=TODAY)
        assert get_case_review(uow, application, TODAY).panel == ()  # the panel left as it was
        detail = decide(uow, application, detail.version, date(2027, 2, 15), today=TODAY)
        detail = arrange_review(uow, application, detail.version, (contact,), (agency,),
                                date(2027, 2, 20), today=TODAY)
        assert [m.name for m in detail.panel] == ["Sam Patel", "Hertsmere Borough Council"]
        assert detail.review_meeting_id is not None
        version = detail.version
        bad = (ActionInput("Door camera", owner_contact_id=contact, due_on=date(2027, 3, 31)),
               ActionInput("", owner_contact_id=contact, due_on=date(2027, 3, 31)))
        with pytest.raises(ValidationError):
            hold_review(uow, application, version, date(2027, 2, 20), "Agreed", bad, today=TODAY)
    with store.unit_of_work("officer") as uow:  # nothing of the refused review was kept
        detail = get_case_review(uow, application, TODAY)
        assert (detail.review_held_on, detail.recommendations) == (None, ())
        detail = hold_review(uow, application, version, date(2027, 2, 20), "Agreed", bad[:1], today=TODAY)
        assert detail.review_held_on == date(2027, 2, 20)
        assert [(r.description, r.owner) for r in detail.recommendations] == [("Door camera", "Sam Patel")]
        (line,) = list_application_lines(uow, TODAY)
        assert (line.applicant, line.threshold_text, line.next_step.step if line.next_step else "") == (
            "A. Resident", "met", "acknowledge")  # never acknowledged: still the first step due


def test_a_second_report_in_six_months_is_prompted_once_per_incident(store: Store) -> None:
    with store.unit_of_work("officer") as uow:
        person = save_person(uow, PersonInput("Osei", "Rita")).id
    earlier = _application(store, person, (ComplaintInput(date(2026, 12, 7), date(2026, 12, 8)),))
    with store.unit_of_work("officer") as uow:
        def prompt(days: list[date], application: uuid.UUID | None = None) -> str:
            return second_report_prompt(uow, (person, None), days, TODAY, application)
        assert prompt([]) == ""  # her one report so far
        assert prompt([date(2026, 12, 7)]) == ""  # the same incident, reported to another agency
        assert prompt([date(2027, 2, 27)]).startswith("This is a second report of anti-social behaviour")
        assert prompt([date(2027, 2, 27)], earlier) == ""  # her own application's complaints aside
        assert prompt([date(2026, 8, 31)]) == ""  # more than six months ago
        assert second_report_prompt(uow, (None,), [date(2027, 1, 5), date(2027, 2, 1)], TODAY) != ""
        found = application_choices(uow)
        assert [name for _id, name in found.people] == ["Rita Osei"]
        assert linked_interventions(uow, earlier) == ()


def test_an_application_links_to_an_intervention_which_then_cannot_be_deleted(demo_store: Store) -> None:
    with demo_store.unit_of_work("officer") as uow:
        intervention = next(iter(application_choices(uow).interventions))
        detail = save_case_review(uow, ApplicationInput(
            TODAY, (ComplaintInput(date(2027, 2, 1), date(2027, 2, 2)),), "Noise", "email",
            applicant_name="A. Resident", intervention_ids=(intervention[0],)), today=TODAY)
        assert [(link.name, link.kind) for link in detail.links] == [(intervention[1], "intervention")]
        assert linked_interventions(uow, detail.id)[0].through == ""  # linked to the application itself
        record = uow.get(AsbIntervention, intervention[0])
        with pytest.raises(InUseError, match="case review link"):
            delete_intervention(uow, record.id, record.version)
