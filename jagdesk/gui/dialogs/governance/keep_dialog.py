"""Keep a record at its retention review: why, and when it is reviewed next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.governance.ui_keep_dialog import Ui_KeepDialog


@dataclass(frozen=True)
class KeepEntry:
    """Why the record is kept and the day of its next review."""

    reason: str
    next_review_on: date


class KeepDialog(RecordDialog):
    """Keep the record named `what`; the next review offered a year from `today`."""

    def __init__(self, save: Save, what: str, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_KeepDialog()
        super().__init__(f"Keep {what}", save, parent, ui)
        ui.what.setText(f"Keep {what} past its retention period. The decision, its reason and the "
                        "next review are recorded.")
        show_day(ui.next_review_on, today + relativedelta(years=1))
        ui.reason.setFocus()

    def values(self) -> KeepEntry:
        return KeepEntry(self.ui.reason.toPlainText(), picked_day(self.ui.next_review_on))
