"""The ASB interventions register: warning letters, ABCs, orders, notices and closures, about a
person, a premises or an area; their terms, breaches, status history and the letters written."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Record


class AsbIntervention(Record):
    """One intervention: its kind, subject, dates, who leads it, and where it stands."""

    __tablename__ = "asb_intervention"
    label, plural = "intervention", "interventions"

    reference: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)  # jagdesk.domain.asb.vocabulary.Kind
    status: Mapped[str] = mapped_column(String(20), index=True)
    # The law it was made under, copied from the power in force on its date.
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(10))  # person, premises or area
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    premises: Mapped[str] = mapped_column(Text, default="")  # the address of premises
    place: Mapped[str] = mapped_column(Text, default="")  # an area's name ("Borehamwood town centre")
    # A drawn area as a GeoJSON Polygon (lon/lat), as hotspots have; wards are linked (AsbLink).
    area: Mapped[str | None] = mapped_column(Text)
    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="RESTRICT"), index=True
    )
    lead_agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    # Proposed, drafted, applied for or issued; then signed, granted or served.
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    starts_on: Mapped[date | None] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)
    indefinite: Mapped[bool] = mapped_column(Boolean, default=False)
    review_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Hours-long powers (dispersal, closure notice), in local time as written on the notice.
    starts_at: Mapped[datetime | None] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    hearing_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    signed_rank: Mapped[str] = mapped_column(String(30), default="")  # a Rank value or ""
    yot_consulted_on: Mapped[date | None] = mapped_column(Date)
    comply_by: Mapped[date | None] = mapped_column(Date)
    housing: Mapped[bool] = mapped_column(Boolean, default=False)
    # The earlier intervention this one follows: a CPN's warning, a closure order's notice. SET NULL,
    # not RESTRICT, so that a restore can empty the table in one statement (RESTRICT is checked row
    # by row); deleting a warning a notice follows is refused by the service all the same.
    follows_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="SET NULL"), index=True
    )
    summary: Mapped[str] = mapped_column(Text, default="")  # the incidents, as letters quote them
    notes: Mapped[str] = mapped_column(Text, default="")

    links: Mapped[list[AsbLink]] = relationship(back_populates="intervention", cascade="all, delete-orphan")
    terms: Mapped[list[AsbTerm]] = relationship(
        back_populates="intervention", cascade="all, delete-orphan", order_by="AsbTerm.position")
    breaches: Mapped[list[AsbBreach]] = relationship(
        back_populates="intervention", cascade="all, delete-orphan", order_by="AsbBreach.breached_on")
    status_changes: Mapped[list[AsbStatusChange]] = relationship(
        back_populates="intervention", cascade="all, delete-orphan", order_by="AsbStatusChange.changed_on")

    def title(self) -> str:
        return f"{self.reference} {self.kind}"


def _reference(part: AsbLink | AsbTerm | AsbBreach | AsbStatusChange) -> str:
    """The reference of a part's intervention when it is loaded (titles are read during a flush)."""
    intervention = part.__dict__.get("intervention")
    return intervention.reference if intervention is not None else "an intervention"


class AsbLink(Record):
    """A case, hotspot or ward an intervention is linked to (one of the three on each row)."""

    __tablename__ = "asb_link"
    label, plural = "link of an intervention", "links of interventions"

    intervention_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="RESTRICT"), index=True
    )
    hotspot_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="RESTRICT"), index=True
    )
    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="RESTRICT"), index=True
    )

    intervention: Mapped[AsbIntervention] = relationship(back_populates="links")

    def title(self) -> str:
        return f"link of {_reference(self)}"


class AsbTerm(Record):
    """A prohibition or requirement, with its own end and whether a power of arrest is attached."""

    __tablename__ = "asb_term"
    label, plural = "term", "terms"

    intervention_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    term_kind: Mapped[str] = mapped_column(String(12), default="prohibition")
    text: Mapped[str] = mapped_column(Text)
    ends_on: Mapped[date | None] = mapped_column(Date)
    power_of_arrest: Mapped[bool] = mapped_column(Boolean, default=False)

    intervention: Mapped[AsbIntervention] = relationship(back_populates="terms")

    def title(self) -> str:
        return f"term of {_reference(self)}"


class AsbBreach(Record):
    """A breach: when, of which term, who reported it, the evidence, what was done and the result."""

    __tablename__ = "asb_breach"
    label, plural = "breach", "breaches"

    intervention_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="CASCADE"), index=True
    )
    term_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("asb_term.id", ondelete="SET NULL"), index=True
    )
    breached_on: Mapped[date] = mapped_column(Date, index=True)
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(30), default="none yet")  # a BreachAction value
    action_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")

    intervention: Mapped[AsbIntervention] = relationship(back_populates="breaches")

    def title(self) -> str:
        return f"breach of {_reference(self)} on {self.breached_on}"


class AsbStatusChange(Record):
    """A dated change of an intervention's status, with a note (why it was varied, who decided)."""

    __tablename__ = "asb_status_change"
    label, plural = "status change of an intervention", "status changes of interventions"

    intervention_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    intervention: Mapped[AsbIntervention] = relationship(back_populates="status_changes")

    def title(self) -> str:
        return f"{self.to_status} of {_reference(self)}"


class AsbLetter(Record):
    """A letter written from a template: to a person (about an intervention) or to a road's homes."""

    __tablename__ = "asb_letter"
    label, plural = "letter", "letters"

    template: Mapped[str] = mapped_column(String(200))
    written_on: Mapped[date] = mapped_column(Date, index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    intervention_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="SET NULL"), index=True
    )
    road: Mapped[str] = mapped_column(String(200), default="")
    addresses: Mapped[int] = mapped_column(Integer, default=1)  # how many homes it went to
    file_name: Mapped[str] = mapped_column(Text, default="")

    def title(self) -> str:
        return f"{self.template} of {self.written_on}"


class AsbSettings(Record):
    """The partnership's ASB settings (one row; none: the defaults): an ABC's usual length and
    review, the dashboard's warning before an order ends, and the Respect Order's commencement."""

    __tablename__ = "asb_settings"
    label, plural = "ASB settings", "ASB settings"

    abc_months: Mapped[int] = mapped_column(Integer, default=6)
    abc_review_months: Mapped[int] = mapped_column(Integer, default=3)
    expiring_days: Mapped[int] = mapped_column(Integer, default=30)
    respect_order_on: Mapped[date | None] = mapped_column(Date)

    def title(self) -> str:
        return "ASB settings"
