"""A subject access disclosure: everything the store holds about one person, other people's names
tagged "[other person]" for the officer to redact before it is released."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.governance import (
    Disclosure,
    DisclosureItem,
    DisclosureSection,
    mark_others,
    name_pattern,
    person_names,
)
from jagdesk.errors import JagdeskError
from jagdesk.services.common.access import record_export
from jagdesk.services.people.links import links_to
from jagdesk.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    AsbIntervention,
    AuditEntry,
    CasePerson,
    CaseReviewApplication,
    CaseReviewLink,
    Meeting,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

PERSON_FIELDS = (("Family name", "family_name"), ("Given names", "given_names"), ("Aliases", "aliases"),
                 ("Date of birth", "date_of_birth"), ("Address", "address"), ("Postcode", "postcode"),
                 ("Phone", "phone"), ("Email", "email"), ("Notes", "notes"))
CASE_FIELDS = (("Behaviour", "behaviour"), ("Place", "place"), ("Victim", "victim_description"),
               ("Offender", "offender_description"), ("Location", "location_description"),
               ("Scanning notes", "scanning_notes"), ("Assessment", "assessment_notes"),
               ("Closed because", "closed_reason"))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return uk_day(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class _Marker:
    """Tags other people's names in every text that goes into the disclosure."""

    def __init__(self, uow: UnitOfWork, own: set[uuid.UUID], own_names: list[str]) -> None:
        theirs = {name.lower() for name in own_names}  # a namesake's name is also theirs: not tagged
        names = [name for person in uow.session.scalars(select(Person).where(Person.id.not_in(own)))
                 for name in person_names(person.given_names, person.family_name, person.aliases)
                 if name.lower() not in theirs]
        self.count = len(names)
        self.pattern: re.Pattern[str] | None = name_pattern(names)

    def item(self, heading: str, rows: list[tuple[str, object]]) -> DisclosureItem:
        return DisclosureItem(mark_others(heading, self.pattern),
                              tuple((label, mark_others(_text(value), self.pattern))
                                    for label, value in rows if _text(value)))


def _own_ids(uow: UnitOfWork, person_id: uuid.UUID) -> set[uuid.UUID]:
    """The person and every record merged into them."""
    ids, todo = {person_id}, [person_id]
    while todo:
        merged = select(Person.id).where(Person.merged_into_id.in_(todo))
        todo = [found for found in uow.session.scalars(merged) if found not in ids]
        ids.update(todo)
    return ids


def _mentions(uow: UnitOfWork, names: list[str], marker: _Marker) -> list[DisclosureItem]:
    """Minutes, decisions, actions and their updates that name the person."""
    pattern = name_pattern(names)
    words = [name.lower() for name in names if len(name) >= 2]
    if pattern is None:
        return []
    found: list[DisclosureItem] = []
    sources = ((AgendaItem, (AgendaItem.minutes, AgendaItem.decisions), "Minutes"),
               (Action, (Action.description,), "Action"),
               (ActionUpdate, (ActionUpdate.text,), "Action update"))
    for model, columns, label in sources:
        matches = or_(*(func.lower(column).contains(word, autoescape=True)
                        for column in columns for word in words))
        for record in uow.session.scalars(select(model).where(matches)):
            texts = [str(getattr(record, column.key)) for column in columns]
            if not any(pattern.search(text) for text in texts):
                continue
            heading = _mention_heading(uow, record, label)
            found.append(marker.item(heading, [(column.key.replace("_", " ").capitalize(), text)
                                               for column, text in zip(columns, texts, strict=True)]))
    return found


def _mention_heading(uow: UnitOfWork, record: object, label: str) -> str:
    if isinstance(record, AgendaItem):
        meeting = uow.session.get(Meeting, record.meeting_id)
        return f"{label}: {meeting.title() if meeting else ''}, item {record.title}"
    if isinstance(record, Action):
        return f"{label} {record.reference}"
    if isinstance(record, ActionUpdate):
        return f"{label} of {uk_day(record.written_on)}"
    return label


HIDDEN = frozenset({"search_key"})  # bookkeeping: the names, lower-cased


def _change(pair: object) -> str:
    """A change as the person reads it: the new value, "old → new", or "old (removed)"."""
    if not (isinstance(pair, list) and len(pair) == 2):
        return _text(pair)
    old, new = _text(pair[0]), _text(pair[1])
    if not old:
        return new
    return f"{old} (removed)" if not new else f"{old} → {new}"


