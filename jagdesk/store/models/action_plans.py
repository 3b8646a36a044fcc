"""The yearly JAG action plan: its numbered themes, their items and each item's quarterly updates."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Record


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
