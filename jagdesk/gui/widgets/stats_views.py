"""The three views of the crime statistics page: monthly counts, year on year, baseline and target."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import add_months, month_title
from jagdesk.exports.common.csv_export import Table
from jagdesk.gui.models.stats_models import (
    COL_TARGET,
    BaselineModel,
    StatsTableModel,
    TotalsLastProxy,
    monthly_cells,
    monthly_header,
    year_on_year_cells,
    year_on_year_header,
)
from jagdesk.gui.widgets.crime_chart import CrimeChart, month_labels
from jagdesk.services.places.crime_stats import (
    ALL_TYPES,
    BaselineTable,
    MonthlyTable,
    YearOnYearRow,
    YearOnYearTable,
)

CHART_TOTAL, CHART_TYPES = "total", "types"


def table_view(proxy: QAbstractItemModel, name: str) -> QTableView:
    """A sortable, read-only-looking table of figures."""
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by crime type, as reports list them
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    # Figures read best close together, as in a spreadsheet.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    label.hide()
    return label


def show_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class StatsView(QWidget):
    """What the three views share: a model, its sorting proxy, a table view, a chart and a note."""

    kind = ""  # names exported files: "monthly-counts"

    def __init__(self, model: StatsTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(model)
        self.view = table_view(self.proxy, name)
        self.chart = CrimeChart()
        self.note = note_label()
        self._table: Table | None = None

    def table(self) -> Table | None:
        """The table shown, as the CSV export writes it; None when there is none."""
        return self._table

    def _fit_columns(self) -> None:
        """Each column as wide as its cells and heading, no wider.

        Qt would add room for a sort arrow beside every heading; the style draws it above the text.
        """
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            heading = metrics.size(0, self.model.header()[column]).width() + 14
            header.resizeSection(column, max(self.view.sizeHintForColumn(column), heading, 46))


class MonthlyView(StatsView):
    """Crimes by type and month: a chart above the table."""

    kind = "monthly-counts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StatsTableModel(), "Monthly counts", parent)
        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName("Chart")
        self.chart_choice.addItem("All crime by month (line)", CHART_TOTAL)
        self.chart_choice.addItem("By crime type (stacked bars)", CHART_TYPES)
        self._reason = ""
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel("Chart:"))
        top.addWidget(self.chart_choice)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.chart_choice.currentIndexChanged.connect(lambda _i: self._draw())

    def show_table(self, table: MonthlyTable | None, reason: str = "") -> None:
        """Show the table; without one, the chart says `reason`."""
        self._table = table
        self._reason = reason
        if table is None:
            self.model.set_cells([], [])
        else:
            header = monthly_header(table, month_labels([month_title(m) for m in table.months], "\n"))
            self.model.set_cells(header, monthly_cells(table), totals=1)
            self._fit_columns()
        self._draw()

    def _draw(self) -> None:
        table = self._table
        if not isinstance(table, MonthlyTable):
            self.chart.show_message("Monthly counts", self._reason)
            return
        titles = [month_title(m) for m in table.months]
        what = "by crime type" if self.chart_choice.currentData() == CHART_TYPES else "by month"
        title = f"Crimes and incidents {what}, {table.period.title}\n{table.area.title}"
        if table.total == 0:
            self.chart.show_message(title, "No crimes of the chosen types in this area and period.")
        elif self.chart_choice.currentData() == CHART_TYPES:
            self.chart.show_stacked(title, titles, [(r.crime_type, r.counts) for r in table.rows])
        else:
            self.chart.show_line(title, titles, ALL_TYPES, table.totals)


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


class TargetDelegate(QStyledItemDelegate):
    """Edits a target % reduction with a spin box from 0% to 100%: nothing else can be typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: object) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0, 100)
        editor.setDecimals(1)
        editor.setSuffix("%")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class BaselineView(StatsView):
    """Baseline, target % reduction (edited in the table), actual and whether the target was met."""

    kind = "baseline-and-target"
    baseline_changed = Signal(str)  # the baseline's first month

    def __init__(self, parent: QWidget | None = None) -> None:
        model = BaselineModel()
        super().__init__(model, "Baseline and target", parent)
        model.setParent(self)
        self.baseline_model = model
        self._reason = ""
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setItemDelegateForColumn(COL_TARGET, TargetDelegate(self.view))
        self.baseline_first = QComboBox()
        self.baseline_first.setAccessibleName("Baseline first month")
        self.baseline_first.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.baseline_end = QLabel()
        hint = QLabel("Double-click a target to change it.")
        hint.setStyleSheet("color: palette(dark);")
        top = QHBoxLayout()
        top.addWidget(QLabel("Baseline from"))
        top.addWidget(self.baseline_first)
        top.addWidget(self.baseline_end)
        top.addStretch(1)
        top.addWidget(hint)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        self.baseline_first.currentIndexChanged.connect(self._on_baseline_first_current_index_changed)
        self.baseline_model.target_changed.connect(lambda _type, _target: self._after_edit())

    def set_months(self, months: Sequence[str], with_data: Sequence[str], first: str,
                   length: int) -> None:
        """Offer `months` to start the baseline at (those not `with_data` say so); `first` chosen;
        as long as the period."""
        self.baseline_first.blockSignals(True)
        self.baseline_first.clear()
        for month in months:
            self.baseline_first.addItem(month_title(month) + ("" if month in with_data else
                                                              " (no data)"), month)
        self.baseline_first.setCurrentIndex(max(0, self.baseline_first.findData(first)))
        self.baseline_first.blockSignals(False)
        last = add_months(first, length - 1)
        months_word = "month" if length == 1 else "months"
        self.baseline_end.setText(f"to {month_title(last)} ({length} {months_word}, as long as the period)")

    def chosen_first(self) -> str:
        return str(self.baseline_first.currentData() or "")

    def show_table(self, table: BaselineTable | None, note: str = "") -> None:
        """Show the table with a `note` above it; without one, the chart says why (`note`)."""
        self.baseline_model.set_table(table)
        self._table = table
        self._reason = "" if table is not None else note
        if table is not None:
            self._fit_columns()
        show_note(self.note, note if table is not None else "")
        self._draw()

    def table(self) -> Table | None:
        return self.baseline_model.table()

    def _after_edit(self) -> None:
        self._table = self.baseline_model.table()
        self._draw()

    def _draw(self) -> None:
        table = self.baseline_model.table()
        if table is None or not table.rows:
            self.chart.show_message("Baseline and target", self._reason or
                                    "No crimes of the chosen types in the baseline or the period.")
            return
        base = table.baseline_period.title if table.baseline_period else ""
        self.chart.show_comparison(f"Against the baseline\n{table.area.title}",
                                   [r.crime_type for r in table.rows], [
            (f"Baseline {base}", [r.baseline for r in table.rows]),
            ("Target", [round(r.baseline * (100 - r.target_reduction_pct) / 100, 1) for r in table.rows]),
            (f"Actual {table.period.title}", [r.actual for r in table.rows])])

    def _on_baseline_first_current_index_changed(self, _index: int) -> None:
        self.baseline_changed.emit(self.chosen_first())
