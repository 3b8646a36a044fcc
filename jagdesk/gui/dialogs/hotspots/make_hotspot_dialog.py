"""A proposed hotspot made from one of the finder's candidates: its name."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.hotspots.ui_make_hotspot_dialog import Ui_MakeHotspotDialog
from jagdesk.services.hotspots.finder import Candidate


def suggested_name(candidate: Candidate) -> str:
    """A name for a hotspot made from a candidate: the street police.uk names, and the ward."""
    place = candidate.top_location.removeprefix("On or near ").strip() or candidate.grid_reference
    return f"{place}, {candidate.ward_name}" if candidate.ward_name else place


class MakeHotspotDialog(RecordDialog):
    """Name the proposed hotspot to be made from a finder's candidate."""

    def __init__(self, save: Save, candidate: Candidate, parent: QWidget | None = None) -> None:
        self.ui = Ui_MakeHotspotDialog()
        super().__init__("Make a hotspot", save, parent, self.ui)
        self.ui.about.setText(
            f"A proposed hotspot covering the {candidate.cell_size_m} m square at "
            f"{candidate.grid_reference}"
            + (f" ({candidate.ward_name})" if candidate.ward_name else "")
            + f": {candidate.count:,} incidents, {candidate.previous_count:,} in the period before."
            + (f" Mostly {candidate.top_types_text}." if candidate.top_types else ""))
        self.name = self.ui.name
        self.name.setText(suggested_name(candidate))
        self.name.selectAll()
        self.name.setFocus()

    def values(self) -> str:
        return self.name.text()
