"""Engagement around a hotspot: letters, surveys or door knocking, and what residents said."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.hotspots import EngagementKind
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.hotspots.ui_engagement_dialog import Ui_EngagementDialog
from jagdesk.services.hotspots.activity import EngagementInput, EngagementRow


class EngagementDialog(RecordDialog):
    """Add or edit letters, surveys or door knocking around a hotspot."""

    def __init__(self, save: Save, initial: EngagementRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_EngagementDialog()
        super().__init__("Edit engagement" if initial else "New engagement", save, parent, ui)
        self.sent_on, self.kind, self.roads, self.number_sent, self.responses, self.rate, self.summary = (
            ui.sent_on, ui.kind, ui.roads, ui.number_sent, ui.responses, ui.rate, ui.summary)
        show_day(self.sent_on, initial.sent_on if initial else None)
        choices(self.kind, [(k.label, k.value) for k in EngagementKind],
                 initial.kind if initial else EngagementKind.LETTER.value)
        self.roads.setPlainText(initial.roads if initial else "")
        self.number_sent.setValue(initial.number_sent if initial else 0)
        self.responses.setValue(initial.responses if initial else 0)
        self.summary.setPlainText(initial.summary if initial else "")
        self.number_sent.valueChanged.connect(self._show_rate)
        self.responses.valueChanged.connect(self._show_rate)
        self._show_rate()

    def _show_rate(self, _value: int = 0) -> None:
        sent, back = self.number_sent.value(), self.responses.value()
        self.rate.setText(f"{round(100 * back / sent)}%" if sent and back <= sent else "")

    def values(self) -> EngagementInput:
        return EngagementInput(picked_day(self.sent_on), str(self.kind.currentData()),
                               self.roads.toPlainText(), self.number_sent.value(),
                               self.responses.value(), self.summary.toPlainText())

