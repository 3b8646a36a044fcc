"""Mobile (overt) camera deployments: the list with each one's stage and flags, the selected one's
steps with a button for the next, and the footage requests with the day each must be deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from jagdesk.domain.cctv.deployments import PLANNED_MONTHS
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.cctv.consultation_dialog import ConsultationDialog
from jagdesk.gui.dialogs.cctv.criteria_dialog import CriteriaDialog
from jagdesk.gui.dialogs.cctv.decision_dialog import DecisionDialog
from jagdesk.gui.dialogs.cctv.evaluation_dialog import EvaluationDialog
from jagdesk.gui.dialogs.cctv.footage_dialog import FootageDialog
from jagdesk.gui.dialogs.cctv.install_dialog import InstallDialog
from jagdesk.gui.dialogs.cctv.lists_dialog import ListsDialog
from jagdesk.gui.dialogs.cctv.release_dialog import ReleaseDialog
from jagdesk.gui.dialogs.cctv.removal_dialog import RemovalDialog
from jagdesk.gui.dialogs.cctv.request_dialog import RequestDialog
from jagdesk.gui.dialogs.cctv.review_dialog import ReviewDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.cctv.covert_cameras import cameras_in_store
from jagdesk.gui.pages.cctv.deployment_pane import DeploymentPane, next_step
from jagdesk.gui.pages.cctv.table_buttons import add_buttons
from jagdesk.gui.pages.common.steps_page import StepsPage
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.services.cctv.deployment_detail import deployment_detail, footage_requests
from jagdesk.services.cctv.deployments import (
    DeploymentRequest,
    DeploymentRow,
    delete_deployment,
    list_deployments,
    request_deployment,
)
from jagdesk.services.cctv.footage import (
    FootageInput,
    add_footage_request,
    record_deletion,
    record_release,
)
from jagdesk.services.cctv.lists import criteria_for
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.services.reference.agencies import list_agencies
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def flags(row: DeploymentRow) -> str:
    """What needs doing, short enough to stay in view: the steps pane says it in full."""
    found = [text for text, on in (("PAST END", row.past_planned_end),
                                   ("review due", row.review_due),
                                   ("signage up", row.signage_to_remove)) if on]
    return ", ".join(found)


DEPLOYMENT_COLUMNS = [
    Column("Ref", lambda r: r.reference),
    Column("Site", lambda r: r.site),
    Column("Stage", lambda r: r.stage.capitalize()),
    Column("Camera", lambda r: r.camera),
    Column("Requested", lambda r: _day(r.requested_on)),
    Column("Planned end", lambda r: _day(r.planned_end_on)),
    Column("Flags", flags),
]
FOOTAGE_COLUMNS = [
    Column("Camera", lambda r: r.camera),
    Column("Recorded", lambda r: _day(r.recorded_on)),
    Column("Requested by", lambda r: r.requested_by),
    Column("Police ref", lambda r: r.police_reference),
    Column("Released", lambda r: _day(r.released_on) or "not yet"),
    Column("Delete by", lambda r: _day(r.delete_by)),
    Column("Deleted", lambda r: _day(r.deleted_on) or "not yet"),
]


class DeploymentsPage(StepsPage, UndoDeletePage):
    """Mobile deployments from request to evaluation, and footage requests."""

    title = "Mobile CCTV"
    undoes = "the last deployment deleted on this page"

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(store, parent, today)
        self.table = RecordTable("Mobile deployments", "request", DEPLOYMENT_COLUMNS)
        self.table.set_empty_text("No mobile deployments yet: press New request to record who "
                                  "asked for a camera, where and why.")
        self.table.edit_button.setText("Next &step…")
        self.table.delete_requested.connect(self.delete_record)
        self.criteria_button = QPushButton("C&riteria list…")
        self.criteria_button.setToolTip("The partnership's deployment criteria: add, rename, retire "
                                        "or reorder them")
        self.criteria_button.clicked.connect(self.open_criteria)
        add_buttons(self.table, self.criteria_button)
        self.footage = RecordTable("Footage requests", "footage request", FOOTAGE_COLUMNS)
        self.footage.set_empty_text("No footage requests: press New footage request when someone "
                                    "asks to view or copy a recording.")
        self.footage.new_button.setText("New &footage request…")
        self.footage.edit_button.setText("Recording de&leted…")
        self.footage.delete_button.hide()
        self.release_button = QPushButton("Rele&ased…")
        self.release_button.setToolTip("Record what was released to the requester, and when")
        add_buttons(self.footage, self.release_button)
        self.release_button.clicked.connect(self.record_release)
        self.release_button.setEnabled(False)
        self.footage.current_changed.connect(
            lambda row: self.release_button.setEnabled(row is not None))
        self.pane = DeploymentPane()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.footage)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([790, 350])
        self.splitter.setChildrenCollapsible(False)
        # A long address is cut short in the list (the steps show it whole), so the flags stay in view.
        self.table.view.horizontalHeader().setMaximumSectionSize(200)
        QVBoxLayout(self).addWidget(self.splitter)
        self.table.new_requested.connect(self.new_record)
        self.table.edit_requested.connect(lambda _row: self.open_next_step())
        self.table.current_changed.connect(lambda _row: self._show_selected())
        self.pane.step_requested.connect(self.open_step)
        self.footage.new_requested.connect(self.new_footage_request)
        self.footage.edit_requested.connect(self.record_deleted)

    def refresh(self) -> None:
        rows = attempt(self, self.store, lambda uow: [
            row for row in list_deployments(uow, self.day()) if row.kind == "mobile"])
        if rows is not None:
            self.table.set_rows(rows)
        self.footage.set_rows(attempt(self, self.store, footage_requests) or [])
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.table.current_row()
        if row is None:
            self.pane.show_detail(None, [])
            return
        found = attempt(self, self.store, lambda uow: (deployment_detail(uow, row.id, self.day()),
                                                       criteria_for(uow, row.criteria_met)))
        if found is not None:
            self.pane.show_detail(*found)

    def new_record(self) -> None:
        """New request: who asked for a camera, where and why."""
        def choices(uow: UnitOfWork) -> tuple[list[tuple[str, Any]], list[str]]:
            return ([(h.name, h.id) for h in list_hotspots(uow)],
                    [a.name for a in list_agencies(uow)])
        found = attempt(self, self.store, choices)
        if found is None:
            return

        def save(data: DeploymentRequest) -> DeploymentRow:
            return call(self.store, lambda uow: request_deployment(uow, data))
        saved = RequestDialog.ask(self, save, found[0], found[1], self.day())
        self._after(saved, "Request recorded")

    def delete_record(self, row: DeploymentRow) -> None:
        """Delete a deployment entered by mistake, with its reviews (Ctrl+Z brings it back)."""
        if not prompts.confirm(self, f"Delete the deployment {row.reference} at {row.site}?"):
            return
        reference = attempt(self, self.store, lambda uow: delete_deployment(uow, row.id, row.version))
        if reference is not None:
            self.deleted("deployment", row.id, f"the deployment {reference}")
        self.refresh()

    def open_criteria(self) -> None:
        """The partnership's lists, at the deployment criteria."""
        ListsDialog(self.store, self.day(), "criteria", self).exec()
        self.refresh()

    def _after(self, saved: DeploymentRow | None, what: str) -> None:
        self.after_step(saved, f"{what}: {saved.reference}, {saved.site}." if saved else "")

    def open_next_step(self) -> None:
        """Enter: the step the selected deployment is waiting for."""
        row = self.table.current_row()
        if row is None:
            return
        detail = attempt(self, self.store, lambda uow: deployment_detail(uow, row.id, self.day()))
        step = next_step(detail) if detail else None
        if step is None:
            self.tell(f"{row.reference} is {row.stage}: it has no step left.")
            return
        self.open_step(step)

    def open_step(self, step: str) -> None:
        """Open the dialog of `step` for the selected deployment; a refusal changes nothing."""
        row: DeploymentRow | None = self.table.current_row()
        if row is None:
            return
        today, saving = self.day(), self.saving
        if step == "criteria":
            criteria = attempt(self, self.store, lambda uow: criteria_for(uow, row.criteria_met)) or []
            saved = CriteriaDialog.ask(self, saving(lambda uow, met: steps.check_criteria(
                uow, row.id, row.version, met)), criteria, row.criteria_met, row.site)
        elif step == "decision":
            saved = DecisionDialog.ask(self, saving(lambda uow, e: steps.decide(
                uow, row.id, row.version, e.decision, e.decided_on, e.decided_by, e.reasons)),
                row.site, today)
        elif step == "consultation":
            saved = ConsultationDialog.ask(self, saving(lambda uow, e: steps.record_consultation(
                uow, row.id, row.version, e.letters_sent_on, e.responses, e.objections, e.answer)),
                row.site, today)
        elif step == "install":
            cameras = cameras_in_store(self, "mobile")
            if not cameras:
                return
            settings = attempt(self, self.store, cctv_settings)
            saved = InstallDialog.ask(self, saving(lambda uow, e: steps.install(
                uow, row.id, row.version, e.camera_id, e.installed_on, e.signage_up_on,
                planned_months=e.planned_months)), row.site, cameras, today,
                planned_months=settings.planned_months if settings else PLANNED_MONTHS)
        elif step == "review":
            saved = ReviewDialog.ask(self, saving(lambda uow, e: steps.add_review(
                uow, row.id, row.version, e.reviewed_on, e.reviewer, e.outcome)), row.site, today)
        elif step == "removal":
            saved = RemovalDialog.ask(self, saving(lambda uow, e: steps.remove(
                uow, row.id, row.version, e.removed_on, e.signage_removed_on)), row.site, today,
                row.removed_on)
        else:
            saved = EvaluationDialog.ask(self, saving(lambda uow, e: steps.evaluate(
                uow, row.id, row.version, e.evaluated_on, e.radius_m)), row.site, today)
        self._after(saved, "Saved")

    def new_footage_request(self) -> None:
        cameras = [(f"{c.code} {c.name}".strip(), c.id)
                   for c in attempt(self, self.store, list_cameras) or [] if c.kind != "covert"]
        if not cameras:
            prompts.show_error(self, "There are no cameras yet: add one on the CCTV cameras page.")
            return
        row = self.table.current_row()

        def save(data: FootageInput) -> Any:
            return call(self.store, lambda uow: add_footage_request(uow, data))
        saved = FootageDialog.ask(self, save, cameras, self.day(),
                                  None, row.id if row is not None else None)
        if saved is not None:
            self.footage.set_rows(attempt(self, self.store, footage_requests) or [], saved.id)
            self.tell(f"Footage request recorded: delete the recording by {_day(saved.delete_by)}.")

    def record_deleted(self, row: Any) -> None:
        """Record a recording deleted today (asked first)."""
        if row.deleted_on is not None:
            self.tell(f"That recording was deleted on {_day(row.deleted_on)}.")
            return
        if not prompts.confirm(self, f"Record the footage of {_day(row.recorded_on)} from "
                                     f"{row.camera} as deleted on {_day(self.day())}?", "Deleted"):
            return
        if attempt(self, self.store, lambda uow: record_deletion(uow, row.id, row.version,
                                                                 self.day())):
            self.footage.set_rows(attempt(self, self.store, footage_requests) or [], row.id)
            self.tell("Recording deleted.")

    def record_release(self) -> None:
        """What was released of the selected request's footage, and when."""
        row = self.footage.current_row()
        if row is None:
            self.tell("Select a footage request first.")
            return
        saved = ReleaseDialog.ask(self, self.saving(lambda uow, e: record_release(
            uow, row.id, row.version, e.released, e.released_on)), row.requested_by, self.day(),
            row.released)
        if saved is not None:
            self.footage.set_rows(attempt(self, self.store, footage_requests) or [], saved.id)
            self.tell(f"Footage released to {saved.requested_by} on {_day(saved.released_on)}.")
