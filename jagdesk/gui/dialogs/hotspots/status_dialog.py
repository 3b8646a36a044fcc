"""A change of a hotspot's status, dated, with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.hotspots import HotspotStatus, needs_reason
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.hotspots.ui_status_dialog import Ui_StatusDialog
from jagdesk.services.hotspots.hotspots import HotspotRow

# The usual next step for a hotspot in each status, offered first when the status changes.
NEXT_STATUS = {"proposed": "active", "active": "monitoring", "monitoring": "closed",
               "closed": "active"}


@dataclass(frozen=True)
class StatusEntry:
    """A change of status as entered."""

    status: str
    changed_on: date | None
    reason: str


class StatusDialog(RecordDialog):
    """Move a hotspot on to another status, dated, with the reason."""

    def __init__(self, save: Save, hotspot: HotspotRow, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_StatusDialog()
        super().__init__(f"Change the status of {hotspot.name}", save, parent, ui)
        self.current, self.status, self.changed_on, self.reason, self.reason_hint = (
            ui.current, ui.status, ui.changed_on, ui.reason, ui.reason_hint)
        self._current = hotspot.status
        since = f" since {hotspot.status_since:%d/%m/%Y}" if hotspot.status_since else ""
        self.current.setText(f"{hotspot.status.capitalize()}{since}")
        choices(self.status, [(s.label, s.value) for s in HotspotStatus if s != hotspot.status],
                 NEXT_STATUS.get(hotspot.status))
        show_day(self.changed_on)
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._on_status_current_index_changed()
        self.status.setFocus()

    def _on_status_current_index_changed(self, _index: int = 0) -> None:
        new = str(self.status.currentData())
        if needs_reason(self._current, new):
            what = "close the hotspot" if new == HotspotStatus.CLOSED else "reopen a closed hotspot"
            self.reason_hint.setText(f"A reason is needed to {what}.")
        else:
            self.reason_hint.setText("A reason is optional: what the JAG decided, and why.")

    def values(self) -> StatusEntry:
        return StatusEntry(str(self.status.currentData()), picked_day(self.changed_on),
                           self.reason.toPlainText())

