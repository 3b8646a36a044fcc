"""Writing a document to a temporary file beside its target, then putting it in place in one step."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jagdesk.errors import JagdeskError


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target.

    A crash or an error while writing leaves the target as it was (absent or the old file) and
    removes the temporary file: a half-written document is never left where a user would open it.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise JagdeskError(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise JagdeskError(f"Cannot write in {folder}: {error.strerror or error}.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise JagdeskError(f"Cannot write {target}: {error.strerror or error}.") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
