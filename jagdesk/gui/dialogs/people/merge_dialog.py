"""Merging one person into another record: the record to keep, the two side by side, and a confirmation."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.people.people import PersonDetail, PersonLink, PersonRow

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

