"""The demo partnership's JAG action plan for 2020-2021, laid out like seed 003's, with the first
three quarters' updates (the demo is set in early 2021)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from jagdesk import paths
from jagdesk.domain import action_plans as rules
from jagdesk.services.demo_cases import demo_check
from jagdesk.store.models import ActionPlan, ActionPlanItem, ActionPlanTheme, ActionPlanUpdate
from jagdesk.store.uow import UnitOfWork

PLAN_FILE = "demo/action_plan.json"


def _check(errors: dict[str, str], what: str) -> None:
    demo_check(errors, f"action plan, {what}")


def _item(entry: dict[str, Any], theme: ActionPlanTheme, number: int, year: int) -> ActionPlanItem:
    fields = {key: entry.get(key, "") for key in ("actions", "indicator", "national_indicators",
                                                  "lead_agencies", "lead_groups")}
    status = entry.get("status", rules.ItemStatus.OPEN)
    reference = rules.jag_reference(theme.number, number)
    _check(rules.item_errors(entry["objective"], status=status, **fields), f"item {reference}")
    item = ActionPlanItem(number=number, objective=entry["objective"], status=status,
                          actions=fields["actions"], indicator=fields["indicator"],
                          national_indicators=rules.normal_indicators(fields["national_indicators"]),
                          lead_agencies=rules.normal_list(fields["lead_agencies"]),
                          lead_groups=rules.normal_list(fields["lead_groups"]))
    for quarter, rag, written, text in entry.get("updates", []):
        written_on = date.fromisoformat(written)
        _check(rules.update_errors(year, quarter, rag, text, written_on),
               f"item {reference} quarter {quarter}")
        item.updates.append(ActionPlanUpdate(quarter=quarter, rag=rag, text=text, written_on=written_on))
    return item


def stage_demo_plan(uow: UnitOfWork) -> int:
    """Add the demo action plan in the caller's unit of work (which commits); how many items."""
    data: dict[str, Any] = json.loads((paths.resources_dir() / PLAN_FILE).read_text(encoding="utf-8"))
    year = data["year"]
    _check(rules.plan_errors(year, data["name"], data.get("notes", "")), "the plan")
    plan = ActionPlan(year=year, name=data["name"], notes=data.get("notes", ""))
    uow.session.add(plan)
    items = 0
    for number, entry in enumerate(data["themes"], start=1):
        theme = ActionPlanTheme(number=number, name=entry["name"])
        _check(rules.theme_errors(theme.name, number), f"theme {number}")
        plan.themes.append(theme)
        for item_number, item in enumerate(entry["items"], start=1):
            theme.items.append(_item(item, theme, item_number, year))
            items += 1
    uow.session.flush()
    return items
