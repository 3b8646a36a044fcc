"""The partner agencies page: agencies, and the contacts at the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.reference.agency_dialog import AgencyDialog
from jagdesk.gui.dialogs.reference.contact_dialog import ContactDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.master_detail import MasterDetailPage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.reference import agencies as svc
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

AGENCY_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Type", lambda r: r.type_title),
    Column("Active", lambda r: r.active),
    Column("Contacts", lambda r: r.contact_count),
]
CONTACT_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Role", lambda r: r.role),
    Column("Phone", lambda r: r.phone),
    Column("Email", lambda r: r.email),
]


class AgenciesPage(MasterDetailPage):
    """Partner agencies and their contacts."""

    title = "Agencies and contacts"
    master_table, detail_table = "agency", "contact"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            RecordTable("Partner agencies", "agency", AGENCY_COLUMNS),
            RecordTable("Contacts", "contact", CONTACT_COLUMNS),
            parent,
        )
        self.master.set_empty_text(
            "No partner agencies yet: press New agency to add the police, the council and the rest."
        )

    def load_master(self, uow: UnitOfWork) -> list[Any]:
        return svc.list_agencies(uow)

    def load_detail(self, uow: UnitOfWork, master_row: Any) -> list[Any]:
        return svc.list_contacts(uow, master_row.id)

    def detail_title(self, master_row: Any | None) -> str:
        return f"Contacts at {master_row.name}" if master_row else "Contacts"

    def detail_empty_text(self, master_row: Any | None) -> str:
        if master_row is None:
            return "Select an agency to see its contacts."
        return f"No contacts at {master_row.name} yet: press New contact to add one."

    def edit_master(self, row: svc.AgencyRow | None) -> Any:
        def save(data: svc.AgencyInput) -> svc.AgencyRow:
            return call(self.store, lambda uow: svc.save_agency(
                uow, data, row.id if row else None, row.version if row else None))
        return AgencyDialog.ask(self, save, row)

    def edit_detail(self, row: svc.ContactRow | None) -> Any:
        agencies = attempt(self, self.store, svc.list_agencies) or []
        current = self.master.current_row()

        def save(data: svc.ContactInput) -> svc.ContactRow:
            return call(self.store, lambda uow: svc.save_contact(
                uow, data, row.id if row else None, row.version if row else None))
        return ContactDialog.ask(self, save, agencies, row, current.id if current else None)

    def delete_master_record(self, uow: UnitOfWork, row: Any) -> None:
        svc.delete_agency(uow, row.id, row.version)

    def delete_detail_record(self, uow: UnitOfWork, row: Any) -> None:
        svc.delete_contact(uow, row.id, row.version)
