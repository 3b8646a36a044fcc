"""The action log: every action agreed at meetings and on cases, filtered by owner, agency, meeting,
status or overdue; its status changed and dated updates added here."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jagdesk.domain.problem_solving import ActionStatus
from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.action_dialogs import ActionDialog, UpdateDialog, UpdateEntry
from jagdesk.gui.dialogs.hotspot_dialogs import tab_chain
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.base import Page
from jagdesk.gui.pages.cases_parts import late_table, table_day
from jagdesk.gui.pages.meetings_actions import action_status, button_row, fit_columns
from jagdesk.gui.widgets.labels import buddy_label
from jagdesk.services import case_actions as actions
from jagdesk.services import meetings as meetings_svc
from jagdesk.services.action_log import ActionLogRow, action_log
from jagdesk.services.agencies import list_agencies, list_contacts
from jagdesk.services.cases import find_case
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

COLUMNS = [
    Column("Ref", lambda r: r.reference),
    Column("Action", lambda r: r.description),
    Column("Owner", lambda r: r.owner),
    Column("Agency", lambda r: r.agency),
    Column("Due", lambda r: table_day(r.due_on)),
    Column("Status", lambda r: action_status(r.status, r.overdue)),
    Column("Meeting / case", lambda r: r.raised_at),
    Column("Latest update", lambda r: r.latest_update),
]
STATUSES = [("Any status", None)] + [(s.label, s.value) for s in ActionStatus]


class ActionLogPage(Page):
    """Every action in one table; the filters above it, Edit and Add update below."""

    title = "Action log"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = late_table("Action log", "action", COLUMNS, lambda r: r.overdue)
        self.table.new_button.hide()  # actions are agreed at meetings and on cases
        self.table.delete_button.hide()
        self.table.edit_button.setText("&Edit action…")
        self.table.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the soonest due first
        self.table.view.setToolTip("Overdue actions (open, past their due date) are shown in red.")
        self.table.set_empty_text("No actions match: agree actions at meetings (the Minutes tab) or "
                                  "on cases, or clear the filters.")
        self.owner = self._combo("Show actions of the owner")
        self.agency = self._combo("Show actions of the agency")
        self.meeting = self._combo("Show actions agreed at the meeting")
        self.meeting.setMinimumContentsLength(18)
        self.status = self._combo("Show actions of status")
        for text, value in STATUSES:
            self.status.addItem(text, value)
        self.status.setCurrentIndex(1)  # open: what is being chased
        self.overdue = QCheckBox("Overdue &only")
        self.done_button = QPushButton("&Mark done")
        self.done_button.setToolTip("Mark the selected action done today")
        self.update_button = QPushButton("Add &update…")
        filters = QHBoxLayout()
        for label, combo in (("O&wner:", self.owner), ("A&gency:", self.agency),
                             ("Mee&ting:", self.meeting), ("Stat&us:", self.status)):
            filters.addWidget(buddy_label(label, combo))
            filters.addWidget(combo, 1)
        filters.addWidget(self.overdue)
        buttons = button_row(self.table)
        buttons.insertWidget(1, self.done_button)
        buttons.insertWidget(2, self.update_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        tab_chain(self.owner, self.agency, self.meeting, self.status, self.overdue, self.table.search,
                  self.table.view, self.table.edit_button, self.done_button, self.update_button)
        self._connect_signals()
        self._update_buttons()

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMaxVisibleItems(20)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _connect_signals(self) -> None:
        for combo in (self.owner, self.agency, self.meeting, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.table.edit_requested.connect(self.edit_action)
        self.table.current_changed.connect(lambda _row: self._update_buttons())
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_filters()
        self.reload()

    def focus_search(self) -> None:
        self.table.focus_search()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Actions are agreed and updated on the meetings and cases pages.
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # Loading -------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        def read(uow: UnitOfWork) -> tuple[list[Any], list[Any], list[Any]]:
            return list_contacts(uow), list_agencies(uow), meetings_svc.list_meetings(uow)

        found = attempt(self, self.store, read)
        if found is None:
            return
        contacts, agencies, meetings = found
        for combo, anyone, items in (
                (self.owner, "Anyone", [(c.name, c.id) for c in contacts]),
                (self.agency, "Any agency", [(a.name, a.id) for a in agencies]),
                (self.meeting, "Any meeting", [(f"{m.name} ({m.held_on:%d/%m/%Y})", m.id)
                                               for m in meetings])):
            kept = combo.currentData()
            combo.blockSignals(True)
            try:
                combo.clear()
                combo.addItem(anyone, None)
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(next((i for i in range(combo.count())
                                            if combo.itemData(i) == kept), 0))
            finally:
                combo.blockSignals(False)

    def reload(self, select_id: uuid.UUID | None = None) -> None:
        owner, agency, meeting = (self.owner.currentData(), self.agency.currentData(),
                                  self.meeting.currentData())
        status, overdue = self.status.currentData(), self.overdue.isChecked()
        rows = attempt(self, self.store, lambda uow: action_log(
            uow, owner_contact_id=owner, agency_id=agency, meeting_id=meeting,
            overdue_only=overdue, status=status))
        if rows is not None:
            self.table.set_rows(rows, select_id)
            fit_columns(self.table.view, 1, {3: 150, 6: 170, 7: 190})
            late = sum(1 for r in rows if r.overdue)
            self.table.title_label.setText(f"<b>Action log</b> ({len(rows)} shown, {late} overdue)"
                                           if late else f"<b>Action log</b> ({len(rows)} shown)")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        self.update_button.setEnabled(row is not None)
        self.done_button.setEnabled(row is not None and row.status == ActionStatus.OPEN)

    # Changing an action --------------------------------------------------------------------------
    def _save(self, row: ActionLogRow, data: actions.ActionInput) -> actions.ActionRow:
        """Save through the use case of where the action was agreed (a meeting or a case)."""
        def save(uow: UnitOfWork) -> actions.ActionRow:
            if row.meeting_id is not None:
                return meetings_svc.save_meeting_action(uow, row.id, data, row.version)
            case = find_case(uow, row.case_reference)
            return actions.save_action(uow, case.id, data, row.id, row.version)

        return call(self.store, save)

    def edit_action(self, row: ActionLogRow) -> None:
        """Change the action's status, owner, due date or wording."""
        current = attempt(self, self.store, lambda uow: (actions.get_action(uow, row.id),
                                                         list_contacts(uow)))
        if current is None:
            return
        action, contacts = current
        fresh = replace(row, version=action.version)
        saved = ActionDialog.ask(self, lambda data: self._save(fresh, data), contacts, action)
        if saved is not None:
            self.reload(saved.id)
            self.table.view.setFocus()
            self.tell(f"Saved the action {saved.reference}.")

    def mark_done(self, row: ActionLogRow) -> bool:
        action = attempt(self, self.store, lambda uow: actions.get_action(uow, row.id))
        if action is None:
            return False
        data = actions.ActionInput(
            description=action.description, side=action.side, technique=action.technique,
            owner_contact_id=action.owner_contact_id,
            owner_agency_id=None if action.owner_contact_id else action.owner_agency_id,
            due_on=action.due_on, status=ActionStatus.DONE.value, completed_on=None)
        try:
            saved = self._save(replace(row, version=action.version), data)
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return False
        self.reload(saved.id)
        self.tell(f"Marked {saved.reference} done.")
        return True

    def add_update(self, row: ActionLogRow) -> None:
        action = attempt(self, self.store, lambda uow: actions.get_action(uow, row.id))
        if action is None:
            return

        def save(entry: UpdateEntry) -> actions.UpdateRow:
            return call(self.store, lambda uow: actions.add_update(uow, row.id, entry.written_on,
                                                                   entry.text))

        if UpdateDialog.ask(self, save, action) is not None:
            self.reload(row.id)
            self.tell(f"Added an update to {row.reference}.")

    def _on_done_button_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.mark_done(row)

    def _on_update_button_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.add_update(row)

