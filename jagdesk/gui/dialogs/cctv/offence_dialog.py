"""An offence added to the partnership's list, with its maximum penalty (which decides whether it
meets the crime threshold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.cctv.ripa import Offence
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_offence_dialog import Ui_OffenceDialog


class OffenceDialog(RecordDialog):
    """Add an offence to the list (or change the one of the same name), or change `offence`."""

    def __init__(self, save: Save, offence: Offence | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_OffenceDialog()
        super().__init__(f"Offence: {offence.name}" if offence else "New offence", save, parent, ui)
        self.name, self.statute = ui.name, ui.statute
        self.max_months, self.underage_sale = ui.max_months, ui.underage_sale
        if offence is not None:
            self.name.setText(offence.name)
            self.statute.setText(offence.statute)
            self.max_months.setValue(offence.max_months)
            self.underage_sale.setChecked(offence.underage_sale)
        self.statute.setPlaceholderText("Act and section, such as Theft Act 1968 s.1")
        self.max_months.setToolTip("0 for an offence punished by a fine only")
        self.name.setFocus()

    def values(self) -> Offence:
        return Offence(self.name.text(), self.statute.text(), self.max_months.value(),
                       self.underage_sale.isChecked())
