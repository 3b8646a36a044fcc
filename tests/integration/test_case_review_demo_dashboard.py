"""The demo's three case reviews (on the story's own days and moved to the day it is loaded) and
the dashboard's case review timescales: each due date, whether it was met, and the steps overdue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jagdesk.services.case_review.applications import find_case_review, list_case_reviews
from jagdesk.services.case_review.figures import case_review_figures
from jagdesk.services.dashboard import dashboard
from jagdesk.services.demo.load import load_demo
from jagdesk.store.opening import Store
from tests.support.stores import open_copy


def test_the_demo_has_three_case_reviews(demo_on_backend: Store) -> None:
    with demo_on_backend.unit_of_work() as uow:
        rows = {row.reference: row for row in list_case_reviews(uow, date(2021, 3, 4))}
        reviewed = find_case_review(uow, "CR-2021-001", date(2021, 3, 4))
        figures = case_review_figures(uow, today=date(2021, 3, 4))
    assert len(rows) == 3
    assert [rows[r].threshold_met for r in sorted(rows)] == [True, False, True]
    assert rows["CR-2021-003"].reason.startswith("Threshold met: a qualifying complaint of a hate incident")
    assert rows["CR-2021-002"].status == "with the PCC"
    assert (reviewed.recorded_recommendations, reviewed.row.status) == (2, "outcome sent")
    assert [member.name for member in reviewed.panel] == ["Priya Raman", "Insp. Mark Ellison",
                                                          "Daniel Okafor"]
    assert reviewed.links[0].name.startswith("Shenley Road shopping parade")
    assert (figures.applications, figures.thresholds_met, figures.reviews_held,
            figures.reviews_with_recommendations) == (3, 2, 1, 1)


def test_the_dashboard_shows_the_steps_due(demo_on_backend: Store) -> None:
    with demo_on_backend.unit_of_work() as uow:
        found = dashboard(uow, date(2021, 3, 16))
    section = found.section("case_review_steps")
    by_step = {(row.reference, row.step): row for row in section.rows}
    decide = by_step[("CR-2021-003", "Decide on the threshold")]
    assert (decide.due_on, decide.done_on, decide.state) == (date(2021, 3, 15), date(2021, 3, 1), "met")
    review = by_step[("CR-2021-003", "Hold the review")]
    assert (review.due_on, review.state, review.days_overdue) == (date(2021, 3, 29), "due", 0)
    assert "CR-2021-001" not in {row.reference for row in section.rows}  # every step taken
    with demo_on_backend.unit_of_work() as uow:
        later = dashboard(uow, date(2021, 4, 6))
    review = next(r for r in later.section("case_review_steps").rows if r.step == "Hold the review")
    assert (review.state, review.days_overdue) == ("overdue", 8)
    assert later.counts.case_review_steps_overdue == 1


def test_moved_to_the_day_it_is_loaded_nothing_is_in_the_future(tmp_path: Path,
                                                                 empty_template: Path) -> None:
    day = date(2026, 12, 2)
    with open_copy(empty_template, tmp_path / "d.db") as store, store.unit_of_work() as uow:
        summary = load_demo(uow, day)
        rows = list_case_reviews(uow, day)
    assert summary.case_reviews == len(rows) == 3 and all(row.received_on <= day for row in rows)
    assert all(c.reported_on <= day for row in rows for c in row.complaints)
