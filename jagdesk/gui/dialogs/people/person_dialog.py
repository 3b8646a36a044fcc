"""A person's form, which first shows anyone already on the register who may be the same person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from jagdesk.domain.people import age_on, name_key, parse_day
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.dialogs.people.duplicates_dialog import DuplicatesDialog, Matches
from jagdesk.gui.forms.people.ui_person_dialog import Ui_PersonDialog
from jagdesk.services.people.people import PersonDetail, PersonInput, PersonRow, input_errors

FindMatches = Callable[[PersonInput], Matches]


def _identity(data: PersonInput) -> tuple[str, str, str, date | None]:
    """What a duplicate is judged on: the names, the aliases and the date of birth."""
    return (name_key(data.given_names), name_key(data.family_name), name_key(data.aliases),
            data.date_of_birth)


class PersonDialog(RecordDialog):
    """Add or edit a person. Saving a new person, or a changed name or date of birth, first shows
    anyone already on the register who may be the same person."""

    def __init__(self, save: Save, find_matches: FindMatches, initial: PersonDetail | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_PersonDialog()
        super().__init__("Edit person" if initial else "New person", save, parent, ui)
        self._find_matches = find_matches
        self._initial = initial
        self._accepted: tuple[str, str, str, date | None] | None = None
        self.opened_existing = False  # True when the user chose a record already on the register
        data = initial.data if initial else PersonInput("")
        self.given_names, self.family_name, self.aliases = ui.given_names, ui.family_name, ui.aliases
        self.date_of_birth, self.age, self.address = ui.date_of_birth, ui.age, ui.address
        self.postcode, self.phone, self.email, self.notes = ui.postcode, ui.phone, ui.email, ui.notes
        self.is_vulnerable, self.is_youth, self.is_repeat = ui.is_vulnerable, ui.is_youth, ui.is_repeat
        # Designer has no focus proxy: the rows of two widgets hand the focus to their first box.
        ui.born.setFocusProxy(self.date_of_birth)
        ui.flags.setFocusProxy(self.is_vulnerable)
        for box, text in ((self.given_names, data.given_names), (self.family_name, data.family_name),
                          (self.postcode, data.postcode), (self.phone, data.phone),
                          (self.email, data.email)):
            box.setText(text)
        for area, text in ((self.aliases, data.aliases), (self.address, data.address),
                           (self.notes, data.notes)):
            area.setPlainText(text)
        self.date_of_birth.setText(f"{data.date_of_birth:%d/%m/%Y}" if data.date_of_birth else "")
        for flag, value in ((self.is_vulnerable, data.is_vulnerable), (self.is_youth, data.is_youth),
                            (self.is_repeat, data.is_repeat)):
            flag.setChecked(value)
        self.date_of_birth.textChanged.connect(self._on_date_of_birth_text_changed)
        self._on_date_of_birth_text_changed(self.date_of_birth.text())
        (self.family_name if initial else self.given_names).setFocus()

    def values(self) -> PersonInput:
        try:
            born = parse_day(self.date_of_birth.text())
        except ValueError as exc:
            raise ValidationError({"date_of_birth": str(exc)}) from None
        return PersonInput(
            self.family_name.text(), self.given_names.text(), self.aliases.toPlainText(), born,
            self.address.toPlainText(), self.postcode.text(), self.phone.text(), self.email.text(),
            self.is_vulnerable.isChecked(), self.is_youth.isChecked(), self.is_repeat.isChecked(),
            self.notes.toPlainText())

    def _needs_check(self, data: PersonInput) -> bool:
        identity = _identity(data)
        if identity == self._accepted:  # the user already said this is someone new
            return False
        return self._initial is None or identity != _identity(self._initial.data)

    def accept(self) -> None:
        # The fields are checked first, so that the matches are shown once, for what will be saved.
        try:
            data = self.values()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        errors = input_errors(data)
        if errors:
            self.show_errors(errors)
            return
        if self._needs_check(data):
            try:
                matches = self._find_matches(data)
            except JagdeskError as exc:
                prompts.show_error(self, str(exc))
                return
            if matches:
                choice = DuplicatesDialog.choose(self, data, matches)
                if choice is None:
                    return
                if isinstance(choice, PersonRow):
                    self.saved, self.opened_existing = choice, True
                    QDialog.accept(self)
                    return
                self._accepted = _identity(data)
        super().accept()

    def _on_date_of_birth_text_changed(self, text: str) -> None:
        try:
            born = parse_day(text)
        except ValueError:
            born = None
        age = age_on(born, date.today()) if born and born <= date.today() else None
        self.age.setText(f"age {age}" if age is not None else "")

