"""The statistics page's Year on year tab: this period against the same months a year before, with
the changes said in sentences."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.models.stats_models import (
    StatsTableModel,
    year_on_year_cells,
    year_on_year_header,
)
from jagdesk.gui.pages.places.stats_view import StatsView, show_note
from jagdesk.services.places.crime_stats import (
    YearOnYearRow,
    YearOnYearTable,
)


def sentences_heading(table: YearOnYearTable) -> str:
    if not table.compared:
        return f"{table.area.title}: crime figures for {table.period.title}"
    return (f"{table.area.title}: crime figures for {table.period.title} compared to the same "
            f"period a year before ({table.year_before.title})")


def nothing_to_compare(table: YearOnYearTable) -> str:
    """Why the sentences give counts only: there is no year before to compare with."""
    return (f"There is nothing to compare these figures with: no police.uk data for "
            f"{table.year_before.title} (the same months a year before) has been imported.")


def sentences_html(table: YearOnYearTable) -> str:
    """The seed 004 lines: all crime first, then the types that fell, rose and stayed the same."""
    parts = [f"<p><b>{html.escape(sentences_heading(table))}</b></p>"]
    if not table.compared:
        parts.append(f"<p>{html.escape(nothing_to_compare(table))}</p>")
    for total in reversed(table.totals()):
        parts.append(f"<p><b>{html.escape(total.sentence)}</b></p>")
    for heading, rows in sentence_groups(table):
        items = "".join(f"<li>{html.escape(r.sentence)}</li>" for r in rows)
        parts.append(f"<p><b>{heading}</b></p><ul style='margin-top: 0'>{items}</ul>")
    return "".join(parts)


def sentence_groups(table: YearOnYearTable) -> list[tuple[str, list[YearOnYearRow]]]:
    if not table.compared:
        return [("By crime type", list(table.rows))] if table.rows else []
    groups = (("Crime decrease", [r for r in table.rows if r.change < 0]),
              ("Crime increase", [r for r in table.rows if r.change > 0]),
              ("No change", [r for r in table.rows if r.change == 0]))
    return [(heading, list(rows)) for heading, rows in groups if rows]


def sentences_text(table: YearOnYearTable) -> str:
    """The same lines as plain text, for pasting into a report or an email."""
    lines = [sentences_heading(table), ""]
    if not table.compared:
        lines += [nothing_to_compare(table), ""]
    totals = [total.sentence for total in reversed(table.totals())]
    if totals:
        lines += [*totals, ""]
    for heading, rows in sentence_groups(table):
        lines += [heading, *(r.sentence for r in rows), ""]
    return "\n".join(lines).rstrip() + "\n"


class YearOnYearView(StatsView):
    """Each type this period against a year before: the chart above, the table and sentences below."""

    kind = "year-on-year"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StatsTableModel(), "Year on year", parent)
        self.sentences = QTextBrowser()
        self.sentences.setAccessibleName("Year-on-year sentences")
        self.sentences.setOpenLinks(False)
        self.copy_button = QPushButton("&Copy sentences")
        self.copy_button.setToolTip("Copy the lines above, to paste into a briefing or report")
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.sentences, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        words_layout.addLayout(copy_row)
        self.details = QSplitter(Qt.Orientation.Horizontal)
        self.details.addWidget(self.view)
        self.details.addWidget(words)
        self.details.setChildrenCollapsible(False)
        self.details.setStretchFactor(0, 0)
        self.details.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def show_table(self, table: YearOnYearTable | None, note: str = "") -> None:
        """Show the table with a `note` above it; without one, the chart says why (`note`)."""
        self._table = table
        show_note(self.note, note if table is not None else "")
        self.copy_button.setEnabled(table is not None)
        if table is None:
            self.model.set_cells([], [])
            self.sentences.clear()
            self.chart.show_message("Year on year", note)
            return
        self.model.set_cells(year_on_year_header(table), year_on_year_cells(table),
                             totals=len(table.totals()))
        self._fit_columns()
        self._share_width()
        self.sentences.setHtml(sentences_html(table))
        title = f"Year on year\n{table.area.title}"
        if not table.rows:
            self.chart.show_message(title, "No crimes of the chosen types in either period.")
            return
        groups: list[tuple[str, Sequence[float]]] = [
            (table.period.title, [r.current for r in table.rows])]
        if table.compared:
            groups.append((table.year_before.title, [r.previous for r in table.rows]))
        else:
            title = f"{title} – no data for {table.year_before.title} to compare with"
        self.chart.show_comparison(title, [r.crime_type for r in table.rows], groups)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The figures whole, without a scroll bar, if the sentences keep room; they take the rest."""
        total = sum(self.details.sizes())
        if total <= 0 or self.model.columnCount() == 0:
            return  # not laid out yet: done again when shown
        whole = (self.view.horizontalHeader().length() + self.view.verticalScrollBar().sizeHint().width()
                 + 2 * self.view.frameWidth())
        table = min(whole, max(total - 240, total // 2))
        self.details.setSizes([table, total - table])

    def _on_copy_button_clicked(self) -> None:
        if isinstance(self._table, YearOnYearTable):
            QGuiApplication.clipboard().setText(sentences_text(self._table))
