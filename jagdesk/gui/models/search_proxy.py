"""The one sort and filter proxy of the record tables: a search box's words, each found in a row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)

from jagdesk.gui.models.row_table_model import SORT_ROLE


class SearchProxy(QSortFilterProxyModel):
    """Sorts naturally (numbers as numbers) and keeps rows where any column contains the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
