"""The agenda of the meeting shown on the meetings page: items added, changed, deleted and moved, and
the agenda builder's proposals added, each one user action in one unit of work."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from jagdesk.errors import ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.meetings.build_agenda_dialog import BuildAgendaDialog
from jagdesk.gui.dialogs.meetings.item_dialog import ItemDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.services import meetings as svc
from jagdesk.services.meetings import agenda_builder
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage


class AgendaEdits:
    """The Agenda tab's work for the page's meeting."""

    def __init__(self, page: MeetingsPage) -> None:
        self.page = page

    def edit_item(self, row: svc.ItemRow | None) -> None:
        detail = self.page.selected_meeting()
        if detail is None or self.page.view is None:
            return

        def save(data: svc.ItemInput) -> svc.ItemRow:
            if row is None:
                return call(self.page.store, lambda uow: svc.add_item(uow, detail.id, data))
            return call(self.page.store, lambda uow: svc.update_item(uow, row.id, data, row.version))

        saved = ItemDialog.ask(self.page, save, self.page.view.hotspots, self.page.view.cases,
                               detail.is_problem_solving, row)
        if saved is not None:
            self.page.reload_items(saved.id)
            self.page.agenda.view.setFocus()
            self.page.tell(f"Saved the item '{saved.name}'.")

    def delete_item(self, row: svc.ItemRow) -> None:
        if not prompts.confirm(self.page, f"Delete the item '{row.name}' with its minutes?"):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_item(uow, row.id, row.version)
            return True

        deleted = attempt(self.page, self.page.store, delete)
        self.page.reload_items()
        if deleted:
            self.page.deleted("agenda_item", row.id, f"the agenda item '{row.name}'")

    def move_item(self, item_id: uuid.UUID, new_index: int) -> None:
        """An item was dragged or moved by the keyboard: renumber the agenda in the store, refused
        if the meeting changed since the agenda shown was read."""
        detail = self.page.selected_meeting()
        if detail is None:
            return
        rows = attempt(self.page, self.page.store, lambda uow: svc.move_item(uow, item_id, new_index + 1,
                                                                             detail.version))
        self.page.reload_items(item_id)  # on a refusal too: the list shows the store's order again
        if rows is not None:
            self.page.tell(f"Moved the item to number {new_index + 1}.")

    def build_agenda(self) -> None:
        detail = self.page.selected_meeting()
        if detail is None:
            return
        proposals = attempt(self.page, self.page.store,
                            lambda uow: agenda_builder.propose_items(uow, detail.id))
        if proposals is None:
            return

        def save(chosen: list[agenda_builder.Proposal]) -> list[svc.ItemRow]:
            if not chosen:
                raise ValidationError({"proposals": "Check at least one item to add, or press Cancel."})
            return call(self.page.store, lambda uow: agenda_builder.add_proposals(uow, detail.id, chosen))

        added = BuildAgendaDialog.ask(self.page, save, proposals)
        if added:
            self.page.reload_items(added[0].id)
            self.page.tell(f"Added {len(added)} item{'s' if len(added) != 1 else ''} to the agenda.")
