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
from jagdesk.gui import prompts
from jagdesk.gui.background import run_with_progress
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.admin.start_dialog import StartDialog
from jagdesk.gui.fonts import register_shipped_fonts
from jagdesk.gui.main_window import MainWindow
from jagdesk.services.admin.credentials import remembered
from jagdesk.store.file_header import is_encrypted_file
from jagdesk.store.location import StoreLocation, passphrase_from_env, resolve_location
from jagdesk.store.private import make_private_folder

# Only what paints the window's frame is imported before it: the store layer (SQLAlchemy and
# the tables) is imported once the frame is on screen, when the store is opened.
if TYPE_CHECKING:
    from jagdesk.services.demo.load import DemoSummary
    from jagdesk.store.opening import Store

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


def known_passphrase(location: StoreLocation) -> str | None:
    """An encrypted store file's passphrase given in the environment, or kept in the system's
    credential store; None for any other store, without asking the credential store (asking it
    may take a while, or a password of the user's own)."""
    if not is_encrypted_file(location.path):
        return None
    return passphrase_from_env() or remembered(location.describe())


def _open_existing(location: StoreLocation, key: str | None) -> Store | None:
    """Open an existing store, asking for its passphrase until it is right or the user gives up.

    `key` is known_passphrase(location), looked up once by the caller: a passphrase the user
    asked to keep in the system's credential store (lock screen) is tried first.
    """
    from jagdesk.store.opening import open_store

    error = ""
    while True:
        if is_encrypted_file(location.path) and key is None:
            key = PassphraseDialog.ask(location.describe(), error)
            if key is None:
                return None
        try:
            return open_store(location, key)
        except WrongPassphraseError as exc:
            if not is_encrypted_file(location.path):
                raise
            error, key = str(exc), None


def open_for_gui(db: str | None, told: list[tuple[str, str]] | None = None) -> Store | None:
    """The store to work on, or None if the user cancelled. Raises JagdeskError on bad input.

    What the user should be told once the window is up (what the demo loaded) is added to `told`
    as (message, details).
    """
    location = resolve_location(db)
    return open_location(location, known_passphrase(location), told)


def open_location(location: StoreLocation, key: str | None,
                  told: list[tuple[str, str]] | None = None) -> Store | None:
    """open_for_gui on a location already resolved, with its known_passphrase()."""
    from jagdesk.services.admin.maintenance import has_records
    from jagdesk.store.opening import open_store
    from jagdesk.store.preflight import check_folder

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
        opened = _open_existing(location, key)
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
    if is_encrypted_file(backup) and not store.encrypted:
        key = passphrase_from_env() or PassphraseDialog.ask(str(backup))
        if key is None:
            return  # the store stays empty; the next start asks again
    restore_store(store, backup, key)


def asks_before_opening(location: StoreLocation, key: str | None) -> bool:
    """Whether opening the store asks the user something first (a new file's start dialog, a
    passphrase nobody gave: `key` is its known_passphrase()), or may need a server: then the
    window comes after the store opens; otherwise its frame paints first and the store opens
    behind it."""
    if not location.is_sqlite or _is_new_file(location):
        return True
    return is_encrypted_file(location.path) and key is None


def run_app(db: str | None = None) -> int:
    """Run the GUI until the window closes; 2 if the store could not be opened."""
    # The GUI's modules are loaded by now: the collector resumes before the store is opened (a
    # demo or a restore may follow, making garbage in bulk).
    from jagdesk.cli import resume_collector

    resume_collector()
    app = application()
    opened: list[Store] = []
    try:
        location = resolve_location(db)
        key = known_passphrase(location)
        window = MainWindow(opening=location.describe())
        if asks_before_opening(location, key):
            if not _open_into(app, window, location, key, opened):
                return 0
            window.show()
            QTimer.singleShot(0, _say_shown)
        else:
            window.opening.painted.connect(_say_shown)  # before the store opens, in that order
            window.opening.painted.connect(
                lambda: _open_behind(app, window, location, key, opened))
            window.show()
    except JagdeskError as exc:
        _refuse(exc)
        return 2
    try:
        return app.exec()
    finally:
        for store in opened:
            store.close()


def _open_into(app: QApplication, window: MainWindow, location: StoreLocation, key: str | None,
               opened: list[Store]) -> bool:
    """Open the store (asking what it needs) and fill the window in on it; False if the user
    cancelled. Raises JagdeskError when the store cannot be opened."""
    told: list[tuple[str, str]] = []
    store = open_location(location, key, told)
    if store is None:
        return False
    opened.append(store)
    # The first page paints its frame before its queries run (the dashboard's take longer than
    # the rest of the window): the user sees the page at once, the figures a moment later.
    window.attach(store, first_loaded=_after_first_load(app, window))
    _started(window, told)
    return True


def _open_behind(app: QApplication, window: MainWindow, location: StoreLocation,
                 key: str | None, opened: list[Store]) -> None:
    """Once the frame has painted: open the store and fill the window in on it."""
    if not window.isVisible():
        return  # closed before the store was opened
    try:
        if not _open_into(app, window, location, key, opened):
            app.exit(0)
    except JagdeskError as exc:
        _refuse(exc, window)
        app.exit(2)


def _refuse(exc: JagdeskError, window: MainWindow | None = None) -> None:
    prompts.show_error(window, str(exc))
    print(f"jagdesk: {exc}", file=sys.stderr)


def _say_shown() -> None:
    """For the cold-start benchmark: say "shown" (called once the window has painted); the app
    carries on to open the store and load its first page, then says "ready" and quits."""
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        print("shown", flush=True)


def _after_first_load(app: QApplication, window: MainWindow) -> Callable[[], None]:
    """What follows the first page's load: the other pages built in the background (for the
    cold-start benchmark: "ready" said, and quit)."""
    if not os.environ.get(QUIT_WHEN_SHOWN_ENV):
        return window.load_other_pages

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    return ready


def _started(window: MainWindow, told: list[tuple[str, str]]) -> None:
    """The window is on its store: what the user should be told is said once it shows."""
    from jagdesk.gui import operations

    store = window.store
    # A refusal no page caught: one sentence, no traceback.
    sys.excepthook = operations.refusals_told()
    if store.warning:
        QTimer.singleShot(0, lambda: prompts.warn(window, store.warning or ""))
    for message, details in told:
        QTimer.singleShot(0, lambda m=message, d=details: prompts.inform(window, m, d))
    # Start-up objects live until exit: keep the collector from walking them again and again.
    QTimer.singleShot(0, gc.freeze)
