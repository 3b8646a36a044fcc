"""The people already on the register who may be the person being entered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.models.row_table_model import Column, RowTableModel
from jagdesk.services.people.people import PersonInput, PersonRow

Matches = list[tuple[PersonRow, str]]
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

