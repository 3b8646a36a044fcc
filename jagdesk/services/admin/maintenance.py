"""Looking after a store: whether it has records, counts per kind, and an integrity check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from jagdesk.services.admin.chain import access_chain_break, chain_break
from jagdesk.store import migrate, models
from jagdesk.store.engine import driver_reason
from jagdesk.store.file_check import FileCheck, sqlite_problems
from jagdesk.store.opening import Store
from jagdesk.store.record_tables import RECORD_TABLES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class CheckReport:
    """What `jagdesk check` found."""

    store: str
    schema: str | None
    expected_schema: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def has_records(session: Session) -> bool:
    """Whether the store holds any record (the audit trail alone does not count)."""
    # Kind by kind, each table's module imported as it is reached: a store with agencies (nearly
    # every one) is told apart from an empty one without loading the other tables.
    return any(session.scalar(select(getattr(models, kind).id).limit(1)) is not None
               for kind in models.RECORD_ORDER)


def record_counts(connection: Connection) -> dict[str, int]:
    """How many records of each kind, crimes and audit entries the store holds."""
    # One statement of counts by table name: no table's class need be built to count its rows.
    tables = [*RECORD_TABLES.values(), ("crime", "crimes"), ("audit_entry", "audit entries")]
    counts = connection.execute(text("SELECT " + ", ".join(
        f"(SELECT count(*) FROM {table})" for table, _plural in tables))).one()
    return {plural: int(count) for (_table, plural), count in zip(tables, counts, strict=True)}


def check_store(store: Store, *, full: bool = False,
                file_check: FileCheck | None = None) -> CheckReport:
    """Check the store's integrity and schema version and count its records, changing nothing.

    `full` compares the police.uk crimes with their indexes too (see store.file_check); a plain
    SQLite file's `file_check`, started earlier, is waited for rather than run again.
    """
    head = migrate.head_revision()
    problems: list[str] = []
    if store.revision is None:
        problems.append(f"the schema is at nothing, this JAGDesk expects {head}")
    elif store.revision != head:
        problems.append(
            f"the schema is at {store.revision}, this JAGDesk expects {head}: open the store in "
            "JAGDesk or run 'jagdesk init' to upgrade it (it is backed up first)"
        )
    counts: dict[str, int] = {}
    with store.engine.connect() as connection:
        try:
            if store.location.is_sqlite and file_check is None:
                problems.extend(sqlite_problems(
                    lambda sql: list(connection.exec_driver_sql(sql)), full=full))
            if store.revision == head:
                counts = record_counts(connection)
                for broken in (chain_break(connection), access_chain_break(connection)):
                    if broken is not None:
                        problems.append(broken)
        except DBAPIError as exc:  # a damaged file can fail the check itself
            problems.append(f"the store cannot be read: {driver_reason(exc)}")
    if file_check is not None:
        problems[:0] = file_check.problems()
    return CheckReport(store.describe(), store.revision, head, problems, counts)
