"""The camera register: every camera with its kind, state, owner, place and footage retention; its
deployments below; a camera list imported from CSV or Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from jagdesk.gui import prompts
from jagdesk.gui.dialogs.cctv.camera_dialog import CameraDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.cctv.table_buttons import add_buttons
from jagdesk.gui.pages.common.master_detail_page import MasterDetailPage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv.camera_import import import_cameras
from jagdesk.services.cctv.cameras import (
    CameraInput,
    CameraRow,
    delete_camera,
    list_cameras,
    save_camera,
)
from jagdesk.services.cctv.deployments import list_deployments
from jagdesk.services.reference.agencies import list_agencies
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

KIND_TEXT = {"fixed": "Fixed", "mobile": "Mobile", "covert": "COVERT"}
STATE_TEXT = {"deployed": "Deployed", "store": "In store", "repair": "In repair"}
CAMERA_COLUMNS = [
    Column("Camera ID", lambda r: r.code),
    Column("Name", lambda r: r.name),
    Column("Kind", lambda r: KIND_TEXT.get(r.kind, r.kind)),
    Column("State", lambda r: STATE_TEXT.get(r.state, r.state)),
    Column("Owner agency", lambda r: r.owner_agency),
    Column("Where", lambda r: r.place or r.area),
    Column("Retention (days)", lambda r: r.retention_days),
]
HISTORY_COLUMNS = [
    Column("Deployment", lambda r: r.reference),
    Column("Site", lambda r: r.site),
    Column("Stage", lambda r: r.stage.capitalize()),
    Column("Installed", lambda r: f"{r.installed_on:%d/%m/%Y}" if r.installed_on else ""),
    Column("Removed", lambda r: f"{r.removed_on:%d/%m/%Y}" if r.removed_on else ""),
    Column("Evaluation", lambda r: r.evaluation),
]
CAMERA_FILES = "Camera lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"


class CamerasPage(MasterDetailPage):
    """The camera register and each camera's history of deployments."""

    title = "CCTV cameras"
    master_table, detail_table = "camera", "deployment"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, RecordTable("Cameras", "camera", CAMERA_COLUMNS),
                         RecordTable("Deployments", "deployment", HISTORY_COLUMNS), parent)
        self.master.set_empty_text("No cameras yet: press New camera to add one, or Import "
                                   "cameras to read a list from a CSV or Excel file.")
        for button in (self.detail.new_button, self.detail.edit_button, self.detail.delete_button):
            button.hide()
        self.import_button = QPushButton("&Import cameras…")
        self.import_button.setToolTip("Read a camera list (CSV or .xlsx): columns found by name; "
                                      "a camera already on the register is updated by its ID")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        add_buttons(self.master, self.import_button)

    def load_master(self, uow: UnitOfWork) -> list[Any]:
        return list_cameras(uow)

    def load_detail(self, uow: UnitOfWork, master_row: Any) -> list[Any]:
        return [row for row in list_deployments(uow) if row.camera == master_row.code]

    def detail_title(self, master_row: Any | None) -> str:
        return f"Deployments of {master_row.code}" if master_row else "Deployments"

    def detail_empty_text(self, master_row: Any | None) -> str:
        if master_row is None:
            return "Select a camera to see where it has been deployed."
        return (f"{master_row.code} has not been deployed yet: a deployment is recorded on the "
                "Mobile CCTV page when its camera is installed.")

    def edit_master(self, row: CameraRow | None) -> Any:
        agencies = [a.name for a in attempt(self, self.store, list_agencies) or []]

        def save(data: CameraInput) -> CameraRow:
            return call(self.store, lambda uow: save_camera(
                uow, row.id if row else None, row.version if row else None, data))
        return CameraDialog.ask(self, save, agencies, row)

    def edit_detail(self, row: Any | None) -> Any:
        return None  # the history is read here; each step is recorded on the deployments page

    def delete_master_record(self, uow: UnitOfWork, row: CameraRow) -> None:
        # One with a history is refused by the service, which says to set it in store instead.
        delete_camera(uow, row.id, row.version)

    def import_file(self, path: Path) -> bool:
        """Import a camera list; a refused file is told in one sentence and nothing changes."""
        report = attempt(self, self.store, lambda uow: import_cameras(uow, path))
        self.refresh()
        if report is None:
            return False
        self.tell(report.sentence())
        prompts.inform(self, report.sentence())
        return True

    def _on_import_button_clicked(self) -> None:
        target, _ = QFileDialog.getOpenFileName(self, "Import cameras", "", CAMERA_FILES)
        if target:
            self.import_file(Path(target))
