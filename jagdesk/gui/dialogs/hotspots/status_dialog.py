"""A change of a hotspot's status, dated, with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from jagdesk.domain.hotspots import HotspotStatus, needs_reason
from jagdesk.gui.dialogs.common.fields import Save, choices, date_edit, picked_day, tab_chain, text_box
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
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
        super().__init__(f"Change the status of {hotspot.name}", save, parent)
        self._current = hotspot.status
        since = f" since {hotspot.status_since:%d/%m/%Y}" if hotspot.status_since else ""
        self.current = QLabel(f"{hotspot.status.capitalize()}{since}")
        self.status = QComboBox()
        choices(self.status, [(s.label, s.value) for s in HotspotStatus if s != hotspot.status],
                 NEXT_STATUS.get(hotspot.status))
        self.changed_on = date_edit()
        self.reason = text_box("", 90)
        self.reason_hint = QLabel()
        self.reason_hint.setStyleSheet("color: palette(mid);")
        self.form.addRow("Now:", self.current)
        self.add_field("status", "&New status:", self.status)
        self.add_field("changed_on", "&Date:", self.changed_on)
        self.add_field("reason", "&Reason:", self.reason)
        self.form.addRow("", self.reason_hint)
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._on_status_current_index_changed()
        tab_chain(self.status, self.changed_on, self.reason)
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

