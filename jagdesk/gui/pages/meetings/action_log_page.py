"""The action log: every action agreed at meetings and on cases, filtered by owner, agency, meeting,
status or overdue; new actions agreed here, their status changed and dated updates added; the
selected action in full under the table; the filtered log exported (Word, PDF, CSV) or printed to
circulate after a meeting. Every date on the page is the app's short date (1 Dec 2026)."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.meetings.action_log import ActionLogDocument, scope_text
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import JagdeskError
from jagdesk.gui import export_files, prompts
from jagdesk.gui.dialogs.common.fields import tab_chain
from jagdesk.gui.dialogs.meetings.log_action_dialog import LogActionDialog, LogActionEntry
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.meetings.action_log_columns import COLUMNS, detail_html
from jagdesk.gui.widgets.labels import buddy_label
from jagdesk.gui.widgets.record_table import fit_columns, late_table
from jagdesk.services import meetings as meetings_svc
from jagdesk.services.common.access import PRINT, record_export
from jagdesk.services.meetings import MeetingRow
from jagdesk.services.meetings.action_log import (
    DEFAULT_MARKING,
    ActionLogRow,
    action_homes,
    action_log,
    add_log_action,
    log_document,
)
from jagdesk.services.problem_solving import actions
from jagdesk.services.problem_solving.cases import find_case
from jagdesk.services.reference.agencies import list_agencies, list_contacts
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

STATUSES = [("Any status", None)] + [(s.label, s.value) for s in ActionStatus]
EXPORT_FILTERS = "Word document (*.docx);;PDF document (*.pdf);;CSV for a spreadsheet (*.csv)"


class ActionLogPage(Page):
    """Every action in one table; the filters above it; the selected action in full under it;
    New, Edit, Mark done, Add update, Export and Print below."""

    title = "Action log"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = late_table("Action log", "action", COLUMNS, lambda r: r.overdue)
        self.table.new_button.setText("&New action…")
        self.table.new_button.setToolTip("Agree an action at a meeting's agenda item or on a case "
                                         "(Ctrl+N)")
        self.table.delete_button.hide()  # deleted where it was agreed: the meeting or the case
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
        self.export_button = QPushButton("E&xport…")
        self.export_button.setToolTip("The actions shown, as a Word, PDF or CSV file to circulate")
        self.print_button = QPushButton("&Print…")
        self.print_button.setToolTip("Print the actions shown")
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The selected action in full")
        self.detail.setMinimumHeight(60)
        self._meetings: dict[uuid.UUID, MeetingRow] = {}
        filters = QHBoxLayout()
        for label, combo in (("O&wner:", self.owner), ("A&gency:", self.agency),
                             ("Mee&ting:", self.meeting), ("Stat&us:", self.status)):
            filters.addWidget(buddy_label(label, combo))
            filters.addWidget(combo, 1)
        filters.addWidget(self.overdue)
        buttons = self.table.button_row
        buttons.insertWidget(1, self.done_button)
        buttons.insertWidget(2, self.update_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        # Not kept between starts (no self.splitter): the log sizes itself to the window.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        tab_chain(self.owner, self.agency, self.meeting, self.status, self.overdue, self.table.search,
                  self.table.view, self.table.new_button, self.done_button, self.update_button,
                  self.table.edit_button, self.export_button, self.print_button, self.detail)
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
        self.table.new_requested.connect(self.new_action)
        self.table.edit_requested.connect(self.edit_action)
        self.table.current_changed.connect(self._on_table_current_changed)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_filters()
        self.reload()

    def new_record(self) -> None:
        self.new_action()

    def focus_search(self) -> None:
        self.table.focus_search()

    # Loading -------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        def read(uow: UnitOfWork) -> tuple[list[Any], list[Any], list[Any]]:
            return list_contacts(uow), list_agencies(uow), meetings_svc.list_meetings(uow)

        found = attempt(self, self.store, read)
        if found is None:
            return
        contacts, agencies, meetings = found
        self._meetings = {m.id: m for m in meetings}
        for combo, anyone, items in (
                (self.owner, "Anyone", [(c.name, c.id) for c in contacts]),
                (self.agency, "Any agency", [(a.name, a.id) for a in agencies]),
                (self.meeting, "Any meeting", [(f"{m.name} ({day_text(m.held_on)})", m.id)
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
        self.show_detail(self.table.current_row())

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        self.update_button.setEnabled(row is not None)
        self.done_button.setEnabled(row is not None and row.status == ActionStatus.OPEN)

    def show_detail(self, row: ActionLogRow | None) -> None:
        """The selected action in full under the table, with its updates, newest first."""
        found = attempt(self, self.store, lambda uow: actions.list_updates(uow, row.id)) if row else []
        self.detail.setHtml(detail_html(row, found or []))

    def shown_rows(self) -> list[ActionLogRow]:
        """The actions the table shows (filters and search applied), in its order."""
        proxy = self.table.proxy
        return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]

    # A new action --------------------------------------------------------------------------------
    def new_action(self) -> None:
        """Ctrl+N: agree an action at a meeting's agenda item or on a case (the meeting filtered on
        comes first), then show it selected."""
        def read(uow: UnitOfWork) -> tuple[Any, Any, Any]:
            return action_homes(uow), list_contacts(uow), list_agencies(uow)

        found = attempt(self, self.store, read)
        if found is None:
            return
        homes, contacts, agencies = found
        if not homes:
            prompts.show_error(self, "There is nowhere to agree an action yet: add an agenda item to "
                                     "a meeting, or open a case, first.")
            return

        def save(entry: LogActionEntry) -> actions.ActionRow:
            return call(self.store, lambda uow: add_log_action(uow, entry.data, entry.item_id,
                                                               entry.case_id))

        saved = LogActionDialog.ask(self, save, homes, contacts, agencies, self.meeting.currentData())
        if saved is None:
            return
        self.reload(saved.id)
        if self.table.current_row() is None or self.table.current_row().id != saved.id:
            self.tell(f"Saved the action {saved.reference}; the filters hide it.")
            return
        self.table.view.setFocus()
        self.tell(f"Saved the action {saved.reference}.")

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
                                                         list_contacts(uow), list_agencies(uow)))
        if current is None:
            return
        action, contacts, agencies = current
        fresh = replace(row, version=action.version)
        saved = ActionDialog.ask(self, lambda data: self._save(fresh, data), contacts, action, "",
                                 agencies)
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
        if UpdateDialog.add_to(self, self.store, action) is not None:
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

    # Export and print ----------------------------------------------------------------------------
    def document(self, today: date | None = None) -> ActionLogDocument:
        """The actions shown, as the document to circulate: what they were chosen by in words, and
        the meeting's marking when one meeting is chosen."""
        meeting = self._meetings.get(self.meeting.currentData())
        where = f"{meeting.name} ({day_text(meeting.held_on)})" if meeting else ""
        owner = self.owner.currentText() if self.owner.currentData() is not None else ""
        agency = self.agency.currentText() if self.agency.currentData() is not None else ""
        scope = scope_text(self.status.currentData(), self.overdue.isChecked(), where, owner, agency,
                           self.table.search.text())
        return log_document(self.shown_rows(), scope,
                            meeting.marking if meeting else DEFAULT_MARKING, today,
                            one_meeting=meeting is not None)

    def export_log(self, target: Path) -> bool:
        """Write the actions shown to `target`: Word, PDF or CSV by its ending (else a PDF)."""
        from jagdesk.exports.meetings.action_log_files import KINDS, write_action_log

        if target.suffix.lower() not in KINDS:
            target = target.with_suffix(".pdf")
        document = self.document()

        def write() -> str:
            written = write_action_log(document, target)
            call(self.store, lambda uow: record_export(uow, f"Action log: {document.scope}",
                                                       document.marking, False, target))
            return written

        kind = export_files.attempt_writing(self, target, write)
        if kind is None:
            return False
        self.tell(f"Exported {len(self.shown_rows())} actions to {target} ({kind}).")
        return True

    def print_log(self, printer: QPrinter | None = None) -> int:
        """Print the actions shown (the PDF's pages); with no printer given, ask in the dialog.
        The number of pages printed."""
        from jagdesk.exports.meetings.action_log_pdf import write_action_log_pdf
        from jagdesk.gui.pages.meetings.paper_writers import choose_printer, print_pdf

        if printer is None:
            printer = choose_printer(self, "Print the action log")
            if printer is None:
                return 0
        try:
            with tempfile.TemporaryDirectory(prefix="jagdesk-log-") as folder:
                path = Path(folder) / "action-log.pdf"
                document = self.document()
                write_action_log_pdf(document, path)
                printed = print_pdf(path, printer)
                call(self.store, lambda uow: record_export(uow, f"Action log: {document.scope}",
                                                           document.marking, False, action=PRINT))
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return 0
        self.tell(f"Printed the action log ({printed} pages).")
        return printed

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return [("E&xport the action log…", self._on_export_button_clicked),
                ("&Print the action log…", self.print_log)]

    def _on_export_button_clicked(self) -> None:
        suggested = export_files.suggested(f"Action log {date.today().isoformat()}.docx")
        target, _ = QFileDialog.getSaveFileName(self, "Export the action log", str(suggested),
                                                EXPORT_FILTERS)
        if target and self.export_log(Path(target)):
            export_files.written(self, Path(target), "the action log")

    def _on_print_button_clicked(self) -> None:
        self.print_log()

    def _on_table_current_changed(self, row: ActionLogRow | None) -> None:
        self._update_buttons()
        self.show_detail(row)
