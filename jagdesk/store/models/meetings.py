"""Meetings of the partnership (the JAG and its sub-groups): their series, attendance, agenda items
with minutes, and the yearly JAG action plan."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
    marking: Mapped[str] = mapped_column(String(20), default="OFFICIAL-SENSITIVE")
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


class ActionPlan(Record):
    """The JAG's action plan for a year: numbered themes of items, each updated every quarter."""

    __tablename__ = "action_plan"
    label, plural = "action plan", "action plans"

    year: Mapped[int] = mapped_column(Integer, unique=True)  # the year the plan starts: 2026 = 2026-27
    name: Mapped[str] = mapped_column(String(200))  # the plan's title
    notes: Mapped[str] = mapped_column(Text, default="")

    themes: Mapped[list[ActionPlanTheme]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ActionPlanTheme.number"
    )


class ActionPlanTheme(Record):
    """A numbered theme of an action plan (2. Anti-social behaviour)."""

    __tablename__ = "action_plan_theme"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    label, plural = "theme", "themes"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))  # the theme's title

    plan: Mapped[ActionPlan] = relationship(back_populates="themes")
    items: Mapped[list[ActionPlanItem]] = relationship(
        back_populates="theme", cascade="all, delete-orphan", order_by="ActionPlanItem.number"
    )


class ActionPlanItem(Record):
    """An item of a plan (JAG ref 2.1): objective, actions, indicator, national indicators, leads."""

    __tablename__ = "action_plan_item"
    __table_args__ = (UniqueConstraint("theme_id", "number"),)
    label, plural = "action plan item", "action plan items"

    theme_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action_plan_theme.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    objective: Mapped[str] = mapped_column(Text)
    actions: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")  # performance indicator / outcome
    national_indicators: Mapped[str] = mapped_column(String(200), default="")  # "S-A1.5, NI17"
    lead_agencies: Mapped[str] = mapped_column(String(200), default="")  # "EHC, Police"
    lead_groups: Mapped[str] = mapped_column(String(200), default="")  # "ASB, NTE"
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, complete
    # The item of last year's plan this one continues, when next year's plan was started from it.
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("action_plan_item.id", ondelete="SET NULL"), index=True
    )

    theme: Mapped[ActionPlanTheme] = relationship(back_populates="items")
    updates: Mapped[list[ActionPlanUpdate]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ActionPlanUpdate.quarter"
    )


class ActionPlanUpdate(Record):
    """An item's update for one quarter of the plan's year, with its red/amber/green status."""

    __tablename__ = "action_plan_update"
    __table_args__ = (UniqueConstraint("item_id", "quarter"),)
    label, plural = "quarterly update", "quarterly updates"

    item_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action_plan_item.id", ondelete="CASCADE"), index=True
    )
    quarter: Mapped[int] = mapped_column(Integer)  # 1-4 of the plan's year (April-June is 1)
    rag: Mapped[str] = mapped_column(String(5), default="")  # red, amber, green or ""
    text: Mapped[str] = mapped_column(Text, default="")
    written_on: Mapped[date | None] = mapped_column(Date)

    item: Mapped[ActionPlanItem] = relationship(back_populates="updates")

    def title(self) -> str:
        return f"quarter {self.quarter} update"
