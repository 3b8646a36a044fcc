"""Letters from the partnership's Word templates: to a person on the register (about one of their
interventions), or to every address on chosen roads; written to a folder, one file each or one
document for a mail merge."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from jagdesk.gui.dialogs.asb.person_search import picked_person, searchable_people
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_letter_dialog import Ui_LetterDialog
from jagdesk.services.asb.choices import Choice

TO_PERSON, TO_ROADS = "person", "roads"


@dataclass(frozen=True)
class LetterEntry:
    template: str
    to_roads: bool
    person_id: uuid.UUID | None
    roads: tuple[str, ...]
    folder: Path
    merge: bool
    officer: str


class LetterDialog(RecordDialog):
    """Write letters from one of `templates`, to one of `people` (`person_id` first) or roads."""

    def __init__(self, save: Save, templates: list[str], people: tuple[Choice, ...],
                 person_id: uuid.UUID | None, template: str, folder: Path, officer: str = "",
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_LetterDialog()
        super().__init__("Write letters", save, parent, ui)
        ui.intro.setText("The templates are Word files the partnership edits ({{name}}, {{address}}, "
                         "{{date}}, {{officer}}, {{reference}}...); each letter is recorded against the "
                         "person or the road.")
        choices(ui.template, [(name, name) for name in templates], template)
        choices(ui.recipient, [("A person on the register", TO_PERSON),
                               ("Every address on the roads", TO_ROADS)],
                TO_ROADS if template.startswith("residents") else TO_PERSON)
        searchable_people(ui.person_id, people, person_id)
        ui.roads.setPlaceholderText("Shenley Road:1-40; Aycliffe Road")
        ui.folder.setText(str(folder))
        ui.officer.setText(officer)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Write")
        browse = ui.buttons.addButton("C&hoose folder…", QDialogButtonBox.ButtonRole.ActionRole)
        browse.clicked.connect(self._browse)
        self._recipient_changed()
        ui.recipient.currentIndexChanged.connect(self._recipient_changed)
        ui.template.setFocus()

    def _recipient_changed(self) -> None:
        roads = self.ui.recipient.currentData() == TO_ROADS
        for field, shown in ((self.ui.person_id, not roads), (self.ui.roads, roads)):
            holder = field.parentWidget()
            assert holder is not None
            self.form.setRowVisible(holder, shown)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Write the letters to", self.ui.folder.text())
        if chosen:
            self.ui.folder.setText(chosen)

    def values(self) -> LetterEntry:
        ui = self.ui
        roads = ui.recipient.currentData() == TO_ROADS
        parts = tuple(part.strip() for part in ui.roads.text().split(";") if part.strip())
        return LetterEntry(ui.template.currentData(), roads, None if roads else picked_person(ui.person_id),
                           parts if roads else (), Path(ui.folder.text().strip()).expanduser(),
                           ui.merge.isChecked(), ui.officer.text().strip())
