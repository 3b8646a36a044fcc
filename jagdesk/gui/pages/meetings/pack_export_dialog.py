"""Where to write a meeting's pack as a PDF, whether the public version leaves people's names out,
and whether an ordinary one includes the covert deployments on a restricted page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jagdesk.gui.dialogs.common.fields import Save, tab_chain
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.pages.meetings.file_row import choose_save_path, file_row, typed_path
from jagdesk.gui.pages.meetings.paper_writers import PackExport


class PackExportDialog(RecordDialog):
    """Where to write the pack (.pdf), and whether it is the public version without names."""

    def __init__(self, save: Save, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__("Meeting pack (PDF)", save, parent)
        self.setMinimumWidth(620)
        self.path = QLineEdit(str(suggested))
        self.browse = QPushButton("&Browse…")
        self.public = QCheckBox("&Public version: leaves out every person's name and personal details")
        # Off unless chosen: the pack counts covert cameras; their detail is restricted.
        self.covert = QCheckBox("Include the &covert CCTV deployments (RIPA) on a separate page, "
                                "marked restricted circulation")
        self.covert.setToolTip("OFFICIAL-SENSITIVE: for the members entitled to see it. A public "
                               "pack never includes it.")
        self.add_field("path", "&Save as:", file_row(self.path, self.browse))
        self.form.addRow("", self.public)
        self.form.addRow("", self.covert)
        self.buttons.button(self.buttons.StandardButton.Save).setText("&Export")
        tab_chain(self.path, self.browse, self.public, self.covert)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.public.toggled.connect(self._on_public_toggled)
        self.path.setFocus()

    def _on_browse_clicked(self) -> None:
        choose_save_path(self.path, "Meeting pack", "PDF document (*.pdf)")

    def _on_public_toggled(self, public: bool) -> None:
        if public:
            self.covert.setChecked(False)
        self.covert.setEnabled(not public)
        path = Path(self.path.text())
        stem = path.stem.removesuffix(" (public)")
        self.path.setText(str(path.with_name(f"{stem}{' (public)' if public else ''}{path.suffix}")))

    def values(self) -> PackExport:
        return PackExport(typed_path(self.path), self.public.isChecked(),
                          self.covert.isChecked() and not self.public.isChecked())
