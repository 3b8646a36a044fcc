"""A one-line progress report on the terminal while a long command works.

Shown only when stderr is a terminal: a script, a pipe or a log file reading the command's
output sees nothing of it, and stdout carries only the command's results.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import TextIO

# Seconds between two redraws: often enough to look alive, seldom enough to cost nothing.
INTERVAL = 0.1


class TerminalProgress:
    """Redraws one line of stderr in place, padded to the widest drawn so far so that nothing of a
    longer line before is left; `clear()` (or leaving the `with`) rubs it out."""

    def __init__(self, stream: TextIO | None = None) -> None:
        # The windowed build has no stderr at all (None): nothing is shown there.
        self._stream = stream if stream is not None else sys.stderr
        self.shown = self._stream is not None and self._stream.isatty()
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
        # Kept shorter than the terminal (even one made narrower meanwhile): a line that wraps
        # could not be redrawn in place.
        columns = max(self._columns() - 1, 1)
        line = text[:columns].ljust(min(self._width, columns))
        # Counted before the write: a Ctrl-C during it still leaves clear() the whole line.
        self._width = len(line)
        self._stream.write("\r" + line)
        self._stream.flush()

    def _columns(self) -> int:
        """The width of the terminal the line is drawn on (stdout may be a file meanwhile)."""
        try:
            columns = os.get_terminal_size(self._stream.fileno()).columns
        except (OSError, ValueError):  # not a real terminal's descriptor
            columns = 0
        return columns or 80  # a terminal that does not say its width (0): a common one

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
