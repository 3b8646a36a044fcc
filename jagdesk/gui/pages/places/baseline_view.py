"""The statistics page's Baseline tab: each crime type's months against its baseline, with the
partnership's targets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import add_months, month_title
from jagdesk.exports.common.csv_export import Table
from jagdesk.gui.models.baseline_model import BaselineModel
from jagdesk.gui.models.stats_models import COL_TARGET
from jagdesk.gui.pages.places.stats_view import StatsView, show_note
from jagdesk.gui.pages.places.target_delegate import TargetDelegate
from jagdesk.services.places.crime_stats import (
    BaselineTable,
)


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
