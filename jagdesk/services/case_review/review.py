"""The review: its panel, the review meeting (a JAGDesk meeting of the ASB case review group,
whose minutes and actions are kept like any other's), recommendations as actions of that meeting
in the action log, the review held, the outcome sent, and an escalation with its own outcome."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import select

from jagdesk.domain.case_review.rules import PccOutcome, escalation_errors, review_errors
from jagdesk.domain.meetings.vocabulary import INVITED, ItemKind
from jagdesk.errors import JagdeskError
from jagdesk.services.case_review.applications import detail_of, today_or
from jagdesk.services.case_review.rows import CaseReviewDetail, RecommendationRow, recommendations_of
from jagdesk.services.common.records import load_for_change, touch, validated
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    MeetingInput,
    ensure_meeting_types,
    new_meeting,
    set_attendance,
    stage_item,
    stage_meeting_action,
)
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.store.models import (
    AgendaItem,
    CaseReviewApplication,
    CaseReviewPanelMember,
    CaseReviewRecommendation,
    Meeting,
    MeetingType,
)
from jagdesk.store.uow import UnitOfWork

# The meeting type a review meeting is (one of the defaults every store starts with).
REVIEW_MEETING_TYPE = "ASB case review group"


def review_item_name(reference: str) -> str:
    """The review meeting's item for the review, where its recommendations are agreed."""
    return f"ASB case review {reference}"


def set_panel(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
              contact_ids: tuple[uuid.UUID, ...] = (), agency_ids: tuple[uuid.UUID, ...] = (),
              today: date | None = None) -> CaseReviewDetail:
    """Make the review panel exactly these contacts and agencies."""
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    for member in list(application.panel):
        application.panel.remove(member)
    application.panel.extend([*(CaseReviewPanelMember(contact_id=i) for i in dict.fromkeys(contact_ids)),
                              *(CaseReviewPanelMember(agency_id=i) for i in dict.fromkeys(agency_ids))])
    touch(uow, application)
    uow.commit()
    return detail_of(uow, application, today)


def _review_allowed(application: CaseReviewApplication) -> bool:
    return bool(application.decision_met) or application.pcc_outcome == PccOutcome.OVERTURNED


def arrange_review_meeting(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                           held_on: date, starts_at: time | None = None, venue: str = "",
                           today: date | None = None) -> CaseReviewDetail:
    """Arrange the review meeting: an ASB case review group meeting with the panel's contacts
    invited and an item for the review, where its recommendations are agreed."""
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    if not _review_allowed(application):
        raise JagdeskError("A review meeting is arranged only once the threshold is found met.")
    if application.review_meeting_id is not None:
        raise JagdeskError(f"Case review {application.reference} has its review meeting already.")
    ensure_meeting_types(uow)
    kind = uow.session.scalar(select(MeetingType.id).where(MeetingType.name == REVIEW_MEETING_TYPE))
    reference = application.reference
    meeting = new_meeting(uow, MeetingInput(f"ASB case review {reference}", kind, held_on=held_on,
                                            starts_at=starts_at, venue=venue))
    application = uow.get(CaseReviewApplication, application_id)
    stage_item(uow, uow.get(Meeting, meeting.id),
               ItemInput(review_item_name(reference), ItemKind.GENERAL.value), 1)
    application.review_meeting_id = meeting.id
    uow.commit()
    contacts = [m.contact_id for m in application.panel if m.contact_id is not None]
    if contacts:
        set_attendance(uow, meeting.id, [AttendeeInput(contact_id=c, attendance=INVITED) for c in contacts],
                       uow.get(Meeting, meeting.id).version)
    return detail_of(uow, application, today)


def _review_item(uow: UnitOfWork, application: CaseReviewApplication) -> AgendaItem:
    """The review meeting's item where recommendations are agreed."""
    if application.review_meeting_id is None:
        raise JagdeskError("Arrange the review meeting before recording its recommendations.")
    # The review's own item, else (renamed) the meeting's first: every item of it is the review's.
    items = list(uow.session.scalars(select(AgendaItem).where(
        AgendaItem.meeting_id == application.review_meeting_id).order_by(AgendaItem.position)))
    item = next((i for i in items if i.name == review_item_name(application.reference)),
                items[0] if items else None)
    if item is None:
        raise JagdeskError("The review meeting has no item to agree recommendations at.")
    return item


