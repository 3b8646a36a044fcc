"""A request to view or copy a camera's footage: who asked, why, and the day recorded (the
deletion date follows from the camera's retention)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_footage_dialog import Ui_FootageDialog
from jagdesk.services.cctv.footage import FootageInput


class FootageDialog(RecordDialog):
    """Record a footage request."""

    def __init__(self, save: Save, cameras: Sequence[tuple[str, uuid.UUID]], today: date,
                 camera_id: uuid.UUID | None = None, deployment_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_FootageDialog()
        super().__init__("Footage request", save, parent, ui)
        self.camera, self.requested_on, self.recorded_on = ui.camera_id, ui.requested_on, ui.recorded_on
        self.requested_by, self.agency, self.reason = ui.requested_by, ui.agency, ui.reason
        self.police_reference = ui.police_reference
        self.deployment_id = deployment_id
        choices(self.camera, cameras, camera_id)
        show_day(self.requested_on, today)
        show_day(self.recorded_on, today)
        self.requested_by.setFocus()

    def values(self) -> FootageInput:
        return FootageInput(self.camera.currentData(), picked_day(self.requested_on),
                            picked_day(self.recorded_on), self.requested_by.text(),
                            self.agency.text(), self.reason.toPlainText(),
                            self.police_reference.text(), self.deployment_id)
