"""Dialogs for the partnership's reference data: agencies, contacts, localities and wards."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from jagdesk.domain.reference import AgencyType
from jagdesk.gui.dialogs.record_dialog import RecordDialog
from jagdesk.services.reference.agencies import AgencyInput, AgencyRow, ContactInput, ContactRow
from jagdesk.services.reference.localities import LocalityInput, LocalityRow, WardInput, WardRow

Save = Callable[[Any], Any]


def _choices(combo: QComboBox, items: Sequence[tuple[str, Any]], current: Any) -> None:
    for text, data in items:
        combo.addItem(text, data)
    # findData() cannot match Python objects such as UUIDs, so compare the items' data here.
    found = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
    combo.setCurrentIndex(found)


class AgencyDialog(RecordDialog):
    """Add or edit a partner agency."""

    def __init__(self, save: Save, initial: AgencyRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit agency" if initial else "New agency", save, parent)
        self.name = QLineEdit(initial.name if initial else "")
        self.agency_type = QComboBox()
        _choices(self.agency_type, [(t.label, t.value) for t in AgencyType],
                 initial.agency_type if initial else AgencyType.POLICE.value)
        self.active = QCheckBox("Active partner")
        self.active.setChecked(initial.active if initial else True)
        self.add_field("name", "&Name:", self.name)
        self.add_field("agency_type", "&Type:", self.agency_type)
        self.add_field("active", "", self.active)

    def values(self) -> AgencyInput:
        return AgencyInput(self.name.text(), str(self.agency_type.currentData()),
                           self.active.isChecked())


class ContactDialog(RecordDialog):
    """Add or edit a contact at a partner agency."""

    def __init__(self, save: Save, agencies: Sequence[AgencyRow], initial: ContactRow | None = None,
                 agency_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Edit contact" if initial else "New contact", save, parent)
        self.agency = QComboBox()
        _choices(self.agency, [(a.name, a.id) for a in agencies],
                 initial.agency_id if initial else agency_id)
        self.name = QLineEdit(initial.name if initial else "")
        self.role = QLineEdit(initial.role if initial else "")
        self.phone = QLineEdit(initial.phone if initial else "")
        self.email = QLineEdit(initial.email if initial else "")
        self.add_field("name", "&Name:", self.name)
        self.add_field("agency_id", "&Agency:", self.agency)
        self.add_field("role", "&Role:", self.role)
        self.add_field("phone", "&Phone:", self.phone)
        self.add_field("email", "E&mail:", self.email)

    def values(self) -> ContactInput:
        return ContactInput(self.agency.currentData(), self.name.text(), self.role.text(),
                            self.phone.text(), self.email.text())


class LocalityDialog(RecordDialog):
    """Add or edit a locality."""

    def __init__(self, save: Save, initial: LocalityRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit locality" if initial else "New locality", save, parent)
        self.name = QLineEdit(initial.name if initial else "")
        self.description = QPlainTextEdit(initial.description if initial else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.add_field("name", "&Name:", self.name)
        self.add_field("description", "&Description:", self.description)

    def values(self) -> LocalityInput:
        return LocalityInput(self.name.text(), self.description.toPlainText())


class WardDialog(RecordDialog):
    """Add or edit a ward and choose its locality."""

    def __init__(self, save: Save, localities: Sequence[LocalityRow],
                 initial: WardRow | None = None, locality_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit ward" if initial else "New ward", save, parent)
        self.code = QLineEdit(initial.code if initial else "")
        self.code.setPlaceholderText("ONS code, e.g. E05004746")
        self.name = QLineEdit(initial.name if initial else "")
        self.locality = QComboBox()
        _choices(self.locality, [("(no locality)", None)] + [(x.name, x.id) for x in localities],
                 initial.locality_id if initial else locality_id)
        self.add_field("name", "&Name:", self.name)
        self.add_field("code", "&Code:", self.code)
        self.add_field("locality_id", "&Locality:", self.locality)

    def values(self) -> WardInput:
        return WardInput(self.code.text(), self.name.text(), self.locality.currentData())
