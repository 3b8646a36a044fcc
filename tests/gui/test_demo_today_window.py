"""The demo as a new user first sees it, loaded today: the first start loads it behind a progress
dialog and then says what it loaded; the dashboard at 1366 x 700 shows a few overdue actions,
not years of them; the About box says the crimes are 2021's placed as recent months."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressDialog

from jagdesk.gui import app as gui_app
from jagdesk.gui.dialogs.admin.start_dialog import StartChoice, StartDialog
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.dashboard.dashboard_page import DashboardPage
from jagdesk.services.demo.load import load_demo
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.stores import open_copy, private_env

SIZE = (1366, 700)


@pytest.fixture(scope="module")
def today_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The demo placed around the day the tests run, as a new user would load it, built once for
    the module."""
    path = tmp_path_factory.mktemp("demo-today") / "today.db"
    with private_env(path.parent / "data"), open_store(sqlite_location(path)) as store, \
            store.unit_of_work() as uow:
        load_demo(uow, date.today())
    return path


@pytest.fixture
def today_store(today_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of it, open."""
    with open_copy(today_template, tmp_path / "today.db") as store:
        yield store


def test_the_first_start_loads_the_demo_with_progress_then_says_what_it_loaded(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any, shared_data: Path) -> None:
    monkeypatch.delenv("JAGDESK_DEMO_DAY")  # today, as a new user starts it
    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda cls, *a, **k: StartChoice(demo=True)))
    seen: list[str] = []

    def look() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())
        if not seen:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    told: list[tuple[str, str]] = []
    store = gui_app.open_for_gui(str(tmp_path / "new.db"), told)
    assert store is not None
    store.close()
    assert seen and seen[0].startswith("Loading")
    [(message, _details)] = told
    assert message.startswith("The demo partnership is loaded: 11 agencies, 21 contacts")
    assert "100,407 crimes." in message
    assert f"The fictional story is placed around {date.today().day} " in message
    assert "are the real police.uk figures for Hertfordshire of January to December 2021, placed " \
           "as the latest months" in message


def _shown_at_laptop_size(qtbot: Any, store: Store, page_class: type[Any]) -> tuple[MainWindow, Any]:
    """The window at 1366 x 700 on `store`, showing its page of `page_class`."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    page = window.page(page_class)
    window.show_page(window.pages.index(page))
    return window, page


def test_the_dashboard_at_1366_by_700(qtbot: Any, today_store: Store, tmp_path: Path) -> None:
    window, page = _shown_at_laptop_size(qtbot, today_store, DashboardPage)
    assert (window.width(), window.height()) == SIZE
    shown = page.current
    assert shown is not None and shown.today == date.today()
    counts = shown.counts
    assert counts.open_cases == 4 and counts.cases_past_review <= 1
    assert 0 < counts.overdue_actions <= counts.open_actions // 3
    late = [row.days_overdue for section in shown.sections for row in section.rows]
    assert late and max(late) < 60  # weeks late at most, not thousands of days
    picture = window.grab()
    assert (picture.width(), picture.height()) == SIZE
    assert picture.save(str(tmp_path / "dashboard.png"))
    window.close()


def test_the_about_box_says_what_the_demos_crimes_are(qtbot: Any, today_store: Store) -> None:
    window = MainWindow(today_store)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    text = " ".join(seen)
    assert "This store holds the demo partnership, a fictional Hertsmere CSP." in text
    assert "real police.uk figures for Hertfordshire of January to December 2021" in text
    assert "they are not current figures" in text
    window.close()


def test_the_hotspots_and_the_meetings_lists_at_1366_by_700(qtbot: Any, today_store: Store) -> None:
    """Every demo hotspot is in view above its tabs (the Cameras tab scrolls rather than squeeze
    the list), and the meetings list is wide enough for a JAG meeting's title."""
    from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage

    window, hotspots = _shown_at_laptop_size(qtbot, today_store, HotspotsPage)
    view = hotspots.list.view
    rows = view.model().rowCount()
    assert rows == 5
    assert all(view.visualRect(view.model().index(row, 0)).bottom() <= view.viewport().height()
               for row in range(rows))
    meetings = window.page(MeetingsPage)
    window.show_page(window.pages.index(meetings))
    table = meetings.list.view
    jag = next(row for row in range(table.model().rowCount())
               if str(table.model().index(row, 1).data()).startswith("Hertsmere JAG, "))
    title = str(table.model().index(jag, 1).data())
    assert table.columnWidth(1) > table.fontMetrics().horizontalAdvance(title)
    window.close()


def test_every_page_fits_a_1366_wide_screen(qtbot: Any, today_store: Store) -> None:
    """A page whose controls need more than the screen would widen the window past its edge
    (the stack is as wide as its widest page): each page's minimum fits beside the sidebar."""
    window = MainWindow(today_store)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    too_wide = []
    for row, title in enumerate(window.pages.titles):
        window.show_page(row)
        qtbot.wait(1)
        if window.minimumSizeHint().width() > SIZE[0] or window.width() != SIZE[0]:
            too_wide.append((title, window.minimumSizeHint().width(), window.width()))
    assert too_wide == []
