"""The records a check-in finds changed on both sides: for each, its differing fields as taken out,
on the laptop and on the server, and which side each field keeps; a deletion is resolved whole."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from jagdesk.gui.forms.offline.ui_conflicts_dialog import Ui_ConflictsDialog
from jagdesk.services.offline.types import (
    Conflict,
    ConflictKind,
    FieldDifference,
    Resolution,
    Side,
)

FIELD, ORIGINAL, LAPTOP, SERVER, KEEPS = range(5)
HEADERS = ("Field", "As taken out", "Laptop", "Server", "Keeps")
SIDE_COLUMN = {Side.LAPTOP: LAPTOP, Side.SERVER: SERVER}
CHOSEN = QColor("#d7f0d7")  # the value a field keeps
DELETED = "(deleted)"
NOT_SEEN = "● "  # before a record not looked at yet
# What keeping either side does to a deleted record, by the kind of conflict.
WHOLE = {
    ConflictKind.DELETED_ON_LAPTOP: ("deleted, as on the laptop", "with the server's changes"),
    ConflictKind.DELETED_ON_SERVER: ("with the laptop's changes", "deleted, as on the server"),
}
EXPLAINED = {
    ConflictKind.CHANGED_ON_BOTH: "Changed on the laptop and on the server since the take-out.",
    ConflictKind.DELETED_ON_LAPTOP: "Deleted on the laptop, but changed on the server since the "
                                    "take-out: keep it as one side has it.",
    ConflictKind.DELETED_ON_SERVER: "Changed on the laptop, but deleted on the server since the "
                                    "take-out: keep it as one side has it.",
}
FIELD_HINT = ("The value each field keeps is ticked: click the other to change it, or select fields "
              "and press L or S. Field names in bold were changed on both sides.")


def preselected(difference: FieldDifference) -> Side:
    """The side a field keeps until the user chooses: the one that changed it, the server's when
    both did (a colleague's later edit is not overwritten unasked)."""
    if not difference.changed_on_both and difference.laptop != difference.original:
        return Side.LAPTOP
    return Side.SERVER


class ConflictsDialog(QDialog):
    """Resolve every conflict of a check-in. Apply is possible once each record has been shown, so
    that no record is checked in on the preselected choices without the officer having seen it."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ConflictsDialog()
        ui.setupUi(self)
        self.conflicts = list(conflicts)
        self.fields: dict[str, dict[str, Side]] = {
            c.key: {f.name: preselected(f) for f in c.fields}
            for c in self.conflicts if c.kind is ConflictKind.CHANGED_ON_BOTH}
        self.wholes: dict[str, Side] = {c.key: Side.SERVER for c in self.conflicts
                                        if c.kind is not ConflictKind.CHANGED_ON_BOTH}
        self.seen: set[str] = set()
        self.records, self.table = ui.records, ui.fields
        self.apply_button = ui.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText("&Apply and check in")
        self.table.setColumnCount(len(HEADERS))
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in ((FIELD, QHeaderView.ResizeMode.ResizeToContents),
                             (ORIGINAL, QHeaderView.ResizeMode.Stretch),
                             (LAPTOP, QHeaderView.ResizeMode.Stretch),
                             (SERVER, QHeaderView.ResizeMode.Stretch),
                             (KEEPS, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        ui.hint.setText(FIELD_HINT)
        ui.hint.setStyleSheet("color: palette(placeholder-text);")
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([280, 720])
        self.records.setWordWrap(True)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records.setSpacing(2)
        for conflict in self.conflicts:
            self.records.addItem(QListWidgetItem(conflict.label))
        self._connect_signals()
        self.resize(1060, 620)
        self.records.setCurrentRow(0)
        self.records.setFocus()
        self._update_remaining()

    def _connect_signals(self) -> None:
        ui = self.ui
        self.records.currentRowChanged.connect(self._on_records_current_row_changed)
        self.table.cellClicked.connect(self._on_fields_cell_clicked)
        self.table.installEventFilter(self)
        ui.take_laptop.clicked.connect(lambda: self.choose_selected(Side.LAPTOP))
        ui.take_server.clicked.connect(lambda: self.choose_selected(Side.SERVER))
        ui.keep_laptop.toggled.connect(lambda on: self._keep_whole(Side.LAPTOP, on))
        ui.keep_server.toggled.connect(lambda on: self._keep_whole(Side.SERVER, on))
        self.apply_button.clicked.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    # Showing a record -----------------------------------------------------------------------------
    def current(self) -> Conflict | None:
        row = self.records.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _on_records_current_row_changed(self, row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.seen.add(conflict.key)
        self.ui.heading.setText(f"<b>{html.escape(conflict.label)}</b><br>"
                                f"{html.escape(EXPLAINED[conflict.kind])}")
        whole = conflict.kind is not ConflictKind.CHANGED_ON_BOTH
        self.ui.deletion.setVisible(whole)
        for button in (self.ui.take_laptop, self.ui.take_server, self.ui.hint):
            button.setVisible(not whole)
        if whole:
            laptop_text, server_text = WHOLE[conflict.kind]
            self.ui.keep_laptop.setText(f"Keep it as the &laptop has it: {laptop_text}")
            self.ui.keep_server.setText(f"Keep it as the &server has it: {server_text}")
            chosen = self.ui.keep_laptop if self.wholes[conflict.key] is Side.LAPTOP \
                else self.ui.keep_server
            chosen.setChecked(True)
        self.table.setColumnHidden(KEEPS, whole)
        self.table.setVisible(bool(conflict.fields))  # a deletion may have no field to show
        self.ui.record_column.setStretch(self.ui.record_column.count() - 1, 0 if conflict.fields else 1)
        self._fill_table(conflict)
        self._update_remaining()

    def _fill_table(self, conflict: Conflict) -> None:
        self.table.setRowCount(len(conflict.fields))
        for row, difference in enumerate(conflict.fields):
            laptop, server = difference.laptop, difference.server
            if conflict.kind is ConflictKind.DELETED_ON_LAPTOP:
                laptop = DELETED
            elif conflict.kind is ConflictKind.DELETED_ON_SERVER:
                server = DELETED
            for column, text in ((FIELD, difference.label), (ORIGINAL, difference.original),
                                 (LAPTOP, laptop), (SERVER, server), (KEEPS, "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column != KEEPS else "")
                self.table.setItem(row, column, item)
            if difference.changed_on_both:
                name = self.cell(row, FIELD)
                font = QFont(name.font())
                font.setBold(True)
                name.setFont(font)
                name.setToolTip("Changed on both sides since the take-out")
            self._show_choice(conflict, row)
        self.table.resizeRowsToContents()
        if conflict.fields:
            self.table.setCurrentCell(0, FIELD)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the fields table (every cell has its item)."""
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _show_choice(self, conflict: Conflict, row: int) -> None:
        """Mark the value a field keeps: its cell shaded, its side named in the last column."""
        choices = self.fields.get(conflict.key)
        side = choices[conflict.fields[row].name] if choices is not None else None
        for column in (LAPTOP, SERVER):
            item = self.cell(row, column)
            chosen = side is not None and SIDE_COLUMN[side] == column
            item.setBackground(QBrush(CHOSEN) if chosen else QBrush())
            font = QFont(item.font())
            font.setBold(chosen)  # seen on a selected row too, whose colour hides the shading
            item.setFont(font)
            if side is not None:  # a tick that stays visible on a selected row
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.cell(row, KEEPS).setText(f"{side.value}'s" if side is not None else "")

    # Choosing -------------------------------------------------------------------------------------
    def choose(self, row: int, side: Side) -> None:
        """The field in `row` of the record shown keeps `side`'s value."""
        conflict = self.current()
        if conflict is None or conflict.key not in self.fields or not 0 <= row < len(conflict.fields):
            return
        self.fields[conflict.key][conflict.fields[row].name] = side
        self._show_choice(conflict, row)

    def choose_selected(self, side: Side) -> None:
        """The selected fields (else the current one) keep `side`'s values."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        for row in sorted(rows):
            self.choose(row, side)

    def _keep_whole(self, side: Side, chosen: bool) -> None:
        conflict = self.current()
        if chosen and conflict is not None and conflict.key in self.wholes:
            self.wholes[conflict.key] = side

    def _on_fields_cell_clicked(self, row: int, column: int) -> None:
        if column == LAPTOP:
            self.choose(row, Side.LAPTOP)
        elif column == SERVER:
            self.choose(row, Side.SERVER)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # L and S choose a side for the selected fields, as the buttons do (Alt is not needed).
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            side = {Qt.Key.Key_L: Side.LAPTOP, Qt.Key.Key_S: Side.SERVER}.get(Qt.Key(event.key()))
            if side is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.choose_selected(side)
                return True
        return super().eventFilter(watched, event)

    # Applying -------------------------------------------------------------------------------------
    def _update_remaining(self) -> None:
        unseen = [c for c in self.conflicts if c.key not in self.seen]
        for row, conflict in enumerate(self.conflicts):
            item = self.records.item(row)
            assert item is not None
            font = QFont(item.font())
            font.setBold(conflict.key not in self.seen)
            item.setFont(font)
            item.setText((NOT_SEEN if conflict.key not in self.seen else "") + conflict.label)
        self.apply_button.setEnabled(not unseen)
        if unseen:
            self.ui.remaining.setText(
                f"{len(unseen)} of {len(self.conflicts)} records not looked at yet (marked ●): "
                "Apply is possible once you have seen each.")
        else:
            self.ui.remaining.setText("Every record looked at: Apply checks in with the choices "
                                      "shown.")
        self.apply_button.setToolTip(self.ui.remaining.text())

    def resolutions(self) -> dict[str, Resolution]:
        """How each conflict is resolved, by its key, as check_in takes them."""
        found = {key: Resolution(keep=Side.SERVER, fields=dict(choices))
                 for key, choices in self.fields.items()}
        found.update({key: Resolution(keep=side) for key, side in self.wholes.items()})
        return found

    def accept(self) -> None:
        if self.apply_button.isEnabled():
            super().accept()
