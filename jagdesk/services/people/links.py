"""What links to a person, found from the schema's foreign keys; moving those links; their history."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, select
from sqlalchemy.orm import Session

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.services.common.readable import readable
from jagdesk.store.base import Record, keys_pointing_at
from jagdesk.store.models import AuditEntry, CasePerson, Person, ProblemCase
from jagdesk.store.uow import UnitOfWork

ACTIONS = {"insert": "Added", "update": "Changed", "delete": "Deleted"}
# Bookkeeping that the history does not show: the search key follows the names.
HIDDEN = frozenset({"search_key"})


@dataclass(frozen=True)
class PersonLink:
    """One thing a person is linked to. For a case: its reference, title, the side and the role."""

    kind: str  # what links, as a person calls it: "person on a case"
    link_id: uuid.UUID  # the linking record
    case_id: uuid.UUID | None
    reference: str
    title: str
    side: str
    role: str

    @property
    def side_title(self) -> str:
        return Side(self.side).label if self.side in {s.value for s in Side} else self.side

    @property
    def text(self) -> str:
        """'PS-2026-014 Street drinking at Shenley Road shops (offender: ringleader)'."""
        part = ": ".join(p for p in (self.side, self.role) if p)
        head = " ".join(p for p in (self.reference, self.title) if p)
        return f"{head} ({part})" if part else head


def _person_keys() -> Iterator[tuple[type[Record], Column[Any]]]:
    """Every (model, column) whose foreign key points at a person, except the merge pointer."""
    for model, fk in keys_pointing_at(Person.__table__):
        if fk.parent is not Person.__table__.c.merged_into_id:
            yield model, fk.parent


def links_to(session: Session, person: Person) -> list[PersonLink]:
    """What refers to the person: case links first, by case reference, then anything else; only
    what the login may read (an officer is not told that a person is the subject of covert work)."""
    links: list[PersonLink] = []
    for model, column in _person_keys():
        if not readable(session, model):
            continue
        if model is CasePerson:
            rows = session.execute(
                select(CasePerson, ProblemCase).join(ProblemCase, CasePerson.case_id == ProblemCase.id)
                .where(CasePerson.person_id == person.id)
                .order_by(ProblemCase.reference, CasePerson.side))
            links += [PersonLink(model.label, link.id, case.id, case.reference, case.name, link.side,
                                 link.role) for link, case in rows]
        else:
            for record in session.scalars(select(model).where(column == person.id)):
                links.append(PersonLink(model.label, record.id, None, "", record.title(), "", ""))
    return links


def _clash(session: Session, record: Record, column: Column[Any], to_id: uuid.UUID) -> Record | None:
    """A record that `record` would duplicate under a unique constraint once it names `to_id`."""
    model = type(record)
    table = model.__table__
    assert isinstance(table, Table)
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint) or column.key not in constraint.columns:
            continue
        others = [c for c in constraint.columns if c.key != column.key]
        query = select(model).where(column == to_id, model.id != record.id,
                                    *(c == getattr(record, c.key) for c in others))
        found = session.scalars(query).first()
        if found is not None:
            return found
    return None


def move_links(session: Session, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
    """Point everything that names person `from_id` at `to_id`. Where the kept person is already
    linked the same way (both on the same side of one case), one link stays: the kept one, taking
    the other's role if it had none."""
    for model, column in _person_keys():
        for record in session.scalars(select(model).where(column == from_id)).all():
            same = _clash(session, record, column, to_id)
            if same is None:
                setattr(record, column.key, to_id)
                continue
            if isinstance(same, CasePerson) and isinstance(record, CasePerson) and not same.role:
                same.role = record.role
            session.delete(record)
        # Deletes and moves reach the database before the next kind is checked.
        session.flush()


# History -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    """One change to a person's record, or to a record since merged into it."""

    at: datetime
    user: str
    action: str  # Added, Changed, Deleted
    record_title: str
    merged: bool  # a change to a record that was merged into this one
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)

    @property
    def summary(self) -> str:
        """'family name: Smith → Smyth; phone: → 07700 900123'."""
        parts: list[str] = []
        for field, old, new in self.changes:
            if field == "merged into id":
                parts += ["merged into another record"] if new else []
            elif self.action == "Added":
                parts += [f"{field}: {new}"] if new and new != "no" else []
            elif self.action == "Changed":
                parts.append(f"{field}: {old} → {new}")
        return "; ".join(parts)


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key == "date_of_birth":
        return uk_day(date.fromisoformat(str(value)))
    return str(value).replace("\n", " / ")


def _merged_ids(session: Session, person_id: uuid.UUID) -> set[uuid.UUID]:
    """Records ever merged into this person: those pointing at it now, and those whose audit trail
    says they pointed at it (they survive in the trail even if deleted since)."""
    ids = set(session.scalars(select(Person.id).where(Person.merged_into_id == person_id)))
    # The trail stores changes as JSON text: {"merged_into_id": [old, new], ...}.
    query = select(AuditEntry.record_id).where(
        AuditEntry.table_name == Person.__tablename__,
        AuditEntry.changes.like(f'%"merged_into_id": [%, "{person_id}"]%'))
    ids.update(session.scalars(query))
    ids.discard(person_id)
    return ids


def person_history(uow: UnitOfWork, person_id: uuid.UUID) -> list[HistoryRow]:
    """The audit trail of the person's record and of every record merged into it, newest first."""
    merged = _merged_ids(uow.session, person_id)
    query = (select(AuditEntry)
             .where(AuditEntry.table_name == Person.__tablename__,
                    AuditEntry.record_id.in_({person_id, *merged}))
             .order_by(AuditEntry.at.desc(), AuditEntry.id))
    rows: list[HistoryRow] = []
    for entry in uow.session.scalars(query):
        changes = json.loads(entry.changes or "{}")
        fields = tuple((key.replace("_", " "), _text(key, old), _text(key, new))
                       for key, (old, new) in sorted(changes.items()) if key not in HIDDEN)
        rows.append(HistoryRow(entry.at, entry.user, ACTIONS.get(entry.action, entry.action),
                               entry.record_title, entry.record_id in merged, fields))
    return rows
