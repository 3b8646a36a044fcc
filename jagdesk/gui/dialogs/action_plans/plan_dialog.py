"""A year's action plan: the year it starts, its title and notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain import action_plans as rules
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.action_plans.ui_plan_dialog import Ui_PlanDialog
from jagdesk.services.action_plans.rows import PlanDetail, PlanInput


class PlanDialog(RecordDialog):
    """A year's plan: the year it starts, its title and notes."""

    def __init__(self, save: Save, plan: PlanDetail | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = Ui_PlanDialog()
        super().__init__("Action plan" if plan else "New action plan", save, parent, self.ui)
        self.year, self.name, self.notes = self.ui.year, self.ui.name, self.ui.notes
        self.year.setRange(rules.FIRST_YEAR, rules.LAST_YEAR)
        self.year.setValue(plan.year if plan else rules.quarter_of(date.today())[0])
        self.name.setText(plan.name if plan else rules.default_plan_name(self.year.value()))
        self.notes.setPlainText(plan.notes if plan else "")
        self._named = self.name.text()
        self.year.valueChanged.connect(self._on_year_value_changed)

    def _on_year_value_changed(self, year: int) -> None:
        # The suggested title follows the year until the user writes their own.
        if self.name.text() == self._named:
            self._named = rules.default_plan_name(year)
            self.name.setText(self._named)

    def values(self) -> PlanInput:
        return PlanInput(self.year.value(), self.name.text(), self.notes.toPlainText())
