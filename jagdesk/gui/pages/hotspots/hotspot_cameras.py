"""The Cameras tab of the hotspots page: the cameras up now at or near the hotspot and the
deployments made there, each deployment opened on its CCTV page. Covert ones only behind their
own OFFICIAL-SENSITIVE toggle, as on the map."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.cctv.cameras import CameraKind
from jagdesk.domain.common.marking import Marking
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.dashboard.cctv_links import AUTHORISATION, DEPLOYMENT, CctvLink
from jagdesk.gui.pages.places.camera_item import KIND_WORDS
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.services.cctv.camera_places import (
    NEAR_HOTSPOT_M,
    HotspotDeployment,
    PlacedCamera,
    cameras_near,
    hotspot_deployments,
)
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


def _metres(value: float | None) -> str:
    return "" if value is None else "here" if value < 10 else f"{value:,.0f} m"


def _kind(kind: str) -> str:
    return KIND_WORDS.get(CameraKind(kind), kind) if kind in set(CameraKind) else kind


CAMERA_COLUMNS = [
    Column("Camera", lambda c: c.code), Column("Name", lambda c: c.name),
    Column("Type", lambda c: _kind(c.kind)), Column("Distance", lambda c: _metres(c.distance_m)),
    Column("Deployment", lambda c: c.deployment), Column("Since", lambda c: table_day(c.installed_on)),
    Column("Where now", lambda c: c.place),
]
DEPLOYMENT_COLUMNS = [
    Column("Deployment", lambda d: d.reference), Column("Type", lambda d: _kind(d.kind)),
    Column("Camera", lambda d: d.camera), Column("Stage", lambda d: d.stage.capitalize()),
    Column("Requested", lambda d: table_day(d.requested_on)),
    Column("Installed", lambda d: table_day(d.installed_on)),
    Column("Removed", lambda d: table_day(d.removed_on)),
    Column("Distance", lambda d: _metres(d.distance_m)), Column("Site", lambda d: d.site),
]
Found = tuple[list[PlacedCamera], list[HotspotDeployment]]


def deployment_link(row: HotspotDeployment) -> CctvLink:
    """A mobile deployment opens on the Mobile CCTV page; a covert one under its authorisation."""
    if row.kind == CameraKind.COVERT and row.authorisation:
        return CctvLink(AUTHORISATION, row.authorisation)
    return CctvLink(DEPLOYMENT, row.reference)


class HotspotCameras(QScrollArea):
    """The chosen hotspot's cameras within NEAR_HOTSPOT_M and its deployment history.

    Two lists one above the other need more height than the other tabs: in a short window the
    tab scrolls, rather than squeezing the page's list of hotspots above it.
    """

    cctv_requested = Signal(object)  # the deployment to open (cctv_links.CctvLink)
    counted = Signal(int)  # how many cameras are near the hotspot shown, after each load

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.store, self.today = store, today
        self.hotspot_id: uuid.UUID | None = None
        self.caption = QLabel(f"Cameras up now within {NEAR_HOTSPOT_M} m of the hotspot's point, the "
                              "nearest first, and every deployment asked for here.")
        self.caption.setWordWrap(True)
        # Off each time the page opens, as on the map: covert cameras only when asked for.
        self.covert_check = QCheckBox(f"Covert cameras too ({Marking.OFFICIAL_SENSITIVE})")
        self.covert_check.setToolTip("Only for your own screen: covert cameras and deployments are "
                                     "never shown in a public document")
        self.cameras = RecordTable("Cameras near the hotspot", "camera", CAMERA_COLUMNS)
        self.deployments = RecordTable("Deployments here", "deployment", DEPLOYMENT_COLUMNS)
        for table in (self.cameras, self.deployments):
            table.new_button.hide()
            table.delete_button.hide()
            # In the service's order (the nearest camera, the newest request first) until a header
            # is clicked.
            table.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            table.proxy.sort(-1)
        self.cameras.edit_button.hide()
        self.cameras.set_empty_text(f"No camera is up within {NEAR_HOTSPOT_M} m of this hotspot.")
        self.deployments.set_empty_text("No camera has been asked for here: request one on the "
                                        "Mobile CCTV page.")
        self.deployments.edit_button.setText("&Open on its CCTV page")
        self.deployments.edit_button.setToolTip("Show the deployment on the Mobile CCTV page (a covert "
                                                "one under its authorisation on the RIPA page)")
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.covert_check)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.cameras)
        splitter.addWidget(self.deployments)
        splitter.setChildrenCollapsible(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self.covert_check.toggled.connect(lambda _on: self.load())
        self.deployments.edit_requested.connect(lambda row: self.cctv_requested.emit(deployment_link(row)))

    def show_hotspot(self, hotspot_id: uuid.UUID | None) -> int:
        """Show the hotspot's cameras and deployments (none: empty); how many cameras are near."""
        self.hotspot_id = hotspot_id
        return self.load()

    def load(self) -> int:
        """Read the hotspot's cameras and deployments again; how many cameras are near."""
        hotspot_id, covert = self.hotspot_id, self.covert_check.isChecked()
        found: Found | None = ([], [])
        if hotspot_id is not None:
            def read(uow: UnitOfWork) -> Found:
                return (cameras_near(uow, hotspot_id, self.today or date.today(), covert),
                        hotspot_deployments(uow, hotspot_id, covert))
            found = attempt(self, self.store, read)
        cameras, deployments = found or ([], [])
        self.cameras.set_rows(cameras)
        self.deployments.set_rows(deployments)
        self.counted.emit(len(cameras))
        return len(cameras)
