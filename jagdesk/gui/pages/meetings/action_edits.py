"""The actions of the meeting shown on the meetings page and the matters arising from earlier meetings:
actions agreed in the minutes mode, changed, deleted and updated; earlier actions updated or closed
at the matters-arising item."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.meetings.meeting_reading import matter
from jagdesk.gui.pages.meetings.minutes_parts import Matter
from jagdesk.services import meetings as svc
from jagdesk.services.problem_solving import actions
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.meetings.actions_tab import ItemAction
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage


class ActionEdits:
    """The Actions tab's and the minutes mode's work on actions, for the page's meeting."""

    def __init__(self, page: MeetingsPage) -> None:
        self.page = page

    def after_minutes_action(self) -> None:
        """An action agreed in the minutes mode: the Actions tab and the list's counts follow."""
        detail = self.page.selected_meeting()
        fresh = (attempt(self.page, self.page.store, lambda uow: svc.get_meeting(uow, detail.id))
                 if detail else None)
        if fresh is not None and self.page.view is not None:
            from dataclasses import replace

            self.page.view = replace(self.page.view, detail=fresh)
            self.page.rebase_tabs(fresh)
            count = self.page.actions_tab.show_items(fresh.items)
            self.page.tabs.setTabText(4, f"Acti&ons ({count})")
            self.page.agenda.set_rows(fresh.items)
            self.page.refresh_list_counts()

    def edit_action(self, row: ItemAction) -> None:
        if self.page.view is None:
            return
        action = row.action

        def save(data: actions.ActionInput) -> actions.ActionRow:
            return call(self.page.store, lambda uow: svc.save_meeting_action(uow, action.id, data,
                                                                             action.version))

        saved = ActionDialog.ask(self.page, save, self.page.view.contacts, action)
        if saved is not None:
            self.page.reload_items()
            self.page.actions_tab.table.select_id(saved.id)
            self.page.tell(f"Saved the action {saved.reference}.")

    def delete_action(self, row: ItemAction) -> None:
        what = f"the action {row.action.reference}"
        if not prompts.confirm(self.page, f"Delete {what} and its updates? Its reference is not used again."):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_meeting_action(uow, row.action.id, row.action.version)
            return True

        deleted = attempt(self.page, self.page.store, delete)
        self.page.reload_items()
        if deleted:
            self.page.deleted("action", row.action.id, what)

    def add_matter_update(self, row: Matter) -> None:
        """An update on an earlier meeting's action, given at the matters-arising item."""
        action = attempt(self.page, self.page.store, lambda uow: actions.get_action(uow, row.id))
        if action is None:
            return
        if UpdateDialog.add_to(self.page, self.page.store, action) is not None:
            self._refresh_matter(row)
            self.page.tell(f"Added an update to {row.reference}.")

    def close_matter(self, row: Matter) -> None:
        """An earlier meeting's action reported done at the matters-arising item: closed today."""
        def close(uow: UnitOfWork) -> actions.ActionRow:
            action = actions.get_action(uow, row.id)
            data = actions.ActionInput(
                action.description, action.side, action.technique, action.owner_contact_id,
                action.owner_agency_id, action.due_on, ActionStatus.DONE.value, date.today())
            return svc.save_meeting_action(uow, row.id, data, row.version)

        closed = attempt(self.page, self.page.store, close)
        if closed is not None:
            self.page.minutes.replace_matter(matter(closed))
            self.page.refresh_list_counts()
            self.page.tell(f"Closed {row.reference}: done today. Edit it on the Actions tab of its "
                           "meeting, or in the action log, to change that.")

    def _refresh_matter(self, row: Matter) -> None:
        fresh = attempt(self.page, self.page.store, lambda uow: actions.get_action(uow, row.id))
        if fresh is not None:
            self.page.minutes.replace_matter(matter(fresh))

    def add_update(self, row: ItemAction) -> None:
        if UpdateDialog.add_to(self.page, self.page.store, row.action) is not None:
            self.page.reload_items()
            self.page.actions_tab.table.select_id(row.action.id)
            self.page.tell(f"Added an update to {row.action.reference}.")
