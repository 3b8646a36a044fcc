"""What the first bytes of a store file say: a plain SQLite file, or an encrypted one (SQLCipher
writes no readable header). Read without SQLAlchemy, so the window can ask for a passphrase or
paint before the store layer is imported."""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def read_header(path: Path) -> bytes:
    """The file's first bytes, as many as a plain SQLite file's header."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def is_encrypted_file(path: Path | None) -> bool:
    """Whether `path` is an existing, non-empty file that is not plain SQLite (an encrypted store,
    or not a store); a missing or empty file is a store still to be made, and None a server's."""
    return (path is not None and path.is_file() and path.stat().st_size > 0
            and read_header(path) != SQLITE_HEADER)
