"""The meeting's papers from its page: minutes to Word, the pack as a PDF, printed, and the calendar.
Each is written from what is in the store once the minutes typed so far are saved, suggested in the
folder of the last export under a clean name ("Hertsmere JAG 2026-12-10 minutes.docx"), and offered
to open once written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jagdesk.errors import JagdeskError
from jagdesk.gui import export_files, prompts
from jagdesk.gui.pages.meetings import paper_writers as papers
from jagdesk.gui.pages.meetings.calendar_export_dialog import CalendarExportDialog
from jagdesk.gui.pages.meetings.minutes_export_dialog import MinutesExportDialog
from jagdesk.gui.pages.meetings.pack_export_dialog import PackExportDialog
from jagdesk.services import meetings as svc

if TYPE_CHECKING:
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage


class MeetingPapers:
    """The buttons above the meeting's tabs and the File menu's exports, for the page's meeting."""

    def __init__(self, page: MeetingsPage) -> None:
        self.page = page

    @staticmethod
    def _file_stem(detail: svc.MeetingDetail) -> str:
        """"Hertsmere JAG 2026-12-10": the series (else the title) and the day."""
        return f"{detail.series or detail.name} {detail.held_on:%Y-%m-%d}"

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        if self.page.selected_meeting() is None:
            return []
        return [("Minutes to &Word…", self.export_minutes), ("Meeting &pack (PDF)…", self.export_pack),
                ("Print pac&k…", self.print_pack), ("&Calendar (.ics)…", self.export_calendar)]

    def export_minutes(self) -> Path | None:
        detail = self.page.selected_meeting()
        if detail is None:
            return None
        self.page.minutes.flush()
        suggested = export_files.suggested(f"{self._file_stem(detail)} minutes.docx")
        written = MinutesExportDialog.ask(
            self.page, lambda entry: papers.write_minutes(self.page.store, detail.id, entry), suggested)
        if written is not None:
            self.page.tell(f"Wrote the minutes to {written}.")
            export_files.written(self.page, written, "the minutes")
        return written  # type: ignore[no-any-return]

    def export_pack(self) -> Path | None:
        detail = self.page.selected_meeting()
        if detail is None:
            return None
        self.page.minutes.flush()
        suggested = export_files.suggested(f"{self._file_stem(detail)} pack.pdf")
        written = PackExportDialog.ask(
            self.page, lambda entry: papers.write_pack(self.page, self.page.store, detail.id, entry),
            suggested)
        if written is not None:
            self.page.tell(f"Wrote the meeting pack to {written}.")
            export_files.written(self.page, written, "the meeting pack")
        return written  # type: ignore[no-any-return]

    def print_pack(self) -> None:
        detail = self.page.selected_meeting()
        if detail is None:
            return
        self.page.minutes.flush()
        try:
            printed = papers.print_pack(self.page, self.page.store, detail.id)
        except JagdeskError as exc:
            prompts.show_error(self.page, str(exc))
            return
        if printed:
            self.page.tell(f"Sent {printed} page{'s' if printed != 1 else ''} of the pack to the printer.")

    def export_calendar(self) -> Path | None:
        detail = self.page.selected_meeting()
        if detail is None:
            return None
        name = detail.series or detail.name
        counted: list[int] = []

        def save(entry: papers.CalendarExport) -> Path:
            written, count = papers.write_calendar(self.page.store, entry, detail.series_id)
            counted.append(count)
            return written

        written = CalendarExportDialog.ask(self.page, save, export_files.suggested(f"{name}.ics"))
        if written is not None:
            count = counted[-1]
            events = f"{count} event{'s' if count != 1 else ''}"
            self.page.tell(f"Wrote {events} to {written}.")
            export_files.written(self.page, written, f"the calendar's {events}")
        return written  # type: ignore[no-any-return]
