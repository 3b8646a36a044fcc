"""A day that may be left unset, as the ASB register's forms promote it (a Designer form's widget
takes its parent alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.widgets.optional_date import OptionalDate


class DayField(OptionalDate):
    """An OptionalDate made by a form: unset until the dialog shows a day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, False, parent)
