"""The window paints with its first page alone: the others are built when first shown or wanted,
or in the background once it has painted, the status bar saying which are still loading."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.page_table import AUDIT_PAGE, PAGES
from jagdesk.gui.pages.places.stats_page import StatsPage

# Every page, and the Audit page a SQLite store always shows.
SHOWN = (*PAGES, AUDIT_PAGE)


def test_the_window_opens_with_the_dashboard_alone_and_lists_every_page(window: MainWindow) -> None:
    assert [window.pages.is_built(row) for row in range(len(SHOWN))] == [True] + [False] * (len(SHOWN) - 1)
    titles = [title for title, _ in SHOWN]
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == titles
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert [a.text() for a in go.actions() if isinstance(a, QAction)] == titles
    more = len(SHOWN) - 4  # all but the dashboard and the three named
    assert window.pages.loading.text() == f"Loading pages: Meetings, Action log, Hotspots and {more} more…"


def test_a_page_is_built_when_first_shown_and_kept(window: MainWindow) -> None:
    row = [title for title, _ in SHOWN].index("Crime statistics")
    window.show_page(row)
    page = window.current_page()
    assert isinstance(page, StatsPage) and page.isVisible()
    assert window.stack.currentWidget() is page
    window.show_page(0)
    window.show_page(row)
    assert window.current_page() is page
    assert window.pages.waiting()[:2] == ["Meetings", "Action log"]


def test_a_page_wanted_by_its_class_is_built_alone(window: MainWindow) -> None:
    page = window.page(StatsPage)
    assert window.pages.index(page) == [title for title, _ in SHOWN].index("Crime statistics")
    assert len(window.pages.built()) == 2
    assert window.current_page() is window.dashboard_page  # built, not shown


def test_the_other_pages_load_after_the_first_paint(window: MainWindow, qtbot: Any) -> None:
    window.load_other_pages()
    qtbot.waitUntil(lambda: not window.pages.waiting(), timeout=120_000)
    assert not window.pages.loading.isVisible()
    # Each title in the table is its page's own, and every page sits at its row in the stack.
    assert [(page.title, window.stack.indexOf(page)) for page in window.pages.built()] == [
        (title, row) for row, (title, _) in enumerate(SHOWN)]
    assert window.stack.count() == len(SHOWN)
