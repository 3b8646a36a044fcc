"""What the window says of a take-out file (its title and status bar name where it came from),
and File > Take out and Check in connected to the store: off on a take-out file, saying why.
Light, for the window filling itself in at start: the dialogs load when an entry is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from jagdesk.domain.common.day_text import uk_day_time
from jagdesk.errors import JagdeskError
from jagdesk.services.offline.origin import read_origin
from jagdesk.services.offline.types import TakeoutOriginText
from jagdesk.store.opening import Store


def store_origin(store: Store) -> TakeoutOriginText | None:
    """Where the open store was taken out of, or None for an ordinary store (or one that cannot
    say: then the title and the menu treat it as ordinary)."""
    try:
        return read_origin(store)
    except (JagdeskError, SQLAlchemyError):
        return None


def store_title(store: Store, origin: TakeoutOriginText | None) -> str:
    """What the window's title says of the open store: where it is, or, for a take-out file,
    which store it was taken out of, which locality, when and by whom."""
    if origin is None:
        return store.location.describe()
    return (f"take-out of {origin.source} ({origin.locality}, taken "
            f"{uk_day_time(origin.taken_at)} by {origin.taken_by})")


def store_status(store: Store, origin: TakeoutOriginText | None) -> str:
    """What the status bar says of the open store; for a take-out file, that it is one, so that
    nobody mistakes the laptop's copy for the shared store."""
    if origin is None:
        return store.describe()
    return (f"{store.describe()} · take-out of {origin.locality}, taken "
            f"{uk_day_time(origin.taken_at)} by {origin.taken_by}")


def connect_file_menu_entries(parent: QWidget, store: Store, origin: TakeoutOriginText | None,
                              takeout: QAction, checkin: QAction,
                              changed: Callable[[], None]) -> None:
    """Make File > Take out and Check in work on `store`; `changed` runs after either changed it.
    On a take-out file both are off, saying why: it is checked in from the store it came from."""
    if origin is not None:
        why = (f"This store is itself a take-out of {origin.source}: check it in from there, "
               "with JAGDesk open on that store.")
        for action in (takeout, checkin):
            action.setEnabled(False)
            action.setToolTip(why)

    def take() -> None:
        from jagdesk.gui.dialogs.offline.offline_menu import take_out_for_meeting

        if take_out_for_meeting(parent, store) is not None:
            changed()

    def bring_back() -> None:
        from jagdesk.gui.dialogs.offline.offline_menu import check_in_file

        if check_in_file(parent, store) is not None:
            changed()

    takeout.triggered.connect(take)
    checkin.triggered.connect(bring_back)
