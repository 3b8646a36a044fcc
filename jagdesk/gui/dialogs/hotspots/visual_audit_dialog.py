"""A visual audit of a hotspot: who walked it, what they found, what should be done."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, date_edit, picked_day, tab_chain, text_box
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.hotspots.activity import VisualAuditInput, VisualAuditRow


class VisualAuditDialog(RecordDialog):
    """Add or edit a visual audit of a hotspot."""

    def __init__(self, save: Save, initial: VisualAuditRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit visual audit" if initial else "New visual audit", save, parent)
        self.setMinimumWidth(560)
        self.audit_date = date_edit(initial.audit_date if initial else None)
        self.attendees = text_box(initial.attendees if initial else "", 60,
                                  "Names and organisations of everyone who went")
        self.findings = text_box(initial.findings if initial else "", 120,
                                 "Lighting, sight lines, litter, damage, places to gather…")
        self.recommendations = text_box(initial.recommendations if initial else "", 120,
                                        "Environmental actions: who should do what")
        self.add_field("audit_date", "&Date:", self.audit_date)
        self.add_field("attendees", "&Who attended:", self.attendees)
        self.add_field("findings", "&Findings:", self.findings)
        self.add_field("recommendations", "&Recommended actions:", self.recommendations)
        tab_chain(self.audit_date, self.attendees, self.findings, self.recommendations)

    def values(self) -> VisualAuditInput:
        return VisualAuditInput(picked_day(self.audit_date), self.attendees.toPlainText(),
                                self.findings.toPlainText(), self.recommendations.toPlainText())

