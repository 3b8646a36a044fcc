"""The JAG's yearly action plans: plans, numbered themes, items, quarterly updates, next year's
plan from this year's open items, and the document the Word and PDF exports print."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from jagdesk.domain import action_plans as rules
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanTheme, PlanUpdate
from jagdesk.errors import JagdeskError, NotFoundError, ValidationError
from jagdesk.services.action_plans.rows import (
    ItemInput,
    ItemRow,
    PlanDetail,
    PlanInput,
    PlanRow,
    ThemeRow,
    UpdateRow,
    item_row,
    plan_detail,
    theme_row,
    update_row,
)
from jagdesk.services.common.access import record_export
from jagdesk.services.common.records import load_for_change, touch, validated
from jagdesk.store.models import ActionPlan, ActionPlanItem, ActionPlanTheme, ActionPlanUpdate
from jagdesk.store.uow import UnitOfWork


def _load(uow: UnitOfWork, plan_id: uuid.UUID) -> ActionPlan:
    """The plan with its themes, items and updates, read afresh from the store."""
    uow.session.expire_all()  # collections read before a change keep their old order otherwise
    plan = uow.session.scalar(
        select(ActionPlan).where(ActionPlan.id == plan_id).options(
            selectinload(ActionPlan.themes).selectinload(ActionPlanTheme.items)
            .selectinload(ActionPlanItem.updates)))
    if plan is None:
        raise NotFoundError("That action plan is no longer in the store; it may have been deleted.")
    return plan


def list_plans(uow: UnitOfWork) -> list[PlanRow]:
    """Every year's plan, newest first, with how many themes, items and open items it has."""
    plans = uow.session.scalars(select(ActionPlan).order_by(ActionPlan.year.desc()).options(
        selectinload(ActionPlan.themes).selectinload(ActionPlanTheme.items))).all()
    rows = []
    for plan in plans:
        items = [item for theme in plan.themes for item in theme.items]
        open_items = sum(item.status == rules.ItemStatus.OPEN for item in items)
        rows.append(PlanRow(plan.id, plan.year, plan.name, rules.period_text(plan.year),
                            len(plan.themes), len(items), open_items, plan.version))
    return rows


def get_plan(uow: UnitOfWork, plan_id: uuid.UUID) -> PlanDetail:
    return plan_detail(_load(uow, plan_id))


def find_plan(uow: UnitOfWork, year: int) -> PlanDetail:
    """The plan of a year (2026 or the 2026-2027 plan), for the command line."""
    plan_id = uow.session.scalar(select(ActionPlan.id).where(ActionPlan.year == year))
    if plan_id is None:
        years = ", ".join(str(y) for y in uow.session.scalars(
            select(ActionPlan.year).order_by(ActionPlan.year)))
        known = f"; the store has plans for {years}" if years else "; the store has no action plans"
        raise NotFoundError(f"There is no action plan for {rules.period_text(year)}{known}.")
    return get_plan(uow, plan_id)


# --- Plans ------------------------------------------------------------------------------------------


def save_plan(uow: UnitOfWork, data: PlanInput, record_id: uuid.UUID | None = None,
              expected_version: int | None = None) -> PlanDetail:
    """Add a year's plan, or change the one with `record_id` as opened at `expected_version`."""
    validated(rules.plan_errors(data.year, data.name, data.notes))
    assert data.year is not None
    same_year = select(ActionPlan.id).where(ActionPlan.year == data.year)
    if record_id is not None:
        same_year = same_year.where(ActionPlan.id != record_id)
    if uow.session.scalar(same_year) is not None:
        raise ValidationError({"year": f"There is already an action plan for "
                                       f"{rules.period_text(data.year)}."})
    if record_id is None:
        plan = ActionPlan()
        uow.session.add(plan)
    else:
        plan = load_for_change(uow, ActionPlan, record_id, expected_version)
    plan.year = data.year
    plan.name = data.name.strip()
    plan.notes = data.notes.strip()
    uow.commit()
    return get_plan(uow, plan.id)


