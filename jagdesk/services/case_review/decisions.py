"""The steps of an application before its review: acknowledging it, deciding on the threshold
(met by the complaints, or on other grounds with the reason), the applicant's request to the
Police and Crime Commissioner to review a "not met" decision, and naming a single point of
contact. Each is refused with one sentence, nothing changed, when its dates are out of order."""

from __future__ import annotations

import uuid
from datetime import date

from jagdesk.domain.case_review.rules import other_grounds_problem, pcc_errors, step_errors
from jagdesk.errors import ValidationError
from jagdesk.services.case_review.applications import detail_of, today_or
from jagdesk.services.case_review.rows import CaseReviewDetail, threshold_of
from jagdesk.services.case_review.settings import current_settings
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import CaseReviewApplication, Contact
from jagdesk.store.uow import UnitOfWork


def acknowledge(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                acknowledged_on: date, today: date | None = None) -> CaseReviewDetail:
    """Record the day the application was acknowledged."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    validated(step_errors(application.received_on, acknowledged_on, None, day))
    application.acknowledged_on = acknowledged_on
    uow.commit()
    return detail_of(uow, application, day)


def decide(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None, decided_on: date,
           other_grounds: str = "", today: date | None = None) -> CaseReviewDetail:
    """Record the decision on the threshold as the complaints give it; where they do not meet it,
    `other_grounds` (the reason written down) records that it is met all the same."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    validated(step_errors(application.received_on, None, decided_on, day))
    application.other_grounds = ""
    threshold, _rows = threshold_of(uow.session, application, current_settings(uow))
    if other_grounds.strip():
        if threshold.computed:
            raise ValidationError({"other_grounds": "The complaints meet the threshold already: no "
                                                    "other grounds are needed."})
        problem = other_grounds_problem(other_grounds)
        if problem:
            raise ValidationError({"other_grounds": problem})
        application.other_grounds = other_grounds.strip()
    application.decided_on = decided_on
    application.decision_met = threshold.computed or bool(application.other_grounds)
    uow.commit()
    return detail_of(uow, application, day)


def request_pcc_review(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                       requested_on: date, outcome: str = "", outcome_on: date | None = None,
                       today: date | None = None) -> CaseReviewDetail:
    """Record the applicant's request to the PCC to review a "threshold not met" decision, and the
    PCC's outcome when it comes (upheld, or overturned: the review is then due from that day)."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    validated(pcc_errors(application.decision_met, application.decided_on, requested_on, outcome,
                         outcome_on, day))
    application.pcc_requested_on = requested_on
    application.pcc_outcome = outcome
    application.pcc_outcome_on = outcome_on
    uow.commit()
    return detail_of(uow, application, day)


def set_contact(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                contact_id: uuid.UUID | None, today: date | None = None) -> CaseReviewDetail:
    """Give the applicant a single point of contact (None: none yet)."""
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    if contact_id is not None:
        uow.get(Contact, contact_id)
    application.contact_id = contact_id
    uow.commit()
    return detail_of(uow, application, today)
