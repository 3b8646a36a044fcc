"""Where to write a meeting's minutes as a Word document, and whether with the action log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jagdesk.gui.dialogs.common.fields import Save, tab_chain
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.pages.meetings.file_row import choose_save_path, file_row, typed_path
from jagdesk.gui.pages.meetings.paper_writers import MinutesExport


class MinutesExportDialog(RecordDialog):
    """Where to write the minutes (.docx), and the letterhead whose styles and header to use."""

    def __init__(self, save: Save, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__("Minutes to Word", save, parent)
        self.setMinimumWidth(620)
        self.path = QLineEdit(str(suggested))
        self.browse = QPushButton("&Browse…")
        self.template = QLineEdit()
        self.template.setPlaceholderText("None: the built-in styles")
        self.template_browse = QPushButton("Bro&wse…")
        self.add_field("path", "&Save as:", file_row(self.path, self.browse))
        self.add_field("template", "&Letterhead (.docx):", file_row(self.template, self.template_browse))
        self.buttons.button(self.buttons.StandardButton.Save).setText("&Export")
        tab_chain(self.path, self.browse, self.template, self.template_browse)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.template_browse.clicked.connect(self._on_template_browse_clicked)
        self.path.setFocus()

    def _on_browse_clicked(self) -> None:
        choose_save_path(self.path, "Minutes to Word", "Word document (*.docx)")

    def _on_template_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Letterhead template", str(Path.home()),
                                                "Word document (*.docx)")
        if chosen:
            self.template.setText(chosen)

    def values(self) -> MinutesExport:
        return MinutesExport(typed_path(self.path), typed_path(self.template))
