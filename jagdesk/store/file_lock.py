"""The lock that lets one copy of JAGDesk at a time have a SQLite store.

The lock is an exclusive lock on a file beside the store (<store>.lock, named from the store's
real path, so a symbolic link or another spelling of the path meets the same lock); the operating
system drops it if the process dies. It is never taken on the store file itself: closing any other
handle on that file would drop SQLite's own locks (POSIX), and on macOS a whole-file lock there
would block SQLite. A store with a second name (a hard link) is refused outright: through it a
second copy could open the store with a -wal file of its own, and two copies writing through two
names corrupt the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jagdesk.errors import StoreError

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # EACCES: another process has the region
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock() locks belong to the open file, not the process: a second opener in this process is
    # refused too.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class StoreFileLock:
    """The exclusive lock of one store, held from acquire() until release()."""

    def __init__(self, store_file: Path) -> None:
        self.store_file = store_file
        self.path = Path(str(store_file.resolve()) + ".lock")
        self._fd: int | None = None
        self._made_lock_file = False

    def acquire(self) -> bool:
        """Take the lock; False if another copy has it. A StoreError if it cannot be taken."""
        if self.store_file.exists() and self.store_file.stat().st_nlink > 1:
            raise StoreError(
                f"{self.store_file} has another name (a hard link); JAGDesk opens a store by one "
                "name only, so that two copies cannot write it through two names: remove the "
                "other link first."
            )
        self._made_lock_file = not self.path.exists()
        try:
            # Read-only is enough for the lock, so a colleague can lock a lock file left by another.
            fd = os.open(self.path, os.O_RDONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise StoreError(f"JAGDesk cannot make its lock file {self.path}: "
                             f"{exc.strerror or exc}.") from None
        try:
            locked = _try_lock(fd)
        except OSError as exc:  # no locks on this file system
            os.close(fd)
            raise StoreError(f"JAGDesk cannot lock {self.path}: {exc.strerror or exc}.") from None
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self, *, refused: bool = False) -> None:
        """Give the lock up. The lock file stays, unless it was made for a store then `refused`
        (bad input leaves nothing beside the file): deleting a lock file in use would let a
        third copy lock a new file while a second still has the old."""
        if self._fd is None:
            return
        try:
            if refused and self._made_lock_file:
                self.path.unlink(missing_ok=True)  # still locked: no other copy is using it
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
