"""The dashboard page: the counts, then one table per list of things needing attention.

At the app's start the page paints its frame first and runs its queries once painted
(load_after_paint): the dashboard's services import most of the store's tables and its queries
take longer than the rest of the window, so they wait for the first paint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.dashboard.cctv_links import alert_link
from jagdesk.gui.pages.dashboard.section_model import OVERDUE_COLOUR
from jagdesk.store.opening import Store

if TYPE_CHECKING:
    from jagdesk.gui.pages.dashboard.section_table import SectionTable
    from jagdesk.services.dashboard import Dashboard, DashboardCounts

# The figures at the top, in order.
COUNT_LABELS = ("Open cases", "Past review", "Open actions", "Overdue actions")
LOADING = "Loading the dashboard…"


def _counts_text(counts: DashboardCounts) -> list[tuple[str, int, bool]]:
    """(label, figure, whether it is bad news) for the figures at the top."""
    figures = (counts.open_cases, counts.cases_past_review, counts.open_actions,
               counts.overdue_actions)
    bad = (False, counts.cases_past_review > 0, False, counts.overdue_actions > 0)
    return list(zip(COUNT_LABELS, figures, bad, strict=True))


class DashboardPage(Page):
    """What needs attention: cases past their review date and overdue actions, with the counts."""

    title = "Dashboard"
    case_requested = Signal(str)  # a case reference, when the user opens a row
    meeting_requested = Signal(object)  # a meeting's id, for a row with no case
    cctv_requested = Signal(object)  # a CCTV alert's record (cctv_links.CctvLink)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today  # None: the real today, each time the page loads
        self.current: Dashboard | None = None
        self.as_of_label = QLabel()
        self.count_labels: dict[str, QLabel] = {}
        self.tables: dict[str, SectionTable] = {}
        self._after_paint = False  # the next load waits for the page's first paint
        self._then: Callable[[], None] | None = None  # what waits for that first load
        counts_row = QHBoxLayout()
        for label in COUNT_LABELS:
            figure = QLabel()
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figure.setFrameShape(QFrame.Shape.StyledPanel)
            figure.setMinimumWidth(120)
            figure.setAccessibleName(label)
            self.count_labels[label] = figure
            counts_row.addWidget(figure)
        counts_row.addStretch(1)
        self.sections_box = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.sections_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Dashboard</h2>"))
        layout.addWidget(self.as_of_label)
        layout.addLayout(counts_row)
        layout.addWidget(scroll, 1)

    def load_after_paint(self, then: Callable[[], None] | None = None) -> None:
        """Let the window paint this page's frame before its first load: the page says it is
        loading, and its queries run on the turn of the event loop after its first paint;
        `then` runs once they have."""
        self._after_paint = True
        self._then = then
        self.as_of_label.setText(LOADING)
        for label in COUNT_LABELS:
            self._show_count(label, "…")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._after_paint:
            self._after_paint = False
            self._tell_loading(True)
            QTimer.singleShot(0, self.refresh)

    def _tell_loading(self, loading: bool) -> None:
        """The status bar says the dashboard is loading, until it is."""
        window = self.window()
        if not isinstance(window, QMainWindow):
            return
        if loading:
            window.statusBar().showMessage(LOADING)
        elif window.statusBar().currentMessage() == LOADING:
            window.statusBar().clearMessage()

    def refresh(self) -> None:
        """Reload the counts and every section from the store."""
        if self._after_paint:
            return  # the first load comes once the page has painted (see paintEvent)
        # Imported here, on the first load: the services import most of the store's tables.
        from jagdesk.services.dashboard import dashboard

        found = attempt(self, self.store, lambda uow: dashboard(uow, self.today))
        self._tell_loading(False)
        if found is not None:
            self._show(found)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _show(self, found: Dashboard) -> None:
        from jagdesk.gui.pages.dashboard.section_table import SectionTable

        self.current = found
        self.as_of_label.setText(f"As of {uk_day(found.today)}. Double-click a row, or press "
                                 "Enter, to open its case, meeting or CCTV record.")
        for label, figure, bad in _counts_text(found.counts):
            self._show_count(label, str(figure), OVERDUE_COLOUR.name() if bad else "")
        for section in found.sections:
            table = self.tables.get(section.key)
            if table is None:
                table = SectionTable(section)
                table.row_opened.connect(lambda row, key=section.key: self._on_table_row_opened(key, row))
                self.tables[section.key] = table
                self.sections_box.addWidget(table)
                table.show()  # a child added to a page already on screen is shown explicitly
            else:
                table.set_section(section)

    def _show_count(self, label: str, figure: str, colour: str = "") -> None:
        style = f"color: {colour};" if colour else ""
        self.count_labels[label].setText(
            f"<span style='font-size: 20pt; {style}'>{figure}</span><br>{label}")

    def table(self, key: str) -> SectionTable:
        """The table of the section with this key."""
        return self.tables[key]

    def _on_table_row_opened(self, section: str, row: Any) -> None:
        reference = getattr(row, "case_reference", "")
        meeting_id = getattr(row, "meeting_id", None)
        link = alert_link(section, row)
        if link is not None:
            self.cctv_requested.emit(link)
        elif reference:
            self.case_requested.emit(reference)
        elif meeting_id is not None:
            self.meeting_requested.emit(meeting_id)
