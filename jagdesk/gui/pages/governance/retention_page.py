"""The retention review: the records due for review (or every record that has ended), and for the
selected one, keep it (why, and the next review), anonymise it or erase it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.governance import RecordKind
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.governance.keep_dialog import KeepDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.steps_page import StepsPage
from jagdesk.gui.widgets.record_table import fit_columns, late_table
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.services.governance.erase import anonymise_record, erase_record
from jagdesk.services.governance.requests import RequestRow, mark_sent, open_requests
from jagdesk.services.governance.retention import RetentionRow, keep_record, retention_review
from jagdesk.services.governance.settings import retention_years
from jagdesk.store.opening import Store

COLUMNS = [
    Column("Kind", lambda r: r.kind),
    Column("Reference", lambda r: r.reference),
    Column("Record", lambda r: r.title),
    Column("Ended", lambda r: table_day(r.ended_on)),
    Column("Review", lambda r: table_day(r.review_on)),
    Column("Kept because", lambda r: r.kept_reason),
]
REQUEST_COLUMNS = [
    Column("Person", lambda r: r.name),
    Column("Received", lambda r: table_day(r.received_on)),
    Column("Due", lambda r: table_day(r.due_on)),
    Column("Days late", lambda r: r.days_overdue or ""),
]
ERASE_WARNING = ("Erase {what}? The record goes with everything it owns, and every value the audit trail "
                 "held of it becomes [erased].{person} This cannot be undone.")
PERSON_WARNING = " Their names are replaced by [erased] in every case, minute and action that names them."


class RetentionPage(StepsPage):
    """The records the retention review covers and what the officer decides for each."""

    title = "Retention"

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(store, parent, today)
        self.table = late_table("Due for review", "record", COLUMNS, lambda row: bool(row.due))
        self.table.set_empty_text("Nothing is due for review: every record is within its retention period.")
        for button in (self.table.new_button, self.table.edit_button, self.table.delete_button):
            button.hide()
        self.due_only = QCheckBox("&Only those due today")
        self.due_only.setChecked(True)
        self.table.top_row.insertWidget(1, self.due_only)
        self.keep_button = QPushButton("&Keep…")
        self.keep_button.setToolTip("Keep the record, saying why and when it is reviewed next")
        self.anonymise_button = QPushButton("A&nonymise…")
        self.anonymise_button.setToolTip("Replace names and personal details by [anonymised]; "
                                         "dates, figures and outcomes stay")
        self.erase_button = QPushButton("E&rase…")
        self.erase_button.setToolTip("Erase the record and its values in the audit trail")
        for button in (self.keep_button, self.anonymise_button, self.erase_button):
            self.table.button_row.insertWidget(self.table.button_row.count() - 1, button)
        self.periods = QLabel()
        self.periods.setWordWrap(True)
        self.requests = late_table("Subject access requests to answer", "request", REQUEST_COLUMNS,
                                   lambda row: bool(row.days_overdue))
        self.requests.set_empty_text("No subject access request is waiting: they are recorded from "
                                     "the person's page.")
        for button in (self.requests.new_button, self.requests.edit_button, self.requests.delete_button):
            button.hide()
        self.sent_button = QPushButton("Mark &sent today")
        self.sent_button.setToolTip("The disclosure was sent to the person today: the request leaves "
                                    "the dashboard")
        self.requests.button_row.insertWidget(0, self.sent_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.requests)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.periods)
        layout.addWidget(self.splitter, 1)
        fit_columns(self.table.view, 2)
        fit_columns(self.requests.view, 0)
        self.table.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.sent_button.clicked.connect(self.mark_sent)
        self.requests.current_changed.connect(lambda _row: self._update_buttons())
        self.due_only.toggled.connect(lambda _on: self.refresh())
        self.table.current_changed.connect(lambda _row: self._update_buttons())
        self.keep_button.clicked.connect(self.keep)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.erase_button.clicked.connect(self.erase)
        self._update_buttons()

    def refresh(self) -> None:
        found = attempt(self, self.store, lambda uow: (
            retention_review(uow, self.day(), self.due_only.isChecked()), retention_years(uow),
            open_requests(uow, self.day())))
        if found is None:
            return
        rows, years, requests = found
        self.table.set_rows(rows)
        self.requests.set_rows(requests)
        self.periods.setText(
            f"Kept after they ended: problem-solving cases {years.case_years} years after closure, ASB "
            f"interventions {years.intervention_years}, RIPA records {years.ripa_years} after "
            f"cancellation or end, people {years.person_years} after their last link ended; minutes "
            "and action logs are kept.")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row: RetentionRow | None = self.table.current_row()
        due = row is not None and row.due
        self.keep_button.setEnabled(due)
        self.erase_button.setEnabled(due)
        self.anonymise_button.setEnabled(due and row is not None
                                         and row.kind != RecordKind.AUTHORISATION.value)
        self.sent_button.setEnabled(self.requests.current_row() is not None)

    def _what(self, row: RetentionRow) -> str:
        return f"the {row.kind} {row.reference}" + (f" ({row.title})" if row.title != row.reference else "")

    def keep(self) -> None:
        row: RetentionRow | None = self.table.current_row()
        if row is None:
            return
        saved = KeepDialog.ask(self, self.saving(lambda uow, entry: keep_record(
            uow, row.record_id, entry.reason, entry.next_review_on, self.day())), self._what(row), self.day())
        if isinstance(saved, RetentionRow):
            self.refresh()
            self.tell(f"Kept {row.reference} until its review on {uk_day(saved.review_on)}.")

    def anonymise(self) -> None:
        row: RetentionRow | None = self.table.current_row()
        if row is None or not prompts.confirm(
                self, f"Anonymise {self._what(row)}? Names and personal details become [anonymised]; "
                "dates, figures and outcomes stay.", "Anonymise"):
            return
        if attempt(self, self.store, lambda uow: anonymise_record(uow, row.record_id, self.day())):
            self.refresh()
            self.tell(f"Anonymised {row.reference}.")

    def erase(self) -> None:
        row: RetentionRow | None = self.table.current_row()
        person = PERSON_WARNING if row is not None and row.kind == RecordKind.PERSON.value else ""
        if row is None or not prompts.confirm(
                self, ERASE_WARNING.format(what=self._what(row), person=person), "Erase"):
            return
        if attempt(self, self.store, lambda uow: erase_record(uow, row.record_id, self.day())):
            self.refresh()
            self.tell(f"Erased {row.reference}.")



    def mark_sent(self) -> None:
        request: RequestRow | None = self.requests.current_row()
        if request is None:
            return
        if attempt(self, self.store, lambda uow: mark_sent(uow, request.id, self.day(), request.version,
                                                           self.day())):
            self.refresh()
            self.tell(f"The disclosure to {request.name} was sent on {uk_day(self.day())}.")
