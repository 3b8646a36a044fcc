"""The table model and its search proxy keep Qt's model contract and find what is typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from jagdesk.gui.models.search_proxy import SearchProxy


@dataclass(frozen=True)
class Row:
    name: str
    count: int
    active: bool


ROWS = [Row("Hertsmere Borough Council", 4, True), Row("Crimestoppers", 0, False),
        Row("Victim Support", 12, True)]
COLUMNS = [Column("Name", lambda r: r.name), Column("Count", lambda r: r.count),
           Column("Active", lambda r: r.active)]


def test_model_passes_the_qt_model_tester(qtmodeltester: Any) -> None:
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_model_shows_values_as_text_and_keeps_the_row() -> None:
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.index(1, 2).data() == "No"
    assert model.index(2, 1).data() == "12"
    assert model.index(0, 0).data(ROW_ROLE) is ROWS[0]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"


def test_proxy_searches_every_column_and_sorts_numbers_as_numbers() -> None:
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["0", "4", "12"]
    proxy.setFilterFixedString("victim")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "Victim Support"
