"""The tree of an action plan: numbered themes with their items (JAG ref, objective, lead agency,
latest RAG status), each row keyed by what it shows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import RagStatus
from jagdesk.gui.pages.action_plans.rag_icon import rag_icon
from jagdesk.services.action_plans import rows as plan_rows

KEY = Qt.ItemDataRole.UserRole  # ("theme" | "item", id) on each row of the tree
COLUMNS = ("JAG ref", "Objective", "Lead agency", "Latest RAG")


def first_line(text: str, limit: int = 90) -> str:
    """The first line of a text, cut to `limit` characters with an ellipsis."""
    line = text.strip().split("\n")[0]
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _rag_label(item: plan_rows.ItemRow) -> tuple[str, str]:
    latest = item.latest
    rag = latest.rag if latest else ""
    when = f" (Q{latest.quarter})" if latest else ""
    label = (RagStatus(rag).label if rag else "No status") + when
    if item.status == rules.ItemStatus.COMPLETE:
        label += ", complete"
    return rag, label


class PlanTree(QTreeWidget):
    """Themes in bold spanning the row, their items beneath with the latest RAG status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(list(COLUMNS))
        self.setAccessibleName("Themes and items")
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def show_plan(self, plan: plan_rows.PlanDetail | None, select: tuple[str, uuid.UUID] | None) -> None:
        """Fill the tree with the plan's themes and items, making `select` the current row."""
        self.clear()
        chosen: QTreeWidgetItem | None = None
        bold = QFont()
        bold.setBold(True)
        for theme in plan.themes if plan else ():
            node = QTreeWidgetItem([theme.title])
            node.setData(0, KEY, ("theme", theme.id))
            node.setFont(0, bold)
            self.addTopLevelItem(node)
            node.setFirstColumnSpanned(True)  # takes effect only once the row is in the tree
            chosen = node if select == ("theme", theme.id) else chosen
            for item in theme.items:
                rag, label = _rag_label(item)
                leaf = QTreeWidgetItem([item.reference, first_line(item.objective),
                                        item.lead_agencies, label])
                leaf.setIcon(3, rag_icon(rag))
                leaf.setToolTip(1, item.objective)
                leaf.setData(0, KEY, ("item", item.id))
                node.addChild(leaf)
                chosen = leaf if select == ("item", item.id) else chosen
            node.setExpanded(True)
        if chosen is not None:
            self.setCurrentItem(chosen)
        for col in (2, 3):
            self.resizeColumnToContents(col)
        # The themes' titles span the row: the refs column need only fit "12.10".
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("12.10") + 48)
        self.setColumnWidth(2, min(self.columnWidth(2), 160))

    def selected_key(self) -> tuple[str, uuid.UUID] | None:
        """("theme" | "item", id) of the current row, or None."""
        current = self.currentItem()
        key = current.data(0, KEY) if current is not None else None
        return (key[0], key[1]) if key else None
