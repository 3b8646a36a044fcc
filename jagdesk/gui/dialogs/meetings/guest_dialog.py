"""A guest on a meeting's attendance list: someone not in the contacts directory."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jagdesk.domain.meetings.vocabulary import ATTENDANCE_STATUSES, Attendance, attendance_label
from jagdesk.gui.dialogs.common.fields import Save, choices, tab_chain
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.meetings import AttendeeInput


class GuestDialog(RecordDialog):
    """Someone at the meeting who is not in the contacts directory."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__("Add a guest", save, parent)
        self.guest_name = QLineEdit()
        self.guest_agency = QLineEdit()
        self.guest_agency.setPlaceholderText("Their organisation, or 'Resident'")
        self.attendance = QComboBox()
        choices(self.attendance, [(attendance_label(a), a) for a in ATTENDANCE_STATUSES],
                Attendance.PRESENT.value)
        self.add_field("guest_name", "&Name:", self.guest_name)
        self.add_field("guest_agency", "&Agency:", self.guest_agency)
        self.add_field("attendance", "A&ttendance:", self.attendance)
        tab_chain(self.guest_name, self.guest_agency, self.attendance)
        self.guest_name.setFocus()

    def values(self) -> AttendeeInput:
        return AttendeeInput(contact_id=None, guest_name=self.guest_name.text(),
                             guest_agency=self.guest_agency.text(),
                             attendance=str(self.attendance.currentData()))
