"""The side form of the action plans page: an item's fields, and its four quarters' updates with
their RAG status; refusals are shown at their fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain import action_plans as rules
from jagdesk.gui.widgets.fields_tab import FieldsTab
from jagdesk.services.action_plans.rows import ItemRow


def plan_text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class ItemForm(FieldsTab):
    """An item's objective, actions, indicator, national indicator refs, leads and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.objective = plan_text_box(48)
        self.actions_box = plan_text_box(64)
        self.actions_box.setPlaceholderText("One action a line; printed as a bulleted list")
        self.indicator = plan_text_box(40)
        self.national = QLineEdit()
        self.national.setPlaceholderText("NI17, S-A1.5")
        self.agencies = QLineEdit()
        self.agencies.setPlaceholderText("Police, HBC")
        self.groups = QLineEdit()
        self.groups.setPlaceholderText("ASB case review group, JAG")
        self.status = QComboBox()
        for status in rules.ItemStatus:
            self.status.addItem(status.label, status.value)
        form = QFormLayout()
        self.add_field(form, "objective", "&Objective:", self.objective)
        self.add_field(form, "actions", "&Actions:", self.actions_box)
        self.add_field(form, "indicator", "&Performance indicator / outcome:", self.indicator)
        self.add_field(form, "national_indicators", "&National indicators:", self.national)
        self.add_field(form, "lead_agencies", "&Lead agency:", self.agencies)
        self.add_field(form, "lead_groups", "Lead action &group(s):", self.groups)
        self.add_field(form, "status", "Stat&us:", self.status)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.save_button.setText("&Save item")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(self.save_row())

    def show_item(self, item: ItemRow | None, heading: str) -> None:
        """Fill the form with an item, or empty it for a new item."""
        def fill() -> None:
            self.heading.setText(heading)
            self.objective.setPlainText(item.objective if item else "")
            self.actions_box.setPlainText(item.actions if item else "")
            self.indicator.setPlainText(item.indicator if item else "")
            self.national.setText(item.national_indicators if item else "")
            self.agencies.setText(item.lead_agencies if item else "")
            self.groups.setText(item.lead_groups if item else "")
            self.status.setCurrentIndex(max(0, self.status.findData(
                item.status if item else rules.ItemStatus.OPEN.value)))

        self.fill(fill)
        self.save_button.setEnabled(item is None)  # a new item can be saved straight away

    def values(self) -> dict[str, Any]:
        return {"objective": self.objective.toPlainText(), "actions": self.actions_box.toPlainText(),
                "indicator": self.indicator.toPlainText(), "national_indicators": self.national.text(),
                "lead_agencies": self.agencies.text(), "lead_groups": self.groups.text(),
                "status": self.status.currentData()}
