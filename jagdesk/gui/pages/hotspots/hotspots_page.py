"""The hotspots page: the places the JAG works on and, for the selected one, its details, status
history, visual audits, community engagement, incidents and cameras."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.wording import plural
from jagdesk.domain.hotspots import HotspotStatus, Priority
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.fields import tab_chain
from jagdesk.gui.dialogs.hotspots.engagement_dialog import EngagementDialog
from jagdesk.gui.dialogs.hotspots.hotspot_dialog import HotspotDialog, HotspotEntry
from jagdesk.gui.dialogs.hotspots.status_dialog import StatusDialog, StatusEntry
from jagdesk.gui.dialogs.hotspots.visual_audit_dialog import VisualAuditDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.pages.hotspots.hotspot_cameras import HotspotCameras
from jagdesk.gui.pages.hotspots.hotspot_details import HotspotDetails
from jagdesk.gui.pages.hotspots.hotspot_incidents import HotspotIncidents
from jagdesk.gui.pages.hotspots.part_tab import (
    AUDIT_COLUMNS,
    ENGAGEMENT_COLUMNS,
    HISTORY_COLUMNS,
    PartTab,
    audit_text,
    engagement_text,
    history_text,
)
from jagdesk.gui.widgets.labels import buddy_label, heading_label, none_selected_label
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.gui.widgets.taken_out_line import TakenOutLine
from jagdesk.services.hotspots import activity
from jagdesk.services.hotspots import hotspots as svc
from jagdesk.services.places.gazetteer import gazetteer
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.services.reference.localities import list_localities, list_wards
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

OPEN = "open"  # the filter for every hotspot not closed
STATUS_FILTERS = [("All statuses", None), ("Open (not closed)", OPEN)] + [
    (status.label, status.value) for status in HotspotStatus]
HOTSPOT_COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Status", lambda r: r.status.capitalize()),
    Column("Priority", lambda r: r.priority.capitalize()),
    Column("Ward", lambda r: r.ward_name),
    Column("Locality", lambda r: r.locality_name),
    Column("Owner", lambda r: r.owner_name),
]
NONE_SELECTED = "Select a hotspot above to see its details, history, audits, engagement and incidents."


class HotspotsPage(UndoDeletePage):
    """Hotspots above; the selected hotspot's tabs below."""

    title = "Hotspots"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.detail: svc.HotspotDetail | None = None
        self._quiet = False
        self.list = RecordTable("Hotspots", "hotspot", HOTSPOT_COLUMNS)
        self.list.set_empty_text("No hotspots yet: press New hotspot to add a place the JAG is "
                                 "working on, or make one from the hotspot finder.")
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Show hotspots of status")
        for text, value in STATUS_FILTERS:
            self.status_filter.addItem(text, value)
        self.list.add_beside_search(buddy_label("Stat&us:", self.status_filter), self.status_filter)
        self._build_tabs()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # Room for half a dozen hotspots above the tabs at 700 pixels high.
        self.splitter.setSizes([290, 370])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._active = self.list
        for table in (self.list, self.history.table, self.audits.table, self.engagement.table):
            table.view.installEventFilter(self)
        # Tab goes across the top row as it reads: the status, then the search, then the list.
        tab_chain(self.status_filter, self.list.search, self.list.view, self.list.new_button,
                  self.list.edit_button, self.list.delete_button, self.tabs)
        self._connect_signals()

    def _build_tabs(self) -> None:
        self.details = HotspotDetails()
        self.history = PartTab("Status history", "status change", "hotspot_status_change",
                               HISTORY_COLUMNS, history_text, lambda r: "")
        self.history.table.new_button.setText("Change &status…")
        self.history.table.set_empty_text("")
        self.audits = PartTab(
            "Visual audits", "visual audit", "visual_audit", AUDIT_COLUMNS, audit_text,
            lambda r: f"the visual audit of {uk_day(r.audit_date)}", activity.delete_visual_audit)
        self.engagement = PartTab(
            "Community engagement", "engagement", "engagement", ENGAGEMENT_COLUMNS, engagement_text,
            lambda r: f"the engagement sent on {uk_day(r.sent_on)}", activity.delete_engagement)
        self.engagement.table.new_button.setText("&New engagement…")
        self.audits.table.set_empty_text(
            "No visual audits yet: press New visual audit after a walk round the place.")
        self.engagement.table.set_empty_text(
            "No letters, surveys or door knocking yet: press New engagement to record some.")
        self.incidents = HotspotIncidents(self.store)
        self.cameras = HotspotCameras(self.store)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, "De&tails")
        self.tabs.addTab(self.history, "&History")
        self.tabs.addTab(self.audits, "&Visual audits")
        self.tabs.addTab(self.engagement, "En&gagement")
        self.tabs.addTab(self.incidents, "&Incidents")
        self.tabs.addTab(self.cameras, "&Cameras")
        self.heading = heading_label()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(TakenOutLine.under(self.heading, self.store, self.list))
        column.addWidget(self.tabs, 1)
        self.none_selected = none_selected_label(NONE_SELECTED, "color: palette(mid);")
        self.body = QStackedWidget()
        self.body.addWidget(self.none_selected)
        self.body.addWidget(holder)

    def _connect_signals(self) -> None:
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_current_index_changed)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.new_requested.connect(lambda: self.edit_hotspot(None))
        self.list.edit_requested.connect(self.edit_hotspot)
        self.list.delete_requested.connect(self.delete_hotspot)
        self.history.table.new_requested.connect(self.change_status)
        self.audits.table.new_requested.connect(lambda: self.edit_audit(None))
        self.audits.table.edit_requested.connect(self.edit_audit)
        self.engagement.table.new_requested.connect(lambda: self.edit_engagement(None))
        self.engagement.table.edit_requested.connect(self.edit_engagement)
        for part in (self.audits, self.engagement):
            part.table.delete_requested.connect(lambda row, part=part: self.delete_part(part, row))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.cameras.counted.connect(lambda count: self.tabs.setTabText(5, f"&Cameras ({count})"))

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the hotspots and the selected one's tabs, keeping the selection."""
        self._reload()

    def new_record(self) -> None:
        """Ctrl+N: a new record in the table last worked in (a new hotspot unless in a part's tab)."""
        if self.detail is not None and self._active is self.audits.table:
            self.edit_audit(None)
        elif self.detail is not None and self._active is self.engagement.table:
            self.edit_engagement(None)
        elif self.detail is not None and self._active is self.history.table:
            self.change_status()
        else:
            self.edit_hotspot(None)

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_state(self) -> None:
        super().save_state()
        self.save_options({"status": self.status_filter.currentData(), "tab": self.tabs.currentIndex()})

    def restore_state(self) -> None:
        super().restore_state()
        options = self.load_options()
        self._set_filter(options.get("status"))
        tab = options.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def show_hotspot(self, hotspot_id: uuid.UUID) -> bool:
        """Select a hotspot (from the map or the finder), showing every status if need be."""
        if not self.list.select_id(hotspot_id):
            self._set_filter(None)
            self._reload(hotspot_id)
        return self.list.select_id(hotspot_id)

    # Loading -------------------------------------------------------------------------------------
    def _load_list(self, uow: UnitOfWork) -> list[svc.HotspotRow]:
        wanted = self.status_filter.currentData()
        rows = svc.list_hotspots(uow, None if wanted in (None, OPEN) else wanted)
        return [r for r in rows if r.status != HotspotStatus.CLOSED] if wanted == OPEN else rows

    @contextmanager
    def _loading(self) -> Iterator[None]:
        # Refilling the list reselects the hotspot; the tabs are loaded once, after.
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _reload(self, select_id: uuid.UUID | None = None) -> None:
        """The list again (selecting `select_id`, else the same hotspot), then its tabs."""
        rows = attempt(self, self.store, self._load_list)
        if rows is not None:
            with self._loading():
                self.list.set_rows(rows, select_id)
        self._load_detail()

    def _load_detail(self, part: tuple[PartTab, uuid.UUID] | None = None) -> None:
        """The selected hotspot's tabs, selecting the part `part` names (a tab and an id)."""
        row = self.list.current_row()
        detail = None
        if row is not None:
            detail = attempt(self, self.store, lambda uow: svc.get_hotspot(uow, row.id))
        self.detail = detail
        if detail is None:
            self.body.setCurrentWidget(self.none_selected)
            self.incidents.hotspot = None
            self.cameras.show_hotspot(None)
            return
        hotspot = detail.hotspot
        self.body.setCurrentIndex(1)
        since = f" since {uk_day(hotspot.status_since)}" if hotspot.status_since else ""
        self.heading.setText(f"<b style='font-size: 12pt'>{html.escape(hotspot.name)}</b>"
                             f"&nbsp;&nbsp;{hotspot.status.capitalize()}{since} · "
                             f"{Priority(hotspot.priority).label} priority")
        self.details.show_hotspot(hotspot)
        selected = {part[0]: part[1]} if part else {}
        self.history.set_rows(detail.history, selected.get(self.history))
        self.audits.set_rows(detail.visual_audits, selected.get(self.audits))
        self.engagement.set_rows(detail.engagements, selected.get(self.engagement))
        self._titles()
        self.cameras.show_hotspot(hotspot.id)
        # Counting incidents reads the crime data: only when the tab is open.
        self.incidents.hotspot = hotspot
        if self.tabs.currentWidget() is self.incidents:
            self.incidents.load()

    def _titles(self) -> None:
        assert self.detail is not None
        counts = (len(self.detail.visual_audits), len(self.detail.engagements))
        self.tabs.setTabText(2, f"&Visual audits ({counts[0]})")
        self.tabs.setTabText(3, f"En&gagement ({counts[1]})")

    # Hotspots ------------------------------------------------------------------------------------
    def _fresh(self, row: svc.HotspotRow | None) -> svc.HotspotRow | None:
        """The hotspot as last read with its tabs (its version may be newer than the list's)."""
        if row is not None and self.detail is not None and self.detail.hotspot.id == row.id:
            return self.detail.hotspot
        return row

    def edit_hotspot(self, row: svc.HotspotRow | None) -> None:
        """Open the hotspot's dialog (None: a new hotspot) and show what was saved."""
        row = self._fresh(row)
        lists = attempt(self, self.store, lambda uow: (
            list_contacts(uow), list_localities(uow), list_wards(uow), gazetteer(uow)))
        if lists is None:
            return
        contacts, localities, wards, places = lists

        def save(entry: HotspotEntry) -> svc.HotspotRow:
            return call(self.store, lambda uow: svc.save_hotspot(
                uow, entry.data, row.id if row else None, row.version if row else None,
                proposed_on=entry.proposed_on))

        saved = HotspotDialog.ask(self, save, contacts, localities, wards, row, places=places)
        if saved is None:
            return
        self._show_saved(saved)
        self.tell(f"Saved the hotspot '{saved.name}'." if row else
                   f"Added the hotspot '{saved.name}' as proposed.")
        self.list.view.setFocus()

    def _show_saved(self, saved: svc.HotspotRow) -> None:
        """Reload and select the hotspot, showing every status if the filter would hide it."""
        wanted = self.status_filter.currentData()
        hidden = wanted not in (None, OPEN, saved.status) or (
            wanted == OPEN and saved.status == HotspotStatus.CLOSED)
        if hidden:
            self._set_filter(None)
        self._reload(saved.id)

    def delete_hotspot(self, row: svc.HotspotRow) -> None:
        """Delete the hotspot with its parts, after the user confirms."""
        row = self._fresh(row) or row
        parts = ""
        if self.detail is not None and self.detail.hotspot.id == row.id:
            parts = (f" with its status history, {plural(len(self.detail.visual_audits), 'visual audit')}"
                     f" and {plural(len(self.detail.engagements), 'engagement record')}")
        if not prompts.confirm(self, f"Delete the hotspot '{row.name}'{parts}? "
                                     "This cannot be undone."):
            return

        def delete(uow: UnitOfWork) -> bool:
            svc.delete_hotspot(uow, row.id, row.version)
            return True

        if attempt(self, self.store, delete):
            # Undo brings back one record; a hotspot's history and work would stay lost.
            self.last_deleted = None
            self.tell(f"Deleted the hotspot '{row.name}'.")
        self._reload()

    def change_status(self) -> None:
        """Move the selected hotspot to another status."""
        if self.detail is None:
            return
        hotspot = self.detail.hotspot

        def save(entry: StatusEntry) -> svc.HotspotRow:
            return call(self.store, lambda uow: svc.change_status(
                uow, hotspot.id, hotspot.version, entry.status, entry.changed_on, entry.reason))

        saved = StatusDialog.ask(self, save, hotspot)
        if saved is None:
            return
        self._show_saved(saved)
        self.tell(f"'{saved.name}' is now {saved.status}.")

    # Parts ---------------------------------------------------------------------------------------
    def _edit_part(self, tab: PartTab, dialog: Callable[..., Any],
                   save_part: Callable[..., Any], row: Any) -> None:
        if self.detail is None:
            return
        hotspot_id = self.detail.hotspot.id

        def save(data: Any) -> Any:
            return call(self.store, lambda uow: save_part(
                uow, hotspot_id, data, row.id if row else None, row.version if row else None))

        saved = dialog(self, save, row)
        if saved is not None:
            self._load_detail((tab, saved.id))
            tab.table.view.setFocus()

    def edit_audit(self, row: activity.VisualAuditRow | None) -> None:
        self._edit_part(self.audits, VisualAuditDialog.ask, activity.save_visual_audit, row)

    def edit_engagement(self, row: activity.EngagementRow | None) -> None:
        self._edit_part(self.engagement, EngagementDialog.ask, activity.save_engagement, row)

    def delete_part(self, tab: PartTab, row: Any) -> None:
        """Delete a visual audit or engagement record, after the user confirms; Ctrl+Z brings it back."""
        what = tab.describe(row)
        if tab.delete is None or not prompts.confirm(self, f"Delete {what}?"):
            return
        delete_part = tab.delete

        def delete(uow: UnitOfWork) -> bool:
            delete_part(uow, row.id, row.version)
            return True

        if attempt(self, self.store, delete):
            self.deleted(tab.table_name, row.id, what)
        self._load_detail()

    def after_undo(self) -> None:
        """The audit or engagement that came back shows in the selected hotspot's tabs."""
        self._load_detail()

    # Slots and helpers ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn:
            for table in (self.list, self.history.table, self.audits.table, self.engagement.table):
                if watched is table.view:
                    self._active = table
        return super().eventFilter(watched, event)

    def _set_filter(self, value: object) -> None:
        index = next((i for i, (_t, v) in enumerate(STATUS_FILTERS) if v == value), 0)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(index)
        self.status_filter.blockSignals(False)

    def _on_status_filter_current_index_changed(self, _index: int) -> None:
        self._reload()

    def _on_list_current_changed(self, _row: Any) -> None:
        if not self._quiet:
            self._load_detail()

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.incidents and self.incidents.hotspot is not None:
            self.incidents.load()
