"""Where a test run writes its files: a memory file system when the machine has one with room to
spare (Linux's /dev/shm), else the system's temporary folder.

The tests make and commit to thousands of SQLite stores and PostgreSQL databases, and on a disk
each commit waits for the disk to say it has the data (fsync); in memory that wait is nothing (a
run of the offline, safekeeping and restore tests in one process took 64 s instead of 100). What
the tests check does not change: no test outlives the machine's power, and a killed process leaves
its files as it would on a disk. --basetemp or PYTEST_DEBUG_TEMPROOT still put the files where
they say.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

MEMORY = Path("/dev/shm")
# A whole run holds about a gigabyte at its peak (templates, the server's databases, the stores of
# the tests running); less room than this (a container's 64 MB /dev/shm) and the disk is used.
ROOM = 3 << 30


def memory_root() -> Path | None:
    """The memory file system to write the run's files in, if there is one with room."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if MEMORY.is_dir() and os.access(MEMORY, os.W_OK | os.X_OK) \
                and shutil.disk_usage(MEMORY).free >= ROOM:
            return MEMORY
    except OSError:
        return None
    return None
