"""The Actions tab of a meeting: every action agreed at its items (overdue ones in red)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.pages.cases_parts import late_table, table_day
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.meetings import ItemRow
from jagdesk.services.problem_solving.actions import ActionRow


def fit_columns(view: QTableView, stretch: int, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, but `stretch` takes the room left (no sideways scrolling);
    columns in `widths` keep that width."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if column == stretch:
            mode = QHeaderView.ResizeMode.Stretch
        elif widths and column in widths:
            mode = QHeaderView.ResizeMode.Interactive
            header.resizeSection(column, widths[column])
        header.setSectionResizeMode(column, mode)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def button_row(table: RecordTable) -> QBoxLayout:
    """The row of buttons under a RecordTable, to add a page's own buttons to."""
    outer = table.layout()
    assert outer is not None
    last = outer.itemAt(outer.count() - 1)
    row = last.layout() if last is not None else None
    assert isinstance(row, QBoxLayout)
    return row


@dataclass(frozen=True)
class ItemAction:
    """An action with the agenda item it was agreed at."""

    item: ItemRow
    action: ActionRow

    @property
    def id(self) -> uuid.UUID:
        return self.action.id


def action_status(status: str, overdue: bool) -> str:
    if overdue:
        return "Overdue"
    return ActionStatus(status).label if status in set(ActionStatus) else status


COLUMNS = [
    Column("Ref", lambda r: r.action.reference),
    Column("No.", lambda r: r.item.number),
    Column("Action", lambda r: r.action.description),
    Column("Owner", lambda r: r.action.owner_name or r.action.agency_name),
    Column("Due", lambda r: table_day(r.action.due_on)),
    Column("Status", lambda r: action_status(r.action.status, r.action.overdue)),
    Column("Latest update", lambda r: r.action.latest_update),
]


class ActionsTab(QWidget):
    """The meeting's actions; Edit changes one, Add update writes a dated note on it."""

    update_requested = Signal(object)  # ItemAction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = late_table("Actions agreed at this meeting", "action", COLUMNS,
                                lambda r: r.action.overdue)
        self.table.new_button.hide()  # actions are agreed at an item, in the Minutes tab
        self.table.edit_button.setText("Edit action…")
        self.table.delete_button.setText("Delete action")
        self.table.set_empty_text("No actions agreed at this meeting yet: in the Minutes tab, press "
                                  "Ctrl+Shift+A at an item to agree one.")
        self.update_button = QPushButton("Add &update…")
        self.update_button.setToolTip("A dated note of progress on the selected action")
        button_row(self.table).insertWidget(2, self.update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.table.current_changed.connect(lambda row: self.update_button.setEnabled(row is not None))
        self.update_button.setEnabled(False)

    def show_items(self, items: Sequence[ItemRow], select_id: uuid.UUID | None = None) -> int:
        rows = [ItemAction(item, action) for item in items for action in item.actions]
        self.table.set_rows(rows, select_id)
        fit_columns(self.table.view, 2, {6: 150})
        return len(rows)

    def _on_update_button_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.update_requested.emit(row)
