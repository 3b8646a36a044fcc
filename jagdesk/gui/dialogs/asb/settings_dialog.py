"""The partnership's ASB settings: an ABC's usual length and review, the warning before an order
ends, and the day Respect Orders commenced (the law's date, entered once known)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.asb.powers import Settings
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(RecordDialog):
    """The settings in force, to change."""

    def __init__(self, save: Save, settings: Settings, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_SettingsDialog()
        super().__init__("ASB settings", save, parent, ui)
        ui.intro.setText("The partnership's own choices where the law leaves them open, and the day the "
                         "Crime and Policing Act 2026's Respect Orders commenced (leave it unset until "
                         "it is known: until then no Respect Order can be recorded).")
        for name in ("abc_months", "abc_review_months", "expiring_days"):
            box = getattr(ui, name)
            box.setRange(0, 999)  # the service refuses what is out of range, with its sentence
            box.setValue(getattr(settings, name))
        ui.respect_order_on.set_value(settings.respect_order_on)
        ui.abc_months.setFocus()

    def values(self) -> Settings:
        ui = self.ui
        return Settings(ui.abc_months.value(), ui.abc_review_months.value(), ui.expiring_days.value(),
                        ui.respect_order_on.value())
