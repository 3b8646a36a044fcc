"""The attendance of the meeting shown on the meetings page: saved as ticked, and a guest added, each
one user action in one unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jagdesk.errors import ValidationError
from jagdesk.gui.dialogs.meetings.guest_dialog import GuestDialog
from jagdesk.gui.operations import attempt
from jagdesk.services import meetings as svc

if TYPE_CHECKING:
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage


class AttendanceEdits:
    """The Attendance tab's work for the page's meeting."""

    def __init__(self, page: MeetingsPage) -> None:
        self.page = page

    def save_attendance(self) -> bool:
        detail = self.page.selected_meeting()
        if detail is None:
            return False
        entries = self.page.attendance.entries()
        version = self.page.attendance.version
        # Refused when the meeting changed since the list was read: the ticks stay as they are.
        rows = attempt(self.page, self.page.store, lambda uow: svc.set_attendance(uow, detail.id, entries,
                                                                                  version))
        if rows is None:
            return False
        self.page.attendance.dirty = False
        self.page.load_meeting()
        self.page.refresh_list_counts()  # the meetings list holds the meeting's version too
        present = sum(1 for r in rows if r.attendance == "present")
        self.page.tell(f"Saved the attendance: {present} present of {len(rows)} on the list.")
        return True

    def add_guest(self) -> None:
        def check(entry: svc.AttendeeInput) -> svc.AttendeeInput:
            if not entry.guest_name.strip():
                raise ValidationError({"guest_name": "Give the guest's name."})
            return entry

        entry = GuestDialog.ask(self.page, check)
        if entry is not None:
            self.page.attendance.add_guest(entry)
            self.page.tell(f"Added {entry.guest_name.strip()}; press Save attendance to keep the list.")
