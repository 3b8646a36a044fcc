"""The meetings page: meetings on the left (by series, searchable); the selected meeting on the right
in tabs: Details, Attendance, Agenda, Minutes (the minutes-taking mode) and Actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.wording import tabs_text
from jagdesk.domain.meetings.vocabulary import INVITED, ItemKind, MeetingStatus
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.fields import tab_chain
from jagdesk.gui.dialogs.meetings.new_meeting_dialog import NewMeetingDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call, done
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.pages.meetings.action_edits import ActionEdits
from jagdesk.gui.pages.meetings.actions_tab import ActionsTab
from jagdesk.gui.pages.meetings.agenda_edits import AgendaEdits
from jagdesk.gui.pages.meetings.agenda_list import AgendaList
from jagdesk.gui.pages.meetings.attendance_edits import AttendanceEdits
from jagdesk.gui.pages.meetings.attendance_tab import AttendanceTab
from jagdesk.gui.pages.meetings.details_tab import DetailsTab
from jagdesk.gui.pages.meetings.meeting_papers import MeetingPapers
from jagdesk.gui.pages.meetings.meeting_reading import (
    ALL_SERIES,
    heading_html,
    read_choices,
    read_matters,
    read_meeting,
)
from jagdesk.gui.pages.meetings.minutes_editor import MinutesEditor
from jagdesk.gui.pages.meetings.series_filter import SeriesFilter
from jagdesk.gui.pages.problem_solving.case_reading import OpenCount
from jagdesk.gui.widgets.labels import buddy_label, heading_label, none_selected_label
from jagdesk.gui.widgets.record_table import RecordTable, fit_columns
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.gui.widgets.taken_out_line import TakenOutLine
from jagdesk.services import meetings as svc
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

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


class MeetingsPage(UndoDeletePage):
    """Meetings on the left; the selected meeting's tabs on the right."""

    title = "Meetings"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.view: Any = None
        self.list = RecordTable("Meetings", "meeting", COLUMNS)
        self.list.edit_button.hide()  # the meeting is edited in its tabs
        # No Alt+N or Alt+D here: Alt+N is the minutes mode's next item, Alt+D the Details tab.
        self.list.new_button.setText("New meeting…")
        self.list.new_button.setToolTip("Ctrl+N")
        self.list.delete_button.setText("Delete meeting")
        self.list.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.list.set_empty_text("No meetings yet: press New meeting to arrange the first.")
        self.series_filter = SeriesFilter()
        self.list.add_beside_search(buddy_label("Se&ries:", self.series_filter), self.series_filter)
        self._build_meeting()
        self.attendance_edits = AttendanceEdits(self)
        self.agenda_edits = AgendaEdits(self)
        self.action_edits = ActionEdits(self)
        self.papers = MeetingPapers(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)  # at 1366 pixels: a JAG meeting's title whole
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([500, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_chain(self.series_filter, self.list.search, self.list.view, self.list.new_button,
                  self.list.delete_button, self.tabs)
        self._connect_signals()

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
        self.heading = heading_label()
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
        column.addWidget(TakenOutLine.under(self.heading, self.store, self.list))
        column.addLayout(buttons)
        column.addWidget(self.tabs, 1)
        self.none_selected = none_selected_label(NONE_SELECTED)
        self.body = QStackedWidget()
        self.body.addWidget(self.none_selected)
        self.body.addWidget(holder)

    def _connect_signals(self) -> None:
        self.series_filter.currentIndexChanged.connect(lambda _i: self._reload())
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.new_requested.connect(self.new_meeting)
        self.list.delete_requested.connect(self.delete_meeting)
        self.details.save_requested.connect(self.save_details)
        self.attendance.save_requested.connect(self.attendance_edits.save_attendance)
        self.attendance.guest_requested.connect(self.attendance_edits.add_guest)
        self.agenda.add_requested.connect(lambda: self.agenda_edits.edit_item(None))
        self.agenda.edit_requested.connect(self.agenda_edits.edit_item)
        self.agenda.delete_requested.connect(self.agenda_edits.delete_item)
        self.agenda.build_requested.connect(self.agenda_edits.build_agenda)
        self.agenda.item_moved.connect(self.agenda_edits.move_item)
        self.minutes.action_added.connect(lambda _row: self.action_edits.after_minutes_action())
        self.minutes.matter_update_requested.connect(self.action_edits.add_matter_update)
        self.minutes.matter_done_requested.connect(self.action_edits.close_matter)
        self.actions_tab.table.edit_requested.connect(self.action_edits.edit_action)
        self.actions_tab.table.delete_requested.connect(self.action_edits.delete_action)
        self.actions_tab.update_requested.connect(self.action_edits.add_update)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.word_button.clicked.connect(self.papers.export_minutes)
        self.pack_button.clicked.connect(self.papers.export_pack)
        self.print_button.clicked.connect(self.papers.print_pack)
        self.calendar_button.clicked.connect(self.papers.export_calendar)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._reload()

    def new_record(self) -> None:
        self.new_meeting()

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_state(self) -> None:
        self.minutes.flush()  # the window is closing: nothing typed is left unsaved
        super().save_state()
        self.save_setting("series", str(self.series_filter.currentData()))

    def restore_state(self) -> None:
        super().restore_state()
        saved = self.load_setting("series")
        self.series_filter.wanted = saved if saved is not None else ALL_SERIES

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return self.papers.exports()

    def export_minutes(self) -> Path | None:
        return self.papers.export_minutes()

    def export_pack(self) -> Path | None:
        return self.papers.export_pack()

    def export_calendar(self) -> Path | None:
        return self.papers.export_calendar()

    def show_meeting(self, meeting_id: uuid.UUID) -> bool:
        """Select a meeting (from elsewhere), showing every series if need be."""
        if not self.list.select_id(meeting_id):
            self.series_filter.choose(ALL_SERIES)
            self._reload(meeting_id)
        return self.list.select_id(meeting_id)

    # Loading -------------------------------------------------------------------------------------
    def _reload(self, select_id: uuid.UUID | None = None) -> None:
        """The series and the list again (selecting `select_id`, else the same one), then the meeting."""
        self.minutes.flush()
        series = attempt(self, self.store, svc.list_series)
        if series is not None:
            self.series_filter.fill(series)
        self.refresh_list_counts(select_id)
        self.load_meeting()

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
        if self.attendance.dirty and not self.attendance_edits.save_attendance():
            return
        self.list.select_id(target)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.minutes and self.minutes.current_item() is not None:
            self.minutes.minutes_box.setFocus()

    @staticmethod
    def default_due(detail: svc.MeetingDetail) -> date:
        """An action agreed at a meeting is due, unless said otherwise, four weeks later."""
        return detail.held_on + timedelta(days=28)

    # The meeting ---------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        """Ctrl+N: arrange a meeting. One of a series starts with its last meeting's members invited
        and the opening item; a problem-solving meeting with the triangle's items."""
        lists = attempt(self, self.store, read_choices)
        if lists is None:
            return

        def save(data: svc.MeetingInput) -> svc.MeetingDetail:
            return call(self.store, lambda uow: svc.new_meeting(uow, data))

        saved = NewMeetingDialog.ask(self, save, lists.types, lists.series, lists.contacts, lists.cases,
                                     lists.defaults)
        if saved is None:
            return
        self._reload(saved.id)
        self.tabs.setCurrentWidget(self.attendance)
        invited = len(saved.attendees)
        if invited:
            self.tell(f"Added '{saved.name}' with the {invited} members of the series' last meeting "
                      "invited. Next: change who is invited here, then build the agenda.")
        else:
            self.tell(f"Added '{saved.name}'. Next: mark who is invited here, then build the agenda.")

    def delete_meeting(self, row: svc.MeetingRow) -> None:
        if not prompts.confirm(self, f"Delete the meeting '{row.name}' with its attendance, agenda "
                                     "and minutes?"):
            return
        deleted = done(self, self.store, lambda uow: svc.delete_meeting(uow, row.id, row.version))
        self._reload()
        if deleted:
            self.deleted("meeting", row.id, f"the meeting '{row.name}' with its agenda and minutes")

    undoes = "the last meeting, agenda item or action deleted on this page"

    def restore(self, uow: UnitOfWork, table: str, record_id: uuid.UUID) -> object:
        if table == "agenda_item":  # back in its place on the agenda
            return svc.restore_item(uow, record_id)
        return super().restore(uow, table, record_id)

    def after_undo(self) -> None:
        if self.last_undone_kind == "meeting" or self.view is None:
            self._reload(self.last_undone)
            return
        self.reload_items(self.last_undone)  # an item or an action of the meeting shown
        if self.last_undone_kind == "agenda_item":
            self.tabs.setCurrentWidget(self.agenda)
        elif self.last_undone is not None:
            self.tabs.setCurrentWidget(self.actions_tab)
            self.actions_tab.table.select_id(self.last_undone)

    # The agenda and actions read again -----------------------------------------------------------
    def reload_items(self, select_id: uuid.UUID | None = None) -> None:
        """The meeting's items again, without touching unsaved Details or Attendance edits."""
        self.minutes.flush()
        detail = self.selected_meeting()
        if detail is None or self.view is None:
            return
        fresh = attempt(self, self.store, lambda uow: svc.get_meeting(uow, detail.id))
        if fresh is not None:
            from dataclasses import replace

            self.view = replace(self.view, detail=fresh)
            self.rebase_tabs(fresh)
            self.show_items(fresh, select_id)
            self.refresh_list_counts()

    def refresh_list_counts(self, select_id: uuid.UUID | None = None) -> None:
        """The meetings list again (its counts and versions), selecting `select_id`, else the same."""
        rows = attempt(self, self.store, lambda uow: svc.list_meetings(uow, self.series_filter.series_id()))
        if rows is not None:
            with self.quietly():
                self.list.set_rows(rows, select_id)
                fit_columns(self.list.view, 1, {2: 80})  # the title matters most

    def save_details(self) -> bool:
        detail = self.selected_meeting()
        if detail is None:
            return False
        try:
            data = self.details.values()["data"]
            saved = call(self.store, lambda uow: svc.save_meeting(uow, data, detail.id,
                                                                  self.details.version))
        except ValidationError as exc:
            self.details.show_errors(exc.errors)
            return False
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return False
        self.details.saved()
        self._reload(saved.id)
        self.tell(f"Saved '{saved.name}'.")
        return True

    def selected_meeting(self) -> svc.MeetingDetail | None:
        return self.view.detail if self.view is not None else None
