"""A visual audit of a hotspot: who walked it, what they found, what should be done."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.hotspots.ui_visual_audit_dialog import Ui_VisualAuditDialog
from jagdesk.services.hotspots.activity import VisualAuditInput, VisualAuditRow


class VisualAuditDialog(RecordDialog):
    """Add or edit a visual audit of a hotspot."""

    def __init__(self, save: Save, initial: VisualAuditRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_VisualAuditDialog()
        super().__init__("Edit visual audit" if initial else "New visual audit", save, parent, ui)
        self.audit_date, self.attendees, self.findings, self.recommendations = (
            ui.audit_date, ui.attendees, ui.findings, ui.recommendations)
        show_day(self.audit_date, initial.audit_date if initial else None)
        self.attendees.setPlainText(initial.attendees if initial else "")
        self.findings.setPlainText(initial.findings if initial else "")
        self.recommendations.setPlainText(initial.recommendations if initial else "")

    def values(self) -> VisualAuditInput:
        return VisualAuditInput(picked_day(self.audit_date), self.attendees.toPlainText(),
                                self.findings.toPlainText(), self.recommendations.toPlainText())

