"""Where to write a series' calendar (.ics), and whether its events give the details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jagdesk.gui.dialogs.common.fields import Save, tab_chain
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.pages.meetings.file_row import choose_save_path, file_row, typed_path
from jagdesk.gui.pages.meetings.paper_writers import CalendarExport


class CalendarExportDialog(RecordDialog):
    """Where to write the calendar (.ics), and whether it holds the details: by default only
    titles, times, places and action references, as a calendar is shared and synchronised."""

    def __init__(self, save: Save, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__("Calendar (.ics)", save, parent)
        self.setMinimumWidth(620)
        self.path = QLineEdit(str(suggested))
        self.browse = QPushButton("&Browse…")
        self.details = QCheckBox("Include &details: agendas, attendees and what each action is, "
                                 "with names")
        self.details.setToolTip("Without them each event has only its title, time and place (an "
                                "action, its reference). Every event is private and carries its "
                                "marking.")
        self.add_field("path", "&Save as:", file_row(self.path, self.browse))
        self.form.addRow("", self.details)
        self.buttons.button(self.buttons.StandardButton.Save).setText("&Export")
        tab_chain(self.path, self.browse, self.details)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.path.setFocus()

    def _on_browse_clicked(self) -> None:
        choose_save_path(self.path, "Calendar (.ics)", "Calendar (*.ics)")

    def values(self) -> CalendarExport:
        return CalendarExport(typed_path(self.path), self.details.isChecked())
