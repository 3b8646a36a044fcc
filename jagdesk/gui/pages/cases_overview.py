"""The Overview tab of a case: its problem statement, status, owner, locality, partners, places and
review date, and the buttons that close or reopen it."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import CaseStatus
from jagdesk.gui.dialogs.common.fields import choices, date_edit, tab_chain, text_box
from jagdesk.gui.pages.cases_parts import CaseTab, OptionalDate, check_list, checked_values, day
from jagdesk.services.hotspots.hotspots import HotspotRow
from jagdesk.services.problem_solving.cases import CaseDetail
from jagdesk.services.reference.agencies import AgencyRow, ContactRow
from jagdesk.services.reference.localities import LocalityRow

# A case is closed and reopened with its own buttons, which ask for the reason.
WORKING = [(s.label, s.value) for s in CaseStatus if s != CaseStatus.CLOSED]


@dataclass(frozen=True)
class Choices:
    """What a case's fields are chosen from, read once per load."""

    contacts: Sequence[ContactRow] = ()
    localities: Sequence[LocalityRow] = ()
    agencies: Sequence[AgencyRow] = ()
    hotspots: Sequence[HotspotRow] = ()


def contact_items(contacts: Sequence[ContactRow], none: str) -> list[tuple[str, Any]]:
    return [(none, None)] + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts]


class OverviewTab(CaseTab):
    """The case's statement and who is working it, editable; closing and reopening."""

    close_requested = Signal()
    reopen_requested = Signal()
    places_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.behaviour = text_box("", 64, "What is happening: the behaviour people complain of")
        self.place = text_box("", 64, "Where exactly: the street, shop, park or block")
        self.time_pattern = text_box("", 52, "When: days, times, season")
        self.status = QComboBox()
        self.opened_on = date_edit()
        self.review_on = OptionalDate()
        self.owner = QComboBox()
        self.locality = QComboBox()
        self.agencies = check_list("Partner agencies involved", [], [], 200)
        self.agencies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agencies.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.closed = QLabel()
        self.closed.setWordWrap(True)
        self.hotspots = QLabel()
        self.hotspots.setWordWrap(True)
        self.hotspots.setTextFormat(Qt.TextFormat.RichText)
        self.hotspots.setAccessibleName("Hotspots linked")
        self.places_button = QPushButton("Choose &places…")
        self.places_button.setToolTip("The hotspots are linked on the location side of the triangle")
        self.close_button = QPushButton("&Close case…")
        self.reopen_button = QPushButton("&Reopen…")
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(left, "name", "&Title:", self.name)
        self.add_field(left, "behaviour", "&Behaviour:", self.behaviour)
        self.add_field(left, "place", "Pla&ce:", self.place)
        self.add_field(left, "time_pattern", "T&ime:", self.time_pattern)
        self.add_field(left, "status", "Stat&us:", self.status)
        left.addRow("", self.closed)
        self.add_field(left, "opened_on", "Opened &on:", self.opened_on)
        self.add_field(left, "review_on", "Re&view on:", self.review_on)
        self.add_field(right, "owner_id", "O&wner:", self.owner)
        self.add_field(right, "locality_id", "&Locality:", self.locality)
        self.add_field(right, "agency_ids", "Partner a&gencies:", self.agencies)
        places = QWidget()
        places_column = QVBoxLayout(places)
        places_column.setContentsMargins(0, 0, 0, 0)
        places_column.addWidget(self.hotspots)
        places_column.addWidget(self.places_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addRow("Hotspots:", places)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(16)
        columns.addLayout(right, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addLayout(self.save_row(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(buttons)
        tab_chain(self.name, self.behaviour, self.place, self.time_pattern, self.status,
                  self.opened_on, self.review_on.edit, self.owner, self.locality, self.agencies,
                  self.places_button, self.close_button, self.reopen_button, self.save_button)
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.places_button.clicked.connect(self.places_requested)

    def set_choices(self, lists: Choices, detail: CaseDetail) -> None:
        """Fill the lists to choose from (contacts, localities, agencies) for this case."""
        for combo in (self.owner, self.locality, self.status):
            combo.clear()
        choices(self.owner, contact_items(lists.contacts, "(no owner yet)"), detail.owner_id)
        choices(self.locality, [("(none)", None)] + [(x.name, x.id) for x in lists.localities],
                detail.locality_id)
        statuses = WORKING if detail.status != CaseStatus.CLOSED else [("Closed", "closed")]
        choices(self.status, statuses, detail.status)
        self.agencies.clear()
        agencies = [(a.name, a.id) for a in lists.agencies if a.active or a.id in detail.agency_ids]
        fresh = check_list("", agencies, detail.agency_ids)
        while fresh.count():
            self.agencies.addItem(fresh.takeItem(0))

    def show_case(self, detail: CaseDetail, lists: Choices) -> None:
        """Show the case; fields the user has changed and not saved are kept."""
        closed = detail.status == CaseStatus.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.status.setEnabled(not closed)
        self.closed.setText(f"Closed on {day(detail.closed_on)}: {detail.closed_reason}" if closed else "")
        self.closed.setVisible(closed)
        names = [html.escape(h.name) for h in detail.hotspots]
        self.hotspots.setText("<br>".join(names) if names else
                              "<span style='color: palette(mid)'>none linked yet</span>")
        if self.dirty:
            return

        def fill() -> None:
            self.set_choices(lists, detail)
            self.name.setText(detail.name)
            self.name.setCursorPosition(0)
            self.behaviour.setPlainText(detail.behaviour)
            self.place.setPlainText(detail.place)
            self.time_pattern.setPlainText(detail.time_pattern)
            opened = detail.opened_on
            self.opened_on.setDate(QDate(opened.year, opened.month, opened.day))
            self.review_on.set_value(detail.review_on)

        self.fill(fill)

    def values(self) -> dict[str, Any]:
        opened = self.opened_on.date().toPython()
        assert isinstance(opened, date)
        agency_ids: tuple[uuid.UUID, ...] = checked_values(self.agencies)
        return {
            "name": self.name.text(), "behaviour": self.behaviour.toPlainText(),
            "place": self.place.toPlainText(), "time_pattern": self.time_pattern.toPlainText(),
            "status": self.status.currentData(), "opened_on": opened,
            "review_on": self.review_on.value(), "owner_id": self.owner.currentData(),
            "locality_id": self.locality.currentData(), "agency_ids": agency_ids,
        }