def _review_problems(application: CaseReviewApplication, held_on: date, outcome_sent_on: date | None,
                     today: date) -> None:
    """Refuse a review held before the decision (or the PCC's finding), or too soon."""
    decided = application.pcc_outcome_on if application.pcc_outcome == PccOutcome.OVERTURNED else None
    validated(review_errors(_review_allowed(application), decided or application.decided_on, held_on,
                            outcome_sent_on, today))


def add_recommendation(uow: UnitOfWork, application_id: uuid.UUID, application_version: int | None,
                       data: ActionInput, today: date | None = None) -> RecommendationRow:
    """Agree a recommendation with its owner and due date: an action of the review meeting's
    case review item, so that the action log follows it."""
    application = load_for_change(uow, CaseReviewApplication, application_id, application_version)
    action = stage_meeting_action(uow, _review_item(uow, application), data, today_or(today))
    uow.session.flush()  # the action first: nothing ties the two rows' order but the key
    uow.session.add(CaseReviewRecommendation(application_id=application.id, action_id=action.id))
    touch(uow, application)
    uow.commit()
    return next(row for row in recommendations_of(uow.session, application.id) if row.action_id == action.id)


def record_review(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                  held_on: date, summary: str = "", outcome_sent_on: date | None = None,
                  today: date | None = None) -> CaseReviewDetail:
    """Record the review held (never before the decision) and, when sent, its outcome."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    _review_problems(application, held_on, outcome_sent_on, day)
    application.review_held_on = held_on
    application.review_summary = summary.strip()
    application.outcome_sent_on = outcome_sent_on
    uow.commit()
    return detail_of(uow, application, day)


def escalate(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
             escalated_on: date, outcome: str = "", outcome_on: date | None = None,
             today: date | None = None) -> CaseReviewDetail:
    """Record the applicant's request for the review to be looked at again, and its outcome."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    validated(escalation_errors(application.outcome_sent_on, escalated_on, outcome, outcome_on, day))
    application.escalated_on = escalated_on
    application.escalation_outcome = outcome.strip()
    application.escalation_outcome_on = outcome_on
    uow.commit()
    return detail_of(uow, application, day)


def arrange_review(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                   contact_ids: tuple[uuid.UUID, ...], agency_ids: tuple[uuid.UUID, ...], held_on: date,
                   starts_at: time | None = None, venue: str = "",
                   today: date | None = None) -> CaseReviewDetail:
    """Name the panel and arrange the review meeting with them invited, refused as a whole (the
    panel unchanged) where a review cannot be arranged yet."""
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    if not _review_allowed(application):
        raise JagdeskError("A review meeting is arranged only once the threshold is found met.")
    if application.review_meeting_id is not None:
        raise JagdeskError(f"Case review {application.reference} has its review meeting already.")
    detail = set_panel(uow, application_id, expected_version, contact_ids, agency_ids, today)
    return arrange_review_meeting(uow, application_id, detail.version, held_on, starts_at, venue, today)


def hold_review(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None,
                held_on: date, summary: str, recommendations: tuple[ActionInput, ...],
                today: date | None = None) -> CaseReviewDetail:
    """Record the review held with the recommendations it agreed, each an action of the review
    meeting in the action log, in one go: a refused recommendation leaves nothing recorded."""
    day = today_or(today)
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    _review_problems(application, held_on, application.outcome_sent_on, day)
    item = _review_item(uow, application) if recommendations else None
    for data in recommendations:
        assert item is not None
        action = stage_meeting_action(uow, item, data, day)
        uow.session.flush()  # the action first: nothing ties the two rows' order but the key
        uow.session.add(CaseReviewRecommendation(application_id=application.id, action_id=action.id))
    application.review_held_on = held_on
    application.review_summary = summary.strip()
    touch(uow, application)
    uow.commit()
    return detail_of(uow, application, day)
