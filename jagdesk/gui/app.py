"""Starting the GUI: open the store (asking what is needed), then show the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from jagdesk import APP_NAME, __version__, paths
from jagdesk.errors import JagdeskError, WrongPassphraseError
from jagdesk.gui import operations, prompts
from jagdesk.gui.background import run_with_progress
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.admin.start_dialog import StartDialog
from jagdesk.gui.fonts import register_shipped_fonts
from jagdesk.gui.main_window import MainWindow
from jagdesk.services.admin.credentials import remembered
from jagdesk.services.admin.maintenance import has_records
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import StoreLocation, passphrase_from_env, resolve_location
from jagdesk.store.opening import Store, open_store
from jagdesk.store.preflight import check_folder, read_header
from jagdesk.store.private import make_private_folder

if TYPE_CHECKING:
    from jagdesk.services.demo.load import DemoSummary

# Set by the cold-start benchmark: print "shown" once the window is up, then quit.
QUIT_WHEN_SHOWN_ENV = "JAGDESK_QUIT_WHEN_SHOWN"


def application() -> QApplication:
    """The one QApplication, made on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(APP_NAME)
        register_shipped_fonts()
    assert isinstance(app, QApplication)
    if app.windowIcon().isNull():  # also when something else made the QApplication first
        app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "jagdesk.svg")))
    return app


def _is_new_file(location: StoreLocation) -> bool:
    path = location.path
    return path is not None and (not path.exists() or path.stat().st_size == 0)


def _is_encrypted_file(location: StoreLocation) -> bool:
    path = location.path
    return path is not None and not _is_new_file(location) and read_header(path) != SQLITE_HEADER


def _open_existing(location: StoreLocation) -> Store | None:
    """Open an existing store, asking for its passphrase until it is right or the user gives up."""
    # A passphrase the user asked to keep in the system's credential store (lock screen) is tried first.
    key = passphrase_from_env() or remembered(location.describe())
    error = ""
    while True:
        if _is_encrypted_file(location) and key is None:
            key = PassphraseDialog.ask(location.describe(), error)
            if key is None:
                return None
        try:
            return open_store(location, key)
        except WrongPassphraseError as exc:
            if not _is_encrypted_file(location):
                raise
            error, key = str(exc), None


def open_for_gui(db: str | None, told: list[tuple[str, str]] | None = None) -> Store | None:
    """The store to work on, or None if the user cancelled. Raises JagdeskError on bad input.

    What the user should be told once the window is up (what the demo loaded) is added to `told`
    as (message, details).
    """
    location = resolve_location(db)
    if _is_new_file(location):
        assert location.path is not None
        if location.is_default:
            make_private_folder(location.path.parent, tighten=True)
        check_folder(location.path)
        choice = StartDialog.ask(location.describe(), new_file=True)
        if choice is None:
            return None
        store = open_store(location, choice.passphrase or passphrase_from_env())
    else:
        opened = _open_existing(location)
        if opened is None:
            return None
        store = opened
        with store.unit_of_work() as uow:
            empty = not has_records(uow.session)
        if not empty:
            return store
        choice = StartDialog.ask(location.describe(), new_file=False)
        if choice is None:
            return store
    try:
        if choice.backup is not None:
            _restore_first(store, choice.backup)
        elif choice.demo:
            message = _load_demo(store)
            if told is not None:
                told.append(message)
    except BaseException:
        store.close()
        raise
    return store


def _load_demo(store: Store) -> tuple[str, str]:
    """Load the demo behind a progress dialog, off the GUI thread (a year of police.uk crimes
    takes some seconds); returns what to tell the user. A cancelled load leaves the store empty,
    and the next start offers the demo again."""
    # Imported here: the demo takes about a second to import, and nearly every start has no use for it.
    from jagdesk.services.demo.load import load_demo

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> DemoSummary:
        # Placed around today, or the day JAGDESK_DEMO_DAY names (for reproducible demos).
        with store.unit_of_work() as uow:
            return load_demo(uow, progress=report, cancelled=cancelled)

    task = run_with_progress(None, "Loading the demo partnership", job)
    if task.cancelled:
        return ("Loading the demo was cancelled; the store is empty. JAGDesk offers the demo "
                "again the next time it starts with an empty store.", "")
    if task.error:
        raise JagdeskError(task.error)
    summary: DemoSummary = task.result
    text = summary.sentence().replace("Demo loaded:", "The demo partnership is loaded:", 1)
    notes = summary.notes()
    return "\n\n".join([text, *notes]), ""


def _restore_first(store: Store, backup: Path) -> None:
    """Fill the new store from a backup, asking the backup's passphrase if it has its own."""
    from jagdesk.services.admin.safekeeping import restore_store  # only a new store restores

    key = None
    if read_header(backup) != SQLITE_HEADER and not store.encrypted:
        key = passphrase_from_env() or PassphraseDialog.ask(str(backup))
        if key is None:
            return  # the store stays empty; the next start asks again
    restore_store(store, backup, key)


def run_app(db: str | None = None) -> int:
    """Run the GUI until the window closes; 2 if the store could not be opened."""
    # The GUI's modules are loaded by now: the collector resumes before the store is opened (a
    # demo or a restore may follow, making garbage in bulk).
    from jagdesk.cli import resume_collector

    resume_collector()
    app = application()
    told: list[tuple[str, str]] = []
    try:
        store = open_for_gui(db, told)
    except JagdeskError as exc:
        prompts.show_error(None, str(exc))
        print(f"jagdesk: {exc}", file=sys.stderr)
        return 2
    if store is None:
        return 0
    sys.excepthook = operations.refusals_told()  # a refusal no page caught: one sentence, no traceback
    with store:
        window = MainWindow(store)
        # The first page paints its frame before it runs its queries (the dashboard's take longer
        # than the rest of the window): the user sees the window at once, the figures a moment later.
        first_load_after_paint = getattr(window.current_page(), "load_after_paint", None)
        if first_load_after_paint is not None:
            first_load_after_paint()
        window.show()
        if store.warning:
            QTimer.singleShot(0, lambda: prompts.warn(window, store.warning or ""))
        for message, details in told:
            QTimer.singleShot(0, lambda m=message, d=details: prompts.inform(window, m, d))
        # Start-up objects live until exit: keep the collector from walking them again and again.
        QTimer.singleShot(0, gc.freeze)
        if os.environ.get(QUIT_WHEN_SHOWN_ENV):
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        else:  # the other pages are built once the window has painted with its first
            QTimer.singleShot(0, window.load_other_pages)
        return app.exec()
