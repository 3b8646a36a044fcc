"""A camera put up: which one, the day its signage went up (a mobile camera's comes first), the day
it went up and how long it is planned to stay."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.cctv.deployments import PLANNED_MONTHS
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_install_dialog import Ui_InstallDialog


@dataclass(frozen=True)
class InstallEntry:
    camera_id: uuid.UUID | None
    signage_up_on: date | None
    installed_on: date
    planned_months: int


class InstallDialog(RecordDialog):
    """Record the installation; a covert camera has no signage."""

    def __init__(self, save: Save, site: str, cameras: Sequence[tuple[str, uuid.UUID]], today: date,
                 covert: bool = False, parent: QWidget | None = None,
                 planned_months: int = PLANNED_MONTHS) -> None:
        self.ui = ui = Ui_InstallDialog()
        super().__init__(f"Camera installed at {site}", save, parent, ui)
        self.camera, self.signage_up_on, self.installed_on, self.planned_months = (
            ui.camera_id, ui.signage_up_on, ui.installed_on, ui.planned_months)
        self.covert = covert
        choices(self.camera, cameras, None)
        show_day(self.signage_up_on, today)
        show_day(self.installed_on, today)
        self.planned_months.setValue(planned_months)  # the partnership's setting
        if covert:
            self.drop_row(self.signage_up_on)
            self.drop_row(self.planned_months)
        self.camera.setFocus()

    def values(self) -> InstallEntry:
        return InstallEntry(self.camera.currentData(),
                            None if self.covert else picked_day(self.signage_up_on),
                            picked_day(self.installed_on), self.planned_months.value())
