"""An application for directed surveillance (covert): the operation, the offence against the crime
threshold, necessity and proportionality, and the authorising officer."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.cctv.ripa import Offence, threshold_problem
from jagdesk.domain.cctv.ripa_dates import REVIEW_INTERVAL_DAYS
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_application_dialog import Ui_ApplicationDialog
from jagdesk.services.cctv.authorisations import ApplicationInput
from jagdesk.services.cctv.officers import OfficerRow

HINT_STYLE = "color: palette(mid);"
BELOW_STYLE = "color: #b00020;"


class ApplicationDialog(RecordDialog):
    """A new application; the offence list says which offences meet the threshold."""

    def __init__(self, save: Save, offences: Sequence[Offence], officers: Sequence[OfficerRow],
                 today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ApplicationDialog()
        super().__init__("Application for directed surveillance (covert)", save, parent, ui)
        self.urn, self.operation, self.description = ui.urn, ui.operation, ui.description
        self.subjects, self.offence, self.offence_hint = ui.subjects, ui.offence, ui.offence_hint
        self.necessity, self.proportionality = ui.necessity, ui.proportionality
        self.collateral_intrusion, self.confidential_likely = (ui.collateral_intrusion,
                                                              ui.confidential_likely)
        self.officer, self.officer_involved, self.involved_reason = (
            ui.officer_id, ui.officer_involved, ui.involved_reason)
        self.authorised_on, self.review_interval_days = ui.authorised_on, ui.review_interval_days
        self.offences = {offence.name: offence for offence in offences}
        self.urn.setPlaceholderText("Left blank: the next RIPA-YYYY-NNN")
        self.subjects.setPlaceholderText("Names, separated by semicolons")
        choices(self.offence, [(o.name, o.name) for o in offences], None)
        choices(self.officer, [(f"{o.name}, {o.grade}" if o.grade else o.name, o.id)
                               for o in officers if o.active], None)
        show_day(self.authorised_on, today)
        self.review_interval_days.setValue(REVIEW_INTERVAL_DAYS)
        self.offence.currentIndexChanged.connect(self._on_offence_current_index_changed)
        self.officer_involved.toggled.connect(self.involved_reason.setEnabled)
        self.involved_reason.setEnabled(False)
        self._on_offence_current_index_changed()
        self.operation.setFocus()

    def _on_offence_current_index_changed(self, _index: int = 0) -> None:
        offence = self.offences.get(str(self.offence.currentData()))
        if offence is None:
            self.offence_hint.setText("")
            return
        below = threshold_problem(offence) is not None
        self.offence_hint.setStyleSheet(BELOW_STYLE if below else HINT_STYLE)
        # Short, to stay whole under the list; Save gives the full sentence of the refusal.
        self.offence_hint.setText(
            f"Below the crime threshold: {offence.penalty_text} ({offence.statute}); the "
            "application would be refused." if below
            else f"{offence.statute}: {offence.penalty_text}; meets the crime threshold.")

    def values(self) -> ApplicationInput:
        officer = self.officer.currentData()
        return ApplicationInput(
            operation=self.operation.text(), offence=str(self.offence.currentData() or ""),
            officer_id=officer if isinstance(officer, uuid.UUID) else uuid.UUID(int=0),
            urn=self.urn.text(), description=self.description.toPlainText(),
            subjects=tuple(name.strip() for name in self.subjects.text().split(";")),
            necessity=self.necessity.toPlainText(),
            proportionality=self.proportionality.toPlainText(),
            collateral_intrusion=self.collateral_intrusion.toPlainText(),
            confidential_likely=self.confidential_likely.isChecked(),
            officer_involved=self.officer_involved.isChecked(),
            involved_reason=self.involved_reason.text(),
            authorised_on=picked_day(self.authorised_on),
            review_interval_days=self.review_interval_days.value())
