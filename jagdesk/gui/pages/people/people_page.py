"""The people page: the register on the left, the selected person's details, links and history on
the right; add, edit, delete (Ctrl+Z undoes) and merge two records of one person."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from jagdesk.domain.common.day_text import uk_day
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.people.merge_dialog import MergeDialog
from jagdesk.gui.dialogs.people.person_dialog import PersonDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.asb.asb_panel import AsbPanel
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.pages.governance.subject_access_request import ask_subject_access
from jagdesk.gui.pages.people.person_details import PersonDetails
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.services.people import people as svc
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

PEOPLE_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Born", lambda r: table_day(r.date_of_birth) if r.date_of_birth else None),
    Column("Age", lambda r: r.age),
    Column("Postcode", lambda r: r.postcode),
    Column("Flags", lambda r: r.flags_text),
    Column("Also known as", lambda r: ", ".join(r.aliases)),
]
EMPTY = "No people on the register yet: press New person to add someone the partnership deals with."
NOT_FOUND = "Nobody on the register matches the search: names, aliases, postcode or dd/mm/yyyy."
SEARCH_SETTLES_MS = 1500  # a pause in typing this long ends a search, for the access log


class PeoplePage(UndoDeletePage):
    """The people register and one person's page."""

    title = "People"
    case_requested = Signal(object)  # a case id, when the user double-clicks one of the links

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.list = RecordTable("People", "person", PEOPLE_COLUMNS)
        self.list.set_empty_text(EMPTY)
        # The register searches itself (aliases, names without accents), not just the cells shown.
        self.list.search.textChanged.disconnect()
        self.list.search.setPlaceholderText("Search names, aliases, postcode or date of birth (Ctrl+F)")
        self.merge_button = QPushButton("&Merge into…")
        self.merge_button.setToolTip("Merge the selected person into another record of the same person")
        buttons = self.list.layout().itemAt(self.list.layout().count() - 1)  # type: ignore[union-attr]
        row = buttons.layout() if buttons is not None else None
        assert isinstance(row, QBoxLayout)
        row.insertWidget(row.indexOf(self.list.delete_button) + 1, self.merge_button)
        self.access_button = QPushButton("Subject &access…")
        self.access_button.setToolTip("Write everything held about the selected person (PDF and JSON, "
                                      "other people's names tagged) and record their request")
        row.insertWidget(row.indexOf(self.merge_button) + 1, self.access_button)
        self.details = PersonDetails()
        self.asb = AsbPanel(store, "about this person")
        self.details.tabs.addTab(self.asb, "AS&B")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([680, 620])
        # Shown in the register's order (family name first) until the user clicks a heading.
        self.list.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.person: svc.PersonDetail | None = None
        # The list follows each keystroke; the access log records the search once typing pauses,
        # not "P", "Pa", "Pat"... as separate searches.
        self._search_log = QTimer(self, singleShot=True, interval=SEARCH_SETTLES_MS)
        self._found = 0
        self._connect_signals()
        self._update_merge_button()

    def _connect_signals(self) -> None:
        self.list.search.textChanged.connect(self._on_search_text_changed)
        self._search_log.timeout.connect(self._on_search_log_timeout)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.new_requested.connect(lambda: self.edit_person(None))
        self.list.edit_requested.connect(self.edit_person)
        self.list.delete_requested.connect(self.delete_person)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.access_button.clicked.connect(self.subject_access)
        self.details.case_requested.connect(self.case_requested)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the register and the selected person."""
        self._reload()

    def new_record(self) -> None:
        self.edit_person(None)

    def focus_search(self) -> None:
        self.list.focus_search()

    def show_person(self, person_id: uuid.UUID) -> bool:
        """Select a person (from a case page, say), clearing the search if it hides them."""
        if self.list.select_id(person_id):
            return True
        self._clear_search()
        return self._reload(person_id)

    def _clear_search(self) -> None:
        self.list.search.blockSignals(True)
        self.list.search.clear()
        self.list.search.blockSignals(False)

    # Loading -------------------------------------------------------------------------------------
    def _reload(self, select_id: uuid.UUID | None = None) -> bool:
        """The register again (selecting `select_id`, else the same person), then their page."""
        text = self.list.search.text()
        rows = attempt(self, self.store, lambda uow: svc.list_people(uow, text))
        if rows is not None:
            self._found = len(rows)
            self.list.set_empty_text(NOT_FOUND if text.strip() else EMPTY)
            # Refilling the list reselects the person; their page is loaded once, after.
            with self.quietly():
                self.list.set_rows(rows, select_id)
        self._load_person()
        return select_id is not None and getattr(self.list.current_row(), "id", None) == select_id

    def _load_person(self) -> None:
        row = self.list.current_row()
        found = None
        if row is not None:
            # A person is logged as looked at when they come on screen, not at each reload.
            read = svc.get_person_detail if self.person is not None and self.person.row.id == row.id \
                else svc.open_person
            found = attempt(self, self.store, lambda uow: (
                read(uow, row.id), svc.person_links(uow, row.id),
                svc.person_history(uow, row.id)))
        self.person = found[0] if found else None
        if found is None:
            self.details.show_person(None)
        else:
            self.details.show_person(*found)
            count = self.asb.show_for(person_id=row.id if row else None)
            self.details.tabs.setTabText(self.details.tabs.indexOf(self.asb), f"AS&B ({count})")
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        self.merge_button.setEnabled(self.person is not None)
        self.access_button.setEnabled(self.person is not None)

    def subject_access(self) -> None:
        """The selected person's subject access request: their disclosure written, the request
        recorded."""
        row = self.list.current_row()
        written = ask_subject_access(self, self.store, row.id, row.name, date.today()) if row else None
        if written is not None:
            self.tell(f"Wrote {written[1].name} and {written[2].name}; the request is due on "
                      f"{uk_day(written[0].due_on)}.")

    # Changes -------------------------------------------------------------------------------------
    def edit_person(self, row: svc.PersonRow | None) -> None:
        """Open the person's dialog (None: a new person) and show what was saved or opened."""
        initial = None
        if row is not None:
            initial = attempt(self, self.store, lambda uow: svc.get_person_detail(uow, row.id))
            if initial is None:
                self._reload()
                return
        record_id = initial.row.id if initial else None
        version = initial.row.version if initial else None

        def find(data: svc.PersonInput) -> list[tuple[svc.PersonRow, str]]:
            return call(self.store, lambda uow: svc.possible_duplicates(uow, data, record_id))

        def save(data: svc.PersonInput) -> svc.PersonRow:
            return call(self.store, lambda uow: svc.save_person(uow, data, record_id, version))

        dialog = PersonDialog(save, find, initial, parent=self)
        if dialog.exec() != PersonDialog.DialogCode.Accepted or dialog.saved is None:
            return
        saved: svc.PersonRow = dialog.saved
        if not self._reload(saved.id):
            self.show_person(saved.id)
        if dialog.opened_existing:
            self.tell(f"Opened the existing record of {saved.name}; nothing new was saved.")
        else:
            self.tell(f"Saved {saved.name}." if row else f"Added {saved.name} to the register.")
        self.list.view.setFocus()

    def delete_person(self, row: svc.PersonRow) -> None:
        """Delete a person nobody is linked to, after the user confirms; Ctrl+Z brings them back."""
        if not prompts.confirm(self, f"Delete {row.name} from the register?"):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_person(uow, row.id, row.version)
            return True

        if attempt(self, self.store, delete):
            self.deleted("person", row.id, row.name)
        self._reload()

    def merge_person(self) -> None:
        """Merge the selected person into another record the user picks."""
        merged = self.person
        if merged is None:
            return
        found = attempt(self, self.store, lambda uow: (
            svc.possible_duplicates(uow, merged.data, merged.row.id), svc.list_people(uow)))
        if found is None:
            return
        matches, everyone = found
        # The likely duplicates first, then everyone else, so that any record can be chosen.
        listed = {row.id for row, _r in matches}
        candidates = matches + [(row, "") for row in everyone
                                if row.id not in listed and row.id != merged.row.id]
        if not candidates:
            prompts.show_error(self, "There is nobody else on the register to merge into.")
            return

        def load(person_id: uuid.UUID) -> tuple[svc.PersonDetail, list[svc.PersonLink]]:
            return call(self.store, lambda uow: (svc.get_person_detail(uow, person_id),
                                                 svc.person_links(uow, person_id)))

        def save(keep: svc.PersonRow) -> svc.PersonRow:
            return call(self.store, lambda uow: svc.merge_people(
                uow, keep.id, merged.row.id, keep.version, merged.row.version))

        kept = MergeDialog.ask(self, save, merged, candidates, load)
        if kept is None:
            return
        self.last_deleted = None
        if not self._reload(kept.id):
            self.show_person(kept.id)
        self.tell(f"Merged {merged.row.name} into {kept.name}.")

    # Slots ---------------------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self._reload()
        self._search_log.start()

    def _on_search_log_timeout(self) -> None:
        text, found = self.list.search.text(), self._found
        attempt(self, self.store, lambda uow: svc.record_search(uow, text, found))

    def _on_list_current_changed(self, _row: Any) -> None:
        if not self._quiet:
            self._load_person()

    def _on_merge_button_clicked(self) -> None:
        self.merge_person()
