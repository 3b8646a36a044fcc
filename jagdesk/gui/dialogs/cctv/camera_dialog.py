"""A camera of the register: its ID, kind, state, owner, where it is and how long footage is kept."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jagdesk.domain.cctv.cameras import RETENTION_DAYS, CameraKind, CameraState
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_camera_dialog import Ui_CameraDialog
from jagdesk.services.cctv.cameras import CameraInput, CameraRow

KINDS = [("Fixed", CameraKind.FIXED.value), ("Mobile (redeployable, overt)", CameraKind.MOBILE.value),
         ("Covert", CameraKind.COVERT.value)]
STATES = [("Deployed", CameraState.DEPLOYED.value), ("In store", CameraState.STORE.value),
          ("In repair", CameraState.REPAIR.value)]


class CameraDialog(RecordDialog):
    """Add or edit a camera."""

    def __init__(self, save: Save, agencies: Sequence[str], initial: CameraRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_CameraDialog()
        super().__init__(f"Edit camera {initial.code}" if initial else "New camera", save, parent, ui)
        self.initial = initial
        self.code, self.name, self.kind, self.state = ui.code, ui.name, ui.kind, ui.state
        self.owner_agency, self.place, self.area = ui.owner_agency, ui.place, ui.area
        self.asset_tag, self.make, self.retention_days = ui.asset_tag, ui.make, ui.retention_days
        choices(self.kind, KINDS, initial.kind if initial else CameraKind.MOBILE.value)
        choices(self.state, STATES, initial.state if initial else CameraState.STORE.value)
        owner = initial.owner_agency if initial else ""
        names = ["", *agencies] + ([owner] if owner and owner not in agencies else [])
        choices(self.owner_agency, [(name or "(none)", name) for name in names], owner)
        for box, attribute in ((self.code, "code"), (self.name, "name"), (self.place, "place"),
                               (self.area, "area"), (self.asset_tag, "asset_tag"),
                               (self.make, "make")):
            box.setText(getattr(initial, attribute) if initial else "")
        self.retention_days.setValue(initial.retention_days if initial else RETENTION_DAYS)
        self.code.setFocus()

    def values(self) -> CameraInput:
        start = self.initial
        return CameraInput(
            code=self.code.text(), name=self.name.text(), kind=str(self.kind.currentData()),
            asset_tag=self.asset_tag.text(), owner_agency=str(self.owner_agency.currentData()),
            make=self.make.text(), camera_type=start.camera_type if start else "",
            state=str(self.state.currentData()), place=self.place.text(), area=self.area.text(),
            longitude=start.longitude if start else None, latitude=start.latitude if start else None,
            retention_days=self.retention_days.value())
