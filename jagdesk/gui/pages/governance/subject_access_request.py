"""A subject access request asked from a person's page: the disclosure written as PDF and JSON in
the folder chosen, then the request recorded (due one calendar month later, on the dashboard)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from jagdesk.errors import ValidationError
from jagdesk.exports.governance.subject_access import write_disclosure
from jagdesk.gui import settings
from jagdesk.gui.dialogs.governance.subject_access_dialog import AccessEntry, SubjectAccessDialog
from jagdesk.gui.operations import call
from jagdesk.services.governance.requests import RequestRow, record_request
from jagdesk.services.governance.subject_access import export_subject_access
from jagdesk.store.opening import Store


def ask_subject_access(parent: QWidget, store: Store, person_id: uuid.UUID, name: str,
                       today: date) -> tuple[RequestRow, Path, Path] | None:
    """Ask for the request's date and folder, write the two files and record the request; what
    was recorded and written, or None when the user cancelled."""

    def save(entry: AccessEntry) -> tuple[RequestRow, Path, Path]:
        if not entry.folder.is_dir():
            raise ValidationError({"folder": "Choose a folder that exists."})
        if entry.received_on > today:
            raise ValidationError({"received_on": "A request cannot be received after today."})
        disclosure = call(store, lambda uow: export_subject_access(uow, person_id, today, entry.folder))
        pdf, data = write_disclosure(disclosure, entry.folder)
        settings.remember_export_folder(pdf)
        request = call(store, lambda uow: record_request(uow, person_id, entry.received_on, today))
        return request, pdf, data

    saved: tuple[RequestRow, Path, Path] | None = SubjectAccessDialog.ask(
        parent, save, name, today, settings.export_folder())
    return saved
