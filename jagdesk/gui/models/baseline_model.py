"""The Baseline tab's table model: each crime type's months against its baseline, and its target."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)

from jagdesk.gui.models.stats_models import (
    COL_MET,
    COL_TARGET,
    EDITABLE,
    AnyIndex,
    StatsTableModel,
    baseline_cells,
    baseline_header,
    with_target,
)
from jagdesk.services.places.crime_stats import (
    BaselineTable,
)


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
