"""The period and the format of the RIPA central record to export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_register_export_dialog import Ui_RegisterExportDialog


@dataclass(frozen=True)
class RegisterExportEntry:
    first: date
    last: date
    suffix: str  # "pdf" or "csv"


class RegisterExportDialog(RecordDialog):
    """Choose the period (the year so far by default) and PDF or CSV."""

    def __init__(self, save: Save, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_RegisterExportDialog()
        super().__init__("Export the RIPA central record", save, parent, ui)
        self.first, self.last, self.format = ui.first, ui.last, ui.format
        show_day(self.first, date(today.year, 1, 1))
        show_day(self.last, today)
        choices(self.format, [("PDF (landscape, OFFICIAL-SENSITIVE)", "pdf"),
                              ("CSV for a spreadsheet", "csv")], "pdf")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("E&xport…")
        self.first.setFocus()

    def values(self) -> RegisterExportEntry:
        return RegisterExportEntry(picked_day(self.first), picked_day(self.last),
                                   str(self.format.currentData()))
