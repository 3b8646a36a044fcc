"""The partnership's deployment criteria, ticked for one request (a checklist the data builds, so
it is laid out in code)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog


class CriteriaDialog(RecordDialog):
    """Tick the criteria the request meets; values() are the names ticked."""

    def __init__(self, save: Save, criteria: Sequence[str], met: Sequence[str], site: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"Criteria for {site}", save, parent)
        self.form.addRow(QLabel("Tick each of the partnership's criteria the request meets:"))
        self.boxes: list[QCheckBox] = []
        for name in criteria:
            box = QCheckBox(name)
            box.setChecked(name in met)
            self.form.addRow(box)
            self.boxes.append(box)
        if self.boxes:
            self.boxes[0].setFocus()

    def values(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]
