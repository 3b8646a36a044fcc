"""File > Back up the store… and Restore from a backup…: the file asked for, the work done, the
result in the status bar or one sentence of refusal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from jagdesk import paths
from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.store.file_header import is_encrypted_file

if TYPE_CHECKING:
    from jagdesk.gui.lazy_pages import LazyPages
    from jagdesk.store.opening import Store


def back_up(window: QMainWindow, store: Store) -> None:
    """Ask where, then write a backup of the store there (with the store's passphrase)."""
    target, _ = QFileDialog.getSaveFileName(
        window, "Back up the store", str(Path.home() / "jagdesk-backup.db"), "JAGDesk store (*.db)")
    if not target:
        return
    try:
        from jagdesk.services.admin.safekeeping import backup_store

        dest = backup_store(store, Path(target), store.passphrase)
    except JagdeskError as exc:
        prompts.show_error(window, str(exc))
        return
    window.statusBar().showMessage(f"Backed up to {dest}", 10000)


def restore_chosen(window: QMainWindow, restore: Callable[[Path], bool]) -> None:
    """Ask which backup (starting in the backups folder), then `restore` it."""
    backups = paths.backups_dir()
    chosen, _ = QFileDialog.getOpenFileName(
        window, "Restore from a backup", str(backups if backups.is_dir() else Path.home()),
        "JAGDesk store or backup (*.db);;All files (*)")
    if chosen:
        restore(Path(chosen))


def restore_from(window: QMainWindow, store: Store, pages: LazyPages, backup: Path,
                 refresh_shown: Callable[[], None]) -> bool:
    """Replace every record with the backup's, once the user has agreed; then `refresh_shown`
    reads the page shown again. Whether the store was restored."""
    from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage

    question = (f"Restore from {backup.name}? Every record in the store is replaced with the "
                "backup's. A copy of the store as it is now is kept first, in the backups folder.")
    if not prompts.confirm(window, question, "Restore"):
        return False
    for page in pages.built():
        page.save_state()  # typed minutes are saved first, and kept in the before-restore copy
    key = None
    try:
        if is_encrypted_file(backup) and not store.encrypted:
            key = PassphraseDialog.ask(str(backup))  # the backup has a passphrase of its own
            if key is None:
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from jagdesk.services.admin.safekeeping import restore_store

            counts = restore_store(store, backup, key)
        finally:
            QApplication.restoreOverrideCursor()
    except (JagdeskError, OSError) as exc:
        prompts.show_error(window, str(exc))
        return False
    for page in pages.built():
        if isinstance(page, UndoDeletePage):
            page.last_deleted = None  # deleted from the store that was replaced
    refresh_shown()
    window.statusBar().showMessage(f"Restored {sum(counts.values())} rows from {backup}.", 15000)
    return True
