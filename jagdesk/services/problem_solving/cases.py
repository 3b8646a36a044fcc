"""Problem-solving cases: list, open, save, close, reopen, delete, and the people linked to them."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.problem_solving.rules import (
    LONG_TEXT_LENGTH,
    case_choice_errors,
    case_date_errors,
    flags_text,
    period_errors,
    review_overdue,
    statement_errors,
    status_edit_problem,
    texts_errors,
)
from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseStatus, Side
from jagdesk.errors import NotFoundError, ValidationError
from jagdesk.services.common.access import OPEN, record_access
from jagdesk.services.common.readable import readable
from jagdesk.services.common.records import load_for_change, touch, validated
from jagdesk.services.common.references import case_reference
from jagdesk.services.problem_solving.actions import ActionRow, list_actions
from jagdesk.store.models import (
    Action,
    Agency,
    CaseAgency,
    CaseHotspot,
    CasePerson,
    Contact,
    Hotspot,
    Locality,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class CaseRow:
    """A case as the cases list and the command line see it."""

    id: uuid.UUID
    reference: str
    name: str
    status: str  # CaseStatus value
    opened_on: date
    review_on: date | None
    owner_name: str
    review_overdue: bool  # not closed and the review date has passed
    open_actions: int
    version: int

    @property
    def review_date(self) -> str:
        """The review date as a listing prints it (dd/mm/yyyy, or nothing)."""
        return uk_day(self.review_on)


@dataclass(frozen=True)
class CaseInput:
    """Every field of a case the user edits (status changes go through close/reopen)."""

    name: str
    opened_on: date
    behaviour: str = ""
    place: str = ""
    time_pattern: str = ""
    status: str = "open"  # open, in progress, monitoring (closing uses close_case)
    review_on: date | None = None
    owner_id: uuid.UUID | None = None  # a contact
    locality_id: uuid.UUID | None = None
    agency_ids: tuple[uuid.UUID, ...] = ()
    hotspot_ids: tuple[uuid.UUID, ...] = ()
    objective: str = ""
    objective_measure: str = ""
    objective_target: str = ""
    objective_due_on: date | None = None
    scanning_sources: tuple[str, ...] = ()  # keys of SCANNING_SOURCES
    scanning_notes: str = ""
    victim_description: str = ""
    guardian: str = ""
    location_description: str = ""
    place_manager: str = ""
    offender_description: str = ""
    handler: str = ""
    response_started_on: date | None = None
    response_ended_on: date | None = None
    before_from: date | None = None  # first days of whole months
    before_to: date | None = None
    after_from: date | None = None
    after_to: date | None = None
    assessment_result: str = ""  # AssessmentResult value or ""
    assessment_notes: str = ""


# The CaseInput fields, in order (CaseDetail carries each under the same name).
CASE_INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CaseInput))
# The free-text and date fields saved as they are entered (text trimmed).
TEXT_FIELDS = ("behaviour", "place", "time_pattern", "objective", "objective_measure",
               "objective_target", "scanning_notes", "victim_description", "guardian",
               "location_description", "place_manager", "offender_description", "handler",
               "assessment_notes")
DATE_FIELDS = ("opened_on", "review_on", "objective_due_on", "response_started_on",
               "response_ended_on", "before_from", "before_to", "after_from", "after_to")


@dataclass(frozen=True)
class CasePersonRow:
    """A person linked to a case on one side of the triangle."""

    link_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    side: str  # Side value
    role: str
    flags_text: str  # "vulnerable, youth, repeat" or ""


@dataclass(frozen=True)
class NamedRef:
    """An id with the name to show for it (an agency, a hotspot)."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case for its page: every field, the names to show, links and actions."""

    id: uuid.UUID
    reference: str
    name: str
    status: str  # CaseStatus value
    opened_on: date
    closed_on: date | None
    closed_reason: str
    behaviour: str
    place: str
    time_pattern: str
    review_on: date | None
    owner_id: uuid.UUID | None
    owner_name: str  # "" when there is no owner
    owner_agency: str  # the owner's agency, "" when there is no owner
    locality_id: uuid.UUID | None
    locality_name: str
    agencies: tuple[NamedRef, ...]
    hotspots: tuple[NamedRef, ...]
    objective: str
    objective_measure: str
    objective_target: str
    objective_due_on: date | None
    scanning_sources: tuple[str, ...]  # keys of SCANNING_SOURCES
    scanning_notes: str
    victim_description: str
    guardian: str
    location_description: str
    place_manager: str
    offender_description: str
    handler: str
    response_started_on: date | None
    response_ended_on: date | None
    before_from: date | None
    before_to: date | None
    after_from: date | None
    after_to: date | None
    assessment_result: str
    assessment_notes: str
    people: tuple[CasePersonRow, ...]
    actions: tuple[ActionRow, ...]
    review_overdue: bool
    version: int

    @property
    def title(self) -> str:
        return f"{self.reference} {self.name}"

    @property
    def agency_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(item.id for item in self.agencies)

    @property
    def hotspot_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(item.id for item in self.hotspots)

    def as_input(self) -> CaseInput:
        """The editable fields, ready to change and pass back to save_case."""
        values = {name: getattr(self, name) for name in CASE_INPUT_FIELDS}
        return CaseInput(**values)


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def _open_action_counts(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not case_ids:
        return {}
    query = (select(Action.case_id, func.count()).where(
        Action.case_id.in_(case_ids), Action.status == ActionStatus.OPEN).group_by(Action.case_id))
    return {case_id: count for case_id, count in session.execute(query) if case_id is not None}


def list_cases(uow: UnitOfWork, status: str | None = None, text: str = "",
               today: date | None = None, linkable: bool = False) -> list[CaseRow]:
    """Cases, the most recently opened first.

    `status` is a CaseStatus value, or "active" for every case not closed; `text` matches the
    reference, the title and the problem statement. `linkable`: the cases a meeting or an item
    may be linked to, none for a login that may not read cases (a partner, who reads meetings).
    """
    if linkable and not readable(uow.session, ProblemCase):
        return []
    query = (select(ProblemCase, Contact.name)
             .outerjoin(Contact, Contact.id == ProblemCase.owner_id)
             .order_by(ProblemCase.opened_on.desc(), ProblemCase.reference.desc()))
    if status == "active":
        query = query.where(ProblemCase.status != CaseStatus.CLOSED)
    elif status:
        query = query.where(ProblemCase.status == status)
    words = text.strip().lower()
    if words:
        pattern = f"%{words}%"
        query = query.where(or_(*(func.lower(column).like(pattern) for column in (
            ProblemCase.reference, ProblemCase.name, ProblemCase.behaviour, ProblemCase.place))))
    found = uow.session.execute(query).all()
    counts = _open_action_counts(uow.session, [case.id for case, _ in found])
    day = _today(today)
    return [CaseRow(case.id, case.reference, case.name, case.status, case.opened_on,
                    case.review_on, owner or "", review_overdue(case.status, case.review_on, day),
                    counts.get(case.id, 0), case.version)
            for case, owner in found]


def _names(session: Session, model: type[Agency] | type[Hotspot],
           ids: list[uuid.UUID]) -> tuple[NamedRef, ...]:
    if not ids:
        return ()
    rows = session.execute(select(model.id, model.name).where(model.id.in_(ids))
                           .order_by(func.lower(model.name)))
    return tuple(NamedRef(row_id, name) for row_id, name in rows)


def case_people(session: Session, case_id: uuid.UUID) -> tuple[CasePersonRow, ...]:
    """The people linked to a case, by side then name."""
    order = {side.value: n for n, side in enumerate(Side)}
    query = select(CasePerson, Person).join(Person, Person.id == CasePerson.person_id).where(
        CasePerson.case_id == case_id)
    rows = [CasePersonRow(link.id, person.id, person.title(), link.side, link.role,
                          flags_text(person.is_vulnerable, person.is_youth, person.is_repeat))
            for link, person in session.execute(query)]
    return tuple(sorted(rows, key=lambda r: (order.get(r.side, 9), r.name.lower())))


def case_detail(uow: UnitOfWork, case: ProblemCase, today: date | None) -> CaseDetail:
    session = uow.session
    owner = session.get(Contact, case.owner_id) if case.owner_id else None
    owner_agency = session.get(Agency, owner.agency_id) if owner else None
    locality = session.get(Locality, case.locality_id) if case.locality_id else None
    agency_ids = list(session.scalars(select(CaseAgency.agency_id).where(
        CaseAgency.case_id == case.id)))
    hotspot_ids = list(session.scalars(select(CaseHotspot.hotspot_id).where(
        CaseHotspot.case_id == case.id)))
    return CaseDetail(
        id=case.id, reference=case.reference, name=case.name, status=case.status,
        opened_on=case.opened_on, closed_on=case.closed_on, closed_reason=case.closed_reason,
        behaviour=case.behaviour, place=case.place, time_pattern=case.time_pattern,
        review_on=case.review_on, owner_id=case.owner_id,
        owner_name=owner.name if owner else "",
        owner_agency=owner_agency.name if owner_agency else "",
        locality_id=case.locality_id, locality_name=locality.name if locality else "",
        agencies=_names(session, Agency, agency_ids), hotspots=_names(session, Hotspot, hotspot_ids),
        objective=case.objective, objective_measure=case.objective_measure,
        objective_target=case.objective_target, objective_due_on=case.objective_due_on,
        scanning_sources=tuple(json.loads(case.scanning_sources or "[]")),
        scanning_notes=case.scanning_notes,
        victim_description=case.victim_description, guardian=case.guardian,
        location_description=case.location_description, place_manager=case.place_manager,
        offender_description=case.offender_description, handler=case.handler,
        response_started_on=case.response_started_on, response_ended_on=case.response_ended_on,
        before_from=case.before_from, before_to=case.before_to, after_from=case.after_from,
        after_to=case.after_to, assessment_result=case.assessment_result,
        assessment_notes=case.assessment_notes,
        people=case_people(session, case.id),
        actions=tuple(list_actions(uow, case.id, today)),
        review_overdue=review_overdue(case.status, case.review_on, _today(today)),
        version=case.version,
    )


def get_case(uow: UnitOfWork, case_id: uuid.UUID, today: date | None = None) -> CaseDetail:
    """One case with its links and actions, for its page: the look recorded in the access log."""
    detail = case_detail(uow, uow.get(ProblemCase, case_id), today)
    record_access(uow, OPEN, "problem_case", f"{detail.reference} {detail.name}", detail.id)
    return detail


def case_by_reference(uow: UnitOfWork, reference: str) -> ProblemCase:
    """The stored case with this reference (any case of letters), or NotFoundError."""
    wanted = reference.strip().upper()
    case = uow.session.scalar(select(ProblemCase).where(func.upper(ProblemCase.reference) == wanted))
    if case is None:
        raise NotFoundError(f"There is no case {wanted or '(no reference given)'}.")
    return case


def find_case(uow: UnitOfWork, reference: str, today: date | None = None) -> CaseDetail:
    """The case with this reference (case-insensitive), or NotFoundError."""
    return case_detail(uow, case_by_reference(uow, reference), today)


def _case_errors(data: CaseInput, current_status: str | None) -> dict[str, str]:
    errors = statement_errors(data.name, data.behaviour, data.place, data.time_pattern)
    errors.update(texts_errors(
        objective=data.objective, objective_measure=data.objective_measure,
        objective_target=data.objective_target, scanning_notes=data.scanning_notes,
        victim_description=data.victim_description, guardian=data.guardian,
        location_description=data.location_description, place_manager=data.place_manager,
        offender_description=data.offender_description, handler=data.handler))
    if len(data.assessment_notes) > LONG_TEXT_LENGTH:
        errors["assessment_notes"] = (f"The assessment notes are too long: at most "
                                      f"{LONG_TEXT_LENGTH} characters.")
    errors.update(case_choice_errors(data.status, data.scanning_sources, data.assessment_result))
    if "status" not in errors:
        problem = status_edit_problem(current_status, data.status)
        if problem:
            errors["status"] = problem
    errors.update(case_date_errors(data.opened_on, data.review_on, data.objective_due_on,
                                   data.response_started_on, data.response_ended_on))
    errors.update(period_errors(data.before_from, data.before_to, data.after_from, data.after_to,
                                data.response_started_on, data.response_ended_on))
    return errors


def _check_links(uow: UnitOfWork, data: CaseInput) -> None:
    session = uow.session
    if data.owner_id is not None and session.get(Contact, data.owner_id) is None:
        raise ValidationError({"owner_id": "That contact is no longer in the store."})
    if data.locality_id is not None and session.get(Locality, data.locality_id) is None:
        raise ValidationError({"locality_id": "That locality is no longer in the store."})
    for field_name, model, ids in (("agency_ids", Agency, data.agency_ids),
                                   ("hotspot_ids", Hotspot, data.hotspot_ids)):
        wanted = set(ids)
        found = set(session.scalars(select(model.id).where(model.id.in_(wanted)))) if wanted else set()
        if found != wanted:
            raise ValidationError({field_name: f"One of the chosen {model.plural} is no longer "
                                               "in the store."})


def _set_links(session: Session, case: ProblemCase, data: CaseInput) -> None:
    """Make the case's agencies and hotspots exactly the chosen ones (links added or removed)."""
    wanted_agencies = set(data.agency_ids)
    for link in list(case.agencies):
        if link.agency_id not in wanted_agencies:
            case.agencies.remove(link)
    have = {link.agency_id for link in case.agencies}
    case.agencies.extend(CaseAgency(agency_id=i) for i in data.agency_ids if i not in have)
    wanted_hotspots = set(data.hotspot_ids)
    for place in list(case.hotspots):
        if place.hotspot_id not in wanted_hotspots:
            case.hotspots.remove(place)
    have = {place.hotspot_id for place in case.hotspots}
    case.hotspots.extend(CaseHotspot(hotspot_id=i) for i in data.hotspot_ids if i not in have)


def save_case(uow: UnitOfWork, data: CaseInput, record_id: uuid.UUID | None = None,
              expected_version: int | None = None) -> CaseDetail:
    """Open a new case (it gets the next PS-YYYY-NNN for its opened year) or change one."""
    case = None if record_id is None else load_for_change(uow, ProblemCase, record_id,
                                                           expected_version)
    validated(_case_errors(data, case.status if case else None))
    _check_links(uow, data)
    if case is None:
        case = ProblemCase(reference=case_reference(uow.session, data.opened_on.year))
        uow.session.add(case)
    case.name = data.name.strip()
    case.status = data.status
    for name in TEXT_FIELDS:
        setattr(case, name, getattr(data, name).strip())
    for name in DATE_FIELDS:
        setattr(case, name, getattr(data, name))
    case.owner_id = data.owner_id
    case.locality_id = data.locality_id
    case.scanning_sources = json.dumps(list(dict.fromkeys(data.scanning_sources)))
    case.assessment_result = data.assessment_result
    _set_links(uow.session, case, data)
    # Links are rows of their own: touching the case makes its version move with them, so that
    # a second user saving the same case from an older reading is refused and told who and when.
    touch(uow, case)
    uow.commit()
    return case_detail(uow, case, None)
