"""The Objective tab of a case: what success looks like, how it is measured and by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.dialogs.common.fields import tab_chain, text_box
from jagdesk.gui.widgets.fields_tab import FieldsTab
from jagdesk.gui.widgets.labels import hint
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.services.problem_solving.cases import CaseDetail


class ObjectiveTab(FieldsTab):
    """What success looks like, how it is measured, the target and the date to reach it by."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objective = text_box("", 70, "What will be different when the problem is solved")
        self.measure = text_box("", 60, "How you will know: the figures or reports you will compare")
        self.target = QLineEdit()
        self.target.setPlaceholderText("For example: 30% fewer reports of ASB at the parade")
        self.due_on = OptionalDate()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, "objective", "&Objective:", self.objective)
        self.add_field(form, "objective_measure", "&Measured by:", self.measure)
        self.add_field(form, "objective_target", "T&arget:", self.target)
        self.add_field(form, "objective_due_on", "&By:", self.due_on)
        layout = QVBoxLayout(self)
        layout.addWidget(hint("Say first what success is: the rest of the case works towards it, "
                              "and the assessment measures against it."))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.save_row())
        tab_chain(self.objective, self.measure, self.target, self.due_on.edit, self.save_button)

    def show_case(self, detail: CaseDetail) -> None:
        if self.dirty:
            return

        def fill() -> None:
            self.objective.setPlainText(detail.objective)
            self.measure.setPlainText(detail.objective_measure)
            self.target.setText(detail.objective_target)
            self.due_on.set_value(detail.objective_due_on)

        self.fill(fill)

    def values(self) -> dict[str, Any]:
        return {"objective": self.objective.toPlainText(),
                "objective_measure": self.measure.toPlainText(),
                "objective_target": self.target.text(), "objective_due_on": self.due_on.value()}
