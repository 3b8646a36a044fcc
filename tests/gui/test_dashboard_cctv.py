"""The dashboard's CCTV alerts opened with a double-click (or Enter), on the demo store: a RIPA
alert opens the RIPA page with the authorisation selected, a mobile camera's alert the Mobile CCTV
page with the deployment selected, a footage alert the same page with the footage request selected."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.cctv.deployments_page import DeploymentsPage
from jagdesk.gui.pages.cctv.ripa_page import RipaPage
from jagdesk.gui.pages.dashboard.section_table import SectionTable
from jagdesk.services.cctv.alerts import cctv_alerts
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.services.cctv.footage import FootageInput, add_footage_request
from jagdesk.store.opening import Store


def double_click(table: SectionTable, qtbot: Any, row: int = 0) -> None:
    """A real double-click on the row's first cell."""
    index = table.proxy.index(row, 0)
    table.view.scrollTo(index)
    at = table.view.visualRect(index).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def dashboard_on(window: MainWindow, day: date) -> None:
    window.dashboard_page.today = day
    window.show_page(0)
    window.dashboard_page.refresh()


def a_day_with_a_ripa_review_due(store: Store) -> date:
    """The first day of the demo's year when the covert authorisation has a review due."""
    with store.unit_of_work() as uow:
        day = date(2020, 10, 1)
        while not cctv_alerts(uow, day).ripa_reviews_due:
            day += timedelta(days=1)
            assert day < date(2021, 4, 1), "the demo's authorisation never has a review due"
        return day


def test_a_ripa_alert_opens_the_authorisation_on_the_ripa_page(
        window: MainWindow, demo_store: Store, qtbot: Any) -> None:
    dashboard_on(window, a_day_with_a_ripa_review_due(demo_store))
    table = window.dashboard_page.table("ripa_reviews_due")
    urn = table.shown_rows()[0].reference
    assert urn.startswith("HBC/RIPA/")
    double_click(table, qtbot)
    page = window.current_page()
    assert isinstance(page, RipaPage)
    assert page.table.current_row().urn == urn
    assert "Operation Kestrel" in page.text.toPlainText()  # the authorisation shown beside the list


def test_a_mobile_camera_alert_opens_the_deployment(window: MainWindow, qtbot: Any) -> None:
    dashboard_on(window, date(2021, 6, 1))  # the Shenley Road camera is past its planned end
    table = window.dashboard_page.table("past_planned_end")
    assert [row.reference for row in table.shown_rows()] == ["CCTV-2021-001"]
    # Enter opens the selected row as a double-click does.
    table.view.setFocus()
    table.view.selectRow(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, DeploymentsPage)
    assert page.table.current_row().reference == "CCTV-2021-001"
    # A search left on the page does not hide the record asked for.
    page.table.search.setText("Oakmere")
    window.show_page(0)
    double_click(table, qtbot)
    assert window.current_page() is page
    assert page.table.current_row().reference == "CCTV-2021-001"
    assert page.table.search.text() == ""


def test_a_footage_alert_opens_the_footage_request(window: MainWindow, demo_store: Store, qtbot: Any) -> None:
    with demo_store.unit_of_work() as uow:
        camera = next(c for c in list_cameras(uow) if c.code == "HBC-F01")
        for requested_by in ("DC Sam Hill", "PC Jo Ward"):
            add_footage_request(uow, FootageInput(camera.id, date(2021, 3, 1), date(2021, 2, 26 if
                                                  requested_by.startswith("DC") else 27), requested_by))
    dashboard_on(window, date(2021, 3, 26))
    table = window.dashboard_page.table("footage_to_delete")
    rows = table.shown_rows()
    assert [row.reference for row in rows] == ["HBC-F01", "HBC-F01"]
    double_click(table, qtbot, 1)  # the second: the same camera, the later deletion date
    page = window.current_page()
    assert isinstance(page, DeploymentsPage)
    chosen = page.footage.current_row()
    assert (chosen.camera, chosen.requested_by, chosen.delete_by) == ("HBC-F01", "PC Jo Ward", rows[1].due_on)


def test_other_rows_still_open_their_case(window: MainWindow, qtbot: Any) -> None:
    dashboard_on(window, date(2021, 6, 1))
    double_click(window.dashboard_page.table("case_reviews"), qtbot)
    assert window.current_page() is window.cases_page
