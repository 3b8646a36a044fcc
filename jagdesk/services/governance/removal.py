"""What erasing a record takes with it: the rows it owns (found by the store's foreign keys), the
links to it cleared elsewhere, and a person's names replaced in the text of every other record.

Done with plain statements, not through the session, so that no new audit entry copies the values
being erased; the trail's earlier entries are redacted afterwards (store/audit_redaction).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import String, Table, bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from jagdesk.domain.governance import replace_names
from jagdesk.store.base import Record, keys_pointing_at, record_kinds

CHUNK = 500  # ids per IN (...) list


@dataclass
class Removal:
    """The rows to delete, child tables first, and the links to clear (table column, ids)."""

    deletions: list[tuple[type[Record], list[uuid.UUID]]] = field(default_factory=list)
    cleared: list[tuple[type[Record], str, list[uuid.UUID]]] = field(default_factory=list)

    def ids(self) -> list[uuid.UUID]:
        """Every record this removal deletes."""
        return [record_id for _model, ids in self.deletions for record_id in ids]


def _owns(kind: type[Record], column_name: str, cascade: bool) -> bool:
    """Whether a row of `kind` goes with the record its column points at: a cascade, a key that
    cannot be empty, or a link row that is nothing without both ends."""
    column = kind.__table__.c[column_name]
    return cascade or not column.nullable or kind.__name__.endswith("Link")


def plan_removal(session: Session, model: type[Record], ids: Sequence[uuid.UUID]) -> Removal:
    """Everything that goes with deleting `ids` of `model`, however deep."""
    removal = Removal()
    _collect(session, model, list(ids), removal, set())
    return removal


def _collect(session: Session, model: type[Record], ids: list[uuid.UUID], removal: Removal,
             seen: set[uuid.UUID]) -> None:
    ids = [record_id for record_id in ids if record_id not in seen]
    if not ids:
        return
    seen.update(ids)
    for kind, key in keys_pointing_at(model.__table__):
        column = kind.__table__.c[key.parent.name]
        found = [row_id for start in range(0, len(ids), CHUNK) for row_id in session.scalars(
            select(kind.id).where(column.in_(ids[start:start + CHUNK])))]
        if not found:
            continue
        if _owns(kind, key.parent.name, key.ondelete == "CASCADE"):
            _collect(session, kind, found, removal, seen)
        else:
            removal.cleared.append((kind, key.parent.name, found))
    removal.deletions.append((model, ids))


def carry_out(session: Session, removal: Removal) -> None:
    """Clear the links, then delete the rows, the ones that point at others first."""
    for kind, column_name, ids in removal.cleared:
        session.execute(update(kind).where(kind.id.in_(ids)).values({column_name: None})
                        .execution_options(synchronize_session=False))
    gone = set(removal.ids())
    for model, ids in removal.deletions:  # collected children before their parents
        for start in range(0, len(ids), CHUNK):
            session.execute(delete(model).where(model.id.in_(ids[start:start + CHUNK]))
                            .execution_options(synchronize_session=False))
    for obj in list(session.identity_map.values()):
        if getattr(obj, "id", None) in gone:
            session.expunge(obj)


def replace_in_texts(session: Session, names: Sequence[str], pattern: re.Pattern[str] | None,
                     marker: str) -> int:
    """Replace `names` by `marker` in every text field of every record that holds one; the number
    of records changed."""
    if pattern is None:
        return 0
    changed = 0
    words = [name.strip().lower() for name in names if len(name.strip()) >= 2]
    for kind in record_kinds():
        columns = [column for column in kind.__table__.columns
                   if isinstance(column.type, String) and column.name not in ("created_by", "updated_by")]
        if not columns:
            continue
        matches = or_(*(func.lower(column).contains(word, autoescape=True)
                        for column in columns for word in words))
        rows = []
        for row in session.execute(select(kind.__table__.c.id, *columns).where(matches)):
            values = {column.name: replace_names(value, pattern, marker) if isinstance(value, str) else value
                      for column, value in zip(columns, row[1:], strict=True)}
            if any(values[column.name] != value for column, value in zip(columns, row[1:], strict=True)):
                rows.append({"at_id": row[0], **{f"new_{name}": value for name, value in values.items()}})
        if rows:
            table = kind.__table__
            assert isinstance(table, Table)
            session.execute(update(table).where(table.c.id == bindparam("at_id")).values(
                {column.name: bindparam(f"new_{column.name}") for column in columns}), rows)
            changed += len(rows)
    return changed
