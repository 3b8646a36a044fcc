"""The main window: pages, status bar, office shortcuts, remembered geometry, About box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from jagdesk import __version__
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.reference.agencies_page import AgenciesPage
from jagdesk.gui.pages.reference.localities_page import LocalitiesPage
from jagdesk.services.reference import localities
from jagdesk.store.opening import Store


def test_sidebar_lists_the_working_pages_and_switches_between_them(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [page.title for page in window.pages]
    assert titles[0] == "Dashboard"
    assert {"Meetings", "Action log", "Hotspots", "Problem solving", "People", "Action plans", "Map",
            "Crime statistics", "Hotspot finder", "Agencies and contacts",
            "Localities and wards"} <= set(titles)
    assert all(not action.shortcut().isEmpty() for action in window.page_actions[:9])
    window.page_actions[1].trigger()
    assert window.stack.currentWidget() is window.pages[1]
    assert window.page_actions[1].shortcut() == QKeySequence("Ctrl+2")


def test_status_bar_names_the_store_and_the_marking(window: MainWindow, demo_store: Store) -> None:
    assert str(demo_store.location.path) in window.store_label.text()
    assert window.store_label.text().startswith("SQLite")
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any("OFFICIAL-SENSITIVE" in text for text in labels)


def test_office_shortcuts(window: MainWindow) -> None:
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert QKeySequence("F5") in window.refresh_action.shortcuts()
    page = window.page(AgenciesPage)
    window.show_page(window.pages.index(page))
    page.master.search.setText("old search")
    window.find_action.trigger()
    # Find puts the cursor in the search box with its text selected, ready to type over.
    assert page.master.search.selectedText() == "old search"


def test_refresh_shows_changes_made_elsewhere(window: MainWindow, demo_store: Store) -> None:
    page = window.page(LocalitiesPage)
    window.show_page(window.pages.index(page))
    with demo_store.unit_of_work() as uow:
        localities.save_locality(uow, localities.LocalityInput("Elstree Village"))
    assert page.master.model.rowCount() == 5
    window.refresh_action.trigger()
    assert page.master.model.rowCount() == 6


def test_window_geometry_is_remembered(qtbot: Any, demo_store: Store) -> None:
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width() + 10, 590)
    size = first.size()
    first.close()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size


def test_every_page_fits_a_1366_by_768_laptop(window: MainWindow) -> None:
    for row, page in enumerate(window.pages):
        window.show_page(row)
        assert window.minimumSizeHint().width() <= 1366 - 16, page.title  # less the frame
        assert window.minimumSizeHint().height() <= 768 - 40, page.title  # less the taskbar


def test_about_box_shows_the_version_and_store(window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    text = " ".join(seen)
    assert f"Version {__version__}" in text
    assert "OFFICIAL-SENSITIVE" in text
    assert str(window.store.location.path) in text


def test_a_dashboard_row_opens_its_case(window: MainWindow) -> None:
    window.dashboard_page.case_requested.emit("PS-2020-003")
    assert window.current_page() is window.cases_page
    selected = window.cases_page.list.current_row()
    assert selected is not None and selected.reference == "PS-2020-003"


def test_a_dashboard_meeting_action_opens_its_meeting(window: MainWindow) -> None:
    row = next(r for r in window.dashboard_page.table("overdue_actions").shown_rows()
               if r.meeting_id is not None and not r.case_reference)
    window.dashboard_page.meeting_requested.emit(row.meeting_id)
    assert window.current_page() is window.meetings_page
    selected = window.meetings_page.list.current_row()
    assert selected is not None and selected.id == row.meeting_id


def test_an_unknown_case_reference_is_one_sentence(window: MainWindow, messages: Any) -> None:
    window.dashboard_page.case_requested.emit("PS-1999-999")
    assert len(messages.errors) == 1 and "PS-1999-999" in messages.errors[0]
    assert window.current_page() is window.dashboard_page


def test_a_persons_case_link_opens_the_case(window: MainWindow, demo_store: Store) -> None:
    from jagdesk.services.problem_solving.cases import find_case

    with demo_store.unit_of_work() as uow:
        case = find_case(uow, "PS-2021-001")
    window.people_page.case_requested.emit(case.id)
    assert window.current_page() is window.cases_page
    selected = window.cases_page.list.current_row()
    assert selected is not None and selected.reference == "PS-2021-001"
