"""Covert deployments under RIPA: the authorisations with their computed dates and flags, each
step of an authorisation's life in a dialog, and the central record and yearly return exported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.cctv.ripa_register import MARKING
from jagdesk.domain.cctv.ripa_rows import AuthorisationRow
from jagdesk.exports.cctv.ripa_register_csv import write_register_csv
from jagdesk.exports.common.csv_export import write_csv
from jagdesk.gui import export_files, prompts
from jagdesk.gui.dialogs.cctv.application_dialog import ApplicationDialog
from jagdesk.gui.dialogs.cctv.approval_dialog import ApprovalDialog
from jagdesk.gui.dialogs.cctv.cancellation_dialog import CancellationDialog
from jagdesk.gui.dialogs.cctv.lists_dialog import ListsDialog
from jagdesk.gui.dialogs.cctv.offence_dialog import OffenceDialog
from jagdesk.gui.dialogs.cctv.officer_dialog import OfficerDialog
from jagdesk.gui.dialogs.cctv.register_export_dialog import RegisterExportDialog
from jagdesk.gui.dialogs.cctv.renewal_dialog import RenewalDialog
from jagdesk.gui.dialogs.cctv.review_dialog import ReviewDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.cctv.authorisation_pane import authorisation_html
from jagdesk.gui.pages.cctv.covert_cameras import camera_down, camera_up, covert_deployments
from jagdesk.gui.pages.cctv.table_buttons import add_buttons
from jagdesk.gui.pages.common.steps_page import StepsPage
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv import ripa_lifecycle as life
from jagdesk.services.cctv.authorisations import (
    ApplicationInput,
    add_application,
    delete_authorisation,
    list_authorisations,
    open_authorisation,
)
from jagdesk.services.cctv.officers import list_offences, list_officers, save_offence, save_officer
from jagdesk.services.cctv.retention import destroy_authorisation, retention_schedule
from jagdesk.services.cctv.ripa_record import export_central_record, export_yearly_return
from jagdesk.store.opening import Store


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


COLUMNS = [
    Column("URN", lambda r: r.urn),
    Column("Operation", lambda r: r.operation),
    Column("Authorising officer", lambda r: r.officer_name),
    Column("Approved", lambda r: _day(r.approved_on)),
    Column("Ends", lambda r: _day(r.ends_on)),
    Column("Next review", lambda r: _day(r.next_review_on)),
    Column("Status", lambda r: r.status.capitalize()),
    Column("Flags", lambda r: r.flags_text.upper() if r.lapsed else r.flags_text),
]
EMPTY = ("No authorisations yet: press New application when a covert camera is needed (the "
         "offence must meet the crime threshold).")
BANNER = (f"<b>{MARKING}: covert surveillance under RIPA.</b> Subjects, operations and camera "
          "sites on this page never go in a public pack, the public map or the calendar.")
# (action, button text): the steps of an authorisation's life, then the exports; no key twice on
# the page (the table's New, Next step and Delete have N, S and D).
ACTIONS = (("approval", "&Magistrate's decision…"), ("review", "Re&view…"),
           ("renewal", "R&enewal…"), ("cancel", "&Cancel authorisation…"),
           ("camera_up", "Covert camera &up…"), ("camera_down", "Covert camera do&wn…"),
           ("register", "Export the central &record…"), ("return", "&Yearly return…"),
           ("destroy", "Des&troy (retention over)…"), ("lists", "&Lists…"))


class RipaPage(StepsPage, UndoDeletePage):
    """RIPA directed-surveillance authorisations and the central record."""

    title = "Covert CCTV (RIPA)"
    undoes = "the last application deleted on this page"

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(store, parent, today)
        self.banner = QLabel(BANNER)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #7a0019; color: white; padding: 6px;")
        self.table = RecordTable("Authorisations", "application", COLUMNS)
        self.table.set_empty_text(EMPTY)
        self.table.edit_button.setText("Next &step…")
        self.table.delete_requested.connect(self.delete_record)
        self.due_only = QCheckBox("Due for destruct&ion review")
        self.due_only.setToolTip("Only the authorisations whose retention period is over: each is "
                                 "reviewed, then destroyed or kept")
        self.due_only.toggled.connect(lambda _on: self.refresh())
        self.table.add_beside_search(self.due_only)
        self.retention: dict[Any, Any] = {}  # authorisation id -> its RetentionRow
        self.officer_button = QPushButton("New &officer…")
        self.officer_button.setToolTip("Add a designated authorising officer to the list")
        self.offence_button = QPushButton("New o&ffence…")
        self.offence_button.setToolTip("Add an offence, with its maximum penalty, to the list")
        add_buttons(self.table, self.officer_button, self.offence_button)
        self.officer_button.clicked.connect(self.new_officer)
        self.offence_button.clicked.connect(self.new_offence)
        self.text = QTextBrowser()
        self.text.setAccessibleName("The authorisation in full")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, label) in enumerate(ACTIONS):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, action=name: self.run_action(action))
            self.buttons[name] = button
            grid.addWidget(button, n // 2, n % 2)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.table.new_requested.connect(self.new_record)
        self.table.edit_requested.connect(lambda _row: self.open_next_step())
        self.table.current_changed.connect(self._show_selected)
        self._show_selected(None)

    def refresh(self) -> None:
        found = attempt(self, self.store, lambda uow: (list_authorisations(uow, self.day()),
                                                       retention_schedule(uow, self.day())))
        if found is not None:
            rows, schedule = found
            self.retention = {kept.id: kept for kept in schedule}
            if self.due_only.isChecked():
                rows = [row for row in rows if self.retention[row.id].due]
                self.table.set_empty_text("No authorisation is due for its destruction review: "
                                          "each is kept for years after its cancellation or end.")
            else:
                self.table.set_empty_text(EMPTY)
            self.table.set_rows(rows)
        self._show_selected(self.table.current_row())

    def _show_selected(self, row: AuthorisationRow | None) -> None:
        if row is not None:  # shown only once the look is in the access log
            shown = row
            row = attempt(self, self.store, lambda uow: open_authorisation(uow, shown))
        cameras = covert_deployments(self, row) if row is not None else []
        self.up = [d for d in cameras if d.installed_on and not d.removed_on]
        kept = self.retention.get(row.id) if row is not None else None
        due = kept is not None and kept.due
        said = (f"<p><b>Due for destruction review since {_day(kept.review_on)}</b>: kept from its "
                f"cancellation or end on {_day(kept.closed_on)}.</p>" if kept is not None and due else "")
        self.text.setHtml(said + authorisation_html(row, cameras))
        self.buttons["destroy"].setEnabled(due)
        status = row.status if row is not None else ""
        pending = row is not None and not row.decision
        in_force = status == "active" or (row is not None and row.lapsed and not row.cancelled_on)
        for name, on in (("approval", pending), ("review", status == "active"),
                         ("renewal", status == "active"), ("cancel", in_force),
                         ("camera_up", status == "active" and not self.up),
                         ("camera_down", bool(self.up))):
            self.buttons[name].setEnabled(on)

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return [("Export the RIPA central &record…", lambda: self.run_action("register")),
                ("Export the RIPA &yearly return…", lambda: self.run_action("return"))]

    def new_record(self) -> None:
        """A new application for directed surveillance."""
        found = attempt(self, self.store, lambda uow: (list_offences(uow), list_officers(uow)))
        if found is None:
            return

        def save(data: ApplicationInput) -> AuthorisationRow:
            return call(self.store, lambda uow: add_application(uow, data))
        self._after(ApplicationDialog.ask(self, save, found[0], found[1], self.day()),
                    "Application recorded")

    def new_officer(self) -> None:
        """Add a designated authorising officer (an application names one from the list)."""
        saved = OfficerDialog.ask(self, self.saving(lambda uow, e: save_officer(
            uow, None, None, e.name, e.grade, e.active)))
        if saved is not None:
            self.tell(f"{saved.name} added to the authorising officers.")

    def new_offence(self) -> None:
        """Add an offence to the partnership's list, with its maximum penalty."""
        saved = OffenceDialog.ask(self, self.saving(lambda uow, offence: save_offence(
            uow, None, None, offence)))
        if saved is not None:
            self.tell(f"{saved.name} is on the list of offences: {saved.penalty_text}.")

    def _after(self, saved: AuthorisationRow | None, what: str) -> None:
        self.after_step(saved, f"{what}: {saved.urn}." if saved else "")

    def open_next_step(self) -> None:
        """Enter: the decision for an application, else a review when one is due, else the
        cancellation."""
        row = self.table.current_row()
        if row is None:
            return
        if not row.decision:
            self.run_action("approval")
        elif row.status == "active" and row.review_due:
            self.run_action("review")
        elif self.buttons["cancel"].isEnabled():
            self.run_action("cancel")
        else:
            self.tell(f"{row.urn} is {row.status}: nothing is left to record.")

    def delete_record(self, row: AuthorisationRow) -> None:
        """Delete an application entered by mistake (Ctrl+Z brings it back); never a granted one."""
        # A granted one is refused by the service, in its one sentence: nothing to confirm.
        if row.decision != "approved" and not prompts.confirm(
                self, f"Delete the application {row.urn} ({row.operation})?"):
            return
        urn = attempt(self, self.store, lambda uow: delete_authorisation(uow, row.id, row.version))
        if urn is not None:
            self.deleted("ripa_authorisation", row.id, f"the application {urn}")
        self.refresh()

    def destroy_selected(self) -> None:
        """Destroy the selected authorisation once its retention is over, after a warning."""
        row: AuthorisationRow | None = self.table.current_row()
        if row is None:
            return
        if not prompts.confirm(self, f"Destroy {row.urn} for good? Its retention period is over. "
                                     "The authorisation, its subjects, reviews, renewals and covert "
                                     "deployments are deleted and cannot be brought back; the audit "
                                     "trail keeps only its URN and today's date.", "Destroy"):
            return
        urn = attempt(self, self.store, lambda uow: destroy_authorisation(
            uow, row.id, row.version, self.day()))
        self.refresh()
        if urn is not None:
            self.tell(f"Destroyed {urn}: the audit trail keeps only its URN and today's date.")

    def open_lists(self, tab: str = "officers") -> None:
        """The partnership's lists: officers, offences, deployment criteria and the retention."""
        ListsDialog(self.store, self.day(), tab, self).exec()
        self.refresh()

    def run_action(self, action: str) -> None:
        if action == "destroy":
            self.destroy_selected()
            return
        if action == "lists":
            self.open_lists()
            return
        if action == "register":
            self.export_register_asked()
            return
        if action == "return":
            self.export_return_asked()
            return
        row: AuthorisationRow | None = self.table.current_row()
        if row is None:
            return
        today, saving = self.day(), self.saving
        if action == "approval":
            saved = ApprovalDialog.ask(self, saving(lambda uow, e: life.record_decision(
                uow, row.id, row.version, e.decision, e.decided_on, e.decided_at, e.court,
                e.magistrate)), row.urn, today)
        elif action == "review":
            saved = ReviewDialog.ask(self, saving(lambda uow, e: life.add_review(
                uow, row.id, row.version, e.reviewed_on, e.reviewer, e.outcome)), row.urn, today,
                row.officer_name)
        elif action == "renewal":
            officers = attempt(self, self.store, list_officers) or []
            saved = RenewalDialog.ask(self, saving(lambda uow, e: life.renew(
                uow, row.id, row.version, e.approved_on, e.magistrate, e.officer_id)),
                row.urn, row.ends_on, officers, today)
        elif action in ("camera_up", "camera_down"):
            put = camera_up(self, row) if action == "camera_up" else camera_down(self, self.up[0])
            self.refresh()
            self.tell(f"Covert camera {'up' if action == 'camera_up' else 'down'}: {put.site}."
                      if put else "")
            return
        else:
            saved = CancellationDialog.ask(self, saving(lambda uow, e: life.cancel(
                uow, row.id, row.version, e.cancelled_on, e.cancelled_by, e.reason,
                e.cameras_removed, e.all_told)), row.urn, row.officer_name, today)
        self._after(saved, "Saved")

    # Exports ------------------------------------------------------------------------------------
    def export_register(self, path: Path, first: date, last: date) -> Path:
        """Write the central record for the period as PDF or CSV (by the file's suffix)."""
        record = call(self.store, lambda uow: export_central_record(uow, first, last, path, self.day()))
        if path.suffix.lower() == ".csv":
            write_register_csv(record, path)
        else:
            # Imported here: reportlab takes a quarter of a second to load, and the dashboard loads
            # this page's module at start (its CCTV alerts open this page).
            from jagdesk.exports.cctv.ripa_register_pdf import write_register_pdf

            write_register_pdf(record, path)
        return path

    def export_return(self, path: Path, year: int) -> str:
        """Write the year's figures as CSV; the sentence that says them."""
        figures = call(self.store, lambda uow: export_yearly_return(uow, year, path, self.day()))
        write_csv(path, ("Year", "Applications", "Granted", "Refused by the magistrate",
                         "Renewed", "Cancelled", "Lapsed"),
                  [[figures.year, figures.applications, figures.granted,
                    figures.refused_by_magistrate, figures.renewed, figures.cancelled,
                    figures.lapsed]])
        return figures.sentence()

    def export_register_asked(self) -> None:
        def save(entry: Any) -> Path | None:
            name = f"RIPA central record {entry.first:%Y-%m-%d} to {entry.last:%Y-%m-%d}.{entry.suffix}"
            target, _ = QFileDialog.getSaveFileName(
                self, "Export the RIPA central record", str(export_files.suggested(name)),
                "PDF (*.pdf)" if entry.suffix == "pdf" else "CSV (*.csv)")
            if not target:
                return None
            return export_files.attempt_writing(self, Path(target), lambda: self.export_register(
                Path(target), entry.first, entry.last))
        written = RegisterExportDialog.ask(self, save, self.day())
        if written is not None:
            export_files.written(self, written, "the RIPA central record")

    def export_return_asked(self) -> None:
        year, chosen = QInputDialog.getInt(self, "Yearly return", "Year:", self.day().year, 2000,
                                           9999)
        if not chosen:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, "Export the RIPA yearly return",
            str(export_files.suggested(f"RIPA yearly return {year}.csv")), "CSV (*.csv)")
        if not target:
            return
        sentence = export_files.attempt_writing(self, Path(target),
                                                lambda: self.export_return(Path(target), year))
        if sentence is not None:
            self.tell(sentence)
            export_files.written(self, Path(target), f"the yearly return ({sentence})")
