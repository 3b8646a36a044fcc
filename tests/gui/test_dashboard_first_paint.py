"""The app's start: the window paints the dashboard's frame first, saying it is loading, and fills
the counts and the sections once painted, on the demo store at 1366x700."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.dashboard.dashboard_page import LOADING
from jagdesk.store.opening import Store

MARCH_JAG = date(2021, 3, 4)  # the day the demo's story stands at
SHOTS = Path("/tmp/start-speed-shots")


def test_the_dashboard_paints_its_frame_then_fills_it(qtbot: Any, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    page = window.dashboard_page
    page.today = MARCH_JAG
    page.load_after_paint()
    window.show()
    # Shown but not yet painted: the frame and the figures' places, nothing read yet.
    assert page.as_of_label.text() == LOADING
    assert all(">…</span>" in label.text() for label in page.count_labels.values())
    assert page.tables == {} and page.current is None

    SHOTS.mkdir(exist_ok=True)
    before = window.grab()  # paints the window: the queries are due on the next turn
    before.save(str(SHOTS / "dashboard-before-fill.png"))
    assert window.statusBar().currentMessage() == LOADING
    assert page.current is None

    qtbot.waitUntil(lambda: page.current is not None)
    window.grab().save(str(SHOTS / "dashboard-after-fill.png"))
    assert page.as_of_label.text().startswith("As of 04/03/2021.")
    assert ">4</span><br>Open cases" in page.count_labels["Open cases"].text()
    assert page.table("overdue_actions").title_label.text() == "<b>Actions overdue</b> (5)"
    assert window.statusBar().currentMessage() == ""


def test_a_dashboard_shown_on_its_own_loads_at_once(qtbot: Any, demo_store: Store) -> None:
    """Without load_after_paint (F5, a later show, the tests' pages) the page loads as it shows."""
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.dashboard_page
    page.today = MARCH_JAG
    window.show()
    assert page.current is not None
    assert page.as_of_label.text().startswith("As of 04/03/2021.")
