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


def is_encrypted_file(path: Path) -> bool:
    """Whether an existing, non-empty file is not plain SQLite (an encrypted store, or not a store)."""
    return read_header(path) != SQLITE_HEADER
