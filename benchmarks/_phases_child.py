"""Run by profile_start.py: start the GUI as `python -m jagdesk --db FILE` does, timing each step.

Wraps (in this process only, without changing the app) the functions the start goes through and
writes {step: seconds} as JSON to the file named by JAGDESK_BENCH_PHASES. Times are measured on
time.perf_counter(), which on Linux is the system-wide monotonic clock, so the parent's start
time (JAGDESK_BENCH_T0) can be subtracted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from functools import wraps
from typing import Any

T0 = float(os.environ["JAGDESK_BENCH_T0"])
OUT = os.environ["JAGDESK_BENCH_PHASES"]
marks: dict[str, float] = {"interpreter_ready": time.perf_counter() - T0}
spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def timed(owner: object, attr: str, label: str) -> None:
    original = getattr(owner, attr, None)
    if original is None:  # the app changed; time what still exists
        sys.stderr.write(f"[bench] cannot time {label}: no {attr} any more\n")
        return

    @wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start
            calls[label] += 1

    setattr(owner, attr, wrapper)


def write() -> None:
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump({"marks": marks, "spent": spent, "calls": calls}, handle)


t = time.perf_counter()
import jagdesk.cli  # noqa: E402

spent["import jagdesk.cli"] = time.perf_counter() - t
t = time.perf_counter()
import PySide6.QtWidgets  # noqa: E402, F401

spent["import PySide6 QtCore/QtGui/QtWidgets"] = time.perf_counter() - t
t = time.perf_counter()
import jagdesk.gui.app as app_module  # noqa: E402

spent["import jagdesk.gui.app (the frame's modules)"] = time.perf_counter() - t
marks["imports_done"] = time.perf_counter() - T0

from jagdesk.gui import main_window  # noqa: E402

# The store layer is imported after the frame has painted, inside open_location: its import is
# part of that step (importing it here to time its parts would move it before the paint).
timed(app_module, "application", "QApplication()")
timed(main_window.MainWindow, "__init__", "MainWindow() (frame)")
timed(main_window.MainWindow, "_restore_geometry", "MainWindow: restore geometry")
timed(main_window.MainWindow, "show", "window.show()")
timed(app_module, "open_location", "open the store (with the store layer's import)")
timed(main_window.MainWindow, "attach", "MainWindow.attach (roles, menus, first page)")

original_print = print


def marking_print(*args: Any, **kwargs: Any) -> None:
    if args and args[0] in ("shown", "ready"):
        marks[args[0]] = time.perf_counter() - T0
        write()
    return original_print(*args, **kwargs)


import builtins  # noqa: E402

builtins.print = marking_print
sys.argv = ["jagdesk", *sys.argv[1:]]
code = jagdesk.cli.main()
marks["main_returned"] = time.perf_counter() - T0
write()
raise SystemExit(code)
