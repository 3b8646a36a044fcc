"""The right-hand side of the people page: one person's fields, what they are linked to, and the
history of their record (with the records merged into it)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day_time
from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from jagdesk.gui.widgets.labels import heading_label, none_selected_label
from jagdesk.services.people.people import HistoryRow, PersonDetail, PersonLink

NONE_SELECTED = "Select a person on the left to see their details, what they are linked to and the " \
                "history of their record."
LINK_COLUMNS = [
    Column("Case", lambda r: r.reference or r.kind.capitalize()),
    Column("Title", lambda r: r.title),
    Column("Side", lambda r: r.side_title),
    Column("Role", lambda r: r.role),
]
HISTORY_COLUMNS = [
    Column("When", lambda r: uk_day_time(r.at)),
    Column("Who", lambda r: r.user),
    Column("What", lambda r: f"{r.action} (merged record '{r.record_title}')" if r.merged
           else r.action),
    Column("Changes", lambda r: r.summary),
]
# The fields shown, in reading order: (label, how to get the text from a PersonDetail).
FIELDS = (
    ("Also known as", lambda d: "\n".join(d.row.aliases)),
    ("Date of birth", lambda d: f"{d.row.born_text} (age {d.row.age})" if d.row.date_of_birth else ""),
    ("Address", lambda d: "\n".join(p for p in (d.data.address, d.row.postcode) if p)),
    ("Phone", lambda d: d.data.phone),
    ("Email", lambda d: d.data.email),
    ("Notes", lambda d: d.data.notes),
)
MUTED = "color: palette(mid);"


def _text(value: str) -> str:
    """Text as the user typed it, shown literally: markup characters stay characters."""
    return html.escape(value).replace("\n", "<br>") if value else f"<span style='{MUTED}'>not set</span>"


def _table(columns: Sequence[Column], name: str) -> tuple[QTableView, RowTableModel]:
    view = QTableView()
    model = RowTableModel(columns, view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAccessibleName(name)
    return view, model


class PersonDetails(QStackedWidget):
    """A person's fields, links and history; a hint when nobody is selected."""

    case_requested = Signal(object)  # the id of a case the user double-clicked in the links

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_selected = none_selected_label(NONE_SELECTED, MUTED)
        self.heading = heading_label()
        self.fields = QLabel()
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setWordWrap(True)
        self.fields.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fields.setAccessibleName("Details")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        self.links, self.links_model = _table(LINK_COLUMNS, "Linked to")
        self.history, self.history_model = _table(HISTORY_COLUMNS, "History")
        self.history.setWordWrap(True)
        self.links_empty = QLabel("Not linked to any case yet.")
        self.links_empty.setStyleSheet(MUTED)
        links_tab = QWidget()
        column = QVBoxLayout(links_tab)
        column.addWidget(self.links, 1)
        column.addWidget(self.links_empty)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, "De&tails")
        self.tabs.addTab(links_tab, "&Linked to")
        self.tabs.addTab(self.history, "H&istory")
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.addWidget(self.none_selected)
        self.addWidget(holder)
        self.links.doubleClicked.connect(self._on_links_double_clicked)

    def show_person(self, detail: PersonDetail | None, links: Sequence[PersonLink] = (),
                    history: Sequence[HistoryRow] = ()) -> None:
        """Show this person (None: the hint to select someone)."""
        if detail is None:
            self.setCurrentWidget(self.none_selected)
            return
        self.setCurrentIndex(1)
        row = detail.row
        facts = [f"age {row.age}" if row.age is not None else "", row.flags_text]
        facts_text = " · ".join(html.escape(f) for f in facts if f)
        self.heading.setText(f"<b style='font-size: 12pt'>{html.escape(row.name)}</b>"
                             f"&nbsp;&nbsp;{facts_text}")
        rows = "".join(f"<tr><td style='padding-right: 12px'><b>{label}:</b></td>"
                       f"<td>{_text(value(detail))}</td></tr>" for label, value in FIELDS)
        self.fields.setText(f"<table cellspacing='4'>{rows}</table>")
        self.links_model.set_rows(links)
        self.links_empty.setVisible(not links)
        self.links.resizeColumnsToContents()
        self.history_model.set_rows(history)
        # The changes wrap in the last column rather than run off the side.
        for column in range(len(HISTORY_COLUMNS) - 1):
            self.history.resizeColumnToContents(column)
        self.history.resizeRowsToContents()
        self.tabs.setTabText(1, f"&Linked to ({len(links)})")
        self.tabs.setTabText(2, f"H&istory ({len(history)})")

    def link_rows(self) -> list[PersonLink]:
        return self.links_model.rows()

    def history_rows(self) -> list[HistoryRow]:
        return self.history_model.rows()

    def _on_links_double_clicked(self, index: object) -> None:
        link = self.links_model.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if link is not None and link.case_id is not None:
            self.case_requested.emit(link.case_id)
