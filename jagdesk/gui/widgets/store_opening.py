"""What the window shows at its first page's place while the store opens: the page's heading and
"Opening <store>…". The window paints with it at once; the store is opened once it has painted
(the painted signal), so the user sees JAGDesk start instead of waiting on a blank screen."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class StoreOpening(QWidget):
    """The first page's heading and a line saying which store is opening."""

    painted = Signal()  # once, on the turn of the event loop after the first paint

    def __init__(self, heading: str, store: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting_for_paint = True
        self.line = QLabel(f"Opening {store}…")
        self.line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{html.escape(heading)}</h2>"))
        layout.addWidget(self.line)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            # Not emitted from inside the paint: what it starts (opening the store) would hold
            # the paint, and the window would reach the screen only after it.
            QTimer.singleShot(0, self.painted.emit)
