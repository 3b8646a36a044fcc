"""Writing a check-in's outcome to the server through its unit of work, so that every change is in
the server's audit trail in the checking-in user's name, as any save is: records created on the
laptop added (parents first), changes made on the laptop applied, deletions made on the laptop
carried out (children first), each conflict as its resolution says.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from jagdesk.errors import ConflictError
from jagdesk.services.offline.comparing import CHUNK, Difference, Outcome, compared_kinds
from jagdesk.services.offline.rows import BOOKKEEPING
from jagdesk.services.offline.types import ConflictKind, Resolution, Side
from jagdesk.store.base import Record

# Told (what is being done, records done so far) as the check-in goes on.
Progress = Callable[[str, int], None]


def _attributes(kind: type[Record], row: Mapping[str, Any], names: list[str] | None = None) -> dict[str, Any]:
    """The laptop row's values by attribute (a column's attribute may be named apart from it)."""
    mapper = inspect(kind)
    wanted = [column for column in kind.__table__.columns
              if column.name in names] if names is not None else \
        [column for column in kind.__table__.columns if column.name != "version"]
    return {mapper.get_property_by_column(column).key: row[column.name] for column in wanted}


def _loaded(session: Session, kind: type[Record], differences: list[Difference]) -> dict[uuid.UUID, Record]:
    """The server's records of `differences`, as they are now in this transaction; ConflictError
    when one has changed since the comparison (someone saved meanwhile: the check-in is run again)."""
    ids = [difference.record_id for difference in differences]
    found: dict[uuid.UUID, Record] = {}
    for start in range(0, len(ids), CHUNK):
        found.update({record.id: record for record in session.scalars(
            select(kind).where(kind.id.in_(ids[start:start + CHUNK])))})
    for difference in differences:
        record = found.get(difference.record_id)
        if difference.server is None or record is None or record.version != difference.server.version:
            raise ConflictError(f"A {kind.label} was changed on the server during the check-in; "
                                "nothing was changed. Check in again.")
    return found


def _added(difference: Difference, resolution: Resolution | None) -> bool:
    if difference.outcome is Outcome.ADD:
        return True
    return (difference.conflict is ConflictKind.DELETED_ON_SERVER and resolution is not None
            and resolution.keep is Side.LAPTOP)


def _deleted(difference: Difference, resolution: Resolution | None) -> bool:
    if difference.outcome is Outcome.DELETE:
        return True
    return (difference.conflict is ConflictKind.DELETED_ON_LAPTOP and resolution is not None
            and resolution.keep is Side.LAPTOP)


def _laptop_fields(difference: Difference, resolution: Resolution | None) -> list[str]:
    """The fields of a changed record that take the laptop's value."""
    if difference.outcome is Outcome.CHANGE:
        return list(difference.fields)
    if difference.conflict is not ConflictKind.CHANGED_ON_BOTH or resolution is None:
        return []
    return [name for name in difference.fields
            if resolution.fields.get(name, resolution.keep) is Side.LAPTOP]


def apply(session: Session, differences: list[Difference], resolutions: Mapping[str, Resolution],
          progress: Progress | None = None) -> int:
    """Write the differences to the server in the session's transaction (nothing is committed
    here); returns the number of records written."""
    done = 0
    by_kind = {kind: [d for d in differences if d.kind is kind] for kind in compared_kinds()}
    for kind, of_kind in by_kind.items():  # parents first
        added = [d for d in of_kind if _added(d, resolutions.get(d.key))]
        for difference in added:
            assert difference.laptop is not None
            session.add(kind(**_attributes(kind, difference.laptop.row)))
        if added:
            session.flush()
            done += len(added)
            if progress is not None:
                progress(f"Adding {kind.plural}", done)
    for kind, of_kind in by_kind.items():
        changed = [(d, names) for d in of_kind if (names := _laptop_fields(d, resolutions.get(d.key)))]
        if not changed:
            continue
        records = _loaded(session, kind, [d for d, _names in changed])
        for difference, names in changed:
            assert difference.laptop is not None
            record = records[difference.record_id]
            for key, value in _attributes(kind, difference.laptop.row,
                                          [name for name in names if name not in BOOKKEEPING]).items():
                setattr(record, key, value)
        session.flush()
        done += len(changed)
        if progress is not None:
            progress(f"Changing {kind.plural}", done)
    for kind, of_kind in reversed(by_kind.items()):  # children first
        deleted = [d for d in of_kind if _deleted(d, resolutions.get(d.key))]
        if not deleted:
            continue
        records = _loaded(session, kind, deleted)
        for difference in deleted:
            session.delete(records[difference.record_id])
        session.flush()
        done += len(deleted)
        if progress is not None:
            progress(f"Deleting {kind.plural}", done)
    return done
