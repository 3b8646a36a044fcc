"""The evaluation of a deployment: the day, and the radius to count incidents within."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_evaluation_dialog import Ui_EvaluationDialog
from jagdesk.services.cctv.deployment_steps import EVALUATION_RADIUS_M


@dataclass(frozen=True)
class EvaluationEntry:
    evaluated_on: date
    radius_m: int


class EvaluationDialog(RecordDialog):
    """Count the incidents before, during and after the camera, within a radius of its site."""

    def __init__(self, save: Save, site: str, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_EvaluationDialog()
        super().__init__(f"Evaluate the camera at {site}", save, parent, ui)
        self.evaluated_on, self.radius_m = ui.evaluated_on, ui.radius_m
        show_day(self.evaluated_on, today)
        self.radius_m.setValue(EVALUATION_RADIUS_M)
        self.radius_m.setFocus()

    def values(self) -> EvaluationEntry:
        return EvaluationEntry(picked_day(self.evaluated_on), self.radius_m.value())
