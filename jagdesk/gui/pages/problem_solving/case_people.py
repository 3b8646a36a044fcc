"""The people linked to the case shown on the problem-solving page, on a side of its triangle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jagdesk.gui import prompts
from jagdesk.gui.dialogs.problem_solving.link_person_dialog import LinkEntry, LinkPersonDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.services.people.people import list_people
from jagdesk.services.problem_solving import cases as svc
from jagdesk.services.problem_solving import links
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.problem_solving.cases_page import CasesPage


class CasePeople:
    """Linking people to the page's case and removing them (they stay on the people register)."""

    def __init__(self, page: CasesPage) -> None:
        self.page = page

    def link_person(self, side: str) -> None:
        detail = self.page.selected_case()
        if detail is None:
            return

        def find(text: str) -> list[Any]:
            found = attempt(self.page, self.page.store, lambda uow: list_people(uow, text))
            return found or []

        def save(entry: LinkEntry) -> svc.CasePersonRow:
            return call(self.page.store, lambda uow: links.link_person(
                uow, detail.id, entry.person_id, entry.side, entry.role))

        linked = LinkPersonDialog.ask(self.page, save, find, side)
        if linked is not None:
            self.page.load_case()
            self.page.tell(f"Linked {linked.name} to {detail.reference}.")

    def unlink_person(self, link: svc.CasePersonRow) -> None:
        if not prompts.confirm(self.page, f"Remove {link.name} from this case? They stay on the "
                                          "people register.", "Remove"):
            return

        def unlink(uow: UnitOfWork) -> bool:
            links.unlink_person(uow, link.link_id)
            return True

        if attempt(self.page, self.page.store, unlink):
            self.page.tell(f"Removed {link.name} from the case.")
        self.page.load_case()
