"""The About box, laid out in Qt Designer (forms/about.ui)."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QFile
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from jagdesk import __version__, paths
from jagdesk.services.demo.load import demo_note
from jagdesk.store.opening import Store


def _label(dialog: QDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert label is not None, f"forms/about.ui has no label {name}"
    return label


def about_dialog(store_description: str, parent: QWidget | None = None) -> QDialog:
    """The About box, filled in with the version and the open store (the main window's, as the
    parent, says whether it holds the demo)."""
    form = QFile(str(paths.forms_dir() / "about.ui"))
    form.open(QFile.OpenModeFlag.ReadOnly)
    dialog = QUiLoader().load(form, parent)
    form.close()
    assert isinstance(dialog, QDialog)
    python = f"{platform.python_implementation()} {sys.version.split()[0]}"
    _label(dialog, "versionLabel").setText(
        f"Version {__version__} (Python {python}, Qt for Python {pyside_version})"
    )
    _label(dialog, "storeLabel").setText(f"Open store: {store_description}")
    # The demo's crimes are real but not current: the box says so while the store holds it.
    store = getattr(parent, "store", None)
    note = ""
    if isinstance(store, Store):
        with store.unit_of_work() as uow:
            note = demo_note(uow)
    demo = _label(dialog, "demoLabel")
    demo.setText(note)
    demo.setVisible(bool(note))
    return dialog
