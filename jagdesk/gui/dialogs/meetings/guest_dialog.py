"""A guest on a meeting's attendance list: someone not in the contacts directory."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.meetings.vocabulary import ATTENDANCE_STATUSES, Attendance, attendance_label
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.meetings.ui_guest_dialog import Ui_GuestDialog
from jagdesk.services.meetings import AttendeeInput


class GuestDialog(RecordDialog):
    """Someone at the meeting who is not in the contacts directory."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_GuestDialog()
        super().__init__("Add a guest", save, parent, ui)
        self.guest_name, self.guest_agency, self.attendance = ui.guest_name, ui.guest_agency, ui.attendance
        choices(self.attendance, [(attendance_label(a), a) for a in ATTENDANCE_STATUSES],
                Attendance.PRESENT.value)
        self.guest_name.setFocus()

    def values(self) -> AttendeeInput:
        return AttendeeInput(contact_id=None, guest_name=self.guest_name.text(),
                             guest_agency=self.guest_agency.text(),
                             attendance=str(self.attendance.currentData()))
