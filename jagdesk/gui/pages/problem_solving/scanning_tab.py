"""The Scanning tab of a case: where the problem was seen, its sources, and the incidents month by
month at its hotspots."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import (
    SCANNING_SOURCES,
    MonthlyCounts,
)
from jagdesk.gui.dialogs.common.fields import tab_chain, text_box
from jagdesk.gui.pages.problem_solving.check_boxes import boxes
from jagdesk.gui.widgets.fields_tab import FieldsTab
from jagdesk.gui.widgets.figure_table import FigureTable
from jagdesk.gui.widgets.labels import hint
from jagdesk.services.problem_solving.cases import CaseDetail

NO_PLACES = ("No incidents to show: link the hotspots where the problem happens on the location "
             "side of the triangle (Analysis tab), and import police.uk data for them.")


def month_text(month: str) -> str:
    """'2026-03' as 'Mar 2026'."""
    return date(int(month[:4]), int(month[5:7]), 1).strftime("%b %Y")


class ScanningTab(FieldsTab):
    """Where the problem came to light, and the incidents in its places month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sources = QGroupBox("Where the problem came to &light")
        column = QVBoxLayout(sources)
        self.sources = boxes(column, list(SCANNING_SOURCES.items()))
        for box in self.sources.values():
            self.watch(box)
        self.notes = text_box("", 64, "What the sources showed: numbers of calls, complaints, themes")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, "scanning_notes", "&Notes:", self.notes)
        self.monthly = FigureTable("Incidents by month in the linked hotspots")
        self.monthly.setMinimumHeight(120)
        self.no_monthly = hint(NO_PLACES)
        self.monthly_title = QLabel("<b>Incidents by month in the linked hotspots</b>")
        layout = QVBoxLayout(self)
        layout.addWidget(sources)
        layout.addLayout(form)
        layout.addLayout(self.save_row())
        layout.addWidget(self.monthly_title)
        layout.addWidget(self.no_monthly)
        layout.addWidget(self.monthly)
        layout.addStretch(1)
        tab_chain(*self.sources.values(), self.notes, self.save_button, self.monthly)

    def show_case(self, detail: CaseDetail, monthly: MonthlyCounts | None) -> None:
        self.show_monthly(monthly)
        if self.dirty:
            return

        def fill() -> None:
            for key, box in self.sources.items():
                box.setChecked(key in detail.scanning_sources)
            self.notes.setPlainText(detail.scanning_notes)

        self.fill(fill)

    def show_monthly(self, monthly: MonthlyCounts | None) -> None:
        """Months down, places across, the total of all places last (each incident counted once)."""
        shown = monthly is not None and bool(monthly.months)
        self.monthly.setVisible(shown)
        self.no_monthly.setVisible(not shown)
        if monthly is None or not shown:
            self.monthly.set_table([], [])
            return
        header = ["Month", *(name for name, _ in monthly.places), "All linked places"]
        body: list[list[object]] = [
            [month_text(month), *(counts[i] for _, counts in monthly.places), monthly.totals[i]]
            for i, month in enumerate(monthly.months)]
        body.append(["Total", *(sum(counts) for _, counts in monthly.places), sum(monthly.totals)])
        self.monthly.set_table(header, body)
        # As tall as its rows (up to two years' worth), the space under it left empty.
        rows = self.monthly.verticalHeader().length() + self.monthly.horizontalHeader().height()
        self.monthly.setMaximumHeight(min(rows + 4, 26 * 25))

    def values(self) -> dict[str, Any]:
        return {"scanning_sources": tuple(k for k, box in self.sources.items() if box.isChecked()),
                "scanning_notes": self.notes.toPlainText()}
