"""Table models for crime statistics: read-only figures, and the baseline table whose targets are edited."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from jagdesk.domain.common import figures
from jagdesk.services.places.crime_stats import (
    ALL_TYPES,
    BaselineRow,
    BaselineTable,
    MonthlyTable,
    YearOnYearTable,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex

# Crime going up is bad news, going down good: the usual reds and greens of partnership reports.
WORSE = QColor("#b22222")
BETTER = QColor("#1e7b34")
# The background of cells the user types into, like a form's fields.
EDITABLE = QColor("#fff6d5")
# Where "no % change" sorts: after every real change.
NO_CHANGE_SORT = float("inf")
NO_FIGURE = "—"


@dataclass(frozen=True)
class Cell:
    """One cell as shown: its text, what it sorts by, and how it looks."""

    text: str
    sort: Any
    number: bool = False
    tone: QColor | None = None
    tip: str = ""


def text_cell(text: str, tip: str = "") -> Cell:
    return Cell(text, text.lower(), tip=tip)


def count_cell(count: int) -> Cell:
    return Cell(f"{count:,}", count, number=True)


def change_cell(change: int) -> Cell:
    """A change in a count, signed: "+40", "-13", "0"; red when up, green when down."""
    tone = WORSE if change > 0 else BETTER if change < 0 else None
    return Cell(f"{change:+,}" if change else "0", change, number=True, tone=tone)


def percent_cell(value: float | None, text: str) -> Cell:
    tone = None if value is None else WORSE if value > 0 else BETTER if value < 0 else None
    return Cell(text, NO_CHANGE_SORT if value is None else value, number=True, tone=tone)


class StatsTableModel(QAbstractTableModel):
    """Rows of cells under headings; the last `totals` rows are totals (bold, kept last by the proxy)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[Cell]] = []
        self._totals = 0

    def set_cells(self, header: Sequence[str], rows: Sequence[Sequence[Cell]], totals: int = 0) -> None:
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(row) for row in rows]
        self._totals = totals
        self.endResetModel()

    def header(self) -> list[str]:
        return list(self._header)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._header)

    def is_total(self, row: int) -> bool:
        return row >= len(self._rows) - self._totals

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._header):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and cell.tone is not None:
            return cell.tone
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return cell.sort
        if role == TOTAL_ROLE:
            return self.is_total(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._header):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by the cells' numbers or words, keeping total rows at the bottom either way."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802 - Qt API
        left_total, right_total = bool(left.data(TOTAL_ROLE)), bool(right.data(TOTAL_ROLE))
        if left_total != right_total:
            # Qt asks lessThan(right, left) for a descending sort: a total must lose both ways.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return left_total == descending
        if left_total:  # totals stay in their own order, whichever way the types are sorted
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (left.row() < right.row()) != descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b) and not (isinstance(a, int | float) and isinstance(b, int | float)):
            return str(a) < str(b)
        return bool(a < b)


def period_lines(title: str) -> str:
    """A period's title on two lines, for a narrow column heading: "Jan 2021 to\nDec 2021"."""
    return title.replace(" to ", " to\n")


def monthly_header(table: MonthlyTable, month_labels: Sequence[str]) -> list[str]:
    return ["Crime type", *month_labels, "Total"]


def year_on_year_header(table: YearOnYearTable) -> list[str]:
    before = period_lines(table.year_before.title) + ("" if table.compared else "\n(no data)")
    return ["Crime type", period_lines(table.period.title), before, "Change", "% change"]


def baseline_header(table: BaselineTable) -> list[str]:
    base = f"Baseline\n{period_lines(table.baseline_period.title)}" if table.baseline_period \
        else "Baseline"
    return ["Crime type", base, "Target %\nreduction", f"Actual\n{period_lines(table.period.title)}",
            "% change\nvs baseline", "Target\nmet"]


def monthly_cells(table: MonthlyTable) -> list[list[Cell]]:
    """The monthly table's rows, its "All types" total last."""
    rows = [[text_cell(r.crime_type), *(count_cell(c) for c in r.counts), count_cell(r.total)]
            for r in table.rows]
    rows.append([text_cell(ALL_TYPES), *(count_cell(c) for c in table.totals),
                 count_cell(table.total)])
    return rows


