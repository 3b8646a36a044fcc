"""Who looked at what: the one call each opening, search, export or print makes to the access log
(store.access_log), so the GUI and the command line both record it."""

from __future__ import annotations

import uuid
from pathlib import Path

from jagdesk.store.access_log import write_access
from jagdesk.store.uow import UnitOfWork

OPEN, SEARCH, EXPORT, PRINT = "open", "search", "export", "print"


def record_access(uow: UnitOfWork, action: str, kind: str, title: str,
                  record_id: uuid.UUID | None = None, **details: str | bool | int) -> None:
    """Log that the unit of work's user did `action` (open, search, export, print) to a record of
    `kind` (its table) or to the store, and save the entry at once: a look leaves its trace even
    when nothing else is saved."""
    write_access(uow.session.connection(), uow.user, action, kind, title, record_id, dict(details))
    uow.commit()


def record_export(uow: UnitOfWork, document: str, marking: str, public: bool,
                  path: Path | str | None = None, record_id: uuid.UUID | None = None,
                  kind: str = "store", action: str = EXPORT) -> None:
    """Log an export (or, with `action` PRINT, a print) of `document`: its protective marking,
    whether it is the public version, and the file written."""
    record_access(uow, action, kind, document, record_id, marking=str(marking), public=public,
                  file=str(path or ""))
