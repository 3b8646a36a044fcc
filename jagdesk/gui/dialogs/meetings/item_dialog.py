"""An agenda item: its title, kind, and the hotspot or case (and side) it is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.meetings.ui_item_dialog import Ui_ItemDialog
from jagdesk.services.meetings import ItemInput, ItemRow


class ItemDialog(RecordDialog):
    """Add or edit an agenda item: its title, kind, and the hotspot or case (and side) it is about."""

    def __init__(self, save: Save, hotspots: Sequence[Any], cases: Sequence[Any],
                 problem_solving: bool = False, initial: ItemRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ItemDialog()
        super().__init__("Edit agenda item" if initial else "New agenda item", save, parent, ui)
        self.name, self.kind, self.hotspot, self.case, self.side = (
            ui.name, ui.kind, ui.hotspot, ui.case, ui.side)
        self.name.setText(initial.name if initial else "")
        choices(self.kind, [(k.label, k.value) for k in ItemKind],
                initial.kind if initial else ItemKind.GENERAL.value)
        choices(self.hotspot, [("(none)", None)] + [(h.name, h.id) for h in hotspots],
                initial.hotspot_id if initial else None)
        choices(self.case, [("(none)", None)] + [(f"{c.reference} {c.name}", c.id) for c in cases],
                initial.case_id if initial else None)
        choices(self.side, [("(no side)", "")] + [(s.label, s.value) for s in Side],
                initial.side if initial else "")
        holder = self.side.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, problem_solving)
        self.name.setFocus()

    def values(self) -> ItemInput:
        return ItemInput(name=self.name.text(), kind=str(self.kind.currentData()),
                         hotspot_id=self.hotspot.currentData(), case_id=self.case.currentData(),
                         side=str(self.side.currentData() or ""))
