"""The JAG action plans as the pages, the commands and the exports read them: a plan with its
numbered themes, items and quarterly updates, and what a plan or an item is saved from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from jagdesk.domain import action_plans as rules
from jagdesk.store.models import ActionPlan, ActionPlanItem, ActionPlanTheme, ActionPlanUpdate


@dataclass(frozen=True)
class UpdateRow:
    """An item's update for one quarter."""

    id: uuid.UUID
    quarter: int
    rag: str
    text: str
    written_on: date | None
    version: int


@dataclass(frozen=True)
class ItemRow:
    """An item of a plan with its JAG ref (2.1) and its quarterly updates."""

    id: uuid.UUID
    theme_id: uuid.UUID
    number: int
    reference: str
    objective: str
    actions: str
    indicator: str
    national_indicators: str
    lead_agencies: str
    lead_groups: str
    status: str
    carried_from_id: uuid.UUID | None
    updates: tuple[UpdateRow, ...]
    version: int

    def update(self, quarter: int) -> UpdateRow | None:
        return next((u for u in self.updates if u.quarter == quarter), None)

    @property
    def latest(self) -> UpdateRow | None:
        """The latest quarter's update that says anything."""
        said = [u for u in self.updates if u.rag or u.text.strip()]
        return max(said, key=lambda u: u.quarter) if said else None

    def as_input(self) -> ItemInput:
        return ItemInput(self.objective, self.actions, self.indicator, self.national_indicators,
                         self.lead_agencies, self.lead_groups, self.status)


@dataclass(frozen=True)
class ThemeRow:
    """A numbered theme (2. Anti-social behaviour) with its items in order."""

    id: uuid.UUID
    plan_id: uuid.UUID
    number: int
    name: str
    items: tuple[ItemRow, ...]
    version: int

    @property
    def title(self) -> str:
        return f"{self.number}. {self.name}"


@dataclass(frozen=True)
class PlanRow:
    """A year's plan in the list of plans."""

    id: uuid.UUID
    year: int
    name: str
    period: str
    themes: int
    items: int
    open_items: int
    version: int


@dataclass(frozen=True)
class PlanDetail:
    """A plan with its themes and items."""

    id: uuid.UUID
    year: int
    name: str
    notes: str
    period: str
    themes: tuple[ThemeRow, ...]
    version: int

    def items(self) -> list[ItemRow]:
        return [item for theme in self.themes for item in theme.items]


@dataclass(frozen=True)
class PlanInput:
    year: int | None
    name: str
    notes: str = ""


@dataclass(frozen=True)
class ItemInput:
    """What the user enters for an item."""

    objective: str
    actions: str = ""
    indicator: str = ""
    national_indicators: str = ""
    lead_agencies: str = ""
    lead_groups: str = ""
    status: str = rules.ItemStatus.OPEN


# --- Reading ----------------------------------------------------------------------------------------


def update_row(update: ActionPlanUpdate) -> UpdateRow:
    return UpdateRow(update.id, update.quarter, update.rag, update.text, update.written_on,
                     update.version)


def item_row(item: ActionPlanItem, theme_number: int) -> ItemRow:
    updates = tuple(update_row(u) for u in sorted(item.updates, key=lambda u: u.quarter))
    return ItemRow(item.id, item.theme_id, item.number, rules.jag_reference(theme_number, item.number),
                   item.objective, item.actions, item.indicator, item.national_indicators,
                   item.lead_agencies, item.lead_groups, item.status, item.carried_from_id, updates,
                   item.version)


def theme_row(theme: ActionPlanTheme) -> ThemeRow:
    items = tuple(item_row(i, theme.number) for i in sorted(theme.items, key=lambda i: i.number))
    return ThemeRow(theme.id, theme.plan_id, theme.number, theme.name, items, theme.version)


def plan_detail(plan: ActionPlan) -> PlanDetail:
    themes = tuple(theme_row(t) for t in sorted(plan.themes, key=lambda t: t.number))
    return PlanDetail(plan.id, plan.year, plan.name, plan.notes, rules.period_text(plan.year), themes,
                      plan.version)
