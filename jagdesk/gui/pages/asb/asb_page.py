"""The ASB powers register: every intervention (warning letters, ABCs, injunctions, orders, notices,
closures) filtered by kind, status and text, and beside the one chosen its terms, breaches, letters
and rule warnings, with the steps its lifecycle allows from where it stands."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.asb.vocabulary import Kind, Status
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.asb.record_text import EMPTY, detail_html
from jagdesk.gui.pages.asb.register_actions import RegisterActions
from jagdesk.gui.pages.asb.register_model import RegisterModel
from jagdesk.gui.pages.common.page import Page
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.record_view import RecordView, record_view
from jagdesk.services.asb.types import InterventionRow
from jagdesk.store.opening import Store

STARTS_COLUMN = 4
# The steps' buttons, as the officer reads them ("Signed…" records that it was signed).
STEP_TEXT = {Status.APPLIED.value: "Applied for…", Status.CONSULTED.value: "Consulted on…"}


class AsbPage(Page):
    """The interventions register; `today` None is the real today (the warnings are counted on it)."""

    title = "ASB powers"

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today
        self.view_data: RecordView | None = None
        self._wanted: uuid.UUID | None = None  # a record to show once the register is loaded
        self.register = RegisterActions(self)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Kind")
        self.kind_filter.addItem("Every kind", "")
        for kind in Kind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Status")
        self.status_filter.addItem("Every status", "")
        for status in Status:
            self.status_filter.addItem(status.value.capitalize(), status.value)
        self.search = QLineEdit(placeholderText="Search references and names (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the register")
        self.count = QLabel()
        top = QHBoxLayout()
        for widget in (QLabel("<b>Interventions</b>"), self.kind_filter, self.status_filter):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.model = RegisterModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Interventions")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(STARTS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.new_button = QPushButton("&New intervention…")
        self.letters_button = QPushButton("&Letters to roads…")
        self.settings_button = QPushButton("Se&ttings…")
        self.settings_button.setToolTip("An ABC's length and review, the expiry warning, the Respect "
                                        "Order's commencement")
        below = QHBoxLayout()
        for button in (self.new_button, self.letters_button, self.settings_button):
            below.addWidget(button)
        below.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addLayout(below)
        self.text = QTextBrowser()
        self.text.setAccessibleName("The intervention in full")
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.suggest_button = QPushButton()
        self.steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, text) in enumerate((("edit", "&Edit…"), ("term", "Add te&rm…"),
                                          ("breach", "Record &breach…"), ("letter", "&Write letter…"),
                                          ("delete", "&Delete"), ("show_on_map", "Show on &map"))):
            button = QPushButton(text)
            self.buttons[name] = button
            grid.addWidget(button, n // 3, n % 3)
        right = QWidget()
        pane = QVBoxLayout(right)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.text, 1)
        pane.addWidget(self.suggestion)
        pane.addWidget(self.suggest_button)
        pane.addWidget(QLabel("<b>Next step</b>"))
        pane.addLayout(self.steps)
        pane.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([830, 330])  # the register's columns first; the pane wraps its text
        QVBoxLayout(self).addWidget(self.splitter)
        self._connect_signals()
        self.hide_suggestion()
        self._show_selected()

    def _connect_signals(self) -> None:
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.register.edit())
        self.new_button.clicked.connect(lambda: self.register.new_intervention())
        self.letters_button.clicked.connect(lambda: self.register.letter(to_roads=True))
        self.settings_button.clicked.connect(self.register.settings)
        self.suggest_button.clicked.connect(self.register.follow_suggestion)
        for name, button in self.buttons.items():
            button.clicked.connect(getattr(self.register, name))

    def day(self) -> date:
        """The day the warnings are counted on and the dialogs open at."""
        return self.today or date.today()

    # Loading and choosing ------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current()
        keep = self._wanted or (current.id if current else None)
        rows = attempt(self, self.store, lambda uow: list_interventions(uow, today=self.day()))
        if rows is None:
            return
        with self.quietly():
            self.model.set_rows(rows)
        self._wanted = None
        self._count()
        if keep is None or not self.select(keep):
            self._show_selected()
        self.view.resizeColumnsToContents()
        # Long kinds and addresses elided; the warnings take the room left (each in full as a tip).
        for column, widest in ((1, 115), (2, 140), (7, 64), (8, 90)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))

    def show_intervention(self, record_id: uuid.UUID) -> None:
        """Open the register at one intervention (from a person's or a case's panel)."""
        self._wanted = record_id
        if self.model.total() and self.select(record_id):
            self._wanted = None

    def select(self, record_id: uuid.UUID) -> bool:
        """Select the record, clearing the filter if it hides it; False when it is not there."""
        position = self.model.position_of(record_id)
        if position is None and self.model.contains(record_id):
            with self.quietly():
                self.kind_filter.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(0)
                self.search.clear()
            self.model.set_filter()
            self._count()
            position = self.model.position_of(record_id)
        if position is None:
            return False
        self.view.selectRow(position)
        self.view.scrollTo(self.model.index(position, 0))
        self._show_selected()
        return True

    def current(self) -> InterventionRow | None:
        """The intervention selected, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _filter_changed(self) -> None:
        if self._quiet:
            return
        self.model.set_filter(self.kind_filter.currentData(), self.status_filter.currentData(),
                              self.search.text())
        self._count()
        self._show_selected()

    def _count(self) -> None:
        self.count.setText(f"{self.model.rowCount()} of {self.model.total()}")

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self.hide_suggestion()
            self._show_selected()

    def _show_selected(self) -> None:
        row = self.current()
        self.view_data = None
        if row is not None:
            self.view_data = attempt(self, self.store, lambda uow: record_view(uow, row.id, self.day()))
        data = self.view_data
        if data is None:
            self.text.setHtml(EMPTY if not self.model.total() else
                              "<p>Choose an intervention to see it in full and take its next step.</p>")
        else:
            self.text.setHtml(detail_html(data.detail, data.breaches, data.letters))
        self._set_steps(data.detail.next_statuses if data else ())
        for name, button in self.buttons.items():
            on = data is not None and (name != "letter" or data.detail.row.person_id is not None)
            button.setEnabled(on)
        # Only a record with an area drawn on the map has one to show there.
        self.buttons["show_on_map"].setVisible(data is not None and bool(data.detail.data.area))

    def _set_steps(self, statuses: tuple[str, ...]) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.step_buttons = {}
        for status in statuses:
            button = QPushButton(STEP_TEXT.get(status, f"{status.capitalize()}…"))
            button.setToolTip(f"Record that it has become {status}, and the day")
            button.clicked.connect(lambda _=False, chosen=status: self.register.step(chosen))
            self.steps.addWidget(button)
            self.step_buttons[status] = button
        if not statuses:
            none = QLabel("None: it does not change status any more." if self.view_data else "")
            none.setStyleSheet("color: gray;")
            self.steps.addWidget(none)
        self.steps.addStretch(1)

    # After a dialog --------------------------------------------------------------------------------
    def after_save(self, record_id: uuid.UUID, said: str) -> None:
        """Reload and show the record a dialog saved."""
        self._wanted = record_id
        self.refresh()
        self.tell(said)
        self.view.setFocus()

    def show_suggestion(self, sentence: str, button_text: str) -> None:
        self.suggestion.setText(sentence)
        self.suggestion.show()
        self.suggest_button.setText(button_text)
        self.suggest_button.setVisible(bool(button_text))

    def hide_suggestion(self) -> None:
        self.suggestion.hide()
        self.suggest_button.hide()

    def new_record(self) -> None:
        self.register.new_intervention()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
