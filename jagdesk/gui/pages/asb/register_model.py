"""The register's table: thousands of interventions filtered by kind, status and text and sorted by
any column, each column's sort keys computed once per load (a click sorts a list of numbers, not
thousands of calls back into the model)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jagdesk.services.asb.types import InterventionRow

AnyIndex = QModelIndex | QPersistentModelIndex
LATE = Qt.GlobalColor.darkRed


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _ends(row: InterventionRow) -> str:
    if row.ends_on is None and row.outcome == "granted" and not row.kind.startswith("warning"):
        return "indefinite" if row.starts_on else ""
    return _day(row.ends_on)


def _warnings(row: InterventionRow) -> str:
    return " ".join(row.warnings)


def _date_key(value: date | None) -> int:
    return value.toordinal() if value else 10**7  # unset last when ascending


# (header, the cell's text, its sort key)
COLUMNS: tuple[tuple[str, Callable[[InterventionRow], str], Callable[[InterventionRow], Any]], ...] = (
    ("Reference", lambda r: r.reference, lambda r: r.reference),
    ("Kind", lambda r: r.kind[:1].upper() + r.kind[1:], lambda r: r.kind.casefold()),
    ("Subject", lambda r: r.subject_name, lambda r: r.subject_name.casefold()),
    ("Status", lambda r: r.status.capitalize(), lambda r: r.status),
    ("Starts", lambda r: _day(r.starts_on or r.opened_on), lambda r: _date_key(r.starts_on or r.opened_on)),
    ("Ends", _ends, lambda r: _date_key(r.ends_on)),
    ("Review", lambda r: _day(r.next_review_on), lambda r: _date_key(r.next_review_on)),
    ("Breaches", lambda r: str(r.breaches) if r.breaches else "", lambda r: r.breaches),
    ("Warnings", _warnings, lambda r: (-len(r.warnings), _warnings(r))),
)
HEADERS = tuple(header for header, _text, _key in COLUMNS)


class RegisterModel(QAbstractTableModel):
    """The interventions, those the filter keeps, in the order last sorted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InterventionRow] = []
        self._shown: list[int] = []  # positions in _rows, in display order
        self._keys: dict[int, list[Any]] = {}  # by column: each row's sort key, made on first sort
        self._haystack: list[str] = []
        self._filter: tuple[str, str, str] = ("", "", "")
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Loading, filtering and sorting ------------------------------------------------------------
    def set_rows(self, rows: Sequence[InterventionRow]) -> None:
        """Show these rows, with the filter and sort already chosen."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = {}
        self._haystack = [f"{r.reference} {r.subject_name} {r.kind_title} {r.status}".casefold()
                          for r in self._rows]
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def set_filter(self, kind: str = "", status: str = "", text: str = "") -> None:
        """Keep the rows of `kind` and `status` (all when "") whose reference, subject, kind or status
        holds every word of `text`."""
        self.beginResetModel()
        self._filter = (kind, status, text)
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        kind, status, text = self._filter
        words = text.casefold().split()
        rows, hay = self._rows, self._haystack
        return [i for i in range(len(rows))
                if (not kind or rows[i].kind == kind) and (not status or rows[i].status == status)
                and all(word in hay[i] for word in words)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
        self.layoutChanged.emit()

    def _order(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        keys = self._keys.get(column)
        if keys is None:
            make = COLUMNS[column][2]
            keys = self._keys[column] = [make(row) for row in self._rows]
        self._shown.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # Reading -------------------------------------------------------------------------------------
    def row_at(self, position: int) -> InterventionRow | None:
        return self._rows[self._shown[position]] if 0 <= position < len(self._shown) else None

    def position_of(self, record_id: uuid.UUID) -> int | None:
        """Where the record with this id is shown, or None when the filter hides it."""
        return next((n for n, i in enumerate(self._shown) if self._rows[i].id == record_id), None)

    def contains(self, record_id: uuid.UUID) -> bool:
        """Whether the record is loaded, shown or not."""
        return any(row.id == record_id for row in self._rows)

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1 and row.warnings:
            return "\n".join(row.warnings)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.kind_title
        if role == Qt.ItemDataRole.ForegroundRole and row.warnings and index.column() == len(COLUMNS) - 1:
            return LATE
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return HEADERS[section]
        return None
