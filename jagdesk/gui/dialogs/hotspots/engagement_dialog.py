"""Engagement around a hotspot: letters, surveys or door knocking, and what residents said."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from jagdesk.domain.hotspots import EngagementKind
from jagdesk.gui.dialogs.common.fields import (
    Save,
    choices,
    count_box,
    date_edit,
    picked_day,
    tab_chain,
    text_box,
)
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.hotspots.activity import EngagementInput, EngagementRow


class EngagementDialog(RecordDialog):
    """Add or edit letters, surveys or door knocking around a hotspot."""

    def __init__(self, save: Save, initial: EngagementRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit engagement" if initial else "New engagement", save, parent)
        self.setMinimumWidth(560)
        self.sent_on = date_edit(initial.sent_on if initial else None)
        self.kind = QComboBox()
        choices(self.kind, [(k.label, k.value) for k in EngagementKind],
                 initial.kind if initial else EngagementKind.LETTER.value)
        self.roads = text_box(initial.roads if initial else "", 60, "The roads or house numbers covered")
        self.number_sent = count_box(initial.number_sent if initial else 0)
        self.responses = count_box(initial.responses if initial else 0)
        self.rate = QLabel()
        self.summary = text_box(initial.summary if initial else "", 120,
                                "What residents said: the problems, times and places they named")
        self.add_field("sent_on", "&Date sent:", self.sent_on)
        self.add_field("kind", "&Kind:", self.kind)
        self.add_field("roads", "&Roads covered:", self.roads)
        self.add_field("number_sent", "&Number sent:", self.number_sent)
        self.add_field("responses", "R&esponses:", self.responses)
        self.form.addRow("Response rate:", self.rate)
        self.add_field("summary", "What they &said:", self.summary)
        self.number_sent.valueChanged.connect(self._show_rate)
        self.responses.valueChanged.connect(self._show_rate)
        self._show_rate()
        tab_chain(self.sent_on, self.kind, self.roads, self.number_sent, self.responses, self.summary)

    def _show_rate(self, _value: int = 0) -> None:
        sent, back = self.number_sent.value(), self.responses.value()
        self.rate.setText(f"{round(100 * back / sent)}%" if sent and back <= sent else "")

    def values(self) -> EngagementInput:
        return EngagementInput(picked_day(self.sent_on), str(self.kind.currentData()),
                               self.roads.toPlainText(), self.number_sent.value(),
                               self.responses.value(), self.summary.toPlainText())

