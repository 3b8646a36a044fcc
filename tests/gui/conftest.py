"""Fixtures for the GUI tests: the real main window on the demo store (see tests/conftest.py), the
stores of hotspot_store, meeting_store and stats_store built once per session and copied for each
test, and a way to fill in and submit the real dialogs that the pages open."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.fonts import register_shipped_fonts
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.store.opening import Store
from tests.support import hotspot_store, meeting_store, stats_store
from tests.support.meeting_store import Jag
from tests.support.on_screen import page_window
from tests.support.stores import open_copy


@pytest.fixture(scope="session", autouse=True)
def shipped_fonts(qapp: Any) -> list[str]:
    """The shipped fonts, registered as the application does at start (pytest-qt makes the app)."""
    return register_shipped_fonts()


@pytest.fixture
def window(qtbot: Any, demo_store: Store) -> MainWindow:
    """The main window on the demo store, shown off-screen."""
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(scope="session")
def hotspot_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The store of hotspot_store (the demo partnership, its hotspots and incidents at real police.uk
    snap points), built once per session (per xdist worker)."""
    return hotspot_store.build_template(tmp_path_factory.mktemp("hotspots"), shared_data)


@pytest.fixture
def hotspot_copy(hotspot_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the hotspot store for one test, open."""
    with open_copy(hotspot_template, tmp_path / "hotspots.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def stats_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The store of stats_store (the real wards and crimes month by month), built once per session
    (per xdist worker)."""
    return stats_store.build_template(tmp_path_factory.mktemp("stats"), shared_data)


@pytest.fixture
def stats_copy(stats_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the statistics store for one test, open."""
    with open_copy(stats_template, tmp_path / "stats.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def meeting_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> tuple[Path, Jag]:
    """The store of meeting_store (the demo partnership and the Borehamwood JAG), built once per
    session (per xdist worker) from a copy of the demo, and the ids of its JAG."""
    return meeting_store.build_template(demo_template, tmp_path_factory.mktemp("meetings"))


@pytest.fixture
def jag(meeting_template: tuple[Path, Jag]) -> Jag:
    """The Borehamwood JAG's series, meetings and contacts in the meeting store."""
    return meeting_template[1]


@pytest.fixture
def meeting_copy(meeting_template: tuple[Path, Jag], tmp_path: Path) -> Iterator[Store]:
    """A private copy of the meeting store for one test, open."""
    with open_copy(meeting_template[0], tmp_path / "meetings.db") as opened:
        yield opened


@pytest.fixture
def meeting_page(qtbot: Any, meeting_copy: Store) -> Iterator[MeetingsPage]:
    """The meetings page on a copy of the meeting store, in a window of its own, the active one."""
    shown = MeetingsPage(meeting_copy)
    window = page_window(qtbot, shown, active=True)
    yield shown
    window.close()


class Messages:
    """What the GUI told the user, and the answer to give when it asks."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.answer = True


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Collect the GUI's error messages and answer its confirmations (Yes unless told otherwise)."""
    seen = Messages()
    monkeypatch.setattr(prompts, "show_error", lambda _parent, text: seen.errors.append(text))

    def confirm(_parent: Any, question: str, action: str = "Delete") -> bool:
        seen.questions.append(question)
        return seen.answer

    monkeypatch.setattr(prompts, "confirm", confirm)
    return seen


Filler = Callable[[RecordDialog], None]


class DialogDriver:
    """Fills the next record dialogs a page opens, through their widgets, and presses Save."""

    def __init__(self) -> None:
        self.fillers: list[Filler] = []
        self.opened: list[RecordDialog] = []

    def will(self, filler: Filler) -> None:
        self.fillers.append(filler)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogDriver:
    """Replace the modal loop of record dialogs: fill the fields, press Save, report the result."""
    driver = DialogDriver()

    def exec_(dialog: RecordDialog) -> int:
        driver.opened.append(dialog)
        filler = driver.fillers.pop(0)
        closed: list[int] = []
        dialog.finished.connect(closed.append)
        filler(dialog)
        if not closed:  # the filler left the dialog open: press Save as the user would
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        if dialog.result() == QDialog.DialogCode.Accepted:
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    return driver


class Offers:
    """Files the GUI offered to open once written, and those it opened (nothing really opens)."""

    def __init__(self) -> None:
        self.offered: list[str] = []
        self.opened: list[str] = []
        self.answer = False


@pytest.fixture(autouse=True)
def offers(monkeypatch: pytest.MonkeyPatch) -> Offers:
    """Answer "Open it?" after an export (No unless told otherwise) and record what was opened,
    rather than start Word or a PDF reader."""
    seen = Offers()

    def offer_open(_parent: Any, message: str) -> bool:
        seen.offered.append(message)
        return seen.answer

    def open_url(url: QUrl) -> bool:
        seen.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(prompts, "offer_open", offer_open)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return seen


# How long a modal window may wait for an answer no test gives before it is closed and the test
# fails: without this, one unexpected message box would hold the whole run until CI's time ran out.
UNANSWERED_S = 20.0


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    return f"{type(widget).__name__} '{widget.windowTitle()}': {text}".strip()


@pytest.fixture(autouse=True)
def widgets_gone_with_their_test(qapp: QApplication) -> Iterator[None]:
    """The widgets a test made are deleted when it ends. pytest-qt closes them and asks Qt to delete
    them, which Qt would do only in a later test's event loop: until then a timer of theirs (the
    People page's search log, say) could fire in that test, on a store whose folder has gone."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_window_left_unanswered(qapp: QApplication) -> Iterator[None]:
    """Close a modal dialog or message box that no test answers, and fail the test that left it."""
    left: list[str] = []
    since: dict[int, float] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            since.clear()
            return
        first = since.setdefault(id(widget), time.monotonic())
        if time.monotonic() - first > UNANSWERED_S:
            left.append(_describe(widget))
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    watchdog = QTimer()
    watchdog.setInterval(1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    yield
    watchdog.stop()
    if left:
        pytest.fail("A window waited for an answer no test gave: " + "; ".join(left))
