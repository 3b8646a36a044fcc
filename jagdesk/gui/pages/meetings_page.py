"""The meetings page: meetings on the left (by series, searchable); the selected meeting on the right
in tabs: Details, Attendance, Agenda, Minutes (the minutes-taking mode) and Actions."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.wording import tabs_text
from jagdesk.domain.meetings.vocabulary import INVITED, ItemKind, MeetingStatus
from jagdesk.gui import prompts, settings
from jagdesk.gui.dialogs.common.fields import tab_chain
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.cases_parts import table_day
from jagdesk.gui.pages.cases_view import OpenCount
from jagdesk.gui.pages.meetings_actions import ActionsTab, fit_columns
from jagdesk.gui.pages.meetings_attendance import AttendanceTab
from jagdesk.gui.pages.meetings_details import DetailsTab
from jagdesk.gui.pages.meetings_view import ALL_SERIES, heading_html, read_matters, read_meeting
from jagdesk.gui.pages.meetings_work import MeetingWork
from jagdesk.gui.widgets.agenda_list import AgendaList
from jagdesk.gui.widgets.labels import buddy_label
from jagdesk.gui.widgets.minutes_editor import MinutesEditor
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services import meetings as svc
from jagdesk.store.opening import Store

COLUMNS = [
    Column("Date", lambda r: table_day(r.held_on)),
    Column("Title", lambda r: r.name),
    Column("Type", lambda r: r.meeting_type),
    Column("Status", lambda r: MeetingStatus(r.status).label if r.status in set(MeetingStatus)
           else r.status),
    Column("Actions", lambda r: OpenCount(r.open_actions) if r.open_actions else None),
]
NONE_SELECTED = ("Select a meeting on the left, or press New meeting (Ctrl+N) to arrange the next "
                 "one: its attendance, agenda, minutes and actions are kept here.")
TAB_NAMES = ("&Details", "A&ttendance", "Agend&a", "&Minutes", "Acti&ons")


class MeetingsPage(MeetingWork):
    """Meetings on the left; the selected meeting's tabs on the right."""

    title = "Meetings"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.view: Any = None
        self._wanted_series: str | None = None
        self.list = RecordTable("Meetings", "meeting", COLUMNS)
        self.list.edit_button.hide()  # the meeting is edited in its tabs
        # No Alt+N or Alt+D here: Alt+N is the minutes mode's next item, Alt+D the Details tab.
        self.list.new_button.setText("New meeting…")
        self.list.new_button.setToolTip("Ctrl+N")
        self.list.delete_button.setText("Delete meeting")
        self.list.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.list.set_empty_text("No meetings yet: press New meeting to arrange the first.")
        self.series_filter = QComboBox()
        self.series_filter.setAccessibleName("Show meetings of the series")
        self.series_filter.addItem("All series", ALL_SERIES)
        self.series_filter.setMinimumContentsLength(12)
        self._beside_search(buddy_label("Se&ries:", self.series_filter), self.series_filter)
        self._build_meeting()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([430, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_chain(self.series_filter, self.list.search, self.list.view, self.list.new_button,
                  self.list.delete_button, self.tabs)
        self._connect_signals()

    def _beside_search(self, *widgets: QWidget) -> None:
        outer = self.list.layout()
        assert outer is not None
        first = outer.itemAt(0)
        row = first.layout() if first is not None else None
        assert isinstance(row, QBoxLayout)
        at = row.indexOf(self.list.search)
        for widget in reversed(widgets):
            row.insertWidget(at, widget)

    def _build_meeting(self) -> None:
        self.details = DetailsTab()
        self.attendance = AttendanceTab()
        self.agenda = AgendaList()
        self.minutes = MinutesEditor(self.store)
        self.actions_tab = ActionsTab()
        self.tabs = QTabWidget()
        for tab, name in zip((self.details, self.attendance, self.agenda, self.minutes, self.actions_tab),
                             TAB_NAMES, strict=True):
            self.tabs.addTab(tab, name)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.word_button = QPushButton("Minutes to &Word…")
        self.pack_button = QPushButton("Meeting pack (PDF)…")
        self.pack_button.setToolTip("The pack partners read before the meeting; a public version "
                                    "leaves out people's names")
        self.print_button = QPushButton("Print pack…")
        self.calendar_button = QPushButton("Calendar (.ics)…")
        self.calendar_button.setToolTip("The series' meetings and its open actions' due dates, for "
                                        "Outlook or another calendar")
        buttons = QHBoxLayout()
        for button in (self.word_button, self.pack_button, self.print_button, self.calendar_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(buttons)
        column.addWidget(self.tabs, 1)
        self.none_selected = QLabel(NONE_SELECTED)
        self.none_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.none_selected.setWordWrap(True)
        self.none_selected.setStyleSheet("color: palette(placeholder-text);")
        self.body = QStackedWidget()
        self.body.addWidget(self.none_selected)
        self.body.addWidget(holder)

    def _connect_signals(self) -> None:
        self.series_filter.currentIndexChanged.connect(lambda _i: self._reload())
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.new_requested.connect(self.new_meeting)
        self.list.delete_requested.connect(self.delete_meeting)
        self.details.save_requested.connect(self.save_details)
        self.attendance.save_requested.connect(self.save_attendance)
        self.attendance.guest_requested.connect(self.add_guest)
        self.agenda.add_requested.connect(lambda: self.edit_item(None))
        self.agenda.edit_requested.connect(self.edit_item)
        self.agenda.delete_requested.connect(self.delete_item)
        self.agenda.build_requested.connect(self.build_agenda)
        self.agenda.item_moved.connect(self.move_item)
        self.minutes.action_added.connect(lambda _row: self.after_minutes_action())
        self.minutes.matter_update_requested.connect(self.add_matter_update)
        self.minutes.matter_done_requested.connect(self.close_matter)
        self.actions_tab.table.edit_requested.connect(self.edit_action)
        self.actions_tab.table.delete_requested.connect(self.delete_action)
        self.actions_tab.update_requested.connect(self.add_update)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.word_button.clicked.connect(self.export_minutes)
        self.pack_button.clicked.connect(self.export_pack)
        self.print_button.clicked.connect(self.print_pack)
        self.calendar_button.clicked.connect(self.export_calendar)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._reload()

    def new_record(self) -> None:
        self.new_meeting()

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_state(self) -> None:
        self.minutes.flush()  # the window is closing: nothing typed is left unsaved
        settings.save_bytes("MeetingsPage/splitter", self.splitter.saveState())
        series = self.series_filter.currentData()
        settings.save_bytes("MeetingsPage/series", QByteArray(str(series).encode()))

    def restore_state(self) -> None:
        state = settings.load_bytes("MeetingsPage/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        saved = settings.load_bytes("MeetingsPage/series")
        self._wanted_series = bytes(saved.data()).decode() if saved is not None else ALL_SERIES

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Meetings change from the command line and other pages too.
        super().showEvent(event)
        if not event.spontaneous():
            self._reload()

    def show_meeting(self, meeting_id: uuid.UUID) -> bool:
        """Select a meeting (from elsewhere), showing every series if need be."""
        if not self.list.select_id(meeting_id):
            self._set_series(ALL_SERIES)
            self._reload(meeting_id)
        return self.list.select_id(meeting_id)

    # Loading -------------------------------------------------------------------------------------
    def _reload(self, select_id: uuid.UUID | None = None) -> None:
        """The series and the list again (selecting `select_id`, else the same one), then the meeting."""
        self.minutes.flush()
        series = attempt(self, self.store, svc.list_series)
        if series is not None:
            self._fill_series(series)
        wanted = self.series_filter.currentData()
        series_id = None if wanted == ALL_SERIES else wanted
        rows = attempt(self, self.store, lambda uow: svc.list_meetings(uow, series_id))
        if rows is not None:
            with self.quietly():
                self.list.set_rows(rows, select_id)
                fit_columns(self.list.view, 1, {2: 80})  # the title matters most
        self.load_meeting()

    def _fill_series(self, series: list[svc.SeriesRow]) -> None:
        current = getattr(self, "_wanted_series", None) or str(self.series_filter.currentData())
        self._wanted_series = None
        self.series_filter.blockSignals(True)
        try:
            self.series_filter.clear()
            self.series_filter.addItem("All series", ALL_SERIES)
            for row in series:
                self.series_filter.addItem(row.name, row.id)
            self._set_series(current)
        finally:
            self.series_filter.blockSignals(False)

    def _set_series(self, value: object) -> None:
        index = next((i for i in range(self.series_filter.count())
                      if str(self.series_filter.itemData(i)) == str(value)), 0)
        self.series_filter.blockSignals(True)
        self.series_filter.setCurrentIndex(index)
        self.series_filter.blockSignals(False)

    def load_meeting(self, keep_edits: bool = True) -> None:
        """Read the selected meeting and show it; unsaved edits of the same meeting stay."""
        self.minutes.flush()
        row = self.list.current_row()
        view = attempt(self, self.store, lambda uow: read_meeting(uow, row.id)) if row else None
        same = view is not None and self.view is not None and self.view.detail.id == view.detail.id
        self.view = view
        if view is None:
            self.minutes.set_meeting(None, [], [])
            self.body.setCurrentWidget(self.none_selected)
            return
        detail = view.detail
        self.body.setCurrentIndex(1)
        self.heading.setText(heading_html(detail))
        if not (same and keep_edits and self.details.dirty):
            self.details.show_meeting(detail, view.types, view.series, view.contacts, view.cases)
        if not (same and keep_edits and self.attendance.dirty):
            self.attendance.show_attendance(view.contacts, detail.attendees, detail.version)
        self.rebase_tabs(detail)
        self.show_items(detail)

    def rebase_tabs(self, detail: svc.MeetingDetail) -> None:
        """The meeting read again: the tabs with unsaved changes take its version if what they
        started from has not changed (see DetailsTab.rebase); the agenda always shows it afresh."""
        if self.details.dirty:
            self.details.rebase(detail)
        if self.attendance.dirty:
            self.attendance.rebase(detail.attendees, detail.version)

    def show_items(self, detail: svc.MeetingDetail, select_id: uuid.UUID | None = None) -> None:
        """The agenda, the minutes mode and the actions of the meeting, and the tabs' counts."""
        self.agenda.set_rows(detail.items, select_id)
        arising = any(item.kind == ItemKind.MATTERS_ARISING for item in detail.items)
        matters = attempt(self, self.store, lambda uow: read_matters(uow, detail.id)) if arising else []
        self.minutes.set_meeting(detail.id, detail.items, self.view.contacts if self.view else [],
                                 self.default_due(detail), matters or [])
        count = self.actions_tab.show_items(detail.items)
        present = sum(1 for a in detail.attendees if a.attendance == "present")
        invited = sum(1 for a in detail.attendees if a.attendance == INVITED)
        # Before the meeting, how many are invited; then how many came.
        listed = f"{invited} invited" if invited and not present else str(present)
        self.tabs.setTabText(1, f"A&ttendance ({listed})" if detail.attendees else "A&ttendance")
        self.tabs.setTabText(2, f"Agend&a ({len(detail.items)})")
        self.tabs.setTabText(4, f"Acti&ons ({count})")

    def dirty_tabs(self) -> list[str]:
        dirty = [(self.details.dirty, 0), (self.attendance.dirty, 1)]
        return [self.tabs.tabText(i).split(" (")[0].replace("&", "") for on, i in dirty if on]

    # Slots ---------------------------------------------------------------------------------------
    def _on_list_current_changed(self, row: Any) -> None:
        if self._quiet:
            return
        current = self.view.detail if self.view is not None else None
        changed = self.dirty_tabs()
        leaving = current is not None and changed and (row is None or row.id != current.id)
        if leaving and current is not None and not self._leave_changes(current, changed, row):
            with self.quietly():
                self.list.select_id(current.id)
            return
        self.load_meeting(keep_edits=False)

    def _leave_changes(self, current: svc.MeetingDetail, changed: list[str], row: Any) -> bool:
        """Unsaved changes on the meeting being left: save them (Save, the default), leave them
        (Discard) or stay (Cancel). Whether to go on to the meeting `row` now."""
        question = f"Save your changes on the {tabs_text(changed)} of '{current.name}' before leaving it?"
        answer = prompts.save_discard_cancel(self, question)
        if answer == prompts.SAVE and row is not None:
            # Saved once the list has settled back on this meeting (saving reloads the list, which
            # must not happen while it is still changing its current row), then on to `row`.
            QTimer.singleShot(0, lambda: self._save_and_go(row.id))
        return answer == prompts.DISCARD

    def _save_and_go(self, target: uuid.UUID) -> None:
        if self.details.dirty and not self.save_details():
            return
        if self.attendance.dirty and not self.save_attendance():
            return
        self.list.select_id(target)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.minutes and self.minutes.current_item() is not None:
            self.minutes.minutes_box.setFocus()
