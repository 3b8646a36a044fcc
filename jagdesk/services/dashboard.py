"""The dashboard: what needs attention today (cases past review, overdue actions) and the counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseStatus
from jagdesk.services.asb.alerts import asb_alerts, register_in_use
from jagdesk.services.case_review.applications import get_case_review, list_case_reviews
from jagdesk.services.cctv.alerts import cctv_alerts
from jagdesk.services.governance.requests import open_requests
from jagdesk.store.models import (
    Action,
    Agency,
    AgendaItem,
    CaseReviewApplication,
    Contact,
    Meeting,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class CaseReviewDue:
    """An open case whose review date has passed."""

    reference: str
    title: str
    owner: str
    review_on: date
    days_overdue: int

    @property
    def case_reference(self) -> str:
        """The case a click on this row opens."""
        return self.reference


@dataclass(frozen=True)
class OverdueAction:
    """An open action past its due date."""

    reference: str
    description: str
    owner: str
    agency: str
    due_on: date
    days_overdue: int
    case_reference: str  # "" for an action that belongs to no case (a meeting's)
    meeting: str = ""  # the meeting it was agreed at, if any
    meeting_id: uuid.UUID | None = None  # what a click opens when there is no case

    @property
    def raised_in(self) -> str:
        """Where the action comes from: its case, else the meeting that agreed it."""
        return self.case_reference or self.meeting


@dataclass(frozen=True)
class DashboardColumn:
    """A column of a dashboard section: its header and the row attribute it shows."""

    header: str
    attribute: str
    stretch: bool = False  # the column that takes the spare width (a title, a description)


@dataclass(frozen=True)
class DashboardSection:
    """One list on the dashboard. Every row has `case_reference` (what a click opens, or "")
    and `days_overdue`, and may have `meeting_id` (what a click opens when there is no case),
    so that any page can show any section without knowing its kind."""

    key: str
    title: str
    columns: tuple[DashboardColumn, ...]
    rows: tuple[Any, ...]
    empty_text: str


@dataclass(frozen=True)
class DashboardCounts:
    """The figures at the top of the dashboard."""

    open_cases: int
    cases_past_review: int
    open_actions: int
    overdue_actions: int
    case_review_steps_overdue: int = 0


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, as of `today`."""

    today: date
    counts: DashboardCounts
    sections: tuple[DashboardSection, ...]

    def section(self, key: str) -> DashboardSection:
        """The section with this key."""
        return next(item for item in self.sections if item.key == key)


CASE_REVIEW_COLUMNS = (
    DashboardColumn("Case", "reference"), DashboardColumn("Title", "title", stretch=True),
    DashboardColumn("Owner", "owner"), DashboardColumn("Review date", "review_on"),
    DashboardColumn("Days late", "days_overdue"),
)
OVERDUE_ACTION_COLUMNS = (
    DashboardColumn("Action", "reference"), DashboardColumn("Description", "description", stretch=True),
    DashboardColumn("Owner", "owner"), DashboardColumn("Agency", "agency"),
    DashboardColumn("Due", "due_on"), DashboardColumn("Days late", "days_overdue"),
    DashboardColumn("Case or meeting", "raised_in"),
)


CCTV_COLUMNS = (
    DashboardColumn("Record", "reference"), DashboardColumn("What", "what", stretch=True),
    DashboardColumn("Due", "due_on"), DashboardColumn("Days late", "days_overdue"),
)
# The CCTV lists, each shown only when it has something in it.
CCTV_SECTIONS = (
    ("approvals_pending", "RIPA approvals awaited from the magistrate"),
    ("authorisations_ending", "RIPA authorisations ending or lapsed"),
    ("ripa_reviews_due", "RIPA reviews due"),
    ("deployment_reviews_due", "Mobile camera reviews due"),
    ("signage_to_remove", "CCTV signage to remove"),
    ("past_planned_end", "Mobile cameras past their planned end"),
    ("footage_to_delete", "CCTV footage due for deletion"),
)


def cctv_sections(uow: UnitOfWork, today: date) -> tuple[DashboardSection, ...]:
    """The CCTV lists that have anything in them."""
    alerts = cctv_alerts(uow, today)
    return tuple(DashboardSection(key, title, CCTV_COLUMNS, getattr(alerts, key), "")
                 for key, title in CCTV_SECTIONS if getattr(alerts, key))


def cases_past_review(uow: UnitOfWork, today: date) -> tuple[CaseReviewDue, ...]:
    """Cases not closed whose review date is before today, the longest overdue first."""
    query = (
        select(ProblemCase, Contact.name)
        .outerjoin(Contact, Contact.id == ProblemCase.owner_id)
        .where(ProblemCase.status != CaseStatus.CLOSED.value, ProblemCase.review_on < today)
        .order_by(ProblemCase.review_on, ProblemCase.reference)
    )
    return tuple(
        CaseReviewDue(case.reference, case.name, owner or "", case.review_on,
                      (today - case.review_on).days)
        for case, owner in uow.session.execute(query)
        if case.review_on is not None
    )


