"""A person's or a case's interventions and breaches, on the people and problem-solving pages: each
intervention opens the ASB register at its record."""

from __future__ import annotations

import uuid
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day
from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.asb.record_text import breach_sentence
from jagdesk.services.asb.record_view import panel_rows
from jagdesk.store.opening import Store

COLUMNS = [
    Column("Reference", lambda r: r.reference),
    Column("Kind", lambda r: r.kind_title),
    Column("Status", lambda r: r.status.capitalize()),
    Column("Ends", lambda r: uk_day(r.ends_on) if r.ends_on else ""),
    Column("Breaches", lambda r: r.breaches or ""),
]
MUTED = "color: gray;"


class AsbPanel(QWidget):
    """The interventions about a person, or linked to a case, and their breaches."""

    def __init__(self, store: Store, whose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.whose = store, whose
        self.model = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Interventions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(f"No ASB interventions {whose} yet: warning letters, ABCs and orders are "
                            "recorded on the ASB powers page.")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED)
        self.breaches = QLabel()
        self.breaches.setWordWrap(True)
        self.breaches.setAccessibleName("Breaches")
        self.breaches.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton("&Open in the ASB register")
        self.open_button.setToolTip("Show the intervention on the ASB powers page (or double-click it)")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 2)
        column.addWidget(self.empty)
        column.addWidget(QLabel("<b>Breaches</b>"))
        column.addWidget(self.breaches, 1)
        column.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)

    def show_for(self, person_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None,
                 today: date | None = None) -> int:
        """Load the person's or the case's interventions; how many there are."""
        if person_id is None and case_id is None:
            self.model.set_rows([])
            return 0
        found = attempt(self, self.store, lambda uow: panel_rows(
            uow, today or date.today(), person_id=person_id, case_id=case_id))
        rows = found.interventions if found else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        breaches = found.breaches if found else []
        self.breaches.setText("<br/>".join(f"{escape(b.reference)}: {escape(breach_sentence(b))}"
                                           for b in breaches) or f"<span style='{MUTED}'>None.</span>")
        return len(rows)

    def rows(self) -> list[Any]:
        return self.model.rows()

    def open_selected(self) -> None:
        """The ASB register, at the intervention chosen."""
        chosen = self.table.selectionModel().selectedRows()
        row = chosen[0].data(ROW_ROLE) if chosen else None
        opener = getattr(self.window(), "show_intervention", None)
        if row is not None and opener is not None:
            opener(row.id)
