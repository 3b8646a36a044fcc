"""A page of records whose life runs in dated steps (a CCTV deployment, a RIPA authorisation):
each step a dialog saved over its own unit of work, the dates counted from the page's day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from jagdesk.gui.operations import call
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


class StepsPage(Page):
    """A page of `table`, reloaded when shown; `today` None is the real today at each step."""

    table: RecordTable

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today

    def day(self) -> date:
        """The day the flags are counted on and the dialogs open at."""
        return self.today or date.today()

    def saving(self, use_case: Callable[[UnitOfWork, Any], Any]) -> Callable[[Any], Any]:
        """A dialog's save: the use case run on the entry in its own unit of work."""
        return lambda entry: call(self.store, lambda uow: use_case(uow, entry))

    def after_step(self, saved: Any, said: str) -> None:
        """Show the record a dialog saved (None: cancelled or refused, nothing changed)."""
        if saved is None:
            return
        self.refresh()
        self.table.select_id(saved.id)
        self.tell(said)
        self.table.view.setFocus()
