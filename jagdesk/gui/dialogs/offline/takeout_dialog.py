"""Take a locality out for a meeting: which locality, how much crime data, covert work or not, the
file to write and its passphrase (twice)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.offline.ui_takeout_dialog import Ui_TakeoutDialog
from jagdesk.services.offline.types import DEFAULT_MONTHS, TakeoutRequest, TakeoutResult

# Why the covert box cannot be ticked, on its tooltip.
NO_RIPA_ROLE = "Only with the RIPA officer's role, which this login does not hold."
SUFFIX = ".db"


class TakeoutDialog(RecordDialog):
    """Asks what to take out; Take out runs `take(request)` (the work, behind its progress) and the
    dialog closes only when it succeeded, with its result in `saved`. A refusal is shown in the
    dialog, in one sentence, at the field it is about (under the form if it is about none)."""

    def __init__(self, take: Callable[[TakeoutRequest], TakeoutResult], localities: Sequence[str],
                 covert_allowed: bool, start_folder: Path, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_TakeoutDialog()
        self._take = take
        super().__init__("Take out for a meeting", self._checked_take, parent, ui)
        self._start_folder = start_folder
        self.locality, self.months, self.include_covert = ui.locality, ui.months, ui.include_covert
        self.file, self.passphrase, self.repeat = ui.file, ui.passphrase, ui.repeat
        self.locality.addItems(list(localities))
        self.months.setValue(DEFAULT_MONTHS)
        self.include_covert.setEnabled(covert_allowed)
        if not covert_allowed:
            self.include_covert.setText(f"Include covert work: {NO_RIPA_ROLE[0].lower()}{NO_RIPA_ROLE[1:]}")
            self.include_covert.setToolTip(NO_RIPA_ROLE)
        self.take_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.take_button.setText("&Take out")
        ui.file_row.setFocusProxy(ui.file)  # a refusal of the file puts the cursor in its box
        ui.choose_file.clicked.connect(self._on_choose_file_clicked)
        self.locality.currentTextChanged.connect(self._on_locality_current_text_changed)
        self._on_locality_current_text_changed(self.locality.currentText())
        if not localities:
            self.show_errors({"locality": "This store has no localities to take out yet: add one "
                                          "on the Localities page first."})
            self.take_button.setEnabled(False)
        self.locality.setFocus()

    def _suggested_file(self, locality: str) -> Path:
        name = "".join(c if c.isalnum() else "-" for c in locality.lower()).strip("-") or "locality"
        return self._start_folder / f"{name}-takeout{SUFFIX}"

    def _on_locality_current_text_changed(self, text: str) -> None:
        # The suggested name follows the locality until the user has named a file of their own.
        suggested = {str(self._suggested_file(self.locality.itemText(i)))
                     for i in range(self.locality.count())}
        if not self.file.text() or self.file.text() in suggested:
            self.file.setText(str(self._suggested_file(text)) if text else "")

    def _on_choose_file_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Write the take-out to", self.file.text() or str(self._start_folder),
            f"JAGDesk take-out (*{SUFFIX})")
        if chosen:
            self.file.setText(chosen if Path(chosen).suffix else chosen + SUFFIX)

    def values(self) -> TakeoutRequest:
        return TakeoutRequest(locality=self.locality.currentText(),
                              file=Path(self.file.text().strip()).expanduser(),
                              passphrase=self.passphrase.text(), months=self.months.value(),
                              include_covert=self.include_covert.isEnabled()
                              and self.include_covert.isChecked())

    def problems(self) -> dict[str, str]:
        """What is wrong with the answers before anything is written."""
        found = {}
        if not self.file.text().strip():
            found["file"] = "Name the file to write the take-out to."
        elif Path(self.file.text().strip()).expanduser().exists():
            found["file"] = ("There is a file of that name already; choose another name, so "
                             "that nothing is overwritten.")
        problem = passphrase_problem(self.passphrase.text())
        if problem:
            found["passphrase"] = problem
        elif self.repeat.text() != self.passphrase.text():
            found["repeat"] = "The two passphrases are not the same."
        return found

    def _checked_take(self, request: TakeoutRequest) -> TakeoutResult:
        # Every refusal stays in the dialog: a sentence of no field goes under the form.
        problems = self.problems()
        if problems:
            raise ValidationError(problems)
        try:
            return self._take(request)
        except ValidationError:
            raise
        except JagdeskError as exc:
            raise ValidationError({"": str(exc)}) from None