def _trail(uow: UnitOfWork, own: set[uuid.UUID], link_ids: set[uuid.UUID],
           marker: _Marker) -> list[DisclosureItem]:
    entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(own | link_ids))
                                  .order_by(AuditEntry.seq))
    items = []
    for entry in entries:
        try:
            changes = json.loads(entry.changes or "{}")
        except ValueError:
            changes = {"": entry.changes}
        rows: list[tuple[str, object]] = [("By", entry.user), ("What", f"{entry.action} {entry.table_name}")]
        rows += [(key.replace("_", " "), _change(pair)) for key, pair in sorted(changes.items())
                 if key not in HIDDEN]
        items.append(marker.item(f"{entry.at:%d/%m/%Y %H:%M} {entry.record_title}", rows))
    return items


def subject_access(uow: UnitOfWork, person_id: uuid.UUID, today: date) -> Disclosure:
    """Everything the store holds about the person (and the records merged into them): their
    record, links, cases, interventions, case review applications, mentions of their names in
    minutes and actions, and the audit trail's entries about them; one read."""
    person = uow.session.get(Person, person_id)
    if person is None or person.merged_into_id is not None:
        raise JagdeskError("That person is not on the register (erased, or merged into another).")
    own = _own_ids(uow, person_id)
    people = list(uow.session.scalars(select(Person).where(Person.id.in_(own))))
    names = [name for record in people for name in person_names(record.given_names, record.family_name,
                                                                 record.aliases)]
    marker = _Marker(uow, own, names)
    record_items = [marker.item(record.title(), [(label, getattr(record, key))
                                                 for label, key in PERSON_FIELDS]
                                + [("Vulnerable", record.is_vulnerable), ("Youth", record.is_youth)])
                    for record in people]
    links = [link for record in people for link in links_to(uow.session, record)]
    case_ids = set(uow.session.scalars(select(CasePerson.case_id).where(CasePerson.person_id.in_(own))))
    cases = [marker.item(f"{case.reference} {case.name}",
                         [("Status", case.status), ("Opened", case.opened_on), ("Closed", case.closed_on)]
                         + [(label, getattr(case, key)) for label, key in CASE_FIELDS])
             for case in uow.session.scalars(select(ProblemCase).where(ProblemCase.id.in_(case_ids))
                                             .order_by(ProblemCase.reference))]
    interventions = [marker.item(f"{row.reference} {row.kind}", [
        ("Status", row.status), ("Opened", row.opened_on), ("Starts", row.starts_on), ("Ends", row.ends_on),
        ("Legal basis", row.legal_basis), ("Summary", row.summary), ("Notes", row.notes)])
        for row in uow.session.scalars(select(AsbIntervention).where(AsbIntervention.person_id.in_(own))
                                       .order_by(AsbIntervention.reference))]
    linked_reviews = select(CaseReviewLink.application_id).where(CaseReviewLink.person_id.in_(own))
    reviews = [marker.item(row.reference, [("Received", row.received_on), ("Applicant", row.applicant_name),
                                           ("Problem", row.problem), ("Review summary", row.review_summary)])
               for row in uow.session.scalars(select(CaseReviewApplication).where(or_(
                   CaseReviewApplication.applicant_id.in_(own), CaseReviewApplication.victim_id.in_(own),
                   CaseReviewApplication.id.in_(linked_reviews))).order_by(CaseReviewApplication.reference))]
    sections = (
        DisclosureSection("Their record", tuple(record_items)),
        DisclosureSection("What they are linked to", tuple(
            marker.item(link.kind, [("Record", link.text)]) for link in links)),
        DisclosureSection("Problem-solving cases", tuple(cases)),
        DisclosureSection("ASB interventions", tuple(interventions)),
        DisclosureSection("ASB case review applications", tuple(reviews)),
        DisclosureSection("Minutes and actions that name them", tuple(_mentions(uow, names, marker))),
        DisclosureSection("The audit trail's entries about them", tuple(
            _trail(uow, own, {link.link_id for link in links}, marker))),
    )
    return Disclosure(person_id, person.title(), today, sections, marker.count)


def export_subject_access(uow: UnitOfWork, person_id: uuid.UUID, today: date,
                          folder: Path) -> Disclosure:
    """The disclosure to write into `folder`, its export recorded in the access log against the
    person: everything held about them, so OFFICIAL-SENSITIVE until redacted."""
    disclosure = subject_access(uow, person_id, today)
    record_export(uow, f"Subject access disclosure: {disclosure.name}",
                  Marking.OFFICIAL_SENSITIVE.value, False, folder, person_id, kind="person")
    return disclosure
