"""Every label of every Qt Designer form whose Alt+letter names a field moves the keyboard to
that field: Qt gives focus to a label's buddy only when the buddy takes focus, so a buddy that is
a container (a row of boxes, a date with its Clear button) must be the box itself or pass focus on."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

import jagdesk.gui.forms

FORMS = Path(jagdesk.gui.forms.__file__).parent
MODULES = sorted(
    ".".join(("jagdesk.gui.forms", *path.relative_to(FORMS).with_suffix("").parts))
    for path in FORMS.rglob("ui_*.py"))


def _form(module_name: str, qtbot: object) -> QWidget:
    module = importlib.import_module(module_name)
    (ui_class,) = [value for name, value in vars(module).items() if name.startswith("Ui_")]
    host = QDialog()
    ui_class().setupUi(host)
    return host


@pytest.mark.parametrize("module_name", MODULES)
def test_each_labels_alt_letter_reaches_a_field(module_name: str, qtbot: object) -> None:
    host = _form(module_name, qtbot)
    unreachable = []
    for label in host.findChildren(QLabel):
        buddy = label.buddy()
        if "&" not in label.text().replace("&&", "") or buddy is None:
            continue
        if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            unreachable.append(f"{label.objectName()} ({label.text()!r}) -> {buddy.objectName()}")
    host.deleteLater()
    assert unreachable == [], f"{module_name}: Alt+letter reaches nothing for {unreachable}"


def test_the_forms_are_found() -> None:
    assert len(MODULES) >= 40
