"""The actions of the case shown on the problem-solving page, and their updates: added (on a side of
the triangle too), changed and deleted, each one user action in one unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jagdesk.gui import prompts
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.services.problem_solving import actions
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.problem_solving.cases_page import CasesPage


class CaseActions:
    """The Response tab's work, and the triangle's new actions, for the page's case."""

    def __init__(self, page: CasesPage) -> None:
        self.page = page

    def edit_action(self, row: actions.ActionRow | None, side: str = "") -> actions.ActionRow | None:
        """Add an action (None; on `side` if given) or change one, then show it selected."""
        detail = self.page.selected_case()
        contacts = attempt(self.page, self.page.store, list_contacts)
        if detail is None or contacts is None:
            return None

        def save(data: actions.ActionInput) -> actions.ActionRow:
            return call(self.page.store, lambda uow: actions.save_action(
                uow, detail.id, data, row.id if row else None, row.version if row else None))

        saved: actions.ActionRow | None = ActionDialog.ask(self.page, save, contacts, row, side)
        if saved is not None:
            self.page.reload_case(saved.id)
            self.page.response.action_table.view.setFocus()
            self.page.tell(f"Saved the action {saved.reference}.")
        return saved

    def new_action_on_side(self, side: str) -> None:
        """A new action from the triangle, its side filled in; the triangle counts it at once."""
        saved = self.edit_action(None, side)
        if saved is not None:
            self.page.analysis.triangle.setFocus()
            self.page.tell(f"Saved the action {saved.reference} on the {side} side (see the Response tab).")

    def delete_action(self, row: actions.ActionRow) -> None:
        what = f"the action {row.reference}"
        if not prompts.confirm(self.page, f"Delete {what} and its updates?"):
            return

        def delete(uow: UnitOfWork) -> bool:
            actions.delete_action(uow, row.id, row.version)
            return True

        if attempt(self.page, self.page.store, delete):
            self.page.deleted("action", row.id, what)
        self.page.reload_case()

    def show_updates(self, row: actions.ActionRow | None) -> None:
        found = (attempt(self.page, self.page.store, lambda uow: actions.list_updates(uow, row.id))
                 if row else [])
        self.page.response.show_updates(row, found or [])

    def add_update(self, row: actions.ActionRow) -> None:
        if UpdateDialog.add_to(self.page, self.page.store, row) is not None:
            self.page.load_case(row.id)
            self.page.tell(f"Added an update to {row.reference}.")
