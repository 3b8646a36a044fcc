"""The dashboard page: the counts, then one table per list of things needing attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.dashboard.cctv_links import alert_link
from jagdesk.gui.pages.dashboard.section_model import OVERDUE_COLOUR
from jagdesk.gui.pages.dashboard.section_table import SectionTable
from jagdesk.services.dashboard import Dashboard, DashboardCounts, dashboard
from jagdesk.store.opening import Store


def _counts_text(counts: DashboardCounts) -> list[tuple[str, int, bool]]:
    """(label, figure, whether it is bad news) for the figures at the top."""
    return [
        ("Open cases", counts.open_cases, False),
        ("Past review", counts.cases_past_review, counts.cases_past_review > 0),
        ("Open actions", counts.open_actions, False),
        ("Overdue actions", counts.overdue_actions, counts.overdue_actions > 0),
    ]


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
        counts_row = QHBoxLayout()
        for label, _figure, _bad in _counts_text(DashboardCounts(0, 0, 0, 0)):
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

    def refresh(self) -> None:
        """Reload the counts and every section from the store."""
        found = attempt(self, self.store, lambda uow: dashboard(uow, self.today))
        if found is None:
            return
        self.current = found
        self.as_of_label.setText(f"As of {uk_day(found.today)}. Double-click a row, or press "
                                 "Enter, to open its case, meeting or CCTV record.")
        for label, figure, bad in _counts_text(found.counts):
            widget = self.count_labels[label]
            colour = f"color: {OVERDUE_COLOUR.name()};" if bad else ""
            widget.setText(f"<span style='font-size: 20pt; {colour}'>{figure}</span><br>{label}")
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
