"""The demo partnership's JAG action plan for 2020-2021, laid out like a published partnership
action plan, with the first three quarters' updates (the demo is set in early 2021); moved with
the story, it is the plan of the current financial year with the updates of the quarters passed."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from jagdesk import paths
from jagdesk.domain import action_plans as rules
from jagdesk.services.demo.cases import demo_check
from jagdesk.services.demo.time import DemoTime
from jagdesk.store.models import ActionPlan, ActionPlanItem, ActionPlanTheme, ActionPlanUpdate
from jagdesk.store.uow import UnitOfWork

PLAN_FILE = "demo/action_plan.json"


def _check(errors: dict[str, str], what: str) -> None:
    demo_check(errors, f"action plan, {what}")


def _updates(entry: dict[str, Any], story: DemoTime) -> list[tuple[int, str, date, str]]:
    """The item's quarterly updates, moved with the plan: only those written by today."""
    updates = [(quarter, rag, story.plan_day(date.fromisoformat(written)), story.plan_text(text))
               for quarter, rag, written, text in entry.get("updates", [])]
    return [update for update in updates if not story.moved or update[2] <= story.today]


def _item(entry: dict[str, Any], theme: ActionPlanTheme, number: int, year: int,
          story: DemoTime) -> ActionPlanItem:
    fields = {key: story.plan_text(entry.get(key, "")) for key in (
        "actions", "indicator", "national_indicators", "lead_agencies", "lead_groups")}
    updates = _updates(entry, story)
    status = entry.get("status", rules.ItemStatus.OPEN)
    if len(updates) < len(entry.get("updates", [])) and status == rules.ItemStatus.COMPLETE:
        status = rules.ItemStatus.OPEN  # completed in a quarter not yet reached
    reference = rules.jag_reference(theme.number, number)
    objective = story.plan_text(entry["objective"])
    _check(rules.item_errors(objective, status=status, **fields), f"item {reference}")
    item = ActionPlanItem(number=number, objective=objective, status=status,
                          actions=fields["actions"], indicator=fields["indicator"],
                          national_indicators=rules.normal_indicators(fields["national_indicators"]),
                          lead_agencies=rules.normal_list(fields["lead_agencies"]),
                          lead_groups=rules.normal_list(fields["lead_groups"]))
    for quarter, rag, written_on, text in updates:
        _check(rules.update_errors(year, quarter, rag, text, written_on),
               f"item {reference} quarter {quarter}")
        item.updates.append(ActionPlanUpdate(quarter=quarter, rag=rag, text=text, written_on=written_on))
    return item


def stage_demo_plan(uow: UnitOfWork, story: DemoTime | None = None) -> int:
    """Add the demo action plan in the caller's unit of work (which commits); how many items.

    `time` moves the plan with the demo's story; without it the plan is 2020-2021's."""
    story = story or DemoTime(today=date.today())
    data: dict[str, Any] = json.loads((paths.resources_dir() / PLAN_FILE).read_text(encoding="utf-8"))
    year = data["year"] + story.plan_years
    name, notes = story.plan_text(data["name"]), story.plan_text(data.get("notes", ""))
    _check(rules.plan_errors(year, name, notes), "the plan")
    plan = ActionPlan(year=year, name=name, notes=notes)
    uow.session.add(plan)
    items = 0
    for number, entry in enumerate(data["themes"], start=1):
        theme = ActionPlanTheme(number=number, name=entry["name"])
        _check(rules.theme_errors(theme.name, number), f"theme {number}")
        plan.themes.append(theme)
        for item_number, item in enumerate(entry["items"], start=1):
            theme.items.append(_item(item, theme, item_number, year, story))
            items += 1
    uow.session.flush()
    return items
