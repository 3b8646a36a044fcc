"""The work done on a meeting from its page, each one user action in one unit of work: the meeting,
its attendance, agenda items, the agenda builder, actions and their updates, and its papers."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.meetings.build_agenda_dialog import BuildAgendaDialog
from jagdesk.gui.dialogs.meetings.guest_dialog import GuestDialog
from jagdesk.gui.dialogs.meetings.item_dialog import ItemDialog
from jagdesk.gui.dialogs.meetings.new_meeting_dialog import NewMeetingDialog
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.operations import attempt, call, done
from jagdesk.gui.pages.meetings_actions import fit_columns
from jagdesk.gui.pages.meetings_papers import MeetingPapers
from jagdesk.gui.pages.meetings_view import ALL_SERIES, matter, read_choices
from jagdesk.gui.widgets.minutes_parts import Matter
from jagdesk.services import meetings as svc
from jagdesk.services.meetings import agenda_builder
from jagdesk.services.problem_solving import actions
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from jagdesk.gui.pages.meetings_actions import ActionsTab, ItemAction
    from jagdesk.gui.pages.meetings_attendance import AttendanceTab
    from jagdesk.gui.pages.meetings_details import DetailsTab
    from jagdesk.gui.pages.meetings_view import MeetingView
    from jagdesk.gui.widgets.agenda_list import AgendaList
    from jagdesk.gui.widgets.minutes_editor import MinutesEditor
    from jagdesk.store.opening import Store


class MeetingWork(MeetingPapers):
    """The meetings page's handlers for work on the selected meeting (MeetingsPage adds the rest)."""

    if TYPE_CHECKING:  # what MeetingsPage provides
        store: Store
        view: MeetingView | None
        tabs: QTabWidget
        details: DetailsTab
        attendance: AttendanceTab
        agenda: AgendaList
        minutes: MinutesEditor
        actions_tab: ActionsTab

        def _reload(self, select_id: uuid.UUID | None = None) -> None: ...
        def load_meeting(self, keep_edits: bool = True) -> None: ...
        def show_items(self, detail: svc.MeetingDetail, select_id: uuid.UUID | None = None) -> None: ...
        def rebase_tabs(self, detail: svc.MeetingDetail) -> None: ...

    @staticmethod
    def default_due(detail: svc.MeetingDetail) -> date:
        """An action agreed at a meeting is due, unless said otherwise, four weeks later."""
        return detail.held_on + timedelta(days=28)

    # The meeting ---------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        """Ctrl+N: arrange a meeting. One of a series starts with its last meeting's members invited
        and the opening item; a problem-solving meeting with the triangle's items."""
        lists = attempt(self, self.store, read_choices)
        if lists is None:
            return

        def save(data: svc.MeetingInput) -> svc.MeetingDetail:
            return call(self.store, lambda uow: svc.new_meeting(uow, data))

        saved = NewMeetingDialog.ask(self, save, lists.types, lists.series, lists.contacts, lists.cases,
                                     lists.defaults)
        if saved is None:
            return
        self._reload(saved.id)
        self.tabs.setCurrentWidget(self.attendance)
        invited = len(saved.attendees)
        if invited:
            self.tell(f"Added '{saved.name}' with the {invited} members of the series' last meeting "
                      "invited. Next: change who is invited here, then build the agenda.")
        else:
            self.tell(f"Added '{saved.name}'. Next: mark who is invited here, then build the agenda.")

    def delete_meeting(self, row: svc.MeetingRow) -> None:
        if not prompts.confirm(self, f"Delete the meeting '{row.name}' with its attendance, agenda "
                                     "and minutes?"):
            return
        deleted = done(self, self.store, lambda uow: svc.delete_meeting(uow, row.id, row.version))
        self._reload()
        if deleted:
            self.deleted("meeting", row.id, f"the meeting '{row.name}' with its agenda and minutes")

    undoes = "the last meeting, agenda item or action deleted on this page"

    def restore(self, uow: UnitOfWork, table: str, record_id: uuid.UUID) -> object:
        if table == "agenda_item":  # back in its place on the agenda
            return svc.restore_item(uow, record_id)
        return super().restore(uow, table, record_id)

    def after_undo(self) -> None:
        if self.last_undone_kind == "meeting" or self.view is None:
            self._reload(self.last_undone)
            return
        self._reload_items(self.last_undone)  # an item or an action of the meeting shown
        if self.last_undone_kind == "agenda_item":
            self.tabs.setCurrentWidget(self.agenda)
        elif self.last_undone is not None:
            self.tabs.setCurrentWidget(self.actions_tab)
            self.actions_tab.table.select_id(self.last_undone)

    def save_details(self) -> bool:
        detail = self._meeting()
        if detail is None:
            return False
        try:
            data = self.details.values()["data"]
            saved = call(self.store, lambda uow: svc.save_meeting(uow, data, detail.id,
                                                                  self.details.version))
        except ValidationError as exc:
            self.details.show_errors(exc.errors)
            return False
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return False
        self.details.saved()
        self._reload(saved.id)
        self.tell(f"Saved '{saved.name}'.")
        return True

    # Attendance ------------------------------------------------------------------------------------
    def save_attendance(self) -> bool:
        detail = self._meeting()
        if detail is None:
            return False
        entries = self.attendance.entries()
        version = self.attendance.version
        # Refused when the meeting changed since the list was read: the ticks stay as they are.
        rows = attempt(self, self.store, lambda uow: svc.set_attendance(uow, detail.id, entries,
                                                                        version))
        if rows is None:
            return False
        self.attendance.dirty = False
        self.load_meeting()
        self.refresh_list_counts()  # the meetings list holds the meeting's version too
        present = sum(1 for r in rows if r.attendance == "present")
        self.tell(f"Saved the attendance: {present} present of {len(rows)} on the list.")
        return True

    def add_guest(self) -> None:
        def check(entry: svc.AttendeeInput) -> svc.AttendeeInput:
            if not entry.guest_name.strip():
                raise ValidationError({"guest_name": "Give the guest's name."})
            return entry

        entry = GuestDialog.ask(self, check)
        if entry is not None:
            self.attendance.add_guest(entry)
            self.tell(f"Added {entry.guest_name.strip()}; press Save attendance to keep the list.")

    # The agenda ----------------------------------------------------------------------------------
    def _reload_items(self, select_id: uuid.UUID | None = None) -> None:
        """The meeting's items again, without touching unsaved Details or Attendance edits."""
        self.minutes.flush()
        detail = self._meeting()
        if detail is None or self.view is None:
            return
        fresh = attempt(self, self.store, lambda uow: svc.get_meeting(uow, detail.id))
        if fresh is not None:
            from dataclasses import replace

            self.view = replace(self.view, detail=fresh)
            self.rebase_tabs(fresh)
            self.show_items(fresh, select_id)
            self.refresh_list_counts()

    def refresh_list_counts(self) -> None:
        page: Any = self
        wanted = page.series_filter.currentData()
        rows = attempt(self, self.store, lambda uow: svc.list_meetings(
            uow, None if wanted == ALL_SERIES else wanted))
        if rows is not None:
            with page.quietly():
                page.list.set_rows(rows)
                fit_columns(page.list.view, 1, {2: 80})

    def edit_item(self, row: svc.ItemRow | None) -> None:
        detail = self._meeting()
        if detail is None or self.view is None:
            return

        def save(data: svc.ItemInput) -> svc.ItemRow:
            if row is None:
                return call(self.store, lambda uow: svc.add_item(uow, detail.id, data))
            return call(self.store, lambda uow: svc.update_item(uow, row.id, data, row.version))

        saved = ItemDialog.ask(self, save, self.view.hotspots, self.view.cases,
                               detail.is_problem_solving, row)
        if saved is not None:
            self._reload_items(saved.id)
            self.agenda.view.setFocus()
            self.tell(f"Saved the item '{saved.name}'.")

    def delete_item(self, row: svc.ItemRow) -> None:
        if not prompts.confirm(self, f"Delete the item '{row.name}' with its minutes?"):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_item(uow, row.id, row.version)
            return True

        deleted = attempt(self, self.store, delete)
        self._reload_items()
        if deleted:
            self.deleted("agenda_item", row.id, f"the agenda item '{row.name}'")

    def move_item(self, item_id: uuid.UUID, new_index: int) -> None:
        """An item was dragged or moved by the keyboard: renumber the agenda in the store, refused
        if the meeting changed since the agenda shown was read."""
        detail = self._meeting()
        if detail is None:
            return
        rows = attempt(self, self.store, lambda uow: svc.move_item(uow, item_id, new_index + 1,
                                                                   detail.version))
        self._reload_items(item_id)  # on a refusal too: the list shows the store's order again
        if rows is not None:
            self.tell(f"Moved the item to number {new_index + 1}.")

    def build_agenda(self) -> None:
        detail = self._meeting()
        if detail is None:
            return
        proposals = attempt(self, self.store, lambda uow: agenda_builder.propose_items(uow, detail.id))
        if proposals is None:
            return

        def save(chosen: list[agenda_builder.Proposal]) -> list[svc.ItemRow]:
            if not chosen:
                raise ValidationError({"proposals": "Check at least one item to add, or press Cancel."})
            return call(self.store, lambda uow: agenda_builder.add_proposals(uow, detail.id, chosen))

        added = BuildAgendaDialog.ask(self, save, proposals)
        if added:
            self._reload_items(added[0].id)
            self.tell(f"Added {len(added)} item{'s' if len(added) != 1 else ''} to the agenda.")

    # Actions ---------------------------------------------------------------------------------------
    def after_minutes_action(self) -> None:
        """An action agreed in the minutes mode: the Actions tab and the list's counts follow."""
        detail = self._meeting()
        fresh = attempt(self, self.store, lambda uow: svc.get_meeting(uow, detail.id)) if detail else None
        if fresh is not None and self.view is not None:
            from dataclasses import replace

            self.view = replace(self.view, detail=fresh)
            self.rebase_tabs(fresh)
            count = self.actions_tab.show_items(fresh.items)
            self.tabs.setTabText(4, f"Acti&ons ({count})")
            self.agenda.set_rows(fresh.items)
            self.refresh_list_counts()

    def edit_action(self, row: ItemAction) -> None:
        if self.view is None:
            return
        action = row.action

        def save(data: actions.ActionInput) -> actions.ActionRow:
            return call(self.store, lambda uow: svc.save_meeting_action(uow, action.id, data,
                                                                        action.version))

        saved = ActionDialog.ask(self, save, self.view.contacts, action)
        if saved is not None:
            self._reload_items()
            self.actions_tab.table.select_id(saved.id)
            self.tell(f"Saved the action {saved.reference}.")

    def delete_action(self, row: ItemAction) -> None:
        what = f"the action {row.action.reference}"
        if not prompts.confirm(self, f"Delete {what} and its updates? Its reference is not used again."):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_meeting_action(uow, row.action.id, row.action.version)
            return True

        deleted = attempt(self, self.store, delete)
        self._reload_items()
        if deleted:
            self.deleted("action", row.action.id, what)

    # Matters arising, in the minutes mode -----------------------------------------------------------
    def add_matter_update(self, row: Matter) -> None:
        """An update on an earlier meeting's action, given at the matters-arising item."""
        action = attempt(self, self.store, lambda uow: actions.get_action(uow, row.id))
        if action is None:
            return
        if UpdateDialog.add_to(self, self.store, action) is not None:
            self._refresh_matter(row)
            self.tell(f"Added an update to {row.reference}.")

    def close_matter(self, row: Matter) -> None:
        """An earlier meeting's action reported done at the matters-arising item: closed today."""
        def close(uow: UnitOfWork) -> actions.ActionRow:
            action = actions.get_action(uow, row.id)
            data = actions.ActionInput(
                action.description, action.side, action.technique, action.owner_contact_id,
                action.owner_agency_id, action.due_on, ActionStatus.DONE.value, date.today())
            return svc.save_meeting_action(uow, row.id, data, row.version)

        closed = attempt(self, self.store, close)
        if closed is not None:
            self.minutes.replace_matter(matter(closed))
            self.refresh_list_counts()
            self.tell(f"Closed {row.reference}: done today. Edit it on the Actions tab of its "
                      "meeting, or in the action log, to change that.")

    def _refresh_matter(self, row: Matter) -> None:
        fresh = attempt(self, self.store, lambda uow: actions.get_action(uow, row.id))
        if fresh is not None:
            self.minutes.replace_matter(matter(fresh))

    def add_update(self, row: ItemAction) -> None:
        if UpdateDialog.add_to(self, self.store, row.action) is not None:
            self._reload_items()
            self.actions_tab.table.select_id(row.action.id)
            self.tell(f"Added an update to {row.action.reference}.")
