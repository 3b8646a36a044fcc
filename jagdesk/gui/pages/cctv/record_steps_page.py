"""What the deployments and RIPA pages share: a list of records whose life runs in dated steps,
each step a dialog saved over its own unit of work, the dates counted from the page's day."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from jagdesk.gui import prompts
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.base import Page
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


class RecordStepsPage(Page):
    """A page of `table`, reloaded when shown; `today` None is the real today at each step."""

    table: RecordTable

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today

    def day(self) -> date:
        """The day the flags are counted on and the dialogs open at."""
        return self.today or date.today()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

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

    def cameras_in_store(self, kind: str) -> list[tuple[str, uuid.UUID]]:
        """The cameras of `kind` in store, to choose the one to put up; when there is none, the
        user is told what to do."""
        cameras = [(f"{c.code} {c.name}".strip(), c.id)
                   for c in attempt(self, self.store, list_cameras) or []
                   if c.kind == kind and c.state == "store"]
        if not cameras:
            prompts.show_error(self, f"No {kind} camera is in store: add one on the CCTV cameras "
                                     "page, or set a camera's state to In store.")
        return cameras
