"""Action plans on SQLite and PostgreSQL: themes and items numbered, quarterly updates, next year's
plan from this year's open items, and the document the exports print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from jagdesk.domain import action_plans as rules
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.exports.action_plans.action_plan_pdf import write_action_plan_pdf
from jagdesk.services.action_plans import plans as svc
from jagdesk.services.action_plans import rows as plan_rows
from jagdesk.services.action_plans.rows import ItemInput, PlanInput
from jagdesk.services.demo.plan import stage_demo_plan
from jagdesk.store.models import ActionPlanItem, ActionPlanUpdate
from jagdesk.store.opening import Store


def _plan(store: Store, year: int = 2026) -> plan_rows.PlanDetail:
    with store.unit_of_work() as uow:
        plan = svc.save_plan(uow, PlanInput(year, f"Community Safety Action Plan {year}-{year + 1}"))
    with store.unit_of_work() as uow:
        for name in ("Reassurance", "Anti-social behaviour", "Acquisitive crime"):
            svc.add_theme(uow, plan.id, name)
    with store.unit_of_work() as uow:
        return svc.get_plan(uow, plan.id)


def _add(store: Store, theme: plan_rows.ThemeRow, objective: str, **fields: str) -> plan_rows.ItemRow:
    with store.unit_of_work() as uow:
        return svc.add_item(uow, theme.id, ItemInput(objective, **fields))


def _refs(store: Store, plan_id: object) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        plan = svc.get_plan(uow, plan_id)  # type: ignore[arg-type]
    return [(item.reference, item.objective) for item in plan.items()]


def test_themes_and_items_are_numbered_and_renumbered(store: Store) -> None:
    plan = _plan(store)
    assert [t.title for t in plan.themes] == ["1. Reassurance", "2. Anti-social behaviour",
                                              "3. Acquisitive crime"]
    asb = plan.themes[1]
    first = _add(store, asb, "Target hotspots identified by JAG", national_indicators="s-a1.5, ni 17",
                 lead_agencies="JAG ,EHC", lead_groups="ASB")
    assert (first.reference, first.national_indicators, first.lead_agencies) == (
        "2.1", "S-A1.5, NI17", "JAG, EHC")
    second = _add(store, asb, "Target offenders")
    third = _add(store, asb, "Tackle alcohol-related offending")
    assert [second.reference, third.reference] == ["2.2", "2.3"]
    with store.unit_of_work() as uow:
        svc.delete_item(uow, second.id, second.version)
    assert _refs(store, plan.id) == [("2.1", "Target hotspots identified by JAG"),
                                     ("2.2", "Tackle alcohol-related offending")]
    # moved to the front of theme 1: it becomes 1.1, theme 2 closes up
    with store.unit_of_work() as uow:
        moved = svc.move_item(uow, third.id, plan.themes[0].id, 1,
                              plan_version=svc.get_plan(uow, plan.id).version)
    assert moved.reference == "1.1"
    reassurance = _add(store, plan.themes[0], "Improve communications")
    assert reassurance.reference == "1.2"
    assert _refs(store, plan.id) == [("1.1", "Tackle alcohol-related offending"),
                                     ("1.2", "Improve communications"),
                                     ("2.1", "Target hotspots identified by JAG")]
    # a theme moved to the front takes its items' references with it
    with store.unit_of_work() as uow:
        after = svc.move_theme(uow, asb.id, 1, plan_version=svc.get_plan(uow, plan.id).version)
    assert [t.title for t in after.themes] == ["1. Anti-social behaviour", "2. Reassurance",
                                               "3. Acquisitive crime"]
    assert after.themes[0].items[0].reference == "1.1"
    with store.unit_of_work() as uow:
        inserted = svc.add_theme(uow, plan.id, "Violent crime", number=2)
        svc.rename_theme(uow, inserted.id, "Violent crime and domestic abuse")
    with store.unit_of_work() as uow:
        titles = [t.title for t in svc.get_plan(uow, plan.id).themes]
    assert titles == ["1. Anti-social behaviour", "2. Violent crime and domestic abuse",
                      "3. Reassurance", "4. Acquisitive crime"]


def test_deleting_a_theme_with_items_must_be_asked_for(store: Store) -> None:
    plan = _plan(store)
    _add(store, plan.themes[0], "Improve communications")
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="still has 1 item"):
        svc.delete_theme(uow, plan.themes[0].id)
    with store.unit_of_work() as uow:
        after = svc.delete_theme(uow, plan.themes[0].id, with_items=True)
    assert [t.title for t in after.themes] == ["1. Anti-social behaviour", "2. Acquisitive crime"]
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ActionPlanItem)) == 0


def test_bad_item_is_refused_at_its_field_and_nothing_saved(store: Store) -> None:
    plan = _plan(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        svc.add_item(uow, plan.themes[0].id, ItemInput("", national_indicators="NI17, N117"))
    assert set(refused.value.errors) == {"objective", "national_indicators"}
    assert "'N117'" in refused.value.errors["national_indicators"]
    with store.unit_of_work() as uow, pytest.raises(ValidationError, match="already an action plan"):
        svc.save_plan(uow, PlanInput(2026, "Again"))
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ActionPlanItem)) == 0


def test_quarterly_updates_replace_and_clear(store: Store) -> None:
    plan = _plan(store)
    item = _add(store, plan.themes[1], "Target hotspots")
    with store.unit_of_work() as uow:
        svc.set_update(uow, item.id, 1, "amber", "23 problem-solving meetings", date(2026, 7, 3))
        svc.set_update(uow, item.id, 2, "green", "Covert camera deployed", date(2026, 10, 2))
    with store.unit_of_work() as uow:
        row = svc.get_plan(uow, plan.id).items()[0]
        assert [(u.quarter, u.rag) for u in row.updates] == [(1, "amber"), (2, "green")]
        assert row.latest is not None and row.latest.quarter == 2
        q1 = row.update(1)
        assert q1 is not None
        changed = svc.set_update(uow, item.id, 1, "red", "Meetings stalled", date(2026, 7, 4), q1.version)
    assert changed is not None and changed.rag == "red"
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        svc.set_update(uow, item.id, 5, "purple", "x", date(2025, 1, 1))
    assert set(refused.value.errors) == {"quarter", "rag", "written_on"}
    with store.unit_of_work() as uow:
        assert svc.set_update(uow, item.id, 2, "", "  ", None) is None
    with store.unit_of_work() as uow:
        assert [(u.quarter, u.rag, u.text) for u in uow.session.scalars(select(ActionPlanUpdate))] == [
            (1, "red", "Meetings stalled")]


def test_next_years_plan_carries_the_open_items_only_once(store: Store) -> None:
    plan = _plan(store)
    done = _add(store, plan.themes[0], "Create the partnership website", status="complete")
    kept = _add(store, plan.themes[0], "Support PCSOs", national_indicators="S-A5.2a",
                lead_agencies="EHC, Police", lead_groups="Comms")
    kept2 = _add(store, plan.themes[2], "Reduce dwelling burglary", national_indicators="NI16")
    with store.unit_of_work() as uow:
        svc.set_update(uow, kept.id, 4, "green", "Shadowing done", date(2027, 4, 2))
    with store.unit_of_work() as uow:
        nxt = svc.start_next_year(uow, plan.id)
    assert (nxt.year, nxt.name, nxt.period) == (2027, "Community Safety Action Plan 2027-2028",
                                                "2027-2028")
    assert [t.title for t in nxt.themes] == [t.title for t in plan.themes]
    items = nxt.items()
    assert [(i.reference, i.objective) for i in items] == [("1.1", "Support PCSOs"),
                                                           ("3.1", "Reduce dwelling burglary")]
    assert [i.carried_from_id for i in items] == [kept.id, kept2.id]
    assert items[0].lead_agencies == "EHC, Police" and items[0].national_indicators == "S-A5.2a"
    assert all(not i.updates and i.status == "open" for i in items)
    assert done.id not in {i.carried_from_id for i in items}
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="2027-2028 action plan already"):
        svc.start_next_year(uow, plan.id)
    with store.unit_of_work() as uow:
        assert [p.year for p in svc.list_plans(uow)] == [2027, 2026]
        # deleting last year's plan leaves next year's items, no longer pointing back
        svc.delete_plan(uow, plan.id, None)
    with store.unit_of_work() as uow:
        assert [i.carried_from_id for i in svc.find_plan(uow, 2027).items()] == [None, None]


def test_the_document_shows_the_chosen_or_latest_quarter(store: Store) -> None:
    plan = _plan(store)
    item = _add(store, plan.themes[1], "Target hotspots", lead_agencies="JAG")
    other = _add(store, plan.themes[1], "Target offenders")
    with store.unit_of_work() as uow:
        svc.set_update(uow, item.id, 1, "amber", "Started")
        svc.set_update(uow, item.id, 2, "green", "Going well")
        svc.set_update(uow, other.id, 1, "red", "Not started")
    with store.unit_of_work() as uow:
        latest = svc.build_action_plan_document(uow, plan.id, today=date(2026, 11, 1))
        first = svc.build_action_plan_document(uow, plan.id, quarter=1, marking="OFFICIAL-SENSITIVE")
        with pytest.raises(ValidationError):
            svc.build_action_plan_document(uow, plan.id, quarter=0)
    assert (latest.year, latest.period, latest.marking, latest.printed_on) == (
        2026, "2026-2027", "OFFICIAL", date(2026, 11, 1))
    asb = latest.themes[1]
    assert (asb.number, asb.title) == (2, "Anti-social behaviour")
    assert [(i.reference, i.updates[0].quarter, i.updates[0].rag) for i in asb.items] == [
        ("2.1", 2, "green"), ("2.2", 2, "")]
    assert [(i.updates[0].rag, i.updates[0].text) for i in first.themes[1].items] == [
        ("amber", "Started"), ("red", "Not started")]
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="no action plan for 2031-2032"):
        svc.find_plan(uow, 2031)


def test_the_demo_plan_loads_prints_and_carries_forward(store: Store, tmp_path: Path) -> None:
    with store.unit_of_work() as uow:
        items = stage_demo_plan(uow)
        uow.commit()
    with store.unit_of_work() as uow:
        plan = svc.find_plan(uow, 2020)
        document = svc.build_action_plan_document(uow, plan.id, today=date(2021, 2, 1))
        nxt = svc.start_next_year(uow, plan.id)
    assert items == len(plan.items()) >= 10
    assert 4 <= len(plan.themes) <= 5 and all(2 <= len(t.items) <= 4 for t in plan.themes)
    assert plan.themes[1].title == "2. Anti-social behaviour"
    refs = {i.reference: i for i in plan.items()}
    assert refs["2.1"].national_indicators == "NI17, S-A1.5"
    assert {u.quarter for i in plan.items() for u in i.updates} == {1, 2, 3}
    assert {u.rag for i in plan.items() for u in i.updates} == {"red", "amber", "green"}
    assert rules.document_quarter(document) == 3
    complete = [i for i in plan.items() if i.status == "complete"]
    assert complete and len(nxt.items()) == len(plan.items()) - len(complete)
    assert nxt.name == "Hertsmere Community Safety Action Plan 2021-2022"
    write_action_plan_pdf(document, tmp_path / "plan.pdf")
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "plan.pdf").pages).split())
    # cells' lines interleave when extracted: look for lines that fit on one
    assert "Update: 2020-2021 Quarter 3" in text
    for expected in ("2. Anti-social behaviour", "Target hotspots", "NI17, S-A1.5", "Amber", "Red"):
        assert expected in text, expected
