"""The side form of the action plans page: an item's fields, and its four quarters' updates with
their RAG status; refusals are shown at their fields."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import RagStatus
from jagdesk.gui.pages.cases_parts import CaseTab, OptionalDate
from jagdesk.services.action_plans.plans import ItemRow, UpdateRow

RAG_COLOURS = {RagStatus.RED: "#C62828", RagStatus.AMBER: "#F2A900", RagStatus.GREEN: "#2E7D32"}
QUARTER_TITLES = {1: "Q1 Apr–Jun", 2: "Q2 Jul–Sep", 3: "Q3 Oct–Dec", 4: "Q4 Jan–Mar"}


@cache
def rag_icon(rag: str) -> QIcon:
    """A coloured dot for a RAG status (an empty ring for none yet)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rag in set(RagStatus):
        colour = QColor(RAG_COLOURS[RagStatus(rag)])
        painter.setPen(colour.darker(130))
        painter.setBrush(colour)
    else:
        painter.setPen(QColor("#9E9E9E"))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class ItemForm(CaseTab):
    """An item's objective, actions, indicator, national indicator refs, leads and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.objective = _text_box(48)
        self.actions_box = _text_box(64)
        self.actions_box.setPlaceholderText("One action a line; printed as a bulleted list")
        self.indicator = _text_box(40)
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


class QuarterTab(CaseTab):
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
        self.text = _text_box(70)
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
