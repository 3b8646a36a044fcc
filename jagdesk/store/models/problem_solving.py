"""Problem-solving cases worked through OSARA on the victim / location / offender triangle,
and the actions that partners take (on a case now, from meetings later)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Base, Record


class ReferenceSequence(Base):
    """The last number given out for a series of references ("PS-2026"), so none is ever reused."""

    __tablename__ = "reference_sequence"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ProblemCase(Record):
    """A problem worked by the partnership from first report to closure (OSARA)."""

    __tablename__ = "problem_case"
    label, plural = "case", "cases"

    reference: Mapped[str] = mapped_column(String(20), unique=True)
    # The case's title ("Street drinking at Shenley Road shops"); `name` so that title() stays a method.
    name: Mapped[str] = mapped_column(String(200))
    # The problem statement: the behaviour, the place and the time.
    behaviour: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    time_pattern: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_reason: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date, index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="RESTRICT"), index=True
    )
    # Objective: what success is, how it is measured, the target and by when.
    objective: Mapped[str] = mapped_column(Text, default="")
    objective_measure: Mapped[str] = mapped_column(Text, default="")
    objective_target: Mapped[str] = mapped_column(Text, default="")
    objective_due_on: Mapped[date | None] = mapped_column(Date)
    # Scanning: JSON list of source keys (police data, complaints...) and what they showed.
    scanning_sources: Mapped[str] = mapped_column(Text, default="[]")
    scanning_notes: Mapped[str] = mapped_column(Text, default="")
    # Analysis: each side of the triangle and its controller.
    victim_description: Mapped[str] = mapped_column(Text, default="")
    guardian: Mapped[str] = mapped_column(Text, default="")
    location_description: Mapped[str] = mapped_column(Text, default="")
    place_manager: Mapped[str] = mapped_column(Text, default="")
    offender_description: Mapped[str] = mapped_column(Text, default="")
    handler: Mapped[str] = mapped_column(Text, default="")
    # Response: when it ran (the assessment compares the months before and after).
    response_started_on: Mapped[date | None] = mapped_column(Date)
    response_ended_on: Mapped[date | None] = mapped_column(Date)
    # Assessment: two periods of whole months (stored as their first days) and the judgement.
    before_from: Mapped[date | None] = mapped_column(Date)
    before_to: Mapped[date | None] = mapped_column(Date)
    after_from: Mapped[date | None] = mapped_column(Date)
    after_to: Mapped[date | None] = mapped_column(Date)
    assessment_result: Mapped[str] = mapped_column(String(20), default="")
    assessment_notes: Mapped[str] = mapped_column(Text, default="")
    # The fields left out of public documents, as a JSON list; None: the defaults
    # (jagdesk.domain.meetings.pack.public_fields).
    public_withheld: Mapped[str | None] = mapped_column(Text)

    agencies: Mapped[list[CaseAgency]] = relationship(back_populates="case", cascade="all, delete-orphan")
    hotspots: Mapped[list[CaseHotspot]] = relationship(back_populates="case", cascade="all, delete-orphan")
    people: Mapped[list[CasePerson]] = relationship(back_populates="case", cascade="all, delete-orphan")

    def title(self) -> str:
        return f"{self.reference} {self.name}"


class CaseAgency(Record):
    """A partner agency involved in a case."""

    __tablename__ = "case_agency"
    __table_args__ = (UniqueConstraint("case_id", "agency_id"),)
    label, plural = "agency on a case", "agencies on cases"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )

    case: Mapped[ProblemCase] = relationship(back_populates="agencies")

    def title(self) -> str:
        return f"agency on {_case_reference(self)}"


class CaseHotspot(Record):
    """A hotspot linked to a case: a place on the location side, whose incidents are the evidence."""

    __tablename__ = "case_hotspot"
    __table_args__ = (UniqueConstraint("case_id", "hotspot_id"),)
    label, plural = "hotspot on a case", "hotspots on cases"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="CASCADE"), index=True
    )
    hotspot_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="RESTRICT"), index=True
    )

    case: Mapped[ProblemCase] = relationship(back_populates="hotspots")

    def title(self) -> str:
        return f"hotspot on {_case_reference(self)}"


class CasePerson(Record):
    """A person linked to a case on one side of the triangle (victim or offender), with their part."""

    __tablename__ = "case_person"
    __table_args__ = (UniqueConstraint("case_id", "person_id", "side"),)
    label, plural = "person on a case", "people on cases"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    side: Mapped[str] = mapped_column(String(10))  # victim, offender, location (e.g. a landlord)
    role: Mapped[str] = mapped_column(String(200), default="")

    case: Mapped[ProblemCase] = relationship(back_populates="people")

    def title(self) -> str:
        return f"{self.side} on {_case_reference(self)}"


def _case_reference(link: CaseAgency | CaseHotspot | CasePerson) -> str:
    """The reference of a link's case when it is already loaded (titles are read during a flush,
    where loading more would be unsafe), else "a case"."""
    case = link.__dict__.get("case")
    return case.reference if case is not None else "a case"


class Action(Record):
    """Something a partner has agreed to do, with an owner, a due date and a status.

    Case actions carry the side of the triangle and the situational technique they apply;
    meeting actions (later) carry their meeting item instead.
    """

    __tablename__ = "action"
    label, plural = "action", "actions"

    reference: Mapped[str] = mapped_column(String(30), unique=True)
    description: Mapped[str] = mapped_column(Text)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="CASCADE"), index=True
    )
    # A meeting action points at the agenda item where it was agreed.
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agenda_item.id", ondelete="RESTRICT"), index=True
    )
    side: Mapped[str] = mapped_column(String(10), default="")  # victim, location, offender or ""
    technique: Mapped[str] = mapped_column(String(40), default="")  # a situational technique key or ""
    owner_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    owner_agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, done, cancelled
    completed_on: Mapped[date | None] = mapped_column(Date)
    # The fields left out of public documents, as a JSON list; None: the defaults
    # (jagdesk.domain.meetings.pack.public_fields).
    public_withheld: Mapped[str | None] = mapped_column(Text)

    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionUpdate.written_on"
    )

    def title(self) -> str:
        return f"action {self.reference}"


class ActionUpdate(Record):
    """A dated note of progress on an action."""

    __tablename__ = "action_update"
    label, plural = "action update", "action updates"

    action_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    written_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)

    action: Mapped[Action] = relationship(back_populates="updates")

    def title(self) -> str:
        return f"update of {self.written_on}"
