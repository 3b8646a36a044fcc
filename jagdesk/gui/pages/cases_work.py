"""The work done on a case from its page, each one user action in one unit of work: closing and
reopening, linking people, actions and their updates, and opening a side of the triangle."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.gui import export_files, prompts
from jagdesk.gui.dialogs.problem_solving import close_case_dialog
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.close_case_dialog import CloseCaseDialog, CloseEntry
from jagdesk.gui.dialogs.problem_solving.link_person_dialog import LinkEntry, LinkPersonDialog
from jagdesk.gui.dialogs.problem_solving.reopen_dialog import ReopenDialog, ReopenEntry
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.base import UndoDeletePage
from jagdesk.services.people.people import list_people
from jagdesk.services.problem_solving import actions
from jagdesk.services.problem_solving import cases as svc
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from jagdesk.gui.pages.cases_analysis import AnalysisTab
    from jagdesk.gui.pages.cases_response import ResponseTab
    from jagdesk.gui.pages.cases_view import CaseView

FATES = {"cancel": "Its open actions will be cancelled.", "done": "Its open actions will be marked done.",
         "leave": "Its open actions stay open, with their owners."}


class CaseWork(UndoDeletePage):
    """The case page's handlers for work on the selected case (CasesPage adds the rest)."""

    if TYPE_CHECKING:  # what CasesPage provides
        view: CaseView | None
        tabs: QTabWidget
        analysis: AnalysisTab
        response: ResponseTab

        def load_case(self, action_id: uuid.UUID | None = None) -> None: ...
        def reload_case(self, action_id: uuid.UUID | None = None) -> None: ...
        def _show_saved(self, case_id: uuid.UUID, status: str) -> None: ...

    def _case(self) -> svc.CaseDetail | None:
        return self.view.detail if self.view is not None else None

    # Closing and reopening -------------------------------------------------------------------------
    def close_case(self) -> None:
        """Close the case; first ask what becomes of its open actions, if it has any."""
        detail = self._case()
        if detail is None:
            return
        still_open = sum(1 for a in detail.actions if a.status == ActionStatus.OPEN)
        fate: str | None = None
        if still_open:
            fate = close_case_dialog.ask_open_actions(self, still_open)
            if fate is None:
                return

        def save(entry: CloseEntry) -> svc.CaseDetail:
            return call(self.store, lambda uow: svc.close_case(
                uow, detail.id, detail.version, entry.closed_on, entry.reason, fate))

        saved = CloseCaseDialog.ask(self, save, detail.reference, FATES.get(fate or "", ""))
        if saved is not None:
            self._show_saved(saved.id, saved.status)
            self.tell(f"Closed {saved.reference}.")

    def reopen_case(self) -> None:
        detail = self._case()
        if detail is None:
            return

        def save(entry: ReopenEntry) -> svc.CaseDetail:
            return call(self.store, lambda uow: svc.reopen_case(
                uow, detail.id, detail.version, entry.reason, entry.status))

        saved = ReopenDialog.ask(self, save, detail.reference)
        if saved is not None:
            self._show_saved(saved.id, saved.status)
            self.tell(f"Reopened {saved.reference}.")

    # The triangle ------------------------------------------------------------------------------------
    def open_side(self, side: str) -> None:
        """A side of the triangle was clicked: its section on the Analysis tab, cursor in it."""
        self.tabs.setCurrentWidget(self.analysis)
        self.analysis.focus_side(side)

    def link_person(self, side: str) -> None:
        detail = self._case()
        if detail is None:
            return

        def find(text: str) -> list[Any]:
            found = attempt(self, self.store, lambda uow: list_people(uow, text))
            return found or []

        def save(entry: LinkEntry) -> svc.CasePersonRow:
            return call(self.store, lambda uow: svc.link_person(
                uow, detail.id, entry.person_id, entry.side, entry.role))

        linked = LinkPersonDialog.ask(self, save, find, side)
        if linked is not None:
            self.load_case()
            self.tell(f"Linked {linked.name} to {detail.reference}.")

    def unlink_person(self, link: svc.CasePersonRow) -> None:
        if not prompts.confirm(self, f"Remove {link.name} from this case? They stay on the people "
                                     "register.", "Remove"):
            return

        def unlink(uow: UnitOfWork) -> bool:
            svc.unlink_person(uow, link.link_id)
            return True

        if attempt(self, self.store, unlink):
            self.tell(f"Removed {link.name} from the case.")
        self.load_case()

    # Actions ---------------------------------------------------------------------------------------
    def edit_action(self, row: actions.ActionRow | None, side: str = "") -> actions.ActionRow | None:
        """Add an action (None; on `side` if given) or change one, then show it selected."""
        detail = self._case()
        contacts = attempt(self, self.store, list_contacts)
        if detail is None or contacts is None:
            return None

        def save(data: actions.ActionInput) -> actions.ActionRow:
            return call(self.store, lambda uow: actions.save_action(
                uow, detail.id, data, row.id if row else None, row.version if row else None))

        saved: actions.ActionRow | None = ActionDialog.ask(self, save, contacts, row, side)
        if saved is not None:
            self.reload_case(saved.id)
            self.response.action_table.view.setFocus()
            self.tell(f"Saved the action {saved.reference}.")
        return saved

    def new_action_on_side(self, side: str) -> None:
        """A new action from the triangle, its side filled in; the triangle counts it at once."""
        saved = self.edit_action(None, side)
        if saved is not None:
            self.analysis.triangle.setFocus()
            self.tell(f"Saved the action {saved.reference} on the {side} side (see the Response tab).")

    def delete_action(self, row: actions.ActionRow) -> None:
        what = f"the action {row.reference}"
        if not prompts.confirm(self, f"Delete {what} and its updates?"):
            return

        def delete(uow: UnitOfWork) -> bool:
            actions.delete_action(uow, row.id, row.version)
            return True

        if attempt(self, self.store, delete):
            self.deleted("action", row.id, what)
        self.reload_case()

    def after_undo(self) -> None:
        self.reload_case()

    def show_updates(self, row: actions.ActionRow | None) -> None:
        found = attempt(self, self.store, lambda uow: actions.list_updates(uow, row.id)) if row else []
        self.response.show_updates(row, found or [])

    def add_update(self, row: actions.ActionRow) -> None:
        if UpdateDialog.add_to(self, self.store, row) is not None:
            self.load_case(row.id)
            self.tell(f"Added an update to {row.reference}.")

    def selected_action_id(self) -> uuid.UUID | None:
        current = self.response.action_table.current_row()
        return current.id if current is not None else None

    # Export ----------------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        if self.view is None:
            return
        reference = self.view.detail.reference
        target, _ = QFileDialog.getSaveFileName(
            self, "Export case sheet", str(export_files.suggested(f"{reference} case sheet.pdf")),
            "PDF document (*.pdf);;Word document (*.docx)")
        if target and self.export_sheet(Path(target)):
            written = Path(target)
            if written.suffix.lower() not in (".pdf", ".docx"):
                written = written.with_suffix(".pdf")
            export_files.written(self, written, f"the case sheet of {reference}")

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        if self.view is None:
            return []
        return [("E&xport case sheet…", self._on_export_button_clicked)]

    def export_sheet(self, target: Path) -> bool:
        """Write the selected case's sheet to `target` (.pdf or .docx)."""
        if self.view is None:
            return False
        reference = self.view.detail.reference
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_suffix(".pdf")

        def write() -> Path:
            from jagdesk.services.problem_solving.sheet import build_case_sheet

            sheet = call(self.store, lambda uow: build_case_sheet(uow, reference))
            # Imported here: the writers load reportlab or python-docx, which the rest of the GUI
            # does not need.
            if target.suffix.lower() == ".docx":
                from jagdesk.exports.problem_solving.case_sheet_docx import write_case_sheet_docx
                write_case_sheet_docx(sheet, target)
            else:
                from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf
                write_case_sheet_pdf(sheet, target)
            return target

        if export_files.attempt_writing(self, target, write) is None:
            return False
        self.tell(f"Exported the case sheet of {reference} to {target}.")
        return True
