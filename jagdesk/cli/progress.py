"""A one-line progress report on the terminal while a long command works.

Shown only when stderr is a terminal: a script, a pipe or a log file reading the command's
output sees nothing of it, and stdout carries only the command's results.
"""

from __future__ import annotations

import shutil
import sys
import time
from types import TracebackType
from typing import TextIO

# Seconds between two redraws: often enough to look alive, seldom enough to cost nothing.
INTERVAL = 0.1


class TerminalProgress:
    """Redraws one line of stderr in place; `clear()` (or leaving the `with`) rubs it out."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.shown = self._stream.isatty()
        self._last = float("-inf")
        self._width = 0

    def say(self, text: str, *, now: bool = False) -> None:
        """Show `text` in place of the line before, unless one was drawn less than INTERVAL ago
        (`now` draws it whatever the time: a change of step the user should see)."""
        if not self.shown:
            return
        moment = time.monotonic()
        if not now and moment - self._last < INTERVAL:
            return
        self._last = moment
        # Kept shorter than the terminal: a line that wraps could not be redrawn in place.
        line = text[:max(shutil.get_terminal_size().columns - 1, 1)]
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Rub the line out, so that what is printed next starts at the left margin."""
        if self.shown and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
            self._last = float("-inf")

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.clear()
