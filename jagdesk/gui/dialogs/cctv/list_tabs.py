"""The lists the CCTV lists dialog keeps, each a table with its buttons: the designated authorising
officers, the offences of the crime threshold and the deployment criteria in their order. Nothing
is deleted from them: a line no longer used is retired (and can be brought back), because the
records made with it keep it. Plain helpers holding the dialog, its store and its day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QPushButton, QWidget

from jagdesk.domain.cctv.ripa import Offence
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.cctv.offence_dialog import OffenceDialog
from jagdesk.gui.dialogs.cctv.officer_dialog import OfficerDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.cctv.table_buttons import add_buttons
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv import lists
from jagdesk.services.cctv.officers import OfficerRow, list_officers, save_offence, save_officer
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


def _state(retired_on: date | None) -> str:
    return f"Retired {retired_on:%d/%m/%Y}" if retired_on else "In use"


OFFICER_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Grade", lambda r: r.grade),
    Column("Status", lambda r: "In use" if r.active else "Retired"),
]
OFFENCE_COLUMNS = [
    Column("Offence", lambda r: r.name),
    Column("Statute", lambda r: r.offence.statute),
    Column("Maximum penalty", lambda r: r.offence.penalty_text),
    Column("Crime threshold", lambda r: "Met" if r.offence.qualifies else "NOT MET"),
    Column("Status", lambda r: _state(r.retired_on)),
]
CRITERION_COLUMNS = [
    Column("Order", lambda r: r.position + 1),
    Column("Criterion", lambda r: r.name),
    Column("Status", lambda r: _state(r.retired_on)),
]


class ListTab:
    """A list in a table: New and Edit with the table's own buttons, Retire or Bring back beside
    them (a retired line stays on the records made with it)."""

    def __init__(self, parent: QWidget, store: Store, today: date, table: RecordTable) -> None:
        self.parent, self.store, self.today, self.table = parent, store, today, table
        table.delete_button.hide()
        self.retire_button = QPushButton("&Retire")
        add_buttons(table, self.retire_button)
        self.retire_button.clicked.connect(lambda: self.toggle(self.table.current_row()))
        table.new_requested.connect(lambda: self.edit(None))
        table.edit_requested.connect(self.edit)
        table.current_changed.connect(self._show_selected)
        self._show_selected(None)

    def load(self, uow: UnitOfWork) -> list[Any]:
        raise NotImplementedError

    def edit(self, row: Any | None) -> None:
        raise NotImplementedError

    def toggle(self, row: Any | None) -> None:
        raise NotImplementedError

    def retired(self, row: Any) -> bool:
        return getattr(row, "retired_on", None) is not None

    def refresh(self, select: Any = None) -> None:
        """Reload the list, selecting the line called `select` (names are unique on each list)."""
        rows = attempt(self.parent, self.store, self.load)
        if rows is None:
            return
        self.table.set_rows(rows)
        self.table.view.resizeColumnsToContents()
        for n, row in enumerate(rows):
            if select is not None and row.name == select:
                self.table.view.selectRow(self.table.proxy.mapFromSource(
                    self.table.model.index(n, 0)).row())
        self._show_selected(self.table.current_row())

    def _show_selected(self, row: Any | None) -> None:
        self.retire_button.setEnabled(row is not None)
        self.retire_button.setText("&Bring back" if row is not None and self.retired(row)
                                   else "&Retire")

    def run(self, use_case: Callable[[UnitOfWork], Any], select: str) -> None:
        """Run a change in its own unit of work; a refusal is shown and nothing changes."""
        if attempt(self.parent, self.store, use_case) is not None:
            self.refresh(select)


class OfficerTab(ListTab):
    """The designated authorising officers: an application names one who is in use."""

    def load(self, uow: UnitOfWork) -> list[OfficerRow]:
        return list_officers(uow)

    def retired(self, row: OfficerRow) -> bool:
        return not row.active

    def edit(self, row: OfficerRow | None) -> None:
        def save(entry: Any) -> OfficerRow:
            return call(self.store, lambda uow: save_officer(
                uow, row.id if row else None, row.version if row else None, entry.name,
                entry.grade, entry.active))
        saved = OfficerDialog.ask(self.parent, save, row)
        if saved is not None:
            self.refresh(saved.name)

    def toggle(self, row: OfficerRow | None) -> None:
        if row is not None:
            self.run(lambda uow: save_officer(uow, row.id, row.version, row.name, row.grade,
                                              not row.active), row.name)


class OffenceTab(ListTab):
    """The offences with their maximum penalty, which decides the crime threshold."""

    def load(self, uow: UnitOfWork) -> list[lists.OffenceRow]:
        return lists.offence_rows(uow)

    def edit(self, row: lists.OffenceRow | None) -> None:
        def save(entry: Offence) -> Any:
            if row is None:
                return call(self.store, lambda uow: save_offence(uow, None, None, entry))
            return call(self.store, lambda uow: lists.change_offence(uow, row.name, entry,
                                                                     row.version))
        saved = OffenceDialog.ask(self.parent, save, row.offence if row else None)
        if saved is not None:
            self.refresh(saved.name)

    def toggle(self, row: lists.OffenceRow | None) -> None:
        if row is not None:
            self.run(lambda uow: lists.retire_offence(
                uow, row.name, row.version, None if row.retired_on else self.today), row.name)


class CriterionTab(ListTab):
    """The checklist a mobile deployment request is checked against, in the partnership's order."""

    def __init__(self, parent: QWidget, store: Store, today: date, table: RecordTable) -> None:
        super().__init__(parent, store, today, table)
        self.up_button, self.down_button = QPushButton("Move &up"), QPushButton("Move do&wn")
        add_buttons(table, self.up_button, self.down_button)
        table.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.up_button.clicked.connect(lambda: self.move(self.table.current_row(), -1))
        self.down_button.clicked.connect(lambda: self.move(self.table.current_row(), 1))

    def load(self, uow: UnitOfWork) -> list[lists.CriterionRow]:
        return lists.criterion_rows(uow)

    def edit(self, row: lists.CriterionRow | None) -> None:
        name, chosen = QInputDialog.getText(
            self.parent, "Rename the criterion" if row else "New criterion",
            "The criterion, as the checklist says it:", QLineEdit.EchoMode.Normal,
            row.name if row else "")
        if not chosen:
            return
        self.run(lambda uow: lists.save_criterion(uow, name, row.name if row else "",
                                                  row.version if row else None),
                 " ".join(name.split()))

    def toggle(self, row: lists.CriterionRow | None) -> None:
        if row is not None:
            self.run(lambda uow: lists.retire_criterion(
                uow, row.name, row.version, None if row.retired_on else self.today), row.name)

    def move(self, row: lists.CriterionRow | None, step: int) -> None:
        if row is None:
            prompts.show_error(self.parent, "Select a criterion to move first.")
            return
        self.run(lambda uow: lists.move_criterion(uow, row.name, row.version, step), row.name)
