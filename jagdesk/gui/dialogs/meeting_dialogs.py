"""Dialogs of the meetings page: a new meeting, an agenda item, the agenda builder's proposals and a
guest on the attendance list. The meeting's fields are shared with its Details tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from jagdesk.domain.meetings.vocabulary import ATTENDANCE_STATUSES, Attendance, ItemKind, attendance_label
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.gui.dialogs.hotspot_dialogs import Save, choices, tab_chain
from jagdesk.gui.dialogs.record_dialog import RecordDialog
from jagdesk.gui.pages.meetings.meeting_fields import MeetingFields
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    ItemRow,
    MeetingInput,
    MeetingTypeRow,
    SeriesRow,
)
from jagdesk.services.meetings.agenda_builder import Proposal
from jagdesk.services.reference.agencies import ContactRow


class NewMeetingDialog(RecordDialog):
    """A new meeting: its type and series, title, when and where, chair, minute-taker, marking."""

    def __init__(self, save: Save, types: Sequence[MeetingTypeRow], series: Sequence[SeriesRow],
                 contacts: Sequence[ContactRow], cases: Sequence[Any],
                 defaults: dict[Any, MeetingInput] | None = None,
                 parent: QWidget | None = None) -> None:
        """`defaults`: what a new meeting of each series starts from (services' series_defaults)."""
        super().__init__("New meeting", save, parent)
        self.setMinimumWidth(560)
        self.fields = MeetingFields(types, series, contacts, cases, defaults=defaults)
        f = self.fields
        self.add_field("meeting_type_id", "T&ype:", f.meeting_type)
        self.add_field("series_id", "Se&ries:", f.series)
        self.add_field("case_id", "&Case:", f.case)
        self.add_field("name", "&Title:", f.name)
        self.add_field("held_on", "&Date:", f.held_on)
        self.add_field("starts_at", "T&ime:", f.times)
        self.add_field("venue", "&Venue:", f.venue)
        self.add_field("chair_id", "C&hair:", f.chair)
        self.add_field("minute_taker_id", "&Minute-taker:", f.minute_taker)
        self.add_field("marking", "Mar&king:", f.marking)
        self._fields["ends_at"] = f.ends_at
        self._error_labels["ends_at"] = self._error_labels["starts_at"]
        tab_chain(*f.widgets())
        f.meeting_type.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()
        f.series.setFocus()

    def _on_type_changed(self, _index: int = 0) -> None:
        holder = self.fields.case.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, self.fields.is_problem_solving())

    def values(self) -> MeetingInput:
        return self.fields.values()


class ItemDialog(RecordDialog):
    """Add or edit an agenda item: its title, kind, and the hotspot or case (and side) it is about."""

    def __init__(self, save: Save, hotspots: Sequence[Any], cases: Sequence[Any],
                 problem_solving: bool = False, initial: ItemRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit agenda item" if initial else "New agenda item", save, parent)
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setMaxLength(300)
        self.kind = QComboBox()
        choices(self.kind, [(k.label, k.value) for k in ItemKind],
                initial.kind if initial else ItemKind.GENERAL.value)
        self.hotspot = QComboBox()
        choices(self.hotspot, [("(none)", None)] + [(h.name, h.id) for h in hotspots],
                initial.hotspot_id if initial else None)
        self.case = QComboBox()
        choices(self.case, [("(none)", None)] + [(f"{c.reference} {c.name}", c.id) for c in cases],
                initial.case_id if initial else None)
        self.side = QComboBox()
        choices(self.side, [("(no side)", "")] + [(s.label, s.value) for s in Side],
                initial.side if initial else "")
        for combo in (self.hotspot, self.case):
            combo.setMaxVisibleItems(20)
            combo.setMinimumContentsLength(30)
        self.add_field("name", "&Title:", self.name)
        self.add_field("kind", "&Kind:", self.kind)
        self.add_field("hotspot_id", "&Hotspot:", self.hotspot)
        self.add_field("case_id", "&Case:", self.case)
        self.add_field("side", "&Side:", self.side)
        holder = self.side.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, problem_solving)
        tab_chain(self.name, self.kind, self.hotspot, self.case, self.side)
        self.name.setFocus()

    def values(self) -> ItemInput:
        return ItemInput(name=self.name.text(), kind=str(self.kind.currentData()),
                         hotspot_id=self.hotspot.currentData(), case_id=self.case.currentData(),
                         side=str(self.side.currentData() or ""))


class BuildAgendaDialog(RecordDialog):
    """The items the store suggests, each with its reason; the checked ones are added."""

    def __init__(self, save: Save, proposals: Sequence[Proposal], parent: QWidget | None = None) -> None:
        super().__init__("Build the agenda", save, parent)
        self.setMinimumSize(900, 460)
        self.proposals = list(proposals)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["Item", "Why"])
        self.list.setAccessibleName("Proposed items")
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 360)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, proposal in enumerate(self.proposals):
            item = QTreeWidgetItem([proposal.name, proposal.reason])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            kind = ItemKind(proposal.kind).label if proposal.kind in set(ItemKind) else proposal.kind
            item.setToolTip(0, f"{proposal.name} ({kind})")
            item.setToolTip(1, proposal.reason)
            self.list.addTopLevelItem(item)
        intro = QLabel("Uncheck what this meeting does not need (Space checks and unchecks); the "
                       "checked items are added at the end of the agenda, in this order."
                       if self.proposals else "Nothing to propose: every open action, active "
                       "hotspot and case due for review is already on the agenda.")
        intro.setWordWrap(True)
        # The reasons are sentences: the selected one is shown whole under the list.
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setMinimumHeight(self.why.fontMetrics().lineSpacing() * 2)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(intro)
        self.form.addRow(self.list)
        self.form.addRow(self.why)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self._error_labels["proposals"] = self.general_error
        save_button = self.buttons.button(self.buttons.StandardButton.Save)
        save_button.setText("&Add to agenda")
        self.list.setFocus()
        if self.items():
            self.list.setCurrentItem(self.items()[0])

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.why.setText(f"{item.text(0)}: {item.text(1)}" if item is not None else "")

    def items(self) -> list[QTreeWidgetItem]:
        found = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [item for item in found if item is not None]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.items():
            item.setCheckState(0, state)

    def values(self) -> list[Proposal]:
        return [self.proposals[item.data(0, Qt.ItemDataRole.UserRole)] for item in self.items()
                if item.checkState(0) == Qt.CheckState.Checked]


class GuestDialog(RecordDialog):
    """Someone at the meeting who is not in the contacts directory."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__("Add a guest", save, parent)
        self.guest_name = QLineEdit()
        self.guest_agency = QLineEdit()
        self.guest_agency.setPlaceholderText("Their organisation, or 'Resident'")
        self.attendance = QComboBox()
        choices(self.attendance, [(attendance_label(a), a) for a in ATTENDANCE_STATUSES],
                Attendance.PRESENT.value)
        self.add_field("guest_name", "&Name:", self.guest_name)
        self.add_field("guest_agency", "&Agency:", self.guest_agency)
        self.add_field("attendance", "A&ttendance:", self.attendance)
        tab_chain(self.guest_name, self.guest_agency, self.attendance)
        self.guest_name.setFocus()

    def values(self) -> AttendeeInput:
        return AttendeeInput(contact_id=None, guest_name=self.guest_name.text(),
                             guest_agency=self.guest_agency.text(),
                             attendance=str(self.attendance.currentData()))

