"""The action plan's rules: checks, JAG references, periods and quarters."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanTheme, PlanUpdate


def test_jag_reference_and_period() -> None:
    assert rules.jag_reference(2, 1) == "2.1"
    assert rules.jag_reference(12, 10) == "12.10"
    assert rules.period_text(2026) == "2026-2027"
    assert rules.quarter_heading(2026, 2) == "Update: 2026-2027 Quarter 2"
    assert rules.quarter_heading(2026, None) == "Update: 2026-2027"


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 4, 1), (2026, 1)), (date(2026, 6, 30), (2026, 1)), (date(2026, 7, 1), (2026, 2)),
    (date(2026, 9, 30), (2026, 2)), (date(2026, 10, 1), (2026, 3)), (date(2026, 12, 31), (2026, 3)),
    (date(2027, 1, 1), (2026, 4)), (date(2027, 3, 31), (2026, 4)),
])
def test_quarter_of_a_date(day: date, expected: tuple[int, int]) -> None:
    assert rules.quarter_of(day) == expected
    year, quarter = expected
    assert rules.quarter_start(year, quarter) <= day


def test_year_checks() -> None:
    assert rules.year_problem(2026) is None
    assert "between 2000 and 2100, not 1999" in (rules.year_problem(1999) or "")
    assert rules.year_problem(None) is not None
    errors = rules.plan_errors(26, " ")
    assert set(errors) == {"year", "name"}


def test_theme_checks() -> None:
    assert rules.theme_errors("Anti-social behaviour", 2) == {}
    assert set(rules.theme_errors(" ", 0)) == {"name", "number"}


@pytest.mark.parametrize(("typed", "stored"), [
    ("NI17", "NI17"), ("ni 17", "NI17"), ("S-A1.5, NI17", "S-A1.5, NI17"),
    ("s-a5.2A; NI16", "S-A5.2a, NI16"), ("S-C10.1, S-C10.2", "S-C10.1, S-C10.2"), ("", ""),
    (" NI32 , ", "NI32"),
])
def test_national_indicators_accepted_and_normalised(typed: str, stored: str) -> None:
    assert rules.indicators_problem(typed) is None
    assert rules.normal_indicators(typed) == stored


def test_a_bad_reference_is_told_back_precisely() -> None:
    problem = rules.indicators_problem("NI17, S-A1.5, NI-16x")
    assert problem is not None
    assert problem.startswith("The third reference, 'NI-16x', is not a national indicator reference")
    assert "NI17" in problem and "S-A1.5" in problem  # says what a good one looks like
    assert rules.indicators_problem("NI17, ni17") == "NI17 is listed twice."
    assert "first reference, 'Police'" in (rules.indicators_problem("Police") or "")


def test_item_checks() -> None:
    assert rules.item_errors("Target hotspots", national_indicators="NI17") == {}
    errors = rules.item_errors(" ", national_indicators="17", status="finished",
                               lead_agencies="x" * 201)
    assert set(errors) == {"objective", "national_indicators", "status", "lead_agencies"}
    assert errors["objective"] == "Enter the objective."


def test_update_checks() -> None:
    assert rules.update_errors(2026, 2, "amber", "On track", date(2026, 10, 3)) == {}
    assert rules.update_errors(2026, 4, "", "", None) == {}
    errors = rules.update_errors(2026, 5, "blue", "x", date(2026, 3, 31))
    assert errors["quarter"] == "The quarter must be 1, 2, 3 or 4, not 5."
    assert errors["rag"] == "'blue' is not a RAG status (red, amber or green)."
    assert "1 April 2026" in errors["written_on"]


def test_latest_and_document_quarter() -> None:
    updates = (PlanUpdate(1, "red", "x"), PlanUpdate(3, "", ""), PlanUpdate(2, "green", ""))
    latest = rules.latest_update(updates)
    assert latest is not None and latest.quarter == 2
    assert rules.latest_update(()) is None
    item = PlanItem("1.1", "o", "", "", "", "", "", "open", updates)
    plan = ActionPlanDocument(2026, "Plan", "2026-2027", (PlanTheme(1, "T", (item,)),), "OFFICIAL",
                              date(2026, 11, 1))
    assert rules.document_quarter(plan) == 3
    assert rules.item_update(item, 1) == updates[0]
    assert rules.item_update(item, 4) is None
    assert rules.rag_label("amber") == "Amber" and rules.rag_label("") == ""
