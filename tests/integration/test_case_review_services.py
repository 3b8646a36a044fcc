"""ASB case reviews in a real store (SQLite and PostgreSQL): an application from receipt through
the threshold, the review meeting and its recommendations in the action log, to the escalation;
bad input refused with one sentence and nothing changed; two users at once."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from jagdesk.errors import ConflictError, JagdeskError, ValidationError
from jagdesk.services.case_review.applications import (
    ApplicationInput,
    ComplaintInput,
    delete_case_review,
    find_case_review,
    list_case_reviews,
    save_case_review,
)
from jagdesk.services.case_review.decisions import acknowledge, decide, request_pcc_review, set_contact
from jagdesk.services.case_review.review import (
    add_recommendation,
    arrange_review_meeting,
    escalate,
    record_review,
    set_panel,
)
from jagdesk.services.case_review.settings import get_settings, save_settings
from jagdesk.services.meetings import get_meeting
from jagdesk.services.meetings.action_log import action_log
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.models import AuditEntry, CaseReviewApplication
from jagdesk.store.opening import Store

TODAY = date(2027, 3, 1)
RECEIVED = date(2026, 12, 18)


def _complaints(count: int, hate: bool = False) -> tuple[ComplaintInput, ...]:
    days = [(date(2026, 9, 1), date(2026, 9, 3)), (date(2026, 10, 1), date(2026, 10, 2)),
            (date(2026, 11, 5), date(2026, 11, 6))]
    return tuple(ComplaintInput(incident, reported, hate_incident=hate, agency_reference=f"REF-{n}")
                 for n, (incident, reported) in enumerate(days[:count], 1))


def _agency_and_contact(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    with store.unit_of_work("officer") as uow:
        agency = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council")).id
        contact = save_contact(uow, ContactInput(agency, "Sam Patel", role="ASB officer")).id
    return agency, contact


def test_an_application_from_receipt_to_escalation(store: Store) -> None:
    agency, contact = _agency_and_contact(store)
    with store.unit_of_work("officer") as uow:
        detail = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(3), "Noise and threats",
                                                        "email", applicant_name="A. Resident"),
                                  today=TODAY)
        assert detail.reference == "CR-2026-001"
        assert detail.threshold.met and detail.threshold.counted == 3
        assert detail.prompts[0] == "Give the applicant a single point of contact."
        ack, decide_step, review_step, _ = detail.steps
        assert (ack.due_on, decide_step.due_on) == (date(2027, 1, 6), date(2027, 1, 13))
        assert review_step.due_on is None
        assert detail.row.overdue == ("acknowledge", "decide")
        detail = set_contact(uow, detail.id, detail.version, contact, today=TODAY)
        detail = acknowledge(uow, detail.id, detail.version, date(2027, 1, 5), today=TODAY)
        detail = decide(uow, detail.id, detail.version, date(2027, 1, 12), today=TODAY)
        assert detail.row.decided and detail.row.threshold_met
        assert (detail.row.acknowledge_met, detail.row.decide_met) == (True, True)
        assert detail.row.review_by == date(2027, 2, 9)
        detail = set_panel(uow, detail.id, detail.version, (contact,), (agency,), today=TODAY)
        detail = arrange_review_meeting(uow, detail.id, detail.version, date(2027, 2, 3), today=TODAY)
        assert detail.review_meeting_id is not None
        meeting = get_meeting(uow, detail.review_meeting_id)
        assert meeting.meeting_type == "ASB case review group"
        assert [a.name for a in meeting.attendees] == ["Sam Patel"]
        assert [item.name for item in meeting.items] == ["ASB case review CR-2026-001"]
        detail = find_case_review(uow, "cr-2026-001", today=TODAY)
        row = add_recommendation(uow, detail.id, detail.version,
                                 ActionInput("Install a door camera", owner_contact_id=contact,
                                             due_on=date(2027, 3, 31)), today=TODAY)
        assert (row.owner, row.due_on, row.status) == ("Sam Patel", date(2027, 3, 31), "open")
        assert any(entry.reference == row.reference for entry in action_log(uow))
        detail = find_case_review(uow, "CR-2026-001", today=TODAY)
        detail = record_review(uow, detail.id, detail.version, date(2027, 2, 3), "Agreed a plan",
                               outcome_sent_on=date(2027, 2, 12), today=TODAY)
        assert (detail.row.review_met, detail.row.outcome_met) == (True, False)  # due 10 February
        detail = escalate(uow, detail.id, detail.version, date(2027, 2, 20), "Review upheld",
                          date(2027, 2, 27), today=TODAY)
        assert detail.row.status == "escalation decided"
        assert [r.description for r in detail.recommendations] == ["Install a door camera"]
        kinds = set(uow.session.scalars(select(AuditEntry.table_name)))
    assert {"case_review_application", "case_review_complaint", "case_review_panel_member",
            "case_review_recommendation"} <= kinds


def test_not_met_then_the_pcc_overturns_it(store: Store) -> None:
    with store.unit_of_work("officer") as uow:
        detail = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(2)), today=TODAY)
        detail = decide(uow, detail.id, detail.version, date(2027, 1, 4), today=TODAY)
        assert not detail.row.threshold_met
        assert detail.prompts[-1].startswith("The threshold was not met: tell the applicant")
        with pytest.raises(ValidationError, match="only once the threshold is found met"):
            record_review(uow, detail.id, detail.version, date(2027, 1, 20), today=TODAY)
        detail = request_pcc_review(uow, detail.id, detail.version, date(2027, 1, 8), "overturned",
                                    date(2027, 1, 20), today=TODAY)
        assert detail.row.threshold_met and detail.row.review_by == date(2027, 2, 17)


def test_other_grounds_need_their_reason(store: Store) -> None:
    with store.unit_of_work("officer") as uow:
        detail = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(1)), today=TODAY)
        detail = decide(uow, detail.id, detail.version, date(2027, 1, 4), "Vulnerable victim", today=TODAY)
        assert detail.row.threshold_met and detail.threshold.on_other_grounds
        assert detail.row.reason.startswith("Threshold met on other grounds: Vulnerable victim")
        hate = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(1, hate=True)), today=TODAY)
        assert hate.row.threshold_met and hate.reference == "CR-2026-002"


@pytest.mark.parametrize(("data", "message"), [
    (ApplicationInput(RECEIVED, ()), "An application needs at least one complaint behind it."),
    (ApplicationInput(RECEIVED, (ComplaintInput(date(2026, 9, 3), date(2026, 9, 2)),)),
     "A complaint cannot be reported (2 Sep 2026) before its incident (3 Sep 2026)."),
    (ApplicationInput(date(2027, 3, 2), _complaints(1)), "The date received (2 Mar 2027) is in the future."),
])
def test_bad_input_changes_nothing(store: Store, data: ApplicationInput, message: str,
                                   store_rows) -> None:  # type: ignore[no-untyped-def]
    before = store_rows(store)
    with store.unit_of_work("officer") as uow, pytest.raises(ValidationError) as refused:
        save_case_review(uow, data, today=TODAY)
    assert list(refused.value.errors.values()) == [message]
    assert store_rows(store) == before


def test_a_review_before_the_decision_is_refused(store: Store) -> None:
    with store.unit_of_work("officer") as uow:
        detail = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(3)), today=TODAY)
        detail = decide(uow, detail.id, detail.version, date(2027, 1, 4), today=TODAY)
        with pytest.raises(ValidationError) as refused:
            record_review(uow, detail.id, detail.version, date(2027, 1, 3), today=TODAY)
        assert refused.value.errors == {
            "review_held_on": "The review (3 Jan 2027) is before the decision (4 Jan 2027)."}
        with pytest.raises(JagdeskError, match="Arrange the review meeting"):
            add_recommendation(uow, detail.id, detail.version, ActionInput("x"), today=TODAY)
        assert uow.session.get(CaseReviewApplication, detail.id).review_held_on is None


def test_two_users_and_the_settings(store: Store) -> None:
    with store.unit_of_work("one") as uow:
        detail = save_case_review(uow, ApplicationInput(RECEIVED, _complaints(2)), today=TODAY)
        acknowledge(uow, detail.id, detail.version, date(2027, 1, 4), today=TODAY)
    with store.unit_of_work("two") as uow, pytest.raises(ConflictError, match="one changed this"):
        decide(uow, detail.id, detail.version, date(2027, 1, 4), today=TODAY)
    with store.unit_of_work("one") as uow:
        settings = get_settings(uow)
        assert settings.version == 0
        from dataclasses import replace

        save_settings(uow, replace(settings.settings, complaints_needed=2), settings.version)
        assert list_case_reviews(uow, today=TODAY)[0].threshold_met
        with pytest.raises(ConflictError):
            save_settings(uow, settings.settings, 0)
        delete_case_review(uow, detail.id, list_case_reviews(uow, today=TODAY)[0].version)
        assert list_case_reviews(uow, today=TODAY) == []
