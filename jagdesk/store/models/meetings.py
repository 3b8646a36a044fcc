"""Meetings of the partnership (the JAG and its sub-groups): their series, attendance, and agenda items
with minutes."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.domain.common.marking import Marking
from jagdesk.store.base import Record


class MeetingType(Record):
    """A kind of meeting (JAG, problem-solving meeting, MARRG...); the list is the partnership's own."""

    __tablename__ = "meeting_type"
    label, plural = "meeting type", "meeting types"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    # A problem-solving meeting belongs to a case and its agenda follows the triangle.
    is_problem_solving: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingSeries(Record):
    """Meetings that follow on from each other (the Hertsmere JAG): open actions carry forward."""

    __tablename__ = "meeting_series"
    label, plural = "meeting series", "meeting series"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    meeting_type_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting_type.id", ondelete="RESTRICT"), index=True
    )
    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="RESTRICT"), index=True
    )
    # Starts the series' action references: JAG -> JAG-2026-11/03.
    action_prefix: Mapped[str] = mapped_column(String(12), default="JAG")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Meeting(Record):
    """One meeting: when and where, who chaired and minuted, its marking, attendance and agenda."""

    __tablename__ = "meeting"
    label, plural = "meeting", "meetings"

    series_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting_series.id", ondelete="RESTRICT"), index=True
    )
    meeting_type_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting_type.id", ondelete="RESTRICT"), index=True
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="RESTRICT"), index=True
    )
    # The meeting's title ("Hertsmere JAG, November 2026"); `name` so that title() stays a method.
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    # Local (UK) wall-clock times: a meeting at 10:00 stays at 10:00 whatever the clocks do.
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(Text, default="")
    chair_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    minute_taker_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    marking: Mapped[str] = mapped_column(String(20), default=Marking.OFFICIAL_SENSITIVE.value)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned, held, cancelled
    next_meeting: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.position"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )

    def title(self) -> str:
        return f"{self.name} on {self.held_on}"


class MeetingAttendee(Record):
    """Someone invited to a meeting: a contact from the directory or a guest, and whether they came."""

    __tablename__ = "meeting_attendee"
    label, plural = "attendee", "attendees"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    # A guest is not in the directory: their name and agency are written here instead.
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_agency: Mapped[str] = mapped_column(String(200), default="")
    attendance: Mapped[str] = mapped_column(String(12), default="present")  # present, apologies, absent
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")

    def title(self) -> str:
        return self.guest_name or "attendee"


class AgendaItem(Record):
    """An item on a meeting's agenda, in order, with its minutes and decisions; actions point at it."""

    __tablename__ = "agenda_item"
    label, plural = "agenda item", "agenda items"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))  # the item's title on the agenda
    # general, matters arising, hotspot, case, review, any other business (later issues add kinds)
    kind: Mapped[str] = mapped_column(String(30), default="general")
    hotspot_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="RESTRICT"), index=True
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="RESTRICT"), index=True
    )
    side: Mapped[str] = mapped_column(String(10), default="")  # a triangle side, on a problem-solving agenda
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="items")
