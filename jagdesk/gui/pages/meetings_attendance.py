"""The Attendance tab: the contacts directory grouped by agency, each marked invited (before the
meeting), present, apologies or absent (or not on the list), guests with their agency; saved in one
go."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.meetings.vocabulary import ATTENDANCE_STATUSES, INVITED, Attendance
from jagdesk.services.meetings import AttendeeInput, AttendeeRow
from jagdesk.services.reference.agencies import ContactRow

COLUMNS = ("Name", "Invited", "Present", "Apologies", "Absent")
CHOICES = ATTENDANCE_STATUSES  # invited, present, apologies, absent: one column each
KEYS = {Qt.Key.Key_I: CHOICES.index(INVITED), Qt.Key.Key_P: CHOICES.index(Attendance.PRESENT),
        Qt.Key.Key_A: CHOICES.index(Attendance.APOLOGIES), Qt.Key.Key_X: CHOICES.index(Attendance.ABSENT)}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # (contact id | None, guest name, guest agency)


def list_key(attendees: Sequence[AttendeeRow]) -> tuple[tuple[object, ...], ...]:
    """What a saved list says, in order: who (a contact, or a guest's name and agency) and whether
    they came."""
    return tuple((a.contact_id, a.name if a.guest else "", a.agency if a.guest else "", a.attendance)
                 for a in attendees)


def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (group.child(i) for i in range(group.childCount()))
    return [child for child in found if child is not None]


class AttendanceTab(QWidget):
    """Who was invited and whether they came; Save attendance writes the whole list at once."""

    save_requested = Signal()
    guest_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        self._filling = False
        # The meeting's version the list shown was read at, passed back when it is saved, and the
        # list as it was then.
        self.version: int | None = None
        self._base: tuple[tuple[object, ...], ...] = ()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setAccessibleName("Attendance")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip("Tick one column for each person on the list: I invited (before the "
                             "meeting), P present, A apologies, X absent; Delete takes them off "
                             "the list.")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.hint = QLabel("Keys on a name: I invited · P present · A apologies · X absent · "
                           "Delete: not on the list")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.guest_button = QPushButton("Add g&uest…")
        self.remove_guest_button = QPushButton("Remove guest")
        self.save_button = QPushButton("&Save attendance")
        self.save_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.guest_button)
        buttons.addWidget(self.remove_guest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.installEventFilter(self)
        self.guest_button.clicked.connect(self.guest_requested)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.save_button.clicked.connect(self.save_requested)

    def show_attendance(self, contacts: Sequence[ContactRow], attendees: Sequence[AttendeeRow],
                        version: int | None) -> None:
        """Every contact under their agency, marked as the meeting's list says; guests too.
        `version` is the meeting's, as read with the list."""
        self.version = version
        self._base = list_key(attendees)
        marked = {a.contact_id: a.attendance for a in attendees if a.contact_id is not None}
        self._filling = True
        try:
            self.tree.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            for contact in sorted(contacts, key=lambda c: (c.agency_name.casefold(), c.name.casefold())):
                self._person(groups, contact.agency_name, contact.name, (contact.id, "", ""),
                             marked.get(contact.id))
            for guest in (a for a in attendees if a.contact_id is None):
                self._person(groups, guest.agency or "(no agency)", f"{guest.name} (guest)",
                             (None, guest.name, guest.agency), guest.attendance)
            for group in groups.values():
                # Agencies with someone on the list open; the others folded away.
                group.setExpanded(any(self._attendance(child) for child in _children(group)))
        finally:
            self._filling = False
        self.dirty = False
        self._update_buttons()

    def rebase(self, attendees: Sequence[AttendeeRow], version: int) -> None:
        """The meeting was read again (at `version`) while the list has unsaved changes: if its list
        is still the one the changes started from, they are saved over that version (the meeting
        changed elsewhere: its details, its agenda, or this user's own saves); if not, the version
        read first is kept, so that saving is refused rather than undo a colleague's list."""
        if list_key(attendees) == self._base:
            self.version = version

    def _person(self, groups: dict[str, QTreeWidgetItem], agency: str, name: str,
                entry: tuple[uuid.UUID | None, str, str], attendance: str | None) -> QTreeWidgetItem:
        group = groups.get(agency)
        if group is None:
            group = QTreeWidgetItem(self.tree, [agency])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            groups[agency] = group
        item = QTreeWidgetItem(group, [name])
        item.setData(0, ENTRY_ROLE, entry)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        for column, value in enumerate(CHOICES, start=1):
            item.setCheckState(column, Qt.CheckState.Checked if attendance == value
                               else Qt.CheckState.Unchecked)
        return item

    def groups(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [group for group in found if group is not None]

    def people(self) -> list[QTreeWidgetItem]:
        return [person for group in self.groups() for person in _children(group)]

    @staticmethod
    def _attendance(item: QTreeWidgetItem) -> str | None:
        return next((value for column, value in enumerate(CHOICES, start=1)
                     if item.checkState(column) == Qt.CheckState.Checked), None)

    def set_attendance(self, item: QTreeWidgetItem, attendance: str | None) -> None:
        """Mark one person (None: not on the list); the columns stay one of three."""
        self._filling = True
        try:
            for column, value in enumerate(CHOICES, start=1):
                item.setCheckState(column, Qt.CheckState.Checked if value == attendance
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._changed()

    def person(self, name: str) -> QTreeWidgetItem | None:
        return next((item for item in self.people() if item.text(0) == name), None)

    def entries(self) -> list[AttendeeInput]:
        """The list as it will be saved: everyone marked, agency by agency."""
        found = []
        for item in self.people():
            attendance = self._attendance(item)
            if attendance is not None:
                contact_id, guest, agency = item.data(0, ENTRY_ROLE)
                found.append(AttendeeInput(contact_id=contact_id, guest_name=guest,
                                           guest_agency=agency, attendance=attendance))
        return found

    def add_guest(self, entry: AttendeeInput) -> None:
        """A guest typed in the guest dialog; saved with the rest."""
        groups = {group.text(0): group for group in self.groups()}
        agency = entry.guest_agency.strip() or "(no agency)"
        item = self._person(groups, agency, f"{entry.guest_name.strip()} (guest)",
                            (None, entry.guest_name.strip(), entry.guest_agency.strip()), None)
        groups[agency].setExpanded(True)
        self.set_attendance(item, entry.attendance)
        self.tree.setCurrentItem(item)

    def remove_guest(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None or item.data(0, ENTRY_ROLE)[0] is not None:
            return
        group = item.parent()
        assert group is not None
        group.removeChild(item)
        if group.childCount() == 0:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
        self._changed()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column == 0:
            return
        if item.checkState(column) == Qt.CheckState.Checked:
            self.set_attendance(item, CHOICES[column - 1])  # ticking one column clears the others
        else:
            self._changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            item = self.tree.currentItem()
            if item is not None and item.parent() is not None and not event.modifiers():
                if event.key() in KEYS:
                    self.set_attendance(item, CHOICES[KEYS[Qt.Key(event.key())]])
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.set_attendance(item, None)
                    return True
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        counts = {value: 0 for value in CHOICES}
        for item in self.people():
            attendance = self._attendance(item)
            if attendance is not None:
                counts[attendance] += 1
        # "3 invited" until the meeting, then who came: no "0 invited" once everyone is marked.
        self.summary.setText(", ".join(f"{counts[v]} {v}" for v in CHOICES
                                       if v != INVITED or counts[v]))
        self.save_button.setEnabled(self.dirty)
        current: Any = self.tree.currentItem()
        self.remove_guest_button.setEnabled(
            current is not None and current.parent() is not None
            and current.data(0, ENTRY_ROLE)[0] is None)
