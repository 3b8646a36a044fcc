"""The Audit page's rows as a CSV file: one line per entry of the change trail or the access log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from jagdesk.exports.common.csv_export import write_csv

HEADER = ("log", "at (UTC)", "user", "action", "kind", "record id", "record", "details")


class Entry(Protocol):
    """An entry of either log as the services give it (services.admin.audit_log.LogRow)."""

    @property
    def log(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def user(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def record_id(self) -> uuid.UUID: ...
    @property
    def title(self) -> str: ...
    @property
    def details(self) -> str: ...


def write_audit_csv(rows: Sequence[Entry], path: Path) -> Path:
    """Write the rows to `path` in the order shown, newest first."""
    return write_csv(path, HEADER, ([row.log, row.at.strftime("%Y-%m-%d %H:%M:%S"), row.user,
                                     row.action, row.kind, str(row.record_id), row.title, row.details]
                                    for row in rows))
