"""The lock that lets one copy of JAGDesk at a time have a SQLite store: taken on the file itself.

A lock file named after the path let a second name of the same file (a hard link) past it, and
two copies writing through two names corrupt the store (each keeps its own -wal file). The lock
is taken on the open file, so every name of it meets the same lock, and the operating system
drops it if the process dies.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jagdesk.store.private import FILE_MODE, make_private

if sys.platform == "win32":
    import msvcrt

    # Windows locks are mandatory, so the lock is one byte far past anything SQLite reads or
    # locks (its own locks sit at 1 GiB); a region beyond the end of a file can be locked.
    _LOCK_OFFSET = 0x7FFF_FFFF_0000

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock() locks belong to the open file, not the process, and never meet SQLite's own fcntl()
    # locks on the same file.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class StoreFileLock:
    """An exclusive lock on a store file, held from acquire() until release()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock, creating the file (owner-only) if it is new; False if another has it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        make_private(self.path)
        return True

    def release(self) -> None:
        """Give the lock up; closing the file is done last, after SQLite has closed it too."""
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
