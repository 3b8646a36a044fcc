"""The Baseline tab's target column: a percentage typed in the cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class TargetDelegate(QStyledItemDelegate):
    """Edits a target % reduction with a spin box from 0% to 100%: nothing else can be typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: object) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0, 100)
        editor.setDecimals(1)
        editor.setSuffix("%")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor
