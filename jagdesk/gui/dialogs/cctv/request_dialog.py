"""A request for a mobile camera: who asked, for which site or hotspot, and the problem behind it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_request_dialog import Ui_RequestDialog
from jagdesk.services.cctv.deployments import DeploymentRequest


class RequestDialog(RecordDialog):
    """The first step of a mobile deployment (or the site of a covert camera: `title` says so)."""

    def __init__(self, save: Save, hotspots: Sequence[tuple[str, uuid.UUID]],
                 agencies: Sequence[str], today: date, title: str = "New request for a mobile camera",
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_RequestDialog()
        super().__init__(title, save, parent, ui)
        self.requested_on, self.site, self.hotspot = ui.requested_on, ui.site, ui.hotspot_id
        self.requested_by, self.agency = ui.requested_by, ui.requesting_agency
        self.problem, self.incidents = ui.problem, ui.incidents
        show_day(self.requested_on, today)
        choices(self.hotspot, [("(none: an address)", None), *hotspots], None)
        choices(self.agency, [(name or "(none)", name) for name in ["", *agencies]], "")
        self.hotspot.currentIndexChanged.connect(self._on_hotspot_current_index_changed)
        self.site.setPlaceholderText("The street or place; a hotspot's name when one is chosen")
        self.site.setFocus()

    def _on_hotspot_current_index_changed(self, _index: int) -> None:
        if self.hotspot.currentData() is not None and not self.site.text().strip():
            self.site.setText(self.hotspot.currentText())

    def values(self) -> DeploymentRequest:
        return DeploymentRequest(
            picked_day(self.requested_on), self.site.text(), self.requested_by.text(),
            str(self.agency.currentData()), self.problem.toPlainText(),
            self.incidents.toPlainText(), hotspot_id=self.hotspot.currentData())
