"""Long work (imports, exports, packs) off the GUI thread, with progress and Cancel.

The job runs in a worker thread and must not touch widgets; it reports through `report(done,
total, text)` and looks at `cancelled()` between steps. A total of 0 shows a busy bar; a total of
FINISHING says the job is saving its work and can no longer be cancelled: the bar turns busy and
Cancel is disabled. Widgets are updated only here, on the GUI thread, through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from jagdesk.errors import JagdeskError

T = TypeVar("T")
Report = Callable[[int, int, str], None]
Job = Callable[[Report, Callable[[], bool]], T]
# A report's total when the job is past cancelling (committing what it did).
FINISHING = -1


class _Worker(QObject, Generic[T]):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job[T]) -> None:
        super().__init__()
        self._job = job
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self.cancel_requested.is_set)
        except JagdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.failed.emit(f"The work stopped on an unexpected error: {exc}.")
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject, Generic[T]):
    """Runs a job in its own thread; the outcome is in `result` or `error` once `done` fires."""

    done = Signal()

    def __init__(self, job: Job[T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: str | None = None
        self.finished = False
        self._thread = QThread()
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._on_worker_succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_worker_failed, Qt.ConnectionType.QueuedConnection)
        self.progressed = self._worker.progressed

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next step; it leaves nothing half done behind."""
        self._worker.cancel_requested.set()

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel_requested.is_set()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished = True
        self.done.emit()

    def _on_worker_succeeded(self, result: object) -> None:
        self.result = result
        self._finish()

    def _on_worker_failed(self, message: str) -> None:
        self.error = message
        self._finish()


class _ProgressDialog(QProgressDialog):
    """The progress dialog; once its job is saving (`past_cancelling`), neither its Cancel
    button, nor Escape, nor closing it cancels: the window stays blocked until the save ends."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, "Cancel", 0, 0, parent)
        self.finishing = False

    def past_cancelling(self) -> None:
        self.finishing = True
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)
        for shortcut in self.findChildren(QShortcut):  # Escape, which emits canceled() itself
            shortcut.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.finishing:
            event.ignore()  # closing emits canceled() and hides the dialog, freeing the window
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape reaches here when the dialog's shortcut does not take it (the dialog is not the
        # active window): hiding alone would free the window while the job ran on.
        if not self.finishing:
            self.canceled.emit()
            super().reject()


class _ProgressRelay(QObject):
    """Lives on the GUI thread, so the worker's reports reach the dialog there, queued."""

    def __init__(self, dialog: _ProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, text: str) -> None:
        if total == FINISHING:
            # A cancel now would be ignored: the work is being saved whatever the user asks.
            self._dialog.past_cancelling()
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self._dialog.setLabelText(text)


def run_with_progress(parent: QWidget | None, title: str, job: Job[T]) -> BackgroundTask[T]:
    """Run `job` behind a progress dialog with Cancel, keeping the window responsive; wait for it.

    Returns the finished task: its `result`, its `error` sentence, or `cancelled`.
    """
    task: BackgroundTask[T] = BackgroundTask(job)
    dialog = _ProgressDialog(title, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    relay = _ProgressRelay(dialog)
    task.progressed.connect(relay.show_progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(task.cancel)
    loop = QEventLoop()
    task.done.connect(loop.quit)
    task.start()
    if not task.finished:
        loop.exec()
    # Closing the dialog emits canceled(); the job is over, so that must not count as a cancel.
    dialog.canceled.disconnect(task.cancel)
    dialog.finishing = False
    dialog.close()
    return task
