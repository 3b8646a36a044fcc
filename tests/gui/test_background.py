"""Long work runs in a worker thread with progress, and stops cleanly when cancelled."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

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


def test_a_job_past_cancelling_disables_cancel_and_a_click_then_changes_nothing(
        qapp: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from jagdesk.gui.background import FINISHING

    looked = threading.Event()
    seen: dict[str, object] = {}

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> str:
        report(5, 10, "Reading")
        report(0, FINISHING, "Saving the import…")
        looked.wait(10)
        return "cancelled" if cancelled() else "saved"

    def look() -> None:
        # Other tests' dialogs may linger, closed: this one is known by its words.
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                   and w.labelText() == "Saving the import…"]
        if not dialogs:
            return
        dialog = dialogs[0]
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None
        seen.update(enabled=cancel.isEnabled(), maximum=dialog.maximum())
        cancel.click()  # disabled: not a cancel
        looked.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    task = run_with_progress(None, "Importing", job)
    timer.stop()
    assert seen == {"enabled": False, "maximum": 0}
    assert task.result == "saved" and not task.cancelled
