"""Files and folders only their owner can read: the store, its backups and the data folder.

The store holds OFFICIAL-SENSITIVE data; on a shared Linux or macOS computer a file made with the
usual permissions (folder 755, file 644) could be read by every account. On Windows the user's
profile folder, where the data folder lives, already keeps other accounts out.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Files SQLite keeps beside a store while it is open; it gives them the store file's permissions.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def make_private_folder(folder: Path, *, tighten: bool = False) -> None:
    """Create `folder` (and its parents) if missing, readable by its owner alone.

    An existing folder is made owner-only only with `tighten` (JAGDesk's own data and backups
    folders, which an earlier release made readable by all), and only if this account owns it.
    """
    if folder.is_dir() and not tighten:
        return
    folder.mkdir(parents=True, exist_ok=True)
    if not _posix():
        return
    with contextlib.suppress(OSError):  # a folder owned by someone else is left as it is
        status = folder.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o077:
            folder.chmod(FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create `path` empty and owner-only before SQLite writes to it (it keeps the mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    make_private(path)


def make_private(path: Path) -> None:
    """Make an existing file owner-only; companions SQLite made beside it too."""
    if not _posix():
        return
    for candidate in (path, *(path.with_name(path.name + s) for s in SQLITE_COMPANIONS)):
        with contextlib.suppress(OSError):  # gone, or not ours to change
            status = candidate.stat()
            if status.st_uid == os.getuid() and status.st_mode & 0o077:
                candidate.chmod(FILE_MODE)
