"""A renewal a magistrate approved before the authorisation's last day; it runs three months
beginning with that last day."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_renewal_dialog import Ui_RenewalDialog
from jagdesk.services.cctv.officers import OfficerRow


@dataclass(frozen=True)
class RenewalEntry:
    approved_on: date
    magistrate: str
    officer_id: uuid.UUID | None


class RenewalDialog(RecordDialog):
    """Record a renewal of the authorisation `urn`, in force until `ends_on`."""

    def __init__(self, save: Save, urn: str, ends_on: date | None, officers: Sequence[OfficerRow],
                 today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_RenewalDialog()
        super().__init__(f"Renewal of {urn}", save, parent, ui)
        self.approved_on, self.magistrate, self.officer = ui.approved_on, ui.magistrate, ui.officer_id
        show_day(self.approved_on, today)
        choices(self.officer, [("The officer who authorised it", None),
                               *[(f"{o.name}, {o.grade}" if o.grade else o.name, o.id)
                                 for o in officers if o.active]], None)
        last = f"{ends_on:%d/%m/%Y}" if ends_on else "(not in force)"
        ui.runs.setText(f"In force until {last}. A renewal must be approved by then; it runs "
                        "three months beginning with that last day.")
        self.approved_on.setFocus()

    def values(self) -> RenewalEntry:
        return RenewalEntry(picked_day(self.approved_on), self.magistrate.text(),
                            self.officer.currentData())
