"""A guard against a PySide6 reference-counting fault that would end the app with a fatal error.

The PySide6 build in use (6.12.0, on Python 3.11) drops one reference to None each time Python
calls a C++ method that returns nothing: painter.setPen(), label.setText(), path.lineTo()... The
count of references to None falls with every such call, and when it reaches zero Python stops
with "Fatal Python error: none_dealloc". A map repaint makes about fifty such calls, so a few
seconds of panning would end the app. Python 3.12 made None immortal (PEP 683) and is immune.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

# Far more references than any run of the app can drop: as good as 3.12's immortal None.
_RESERVE = 1 << 40
_state = {"checked": False}


def _drops_none() -> bool:
    """Whether this PySide6 build loses a reference to None on a call that returns nothing."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 10


def keep_none_alive() -> bool:
    """Give None a reserve of references if (and only if) PySide6 is seen to drop them.

    Returns whether the reserve was given. Safe to call often: it checks only once.
    """
    if _state["checked"] or sys.version_info >= (3, 12):
        return False
    _state["checked"] = True
    if not _drops_none():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    # Only where the count sits where CPython's release builds keep it (not a debug build's).
    if abs(count.value - (sys.getrefcount(None) - 1)) > 2:
        return False
    count.value += _RESERVE
    return True
