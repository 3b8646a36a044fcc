"""The dashboard page on its own, against the real demo store: counts, one table per section, the
overdue rows in red, the empty state, and opening a case from a row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from jagdesk.gui.models.row_table_model import ROW_ROLE
from jagdesk.gui.pages.dashboard.dashboard_page import DashboardPage
from jagdesk.gui.pages.dashboard.section_table import SectionTable
from jagdesk.store.models import Action
from jagdesk.store.opening import Store
from tests.support.stores import open_copy

MARCH_JAG = date(2021, 3, 4)  # the day the demo's story stands at


@pytest.fixture
def page(qtbot: Any, demo_store: Store) -> DashboardPage:
    shown = DashboardPage(demo_store, today=MARCH_JAG)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def empty_store(tmp_path: Path, empty_template: Path) -> Iterator[Store]:
    store = open_copy(empty_template, tmp_path / "empty.db")
    yield store
    store.close()


def cells(table: SectionTable) -> list[list[str]]:
    model = table.proxy
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_shows_the_counts_and_what_is_overdue_on_the_day(page: DashboardPage) -> None:
    assert page.title == "Dashboard"
    assert page.as_of_label.text().startswith("As of 04/03/2021.")
    figures = {name: label.text() for name, label in page.count_labels.items()}
    assert ">4</span><br>Open cases" in figures["Open cases"]
    assert ">1</span><br>Past review" in figures["Past review"]
    # The cases' actions and the actions agreed at the demo's JAG and locality meetings.
    assert ">16</span><br>Open actions" in figures["Open actions"]
    assert ">5</span><br>Overdue actions" in figures["Overdue actions"]
    reviews, actions = page.table("case_reviews"), page.table("overdue_actions")
    assert reviews.title_label.text() == "<b>Cases past their review date</b> (1)"
    assert cells(reviews) == [["PS-2020-003",
                               "Street drinking and anti-social behaviour at the Shenley Road parade",
                               "PC Aisha Rahman", "25/02/2021", "7"]]
    assert [row[0] for row in cells(actions)] == ["JAG-2020-12/02", "PS-2020-003/02",
                                                  "BCRG-2021-01/01", "PS-2020-003/07",
                                                  "JAG-2021-02/02"]
    # The locality group's overdue action names its meeting, to open from the row.
    assert cells(actions)[2][6] == "Borehamwood Crime Reduction Group, January 2021"
    assert cells(actions)[1][2:] == ["Priya Raman", "Hertsmere Borough Council", "29/01/2021",
                                     "34", "PS-2020-003"]
    assert reviews.view.isVisibleTo(page) and not reviews.empty_label.isVisibleTo(page)


def test_overdue_rows_are_red(page: DashboardPage) -> None:
    table = page.table("overdue_actions")
    for row in range(table.proxy.rowCount()):
        for column in range(table.proxy.columnCount()):
            colour = table.proxy.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            assert QColor(colour).red() > 150 and QColor(colour).green() < 50


def test_double_click_and_enter_open_the_case(page: DashboardPage, qtbot: Any) -> None:
    actions = page.table("overdue_actions")
    index = actions.proxy.index(1, 0)
    with qtbot.waitSignal(page.case_requested) as opened:
        actions.view.doubleClicked.emit(index)
    assert opened.args == ["PS-2020-003"]
    reviews = page.table("case_reviews")
    reviews.view.setFocus()
    reviews.view.selectRow(0)
    with qtbot.waitSignal(page.case_requested) as opened:
        qtbot.keyClick(reviews.view, Qt.Key.Key_Return)
    assert opened.args == ["PS-2020-003"]


def test_a_meeting_action_opens_its_meeting(page: DashboardPage, qtbot: Any) -> None:
    actions = page.table("overdue_actions")
    assert cells(actions)[0][0] == "JAG-2020-12/02" and cells(actions)[0][6] == "Hertsmere JAG, December 2020"
    with qtbot.waitSignal(page.meeting_requested) as opened, \
            qtbot.assertNotEmitted(page.case_requested):
        actions.view.doubleClicked.emit(actions.proxy.index(0, 0))
    assert opened.args == [actions.proxy.index(0, 0).data(ROW_ROLE).meeting_id]
    assert opened.args[0] is not None


def test_refresh_shows_an_action_done_elsewhere(page: DashboardPage, demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        action = uow.session.scalars(select(Action).where(Action.reference == "PS-2020-003/07")).one()
        action.status, action.completed_on = "done", MARCH_JAG
        uow.commit()
    page.refresh()
    rows = page.table("overdue_actions").shown_rows()
    assert [row.reference for row in rows] == ["JAG-2020-12/02", "PS-2020-003/02", "BCRG-2021-01/01",
                                               "JAG-2021-02/02"]
    assert ">4</span><br>Overdue actions" in page.count_labels["Overdue actions"].text()


def test_an_empty_store_says_nothing_is_overdue(qtbot: Any, empty_store: Store) -> None:
    page = DashboardPage(empty_store, today=MARCH_JAG)
    qtbot.addWidget(page)
    page.show()
    reviews = page.table("case_reviews")
    assert reviews.empty_label.text() == "No cases are past their review date."
    assert reviews.empty_label.isVisibleTo(page) and not reviews.view.isVisibleTo(page)
    assert page.table("overdue_actions").empty_label.text() == "No actions are overdue."
    assert ">0</span><br>Open cases" in page.count_labels["Open cases"].text()


def test_the_section_models_pass_the_qt_model_tester(page: DashboardPage, qtmodeltester: Any) -> None:
    for table in page.tables.values():
        qtmodeltester.check(table.model)
        assert all(table.proxy.index(r, 0).data(ROW_ROLE) for r in range(table.proxy.rowCount()))
