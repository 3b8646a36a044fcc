"""An action plan item's four quarters: each quarter's RAG status and update, a tab each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from jagdesk.domain import action_plans as rules
from jagdesk.gui.pages.action_plans.quarter_tab import QuarterTab
from jagdesk.gui.pages.action_plans.rag_icon import rag_icon
from jagdesk.services.action_plans.rows import ItemRow

QUARTER_TITLES = {1: "Q1 Apr–Jun", 2: "Q2 Jul–Sep", 3: "Q3 Oct–Dec", 4: "Q4 Jan–Mar"}


class QuarterTabs(QTabWidget):
    """The four quarters of the plan year, each tab showing its RAG dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarters = {q: QuarterTab(q) for q in rules.QUARTERS}
        for quarter, tab in self.quarters.items():
            self.addTab(tab, QUARTER_TITLES[quarter])

    def show_item(self, item: ItemRow | None) -> None:
        for quarter, tab in self.quarters.items():
            update = item.update(quarter) if item else None
            tab.show_update(update)
            self.setTabIcon(quarter - 1, rag_icon(update.rag if update else ""))
        latest = item.latest if item else None
        self.setCurrentIndex((latest.quarter - 1) if latest else 0)
        self.setEnabled(item is not None)

    def dirty(self) -> list[str]:
        return [QUARTER_TITLES[q] for q, tab in self.quarters.items() if tab.dirty]
