"""The problem-solving page in the main window at 1366 x 700 (a council laptop's screen, less the
taskbar), on a real SQLite store: the demo partnership, whose case PS-2020-003 has actions of its
own and actions agreed for it at a problem-solving meeting (see hotspot_store)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractScrollArea

from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
from jagdesk.services.problem_solving.actions import list_actions
from jagdesk.services.problem_solving.cases import list_cases
from jagdesk.store.opening import Store
from tests.support.on_screen import activate, laptop_window, show_page

PARADE_CASE = "PS-2020-003"  # six open actions; two of its actions were agreed at a meeting


@pytest.fixture
def store(hotspot_copy: Store) -> Store:
    return hotspot_copy


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[CasesPage]:
    window = laptop_window(qtbot, store)
    yield show_page(window, CasesPage)
    window.close()


def select_case(page: CasesPage, reference: str) -> None:
    row = next(r for r in page.list.model.rows() if r.reference == reference)
    assert page.list.select_id(row.id)
    assert page.view is not None and page.view.detail.reference == reference


def cells(table: Any, column: int) -> list[str]:
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def open_count(page: CasesPage, reference: str) -> str:
    references = cells(page.list, 0)
    return str(page.list.proxy.index(references.index(reference), 4).data())


def menu_event(reason: QContextMenuEvent.Reason, at: QPoint) -> QContextMenuEvent:
    return QContextMenuEvent(reason, at, at)


def fits(view: QAbstractScrollArea) -> bool:
    """Nothing to scroll sideways: no scroll bar, every column inside the visible width."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    used = sum(header.sectionSize(c) for c in range(header.count()))
    return not view.horizontalScrollBar().isVisible() and used <= view.viewport().width()


def test_the_response_tab_shows_whole_references(page: CasesPage, store: Store) -> None:
    select_case(page, PARADE_CASE)
    page.tabs.setCurrentWidget(page.response)
    shown = cells(page.response.action_table, 0)
    with store.unit_of_work() as uow:
        case_id = next(c.id for c in list_cases(uow, "active") if c.reference == PARADE_CASE)
        stored = [a.reference for a in list_actions(uow, case_id)]
    assert sorted(shown) == sorted(stored)
    assert len(set(shown)) == len(shown)  # "01" no longer stands for two actions
    assert any(r.startswith(f"{PARADE_CASE}/") for r in shown)
    assert any(not r.startswith(f"{PARADE_CASE}/") for r in shown)  # agreed at a meeting
    view = page.response.action_table.view
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(max(shown, key=len))
    assert fits(view)


def test_the_case_list_counts_open_actions_again_after_an_action_is_saved(
        page: CasesPage, dialogs: Any, messages: Any) -> None:
    select_case(page, PARADE_CASE)
    assert open_count(page, PARADE_CASE) == "6 open"
    page.tabs.setCurrentWidget(page.response)

    def new(dialog: Any) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Ask the off-licence to stop selling single cans")
        dialog.due_on.set_value(date(2021, 4, 30))

    dialogs.will(new)
    page.response.action_table.new_button.click()
    assert not messages.errors
    assert open_count(page, PARADE_CASE) == "7 open"
    saved = page.response.action_table.current_row()
    assert saved.description == "Ask the off-licence to stop selling single cans"

    def done(dialog: Any) -> None:
        dialog.status.setCurrentIndex(dialog.status.findText("Done"))

    dialogs.will(done)
    page.response.action_table.edit_button.click()
    assert open_count(page, PARADE_CASE) == "6 open"
    page.response.action_table.view.selectRow(0)
    page.response.action_table.delete_button.click()
    assert messages.questions
    page.undo_last_delete()
    assert open_count(page, PARADE_CASE) == "6 open"
    assert page.list.current_row().reference == PARADE_CASE


