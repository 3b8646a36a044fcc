"""The problem-solving page: the cases on the left; the selected case on the right, in tabs that
follow OSARA (Objective, Scanning, Analysis with the triangle, Response, Assessment)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.wording import tabs_text
from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseStatus
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.fields import tab_chain
from jagdesk.gui.dialogs.problem_solving import close_case_dialog
from jagdesk.gui.dialogs.problem_solving.close_case_dialog import CloseCaseDialog, CloseEntry
from jagdesk.gui.dialogs.problem_solving.new_case_dialog import NewCaseDialog
from jagdesk.gui.dialogs.problem_solving.reopen_dialog import ReopenDialog, ReopenEntry
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.asb.asb_panel import AsbPanel
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.pages.problem_solving.analysis_tab import AnalysisTab
from jagdesk.gui.pages.problem_solving.assessment_tab import AssessmentTab
from jagdesk.gui.pages.problem_solving.case_actions import CaseActions
from jagdesk.gui.pages.problem_solving.case_people import CasePeople
from jagdesk.gui.pages.problem_solving.case_reading import CaseView, OpenCount, heading_html, read_case
from jagdesk.gui.pages.problem_solving.case_sheet_export import CaseSheetExport
from jagdesk.gui.pages.problem_solving.objective_tab import ObjectiveTab
from jagdesk.gui.pages.problem_solving.overview_tab import OverviewTab
from jagdesk.gui.pages.problem_solving.response_tab import ResponseTab
from jagdesk.gui.pages.problem_solving.scanning_tab import ScanningTab
from jagdesk.gui.widgets.fields_tab import FieldsTab
from jagdesk.gui.widgets.labels import buddy_label, heading_label, none_selected_label
from jagdesk.gui.widgets.record_table import fit_columns, late_table
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.gui.widgets.taken_out_line import TakenOutLine
from jagdesk.services.problem_solving import cases as svc
from jagdesk.services.problem_solving import lifecycle
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

ACTIVE = "active"  # the service's filter for every case not closed
STATUS_FILTERS = [("Not closed", ACTIVE), ("All statuses", None)] + [
    (status.label, status.value) for status in CaseStatus]
CASE_COLUMNS = [
    Column("Reference", lambda r: r.reference),
    Column("Title", lambda r: r.name),
    Column("Status", lambda r: CaseStatus(r.status).label if r.status in set(CaseStatus) else r.status),
    Column("Review", lambda r: table_day(r.review_on)),
    Column("Actions", lambda r: OpenCount(r.open_actions) if r.open_actions else None),
]
NONE_SELECTED = ("Select a case on the left to work on it, or press New case (Ctrl+N) to open one "
                 "for a problem that has come to light.")
FATES = {"cancel": "Its open actions will be cancelled.", "done": "Its open actions will be marked done.",
         "leave": "Its open actions stay open, with their owners."}
TAB_NAMES = ("O&verview", "&Objective", "Sca&nning", "&Analysis", "Res&ponse", "Assess&ment")


class CasesPage(UndoDeletePage):
    """Cases on the left; the selected case's OSARA tabs on the right."""

    title = "Problem solving"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.view: CaseView | None = None
        self.list = late_table("Cases", "case", CASE_COLUMNS, lambda r: r.review_overdue)
        self.list.edit_button.hide()  # the case is edited in its tabs
        self.list.view.horizontalHeader().setMinimumSectionSize(36)
        self.list.view.horizontalHeader().setDefaultSectionSize(60)
        self.list.set_empty_text("No cases yet: press New case when a problem comes to light.")
        self.list.view.setToolTip("Cases past their review date are shown in red.")
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Show cases of status")
        for text, value in STATUS_FILTERS:
            self.status_filter.addItem(text, value)
        self.list.add_beside_search(buddy_label("Stat&us:", self.status_filter), self.status_filter)
        self._build_case()
        self.case_actions = CaseActions(self)
        self.case_people = CasePeople(self)
        self.case_sheet = CaseSheetExport(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([470, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_chain(self.status_filter, self.list.search, self.list.view, self.list.new_button,
                  self.list.delete_button, self.export_button, self.tabs)
        self._connect_signals()

    def _build_case(self) -> None:
        self.overview, self.objective, self.scanning = OverviewTab(), ObjectiveTab(), ScanningTab()
        self.analysis, self.response, self.assessment = AnalysisTab(), ResponseTab(), AssessmentTab()
        self.tabs = QTabWidget()
        for tab, name in zip((self.overview, self.objective, self.scanning, self.analysis,
                              self.response, self.assessment), TAB_NAMES, strict=True):
            self.tabs.addTab(tab, name)
        self.asb = AsbPanel(self.store, "linked to this case")
        self.tabs.addTab(self.asb, "A&SB")
        self.heading = heading_label()
        self.export_button = QPushButton("E&xport case sheet…")
        self.export_button.setToolTip("A PDF or Word document for partners at a problem-solving meeting")
        top = QHBoxLayout()
        top.addWidget(TakenOutLine.under(self.heading, self.store, self.list), 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        self.none_selected = none_selected_label(NONE_SELECTED)
        self.body = QStackedWidget()
        self.body.addWidget(self.none_selected)
        self.body.addWidget(holder)

    def case_tabs(self) -> tuple[FieldsTab, ...]:
        return (self.overview, self.objective, self.scanning, self.analysis, self.assessment)

    def _connect_signals(self) -> None:
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_current_index_changed)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.new_requested.connect(self.new_case)
        self.list.edit_requested.connect(lambda _row: self.tabs.setFocus())
        self.list.delete_requested.connect(self.delete_case)
        for tab in self.case_tabs():
            tab.save_requested.connect(lambda tab=tab: self.save_tab(tab))
        self.overview.close_requested.connect(self.close_case)
        self.overview.reopen_requested.connect(self.reopen_case)
        self.overview.places_requested.connect(lambda: self.open_side("location"))
        self.analysis.triangle.sideClicked.connect(self.open_side)
        self.analysis.link_requested.connect(self.case_people.link_person)
        self.analysis.unlink_requested.connect(self.case_people.unlink_person)
        self.analysis.action_requested.connect(self.case_actions.new_action_on_side)
        self.response.action_table.new_requested.connect(lambda: self.case_actions.edit_action(None))
        self.response.action_table.edit_requested.connect(self.case_actions.edit_action)
        self.response.action_table.delete_requested.connect(self.case_actions.delete_action)
        self.response.action_selected.connect(self.case_actions.show_updates)
        self.response.update_requested.connect(self.case_actions.add_update)
        self.export_button.clicked.connect(self.case_sheet.choose_and_export)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._reload()

    def new_record(self) -> None:
        self.new_case()

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_state(self) -> None:
        super().save_state()
        self.save_setting("filter", str(self.status_filter.currentIndex()))

    def restore_state(self) -> None:
        super().restore_state()
        text = self.load_setting("filter") or ""
        if text.isdigit() and int(text) < self.status_filter.count():
            self._set_filter(STATUS_FILTERS[int(text)][1])

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return self.case_sheet.exports()

    def export_sheet(self, target: Path) -> bool:
        """Write the selected case's sheet to `target` (.pdf or .docx)."""
        return self.case_sheet.export_sheet(target)

    def show_case(self, case_id: uuid.UUID) -> bool:
        """Select a case (from the dashboard), showing every status if need be."""
        if not self.list.select_id(case_id):
            self._set_filter(None)
            self._reload(case_id)
        return self.list.select_id(case_id)

    # Loading -------------------------------------------------------------------------------------
    def _reload(self, select_id: uuid.UUID | None = None, action_id: uuid.UUID | None = None) -> None:
        """The list again (selecting `select_id`, else the same case), then the case (selecting the
        action `action_id` on its Response tab)."""
        wanted = self.status_filter.currentData()
        rows = attempt(self, self.store, lambda uow: svc.list_cases(uow, wanted))
        if rows is not None:
            with self.quietly():
                self.list.set_rows(rows, select_id)
            # The list fits its side of the page: the title takes the room left, cut short with
            # "…" (the cell's tooltip has it whole), so that nothing needs scrolling sideways.
            fit_columns(self.list.view, 1)
        self.load_case(action_id)

    def reload_case(self, action_id: uuid.UUID | None = None) -> None:
        """The case and the list after a change to its actions (the list counts the open ones)."""
        self._reload(self.view.detail.id if self.view is not None else None, action_id)

    def load_case(self, action_id: uuid.UUID | None = None) -> None:
        """Read the selected case and show it; unsaved changes in a tab stay in that tab."""
        row = self.list.current_row()
        view = attempt(self, self.store, lambda uow: read_case(uow, row.id)) if row else None
        if view is None or (self.view is not None and self.view.detail.id != view.detail.id):
            for tab in self.case_tabs():
                tab.saved()  # another case: nothing of the last one's edits belongs to it
        self.view = view
        if view is None:
            self.body.setCurrentWidget(self.none_selected)
            return
        detail = view.detail
        self.body.setCurrentIndex(1)
        self.heading.setText(heading_html(detail))
        self.overview.show_case(detail, view.lists)
        self.objective.show_case(detail)
        self.scanning.show_case(detail, view.monthly)
        self.analysis.show_case(detail, view.lists, view.triangle, view.repeats)
        self.assessment.show_case(detail, view.before_after, view.no_figures)
        self.response.set_actions(detail.actions, action_id)
        self.tabs.setTabText(4, f"Res&ponse ({len(detail.actions)})")
        self.tabs.setTabText(self.tabs.indexOf(self.asb), f"A&SB ({self.asb.show_for(case_id=detail.id)})")

    def dirty_tabs(self) -> list[str]:
        return [self.tabs.tabText(self.tabs.indexOf(t)).replace("&", "") for t in self.case_tabs()
                if t.dirty]

    # Saving ----------------------------------------------------------------------------------------
    def save_tab(self, tab: FieldsTab) -> bool:
        """Save one tab's fields (one unit of work); refusals at their fields, nothing saved."""
        if self.view is None:
            return False
        detail = self.view.detail
        data = replace(detail.as_input(), **tab.values())
        try:
            saved = call(self.store, lambda uow: svc.save_case(uow, data, detail.id, detail.version))
        except ValidationError as exc:
            tab.show_errors(exc.errors)
            return False
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return False
        tab.saved()
        self._show_saved(saved.id, saved.status)
        self.tell(f"Saved {saved.reference}.")
        return True

    def _show_saved(self, case_id: uuid.UUID, status: str) -> None:
        wanted = self.status_filter.currentData()
        if wanted not in (None, status) and not (wanted == ACTIVE and status != CaseStatus.CLOSED):
            self._set_filter(None)
        self._reload(case_id)

    def new_case(self) -> None:
        """Ctrl+N: open a new case and show it on its Overview tab."""
        contacts = attempt(self, self.store, list_contacts)
        if contacts is None:
            return
        saved = NewCaseDialog.ask(
            self, lambda data: call(self.store, lambda uow: svc.save_case(uow, data)), contacts)
        if saved is None:
            return
        self._show_saved(saved.id, saved.status)
        self.tabs.setCurrentWidget(self.overview)
        self.tell(f"Opened {saved.reference}. Next: say what success is on the Objective tab.")

    def delete_case(self, row: svc.CaseRow) -> None:
        if not prompts.confirm(self, f"Delete the case {row.reference} '{row.name}' with its actions "
                                     "and links? Its reference is not used again. This cannot be undone."):
            return

        def delete(uow: UnitOfWork) -> bool:
            lifecycle.delete_case(uow, row.id, row.version)
            return True

        if attempt(self, self.store, delete):
            self.tell(f"Deleted the case {row.reference}.")
        self._reload()

    # Slots ---------------------------------------------------------------------------------------
    def _set_filter(self, value: object) -> None:
        index = next((i for i, (_t, v) in enumerate(STATUS_FILTERS) if v == value), 0)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(index)
        self.status_filter.blockSignals(False)

    def _on_status_filter_current_index_changed(self, _index: int) -> None:
        self._reload()

    def _on_list_current_changed(self, row: Any) -> None:
        if self._quiet:
            return
        current = self.view.detail if self.view is not None else None
        changed = self.dirty_tabs()
        if current is not None and changed and (row is None or row.id != current.id):
            question = (f"Leave {current.reference} without saving your changes on the "
                        f"{tabs_text(changed)}?")
            if not prompts.confirm(self, question, "Discard changes"):
                with self.quietly():
                    self.list.select_id(current.id)
                return
        self.load_case()

    def selected_case(self) -> svc.CaseDetail | None:
        return self.view.detail if self.view is not None else None

    # Closing, reopening and the triangle ----------------------------------------------------------
    def close_case(self) -> None:
        """Close the case; first ask what becomes of its open actions, if it has any."""
        detail = self.selected_case()
        if detail is None:
            return
        still_open = sum(1 for a in detail.actions if a.status == ActionStatus.OPEN)
        fate: str | None = None
        if still_open:
            fate = close_case_dialog.ask_open_actions(self, still_open)
            if fate is None:
                return

        def save(entry: CloseEntry) -> svc.CaseDetail:
            return call(self.store, lambda uow: lifecycle.close_case(
                uow, detail.id, detail.version, entry.closed_on, entry.reason, fate))

        saved = CloseCaseDialog.ask(self, save, detail.reference, FATES.get(fate or "", ""))
        if saved is not None:
            self._show_saved(saved.id, saved.status)
            self.tell(f"Closed {saved.reference}.")

    def reopen_case(self) -> None:
        detail = self.selected_case()
        if detail is None:
            return

        def save(entry: ReopenEntry) -> svc.CaseDetail:
            return call(self.store, lambda uow: lifecycle.reopen_case(
                uow, detail.id, detail.version, entry.reason, entry.status))

        saved = ReopenDialog.ask(self, save, detail.reference)
        if saved is not None:
            self._show_saved(saved.id, saved.status)
            self.tell(f"Reopened {saved.reference}.")

    def open_side(self, side: str) -> None:
        """A side of the triangle was clicked: its section on the Analysis tab, cursor in it."""
        self.tabs.setCurrentWidget(self.analysis)
        self.analysis.focus_side(side)

    def after_undo(self) -> None:
        self.reload_case()
