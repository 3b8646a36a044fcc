"""The case tabs' date that may be left unset, as Qt Designer makes a promoted widget: with its
parent only (OptionalDate takes its value first)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.pages.cases_parts import OptionalDate


class OptionalDay(OptionalDate):
    """An OptionalDate for the forms in forms/: made unset, given its value by the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