def test_a_new_action_on_a_side_of_the_triangle_from_its_menu(
        qtbot: Any, page: CasesPage, dialogs: Any, messages: Any, store: Store) -> None:
    select_case(page, PARADE_CASE)
    page.tabs.setCurrentWidget(page.analysis)
    triangle = page.analysis.triangle
    before = triangle.side_data(Side.VICTIM)
    assert before is not None
    # A right-click on a side is for that side; the Menu key is for the side the keyboard is on.
    at = triangle.side_point(Side.VICTIM)
    assert triangle.menu_side(menu_event(QContextMenuEvent.Reason.Mouse, at.toPoint())) == Side.VICTIM
    keyboard = menu_event(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0))
    assert triangle.menu_side(keyboard) == triangle.current
    away = QPointF(2, triangle.height() - 2).toPoint()
    assert triangle.menu_side(menu_event(QContextMenuEvent.Reason.Mouse, away)) is None
    menu = triangle.side_menu(Side.VICTIM)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Work on the victim side", "New action on the victim side…"]
    seen: list[str] = []

    def new(dialog: Any) -> None:
        assert isinstance(dialog, ActionDialog)
        seen.append(dialog.side.currentData())
        dialog.description.setPlainText("Crime prevention leaflets for the parade's shop staff")

    dialogs.will(new)
    next(a for a in menu.actions() if a.text().startswith("New action")).trigger()
    assert seen == ["victim"] and not messages.errors
    after = triangle.side_data(Side.VICTIM)
    assert after is not None and after.actions == before.actions + 1  # drawn at once
    assert page.tabs.currentWidget() is page.analysis
    with store.unit_of_work() as uow:
        added = [a for a in list_actions(uow, page.view.detail.id)
                 if a.description.startswith("Crime prevention leaflets")]
    assert [a.side for a in added] == ["victim"]
    assert added[0].reference in cells(page.response.action_table, 0)


def test_a_new_action_on_a_side_from_the_keyboard(qtbot: Any, page: CasesPage, dialogs: Any,
                                                  messages: Any) -> None:
    select_case(page, PARADE_CASE)
    page.tabs.setCurrentWidget(page.analysis)
    triangle, button = page.analysis.triangle, page.analysis.new_action_button
    activate(qtbot, page.window())  # focus and shortcuts act in the active window only
    triangle.setFocus()
    assert triangle.current == Side.OFFENDER
    assert button.text() == "New action on the offender side…"
    qtbot.keyClick(triangle, Qt.Key.Key_Right)
    assert triangle.current == Side.LOCATION
    assert button.text() == "New action on the location side…"
    qtbot.keyClick(triangle, Qt.Key.Key_Tab)
    assert button.hasFocus()  # Tab goes from the drawing to the button beside it
    seen: list[str] = []

    def new(dialog: Any) -> None:
        seen.append(dialog.side.currentData())
        dialog.description.setPlainText("Ask the landlord to cut back the hedge by the alley")

    dialogs.will(new)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert seen == ["location"] and not messages.errors
    assert any(a.description.startswith("Ask the landlord to cut back")
               and a.side == "location" for a in page.view.detail.actions)
    # The button is beside the drawing, in view without scrolling.
    area = page.analysis.scroller.viewport()
    top_left = button.mapTo(area, QPoint(0, 0))
    assert top_left.y() >= 0 and top_left.y() + button.height() <= area.height()


def test_the_assessment_hint_is_shown_whole(page: CasesPage) -> None:
    select_case(page, PARADE_CASE)
    page.tabs.setCurrentWidget(page.assessment)
    label = page.assessment.figures
    text = label.text()
    assert "Enter when the response started and ended" in text and text.rstrip().endswith("</span>")
    # As tall as its wrapped text needs at its width, and wide enough to read in a few lines.
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() >= 300
    lines = label.height() / label.fontMetrics().lineSpacing()
    assert lines < 4


def test_the_case_list_fits_its_side_of_the_page(page: CasesPage) -> None:
    for status in ("Not closed", "All statuses"):
        page.status_filter.setCurrentIndex(page.status_filter.findText(status))
        page.list.view.selectRow(0)
        assert fits(page.list.view), status
    view = page.list.view
    title = next(r for r in range(page.list.proxy.rowCount())
                 if page.list.proxy.index(r, 0).data() == PARADE_CASE)
    index = page.list.proxy.index(title, 1)
    full = "Street drinking and anti-social behaviour at the Shenley Road parade"
    assert index.data() == full and index.data(Qt.ItemDataRole.ToolTipRole) == full
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    # The short columns are whole: the reference, status, review date and count are never cut.
    metrics = view.fontMetrics()
    for column in (0, 2, 3, 4):
        widest = max(metrics.horizontalAdvance(str(page.list.proxy.index(r, column).data() or ""))
                     for r in range(page.list.proxy.rowCount()))
        assert view.columnWidth(column) >= widest, column
    assert view.columnWidth(1) >= 100  # the title keeps a readable width
