"""The Response tab of a case: its actions (overdue ones in red) and the selected action's dated
updates."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import ActionStatus, Side
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.pages.cases_parts import late_table, table_day
from jagdesk.gui.pages.meetings_actions import fit_columns
from jagdesk.services.problem_solving.actions import ActionRow, UpdateRow


def side_label(side: str) -> str:
    """The side in a table cell: one word ("Victim" rather than "Victim / target")."""
    return Side(side).value.capitalize() if side in set(Side) else ""


def status_text(row: ActionRow) -> str:
    label = ActionStatus(row.status).label if row.status in set(ActionStatus) else row.status
    return "Overdue" if row.overdue else label


def owner_text(row: ActionRow) -> str:
    if row.owner_name and row.agency_name:
        return f"{row.owner_name} ({row.agency_name})"
    return row.owner_name or row.agency_name


ACTION_COLUMNS = [
    # The whole reference: a case's own actions (PS-2026-003/01) and those agreed for it at meetings
    # (JAG-2026-11/01) are numbered in their own series, so the last part alone repeats.
    Column("Ref", lambda r: r.reference),
    Column("Action", lambda r: r.description),
    Column("Side", lambda r: side_label(r.side)),
    Column("Technique", lambda r: r.technique_title),
    Column("Owner", lambda r: r.owner_name or r.agency_name),
    Column("Due", lambda r: table_day(r.due_on)),
    Column("Status", status_text),
]
NO_ACTIONS = ("No actions yet: press New action to agree what each partner will do, on which side "
              "of the triangle.")


def updates_html(action: ActionRow | None, updates: Sequence[UpdateRow]) -> str:
    if action is None:
        return "<p style='color: gray'>Select an action to see its updates.</p>"
    facts = [f"{label}: {html.escape(value)}" for label, value in (
        ("Side", side_label(action.side)), ("Technique", action.technique_title),
        ("Owner", owner_text(action)), ("Due", f"{action.due_on:%d/%m/%Y}" if action.due_on else ""),
        ("Status", status_text(action))) if value]
    head = (f"<p><b>{html.escape(action.reference)}</b> {html.escape(action.description)}<br>"
            f"<span style='color: gray'>{' · '.join(facts)}</span></p>")
    if not updates:
        return head + "<p style='color: gray'>No updates yet: press Add update after each contact " \
                      "with the owner.</p>"
    items = "".join(f"<p><b>{u.written_on:%d/%m/%Y}</b><br>{html.escape(u.text)}</p>" for u in updates)
    return head + items


class ResponseTab(QWidget):
    """The case's actions, and the updates on the one selected."""

    action_selected = Signal(object)  # ActionRow or None
    update_requested = Signal(object)  # the ActionRow to add an update to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_table = late_table("Actions", "action", ACTION_COLUMNS, lambda r: r.overdue)
        self.action_table.search.hide()
        self.action_table.title_label.hide()
        self.action_table.set_empty_text(NO_ACTIONS)
        self.action_table.view.setWordWrap(False)
        self.action_table.view.horizontalHeader().setMinimumSectionSize(36)
        self.action_table.view.horizontalHeader().setDefaultSectionSize(60)
        self.updates = QTextBrowser()
        self.updates.setAccessibleName("Updates on the selected action")
        self.update_button = QPushButton("&Add update…")
        self.update_button.setEnabled(False)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("<b>Updates</b>"))
        column.addWidget(self.updates, 1)
        row = QHBoxLayout()
        row.addWidget(self.update_button)
        row.addStretch(1)
        column.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.action_table)
        self.splitter.addWidget(side)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.action_table.current_changed.connect(self._on_actions_current_changed)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.show_updates(None, [])

    def set_actions(self, rows: Sequence[ActionRow], select_id: uuid.UUID | None = None) -> None:
        self.action_table.set_rows(rows, select_id)
        # Every column in view on a laptop: the action takes the room left, the technique and owner
        # are cut to a width; each cell's tooltip, and the updates below, have the text whole.
        fit_columns(self.action_table.view, 1, {3: 110, 4: 100})

    def show_updates(self, action: ActionRow | None, updates: Sequence[UpdateRow]) -> None:
        self.updates.setHtml(updates_html(action, updates))
        self.update_button.setEnabled(action is not None)

    def _on_actions_current_changed(self, row: ActionRow | None) -> None:
        self.action_selected.emit(row)

    def _on_update_button_clicked(self) -> None:
        row = self.action_table.current_row()
        if row is not None:
            self.update_requested.emit(row)