def overdue_actions(uow: UnitOfWork, today: date) -> tuple[OverdueAction, ...]:
    """Open actions whose due date is before today, the longest overdue first."""
    # The action's own agency, or else its owner's: an owner may be named without an agency.
    owner_agency = aliased(Agency)
    query = (
        select(Action, Contact.name, Agency.name, owner_agency.name, ProblemCase.reference,
               Meeting.name, Meeting.id)
        .outerjoin(Contact, Contact.id == Action.owner_contact_id)
        .outerjoin(Agency, Agency.id == Action.owner_agency_id)
        .outerjoin(owner_agency, owner_agency.id == Contact.agency_id)
        .outerjoin(ProblemCase, ProblemCase.id == Action.case_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Action.status == ActionStatus.OPEN.value, Action.due_on < today)
        .order_by(Action.due_on, Action.reference)
    )
    return tuple(
        OverdueAction(action.reference, action.description, owner or "",
                      agency or contact_agency or "", action.due_on,
                      (today - action.due_on).days, case_reference or "", meeting or "", meeting_id)
        for action, owner, agency, contact_agency, case_reference, meeting, meeting_id
        in uow.session.execute(query)
        if action.due_on is not None
    )


@dataclass(frozen=True)
class CaseReviewStepDue:
    """A timed step of an ASB case review still under way: its due date and whether it was met."""

    reference: str
    step: str
    due_on: date
    done_on: date | None
    state: str  # met, late, due, overdue
    days_overdue: int  # 0 unless overdue
    case_reference: str = ""  # a case review opens no problem-solving case


CASE_REVIEW_STEP_COLUMNS = (
    DashboardColumn("Case review", "reference"), DashboardColumn("Step", "step", stretch=True),
    DashboardColumn("Due", "due_on"), DashboardColumn("Done", "done_on"),
    DashboardColumn("State", "state"), DashboardColumn("Days late", "days_overdue"),
)


def case_review_steps(uow: UnitOfWork, today: date) -> tuple[CaseReviewStepDue, ...]:
    """Every due date of the case reviews with a step still to take, and whether each was met;
    the soonest due first."""
    rows = [CaseReviewStepDue(row.reference, step.label, step.due_on, step.done_on, step.state,
                              (today - step.due_on).days if step.overdue else 0)
            for row in list_case_reviews(uow, today)
            for detail in [get_case_review(uow, row.id, today)]
            if any(s.done_on is None and s.due_on is not None for s in detail.steps)
            for step in detail.steps if step.due_on is not None]
    return tuple(sorted(rows, key=lambda r: (r.due_on, r.reference)))


def _count(uow: UnitOfWork, *conditions: Any, model: Any) -> int:
    return uow.session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def dashboard(uow: UnitOfWork, today: date | None = None) -> Dashboard:
    """What needs attention as of `today` (the real today unless told): one read, no changes."""
    today = today or date.today()
    reviews = cases_past_review(uow, today)
    actions = overdue_actions(uow, today)
    steps = case_review_steps(uow, today)
    # Shown once the partnership records case reviews, so a store without them reads as before.
    reviews_kept = _count(uow, model=CaseReviewApplication) > 0
    counts = DashboardCounts(
        open_cases=_count(uow, ProblemCase.status != CaseStatus.CLOSED.value, model=ProblemCase),
        cases_past_review=len(reviews),
        open_actions=_count(uow, Action.status == ActionStatus.OPEN.value, model=Action),
        overdue_actions=len(actions),
        case_review_steps_overdue=sum(step.state == "overdue" for step in steps),
    )
    # Later work (orders to renew) adds sections here.
    sections = (
        DashboardSection("case_reviews", "Cases past their review date", CASE_REVIEW_COLUMNS,
                         reviews, "No cases are past their review date."),
        DashboardSection("overdue_actions", "Actions overdue", OVERDUE_ACTION_COLUMNS, actions,
                         "No actions are overdue."),
        *cctv_sections(uow, today),
        *([DashboardSection("case_review_steps", "ASB case review timescales", CASE_REVIEW_STEP_COLUMNS,
                            steps, "No ASB case review has a step to take.")] if reviews_kept else []),
    )
    return Dashboard(today, counts, sections + _asb_sections(uow, today) + _access_requests(uow, today))


ACCESS_COLUMNS = (
    DashboardColumn("Request", "reference"), DashboardColumn("Person", "name", stretch=True),
    DashboardColumn("Received", "received_on"), DashboardColumn("Due", "due_on"),
    DashboardColumn("Days late", "days_overdue"),
)


def _access_requests(uow: UnitOfWork, today: date) -> tuple[DashboardSection, ...]:
    """The subject access requests not yet answered (each due one calendar month after it came)."""
    rows = tuple(open_requests(uow, today))
    return (DashboardSection("subject_access", "Subject access requests to answer", ACCESS_COLUMNS, rows,
                             ""),) if rows else ()


ASB_COLUMNS = (
    DashboardColumn("Reference", "reference"), DashboardColumn("Kind", "kind"),
    DashboardColumn("About", "subject", stretch=True), DashboardColumn("Date", "due_on"),
    DashboardColumn("When", "when"), DashboardColumn("Next", "what"),
)


def _asb_sections(uow: UnitOfWork, today: date) -> tuple[DashboardSection, ...]:
    """The ASB register's four lists, when the partnership keeps its register here."""
    if not register_in_use(uow):
        return ()
    alerts = asb_alerts(uow, today)
    return (
        DashboardSection("asb_reviews", "ASB reviews due", ASB_COLUMNS, alerts.reviews_due,
                         "No ABC or order is due for review in the next two weeks."),
        DashboardSection("asb_ending", "Orders ending within 30 days", ASB_COLUMNS, alerts.ending,
                         "No order or agreement ends in the next 30 days."),
        DashboardSection("asb_time_to_comply", "Warnings whose time to comply has passed", ASB_COLUMNS,
                         alerts.time_to_comply_passed, "No Community Protection Warning is waiting."),
        DashboardSection("asb_breaches", "Breaches not acted on", ASB_COLUMNS,
                         alerts.breaches_not_acted_on, "Every breach has been acted on."),
    )
