"""Long work runs in a worker thread with progress, and stops cleanly when cancelled."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.gui.background import BackgroundTask, run_with_progress


def counting_job(steps: int, seen_threads: list[int]) -> Callable[..., int]:
    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> int:
        seen_threads.append(threading.get_ident())
        done = 0
        for step in range(steps):
            if cancelled():
                break
            time.sleep(0.001)
            done = step + 1
            report(done, steps, f"Step {done} of {steps}")
        return done

    return job


def test_the_job_runs_off_the_gui_thread_and_reports_progress(qtbot: Any) -> None:
    threads: list[int] = []
    task = BackgroundTask(counting_job(20, threads))
    reports: list[tuple[int, int, str]] = []
    task.progressed.connect(lambda d, t, s: reports.append((d, t, s)))
    with qtbot.waitSignal(task.done, timeout=10000):
        task.start()
    assert task.result == 20 and task.error is None
    assert threads and threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: len(reports) == 20)
    assert reports[-1] == (20, 20, "Step 20 of 20")


def test_cancel_stops_the_job(qtbot: Any) -> None:
    started = threading.Event()

    def job(report: Any, cancelled: Callable[[], bool]) -> str:
        started.set()
        while not cancelled():
            time.sleep(0.001)
        return "stopped"

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.done, timeout=10000):
        task.start()
        started.wait(5)
        task.cancel()
    assert task.cancelled and task.result == "stopped"


def test_a_refusal_becomes_the_error_sentence(qapp: Any) -> None:
    def job(report: Any, cancelled: Any) -> None:
        raise JagdeskError("That file is not a police.uk file.")

    task = run_with_progress(None, "Importing", job)
    assert task.error == "That file is not a police.uk file." and task.result is None


def test_progress_reaches_the_dialog_on_the_gui_thread_and_a_finish_is_not_a_cancel(
    qapp: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    threads: list[int] = []
    original = QProgressDialog.setValue

    def set_value(self: QProgressDialog, value: int) -> None:
        threads.append(threading.get_ident())
        original(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    task = run_with_progress(None, "Counting", counting_job(30, []))
    assert task.result == 30 and not task.cancelled
    assert threads and set(threads) == {threading.get_ident()}


HOW_A_USER_ASKS_TO_STOP = ["click", "escape", "escape, the dialog not active", "close"]


def _ask_to_stop(dialog: Any, how: str) -> None:
    """What a user does to stop the work: click Cancel, press Escape, close the dialog."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    if how == "click":
        button = dialog.findChild(QPushButton)
        assert button is not None
        button.click()
    elif how == "escape":
        dialog.activateWindow()
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    elif how == "escape, the dialog not active":
        # No shortcut takes the key (it is matched only in the active window): the dialog's
        # own key handling gets it, as it does when another window is active.
        dialog.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                       Qt.KeyboardModifier.NoModifier))
    else:
        dialog.close()


def _stopped_while(label: str, how: str, finishing: bool) -> tuple[Any, dict[str, object]]:
    """Run a job behind the dialog; once the dialog says `label`, ask it to stop `how`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from jagdesk.gui.background import FINISHING

    looked = threading.Event()
    seen: dict[str, object] = {}

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> str:
        # Told as a job goes on: the dialog shows once the work looks like taking a while.
        step = 0
        while not looked.wait(0.05):
            step = min(step + 1, 9)
            report(*((0, FINISHING, label) if finishing else (step, 10, "Reading")))
        return "cancelled" if cancelled() else "saved"

    def look() -> None:
        # Other tests' dialogs may linger, closed: this one is known by its words.
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                   and w.isVisible() and w.labelText() == label]
        if not dialogs or looked.is_set():
            return
        dialog = dialogs[0]
        button = dialog.findChild(QPushButton)
        seen.update(enabled=button is not None and button.isEnabled(), maximum=dialog.maximum())
        _ask_to_stop(dialog, how)
        QApplication.processEvents()
        seen["still shown"] = dialog.isVisible()
        looked.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    task = run_with_progress(None, "Importing", job)
    timer.stop()
    return task, seen


@pytest.mark.parametrize("how", HOW_A_USER_ASKS_TO_STOP)
def test_a_job_past_cancelling_cannot_be_cancelled_and_its_dialog_stays(qapp: Any,
                                                                        how: str) -> None:
    task, seen = _stopped_while("Saving the import…", how, finishing=True)
    assert seen == {"enabled": False, "maximum": 0, "still shown": True}
    assert task.result == "saved" and not task.cancelled


@pytest.mark.parametrize("how", HOW_A_USER_ASKS_TO_STOP)
def test_a_job_still_reading_is_cancelled_every_way_a_user_asks(qapp: Any, how: str) -> None:
    task, seen = _stopped_while("Reading", how, finishing=False)
    assert seen == {"enabled": True, "maximum": 10, "still shown": False}
    assert task.result == "cancelled" and task.cancelled