def delete_plan(uow: UnitOfWork, plan_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a plan with its themes, items and updates (next year's items keep their own text)."""
    uow.session.delete(load_for_change(uow, ActionPlan, plan_id, expected_version))
    uow.commit()


# --- Themes -----------------------------------------------------------------------------------------


def _renumber(uow: UnitOfWork, *orders: Sequence[ActionPlanTheme | ActionPlanItem]) -> bool:
    """Number each list 1, 2, 3... in its order; whether any number changed. Numbers are unique
    within a plan or theme, so every record that changes first steps aside to a negative number,
    then takes its own."""
    changing = [(record, number) for order in orders
                for number, record in enumerate(order, start=1) if record.number != number]
    if not changing:
        return False
    for aside, (record, _number) in enumerate(changing, start=1):
        record.number = -aside
    uow.session.flush()
    for record, number in changing:
        record.number = number
    uow.session.flush()
    return True


def _themes(plan: ActionPlan) -> list[ActionPlanTheme]:
    return sorted(plan.themes, key=lambda t: t.number)


def _items(theme: ActionPlanTheme) -> list[ActionPlanItem]:
    return sorted(theme.items, key=lambda i: i.number)


def _place(count: int, number: int | None) -> int:
    """Where a record asked to be number `number` goes in a list of `count` (0-based)."""
    return count if number is None else max(0, min(number - 1, count))


def add_theme(uow: UnitOfWork, plan_id: uuid.UUID, name: str, number: int | None = None) -> ThemeRow:
    """Add a theme at the end, or as `number` (the themes from there move down one); the plan's
    version moves on, as its order changed."""
    validated(rules.theme_errors(name, number))
    plan = _load(uow, plan_id)
    touch(uow, plan)
    order: list[ActionPlanTheme] = _themes(plan)
    theme = ActionPlanTheme(plan=plan, number=0, name=name.strip())
    uow.session.add(theme)
    order.insert(_place(len(order), number), theme)
    theme.number = -len(order) - 1  # set aside until renumbered
    _renumber(uow, order)
    uow.commit()
    return theme_row(theme)


def rename_theme(uow: UnitOfWork, theme_id: uuid.UUID, name: str,
                 expected_version: int | None = None) -> ThemeRow:
    validated(rules.theme_errors(name))
    theme = load_for_change(uow, ActionPlanTheme, theme_id, expected_version)
    theme.name = name.strip()
    uow.commit()
    return theme_row(theme)


def move_theme(uow: UnitOfWork, theme_id: uuid.UUID, number: int,
               expected_version: int | None = None, *, plan_version: int | None) -> PlanDetail:
    """Give a theme another number; the others close up around it and its items' refs follow.

    The order is the plan's: `plan_version` is the plan's version the order was read at, refused
    (saying who changed the plan and when) if it moved since; a move moves it on.
    """
    validated(rules.theme_errors("-", number))
    theme = load_for_change(uow, ActionPlanTheme, theme_id, expected_version)
    plan = _load(uow, theme.plan_id)
    load_for_change(uow, ActionPlan, plan.id, plan_version)
    order = [t for t in _themes(plan) if t.id != theme.id]
    order.insert(_place(len(order), number), theme)
    if _renumber(uow, order):
        touch(uow, plan)
    uow.commit()
    return get_plan(uow, plan.id)


def delete_theme(uow: UnitOfWork, theme_id: uuid.UUID, expected_version: int | None = None,
                 with_items: bool = False) -> PlanDetail:
    """Delete a theme (with its items only when asked); the themes after it move up one and the
    plan's version moves on."""
    theme = load_for_change(uow, ActionPlanTheme, theme_id, expected_version)
    if theme.items and not with_items:
        count = len(theme.items)
        raise JagdeskError(f"Theme {theme.number} '{theme.name}' still has {count} "
                           f"item{'s' if count != 1 else ''}; move or delete them first.")
    plan_id = theme.plan_id
    touch(uow, theme.plan)
    uow.session.delete(theme)
    uow.session.flush()
    _renumber(uow, _themes(_load(uow, plan_id)))
    uow.commit()
    return get_plan(uow, plan_id)


# --- Items ------------------------------------------------------------------------------------------


def _fill(item: ActionPlanItem, data: ItemInput) -> None:
    validated(rules.item_errors(data.objective, data.actions, data.indicator, data.national_indicators,
                                data.lead_agencies, data.lead_groups, data.status))
    item.objective = data.objective.strip()
    item.actions = data.actions.strip()
    item.indicator = data.indicator.strip()
    item.national_indicators = rules.normal_indicators(data.national_indicators)
    item.lead_agencies = rules.normal_list(data.lead_agencies)
    item.lead_groups = rules.normal_list(data.lead_groups)
    item.status = data.status


def add_item(uow: UnitOfWork, theme_id: uuid.UUID, data: ItemInput) -> ItemRow:
    """Add an item at the end of a theme: theme 2's fourth item is 2.4 (the plan's version moves
    on, as its list of items changed)."""
    theme = uow.get(ActionPlanTheme, theme_id)
    touch(uow, theme.plan)
    last = uow.session.scalar(select(func.max(ActionPlanItem.number))
                              .where(ActionPlanItem.theme_id == theme.id)) or 0
    item = ActionPlanItem(theme=theme, number=last + 1)
    uow.session.add(item)
    _fill(item, data)
    uow.commit()
    return item_row(item, theme.number)


def update_item(uow: UnitOfWork, item_id: uuid.UUID, data: ItemInput,
                expected_version: int | None = None) -> ItemRow:
    item = load_for_change(uow, ActionPlanItem, item_id, expected_version)
    _fill(item, data)
    uow.commit()
    return item_row(item, item.theme.number)


def delete_item(uow: UnitOfWork, item_id: uuid.UUID, expected_version: int | None = None) -> None:
    """Delete an item with its updates; the items after it in its theme move up one and the plan's
    version moves on."""
    item = load_for_change(uow, ActionPlanItem, item_id, expected_version)
    theme = item.theme
    touch(uow, theme.plan)
    uow.session.delete(item)
    uow.session.flush()
    uow.session.expire(theme, ["items"])
    _renumber(uow, _items(theme))
    uow.commit()


def move_item(uow: UnitOfWork, item_id: uuid.UUID, theme_id: uuid.UUID, number: int | None = None,
              expected_version: int | None = None, *, plan_version: int | None) -> ItemRow:
    """Move an item within its theme or to another theme of the same plan (at `number`, else at
    the end); both themes are numbered again.

    The order is the plan's: `plan_version` is the plan's version the order was read at, refused
    (saying who changed the plan and when) if it moved since; a move moves it on.
    """
    item = load_for_change(uow, ActionPlanItem, item_id, expected_version)
    source, target = item.theme, uow.get(ActionPlanTheme, theme_id)
    if target.plan_id != source.plan_id:
        raise ValidationError({"theme": "An item can move only to a theme of the same plan."})
    plan = load_for_change(uow, ActionPlan, source.plan_id, plan_version)
    order = [i for i in _items(target) if i.id != item.id]
    order.insert(_place(len(order), number), item)
    if target.id != source.id:
        touch(uow, plan)
        item.number = -(len(order) + len(source.items) + 1)  # out of the way in its new theme
        item.theme = target
        uow.session.flush()
        _renumber(uow, [i for i in _items(source) if i.id != item.id], order)
    elif _renumber(uow, order):
        touch(uow, plan)
    uow.commit()
    return item_row(item, target.number)


# --- Quarterly updates ------------------------------------------------------------------------------


def set_update(uow: UnitOfWork, item_id: uuid.UUID, quarter: int, rag: str, text: str,
               written_on: date | None = None, expected_version: int | None = None) -> UpdateRow | None:
    """Write an item's update for a quarter (replacing that quarter's); an update with no RAG
    status, text or date is removed. `expected_version` is the quarter's update as opened."""
    item = uow.get(ActionPlanItem, item_id)
    plan = item.theme.plan
    validated(rules.update_errors(plan.year, quarter, rag, text, written_on))
    update = next((u for u in item.updates if u.quarter == quarter), None)
    if update is not None:  # refused, saying who and when, if changed since it was opened
        load_for_change(uow, ActionPlanUpdate, update.id, expected_version)
    if not rag and not text.strip() and written_on is None:
        if update is not None:
            uow.session.delete(update)
            uow.commit()
        return None
    if update is None:
        update = ActionPlanUpdate(item=item, quarter=quarter)
        uow.session.add(update)
    update.rag = rag
    update.text = text.strip()
    update.written_on = written_on
    uow.commit()
    return update_row(update)


# --- Next year --------------------------------------------------------------------------------------


def _next_name(name: str, year: int) -> str:
    """Last year's title with its period moved on a year ("... 2026-2027" -> "... 2027-2028")."""
    for sep in ("-", "/"):
        for old, new in ((f"{year}{sep}{year + 1}", f"{year + 1}{sep}{year + 2}"),
                         (f"{year}{sep}{(year + 1) % 100:02d}", f"{year + 1}{sep}{(year + 2) % 100:02d}")):
            if old in name:
                return name.replace(old, new)
    return rules.default_plan_name(year + 1)


def start_next_year(uow: UnitOfWork, plan_id: uuid.UUID) -> PlanDetail:
    """Next year's plan from this one: the same themes, this year's open items (numbered in
    order, each pointing at the item it continues), no updates yet."""
    plan = _load(uow, plan_id)
    year = plan.year + 1
    if uow.session.scalar(select(ActionPlan.id).where(ActionPlan.year == year)) is not None:
        raise JagdeskError(f"The {rules.period_text(year)} action plan already exists; open it from "
                           "the year list.")
    validated({"year": p} if (p := rules.year_problem(year)) else {})
    new = ActionPlan(year=year, name=_next_name(plan.name, plan.year), notes="")
    uow.session.add(new)
    for theme in _themes(plan):
        copy = ActionPlanTheme(plan=new, number=theme.number, name=theme.name)
        uow.session.add(copy)
        carried = [i for i in _items(theme) if i.status == rules.ItemStatus.OPEN]
        for number, item in enumerate(carried, start=1):
            uow.session.add(ActionPlanItem(
                theme=copy, number=number, objective=item.objective, actions=item.actions,
                indicator=item.indicator, national_indicators=item.national_indicators,
                lead_agencies=item.lead_agencies, lead_groups=item.lead_groups,
                status=rules.ItemStatus.OPEN, carried_from_id=item.id))
    uow.commit()
    return get_plan(uow, new.id)


# --- The printed plan -------------------------------------------------------------------------------


def build_action_plan_document(uow: UnitOfWork, plan_id: uuid.UUID, quarter: int | None = None,
                               marking: str = Marking.OFFICIAL,
                               today: date | None = None) -> ActionPlanDocument:
    """The plan as the landscape table prints it. The update column shows `quarter`, or else the
    latest quarter any item has an update for; each item carries that quarter's update (empty
    when it has none), so the writers know the column's quarter."""
    if quarter is not None and (problem := rules.quarter_problem(quarter)):
        raise ValidationError({"quarter": problem})
    if marking not in set(Marking):
        raise ValidationError({"marking": f"'{marking}' is not a protective marking."})
    detail = get_plan(uow, plan_id)
    if quarter is None:
        said = [u.quarter for item in detail.items() for u in item.updates if u.rag or u.text]
        quarter = max(said, default=1)
    themes = []
    for theme in detail.themes:
        items = []
        for item in theme.items:
            found = item.update(quarter)
            update = PlanUpdate(quarter, found.rag, found.text) if found else PlanUpdate(quarter, "", "")
            items.append(PlanItem(item.reference, item.objective, item.actions, item.indicator,
                                  item.national_indicators, item.lead_agencies, item.lead_groups,
                                  item.status, (update,)))
        themes.append(PlanTheme(theme.number, theme.name, tuple(items)))
    return ActionPlanDocument(detail.year, detail.name, detail.period, tuple(themes), marking,
                              today or date.today())


def export_action_plan_document(uow: UnitOfWork, plan_id: uuid.UUID, path: Path, quarter: int | None = None,
                                marking: str = Marking.OFFICIAL) -> ActionPlanDocument:
    """The plan to write to `path` (as build_action_plan_document), recorded in the access log."""
    document = build_action_plan_document(uow, plan_id, quarter, marking)
    record_export(uow, f"{document.title} {document.period}", document.marking, False, path, plan_id,
                  "action_plan")
    return document
