"""A step of an intervention's life: what it becomes (only the statuses its lifecycle allows from
where it stands), on which day, with a note; an extension asks for the new end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.asb.vocabulary import Status
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_step_dialog import Ui_StepDialog


@dataclass(frozen=True)
class StepEntry:
    status: str
    changed_on: date
    ends_on: date | None  # an extension's new end
    note: str


class StepDialog(RecordDialog):
    """Move `what` (its reference and kind) on to one of `allowed`, `chosen` first."""

    def __init__(self, save: Save, what: str, allowed: tuple[str, ...], chosen: str, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_StepDialog()
        super().__init__(f"Next step: {what}", save, parent, ui)
        ui.intro.setText(f"{what}: record what it has become and the day. Offered, signed, granted "
                         "and served each keep their day in its history.")
        choices(ui.status, [(status.capitalize(), status) for status in allowed], chosen)
        show_day(ui.changed_on, today)
        ui.note.setPlaceholderText("Who decided, the court, anything a later reader needs")
        self._status_changed()
        ui.status.currentIndexChanged.connect(self._status_changed)
        ui.changed_on.setFocus()

    def _status_changed(self) -> None:
        holder = self.ui.ends_on.parentWidget()
        assert holder is not None
        self.form.setRowVisible(holder, self.ui.status.currentData() == Status.EXTENDED.value)

    def values(self) -> StepEntry:
        ui = self.ui
        return StepEntry(ui.status.currentData(), picked_day(ui.changed_on), ui.ends_on.value(),
                         ui.note.toPlainText())