def no_data_cell(tip: str) -> Cell:
    """A figure there is nothing to work out from: a dash, never a 0 that reads as "no crime"."""
    return Cell(NO_FIGURE, NO_CHANGE_SORT, number=True, tip=tip)


def year_on_year_cells(table: YearOnYearTable) -> list[list[Cell]]:
    """The year-on-year rows: counts, change and % change; the totals last ("All crime and ASB",
    which the rows add up to, then all crime without ASB, as plans count it).

    Without data for the year before, only this period's counts: the rest is a dash.
    """
    rows = [*table.rows, *table.totals()]
    if not table.compared:
        tip = f"No police.uk data for {table.year_before.title} has been imported."
        return [[text_cell(r.crime_type, r.sentence), count_cell(r.current),
                 *(no_data_cell(tip) for _ in range(3))] for r in rows]
    return [[text_cell(r.crime_type, r.sentence), count_cell(r.current), count_cell(r.previous),
             change_cell(r.change), percent_cell(r.change_pct, r.change_pct_text)] for r in rows]


# Baseline table ---------------------------------------------------------------------------------
COL_TYPE, COL_BASELINE, COL_TARGET, COL_ACTUAL, COL_CHANGE, COL_MET = range(6)
MET_TEXT = {True: "Yes", False: "No", None: NO_FIGURE}


def target_text(value: float) -> str:
    return figures.format_percent(Decimal(str(value)).quantize(figures.ONE_PLACE))


def baseline_cells(row: BaselineRow, has_baseline: bool = True) -> list[Cell]:
    """A row of the baseline table; without baseline data its baseline is a dash, not a 0."""
    met_tone = {True: BETTER, False: WORSE, None: None}[row.target_met]
    met_tip = "" if row.target_met is not None else "No baseline to measure a reduction from."
    base = count_cell(row.baseline) if has_baseline else no_data_cell(
        "No police.uk data has been imported for the baseline's months.")
    return [text_cell(row.crime_type), base,
            Cell(target_text(row.target_reduction_pct), row.target_reduction_pct, number=True,
                 tip="Double-click to change the target % reduction"),
            count_cell(row.actual), percent_cell(row.change_pct, row.change_pct_text),
            Cell(MET_TEXT[row.target_met], {True: 1, False: 0, None: -1}[row.target_met],
                 tone=met_tone, tip=met_tip)]


def with_target(row: BaselineRow, target: float) -> BaselineRow:
    """The row with a new target; whether it is met is worked out by the same rule as the service's."""
    met = figures.target_met(row.baseline, row.actual, Decimal(str(target)))
    return dataclasses.replace(row, target_reduction_pct=target, target_met=met)


class BaselineModel(StatsTableModel):
    """The baseline table (seed 000) whose target % reductions are edited in place."""

    target_changed = Signal(str, float)  # crime type, its new target % reduction

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: BaselineTable | None = None

    def set_table(self, table: BaselineTable | None) -> None:
        self._table = table
        if table is None:
            self.set_cells([], [])
        else:
            self.set_cells(baseline_header(table),
                           [baseline_cells(r, table.has_baseline) for r in table.rows])

    def table(self) -> BaselineTable | None:
        """The table as shown, with the targets as edited."""
        return self._table

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COL_TARGET and self._table is not None \
                and 0 <= index.row() < len(self._table.rows):
            if role == Qt.ItemDataRole.EditRole:
                return self._table.rows[index.row()].target_reduction_pct
            if role == Qt.ItemDataRole.BackgroundRole:
                return EDITABLE  # the one column that can be changed looks it
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or self._table is None or not index.isValid()
                or index.column() != COL_TARGET or not 0 <= index.row() < len(self._table.rows)):
            return False
        try:
            target = round(float(str(value).strip().removesuffix("%")), 1)
        except ValueError:
            return False
        if not 0 <= target <= 100:
            return False
        rows = list(self._table.rows)
        rows[index.row()] = with_target(rows[index.row()], target)
        self._table = dataclasses.replace(self._table, rows=tuple(rows))
        self._rows[index.row()] = baseline_cells(rows[index.row()], self._table.has_baseline)
        self.dataChanged.emit(self.index(index.row(), COL_TARGET), self.index(index.row(), COL_MET))
        self.target_changed.emit(rows[index.row()].crime_type, target)
        return True
