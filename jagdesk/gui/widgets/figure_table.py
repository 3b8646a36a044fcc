"""A read-only table of figures (a header and rows of cells) with its totals row in bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from jagdesk.gui.models.figure_model import FigureModel


class FigureTable(QTableView):
    """A view of a FigureModel: whole rows selected, no editing, columns fitted to the figures."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = FigureModel(self)
        self.setModel(self.figures)
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_table(self, header: Sequence[str], body: Sequence[Sequence[object]],
                  bold_last: bool = True) -> None:
        self.figures.set_table(header, body, bold_last)
        self.resizeColumnsToContents()
