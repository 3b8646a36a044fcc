"""Qt says nothing (no warning, no error) while the main window is built on the meeting store and
every page and every tab of a meeting is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from jagdesk.gui.main_window import MainWindow
from jagdesk.store.opening import Store
from tests.support.meeting_store import Jag
from tests.support.on_screen import LAPTOP

# The off-screen test platform's own notes: not JAGDesk's.
PLATFORM = ("This plugin does not support",)


def test_no_qt_warnings_when_the_window_is_built_and_every_page_shown(qtbot: Any, meeting_copy: Store,
                                                                      jag: Jag) -> None:
    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg \
                and not message.startswith(PLATFORM):
            warnings.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        win = MainWindow(meeting_copy)
        qtbot.addWidget(win)
        win.resize(*LAPTOP)
        win.show()
        for row in range(len(win.pages)):
            win.show_page(row)
            qtbot.wait(10)
        win.show_page(win.pages.index(win.meetings_page))
        assert win.meetings_page.show_meeting(jag.held_id)
        for index in range(win.meetings_page.tabs.count()):
            win.meetings_page.tabs.setCurrentIndex(index)
            qtbot.wait(10)
        assert win.meetings_page.show_meeting(jag.next_id)
        win.close()
    finally:
        qInstallMessageHandler(previous)
    assert warnings == []
