"""A sort proxy that keeps a statistics table's totals row last, whatever the order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)

from jagdesk.gui.models.stats_models import SORT_ROLE, TOTAL_ROLE, AnyIndex


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
