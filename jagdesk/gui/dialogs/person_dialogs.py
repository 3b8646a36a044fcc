"""Dialogs for the people register: a person's form (which warns of possible duplicates before
saving), the list of possible matches, and merging two records into one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.people import age_on, name_key, parse_day
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.hotspot_dialogs import tab_chain
from jagdesk.gui.dialogs.record_dialog import RecordDialog
from jagdesk.gui.models.row_table_model import Column, RowTableModel
from jagdesk.services.people.people import PersonDetail, PersonInput, PersonLink, PersonRow, input_errors

Save = Callable[[Any], Any]
Matches = list[tuple[PersonRow, str]]
FindMatches = Callable[[PersonInput], Matches]
NEW = "new"  # the user's answer "save as a new person"
MATCH_COLUMNS = [
    Column("Name", lambda m: m[0].name),
    Column("Also known as", lambda m: ", ".join(m[0].aliases)),
    Column("Born", lambda m: m[0].born_text),
    Column("Age", lambda m: m[0].age),
    Column("Postcode", lambda m: m[0].postcode),
    Column("Flags", lambda m: m[0].flags_text),
    Column("Why it may be them", lambda m: m[1].capitalize()),
]


def _text_box(text: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _identity(data: PersonInput) -> tuple[str, str, str, date | None]:
    """What a duplicate is judged on: the names, the aliases and the date of birth."""
    return (name_key(data.given_names), name_key(data.family_name), name_key(data.aliases),
            data.date_of_birth)


class PersonDialog(RecordDialog):
    """Add or edit a person. Saving a new person, or a changed name or date of birth, first shows
    anyone already on the register who may be the same person."""

    def __init__(self, save: Save, find_matches: FindMatches, initial: PersonDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit person" if initial else "New person", save, parent)
        self.setMinimumWidth(520)
        self._find_matches = find_matches
        self._initial = initial
        self._accepted: tuple[str, str, str, date | None] | None = None
        self.opened_existing = False  # True when the user chose a record already on the register
        data = initial.data if initial else PersonInput("")
        self.given_names = QLineEdit(data.given_names)
        self.family_name = QLineEdit(data.family_name)
        self.aliases = _text_box(data.aliases, 56)
        self.aliases.setPlaceholderText("Other names, nicknames or spellings, one per line")
        self.date_of_birth = QLineEdit(f"{data.date_of_birth:%d/%m/%Y}" if data.date_of_birth else "")
        self.date_of_birth.setPlaceholderText("dd/mm/yyyy")
        self.date_of_birth.setMaximumWidth(130)
        self.age = QLabel()
        born = QWidget()
        row = QHBoxLayout(born)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_of_birth)
        row.addWidget(self.age, 1)
        born.setFocusProxy(self.date_of_birth)
        self.address = _text_box(data.address, 56)
        self.postcode = QLineEdit(data.postcode)
        self.postcode.setMaximumWidth(130)
        self.phone = QLineEdit(data.phone)
        self.email = QLineEdit(data.email)
        self.is_vulnerable = QCheckBox("&Vulnerable")
        self.is_youth = QCheckBox("&Youth")
        self.is_repeat = QCheckBox("&Repeat")
        flags = QWidget()
        flag_row = QHBoxLayout(flags)
        flag_row.setContentsMargins(0, 0, 0, 0)
        for box, value in ((self.is_vulnerable, data.is_vulnerable), (self.is_youth, data.is_youth),
                           (self.is_repeat, data.is_repeat)):
            box.setChecked(value)
            flag_row.addWidget(box)
        flag_row.addStretch(1)
        flags.setFocusProxy(self.is_vulnerable)
        self.notes = _text_box(data.notes, 80)
        self.add_field("given_names", "&Given names:", self.given_names)
        self.add_field("family_name", "&Family name:", self.family_name)
        self.add_field("aliases", "&Aliases:", self.aliases)
        self.add_field("date_of_birth", "&Date of birth:", born)
        self.add_field("address", "Addr&ess:", self.address)
        self.add_field("postcode", "&Postcode:", self.postcode)
        self.add_field("phone", "P&hone:", self.phone)
        self.add_field("email", "E&mail:", self.email)
        self.add_field("flags", "Flags:", flags)
        self.add_field("notes", "&Notes:", self.notes)
        tab_chain(self.given_names, self.family_name, self.aliases, self.date_of_birth, self.address,
                  self.postcode, self.phone, self.email, self.is_vulnerable, self.is_youth,
                  self.is_repeat, self.notes)
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


class DuplicatesDialog(QDialog):
    """The people already on the register who may be the person being entered."""

    def __init__(self, data: PersonInput, matches: Matches, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Possible duplicates")
        self.setMinimumWidth(800)
        self.choice: PersonRow | str | None = None
        name = " ".join(p for p in (data.given_names.strip(), data.family_name.strip()) if p)
        count = "someone" if len(matches) == 1 else f"{len(matches)} people"
        self.message = QLabel(f"The register already has {count} who may be {name}. Open the "
                              "existing record rather than make a duplicate, unless this is "
                              "someone else.")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.view = QTableView()
        self.model = RowTableModel(MATCH_COLUMNS, self.view)
        self.model.set_rows(matches)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName("Possible matches")
        self.view.resizeColumnsToContents()
        self.view.selectRow(0)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton("&Open the existing record",
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button = self.buttons.addButton("Save as a &new person",
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.view.doubleClicked.connect(self._on_open_button_clicked)

    def selected(self) -> PersonRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()][0] if rows else None

    def _on_open_button_clicked(self, *_args: Any) -> None:
        self.choice = self.selected()
        if self.choice is not None:
            self.accept()

    def _on_new_button_clicked(self) -> None:
        self.choice = NEW
        self.accept()

    @classmethod
    def choose(cls, parent: QWidget | None, data: PersonInput,
               matches: Matches) -> PersonRow | str | None:
        """The existing record to open, NEW to save a new person, or None to go back to the form."""
        dialog = cls(data, matches, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


# Merging -----------------------------------------------------------------------------------------

COMPARED = (
    ("Name", lambda d: d.row.name),
    ("Also known as", lambda d: "\n".join(d.row.aliases)),
    ("Date of birth", lambda d: f"{d.row.born_text} (age {d.row.age})" if d.row.date_of_birth else ""),
    ("Address", lambda d: d.data.address),
    ("Postcode", lambda d: d.data.postcode),
    ("Phone", lambda d: d.data.phone),
    ("Email", lambda d: d.data.email),
    ("Flags", lambda d: d.row.flags_text),
    ("Notes", lambda d: d.data.notes),
)
Loader = Callable[[uuid.UUID], tuple[PersonDetail, list[PersonLink]]]


class MergeDialog(RecordDialog):
    """Merge one person into another record: pick the record to keep, compare the two, confirm."""

    def __init__(self, save: Save, merged: PersonDetail, candidates: Sequence[tuple[PersonRow, str]],
                 load: Loader, parent: QWidget | None = None) -> None:
        super().__init__(f"Merge {merged.row.name} into another record", save, parent)
        self.setMinimumWidth(720)
        self._merged = merged
        self._load = load
        self._kept: PersonDetail | None = None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Merge")
        self.keep = QComboBox()
        for row, reason in candidates:
            born = f", born {row.born_text}" if row.date_of_birth else ""
            why = f" — {reason}" if reason else ""
            self.keep.addItem(f"{row.name}{born}{why}", row.id)
        self.add_field("keep_id", "&Keep the record of:", self.keep)
        self.compare = QTableWidget(len(COMPARED) + 1, 2)
        self.compare.setHorizontalHeaderLabels([f"Merged away: {merged.row.name}", "Kept:"])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setVerticalHeaderLabels([label for label, _v in COMPARED] + ["Linked to"])
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setWordWrap(True)
        self.compare.setAccessibleName("The two records side by side")
        self.compare.setMinimumHeight(330)
        self.form.addRow(self.compare)
        note = QLabel("The kept record takes the other's case links, fills its empty fields from it "
                      "and lists the other's names as aliases. The other record is hidden, and its "
                      "history shows with the kept one.")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.merged_links = load(merged.row.id)[1]
        self._column(0, merged, self.merged_links)
        self.keep.currentIndexChanged.connect(self._on_keep_current_index_changed)
        self._on_keep_current_index_changed(self.keep.currentIndex())

    def _column(self, column: int, detail: PersonDetail | None, links: Sequence[PersonLink]) -> None:
        values = [value(detail) if detail else "" for _label, value in COMPARED]
        values.append("\n".join(link.text for link in links) if detail else "")
        for row, text in enumerate(values):
            self.compare.setItem(row, column, QTableWidgetItem(text))
        self.compare.resizeRowsToContents()

    def _on_keep_current_index_changed(self, _index: int) -> None:
        keep_id = self.keep.currentData()
        self._kept = None
        links: list[PersonLink] = []
        if keep_id is not None:
            try:
                self._kept, links = self._load(keep_id)
            except JagdeskError as exc:
                prompts.show_error(self, str(exc))
        self._column(1, self._kept, links)
        kept = f"Kept: {self._kept.row.name}" if self._kept else "Kept:"
        self.compare.setHorizontalHeaderItem(1, QTableWidgetItem(kept))

    def values(self) -> PersonRow:
        if self._kept is None:
            raise ValidationError({"keep_id": "Choose the record to keep."})
        return self._kept.row

    def accept(self) -> None:
        if self._kept is not None and not prompts.confirm(
                self, f"Merge '{self._merged.row.name}' into '{self._kept.row.name}'? The links move "
                      "to the kept record; this cannot be undone.", "Merge"):
            return
        super().accept()

