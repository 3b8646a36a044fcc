"""Looking after a store: whether it has records, counts per kind, and an integrity check."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from jagdesk.services.admin.chain import access_chain_break, chain_break
from jagdesk.store import migrate, models
from jagdesk.store.engine import driver_reason
from jagdesk.store.opening import Store


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


def record_counts(session: Session) -> dict[str, int]:
    """How many records of each kind, crimes and audit entries the store holds."""
    counts = {
        model.plural: session.scalar(select(func.count()).select_from(model)) or 0
        for model in models.RECORD_MODELS
    }
    counts["crimes"] = session.scalar(select(func.count()).select_from(models.Crime)) or 0
    counts["audit entries"] = session.scalar(select(func.count()).select_from(models.AuditEntry)) or 0
    return counts


def _sqlite_problems(session: Session) -> list[str]:
    problems = [row[0] for row in session.execute(text("PRAGMA integrity_check"))
                if row[0] != "ok"]
    for table, rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check")):
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems


def check_store(store: Store) -> CheckReport:
    """Check the store's integrity and schema version and count its records, changing nothing."""
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
    with store.session_factory() as session:
        try:
            if store.location.is_sqlite:
                problems.extend(_sqlite_problems(session))
            if store.revision == head:
                counts = record_counts(session)
                for broken in (chain_break(session.connection()),
                               access_chain_break(session.connection())):
                    if broken is not None:
                        problems.append(broken)
        except DBAPIError as exc:  # a damaged file can fail the check itself
            problems.append(f"the store cannot be read: {driver_reason(exc)}")
    return CheckReport(store.describe(), store.revision, head, problems, counts)
