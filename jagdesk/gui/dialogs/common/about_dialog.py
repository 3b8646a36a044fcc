"""The About box, laid out in Qt Designer (forms/common/about_dialog.ui)."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QWidget

from jagdesk import __version__
from jagdesk.gui.forms.common.ui_about_dialog import Ui_AboutDialog
from jagdesk.services.demo.load import demo_note
from jagdesk.store.opening import Store


def about_dialog(store_description: str, parent: QWidget | None = None) -> QDialog:
    """The About box, filled in with the version and the open store (the main window's, as the
    parent, says whether it holds the demo)."""
    dialog = QDialog(parent)
    ui = Ui_AboutDialog()
    ui.setupUi(dialog)
    python = f"{platform.python_implementation()} {sys.version.split()[0]}"
    ui.versionLabel.setText(f"Version {__version__} (Python {python}, Qt for Python {pyside_version})")
    ui.storeLabel.setText(f"Open store: {store_description}")
    # The demo's crimes are real but not current: the box says so while the store holds it.
    store = getattr(parent, "store", None)
    note = ""
    if isinstance(store, Store):
        with store.unit_of_work() as uow:
            note = demo_note(uow)
    ui.demoLabel.setText(note)
    ui.demoLabel.setVisible(bool(note))
    return dialog
