"""The localities page: localities, and the wards of the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.reference.locality_dialog import LocalityDialog
from jagdesk.gui.dialogs.reference.ward_dialog import WardDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.master_detail import MasterDetailPage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.reference import localities as svc
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

LOCALITY_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Wards", lambda r: r.ward_count),
    Column("Description", lambda r: r.description),
]
WARD_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Code", lambda r: r.code),
]


class LocalitiesPage(MasterDetailPage):
    """Localities and their wards."""

    title = "Localities and wards"
    master_table, detail_table = "locality", "ward"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            RecordTable("Localities", "locality", LOCALITY_COLUMNS),
            RecordTable("Wards", "ward", WARD_COLUMNS),
            parent,
        )
        self.master.set_empty_text(
            "No localities yet: press New locality to add the towns your locality meetings cover."
        )

    def load_master(self, uow: UnitOfWork) -> list[Any]:
        return svc.list_localities(uow)

    def load_detail(self, uow: UnitOfWork, master_row: Any) -> list[Any]:
        return svc.list_wards(uow, master_row.id)

    def detail_title(self, master_row: Any | None) -> str:
        return f"Wards in {master_row.name}" if master_row else "Wards"

    def detail_empty_text(self, master_row: Any | None) -> str:
        if master_row is None:
            return "Select a locality to see its wards."
        return f"No wards in {master_row.name} yet: press New ward to add one."

    def edit_master(self, row: svc.LocalityRow | None) -> Any:
        def save(data: svc.LocalityInput) -> svc.LocalityRow:
            return call(self.store, lambda uow: svc.save_locality(
                uow, data, row.id if row else None, row.version if row else None))
        return LocalityDialog.ask(self, save, row)

    def edit_detail(self, row: svc.WardRow | None) -> Any:
        localities = attempt(self, self.store, svc.list_localities) or []
        current = self.master.current_row()

        def save(data: svc.WardInput) -> svc.WardRow:
            return call(self.store, lambda uow: svc.save_ward(
                uow, data, row.id if row else None, row.version if row else None))
        return WardDialog.ask(self, save, localities, row, current.id if current else None)

    def delete_master_record(self, uow: UnitOfWork, row: Any) -> None:
        svc.delete_locality(uow, row.id, row.version)

    def delete_detail_record(self, uow: UnitOfWork, row: Any) -> None:
        svc.delete_ward(uow, row.id, row.version)
