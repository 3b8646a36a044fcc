"""One quarter of an action plan item: its RAG status and its update, saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.meetings.vocabulary import RagStatus
from jagdesk.gui.pages.action_plans.item_form import plan_text_box
from jagdesk.gui.pages.action_plans.rag_icon import rag_icon
from jagdesk.gui.widgets.fields_tab import FieldsTab
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.services.action_plans.rows import UpdateRow


class QuarterTab(FieldsTab):
    """One quarter's update: RAG status, the date it was written and what it says."""

    def __init__(self, quarter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarter = quarter
        self.version: int | None = None
        self.rag = QComboBox()
        self.rag.addItem(rag_icon(""), "No status yet", "")
        for rag in RagStatus:
            self.rag.addItem(rag_icon(rag.value), rag.label, rag.value)
        self.written_on = OptionalDate()
        self.text = plan_text_box(70)
        form = QFormLayout()
        self.add_field(form, "rag", "&RAG status:", self.rag)
        self.add_field(form, "written_on", "&Written on:", self.written_on)
        self.add_field(form, "text", "Upda&te:", self.text)
        self.save_button.setText(f"Save &quarter {quarter} update")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.save_row())

    def show_update(self, update: UpdateRow | None) -> None:
        def fill() -> None:
            self.version = update.version if update else None
            self.rag.setCurrentIndex(max(0, self.rag.findData(update.rag if update else "")))
            self.written_on.set_value(update.written_on if update else None)
            self.text.setPlainText(update.text if update else "")

        self.fill(fill)

    def values(self) -> dict[str, Any]:
        return {"rag": self.rag.currentData(), "text": self.text.toPlainText(),
                "written_on": self.written_on.value()}
